#!/usr/bin/env python3
"""Generator for blind set 46: three inboxes (ja / en / bilingual) around AWS
Certification account merges, mixed with the mail around them."""
import base64
import datetime as dt
import html
import io
import json
import os
import quopri
import random
import string
import uuid
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from email import policy as _policy

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(4646)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
CST = dt.timezone(dt.timedelta(hours=-6))
PST = dt.timezone(dt.timedelta(hours=-8))

LABELS = {}


# ---------------------------------------------------------------- helpers
def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = string.ascii_letters + string.digits + '+/'
    return ''.join(R.choice(a) for _ in range(n))


def ralnum(n):
    return ''.join(R.choice(string.ascii_letters + string.digits) for _ in range(n))


def case15(when, suffix):
    return '%d%s' % (int(when.timestamp()), suffix)


def ses_id(when):
    ms = int(when.timestamp() * 1000)
    return '0100%012x-%s-000000' % (ms, uuid.UUID(int=R.getrandbits(128)))


def ses_msgid(when):
    return ses_id(when)


def tpart(text, sub='plain', cs='utf-8', cte='base64', codec=None, extra=None):
    raw = text.encode(codec or cs)
    p = MIMENonMultipart('text', sub, charset=cs)
    if extra:
        for k, v in extra.items():
            p.set_param(k, v)
    del p['MIME-Version']
    if cte == 'base64':
        pl = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        pl = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        pl = raw.decode('ascii')
    elif cte == '8bit':
        pl = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(pl)
    return p


def alt(*parts, sub='alternative'):
    m = MIMEMultipart(sub)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def enc_header(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76, header_name='Subject').encode('\n')


def addr(name, email, cs='utf-8'):
    if name is None:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), email)


def fold_b(val, indent='\t', width=70):
    out = []
    while val:
        out.append(val[:width])
        val = val[width:]
    return ('\n' + indent).join(out)


def dkim(d, sel, when, hlist='From:Reply-To:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID', ind='\t'):
    bh = rb64(43) + '='
    b = rb64(342) + '=='
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n%ss=%s; d=%s; t=%d;\n%sh=%s;\n%sbh=%s;\n%sb=%s'
            % (ind, sel, d, int(when.timestamp()), ind, hlist, ind, bh, ind, fold_b(b, ind)))


def html_from_text(text, lang='en', extra_head='', footer=''):
    paras = text.strip().split('\n\n')
    body = ''.join('<p>%s</p>\n' % html.escape(p).replace('\n', '<br>\n') for p in paras)
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8">%s</head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s%s</body></html>\n'
            % (lang, extra_head, body, footer))


# -------------------------------------------------------------- senders
SES_HOSTS = [('a8-31.smtp-out.amazonses.com', '54.240.8.31'),
             ('a48-95.smtp-out.amazonses.com', '54.240.48.95'),
             ('a27-185.smtp-out.us-west-2.amazonses.com', '54.240.27.185'),
             ('a9-112.smtp-out.amazonses.com', '54.240.9.112'),
             ('a11-77.smtp-out.amazonses.com', '54.240.11.77')]


def sender_profile(kind, when):
    """Returns dict: mailfrom, host, ip, dkims [(d, sel)], msgid"""
    if kind in ('amazon', 'signin.aws'):
        sid = ses_id(when)
        host, ip = R.choice(SES_HOSTS)
        d = 'amazon.com' if kind == 'amazon' else 'signin.aws'
        return dict(mailfrom=sid + '@email.amazonses.com', mf_domain='email.amazonses.com', host=host, ip=ip,
                    dkims=[(d, ''.join(R.choice(string.ascii_lowercase + string.digits) for _ in range(32))),
                           ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                    msgid='<%s@email.amazonses.com>' % sid, hfrom=d, p='QUARANTINE')
    if kind == 'credly':
        return dict(mailfrom='bounces+21877452-%s@em.credly.com' % rhex(4), mf_domain='em.credly.com',
                    host='o%d.ptr%d.em.credly.com' % (R.randint(1, 9), R.randint(1000, 9999)),
                    ip='149.72.%d.%d' % (R.randint(1, 254), R.randint(1, 254)),
                    dkims=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')],
                    msgid='<%s@geopod-ismtpd-%d>' % (ralnum(22), R.randint(1, 40)), hfrom='credly.com', p='REJECT')
    if kind == 'certmetrics':
        return dict(mailfrom='bounce-%s@certmetrics.com' % rhex(10), mf_domain='certmetrics.com',
                    host='mail%d.certmetrics.com' % R.randint(1, 4), ip='52.25.%d.%d' % (R.randint(1, 254), R.randint(1, 254)),
                    dkims=[('certmetrics.com', 'k1')],
                    msgid='<%s.%s@certmetrics.com>' % (rhex(16), rhex(8)), hfrom='certmetrics.com', p='NONE')
    if kind == 'pearson':
        return dict(mailfrom='pvue-noreply@pearson.com', mf_domain='pearson.com',
                    host='mx0b-00%d.pphosted.com' % R.randint(100000, 999999), ip='148.163.%d.%d' % (R.randint(128, 159), R.randint(1, 254)),
                    dkims=[('pearson.com', 'selector1')],
                    msgid='<%s@pvue.pearson.com>' % uuid.UUID(int=R.getrandbits(128)), hfrom='pearson.com', p='REJECT')
    if kind == 'github':
        return dict(mailfrom='noreply@github.com', mf_domain='github.com', host='out-%d.smtp.github.com' % R.randint(20, 28),
                    ip='192.30.252.%d' % R.randint(200, 210), dkims=[('github.com', 'pf2023')],
                    msgid=None, hfrom='github.com', p='REJECT')
    if kind == 'gitlab':
        return dict(mailfrom='bounce+%s@mg.gitlab.com' % rhex(12), mf_domain='mg.gitlab.com', host='mail-%s.mg.gitlab.com' % rhex(4),
                    ip='192.237.%d.%d' % (R.randint(150, 170), R.randint(1, 254)), dkims=[('gitlab.com', 'mailo'), ('mg.gitlab.com', 'mailo')],
                    msgid='<%s@gitlab.com>' % ralnum(24), hfrom='gitlab.com', p='REJECT')
    if kind == 'connpass':
        return dict(mailfrom='bounces@connpass.com', mf_domain='connpass.com', host='a%d-%d.smtp-out.ap-northeast-1.amazonses.com' % (R.randint(10, 99), R.randint(1, 254)),
                    ip='23.251.%d.%d' % (R.randint(224, 239), R.randint(1, 254)), dkims=[('connpass.com', 'c3ns7l'), ('amazonses.com', 'zh4gjftm6etwoq6afzugpky45synznly')],
                    msgid='<%s@ap-northeast-1.amazonses.com>' % ses_id(when), hfrom='connpass.com', p='NONE')
    raise KeyError(kind)


# ------------------------------------------------------------ providers
def ar_value(provider, a):
    """Authentication-Results value lines for provider. a: dict spf, spf_domain, ip, dkims[(d,res,sel)], dmarc, hfrom, p, mailfrom"""
    if provider == 'gmail':
        lines = ['mx.google.com;']
        for d, res, sel in a['dkims']:
            if res == 'none':
                continue
            lines.append('dkim=%s header.i=@%s header.s=%s header.b=%s;' % (res, d, sel, rb64(8)))
        if a['spf'] == 'pass':
            lines.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s%s'
                         % (a['mailfrom'], a['ip'], a['mailfrom'], ';'))
        else:
            lines.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;'
                         % (a['spf'], a['mailfrom'], a['ip'], a['mailfrom']))
        p = a.get('p', 'NONE')
        lines.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (a['dmarc'], p, p,
                                                                   'NONE' if a['dmarc'] == 'pass' else ('QUARANTINE' if p != 'NONE' else 'NONE'),
                                                                   a['hfrom']))
        return '\n       '.join(lines)
    if provider == 'o365':
        dk = a['dkims'][0] if a['dkims'] else None
        if dk and dk[1] == 'pass':
            dkp = 'dkim=pass (signature was verified) header.d=%s;' % dk[0]
        else:
            dkp = 'dkim=none (message not signed) header.d=none;'
        if a['spf'] == 'pass':
            spp = 'spf=pass (sender IP is %s) smtp.mailfrom=%s;' % (a['ip'], a['mf_domain'])
        else:
            spp = 'spf=%s (sender IP is %s) smtp.mailfrom=%s;' % (a['spf'], a['ip'], a['mf_domain'])
        if a['dmarc'] == 'pass':
            dm = 'dmarc=pass action=none header.from=%s;compauth=pass reason=100' % a['hfrom']
        else:
            dm = 'dmarc=%s action=quarantine header.from=%s;compauth=fail reason=000' % (a['dmarc'], a['hfrom'])
        return '%s %s%s' % (spp, dkp, dm)
    if provider == 'nifty':
        parts = ['mfilter-in-v02.mail.nifty.com;']
        parts.append('spf=%s smtp.mailfrom=%s;' % (a['spf'], a['mailfrom']))
        for d, res, sel in a['dkims'][:1]:
            parts.append('dkim=%s header.d=%s header.s=%s header.b=%s;' % (res, d, sel, rb64(8)))
        if not a['dkims']:
            parts.append('dkim=none;')
        parts.append('dmarc=%s (p=%s dis=none) header.from=%s' % (a['dmarc'], a.get('p', 'NONE').lower(), a['hfrom']))
        return '\n\t'.join(parts)
    raise KeyError(provider)


def trace(provider, to_addr, when, a, include_ar=True, internal=False):
    """Provider-added trace headers (top of message). Returns list of (name, value) raw strings."""
    h = []
    if provider == 'gmail':
        t = when.astimezone(PST) if when.month in (11, 12, 1, 2) else when.astimezone(dt.timezone(dt.timedelta(hours=-7)))
        tz = '(PST)' if t.utcoffset() == dt.timedelta(hours=-8) else '(PDT)'
        t1 = t + dt.timedelta(seconds=R.randint(1, 3))
        h.append(('Delivered-To', to_addr))
        h.append(('Received', 'by 2002:a05:7300:%s:b0:%s:%s with SMTP id %s;\n        %s %s'
                  % (rhex(4), rhex(3), rhex(4), ralnum(9).lower(), format_datetime(t1), tz)))
        h.append(('X-Google-Smtp-Source', 'AGHT+I%s' % rb64(60)))
        h.append(('X-Received', 'by 2002:a17:90b:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s %s'
                  % (rhex(4), rhex(3), rhex(4), ralnum(14).lower(), R.randint(1, 99), R.randint(1000000000000, 9999999999999), format_datetime(t1), tz)))
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                  % (int(when.timestamp()), fold_b(rb64(340) + '==', '        ', 70))))
        arv = ar_value('gmail', a)
        h.append(('ARC-Authentication-Results', 'i=1; ' + arv))
        h.append(('Return-Path', '<%s>' % a['mailfrom']))
        h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%d\n        for <%s>\n'
                  '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s %s'
                  % (a['host'], a['host'], a['ip'], ralnum(20).lower(), R.randint(1, 99), R.randint(1, 9), R.randint(10000, 99999),
                     to_addr, format_datetime(t), tz)))
        h.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
                  % (a['spf'], a['mailfrom'], 'designates' if a['spf'] == 'pass' else 'does not designate', a['ip'], a['ip'])))
        if include_ar:
            h.append(('Authentication-Results', arv))
        return h
    if provider == 'o365':
        t = when.astimezone(UTC)
        fe = 'BN%dPEPF0000%s' % (R.randint(1, 3), ''.join(R.choice('0123456789ABCDEF') for _ in range(4)))
        mbx = 'SA1PR12MB6748'
        edge = 'BN9PR03CA%04d' % R.randint(100, 999)
        h.append(('Received', 'from %s.namprd12.prod.outlook.com (::1) by\n MN2PR12MB4453.namprd12.prod.outlook.com with HTTPS; %s'
                  % (mbx, format_datetime(t + dt.timedelta(seconds=2)))))
        h.append(('Received', 'from %s.namprd03.prod.outlook.com (2603:10b6:408:111::%d)\n by %s.namprd12.prod.outlook.com (2603:10b6:806:259::9) with\n'
                  ' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9320.14; %s'
                  % (edge, R.randint(10, 99), mbx, format_datetime(t + dt.timedelta(seconds=1)))))
        if internal:
            return h
        h.append(('Received', 'from %s.namprd04.prod.outlook.com\n (2603:10b6:408:111:cafe::%x) by %s.outlook.office365.com\n'
                  ' (2603:10b6:408:111::%d) with Microsoft SMTP Server (version=TLS1_3,\n'
                  ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.9320.13 via Frontend Transport; %s'
                  % (fe, R.randint(16, 255), edge, R.randint(10, 99), format_datetime(t + dt.timedelta(seconds=1)))))
        if include_ar:
            h.append(('Authentication-Results', ar_value('o365', a)))
        h.append(('Received-SPF', '%s (protection.outlook.com: domain of %s %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C'
                  % (a['spf'].capitalize(), a['mf_domain'], 'designates' if a['spf'] == 'pass' else 'does not designate', a['ip'], a['ip'], a['host'])))
        h.append(('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n'
                  ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9320.13 via Frontend\n Transport; %s'
                  % (a['host'], a['ip'], fe, R.randint(2, 250), format_datetime(t))))
        return h
    if provider == 'nifty':
        t = when.astimezone(JST)
        h.append(('Return-Path', '<%s>' % a['mailfrom']))
        h.append(('Delivered-To', to_addr))
        h.append(('Received', 'from mta-mx0%d.nifty.com by mbox-s%02d.nifty.com with LMTP;\n\t%s'
                  % (R.randint(1, 4), R.randint(1, 30), format_datetime(t + dt.timedelta(seconds=2)))))
        h.append(('Received', 'from %s ([%s])\n\tby mta-mx0%d.nifty.com with ESMTP\n\tid <%s.%s.mta-mx.nifty.com@%s>\n\tfor <%s>; %s'
                  % (a['host'], a['ip'], R.randint(1, 4), t.strftime('%Y%m%d%H%M%S'), ralnum(8).upper(), a['host'], to_addr, format_datetime(t))))
        if include_ar:
            h.append(('Authentication-Results', ar_value('nifty', a)))
        h.append(('X-Nifty-SrcIP', '[%s]' % a['ip']))
        return h
    raise KeyError(provider)


