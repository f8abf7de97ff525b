#!/usr/bin/env python3
"""Generator for blind set 232: realistic mails around an AWS Certification
account merge, each with a label.  Run: python3 make_set.py"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import uuid
from email.message import Message
from email.header import Header
from email.utils import format_datetime
from email.generator import BytesGenerator
from email import policy as email_policy

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(232)
LABELS = {}
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')


def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened):
    """15-digit display id: unix time of opening + 5 digits."""
    return '%d%05d' % (int(opened.timestamp()), rng.randrange(10000, 99999))


def rhex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rng.choice(alphabet) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def ses_msgid(when, region='0100'):
    ms = int(when.timestamp() * 1000)
    return '<%s%012x-%s-000000@email.amazonses.com>' % (region, ms, ruuid())


def fold_b(n=172):
    s = rb64(n)
    return '\n\t '.join(s[i:i + 64] for i in range(0, len(s), 64))


def dkim_sig(domain, selector, when, hdrs='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s='
            % (selector, domain, int(when.timestamp()), hdrs, rb64(43), fold_b(171)))


def enc_subject(text, charset='utf-8', maxlen=60):
    return Header(text, charset, maxlinelen=maxlen).encode()


def rfcdate(when):
    return format_datetime(when)


# ---------------------------------------------------------------- MIME parts
def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None,
         quote_cs=True, extra_ct=''):
    """A text part; `codec` lets the declared charset lie about the bytes."""
    raw = text.encode(codec or charset)
    m = Message()
    cs = ('"%s"' % charset) if quote_cs else charset
    m['Content-Type'] = 'text/%s; charset=%s%s' % (subtype, cs, extra_ct)
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:  # 7bit / 8bit: raw bytes smuggled as surrogates
        payload = raw.decode('ascii', 'surrogateescape')
        if not payload.endswith('\n'):
            payload += '\n'
    m.set_payload(payload)
    return m


def multi(subtype, parts, boundary=None):
    m = Message()
    boundary = boundary or ('----=_Part_%d_%d.%d' % (rng.randrange(10**6, 10**7),
                                                     rng.randrange(10**8, 10**9),
                                                     rng.randrange(10**12, 10**13)))
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    for p in parts:
        m.attach(p)
    return m


def alt(plain, html, charset='utf-8', cte='quoted-printable', **kw):
    return multi('alternative', [leaf(plain, 'plain', charset, cte, **kw),
                                 leaf(html, 'html', charset, cte, **kw)])


# ---------------------------------------------------------------- HTML helpers
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def paras_html(text):
    out = []
    for block in text.strip('\n').split('\n\n'):
        lines = block.split('\n')
        if all(l.startswith('>') for l in lines if l.strip()):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + '<br>\n'.join(esc(l.lstrip('> ')) for l in lines) + '</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(esc(l) for l in lines) + '</p>')
    return '\n'.join(out)


def aws_html(text, title='Amazon Web Services', footer=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Amazon Ember,Helvetica,Arial,sans-serif;'
            'font-size:14px;color:#16191f">\n<table width="100%%" cellpadding="0" cellspacing="0"><tr>'
            '<td style="background:#232f3e;padding:12px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/'
            'poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" '
            'width="60"></td></tr>\n<tr><td style="padding:18px">\n%s\n</td></tr>\n'
            '<tr><td style="font-size:11px;color:#687078;padding:18px">%s</td></tr></table>\n</body></html>\n'
            % (esc(title), paras_html(text), footer))


def simple_html(text, font='Calibri,Arial,sans-serif'):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s;font-size:11pt">\n%s\n</div></body></html>\n'
            % (font, paras_html(text)))


# ---------------------------------------------------------------- quoting styles
def qlines(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip('\n').split('\n'))


def gmail_quote(when, name, addr, text):
    w = when.strftime('%a, %b %-d, %Y at %-I:%M %p')
    return 'On %s %s <%s> wrote:\n%s' % (w, name, addr, qlines(text))


def outlook_quote(frm, when, to, subject, text):
    w = when.strftime('%A, %B %-d, %Y %-I:%M %p')
    return ('________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (frm, w, to, subject, text.strip('\n')))


def original_message(frm, when, to, subject, text):
    w = when.strftime('%A, %B %d, %Y %I:%M %p')
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (frm, w, to, subject, text.strip('\n')))


def ja_quote(when, name, addr, text):
    wd = '月火水木金土日'[when.weekday()]
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:\n%s' % (
        when.year, when.month, when.day, wd, when.hour, when.minute, name, addr, qlines(text))


# ---------------------------------------------------------------- transport headers
SES_IPS = [('a8-31.smtp-out.amazonses.com', '54.240.8.31'),
           ('a48-112.smtp-out.amazonses.com', '54.240.48.112'),
           ('a11-77.smtp-out.amazonses.com', '54.240.11.77'),
           ('a27-19.smtp-out.us-west-2.amazonses.com', '54.240.27.19')]


def pac(when):
    from zoneinfo import ZoneInfo
    p = when.astimezone(ZoneInfo('America/Los_Angeles'))
    return '%s (%s)' % (format_datetime(p), p.strftime('%Z'))


def gmail_transport(rcpt, when, ptr, ip, envfrom, dkims, spf='pass', dmarc='pass', from_dom='amazon.com',
                    dmarc_pol='p=QUARANTINE sp=QUARANTINE dis=NONE', extra_ar=None):
    """Headers a Gmail mailbox adds (top-down).  dkims: list of (domain, selector, result)."""
    r1 = when + dt.timedelta(seconds=rng.randrange(1, 4))
    smtpid = rhex(16)
    ar = ['mx.google.com']
    for d, sel, res in dkims:
        ar.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, sel, rb64(8)))
    ar.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s'
              % (spf, envfrom, 'designates' if spf == 'pass' else 'does not designate', ip, envfrom))
    if dmarc:
        ar.append('dmarc=%s (%s) header.from=%s' % (dmarc, dmarc_pol, from_dom))
    ar_s = ';\n       '.join(ar)
    if extra_ar:
        ar_s += ';\n       ' + extra_ar
    return [
        ('Delivered-To', rcpt),
        ('Received', 'by 2002:a05:6f02:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
         % (rhex(3), rhex(3), rhex(3), rhex(3), rb64(10).replace('/', 'x').replace('+', 'q'),
            pac(r1))),
        ('X-Google-Smtp-Source', 'AGHT+I' + rb64(82)),
        ('X-Received', 'by 2002:a05:620a:%s:b0:%s:%s with SMTP id %s;\n        %s'
         % (rhex(4), rhex(3), rhex(3), rb64(10).replace('/', 'z'), rfcdate(r1))),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s=='
         % (int(r1.timestamp()), rb64(86))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
         '        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n'
         '        bh=%s=;\n        fh=%s=;\n        b=%s==' % (rb64(43), rb64(43), rb64(86))),
        ('ARC-Authentication-Results', 'i=1; ' + ar_s),
        ('Return-Path', '<%s>' % envfrom),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%d%s.%d.%d.%02d.%02d.%02d.%02d.%02d\n'
         '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (ptr, ptr, ip, rhex(13), rhex(11), rng.randrange(1000000, 9999999), rng.choice(['qtq', 'ejs', 'nag', 'ljn']),
            rng.randrange(10, 999), r1.year, r1.month, r1.day, r1.hour, r1.minute, r1.second, rcpt,
            pac(r1))),
        ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
         % (spf, envfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip)),
        ('Authentication-Results', ar_s),
    ]


def outlook_transport(rcpt, when, ptr, ip, envfrom, dkim_dom, spf='pass', dkim='pass', dmarc='pass',
                      from_dom='amazon.com', compauth='pass reason=100', tenant='outlook.com'):
    """Exchange Online / Outlook.com: AR without authserv-id."""
    r1 = when + dt.timedelta(seconds=rng.randrange(1, 5))
    hosts = ['AM6PR02MB%d.eurprd02.prod.outlook.com' % rng.randrange(1000, 9999),
             'DB1PEPF%08d.eurprd03.prod.outlook.com' % rng.randrange(10**7, 10**8),
             'AMS0EPF%08d.eurprd05.prod.outlook.com' % rng.randrange(10**7, 10**8)]
    ar = ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n'
          ' header.from=%s;compauth=%s'
          % (spf, ip, envfrom.split('@')[-1], dkim,
             'signature was verified' if dkim == 'pass' else 'signature did not verify' if dkim == 'fail' else 'no signature',
             dkim_dom, dmarc, 'quarantine' if dmarc == 'fail' else 'none', from_dom, compauth))
    return [
        ('Received', 'from %s (2603:10a6:20b:%s::%s) by\n %s with HTTPS; %s'
         % (hosts[0], rhex(3), rhex(2), hosts[0].replace('AM6PR02MB', 'PA4PR02MB'), rfcdate(r1))),
        ('Received', 'from %s (2603:10a6:20b:%s::%s)\n by %s (2603:10a6:800:%s::%s) with Microsoft SMTP Server\n'
         ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
         % (hosts[1], rhex(3), rhex(2), hosts[0], rhex(3), rhex(2), rng.randrange(8000, 8999),
            rng.randrange(10, 40), rfcdate(r1))),
        ('Authentication-Results', ar),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s\n %s %s as permitted sender)\n'
         ' receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C'
         % (spf.capitalize(), envfrom.split('@')[-1], 'designates' if spf == 'pass' else 'does not designate',
            ip, ip, ptr)),
        ('Received', 'from %s (%s) by\n %s (10.167.16.%d) with Microsoft SMTP Server (version=TLS1_3,\n'
         ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
         % (ptr, ip, hosts[1], rng.randrange(2, 250), rng.randrange(8000, 8999), rng.randrange(10, 40),
            rfcdate(when + dt.timedelta(seconds=1)))),
        ('X-MS-Exchange-Organization-ExpirationStartTime', (when.strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % rng.randrange(10000))),
        ('X-MS-Exchange-Organization-Network-Message-Id', ruuid()),
        ('X-MS-Exchange-Organization-AuthSource', hosts[1]),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-MS-Office365-Filtering-Correlation-Id', ruuid()),
        ('X-Microsoft-Antispam', 'BCL:0;ARA:%d|%d|%d;' % (rng.randrange(10**7, 10**8), rng.randrange(10**7, 10**8), rng.randrange(10**6, 10**7))),
        ('X-MS-Exchange-Organization-SCL', '1' if dmarc == 'pass' else '5'),
        ('Return-Path', envfrom),
    ]


def jp_transport(authserv, rcpt, when, ptr, ip, envfrom, dkims, spf='pass', dmarc='pass', from_dom='amazon.com',
                 mx_host=None):
    """Japanese ISP style: a couple of Received lines and a compact AR."""
    mx_host = mx_host or authserv
    r1 = (when + dt.timedelta(seconds=rng.randrange(1, 6))).astimezone(JST)
    ar = [authserv, 'spf=%s smtp.mailfrom=%s' % (spf, envfrom)]
    for d, sel, res in dkims:
        ar.append('dkim=%s header.d=%s header.s=%s' % (res, d, sel))
    if dmarc:
        ar.append('dmarc=%s header.from=%s' % (dmarc, from_dom))
    return [
        ('Return-Path', '<%s>' % envfrom),
        ('Delivered-To', rcpt),
        ('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
         % (mx_host, mx_host, rhex(10).upper(), rcpt, rfcdate(r1))),
        ('Authentication-Results', ';\n\t'.join(ar)),
        ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
         % (ptr, ptr, ip, mx_host, rhex(10).upper(), rcpt, rfcdate(r1 - dt.timedelta(seconds=1)))),
    ]


def ses_sender_headers(when, from_dom='amazon.com', sel='rte02', ses_sel='224i4yxa5dv7c2xz3womw6peuasteono'):
    return [
        ('DKIM-Signature', dkim_sig(from_dom, sel, when)),
        ('DKIM-Signature', dkim_sig('amazonses.com', ses_sel, when,
                                    'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')),
    ]


def ses_trailer(when):
    return [
        ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43)),
        ('X-SES-Outgoing', when.strftime('%Y.%m.%d') + '-54.240.%d.%d' % (rng.randrange(1, 60), rng.randrange(1, 250))),
    ]


def envfrom_ses(when):
    return '0100%012x-%s-000000@amazonses.com' % (int(when.timestamp() * 1000), ruuid())


# ---------------------------------------------------------------- assembly
def write(fname, label, transport, sender_hdrs, core, body, trailer=()):
    """transport: receiver-added headers (top). sender_hdrs: DKIM etc.
    core: list of (name, value) e.g. From/To/Subject/Date/Message-ID."""
    m = Message()
    for k, v in list(transport) + list(sender_hdrs) + list(core):
        m[k] = v
    m['MIME-Version'] = '1.0'
    for k in ('Content-Type', 'Content-Transfer-Encoding'):
        if body[k]:
            m[k] = body[k]
    for k, v in trailer:
        m[k] = v
    m.set_payload(body._payload)
    path = os.path.join(OUT, fname)
    with open(path, 'wb') as fp:
        g = BytesGenerator(fp, mangle_from_=False, maxheaderlen=0,
                           policy=email_policy.compat32.clone(linesep='\r\n'))
        g.flatten(m)
    lab = dict(label)
    lab['account_ids'] = sorted(set(lab.get('account_ids', [])))
    LABELS[fname] = lab


def L(kind, case_id, ids, sv, lang='en'):
    return {'kind': kind, 'case_id': case_id, 'account_ids': ids, 'sender_verified': sv, 'language': lang}


# ---------------------------------------------------------------- actors
AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'

PRIYA = ('Priya Raman', 'priya.raman.dev@gmail.com')
TOMASZ = ('Tomasz Wiśniewski', 'tomasz.wisniewski@outlook.com')
KENTA = ('田中 健太', 'k.tanaka.cloud@nifty.com')
DANIEL = ('Daniel Okafor', 'daniel.okafor@northwind-analytics.com')
MARISOL = ('Marisol Vega', 'marisol.vega88@gmail.com')
HIROSHI = ('Hiroshi Sato', 'h-sato.eng@biglobe.ne.jp')
AISHA = ('Aisha Bello', 'aisha.bello@yahoo.com')
WEI = ('Wei Zhang', 'wei.zhang@contoso-cloud.co.uk')
LAN = ('Nguyen Thi Lan', 'lan.nguyen.aws@gmail.com')
MISAKI = ('佐藤 美咲', 'misaki-sato@ocn.ne.jp')
RAFAEL = ('Rafael Costa', 'rafael.costa.cloud@gmail.com')
GRETA = ('Greta Lindqvist', 'greta.lindqvist@outlook.com')


def addr(p):
    name, a = p
    if any(ord(c) > 127 for c in name):
        return '%s <%s>' % (Header(name, 'utf-8').encode(), a)
    return '%s <%s>' % (name, a)


# ================================================================ MAILS
MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn



def c15(opened, tail):
    return '%d%s' % (int(opened.timestamp()), tail)


def genuine_aws(provider, rcpt, when, from_dom='amazon.com', authserv=None, dmarc='pass', ip_i=None):
    """(transport, sender_hdrs, trailer) for a genuine SES-sent amazon.com mail."""
    ptr, ip = SES_IPS[ip_i if ip_i is not None else rng.randrange(len(SES_IPS))]
    ef = envfrom_ses(when)
    if provider == 'gmail':
        tr = gmail_transport(rcpt, when, ptr, ip, ef, [(from_dom, 'rte02', 'pass'),
                                                       ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', 'pass')],
                             dmarc=dmarc, from_dom=from_dom)
    elif provider == 'outlook':
        tr = outlook_transport(rcpt, when, ptr, ip, ef, from_dom, dmarc=dmarc, from_dom=from_dom)
    else:
        tr = jp_transport(authserv, rcpt, when, ptr, ip, ef, [(from_dom, 'rte02', 'pass'),
                                                              ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', 'pass')],
                          dmarc=dmarc, from_dom=from_dom)
    return tr, ses_sender_headers(when, from_dom), ses_trailer(when)


def core(frm, to, subject, when, msgid=None, extra=()):
    h = [('From', frm), ('To', to), ('Subject', subject), ('Date', rfcdate(when)),
         ('Message-ID', msgid or ses_msgid(when))]
    return h + list(extra)


FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# ---- thread ids
OPEN_A = T(2025, 3, 11, 9, 14, 7)
CASE_A = c15(OPEN_A, '40271')          # Priya, form desk
CASE_B = '12904856731'                 # Tomasz, console, 2022
OPEN_C = T(2025, 5, 27, 23, 2, 11)
CASE_C = c15(OPEN_C, '88152')          # Kenta, form desk (ja)
CASE_G = '13562209874'                 # Greta, console, 2023
CASE_D = '6843312075'                  # Daniel, form desk, 2020
OPEN_E = T(2025, 8, 19, 16, 40, 55)
CASE_E = c15(OPEN_E, '06314')          # Marisol
OPEN_R = T(2024, 11, 5, 14, 22, 50)
CASE_R = c15(OPEN_R, '19934')          # Rafael


@mail
def m001():
    when = OPEN_A + dt.timedelta(seconds=41)
    tr, sh, trl = genuine_aws('gmail', PRIYA[1], when, ip_i=0)
    text = """Hello Priya,

