#!/usr/bin/env python3
"""Generator for blind set 113: AWS Certification account-merge mail,
emphasis on the confirmation request and its look-alikes."""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
import random
import re
import sys
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(113113)
MAILS = []   # (fname, bytes, label)

ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)

# ---------------------------------------------------------------- helpers

def D(s):
    """'2025-05-28 08:02:11 -0700' -> aware datetime"""
    return _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S %z')


def case15(opened):
    return '%d%05d' % (int(opened.timestamp()), RNG.randrange(0, 99999))


def hexs(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def b64s(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(RNG.choice(a) for _ in range(n))


def ses_mid(dt):
    ms = int(dt.timestamp() * 1000) - RNG.randrange(500, 4000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def ses_mailfrom(dt):
    ms = int(dt.timestamp() * 1000) - RNG.randrange(500, 4000)
    return '0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com' % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def ids_in(text):
    return sorted({'AWS' + m.group(1) for m in ID_RE.finditer(text or '')})


def enc_subject(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode(linesep='\n')


def addr(name, address, charset='utf-8'):
    if not name:
        return address
    try:
        name.encode('ascii')
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def tpart(text, sub='plain', cs='utf-8', cte='qp', label=None, codec=None):
    """Text part with explicit charset/CTE control. label = charset written
    in the header (may be wrong on purpose), codec = how bytes are made."""
    codec = codec or cs
    raw = text.encode(codec)
    p = MIMENonMultipart('text', sub)
    del p['MIME-Version']
    p.set_param('charset', label or cs)
    if cte == 'qp':
        payload = quopri.encodestring(raw).decode('ascii')
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    elif cte == 'b64':
        payload = base64.encodebytes(raw).decode('ascii')
        p['Content-Transfer-Encoding'] = 'base64'
    elif cte == '7bit':
        payload = raw.decode('ascii')
        p['Content-Transfer-Encoding'] = '7bit'
    else:
        payload = raw.decode('ascii', 'surrogateescape')
        p['Content-Transfer-Encoding'] = '8bit'
    if not payload.endswith('\n'):
        payload += '\n'
    p.set_payload(payload)
    return p


def alt(*parts, sub='alternative'):
    m = MIMEMultipart(sub)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_of(new, quoted='', style='aws', quote_intro=''):
    def paras(t):
        out = []
        for block in t.strip('\n').split('\n\n'):
            out.append('<p>' + '<br>\n'.join(esc(l) for l in block.split('\n')) + '</p>')
        return '\n'.join(out)
    body = paras(new)
    if quoted:
        q = paras(quoted)
        if style == 'gmail':
            body += ('\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                     'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n'
                     '</blockquote></div>' % (esc(quote_intro), q))
        elif style == 'outlook':
            body += ('\n<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                     '<div id="divRplyFwdMsg" dir="ltr">%s</div>\n<div>%s</div>' % (
                         '<br>\n'.join(esc(l) for l in quote_intro.split('\n')), q))
        else:
            body += '\n<hr>\n<div style="color:#555555">%s</div>' % q
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            + body + '\n</body></html>\n')


def gmail_quote(text, intro):
    lines = [intro, ''] if False else [intro]
    for l in text.rstrip('\n').split('\n'):
        lines.append('>' if not l else '> ' + l)
    return '\n'.join(lines) + '\n'


def gt_quote(text):
    return '\n'.join('>' if not l else '> ' + l for l in text.rstrip('\n').split('\n')) + '\n'


def outlook_block(frm, sent, to, subject, text, cc=None):
    h = ['________________________________', 'From: ' + frm, 'Sent: ' + sent, 'To: ' + to]
    if cc:
        h.append('Cc: ' + cc)
    h.append('Subject: ' + subject)
    return '\n'.join(h) + '\n\n' + text


# -------------------------------------------------------- transport/auth

AWS_IPS = ['54.240.8.31', '54.240.9.84', '54.240.11.116', '54.240.48.92',
           '54.240.13.49', '23.251.234.7', '54.240.27.201']


def dkim(d, s, dt, hdrs='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID'):
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s=' % (
                s, d, int(dt.timestamp()), hdrs, b64s(43), b64s(70), b64s(30)))


SELECTORS = {'amazon.com': 'rqdhhbamjdgtr6xjdf3zm2xqn2k4jrxk', 'amazonses.com': '224i4yxa5dv7c2xz3womw6peuasteono',
             'credly.com': 's1', 'github.com': 'pf2023', 'gmail.com': '20230601', 'certmetrics.com': 'k1',
             'pearson.com': 'selector1'}


def sel_for(d):
    return SELECTORS.get(d, 'default')


def env(provider, to, dt, mailfrom, ip, helo, from_dom, dkim_doms=(), dmarc='pass',
        spf='pass', dkim_res='pass', extra_ar=None, p='QUARANTINE'):
    """Return list of raw header strings for the receiving side + signatures.
    dkim_doms: domains that signed (first is the aligned one)."""
    H = []
    rdt = dt + _dt.timedelta(seconds=RNG.randrange(1, 9))
    mf_dom = mailfrom.split('@')[-1]
    if provider == 'gmail':
        H.append('Delivered-To: %s' % to)
        H.append('Received: by 2002:a05:7010:%x:b0:%x:%x:%x with SMTP id %s;\n'
                 '        %s' % (RNG.randrange(4096, 65535), RNG.randrange(256, 4095),
                                  RNG.randrange(256, 4095), RNG.randrange(256, 4095),
                                  b64s(10).replace('+', 'a').replace('/', 'b'),
                                  format_datetime(rdt.astimezone(_dt.timezone(_dt.timedelta(hours=-7))))))
        H.append('X-Google-Smtp-Source: AGHT+I%s' % b64s(60))
        H.append('X-Received: by 2002:a17:90b:%x with SMTP id %s.%d;\n        %s' % (
            RNG.randrange(4096, 65535), b64s(12).replace('/', 'x'), RNG.randrange(10 ** 6, 10 ** 7),
            format_datetime(rdt.astimezone(_dt.timezone(_dt.timedelta(hours=-7))))))
        H.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n'
                 '        b=%s\n         %s==' % (int(rdt.timestamp()), b64s(68), b64s(50)))
        H.append('Return-Path: <%s>' % mailfrom)
        H.append('Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n'
                 '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                     helo, helo, ip, hexs(16)[:14], RNG.randrange(100, 999), rdt.month, rdt.day,
                     rdt.hour, rdt.minute, rdt.second, to,
                     format_datetime(rdt.astimezone(_dt.timezone(_dt.timedelta(hours=-7))))))
        if spf == 'pass':
            H.append('Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip))
        else:
            H.append('Received-SPF: %s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;' % (spf, mailfrom, ip, ip))
        ar = ['Authentication-Results: mx.google.com;']
        for i, d in enumerate(dkim_doms):
            ar.append('       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (
                dkim_res if i == 0 else 'pass', d, sel_for(d), b64s(8)))
        ar.append('       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s%s' % (
            spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mf_dom if False else mailfrom, ';'))
        ar.append('       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            dmarc, p, p, 'NONE' if dmarc == 'pass' else p, from_dom))
        H.append('\n'.join(ar))
    elif provider == 'outlook':
        H.append('Received: from %s (2603:10a6:20b:%x::%x)\n by %s.outlook.office365.com\n (2603:10a6:20b:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n'
                 ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                     'AM0PR02CA0%03d.eurprd02.prod.outlook.com' % RNG.randrange(1, 999), RNG.randrange(16, 255), RNG.randrange(1, 64),
                     'DU0PR04MB%04d.eurprd04.prod.outlook.com' % RNG.randrange(1000, 9999), RNG.randrange(16, 255), RNG.randrange(1, 64),
                     RNG.randrange(8000, 9400), RNG.randrange(10, 40), format_datetime(rdt.astimezone(_dt.timezone.utc))))
        H.append('Received: from %s (%s) by\n %s.mail.protection.outlook.com (%s) with Microsoft SMTP\n'
                 ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s' % (
                     helo, ip, 'AMS0EPF000001%02X' % RNG.randrange(0, 255), '10.167.16.%d' % RNG.randrange(2, 250),
                     RNG.randrange(8000, 9400), RNG.randrange(10, 40), format_datetime(rdt.astimezone(_dt.timezone.utc))))
        ar = 'Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s' % (
            spf, ip, mf_dom, dkim_res, 'signature was verified' if dkim_res == 'pass' else 'signature did not verify',
            dkim_doms[0] if dkim_doms else mf_dom, dmarc, 'none' if dmarc == 'pass' else 'quarantine', from_dom,
            'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000')
        H.append(ar)
        H.append('Received-SPF: %s (protection.outlook.com: domain of %s\n %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C' % (
            'Pass' if spf == 'pass' else 'Fail', mf_dom, 'designates' if spf == 'pass' else 'does not designate', ip, ip, helo))
    elif provider in ('nifty', 'biglobe', 'ocn', 'docomo', 'sakura'):
        host = {'nifty': 'mx.nifty.com', 'biglobe': 'mail.biglobe.ne.jp', 'ocn': 'mx.ocn.ne.jp',
                'docomo': 'mfsmax.docomo.ne.jp', 'sakura': 'www1234.sakura.ne.jp'}[provider]
        H.append('Return-Path: <%s>' % mailfrom)
        H.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s' % (
            helo, helo, ip, host, b64s(11).replace('/', 'Q').replace('+', 'z'), to,
            format_datetime(rdt.astimezone(_dt.timezone(_dt.timedelta(hours=9))))))
        dk = ('dkim=%s header.d=%s header.s=%s' % (dkim_res, dkim_doms[0], sel_for(dkim_doms[0]))
              if dkim_doms else 'dkim=none (no signature)')
        H.append('Authentication-Results: %s;\n\tspf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s' % (
            host, spf, mailfrom, dk, dmarc, from_dom))
    elif provider == 'none':
        H.append('Received: from %s ([%s])\n\tby mail.internal (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            helo, ip, hexs(10).upper(), to, format_datetime(rdt)))
    if extra_ar:
        H.append(extra_ar)
    for d in dkim_doms:
        H.append(dkim(d, sel_for(d), dt))
    return H


def assemble(top, body, crlf=False):
    """top: list of raw header strings (already folded/encoded); body: MIME part."""
    body['MIME-Version'] = '1.0'
    # move MIME-Version before Content-Type for realism
    items = body._headers
    mv = [h for h in items if h[0] == 'MIME-Version']
    rest = [h for h in items if h[0] != 'MIME-Version']
    body._headers = mv + rest
    bio = BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=0).flatten(body)
    data = ('\n'.join(top) + '\n').encode('ascii') + bio.getvalue()
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def add(slug, kind, lang, case_id, sv, top, body, new_text, crlf=False, ids=None):
    n = len(MAILS) + 1
    fname = '%03d-%s.eml' % (n, slug)
    data = assemble(top, body, crlf)
    label = {'kind': kind, 'case_id': case_id,
             'account_ids': ids if ids is not None else ids_in(new_text),
             'sender_verified': sv, 'language': lang}
    MAILS.append((fname, data, label))