O365_TAIL = [('X-MS-Exchange-Organization-ExpirationStartTime', None),
             ('X-MS-Exchange-Organization-Network-Message-Id', None),
             ('X-MS-Exchange-Organization-MessageDirectionality', 'Incoming'),
             ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
             ('X-MS-Exchange-Organization-SCL', '1'),
             ('X-Microsoft-Antispam', 'BCL:0;')]


# --------------------------------------------------------------- writer
def write_mail(fname, label, provider, to_addr, frm, subject, when, body, sender_kind=None,
               auth=None, include_ar=True, subject_cs='utf-8', to_hdr=None, msgid=None,
               in_reply_to=None, references=None, extra=(), extra_top=(), reply_to=None,
               crlf=False, profile=None, internal=False, forged_ar=None, cc=None):
    prof = profile or (sender_profile(sender_kind, when) if sender_kind else None)
    a = None
    if prof:
        a = dict(spf='pass', mailfrom=prof['mailfrom'], mf_domain=prof['mf_domain'], ip=prof['ip'], host=prof['host'],
                 dkims=[(d, 'pass', s) for d, s in prof['dkims']], dmarc='pass', hfrom=prof['hfrom'], p=prof['p'])
        if auth:
            a.update(auth)
    hdrs = list(extra_top)
    if a is not None:
        hdrs += trace(provider, to_addr, when + dt.timedelta(seconds=R.randint(2, 9)), a, include_ar=include_ar, internal=internal)
    else:
        hdrs += trace(provider, to_addr, when + dt.timedelta(seconds=R.randint(2, 9)),
                      dict(spf='none', mailfrom='', mf_domain='', ip='', host='', dkims=[], dmarc='none', hfrom=''),
                      include_ar=False, internal=True)
    if forged_ar:
        hdrs.append(('Authentication-Results', forged_ar))
    if prof:
        for d, s in prof['dkims']:
            if a and any(dd == d and r == 'none' for dd, r, _ in a['dkims']):
                continue
            hdrs.append(('DKIM-Signature', dkim(d, s, when)))
    hdrs.append(('From', frm))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs.append(('To', to_hdr or to_addr))
    if cc:
        hdrs.append(('Cc', cc))
    hdrs.append(('Subject', enc_header(subject, subject_cs)))
    hdrs.append(('Date', format_datetime(when)))
    mid = msgid or (prof['msgid'] if prof and prof.get('msgid') else '<%s@%s>' % (rhex(24), 'mail.example.net'))
    hdrs.append(('Message-ID', mid))
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
    if references:
        hdrs.append(('References', references))
    hdrs += list(extra)
    if provider == 'o365' and not internal:
        for k, v in O365_TAIL:
            if v is None:
                v = format_datetime(when.astimezone(UTC)) if 'Time' in k else str(uuid.UUID(int=R.getrandbits(128)))
            hdrs.append((k, v))
    elif provider == 'o365' and internal:
        hdrs += [('X-MS-Exchange-Organization-AuthAs', 'Internal'),
                 ('X-MS-Exchange-Organization-AuthSource', 'SA1PR12MB6748.namprd12.prod.outlook.com'),
                 ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    hdrs.append(('MIME-Version', '1.0'))
    nl = '\r\n' if crlf else '\n'
    head = ''.join('%s: %s%s' % (k, v.replace('\n', nl), nl) for k, v in hdrs)
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, policy=_policy.compat32.clone(linesep=nl, max_line_length=78))
    g.flatten(body)
    data = head.encode('ascii') + buf.getvalue()
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    LABELS[fname] = label
    return mid


def L(kind, case_id, ids, ver, lang):
    ids = sorted(set(ids))
    return dict(kind=kind, case_id=case_id, account_ids=ids, sender_verified=ver, language=lang)


AWS_NAME = 'Amazon Web Services'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'
CREDLY_ISSUER = 'Amazon Web Services Training and Certification via Credly'


# =====================================================================
# Inbox A: 佐藤 美咲, Japanese, nifty.com, console case, September 2025
# =====================================================================
A_TO = 'misaki.sato@nifty.com'
A_TOH = addr('佐藤 美咲', A_TO)
A_OPEN = dt.datetime(2025, 9, 8, 1, 14, 33, tzinfo=UTC)
CID_A = case15(A_OPEN, '00217')
A_SUBJ = '認定アカウントが2つあるので1つにまとめたい'
A_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % CID_A


def inbox_a():
    n = 1

    def fn(slug):
        nonlocal n
        f = '%03d-%s.eml' % (n, slug)
        n += 1
        return f

    # A1 Pearson VUE (Shift_JIS label, cp932-only characters)
    w = dt.datetime(2025, 9, 2, 3, 41, 7, tzinfo=UTC)
    t = """佐藤 美咲 様

この度はピアソンVUEにて試験をご予約いただき、誠にありがとうございます。
以下の内容でご予約を承りました。

■試験名　　：AWS Certified Developer - Associate (DVA-C02) 日本語
■試験日時　：2025年9月4日（木） 13:30～
■受験形式　：OnVUE（オンライン監督試験）
■登録番号　：498271635

【受験当日のご注意】
① 試験開始30分前からチェックインが可能です。
② 有効な身分証明書（顔写真付き・氏名がローマ字表記のもの）をご用意ください。
③ 事前にシステムテストを実施し、受験環境に問題がないことをご確認ください。

ご予約の変更・キャンセルは、試験開始の24時間前までに
AWS トレーニングと認定のアカウント（https://www.aws.training/Certification）から行ってください。

※本メールは送信専用アドレスからお送りしています。
ピアソンVUE カスタマーサービス
"""
    body = tpart(t, cs='Shift_JIS', codec='cp932', cte='base64')
    write_mail(fn('pearson-vue-yoyaku'), L('unrelated', None, [], False, 'ja'), 'nifty', A_TO,
               addr('Pearson VUE', 'pvue-noreply@pearson.com'), 'ピアソンVUE 試験予約確認のお知らせ', w, body,
               sender_kind='pearson', subject_cs='iso-2022-jp', to_hdr=A_TOH)

    # A2 CertMetrics congratulations (new, second account)
    w = dt.datetime(2025, 9, 5, 0, 12, 40, tzinfo=UTC)
    t = """Dear Misaki Sato,

Congratulations! You have successfully completed the requirements to become AWS Certified Developer - Associate.

Candidate ID: AWS09135520
Certification: AWS Certified Developer - Associate
Achieved: September 4, 2025
Expires: September 4, 2028
Validation Number: 7QW2M9XKJ4B1HCLP

Within the next 5 business days you will receive an invitation from Credly to claim your digital badge.
You can download your certificate and access your certification benefits by signing in to your
AWS Certification Account at https://www.aws.training/Certification.

Thank you,
AWS Training and Certification

This message was sent from an unmonitored address. Please do not reply.
"""
    h = html_from_text(t.replace('Validation Number: 7QW2M9XKJ4B1HCLP', 'Validation Number: <b>7QW2M9XKJ4B1HCLP</b>'))
    body = alt(tpart(t, cte='quoted-printable'), tpart(h, 'html', cte='quoted-printable'))
    write_mail(fn('certmetrics-dva-congrats'), L('unrelated', None, ['AWS09135520'], False, 'en'), 'nifty', A_TO,
               addr('AWS Certification', 'do-not-reply@certmetrics.com'), 'Congratulations! You are now AWS Certified', w, body,
               sender_kind='certmetrics')

    # A3 Credly badge (Japanese), first issue to second account
    w = dt.datetime(2025, 9, 6, 2, 3, 19, tzinfo=UTC)
    t = """佐藤 美咲 さん、おめでとうございます！

Amazon Web Services Training and Certification から、あなたに新しいバッジが発行されました。

  AWS Certified Developer – Associate

バッジを受け取ると、LinkedIn やメールの署名、履歴書などで成果を共有できます。

▶ バッジを受け取る
https://www.credly.com/earner/earned/badge/6b1f0c3e-2a9d-4c7e-9f55-3e0a8d2b71c4?locale=ja

このメールは Credly（Pearson グループ）から Amazon Web Services Training and Certification に代わってお送りしています。
通知設定の変更: https://www.credly.com/earner/settings/notifications
"""
    h = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="600" align="center"><tr><td style="text-align:center">
<img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="120" alt="">
<h1 style="font-size:22px">佐藤 美咲 さん、おめでとうございます！</h1>
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p>
<p style="font-size:18px"><b>AWS Certified Developer &#8211; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/6b1f0c3e-2a9d-4c7e-9f55-3e0a8d2b71c4?locale=ja" style="background:#0e6cc1;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#777">このメールは Credly から Amazon Web Services Training and Certification に代わってお送りしています。</p>
</td></tr></table></body></html>
"""
    body = alt(tpart(t, cte='base64'), tpart(h, 'html', cte='base64'))
    write_mail(fn('credly-dva-badge-ja'), L('credly_badge_issued', None, [], True, 'ja'), 'nifty', A_TO,
               addr(CREDLY_ISSUER, 'admin@credly.com'),
               'Amazon Web Services Training and Certification から新しいバッジが発行されました', w, body, sender_kind='credly')

    # A4 AWS Japan newsletter (multipart/alternative, html richer than text)
    w = dt.datetime(2025, 9, 6, 9, 0, 2, tzinfo=UTC)
    t = """AWS ニュースレター 2025年9月号

■ 今月のオンラインセミナー
・9月17日（水）14:00- 生成 AI 実践入門：Amazon Bedrock で社内文書検索を作る
・9月25日（木）16:00- コンテナ運用のベストプラクティス（Amazon ECS / AWS Fargate）

■ AWS 認定
AWS Certified Machine Learning Engineer - Associate の日本語版試験を引き続き提供中です。
合格者は AWS 認定ストアや AWS Summit の認定者ラウンジをご利用いただけます。

■ AWS Skill Builder
新しいハンズオンラボ 30 本を追加しました。

配信停止: https://pages.awscloud.com/communication-preferences.html
アマゾン ウェブ サービス ジャパン合同会社　東京都品川区上大崎3-1-1
"""
    h = html_from_text(t, 'ja', footer='<p style="font-size:11px;color:#888">本メールは AWS のサービスに関する情報をお送りすることにご同意いただいた方にお送りしています。'
                                        '<a href="https://pages.awscloud.com/communication-preferences.html">配信設定</a></p>'
                                        '<img src="https://pages.awscloud.com/trk?e=%s" width="1" height="1" alt="">' % rhex(20))
    h = h.replace('<p>■ AWS Skill Builder', '<p><a href="https://skillbuilder.aws/">■ AWS Skill Builder</a>')
    body = alt(tpart(t, cte='quoted-printable'), tpart(h, 'html', cte='quoted-printable'))
    write_mail(fn('aws-newsletter-sept'), L('unrelated', None, [], True, 'ja'), 'nifty', A_TO,
               addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'),
               '【AWS】9月のオンラインセミナーと最新情報のお知らせ', w, body, sender_kind='amazon',
               extra=[('List-Unsubscribe', '<https://pages.awscloud.com/UnsubscribePage.html?mkt_unsubscribe=1>')])

    # A5 console case created (Japanese)
    w = A_OPEN + dt.timedelta(seconds=6)
    t = """お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対処するため、ケース %(c)s をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: %(c)s
