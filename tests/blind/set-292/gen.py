#!/usr/bin/env python3
"""Generator for blind set 292: realistic AWS Certification account-merge mailbox.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json in this folder.
"""
import base64
import datetime as dt
import hashlib
import html as htmlmod
import json
import os
import quopri
import random
import re
import sys
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
import io

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(292)
LABELS = {}
NEWTEXT = {}

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')
PDT = dt.timezone(dt.timedelta(hours=-7), 'PDT')
PST = dt.timezone(dt.timedelta(hours=-8), 'PST')
CET = dt.timezone(dt.timedelta(hours=1), 'CET')
CEST = dt.timezone(dt.timedelta(hours=2), 'CEST')
IST = dt.timezone(dt.timedelta(hours=5, minutes=30), 'IST')
EST = dt.timezone(dt.timedelta(hours=-5), 'EST')
EDT = dt.timezone(dt.timedelta(hours=-4), 'EDT')
WAT = dt.timezone(dt.timedelta(hours=1), 'WAT')


# ----------------------------------------------------------------- helpers
def rhex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def ralnum(n, alphabet='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def fold_b64(s, first=60, width=70, indent='\t '):
    """Fold a long base64 string the way signers do."""
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(indent + s[:width])
        s = s[width:]
    return '\n'.join(out)


def cid15(t, suffix=None):
    """15-digit case id: unix time of opening + 5 digits."""
    if suffix is None:
        suffix = rng.randrange(100, 99999)
    return '%d%05d' % (int(t.timestamp()), suffix)


def ses_id(t, domain='email.amazonses.com'):
    ms = int(t.timestamp() * 1000)
    u = '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), '4' + rhex(3), rng.choice('89ab') + rhex(3), rhex(12))
    return '<0100%012x-%s-000000@%s>' % (ms, u, domain)


def rfc_date(t):
    return format_datetime(t)


def rcv_date(t, tz, label=True):
    lt = t.astimezone(tz)
    s = format_datetime(lt)
    if label and tz.tzname(None) and tz not in (UTC,):
        s += ' (%s)' % tz.tzname(None)
    return s


def strip_html(h):
    h = re.sub(r'(?is)<(style|script|head)[^>]*>.*?</\1>', ' ', h)
    h = re.sub(r'(?i)<br\s*/?>', '\n', h)
    h = re.sub(r'(?i)</(p|div|tr|li|h\d|table|blockquote)>', '\n', h)
    h = re.sub(r'<[^>]+>', ' ', h)
    return htmlmod.unescape(h)


PYCODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
           'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252',
           'euc-jp': 'euc_jp'}


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable',
              label=None, codec=None):
    """A single text/* part with explicit charset and transfer encoding.
    label: charset name written in the header (may deliberately differ)."""
    codec = codec or PYCODEC[charset.lower()]
    raw = text.encode(codec)
    p = Message()
    p['Content-Type'] = 'text/%s; charset="%s"' % (subtype, label or charset)
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


def alt(*parts, boundary):
    m = MIMEMultipart('alternative', boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, boundary, subtype='mixed'):
    m = MIMEMultipart(subtype, boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def java_boundary(t):
    return '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 8, 10 ** 9),
                                     int(t.timestamp() * 1000))


def gmail_boundary():
    return '0000000000' + rhex(16)


def outlook_boundary():
    return '_000_%s%s_' % (ralnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
                           ralnum(15, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))


def ruby_boundary():
    return '--==_mimepart_%s_%s' % (rhex(12), ralnum(6, '0123456789'))


def enc_subject(s, charset):
    """Encoded-word subject folded over lines (pre-encoded ASCII)."""
    h = Header(s, charset, maxlinelen=76, header_name='Subject')
    return h.encode(linesep='\n')


def b_words(s, charset='utf-8', chunk=14):
    """Manual B encoded-words, chunked, folded with a leading space."""
    words = []
    codec = PYCODEC[charset.lower()]
    for i in range(0, len(s), chunk):
        piece = s[i:i + chunk].encode(codec)
        words.append('=?%s?B?%s?=' % (charset, base64.b64encode(piece).decode()))
    return '\n '.join(words)


def q_words(s, charset='utf-8'):
    """Q encoded-words, split only between characters."""
    codec = PYCODEC[charset.lower()]
    toks = []
    for ch in s:
        raw = ch.encode(codec)
        if len(raw) == 1 and raw[0] < 128 and (ch.isalnum() or ch in '!*+-/'):
            toks.append(ch)
        elif ch == ' ':
            toks.append('_')
        else:
            toks.append(''.join('=%02X' % b for b in raw))
    words, cur = [], ''
    for tok in toks:
        if len(cur) + len(tok) > 58:
            words.append(cur)
            cur = ''
        cur += tok
    words.append(cur)
    return '\n '.join('=?%s?Q?%s?=' % (charset, w) for w in words)


# ---------------------------------------------------------- trace headers
SES_IPS = ['54.240.8.%d' % i for i in range(10, 90)] + ['54.240.9.%d' % i for i in range(30, 120)] + \
          ['54.240.48.%d' % i for i in range(90, 120)] + ['23.251.234.%d' % i for i in range(1, 30)]


def ses_host(ip):
    a, b, c, d = ip.split('.')
    if a == '23':
        return 'e234-%s.smtp-out.amazonses.com' % d
    return 'a%s-%s.smtp-out.amazonses.com' % (c, d)


def dkim_sig(d, sel, t, hdrs='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date',
             c='relaxed/simple', extra=''):
    b = fold_b64(rb64(256), first=40)
    return ('DKIM-Signature',
            'v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;%s\n\tbh=%s;\n\tb=%s' %
            (c, sel, d, int(t.timestamp()), hdrs, extra, rb64(32), b))


AMZ_SEL = ['rjoqz6l4ybchvf5b3nnsdmvvv3zcgmyo', 'x7kqmwtu4v3o2np5hlcsagd6zj2ewn4b', 'tuvj4jp2n6sa7dh3bkxqwpmlrhyg5kz3']
SES_SEL = ['224i4yxa5dv7c2xz3womw6peuasteono', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw']


def ar_line(authserv, dkims, spf, spf_detail, mailfrom, dmarc, hfrom, dmarc_detail=''):
    parts = [authserv]
    for d, res, sel in dkims:
        parts.append('\n       dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, sel, rb64(6)[:8]))
    if spf:
        parts.append('\n       spf=%s %s smtp.mailfrom=%s' % (spf, spf_detail, mailfrom) if spf_detail else
                     '\n       spf=%s smtp.mailfrom=%s' % (spf, mailfrom))
    if dmarc:
        parts.append('\n       dmarc=%s %sheader.from=%s' % (dmarc, dmarc_detail, hfrom))
    return ';'.join(parts)


def trace(style, t, rcpt, hfrom_dom, *, ip=None, helo=None, mailfrom=None, dkim=None, spf='pass',
          dmarc='pass', dmarc_policy='QUARANTINE', ret_path=None, authserv=None, extra_top=None):
    """Return (top_headers) list for the receiving side.
    dkim: list of (domain, result, selector)."""
    ip = ip or rng.choice(SES_IPS)
    helo = helo or ses_host(ip)
    mailfrom = mailfrom or 'amazonses.com'
    dkim = dkim if dkim is not None else [(hfrom_dom, 'pass', rng.choice(AMZ_SEL)), ('amazonses.com', 'pass', SES_SEL[0])]
    if not ret_path and 'amazonses' not in mailfrom:
        ret_path = '<%s@%s>' % (rng.choice(['bounce', 'mailer', 'noreply', 'return']) + '-' + rhex(8), mailfrom)
    ret_path = ret_path or '<0100%012x-%s-%s-%s-%s-%s-000000@%s>' % (int(t.timestamp() * 1000), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), mailfrom)
    h = []
    arrive = t + dt.timedelta(seconds=rng.randrange(1, 9))
    if style in ('gmail', 'workspace'):
        dom = rcpt.split('@')[1]
        h.append(('Delivered-To', rcpt))
        h.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' %
                  (rhex(4), rhex(3), rhex(3), rhex(3), rhex(4), ralnum(10), rcv_date(arrive, PDT if arrive.month in range(4, 11) else PST))))
        h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:86]))
        h.append(('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s' %
                  (rhex(4), rhex(3), rhex(3), ralnum(12), rng.randrange(1000), rng.randrange(10 ** 13),
                   rcv_date(arrive, PDT if arrive.month in range(4, 11) else PST))))
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' %
                  (int(arrive.timestamp()), fold_b64(rb64(160), 48, 70, '         '))))
        h.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' %
                  (rb64(32), rb64(32), fold_b64(rb64(160), 48, 70, '         '))))
        aserv = 'mx.google.com'
        spf_detail = '(google.com: domain of %s designates %s as permitted sender)' % (ret_path.strip('<>'), ip) \
            if spf == 'pass' else '(google.com: domain of %s does not designate %s as permitted sender)' % (ret_path.strip('<>'), ip)
        dd = '(p=%s sp=%s dis=%s) ' % (dmarc_policy, dmarc_policy, 'NONE' if dmarc == 'pass' else ('QUARANTINE' if dmarc_policy != 'NONE' else 'NONE'))
        ar = ar_line(aserv, dkim, spf, spf_detail, mailfrom if '@' not in mailfrom else mailfrom, dmarc, hfrom_dom, dd if dmarc else '')
        h.append(('ARC-Authentication-Results', 'i=1; ' + ar))
        h.append(('Return-Path', ret_path))
        h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' %
                  (helo, helo, ip, ralnum(20), rng.randrange(100), rng.randrange(10 ** 13), rcpt,
                   rcv_date(arrive, PDT if arrive.month in range(4, 11) else PST))))
        h.append(('Received-SPF', '%s %s client-ip=%s;' % (spf, spf_detail, ip)))
        h.append(('Authentication-Results', ar))
    elif style == 'outlook':
        hops = ['%s%dPR%02dMB%04d.namprd%02d.prod.outlook.com' % (rng.choice(['BN', 'SA', 'CH', 'DM', 'PH']), rng.randrange(1, 9),
                                                                  rng.randrange(1, 20), rng.randrange(1000, 9999), rng.randrange(1, 20))
                for _ in range(2)]
        eop = '%s.mail.protection.outlook.com' % ('%sNAM%02dFT%03d' % (rng.choice(['BN1', 'SN1', 'DS1', 'CO1']), rng.randrange(1, 12), rng.randrange(1, 99)))
        for i, hop in enumerate(hops):
            nxt = hops[i + 1] if i + 1 < len(hops) else eop.replace('.mail.', '.')
            h.append(('Received', 'from %s (2603:10b6:%s::%s) by\n %s with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' %
                      (nxt, rhex(3), rhex(2), hop, rng.randrange(8000, 9300), rng.randrange(10, 40),
                       format_datetime(arrive.astimezone(UTC)).replace('-0000', '+0000'))))
        ar = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; ' % (spf, ip, mailfrom)
        ar += ''.join('dkim=%s (%s)\n header.d=%s;' % (res, 'signature was verified' if res == 'pass' else 'signature did not verify', d) for d, res, sel in dkim)
        if not dkim:
            ar += 'dkim=none (message not signed)\n header.d=none;'
        if dmarc:
            ar += 'dmarc=%s action=%s\n header.from=%s;' % (dmarc, 'quarantine' if dmarc == 'fail' else 'none', hfrom_dom)
        ar += 'compauth=%s reason=%s' % (('pass', '100') if dmarc == 'pass' else ('fail', '001' if dmarc == 'none' else '000'))
        if authserv:  # some relays do write an authserv-id
            ar = authserv + '; ' + ar
        h.append(('Authentication-Results', ar))
        h.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n %s %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' %
                  (spf.capitalize(), mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip, helo)))
        h.append(('Received', 'from %s (%s) by\n %s (10.13.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' %
                  (helo, ip, eop, rng.randrange(1, 250), rng.randrange(1, 250), rng.randrange(8000, 9300), rng.randrange(10, 40),
                   format_datetime(arrive.astimezone(UTC)).replace('-0000', '+0000'))))
        h.append(('X-IncomingHeaderCount', str(rng.randrange(12, 20))))
        h.append(('Return-Path', ret_path))
        h.append(('X-MS-Exchange-Organization-ExpirationStartTime', arrive.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)'))
        h.append(('X-MS-Exchange-Organization-Network-Message-Id', '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))))
        h.append(('X-MS-Exchange-Organization-SCL', '1'))
    elif style == 'yahoo':
        h.append(('X-Apparently-To', '%s; %s' % (rcpt, format_datetime(arrive.astimezone(UTC)).replace('-0000', '+0000'))))
        h.append(('Return-Path', ret_path))
        h.append(('Received-SPF', '%s (domain of %s designates %s as permitted sender)' % (spf, mailfrom, ip)))
        h.append(('X-YMailISG', rb64(60)))
        h.append(('X-Originating-IP', '[%s]' % ip))
        aserv = authserv or 'atlas-production.v2.mail.gq1.yahoo.com'
        parts = [aserv]
        for d, res, sel in dkim:
            parts.append('\n dkim=%s header.i=@%s header.s=%s' % (res, d, sel))
        parts.append('\n spf=%s smtp.mailfrom=%s' % (spf, mailfrom))
        if dmarc:
            parts.append('\n dmarc=%s(p=%s) header.from=%s' % (dmarc, dmarc_policy, hfrom_dom))
        h.append(('Authentication-Results', ';'.join(parts) + ';'))
        h.append(('Received', 'from %s (EHLO %s)\n by 10.217.%d.%d with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n %s' %
                  (ip, helo, rng.randrange(1, 250), rng.randrange(1, 250), format_datetime(arrive.astimezone(UTC)).replace('-0000', '+0000'))))
    elif style in ('nifty', 'ocn', 'sakura', 'biglobe'):
        aserv = authserv or {'nifty': 'nifty.com', 'ocn': 'ocn.ne.jp', 'sakura': 'www%d.sakura.ne.jp' % rng.randrange(1000, 9999),
                             'biglobe': 'mail.biglobe.ne.jp'}[style]
        mx = {'nifty': 'mta-rcv%02d.nifty.com' % rng.randrange(1, 30), 'ocn': 'mfgw%d.ocn.ad.jp' % rng.randrange(10, 99),
              'sakura': aserv, 'biglobe': 'mx%d.biglobe.ne.jp' % rng.randrange(1, 9)}[style]
        h.append(('Return-Path', ret_path))
        h.append(('Delivered-To', rcpt))
        h.append(('X-Original-To', rcpt))
        parts = [aserv]
        if spf:
            parts.append('\n\tspf=%s smtp.mailfrom=%s' % (spf, mailfrom))
        for d, res, sel in dkim:
            parts.append('\n\tdkim=%s header.d=%s' % (res, d))
        if dmarc:
            parts.append('\n\tdmarc=%s header.from=%s' % (dmarc, hfrom_dom))
        h.append(('Authentication-Results', ';'.join(parts)))
        h.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' %
                  (helo, helo, ip, mx, ralnum(11, 'ABCDEF0123456789'), rcpt, rcv_date(arrive, JST))))
    elif style == 'none':
        # corporate relay / client export without any Authentication-Results
        h.append(('Return-Path', ret_path))
        h.append(('Received', 'from mailgw01.%s (mailgw01.%s [10.%d.%d.%d])\n\tby mbx%02d.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' %
                  (rcpt.split('@')[1], rcpt.split('@')[1], rng.randrange(255), rng.randrange(255), rng.randrange(255),
                   rng.randrange(1, 9), rcpt.split('@')[1], ralnum(10, 'ABCDEF0123456789'), rcpt, rcv_date(arrive, UTC, False))))
        h.append(('Received', 'from %s (%s [%s])\n\tby mailgw01.%s with ESMTPS id %s\n\tfor <%s>; %s' %
                  (helo, helo, ip, rcpt.split('@')[1], ralnum(12), rcpt, rcv_date(arrive, UTC, False))))
    else:
        raise ValueError(style)
    if extra_top:
        h = extra_top + h
    return h


# ------------------------------------------------------------- mail writer
ID_RE = re.compile(r'(?i)\baws[\s\-]?(\d{8})\b')


def ids_in(s):
    return sorted({'AWS' + m for m in ID_RE.findall(s)})


def write_mail(num, slug, *, kind, case, lang, sv, frm, to, subject, date, body, top=(), own=(),
               msgid=None, new='', new_html='', ids=None, crlf=False, cc=None, reply_to=None):
    """body: a Message (part or multipart). top: receiving-side trace headers.
    own: sender-side headers above From (DKIM etc). new: the NEW top text used for labels."""
    fname = '%03d-%s.eml' % (num, slug)
    m = Message()
    for k, v in top:
        m[k] = v
    for k, v in own:
        m[k] = v
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subject
    m['Message-ID'] = msgid or ses_id(date)
    m['Date'] = rfc_date(date)
    m['MIME-Version'] = '1.0'
    for k, v in body.items():
        if k.lower() != 'mime-version':
            m[k] = v
    m._payload = body._payload  # keep raw (8bit surrogate-escaped) payloads intact
    newall = new + '\n' + strip_html(new_html)
    auto_ids = ids_in(newall)
    if ids is None:
        ids = auto_ids
    ids = sorted(set(ids))
    if ids != auto_ids:
        raise SystemExit('%s: ids %s != auto %s' % (fname, ids, auto_ids))
    pol = policy.compat32.clone(max_line_length=0, linesep='\r\n' if crlf else '\n')
    buf = io.BytesIO()
    BytesGenerator(buf, policy=pol, mangle_from_=False).flatten(m)
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(buf.getvalue())
    LABELS[fname] = {'kind': kind, 'case_id': case, 'account_ids': ids, 'sender_verified': sv, 'language': lang}
    NEWTEXT[fname] = newall
    return fname


# common addresses
FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'


def console_footer(cid, lang='en'):
    return ('\nTo view this case, reply, or see earlier messages, open the Support Center:\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=%s\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
            'Please use the link above if you need to contact us again about this same issue.\n\n'
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
            'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
            'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n' % (cid, lang))


def console_footer_html(cid, lang='en'):
    return ('<p style="font-size:12px;color:#545b64">To view this case, reply, or see earlier messages, open the '
            '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=%s">Support Center</a>.</p>'
            '<p style="font-size:11px;color:#879596">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
            'Please use the link above if you need to contact us again about this same issue.</p>'
            '<p style="font-size:11px;color:#879596">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
            'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., '
            '410 Terry Ave. North, Seattle, WA 98109-5210</p>' % (cid, lang))


def amz_own(t, dom='amazon.com'):
    return [dkim_sig(dom, rng.choice(AMZ_SEL), t), dkim_sig('amazonses.com', SES_SEL[0], t,
                                                             hdrs='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')]


def amz_tail(t):
    return [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(30)[:43]),
            ('X-SES-Outgoing', '%s-%s' % (t.strftime('%Y.%m.%d'), rng.choice(SES_IPS)))]


