#!/usr/bin/env python3
"""Generator for blind set 225: Japanese-desk AWS Certification account-merge mail.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this file.
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
import uuid
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(225)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))

CODECS = {
    'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
    'euc-jp': 'euc_jp', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1',
    'windows-1252': 'cp1252', 'cp932': 'cp932', 'windows-31j': 'cp932', 'x-sjis': 'cp932',
}

MAILS = []      # (filename, bytes)
LABELS = {}
AWS_DOMAINS = ('amazon.com',)
CREDLY_DOMAINS = ('credly.com', 'youracclaim.com')


# ---------------------------------------------------------------- helpers
def rhex(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(RNG.choice(a) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=RNG.getrandbits(128)))


def ts(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened):
    """15-digit case id: unix time of opening + 5 digits."""
    return '%d%05d' % (int(opened.timestamp()), RNG.randint(0, 99999))


def ses_msgid(when, host='email.amazonses.com'):
    ms = int(when.timestamp() * 1000)
    return '<0100%012x-%s-000000@%s>' % (ms, ruuid(), host)


def ew(s, charset='utf-8', enc='B', chunk=None):
    """RFC 2047 encoded words, folded over lines."""
    codec = CODECS[charset.lower()]
    if chunk is None:
        chunk = 6 if enc == 'Q' else (10 if charset.lower() != 'utf-8' else 13)
    words = []
    for i in range(0, len(s), chunk):
        b = s[i:i + chunk].encode(codec)
        if enc == 'B':
            words.append('=?%s?B?%s?=' % (charset, base64.b64encode(b).decode()))
        else:
            q = ''.join(chr(c) if (chr(c).isalnum() and c < 128) else
                        ('_' if c == 32 else '=%02X' % c) for c in b)
            words.append('=?%s?Q?%s?=' % (charset, q))
    return '\n '.join(words)


def addr(name, email_addr, charset='utf-8', enc='B'):
    if name is None:
        return email_addr
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, email_addr)
        return '%s <%s>' % (name, email_addr)
    return '%s <%s>' % (ew(name, charset, enc, chunk=20 if enc == 'B' else 6), email_addr)


def tpart(text, subtype='plain', charset='utf-8', cte='base64', label=None,
          quote_param=True, fmt_flowed=False):
    codec = CODECS[charset.lower()]
    raw = text.replace('\r\n', '\n').encode(codec)
    m = Message()
    lab = label or charset
    ct = 'text/%s; charset=%s' % (subtype, ('"%s"' % lab) if quote_param else lab)
    if fmt_flowed:
        ct += '; format=flowed'
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    return m


def multi(subtype, *parts, boundary=None):
    m = Message()
    b = boundary or ('----=_Part_%d_%d.%d' % (RNG.randint(100000, 999999),
                                              RNG.randint(10**8, 10**9), RNG.randint(10**12, 10**13)))
    m['Content-Type'] = 'multipart/%s; \n\tboundary="%s"' % (subtype, b)
    for p in parts:
        m.attach(p)
    return m


def text_to_html(text, style='aws', title=''):
    """Plain text -> HTML; lines starting with '>' become blockquotes."""
    out = []
    quote_depth = 0
    for line in text.split('\n'):
        d = 0
        s = line
        while s.startswith('>'):
            d += 1
            s = s[1:].lstrip(' ') if s[1:2] in (' ', '>') or s[1:] == '' else s[1:]
        while quote_depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            quote_depth += 1
        while quote_depth > d:
            out.append('</blockquote>')
            quote_depth -= 1
        esc = html.escape(s)
        esc = re.sub(r'(https?://[^\s&<]+(?:&amp;[^\s&<]+)*)', r'<a href="\1">\1</a>', esc)
        out.append(esc + '<br>')
    while quote_depth:
        out.append('</blockquote>')
        quote_depth -= 1
    body = '\n'.join(out)
    if style == 'aws':
        return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<title>%s</title></head>\n<body style="font-family:Arial,\'Hiragino Kaku Gothic ProN\',Meiryo,sans-serif;'
                'font-size:14px;color:#16191f">\n<div>\n%s\n</div>\n</body></html>\n' % (html.escape(title), body))
    return '<html><body>\n<div dir="ltr">\n%s\n</div>\n</body></html>\n' % body


# ---------------------------------------------------------------- transport
SES_IPS = ['54.240.8.30', '54.240.8.82', '54.240.48.95', '54.240.4.8', '54.240.27.101',
           '23.251.234.5', '54.240.60.135', '54.240.13.19']


def ses_host(ip):
    a = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (a[2], a[3])


def dkim_sig(domain, selector, when, headers='From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s=' % (
        selector, domain, int(when.timestamp()), headers, rb64(43), rb64(64), rb64(107)))


SELECTORS = {
    'amazon.com': 'rjt5mxbu7q3q2lcbd2ozcb4cj3s4iwz3',
    'amazonses.com': '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw',
    'credly.com': 's1',
    'youracclaim.com': 'm1',
    'certmetrics.com': 'k1',
    'github.com': 'pf2023',
}


def provider_tz(provider, when):
    if provider == 'gmail':
        pdt = 4 <= when.month <= 10
        return dt.timezone(dt.timedelta(hours=-7 if pdt else -8)), (' (PDT)' if pdt else ' (PST)')
    if provider in ('outlook', 'corp-none'):
        return UTC, ''
    return JST, ' (JST)'


def ar_value(provider, auth, env_from, ip):
    """Authentication-Results value as the receiving provider writes it."""
    dk = auth.get('dkim', [])
    spf = auth.get('spf', 'pass')
    dmarc, pol, hfrom = auth.get('dmarc', ('pass', 'QUARANTINE', 'amazon.com'))
    mfrom_dom = env_from.split('@')[-1]
    if provider == 'gmail':
        items = []
        for d, res in dk:
            items.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (
                res, d, SELECTORS.get(d, 'default'), rb64(8)))
        if spf == 'pass':
            items.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (env_from, ip, env_from))
        elif spf == 'softfail':
            items.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (env_from, ip, env_from))
        else:
            items.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, env_from, ip, env_from))
        if dmarc:
            items.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
                dmarc, pol, pol, 'NONE' if dmarc == 'pass' or pol == 'NONE' else pol, hfrom))
        return 'mx.google.com;\n       ' + ';\n       '.join(items)
    if provider == 'outlook':
        s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; ' % (spf, ip, mfrom_dom)
        if dk:
            d, res = dk[0]
            s += 'dkim=%s (%s)\n header.d=%s;' % (res, 'signature was verified' if res == 'pass' else 'body hash did not verify', d)
        else:
            s += 'dkim=none (message not signed)\n header.d=none;'
        if dmarc == 'pass':
            s += 'dmarc=pass action=none\n header.from=%s;compauth=pass reason=100' % hfrom
        else:
            s += 'dmarc=%s action=%s\n header.from=%s;compauth=fail reason=%s' % (
                dmarc or 'none', 'quarantine' if pol == 'QUARANTINE' else 'none', hfrom, '000' if dmarc == 'fail' else '001')
        return s
    servid = {
        'nifty': 'mx.nifty.com', 'yahoojp': 'mta5012.mail.kks.yahoo.co.jp',
        'biglobe': 'mfilter.biglobe.ne.jp', 'ocn': 'mfilter-s12.ocn.ad.jp',
        'sonet': 'mx-a.so-net.ne.jp', 'docomo': 'mfilter.docomo.ne.jp',
        'sakura': 'www4410.sakura.ne.jp', 'xserver': 'sv12045.xserver.jp',
    }[provider]
    items = ['spf=%s smtp.mailfrom=%s' % (spf, env_from)]
    for d, res in dk:
        items.append('dkim=%s header.i=@%s' % (res, d))
    if not dk:
        items.append('dkim=none')
    if dmarc:
        items.append('dmarc=%s header.from=%s' % (dmarc, hfrom))
    return servid + ';\n\t' + ';\n\t'.join(items)


def transport(provider, when, rcpt, env_from, ip, sender_host, auth, forged_ar=None,
              dkim_domains=None):
    """Return list of (name, value) transport headers, newest first."""
    tz, tzname = provider_tz(provider, when)
    t1 = when + dt.timedelta(seconds=RNG.randint(1, 4))
    t2 = t1 + dt.timedelta(seconds=RNG.randint(0, 2))
    d1 = format_datetime(t1.astimezone(tz)) + tzname
    d2 = format_datetime(t2.astimezone(tz)) + tzname
    H = []
    if provider == 'gmail':
        H.append(('Delivered-To', rcpt))
        H.append(('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4), rhex(3), rhex(3), rhex(4), rhex(3) + 'csp' + str(RNG.randint(100000, 999999)), d2)))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)))
        H.append(('X-Received', 'by 2002:a17:90b:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
            rhex(4), rhex(3), rhex(4), rhex(12), RNG.randint(1, 9), int(t2.timestamp()), d2)))
        if auth is not None:
            H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==' % (
                int(t1.timestamp()), rb64(70), rb64(60))))
            H.append(('ARC-Authentication-Results', 'i=1; ' + ar_value(provider, auth, env_from, ip)))
        H.append(('Return-Path', '<%s>' % env_from))
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            sender_host, sender_host, ip, rhex(20), RNG.randint(1, 99), RNG.randint(2000, 2099),
            RNG.randint(1, 99), rcpt, d1)))
        H.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
            (auth or {}).get('spf', 'pass'), env_from,
            'designates' if (auth or {}).get('spf', 'pass') == 'pass' else 'does not designate', ip, ip)))
        if auth is not None:
            H.append(('Authentication-Results', ar_value(provider, auth, env_from, ip)))
    elif provider == 'outlook':
        tenant = rhex(4)
        H.append(('Received', 'from SA1PR12MB%s.namprd12.prod.outlook.com (2603:10b6:806:%s::%d)\n by DM6PR12MB%s.namprd12.prod.outlook.com with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            RNG.randint(1000, 9999), rhex(3), RNG.randint(10, 99), RNG.randint(1000, 9999),
            RNG.randint(8000, 8999), RNG.randint(10, 40), format_datetime(t2))))
        H.append(('Received', 'from TY2PEPF0000%s.apcprd04.prod.outlook.com\n (2603:1096:404:%s::%d) by SA1PR12MB%s.namprd12.prod.outlook.com\n (2603:10b6:806:%s::%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            rhex(4).upper(), rhex(2), RNG.randint(10, 99), RNG.randint(1000, 9999), rhex(3),
            RNG.randint(10, 99), RNG.randint(8000, 8999), RNG.randint(10, 40), format_datetime(t2))))
        if auth is not None:
            H.append(('Authentication-Results', ar_value(provider, auth, env_from, ip)))
            H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
                'Pass' if auth.get('spf', 'pass') == 'pass' else 'Fail', env_from.split('@')[-1], ip, ip, sender_host)))
        H.append(('Received', 'from %s (%s) by\n TY2PEPF0000%s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s' % (
            sender_host, ip, rhex(4).upper(), RNG.randint(1, 250), RNG.randint(1, 250),
            RNG.randint(8000, 8999), RNG.randint(10, 40), format_datetime(t1))))
    elif provider == 'corp-none':
        H.append(('Return-Path', '<%s>' % env_from))
        H.append(('Received', 'from mailgw01.corp.example.co.jp (mailgw01.corp.example.co.jp [10.2.1.11])\n\tby mbx02.corp.example.co.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            rhex(10).upper(), rcpt, format_datetime(t2.astimezone(JST)))))
        H.append(('Received', 'from %s (%s [%s])\n\tby mailgw01.corp.example.co.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            sender_host, sender_host, ip, rhex(10).upper(), rcpt, format_datetime(t1.astimezone(JST)))))
    else:
        mx = {
            'nifty': 'mta-mx12.nifty.com', 'yahoojp': 'mta5012.mail.kks.yahoo.co.jp',
            'biglobe': 'mx.biglobe.ne.jp', 'ocn': 'mfilter-s12.ocn.ad.jp',
            'sonet': 'mx-a.so-net.ne.jp', 'docomo': 'mfilter.docomo.ne.jp',
            'sakura': 'www4410.sakura.ne.jp', 'xserver': 'sv12045.xserver.jp',
        }[provider]
        H.append(('Return-Path', '<%s>' % env_from))
        H.append(('Delivered-To', rcpt))
        H.append(('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            mx, mx.replace('mx', 'mbox', 1) if 'mx' in mx else 'mbox.' + mx, rhex(9).upper(), rcpt, d2)))
        if auth is not None:
            H.append(('Authentication-Results', ar_value(provider, auth, env_from, ip)))
        H.append(('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
            sender_host, sender_host, ip, mx, rhex(12).upper(), rcpt, d1)))
    if forged_ar:
        H.append(('Authentication-Results', forged_ar))
    for d in (dkim_domains if dkim_domains is not None else [d for d, _ in (auth or {}).get('dkim', [])]):
        H.append(('DKIM-Signature', dkim_sig(d, SELECTORS.get(d, 'mail'), when)))
    return H


AUTH_AWS = {'dkim': [('amazon.com', 'pass'), ('amazonses.com', 'pass')], 'spf': 'pass',
            'dmarc': ('pass', 'QUARANTINE', 'amazon.com')}
AUTH_CREDLY = {'dkim': [('credly.com', 'pass'), ('sendgrid.net', 'pass')], 'spf': 'pass',
               'dmarc': ('pass', 'REJECT', 'credly.com')}


def auth_other(domain, dmarc='pass', pol='NONE', dkim='pass'):
    return {'dkim': [(domain, dkim)] if dkim else [], 'spf': 'pass', 'dmarc': (dmarc, pol, domain)}


def verdict(auth, from_addr):
    """sender_verified per the brief, from the topmost trusted AR."""
    if auth is None:
        return None
    dom = from_addr.split('@')[-1].lower()
    trusted = dom in AWS_DOMAINS or dom in CREDLY_DOMAINS
    if not trusted:
        return False
    dmarc = auth.get('dmarc', (None,))[0]
    aligned = any(d == dom and r == 'pass' for d, r in auth.get('dkim', []))
    return bool(dmarc == 'pass' or aligned)


# ---------------------------------------------------------------- assemble
def mk(n, slug, kind, *, frm, frm_name, to, subject, date, body, case_id=None,
       accounts=(), lang='ja', auth=AUTH_AWS, provider='gmail', msgid=None,
       env_from=None, ip=None, sender_host=None, extra=(), forged_ar=None,
       dkim_domains=None, cc=None, reply_to=None, frm_charset='utf-8', frm_enc='B',
       to_name=None):
    fname = '%03d-%s.eml' % (n, slug)
    dom = frm.split('@')[-1]
    if ip is None:
        ip = RNG.choice(SES_IPS)
    if sender_host is None:
        sender_host = ses_host(ip)
    if env_from is None:
        env_from = '0100%012x-%s-000000@amazonses.com' % (int(date.timestamp() * 1000), ruuid())
    if msgid is None:
        msgid = ses_msgid(date) if 'amazonses' in sender_host or dom == 'amazon.com' else '<%s@%s>' % (ruuid(), dom)
    if auth is None and dkim_domains is None and dom == 'amazon.com':
        dkim_domains = ['amazon.com', 'amazonses.com']
    m = Message()
    for k, v in transport(provider, date, to, env_from, ip, sender_host, auth, forged_ar, dkim_domains):
        m[k] = v
    m['From'] = addr(frm_name, frm, frm_charset, frm_enc)
    if reply_to:
        m['Reply-To'] = reply_to
    m['To'] = addr(to_name, to) if to_name else to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = format_datetime(date)
    m['Message-ID'] = msgid
    for k, v in extra:
        m[k] = v
    m['MIME-Version'] = '1.0'
    if 'amazonses' in sender_host:
        m['Feedback-ID'] = '::1.us-east-1.%s=:AmazonSES' % rb64(43)
        m['X-SES-Outgoing'] = '%s-%s' % (date.strftime('%Y.%m.%d'), ip)
    for k, v in body.items():
        if k in ('Content-Type', 'Content-Transfer-Encoding'):
            m[k] = v
    if body.is_multipart():
        for p in body.get_payload():
            m.attach(p)
    else:
        m.set_payload(body._payload)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0,
                   policy=compat32.clone(linesep='\n')).flatten(m)
    MAILS.append((fname, buf.getvalue()))
    LABELS[fname] = {
        'kind': kind, 'case_id': case_id,
        'account_ids': sorted(set(accounts)),
        'sender_verified': verdict(auth, frm), 'language': lang,
    }


def alt_aws(text, charset='utf-8', cte='base64', html_cte=None, title=''):
    return multi('alternative', tpart(text, 'plain', charset, cte),
                 tpart(text_to_html(text, 'aws', title), 'html', 'utf-8', html_cte or cte))


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l and not l.startswith('>') else (('>' + l) if l.startswith('>') else prefix.rstrip())
                     for l in text.split('\n'))


# ================================================================ MAILS
# (mail definitions are appended below, in batches)

WD = '月火水木金土日'


def ja_gmail_hdr(when, name, email):
    w = when.astimezone(JST)
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (w.year, w.month, w.day, WD[w.weekday()], w.hour, w.minute, name, email)


FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWSN = 'Amazon Web Services'

# ---------------------------------------------------------------- thread A: Kenta Sato, Gmail, form case
KENTA = 'kenta.sato.dev@gmail.com'
CA = '174838764508317'
A_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

t = ts(2025, 5, 27, 23, 14, 19)
txt = """佐藤 健太 様

