#!/usr/bin/env python3
"""Generator for blind set 262: AWS Certification account-merge mailbox fixtures.

Builds every message with Python's email package (Message trees, BytesGenerator)
and writes NNN-*.eml plus labels.json next to this script.
"""
import base64
import hashlib
import io
import json
import os
import quopri
import random
import re
import sys
import uuid
from datetime import datetime, timedelta, timezone

import email
from email import policy as _policy
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(262)

UTC = timezone.utc
JST = timezone(timedelta(hours=9), 'JST')
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
EDT = timezone(timedelta(hours=-4))
IST = timezone(timedelta(hours=5, minutes=30))
BST = timezone(timedelta(hours=1))


# --------------------------------------------------------------------------
# policy: write header values exactly as given (we fold them ourselves)
# --------------------------------------------------------------------------
class Verbatim(_policy.Compat32):
    def _v(self, name, value):
        value = str(value).replace('\r\n', '\n').replace('\n', self.linesep)
        return '%s: %s%s' % (name, value, self.linesep)

    def fold(self, name, value):
        return self._v(name, value)

    def fold_binary(self, name, value):
        return self._v(name, value).encode('ascii', 'surrogateescape')


PYCODEC = {
    'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
    'windows-1252': 'cp1252', 'iso-8859-1': 'latin-1', 'us-ascii': 'ascii',
    'euc-jp': 'euc_jp', 'windows-31j': 'cp932', 'cp932': 'cp932',
}


def codec_for(charset):
    return PYCODEC[charset.lower()]


# --------------------------------------------------------------------------
# encoded words
# --------------------------------------------------------------------------
def _q_word(b):
    out = []
    for ch in b:
        c = chr(ch)
        if c.isalnum() and ch < 128:
            out.append(c)
        elif c == ' ':
            out.append('_')
        elif c in '!*+-/':
            out.append(c)
        else:
            out.append('=%02X' % ch)
    return ''.join(out)


def ew(text, charset='utf-8', enc='B', maxlen=74, first_prefix=0):
    """Encode text as RFC 2047 encoded words, folded over several lines."""
    codec = codec_for(charset)
    words = []
    chunk = ''
    for ch in text:
        trial = chunk + ch
        b = trial.encode(codec)
        body = base64.b64encode(b).decode() if enc == 'B' else _q_word(b)
        limit = maxlen - (first_prefix if not words else 1)
        if len('=?%s?%s?%s?=' % (charset, enc, body)) > limit and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(codec)
        body = base64.b64encode(b).decode() if enc == 'B' else _q_word(b)
        out.append('=?%s?%s?%s?=' % (charset, enc, body))
    return '\n '.join(out)


def addr(name, address, charset=None, enc='B'):
    if not name:
        return address
    if charset:
        return '%s <%s>' % (ew(name, charset, enc), address)
    return formataddr((name, address))


# --------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------
def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable',
         codec=None, quote_charset=True, extra=None, format_flowed=False):
    data = text.encode(codec or codec_for(charset))
    if cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    elif cte == '8bit':
        payload = data.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    m = Message()
    cs = '"%s"' % charset if quote_charset else charset
    ct = 'text/%s; charset=%s' % (subtype, cs)
    if format_flowed:
        ct += '; format=flowed'
    if extra:
        ct += extra
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(payload)
    return m


def mp(subtype, *parts, boundary=None, style=0):
    m = Message()
    b = boundary or ('----=_Part_%d_%d.%d' % (R.randint(100000, 999999),
                                             R.randint(10**8, 10**9), R.randint(10**12, 10**13)))
    if style == 1:
        m['Content-Type'] = 'multipart/%s; boundary="%s"' % (subtype, b)
    elif style == 2:
        m['Content-Type'] = 'multipart/%s;\n\tboundary="%s"' % (subtype, b)
    else:
        m['Content-Type'] = 'multipart/%s; \n\tboundary="%s"' % (subtype, b)
    for p in parts:
        m.attach(p)
    return m


def gboundary():
    return '000000000000%012x' % R.getrandbits(48)


def oboundary():
    return '_000_%s%s_' % (''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(20)),
                           'namp')


# --------------------------------------------------------------------------
# ids, dates
# --------------------------------------------------------------------------
def case15(dt, tail):
    return '%d%s' % (int(dt.timestamp()), tail)


def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000) + R.randint(100, 900)
    u = uuid.UUID(int=R.getrandbits(128))
    return '<0100%012x-%s-000000@email.amazonses.com>' % (ms, u)


def b64rand(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def hexrand(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def fdate(dt):
    return format_datetime(dt)


def gdate(dt):
    # Gmail style with zone comment
    s = format_datetime(dt)
    names = {-7: 'PDT', -8: 'PST', 0: 'UTC'}
    off = int(dt.utcoffset().total_seconds() // 3600)
    return s + (' (%s)' % names[off] if off in names else '')


# --------------------------------------------------------------------------
# senders: sending infrastructure and DKIM
# --------------------------------------------------------------------------
SES_SEL = ['224i4yxa5dv7c2xz3womw6peuasteono', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug',
           '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw']


def dkim_sig(d, s, dt, headers='From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    t = int(dt.timestamp())
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n'
            '\th=%s;\n\tbh=%s;\n\tb=%s\n\t%s\n\t%s' % (
                s, d, t, headers, b64rand(32), b64rand(40), b64rand(45), b64rand(42)))


class Sender:
    def __init__(self, kind='ses', from_domain='amazon.com', ip=None, helo=None,
                 mailfrom=None, dkim=None, spf='pass', dmarc='pass', dmarc_policy='QUARANTINE',
                 compauth=None):
        self.kind = kind
        self.from_domain = from_domain
        self.ip = ip
        self.helo = helo
        self.mailfrom = mailfrom
        self.dkim = dkim or []      # list of (result, domain, selector)
        self.spf = spf
        self.dmarc = dmarc          # 'pass', 'fail', 'none', None (absent)
        self.dmarc_policy = dmarc_policy
        self.compauth = compauth


def ses_sender(dt, from_domain='amazon.com', dkim_amazon='pass', dmarc='pass'):
    n = R.choice([8, 9, 10, 11, 12, 13, 14, 15, 16])
    ip = '54.240.%d.%d' % (n, R.randint(2, 250))
    helo = 'a%d-%d.smtp-out.amazonses.com' % (n, int(ip.split('.')[-1]))
    ms = int(dt.timestamp() * 1000)
    mf = '0100%012x-%s-000000@amazonses.com' % (ms, uuid.UUID(int=R.getrandbits(128)))
    dk = []
    if dkim_amazon:
        dk.append((dkim_amazon, from_domain, SES_SEL[0]))
    dk.append(('pass', 'amazonses.com', SES_SEL[2]))
    return Sender('ses', from_domain, ip, helo, mf, dk, 'pass', dmarc)


# --------------------------------------------------------------------------
# receiving side: Received chains and Authentication-Results
# --------------------------------------------------------------------------
def ar_gmail(s, msgid_hint=''):
    lines = ['mx.google.com;']
    if not hasattr(s, 'bvals'):
        s.bvals = [b64rand(6)[:8] for _ in s.dkim]
    for (res, d, sel), bv in zip(s.dkim, s.bvals):
        lines.append('       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (res, d, sel, bv))
    if s.spf:
        dom = s.mailfrom.split('@')[1]
        if s.spf == 'pass':
            lines.append('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s%s'
                         % (s.mailfrom, s.ip, s.mailfrom, ';' if s.dmarc else ''))
        elif s.spf == 'softfail':
            lines.append('       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s%s'
                         % (s.mailfrom, s.ip, s.mailfrom, ';' if s.dmarc else ''))
        else:
            lines.append('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s%s'
                         % (s.spf, s.mailfrom, s.ip, s.mailfrom, ';' if s.dmarc else ''))
    if s.dmarc:
        pol = s.dmarc_policy
        lines.append('       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            s.dmarc, pol, pol, 'NONE' if s.dmarc == 'pass' else ('QUARANTINE' if pol != 'NONE' else 'NONE'),
            s.from_domain))
    return '\n'.join(lines)


def ar_outlook(s):
    parts = []
    dom = s.mailfrom.split('@')[1]
    parts.append('spf=%s (sender IP is %s)\n smtp.mailfrom=%s;' % (s.spf, s.ip, dom))
    for res, d, sel in s.dkim:
        if res == 'pass':
            parts.append(' dkim=pass (signature was verified)\n header.d=%s;' % d)
        elif res == 'none':
            parts.append(' dkim=none (message not signed)\n header.d=none;')
        else:
            parts.append(' dkim=fail (body hash did not verify)\n header.d=%s;' % d)
    if not s.dkim:
        parts.append(' dkim=none (message not signed)\n header.d=none;')
    if s.dmarc == 'pass':
        parts.append('dmarc=pass action=none\n header.from=%s;compauth=pass reason=100' % s.from_domain)
    elif s.dmarc == 'fail':
        parts.append('dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000' % s.from_domain)
    else:
        parts.append('dmarc=none action=none\n header.from=%s;compauth=%s reason=%s' % (
            s.from_domain, s.compauth or 'softpass', '201' if (s.compauth or 'softpass') == 'softpass' else '000'))
    return ''.join(parts)


def ar_jp(s, host):
    bits = ['%s;' % host]
    bits.append(' spf=%s smtp.mailfrom=%s;' % (s.spf, s.mailfrom))
    for res, d, sel in s.dkim:
        bits.append(' dkim=%s header.d=%s header.s=%s;' % (res, d, sel))
    if s.dmarc:
        bits.append(' dmarc=%s header.from=%s' % (s.dmarc, s.from_domain))
    return '\n'.join(bits).rstrip(';')


def rid(n=12):
    return ''.join(R.choice('0123456789ABCDEF') for _ in range(n))


def gmail_envelope(to, s, dt, arc=True):
    """Headers prepended by Gmail, top to bottom."""
    loc = dt.astimezone(PDT if 3 <= dt.month <= 10 else PST)
    t1 = loc + timedelta(seconds=R.randint(1, 3))
    h = []
    h.append(('Delivered-To', to))
    h.append(('Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s' % (
        R.randint(0x6000, 0x7fff), R.randint(0x1000, 0xffff), R.randint(0x100, 0xfff), R.randint(0x100, 0xfff),
        R.randint(0x10, 0xfff), 'k%dcsp%d%s' % (R.randint(10, 99), R.randint(100000, 9999999), R.choice(['mdh', 'ldb', 'qyc'])),
        gdate(t1))))
    h.append(('X-Google-Smtp-Source', 'AGHT+I' + b64rand(60)[:86]))
    h.append(('X-Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s.%d.%d;\n        %s' % (
        R.randint(0x6000, 0x7fff), R.randint(0x1000, 0xffff), R.randint(0x100, 0xfff), R.randint(0x100, 0xfff),
        R.randint(0x10, 0xfff), hexrand(16)[:14], R.randint(1, 9), R.randint(10**12, 10**13), gdate(t1))))
    if arc:
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
            int(dt.timestamp()), b64rand(60))))
        h.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
                  '        h=feedback-id:mime-version:subject:message-id:to:from:date\n        :dkim-signature:dkim-signature;\n'
                  '        bh=%s;\n        fh=%s;\n        b=%s' % (b64rand(32), b64rand(32), b64rand(60))))
        h.append(('ARC-Authentication-Results', 'i=1; ' + ar_gmail(s)))
    h.append(('Return-Path', '<%s>' % s.mailfrom))
    h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n'
              '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                  s.helo, s.helo, s.ip, '6a1803df08f44-%s' % hexrand(10), to, gdate(loc))))
    if s.spf:
        if s.spf == 'pass':
            h.append(('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (
                s.mailfrom, s.ip, s.ip)))
        else:
            h.append(('Received-SPF', '%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;' % (
                s.spf, s.mailfrom, s.ip, s.ip)))
    h.append(('Authentication-Results', ar_gmail(s)))
    return h


def outlook_envelope(to, s, dt):
    pod = R.choice(['SA1PR19MB', 'DS7PR19MB', 'PH0PR19MB', 'MW4PR19MB', 'CH3PR19MB'])
    a = '%s%04d' % (pod, R.randint(1000, 9999))
    b = '%s%04d' % (R.choice(['BN9PR03CA', 'SN7PR04CA', 'MN2PR15CA', 'BL1PR13CA']), R.randint(1, 999))
    c = '%s%05X' % (R.choice(['BN2PEPF0000', 'DS3PEPF0000', 'SN1PEPF0002', 'CO1PEPF0000']), R.randint(0x1000, 0xFFFFF))
    u = dt.astimezone(UTC)
    d = lambda sec: format_datetime(u + timedelta(seconds=sec))
    h = []
    h.append(('Received', 'from %s.namprd19.prod.outlook.com (2603:10b6:%x::%x) by\n %s.namprd19.prod.outlook.com with HTTPS; %s' % (
        a, R.randint(0x100, 0xfff), R.randint(1, 0xff), 'SA1PR19MB%04d' % R.randint(1000, 9999), d(3))))
    h.append(('Received', 'from %s.namprd03.prod.outlook.com (2603:10b6:%x:%x::%x) by\n %s.namprd19.prod.outlook.com (2603:10b6:%x:%x::%x) with\n'
              ' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                  b, R.randint(0x100, 0xfff), R.randint(1, 0xff), R.randint(1, 0xf), a, R.randint(0x100, 0xfff),
                  R.randint(1, 0xff), R.randint(1, 0xf), R.randint(8700, 8900), R.randint(10, 40), d(2))))
    h.append(('Received', 'from %s.namprd04.prod.outlook.com\n (2603:10b6:%x:%x:cafe::%x) by %s.outlook.office365.com\n'
              ' (2603:10b6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_3,\n'
              ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
                  c, R.randint(0x100, 0xfff), R.randint(1, 0xff), R.randint(1, 0xff), b, R.randint(0x100, 0xfff),
                  R.randint(1, 0xff), R.randint(1, 0xf), R.randint(8700, 8900), R.randint(10, 40), d(2))))
    h.append(('Authentication-Results', ar_outlook(s)))
    if s.spf == 'pass':
        h.append(('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n'
                  ' client-ip=%s; helo=%s; pr=C' % (s.mailfrom.split('@')[1], s.ip, s.ip, s.helo)))
    else:
        h.append(('Received-SPF', '%s (protection.outlook.com: domain of %s does not\n designate %s as permitted sender)\n'
                  ' receiver=protection.outlook.com; client-ip=%s; helo=%s;' % (
                      s.spf.capitalize(), s.mailfrom.split('@')[1], s.ip, s.ip, s.helo)))
    h.append(('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft\n'
              ' SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d\n via Frontend Transport; %s' % (
                  s.helo, s.ip, c, R.randint(200, 250), R.randint(2, 250), R.randint(8700, 8900), R.randint(10, 40), d(1))))
    return h