件名: %(s)s
重要度: 一般的なガイダンス
通信内容: AWS 認定のアカウントが2つになってしまいました。AWS04418273 が以前から使っているアカウント（SAA 取得済み）で、AWS09135520 は今月 DVA を予約したときに会社のメールアドレスで誤って作ってしまったものです。AWS04418273 のほうを残して、1つにまとめていただくことは可能でしょうか。

できるだけ早くご連絡いたします。ケースの確認は、サポートセンターにログインしてください。
%(l)s

※このメールは送信専用のアドレスから送信されています。このメールに返信することはできません。

Amazon Web Services
""" % dict(c=CID_A, s=A_SUBJ, l=A_LINK)
    write_mail(fn('aws-case-opened-ja'), L('case_created', CID_A, ['AWS04418273', 'AWS09135520'], True, 'ja'), 'nifty', A_TO,
               addr(AWS_NAME, CONSOLE), 'Amazon Web Services: 新しいサポートケースをオープンしました: %s' % CID_A, w,
               tpart(t, cte='base64'), sender_kind='amazon')

    # A6 Builder ID verification code
    w = A_OPEN + dt.timedelta(minutes=3, seconds=41)
    t = """AWS Builder ID

Verify your email address

Use the following verification code to finish signing in. The code expires in 10 minutes.

Verification code: 613907

If you did not request this code, you can ignore this email. Someone may have entered your email address by mistake.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210
"""
    body = alt(tpart(t, cs='us-ascii', cte='7bit'),
               tpart(html_from_text(t).replace('613907', '<span style="font-size:28px;letter-spacing:4px">613907</span>'), 'html', cs='us-ascii', cte='7bit'))
    write_mail(fn('builder-id-code'), L('unrelated', None, [], True, 'en'), 'nifty', A_TO,
               addr('AWS', 'no-reply@signin.aws'), 'Verify your AWS Builder ID email address', w, body, sender_kind='signin.aws')

    # A7 agent asks for information
    w = dt.datetime(2025, 9, 9, 2, 47, 55, tzinfo=UTC)
    t = """佐藤様

AWS トレーニングと認定サポートにお問い合わせいただき、ありがとうございます。担当の中村と申します。

ご依頼の内容を拝見いたしました。お手続きを進めるにあたり、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. 各アカウントへのサインインに使用しているメールアドレス
   ・AWS04418273：
   ・AWS09135520：
2. 各アカウントのプロフィールに登録されている通知先メールアドレス（サインイン用と異なる場合）
3. 今後お使いになるアカウントのサインイン方法（AWS Builder ID、Amazon アカウントなど）

ご返信はサポートセンターの本ケースからお願いいたします。同じ内容で別のケースを作成されますと、確認に時間を要する場合がございますので、あらかじめご了承ください。

どうぞよろしくお願いいたします。

中村
Amazon Web Services
======================================

今回のやり取りについてご評価をお願いいたします:
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=ja#/rating

サポートセンターでケースを確認する:
%(l)s

※このメールアドレスは送信専用です。ご返信はサポートセンターからお願いいたします。
""" % dict(c=CID_A, l=A_LINK)
    write_mail(fn('aws-reply-info-request-ja'), L('support_reply', CID_A, ['AWS04418273', 'AWS09135520'], True, 'ja'), 'nifty', A_TO,
               addr(AWS_NAME, CONSOLE), 'RE:[CASE %s] %s' % (CID_A, A_SUBJ), w, tpart(t, cte='quoted-printable'), sender_kind='amazon')

    # A8 colleague, ISO-2022-JP, quoted Japanese reply header
    w = dt.datetime(2025, 9, 10, 8, 15, 2, tzinfo=JST)
    orig_mid = '<CAK7x%s@mail.gmail.com>' % ralnum(30)
    t = """佐藤さん

お疲れさまです。田中です。
資料ありがとうございます。ECS 編、とても分かりやすかったです。
来週木曜の勉強会はこのまま使わせてもらいますね。

アカウントの件、サポートに問い合わせ中とのことで了解です。
社内の資格取得申請は月末締めなので、間に合わなければ
新しい方の番号で一旦出しておいて、あとで差し替えでも大丈夫です。

DVA 合格おめでとうございます！

田中 健
株式会社キラメックシステムズ　クラウド推進部

2025年9月9日(火) 21:47 佐藤美咲 <misaki.sato@nifty.com>:
> 田中さん
>
> お疲れさまです。佐藤です。
> 勉強会の資料を添付しました（前回の続きで、ECS 編です）。
>
> ちなみに、認定アカウントが2つに分かれてしまった件は
> 昨日 AWS のサポートに問い合わせました。
> （AWS09135520 のほうを AWS04418273 にまとめてもらう予定です）
> 社内申請には間に合わないかもしれません。
>
> 佐藤
"""
    body = tpart(t, cs='iso-2022-jp', cte='7bit')
    write_mail(fn('colleague-benkyokai-re'), L('unrelated', None, [], False, 'ja'), 'nifty', A_TO,
               addr('田中 健', 'ken.tanaka@kiramek-sys.co.jp', 'iso-2022-jp'), 'Re: 勉強会の資料（ECS編）', w, body,
               profile=dict(mailfrom='ken.tanaka@kiramek-sys.co.jp', mf_domain='kiramek-sys.co.jp', host='mail-sor-f41.google.com',
                            ip='209.85.220.41', dkims=[('kiramek-sys.co.jp', 'google')], msgid=None, hfrom='kiramek-sys.co.jp', p='NONE'),
               subject_cs='iso-2022-jp', msgid='<CAH3n%s@mail.gmail.com>' % ralnum(32), in_reply_to=orig_mid, references=orig_mid,
               to_hdr=addr('佐藤美咲', A_TO, 'iso-2022-jp'))

    # A9 console "new correspondence" notification (Japanese)
    w = dt.datetime(2025, 9, 11, 5, 20, 11, tzinfo=UTC)
    t = """お客様

お客様のサポートケース %(c)s に新しい対応が追加されました。

ケース ID: %(c)s
件名: %(s)s

内容を確認するには、サポートセンターにサインインしてください。
%(l)s

※このメールアドレスは送信専用です。このメールには返信できません。

Amazon Web Services
""" % dict(c=CID_A, s=A_SUBJ, l=A_LINK)
    write_mail(fn('aws-case-update-notice-ja'), L('support_reply', CID_A, [], True, 'ja'), 'nifty', A_TO,
               addr(AWS_NAME, CONSOLE), '[Case %s] 新しい対応が追加されました' % CID_A, w, tpart(t, cte='base64'), sender_kind='amazon')

    # A10 confirmation request (Japanese), multipart/alternative
    w = dt.datetime(2025, 9, 11, 5, 20, 14, tzinfo=UTC)
    t = """佐藤様

ご返信いただきありがとうございます。中村です。

いただいた情報をもとに確認しましたところ、お客様名義の認定アカウントは次の2件でした。

　残るアカウント　　：AWS 04418273（サインイン：misaki.sato@nifty.com）
　取り込まれるアカウント：AWS 09135520（サインイン：m-sato@kiramek-sys.co.jp）

お手続き後、AWS 09135520 に記録されている認定資格（AWS Certified Developer - Associate）、受験履歴および特典はすべて AWS 04418273 に移り、AWS 09135520 にはサインインできなくなります。
このお手続きは、一度実行すると元に戻すことができません。

上記の内容でよろしければ、本ケースにて「上記の内容で問題ありません」とご返信ください。お客様のご了承を確認できるまで、お手続きは行いません。

よろしくお願いいたします。

中村
Amazon Web Services