def aws_top(dt, frm, to, subject, provider, mid=None, sj_cs='utf-8', extra=(),
            dmarc='pass', from_dom='amazon.com', ip=None, reply_to=None, cc=None, in_reply=None,
            refs=None, mailfrom=None, helo=None, dkim_doms=('amazon.com', 'amazonses.com'),
            spf='pass', dkim_res='pass', extra_ar=None, ses=True):
    ip = ip or RNG.choice(AWS_IPS)
    if ses:
        mailfrom = mailfrom or ses_mailfrom(dt)
        helo = helo or 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:4])
    top = env(provider, to if isinstance(to, str) and '<' not in to else re.sub(r'.*<|>.*', '', to),
              dt, mailfrom, ip, helo, from_dom, dkim_doms, dmarc=dmarc, spf=spf, dkim_res=dkim_res,
              extra_ar=extra_ar)
    top.append('Date: %s' % format_datetime(dt))
    top.append('From: %s' % frm)
    if reply_to:
        top.append('Reply-To: %s' % reply_to)
    top.append('To: %s' % to)
    if cc:
        top.append('Cc: %s' % cc)
    top.append('Message-ID: %s' % (mid or ses_mid(dt)))
    if in_reply:
        top.append('In-Reply-To: %s' % in_reply)
    if refs:
        top.append('References: %s' % refs)
    top.append('Subject: %s' % enc_subject(subject, sj_cs))
    top.extend(extra)
    if ses:
        top.append('Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % b64s(43))
        top.append('X-SES-Outgoing: %s-%s' % (dt.astimezone(_dt.timezone.utc).strftime('%Y.%m.%d'), ip))
    return top


FORM = formataddr(('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com'))
NOREPLY = formataddr(('Amazon Web Services', 'no-reply-aws@amazon.com'))
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# ==================================================================== mails

# ---------------------------------------------------------------- batch 1
# users
KENJI = ('Kenji Watanabe', 'kenji.watanabe.dev@gmail.com')
LAURA = ('Laura Mendes', 'laura.mendes@outlook.com')
PRIYA = ('Priya Raman', 'priya.raman@northwind-analytics.com')
MISAKI = ('佐藤 美咲', 'misaki-sato@nifty.com')
TOM = ('Tom Becker', 'tom.becker.cloud@gmail.com')
TAKUYA = ('山本 拓也', 't-yamamoto@biglobe.ne.jp')
DANIEL = ('Daniel Okafor', 'dan.okafor.ng@gmail.com')
YOSUKE = ('鈴木 陽介', 'yosuke.suzuki@ocn.ne.jp')

def U(u):
    return addr(u[0], u[1])

# --- 1: first confirmation request, EN, form desk, QP
o1 = D('2025-05-26 21:14:37 +0000'); c1 = case15(o1)
d1 = D('2025-05-27 15:02:11 +0000')
k_a, k_b = 'AWS04418273', 'AWS09912745'
t1 = """Hello Kenji,

Thank you for contacting AWS Training and Certification.

I have reviewed your request and located two certification accounts that belong to you:

  - AWS04418273 (sign-in e-mail: kenji.watanabe.dev@gmail.com) - AWS Certified Solutions Architect - Associate
  - AWS09912745 (sign-in e-mail: k.watanabe@tsubame-sys.co.jp) - AWS Certified Cloud Practitioner

Our plan is to keep AWS04418273 as your primary account and move everything held by AWS09912745 (certifications, exam history and benefits) into it. AWS09912745 will then be deactivated and you will no longer be able to sign in with it.

Please note that a merge is permanent. Once it has been completed we are unable to separate the accounts again.

Before we make any change, please reply to this e-mail to confirm that the information above is correct and that you would like us to go ahead.

Best regards,
Camila R.
AWS Training and Certification
"""
add('form-reply-confirm-merge', 'merge_confirmation_requested', 'en', c1, True,
    aws_top(d1, FORM, U(KENJI), 'RE:[CASE %s] %s' % (c1, FORM_SUBJ), 'gmail'),
    tpart(t1, cte='qp'), t1)

# --- 2: completion quoting the request (no markers, header block)
d2 = D('2025-05-29 09:41:55 +0000')
t2new = """Hello Kenji,

Good news: the consolidation you approved is finished. Your exam history, both certifications and the associated benefits now sit under your remaining profile, AWS04418273, and the old profile has been retired.

It can take up to 48 hours before the Credly badge for the Cloud Practitioner certification shows up under the e-mail address of your remaining profile. If it does not appear by then, just reply to this message.

Kind regards,
Camila R.
AWS Training and Certification
"""
t2q = """
-------- Original message --------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: 27/05/2025 15:02 (GMT+00:00)
To: kenji.watanabe.dev@gmail.com
Subject: RE:[CASE %s] %s

%s""" % (c1, FORM_SUBJ, t1)
add('merge-done-quoting-request', 'merge_completed', 'en', c1, True,
    aws_top(d2, FORM, U(KENJI), 'RE:[CASE %s] %s' % (c1, FORM_SUBJ), 'gmail'),
    tpart(t2new + t2q, cte='qp'), t2new, ids=['AWS04418273'])

# --- 3: JA confirmation request, ISO-2022-JP, nifty
o3 = D('2025-07-07 01:22:08 +0000'); c3 = case15(o3)
d3 = D('2025-07-08 02:45:19 +0000')
t3 = """佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
担当の森でございます。

お客様のご依頼内容を確認いたしました。以下の2つの認定アカウントを統合する予定です。

　残すアカウント（統合先）　：AWS 07731590
　統合されるアカウント（統合元）：AWS 03358216

統合元アカウントに登録されている認定資格、試験履歴、特典はすべて統合先アカウントへ移行され、統合元アカウントは無効化されます。

なお、アカウントの統合は一度実施すると元に戻すことができません。

上記の内容でお間違いがないか、本メールへのご返信にてご確認いただけますでしょうか。
お客様からのご確認をいただき次第、作業を開始いたします。

よろしくお願いいたします。

森
AWS トレーニングと認定
"""
add('ja-toogo-kakunin-irai', 'merge_confirmation_requested', 'ja', c3, True,
    aws_top(d3, FORM, U(MISAKI), 'RE:[CASE %s] %s' % (c3, FORM_SUBJ), 'nifty'),
    tpart(t3, cs='iso-2022-jp', cte='7bit'), t3)

# --- 4: JA "thank you for confirming, proceeding" quoting user reply + nested request
d4 = D('2025-07-08 23:10:42 +0000')
t4new = """佐藤 美咲 様

ご確認いただき、誠にありがとうございます。
AWS 07731590 を残し、AWS 03358216 をこちらに統合する内容で承りました。

これより統合作業に着手いたします。作業が完了しましたら、改めて本ケースにてご連絡いたします。
通常1〜3営業日ほどお時間をいただいております。恐れ入りますが、今しばらくお待ちください。

森
AWS トレーニングと認定
"""
t4user = """森様

ご連絡ありがとうございます。
内容に間違いありません。統合を進めてください。

佐藤
"""
t4q = ('\n2025年7月8日(火) 19:03 佐藤 美咲 <misaki-sato@nifty.com>:\n' + gt_quote(
    t4user + '\n2025年7月8日(火) 11:45 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n'
    + gt_quote(t3)))
add('ja-kakunin-arigatou-sagyou-kaishi', 'support_reply', 'ja', c3, True,
    aws_top(d4, FORM, U(MISAKI), 'RE:[CASE %s] %s' % (c3, FORM_SUBJ), 'nifty'),
    tpart(t4new + t4q, cte='b64'), t4new)

# --- 5: console case agent reply, HTML-only, EN, 11-digit case, "AWS 0..." ids
c5 = '1%010d' % RNG.randrange(1000000000, 9999999999)
d5 = D('2025-09-16 18:27:03 +0000')
t5 = """Hello Laura,

Thanks for your patience while we looked into this.

We found the two Training and Certification profiles you mentioned:

Profile that will remain active: AWS 05126684 (laura.mendes@outlook.com)
Profile that will be folded into it: AWS 08840127 (lmendes@uni-porto.example.pt)

After the operation, your Developer - Associate and SysOps Administrator - Associate certifications, your exam history and any unused benefit vouchers will all be listed under AWS 05126684.

Because this operation cannot be rolled back, we need your explicit approval first. Could you please reply to this case and let us know that the profiles above are correct and that you want us to continue?

Best regards,
Rahul S.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the links below.
"""
add('console-html-approval-needed', 'merge_confirmation_requested', 'en', c5, True,
    aws_top(d5, NOREPLY, U(LAURA), 'RE:[CASE %s] Merge my two certification accounts' % c5, 'outlook'),
    tpart(html_of(t5), sub='html', cte='qp'), t5)

# --- 6: asking which account to keep (names both, warns irreversible), gmail
o6 = D('2025-10-02 07:55:40 +0000'); c6 = case15(o6)
d6 = D('2025-10-03 13:20:18 +0000')
t6 = """Hi Tom,

Thank you for reaching out to AWS Training and Certification.

I can see two accounts linked to your name: AWS02264913, created in 2021 with tom.becker@brightwave-it.de, and AWS06607458, created in 2024 with tom.becker.cloud@gmail.com. Both hold active certifications.

Before anything can be combined I need to know which of the two you would like to keep going forward. The account you keep will be the one you sign in with in future; the other one will stop working. As a merge is final, please take a moment to think about which e-mail address you will still have access to in a few years.

Please reply with the candidate ID of the account you want to keep, and I will prepare the next step.

Best regards,
Jonas W.
AWS Training and Certification
"""
add('which-account-to-keep', 'support_reply', 'en', c6, True,
    aws_top(d6, FORM, U(TOM), 'RE:[CASE %s] %s' % (c6, FORM_SUBJ), 'gmail'),
    tpart(t6, cte='8bit'), t6)

# --- 7: confirmation request after user answered, quoting nested gmail thread
d7 = D('2025-10-04 10:05:51 +0000')
t7new = """Hi Tom,

Thanks for letting me know. Here is what will happen, based on your answer:

AWS06607458 stays and becomes your only account.
AWS02264913 is merged into AWS06607458 and closed afterwards.

Your Solutions Architect - Professional certification from 2023 and the related exam records will be carried over. Just to be clear: there is no way back once I run this.

If all of that looks right, a short "yes, go ahead" in reply is all I need.

Best regards,
Jonas W.
AWS Training and Certification
"""
t7user = """Hi Jonas,

please keep the newer one, AWS06607458 (gmail). I no longer work at Brightwave so I will lose the old mailbox soon.

Thanks,
Tom
"""
t7q = '\n' + gmail_quote(t7user + '\n' + gmail_quote(t6, 'On Fri, Oct 3, 2025 at 3:20 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:'),
                         'On Fri, 3 Oct 2025 at 21:48, Tom Becker <tom.becker.cloud@gmail.com> wrote:')
add('go-ahead-needed-after-choice', 'merge_confirmation_requested', 'en', c6, True,
    aws_top(d7, FORM, U(TOM), 'RE:[CASE %s] %s' % (c6, FORM_SUBJ), 'gmail'),
    tpart(t7new + t7q, cte='qp'), t7new)

# --- 8: phishing, look-alike domain, asks to confirm merge via link
d8 = D('2025-11-12 06:33:29 +0000')
ph_from = addr('AWS Training & Certification', 'case-update@aws-certification-support.com')
t8 = """Dear Candidate,

We received a request to merge the AWS Certification accounts AWS01975530 and AWS06014482 under your name.

To avoid permanent loss of your certification records, you must confirm this merge within 24 hours. Merges cannot be reversed and unconfirmed requests will result in the suspension of both accounts.

Confirm the merge here: https://aws-certification-support.com/verify/merge?ref=AWS06014482

Sign in with your AWS Certification e-mail and password to validate the request.

AWS Training and Certification Team
"""
top8 = env('gmail', DANIEL[1], d8, 'bounce@mail.aws-certification-support.com', '185.213.155.41',
           'mail.aws-certification-support.com', 'aws-certification-support.com',
           ('aws-certification-support.com',), dmarc='pass', p='NONE')
top8 += ['Date: %s' % format_datetime(d8), 'From: %s' % ph_from, 'To: %s' % DANIEL[1],
         'Message-ID: <%s.%s@aws-certification-support.com>' % (hexs(16), hexs(8)),
         'Subject: Action required: confirm your certification account merge [Case #%s]' % '175791443209876',
         'X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)']
add('lookalike-confirm-merge-link', 'merge_confirmation_requested', 'en', '175791443209876', False,
    top8, alt(tpart(t8, cte='qp'), tpart(html_of(t8), sub='html', cte='qp')), t8)

# --- 9: case_created auto-ack with FAQ on irreversibility and future confirmation
o9 = D('2025-08-19 16:48:02 +0000'); c9 = case15(o9)
d9 = o9 + _dt.timedelta(seconds=41)
t9 = """Hello,

Thank you for contacting AWS Training and Certification. Your request has been logged under case %s and a member of our team will respond, in most cases within 24 hours.

Please do not open another case for the same request; replying to this e-mail adds your message to the existing case.

Frequently asked questions about account merges
- Which information do we need? The candidate ID (AWS followed by 8 digits) and the sign-in e-mail of every account involved.
- Which account is kept? You decide. Our agent will list the accounts and ask you to confirm before anything is changed.
- Can a merge be undone? No. Once two accounts have been combined they cannot be split again.
- What happens to my Credly badges? Badges are usually re-issued to the e-mail of the remaining account after the merge.

Request summary
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS05593021

Regards,
AWS Training and Certification
""" % c9
add('ack-with-merge-faq', 'case_created', 'en', c9, True,
    aws_top(d9, FORM, U(DANIEL), 'Your request has been received [CASE %s]' % c9, 'gmail'),
    tpart(t9, cte='7bit'), t9)

# --- 10: survey quoting thread incl. the confirmation request (console, HTML+text)
d10 = D('2025-09-22 08:14:40 +0000')
t10new = """Hello,

Your support case %s has been resolved. If you have any further questions about this case, you can reopen it from the Support Center within 14 days.

How did we do? Please take one minute to rate your experience:
https://console.aws.amazon.com/support/feedback?displayId=%s&language=en

Was your issue resolved?  YES | NO

Amazon Web Services
""" % (c5, c5)
t10q = """
----- Correspondence history -----

%s""" % t5
add('survey-quoting-approval-request', 'survey', 'en', c5, True,
    aws_top(d10, NOREPLY, U(LAURA), 'Amazon Web Services Support: case %s resolved - tell us how we did' % c5, 'outlook'),
    alt(tpart(t10new + t10q, cte='qp'), tpart(html_of(t10new, t10q), sub='html', cte='b64')), t10new)

# --- 11: corporate O365, multipart/alternative with differing parts, lower-case ids
o11 = D('2026-01-13 10:02:55 +0000'); c11 = case15(o11)
d11 = D('2026-01-14 16:37:12 +0000')
t11txt = """Dear Priya,

Thank you for your message about your duplicate certification profiles (aws08157342 and aws03390668).

Please see the HTML version of this e-mail for the full details of the proposed change. In short: we will keep aws08157342 and bring the records of aws03390668 into it. This is final and cannot be reverted.

Kindly reply "Confirmed" if you agree.

Warm regards,
Mei L.
AWS Training and Certification
"""
t11html = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif">
<p>Dear Priya,</p>
<p>Thank you for your message about your duplicate certification profiles.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Role</th><th>Candidate ID</th><th>Sign-in e-mail</th><th>Certifications</th></tr>
<tr><td>Kept (primary)</td><td>aws08157342</td><td>priya.raman@northwind-analytics.com</td><td>Data Engineer - Associate</td></tr>
<tr><td>Merged into primary, then closed</td><td>aws03390668</td><td>priya.r.cloud@gmail.com</td><td>Cloud Practitioner; Machine Learning - Specialty (expired)</td></tr>
</table>
<p>Your exam history and any unused exam benefit will be transferred to the primary profile.
<b>Please be aware that this action is final and cannot be reverted.</b></p>
<p>Kindly reply &quot;Confirmed&quot; to this e-mail if the table above is correct, so that we can schedule the merge.</p>
<p>Warm regards,<br>Mei L.<br>AWS Training and Certification</p>
</body></html>
"""
add('o365-table-reply-confirmed', 'merge_confirmation_requested', 'en', c11, True,
    aws_top(d11, FORM, U(PRIYA), 'RE:[CASE %s] %s' % (c11, FORM_SUBJ), 'outlook'),
    alt(tpart(t11txt, cte='qp'), tpart(t11html, sub='html', cte='qp')), t11txt + t11html)

# --- 12: Seller Central case asking to confirm merge of seller accounts -> unrelated
d12 = D('2025-06-10 12:51:30 +0000')
c12 = '5884%06d' % RNG.randrange(100000, 999999)
t12 = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed your request to merge the seller accounts "Becker Outdoor GmbH" (Merchant Token A2K9QW7LD0X3RT) and "Becker Outdoor EU" (Merchant Token A1ZP5E8MXN4U2C).

Please confirm that you want us to keep the account "Becker Outdoor GmbH" and close "Becker Outdoor EU" after the listings have been migrated. Note that a closed seller account cannot be reactivated.

Reply to this e-mail with your confirmation and we will continue.

To view your case, go to Seller Central > Help > Case Log.

Thank you,
Andreea
Amazon Selling Partner Support
"""
add('seller-central-confirm-merge', 'unrelated', 'en', c12, True,
    aws_top(d12, addr('Amazon Seller Central', 'seller-notification@amazon.com'), U(TOM),
            'RE:[CASE %s] Merge two seller accounts' % c12, 'gmail'),
    tpart(t12, cte='qp'), t12)

# ---------------------------------------------------------------- batch 2
MARCO = ('Marco Bianchi', 'marco.bianchi84@gmail.com')

# --- 13: JA console reply, Shift_JIS HTML-only, ISO-2022-JP encoded subject split
c13 = '1%010d' % RNG.randrange(1000000000, 9999999999)
d13 = D('2025-12-03 04:18:26 +0000')
t13 = """山本 拓也 様

Amazon Web Services サポートの高橋です。
このたびはお問い合わせいただきありがとうございます。

ご依頼いただいた認定アカウントの統合について、以下の内容で手続きを行う準備が整いました。

■ 今後ご利用いただくアカウント
　候補者ID：AWS02871934
　登録メールアドレス：t-yamamoto@biglobe.ne.jp

■ 上記アカウントへ統合し、閉鎖するアカウント
　候補者ID：AWS06450318
　登録メールアドレス：takuya.yamamoto@kagayaki-soft.co.jp

統合後は、AWS06450318 の認定資格（AWS Certified Developer - Associate）と受験履歴が AWS02871934 に表示されるようになります。
統合処理は取り消しができませんので、お手数ですが、上記の組み合わせで相違がないかご確認のうえ、サポートセンターから本ケースにご返信ください。

ご返信を確認後、速やかに処理を進めます。

よろしくお願いいたします。

高橋
Amazon Web Services
"""
top13 = aws_top(d13, NOREPLY, addr(TAKUYA[0], TAKUYA[1], 'iso-2022-jp'),
                'RE:[CASE %s] 認定アカウントの統合（2アカウント）についてのご相談' % c13, 'biglobe', sj_cs='iso-2022-jp')
add('ja-console-sjis-html-kakunin', 'merge_confirmation_requested', 'ja', c13, True, top13,
    tpart(html_of(t13).replace('charset=utf-8', 'charset=Shift_JIS'), sub='html', cs='shift_jis', cte='b64'), t13)

# --- 14: asking for proof of identity (mentions confirm, not a merge confirmation)
d14 = D('2025-08-20 11:26:09 +0000')
t14 = """Hello Daniel,

Thank you for your patience. I have found the account you listed, AWS05593021, and a second profile, AWS01166820, that was created with a different e-mail address (okafor.daniel@lagostech.example.ng) but the same name and date of birth.

Before we can go further with a merge, we have to confirm that both profiles belong to you. Please reply with:

1. The full name exactly as it appears on your government-issued ID.
2. The sign-in e-mail address of each profile, and whether you still have access to it.
3. The city and country of the test center where you took your most recent exam on AWS01166820.

Please do not send a copy of your ID document by e-mail. We will never ask for it.

Once we have verified this, we will come back to you with the next steps.

Best regards,
Olivia P.
AWS Training and Certification
"""
add('identity-check-before-merge', 'support_reply', 'en', c9, True,
    aws_top(d14, FORM, U(DANIEL), 'RE:[CASE %s] %s' % (c9, FORM_SUBJ), 'gmail'),
    tpart(t14, cte='qp'), t14)

# --- 15: confirmation request after identity check (Daniel), gmail-quoted history
d15 = D('2025-08-22 09:03:47 +0000')
t15new = """Hello Daniel,

Thank you, the information you sent matches our records.

Here is the change we are ready to make:

  Surviving profile .......... AWS05593021 (dan.okafor.ng@gmail.com)
  Profile to be absorbed ..... AWS01166820 (okafor.daniel@lagostech.example.ng)

The Cloud Practitioner and Security - Specialty certifications on AWS01166820 will move to AWS05593021, along with the exam history. Your 50% exam discount benefit will also be carried over. The absorbed profile will be deactivated.

This is a one-way operation. Could you reply with "I confirm" so that we have your written agreement on file? We will not make any change until we receive it.

Best regards,
Olivia P.
AWS Training and Certification
"""
t15user = """Hi Olivia,

1. Daniel Chukwuemeka Okafor
2. AWS05593021 - dan.okafor.ng@gmail.com (yes, access). AWS01166820 - okafor.daniel@lagostech.example.ng (no access anymore, I left the company)
3. Lagos, Nigeria

Regards,
Daniel
"""
t15q = '\n' + gmail_quote(t15user + '\n' + gmail_quote(t14, 'On Wed, Aug 20, 2025 at 12:26 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:'),
                          'On Thu, Aug 21, 2025 at 7:40 PM Daniel Okafor <dan.okafor.ng@gmail.com> wrote:')
add('verified-now-written-agreement', 'merge_confirmation_requested', 'en', c9, True,
    aws_top(d15, FORM, U(DANIEL), 'RE:[CASE %s] %s' % (c9, FORM_SUBJ), 'gmail'),
    alt(tpart(t15new + t15q, cte='qp'),
        tpart(html_of(t15new, t15user + '\n\n' + t14, style='gmail',
                      quote_intro='On Thu, Aug 21, 2025 at 7:40 PM Daniel Okafor <dan.okafor.ng@gmail.com> wrote:'),
              sub='html', cte='qp')), t15new)

# --- 16: asking for exam history (Marco), libero -> gmail style? use 'none' provider? use gmail-like
o16 = D('2026-02-09 18:40:12 +0000'); c16 = case15(o16)
d16 = D('2026-02-11 08:12:33 +0000')
t16 = """Dear Marco,

Thank you for contacting AWS Training and Certification about combining your certification accounts.

We located AWS03604417 under marco.bianchi84@gmail.com. A search on your name returns three further profiles, and we need to make sure we only combine the ones that are really yours. Please reply with your exam history as far as you remember it:

- the exam name (for example "AWS Certified Solutions Architect - Associate"),
- the approximate date you took it,
- whether it was online proctored or at a test center (and which one),
- the e-mail address you used to register.

Please note that we cannot undo a merge, which is why we are being careful here. After we have matched your exams to the correct profiles we will send you a summary of the proposed merge for your approval.

Kind regards,
Stefano V.
AWS Training and Certification
"""
top16 = aws_top(d16, FORM, U(MARCO), 'RE:[CASE %s] %s' % (c16, FORM_SUBJ), 'gmail', ip='54.240.48.92')
add('exam-history-request', 'support_reply', 'en', c16, True, top16, tpart(t16, cte='b64'), t16)

# --- 17: "please confirm you received this" (Daniel, earlier in case before 14) -> support_reply
d17 = D('2025-08-19 19:02:15 +0000')
t17 = """Hello Daniel,

I am the agent assigned to your request about AWS05593021. Our records show that an earlier message to you could not be delivered, so I am writing to check that this address reaches you.

Please confirm that you have received this e-mail by replying to it - a one-line answer is enough. As soon as we hear back, I will continue reviewing your account merge request and contact you with any questions.

Best regards,
Olivia P.
AWS Training and Certification
"""
add('please-confirm-receipt', 'support_reply', 'en', c9, True,
    aws_top(d17, FORM, U(DANIEL), 'RE:[CASE %s] %s' % (c9, FORM_SUBJ), 'gmail'),
    tpart(t17, cte='7bit'), t17)

# --- 18: reminder, asked again (Priya), outlook-style history, corporate O365
d18 = D('2026-01-19 14:55:02 +0000')
t18new = """Dear Priya,

I am following up on my message of 14 January. We have not yet received your reply, so the merge of aws03390668 into aws08157342 is still on hold.

As mentioned, combining the two profiles is permanent. If the proposal below is still what you want, please reply "Confirmed" and we will schedule it. If you would rather keep a different profile, just tell us which one.

If we do not hear from you within 7 days, this case will be closed automatically; you can reopen it at any time by replying.

Warm regards,
Mei L.
AWS Training and Certification

"""
t18q = outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                     'Wednesday, January 14, 2026 5:37 PM', 'Priya Raman <priya.raman@northwind-analytics.com>',
                     'RE:[CASE %s] %s' % (c11, FORM_SUBJ), t11txt)