AWS トレーニングと認定へのお問い合わせをお送りいただき、ありがとうございます。
本メールは、お問い合わせフォームからのご送信内容を受け付けた時点で自動的にお送りしております。

担当者が内容を拝見したうえで、原則として 24 時間以内にご連絡を差し上げます。
今しばらくお待ちくださいますよう、お願い申し上げます。

  受付番号（ケース ID）: %s
  お問い合わせの種類　: 認定 / Account Merge
  ご入力の AWS 受験者 ID: AWS04561237

同じ内容で重ねてお問い合わせをいただきますと、ご回答までにかえってお時間がかかる場合がございます。
補足事項がございましたら、このメールにそのままご返信ください。

――――――――――――――――――――
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス
https://aws.amazon.com/jp/training/
――――――――――――――――――――
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
""" % CA
mk(1, 'form-ack-uketsuke-ja', 'case_created', frm=FORM, frm_name=AWSN, to=KENTA,
   subject='[CASE %s] ' % CA + ew('お問い合わせを受け付けました（自動送信）'),
   date=t, body=alt_aws(txt, 'utf-8', 'base64', title='受付のお知らせ'),
   case_id=CA, accounts=['AWS04561237'])

t = ts(2025, 5, 28, 9, 40, 2)
A2 = """佐藤 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの木村でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご依頼の認定アカウントの一本化につきまして、お手続きを進めるにあたり、恐れ入りますが以下の点をご教示いただけますでしょうか。

1. もう一方のアカウントの AWS 受験者 ID（「AWS」で始まる番号）、または当該アカウントへのサインインに使用されていたメールアドレス
2. 今後お使いになるアカウント（残すアカウント）はどちらをご希望か
3. 各アカウントに登録されている通知先メールアドレス

なお、ご入力いただいた AWS04561237 につきましては、当方でも登録を確認できております。

お手数をおかけいたしますが、本メールへのご返信にてお知らせくださいますよう、お願い申し上げます。

何卒よろしくお願い申し上げます。

木村
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス
"""
mk(2, 'agent-asks-which-to-keep-keigo', 'support_reply', frm=FORM, frm_name=AWSN, to=KENTA,
   subject='RE:[CASE %s] %s' % (CA, A_SUBJ), date=t,
   body=alt_aws(A2, 'utf-8', 'quoted-printable'), case_id=CA, accounts=['AWS04561237'])

t_k1 = ts(2025, 5, 28, 13, 31, 40)
K1 = """木村様

ご連絡ありがとうございます。

1. もう一方の ID は AWS01928374 です（前の勤務先のアドレス kenta.sato@old-corp.co.jp で登録していました）
2. AWS04561237 の方を残したいです
3. 通知先はどちらも kenta.sato.dev@gmail.com でお願いします

よろしくお願いいたします。
佐藤 健太
"""
t = ts(2025, 5, 29, 1, 12, 33)
A3 = """佐藤 健太 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの木村でございます。
早速ご回答いただき、ありがとうございました。

いただいた情報をもとに、以下の内容で認定アカウントを一本化させていただく予定でございます。

　・移行元（情報を移したのち無効となるアカウント）: AWS01928374
　・移行先（今後ご利用いただくアカウント）　　　: AWS04561237

移行元に記録されている認定資格、受験履歴および特典は、すべて移行先へ移されます。
なお、本作業は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、その旨を本メールにご返信いただけますでしょうか。
ご返信を拝見し次第、作業に着手いたします。

何卒よろしくお願い申し上げます。

木村
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス

""" + ja_gmail_hdr(t_k1, '佐藤健太', KENTA) + '\n' + quote(K1 + '\n' + ja_gmail_hdr(ts(2025, 5, 28, 9, 40, 2), AWSN, FORM) + '\n' + quote(A2))
mk(3, 'agent-ikouki-ikousaki-kakunin', 'merge_confirmation_requested', frm=FORM, frm_name=AWSN, to=KENTA,
   subject='RE:[CASE %s] %s' % (CA, A_SUBJ), date=t,
   body=alt_aws(A3, 'utf-8', 'base64'), case_id=CA, accounts=['AWS01928374', 'AWS04561237'])

t_k2 = ts(2025, 5, 29, 2, 20, 11)
K2 = """木村様

内容に相違ありません。手続きを進めてください。
The details are correct. Please proceed with the merge.

佐藤
"""
t = ts(2025, 5, 29, 3, 5, 48)
A4 = """佐藤 健太 様

お世話になっております。木村でございます。
ご返信いただき、ありがとうございます。内容について承知いたしました。

これより担当部署にて作業を進めてまいります。
通常、1〜3 営業日ほどお時間を頂戴しておりますので、今しばらくお待ちください。
作業が終わりましたら、改めてこちらからご連絡を差し上げます。

引き続きよろしくお願い申し上げます。

木村
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス

""" + ja_gmail_hdr(t_k2, '佐藤健太', KENTA) + '\n' + quote(K2 + '\n' + ja_gmail_hdr(ts(2025, 5, 29, 1, 12, 33), AWSN, FORM) + '\n' + quote(A3))
mk(4, 'agent-shouchi-sagyou-susumemasu', 'support_reply', frm=FORM, frm_name=AWSN, to=KENTA,
   subject='RE:[CASE %s] %s' % (CA, A_SUBJ), date=t,
   body=alt_aws(A4, 'utf-8', 'base64'), case_id=CA, accounts=[])

t = ts(2025, 5, 30, 6, 47, 15)
A5 = """佐藤 健太 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサービスの木村でございます。

大変お待たせいたしました。
ご依頼いただいておりました認定アカウントの一本化につきまして、本日すべての作業を終えました。
AWS01928374 に記録されていた認定資格と受験履歴は、今後 AWS04561237 にてご覧いただけます。

お手数ですが、AWS Certification アカウント（https://www.aws.training/Certification）にサインインのうえ、
認定資格および特典（次回受験時の 50% 割引バウチャー等）が表示されているかご確認ください。
Credly のデジタルバッジにつきましては、反映までに数日を要する場合がございます。

その他ご不明な点がございましたら、お気軽にお申し付けください。

木村
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス
"""
mk(5, 'agent-sagyou-oemashita', 'merge_completed', frm=FORM, frm_name=AWSN, to=KENTA,
   subject='RE:[CASE %s] %s' % (CA, A_SUBJ), date=t,
   body=alt_aws(A5, 'utf-8', 'quoted-printable'), case_id=CA, accounts=['AWS01928374', 'AWS04561237'])

t = ts(2025, 5, 30, 6, 52, 40)
H6 = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>アンケートのお願い</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Hiragino Kaku Gothic ProN',Meiryo,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.png" alt="AWS" width="64"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#16191f;line-height:1.7">
<p>佐藤 健太 様</p>
<p>お問い合わせいただいたケースは、担当者により解決済みとして処理されました。</p>
<table style="font-size:13px;border-collapse:collapse">
<tr><td style="padding:2px 12px 2px 0;color:#545b64">ケース ID</td><td>%s</td></tr>
<tr><td style="padding:2px 12px 2px 0;color:#545b64">件名</td><td>[AWS Training and Certification Form Submission] - account-assistance</td></tr>
<tr><td style="padding:2px 12px 2px 0;color:#545b64">対応内容</td><td>認定アカウントの統合（対応済み）</td></tr>
</table>
<p>今後のサービス向上のため、今回の対応についてご意見をお聞かせください。所要時間は 1 分程度です。</p>
<p style="font-weight:bold">お問い合わせは解決しましたか？</p>
<p><a href="https://survey.aws-support.amazon.com/s/ja?caseId=%s&amp;answer=yes" style="background:#ec7211;color:#fff;padding:8px 28px;text-decoration:none;border-radius:2px">はい</a>
&nbsp;&nbsp;<a href="https://survey.aws-support.amazon.com/s/ja?caseId=%s&amp;answer=no" style="background:#545b64;color:#fff;padding:8px 28px;text-decoration:none;border-radius:2px">いいえ</a></p>
<p style="font-size:12px;color:#545b64">追加のご質問がある場合は、新しいお問い合わせではなく、このケースへの返信でお知らせください。</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#879196;background:#fafafa">
本メールは送信専用アドレスからお送りしています。<br>
Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210<br>
<a href="https://aws.amazon.com/privacy/?nc1=f_pr" style="color:#879196">プライバシー</a>
</td></tr></table></td></tr></table></body></html>
""" % (CA, CA, CA)
mk(6, 'closure-survey-html-taiouzumi', 'survey', frm=NOREPLY, frm_name=AWSN, to=KENTA,
   subject=ew('ご対応に関するアンケートのお願い', 'iso-2022-jp') + '\n [CASE %s]' % CA, date=t,
   body=tpart(H6, 'html', 'utf-8', 'quoted-printable'), case_id=CA, accounts=[])