サポートセンターでケースを確認する:
%(l)s
""" % dict(l=A_LINK)
    h = html_from_text(t, 'ja')
    h = h.replace('このお手続きは、一度実行すると元に戻すことができません。',
                  '<b style="color:#d13212">このお手続きは、一度実行すると元に戻すことができません。</b>')
    body = alt(tpart(t, cte='base64'), tpart(h, 'html', cte='base64'))
    write_mail(fn('aws-kakunin-onegai-ja'), L('merge_confirmation_requested', CID_A, ['AWS04418273', 'AWS09135520'], True, 'ja'), 'nifty', A_TO,
               addr(AWS_NAME, CONSOLE), 'RE:[CASE %s] %s' % (CID_A, A_SUBJ), w, body, sender_kind='amazon')

    # A11 phishing: look-alike domain asking to "confirm" the merge (HTML only, Shift_JIS)
    w = dt.datetime(2025, 9, 12, 11, 3, 52, tzinfo=UTC)
    fake = case15(dt.datetime(2025, 9, 11, 22, 48, 5, tzinfo=UTC), '01337')
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body>
<div style="max-width:600px;margin:auto;font-family:'MS PGothic',sans-serif">
<img src="http://aws-certification-center.com/img/aws_logo.png" alt="aws" width="90">
<h2>【重要】認定アカウント統合の最終確認</h2>
<p>お客様</p>
<p>AWS 認定アカウントの統合リクエスト（ケース番号：%s）を受け付けました。</p>
<p>統合を確定するには、48時間以内に下記のボタンからサインインし、統合内容をご承認ください。<br>
期限内にご承認いただけない場合、両方のアカウントに登録されている認定資格が<b>無効</b>となる可能性があります。</p>
<p style="text-align:center"><a href="http://aws-certification-center.com/merge/confirm?uid=8f3a71c2&amp;lang=ja" style="background:#ff9900;color:#000;padding:10px 30px;text-decoration:none">統合を承認する</a></p>
<p>ご不明な点がございましたら、本メールへ返信してください。</p>
<p>AWS トレーニングと認定 サポートチーム</p>
<p style="font-size:10px;color:#999">&copy; 2025, Amazon Web Services, Inc. or its affiliates.</p>
</div></body></html>
""" % fake
    body = tpart(h, 'html', cs='Shift_JIS', codec='cp932', cte='base64')
    write_mail(fn('fake-togo-shonin'), L('merge_confirmation_requested', fake, [], False, 'ja'), 'nifty', A_TO,
               addr('AWS認定サポート', 'support@aws-certification-center.com', 'iso-2022-jp'),
               '【要対応】認定アカウント統合の最終確認（48時間以内）', w, body,
               profile=dict(mailfrom='info@mx7.shop-sendmail.xyz', mf_domain='mx7.shop-sendmail.xyz', host='vps-31-220-48-17.hostinger.io',
                            ip='31.220.48.17', dkims=[], msgid='<20250912200352.5C1A%s@aws-certification-center.com>' % rhex(6).upper(),
                            hfrom='aws-certification-center.com', p='NONE'),
               auth=dict(spf='softfail', dmarc='none'), subject_cs='iso-2022-jp', to_hdr=A_TO)

    # A12 agent: thanks for confirming, will now start
    w = dt.datetime(2025, 9, 13, 1, 31, 40, tzinfo=UTC)
    t = """佐藤様

ご確認のご返信をいただき、ありがとうございます。中村です。

承知いたしました。これより担当チームにて、AWS09135520 の記録を AWS04418273 へ移すお手続きを開始いたします。
作業には通常 2～3 営業日ほどお時間をいただいております。

作業が終わりましたら、本ケースにてあらためてご連絡いたしますので、今しばらくお待ちください。
なお、Credly のデジタルバッジにつきましては、お手続きの完了後に改めて発行される場合がございます。

中村
Amazon Web Services
======================================
今回のやり取りについてご評価をお願いいたします:
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=ja#/rating
""" % dict(c=CID_A)
    write_mail(fn('aws-tetsuzuki-kaishi-ja'), L('support_reply', CID_A, ['AWS04418273', 'AWS09135520'], True, 'ja'), 'nifty', A_TO,
               addr(AWS_NAME, CONSOLE), 'RE:[CASE %s] %s' % (CID_A, A_SUBJ), w, tpart(t, cte='quoted-printable'), sender_kind='amazon')

    # A13 GitHub PR merged notification
    w = dt.datetime(2025, 9, 15, 6, 22, 9, tzinfo=UTC)
    prmid = '<kiramek/infra-terraform/pull/142@github.com>'
    t = """Merged #142 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/kiramek/infra-terraform/pull/142#event-19823746611
You are receiving this because you were mentioned.
"""
    h = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/kiramek/infra-terraform/pull/142">#142</a> into main.</p>\n'
         '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
         '<a href="https://github.com/kiramek/infra-terraform/pull/142#event-19823746611">view it on GitHub</a>.<br />'
         'You are receiving this because you were mentioned.</p>\n')
    body = alt(tpart(t, cte='quoted-printable'), tpart(h, 'html', cte='quoted-printable'))
    write_mail(fn('github-pr142-merged'), L('unrelated', None, [], False, 'en'), 'nifty', A_TO,
               addr('Kenta Ogawa', 'notifications@github.com'), 'Re: [kiramek/infra-terraform] Add ECS service module (PR #142)', w, body,
               sender_kind='github', msgid='<kiramek/infra-terraform/pull/142/issue_event/19823746611@github.com>',
               in_reply_to=prmid, references=prmid, reply_to='kiramek/infra-terraform <reply+AB3K%s@reply.github.com>' % rhex(40).upper(),
               to_hdr='kiramek/infra-terraform <infra-terraform@noreply.github.com>',
               cc='Misaki Sato <misaki.sato@nifty.com>, Mention <mention@noreply.github.com>',
               extra=[('List-ID', 'kiramek/infra-terraform <infra-terraform.kiramek.github.com>'), ('X-GitHub-Reason', 'mention')])

    # A14 completion (Japanese)
    w = dt.datetime(2025, 9, 16, 4, 8, 27, tzinfo=UTC)
    t = """佐藤様

大変お待たせいたしました。中村です。

ご依頼いただいておりましたお手続きが終わりましたので、ご報告いたします。
AWS09135520 に記録されていた AWS Certified Developer - Associate の認定、受験履歴および特典を、AWS04418273 へ移行いたしました。
AWS09135520 は無効化しており、今後はサインインできません。

恐れ入りますが、AWS トレーニングと認定のアカウント（https://www.aws.training/Certification）に misaki.sato@nifty.com でサインインし、
「認定」のページにすべての認定資格が表示されていることをご確認ください。
Credly のバッジは、数日以内に改めて発行される見込みです。

その他ご不明な点がございましたら、お気軽にお知らせください。

中村
Amazon Web Services
"""
    h = html_from_text(t, 'ja')
    body = alt(tpart(t, cte='base64'), tpart(h, 'html', cte='base64'))
    write_mail(fn('aws-iko-kanryo-ja'), L('merge_completed', CID_A, ['AWS04418273', 'AWS09135520'], True, 'ja'), 'nifty', A_TO,
               addr(AWS_NAME, CONSOLE), 'RE:[CASE %s] %s' % (CID_A, A_SUBJ), w, body, sender_kind='amazon')

    # A15 closure + survey (Japanese), text and html differ
    w = dt.datetime(2025, 9, 16, 9, 30, 3, tzinfo=UTC)
    t = """お客様

サポートケース %(c)s（件名：%(s)s）は解決済みとなりました。

今回のサポートについて、アンケートへのご協力をお願いいたします（所要時間 1 分）。
問題は解決しましたか？
　はい: https://console.aws.amazon.com/support/feedback?caseId=%(c)s&resolved=yes
　いいえ: https://console.aws.amazon.com/support/feedback?caseId=%(c)s&resolved=no

解決済みのケースは 14 日以内であれば再開できます。
%(l)s

Amazon Web Services
""" % dict(c=CID_A, s=A_SUBJ, l=A_LINK)
    h = """<html lang="ja"><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<p>お客様</p>
<p>サポートケース <b>%(c)s</b> はクローズされました。</p>
<p>担当者の対応はいかがでしたか？ 5 段階でご評価ください。</p>
<p>%(stars)s</p>
<p>問題は解決しましたか？
<a href="https://console.aws.amazon.com/support/feedback?caseId=%(c)s&amp;resolved=yes">はい</a> ／
<a href="https://console.aws.amazon.com/support/feedback?caseId=%(c)s&amp;resolved=no">いいえ</a></p>
<p style="font-size:11px;color:#687078">14 日以内であればケースを再開できます。</p>
</body></html>
""" % dict(c=CID_A, stars=' '.join('<a href="https://console.aws.amazon.com/support/feedback?caseId=%s&amp;rating=%d">%s</a>' % (CID_A, i, '★' * i) for i in range(1, 6)))
    body = alt(tpart(t, cte='quoted-printable'), tpart(h, 'html', cte='quoted-printable'))
    write_mail(fn('aws-case-kaiketsu-anketo'), L('survey', CID_A, [], True, 'ja'), 'nifty', A_TO,
               addr(AWS_NAME, CONSOLE), 'Amazon Web Services: ケース %s は解決済みになりました' % CID_A, w, body, sender_kind='amazon')

    # A16 Credly badge issued (Japanese, QP) after the merge
    w = dt.datetime(2025, 9, 18, 0, 41, 12, tzinfo=UTC)
    t = """佐藤 美咲 さん

Amazon Web Services Training and Certification が、あなたに以下のバッジを発行しました。

  AWS Certified Solutions Architect – Associate

下のリンクからバッジを承認すると、プロフィールに表示されるようになります。
https://www.credly.com/earner/earned/badge/0d2e7a61-54c3-4b1a-8a0f-c27b9e4d3f18?locale=ja

Credly チーム
"""
    body = tpart(t, cte='quoted-printable')
    write_mail(fn('credly-saa-badge-ja'), L('credly_badge_issued', None, [], True, 'ja'), 'nifty', A_TO,
               addr(CREDLY_ISSUER, 'admin@credly.com'), 'バッジを承認してください: AWS Certified Solutions Architect – Associate', w, body,
               sender_kind='credly')

    # A17 Credly badge, English, HTML only, no Authentication-Results (mail pulled in by an old forwarding)
    w = dt.datetime(2025, 9, 18, 0, 41, 50, tzinfo=UTC)
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f5f5f5">
<table role="presentation" width="100%%" style="background:#f5f5f5"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px;text-align:center">
<img src="https://images.credly.com/size/220x220/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="110" alt="AWS Certified Developer - Associate">
<h1 style="font-size:24px;margin:16px 0">Misaki, your badge is waiting</h1>
<p>Amazon Web Services Training and Certification sent you the <strong>AWS Certified Developer &ndash; Associate</strong> badge.</p>
<p>Claim it to add it to your profile and share it with your network.</p>
<p style="margin:28px 0"><a href="https://www.credly.com/earner/earned/badge/4ac91d0e-6f27-48b3-b5e1-d0c37a9f2e65" style="background:#0e6cc1;color:#fff;padding:14px 32px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:12px;color:#888">You received this email because Amazon Web Services Training and Certification issued a badge to misaki.sato@nifty.com.<br>
Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750</p>
</td></tr></table></td></tr></table></body></html>
"""
    body = tpart(h, 'html', cte='quoted-printable')
    prof = sender_profile('credly', w)
    write_mail(fn('credly-dva-badge-en'), L('credly_badge_issued', None, [], None, 'en'), 'nifty', A_TO,
               addr(CREDLY_ISSUER, 'admin@credly.com'), 'Misaki, accept your AWS Certified Developer – Associate badge', w, body,
               profile=prof, include_ar=False)

    # A18 Credly expiry reminder
    w = dt.datetime(2025, 9, 22, 14, 5, 0, tzinfo=UTC)
    t = """Hi Misaki,

Your AWS Certified Cloud Practitioner badge expires on December 21, 2025.

To keep your badge active, complete the recertification requirements set by Amazon Web Services Training and Certification before the expiration date.

Learn how to recertify: https://aws.amazon.com/certification/recertification/
View badge: https://www.credly.com/badges/5c8d2f01-7e4a-4f6b-bd2a-91a0e3c7d456

The Credly Team
"""
    body = alt(tpart(t, cte='7bit', cs='us-ascii'), tpart(html_from_text(t), 'html', cs='us-ascii', cte='7bit'))
    write_mail(fn('credly-clf-expiry'), L('unrelated', None, [], True, 'en'), 'nifty', A_TO,
               addr('Credly', 'admin@credly.com'), 'Your AWS Certified Cloud Practitioner badge expires in 90 days', w, body,
               sender_kind='credly')

    # A19 CertMetrics "wants to hear from you"
    w = dt.datetime(2025, 9, 24, 16, 30, 45, tzinfo=UTC)
    t = """Dear Misaki Sato,

AWS Certification wants to hear from you!

You recently took an AWS Certification exam. Please take 5 minutes to tell us about your experience, from scheduling through receiving your results. Your feedback helps us improve the program.

Candidate ID: AWS04418273

Start the survey: https://www.certmetrics.com/amazon/survey/default.aspx?s=%s

Thank you,
AWS Training and Certification
""" % rhex(16)
    body = alt(tpart(t, cte='quoted-printable'), tpart(html_from_text(t), 'html', cte='quoted-printable'))
    write_mail(fn('certmetrics-feedback-request'), L('unrelated', None, ['AWS04418273'], False, 'en'), 'nifty', A_TO,
               addr('AWS Certification', 'do-not-reply@certmetrics.com'), 'AWS Certification wants to hear from you', w, body,
               sender_kind='certmetrics')

    # A20 survey reminder (Japanese)
    w = dt.datetime(2025, 9, 29, 3, 0, 18, tzinfo=UTC)
    t = """お客様

先日は AWS サポートをご利用いただき、ありがとうございました。

ケース %(c)s（件名：%(s)s）に関するアンケートへのご回答をまだいただいておりません。
よりよいサポートを提供するため、ぜひご意見をお聞かせください。所要時間は 2 分程度です。

アンケートに回答する:
https://survey.aws.amazon.com/s/support-csat?caseId=%(c)s&lang=ja

このアンケートは %(d)s まで回答いただけます。

Amazon Web Services
""" % dict(c=CID_A, s=A_SUBJ, d='2025年10月13日')
    body = alt(tpart(t, cte='base64'), tpart(html_from_text(t, 'ja'), 'html', cte='base64'))
    write_mail(fn('aws-anketo-saisoku'), L('survey', CID_A, [], True, 'ja'), 'nifty', A_TO,
               addr(AWS_NAME, 'no-reply-aws@amazon.com'), 'アンケートのお願い: サポートケース %s について' % CID_A, w, body,
               sender_kind='amazon')
    return n


# =====================================================================
# Inbox B: Daniel Okafor, English, Microsoft 365, form desk, Nov 2025
# =====================================================================
B_TO = 'daniel.okafor@northwind-analytics.com'
B_TOH = 'Daniel Okafor <%s>' % B_TO
B_OPEN = dt.datetime(2025, 11, 5, 14, 2, 11, tzinfo=UTC)
CID_B = case15(B_OPEN, '00488')
B2_OPEN = dt.datetime(2025, 11, 18, 15, 40, 52, tzinfo=UTC)
CID_B2 = case15(B2_OPEN, '00093')
B_FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
B2_SUBJ = 'Credly badges not moved after certification account merge'
B_SIG = """Best regards,
Priya S.
AWS Training and Certification"""


def outlook_block(frm, sent, to, subject, text):
    return ('________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (frm, sent, to, subject, text))


def inbox_b(start):
    n = start

    def fn(slug):
        nonlocal n
        f = '%03d-%s.eml' % (n, slug)
        n += 1
        return f

    FORM_FROM = addr(AWS_NAME, FORM)
    re_subj = 'RE:[CASE %s] %s' % (CID_B, B_FORM_SUBJ)

    # B1 Pearson VUE appointment confirmation (candidate id of the duplicate account)
    w = dt.datetime(2025, 11, 3, 19, 12, 44, tzinfo=UTC)
    t = """Dear Daniel Okafor,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: English
Date and time: Saturday, November 22, 2025 at 9:00 AM Central Standard Time
Location: Pearson Professional Centers - Chicago IL (Loop)
          55 W Monroe St, Suite 1720, Chicago, Illinois 60603
Registration ID: 512338906
Candidate ID: AWS07720945

Please arrive 15 minutes before your appointment and bring two forms of original, valid (unexpired) identification.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
"""
    body = alt(tpart(t, cs='us-ascii', cte='7bit'), tpart(html_from_text(t), 'html', cs='us-ascii', cte='quoted-printable'))
    write_mail(fn('pearson-vue-sap-appointment'), L('unrelated', None, ['AWS07720945'], False, 'en'), 'o365', B_TO,
               addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'),
               'Pearson VUE Confirmation of Exam Appointment - AWS Certified Solutions Architect - Professional', w, body,
               sender_kind='pearson', to_hdr=B_TOH, crlf=True)

    # B2 CertMetrics recertification congratulations
    w = dt.datetime(2025, 11, 4, 13, 55, 3, tzinfo=UTC)
    t = """Dear Daniel Okafor,