def outlook_trailer(dt):
    return [
        ('X-MS-Exchange-Organization-ExpirationStartTime', '%s' % dt.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.%f')[:-3] + '0 (UTC)'),
        ('X-MS-Exchange-Organization-Network-Message-Id', str(uuid.UUID(int=R.getrandbits(128)))),
        ('X-MS-Exchange-Organization-AuthSource', '%s.namprd04.prod.outlook.com' % R.choice(['BN2PEPF000044A7', 'DS3PEPF000099D4'])),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-MS-Exchange-Organization-SCL', '1'),
        ('X-Microsoft-Antispam', 'BCL:0;ARA:13230040|%d|%d|%d;' % (R.randint(1000000, 9999999), R.randint(10000, 99999), R.randint(100, 999))),
    ]


JP_HOSTS = {
    'nifty': ('mx.nifty.com', 'mta-snd-%05d.nifty.com' % 0, 'nifty.com'),
    'biglobe': ('biglobe.ne.jp', 'mtaw%02d.biglobe.ne.jp', 'biglobe.ne.jp'),
    'sonet': ('mx.so-net.ne.jp', 'mfilter-%03d.so-net.ne.jp', 'so-net.ne.jp'),
    'ocn': ('ocn.ad.jp', 'mfvmx%02d.ocn.ad.jp', 'ocn.ne.jp'),
    'sakura': ('www%d.sakura.ne.jp', 'www%d.sakura.ne.jp', 'sakura.ne.jp'),
}


def jp_envelope(to, s, dt, isp):
    loc = dt.astimezone(JST)
    if isp == 'nifty':
        authserv = 'mx.nifty.com'
        mta = 'mta-rcv%03d.nifty.com' % R.randint(100, 999)
    elif isp == 'biglobe':
        authserv = 'biglobe.ne.jp'
        mta = 'mtaw%02d.biglobe.ne.jp' % R.randint(1, 40)
    elif isp == 'sonet':
        authserv = 'mx.so-net.ne.jp'
        mta = 'mfilter-%03d.so-net.ne.jp' % R.randint(1, 200)
    elif isp == 'ocn':
        authserv = 'ocn.ad.jp'
        mta = 'mfvmx%02d.ocn.ad.jp' % R.randint(1, 40)
    else:
        n = R.randint(1000, 9999)
        authserv = 'www%d.sakura.ne.jp' % n
        mta = authserv
    h = []
    h.append(('Return-Path', '<%s>' % s.mailfrom))
    h.append(('Delivered-To', to))
    h.append(('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
        mta, mta.replace('mfilter', 'mbox').replace('mtaw', 'mbox').replace('rcv', 'box'), rid(10), to, fdate(loc + timedelta(seconds=2)))))
    if s.dkim is not None and authserv:
        h.append(('Authentication-Results', ar_jp(s, authserv)))
    h.append(('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
        s.helo, s.helo, s.ip, mta, rid(12), to, fdate(loc + timedelta(seconds=1)))))
    return h


def plain_envelope(to, s, dt, host='mail.example-corp.co.uk', tz=None):
    """Self-hosted server: Received lines only, no Authentication-Results."""
    loc = dt.astimezone(tz or (BST if 4 <= dt.month <= 10 else UTC))
    h = []
    h.append(('Return-Path', '<%s>' % s.mailfrom))
    h.append(('X-Original-To', to))
    h.append(('Delivered-To', to))
    h.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
        s.helo, s.helo, s.ip, host, rid(11), to, fdate(loc + timedelta(seconds=1)))))
    return h


def envelope(provider, to, s, dt, **kw):
    if provider == 'gmail':
        return gmail_envelope(to, s, dt, **kw)
    if provider == 'outlook':
        return outlook_envelope(to, s, dt)
    if provider == 'plain':
        return plain_envelope(to, s, dt, **kw)
    return jp_envelope(to, s, dt, provider)


# --------------------------------------------------------------------------
# assembling a full message
# --------------------------------------------------------------------------
def ses_headers(s, dt):
    h = []
    for res, d, sel in s.dkim:
        h.append(('DKIM-Signature', dkim_sig(d, sel, dt, 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date' if d != 'amazonses.com' else 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')))
    return h


def build(body, provider, to, s, dt, from_, subject, msgid=None, extra_top=None, extra=None,
          to_hdr=None, cc=None, reply_to=None, ses=True, linesep='\n', dkim_headers=None, received_extra=None,
          env_kw=None, mime_version=True, order='std'):
    env = envelope(provider, to, s, dt, **(env_kw or {}))
    heads = []
    heads += env
    if received_extra:
        heads += received_extra
    if dkim_headers is not None:
        heads += dkim_headers
    else:
        heads += ses_headers(s, dt)
    if extra_top:
        heads += extra_top
    main = []
    main.append(('Date', fdate(dt)))
    main.append(('From', from_))
    if reply_to:
        main.append(('Reply-To', reply_to))
    main.append(('To', to_hdr or to))
    if cc:
        main.append(('Cc', cc))
    main.append(('Message-ID', msgid or ses_msgid(dt)))
    main.append(('Subject', subject))
    if order == 'subject-first':
        main = [main[-1]] + main[:-1]
    heads += main
    if mime_version:
        heads.append(('MIME-Version', '1.0'))
    body_h = body._headers
    body._headers = []
    for k, v in heads:
        body[k] = v
    for k, v in body_h:
        body[k] = v
    if ses:
        body['X-SES-Outgoing'] = '%s-%s' % (dt.astimezone(UTC).strftime('%Y.%m.%d'), s.ip)
        body['Feedback-ID'] = '::1.us-east-1.%s=:AmazonSES' % b64rand(33)[:44].replace('/', 'x')
    if extra:
        for k, v in extra:
            body[k] = v
    if provider == 'outlook':
        for k, v in outlook_trailer(dt):
            body[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=Verbatim(linesep=linesep)).flatten(body)
    return buf.getvalue()


# --------------------------------------------------------------------------
# quoting helpers (client styles)
# --------------------------------------------------------------------------
def gt(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.split('\n'))


def q_gmail(dt, name, address, text):
    s = dt.strftime('%a, %b %-d, %Y at %-I:%M %p')
    return 'On %s %s <%s> wrote:\n\n%s' % (s, name, address, gt(text))


def q_outlook(from_, dt, to, subject, text, cc=None):
    s = dt.strftime('%A, %B %-d, %Y %-I:%M %p')
    hdr = '________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (from_, s, to)
    if cc:
        hdr += 'Cc: %s\n' % cc
    hdr += 'Subject: %s\n\n' % subject
    return hdr + text


def q_original(from_, dt, to, subject, text):
    s = dt.strftime('%A, %B %d, %Y %I:%M %p')
    return '-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s' % (from_, s, to, subject, text)


WD_JA = '月火水木金土日'


def q_ja(dt, name, address, text):
    s = '%d年%d月%d日(%s) %d:%02d' % (dt.year, dt.month, dt.day, WD_JA[dt.weekday()], dt.hour, dt.minute)
    return '%s %s <%s>:\n%s' % (s, name, address, gt(text))


def html_escape(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def paras_html(text):
    out = []
    for p in text.strip('\n').split('\n\n'):
        out.append('<p>%s</p>' % '<br>\n'.join(html_escape(l) for l in p.split('\n')))
    return '\n'.join(out)


def html_doc(inner, lang='en', head_extra=''):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">%s\n</head>\n<body style="margin:0;padding:0;'
            'font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">\n%s\n</body>\n</html>\n' % (lang, head_extra, inner))


def aws_html(inner, lang='en'):
    top = ('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f3f3;">'
           '<tr><td align="center" style="padding:16px 0;">\n'
           '<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">\n'
           '<tr><td style="background:#232f3e;padding:14px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/'
           'poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" '
           'width="90" style="display:block;border:0;"></td></tr>\n<tr><td style="padding:24px;line-height:1.5;">\n')
    bottom = '\n</td></tr>\n</table>\n</td></tr></table>'
    return html_doc(top + inner + bottom, lang)


# --------------------------------------------------------------------------
# registry of mails and labels
# --------------------------------------------------------------------------
MAILS = []
ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)')


def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


def add(name, data, kind, case_id, ids, verified, lang, new_text):
    assert kind in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                    'credly_badge_issued', 'support_reply', 'unrelated'), kind
    auto = ids_in(new_text)
    if auto != sorted(ids):
        raise SystemExit('%s: ids %s != auto %s' % (name, ids, auto))
    num = len(MAILS) + 1
    fname = '%03d-%s.eml' % (num, name)
    MAILS.append((fname, data, {'kind': kind, 'case_id': case_id, 'account_ids': sorted(ids),
                                'sender_verified': verified, 'language': lang}))


# ==========================================================================
# MAILS
# ==========================================================================

# ---------------------------------------------------------------- common bits
FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'


def form_sig(agent, lang='en'):
    if lang == 'ja':
        return ('よろしくお願いいたします。\n\n%s\nAmazon Web Services\n\n'
                'お問い合わせへの対応についてご意見をお聞かせください。本メールに返信いただくことでケースを更新できます。'
                '件名のケース番号は変更しないでください。' % agent)
    return ('Best regards,\n\n%s\nAWS Training and Certification\nAmazon Web Services\n\n'
            'To respond to this case, reply to this e-mail without changing the subject line. '
            'Please do not open a new case for the same request.' % agent)


def console_footer(cid, lang='en'):
    if lang == 'ja':
        return ('すべてのやり取りを確認する場合、またはこのケースに返信する場合は、以下にアクセスしてください:\n'
                'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
                '*このメールは送信専用アドレスから送信されています。このメールに返信しないでください。*\n\n'
                'Amazon Web Services, Inc. およびその関連会社。All rights reserved. This is an Amazon Web Services, Inc. communication.' % cid)
    return ('We value your feedback. Please share your experience by rating this and other correspondences in the AWS '
            'Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n'
            'To see all correspondence, or to reply to this case, visit:\n'
            'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link '
            'above if you need to contact us again about this same issue.\n\n'
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of '
            'Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, '
            'Seattle, WA 98109-5210' % cid)


def alt(plain, html, charset='utf-8', cte='quoted-printable', hcte=None, style=0, boundary=None):
    return mp('alternative', leaf(plain, 'plain', charset, cte), leaf(html, 'html', charset, hcte or cte),
              style=style, boundary=boundary)


def quoted_html(text):
    return ('<br><div style="border-top:1px solid #d5dbdb;padding-top:8px;color:#545b64;">%s</div>' % paras_html(text))


# ============================================================ Story A (Daniel)
A_TO = 'daniel.okafor88@gmail.com'
A_OPEN = datetime(2025, 5, 27, 14, 11, 38, tzinfo=UTC)
A_CASE = case15(A_OPEN, '08142')
A_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE
A_FORM = ('Inquiry type: AWS Training and Certification\nCategory: Certification\nDetail: Account Merge\n'
          'AWS candidate ID: AWS11739026\nCountry: United Kingdom\n'
          'Description: Hi, I have two certification accounts. One was created with my previous employer e-mail '
          '(daniel.okafor@northwind-logistics.com, candidate id AWS02281947) and the other is my personal one. '
          'Please merge them and keep AWS11739026 as I no longer have access to the work mailbox after June.')

# A1 acknowledgement
dt = A_OPEN + timedelta(seconds=9)
new = ('Hello,\n\nThank you for contacting AWS Training and Certification. This is an automated message to let you know '
       'that we have received your request and created case %s.\n\n'
       'A member of our team will review your inquiry and respond, typically within 24 hours. To help us assist you as '
       'quickly as possible, please do not submit another form for the same issue. If you need to add information, '
       'reply to this e-mail and keep the case number in the subject line.\n\n'
       'Submission summary\n------------------\n%s\n\nSincerely,\nAWS Training and Certification\n' % (A_CASE, A_FORM))
html = aws_html('<h2 style="font-size:18px;">We received your request</h2>\n' + paras_html(new))
data = build(alt(new, html), 'gmail', A_TO, ses_sender(dt), dt, FORM_FROM, A_SUBJ)
add('form-ack-daniel', data, 'case_created', A_CASE, ['AWS02281947', 'AWS11739026'], True, 'en', new)

# A2 agent asks for the login e-mail of the second profile
dt = datetime(2025, 5, 28, 9, 47, 2, tzinfo=UTC)
new = ('Hello Daniel,\n\nThank you for reaching out to AWS Training and Certification, my name is Rohan and I will be '
       'assisting you with this case.\n\n'
       'I was able to locate the profile AWS11739026 registered to daniel.okafor88@gmail.com. However, the second '
       'candidate ID you mentioned, AWS02281947, is registered with an e-mail address that does not match the one '
       'in your form, so I could not verify that both profiles belong to you.\n\n'
       'To move forward, could you please reply with:\n\n'
       '1. The e-mail address you use to sign in to the second profile (it may be different from your notification e-mail).\n'
       '2. Your full name and country exactly as they appear on that profile.\n\n'
       'As soon as I receive this information I will review both profiles and get back to you with the next steps.\n\n'
       + form_sig('Rohan M.'))
quoted = '---------- Original request ----------\n' + A_FORM
plain = new + '\n\n' + quoted
html = aws_html(paras_html(new) + quoted_html(quoted))
data = build(alt(plain, html), 'gmail', A_TO, ses_sender(dt), dt, FORM_FROM, 'RE:' + A_SUBJ)
add('form-agent-needs-login', data, 'support_reply', A_CASE, ['AWS02281947', 'AWS11739026'], True, 'en', new)

# A3 confirmation as a yes/no question
A_USER_REPLY = ('Hi Rohan,\n\nThanks for getting back to me. The old profile signs in with dokafor@northwind-logistics.com '
                '(not daniel.okafor@, sorry - that was the display address). Name on the profile is Daniel C. Okafor, '
                'country United Kingdom.\n\nCheers,\nDaniel')
dt = datetime(2025, 5, 29, 8, 2, 51, tzinfo=UTC)
new = ('Hello Daniel,\n\nThank you for the additional details, that helped a lot. I have now reviewed both certification '
       'profiles:\n\n'
       '  * AWS02281947 - sign-in dokafor@northwind-logistics.com - 1 active certification (AWS Certified Cloud Practitioner)\n'
       '  * AWS11739026 - sign-in daniel.okafor88@gmail.com - 2 active certifications\n\n'
       'As you requested, AWS02281947 would be merged into AWS11739026. AWS11739026 stays as your profile and you will '
       'continue to sign in with daniel.okafor88@gmail.com. Your exam history, certifications, benefits and digital '
       'badges from AWS02281947 will be moved across, and AWS02281947 will be deactivated.\n\n'
       'Please be aware that once two profiles are combined, this cannot be reversed.\n\n'
       'Before I submit this, can you please confirm: do you want us to go ahead with the merge as described above? '
       'A simple "Yes" or "No" in reply to this e-mail is enough.\n\n' + form_sig('Rohan M.'))
quoted = q_gmail(datetime(2025, 5, 28, 11, 20, tzinfo=BST), 'Daniel Okafor', A_TO,
                 A_USER_REPLY + '\n\n' + q_gmail(datetime(2025, 5, 28, 10, 47, tzinfo=BST), 'Amazon Web Services',
                                                   'aws-cs-trainingcertification-form@amazon.com',
                                                    'Hello Daniel,\n\nThank you for reaching out ... could you please reply with '
                                                    'the e-mail address you use to sign in to the second profile (AWS02281947)?'))
plain = new + '\n\n' + quoted
html = aws_html(paras_html(new) + quoted_html(quoted))
data = build(alt(plain, html), 'gmail', A_TO, ses_sender(dt), dt, FORM_FROM, 'RE:' + A_SUBJ)
add('form-agent-yes-or-no', data, 'merge_confirmation_requested', A_CASE, ['AWS02281947', 'AWS11739026'], True, 'en', new)

# A4 thanks for confirming, will proceed (ids only in quoted history)
dt = datetime(2025, 5, 29, 13, 38, 12, tzinfo=UTC)
new = ('Hello Daniel,\n\nThank you for confirming. I have passed your request to our certification operations team and '
       'we will now proceed with combining the two profiles.\n\n'
       'This normally takes between one and three business days. I will write to you again as soon as it has been '
       'completed - there is nothing else you need to do in the meantime. Please avoid scheduling a new exam until you '
       'hear back from us.\n\n' + form_sig('Rohan M.'))