t = ts(2025, 6, 1, 22, 3, 9)
badge_uuid = ruuid()
C7 = """Kenta, your badge is waiting for you

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, add it to your email signature or download
a certificate. Badges are verified by Credly and can be viewed by anyone you share them with.

Accept your badge:
https://www.credly.com/badges/%s/accept?utm_source=badge_issued&utm_medium=email

Why am I receiving this?
Your certification record was moved to a different AWS Certification account, so the
badge has been issued again to this email address.

Questions? Visit https://support.credly.com

Credly, Inc. | 400 Pike Street, Suite 1000 | Seattle, WA 98101
Unsubscribe from badge notifications: https://www.credly.com/notification_preferences
""" % badge_uuid
H7 = """<html><head><meta name="viewport" content="width=device-width"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table align="center" width="560" style="background:#fff;padding:24px">
<tr><td><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></td></tr>
<tr><td><h2 style="color:#222">Kenta, your badge is waiting for you</h2>
<p>Amazon Web Services Training and Certification has issued you the following badge:</p>
<p><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt=""><br>
<strong>AWS Certified Solutions Architect - Associate</strong></p>
<p><a href="https://www.credly.com/badges/%s/accept?utm_source=badge_issued&amp;utm_medium=email"
 style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#666">Why am I receiving this? Your certification record was moved to a different AWS Certification
account, so the badge has been issued again to this email address.</p>
<p style="font-size:11px;color:#999">Credly, Inc. | 400 Pike Street, Suite 1000 | Seattle, WA 98101<br>
<a href="https://www.credly.com/notification_preferences">Unsubscribe from badge notifications</a></p>
</td></tr></table></body></html>
""" % badge_uuid
mk(7, 'credly-accept-badge-after-move', 'credly_badge_issued', frm='admin@credly.com',
   frm_name='Amazon Web Services Training and Certification via Credly', to=KENTA,
   subject='Kenta, your badge from Amazon Web Services Training and Certification is waiting', date=t,
   body=multi('alternative', tpart(C7, 'plain', 'us-ascii', '7bit'), tpart(H7, 'html', 'utf-8', 'quoted-printable')),
   auth=AUTH_CREDLY, ip='149.72.126.143', sender_host='wrqvtzvf.outbound-mail.sendgrid.net',
   env_from='bounces+31337-9f1c-kenta.sato.dev=gmail.com@em.credly.com',
   msgid='<%s@geopod-ismtpd-4>' % rb64(22).replace('/', 'x').replace('+', 'y'), lang='en')

# ---------------------------------------------------------------- thread B: Misaki Tanaka, nifty, console case (machine-translated)
MISAKI = 'misaki.tanaka@nifty.com'
CB = '174157449702264'
CONSOLE_URL = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja'

t = ts(2025, 3, 10, 2, 41, 52)
H8 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>こんにちは、</p>
<p>Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース %(c)s を用意しました。</p>
<p><b>ケースの詳細:</b><br>
ケース ID: %(c)s<br>
件名: 認定アカウントが2つあるので1つにしたい<br>
重大度: 一般的なガイダンス<br>
ケースの作成者: misaki.tanaka@nifty.com<br>
作成日時: 2025-03-10 02:41:37 UTC</p>
<p>ケースの表示や追加の情報の送信は、サポートセンターから行ってください:<br>
<a href="%(u)s">%(u)s</a></p>
<p>*このメールアドレスに返信することはできません。サポートセンターからのみケースにアクセスできます。</p>
<p>Amazon Web Services</p>
<hr>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>
""" % {'c': CB, 'u': CONSOLE_URL % CB}
mk(8, 'console-case-youi-shimashita-html', 'case_created', frm=NOREPLY, frm_name=AWSN, to=MISAKI,
   subject='Amazon Web Services: ' + ew('サポートケースを用意しました: ') + '\n ' + CB, date=t,
   body=tpart(H8, 'html', 'utf-8', 'base64'), case_id=CB, provider='nifty')

t = ts(2025, 3, 11, 7, 18, 26)
T9 = """お客様のケース %(c)s に新しい対応が追加されました。

------------------------------------------------
こんにちは、田中様

AWS サポートにお問い合わせいただきありがとうございます。私の名前はアジャイです。

私はあなたの要求を理解しています、あなたは2つの認定アカウントを持っていて、それらを1つにしたいです。
これを進めるために、私たちは以下の情報を必要とします:

- 両方のアカウントにサインインするのに使用された電子メールアドレス
- あなたが保持したいアカウントの候補者ID

あなたがこの情報を提供すると、私たちはあなたの要求の処理を続けることができます。
素晴らしい一日を！

よろしくお願いします、
Ajay K.
Amazon Web Services
------------------------------------------------

私たちはあなたのフィードバックを大切にします。サポートセンターのリンクを使用して、このやり取りを評価してください。

ケースを表示または返信するには、次のリンクを使用してください:
%(u)s

*このメールアドレスに返信することはできません。
""" % {'c': CB, 'u': CONSOLE_URL % CB}
mk(9, 'console-new-taiou-asks-emails-mt', 'support_reply', frm=NOREPLY, frm_name=AWSN, to=MISAKI,
   subject='[Case %s] ' % CB + ew('新しい対応が追加されました'), date=t,
   body=alt_aws(T9, 'utf-8', 'quoted-printable'), case_id=CB, provider='nifty')

t = ts(2025, 3, 12, 5, 3, 11)
T10 = """お客様のケース %(c)s に新しい対応が追加されました。

------------------------------------------------
こんにちは田中様、

情報を提供してくれてありがとう。

私はシステムで両方のアカウントを見つけました:
アカウント 1: aws00873411 (misaki.t@old-company.jp)
アカウント 2: AWS-03314952 (misaki.tanaka@nifty.com)

あなたの要求に基づいて、アカウント 1 はアカウント 2 に結合され、アカウント 2 が残ります。
結合の後、アカウント 1 はもはや使用することができません。このアクションは元に戻すことはできません。

上記が正しいことを私たちに知らせるために、このケースに返信してください。あなたの返事を受け取ったら、私たちは続行します。

よろしくお願いします、
Ajay K.
Amazon Web Services
------------------------------------------------

私たちはあなたのフィードバックを大切にします。サポートセンターのリンクを使用して、このやり取りを評価してください。

ケースを表示または返信するには、次のリンクを使用してください:
%(u)s
""" % {'c': CB, 'u': CONSOLE_URL % CB}
mk(10, 'console-mt-ketsugou-mae-kakunin', 'merge_confirmation_requested', frm=NOREPLY, frm_name=AWSN, to=MISAKI,
   subject='[Case %s] ' % CB + ew('新しい対応が追加されました'), date=t,
   body=alt_aws(T10, 'utf-8', 'base64'), case_id=CB, provider='nifty',
   accounts=['AWS00873411', 'AWS03314952'])

t = ts(2025, 3, 13, 22, 40, 5)
T11 = """お客様のケース %(c)s に新しい対応が追加されました。

------------------------------------------------
こんにちは田中様、

お待たせしました。あなたのアカウントが正常に結合されたことをお知らせできて嬉しいです。
あなたのすべての認定は今 AWS03314952 の下に表示されます。

システムに新しい情報が同期されるまで、最大24時間かかる場合があります。Credly のバッジは別々に送信されます。
もし何かが正しく表示されない場合は、このケースに返信してください。

よろしくお願いします、
Ajay K.
Amazon Web Services
------------------------------------------------

ケースを表示または返信するには、次のリンクを使用してください:
%(u)s
""" % {'c': CB, 'u': CONSOLE_URL % CB}
mk(11, 'console-mt-seijou-ni-ketsugou', 'merge_completed', frm=NOREPLY, frm_name=AWSN, to=MISAKI,
   subject='[Case %s] ' % CB + ew('新しい対応が追加されました'), date=t,
   body=alt_aws(T11, 'utf-8', 'quoted-printable'), case_id=CB, provider='nifty',
   accounts=['AWS03314952'])

t = ts(2025, 3, 16, 23, 5, 44)
T12 = """こんにちは、

あなたのサポートケース %(c)s は解決済みとしてマークされました。
このケースについて追加の質問がある場合は、14日以内にサポートセンターからケースを再開できます。

あなたの経験はどうでしたか？
下のリンクをクリックして、1 (非常に不満) から 5 (非常に満足) までの評価を選んでください。

https://console.aws.amazon.com/support/feedback?displayId=%(c)s&language=ja

あなたのフィードバックは私たちがサービスを改善するのに役立ちます。

Amazon Web Services
""" % {'c': CB}
mk(12, 'console-mt-kaiketsu-hyouka', 'survey', frm=NOREPLY, frm_name=AWSN, to=MISAKI,
   subject='[Case %s] ' % CB + ew('あなたのサポート体験を評価してください'), date=t,
   body=alt_aws(T12, 'utf-8', 'base64'), case_id=CB, provider='nifty')

# ---------------------------------------------------------------- thread C: Yui Takahashi, corporate Exchange Online, 11-digit case (2022)
YUI = 'yui.takahashi@tkhs-systems.co.jp'
CC_ = '10583920461'
C_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CC_

t = ts(2022, 8, 17, 1, 22, 9)
T13 = """Hello,

Thank you for reaching out to AWS Training and Certification. This message confirms that we have
received your request. A member of our team will get back to you, generally within 24 hours.

Your reference number is %s. Please keep it for your records; if you need to add anything,
simply reply to this message and it will be attached to the same request. Submitting the form
again may delay our response.

Submitted details
  Inquiry type:      Certification
  Detail:            Account Merge
  AWS candidate ID:  AWS00215566

Regards,
AWS Training and Certification Customer Service
""" % CC_
mk(13, 'form-ack-reference-number-en-2022', 'case_created', frm=FORM, frm_name=AWSN, to=YUI,
   subject='[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CC_, date=t,
   body=alt_aws(T13, 'us-ascii', '7bit', html_cte='quoted-printable'), case_id=CC_, provider='outlook',
   accounts=['AWS00215566'], lang='en')

t14 = ts(2022, 8, 17, 9, 10, 37)
T14 = """髙橋 由衣 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。担当のチェンと申します。

お送りいただいた内容を確認しました。お客様のお名前とメールアドレスで、下記の3件のアカウントが見つかりました。

  AWS00215566
  AWS00987001
  AWS01100342

お手続きの前に、以下のことを教えていただけますか。
・3つのアカウントのうち、今後も使いたいアカウントはどれでしょうか
・それぞれのアカウントの通知用メールアドレス
・アカウントをひとつにされたい理由（例：会社の変更など）

ご協力をよろしくお願いいたします。

Chen
AWS Training and Certification
"""
mk(14, 'agent-nonnative-ja-three-accounts-which', 'support_reply', frm=FORM, frm_name=AWSN, to=YUI,
   subject=C_SUBJ, date=t14, body=alt_aws(T14, 'utf-8', 'base64'), case_id=CC_, provider='outlook',
   accounts=['AWS00215566', 'AWS00987001', 'AWS01100342'])

t_y1 = ts(2022, 8, 18, 1, 5, 0)
Y1 = """差出人: 高橋 由衣 <yui.takahashi@tkhs-systems.co.jp>
送信日時: 2022年8月18日 10:05
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: %s

Chen様

お世話になっております。ご確認ありがとうございます。
・今後使いたいのは AWS01100342 です。
・通知先は yui.takahashi@tkhs-systems.co.jp に統一してください。
・転職と部署異動で、その都度作成してしまったためです。

よろしくお願いいたします。
高橋
""" % C_SUBJ
t15 = ts(2022, 8, 18, 4, 30, 12)
T15 = """高橋 由衣 様

ご返信ありがとうございます。チェンです。

いただいた情報で、次の通りに進めたいと思います。

  残すアカウント　　　　　　　　：AWS01100342
  このアカウントへまとめるもの　：AWS00215566、AWS00987001

まとめた後は、AWS00215566 と AWS00987001 にはサインインできなくなります。
また、一度まとめたアカウントを再び分けることはできません。

この内容で問題なければ、「はい、進めてください」とご返信ください。
お返事をいただいてから作業を始めます。

Chen
AWS Training and Certification