Congratulations on recertifying your AWS Certified Developer - Associate certification!

Candidate ID: AWS03350218
Recertification date: November 3, 2025
New expiration date: November 3, 2028
Validation Number: 2F8QK7N1LW9MD3XS

Your updated certificate is available in the AWS Certification Account. Thank you for continuing to validate your AWS expertise.

AWS Training and Certification
"""
    body = alt(tpart(t, cte='quoted-printable'), tpart(html_from_text(t), 'html', cte='quoted-printable'))
    write_mail(fn('certmetrics-recert-congrats'), L('unrelated', None, ['AWS03350218'], False, 'en'), 'o365', B_TO,
               addr('AWS Certification', 'do-not-reply@certmetrics.com'), 'Congratulations on recertifying!', w, body,
               sender_kind='certmetrics', to_hdr=B_TOH, crlf=True)

    # B3 form desk acknowledgement
    w = B_OPEN + dt.timedelta(seconds=9)
    t = """Hello,

Thank you for reaching out to AWS Training and Certification.

This message confirms that we have received your submission and a ticket has been created with reference %(c)s. A member of our team will review it and get back to you, typically within 24 hours.

Summary of your submission:
  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: AWS01937466
  Description: I seem to have three certification accounts. AWS01937466 is my personal one, aws03350218 is from my previous employer (Fabrikam Consulting), and AWS 07720945 got created last week when I scheduled my SAP exam with my work e-mail. I would like everything under AWS01937466.

If you need to add information, simply reply to this e-mail and keep the reference in the subject line. Please do not submit a new form for the same request, as duplicate requests can delay our response.

Regards,
AWS Training and Certification
""" % dict(c=CID_B)
    write_mail(fn('aws-tc-form-received'), L('case_created', CID_B, ['AWS01937466', 'AWS03350218', 'AWS07720945'], True, 'en'), 'o365', B_TO,
               FORM_FROM, '[CASE %s] %s' % (CID_B, B_FORM_SUBJ), w, tpart(t, cs='us-ascii', cte='7bit'),
               sender_kind='amazon', to_hdr=B_TO, crlf=True)

    # B4 Seller Central case (look-alike subject)
    w = dt.datetime(2025, 11, 5, 22, 40, 31, tzinfo=UTC)
    sc = '6120457738'
    t = """Hello,

Thank you for contacting Amazon Seller Support.

I have reviewed the listing for ASIN B0C7Q2LMZX ("Walnut Desk Organizer, 3 Tier"). The listing was suppressed because the main image did not meet our product image requirements. Your updated image has now been accepted and the listing is active again. It may take up to 24 hours for the change to appear on the detail page.

Was this response helpful? Let us know by clicking the link below:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s&feedback=1

Thank you for selling on Amazon,
Thomas G.
Amazon Seller Support
""" % sc
    write_mail(fn('seller-central-case'), L('unrelated', sc, [], True, 'en'), 'o365', B_TO,
               addr('Amazon Seller Support', 'seller-notification@amazon.com'),
               'RE:[CASE %s] Listing suppressed - ASIN B0C7Q2LMZX' % sc, w, tpart(t, cte='quoted-printable'),
               sender_kind='amazon', to_hdr=B_TO, crlf=True)

    # B5 agent asks for information
    w = dt.datetime(2025, 11, 6, 16, 19, 2, tzinfo=UTC)
    b5 = """Hello Daniel,

Thank you for contacting AWS Training and Certification. My name is Priya and I will be assisting you with this request.

I was able to locate AWS01937466 and AWS03350218. However, I could not find a certification account under aws-07720945 with the details provided. To move forward, could you please reply with the following:

- The e-mail address you use to sign in to each account
- The notification e-mail address shown on each account's profile
- Which account you would like to keep as your primary account

Please reply directly to this e-mail and keep the case number in the subject line so that your response is attached to this case.

""" + B_SIG
    write_mail(fn('aws-tc-need-details'), L('support_reply', CID_B, ['AWS01937466', 'AWS03350218', 'AWS07720945'], True, 'en'), 'o365', B_TO,
               FORM_FROM, re_subj, w, tpart(b5 + '\n', cte='quoted-printable'), sender_kind='amazon', to_hdr=B_TO, crlf=True)

    # B6 colleague, internal, wrong charset label (iso-8859-1 but cp1252 quotes), no Authentication-Results
    w = dt.datetime(2025, 11, 6, 11, 2, 37, tzinfo=CST)
    t = """Hi Daniel,

We\u2019re pulling together the certification list for the AWS Partner tier renewal \u2013 deadline is Nov 21.

I have you down as AWS01937466 for the SA Associate and Developer certs. Is that still the right number after the \u201caccount cleanup\u201d you mentioned on Monday? The partner portal only accepts one ID per person.

Also, once you\u2019ve passed SA Pro on the 22nd, please send me the validation number so I can add it.

Thanks!
Rachel

Rachel Kim | Partner Alliances
Northwind Analytics
"""
    body = tpart(t, cs='iso-8859-1', codec='cp1252', cte='quoted-printable')
    write_mail(fn('colleague-partner-tier-certs'), L('unrelated', None, ['AWS01937466'], None, 'en'), 'o365', B_TO,
               'Rachel Kim <rachel.kim@northwind-analytics.com>', 'Partner tier renewal \u2013 certs needed by Nov 21', w, body,
               internal=True, to_hdr=B_TOH, crlf=True, subject_cs='utf-8',
               msgid='<SA1PR12MB67489C2F4E0D1B7A3F6C2E91A1@SA1PR12MB6748.namprd12.prod.outlook.com>',
               extra=[('Thread-Topic', enc_header('Partner tier renewal \u2013 certs needed by Nov 21')),
                      ('Thread-Index', 'AdxO' + rb64(24)), ('Content-Language', 'en-US')])

    # B7 agent: forwarded to specialist team; Outlook quoted history without '>' markers
    w = dt.datetime(2025, 11, 8, 17, 44, 20, tzinfo=UTC)
    user_reply = """Hi Priya,

Sure, here are the details:

- AWS01937466 - sign in with daniel.okafor@gmail.com (Amazon account), notifications go to the same address. This is the one I'd like to keep.
- AWS03350218 - sign in with dokafor@fabrikam-consulting.com. I no longer have access to that mailbox.
- AWS07720945 - created through Pearson VUE on Oct 30 with daniel.okafor@northwind-analytics.com. Maybe it only exists at Pearson VUE?

Thanks,
Daniel"""
    b7 = """Hello Daniel,

Thank you for getting back to us with these details.

I have passed your request to our certification operations team so they can verify the ownership of each profile. I will update this case as soon as I hear back from them, usually within 1-2 business days. No action is needed from you in the meantime.

""" + B_SIG
    t = (b7 + '\n\n' +
         outlook_block('Daniel Okafor <%s>' % B_TO, 'Thursday, November 6, 2025 4:41 PM',
                       'Amazon Web Services <%s>' % FORM, re_subj, user_reply) + '\n\n' +
         outlook_block('Amazon Web Services <%s>' % FORM, 'Thursday, November 6, 2025 10:19 AM', B_TO, re_subj, b5) + '\n')
    write_mail(fn('aws-tc-passed-to-team'), L('support_reply', CID_B, [], True, 'en'), 'o365', B_TO,
               FORM_FROM, re_subj, w, tpart(t, cte='quoted-printable'), sender_kind='amazon', to_hdr=B_TO, crlf=True)

    # B8 confirmation request, multipart/alternative, with quoted history
    w = dt.datetime(2025, 11, 10, 15, 7, 58, tzinfo=UTC)
    b8 = """Hello Daniel,

Thank you for your patience. Our team has verified all three certification profiles. Before we go ahead, please review the summary below carefully.

Profile that will remain active:
    AWS01937466 (daniel.okafor@gmail.com)

Profiles whose history will be folded into it:
    AWS03350218 (dokafor@fabrikam-consulting.com)
    AWS07720945 (daniel.okafor@northwind-analytics.com)

After processing, AWS03350218 and AWS07720945 will be deactivated and you will no longer be able to sign in with them. This action is permanent and cannot be reversed. Your exam appointment on November 22 will be carried over to AWS01937466.

If everything above is correct, please reply to this e-mail with "I confirm". We will not make any changes until we receive your written confirmation.

""" + B_SIG
    t = b8 + '\n\n' + outlook_block('Amazon Web Services <%s>' % FORM, 'Saturday, November 8, 2025 11:44 AM', B_TO, re_subj, b7) + '\n'
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
         + html_from_text(b8).split('<body', 1)[1].split('>', 1)[1].rsplit('</body>', 1)[0]
         + '<hr><div style="color:#555"><b>From:</b> Amazon Web Services &lt;%s&gt;<br><b>Sent:</b> Saturday, November 8, 2025 11:44 AM<br><b>Subject:</b> %s</div>'
         % (FORM, html.escape(re_subj))
         + '<blockquote style="border-left:2px solid #ccc;padding-left:8px">' + html.escape(b7).replace('\n', '<br>\n') + '</blockquote></body></html>\n')
    body = alt(tpart(t, cte='quoted-printable'), tpart(h, 'html', cte='quoted-printable'))
    write_mail(fn('aws-tc-please-confirm'), L('merge_confirmation_requested', CID_B, ['AWS01937466', 'AWS03350218', 'AWS07720945'], True, 'en'),
               'o365', B_TO, FORM_FROM, re_subj, w, body, sender_kind='amazon', to_hdr=B_TO, crlf=True)

    # B9 unrelated console billing case, 11-digit id
    w = dt.datetime(2025, 11, 10, 21, 33, 5, tzinfo=UTC)
    bc = '11861203394'
    t = """Hello,

Thank you for your patience while I looked into the NAT Gateway charges in us-east-2.

I reviewed the usage in your account (ending 4471) and the increase comes from NAT Gateway data processing between your EKS nodes and Amazon S3. Adding an S3 gateway endpoint to the VPC would route that traffic privately at no additional charge.

As a one-time courtesy I have requested a credit of USD 312.48, which should appear on your account within 3-5 business days.

Best regards,
Marco D.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

If you still have questions about this case, reply via the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
""" % bc
    write_mail(fn('aws-billing-case-reply'), L('unrelated', bc, [], True, 'en'), 'o365', B_TO,
               addr(AWS_NAME, CONSOLE), 'RE:[CASE %s] Unexpected NAT Gateway charges in us-east-2' % bc, w,
               tpart(t, cte='quoted-printable'), sender_kind='amazon', to_hdr=B_TO, crlf=True)

    # B10 thanks for confirming, we'll now proceed ("-----Original Message-----" + '>' quoting)
    w = dt.datetime(2025, 11, 11, 14, 26, 12, tzinfo=UTC)
    t = """Hi Daniel,

Thanks for confirming. I have now submitted the request to our back-end team so they can carry out the changes. You don't need to do anything further at this stage.

Once everything has been transferred we will send you a confirmation on this case. After that, your Credly badges should be re-issued to the e-mail on AWS01937466 within a few business days.

""" + B_SIG + """

-----Original Message-----
From: Daniel Okafor <daniel.okafor@northwind-analytics.com>
Sent: Monday, November 10, 2025 6:02 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %(c)s] %(s)s

> I confirm. Please go ahead and merge AWS03350218 and AWS07720945 into AWS01937466.
>
> Daniel
""" % dict(c=CID_B, s=B_FORM_SUBJ)
    write_mail(fn('aws-tc-thanks-proceeding'), L('support_reply', CID_B, ['AWS01937466'], True, 'en'), 'o365', B_TO,
               FORM_FROM, re_subj, w, tpart(t, cte='base64'), sender_kind='amazon', to_hdr=B_TO, crlf=True)

    # B11 AWS T&C newsletter (html richer than text)
    w = dt.datetime(2025, 11, 12, 16, 0, 1, tzinfo=UTC)
    t = """AWS Training and Certification - November update

New: AWS Certified Generative AI Developer - Professional (beta) is now open for registration.
re:Invent 2025: visit the AWS Certification Lounge in the Venetian Expo with your digital badge.
Skill Builder: 25 new hands-on labs on Amazon Bedrock and Amazon Q.