def amz(t, dom='amazon.com'):
    return amz_own(t, dom) + amz_tail(t)


MAILS = []  # filled by part modules below


def done():
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(dict(sorted(LABELS.items())), f, indent=1, ensure_ascii=False)
    print('wrote', len(LABELS), 'mails')


# ====================================================================== MAILS
# ---------------------------------------------------------------- threads
PRIYA = 'priya.raman.dev@gmail.com'
tA = dt.datetime(2025, 5, 27, 23, 14, 5, tzinfo=UTC)
cidA = cid15(tA, 810)
MARCUS = 'marcus.webb@outlook.com'
tB = dt.datetime(2026, 1, 13, 15, 42, 51, tzinfo=UTC)
cidB = cid15(tB, 2217)
SEUN = 'seun.adeyemi@yahoo.com'
tC = dt.datetime(2022, 8, 16, 9, 3, 44, tzinfo=UTC)
cidC = '10982734561'
TANAKA = 'k-tanaka@nifty.com'
tD = dt.datetime(2025, 9, 9, 0, 21, 37, tzinfo=UTC)
cidD = cid15(tD, 40391)
LENA = 'lena.fischer.cloud@gmail.com'
tE = dt.datetime(2020, 6, 22, 12, 30, 2, tzinfo=UTC)
cidE = '7203918465'
DANIEL = 'daniel.kim@brightpath.io'
tF = dt.datetime(2025, 11, 4, 17, 3, 12, tzinfo=UTC)
cidF = cid15(tF, 5602)
SOFIA = 'sofia.mtz@hotmail.es'
tG = dt.datetime(2026, 3, 2, 10, 11, 40, tzinfo=UTC)
cidG = cid15(tG, 71)
ARJUN = 'arjun.nair@veridian-analytics.com'
tH = dt.datetime(2025, 7, 21, 5, 48, 19, tzinfo=UTC)
cidH = cid15(tH, 13580)
CHEN = 'chen.wei.ops@gmail.com'
tI = dt.datetime(2026, 2, 10, 2, 55, 9, tzinfo=UTC)
cidI = cid15(tI, 9044)

A_OLD, A_NEW = 'AWS04418230', 'AWS11920387'
B1, B2, B3 = 'AWS07731559', 'AWS20954108', 'AWS00862417'
C_OLD, C_NEW = 'AWS03319842', 'AWS15567203'
D_OLD, D_NEW = 'AWS09912045', 'AWS12003876'
E1, E2 = 'AWS00412876', 'AWS02239914'
F1, F2 = 'AWS05567712', 'AWS18830045'
G1, G2 = 'AWS13370981', 'AWS06624510'
H1, H2 = 'AWS16620094', 'AWS08845132'
I1, I2 = 'AWS19047763', 'AWS03390218'


def part1():
    # 001 terse one-line ack, form desk (thread A)
    t = tA + dt.timedelta(seconds=14)
    new = ("Got it - your note is logged as case %s and a person will get back to you within a day.\n\n"
           "AWS Training and Certification\n" % cidA)
    write_mail(1, 'form-desk-terse-ack', kind='case_created', case=cidA, lang='en', sv=True,
               frm=FORM, to=PRIYA, date=t,
               subject='[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidA,
               top=trace('gmail', t, PRIYA, 'amazon.com'), own=amz(t),
               body=text_part(new, cte='quoted-printable'), new=new)

    # 002 chatty HTML-only ack, console (thread B)
    t = tB + dt.timedelta(seconds=31)
    h = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Support</title></head>'
         '<body style="margin:0;padding:0;background:#f2f3f3;font-family:Amazon Ember,Arial,sans-serif">'
         '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
         '<table width="600" style="background:#ffffff;border-top:4px solid #ff9900">'
         '<tr><td style="padding:24px 32px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80"></td></tr>'
         '<tr><td style="padding:0 32px 8px 32px;font-size:15px;color:#16191f">'
         '<p>Hi Marcus,</p>'
         '<p>Thanks so much for reaching out &mdash; we really appreciate you taking the time to write in! '
         'This is just a friendly heads-up that your request made it safely to us and is sitting in our queue '
         'with a reference number of its own (see below). No need to do anything right now: one of our '
         'Training &amp; Certification specialists will pick it up and write back, usually well within a day.</p>'
         '<p>While you wait, feel free to grab a coffee &#9749; &mdash; and if you think of anything else we should know, '
         'you can add it to the same case from the Support Center rather than starting a fresh one. That keeps everything '
         'together and gets you an answer faster.</p></td></tr>'
         '<tr><td style="padding:8px 32px"><table cellpadding="6" style="border:1px solid #d5dbdb;font-size:14px;width:100%">'
         '<tr><td style="color:#545b64;width:120px">Case ID</td><td><b>' + cidB + '</b></td></tr>'
         '<tr><td style="color:#545b64">Subject</td><td>Combine my three certification profiles into one</td></tr>'
         '<tr><td style="color:#545b64">Severity</td><td>General guidance</td></tr>'
         '<tr><td style="color:#545b64">Correspondence</td><td>I passed SAA under my old job e-mail, then DVA and SOA under two personal ones. '
         'I would like to keep the outlook.com one. Thanks!</td></tr>'
         '</table></td></tr>'
         '<tr><td style="padding:16px 32px;font-size:15px">Talk soon,<br>The AWS Support crew</td></tr>'
         '<tr><td style="padding:0 32px 24px 32px">' + console_footer_html(cidB) + '</td></tr>'
         '</table></td></tr></table></body></html>')
    write_mail(2, 'console-chatty-html', kind='case_created', case=cidB, lang='en', sv=True,
               frm=CONSOLE, to=MARCUS, date=t,
               subject='Amazon Web Services: Support case %s is now in our queue' % cidB,
               top=trace('outlook', t, MARCUS, 'amazon.com'), own=amz(t),
               body=text_part(h, 'html', cte='base64'),
               new_html=h, ids=[])

    # 003 plain ack with html alternative, form desk (thread F, Workspace)
    t = tF + dt.timedelta(seconds=9)
    new = ("Hello Daniel,\n\n"
           "Thank you for writing to AWS Training and Certification.\n\n"
           "This automated note is to let you know that your request is now on file with us under reference "
           "%s. The candidate ID you supplied on the form was AWS05567712.\n\n"
           "A specialist normally picks up requests like yours within 24 hours. If you need to add details, "
           "simply answer this message and keep the reference in the subject line - please do not submit the "
           "form a second time for the same matter, as duplicates slow things down.\n\n"
           "Kind regards,\nAWS Training and Certification Customer Support\n" % cidF)
    h = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e">'
         '<p>Hello Daniel,</p><p>Thank you for writing to AWS Training and Certification.</p>'
         '<p>This automated note is to let you know that your request is now on file with us under reference '
         '<strong>%s</strong>. The candidate ID you supplied on the form was <strong>AWS05567712</strong>.</p>'
         '<p>A specialist normally picks up requests like yours within 24 hours. If you need to add details, simply answer '
         'this message and keep the reference in the subject line &ndash; please do not submit the form a second time for '
         'the same matter, as duplicates slow things down.</p>'
         '<p>Kind regards,<br>AWS Training and Certification Customer Support</p></body></html>' % cidF)
    b = java_boundary(t)
    write_mail(3, 'form-desk-on-file-ack', kind='case_created', case=cidF, lang='en', sv=True,
               frm=FORM, to=DANIEL, date=t,
               subject='[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidF,
               top=trace('workspace', t, DANIEL, 'amazon.com'), own=amz(t),
               body=alt(text_part(new), text_part(h, 'html'), boundary=b), new=new)

    # 004 Japanese ack, ISO-2022-JP (thread D)
    t = tD + dt.timedelta(seconds=22)
    new = ("田中 健一 様\n\n"
           "AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n"
           "本メールは、お客様からのご連絡を受け付けたことをお知らせするため、システムより自動でお送りしております。\n\n"
           "  ケース ID：%s\n\n"
           "内容を確認のうえ、担当者より原則として 24 時間以内にご連絡いたします。\n"
           "恐れ入りますが、同じ内容で重ねてお問い合わせいただきますと対応が遅れる場合がございますので、"
           "追加のご連絡は本メールへのご返信にてお願いいたします。\n\n"
           "今後ともよろしくお願い申し上げます。\n\n"
           "AWS トレーニングと認定 カスタマーサポート\n" % cidD)
    write_mail(4, 'jp-iso2022-ack', kind='case_created', case=cidD, lang='ja', sv=True,
               frm=FORM, to=TANAKA, date=t,
               subject=enc_subject('[CASE %s] AWS トレーニングと認定 お問い合わせ受付のお知らせ' % cidD, 'iso-2022-jp'),
               top=trace('nifty', t, TANAKA, 'amazon.com'), own=amz(t),
               body=text_part(new, charset='iso-2022-jp', cte='7bit', label='ISO-2022-JP'), new=new)

    # 005 one-line ack, 11-digit case, yahoo (thread C, 2022)
    t = tC + dt.timedelta(seconds=40)
    new = "Ref %s logged - reply to follow within 24h.\n\n--\nAWS T&C Support (automated)\n" % cidC
    write_mail(5, 'one-line-ref-logged', kind='case_created', case=cidC, lang='en', sv=True,
               frm=FORM, to=SEUN, date=t,
               subject='[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidC,
               top=trace('yahoo', t, SEUN, 'amazon.com'), own=amz(t),
               body=text_part(new, charset='us-ascii', cte='7bit'), new=new)

    # 006 phishing ack about a merge, look-alike domain, dmarc passes for the look-alike
    t = dt.datetime(2025, 10, 14, 6, 12, 55, tzinfo=UTC)
    fake = cid15(t - dt.timedelta(hours=3), 55120)
    rcpt = LENA
    new = ("Dear Candidate,\n\n"
           "Your request to consolidate AWS Certification profiles has been registered (ticket %s).\n\n"
           "To keep the ticket active, our system must verify that you own both profiles. Please sign in "
           "through the secure portal below within 24 hours, otherwise the request will be discarded:\n\n"
           "  https://aws-certification-desk.com/verify?ticket=%s\n\n"
           "Regards,\nAWS Certification Support Team\n" % (fake, fake))
    h = ('<html><body style="font-family:Verdana;font-size:13px"><p>Dear Candidate,</p>'
         '<p>Your request to consolidate AWS Certification profiles has been registered (ticket %s).</p>'
         '<p>To keep the ticket active, our system must verify that you own both profiles. Please sign in through the '
         'secure portal below within 24 hours, otherwise the request will be discarded:</p>'
         '<p><a href="https://aws-certification-desk.com/verify?ticket=%s" style="background:#ff9900;color:#fff;padding:8px 18px;text-decoration:none">Verify now</a></p>'
         '<p>Regards,<br>AWS Certification Support Team</p></body></html>' % (fake, fake))
    b = '=_%s' % rhex(24)
    dom = 'aws-certification-desk.com'
    write_mail(6, 'consolidation-ticket-verify-portal', kind='case_created', case=fake, lang='en', sv=False,
               frm='"AWS Certification Support" <support@%s>' % dom, to=rcpt, date=t,
               subject='Your profile consolidation ticket %s' % fake,
               top=trace('gmail', t, rcpt, dom, ip='185.220.%d.%d' % (rng.randrange(255), rng.randrange(255)),
                         helo='mail.%s' % dom, mailfrom=dom, dkim=[(dom, 'pass', 'default')], dmarc='pass',
                         dmarc_policy='NONE', ret_path='<bounce@%s>' % dom),
               own=[dkim_sig(dom, 'default', t)], msgid='<%s@%s>' % (rhex(20), dom),
               body=alt(text_part(new, charset='iso-8859-1', cte='quoted-printable'),
                        text_part(h, 'html', charset='iso-8859-1', cte='quoted-printable'), boundary=b), new=new)

    # 007 terse console ack through a corporate relay: no Authentication-Results at all (thread H)
    t = tH + dt.timedelta(seconds=27)
    new = ("Case %s is open. We'll answer on the case.\n\n" % cidH) + console_footer(cidH)
    write_mail(7, 'console-terse-corporate-relay', kind='case_created', case=cidH, lang='en', sv=None,
               frm=CONSOLE, to=ARJUN, date=t,
               subject='Amazon Web Services: Support case %s' % cidH,
               top=trace('none', t, ARJUN, 'amazon.com'), own=amz(t),
               body=text_part(new, cte='quoted-printable'), new=new)

    # 008 chatty ack with text+html, warns about duplicate cases, hints at later questions (thread G)
    t = tG + dt.timedelta(seconds=18)
    new = ("Hola Sofía, and thanks for getting in touch!\n\n"
           "Quick note from our side: your message about your two certification logins reached us, and we've put it "
           "in the line for our Training and Certification team under case %s. Nobody has looked at it yet - "
           "this note is sent by our system the moment a request comes in.\n\n"
           "A couple of friendly tips while you wait:\n"
           "  * Please keep everything on this one case. Opening another one for the same thing only sends it to the "
           "back of the line.\n"
           "  * Depending on what you asked, the specialist may want the e-mail address you sign in with for each "
           "profile, so it helps to have those handy.\n\n"
           "Most people hear from us within 24 hours.\n\n"
           "Cheers,\nAWS Support\n\n" % cidG) + console_footer(cidG)
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5;color:#16191f">'
         '<div style="max-width:620px;margin:auto;border:1px solid #eaeded;padding:20px">'
         '<p style="font-size:18px;color:#ec7211">Hola Sof&iacute;a, and thanks for getting in touch!</p>'
         '<p>Quick note from our side: your message about your two certification logins reached us, and we&#39;ve put it '
         'in the line for our Training and Certification team under case <b>%s</b>. Nobody has looked at it yet &ndash; '
         'this note is sent by our system the moment a request comes in.</p>'
         '<p>A couple of friendly tips while you wait:</p><ul>'
         '<li>Please keep everything on this one case. Opening another one for the same thing only sends it to the back of the line.</li>'
         '<li>Depending on what you asked, the specialist may want the e-mail address you sign in with for each profile, so it helps to have those handy.</li>'
         '</ul><p>Most people hear from us within 24 hours.</p><p>Cheers,<br>AWS Support</p>%s</div></body></html>'
         % (cidG, console_footer_html(cidG)))
    b = java_boundary(t)
    write_mail(8, 'console-friendly-tips-ack', kind='case_created', case=cidG, lang='en', sv=True,
               frm=CONSOLE, to=SOFIA, date=t,
               subject=q_words('Amazon Web Services: we’ve got your request (case %s)' % cidG),
               top=trace('outlook', t, SOFIA, 'amazon.com'), own=amz(t),
               body=alt(text_part(new, cte='quoted-printable'), text_part(h, 'html', cte='quoted-printable'), boundary=b),
               new=new)