""" + Y1
mk(15, 'agent-matome-kakunin-outlook-quote-jis', 'merge_confirmation_requested', frm=FORM, frm_name=AWSN, to=YUI,
   subject=C_SUBJ, date=t15,
   body=multi('alternative', tpart(T15, 'plain', 'iso-2022-jp', '7bit'),
              tpart(text_to_html(T15), 'html', 'utf-8', 'quoted-printable')),
   case_id=CC_, provider='outlook', accounts=['AWS00215566', 'AWS00987001', 'AWS01100342'])

t16 = ts(2022, 8, 24, 2, 0, 51)
T16 = """高橋 由衣 様

チェンです。先日お送りしたご案内について、その後いかがでしょうか。
まだお返事をいただけていないため、作業は保留のままになっております。
内容にお間違いがなければ、このメールにご返信いただけますと幸いです。

なお、7日間ご返信がない場合、本件はいったんクローズとさせていただきます。

Chen
AWS Training and Certification

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, August 18, 2022 4:30 AM
To: yui.takahashi@tkhs-systems.co.jp
Subject: %s

""" % C_SUBJ + T15
mk(16, 'agent-chaser-horyuu-no-ids', 'support_reply', frm=FORM, frm_name=AWSN, to=YUI,
   subject=C_SUBJ, date=t16,
   body=alt_aws(T16, 'iso-2022-jp', '7bit', html_cte='base64'), case_id=CC_, provider='outlook')

Y2 = """差出人: 高橋 由衣 <yui.takahashi@tkhs-systems.co.jp>
送信日時: 2022年8月25日 9:12
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: %s

Chen様

ご連絡が遅くなり申し訳ありません。はい、進めてください。

高橋
""" % C_SUBJ
t17 = ts(2022, 8, 25, 6, 15, 3)
T17 = """高橋 由衣 様

ご返信ありがとうございました。チェンです。

ご指定いただいた2件のアカウント（末尾 5566 と 7001）を、AWS01100342 に集約する処理が済みました。
認定の履歴はすべて AWS01100342 の方でご覧いただけます。Credly のバッジは、数日以内に改めて届く予定です。

本件はこれでクローズとさせていただきます。
また何かありましたら、いつでもお問い合わせください。

Chen
AWS Training and Certification

""" + Y2
mk(17, 'agent-shuuyaku-sumi-close', 'merge_completed', frm=FORM, frm_name=AWSN, to=YUI,
   subject=C_SUBJ, date=t17, body=alt_aws(T17, 'utf-8', 'base64'), case_id=CC_, provider='outlook',
   accounts=['AWS01100342'])

# ---------------------------------------------------------------- thread D: Hiroshi Suzuki, Yahoo! JAPAN mail, 10-digit case (2020)
SUZ = 'h_suzuki1985@yahoo.co.jp'
CD = '6829137451'
D_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CD
YWD = ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日']


def yahoo_hdr(when, frm, to, subj):
    w = when.astimezone(JST)
    return '----- Original Message -----\nFrom: %s\nTo: %s\nDate: %d/%d/%d %s %02d:%02d\nSubject: %s\n' % (
        frm, to, w.year, w.month, w.day, YWD[w.weekday()], w.hour, w.minute, subj)


t18 = ts(2020, 2, 12, 3, 55, 30)
T18 = """鈴木 博 様

このたびは AWS 認定へお問い合わせいただき、ありがとうございます。
お客様からのご連絡を確かに承りました。

  お問い合わせ番号：%s

内容を確認のうえ、担当者よりあらためてご連絡いたします。
通常は 1 営業日以内にご返答しておりますが、混雑状況によってはお時間をいただく場合がございます。
本件について追加のご連絡がある場合は、件名の番号を変えずにこのメールへご返信ください。

本メールはシステムより自動で配信しております。

AWS 認定 カスタマーサービス
""" % CD
mk(18, 'form-ack-2020-jis-uketamawari', 'case_created', frm=FORM, frm_name=AWSN, to=SUZ,
   subject='[CASE %s] ' % CD + ew('AWS 認定 お問い合わせ受付のご連絡', 'iso-2022-jp'), date=t18,
   body=tpart(T18, 'plain', 'iso-2022-jp', '7bit'), case_id=CD, provider='yahoojp')

t_d1 = ts(2020, 2, 13, 1, 21, 0)
D1 = """鈴木 博 様

AWS 認定カスタマーサービスの佐々木でございます。
お問い合わせの件、確認いたしました。もう一方のアカウントの AWS 受験者 ID をお知らせいただけますでしょうか。
"""
t_s1 = ts(2020, 2, 13, 12, 48, 0)
S1 = """佐々木様

お世話になります。鈴木です。
もう一つのアカウントは AWS00100234 です（大学のアドレスで作ったものです）。
残したいのは、AWS00456789 の方です。

よろしくお願いします。

""" + yahoo_hdr(t_d1, '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', SUZ, D_SUBJ) + '\n' + D1
t19 = ts(2020, 2, 14, 2, 7, 45)
T19 = """鈴木 博 様

平素より AWS 認定をご利用いただき、誠にありがとうございます。
AWS 認定カスタマーサービスの佐々木でございます。

ご連絡いただきました内容にて、以下のとおりアカウントの名寄せを行う準備が整いました。

■ 名寄せ後に残るアカウント
　AWS 00456789（h_suzuki1985@yahoo.co.jp）

■ 上記へ情報を移したうえで、削除となるアカウント
　AWS 00100234（suzuki.h@example-univ.ac.jp）

名寄せを実施いたしますと、削除となるアカウントへはサインインいただけなくなり、
また、元の状態に戻すこともできかねます。

お手数ではございますが、上記の内容にご同意いただけるかどうか、本メールへのご返信にてお知らせくださいませ。

何卒よろしくお願い申し上げます。

佐々木
AWS 認定 カスタマーサービス

""" + yahoo_hdr(t_s1, '"鈴木 博" <%s>' % SUZ, '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', D_SUBJ) + '\n' + S1
mk(19, 'agent-nayose-doui-yahoo-quote', 'merge_confirmation_requested', frm=FORM, frm_name=AWSN, to=SUZ,
   subject=D_SUBJ, date=t19, body=tpart(T19, 'plain', 'iso-2022-jp', '7bit'), case_id=CD, provider='yahoojp',
   accounts=['AWS00100234', 'AWS00456789'])

t_s2 = ts(2020, 2, 16, 23, 2, 0)
S2 = """佐々木様

内容に同意します。よろしくお願いします。

鈴木
"""
t20 = ts(2020, 2, 17, 5, 36, 18)
T20 = """鈴木 博 様

AWS 認定カスタマーサービスの佐々木でございます。
ご同意のご連絡をいただき、ありがとうございました。

本日、AWS 00100234 の認定情報を AWS 00456789 へ移す処理を実施し、名寄せの作業はすべて終了しております。
今後は AWS 00456789 にて認定資格の確認や試験のご予約をお願いいたします。

本件につきましては、これをもちましてクローズとさせていただきます。
後ほどアンケートのご案内をお送りいたしますので、ご協力いただけましたら幸いです。

佐々木
AWS 認定 カスタマーサービス

""" + yahoo_hdr(t_s2, '"鈴木 博" <%s>' % SUZ, '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', D_SUBJ) + '\n' + S2
mk(20, 'agent-nayose-shuuryou-plus-close', 'merge_completed', frm=FORM, frm_name=AWSN, to=SUZ,
   subject=D_SUBJ, date=t20,
   body=multi('alternative', tpart(T20, 'plain', 'iso-2022-jp', '7bit'),
              tpart(text_to_html(T20), 'html', 'utf-8', 'base64')),
   case_id=CD, provider='yahoojp', accounts=['AWS00100234', 'AWS00456789'])

t21 = ts(2020, 2, 19, 15, 12, 7)
AUTH_ACCLAIM = {'dkim': [('youracclaim.com', 'pass'), ('sendgrid.net', 'pass')], 'spf': 'pass',
                'dmarc': ('pass', 'NONE', 'youracclaim.com')}
bu = ruuid()
T21 = """Hiroshi, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Claim your badge and share it with your network:
https://www.youracclaim.com/badges/%s/accept

Once accepted, your badge will appear on your Acclaim profile and can be shared on
LinkedIn, Twitter and Facebook, or embedded in your email signature.

Need help? https://support.youracclaim.com

Acclaim is operated by Credly, Inc.
You received this email because a badge was issued to %s.
""" % (bu, SUZ)
mk(21, 'acclaim-2020-badge-earned', 'credly_badge_issued', frm='admin@youracclaim.com',
   frm_name='Amazon Web Services Training and Certification via Acclaim', to=SUZ,
   subject="Hiroshi, you've earned a badge from Amazon Web Services Training and Certification", date=t21,
   body=multi('alternative', tpart(T21, 'plain', 'utf-8', 'quoted-printable'),
              tpart(text_to_html(T21, 'plain'), 'html', 'utf-8', 'quoted-printable')),
   auth=AUTH_ACCLAIM, ip='167.89.101.27', sender_host='o4.email.youracclaim.com',
   env_from='bounces+2911084-66ab-h_suzuki1985=yahoo.co.jp@email.youracclaim.com',
   msgid='<%s@ismtpd0004p1iad2.sendgrid.net>' % rb64(22).replace('/', 'Q').replace('+', 'x'),
   provider='yahoojp', lang='en')

# ---------------------------------------------------------------- thread E: Sayaka Ito, BIGLOBE, 15-digit form case (2024), iPhone quoting
ITO = 'sayaka-ito@biglobe.ne.jp'
CE = '173078416800559'
E_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CE


def iphone_hdr(when, name, email):
    w = when.astimezone(JST)
    return '%d/%02d/%02d %d:%02d、%s <%s>のメール:' % (w.year, w.month, w.day, w.hour, w.minute, name, email)


t22 = ts(2024, 11, 5, 5, 23, 2)
H22 = """<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px;color:#222">
<div style="max-width:640px">
<div style="border-bottom:3px solid #ff9900;padding:8px 0;font-weight:bold">AWS トレーニングと認定</div>
<p>伊藤 さやか 様</p>
<p>お問い合わせ内容が当窓口に届きましたので、お知らせいたします。<br>
担当者が順番に拝見しており、通常 24 時間以内にメールでご連絡を差し上げております。</p>
<table style="border:1px solid #ddd;border-collapse:collapse;font-size:13px">
<tr><th style="text-align:left;background:#f5f5f5;padding:4px 8px">ケース番号</th><td style="padding:4px 8px">%s</td></tr>
<tr><th style="text-align:left;background:#f5f5f5;padding:4px 8px">カテゴリ</th><td style="padding:4px 8px">Certification &gt; Account Merge</td></tr>
<tr><th style="text-align:left;background:#f5f5f5;padding:4px 8px">受信日時</th><td style="padding:4px 8px">2024/11/05 14:22 (JST)</td></tr>
</table>
<p>なお、同じご依頼で新しくお問い合わせを作成されると、別々の担当者が対応することになり、かえってお時間がかかる場合がございます。</p>
<p style="font-size:12px;color:#666">このメールにご返信いただくと、内容は上記のケースに追加されます。</p>
</div></body></html>
""" % CE
mk(22, 'form-ack-html-madoguchi-ni-todokimashita', 'case_created', frm=FORM, frm_name=AWSN, to=ITO,
   subject='[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CE, date=t22,
   body=tpart(H22, 'html', 'utf-8', 'base64'), case_id=CE, provider='biglobe')

t_i1 = ts(2024, 11, 5, 5, 40, 0)
I1 = """追加で質問です。
今持っている50%割引のバウチャーは、アカウントをまとめた後も使えますか？

iPhoneから送信"""
t23 = ts(2024, 11, 6, 1, 10, 26)
T23 = """伊藤 さやか 様

AWS トレーニングと認定 カスタマーサービスの大野と申します。
お問い合わせいただき、ありがとうございます。

追加でいただいた割引バウチャーのご質問について、先に回答いたします。
AWS02468013 に付与されている 50% 割引の特典は、有効期限内であればそのままご利用いただけます。
有効期限は、認定アカウントの「特典」ページからご確認いただけます。

もう一点、念のためお伺いしたいのですが、現在 Pearson VUE で予約済みの試験はございますでしょうか。
予約がある場合は、試験日と試験名をお知らせください。

アカウントの件につきましては、引き続き確認を進めております。

大野
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス

""" + iphone_hdr(t_i1, '伊藤さやか', ITO) + '\n\n' + quote(I1)
mk(23, 'agent-answers-voucher-asks-exam-booking', 'support_reply', frm=FORM, frm_name=AWSN, to=ITO,
   subject=E_SUBJ, date=t23, body=alt_aws(T23, 'utf-8', 'quoted-printable'), case_id=CE, provider='biglobe',
   accounts=['AWS02468013'])

t_i2 = ts(2024, 11, 6, 9, 2, 0)
I2 = """大野様