quoted = q_gmail(datetime(2025, 5, 29, 9, 15, tzinfo=BST), 'Daniel Okafor', A_TO,
                 'Yes - please go ahead and merge AWS02281947 into AWS11739026.\n\nThanks,\nDaniel')
plain = new + '\n\n' + quoted
html = aws_html(paras_html(new) + quoted_html(quoted))
data = build(alt(plain, html), 'gmail', A_TO, ses_sender(dt), dt, FORM_FROM, 'RE:' + A_SUBJ)
add('form-agent-thanks-proceeding', data, 'support_reply', A_CASE, [], True, 'en', new)

# A5 merge done
dt = datetime(2025, 5, 30, 16, 5, 40, tzinfo=UTC)
new = ('Hello Daniel,\n\nGood news - the two certification profiles have now been combined. AWS02281947 has been merged '
       'into AWS11739026, and all three of your certifications are listed under AWS11739026 when you sign in with '
       'daniel.okafor88@gmail.com.\n\n'
       'Please allow up to 48 hours for the digital badges to show up in the Credly account linked to '
       'daniel.okafor88@gmail.com. After that, I would recommend checking the Benefits page to make sure your 50% exam '
       'discount is visible. If anything is missing, just reply to this e-mail and we will look into it.\n\n'
       + form_sig('Rohan M.'))
html = aws_html(paras_html(new))
data = build(alt(new, html, cte='base64', hcte='quoted-printable'), 'gmail', A_TO, ses_sender(dt), dt, FORM_FROM,
             'RE:' + A_SUBJ)
add('form-agent-profiles-combined', data, 'merge_completed', A_CASE, ['AWS02281947', 'AWS11739026'], True, 'en', new)

# A6 closure + survey
dt = datetime(2025, 5, 30, 16, 6, 3, tzinfo=UTC)
new = ('Hello,\n\nWe are writing to let you know that case %s has been resolved and closed.\n\n'
       'If you need further help with the same issue, you can reopen the case by replying to this e-mail within 14 days.\n\n'
       'Your opinion matters to us. Please take a moment to tell us about your experience.\n\n'
       'Was your issue resolved?\n'
       '  YES: https://aws-tc-survey.amazon.com/s?case=%s&r=1\n'
       '  NO:  https://aws-tc-survey.amazon.com/s?case=%s&r=0\n\n'
       'How would you rate the support you received from Rohan M.? (1 = poor, 5 = excellent)\n'
       'https://aws-tc-survey.amazon.com/rate?case=%s\n\n'
       'Thank you,\nAWS Training and Certification\n' % (A_CASE, A_CASE, A_CASE, A_CASE))
inner = ('<p>Hello,</p><p>We are writing to let you know that case <b>%s</b> has been resolved and closed.</p>'
         '<p>If you need further help with the same issue, you can reopen the case by replying to this e-mail within 14 days.</p>'
         '<p>Your opinion matters to us. Please take a moment to tell us about your experience.</p>'
         '<p style="font-weight:bold;">Was your issue resolved?</p>'
         '<table role="presentation"><tr><td style="background:#ec7211;border-radius:2px;padding:8px 22px;">'
         '<a href="https://aws-tc-survey.amazon.com/s?case=%s&amp;r=1" style="color:#fff;text-decoration:none;">YES</a></td>'
         '<td width="12"></td><td style="background:#545b64;border-radius:2px;padding:8px 22px;">'
         '<a href="https://aws-tc-survey.amazon.com/s?case=%s&amp;r=0" style="color:#fff;text-decoration:none;">NO</a></td></tr></table>'
         '<p>How would you rate the support you received from Rohan M.?</p>'
         '<p><a href="https://aws-tc-survey.amazon.com/rate?case=%s">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>'
         '<p>Thank you,<br>AWS Training and Certification</p>' % (A_CASE, A_CASE, A_CASE, A_CASE))
data = build(alt(new, aws_html(inner)), 'gmail', A_TO, ses_sender(dt), dt, FORM_FROM,
             'Your case %s has been resolved - tell us how we did' % A_CASE)
add('form-case-closed-rating', data, 'survey', A_CASE, [], True, 'en', new)


# ---------------------------------------------------------------- Credly
def credly_sender(dt, to):
    ip = '167.89.%d.%d' % (R.randint(100, 125), R.randint(2, 250))
    local, dom = to.split('@')
    s = Sender('credly', 'credly.com', ip, 'o%d.ptr%d.email.credly.com' % (R.randint(1, 9), R.randint(1000, 9999)),
               'bounces+%d-%s-%s=%s@em%d.credly.com' % (R.randint(1000000, 9999999), hexrand(4), local, dom, R.randint(1000, 9999)),
               [('pass', 'credly.com', 's1'), ('pass', 'sendgrid.net', 'smtpapi')], 'pass', 'pass', 'REJECT')
    return s


def credly_dkim(s, dt):
    return [('DKIM-Signature', dkim_sig('credly.com', 's1', dt, 'content-type:from:mime-version:subject:to:cc:content-type:from:subject:to')),
            ('DKIM-Signature', dkim_sig('sendgrid.net', 'smtpapi', dt, 'content-type:from:mime-version:subject:to:cc:content-type:from:subject:to'))]


def credly_msgid():
    return '<%s@geopod-ismtpd-%d>' % (b64rand(16).rstrip('=').replace('/', '_').replace('+', '-'), R.randint(1, 40))


def credly_html(first, issuer, badge, lead, extra=''):
    return html_doc(
        '<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f5f5f5;"><tr><td align="center">'
        '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px 0;">'
        '<tr><td style="padding:24px;"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="100"></td></tr>'
        '<tr><td style="padding:0 24px;font-size:16px;">'
        '<p>Hi %s,</p><p>%s</p>'
        '<p style="text-align:center;"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s"></p>'
        '<p style="text-align:center;font-size:20px;font-weight:bold;">%s</p>'
        '<p style="text-align:center;">Issued by %s</p>%s'
        '<p style="text-align:center;padding:16px 0;"><a href="https://www.credly.com/earner/earned/badge/%s" '
        'style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;">Accept your badge</a></p>'
        '<p style="font-size:12px;color:#777;">You are receiving this e-mail because a badge was issued to you through Credly. '
        'Credly, 100 Park Ave, Suite 1600, New York, NY 10017. <a href="https://www.credly.com/unsubscribe">Manage notifications</a></p>'
        '</td></tr></table></td></tr></table>' % (first, lead, str(uuid.UUID(int=R.getrandbits(128))), badge, badge, issuer, extra,
                                                   str(uuid.UUID(int=R.getrandbits(128))))).replace('charset=utf-8', 'charset=utf-8')


# A7 Credly: badge moved to surviving account
dt = datetime(2025, 5, 31, 3, 14, 55, tzinfo=UTC)
s = credly_sender(dt, A_TO)
issuer = 'Amazon Web Services Training and Certification'
badge = 'AWS Certified Cloud Practitioner'
lead = ('%s has issued you a badge. This badge was previously held by another account that has now been combined with '
        'yours, so it has been reissued to this e-mail address.' % issuer)
plain = ('Hi Daniel,\n\n%s\n\n%s\nIssued by %s\n\nAccept your badge:\nhttps://www.credly.com/earner/earned/badge/%s\n\n'
         'Once accepted, you can share your badge on LinkedIn, add it to your e-mail signature and more.\n\n'
         'The Credly Team\n' % (lead, badge, issuer, str(uuid.UUID(int=R.getrandbits(128)))))
body = mp('alternative', leaf(plain, 'plain', 'UTF-8', 'quoted-printable', quote_charset=False),
          leaf(credly_html('Daniel', issuer, badge, lead), 'html', 'UTF-8', 'quoted-printable', quote_charset=False), style=1)
data = build(body, 'gmail', A_TO, s, dt, '"%s via Credly" <admin@credly.com>' % issuer,
             'Your AWS Certified Cloud Practitioner badge has been reissued', msgid=credly_msgid(),
             dkim_headers=credly_dkim(s, dt), ses=False, to_hdr='Daniel Okafor <%s>' % A_TO)
add('credly-reissued-cloud-practitioner', data, 'credly_badge_issued', None, [], True, 'en', plain)


# ============================================================ Story B (渡辺, console case in Japanese, nifty)
B_TO = 'kenji-watanabe@nifty.com'
B_OPEN = datetime(2025, 6, 9, 1, 23, 10, tzinfo=UTC)
B_CASE = case15(B_OPEN, '30517')
B_TOPIC = 'AWS認定アカウントの統合のお願い'

# B1 case opened, ISO-2022-JP plain text
dt = B_OPEN + timedelta(seconds=14)
new = ('Amazon Web Services をご利用いただき、ありがとうございます。\n\n'
       'お客様のお問い合わせに対応するため、ケース %s を作成しました。\n\n'
       'ケース ID: %s\n件名: %s\n重要度: 一般的なガイダンス\nカテゴリー: アカウント / 認定\n\n'
       'ご質問の内容を確認し、担当者より順次ご連絡いたします。ケースの詳細はサポートセンターでご確認いただけます。\n'
       'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
       '同一内容で新しいケースを作成されますと、対応が遅れる場合がございます。追加の情報はこのケースにご返信ください。\n\n'
       '*このメールは送信専用アドレスから送信されています。このメールに返信しないでください。*\n\n'
       'Amazon Web Services, Inc. およびその関連会社。All rights reserved.\n' % (B_CASE, B_CASE, B_TOPIC, B_CASE))
body = leaf(new, 'plain', 'ISO-2022-JP', '7bit', quote_charset=False)
subj = ew('Amazon Web Services: 新しいサポートケースを作成しました: %s' % B_CASE, 'ISO-2022-JP', 'B', first_prefix=9)
data = build(body, 'nifty', B_TO, ses_sender(dt), dt, CONSOLE_FROM, subj)
add('console-ja-case-opened', data, 'case_created', B_CASE, [], True, 'ja', new)

# B2 agent asks for sign-in addresses of each profile
dt = datetime(2025, 6, 10, 0, 41, 7, tzinfo=UTC)
new = ('渡辺 健二 様\n\nお問い合わせいただき、誠にありがとうございます。AWS トレーニングと認定 サポート担当の山口でございます。\n\n'
       'この度は認定アカウントの統合についてご連絡いただき、ありがとうございます。'
       'お知らせいただいた受験者 ID（AWS04417729 および AWS13802566）を確認いたしましたところ、'
       'いずれのアカウントにもご本人様と思われる情報が登録されておりました。\n\n'
       '統合手続きを進めるにあたり、恐れ入りますが以下の情報をご教示いただけますでしょうか。\n\n'
       '1. 各アカウントへのサインインに使用しているメールアドレス\n'
       '2. 統合後に残すアカウント（どちらのアカウントを主として使用されたいか）\n'
       '3. 今後 30 日以内に試験のご予約があるかどうか\n\n'
       'ご返信はサポートセンターのケース画面からお願いいたします。\n\n'
       'よろしくお願いいたします。\n\n山口\nAmazon Web Services\n\n' + console_footer(B_CASE, 'ja'))
html = aws_html(paras_html(new), 'ja')
data = build(alt(new, html, cte='base64'), 'nifty', B_TO, ses_sender(dt), dt, CONSOLE_FROM,
             ew('RE:[CASE %s] %s' % (B_CASE, B_TOPIC), 'UTF-8', 'B', first_prefix=9))
add('console-ja-which-account-login', data, 'support_reply', B_CASE, ['AWS04417729', 'AWS13802566'], True, 'ja', new)

# B3 confirmation as はい／いいえ question
dt = datetime(2025, 6, 11, 2, 5, 33, tzinfo=UTC)
new = ('渡辺 健二 様\n\nいつもお世話になっております。AWS サポートの山口でございます。\n\n'
       'ご回答いただき、誠にありがとうございます。いただいた情報をもとに、以下の内容で統合手続きを行う準備が整いました。\n\n'
       '■ 統合されるアカウント（統合後は無効になります）\n'
       '　受験者 ID: AWS04417729\n　サインイン: k.watanabe@tohoku-syscom.co.jp\n\n'
       '■ 統合後に残るアカウント\n'
       '　受験者 ID: AWS13802566\n　サインイン: kenji-watanabe@nifty.com\n\n'
       '統合後は、AWS04417729 に登録されている認定資格、受験履歴、特典がすべて AWS13802566 に移行されます。'
       'なお、一度統合したアカウントを元に戻すことはできませんので、あらかじめご了承ください。\n\n'
       '上記の内容で統合を進めてもよろしいでしょうか。'
       'サポートセンターのケース画面より「はい」または「いいえ」でご回答いただけますと幸いです。\n\n'
       'ご確認のほど、よろしくお願い申し上げます。\n\n山口\nAmazon Web Services\n\n' + console_footer(B_CASE, 'ja'))
html = aws_html(paras_html(new), 'ja')
data = build(alt(new, html), 'nifty', B_TO, ses_sender(dt), dt, CONSOLE_FROM,
             ew('RE:[CASE %s] %s' % (B_CASE, B_TOPIC), 'UTF-8', 'B', first_prefix=9))
add('console-ja-hai-iie', data, 'merge_confirmation_requested', B_CASE, ['AWS04417729', 'AWS13802566'], True, 'ja', new)

# B4 thanks for confirming (no ids)
dt = datetime(2025, 6, 11, 23, 58, 20, tzinfo=UTC)
new = ('渡辺 健二 様\n\nAWS サポートの山口でございます。\n\n'
       '統合内容についてご確認いただき、誠にありがとうございます。'
       'いただいたご回答をもとに、担当部署にて統合作業を開始いたしました。\n\n'
       '通常、作業の完了までに 1〜3 営業日ほどお時間をいただいております。'
       '完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。\n\n'
       'なお、作業中は認定アカウントへのサインインや試験のご予約ができない場合がございます。何卒ご了承ください。\n\n'
       'よろしくお願いいたします。\n\n山口\nAmazon Web Services\n\n' + console_footer(B_CASE, 'ja'))
html = aws_html(paras_html(new), 'ja')
data = build(alt(new, html, cte='base64'), 'nifty', B_TO, ses_sender(dt), dt, CONSOLE_FROM,
             ew('RE:[CASE %s] %s' % (B_CASE, B_TOPIC), 'UTF-8', 'B', first_prefix=9))
add('console-ja-kakunin-arigatou', data, 'support_reply', B_CASE, [], True, 'ja', new)

# B5 merge done (ja)
dt = datetime(2025, 6, 13, 5, 12, 46, tzinfo=UTC)
new = ('渡辺 健二 様\n\nAWS サポートの山口でございます。\n\n'
       '大変お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が完了いたしました。\n\n'
       '今後は受験者 ID AWS13802566（サインイン: kenji-watanabe@nifty.com）にて、すべての認定資格と受験履歴をご確認いただけます。'
       'Credly のデジタルバッジが反映されるまで、最大で 48 時間ほどかかる場合がございます。\n\n'
       'その他ご不明な点がございましたら、お気軽にお問い合わせください。\n\n'
       'よろしくお願いいたします。\n\n山口\nAmazon Web Services\n\n' + console_footer(B_CASE, 'ja'))
html = aws_html(paras_html(new), 'ja')
data = build(alt(new, html, cte='base64'), 'nifty', B_TO, ses_sender(dt), dt, CONSOLE_FROM,
             ew('RE:[CASE %s] %s' % (B_CASE, B_TOPIC), 'UTF-8', 'B', first_prefix=9))