def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.rstrip('\n').split('\n')) + '\n'


def sig_form(name):
    return ("\nBest regards,\n%s\nAWS Training and Certification Customer Support\n\n"
            "We value your feedback. Please share your experience by rating this correspondence using the "
            "link at the end of this message.\n"
            "How did we do?  https://aws.amazon.com/certification/contact-us/feedback?c=%s\n" % (name, rhex(16)))


def part2():
    # 009 thread A: request that describes the accounts
    t = tA + dt.timedelta(hours=20, minutes=37)
    new = ("Hello Priya,\n\n"
           "Thanks for your patience while I looked into this.\n\n"
           "I found two certification profiles that belong to you:\n\n"
           " - one opened in 2021 with your former work address p.raman@northwind-logistics.com. It holds your "
           "AWS Certified Solutions Architect - Associate and the exam history that goes with it (candidate ID AWS04418230);\n"
           " - one opened last year with priya.raman.dev@gmail.com, where your Cloud Practitioner sits "
           "(candidate ID AWS11920387).\n\n"
           "My plan is to carry everything from the first profile over to the second, so that from now on you sign "
           "in with your Gmail address and the Northwind login stops working. Please bear in mind this is a one-way "
           "street: once the records sit together, we have no means of splitting them apart again.\n\n"
           "If that matches what you had in mind, a short \"yes, go ahead\" in reply to this e-mail is all I need. "
           "If you would rather keep the older profile, tell me and I will turn it around.\n")
    hist = ("---------- Original message ----------\n"
            "Inquiry type: Certification\nDetail: Account Merge\n"
            "AWS candidate ID: AWS11920387\nName: Priya Raman\nEmail: priya.raman.dev@gmail.com\n"
            "Description: Hi, I have two AWS Certification accounts, AWS04418230 (old work email, no longer have access) "
            "and AWS11920387. Could you please merge them into the Gmail one? Thanks, Priya\n")
    txt = new + sig_form('Ravi S.') + '\n' + hist
    h = ('<html><body style="font-family:Arial;font-size:14px">' + ''.join('<p>%s</p>' % htmlmod.escape(p).replace('\n', '<br>') for p in new.split('\n\n'))
         + '<p>Best regards,<br>Ravi S.<br>AWS Training and Certification Customer Support</p>'
         '<p style="font-size:12px;color:#666">We value your feedback. Please share your experience by rating this correspondence: '
         '<a href="https://aws.amazon.com/certification/contact-us/feedback">How did we do?</a></p><hr>'
         '<div style="color:#555">' + htmlmod.escape(hist).replace('\n', '<br>') + '</div></body></html>')
    write_mail(9, 'form-desk-two-profiles-described', kind='merge_confirmation_requested', case=cidA, lang='en', sv=True,
               frm=FORM, to=PRIYA, date=t,
               subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidA,
               top=trace('gmail', t, PRIYA, 'amazon.com'), own=amz(t),
               body=alt(text_part(txt), text_part(h, 'html'), boundary=java_boundary(t)), new=new,
               ids=[A_OLD, A_NEW])

    # 010 thread B: console agent, HTML table with three accounts
    t = tB + dt.timedelta(days=1, hours=3, minutes=8)
    rows = [('Stays active (you sign in here)', B2, 'marcus.webb@outlook.com', 'Developer - Associate, SysOps Administrator - Associate'),
            ('Folded in, then closed', B1, 'm.webb@contoso-retail.com', 'Solutions Architect - Associate (2019, expired)'),
            ('Folded in, then closed', B3, 'marcuswebb.dev@gmail.com', 'none yet - holds one unused 50% exam voucher')]
    new = ("Hello Marcus,\n\n"
           "Thank you for the detail in your request. I have lined up the change below. Before I hand it to the team "
           "that carries it out, please look over the table and make sure it is what you want:\n\n" +
           ''.join('  %-34s %s  %s  (%s)\n' % r for r in rows) +
           "\nEverything on the two lower profiles - exam history, certifications, the voucher - ends up on %s. "
           "The other two logins will stop working, and there is no way to reverse this afterwards.\n\n"
           "Could you answer in the Support Center with a clear OK (or tell me what to change)? Nothing happens "
           "until I hear from you.\n\n" % B2)
    sig = "Best regards,\n\nTomasz\nAmazon Web Services\n\n"
    rate = ("We value your feedback. Please share your experience by rating this correspondence using the AWS Support "
            "Center link at the end of this correspondence. Each correspondence can also be rated by selecting the "
            "stars in top right corner of each correspondence within the AWS Support Center.\n\n")
    txt = new + sig + rate + console_footer(cidB)
    trs = ''.join('<tr><td style="border:1px solid #ccc;padding:4px">%s</td><td style="border:1px solid #ccc;padding:4px"><b>%s</b></td>'
                  '<td style="border:1px solid #ccc;padding:4px">%s</td><td style="border:1px solid #ccc;padding:4px">%s</td></tr>' % r for r in rows)
    newh = ('<p>Hello Marcus,</p><p>Thank you for the detail in your request. I have lined up the change below. Before I hand it to '
            'the team that carries it out, please look over the table and make sure it is what you want:</p>'
            '<table style="border-collapse:collapse;font-size:13px"><tr><th>Role</th><th>Candidate ID</th><th>Sign-in e-mail</th><th>Holds</th></tr>'
            + trs + '</table><p>Everything on the two lower profiles &ndash; exam history, certifications, the voucher &ndash; ends up on '
            + B2 + '. The other two logins will stop working, and there is no way to reverse this afterwards.</p>'
            '<p>Could you answer in the Support Center with a clear OK (or tell me what to change)? Nothing happens until I hear from you.</p>')
    h = ('<html><body style="font-family:Arial;font-size:14px">' + newh + '<p>Best regards,<br><br>Tomasz<br>Amazon Web Services</p><p style="font-size:12px">'
         + rate + '</p>' + console_footer_html(cidB) + '</body></html>')
    write_mail(10, 'console-three-profile-table', kind='merge_confirmation_requested', case=cidB, lang='en', sv=True,
               frm=CONSOLE, to=MARCUS, date=t,
               subject='RE:[CASE %s] Combine my three certification profiles into one' % cidB,
               top=trace('outlook', t, MARCUS, 'amazon.com'), own=amz(t),
               body=alt(text_part(txt, cte='quoted-printable'), text_part(h, 'html', cte='base64'), boundary=java_boundary(t)),
               new=new, new_html=newh)

    # 011 thread D: Japanese keigo, Shift_JIS base64, with Japanese-style quote
    t = tD + dt.timedelta(days=2, hours=1, minutes=12)
    new = ("田中 健一 様\n\n"
           "いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。\n"
           "メールアドレスのご連絡をいただき、ありがとうございました。\n\n"
           "確認いたしましたところ、下記 2 つの認定アカウントがお客様ご本人のものであることを確認できました。\n\n"
           "　・旧アカウント：AWS09912045（ご登録メールアドレス：tanaka.k@mitsuba-sol.co.jp　取得済み認定：AWS Certified Cloud Practitioner）\n"
           "　・今後ご利用いただくアカウント：AWS12003876（ご登録メールアドレス：k-tanaka@nifty.com　取得済み認定：AWS Certified Solutions Architect - Associate）\n\n"
           "旧アカウントの受験履歴および認定を、今後ご利用いただくアカウントへ移し、旧アカウントは閉鎖する形となります。\n"
           "なお、本作業は実施後に取り消すことができませんので、あらかじめご了承くださいませ。\n\n"
           "上記の内容で差し支えございませんでしたら、その旨を本メールにご返信いただけますでしょうか。\n"
           "ご返信を確認でき次第、手続きを進めさせていただきます。\n\n"
           "何卒よろしくお願い申し上げます。\n\n"
           "山本\nAWS トレーニングと認定 カスタマーサポート\n")
    hist = ("2025年9月10日(水) 9:15 田中 健一 <k-tanaka@nifty.com>:\n" +
            q("山本様\n\nご連絡ありがとうございます。\n各アカウントのメールアドレスは以下のとおりです。\n\n"
              "AWS09912045 → tanaka.k@mitsuba-sol.co.jp（前職のアドレスです）\nAWS12003876 → k-tanaka@nifty.com\n\n"
              "残したいのは AWS12003876 の方です。\nよろしくお願いいたします。\n\n田中"))
    write_mail(11, 'jp-sjis-keigo-kakunin', kind='merge_confirmation_requested', case=cidD, lang='ja', sv=True,
               frm=FORM, to=TANAKA, date=t,
               subject=b_words('RE:[CASE %s] AWS トレーニングと認定 お問い合わせの件' % cidD, 'utf-8', 16),
               top=trace('nifty', t, TANAKA, 'amazon.com'), own=amz(t),
               body=text_part(new + '\n' + hist, charset='shift_jis', cte='base64', label='Shift_JIS'), new=new,
               ids=[D_OLD, D_NEW])

    # 012 thread C: non-native English, 2022
    t = tC + dt.timedelta(days=1, hours=5, minutes=51)
    new = ("Dear Oluwaseun,\n\n"
           "Greetings of the day!\n\n"
           "This is with reference to your request regarding your two certification accounts. We have verified the "
           "details shared by you and kindly request you to revert with your confirmation for the below, so that we "
           "can action the same at the earliest:\n\n"
           "Primary account to be retained - AWS 15567203 (seun.adeyemi@yahoo.com)\n"
           "Secondary account, to be deactivated and its history moved to primary - AWS-03319842 (oadeyemi@lagostech.ng)\n\n"
           "Please note that the activity is irreversible in nature and the secondary account login will not work post "
           "the activity.\n\n"
           "Awaiting your revert.\n\n"
           "Thanks & Regards,\nShruti M.\nAWS Training & Certification Support\n")
    hist = ("\n-----Original Message-----\nFrom: seun.adeyemi@yahoo.com\nSent: 16 August 2022 09:03 AM\n"
            "To: aws-cs-trainingcertification-form@amazon.com\nSubject: [AWS Training and Certification Form Submission] - account-assistance\n\n"
            "Inquiry type: AWS Training and Certification\nDetail: Account Merge\nAWS candidate ID: AWS15567203\n"
            "Description: I created a second account by mistake when booking my exam (AWS03319842). Please combine.\n")
    write_mail(12, 'nonnative-kindly-revert', kind='merge_confirmation_requested', case=cidC, lang='en', sv=True,
               frm=FORM, to=SEUN, date=t,
               subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidC,
               top=trace('yahoo', t, SEUN, 'amazon.com'), own=amz(t),
               body=text_part(new + hist, charset='windows-1252', cte='quoted-printable'), new=new,
               ids=[C_OLD, C_NEW])

    # 013 thread E: 2020, lowercase ids, base64 text only
    t = tE + dt.timedelta(days=2, hours=20, minutes=2)
    new = ("Hi Lena,\n\n"
           "Thanks for reaching out to AWS Training and Certification.\n\n"
           "I see the profile aws00412876 (signed up with lena.fischer@fh-kiel-student.de, CCP from 2018) and the profile "
           "aws02239914 (this Gmail address, SAA from 2020). I'd fold the student one into the Gmail one, so your "
           "2018 result shows up next to the 2020 one and only the Gmail login remains.\n\n"
           "That can't be rolled back, so I just want to hear it from you first - is that right?\n\n"
           "Cheers,\nMaggie\nAWS Training and Certification\n")
    hist = ("\nOn Mon, Jun 22, 2020 at 2:29 PM Lena Fischer <lena.fischer.cloud@gmail.com> wrote:\n" +
            q("Hello, I have an old certification account from university (AWS00412876) and a new one (AWS02239914). "
              "Can they be joined? Thank you, Lena"))
    write_mail(13, 'lowercase-ids-fold-student-profile', kind='merge_confirmation_requested', case=cidE, lang='en', sv=True,
               frm=FORM, to=LENA, date=t,
               subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidE,
               top=trace('gmail', t, LENA, 'amazon.com'), own=amz(t),
               msgid='<01000172ff%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (rhex(6), rhex(8), rhex(4), rhex(4), rhex(12)),
               body=text_part(new + hist, cte='base64'), new=new, ids=[E1, E2])

    # 014 phishing look-alike domain, outlook, spf softfail, dmarc none
    t = dt.datetime(2026, 2, 18, 22, 41, 7, tzinfo=UTC)
    dom = 'aws-trainingcertification.com'
    fake = cid15(t - dt.timedelta(days=1, hours=2), 31877)
    new = ("Hello,\n\n"
           "We are ready to unify your AWS Certification profiles as requested:\n\n"
           "    Source profile  : AWS-61120934\n"
           "    Target profile  : AWS-61120977\n\n"
           "For security reasons the unification can only start after you approve it from your profile dashboard. "
           "Approve here: https://portal.%s/approve?case=%s\n\n"
           "If no approval is received in 48 hours the request will be cancelled and your certifications may be "
           "suspended.\n\nAWS Training and Certification\n" % (dom, fake))
    h = ('<html><body><p>Hello,</p><p>We are ready to unify your AWS Certification profiles as requested:</p>'
         '<p>Source profile : AWS-61120934<br>Target profile : AWS-61120977</p>'
         '<p>For security reasons the unification can only start after you approve it from your profile dashboard.</p>'
         '<p><a href="https://portal.%s/approve?case=%s">APPROVE UNIFICATION</a></p>'
         '<p>If no approval is received in 48 hours the request will be cancelled and your certifications may be suspended.</p>'
         '<p>AWS Training and Certification</p></body></html>' % (dom, fake))
    write_mail(14, 'approve-profile-unification', kind='merge_confirmation_requested', case=fake, lang='en', sv=False,
               frm='"AWS Training & Certification" <case-update@%s>' % dom, to=MARCUS, date=t,
               subject='Action required: approve profile unification [Case %s]' % fake,
               top=trace('outlook', t, MARCUS, dom, ip='45.137.%d.%d' % (rng.randrange(255), rng.randrange(255)),
                         helo='vps%d.hostingpark.net' % rng.randrange(100, 999), mailfrom=dom, spf='softfail',
                         dkim=[], dmarc='none'),
               msgid='<%s.%s@%s>' % (rhex(12), rhex(8), dom),
               body=alt(text_part(new), text_part(h, 'html'), boundary=outlook_boundary()), new=new,
               ids=['AWS61120934', 'AWS61120977'])

    # 015 spoofed amazon.com From: top AR dmarc=fail, forged lower AR says pass
    t = dt.datetime(2025, 6, 3, 13, 5, 44, tzinfo=UTC)
    fake = cid15(t - dt.timedelta(hours=7), 44102)
    forged = ('Authentication-Results', 'mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=%s;\n'
              '       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com' % AMZ_SEL[0])
    new = ("Dear Priya Raman,\n\n"
           "Your merge request has been reviewed. Before we link your candidate records we need you to confirm the "
           "details below, which were taken from your submission:\n\n"
           "  Account to keep:    AWS11920387\n  Account to close:   AWS04418230\n\n"
           "Confirm by signing in with BOTH sets of credentials at https://aws-certmetrics-login.com/merge/confirm "
           "within 12 hours. Requests not confirmed are closed automatically.\n\n"
           "Thank you,\nAWS Certification Team\n")
    write_mail(15, 'confirm-merge-request-reply-to', kind='merge_confirmation_requested', case=fake, lang='en', sv=False,
               frm='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', to=PRIYA, date=t,
               reply_to='aws-merge-desk@outlook-mailer.co',
               subject='RE:[CASE %s] Confirm your merge request' % fake,
               top=trace('gmail', t, PRIYA, 'amazon.com', ip='103.77.%d.%d' % (rng.randrange(255), rng.randrange(255)),
                         helo='srv%d.cloudvps-host.in' % rng.randrange(10, 99), mailfrom='cloudvps-host.in',
                         dkim=[('cloudvps-host.in', 'pass', 'mail')], spf='pass', dmarc='fail'),
               own=[dkim_sig('cloudvps-host.in', 'mail', t), forged],
               msgid='<%s@srv.cloudvps-host.in>' % rhex(24),
               body=text_part(new, charset='us-ascii', cte='7bit'), new=new, ids=[A_OLD, A_NEW])

    # 016 thread F: request describing accounts + a side question unrelated to the merge itself
    t = tF + dt.timedelta(days=2, hours=18, minutes=26)
    new = ("Hi Daniel,\n\n"
           "Thanks for clearing up the name question - that was the last thing I needed.\n\n"
           "Here is how I would set it up:\n\n"
           "* The profile you sign in to with daniel.kim@brightpath.io (AWS18830045 - Solutions Architect Professional "
           "and DevOps Engineer Professional) carries on as your only profile.\n"
           "* The profile created with dkim.dev@proton.me (AWS05567712 - Cloud Practitioner, 2022) gets brought into "
           "it and is then retired. Its exam history and the CLF certification travel with it.\n\n"
           "This is permanent; we cannot pull the two apart afterwards. Please reply to let me know this is how you "
           "want it.\n\n"
           "One more, unrelated thing while you are here: do you want exam results and renewal reminders to keep going "
           "to your company address, or should I set a personal address as the notification e-mail? It does not change "
           "anything above - just tell me in the same reply.\n\n"
           "Thanks,\nAnkit\nAWS Training and Certification\n")
    hist = ("\nOn Thu, Nov 6, 2025 at 9:48 AM Daniel Kim <daniel.kim@brightpath.io> wrote:\n" +
            q("Hi Ankit,\n\nThe legal name is Daniel Kim (no middle name) - the \"Dan Kim\" on the Proton one was just me being lazy "
              "in 2022. Please keep the Brightpath profile.\n\nDaniel\n\n"
              "On Wed, Nov 5, 2025 at 6:02 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" +
              q("Hi Daniel,\n\nBefore I go further: the two profiles are registered under slightly different names "
                "(\"Daniel Kim\" on AWS18830045 and \"Dan Kim\" on AWS05567712). Which spelling should your certificates show?\n\nAnkit")))
    newh = '<div dir="ltr">' + ''.join('<p>%s</p>' % htmlmod.escape(p).replace('\n', '<br>') for p in new.split('\n\n')) + '</div>'
    h = ('<html><body>' + newh + '<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
         + htmlmod.escape(hist).replace('\n', '<br>') + '</blockquote></div></body></html>')
    write_mail(16, 'form-desk-keeps-company-profile-plus-side-question', kind='merge_confirmation_requested', case=cidF, lang='en', sv=True,
               frm=FORM, to=DANIEL, date=t,
               subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidF,
               top=trace('workspace', t, DANIEL, 'amazon.com'), own=amz(t),
               body=alt(text_part(new + hist), text_part(h, 'html'), boundary=java_boundary(t)), new=new, new_html=newh,
               ids=[F1, F2])

    # 017 thread I: direction reversed after the user's reply, nested quotes
    t = tI + dt.timedelta(days=3, hours=1, minutes=5)
    new = ("Hello Chen,\n\n"
           "Understood, and thank you for explaining why. I have reversed the plan so that your older profile is the one "
           "that stays:\n\n"
           "    stays:        AWS19047763   (Professional certification + the unused exam benefit)\n"
           "    goes into it: AWS03390218   (created in January for the Specialty booking)\n\n"
           "After the change you will sign in with chen.wei.ops@gmail.com only; the login for the newer profile will no "
           "longer work. As before, this cannot be reversed later.\n\n"
           "Can you confirm this version is correct? As soon as I have your reply I will pass it on.\n\n"
           "Regards,\nMatteo\nAWS Training and Certification Customer Support\n")
    hist = ("\nOn Fri, Feb 13, 2026 at 7:31 AM Chen Wei <chen.wei.ops@gmail.com> wrote:\n" +
            q("Hi Matteo,\nSorry, it should be the other way round. Please keep AWS19047763 - that is where my SA Pro "
              "and the 50% voucher are. AWS03390218 I only made to book the Security Specialty.\nThanks\nChen\n\n"
              "On Thu, Feb 12, 2026 at 11:20 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" +
              q("Hello Chen,\n\nI propose to move AWS19047763 into AWS03390218 and close AWS19047763.\n"
                "Please reply to confirm.\n\nRegards,\nMatteo")))
    write_mail(17, 'direction-reversed-please-reconfirm', kind='merge_confirmation_requested', case=cidI, lang='en', sv=True,
               frm=FORM, to=CHEN, date=t,
               subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidI,
               top=trace('gmail', t, CHEN, 'amazon.com'), own=amz(t),
               body=text_part(new + hist, cte='quoted-printable'), new=new, ids=[I1, I2])