ありがとうございます。予約している試験はありません。
もう一つの古いアカウントは AWS01357924 です。残すのは AWS02468013 でお願いします。

iPhoneから送信"""
t24 = ts(2024, 11, 7, 2, 44, 9)
T24 = """伊藤 さやか 様

大野でございます。ご回答いただき、ありがとうございます。

以下のとおり、2 つの認定アカウントをひとつにまとめる手はずを整えました。

　統合後も残るアカウント：AWS-02468013
　統合により閉じられるアカウント：aws 01357924

閉じられるアカウントの認定資格・受験履歴・特典は、残るアカウントへ引き継がれます。
一度実施した統合は取り消すことができませんので、上記の組み合わせに誤りがないか、いま一度ご確認をお願いいたします。

問題がなければ、このメールに「上記で進めてください」等とご返信ください。
ご返信をいただいた時点で処理を開始いたします。

大野
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス

""" + iphone_hdr(t_i2, '伊藤さやか', ITO) + '\n\n' + quote(I2)
mk(24, 'agent-tehazu-totonoe-kakunin-variant-ids', 'merge_confirmation_requested', frm=FORM, frm_name=AWSN, to=ITO,
   subject=E_SUBJ, date=t24, body=alt_aws(T24, 'utf-8', 'base64'), case_id=CE, provider='biglobe',
   accounts=['AWS01357924', 'AWS02468013'])

t_i3 = ts(2024, 11, 7, 11, 15, 0)
I3 = """上記で進めてください。よろしくお願いします。

iPhoneから送信"""
t25 = ts(2024, 11, 8, 0, 31, 50)
T25 = """伊藤 さやか 様

大野でございます。
ご返信ありがとうございます。ただいま、担当チームにて統合の処理を行っております。

処理が終わり次第、改めてこちらからご連絡いたします。
それまでの間、両方のアカウントへのサインインが一時的にできなくなる場合がございますが、ご了承ください。

大野
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス

""" + iphone_hdr(t_i3, '伊藤さやか', ITO) + '\n\n' + quote(I3 + '\n\n' + iphone_hdr(t24, 'Amazon Web Services', FORM) + '\n\n' + quote(T24.split('大野\nAmazon Web Services')[0]))
mk(25, 'agent-shori-chuu-owari-shidai', 'support_reply', frm=FORM, frm_name=AWSN, to=ITO,
   subject=E_SUBJ, date=t25, body=alt_aws(T25, 'utf-8', 'quoted-printable'), case_id=CE, provider='biglobe')

t26 = ts(2024, 11, 11, 7, 58, 33)
T26 = """伊藤 さやか 様

お待たせいたしました。大野でございます。

先日ご依頼いただいた 2 つの認定アカウントを、AWS02468013 にひとつにまとめました。
これまでのアカウントで取得された認定資格も、すべて AWS02468013 の認定一覧に表示されております。

Credly のバッジについては、数日中に Credly からメールが届きますので、画面の案内に沿って受け取りをお願いいたします。

このたびはお時間をいただき、ありがとうございました。

大野
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス
"""
mk(26, 'agent-hitotsu-ni-matomemashita', 'merge_completed', frm=FORM, frm_name=AWSN, to=ITO,
   subject=E_SUBJ, date=t26, body=alt_aws(T26, 'utf-8', 'base64'), case_id=CE, provider='biglobe',
   accounts=['AWS02468013'])

t27 = ts(2024, 11, 11, 8, 2, 4)
T27 = """伊藤 さやか 様

ケース %s はクローズされました。

AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。
よろしければ、今回の対応について 2 つの質問にお答えください。

1. ご用件は解決しましたか？
   はい: https://pulse.aws/survey/TC9XK2LQ?caseId=%s&r=1
   いいえ: https://pulse.aws/survey/TC9XK2LQ?caseId=%s&r=0

2. 担当者の対応を 5 段階で評価してください。
   https://pulse.aws/survey/TC9XK2LQ?caseId=%s&q=2

ご回答内容は、サービス品質の向上のためにのみ使用いたします。
""" % (CE, CE, CE, CE)
mk(27, 'closure-two-questions-pulse', 'survey', frm=NOREPLY, frm_name=AWSN, to=ITO,
   subject=ew('アンケートご協力のお願い：ケース ') + '\n ' + CE, date=t27,
   body=alt_aws(T27, 'utf-8', 'quoted-printable'), case_id=CE, provider='biglobe')

# ---------------------------------------------------------------- thread F: Shun Watanabe, So-net, Thunderbird quoting, plain register
WATA = 's-watanabe@xa2.so-net.ne.jp'
CF = '175677511201873'
F_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CF


def tb_hdr(when, name):
    w = when.astimezone(JST)
    return '%d/%02d/%02d %d:%02d に %s さんは書きました:' % (w.year, w.month, w.day, w.hour, w.minute, name)


t_w1 = ts(2025, 9, 2, 1, 40, 0)
W1 = """追記です。
手元で確認できた ID は AWS03020408 と AWS00777123 の2つです。
AWS03020408 の方を残したいです。

--
渡辺 駿
"""
t28 = ts(2025, 9, 3, 4, 22, 17)
T28 = """渡辺様

ご連絡ありがとうございます。サポート担当の岡田です。
アカウントをひとつにするご依頼、承りました。

いただいた ID のうち AWS00777123 は、登録されているお名前の表記が少し違っていて（Watanabe Syun）、
ご本人のものかどうかこちらで判断できませんでした。
お手数ですが、次の2点を教えてください。

1. AWS00777123 にサインインするときに使っていたメールアドレス
2. そのアカウントで最後に受けた試験の名前（だいたいの時期でもかまいません）

わかる範囲で大丈夫です。このメールにそのまま返信してください。

岡田
AWS トレーニングと認定 サポート

""" + tb_hdr(t_w1, '渡辺 駿') + '\n' + quote(W1)
mk(28, 'agent-plain-asks-login-mail-thunderbird', 'support_reply', frm=FORM, frm_name=AWSN, to=WATA,
   subject=F_SUBJ, date=t28, body=alt_aws(T28, 'utf-8', 'base64'), case_id=CF, provider='sonet',
   accounts=['AWS00777123'])

t_w2 = ts(2025, 9, 3, 12, 9, 0)
W2 = """岡田さん

返信ありがとうございます。
1. watanabe.s@campus.example.ac.jp です（学生時代のアドレスです）
2. Cloud Practitioner を 2019 年の秋ごろに受けました

名前のつづりは、当時まちがえて Syun で登録したのだと思います。

--
渡辺 駿
"""
t29 = ts(2025, 9, 4, 2, 15, 41)
T29 = """渡辺様

岡田です。情報ありがとうございます。ご本人のアカウントであることが確認できました。

それでは、念のため内容の確認です。次のとおりで進めて大丈夫でしょうか。

  残すアカウント　：AWS03020408
  なくなるアカウント：AWS00777123（中身は AWS03020408 に引っ越します）

なくなる方のアカウントには、今後はサインインできなくなります。元に戻すこともできないので、
問題なければ、このメールに「OK」とだけ返信してください。返事をもらってから作業に入ります。

岡田
AWS トレーニングと認定 サポート

""" + tb_hdr(t_w2, '渡辺 駿') + '\n' + quote(W2 + '\n' + tb_hdr(t28, 'Amazon Web Services') + '\n' + quote(T28.split('岡田\nAWS')[0]))
mk(29, 'agent-plain-kore-de-daijoubu-ok', 'merge_confirmation_requested', frm=FORM, frm_name=AWSN, to=WATA,
   subject=F_SUBJ, date=t29, body=alt_aws(T29, 'utf-8', 'quoted-printable'), case_id=CF, provider='sonet',
   accounts=['AWS00777123', 'AWS03020408'])

t_w3 = ts(2025, 9, 4, 10, 30, 0)
W3 = """OK です。お願いします。

--
渡辺 駿
"""
t30 = ts(2025, 9, 5, 0, 48, 2)
T30 = """渡辺様

岡田です。確認ありがとうございます。
このあと、担当チームで作業に入ります。
終わったら、またこのケースでお知らせしますね。早ければ今日中、遅くとも 2〜3 日で終わる見込みです。

岡田
AWS トレーニングと認定 サポート

""" + tb_hdr(t_w3, '渡辺 駿') + '\n' + quote(W3 + '\n' + tb_hdr(t29, 'Amazon Web Services') + '\n' + quote(T29.split('岡田\nAWS')[0]))
mk(30, 'agent-plain-kakunin-arigatou-kono-ato', 'support_reply', frm=FORM, frm_name=AWSN, to=WATA,
   subject=F_SUBJ, date=t30, body=alt_aws(T30, 'utf-8', 'base64'), case_id=CF, provider='sonet')

t31 = ts(2025, 9, 5, 9, 3, 27)
T31 = """渡辺様

岡田です。お待たせしました。

ＡＷＳ００７７７１２３ に入っていた認定の記録を、ＡＷＳ０３０２０４０８ にすべて移し終わりました。
Cloud Practitioner（2019 年取得）の履歴も、今は残した方のアカウントで見られるはずです。
念のため、一度サインインして表示を確かめてみてください。

Credly のバッジは、このあと数日のうちに別メールで届きます。

岡田
AWS トレーニングと認定 サポート
"""
mk(31, 'agent-plain-fullwidth-ids-utsushi-owari', 'merge_completed', frm=FORM, frm_name=AWSN, to=WATA,
   subject=F_SUBJ, date=t31, body=alt_aws(T31, 'utf-8', 'base64'), case_id=CF, provider='sonet',
   accounts=['AWS00777123', 'AWS03020408'])

t32 = ts(2025, 9, 7, 21, 44, 10)
bu = ruuid()
T32 = """渡辺さん、新しいバッジが届いています

Amazon Web Services Training and Certification から、次のバッジが発行されました。

  AWS Certified Cloud Practitioner

バッジを受け取ると、LinkedIn などで共有したり、メール署名に追加したりできます。

バッジを受け取る:
https://www.credly.com/badges/%s/accept?locale=ja

このメールは、認定の記録が別のアカウントへ移されたため、お客様のメールアドレス宛てに改めてお送りしています。

ヘルプ: https://support.credly.com
Credly, Inc. | 400 Pike Street, Suite 1000 | Seattle, WA 98101
""" % bu
mk(32, 'credly-ja-localized-badge-todoiteimasu', 'credly_badge_issued', frm='admin@credly.com',
   frm_name='Amazon Web Services Training and Certification via Credly', to=WATA,
   subject=ew('渡辺さん、Amazon Web Services Training and Certification からバッジが届いています', chunk=16),
   date=t32, body=multi('alternative', tpart(T32, 'plain', 'utf-8', 'quoted-printable'),
                        tpart(text_to_html(T32, 'plain'), 'html', 'utf-8', 'quoted-printable')),
   auth=AUTH_CREDLY, ip='149.72.154.232', sender_host='o7.ptr9142.credly.com',
   env_from='bounces+31337-1a0e-s-watanabe=xa2.so-net.ne.jp@em.credly.com',
   msgid='<%s@geopod-ismtpd-7>' % rb64(22).replace('/', 'k').replace('+', 'P'), provider='sonet')

# ---------------------------------------------------------------- thread G: Takeshi Yamamoto, company Postfix (no AR), Becky! quoting
YAMA = 't-yamamoto@yamamoto-koumuten.co.jp'
CG = '173685530009142'
G_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CG


def becky_hdr(when, name, email):
    w = when.astimezone(JST)
    return 'On %s\n"%s" <%s> wrote:' % (format_datetime(w), name, email)


t33 = ts(2025, 1, 14, 11, 48, 36)
T33 = """山本 剛 様

このたびは AWS トレーニングと認定にご連絡いただき、ありがとうございます。
以下の番号でお申し込みを承っております。

  ケース ID：%s

担当者より、原則 24 時間以内にご回答いたします（土日祝日を除く）。
ご回答をお待ちいただく間に同じ内容を再度送信されますと、対応が重複し、かえってお時間を頂戴する場合がございます。

------------------------------------------------------------
(English follows)

Thank you for contacting AWS Training and Certification.
Your request has been logged under case ID %s. An agent will respond within 24 hours
(excluding weekends and holidays). Please do not submit the same request again.
------------------------------------------------------------

AWS トレーニングと認定 カスタマーサービス
""" % (CG, CG)
mk(33, 'form-ack-bilingual-no-ar', 'case_created', frm=FORM, frm_name=AWSN, to=YAMA,
   subject='[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CG, date=t33,
   body=tpart(T33, 'plain', 'utf-8', 'base64'), case_id=CG, provider='corp-none', auth=None)

t_y1 = ts(2025, 1, 15, 0, 12, 40)
YM1 = """AWS ご担当者様