add('console-ja-tougou-kanryou', data, 'merge_completed', B_CASE, ['AWS13802566'], True, 'ja', new)

# B6 closure + survey (ja), ISO-2022-JP
dt = datetime(2025, 6, 20, 5, 30, 2, tzinfo=UTC)
new = ('Amazon Web Services をご利用いただき、ありがとうございます。\n\n'
       'ケース %s（%s）は、最後のご連絡から一定期間が経過したため解決済みとしてクローズされました。\n\n'
       '今回のサポートについて、簡単なアンケートにご協力ください。\n'
       '問題は解決しましたか？\n'
       '　はい: https://support.console.aws.amazon.com/support/survey?displayId=%s&answer=yes\n'
       '　いいえ: https://support.console.aws.amazon.com/support/survey?displayId=%s&answer=no\n\n'
       '引き続きサポートが必要な場合は、サポートセンターからケースを再開してください。\n\n'
       '*このメールは送信専用アドレスから送信されています。*\n' % (B_CASE, B_TOPIC, B_CASE, B_CASE))
body = leaf(new, 'plain', 'ISO-2022-JP', '7bit')
data = build(body, 'nifty', B_TO, ses_sender(dt), dt, CONSOLE_FROM,
             ew('Amazon Web Services: ケース %s はクローズされました' % B_CASE, 'ISO-2022-JP', 'B', first_prefix=9))
add('console-ja-closed-anketo', data, 'survey', B_CASE, [], True, 'ja', new)


# ============================================================ Story C (Priya, outlook.com, three profiles)
C_TO = 'priya.raman@outlook.com'
C_OPEN = datetime(2025, 7, 14, 10, 2, 7, tzinfo=UTC)
C_CASE = case15(C_OPEN, '71190')
C_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_CASE
C_USER1 = ('Hello,\n\nI found out I have three certification profiles (AWS00938415 from university, AWS07762150 from my '
           'first employer and AWS12045583 which I use now). Please merge all of them into AWS12045583.\n\n'
           'Regards,\nPriya Raman')

# C2 exam appointment question (yes/no, but not about approving the merge)
dt = datetime(2025, 7, 15, 13, 26, 44, tzinfo=UTC)
new = ('Hi Priya,\n\nThank you for contacting AWS Training and Certification.\n\n'
       'While reviewing your profiles I noticed that AWS07762150 has an exam appointment scheduled with Pearson VUE on '
       '22 July 2025. Profiles that have a pending appointment or a result that has not been released yet cannot be '
       'combined, as this can cause the score report to be lost.\n\n'
       'Could you confirm whether you still plan to sit this exam on 22 July? If yes, we will put your request on hold '
       'and continue once your result is available (usually within 5 business days of the exam). If you would rather '
       'cancel the appointment, please do so from the Pearson VUE dashboard first and let us know.\n\n'
       + form_sig('Mei Ling T.'))
quoted = q_outlook('Priya Raman <%s>' % C_TO, datetime(2025, 7, 14, 11, 2, tzinfo=BST),
                   'aws-cs-trainingcertification-form@amazon.com', C_SUBJ.replace('RE:', '', 1), C_USER1)
plain = new + '\n\n' + quoted
html = aws_html(paras_html(new) + quoted_html(quoted))
data = build(alt(plain, html), 'outlook', C_TO, ses_sender(dt), dt, FORM_FROM, C_SUBJ)
add('form-agent-exam-on-22-july', data, 'support_reply', C_CASE, ['AWS07762150'], True, 'en', new)

# C1 summary table, HTML only
dt = datetime(2025, 7, 25, 9, 14, 2, tzinfo=UTC)
rows = [('AWS00938415', 'p.raman@mu-alumni.ac.in', 'AWS Certified Cloud Practitioner (expired 2023)', 'Merged and deactivated'),
        ('AWS07762150', 'priya.raman@kestrel-it.com', 'AWS Certified Solutions Architect - Associate (passed 22 Jul 2025)', 'Merged and deactivated'),
        ('AWS12045583', 'priya.raman@outlook.com', 'AWS Certified Developer - Associate', 'Kept - your only profile after the change')]
new_txt = ('Hi Priya,\n\nCongratulations on passing your exam! Now that the result has been released, I have prepared your '
           'request. Please review the summary below carefully.\n\n' +
           '\n'.join('%s | %s | %s | %s' % r for r in rows) +
           '\n\nAll exam history, certifications, benefits and badges will end up on AWS12045583, which you sign in to with '
           'priya.raman@outlook.com. Please note this is a one-way process: profiles cannot be separated again afterwards.\n\n'
           'If the summary above is accurate, just reply to this e-mail and let us know we may go ahead. If anything should '
           'be different (for example you would prefer to keep another profile), tell us which row to change.\n\n'
           + form_sig('Mei Ling T.'))
table = ('<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px;">'
         '<tr style="background:#f2f3f3;"><th align="left">Candidate ID</th><th align="left">Sign-in e-mail</th>'
         '<th align="left">Certifications</th><th align="left">After the change</th></tr>' +
         ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in rows) + '</table>')
inner = ('<p>Hi Priya,</p><p>Congratulations on passing your exam! Now that the result has been released, I have prepared '
         'your request. Please review the summary below carefully.</p>' + table +
         '<p>All exam history, certifications, benefits and badges will end up on <b>AWS12045583</b>, which you sign in to '
         'with priya.raman@outlook.com. Please note this is a one-way process: profiles cannot be separated again afterwards.</p>'
         '<p>If the summary above is accurate, just reply to this e-mail and let us know we may go ahead. If anything should '
         'be different (for example you would prefer to keep another profile), tell us which row to change.</p>'
         + paras_html(form_sig('Mei Ling T.')))
qhtml = ('<div id="divRplyFwdMsg"><hr style="display:inline-block;width:98%%"><font face="Calibri, sans-serif" color="#000000">'
         '<b>From:</b> Priya Raman &lt;%s&gt;<br><b>Sent:</b> Friday, July 25, 2025 8:01 AM<br>'
         '<b>To:</b> aws-cs-trainingcertification-form@amazon.com<br><b>Subject:</b> %s</font></div>'
         '<div>Hi Mei Ling, I passed the exam, result is showing now. Please go ahead with my request.<br>Thanks, Priya</div>'
         % (C_TO, html_escape(C_SUBJ)))
body = leaf(aws_html(inner + '<br>' + qhtml), 'html', 'UTF-8', 'quoted-printable')
data = build(body, 'outlook', C_TO, ses_sender(dt), dt, FORM_FROM, C_SUBJ)
add('form-agent-summary-table', data, 'merge_confirmation_requested', C_CASE,
    ['AWS00938415', 'AWS07762150', 'AWS12045583'], True, 'en', new_txt)

# C3 chaser that restates the accounts and asks again; UTF-8 bytes mislabelled iso-8859-1
dt = datetime(2025, 7, 30, 15, 40, 9, tzinfo=UTC)
new = ('Hi Priya,\n\nI’m following up on my message of 25 July. We haven’t received your reply yet, so nothing has been '
       'changed on your profiles so far.\n\n'
       'To recap what we are waiting for: AWS00938415 and AWS07762150 will be folded into AWS12045583 – the only profile '
       'that remains active afterwards. This can’t be reversed later.\n\n'
       'Are you happy for us to go ahead? Please reply “Yes, proceed” to this e-mail. If we don’t hear from you within '
       'five business days, the case will be closed and you would need to submit a new request.\n\n'
       + form_sig('Mei Ling T.'))
body = leaf(new, 'plain', 'iso-8859-1', 'quoted-printable', codec='utf-8')
data = build(body, 'outlook', C_TO, ses_sender(dt), dt, FORM_FROM, C_SUBJ)
add('form-agent-recap-still-waiting', data, 'merge_confirmation_requested', C_CASE,
    ['AWS00938415', 'AWS07762150', 'AWS12045583'], True, 'en', new)

# C4 completed + closure in the same mail
dt = datetime(2025, 8, 1, 11, 3, 27, tzinfo=UTC)
new = ('Hi Priya,\n\nThank you for your reply. I am happy to confirm that your three profiles are now one: everything '
       'from AWS00938415 and AWS07762150 has been moved to AWS12045583 and the two older profiles have been deactivated.\n\n'
       'Since your request has been fulfilled, I am marking this case as resolved. If something looks wrong, you can reply '
       'within 14 days to reopen it.\n\n'
       'Was your issue resolved? Let us know: https://aws-tc-survey.amazon.com/s?case=%s\n\n' % C_CASE
       + form_sig('Mei Ling T.'))
quoted = q_outlook('Priya Raman <%s>' % C_TO, datetime(2025, 7, 31, 19, 22, tzinfo=BST),
                   'aws-cs-trainingcertification-form@amazon.com', C_SUBJ,
                   'Yes, proceed. Sorry for the late reply, I was travelling.\n\nPriya')
plain = new + '\n\n' + quoted
html = aws_html(paras_html(new) + quoted_html(quoted))
data = build(alt(plain, html), 'outlook', C_TO, ses_sender(dt), dt, FORM_FROM, C_SUBJ)
add('form-agent-done-and-resolved', data, 'merge_completed', C_CASE,
    ['AWS00938415', 'AWS07762150', 'AWS12045583'], True, 'en', new)


# ============================================================ Story D (Marco, console case, resolved then reopened)
D_TO = 'marco.bellini.dev@gmail.com'
D_OPEN = datetime(2025, 3, 3, 8, 40, 12, tzinfo=UTC)
D_CASE = case15(D_OPEN, '55021')
D_TOPIC = 'Merge two AWS Certification accounts'

# D1 auto-resolved for inactivity, with survey
dt = datetime(2025, 3, 10, 8, 45, 1, tzinfo=UTC)
new = ('Hello,\n\nWe haven\'t heard back from you, so we have resolved your support case %s, "%s".\n\n'
       'If you still need help, you can reopen the case from the Support Center within 14 days:\n'
       'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
       'How was your support experience? Your feedback helps us improve.\n'
       'Rate this case: https://support.console.aws.amazon.com/support/home#/case/survey?displayId=%s\n\n'
       'Sincerely,\nAmazon Web Services\n\n'
       '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n' % (D_CASE, D_TOPIC, D_CASE, D_CASE))
html = aws_html(paras_html(new))
data = build(alt(new, html), 'gmail', D_TO, ses_sender(dt), dt, CONSOLE_FROM,
             'Amazon Web Services: Support case %s has been resolved' % D_CASE)
add('console-resolved-no-reply', data, 'survey', D_CASE, [], True, 'en', new)

# D2 case reopened, agent reviewing
dt = datetime(2025, 3, 11, 17, 2, 55, tzinfo=UTC)
new = ('Hello Marco,\n\nThank you for reopening this case, and apologies that our earlier message went unanswered - I can see '
       'it was sent to an address you no longer check.\n\n'
       'I have picked the case up again and I am re-checking both profiles (AWS09173364 and AWS15520817) with our '
       'certification team, since one of them had a recertification recorded last week. I will update you here by end of '
       'day tomorrow at the latest.\n\nBest regards,\n\nTomasz W.\nAmazon Web Services\n\n' + console_footer(D_CASE))
html = aws_html(paras_html(new))
data = build(alt(new, html), 'gmail', D_TO, ses_sender(dt), dt, CONSOLE_FROM, 'RE:[CASE %s] %s' % (D_CASE, D_TOPIC))
add('console-reopened-rechecking', data, 'support_reply', D_CASE, ['AWS09173364', 'AWS15520817'], True, 'en', new)

# D3 confirmation request on the reopened case
dt = datetime(2025, 3, 12, 14, 19, 31, tzinfo=UTC)
new = ('Hello Marco,\n\nThanks for waiting. Now that the case is open again, here is the plan once more so that we have '
       'your up-to-date approval on record:\n\n'
       '- Profile to be closed: AWS09173364 (marco.bellini@veltrix-consulting.it)\n'
       '- Profile to keep: AWS15520817 (marco.bellini.dev@gmail.com)\n'
       '- Your SysOps Administrator recertification from last week stays with AWS15520817.\n\n'
       'Combining profiles is permanent; we cannot split them again afterwards.\n\n'
       'If you agree, please reply to this case in the Support Center with the word "Approved". If you would rather keep '
       'the other profile, just tell me and I will amend the request.\n\n'
       'Best regards,\n\nTomasz W.\nAmazon Web Services\n\n' + console_footer(D_CASE))
html = aws_html(paras_html(new))
data = build(alt(new, html, cte='base64', style=1), 'gmail', D_TO, ses_sender(dt), dt, CONSOLE_FROM,
             'RE:[CASE %s] %s' % (D_CASE, D_TOPIC))
add('console-reopened-reply-approved', data, 'merge_confirmation_requested', D_CASE,
    ['AWS09173364', 'AWS15520817'], True, 'en', new)

# D4 done on the reopened case
dt = datetime(2025, 3, 14, 10, 51, 8, tzinfo=UTC)
new = ('Hello Marco,\n\nThe certification team has finished the work on your request: AWS09173364 no longer exists as a '
       'separate profile and its history is now part of AWS15520817. You can sign in with marco.bellini.dev@gmail.com to '
       'see all of your certifications in one place.\n\n'
       'I will leave the case open for a few more days in case you notice anything missing.\n\n'
       'Best regards,\n\nTomasz W.\nAmazon Web Services\n\n' + console_footer(D_CASE))
html = aws_html(paras_html(new))
data = build(alt(new, html), 'gmail', D_TO, ses_sender(dt), dt, CONSOLE_FROM, 'RE:[CASE %s] %s' % (D_CASE, D_TOPIC))
add('console-reopened-finished', data, 'merge_completed', D_CASE, ['AWS09173364', 'AWS15520817'], True, 'en', new)


# ============================================================ Story E (佐藤, form case in Japanese, biglobe)
E_TO = 'sato-misaki@kvj.biglobe.ne.jp'
E_OPEN = datetime(2025, 8, 18, 23, 55, 41, tzinfo=UTC)
E_CASE = case15(E_OPEN, '64408')
E_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % E_CASE

# E1 acknowledgement (ja)
dt = E_OPEN + timedelta(seconds=6)
new = ('AWS トレーニングと認定へのお問い合わせありがとうございます。\n\n'
       'このメールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。'
       'ケース番号 %s として承りました。\n\n'
       '担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。'
       '同じ内容のお問い合わせを重複して送信されますと、回答が遅れる原因となりますのでご注意ください。'
       '追加の情報がある場合は、件名を変更せずにこのメールへご返信ください。\n\n'
       '―― 受付内容 ――\n'
       'お問い合わせの種類: AWS トレーニングと認定\n'
       'カテゴリー: 認定\n詳細: アカウントの統合\n'
       '受験者 ID: AWS06614072\n'
       'お問い合わせ内容: 認定アカウントが2つあることに気付きました。もう一方の受験者 ID は AWS10398851 です。'
       'AWS06614072 の方に統合していただけますでしょうか。\n\n'
       'AWS トレーニングと認定\n' % E_CASE)
html = aws_html(paras_html(new), 'ja')
data = build(alt(new, html, cte='quoted-printable'), 'biglobe', E_TO, ses_sender(dt), dt, FORM_FROM, E_SUBJ)
add('form-ja-uketsuke', data, 'case_created', E_CASE, ['AWS06614072', 'AWS10398851'], True, 'ja', new)