Your message reached us and is now logged under reference %s. Someone from
the Training and Certification team will pick it up - normally within one
business day, occasionally a little longer when volumes are high.

What you sent us
  Inquiry type: Certification
  Detail: Account assistance
  AWS candidate ID: AWS10938475
  Preferred language: English

There's no need to fill in the form again for this topic; a second
submission starts a separate queue entry and usually slows things down.
If you want to add something, just reply to this e-mail and leave the
reference in the subject line as it is.

Amazon Web Services Training and Certification
https://aws.amazon.com/certification/
""" % CASE_A
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('001-form-ack-reference-logged.eml', L('case_created', CASE_A, ['AWS10938475'], True),
          tr, sh, core(AWS_FORM, addr(PRIYA), '[CASE %s] %s' % (CASE_A, FORM_SUBJ.replace('account-assistance', 'received')), when), body, trl)


@mail
def m002():
    when = T(2022, 9, 6, 7, 51, 33)
    tr, sh, trl = genuine_aws('outlook', TOMASZ[1], when, ip_i=1)
    text = """Thank you for reaching out to Amazon Web Services.

Request %s is on file with us and an engineer will get back to you by
e-mail and in the Support Center.

Case ID: %s
Subject: Two certification profiles under my name (AWS02876104 / AWS07719340)
Severity: General guidance
Correspondence: Hi, I have two certification logins, one created through my
previous employer and one private. I would like to have only one with all
exams on it. Private one should stay. Thanks, Tomasz

To view or add to this request, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

This mailbox can't accept replies. Please use the Support Center link above.

Sincerely,
Amazon Web Services
""" % (CASE_B, CASE_B, CASE_B)
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('002-console-request-on-file.eml', L('case_created', CASE_B, ['AWS02876104', 'AWS07719340'], True),
          tr, sh, core(AWS_NOREPLY, TOMASZ[1],
                       'Amazon Web Services: Support request %s is on file' % CASE_B, when), body, trl)


@mail
def m003():
    when = OPEN_C + dt.timedelta(seconds=52)
    tr, sh, trl = genuine_aws('jp', KENTA[1], when, authserv='mx-in.nifty.com', ip_i=2)
    text = """田中 健太 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容にてお問い合わせを承りました。担当者より原則として 24 時間以内に
ご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

  お問い合わせ番号: %s
  お問い合わせ種別: 認定 / アカウントに関するご相談
  受験者 ID: AWS05530911

同じ内容で重複してお問い合わせをいただきますと、ご回答までにかえって
お時間をいただく場合がございます。追加の情報がございましたら、件名を
変更せずに本メールへそのままご返信ください。

アマゾン ウェブ サービス トレーニングと認定
""" % CASE_C
    body = leaf(text, 'plain', 'iso-2022-jp', '7bit')
    subj = enc_subject('[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % CASE_C, 'iso-2022-jp', 70)
    write('003-ja-uketsuke.eml', L('case_created', CASE_C, ['AWS05530911'], True, 'ja'),
          tr, sh, core(AWS_FORM, addr(KENTA), subj, when), body, trl)


@mail
def m004():
    when = T(2023, 4, 18, 21, 7, 2)
    tr, sh, trl = genuine_aws('outlook', GRETA[1], when, ip_i=3)
    text = """Hello,

We've got your support request and it has been given the ID %s. You can
follow its progress at any time in the AWS Support Center.

Case ID: %s
Subject: Certification - duplicate candidate profiles
Severity: Low

An engineer will respond as soon as possible. For your security, please do not
include passwords or other secrets in your correspondence.

Please don't reply to this message; it comes from an address that cannot
receive e-mail. To add information, use the Support Center:
https://console.aws.amazon.com/support/home?#/case/?displayId=%s

Amazon Web Services
""" % (CASE_G, CASE_G, CASE_G)
    body = leaf(aws_html(text, footer='Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
                                      'Amazon.com is a registered trademark of Amazon.com, Inc.'),
                'html', 'UTF-8', 'base64', quote_cs=False)
    write('004-console-html-only-new-request.eml', L('case_created', CASE_G, [], True),
          tr, sh, core(AWS_NOREPLY, GRETA[1], 'Amazon Web Services: New support request %s' % CASE_G, when), body, trl)


@mail
def m005():
    when = T(2020, 2, 3, 15, 26, 40)
    tr, sh, trl = genuine_aws('outlook', DANIEL[1], when, ip_i=1)
    text = """Dear Mr Okafor,

This message serves as formal acknowledgement that the enquiry you submitted
through the AWS Training and Certification contact form on 3 February 2020
has been received and entered into our case management system under
reference number %s.

Your enquiry will be reviewed by a member of the Certification Operations
team in the order in which it was received. Whilst we endeavour to respond
within one (1) business day, response times are not guaranteed and may vary
according to volume.

Please note the following:
(a) the submission of multiple enquiries concerning the same matter may result
    in delay and will not expedite review;
(b) in order to protect the integrity of candidate records, we may require
    further information to establish your identity before any action is taken
    in respect of the record(s) referenced in your enquiry; and
(c) all further correspondence relating to this enquiry should be sent in
    reply to this message, retaining the reference number in the subject line.

Candidate identifier(s) supplied: AWS00981276; AWS03345018; AWS09120455

This communication is intended solely for the named addressee and may contain
information that is confidential. If you have received it in error, please
notify the sender and delete it.

Amazon Web Services, Inc.
410 Terry Avenue North, Seattle, WA 98109-5210
""" % CASE_D
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('005-formal-acknowledgement-of-enquiry.eml',
          L('case_created', CASE_D, ['AWS00981276', 'AWS03345018', 'AWS09120455'], True),
          tr, sh, core(AWS_FORM, addr(DANIEL), '[CASE %s] Acknowledgement of your enquiry' % CASE_D, when), body, trl)


@mail
def m006():
    when = T(2025, 8, 20, 3, 12, 9)
    fake_case = c15(T(2025, 8, 19, 22, 5, 0), '77120')
    dom = 'aws-certification-help.com'
    tr = gmail_transport(MARISOL[1], when, 'mail.%s' % dom, '185.234.72.19', 'bounce@%s' % dom,
                         [(dom, 's1', 'pass')], dmarc='pass', from_dom=dom,
                         dmarc_pol='p=NONE sp=NONE dis=NONE')
    sh = [('DKIM-Signature', dkim_sig(dom, 's1', when))]
    text = """Dear Candidate,

Thank you for contacting AWS Certification Services. A file has been opened
for your request to consolidate your certification profiles.