add('reminder-still-need-confirmed', 'merge_confirmation_requested', 'en', c11, True,
    aws_top(d18, FORM, U(PRIYA), 'RE:[CASE %s] %s' % (c11, FORM_SUBJ), 'outlook'),
    alt(tpart(t18new + t18q, cte='qp'),
        tpart(html_of(t18new, t11txt, style='outlook', quote_intro='From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: Wednesday, January 14, 2026 5:37 PM\nTo: Priya Raman <priya.raman@northwind-analytics.com>\nSubject: RE:[CASE %s] %s' % (c11, FORM_SUBJ)), sub='html', cte='b64')),
    t18new)

# --- 19: Priya forwards the request to a colleague -> unrelated
d19 = D('2026-01-19 16:21:44 +0100')
t19new = """Hi Stefan,

quick question before I answer AWS (case %s): they want to keep my corporate profile aws08157342 and fold the old private one into it. Since the voucher was paid by Northwind, does HR/L&D need the certs on the company address, or should I keep my private account instead? Can you confirm by tomorrow?

Thanks!
Priya

""" % c11
t19fwd = outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                       'Monday, January 19, 2026 3:55 PM', 'Priya Raman <priya.raman@northwind-analytics.com>',
                       'RE:[CASE %s] %s' % (c11, FORM_SUBJ), t18new + t18q)
