#!/usr/bin/env python3
"""Generator for blind set 307: e-mails around merging AWS Certification accounts.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json in this folder.
"""
import base64
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone

from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(307)
LABELS = {}
NEWTEXT = {}          # file -> new text (used to cross-check account ids)

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))

ID_RE = re.compile(r'(?<![A-Za-z0-9])AWS[ \-]?(\d{8})(?!\d)', re.I)


def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


def d(y, mo, da, h, mi, s=0, tz=UTC):
    return datetime(y, mo, da, h, mi, s, tzinfo=tz)


def case15(opened, suffix):
    """15-digit display id: unix time of opening + 5 digits."""
    return '%d%05d' % (int(opened.timestamp()), suffix)


# ---------------------------------------------------------------- randomness
def rhex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rng.choice(alphabet) for _ in range(n))


def ralnum(n):
    return ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def uuid4():
    return '%s-%s-4%s-%s%s-%s' % (rhex(8), rhex(4), rhex(3), rng.choice('89ab'), rhex(3), rhex(12))


def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000)
    return '<0100%012x-%s-000000@email.amazonses.com>' % (ms, uuid4())


def fold_b64(s, indent='\t ', width=64):
    return ('\n' + indent).join(s[i:i + width] for i in range(0, len(s), width))


# ---------------------------------------------------------------- MIME parts
CODECS = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8',
          'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}


def part(body, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None, label=None):
    """A text part; codec = how bytes are really encoded, label = what the header says."""
    raw = body.encode(codec or CODECS[charset.lower()])
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', label or charset)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    del p['MIME-Version']
    return p


def alt(*parts, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts, boundary=None):
    m = MIMEMultipart('mixed', boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def b_amazon():
    return '----=_Part_%d_%d.%d' % (rng.randint(1000000, 9999999), rng.randint(100000000, 999999999),
                                     rng.randint(1700000000000, 1760000000000))


def b_gmail():
    return '000000000000' + rhex(16)


def b_outlook():
    return '_000_%s_' % ralnum(40)


def to_html(text, quote_from=None):
    """Plain text -> simple HTML; lines starting with '>' become blockquotes."""
    out = []
    for para in text.split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines if l.strip()):
            inner = '<br>\n'.join(html.escape(l.lstrip('> ').rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(html.escape(l) for l in lines))
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n%s\n</body></html>\n' % '\n'.join(out)


# ---------------------------------------------------------------- quoting styles
def q(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.split('\n'))


def gmail_attr(dt, name, addr):
    hour = dt.strftime('%I').lstrip('0')
    return 'On %s, %s at %s:%s %s %s <%s> wrote:' % (
        dt.strftime('%a'), dt.strftime('%b %-d, %Y'), hour, dt.strftime('%M'), dt.strftime('%p'), name, addr)


WD_JA = '月火水木金土日'


def ja_attr(dt, name, addr):
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (dt.year, dt.month, dt.day, WD_JA[dt.weekday()],
                                              dt.hour, dt.minute, name, addr)


def outlook_block(frm, dt, to, subject, sep='________________________________'):
    return '%s\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n' % (
        sep, frm, dt.strftime('%A, %B %-d, %Y %-I:%M %p'), to, subject)


def original_block(frm, dt, to, subject):
    return '-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n' % (
        frm, dt.strftime('%a, %d %b %Y %H:%M:%S'), to, subject)


# ---------------------------------------------------------------- transport headers
def ar_line(authserv, dkim=(), spf=None, dmarc=None, extra=''):
    """dkim: list of (result, domain, selector); spf: (result, mailfrom, ip); dmarc: (result, from, policy)."""
    items = []
    for res, dom, sel in dkim:
        if res == 'none':
            items.append('dkim=none (message not signed)')
        else:
            items.append('dkim=%s%s header.i=@%s header.s=%s header.b=%s' % (
                res, ' (body hash did not verify)' if res == 'fail' else '', dom, sel, rb64(8)))
    if spf:
        res, mf, ip = spf
        if authserv == 'mx.google.com':
            verb = 'designates' if res == 'pass' else 'does not designate'
            items.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s'
                         % (res, mf, verb, ip, mf))
        else:
            items.append('spf=%s smtp.mailfrom=%s' % (res, mf))
    if dmarc:
        res, frm, pol = dmarc
        if authserv == 'mx.google.com':
            items.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
                         % (res, pol, pol, 'NONE' if res == 'pass' else pol, frm))
        else:
            items.append('dmarc=%s header.from=%s' % (res, frm))
    if extra:
        items.append(extra)
    return 'Authentication-Results: %s;\n       %s' % (authserv, ';\n       '.join(items))


def outlook_ar(spf, dkim, dmarc, ip, mailfrom_dom, from_dom, dkim_dom):
    comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=001'
    dk = 'dkim=%s (signature was verified) header.d=%s' % (dkim, dkim_dom) if dkim == 'pass' else \
        'dkim=%s (no signature) header.d=none' % dkim
    return ('Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s'
            % (spf, ip, mailfrom_dom, dk, dmarc, 'none' if dmarc == 'pass' else 'quarantine', from_dom, comp))


def dkim_sig(dom, sel, dt, hdrs='Date:From:To:Message-ID:Subject:MIME-Version:Content-Type'):
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s'
            % (sel, dom, int(dt.timestamp()), hdrs, rb64(43), fold_b64(rb64(342) + '=', '\t ', 68)))


AMZ_SEL = 'rjs2jxbqq2n6ksbgoxr2ziobqv5h3t4a'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'
SES_SEL2 = '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'


def ses_ip():
    return rng.choice(['54.240.8.%d', '54.240.48.%d', '54.240.9.%d', '54.240.11.%d', '23.251.234.%d']) % rng.randint(2, 250)


def gmail_received(to, dt, ip, host):
    local = dt.astimezone(PDT if 3 <= dt.month <= 10 else PST)
    tzname = '(PDT)' if 3 <= dt.month <= 10 else '(PST)'
    stamp = local.strftime('%a, %d %b %Y %H:%M:%S %z') + ' ' + tzname
    stamp2 = (local - timedelta(seconds=1)).strftime('%a, %d %b %Y %H:%M:%S %z') + ' ' + tzname
    top = 'Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s' % (
        rhex(4), rhex(4), rhex(3), rhex(4), rhex(4), rng.choice('abcdefghk') + str(rng.randint(10, 99)),
        rng.randint(100000, 9999999), rng.choice(['mdb', 'wra', 'lqb']), stamp)
    mx = ('Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n        for <%s>\n'
          '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
          % (host, host, ip, rhex(14), rng.randint(100, 999), local.strftime('%Y.%m.%d.%H.%M.%S'), to, stamp2))
    return top, mx, stamp


def build(fname, label, msg_headers, body, transport, newtext):
    """transport: list of header strings (already folded) placed above msg_headers."""
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body, linesep='\n')
    raw_body = buf.getvalue()
    head = '\n'.join(transport + msg_headers + ['MIME-Version: 1.0'])
    data = head.encode('ascii') + b'\n' + raw_body
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    lab = dict(label)
    lab['account_ids'] = sorted(set(lab['account_ids']))
    calc = ids_in(newtext)
    if calc != lab['account_ids']:
        raise SystemExit('%s: labelled ids %s but new text has %s' % (fname, lab['account_ids'], calc))
    LABELS[fname] = lab
    NEWTEXT[fname] = newtext


def L(kind, case_id, ids, verified, lang):
    return {'kind': kind, 'case_id': case_id, 'account_ids': list(ids), 'sender_verified': verified,
            'language': lang}


def subj(s, charset=None):
    if charset is None:
        try:
            s.encode('ascii')
            return 'Subject: ' + s
        except UnicodeEncodeError:
            charset = 'utf-8'
    return 'Subject: ' + Header(s, charset, header_name='Subject').encode(maxlinelen=76, splitchars=' ')


def addr(name, a, charset='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


# ---------------------------------------------------------------- senders and delivery
def sender(kind, dt, **kw):
    """Return a dict describing the sending infrastructure."""
    if kind == 'ses':
        ip = ses_ip()
        a, b = ip.split('.')[2:4]
        return dict(ip=ip, host='a%s-%s.smtp-out.amazonses.com' % (a, b),
                    mailfrom=ses_msgid(dt)[1:-1].replace('email.amazonses.com', 'amazonses.com'),
                    mfdom='amazonses.com', from_dom=kw.get('from_dom', 'amazon.com'),
                    dkim=[(kw.get('from_dom', 'amazon.com'), AMZ_SEL), ('amazonses.com', SES_SEL)],
                    policy='QUARANTINE', trailer=['X-SES-Outgoing: %s-%s' % (dt.strftime('%Y.%m.%d'), ip),
                                                  'Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % rb64(43)])
    if kind == 'credly':
        ip = '149.72.%d.%d' % (rng.randint(1, 250), rng.randint(2, 250))
        dom = kw.get('from_dom', 'credly.com')
        return dict(ip=ip, host='o%d.email.%s' % (rng.randint(1, 9), dom),
                    mailfrom='bounces+%d-%s-%s@email.%s' % (rng.randint(1000000, 9999999), rhex(4),
                                                          kw['to'].replace('@', '='), dom),
                    mfdom='email.' + dom, from_dom=dom, dkim=[(dom, 's1'), ('sendgrid.info', 'smtpapi')],
                    policy='NONE', trailer=['X-SG-EID: %s' % rb64(60), 'X-Entity-ID: %s' % rb64(22)])
    # custom
    kw.setdefault('policy', 'NONE')
    kw.setdefault('trailer', [])
    kw.setdefault('mfdom', kw['mailfrom'].split('@')[1])
    return kw


def deliver(provider, to, dt, s, auth='pass', forged=None):
    """Transport headers (top of the message) for sender s delivered to provider.
    auth: 'pass' | 'fwdfail' | 'spoof' | 'lookalike' | 'none'."""
    rx = dt + timedelta(seconds=rng.randint(1, 40))
    ip, host, mf = s['ip'], s['host'], s['mailfrom']
    dk_sign = s['dkim']
    if auth in ('pass', 'lookalike'):
        dk = [('pass', dom, sel) for dom, sel in dk_sign]
        spf = ('pass', mf, ip)
        dm = ('pass', s['from_dom'], s['policy'])
    elif auth == 'fwdfail':   # forwarded by an alias that rewrote the body
        dk = [('fail', dom, sel) for dom, sel in dk_sign]
        mf = s['fwd_mailfrom']
        ip = s['fwd_ip']
        host = s['fwd_host']
        spf = ('pass', mf, ip)
        dm = ('fail', s['from_dom'], s['policy'])
    elif auth == 'spoof':
        dk = [('none', '', '')]
        spf = ('softfail', mf, ip)
        dm = ('fail', s['from_dom'], s['policy'])
    else:
        dk = spf = dm = None
    hs = []
    if provider == 'gmail':
        top, mx, stamp = gmail_received(to, rx, ip, host)
        hs += [top,
               'X-Google-Smtp-Source: AGHT+I%s' % rb64(74),
               'X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
                   rhex(4), rhex(4), rhex(3), rhex(4), rhex(12), rng.randint(10, 999),
                   rng.randint(10**12, 10**13), stamp),
               'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=%s;\n        b=%s' % (
                   int(rx.timestamp()), 'arc-20240605' if rx.year >= 2024 else 'arc-20160816', fold_b64(rb64(340) + '==', '        ', 68))]
        if dk is not None:
            hs.append('ARC-' + ar_line('mx.google.com', dk, spf, dm).replace('Authentication-Results: ', 'Authentication-Results: i=1; ', 1))
        hs += ['Return-Path: <%s>' % mf, mx]
        if spf:
            hs.append('Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
                spf[0], mf, 'designates' if spf[0] == 'pass' else 'does not designate', ip, ip))
        if dk is not None:
            hs.append(ar_line('mx.google.com', dk, spf, dm))
    elif provider == 'outlook':
        srv = lambda: '%s%dPR%02dMB%d' % (rng.choice(['PH0', 'SA1', 'BY5', 'DM6', 'CH3', 'MW4']),
                                          rng.randint(1, 9), rng.randint(1, 20), rng.randint(1000, 9999))
        a, b, c = srv(), srv(), 'BN2PEPF0000%s' % ralnum(4).upper()
        st = lambda t: t.strftime('%a, %d %b %Y %H:%M:%S +0000')
        rxu = rx.astimezone(UTC)
        hs += ['Received: from %s.namprd%02d.prod.outlook.com (2603:10b6:%s::%s) by\n %s.namprd%02d.prod.outlook.com with HTTPS; %s' % (
                   a, rng.randint(1, 20), rhex(3), rhex(2), b, rng.randint(1, 20), st(rxu + timedelta(seconds=2))),
               'Received: from %s.namprd%02d.prod.outlook.com (2603:10b6:%s:%s::%d) by\n %s.namprd%02d.prod.outlook.com (2603:10b6:%s:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                   srv(), rng.randint(1, 20), rhex(3), rhex(2), rng.randint(1, 30), a, rng.randint(1, 20), rhex(3),
                   rhex(2), rng.randint(1, 30), rng.randint(8000, 9200), rng.randint(10, 40), st(rxu + timedelta(seconds=1)))]
        if dk is not None:
            dkres = dk[0][0]
            hs.append(outlook_ar(spf[0], dkres if dkres != 'none' else 'none', dm[0], ip, s['mfdom'] if auth != 'fwdfail' else mf.split('@')[1],
                                 s['from_dom'], dk_sign[0][0]))
            hs.append('Received-SPF: %s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
                spf[0].capitalize(), s['mfdom'], ip, ip, host))
        hs.append('Received: from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s' % (
            host, ip, c, rng.randint(1, 250), rng.randint(1, 250), rng.randint(8000, 9200), rng.randint(10, 40), st(rxu)))
    elif provider in ('nifty', 'ocn', 'posteo', 'corp', 'biglobe'):
        authserv = {'nifty': 'mx.nifty.com', 'ocn': 'mx.ocn.ne.jp', 'posteo': 'mx04.posteo.de',
                    'biglobe': 'mail.biglobe.ne.jp', 'corp': s.get('authserv', 'mail.example.net')}[provider]
        tz = JST if provider in ('nifty', 'ocn', 'biglobe') else CET
        loc = rx.astimezone(tz)
        hs.append('Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            authserv, authserv, ralnum(12).upper(), to, loc.strftime('%a, %d %b %Y %H:%M:%S %z')
            + (' (JST)' if tz is JST else ' (CET)')))
        if dk is not None:
            hs.append(ar_line(authserv, dk, spf, dm))
        hs.append('Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
            host, host, ip, authserv.replace('mx', 'mx-in', 1), ralnum(10), to,
            loc.strftime('%a, %d %b %Y %H:%M:%S %z')))
    if auth == 'fwdfail':
        hs.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            s['host'], s['host'], s['ip'], s['fwd_host'], ralnum(11).upper(), s.get('fwd_to', to),
            (dt + timedelta(seconds=1)).strftime('%a, %d %b %Y %H:%M:%S +0000')))
    if forged:
        hs.append(forged)
    if s.get('origin'):
        hs.append('Received: from %s (%s [%s])\n\tby %s with ESMTPSA id %s;\n\t%s' % (
            s['origin'], s['origin'], s.get('origin_ip', '10.%d.%d.%d' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))),
            host, ralnum(10), dt.strftime('%a, %d %b %Y %H:%M:%S +0000')))
    for dom, sel in dk_sign:
        if auth != 'spoof' and dom:
            hs.append(dkim_sig(dom, sel, dt))
    return hs


