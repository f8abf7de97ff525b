#!/usr/bin/env python3
"""Generator for blind set 246: AWS Certification account-merge mailbox test data.

Emphasis: merge confirmation requests and things that resemble them.
Run: python3 make_set.py  -> writes NNN-*.eml and labels.json into this folder.
"""
import base64
import hashlib
import io
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone

from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(246)
LABELS = {}

UTC = timezone.utc
JST = timezone(timedelta(hours=9), 'JST')
PDT = timezone(timedelta(hours=-7))
EDT = timezone(timedelta(hours=-4))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=5, minutes=30))

CODECS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
          'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}

ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)')


def dt(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def case15(opened, tail):
    """15-digit display id: unix time of opening + 5 digits."""
    return '%d%05d' % (int(opened.timestamp()), tail)


def b64rand(n):
    return base64.b64encode(rng.randbytes(n)).decode()


def hexrand(n):
    return rng.randbytes(n).hex()


def ses_id(date, region='email.amazonses.com'):
    ms = int(date.timestamp() * 1000)
    u = hexrand(16)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@%s>' % (
        ms, u[:8], u[8:12], u[12:16], u[16:20], u[20:32], region)


def ses_mailfrom(date):
    ms = int(date.timestamp() * 1000)
    u = hexrand(16)
    return '0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com' % (
        ms, u[:8], u[8:12], u[12:16], u[16:20], u[20:32])


def rfc(d):
    return format_datetime(d)


def fold_b(s, width=70, indent='\t'):
    out = [s[i:i + width] for i in range(0, len(s), width)]
    return ('\n' + indent).join(out)


def dkim_sig(d, s, date, h='Subject:From:To:Date:MIME-Version:Content-Type:Message-ID'):
    t = int(date.timestamp())
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n'
            '\th=%s;\n\tbh=%s;\n\tb=%s') % (
        s, d, t, h, b64rand(32), fold_b(b64rand(256)))


SEL_AMZ = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
SEL_SES = '224i4yxa5dv7c2xz3womw6peuasteono'
SES_IPS = [('a8-33.smtp-out.amazonses.com', '54.240.8.33'),
           ('a8-112.smtp-out.amazonses.com', '54.240.8.112'),
           ('a48-93.smtp-out.amazonses.com', '54.240.48.93'),
           ('a11-61.smtp-out.amazonses.com', '54.240.11.61'),
           ('a27-27.smtp-out.us-west-2.amazonses.com', '54.240.27.27')]