top19 = ['Received: from AS8PR03MB7%03d.eurprd03.prod.outlook.com (2603:10a6:20b:5c1::9) by\n DU0PR03MB8%03d.eurprd03.prod.outlook.com with HTTPS; %s' % (
             RNG.randrange(100, 999), RNG.randrange(100, 999), format_datetime(d19.astimezone(_dt.timezone.utc))),
         'Authentication-Results: dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n header.from=northwind-analytics.com;',
         'Date: %s' % format_datetime(d19),
         'From: %s' % U(PRIYA),
         'To: Stefan Krause <stefan.krause@northwind-analytics.com>',
         'Message-ID: <AS8PR03MB7%03d%s@AS8PR03MB7%03d.eurprd03.prod.outlook.com>' % (RNG.randrange(100, 999), hexs(12).upper(), RNG.randrange(100, 999)),
         'Subject: FW: RE:[CASE %s] %s' % (c11, FORM_SUBJ),
         'Thread-Topic: RE:[CASE %s] %s' % (c11, FORM_SUBJ),
         'Thread-Index: AQHchX2m%s' % b64s(20),
         'Content-Language: en-GB',
         'X-MS-Has-Attach: ',
         'X-MS-Exchange-Organization-AuthAs: Internal']
add('fw-colleague-keep-which', 'unrelated', 'en', c11, False, top19,
    alt(tpart(t19new + t19fwd, cte='qp'),
        tpart(html_of(t19new, t18new + '\n\n' + t11txt, style='outlook',
                      quote_intro='From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: Monday, January 19, 2026 3:55 PM\nTo: Priya Raman <priya.raman@northwind-analytics.com>\nSubject: RE:[CASE %s] %s' % (c11, FORM_SUBJ)),
              sub='html', cte='qp')), t19new)

# --- 20: name change in the merge case, asks to confirm spelling (JA) -> support_reply
o20 = D('2025-04-14 00:31:50 +0000'); c20 = case15(o20)
d20 = D('2025-04-15 06:08:12 +0000')
t20 = """鈴木 陽介 様

AWS トレーニングと認定サポートの田中でございます。

アカウント統合のご依頼とあわせて、氏名表記の変更についてもご相談いただいておりました件でご連絡いたします。

統合手続きの前に、統合先となる AWS05017746 の登録氏名を変更いたします。変更後の表記は以下のとおりでよろしいでしょうか。

　変更前：Yousuke Suzuki
　変更後：Yosuke Suzuki

試験当日は、身分証明書の表記と登録氏名が一致している必要がございます。お手元の身分証明書（パスポート等）の表記と一致しているかをご確認のうえ、ご返信ください。
氏名の変更が完了しましたら、統合の内容について改めてご案内いたします。

田中
AWS トレーニングと認定
"""
add('ja-shimei-henkou-kakunin', 'support_reply', 'ja', c20, True,
    aws_top(d20, FORM, addr(YOSUKE[0], YOSUKE[1], 'iso-2022-jp'),
            'RE:[CASE %s] %s' % (c20, FORM_SUBJ), 'ocn'),
    tpart(t20, cs='iso-2022-jp', cte='7bit'), t20)

# --- 21: JA closure that also says merge done + survey, Shift_JIS QP
d21 = D('2025-04-22 03:44:27 +0000')
t21 = """鈴木 陽介 様

いつもお世話になっております。AWS トレーニングと認定の田中です。

ご依頼いただいておりました AWS08862235 から AWS05017746 への移行作業が終了いたしました。
AWS08862235 に紐づいていた認定資格と受験履歴は、すべて AWS05017746 でご確認いただけます。なお、AWS08862235 は今後ご利用いただけません。

本件はこれをもちましてクローズとさせていただきます。
よろしければ、今回の対応についてアンケートへのご協力をお願いいたします。

　問題は解決しましたか？　はい ／ いいえ
　https://aws.amazon.com/certification/contact-us/feedback?caseId=%s

田中
AWS トレーニングと認定
""" % c20
add('ja-ikou-shuuryou-close-survey', 'merge_completed', 'ja', c20, True,
    aws_top(d21, FORM, addr(YOSUKE[0], YOSUKE[1], 'iso-2022-jp'),
            'RE:[CASE %s] %s' % (c20, FORM_SUBJ), 'ocn'),
    tpart(t21, cs='shift_jis', cte='qp'), t21)

# --- 22: spoofed amazon.com, top A-R dmarc=fail, forged lower A-R says pass
d22 = D('2025-10-28 22:17:05 +0000')
t22 = """Hello,

This is a follow-up on your Training and Certification case.

We are ready to merge AWS09385561 into AWS04472908. Since this cannot be reversed, we need you to confirm the request by signing in below and approving the merge within 48 hours:

https://aws-training-certification-merge.com/approve?case=176168000212233

If no confirmation is received, your certification records may be permanently removed.

Best regards,
Amazon Web Services
"""
forged = 'Authentication-Results: amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'
top22 = env('gmail', TOM[1], d22, 'info@srv3.mailer-hub.top', '45.141.84.19', 'srv3.mailer-hub.top', 'amazon.com',
            (), dmarc='fail', spf='pass', p='QUARANTINE')
top22.append(forged)
top22 += ['Date: %s' % format_datetime(d22), 'From: %s' % FORM, 'To: %s' % TOM[1],
          'Message-ID: <%s@srv3.mailer-hub.top>' % hexs(24),
          'Subject: RE:[CASE 176168000212233] Confirm your account merge']
add('spoof-dmarc-fail-confirm', 'merge_confirmation_requested', 'en', '176168000212233', False,
    top22, tpart(html_of(t22), sub='html', cte='b64'), t22)

# --- 23: Credly badge transferred after merge (Kenji)
d23 = D('2025-05-30 02:10:44 +0000')
t23txt = """Kenji, your badge is ready

AWS Training & Certification has issued you a badge following the consolidation of your certification accounts:

AWS Certified Cloud Practitioner

Accept your badge to add it to your Credly profile and share it with your network.

Accept your badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

This badge was sent to kenji.watanabe.dev@gmail.com.

Credly, a Pearson company | 13810 FNB Parkway, Omaha, NE 68154
""" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
t23html = '<html><body><table width="600"><tr><td><h1>Kenji, your badge is ready</h1><p>AWS Training &amp; Certification has issued you a badge following the consolidation of your certification accounts:</p><p><b>AWS Certified Cloud Practitioner</b></p><p><a href="https://www.credly.com/earner/earned/badge/' + hexs(8) + '" style="background:#ff6b00;color:#fff;padding:12px 24px">Accept your badge</a></p><p style="font-size:11px">This badge was sent to kenji.watanabe.dev@gmail.com.</p></td></tr></table></body></html>\n'
top23 = env('gmail', KENJI[1], d23, 'bounces+%d-%s-kenji.watanabe.dev=gmail.com@em.credly.com' % (RNG.randrange(10 ** 6, 10 ** 7), hexs(4)),
            '167.89.24.%d' % RNG.randrange(2, 250), 'o%d.em.credly.com' % RNG.randrange(10, 99), 'credly.com',
            ('credly.com', 'sendgrid.net'), p='REJECT')
top23 += ['Date: %s' % format_datetime(d23), 'From: "AWS Training & Certification via Credly" <admin@credly.com>',
          'To: %s' % KENJI[1], 'Message-ID: <%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', 'x'), RNG.randrange(1, 40)),
          'Subject: AWS Training & Certification sent you a new badge']
add('credly-badge-after-consolidation', 'credly_badge_issued', 'en', None, True, top23,
    alt(tpart(t23txt, cte='qp'), tpart(t23html, sub='html', cte='qp')), t23txt)

# --- 24: Credly's own account-merge verification code -> unrelated
d24 = D('2025-06-02 17:40:09 +0000')
t24 = """Hi Kenji,

We received a request to merge the Credly account k.watanabe@tsubame-sys.co.jp into your Credly account kenji.watanabe.dev@gmail.com.

Your verification code is: 482 913

Enter this code on the account merge page, then select "Complete Account Merge". All badges from the merged account will appear in your primary account. This cannot be undone.

If you did not request this, you can safely ignore this e-mail.

The Credly Team
"""
top24 = env('gmail', KENJI[1], d24, 'bounces+%d-%s-kenji.watanabe.dev=gmail.com@em.credly.com' % (RNG.randrange(10 ** 6, 10 ** 7), hexs(4)),
            '167.89.24.%d' % RNG.randrange(2, 250), 'o%d.em.credly.com' % RNG.randrange(10, 99), 'credly.com',
            ('credly.com', 'sendgrid.net'), p='REJECT')
top24 += ['Date: %s' % format_datetime(d24), 'From: Credly <no-reply@credly.com>',
          'To: %s' % KENJI[1], 'Message-ID: <%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', 'x'), RNG.randrange(1, 40)),
          'Subject: Confirm your Credly account merge']
add('credly-own-merge-code', 'unrelated', 'en', None, True, top24, tpart(t24, cte='7bit'), t24)

# ---------------------------------------------------------------- batch 3
AISHA = ('Aisha Khan', 'aisha.khan@outlook.com')
RAVI = ('Ravi Menon', 'ravi.menon.aws@gmail.com')
HENRIK = ('Henrik Larsen', 'henrik.larsen@fjordline-data.no')
WEI = ('Wei Zhang', 'wei.zhang.dev@outlook.com')