TOMAS = 't.novak@ostrava-dc.cz'
tJ = dt.datetime(2023, 4, 11, 7, 40, 2, tzinfo=UTC)
cidJ = '12047718830'
J1, J2 = 'AWS10293384', 'AWS04471190'


def part3():
    # 018 thread A: completion told as a state
    t = tA + dt.timedelta(days=3, hours=2, minutes=44)
    new = ("Hello Priya,\n\n"
           "All of your certification history - the Solutions Architect - Associate from the Northwind profile and your "
           "Cloud Practitioner - now lives under a single profile, AWS11920387, which you reach with priya.raman.dev@gmail.com. "
           "The Northwind login no longer opens anything.\n\n"
           "If the older certification does not show on your transcript straight away, sign out and back in once; it can take "
           "a little while for the page to catch up.\n")
    hist = ("\nOn Thu, 29 May 2025 at 09:12, Priya Raman <priya.raman.dev@gmail.com> wrote:\n" +
            q("Yes, go ahead please. Keep the Gmail one.\nThanks!\nPriya\n\n"
              "On Wed, 28 May 2025 at 19:51, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" +
              q("Hello Priya,\n\nI found two certification profiles that belong to you: AWS04418230 (p.raman@northwind-logistics.com) "
                "and AWS11920387 (priya.raman.dev@gmail.com). My plan is to carry everything from the first profile over to "
                "the second...\n\nBest regards,\nRavi S.")))
    write_mail(18, 'form-desk-history-lives-in-one-profile', kind='merge_completed', case=cidA, lang='en', sv=True,
               frm=FORM, to=PRIYA, date=t,
               subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidA,
               top=trace('gmail', t, PRIYA, 'amazon.com'), own=amz(t),
               body=text_part(new + sig_form('Ravi S.') + hist, cte='quoted-printable'), new=new, ids=[A_NEW])

    # 019 thread F: completion told as a benefit, html + text
    t = tF + dt.timedelta(days=4, hours=2, minutes=10)
    new = ("Hi Daniel,\n\n"
           "Good news: when you sign in as daniel.kim@brightpath.io (AWS18830045) you will now find your Cloud Practitioner "
           "sitting next to both Professional certifications, and the 50% discount benefit from your Professional exams "
           "can be applied to your next booking from that same profile. The proton.me login has been retired, so there "
           "is nothing more you need to do with it.\n\n"
           "Your notification e-mail stays on the company address, as you asked.\n\n"
           "Digital badges are handled by Credly and usually show up within 3-5 business days. If they have not appeared "
           "by then, reply here and I will chase it.\n\n"
           "Thanks,\nAnkit\nAWS Training and Certification\n")
    newh = ('<div style="font-family:Arial;font-size:14px"><p>Hi Daniel,</p>'
            '<p><b>Good news:</b> when you sign in as daniel.kim@brightpath.io (AWS18830045) you will now find your Cloud Practitioner '
            'sitting next to both Professional certifications, and the 50% discount benefit from your Professional exams can be '
            'applied to your next booking from that same profile. The proton.me login has been retired, so there is nothing '
            'more you need to do with it.</p><p>Your notification e-mail stays on the company address, as you asked.</p>'
            '<p>Digital badges are handled by Credly and usually show up within 3-5 business days. If they have not appeared by '
            'then, reply here and I will chase it.</p><p>Thanks,<br>Ankit<br>AWS Training and Certification</p></div>')
    hist = ("\nOn Fri, Nov 7, 2025 at 8:05 AM Daniel Kim <daniel.kim@brightpath.io> wrote:\n" +
            q("Confirmed - that's exactly right. Keep notifications on the company address.\n\nDaniel"))
    write_mail(19, 'benefit-discount-now-usable', kind='merge_completed', case=cidF, lang='en', sv=True,
               frm=FORM, to=DANIEL, date=t,
               subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidF,
               top=trace('workspace', t, DANIEL, 'amazon.com'), own=amz(t),
               body=alt(text_part(new + hist, cte='quoted-printable'),
                        text_part('<html><body>' + newh + '<blockquote>' + htmlmod.escape(hist).replace('\n', '<br>') + '</blockquote></body></html>', 'html', cte='quoted-printable'),
                        boundary=java_boundary(t)), new=new, new_html=newh, ids=[F2])

    # 020 thread D: Japanese completion, ISO-2022-JP base64
    t = tD + dt.timedelta(days=4, hours=6, minutes=2)
    new = ("田中 健一 様\n\n"
           "いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。\n"
           "ご確認のご返信をいただき、誠にありがとうございました。\n\n"
           "ご依頼の件につきまして、旧アカウント（AWS09912045）の受験履歴および認定は、すべて AWS12003876 に一本化されました。\n"
           "今後は k-tanaka@nifty.com にてサインインいただけますと、両方の認定をご確認いただけます。\n"
           "旧アカウントのサインイン情報はご利用いただけなくなっておりますので、ご了承くださいませ。\n\n"
           "ご不明な点がございましたら、本メールにご返信ください。\n\n"
           "山本\nAWS トレーニングと認定 カスタマーサポート\n")
    hist = ("\n2025年9月12日(金) 8:02 田中 健一 <k-tanaka@nifty.com>:\n" +
            q("山本様\n\n上記の内容で問題ございません。お手続きをお願いいたします。\n\n田中\n\n"
              "2025年9月11日(木) 10:33 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n" +
              q("田中 健一 様\n\n　・旧アカウント：AWS09912045\n　・今後ご利用いただくアカウント：AWS12003876\n\n"
                "上記の内容で差し支えございませんでしたら、その旨を本メールにご返信いただけますでしょうか。")))
    write_mail(20, 'jp-ipponka-sareta', kind='merge_completed', case=cidD, lang='ja', sv=True,
               frm=FORM, to=TANAKA, date=t,
               subject=enc_subject('RE:[CASE %s] AWS トレーニングと認定 お問い合わせの件' % cidD, 'iso-2022-jp'),
               top=trace('nifty', t, TANAKA, 'amazon.com'), own=amz(t),
               body=text_part(new + hist, charset='iso-2022-jp', cte='base64', label='iso-2022-jp'), new=new,
               ids=[D_OLD, D_NEW])

    # 021 thread C: non-native completion, 2022
    t = tC + dt.timedelta(days=3, hours=2, minutes=30)
    new = ("Dear Oluwaseun,\n\n"
           "Greetings from AWS Training & Certification!\n\n"
           "We wish to inform you that the requested activity has been actioned successfully from our end. Your profile "
           "AWS 15567203 will now be reflecting all the certifications and exam history, and the secondary login stands "
           "deactivated.\n\n"
           "Request you to kindly login once and verify the same. In case of any discrepancy do let us know – we’re happy to help.\n\n"
           "Thanks & Regards,\nShruti M.\nAWS Training & Certification Support\n")
    hist = ("\n-----Original Message-----\nFrom: Seun Adeyemi <seun.adeyemi@yahoo.com>\nSent: Wednesday, August 17, 2022 3:20 PM\n"
            "To: aws-cs-trainingcertification-form@amazon.com\nSubject: Re: RE:[CASE 10982734561] [AWS Training and Certification Form Submission] - account-assistance\n\n"
            "Hi Shruti, I confirm. Keep AWS15567203 and move AWS03319842 into it.\nRegards, Seun\n")
    write_mail(21, 'nonnative-actioned-successfully', kind='merge_completed', case=cidC, lang='en', sv=True,
               frm=FORM, to=SEUN, date=t,
               subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidC,
               top=trace('yahoo', t, SEUN, 'amazon.com'), own=amz(t),
               body=text_part(new + hist, charset='windows-1252', cte='quoted-printable', label='iso-8859-1'), new=new,
               ids=[C_NEW])

    # 022 thread H: completion + resolving the case in the same breath, corporate relay (no AR)
    t = tH + dt.timedelta(days=5, hours=4, minutes=17)
    new = ("Hi Arjun,\n\n"
           "Your exam history from AWS08845132 is sitting on AWS16620094 now, and the old login is gone - thanks for "
           "waiting while the Security Specialty result posted first.\n\n"
           "As there is nothing left to do here, I am marking this case resolved. You may get a short questionnaire about "
           "how it went; it only takes a minute.\n\n"
           "Best regards,\n\nKeiko\nAmazon Web Services\n\n")
    write_mail(22, 'console-history-sitting-on-keeper-and-resolved', kind='merge_completed', case=cidH, lang='en', sv=None,
               frm=CONSOLE, to=ARJUN, date=t,
               subject='RE:[CASE %s] Two certification accounts - one from university' % cidH,
               top=trace('none', t, ARJUN, 'amazon.com'), own=amz(t),
               body=alt(text_part(new + console_footer(cidH), cte='quoted-printable'),
                        text_part('<html><body>' + ''.join('<p>%s</p>' % htmlmod.escape(p).replace('\n', '<br>') for p in new.split('\n\n'))
                                  + console_footer_html(cidH) + '</body></html>', 'html', cte='quoted-printable'),
                        boundary=java_boundary(t)), new=new, ids=[H1, H2])

    # 023 thread B: terse completion
    t = tB + dt.timedelta(days=3, hours=0, minutes=49)
    new = ("Hello Marcus,\n\nDone. AWS07731559 and AWS00862417 are part of AWS20954108 now - sign in with marcus.webb@outlook.com "
           "and you will see all three certifications and the voucher.\n\n"
           "Best regards,\n\nTomasz\nAmazon Web Services\n\n")
    write_mail(23, 'console-terse-done', kind='merge_completed', case=cidB, lang='en', sv=True,
               frm=CONSOLE, to=MARCUS, date=t,
               subject='RE:[CASE %s] Combine my three certification profiles into one' % cidB,
               top=trace('outlook', t, MARCUS, 'amazon.com'), own=amz(t),
               body=text_part(new + console_footer(cidB), cte='quoted-printable'), new=new, ids=[B1, B2, B3])

    # 024 phishing completion, look-alike domain (dmarc pass for look-alike)
    t = dt.datetime(2026, 2, 20, 4, 18, 33, tzinfo=UTC)
    dom = 'aws-certification-services.net'
    fake = cid15(t - dt.timedelta(days=2, hours=5), 20781)
    newh = ('<html><body style="font-family:Arial"><table width="560" align="center"><tr><td style="background:#232f3e;padding:12px;color:#fff;font-size:20px">'
            'aws training &amp; certification</td></tr><tr><td style="padding:18px;font-size:14px">'
            '<p>Hello,</p><p>Your candidate profiles have been unified under reference <b>%s</b>. All certifications now appear on a single record.</p>'
            '<p>Your updated transcript and certificates are ready. For your security you must sign in again with your previous password to download them.</p>'
            '<p style="text-align:center"><a href="https://login.%s/transcript" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Download transcript</a></p>'
            '<p>AWS Training and Certification</p></td></tr></table></body></html>' % (fake, dom))
    write_mail(24, 'profiles-unified-download', kind='merge_completed', case=fake, lang='en', sv=False,
               frm='"AWS Training and Certification" <no-reply@%s>' % dom, to=CHEN, date=t,
               subject='Your profiles are now unified - download your transcript',
               top=trace('gmail', t, CHEN, dom, ip='91.215.%d.%d' % (rng.randrange(255), rng.randrange(255)),
                         helo='mx1.%s' % dom, mailfrom=dom, dkim=[(dom, 'pass', 's1')], dmarc='pass', dmarc_policy='NONE'),
               own=[dkim_sig(dom, 's1', t)], msgid='<%s@mx1.%s>' % (rhex(18), dom),
               body=text_part(newh, 'html', cte='base64'), new_html=newh, ids=[])

    # 025 thread J: completion as a state, 11-digit case (2023), corporate relay without AR
    t = tJ + dt.timedelta(days=2, hours=7, minutes=3)
    new = ("Hello Tomas,\n\n"
           "There is one certification profile for you now: AWS10293384. Everything you earned under the other profile "
           "(AWS04471190) is listed there as well, and that second login has been switched off.\n\n"
           "Please use t.novak@ostrava-dc.cz to sign in from here on.\n")
    hist = ("\n________________________________\nFrom: Novak Tomas <t.novak@ostrava-dc.cz>\nSent: Wednesday, April 12, 2023 10:14\n"
            "To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n"
            "Subject: RE: RE:[CASE 12047718830] [AWS Training and Certification Form Submission] - account-assistance\n\n"
            "Hello, yes, I confirm AWS04471190 -> AWS10293384. Thank you.\nTomas Novak\nCloud Infrastructure | Ostrava DC s.r.o.\n")
    write_mail(25, 'one-profile-for-you-now-corporate', kind='merge_completed', case=cidJ, lang='en', sv=None,
               frm=FORM, to=TOMAS, date=t,
               subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidJ,
               top=trace('none', t, TOMAS, 'amazon.com'), own=amz(t),
               msgid='<01000187%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (rhex(8), rhex(8), rhex(4), rhex(4), rhex(12)),
               body=text_part(new + sig_form('Ioana P.') + hist, cte='quoted-printable'), new=new, ids=[J1, J2])