お世話になっております。山本工務店の山本です。
ご連絡いただいた件、以下の通り回答します。

・旧アカウント：AWS01019202（以前の会社のアドレスで登録）
・新アカウント：AWS02731648（現在のアドレス）
・新アカウントを残したいです。

以上、よろしくお願いいたします。

--------------------------------------
 株式会社山本工務店 情報システム課
 山本 剛  t-yamamoto@yamamoto-koumuten.co.jp
 TEL 048-555-0123
--------------------------------------
"""
t34 = ts(2025, 1, 15, 6, 31, 5)
T34 = """山本 剛 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの松田でございます。
ご回答いただき、誠にありがとうございます。

お知らせいただいた内容をもとに、ご登録情報を次のとおりひとつにいたします。
お手続きの前に、最終のご確認をお願い申し上げます。

　【存続】AWS02731648
　【廃止】AWS01019202　→ 記録はすべて存続側へ引き継がれます

廃止となるアカウントは、お手続き後に復元することができかねます。
上記にお間違いがないようでしたら、ご承諾の旨をご返信くださいますようお願い申し上げます。

松田
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス

""" + becky_hdr(t_y1, '山本 剛', YAMA) + '\n' + quote(YM1)
mk(34, 'agent-sonzoku-haishi-shoudaku-becky', 'merge_confirmation_requested', frm=FORM, frm_name=AWSN, to=YAMA,
   subject=G_SUBJ, date=t34, body=alt_aws(T34, 'utf-8', 'quoted-printable'), case_id=CG, provider='corp-none',
   auth=None, accounts=['AWS01019202', 'AWS02731648'])

t_y2 = ts(2025, 1, 15, 23, 58, 0)
YM2 = """松田様

お世話になっております。山本です。
内容に相違ございません。承諾いたします。

山本
"""
t35 = ts(2025, 1, 16, 2, 20, 44)
T35 = """山本 剛 様

松田でございます。ご承諾いただき、ありがとうございます。

お手続きに入る前に、一点だけお伺いさせてください。
廃止側のアカウント（AWS 01019202）に、2025 年 2 月 3 日の Pearson VUE 試験予約（SAA-C03）が残っております。
この予約は廃止側に紐づいているため、お手続きの前にいったんキャンセルしていただくか、
受験後にお手続きを行うか、いずれをご希望でしょうか。

ご希望をお知らせいただけましたら、それに合わせて進めさせていただきます。

松田
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス

""" + becky_hdr(t_y2, '山本 剛', YAMA) + '\n' + quote(YM2 + '\n' + becky_hdr(t34, 'Amazon Web Services', FORM) + '\n' + quote(T34.split('松田\nAmazon')[0]))
mk(35, 'agent-asks-about-exam-booking-before', 'support_reply', frm=FORM, frm_name=AWSN, to=YAMA,
   subject=G_SUBJ, date=t35, body=alt_aws(T35, 'utf-8', 'base64'), case_id=CG, provider='corp-none',
   auth=None, accounts=['AWS01019202'])

t_y3 = ts(2025, 1, 16, 5, 2, 0)
YM3 = """松田様

ご確認ありがとうございます。予約はキャンセルしました。
このまま進めてください。

山本
"""
t36 = ts(2025, 1, 17, 8, 11, 29)
T36 = """山本 剛 様

松田でございます。
予約のキャンセルについてご対応いただき、ありがとうございました。

本日、AWS01019202 の記録を AWS02731648 へ移し、ご登録情報をひとつにいたしました。
今後は AWS02731648 のみをご利用くださいますようお願い申し上げます。
試験のご予約は、改めて AWS02731648 からお取りいただけます。

ご不明な点がございましたら、本メールにご返信ください。

松田
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス

""" + becky_hdr(t_y3, '山本 剛', YAMA) + '\n' + quote(YM3)
mk(36, 'agent-hitotsu-ni-itashimashita-becky', 'merge_completed', frm=FORM, frm_name=AWSN, to=YAMA,
   subject=G_SUBJ, date=t36, body=alt_aws(T36, 'utf-8', 'quoted-printable'), case_id=CG, provider='corp-none',
   auth=None, accounts=['AWS01019202', 'AWS02731648'])

t37 = ts(2025, 1, 17, 8, 20, 2)
H37 = """<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"></head>
<body style="font-family:Meiryo,'Hiragino Sans',sans-serif;background:#fafafa">
<center><table width="560" style="background:#fff;border:1px solid #e1e1e1" cellpadding="20"><tr><td>
<p style="font-size:16px;font-weight:bold">カスタマーサービスの対応はいかがでしたか</p>
<p>山本 剛 様</p>
<p>先日はお問い合わせ（ケース ID: %s）をいただき、ありがとうございました。本ケースは対応を終えたため、クローズいたしました。</p>
<p>担当者の対応について、星の数で評価をお聞かせください。</p>
<p style="font-size:28px;letter-spacing:6px">
<a href="https://aws.amazon.com/ja/support/survey?case=%s&amp;score=1" style="text-decoration:none;color:#ff9900">&#9733;</a>
<a href="https://aws.amazon.com/ja/support/survey?case=%s&amp;score=2" style="text-decoration:none;color:#ff9900">&#9733;</a>
<a href="https://aws.amazon.com/ja/support/survey?case=%s&amp;score=3" style="text-decoration:none;color:#ff9900">&#9733;</a>
<a href="https://aws.amazon.com/ja/support/survey?case=%s&amp;score=4" style="text-decoration:none;color:#ff9900">&#9733;</a>
<a href="https://aws.amazon.com/ja/support/survey?case=%s&amp;score=5" style="text-decoration:none;color:#ff9900">&#9733;</a>
</p>
<p style="font-size:12px;color:#777">1 = 不満 ／ 5 = 満足</p>
<p style="font-size:11px;color:#999">このメールは送信専用アドレスから配信されています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</td></tr></table></center></body></html>
""" % ((CG,) * 6)
mk(37, 'closure-star-rating-html-only', 'survey', frm=NOREPLY, frm_name=AWSN, to=YAMA,
   subject=ew('【AWS】カスタマーサービスの対応はいかがでしたか', 'iso-2022-jp'), date=t37,
   body=tpart(H37, 'html', 'utf-8', 'base64'), case_id=CG, provider='corp-none', auth=None)

# ---------------------------------------------------------------- thread H: Nakamura, docomo / Gmail, Credly follow-up
NAKA = 'ryo.nakamura@docomo.ne.jp'
NAKA_G = 'ryo.nakamura.0527@gmail.com'
CH = '175195625104418'
H_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CH

t_n1 = ts(2025, 7, 12, 3, 5, 0)
N1 = """Amazon Web Services 御中

中村です。アカウントの統合ありがとうございました。
認定一覧は AWS04040821 にまとまっているのを確認しましたが、Credly のバッジが古いアカウント側に残ったままのようです。
こちらも移していただくことは可能でしょうか。
"""
t38 = ts(2025, 7, 14, 5, 47, 19)
T38 = """中村 亮 様

お世話になっております。AWS トレーニングと認定 カスタマーサービスの石井でございます。
ご連絡いただき、ありがとうございます。

Credly のデジタルバッジにつきましては、認定アカウント側のお手続きとは別の仕組みで管理されております。
このため、AWS04040821 に紐づく Credly アカウントへのバッジの付け替えを、本日 Credly の担当チームへ依頼いたしました。

反映までに 5〜7 営業日ほどかかる見込みです。付け替えが済みますと、Credly から受け取りのご案内メールが届きます。
恐れ入りますが、今しばらくお待ちいただけますでしょうか。

石井
Amazon Web Services
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
From: 中村 亮 <ryo.nakamura@docomo.ne.jp>
Sent: Saturday, July 12, 2025 12:05 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: %s

""" % H_SUBJ + N1
mk(38, 'agent-credly-tsukekae-irai-shimashita', 'support_reply', frm=FORM, frm_name=AWSN, to=NAKA,
   subject=H_SUBJ, date=t38, body=alt_aws(T38, 'utf-8', 'base64'), case_id=CH, provider='docomo',
   accounts=['AWS04040821'])

t39 = ts(2025, 7, 18, 16, 2, 55)
T39 = """Ryo, 3 badges from Amazon Web Services Training and Certification are ready for you

Good news! Following an update to your AWS Certification record, the badges below have been
re-issued to this email address:

  * AWS Certified Solutions Architect - Associate
  * AWS Certified Developer - Associate
  * AWS Certified Cloud Practitioner

Accept them to display them on your Credly profile and share them with your network.

View and accept your badges:
https://www.credly.com/earner/earned?utm_campaign=badges_moved&utm_medium=email

Your previous copies of these badges have been retired.

Credly, Inc. | 400 Pike Street, Suite 1000 | Seattle, WA 98101
Manage email preferences: https://www.credly.com/notification_preferences
"""
DOCOMO_AR = ('mfilter.docomo.ne.jp;\n\tspf=pass smtp.mailfrom=bounces+31337-77c2-ryo.nakamura=docomo.ne.jp@em.credly.com;\n'
             '\tdkim=pass header.i=@credly.com;\n\tdmarc=pass header.from=credly.com')
mk(39, 'credly-three-badges-reissued-forwarded-gmail', 'credly_badge_issued', frm='admin@credly.com',
   frm_name='Amazon Web Services Training and Certification via Credly', to=NAKA_G,
   subject='Ryo, 3 badges from Amazon Web Services Training and Certification are ready for you', date=t39,
   body=multi('alternative', tpart(T39, 'plain', 'us-ascii', '7bit'),
              tpart(text_to_html(T39, 'plain'), 'html', 'utf-8', 'quoted-printable')),
   auth=AUTH_CREDLY, ip='203.138.180.72', sender_host='mfsmax.docomo.ne.jp',
   env_from='ryo.nakamura=docomo.ne.jp+caf_=ryo.nakamura.0527=gmail.com@docomo.ne.jp',
   forged_ar=DOCOMO_AR, msgid='<%s@geopod-ismtpd-2>' % rb64(22).replace('/', 'r').replace('+', 'z'), lang='en')

t40 = ts(2025, 7, 29, 0, 0, 31)
T40 = """中村 亮 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

ケース %s につきまして、最後のご案内から 7 日間お客様からのご返信を確認できなかったため、
本ケースは自動的にクローズいたしました。
まだご用件が解決していない場合は、14 日以内であればこのケースを再開していただけます。

よろしければ、今回の対応についての簡単なアンケートにご協力ください。
  https://pulse.aws/survey/CS-TC-JP?displayId=%s

ご協力をお願い申し上げます。

Amazon Web Services
""" % (CH, CH)
mk(40, 'auto-close-no-reply-7days-survey', 'survey', frm=NOREPLY, frm_name=AWSN, to=NAKA,
   subject='[CASE %s] ' % CH + ew('ケースのクローズとアンケートのお願い', 'iso-2022-jp'), date=t40,
   body=tpart(T40, 'plain', 'iso-2022-jp', '7bit'), case_id=CH, provider='docomo')

# ---------------------------------------------------------------- thread I: Daisuke Mori, Gmail (English ack, bilingual survey)
MORI = 'd.mori.cloud@gmail.com'
CI = '176096536400037'
t41 = ts(2025, 10, 24, 3, 33, 8)
T41 = """森 大輔 様

AWS トレーニングと認定をご利用いただき、ありがとうございました。
ケース %s は解決済みとしてクローズされました。

今回のサポートはお役に立ちましたか？ / Was your issue resolved?
  はい / Yes : https://aws.amazon.com/ja/survey/tc?c=%s&a=y
  いいえ / No : https://aws.amazon.com/ja/survey/tc?c=%s&a=n

担当者の対応を評価する / Rate your agent:
  https://aws.amazon.com/ja/survey/tc?c=%s&rate

ご意見をお寄せいただき、ありがとうございます。
Amazon Web Services
""" % (CI, CI, CI, CI)
mk(41, 'closure-bilingual-hai-iie', 'survey', frm=NOREPLY, frm_name=AWSN, to=MORI,
   subject=ew('アンケート: ') + ' Was your issue resolved? [CASE %s]' % CI, date=t41,
   body=alt_aws(T41, 'utf-8', 'quoted-printable'), case_id=CI)

t42 = ts(2025, 10, 20, 13, 2, 58)
T42 = """Hello Daisuke,

Thanks for getting in touch with AWS Training and Certification.

We've logged your request under case %s and placed it in our queue. One of our
specialists will write back to you, usually within one business day.

What you sent us
  Topic:              Certification / Account Merge
  Candidate ID given: aws00661245
  Preferred language: Japanese

While you wait: if you have more information to add, reply to this email and keep the case number
in the subject line. Please don't submit a new request for the same issue.