# --- 25: JA reminder, asked again, ISO-2022-JP text/plain, previous text pasted without markers
d25 = D('2025-12-08 05:02:40 +0000')
t25new = """山本 拓也 様

Amazon Web Services サポートの高橋です。

12月3日にお送りしたご案内について、まだご返信を確認できておりませんでしたので、再度ご連絡いたしました。

AWS06450318 を AWS02871934 へ統合する手続きは、お客様のご了承をいただくまで保留としております。
統合後は元の状態に戻すことができないため、下記の内容でよろしければ、サポートセンターより「統合に同意します」とご返信いただけますと幸いです。

ご不明な点がございましたら、お気軽にお知らせください。

高橋
Amazon Web Services

"""
t25q = """―――― 12月3日のご案内 ――――
""" + t13
add('ja-saido-kakunin-onegai', 'merge_confirmation_requested', 'ja', c13, True,
    aws_top(d25, NOREPLY, addr(TAKUYA[0], TAKUYA[1], 'iso-2022-jp'),
            'RE:[CASE %s] 認定アカウントの統合（2アカウント）についてのご相談' % c13, 'biglobe', sj_cs='iso-2022-jp'),
    tpart(t25new + t25q, cs='iso-2022-jp', cte='7bit'), t25new)

# --- 26: console "New correspondence added" containing the approval request
o26 = D('2026-03-02 13:47:21 +0000'); c26 = case15(o26)
d26 = D('2026-03-03 17:30:58 +0000')
t26 = """Hello,

We've updated your support case %s. The latest correspondence is shown below. To reply, sign in to the Support Center: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please don't reply to this e-mail; this address cannot accept replies.

----------------------------------------------------------------
Correspondence from Amazon Web Services:

Hi Aisha,

Thanks for the details. I was able to match both training and certification profiles to you:

- AWS07264490 - the one you use today (aisha.khan@outlook.com)
- AWS02019853 - registered in 2022 with aisha.k@crescentlabs.example.com

I'd like to go ahead and move AWS02019853's certifications, exam records and benefits over to AWS07264490, after which AWS02019853 will be closed for good. There is no undo for this step, so I'll wait to hear from you. Please add a reply to this case saying you agree with the above, and I'll take care of it straight away.

Best regards,
Nikhil T.
Amazon Web Services
----------------------------------------------------------------

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (c26, c26)
add('new-correspondence-approval', 'merge_confirmation_requested', 'en', c26, True,
    aws_top(d26, NOREPLY, AISHA[1], '[Case %s] New correspondence added' % c26, 'outlook'),
    tpart(t26, cte='qp'), t26)

# --- 27: three accounts into one (Marco), quoting his exam history reply
d27 = D('2026-02-13 10:26:07 +0000')
t27new = """Dear Marco,

Thank you for the exam list, it made it easy to find your records. Three of the four profiles are yours:

  AWS03604417  (marco.bianchi84@gmail.com)            -> will be kept
  AWS05918206  (m.bianchi@studenti.unimi.example.it)   -> will be merged into AWS03604417
  AWS01452079  (marco.bianchi@tecnoservizi.example.it) -> will be merged into AWS03604417

The fourth profile belongs to a different candidate with the same name and will not be touched.

After the merge your three certifications (Cloud Practitioner 2019, Solutions Architect - Associate 2022, DevOps Engineer - Professional 2024) and all exam history will be listed under AWS03604417, and the other two profiles will be closed. Once done, this cannot be reversed.

Please reply to let us know whether we may proceed as described.

Kind regards,
Stefano V.
AWS Training and Certification
"""
t27user = """Hi Stefano,

here is what I remember:
- Cloud Practitioner, summer 2019, test center in Milan, with my university e-mail m.bianchi@studenti.unimi.example.it
- Solutions Architect Associate, March 2022, online, with marco.bianchi@tecnoservizi.example.it
- DevOps Engineer Professional, October 2024, online, with my gmail

Thanks,
Marco
"""
t27q = '\n' + gmail_quote(t27user, 'On Wed, 11 Feb 2026 at 19:58, Marco Bianchi <marco.bianchi84@gmail.com> wrote:')
add('three-profiles-may-we-proceed', 'merge_confirmation_requested', 'en', c16, True,
    aws_top(d27, FORM, U(MARCO), 'RE:[CASE %s] %s' % (c16, FORM_SUBJ), 'gmail'),
    tpart(t27new + t27q, cte='b64'), t27new)

# --- 28: wrong charset label (utf-8 bytes labelled iso-8859-1), ids aws-xxxxxxxx
o28 = D('2025-06-23 20:11:05 +0000'); c28 = case15(o28)
d28 = D('2025-06-25 07:58:31 +0000')
t28 = """Hi Ravi,

Thanks for your patience – we’ve finished reviewing your two certification profiles.

Here’s the plan:
• aws-08391775 (ravi.menon.aws@gmail.com) – this one stays
• aws-02757140 (ravi.menon@infyra.example.in) – its certifications and exam history get moved onto aws-08391775, then it’s shut down

One important point: we can’t reverse this afterwards. So before I touch anything, could you write back and tell me that this is what you want?

Cheers,
Hannah K.
AWS Training and Certification
"""
add('wrong-charset-label-write-back', 'merge_confirmation_requested', 'en', c28, True,
    aws_top(d28, FORM, U(RAVI), 'RE:[CASE %s] %s' % (c28, FORM_SUBJ), 'gmail'),
    tpart(t28, cs='utf-8', label='iso-8859-1', cte='qp'), t28)

# --- 29: auto-reply to the user's reply with irreversibility reminder -> support_reply
d29 = D('2025-06-25 18:44:12 +0000')
t29 = """Hello,

We have received your reply and added it to case %s. There is no need to open a new case; an agent will review your message shortly.

Reminder about account merges:
- A merge combines two or more certification accounts into the account you chose to keep.
- Merges are permanent and cannot be reversed.
- If you have already confirmed the details requested by our agent, you do not need to do anything else. If not, please reply to the agent's message with your confirmation.

This is an automated message.

AWS Training and Certification
""" % c28
add('auto-reply-reply-received-reminder', 'support_reply', 'en', c28, True,
    aws_top(d29, FORM, RAVI[1], 'RE:[CASE %s] %s' % (c28, FORM_SUBJ), 'gmail',
            extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All']),
    tpart(t29, cte='7bit'), t29)

# --- 30: no Authentication-Results at all (self-hosted mailbox), confirm request
o30 = D('2025-11-03 08:09:44 +0000'); c30 = case15(o30)
d30 = D('2025-11-04 12:35:20 +0000')
t30 = """Dear Henrik,

Thank you for contacting AWS Training and Certification.

You asked us to combine your certification accounts AWS06118305 and AWS09027714. As you requested, AWS06118305 (henrik.larsen@fjordline-data.no) will be retained, and AWS09027714 (henrik.larsen85@hotmail.com) will be merged into it and then deactivated.

Please bear in mind that an account merge is irreversible.

To proceed, kindly reply to this message confirming the above. If anything is incorrect, let us know what should change.

Best regards,
Amir H.
AWS Training and Certification
"""
top30 = ['Return-Path: <%s>' % ses_mailfrom(d30),
         'X-Original-To: henrik.larsen@fjordline-data.no',
         'Delivered-To: henrik.larsen@fjordline-data.no',
         'Received: from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])\n\tby mx1.fjordline-data.no (Postfix) with ESMTPS id 4Dq7Kx2Rz9z1pW\n\tfor <henrik.larsen@fjordline-data.no>; %s' % format_datetime(d30.astimezone(_dt.timezone(_dt.timedelta(hours=1)))),
         dkim('amazon.com', sel_for('amazon.com'), d30), dkim('amazonses.com', sel_for('amazonses.com'), d30),
         'Date: %s' % format_datetime(d30), 'From: %s' % FORM, 'To: %s' % U(HENRIK),
         'Message-ID: %s' % ses_mid(d30), 'Subject: RE:[CASE %s] %s' % (c30, FORM_SUBJ),
         'Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % b64s(43),
         'X-SES-Outgoing: 2025.11.04-54.240.8.31']
add('no-auth-results-kindly-reply', 'merge_confirmation_requested', 'en', c30, None, top30,
    tpart(t30, cte='qp'), t30, crlf=True)

# --- 31: very short confirmation request, outlook.com
o31 = D('2025-09-29 02:13:39 +0000'); c31 = case15(o31)
d31 = D('2025-09-30 21:49:03 +0000')
t31 = """Hi Wei,

Quick check before I make the change: AWS03871526 into AWS08250963, keeping AWS08250963 - correct? Heads-up that it can't be undone.

Thanks,
Priyanka
AWS T&C Support
"""
add('short-correct-question', 'merge_confirmation_requested', 'en', c31, True,
    aws_top(d31, FORM, U(WEI), 'RE:[CASE %s] %s' % (c31, FORM_SUBJ), 'outlook'),
    alt(tpart(t31, cte='7bit'), tpart(html_of(t31), sub='html', cte='qp')), t31)

# --- 32: email change inside merge case, asks to confirm the new address -> support_reply
d32 = D('2025-10-02 09:20:41 +0000')
t32new = """Hi Wei,

Thanks for your reply. Before we run the merge, you asked us to change the sign-in e-mail of AWS08250963 from wei.zhang@helixsoft.example.com to wei.zhang.dev@outlook.com, since you are leaving Helixsoft.

Can you confirm that wei.zhang.dev@outlook.com is the address you want on the account? After the change, all certification notifications and your Credly badges will be sent there, and you will sign in to the certification portal with it.

We'll pick up the merge itself once the e-mail change is in place.

Thanks,
Priyanka
AWS T&C Support

"""
t32user = """Yes that's right. But can you also change the e-mail on AWS08250963 to this outlook address? I won't have the helixsoft mailbox for long.

Wei
"""
t32q = outlook_block('Priyanka <aws-cs-trainingcertification-form@amazon.com>', 'Tuesday, September 30, 2025 11:49 PM',
                     'Wei Zhang <wei.zhang.dev@outlook.com>', 'RE:[CASE %s] %s' % (c31, FORM_SUBJ), t31)
t32body = t32new + outlook_block('Wei Zhang <wei.zhang.dev@outlook.com>', 'Wednesday, October 1, 2025 8:02 AM',
                                 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                                 'RE: RE:[CASE %s] %s' % (c31, FORM_SUBJ), t32user + '\n' + t32q)
add('email-change-confirm-address', 'support_reply', 'en', c31, True,
    aws_top(d32, FORM, U(WEI), 'RE:[CASE %s] %s' % (c31, FORM_SUBJ), 'outlook'),
    tpart(t32body, cte='qp'), t32new)

# --- 33: Tom completion quoting his go-ahead (which quotes the request)
d33 = D('2025-10-06 15:12:26 +0000')
t33new = """Hi Tom,

All set. AWS02264913 no longer exists as a separate account: its certification, exam records and benefit history were transferred to AWS06607458, which is now the only account you need. You can sign in with tom.becker.cloud@gmail.com as usual.

Your Credly badge for Solutions Architect - Professional will be re-sent to the same address within a few days.

Best regards,
Jonas W.
AWS Training and Certification
"""
t33user = """Yes, go ahead. Thanks Jonas!

Tom
"""
t33q = '\n' + gmail_quote(t33user + '\n' + gmail_quote(t7new, 'On Sat, Oct 4, 2025 at 12:05 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:'),
                          'On Sat, 4 Oct 2025 at 14:31, Tom Becker <tom.becker.cloud@gmail.com> wrote:')
add('all-set-quoting-go-ahead', 'merge_completed', 'en', c6, True,
    aws_top(d33, FORM, U(TOM), 'RE:[CASE %s] %s' % (c6, FORM_SUBJ), 'gmail'),
    tpart(t33new + t33q, cte='qp'), t33new)

# --- 34: Takuya JA completion, HTML+text, quoting request
d34 = D('2025-12-10 01:55:13 +0000')
t34new = """山本 拓也 様