def credly_trace(style, t, rcpt, dom='credly.com', dmarc='pass', **kw):
    ip = '167.89.%d.%d' % (rng.randrange(1, 120), rng.randrange(1, 250))
    em = 'em%d.%s' % (rng.randrange(1000, 9999), dom)
    rp = '<bounces+%d-%s-%s@%s>' % (rng.randrange(10 ** 6, 10 ** 7), rhex(4), rcpt.replace('@', '='), em)
    return trace(style, t, rcpt, dom, ip=ip, helo='o%d.ptr%d.%s' % (rng.randrange(1, 9), rng.randrange(1000, 9999), dom),
                 mailfrom=em, ret_path=rp, dkim=[(dom, 'pass', 's1'), ('sendgrid.info', 'pass', 'smtpapi')],
                 dmarc=dmarc, dmarc_policy='REJECT', **kw)


def credly_own(t, dom='credly.com'):
    return [dkim_sig(dom, 's1', t, hdrs='from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:content-type:to:cc:content-type:from:subject:to', c='relaxed/relaxed'),
            dkim_sig('sendgrid.info', 'smtpapi', t, hdrs='from:mime-version:subject:list-unsubscribe:content-type:to', c='relaxed/relaxed'),
            ('List-Unsubscribe', '<https://www.credly.com/unsubscribe?token=%s>' % rhex(32)),
            ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]


def credly_html(greeting, lines, button, badge_lines, foot=''):
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="margin:0;background:#f5f5f5"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">'
            '<tr><td style="padding:20px"><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></td></tr>'
            '<tr><td style="padding:0 20px"><h2 style="font-weight:normal">' + greeting + '</h2>'
            + ''.join('<p>%s</p>' % l for l in lines) +
            ''.join('<table style="border:1px solid #e5e5e5;margin:10px 0;width:100%%"><tr><td width="90"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="80"></td>'
                    '<td style="font-size:15px"><b>%s</b><br><span style="color:#777">Issued by Amazon Web Services Training and Certification</span></td></tr></table>' % (
                        '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)), b) for b in badge_lines) +
            '<p style="text-align:center;padding:14px"><a href="https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s" '
            'style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a></p>'
            % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), button) + foot +
            '</td></tr><tr><td style="padding:20px;font-size:11px;color:#999">Credly, Inc. &middot; 215 Park Avenue South, 13th Floor, New York, NY 10003<br>'
            'You are receiving this e-mail because an organization issued you a badge on Credly. '
            '<a href="https://www.credly.com/notification_settings">Notification settings</a></td></tr></table></td></tr></table></body></html>')