AWS Training and Certification Customer Support
""" % CI
mk(42, 'form-ack-en-logged-queue', 'case_created', frm=FORM, frm_name=AWSN, to=MORI,
   subject='[CASE %s] We received your request - AWS Training and Certification' % CI, date=t42,
   body=alt_aws(T42, 'us-ascii', '7bit', html_cte='quoted-printable'), case_id=CI, accounts=['AWS00661245'], lang='en')

# ---------------------------------------------------------------- thread J: Emi Kobayashi, own domain on Xserver
EMI = 'emi@kobayashi-design.jp'
CJ = '176454822901765'
t43 = ts(2025, 12, 1, 0, 17, 24)
T43 = """親愛なるお客様、

Amazon Web Services に連絡していただきありがとうございます。私たちはあなたの問題に対処するためにケース %s を作りました。

ケースの詳細:
ケース ID: %s
件名: 二つの認定アカウントの一本化のお願い
重大度: 一般的なガイダンス
ケースの作成者: emi@kobayashi-design.jp

あなたは次のリンクでケースを見たり、情報を追加することができます:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

私たちのサポートエンジニアはできるだけ早くあなたに連絡を取るでしょう。

※このメールに返信しないでください。このアドレスは受信に対応していません。

Amazon Web Services
""" % (CJ, CJ, CJ)
mk(43, 'console-ack-mt-shinai-naru-okyakusama-8bit', 'case_created', frm=NOREPLY, frm_name=AWSN, to=EMI,
   subject='Amazon Web Services: ' + ew('あなたは新しいサポートケースを持っています: ') + '\n ' + CJ, date=t43,
   body=tpart(T43, 'plain', 'utf-8', '8bit'), case_id=CJ, provider='xserver')

t44 = ts(2025, 12, 6, 11, 20, 45)
bu = ruuid()
H44 = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="background:#f4f4f4;font-family:'Hiragino Sans',Meiryo,sans-serif">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo-orange.png" width="88" alt="Credly"></td></tr>
<tr><td style="padding:0 24px">
<h1 style="font-size:20px;color:#1d1d1d">Emi さん、バッジを受け取る準備ができました</h1>
<p>Amazon Web Services Training and Certification より、次のデジタルバッジが発行されています。</p>
<p style="font-weight:bold">AWS Certified AI Practitioner</p>
<p><a href="https://www.credly.com/badges/%s/accept?locale=ja" style="background:#ff6b00;color:#fff;padding:12px 22px;border-radius:3px;text-decoration:none;display:inline-block">バッジを受け取る</a></p>
<p style="font-size:13px;color:#555">受け取ったバッジは、プロフィールへの表示、SNS での共有、証明書のダウンロードに利用できます。</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#8a8a8a">Credly, Inc. | 400 Pike Street, Suite 1000 | Seattle, WA 98101<br>
<a href="https://www.credly.com/notification_preferences?locale=ja" style="color:#8a8a8a">メール配信設定</a></td></tr>
</table></body></html>
""" % bu
mk(44, 'credly-ja-html-only-uketoru-junbi', 'credly_badge_issued', frm='admin@credly.com',
   frm_name='Amazon Web Services Training and Certification via Credly', to=EMI,
   subject=ew('Emi さん、Amazon Web Services Training and Certification のバッジを受け取れます', 'utf-8', 'Q'), date=t44,
   body=tpart(H44, 'html', 'utf-8', 'quoted-printable'),
   auth=AUTH_CREDLY, ip='149.72.126.143', sender_host='wrqvtzvf.outbound-mail.sendgrid.net',
   env_from='bounces+31337-c3b0-emi=kobayashi-design.jp@em.credly.com',
   msgid='<%s@geopod-ismtpd-11>' % rb64(22).replace('/', 'q').replace('+', 'T'), provider='xserver')

# ---------------------------------------------------------------- Japanese look-alikes about the merge (phishing)
t45 = ts(2025, 6, 9, 8, 41, 13)
T45 = """AWS 認定をお持ちのお客様へ

アカウント統合の手続きに伴い、お客様の認定バッジが再発行されました。
再発行されたバッジは、受け取りの手続きを行うまで有効になりません。

▼ 再発行されたバッジ
　AWS Certified Solutions Architect – Professional

48 時間以内に受け取りを行わない場合、バッジは失効し、再発行には手数料が発生します。
下のボタンから Credly にサインインして、バッジを受け取ってください。

　バッジを受け取る: https://credly-notification.com/ja/accept?token=%s

Credly サポートチーム
""" % rhex(32)
mk(45, 'phish-credly-lookalike-saihakkou', 'credly_badge_issued', frm='noreply@credly-notification.com',
   frm_name='Credly', to=KENTA,
   subject=ew('【Credly】統合後のバッジ受け取り手続きのお願い（48時間以内）'), date=t45,
   body=alt_aws(T45, 'utf-8', 'base64'),
   auth={'dkim': [('credly-notification.com', 'pass')], 'spf': 'pass',
         'dmarc': ('pass', 'NONE', 'credly-notification.com')},
   ip='45.153.34.118', sender_host='mail.credly-notification.com',
   env_from='bounce@credly-notification.com', msgid='<%s@credly-notification.com>' % rhex(24))

YAMADA = 'yamada.k@ocn.ne.jp'
T46 = """山田 様

いつもAWS認定をご利用いただき、誠にありがとうございます。

お客様名義で複数の認定アカウントが確認されたため、システムにより以下のとおり統合が予定されております。

　①統合元アカウント：AWS05822016
　②統合先アカウント：新規発行アカウント

統合を承認される場合は、下記より本人確認を行ってください。
本人確認が 72 時間以内に行われない場合、両方のアカウントの認定資格が一時停止されます。

　▼統合の承認・本人確認
　https://aws-certification-jp.com/merge/confirm?id=AWS05822016&sid=%s

※本メールは送信専用です。

━━━━━━━━━━━━━━━━━━━━━━━━━
AWS トレーニングと認定 事務局
━━━━━━━━━━━━━━━━━━━━━━━━━
""" % rhex(16)
t46 = ts(2025, 8, 19, 22, 14, 0)
mk(46, 'phish-lookalike-domain-tougou-shounin-sjis', 'merge_confirmation_requested',
   frm='info@aws-certification-jp.com', frm_name='AWS認定事務局', frm_charset='iso-2022-jp', to=YAMADA,
   subject=ew('【重要】認定アカウント統合のご確認（要対応）', 'shift_jis'), date=t46,
   body=tpart(T46, 'plain', 'shift_jis', 'base64', label='Shift_JIS'),
   auth={'dkim': [('aws-certification-jp.com', 'pass')], 'spf': 'pass',
         'dmarc': ('pass', 'NONE', 'aws-certification-jp.com')},
   ip='103.145.12.77', sender_host='mail.aws-certification-jp.com',
   env_from='info@aws-certification-jp.com', msgid='<%s.%d@aws-certification-jp.com>' % (rhex(16), RNG.randint(1000, 9999)),
   provider='ocn', accounts=['AWS05822016'])

t47 = ts(2025, 11, 3, 18, 27, 39)
T47 = """お客様

AWS 認定アカウントの統合が正常に終わりました。

ただし、統合後の特典（50% 割引バウチャー）を有効にするには、24 時間以内に統合後のアカウントでサインインし、
お支払い情報の再確認を行っていただく必要があります。

　サインインはこちら: https://aws-certification.signin-verify.net/ja/
""" + """
ケース番号: %s
Amazon Web Services
""" % CA
FORGED = ('mx.amazon.com;\n       dkim=pass header.i=@amazon.com header.s=rjt5mxbu7q3q2lcbd2ozcb4cj3s4iwz3;\n'
          '       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com')
mk(47, 'phish-spoofed-amazon-dmarc-fail-forged-ar', 'merge_completed', frm=NOREPLY, frm_name=AWSN, to=KENTA,
   subject=ew('【AWS】アカウント統合のお知らせ（特典の有効化が必要です）'), date=t47,
   body=alt_aws(T47, 'utf-8', 'base64'),
   auth={'dkim': [], 'spf': 'softfail', 'dmarc': ('fail', 'QUARANTINE', 'amazon.com')},
   ip='185.244.25.190', sender_host='vmi2214876.contaboserver.net', env_from='root@vmi2214876.contaboserver.net',
   msgid='<%s@vmi2214876.contaboserver.net>' % rhex(20), forged_ar=FORGED, dkim_domains=[],
   case_id=CA)

t48 = ts(2025, 4, 2, 4, 50, 12)
T48 = """佐藤 様

AWS 認定サポート窓口です。
お問い合わせいただいたアカウントの統合につきまして、担当者にて作業を進めております。

作業を続けるために、両方のアカウントにサインインできることを確認する必要がございます。
お手数ですが、以下の項目をこのメールにご返信ください。

・統合元アカウントのログインメールアドレスとパスワード
・統合先アカウントのログインメールアドレスとパスワード
・生年月日

ご返信をいただけない場合、統合の手続きは取り消しとなります。

AWS認定サポート窓口
"""
mk(48, 'phish-asks-passwords-for-merge-yahoo', 'support_reply', frm='support@aws-training-jp.net',
   frm_name='AWS認定サポート窓口', to='sato.ayumi77@yahoo.co.jp',
   subject='Re: ' + ew('アカウント統合の件（追加情報のお願い）', 'iso-2022-jp'), date=t48,
   body=tpart(T48, 'plain', 'iso-2022-jp', '7bit'),
   auth={'dkim': [], 'spf': 'pass', 'dmarc': ('none', 'NONE', 'aws-training-jp.net')},
   ip='91.92.241.53', sender_host='smtp.aws-training-jp.net', env_from='support@aws-training-jp.net',
   msgid='<%s@aws-training-jp.net>' % rhex(20), provider='yahoojp', dkim_domains=[])

# ---------------------------------------------------------------- unrelated look-alikes
CK = '174529139806622'
t49 = ts(2025, 4, 23, 2, 12, 50)
T49 = """お客様のケース %(c)s に新しい対応が追加されました。

------------------------------------------------
佐藤様

AWS サポートの請求担当、林でございます。お問い合わせいただきありがとうございます。

複数の AWS アカウントの請求をひとつにまとめたいとのご相談について、ご案内いたします。
AWS Organizations をご利用いただくと、管理アカウント（AWS アカウント ID: 384756102938）の配下に
他のアカウントをメンバーとして招待し、請求を一括でお支払いいただけます（一括請求）。

なお、AWS アカウント自体を統合する（リソースや利用履歴を 1 つのアカウントに移す）機能はございませんので、ご了承ください。
招待の手順は以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/organizations/latest/userguide/orgs_manage_accounts_invites.html

その他ご不明な点がございましたら、このケースからお知らせください。

林
Amazon Web Services
------------------------------------------------

ケースを表示または返信するには、次のリンクを使用してください:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=ja

*このメールアドレスに返信することはできません。
""" % {'c': CK}
mk(49, 'aws-billing-case-ikkatsu-seikyuu', 'unrelated', frm=NOREPLY, frm_name=AWSN, to=KENTA,
   subject='[Case %s] ' % CK + ew('新しい対応が追加されました'), date=t49,
   body=alt_aws(T49, 'utf-8', 'base64'), case_id=CK)

CQ = '12840573916'
t50 = ts(2023, 6, 14, 8, 3, 1)
T50 = """中村 亮 様

Amazon Web Services サポートにお問い合わせいただき、ありがとうございます。

東京リージョン (ap-northeast-1) における「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」
のクォータ引き上げのリクエストについて、ご希望の 256 vCPU への変更を承認し、反映いたしました。
新しい値は Service Quotas コンソールでご確認いただけます。

ご不明な点がございましたら、このケースを再開してお知らせください。

Best regards,
Kaito W.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see the file or message, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
""" % CQ
mk(50, 'aws-quota-increase-case-11digit', 'unrelated', frm=NOREPLY, frm_name=AWSN, to=NAKA,
   subject='RE:[CASE %s] Limit Increase: EC2 Instances' % CQ, date=t50,
   body=alt_aws(T50, 'utf-8', 'quoted-printable'), case_id=CQ, provider='docomo')

CS_ = '7712093458'
t51 = ts(2025, 7, 2, 9, 31, 20)
T51 = """こんにちは

Amazon出品サービスをご利用いただき、ありがとうございます。

重複している出品用アカウントの統合についてお問い合わせいただきました。
確認のため、以下の情報をお知らせください。

1. 統合を希望される 2 つの出品用アカウントの出品者 ID（マーチャントトークン）
2. 今後使い続ける出品用アカウントのメールアドレス
3. 登録されている法人名または個人名

お知らせいただいた情報をもとに、担当部署にて確認いたします。

このメールに関するご質問は、セラーセントラルの「ケースログ」からケース ID %s を選択し、ご返信ください。

Amazon.co.jp
セラーサポート
""" % CS_
mk(51, 'seller-central-jp-duplicate-seller-accounts', 'unrelated', frm='seller-notification@amazon.com',
   frm_name='Amazon Seller Central', to='shop@kobayashi-design.jp',
   subject='RE:[CASE %s] ' % CS_ + ew('出品用アカウントの統合について', 'iso-2022-jp'), date=t51,
   body=tpart(T51, 'plain', 'iso-2022-jp', '7bit'), case_id=CS_, provider='xserver',
   msgid='<%s.%d.JavaMail.sellercentral@amazon.com>' % (rhex(12), RNG.randint(10**9, 10**10)),
   dkim_domains=['amazon.com'])