def std_headers(dt, frm, to, subject_line, msgid, s=None, extra=()):
    hs = ['Date: ' + format_datetime(dt), 'From: ' + frm, 'To: ' + to, 'Message-ID: ' + msgid, subject_line]
    hs += list(extra)
    if s:
        hs += s['trailer']
    return hs


# ---------------------------------------------------------------- AWS texts
CONSOLE_FOOTER_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
{agent}
Amazon Web Services

Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://repost.aws/knowledge-center/?icmpid=support_email_category

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://support.console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us again about this case, please use the above URL.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

CONSOLE_FOOTER_JA = """フィードバックをお寄せください。AWS サポートセンターで、このやり取りやその他のやり取りを評価することで、ご意見をお聞かせください。やり取りの右上隅にある星を選択して評価できます。

よろしくお願いいたします。
{agent}
Amazon Web Services

AWS サポートナレッジセンターをご覧ください。AWS のサービスに関するお客様からの質問に回答する記事や動画を集めたナレッジベースです: https://repost.aws/ja/knowledge-center/?icmpid=support_email_category

このケースについて再度お問い合わせいただくには、次の URL から AWS サポートセンターにアクセスしてください:

https://support.console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

*このメールは受信専用のアドレスから送信されています。
このケースについて再度お問い合わせいただく場合は、上記の URL をご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。"""

FORM_FOOTER_EN = """Amazon Web Services
AWS Training and Certification

This message was sent in response to your inquiry submitted through the AWS Training and Certification contact form. You may reply directly to this e-mail; please keep the case number in the subject line.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210."""

FORM_FOOTER_JA = """Amazon Web Services
AWS トレーニングと認定

本メールは、AWS トレーニングと認定のお問い合わせフォームからお送りいただいたお問い合わせへの回答です。本メールに直接ご返信いただけます（件名のケース番号は削除しないでください）。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。"""

FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'


# ====================================================================== MAILS
# ---------------------------------------------------------------- C1 Kenji (ja, form desk, Gmail)
KENJI = 'kenji.watanabe.dev@gmail.com'
KENJI_OLD = 'k.watanabe@tsubasa-sys.co.jp'
K_OPEN = d(2025, 5, 26, 13, 41, 7)
K = case15(K_OPEN, 317)
K_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % K


def m001():
    dt = K_OPEN + timedelta(seconds=14)
    new = """渡辺 健二 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
以下の内容でお問い合わせを受け付けました。担当者より、原則として24時間以内にご連絡いたします。

ケース番号: %s

---------- お問い合わせ内容 ----------
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
AWS 候補者 ID: AWS10382265
お問い合わせ内容:
転職に伴い、以前の会社のメールアドレスで作成した認定アカウント（AWS04417289）と、
個人のメールアドレスのアカウント（AWS10382265）の2つがあります。
個人のほうに1つにまとめていただくことは可能でしょうか。
--------------------------------------

同じ内容で新しいお問い合わせを作成されますと、回答が遅れる場合がございます。
追加の情報がございましたら、本メールにご返信ください。

※本メールは送信専用のシステムから自動でお送りしています。

""" % K + FORM_FOOTER_JA
    body = part(new, charset='iso-2022-jp', cte='7bit')
    s = sender('ses', dt)
    tr = deliver('gmail', KENJI, dt, s)
    hs = std_headers(dt, FORM_FROM, KENJI, subj('[CASE %s] AWS トレーニングと認定: お問い合わせを受け付けました' % K, 'iso-2022-jp'),
                     ses_msgid(dt), s)
    build('001-ja-form-ack-kenji.eml', L('case_created', K, ['AWS04417289', 'AWS10382265'], True, 'ja'),
          hs, body, tr, new)


K_ASK_DT = d(2025, 5, 27, 0, 22, 41)
K_ASK = """渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
カスタマーサポート担当の小林でございます。

認定アカウントの統合についてのお問い合わせをいただき、ありがとうございます。
手続きを進めるにあたり、恐れ入りますが以下の点をご教示いただけますでしょうか。

1. 存続させるアカウント（統合先）としてご希望のアカウント
   ・AWS04417289
   ・AWS10382265
2. 各アカウントのサインインに使用しているメールアドレス
3. 各アカウントの通知先メールアドレス（サインイン用と異なる場合のみ）

なお、同一のご依頼で新しいケースを作成されますと、対応が遅れる場合がございます。
本メールへのご返信にてお知らせくださいますよう、お願い申し上げます。

何卒よろしくお願い申し上げます。

小林
"""


def m002():
    dt = K_ASK_DT
    new = K_ASK + '\n' + FORM_FOOTER_JA
    h = to_html(new)
    body = alt(part(new, charset='utf-8', cte='quoted-printable'),
               part(h, 'html', charset='utf-8', cte='quoted-printable'), boundary=b_amazon())
    s = sender('ses', dt)
    tr = deliver('gmail', KENJI, dt, s)
    hs = std_headers(dt, FORM_FROM, KENJI, subj(K_SUBJ), ses_msgid(dt), s)
    build('002-ja-agent-asks-which-to-keep.eml', L('support_reply', K, ['AWS04417289', 'AWS10382265'], True, 'ja'),
          hs, body, tr, new)


K_USER1_DT = d(2025, 5, 28, 8, 2, tz=JST)
K_USER1 = """小林様

ご連絡ありがとうございます。以下の通りです。

1. 存続させたいのは AWS10382265 です。
2. AWS04417289 : k.watanabe@tsubasa-sys.co.jp
   AWS10382265 : kenji.watanabe.dev@gmail.com
3. 通知先もそれぞれ同じです。

よろしくお願いいたします。
渡辺"""

K_REQ_DT = d(2025, 5, 28, 5, 5, 12)
K_REQ = """渡辺 健二 様

ご返信いただき、誠にありがとうございます。
いただいた情報をもとに確認いたしましたところ、以下の内容で統合を実施いたします。

【統合元（統合後に無効となるアカウント）】
AWS 候補者 ID: AWS04417289
サインイン用メールアドレス: k.watanabe@tsubasa-sys.co.jp

【統合先（存続するアカウント）】
AWS 候補者 ID: AWS10382265
サインイン用メールアドレス: kenji.watanabe.dev@gmail.com

統合後は、統合元アカウントの認定資格・受験履歴・特典（受験割引バウチャー等）が統合先アカウントへ移行されます。
なお、一度統合を行いますと元に戻すことはできませんので、あらかじめご了承ください。

上記の内容でお間違いがないか、本メールにご返信のうえお知らせいただけますでしょうか。
ご確認が取れ次第、統合作業を開始いたします。

小林
"""


def m003():
    dt = K_REQ_DT
    hist = (original_block('渡辺健二 <%s>' % KENJI, K_USER1_DT, 'aws-cs-trainingcertification-form@amazon.com', K_SUBJ)
            + '\n' + K_USER1 + '\n\n' + ja_attr(K_ASK_DT.astimezone(JST), 'Amazon Web Services',
                                                'aws-cs-trainingcertification-form@amazon.com') + '\n' + q(K_ASK) + '\n')
    new = K_REQ + '\n' + FORM_FOOTER_JA
    text = new + '\n\n' + hist
    body = part(text, charset='shift_jis', cte='base64')
    s = sender('ses', dt)
    tr = deliver('gmail', KENJI, dt, s)
    hs = std_headers(dt, FORM_FROM, KENJI, subj(K_SUBJ), ses_msgid(dt), s)
    build('003-ja-confirm-request-sjis.eml', L('merge_confirmation_requested', K, ['AWS04417289', 'AWS10382265'], True, 'ja'),
          hs, body, tr, new)


K_USER2_DT = d(2025, 5, 28, 15, 12, tz=JST)
K_USER2 = """小林様

内容に間違いありません。統合を進めてください。
よろしくお願いいたします。

渡辺 健二"""