Reference: %s
Candidate ID on record: AWS 08812093
Status: Awaiting identity check

One of our specialists will contact you within 24 hours. To avoid your
request being placed on hold, please verify ownership of the profiles
listed in your submission using the secure link below:

    https://%s/verify?ref=%s

Requests that are not verified within 24 hours are cancelled automatically
and cannot be reopened.

Regards,
AWS Certification Services Team
""" % (fake_case, dom, fake_case)
    html = simple_html(text, 'Arial,sans-serif').replace(
        'https://%s/verify?ref=%s' % (dom, fake_case),
        '<a href="https://%s/verify?ref=%s">Verify my profiles</a>' % (dom, fake_case))
    body = alt(text, html, 'utf-8', 'base64')
    write('006-lookalike-request-registered-verify.eml',
          L('case_created', fake_case, ['AWS08812093'], False),
          tr, sh, core('"AWS Certification Services" <case-desk@%s>' % dom, MARISOL[1],
                       'Case %s: your request has been registered' % fake_case, when,
                       '<%s@%s>' % (rhex(24), dom)), body)


@mail
def m007():
    when = OPEN_R + dt.timedelta(seconds=38)
    sh = ses_sender_headers(when)
    text = """Got it - your request is in.

Ref: %s

Expect a reply from us in about a day. Please don't send the form again
for the same thing, just reply to this mail if anything changes (keep the
ref in the subject).

AWS Training and Certification
""" % CASE_R
    body = leaf(text, 'plain', 'us-ascii', '7bit', quote_cs=False, extra_ct='; format=flowed')
    write('007-saved-ack-no-auth-headers.eml', L('case_created', CASE_R, [], None),
          [], sh, core(AWS_FORM, addr(RAFAEL), '[CASE %s] %s' % (CASE_R, FORM_SUBJ), when,
                       ), body, ses_trailer(when))


def yahoo_transport(rcpt, when, ptr, ip, envfrom, dkims, spf='pass', dmarc='pass', from_dom='amazon.com',
                    dmarc_pol='p=QUARANTINE'):
    r1 = when + dt.timedelta(seconds=rng.randrange(1, 4))
    host = 'atlas%d.free.mail.ne1.yahoo.com' % rng.randrange(100, 330)
    inner = '10.217.%d.%d' % (rng.randrange(1, 250), rng.randrange(1, 250))
    ar = [host]
    for d, sel, res in dkims:
        ar.append('dkim=%s header.i=@%s header.s=%s' % (res, d, sel))
    ar.append('spf=%s smtp.mailfrom=%s' % (spf, envfrom.split('@')[-1]))
    ar.append('dmarc=%s(%s) header.from=%s;' % (dmarc, dmarc_pol, from_dom))
    return [
        ('Received', 'from %s\n by %s with HTTP; %s' % (inner, host, rfcdate(r1))),
        ('Received', 'from %s (EHLO %s)\n by %s with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n %s'
         % (ip, ptr, inner, rfcdate(r1 - dt.timedelta(seconds=1)))),
        ('X-Originating-Ip', '[%s]' % ip),
        ('Received-SPF', '%s (domain of %s designates %s as permitted sender)'
         % (spf, envfrom.split('@')[-1], ip)),
        ('Authentication-Results', ';\n '.join(ar)),
        ('X-Apparently-To', '%s; %s' % (rcpt, rfcdate(r1))),
        ('X-YMailISG', rb64(120)),
    ]


CASE_L_OPEN = T(2025, 6, 30, 2, 11, 45)
CASE_L = c15(CASE_L_OPEN, '51209')     # Lan
CASE_H = '13977410562'                 # Aisha, 2023
OPEN_W = T(2024, 7, 9, 10, 5, 31)
CASE_W = c15(OPEN_W, '33087')          # Wei, form desk


def priya_form_text():
    return ("Hi, I have two AWS Certification accounts. Old one is from my previous job "
            "(AWS04417822, login p.raman@tessaract-labs.io), the new one is AWS10938475 "
            "with this gmail. Please combine them and keep the gmail one. Thanks, Priya")


@mail
def m008():
    when = T(2025, 3, 12, 14, 3, 27)
    tr, sh, trl = genuine_aws('gmail', PRIYA[1], when)
    text = """Hi Priya

checked both profiles. plan is: AWS04417822 (the one w/ your old work email)
gets folded into AWS10938475, so AWS10938475 is the one you keep, all exam
history + active certs move over to it and the old login stops working after.

this cant be reversed once its done so pls double check the ids. if its
right just reply "yes go ahead" to this mail and ill hand it over to the team
that does it.

Ravi
AWS Training & Certification

---- Original submission ----
Inquiry type: Certification
Detail: Account assistance
AWS candidate ID: AWS10938475
Description: %s
""" % priya_form_text()
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('008-terse-fold-into-reply-yes.eml',
          L('merge_confirmation_requested', CASE_A, ['AWS04417822', 'AWS10938475'], True),
          tr, sh, core(AWS_FORM, PRIYA[1], 'RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ), when), body, trl)


@mail
def m009():
    when = T(2020, 2, 5, 10, 44, 18)
    tr, sh, trl = genuine_aws('outlook', DANIEL[1], when)
    text = """Dear Mr Okafor,

Further to your enquiry of 3 February 2020 (reference %s), we write to
seek your express authorisation before proceeding.

Our review has identified the following candidate records as being held in
your name:

  Record 1: AWS00981276 (registered to d.okafor@oldco-consulting.com)
  Record 2: AWS03345018 (registered to daniel.okafor@northwind-analytics.com)
  Record 3: AWS09120455 (registered to dokafor.personal@gmail.com)

Subject to your written authorisation, Records 1 and 3 will be consolidated
into Record 2, which shall be designated the retained record. Upon
consolidation, all examination history, certifications and associated
entitlements attached to Records 1 and 3 shall be transferred to the retained
record, and Records 1 and 3 shall be permanently deactivated.

Please be advised that this action is irreversible. Amazon Web Services
accepts no responsibility for any loss of access arising from an incorrect
designation made on your instruction.

Kindly indicate your agreement by replying to this message with the words
"I authorise the consolidation as described". No action will be taken until
such authorisation has been received.

Yours sincerely,

Eleanor Whitfield
Certification Operations
Amazon Web Services
""" % CASE_D
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('009-formal-authorisation-three-records.eml',
          L('merge_confirmation_requested', CASE_D, ['AWS00981276', 'AWS03345018', 'AWS09120455'], True),
          tr, sh, core(AWS_FORM, DANIEL[1], 'RE:[CASE %s] Acknowledgement of your enquiry' % CASE_D, when), body, trl)


@mail
def m010():
    when = T(2025, 7, 1, 11, 20, 6)
    tr, sh, trl = genuine_aws('gmail', LAN[1], when)
    text = """Dear Candidate,

Greeting from AWS Training and Certification. As per your request we have checked and found there are two profile under your name, AWS-06120934 which is register with lan.nguyen@saigontech.vn and AWS-12877301 register with this gmail, and we are going to move all the certification and exam history of AWS-06120934 into AWS-12877301 which will remain as your main profile and the other one will be deactivate after the process and you will not able to login with it anymore, kindly note that once done this process can not be undo so kindly revert back to us with your acceptance on the same so that we can go ahead further with the request.

Thanks and Regards
Sneha K
AWS Training and Certification
"""
    body = leaf(text, 'plain', 'utf-8', 'base64')
    write('010-runon-revert-with-acceptance.eml',
          L('merge_confirmation_requested', CASE_L, ['AWS06120934', 'AWS12877301'], True),
          tr, sh, core(AWS_FORM, LAN[1], 'RE: [CASE %s] %s' % (CASE_L, FORM_SUBJ), when), body, trl)


@mail
def m011():
    when = T(2025, 5, 29, 1, 30, 44)
    tr, sh, trl = genuine_aws('jp', KENTA[1], when, authserv='mx-in.nifty.com')
    text = """田中 健太 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
担当の山本でございます。

お客様のご依頼内容を確認いたしました。以下の 2 つの受験者アカウントを
1 つにまとめる手続きを進めさせていただく予定でございます。

  移行元(今後ご利用いただけなくなるアカウント): AWS05530911
  移行先(引き続きご利用いただくアカウント): AWS11203387

移行元アカウントの認定資格および受験履歴は、すべて移行先アカウントへ
引き継がれます。なお、本手続きは一度実施いたしますと元に戻すことが
できませんので、あらかじめご了承くださいませ。

上記の内容でお間違いがなければ、恐れ入りますが本メールにご返信のうえ、
その旨をお知らせいただけますでしょうか。ご返信を確認次第、手続きを
開始いたします。

何卒よろしくお願い申し上げます。

山本
アマゾン ウェブ サービス トレーニングと認定
"""
    body = leaf(text, 'plain', 'ISO-2022-JP', '7bit', codec='iso-2022-jp')
    subj = enc_subject('RE:[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % CASE_C, 'iso-2022-jp', 70)
    write('011-ja-keigo-go-kakunin.eml',
          L('merge_confirmation_requested', CASE_C, ['AWS05530911', 'AWS11203387'], True, 'ja'),
          tr, sh, core(AWS_FORM, addr(KENTA), subj, when), body, trl)


@mail
def m012():
    when = T(2024, 9, 16, 6, 48, 0)
    dom = 'aws-certification-records.com'
    tr = outlook_transport(WEI[1], when, 'smtp.%s' % dom, '45.142.214.88', 'noreply@%s' % dom, 'none',
                           dkim='none', dmarc='none', from_dom=dom, compauth='fail reason=001')
    fake = '13788120456'
    text = """AWS Certification - Profile Unification Notice
Case #%s

Dear Wei Zhang,

Our records indicate that two certification profiles are associated with
your identity: AWS 04511278 and AWS 09983342. In line with the AWS
Certification Program Agreement, duplicate profiles are to be unified into a
single profile (AWS 09983342).

Before we can carry this out, you must authorise the change by signing in
with the credentials of BOTH profiles within 48 hours:

    Authorise unification: https://%s/candidate/authorise?case=%s

If authorisation is not received within the stated period, both profiles may
be suspended pending review, and any active certifications may be
invalidated.

AWS Training and Certification
This is an automated message. Please do not reply.
""" % (fake, dom, fake)
    html = simple_html(text, 'Segoe UI,Arial,sans-serif')
    body = leaf(html, 'html', 'utf-8', 'quoted-printable')
    write('012-lookalike-unification-authorise.eml',
          L('merge_confirmation_requested', fake, ['AWS04511278', 'AWS09983342'], False),
          tr, [], core('"AWS Training & Certification" <noreply@%s>' % dom, WEI[1],
                       'Action required: authorise profile unification (Case #%s)' % fake, when,
                       '<%s.%s@%s>' % (rhex(12), rhex(6), dom)), body)


@mail
def m013():
    when = T(2024, 11, 19, 18, 2, 51)
    ip = '91.219.237.40'
    ptr = 'vps-91-219-237-40.hostbay-eu.net'
    fake = '12774503318'
    tr = gmail_transport(RAFAEL[1], when, ptr, ip, 'www-data@%s' % ptr, [], spf='softfail', dmarc='fail',
                         from_dom='amazon.com')
    # the sender pasted its own "verdict" further down: not trustworthy
    forged = [('Authentication-Results', 'amazon.com;\n       dkim=pass header.d=amazon.com;\n'
                                         '       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com'),
              ('Received', 'from mail.amazon.com (mail.amazon.com [52.94.124.10])\n        by smtp-out.amazon.com; %s' % rfcdate(when))]
    text = """hi Rafael

pls confirm ur two accounts AWS07301188 and AWS01592240 can be joined,
AWS07301188 stays as main. reply YES plus the password of the old login so
we can check its really yours, then we do it same day.