def part4():
    # 026 thread A: closure notice with a two-click rating, no "survey" word
    t = tA + dt.timedelta(days=3, hours=3, minutes=1)
    fb = 'https://aws.amazon.com/certification/contact-us/feedback?case=%s&t=%s' % (cidA, rhex(20))
    new = ("Hello Priya,\n\n"
           "We have marked case %s as resolved. If something still is not right, reply to this e-mail within the next "
           "7 days and it opens again; after that, please reach us through the contact form.\n\n"
           "Did this sort things out for you? Two clicks tell us:\n"
           "  Yes, all good:        %s&r=1\n"
           "  No, still a problem:  %s&r=0\n\n"
           "Your answer goes straight to the team that handled your request.\n\n"
           "AWS Training and Certification\n" % (cidA, fb, fb))
    newh = ('<html><body style="font-family:Arial;font-size:14px"><p>Hello Priya,</p>'
            '<p>We have marked case <b>%s</b> as resolved. If something still is not right, reply to this e-mail within the next 7 days '
            'and it opens again; after that, please reach us through the contact form.</p>'
            '<p>Did this sort things out for you? Two clicks tell us:</p>'
            '<p><a href="%s&amp;r=1" style="background:#1d8102;color:#fff;padding:8px 20px;text-decoration:none">Yes, all good</a> &nbsp; '
            '<a href="%s&amp;r=0" style="background:#d13212;color:#fff;padding:8px 20px;text-decoration:none">No, still a problem</a></p>'
            '<p>Your answer goes straight to the team that handled your request.</p><p>AWS Training and Certification</p></body></html>'
            % (cidA, fb.replace('&', '&amp;'), fb.replace('&', '&amp;')))
    write_mail(26, 'marked-resolved-two-clicks', kind='survey', case=cidA, lang='en', sv=True,
               frm=FORM, to=PRIYA, date=t,
               subject='[CASE %s] Marked as resolved - tell us how it went' % cidA,
               top=trace('gmail', t, PRIYA, 'amazon.com'), own=amz(t),
               body=alt(text_part(new, cte='quoted-printable'), text_part(newh, 'html', cte='quoted-printable'), boundary=java_boundary(t)),
               new=new, new_html=newh, ids=[])

    # 027 thread B: HTML-only rating request from the console
    t = tB + dt.timedelta(days=3, hours=0, minutes=52)
    u = 'https://console.aws.amazon.com/support/feedback?displayId=%s&token=%s' % (cidB, rhex(32))
    newh = ('<html><body style="background:#fafafa;font-family:Amazon Ember,Arial"><div style="max-width:560px;margin:20px auto;background:#fff;padding:24px;border:1px solid #eaeded">'
            '<p style="font-size:20px;color:#232f3e">Did we sort this out for you?</p>'
            '<p>Case ' + cidB + ' &ndash; <i>Combine my three certification profiles into one</i></p>'
            '<p><a href="' + u.replace('&', '&amp;') + '&amp;resolved=yes" style="border:1px solid #1d8102;color:#1d8102;padding:8px 26px;text-decoration:none">Yes</a> '
            '&nbsp; <a href="' + u.replace('&', '&amp;') + '&amp;resolved=no" style="border:1px solid #d13212;color:#d13212;padding:8px 26px;text-decoration:none">No</a></p>'
            '<p>How would you rate the help you got from Tomasz?</p><p style="font-size:26px;letter-spacing:6px">'
            + ''.join('<a href="%s&amp;stars=%d" style="color:#ff9900;text-decoration:none">&#9733;</a>' % (u.replace('&', '&amp;'), i) for i in range(1, 6)) +
            '</p><p style="font-size:12px;color:#687078">It takes under a minute. Your answers are used to coach our team and are never shared.</p>'
            + console_footer_html(cidB) + '</div></body></html>')
    write_mail(27, 'console-html-did-we-sort-this', kind='survey', case=cidB, lang='en', sv=True,
               frm=CONSOLE, to=MARCUS, date=t,
               subject='Amazon Web Services: a minute of your time about case %s?' % cidB,
               top=trace('outlook', t, MARCUS, 'amazon.com'), own=amz(t),
               body=text_part(newh, 'html', cte='quoted-printable'), new_html=newh, ids=[])

    # 028 thread D: Japanese closure + questionnaire, UTF-8 base64, html alternative
    t = tD + dt.timedelta(days=4, hours=6, minutes=40)
    u = 'https://aws.amazon.com/jp/certification/contact-us/feedback?case=%s' % cidD
    new = ("田中 健一 様\n\n"
           "このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。\n"
           "ケース ID %s につきましては、解決済みとしてクローズさせていただきました。\n\n"
           "今後のサービス向上のため、今回の対応について簡単なアンケートにご協力いただけますと幸いです（所要時間：約 1 分）。\n\n"
           "お問い合わせの内容は解決しましたか？\n"
           "　はい　　：%s&a=yes\n"
           "　いいえ　：%s&a=no\n\n"
           "※本メールは送信専用のアドレスからお送りしております。ご返信いただいてもお答えできませんので、あらかじめご了承ください。\n\n"
           "AWS トレーニングと認定\n" % (cidD, u, u))
    newh = ('<html><body style="font-family:\'Hiragino Kaku Gothic ProN\',Meiryo,sans-serif;font-size:14px">'
            + ''.join('<p>%s</p>' % htmlmod.escape(p).replace('\n', '<br>') for p in new.split('\n\n')) + '</body></html>')
    write_mail(28, 'jp-closed-questionnaire', kind='survey', case=cidD, lang='ja', sv=True,
               frm='"Amazon Web Services" <no-reply-aws@amazon.com>', to=TANAKA, date=t,
               subject=b_words('AWS サポート：ケース %s に関するアンケートのお願い' % cidD, 'utf-8', 18),
               top=trace('nifty', t, TANAKA, 'amazon.com'), own=amz(t),
               body=alt(text_part(new, cte='base64'), text_part(newh, 'html', cte='base64'), boundary=java_boundary(t)),
               new=new, ids=[])

    # 029 thread G: closed for lack of reply
    t = tG + dt.timedelta(days=8, hours=2, minutes=5)
    new = ("Hello Sofía,\n\n"
           "We have not heard from you since we asked for the sign-in addresses on 3 March, so case %s has now been closed.\n\n"
           "If you still need help, you can reopen it from the Support Center within the next 14 days - please use "
           "the same case rather than starting a new one, so the history stays in one place.\n\n"
           "Was our correspondence helpful? Rate it from the case page: each reply has stars in its top right corner.\n\n"
           "Best regards,\nAmazon Web Services\n\n" % cidG)
    write_mail(29, 'console-closed-no-reply', kind='survey', case=cidG, lang='en', sv=True,
               frm=CONSOLE, to=SOFIA, date=t,
               subject='Amazon Web Services: Case %s has been closed' % cidG,
               top=trace('outlook', t, SOFIA, 'amazon.com'), own=amz(t),
               body=text_part(new + console_footer(cidG), cte='quoted-printable'), new=new, ids=[])

    # 030 phishing survey about a merge case
    t = dt.datetime(2025, 8, 1, 19, 2, 11, tzinfo=UTC)
    dom = 'amazon-support-feedback.com'
    fake = cid15(t - dt.timedelta(days=4), 8812)
    new = ("Dear customer,\n\n"
           "Your account merge case %s was closed recently. Tell us about your experience and receive a USD 50 "
           "AWS Training credit as a thank-you.\n\n"
           "Start the 3-question feedback form: https://%s/survey?c=%s\n"
           "(You will be asked to sign in with your AWS Certification credentials to receive the credit.)\n\n"
           "AWS Customer Experience\n" % (fake, dom, fake))
    write_mail(30, 'feedback-credit-offer', kind='survey', case=fake, lang='en', sv=False,
               frm='"AWS Customer Experience" <feedback@%s>' % dom, to=LENA, date=t,
               subject='We value your feedback - case %s' % fake,
               top=trace('gmail', t, LENA, dom, ip='193.233.%d.%d' % (rng.randrange(255), rng.randrange(255)),
                         helo='smtp.%s' % dom, mailfrom=dom, dkim=[(dom, 'fail', 'k1')], spf='neutral', dmarc='fail',
                         dmarc_policy='NONE'),
               own=[dkim_sig(dom, 'k1', t)], msgid='<%s@%s>' % (rhex(26), dom),
               body=text_part(new, charset='utf-8', cte='base64'), new=new, ids=[])

    # 031 thread C: 2022 closure + satisfaction scale
    t = tC + dt.timedelta(days=3, hours=2, minutes=33)
    new = ("Hello,\n\n"
           "Case 10982734561 is now closed.\n\n"
           "We'd appreciate two minutes of your time. On a scale of 1 to 5, how satisfied are you with the way we handled "
           "your request?\n\n"
           "  1  2  3  4  5   ->  https://survey.aws-training.amazon.com/r/%s\n\n"
           "Thank you for being an AWS Certified professional.\nAWS Training & Certification\n" % rhex(24))
    write_mail(31, 'case-closed-scale-1-to-5', kind='survey', case=cidC, lang='en', sv=True,
               frm=FORM, to=SEUN, date=t,
               subject='[CASE %s] Your case is closed' % cidC,
               top=trace('yahoo', t, SEUN, 'amazon.com'), own=amz(t),
               body=text_part(new, charset='us-ascii', cte='7bit'), new=new, ids=[])

    # 032 thread A: Credly badge waiting
    t = tA + dt.timedelta(days=5, hours=11, minutes=20)
    greet = 'Priya, a new badge is waiting for you'
    lines = ['Your work toward <b>AWS Certified Solutions Architect &ndash; Associate</b> has been recognised by Amazon Web Services Training and Certification with a digital badge.',
             'Claim it to add it to your profile and share it on LinkedIn, in your e-mail signature or on your r&eacute;sum&eacute;.']
    h = credly_html(greet, lines, 'Accept your badge', ['AWS Certified Solutions Architect &ndash; Associate'])
    txt = ("Priya, a new badge is waiting for you\n\n"
           "Your work toward AWS Certified Solutions Architect - Associate has been recognised by Amazon Web Services "
           "Training and Certification with a digital badge.\n\nClaim it here: https://www.credly.com/earner/earned/badge/%s\n\n"
           "Credly, Inc. - 215 Park Avenue South, 13th Floor, New York, NY 10003\n" % rhex(32))
    write_mail(32, 'credly-badge-waiting', kind='credly_badge_issued', case=None, lang='en', sv=True,
               frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=PRIYA, date=t,
               subject='Priya, claim your AWS Certified Solutions Architect – Associate badge'.replace('–', '-'),
               top=credly_trace('gmail', t, PRIYA), own=credly_own(t), msgid='<%s@credly.com>' % rhex(24),
               body=alt(text_part(txt, cte='quoted-printable'), text_part(h, 'html', cte='quoted-printable'), boundary=ruby_boundary()),
               new=txt, ids=[])

    # 033 thread B: Credly after the merge, Outlook
    t = tB + dt.timedelta(days=4, hours=9, minutes=3)
    lines = ['Following an update to your AWS Certification record, the credentials below have been re-issued to '
             '<b>marcus.webb@outlook.com</b>. They have landed in your Credly wallet &ndash; accept them to make them public.']
    h = credly_html('Marcus, new credentials just landed in your wallet', lines, 'Accept badges',
                    ['AWS Certified Developer &ndash; Associate', 'AWS Certified SysOps Administrator &ndash; Associate'])
    write_mail(33, 'credly-landed-in-wallet', kind='credly_badge_issued', case=None, lang='en', sv=True,
               frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=MARCUS, date=t,
               subject='Marcus, 2 credentials from Amazon Web Services Training and Certification are in your wallet',
               top=credly_trace('outlook', t, MARCUS), own=credly_own(t), msgid='<%s@credly.com>' % rhex(24),
               body=text_part(h, 'html', cte='base64'), new_html=h, ids=[])

    # 034 thread E: old Acclaim sender (2020)
    t = tE + dt.timedelta(days=6, hours=3, minutes=44)
    txt = ("Lena, Amazon Web Services Training and Certification recognised your achievement\n\n"
           "AWS Certified Cloud Practitioner\n\n"
           "Your badge lives on Acclaim now. Accept it to start sharing your accomplishment:\n"
           "https://www.youracclaim.com/earner/earned/badge/%s\n\n"
           "Acclaim by Credly - 13 W 36th St, New York, NY 10018\n" % rhex(32))
    h = ('<html><body style="font-family:Helvetica"><h3>Lena, Amazon Web Services Training and Certification recognised your achievement</h3>'
         '<p><b>AWS Certified Cloud Practitioner</b></p><p>Your badge lives on Acclaim now. Accept it to start sharing your accomplishment.</p>'
         '<p><a href="https://www.youracclaim.com/earner/earned/badge/%s" style="background:#3a6f8f;color:#fff;padding:10px 20px">Accept Badge</a></p>'
         '<p style="font-size:11px;color:#888">Acclaim by Credly &middot; 13 W 36th St, New York, NY 10018</p></body></html>' % rhex(32))
    write_mail(34, 'acclaim-2020-recognised', kind='credly_badge_issued', case=None, lang='en', sv=True,
               frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', to=LENA, date=t,
               subject='Lena, you have a new badge from Amazon Web Services Training and Certification',
               top=credly_trace('gmail', t, LENA, dom='youracclaim.com'), own=credly_own(t, 'youracclaim.com'),
               msgid='<%s@youracclaim.com>' % rhex(24),
               body=alt(text_part(txt), text_part(h, 'html'), boundary=ruby_boundary()), new=txt, ids=[])

    # 035 thread D: Japanese Credly mail
    t = tD + dt.timedelta(days=6, hours=0, minutes=15)
    lines = ['Amazon Web Services Training and Certification から、田中 健一 様にデジタルバッジが届いています。',
             'バッジを受け取ると、LinkedIn やメール署名などで認定を共有できます。']
    h = credly_html('田中 健一 様、新しいバッジをお受け取りください', lines, 'バッジを受け取る',
                    ['AWS Certified Cloud Practitioner'])
    write_mail(35, 'credly-jp-badge-todoite', kind='credly_badge_issued', case=None, lang='ja', sv=True,
               frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=TANAKA, date=t,
               subject=q_words('新しいバッジが届いています – Amazon Web Services Training and Certification'),
               top=credly_trace('nifty', t, TANAKA), own=credly_own(t), msgid='<%s@credly.com>' % rhex(24),
               body=text_part(h, 'html', cte='quoted-printable'), new_html=h, ids=[])

    # 036 phishing Credly look-alike
    t = tI + dt.timedelta(days=9, hours=14)
    dom = 'credly-badges.net'
    h = ('<html><body style="font-family:Arial"><p><img src="https://%s/logo.png" alt="Credly"></p>'
         '<p>Hi Chen,</p><p>Amazon Web Services Training and Certification has issued your updated badge after your recent profile change.</p>'
         '<p><b>AWS Certified Solutions Architect &ndash; Professional</b></p>'
         '<p><a href="https://accept.%s/claim?u=chen.wei.ops%%40gmail.com">Accept your badge</a> &ndash; you will need to sign in with your Google account.</p>'
         '<p>Credly Team</p></body></html>' % (dom, dom))
    write_mail(36, 'updated-badge-ready-to-accept', kind='credly_badge_issued', case=None, lang='en', sv=False,
               frm='"Credly" <admin@%s>' % dom, to=CHEN, date=t,
               subject='Your updated AWS badge is ready to accept',
               top=trace('gmail', t, CHEN, dom, ip='79.141.%d.%d' % (rng.randrange(255), rng.randrange(255)),
                         helo='mail.%s' % dom, mailfrom=dom, dkim=[(dom, 'pass', 'x')], dmarc='pass', dmarc_policy='NONE'),
               own=[dkim_sig(dom, 'x', t)], msgid='<%s@%s>' % (rhex(22), dom),
               body=text_part(h, 'html', cte='quoted-printable'), new_html=h, ids=[])

    # 037 Credly to a small Japanese host: DKIM aligned pass, no dmarc verdict recorded
    SATO = 'sato@sato-design.jp'
    t = dt.datetime(2025, 12, 3, 1, 27, 50, tzinfo=UTC)
    txt = ("Misaki, 2 badges are ready for you\n\n"
           "Because your AWS Certification profiles were combined, Amazon Web Services Training and Certification has "
           "re-issued the following badges to this e-mail address:\n\n"
           "  - AWS Certified Cloud Practitioner\n  - AWS Certified AI Practitioner\n\n"
           "Accept them here to keep your public profile up to date:\nhttps://www.credly.com/earner/earned/badges?%s\n\n"
           "Credly, Inc. - 215 Park Avenue South, 13th Floor, New York, NY 10003\n" % rhex(16))
    h = credly_html('Misaki, 2 badges are ready for you',
                    ['Because your AWS Certification profiles were combined, Amazon Web Services Training and Certification has '
                     're-issued the following badges to this e-mail address.'], 'Accept badges',
                    ['AWS Certified Cloud Practitioner', 'AWS Certified AI Practitioner'])
    write_mail(37, 'credly-reissued-after-combine-sakura', kind='credly_badge_issued', case=None, lang='en', sv=True,
               frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=SATO, date=t,
               subject='Misaki, 2 badges are ready for you',
               top=credly_trace('sakura', t, SATO, dmarc=None), own=credly_own(t), msgid='<%s@credly.com>' % rhex(24),
               body=alt(text_part(txt), text_part(h, 'html', cte='base64'), boundary=ruby_boundary()), new=txt, ids=[])