# ---------------------------------------------------------------- trace headers
def trace(provider, to_addr, date, *, mailfrom, helo, ip, dkim=(), spf='pass',
          dmarc=None, from_domain='amazon.com', extra_ar_below=None):
    """Return receiving-side headers (top first).

    dkim: list of (result, domain, selector)
    dmarc: None (no dmarc clause), or 'pass'/'fail'/'none'
    extra_ar_below: a raw Authentication-Results value placed lower (sender-forged)
    """
    r1 = date + timedelta(seconds=rng.randint(1, 4))
    r2 = r1 + timedelta(seconds=rng.randint(0, 2))
    H = []
    mf_dom = mailfrom.split('@')[1]
    if provider == 'gmail':
        parts = []
        for res, d, s in dkim:
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, s, b64rand(6)[:8]))
        if spf == 'pass':
            parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom))
        elif spf:
            parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, mailfrom, ip, mailfrom))
        if dmarc == 'pass':
            parts.append('dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s' % from_domain)
        elif dmarc == 'fail':
            parts.append('dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s' % from_domain)
        elif dmarc:
            parts.append('dmarc=%s (p=NONE sp=NONE dis=NONE) header.from=%s' % (dmarc, from_domain))
        ar = 'mx.google.com;\n       ' + ';\n       '.join(parts)
        gtz = PDT if 3 < r2.month < 11 else timezone(timedelta(hours=-8))
        gstamp = lambda x: rfc(x.astimezone(gtz)) + (' (PDT)' if gtz is PDT else ' (PST)')
        H.append(('Delivered-To', to_addr))
        H.append(('Received', 'by 2002:a05:%s:%x:b0:%x:%x:%x with SMTP id %scsp%d;\n        %s' % (
            rng.choice(['7010', '6a10', '7300', '6358']), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff),
            rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff), hexrand(5)[:9], rng.randint(100000, 9999999), gstamp(r2))))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + b64rand(60)[:76]))
        H.append(('X-Received', 'by 2002:a05:6214:%x:b0:6fa:%x:%x with SMTP id %s-%s.%d.%d;\n        %s' % (
            rng.randint(0x1000, 0x2fff), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff), hexrand(3), hexrand(6),
            rng.randint(10, 99), int(r2.timestamp()) * 1000 + rng.randint(0, 999), gstamp(r2))))
        H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
            int(r1.timestamp()), fold_b(b64rand(180), 64, '        '))))
        H.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (
            b64rand(32), b64rand(32), fold_b(b64rand(180), 64, '        '))))
        H.append(('ARC-Authentication-Results', 'i=1; ' + ar))
        H.append(('Return-Path', '<%s>' % mailfrom))
        lt = r1.astimezone(gtz)
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%d%s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            helo, helo, ip, hexrand(6)[:11], hexrand(5)[:9], rng.randint(1000000, 99999999), hexrand(2)[:2],
            rng.randint(100, 999), lt.strftime('%Y.%m.%d.%H.%M.%S'), to_addr, gstamp(r1))))
        H.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
            spf or 'neutral', mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip)))
        H.append(('Authentication-Results', ar))
    elif provider == 'outlook':
        parts = []
        spf_s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s' % (spf, ip, mf_dom)
        d_pass = [d for res, d, s in dkim if res == 'pass']
        if dkim:
            res, d, s = dkim[0]
            dk = 'dkim=%s (%s)\n header.d=%s' % (res, 'signature was verified' if res == 'pass' else 'signature did not verify', d)
        else:
            dk = 'dkim=none (message not signed)\n header.d=none'
        dm = 'dmarc=%s action=%s\n header.from=%s' % (dmarc or 'none', 'none' if dmarc != 'fail' else 'quarantine', from_domain)
        comp = 'compauth=%s reason=%s' % ('pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000')
        ar = '%s; %s;%s;%s' % (spf_s, dk, dm, comp)
        srv = rng.choice(['SA1PR19MB5203', 'PH0PR19MB7110', 'DM6PR19MB4021', 'CH3PR19MB7622'])
        fe = rng.choice(['SN1PEPF0002636A', 'BN2PEPF000044A7', 'SA2PEPF00001509'])
        H.append(('Received', 'from %s.namprd19.prod.outlook.com (2603:10b6:%x:%x::%x)\n by %s.namprd19.prod.outlook.com with HTTPS; %s' % (
            srv, rng.randint(0x100, 0xfff), rng.randint(0x10, 0xff), rng.randint(1, 99), srv, rfc(r2))))
        H.append(('Received', 'from %s.namprd19.prod.outlook.com (2603:10b6:%x:%x::%x)\n by %s.namprd19.prod.outlook.com (2603:10b6:%x:%x::%x) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            fe, rng.randint(0x100, 0xfff), rng.randint(0x10, 0xff), rng.randint(1, 99), srv, rng.randint(0x100, 0xfff),
            rng.randint(0x10, 0xff), rng.randint(1, 99), rng.randint(8000, 9200), rng.randint(10, 40), rfc(r2))))
        H.append(('Authentication-Results', ar))
        H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (
            spf.capitalize(), mf_dom, 'designates' if spf == 'pass' else 'does not designate', ip, ip, helo)))
        H.append(('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s' % (
            helo, ip, fe, rng.randint(1, 254), rng.randint(1, 254), rng.randint(8000, 9200), rng.randint(10, 40), rfc(r1))))
        H.append(('X-MS-Exchange-Organization-AuthSource', '%s.namprd19.prod.outlook.com' % fe))
        H.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
        H.append(('X-MS-Exchange-Organization-SCL', '1'))
        H.append(('Return-Path', mailfrom))
    elif provider == 'yahoo':
        parts = []
        for res, d, s in dkim:
            parts.append('dkim=%s header.i=@%s header.s=%s' % (res, d, s))
        parts.append('spf=%s smtp.mailfrom=%s' % (spf, mf_dom))
        if dmarc:
            parts.append('dmarc=%s(p=QUARANTINE) header.from=%s' % (dmarc, from_domain))
        ar = 'atlas-production.v2.mail.gq1.yahoo.com;\n ' + ';\n '.join(parts) + ';'
        H.append(('X-Apparently-To', '%s; %s' % (to_addr, rfc(r2))))
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received-SPF', '%s (domain of %s designates %s as permitted sender)' % (spf, mf_dom, ip)))
        H.append(('X-YMailISG', b64rand(40)))
        H.append(('X-Originating-IP', '[%s]' % ip))
        H.append(('Authentication-Results', ar))
        H.append(('Received', 'from %s (EHLO %s)(%s)\n by %d.mail.gq1.yahoo.com with SMTPs; %s' % (
            helo, helo, ip, rng.randint(100, 300), rfc(r1))))
    elif provider in ('nifty', 'sonet', 'biglobe', 'corpjp', 'ocn'):
        host = {'nifty': 'mx.nifty.com', 'sonet': 'mfilter-s%03d.so-net.ne.jp' % rng.randint(1, 30),
                'biglobe': 'mta-inb-%02d.mail.biglobe.ne.jp' % rng.randint(1, 40),
                'corpjp': 'mx01.hoshizora-sys.co.jp', 'ocn': 'mfgw%d.ocn.ad.jp' % rng.randint(1, 9)}[provider]
        ar_hdrs = []
        if provider == 'corpjp':
            # opendkim + opendmarc style: two headers from the same authserv-id
            if dmarc:
                ar_hdrs.append('%s; dmarc=%s (p=quarantine dis=none) header.from=%s' % (host, dmarc, from_domain))
            dparts = []
            for res, d, s in dkim:
                dparts.append('%s; dkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.b="%s"' % (host, res, d, d, b64rand(6)[:8]))
            ar_hdrs.extend(dparts)
            ar_hdrs.append('%s; spf=%s smtp.mailfrom=%s' % (host, spf, mailfrom))
        else:
            parts = ['spf=%s smtp.mailfrom=%s' % (spf, mailfrom)]
            for res, d, s in dkim:
                if provider == 'nifty':
                    parts.append('dkim=%s header.i=@%s' % (res, d))
                else:
                    parts.append('dkim=%s header.d=%s header.s=%s' % (res, d, s))
            if dmarc:
                parts.append('dmarc=%s header.from=%s' % (dmarc, from_domain))
            ar_hdrs.append(host + ';\n\t' + ';\n\t'.join(parts))
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Delivered-To', to_addr))
        for a in ar_hdrs:
            H.append(('Authentication-Results', a))
        H.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s' % (
            helo, helo, ip, host, hexrand(6).upper()[:11], to_addr, rfc(r1.astimezone(JST)))))
    elif provider == 'icloud':
        H.append(('Received', 'from %s (%s [%s])\n\tby p00-icloudmta-asmtp-us-west-1a-%d-percent-%d (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            helo, helo, ip, rng.choice([10, 60, 100]), rng.randint(0, 9), hexrand(6).upper()[:12], to_addr, rfc(r1))))
        if dmarc:
            H.append(('Authentication-Results', 'dmarc.icloud.com; dmarc=%s header.from=%s' % (dmarc, from_domain)))
        for res, d, s in dkim:
            H.append(('Authentication-Results', 'dkim-verifier.icloud.com; dkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=%s' % (res, d, d, b64rand(6)[:8])))
        H.append(('Authentication-Results', 'spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (spf, mailfrom, ip, mailfrom)))
        H.append(('Received-SPF', '%s (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s' % (spf, mailfrom, ip, ip, helo, mailfrom)))
        H.append(('Return-Path', '<%s>' % mailfrom))
    elif provider == 'proton':
        if dmarc:
            H.append(('Authentication-Results', 'mail.protonmail.ch; dmarc=%s (p=quarantine dis=none)\n header.from=%s' % (dmarc, from_domain)))
        H.append(('Authentication-Results', 'mail.protonmail.ch; spf=%s smtp.mailfrom=%s' % (spf, mf_dom)))
        for res, d, s in dkim:
            H.append(('Authentication-Results', 'mail.protonmail.ch; dkim=%s (%s-bit key)\n header.d=%s header.i=@%s header.b="%s"' % (res, 2048 if d == 'amazon.com' else 1024, d, d, b64rand(6)[:8])))
        H.append(('Received', 'from %s (%s [%s]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits)\n key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n (No client certificate requested) by mailin%03d.protonmail.ch (Postfix) with\n ESMTPS id 4c%s for <%s>; %s' % (
            helo, helo, ip, rng.randint(1, 60), hexrand(6)[:11], to_addr, rfc(r1))))
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('X-Original-To', to_addr))
    elif provider == 'none':
        # internal relay that adds no Authentication-Results at all
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from mailgw2.kowalski-it.pl (mailgw2.kowalski-it.pl [185.23.101.14])\n\tby mail.kowalski-it.pl (Postfix) with ESMTP id 47B2C1A0093\n\tfor <%s>; %s' % (to_addr, rfc(r2.astimezone(CET)))))
        H.append(('Received', 'from %s (%s [%s])\n\tby mailgw2.kowalski-it.pl (Postfix) with ESMTPS id 3C91E2E0141\n\tfor <%s>; %s' % (helo, helo, ip, to_addr, rfc(r1.astimezone(CET)))))
    else:
        raise ValueError(provider)
    if extra_ar_below:
        H.append(('Authentication-Results', extra_ar_below))
    return H


def ses_trace(provider, to_addr, date, **kw):
    helo, ip = kw.pop('host', rng.choice(SES_IPS))
    mailfrom = ses_mailfrom(date)
    kw.setdefault('dkim', [('pass', 'amazon.com', SEL_AMZ), ('pass', 'amazonses.com', SEL_SES)])
    kw.setdefault('dmarc', 'pass')
    h = trace(provider, to_addr, date, mailfrom=mailfrom, helo=helo, ip=ip, **kw)
    h.append(('DKIM-Signature', dkim_sig('amazon.com', SEL_AMZ, date)))
    h.append(('DKIM-Signature', dkim_sig('amazonses.com', SEL_SES, date, 'Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID')))
    return h


# ---------------------------------------------------------------- body parts
def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None, quote_cs=True):
    codec = codec or CODECS[charset]
    raw = text.encode(codec)
    p = Message()
    if quote_cs:
        p['Content-Type'] = 'text/%s; charset="%s"' % (subtype, charset)
    else:
        p['Content-Type'] = 'text/%s; charset=%s' % (subtype, charset)
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    return p


def alternative(plain_part, html_part, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary)
    del m['MIME-Version']
    m.attach(plain_part)
    m.attach(html_part)
    return m


def html_wrap(body_html, title='', lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n') % (lang, title, body_html)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def txt2html(t):
    """Plain text to simple HTML paragraphs; lines starting with '>' become blockquote."""
    out = []
    for para in t.strip('\n').split('\n\n'):
        out.append('<p>' + '<br>\n'.join(esc(l) for l in para.split('\n')) + '</p>')
    return '\n'.join(out)


def html_to_text(h):
    h = re.sub(r'(?is)<(style|script|title).*?</\1>', ' ', h)
    h = re.sub(r'(?i)<br\s*/?>|</p>|</tr>|</div>|</li>|</h\d>', '\n', h)
    h = re.sub(r'<[^>]+>', ' ', h)
    h = h.replace('&nbsp;', ' ').replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>')
    return h


def ew(s, label, codec, chunk=12, enc='B'):
    """Manual encoded-words folded over lines (for charsets Header() converts)."""
    words = []
    for i in range(0, len(s), chunk):
        raw = s[i:i + chunk].encode(codec)
        if enc == 'B':
            words.append('=?%s?B?%s?=' % (label, base64.b64encode(raw).decode()))
        else:
            q = ''.join(c if (c.isalnum() and ord(c) < 128) else '=%02X' % ord(c) for c in raw.decode('latin-1'))
            words.append('=?%s?Q?%s?=' % (label, q))
    return '\n '.join(words)


def fmt_from(name, addr, charset='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), addr)


def norm_ids(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


# ---------------------------------------------------------------- assemble
def mk(fn, *, kind, case_id, lang, verified, frm, to, subject, date, headers,
       body, new_text, msgid=None, extra=(), subj_charset=None, ids=None):
    """body: a Message (part or multipart). new_text: the NEW part of the mail (plain) for labels."""
    content = [(k, v) for k, v in body._headers]
    body._headers = []
    for k, v in headers:
        body[k] = v
    body['Date'] = rfc(date)
    body['From'] = frm
    body['To'] = to
    if subj_charset:
        if subj_charset == 'shift_jis':
            body['Subject'] = ew(subject, 'shift_jis', 'cp932')
        else:
            body['Subject'] = Header(subject, subj_charset, maxlinelen=76).encode(maxlinelen=76)
    else:
        body['Subject'] = subject
    body['Message-ID'] = msgid or '<%s@%s>' % (hexrand(12), frm.split('@')[-1].rstrip('>'))
    for k, v in extra:
        body[k] = v
    body['MIME-Version'] = '1.0'
    for k, v in content:
        if k.lower() != 'mime-version':
            body._headers.append((k, v))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    data = buf.getvalue().replace(b'\r\n', b'\n')
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(data)
    auto = norm_ids(new_text)
    if ids is not None:
        assert sorted(ids) == auto, (fn, ids, auto)
    LABELS[fn] = {'kind': kind, 'case_id': case_id, 'account_ids': auto,
                  'sender_verified': verified, 'language': lang}


AWS_FORM = formataddr(('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com'))
AWS_NOREPLY = formataddr(('Amazon Web Services', 'no-reply-aws@amazon.com'))
def SES_EXTRA(d, region='us-east-1'):
    return [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, b64rand(32)[:43])),
            ('X-SES-Outgoing', '%s-54.240.8.%d' % (d.strftime('%Y.%m.%d'), rng.randint(1, 250)))]

FORM_FOOTER = """
To contact us again about this case, please reply to this email. Please do not
open a new case for the same request, as this may delay our response.
"""

CONSOLE_FOOTER = """
To see all your cases, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Was this response helpful? Please rate this correspondence in the Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

# =================================================================== MAILS
def mails_part1():
    # ---------------- Case C1: form case, English, Gmail user
    u = 'priya.raman.dev@gmail.com'
    to = formataddr(('Priya Raman', u))
    op = dt('2025-05-27 23:14:05')
    cid = case15(op, 20817)
    subj_form = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid

    # 001 case_created
    d = op + timedelta(seconds=41)
    new = """Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your request and a
support case has been created for you. Your case ID is {cid}.

A member of our team will review your inquiry and get back to you, usually within
24 hours. To help us serve you faster, please keep the case ID in the subject line
if you write to us about this request.

Please do not submit another request for the same issue - duplicate cases may slow
down our response.

Kind regards,
AWS Training and Certification Customer Support
""".format(cid=cid)
    html = html_wrap('<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">'
                     '<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="90"></td></tr>'
                     '<tr><td style="padding:20px">' + txt2html(new) + '</td></tr></table>', 'AWS Training and Certification')
    body = alternative(text_part(new, cte='7bit'), text_part(html, 'html', cte='quoted-printable'))
    mk('001-form-ack-case-received.eml', kind='case_created', case_id=cid, lang='en', verified=True,
       frm=AWS_FORM, to=to, subject='[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
       date=d, headers=ses_trace('gmail', u, d), body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d))

    # 002 merge_confirmation_requested
    d = dt('2025-05-28 15:02:47')
    new = """Hello Priya,

Thank you for reaching out to AWS Training and Certification.

I understand that you would like to merge your two AWS Certification accounts. After
reviewing our records I was able to locate the following profiles:

  Account to be merged (will be deactivated):  AWS04418275  (p.raman@tessaract-labs.com)
  Account to be retained (primary):            AWS10392856  (priya.raman.dev@gmail.com)

All certifications, exam history and benefits from AWS04418275 will be moved to
AWS10392856. After the merge you will sign in with the e-mail address of the retained
account only.

Please be aware that an account merge is permanent and cannot be reversed once it is
completed.

Could you please reply to this e-mail to confirm that the details above are correct
and that you would like us to go ahead? We will not make any change until we receive
your confirmation.

Best regards,

Harsha V.
AWS Training and Certification
""" + FORM_FOOTER
    quoted = """
-----Original Message-----
From: priya.raman.dev@gmail.com
Sent: 2025-05-27 23:14 UTC
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS10392856

Description: Hi, I have two certification accounts, an old one from my previous employer
(p.raman@tessaract-labs.com, ID aws04418275) and my personal one. Please merge the old
one into my personal account. Thanks!
"""
    body = text_part(new + quoted, cte='quoted-printable')
    mk('002-confirm-two-accounts-primary-retained.eml', kind='merge_confirmation_requested', case_id=cid, lang='en',
       verified=True, frm=AWS_FORM, to=to, subject=subj_form, date=d, headers=ses_trace('gmail', u, d),
       body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS04418275', 'AWS10392856'])

    # 003 support_reply: thanks for confirming, will proceed
    d = dt('2025-05-29 09:41:12')
    new = """Hi Priya,

Thank you for confirming. I have now submitted the request to consolidate AWS04418275
into AWS10392856 to our back-office team and they will take it from here.

You will receive another e-mail from us once this has been actioned. In the meantime
please do not schedule any new exam on either account.

Regards,

Harsha V.
AWS Training and Certification
""" + FORM_FOOTER
    quoted = """
On Wed, May 28, 2025 at 8:47 PM Priya Raman <priya.raman.dev@gmail.com> wrote:
> Hello Harsha,
>
> The details are correct. Please proceed with the merge.
>
> Thanks,
> Priya
>
> On Wed, May 28, 2025 at 3:02 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Priya,
> >
> > I understand that you would like to merge your two AWS Certification accounts.
> >   Account to be merged (will be deactivated):  AWS04418275
> >   Account to be retained (primary):            AWS10392856
> >
> > Could you please reply to this e-mail to confirm that the details above are correct
> > and that you would like us to go ahead?
"""
    body = text_part(new + quoted, cte='quoted-printable')
    mk('003-thanks-for-confirming-will-proceed.eml', kind='support_reply', case_id=cid, lang='en', verified=True,
       frm=AWS_FORM, to=to, subject=subj_form, date=d, headers=ses_trace('gmail', u, d), body=body, new_text=new,
       msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS04418275', 'AWS10392856'])

    # 004 merge_completed
    d = dt('2025-05-30 02:18:55')
    new = """Hello Priya,

Good news - your AWS Certification accounts have now been combined. AWS10392856 is your
active account and it now shows the certifications that were previously held on
AWS04418275. The old profile has been deactivated and can no longer be used to sign in.

Please allow up to 48 hours for your digital badges to be reissued through Credly. If
the badges do not appear after that time, reply to this e-mail and we will look into it.

We recommend signing in to https://www.aws.training/Certification and checking that your
certifications and exam benefits are listed as expected.

Best regards,

Harsha V.
AWS Training and Certification
"""
    html = html_wrap(txt2html(new))
    body = alternative(text_part(new, cte='quoted-printable'), text_part(html, 'html', cte='base64'))
    mk('004-accounts-combined-done.eml', kind='merge_completed', case_id=cid, lang='en', verified=True,
       frm=AWS_FORM, to=to, subject=subj_form, date=d, headers=ses_trace('gmail', u, d), body=body, new_text=new,
       msgid=ses_id(d), extra=SES_EXTRA(d))

    # 005 survey
    d = dt('2025-05-30 02:19:31')
    new = """Dear Customer,

Your case {cid} has been resolved and is now closed.

We would love to hear about your experience. Was your issue resolved?

   YES  https://survey.aws-tc-support.amazon.com/s/csat?c={cid}&r=1
   NO   https://survey.aws-tc-support.amazon.com/s/csat?c={cid}&r=0

It only takes a minute, and your feedback helps us improve AWS Training and
Certification support.

Thank you,
AWS Training and Certification
""".format(cid=cid)
    html = html_wrap('<h2 style="color:#232f3e">How did we do?</h2>' + txt2html(new).replace(
        'YES  https://survey.aws-tc-support.amazon.com/s/csat?c=%s&amp;r=1' % cid,
        '<a href="https://survey.aws-tc-support.amazon.com/s/csat?c=%s&amp;r=1" style="background:#ff9900;color:#fff;padding:6px 14px">YES</a>' % cid).replace(
        'NO   https://survey.aws-tc-support.amazon.com/s/csat?c=%s&amp;r=0' % cid,
        '<a href="https://survey.aws-tc-support.amazon.com/s/csat?c=%s&amp;r=0" style="background:#545b64;color:#fff;padding:6px 14px">NO</a>' % cid))
    body = text_part(html, 'html', cte='quoted-printable')
    mk('005-case-closed-was-it-resolved.eml', kind='survey', case_id=cid, lang='en', verified=True,
       frm=AWS_FORM, to=to, subject='Your AWS Training and Certification case %s has been closed' % cid, date=d,
       headers=ses_trace('gmail', u, d), body=body, new_text=html_to_text(html), msgid=ses_id(d), extra=SES_EXTRA(d))

    # 006 credly badge
    d = dt('2025-05-31 11:06:20')
    new = """Priya, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Developer - Associate

This badge was issued to your account as part of an update to your AWS Certification
profile. Accept your badge to add it to your Credly profile and share it with your network.

Accept your badge: https://www.credly.com/earner/earned/badge/5d1f0a3e-92b7-4c6e-8f01-7ab3c2e9d410

Questions? Visit https://support.credly.com

Credly, Inc. | 1 World Trade Center, Suite 85K | New York, NY 10007
Unsubscribe from badge notifications: https://www.credly.com/earner/settings/notifications
"""
    html = html_wrap('<div style="text-align:center"><img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="120" alt="badge"></div>'
                     + txt2html(new).replace('Accept your badge: https://www.credly.com/earner/earned/badge/5d1f0a3e-92b7-4c6e-8f01-7ab3c2e9d410',
                                             '<a href="https://www.credly.com/earner/earned/badge/5d1f0a3e-92b7-4c6e-8f01-7ab3c2e9d410" style="background:#ff6b00;color:#fff;padding:10px 22px;border-radius:4px">Accept your badge</a>'))
    body = alternative(text_part(new, cte='7bit'), text_part(html, 'html', cte='quoted-printable'))
    h = trace('gmail', u, d, mailfrom='bounces+1893215-5c3e-%s=gmail.com@em.credly.com' % u.split('@')[0],
              helo='o1.em.credly.com', ip='167.89.101.34', dkim=[('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')],
              dmarc='pass', from_domain='credly.com')
    h.append(('DKIM-Signature', dkim_sig('credly.com', 's1', d, 'from:subject:mime-version:content-type:to:cc:content-type:from:subject:to')))
    mk('006-credly-developer-badge-after-update.eml', kind='credly_badge_issued', case_id=None, lang='en', verified=True,
       frm=formataddr(('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')), to=to,
       subject="Priya, you've earned the AWS Certified Developer - Associate badge!", date=d, headers=h, body=body,
       new_text=new, msgid='<%s@geopod-ismtpd-12>' % b64rand(16).replace('/', 'x').replace('+', 'y').rstrip('='))


def mails_part2():
    # ---------------- Case C2: form case, Japanese, nifty user
    u = 'kenichi.sato@nifty.com'
    to = fmt_from('佐藤 健一', u, 'iso-2022-jp')
    op = dt('2025-05-20 02:41:37')
    cid = case15(op, 61094)
    subj_re = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid

    # 007 case_created (ja)
    d = op + timedelta(seconds=52)
    new = """佐藤 健一 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。
以下の番号でお問い合わせを承りました。

　お問い合わせ番号（ケース ID）：{cid}

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
本件について追加のご連絡がある場合は、件名のケース ID を変更せずに本メールへ
ご返信ください。同じ内容で新たにお問い合わせをいただきますと、回答までに
お時間をいただく場合がございます。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
""".format(cid=cid)
    body = text_part(new, charset='iso-2022-jp', cte='7bit')
    mk('007-ja-form-ack-uketsuke.eml', kind='case_created', case_id=cid, lang='ja', verified=True,
       frm=AWS_FORM, to=to, subject='[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % cid,
       subj_charset='iso-2022-jp', date=d, headers=ses_trace('nifty', u, d), body=body, new_text=new,
       msgid=ses_id(d), extra=SES_EXTRA(d))

    # 008 support_reply: which account to keep (ja)
    d = dt('2025-05-20 23:26:09')
    new = """佐藤 健一 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの中村でございます。

アカウント統合のご依頼について承りました。
ご登録情報を確認いたしましたところ、以下 2 つの認定アカウントが見つかりました。

・AWS02957731（ご登録メールアドレス：k-sato@mirai-soft.co.jp）
・AWS11820463（ご登録メールアドレス：kenichi.sato@nifty.com）

統合後に残すアカウント（統合先）は、どちらをご希望でしょうか。
統合先に選ばれなかったアカウントは無効化され、以後ログインできなくなります。
ご退職などにより今後ご利用になれなくなるメールアドレスのアカウントは、
統合先に選ばないことをお勧めいたします。

お手数をおかけいたしますが、本メールにご返信のうえ、ご希望をお知らせくださいますよう
お願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサポート
"""
    html = html_wrap(txt2html(new), lang='ja')
    body = alternative(text_part(new, cte='base64'), text_part(html, 'html', cte='base64'))
    mk('008-ja-dochira-wo-nokosu-ka.eml', kind='support_reply', case_id=cid, lang='ja', verified=True,
       frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('nifty', u, d), body=body,
       new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS02957731', 'AWS11820463'])

    # 009 merge_confirmation_requested (ja, ISO-2022-JP, Japanese quote header)
    d = dt('2025-05-21 05:48:30')
    new = """佐藤 健一 様

ご返信いただき、誠にありがとうございます。中村でございます。

ご指定いただいた内容をもとに、以下のとおり統合手続きの準備をいたしました。

　統合元（無効化されるアカウント）：AWS02957731
　統合先（存続するアカウント）　　：AWS11820463

統合元アカウントで取得された認定資格、受験履歴および特典は、すべて統合先
アカウントへ移行されます。統合の処理は一度実行いたしますと元に戻すことが
できませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、その旨を本メールにご返信くださいますよう
お願いいたします。ご確認をいただき次第、手続きを進めさせていただきます。

中村
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = """
2025年5月21日(水) 8:02 佐藤健一 <kenichi.sato@nifty.com>:
> 中村様
>
> ご連絡ありがとうございます。
> 個人のメールアドレスで登録している AWS11820463 を残してください。
> 会社のアドレス（AWS02957731 の方）は来月で使えなくなります。
>
> よろしくお願いいたします。
> 佐藤
"""
    body = text_part(new + quoted, charset='iso-2022-jp', cte='7bit')
    mk('009-ja-tougou-naiyou-kakunin.eml', kind='merge_confirmation_requested', case_id=cid, lang='ja',
       verified=True, frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('nifty', u, d),
       body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS02957731', 'AWS11820463'])

    # 010 merge_confirmation_requested re-sent after no reply (ja, Shift_JIS)
    d = dt('2025-05-26 01:12:44')
    new = """佐藤 健一 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。

5 月 21 日にお送りいたしましたアカウント統合内容のご確認について、その後ご返信を
確認できておりませんでしたので、改めてご連絡を差し上げました。

念のため、統合内容を再度記載いたします。

　■ 統合元（統合後に無効化）　　：AWS 02957731
　■ 統合先（統合後も継続して利用）：AWS 11820463

こちらの内容でよろしければ、「上記内容で統合を希望します」とご返信ください。
ご返信を確認でき次第、処理を開始いたします。

なお、7 日以内にご返信をいただけない場合は、本ケースをクローズさせていただきます
ので、あらかじめご了承ください。

中村
AWS トレーニングと認定 カスタマーサポート
"""
    body = text_part(new, charset='shift_jis', cte='base64', quote_cs=False)
    mk('010-ja-saisou-kakunin-onegai.eml', kind='merge_confirmation_requested', case_id=cid, lang='ja',
       verified=True, frm=AWS_FORM, to=to, subject='RE:[CASE %s] 【再送】アカウント統合内容のご確認のお願い' % cid,
       subj_charset='shift_jis', date=d, headers=ses_trace('nifty', u, d), body=body, new_text=new,
       msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS02957731', 'AWS11820463'])

    # 011 merge_completed (ja)
    d = dt('2025-05-27 08:30:02')
    new = """佐藤 健一 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。

ご確認のご返信をいただき、ありがとうございました。
お待たせいたしましたが、認定アカウントの統合処理が完了いたしましたのでご報告いたします。

今後は AWS11820463（kenichi.sato@nifty.com）でサインインしてください。
旧アカウントで取得された認定資格も、こちらのアカウントに表示されます。

Credly のデジタルバッジは、反映までに最大 48 時間ほどかかる場合がございます。
それ以上経過しても表示されない場合は、お手数ですが本メールにご返信ください。

このたびはお問い合わせいただき、誠にありがとうございました。

中村
AWS トレーニングと認定 カスタマーサポート
"""
    html = html_wrap(txt2html(new), lang='ja')
    body = alternative(text_part(new, cte='quoted-printable'), text_part(html, 'html', cte='quoted-printable'))
    mk('011-ja-tougou-kanryou.eml', kind='merge_completed', case_id=cid, lang='ja', verified=True,
       frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('nifty', u, d), body=body,
       new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS11820463'])

    # ---------------- Case C3: console case, 11-digit id (2022), Outlook user, three accounts
    u = 'marcus.feld@outlook.com'
    to = u
    op = dt('2022-09-13 15:02:11')
    cid = '10841275031'
    csubj = 'Merge three AWS Certification accounts into one'

    # 012 case_created (console)
    d = op + timedelta(seconds=9)
    new = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

The details of your case are as follows:

Case ID: {cid}
Subject: {s}
Severity: General guidance

We will respond to your case as soon as possible. You can view the status of your case
and add correspondence in the Support Center.
""".format(cid=cid, s=csubj) + CONSOLE_FOOTER.format(cid=cid)
    html = html_wrap(txt2html(new))
    body = alternative(text_part(new, cte='7bit'), text_part(html, 'html', cte='quoted-printable'))
    mk('012-console-new-support-case-opened.eml', kind='case_created', case_id=cid, lang='en', verified=True,
       frm=AWS_NOREPLY, to=to, subject='Amazon Web Services: You have opened a new Support case: %s' % cid,
       date=d, headers=ses_trace('outlook', u, d), body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d))

    # 013 support_reply: asks sign-in e-mail and name per account
    d = dt('2022-09-14 10:37:51')
    new = """Hello Marcus,

Thank you for contacting AWS Support. My name is Tomasz and I will be assisting you
with this request.

I searched our certification system and I can see the three candidate IDs you mentioned:
AWS00738214, AWS06620951 and AWS09175302. Before I can hand the request over to the
Certification team I need to verify a few details for each profile:

1. the e-mail address you use to sign in to each account, and
2. the full name exactly as it appears on each account (it must match the
   government-issued ID you show at the test centre).

Please add this information to the case via the Support Center. As soon as I have it I
will continue with your request.

Best regards,

Tomasz K.
Amazon Web Services
""" + CONSOLE_FOOTER.format(cid=cid)
    body = text_part(new, cte='quoted-printable')
    mk('013-console-need-signin-emails-three-ids.eml', kind='support_reply', case_id=cid, lang='en', verified=True,
       frm=AWS_NOREPLY, to=to, subject='RE:[CASE %s] %s' % (cid, csubj), date=d,
       headers=ses_trace('outlook', u, d), body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d),
       ids=['AWS00738214', 'AWS06620951', 'AWS09175302'])

    # 014 merge_confirmation_requested: HTML-only table of three accounts
    d = dt('2022-09-16 08:05:27')
    rows = [('AWS00738214', 'marcus.feld@kontor-digital.de', 'Cloud Practitioner (2019)', 'Merged into AWS09175302, then closed'),
            ('AWS06620951', 'm.feld@alumni.uni-hamburg.de', 'Solutions Architect - Associate (2020)', 'Merged into AWS09175302, then closed'),
            ('AWS09175302', 'marcus.feld@outlook.com', 'SysOps Administrator - Associate (2022)', 'Kept - your only account going forward')]
    trs = ''.join('<tr>' + ''.join('<td style="border:1px solid #aab7b8;padding:6px">%s</td>' % esc(c) for c in r) + '</tr>\n' for r in rows)
    inner = """<p>Hello Marcus,</p>
<p>Thank you for the information. The Certification team has reviewed the three profiles and prepared the consolidation below. Please review it carefully:</p>
<table style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th style="border:1px solid #aab7b8;padding:6px">Candidate ID</th><th style="border:1px solid #aab7b8;padding:6px">Sign-in e-mail</th><th style="border:1px solid #aab7b8;padding:6px">Certifications</th><th style="border:1px solid #aab7b8;padding:6px">After the change</th></tr>
%s</table>
<p><b>This change is permanent.</b> Once the records are combined we are not able to split them again.</p>
<p>If the table above is correct, please reply to this case in the Support Center and state that you approve it. If anything should be different, tell us instead and we will update the plan before anything is done.</p>
<p>Best regards,<br>Tomasz K.<br>Amazon Web Services</p>
<hr>
<p style="font-size:11px;color:#687078">To see all your cases, please visit the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a>.<br>
*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.<br>
Was this response helpful? <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;rate=1">Rate this correspondence</a></p>""" % (trs, cid, cid)
    html = html_wrap(inner, 'Amazon Web Services Support')
    body = text_part(html, 'html', cte='quoted-printable')
    mk('014-console-table-three-accounts-approve.eml', kind='merge_confirmation_requested', case_id=cid, lang='en',
       verified=True, frm=AWS_NOREPLY, to=to, subject='RE:[CASE %s] %s' % (cid, csubj), date=d,
       headers=ses_trace('outlook', u, d), body=body, new_text=html_to_text(html), msgid=ses_id(d), extra=SES_EXTRA(d),
       ids=['AWS00738214', 'AWS06620951', 'AWS09175302'])

    # 015 survey: console case resolved/closed
    d = dt('2022-09-21 16:40:13')
    new = """Hello,

Case {cid} ({s}) has been resolved and closed.

If you need further help with this issue, you can reopen the case from the Support Center
within 14 days.

How satisfied were you with the support you received? Your answers go directly to the
AWS Support leadership team:

https://console.aws.amazon.com/support/feedback?displayId={cid}&source=case-closed

Thank you for using Amazon Web Services.
""".format(cid=cid, s=csubj) + CONSOLE_FOOTER.format(cid=cid)
    body = text_part(new, cte='7bit')
    mk('015-console-case-resolved-rate.eml', kind='survey', case_id=cid, lang='en', verified=True,
       frm=AWS_NOREPLY, to=to, subject='Amazon Web Services: Support case %s has been resolved' % cid, date=d,
       headers=ses_trace('outlook', u, d), body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d))


def mails_part3():
    # ---------------- Case C4: form case, English, non-native agent, Yahoo user
    u = 'olu.adeyemi@yahoo.com'
    to = formataddr(('Olu Adeyemi', u))
    op = dt('2025-03-04 08:19:52')
    cid = case15(op, 33870)
    subj_re = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid
    sig = """
Thanks & Regards,
Rahul S
AWS Training & Certification Support
"""
    ask = """Dear Olu,

Greetings from AWS Training and Certification!

Thank you for your patience. As per your request, we have checked and found two
certification accounts registered under your name:

- AWS 07345190 registered with olu.adeyemi@yahoo.com
- AWS 12066478 registered with oadeyemi@lagosfintech.ng

Kindly confirm us, do you want that AWS12066478 is merged into AWS07345190 and that
AWS07345190 remains as your primary account going forward?

Please note that post merge, the secondary account will be deactivated and the process
is irreversible.

Awaiting for your confirmation to proceed further.
""" + sig

    # 016 merge_confirmation_requested (question form)
    d = dt('2025-03-05 06:51:18')
    body = text_part(ask + FORM_FOOTER, cte='quoted-printable')
    mk('016-kindly-confirm-us-merged-into.eml', kind='merge_confirmation_requested', case_id=cid, lang='en',
       verified=True, frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('yahoo', u, d), body=body,
       new_text=ask, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS07345190', 'AWS12066478'])

    # 017 support_reply: generic chaser, the request itself only in quoted history
    d = dt('2025-03-08 07:02:40')
    new = """Dear Olu,

This is a gentle follow-up on our previous email below. We have not yet received any
response from your end.

Kindly revert at the earliest so that we can take the case forward. If we don't hear
from you within 72 hours, the case will be auto-resolved; you can simply reply to this
email to reopen it.
""" + sig
    quoted = """
________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 5, 2025 6:51 AM
To: Olu Adeyemi <olu.adeyemi@yahoo.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % cid + ask
    body = text_part(new + quoted, cte='quoted-printable')
    mk('017-gentle-follow-up-no-response.eml', kind='support_reply', case_id=cid, lang='en', verified=True,
       frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('yahoo', u, d), body=body, new_text=new,
       msgid=ses_id(d), extra=SES_EXTRA(d), ids=[])

    # 018 merge_confirmation_requested: answers a side question, then asks again
    d = dt('2025-03-10 09:27:05')
    new = """Dear Olu,

Thank you for your reply.

Regarding your query: yes, the unused 50% exam discount voucher available in the
account AWS12066478 will be carried to the primary account after the merge, the expiry
date remains same.

However, we still need your explicit confirmation before we can raise the merge request
to our backend team. Please reply with "I confirm" to the below:

  Secondary (to be merged and closed) : AWS12066478
  Primary (to be retained)            : AWS07345190
""" + sig
    quoted = """
On Monday, March 10, 2025 at 08:14:22 AM GMT+1, Olu Adeyemi <olu.adeyemi@yahoo.com> wrote:

Hello Rahul,
Sorry for late reply, I was travelling. Before I say yes - I still have a 50% voucher
on my old work account, will I lose it?
Thanks
Olu
"""
    body = text_part(new + FORM_FOOTER + quoted, cte='quoted-printable')
    mk('018-voucher-answer-then-confirm-again.eml', kind='merge_confirmation_requested', case_id=cid, lang='en',
       verified=True, frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('yahoo', u, d), body=body,
       new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS07345190', 'AWS12066478'])

    # 019 merge_completed together with closure and rating link
    d = dt('2025-03-12 04:44:37')
    new = """Dear Olu,

We are pleased to inform you that your certification accounts have been successfully
merged. Your primary account AWS07345190 now holds all your certifications as well as
the exam voucher.

As your request is fulfilled, we are closing this case from our end. If you have a
minute, please let us know how we did:
https://survey.aws-tc-support.amazon.com/s/csat?c={cid}

Have a great day ahead!
""".format(cid=cid) + sig
    html = html_wrap(txt2html(new))
    body = alternative(text_part(new, cte='quoted-printable'), text_part(html, 'html', cte='quoted-printable'))
    mk('019-merged-and-closing-case-rate-us.eml', kind='merge_completed', case_id=cid, lang='en', verified=True,
       frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('yahoo', u, d), body=body, new_text=new,
       msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS07345190'])

    # ---------------- Case C5: 2019, 10-digit id, corporate relay without Authentication-Results
    u = 'jan.kowalski@kowalski-it.pl'
    d = dt('2019-11-06 21:13:48')
    cid = '6512984731'
    new = """Dear Jan,

Thank you for contacting AWS Certification.

We have located two candidate records associated with your name:

AWS00219847 - jan.kowalski@kowalski-it.pl (created 2017)
AWS01130592 - jkowalski@gmail.com (created 2019)

The records can be combined so that your full certification history is held under a
single candidate ID. Before we submit this to our testing partner we need your explicit
approval. Please confirm by replying to this message that:

a) AWS01130592 should be merged into AWS00219847, and
b) AWS00219847 (jan.kowalski@kowalski-it.pl) will be the login you use going forward.

Please allow 5-7 business days after your approval for the change to be completed.
Transcripts and badges will be updated at the same time.

Sincerely,

Maria
AWS Certification
"""
    quoted = """
-----Original Message-----
From: Jan Kowalski [mailto:jan.kowalski@kowalski-it.pl]
Sent: Tuesday, November 5, 2019 6:45 PM
To: AWS Certification
Subject: AWS Certification - duplicate candidate records

Hello, I think I registered twice - once in 2017 with company mail and this year with
gmail when I took the SAA exam. Can you put everything on one account please?
Regards, Jan Kowalski
"""
    body = text_part(new + quoted, charset='iso-8859-1', cte='quoted-printable')
    h = ses_trace('none', u, d)
    mk('020-2019-explicit-approval-needed.eml', kind='merge_confirmation_requested', case_id=cid, lang='en',
       verified=None, frm=AWS_FORM, to=formataddr(('Jan Kowalski', u)),
       subject='RE: [CASE %s] AWS Certification - duplicate candidate records' % cid, date=d, headers=h, body=body,
       new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS00219847', 'AWS01130592'])

    # ---------------- Case C6: console case in Japanese, three accounts, corporate JP mail server
    u = 'tanaka.misaki@hoshizora-sys.co.jp'
    to = u
    op = dt('2025-07-08 00:52:14')
    cid = case15(op, 412)
    jsubj = 'RE:[CASE %s] 認定アカウントの統合について' % cid
    jfoot = """
本ケースへのご返信は、サポートセンターからお願いいたします（本メールアドレスは送信専用のため、ご返信いただいても受信できません）。
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

本回答はお役に立ちましたか？サポートセンターで評価をお寄せください。
""".format(cid=cid)
    jsig = """
よろしくお願いいたします。

山本
Amazon Web Services
"""

    # 021 support_reply: which one of three to keep (ja)
    d = dt('2025-07-08 06:15:33')
    new = """田中 美咲 様

AWS サポートの山本と申します。
この度はお問い合わせいただき、誠にありがとうございます。

お客様のお名前で、以下 3 件の認定アカウントが登録されていることを確認いたしました。

　1. AWS03381526（2018 年作成、登録メール：misaki.t@old-partner.jp）
　2. AWS08864207（2021 年作成、登録メール：tanaka.misaki@hoshizora-sys.co.jp）
　3. AWS13390071（2024 年作成、登録メール：misaki.tanaka.aws@gmail.com）

統合後にご利用いただけるアカウントは 1 つのみとなります。
恐れ入りますが、存続させるアカウントとして、いずれをご希望かお知らせいただけますでしょうか。
""" + jsig
    body = text_part(new + jfoot, charset='iso-2022-jp', cte='7bit')
    mk('021-ja-console-three-accounts-izure-wo.eml', kind='support_reply', case_id=cid, lang='ja', verified=True,
       frm=AWS_NOREPLY, to=to, subject=jsubj, subj_charset='iso-2022-jp', date=d,
       headers=ses_trace('corpjp', u, d), body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d),
       ids=['AWS03381526', 'AWS08864207', 'AWS13390071'])

    # 022 merge_confirmation_requested: three accounts, question form (ja)
    d = dt('2025-07-09 02:40:19')
    new = """田中 美咲 様

AWS サポートの山本でございます。
ご回答いただき、ありがとうございます。

いただいたご希望に基づき、以下の内容で統合を行う予定です。

　・AWS03381526 を AWS13390071 へ統合（統合後、AWS03381526 は無効化）
　・AWS08864207 を AWS13390071 へ統合（統合後、AWS08864207 は無効化）
　・AWS13390071 を存続アカウントとして継続利用

AWS03381526 と AWS08864207 の 2 件を AWS13390071 に統合し、AWS13390071 を残すという
ご理解で相違ございませんでしょうか。統合後に元の状態へ戻すことはできかねますため、
念のため最終確認をお願いしております。

よろしければ、サポートセンターの本ケースにて「統合に同意します」とご返信ください。
""" + jsig
    html = html_wrap(txt2html(new + jfoot), lang='ja')
    body = alternative(text_part(new + jfoot, cte='base64'), text_part(html, 'html', cte='base64'))
    mk('022-ja-console-sogai-gozaimasen-ka.eml', kind='merge_confirmation_requested', case_id=cid, lang='ja',
       verified=True, frm=AWS_NOREPLY, to=to, subject=jsubj, subj_charset='utf-8', date=d,
       headers=ses_trace('corpjp', u, d), body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d),
       ids=['AWS03381526', 'AWS08864207', 'AWS13390071'])

    # 023 support_reply: thanks for agreeing, will proceed (ja)
    d = dt('2025-07-10 00:58:47')
    new = """田中 美咲 様

AWS サポートの山本でございます。

統合内容へのご同意をいただき、誠にありがとうございます。
先ほど担当部署へ、AWS13390071 への統合作業を依頼いたしました。

作業の完了までには、通常 2 から 3 営業日ほどお時間を頂戴しております。
完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちください。
""" + jsig
    body = text_part(new + jfoot, cte='quoted-printable')
    mk('023-ja-doui-arigatou-irai-shimashita.eml', kind='support_reply', case_id=cid, lang='ja', verified=True,
       frm=AWS_NOREPLY, to=to, subject=jsubj, subj_charset='iso-2022-jp', date=d,
       headers=ses_trace('corpjp', u, d), body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d),
       ids=['AWS13390071'])

    # 024 merge_completed (ja)
    d = dt('2025-07-14 03:21:06')
    new = """田中 美咲 様

AWS サポートの山本でございます。
大変お待たせいたしました。

担当部署より、3 件の認定アカウントの統合作業が完了したとの報告がございました。
今後は AWS13390071（misaki.tanaka.aws@gmail.com）にてサインインいただけます。
旧アカウントで取得された認定資格は、すべてこちらのアカウントに表示されております。

お手数ですが、認定資格の一覧と特典（受験割引など）が正しく表示されているか、
一度ご確認いただけますと幸いです。
""" + jsig
    body = text_part(new + jfoot, charset='iso-2022-jp', cte='7bit')
    mk('024-ja-console-tougou-sagyou-kanryou.eml', kind='merge_completed', case_id=cid, lang='ja', verified=True,
       frm=AWS_NOREPLY, to=to, subject=jsubj, subj_charset='iso-2022-jp', date=d,
       headers=ses_trace('corpjp', u, d), body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d),
       ids=['AWS13390071'])

    # 025 survey (ja); AR records only dkim (aligned) + spf, no dmarc clause
    d = dt('2025-07-21 03:25:40')
    new = """お客様

Amazon Web Services をご利用いただき、ありがとうございます。

ケース {cid}（認定アカウントの統合について）は解決済みとしてクローズされました。
同じ件で引き続きサポートが必要な場合は、14 日以内であればサポートセンターから
ケースを再開していただけます。

今回のサポートについて、簡単なアンケートにご協力ください（所要時間 1 分程度）。
https://console.aws.amazon.com/support/feedback?displayId={cid}&language=ja

今後とも Amazon Web Services をよろしくお願いいたします。
""".format(cid=cid)
    html = html_wrap(txt2html(new), lang='ja')
    body = alternative(text_part(new, cte='base64'), text_part(html, 'html', cte='base64'))
    mk('025-ja-case-closed-anketo.eml', kind='survey', case_id=cid, lang='ja', verified=True,
       frm=AWS_NOREPLY, to=to, subject='Amazon Web Services: サポートケース %s がクローズされました' % cid,
       subj_charset='utf-8', date=d, headers=ses_trace('corpjp', u, d, dmarc=None), body=body, new_text=new,
       msgid=ses_id(d, 'ap-northeast-1.amazonses.com'), extra=SES_EXTRA(d, 'ap-northeast-1'))


def mails_part4():
    # ---------------- Case C7: form case, iCloud user, name mismatch
    u = 'dana.wm@icloud.com'
    to = formataddr(('Dana Whitfield-Moreno', u))
    op = dt('2025-02-10 19:26:03')
    cid = case15(op, 5278)
    dup = case15(dt('2025-02-12 08:03:55'), 10777)
    subj_re = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid
    sig = """
Kind regards,

Siobhan
AWS Training and Certification
"""
    # 026 support_reply: duplicate case closed, continue here
    d = dt('2025-02-12 14:20:31')
    new = """Hi Dana,

I noticed that you submitted a second request (case %s) about the same
account merge. To avoid any confusion I have closed that one and we will continue
working with you here, on case %s.

There is no need to send your details again - I have everything from both submissions,
and I will get back to you within the next business day.
""" % (dup, cid) + sig
    body = text_part(new + FORM_FOOTER, cte='7bit')
    mk('026-duplicate-request-closed-continue-here.eml', kind='support_reply', case_id=cid, lang='en',
       verified=True, frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('icloud', u, d), body=body,
       new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=[])

    # 027 support_reply: names both accounts, only informs + asks to update name
    d = dt('2025-02-13 11:05:14')
    new = """Hi Dana,

Thanks for your patience. I've reviewed both profiles:

  AWS05512903 - Dana Whitfield
  AWS12740338 - Dana Whitfield-Moreno

Because the legal names on the two profiles are different, the Certification team is
not able to combine them as they are. The name on a candidate profile has to match your
ID exactly, and both profiles need to carry the same name before anything can be moved.

What you can do: sign in to AWS05512903 and update the name in your profile to match the
one on your current ID (Dana Whitfield-Moreno). A name change may require a copy of the
supporting document, which you can upload on the profile page. Once the name has been
updated, just reply here and let me know.
""" + sig
    html = html_wrap(txt2html(new + FORM_FOOTER))
    body = alternative(text_part(new + FORM_FOOTER, cte='quoted-printable'), text_part(html, 'html', cte='quoted-printable'))
    mk('027-names-differ-update-profile-first.eml', kind='support_reply', case_id=cid, lang='en', verified=True,
       frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('icloud', u, d), body=body, new_text=new,
       msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS05512903', 'AWS12740338'])

    # 028 merge_confirmation_requested: proposal + "or tell me the other way round"
    d = dt('2025-02-18 09:47:02')
    new = """Hi Dana,

Thanks for updating the name - both profiles now show Dana Whitfield-Moreno, so we're
good to go.

Here is what I'd suggest: we keep AWS12740338 (dana.wm@icloud.com), since it is the more
recent one and holds your upcoming exam appointment, and move everything from
AWS05512903 into it. AWS05512903 would then be closed.

If that works for you, just reply "yes" and I'll submit it. If you'd rather keep
AWS05512903 instead, tell me and I'll set it up the other way round. Either way, please
keep in mind that this can't be undone afterwards.
""" + sig
    quoted = """
On Feb 17, 2025, at 21:12, Dana Whitfield-Moreno <dana.wm@icloud.com> wrote:

> Hi Siobhan, done - I changed the name on the old profile this evening. Dana
>
> Sent from my iPhone
"""
    body = text_part(new + quoted, cte='quoted-printable')
    mk('028-suggest-keep-newer-reply-yes.eml', kind='merge_confirmation_requested', case_id=cid, lang='en',
       verified=True, frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('icloud', u, d), body=body,
       new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS05512903', 'AWS12740338'])

    # ---------------- Case C8: console case 15-digit, Gmail user
    u = 'l.brenner.cloud@gmail.com'
    to = u
    op = dt('2025-08-19 13:07:48')
    cid = case15(op, 91736)
    csubj = 'Certification profiles - please combine'

    # 029 case_created (console)
    d = op + timedelta(seconds=6)
    new = """Hello,

Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

Case ID: {cid}
Subject: {s}
Severity: General question

You can view the status of your case, add correspondence or attachments, and see our
replies in the Support Center. We will notify you by e-mail when there is an update.
""".format(cid=cid, s=csubj) + CONSOLE_FOOTER.format(cid=cid)
    body = text_part(new, cte='7bit')
    mk('029-console-opened-new-case-15digit.eml', kind='case_created', case_id=cid, lang='en', verified=True,
       frm=AWS_NOREPLY, to=to, subject='Amazon Web Services: You have opened a new Support case: %s' % cid,
       date=d, headers=ses_trace('gmail', u, d), body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d))

    # 030 support_reply: "New correspondence added" notice
    d = dt('2025-08-20 07:31:26')
    new = """Hello,

There is new correspondence on your AWS Support case {cid} ("{s}").

To read the reply and respond, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

If the case is not updated within 7 days it may be resolved automatically.
""".format(cid=cid, s=csubj) + CONSOLE_FOOTER.format(cid=cid)
    body = text_part(new, cte='7bit')
    mk('030-console-new-correspondence-added.eml', kind='support_reply', case_id=cid, lang='en', verified=True,
       frm=AWS_NOREPLY, to=to, subject='[Case %s] New correspondence added' % cid, date=d,
       headers=ses_trace('gmail', u, d), body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d))

    # 031 merge_confirmation_requested: console reply, source/destination, avoids the word "merge"
    d = dt('2025-08-20 07:31:58')
    new = """Hello Lukas,

Thanks for reaching out. I've located both certification profiles linked to you.

Proposed action:
  \u2022 Source profile:       AWS09921457  (lukas.brenner@kraftwerk-it.de) \u2013 will be retired
  \u2022 Destination profile:  AWS13058842  (l.brenner.cloud@gmail.com) \u2013 stays active

All certification records, transcripts and exam benefits on the source profile would be
transferred to the destination profile.

Could you please confirm that this is what you want? Reply in the Support Center with
\u201cConfirmed\u201d and I\u2019ll get it submitted today. Important: this consolidation is
final \u2013 we can\u2019t separate the profiles again later.

Best regards,

Anil R.
Amazon Web Services
"""
    html = html_wrap(txt2html(new + CONSOLE_FOOTER.format(cid=cid)))
    body = alternative(text_part(new + CONSOLE_FOOTER.format(cid=cid), cte='quoted-printable'),
                       text_part(html, 'html', cte='quoted-printable'))
    mk('031-console-source-destination-reply-confirmed.eml', kind='merge_confirmation_requested', case_id=cid,
       lang='en', verified=True, frm=AWS_NOREPLY, to=to, subject='RE:[CASE %s] %s' % (cid, csubj), date=d,
       headers=ses_trace('gmail', u, d), body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d),
       ids=['AWS09921457', 'AWS13058842'])

    # 032 merge_completed (console)
    d = dt('2025-08-22 15:12:40')
    new = """Hello Lukas,

Quick update: the Certification team has finished the consolidation. AWS13058842 is now
your single certification profile and shows the full history, including the two
certifications that were on AWS09921457. The retired profile can no longer be used.

Your Credly badges are being re-issued to l.brenner.cloud@gmail.com; you should receive
the Credly e-mails shortly.

Best regards,

Anil R.
Amazon Web Services
""" + CONSOLE_FOOTER.format(cid=cid)
    body = text_part(new, cte='quoted-printable')
    mk('032-console-consolidation-finished.eml', kind='merge_completed', case_id=cid, lang='en', verified=True,
       frm=AWS_NOREPLY, to=to, subject='RE:[CASE %s] %s' % (cid, csubj), date=d, headers=ses_trace('gmail', u, d),
       body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS09921457', 'AWS13058842'])

    # 033 credly_badge_issued: badge waiting to be accepted (moved after the merge)
    d = dt('2025-08-23 02:55:09')
    new = """Hi Lukas,

Amazon Web Services Training and Certification sent you a badge.

AWS Certified Security - Specialty

Your badge is waiting for you. Accept it to display your achievement on your Credly
profile, and share it on LinkedIn, in your e-mail signature or on your resume.

Accept Badge: https://www.credly.com/badges/a83c1f52-0e6b-49d2-b7c5-3f1e0d96ab27/accept

If you already have a Credly account under a different e-mail address, you can add this
address to that account in your settings.

Credly, Inc., a Pearson company
"""
    html = html_wrap(txt2html(new).replace('Accept Badge: https://www.credly.com/badges/a83c1f52-0e6b-49d2-b7c5-3f1e0d96ab27/accept',
                                           '<a href="https://www.credly.com/badges/a83c1f52-0e6b-49d2-b7c5-3f1e0d96ab27/accept">Accept Badge</a>'))
    body = text_part(html, 'html', cte='base64')
    h = trace('gmail', u, d, mailfrom='bounces+1893215-a1b0-l.brenner.cloud=gmail.com@em.credly.com',
              helo='o7.em.credly.com', ip='167.89.101.92', dkim=[('pass', 'credly.com', 's1')], dmarc='pass',
              from_domain='credly.com')
    h.append(('DKIM-Signature', dkim_sig('credly.com', 's1', d)))
    mk('033-credly-security-specialty-accept.eml', kind='credly_badge_issued', case_id=None, lang='en',
       verified=True, frm=formataddr(('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')),
       to=to, subject='Your AWS Certified Security - Specialty badge is waiting for you', date=d, headers=h,
       body=body, new_text=html_to_text(html))

    # ---------------- Case C9: form case, Hotmail user
    u = 'wei.zhang@hotmail.com'
    to = formataddr(('Wei Zhang', u))
    op = dt('2025-04-14 21:33:10')
    cid = case15(op, 48215)
    subj_re = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid
    sig = """
Best regards,

Camille D.
AWS Training and Certification
"""
    # 034 support_reply: names accounts, asks about a pending exam (not the confirmation)
    d = dt('2025-04-15 18:22:40')
    new = """Hello Wei,

Thank you for contacting AWS Training and Certification.

I can see both accounts you mentioned, AWS06183349 and AWS11457720. Before we go any
further, I noticed that AWS11457720 has an exam appointment booked with Pearson VUE for
24 April 2025. Records cannot be moved while an appointment is pending, as this would
cancel the booking.

Could you please let me know whether you would prefer us to wait until after your exam
(and after the result has been released), or whether you would rather reschedule the
exam? Also, please tell me the sign-in e-mail of AWS06183349 so I can verify that it
belongs to you.
""" + sig
    body = text_part(new + FORM_FOOTER, cte='quoted-printable')
    mk('034-pending-exam-wait-or-reschedule.eml', kind='support_reply', case_id=cid, lang='en', verified=True,
       frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('outlook', u, d), body=body, new_text=new,
       msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS06183349', 'AWS11457720'])

    # 035 support_reply: ownership verification, "please confirm" about something else
    d = dt('2025-04-17 08:09:55')
    new = """Hello Wei,

Thank you. The e-mail address you provided does not match the one on file for
AWS06183349 - it looks like the account was created with a university address.

To confirm that you are the owner of that account, please reply with:
  - the e-mail address you think was used when the account was created, and
  - the name of the last exam you took on that account and the approximate date.

As soon as ownership is confirmed I will prepare the next step.
""" + sig
    quoted = """
________________________________
From: Wei Zhang <wei.zhang@hotmail.com>
Sent: Wednesday, April 16, 2025 11:48 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Camille, please wait until after the exam. The old account (AWS06183349) should be
on zhangwei88@gmail.com I think.
Wei
""" % cid
    body = text_part(new + quoted, cte='quoted-printable')
    mk('035-ownership-check-please-confirm-details.eml', kind='support_reply', case_id=cid, lang='en',
       verified=True, frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('outlook', u, d), body=body,
       new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS06183349'])

    # 036 merge_confirmation_requested: instruction "reply CONFIRM", Outlook quoted history
    d = dt('2025-04-28 13:40:21')
    new = """Hello Wei,

Thank you - that matches our records, and congratulations on passing your exam on the 24th!

Now that your result has been released, we can move forward. The consolidation we have
prepared is:

    FROM  AWS06183349   -->   INTO  AWS11457720      (AWS11457720 is the account you keep)

Please reply to this message with the single word CONFIRM to authorise it. Without this
written authorisation we are unable to proceed, and please note that the change cannot be
reversed once it has been applied.
""" + sig
    quoted = """
________________________________
From: Wei Zhang <wei.zhang@hotmail.com>
Sent: Thursday, April 17, 2025 10:02 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Camille,
It was wzhang@u.nus.edu, and the last exam was Cloud Practitioner in August 2021.
Thanks, Wei

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, April 17, 2025 8:09 AM
To: Wei Zhang <wei.zhang@hotmail.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Wei,

Thank you. The e-mail address you provided does not match the one on file for
AWS06183349 - it looks like the account was created with a university address.
""" % (cid, cid)
    html = html_wrap(txt2html(new) + '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
                     + '<div style="color:#555">' + txt2html(quoted) + '</div>')
    body = alternative(text_part(new + quoted, cte='quoted-printable'), text_part(html, 'html', cte='base64'))
    mk('036-reply-single-word-confirm.eml', kind='merge_confirmation_requested', case_id=cid, lang='en',
       verified=True, frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('outlook', u, d), body=body,
       new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS06183349', 'AWS11457720'])


def mails_part5():
    # ---------------- Case C10: form case in Japanese, So-net user
    u = 'shota-s@ka2.so-net.ne.jp'
    to = fmt_from('鈴木 翔太', u, 'utf-8')
    op = dt('2025-06-23 01:18:26')
    cid = case15(op, 7401)
    subj_re = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid
    jsig = """
今後とも AWS トレーニングと認定をよろしくお願いいたします。

小林
AWS トレーニングと認定 カスタマーサポート
"""
    # 037 merge_confirmation_requested: 【統合元】【統合先】 block, ids with hyphen, HTML table
    d = dt('2025-06-24 02:03:51')
    new = """鈴木 翔太 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
お問い合わせいただいたアカウント統合の件につきまして、以下のとおり内容をまとめました。

【統合元】AWS-04470918（shota.suzuki@tohoku-denshi.co.jp）
　→ 統合後はご利用いただけなくなります
【統合先】AWS-10985263（shota-s@ka2.so-net.ne.jp）
　→ 統合後もこちらのアカウントをご利用いただけます

内容をご確認のうえ、問題がなければ本メールへ「承認します」とご返信いただけますでしょうか。
誤りがある場合は、正しい内容をお知らせください。
※統合完了後の取り消しはできませんので、ご注意ください。
""" + jsig
    table = """<p>鈴木 翔太 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの小林でございます。<br>
お問い合わせいただいたアカウント統合の件につきまして、以下のとおり内容をまとめました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th bgcolor="#eaeded">区分</th><th bgcolor="#eaeded">認定アカウント ID</th><th bgcolor="#eaeded">登録メールアドレス</th><th bgcolor="#eaeded">統合後</th></tr>
<tr><td>【統合元】</td><td>AWS-04470918</td><td>shota.suzuki@tohoku-denshi.co.jp</td><td>ご利用いただけなくなります</td></tr>
<tr><td>【統合先】</td><td>AWS-10985263</td><td>shota-s@ka2.so-net.ne.jp</td><td>引き続きご利用いただけます</td></tr>
</table>
<p>内容をご確認のうえ、問題がなければ本メールへ「承認します」とご返信いただけますでしょうか。<br>
誤りがある場合は、正しい内容をお知らせください。<br>
<span style="color:#d13212">※統合完了後の取り消しはできませんので、ご注意ください。</span></p>
""" + txt2html(jsig)
    html = html_wrap(table, lang='ja')
    body = alternative(text_part(new, cte='quoted-printable'), text_part(html, 'html', cte='quoted-printable'))
    mk('037-ja-tougoumoto-tougousaki-shounin.eml', kind='merge_confirmation_requested', case_id=cid, lang='ja',
       verified=True, frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('sonet', u, d), body=body,
       new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS04470918', 'AWS10985263'])

    # 038 support_reply: answers a benefit question, only informs ("once the merge is complete...")
    d = dt('2025-06-25 00:37:12')
    new = """鈴木 翔太 様

小林でございます。ご質問いただき、ありがとうございます。

AWS-04470918 に付与されている 50% 割引バウチャーにつきましては、統合が完了した時点で
統合先の AWS-10985263 へ自動的に引き継がれます。有効期限は変更されません。

また、統合完了後は Credly のデジタルバッジも統合先のメールアドレス宛てに再発行されます
ので、メールが届きましたら「Accept」の操作をお願いいたします。
""" + jsig
    quoted = """
2025年6月24日(火) 19:55 鈴木翔太 <shota-s@ka2.so-net.ne.jp>:
> 小林様
>
> ご連絡ありがとうございます。
> 統合元のアカウントに未使用の 50% 割引バウチャーが残っているのですが、
> こちらは統合後も使えますでしょうか。
>
> 鈴木
>
> > 【統合元】AWS-04470918（shota.suzuki@tohoku-denshi.co.jp）
> > 【統合先】AWS-10985263（shota-s@ka2.so-net.ne.jp）
"""
    body = text_part(new + quoted, cte='base64')
    mk('038-ja-voucher-hikitsugi-go-annai.eml', kind='support_reply', case_id=cid, lang='ja', verified=True,
       frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('sonet', u, d), body=body, new_text=new,
       msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS04470918', 'AWS10985263'])

    # 039 support_reply: status update, in progress (ja, ISO-2022-JP)
    d = dt('2025-06-26 07:10:45')
    new = """鈴木 翔太 様

小林でございます。
ご承認のご返信をいただき、誠にありがとうございました。

現在、担当部署にてアカウントの統合作業を進めております。
作業が完了しましたら改めてご連絡いたしますので、今しばらくお待ちくださいませ。
なお、作業中は新しい試験のご予約をお控えいただけますようお願いいたします。
""" + jsig
    body = text_part(new, charset='iso-2022-jp', cte='7bit')
    mk('039-ja-tantou-busho-nite-taiouchuu.eml', kind='support_reply', case_id=cid, lang='ja', verified=True,
       frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('sonet', u, d), body=body, new_text=new,
       msgid=ses_id(d), extra=SES_EXTRA(d), ids=[])

    # ---------------- Case C11: form case, Proton user, typo in the id
    u = 'tomas.ruiz@proton.me'
    to = formataddr(('Tomás Ruiz', u))
    op = dt('2025-09-29 16:44:02')
    cid = case15(op, 60253)
    subj_re = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid

    # 040 support_reply: the id given does not exist, asks to double-check
    d = dt('2025-09-30 12:18:37')
    new = """Hello Tomás,

Thank you for contacting AWS Training and Certification.

I tried to look up the candidate ID you entered in the form, AWS13519926, but it does
not exist in our system. The account registered with tomas.ruiz@proton.me is
AWS13519962 - it seems two digits were swapped. The other account you mentioned,
AWS08027714, I could find without problems.

Can you double-check and tell me whether AWS13519962 is indeed your account? I'll
continue as soon as I hear back from you.

Kind regards,

Ana P.
AWS Training and Certification
"""
    body = text_part(new + FORM_FOOTER, cte='quoted-printable')
    mk('040-candidate-id-typo-double-check.eml', kind='support_reply', case_id=cid, lang='en', verified=True,
       frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('proton', u, d), body=body, new_text=new,
       msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS08027714', 'AWS13519926', 'AWS13519962'])

    # 041 merge_confirmation_requested: handover, summary, wrong charset label (us-ascii, 8bit UTF-8 bytes)
    d = dt('2025-10-06 09:02:15')
    new = """Hi Tomás,

I’m picking up this case from my colleague Ana, who is out of the office this week —
apologies for the wait.

Thanks for confirming the correct ID. Here’s a summary of the change, for your approval:

  • AWS08027714 — older profile, will be merged and then deactivated
  • AWS13519962 — the profile you keep (sign-in: tomas.ruiz@proton.me)

Your two certifications (Cloud Practitioner, Solutions Architect – Associate) will
then be listed on AWS13519962.

Does that look right? A simple “yes, go ahead” by reply is enough for us to start. As
this is a one-way operation, please double-check before replying.

Cheers,

Ben O.
AWS Training and Certification
"""
    quoted = """
On Tue, Sep 30, 2025 at 3:40 PM, Tomás Ruiz <tomas.ruiz@proton.me> wrote:
> Yes sorry, AWS13519962 is mine, typo on my side.
"""
    body = text_part(new + quoted, charset='us-ascii', cte='8bit', codec='utf-8')
    mk('041-handover-summary-for-approval-badcharset.eml', kind='merge_confirmation_requested', case_id=cid,
       lang='en', verified=True, frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('proton', u, d),
       body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS08027714', 'AWS13519962'])

    # ---------------- Case C12: English case, Japanese user on BIGLOBE, three accounts
    u = 'r-hayashi@mua.biglobe.ne.jp'
    to = formataddr(('Ryo Hayashi', u))
    op = dt('2024-10-16 05:12:39')
    cid = case15(op, 88134)
    subj_re = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid
    # 042 merge_confirmation_requested: summary to approve, three accounts
    d = dt('2024-10-17 03:29:44')
    new = """Dear Ryo Hayashi,

Thank you for contacting AWS Training and Certification.

Please find below a summary of your request as we understand it. Kindly review each
line and approve it by replying to this email.

  Summary of requested change
  ---------------------------
  Surviving account ........... AWS10260318 (r-hayashi@mua.biglobe.ne.jp)
  Account to be merged #1 ..... AWS01874465 (ryo.hayashi@kansai-cloud.jp)
  Account to be merged #2 ..... AWS07716030 (hayashi.ryo.1990@gmail.com)
  Certifications moving ....... 4 (CLF-C01, SAA-C02, DVA-C02, SAP-C02)
  Reversible .................. No

If any line is not correct, reply with the correction instead and we will prepare a
new summary.

Regards,

Kenji M.
AWS Training and Certification
"""
    html = html_wrap(txt2html(new + FORM_FOOTER).replace('<p>  Summary', '<p style="font-family:Consolas,monospace">  Summary'))
    body = alternative(text_part(new + FORM_FOOTER, cte='base64'), text_part(html, 'html', cte='base64'))
    mk('042-summary-of-requested-change-three.eml', kind='merge_confirmation_requested', case_id=cid, lang='en',
       verified=True, frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('biglobe', u, d), body=body,
       new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS01874465', 'AWS07716030', 'AWS10260318'])

    # 043 support_reply: approval received, forwarded; "once the merge is complete..."
    d = dt('2024-10-17 22:51:09')
    new = """Dear Ryo Hayashi,

Thank you for your approval. We have forwarded the request to our internal team.

Once the merge is complete you will receive a separate e-mail from us, and you will then
be able to sign in with AWS10260318 only. This usually takes 2-3 business days.

Regards,

Kenji M.
AWS Training and Certification
"""
    quoted = """
-----Original Message-----
From: Ryo Hayashi <r-hayashi@mua.biglobe.ne.jp>
Sent: Thursday, October 17, 2024 9:02 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Dear Kenji-san,
I approve. All lines are correct, please merge AWS01874465 and AWS07716030 into AWS10260318.
Best regards,
Ryo Hayashi
""" % cid
    body = text_part(new + FORM_FOOTER + quoted, cte='quoted-printable')
    mk('043-approval-received-forwarded-internal.eml', kind='support_reply', case_id=cid, lang='en', verified=True,
       frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('biglobe', u, d), body=body, new_text=new,
       msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS10260318'])

    # ---------------- Phishing
    # 044 merge_confirmation_requested from a look-alike domain (its own DMARC passes)
    u = 'l.brenner.cloud@gmail.com'
    d = dt('2025-08-21 04:12:57')
    new = """Dear Certified Professional,

We have received a request to merge the following AWS Certification accounts:

    Primary account:    AWS13058842
    Secondary account:  AWS09921457

To protect your certifications, you must confirm this merge within 24 hours. If we do
not receive your confirmation, both accounts will be temporarily suspended and any
scheduled exams will be cancelled.

Confirm the merge now: https://aws-certification-merge.com/confirm?ref=LB-58214

Thank you,
AWS Certification Account Services
"""
    html = html_wrap(txt2html(new).replace('Confirm the merge now: https://aws-certification-merge.com/confirm?ref=LB-58214',
        '<a href="https://aws-certification-merge.com/confirm?ref=LB-58214" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">CONFIRM MERGE</a>'))
    body = alternative(text_part(new, cte='7bit'), text_part(html, 'html', cte='quoted-printable'))
    h = trace('gmail', u, d, mailfrom='bounce@mail.aws-certification-merge.com', helo='mail.aws-certification-merge.com',
              ip='45.141.87.22', dkim=[('pass', 'aws-certification-merge.com', 'default')], dmarc='pass',
              from_domain='aws-certification-merge.com')
    h.append(('DKIM-Signature', dkim_sig('aws-certification-merge.com', 'default', d)))
    mk('044-phish-lookalike-confirm-within-24h.eml', kind='merge_confirmation_requested', case_id=None, lang='en',
       verified=False, frm=formataddr(('AWS Certification', 'accounts@aws-certification-merge.com')), to=u,
       subject='Action required: confirm your AWS Certification account merge', date=d, headers=h, body=body,
       new_text=new, ids=['AWS09921457', 'AWS13058842'])

    # 045 merge_confirmation_requested spoofing amazon.com: dmarc=fail on top, forged "pass" lower down
    u = 'priya.raman.dev@gmail.com'
    d = dt('2025-06-03 17:45:12')
    fake = case15(dt('2025-06-01 22:47:31'), 31907)
    html = html_wrap("""<p>Hello,</p>
<p>Regarding your case <b>%s</b>: our Training and Certification team is ready to merge your certification accounts <b>AWS04418275</b> and <b>AWS10392856</b>.</p>
<p>Before we can proceed, please confirm the merge and verify your identity by signing in with your AWS credentials:</p>
<p><a href="http://aws-tc-support.case-review.info/signin?c=%s">Confirm account merge</a></p>
<p>Requests not confirmed within 48 hours will be closed and the accounts locked.</p>
<p>Best regards,<br>Amazon Web Services</p>""" % (fake, fake))
    body = text_part(html, 'html', cte='base64')
    h = trace('gmail', u, d, mailfrom='support@case-review.info', helo='vps-4471.case-review.info', ip='193.32.162.71',
              dkim=[], spf='softfail', dmarc='fail', from_domain='amazon.com',
              extra_ar_below='mx.amazon-relay.net; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com')
    mk('045-phish-spoofed-amazon-dmarc-fail.eml', kind='merge_confirmation_requested', case_id=fake, lang='en',
       verified=False, frm=AWS_NOREPLY, to=u, subject='RE:[CASE %s] Please confirm your account merge' % fake,
       date=d, headers=h, body=body, new_text=html_to_text(html), ids=['AWS04418275', 'AWS10392856'])

    # 046 support_reply-type phishing in Japanese: "sign in to continue the merge"
    u = 'kenichi.sato@nifty.com'
    d = dt('2025-05-23 10:31:08')
    new = """佐藤 健一 様

AWS トレーニングと認定 事務局です。

現在お手続き中のアカウント統合（AWS02957731）につきまして、本人確認が完了して
おりません。手続きを継続するため、下記のページからサインインのうえ、ご登録情報の
再確認をお願いいたします。

https://aws-training-jp.com/verify/account?id=AWS02957731

本人確認が 48 時間以内に完了しない場合、統合手続きは中止となります。

AWS トレーニングと認定 事務局
"""
    body = text_part(new, charset='iso-2022-jp', cte='7bit')
    h = trace('nifty', u, d, mailfrom='info@aws-training-jp.com', helo='mail.aws-training-jp.com', ip='103.214.6.180',
              dkim=[('pass', 'aws-training-jp.com', 'mail')], dmarc='pass', from_domain='aws-training-jp.com')
    mk('046-ja-phish-honnin-kakunin-tougou.eml', kind='support_reply', case_id=None, lang='ja', verified=False,
       frm=fmt_from('AWS トレーニングと認定', 'info@aws-training-jp.com', 'iso-2022-jp'), to=u,
       subject='【重要】アカウント統合手続きの本人確認のお願い', subj_charset='iso-2022-jp', date=d, headers=h, body=body,
       new_text=new, ids=['AWS02957731'])

    # 047 unrelated phishing: renewal fee, not about the merge
    u = 'wei.zhang@hotmail.com'
    d = dt('2025-04-20 06:03:33')
    new = """Dear Candidate,

Our records show that your AWS Certified Cloud Practitioner certification expires in
3 days. To avoid losing your certification status, a renewal processing fee of USD 49
must be paid before the expiry date.

Renew now: https://certification-aws.net/renew

AWS Certification Renewal Team
"""
    body = text_part(new, cte='7bit')
    h = trace('outlook', u, d, mailfrom='noreply@certification-aws.net', helo='smtp.certification-aws.net',
              ip='91.92.240.15', dkim=[], spf='pass', dmarc='none', from_domain='certification-aws.net')
    mk('047-phish-renewal-fee-not-merge.eml', kind='unrelated', case_id=None, lang='en', verified=False,
       frm=formataddr(('AWS Certification', 'noreply@certification-aws.net')), to=u,
       subject='Your AWS certification expires in 3 days - renew now', date=d, headers=h, body=body, new_text=new,
       ids=[])


def mails_part6():
    # 048 unrelated: Credly's own self-service account merge code (genuine Credly)
    u = 'l.brenner.cloud@gmail.com'
    d = dt('2025-08-25 18:20:03')
    new = """Hi Lukas,

We received a request to merge another Credly account into your account
(l.brenner.cloud@gmail.com).

Your verification code is: 482913

Enter this code on the merge page, or click the button below to finish:

Complete Account Merge: https://www.credly.com/users/account_merges/verify?token=9b0f2c7e41d3

This code expires in 30 minutes. If you didn't request this, you can ignore this e-mail;
no changes will be made to your account.

The Credly Team
"""
    body = alternative(text_part(new, cte='7bit'), text_part(html_wrap(txt2html(new)), 'html', cte='quoted-printable'))
    h = trace('gmail', u, d, mailfrom='bounces+1893215-77c2-l.brenner.cloud=gmail.com@em.credly.com',
              helo='o3.em.credly.com', ip='167.89.101.36', dkim=[('pass', 'credly.com', 's1')], dmarc='pass', from_domain='credly.com')
    h.append(('DKIM-Signature', dkim_sig('credly.com', 's1', d)))
    mk('048-credly-self-service-merge-code.eml', kind='unrelated', case_id=None, lang='en', verified=True,
       frm=formataddr(('Credly', 'admin@credly.com')), to=u, subject='Confirm your Credly account merge', date=d,
       headers=h, body=body, new_text=new, ids=[])

    # 049 unrelated: Seller Central case asking to confirm a listing merge (same subject style)
    u = 'olu.adeyemi@yahoo.com'
    d = dt('2025-03-18 14:06:29')
    new = """Hello,

Thank you for contacting Amazon Seller Support. My name is Divya and I am happy to
assist you today.

I understand that you would like your two listings for the same product to be merged.
Before I submit the request to our catalog team, could you please confirm the following:

  - Child ASIN to be merged: B0C7XK2L9M
  - Parent / surviving ASIN: B0C7XJ11QP

Please note that once the listings are merged, customer reviews will be combined and
this cannot be reverted.

You can reply to this case in Seller Central under Case Log.

We value your feedback. Please rate my response using one of the links below.

Thanks for selling with Amazon,
Divya
Amazon Seller Support
"""
    body = alternative(text_part(new, cte='quoted-printable'), text_part(html_wrap(txt2html(new)), 'html', cte='quoted-printable'))
    mk('049-seller-central-case-confirm-asin-merge.eml', kind='unrelated', case_id='5884881212', lang='en',
       verified=True, frm=formataddr(('Amazon Seller Support', 'seller-support@amazon.com')), to=u,
       subject='RE:[CASE 5884881212] Merge duplicate listings', date=d, headers=ses_trace('yahoo', u, d),
       body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=[])

    # 050 unrelated: another AWS support case of the same user (quota increase)
    u = 'priya.raman.dev@gmail.com'
    op = dt('2025-06-02 09:10:00')
    qcid = case15(op, 40025)
    d = dt('2025-06-02 16:33:20')
    new = """Hello,

Thank you for contacting AWS Support regarding your service quota increase request.

Before we can submit it to the service team, could you please confirm the following:

1. The Region in which you need the additional capacity (you selected us-east-1).
2. The instance family you plan to launch (G5 or G6).
3. A brief description of the workload.

Please reply via the Support Center.

Best regards,

Mateus F.
Amazon Web Services
""" + CONSOLE_FOOTER.format(cid=qcid)
    body = text_part(new, cte='quoted-printable')
    mk('050-aws-quota-case-please-confirm-region.eml', kind='unrelated', case_id=qcid, lang='en', verified=True,
       frm=AWS_NOREPLY, to=u, subject='RE:[CASE %s] Limit Increase: EC2 Instances' % qcid, date=d,
       headers=ses_trace('gmail', u, d), body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=[])

    # 051 unrelated: CertMetrics recertification mail naming the candidate id
    d = dt('2025-06-11 20:14:02')
    new = """Dear Priya Raman,

Congratulations! You have successfully recertified your AWS Certified Developer -
Associate certification.

Candidate ID: AWS10392856
Validation number: Q8W2N6L1C4JE1KX9
Valid through: June 11, 2028

You can download your certificate and view your benefits in your AWS Certification
Account at https://www.aws.training/Certification.

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Certification. Please do not
reply to this e-mail.
"""
    html = html_wrap(txt2html(new))
    body = alternative(text_part(new, cte='quoted-printable'), text_part(html, 'html', cte='quoted-printable'))
    h = trace('gmail', u, d, mailfrom='bounce-8812@mail.certmetrics.com', helo='mail.certmetrics.com', ip='52.3.41.150',
              dkim=[('pass', 'certmetrics.com', 'k1')], dmarc='pass', from_domain='certmetrics.com')
    h.append(('DKIM-Signature', dkim_sig('certmetrics.com', 'k1', d)))
    mk('051-certmetrics-recertified-candidate-id.eml', kind='unrelated', case_id=None, lang='en', verified=False,
       frm=formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')), to=u,
       subject='Congratulations on your AWS Certification recertification', date=d, headers=h, body=body,
       new_text=new, ids=['AWS10392856'])

    # 052 unrelated: Pearson VUE booking confirmation naming an AWS id
    u = 'wei.zhang@hotmail.com'
    d = dt('2025-04-11 03:47:51')
    new = """Dear Wei Zhang,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAA-C03: AWS Certified Solutions Architect - Associate
Date: Thursday, April 24, 2025
Time: 10:00 AM SGT
Location: OnVUE online proctored
Registration ID: 512884730
AWS Candidate ID: AWS11457720

Please check in 30 minutes before your appointment. To reschedule or cancel, visit
https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Pearson VUE
"""
    body = text_part(html_wrap(txt2html(new)), 'html', cte='quoted-printable')
    h = trace('outlook', u, d, mailfrom='bounces@pearsonvue.com', helo='mx2.pearsonvue.com', ip='159.182.3.70',
              dkim=[('pass', 'pearson.com', 'pvue1')], dmarc='pass', from_domain='pearson.com')
    h.append(('DKIM-Signature', dkim_sig('pearson.com', 'pvue1', d)))
    mk('052-pearson-vue-booking-confirmation.eml', kind='unrelated', case_id=None, lang='en', verified=False,
       frm=formataddr(('Pearson VUE', 'PearsonVUEConfirmation@pearson.com')), to=u,
       subject='Pearson VUE Confirmation of Booking', date=d, headers=h, body=body,
       new_text=html_to_text(html_wrap(txt2html(new))), ids=['AWS11457720'])

    # 053 unrelated: GitHub "merged" notification
    u = 'l.brenner.cloud@gmail.com'
    d = dt('2025-08-21 09:58:14')
    new = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kraftwerk-it/account-baseline/pull/482#event-17392048815
You are receiving this because you authored the thread.
"""
    body = alternative(text_part(new, cte='7bit'), text_part(html_wrap(txt2html(new)), 'html', cte='7bit'))
    h = trace('gmail', u, d, mailfrom='noreply@github.com', helo='out-21.smtp.github.com', ip='192.30.252.204',
              dkim=[('pass', 'github.com', 'pf2023')], dmarc='pass', from_domain='github.com')
    h.append(('DKIM-Signature', dkim_sig('github.com', 'pf2023', d)))
    mk('053-github-pr-merged-notification.eml', kind='unrelated', case_id=None, lang='en', verified=False,
       frm=formataddr(('Jonas Hartmann', 'notifications@github.com')), to=formataddr(('kraftwerk-it/account-baseline', 'account-baseline@noreply.github.com')),
       subject='Re: [kraftwerk-it/account-baseline] Merge AWS account baseline v2 into main (PR #482)', date=d,
       headers=h, body=body, new_text=new, ids=[],
       extra=[('In-Reply-To', '<kraftwerk-it/account-baseline/pull/482@github.com>'),
              ('References', '<kraftwerk-it/account-baseline/pull/482@github.com>'),
              ('List-ID', 'kraftwerk-it/account-baseline <account-baseline.kraftwerk-it.github.com>'),
              ('X-GitHub-Reason', 'author')])

    # 054 unrelated: Credly badge expiry reminder
    u = 'marcus.feld@outlook.com'
    d = dt('2025-08-12 12:30:47')
    new = """Hi Marcus,

Your badge AWS Certified SysOps Administrator - Associate, issued by Amazon Web Services
Training and Certification, will expire on September 11, 2025.

To keep your badge active, complete the recertification requirements described by the
issuer before the expiration date.

View badge: https://www.credly.com/badges/70c2a1d4-58e3-4b9f-a0e6-1d2c5b7f8e90

Credly
"""
    body = alternative(text_part(new, cte='7bit'), text_part(html_wrap(txt2html(new)), 'html', cte='base64'))
    h = trace('outlook', u, d, mailfrom='bounces+1893215-91ad-marcus.feld=outlook.com@em.credly.com',
              helo='o5.em.credly.com', ip='167.89.101.40', dkim=[('pass', 'credly.com', 's1')], dmarc='pass', from_domain='credly.com')
    h.append(('DKIM-Signature', dkim_sig('credly.com', 's1', d)))
    mk('054-credly-badge-expiring-reminder.eml', kind='unrelated', case_id=None, lang='en', verified=True,
       frm=formataddr(('Credly', 'admin@credly.com')), to=u, subject='Your badge will expire in 30 days', date=d,
       headers=h, body=body, new_text=new, ids=[])

    # 055 unrelated: Japanese newsletter that mentions account merging
    u = 'kenichi.sato@nifty.com'
    d = dt('2025-06-05 01:00:12')
    html = html_wrap("""<h2>AWS トレーニングと認定 ニュースレター 2025 年 6 月号</h2>
<p>いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。</p>
<h3>新しい認定試験のご案内</h3>
<p>AWS Certified AI Practitioner の日本語版試験の提供を開始しました。</p>
<h3>よくあるご質問：認定アカウントが 2 つあるのですが？</h3>
<p>過去に別のメールアドレスで登録された場合、アカウントの統合をご依頼いただけます。詳しくは <a href="https://aws.amazon.com/jp/certification/faqs/">よくある質問</a> をご覧ください。</p>
<p style="font-size:11px;color:#687078">配信停止をご希望の場合は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>
Amazon Web Services Japan G.K. 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>""", lang='ja')
    body = text_part(html, 'html', cte='quoted-printable')
    mk('055-ja-newsletter-mentions-tougou.eml', kind='unrelated', case_id=None, lang='ja', verified=True,
       frm=formataddr(('Amazon Web Services', 'aws-marketing-email-replies@amazon.com')), to=u,
       subject='【AWS トレーニングと認定】ニュースレター 2025 年 6 月号', subj_charset='utf-8', date=d,
       headers=ses_trace('nifty', u, d), body=body, new_text=html_to_text(html), msgid=ses_id(d), extra=SES_EXTRA(d),
       ids=[])

    # 056 credly_badge_issued (2019, youracclaim, corporate relay without Authentication-Results)
    u = 'jan.kowalski@kowalski-it.pl'
    d = dt('2019-11-14 08:41:30')
    new = """Jan, you've been issued a badge from Amazon Web Services Training and Certification!

AWS Certified Solutions Architect - Associate

Accept your badge to let your network know about your achievement:
https://www.youracclaim.com/earner/earned/badge/0d6a3c21-7f84-4b25-9e1a-5c8f0b4d2e17

Acclaim is the Credly platform for digital credentials.

Credly, Inc. | 100 Park Ave, New York, NY 10017
"""
    body = alternative(text_part(new, cte='7bit'), text_part(html_wrap(txt2html(new)), 'html', cte='quoted-printable'))
    h = trace('none', u, d, mailfrom='bounces+3107794-5a2f-jan.kowalski=kowalski-it.pl@sendgrid.youracclaim.com',
              helo='o1.sendgrid.youracclaim.com', ip='167.89.55.12')
    h.append(('DKIM-Signature', dkim_sig('youracclaim.com', 's1', d)))
    mk('056-acclaim-2019-badge-issued.eml', kind='credly_badge_issued', case_id=None, lang='en', verified=None,
       frm=formataddr(('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com')), to=u,
       subject="Jan, you've been issued a badge from Amazon Web Services Training and Certification", date=d,
       headers=h, body=body, new_text=new, ids=[])

    # ---------------- Case C13: form case, Outlook user
    u = 'sarah.oconnell84@outlook.com'
    to = formataddr(("Sarah O'Connell", u))
    op = dt('2025-01-21 14:55:17')
    cid = case15(op, 11268)
    subj_re = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid
    sig = """
Many thanks,

Declan
AWS Training and Certification
"""
    # 057 case_created: acknowledgement that echoes the submitted form
    d = op + timedelta(seconds=37)
    new = """Hello Sarah,

We have received your request and created case {cid}.

Summary of your submission:
  Inquiry type:      AWS Training and Certification
  Category:          Certification - Account Merge
  AWS candidate ID:  AWS09530018
  Description:       I have two accounts. aws02214769 was created with my college
                     e-mail, the other one with my outlook address. Please combine them.

One of our agents will contact you, normally within 24 hours. You can reply to this
e-mail if you want to add information to your request.

AWS Training and Certification Customer Support
""".format(cid=cid)
    body = alternative(text_part(new, cte='quoted-printable'), text_part(html_wrap(txt2html(new)), 'html', cte='quoted-printable'))
    mk('057-form-ack-echoes-submission.eml', kind='case_created', case_id=cid, lang='en', verified=True,
       frm=AWS_FORM, to=to, subject='[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
       date=d, headers=ses_trace('outlook', u, d), body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d),
       ids=['AWS02214769', 'AWS09530018'])

    # 058 support_reply: which one to keep + reason
    d = dt('2025-01-22 10:12:03')
    ask = """Hello Sarah,

Thanks for getting in touch. I've found both accounts: AWS02214769 (registered with
s.oconnell@mail.ucd.ie) and AWS09530018 (registered with sarah.oconnell84@outlook.com).

Two quick questions before I can set this up:

1. Which of the two accounts would you like to keep? The other one will be closed.
2. Could you briefly tell us why a second account was created (for example, a new
   e-mail address or a new employer)? We need this for our records.
""" + sig
    body = text_part(ask + FORM_FOOTER, cte='quoted-printable')
    mk('058-which-to-keep-and-why.eml', kind='support_reply', case_id=cid, lang='en', verified=True,
       frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('outlook', u, d), body=body, new_text=ask,
       msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS02214769', 'AWS09530018'])

    # 059 merge_confirmation_requested: "is that correct?" after the user kept the older account
    d = dt('2025-01-23 09:26:48')
    new = """Hello Sarah,

Thank you for the quick reply.

Just to make sure we get this right, as it is a bit unusual to keep the older account:
you would like AWS02214769 to stay active, and AWS09530018 (your outlook.com account) to
be merged into it and closed. After that you would sign in with s.oconnell@mail.ucd.ie,
which you have told us you still have access to.

Is that correct? A short "yes" is enough, or let me know if you would like it the other
way around.
""" + sig
    quoted = """
-----Original Message-----
From: Sarah O'Connell <sarah.oconnell84@outlook.com>
Sent: Wednesday, January 22, 2025 8:31 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Declan,
1. Please keep the ucd.ie one (AWS02214769), I still use it as alumni mail and my employer
   reimbursements are linked to it.
2. I forgot the first account existed when I booked my second exam.
Sarah

> -----Original Message-----
> From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
> Sent: Wednesday, January 22, 2025 10:12 AM
> Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
>
> Hello Sarah,
>
> Thanks for getting in touch. I've found both accounts: AWS02214769 (registered with
> s.oconnell@mail.ucd.ie) and AWS09530018 (registered with sarah.oconnell84@outlook.com).
> > 1. Which of the two accounts would you like to keep? The other one will be closed.
""" % (cid, cid)
    body = text_part(new + quoted, charset='windows-1252', cte='quoted-printable')
    mk('059-keep-older-one-is-that-correct.eml', kind='merge_confirmation_requested', case_id=cid, lang='en',
       verified=True, frm=AWS_FORM, to=to, subject=subj_re, date=d, headers=ses_trace('outlook', u, d), body=body,
       new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d), ids=['AWS02214769', 'AWS09530018'])

    # 060 survey: rating request only
    d = dt('2025-01-27 18:05:55')
    new = """Hello Sarah,

Recently you contacted AWS Training and Certification (case {cid}). We'd like to know how
we did.

On a scale of 1 to 5, how satisfied are you with the support you received?

  1  2  3  4  5
  https://survey.aws-tc-support.amazon.com/s/rate?c={cid}

This short survey takes less than a minute. Thank you for helping us improve.

AWS Training and Certification
""".format(cid=cid)
    html = html_wrap('<h3>How did we do?</h3>' + txt2html(new).replace('  1  2  3  4  5', ' '.join(
        '<a href="https://survey.aws-tc-support.amazon.com/s/rate?c=%s&amp;score=%d" style="padding:6px 10px;border:1px solid #ff9900">%d</a>' % (cid, i, i) for i in range(1, 6))))
    body = alternative(text_part(new, cte='7bit'), text_part(html, 'html', cte='quoted-printable'))
    mk('060-rate-your-support-experience.eml', kind='survey', case_id=cid, lang='en', verified=True,
       frm=formataddr(('AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com')), to=to,
       subject='How did we do? Your feedback on case %s' % cid, date=d, headers=ses_trace('outlook', u, d),
       body=body, new_text=new, msgid=ses_id(d), extra=SES_EXTRA(d))


if __name__ == '__main__':
    mails_part1()
    mails_part2()
    mails_part3()
    mails_part4()
    mails_part5()
    mails_part6()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print(len(LABELS), 'mails written')