t52 = ts(2025, 6, 2, 15, 0, 7)
H52 = """<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,Arial,sans-serif;font-size:14px">
<table width="600" align="center"><tr><td>
<img src="https://www.certmetrics.com/amazon/images/aws-cert-logo.png" width="160" alt="AWS Certified">
<h2 style="font-weight:normal">AWS 認定についてご意見をお聞かせください</h2>
<p>田中 美咲 様</p>
<p>AWS 認定プログラムでは、認定保有者の皆様の声をもとにプログラムの改善を続けています。
5 分ほどの簡単なアンケートにご協力いただけますと幸いです。</p>
<p><a href="https://www.certmetrics.com/amazon/survey/start.aspx?sid=%s" style="background:#232f3e;color:#fff;padding:10px 20px;text-decoration:none">アンケートに回答する</a></p>
<p style="font-size:12px;color:#666">このメールは、AWS 認定の受験者（AWS03314952）としてご登録いただいているアドレスにお送りしています。<br>
AWS Certification wants to hear from you.</p>
<p style="font-size:11px;color:#999">Please do not reply to this email. This mailbox is not monitored.</p>
</td></tr></table></body></html>
""" % rhex(32)
mk(52, 'certmetrics-survey-lookalike-ja', 'unrelated', frm='do-not-reply@certmetrics.com',
   frm_name='AWS Certification', to=MISAKI,
   subject=ew('AWS 認定についてご意見をお聞かせください'), date=t52,
   body=tpart(H52, 'html', 'utf-8', 'base64'),
   auth=auth_other('certmetrics.com', pol='REJECT'), ip='52.160.71.18', sender_host='mail.certmetrics.com',
   env_from='do-not-reply@certmetrics.com', msgid='<%s@certmetrics.com>' % ruuid(), provider='nifty',
   accounts=['AWS03314952'])

t53 = ts(2025, 8, 28, 6, 15, 40)
T53 = """佐藤 健太 様

この度は、Pearson VUE で試験をご予約いただき、ありがとうございます。
以下の内容でご予約を承りました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
日時: 2025年9月20日 (土) 10:00 JST
試験形式: テストセンター
会場: 新宿 テストセンター（東京都新宿区西新宿 1-XX-X 8F）
登録 ID: 486201937
AWS 受験者 ID: AWS04561237

試験当日は、開始時刻の 30 分前までに会場へお越しください。
有効な身分証明書を 2 点ご持参ください（うち 1 点は顔写真付き、いずれも署名入りのもの）。

予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。

Pearson VUE
"""
mk(53, 'pearson-vue-ja-yoyaku-kakunin', 'unrelated', frm='pearsonvueconfirmation@pearson.com',
   frm_name='Pearson VUE', to=KENTA,
   subject=ew('試験予約の確認 - AWS Certification', 'iso-2022-jp'), date=t53,
   body=multi('alternative', tpart(T53, 'plain', 'iso-2022-jp', '7bit'),
              tpart(text_to_html(T53, 'plain'), 'html', 'utf-8', 'base64')),
   auth=auth_other('pearson.com', pol='REJECT'), ip='159.182.1.40', sender_host='mx1.pearson.com',
   env_from='pearsonvueconfirmation@pearson.com', msgid='<%s@pearson.com>' % ruuid(),
   accounts=['AWS04561237'])

t54 = ts(2025, 5, 27, 22, 58, 12)
T54 = """AWS Builder ID の確認

AWS Builder ID の作成を続けるには、以下の確認コードを入力してください。

確認コード: 735 902

このコードの有効期限は 10 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""
mk(54, 'builder-id-code-no-ar', 'unrelated', frm='no-reply@signin.aws', frm_name='AWS', to=YAMA,
   subject=ew('AWS Builder ID の確認コード', 'utf-8', 'Q'), date=t54,
   body=alt_aws(T54, 'utf-8', 'quoted-printable'), provider='corp-none', auth=None,
   dkim_domains=['signin.aws', 'amazonses.com'])

t55 = ts(2025, 6, 10, 1, 44, 2)
T55 = """Hi Kenta,

We received a request to merge another Credly account into yours.

Account to be merged: kenta.sato@old-corp.co.jp

To continue, enter this verification code on the Credly website:

    482913

or click the button below.

Complete Account Merge:
https://www.credly.com/users/account_merge/confirm?token=%s

Once merged, badges and profile information from the other account will appear on this account.
If you did not request this, you can ignore this email; nothing will change.

The Credly Team
""" % rhex(40)
mk(55, 'credly-self-service-merge-code', 'unrelated', frm='admin@credly.com', frm_name='Credly', to=KENTA,
   subject='Confirm your Credly account merge', date=t55,
   body=multi('alternative', tpart(T55, 'plain', 'us-ascii', '7bit'),
              tpart(text_to_html(T55, 'plain'), 'html', 'utf-8', 'quoted-printable')),
   auth=AUTH_CREDLY, ip='149.72.126.143', sender_host='wrqvtzvf.outbound-mail.sendgrid.net',
   env_from='bounces+31337-0be1-kenta.sato.dev=gmail.com@em.credly.com',
   msgid='<%s@geopod-ismtpd-5>' % rb64(22).replace('/', 'j').replace('+', 'U'), lang='en')

t56 = ts(2025, 10, 2, 14, 5, 19)
T56 = """伊藤 さやか さん

AWS Certified Developer - Associate のバッジの有効期限が 90 日後（2026年1月1日）に迫っています。

有効期限が切れると、バッジは「期限切れ」と表示され、共有先でも有効な資格として確認できなくなります。
再認定の方法については、Amazon Web Services Training and Certification のページをご確認ください。

バッジを確認する:
https://www.credly.com/badges/%s?locale=ja

Credly, Inc. | 400 Pike Street, Suite 1000 | Seattle, WA 98101
""" % ruuid()
mk(56, 'credly-ja-expiry-reminder-90days', 'unrelated', frm='admin@credly.com',
   frm_name='Amazon Web Services Training and Certification via Credly', to=ITO,
   subject=ew('バッジの有効期限が近づいています: AWS Certified Developer - Associate'), date=t56,
   body=tpart(T56, 'plain', 'utf-8', 'base64'),
   auth=AUTH_CREDLY, ip='149.72.154.232', sender_host='o7.ptr9142.credly.com',
   env_from='bounces+31337-55d1-sayaka-ito=biglobe.ne.jp@em.credly.com',
   msgid='<%s@geopod-ismtpd-9>' % rb64(22).replace('/', 'e').replace('+', 'W'), provider='biglobe')

t57 = ts(2025, 6, 4, 3, 27, 45)
T57 = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kenta-sato/cert-tools/pull/42#event-17960423115
You are receiving this because you authored the thread.

Message ID: <kenta-sato/cert-tools/pull/42/issue_event/17960423115@github.com>
"""
H57 = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/kenta-sato/cert-tools/pull/42">#42</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/kenta-sato/cert-tools/pull/42#event-17960423115">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
mk(57, 'github-pr-merged-account-dedupe', 'unrelated', frm='notifications@github.com',
   frm_name='Yuki Okamoto', to=KENTA,
   subject='Re: [kenta-sato/cert-tools] Merge duplicate candidate accounts in CSV export (PR #42)', date=t57,
   body=multi('alternative', tpart(T57, 'plain', 'utf-8', '7bit'), tpart(H57, 'html', 'utf-8', '7bit')),
   auth=auth_other('github.com', pol='REJECT'), ip='192.30.252.201', sender_host='out-18.smtp.github.com',
   env_from='noreply@github.com', msgid='<kenta-sato/cert-tools/pull/42/issue_event/17960423115@github.com>',
   extra=[('In-Reply-To', '<kenta-sato/cert-tools/pull/42@github.com>'),
          ('References', '<kenta-sato/cert-tools/pull/42@github.com>'),
          ('List-ID', 'kenta-sato/cert-tools <cert-tools.kenta-sato.github.com>'),
          ('X-GitHub-Reason', 'author')], lang='en')

t58 = ts(2025, 9, 16, 11, 3, 0)
T58 = """AWS をご利用のお客様

お客様の AWS アカウントに登録されているお支払い方法の有効期限が切れているため、
ご請求の処理ができませんでした。

このままの状態が続くと、2025年9月18日以降、お客様のアカウントで実行中のサービスが停止されます。
サービスの停止を避けるため、以下のリンクからお支払い情報を更新してください。

　お支払い情報を更新する
　http://amazon-aws-jp.com/billing/update?uid=%s

※本メールにお心当たりのない場合も、念のためご確認をお願いいたします。

Amazon Web Services Japan
""" % rhex(12)
mk(58, 'phish-billing-update-wrong-charset-label', 'unrelated', frm='billing@amazon-aws-jp.com',
   frm_name='Amazon Web Services', to=SUZ,
   subject=ew('【AWS】お支払い方法の確認が必要です', 'shift_jis'), date=t58,
   body=tpart(T58, 'plain', 'shift_jis', '8bit', label='x-sjis'),
   auth={'dkim': [], 'spf': 'fail', 'dmarc': ('fail', 'NONE', 'amazon-aws-jp.com')},
   ip='194.87.218.40', sender_host='mail.amazon-aws-jp.com', env_from='billing@amazon-aws-jp.com',
   msgid='<%s@amazon-aws-jp.com>' % rhex(18), provider='yahoojp', dkim_domains=[])

t59 = ts(2025, 5, 12, 1, 0, 33)
T59 = """AWS Summit Japan 2025 開催のご案内

いつも AWS をご利用いただき、ありがとうございます。
今年も AWS Summit Japan を 6 月 25 日（水）・26 日（木）の 2 日間、幕張メッセにて開催いたします。

■ AWS 認定者限定ラウンジ
AWS 認定をお持ちの方は、会場内の認定者ラウンジをご利用いただけます。
ご来場の際は、Credly のデジタルバッジまたは AWS 認定アカウントの画面をご提示ください。

■ 事前登録
https://aws.amazon.com/jp/summits/japan/?trk=%s

配信停止をご希望の場合は、こちらから手続きしてください:
https://pages.awscloud.com/communication-preferences.html

アマゾン ウェブ サービス ジャパン合同会社
東京都品川区上大崎 3-1-1 目黒セントラルスクエア
""" % rhex(8)
mk(59, 'aws-summit-japan-newsletter', 'unrelated', frm='aws-marketing-email-replies@amazon.com',
   frm_name='アマゾン ウェブ サービス ジャパン', frm_charset='iso-2022-jp', to=WATA,
   subject=ew('【ご招待】AWS Summit Japan 2025 事前登録受付中', 'iso-2022-jp'), date=t59,
   body=alt_aws(T59, 'utf-8', 'quoted-printable'), provider='sonet',
   extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>'),
          ('X-Campaign', 'JP-SUMMIT-2025-REG')])

t60 = ts(2025, 3, 18, 6, 40, 12)
T60 = """岡本 健 さんがマージリクエスト !128 をマージしました:

  基盤チーム / aws-accounts
  認定アカウント統合手順書の追加

マージ先ブランチ: main
コミット: 3f9c2a1e

マージリクエストを表示: https://git.tkhs-systems.co.jp/infra/aws-accounts/-/merge_requests/128

--
このメールは、あなたがこのマージリクエストの作成者であるため送信されています。
通知設定を変更: https://git.tkhs-systems.co.jp/-/profile/notifications
"""
mk(60, 'gitlab-ja-merge-request-merged', 'unrelated', frm='gitlab@git.tkhs-systems.co.jp', frm_name='GitLab', to=YUI,
   subject='Re: ' + ew('基盤チーム / aws-accounts | 認定アカウント統合手順書の追加 (!128)'), date=t60,
   body=alt_aws(T60, 'utf-8', 'base64'),
   auth=auth_other('git.tkhs-systems.co.jp'), ip='203.0.113.25', sender_host='git.tkhs-systems.co.jp',
   env_from='gitlab@git.tkhs-systems.co.jp', msgid='<merge_request_8812_merged@git.tkhs-systems.co.jp>',
   provider='outlook', extra=[('X-GitLab-Project', 'aws-accounts'), ('X-GitLab-MergeRequest-IID', '128'),
                              ('X-GitLab-NotificationReason', 'own_activity')])

# === END MAILS ===


def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fname, data in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote %d mails' % len(MAILS))


if __name__ == '__main__':
    main()