def part5():
    # 038 thread F: which account should carry on?
    t = dt.datetime(2025, 11, 5, 15, 30, 41, tzinfo=UTC)
    new = ("Hi Daniel,\n\n"
           "Thanks for your patience. I can see the Cloud Practitioner profile you mentioned (AWS05567712) and a second one, "
           "tied to your company address, with two Professional certifications on it (AWS18830045).\n\n"
           "Before I set anything up: which of the two should carry on afterwards? The one you keep is the login you will "
           "use from then on; the other one's history moves across and it gets closed. Just reply with the ID you want to keep.\n\n"
           "Thanks,\nAnkit\nAWS Training and Certification\n")
    hist = ("\n-----Original Message-----\nInquiry type: AWS Training and Certification\nDetail: Account Merge\n"
            "AWS candidate ID: AWS05567712\nDescription: I seem to have 2 certification accounts, one personal and one from work. "
            "Can you combine them? Daniel Kim\n")
    write_mail(38, 'which-one-carries-on', kind='support_reply', case=cidF, lang='en', sv=True,
               frm=FORM, to=DANIEL, date=t,
               subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidF,
               top=trace('workspace', t, DANIEL, 'amazon.com'), own=amz(t),
               body=text_part(new + hist, cte='quoted-printable'), new=new, ids=[F1, F2])

    # 039 thread G: asks for the sign-in address of each profile (console)
    t = tG + dt.timedelta(days=1, hours=4, minutes=37)
    new = ("Hola Sofía,\n\n"
           "Thank you for your patience.\n\n"
           "To find both profiles on our side I need the e-mail address you use to sign in to each of them. The candidate "
           "ID you gave us (AWS13370981) does not show a second profile under the same name, so I cannot tell which one "
           "you mean yet.\n\n"
           "Could you add both addresses to this case through the Support Center?\n\n"
           "Best regards,\n\nLucía\nAmazon Web Services\n\n")
    rate = ("We value your feedback. Please share your experience by rating this correspondence using the AWS Support "
            "Center link at the end of this correspondence.\n\n")
    write_mail(39, 'console-need-sign-in-addresses', kind='support_reply', case=cidG, lang='en', sv=True,
               frm=CONSOLE, to=SOFIA, date=t,
               subject=q_words('RE:[CASE %s] Tengo dos cuentas de certificación / two certification logins' % cidG),
               top=trace('outlook', t, SOFIA, 'amazon.com'), own=amz(t),
               body=text_part(new + rate + console_footer(cidG), cte='quoted-printable'), new=new, ids=[G1])

    # 040 thread A: thanks for confirming, handed over (quoted history carries the ids)
    t = tA + dt.timedelta(days=1, hours=10, minutes=3)
    new = ("Hello Priya,\n\n"
           "Thank you - that is all I needed. I have passed your request to the team that makes the change on our "
           "systems, and I will write again as soon as they have finished, normally within two business days. There is "
           "nothing you need to do in the meantime.\n")
    hist = ("\nOn Thu, 29 May 2025 at 09:12, Priya Raman <priya.raman.dev@gmail.com> wrote:\n" +
            q("Yes, go ahead please. Keep the Gmail one.\nThanks!\nPriya\n\n"
              "On Wed, 28 May 2025 at 19:51, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" +
              q("Hello Priya,\n\nI found two certification profiles that belong to you:\n\n"
                " - one opened in 2021 with your former work address p.raman@northwind-logistics.com (candidate ID AWS04418230);\n"
                " - one opened last year with priya.raman.dev@gmail.com (candidate ID AWS11920387).\n\n"
                "If that matches what you had in mind, a short \"yes, go ahead\" in reply to this e-mail is all I need.\n\n"
                "Best regards,\nRavi S.")))
    newh = '<div>' + ''.join('<p>%s</p>' % htmlmod.escape(p).replace('\n', '<br>') for p in new.split('\n\n')) + '<p>Best regards,<br>Ravi S.<br>AWS Training and Certification Customer Support</p></div>'
    write_mail(40, 'thanks-handed-to-team', kind='support_reply', case=cidA, lang='en', sv=True,
               frm=FORM, to=PRIYA, date=t,
               subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidA,
               top=trace('gmail', t, PRIYA, 'amazon.com'), own=amz(t),
               body=alt(text_part(new + sig_form('Ravi S.') + hist),
                        text_part('<html><body>' + newh + '<blockquote type="cite">' + htmlmod.escape(hist).replace('\n', '<br>') + '</blockquote></body></html>', 'html'),
                        boundary=java_boundary(t)), new=new, new_html=newh, ids=[])

    # 041 thread G: chaser
    t = tG + dt.timedelta(days=4, hours=6, minutes=12)
    new = ("Hello Sofía,\n\n"
           "Just checking in on case %s. We are still waiting for the sign-in addresses we asked about on 3 March; "
           "without them we cannot go any further.\n\n"
           "If we do not hear from you by 10 March the case will close on its own. You can always reopen it within 14 days "
           "from the Support Center.\n\n"
           "Best regards,\n\nLucía\nAmazon Web Services\n\n" % cidG)
    write_mail(41, 'console-still-waiting-nudge', kind='support_reply', case=cidG, lang='en', sv=True,
               frm=CONSOLE, to=SOFIA, date=t,
               subject=q_words('RE:[CASE %s] Tengo dos cuentas de certificación / two certification logins' % cidG),
               top=trace('outlook', t, SOFIA, 'amazon.com'), own=amz(t),
               body=text_part(new + console_footer(cidG), cte='quoted-printable'), new=new, ids=[])

    # 042 thread D: Japanese, asks for registered addresses; labelled Shift_JIS but uses CP932-only characters, 8bit
    t = tD + dt.timedelta(days=1, hours=2, minutes=50)
    new = ("田中 健一 様\n\n"
           "AWS トレーニングと認定 カスタマーサポートの山本と申します。\n"
           "このたびはお問い合わせいただき、誠にありがとうございます。\n\n"
           "ご依頼の件を確認させていただくにあたり、お手数ではございますが、以下の 2 点をお知らせいただけますでしょうか。\n\n"
           "①　ご連絡いただいた候補者 ID（AWS12003876）とは別の認定アカウントにご登録のメールアドレス\n"
           "②　今後ご利用を希望されるアカウント（どちらを残すか）\n\n"
           "ご返信は本メールへの返信にてお願いいたします（受付時間：平日 9:00～18:00）。\n\n"
           "何卒よろしくお願い申し上げます。\n\n"
           "山本\nAWS トレーニングと認定 カスタマーサポート\n")
    hist = ("\n-----Original Message-----\nお問い合わせ種別: AWS トレーニングと認定\n詳細: アカウントの統合\n"
            "AWS 候補者 ID: AWS12003876\n内容: 以前の勤務先で作成したアカウントがあり、認定が分かれてしまっています。1 つにまとめたいです。\n")
    write_mail(42, 'jp-cp932-as-shift-jis-asks-addresses', kind='support_reply', case=cidD, lang='ja', sv=True,
               frm=FORM, to=TANAKA, date=t,
               subject=b_words('RE:[CASE %s] AWS トレーニングと認定 お問い合わせの件' % cidD, 'iso-2022-jp', 20),
               top=trace('nifty', t, TANAKA, 'amazon.com'), own=amz(t),
               body=text_part(new + hist, charset='shift_jis', cte='8bit', label='Shift_JIS'), new=new, ids=[D_NEW])

    # 043 thread F: question about the legal name, not about the merge itself
    t = dt.datetime(2025, 11, 6, 2, 2, 17, tzinfo=UTC)
    new = ("Hi Daniel,\n\n"
           "Thanks for letting me know you want to keep the Brightpath profile.\n\n"
           "Before I go further: the two profiles are registered under slightly different names (\"Daniel Kim\" on "
           "AWS18830045 and \"Dan Kim\" on AWS05567712). Which spelling should your certificates show? It has to match the ID "
           "you bring to future exams.\n\nAnkit\nAWS Training and Certification\n")
    hist = ("\nOn Wed, Nov 5, 2025 at 9:12 AM Daniel Kim <daniel.kim@brightpath.io> wrote:\n" +
            q("Keep the Brightpath one please (AWS18830045).\n\nDaniel Kim\nPrincipal Engineer | Brightpath\n"))
    write_mail(43, 'which-name-on-certificates', kind='support_reply', case=cidF, lang='en', sv=True,
               frm=FORM, to=DANIEL, date=t,
               subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidF,
               top=trace('workspace', t, DANIEL, 'amazon.com'), own=amz(t),
               body=text_part(new + hist, cte='base64'), new=new, ids=[F1, F2])

    # 044 thread B: console "there's an update" notification, no agent text
    t = tB + dt.timedelta(days=2, hours=1, minutes=20)
    new = ("Hello,\n\nThere is an update on your support case %s. To read it, or to answer, open the case in the "
           "Support Center:\n\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
           "Thank you for using Amazon Web Services.\n\n"
           "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by "
           "Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n" % (cidB, cidB))
    write_mail(44, 'console-update-waiting', kind='support_reply', case=cidB, lang='en', sv=True,
               frm=CONSOLE, to=MARCUS, date=t,
               subject='[Case %s] There is an update on your case' % cidB,
               top=trace('outlook', t, MARCUS, 'amazon.com'), own=amz(t),
               body=text_part(new, charset='us-ascii', cte='7bit'), new=new, ids=[])

    # 045 thread H: status - on hold until a pending exam score posts (corporate relay, no AR)
    t = tH + dt.timedelta(days=2, hours=3, minutes=2)
    new = ("Hi Arjun,\n\n"
           "A quick status note. Your request is with the team, but they have paused it until the result of the Security - "
           "Specialty exam you sat on 19 July shows up on AWS08845132. Moving records while a score is still pending can "
           "leave that result stranded, so it is safer to wait a few days.\n\n"
           "I will look at it again on Friday and let you know where things stand. Nothing is needed from you.\n\n"
           "Best regards,\n\nKeiko\nAmazon Web Services\n\n")
    write_mail(45, 'console-paused-pending-score', kind='support_reply', case=cidH, lang='en', sv=None,
               frm=CONSOLE, to=ARJUN, date=t,
               subject='RE:[CASE %s] Two certification accounts - one from university' % cidH,
               top=trace('none', t, ARJUN, 'amazon.com'), own=amz(t),
               body=text_part(new + console_footer(cidH), cte='quoted-printable'), new=new, ids=[H2])

    # 046 phishing "support reply" asking for passwords, spoofed display, dmarc fail
    t = dt.datetime(2026, 3, 4, 8, 40, 3, tzinfo=UTC)
    dom = 'aws-supportcenter.com'
    fake = cid15(t - dt.timedelta(days=2), 7118)
    new = ("Hello,\n\n"
           "We are processing your request to join your certification accounts (case %s). To locate both records, "
           "please reply to this e-mail with the sign-in e-mail AND the password for each account. This is required "
           "to verify ownership.\n\n"
           "Unverified requests are cancelled after 24 hours.\n\n"
           "AWS Support\n" % fake)
    write_mail(46, 'verification-needed-passwords', kind='support_reply', case=fake, lang='en', sv=False,
               frm='"Amazon Web Services" <support@%s>' % dom, to=SOFIA, date=t,
               subject='RE: [CASE %s] Verification needed' % fake,
               top=trace('outlook', t, SOFIA, dom, ip='141.98.%d.%d' % (rng.randrange(255), rng.randrange(255)),
                         helo='mail.%s' % dom, mailfrom=dom, spf='fail', dkim=[(dom, 'fail', 'default')], dmarc='fail'),
               own=[dkim_sig(dom, 'default', t)], msgid='<%s@%s>' % (rhex(20), dom),
               body=text_part(new, charset='iso-8859-1', cte='quoted-printable'), new=new, ids=[])

    # 047 nothing to bring together: the second address is not registered
    HANNAH = 'hannah.obrien.cloud@gmail.com'
    tK = dt.datetime(2025, 12, 8, 11, 15, 26, tzinfo=UTC)
    cidK = cid15(tK, 30219)
    t = tK + dt.timedelta(days=1, hours=6, minutes=40)
    new = ("Hi Hannah,\n\n"
           "I have gone through our records carefully. The address you listed for your \"second profile\" "
           "(hannah.ob@northbeam.ie) is not registered with AWS Certification at all, and both exams you took in 2023 "
           "are already on AWS17755020 under this Gmail address. In other words, there is only one profile, so there is "
           "nothing to bring together.\n\n"
           "If you still see something that looks like a second account - for example in Skill Builder or Credly - send "
           "me a screenshot and I will take a look.\n\n"
           "Kind regards,\nFiona\nAWS Training and Certification Customer Support\n")
    hist = ("\nOn Mon, 8 Dec 2025 at 11:14, Hannah O'Brien <hannah.obrien.cloud@gmail.com> wrote:\n" +
            q("Hi, please merge AWS17755020 with my work profile (hannah.ob@northbeam.ie). Thanks"))
    write_mail(47, 'only-one-profile-found', kind='support_reply', case=cidK, lang='en', sv=True,
               frm=FORM, to=HANNAH, date=t,
               subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidK,
               top=trace('gmail', t, HANNAH, 'amazon.com'), own=amz(t),
               body=text_part(new + hist, cte='quoted-printable'), new=new, ids=['AWS17755020'])

    # 048 thread C: non-native "escalated to concerned team"
    t = tC + dt.timedelta(days=1, hours=11, minutes=7)
    new = ("Dear Oluwaseun,\n\n"
           "Thank you for the confirmation.\n\n"
           "We have escalated the same to the concerned team and will update you once it is actioned from their end. "
           "Kindly bear with us meanwhile.\n\n"
           "Thanks & Regards,\nShruti M.\nAWS Training & Certification Support\n")
    hist = ("\n-----Original Message-----\nFrom: Seun Adeyemi <seun.adeyemi@yahoo.com>\nSent: Wednesday, August 17, 2022 3:20 PM\n"
            "Subject: Re: RE:[CASE 10982734561] [AWS Training and Certification Form Submission] - account-assistance\n\n"
            "Hi Shruti, I confirm. Keep AWS15567203 and move AWS03319842 into it.\nRegards, Seun\n\n"
            "> Primary account to be retained - AWS 15567203\n> Secondary account - AWS-03319842\n")
    write_mail(48, 'nonnative-escalated-concerned-team', kind='support_reply', case=cidC, lang='en', sv=True,
               frm=FORM, to=SEUN, date=t,
               subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cidC,
               top=trace('yahoo', t, SEUN, 'amazon.com'), own=amz(t),
               body=text_part(new + hist, charset='windows-1252', cte='quoted-printable'), new=new, ids=[])



