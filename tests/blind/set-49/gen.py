#!/usr/bin/env python3
"""Generator for blind set 49: AWS Certification account-merge mail (.eml) + labels.json."""
import os, re, json, base64, quopri, random, html
from datetime import datetime, timezone, timedelta
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime
from email import policy as _policy

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(4949)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
BST = timezone(timedelta(hours=1))
CET = timezone(timedelta(hours=1))

ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?![0-9])', re.I)
WD_JA = '月火水木金土日'


def T(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def case15(opened):
    return '%d%05d' % (int(opened.timestamp()), R.randint(0, 99999))


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))


def ses_id(d):
    ms = int(d.timestamp() * 1000)
    return '0100%012x-%s-%s-%s-%s-%s-000000' % (ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


def dfmt(d):
    return format_datetime(d)


def ja_date(d, tz=JST):
    d = d.astimezone(tz)
    return '%d年%d月%d日(%s) %d:%02d' % (d.year, d.month, d.day, WD_JA[d.weekday()], d.hour, d.minute)


def gmail_on(d, who, tz):
    d = d.astimezone(tz)
    h = d.hour % 12 or 12
    return 'On %s, %s %d, %d at %d:%02d %s %s wrote:' % (
        d.strftime('%a'), d.strftime('%b'), d.day, d.year, h, d.minute, 'AM' if d.hour < 12 else 'PM', who)


def outlook_block(frm, d, to, subj, tz):
    d = d.astimezone(tz)
    h = d.hour % 12 or 12
    return ('From: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s' % (
        frm, d.strftime('%A'), d.strftime('%B'), d.day, d.year, h, d.minute,
        'AM' if d.hour < 12 else 'PM', to, subj))


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


# ---------------------------------------------------------------- MIME parts
def textpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None):
    raw = text.encode(codec or charset)
    p = MIMENonMultipart('text', subtype)
    del p['MIME-Version']
    if label is not False:
        p.set_param('charset', label or charset)
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


def alternative(*parts):
    m = MIMEMultipart('alternative', boundary='----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(10**8, 10**9), R.randint(10**12, 10**13)))
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def body_bytes(part):
    part['MIME-Version'] = '1.0'
    # move MIME-Version first
    items = part._headers[:]
    part._headers = [h for h in items if h[0] == 'MIME-Version'] + [h for h in items if h[0] != 'MIME-Version']
    return part.as_bytes(policy=_policy.compat32)


def hdr(s, charset='utf-8', enc=None, name='Subject', ascii_prefix=None):
    """Encoded header value (folded encoded words)."""
    if all(ord(c) < 128 for c in s) and not ascii_prefix:
        return s
    cs = Charset(charset)
    if enc == 'Q':
        cs.header_encoding = QP
    elif enc == 'B':
        cs.header_encoding = BASE64
    if ascii_prefix:
        h = Header(ascii_prefix, 'us-ascii', header_name=name)
        h.append(s, cs)
    else:
        h = Header(s, cs, header_name=name)
    return h.encode()


def addr(name, email, charset='utf-8', enc=None):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (hdr(name, charset, enc, name='From'), email)


# ---------------------------------------------------------------- trace headers
SES_HOSTS = [('a8-30', '54.240.8.30'), ('a9-112', '54.240.9.112'), ('a27-41', '54.240.27.41'),
             ('a48-7', '54.240.48.7'), ('a8-53', '54.240.8.53'), ('a27-183', '54.240.27.183')]


def dkim(domain, sel, d, hlist='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID', c='relaxed/simple'):
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s=' % (
        c, sel, domain, int(d.timestamp()), hlist, rb64(43), rb64(70), rb64(100)))


AMZ_SEL = 'szqgv33erturdv5cvz4vtb4iu6dsvt6j'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def amazon_sender(d, sesid, from_domain='amazon.com'):
    """headers added by SES side (below the receiving provider's)."""
    return [dkim(from_domain, AMZ_SEL, d), dkim('amazonses.com', SES_SEL, d,
            hlist='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID')]


def _gdate(d):
    dst = (3 < d.month < 11) or (d.month == 3 and d.day >= 9) or (d.month == 11 and d.day < 2)
    return dfmt(d.astimezone(PDT if dst else PST)) + (' (PDT)' if dst else ' (PST)')


def recv_gmail(rcpt, d, host, ip, mailfrom, dkims, spf='pass', dmarc='pass', dmarc_pol='QUARANTINE', hfrom='amazon.com'):
    gid = rb64(4).replace('+', 'a').replace('/', 'b')
    lines = ['Delivered-To: %s' % rcpt,
             'Received: by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(4) + 'csp' + str(R.randint(100000, 999999)), _gdate(d + timedelta(seconds=2))),
             'X-Google-Smtp-Source: AGHT+I%s' % rb64(60),
             'X-Received: by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (rhex(4), rhex(3), rhex(4), rhex(12), rhex(8), R.randint(1, 9), R.randint(1000000000000, 9999999999999), _gdate(d + timedelta(seconds=2))),
             'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==' % (int(d.timestamp()), rb64(70), rb64(60)),
             'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=message-id:subject:to:from:date:mime-version:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s==' % (rb64(43), rb64(43), rb64(80)),
             'ARC-Authentication-Results: i=1; mx.google.com;\n       %s\n       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s' % (
                 '\n       '.join('dkim=%s header.i=@%s header.s=%s header.b=%s;' % (r, dm, s, rb64(8)) for dm, s, r in dkims) if dkims else '',
                 spf, mailfrom, ip, mailfrom, dmarc, dmarc_pol, dmarc_pol, hfrom),
             'Return-Path: <%s>' % mailfrom,
             'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128);\n        %s' % (
                 host, host, ip, rhex(12), rhex(8), R.randint(1, 9), R.randint(10**12, 10**13 - 1), rcpt, _gdate(d + timedelta(seconds=1))),
             'Received-SPF: %s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (spf, mailfrom, ip, ip)]
    ar = 'Authentication-Results: mx.google.com;\n'
    parts = ['dkim=%s header.i=@%s header.s=%s header.b=%s' % (r, dm, s, rb64(8)) for dm, s, r in dkims]
    if not dkims:
        parts.append('dkim=none')
    parts.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s' % (
        spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mailfrom))
    parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, dmarc_pol, dmarc_pol, 'NONE' if dmarc == 'pass' else dmarc_pol, hfrom))
    ar += '       ' + ';\n       '.join(parts)
    lines.append(ar)
    return lines


def recv_o365(rcpt, d, host, ip, mailfrom_dom, dkims, spf='pass', dmarc='pass', hfrom='amazon.com', consumer=False, action='none'):
    nam = R.choice(['NAM12', 'NAM10', 'NAM11', 'NAM04', 'NAM02'])
    pr = R.choice(['BN8', 'SA1', 'CH3', 'MN2', 'DM6', 'PH7'])
    fe = '%s%sFT%03d.eop-%s.prod.protection.outlook.com' % (pr, nam, R.randint(10, 99), nam.lower())
    mb = '%sPR%02dMB%04d.%sprd%02d.prod.outlook.com' % (R.choice(['SJ0', 'DM4', 'IA1', 'CO1']), R.randint(1, 19), R.randint(1000, 9999), 'nam' if not consumer else 'nam', R.randint(1, 12))
    ver = '15.20.%d.%d' % (R.randint(8500, 9300), R.randint(10, 40))
    d1 = d + timedelta(seconds=1)
    d2 = d + timedelta(seconds=3)
    spf_txt = 'spf=%s (sender IP is %s) smtp.mailfrom=%s;' % (spf, ip, mailfrom_dom)
    if not dkims:
        dk = ' dkim=none (message not signed) header.d=none;'
    else:
        dk = ''.join(' dkim=%s (%s) header.d=%s;' % (r, 'signature was verified' if r == 'pass' else 'signature did not verify', dm) for dm, s, r in dkims)
    comp = 'compauth=pass reason=100' if dmarc == 'pass' else 'compauth=fail reason=000'
    ar_val = '%s%sdmarc=%s action=%s header.from=%s;%s' % (spf_txt, dk, dmarc, action, hfrom, comp)
    # fold roughly like Exchange does
    words = ar_val.split(' ')
    out, cur = [], 'Authentication-Results:'
    for w in words:
        if len(cur) + 1 + len(w) > 77:
            out.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    out.append(cur)
    ar = '\n'.join(out)
    return [
        'Received: from %s (2603:10b6:%x:%x::%d)\n by %s (2603:10b6:%x:%x::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s' % (
            fe.split('.')[0] + '.' + fe.split('.', 1)[1], R.randint(0x100, 0xfff), R.randint(0x10, 0xff), R.randint(1, 60), mb, R.randint(0x100, 0xfff), R.randint(0x10, 0xff), R.randint(1, 60), ver, dfmt(d2)),
        'Received: from %s (2603:10b6:%x:%x::%d) by\n %s (2603:10b6:%x:%x::%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id %s via Frontend Transport; %s' % (
            'BN0PR02CA00%02d.namprd02.prod.outlook.com' % R.randint(10, 99), R.randint(0x100, 0xfff), R.randint(0x10, 0xff), R.randint(1, 60), fe, R.randint(0x100, 0xfff), R.randint(0x10, 0xff), R.randint(1, 60), ver, dfmt(d1)),
        ar,
        'Received-SPF: %s (protection.outlook.com: domain of %s %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (
            spf.capitalize(), mailfrom_dom, 'designates' if spf == 'pass' else 'does not designate', ip, ip, host),
        'Received: from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id %s via Frontend Transport; %s' % (
            host, ip, fe, '10.167.%d.%d' % (R.randint(1, 254), R.randint(1, 254)), ver, dfmt(d)),
    ]


def recv_jp(provider, rcpt, d, host, ip, mailfrom, dkims, spf='pass', dmarc='pass', hfrom='amazon.com'):
    mx = {'nifty': 'mx.nifty.com', 'ocn': 'mfgw-ocn.ocn.ad.jp', 'biglobe': 'biglobe.ne.jp'}[provider]
    tz_d = d.astimezone(JST)
    parts = ['spf=%s smtp.mailfrom=%s' % (spf, mailfrom)]
    if dkims:
        parts += ['dkim=%s header.d=%s header.s=%s' % (r, dm, s) for dm, s, r in dkims]
    else:
        parts.append('dkim=none')
    parts.append('dmarc=%s header.from=%s' % (dmarc, hfrom))
    if provider == 'nifty':
        rl = 'Received: from %s ([%s])\n\tby concierge.nifty.com with ESMTPS id %s\n\tfor <%s>; %s' % (host, ip, rb64(12).replace('/', 'x'), rcpt, dfmt(tz_d))
        rl2 = 'Received: from concierge.nifty.com (mfilter-%02d.nifty.com)\n\tby mx.nifty.com with ESMTP id <%s@mx.nifty.com>\n\tfor <%s>; %s' % (R.randint(1, 40), rhex(16), rcpt, dfmt(tz_d + timedelta(seconds=1)))
        ar = 'Authentication-Results: mx.nifty.com; ' + ';\n\t'.join(parts)
        return [rl2, ar, rl]
    if provider == 'ocn':
        rl = 'Received: from %s (%s [%s])\n\tby mfgw-ocn.ocn.ad.jp (Postfix) with ESMTPS id 4c%s\n\tfor <%s>; %s' % (host, host, ip, rb64(10).replace('/', 'Q').replace('+', 'z'), rcpt, dfmt(tz_d))
        rl2 = 'Received: from mfgw-ocn.ocn.ad.jp (mfgw-ocn.ocn.ad.jp [153.149.%d.%d])\n\tby mbox-%02d.ocn.ad.jp (Postfix) with ESMTP id 4c%s\n\tfor <%s>; %s' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 20), rb64(10).replace('/', 'Q').replace('+', 'z'), rcpt, dfmt(tz_d + timedelta(seconds=1)))
        ar = 'Authentication-Results: mfgw-ocn.ocn.ad.jp;\n\t' + ';\n\t'.join(parts)
        return [rl2, ar, rl]
    if provider == 'biglobe':
        rl = 'Received: from %s ([%s]) by rcpt-mxv%02d.mail.biglobe.ne.jp with ESMTP\n\tid <%s@rcpt-mxv%02d.mail.biglobe.ne.jp>; %s' % (host, ip, R.randint(1, 9), rhex(20), R.randint(1, 9), dfmt(tz_d))
        ar = 'Authentication-Results: biglobe.ne.jp; ' + ';\n\t'.join(parts)
        return ['Return-Path: <%s>' % mailfrom, ar, rl]