thx
AWS Certification Support
"""
    body = leaf(text, 'plain', 'utf-8', '8bit')
    write('013-spoofed-amazon-dmarc-fail-forged-ar.eml',
          L('merge_confirmation_requested', fake, ['AWS01592240', 'AWS07301188'], False),
          tr + forged, [], core('"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', RAFAEL[1],
                                'RE:[CASE %s] account-assistance' % fake, when,
                                '<%s@%s>' % (rhex(20), ptr)), body)


@mail
def m014():
    when = T(2025, 8, 22, 9, 55, 12)
    tr, sh, trl = genuine_aws('gmail', MARISOL[1], when)
    earlier_agent = """Hi Marisol, thanks for reaching out. Could you tell us which of your profiles
you want to keep using, and the login e-mail of each? Joseph"""
    her = """Hi Joseph, the gmail one is AWS08812093, keep that one. The other one is
aws06650217, login m.vega@brightlane-consulting.com (my old job). There is also
AWS11458830 in my name on the Pearson receipt but that is my husband's, ignore it.
Marisol

""" + gmail_quote(T(2025, 8, 20, 17, 3), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
                  earlier_agent)
    text = """Hello Marisol,

Thanks for the details. Just so we're on the same page before anything is
changed:

- AWS08812093 (marisol.vega88@gmail.com) - this one stays, you keep logging in with it
- aws06650217 (m.vega@brightlane-consulting.com) - everything on it gets moved
  across to the one above, then it's closed

Nothing else is touched. Be aware there's no way back once it's been carried
out, so have a look and reply "agree" if this is right (or tell us what to
change). Once it's finished we will send you a short note, and your Credly
badges should follow within a few days.

Kind regards,
Joseph
AWS Training and Certification

""" + gmail_quote(T(2025, 8, 21, 21, 12), MARISOL[0], MARISOL[1], her)
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('014-same-page-reply-agree-quoted-ids.eml',
          L('merge_confirmation_requested', CASE_E, ['AWS06650217', 'AWS08812093'], True),
          tr, sh, core(AWS_FORM, MARISOL[1], 'RE:[CASE %s] %s' % (CASE_E, FORM_SUBJ), when), body, trl)


@mail
def m015():
    when = T(2023, 10, 17, 13, 37, 9)
    ptr, ip = SES_IPS[1]
    ef = envfrom_ses(when)
    tr = yahoo_transport(AISHA[1], when, ptr, ip, ef, [('amazon.com', 'rte02', 'pass'),
                                                       ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', 'pass')])
    text = """Hello Aisha, thanks for sending the emails, found all three: AWS02298817, AWS05003361 and AWS10447726 - we'd keep AWS10447726 (newest, has your SAA-C03 on it) and pull the other two into it, after that only AWS10447726 works for login and the old two are gone for good, it can't be rolled back.

Can you reply with a yes so I can submit it today?

Regards,
Omar
Amazon Web Services

To see or respond to this case, log in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % CASE_H
    body = alt(text, aws_html(text, footer='Was this response helpful? Rate it in the Support Center.'),
               'utf-8', 'base64')
    write('015-yahoo-three-into-one-reply-yes.eml',
          L('merge_confirmation_requested', CASE_H, ['AWS02298817', 'AWS05003361', 'AWS10447726'], True),
          tr, ses_sender_headers(when), core(AWS_NOREPLY, AISHA[1],
                                             'RE:[CASE %s] Certification: 3 candidate IDs, need one' % CASE_H, when),
          body, ses_trailer(when))


@mail
def m016():
    when = T(2024, 7, 10, 8, 41, 27)
    text = """Hello Wei,

Thank you for your reply with the information. I have verified, kindly see below:

Account to be retain : AWS03018875
Account to be close : AWS08264410

All certificates from AWS08264410 will transfer to AWS03018875. Please to note this request is not reversible after processed. Kindly reply "Confirmed" for proceed.

Best Regards,
Chen Mei
AWS Training and Certification

""" + outlook_quote('Wei Zhang <wei.zhang@contoso-cloud.co.uk>', T(2024, 7, 9, 16, 47),
                    'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                    'RE: [CASE %s] %s' % (CASE_W, FORM_SUBJ),
                    """Hi,

the second login was wzhang@finmetrics-partners.com, old account id AWS 08264410.
Keep the one ending 8875 please.

Thanks, Wei""")
    tr = [('Received', 'from EXCH-HUB02.contoso-cloud.local (10.20.4.12) by EXCH-MBX01.contoso-cloud.local\n'
                       ' (10.20.4.21) with Microsoft SMTP Server (TLS) id 15.1.2507.39; %s' % rfcdate(when + dt.timedelta(seconds=9))),
          ('Received', 'from a48-112.smtp-out.amazonses.com (54.240.48.112) by\n EXCH-HUB02.contoso-cloud.local'
                       ' (10.20.4.12) with Microsoft SMTP Server id 15.1.2507.39; %s' % rfcdate(when + dt.timedelta(seconds=8)))]
    body = alt(text, simple_html(text), 'utf-8', 'quoted-printable')
    write('016-onprem-no-ar-retain-close-confirmed.eml',
          L('merge_confirmation_requested', CASE_W, ['AWS03018875', 'AWS08264410'], None),
          tr, ses_sender_headers(when), core(AWS_FORM, WEI[1], 'RE:[CASE %s] %s' % (CASE_W, FORM_SUBJ), when),
          body, ses_trailer(when))


CASE_Y = '7025518843'                  # Hiroshi, console 2020