Amazon Web Services サポートの高橋です。
ご返信いただきありがとうございました。

ご了承いただいた内容のとおり、AWS06450318 の認定資格および受験履歴を AWS02871934 へ移行いたしました。AWS06450318 は閉鎖済みとなります。
認定アカウント（AWS02871934）にサインインいただき、Developer - Associate が表示されていることをご確認ください。

本ケースはこれにてクローズいたします。

高橋
Amazon Web Services
"""
t34q = """
―――― 過去のやり取り ――――
""" + t25new
add('ja-ikou-itashimashita-html', 'merge_completed', 'ja', c13, True,
    aws_top(d34, NOREPLY, addr(TAKUYA[0], TAKUYA[1], 'iso-2022-jp'),
            'RE:[CASE %s] 認定アカウントの統合（2アカウント）についてのご相談' % c13, 'biglobe', sj_cs='iso-2022-jp'),
    alt(tpart(t34new + t34q, cs='iso-2022-jp', cte='7bit'), tpart(html_of(t34new, t34q), sub='html', cte='b64')), t34new)

# --- 35: Priya: thank you for confirming, proceeding (quotes her "Confirmed")
d35 = D('2026-01-20 09:31:18 +0000')
t35new = """Dear Priya,

Thank you for confirming. We are now proceeding with the merge of aws03390668 into aws08157342, as set out in our earlier message. This usually takes one to three business days; we will write to you again as soon as it is finished.

Please do not make any changes to either profile, and do not book an exam with aws03390668, while the merge is in progress.

Warm regards,
Mei L.
AWS Training and Certification

"""
t35user = """Confirmed. Please keep aws08157342 (corporate) and merge the other one into it.

Best regards,
Priya Raman
Senior Data Engineer | Northwind Analytics

"""
t35body = t35new + outlook_block('Priya Raman <priya.raman@northwind-analytics.com>', 'Tuesday, January 20, 2026 8:05 AM',
                                 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                                 'RE: RE:[CASE %s] %s' % (c11, FORM_SUBJ),
                                 t35user + outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                                                         'Monday, January 19, 2026 3:55 PM', 'Priya Raman <priya.raman@northwind-analytics.com>',
                                                         'RE:[CASE %s] %s' % (c11, FORM_SUBJ), t18new))
add('thank-you-for-confirming-proceeding', 'support_reply', 'en', c11, True,
    aws_top(d35, FORM, U(PRIYA), 'RE:[CASE %s] %s' % (c11, FORM_SUBJ), 'outlook'),
    tpart(t35body, cte='qp'), t35new)

# --- 36: Daniel: submitted, "once the merge is complete we will..." -> support_reply
d36 = D('2025-08-23 14:48:50 +0000')
t36new = """Hello Daniel,

Thank you for your written confirmation, which we have added to the case.

Your request has been passed to the team that carries out merges. Once the merge is complete, we will:
- let you know in this case,
- ask Credly to re-issue the badges from AWS01166820 to dan.okafor.ng@gmail.com,
- check that your exam discount benefit shows on AWS05593021.

There is nothing you need to do in the meantime.

Best regards,
Olivia P.
AWS Training and Certification
"""
t36q = '\n' + gmail_quote("I confirm.\n\nDaniel\n\n" + gmail_quote(t15new, 'On Fri, Aug 22, 2025 at 10:03 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:'),
                          'On Sat, Aug 23, 2025 at 8:12 AM Daniel Okafor <dan.okafor.ng@gmail.com> wrote:')
add('passed-to-team-once-complete', 'support_reply', 'en', c9, True,
    aws_top(d36, FORM, U(DANIEL), 'RE:[CASE %s] %s' % (c9, FORM_SUBJ), 'gmail'),
    tpart(t36new + t36q, cte='qp'), t36new)

# ---------------------------------------------------------------- batch 4
AYA = ('中村 彩', 'aya.nakamura.0412@docomo.ne.jp')
KENICHI = ('小林 健一', 'kenichi.kobayashi.jp@gmail.com')
SHO = ('伊藤 翔', 'sho.ito.cloud@gmail.com')

# --- 37: JA console case created (Aya)
o37 = D('2025-11-17 03:26:12 +0000'); c37 = case15(o37)
d37 = o37 + _dt.timedelta(seconds=23)
t37 = """こんにちは、

Amazon Web Services にお問い合わせいただきありがとうございます。お問い合わせ内容に対応するため、新しいケース %s を作成しました。

ケースの詳細
ケース ID：%s
件名：認定アカウントが2つあるので1つにまとめたい
重要度：一般的なご質問
問い合わせ内容：以前の勤務先のメールアドレスで作成した認定アカウントと、現在のアカウントを統合したいです。

ケースの確認や返信は、サポートセンターから行ってください。
https://support.console.aws.amazon.com/support/home?#/case/?displayId=%s&language=ja

このメールアドレスには返信できません。

Amazon Web Services
""" % (c37, c37, c37)
add('ja-console-new-case', 'case_created', 'ja', c37, True,
    aws_top(d37, NOREPLY, AYA[1], 'Amazon Web Services: 新しいサポートケースが作成されました: %s' % c37, 'docomo'),
    tpart(t37, cte='b64'), t37)

# --- 38: JA alternative with differing parts (Aya), text short, html has table
d38 = D('2025-11-18 08:40:33 +0000')
t38txt = """中村 彩 様

Amazon Web Services サポートの石井です。
お問い合わせの件、2つの認定アカウントを確認いたしました。

統合の内容を HTML 版のメールに記載しております。内容をご覧いただき、問題がなければサポートセンターから「この内容で進めてください」とご返信ください。
※統合後に元へ戻すことはできません。

石井
Amazon Web Services
"""
t38html = """<html><head><meta charset="utf-8"></head><body>
<p>中村 彩 様</p>
<p>Amazon Web Services サポートの石井です。<br>お問い合わせの件、2つの認定アカウントを確認いたしました。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>候補者ID</th><th>メールアドレス</th><th>保有資格</th></tr>
<tr><td>残すアカウント</td><td>AWS08805127</td><td>aya.nakamura.0412@docomo.ne.jp</td><td>AWS Certified AI Practitioner</td></tr>
<tr><td>統合後に削除されるアカウント</td><td>AWS04391650</td><td>a-nakamura@sakuragi-tech.example.jp</td><td>AWS Certified Cloud Practitioner（2023年取得）</td></tr>
</table>
<p>AWS04391650 の認定資格・受験履歴・特典は AWS08805127 に引き継がれます。</p>
<p><b>統合後に元へ戻すことはできません。</b>上記の内容で問題がなければ、サポートセンターから「この内容で進めてください」とご返信ください。ご返信をいただくまで、作業は行いません。</p>
<p>石井<br>Amazon Web Services</p>
</body></html>
"""
add('ja-alt-table-susumete-kudasai', 'merge_confirmation_requested', 'ja', c37, True,
    aws_top(d38, NOREPLY, AYA[1], 'RE:[CASE %s] 認定アカウントが2つあるので1つにまとめたい' % c37, 'docomo'),
    alt(tpart(t38txt, cte='qp'), tpart(t38html, sub='html', cte='b64')), t38txt + t38html)

# --- 39: JA phishing look-alike domain
d39 = D('2026-02-24 10:15:48 +0000')
t39 = """AWS認定をご利用のお客様

お客様の認定アカウント AWS05527813 と AWS09140362 の統合リクエストを受け付けました。
統合は取り消しができないため、本人確認のうえ、24時間以内に下記リンクより統合を承認してください。
承認が確認できない場合、両方のアカウントが停止されます。

▼統合を承認する
https://aws-nintei-support.jp/merge/approve?id=AWS09140362

AWS トレーニングと認定 事務局
"""
top39 = env('docomo', AYA[1], d39, 'noreply@aws-nintei-support.jp', '103.152.178.%d' % RNG.randrange(2, 250),
            'mail.aws-nintei-support.jp', 'aws-nintei-support.jp', ('aws-nintei-support.jp',), dmarc='none')
top39 += ['Date: %s' % format_datetime(d39), 'From: %s' % addr('AWS認定サポート', 'noreply@aws-nintei-support.jp', 'iso-2022-jp'),
          'To: %s' % AYA[1], 'Message-ID: <%s@aws-nintei-support.jp>' % hexs(20),
          'Subject: %s' % enc_subject('【重要】認定アカウント統合の承認のお願い（24時間以内）', 'utf-8')]
add('ja-lookalike-shounin-link', 'merge_confirmation_requested', 'ja', None, False, top39,
    tpart(t39, cs='shift_jis', cte='b64'), t39)

# --- 40: agent reverses direction due to constraint, asks to confirm
o40 = D('2025-07-21 15:05:27 +0000'); c40 = case15(o40)
d40 = D('2025-07-23 11:44:02 +0000')
t40 = """Hello Laura,

Thank you for your request to combine your accounts. You asked us to keep AWS01838205 and merge AWS07703469 into it.

Unfortunately AWS07703469 has an exam appointment booked for 8 August, and appointments cannot be moved between accounts. To keep your booking, we would need to do it the other way round:

Kept: AWS07703469
Merged into it and closed: AWS01838205

Everything on AWS01838205 (your Cloud Practitioner certification and exam history) would move across. Please remember that this cannot be reversed later.

Are you happy for us to go ahead on that basis? If you would rather keep AWS01838205, you would need to cancel the appointment first and let us know.

Best regards,
Tariq M.
AWS Training and Certification
"""
add('other-way-round-happy-to-go-ahead', 'merge_confirmation_requested', 'en', c40, True,
    aws_top(d40, FORM, U(LAURA), 'RE:[CASE %s] %s' % (c40, FORM_SUBJ), 'outlook'),
    tpart(t40, cte='b64'), t40)

# --- 41: asks again after ambiguous "ok" reply (Laura), gmail-like quoting from outlook user
d41 = D('2025-07-24 09:10:37 +0000')
t41new = """Hello Laura,

Thank you for your reply. As the merge is permanent, I want to make sure I have understood you correctly. Your answer ("ok thanks") did not say which way round you would like it.

Could you please reply with one of the following sentences?

A) "Please keep AWS07703469 and merge AWS01838205 into it."
B) "Please keep AWS01838205. I will cancel my appointment first."

I will not make any change until I have your answer.

Best regards,
Tariq M.
AWS Training and Certification

"""
t41q = outlook_block('Laura Mendes <laura.mendes@outlook.com>', 'Wednesday, July 23, 2025 7:02 PM',
                     'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                     'RE: RE:[CASE %s] %s' % (c40, FORM_SUBJ), 'ok thanks\n\nLaura\n\nSent from Outlook for Android\n')
add('ambiguous-ok-please-state-direction', 'merge_confirmation_requested', 'en', c40, True,
    aws_top(d41, FORM, U(LAURA), 'RE:[CASE %s] %s' % (c40, FORM_SUBJ), 'outlook'),
    tpart(t41new + t41q, cte='qp'), t41new)

# --- 42: confirm merge + Credly, HTML only, Outlook-style (Henrik's colleague? new user Kenichi EN)
o42 = D('2025-05-05 23:58:14 +0000'); c42 = case15(o42)
d42 = D('2025-05-07 06:21:09 +0000')
t42 = """Hi Kenichi,

Thank you for contacting us. I have reviewed both certification accounts:

AWS03148826 - kenichi.kobayashi.jp@gmail.com (primary, to be kept)
AWS07955301 - k.kobayashi@minato-dx.example.co.jp (secondary, to be merged)

In addition to merging the certification accounts, I can ask Credly to combine the two Credly profiles, so that your three badges are all on kenichi.kobayashi.jp@gmail.com.

Please note that neither the certification merge nor the Credly merge can be reversed. Do we have your go-ahead for both? Reply "yes to both", or tell us if you only want the certification accounts combined.