Manage preferences: https://pages.awscloud.com/communication-preferences.html
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
"""
    h = html_from_text(t, footer='<p><a href="https://aws.amazon.com/certification/">Explore certifications</a> | '
                                 '<a href="https://aws.amazon.com/training/">Find training</a></p>'
                                 '<p style="font-size:11px">Tip: certified? Show your badge at re:Invent to access the lounge and '
                                 'claim exclusive swag while supplies last.</p>')
    body = alt(tpart(t, cs='us-ascii', cte='7bit'), tpart(h, 'html', cte='quoted-printable'))
    write_mail(fn('aws-tc-newsletter-nov'), L('unrelated', None, [], True, 'en'), 'o365', B_TO,
               addr('AWS Training and Certification', 'aws-training-info@amazon.com'),
               'New certification, re:Invent lounge, and 25 new labs', w, body, sender_kind='amazon', to_hdr=B_TO, crlf=True,
               extra=[('List-Unsubscribe', '<mailto:unsubscribe-%s@pages.awscloud.com>' % rhex(12))])

    # B12 completion, confirmation request appended below without markers
    w = dt.datetime(2025, 11, 13, 18, 51, 40, tzinfo=UTC)
    t = """Hello Daniel,

Good news \u2014 the work on your certification profiles is finished. Everything that was recorded under AWS03350218 and AWS07720945 (certifications, exam history, your November 22 appointment and your 50%% exam benefit) now sits under AWS01937466, and the two other profiles have been retired.

Next steps:
1. Sign in at https://www.aws.training/Certification with daniel.okafor@gmail.com and check that all certifications are listed.
2. Credly badges are re-issued automatically; you should receive e-mails from Credly within 3-5 business days.

Kind regards,
Priya S.
AWS Training and Certification

From: Daniel Okafor <daniel.okafor@northwind-analytics.com>
Sent: Monday, November 10, 2025 6:02 PM
To: Amazon Web Services
Subject: RE:[CASE %(c)s] %(s)s

I confirm. Please go ahead and merge AWS03350218 and AWS07720945 into AWS01937466.

Daniel

From: Amazon Web Services
Sent: Monday, November 10, 2025 9:07 AM
To: daniel.okafor@northwind-analytics.com
Subject: RE:[CASE %(c)s] %(s)s

%(b8)s
""" % dict(c=CID_B, s=B_FORM_SUBJ, b8=b8)
    write_mail(fn('aws-tc-profiles-done'), L('merge_completed', CID_B, ['AWS01937466', 'AWS03350218', 'AWS07720945'], True, 'en'), 'o365', B_TO,
               FORM_FROM, re_subj, w, tpart(t, cte='base64'), sender_kind='amazon', to_hdr=B_TO, crlf=True)

    # B13 closure that also says it is done; text and html differ
    w = dt.datetime(2025, 11, 13, 19, 5, 9, tzinfo=UTC)
    t = """Hello Daniel,

Your request to combine your AWS Certification accounts into AWS01937466 has been fulfilled, and case %(c)s is now closed.

Was your issue resolved?
YES: https://aws-tc-support.survey.qualtrics.com/jfe/form/SV_4Ml?case=%(c)s&r=1
NO: https://aws-tc-support.survey.qualtrics.com/jfe/form/SV_4Ml?case=%(c)s&r=0

If you need further help with this request, reply to this e-mail within 14 days and the case will be reopened.

AWS Training and Certification
""" % dict(c=CID_B)
    h = """<html><body style="font-family:Amazon Ember,Arial,sans-serif">
<p>Hello Daniel,</p>
<p>We have completed the consolidation of your AWS Certification accounts. All of your certifications are now on <b>AWS01937466</b>.</p>
<p>Case <b>%(c)s</b> has been closed. How did we do?</p>
<table><tr>
<td><a href="https://aws-tc-support.survey.qualtrics.com/jfe/form/SV_4Ml?case=%(c)s&amp;r=1" style="background:#1d8102;color:#fff;padding:8px 24px;text-decoration:none">YES, resolved</a></td>
<td><a href="https://aws-tc-support.survey.qualtrics.com/jfe/form/SV_4Ml?case=%(c)s&amp;r=0" style="background:#d13212;color:#fff;padding:8px 24px;text-decoration:none">NO</a></td>
</tr></table>
<p>Rate your support agent: %(stars)s</p>
<p style="font-size:11px;color:#687078">Reply within 14 days to reopen this case.</p>
</body></html>
""" % dict(c=CID_B, stars=' '.join('<a href="https://aws-tc-support.survey.qualtrics.com/jfe/form/SV_4Ml?case=%s&amp;csat=%d">%d</a>' % (CID_B, i, i) for i in range(1, 6)))
    body = alt(tpart(t, cs='us-ascii', cte='7bit'), tpart(h, 'html', cs='us-ascii', cte='quoted-printable'))
    write_mail(fn('aws-tc-case-closed-done'), L('merge_completed', CID_B, ['AWS01937466'], True, 'en'), 'o365', B_TO,
               FORM_FROM, '[CASE %s] Your case has been resolved' % CID_B, w, body, sender_kind='amazon', to_hdr=B_TO, crlf=True)

    # B14 Credly badge issued
    w = dt.datetime(2025, 11, 15, 3, 12, 33, tzinfo=UTC)
    t = """Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Developer \u2013 Associate

Accept your badge to start sharing your achievement:
https://www.credly.com/earner/earned/badge/93c0de11-5f7a-4a26-8e0b-74f2a1d9c6e0

Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750
"""
    h = html_from_text(t).replace('Accept your badge to start sharing your achievement:',
                                  '<a href="https://www.credly.com/earner/earned/badge/93c0de11-5f7a-4a26-8e0b-74f2a1d9c6e0" '
                                  'style="background:#0e6cc1;color:#fff;padding:12px 28px">Accept your badge</a>')
    body = alt(tpart(t, cte='quoted-printable'), tpart(h, 'html', cte='quoted-printable'))
    write_mail(fn('credly-dva-accept'), L('credly_badge_issued', None, [], True, 'en'), 'o365', B_TO,
               addr(CREDLY_ISSUER, 'admin@credly.com'), 'Congratulations, Daniel! Accept your new badge', w, body,
               sender_kind='credly', to_hdr='daniel.okafor@northwind-analytics.com', crlf=True)

    # B15 Credly's own account-merge code
    w = dt.datetime(2025, 11, 15, 20, 47, 6, tzinfo=UTC)
    t = """Hi Daniel,

We received a request to merge the Credly account daniel.okafor@northwind-analytics.com into your Credly account daniel.okafor@gmail.com.

Your verification code is: 738204

You can also finish the process here:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

Once merged, badges from both accounts will appear on a single profile. This code expires in 30 minutes. If you didn't request this, you can safely ignore this email.

The Credly Team
""" % ralnum(40)
    body = alt(tpart(t, cs='us-ascii', cte='7bit'), tpart(html_from_text(t), 'html', cs='us-ascii', cte='7bit'))
    write_mail(fn('credly-own-merge-code'), L('unrelated', None, [], True, 'en'), 'o365', B_TO,
               addr('Credly', 'admin@credly.com'), 'Confirm your Credly account merge', w, body,
               sender_kind='credly', to_hdr=B_TO, crlf=True)

    # B16 console case opened about Credly (echo says merge already happened)
    w = B2_OPEN + dt.timedelta(seconds=5)
    t = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %(c)s to address your issue.

The details of your case are as follows:

Case ID: %(c)s
Subject: %(s)s
Severity: General guidance
Correspondence: Hi, my certification accounts were combined under case %(o)s last week and everything now shows on AWS01937466. Credly re-issued only my Developer badge. The Solutions Architect - Associate and Cloud Practitioner badges are still on an old Credly profile tied to dokafor@fabrikam-consulting.com, which I can no longer access. Can these be moved to my current Credly account?

We will respond to you as soon as possible. You can view your case by logging into the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services
""" % dict(c=CID_B2, s=B2_SUBJ, o=CID_B)
    write_mail(fn('aws-new-support-case-credly'), L('case_created', CID_B2, ['AWS01937466'], True, 'en'), 'o365', B_TO,
               addr(AWS_NAME, CONSOLE), 'Amazon Web Services: You have opened a new Support case: %s' % CID_B2, w,
               tpart(t, cs='us-ascii', cte='7bit'), sender_kind='amazon', to_hdr=B_TO, crlf=True)

    # B17 agent on the Credly case: request raised with Credly, conditional future
    w = dt.datetime(2025, 11, 19, 16, 2, 47, tzinfo=UTC)
    t = """Hello Daniel,

Thank you for contacting AWS Training and Certification, and for the details in your case.

Badges issued before your previous case (%(o)s) stay on the Credly profile they were originally sent to. I have raised a request with Credly to move the Solutions Architect - Associate and Cloud Practitioner badges to the Credly profile linked to the e-mail address on AWS01937466.

When Credly has processed the request you will receive an e-mail from them for the moved badges. This typically takes 5-7 business days. I will keep this case open until then.

Best regards,
Hannah W.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence in the AWS Support Center.
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % dict(c=CID_B2, o=CID_B)
    write_mail(fn('aws-credly-request-raised'), L('support_reply', CID_B2, ['AWS01937466'], True, 'en'), 'o365', B_TO,
               addr(AWS_NAME, CONSOLE), 'RE:[CASE %s] %s' % (CID_B2, B2_SUBJ), w, tpart(t, cte='quoted-printable'),
               sender_kind='amazon', to_hdr=B_TO, crlf=True)

    # B18 phishing: spoofed amazon.com From, dmarc=fail at top, forged "pass" lower down
    w = dt.datetime(2025, 11, 20, 9, 14, 55, tzinfo=UTC)
    fake = case15(dt.datetime(2025, 11, 16, 12, 11, 28, tzinfo=UTC), '00561')
    h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<img src="https://d0.awsstatic.com/logos/powered-by-aws.png" width="120" alt="AWS">
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification accounts (case %s). To protect your certification history, the merge must be verified by the account holder.</p>
<p><b>Please confirm the merge within 24 hours</b>, otherwise both accounts will be suspended pending review.</p>
<p><a href="https://aws-training-verify.help/cert/merge?ref=%s" style="background:#ff9900;color:#000;padding:10px 26px;text-decoration:none;font-weight:bold">Confirm account merge</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#999">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>
""" % (fake, rhex(12))
    t = ('Dear Candidate,\n\nWe received a request to merge your AWS Certification accounts (case %s). '
         'Please confirm the merge within 24 hours: https://aws-training-verify.help/cert/merge\n\nAWS Training and Certification\n' % fake)
    body = alt(tpart(t, cs='us-ascii', cte='7bit'), tpart(h, 'html', cs='us-ascii', cte='quoted-printable'))
    prof = dict(mailfrom='bounce@mailer-svc-trk.top', mf_domain='mailer-svc-trk.top', host='vm3817.hostwindsdns.com',
                ip='185.234.216.77', dkims=[], msgid='<%s@aws-training-verify.help>' % uuid.UUID(int=R.getrandbits(128)),
                hfrom='amazon.com', p='QUARANTINE')
    write_mail(fn('verify-account-merge-urgent'), L('merge_confirmation_requested', fake, [], False, 'en'), 'o365', B_TO,
               FORM_FROM, 'RE:[CASE %s] Action required: verify your account merge' % fake, w, body,
               profile=prof, auth=dict(spf='fail', dmarc='fail'), to_hdr=B_TO, crlf=True,
               forged_ar='amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazonses.com;\n dmarc=pass header.from=amazon.com')

    # B19 Credly: badges moved after the merge
    w = dt.datetime(2025, 11, 24, 15, 38, 10, tzinfo=UTC)
    t = """Hi Daniel,

At the request of Amazon Web Services Training and Certification, the following badges have been transferred to your Credly account (daniel.okafor@gmail.com):

- AWS Certified Solutions Architect \u2013 Associate
- AWS Certified Cloud Practitioner

They are now on your profile and ready to share: https://www.credly.com/users/daniel-okafor.3f9a1c/badges

The Credly Team
"""
    body = alt(tpart(t, cte='base64'), tpart(html_from_text(t), 'html', cte='base64'))
    write_mail(fn('credly-badges-transferred'), L('credly_badge_issued', None, [], True, 'en'), 'o365', B_TO,
               addr('Credly', 'admin@credly.com'), '2 badges were added to your Credly profile', w, body,
               sender_kind='credly', to_hdr=B_TO, crlf=True)

    # B20 closure + survey of the Credly case (does not say the merge is done)
    w = dt.datetime(2025, 11, 26, 17, 0, 22, tzinfo=UTC)
    t = """Hello,

Your AWS Support case %(c)s, "%(s)s", has been resolved.

How did we do? Please take a moment to tell us about your experience:
https://console.aws.amazon.com/support/feedback?caseId=%(c)s

If you need more help with this issue, you can reopen the case in the Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=en

Thank you for using Amazon Web Services.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % dict(c=CID_B2, s=B2_SUBJ)
    write_mail(fn('aws-case-resolved-feedback'), L('survey', CID_B2, [], True, 'en'), 'o365', B_TO,
               addr(AWS_NAME, CONSOLE), 'Amazon Web Services: Your support case %s has been resolved' % CID_B2, w,
               tpart(t, cs='us-ascii', cte='7bit'), sender_kind='amazon', to_hdr=B_TO, crlf=True)
    return n

# =====================================================================
# Inbox C: 石田 陽翔 / Haruto Ishida, bilingual, Gmail, Jan-Feb 2026
# =====================================================================
C_TO = 'haruto.ishida.dev@gmail.com'
C_OPEN1 = dt.datetime(2026, 1, 8, 12, 21, 9, tzinfo=UTC)
CID_C1 = case15(C_OPEN1, '00731')
C_OPEN2 = dt.datetime(2026, 1, 15, 13, 5, 40, tzinfo=UTC)
CID_C2 = case15(C_OPEN2, '00356')
C_SUBJ = '認定アカウント統合の依頼'
C_LINK_JA = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % CID_C2
C_LINK_EN = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % CID_C2


def inbox_c(start):
    n = start

    def fn(slug):
        nonlocal n
        f = '%03d-%s.eml' % (n, slug)
        n += 1
        return f

    C_TOH = addr('Haruto Ishida', C_TO)

    # C1 Builder ID verification code
    w = dt.datetime(2026, 1, 6, 11, 58, 21, tzinfo=UTC)
    t = """Hello,

