#!/usr/bin/env python3
"""Generator for blind set 234: AWS Certification account-merge mailbox (EN/JA).

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone

from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
import io

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(234)
UTC = timezone.utc
JST = timezone(timedelta(hours=9), 'JST')
PDT = timezone(timedelta(hours=-7))
CEST = timezone(timedelta(hours=2))

MAILS = []      # (fname, Message, label, new_text)


# ----------------------------------------------------------------- helpers
def ts(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def cid15(opened, suffix):
    return '%d%05d' % (int(opened.timestamp()), suffix)


def rhex(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(RNG.choice(al) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


_LAST_SID = [None]


def ses_id(dt, prefix='0100'):
    ms = int(dt.timestamp() * 1000)
    sid = '%s%012x-%s-000000' % (prefix, ms, ruuid())
    _LAST_SID[0] = sid
    return sid


def ses_msgid(dt, region='email.amazonses.com', prefix='0100'):
    sid = _LAST_SID[0] or ses_id(dt, prefix)
    _LAST_SID[0] = None
    return '<%s@%s>' % (sid, region)


def ses_return_path(dt):
    return ses_id(dt) + '@amazonses.com'


def fold_b64(s, indent='\t', width=70):
    out = []
    while s:
        out.append(s[:width])
        s = s[width:]
    return ('\n' + indent).join(out)


def dkim_sig(d, s, dt, hlist='From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID',
             c='relaxed/simple'):
    t = int(dt.timestamp()) - RNG.randint(1, 3)
    return ('v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s'
            % (c, s, d, t, hlist, rb64(43), fold_b64(rb64(344))))


AMZ_SEL = 'jrxlnlqsaa4ubo7eniolzdlw6g7pmwr2'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'
SES_SEL2 = '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'


def ses_ip():
    return '54.240.%d.%d' % (RNG.choice([8, 9, 48, 27]), RNG.randint(10, 250))


def fmt_date(dt):
    return format_datetime(dt)


def gdate(dt):
    """Gmail style Received date in PDT."""
    d = dt.astimezone(PDT)
    return d.strftime('%a, %d %b %Y %H:%M:%S -0700 (PDT)')


# ---------------------------------------------------------- auth headers
def transport(provider, dt, to_addr, from_dom='amazon.com', verdict='pass', mailfrom=None,
              ip=None, helo=None, sel=None, dkim_d='', extra_dkim_ses=True, forged_ar=None, spf='pass'):
    """Return list of (name, value) transport headers, topmost first.

    verdict: 'pass'   -> dkim aligned pass, spf pass, dmarc pass
             'fail'   -> dkim none/fail for from_dom, dmarc fail
             'nodmarc'-> dkim pass aligned, no dmarc clause
             'none'   -> no Authentication-Results header at all
    """
    ip = ip or ses_ip()
    a, b, c_, d_ = ip.split('.')
    helo = helo or ('a%s-%s.smtp-out.amazonses.com' % (c_, d_))
    mailfrom = mailfrom or ses_return_path(dt)
    mf_dom = mailfrom.split('@')[1]
    if dkim_d == '':
        dkim_d = from_dom
    sel = sel or (AMZ_SEL if dkim_d == 'amazon.com' else 's1')
    recv = dt + timedelta(seconds=RNG.randint(1, 4))
    H = []
    if provider == 'gmail':
        H.append(('Delivered-To', to_addr))
        H.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s'
                  % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), rhex(3), RNG.randint(100000, 999999),
                     RNG.choice(['pxc', 'lqa', 'vqb']), gdate(recv))))
        H.append(('X-Google-Smtp-Source', 'AGHT+I%s' % rb64(62)))
        H.append(('X-Received', 'by 2002:a05:620a:%s:b0:7d0:%s:%s with SMTP id af79cd13be357-7d0%s.%d.%d;\n        %s'
                  % (rhex(4), rhex(4), rhex(4), rhex(6), RNG.randint(10, 99), int(recv.timestamp()) * 1000 + RNG.randint(0, 999) % 1000, gdate(recv))))
        if verdict != 'none':
            H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                      % (int(recv.timestamp()), fold_b64(rb64(342), indent='        '))))
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%s.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                  % (helo, helo, ip, rhex(15), rhex(10), RNG.randint(100, 999), recv.astimezone(PDT).strftime('%Y.%m.%d'),
                     recv.astimezone(PDT).strftime('%H.%M.%S'), to_addr, gdate(recv))))
        if spf == 'pass':
            H.append(('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
                      % (mailfrom, ip, ip)))
        else:
            H.append(('Received-SPF', '%s (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;'
                      % (spf, mailfrom, ip, ip)))
        if verdict != 'none':
            H.append(('Authentication-Results', gmail_ar(verdict, from_dom, dkim_d, sel, mailfrom, ip, extra_dkim_ses, spf)))
    elif provider == 'outlook':
        H.append(('Received', 'from DM6PR11MB%d.namprd11.prod.outlook.com (2603:10b6:5:%s::%s) by\n SN7PR11MB%d.namprd11.prod.outlook.com with HTTPS; %s'
                  % (RNG.randint(1000, 9999), rhex(3), rhex(2), RNG.randint(1000, 9999), fmt_date(recv))))
        H.append(('Received', 'from %s (%s) by\n DM6NAM11FT%03d.mail.protection.outlook.com (10.13.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s'
                  % (helo, ip, RNG.randint(1, 99), RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(8000, 8999), RNG.randint(10, 30), fmt_date(recv))))
        if verdict != 'none':
            H.append(('Authentication-Results', outlook_ar(verdict, from_dom, dkim_d, mf_dom, ip)))
            H.append(('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C' % (mf_dom, ip, ip, helo)))
        H.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
        H.append(('X-MS-Exchange-Organization-MessageDirectionality', 'Incoming'))
    elif provider in ('nifty', 'biglobe', 'docomo', 'ocn'):
        host = {'nifty': 'mta-rcv.nifty.com', 'biglobe': 'mxin.biglobe.ne.jp',
                'docomo': 'mfsmax.docomo.ne.jp', 'ocn': 'mx.ocn.ne.jp'}[provider]
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from %s ([%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s'
                  % (helo, ip, host, rhex(16).upper(), to_addr, fmt_date(recv.astimezone(JST)))))
        if verdict != 'none':
            H.append(('Authentication-Results', jp_ar(host, verdict, from_dom, dkim_d, sel, mailfrom)))
    elif provider == 'yahoo':
        H.append(('Received', 'from 10.197.%d.%d\n by atlas%d.free.mail.ne1.yahoo.com with HTTP; %s'
                  % (RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(100, 400), recv.strftime('%a, %d %b %Y %H:%M:%S +0000'))))
        if verdict != 'none':
            H.append(('Authentication-Results', 'atlas-production.v2.mail.yahoo.com;\n dkim=%s header.i=@%s header.s=%s;\n spf=pass smtp.mailfrom=%s;\n dmarc=%s(p=QUARANTINE) header.from=%s;'
                      % ('pass' if verdict != 'fail' else 'perm_fail', dkim_d, sel, mf_dom,
                         'pass' if verdict != 'fail' else 'fail', from_dom)))
        H.append(('Received', 'from %s (EHLO %s)(%s)\n by 10.197.%d.%d with SMTPs; %s'
                  % (helo, helo, ip, RNG.randint(1, 250), RNG.randint(1, 250), recv.strftime('%a, %d %b %Y %H:%M:%S +0000'))))
    elif provider == 'icloud':
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from %s ([%s])\n\tby p%02d-mx-%s.mail.icloud.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                  % (helo, ip, RNG.randint(10, 60), RNG.choice(['pv', 'ms']), rhex(10).upper(), to_addr, fmt_date(recv))))
        if verdict != 'none':
            H.append(('Authentication-Results', 'dmarc.icloud.com; dmarc=%s header.from=%s' % ('pass' if verdict != 'fail' else 'fail', from_dom)))
            dk = 'dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=%s header.i=@%s header.b=%s' % (dkim_d, dkim_d, rb64(8))
            if mf_dom.endswith('amazonses.com'):
                dk += ';\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s' % rb64(8)
            H.append(('Authentication-Results', dk))
            H.append(('Authentication-Results', 'spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom)))
    elif provider.startswith('custom:'):
        host = provider.split(':', 1)[1]
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4b%s\n\tfor <%s>; %s'
                  % (helo, helo, ip, host, rb64(8), to_addr, fmt_date(recv.astimezone(CEST)))))
        if verdict != 'none':
            H.append(('Authentication-Results', '%s;\n\tdkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s;\n\tdmarc=%s (p=quarantine dis=none) header.from=%s;\n\tspf=pass smtp.mailfrom=%s'
                      % (host, 'pass' if verdict != 'fail' else 'fail', dkim_d, dkim_d, sel, rb64(8),
                         'pass' if verdict != 'fail' else 'fail', from_dom, mf_dom)))
    elif provider == 'corp-noar':
        H.append(('Received', 'from mail-gw01.%s (10.20.1.15) by EXCH02.%s (10.20.1.32)\n with Microsoft SMTP Server id 15.1.2507.39; %s'
                  % (to_addr.split('@')[1], to_addr.split('@')[1], fmt_date(recv))))
        H.append(('Received', 'from %s ([%s]) by mail-gw01.%s with ESMTP id %s; %s'
                  % (helo, ip, to_addr.split('@')[1], rhex(12), fmt_date(recv))))
    if forged_ar:
        H.append(('Authentication-Results', forged_ar))
    return H


def gmail_ar(verdict, from_dom, dkim_d, sel, mailfrom, ip, extra_ses=True, spf='pass'):
    mf_dom = mailfrom.split('@')[1]
    lines = []
    if verdict in ('pass', 'nodmarc'):
        lines.append('dkim=pass header.i=@%s header.s=%s header.b=%s' % (dkim_d, sel, rb64(8)))
    elif verdict == 'fail':
        if dkim_d is None:
            pass
        elif dkim_d != from_dom:
            lines.append('dkim=pass header.i=@%s header.s=%s header.b=%s' % (dkim_d, sel, rb64(8)))
        else:
            lines.append('dkim=fail header.i=@%s header.s=%s header.b=%s' % (dkim_d, sel, rb64(8)))
    if extra_ses and mf_dom.endswith('amazonses.com'):
        lines.append('dkim=pass header.i=@amazonses.com header.s=%s header.b=%s' % (SES_SEL, rb64(8)))
    if spf == 'pass':
        lines.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                     % (mailfrom, ip, mailfrom))
    else:
        lines.append('spf=%s (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                     % (spf, mailfrom, ip, mailfrom))
    if verdict == 'pass':
        pol = '(p=QUARANTINE sp=QUARANTINE dis=NONE)' if from_dom == 'amazon.com' else '(p=NONE sp=NONE dis=NONE)'
        lines.append('dmarc=pass %s header.from=%s' % (pol, from_dom))
    elif verdict == 'fail':
        lines.append('dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s' % from_dom)
    return 'mx.google.com;\n       ' + ';\n       '.join(lines)


def outlook_ar(verdict, from_dom, dkim_d, mf_dom, ip):
    if verdict == 'fail':
        return ('spf=pass (sender IP is %s) smtp.mailfrom=%s; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail\n reason=000'
                % (ip, mf_dom, from_dom))
    return ('spf=pass (sender IP is %s) smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100'
            % (ip, mf_dom, dkim_d, from_dom))


def jp_ar(host, verdict, from_dom, dkim_d, sel, mailfrom):
    if verdict == 'fail':
        return ('%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=none;\n\tdmarc=fail header.from=%s'
                % (host, mailfrom, from_dom))
    s = ('%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s'
         % (host, mailfrom, dkim_d, sel, rb64(8)))
    if mailfrom.endswith('amazonses.com'):
        s += ';\n\tdkim=pass header.d=amazonses.com'
    if verdict == 'pass':
        s += ';\n\tdmarc=pass header.from=%s' % from_dom
    return s


def ses_tail(dt, region='us-east-1'):
    return [('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), ses_ip())),
            ('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, rb64(43)))]


# ---------------------------------------------------------------- bodies
CODECS = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8',
          'iso-8859-1': 'latin-1', 'us-ascii': 'ascii', 'windows-1252': 'cp1252',
          'cp932': 'cp932', 'euc-jp': 'euc_jp'}


def tpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None, label=None):
    """A text/* part whose bytes are encoded exactly as asked.

    codec: python codec actually used for the bytes; label: charset written in header.
    """
    codec = codec or CODECS[charset.lower()]
    raw = text.replace('\r\n', '\n').encode(codec)
    p = MIMENonMultipart('text', subtype)
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
    del p['MIME-Version']
    return p


def to_html(text, wrap=True):
    paras = text.strip('\n').split('\n\n')
    out = []
    for para in paras:
        lines = [htmlmod.escape(x) for x in para.split('\n')]
        out.append('<p style="margin:0 0 12px 0">' + '<br>\n'.join(lines) + '</p>')
    body = '\n'.join(out)
    if not wrap:
        return body
    return ('<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            + body + '\n</body>\n</html>\n')


def build(struct, plain=None, html=None, charset='utf-8', cte='quoted-printable', hcte=None,
          codec=None, label=None, hcharset=None):
    if struct == 'plain':
        return tpart(plain, 'plain', charset, cte, codec, label)
    if struct == 'html':
        return tpart(html, 'html', hcharset or charset, hcte or cte, codec, label)
    if struct == 'alt':
        m = MIMEMultipart('alternative', boundary='----=_Part_%d_%d.%d' % (RNG.randint(100000, 999999), RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 12, 10 ** 13)))
        m.attach(tpart(plain, 'plain', charset, cte, codec, label))
        m.attach(tpart(html, 'html', hcharset or charset, hcte or cte, codec if not hcharset else None, label if not hcharset else None))
        return m
    raise ValueError(struct)


def hdr(s, charset='utf-8', name='Subject'):
    """Encoded-word header, folded."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name, maxlinelen=76).encode(linesep='\n', maxlinelen=76)


def addr(name, email, charset='utf-8'):
    try:
        name.encode('ascii')
        return '"%s" <%s>' % (name, email) if name else email
    except UnicodeEncodeError:
        return Header(name, charset).encode() + ' <%s>' % email


ID_RE = re.compile(r'(?i)\baws[\s\-]?(\d{8})\b')


def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


def add(fname, kind, case_id, lang, verified, transport_hdrs, from_, to, subject, date, body,
        new_text, account_ids, extra=(), msgid=None, ctype_extra=None):
    msg = body
    own = [(k, v) for k, v in msg._headers]
    msg._headers = []
    for k, v in transport_hdrs:
        msg._headers.append((k, v))
    for k, v in extra:
        if k.startswith('pre:'):
            msg._headers.append((k[4:], v))
    msg._headers.append(('From', from_))
    msg._headers.append(('To', to))
    msg._headers.append(('Subject', subject))
    msg._headers.append(('Date', fmt_date(date) if isinstance(date, datetime) else date))
    msg._headers.append(('Message-ID', msgid or '<%s@%s>' % (ruuid(), from_.split('@')[-1].rstrip('>'))))
    msg._headers.append(('MIME-Version', '1.0'))
    for k, v in own:
        if k.lower() != 'mime-version':
            msg._headers.append((k, v))
    for k, v in extra:
        if not k.startswith('pre:'):
            msg._headers.append((k, v))
    label = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(account_ids),
             'sender_verified': verified, 'language': lang}
    MAILS.append((fname, msg, label, new_text))
    _LAST_SID[0] = None


def write_all():
    labels = {}
    for fname, msg, label, new_text in MAILS:
        buf = io.BytesIO()
        g = BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(max_line_length=998))
        g.flatten(msg)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(buf.getvalue())
        labels[fname] = label
        got = ids_in(new_text)
        if got != sorted(label['account_ids']):
            print('ID MISMATCH', fname, got, label['account_ids'])
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, indent=2, ensure_ascii=False, sort_keys=True)
    print('wrote', len(MAILS), 'mails')


# ================================================================ threads
# T1  Daniel Okafor, EN form case, Gmail
T1_OPEN = ts('2025-05-26 09:14:22')
T1 = cid15(T1_OPEN, 417)
T1_TO = 'dokafor.dev@gmail.com'
T1_KEEP, T1_OLD = 'AWS04417823', 'AWS09921345'
FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# T2  佐藤 美咲, JA form case, nifty, 3 accounts
T2_OPEN = ts('2025-06-10 01:32:05')
T2 = cid15(T2_OPEN, 882)
T2_TO = 'misaki.sato@nifty.com'
T2_KEEP, T2_B, T2_C = 'AWS11835092', 'AWS20477316', 'AWS31059824'

# T3  Priya Raman, EN console case 2023 (11 digits), Outlook
T3 = '12684430917'
T3_OPEN = ts('2023-03-14 16:20:41')
T3_TO = 'priya.raman@outlook.com'
T3_KEEP, T3_OLD = 'AWS05583190', 'AWS07762014'

# T4  田中 健太, JA console case, Gmail
T4_OPEN = ts('2025-08-04 06:47:51')
T4 = cid15(T4_OPEN, 103)
T4_TO = 'kenta.tanaka.1987@gmail.com'
T4_KEEP, T4_OLD = 'AWS42190873', 'AWS42190877'

# T5  Marco Bianchi, EN form case, own domain, 3 accounts
T5_OPEN = ts('2025-09-15 13:05:40')
T5 = cid15(T5_OPEN, 560)
T5_TO = 'm.bianchi@bianchi-consulting.it'
T5_KEEP, T5_B, T5_C = 'AWS60328841', 'AWS60771205', 'AWS13094456'
T5_MX = 'custom:mx1.bianchi-consulting.it'

# T6  Wei Chen, 2020 case (10 digits), corporate mailbox without A-R
T6 = '7428815530'
T6_OPEN = ts('2020-11-03 22:41:09')
T6_TO = 'wei.chen@lumacore-systems.com'
T6_KEEP, T6_OLD = 'AWS00872314', 'AWS01296657'

# T7  山本 彩, JA form case, biglobe
T7_OPEN = ts('2025-10-02 00:21:13')
T7 = cid15(T7_OPEN, 9)
T7_TO = 'aya.yamamoto@biglobe.ne.jp'
T7_KEEP, T7_OLD = 'AWS55120987', 'AWS58800412'

# T8  Sofia Lindqvist, EN console case, iCloud
T8_OPEN = ts('2025-07-08 18:40:09')
T8 = cid15(T8_OPEN, 66)
T8_TO = 'sofia.lindqvist@icloud.com'
T8_KEEP, T8_OLD = 'AWS33415970', 'AWS77312608'

# T9  Olumide Adeyemi, EN form case, Outlook (hotmail)
T9_OPEN = ts('2025-07-14 11:02:33')
T9 = cid15(T9_OPEN, 2291)
T9_TO = 'olu.adeyemi@hotmail.com'
T9_KEEP, T9_OLD = 'AWS26649013', 'AWS26188745'

# T10 Hannah Weiss, EN form case, posteo, 3 accounts
T10_OPEN = ts('2025-06-23 15:50:12')
T10 = cid15(T10_OPEN, 31337)
T10_TO = 'hannah.weiss@posteo.de'
T10_KEEP, T10_B, T10_C = 'AWS81450372', 'AWS09173368', 'AWS44028915'
T10_MX = 'custom:mout01.posteo.de'

# T11 鈴木 拓也, JA form case, docomo, 3 accounts
T11_OPEN = ts('2025-04-17 05:12:44')
T11 = cid15(T11_OPEN, 745)
T11_TO = 'takuya.suzuki@docomo.ne.jp'
T11_KEEP, T11_B, T11_C = 'AWS70235518', 'AWS70991046', 'AWS02847731'

# T12 小林 直樹, JA form case, outlook.jp
T12_OPEN = ts('2025-08-19 20:03:10')
T12 = cid15(T12_OPEN, 1204)
T12_TO = 'n.kobayashi@outlook.jp'
T12_KEEP, T12_OLD = 'AWS38816420', 'AWS93370158'

# T13 Carlos Mendoza, EN form case, Yahoo
T13_OPEN = ts('2025-09-29 08:11:57')
T13 = cid15(T13_OPEN, 47)
T13_TO = 'cmendoza_88@yahoo.com'
T13_KEEP, T13_OLD = 'AWS15506372', 'AWS15560237'

# T14 Aisha Khan, EN form case, Gmail
T14_OPEN = ts('2025-05-12 02:44:18')
T14 = cid15(T14_OPEN, 3902)
T14_TO = 'aisha.khan.cloud@gmail.com'
T14_KEEP, T14_OLD = 'AWS67001284', 'AWS49920573'


def aws_form_hdrs(provider, dt, to, verdict='pass', **kw):
    return transport(provider, dt, to, **kw)


def aws_dkim(dt):
    return [('pre:DKIM-Signature', dkim_sig('amazon.com', AMZ_SEL, dt)),
            ('pre:DKIM-Signature', dkim_sig('amazonses.com', SES_SEL, dt))]


# ------------------------------------------------------------ shared text
def q(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


JA_WD = '月火水木金土日'


def ja_date(dt):
    d = dt.astimezone(JST)
    return '%d年%d月%d日(%s) %d:%02d' % (d.year, d.month, d.day, JA_WD[d.weekday()], d.hour, d.minute)


def en_gmail_date(dt, tz=UTC):
    d = dt.astimezone(tz)
    return d.strftime('%a, %b ') + str(d.day) + d.strftime(', %Y at ') + d.strftime('%I:%M %p').lstrip('0')


CONSOLE_FOOTER_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
{agent}
Amazon Web Services

===============================================================

To see all the correspondence for this case, or to reply to it, please sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

CONSOLE_FOOTER_JA = """サポートセンターでは、今回のご対応に関するご評価をお寄せいただけます。各コレスポンデンスの右上に表示される星マークを選択してご評価ください。

よろしくお願いいたします。
{agent}
Amazon Web Services

===============================================================

本ケースのすべてのやり取りの確認、またはご返信は、AWS サポートセンターにサインインしてください:
https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

*このメールは送信専用アドレスから送信されています。本件について再度お問い合わせいただく場合は、上記リンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""

FORM_FOOTER_EN = """
---
AWS Training and Certification | Customer Support
Please keep the case number in the subject line when replying so that your message reaches the right team.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210"""

# ------------------------------------------------------------ 001
d = T1_OPEN + timedelta(seconds=38)
plain = f"""Hello,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated message to let you know that we have received your request and created case {T1} for it. A member of our team will review your inquiry and get back to you, generally within 24 hours (Monday to Friday).

Case ID: {T1}
Inquiry type: Certification
Inquiry detail: Account Merge

If you have additional information to add, simply reply to this email and keep the case ID in the subject line. Please do not submit a new form for the same request, as duplicate cases can delay our response.

While you wait, you may find an answer in our FAQ: https://aws.amazon.com/certification/faqs/

Sincerely,
AWS Training and Certification Customer Support
{FORM_FOOTER_EN}
"""
html = to_html(plain)
add('001-form-ack-en-case-opened.eml', 'case_created', T1, 'en', True,
    transport('gmail', d, T1_TO), FORM, T1_TO,
    f'[CASE {T1}] {FORM_SUBJ}', d,
    build('alt', plain, html, cte='quoted-printable'), plain, [],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 002
d = T2_OPEN + timedelta(seconds=51)
plain = f"""佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、誠にありがとうございます。

本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。
以下のケース番号にて承りました。

　ケース番号：{T2}
　お問い合わせの種類：認定 / アカウントの統合

担当者が内容を確認のうえ、通常 24 時間以内（土日祝日を除く）にご連絡いたします。
追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。
同じ内容で新たにフォームを送信されますと、対応が遅れる場合がございますのでご注意ください。

今後ともよろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
"""
add('002-form-ack-ja-uketsuke.eml', 'case_created', T2, 'ja', True,
    transport('nifty', d, T2_TO), FORM, T2_TO,
    hdr(f'【AWS トレーニングと認定】お問い合わせを受け付けました [CASE {T2}]', 'iso-2022-jp'), d,
    build('plain', plain, charset='iso-2022-jp', cte='7bit'), plain, [],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 003
d = T4_OPEN + timedelta(seconds=12)
html = f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>Amazon Web Services</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="30"></td></tr>
<tr><td style="padding:24px">
<p>Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース {T4} をオープンしました。</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>ケース ID:</b></td><td>{T4}</td></tr>
<tr><td><b>件名:</b></td><td>認定アカウントが2つあるので1つにまとめたい</td></tr>
<tr><td><b>重要度:</b></td><td>一般的なガイダンス</td></tr>
<tr><td><b>サービス:</b></td><td>トレーニングと認定</td></tr>
</table>
<p>ケースの詳細の確認、情報の追加、またはケースのクローズは、<a href="https://support.console.aws.amazon.com/support/home#/case/?displayId={T4}&amp;language=ja">AWS サポートセンター</a>から行えます。</p>
<p>このメールアドレスは返信を受け付けていません。</p>
<p>よろしくお願いいたします。<br>Amazon Web Services</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。</td></tr>
</table></td></tr></table>
</body></html>
"""
add('003-console-case-opened-ja-html.eml', 'case_created', T4, 'ja', True,
    transport('gmail', d, T4_TO), NOREPLY, T4_TO,
    hdr(f'Amazon Web Services: 新しいサポートケースがオープンされました: {T4}', 'utf-8'), d,
    build('html', html=html, cte='base64'), html, [],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 004
d = T8_OPEN + timedelta(seconds=9)
plain = f"""Thank you for contacting Amazon Web Services. We have opened case {T8} to address your issue.

The details of your case are as follows:

Case ID: {T8}
Subject: Two certification profiles - need them combined
Severity: General guidance
Correspondence: Hi, I have passed my Cloud Practitioner on my work email and the Solutions Architect Associate on my personal email. Can these be put together into one profile? Thanks, Sofia

You can view the case and add correspondence or attachments in the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={T8}&language=en

Sincerely,
Amazon Web Services

This email was sent by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
This e-mail was sent from an address that cannot accept incoming e-mail.
"""
html = to_html(plain)
add('004-console-case-opened-en-b64.eml', 'case_created', T8, 'en', True,
    transport('icloud', d, T8_TO), NOREPLY, T8_TO,
    f'Amazon Web Services: You have opened a new Support case: {T8}', d,
    build('alt', plain, html, cte='base64'), plain, [],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 005
d = T6_OPEN + timedelta(seconds=73)
plain = f"""Dear Candidate,

Thank you for reaching out to AWS Training and Certification. Your request has been received and assigned case number {T6}.

A copy of your submission is included below for your records.

    First name: Wei
    Last name: Chen
    Email: {T6_TO}
    AWS Certification Account ID: AWS{T6_KEEP[3:]}
    Inquiry type: Certification Account
    Inquiry detail: Duplicate account / Account merge
    Description: I have a second account aws{T6_OLD[3:]} created when I
    booked my Developer exam with a different email. Please merge them.

Due to current volumes, responses may take up to 2 business days. We appreciate your patience.

Regards,
AWS Training and Certification Support Team
"""
add('005-form-ack-2020-echo-submission.eml', 'case_created', T6, 'en', None,
    transport('corp-noar', d, T6_TO), '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', T6_TO,
    f'[CASE {T6}] AWS Training and Certification - We have received your request', d,
    build('plain', plain, charset='us-ascii', cte='7bit'), plain, [T6_KEEP, T6_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 006
d = ts('2025-05-28 16:20:47')
new = f"""Hello Daniel,

Thank you for getting back to us with the login e-mail addresses.

I have now located both certification profiles. Before I pass the request to our back-office team, please review the following:

  - Profile that stays active: {T1_KEEP} (sign-in: dokafor.dev@gmail.com)
  - Profile that will be folded into it and then closed: {T1_OLD} (sign-in: daniel.okafor@northwind-it.com)

Your certifications, exam history and any unused benefits on {T1_OLD} will be carried over to {T1_KEEP}. Please be aware that this is a permanent change: once the two profiles have been combined, we have no way of splitting them apart again.

Could you please reply to this e-mail and let me know whether the above is correct and whether you would like us to go ahead?

Best regards,
Ravi K.
AWS Training and Certification Customer Support
{FORM_FOOTER_EN}
"""
quoted = f"""
-----Original Message-----
From: Daniel Okafor <dokafor.dev@gmail.com>
Sent: Tuesday, May 27, 2025 8:02 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: [CASE {T1}] {FORM_SUBJ}

Hi,

Sure. The old account is AWS {T1_OLD[3:]} and I used my previous employer address daniel.okafor@northwind-it.com for it (I can still log in). My current account is {T1_KEEP} with dokafor.dev@gmail.com. I'd like to keep the gmail one.

Thanks,
Daniel
"""
plain = new + quoted
add('006-confirm-request-en-question-two.eml', 'merge_confirmation_requested', T1, 'en', True,
    transport('gmail', d, T1_TO), FORM, T1_TO,
    f'RE:[CASE {T1}] {FORM_SUBJ}', d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), new, [T1_KEEP, T1_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 007
d = ts('2025-06-11 05:10:19')
new = f"""佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの高橋でございます。
ご返信いただき、誠にありがとうございます。

お知らせいただいた内容をもとに、統合の手続き内容を以下のとおりまとめました。
お手数をおかけいたしますが、ご確認をお願いいたします。

■ 統合後も引き続きご利用いただくアカウント（統合先）
　{T2_KEEP}（サインイン：misaki.sato@nifty.com）

■ 統合先へ集約したうえで閉鎖となるアカウント（統合元）
　{T2_B}（サインイン：m.sato@hinode-systems.co.jp）
　{T2_C}（サインイン：misaki.sato.aws@gmail.com）

統合元の認定資格、受験履歴、および特典（次回試験 50% 割引など）は、すべて統合先へ引き継がれます。
なお、本手続きは一度実施いたしますと、アカウントを再び切り分けて元の状態に戻すことはいたしかねます。あらかじめご了承くださいませ。

上記の内容でお間違いがなければ、「上記の内容で統合を希望します」と本メールにご返信いただけますでしょうか。
ご返信を確認でき次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
quoted = f"""
{ja_date(ts('2025-06-10 09:40:00'))} 佐藤美咲 <misaki.sato@nifty.com>:
> ご担当者様
>
> お世話になっております。佐藤です。
> 以前の勤務先のメールアドレスで作成した {T2_B} と、
> 個人の Gmail で作成した {T2_C} があり、
> 現在使っている {T2_KEEP} に一本化したいと考えております。
>
> よろしくお願いいたします。
"""
plain = new + quoted
add('007-confirm-request-ja-summary-three.eml', 'merge_confirmation_requested', T2, 'ja', True,
    transport('nifty', d, T2_TO), FORM, T2_TO,
    f'RE:[CASE {T2}] {FORM_SUBJ}', d,
    build('plain', plain, charset='iso-2022-jp', cte='7bit'), new, [T2_KEEP, T2_B, T2_C],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 008
d = ts('2023-03-15 21:07:33')
new = f"""Hello Priya,

Thanks for your patience while I looked into this.

I was able to find two certification accounts under your name:

{T3_OLD} - created 2019, holds AWS Certified Cloud Practitioner (expired)
{T3_KEEP} - created 2022, holds AWS Certified Developer - Associate

Per your message, {T3_KEEP} would remain and {T3_OLD} would be absorbed into it. To let me submit this, please add a reply to this case in the Support Center containing the sentence: "I authorize merging {T3_OLD} into {T3_KEEP}."

One thing to keep in mind before you answer: there's no undo for this on our side. After the request is actioned, {T3_OLD} is permanently retired and cannot be brought back as a separate account.

"""
plain = new + CONSOLE_FOOTER_EN.format(agent='Jorge M.', cid=T3)
add('008-console-confirm-instruction-outlook.eml', 'merge_confirmation_requested', T3, 'en', True,
    transport('outlook', d, T3_TO), NOREPLY, T3_TO,
    f'Amazon Web Services: RE:[CASE {T3}] Merge two certification accounts', d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), new, [T3_KEEP, T3_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 009
d = ts('2025-08-05 02:31:08')
new = f"""田中 健太 様

Amazon Web Services にお問い合わせいただきありがとうございます。
トレーニングと認定サポートの中村と申します。

ご連絡いただいた 2 つの認定アカウントについて、次の内容で統合させていただく想定でございます。

① 残すアカウント：AWS {T4_KEEP[3:]}
② ①へ統合し、廃止するアカウント：AWS-{T4_OLD[3:]}

統合の実施後は、②のアカウントでサインインすることはできなくなり、また統合を取り消して②を復活させることもできかねます。

つきましては、上記の内容で統合を進めてよろしいか、本ケースにてご返答いただけますでしょうか。

"""
plain = new + CONSOLE_FOOTER_JA.format(agent='中村', cid=T4)
html = to_html(plain).replace('charset=utf-8', 'charset=Shift_JIS')
add('009-console-confirm-ja-question-sjis.eml', 'merge_confirmation_requested', T4, 'ja', True,
    transport('gmail', d, T4_TO), NOREPLY, T4_TO,
    hdr(f'Amazon Web Services: RE:[CASE {T4}] 認定アカウントが2つあるので1つにまとめたい', 'shift_jis'), d,
    build('alt', plain, html, charset='shift_jis', cte='base64'), new, [T4_KEEP, T4_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 010
d = ts('2025-09-16 15:44:02')
new = f"""Dear Marco,

Thank you for contacting AWS Training and Certification.

Following your request, I have prepared the consolidation of your three certification profiles. Please find the summary below:

    Profile ID      Role                Sign-in e-mail
    {T5_KEEP}     SURVIVING profile   m.bianchi@bianchi-consulting.it
    {T5_B}     to be merged        marco.bianchi@sirio-it.eu
    {T5_C}     to be merged        marcobianchi.cloud@gmail.com

After processing, all certifications, transcripts and exam benefits of the two profiles marked "to be merged" will be listed under {T5_KEEP} only, and those two profiles will be closed.

Once executed, the consolidation is final. We do not have any mechanism to split the records apart afterwards, so please check the table carefully.

If everything above is accurate, a short reply with "Approved" is all we need. If anything should be different (for example you would rather keep another profile), just tell us and I will update the summary.

Kind regards,

Elena P.
AWS Training and Certification Customer Support
"""
quoted = f"""
On 15/09/2025 15:05, Marco Bianchi wrote:
> Hello, I ended up with three AWS certification accounts over the years
> ({T5_B}, {T5_C} and {T5_KEEP}). Can you merge everything into
> {T5_KEEP} please? Grazie, Marco
"""
plain = new + quoted
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Dear Marco,</p>
<p>Thank you for contacting AWS Training and Certification.</p>
<p>Following your request, I have prepared the consolidation of your three certification profiles. Please find the summary below:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th>Profile ID</th><th>Role</th><th>Sign-in e-mail</th></tr>
<tr><td>{T5_KEEP}</td><td><b>SURVIVING profile</b></td><td>m.bianchi@bianchi-consulting.it</td></tr>
<tr><td>{T5_B}</td><td>to be merged</td><td>marco.bianchi@sirio-it.eu</td></tr>
<tr><td>{T5_C}</td><td>to be merged</td><td>marcobianchi.cloud@gmail.com</td></tr>
</table>
<p>After processing, all certifications, transcripts and exam benefits of the two profiles marked &quot;to be merged&quot; will be listed under {T5_KEEP} only, and those two profiles will be closed.</p>
<p><b>Once executed, the consolidation is final.</b> We do not have any mechanism to split the records apart afterwards, so please check the table carefully.</p>
<p>If everything above is accurate, a short reply with &quot;Approved&quot; is all we need. If anything should be different (for example you would rather keep another profile), just tell us and I will update the summary.</p>
<p>Kind regards,<br><br>Elena P.<br>AWS Training and Certification Customer Support</p>
<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">
<p>On 15/09/2025 15:05, Marco Bianchi wrote:</p>
<p>Hello, I ended up with three AWS certification accounts over the years ({T5_B}, {T5_C} and {T5_KEEP}). Can you merge everything into {T5_KEEP} please? Grazie, Marco</p>
</div>
</body></html>
"""
add('010-confirm-request-en-summary-table-three.eml', 'merge_confirmation_requested', T5, 'en', True,
    transport(T5_MX, d, T5_TO), FORM, T5_TO,
    f'RE: [CASE {T5}] {FORM_SUBJ}', d,
    build('alt', plain, html, cte='quoted-printable'), new, [T5_KEEP, T5_B, T5_C],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 011
d = ts('2020-11-05 03:18:55')
new = f"""Hi Wei,

Greetings from AWS Training and Certification!

We have check your request and we are able to do the merging for your two accounts. Kindly confirm to us the below details are correct so we can process:

Primary account (will be keep) : AWS{T6_KEEP[3:]}
Secondary account (will be deactivate) : AWS{T6_OLD[3:]}

Please be informed that after merging is done, we are not able to do the un-merge of the accounts anymore and the secondary account login will not be usable. All the certification will be appear in Primary account only.

Kindly reply "Yes, I confirm" on this email so we can move forward.

Thanks and regards,
Angelica
AWS Training and Certification Support
"""
quoted = f"""
-----Original Message-----
From: Wei Chen <{T6_TO}>
Sent: Wednesday, November 4, 2020 9:02 AM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: [CASE {T6}] AWS Training and Certification - We have received your request

Hello, any update on this? My Developer exam shows on the other account.

> Dear Candidate,
>
> Thank you for reaching out to AWS Training and Certification. Your request has been received and assigned case number {T6}.
>
> > AWS Certification Account ID: AWS{T6_KEEP[3:]}
"""
plain = new + quoted
add('011-confirm-request-2020-nonnative-instruction.eml', 'merge_confirmation_requested', T6, 'en', None,
    transport('corp-noar', d, T6_TO), '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', T6_TO,
    f'RE: [CASE {T6}] AWS Training and Certification - We have received your request', d,
    build('plain', plain, charset='us-ascii', cte='7bit'), new, [T6_KEEP, T6_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 012
d = ts('2025-10-03 06:55:40')
new = f"""山本 彩 様

このたびは AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
カスタマーサポート担当の伊藤でございます。

ご依頼いただいたアカウント統合につきまして、手続きの前に下記の内容をご確認くださいますようお願いいたします。

　・統合元（手続き後は利用できなくなります）：aws{T7_OLD[3:]}
　・統合先（今後ご利用いただくアカウント）：aws{T7_KEEP[3:]}

本手続きは一方通行のものでございまして、完了後に統合前の状態へ巻き戻す手段はご用意がございません。

内容にご同意いただける場合は、本メールに「同意します」とだけご記入のうえ、ご返信ください。
ご返信を頂戴した後、担当部署にて作業を進めさせていただきます。

引き続きよろしくお願いいたします。

伊藤
AWS トレーニングと認定 カスタマーサポート
"""
add('012-confirm-request-ja-instruction-doui.eml', 'merge_confirmation_requested', T7, 'ja', True,
    transport('biglobe', d, T7_TO), FORM, T7_TO,
    f'RE:[CASE {T7}] {FORM_SUBJ}', d,
    build('plain', new, charset='utf-8', cte='base64'), new, [T7_KEEP, T7_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 013
d = ts('2025-07-10 13:26:51')
new = f"""Hi Sofia,

Thanks for the extra detail, that helped a lot.

I've pulled up both of your certification profiles:

  • {T8_KEEP} – sofia.lindqvist@icloud.com – AWS Certified Solutions Architect – Associate
  • {T8_OLD} – sofia.lindqvist@nordkraft-energy.se – AWS Certified Cloud Practitioner

What I would do is fold the Cloud Practitioner profile ({T8_OLD}) into {T8_KEEP}, so that both certifications sit under your personal sign-in going forward. The work profile would then be retired for good – it can't be reinstated later, not even by our team.

Does that match what you had in mind? If so, just add a quick "yes, go ahead" to the case and I'll put it through.

"""
plain = new + CONSOLE_FOOTER_EN.format(agent='Tomasz W.', cid=T8)
add('013-console-confirm-fold-into-no-merge-word.eml', 'merge_confirmation_requested', T8, 'en', True,
    transport('icloud', d, T8_TO), NOREPLY, T8_TO,
    f'Amazon Web Services: RE:[CASE {T8}] Two certification profiles - need them combined', d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), new, [T8_KEEP, T8_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 014  phishing, look-alike domain
d = ts('2025-06-02 07:41:13')
PH_A, PH_B = 'AWS19283746', 'AWS19283755'
new = f"""Dear AWS Certified Professional,

We received a request to merge the following AWS Certification accounts registered to your e-mail address:

    Source account:      {PH_B}
    Destination account: {PH_A}

To protect your credentials, the merge will only be carried out after you confirm it. Please confirm the merge within 48 hours by signing in with your current AWS Certification password:

    Confirm merge: https://aws-certification-services.com/account/merge/confirm?ref=8812fa0c

If you do not confirm in time, both accounts will be temporarily locked and your active certifications may be suspended until your identity has been re-verified.

Please note: once confirmed, the merge is permanent.

Thank you,
AWS Certification Account Services
© 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.
"""
html = to_html(new).replace('https://aws-certification-services.com/account/merge/confirm?ref=8812fa0c',
                            '<a href="https://aws-certification-services.com/account/merge/confirm?ref=8812fa0c" style="background:#ff9900;color:#000;padding:8px 16px;text-decoration:none">CONFIRM MERGE</a>')
PH_MF = 'bounce-4471@mail.aws-certification-services.com'
add('014-phish-lookalike-confirm-merge.eml', 'merge_confirmation_requested', None, 'en', False,
    transport('gmail', d, T1_TO, from_dom='aws-certification-services.com', mailfrom=PH_MF,
              ip='185.212.44.19', helo='mail.aws-certification-services.com', sel='default'),
    '"AWS Certification" <no-reply@aws-certification-services.com>', T1_TO,
    'Action required: confirm your AWS Certification account merge', d,
    build('alt', new, html, cte='quoted-printable'), new, [PH_A, PH_B],
    extra=[('pre:DKIM-Signature', dkim_sig('aws-certification-services.com', 'default', d, hlist='from:to:subject:date:message-id'))])

# ------------------------------------------------------------ 015  spoofed amazon.com, dmarc=fail on top, forged pass below
d = ts('2025-09-03 22:15:06')
SP_CASE = '175693002300781'
SP_A, SP_B = 'AWS52018834', 'AWS52018843'
new = f"""Hello,

Thank you for contacting AWS Training and Certification.

We have reviewed your certification profiles and are ready to merge {SP_B} into {SP_A}. Before we proceed, we need you to confirm this request by verifying ownership of both accounts.

Please use the secure form below to confirm the merge. You will be asked to sign in with the credentials of each account.

https://aws-certmerge-verify.support-portal.link/case/{SP_CASE}

Kindly note that merged accounts cannot be restored, and unconfirmed requests will be closed automatically after 24 hours.

Best regards,
AWS Training and Certification Customer Support
"""
forged = 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'
add('015-spoof-amazon-dmarc-fail-confirm.eml', 'merge_confirmation_requested', SP_CASE, 'en', False,
    transport('gmail', d, T14_TO, from_dom='amazon.com', dkim_d=None, verdict='fail', mailfrom='support@mx7.relaycloud-mailer.net',
              ip='91.239.148.77', helo='mx7.relaycloud-mailer.net', spf='softfail', forged_ar=forged),
    FORM, T14_TO,
    f'RE:[CASE {SP_CASE}] {FORM_SUBJ}', d,
    build('plain', new, charset='utf-8', cte='8bit'), new, [SP_A, SP_B],
    msgid='<%s@mx7.relaycloud-mailer.net>' % rhex(24))

# ------------------------------------------------------------ 016  JA phishing, look-alike domain, 3 accounts
d = ts('2025-10-06 23:02:44')
PJ_A, PJ_B, PJ_C = 'AWS80124477', 'AWS80124479', 'AWS31907720'
new = f"""AWS 認定をご利用のお客様

いつも Amazon Web Services をご利用いただき誠にありがとうございます。

お客様のメールアドレスに紐づく複数の認定アカウントについて、統合申請を受け付けました。

　統合対象アカウント：
　　{PJ_A}
　　{PJ_B}
　　{PJ_C}

統合を確定するためには、24 時間以内に下記 URL よりログインし、ご本人様確認を完了してください。
ご確認いただけない場合、統合申請は取り消され、保有されている認定資格が一時的に無効となります。

▼統合の確定はこちら
https://aws-amazon-jp.com/certification/merge/kakunin

※統合確定後はアカウントを元に戻すことはできません。

Amazon Web Services ジャパン
認定アカウント管理センター
"""
add('016-phish-ja-lookalike-kakunin-three.eml', 'merge_confirmation_requested', None, 'ja', False,
    transport('ocn', d, 'h.kimura@ab.cyberhome.ne.jp', from_dom='aws-amazon-jp.com', verdict='fail',
              mailfrom='info@aws-amazon-jp.com', ip='103.151.62.8', helo='aws-amazon-jp.com'),
    addr('Amazon Web Services ジャパン', 'info@aws-amazon-jp.com', 'iso-2022-jp'), 'h.kimura@ab.cyberhome.ne.jp',
    hdr('【重要】AWS認定アカウント統合のご確認（24時間以内にご対応ください）', 'iso-2022-jp'), d,
    build('plain', new, charset='shift_jis', cte='base64'), new, [PJ_A, PJ_B, PJ_C],
    msgid='<20251007080244.%s@aws-amazon-jp.com>' % rhex(8).upper())

# ------------------------------------------------------------ 017  corrected re-ask
d = ts('2025-05-28 18:02:10')
new = f"""Hello Daniel,

A quick correction to my previous e-mail, I'm sorry for the confusion: I mistyped the sign-in address of your older profile. The correct summary is:

  Stays active:   {T1_KEEP}  (dokafor.dev@gmail.com)
  Folded in/closed: {T1_OLD}  (daniel.okafor@northwind-it.com)

The rest is unchanged - everything on the older profile moves to {T1_KEEP}, and bear in mind that once our team has carried this out it stays that way for good.

Nothing has been changed on your accounts yet. Could you please reply to this message (rather than the earlier one) to tell me that the corrected details are right and that we may go ahead?

Best regards,
Ravi K.
AWS Training and Certification Customer Support
"""
quoted = f"""
________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, May 28, 2025 4:20 PM
To: dokafor.dev@gmail.com
Subject: RE:[CASE {T1}] {FORM_SUBJ}

Hello Daniel,

Thank you for getting back to us with the login e-mail addresses.

  - Profile that stays active: {T1_KEEP} (sign-in: dokafor.dev@gmail.com)
  - Profile that will be folded into it and then closed: {T1_OLD} (sign-in: daniel.okafor@northwind-it.co)
"""
plain = new + quoted
add('017-confirm-request-en-corrected-summary.eml', 'merge_confirmation_requested', T1, 'en', True,
    transport('gmail', d, T1_TO), FORM, T1_TO,
    f'RE:[CASE {T1}] {FORM_SUBJ}', d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), new, [T1_KEEP, T1_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 018  with side question
d = ts('2025-07-15 09:48:27')
new = f"""Dear Olumide,

Thank you for contacting AWS Training and Certification Support.

Kindly confirm the following so that we can proceed with your request:

    AWS{T9_OLD[3:]}  ->  AWS{T9_KEEP[3:]}

i.e. the account AWS{T9_OLD[3:]} (registered with olumide.adeyemi@unilag-alumni.ng) will be merged into AWS{T9_KEEP[3:]} (registered with {T9_TO}), and only AWS{T9_KEEP[3:]} will exist afterwards. Please take note that a merged account cannot be unmerged.

Also, separately: would you like the notification e-mail on the remaining account to stay as {T9_TO}, or should we change it to your work address? This does not affect the merge itself.

We look forward to your reply.

Warm regards,
Chidinma O.
AWS Training and Certification Support
{FORM_FOOTER_EN}
"""
add('018-confirm-request-en-arrow-plus-side-question.eml', 'merge_confirmation_requested', T9, 'en', True,
    transport('outlook', d, T9_TO), FORM, T9_TO,
    f'RE:[CASE {T9}] {FORM_SUBJ}', d,
    build('alt', new, to_html(new), cte='base64'), new, [T9_KEEP, T9_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 019  HTML-only template, 3 accounts
d = ts('2025-06-25 08:12:39')
html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>AWS Training and Certification</title></head>
<body style="margin:0;padding:0;background-color:#ffffff;">
<div style="max-width:640px;margin:0 auto;font-family:'Amazon Ember','Helvetica Neue',Roboto,Arial,sans-serif;font-size:15px;line-height:22px;color:#232f3e;">
<div style="background:#232f3e;padding:14px 20px;color:#ffffff;font-size:18px;">AWS Training &amp; Certification</div>
<div style="padding:20px;">
<p>Hello Hannah,</p>
<p>Thanks for your reply. Here is what we are about to do with your certification accounts &ndash; please look it over:</p>
<table cellpadding="0" cellspacing="0" style="width:100%;border:1px solid #d5dbdb;margin:10px 0;">
<tr><td style="padding:10px;background:#f2f8fd;"><strong>AWS-{T10_B[3:]}</strong> &rarr; AWS-{T10_KEEP[3:]}</td></tr>
<tr><td style="padding:10px;"><strong>AWS-{T10_C[3:]}</strong> &rarr; AWS-{T10_KEEP[3:]}</td></tr>
<tr><td style="padding:10px;background:#f2f8fd;">Result: one account, <strong>AWS-{T10_KEEP[3:]}</strong>, with all of your certifications</td></tr>
</table>
<p>The two accounts on the left side will be closed. This change is permanent and can&#39;t be rolled back once our team has applied it.</p>
<p>Are you happy for us to go ahead on this basis? A reply saying so is enough &ndash; or let us know what should be different.</p>
<p>Viele Gr&uuml;&szlig;e / Kind regards,<br />Lukas<br />AWS Training and Certification Customer Support</p>
</div>
<div style="padding:12px 20px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">Case {T10} &middot; Please keep the case number in the subject when replying.<br />Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg</div>
</div></body></html>
"""
new_text = re.sub(r'<[^>]+>', ' ', htmlmod.unescape(html))
add('019-confirm-request-en-html-only-arrows-three.eml', 'merge_confirmation_requested', T10, 'en', True,
    transport(T10_MX, d, T10_TO), FORM, T10_TO,
    f'RE:[CASE {T10}] {FORM_SUBJ}', d,
    build('html', html=html, cte='quoted-printable'), new_text, [T10_KEEP, T10_B, T10_C],
    extra=aws_dkim(d) + ses_tail(d, 'eu-west-1'), msgid=ses_msgid(d, 'eu-west-1.amazonses.com', '0102'))

# ------------------------------------------------------------ 020  JA + English, 3 accounts, question
d = ts('2025-04-18 04:37:15')
new = f"""鈴木 拓也 様
(English follows Japanese)

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
お問い合わせいただいた件につき、ご確認をお願いしたくご連絡いたしました。

以下 3 つのアカウントのうち、{T11_B} および {T11_C} を {T11_KEEP} へ統合し、{T11_KEEP} のみを残す形でよろしいでしょうか。

　{T11_KEEP}（存続）
　{T11_B}（統合後に閉鎖）
　{T11_C}（統合後に閉鎖）

一度統合いたしますと、以前の状態に復元することは叶いませんので、念のためお伺いしております。
差し支えなければ、本メールへのご返信にてお知らせください。

---

Dear Takuya Suzuki,

We would like to confirm your request before we proceed: shall we merge {T11_B} and {T11_C} into {T11_KEEP}, keeping {T11_KEEP} only? Once done, the previous state cannot be restored. Please reply to this e-mail to let us know.

佐々木 / Sasaki
AWS トレーニングと認定 カスタマーサポート
AWS Training and Certification Customer Support
"""
add('020-confirm-request-ja-en-bilingual-three.eml', 'merge_confirmation_requested', T11, 'ja', True,
    transport('docomo', d, T11_TO), FORM, T11_TO,
    hdr(f'RE:[CASE {T11}] アカウント統合のご確認 / {FORM_SUBJ}', 'utf-8'), d,
    build('alt', new, to_html(new), cte='quoted-printable'), new, [T11_KEEP, T11_B, T11_C],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 021  JA summary, Outlook JA quote header
d = ts('2025-08-21 01:09:52')
new = f"""小林 直樹 様

平素より AWS をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの森と申します。

ご依頼内容を整理いたしましたので、以下にてご承認をお願いいたします。

---------------------------------
【ご依頼内容の要約】
・手続き：認定アカウントの統合
・存続アカウント：{T12_KEEP}
・統合されるアカウント：{T12_OLD}
・統合後の状態：{T12_OLD} に記録されている認定・受験履歴は {T12_KEEP} に集約され、{T12_OLD} は削除されます
・ご注意：手続き完了後の取り消し・やり直しは承っておりません
---------------------------------

上記にてご承認いただける場合は、その旨ご返信ください。
修正が必要な点がございましたら、あわせてお知らせいただけますと幸いです。

森
AWS トレーニングと認定 カスタマーサポート
"""
quoted = f"""
差出人: 小林 直樹 <{T12_TO}>
送信日時: 2025年8月20日 10:14
宛先: aws-cs-trainingcertification-form@amazon.com
件名: RE:[CASE {T12}] {FORM_SUBJ}

お世話になります。小林です。
残したいのは {T12_KEEP} のほうです。もう一方の {T12_OLD} は前職の会社アドレスで作ったもので、今は使っていません。
よろしくお願いします。
"""
plain = new + quoted
add('021-confirm-request-ja-summary-approval-outlook-quote.eml', 'merge_confirmation_requested', T12, 'ja', True,
    transport('outlook', d, T12_TO), FORM, T12_TO,
    f'RE:[CASE {T12}] {FORM_SUBJ}', d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), new, [T12_KEEP, T12_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 022  Yahoo, YES/NO
d = ts('2025-09-30 17:25:33')
new = f"""Hi Carlos,

Good news - both of your certification accounts checked out and we're ready to merge them:

  FROM: AWS{T13_OLD[3:]} (carlos.mendoza@tecnored.mx)
  INTO: AWS{T13_KEEP[3:]} ({T13_TO})

Please reply YES to proceed or NO to cancel.

Heads-up: afterwards, AWS{T13_OLD[3:]} stops working for good and nothing can restore it, so make sure you don't need anything from that login (for example your Pearson VUE history is moved, but bookmarks/saved searches are not).

Thanks!
Devon
AWS T&C Support
"""
add('022-confirm-request-en-yes-no-yahoo.eml', 'merge_confirmation_requested', T13, 'en', True,
    transport('yahoo', d, T13_TO), FORM, T13_TO,
    f'RE:[CASE {T13}] {FORM_SUBJ}', d,
    build('plain', new, charset='utf-8', cte='quoted-printable'), new, [T13_KEEP, T13_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 023  wrong charset label (cp1252 labelled iso-8859-1)
d = ts('2025-05-13 10:33:45')
new = f"""Hello Aisha,

Thank you for your patience.

Just to double-check before I raise this with the team: is it correct that {T14_KEEP} is the account you want to keep, and that {T14_OLD} should be merged into it? After we do this there\u2019s no going back \u2013 the merged account can\u2019t be \u201cpulled out\u201d again later.

If that\u2019s right, please reply \u201cConfirmed\u201d and I\u2019ll take it from there.

Kind regards,
Fatima R.
AWS Training and Certification Customer Support
"""
quoted = f"""
On {en_gmail_date(ts('2025-05-12 14:01:00'))} Aisha Khan <{T14_TO}> wrote:
> Hi, my two ids are {T14_KEEP} and {T14_OLD}. I want everything on one
> account please.
"""
plain = new + quoted
add('023-confirm-request-en-cp1252-labelled-latin1.eml', 'merge_confirmation_requested', T14, 'en', True,
    transport('gmail', d, T14_TO), FORM, T14_TO,
    f'RE:[CASE {T14}] {FORM_SUBJ}', d,
    build('plain', plain, charset='iso-8859-1', codec='cp1252', cte='quoted-printable'), new, [T14_KEEP, T14_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 024  asks login e-mails
d = ts('2025-05-27 10:05:31')
new = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification Customer Support. My name is Ravi and I will be assisting you with this case.

I was able to find the certification account {T1_KEEP}, which is registered with dokafor.dev@gmail.com. However, I could not locate a second account using the details in your form.

To help me find it, could you please reply with:

1. The e-mail address you used to sign in to the other account (and, if different, the notification e-mail on it)
2. The candidate ID of that account, if you still have it (it starts with "AWS" followed by 8 digits and is shown in your certification profile or in your exam score report)
3. Which of the two accounts you would prefer to keep going forward

As soon as I have this information I will review the accounts and get back to you with the next steps.

Best regards,
Ravi K.
AWS Training and Certification Customer Support
{FORM_FOOTER_EN}
"""
add('024-support-asks-login-emails-which-keep.eml', 'support_reply', T1, 'en', True,
    transport('gmail', d, T1_TO), FORM, T1_TO,
    f'RE:[CASE {T1}] {FORM_SUBJ}', d,
    build('alt', new, to_html(new), cte='quoted-printable'), new, [T1_KEEP],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 025  thanks for confirming, will proceed (ids only in quote)
d = ts('2025-05-29 08:40:02')
new = """Hello Daniel,

Thank you for confirming the details. I have now handed your request to our certification operations team, and they will proceed with combining the two profiles.

This usually takes one to three business days. Once the merge is complete I will write to you again on this case, so there is no need to follow up in the meantime. Please do not book a new exam from the older sign-in while the work is in progress.

Best regards,
Ravi K.
AWS Training and Certification Customer Support
"""
quoted = f"""
On Wed, May 28, 2025 at 9:14 PM Daniel Okafor <{T1_TO}> wrote:
> Hi Ravi,
>
> The details are correct. Please proceed with the merge.
>
> Daniel
>
> On Wed, May 28, 2025 at 7:02 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Daniel,
> >
> > A quick correction to my previous e-mail, I'm sorry for the confusion:
> >   Stays active:   {T1_KEEP}  (dokafor.dev@gmail.com)
> >   Folded in/closed: {T1_OLD}  (daniel.okafor@northwind-it.com)
> >
> > Could you please reply to this message to tell me that the corrected
> > details are right and that we may go ahead?
"""
plain = new + quoted
add('025-support-thanks-confirming-will-proceed.eml', 'support_reply', T1, 'en', True,
    transport('gmail', d, T1_TO), FORM, T1_TO,
    f'RE:[CASE {T1}] {FORM_SUBJ}', d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), new, [],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 026  JA which account to keep (3 accounts)
d = ts('2025-06-10 08:02:44')
new = f"""佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの高橋と申します。
このたびはお問い合わせいただき、誠にありがとうございます。

お客様のお名前で、以下 3 つの認定アカウントが登録されていることを確認いたしました。

　・{T2_KEEP}
　・{T2_B}
　・{T2_C}

統合にあたり、今後どのアカウントを存続させるご希望か、お知らせいただけますでしょうか。
あわせて、各アカウントのサインイン用メールアドレスも現在ご利用可能かどうか、お教えいただけますと幸いです。

いただいた情報をもとに手続きの内容を整理し、あらためてご案内いたします。

何卒よろしくお願いいたします。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
add('026-support-ja-which-account-survives-three.eml', 'support_reply', T2, 'ja', True,
    transport('nifty', d, T2_TO), FORM, T2_TO,
    f'RE:[CASE {T2}] {FORM_SUBJ}', d,
    build('plain', new, charset='iso-2022-jp', cte='7bit'), new, [T2_KEEP, T2_B, T2_C],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 027  console "New correspondence added"
d = ts('2023-03-15 21:07:40')
new = f"""Hello,

We've updated your AWS Support case {T3}. To view the correspondence, please sign in to the AWS Support Center:

https://support.console.aws.amazon.com/support/home#/case/?displayId={T3}&language=en

Case ID: {T3}
Subject: Merge two certification accounts
Status: Pending customer action

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210. This e-mail was sent from an address that cannot accept incoming e-mail.
"""
add('027-console-new-correspondence-notice.eml', 'support_reply', T3, 'en', True,
    transport('outlook', d, T3_TO), NOREPLY, T3_TO,
    f'[Case {T3}] New correspondence added', d,
    build('alt', new, to_html(new), cte='7bit' if False else 'quoted-printable'), new, [],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 028  JA identity verification
d = ts('2025-08-04 10:12:05')
new = f"""田中 健太 様

Amazon Web Services にお問い合わせいただきありがとうございます。
トレーニングと認定サポートの中村でございます。

ご依頼のアカウント統合を進めるにあたり、第三者によるなりすましを防ぐため、ご本人様確認をお願いしております。
お手数ですが、以下の 2 つのアカウントそれぞれについて、ご登録内容を本ケースにてお知らせください。

対象：{T4_KEEP} / {T4_OLD}

　1. ご登録のお名前（ローマ字表記）
　2. サインインに使用しているメールアドレス
　3. 直近で受験された試験名と受験日（おおよそで構いません）

※パスワードやクレジットカード番号をお伺いすることはございません。

ご本人様確認が取れ次第、統合内容をご案内いたします。

"""
plain = new + CONSOLE_FOOTER_JA.format(agent='中村', cid=T4)
add('028-console-ja-identity-check-two.eml', 'support_reply', T4, 'ja', True,
    transport('gmail', d, T4_TO), NOREPLY, T4_TO,
    hdr(f'Amazon Web Services: RE:[CASE {T4}] 認定アカウントが2つあるので1つにまとめたい', 'utf-8'), d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), new, [T4_KEEP, T4_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 029  exam scheduled on one account
d = ts('2025-09-15 19:31:18')
new = f"""Dear Marco,

Thank you for your request to bring your three certification profiles together.

While reviewing them I noticed that {T5_B} has an upcoming exam appointment (AWS Certified Security - Specialty, 24 September 2025, Pearson VUE online proctored). We are not able to move a profile that has an open appointment, because the result would be posted to a record that no longer exists.

Could you let me know which of these you prefer?

  a) keep the appointment - we put the request on hold and continue after your result has posted to {T5_B}, or
  b) reschedule the exam for a date after the merge, booking it from {T5_KEEP}.

Please confirm which option works for you. Nothing else is needed from you right now.

Kind regards,

Elena P.
AWS Training and Certification Customer Support
"""
add('029-support-exam-appointment-pending-choose.eml', 'support_reply', T5, 'en', True,
    transport(T5_MX, d, T5_TO), FORM, T5_TO,
    f'RE: [CASE {T5}] {FORM_SUBJ}', d,
    build('alt', new, to_html(new), cte='quoted-printable'), new, [T5_KEEP, T5_B],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 030  voucher question
d = ts('2025-07-09 16:02:57')
new = f"""Hi Sofia,

Thanks for opening this case - combining the two profiles is definitely possible.

Before we go further, one question about benefits: the profile AWS {T8_OLD[3:]} shows a 50% exam discount benefit that was issued on 12 March 2025 and is valid until 12 March 2026. Benefits are normally carried over, but a voucher that has already been applied to an exam registration stays with that registration.

Could you confirm whether you have already used this voucher to book an exam? If it is still unused, we will make sure it shows up on the profile you keep.

"""
plain = new + CONSOLE_FOOTER_EN.format(agent='Tomasz W.', cid=T8)
add('030-console-voucher-question-one-id.eml', 'support_reply', T8, 'en', True,
    transport('icloud', d, T8_TO), NOREPLY, T8_TO,
    f'Amazon Web Services: RE:[CASE {T8}] Two certification profiles - need them combined', d,
    build('alt', plain, to_html(plain), cte='base64'), new, [T8_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 031  JA name mismatch
d = ts('2025-10-02 07:44:31')
new = f"""山本 彩 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
カスタマーサポート担当の伊藤でございます。

ご依頼の 2 つのアカウントを確認いたしましたところ、ご登録のお名前が以下のとおり異なっておりました。

　・AWS {T7_KEEP[3:]}：YAMAMOTO AYA
　・AWS {T7_OLD[3:]}：山本 彩

統合後のアカウントには 1 つのお名前のみが登録され、認定証やデジタルバッジにもそのお名前が表示されます。
つきましては、統合後に使用するお名前の表記（ローマ字 / 漢字）をご指定いただけますでしょうか。
なお、試験当日の本人確認書類と一致するお名前である必要がございますので、ご留意ください。

お手数をおかけいたしますが、よろしくお願いいたします。

伊藤
AWS トレーニングと認定 カスタマーサポート
"""
add('031-support-ja-name-mismatch-which-name.eml', 'support_reply', T7, 'ja', True,
    transport('biglobe', d, T7_TO), FORM, T7_TO,
    f'RE:[CASE {T7}] {FORM_SUBJ}', d,
    build('plain', new, charset='iso-2022-jp', cte='7bit'), new, [T7_KEEP, T7_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 032  informs only
d = ts('2025-07-14 19:26:40')
new = f"""Dear Olumide,

Thank you for contacting AWS Training and Certification Support.

This is to let you know that I have verified that both AWS{T9_KEEP[3:]} and AWS{T9_OLD[3:]} belong to you, and I have passed your case to our Certification Operations team for review. They will prepare the details of the merge, and we will write to you again on this case within 3-5 business days.

No action is needed from you at this time.

Warm regards,
Chidinma O.
AWS Training and Certification Support
{FORM_FOOTER_EN}
"""
add('032-support-informs-forwarded-no-action.eml', 'support_reply', T9, 'en', True,
    transport('outlook', d, T9_TO), FORM, T9_TO,
    f'RE:[CASE {T9}] {FORM_SUBJ}', d,
    build('alt', new, to_html(new), cte='quoted-printable'), new, [T9_KEEP, T9_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 033  chaser, ids only in quote
d = ts('2025-07-02 09:15:00')
new = """Hello Hannah,

We are following up on our message of 25 June regarding your certification accounts. We have not received a reply from you yet, so the case is currently on hold.

If you would still like us to continue, please simply answer the question in the message below. If we do not hear from you within 5 business days, this case will be closed automatically; you can reopen it at any time by replying to this e-mail.

Viele Grüße / Kind regards,
Lukas
AWS Training and Certification Customer Support
"""
quoted = f"""
-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, June 25, 2025 8:12 AM
To: {T10_TO}
Subject: RE:[CASE {T10}] {FORM_SUBJ}

Hello Hannah,

Thanks for your reply. Here is what we are about to do with your certification accounts - please look it over:

AWS-{T10_B[3:]} -> AWS-{T10_KEEP[3:]}
AWS-{T10_C[3:]} -> AWS-{T10_KEEP[3:]}
Result: one account, AWS-{T10_KEEP[3:]}, with all of your certifications

The two accounts on the left side will be closed. This change is permanent and can't be rolled back once our team has applied it.

Are you happy for us to go ahead on this basis? A reply saying so is enough - or let us know what should be different.
"""
plain = new + quoted
add('033-support-chaser-awaiting-reply-quoted-request.eml', 'support_reply', T10, 'en', True,
    transport(T10_MX, d, T10_TO), FORM, T10_TO,
    f'RE:[CASE {T10}] {FORM_SUBJ}', d,
    build('plain', plain, charset='utf-8', cte='quoted-printable'), new, [],
    extra=aws_dkim(d) + ses_tail(d, 'eu-west-1'), msgid=ses_msgid(d))

# ------------------------------------------------------------ 034  JA thanks for confirming, nested quote
d = ts('2025-06-12 02:03:29')
new = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの高橋でございます。
内容をご確認いただき、ありがとうございます。

これより担当部署にて作業を進めてまいります。
完了までに 2〜3 営業日ほどお時間を頂戴する見込みでございます。
作業が完了いたしましたら、あらためて本ケースにてご連絡いたします。

今しばらくお待ちくださいますよう、お願い申し上げます。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
quoted = f"""
{ja_date(ts('2025-06-11 12:30:00'))} 佐藤美咲 <misaki.sato@nifty.com>:
> 高橋様
>
> ご連絡ありがとうございます。
> 上記の内容で統合を希望します。
>
> 佐藤
>
> {ja_date(ts('2025-06-11 05:10:19'))} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > ■ 統合後も引き続きご利用いただくアカウント（統合先）
> > 　{T2_KEEP}
> > ■ 統合先へ集約したうえで閉鎖となるアカウント（統合元）
> > 　{T2_B}
> > 　{T2_C}
"""
plain = new + quoted
add('034-support-ja-thanks-confirmed-proceeding.eml', 'support_reply', T2, 'ja', True,
    transport('nifty', d, T2_TO), FORM, T2_TO,
    f'RE:[CASE {T2}] {FORM_SUBJ}', d,
    build('plain', plain, charset='iso-2022-jp', cte='7bit'), new, [],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 035  JA status update, once complete
d = ts('2025-04-21 03:50:12')
new = f"""鈴木 拓也 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。

お待たせしており申し訳ございません。経過のご報告です。
現在、担当部署にて {T11_B} および {T11_C} の {T11_KEEP} への統合作業を進めております。
作業の都合上、今週中の完了を見込んでおります。

統合が完了しましたら、本ケースにて改めてご連絡いたします。完了のご連絡までは、{T11_B} および {T11_C} での試験のご予約はお控えくださいますようお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
add('035-support-ja-status-update-in-progress.eml', 'support_reply', T11, 'ja', True,
    transport('docomo', d, T11_TO), FORM, T11_TO,
    f'RE:[CASE {T11}] {FORM_SUBJ}', d,
    build('plain', new, charset='utf-8', cte='base64'), new, [T11_KEEP, T11_B, T11_C],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 036  asks e-mail before sending summary
d = ts('2025-09-29 19:02:38')
new = f"""Hi Carlos,

Thanks for reaching out. I'm Devon and I'll be handling your request.

I can see AWS{T13_KEEP[3:]} under {T13_TO}. I also found AWS{T13_OLD[3:]}, but the e-mail address on it is masked in our tool and I need to verify it before going any further.

Could you reply with the e-mail address you used when you created AWS{T13_OLD[3:]} (probably around 2021, when you took the Cloud Practitioner exam)? Once I have it, I'll send you a summary of the merge for your confirmation.

Thanks!
Devon
AWS T&C Support
"""
add('036-support-asks-email-before-summary.eml', 'support_reply', T13, 'en', True,
    transport('yahoo', d, T13_TO), FORM, T13_TO,
    f'RE:[CASE {T13}] {FORM_SUBJ}', d,
    build('plain', new, charset='us-ascii', cte='7bit'), new, [T13_KEEP, T13_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 037  confirm legal name (not merge)
d = ts('2025-05-14 12:20:05')
new = f"""Hello Aisha,

Regarding the second part of your message, about the name shown on your certificates:

Name changes are handled separately from the account merge, which is already with our team and is not affected by this. Could you please confirm your full legal name exactly as it appears on your government-issued ID? At the moment {T14_KEEP} shows "Aisha K." and we need the full surname to update the certificates.

Please do not send a copy of the ID itself - the name written out is sufficient.

Kind regards,
Fatima R.
AWS Training and Certification Customer Support
"""
quoted = f"""
On {en_gmail_date(ts('2025-05-13 19:45:00'))} Aisha Khan <{T14_TO}> wrote:
> Confirmed. Keep {T14_KEEP} and merge {T14_OLD} into it.
> Also, my certificates only show "Aisha K." - can the full name be shown?
"""
plain = new + quoted
add('037-support-confirm-legal-name-not-merge.eml', 'support_reply', T14, 'en', True,
    transport('gmail', d, T14_TO), FORM, T14_TO,
    f'RE:[CASE {T14}] {FORM_SUBJ}', d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), new, [T14_KEEP],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 038  JA duplicate case merged into this one
T12_DUP = cid15(ts('2025-08-20 15:35:18'), 316)
d = ts('2025-08-20 23:41:09')
new = f"""小林 直樹 様

AWS トレーニングと認定 カスタマーサポートの森でございます。

同一のご依頼について 2 件のお問い合わせ（ケース {T12} および ケース {T12_DUP}）を頂戴しておりましたため、
後からいただいたケース {T12_DUP} はクローズとし、以降は本ケース {T12} にて一元的に対応させていただきます。

{T12_KEEP} と {T12_OLD} の統合に関するご依頼は、引き続き本ケースで承っております。
内容を確認のうえ、順次ご連絡いたしますので、恐れ入りますが新たなケースの作成はお控えください。

森
AWS トレーニングと認定 カスタマーサポート
"""
add('038-support-ja-duplicate-case-consolidated.eml', 'support_reply', T12, 'ja', True,
    transport('outlook', d, T12_TO), FORM, T12_TO,
    f'RE:[CASE {T12}] {FORM_SUBJ}', d,
    build('alt', new, to_html(new), cte='base64'), new, [T12_KEEP, T12_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 039  2020, different name, asks reason
d = ts('2020-11-04 02:26:41')
new = f"""Hi Wei,

Thank you for your patience.

We looked into the two accounts. AWS{T6_KEEP[3:]} is registered to "Wei Chen" but AWS{T6_OLD[3:]} is registered to "Chen Wei" with a different date of birth on file. For security reasons, we need to make sure both accounts belong to the same person before anything is done with them.

Can you please tell us:
- why the second account was created (for example new employer, forgot password)?
- the date of birth you used when you registered each account?
- which of the two accounts you want to keep?

Thanks and regards,
Angelica
AWS Training and Certification Support
"""
add('039-support-2020-different-name-asks-reason.eml', 'support_reply', T6, 'en', None,
    transport('corp-noar', d, T6_TO), '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', T6_TO,
    f'RE: [CASE {T6}] AWS Training and Certification - We have received your request', d,
    build('plain', new, charset='us-ascii', cte='7bit'), new, [T6_KEEP, T6_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 040  merge completed EN
d = ts('2025-05-30 14:10:26')
new = f"""Hello Daniel,

I'm happy to let you know that our team has finished combining your certification profiles. {T1_OLD} has been merged into {T1_KEEP}, and all of your certifications and exam history now appear under {T1_KEEP}.

What this means for you:
- Please sign in with dokafor.dev@gmail.com from now on. The sign-in for the older profile no longer works.
- Your unused exam benefits have been carried over and can be seen under "Benefits" in your certification account.
- Digital badges are refreshed separately on Credly; please allow up to 48 hours for them to appear. If they have not moved by then, just reply to this e-mail.

Thank you for your patience, and congratulations again on your certifications.

Best regards,
Ravi K.
AWS Training and Certification Customer Support
{FORM_FOOTER_EN}
"""
add('040-merge-completed-en-gmail.eml', 'merge_completed', T1, 'en', True,
    transport('gmail', d, T1_TO), FORM, T1_TO,
    f'RE:[CASE {T1}] {FORM_SUBJ}', d,
    build('alt', new, to_html(new), cte='quoted-printable'), new, [T1_KEEP, T1_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 041  JA completed, 3 accounts
d = ts('2025-06-13 06:28:50')
new = f"""佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの高橋でございます。
大変お待たせいたしました。

ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告いたします。
{T2_B} および {T2_C} に登録されていた認定資格・受験履歴は、すべて {T2_KEEP} へ移行済みでございます。

今後は misaki.sato@nifty.com にてサインインしていただき、認定資格が正しく表示されていることをご確認くださいませ。
なお、Credly のデジタルバッジは別途反映されますため、表示までに数日かかる場合がございます。

このたびはご協力いただき、誠にありがとうございました。

高橋
AWS トレーニングと認定 カスタマーサポート
"""
add('041-merge-completed-ja-three-iso2022.eml', 'merge_completed', T2, 'ja', True,
    transport('nifty', d, T2_TO), FORM, T2_TO,
    f'RE:[CASE {T2}] {FORM_SUBJ}', d,
    build('plain', new, charset='iso-2022-jp', cte='7bit'), new, [T2_KEEP, T2_B, T2_C],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 042  done + resolving case (console)
d = ts('2023-03-17 18:52:04')
new = f"""Hello Priya,

Thank you for the authorization. The request has been processed: {T3_OLD} no longer exists as a separate account and its Cloud Practitioner record is now listed under {T3_KEEP} together with your Developer - Associate certification.

As your request has been fulfilled, I will mark this case as resolved. If you notice anything missing in your certification account over the next few days, you can reopen the case from the Support Center and I'll be glad to take another look.

"""
plain = new + CONSOLE_FOOTER_EN.format(agent='Jorge M.', cid=T3)
add('042-console-merge-done-and-resolving.eml', 'merge_completed', T3, 'en', True,
    transport('outlook', d, T3_TO), NOREPLY, T3_TO,
    f'Amazon Web Services: RE:[CASE {T3}] Merge two certification accounts', d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), new, [T3_KEEP, T3_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 043  non-native, completed, 3 accounts
d = ts('2025-09-26 11:37:12')
new = f"""Dear Marco,

Greetings!

We would like to inform you that merging process for your accounts is now finished successfully. The accounts {T5_B} and {T5_C} was merged to your primary account {T5_KEEP}, and your Security - Specialty result from 24 September is also included.

Kindly login using m.bianchi@bianchi-consulting.it and verify that all your certifications are showing. In case anything is not reflecting, do not hesitate to reach us back by replying to this email.

Have a nice day ahead!

Regards,
Rahul S.
AWS Training and Certification Customer Support
"""
add('043-merge-completed-en-nonnative-three.eml', 'merge_completed', T5, 'en', True,
    transport(T5_MX, d, T5_TO), FORM, T5_TO,
    f'RE: [CASE {T5}] {FORM_SUBJ}', d,
    build('plain', new, charset='utf-8', cte='quoted-printable'), new, [T5_KEEP, T5_B, T5_C],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 044  JA completed, HTML only Shift_JIS
d = ts('2025-10-06 05:02:19')
html = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'メイリオ',Meiryo,sans-serif;font-size:14px;color:#16191f">
<p>山本 彩 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの伊藤でございます。<br>
いつもお世話になっております。</p>
<p>ご依頼いただいておりました件、本日付で手続きがすべて完了いたしました。<br>
AWS {T7_OLD[3:]} に記録されていた認定資格は、AWS {T7_KEEP[3:]} へ移され、今後は AWS {T7_KEEP[3:]} のみをご利用いただけます。<br>
お名前の表記は、ご指定いただいた「YAMAMOTO AYA」で登録しております。</p>
<p>認定アカウントにサインインのうえ、資格の一覧に漏れがないかご確認いただけますと幸いです。</p>
<p>ご不明な点がございましたら、本メールにご返信ください。</p>
<p>伊藤<br>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>
"""
new_text = re.sub(r'<[^>]+>', ' ', html)
add('044-merge-completed-ja-html-sjis.eml', 'merge_completed', T7, 'ja', True,
    transport('biglobe', d, T7_TO), FORM, T7_TO,
    hdr(f'RE:[CASE {T7}] 【完了のご連絡】{FORM_SUBJ}', 'iso-2022-jp'), d,
    build('html', html=html, charset='shift_jis', cte='quoted-printable'), new_text, [T7_KEEP, T7_OLD],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 045  survey EN
d = ts('2025-05-30 14:12:03')
plain = f"""Hello,

Your case {T1} has been resolved.

We'd love to hear about your experience with AWS Training and Certification Customer Support. Your answers take less than a minute and help us improve.

Was your issue resolved?
YES: https://survey.aws-tc-support.amazon.com/s/{rhex(16)}?case={T1}&r=yes
NO:  https://survey.aws-tc-support.amazon.com/s/{rhex(16)}?case={T1}&r=no

How would you rate the support you received from Ravi K.?
https://survey.aws-tc-support.amazon.com/s/{rhex(16)}?case={T1}&q=csat

If you need further help with this request, reply to this e-mail within 14 days and the case will be reopened.

Thank you,
AWS Training and Certification Customer Support
"""
html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>Your case <b>{T1}</b> has been resolved.</p>
<p>We&#39;d love to hear about your experience with AWS Training and Certification Customer Support. Your answers take less than a minute and help us improve.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<table><tr>
<td style="background:#1d8102;padding:10px 24px"><a href="https://survey.aws-tc-support.amazon.com/s/a?case={T1}&amp;r=yes" style="color:#fff;text-decoration:none">YES</a></td>
<td width="12"></td>
<td style="background:#d13212;padding:10px 24px"><a href="https://survey.aws-tc-support.amazon.com/s/a?case={T1}&amp;r=no" style="color:#fff;text-decoration:none">NO</a></td>
</tr></table>
<p>How would you rate the support you received from Ravi K.?<br>
<a href="https://survey.aws-tc-support.amazon.com/s/b?case={T1}&amp;q=csat&amp;v=1">&#9733;</a>
<a href="https://survey.aws-tc-support.amazon.com/s/b?case={T1}&amp;q=csat&amp;v=2">&#9733;</a>
<a href="https://survey.aws-tc-support.amazon.com/s/b?case={T1}&amp;q=csat&amp;v=3">&#9733;</a>
<a href="https://survey.aws-tc-support.amazon.com/s/b?case={T1}&amp;q=csat&amp;v=4">&#9733;</a>
<a href="https://survey.aws-tc-support.amazon.com/s/b?case={T1}&amp;q=csat&amp;v=5">&#9733;</a></p>
<p style="font-size:12px;color:#687078">If you need further help with this request, reply to this e-mail within 14 days and the case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>
</body></html>
"""
add('045-survey-en-resolved-yes-no.eml', 'survey', T1, 'en', True,
    transport('gmail', d, T1_TO), FORM, T1_TO,
    f'[CASE {T1}] How did we do? Tell us about your recent support experience', d,
    build('alt', plain, html, cte='quoted-printable'), plain, [],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 046  survey JA
d = ts('2025-06-13 06:31:10')
plain = f"""佐藤 美咲 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。
ケース {T2} の対応は完了いたしました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間：約 1 分）。

■ お問い合わせは解決しましたか？
　はい　：https://survey.aws-tc-support.amazon.com/s/{rhex(16)}?case={T2}&r=yes&lang=ja
　いいえ：https://survey.aws-tc-support.amazon.com/s/{rhex(16)}?case={T2}&r=no&lang=ja

■ 担当者の対応を 5 段階で評価してください
　https://survey.aws-tc-support.amazon.com/s/{rhex(16)}?case={T2}&q=csat&lang=ja

※本メールは送信専用です。追加のご質問は、元のケースのメールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
"""
add('046-survey-ja-anketo.eml', 'survey', T2, 'ja', True,
    transport('nifty', d, T2_TO), NOREPLY, T2_TO,
    hdr(f'[CASE {T2}] サポートに関するアンケートご協力のお願い', 'utf-8'), d,
    build('alt', plain, to_html(plain), cte='base64'), plain, [],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 047  closure notice with resolution summary
d = ts('2025-09-26 11:40:30')
plain = f"""Hello,

We're writing to let you know that your case has been resolved.

Case ID: {T5}
Subject: {FORM_SUBJ}
Resolution summary: Certification account merge - completed
Status: Resolved

Was your issue resolved? Please let us know:
Yes - https://survey.aws-tc-support.amazon.com/s/{rhex(16)}?case={T5}&r=yes
No - https://survey.aws-tc-support.amazon.com/s/{rhex(16)}?case={T5}&r=no

Your feedback is used to improve our service and to recognise our agents.

If your issue is not resolved, simply reply to this e-mail and your case will be reopened.

AWS Training and Certification Customer Support
"""
add('047-survey-closure-notice-with-summary.eml', 'survey', T5, 'en', True,
    transport(T5_MX, d, T5_TO), FORM, T5_TO,
    f'Your case {T5} has been resolved', d,
    build('plain', plain, charset='us-ascii', cte='7bit'), plain, [],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 048  JA console closure
d = ts('2025-08-08 09:00:44')
plain = f"""Amazon Web Services をご利用いただきありがとうございます。

お客様のサポートケース {T4} は、解決済みとしてクローズされました。

ケース ID: {T4}
件名: 認定アカウントが2つあるので1つにまとめたい
ステータス: 解決済み

今回のサポートはいかがでしたか。サポートセンターで各コレスポンデンスを評価していただけます:
https://support.console.aws.amazon.com/support/home#/case/?displayId={T4}&language=ja

問題が解決していない場合は、サポートセンターからケースを再オープンしてください。

よろしくお願いいたします。
Amazon Web Services

このメールは送信専用アドレスから送信されています。
"""
add('048-console-ja-case-resolved-rate.eml', 'survey', T4, 'ja', True,
    transport('gmail', d, T4_TO), NOREPLY, T4_TO,
    hdr(f'Amazon Web Services: サポートケース {T4} は解決済みです', 'utf-8'), d,
    build('alt', plain, to_html(plain), cte='base64'), plain, [],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ Credly helpers
def credly_mf(to):
    u, dom = to.split('@')
    return 'bounces+%d-%s-%s=%s@em.credly.com' % (RNG.randint(1000000, 9999999), rhex(4), u, dom)


def credly_dkim(dt):
    return [('pre:DKIM-Signature', dkim_sig('credly.com', 's1', dt, hlist='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to',
                                            c='relaxed/relaxed')),
            ('pre:DKIM-Signature', dkim_sig('sendgrid.info', 'smtpapi', dt, hlist='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to',
                                            c='relaxed/relaxed'))]


CREDLY_FOOTER = """Credly, Inc. | 100 Fifth Avenue, 7th Floor | New York, NY 10011
You are receiving this email because a badge was issued to you on Credly.
Manage email preferences: https://www.credly.com/notification_settings"""

# ------------------------------------------------------------ 049  Credly badge issued
d = ts('2025-06-01 15:21:48')
plain = f"""Hi Daniel,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect – Associate

Accept your badge to add it to your Credly profile and share it with your network. You can also download the badge image, view its verification page, or embed it in your résumé.

Accept your badge: https://www.credly.com/earner/earned/badge/{ruuid()}

Once you accept it, you'll get reminders before the certification it represents is due for renewal.

Questions? Visit https://support.credly.com

{CREDLY_FOOTER}
"""
html = to_html(plain).replace('Accept your badge: ', '<a href="https://www.credly.com/earner/earned" style="background:#0b6ee0;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Accept your badge</a> ')
add('049-credly-badge-issued-accept.eml', 'credly_badge_issued', None, 'en', True,
    transport('gmail', d, T1_TO, from_dom='credly.com', mailfrom=credly_mf(T1_TO), ip='149.72.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)),
              helo='o%d.ptr%d.credly.com' % (RNG.randint(1, 9), RNG.randint(1000, 9999)), sel='s1'),
    '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', T1_TO,
    'Amazon Web Services Training and Certification sent you a new badge', d,
    build('alt', plain, html, cte='quoted-printable'), plain, [],
    extra=credly_dkim(d), msgid='<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', 'x').replace('+', 'y'), RNG.randint(1, 40)))

# ------------------------------------------------------------ 050  Credly badges moved after merge
d = ts('2025-06-16 03:12:27')
plain = """Hi Misaki,

Good news! At the request of Amazon Web Services Training and Certification, the following badges have been moved to this Credly account and are ready for you to accept:

  • AWS Certified Cloud Practitioner
  • AWS Certified Developer – Associate
  • AWS Certified Solutions Architect – Associate

These badges were previously issued to another e-mail address that has now been consolidated with your certification record.

Accept your badges: https://www.credly.com/earner/earned

Your badges are now in one place, ready to be shared on LinkedIn or added to your e-mail signature.

The Credly Team

""" + CREDLY_FOOTER + "\n"
add('050-credly-badges-moved-after-merge.eml', 'credly_badge_issued', None, 'en', True,
    transport('nifty', d, T2_TO, from_dom='credly.com', mailfrom=credly_mf(T2_TO), ip='149.72.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)),
              helo='o%d.ptr%d.credly.com' % (RNG.randint(1, 9), RNG.randint(1000, 9999)), sel='s1'),
    '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', T2_TO,
    'Your badges from Amazon Web Services Training and Certification are ready to accept', d,
    build('alt', plain, to_html(plain), cte='base64'), plain, [],
    extra=credly_dkim(d), msgid='<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', 'x').replace('+', 'y'), RNG.randint(1, 40)))

# ------------------------------------------------------------ 051  older Acclaim badge, no A-R
d = ts('2020-11-10 18:04:55')
plain = f"""Congratulations, Wei!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Claim your badge to let your network know about your achievement:
https://www.youracclaim.com/earner/earned/badge/{ruuid()}

Acclaim makes it easy to share your verified achievements on LinkedIn, Twitter and Facebook, in your email signature, and on your personal website.

The Acclaim Team
Acclaim by Credly, Inc. | 100 Fifth Avenue, 7th Floor | New York, NY 10011
"""
add('051-acclaim-badge-issued-2020.eml', 'credly_badge_issued', None, 'en', None,
    transport('corp-noar', d, T6_TO, mailfrom='bounces+2211983-ab4c@em.youracclaim.com', ip='167.89.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)),
              helo='o2.email.youracclaim.com'),
    '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', T6_TO,
    'Amazon Web Services Training and Certification has issued you a badge', d,
    build('plain', plain, charset='us-ascii', cte='7bit'), plain, [],
    extra=[('pre:DKIM-Signature', dkim_sig('youracclaim.com', 's1', d, hlist='from:subject:to:mime-version:content-type', c='relaxed/relaxed'))],
    msgid='<%s@ismtpd0012p1mdw1.sendgrid.net>' % rb64(22).replace('/', 'x').replace('+', 'y'))

# ------------------------------------------------------------ 052  Seller Central case about merging seller accounts
d = ts('2025-09-10 15:45:12')
SC_CASE = '5884881212'
plain = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed your request to merge your two seller accounts (Merchant Token A2K7QX1M9ZB4LP and A1VF0H6S3TRD8N). Please note that seller accounts cannot be combined; however, you may close the account you no longer need once its balance has been disbursed and all open orders are fulfilled.

Could you please confirm which of the two accounts you would like to keep, so that we can guide you through closing the other one? Please be aware that account closure is permanent.

You can reply to this case in Seller Central under Help > Case Log.

We hope this helps. Thank you for selling on Amazon.

Kalpana
Amazon Selling Partner Support
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={SC_CASE}

Was this response helpful? Please rate it in your Case Log.
"""
add('052-seller-central-case-merge-seller-accounts.eml', 'unrelated', SC_CASE, 'en', True,
    transport('gmail', d, T14_TO), '"Amazon Selling Partner Support" <seller-notification@amazon.com>', T14_TO,
    f'RE:[CASE {SC_CASE}] Two seller accounts - merge request', d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), plain, [],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 053  AWS billing case
BILL = cid15(ts('2025-08-11 07:30:02'), 918)
d = ts('2025-08-12 10:14:33')
new = f"""Hello Sofia,

Thank you for contacting AWS Billing and Accounts support.

I have reviewed account 4821-0093-6617. The charges of USD 14.62 on your July invoice come from two Elastic IP addresses that were still allocated in eu-north-1 after your EC2 instances had been terminated. An Elastic IP address that is not associated with a running instance is billed per hour.

I have released both addresses on your behalf and submitted a one-time courtesy credit of USD 14.62. The credit will appear on your August bill.

To avoid similar charges in the future, I recommend setting up an AWS Budgets alert:
https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-create.html

"""
plain = new + CONSOLE_FOOTER_EN.format(agent='Amelie D.', cid=BILL)
add('053-aws-billing-case-other-topic.eml', 'unrelated', BILL, 'en', True,
    transport('icloud', d, T8_TO), NOREPLY, T8_TO,
    f'Amazon Web Services: RE:[CASE {BILL}] Charges after terminating my instances', d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), new, [],
    extra=aws_dkim(d) + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 054  CertMetrics survey-like mail
d = ts('2025-06-20 16:00:05')
plain = f"""Dear Daniel Okafor,

AWS Certification wants to hear from you!

As an AWS Certified individual, your opinion matters. Please take 10 minutes to tell us about the value of your certification and how it has supported your career.

Your AWS Certification Account ID: {T1_KEEP}

Start the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid={rhex(12)}

This survey closes on July 4, 2025. Thank you for helping us improve AWS Certification.

Sincerely,
AWS Certification

This is an automated message sent via CertMetrics. Please do not reply to this e-mail.
"""
add('054-certmetrics-wants-to-hear-from-you.eml', 'unrelated', None, 'en', False,
    transport('gmail', d, T1_TO, from_dom='certmetrics.com', mailfrom='bounce@mail.certmetrics.com',
              ip='198.21.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)), helo='mail.certmetrics.com', sel='s2'),
    '"AWS Certification" <do-not-reply@certmetrics.com>', T1_TO,
    'AWS Certification wants to hear from you', d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), plain, [T1_KEEP],
    extra=[('pre:DKIM-Signature', dkim_sig('certmetrics.com', 's2', d, hlist='from:to:subject:date:mime-version:content-type'))],
    msgid='<%s@mail.certmetrics.com>' % ruuid())

# ------------------------------------------------------------ 055  Pearson VUE appointment
d = ts('2025-09-12 08:47:19')
plain = f"""Dear Marco Bianchi,

Thank you for scheduling your exam with Pearson VUE. This message confirms your appointment details.

Exam: SCS-C02: AWS Certified Security - Specialty
Date: Wednesday, September 24, 2025
Time: 10:00 AM Central European Summer Time
Delivery: OnVUE online proctored exam
Registration ID: 512340987
Candidate ID: {T5_B}

Please run the system test on the computer you will use for the exam and check in 30 minutes before your appointment. You must present valid, government-issued identification that matches the name on your registration.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
add('055-pearson-vue-appointment-confirmation.eml', 'unrelated', None, 'en', False,
    transport(T5_MX, d, T5_TO, from_dom='pearson.com', mailfrom='bounce-pvue@pearson.com',
              ip='159.182.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)), helo='mail-out3.pearson.com', sel='pvue2021'),
    '"Pearson VUE" <pearsonvueconfirmation@pearson.com>', T5_TO,
    'Pearson VUE Confirmation of Booking', d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), plain, [T5_B],
    extra=[('pre:DKIM-Signature', dkim_sig('pearson.com', 'pvue2021', d, hlist='from:to:subject:date:message-id'))],
    msgid='<%s.JavaMail.pvue@vueprod-app%02d>' % (RNG.randint(10 ** 8, 10 ** 9), RNG.randint(1, 20)))

# ------------------------------------------------------------ 056  Builder ID verification code, no A-R
d = ts('2025-08-27 12:03:51')
plain = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: 618204

This code expires 30 minutes after it was sent.

If you did not request this code, you can ignore this message.

Amazon Web Services
"""
add('056-builder-id-verification-code.eml', 'unrelated', None, 'en', None,
    transport('corp-noar', d, T6_TO), '"AWS" <no-reply@signin.aws>', T6_TO,
    'Verify your AWS Builder ID email address', d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), plain, [],
    extra=[('pre:DKIM-Signature', dkim_sig('signin.aws', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', d))] + ses_tail(d), msgid=ses_msgid(d))

# ------------------------------------------------------------ 057  Credly self-service account merge code
d = ts('2025-07-20 19:11:07')
plain = """Hi Sofia,

We received a request to merge the Credly account registered to sofia.lindqvist@nordkraft-energy.se into your Credly account.

Your verification code is: 730519

Enter this code on the merge page, or click the button below to finish:

Complete Account Merge: https://www.credly.com/users/account_merge/confirm

After the merge, all badges from the other account will appear in this account, and you will no longer be able to sign in with the other e-mail address.

If you did not request this, you can safely ignore this e-mail.

The Credly Team
Credly, Inc. | 100 Fifth Avenue, 7th Floor | New York, NY 10011
"""
add('057-credly-selfservice-account-merge-code.eml', 'unrelated', None, 'en', True,
    transport('icloud', d, T8_TO, from_dom='credly.com', mailfrom=credly_mf(T8_TO), ip='149.72.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)),
              helo='o%d.ptr%d.credly.com' % (RNG.randint(1, 9), RNG.randint(1000, 9999)), sel='s1'),
    '"Credly" <admin@credly.com>', T8_TO,
    'Confirm your Credly account merge', d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), plain, [],
    extra=credly_dkim(d), msgid='<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', 'x').replace('+', 'y'), RNG.randint(1, 40)))

# ------------------------------------------------------------ 058  GitHub "merged" notification
d = ts('2025-06-03 13:22:40')
plain = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/northwind-it/cert-tracker/pull/412#event-17923344102
You are receiving this because you authored the thread.
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/northwind-it/cert-tracker/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northwind-it/cert-tracker/pull/412#event-17923344102">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
add('058-github-pr-merged-notification.eml', 'unrelated', None, 'en', False,
    transport('gmail', d, T1_TO, from_dom='github.com', mailfrom='noreply@github.com', ip='192.30.252.%d' % RNG.randint(200, 210),
              helo='out-%d.smtp.github.com' % RNG.randint(20, 28), sel='pf2023'),
    '"Jana Novak" <notifications@github.com>', T1_TO,
    'Re: [northwind-it/cert-tracker] Merge duplicate certification profiles before CSV export (PR #412)', d,
    build('alt', plain, html, cte='quoted-printable'), plain, [],
    extra=[('pre:DKIM-Signature', dkim_sig('github.com', 'pf2023', d, hlist='Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', c='relaxed/relaxed')),
           ('Reply-To', 'northwind-it/cert-tracker <reply+ABCD7XK2Q3@reply.github.com>'),
           ('In-Reply-To', '<northwind-it/cert-tracker/pull/412@github.com>'),
           ('References', '<northwind-it/cert-tracker/pull/412@github.com>'),
           ('List-ID', 'northwind-it/cert-tracker <cert-tracker.northwind-it.github.com>'),
           ('List-Unsubscribe', '<mailto:unsub+ABCD7XK2Q3@reply.github.com>'),
           ('X-GitHub-Reason', 'author'),
           ('X-GitHub-Sender', 'jnovak')],
    msgid='<northwind-it/cert-tracker/pull/412/issue_event/17923344102@github.com>')

# ------------------------------------------------------------ 059  phishing, identity, not about merge
d = ts('2025-10-08 04:19:27')
PHX = 'aws-certification-review.com'
plain = f"""Dear Candidate,

Our exam integrity team has flagged your AWS Certification record for review.

Candidate ID: {T13_KEEP}
Certification: AWS Certified Cloud Practitioner
Status: UNDER REVIEW

To keep your certification active, you must verify your identity within 72 hours. Please upload a photo of your government-issued ID and confirm your date of birth using the secure link below:

https://{PHX}/verify?cid={T13_KEEP}

If we are unable to verify your identity, your exam results may be invalidated and your digital badge revoked.

AWS Certification Compliance
Amazon Web Services, Inc.
"""
add('059-phish-identity-review-not-merge.eml', 'unrelated', None, 'en', False,
    transport('yahoo', d, T13_TO, from_dom=PHX, mailfrom='bounce@mta.' + PHX, ip='45.144.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)),
              helo='mta.' + PHX, sel='mail'),
    '"AWS Certification Compliance" <compliance@%s>' % PHX, T13_TO,
    'Action Required: Identity verification for your AWS Certification', d,
    build('alt', plain, to_html(plain), cte='base64'), plain, [T13_KEEP],
    extra=[('pre:DKIM-Signature', dkim_sig(PHX, 'mail', d, hlist='from:to:subject:date:message-id'))],
    msgid='<%s@%s>' % (rhex(20), PHX))

# ------------------------------------------------------------ 060  JA newsletter with merge FAQ tip
d = ts('2025-09-18 01:00:00')
plain = """AWS トレーニングと認定 ニュースレター 2025 年 9 月号

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。
今月の注目トピックをお届けします。

■ 新しい認定：AWS Certified Generative AI Developer - Professional（ベータ）
ベータ試験の受付を開始しました。受験料は通常の 50% です。

■ AWS Skill Builder 日本語コンテンツ拡充
「AWS Cloud Quest」の日本語版に新しいロールが追加されました。

■ よくあるご質問：認定アカウントが複数ある場合
転職などで複数の認定アカウントをお持ちの方は、お問い合わせフォームから統合をご依頼いただけます。
統合後は元に戻せないため、残したいアカウントをあらかじめご確認ください。
詳しくは FAQ をご覧ください：https://aws.amazon.com/jp/certification/faqs/

■ イベント
AWS Summit Japan のオンデマンド配信を公開中です。

――――――――――――――――――――――――
本メールは AWS からのお知らせの配信を希望された方にお送りしています。
配信停止：https://pages.awscloud.com/communication-preferences.html
アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
add('060-newsletter-ja-with-merge-faq.eml', 'unrelated', None, 'ja', True,
    transport('gmail', d, T4_TO), '"AWS トレーニングと認定" <aws-marketing-email-replies@amazon.com>'.replace(
        '"AWS トレーニングと認定"', Header('AWS トレーニングと認定', 'utf-8').encode()), T4_TO,
    hdr('【AWS トレーニングと認定】ニュースレター 2025 年 9 月号：新しい認定のベータ試験、Skill Builder 日本語コンテンツ ほか', 'utf-8'), d,
    build('alt', plain, to_html(plain), cte='quoted-printable'), plain, [],
    extra=aws_dkim(d) + ses_tail(d) + [('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?e=%s>' % rhex(24)),
                                        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                                        ('Precedence', 'bulk')],
    msgid=ses_msgid(d))

# ---- END OF MAILS ----

if __name__ == '__main__':
    write_all()