def m004():
    dt = d(2025, 5, 28, 7, 40, 3)
    new = """渡辺 健二 様

ご確認いただき、誠にありがとうございます。

承知いたしました。これより担当部署にて統合作業を進めてまいります。
作業が完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。

引き続きよろしくお願い申し上げます。

小林
""" + '\n' + FORM_FOOTER_JA
    hist = (ja_attr(K_USER2_DT, '渡辺健二', KENJI) + '\n' + q(K_USER2) + '\n>\n'
            + q(ja_attr(K_REQ_DT.astimezone(JST), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
                + '\n' + q(K_REQ)) + '\n')
    text = new + '\n\n' + hist
    h = to_html(text)
    body = alt(part(text, charset='utf-8', cte='base64'), part(h, 'html', charset='utf-8', cte='base64'),
               boundary=b_amazon())
    s = sender('ses', dt)
    tr = deliver('gmail', KENJI, dt, s)
    hs = std_headers(dt, FORM_FROM, KENJI, subj(K_SUBJ), ses_msgid(dt), s)
    build('004-ja-thanks-will-proceed.eml', L('support_reply', K, [], True, 'ja'), hs, body, tr, new)


def m005():
    dt = d(2025, 5, 29, 2, 31, 50)
    new = """渡辺 健二 様

いつもお世話になっております。AWS トレーニングと認定の小林でございます。

大変お待たせいたしました。
ご依頼いただいておりました認定アカウントの統合作業が、本日完了いたしましたのでご報告いたします。

今後は AWS 候補者 ID「AWS10382265」（kenji.watanabe.dev@gmail.com）にてサインインしてください。
旧アカウントで取得された認定資格および受験履歴は、上記アカウントに反映されております。

Credly のデジタルバッジにつきましては、数日以内に存続アカウントのメールアドレス宛に
Credly から案内メールが届く見込みです。届かない場合は、本メールにご返信ください。

今後ともよろしくお願い申し上げます。

小林
""" + '\n' + FORM_FOOTER_JA
    hist = original_block('Amazon Web Services', K_REQ_DT.astimezone(JST), KENJI, K_SUBJ) + '\n' + K_REQ
    text = new + '\n\n' + hist
    body = part(text, charset='iso-2022-jp', cte='7bit')
    s = sender('ses', dt)
    tr = deliver('gmail', KENJI, dt, s)
    hs = std_headers(dt, FORM_FROM, KENJI, subj(K_SUBJ), ses_msgid(dt), s)
    build('005-ja-completed-quotes-request.eml', L('merge_completed', K, ['AWS10382265'], True, 'ja'),
          hs, body, tr, new)


def m006():
    dt = d(2025, 5, 29, 2, 33, 8)
    h = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8"><title>AWS サポート</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td>
<p>渡辺 健二 様</p>
<p>ケース ID <b>%s</b>「[AWS Training and Certification Form Submission] - account-assistance」はクローズされました。</p>
<p>今回のサポートについて、ご意見をお聞かせください。</p>
<p style="font-weight:bold">問題は解決しましたか？</p>
<p><a href="https://aws.amazon.com/survey/?caseId=%s&amp;resolved=yes&amp;lang=ja" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none;border-radius:2px">はい</a>
&nbsp;&nbsp;<a href="https://aws.amazon.com/survey/?caseId=%s&amp;resolved=no&amp;lang=ja" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none;border-radius:2px">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください。</p>
<p><a href="https://aws.amazon.com/survey/?caseId=%s&amp;rating=1">1</a> | <a href="https://aws.amazon.com/survey/?caseId=%s&amp;rating=2">2</a> | <a href="https://aws.amazon.com/survey/?caseId=%s&amp;rating=3">3</a> | <a href="https://aws.amazon.com/survey/?caseId=%s&amp;rating=4">4</a> | <a href="https://aws.amazon.com/survey/?caseId=%s&amp;rating=5">5</a></p>
<p>ご回答は 1 分ほどで完了します。引き続き AWS トレーニングと認定をよろしくお願いいたします。</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078">本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。<br>
Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>
""" % ((K,) * 8)
    body = part(h, 'html', charset='utf-8', cte='quoted-printable')
    s = sender('ses', dt)
    tr = deliver('gmail', KENJI, dt, s)
    hs = std_headers(dt, CONSOLE_FROM, KENJI, subj('AWS サポート: ケース %s はクローズされました – ご意見をお聞かせください' % K),
                     ses_msgid(dt), s)
    build('006-ja-closure-survey-html.eml', L('survey', K, [], True, 'ja'), hs, body, tr,
          re.sub('<[^>]+>', ' ', h))


def credly_html(name, issuer, badges, intro, button='Accept your badge'):
    rows = ''.join('<tr><td style="padding:12px 0"><img src="https://images.credly.com/size/110x110/images/%s/image.png" width="80" alt=""></td>'
                   '<td style="padding:12px"><b>%s</b><br><span style="color:#666">Issued by %s</span><br>'
                   '<a href="https://www.credly.com/earner/earned/badge/%s?utm_source=email&amp;utm_medium=notification" style="display:inline-block;margin-top:8px;background:#ff6b00;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">%s</a></td></tr>'
                   % (uuid4(), html.escape(b), html.escape(issuer), uuid4(), button) for b in badges)
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif;color:#333">
<table align="center" width="600" style="background:#fff;margin:20px auto;padding:30px">
<tr><td colspan="2"><img src="https://www.credly.com/assets/credly-logo.png" width="120" alt="Credly"></td></tr>
<tr><td colspan="2"><p>Hi %s,</p><p>%s</p></td></tr>
%s
<tr><td colspan="2" style="font-size:12px;color:#888;padding-top:24px">Credly, Inc. &middot; 228 Park Ave S, #13437 &middot; New York, NY 10003<br>
You are receiving this email because a badge was issued to this address. <a href="https://www.credly.com/notifications/unsubscribe?token=%s">Manage notification preferences</a></td></tr>
</table></body></html>
""" % (html.escape(name), intro, rows, ralnum(32))


def m007():
    dt = d(2025, 5, 30, 2, 14, 36)
    intro = ('AWS Training and Certification has issued you a badge. Your certifications have been moved to '
             'this email address, so your badges are being re-issued here. Accept them to display and share them.')
    badges = ['AWS Certified Developer – Associate', 'AWS Certified Cloud Practitioner']
    h = credly_html('Kenji', 'Amazon Web Services Training and Certification', badges, intro)
    txt = """Hi Kenji,

%s

AWS Certified Developer – Associate
Issued by Amazon Web Services Training and Certification
Accept your badge: https://www.credly.com/earner/earned/badge/%s

AWS Certified Cloud Practitioner
Issued by Amazon Web Services Training and Certification
Accept your badge: https://www.credly.com/earner/earned/badge/%s

Credly, Inc. · 228 Park Ave S, #13437 · New York, NY 10003
""" % (intro, uuid4(), uuid4())
    body = alt(part(txt, charset='utf-8', cte='quoted-printable'), part(h, 'html', charset='utf-8', cte='quoted-printable'),
               boundary=rhex(58))
    s = sender('credly', dt, to=KENJI)
    tr = deliver('gmail', KENJI, dt, s)
    hs = std_headers(dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', KENJI,
                     subj('Amazon Web Services Training and Certification has issued you 2 badges'),
                     '<%s@geopod-ismtpd-%d>' % (ralnum(22), rng.randint(1, 40)), s)
    build('007-credly-badges-reissued-after-move.eml', L('credly_badge_issued', None, [], True, 'en'), hs, body, tr, txt)


# ---------------------------------------------------------------- C2 Priya (en, console, Outlook.com)
PRIYA = 'priya.raman@outlook.com'
P_OPEN = d(2025, 3, 10, 16, 5, 33)
P = case15(P_OPEN, 814)
P_TOPIC = 'Please merge my AWS Certification accounts'
P_SUBJ = 'RE:[CASE %s] %s' % (P, P_TOPIC)


def console_mail(fname, label, dt, subject, new, hist='', html_only=False, to=PRIYA, provider='outlook',
                 cte='quoted-printable', auth='pass'):
    text = new + ('\n\n' + hist if hist else '')
    if html_only:
        body = part(to_html(text), 'html', charset='utf-8', cte=cte)
    else:
        body = alt(part(text, charset='utf-8', cte=cte), part(to_html(text), 'html', charset='utf-8', cte=cte),
                   boundary=b_amazon())
    s = sender('ses', dt)
    tr = deliver(provider, to, dt, s, auth=auth)
    hs = std_headers(dt, CONSOLE_FROM, to, subj(subject), ses_msgid(dt), s)
    build(fname, label, hs, body, tr, new)


def m008():
    dt = P_OPEN + timedelta(seconds=9)
    new = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance

You can view this case or add correspondence at any time in the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Our team will review your case and respond as soon as possible. For General guidance cases, the target first response time is 24 hours.

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.""" % (P, P, P_TOPIC, P)
    console_mail('008-en-console-case-opened.eml', L('case_created', P, [], True, 'en'), dt,
                 'Amazon Web Services: You have opened a new Support case: %s' % P, new)


def m009():
    dt = d(2025, 3, 11, 14, 2, 40)
    new = """Hello,

A new correspondence has been added to your AWS Support case.

Case ID: %s
Subject: %s

To read the correspondence and reply, sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.""" % (P, P_TOPIC, P)
    body = part(new, charset='us-ascii', cte='7bit')
    s = sender('ses', dt)
    tr = deliver('outlook', PRIYA, dt, s)
    hs = std_headers(dt, CONSOLE_FROM, PRIYA, subj('[Case %s] New correspondence added' % P), ses_msgid(dt), s)
    build('009-en-console-new-correspondence-notice.eml', L('support_reply', P, [], True, 'en'), hs, body, tr, new)


def m010():
    dt = d(2025, 3, 11, 14, 2, 38)
    new = """Hello Priya,

Thank you for reaching out about your AWS Certification accounts. My name is Rohit and I will be assisting you with this case.

I was able to locate the three candidate profiles you mentioned:

- AWS09926113 - priya.raman@outlook.com - 3 active certifications
- AWS07731540 - praman@northwind-analytics.com - 1 active certification
- AWS 00458812 - priya.r.1990@yahoo.com - no exam history

Before I can go any further, could you please help me with two questions?

1. Do you still have access to praman@northwind-analytics.com? If not, please let us know, as we may need an additional verification step.
2. Can you confirm that AWS 00458812 belongs to you? It has no exams on record and was created in 2019, so I want to make sure it was not set up by someone else using a similar name.

As soon as I have your answers I will prepare a summary of the proposed merge for your review. Nothing will be changed on your profiles until then.

""" + CONSOLE_FOOTER_EN.format(agent='Rohit S.', case=P)
    console_mail('010-en-agent-asks-access-and-ownership.eml',
                 L('support_reply', P, ['AWS00458812', 'AWS07731540', 'AWS09926113'], True, 'en'), dt, P_SUBJ, new)


P_REQ_DT = d(2025, 3, 12, 10, 47, 5)
P_REQ = """Hello Priya,

Thank you for confirming the details. Based on your answers, here is a summary of the merge we would perform:

Accounts to be merged (these will be deactivated):
  * AWS07731540 (praman@northwind-analytics.com)
  * AWS00458812 (priya.r.1990@yahoo.com)

Account that will remain active:
  * AWS09926113 (priya.raman@outlook.com)

All certifications, exam history and benefits from the two accounts above will be moved to AWS09926113. Please be aware that a merge is permanent and cannot be reversed once it has been processed.

If everything above is correct, please reply to this case in the Support Center stating that you agree to the merge. We will not make any changes until we receive your confirmation.
"""


def m011():
    new = P_REQ + '\n' + CONSOLE_FOOTER_EN.format(agent='Rohit S.', case=P)
    console_mail('011-en-console-confirm-request-html-only.eml',
                 L('merge_confirmation_requested', P, ['AWS00458812', 'AWS07731540', 'AWS09926113'], True, 'en'),
                 P_REQ_DT, P_SUBJ, new, html_only=True)


def m012():
    dt = d(2025, 3, 13, 8, 19, 44)
    new = """Hello Priya,

Thanks for your follow-up question about the exam discount.

Your request has been handed over to our Certification Operations team and is currently in progress. Once the merge is complete, the unused 50% exam discount voucher that was earned on AWS07731540 will be listed under Benefits on AWS09926113. There is nothing you need to do right now, and the voucher's expiry date will stay the same.

If you are planning to book an exam in the next few days, I would recommend waiting until we confirm that the process is finished so that the voucher is available on the correct profile.

""" + CONSOLE_FOOTER_EN.format(agent='Dana K.', case=P)
    console_mail('012-en-in-progress-voucher-once-complete.eml',
                 L('support_reply', P, ['AWS07731540', 'AWS09926113'], True, 'en'), dt, P_SUBJ, new)


def m013():
    dt = d(2025, 3, 14, 17, 3, 12)
    new = """Hello Priya,

Good news - our Certification Operations team has let me know that your profiles have now been consolidated. The certifications, exam history and the discount voucher from your other two profiles are all under AWS09926113, and the other two profiles have been deactivated.

Please sign in to the AWS Certification account with priya.raman@outlook.com to review everything. Your Credly badges will be re-issued to the same address; this usually takes a few business days.

""" + CONSOLE_FOOTER_EN.format(agent='Dana K.', case=P)
    hist = outlook_block('Amazon Web Services <no-reply-aws@amazon.com>', P_REQ_DT, 'Priya Raman <%s>' % PRIYA,
                         P_SUBJ) + '\n' + P_REQ
    console_mail('013-en-consolidated-other-team-quotes-request.eml',
                 L('merge_completed', P, ['AWS09926113'], True, 'en'), dt, P_SUBJ, new, hist=hist)


def m014():
    dt = d(2025, 3, 17, 17, 5, 0)
    new = """Hello,

Your AWS Support case %s, "%s", has been resolved and is now closed.

How did we do? Your feedback helps us improve.

Was your issue resolved?
  YES: https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
  NO:  https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

Rate your overall experience with AWS Support (1 = very dissatisfied, 5 = very satisfied):
https://support.console.aws.amazon.com/support/feedback?displayId=%s&rate=true

If your issue is not resolved, you can reopen the case within 14 days from the AWS Support Center.

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.""" % (P, P_TOPIC, P, P, P)
    console_mail('014-en-resolved-rate-us.eml', L('survey', P, [], True, 'en'), dt,
                 'Amazon Web Services: Your Support case %s has been resolved' % P, new)


def m015():
    dt = d(2025, 3, 18, 21, 40, 2)
    intro = ('Following an update to your AWS Certification profile, Amazon Web Services Training and Certification '
             'has issued your badge to priya.raman@outlook.com. Accept it to add it to your Credly profile.')
    h = credly_html('Priya', 'Amazon Web Services Training and Certification',
                    ['AWS Certified Data Engineer – Associate'], intro)
    txt = """Hi Priya,

%s

AWS Certified Data Engineer – Associate
Issued by Amazon Web Services Training and Certification

Accept your badge:
https://www.credly.com/earner/earned/badge/%s

Credly, Inc. · 228 Park Ave S, #13437 · New York, NY 10003
""" % (intro, uuid4())
    body = alt(part(txt, charset='utf-8', cte='quoted-printable'), part(h, 'html', charset='utf-8', cte='quoted-printable'),
               boundary=rhex(58))
    s = sender('credly', dt, to=PRIYA)
    tr = deliver('outlook', PRIYA, dt, s)
    hs = std_headers(dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', PRIYA,
                     subj('Accept your AWS Certified Data Engineer – Associate badge'),
                     '<%s@geopod-ismtpd-%d>' % (ralnum(22), rng.randint(1, 40)), s)
    build('015-credly-badge-after-profile-update.eml', L('credly_badge_issued', None, [], True, 'en'), hs, body, tr, txt)


def m016():
    opened = d(2025, 3, 11, 9, 30, 2)
    B = case15(opened, 226)
    dt = d(2025, 3, 12, 13, 15, 51)
    new = """Hello Priya,

Thank you for your patience while I reviewed your March invoice.

The $41.87 charge comes from a NAT Gateway that was created in us-east-2 on February 27 and is still running (nat-0b7e1c9f44a2d1e30). NAT Gateways are billed per hour even when little or no traffic passes through them. Since this resource was created by mistake, I have submitted a one-time refund request for the February and March NAT Gateway hours. Once approved, the credit will appear on your account within 3-5 business days. Please delete the NAT Gateway to avoid further charges.

One more note: in your message you also mentioned merging your certification profiles (you listed AWS07731540). That request is handled by the Training and Certification team in case %s, so I am not able to act on it from billing. Please continue to follow up in that case.

""" % P + CONSOLE_FOOTER_EN.format(agent='Ana G.', case=B)
    console_mail('016-en-billing-case-mentions-merge-case.eml',
                 L('unrelated', B, ['AWS07731540'], True, 'en'), dt,
                 'RE:[CASE %s] Unexpected charge on my March invoice' % B, new)


# ---------------------------------------------------------------- C3 Tomasz (en, form desk 2023, corporate server)
TOMASZ = 'tomasz.kowalczyk@kowalczyk-it.pl'
T = '12947730581'
T_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T


def corp_sender(dt):
    s = sender('ses', dt)
    s['authserv'] = 'mail.kowalczyk-it.pl'
    return s


def form_mail_corp(fname, label, dt, subject, text, new, auth='pass', body=None, frm=FORM_FROM):
    if body is None:
        body = part(text, charset='utf-8', cte='quoted-printable')
    s = corp_sender(dt)
    tr = deliver('corp', TOMASZ, dt, s, auth=auth)
    hs = std_headers(dt, frm, 'Tomasz Kowalczyk <%s>' % TOMASZ, subj(subject), ses_msgid(dt), s)
    build(fname, label, hs, body, tr, new)


def m017():
    dt = d(2023, 9, 4, 7, 18, 40)
    new = """Dear Tomasz Kowalczyk,

Thank you for contacting AWS Training and Certification Customer Support. This is an automatic confirmation that we have received your request.

Your case number is %s. Please reference it in any future correspondence about this request.

Summary of your submission:
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS-03318846
Description: Hello, I have two certification accounts. Old one is from my previous employer (AWS-03318846) and I can not login there anymore because the mailbox is closed. Please merge old into my current account aws05561209 . Thank you

A member of our team will review your request and respond within 24 hours. Please do not submit another request for the same issue, as this may delay our response.

""" % T + FORM_FOOTER_EN
    body = part(new, charset='utf-8', cte='base64')
    form_mail_corp('017-en-form-ack-2023-no-auth.eml', L('case_created', T, ['AWS03318846', 'AWS05561209'], None, 'en'),
                   dt, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T, new, new,
                   auth='none', body=body)


T_REQ_DT = d(2023, 9, 5, 11, 2, 17)
T_REQ = """Hello Tomasz,

Greetings from AWS Training and Certification!

As per your request, kindly find below the details of the accounts which will be merged:

Primary account (will remain) : AWS05561209 – tomasz.kowalczyk@kowalczyk-it.pl
Secondary account (will be merged into primary and closed) : AWS03318846 – t.kowalczyk@datasoft-gdansk.pl

Please note that once the merge is done it cannot be revert. All your certifications, transcript and benefits will be available under the primary account.

Kindly revert back to us with your confirmation ‘Yes, please proceed’ so we can go ahead with the merge request.

Thanks & Regards,
Sai Krishna
"""


def m018():
    new = T_REQ + '\n' + FORM_FOOTER_EN
    body = part(new, charset='utf-8', label='iso-8859-1', cte='quoted-printable')
    form_mail_corp('018-en-confirm-request-wrong-charset.eml',
                   L('merge_confirmation_requested', T, ['AWS03318846', 'AWS05561209'], True, 'en'),
                   T_REQ_DT, T_SUBJ, new, new, body=body)


def m019():
    dt = d(2023, 9, 8, 10, 40, 2)
    new = """Hello Tomasz,

This is a gentle reminder regarding your case %s. We have not yet received your response to our previous email.

Kindly reply to this email at your earliest convenience so that we can continue. In case we don't hear back from you within 5 business days, the case will be closed automatically; you can always reopen it by replying to this email.

Thanks & Regards,
Sai Krishna
""" % T + '\n' + FORM_FOOTER_EN
    hist = original_block('aws-cs-trainingcertification-form@amazon.com', T_REQ_DT,
                          TOMASZ, T_SUBJ) + '\n' + T_REQ
    form_mail_corp('019-en-chaser-awaiting-reply.eml', L('support_reply', T, [], True, 'en'), dt, T_SUBJ,
                   new + '\n\n' + hist, new)


def m020():
    dt = d(2023, 9, 12, 6, 55, 31)
    user_dt = d(2023, 9, 11, 21, 14, tz=CEST)
    new = """Hello Tomasz,

Thank you for your confirmation.

We are happy to inform you that your accounts has been merged successfully. From now on please login with tomasz.kowalczyk@kowalczyk-it.pl, your candidate ID is AWS05561209. The secondary account is not available anymore.

It can take up to 48 hours for the certifications to reflect in your Credly account.

Thanks & Regards,
Sai Krishna
""" + '\n' + FORM_FOOTER_EN
    hist = (original_block('Tomasz Kowalczyk <%s>' % TOMASZ, user_dt, 'aws-cs-trainingcertification-form@amazon.com', T_SUBJ)
            + '\nYes, please proceed. Sorry for late answer, I was on holiday.\n\nBest regards\nTomasz Kowalczyk\nKowalczyk IT Sp. z o.o.\n+48 601 220 914\n\n'
            + q(outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', T_REQ_DT, TOMASZ, T_SUBJ)
                + '\n' + T_REQ, '> ') + '\n')
    form_mail_corp('020-en-merged-successfully-nonnative.eml', L('merge_completed', T, ['AWS05561209'], True, 'en'),
                   dt, T_SUBJ, new + '\n\n' + hist, new)


def m021():
    dt = d(2023, 9, 13, 6, 58, 0)
    new = """Dear Tomasz Kowalczyk,

Your case %s has been closed.

We would love to hear about your experience with AWS Training and Certification Customer Support. The survey takes less than two minutes.

How satisfied were you with the support you received?
https://amazonwebservices.qualtrics.com/jfe/form/SV_5mLq3Zk0?case=%s

Thank you for helping us improve.

AWS Training and Certification""" % (T, T)
    body = alt(part(new, charset='us-ascii', cte='7bit'), part(to_html(new), 'html', charset='us-ascii', cte='7bit'),
               boundary=b_amazon())
    form_mail_corp('021-en-survey-2023-no-auth.eml', L('survey', T, [], None, 'en'), dt,
                   'Tell us about your recent AWS Training and Certification support experience', new, new,
                   auth='none', body=body, frm='"AWS Training and Certification" <no-reply-aws@amazon.com>')


# ---------------------------------------------------------------- C4 Misaki (ja, console, nifty)
MISAKI = 'misaki-sato@nifty.com'
M_OPEN = d(2024, 11, 18, 1, 12, 55)
M = case15(M_OPEN, 507)
M_TOPIC = '認定アカウントの統合について'
M_SUBJ = 'RE:[CASE %s] %s' % (M, M_TOPIC)


def ja_console(fname, label, dt, subject, new, hist='', cte='base64', subj_cs='iso-2022-jp', html=True, to=MISAKI,
               provider='nifty', auth='pass'):
    text = new + ('\n\n' + hist if hist else '')
    if html:
        body = alt(part(text, charset='utf-8', cte=cte), part(to_html(text), 'html', charset='utf-8', cte=cte),
                   boundary=b_amazon())
    else:
        body = part(text, charset='utf-8', cte=cte)
    s = sender('ses', dt)
    tr = deliver(provider, to, dt, s, auth=auth)
    hs = std_headers(dt, CONSOLE_FROM, to, subj(subject, subj_cs), ses_msgid(dt), s)
    build(fname, label, hs, body, tr, new)


def m022():
    dt = M_OPEN + timedelta(seconds=11)
    new = """こんにちは

Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース %s をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス

AWS サポートセンターで、いつでもケースの確認やお問い合わせの追加を行うことができます:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

よろしくお願いいたします。
Amazon Web Services

*このメールは受信専用のアドレスから送信されています。""" % (M, M, M_TOPIC, M)
    ja_console('022-ja-console-case-opened-folded-subject.eml', L('case_created', M, [], True, 'ja'), dt,
               'Amazon Web Services: 新しいサポートケースをオープンしました: %s' % M, new)


M_REQ_DT = d(2024, 11, 19, 4, 30, 12)


def m023():
    new = """佐藤 美咲 様

Amazon Web Services サポートの佐々木でございます。
お問い合わせいただいた認定アカウントの統合について、対象のアカウントを確認いたしました。

　統合元（統合後はご利用いただけなくなります）: AWS02290174
　統合先（今後ご利用いただくアカウント）　　　: AWS08873301

統合を実施しますと、統合元の認定資格、試験履歴および特典は、すべて統合先へ移行されます。
なお、統合は取り消すことができませんので、あらかじめご了承ください。

上記の内容でよろしければ、サポートセンターから本ケースに「統合に同意します」とご返信いただけますでしょうか。
ご承認をいただけましたら、統合を実施いたします。

""" + CONSOLE_FOOTER_JA.format(agent='佐々木', case=M)
    ja_console('023-ja-console-confirm-if-approved.eml',
               L('merge_confirmation_requested', M, ['AWS02290174', 'AWS08873301'], True, 'ja'), M_REQ_DT, M_SUBJ, new)


def m024():
    dt = d(2024, 11, 21, 2, 5, 40)
    new = """佐藤 美咲 様

佐々木でございます。
ご承認いただき、ありがとうございました。認定アカウントの統合が完了いたしましたので、ご報告いたします。
今後は AWS08873301 のアカウントにサインインしてご利用ください。

本件は以上をもちまして解決とさせていただき、ケースをクローズいたします。
よろしければ、サポートセンターにて今回の対応の評価にご協力いただけますと幸いです。

""" + CONSOLE_FOOTER_JA.format(agent='佐々木', case=M)
    ja_console('024-ja-done-and-closing.eml', L('merge_completed', M, ['AWS08873301'], True, 'ja'), dt, M_SUBJ, new,
               cte='quoted-printable')


def m025():
    dt = d(2024, 12, 3, 8, 44, 9)
    SC = '6021447390'
    new = """佐藤 美咲 様

Amazon 出品サービスをご利用いただき、ありがとうございます。
テクニカルサポートの中村でございます。

お問い合わせいただきました、2つの出品用アカウントの統合につきましてご案内いたします。

恐れ入りますが、Amazon では出品用アカウント同士を統合（マージ）することはできかねます。
ご利用を終了されるアカウントにつきましては、未処理の注文・返品がないことをご確認のうえ、
セラーセントラルの［設定］＞［出品用アカウント情報］＞［アカウントの閉鎖］からお手続きください。

ご不明な点がございましたら、本ケースにご返信ください。

Amazon.co.jp
セラーサポート
中村

このメッセージは役に立ちましたか？ 評価はこちらから:
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%s
""" % SC
    body = part(new, charset='iso-2022-jp', cte='7bit')
    s = sender('custom', dt, ip='52.95.48.%d' % rng.randint(2, 250), host='smtp-fw-%d.amazon.co.jp' % rng.randint(1000, 9999),
               mailfrom='bounce-%s@amazon.co.jp' % rhex(10), from_dom='amazon.co.jp',
               dkim=[('amazon.co.jp', 'amazon201209')])
    tr = deliver('nifty', MISAKI, dt, s, auth='none')
    hs = std_headers(dt, addr('Amazon セラーセントラル', 'seller-notification@amazon.co.jp', 'iso-2022-jp'), MISAKI,
                     subj('RE:[CASE %s] 出品用アカウントの統合について' % SC, 'iso-2022-jp'),
                     '<%s.%d.JavaMail.sellercentral@amazon.co.jp>' % (ralnum(16), rng.randint(10**9, 10**10)))
    build('025-ja-seller-central-account-merge-case.eml', L('unrelated', SC, [], None, 'ja'), hs, body, tr, new)


# ---------------------------------------------------------------- C5 Daniel (en, form desk 2020, Gmail + alumni forwarder)
DANIEL = 'daniel.okafor88@gmail.com'
DANIEL_ALUM = 'daniel.okafor@alumni.uwaterloo.ca'
D = '7213305589'
D_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D
ACAD = 'Kind regards,\n{agent}\nAWS Training and Certification Customer Support\n\n' + FORM_FOOTER_EN


def daniel_mail(fname, label, dt, subject, new, hist='', to=DANIEL, auth='pass', html=True, cte='quoted-printable',
                frm=FORM_FROM):
    text = new + ('\n\n' + hist if hist else '')
    if html:
        body = alt(part(text, charset='utf-8', cte=cte), part(to_html(text), 'html', charset='utf-8', cte=cte),
                   boundary=b_amazon())
    else:
        body = part(text, charset='utf-8', cte=cte)
    s = sender('ses', dt)
    if auth == 'fwdfail':
        s['fwd_ip'] = '129.97.128.%d' % rng.randint(2, 250)
        s['fwd_host'] = 'mx1.alumni.uwaterloo.ca'
        s['fwd_to'] = to
        s['fwd_mailfrom'] = 'SRS0=%s=%s=amazonses.com=%s@alumni.uwaterloo.ca' % (ralnum(4), ralnum(2).upper(), rhex(8))
    tr = deliver('gmail', DANIEL, dt, s, auth=auth)
    hs = std_headers(dt, frm, to, subj(subject), ses_msgid(dt), s)
    build(fname, label, hs, body, tr, new)


def m026():
    dt = d(2020, 6, 15, 18, 3, 27)
    new = """Hi Daniel,

Thanks for getting in touch with AWS Training and Certification. We've got your message and logged it under case %s.

One of our specialists will get back to you, usually within one business day. If you need to add anything in the meantime, just reply to this email and keep the case number in the subject line so that it stays with your request.

Kind regards,
AWS Training and Certification Customer Support""" % D
    daniel_mail('026-en-form-ack-2020-paraphrased.eml', L('case_created', D, [], True, 'en'), dt,
                "[CASE %s] We've received your AWS Training and Certification inquiry" % D, new, html=False, cte='7bit')


def m027():
    dt = d(2020, 6, 17, 9, 41, 3)
    new = """Hello Daniel,

Thank you for your patience.

I reviewed both profiles, AWS01199402 and AWS06650173. Unfortunately we are not able to merge them at this time: AWS01199402 has an exam appointment scheduled with Pearson VUE on June 27, 2020 (AWS Certified SysOps Administrator - Associate). Profiles with an open exam registration cannot be merged, as the appointment would be lost in the process.

You have two options:
- take the exam as scheduled and reply to this email afterwards; or
- cancel or reschedule the appointment from the profile, then let us know.

When there are no open registrations left, we will send you the details of the merge for your review.

""" + ACAD.format(agent='Marcus T.')
    daniel_mail('027-en-cannot-merge-exam-scheduled-dkim-broken.eml',
                L('support_reply', D, ['AWS01199402', 'AWS06650173'], False, 'en'), dt, D_SUBJ, new,
                to=DANIEL_ALUM, auth='fwdfail')


D_REQ_DT = d(2020, 7, 1, 15, 26, 50)
D_USER1_DT = d(2020, 6, 30, 20, 12, tz=timezone(timedelta(hours=-4)))
D_USER1 = """Hi Marcus,

I passed the SysOps exam on June 27, so there should be nothing open anymore. Please go ahead with the merge.

Thanks,
Daniel"""
D_REQ = """Hello Daniel,

Congratulations on passing the SysOps exam!

I have checked again and there are no open registrations on either profile now. This is what we propose:

  From (will be closed):  AWS01199402  /  daniel.okafor@alumni.uwaterloo.ca
  Into (will be kept):    AWS06650173  /  daniel.okafor88@gmail.com

Your new SysOps certification on AWS01199402 will move across together with everything else. Please keep in mind that a merge is permanent.

Could you reply with "I confirm" so that I can submit it?

Kind regards,
Marcus T.
AWS Training and Certification Customer Support
"""


def m028():
    new = D_REQ + '\n' + FORM_FOOTER_EN
    hist = gmail_attr(D_USER1_DT, 'Daniel Okafor', DANIEL) + '\n' + q(D_USER1)
    daniel_mail('028-en-confirm-after-exam-cleared.eml',
                L('merge_confirmation_requested', D, ['AWS01199402', 'AWS06650173'], True, 'en'), D_REQ_DT, D_SUBJ,
                new, hist)


def m029():
    dt = d(2020, 7, 3, 12, 8, 19)
    user_dt = d(2020, 7, 1, 19, 55, tz=timezone(timedelta(hours=-4)))
    new = """Hi Daniel,

Your profiles have been merged. AWS06650173 now holds all five of your certifications, including the SysOps Administrator - Associate you earned last week, and the old profile AWS01199402 has been closed.

Your badges will be transferred to daniel.okafor88@gmail.com by Credly's Acclaim platform; you should receive an email from Acclaim within 48 hours asking you to accept them. If nothing arrives by then, just reply here.

""" + ACAD.format(agent='Marcus T.')
    hist = (original_block('Daniel Okafor <%s>' % DANIEL, user_dt, 'aws-cs-trainingcertification-form@amazon.com', D_SUBJ)
            + '\nI confirm.\n\nDaniel\n\n' + gmail_attr(D_REQ_DT.astimezone(timezone(timedelta(hours=-4))),
                                                       'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
            + '\n' + q(D_REQ) + '\n>\n' + q(q(D_USER1)))
    daniel_mail('029-en-merged-badges-will-follow.eml',
                L('merge_completed', D, ['AWS01199402', 'AWS06650173'], True, 'en'), dt, D_SUBJ, new, hist)


def m030():
    dt = d(2020, 7, 5, 3, 22, 48)
    intro = 'Amazon Web Services Training and Certification has issued you a badge. Accept it to share your achievement.'
    txt = """Hello Daniel,

%s

AWS Certified SysOps Administrator - Associate
Issued by Amazon Web Services Training and Certification

Accept your badge: https://www.youracclaim.com/earner/earned/badge/%s

Acclaim, operated by Credly, Inc.
""" % (intro, uuid4())
    h = credly_html('Daniel', 'Amazon Web Services Training and Certification',
                    ['AWS Certified SysOps Administrator - Associate'], intro).replace('www.credly.com', 'www.youracclaim.com')
    body = alt(part(txt, charset='us-ascii', cte='7bit'), part(h, 'html', charset='utf-8', cte='quoted-printable'),
               boundary=rhex(58))
    s = sender('credly', dt, to=DANIEL, from_dom='youracclaim.com')
    tr = deliver('gmail', DANIEL, dt, s)
    hs = std_headers(dt, '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', DANIEL,
                     subj('Your AWS Certified SysOps Administrator - Associate badge is ready to accept'),
                     '<%s@ismtpd0%d.sendgrid.net>' % (ralnum(22), rng.randint(10, 99)), s)
    build('030-acclaim-badge-2020.eml', L('credly_badge_issued', None, [], True, 'en'), hs, body, tr, txt)


def m031():
    dt = d(2020, 6, 16, 22, 1, 14)
    Q = '7231984420'
    new = """Hello,

Thank you for your patience. I'm pleased to let you know that we have approved and processed your limit increase request for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in the EU (Ireland) region. Your new limit is 64 vCPUs. It can sometimes take up to 30 minutes for this to propagate and become available for use.

You also asked whether we could merge your two AWS Certification profiles. AWS Support for your AWS account does not have access to certification records, so I am unable to help with that here. Please submit the request through the AWS Training and Certification contact form (https://aws.amazon.com/contact-us/aws-training/) and the certification team will take care of it.

I hope this helps. Have a great day!

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Fiona H.
Amazon Web Services

To see the file or attachment, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us again about this case, please use the above URL.""" % Q
    daniel_mail('031-en-quota-case-points-to-tc-form.eml', L('unrelated', Q, [], True, 'en'), dt,
                'RE:[CASE %s] Limit Increase: EC2 Instances' % Q, new, frm=CONSOLE_FROM)


# ---------------------------------------------------------------- C6 Shota (ja, form desk 2025, OCN)
SHOTA = 'shota.yamamoto@rhythm.ocn.ne.jp'
S_OPEN = d(2025, 8, 4, 2, 30, 45)
S = case15(S_OPEN, 42)
S_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % S


def shota_mail(fname, label, dt, subject, new, body, frm=FORM_FROM, subj_cs=None):
    s = sender('ses', dt)
    tr = deliver('ocn', SHOTA, dt, s)
    hs = std_headers(dt, frm, SHOTA, subj(subject, subj_cs), ses_msgid(dt), s)
    build(fname, label, hs, body, tr, new)


def tb_attr(dt, name):
    return '%s, %s wrote:' % (dt.strftime('%Y/%m/%d %-H:%M'), name)


def m032():
    dt = S_OPEN + timedelta(seconds=20)
    new = """山本 翔太 様

※English follows Japanese.

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせ（ケース番号: %s）を受け付けました。担当者より順次ご連絡いたします。

ご入力いただいた AWS 候補者 ID: AWS05027718

本メールにご返信いただくと、同じケースに追記されます。新しいお問い合わせを作成する必要はございません。

--------------------------------------------------

Dear Shota Yamamoto,

Thank you for contacting AWS Training and Certification. We have received your inquiry (case %s). A member of our team will contact you shortly.

AWS candidate ID you entered: AWS05027718

You can add information by replying to this e-mail; there is no need to open a new request.

--------------------------------------------------
""" % (S, S) + FORM_FOOTER_JA
    shota_mail('032-ja-en-bilingual-form-ack.eml', L('case_created', S, ['AWS05027718'], True, 'ja'), dt,
               '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % S, new,
               part(new, charset='iso-2022-jp', cte='7bit'))


S_REQ_DT = d(2025, 8, 5, 0, 48, 10)
S_REQ = """山本 翔太 様

AWS トレーニングと認定 カスタマーサポートの高橋と申します。
この度はお問い合わせいただき、誠にありがとうございます。

ご依頼の件につきまして、以下のとおりアカウントの統合を行う予定でございます。

① 統合元アカウント: AWS-05027718（yamamoto.s@mirai-sol.co.jp ／ ㈱ミライ・ソリューションズ様ドメイン）
② 統合先アカウント: AWS-09140036（shota.yamamoto@rhythm.ocn.ne.jp）

統合完了後は②のアカウントのみご利用いただけます。統合後に元の状態へ戻すことはできかねます。

つきましては、上記の内容で統合を進めてよろしいか、ご確認のほどお願い申し上げます。
恐れ入りますが、本メールへのご返信にて「同意します」とお知らせください。

高橋
"""


def m033():
    new = S_REQ + '\n' + FORM_FOOTER_JA
    shota_mail('033-ja-confirm-request-sjis-cp932-chars.eml',
               L('merge_confirmation_requested', S, ['AWS05027718', 'AWS09140036'], True, 'ja'), S_REQ_DT, S_SUBJ, new,
               part(new, charset='shift_jis', codec='cp932', cte='8bit'))


S_USER_DT = d(2025, 8, 5, 12, 14, tz=JST)
S_USER = """高橋様

お世話になっております。山本です。
内容に相違ありません。同意します。

よろしくお願いいたします。"""


def m034():
    dt = d(2025, 8, 5, 6, 2, 55)
    new = """山本 翔太 様

高橋でございます。
ご返信いただき、ありがとうございます。

現在、担当部署にて統合作業を進めております。
作業の完了までは、通常1～3営業日ほどお時間を頂戴しております。
完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

高橋
""" + '\n' + FORM_FOOTER_JA
    hist = (tb_attr(S_USER_DT, '山本翔太') + '\n' + q(S_USER) + '\n>\n'
            + q(tb_attr(S_REQ_DT.astimezone(JST), 'Amazon Web Services') + '\n' + q(S_REQ)))
    text = new + '\n\n' + hist
    shota_mail('034-ja-in-progress-other-team.eml', L('support_reply', S, [], True, 'ja'), dt, S_SUBJ, new,
               alt(part(text, charset='utf-8', cte='quoted-printable'),
                   part(to_html(text), 'html', charset='utf-8', cte='quoted-printable'), boundary=b_amazon()))


def m035():
    dt = d(2025, 8, 6, 8, 31, 2)
    new = """山本 翔太 様

高橋でございます。
大変お待たせいたしました。担当部署より、アカウントの統合作業が完了した旨の報告がございました。
今後は AWS09140036 のアカウントにサインインしてご利用ください。

恐れ入りますが、1点ご確認をお願いできますでしょうか。
Credly のバッジが shota.yamamoto@rhythm.ocn.ne.jp 宛てに届いているか、お知らせいただけますと幸いです。
届いていない場合は、Credly 側での移行について別途手配いたします。

高橋
""" + '\n' + FORM_FOOTER_JA
    shota_mail('035-ja-done-by-other-team-asks-credly.eml', L('merge_completed', S, ['AWS09140036'], True, 'ja'), dt,
               S_SUBJ, new, part(new, charset='iso-2022-jp', cte='7bit'))


def m036():
    dt = d(2025, 8, 8, 1, 0, 0)
    new = """山本 翔太 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース %s の対応につきまして、簡単なアンケートへのご協力をお願いいたします（所要時間: 約2分）。

▼アンケートに回答する
https://amazonwebservices.qualtrics.com/jfe/form/SV_9Rt2KxQ4?lang=JA&case=%s

・問題は解決しましたか？（はい／いいえ）
・担当者の対応はいかがでしたか？（5段階）

いただいたご意見は、今後のサービス向上のために活用させていただきます。

AWS トレーニングと認定
※本メールは送信専用です。ご返信いただいてもお答えできません。""" % (S, S)
    shota_mail('036-ja-survey-request-qp.eml', L('survey', S, [], True, 'ja'), dt,
               '【AWS トレーニングと認定】アンケートご協力のお願い（ケース %s）' % S, new,
               part(new, charset='utf-8', cte='quoted-printable'), frm='"AWS Training and Certification" <no-reply-aws@amazon.com>')


def m037():
    dt = d(2025, 8, 9, 13, 47, 21)
    code = '583914'
    txt = """Hi Shota,

We received a request to merge the Credly account associated with yamamoto.s@mirai-sol.co.jp into your Credly account (shota.yamamoto@rhythm.ocn.ne.jp).

Your verification code is: %s

Enter this code on the Account Merge page, or select the button below to finish. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=%s

Once the merge is finished, all badges from both accounts will appear on one profile and you will be able to sign in with either email address.

If you did not request this, you can ignore this email; no changes will be made.

The Credly Team
Credly, Inc. · 228 Park Ave S, #13437 · New York, NY 10003
""" % (code, ralnum(40))
    h = to_html(txt)
    body = alt(part(txt, charset='utf-8', cte='quoted-printable'), part(h, 'html', charset='utf-8', cte='quoted-printable'),
               boundary=rhex(58))
    s = sender('credly', dt, to=SHOTA)
    tr = deliver('ocn', SHOTA, dt, s)
    hs = std_headers(dt, '"Credly" <admin@credly.com>', SHOTA, subj('Your Credly account merge verification code'),
                     '<%s@geopod-ismtpd-%d>' % (ralnum(22), rng.randint(1, 40)), s)
    build('037-credly-self-service-merge-code.eml', L('unrelated', None, [], True, 'en'), hs, body, tr, txt)


# ---------------------------------------------------------------- C7 Laura (en, console, posteo)
LAURA = 'laura.schmidt@posteo.de'
L_OPEN = d(2025, 1, 20, 8, 14, 2)
LC = case15(L_OPEN, 1190)
L_TOPIC = 'Merge two AWS Certification profiles'
L_SUBJ = 'RE:[CASE %s] %s' % (LC, L_TOPIC)


def laura_mail(fname, label, dt, subject, new, hist='', html_only=False, cte='quoted-printable'):
    console_mail(fname, label, dt, subject, new, hist=hist, html_only=html_only, to=LAURA, provider='posteo', cte=cte)


def m038():
    dt = L_OPEN + timedelta(seconds=7)
    new = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I have two certification profiles: aws01884420 (created with my university address, no longer accessible) and AWS 08812056 (current). Could you please merge the old one into AWS 08812056? My Cloud Practitioner is on the old one. Thank you, Laura Schmidt

Our team will review your case and respond as soon as possible.

To view or update your case, please use the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.""" % (LC, LC, L_TOPIC, LC)
    laura_mail('038-en-console-opened-with-description.eml',
               L('case_created', LC, ['AWS01884420', 'AWS08812056'], True, 'en'), dt,
               'Amazon Web Services: You have opened a new Support case: %s' % LC, new, cte='base64')


def m039():
    dt = d(2025, 1, 21, 10, 5, 39)
    new = """Hello Laura,

Thank you for contacting AWS Support.

Certification profiles are managed by our Training and Certification team, so I have forwarded your request to them together with the details you provided. They will contact you through this case; there is no need to open a new case or submit the contact form, as a duplicate request could delay the process.

Thank you for your patience.

""" + CONSOLE_FOOTER_EN.format(agent='Jonas W.', case=LC)
    laura_mail('039-en-forwarded-to-tc-team.eml', L('support_reply', LC, [], True, 'en'), dt, L_SUBJ, new)


L_REQ_DT = d(2025, 1, 22, 14, 31, 0)
L_REQ = """Hello Laura,

I am from the AWS Training and Certification team and will be handling your request.

Please review the following and let us know that you agree:

- Profile to be merged and closed: AWS01884420
- Profile to be kept: AWS08812056 (laura.schmidt@posteo.de)

After the merge, the AWS Certified Cloud Practitioner certification and its exam history will be available on AWS08812056 only. This cannot be undone.

Best regards,
Mei L.
AWS Training and Certification"""
L_USER_DT = d(2025, 1, 22, 19, 2, tz=CET)
L_USER = """Hi Mei,

Yes, that is correct, I agree to the merge.

Thanks,
Laura"""


def m040():
    dt = d(2025, 1, 23, 9, 12, 44)
    new = """Hello Laura,

Thank you for confirming. We will now proceed with merging AWS01884420 into AWS08812056.

The merge is usually processed within 2 business days. You will receive a separate message in this case when it has been completed; please do not book an exam on either profile until then.

""" + CONSOLE_FOOTER_EN.format(agent='Mei L.\nAWS Training and Certification', case=LC)
    hist = (outlook_block('Laura Schmidt', L_USER_DT, 'Amazon Web Services', L_SUBJ) + '\n' + L_USER + '\n\n'
            + outlook_block('Amazon Web Services', L_REQ_DT, 'Laura Schmidt', L_SUBJ) + '\n' + L_REQ)
    laura_mail('040-en-thanks-for-confirming-will-proceed-named.eml',
               L('support_reply', LC, ['AWS01884420', 'AWS08812056'], True, 'en'), dt, L_SUBJ, new, hist)


def m041():
    dt = d(2025, 1, 24, 16, 40, 18)
    new = """Hello Laura,

This is to let you know that the profile AWS01884420 has been merged into your primary profile and is now deactivated. Your Cloud Practitioner certification and exam history are now visible when you sign in with laura.schmidt@posteo.de.

If anything looks wrong, just reply in this case within the next 14 days.

""" + CONSOLE_FOOTER_EN.format(agent='Mei L.\nAWS Training and Certification', case=LC)
    hist = (gmail_attr(L_USER_DT, 'Laura Schmidt', LAURA) + '\n' + q(L_USER) + '\n>\n'
            + q(gmail_attr(L_REQ_DT.astimezone(CET), 'Amazon Web Services', 'no-reply-aws@amazon.com') + '\n' + q(L_REQ)))
    laura_mail('041-en-profile-merged-deactivated-quotes-request.eml',
               L('merge_completed', LC, ['AWS01884420'], True, 'en'), dt, L_SUBJ, new, hist)


def m042():
    dt = d(2025, 1, 31, 16, 45, 0)
    new = """Hello,

We haven't heard back from you regarding case %s ("%s"), so we have resolved it. If you still need help, you can reopen the case from the AWS Support Center within 14 days.

Was your issue resolved?

YES  https://support.console.aws.amazon.com/support/feedback?displayId=%s&r=1
NO   https://support.console.aws.amazon.com/support/feedback?displayId=%s&r=0

Sincerely,
Amazon Web Services""" % (LC, L_TOPIC, LC, LC)
    laura_mail('042-en-auto-resolved-yes-no.eml', L('survey', LC, [], True, 'en'), dt,
               'Amazon Web Services: Support case %s has been resolved' % LC, new, cte='7bit' if False else 'quoted-printable')


def m043():
    dt = d(2025, 1, 26, 7, 3, 55)
    intro = 'Amazon Web Services Training and Certification sent you 2 badges. Accept them to start sharing.'
    h = credly_html('Laura', 'Amazon Web Services Training and Certification',
                    ['AWS Certified Cloud Practitioner', 'AWS Certified Solutions Architect – Associate'], intro)
    body = part(h, 'html', charset='utf-8', cte='base64')
    s = sender('credly', dt, to=LAURA)
    tr = deliver('posteo', LAURA, dt, s)
    hs = std_headers(dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', LAURA,
                     subj('You have 2 new badges to accept'), '<%s@geopod-ismtpd-%d>' % (ralnum(22), rng.randint(1, 40)), s)
    build('043-credly-two-badges-html-only.eml', L('credly_badge_issued', None, [], True, 'en'), hs, body, tr,
          re.sub('<[^>]+>', ' ', h))


# ---------------------------------------------------------------- C8 Ahmed (en, form desk 2022, hotmail)
AHMED = 'ahmed.elsayed@hotmail.com'
A = '10482236615'
A_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A


def ahmed_mail(fname, label, dt, new, hist='', html_only=False, subject=A_SUBJ, frm=FORM_FROM, cte='quoted-printable'):
    text = new + ('\n\n' + hist if hist else '')
    if html_only:
        body = part(to_html(text), 'html', charset='utf-8', cte=cte)
    else:
        body = alt(part(text, charset='utf-8', cte=cte), part(to_html(text), 'html', charset='utf-8', cte=cte),
                   boundary=b_amazon())
    s = sender('ses', dt)
    tr = deliver('outlook', AHMED, dt, s)
    hs = std_headers(dt, frm, AHMED, subj(subject), ses_msgid(dt), s)
    build(fname, label, hs, body, tr, new)


def m044():
    dt = d(2022, 4, 7, 13, 20, 5)
    new = """Hello Ahmed,

We could not find a certification account under the ID AWS0472099 that you provided - it looks like one digit is missing. Could you please check the ID on your profile page (it is shown under "Candidate ID" at the top right after signing in) and send it to us?

We did find the other profile you mentioned, AWS02650348, so only the second ID is needed.

Best regards,
Yusuf A.
AWS Training and Certification Customer Support

""" + FORM_FOOTER_EN
    ahmed_mail('044-en-asks-missing-digit-id.eml', L('support_reply', A, ['AWS02650348'], True, 'en'), dt, new)


A_REQ_DT = d(2022, 4, 8, 9, 2, 11)
A_REQ = """Hello Ahmed,

Thank you for the corrected ID. Kindly confirm the following merge:

AWS02650348 (ahmed.elsayed@cairo-tech.com.eg)  -->  AWS04720991 (ahmed.elsayed@hotmail.com)

AWS04720991 will be the remaining account. Reply "confirmed" to this email and we will proceed.

Best regards,
Yusuf A."""
A_USER_DT = d(2022, 4, 8, 15, 40, tz=timezone(timedelta(hours=2)))


def m045():
    dt = d(2022, 4, 11, 10, 55, 30)
    new = """Hello Ahmed,

Your two certification profiles are now combined into one. From now on please sign in with ahmed.elsayed@hotmail.com; your candidate ID is AWS04720991 and your certifications, transcript and exam vouchers are all there.

Best regards,
Yusuf A.
AWS Training and Certification Customer Support

""" + FORM_FOOTER_EN
    hist = (outlook_block('Ahmed Elsayed <%s>' % AHMED, A_USER_DT, 'aws-cs-trainingcertification-form@amazon.com', A_SUBJ)
            + '\nconfirmed, thank you\n\nAhmed\n\n'
            + q(outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', A_REQ_DT, AHMED, A_SUBJ)
                + '\n' + A_REQ) + '\n')
    ahmed_mail('045-en-profiles-combined-paraphrase.eml', L('merge_completed', A, ['AWS04720991'], True, 'en'), dt,
               new, hist)


def m046():
    dt = d(2022, 4, 14, 11, 0, 0)
    h_new = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<div style="max-width:560px;margin:auto;border:1px solid #d5dbdb;padding:24px">
<h2 style="font-size:18px">Your case has been closed</h2>
<p>Hello Ahmed,</p>
<p>Case <b>%s</b> (account-assistance) was closed by AWS Training and Certification Customer Support.</p>
<p><b>How would you rate the support you received?</b></p>
<table><tr>
<td><a href="https://aws-tc-feedback.amazon.com/rate?case=%s&amp;score=5" style="padding:6px 10px;border:1px solid #879596;text-decoration:none">Excellent</a></td>
<td><a href="https://aws-tc-feedback.amazon.com/rate?case=%s&amp;score=4" style="padding:6px 10px;border:1px solid #879596;text-decoration:none">Good</a></td>
<td><a href="https://aws-tc-feedback.amazon.com/rate?case=%s&amp;score=3" style="padding:6px 10px;border:1px solid #879596;text-decoration:none">Fair</a></td>
<td><a href="https://aws-tc-feedback.amazon.com/rate?case=%s&amp;score=2" style="padding:6px 10px;border:1px solid #879596;text-decoration:none">Poor</a></td>
</tr></table>
<p style="font-size:12px;color:#687078">Please do not reply to this message. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109</p>
</div></body></html>
""" % ((A,) * 5)
    body = part(h_new, 'html', charset='utf-8', cte='7bit')
    s = sender('ses', dt)
    tr = deliver('outlook', AHMED, dt, s)
    hs = std_headers(dt, '"AWS Training and Certification" <no-reply-aws@amazon.com>', AHMED,
                     subj('Case %s closed - how did we do?' % A), ses_msgid(dt), s)
    build('046-en-case-closed-rating-html-only.eml', L('survey', A, [], True, 'en'), hs, body, tr,
          re.sub('<[^>]+>', ' ', h_new))


# ---------------------------------------------------------------- C9 Yui (ja, console, Gmail)
YUI = 'yui.nakamura.0312@gmail.com'
Y_OPEN = d(2025, 10, 2, 5, 10, 11)
Y = case15(Y_OPEN, 93311)
Y_SUBJ = 'RE:[CASE %s] AWS認定アカウントの統合をお願いしたいです' % Y


def m047():
    dt = d(2025, 10, 3, 6, 44, 20)
    new = """中村 結衣 様

Amazon Web Services サポートの森でございます。
お問い合わせいただいた認定アカウントの統合の件につきまして、確認いたしました。

誠に恐れ入りますが、AWS06318852 のアカウントにつきましては、お客様ご本人のアカウントであることを確認できなかったため、現時点では統合のお手続きを進めることができかねます。

お手数ではございますが、AWS06318852 にご登録のメールアドレスから、本ケース番号を記載のうえ aws-cs-trainingcertification-form@amazon.com 宛てにご連絡いただけますでしょうか。
ご本人確認が取れましたら、統合の内容をご案内いたします。

""" + CONSOLE_FOOTER_JA.format(agent='森', case=Y)
    ja_console('047-ja-cannot-proceed-identity.eml', L('support_reply', Y, ['AWS06318852'], True, 'ja'), dt, Y_SUBJ, new,
               to=YUI, provider='gmail', subj_cs='utf-8')


Y_REQ_DT = d(2025, 10, 6, 2, 15, 47)
Y_REQ = """中村 結衣 様

森でございます。
ご登録メールアドレスからのご連絡、ありがとうございました。ご本人確認が完了いたしました。

統合の内容は以下のとおりです。
・統合されるアカウント（廃止）　　: AWS06318852
・統合後に残るアカウント　　　　　: AWS03374410

上記の内容でお間違いがなければ、その旨をサポートセンターよりご返信ください。
ご返信を確認後、認定担当チームに統合を依頼いたします。統合が完了しましたら、改めてご連絡いたします。
"""


def m048():
    new = Y_REQ + '\n' + CONSOLE_FOOTER_JA.format(agent='森', case=Y)
    body = part(new, charset='iso-2022-jp', cte='7bit')
    s = sender('ses', Y_REQ_DT)
    tr = deliver('gmail', YUI, Y_REQ_DT, s)
    hs = std_headers(Y_REQ_DT, CONSOLE_FROM, YUI, subj(Y_SUBJ, 'iso-2022-jp'), ses_msgid(Y_REQ_DT), s)
    build('048-ja-confirm-then-will-ask-team.eml',
          L('merge_confirmation_requested', Y, ['AWS03374410', 'AWS06318852'], True, 'ja'), hs, body, tr, new)


def m049():
    dt = d(2025, 10, 8, 1, 30, 5)
    new = """中村 結衣 様

森でございます。
認定担当チームより、統合処理が完了したとの連絡を受けましたので、お知らせいたします。
今後は、統合後に残るアカウントにサインインしてご利用ください。旧アカウントの認定資格も、そちらでご確認いただけます。

ご不明な点がございましたら、本ケースよりお気軽にお問い合わせください。

""" + CONSOLE_FOOTER_JA.format(agent='森', case=Y)
    user_dt = d(2025, 10, 6, 20, 3, tz=JST)
    hist = (ja_attr(user_dt, '中村結衣', YUI) + '\n' + q('森様\n\n内容に間違いありません。よろしくお願いいたします。\n\n中村') + '\n>\n'
            + q(ja_attr(Y_REQ_DT.astimezone(JST), 'Amazon Web Services', 'no-reply-aws@amazon.com') + '\n' + q(Y_REQ)))
    ja_console('049-ja-team-reported-done-quotes-request.eml', L('merge_completed', Y, [], True, 'ja'), dt, Y_SUBJ, new,
               hist=hist, to=YUI, provider='gmail', subj_cs='utf-8', cte='quoted-printable')


# ---------------------------------------------------------------- phishing and look-alikes
def m050():
    dt = d(2025, 6, 20, 3, 12, 40)
    X = case15(d(2025, 6, 19, 22, 0, 5), 40211)
    new = """Dear Candidate,

We received a request to merge your AWS Certification accounts (Case ID: %s).

    Source account:       AWS 07719034
    Destination account:  AWS 02231587

To prevent the loss of your certifications, you must confirm this merge within 24 hours by signing in with your AWS credentials below. If we do not receive your confirmation, both accounts will be temporarily suspended.

CONFIRM MERGE: https://aws-certification-merge.com/confirm?case=%s&t=%s

Thank you,
AWS Certification Team
Amazon Web Services

(c) 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.""" % (X, X, ralnum(24))
    body = alt(part(new, charset='utf-8', cte='quoted-printable'), part(to_html(new), 'html', charset='utf-8', cte='quoted-printable'),
               boundary=b_gmail())
    s = sender('custom', dt, ip='185.243.115.%d' % rng.randint(2, 250), host='mail.aws-certification-merge.com',
               mailfrom='bounce@aws-certification-merge.com', from_dom='aws-certification-merge.com',
               dkim=[('aws-certification-merge.com', 'default')])
    tr = deliver('gmail', KENJI, dt, s, auth='lookalike')
    hs = std_headers(dt, '"AWS Certification Support" <support@aws-certification-merge.com>', KENJI,
                     subj('Action required: confirm your AWS Certification account merge'),
                     '<%s@aws-certification-merge.com>' % ralnum(20),
                     extra=['X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'])
    build('050-phish-lookalike-confirm-merge.eml', L('merge_confirmation_requested', X, ['AWS02231587', 'AWS07719034'], False, 'en'),
          hs, body, tr, new)


def m051():
    dt = d(2025, 2, 3, 17, 20, 9)
    X = case15(d(2025, 2, 1, 9, 33, 20), 517)
    new = """Hello,

Your AWS Certification accounts have been successfully merged (Case %s).

Merged account: AWS-05512093
Status: Pending verification

To keep your certifications active, you need to verify your identity within 48 hours. Unverified merged accounts are deactivated and certifications are revoked.

Verify now: http://aws-cert-verify.co/signin?ref=%s

Best regards,
Amazon Web Services""" % (X, ralnum(16))
    body = part(to_html(new), 'html', charset='utf-8', cte='base64')
    s = sender('custom', dt, ip='91.215.85.%d' % rng.randint(2, 250), host='vps-%d.hosted-by-hostinger.net' % rng.randint(1000, 9999),
               mailfrom='no-reply-aws@amazon.com', from_dom='amazon.com', policy='QUARANTINE', dkim=[('', '')])
    forged = ar_line('mx.google.com', [('pass', 'amazon.com', AMZ_SEL)], ('pass', 'no-reply-aws@amazon.com', '54.240.8.21'),
                     ('pass', 'amazon.com', 'QUARANTINE'))
    tr = deliver('posteo', LAURA, dt, s, auth='spoof', forged=forged)
    hs = std_headers(dt, CONSOLE_FROM, LAURA, subj('Your AWS Certification accounts have been merged - verification required'),
                     '<%s@vps-server.local>' % ralnum(18))
    build('051-phish-spoofed-merged-forged-lower-ar.eml', L('merge_completed', X, ['AWS05512093'], False, 'en'),
          hs, body, tr, new)


def m052():
    dt = d(2025, 4, 2, 11, 5, 33)
    new = """Hi Priya,

Following your AWS Certification account merge, 3 badges issued by Amazon Web Services Training and Certification are waiting for you to accept them.

- AWS Certified Solutions Architect – Associate
- AWS Certified Data Engineer – Associate
- AWS Certified Cloud Practitioner

To accept your badges, sign in with your AWS account e-mail and password:
https://credly-badges.net/accept?u=%s

Badges that are not accepted within 7 days will be returned to the issuer.

The Credly Team""" % ralnum(20)
    body = alt(part(new, charset='utf-8', cte='quoted-printable'), part(to_html(new), 'html', charset='utf-8', cte='quoted-printable'),
               boundary=b_outlook())
    s = sender('custom', dt, ip='45.61.136.%d' % rng.randint(2, 250), host='smtp.credly-badges.net',
               mailfrom='mailer@credly-badges.net', from_dom='credly-badges.net', dkim=[('credly-badges.net', 'mail')])
    tr = deliver('outlook', PRIYA, dt, s, auth='lookalike')
    hs = std_headers(dt, '"Credly" <notifications@credly-badges.net>', PRIYA,
                     subj('3 badges are waiting after your account merge'), '<%s@credly-badges.net>' % ralnum(20))
    build('052-phish-credly-lookalike-badges-after-merge.eml', L('credly_badge_issued', None, [], False, 'en'),
          hs, body, tr, new)


def m053():
    dt = d(2025, 9, 15, 6, 40, 0)
    new = """Dear AWS customer,

We were unable to process the payment for your latest AWS invoice. As a result, your AWS account has been temporarily suspended and your running services will be terminated within 24 hours.

To restore access, please update your billing information here:
https://aws-accounts-support.com/billing/update?id=%s

Thank you for using Amazon Web Services.

AWS Billing Team""" % ralnum(12)
    body = part(to_html(new), 'html', charset='windows-1252', cte='quoted-printable')
    s = sender('custom', dt, ip='193.149.176.%d' % rng.randint(2, 250), host='mx.aws-accounts-support.com',
               mailfrom='billing@aws-accounts-support.com', from_dom='aws-accounts-support.com',
               dkim=[('aws-accounts-support.com', 'k1')])
    tr = deliver('gmail', DANIEL, dt, s, auth='lookalike')
    hs = std_headers(dt, '"AWS Billing" <billing@aws-accounts-support.com>', DANIEL,
                     subj('[Action Required] Your AWS account has been suspended'), '<%s@aws-accounts-support.com>' % ralnum(20))
    build('053-phish-billing-suspension-not-merge.eml', L('unrelated', None, [], False, 'en'), hs, body, tr, new)


def m054():
    dt = d(2025, 7, 14, 1, 2, 30)
    to = 'h-ito@ma.biglobe.ne.jp'
    new = """伊藤 様

いつもAWSをご利用いただきありがとうございます。

お客様のAWS認定アカウント（AWS認定ID: AWS04410982）について、別のアカウントとの統合申請を受け付けました。
統合を確定するため、下記リンクよりAWSアカウントでログインし、ご本人確認を行ってください。

本メール受信後48時間以内にご確認いただけない場合、認定資格が失効となる場合がございます。

▼統合内容の確認はこちら
http://amazon-aws-support.jp/cert/merge/confirm?id=%s

Amazon Web Services Japan
AWS認定サポートセンター""" % ralnum(16)
    body = part(new, charset='shift_jis', cte='base64')
    s = sender('custom', dt, ip='103.117.120.%d' % rng.randint(2, 250), host='mail.amazon-aws-support.jp',
               mailfrom='info@amazon-aws-support.jp', from_dom='amazon-aws-support.jp',
               dkim=[('amazon-aws-support.jp', 'default')])
    tr = deliver('biglobe', to, dt, s, auth='lookalike')
    hs = std_headers(dt, addr('AWS認定サポート', 'info@amazon-aws-support.jp', 'iso-2022-jp'), to,
                     subj('【重要】AWS認定アカウント統合のご確認（至急）', 'iso-2022-jp'), '<%s@amazon-aws-support.jp>' % ralnum(20))
    build('054-phish-ja-lookalike-confirm-merge.eml', L('merge_confirmation_requested', None, ['AWS04410982'], False, 'ja'),
          hs, body, tr, new)


# ---------------------------------------------------------------- other look-alikes (unrelated)
def m055():
    dt = d(2025, 6, 3, 15, 0, 12)
    new = """Hello Kenji,

AWS Certification wants to hear from you!

Thank you for being an AWS Certified professional. We are always looking for ways to improve the certification experience, and your opinion matters. Please take 5 minutes to complete our annual AWS Certification survey.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=%s

AWS Certification Candidate ID: AWS10382265

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this message.""" % ralnum(10)
    body = alt(part(new, charset='utf-8', cte='7bit'), part(to_html(new), 'html', charset='utf-8', cte='quoted-printable'),
               boundary=b_outlook())
    s = sender('custom', dt, ip='66.179.%d.%d' % (rng.randint(1, 250), rng.randint(2, 250)), host='smtp.certmetrics.com',
               mailfrom='bounce@certmetrics.com', from_dom='certmetrics.com', dkim=[('certmetrics.com', 'selector1')])
    tr = deliver('gmail', KENJI, dt, s, auth='pass')
    hs = std_headers(dt, '"AWS Certification" <do-not-reply@certmetrics.com>', KENJI,
                     subj('AWS Certification wants to hear from you'), '<%s@certmetrics.com>' % uuid4())
    build('055-certmetrics-survey-with-candidate-id.eml', L('unrelated', None, ['AWS10382265'], False, 'en'),
          hs, body, tr, new)


def m056():
    dt = d(2020, 6, 10, 14, 22, 7)
    new = """Dear Daniel Okafor,

Thank you for scheduling your exam with Pearson VUE. This is your confirmation.

Exam: SOA-C01: AWS Certified SysOps Administrator - Associate
Appointment: Saturday, June 27, 2020 at 10:00 AM Eastern Daylight Time
Location: OnVUE online proctored exam
Registration ID: 382204519
Candidate ID: AWS01199402

Please check in 30 minutes before your appointment. Make sure you have run the system test on the computer you will use for the exam.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Sincerely,
Pearson VUE

Pearson VUE, 5601 Green Valley Drive, Bloomington, MN 55437
This is an automated message, please do not reply."""
    body = alt(part(new, charset='us-ascii', cte='7bit'), part(to_html(new), 'html', charset='utf-8', cte='quoted-printable'),
               boundary=b_outlook())
    s = sender('custom', dt, ip='159.182.%d.%d' % (rng.randint(1, 250), rng.randint(2, 250)), host='mx1.pearson.com',
               mailfrom='pearsonvuecustomerservice@pearson.com', from_dom='pearson.com', dkim=[('pearson.com', 'pearson1')])
    tr = deliver('gmail', DANIEL, dt, s)
    hs = std_headers(dt, '"Pearson VUE Confirmation" <pearsonvuecustomerservice@pearson.com>', DANIEL,
                     subj('Pearson VUE Confirmation of Booking'), '<%s@pearson.com>' % uuid4())
    build('056-pearson-vue-booking-candidate-id.eml', L('unrelated', None, ['AWS01199402'], False, 'en'), hs, body, tr, new)


def m057():
    dt = d(2023, 9, 4, 7, 2, 51)
    code = '731 204'
    new = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. To verify your email address, enter the following code on the verification page:

Verification code: %s

This code expires 30 minutes after it was sent.

If you did not request this code, you can safely ignore this email. Someone may have typed your email address by mistake.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210""" % code
    body = alt(part(new, charset='utf-8', cte='quoted-printable'), part(to_html(new), 'html', charset='utf-8', cte='quoted-printable'),
               boundary=b_amazon())
    s = sender('ses', dt, from_dom='signin.aws')
    tr = deliver('corp', TOMASZ, dt, s, auth='none')
    hs = std_headers(dt, '"AWS" <no-reply@signin.aws>', TOMASZ, subj('Verify your AWS Builder ID email address'),
                     ses_msgid(dt), s)
    build('057-builder-id-code-no-auth.eml', L('unrelated', None, [], None, 'en'), hs, body, tr, new)


def m058():
    dt = d(2023, 9, 12, 13, 5, 44)
    new = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kowalczyk-it/certs-portal/pull/412#event-%d
You are receiving this because you authored the thread.

Message ID: <kowalczyk-it/certs-portal/pull/412/issue_event/%d@github.com>""" % (rng.randint(10**9, 10**10), rng.randint(10**9, 10**10))
    h = '<p>Merged <a class="issue-link" href="https://github.com/kowalczyk-it/certs-portal/pull/412">#412</a> into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kowalczyk-it/certs-portal/pull/412#event-1">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>\n'
    body = alt(part(new, charset='utf-8', cte='7bit'), part(h, 'html', charset='utf-8', cte='7bit'), boundary='--==_mimepart_%s_%d' % (rhex(13), rng.randint(1000, 9999)))
    s = sender('custom', dt, ip='192.30.252.%d' % rng.randint(192, 215), host='out-%d.smtp.github.com' % rng.randint(10, 30),
               mailfrom='noreply@github.com', from_dom='github.com', dkim=[('github.com', 'pf2023')])
    s['authserv'] = 'mail.kowalczyk-it.pl'
    tr = deliver('corp', TOMASZ, dt, s)
    hs = std_headers(dt, '"Marta Nowak" <notifications@github.com>', 'kowalczyk-it/certs-portal <certs-portal@noreply.github.com>',
                     subj('Re: [kowalczyk-it/certs-portal] Merge duplicate candidate accounts into one profile (PR #412)'),
                     '<kowalczyk-it/certs-portal/pull/412/issue_event/%d@github.com>' % rng.randint(10**9, 10**10),
                     extra=['Cc: Tomasz Kowalczyk <%s>, Author <author@noreply.github.com>' % TOMASZ,
                            'In-Reply-To: <kowalczyk-it/certs-portal/pull/412@github.com>',
                            'References: <kowalczyk-it/certs-portal/pull/412@github.com>',
                            'List-ID: kowalczyk-it/certs-portal <certs-portal.kowalczyk-it.github.com>',
                            'X-GitHub-Reason: author'])
    build('058-github-pr-merged-notification.eml', L('unrelated', None, [], False, 'en'), hs, body, tr, new)


def m059():
    dt = d(2025, 12, 1, 14, 30, 0)
    intro = ('Your AWS Certified Cloud Practitioner badge issued by Amazon Web Services Training and Certification '
             'will expire on January 30, 2026. To keep your badge active, renew your certification before it expires.')
    txt = """Hi Priya,

%s

Learn about recertification: https://aws.amazon.com/certification/recertification/
View your badge: https://www.credly.com/badges/%s

Credly, Inc. · 228 Park Ave S, #13437 · New York, NY 10003
""" % (intro, uuid4())
    body = alt(part(txt, charset='utf-8', cte='quoted-printable'),
               part(to_html(txt), 'html', charset='utf-8', cte='quoted-printable'), boundary=rhex(58))
    s = sender('credly', dt, to=PRIYA)
    tr = deliver('outlook', PRIYA, dt, s)
    hs = std_headers(dt, '"Credly" <admin@credly.com>', PRIYA, subj('Your badge expires in 60 days'),
                     '<%s@geopod-ismtpd-%d>' % (ralnum(22), rng.randint(1, 40)), s)
    build('059-credly-expiry-reminder.eml', L('unrelated', None, [], True, 'en'), hs, body, tr, txt)


def m060():
    dt = d(2025, 9, 10, 0, 0, 31)
    new = """AWS トレーニングと認定 ニュースレター 2025年9月号

■ 新しい認定試験のお知らせ
AWS Certified Generative AI Developer - Professional のベータ試験の受付を開始しました。

■ 無料のデジタルトレーニング
AWS Skill Builder に日本語の新コースが 12 本追加されました。

■ よくあるご質問: 認定アカウントが複数ある場合
過去に異なるメールアドレスで受験し、認定アカウントが複数になってしまった場合は、
AWS トレーニングと認定のお問い合わせフォームから「アカウントの統合」をご依頼ください。
統合を行うと、すべての認定資格が 1 つのアカウントにまとまります。

配信停止をご希望の場合は、こちらから設定を変更してください:
https://pages.awscloud.com/communication-preferences.html?lang=ja

Amazon Web Services Japan 合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア"""
    body = alt(part(new, charset='iso-2022-jp', cte='7bit'),
               part(to_html(new), 'html', charset='utf-8', cte='base64'), boundary=b_amazon())
    s = sender('ses', dt)
    s['mailfrom'] = '%s@bounce.pages.awscloud.com' % rhex(24)
    tr = deliver('nifty', MISAKI, dt, s)
    hs = std_headers(dt, addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com', 'iso-2022-jp'), MISAKI,
                     subj('【AWS】トレーニングと認定ニュースレター 2025年9月号', 'iso-2022-jp'), ses_msgid(dt), s,
                     extra=['List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html>',
                            'Precedence: bulk'])
    build('060-ja-newsletter-mentions-merge-faq.eml', L('unrelated', None, [], True, 'ja'), hs, body, tr, new)


# === END MAILS ===
for _n in sorted(k for k in list(globals()) if re.fullmatch(r'm\d{3}', k)):
    globals()[_n]()

with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as _fh:
    json.dump(LABELS, _fh, ensure_ascii=False, indent=1, sort_keys=True)
print('wrote', len(LABELS), 'mails')