def recv_fastmail(rcpt, d, host, ip, mailfrom, dkims, spf='pass', dmarc='pass', hfrom='amazon.com', pol='quarantine'):
    n = R.randint(1, 8)
    dk = ';\n    '.join('dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048' % (r, dm, dm, rb64(8), s) for dm, s, r in dkims)
    ar = ('Authentication-Results: mx%d.messagingengine.com;\n    %s;\n    dmarc=%s policy.published-domain-policy=%s\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s;\n    spf=%s smtp.mailfrom=%s\n      smtp.helo=%s' % (
        n, dk, dmarc, pol, pol, hfrom, spf, mailfrom, host))
    return ['Return-Path: <%s>' % mailfrom,
            'Received: from compute%d.internal (compute%d.internal [10.202.2.%d])\n\t by sloti%d.messagingengine.com (Cyrus 3.13.0-alpha0-%s) with LMTPA;\n\t %s' % (n, n, 40 + n, 30 + n, rhex(7), dfmt(d.astimezone(timezone(timedelta(hours=-4))) + timedelta(seconds=2))),
            'X-Cyrus-Session-Id: sloti%d-%d-%d-2-%d' % (30 + n, int(d.timestamp()), R.randint(100000, 999999), R.randint(10**18, 10**19 - 1)),
            'X-Sieve: CMU Sieve 3.0',
            'X-Spam-known-sender: no',
            'X-Spam-score: 0.0',
            ar,
            'Received-SPF: %s\n    (%s: Sender is authorized to use \'%s\' in \'mfrom\' identity (mechanism \'include:amazonses.com\' matched))\n    receiver=mx%d.messagingengine.com;\n    identity=mailfrom;\n    envelope-from="%s";\n    helo=%s;\n    client-ip=%s' % (
                spf, mailfrom.split('@')[-1], mailfrom, n, mailfrom, host, ip),
            'Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s' % (
                host, host, ip, n, rcpt, dfmt(d.astimezone(timezone(timedelta(hours=-4))) + timedelta(seconds=1)))]


def recv_yahoo(rcpt, d, host, ip, mailfrom, dkims, spf='pass', dmarc='pass', hfrom='amazon.com', pol='QUARANTINE'):
    n = R.randint(100, 399)
    dk = ';\n '.join('dkim=%s header.i=@%s header.s=%s' % (r, dm, s) for dm, s, r in dkims) or 'dkim=neutral (no sig)'
    ar = 'Authentication-Results: atlas%d.free.mail.gq1.yahoo.com;\n %s;\n spf=%s smtp.mailfrom=%s;\n dmarc=%s(p=%s) header.from=%s;' % (
        n, dk, spf, mailfrom.split('@')[-1], dmarc, pol, hfrom)
    return ['Return-Path: <%s>' % mailfrom,
            'X-Originating-Ip: [%s]' % ip,
            'Received-SPF: %s (domain of %s designates %s as permitted sender)' % (spf, mailfrom.split('@')[-1], ip),
            ar,
            'X-Apparently-To: %s; %s' % (rcpt, dfmt(d + timedelta(seconds=2))),
            'Received: from %s (EHLO %s) (%s)\n  by atlas%d.free.mail.gq1.yahoo.com with SMTPs; %s' % (ip, host, ip, n, dfmt(d + timedelta(seconds=1)))]


def recv_plain(rcpt, d, host, ip, server, tz=JST):
    """Receiving server that stamps no Authentication-Results."""
    dd = d.astimezone(tz)
    return ['X-Original-To: %s' % rcpt,
            'Delivered-To: %s' % rcpt,
            'Received: from %s (%s [%s])\n\tby %s (8.17.1/8.17.1) with ESMTPS id %s%s\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)\n\tfor <%s>; %s' % (
                host, host, ip, server, R.choice('5R'), rb64(13).replace('/', 'k').replace('+', 'p'), rcpt, dfmt(dd))]


def ses_extra(d, ip):
    return ['Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % rb64(43).replace('/', 'x'),
            'X-SES-Outgoing: %s-%s' % (d.strftime('%Y.%m.%d'), ip)]


# ---------------------------------------------------------------- assemble
MAILS = []


def emit(n, slug, kind, lang, *, trace, sender_hdrs, frm, to, subject, date, msgid, body, new_text,
         case_id, verified, extra=(), cc=None, reply_to=None, in_reply_to=None, refs=None, extra_ids_text=''):
    hl = list(trace) + list(sender_hdrs)
    hl.append('Date: %s' % dfmt(date))
    hl.append('From: %s' % frm)
    if reply_to:
        hl.append('Reply-To: %s' % reply_to)
    hl.append('To: %s' % to)
    if cc:
        hl.append('Cc: %s' % cc)
    hl.append('Message-ID: %s' % msgid)
    if in_reply_to:
        hl.append('In-Reply-To: %s' % in_reply_to)
    if refs:
        hl.append('References: %s' % refs)
    hl.append('Subject: %s' % subject)
    hl += list(extra)
    head = '\n'.join(hl).encode('ascii') + b'\n'
    data = head + body_bytes(body)
    fn = '%03d-%s.eml' % (n, slug)
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(data)
    MAILS.append((fn, {'kind': kind, 'case_id': case_id, 'account_ids': ids_in(new_text + '\n' + extra_ids_text),
                       'sender_verified': verified, 'language': lang}))


def aws_mail(n, slug, kind, lang, *, rcpt, rcpt_name, provider, date, subject, body, new_text, case_id,
             from_name='Amazon Web Services', from_addr='aws-cs-trainingcertification-form@amazon.com', extra=(), to=None,
             from_enc_charset='utf-8'):
    sid = ses_id(date)
    host, ip = R.choice(SES_HOSTS)
    host += '.smtp-out.amazonses.com'
    mailfrom = sid + '@email.amazonses.com'
    dk = [('amazon.com', AMZ_SEL, 'pass'), ('amazonses.com', SES_SEL, 'pass')]
    arr = date + timedelta(seconds=R.randint(1, 4))
    if provider == 'gmail':
        trace = recv_gmail(rcpt, arr, host, ip, mailfrom, dk)
    elif provider in ('o365', 'outlook'):
        trace = recv_o365(rcpt, arr, host, ip, 'email.amazonses.com', dk, consumer=(provider == 'outlook'))
    elif provider in ('nifty', 'ocn', 'biglobe'):
        trace = recv_jp(provider, rcpt, arr, host, ip, mailfrom, dk)
    elif provider == 'fastmail':
        trace = recv_fastmail(rcpt, arr, host, ip, mailfrom, dk)
    elif provider == 'yahoo':
        trace = recv_yahoo(rcpt, arr, host, ip, mailfrom, dk)
    elif provider.startswith('plain:'):
        trace = recv_plain(rcpt, arr, host, ip, provider.split(':', 1)[1], tz=JST if lang == 'ja' else BST)
    else:
        raise ValueError(provider)
    verified = None if provider.startswith('plain:') else True
    sender = amazon_sender(date, sid)
    to_h = to or (addr(rcpt_name, rcpt) if rcpt_name else rcpt)
    emit(n, slug, kind, lang, trace=trace, sender_hdrs=sender, frm=addr(from_name, from_addr, from_enc_charset), to=to_h,
         subject=subject, date=date, msgid='<%s@email.amazonses.com>' % sid, body=body, new_text=new_text,
         case_id=case_id, verified=verified, extra=list(extra) + ses_extra(date, ip))