Someone (hopefully you) is trying to sign in to AWS Builder ID with this email address.

Your verification code: 402 881

This code is valid for 10 minutes. If you didn't try to sign in, you can safely ignore this message.

Thanks,
Amazon Web Services
"""
    body = alt(tpart(t, cs='us-ascii', cte='7bit'), tpart(html_from_text(t), 'html', cs='us-ascii', cte='7bit'))
    write_mail(fn('builder-id-signin-code'), L('unrelated', None, [], True, 'en'), 'gmail', C_TO,
               addr('AWS', 'no-reply@signin.aws'), 'Your AWS Builder ID verification code', w, body, sender_kind='signin.aws')

    # C2 form desk acknowledgement, different wording
    w = C_OPEN1 + dt.timedelta(seconds=12)
    t = """Hi there,

This is an automated note to let you know that your message has reached the AWS Training and Certification team. It has been logged as %(c)s and is waiting in our queue; we usually reply within one business day.

What you sent us:
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS05562019
Notification e-mail:
Message: Hello, I have two certification accounts. AWS05562019 was created with my company e-mail and aws-08814437 with my personal Gmail. Could you please combine them into the company one?

Want to add something? Reply to this message without changing the subject line.

AWS Training and Certification
""" % dict(c=CID_C1)
    write_mail(fn('aws-tc-request-logged'), L('case_created', CID_C1, ['AWS05562019', 'AWS08814437'], True, 'en'), 'gmail', C_TO,
               addr(AWS_NAME, FORM), '[CASE %s] %s' % (CID_C1, B_FORM_SUBJ), w, tpart(t, cte='quoted-printable'),
               sender_kind='amazon')

    # C3 Pearson VUE Japan (ISO-2022-JP)
    w = dt.datetime(2026, 1, 9, 1, 30, 12, tzinfo=UTC)
    t = """石田 陽翔 様

ピアソンVUEをご利用いただき、ありがとうございます。
試験予約の変更を承りましたので、お知らせいたします。

試験名：AWS Certified SysOps Administrator - Associate (SOA-C02)
変更後の日時：2026年1月31日（土） 10:00
会場：ピアソン・プロフェッショナル・センター大阪
登録番号：517204963

当日は試験開始の15分前までにご来場ください。
本人確認書類を2点ご持参いただく必要があります。

ピアソンVUE
"""
    body = tpart(t, cs='iso-2022-jp', cte='7bit')
    write_mail(fn('pearson-vue-henko'), L('unrelated', None, [], False, 'ja'), 'gmail', C_TO,
               addr('ピアソンVUE', 'pvue-noreply@pearson.com', 'iso-2022-jp'), '【ピアソンVUE】試験予約変更のお知らせ', w, body,
               sender_kind='pearson', subject_cs='iso-2022-jp')

    # C4 connpass event registration (JAWS-UG)
    w = dt.datetime(2026, 1, 12, 3, 44, 0, tzinfo=UTC)
    t = """石田 陽翔 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 大阪 #62「AWS 認定 全冠を目指す人の LT 大会」
日時：2026/02/07（土） 13:00 〜 17:30
会場：グランフロント大阪 ナレッジキャピタル
参加枠：一般参加（抽選なし）

イベントページ：https://jawsug-osaka.connpass.com/event/381204/

※キャンセルの場合はイベントページから参加を取り消してください。

connpass
"""
    body = alt(tpart(t, cte='base64'), tpart(html_from_text(t, 'ja'), 'html', cte='base64'))
    write_mail(fn('connpass-jawsug-sanka'), L('unrelated', None, [], False, 'ja'), 'gmail', C_TO,
               addr('connpass', 'no-reply@connpass.com'), '【connpass】JAWS-UG 大阪 #62 への参加登録が完了しました', w, body,
               sender_kind='connpass')

    # C5 GitLab merge request merged
    w = dt.datetime(2026, 1, 13, 9, 12, 37, tzinfo=UTC)
    t = """Merge request !57 was merged
Merge request URL: https://gitlab.com/haruto-ishida/cert-tracker/-/merge_requests/57
Project:Branches: haruto-ishida/cert-tracker:fix/dedupe-accounts to haruto-ishida/cert-tracker:main
Author: Haruto Ishida

Dedupe duplicate candidate accounts in the nightly sync job

--
Reply to this email directly or view it on GitLab: https://gitlab.com/haruto-ishida/cert-tracker/-/merge_requests/57
You're receiving this email because of your account on gitlab.com.
"""
    body = alt(tpart(t, cte='quoted-printable'), tpart(html_from_text(t), 'html', cte='quoted-printable'))
    mrid = '<merge_request_284019337@gitlab.com>'
    write_mail(fn('gitlab-mr57-merged'), L('unrelated', None, [], False, 'en'), 'gmail', C_TO,
               addr('Haruto Ishida', 'gitlab@mg.gitlab.com'), 'haruto-ishida/cert-tracker | Dedupe duplicate candidate accounts (!57)', w, body,
               sender_kind='gitlab', in_reply_to=mrid, references=mrid,
               extra=[('X-GitLab-Project', 'cert-tracker'), ('X-GitLab-MergeRequest-IID', '57'), ('X-GitLab-NotificationReason', 'own_activity')])

    # C6 console case opened (Japanese)
    w = C_OPEN2 + dt.timedelta(seconds=4)
    t = """お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対処するため、ケース %(c)s をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: %(c)s
件名: %(s)s
重要度: 一般的なガイダンス
通信内容: 1月8日にお問い合わせフォームから送信しました（%(o)s）が、まだ返信がありません。AWS 認定アカウントが2つあります。AWS05562019（会社のメールアドレス）と aws-08814437（個人の Gmail）です。会社の方（AWS05562019）にまとめたいです。英語でのやり取りでも構いません。

できるだけ早くご連絡いたします。ケースの確認は、サポートセンターにログインしてください。
%(l)s

※このメールは送信専用のアドレスから送信されています。このメールに返信することはできません。

Amazon Web Services
""" % dict(c=CID_C2, s=C_SUBJ, o=CID_C1, l=C_LINK_JA)
    write_mail(fn('aws-shinki-case-ja'), L('case_created', CID_C2, ['AWS05562019', 'AWS08814437'], True, 'ja'), 'gmail', C_TO,
               addr(AWS_NAME, CONSOLE), 'Amazon Web Services: 新しいサポートケースをオープンしました: %s' % CID_C2, w,
               tpart(t, cte='base64'), sender_kind='amazon')

    # C7 agent (Japanese) asks for details, mentions the unanswered form case
    w = dt.datetime(2026, 1, 16, 2, 11, 48, tzinfo=UTC)
    t = """石田様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の藤原です。

1月8日にフォームからお送りいただいたお問い合わせ（%(o)s）も確認いたしました。フォームに通知先メールアドレスのご入力がなかったため、こちらからのご連絡が届いていなかったものと思われます。ご不便をおかけし、申し訳ございません。以降のご案内は本ケースにて行います。

手続きの前に、次の点をお知らせください。

・aws-08814437 のサインインに使用しているメールアドレス
・AWS05562019 の通知先メールアドレス
・残すアカウントのご希望（会社のメールアドレスで作成された AWS05562019 でよろしいでしょうか）

なお、会社のメールアドレスで作成されたアカウントを残された場合、ご退職などで当該メールアドレスが使えなくなった際にサインインできなくなるおそれがございます。その点も踏まえてご判断ください。

藤原
Amazon Web Services
======================================
今回のやり取りについてご評価をお願いいたします:
%(l)s#/rating
""" % dict(o=CID_C1, l=C_LINK_JA)
    write_mail(fn('aws-kakunin-jiko-ja'), L('support_reply', CID_C2, ['AWS05562019', 'AWS08814437'], True, 'ja'), 'gmail', C_TO,
               addr(AWS_NAME, CONSOLE), 'RE:[CASE %s] %s' % (CID_C2, C_SUBJ), w, tpart(t, cte='quoted-printable'), sender_kind='amazon')

    # C8 colleague reply, nested Japanese quoting
    w = dt.datetime(2026, 1, 16, 12, 40, 3, tzinfo=JST)
    m1 = '<CAF8s%s@mail.gmail.com>' % ralnum(32)
    m2 = '<CAJx1%s@mail.gmail.com>' % ralnum(32)
    t = """石田さん

私もまったく同じ状態でした！
フォームから送ったときは返事が来なかったので、コンソールからケースを開き直したら翌日に返信が来ましたよ。
私の場合、確認のメールに「I confirm」と返してから3日くらいで統合が終わって、Credly のバッジは最後に届きました。

会社のアカウントを残すかどうかは、転職の予定がなければどちらでもいいと思います。

山口

2026年1月16日(金) 9:12 石田陽翔 <haruto.ishida.dev@gmail.com>:
> 山口さん
>
> 昨日コンソールからケースを開きました。
> 会社の AWS05562019 と個人の aws-08814437 をまとめたいのですが、
> 統合ってどれくらいかかりました？
>
> 2026年1月15日(木) 22:30 山口さくら <sakura.ymgc@gmail.com>:
> > 石田さん
> >
> > AWS 認定のアカウント統合、私も去年やりました。
> > フォームより Support Center のケースの方が早いです。
> > 困ったら聞いてください。
> >
> > 山口
"""
    body = tpart(t, cte='quoted-printable')
    prof = dict(mailfrom='sakura.ymgc@gmail.com', mf_domain='gmail.com', host='mail-sor-f41.google.com', ip='209.85.220.41',
                dkims=[('gmail.com', '20230601')], msgid=None, hfrom='gmail.com', p='NONE')
    write_mail(fn('yamaguchi-re-nintei-account'), L('unrelated', None, [], False, 'ja'), 'gmail', C_TO,
               addr('山口さくら', 'sakura.ymgc@gmail.com'), 'Re: 認定アカウントの件', w, body, profile=prof,
               msgid='<CAM2q%s@mail.gmail.com>' % ralnum(32), in_reply_to=m2, references='%s %s' % (m1, m2),
               to_hdr=addr('石田陽翔', C_TO))

    # C9 console "new correspondence" notification (English)
    w = dt.datetime(2026, 1, 20, 1, 52, 30, tzinfo=UTC)
    t = """Hello,

New correspondence has been added to your AWS Support case %(c)s.

Case ID: %(c)s
Subject: %(s)s