@mail
def m017():
    when = T(2025, 3, 13, 20, 18, 40)
    tr, sh, trl = genuine_aws('gmail', PRIYA[1], when)
    agent = """Hi Priya

checked both profiles. plan is: AWS04417822 (the one w/ your old work email)
gets folded into AWS10938475, so AWS10938475 is the one you keep [...]"""
    her = "yes go ahead, ids are right. thank you!\n\nPriya\n\n" + gmail_quote(
        T(2025, 3, 12, 15, 3), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', agent)
    text = """Hi Priya,

all done on our side - AWS04417822's history now sits on AWS10938475 and
the old login is switched off. give Credly a day or two to catch up.

if anything looks off when you sign in to your certification account just
reply here.

Ravi
AWS Training & Certification

""" + gmail_quote(T(2025, 3, 12, 22, 40), PRIYA[0], PRIYA[1], her)
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('017-terse-all-done-old-login-off.eml',
          L('merge_completed', CASE_A, ['AWS04417822', 'AWS10938475'], True),
          tr, sh, core(AWS_FORM, PRIYA[1], 'RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ), when), body, trl)


@mail
def m018():
    when = T(2020, 2, 7, 16, 2, 5)
    tr, sh, trl = genuine_aws('outlook', DANIEL[1], when)
    text = """Dear Mr Okafor,

We write to inform you that, pursuant to your authorisation received on
5 February 2020, the consolidation of the candidate records referenced in our
previous correspondence has been effected.

With effect from the date of this notice:
  - candidate records AWS00981276 and AWS09120455 have been permanently
    deactivated and may no longer be used to access the certification portal;
  - all examination history, certifications and associated entitlements
    formerly attached to those records have been transferred to AWS03345018,
    which now constitutes your sole candidate record.

You are advised to sign in to the certification portal and satisfy yourself
that the transferred information is accurate and complete. Any discrepancy
should be notified to us, in reply to this message, within thirty (30) days.

Yours faithfully,

Eleanor Whitfield
Certification Operations
Amazon Web Services

""" + original_message('Daniel Okafor <daniel.okafor@northwind-analytics.com>', T(2020, 2, 5, 13, 12),
                       'Amazon Web Services', 'RE: [CASE %s] Acknowledgement of your enquiry' % CASE_D,
                       """I authorise the consolidation as described.

Regards,
Daniel Okafor
Lead Data Engineer | Northwind Analytics
""")
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('018-formal-consolidation-effected.eml',
          L('merge_completed', CASE_D, ['AWS00981276', 'AWS03345018', 'AWS09120455'], True),
          tr, sh, core(AWS_FORM, DANIEL[1], 'RE:[CASE %s] Acknowledgement of your enquiry' % CASE_D, when), body, trl)


@mail
def m019():
    when = T(2025, 7, 3, 6, 2, 33)
    tr, sh, trl = genuine_aws('gmail', LAN[1], when)
    text = """Dear Lan,

We are pleased to informed that your profile AWS-06120934 has been succesfully combine with AWS-12877301 and now all your certification is showing in AWS-12877301, you can login with lan.nguyen.aws@gmail.com and check, the other profile is deactivated now, for the Credly badge it may take 3-5 business day to reflect, if you not receive please let us know.

Thanks and Regards
Sneha K
AWS Training and Certification
"""
    body = leaf(text, 'plain', 'utf-8', 'base64')
    write('019-runon-succesfully-combine.eml',
          L('merge_completed', CASE_L, ['AWS06120934', 'AWS12877301'], True),
          tr, sh, core(AWS_FORM, LAN[1], 'RE: [CASE %s] %s' % (CASE_L, FORM_SUBJ), when), body, trl)


@mail
def m020():
    when = T(2025, 5, 30, 4, 11, 58)
    tr, sh, trl = genuine_aws('jp', KENTA[1], when, authserv='mx-in.nifty.com')
    agent = """移行元(今後ご利用いただけなくなるアカウント): AWS05530911
移行先(引き続きご利用いただくアカウント): AWS11203387"""
    his = "山本様\n\nご確認ありがとうございます。内容に相違ございません。\nお手続きをお願いいたします。\n\n田中\n\n" + \
        ja_quote(T(2025, 5, 29, 10, 30, tz=JST), '山本', 'aws-cs-trainingcertification-form@amazon.com', agent)
    text = """田中 健太 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
山本でございます。

ご依頼いただいておりました、アカウント AWS05530911 の認定資格および
受験履歴を AWS11203387 へ移行する手続きが、本日完了いたしました。
今後は AWS11203387 にてサインインしていただけますようお願いいたします。
なお、Credly のバッジへの反映には数日かかる場合がございます。

ご不明な点がございましたら、本メールにご返信くださいませ。

山本
アマゾン ウェブ サービス トレーニングと認定

""" + ja_quote(T(2025, 5, 29, 12, 15, tz=JST), KENTA[0], KENTA[1], his)
    body = leaf(text, 'plain', 'Shift_JIS', '8bit', codec='shift_jis')
    subj = enc_subject('RE:[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % CASE_C, 'iso-2022-jp', 70)
    write('020-ja-sjis-iko-kanryo.eml',
          L('merge_completed', CASE_C, ['AWS05530911', 'AWS11203387'], True, 'ja'),
          tr, sh, core(AWS_FORM, addr(KENTA), subj, when), body, trl)


@mail
def m021():
    when = T(2023, 10, 19, 9, 5, 44)
    ptr, ip = SES_IPS[0]
    ef = envfrom_ses(when)
    tr = yahoo_transport(AISHA[1], when, ptr, ip, ef, [('amazon.com', 'rte02', 'pass'),
                                                       ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', 'pass')])
    text = """Hello Aisha,

I'm happy to let you know your request has been taken care of. The records
AWS02298817 and AWS05003361 were brought together under AWS10447726, which is
now the only candidate ID you need. Your exam history and both active
certifications show there, and the benefits attached to them came along too.

We value your feedback. Please share your experience by rating this
correspondence using the AWS Support Center link at the end of this
correspondence.

Best regards,
Omar
Amazon Web Services
===================================================

To see or respond to this case, log in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To respond to this case, please follow the link above.
===================================================
""" % CASE_H
    body = alt(text, aws_html(text), 'utf-8', 'base64')
    write('021-taken-care-of-with-rating-footer.eml',
          L('merge_completed', CASE_H, ['AWS02298817', 'AWS05003361', 'AWS10447726'], True),
          tr, ses_sender_headers(when), core(AWS_NOREPLY, AISHA[1],
                                             'RE:[CASE %s] Certification: 3 candidate IDs, need one' % CASE_H, when),
          body, ses_trailer(when))


@mail
def m022():
    when = T(2025, 7, 4, 13, 26, 0)
    dom = 'awscertification-notices.com'
    tr = gmail_transport(LAN[1], when, 'o12.email.%s' % dom, '149.72.31.204', 'bounces+2291@em.%s' % dom,
                         [(dom, 's1', 'pass')], dmarc='pass', from_dom=dom, dmarc_pol='p=NONE sp=NONE dis=NONE')
    text = """Your certification profiles are now unified

Hi Lan,

Following the recent update to your candidate profile AWS12877301, all of
your certification records are now held in a single profile. No further
action is needed for the profile itself.

As a thank-you for keeping your records up to date, a 50%% exam voucher has
been reserved for you. Claim it within 72 hours:

    https://%s/claim?u=AWS12877301

To activate the voucher you may be asked to re-enter your payment card
details.

AWS Training & Certification
""" % dom
    html = simple_html(text, 'Helvetica,Arial,sans-serif')
    body = alt(text, html, 'utf-8', 'quoted-printable')
    write('022-lookalike-unified-claim-voucher.eml',
          L('merge_completed', None, ['AWS12877301'], False),
          tr, [('DKIM-Signature', dkim_sig(dom, 's1', when))],
          core('"AWS Training & Certification" <no-reply@%s>' % dom, LAN[1],
               'Your AWS Certification profiles are now unified', when,
               '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_'), rng.randrange(1, 40))), body)


@mail
def m023():
    when = T(2022, 9, 8, 12, 31, 17)
    tr, sh, trl = genuine_aws('outlook', TOMASZ[1], when)
    text = """Hi Tomasz \u2014 that\u2019s sorted now.

Everything from AWS02876104 lives under AWS07719340 (your private one) as you
asked; the old login won\u2019t work anymore. Exams, certs and the benefits
(the 50%% voucher etc.) are all on AWS07719340 now.

Cheers,
Mateus
Amazon Web Services

To see or respond to this case, log in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % CASE_B
    # label says latin-1, bytes are UTF-8 (seen in the wild)
    body = alt(text, aws_html(text), 'iso-8859-1', 'quoted-printable', codec='utf-8')
    write('023-sorted-now-wrong-charset-label.eml',
          L('merge_completed', CASE_B, ['AWS02876104', 'AWS07719340'], True),
          tr, sh, core(AWS_NOREPLY, TOMASZ[1],
                       'RE:[CASE %s] Two certification profiles under my name (AWS02876104 / AWS07719340)' % CASE_B,
                       when), body, trl)


@mail
def m024():
    when = T(2020, 6, 23, 2, 47, 30)
    ptr, ip = SES_IPS[2]
    ef = envfrom_ses(when)
    tr = jp_transport('mail.biglobe.ne.jp', HIROSHI[1], when, ptr, ip, ef,
                      [('amazon.com', 'rte02', 'pass'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', 'pass')],
                      dmarc=None, mx_host='mx.biglobe.ne.jp')
    text = """Hello,

Thank you for your patience while our team looked into this, I have gone ahead and moved the certifications from AWS03390172 over to AWS12011458 and AWS12011458 now shows all 4 of your certifications, the older candidate ID has been retired so please use AWS12011458 from now on. If you have any other questions regarding this, please feel free to let me know.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Ken S.
Amazon Web Services
===================================================

To see or respond to this case, log in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
===================================================
""" % CASE_Y
    body = leaf(text, 'plain', 'UTF-8', 'quoted-printable', quote_cs=False)
    write('024-biglobe-moved-certs-dkim-only.eml',
          L('merge_completed', CASE_Y, ['AWS03390172', 'AWS12011458'], True),
          tr, ses_sender_headers(when), core(AWS_NOREPLY, HIROSHI[1],
                                             'RE:[CASE %s] Certification - two candidate IDs' % CASE_Y, when),
          body, ses_trailer(when))


OPEN_M = T(2025, 9, 2, 5, 30, 10)
CASE_M = c15(OPEN_M, '62418')          # Misaki (ja)


def survey_html(lead, case_id, q='Did we solve your problem?', yes='Yes', no='No',
                host='https://support-survey.aws.amazon.com/s'):
    base = '%s?c=%s&t=%s' % (host, case_id, rhex(32))
    return ('<html><body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n'
            '<p><b>%s</b></p>\n<table><tr><td style="background:#ff9900;padding:8px 18px">'
            '<a href="%s&a=1" style="color:#000;text-decoration:none">%s</a></td><td width="12"></td>'
            '<td style="background:#d5dbdb;padding:8px 18px"><a href="%s&a=0" style="color:#000;'
            'text-decoration:none">%s</a></td></tr></table>\n<p style="font-size:11px;color:#687078">'
            'Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>\n</body></html>\n'
            % (paras_html(lead), esc(q), base, esc(yes), base, esc(no)))


@mail
def m025():
    when = T(2025, 3, 13, 20, 19, 2)
    tr, sh, trl = genuine_aws('gmail', PRIYA[1], when)
    lead = """Hi Priya,

We're marking reference %s as finished on our end.

How did we do? One click below is all it takes - your answer goes straight
to the team that handled your request.

Still need something? Reply to this message within 14 days and we'll pick
it back up from where we left it.""" % CASE_A
    plain = lead + """

Did we solve your problem?
  Yes: https://feedback.aws.amazon.com/r?c=%s&a=1
  No:  https://feedback.aws.amazon.com/r?c=%s&a=0

AWS Training and Certification
""" % (CASE_A, CASE_A)
    body = alt(plain, survey_html(lead, CASE_A, host='https://feedback.aws.amazon.com/r'), 'utf-8', 'quoted-printable')
    write('025-marking-finished-one-click.eml', L('survey', CASE_A, [], True),
          tr, sh, core(AWS_FORM, PRIYA[1], '[CASE %s] How did we do?' % CASE_A, when), body, trl)


@mail
def m026():
    when = T(2022, 9, 10, 15, 0, 12)
    tr, sh, trl = genuine_aws('outlook', TOMASZ[1], when)
    text = """Got a minute?

Tell us how Mateus handled case %s. Pick a number, 1 = poor, 5 = great:

  1  https://support-survey.aws.amazon.com/r?c=%s&s=1
  2  https://support-survey.aws.amazon.com/r?c=%s&s=2
  3  https://support-survey.aws.amazon.com/r?c=%s&s=3
  4  https://support-survey.aws.amazon.com/r?c=%s&s=4
  5  https://support-survey.aws.amazon.com/r?c=%s&s=5

That's it. The link stays open for 7 days.

Amazon Web Services
You received this message because you recently contacted AWS Support.
""" % ((CASE_B,) * 6)
    body = alt(text, aws_html(text), 'us-ascii', '7bit')
    write('026-got-a-minute-pick-a-number.eml', L('survey', CASE_B, [], True),
          tr, sh, core(AWS_NOREPLY, TOMASZ[1], 'Case %s: how was your experience?' % CASE_B, when), body, trl)


@mail
def m027():
    when = T(2025, 8, 25, 7, 14, 50)
    tr, sh, trl = genuine_aws('gmail', MARISOL[1], when)
    lead = """Hello Marisol,

Case %s has been wrapped up.

Summary from your agent: your certification profiles were brought together
under AWS08812093 and nothing further is outstanding, so we have set this
request to inactive. If you reply within 14 days it reopens automatically.

Would you spare 30 seconds to rate the help you received?""" % CASE_E
    plain = lead + """

Was your issue resolved?
YES  https://support-survey.aws.amazon.com/s?c=%s&a=1
NO   https://support-survey.aws.amazon.com/s?c=%s&a=0

AWS Training and Certification
""" % (CASE_E, CASE_E)
    body = alt(plain, survey_html(lead, CASE_E, 'Was your issue resolved?', 'YES', 'NO'), 'utf-8', 'base64')
    write('027-wrapped-up-summary-mentions-result.eml', L('survey', CASE_E, ['AWS08812093'], True),
          tr, sh, core(AWS_FORM, MARISOL[1], '[CASE %s] Your request is now inactive' % CASE_E, when), body, trl)


@mail
def m028():
    when = T(2020, 2, 14, 0, 5, 1)
    tr, sh, trl = genuine_aws('outlook', DANIEL[1], when)
    text = """NOTICE OF CASE CLOSURE

Dear Mr Okafor,

Please be advised that case %s has been closed in accordance with our
case management procedures, no further correspondence having been received
within the prescribed period.

Should you consider that the matter has not been satisfactorily concluded,
you may request that the case be reopened by replying to this message within
fourteen (14) days of the date hereof, after which a new enquiry will be
required.

We would be grateful if you would indicate, by selecting one of the options
below, whether the assistance provided met your expectations. Your response
is entirely voluntary and will be processed in accordance with the AWS
Privacy Notice (https://aws.amazon.com/privacy/).

  Met my expectations:          https://support-survey.aws.amazon.com/s?c=%s&a=1
  Did not meet my expectations: https://support-survey.aws.amazon.com/s?c=%s&a=0

Certification Operations
Amazon Web Services, Inc.
""" % (CASE_D, CASE_D, CASE_D)
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('028-formal-notice-of-closure.eml', L('survey', CASE_D, [], True),
          tr, sh, core(AWS_FORM, DANIEL[1], '[CASE %s] Notice of case closure' % CASE_D, when), body, trl)


@mail
def m029():
    when = T(2025, 3, 16, 11, 41, 7)
    dom = 'aws-supportfeedback.com'
    fake = c15(T(2025, 3, 10, 8, 0, 0), '31544')
    tr = gmail_transport(PRIYA[1], when, 'mxa-04.mailer-relay.net', '198.61.254.17',
                         'bounce+7a1f2e@mg.mailer-relay.net', [('mg.mailer-relay.net', 'k1', 'pass')],
                         dmarc='fail', from_dom=dom, dmarc_pol='p=NONE sp=NONE dis=NONE')
    text = """Dear Customer,

Thank you for contacting AWS regarding the consolidation of your
certification accounts (reference %s).

We'd like to hear about your experience. Complete our 3-question
satisfaction survey and receive a USD 50 AWS Promotional Credit, applied
to your account within 24 hours.

    Start survey: https://%s/survey?ref=%s

You will be asked to sign in with your AWS account to receive the credit.
Offer valid for 48 hours.

AWS Customer Experience
""" % (fake, dom, fake)
    body = alt(text, simple_html(text, 'Arial,sans-serif'), 'utf-8', 'quoted-printable')
    write('029-lookalike-survey-promo-credit.eml', L('survey', fake, [], False),
          tr, [('DKIM-Signature', dkim_sig('mg.mailer-relay.net', 'k1', when))],
          core('"AWS Customer Experience" <feedback@%s>' % dom, PRIYA[1],
               'Rate your recent AWS support experience - $50 credit inside', when,
               '<%s.%s@mg.mailer-relay.net>' % (rhex(16), rhex(8))), body)


@mail
def m030():
    when = T(2025, 9, 6, 2, 0, 33)
    tr, sh, trl = genuine_aws('jp', MISAKI[1], when, authserv='mx.ocn.ne.jp')
    lead = """佐藤 美咲 様

先日はお問い合わせいただき、誠にありがとうございました。
お問い合わせ番号 %s につきましては、対応を終了させていただきました。

今後のサービス向上のため、今回の対応についてご意見をお聞かせいただけますと
幸いです。所要時間は 1 分ほどでございます。

引き続きサポートが必要な場合は、14 日以内に本メールへご返信ください。""" % CASE_M
    plain = lead + """

今回のお問い合わせは解決しましたか？
  はい: https://support-survey.aws.amazon.com/s?c=%s&a=1&l=ja
  いいえ: https://support-survey.aws.amazon.com/s?c=%s&a=0&l=ja

アマゾン ウェブ サービス トレーニングと認定
""" % (CASE_M, CASE_M)
    body = alt(plain, survey_html(lead, CASE_M, '今回のお問い合わせは解決しましたか？', 'はい', 'いいえ'),
               'utf-8', 'base64')
    subj = enc_subject('[CASE %s] アンケートご協力のお願い' % CASE_M, 'utf-8', 60)
    write('030-ja-goiken-onegai.eml', L('survey', CASE_M, [], True, 'ja'),
          tr, sh, core(AWS_FORM, addr(MISAKI), subj, when), body, trl)


@mail
def m031():
    when = T(2024, 11, 14, 9, 30, 0)
    text = """quick one - case %s is off our desk now.

did we sort it?  yes -> https://amazon.qualtrics.com/jfe/form/SV_3kTq8vYx?case=%s&r=1
                 no  -> https://amazon.qualtrics.com/jfe/form/SV_3kTq8vYx?case=%s&r=0

takes a sec. reply to this mail if you want it picked back up.

AWS T&C
""" % (CASE_R, CASE_R, CASE_R)
    tr = [('X-Archived-At', 'Thu, 14 Nov 2024 10:02:11 +0100'),
          ('Received', 'from a11-77.smtp-out.amazonses.com ([54.240.11.77]) by mail.costa-home.lan\n'
                       ' with esmtps id 1tBY3e-0004Kq-2n for <rafael.costa.cloud@gmail.com>; %s' % rfcdate(when))]
    body = leaf(text, 'plain', 'utf-8', 'quoted-printable')
    write('031-terse-off-our-desk-no-auth.eml', L('survey', CASE_R, [], None),
          tr, ses_sender_headers(when), core(AWS_FORM, RAFAEL[1], '[CASE %s] did we sort it?' % CASE_R, when),
          body, ses_trailer(when))


# ------------------------------------------------------------ Credly
def credly_hdrs(rcpt, when, provider, dom='credly.com', authserv=None, dmarc='pass', spf='pass'):
    ef = 'bounces+%d-%s-%s=%s@em.%s' % (rng.randrange(10**6, 10**7), rhex(4), rcpt.split('@')[0],
                                        rcpt.split('@')[1], dom)
    ptr, ip = 'o%d.em.%s' % (rng.randrange(1, 30), dom), '167.89.%d.%d' % (rng.randrange(1, 120), rng.randrange(1, 250))
    if provider == 'gmail':
        tr = gmail_transport(rcpt, when, ptr, ip, ef, [(dom, 's1', 'pass')], spf=spf, dmarc=dmarc, from_dom=dom,
                             dmarc_pol='p=REJECT sp=REJECT dis=NONE')
    elif provider == 'outlook':
        tr = outlook_transport(rcpt, when, ptr, ip, ef, dom, spf=spf, dmarc=dmarc, from_dom=dom)
    else:
        tr = jp_transport(authserv, rcpt, when, ptr, ip, ef, [(dom, 's1', 'pass')], spf=spf, dmarc=dmarc, from_dom=dom)
    return tr, [('DKIM-Signature', dkim_sig(dom, 's1', when, 'from:subject:mime-version:to:content-type:'
                                                             'list-unsubscribe:x-feedback-id'))]


def credly_html(lines, button, url, img='https://images.credly.com/size/340x340/images/%s/image.png'):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>\n<body style="margin:0;background:#f3f3f3">'
            '<table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
            '<tr><td style="padding:24px"><img src="https://cdn.credly.com/assets/email/logo.png" alt="Credly" width="100">'
            '</td></tr>\n<tr><td style="padding:0 24px"><img src="%s" width="120" alt="badge"></td></tr>\n'
            '<tr><td style="padding:12px 24px;font-size:15px;color:#333">%s</td></tr>\n'
            '<tr><td style="padding:12px 24px"><a href="%s" style="background:#0069ff;color:#fff;padding:12px 28px;'
            'border-radius:4px;text-decoration:none;font-weight:bold">%s</a></td></tr>\n'
            '<tr><td style="padding:24px;font-size:11px;color:#888">Credly, Inc. &middot; 1 Liberty Plaza, '
            'New York, NY 10006<br><a href="https://www.credly.com/notifications">Manage notifications</a>'
            '</td></tr></table></body></html>\n'
            % (img % ruuid(), paras_html(lines), url, esc(button)))


CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


@mail
def m032():
    when = T(2025, 3, 15, 4, 12, 9)
    tr, sh = credly_hdrs(PRIYA[1], when, 'gmail')
    url = 'https://www.credly.com/badges/%s/accept?user=%s' % (ruuid(), rhex(32))
    lines = """Hi Priya,

Amazon Web Services Training and Certification has sent you a digital
credential: AWS Certified Solutions Architect \u2013 Associate.

Claim it to show it on your Credly profile, share it on LinkedIn and add it to
your e-mail signature. It only takes a minute."""
    plain = lines + '\n\nClaim your badge: %s\n\nCredly, Inc. - 1 Liberty Plaza, New York, NY 10006\n' % url
    body = alt(plain, credly_html(lines, 'Claim your badge', url), 'utf-8', 'quoted-printable')
    subj = enc_subject('Priya, your AWS Certified Solutions Architect \u2013 Associate credential is waiting', 'utf-8', 64)
    write('032-credly-credential-waiting.eml', L('credly_badge_issued', None, [], True),
          tr, sh, core(CREDLY_FROM, PRIYA[1], subj, when, '<%s@credly.com>' % rhex(24),
                       extra=[('List-Unsubscribe', '<https://www.credly.com/unsubscribe/%s>' % rhex(32))]), body)


@mail
def m033():
    when = T(2025, 8, 27, 18, 30, 41)
    tr, sh = credly_hdrs(MARISOL[1], when, 'gmail')
    url = 'https://www.credly.com/earner/earned?ref=%s' % rhex(32)
    lines = """Hi Marisol,

Good news: your credentials are under one roof now. Following an update to your
AWS Certification record, these badges from Amazon Web Services Training and
Certification have been added to your Credly profile:

- AWS Certified Cloud Practitioner
- AWS Certified Solutions Architect \u2013 Associate
- AWS Certified Data Engineer \u2013 Associate

Review them and choose who can see them."""
    plain = lines + '\n\nReview my badges: %s\n\nCredly, Inc.\n' % url
    body = alt(plain, credly_html(lines, 'Review my badges', url), 'utf-8', 'base64')
    write('033-credly-badges-under-one-roof.eml', L('credly_badge_issued', None, [], True),
          tr, sh, core(CREDLY_FROM, MARISOL[1], '3 badges have been added to your Credly profile', when,
                       '<%s@credly.com>' % rhex(24)), body)


@mail
def m034():
    when = T(2020, 2, 10, 19, 55, 3)
    tr, sh = credly_hdrs(DANIEL[1], when, 'outlook', dom='youracclaim.com')
    url = 'https://www.youracclaim.com/badges/%s/accept' % ruuid()
    lines = """Daniel,

Congratulations! Amazon Web Services Training and Certification would like to
recognise your achievement with a badge:

AWS Certified Big Data \u2013 Specialty

Accept it to manage, share and verify your competency."""
    plain = lines + '\n\nAccept Badge: %s\n\nAcclaim is a Credly product.\n' % url
    body = alt(plain, credly_html(lines, 'Accept Badge', url), 'utf-8', 'quoted-printable')
    write('034-acclaim-older-sender-recognise.eml', L('credly_badge_issued', None, [], True),
          tr, sh, core('"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
                       DANIEL[1], enc_subject('Daniel, recognise your achievement: AWS Certified Big Data \u2013 Specialty', 'utf-8', 70),
                       when, '<%s@youracclaim.com>' % rhex(24)), body)


@mail
def m035():
    when = T(2024, 7, 14, 9, 3, 0)
    dom = 'credly-badges.net'
    tr = outlook_transport(WEI[1], when, 'mail.%s' % dom, '23.94.181.56', 'notify@%s' % dom, dom,
                           dmarc='pass', from_dom=dom, compauth='pass reason=100')
    url = 'https://%s/accept?id=%s' % (dom, rhex(32))
    lines = """Hi Wei,

Following the recent consolidation of your AWS Certification profiles, the
badges previously held on your old profile have been transferred to
AWS03018875 and are ready to accept.

To accept them, sign in with your AWS Certification username and password."""
    plain = lines + '\n\nAccept badges: %s\n' % url
    body = alt(plain, credly_html(lines, 'Accept badges', url), 'utf-8', 'quoted-printable')
    write('035-lookalike-credly-transferred-badges.eml', L('credly_badge_issued', None, ['AWS03018875'], False),
          tr, [('DKIM-Signature', dkim_sig(dom, 'default', when))],
          core('"Credly Notifications" <notify@%s>' % dom, WEI[1], 'Your transferred badges are ready', when,
               '<%s@%s>' % (rhex(20), dom)), body)


@mail
def m036():
    when = T(2023, 5, 2, 22, 10, 45)
    tr, sh = credly_hdrs(GRETA[1], when, 'outlook')
    url = 'https://www.credly.com/badges/%s/accept' % ruuid()
    lines = """Greta, a new credential is ready for you to claim.

Amazon Web Services Training and Certification: AWS Certified Developer \u2013 Associate

Once claimed, you can share it across your professional networks and let
employers verify it in a click."""
    body = leaf(credly_html(lines, 'Claim now', url), 'html', 'utf-8', 'base64')
    write('036-credly-html-only-claim-now.eml', L('credly_badge_issued', None, [], True),
          tr, sh, core(CREDLY_FROM, GRETA[1], 'A new credential is ready for you to claim', when,
                       '<%s@credly.com>' % rhex(24)), body)


@mail
def m037():
    when = T(2025, 9, 9, 1, 4, 27)
    tr, sh = credly_hdrs(MISAKI[1], when, 'jp', authserv='mx.ocn.ne.jp')
    url = 'https://www.credly.com/badges/%s/accept' % ruuid()
    lines = """Misaki,

Your renewed credential from Amazon Web Services Training and Certification is
ready: AWS Certified SysOps Administrator \u2013 Associate.

Add it to your profile so others can see your up-to-date skills."""
    plain = lines + '\n\nAdd to my profile: %s\n' % url
    body = alt(plain, credly_html(lines, 'Add to my profile', url), 'utf-8', 'quoted-printable')
    write('037-credly-renewed-credential-ocn.eml', L('credly_badge_issued', None, [], True),
          tr, sh, core(CREDLY_FROM, MISAKI[1], 'Misaki, your renewed credential is ready', when,
                       '<%s@credly.com>' % rhex(24)), body)


@mail
def m038():
    when = T(2024, 11, 6, 16, 9, 52)
    tr, sh, trl = genuine_aws('gmail', RAFAEL[1], when)
    text = """Rafael -

found 2 profiles on our side, AWS07301188 and aws 01592240. which one do
u want to keep? the other one gets folded into it.

also need the login email for each pls, the one on 01592240 looks like an
old university address.

thx
Dana
AWS T&C
"""
    body = alt(text, simple_html(text, 'Arial,sans-serif'), 'utf-8', 'quoted-printable')
    write('038-terse-which-one-to-keep.eml',
          L('support_reply', CASE_R, ['AWS01592240', 'AWS07301188'], True),
          tr, sh, core(AWS_FORM, RAFAEL[1], 'RE:[CASE %s] %s' % (CASE_R, FORM_SUBJ), when), body, trl)


@mail
def m039():
    when = T(2020, 6, 18, 5, 12, 40)
    ptr, ip = SES_IPS[0]
    ef = envfrom_ses(when)
    tr = jp_transport('mail.biglobe.ne.jp', HIROSHI[1], when, ptr, ip, ef,
                      [('amazon.com', 'rte02', 'pass'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', 'pass')],
                      dmarc='pass', mx_host='mx.biglobe.ne.jp')
    text = """Hello Hiroshi,

Thank you for contacting AWS Training and Certification, in order to proceed with your request we will need some more information from your side, could you please provide the email address which you are using to login in both the account and also the notification email address if it is different, and please also mention the reason for requesting to combine the account, as per our check the candidate ID AWS03390172 which you mentioned is registered with different name spelling so we need to verify first, once we receive the information we will check and update you further on this.

Regards,
Anil
Amazon Web Services

To see or respond to this case, log in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
""" % CASE_Y
    body = leaf(text, 'plain', 'utf-8', 'base64')
    write('039-runon-need-login-and-notification-emails.eml',
          L('support_reply', CASE_Y, ['AWS03390172'], True),
          tr, ses_sender_headers(when), core(AWS_NOREPLY, HIROSHI[1],
                                             'RE:[CASE %s] Certification - two candidate IDs' % CASE_Y, when),
          body, ses_trailer(when))


@mail
def m040():
    when = T(2023, 4, 21, 17, 40, 3)
    tr, sh, trl = genuine_aws('outlook', GRETA[1], when)
    text = """Hi Greta,

Quick update: your request is still with our certification operations team.
Nothing is needed from you right now - I'll write again as soon as there is
movement. Sorry for the wait.

Priyanka
Amazon Web Services

To see or respond to this case, log in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % CASE_G
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('040-still-with-ops-nothing-needed.eml', L('support_reply', CASE_G, [], True),
          tr, sh, core(AWS_NOREPLY, GRETA[1], 'RE:[CASE %s] Certification - duplicate candidate profiles' % CASE_G, when),
          body, trl)


@mail
def m041():
    when = T(2025, 7, 2, 3, 15, 29)
    tr, sh, trl = genuine_aws('gmail', LAN[1], when)
    agent = """Dear Candidate,

Greeting from AWS Training and Certification. As per your request we have checked and found there are two profile under your name, AWS-06120934 which is register with lan.nguyen@saigontech.vn and AWS-12877301 register with this gmail, and we are going to move all the certification and exam history of AWS-06120934 into AWS-12877301 [...]"""
    her = "Yes I accept, please go ahead.\nThank you\nLan\n\n" + gmail_quote(
        T(2025, 7, 1, 18, 20), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', agent)
    text = """Noted with thanks, Lan. We have passed it on to the team who handles this, you will hear from us once it is through.

Sneha K
AWS Training and Certification

""" + gmail_quote(T(2025, 7, 1, 22, 48), LAN[0], LAN[1], her)
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('041-noted-with-thanks-passed-on.eml', L('support_reply', CASE_L, [], True),
          tr, sh, core(AWS_FORM, LAN[1], 'RE: [CASE %s] %s' % (CASE_L, FORM_SUBJ), when), body, trl)


@mail
def m042():
    when = T(2024, 11, 11, 13, 2, 18)
    tr, sh, trl = genuine_aws('gmail', RAFAEL[1], when)
    text = """Hi again Rafael,

following up on my note from the 6th - we still need to know which profile
stays before we can do anything. if we don't hear back in 5 days this will
auto-close, but you can always reopen by replying here.

Dana
AWS T&C

""" + gmail_quote(T(2024, 11, 6, 16, 9), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
                  """Rafael -

found 2 profiles on our side, AWS07301188 and aws 01592240. which one do
u want to keep? the other one gets folded into it.""")
    body = alt(text, simple_html(text, 'Arial,sans-serif'), 'utf-8', 'quoted-printable')
    write('042-chaser-auto-close-in-5-days.eml', L('support_reply', CASE_R, [], True),
          tr, sh, core(AWS_FORM, RAFAEL[1], 'RE:[CASE %s] %s' % (CASE_R, FORM_SUBJ), when), body, trl)


@mail
def m043():
    when = T(2025, 3, 14, 8, 26, 55)
    tr, sh, trl = genuine_aws('gmail', PRIYA[1], when)
    text = """Hi Priya,

re your question about the 50% discount: it's under Benefits in your
certification account (AWS10938475), it shows up once the exam history has
synced which can take up to 48h. it's single use and expires together with
the certification it came from, so use it before then. can't extend it
unfortunately.

Ravi
AWS Training & Certification

""" + gmail_quote(T(2025, 3, 13, 23, 5), PRIYA[0], PRIYA[1],
                  """Thanks Ravi! One more thing - I had a 50% voucher on the old account,
where do I find it now?""")
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('043-voucher-question-on-same-case.eml', L('support_reply', CASE_A, ['AWS10938475'], True),
          tr, sh, core(AWS_FORM, PRIYA[1], 'RE:[CASE %s] %s' % (CASE_A, FORM_SUBJ), when), body, trl)


@mail
def m044():
    when = T(2023, 4, 20, 11, 31, 8)
    tr, sh, trl = genuine_aws('outlook', GRETA[1], when)
    text = """Hello,

There's a new reply on your support case %s.

Sign in to the AWS Support Center to read it and respond:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please don't reply to this e-mail; replies to this address aren't monitored.

Amazon Web Services
""" % (CASE_G, CASE_G)
    body = alt(text, aws_html(text), 'utf-8', '7bit')
    write('044-console-new-reply-notice.eml', L('support_reply', CASE_G, [], True),
          tr, sh, core(AWS_NOREPLY, GRETA[1], '[Case %s] New reply from AWS Support' % CASE_G, when), body, trl)


@mail
def m045():
    when = T(2024, 7, 9, 13, 58, 30)
    tr, sh, trl = genuine_aws('outlook', WEI[1], when)
    text = """Dear Mr Zhang,

We acknowledge receipt of your correspondence of 9 July 2024.

Owing to our obligations under applicable data protection legislation,
including the UK General Data Protection Regulation, we are unable to
disclose or act upon information relating to a candidate record unless the
request can be shown to originate from the holder of that record.

Accordingly, we should be grateful if you would:
  (i)  state the e-mail address registered to each candidate record to which
       your request relates; and
  (ii) confirm, in respect of record AWS08264410, that you remain able to
       access the e-mail address registered to it.

Pending receipt of the above, no action will be taken in respect of either
record. We apologise for any inconvenience this may cause.

Yours sincerely,

Chen Mei
AWS Training and Certification
"""
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('045-formal-data-protection-verify-holder.eml', L('support_reply', CASE_W, ['AWS08264410'], True),
          tr, sh, core(AWS_FORM, WEI[1], 'RE:[CASE %s] %s' % (CASE_W, FORM_SUBJ), when), body, trl)


@mail
def m046():
    when = T(2025, 9, 3, 1, 45, 12)
    tr, sh, trl = genuine_aws('jp', MISAKI[1], when, authserv='mx.ocn.ne.jp')
    text = """佐藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
担当の小林でございます。

ご依頼の件を進めるにあたり、お手数をおかけいたしますが、以下の情報を
ご教示いただけますでしょうか。

  1. ご記載いただいた受験者 ID AWS07764120 以外のアカウントの受験者 ID
     (お分かりになる場合)
  2. 各アカウントへのサインインにご利用のメールアドレス
  3. 今後継続してご利用を希望されるアカウント

上記をご返信いただき次第、確認を進めさせていただきます。
ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。

小林
アマゾン ウェブ サービス トレーニングと認定
"""
    body = leaf(text, 'plain', 'iso-2022-jp', '7bit')
    subj = enc_subject('RE:[CASE %s] 受験者アカウントについてのご相談' % CASE_M, 'iso-2022-jp', 60)
    write('046-ja-keigo-joho-goshimei.eml', L('support_reply', CASE_M, ['AWS07764120'], True, 'ja'),
          tr, sh, core(AWS_FORM, addr(MISAKI), subj, when), body, trl)


@mail
def m047():
    when = T(2023, 10, 18, 2, 33, 0)
    dom = 'amazon-certsupport.com'
    fake = '13982204417'
    tr = yahoo_transport(AISHA[1], when, 'mta1.%s' % dom, '193.29.13.144', 'support@%s' % dom,
                         [(dom, 'mail', 'pass')], dmarc='pass', from_dom=dom, dmarc_pol='p=NONE')
    text = """Dear Aisha Bello,

Case ID: %s

Regarding your request to combine candidate accounts AWS02298817 and
AWS05003361, our verification team requires the following before the request
can be processed:

 1. The current password of each candidate account
 2. The last 4 digits and expiry date of the card used to pay for your exams

Please reply to this e-mail with the requested information within 24 hours.
Incomplete requests will be rejected.

Best regards,
AWS Certification Verification Team
""" % fake
    body = alt(text, simple_html(text), 'utf-8', 'quoted-printable')
    write('047-lookalike-asks-passwords-and-card.eml',
          L('support_reply', fake, ['AWS02298817', 'AWS05003361'], False),
          tr, [('DKIM-Signature', dkim_sig(dom, 'mail', when))],
          core('"Amazon Web Services" <support@%s>' % dom, AISHA[1],
               'RE: [CASE %s] Verification required' % fake, when, '<%s@%s>' % (rhex(18), dom)), body)


@mail
def m048():
    when = T(2025, 9, 1, 10, 7, 21)
    tr, sh, trl = genuine_aws('gmail', MARISOL[1], when)
    text = """Hi Marisol,

I had a look: your badges are still sitting on the Credly account tied to
your old work address. We've asked Credly to move them over to
marisol.vega88@gmail.com. That's a separate step on their side and normally
takes 3-5 business days; Credly will e-mail you when they show up. Nothing
for you to do in the meantime.

Joseph
AWS Training and Certification

""" + gmail_quote(T(2025, 8, 30, 19, 44), MARISOL[0], MARISOL[1],
                  """Hi, everything looks fine in my certification account but Credly still shows
only 1 badge, the others are missing. Can you check? Marisol""")
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('048-credly-still-on-old-account-asked-them.eml', L('support_reply', CASE_E, [], True),
          tr, sh, core(AWS_FORM, MARISOL[1], 'RE:[CASE %s] %s' % (CASE_E, FORM_SUBJ), when), body, trl)


@mail
def m049():
    when = T(2024, 7, 11, 7, 22, 49)
    # inbound gateway appended a disclaimer -> DKIM body hash broken, DMARC fails at the top
    ptr, ip = SES_IPS[1]
    tr = outlook_transport(WEI[1], when, 'eu-smtp-inbound-1.mimecast.com', '195.130.217.83', envfrom_ses(when),
                           'amazon.com', spf='fail', dkim='fail', dmarc='fail', compauth='fail reason=000')
    tr.insert(5, ('Received', 'from %s (%s [%s]) by eu-smtp-inbound-1.mimecast.com with ESMTP id\n'
                              ' mc-%s-1; %s' % (ptr, ptr, ip, rb64(22).replace('/', 'x'), rfcdate(when))))
    sh, trl = ses_sender_headers(when), ses_trailer(when)
    prev_agent = """Hello Wei,

Thank you for your reply with the information. I have verified, kindly see below:

Account to be retain : AWS03018875
Account to be close : AWS08264410

All certificates from AWS08264410 will transfer to AWS03018875. Please to note this request is not reversible after processed. Kindly reply "Confirmed" for proceed."""
    wei = "Confirmed.\n\nWei Zhang\nCloud Platform Lead | Contoso Cloud Ltd\n\n" + outlook_quote(
        'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', T(2024, 7, 10, 9, 41),
        'Wei Zhang <wei.zhang@contoso-cloud.co.uk>', 'RE:[CASE %s] %s' % (CASE_W, FORM_SUBJ), prev_agent)
    text = """Hi Wei,

Received, thanks. It has been lined up with our operations team and should go through within 3 business days. We will drop you a line once it is finished.

Best Regards,
Chen Mei
AWS Training and Certification

""" + outlook_quote('Wei Zhang <wei.zhang@contoso-cloud.co.uk>', T(2024, 7, 10, 10, 2),
                    'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                    'RE:[CASE %s] %s' % (CASE_W, FORM_SUBJ), wei)
    body = alt(text, simple_html(text), 'utf-8', 'quoted-printable')
    text += '\n-- \nThis e-mail has been scanned for viruses by Mimecast. External sender: take care with links.\n'
    write('049-lined-up-within-3-days-quoted-request.eml', L('support_reply', CASE_W, [], False),
          tr, sh, core(AWS_FORM, WEI[1], 'RE:[CASE %s] %s' % (CASE_W, FORM_SUBJ), when), body, trl)


def third_party_gmail(rcpt, when, dom, ptr, ip, envfrom, sel='s1', dmarc='pass', pol='p=REJECT sp=REJECT dis=NONE'):
    tr = gmail_transport(rcpt, when, ptr, ip, envfrom, [(dom, sel, 'pass')], dmarc=dmarc, from_dom=dom,
                         dmarc_pol=pol)
    return tr, [('DKIM-Signature', dkim_sig(dom, sel, when))]


@mail
def m050():
    when = T(2025, 4, 2, 19, 3, 38)
    tr, sh, trl = genuine_aws('gmail', RAFAEL[1], when)
    text = """Hello,

We reviewed your case. The listing for ASIN B0C7XK2QPL was suppressed because
the main image has a non-white background. Please upload a compliant image in
Manage Inventory > Edit > Images; the listing should reappear within 24 hours
after that.

Thank you for your patience.

Regards,
Vikram
Selling Partner Support

Was this e-mail helpful?  Yes | No
To respond, go to Case Log in Seller Central: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=6031178842
"""
    body = alt(text, simple_html(text, 'Arial,sans-serif'), 'utf-8', 'quoted-printable')
    write('050-seller-central-case-listing-suppressed.eml', L('unrelated', '6031178842', [], True),
          tr, sh, core('"Selling Partner Support" <seller-support-noreply@amazon.com>', RAFAEL[1],
                       'RE:[CASE 6031178842] Listing suppressed - ASIN B0C7XK2QPL', when), body, trl)


@mail
def m051():
    when = T(2025, 4, 8, 15, 44, 2)
    case_bill = c15(T(2025, 4, 7, 21, 10, 40), '55702')
    tr, sh, trl = genuine_aws('gmail', PRIYA[1], when)
    text = """Hi Priya,

I've looked at the March invoice for account 4417-8220-1963. The extra
USD 37.12 came from a NAT gateway left running in eu-west-1 after your lab
ended. As a one-time courtesy I've applied a credit for that amount; it will
show on the April bill. To avoid a repeat, a budget alert is a good idea.

Best regards,
Hannah
Amazon Web Services

To see or respond to this case, log in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % case_bill
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('051-billing-case-nat-gateway-credit.eml', L('unrelated', case_bill, [], True),
          tr, sh, core(AWS_NOREPLY, PRIYA[1], 'RE:[CASE %s] Unexpected charges on March invoice' % case_bill, when),
          body, trl)


@mail
def m052():
    when = T(2025, 7, 15, 9, 0, 51)
    case_q = c15(when - dt.timedelta(seconds=40), '23871')
    tr, sh, trl = genuine_aws('gmail', LAN[1], when)
    text = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: Asia Pacific (Singapore)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 64

Use case description: Load test for a customer workshop next week.

To see or respond to this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services
""" % (case_q, case_q, case_q)
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('052-quota-increase-case-opened.eml', L('unrelated', case_q, [], True),
          tr, sh, core(AWS_NOREPLY, LAN[1], 'Amazon Web Services: You have opened a new Support case: %s' % case_q,
                       when), body, trl)


@mail
def m053():
    when = T(2025, 8, 26, 14, 20, 0)
    tr, sh = credly_hdrs(MARISOL[1], when, 'gmail')
    code = '482913'
    url = 'https://www.credly.com/account/merge/complete?token=%s' % rhex(32)
    lines = """Hi Marisol,

You asked to combine the Credly account m.vega@brightlane-consulting.com with
this one. Enter this code on the merge screen to continue:

%s

Or select Complete Account Merge below. The code expires in 30 minutes. If
you didn't ask for this, you can ignore this e-mail.""" % code
    plain = lines + '\n\nComplete Account Merge: %s\n' % url
    body = alt(plain, credly_html(lines, 'Complete Account Merge', url), 'utf-8', 'quoted-printable')
    write('053-credly-self-service-merge-code.eml', L('unrelated', None, [], True),
          tr, sh, core('"Credly" <admin@credly.com>', MARISOL[1], 'Your Credly account merge code', when,
                       '<%s@credly.com>' % rhex(24)), body)


@mail
def m054():
    when = T(2025, 10, 1, 13, 5, 12)
    tr, sh = credly_hdrs(GRETA[1], when, 'outlook')
    url = 'https://www.credly.com/badges/%s' % ruuid()
    lines = """Hi Greta,

Your AWS Certified Developer \u2013 Associate badge from Amazon Web Services
Training and Certification expires in 90 days (30 December 2025).

To keep it active, check the recertification options offered by the issuer."""
    plain = lines + '\n\nView badge: %s\n' % url
    body = alt(plain, credly_html(lines, 'View badge', url), 'utf-8', 'base64')
    write('054-credly-badge-expires-in-90-days.eml', L('unrelated', None, [], True),
          tr, sh, core(CREDLY_FROM, GRETA[1], 'Your badge expires in 90 days', when, '<%s@credly.com>' % rhex(24)), body)


@mail
def m055():
    when = T(2025, 3, 20, 16, 0, 7)
    dom = 'certmetrics.com'
    tr, sh = third_party_gmail(PRIYA[1], when, dom, 'o1.ptr%d.certmetrics.com' % rng.randrange(1000, 9999),
                               '149.72.%d.%d' % (rng.randrange(1, 200), rng.randrange(1, 250)),
                               'bounces+551203-8a1c@em.certmetrics.com', pol='p=NONE sp=NONE dis=NONE')
    text = """AWS Certification wants to hear from you

Hello Priya Raman,
AWS Candidate ID: AWS10938475

You recently contacted us or took an action in your AWS Certification
account. Please take 5 minutes to tell us about your experience with the
AWS Certification program:

https://survey.certmetrics.com/aws/s/%s

Thank you,
AWS Certification

This message was sent by CertMetrics on behalf of AWS Training and
Certification. Please do not reply.
""" % rhex(32)
    body = alt(text, simple_html(text, 'Arial,sans-serif'), 'utf-8', 'quoted-printable')
    write('055-certmetrics-wants-to-hear.eml', L('unrelated', None, ['AWS10938475'], False),
          tr, sh, core('"AWS Certification" <do-not-reply@certmetrics.com>', PRIYA[1],
                       'AWS Certification wants to hear from you', when, '<%s@certmetrics.com>' % rhex(22)), body)


@mail
def m056():
    when = T(2025, 7, 20, 4, 31, 44)
    dom = 'pearson.com'
    tr, sh = third_party_gmail(LAN[1], when, dom, 'mx0a-00297e02.pphosted.com', '148.163.150.21',
                               'pearsonvuecustomerservice@pearson.com', sel='selector1')
    text = """Dear Nguyen Thi Lan,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Saturday, 9 August 2025
Time: 09:00 AM Indochina Time
Delivery: OnVUE online proctored
Candidate ID: AWS12877301
Registration ID: 498110273

Check in 30 minutes before your appointment. You may reschedule or cancel up
to 24 hours before the appointment without a fee.

Pearson VUE
"""
    body = alt(text, simple_html(text, 'Arial,sans-serif'), 'utf-8', 'quoted-printable')
    write('056-pearson-vue-appointment.eml', L('unrelated', None, ['AWS12877301'], False),
          tr, sh, core('"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', LAN[1],
                       'Pearson VUE Confirmation of Booking', when, '<%s@pearson.com>' % rhex(20)), body)


@mail
def m057():
    when = T(2025, 6, 28, 12, 2, 9)
    tr, sh, trl = genuine_aws('gmail', MARISOL[1], when, from_dom='signin.aws')
    text = """Verify your AWS Builder ID email address

Hello,

To finish signing up for an AWS Builder ID, enter this verification code:

583021

This code expires 10 minutes after it was sent. If you didn't try to create an
AWS Builder ID, you can ignore this e-mail.

Amazon Web Services
"""
    body = alt(text, aws_html(text), 'utf-8', 'quoted-printable')
    write('057-builder-id-verification-code.eml', L('unrelated', None, [], True),
          tr, sh, core('"AWS" <no-reply@signin.aws>', MARISOL[1], 'Verify your AWS Builder ID email address', when),
          body, trl)


@mail
def m058():
    when = T(2025, 3, 18, 10, 12, 45)
    dom = 'github.com'
    tr, sh = third_party_gmail(PRIYA[1], when, dom, 'out-21.smtp.github.com', '192.30.252.204',
                               'noreply@github.com', sel='pf2023')
    text = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tessaract-labs/infra-modules/pull/412#event-%d
You are receiving this because you authored the thread.
""" % rng.randrange(10**10, 10**11)
    html = simple_html(text, '-apple-system,Segoe UI,Helvetica,Arial,sans-serif')
    body = alt(text, html, 'UTF-8', '7bit')
    write('058-github-merged-pr.eml', L('unrelated', None, [], False),
          tr, sh, core('"Tomasz K." <notifications@github.com>', '"tessaract-labs/infra-modules" <infra-modules@noreply.github.com>',
                       'Re: [tessaract-labs/infra-modules] Consolidate account modules into one (PR #412)', when,
                       '<tessaract-labs/infra-modules/pull/412/issue_event/%d@github.com>' % rng.randrange(10**10, 10**11),
                       extra=[('Cc', PRIYA[1]), ('X-GitHub-Reason', 'author'),
                              ('List-ID', 'tessaract-labs/infra-modules <infra-modules.tessaract-labs.github.com>')]),
          body)


@mail
def m059():
    when = T(2022, 9, 21, 3, 50, 33)
    dom = 'aws-billing-alerts.com'
    tr = outlook_transport(TOMASZ[1], when, 'srv1.%s' % dom, '80.66.88.201', 'alerts@%s' % dom, 'none',
                           dkim='none', dmarc='none', from_dom=dom, compauth='fail reason=001')
    text = """Your AWS account has been suspended

Dear Customer,

We were unable to process the payment for your latest AWS invoice. As a
result, access to your AWS account and all running resources has been
suspended.

To restore access and avoid permanent deletion of your data, update your
payment information within 24 hours:

https://%s/billing/restore

Amazon Web Services Billing
""" % dom
    body = leaf(simple_html(text, 'Arial,sans-serif'), 'html', 'utf-8', 'base64')
    write('059-lookalike-billing-suspended.eml', L('unrelated', None, [], False),
          tr, [], core('"AWS Billing" <alerts@%s>' % dom, TOMASZ[1], 'Urgent: your AWS account has been suspended',
                       when, '<%s@%s>' % (rhex(16), dom)), body)


@mail
def m060():
    when = T(2025, 9, 10, 17, 0, 4)
    tr, sh, trl = genuine_aws('jp', HIROSHI[1], when, authserv='mail.biglobe.ne.jp')
    text = """AWS Training and Certification - September update

New this month
- AWS Certified Generative AI Developer - Professional: beta registration open
- Free digital course: Bringing your learning into one place with AWS Skill Builder
- Exam prep webinars in Japanese and English

Already certified? Combine your exam vouchers with AWS Skill Builder
subscriptions for extra savings.

Manage your subscriptions: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""
    body = alt(text, aws_html(text, 'AWS Training and Certification'), 'utf-8', 'quoted-printable')
    write('060-newsletter-september-update.eml', L('unrelated', None, [], True),
          tr, sh, core('"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>', HIROSHI[1],
                       'What is new in AWS Training and Certification this month', when,
                       extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?e=%s>' % rhex(32))]),
          body, trl)

# ==== END MAILS


if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fp:
        json.dump(dict(sorted(LABELS.items())), fp, indent=2, ensure_ascii=False)
    print('wrote %d mails' % len(LABELS))