def credly_mail(n, slug, kind, lang, *, rcpt, provider, date, subject, body, new_text, from_name, extra=()):
    mid = '<%s.%s@credly.com>' % (rhex(24), R.randint(10**5, 10**6))
    host, ip = 'o%d.ptr%d.em.credly.com' % (R.randint(1, 9), R.randint(1000, 9999)), '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    mailfrom = 'bounces+%d-%s-%s@em.credly.com' % (R.randint(1000000, 9999999), rhex(4), rcpt.replace('@', '='))
    dk = [('credly.com', 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')]
    arr = date + timedelta(seconds=R.randint(1, 5))
    if provider == 'gmail':
        trace = recv_gmail(rcpt, arr, host, ip, mailfrom, dk, dmarc_pol='REJECT', hfrom='credly.com')
    elif provider in ('o365', 'outlook'):
        trace = recv_o365(rcpt, arr, host, ip, 'em.credly.com', dk, hfrom='credly.com', consumer=True)
    elif provider in ('nifty', 'ocn', 'biglobe'):
        trace = recv_jp(provider, rcpt, arr, host, ip, mailfrom, dk, hfrom='credly.com')
    sender = [dkim('credly.com', 's1', date, hlist='from:subject:mime-version:content-type:to:cc:list-unsubscribe'),
              dkim('sendgrid.info', 'smtpapi', date, hlist='from:subject:mime-version:content-type:to:cc:list-unsubscribe')]
    emit(n, slug, kind, lang, trace=trace, sender_hdrs=sender, frm=addr(from_name, 'admin@credly.com'), to=rcpt,
         subject=subject, date=date, msgid=mid, body=body, new_text=new_text, case_id=None, verified=True,
         extra=list(extra) + ['List-Unsubscribe: <https://www.credly.com/notifications/unsubscribe?token=%s>' % rhex(40),
                              'X-SG-EID: %s' % rb64(60)])


def html_doc(inner, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (lang, inner))


def paras_html(text):
    out = []
    for block in text.strip('\n').split('\n\n'):
        out.append('<p>%s</p>' % html.escape(block).replace('\n', '<br>\n'))
    return '\n'.join(out)


# ======================================================================
# Scenario data
# ======================================================================
A_keep, A_old = 'AWS04418275', 'AWS17730962'
A_open = T('2025-05-27 22:58:14'); A_case = case15(A_open)
A_rcpt, A_name = 'haruka.sato.k@gmail.com', '佐藤 遥'

B_keep, B_old = 'AWS02958114', 'AWS11460379'
B_open = T('2025-08-11 14:20:05'); B_case = case15(B_open)
B_rcpt, B_name = 'd.okafor@outlook.com', 'Daniel Okafor'

C_keep, C_o1, C_o2 = 'AWS08832516', 'AWS09120478', 'AWS13357201'
C_open = T('2025-10-03 01:12:40'); C_case = case15(C_open)
C_rcpt, C_name = 'k-tanaka@nifty.com', '田中 健一'
C_subj = 'AWS認定アカウントの統合依頼'

D_keep, D_old = 'AWS05573190', 'AWS16204885'
D_open = T('2026-01-14 16:03:22'); D_case = case15(D_open)
D_rcpt, D_name = 'priya.raman@northwind-analytics.com', 'Priya Raman'
D_subj = 'Merge two AWS Certification accounts'

E_keep, E_old = 'AWS03390742', 'AWS14982067'
E_open = T('2025-07-02 05:41:09'); E_case = case15(E_open)
E_rcpt, E_name = 'misaki.y@ocn.ne.jp', '山本 美咲'

F_keep, F_old = 'AWS07716053', 'AWS12098846'
F_case = '12604471935'
F_rcpt, F_name = 'marco.bianchi84@gmail.com', 'Marco Bianchi'

G_keep, G_old = 'AWS01925568', 'AWS15530417'
G_open = T('2025-12-08 19:27:51'); G_case = case15(G_open)
G_rcpt, G_name = 'emily.chen@yahoo.com', 'Emily Chen'

H_keep, H_o1, H_o2 = 'AWS06219874', 'AWS14470025', 'AWS09938561'
H_open = T('2026-02-20 13:05:00'); H_case = case15(H_open)
H_rcpt, H_name = 'tom.whitaker@fastmail.com', 'Tom Whitaker'

I_keep, I_old = 'AWS06641239', 'AWS10873355'
I_open = T('2025-09-15 10:22:47'); I_case = case15(I_open)
I_rcpt, I_name = 'suzuki.sho@biglobe.ne.jp', '鈴木 翔'

J_keep, J_old = 'AWS05021783', 'AWS13840926'
J_open = T('2025-11-04 00:48:19'); J_case = case15(J_open)
J_rcpt, J_name = 'daisuke.ito@minato-systems.co.jp', '伊藤 大輔'

K_keep, K_old = 'AWS10458832', 'AWS06127790'
K_open = T('2026-03-10 02:14:56'); K_case = case15(K_open)
K_rcpt, K_name = 'naoko@kobayashi-sekkei.jp', '小林 直子'

L_keep, L_old = 'AWS08104467', 'AWS12762035'
L_open = T('2025-06-16 08:51:30'); L_case = case15(L_open)
L_rcpt, L_name = 'rhughes@hughes-consulting.co.uk', 'Robert Hughes'

M_open = T('2025-04-07 17:36:02'); M_case = case15(M_open)
M_rcpt, M_name = 'aisha.karim@gmail.com', 'Aisha Karim'

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
CONSOLE_FOOT_EN = ('To see the complete case history and to reply, please sign in to the AWS Support Center:\n'
                   'https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en\n\n'
                   '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
                   'Please use the link above if you need to contact us again about this same issue.\n\n'
                   'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
                   'This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')
CONSOLE_FOOT_JA = ('ケースの詳細の確認および返信は、AWS サポートセンターにサインインして行ってください。\n'
                   'https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja\n\n'
                   '※このメールアドレスは送信専用です。本メールに返信いただいてもお受けできませんので、上記のリンクからご連絡ください。\n\n'
                   'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。\n'
                   'このメッセージは Amazon Web Services, Inc.（410 Terry Ave. North, Seattle, WA 98109-5210）により作成および配信されました。\n')


# ======================================================================
# Texts reused in quotes
# ======================================================================
def form_subj(c, re_=True):
    return ('RE:[CASE %s] ' % c if re_ else '[CASE %s] ' % c) + FORM_SUBJ


A_req_date = T('2025-05-28 23:02:07')
A_conf_date = T('2025-05-29 00:15:42')
A_REQ = """佐藤 遥 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の山口です。

お客様の認定アカウントを確認いたしました。以下の内容でアカウントの統合を行います。

■ 統合先（今後ご利用いただくアカウント）
　 AWS04418275（登録メールアドレス: haruka.sato.k@gmail.com）
■ 統合元（統合後はご利用いただけなくなるアカウント）
　 AWS17730962（登録メールアドレス: h.sato@kitaguni-soft.co.jp）

統合後は、AWS17730962 で取得された認定資格および受験履歴が AWS04418275 に反映されます。
なお、アカウントの統合は一度実施すると元に戻すことができませんので、あらかじめご了承ください。

上記の内容でよろしければ、本メールにその旨ご返信ください。ご返信を確認した後に、統合の手続きを開始いたします。

よろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート
"""
A_CONF = """山口様

ご連絡ありがとうございます。
内容に間違いありません。統合をお願いいたします。

佐藤
"""

B_req_date = T('2025-08-13 15:40:26')
B_conf_date = T('2025-08-13 19:02:51')
B_REQ = """Hello Daniel,

Thank you for your patience, and for sending the details I asked for.

I have located both certification accounts associated with you:

  - AWS02958114 (d.okafor@outlook.com) - this account will remain active
  - AWS11460379 (daniel.okafor@fabrikam-logistics.com) - this account will be merged into AWS02958114

After the merge, all certifications, exam history and benefits from AWS11460379 will appear under AWS02958114, and AWS11460379 will no longer be accessible. Please note that an account merge is permanent and cannot be reversed.

Please reply to this email confirming that the details above are correct and that you would like us to proceed.

Best regards,
Rahul K.
AWS Training and Certification Customer Support
"""

F_req_date = T('2025-03-18 16:44:03')
F_conf_date = T('2025-03-19 08:03:30')
F_REQ = """Hi Marco,

Thanks for your patience while I looked into this.

I found two certification profiles under your name and can combine them for you. Before I do anything, I need your go-ahead on exactly what will happen:

  Profile that stays:        AWS07716053 (marco.bianchi84@gmail.com)
  Profile to be folded in:   AWS-12098846 (m.bianchi@studio-lumen.it)

Everything currently on AWS-12098846 (active certifications, exam history and any unused benefits) will be moved onto AWS07716053, and AWS-12098846 will then be closed for good. Please be aware that this can't be undone: once the two are combined, we have no way to split them again.

If that is what you want, just reply to this email with "Yes, go ahead" (or tell me what should be different) and I'll take it from there.

Kind regards,
Siobhan O.
AWS Training and Certification Support
"""

E_req_date = T('2025-07-03 01:20:44')
E_REQ = """山本 美咲 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。担当の中村でございます。

お問い合わせいただいたアカウントの統合につきまして、以下の内容で進めてよろしいか、ご確認をお願いいたします。

　統合先アカウント（継続してご利用いただくアカウント）：aws-03390742
　統合元アカウント（統合後に閉鎖されるアカウント）　　：aws-14982067

統合が完了しますと、統合元アカウントの認定資格・受験履歴はすべて統合先アカウントに移行され、統合元アカウントにはログインできなくなります。Credly のバッジにつきましても、統合完了後に統合先アカウントのご登録メールアドレス宛てに改めて発行されます。
一度実施した統合は取り消すことができませんので、あらかじめご了承ください。

ご承諾いただける場合は、「統合に同意します」と本メールにご返信くださいますようお願いいたします。

中村
AWS トレーニングと認定 カスタマーサポート
"""

J_req_date = T('2025-11-10 02:35:10')
J_conf_date = T('2025-11-10 04:02:18')
J_REQ = """伊藤 大輔 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木です。
ログイン用メールアドレスのご指定、ありがとうございました。

以下の内容でアカウントの統合を実施いたします。

統合先（残るアカウント）：AWS05021783
　ログイン用メールアドレス：daisuke.ito@minato-systems.co.jp
統合元（閉鎖されるアカウント）：AWS13840926
　ログイン用メールアドレス：d.ito.cloud@gmail.com

統合の処理は取り消しができず、処理後に元の状態へ戻すことはできません。
内容をご確認のうえ、問題がなければ本メールにご返信ください。ご返信をいただくまで処理は行いません。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""

# ======================================================================
# The mails
# ======================================================================
def m001():
    d = B_open + timedelta(seconds=23)
    t = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated message to let you know that your request has been logged under reference number {B_case}. A member of our team will review it and get back to you, in most cases within 24 hours.

To avoid delays, please do not submit another request for the same issue. If you need to add information, simply reply to this email and keep the case number in the subject line.

Summary of your submission
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS02958114
Description: I have two certification accounts. The second one (AWS11460379) was created with my previous employer's email address. I would like everything to be under one account.

Best regards,
AWS Training and Certification Customer Support
"""
    aws_mail(1, 'request-logged-ack', 'case_created', 'en', rcpt=B_rcpt, rcpt_name=B_name, provider='outlook', date=d,
             subject='Your request has been received [CASE %s] - AWS Training and Certification' % B_case,
             body=textpart(t, cte='quoted-printable'), new_text=t, case_id=B_case)


def m002():
    d = C_open + timedelta(seconds=9)
    t = f"""お客様

Amazon Web Services へお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {C_case} を作成しました。

ケース ID: {C_case}
件名: {C_subj}
重要度: 一般的なガイダンス
優先する連絡言語: 日本語

担当者からの回答は、AWS サポートセンターでご確認いただけます。回答が追加されると、メールでお知らせします。

""" + CONSOLE_FOOT_JA.format(c=C_case)
    aws_mail(2, 'console-case-opened-ja', 'case_created', 'ja', rcpt=C_rcpt, rcpt_name=None, provider='nifty', date=d,
             from_addr='no-reply-aws@amazon.com',
             subject=hdr('新しいケースを作成しました: %s' % C_case, 'iso-2022-jp', ascii_prefix='Amazon Web Services: '),
             body=textpart(t, charset='iso-2022-jp', cte='7bit'), new_text=t, case_id=C_case)


def m003():
    d = D_open + timedelta(seconds=14)
    inner = f"""<table width="100%" cellpadding="0" cellspacing="0" style="max-width:640px"><tr><td style="padding:16px 0">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80"></td></tr>
<tr><td>
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {D_case} to address your issue.</p>
<table cellpadding="4" style="border:1px solid #d5dbdb;border-collapse:collapse">
<tr><td style="border:1px solid #d5dbdb"><b>Case ID</b></td><td style="border:1px solid #d5dbdb">{D_case}</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>Subject</b></td><td style="border:1px solid #d5dbdb">{D_subj}</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>Severity</b></td><td style="border:1px solid #d5dbdb">General guidance</td></tr>
<tr><td style="border:1px solid #d5dbdb"><b>Correspondence</b></td><td style="border:1px solid #d5dbdb">Hi, I hold two AWS Certification accounts (one from a previous job) and would like them combined into my current one.</td></tr>
</table>
<p>You will be notified by e-mail when a response has been added to your case.</p>
<p>To see the case details or to add correspondence, sign in to the AWS Support Center:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={D_case}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={D_case}&amp;language=en</a></p>
<p style="font-size:11px;color:#687078">Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</td></tr></table>"""
    h = html_doc(inner)
    aws_mail(3, 'new-support-case-html', 'case_created', 'en', rcpt=D_rcpt, rcpt_name=None, provider='o365', date=d,
             from_addr='no-reply-aws@amazon.com',
             subject='Amazon Web Services: You have opened a new Support case: %s' % D_case,
             body=textpart(h, 'html', cte='quoted-printable'), new_text=re.sub('<[^>]+>', ' ', h), case_id=D_case)


def m004():
    d = A_open + timedelta(seconds=17)
    t = f"""佐藤 遥 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース番号 {A_case} として記録いたしました。担当者より、原則として24時間以内にご連絡いたします。

同じ内容で新たにお問い合わせをいただくと、対応が遅れる場合がございます。追加の情報がある場合は、件名のケース番号を変更せずに本メールへご返信ください。

――― ご送信内容 ―――
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 受験者 ID: AWS 04418275
お問い合わせ内容:
認定アカウントが2つあります（AWS04418275 と aws17730962）。前職のメールアドレスで作成した aws17730962 を、AWS04418275 にまとめたいです。
――――――――――――

AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail(4, 'form-received-ja-b64', 'case_created', 'ja', rcpt=A_rcpt, rcpt_name=A_name, provider='gmail', date=d,
             subject=hdr('お問い合わせを受け付けました - AWS トレーニングと認定', 'utf-8', ascii_prefix='[CASE %s] ' % A_case),
             body=textpart(t, cte='base64'), new_text=t, case_id=A_case)


def m005():
    d = K_open + timedelta(seconds=31)
    t = f"""小林 直子 様

このメールは、お問い合わせの受付をお知らせする自動送信メールです。

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを承りました。

ケース番号：{K_case}
受験者 ID：AWS10458832
お問い合わせの種類：Certification / Account Merge

担当者が内容を確認のうえ、改めてご連絡いたします。恐れ入りますが、今しばらくお待ちください。
なお、同一のお問い合わせで新しいケースを作成されますと、対応が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail(5, 'uketsuke-no-auth-header', 'case_created', 'ja', rcpt=K_rcpt, rcpt_name=K_name, provider='plain:www3071.sakura.ne.jp', date=d,
             subject=hdr('お問い合わせありがとうございます [CASE %s]' % K_case, 'utf-8'),
             body=textpart(t, cte='8bit'), new_text=t, case_id=K_case)


def m006():
    t = B_REQ
    aws_mail(6, 'please-confirm-merge', 'merge_confirmation_requested', 'en', rcpt=B_rcpt, rcpt_name=B_name, provider='outlook',
             date=B_req_date, subject=form_subj(B_case), body=textpart(t, charset='us-ascii', cte='7bit'), new_text=t, case_id=B_case)


def m007():
    t = A_REQ
    aws_mail(7, 'tougou-kakunin-iso2022', 'merge_confirmation_requested', 'ja', rcpt=A_rcpt, rcpt_name=None, provider='gmail',
             date=A_req_date, subject=form_subj(A_case), body=textpart(t, charset='iso-2022-jp', cte='7bit'), new_text=t, case_id=A_case)


def m008():
    t = F_REQ
    h = html_doc(paras_html(t).replace('Profile that stays:        ', '<b>Profile that stays:</b> ').replace('Profile to be folded in:   ', '<b>Profile to be folded in:</b> ')
                 + '\n<p style="color:#687078;font-size:12px">Reference: case 12604471935. Please keep this reference in the subject line when you reply.</p>')
    aws_mail(8, 'go-ahead-before-combining', 'merge_confirmation_requested', 'en', rcpt=F_rcpt, rcpt_name=F_name, provider='gmail',
             date=F_req_date, subject='RE:[CASE %s] Combine my two certification profiles' % F_case,
             body=alternative(textpart(t, cte='quoted-printable'), textpart(h, 'html', cte='base64')), new_text=t, case_id=F_case)


def m009():
    d = T('2025-09-24 01:48:12')
    new = """鈴木 翔 様

ご連絡ありがとうございます。9月20日の試験のご受験、お疲れさまでした。
試験予約が残っていないことを確認できましたので、アカウントの一本化に進むことができます。
作業を行う前に、以下の内容をご確認ください。

　残すアカウント　　　　　：AWS06641239
　一本化により廃止するアカウント：AWS10873355

AWS10873355 にある認定資格、受験履歴、特典（50% 割引バウチャーなど）はすべて AWS06641239 に引き継がれ、AWS10873355 には以後ログインできなくなります。
一本化した後で、元の2つのアカウントに戻すことはできません。

この内容でご了承いただける場合は、その旨を本メールへご返信ください。ご返信を確認次第、手続きを開始いたします。

森本
AWS トレーニングと認定 カスタマーサポート
"""
    q = ja_date(T('2025-09-23 12:14:40')) + ' 鈴木 翔 <suzuki.sho@biglobe.ne.jp>:\n' + quote("""森本様

お世話になっております。鈴木です。
本日受験を終えましたので、統合の手続きを進めていただけますでしょうか。
残したいのは、前回お伝えしたとおり AWS06641239 の方です。

鈴木""")
    t = new + '\n' + q + '\n'
    aws_mail(9, 'hitotsu-ni-shift-jis', 'merge_confirmation_requested', 'ja', rcpt=I_rcpt, rcpt_name=I_name, provider='biglobe', date=d,
             subject=hdr('アカウント統合の最終確認', 'shift_jis', ascii_prefix='RE:[CASE %s] ' % I_case),
             body=textpart(t, charset='shift_jis', cte='base64'), new_text=new, case_id=I_case)


def m010():
    d = T('2026-02-21 18:12:09')
    t = """Hello Tom,

Thank you for contacting AWS Training and Certification.

I have reviewed the three certification accounts you listed. Below is a summary of the merge we are ready to carry out on your behalf:

Primary account (will be retained):                   aws06219874 / tom.whitaker@fastmail.com
Secondary account (will be merged into the primary):  aws 14470025 / twhitaker@oldbank-group.com
Secondary account (will be merged into the primary):  aws-09938561 / tom.w.dev@gmail.com

Once merged, the secondary accounts will be deactivated and their certification and exam records will be associated with aws06219874 only. Please be advised that an account merge is irreversible.

Kindly confirm, by replying to this email, that the above is correct and that you authorise us to proceed. We will not make any changes until we receive your confirmation.

Best regards,
Leon B.
Amazon Web Services
"""
    aws_mail(10, 'three-accounts-authorise', 'merge_confirmation_requested', 'en', rcpt=H_rcpt, rcpt_name=H_name, provider='fastmail', date=d,
             subject=form_subj(H_case), body=textpart(t, charset='us-ascii', cte='7bit'), new_text=t, case_id=H_case)


def m011():
    d = T('2025-10-06 02:10:33')
    t = f"""田中 健一 様

AWS サポートの高橋です。ご返信ありがとうございます。
ご指定いただいた内容に基づき、以下のとおりアカウントの統合を行う予定です。実施前に内容のご確認をお願いいたします。

【統合後も残るアカウント】
・AWS08832516

【AWS08832516 に統合され、閉鎖されるアカウント】
・AWS09120478
・AWS13357201

※統合の処理は取り消しができません。処理後に統合前の状態へ戻すことはできませんので、十分にご確認ください。

内容に誤りがなければ、サポートセンターのケース画面から「上記の内容で統合してください」とご返信ください。お客様からのご返信をもって処理を開始いたします。

高橋
Amazon Web Services

""" + CONSOLE_FOOT_JA.format(c=C_case)
    aws_mail(11, 'console-tougou-yotei-kakunin', 'merge_confirmation_requested', 'ja', rcpt=C_rcpt, rcpt_name=None, provider='nifty', date=d,
             from_addr='no-reply-aws@amazon.com',
             subject=hdr(C_subj, 'utf-8', ascii_prefix='RE:[CASE %s] ' % C_case),
             body=textpart(t, cte='quoted-printable'), new_text=t, case_id=C_case)


def m012():
    d = J_req_date
    prev = """佐々木様

お世話になっております。伊藤です。
ログイン用のメールアドレスは、会社のアドレス（daisuke.ito@minato-systems.co.jp）でお願いします。

伊藤"""
    inner = """<div style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px">
<p>伊藤 大輔 様</p>
<p>お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木です。<br>
ログイン用メールアドレスのご指定、ありがとうございました。</p>
<p>以下の内容でアカウントの統合を実施いたします。</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #999">
<tr style="background:#f2f3f3"><th style="border:1px solid #999">区分</th><th style="border:1px solid #999">受験者 ID</th><th style="border:1px solid #999">ログイン用メールアドレス</th></tr>
<tr><td style="border:1px solid #999">統合先（残るアカウント）</td><td style="border:1px solid #999">AWS05021783</td><td style="border:1px solid #999">daisuke.ito@minato-systems.co.jp</td></tr>
<tr><td style="border:1px solid #999">統合元（閉鎖されるアカウント）</td><td style="border:1px solid #999">AWS13840926</td><td style="border:1px solid #999">d.ito.cloud@gmail.com</td></tr>
</table>
<p><b>統合の処理は取り消しができず、処理後に元の状態へ戻すことはできません。</b><br>
内容をご確認のうえ、問題がなければ本メールにご返信ください。ご返信をいただくまで処理は行いません。</p>
<p>佐々木<br>AWS トレーニングと認定 カスタマーサポート</p>
</div>"""
    quoted = ('<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">'
              '<p>2025年11月9日(日) 16:20 伊藤 大輔 &lt;daisuke.ito@minato-systems.co.jp&gt;:</p>'
              '<blockquote>%s</blockquote></div>' % html.escape(prev).replace('\n', '<br>\n'))
    h = html_doc(inner + '\n' + quoted, 'ja')
    aws_mail(12, 'html-table-tougou-jisshi', 'merge_confirmation_requested', 'ja', rcpt=J_rcpt, rcpt_name=J_name, provider='o365', date=d,
             subject=form_subj(J_case), body=textpart(h, 'html', cte='quoted-printable'), new_text=re.sub('<[^>]+>', ' ', inner), case_id=J_case)


def m013():
    d = T('2026-01-15 17:20:41')
    t = f"""Hello Priya,

Thank you for contacting AWS Support. My name is Carlos and I'll be assisting you with this case.

I've located the two AWS Certification accounts you mentioned. Here's what the merge will look like:

Account to keep: AWS05573190 (priya.raman@northwind-analytics.com)
Account to merge and close: AWS16204885 (priya.r.cloud@gmail.com)

All certifications and exam history from AWS16204885 will be transferred to AWS05573190. After the merge you will no longer be able to sign in to AWS16204885. Please be aware that merges are final and cannot be reversed.

Before I submit this, could you please confirm that the above is correct? You can reply directly on this case in the Support Center with your confirmation.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Carlos M.
Amazon Web Services

""" + CONSOLE_FOOT_EN.format(c=D_case)
    aws_mail(13, 'console-confirm-before-submit', 'merge_confirmation_requested', 'en', rcpt=D_rcpt, rcpt_name=None, provider='o365', date=d,
             from_addr='no-reply-aws@amazon.com', subject='RE:[CASE %s] %s' % (D_case, D_subj),
             body=textpart(t, cte='quoted-printable'), new_text=t, case_id=D_case)


def m014():
    t = E_REQ
    aws_mail(14, 'doui-onegai-split-subject', 'merge_confirmation_requested', 'ja', rcpt=E_rcpt, rcpt_name=E_name, provider='ocn',
             date=E_req_date, subject=hdr('RE:[CASE %s] AWS 認定アカウントの統合についてのご確認のお願い' % E_case, 'iso-2022-jp'),
             body=textpart(t, charset='iso-2022-jp', cte='7bit'), new_text=t, case_id=E_case,
             from_name='AWS トレーニングと認定', from_enc_charset='iso-2022-jp')


# ---------------------------------------------------------------- phishing confirmation requests
def m015():
    d = T('2025-03-19 07:12:55')
    fake_case = '174231170600427'
    dom = 'aws-certification-desk.com'
    host, ip = 'mail.%s' % dom, '45.153.241.87'
    mf = 'bounce-%s@%s' % (rhex(10), dom)
    trace = recv_gmail(F_rcpt, d + timedelta(seconds=2), host, ip, mf, [(dom, 'default', 'pass')], dmarc_pol='NONE', hfrom=dom)
    t = f"""Hello Marco,

Your AWS Certification account merge request (case {fake_case}) is ready for final confirmation.

  Account to keep:   AWS07716053
  Account to merge:  AWS12098846

All certifications, exam history and benefits from AWS12098846 will be moved to AWS07716053. This action is permanent and cannot be reversed.

To confirm the merge, sign in with your AWS Certification credentials using the secure link below within 24 hours. Requests that are not confirmed in time are cancelled and must be submitted again.

Confirm merge: https://{dom}/case/confirm?id={fake_case}&u=marco.bianchi84

Best regards,
AWS Training and Certification Customer Support
"""
    h = html_doc(paras_html(t.split('Confirm merge:')[0]) +
                 f'<p><a href="https://{dom}/case/confirm?id={fake_case}&amp;u=marco.bianchi84" style="background:#ff9900;color:#fff;padding:10px 18px;text-decoration:none;border-radius:2px">Confirm merge</a></p>'
                 '<p>Best regards,<br>AWS Training and Certification Customer Support</p>')
    body = alternative(textpart(t, charset='us-ascii', cte='7bit'), textpart(h, 'html', cte='quoted-printable'))
    emit(15, 'final-confirmation-lookalike', 'merge_confirmation_requested', 'en', trace=trace,
         sender_hdrs=[dkim(dom, 'default', d)], frm='"AWS Training & Certification" <case-updates@%s>' % dom, to=F_rcpt,
         subject='[CASE %s] Action required: confirm your certification account merge' % fake_case, date=d,
         msgid='<%s.%d@%s>' % (rhex(16), int(d.timestamp()), dom), body=body, new_text=t, case_id=fake_case, verified=False,
         extra=['X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'])


def m016():
    d = T('2025-10-06 11:44:20')
    fake_case = '175946226700318'
    host, ip = 'mail.shinsei-kougyo.biz', '103.151.28.62'
    jd = d.astimezone(JST)
    trace = [
        'Received: from concierge.nifty.com (mfilter-17.nifty.com)\n\tby mx.nifty.com with ESMTP id <%s@mx.nifty.com>\n\tfor <%s>; %s' % (rhex(16), C_rcpt, dfmt(jd + timedelta(seconds=3))),
        'Authentication-Results: mx.nifty.com; spf=softfail smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n\tdkim=none;\n\tdmarc=fail header.from=amazon.com',
        'Received: from %s ([%s])\n\tby concierge.nifty.com with ESMTP id %s\n\tfor <%s>; %s' % (host, ip, rb64(12).replace('/', 'x'), C_rcpt, dfmt(jd + timedelta(seconds=2))),
        'Authentication-Results: mx.amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com',
        'Received: from [192.168.10.4] (unknown [192.168.10.4])\n\tby %s (Postfix) with ESMTPA id 9F1C2A0043\n\tfor <%s>; %s' % (host, C_rcpt, dfmt(jd)),
    ]
    t = f"""田中 健一 様

Amazon Web Services サポートです。
お客様からご依頼いただいた AWS 認定アカウントの統合について、以下の内容で処理を行います。

ケース ID：{fake_case}
統合先アカウント：AWS08832516
統合元アカウント：AWS09120478

統合後は元に戻すことができません。処理を確定するため、48時間以内に下記の確認ページからサインインし、「統合を承認する」を押してください。期限内に承認されない場合、ご依頼は取り消されます。

確認ページ：https://aws-certification-jp.support-case.net/merge/approve?case={fake_case}

ご不明な点は、このメールにご返信ください。

Amazon Web Services
"""
    emit(16, 'shounin-dmarc-fail', 'merge_confirmation_requested', 'ja', trace=trace, sender_hdrs=[],
         frm=addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com'),
         reply_to='aws-tc-merge-jp@outlook.jp', to=C_rcpt,
         subject=hdr('【要対応】アカウント統合の承認のお願い', 'utf-8', ascii_prefix='RE:[CASE %s] ' % fake_case), date=d,
         msgid='<%s@mail.shinsei-kougyo.biz>' % rhex(20), body=textpart(t, cte='base64'), new_text=t, case_id=fake_case, verified=False)


def m017():
    d = T('2026-01-16 09:00:37')
    fake_case = '176843060212207'
    host, ip = 'vmi2291734.contaboserver.net', '161.97.142.33'
    trace = recv_o365(D_rcpt, d + timedelta(seconds=2), host, ip, 'amazon.com', [], spf='fail', dmarc='fail', action='quarantine')
    trace.insert(0, 'X-MS-Exchange-Organization-SCL: 5')
    t = f"""Hello Priya,

This is a reminder regarding your AWS Support case {fake_case}: Merge two AWS Certification accounts.

Please confirm the merge of AWS16204885 into AWS05573190. After the merge you will no longer be able to sign in to AWS16204885. Merges are final and cannot be reversed.

Confirm the merge here:
https://console-aws.support-casecenter.com/support/home#/case/?displayId={fake_case}&confirm=1

If we do not receive your confirmation within 24 hours, your request will be closed.

Best regards,
Amazon Web Services
"""
    emit(17, 'console-reminder-dmarc-fail', 'merge_confirmation_requested', 'en', trace=trace, sender_hdrs=[],
         frm='"Amazon Web Services" <no-reply-aws@amazon.com>', to=D_rcpt,
         subject='RE:[CASE %s] Merge two AWS Certification accounts - confirmation required' % fake_case, date=d,
         msgid='<%s@vmi2291734.contaboserver.net>' % rhex(24), body=textpart(t, charset='us-ascii', cte='7bit'),
         new_text=t, case_id=fake_case, verified=False)


# ---------------------------------------------------------------- support replies
def m018():
    d = T('2025-08-12 16:05:18')
    t = """Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I've searched our records using the details you provided and found the following certification accounts that appear to belong to you:

  * AWS02958114 - created March 2021
  * AWS11460379 - created October 2023

Before I can set up the merge, I need a few more details from you:

1. The email address you use to sign in to each of the accounts above.
2. Which of the two accounts you would like to keep as your primary account.
3. Whether you currently have an exam scheduled on either account.

Once I have this information I'll prepare the merge and send you a summary to confirm before anything is changed.

Best regards,
Rahul K.
AWS Training and Certification Customer Support
"""
    aws_mail(18, 'need-more-details-two-ids', 'support_reply', 'en', rcpt=B_rcpt, rcpt_name=B_name, provider='outlook', date=d,
             subject=form_subj(B_case), body=textpart(t, charset='us-ascii', cte='7bit'), new_text=t, case_id=B_case)


def m019():
    d = T('2025-10-03 23:30:05')
    t = f"""田中 健一 様

AWS サポートの高橋です。お問い合わせいただき、ありがとうございます。

お客様のお名前とメールアドレスで確認したところ、以下の3つの認定アカウントが見つかりました。

・AWS08832516（作成日：2019年6月）
・AWS09120478（作成日：2021年2月）
・AWS13357201（作成日：2024年8月）

統合にあたり、どのアカウントを残すか（統合先とするか）をお知らせいただけますでしょうか。
また、3つすべてを1つにまとめるのか、一部のみを統合するのかについても、あわせてご指示ください。

ご返信は、サポートセンターのケース画面からお願いいたします。

高橋
Amazon Web Services

""" + CONSOLE_FOOT_JA.format(c=C_case)
    aws_mail(19, 'dono-account-wo-nokosu', 'support_reply', 'ja', rcpt=C_rcpt, rcpt_name=None, provider='nifty', date=d,
             from_addr='no-reply-aws@amazon.com',
             subject=hdr(C_subj, 'iso-2022-jp', ascii_prefix='RE:[CASE %s] ' % C_case),
             body=textpart(t, charset='iso-2022-jp', cte='7bit'), new_text=t, case_id=C_case)


def m020():
    d = T('2025-03-20 10:05:49')
    new = """Hi Marco,

Thank you for confirming. I've now passed the request to our certification operations team to merge AWS-12098846 into AWS07716053. This normally takes two to three business days, and I'll write again as soon as it has been processed.

There's nothing further you need to do in the meantime. Please don't book an exam on AWS-12098846 while this is in progress.

Kind regards,
Siobhan O.
AWS Training and Certification Support
"""
    conf = """Yes, go ahead. The details are correct.

Marco

""" + gmail_on(F_req_date, 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', CET) + '\n' + quote(F_REQ.rstrip('\n'), '> ')
    t = new + '\n' + gmail_on(F_conf_date, 'Marco Bianchi <marco.bianchi84@gmail.com>', CET) + '\n' + quote(conf, '> ') + '\n'
    aws_mail(20, 'thanks-for-confirming-quoted', 'support_reply', 'en', rcpt=F_rcpt, rcpt_name=F_name, provider='gmail', date=d,
             subject='RE:[CASE %s] Combine my two certification profiles' % F_case,
             body=textpart(t, cte='quoted-printable'), new_text=new, case_id=F_case)


def m021():
    d = T('2025-05-29 04:40:10')
    new = """佐藤 遥 様

ご確認いただき、ありがとうございます。
それでは、AWS17730962 を AWS04418275 へ統合する手続きを、これより進めさせていただきます。
処理には通常1〜3営業日ほどかかります。完了しましたら、あらためて本メールにてご連絡いたします。

山口
AWS トレーニングと認定 カスタマーサポート
"""
    conf = A_CONF + '\n' + ja_date(A_req_date) + ' Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n' + quote(A_REQ.rstrip('\n'), '> ')
    t = new + '\n' + ja_date(A_conf_date) + ' 佐藤 遥 <haruka.sato.k@gmail.com>:\n' + quote(conf, '> ') + '\n'
    aws_mail(21, 'susumesasete-itadakimasu-sjis', 'support_reply', 'ja', rcpt=A_rcpt, rcpt_name=A_name, provider='gmail', date=d,
             subject=form_subj(A_case), body=textpart(t, charset='shift_jis', cte='8bit'), new_text=new, case_id=A_case)


def m022():
    d = T('2025-12-12 17:31:26')
    t = f"""Hello Emily,

I hope you're doing well. I'm following up on case {G_case}, as I haven't received a reply to my last message.

Do you still need help with this request? If so, simply reply to this email with the information I asked for and I'll pick it up from there. If I don't hear back from you within the next five days, the case will be closed automatically, but you can reopen it at any time by replying.

Best regards,
Kavya S.
AWS Training and Certification Customer Support
"""
    aws_mail(22, 'still-need-help', 'support_reply', 'en', rcpt=G_rcpt, rcpt_name=G_name, provider='yahoo', date=d,
             subject=form_subj(G_case), body=textpart(t, charset='us-ascii', cte='7bit'), new_text=t, case_id=G_case)


def m023():
    d = T('2025-07-09 02:30:55')
    t = """山本 美咲 様

ご返信いただき、ありがとうございます。統合へのご同意を確認いたしました。

現在、担当部署にてアカウントの統合作業を進めております。作業には数日かかる場合がございますので、今しばらくお待ちくださいますようお願いいたします。

進捗がございましたら、改めてご連絡いたします。

中村
AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail(23, 'sagyou-chuu-b64', 'support_reply', 'ja', rcpt=E_rcpt, rcpt_name=E_name, provider='ocn', date=d,
             subject=hdr('RE:[CASE %s] AWS 認定アカウントの統合についてのご確認のお願い' % E_case, 'utf-8'),
             body=textpart(t, cte='base64'), new_text=t, case_id=E_case,
             from_name='AWS トレーニングと認定')


def m024():
    d = T('2025-12-15 16:48:02')
    t = """Hi Emily,

Thanks for letting me know that AWS01925568 is the account you'd like to keep. I've submitted the request to our back-office team and it is now in their queue.

Once the merge is complete, we will send you a confirmation email, and the certifications currently on AWS15530417 will show up under AWS01925568. Your Credly badges are handled in a separate step: when the merge has gone through, Credly will email you so you can accept the badges on your remaining account.

Please allow three to five business days.

Best regards,
Kavya S.
AWS Training and Certification Customer Support
"""
    aws_mail(24, 'once-complete-we-will', 'support_reply', 'en', rcpt=G_rcpt, rcpt_name=G_name, provider='yahoo', date=d,
             subject=form_subj(G_case), body=textpart(t, charset='us-ascii', cte='7bit'), new_text=t, case_id=G_case)


def m025():
    d = T('2025-07-10 03:10:37')
    t = """山本 美咲 様

Credly のバッジについてのお問い合わせ、ありがとうございます。

アカウントの統合作業は、引き続き担当部署にて対応中でございます。統合が完了しましたら、改めてご連絡いたします。
Credly のバッジにつきましては、統合完了後に AWS03390742 のご登録メールアドレス宛てに、Credly から受け取りのご案内が届きます。
ご案内が届かない場合は、統合完了のご連絡の後に本メールへご返信ください。

中村
AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail(25, 'kanryou-shimashitara-iso2022', 'support_reply', 'ja', rcpt=E_rcpt, rcpt_name=E_name, provider='ocn', date=d,
             subject=hdr('RE:[CASE %s] AWS 認定アカウントの統合についてのご確認のお願い' % E_case, 'iso-2022-jp'),
             body=textpart(t, charset='iso-2022-jp', cte='7bit'), new_text=t, case_id=E_case,
             from_name='AWS トレーニングと認定', from_enc_charset='iso-2022-jp')


def m026():
    d = T('2025-09-16 06:12:44')
    t = """鈴木 翔 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。担当の森本です。

アカウントの統合をご希望とのこと、承知いたしました。お客様の情報をもとに、AWS06641239 と AWS10873355 の2つのアカウントを確認いたしました。

統合の手続きに進む前に、ご本人確認のため以下の情報をご返信ください。

1. 各アカウントに登録されている氏名（ローマ字表記）
2. 各アカウントのログイン用メールアドレス
3. 直近に受験された試験の名称と受験日

いただいた情報を確認でき次第、統合の内容をご案内し、改めて最終確認のご連絡をいたします。

森本
AWS トレーニングと認定 カスタマーサポート
"""
    h = html_doc(paras_html(t), 'ja')
    aws_mail(26, 'honnin-kakunin-alt', 'support_reply', 'ja', rcpt=I_rcpt, rcpt_name=I_name, provider='biglobe', date=d,
             subject=form_subj(I_case), body=alternative(textpart(t, cte='base64'), textpart(h, 'html', cte='base64')), new_text=t, case_id=I_case)


def m027():
    d = T('2026-01-16 20:05:12')
    t = f"""Hello,

We've added a new correspondence to your AWS Support case.

Case ID: {D_case}
Subject: {D_subj}

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={D_case}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    aws_mail(27, 'new-correspondence-added', 'support_reply', 'en', rcpt=D_rcpt, rcpt_name=None, provider='o365', date=d,
             from_addr='no-reply-aws@amazon.com', subject='[Case %s] New correspondence added' % D_case,
             body=textpart(t, charset='us-ascii', cte='7bit'), new_text=t, case_id=D_case)


def m028():
    d = T('2025-09-18 05:02:30')
    t = """鈴木 翔 様

ご返信いただき、ありがとうございます。ご本人確認の情報を確認いたしました。

統合の準備を進めておりましたところ、AWS10873355 に 2025年9月20日（土）の試験予約（AWS Certified Solutions Architect - Professional）が残っていることがわかりました。試験の予約が残っている間は、アカウントの統合を実施することができません。

恐れ入りますが、次のいずれかをご選択のうえ、ご連絡ください。
・予定どおり受験され、受験後に改めてご連絡いただく
・試験予約をキャンセルし、AWS06641239 側で予約を取り直していただく

ご不明な点がございましたら、お気軽にお問い合わせください。

森本
AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail(28, 'shiken-yoyaku-ga-nokotte', 'support_reply', 'ja', rcpt=I_rcpt, rcpt_name=I_name, provider='biglobe', date=d,
             subject=form_subj(I_case), body=textpart(t, cte='quoted-printable'), new_text=t, case_id=I_case)


def m029():
    d = T('2025-11-05 03:15:48')
    t = """伊藤 大輔 様

AWS トレーニングと認定 カスタマーサポートの佐々木です。お問い合わせありがとうございます。

ご依頼の2つのアカウントを確認いたしましたが、登録されている氏名が以下のとおり異なっております。

・AWS05021783：ITO DAISUKE
・AWS13840926：ITOU DAISUKE

アカウントを統合するためには、両アカウントが同一人物のものであることを確認する必要がございます。
お手数ですが、身分証明書に記載されている氏名のローマ字表記と、それぞれのアカウントのログイン用メールアドレスをお知らせください。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail(29, 'shimei-ga-kotonaru', 'support_reply', 'ja', rcpt=J_rcpt, rcpt_name=J_name, provider='o365', date=d,
             subject=form_subj(J_case), body=textpart(t, cte='base64'), new_text=t, case_id=J_case)


def m030():
    d = T('2025-11-07 01:22:19')
    t = """伊藤 大輔 様

ご連絡いただき、ありがとうございます。氏名の件、確認が取れました。

統合後のアカウント（AWS05021783）では、ログイン用のメールアドレスを1つに設定いたします。以下のどちらを使用されるか、お知らせいただけますでしょうか。

・daisuke.ito@minato-systems.co.jp（現在 AWS05021783 に登録）
・d.ito.cloud@gmail.com（現在 AWS13840926 に登録）

なお、会社のメールアドレスを選択された場合、ご退職後にログインできなくなる可能性がございますのでご注意ください。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail(30, 'login-address-dochira', 'support_reply', 'ja', rcpt=J_rcpt, rcpt_name=J_name, provider='o365', date=d,
             subject=form_subj(J_case), body=textpart(t, cte='quoted-printable'), new_text=t, case_id=J_case)


def m031():
    d = T('2025-12-09 15:02:47')
    t = """Hi Emily,

Thanks for your request. I can see two certification accounts linked to you: AWS01925568 and AWS 15530417.

Which of these two IDs should be kept as the primary? The other one will be closed when the merge is processed.

Thanks,
Kavya S.
AWS T&C Support
"""
    aws_mail(31, 'which-id-primary', 'support_reply', 'en', rcpt=G_rcpt, rcpt_name=G_name, provider='yahoo', date=d,
             subject=form_subj(G_case), body=textpart(t, charset='us-ascii', cte='7bit'), new_text=t, case_id=G_case)


def m032():
    d = T('2025-08-14 09:10:02')
    new = """Hello Daniel,

Thanks for getting back to me so quickly. I've recorded your confirmation on the case and handed the request over to our certification team. You'll hear from me again when it's finished, usually within one to two business days.

Best regards,
Rahul K.
AWS Training and Certification Customer Support
"""
    sep = '\n________________________________\n'
    conf = """Hi Rahul,

The details are correct. Please proceed with the merge.

Thanks,
Daniel
"""
    t = (new + sep + outlook_block('Daniel Okafor <d.okafor@outlook.com>', B_conf_date, 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', form_subj(B_case), BST)
         + '\n\n' + conf + sep + outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', B_req_date, 'd.okafor@outlook.com', form_subj(B_case), BST)
         + '\n\n' + B_REQ)
    aws_mail(32, 'handed-over-outlook-history', 'support_reply', 'en', rcpt=B_rcpt, rcpt_name=B_name, provider='outlook', date=d,
             subject=form_subj(B_case), body=textpart(t, charset='us-ascii', cte='7bit'), new_text=new, case_id=B_case)


def m033():
    d = T('2025-07-08 00:55:33')
    new = f"""山本 美咲 様

AWS トレーニングと認定 カスタマーサポートの中村です。
7月3日にお送りしたメールについて、その後いかがでしょうか。

引き続きサポートが必要な場合は、本メールにご返信ください。5営業日以内にご返信がない場合、本ケース（{E_case}）は自動的にクローズされますので、ご了承ください。

中村
AWS トレーニングと認定 カスタマーサポート
"""
    hist = '\n---------- 以前のメッセージ ----------\n送信日時: 2025/07/03 10:20\n件名: RE:[CASE %s] AWS 認定アカウントの統合についてのご確認のお願い\n\n' % E_case + E_REQ
    t = new + hist
    aws_mail(33, 'sonogo-ikaga-history-unmarked', 'support_reply', 'ja', rcpt=E_rcpt, rcpt_name=E_name, provider='ocn', date=d,
             subject=hdr('RE:[CASE %s] AWS 認定アカウントの統合についてのご確認のお願い' % E_case, 'utf-8'),
             body=textpart(t, cte='base64'), new_text=new, case_id=E_case, from_name='AWS トレーニングと認定')


# ---------------------------------------------------------------- completions
def m034():
    d = T('2026-01-19 14:45:30')
    t = f"""Hello Priya,

Thank you for your patience while we processed your request.

I'm happy to confirm that the merge has been completed. AWS16204885 has been merged into AWS05573190, and all of your certifications and exam history are now available under AWS05573190. Going forward, please sign in with priya.raman@northwind-analytics.com.

Please allow up to 24 hours for your Credly badges to reflect the change.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Carlos M.
Amazon Web Services

""" + CONSOLE_FOOT_EN.format(c=D_case)
    aws_mail(34, 'console-merge-completed-rate', 'merge_completed', 'en', rcpt=D_rcpt, rcpt_name=None, provider='o365', date=d,
             from_addr='no-reply-aws@amazon.com', subject='RE:[CASE %s] %s' % (D_case, D_subj),
             body=textpart(t, cte='quoted-printable'), new_text=t, case_id=D_case)


def m035():
    d = T('2025-05-30 06:12:18')
    new = """佐藤 遥 様

大変お待たせいたしました。
ご依頼いただいた認定アカウントの統合が完了しましたので、ご報告いたします。

今後は AWS04418275 にて、これまでに取得された認定資格・受験履歴をご確認いただけます。AWS17730962 はご利用いただけなくなりましたので、ご注意ください。

Credly のバッジにつきましては、数日以内に Credly から受け取りのご案内メールが届きます。

山口
AWS トレーニングと認定 カスタマーサポート
"""
    conf = A_CONF + '\n' + ja_date(A_req_date) + ' Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n' + quote(A_REQ.rstrip('\n'), '> ')
    t = new + '\n' + ja_date(A_conf_date) + ' 佐藤 遥 <haruka.sato.k@gmail.com>:\n' + quote(conf, '> ') + '\n'
    aws_mail(35, 'tougou-kanryou-gmail-quote', 'merge_completed', 'ja', rcpt=A_rcpt, rcpt_name=A_name, provider='gmail', date=d,
             subject=form_subj(A_case), body=textpart(t, charset='iso-2022-jp', cte='7bit'), new_text=new, case_id=A_case)


def m036():
    d = T('2025-08-15 11:25:40')
    new = """Hello Daniel,

Good news: this is done. Your two certification profiles are now a single account. Sign in with d.okafor@outlook.com and you'll find all of your certifications and exam history in one place; the profile you registered with your former employer's address has been retired.

If anything looks wrong, reply to this email within the next 14 days and I'll take another look.

If you have a moment, I'd appreciate it if you could rate this interaction using the short survey that follows.

Best regards,
Rahul K.
AWS Training and Certification Customer Support
"""
    t = new + '\n________________________________\n' + outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', B_req_date, 'd.okafor@outlook.com', form_subj(B_case), BST) + '\n\n' + B_REQ
    aws_mail(36, 'this-is-done-outlook-quote', 'merge_completed', 'en', rcpt=B_rcpt, rcpt_name=B_name, provider='outlook', date=d,
             subject=form_subj(B_case), body=textpart(t, cte='quoted-printable'), new_text=new, case_id=B_case)


def m037():
    d = T('2025-07-11 07:00:21')
    new = """山本 美咲 様

お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの中村です。

ご依頼の件、以下のとおり対応が完了いたしました。
① 認定資格および受験履歴を AWS03390742 へ移行いたしました。
② 旧アカウント（AWS14982067）は無効化されており、今後ログインすることはできません。
③ Credly のバッジは、24～48時間以内に AWS03390742 のご登録メールアドレス宛てに発行されます。

ご不明な点がございましたら、本メールにご返信ください。

中村
AWS トレーニングと認定 カスタマーサポート
"""
    hist = """――――――――――――――――――――
中村様

ご連絡が遅くなり申し訳ありません。
内容を確認しました。統合に同意します。よろしくお願いいたします。

山本 美咲

""" + E_REQ
    t = new + hist
    aws_mail(37, 'ikou-itashimashita-cp932', 'merge_completed', 'ja', rcpt=E_rcpt, rcpt_name=E_name, provider='ocn', date=d,
             subject=hdr('RE:[CASE %s] AWS 認定アカウントの統合についてのご確認のお願い' % E_case, 'iso-2022-jp'),
             body=textpart(t, charset='shift_jis', codec='cp932', label='Shift_JIS', cte='8bit'), new_text=new, case_id=E_case,
             from_name='AWS トレーニングと認定', from_enc_charset='iso-2022-jp')


def m038():
    d = T('2025-03-21 14:20:09')
    surv = 'https://amazonwebservices.qualtrics.com/jfe/form/SV_3kPq8XcY2vLmN0e?caseId=%s' % F_case
    t = f"""Hi Marco,

We've finished combining your certification records: everything that was on AWS-12098846 now sits under AWS07716053, and the old profile can no longer be used to sign in. With that, I'm closing this case.

Was your issue resolved?
YES: {surv}&resolved=1
NO: {surv}&resolved=0

Your feedback helps us improve. Thank you for contacting AWS Training and Certification.

Siobhan O.
AWS Training and Certification Support
"""
    h = html_doc(f"""<p>Hi Marco,</p>
<p>We've finished combining your certification records: everything that was on AWS-12098846 now sits under AWS07716053, and the old profile can no longer be used to sign in. With that, I'm closing this case.</p>
<table cellpadding="0" cellspacing="0" style="margin:18px 0"><tr><td style="font-weight:bold;padding-right:12px">Was your issue resolved?</td>
<td><a href="{surv}&amp;resolved=1" style="background:#1d8102;color:#fff;padding:6px 16px;text-decoration:none">YES</a></td><td width="8"></td>
<td><a href="{surv}&amp;resolved=0" style="background:#d13212;color:#fff;padding:6px 16px;text-decoration:none">NO</a></td></tr></table>
<p style="color:#545b64">Your feedback helps us improve. Thank you for contacting AWS Training and Certification.</p>
<p>Siobhan O.<br>AWS Training and Certification Support</p>""")
    aws_mail(38, 'finished-combining-closing', 'merge_completed', 'en', rcpt=F_rcpt, rcpt_name=F_name, provider='gmail', date=d,
             subject='RE:[CASE %s] Combine my two certification profiles' % F_case,
             body=alternative(textpart(t, charset='us-ascii', cte='7bit'), textpart(h, 'html', cte='quoted-printable')), new_text=t, case_id=F_case)


def m039():
    d = T('2025-09-26 08:33:50')
    surv = 'https://amazonwebservices.qualtrics.com/jfe/form/SV_8dLbQwE1mZr4aXo?caseId=%s&lang=ja' % I_case
    inner = f"""<div style="font-family:'Hiragino Kaku Gothic ProN','Meiryo',sans-serif">
<p>鈴木 翔 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの森本です。</p>
<p>ご依頼いただいたアカウントの統合作業が完了いたしましたので、本ケース（{I_case}）をクローズさせていただきます。</p>
<p>今後は <b>AWS06641239</b> をご利用ください。AWS10873355 でお持ちだった認定資格と受験履歴は、AWS06641239 に反映されております。</p>
<hr>
<p>今回の対応について、アンケートへのご協力をお願いいたします。<br>問題は解決しましたか？</p>
<p><a href="{surv}&amp;r=1" style="padding:6px 18px;background:#232f3e;color:#fff;text-decoration:none">はい</a>
&nbsp;<a href="{surv}&amp;r=0" style="padding:6px 18px;background:#879196;color:#fff;text-decoration:none">いいえ</a></p>
<p>森本<br>AWS トレーニングと認定 カスタマーサポート</p>
</div>"""
    h = html_doc(inner, 'ja')
    aws_mail(39, 'close-to-kanryou-html', 'merge_completed', 'ja', rcpt=I_rcpt, rcpt_name=I_name, provider='biglobe', date=d,
             subject=hdr('【ケースクローズのお知らせ】アカウントの統合について', 'utf-8', ascii_prefix='[CASE %s] ' % I_case),
             body=textpart(h, 'html', cte='base64'), new_text=re.sub('<[^>]+>', ' ', inner), case_id=I_case)


def m040():
    d = T('2025-11-12 06:40:03')
    new = """伊藤 大輔 様

お世話になっております。佐々木です。

アカウントの統合処理が完了いたしました。今後は AWS05021783（ログイン：daisuke.ito@minato-systems.co.jp）をご利用ください。
統合元アカウントの認定資格および受験履歴は、すべて上記アカウントに引き継がれております。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
    conf = """佐々木様

ご確認ありがとうございます。内容に相違ありません。統合を進めてください。

伊藤

""" + quote(J_REQ.rstrip('\n'), '> ')
    t = new + '\n' + quote(conf, '> ') + '\n'
    aws_mail(40, 'shori-kanryou-nested-quote', 'merge_completed', 'ja', rcpt=J_rcpt, rcpt_name=J_name, provider='o365', date=d,
             subject=form_subj(J_case), body=textpart(t, cte='quoted-printable'), new_text=new, case_id=J_case)


def m041():
    d = T('2025-10-08 05:30:16')
    t = f"""田中 健一 様

AWS サポートの高橋です。お待たせいたしました。

ご依頼いただいた3つの認定アカウントを1つにまとめる作業を終えました。今後は AWS08832516 のみをご利用ください。
AWS09120478 と AWS13357201 に記録されていた認定資格と受験履歴は、AWS08832516 から確認できるようになっています。

Credly のバッジが反映されていない場合は、このケースにご返信ください。

高橋
Amazon Web Services

""" + CONSOLE_FOOT_JA.format(c=C_case)
    aws_mail(41, 'matomeru-sagyou-owarimashita', 'merge_completed', 'ja', rcpt=C_rcpt, rcpt_name=None, provider='nifty', date=d,
             from_addr='no-reply-aws@amazon.com',
             subject=hdr(C_subj, 'utf-8', ascii_prefix='RE:[CASE %s] ' % C_case),
             body=textpart(t, cte='base64'), new_text=t, case_id=C_case)


def m042():
    d = T('2026-02-24 11:57:44')
    t = """Hello Tom,

Just to let you know that your request has now been actioned. The two secondary profiles (aws 14470025 and aws-09938561) have been rolled into aws06219874, and both of them are now deactivated. Your full certification history, including the Cloud Practitioner certification that expired in 2024, is visible under aws06219874.

Best regards,
Leon B.
Amazon Web Services
"""
    aws_mail(42, 'request-actioned-lowercase', 'merge_completed', 'en', rcpt=H_rcpt, rcpt_name=H_name, provider='fastmail', date=d,
             subject=form_subj(H_case), body=textpart(t, charset='us-ascii', cte='7bit'), new_text=t, case_id=H_case)


def m043():
    d = T('2025-06-19 10:14:27')
    t = """Dear Robert,

Thank you for your patience. I\u2019m writing to let you know that your AWS Certification accounts have now been merged \u2014 AWS12762035 has been merged into AWS08104467, which is the account you\u2019ll use from now on.

Your certifications, exam history and the 50% discount voucher from your last exam are all available under AWS08104467.

Kind regards,
Grace T.
AWS Training and Certification Customer Support
"""
    aws_mail(43, 'merged-wrong-charset-no-auth', 'merge_completed', 'en', rcpt=L_rcpt, rcpt_name=L_name,
             provider='plain:mail.hughes-consulting.co.uk', date=d,
             subject=form_subj(L_case), body=textpart(t, charset='utf-8', label='iso-8859-1', cte='quoted-printable'), new_text=t, case_id=L_case)


# ---------------------------------------------------------------- surveys
def m044():
    d = T('2025-08-15 11:26:05')
    t = f"""Hello Daniel,

Your case {B_case} (account-assistance) has been marked as resolved.

We'd love to hear about your experience with AWS Training and Certification Customer Support. The survey takes less than two minutes.

How satisfied were you with the support you received?
https://amazonwebservices.qualtrics.com/jfe/form/SV_bDq4Xw9LpT2cR1s?caseId={B_case}

If you still need help, simply reply to this email and your case will be reopened.

Thank you,
AWS Training and Certification Customer Support
"""
    aws_mail(44, 'how-did-we-do', 'survey', 'en', rcpt=B_rcpt, rcpt_name=B_name, provider='outlook', date=d,
             subject='How did we do? Case %s' % B_case, body=textpart(t, charset='us-ascii', cte='7bit'), new_text=t, case_id=B_case)


def m045():
    d = T('2025-05-30 06:13:02')
    t = f"""佐藤 遥 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース番号 {A_case} はクローズされました。

今後のサービス向上のため、今回の対応についてのアンケートにご協力をお願いいたします（所要時間：約1分）。
https://amazonwebservices.qualtrics.com/jfe/form/SV_0HkP5aQ7rLm2YcS?caseId={A_case}&lang=ja

問題が解決していない場合は、7日以内に本メールへご返信いただくと、ケースが再開されます。

AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail(45, 'anketo-close-iso2022', 'survey', 'ja', rcpt=A_rcpt, rcpt_name=A_name, provider='gmail', date=d,
             subject=hdr('【アンケートのお願い】ケース %s はクローズされました' % A_case, 'iso-2022-jp'),
             body=textpart(t, charset='iso-2022-jp', cte='7bit'), new_text=t, case_id=A_case)


def m046():
    d = T('2025-12-18 20:10:55')
    surv = 'https://amazonwebservices.qualtrics.com/jfe/form/SV_5nTq1WcZx8GvK3u?caseId=%s' % G_case
    t = f"""Hello Emily,

Your case has been resolved.

Case ID: {G_case}
Subject: Request to merge my two certification accounts
Status: Resolved

If you feel your issue has not been fully resolved, reply to this email within 7 days and your case will be reopened automatically.

Was your issue resolved?
Yes: {surv}&r=1
No: {surv}&r=0

Thank you for contacting AWS Training and Certification.
"""
    aws_mail(46, 'case-resolved-generic', 'survey', 'en', rcpt=G_rcpt, rcpt_name=G_name, provider='yahoo', date=d,
             subject='Your case has been resolved [CASE %s]' % G_case, body=textpart(t, charset='us-ascii', cte='7bit'), new_text=t, case_id=G_case)


def m047():
    d = T('2025-07-11 07:02:40')
    t = f"""山本 美咲 様

お問い合わせいただいたケースが「解決済み」となりましたので、お知らせいたします。

ケース番号：{E_case}
件名：アカウント統合のお願い

担当者の対応はいかがでしたか？ 以下のリンクから5段階で評価してください。
★★★★★ https://amazonwebservices.qualtrics.com/jfe/form/SV_0HkP5aQ7rLm2YcS?caseId={E_case}&lang=ja

ご協力ありがとうございました。
AWS トレーニングと認定 カスタマーサポート
"""
    aws_mail(47, 'kaiketsu-zumi-hyouka', 'survey', 'ja', rcpt=E_rcpt, rcpt_name=E_name, provider='ocn', date=d,
             subject=hdr('アカウント統合のお願い - ご対応に関するアンケート', 'utf-8', 'Q', ascii_prefix='[CASE %s] ' % E_case),
             body=textpart(t, cte='quoted-printable'), new_text=t, case_id=E_case, from_name='AWS トレーニングと認定')


def m048():
    d = T('2025-04-21 16:40:12')
    surv = 'https://amazonwebservices.qualtrics.com/jfe/form/SV_bDq4Xw9LpT2cR1s?caseId=%s' % M_case
    t = f"""Hello Aisha,

We haven't heard back from you regarding your request to merge your certification accounts, so we are closing this case for now.

If you still need help, you're welcome to reply to this email and we'll reopen the case. There's no need to submit a new form.

How would you rate the support you received?
Excellent | Good | Fair | Poor
{surv}

Best regards,
Mateo R.
AWS Training and Certification Customer Support
"""
    aws_mail(48, 'closing-no-response', 'survey', 'en', rcpt=M_rcpt, rcpt_name=M_name, provider='gmail', date=d,
             subject=form_subj(M_case), body=textpart(t, charset='us-ascii', cte='7bit'), new_text=t, case_id=M_case)


def m049():
    d = T('2025-10-08 05:31:40')
    inner = f"""<div style="font-family:'Meiryo',sans-serif">
<p>Amazon Web Services サポートをご利用いただき、ありがとうございました。</p>
<p>ケース ID <b>{C_case}</b>（{C_subj}）は解決済みとしてクローズされました。</p>
<p>お客様の声をお聞かせください。今回のサポートの満足度を 1〜5 で評価してください。</p>
<p>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C_case}&amp;score=1">1</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId={C_case}&amp;score=2">2</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId={C_case}&amp;score=3">3</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId={C_case}&amp;score=4">4</a> |
<a href="https://console.aws.amazon.com/support/feedback?displayId={C_case}&amp;score=5">5</a></p>
<p>ケースを再開する場合は、AWS サポートセンターから返信してください。<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C_case}&amp;language=ja">https://console.aws.amazon.com/support/home#/case/?displayId={C_case}&amp;language=ja</a></p>
<p style="font-size:11px;color:#687078">このメールアドレスは送信専用です。<br>Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</div>"""
    h = html_doc(inner, 'ja')
    aws_mail(49, 'console-manzokudo-html', 'survey', 'ja', rcpt=C_rcpt, rcpt_name=None, provider='nifty', date=d,
             from_addr='no-reply-aws@amazon.com',
             subject=hdr('サポートのご利用ありがとうございました: ケース %s' % C_case, 'utf-8', ascii_prefix='Amazon Web Services: '),
             body=textpart(h, 'html', cte='quoted-printable'), new_text=re.sub('<[^>]+>', ' ', inner), case_id=C_case)


def m050():
    d = T('2026-01-19 14:46:52')
    link = 'https://console.aws.amazon.com/support/feedback?displayId=%s' % D_case
    t = f"""Your AWS Support case {D_case} has been closed.

Tell us about your experience: {link}
"""
    h = html_doc(f"""<p>Hello,</p>
<p>Thank you for contacting AWS Support. Your case has been closed.</p>
<table cellpadding="4"><tr><td><b>Case ID</b></td><td>{D_case}</td></tr>
<tr><td><b>Subject</b></td><td>{D_subj}</td></tr>
<tr><td><b>Handled by</b></td><td>Carlos M.</td></tr></table>
<p>How would you rate your overall experience with AWS Support on this case?</p>
<p>""" + ' '.join('<a href="%s&amp;score=%d" style="display:inline-block;width:28px;text-align:center;border:1px solid #879196;padding:4px;text-decoration:none">%d</a>' % (link, i, i) for i in range(1, 6)) + """</p>
<p style="font-size:11px;color:#687078">1 = very dissatisfied, 5 = very satisfied. This survey is anonymous.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>""")
    aws_mail(50, 'tell-us-experience-alt', 'survey', 'en', rcpt=D_rcpt, rcpt_name=None, provider='o365', date=d,
             from_addr='no-reply-aws@amazon.com', subject='Tell us about your AWS Support experience (Case %s)' % D_case,
             body=alternative(textpart(t, charset='us-ascii', cte='7bit'), textpart(h, 'html', cte='quoted-printable')), new_text=t, case_id=D_case)


# ---------------------------------------------------------------- Credly
def m051():
    d = T('2025-03-21 18:02:37')
    bid = '8f2c1e4a-6b7d-4c3e-9a51-2d0e7f93b6c4'
    t = f"""Congratulations, Marco!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate
Issued: March 21, 2025
Expires: November 14, 2027

Accept your badge to add it to your Credly profile and share it with your network.

Accept your badge: https://www.credly.com/badges/{bid}?source=accept_email

You're receiving this email because Amazon Web Services Training and Certification issued a badge to marco.bianchi84@gmail.com.
Manage notifications: https://www.credly.com/notification_settings
Credly, Inc.
"""
    h = html_doc(f"""<table width="100%" style="max-width:600px;margin:auto"><tr><td style="text-align:center;padding:24px">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="140" alt="AWS Certified Solutions Architect - Associate">
<h2 style="font-weight:normal">Congratulations, Marco!</h2>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p style="font-size:18px"><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/badges/{bid}?source=accept_email" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">You're receiving this email because Amazon Web Services Training and Certification issued a badge to marco.bianchi84@gmail.com.<br>Credly, Inc.</p>
</td></tr></table>""")
    credly_mail(51, 'credly-accept-your-badge', 'credly_badge_issued', 'en', rcpt=F_rcpt, provider='gmail', date=d,
                subject='Congratulations, Marco! You have a new badge from Amazon Web Services Training and Certification',
                body=alternative(textpart(t, charset='us-ascii', cte='7bit'), textpart(h, 'html', cte='quoted-printable')), new_text=t,
                from_name='Amazon Web Services Training and Certification via Credly')


def m052():
    d = T('2025-09-26 14:10:08')
    bid = '3b7e9d20-1f4c-4a8b-b6e2-95c0d7a41f38'
    t = f"""鈴木 翔 さん、おめでとうございます！

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect - Professional
発行日：2025年9月26日

バッジを受け取って、Credly のプロフィールに追加しましょう。LinkedIn などで共有することもできます。

バッジを受け取る：https://www.credly.com/badges/{bid}?source=accept_email

このメールは、Amazon Web Services Training and Certification が suzuki.sho@biglobe.ne.jp 宛てにバッジを発行したため送信されています。
Credly, Inc.
"""
    h = html_doc(paras_html(t).replace('バッジを受け取る：https://www.credly.com/badges/%s?source=accept_email' % bid,
                                       '<a href="https://www.credly.com/badges/%s?source=accept_email" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">バッジを受け取る</a>' % bid), 'ja')
    credly_mail(52, 'credly-badge-hakkou-ja', 'credly_badge_issued', 'ja', rcpt=I_rcpt, provider='biglobe', date=d,
                subject=hdr('Amazon Web Services Training and Certification から新しいバッジが発行されました', 'utf-8'),
                body=alternative(textpart(t, cte='quoted-printable'), textpart(h, 'html', cte='base64')), new_text=t,
                from_name='Amazon Web Services Training and Certification via Credly')


def m054():
    d = T('2025-05-30 09:47:51')
    t = """佐藤 遥 さん

AWS 認定アカウントの統合に伴い、Amazon Web Services Training and Certification から、以下のバッジがあなたのメールアドレス（haruka.sato.k@gmail.com）宛てに発行されました。

・AWS Certified Cloud Practitioner
・AWS Certified Developer - Associate

バッジを受け取る：https://www.credly.com/earner/earned?source=accept_email

以前のメールアドレスで受け取ったバッジは、しばらくの間、以前の Credly アカウントにも表示される場合があります。

Credly, Inc.
"""
    h = html_doc(paras_html(t), 'ja')
    credly_mail(54, 'credly-badge-ikou-ja', 'credly_badge_issued', 'ja', rcpt=A_rcpt, provider='gmail', date=d,
                subject=hdr('バッジがあなたのアカウントに発行されました', 'utf-8'),
                body=alternative(textpart(t, cte='base64'), textpart(h, 'html', cte='base64')), new_text=t,
                from_name='Amazon Web Services Training and Certification via Credly')


# ---------------------------------------------------------------- unrelated
def m053():
    d = T('2025-12-20 13:33:04')
    dom = 'aws-certify-rewards.com'
    host, ip = 'smtp.%s' % dom, '193.29.57.140'
    mf = 'return@%s' % dom
    trace = recv_yahoo(G_rcpt, d + timedelta(seconds=2), host, ip, mf, [(dom, 'mail', 'pass')], pol='NONE', hfrom=dom)
    t = f"""Hello,

Our records show that you have an unused 50% exam discount voucher linked to your AWS Certification account. The voucher expires in 48 hours.

To keep it, verify your candidate profile and sign in below:
https://{dom}/claim?ref=EC-7731

AWS Certification Benefits Team
"""
    emit(53, 'voucher-expires-lookalike', 'unrelated', 'en', trace=trace, sender_hdrs=[dkim(dom, 'mail', d)],
         frm='AWS Certification Benefits <benefits@%s>' % dom, to=G_rcpt,
         subject='Action required: your 50% exam voucher expires in 48 hours', date=d,
         msgid='<%s@%s>' % (rhex(22), dom), body=textpart(t, charset='us-ascii', cte='7bit'), new_text=t, case_id=None, verified=False)


def m055():
    d = T('2025-09-01 13:05:44')
    bid = 'c41a7e02-93d5-4f6b-8e1c-7a2b5d09e3f1'
    t = f"""Hi Daniel,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, expires on November 30, 2025.

To keep your credential active, review the recertification options from the issuer:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/{bid}

Credly, Inc.
"""
    h = html_doc(paras_html(t))
    credly_mail(55, 'credly-badge-expires-90-days', 'unrelated', 'en', rcpt=B_rcpt, provider='outlook', date=d,
                subject='Your AWS Certified Cloud Practitioner badge expires in 90 days',
                body=alternative(textpart(t, charset='us-ascii', cte='7bit'), textpart(h, 'html', cte='quoted-printable')), new_text=t,
                from_name='Credly')


def m056():
    d = T('2025-03-24 19:41:12')
    t = f"""Hi Marco,

We received a request to merge the Credly account m.bianchi@studio-lumen.it into your account marco.bianchi84@gmail.com.

Your verification code is: 482913

Enter this code on the Complete Account Merge page to finish. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge_accounts/complete?token={rhex(32)}

If you didn't request this, you can ignore this email and no changes will be made to your account.

The Credly Team
"""
    h = html_doc(paras_html(t))
    credly_mail(56, 'credly-merge-verification-code', 'unrelated', 'en', rcpt=F_rcpt, provider='gmail', date=d,
                subject='Your Credly account merge verification code',
                body=alternative(textpart(t, charset='us-ascii', cte='7bit'), textpart(h, 'html', cte='quoted-printable')), new_text=t,
                from_name='Credly')


def m057():
    d = T('2026-03-02 21:18:40')
    host, ip = 'out-25.smtp.github.com', '192.30.252.208'
    mf = 'noreply@github.com'
    trace = recv_fastmail(H_rcpt, d + timedelta(seconds=3), host, ip, mf, [('github.com', 'pf2023', 'pass')], hfrom='github.com', pol='reject')
    ev = '16502937718'
    t = f"""Merged #41 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/twhitaker/cert-tracker/pull/41#event-{ev}
You are receiving this because you authored the thread.

Message ID: <twhitaker/cert-tracker/pull/41/issue_event/{ev}@github.com>
"""
    h = html_doc('<p>Merged <a href="https://github.com/twhitaker/cert-tracker/pull/41" class="issue-link">#41</a> into main.</p>\n'
                 '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/twhitaker/cert-tracker/pull/41#event-%s">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>' % ev)
    emit(57, 'github-pr-merged', 'unrelated', 'en', trace=trace,
         sender_hdrs=[dkim('github.com', 'pf2023', d, hlist='Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From')],
         frm='Priya Nair <notifications@github.com>', to='twhitaker/cert-tracker <cert-tracker@noreply.github.com>',
         cc='Tom Whitaker <tom.whitaker@fastmail.com>, Author <author@noreply.github.com>',
         reply_to='twhitaker/cert-tracker <reply+A3KX7QW2%s@reply.github.com>' % rhex(20).upper(),
         subject='Re: [twhitaker/cert-tracker] Merge duplicate certification records by candidate ID (PR #41)', date=d,
         msgid='<twhitaker/cert-tracker/pull/41/issue_event/%s@github.com>' % ev,
         in_reply_to='<twhitaker/cert-tracker/pull/41@github.com>', refs='<twhitaker/cert-tracker/pull/41@github.com>',
         body=alternative(textpart(t, charset='UTF-8', cte='7bit'), textpart(h, 'html', charset='UTF-8', cte='7bit')), new_text=t,
         case_id=None, verified=False,
         extra=['List-ID: twhitaker/cert-tracker <cert-tracker.twhitaker.github.com>',
                'List-Archive: https://github.com/twhitaker/cert-tracker',
                'X-GitHub-Sender: priyanair-dev', 'X-GitHub-Recipient: twhitaker', 'X-GitHub-Reason: author',
                'X-Auto-Response-Suppress: All'])


def m058():
    C_bill_open = T('2025-11-17 03:30:11')
    C_bill = case15(C_bill_open)
    d = T('2025-11-18 01:10:26')
    t = f"""田中 健一 様

AWS サポートの村上です。お問い合わせいただき、ありがとうございます。

請求書に記載される宛名（会社名）は、請求とコスト管理コンソールの［お支払い設定］から変更いただけます。変更内容は、次回発行分の請求書から反映されます。

また、お問い合わせいただいた「複数の AWS アカウントの請求を1つにまとめたい」という点につきましては、AWS Organizations の一括請求（コンソリデーティッドビリング）機能をご利用ください。管理アカウント（アカウント ID: 4127-8863-0951）から他のアカウントを組織に招待することで、請求を統合できます。

手順の詳細は、以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/consolidated-billing.html

村上
Amazon Web Services

""" + CONSOLE_FOOT_JA.format(c=C_bill)
    aws_mail(58, 'billing-case-ja', 'unrelated', 'ja', rcpt=C_rcpt, rcpt_name=None, provider='nifty', date=d,
             from_addr='no-reply-aws@amazon.com',
             subject=hdr('請求書の宛名変更について', 'iso-2022-jp', ascii_prefix='RE:[CASE %s] ' % C_bill),
             body=textpart(t, charset='utf-8', cte='base64'), new_text=t, case_id=C_bill)


def m059():
    d = T('2026-03-11 01:30:14')
    orig = T('2026-03-10 02:40:00')
    new = """小林さん

お疲れさまです。森です。
AWS サポートへの問い合わせ、受付のメールは届きましたか？

私の方は先月、サポートから「統合が完了しました」と連絡があって、旧アカウント（AWS12557309）の資格が今は AWS05998104 の方に出ています。Credly のバッジだけ数日遅れて届きました。

小林さんの方も何か聞かれたら、残したいアカウントを最初に伝えておくと早いと思います。

森
"""
    q = """森さん

認定アカウントが2つあったので、今朝サポートに統合の依頼を出しました（AWS06127790 → AWS10458832）。
森さんの時はどのくらいかかりました？

小林"""
    d_o = orig.astimezone(JST)
    t = new + '\n' + 'On %d/%02d/%02d %d:%02d, 小林 直子 wrote:\n' % (d_o.year, d_o.month, d_o.day, d_o.hour, d_o.minute) + quote(q, '> ') + '\n'
    trace = ['X-Original-To: %s' % K_rcpt, 'Delivered-To: %s' % K_rcpt,
             'Received: from [192.168.1.23] (p3107044-ipoe.ipoe.ocn.ne.jp [118.10.%d.%d])\n\t(authenticated bits=0)\n\tby www3071.sakura.ne.jp (8.17.1/8.17.1) with ESMTPSA id 52B1UE%s\n\t(version=TLSv1.3 cipher=TLS_AES_128_GCM_SHA256 bits=128 verify=NO)\n\tfor <%s>; %s' % (
                 R.randint(1, 250), R.randint(1, 250), rb64(6).replace('/', 'q').replace('+', 'w'), K_rcpt, dfmt(d.astimezone(JST)))]
    emit(59, 'douryou-kara-re-aws-nintei', 'unrelated', 'ja', trace=trace, sender_hdrs=[],
         frm=addr('森 拓也', 'mori@kobayashi-sekkei.jp', 'iso-2022-jp', 'B'), to=addr('小林 直子', K_rcpt, 'iso-2022-jp', 'B'),
         subject=hdr('Re: AWS認定アカウントの件', 'iso-2022-jp'), date=d.astimezone(JST),
         msgid='<%s-%s@kobayashi-sekkei.jp>' % (rhex(8), rhex(12)),
         in_reply_to='<b2c91e04-7f3a-4d6e-a1c8-%s@kobayashi-sekkei.jp>' % rhex(12),
         refs='<b2c91e04-7f3a-4d6e-a1c8-5d0f9b27e3aa@kobayashi-sekkei.jp>',
         body=textpart(t, charset='iso-2022-jp', cte='7bit'), new_text=new, case_id=None, verified=None,
         extra=['User-Agent: Mozilla Thunderbird', 'Content-Language: ja'])


def m060():
    d = T('2025-10-21 22:04:17')
    t = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your request and merged the duplicate detail pages: ASIN B0C7K2M9XQ has been merged into B0C7K2P4LT. Your offer now appears on B0C7K2P4LT, and the old detail page will redirect to it. It can take up to 48 hours for the change to be visible everywhere on the site.

Was this email helpful? Please let us know:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6127734509

Thank you for selling on Amazon.

Jordan P.
Amazon Selling Partner Support
"""
    aws_mail(60, 'seller-central-asin-merged', 'unrelated', 'en', rcpt='kitestring.goods@gmail.com', rcpt_name=None, provider='gmail', date=d,
             from_name='Amazon Selling Partner Support', from_addr='sellersupport@amazon.com',
             subject='RE:[CASE 6127734509] Request to merge duplicate ASIN detail pages',
             body=textpart(t, charset='us-ascii', cte='7bit'), new_text=t, case_id='6127734509')


if __name__ == '__main__':
    for f in sorted(os.listdir(OUT)):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for i in range(1, 61):
        globals()['m%03d' % i]()
    labels = dict(sorted(MAILS))
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print(len(labels), 'mails written')