Regards,
Sofia N.
AWS Training and Certification
"""
add('go-ahead-for-both-credly', 'merge_confirmation_requested', 'en', c42, True,
    aws_top(d42, FORM, U(KENICHI), 'RE:[CASE %s] %s' % (c42, FORM_SUBJ), 'gmail'),
    tpart(html_of(t42), sub='html', cte='qp'), t42)

# --- 43: console case, encoded-word (utf-8) subject split, 15-digit
o43 = D('2026-03-16 19:12:44 +0000'); c43 = case15(o43)
d43 = D('2026-03-18 02:06:51 +0000')
subj43 = 'RE:[CASE %s] Two certification profiles – please combine “AWS04830019” into my main account' % c43
t43 = """Hello Wei,

Thank you for opening this case. For your second request we have identified the profiles involved:

Main profile (stays): AWS04830019
Profile to be combined into it: AWS06672184

Before we submit this, we need to hear from you that the details are correct, because a combination of profiles is permanent. Please reply to this case via the Support Center with your confirmation.

Best regards,
Lukas B.
Amazon Web Services
"""
add('console-encoded-subject-reply-confirm', 'merge_confirmation_requested', 'en', c43, True,
    aws_top(d43, NOREPLY, U(WEI), subj43, 'outlook'), tpart(t43, cte='qp'), t43)

# --- 44: JA lowercase ids, 10-digit case id
c44 = '%010d' % RNG.randrange(5000000000, 9999999999)
d44 = D('2025-09-09 07:33:20 +0000')
t44 = """伊藤 翔 様

AWS トレーニングと認定サポートの佐々木です。

ご連絡いただいた件について、以下のアカウントを確認しました。

・aws09311748（現在ご利用中のアカウント）
・aws02640095（以前の勤務先のメールアドレスで登録されたアカウント）

aws09311748 を残し、aws02640095 をこちらに統合させていただく形でよろしいでしょうか。
統合を実施すると取り消しはできませんので、念のためご確認をお願いいたします。
問題なければ、このメールにそのままご返信ください。

佐々木
AWS トレーニングと認定
"""
add('ja-lowercase-ids-yoroshii-deshouka', 'merge_confirmation_requested', 'ja', c44, True,
    aws_top(d44, FORM, addr(SHO[0], SHO[1], 'iso-2022-jp'), 'RE:[CASE %s] %s' % (c44, FORM_SUBJ), 'gmail'),
    tpart(t44, cs='utf-8', cte='b64'), t44)

# --- 45: JA survey quoting thread (Misaki), no completion statement in new text
d45 = D('2025-07-10 06:02:58 +0000')
t45new = """佐藤 美咲 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース %s はクローズされました。

サービス向上のため、簡単なアンケートにご協力ください（所要時間：約1分）。
https://aws.amazon.com/certification/contact-us/survey?caseId=%s&lang=ja

今回のお問い合わせは解決しましたか？　はい ／ いいえ

AWS トレーニングと認定
""" % (c3, c3)
t45q = '\n2025年7月9日(水) 8:10 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n' + gt_quote(
    t4new + '\n2025年7月8日(火) 19:03 佐藤 美咲 <misaki-sato@nifty.com>:\n' + gt_quote(t4user))
add('ja-anketo-thread-quoted', 'survey', 'ja', c3, True,
    aws_top(d45, FORM, U(MISAKI), '%s' % 'AWS トレーニングと認定：アンケートご協力のお願い [CASE %s]' % c3, 'nifty', sj_cs='iso-2022-jp'),
    tpart(t45new + t45q, cs='iso-2022-jp', cte='7bit'), t45new)

# --- 46: EN survey (Priya) quoting a completion in its history
d46 = D('2026-01-23 10:05:41 +0000')
t46new = """Dear customer,

Your case %s with AWS Training and Certification has been closed.

We would love to hear about your experience. How would you rate the support you received?

  [1] [2] [3] [4] [5]

Was your issue resolved?  YES  /  NO

Thank you,
AWS Training and Certification

""" % c11
t46hist = """Dear Priya,

The merge is complete. aws08157342 now holds all certifications and the exam history from aws03390668, which has been deactivated.

Warm regards,
Mei L.
AWS Training and Certification
"""
t46body = t46new + outlook_block('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', 'Thursday, January 22, 2026 4:18 PM',
                                 'Priya Raman <priya.raman@northwind-analytics.com>', 'RE:[CASE %s] %s' % (c11, FORM_SUBJ), t46hist)
add('survey-quoting-completion', 'survey', 'en', c11, True,
    aws_top(d46, FORM, U(PRIYA), 'How did we do? [CASE %s]' % c11, 'outlook'),
    alt(tpart(t46body, cte='qp'), tpart(html_of(t46new, t46hist), sub='html', cte='qp')), t46new)

# --- 47: Henrik completion, HTML-only, "as confirmed in your reply", with rating footer
d47 = D('2025-11-06 13:52:09 +0000')
t47 = """Dear Henrik,

As confirmed in your reply of 4 November, we kept AWS06118305 and merged AWS09027714 into it. The work was finished this morning: both certifications and the full exam history are now shown on AWS06118305, and AWS09027714 has been deactivated.

If you notice anything missing, please reply to this message within 14 days.

Best regards,
Amir H.
AWS Training and Certification

How would you rate this response? Excellent | Good | Fair | Poor
"""
top47 = ['Return-Path: <%s>' % ses_mailfrom(d47),
         'X-Original-To: henrik.larsen@fjordline-data.no',
         'Delivered-To: henrik.larsen@fjordline-data.no',
         'Received: from a9-84.smtp-out.amazonses.com (a9-84.smtp-out.amazonses.com [54.240.9.84])\n\tby mx1.fjordline-data.no (Postfix) with ESMTPS id 4Dr2Mf0Lk3z1qB\n\tfor <henrik.larsen@fjordline-data.no>; %s' % format_datetime(d47.astimezone(_dt.timezone(_dt.timedelta(hours=1)))),
         dkim('amazon.com', sel_for('amazon.com'), d47), dkim('amazonses.com', sel_for('amazonses.com'), d47),
         'Date: %s' % format_datetime(d47), 'From: %s' % FORM, 'To: %s' % U(HENRIK),
         'Message-ID: %s' % ses_mid(d47), 'Subject: RE:[CASE %s] %s' % (c30, FORM_SUBJ),
         'Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % b64s(43),
         'X-SES-Outgoing: 2025.11.06-54.240.9.84']
add('finished-as-confirmed-html', 'merge_completed', 'en', c30, None, top47,
    tpart(html_of(t47), sub='html', cte='b64'), t47, crlf=True)

# --- 48: follow-up "do you still need help?" (Laura, separate earlier case), names ids
o48 = D('2025-03-10 09:41:00 +0000'); c48 = '1%010d' % RNG.randrange(1000000000, 9999999999)
d48 = D('2025-03-17 15:20:12 +0000')
t48 = """Hello Laura,

We wrote to you on 11 March asking for the sign-in e-mail addresses of AWS01838205 and AWS07703469, so that we can check whether both accounts belong to you. We have not heard back yet.

Do you still need help with combining these accounts? If so, simply reply with the two e-mail addresses. If we do not hear from you within 5 days, we will assume the matter is resolved and close this case.

Best regards,
Amazon Web Services
"""
add('still-need-help-followup', 'support_reply', 'en', c48, True,
    aws_top(d48, NOREPLY, U(LAURA), 'RE:[CASE %s] Duplicate certification accounts' % c48, 'outlook'),
    tpart(t48, cte='8bit'), t48)

# ---------------------------------------------------------------- batch 5
OLGA = ('Olga Petrova', 'olga.petrova.ops@gmail.com')
SAM = ('Samuel Osei', 'samuel.osei.gh@gmail.com')
CARLOS = ('Carlos Ruiz', 'carlos.ruiz@ruiz-ingenieria.es')
FATIMA = ('Fatima El Amrani', 'fatima.elamrani@gmail.com')
MEGUMI = ('高橋 恵', 'megumi-takahashi@nifty.com')

# --- 49: numbered YES list (Olga)
o49 = D('2026-04-06 12:30:18 +0000'); c49 = case15(o49)
d49 = D('2026-04-07 14:02:45 +0000')
t49 = """Hello Olga,

Thank you for contacting AWS Training and Certification regarding your duplicate accounts.

To move forward, please answer YES to each of the three points below in your reply:

1. The account AWS08463017 (olga.petrova.ops@gmail.com) is the one you want to continue using.
2. All certifications and exam history from AWS05129936 (o.petrova@balticsoft.example.ee) should be moved to AWS08463017, and AWS05129936 should then be closed.
3. You understand that this cannot be reversed once done.

As soon as we receive three YES answers, we will carry out the merge.

Kind regards,
Ines F.
AWS Training and Certification
"""
add('answer-yes-to-each-point', 'merge_confirmation_requested', 'en', c49, True,
    aws_top(d49, FORM, U(OLGA), 'RE:[CASE %s] %s' % (c49, FORM_SUBJ), 'gmail'),
    tpart(t49, cte='qp'), t49)

# --- 50: Olga's reply arrived empty -> asked again
d50 = D('2026-04-08 08:47:12 +0000')
t50new = """Hello Olga,

Thank you for getting back to us. Unfortunately your reply reached us without any text - only the quoted history of my previous message came through, possibly because of your mail app.

Could you please answer once more, typing your answers above the quoted part? We still need your YES to each point: keep AWS08463017, move AWS05129936 into it and close it, and acknowledge that this is permanent.

Kind regards,
Ines F.
AWS Training and Certification
"""
t50q = '\n' + gmail_quote('\n' + gmail_quote(t49, 'On Tue, Apr 7, 2026 at 4:02 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:'),
                          'On Tue, Apr 7, 2026 at 22:15 Olga Petrova <olga.petrova.ops@gmail.com> wrote:')
add('empty-reply-please-answer-again', 'merge_confirmation_requested', 'en', c49, True,
    aws_top(d50, FORM, U(OLGA), 'RE:[CASE %s] %s' % (c49, FORM_SUBJ), 'gmail'),
    alt(tpart(t50new + t50q, cte='qp'),
        tpart(html_of(t50new, '\n' + t49, style='gmail', quote_intro='On Tue, Apr 7, 2026 at 22:15 Olga Petrova <olga.petrova.ops@gmail.com> wrote:'), sub='html', cte='qp')),
    t50new)

# --- 51: JA second-time ask, Shift_JIS text, quotes original (Sho)
d51 = D('2025-09-12 02:19:55 +0000')
t51new = """伊藤 翔 様

AWS トレーニングと認定サポートの佐々木です。

9月9日にお送りしたメールについて、念のため再度ご連絡いたしました。
前回ご案内したとおり、aws09311748 を残して aws02640095 を統合する予定です。

統合は取り消しができない手続きのため、お客様のご了承を得てから実施いたします。
お手数ですが、この内容で進めてよいか、本メールへのご返信でお知らせください。

佐々木
AWS トレーニングと認定
"""
t51q = '\n2025年9月9日(火) 16:33 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n' + gt_quote(t44)
add('ja-sjis-nennotame-saido', 'merge_confirmation_requested', 'ja', c44, True,
    aws_top(d51, FORM, addr(SHO[0], SHO[1], 'iso-2022-jp'), 'RE:[CASE %s] %s' % (c44, FORM_SUBJ), 'gmail'),
    tpart(t51new + t51q, cs='shift_jis', cte='8bit'), t51new)

# --- 52: ids only in quoted form submission -> account_ids []
o52 = D('2025-12-15 22:04:33 +0000'); c52 = case15(o52)
d52 = D('2025-12-17 10:40:19 +0000')
t52new = """Hello Samuel,

Thank you for your patience.

I've confirmed that the two profiles you listed in your request are both yours. Here is how we would like to combine them:

- the profile registered with samuel.osei.gh@gmail.com will remain your account, and
- the profile registered with s.osei@accra-fintech.example.com will be merged into it and disabled.