def part6():
    # 049 thread F user: a billing case opened through the console (other AWS support case)
    t = dt.datetime(2025, 11, 20, 9, 12, 3, tzinfo=UTC)
    bill = cid15(t, 11042)
    t2 = t + dt.timedelta(seconds=25)
    new = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n"
           "The details of your case are as follows:\n\n"
           "Case ID: %s\nSubject: Duplicate charge on November invoice - account 4821-9930-1177\nSeverity: General guidance\n"
           "Correspondence: We were charged twice for the same Savings Plan purchase on 1 Nov. Please refund one of the two "
           "charges and consolidate them into a single line on the invoice.\n\n"
           "We will respond as soon as possible. Billing questions are usually answered within one business day.\n\n"
           "Sincerely,\nAmazon Web Services\n" % (bill, bill)) + console_footer(bill)
    write_mail(49, 'console-billing-case-opened', kind='unrelated', case=bill, lang='en', sv=True,
               frm=CONSOLE, to=DANIEL, date=t2,
               subject='Amazon Web Services: You have opened a new Support case: %s' % bill,
               top=trace('workspace', t2, DANIEL, 'amazon.com'), own=amz(t2),
               body=text_part(new, cte='quoted-printable'), new=new, ids=[])

    # 050 Seller Central case: variation listings combined (same RE:[CASE] style)
    t = dt.datetime(2025, 9, 30, 16, 44, 10, tzinfo=UTC)
    new = ("Hello from Amazon Selling Partner Support,\n\n"
           "Thank you for your patience. The two parent listings you asked about (B0CX7KQ2LM and B0D1RTN8Z4) now share a "
           "single variation family under parent B0CX7KQ2LM. The child ASINs, reviews and sales rank are all shown on that "
           "detail page from today.\n\n"
           "If anything looks wrong, reply to this e-mail within 7 days.\n\n"
           "We hope this helped.\n\nThanks,\nDiego V.\nAmazon Selling Partner Support\n\n"
           "Was this e-mail helpful?  https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=5884881212\n")
    write_mail(50, 'seller-central-variation-family', kind='unrelated', case='5884881212', lang='en', sv=True,
               frm='"Amazon Selling Partner Support" <seller-notification@amazon.com>', to=LENA, date=t,
               subject='RE:[CASE 5884881212] Combine two parent ASINs into one variation family',
               top=trace('gmail', t, LENA, 'amazon.com'), own=amz(t),
               body=alt(text_part(new, cte='quoted-printable'),
                        text_part('<html><body>' + ''.join('<p>%s</p>' % htmlmod.escape(p).replace('\n', '<br>') for p in new.split('\n\n')) + '</body></html>', 'html', cte='quoted-printable'),
                        boundary=java_boundary(t)), new=new, ids=[])

    # 051 GitHub PR merged notification
    t = dt.datetime(2026, 1, 21, 18, 3, 37, tzinfo=UTC)
    dom = 'github.com'
    new = ("Merged #412 into main.\n\n-- \nReply to this email directly, view it on GitHub:\n"
           "https://github.com/contoso-retail/infra-modules/pull/412#event-%d\n"
           "You are receiving this because you were mentioned.\n" % rng.randrange(10 ** 10, 10 ** 11))
    h = ('<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/contoso-retail/infra-modules/pull/412">#412</a> into main.</p>'
         '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/contoso-retail/infra-modules/pull/412">view it on GitHub</a>.<br>'
         'You are receiving this because you were mentioned.</p>')
    write_mail(51, 'github-pr-merged', kind='unrelated', case=None, lang='en', sv=False,
               frm='"Priyanka Sen" <notifications@github.com>', to='"contoso-retail/infra-modules" <infra-modules@noreply.github.com>',
               cc='Marcus Webb <marcus.webb@outlook.com>, Mention <mention@noreply.github.com>', date=t,
               reply_to='"contoso-retail/infra-modules" <reply+ABCD%s@reply.github.com>' % rhex(20).upper(),
               subject='Re: [contoso-retail/infra-modules] Merge AWS accounts module into org baseline (PR #412)',
               top=trace('outlook', t, MARCUS, dom, ip='192.30.252.%d' % rng.randrange(190, 210),
                         helo='out-%d.smtp.github.com' % rng.randrange(20, 30), mailfrom='github.com',
                         dkim=[(dom, 'pass', 'pf2023')], dmarc='pass'),
               own=[dkim_sig(dom, 'pf2023', t)], msgid='<contoso-retail/infra-modules/pull/412/issue_event/%d@github.com>' % rng.randrange(10 ** 10, 10 ** 11),
               body=alt(text_part(new), text_part(h, 'html'), boundary='--==_mimepart_%s_%d' % (rhex(13), rng.randrange(10 ** 5))),
               new=new, ids=[])

    # 052 Credly's own self-service account merge code
    t = tA + dt.timedelta(days=6, hours=2, minutes=11)
    new = ("Hi Priya,\n\n"
           "Someone (hopefully you) asked to bring the Credly account for p.raman@northwind-logistics.com together with the "
           "one for this address.\n\n"
           "Your code: 482913\n\n"
           "Enter it on the page you came from, or finish here: https://www.credly.com/users/merge/confirm?token=%s "
           "(Complete Account Merge)\n\n"
           "The code stops working in 30 minutes. If this was not you, you can ignore this e-mail.\n\n"
           "The Credly Team\n" % rhex(40))
    write_mail(52, 'credly-self-service-code', kind='unrelated', case=None, lang='en', sv=True,
               frm='"Credly" <admin@credly.com>', to=PRIYA, date=t,
               subject='Your code to bring your Credly accounts together',
               top=credly_trace('gmail', t, PRIYA), own=credly_own(t), msgid='<%s@credly.com>' % rhex(24),
               body=text_part(new, cte='quoted-printable'), new=new, ids=[])

    # 053 Credly expiry reminder
    t = dt.datetime(2026, 4, 2, 14, 0, 9, tzinfo=UTC)
    h = credly_html('Marcus, your badge expires in 90 days',
                    ['<b>AWS Certified Developer &ndash; Associate</b> from Amazon Web Services Training and Certification will expire on 1 July 2026.',
                     'Recertify before then to keep it active on your profile.'], 'Learn how to recertify',
                    ['AWS Certified Developer &ndash; Associate'])
    write_mail(53, 'credly-expires-in-90-days', kind='unrelated', case=None, lang='en', sv=True,
               frm='"Credly" <admin@credly.com>', to=MARCUS, date=t,
               subject='Your badge from Amazon Web Services Training and Certification expires soon',
               top=credly_trace('outlook', t, MARCUS), own=credly_own(t), msgid='<%s@credly.com>' % rhex(24),
               body=text_part(h, 'html', cte='quoted-printable'), new_html=h, ids=[])

    # 054 CertMetrics "wants to hear from you"
    t = dt.datetime(2025, 11, 25, 15, 30, 0, tzinfo=UTC)
    dom = 'certmetrics.com'
    new = ("Hello Daniel Kim,\n\n"
           "AWS Certification wants to hear from you. As an AWS Certified individual (candidate ID AWS18830045), your opinion "
           "helps shape future exams and benefits.\n\n"
           "The questionnaire takes about 10 minutes: https://www.certmetrics.com/amazon/survey/%s\n\n"
           "Thank you,\nAWS Certification\n\n"
           "Please do not reply to this message. This mailbox is not monitored.\n" % rhex(16))
    write_mail(54, 'certmetrics-wants-to-hear', kind='unrelated', case=None, lang='en', sv=False,
               frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=DANIEL, date=t,
               subject='AWS Certification wants to hear from you',
               top=trace('workspace', t, DANIEL, dom, ip='52.1.%d.%d' % (rng.randrange(255), rng.randrange(255)),
                         helo='mail.%s' % dom, mailfrom='bounce.%s' % dom, dkim=[(dom, 'pass', 'k2')], dmarc='pass',
                         dmarc_policy='NONE'),
               own=[dkim_sig(dom, 'k2', t)], msgid='<%s@certmetrics.com>' % rhex(30),
               body=text_part(new, charset='us-ascii', cte='7bit'), new=new, ids=['AWS18830045'])

    # 055 Pearson VUE appointment confirmation
    HANNAH = 'hannah.obrien.cloud@gmail.com'
    t = dt.datetime(2026, 1, 14, 20, 41, 55, tzinfo=UTC)
    dom = 'pearson.com'
    new = ("Dear Hannah O'Brien,\n\n"
           "Thank you for scheduling your exam with Pearson VUE.\n\n"
           "Exam: SCS-C02: AWS Certified Security - Specialty\nDate and time: Saturday, February 7, 2026 at 10:00 AM GMT\n"
           "Location: OnVUE online proctored\nRegistration ID: 512339847\nAWS candidate ID: AWS17755020\n\n"
           "Please run the system test before exam day and have your government-issued ID ready.\n\n"
           "Sincerely,\nPearson VUE\n")
    write_mail(55, 'pearson-vue-appointment', kind='unrelated', case=None, lang='en', sv=False,
               frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', to=HANNAH, date=t,
               subject='Pearson VUE Confirmation of Your Exam Appointment',
               top=trace('gmail', t, HANNAH, dom, ip='159.182.%d.%d' % (rng.randrange(255), rng.randrange(255)),
                         helo='mx.%s' % dom, mailfrom=dom, dkim=[(dom, 'pass', 'selector1')], dmarc='pass', dmarc_policy='REJECT'),
               own=[dkim_sig(dom, 'selector1', t)], msgid='<%s@pearson.com>' % rhex(28),
               body=text_part(new, charset='iso-8859-1', cte='quoted-printable'), new=new, ids=['AWS17755020'])

    # 056 AWS Builder ID verification code via corporate relay (no AR)
    t = dt.datetime(2025, 7, 29, 4, 2, 48, tzinfo=UTC)
    new = ("Confirm it's you\n\nTo finish creating your AWS Builder ID, enter this code:\n\n    573920\n\n"
           "The code is valid for 10 minutes. If you did not ask for it, you can ignore this e-mail.\n\n"
           "Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109\n")
    write_mail(56, 'builder-id-code-relay', kind='unrelated', case=None, lang='en', sv=None,
               frm='"AWS" <no-reply@signin.aws>', to=ARJUN, date=t,
               subject='Your AWS Builder ID verification code',
               top=trace('none', t, ARJUN, 'signin.aws'), own=amz(t, 'signin.aws'),
               body=text_part(new, charset='us-ascii', cte='7bit'), new=new, ids=[])

    # 057 quota increase done + rating request (other AWS support case)
    t0 = dt.datetime(2026, 2, 3, 8, 10, 22, tzinfo=UTC)
    quota = cid15(t0, 60555)
    t = t0 + dt.timedelta(hours=9, minutes=14)
    new = ("Hello,\n\n"
           "Good news - the increase you asked for is in place: Running On-Demand Standard instances in eu-central-1 now "
           "allows 512 vCPUs for account 7730-1184-2290. You can launch up to the new value straight away.\n\n"
           "As this was the only item on the case, I am setting it to resolved.\n\n"
           "Was this response helpful? Rate it: https://console.aws.amazon.com/support/feedback?displayId=%s\n\n"
           "Best regards,\n\nJonas\nAmazon Web Services\n\n" % quota) + console_footer(quota)
    write_mail(57, 'console-quota-in-place-rate', kind='unrelated', case=quota, lang='en', sv=True,
               frm=CONSOLE, to=MARCUS, date=t,
               subject='RE:[CASE %s] Limit Increase: EC2 Instances' % quota,
               top=trace('outlook', t, MARCUS, 'amazon.com'), own=amz(t),
               body=text_part(new, cte='quoted-printable'), new=new, ids=[])

    # 058 newsletter from AWS Training and Certification
    t = dt.datetime(2025, 12, 10, 17, 0, 2, tzinfo=UTC)
    h = ('<html><body style="background:#f8f8f8;margin:0"><table width="640" align="center" style="background:#fff;font-family:Arial">'
         '<tr><td style="background:#232f3e;color:#fff;padding:18px;font-size:22px">AWS Training and Certification &ndash; December update</td></tr>'
         '<tr><td style="padding:18px;font-size:14px">'
         '<h3>Bring your learning together</h3><p>You can now combine several learning plans into one custom path in AWS Skill Builder.</p>'
         '<h3>Updated exam guides</h3><p>The SAA-C03 and DVA-C02 guides were refreshed this month. Check the changes before you book.</p>'
         '<h3>Your certification benefits</h3><p>Remember: certified individuals get 50%% off their next exam. Find your voucher under Benefits in your certification account.</p>'
         '<p style="font-size:11px;color:#777">You received this e-mail because you subscribed to AWS Training and Certification news. '
         '<a href="https://pages.awscloud.com/unsubscribe?u=%s">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109</p>'
         '</td></tr></table></body></html>' % rhex(20))
    write_mail(58, 'tc-newsletter-december', kind='unrelated', case=None, lang='en', sv=True,
               frm='"AWS Training and Certification" <aws-training-and-certification@amazon.com>', to=PRIYA, date=t,
               subject='Bring your learning together, refreshed exam guides and more',
               top=trace('gmail', t, PRIYA, 'amazon.com'), own=amz(t) + [('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?u=%s>' % rhex(20))],
               body=text_part(h, 'html', cte='base64'), new_html=h, ids=[])

    # 059 phishing not about the merge: billing suspension
    t = dt.datetime(2026, 1, 5, 3, 22, 40, tzinfo=UTC)
    dom = 'aws-account-services.info'
    new = ("Dear AWS customer,\n\nWe were unable to charge your payment method for invoice #INV-92044831. Your AWS account "
           "and all running resources will be suspended within 24 hours.\n\nUpdate your billing details now: "
           "https://billing.%s/update\n\nAWS Billing Department\n" % dom)
    write_mail(59, 'billing-suspension-notice', kind='unrelated', case=None, lang='en', sv=False,
               frm='"AWS Billing" <billing@%s>' % dom, to='hannah.obrien.cloud@gmail.com', date=t,
               subject='Urgent: your AWS account will be suspended',
               top=trace('gmail', t, 'hannah.obrien.cloud@gmail.com', dom, ip='45.95.%d.%d' % (rng.randrange(255), rng.randrange(255)),
                         helo='host.%s' % dom, mailfrom=dom, dkim=[], spf='softfail', dmarc='none', dmarc_policy='NONE'),
               msgid='<%s@host.%s>' % (rhex(20), dom),
               body=text_part(new, charset='utf-8', cte='base64'), new=new, ids=[])

    # 060 self-hosted GitLab merge request merged
    t = dt.datetime(2025, 11, 12, 10, 7, 19, tzinfo=UTC)
    dom = 'brightpath.io'
    new = ("Merge request !88 was merged\n\n"
           "Project: platform / aws-landing-zone\nTitle: Consolidate member accounts into the org (two accounts -> one)\n"
           "Merged by: Daniel Kim\nBranch: feature/consolidate-accounts -> main\n\n"
           "View it on GitLab: https://gitlab.brightpath.io/platform/aws-landing-zone/-/merge_requests/88\n"
           "You're receiving this email because of your account on gitlab.brightpath.io.\n")
    write_mail(60, 'gitlab-mr-merged', kind='unrelated', case=None, lang='en', sv=False,
               frm='"Daniel Kim (@dkim)" <gitlab@brightpath.io>', to=DANIEL, date=t,
               subject='Re: platform / aws-landing-zone | Consolidate member accounts into the org (!88)',
               top=trace('workspace', t, DANIEL, dom, ip='35.198.%d.%d' % (rng.randrange(255), rng.randrange(255)),
                         helo='gitlab.%s' % dom, mailfrom=dom, dkim=[(dom, 'pass', 'google')], dmarc='pass', dmarc_policy='REJECT'),
               own=[dkim_sig(dom, 'google', t), ('X-GitLab-Project', 'aws-landing-zone'), ('X-GitLab-MergeRequest-IID', '88'),
                    ('X-GitLab-NotificationReason', 'own_activity')],
               msgid='<merge_request_%d@gitlab.brightpath.io>' % rng.randrange(1000, 9999),
               body=alt(text_part(new), text_part('<html><body><p>' + htmlmod.escape(new).replace('\n', '<br>') + '</p></body></html>', 'html'),
                        boundary='--==_mimepart_%s_%d' % (rhex(13), rng.randrange(10 ** 5))), new=new, ids=[])


PARTS = [part1, part2, part3, part4, part5, part6]

if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for p in PARTS:
        p()
    done()