# E2 confirmation: reply with 「同意します」, Q-encoded folded subject, base64 UTF-8 body
dt = datetime(2025, 8, 20, 1, 30, 12, tzinfo=UTC)
new = ('佐藤 美咲 様\n\n'
       'AWS トレーニングと認定 サポートチームの田中でございます。\n'
       'ご返信いただき、ありがとうございます。\n\n'
       'ご本人様確認が完了いたしましたので、下記のとおり統合を実施する予定でございます。\n\n'
       '　統合元（統合後に無効化）: AWS10398851（m.sato@hokuriku-denshi.co.jp）\n'
       '　統合先（今後ご利用いただくアカウント）: AWS06614072（%s）\n\n'
       '統合元に登録されている認定資格・受験履歴・特典は、すべて統合先へ移行されます。'
       '本手続きは、一度実施すると取り消すことができません。\n\n'
       '内容にお間違いがなければ、本メールに「同意します」とだけご記入のうえ、ご返信くださいますようお願いいたします。'
       '統合先を変更されたい場合は、その旨をお知らせください。\n\n' % E_TO + form_sig('田中', 'ja'))
quoted = q_ja(datetime(2025, 8, 19, 20, 14, tzinfo=JST), '佐藤美咲', E_TO,
              'ご担当者様\n\nお世話になっております。佐藤です。\n'
              'AWS10398851 のサインインには m.sato@hokuriku-denshi.co.jp を使用していました（前職のアドレスです）。\n'
              'よろしくお願いいたします。')
plain = new + '\n\n' + quoted
subj = 'RE:' + E_SUBJ.replace(' - account-assistance', '') + ' ' + ew('【重要】アカウント統合内容のご確認', 'UTF-8', 'Q')
body = leaf(plain, 'plain', 'UTF-8', 'base64')
data = build(body, 'biglobe', E_TO, ses_sender(dt), dt, FORM_FROM, subj)
add('form-ja-doui-shimasu', data, 'merge_confirmation_requested', E_CASE, ['AWS06614072', 'AWS10398851'], True, 'ja', new)

# E3 reminder without restating (ids only in quoted part)
dt = datetime(2025, 8, 27, 2, 2, 40, tzinfo=UTC)
new = ('佐藤 美咲 様\n\nAWS トレーニングと認定 サポートチームの田中でございます。\n\n'
       '先日お送りしたメールにつきまして、その後いかがでしょうか。'
       'お手数ではございますが、ご都合のよろしい時にご返信いただけますと幸いです。\n\n'
       'なお、本日より 7 日間ご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。'
       'クローズ後も、このメールにご返信いただくことでケースを再開することが可能です。\n\n' + form_sig('田中', 'ja'))
quoted = q_ja(datetime(2025, 8, 20, 10, 30, tzinfo=JST), 'Amazon Web Services',
              'aws-cs-trainingcertification-form@amazon.com',
              '佐藤 美咲 様\n\n（中略）\n　統合元（統合後に無効化）: AWS10398851\n　統合先（今後ご利用いただくアカウント）: AWS06614072\n\n'
              '内容にお間違いがなければ、本メールに「同意します」とだけご記入のうえ、ご返信くださいますようお願いいたします。')