Your Solutions Architect - Associate and Security - Specialty certifications will then appear together under your gmail address. This step is final.

Please let me know by replying to this e-mail that this is how you want it done.

Best regards,
Grace A.
AWS Training and Certification

"""
t52q = """---- Your original request ----
> Inquiry type: AWS Training and Certification
> Detail: Account Merge
> AWS candidate ID: AWS06907241
> Other candidate ID: aws 02311578
> Description: I have two certification accounts, one from my old job (s.osei@accra-fintech.example.com). Please merge them into my gmail account.
"""
add('ids-only-in-quoted-form', 'merge_confirmation_requested', 'en', c52, True,
    aws_top(d52, FORM, U(SAM), 'RE:[CASE %s] %s' % (c52, FORM_SUBJ), 'gmail'),
    tpart(t52new + t52q, cte='qp'), t52new, ids=[])

# --- 53: O365 corporate, review and approve, nested > > quotes
o53 = D('2025-06-30 07:15:02 +0000'); c53 = case15(o53)
d53 = D('2025-07-01 13:29:48 +0000')
t53new = """Hello Carlos,

Thanks for clarifying. Please review the following and approve it by replying to this e-mail:

- Keep: AWS02588394 (carlos.ruiz@ruiz-ingenieria.es)
- Retire after transferring all records: AWS07016473 (cruiz.cloud@yahoo.es)

Once we combine them, we cannot split them apart again.

Regards,
Hiroshi K.
AWS Training and Certification

"""
t53user = """Hi Hiroshi,

The company one please (AWS02588394). The yahoo one I don't use anymore.

Carlos

> Hello Carlos,
>
> We found AWS02588394 and AWS07016473. Which of them would you like to keep?
>
> > I have two AWS certification accounts and want only one. The IDs are AWS02588394 and AWS07016473.
"""
t53body = t53new + gt_quote(t53user)
add('o365-review-and-approve-nested', 'merge_confirmation_requested', 'en', c53, True,
    aws_top(d53, FORM, U(CARLOS), 'RE:[CASE %s] %s' % (c53, FORM_SUBJ), 'outlook'),
    alt(tpart(t53body, cte='qp'), tpart(html_of(t53new, t53user), sub='html', cte='b64')), t53new)

# --- 54: 8-day delay apology + confirm (Fatima)
o54 = D('2025-08-04 16:20:51 +0000'); c54 = case15(o54)
d54 = D('2025-08-12 19:11:26 +0000')
t54 = """Hello Fatima,

Please accept our apologies for the late answer. We have received an unusually high number of requests and it took us longer than usual to get to yours.

I have checked the two candidate IDs you gave us. We suggest keeping AWS-04025519, the account linked to fatima.elamrani@gmail.com, and transferring the contents of AWS-09978160 (your Cloud Practitioner certification and the exam record from 2024) to it. AWS-09978160 would be closed afterwards.

As this is irreversible, we only do it with your explicit agreement. Please reply "I agree" if this suits you, or tell us what you would like to change.

Also, please don't open another case for this request - replying to this e-mail is enough.

Kind regards,
Yusuf D.
AWS Training and Certification
"""
add('late-answer-reply-i-agree', 'merge_confirmation_requested', 'en', c54, True,
    aws_top(d54, FORM, U(FATIMA), 'RE:[CASE %s] %s' % (c54, FORM_SUBJ), 'gmail'),
    tpart(t54, cte='b64'), t54)

# --- 55: JA with English template part (Megumi)
o55 = D('2026-05-11 05:02:39 +0000'); c55 = case15(o55)
d55 = D('2026-05-12 07:48:10 +0000')
t55 = """高橋 恵 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当のクマールです。
日本語でのご案内となりますが、一部英語の定型文が含まれますことをご了承ください。

下記の内容でアカウントを統合いたします。

Primary account (kept): AWS05762208
Secondary account (merged and deactivated): AWS01384957

統合後、AWS01384957 で取得された認定資格（Solutions Architect - Associate）は AWS05762208 に表示されます。
Please note that account merges are permanent and cannot be undone.
統合は元に戻せませんので、上記の内容で問題ないか、ご返信にてお知らせいただけますでしょうか。

クマール
AWS Training and Certification
"""
add('ja-en-template-mixed', 'merge_confirmation_requested', 'ja', c55, True,
    aws_top(d55, FORM, addr(MEGUMI[0], MEGUMI[1], 'iso-2022-jp'), 'RE:[CASE %s] %s' % (c55, FORM_SUBJ), 'nifty'),
    tpart(t55, cs='utf-8', cte='qp'), t55)

# --- 56: CertMetrics confirm e-mail change -> unrelated
d56 = D('2025-11-07 09:30:14 +0000')
t56 = """Dear Henrik Larsen,

A change to the e-mail address on your AWS Certification account (AWS06118305) was requested.

Please confirm your new e-mail address by clicking the link below:
https://www.certmetrics.com/amazon/candidate/confirm_email.aspx?token=%s

If you did not request this change, please contact AWS Training and Certification.

This is an automated message. Please do not reply.
AWS Certification
""" % hexs(32)
top56 = ['Return-Path: <bounce@certmetrics.com>',
         'Received: from mail.certmetrics.com (mail.certmetrics.com [52.32.%d.%d])\n\tby mx1.fjordline-data.no (Postfix) with ESMTPS id 4Ds1Vn3Qk8z1rC\n\tfor <henrik.larsen@fjordline-data.no>; %s' % (
             RNG.randrange(1, 250), RNG.randrange(1, 250), format_datetime(d56.astimezone(_dt.timezone(_dt.timedelta(hours=1))))),
         dkim('certmetrics.com', sel_for('certmetrics.com'), d56),
         'Date: %s' % format_datetime(d56), 'From: AWS Certification <do-not-reply@certmetrics.com>',
         'To: henrik.larsen@fjordline-data.no', 'Message-ID: <%s@certmetrics.com>' % hexs(24),
         'Subject: AWS Certification: please confirm your e-mail address']
add('certmetrics-confirm-email', 'unrelated', 'en', None, None, top56, tpart(t56, cte='7bit'), t56)

# --- 57: Pearson VUE appointment -> unrelated
d57 = D('2025-07-24 16:02:37 +0000')
t57 = """Dear Laura Mendes,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Exam: AWS Certified Solutions Architect - Associate (SAA-C03)
Date: Friday, August 8, 2025
Time: 10:00 AM WEST
Delivery: OnVUE online proctored
Registration ID: 4%08d
AWS candidate ID: AWS07703469

Please confirm your system meets the requirements by running the system test before exam day.

Pearson VUE
""" % RNG.randrange(10 ** 7, 10 ** 8)
top57 = env('outlook', LAURA[1], d57, 'bounce@pearsonvue.com', '198.2.%d.%d' % (RNG.randrange(128, 191), RNG.randrange(1, 250)),
            'mail%d.pearsonvue.com' % RNG.randrange(1, 9), 'pearson.com', ('pearson.com',), p='REJECT')
top57 += ['Date: %s' % format_datetime(d57), 'From: Pearson VUE <pearsonvueconfirmation@pearson.com>', 'To: %s' % LAURA[1],
          'Message-ID: <%s@pearson.com>' % hexs(24), 'Subject: Pearson VUE Confirmation of Booking']
add('pearson-vue-booking', 'unrelated', 'en', None, False, top57,
    alt(tpart(t57, cte='qp'), tpart(html_of(t57), sub='html', cte='qp')), t57)

# --- 58: GitHub merged PR notification -> unrelated
d58 = D('2026-02-18 21:44:09 +0000')
t58 = """Merged #231 into main.

feat(accounts): confirm-before-merge dialog for duplicate candidate profiles

The merge of two accounts is irreversible, so the dialog now asks the operator to confirm which account is kept (candidate id, e-mail, certifications) before calling the merge endpoint.

--
Reply to this email directly, view it on GitHub:
https://github.com/balticsoft/cert-tracker/pull/231#event-%d
You are receiving this because you authored the thread.
""" % RNG.randrange(10 ** 10, 10 ** 11)
top58 = env('gmail', OLGA[1], d58, 'noreply@github.com', '192.30.252.%d' % RNG.randrange(200, 210),
            'out-%d.smtp.github.com' % RNG.randrange(10, 30), 'github.com', ('github.com',), p='REJECT')
top58 += ['Date: %s' % format_datetime(d58), 'From: Olga Petrova <notifications@github.com>',
          'Reply-To: balticsoft/cert-tracker <reply+%s@reply.github.com>' % hexs(40).upper(),
          'To: balticsoft/cert-tracker <cert-tracker@noreply.github.com>',
          'Cc: Olga Petrova <olga.petrova.ops@gmail.com>, Author <author@noreply.github.com>',
          'Message-ID: <balticsoft/cert-tracker/pull/231/issue_event/%d@github.com>' % RNG.randrange(10 ** 10, 10 ** 11),
          'In-Reply-To: <balticsoft/cert-tracker/pull/231@github.com>',
          'References: <balticsoft/cert-tracker/pull/231@github.com>',
          'Subject: Re: [balticsoft/cert-tracker] feat(accounts): confirm-before-merge dialog for\n duplicate candidate profiles (PR #231)',
          'List-ID: balticsoft/cert-tracker <cert-tracker.balticsoft.github.com>',
          'X-GitHub-Reason: author']
add('github-pr-merged-confirm-dialog', 'unrelated', 'en', None, False, top58,
    alt(tpart(t58, cte='7bit'), tpart(html_of(t58), sub='html', cte='7bit')), t58)

# --- 59: AWS billing/Organizations case asking to confirm consolidation -> unrelated
o59 = D('2025-10-20 10:10:10 +0000'); c59 = case15(o59)
d59 = D('2025-10-21 16:33:27 +0000')
t59 = """Hello,

Thank you for contacting AWS Billing and Account support.

You asked us to consolidate the billing of your AWS accounts 4821-7730-1956 and 3307-5518-2049 under your management account. Before we move 3307-5518-2049 into your organization, please confirm that:

- you are the owner of both accounts, and
- you understand that invoices for 3307-5518-2049 will be issued to the management account from the next billing period.

You can reply to this case in the Support Center: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s

Best regards,
Elena M.
Amazon Web Services
""" % c59
add('billing-consolidation-confirm', 'unrelated', 'en', c59, True,
    aws_top(d59, NOREPLY, U(WEI), 'RE:[CASE %s] Consolidated billing for two accounts' % c59, 'outlook'),
    tpart(t59, cte='qp'), t59)

# --- 60: look-alike phishing not about the merge (Builder ID) -> unrelated
d60 = D('2026-03-27 05:51:40 +0000')
t60 = """Your AWS Builder ID requires verification

We detected an unusual sign-in to your AWS Builder ID linked to your certification profile. To avoid suspension, confirm your identity within 12 hours:

https://signin-aws-verify.com/builderid/confirm?u=megumi-takahashi

AWS Security
"""
top60 = env('nifty', MEGUMI[1], d60, 'no-reply@signin-aws-verify.com', '91.92.%d.%d' % (RNG.randrange(1, 250), RNG.randrange(1, 250)),
            'vps%d.hosted-srv.net' % RNG.randrange(100, 999), 'signin-aws-verify.com', (), dmarc='none', spf='softfail', dkim_res='none')
top60 += ['Date: %s' % format_datetime(d60), 'From: AWS <no-reply@signin-aws-verify.com>', 'To: %s' % MEGUMI[1],
          'Message-ID: <%s@vps.hosted-srv.net>' % hexs(18), 'Subject: Verify your AWS Builder ID now']
add('lookalike-builder-id-verify', 'unrelated', 'en', None, False, top60,
    tpart(html_of(t60), sub='html', cte='qp'), t60)

# @@MAILS_END@@

# ==================================================================== write
if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fname, data, label in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        labels[fname] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(MAILS), 'mails written')