To view the correspondence and respond, sign in to the Support Center:
%(l)s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services
""" % dict(c=CID_C2, s=C_SUBJ, l=C_LINK_EN)
    write_mail(fn('aws-case-new-correspondence'), L('support_reply', CID_C2, [], True, 'en'), 'gmail', C_TO,
               addr(AWS_NAME, CONSOLE), '[Case %s] New correspondence added' % CID_C2, w, tpart(t, cte='quoted-printable'),
               sender_kind='amazon')

    # C10 confirmation request (Japanese), HTML only
    w = dt.datetime(2026, 1, 20, 1, 52, 33, tzinfo=UTC)
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>石田様</p>
<p>ご連絡ありがとうございます。藤原です。いただいた情報で、両方のアカウントの確認が取れました。</p>
<p>以下の内容でお手続きを行う予定です。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th style="background:#f2f3f3">残るアカウント</th><td>aws05562019（サインイン：haruto.ishida@tenjin-works.co.jp／通知先：haruto.ishida.dev@gmail.com）</td></tr>
<tr><th style="background:#f2f3f3">統合元（お手続き後に閉鎖）</th><td>AWS 08814437（サインイン：haruto.ishida.dev@gmail.com）</td></tr>
</table>
<p>統合元アカウントの認定資格（AWS Certified Cloud Practitioner、AWS Certified Solutions Architect - Associate）、受験履歴、および 50%% 割引特典は、残るアカウントへ引き継がれます。1月31日に予約済みの試験も残るアカウントに移ります。</p>
<p><b>ご注意：このお手続きは一度実行すると元に戻すことができません。</b></p>
<p>内容に相違がなければ、サポートセンターの本ケースにて「同意します」（英語の場合は "I agree"）とご返信ください。ご返信をいただくまでは、お手続きを開始いたしません。</p>
<p>藤原<br>Amazon Web Services</p>
<p style="font-size:12px;color:#687078"><a href="%s">サポートセンターでケースを確認する</a></p>
</body></html>
""" % C_LINK_JA
    body = tpart(h, 'html', cte='base64')
    write_mail(fn('aws-doui-onegai-ja'), L('merge_confirmation_requested', CID_C2, ['AWS05562019', 'AWS08814437'], True, 'ja'), 'gmail', C_TO,
               addr(AWS_NAME, CONSOLE), 'RE:[CASE %s] %s' % (CID_C2, C_SUBJ), w, body, sender_kind='amazon')

    # C11 agent answers a question in English, conditional about the future merge
    w = dt.datetime(2026, 1, 21, 0, 37, 15, tzinfo=UTC)
    t = """Hello Haruto,

Thank you for your question. I'm happy to continue in English.

After AWS08814437 is combined into AWS05562019, only the sign-in method of AWS05562019 will work; the Gmail sign-in will no longer open a certification account. You can add haruto.ishida.dev@gmail.com as a secondary notification address afterwards in your profile settings if you like.

Your unused 50%% discount benefit and the exam you booked for January 31 will carry over as well.

Please note that I still need your reply to my previous message before I can start. Let me know if you have any other questions.

Best regards,
Ayumi F.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence in the AWS Support Center:
%(l)s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % dict(l=C_LINK_EN)
    write_mail(fn('aws-answer-signin-question'), L('support_reply', CID_C2, ['AWS05562019', 'AWS08814437'], True, 'en'), 'gmail', C_TO,
               addr(AWS_NAME, CONSOLE), 'RE:[CASE %s] %s' % (CID_C2, C_SUBJ), w, tpart(t, cte='quoted-printable'), sender_kind='amazon')

    # C12 thanks for confirming, will now proceed
    w = dt.datetime(2026, 1, 22, 2, 5, 59, tzinfo=UTC)
    t = """Hello Haruto,

Thank you for confirming. I have forwarded your request to our certification team and they will now go ahead with combining your two accounts.

This usually takes 2-4 business days. I will post an update on this case as soon as it has been done; there is nothing else you need to do for now.

Best regards,
Ayumi F.
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    write_mail(fn('aws-thanks-will-proceed'), L('support_reply', CID_C2, [], True, 'en'), 'gmail', C_TO,
               addr(AWS_NAME, CONSOLE), 'RE:[CASE %s] %s' % (CID_C2, C_SUBJ), w, tpart(t, cs='us-ascii', cte='7bit'), sender_kind='amazon')

    # C13 Credly expiry reminder
    w = dt.datetime(2026, 1, 23, 15, 0, 4, tzinfo=UTC)
    t = """Hi Haruto,

Heads up: your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification will expire on March 24, 2026.

Keep your skills current and your badge active by meeting the recertification requirements before it expires.

Recertification options: https://aws.amazon.com/certification/recertification/

The Credly Team
"""
    body = alt(tpart(t, cs='us-ascii', cte='7bit'), tpart(html_from_text(t), 'html', cs='us-ascii', cte='7bit'))
    write_mail(fn('credly-clf-expiring'), L('unrelated', None, [], True, 'en'), 'gmail', C_TO,
               addr('Credly', 'admin@credly.com'), 'Your badge is expiring soon', w, body, sender_kind='credly')

    # C14 closure that also reports the work done (Japanese), with rating
    w = dt.datetime(2026, 1, 26, 6, 14, 2, tzinfo=UTC)
    t = """石田様

お待たせいたしました。藤原です。

aws-08814437 に記録されていた認定資格、受験履歴および特典は、すべて AWS05562019 に移し終えました。aws-08814437 は閉鎖済みのため、今後はサインインできません。
1月31日の試験予約も AWS05562019 に移っておりますので、念のためご確認ください。

以上をもちまして、本ケースはクローズとさせていただきます。ご不明な点がございましたら、14 日以内であれば本ケースを再開いただけます。

本対応はお役に立ちましたか？
　はい: https://console.aws.amazon.com/support/feedback?caseId=%(c)s&resolved=yes
　いいえ: https://console.aws.amazon.com/support/feedback?caseId=%(c)s&resolved=no

藤原
Amazon Web Services
""" % dict(c=CID_C2)
    body = alt(tpart(t, cte='base64'), tpart(html_from_text(t, 'ja'), 'html', cte='base64'))
    write_mail(fn('aws-ikou-zumi-close-ja'), L('merge_completed', CID_C2, ['AWS05562019', 'AWS08814437'], True, 'ja'), 'gmail', C_TO,
               addr(AWS_NAME, CONSOLE), 'RE:[CASE %s] %s' % (CID_C2, C_SUBJ), w, body, sender_kind='amazon')

    # C15 survey (English), charset label us-ascii but 8bit UTF-8 inside
    w = dt.datetime(2026, 1, 26, 9, 2, 45, tzinfo=UTC)
    t = """Hello,

Your AWS Support case %(c)s has been marked as resolved.

We\u2019d love to hear how we did \u2014 it takes less than a minute:
https://console.aws.amazon.com/support/feedback?caseId=%(c)s

If your issue isn\u2019t resolved, you can reopen the case within 14 days:
%(l)s

Thank you for using Amazon Web Services.
""" % dict(c=CID_C2, l=C_LINK_EN)
    body = tpart(t, cs='us-ascii', codec='utf-8', cte='8bit')
    write_mail(fn('aws-case-resolved-rate-us'), L('survey', CID_C2, [], True, 'en'), 'gmail', C_TO,
               addr(AWS_NAME, CONSOLE), 'Amazon Web Services: Your support case %s has been resolved' % CID_C2, w, body,
               sender_kind='amazon')

    # C16 late answer on the first (form) case: says it was already done under the other case; Gmail-style quote
    w = dt.datetime(2026, 1, 27, 17, 40, 26, tzinfo=UTC)
    t = """Hello Haruto,

My apologies for the late response to your submission.

While reviewing it I found that your request was already handled under case %(c2)s: the certification account AWS08814437 has been merged into AWS05562019 and the records were transferred on January 26. As nothing further is needed here, I will close this case.

If anything looks wrong on AWS05562019, please reply on case %(c2)s rather than opening a new one.

Best regards,
Jordan T.
AWS Training and Certification

On Tue, Jan 13, 2026 at 10:02 PM Haruto Ishida <haruto.ishida.dev@gmail.com> wrote:
> Hello, any update on this? I still have AWS05562019 and AWS08814437 as
> two separate accounts.
>
> On Thu, Jan 8, 2026 at 9:21 PM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>> Hi there,
>>
>> This is an automated note to let you know that your message has reached
>> the AWS Training and Certification team. It has been logged as
>> %(c1)s and is waiting in our queue.
""" % dict(c1=CID_C1, c2=CID_C2)
    write_mail(fn('aws-tc-late-reply-already-done'), L('merge_completed', CID_C1, ['AWS05562019', 'AWS08814437'], True, 'en'), 'gmail', C_TO,
               addr(AWS_NAME, FORM), 'RE:[CASE %s] %s' % (CID_C1, B_FORM_SUBJ), w, tpart(t, cte='quoted-printable'),
               sender_kind='amazon')

    # C17 reopened case: Credly badges, conditional (Japanese)
    w = dt.datetime(2026, 1, 28, 4, 25, 50, tzinfo=UTC)
    t = """石田様

ケースを再開いただき、ありがとうございます。藤原です。

Credly のバッジにつきまして、以前のアカウントで取得された資格のバッジは、現在も haruto.ishida.dev@gmail.com の Credly プロフィールに残っております。
本日、Credly に移し替えの依頼を行いました。

Credly 側での処理が終わりましたら、Credly から通知メールが届きますので、そちらからバッジを受け取ってください。通常 5～7 営業日ほどかかります。
それまでの間、本ケースはオープンのままといたします。

藤原
Amazon Web Services
"""
    write_mail(fn('aws-credly-irai-ja'), L('support_reply', CID_C2, [], True, 'ja'), 'gmail', C_TO,
               addr(AWS_NAME, CONSOLE), 'RE:[CASE %s] %s' % (CID_C2, C_SUBJ), w, tpart(t, cte='base64'), sender_kind='amazon')

    # C18 Credly badge (Japanese)
    w = dt.datetime(2026, 2, 2, 7, 3, 11, tzinfo=UTC)
    t = """石田 陽翔 さん

新しいバッジが届いています。

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect – Associate」バッジが発行されました。

バッジを受け取る：
https://www.credly.com/earner/earned/badge/c7e14a09-3b2f-4d8e-a6c1-52f0d9b8e317?locale=ja

Credly
"""
    body = alt(tpart(t, cte='quoted-printable'), tpart(html_from_text(t, 'ja'), 'html', cte='quoted-printable'))
    write_mail(fn('credly-saa-badge-todoku'), L('credly_badge_issued', None, [], True, 'ja'), 'gmail', C_TO,
               addr(CREDLY_ISSUER, 'admin@credly.com'), '新しいバッジが届いています: AWS Certified Solutions Architect – Associate', w, body,
               sender_kind='credly')

    # C19 Credly badge (English), long subject with emoji -> split encoded words
    w = dt.datetime(2026, 2, 2, 7, 3, 58, tzinfo=UTC)
    t = """Haruto, you've got a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified Cloud Practitioner badge.

Accept your badge: https://www.credly.com/earner/earned/badge/1f6a0b83-9d24-4c55-b7e3-e80c2a4f9d16

Showcase it on LinkedIn, in your email signature or on your resume.

Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750
"""
    body = alt(tpart(t, cte='quoted-printable'), tpart(html_from_text(t), 'html', cte='quoted-printable'))
    write_mail(fn('credly-clf-badge-accept'), L('credly_badge_issued', None, [], True, 'en'), 'gmail', C_TO,
               addr(CREDLY_ISSUER, 'admin@credly.com'),
               '\U0001f389 Haruto, accept your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification',
               w, body, sender_kind='credly')

    # C20 phishing, not about the merge
    w = dt.datetime(2026, 2, 4, 22, 17, 36, tzinfo=UTC)
    t = """Amazon Web Services をご利用いただき、ありがとうございます。

お客様の AWS アカウントで異常なサインインが検出されたため、アカウントを一時的に停止しました。
24 時間以内に以下のリンクから本人確認を行わない場合、アカウントは完全に停止され、すべてのリソースが削除されます。

本人確認はこちら：https://aws-account-notice.net/verify/%s

Amazon Web Services セキュリティチーム
""" % rhex(16)
    body = alt(tpart(t, cte='base64'), tpart(html_from_text(t, 'ja'), 'html', cte='base64'))
    prof = dict(mailfrom='no-reply@aws-account-notice.net', mf_domain='aws-account-notice.net', host='mail.aws-account-notice.net',
                ip='45.137.%d.%d' % (R.randint(1, 254), R.randint(1, 254)), dkims=[('aws-account-notice.net', 'default')],
                msgid='<%s@aws-account-notice.net>' % rhex(20), hfrom='aws-account-notice.net', p='NONE')
    write_mail(fn('aws-account-teishi-phish'), L('unrelated', None, [], False, 'ja'), 'gmail', C_TO,
               addr('Amazon Web Services', 'no-reply@aws-account-notice.net'), '【重要】お客様のAWSアカウントを一時的に停止しました', w, body,
               profile=prof)
    return n


def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    n = inbox_a()
    n = inbox_b(n)
    n = inbox_c(n)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    print('wrote', len(LABELS), 'mails')


if __name__ == '__main__':
    main()