plain = new + '\n\n' + quoted
html = aws_html(paras_html(new) + '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                + paras_html(quoted) + '</blockquote>', 'ja')
subj = 'RE:' + E_SUBJ.replace(' - account-assistance', '') + ' ' + ew('【リマインド】ご返信のお願い', 'UTF-8', 'B')
data = build(alt(plain, html, cte='base64'), 'biglobe', E_TO, ses_sender(dt), dt, FORM_FROM, subj)
add('form-ja-reminder', data, 'support_reply', E_CASE, [], True, 'ja', new)


# ============================================================ Story G (髙橋, reopened case, Shift_JIS)
G_TO = 'makoto@takahashi-lab.jp'
G_OPEN = datetime(2025, 9, 1, 3, 10, 55, tzinfo=UTC)
G_CASE = case15(G_OPEN, '02236')
G_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % G_CASE

# G1 reopened, checking with the team (Shift_JIS)
dt = datetime(2025, 9, 16, 4, 44, 19, tzinfo=UTC)
new = ('髙橋 誠 様\n\nAWS トレーニングと認定 サポートの森でございます。\n\n'
       'ご返信をいただき、本ケースを再開いたしました。'
       '前回のご案内から日数が経過しておりましたため、ケースが自動的にクローズされておりましたことをお詫び申し上げます。\n\n'
       'ご指摘の受験者 ID（AWS03356190、AWS14471028）につきまして、現在担当部署にて登録状況を改めて確認しております。'
       '確認が取れ次第、統合内容をご案内いたしますので、今しばらくお待ちいただけますでしょうか。\n\n'
       + form_sig('森', 'ja'))
quoted = q_ja(datetime(2025, 9, 16, 9, 2, tzinfo=JST), '髙橋 誠', G_TO,
              'お世話になっております。髙橋です。\n出張で返信が遅くなりました。統合の件、引き続きお願いできますでしょうか。')
plain = new + '\n\n' + quoted
body = leaf(plain, 'plain', 'Shift_JIS', '8bit', quote_charset=False)
data = build(body, 'sakura', G_TO, ses_sender(dt), dt, FORM_FROM, G_SUBJ)
add('form-ja-saikai-kakuninchuu', data, 'support_reply', G_CASE, ['AWS03356190', 'AWS14471028'], True, 'ja', new)

# G2 confirmation as a summary table on the reopened case (Shift_JIS with cp932-only characters)
dt = datetime(2025, 9, 17, 6, 20, 3, tzinfo=UTC)
new = ('髙橋 誠 様\n\nAWS トレーニングと認定 サポートの森でございます。\n'
       'お待たせいたしました。再開いたしましたケースにつきまして、担当部署での確認が完了いたしました。\n\n'
       '統合の内容は以下のとおりでございます。\n\n'
       '┏━━━━━━━━━━┳━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━┓\n'
       '┃　項目　　　　　　┃　統合元（無効化）　　　　　　　┃　統合先（存続）　　　　　　　　┃\n'
       '┣━━━━━━━━━━╋━━━━━━━━━━━━━━━━╋━━━━━━━━━━━━━━━━┫\n'
       '┃　受験者 ID　　　 ┃　AWS03356190　　　　　　　　　┃　AWS14471028　　　　　　　　　┃\n'
       '┃　サインイン　　　┃　makoto.t@sanwa-kogyo.co.jp　 ┃　makoto@takahashi-lab.jp　　　┃\n'
       '┃　保有認定　　　　┃　①SAA ②DVA　　　　　　　　　 ┃　③SAP　　　　　　　　　　　　┃\n'
       '┗━━━━━━━━━━┻━━━━━━━━━━━━━━━━┻━━━━━━━━━━━━━━━━┛\n\n'
       '統合後は、①②③すべての認定が AWS14471028 に表示されます。'
       'なお、統合は不可逆的な処理であり、実施後に元の状態へ戻すことはできません。\n\n'
       '上記の内容で相違ございませんでしょうか。'
       '相違がなければ統合を実施してよい旨、本メールへのご返信にてお知らせいただけますと幸いです。\n\n'
       + form_sig('森', 'ja'))
body = leaf(new, 'plain', 'Shift_JIS', 'quoted-printable', quote_charset=False)
data = build(body, 'sakura', G_TO, ses_sender(dt), dt, FORM_FROM, G_SUBJ, linesep='\r\n')
add('form-ja-saikai-hyou', data, 'merge_confirmation_requested', G_CASE, ['AWS03356190', 'AWS14471028'], True, 'ja', new)


# ============================================================ Story F (Aleksandra, 2023, 11-digit case, non-native agent)
F_TO = 'aleksandra.nowak@brightfield-analytics.com'
F_CASE = '13590217481'
F_SUBJ = 'RE: [CASE %s] Certification account merge request' % F_CASE

# F1 "revert with the word MERGE"
dt = datetime(2023, 10, 17, 7, 55, 30, tzinfo=UTC)
new = ('Dear Aleksandra,\n\nGreetings of the day! Hope this mail finds you well.\n\n'
       'As per our verification, both the candidate profiles mentioned by you are belonging to you. Kindly find the '
       'details below:\n\n'
       'Profile which will be merged (source) : aws 05528193\n'
       'Profile which will remain (target) : AWS-16604472\n\n'
       'Kindly note that post merging, the process is irreversible and you will not be able to login to the source '
       'profile anymore.\n\n'
       'For us to proceed further, kindly revert back on this same mail with the word MERGE (in capital letters) in the '
       'reply. Once we receive your revert, the request will be processed within 3-5 business days.\n\n'
       'Thanks & Regards,\nSwati P.\nAWS Training and Certification Support\nAmazon Web Services\n')
quoted = q_original('Aleksandra Nowak <%s>' % F_TO, datetime(2023, 10, 16, 16, 40, tzinfo=CEST),
                    'aws-cs-trainingcertification-form@amazon.com', 'RE: [CASE %s] Certification account merge request' % F_CASE,
                    'Hello,\n\nBoth profiles are mine, the old one was created when I was at my previous company. '
                    'I would like to keep the one with my current company address.\n\nKind regards\nAleksandra Nowak\n'
                    'Senior Data Engineer | Brightfield Analytics')
plain = new + '\n\n' + quoted
html = aws_html(paras_html(new) + quoted_html(quoted))
data = build(alt(plain, html), 'outlook', F_TO, ses_sender(dt), dt, FORM_FROM, F_SUBJ)
add('form-agent-revert-with-word', data, 'merge_confirmation_requested', F_CASE, ['AWS05528193', 'AWS16604472'], True, 'en', new)

# F2 "request is under process"
dt = datetime(2023, 10, 18, 6, 12, 4, tzinfo=UTC)
new = ('Dear Aleksandra,\n\nThank you for the revert.\n\n'
       'Please be informed that your request has been shared with our internal team and it is currently under process. '
       'Once the merging is completed from their end, we will update you on this same case with the confirmation.\n\n'
       'Meanwhile, kindly do not book any exam or try to login with the source profile, as it may cause delay in the '
       'process.\n\nAppreciate your patience and understanding.\n\n'
       'Thanks & Regards,\nSwati P.\nAWS Training and Certification Support\nAmazon Web Services\n')
quoted = q_original('Aleksandra Nowak <%s>' % F_TO, datetime(2023, 10, 17, 10, 1, tzinfo=CEST),
                    'aws-cs-trainingcertification-form@amazon.com', F_SUBJ,
                    'MERGE\n\nAleksandra') + '\n\n' + q_original(
    'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', datetime(2023, 10, 17, 9, 55, tzinfo=CEST),
    F_TO, F_SUBJ, 'Dear Aleksandra,\n\nProfile which will be merged (source) : aws 05528193\n'
                  'Profile which will remain (target) : AWS-16604472\n...')
plain = new + '\n\n' + quoted
html = aws_html(paras_html(new) + quoted_html(quoted))
data = build(alt(plain, html, cte='base64'), 'outlook', F_TO, ses_sender(dt), dt, FORM_FROM, F_SUBJ)
add('form-agent-under-process', data, 'support_reply', F_CASE, [], True, 'en', new)

# F3 completed, paraphrased
dt = datetime(2023, 10, 20, 11, 37, 45, tzinfo=UTC)
new = ('Dear Aleksandra,\n\nGreetings!\n\n'
       'We are glad to inform that the consolidation activity for your profiles has been successfully performed by our '
       'internal team. Now all your certifications and exam history are reflecting under candidate ID AWS16604472 and '
       'the source profile is deactivated.\n\n'
       'Kindly login and check at your end. In case any certification is not showing, please revert on this mail within '
       '7 days.\n\nThanks & Regards,\nSwati P.\nAWS Training and Certification Support\nAmazon Web Services\n')
html = aws_html(paras_html(new))
data = build(alt(new, html), 'outlook', F_TO, ses_sender(dt), dt, FORM_FROM, F_SUBJ)
add('form-agent-consolidation-performed', data, 'merge_completed', F_CASE, ['AWS16604472'], True, 'en', new)


# ============================================================ Story H (Ahmed, 2022, 11-digit console case)
H_TO = 'ahmed.elsayed.cloud@gmail.com'
H_CASE = '10285566312'
H_TOPIC = 'Two certification accounts - need to combine'

# H1 confirmation, older console template
dt = datetime(2022, 6, 8, 18, 22, 10, tzinfo=UTC)
new = ('Hello Ahmed,\n\nThank you for contacting AWS Support.\n\n'
       'I have located both AWS Certification accounts and verified that they belong to you. Before we submit the '
       'request to our Certification team, please confirm that the details below are correct:\n\n'
       'Primary account (will be kept): AWS01872254 - ahmed.elsayed.cloud@gmail.com\n'
       'Secondary account (will be merged and closed): aws08830917 - a.elsayed@nilebyte-solutions.com\n\n'
       'Please note that once accounts are merged, this cannot be undone, and you will no longer be able to sign in to '
       'the secondary account.\n\n'
       'Please reply to this case via the Support Center link below to confirm, or let us know if you would like the '
       'other account to be the primary one.\n\n'
       'Best regards,\n\nGabriel R.\nAmazon Web Services\n\n' + console_footer(H_CASE))
html = aws_html(paras_html(new))
data = build(alt(new, html), 'gmail', H_TO, ses_sender(dt), dt, CONSOLE_FROM, 'RE:[CASE %s] %s' % (H_CASE, H_TOPIC))
add('console-2022-primary-secondary', data, 'merge_confirmation_requested', H_CASE,
    ['AWS01872254', 'AWS08830917'], True, 'en', new)

# H2 Credly badge for a newly earned certification (2022)
dt = datetime(2022, 7, 2, 21, 4, 37, tzinfo=UTC)
s = credly_sender(dt, H_TO)
badge = 'AWS Certified Security – Specialty'
lead = '%s has issued you a new badge. Accept it to add it to your Credly profile and share your achievement.' % issuer
plain = ('Hi Ahmed,\n\n%s\n\n%s\nIssued by %s\n\nAccept your badge: https://www.credly.com/earner/earned/badge/%s\n\n'
         'Credly\n' % (lead, badge, issuer, str(uuid.UUID(int=R.getrandbits(128)))))
body = mp('alternative', leaf(plain, 'plain', 'UTF-8', 'quoted-printable', quote_charset=False),
          leaf(credly_html('Ahmed', issuer, badge, lead), 'html', 'UTF-8', 'quoted-printable', quote_charset=False), style=1)
data = build(body, 'gmail', H_TO, s, dt, '"%s via Credly" <admin@credly.com>' % issuer,
             'Ahmed, you earned a badge from ' + issuer, msgid=credly_msgid(),
             dkim_headers=credly_dkim(s, dt), ses=False, to_hdr='Ahmed El-Sayed <%s>' % H_TO)
add('credly-2022-security-specialty', data, 'credly_badge_issued', None, [], True, 'en', plain)


# ============================================================ Story I (Sofia, 2020, 10-digit case, hotmail)
I_TO = 'sofia.marquez@hotmail.com'
I_CASE = '7412098835'

# I1 confirmation as a plain yes/no, windows-1252 text only
dt = datetime(2020, 9, 23, 14, 5, 19, tzinfo=UTC)
new = ('Hello Sofia,\n\nThank you for contacting AWS Training and Certification.\n\n'
       'We located two candidate accounts under your name. Would you like us to merge AWS 02219954 (registered with '
       'smarquez@lumen-retail.es) into AWS 11906637 (registered with sofia.marquez@hotmail.com)?\n\n'
       'After the merge only AWS 11906637 will remain; your certification history and transcript from the other '
       'account will be transferred to it. A merge can’t be undone once it has been processed.\n\n'
       'Please answer “yes” or “no” by replying to this e-mail.\n\n'
       'Kind regards,\nLucía\nAWS Training and Certification\n')
body = leaf(new, 'plain', 'windows-1252', 'quoted-printable')
data = build(body, 'outlook', I_TO, ses_sender(dt), dt, FORM_FROM, 'RE:[CASE %s] Account Merge' % I_CASE)
add('form-2020-yes-or-no', data, 'merge_confirmation_requested', I_CASE, ['AWS02219954', 'AWS11906637'], True, 'en', new)

# I2 Acclaim (older Credly) badge after the merge, HTML only
dt = datetime(2020, 10, 1, 16, 48, 2, tzinfo=UTC)
s = Sender('credly', 'youracclaim.com', '167.89.%d.%d' % (R.randint(100, 125), R.randint(2, 250)),
           'o%d.ptr%d.youracclaim.com' % (R.randint(1, 9), R.randint(1000, 9999)),
           'bounces+%d-%s-sofia.marquez=hotmail.com@em%d.youracclaim.com' % (R.randint(1000000, 9999999), hexrand(4), R.randint(1000, 9999)),
           [('pass', 'youracclaim.com', 's1')], 'pass', 'pass')
badge = 'AWS Certified Developer – Associate'
lead = ('%s has issued you a badge following an update to your certification record. Your badge is ready to accept.' % issuer)
html = credly_html('Sofia', issuer, badge, lead).replace('Credly, 100 Park Ave', 'Acclaim by Credly, 100 Park Ave').replace(
    'https://www.credly.com/earner', 'https://www.youracclaim.com/earner')
body = leaf(html, 'html', 'utf-8', 'quoted-printable')
data = build(body, 'outlook', I_TO, s, dt, '"%s via Acclaim" <admin@youracclaim.com>' % issuer,
             'Sofia, your AWS Certified Developer – Associate badge is ready'.replace('–', '-'), msgid=credly_msgid(),
             dkim_headers=[('DKIM-Signature', dkim_sig('youracclaim.com', 's1', dt))], ses=False)
add('acclaim-2020-badge-ready', data, 'credly_badge_issued', None, [], True, 'en', lead)


# ============================================================ look-alike phishing that IS about the merge
# P1 look-alike domain with its own valid DMARC
dt = datetime(2025, 6, 24, 6, 12, 40, tzinfo=UTC)
P1_TO = 'hannah.schmidt.cloud@gmail.com'
s = Sender('phish', 'aws-certification-merge.com', '45.147.%d.%d' % (R.randint(1, 250), R.randint(2, 250)),
           'mail.aws-certification-merge.com', 'bounce@aws-certification-merge.com',
           [('pass', 'aws-certification-merge.com', 'default')], 'pass', 'pass', 'NONE')
new = ('Dear Candidate,\n\nWe received a request to merge your AWS Certification accounts:\n\n'
       '    Account to be merged: AWS12208734\n    Account to be retained: AWS03391175\n\n'
       'For security reasons, account merges must be approved by the account holder. Please confirm this merge within '
       '24 hours by signing in with your AWS credentials:\n\n'
       '    CONFIRM MERGE: https://aws-certification-merge.com/confirm?ref=MRG-2025-88412\n\n'
       'If the merge is not confirmed, the request will be cancelled and both accounts may be temporarily suspended '
       'pending verification. Merges cannot be reversed once approved.\n\n'
       'AWS Training & Certification Account Services\n')
html = html_doc('<div style="max-width:600px;margin:auto;padding:20px;">'
                '<img src="https://aws-certification-merge.com/img/aws.png" width="80" alt="aws"><h3>Confirm your account merge</h3>'
                + paras_html(new).replace('https://aws-certification-merge.com/confirm?ref=MRG-2025-88412',
                                          '<a href="https://aws-certification-merge.com/confirm?ref=MRG-2025-88412" '
                                          'style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;">CONFIRM MERGE</a>')
                + '</div>')
body = alt(new, html, charset='UTF-8', cte='quoted-printable', style=1)
data = build(body, 'gmail', P1_TO, s, dt, '"AWS Certification" <support@aws-certification-merge.com>',
             'Action required: confirm your certification account merge',
             msgid='<%s@aws-certification-merge.com>' % hexrand(24),
             dkim_headers=[('DKIM-Signature', dkim_sig('aws-certification-merge.com', 'default', dt))], ses=False,
             extra=[('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')])
add('lookalike-domain-confirm-merge', data, 'merge_confirmation_requested', None, ['AWS03391175', 'AWS12208734'], False, 'en', new)

# P2 spoofed amazon.com From, top Outlook header says dmarc=fail; a forged pass header sits lower down
dt = datetime(2025, 7, 28, 9, 33, 11, tzinfo=UTC)
s = Sender('phish', 'amazon.com', '185.234.%d.%d' % (R.randint(1, 250), R.randint(2, 250)), 'mail.cloud-notify.net',
           'bounce@cloud-notify.net', [], 'pass', 'fail')
new = ('Hello,\n\nYour request to combine your certification profiles is ready for final approval. Please review:\n\n'
       'Source profile: AWS12045583\nDestination profile: AWS07762150\n\n'
       'Is this correct? To approve, sign in below with your AWS Training account. Without your approval within '
       '48 hours the request will expire.\n\n'
       'https://aws-training-certification.support-center-login.com/case/approve\n\n'
       'Best regards,\nAWS Training and Certification\n')
html = aws_html(paras_html(new))
forged = ('amazon.com;\n dkim=pass header.d=amazon.com header.s=224i4yxa5dv7c2xz3womw6peuasteono;\n'
          ' spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com')
body = alt(new, html, style=2)
data = build(body, 'outlook', C_TO, s, dt, FORM_FROM, 'RE:[CASE %s] Final approval needed for your profile merge' % C_CASE,
             msgid='<%s.%s@mail.cloud-notify.net>' % (dt.strftime('%Y%m%d%H%M%S'), hexrand(10).upper()),
             received_extra=[('Authentication-Results', forged),
                             ('Received', 'from localhost (localhost [127.0.0.1])\n\tby mail.cloud-notify.net (Postfix) with ESMTPSA id 7C1E2A0B44\n\tfor <%s>; %s' % (C_TO, fdate(dt)))],
             dkim_headers=[], ses=False)
add('spoofed-dmarc-fail-approve-merge', data, 'merge_confirmation_requested', C_CASE,
    ['AWS07762150', 'AWS12045583'], False, 'en', new)


# ============================================================ Story J (Jonas, accounts named by sign-in e-mail only)
J_TO = 'jonas.lindqvist.dev@gmail.com'
J_OPEN = datetime(2025, 4, 14, 7, 31, 52, tzinfo=UTC)
J_CASE = case15(J_OPEN, '40096')
J_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % J_CASE

# J1 warns about permanence, asks to download transcripts first; no approval asked yet
dt = datetime(2025, 4, 15, 12, 8, 26, tzinfo=UTC)
new = ('Hi Jonas,\n\nThanks for reaching out. I can see the two profiles you described.\n\n'
       'Before I put together the final details for your approval, one important point: combining two profiles is '
       'permanent and cannot be undone, and the profile that is closed will no longer be reachable, including its '
       'PDF certificates and transcript links. Many candidates like to keep a copy for their records.\n\n'
       'If you would like to do that, please sign in to the profile that uses jonas.lindqvist@northpeak.se and download '
       'your transcript and certificates now. Just reply to this e-mail once you are done (or if you do not need them) '
       'and I will send you the merge details to approve.\n\n' + form_sig('Keiko H.'))
html = aws_html(paras_html(new))
data = build(alt(new, html), 'gmail', J_TO, ses_sender(dt), dt, FORM_FROM, J_SUBJ)
add('form-agent-download-transcript-first', data, 'support_reply', J_CASE, [], True, 'en', new)

# J2 confirmation naming the profiles by sign-in e-mail (no candidate ids)
dt = datetime(2025, 4, 16, 8, 44, 3, tzinfo=UTC)
new = ('Hi Jonas,\n\nThank you, noted that you have saved your documents.\n\n'
       'Here is what we will do:\n\n'
       'The profile that signs in with jonas.lindqvist@northpeak.se will be combined into the profile that signs in '
       'with jonas.lindqvist.dev@gmail.com. The Gmail profile is the one you keep; the Northpeak one will be closed.\n\n'
       'Shall we go ahead? Reply "yes" and I will submit it straight away, or "no" if you have changed your mind.\n\n'
       + form_sig('Keiko H.'))
quoted = q_gmail(datetime(2025, 4, 16, 9, 2, tzinfo=CEST), 'Jonas Lindqvist', J_TO,
                 'Hi Keiko,\n\nDone, I downloaded everything. Go ahead and send me the details.\n\n/Jonas')
plain = new + '\n\n' + quoted
html = aws_html(paras_html(new) + quoted_html(quoted))
data = build(alt(plain, html, cte='base64', hcte='base64'), 'gmail', J_TO, ses_sender(dt), dt, FORM_FROM, J_SUBJ)
add('form-agent-shall-we-go-ahead', data, 'merge_confirmation_requested', J_CASE, [], True, 'en', new)


# ============================================================ Story L (Chen, console, Y/N with voucher note)
L_TO = 'chen.wei.sg@gmail.com'
L_OPEN = datetime(2025, 2, 17, 3, 5, 44, tzinfo=UTC)
L_CASE = case15(L_OPEN, '17873')
L_TOPIC = 'Duplicate certification profiles'

# L1 "New correspondence added" notice (no agent text)
dt = datetime(2025, 2, 18, 2, 30, 15, tzinfo=UTC)
new = ('Hello,\n\nA new correspondence has been added to your AWS Support case %s, "%s".\n\n'
       'To view the correspondence and reply, sign in to the AWS Support Center:\n'
       'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
       'Sincerely,\nAmazon Web Services\n\n'
       '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n' % (L_CASE, L_TOPIC, L_CASE))
html = aws_html(paras_html(new))
data = build(alt(new, html), 'gmail', L_TO, ses_sender(dt), dt, CONSOLE_FROM, '[Case %s] New correspondence added' % L_CASE)
add('console-new-correspondence', data, 'support_reply', L_CASE, [], True, 'en', new)

# L2 confirmation: reply Y or N, with a benefits note
dt = datetime(2025, 2, 18, 2, 30, 9, tzinfo=UTC)
new = ('Hello Chen,\n\nThank you for your patience. I have reviewed the two certification profiles on your case:\n\n'
       '  AWS02654918 - created 2019, signs in with wei.chen@harbourline.com.sg\n'
       '  AWS10775406 - created 2023, signs in with chen.wei.sg@gmail.com\n\n'
       'Our proposal is to move AWS02654918 into AWS10775406, so that AWS10775406 is your single profile.\n\n'
       'Please note:\n'
       '- The unused 50% exam discount on AWS02654918 will be transferred as well and keeps its original expiry date.\n'
       '- Your Credly badges are re-issued to the e-mail address of AWS10775406, which can take a few days.\n'
       '- This action is final and cannot be rolled back.\n\n'
       'Do you want us to proceed? Please reply Y to proceed or N to keep the profiles as they are.\n\n'
       'Best regards,\n\nArjun V.\nAmazon Web Services\n\n' + console_footer(L_CASE))
html = aws_html(paras_html(new))
data = build(alt(new, html), 'gmail', L_TO, ses_sender(dt), dt, CONSOLE_FROM, 'RE:[CASE %s] %s' % (L_CASE, L_TOPIC))
add('console-reply-y-or-n', data, 'merge_confirmation_requested', L_CASE, ['AWS02654918', 'AWS10775406'], True, 'en', new)

# L3 after the merge: badges did not follow, escalated to Credly
dt = datetime(2025, 2, 24, 9, 15, 50, tzinfo=UTC)
new = ('Hello Chen,\n\nThank you for letting us know that your badges still appear on the old Credly account.\n\n'
       'I have raised a request with the Credly team to move the badges to the Credly account that uses '
       'chen.wei.sg@gmail.com. This is handled separately from the certification profile and usually takes 3 to 5 '
       'business days. You do not need to do anything in Credly in the meantime - please do not start a merge from '
       'the Credly side, as it can conflict with our request.\n\n'
       'I will keep this case open and update you as soon as I hear back.\n\n'
       'Best regards,\n\nArjun V.\nAmazon Web Services\n\n' + console_footer(L_CASE))
html = aws_html(paras_html(new))
data = build(alt(new, html, cte='base64'), 'gmail', L_TO, ses_sender(dt), dt, CONSOLE_FROM, 'RE:[CASE %s] %s' % (L_CASE, L_TOPIC))
add('console-credly-escalated', data, 'support_reply', L_CASE, [], True, 'en', new)

# L4 rating request, HTML only
dt = datetime(2025, 3, 4, 10, 0, 31, tzinfo=UTC)
inner = ('<h2 style="font-size:20px;font-weight:normal;">How did we do?</h2>'
         '<p>Your AWS Support case <b>%s</b> (%s) was recently resolved. We would like to hear about your experience.</p>'
         '<p>How satisfied were you with the support you received?</p><table role="presentation"><tr>%s</tr></table>'
         '<p style="color:#687078;font-size:12px;">The survey takes less than a minute. Responses are used to improve AWS '
         'Support and are not shared with third parties.</p>'
         '<p style="color:#687078;font-size:12px;">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>'
         % (L_CASE, L_TOPIC, ''.join('<td style="padding:4px;"><a href="https://survey.support.aws.amazon.com/r?c=%s&amp;s=%d" '
                                     'style="display:inline-block;width:36px;line-height:36px;text-align:center;border:1px solid '
                                     '#879196;border-radius:18px;color:#16191f;text-decoration:none;">%d</a></td>' % (L_CASE, i, i)
                                     for i in range(1, 6))))
body = leaf(aws_html(inner), 'html', 'UTF-8', 'quoted-printable')
data = build(body, 'gmail', L_TO, ses_sender(dt), dt, '"AWS Support" <no-reply-aws@amazon.com>',
             'How did we do? Tell us about your recent AWS Support case')
add('console-how-did-we-do', data, 'survey', L_CASE, [], True, 'en', 'How did we do? %s' % L_CASE)


# ============================================================ Story M (Liam, live.ie, confirmation + side question)
M_TO = 'liam.oconnor@live.ie'
M_OPEN = datetime(2025, 11, 3, 20, 17, 33, tzinfo=UTC)
M_CASE = case15(M_OPEN, '91054')
M_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % M_CASE

# M1 acknowledgement, HTML only
dt = M_OPEN + timedelta(seconds=11)
inner = ('<p>Hello,</p><p>Thanks for getting in touch with AWS Training and Certification. Your request has been received '
         'and logged as case <strong>%s</strong>.</p><p>One of our specialists will get back to you, in most cases within '
         'one business day. You can add details at any time by replying to this message - please keep the case number in '
         'the subject.</p><p>Please do not submit the form again for the same request; duplicate cases can slow down our '
         'response.</p><p>AWS Training and Certification</p>' % M_CASE)
body = leaf(aws_html(inner), 'html', 'utf-8', 'base64')
data = build(body, 'outlook', M_TO, ses_sender(dt), dt, FORM_FROM, M_SUBJ)
add('form-ack-html-only', data, 'case_created', M_CASE, [], True, 'en', 'ack %s' % M_CASE)

# M2 confirmation with an extra question about notifications
dt = datetime(2025, 11, 5, 10, 41, 7, tzinfo=UTC)
new = ('Hi Liam,\n\nThanks for the information you sent. I have everything I need to combine your profiles:\n\n'
       'AWS04488210 (liam.oconnor@corrib-data.ie) -> merged into AWS14903357 (liam.oconnor@live.ie)\n\n'
       'AWS14903357 will remain and everything from AWS04488210 will be moved to it. Once done, this cannot be reversed.\n\n'
       'Could you please confirm you are happy for us to proceed with this?\n\n'
       'Also, a separate question: which e-mail address would you like us to use for exam and recertification '
       'notifications from now on - your Live address or your work address? This does not affect the merge itself.\n\n'
       + form_sig('Niamh K.'))
quoted = q_outlook("Liam O'Connor <%s>" % M_TO, datetime(2025, 11, 4, 18, 9, tzinfo=UTC),
                   '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', 'RE: ' + M_SUBJ,
                   'Hi,\n\nThe old one signs in with liam.oconnor@corrib-data.ie. I want to keep the Live one.\n\nLiam\n\nGet Outlook for Android')
plain = new + '\n\n' + quoted
html = aws_html(paras_html(new) + quoted_html(quoted))
data = build(alt(plain, html), 'outlook', M_TO, ses_sender(dt), dt, FORM_FROM, 'RE:' + M_SUBJ)
add('form-agent-confirm-plus-notification-question', data, 'merge_confirmation_requested', M_CASE,
    ['AWS04488210', 'AWS14903357'], True, 'en', new)


# ============================================================ Story N (小林, corporate server without Authentication-Results)
N_TO = 'n-kobayashi@kobayashi-sekkei.co.jp'
N_OPEN = datetime(2025, 12, 1, 0, 40, 18, tzinfo=UTC)
N_CASE = case15(N_OPEN, '53327')
dt = datetime(2025, 12, 2, 6, 11, 45, tzinfo=UTC)
new = ('小林 直樹 様\n\n平素より AWS をご利用いただき、誠にありがとうございます。\n'
       'AWS トレーニングと認定 サポート担当の佐々木と申します。\n\n'
       'お問い合わせいただきました認定アカウントの統合につきまして、以下の内容にて手続きを進める予定です。\n\n'
       '・統合元: AWS00571326（naoki.kobayashi@gmail.com）\n'
       '・統合先: AWS09964013（%s）※こちらのアカウントが残ります\n\n'
       '統合元アカウントの認定資格および受験履歴は統合先へ引き継がれます。'
       'なお、統合完了後に元の状態へ戻すことはできかねますので、ご留意くださいませ。\n\n'
       '上記の内容にて統合を実施してもよろしいでしょうか。'
       'ご承諾いただける場合は、お手数ですが本メールにその旨をご返信いただけますようお願い申し上げます。\n\n' % N_TO
       + form_sig('佐々木', 'ja'))
quoted = ('-----Original Message-----\nFrom: 小林 直樹 <%s>\nSent: Monday, December 1, 2025 9:40 AM\n'
          'To: aws-cs-trainingcertification-form@amazon.com\nSubject: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n'
          'ご担当者様\n\n個人のGmailで作成したアカウントと会社のアカウントを一つにまとめたいです。\nよろしくお願いします。' % (N_TO, N_CASE))
plain = new + '\n\n' + quoted
body = leaf(plain, 'plain', 'ISO-2022-JP', '7bit')
subj = 'RE:[CASE %s] ' % N_CASE + ew('認定アカウント統合のご確認', 'ISO-2022-JP', 'B')
data = build(body, 'plain', N_TO, ses_sender(dt), dt, FORM_FROM, subj,
             env_kw={'host': 'mx1.kobayashi-sekkei.co.jp', 'tz': JST})
add('form-ja-no-auth-header', data, 'merge_confirmation_requested', N_CASE, ['AWS00571326', 'AWS09964013'], None, 'ja', new)


# ============================================================ Story O (Rebecca, corporate server, console case)
O_TO = 'rebecca.hughes@hughes-partners.co.uk'
O_OPEN = datetime(2025, 1, 20, 9, 12, 3, tzinfo=UTC)
O_CASE = case15(O_OPEN, '62819')
O_TOPIC = 'Please merge my two certification accounts'
O_ENV = {'host': 'mail.hughes-partners.co.uk'}

# O1 case opened (console), echoes the description
dt = O_OPEN + timedelta(seconds=20)
new = ('Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
       'The details of your case are as follows:\n\n'
       'Case ID: %s\nSubject: %s\nSeverity: General guidance\nCorrespondence: Hello, I passed two exams under '
       'AWS13067729 and an older one under AWS08123374 (registered with my previous surname Collins). Could these be '
       'merged into one account please? I would like to keep AWS13067729.\n\n'
       'We will respond to your case as soon as possible.\n\n' % (O_CASE, O_CASE, O_TOPIC) + console_footer(O_CASE))
html = aws_html(paras_html(new))
data = build(alt(new, html), 'plain', O_TO, ses_sender(dt), dt, CONSOLE_FROM,
             'Amazon Web Services: You have opened a new Support case: %s' % O_CASE, env_kw=O_ENV)
add('console-case-opened-en', data, 'case_created', O_CASE, ['AWS08123374', 'AWS13067729'], None, 'en', new)

# O2 confirmation, reply "Confirm" in the Support Center
dt = datetime(2025, 1, 21, 16, 58, 40, tzinfo=UTC)
new = ('Hello Rebecca,\n\nThank you for your patience.\n\n'
       'I have verified both accounts. Can you please confirm that the information below is accurate so that we can '
       'complete the account merge?\n\n'
       '  * Account to merge: AWS08123374 - Rebecca Collins - r.collins@fenwick-dale.co.uk\n'
       '  * Account to keep: AWS13067729 - Rebecca Hughes - rebecca.hughes@hughes-partners.co.uk\n'
       '  * Name on the merged account: Rebecca Hughes\n\n'
       'Kindly be advised that after the merge is processed we are unable to separate the accounts again.\n\n'
       'Please respond with "Confirm" through the Support Center. If any of the details are wrong, let us know what '
       'needs to change.\n\nBest regards,\n\nDiego F.\nAmazon Web Services\n\n' + console_footer(O_CASE))
html = aws_html(paras_html(new))
data = build(alt(new, html, cte='quoted-printable', hcte='base64', style=2), 'plain', O_TO, ses_sender(dt), dt,
             CONSOLE_FROM, 'RE:[CASE %s] %s' % (O_CASE, O_TOPIC), env_kw=O_ENV)
add('console-respond-confirm-no-auth', data, 'merge_confirmation_requested', O_CASE,
    ['AWS08123374', 'AWS13067729'], None, 'en', new)


# ============================================================ Story K (Seun, id spellings, nested quotes)
K_TO = 'seun.adeyemi@outlook.com'
K_OPEN = datetime(2025, 10, 6, 15, 0, 27, tzinfo=UTC)
K_CASE = case15(K_OPEN, '38872')
K_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % K_CASE
dt = datetime(2025, 10, 8, 9, 26, 18, tzinfo=UTC)
new = ('Dear Oluwaseun,\n\nThank you for your response.\n\n'
       'Kindly confirm the below merge request so that we can submit it to the concerned team:\n\n'
       '  Old profile (to be merged)  : AWS 07315568\n'
       '  New profile (to be retained): aws-13390024\n\n'
       'Regarding the third ID you listed in your last e-mail, it belongs to a different candidate and has therefore '
       'not been included in this request. Kindly note the merge is permanent once completed.\n\n'
       'Awaiting your confirmation.\n\n' + form_sig('Faisal R.'))
prev_agent = ('Dear Oluwaseun,\n\nKindly share the candidate IDs of all the profiles you want to merge and mention which '
              'profile you want to retain.\n\nBest regards,\nFaisal R.')
user = ('Hello Faisal,\n\nThe IDs are AWS07315568, AWS13390024 and AWS13390042. I want to keep AWS13390024 please, it is '
        'the one with my Solutions Architect Professional.\n\nThanks\nSeun')
quoted = ("On Tue, Oct 7, 2025 at 6:14 PM, Oluwaseun Adeyemi <%s> wrote:\n" % K_TO
          + gt(user + '\n\n' + 'On Tue, Oct 7, 2025 at 11:02 AM, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n'
               + gt(prev_agent)))
plain = new + '\n\n' + quoted
html = aws_html(paras_html(new) + quoted_html(quoted))
data = build(alt(plain, html), 'outlook', K_TO, ses_sender(dt), dt, FORM_FROM, K_SUBJ)
add('form-agent-kindly-confirm-nested', data, 'merge_confirmation_requested', K_CASE,
    ['AWS07315568', 'AWS13390024'], True, 'en', new)


# ============================================================ Story Q (Fatima, ownership check by reply)
Q_TO = 'fz.benali@gmail.com'
Q_OPEN = datetime(2025, 9, 22, 18, 3, 9, tzinfo=UTC)
Q_CASE = case15(Q_OPEN, '11590')
dt = datetime(2025, 9, 24, 7, 50, 2, tzinfo=UTC)
new = ('Hello Fatima,\n\nThank you for contacting AWS Training and Certification.\n\n'
       'The profile AWS06692018 that you asked us to combine with your current profile is registered to a different '
       'e-mail address than the one this case was opened from. For the security of your certification records, we '
       'need to verify that you own that address before we can take any further action.\n\n'
       'Please send a short reply to this e-mail from the address registered on AWS06692018 (it starts with "f.b" and '
       'ends in "@atlasnet.ma"). Please keep the case number in the subject line. There is no need to include anything '
       'else; we will pick up the case again as soon as your reply arrives.\n\n' + form_sig('Omar S.'))
html = aws_html(paras_html(new))
data = build(alt(new, html), 'gmail', Q_TO, ses_sender(dt), dt, FORM_FROM,
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % Q_CASE)
add('form-agent-reply-from-registered-address', data, 'support_reply', Q_CASE, ['AWS06692018'], True, 'en', new)


# ============================================================ Story S (Rahul, which profile to keep + a third profile)
S_TO = 'rahul.mehta.aws@outlook.com'
S_OPEN = datetime(2025, 8, 4, 4, 22, 50, tzinfo=UTC)
S_CASE = case15(S_OPEN, '77405')
dt = datetime(2025, 8, 5, 6, 9, 33, tzinfo=UTC)
new = ('Hello Rahul,\n\nThank you for writing to AWS Training and Certification.\n\n'
       'I checked the two candidate IDs in your request, AWS01139450 and AWS12986317. While doing so I also found a '
       'third profile, AWS10046621, created in 2021 with the same name and date of birth, but it has no exam history.\n\n'
       'Before I can prepare the merge, could you please let me know:\n\n'
       '1. Which profile you would like to keep as your main one (the others will be merged into it)?\n'
       '2. Whether AWS10046621 is also yours and should be included?\n\n'
       'Once I have your answers I will send you a summary of the changes.\n\n' + form_sig('Ana P.'))
html = aws_html(paras_html(new))
data = build(alt(new, html, cte='base64'), 'outlook', S_TO, ses_sender(dt), dt, FORM_FROM,
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % S_CASE)
add('form-agent-which-to-keep-third-profile', data, 'support_reply', S_CASE,
    ['AWS01139450', 'AWS10046621', 'AWS12986317'], True, 'en', new)


# ============================================================ unrelated look-alikes
def other_sender(from_domain, ip, helo, mailfrom, dkim_d=None, sel='s1', dmarc='pass', policy='REJECT', spf='pass'):
    return Sender('other', from_domain, ip, helo, mailfrom, [('pass', dkim_d or from_domain, sel)] if dkim_d != '' else [],
                  spf, dmarc, policy)


# X1 e-mail address change on the certification profile (separate T&C case), irreversible, asks YES
X1_TO = 'hannah.schmidt.cloud@gmail.com'
X1_OPEN = datetime(2025, 9, 8, 13, 45, 2, tzinfo=UTC)
X1_CASE = case15(X1_OPEN, '26651')
dt = datetime(2025, 9, 9, 8, 30, 44, tzinfo=UTC)
new = ('Hello Hannah,\n\nThank you for contacting AWS Training and Certification.\n\n'
       'You asked us to change the sign-in e-mail address of your certification profile AWS03391175 from '
       'h.schmidt@rheinwerk-it.de to hannah.schmidt.cloud@gmail.com.\n\n'
       'Please be aware of the following before we make the change:\n'
       '- You will sign in with the new address only; the old address will be removed from the profile.\n'
       '- Certificates and Credly badges will be sent to the new address in the future.\n'
       '- Once processed, this change cannot be undone by our team. If you need another change later you will have to '
       'go through identity verification again.\n\n'
       'If you would like us to go ahead with the e-mail change, please reply YES to this e-mail.\n\n'
       + form_sig('Jana V.'))
html = aws_html(paras_html(new))
data = build(alt(new, html), 'gmail', X1_TO, ses_sender(dt), dt, FORM_FROM,
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - profile-update' % X1_CASE)
add('form-agent-email-change-reply-yes', data, 'unrelated', X1_CASE, ['AWS03391175'], True, 'en', new)

# X2 Pearson VUE: confirm exam cancellation, cannot be restored
dt = datetime(2025, 10, 20, 17, 2, 11, tzinfo=UTC)
s = other_sender('pearson.com', '159.112.%d.%d' % (R.randint(1, 250), R.randint(2, 250)), 'mx%d.pearson.com' % R.randint(1, 9),
                 'bounce-%s@pearson.com' % hexrand(8), sel='pvue2023', policy='REJECT')
new = ('Dear Oluwaseun Adeyemi,\n\n'
       'We received a request to cancel the following exam appointment:\n\n'
       'Exam: AWS Certified DevOps Engineer - Professional (DOP-C02)\n'
       'Date: Friday, 14 November 2025, 10:00 AM WAT\n'
       'Delivery: OnVUE online proctored\n'
       'Candidate ID: AWS13390024\nRegistration ID: 512384907\n\n'
       'Please confirm the cancellation by selecting the link below. Once an appointment has been cancelled it cannot be '
       'restored, and you will need to schedule a new appointment. Cancellations made less than 24 hours before the '
       'appointment are not eligible for a refund.\n\n'
       'Confirm cancellation: https://home.pearsonvue.com/aws/confirm-cancel?r=512384907\n\n'
       'If you did not request this, you can ignore this e-mail and your appointment will remain scheduled.\n\n'
       'Pearson VUE\n')
html = html_doc('<div style="max-width:600px;margin:auto;font-family:Arial;">'
                '<img src="https://home.pearsonvue.com/img/pvue-logo.png" width="140" alt="Pearson VUE">' + paras_html(new) + '</div>')
body = alt(new, html, charset='UTF-8', style=1)
data = build(body, 'outlook', K_TO, s, dt, '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>',
             'Please confirm: cancellation of your AWS exam appointment', ses=False,
             msgid='<%s.JavaMail.pvue@prd-notify-%02d>' % (R.randint(10**8, 10**9), R.randint(1, 20)),
             dkim_headers=[('DKIM-Signature', dkim_sig('pearson.com', 'pvue2023', dt))])
add('pearson-vue-confirm-cancellation', data, 'unrelated', None, ['AWS13390024'], False, 'en', new)

# X3 Japanese name change case, はい/いいえ, cannot be undone
X3_OPEN = datetime(2025, 7, 2, 5, 4, 16, tzinfo=UTC)
X3_CASE = case15(X3_OPEN, '80733')
dt = datetime(2025, 7, 3, 1, 15, 29, tzinfo=UTC)
new = ('渡辺 健二 様\n\nAWS サポートの中村でございます。\n\n'
       '認定アカウント AWS13802566 に登録されている氏名（ローマ字表記）の変更について、以下の内容で承りました。\n\n'
       '　変更前: WATANABE KENJI\n　変更後: WATANABE KENJI (渡辺 健二)\n\n'
       '氏名を変更いたしますと、これまでに発行された認定証およびデジタルバッジの表記もあわせて更新され、'
       '変更前の表記に戻すことはできません。また、本人確認書類の氏名と一致しない場合、試験当日に受験いただけない可能性がございます。\n\n'
       '上記の内容で変更を行ってもよろしいでしょうか。サポートセンターより「はい」または「いいえ」でご回答ください。\n\n'
       'よろしくお願いいたします。\n\n中村\nAmazon Web Services\n\n' + console_footer(X3_CASE, 'ja'))
html = aws_html(paras_html(new), 'ja')
data = build(alt(new, html, cte='base64'), 'nifty', B_TO, ses_sender(dt), dt, CONSOLE_FROM,
             ew('RE:[CASE %s] 認定アカウントの氏名変更について' % X3_CASE, 'UTF-8', 'B', first_prefix=9))
add('console-ja-name-change-hai-iie', data, 'unrelated', X3_CASE, ['AWS13802566'], True, 'ja', new)

# X4 Credly's own self-service account merge (code + Complete Account Merge)
dt = datetime(2025, 2, 25, 1, 12, 6, tzinfo=UTC)
s = credly_sender(dt, L_TO)
code = '482913'
new = ('Hi Chen,\n\nWe received a request to merge the Credly account wei.chen@harbourline.com.sg into your account '
       'chen.wei.sg@gmail.com.\n\nYour verification code is: %s\n\n'
       'Enter the code on the merge page, or select Complete Account Merge below. The code expires in 30 minutes.\n\n'
       'Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=%s\n\n'
       'Please note: merging accounts cannot be undone. All badges from the merged account will move to this account '
       'and the other account will be closed.\n\n'
       'If you did not request this, you can safely ignore this e-mail.\n\nThe Credly Team\n' % (code, hexrand(32)))
html = html_doc('<div style="max-width:560px;margin:auto;padding:24px;"><img src="https://images.credly.com/images/credly-logo.png" width="100" alt="Credly">'
                + paras_html(new) + '</div>')
body = mp('alternative', leaf(new, 'plain', 'UTF-8', '7bit', quote_charset=False),
          leaf(html, 'html', 'UTF-8', 'quoted-printable', quote_charset=False), style=1)
data = build(body, 'gmail', L_TO, s, dt, 'Credly <admin@credly.com>', 'Confirm your Credly account merge',
             msgid=credly_msgid(), dkim_headers=credly_dkim(s, dt), ses=False)
add('credly-self-service-merge-code', data, 'unrelated', None, [], True, 'en', new)

# X5 GitHub: pull request merged
dt = datetime(2025, 6, 3, 14, 27, 50, tzinfo=UTC)
s = other_sender('github.com', '192.30.252.%d' % R.randint(200, 210), 'out-%d.smtp.github.com' % R.randint(20, 30),
                 'noreply@github.com', sel='pf2023', policy='REJECT')
new = ('Merged #214 into main.\n\n'
       '-- \nReply to this email directly, view it on GitHub:\n'
       'https://github.com/northpeak-cloud/cert-tracker/pull/214#event-17982214561\n'
       'You are receiving this because you authored the thread.\n\nMessage ID: <northpeak-cloud/cert-tracker/pull/214/issue_event/17982214561@github.com>')
html = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/northpeak-cloud/cert-tracker/pull/214">#214</a> '
        'into main.</p>\n\n<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email '
        'directly, <a href="https://github.com/northpeak-cloud/cert-tracker/pull/214#event-17982214561">view it on GitHub</a>.'
        '<br />You are receiving this because you authored the thread.<img src="https://github.com/notifications/beacon/'
        'AB3XYZ.gif" height="1" width="1" alt="" /></p>\n')
body = mp('alternative', leaf(new, 'plain', 'UTF-8', '7bit', quote_charset=False),
          leaf(html, 'html', 'UTF-8', '7bit', quote_charset=False), boundary='--==_mimepart_%s_%d' % (hexrand(13), R.randint(10**5, 10**6)), style=1)
data = build(body, 'gmail', J_TO, s, dt, '"Marta Berg" <notifications@github.com>',
             'Re: [northpeak-cloud/cert-tracker] Merge duplicate AWS cert accounts in tracker (PR #214)',
             msgid='<northpeak-cloud/cert-tracker/pull/214/issue_event/17982214561@github.com>',
             reply_to='northpeak-cloud/cert-tracker <reply+ABCDEF%s@reply.github.com>' % hexrand(20).upper(),
             cc='Jonas Lindqvist <jonas.lindqvist.dev@gmail.com>, Author <author@noreply.github.com>',
             to_hdr='northpeak-cloud/cert-tracker <cert-tracker@noreply.github.com>',
             dkim_headers=[('DKIM-Signature', dkim_sig('github.com', 'pf2023', dt))], ses=False,
             extra=[('In-Reply-To', '<northpeak-cloud/cert-tracker/pull/214@github.com>'),
                    ('References', '<northpeak-cloud/cert-tracker/pull/214@github.com>'),
                    ('List-ID', 'northpeak-cloud/cert-tracker <cert-tracker.northpeak-cloud.github.com>'),
                    ('X-GitHub-Sender', 'martaberg'), ('X-GitHub-Reason', 'author'), ('Precedence', 'list')])
add('github-pr-merged', data, 'unrelated', None, [], False, 'en', new)

# X6 Amazon Seller Central case about merging seller accounts
dt = datetime(2025, 4, 2, 19, 40, 12, tzinfo=UTC)
new = ('Hello,\n\nThank you for contacting Amazon Selling Partner Support.\n\n'
       'We have reviewed your request to merge your two Seller Central accounts (merchant tokens ending in ...7KQ2 and '
       '...W4N9) into one unified account. Before we submit this to the responsible team, please note that account '
       'merging cannot be reversed, and listings, feedback and reports from the secondary account will be moved to the '
       'primary account.\n\n'
       'Please confirm that you want us to proceed by replying "Yes" to this case.\n\n'
       'We value your feedback. Please rate my response using the buttons at the bottom of this message.\n\n'
       'Best regards,\nRashmi\nAmazon.com\nhttps://sellercentral.amazon.com\n')
html = html_doc(paras_html(new) + '<p>Was this response helpful? <a href="https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=5884881212&amp;r=y">Yes</a> | '
                '<a href="https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=5884881212&amp;r=n">No</a></p>')
data = build(alt(new, html, cte='quoted-printable', style=1), 'gmail', D_TO, ses_sender(dt), dt,
             '"Amazon Selling Partner Support" <sellercentral-support@amazon.com>', 'RE:[CASE 5884881212] Merge seller accounts')
add('seller-central-merge-seller-accounts', data, 'unrelated', '5884881212', [], True, 'en', new)

# X7 AWS billing case: move an account into an organization, irreversible payer change
X7_OPEN = datetime(2025, 11, 12, 15, 28, 4, tzinfo=UTC)
X7_CASE = case15(X7_OPEN, '46120')
dt = datetime(2025, 11, 13, 9, 2, 57, tzinfo=UTC)
new = ('Hello Liam,\n\nThank you for contacting AWS Billing and Accounts.\n\n'
       'As discussed, we can move the standalone AWS account 447122905813 into your organization (management account '
       '210938457716) so that both are billed together under consolidated billing. Please keep in mind that invoices '
       'already issued to the standalone account will not be re-issued, and the payer change cannot be reverted for the '
       'current billing period.\n\n'
       'Please confirm you would like us to proceed by replying to this case in the Support Center.\n\n'
       'Best regards,\n\nSamir D.\nAmazon Web Services\n\n' + console_footer(X7_CASE))
html = aws_html(paras_html(new))
data = build(alt(new, html), 'outlook', M_TO, ses_sender(dt), dt, CONSOLE_FROM,
             'RE:[CASE %s] Consolidated billing - move account into organization' % X7_CASE)
add('console-billing-consolidate-accounts', data, 'unrelated', X7_CASE, [], True, 'en', new)

# X8 Credly badge expiry reminder
dt = datetime(2025, 11, 20, 12, 0, 4, tzinfo=UTC)
s = credly_sender(dt, A_TO)
new = ('Hi Daniel,\n\nYour AWS Certified Cloud Practitioner badge from %s expires on December 20, 2025.\n\n'
       'To keep your badge active, complete the recertification requirements before the expiration date. Expired badges '
       'remain on your profile but are marked as expired.\n\n'
       'View badge: https://www.credly.com/badges/%s\n\nThe Credly Team\n' % (issuer, str(uuid.UUID(int=R.getrandbits(128)))))
html = html_doc('<div style="max-width:600px;margin:auto;padding:24px;">' + paras_html(new) + '</div>')
body = mp('alternative', leaf(new, 'plain', 'UTF-8', 'quoted-printable', quote_charset=False),
          leaf(html, 'html', 'UTF-8', 'quoted-printable', quote_charset=False), style=1)
data = build(body, 'gmail', A_TO, s, dt, '"Credly" <admin@credly.com>', 'Your badge expires in 30 days',
             msgid=credly_msgid(), dkim_headers=credly_dkim(s, dt), ses=False)
add('credly-expiry-reminder', data, 'unrelated', None, [], True, 'en', new)

# X9 CertMetrics survey invitation
dt = datetime(2025, 8, 12, 16, 31, 9, tzinfo=UTC)
s = other_sender('certmetrics.com', '198.2.%d.%d' % (R.randint(128, 191), R.randint(2, 250)), 'mail%d.certmetrics.com' % R.randint(1, 5),
                 'bounce@mail.certmetrics.com', sel='k1', policy='NONE')
new = ('Hello Hannah,\n\nAWS Certification wants to hear from you!\n\n'
       'You recently earned an AWS Certification. Please take 5 minutes to tell us about your experience preparing for '
       'and taking the exam. Your feedback helps us improve AWS Certification for everyone.\n\n'
       'Take the survey: https://www.certmetrics.com/amazon/survey/?s=%s\n\n'
       'Thank you,\nAWS Training and Certification\n\nThis e-mail was sent by CertMetrics on behalf of AWS Certification. '
       'Please do not reply to this e-mail.\n' % hexrand(32))
html = html_doc(paras_html(new))
data = build(alt(new, html, style=1), 'gmail', X1_TO, s, dt, '"AWS Certification" <do-not-reply@certmetrics.com>',
             'AWS Certification wants to hear from you', ses=False,
             msgid='<%s@mail.certmetrics.com>' % str(uuid.UUID(int=R.getrandbits(128))),
             dkim_headers=[('DKIM-Signature', dkim_sig('certmetrics.com', 'k1', dt))])
add('certmetrics-survey-invite', data, 'unrelated', None, [], False, 'en', new)

# X10 phishing about revocation (not about the merge), look-alike domain, Outlook flags it
dt = datetime(2025, 10, 29, 3, 17, 40, tzinfo=UTC)
s = Sender('phish', 'aws-certif1cation-team.com', '91.92.%d.%d' % (R.randint(1, 250), R.randint(2, 250)),
           'vps-31822.aws-certif1cation-team.com', 'info@aws-certif1cation-team.com', [], 'softfail', None, compauth='fail')
new = ('Dear candidate,\n\nDuring a routine audit we detected unusual exam activity on candidate ID AWS13390024. To '
       'avoid permanent revocation of your certifications, you must verify your identity within 12 hours.\n\n'
       'Verify now: http://aws-certif1cation-team.com/verify?id=AWS13390024\n\n'
       'Failure to verify will result in revocation, which cannot be undone.\n\nAWS Certification Security Team\n')
body = leaf(html_doc(paras_html(new)), 'html', 'utf-8', 'base64')
data = build(body, 'outlook', K_TO, s, dt, '"AWS Certification" <security@aws-certif1cation-team.com>',
             'URGENT: Certification revocation notice', ses=False, dkim_headers=[],
             msgid='<%s@vps-31822.aws-certif1cation-team.com>' % hexrand(20))
add('phish-revocation-not-merge', data, 'unrelated', None, ['AWS13390024'], False, 'en', new)

# X11 AWS Builder ID verification code, corporate server without Authentication-Results
dt = datetime(2025, 1, 22, 8, 5, 31, tzinfo=UTC)
s = ses_sender(dt, 'signin.aws')
new = ('Verify your AWS Builder ID email address\n\n'
       'Thank you for creating an AWS Builder ID. Use the code below to verify your e-mail address.\n\n'
       'Verification code: 493812\n\n'
       'This code expires 10 minutes after it was sent. If you did not request this code, you can ignore this message.\n\n'
       'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.\n')
html = aws_html(paras_html(new))
data = build(alt(new, html), 'plain', O_TO, s, dt, '"AWS Builder ID" <no-reply@signin.aws>',
             'Verify your AWS Builder ID email address', env_kw=O_ENV)
add('builder-id-code-no-auth', data, 'unrelated', None, [], None, 'en', new)

# ==== END MAILS ====
def write_all():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fname, data, lab in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        labels[fname] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
        fh.write('\n')
    print('wrote %d mails' % len(MAILS))



def decoded_text(raw):
    from email.header import decode_header, make_header
    msg = email.message_from_bytes(raw)
    out = []
    for k in ('Subject', 'From', 'To'):
        v = msg.get(k)
        if v is not None:
            try:
                out.append(str(make_header(decode_header(v))))
            except Exception:
                out.append(str(v))
    for part in msg.walk():
        if part.get_content_maintype() != 'text':
            continue
        b = part.get_payload(decode=True) or b''
        cs = (part.get_content_charset() or 'us-ascii').lower()
        if cs in ('shift_jis', 'shift-jis', 'sjis', 'x-sjis'):
            cs = 'cp932'
        try:
            out.append(b.decode(cs))
        except Exception:
            out.append(b.decode('utf-8', 'replace'))
    return msg, '\n'.join(out)


def check():
    labels = json.load(open(os.path.join(OUT, 'labels.json'), encoding='utf-8'))
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    assert sorted(labels) == files, 'labels/files mismatch'
    bad = 0
    for f in files:
        raw = open(os.path.join(OUT, f), 'rb').read()
        msg, text = decoded_text(raw)
        lab = labels[f]
        if msg.defects:
            print(f, 'defects', msg.defects)
        for part in msg.walk():
            if part.defects:
                print(f, 'part defects', part.defects)
        norm = {'AWS' + m for m in ID_RE.findall(text)}
        for i in lab['account_ids']:
            if i not in norm:
                print(f, 'missing id', i); bad += 1
        if lab['case_id'] and lab['case_id'] not in text:
            print(f, 'missing case', lab['case_id']); bad += 1
        if lab['case_id']:
            assert lab['case_id'].isdigit() and len(lab['case_id']) in (10, 11, 15), (f, lab['case_id'])
            if len(lab['case_id']) == 15:
                ts = int(lab['case_id'][:10])
                d = email.utils.parsedate_to_datetime(msg['Date']).timestamp()
                if not (0 <= d - ts < 86400 * 60):
                    print(f, 'case timestamp vs Date off', d - ts); bad += 1
    print('checked %d files, %d problems' % (len(files), bad))


write_all()
check()
