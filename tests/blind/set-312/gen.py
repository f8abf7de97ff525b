#!/usr/bin/env python3
"""Generator for blind set 312: eight users' AWS Certification account-merge
cases, start to end, plus look-alikes. Writes NNN-*.eml and labels.json."""
import base64
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timezone, timedelta
from email import policy, utils
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(312)
POL = policy.compat32.clone(max_line_length=0, linesep='\n')
LABELS = {}
NEWTEXT = {}

FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORM_FROM = '"Amazon Web Services" <%s>' % FORM
CONSOLE = 'no-reply-aws@amazon.com'
CONSOLE_FROM = '"Amazon Web Services" <%s>' % CONSOLE
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# --------------------------------------------------------------- helpers

def utc(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=timezone.utc)


def rfcdate(dt, tzh=0, suffix=None):
    local = dt.astimezone(timezone(timedelta(hours=tzh)))
    s = utils.format_datetime(local)
    if suffix:
        s += ' (%s)' % suffix
    return s


def case15(dt, tail):
    return '%d%s' % (int(dt.timestamp()), tail)


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def b64r(n):
    return base64.b64encode(R.randbytes(n)).decode()


def alnum(n):
    return ''.join(R.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def ses_msgid(dt):
    ms = int(dt.timestamp() * 1000) + R.randint(0, 900)
    return '<01000%011x-%s-000000@email.amazonses.com>' % (ms, uuid.UUID(int=R.getrandbits(128)))


def ses_mailfrom(dt):
    ms = int(dt.timestamp() * 1000) + R.randint(0, 900)
    return '01000%011x-%s-000000@email.amazonses.com' % (ms, uuid.UUID(int=R.getrandbits(128)))


def ses_ip():
    return R.choice(['54.240.8.%d' % R.randint(20, 99), '54.240.48.%d' % R.randint(90, 120),
                     '54.240.9.%d' % R.randint(10, 60)])


def ses_host(ip):
    a = ip.split('.')
    pre = {'8': 'a8', '48': 'a48', '9': 'a9'}[a[2]]
    return '%s-%s.smtp-out.amazonses.com' % (pre, a[3])


def fold_b(sig, first=62, width=72):
    out = [sig[:first]]
    rest = sig[first:]
    while rest:
        out.append(rest[:width])
        rest = rest[width:]
    return '\n\t '.join(out)


def dkim(d, s, dt, h='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID', c='relaxed/simple'):
    t = int(dt.timestamp())
    return ('DKIM-Signature',
            'v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (c, s, d, t, h, b64r(32), fold_b(b64r(256))))


AMZ_SEL = 'rjt5gn5ftekzcsrmp3oh4uxqkkiflvlo'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def aws_sig(dt, d='amazon.com'):
    return [dkim(d, AMZ_SEL if d == 'amazon.com' else alnum(32), dt),
            dkim('amazonses.com', SES_SEL, dt)]


def enc_subject(text, charset='utf-8', maxlen=76):
    return Header(text, charset, maxlinelen=maxlen, header_name='Subject').encode(linesep='\n')


def enc_name(name, addr, charset='utf-8'):
    return '%s <%s>' % (Header(name, charset).encode(), addr)


def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None, extra=None):
    """One text part. codec: the real byte encoding (may differ from label)."""
    raw = text.replace('\r\n', '\n').encode(codec or charset)
    part = MIMENonMultipart('text', subtype)
    del part['MIME-Version']
    part.set_param('charset', charset)
    if extra:
        for k, v in extra.items():
            part.set_param(k, v)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    part['Content-Transfer-Encoding'] = cte
    part.set_payload(payload)
    return part


def alt(*parts, boundary=None, sub='alternative'):
    m = MIMEMultipart(sub, boundary=boundary or ('----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(100000000, 999999999), R.randint(1700000000000, 1760000000000))))
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def html_of(text, quoted=None):
    """Very plain HTML rendering of a text body (agent templates)."""
    import html as H
    paras = text.strip('\n').split('\n\n')
    out = ['<p>%s</p>' % H.escape(p).replace('\n', '<br>') for p in paras]
    q = ''
    if quoted:
        q = ('<div style="border-left:1px solid #ccc;padding-left:8px;color:#555">%s</div>'
             % H.escape(quoted).replace('\n', '<br>\n'))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n%s\n</body></html>\n'
            % ('\n'.join(out), q))


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


# ------------------------------------------------------ inbound traces

def ar_gmail(dk, spf, mailfrom, ip, dmarc, fromdom, pol='QUARANTINE'):
    parts = ['mx.google.com']
    for d, res, sel in dk:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, sel, b64r(6)[:8]))
    if spf == 'pass':
        parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom))
    else:
        parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, mailfrom, ip, mailfrom))
    parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, pol, pol, 'NONE' if dmarc == 'pass' else 'QUARANTINE', fromdom))
    return ';\n       '.join(parts)


def inbound_gmail(rcpt, dt, mailfrom, ip, host, ar, tz=-7):
    tzs = 'PDT' if tz == -7 else 'PST'
    d1 = rfcdate(dt + timedelta(seconds=1), tz, tzs)
    d0 = rfcdate(dt + timedelta(seconds=1), tz, tzs)
    sid = alnum(40)
    arc_ar = ar.replace('mx.google.com;', 'i=1; mx.google.com;', 1)
    return [
        ('Delivered-To', rcpt),
        ('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
         % (hexs(4), hexs(3), hexs(4), hexs(4), alnum(8), d1)),
        ('X-Google-Smtp-Source', 'AGHT+I' + b64r(60)[:86]),
        ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s'
         % (hexs(4), hexs(3), hexs(4), hexs(4), alnum(12), R.randint(1, 9), R.randint(10000, 99999) * 10000000000 + R.randint(0, 9999999999), d1)),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(dt.timestamp()), fold_b(b64r(256), 60, 64).replace('\n\t ', '\n         '))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:date:subject:to:from:message-id\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (b64r(32), b64r(32), fold_b(b64r(256), 60, 64).replace('\n\t ', '\n         '))),
        ('ARC-Authentication-Results', arc_ar),
        ('Return-Path', '<%s>' % mailfrom),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (host, host, ip, sid[:26], R.randint(1, 9), R.randint(100000, 999999), rcpt, d0)),
        ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip)),
        ('Authentication-Results', ar),
    ]


def ar_outlook(spf, ip, mailfrom_dom, dk, dmarc, fromdom, action='none', compauth='pass reason=100'):
    s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s;' % (spf, ip, mailfrom_dom)
    for d, res in dk:
        s += ' dkim=%s (signature was verified)\n header.d=%s;' % (res, d) if res == 'pass' else ' dkim=%s (no signature)\n header.d=%s;' % (res, d)
    s += 'dmarc=%s action=%s header.from=%s;compauth=%s' % (dmarc, action, fromdom, compauth)
    return s


def inbound_outlook(rcpt, dt, ip, host, mailfrom_dom, ar, consumer=True, tenant_dom=None):
    d = rfcdate(dt + timedelta(seconds=2), 0)
    if consumer:
        srv1, srv2, srv3 = 'SN7P220MB1%03d.NAMP220.PROD.OUTLOOK.COM' % R.randint(0, 999), \
            'CH2PEPF0000%04X.namprd04.prod.outlook.com' % R.randint(0, 0xffff), \
            'DS3PEPF0000%04X.namprd03.prod.outlook.com' % R.randint(0, 0xffff)
    else:
        srv1, srv2, srv3 = 'AS8PR07MB%04d.eurprd07.prod.outlook.com' % R.randint(1000, 9999), \
            'AM4PEPF0000%04X.eurprd04.prod.outlook.com' % R.randint(0, 0xffff), \
            'AMS0EPF0000%04X.eurprd05.prod.outlook.com' % R.randint(0, 0xffff)
    return [
        ('Received', 'from %s (%s) by\n %s with HTTPS; %s' % (srv2.split('.')[0][:0] + srv2, '::1', srv1, d)),
        ('Received', 'from %s (2603:10b6:%s::%s) by\n %s (2603:10b6:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
         % (srv2, hexs(3), hexs(2), srv1, hexs(3), hexs(2), R.randint(8000, 9300), R.randint(10, 40), d)),
        ('Received', 'from %s\n (2603:10b6:%s:cafe::%s) by %s\n (2603:10b6:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
         % (srv3, hexs(3), hexs(2), srv2, hexs(3), hexs(2), R.randint(8000, 9300), R.randint(10, 40), d)),
        ('Authentication-Results', ar),
        ('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (mailfrom_dom, ip, ip, host)),
        ('Received', 'from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
         % (host, ip, srv3, R.randint(1, 250), R.randint(1, 250), R.randint(8000, 9300), R.randint(10, 40), rfcdate(dt + timedelta(seconds=1), 0))),
    ]


def outlook_tail(dt):
    return [
        ('X-MS-Exchange-Organization-ExpirationStartTime', dt.strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % R.randint(0, 9999)),
        ('X-MS-Exchange-Organization-Network-Message-Id', str(uuid.UUID(int=R.getrandbits(128)))),
        ('X-MS-PublicTrafficType', 'Email'),
        ('X-MS-Exchange-Organization-SCL', '1'),
        ('X-Microsoft-Antispam', 'BCL:0;ARA:13230040|2092699003|69100299015|8096899003;'),
    ]


# ------------------------------------------------------------ output

def build(headers, body):
    ct = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for k, v in headers:
        body[k] = v
    if 'MIME-Version' not in body:
        body['MIME-Version'] = '1.0'
    for k, v in ct:
        if k != 'MIME-Version':
            body[k] = v
    return body


def emit(name, headers, body, kind, case_id, ids, verified, lang, new):
    msg = build(headers, body)
    data = msg.as_bytes(policy=POL)
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)
    LABELS[name] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)),
                    'sender_verified': verified, 'language': lang}
    NEWTEXT[name] = new


def aws_in_gmail(rcpt, dt, frm, to, subj, body, d='amazon.com', tz=-7, extra=None):
    """Genuine SES-sent AWS mail delivered to a Gmail mailbox."""
    mf = ses_mailfrom(dt)
    ip = ses_ip()
    ar = ar_gmail([(d, 'pass', AMZ_SEL), ('amazonses.com', 'pass', SES_SEL)], 'pass', mf, ip, 'pass', d)
    h = inbound_gmail(rcpt, dt, mf, ip, ses_host(ip), ar, tz)
    h += aws_sig(dt, d)
    h += [('Date', rfcdate(dt)), ('From', frm), ('To', to), ('Message-ID', ses_msgid(dt)), ('Subject', subj)]
    h += extra or []
    h += [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64r(30)[:43]),
          ('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), ip))]
    return h


def aws_in_outlook(rcpt, dt, frm, to, subj, consumer=True, extra=None):
    ip = ses_ip()
    host = ses_host(ip)
    ar = ar_outlook('pass', ip, 'us-east-1.amazonses.com' if consumer else 'amazonses.com',
                    [('amazon.com', 'pass'), ('amazonses.com', 'pass')], 'pass', 'amazon.com')
    h = inbound_outlook(rcpt, dt, ip, host, 'us-east-1.amazonses.com' if consumer else 'amazonses.com', ar, consumer)
    h += aws_sig(dt)
    h += [('Date', rfcdate(dt)), ('From', frm), ('To', to), ('Message-ID', ses_msgid(dt)), ('Subject', subj)]
    h += extra or []
    h += [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64r(30)[:43]),
          ('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), ip)),
          ('Return-Path', ses_mailfrom(dt))]
    h += outlook_tail(dt)
    return h


FOOT_EN = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""

FOOT_JA = """アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc."""

# ================================================================ MAILS

# ---------------------------------------------------------- client helpers

def gmail_boundary():
    return '000000000000' + hexs(12)


def gmail_sent(frm, to, dt, tz, subj, new, attr, quoted, reply_to_id, charset_cte='base64', cc=None):
    """A reply as stored in Gmail's Sent folder (no trace/auth headers)."""
    import html as H
    plain = new.rstrip('\n') + '\n\n' + attr + '\n\n' + quote(quoted) + '\n'
    hnew = ''.join('<div>%s</div>' % (H.escape(l) if l else '<br>') for l in new.rstrip('\n').split('\n'))
    hq = H.escape(quoted.strip('\n')).replace('\n', '<br>\n')
    html = ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
            % (hnew, H.escape(attr), hq))
    body = alt(leaf(plain, 'plain', 'UTF-8', charset_cte), leaf(html, 'html', 'UTF-8', 'quoted-printable'), boundary=gmail_boundary())
    h = [('MIME-Version', '1.0'), ('Date', rfcdate(dt, tz)), ('References', reply_to_id), ('In-Reply-To', reply_to_id),
         ('Message-ID', '<CA%s%s@mail.gmail.com>' % (R.choice(['+', 'K', 'F', 'H']), b64r(40)[:50].replace('/', '_'))),
         ('Subject', subj), ('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    return h, body


# ================================================== USER A: Kenji Tanaka
# Gmail, Japanese, form case (15 digits), two accounts
A_MAIL = 'kenji.tanaka.dev@gmail.com'
A_TO = '\u7530\u4e2d\u5065\u4e8c <%s>' % A_MAIL
A_OPEN = utc('2025-05-27 23:02:14')
A_CASE = case15(A_OPEN, '00871')
A_SUBJ = '[CASE %s] %s' % (A_CASE, FORM_SUBJ)
A_RE = 'RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ)
A_TO_H = enc_name('田中健二', A_MAIL)

# 001 -- form acknowledgement (English template)
dt = A_OPEN + timedelta(seconds=41)
t001 = """Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to confirm that we have received your request and created a support case for you.

Case ID: %s
Inquiry type: Certification
Detail: Account Merge

A member of our support team will review your request and get back to you, in most cases within 24 hours. If you need to add information, simply reply to this email and keep the case ID in the subject line.

Please do not submit another request for the same issue. Duplicate cases are processed separately and may delay our response.

Sincerely,
AWS Training and Certification

%s
""" % (A_CASE, FOOT_EN)
h = aws_in_gmail(A_MAIL, dt, FORM_FROM, A_MAIL, A_SUBJ, None)
emit('001-form-ack-kenji.eml', h, leaf(t001, 'plain', 'UTF-8', 'quoted-printable'),
     'case_created', A_CASE, [], True, 'en', t001)
A_001_ID = h[[k for k, v in h].index('Message-ID')][1]

# 002 -- agent asks for login e-mails and which account to keep (Japanese)
dt = utc('2025-05-29 01:12:37')
t002 = """田中 健二 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
サポート担当の小林と申します。

認定アカウントの統合についてのご依頼、承りました。
手続きを進めるにあたり、恐れ入りますが以下の情報をご提供いただけますでしょうか。

1. 統合の対象となる各アカウントのログイン用メールアドレス
2. 各アカウントの受験者 ID（「AWS」で始まる ID）
3. 統合後に引き続きご利用になるアカウント（存続させるアカウント）

なお、アカウントの統合は一度実施すると元に戻すことができませんので、あらかじめご了承ください。

お手数をおかけいたしますが、本メールに直接ご返信くださいますようお願いいたします。その際、件名のケース番号は変更なさらないでください。

何卒よろしくお願い申し上げます。

小林 美咲
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
q002 = """-----Original Message-----
Inquiry Type: Certification
Detail: Account Merge
First Name: Kenji
Last Name: Tanaka
Email: kenji.tanaka.dev@gmail.com
AWS Candidate ID: AWS10582236
Description: 以前の勤務先のメールアドレスで作成した認定アカウントがあり、現在のアカウントと統合したいです。以前のアカウントには SAA の資格が登録されています。
"""
p = t002 + '\n' + q002 + '\n' + FOOT_JA + '\n'
h = aws_in_gmail(A_MAIL, dt, FORM_FROM, A_TO_H, A_RE, None)
emit('002-ja-agent-asks-login-emails.eml', h,
     alt(leaf(p, 'plain', 'UTF-8', 'base64'), leaf(html_of(t002 + '\n' + FOOT_JA, q002), 'html', 'UTF-8', 'base64')),
     'support_reply', A_CASE, [], True, 'ja', t002)
A_002_ID = dict(h)['Message-ID']

# 003 -- Sent: Kenji answers with both ids (Gmail, Japanese attribution)
dt = utc('2025-05-29 03:40:05')
t003 = """小林様

ご連絡ありがとうございます。田中です。
ご依頼いただいた情報をお送りします。

・アカウント1（以前の勤務先で作成したもの）
  ログイン用メールアドレス：kenji.tanaka@hoshino-sys.co.jp
  受験者ID：AWS04417729
・アカウント2（現在使っているもの）
  ログイン用メールアドレス：kenji.tanaka.dev@gmail.com
  受験者ID：aws10582236

残したいのはアカウント2（AWS10582236）の方です。
以前のアカウントの資格（SAA）と、50%割引の特典を移していただけると助かります。

よろしくお願いいたします。

田中 健二
"""
attr = '2025年5月29日(木) 10:12 Amazon Web Services <%s>:' % FORM
h, b = gmail_sent(A_TO_H, FORM_FROM, dt, 9, 'Re: ' + A_RE, t003, attr, t002 + '\n' + q002, A_002_ID)
emit('003-sent-ja-kenji-gives-ids.eml', h, b, 'unrelated', A_CASE, ['AWS04417729', 'AWS10582236'], None, 'ja', t003)

# 004 -- agent asks to confirm the merge direction (Japanese, HTML + text, QP)
dt = utc('2025-05-30 00:48:19')
t004 = """田中 健二 様

お世話になっております。AWS トレーニングと認定 サポートの小林でございます。
必要な情報をご提供いただき、ありがとうございました。

いただいた内容をもとに、以下のとおりアカウントを統合させていただく予定です。

■ 統合元（統合後に使用できなくなるアカウント）
　受験者 ID：AWS04417729
　ログイン：kenji.tanaka@hoshino-sys.co.jp

■ 統合先（今後もご利用いただくアカウント）
　受験者 ID：AWS10582236
　ログイン：kenji.tanaka.dev@gmail.com

統合元アカウントに登録されている認定資格、受験履歴、特典はすべて統合先アカウントへ移行されます。
統合は一度実施すると取り消すことができません。

上記の内容でお間違いがないか、本メールへのご返信にてご確認いただけますでしょうか。
ご確認のご連絡をいただき次第、統合の手続きを開始いたします。

何卒よろしくお願い申し上げます。

小林 美咲
AWS トレーニングと認定 カスタマーサポート
"""
q004 = """-----Original Message-----
From: kenji.tanaka.dev@gmail.com
Sent: 2025/05/29 3:40 AM (UTC)
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: %s

%s""" % (A_RE, t003)
h = aws_in_gmail(A_MAIL, dt, FORM_FROM, A_TO_H, A_RE, None)
emit('004-ja-confirm-merge-direction.eml', h,
     alt(leaf(t004 + '\n' + q004 + '\n' + FOOT_JA, 'plain', 'UTF-8', 'quoted-printable'),
         leaf(html_of(t004 + '\n' + FOOT_JA, q004), 'html', 'UTF-8', 'quoted-printable')),
     'merge_confirmation_requested', A_CASE, ['AWS04417729', 'AWS10582236'], True, 'ja', t004)
A_004_ID = dict(h)['Message-ID']

# 005 -- Sent: Kenji confirms (Japanese + one English sentence)
dt = utc('2025-05-30 02:03:51')
t005 = """小林様

ご確認ありがとうございます。
記載いただいた内容で間違いありません。統合の手続きを進めてください。
The details are correct. Please proceed with the merge.

田中
"""
attr = '2025年5月30日(金) 9:48 Amazon Web Services <%s>:' % FORM
h, b = gmail_sent(A_TO_H, FORM_FROM, dt, 9, 'Re: ' + A_RE, t005, attr, t004, A_004_ID)
emit('005-sent-ja-kenji-confirms.eml', h, b, 'unrelated', A_CASE, [], None, 'ja', t005)

# 006 -- agent: thanks, we will now start (not done yet)
dt = utc('2025-05-30 06:05:44')
t006 = """田中 健二 様

ご返信いただき、誠にありがとうございます。

統合内容についてご確認をいただきましたので、これより担当部署にてアカウント統合の手続きを開始いたします。
通常、処理には 2～3 営業日ほどお時間を頂戴しております。作業が完了しましたら、本ケースにて改めてご連絡いたします。

恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。

小林 美咲
AWS トレーニングと認定 カスタマーサポート
"""
h = aws_in_gmail(A_MAIL, dt, FORM_FROM, A_TO_H, A_RE, None)
emit('006-ja-agent-will-now-proceed.eml', h, leaf(t006 + '\n' + FOOT_JA + '\n', 'plain', 'UTF-8', 'quoted-printable'),
     'support_reply', A_CASE, [], True, 'ja', t006)

# 007 -- merge done (Japanese, base64)
dt = utc('2025-06-02 02:30:12')
t007 = """田中 健二 様

いつもお世話になっております。AWS トレーニングと認定 サポートの小林です。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が、本日完了いたしましたのでご報告いたします。

今後は受験者 ID AWS10582236 のアカウント（kenji.tanaka.dev@gmail.com）でサインインしていただき、以前のアカウントの認定資格と特典（50% 割引バウチャーなど）が表示されていることをご確認ください。

Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。バッジの受け取りに関するメールが Credly から届きましたら、案内に沿ってお手続きください。

ご不明な点がございましたら、本メールにご返信ください。

小林 美咲
AWS トレーニングと認定 カスタマーサポート
"""
h = aws_in_gmail(A_MAIL, dt, FORM_FROM, A_TO_H, A_RE, None)
emit('007-ja-merge-done.eml', h,
     alt(leaf(t007 + '\n' + FOOT_JA + '\n', 'plain', 'UTF-8', 'base64'), leaf(html_of(t007 + '\n' + FOOT_JA), 'html', 'UTF-8', 'base64')),
     'merge_completed', A_CASE, ['AWS10582236'], True, 'ja', t007)

# 008 -- closure + survey (Japanese, HTML only, encoded folded subject)
dt = utc('2025-06-02 02:31:05')
t008 = """田中 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。ケース %s はクローズされました。

今後のサービス向上のため、今回の対応についてのアンケートにご協力をお願いいたします（所要時間は 1 分ほどです）。

お問い合わせの問題は解決しましたか？
[はい]　[いいえ]

担当者の対応を 5 段階で評価してください。
★★★★★

引き続きサポートが必要な場合は、このメールにご返信いただくとケースが再開されます。
""" % A_CASE
import html as _H
h008 = ('<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f3f3">'
        '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Meiryo,Arial,sans-serif">'
        '<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>'
        '<tr><td style="padding:24px;font-size:14px;line-height:1.7">'
        '<p>田中 健二 様</p><p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。ケース <b>%s</b> はクローズされました。</p>'
        '<p>今後のサービス向上のため、今回の対応についてのアンケートにご協力をお願いいたします（所要時間は 1 分ほどです）。</p>'
        '<p><b>お問い合わせの問題は解決しましたか？</b></p>'
        '<p><a href="https://survey.support.aws.a2z.com/s/r?c=%s&amp;a=yes&amp;l=ja" style="background:#ec7211;color:#fff;padding:8px 24px;text-decoration:none">はい</a>&nbsp;&nbsp;'
        '<a href="https://survey.support.aws.a2z.com/s/r?c=%s&amp;a=no&amp;l=ja" style="background:#545b64;color:#fff;padding:8px 24px;text-decoration:none">いいえ</a></p>'
        '<p>担当者の対応を 5 段階で評価してください。<br>'
        + ''.join('<a href="https://survey.support.aws.a2z.com/s/r?c=%s&amp;rating=%d&amp;l=ja">&#9733;</a>' % (A_CASE, i) for i in range(1, 6)) +
        '</p><p style="color:#687078;font-size:12px">引き続きサポートが必要な場合は、このメールにご返信いただくとケースが再開されます。</p>'
        '</td></tr><tr><td style="padding:16px;font-size:11px;color:#879596">%s</td></tr></table></body></html>\n'
        ) % (A_CASE, A_CASE, A_CASE, FOOT_JA.replace('\n', '<br>'))
subj = enc_subject('ケース %s はクローズされました - ご意見をお聞かせください' % A_CASE)
h = aws_in_gmail(A_MAIL, dt, FORM_FROM, A_TO_H, subj, None)
emit('008-ja-closed-survey.eml', h, leaf(h008, 'html', 'UTF-8', 'quoted-printable'),
     'survey', A_CASE, [], True, 'ja', t008)

# ================================================== USER B: Priya Nair
# outlook.com, console case (15 digits), three accounts
B_MAIL = 'priya.nair88@outlook.com'
B_OPEN = utc('2025-06-10 14:37:05')
B_CASE = case15(B_OPEN, '02417')
B_CSUBJ = 'Merge three AWS Certification accounts into one'
B_RE = 'RE:[CASE %s] %s' % (B_CASE, B_CSUBJ)
B_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % B_CASE


def console_foot(case, link):
    return """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
%%s
Amazon Web Services

======================================================
To see all correspondence for this case or to contact us again about this issue, please go to the AWS Support Center:
%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To contact us again about this case, please use the link above.
======================================================

%s
""" % (link, FOOT_EN)


def outlook_boundary():
    return '_000_%s%s_' % (alnum(8).upper(), 'PROD.OUTLOOK.COM'.replace('.', ''))


# 009 -- console case opened
dt = B_OPEN + timedelta(seconds=9)
t009 = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, over the years I created three separate certification accounts (one with my personal email, one with my university email and one with my work email). I would like all of them to be combined into the account I use now, so that all my certifications show in one place. Thank you!

Please note that we will respond within the response time that applies to the severity of your case.

To view your case or add correspondence, please sign in to the AWS Support Center:
%s

Sincerely,
Amazon Web Services

This message was sent from an address that cannot accept incoming e-mail.

%s
""" % (B_CASE, B_CASE, B_CSUBJ, B_LINK, FOOT_EN)
h = aws_in_outlook(B_MAIL, dt, CONSOLE_FROM, B_MAIL, 'Amazon Web Services: You have opened a new Support case: %s' % B_CASE)
emit('009-console-case-opened-priya.eml', h,
     alt(leaf(t009, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t009), 'html', 'UTF-8', 'quoted-printable')),
     'case_created', B_CASE, [], True, 'en', t009)

# 010 -- console: new correspondence notice (content only in console)
dt = utc('2025-06-11 09:21:47')
t010 = """Hello,

We have added a new correspondence to your AWS Support case %s ("%s").

To read the correspondence and respond, please sign in to the AWS Support Center:
%s

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was sent from an address that cannot accept incoming e-mail.
""" % (B_CASE, B_CSUBJ, B_LINK)
h = aws_in_outlook(B_MAIL, dt, CONSOLE_FROM, B_MAIL, '[Case %s] New correspondence added' % B_CASE)
emit('010-console-new-correspondence-notice.eml', h, leaf(t010 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', '7bit'),
     'support_reply', B_CASE, [], True, 'en', t010)

# 011 -- chaser from a non-native agent, asks for details (and one non-merge question)
dt = utc('2025-06-13 11:02:33')
t011 = """Hello Priya,

Hope you are doing well.

This is a follow up on my previous correspondence. To move forward with your request we still need few details from your side, kindly provide below:

1. The email address which is used to login for each of the three certification accounts
2. The candidate ID of each account, if you have it (you can find it under "My Profile" in the certification portal)
3. Which one of the account you would like to keep as the main account

Also, could you please let us know if any of these accounts was created through your employer's AWS Partner Network training program? This is only to check if any partner benefits are attached, it will not stop the request.

Kindly update the case from the Support Center with the above information, as this mailbox is not monitored. If we do not receive an update, the case will be automatically resolved after 7 days.
"""
body011 = t011 + '\n' + console_foot(B_CASE, B_LINK) % 'Rahul K.'
h = aws_in_outlook(B_MAIL, dt, CONSOLE_FROM, B_MAIL, B_RE)
emit('011-console-chaser-needs-details.eml', h,
     alt(leaf(body011, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(body011), 'html', 'UTF-8', 'quoted-printable')),
     'support_reply', B_CASE, [], True, 'en', t011)

# 012 -- three-account confirmation request
dt = utc('2025-06-16 10:47:09')
t012 = """Hello Priya,

Thank you for sharing the details. Based on the information you have provided, please find below the summary of the requested merge:

Primary account (this account will be kept):
    AWS-07731520  -  priya.nair88@outlook.com

Accounts that will be merged into the primary account:
    AWS-02296841  -  p.nair@student.leedsbeckett.ac.uk
    AWS-11804473  -  priya.nair@kestrel-analytics.com

Once merged, all certifications, exam history and benefits of the two secondary accounts will be available under AWS-07731520, and the secondary accounts will be deactivated. Please be aware that this action is permanent and can not be reverted.

Could you please reply to this case from the Support Center and confirm that the above details are correct? We will start the process only after receiving your confirmation.
"""
body012 = t012 + '\n' + console_foot(B_CASE, B_LINK) % 'Rahul K.'
h = aws_in_outlook(B_MAIL, dt, CONSOLE_FROM, B_MAIL, B_RE)
emit('012-console-confirm-three-accounts.eml', h,
     alt(leaf(body012, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(body012), 'html', 'UTF-8', 'quoted-printable')),
     'merge_confirmation_requested', B_CASE, ['AWS02296841', 'AWS07731520', 'AWS11804473'], True, 'en', t012)

# 013 -- thanks for confirming, we will proceed (not done yet), HTML only
dt = utc('2025-06-17 08:15:50')
t013 = """Hello Priya,

Thank you for confirming the details.

I have now submitted your request to our Certification operations team. The consolidation is usually completed within 3 to 5 business days. I will keep this case open and will update you here as soon as the team lets me know it is finished, so there is no need to create a new case.

In the meantime, please do not schedule any new exam on the secondary accounts.
"""
body013 = t013 + '\n' + console_foot(B_CASE, B_LINK) % 'Rahul K.'
h = aws_in_outlook(B_MAIL, dt, CONSOLE_FROM, B_MAIL, B_RE)
emit('013-console-thanks-will-proceed.eml', h, leaf(html_of(body013), 'html', 'UTF-8', 'base64'),
     'support_reply', B_CASE, [], True, 'en', t013)


def credly_out(rcpt, dt, frm, subj, provider, tz=0):
    """Genuine Credly (SendGrid) mail into a mailbox."""
    ip = '149.72.%d.%d' % (R.randint(100, 250), R.randint(1, 250))
    host = 'o%d.ptr%d.em.credly.com' % (R.randint(1, 9), R.randint(1000, 9999))
    mf = 'bounces+%d-%s-%s@em.credly.com' % (R.randint(1000000, 9999999), hexs(4), rcpt.replace('@', '='))
    sig = [dkim('credly.com', 's1', dt, h='cc:content-type:from:mime-version:subject:to:cc:content-type:from:subject:to', c='relaxed/relaxed'),
           dkim('sendgrid.info', 'smtpapi', dt, h='cc:content-type:from:mime-version:subject:to:cc:content-type:from:subject:to', c='relaxed/relaxed')]
    if provider == 'gmail':
        ar = ar_gmail([('credly.com', 'pass', 's1'), ('sendgrid.info', 'pass', 'smtpapi')], 'pass', mf, ip, 'pass', 'credly.com', 'NONE')
        h = inbound_gmail(rcpt, dt, mf, ip, host, ar, tz)
    elif provider in ('outlook', 'm365'):
        ar = ar_outlook('pass', ip, 'em.credly.com', [('credly.com', 'pass'), ('sendgrid.info', 'pass')], 'pass', 'credly.com')
        h = inbound_outlook(rcpt, dt, ip, host, 'em.credly.com', ar, provider == 'outlook')
    else:
        h = provider(rcpt, dt, mf, ip, host)
    h += sig
    h += [('Date', rfcdate(dt)), ('From', frm), ('To', rcpt),
          ('Message-ID', '<%s@geopod-ismtpd-%d>' % (b64r(16).rstrip('=').replace('/', 'x').replace('+', 'y'), R.randint(1, 40))),
          ('Subject', subj), ('X-SG-EID', b64r(60)), ('X-Entity-ID', b64r(16)[:22])]
    if provider in ('outlook', 'm365'):
        h += [('Return-Path', mf)] + outlook_tail(dt)
    return h


CREDLY_FOOT = """Credly, Inc. | 1345 Avenue of the Americas, 2nd Floor | New York, NY 10105
Notification settings: https://www.credly.com/earner/settings/notifications
Privacy policy: https://www.credly.com/privacy"""

# 014 -- Credly's own self-service account merge code (NOT the AWS merge)
dt = utc('2025-06-14 19:40:26')
t014 = """Hi Priya,

We received a request to merge the Credly account registered to p.nair@student.leedsbeckett.ac.uk into your Credly account.

Your verification code is: 604118

Enter this code on the merge screen, or click the button below to finish:
Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=%s

All badges from the merged account will move to this account and the other account will be closed. The code expires in 30 minutes.

If you did not make this request, you can ignore this email; nothing will change.

The Credly Team

%s
""" % (hexs(40), CREDLY_FOOT)
h = credly_out(B_MAIL, dt, 'Credly <admin@credly.com>', 'Confirm your Credly account merge', 'outlook')
emit('014-credly-selfservice-merge-code.eml', h,
     alt(leaf(t014, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t014), 'html', 'UTF-8', 'quoted-printable')),
     'unrelated', None, [], True, 'en', t014)

# 015 -- merge done (consolidated), no "merge" in the key sentence
dt = utc('2025-06-19 15:33:58')
t015 = """Hello Priya,

Good news! Our Certification operations team has informed me that your accounts have now been consolidated.

The accounts AWS02296841 and AWS11804473 are deactivated, and all the certifications, exam history and benefits from them are now showing under your primary account AWS07731520 (priya.nair88@outlook.com). Please sign in to the certification portal with this email and verify that everything is in place.

Your Credly badges will be moved automatically; you should receive an email from Credly within 3-5 business days. If the badges are not showing after that, just reply to this case and we will check it with Credly.
"""
body015 = t015 + '\n' + console_foot(B_CASE, B_LINK) % 'Rahul K.'
h = aws_in_outlook(B_MAIL, dt, CONSOLE_FROM, B_MAIL, B_RE)
emit('015-console-accounts-consolidated.eml', h,
     alt(leaf(body015, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(body015), 'html', 'UTF-8', 'quoted-printable')),
     'merge_completed', B_CASE, ['AWS02296841', 'AWS07731520', 'AWS11804473'], True, 'en', t015)

# 016 -- case resolved + survey
dt = utc('2025-06-26 16:00:12')
t016 = """Hello,

We haven't heard back from you regarding case %s ("%s"), so we have marked it as resolved. If you still need help with this issue, you can reopen the case from the AWS Support Center within 14 days:
%s

How did we do? Please take a minute to tell us about your experience.

Was your issue resolved?
Yes: https://console.aws.amazon.com/support/feedback?caseId=%s&resolved=yes
No:  https://console.aws.amazon.com/support/feedback?caseId=%s&resolved=no

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was sent from an address that cannot accept incoming e-mail.
""" % (B_CASE, B_CSUBJ, B_LINK, B_CASE, B_CASE)
h = aws_in_outlook(B_MAIL, dt, CONSOLE_FROM, B_MAIL, 'Amazon Web Services: Your Support case %s has been resolved' % B_CASE)
emit('016-console-case-resolved-survey.eml', h,
     alt(leaf(t016 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t016 + '\n' + FOOT_EN), 'html', 'UTF-8', 'quoted-printable')),
     'survey', B_CASE, [], True, 'en', t016)


def credly_badge_html(first, badge, issuer, note, url):
    return ("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;padding:0;background:#f5f5f5">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Hi %s,</h1>
<p style="font-size:16px">%s</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s"></p>
<p style="font-size:18px;text-align:center"><strong>%s</strong><br><span style="font-size:14px;color:#666">Issued by %s</span></p>
<p style="text-align:center"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 32px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:13px;color:#666">Accepting your badge lets you share it on LinkedIn and other networks, and lets employers verify your achievement.</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">%s</td></tr>
</table></td></tr></table></body></html>
""" % (first, note, uuid.UUID(int=R.getrandbits(128)), badge, badge, issuer, url, CREDLY_FOOT.replace('\n', '<br>')))

# 017 -- Credly: badge re-issued to surviving account after the merge (HTML only)
dt = utc('2025-06-23 21:12:40')
note17 = ("Amazon Web Services Training and Certification has issued you a badge. This badge was originally earned on "
          "another account and has been re-issued to you following an update of your AWS Certification account.")
h017 = credly_badge_html('Priya', 'AWS Certified Data Engineer – Associate', 'Amazon Web Services Training and Certification', note17,
                         'https://www.credly.com/earner/earned/badge/%s' % uuid.UUID(int=R.getrandbits(128)))
h = credly_out(B_MAIL, dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
               'Your AWS Certified Data Engineer – Associate badge is ready to accept', 'outlook')
h = [(k, enc_subject(v) if k == 'Subject' else v) for k, v in h]
emit('017-credly-badge-reissued-priya.eml', h, leaf(h017, 'html', 'UTF-8', 'quoted-printable'),
     'credly_badge_issued', None, [], True, 'en', note17)

# ================================================== USER C: Marco Rossi
# Microsoft 365 / Outlook desktop, 2023 form case (11 digits), user corrects the direction
C_MAIL = 'm.rossi@vettoricloud.it'
C_NAME = 'Marco Rossi'
C_CASE = '13962245871'
C_RE = 'RE:[CASE %s] %s' % (C_CASE, FORM_SUBJ)
C_SIG = """Marco Rossi
Senior Cloud Engineer | Vettori Cloud S.r.l.
Via Carlo Farini 5, 20154 Milano
+39 02 8734 1190"""


def outlook_block(frm, sent, to, subj, body, cc=None):
    s = 'From: %s\nSent: %s\nTo: %s\n' % (frm, sent, to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n\n%s' % (subj, body.strip('\n') + '\n')


def outlook_html(new, quoted):
    import html as H
    def paras(t):
        return ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (H.escape(l) if l else '&nbsp;') for l in t.strip('\n').split('\n'))
    qhtml = ''
    if quoted:
        qhtml = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n%s</div>\n' % paras(quoted))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
            '<body lang="IT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">\n%s%s</div></body></html>\n'
            % (paras(new), qhtml))


def outlook_sent(frm, to, dt, tz, subj, new, quoted, topic, lang='en-US', consumer=False):
    plain = new.rstrip('\n') + '\n\n' + quoted
    body = alt(leaf(plain, 'plain', 'utf-8', 'quoted-printable'), leaf(outlook_html(new, quoted), 'html', 'utf-8', 'quoted-printable'),
               boundary=outlook_boundary())
    srv = ('AS8PR07MB%04d.eurprd07.prod.outlook.com' % R.randint(1000, 9999)) if not consumer else ('PAXP193MB%04d.EURP193.PROD.OUTLOOK.COM' % R.randint(1000, 9999))
    h = [('Received', 'from %s ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.%d.%03d; %s'
          % (srv, hexs(4), hexs(4), hexs(4), hexs(4), srv, hexs(4), hexs(4), hexs(4), hexs(4), R.randint(7000, 7100), R.randint(0, 99), rfcdate(dt, 0))),
         ('From', frm), ('To', to), ('Subject', subj), ('Thread-Topic', topic),
         ('Thread-Index', b64r(22)), ('Date', rfcdate(dt, 0)),
         ('Message-ID', '<%s%s@%s>' % (srv.split('.')[0], hexs(6).upper() + '1A', srv.upper())),
         ('Accept-Language', '%s, en-US' % lang), ('Content-Language', 'en-US'),
         ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    return h, body


# 018 -- form acknowledgement (2023 wording)
dt = utc('2023-11-06 08:14:22')
t018 = """Dear Marco,

Thanks for reaching out to AWS Training and Certification Customer Support.

Your inquiry has been logged under case number %s. Our team aims to respond within one business day.

When replying, please keep the case number in the subject line so that your message is added to the existing case. There is no need to submit the form again.

Regards,
AWS Training and Certification Customer Support
""" % C_CASE
h = aws_in_outlook(C_MAIL, dt, FORM_FROM, C_MAIL, '[CASE %s] We received your AWS Training and Certification request' % C_CASE, consumer=False)
emit('018-2023-form-ack-marco.eml', h,
     alt(leaf(t018 + '\n' + FOOT_EN + '\n', 'plain', 'us-ascii', '7bit'), leaf(html_of(t018 + '\n' + FOOT_EN), 'html', 'us-ascii', '7bit')),
     'case_created', C_CASE, [], True, 'en', t018)

# 019 -- confirmation request in the WRONG direction
dt = utc('2023-11-07 10:52:31')
t019 = """Hi Marco,

Thank you for contacting AWS Training and Certification.

I have located both of your certification accounts. Before we go ahead, please review the planned merge below:

- Account to be merged (will be closed): AWS03318857 (marco.rossi@gmail.com)
- Account to remain active: AWS09920414 (m.rossi@vettoricloud.it)

All certifications and exam history from AWS03318857 will be moved to AWS09920414. Please note that a merge is irreversible once processed.

If this is correct, simply reply to this email with your confirmation and we will proceed.

Kind regards,
Daniel
AWS Training and Certification Customer Support
"""
h = aws_in_outlook(C_MAIL, dt, FORM_FROM, '"Marco Rossi" <%s>' % C_MAIL, C_RE, consumer=False)
emit('019-2023-confirm-wrong-direction.eml', h,
     alt(leaf(t019 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t019 + '\n' + FOOT_EN), 'html', 'UTF-8', 'quoted-printable')),
     'merge_confirmation_requested', C_CASE, ['AWS03318857', 'AWS09920414'], True, 'en', t019)

# 020 -- Sent (Outlook): Marco corrects the direction
dt = utc('2023-11-07 13:05:12')
t020 = """Hi Daniel,

Thanks for the quick reply. Sorry, I think I did not explain it well in the form – it is actually the other way around.

Please keep AWS 03318857 (marco.rossi@gmail.com) as the active account, because it holds my Professional certification and the 50% voucher, and merge AWS 09920414 (my work account) into it. My company address will not be valid anymore after I leave in December.

Can you please confirm the updated plan before doing anything?

Best regards,
""" + C_SIG + '\n'
q020 = outlook_block('Amazon Web Services <%s>' % FORM, 'Tuesday, November 7, 2023 11:52 AM', 'Marco Rossi <%s>' % C_MAIL, C_RE, t019)
h, b = outlook_sent('Marco Rossi <%s>' % C_MAIL, 'Amazon Web Services <%s>' % FORM, dt, 1, 'RE: ' + C_RE, t020, q020, C_RE, 'it-IT')
emit('020-sent-outlook-marco-corrects-direction.eml', h, b, 'unrelated', C_CASE, ['AWS03318857', 'AWS09920414'], None, 'en', t020)

# 021 -- corrected confirmation request; charset label says iso-8859-1 but bytes are UTF-8
dt = utc('2023-11-08 09:26:03')
t021 = """Hi Marco,

Thanks for letting us know – no problem at all, we haven’t made any changes yet.

I’ve updated the request as follows:

  • Surviving account: AWS03318857 (marco.rossi@gmail.com)
  • Account to be merged and closed: AWS09920414 (m.rossi@vettoricloud.it)

Your certifications, exam history and the 50% exam voucher will all be available under AWS03318857 afterwards. As a reminder, merges can’t be undone once processed.

Could you please reply once more to confirm this is correct? As soon as we hear back from you we’ll submit it.

Kind regards,
Zoë
AWS Training and Certification Customer Support
"""
q021 = ('\n-----Original Message-----\n' + outlook_block('Marco Rossi <%s>' % C_MAIL, 'Tuesday, November 7, 2023 2:05 PM',
        'Amazon Web Services <%s>' % FORM, 'RE: ' + C_RE, t020 + '\n' + q020))
h = aws_in_outlook(C_MAIL, dt, FORM_FROM, '"Marco Rossi" <%s>' % C_MAIL, C_RE, consumer=False)
emit('021-2023-confirm-corrected-direction-badcharset.eml', h,
     leaf(t021 + q021 + '\n' + FOOT_EN + '\n', 'plain', 'iso-8859-1', '8bit', codec='utf-8'),
     'merge_confirmation_requested', C_CASE, ['AWS03318857', 'AWS09920414'], True, 'en', t021)

# 022 -- Sent: Marco confirms with ids
dt = utc('2023-11-08 10:41:55')
t022 = """Hi Zoë,

Yes, that is correct now: AWS03318857 stays, AWS09920414 gets merged into it. Please go ahead.

Thanks a lot for your help!

Marco

""" + C_SIG + '\n'
q022 = outlook_block('Amazon Web Services <%s>' % FORM, 'Wednesday, November 8, 2023 10:26 AM', 'Marco Rossi <%s>' % C_MAIL, C_RE, t021 + q021)
h, b = outlook_sent('Marco Rossi <%s>' % C_MAIL, 'Amazon Web Services <%s>' % FORM, dt, 1, 'RE: ' + C_RE, t022, q022, C_RE, 'it-IT')
emit('022-sent-outlook-marco-confirms.eml', h, b, 'unrelated', C_CASE, ['AWS03318857', 'AWS09920414'], None, 'en', t022)

# 023 -- merge completed, with "-----Original Message-----" history
dt = utc('2023-11-10 16:18:47')
t023 = """Hi Marco,

I'm pleased to confirm that your two certification accounts have been merged successfully. From now on please sign in with marco.rossi@gmail.com; the certification history of both accounts is now shown under AWS03318857.

It can take up to 48 hours for the changes to appear in the certification portal and in Credly. If anything looks wrong after that, reply to this email and I'll be happy to look into it.

Kind regards,
Zoë
AWS Training and Certification Customer Support
"""
q023 = '\n-----Original Message-----\n' + outlook_block('Marco Rossi <%s>' % C_MAIL, 'Wednesday, November 8, 2023 11:41 AM', 'Amazon Web Services <%s>' % FORM, 'RE: ' + C_RE, t022)
h = aws_in_outlook(C_MAIL, dt, FORM_FROM, '"Marco Rossi" <%s>' % C_MAIL, C_RE, consumer=False)
emit('023-2023-merged-successfully.eml', h,
     alt(leaf(t023 + q023 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'base64'), leaf(html_of(t023 + '\n' + FOOT_EN, q023), 'html', 'UTF-8', 'base64')),
     'merge_completed', C_CASE, ['AWS03318857'], True, 'en', t023)

# 024 -- rating request
dt = utc('2023-11-11 16:20:02')
t024 = """Hi Marco,

Your recent case %s with AWS Training and Certification Customer Support has been closed.

We'd love to hear how we did. It takes less than a minute.

How satisfied were you with the support you received?
1 (very dissatisfied)  2  3  4  5 (very satisfied)
https://pulse.aws/survey/TC-CS?caseId=%s

If your issue has not been fully addressed, reply to this email within 14 days and your case will be reopened.

Thank you,
AWS Training and Certification
""" % (C_CASE, C_CASE)
h = aws_in_outlook(C_MAIL, dt, '"AWS Training and Certification" <no-reply-aws@amazon.com>', C_MAIL,
                   'How did we do? Case %s' % C_CASE, consumer=False)
emit('024-2023-rating-request.eml', h,
     alt(leaf(t024 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t024 + '\n' + FOOT_EN), 'html', 'UTF-8', 'quoted-printable')),
     'survey', C_CASE, [], True, 'en', t024)

# 025 -- look-alike: Amazon Selling Partner Support case about merging listings
dt = utc('2023-11-09 13:44:10')
SC_CASE = '14209837651'
t025 = """Hello,

I am Giulia from Amazon Selling Partner Support and I'm following up on case %s.

We have reviewed your request to merge the duplicate detail pages for ASIN B0C4XK2M7Q and ASIN B0C4XJ9TQR. The merge has been completed, and offers from both pages are now listed on ASIN B0C4XK2M7Q. It can take up to 48 hours for the change to be visible on the website.

Did this resolve your issue? If not, please reply to this email and we will continue working on it.

To view or respond to this case in Seller Central, click here:
https://sellercentral.amazon.it/cu/case-dashboard/view-case?caseID=%s

Thank you for selling on Amazon,
Giulia S.
Amazon Selling Partner Support
""" % (SC_CASE, SC_CASE)
h = aws_in_outlook(C_MAIL, dt, '"Amazon Selling Partner Support" <sellersupport-noreply@amazon.com>', C_MAIL,
                   'RE:[CASE %s] Merge duplicate detail pages - B0C4XK2M7Q' % SC_CASE, consumer=False)
emit('025-lookalike-seller-central-listing-merge.eml', h,
     alt(leaf(t025, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t025), 'html', 'UTF-8', 'quoted-printable')),
     'unrelated', SC_CASE, [], True, 'en', t025)

# ================================================== USER D: Sarah Johnson
# Fastmail (web + iPhone), form case (15 digits), closed, reopened for Credly badges
D_MAIL = 'sarah.johnson@fastmail.com'
D_OPEN = utc('2025-07-14 08:55:40')
D_CASE = case15(D_OPEN, '04552')
D_SUBJ = '[CASE %s] %s' % (D_CASE, FORM_SUBJ)
D_RE = 'RE:[CASE %s] %s' % (D_CASE, FORM_SUBJ)


def inbound_fastmail(rcpt, dt, mf, ip, host, dk, dmarc, fromdom, spf='pass'):
    mx = 'mx%d' % R.randint(1, 6)
    slot = 'sloti%dd1t%02d' % (R.randint(10, 50), R.randint(1, 20))
    d = rfcdate(dt + timedelta(seconds=3), -4)
    dks = ''.join('\n    dkim=%s (%d-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s header.t=%d;'
                  % (res, 2048 if i == 0 else 1024, dd, dd, b64r(6)[:8], sel, int(dt.timestamp())) for i, (dd, res, sel) in enumerate(dk))
    ar = ('%s.messagingengine.com;%s\n    dmarc=%s policy.published-domain-policy=quarantine\n      policy.applied-disposition=none policy.evaluated-disposition=none\n'
          '      (p=quarantine,d=none,d.eval=none) policy.policy-from=p\n      header.from=%s;\n    iprev=pass smtp.remote-ip=%s (%s);\n    spf=%s smtp.mailfrom=%s\n      smtp.helo=%s'
          % (mx, dks, dmarc, fromdom, ip, host, spf, mf, host))
    return [
        ('Return-Path', '<%s>' % mf),
        ('Received', 'from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by %s (Cyrus 3.13.0-alpha0-%s) with LMTPA;\n\t %s'
         % (R.randint(1, 8), R.randint(1, 8), R.randint(40, 50), slot, hexs(12), d)),
        ('X-Cyrus-Session-Id', '%s-%d-%d-2-%d' % (slot, int(dt.timestamp()), R.randint(100000, 999999), R.getrandbits(60))),
        ('X-Sieve', 'CMU Sieve 3.0'),
        ('X-Spam-known-sender', 'no'),
        ('X-Spam-sender-reputation', '500 (none)'),
        ('X-Spam-score', '0.0'),
        ('X-Spam-hits', 'DKIM_SIGNED 0.1, DKIM_VALID -0.1, DKIM_VALID_AU -0.1, HTML_MESSAGE 0.001,\n  RCVD_IN_DNSWL_NONE -0.0001, SPF_HELO_PASS -0.001, SPF_PASS -0.001,\n  LANGUAGES en, BAYES_USED global, SA_VERSION 3.4.6'),
        ('X-Spam-source', "IP='%s', Host='%s', Country='US', FromHeader='com',\n  MailFrom='com'" % (ip, host)),
        ('X-Resolved-to', rcpt),
        ('X-Delivered-to', rcpt),
        ('X-Mail-from', mf),
        ('Received', 'from %s ([10.202.2.%d])\n  by compute%d.internal (LMTPProxy); %s' % (mx, R.randint(200, 210), R.randint(1, 8), d)),
        ('Authentication-Results', ar),
        ('X-ME-Authentication-Results', '%s.messagingengine.com;\n    x-aligned-from=pass (Address match);\n    x-return-mx=pass header.domain=%s policy.is_org=yes\n      (MX Records found: amazon-smtp.amazon.com)' % (mx, fromdom)),
        ('Received-SPF', '%s\n    (%s: domain of %s designates %s as permitted sender)\n    receiver=%s.messagingengine.com;\n    client-ip=%s;\n    envelope-from="%s";\n    helo=%s;\n    identity=mailfrom;'
         % (spf, mx + '.messagingengine.com', mf.split('@')[1], ip, mx, ip, mf, host)),
        ('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s.messagingengine.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
         % (host, host, ip, mx, hexs(12).upper(), rcpt, rfcdate(dt + timedelta(seconds=2), -4))),
    ]


def aws_in_fastmail(rcpt, dt, frm, to, subj):
    mf = ses_mailfrom(dt)
    ip = ses_ip()
    host = ses_host(ip)
    h = inbound_fastmail(rcpt, dt, mf, ip, host, [('amazon.com', 'pass', AMZ_SEL), ('amazonses.com', 'pass', SES_SEL)], 'pass', 'amazon.com')
    h += aws_sig(dt)
    h += [('Date', rfcdate(dt)), ('From', frm), ('To', to), ('Message-ID', ses_msgid(dt)), ('Subject', subj),
          ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64r(30)[:43]),
          ('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), ip))]
    return h


# 026 -- form acknowledgement, HTML only template
dt = D_OPEN + timedelta(seconds=37)
t026 = """We've received your request

Hi Sarah,

Thanks for contacting AWS Training and Certification. Your request has been received and assigned case ID %s.

What happens next?
A support specialist will review the information you submitted and reply by email, usually within 24 hours. You can reply to this message to add details to your case.

Please don't submit another form for the same request - it may slow things down.

AWS Training and Certification
""" % D_CASE
h026 = ('<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body style="background:#eaeded;margin:0">'
        '<div style="max-width:600px;margin:auto;background:#ffffff;font-family:\'Amazon Ember\',Arial,sans-serif;color:#16191f">'
        '<div style="background:#232f3e;color:#ffffff;padding:18px 24px;font-size:20px">AWS Training and Certification</div>'
        '<div style="padding:24px;font-size:15px;line-height:22px">'
        '<h2 style="font-size:20px">We&#39;ve received your request</h2><p>Hi Sarah,</p>'
        '<p>Thanks for contacting AWS Training and Certification. Your request has been received and assigned case ID <strong>%s</strong>.</p>'
        '<h3 style="font-size:16px">What happens next?</h3>'
        '<p>A support specialist will review the information you submitted and reply by email, usually within 24 hours. You can reply to this message to add details to your case.</p>'
        '<p>Please don&#39;t submit another form for the same request &ndash; it may slow things down.</p>'
        '<p>AWS Training and Certification</p></div>'
        '<div style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #d5dbdb">%s</div></div></body></html>\n') % (D_CASE, FOOT_EN)
h = aws_in_fastmail(D_MAIL, dt, FORM_FROM, D_MAIL, D_SUBJ)
emit('026-form-ack-html-sarah.eml', h, leaf(h026, 'html', 'UTF-8', 'base64'), 'case_created', D_CASE, [], True, 'en', t026)

# 027 -- confirmation request; original form quoted with "> "
dt = utc('2025-07-15 14:03:26')
t027 = """Hi Sarah,

Thank you for reaching out to AWS Training and Certification.

I have reviewed your request and found the two accounts below. Per your message, we will keep the account linked to your current email address:

Surviving account: AWS06650219 (sarah.johnson@fastmail.com)
Account to be merged: AWS08813307 (sjohnson@brightwater-edu.org)

After the merge, your certifications and exam history from AWS08813307 will be listed on AWS06650219 and you will no longer be able to sign in with sjohnson@brightwater-edu.org. This can't be reversed.

Please reply to this email to let us know that you agree, and I will submit the merge.

Best regards,
Tomasz W.
AWS Training and Certification Support
"""
q027 = quote("""Inquiry Type: Certification
Detail: Account Merge
AWS Candidate ID: AWS06650219
Description: I have an older certification account from my previous job (sjohnson@brightwater-edu.org). I want to keep my current one and bring my old Cloud Practitioner cert over.""")
p027 = t027 + '\nOn 14 Jul 2025, sarah.johnson@fastmail.com submitted:\n' + q027 + '\n\n' + FOOT_EN + '\n'
h = aws_in_fastmail(D_MAIL, dt, FORM_FROM, D_MAIL, D_RE)
emit('027-confirm-request-sarah.eml', h, leaf(p027, 'plain', 'UTF-8', 'quoted-printable'),
     'merge_confirmation_requested', D_CASE, ['AWS06650219', 'AWS08813307'], True, 'en', t027)
D_027_ID = dict(h)['Message-ID']

# 028 -- Sent from iPhone: Sarah agrees
dt = utc('2025-07-15 16:20:48')
t028 = """Hi Tomasz,

Yes that’s right, please go ahead. Keep AWS06650219.

Thanks!
Sarah

Sent from my iPhone
"""
p028 = t028 + '\n' + quote('On Jul 15, 2025, at 10:03\u202fAM, Amazon Web Services <%s> wrote:\n\n\ufeff%s' % (FORM, t027)) + '\n'
b = leaf(p028, 'plain', 'utf-8', 'quoted-printable')
h = [('Content-Type', 'text/plain; charset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable'),
     ('From', 'Sarah Johnson <%s>' % D_MAIL), ('Mime-Version', '1.0 (1.0)'), ('Subject', 'Re: ' + D_RE),
     ('Date', rfcdate(dt, -4)), ('Message-Id', '<%s@fastmail.com>' % str(uuid.UUID(int=R.getrandbits(128))).upper()),
     ('References', D_027_ID), ('In-Reply-To', D_027_ID), ('To', 'Amazon Web Services <%s>' % FORM),
     ('X-Mailer', 'iPhone Mail (22F76)')]
for k in ('Content-Type', 'Content-Transfer-Encoding'):
    del b[k]
emit('028-sent-iphone-sarah-agrees.eml', h, b, 'unrelated', D_CASE, ['AWS06650219'], None, 'en', t028)

# 029 -- merge completed
dt = utc('2025-07-17 22:04:19')
t029 = """Hi Sarah,

Thanks for your patience. The account merge you requested is now complete.

Your certification history from AWS08813307 has been added to AWS06650219, and the old account has been deactivated. Please sign in with sarah.johnson@fastmail.com to check that everything looks right.

Best regards,
Tomasz W.
AWS Training and Certification Support
"""
p029 = t029 + '\n' + quote('On Tue, 15 Jul 2025 at 16:20, Sarah Johnson <%s> wrote:\n%s' % (D_MAIL, t028)) + '\n\n' + FOOT_EN + '\n'
h = aws_in_fastmail(D_MAIL, dt, FORM_FROM, D_MAIL, D_RE)
emit('029-merge-complete-sarah.eml', h,
     alt(leaf(p029, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t029 + '\n' + FOOT_EN, 'On Tue, 15 Jul 2025 at 16:20, Sarah Johnson wrote:\n' + t028), 'html', 'UTF-8', 'quoted-printable')),
     'merge_completed', D_CASE, ['AWS06650219', 'AWS08813307'], True, 'en', t029)
D_029_ID = dict(h)['Message-ID']

# 030 -- closure + YES/NO survey (HTML only)
dt = utc('2025-07-17 22:05:02')
t030 = """Your case %s has been closed.

Was your issue resolved?
YES  NO

Your feedback helps us improve AWS Training and Certification support.
""" % D_CASE
h030 = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">'
        '<p>Hello Sarah,</p><p>Your case <b>%s</b> has been closed.</p>'
        '<p style="font-size:16px"><b>Was your issue resolved?</b></p>'
        '<table cellspacing="8"><tr><td style="background:#1d8102;padding:8px 28px"><a style="color:#fff;text-decoration:none" href="https://aws-tc-feedback.amazon.com/r/%s?resolved=YES">YES</a></td>'
        '<td style="background:#d13212;padding:8px 28px"><a style="color:#fff;text-decoration:none" href="https://aws-tc-feedback.amazon.com/r/%s?resolved=NO">NO</a></td></tr></table>'
        '<p>Your feedback helps us improve AWS Training and Certification support.</p>'
        '<p style="font-size:11px;color:#879596">%s</p></body></html>\n') % (D_CASE, D_CASE, D_CASE, FOOT_EN)
h = aws_in_fastmail(D_MAIL, dt, FORM_FROM, D_MAIL, 'Your case has been closed [CASE %s]' % D_CASE)
emit('030-case-closed-yes-no-sarah.eml', h, leaf(h030, 'html', 'UTF-8', 'quoted-printable'), 'survey', D_CASE, [], True, 'en', t030)

# 031 -- Sent (Fastmail web): Sarah replies to reopen, badges missing
dt = utc('2025-07-24 13:37:21')
t031 = """Hi Tomasz,

I'm replying to this thread to reopen the case, I hope that's OK.

The merge itself looks fine - I can see both certifications under AWS06650219 now. However, my Credly badge for Cloud Practitioner, which was on the old account (AWS 08813307), never moved over. It still sits on a Credly profile under sjohnson@brightwater-edu.org, and I can't sign in to that one any more because the school mailbox was closed.

Could you ask Credly to move it to my current profile?

Thanks,
Sarah
"""
p031 = t031 + '\nOn Thu, 17 Jul 2025, at 18:04, Amazon Web Services wrote:\n' + quote(t029 + '\n' + quote('On Tue, 15 Jul 2025 at 16:20, Sarah Johnson <%s> wrote:\n%s' % (D_MAIL, t028))) + '\n'
b = leaf(p031, 'plain', 'utf-8', 'quoted-printable', extra={'format': 'flowed'})
h = [('MIME-Version', '1.0'), ('Message-Id', '<%s@app.fastmail.com>' % str(uuid.UUID(int=R.getrandbits(128)))),
     ('In-Reply-To', D_029_ID), ('References', D_027_ID + '\n ' + D_029_ID),
     ('Date', rfcdate(dt, -4)), ('From', '"Sarah Johnson" <%s>' % D_MAIL), ('To', '"Amazon Web Services" <%s>' % FORM),
     ('Subject', 'Re: ' + D_RE), ('User-Agent', 'Cyrus-JMAP/3.13.0-alpha0-%s' % hexs(12))]
emit('031-sent-fastmail-reopen-badges.eml', h, b, 'unrelated', D_CASE, ['AWS06650219', 'AWS08813307'], None, 'en', t031)
D_031_ID = dict(h)['Message-Id']

# 032 -- case reopened, agent contacting Credly (not done yet); nested quoting
dt = utc('2025-07-25 09:48:33')
t032 = """Hi Sarah,

Thank you for getting back to us. I have reopened your case.

I've raised a request with our Credly team to transfer the Cloud Practitioner badge from the old profile (sjohnson@brightwater-edu.org) to the Credly profile for sarah.johnson@fastmail.com. Once the badge has been transferred you will receive an email from Credly asking you to accept it. This normally takes 3-5 business days.

I'll keep the case open until then. You don't need to do anything in the meantime.

Best regards,
Tomasz W.
AWS Training and Certification Support
"""
p032 = t032 + '\n' + quote('On Thu, 24 Jul 2025 at 13:37, Sarah Johnson <%s> wrote:\n%s\nOn Thu, 17 Jul 2025, at 18:04, Amazon Web Services wrote:\n%s' % (
    D_MAIL, t031, quote(t029 + '\n' + quote('On Tue, 15 Jul 2025 at 16:20, Sarah Johnson <%s> wrote:\n%s' % (D_MAIL, t028))))) + '\n\n' + FOOT_EN + '\n'
h = aws_in_fastmail(D_MAIL, dt, FORM_FROM, D_MAIL, D_RE)
emit('032-reopened-asking-credly.eml', h, leaf(p032, 'plain', 'UTF-8', 'quoted-printable'),
     'support_reply', D_CASE, [], True, 'en', t032)

# 033 -- Credly badge issued (after reopened case)
dt = utc('2025-07-29 17:25:51')
note33 = "Amazon Web Services Training and Certification has sent you a badge: AWS Certified Cloud Practitioner. Claim it now to show off your achievement."
url33 = 'https://www.credly.com/earner/earned/badge/%s' % uuid.UUID(int=R.getrandbits(128))
h033 = credly_badge_html('Sarah', 'AWS Certified Cloud Practitioner', 'Amazon Web Services Training and Certification', note33, url33)


def credly_fastmail(rcpt, dt, mf, ip, host):
    return inbound_fastmail(rcpt, dt, mf, ip, host, [('credly.com', 'pass', 's1'), ('sendgrid.info', 'pass', 'smtpapi')], 'pass', 'credly.com')


h = credly_out(D_MAIL, dt, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
               'Amazon Web Services Training and Certification sent you a new badge', credly_fastmail)
emit('033-credly-badge-sarah.eml', h,
     alt(leaf('Hi Sarah,\n\n' + note33 + '\n\nAccept your badge: ' + url33 + '\n\n' + CREDLY_FOOT + '\n', 'plain', 'UTF-8', 'quoted-printable'),
         leaf(h033, 'html', 'UTF-8', 'quoted-printable')),
     'credly_badge_issued', None, [], True, 'en', note33)

# 034 -- second closure with rating request
dt = utc('2025-08-01 10:12:40')
t034 = """Hi Sarah,

We're checking in on case %s. Our records show your request has been taken care of, so this case is now resolved.

How would you rate the support you received?
https://aws-tc-feedback.amazon.com/rate?case=%s&score=5  Excellent
https://aws-tc-feedback.amazon.com/rate?case=%s&score=4  Good
https://aws-tc-feedback.amazon.com/rate?case=%s&score=3  Average
https://aws-tc-feedback.amazon.com/rate?case=%s&score=2  Poor
https://aws-tc-feedback.amazon.com/rate?case=%s&score=1  Very poor

If you still need help, just reply and the case will be reopened.

AWS Training and Certification
""" % ((D_CASE,) * 6)
h = aws_in_fastmail(D_MAIL, dt, FORM_FROM, D_MAIL, 'Rate your support experience [CASE %s]' % D_CASE)
emit('034-resolved-rate-again-sarah.eml', h, leaf(t034 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'quoted-printable'),
     'survey', D_CASE, [], True, 'en', t034)

# 035 -- look-alike: Credly badge expiry reminder
dt = utc('2025-08-20 15:00:07')
t035 = """Hi Sarah,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on November 18, 2025.

To keep your badge active, complete the recertification requirements set by the issuer before the expiration date. Once your certification is renewed, the issuer will send you an updated badge.

View badge: https://www.credly.com/badges/%s

The Credly Team

%s
""" % (uuid.UUID(int=R.getrandbits(128)), CREDLY_FOOT)
h = credly_out(D_MAIL, dt, 'Credly <admin@credly.com>', 'Your AWS Certified Cloud Practitioner badge expires in 90 days', credly_fastmail)
emit('035-credly-expiry-reminder.eml', h,
     alt(leaf(t035, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t035), 'html', 'UTF-8', 'quoted-printable')),
     'unrelated', None, [], True, 'en', t035)

# ================================================== USER E: Hiroshi Sato
# @nifty mailbox (Japanese provider, no DMARC verdict, DKIM aligned), console case in Japanese
E_MAIL = 'sato.hiroshi@nifty.com'
E_OPEN = utc('2025-08-04 01:20:33')
E_CASE = case15(E_OPEN, '01963')
E_CSUBJ = '認定アカウントの統合について'
E_LINK = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % E_CASE


def inbound_nifty(rcpt, dt, mf, ip, host, dk, spf='pass'):
    d = rfcdate(dt + timedelta(seconds=2), 9)
    mta = 'mta-rcv%02d.nifty.com' % R.randint(1, 12)
    ar = 'nifty.com; spf=%s smtp.mailfrom=%s;' % (spf, mf.split('@')[1])
    for dd, res, sel in dk:
        ar += '\n\tdkim=%s header.d=%s header.s=%s;' % (res, dd, sel)
    return [
        ('Return-Path', '<%s>' % mf),
        ('Delivered-To', rcpt),
        ('Received', 'from %s by mbox%02d.nifty.com with LMTP id %s\n\tfor <%s>; %s' % (mta, R.randint(1, 40), alnum(16), rcpt, d)),
        ('X-Nifty-SpamFilter', 'NotSpam; score=0.00'),
        ('Authentication-Results', ar.rstrip(';')),
        ('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (host, host, ip, mta, hexs(16).upper(), rcpt, rfcdate(dt + timedelta(seconds=1), 9))),
    ]


def aws_in_nifty(rcpt, dt, frm, to, subj, d='amazon.com'):
    mf = ses_mailfrom(dt)
    ip = ses_ip()
    host = ses_host(ip)
    h = inbound_nifty(rcpt, dt, mf, ip, host, [(d, 'pass', AMZ_SEL), ('amazonses.com', 'pass', SES_SEL)])
    h += aws_sig(dt, d)
    h += [('Date', rfcdate(dt)), ('From', frm), ('To', to), ('Message-ID', ses_msgid(dt)), ('Subject', subj),
          ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64r(30)[:43]),
          ('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), ip))]
    return h


def console_foot_ja(link):
    return """今回の対応についてご意見をお聞かせください。サポートセンターで各回答の右上にある星を選択すると、回答を評価いただけます。

======================================================
このケースのすべてのやり取りを確認する場合や、本件について再度お問い合わせいただく場合は、AWS サポートセンターにアクセスしてください。
%s

※このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんので、上記のリンクをご利用ください。
======================================================
""" % link


# 036 -- console case opened (Japanese, base64, folded encoded subject)
dt = E_OPEN + timedelta(seconds=12)
t036 = """お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース %s を作成しました。

ケースの詳細は次のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
内容: 転職前の勤務先のメールアドレスで作成した認定アカウントと、個人のメールアドレスで作成した認定アカウントの 2 つがあります。個人のメールアドレスの方にまとめていただくことは可能でしょうか。

ケースの重要度に応じた応答時間内にご連絡いたします。ケースの確認や情報の追加は、AWS サポートセンターから行ってください。
%s

よろしくお願いいたします。
アマゾン ウェブ サービス

※このメールは送信専用アドレスから送信されています。
""" % (E_CASE, E_CASE, E_CSUBJ, E_LINK)
h = aws_in_nifty(E_MAIL, dt, CONSOLE_FROM, E_MAIL, enc_subject('Amazon Web Services: サポートケース %s が作成されました' % E_CASE))
emit('036-ja-console-case-opened-hiroshi.eml', h,
     alt(leaf(t036 + '\n' + FOOT_JA + '\n', 'plain', 'UTF-8', 'base64'), leaf(html_of(t036 + '\n' + FOOT_JA), 'html', 'UTF-8', 'base64')),
     'case_created', E_CASE, [], True, 'ja', t036)

# 037 -- confirmation request, labelled Shift_JIS but encoded cp932 (circled digits, full-width tilde)
dt = utc('2025-08-05 06:32:15')
t037 = """佐藤 浩 様

アマゾン ウェブ サービス サポートの山本でございます。
認定アカウントの統合についてお問い合わせいただき、ありがとうございます。

お調べしましたところ、佐藤様のお名前で以下の 2 つの認定アカウントを確認いたしました。

① AWS01957743（h.sato@kanto-denki.co.jp、2019 年作成）
② AWS12260385（sato.hiroshi@nifty.com、2023 年作成）

ご依頼の内容に沿いまして、①のアカウントを②のアカウントへ統合し、②を存続させる形でお手続きを進めたいと存じます。
統合後は①のアカウントではサインインできなくなります。また、統合は一度実施すると取り消すことができませんので、ご注意ください。

上記の内容でよろしければ、サポートセンターから本ケースにご返信いただき、統合に同意いただける旨をお知らせくださいますようお願いいたします。
※お手続きは、ご同意をいただいてから 3～5 営業日ほどで完了する見込みです。

どうぞよろしくお願いいたします。

山本
アマゾン ウェブ サービス
"""
h = aws_in_nifty(E_MAIL, dt, CONSOLE_FROM, E_MAIL, enc_subject('RE:[CASE %s] %s' % (E_CASE, E_CSUBJ), 'iso-2022-jp'))
emit('037-ja-confirm-request-sjis-label-cp932.eml', h,
     leaf(t037 + '\n' + console_foot_ja(E_LINK), 'plain', 'Shift_JIS', 'base64', codec='cp932'),
     'merge_confirmation_requested', E_CASE, ['AWS01957743', 'AWS12260385'], True, 'ja', t037)

# 038 -- merge completed (Japanese, QP)
dt = utc('2025-08-06 09:41:07')
t038 = """佐藤 浩 様

アマゾン ウェブ サービス サポートの山本でございます。
ご同意をいただき、ありがとうございました。

大変お待たせいたしました。認定アカウントの統合手続きが完了しましたので、お知らせいたします。
旧アカウント AWS01957743 に登録されていた認定資格および受験履歴は、AWS12260385 に移行されております。今後は sato.hiroshi@nifty.com でサインインしてご利用ください。

Credly のバッジについては、数日以内に Credly から受け取りのご案内メールが届く予定です。

本件について他にご不明な点がございましたら、サポートセンターからお知らせください。

山本
アマゾン ウェブ サービス
"""
h = aws_in_nifty(E_MAIL, dt, CONSOLE_FROM, E_MAIL, enc_subject('RE:[CASE %s] %s' % (E_CASE, E_CSUBJ)))
emit('038-ja-merge-completed-hiroshi.eml', h,
     alt(leaf(t038 + '\n' + console_foot_ja(E_LINK), 'plain', 'UTF-8', 'quoted-printable'),
         leaf(html_of(t038 + '\n' + console_foot_ja(E_LINK)), 'html', 'UTF-8', 'quoted-printable')),
     'merge_completed', E_CASE, ['AWS01957743', 'AWS12260385'], True, 'ja', t038)
E_038_DATE = rfcdate(dt)

# 039 -- resolved + survey (Japanese)
dt = utc('2025-08-13 10:00:21')
t039 = """お客様

ケース %s（%s）は解決済みとなりました。
問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。
%s

サポートの品質向上のため、アンケートへのご協力をお願いいたします。

問題は解決しましたか？
はい: https://console.aws.amazon.com/support/feedback?caseId=%s&resolved=yes&language=ja
いいえ: https://console.aws.amazon.com/support/feedback?caseId=%s&resolved=no&language=ja

アマゾン ウェブ サービス
""" % (E_CASE, E_CSUBJ, E_LINK, E_CASE, E_CASE)
h = aws_in_nifty(E_MAIL, dt, CONSOLE_FROM, E_MAIL, enc_subject('Amazon Web Services: サポートケース %s は解決済みになりました' % E_CASE))
emit('039-ja-case-resolved-survey.eml', h, leaf(t039 + '\n' + FOOT_JA + '\n', 'plain', 'UTF-8', 'base64'),
     'survey', E_CASE, [], True, 'ja', t039)

# 040 -- Sent (Becky!, ISO-2022-JP): Hiroshi forwards the completion mail to his manager
dt = utc('2025-08-06 23:58:40')
t040 = """鈴木さん

お疲れさまです。佐藤です。
先日ご相談した AWS 認定アカウントの件、統合が完了したと連絡がありましたので、
念のため AWS からのメールを転送いたします。

資格の証明書が必要でしたら、統合後のアカウントから改めて出力してお送りします。

よろしくお願いします。

佐藤 浩
"""
fwd = """
----- Original Message -----
From: "Amazon Web Services" <no-reply-aws@amazon.com>
To: sato.hiroshi@nifty.com
Date: %s
Subject: RE:[CASE %s] %s

%s""" % (E_038_DATE, E_CASE, E_CSUBJ, t038)
b = leaf(t040 + fwd, 'plain', 'ISO-2022-JP', '7bit')
h = [('Date', rfcdate(dt, 9)), ('From', enc_name('佐藤 浩', E_MAIL, 'iso-2022-jp')),
     ('To', enc_name('鈴木 拓也', 't.suzuki@minato-soft.co.jp', 'iso-2022-jp')),
     ('Subject', enc_subject('Fwd: RE:[CASE %s] %s' % (E_CASE, E_CSUBJ), 'iso-2022-jp')),
     ('Message-Id', '<20250807085840.%s.sato.hiroshi@nifty.com>' % hexs(8).upper()),
     ('X-Mailer', 'Becky! ver. 2.81.05 [ja]')]
emit('040-sent-ja-iso2022jp-forward-to-manager.eml', h, b, 'unrelated', E_CASE, [], None, 'ja', t040)

# 041 -- look-alike: another AWS support case (billing) of the same user, Japanese
BILL_OPEN = utc('2025-07-28 06:10:44')
BILL_CASE = case15(BILL_OPEN, '00318')
dt = utc('2025-07-29 02:17:56')
t041 = """佐藤 浩 様

AWS 請求サポートの中村です。お問い合わせいただき、ありがとうございます。

アカウント 4821-0937-5516 において、7 月分の請求に含まれていた Amazon RDS の料金についてご確認いただいた件についてご回答いたします。

お調べしたところ、停止後 7 日経過した時点で RDS インスタンスが自動的に再起動されていたことが原因でした。今回に限り、該当する料金（USD 38.42）をクレジットとして適用いたしました。反映までに最大 24 時間ほどかかる場合がございます。

今後同様の料金が発生しないよう、不要なインスタンスはスナップショットを取得したうえで削除されることをおすすめいたします。

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

中村
アマゾン ウェブ サービス
"""
h = aws_in_nifty(E_MAIL, dt, CONSOLE_FROM, E_MAIL,
                 enc_subject('RE:[CASE %s] 7月分の請求に含まれる RDS の料金について' % BILL_CASE))
emit('041-lookalike-ja-billing-case.eml', h,
     alt(leaf(t041 + '\n' + console_foot_ja('https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % BILL_CASE), 'plain', 'UTF-8', 'quoted-printable'),
         leaf(html_of(t041), 'html', 'UTF-8', 'quoted-printable')),
     'unrelated', BILL_CASE, [], True, 'ja', t041)

# ================================================== USER F: Wei Zhang
# Gmail, 2020 form case (10 digits), non-native agent, Acclaim badge, GitHub look-alike
F_MAIL = 'zhangwei.cloud@gmail.com'
F_CASE = '6941307751'
F_RE = 'RE:[CASE %s] %s' % (F_CASE, FORM_SUBJ)

# 042 -- 2020 acknowledgement
dt = utc('2020-03-09 02:11:40')
t042 = """Hello,

We have received your inquiry and a case has been created for you (Case ID: %s).

One of our agents will reply to you within 1-2 business days. Please reply to this email if you would like to add more information to your case.

Thank you,
AWS Training and Certification
""" % F_CASE
h = aws_in_gmail(F_MAIL, dt, FORM_FROM, F_MAIL, '[CASE %s] %s' % (F_CASE, FORM_SUBJ), None)
emit('042-2020-form-ack-wei.eml', h, leaf(t042 + '\n' + FOOT_EN + '\n', 'plain', 'us-ascii', '7bit'),
     'case_created', F_CASE, [], True, 'en', t042)

# 043 -- agent asks which account to keep (non-native English)
dt = utc('2020-03-10 07:25:03')
t043 = """Dear Wei,

Greetings from AWS Training and Certification!

Thank you for writing to us. I understood that you would like to merge your two certification accounts. I have checked and could find the accounts registered under zhangwei.cloud@gmail.com and wzhang@hanlin-tech.com.

Kindly let me know which account you wish to keep as primary one, so that I can proceed further with the merging request. Also please share the Candidate ID of other account if you are having it handy.

Looking forward for your response.

Warm regards,
Sneha
AWS Training and Certification
"""
h = aws_in_gmail(F_MAIL, dt, FORM_FROM, F_MAIL, F_RE, None)
emit('043-2020-agent-asks-which-to-keep.eml', h,
     alt(leaf(t043 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t043 + '\n' + FOOT_EN), 'html', 'UTF-8', 'quoted-printable')),
     'support_reply', F_CASE, [], True, 'en', t043)

# 044 -- confirmation request; the user's (unsaved) answer quoted below
dt = utc('2020-03-11 13:20:45')
t044 = """Dear Wei,

Thank you for the information.

As per your confirmation, please find below details of the merge:

Primary Account (to be retained) : AWS00873164 / zhangwei.cloud@gmail.com
Secondary Account (to be merged) : AWS05541902 / wzhang@hanlin-tech.com

Request you to please go through above details carefully, as once the accounts are merged it cannot be reverted back. Kindly reply as "I confirm" if all the details are correct so that I can raise the merge request with concern team.

Warm regards,
Sneha
AWS Training and Certification
"""
q044 = """--------------- Original Message ---------------
From: Wei Zhang [zhangwei.cloud@gmail.com]
Sent: 3/10/2020 8:02 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: %s

Hi Sneha,

Please keep the gmail one, AWS00873164. The other one is AWS05541902 (old company email).

Thanks
Wei
""" % F_RE
h = aws_in_gmail(F_MAIL, dt, FORM_FROM, F_MAIL, F_RE, None)
emit('044-2020-confirm-request-wei.eml', h,
     alt(leaf(t044 + '\n' + q044 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'quoted-printable'),
         leaf(html_of(t044 + '\n' + FOOT_EN, q044), 'html', 'UTF-8', 'quoted-printable')),
     'merge_confirmation_requested', F_CASE, ['AWS00873164', 'AWS05541902'], True, 'en', t044)
F_044_ID = dict(h)['Message-ID']

# 045 -- Sent (Gmail, English attribution): "I confirm"
dt = utc('2020-03-11 15:02:10')
t045 = """I confirm. Please go ahead.

Thanks,
Wei
"""
attr = 'On Wed, Mar 11, 2020 at 6:20 AM Amazon Web Services <%s> wrote:' % FORM
h, b = gmail_sent('Wei Zhang <%s>' % F_MAIL, 'Amazon Web Services <%s>' % FORM, dt, -7, 'Re: ' + F_RE, t045, attr, t044 + '\n' + q044, F_044_ID, 'quoted-printable')
emit('045-sent-gmail-wei-i-confirm.eml', h, b, 'unrelated', F_CASE, [], None, 'en', t045)

# 046 -- merged AND closing the case in the same mail
dt = utc('2020-03-13 09:57:31')
t046 = """Dear Wei,

Greetings of the day!

This is to inform you that your certification accounts have been merged successfully. You can now login with zhangwei.cloud@gmail.com and you will be able to see all your certifications under AWS00873164.

Since your request is completed, I am going ahead and closing this case from my end. If you have any other query please feel free to reach out to us. We would appreciate if you can spare a moment to rate our service in the survey which you will receive shortly.

Stay safe!

Warm regards,
Sneha
AWS Training and Certification
"""
h = aws_in_gmail(F_MAIL, dt, FORM_FROM, F_MAIL, F_RE, None)
emit('046-2020-merged-and-closing-case.eml', h, leaf(t046 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'base64'),
     'merge_completed', F_CASE, ['AWS00873164'], True, 'en', t046)

# 047 -- Acclaim (older Credly domain) badge issued, 2020
dt = utc('2020-03-16 18:40:22')
note47 = "Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer – Associate. Accept your badge to start sharing it."
h047 = credly_badge_html('Wei', 'AWS Certified Developer – Associate', 'Amazon Web Services Training and Certification', note47,
                         'https://www.youracclaim.com/earner/earned/badge/%s' % uuid.UUID(int=R.getrandbits(128))).replace('credly.com', 'youracclaim.com').replace('Credly', 'Acclaim')
ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(1, 250))
mf = 'bounces+%d-%s-zhangwei.cloud=gmail.com@email.youracclaim.com' % (R.randint(1000000, 9999999), hexs(4))
host = 'o%d.email.youracclaim.com' % R.randint(1, 9)
ar = ar_gmail([('youracclaim.com', 'pass', 's1'), ('sendgrid.info', 'pass', 'smtpapi')], 'pass', mf, ip, 'pass', 'youracclaim.com', 'NONE')
h = inbound_gmail(F_MAIL, dt, mf, ip, host, ar, -7)
h += [dkim('youracclaim.com', 's1', dt, h='from:to:subject:mime-version:content-type', c='relaxed/relaxed'),
      dkim('sendgrid.info', 'smtpapi', dt, h='from:to:subject:mime-version:content-type', c='relaxed/relaxed'),
      ('Date', rfcdate(dt)), ('From', '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>'),
      ('To', F_MAIL), ('Message-ID', '<%s@ismtpd0%d.sendgrid.net>' % (alnum(22), R.randint(10, 99))),
      ('Subject', enc_subject('Congratulations on earning your AWS Certified Developer – Associate badge!'))]
emit('047-2020-acclaim-badge-issued.eml', h, leaf(h047, 'html', 'UTF-8', 'quoted-printable'),
     'credly_badge_issued', None, [], True, 'en', note47)

# 048 -- look-alike: GitHub "merged" notification
dt = utc('2020-03-12 03:14:55')
t048 = """Merged #42 into main.

--
You are receiving this because you authored the thread.
Reply to this email directly, view it on GitHub:
https://github.com/hanlin-tech/infra-modules/pull/42#event-3118820476
"""
ip = '192.30.252.%d' % R.randint(190, 210)
mf = 'noreply@github.com'
host = 'out-%d.smtp.github.com' % R.randint(20, 28)
ar = ar_gmail([('github.com', 'pass', 'pf2014')], 'pass', mf, ip, 'pass', 'github.com', 'REJECT')
h = inbound_gmail(F_MAIL, dt, mf, ip, host, ar, -7)
h += [dkim('github.com', 'pf2014', dt, h='Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', c='relaxed/relaxed'),
      ('Date', rfcdate(dt, -7)), ('From', 'Lin Hao <notifications@github.com>'),
      ('Reply-To', 'hanlin-tech/infra-modules <reply+AAH3K%s@reply.github.com>' % alnum(40).upper()),
      ('To', 'hanlin-tech/infra-modules <infra-modules@noreply.github.com>'),
      ('Cc', 'Wei Zhang <%s>, Author <author@noreply.github.com>' % F_MAIL),
      ('Message-ID', '<hanlin-tech/infra-modules/pull/42/issue_event/3118820476@github.com>'),
      ('In-Reply-To', '<hanlin-tech/infra-modules/pull/42@github.com>'),
      ('References', '<hanlin-tech/infra-modules/pull/42@github.com>'),
      ('Subject', 'Re: [hanlin-tech/infra-modules] Merge account-baseline module into main (#42)'),
      ('List-ID', 'hanlin-tech/infra-modules <infra-modules.hanlin-tech.github.com>'),
      ('List-Archive', 'https://github.com/hanlin-tech/infra-modules'),
      ('X-GitHub-Sender', 'linhao-dev'), ('X-GitHub-Reason', 'author'), ('X-GitHub-Recipient', 'weizhang-cloud')]
gh_html = ('<p>Merged <a class="issue-link js-issue-link" href="https://github.com/hanlin-tech/infra-modules/pull/42">#42</a> into main.</p>\n'
           '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />You are receiving this because you authored the thread.<br />'
           'Reply to this email directly, <a href="https://github.com/hanlin-tech/infra-modules/pull/42#event-3118820476">view it on GitHub</a>.</p>\n')
emit('048-lookalike-github-merged-pr.eml', h,
     alt(leaf(t048, 'plain', 'UTF-8', '7bit'), leaf(gh_html, 'html', 'UTF-8', '7bit'), boundary='--==_mimepart_5e69a91f3c6e_%s' % hexs(4)),
     'unrelated', None, [], False, 'en', t048)

# ================================================== USER G: Luis Fernández
# Yahoo Mail; first case never answered (no notification address), second case a week later; phishing
G_MAIL = 'luis.fdz77@yahoo.com'
G_OPEN1 = utc('2025-08-11 18:03:12')
G_CASE1 = case15(G_OPEN1, '03376')
G_OPEN2 = utc('2025-08-18 17:46:50')
G_CASE2 = case15(G_OPEN2, '02105')
G_RE2 = 'RE:[CASE %s] %s' % (G_CASE2, FORM_SUBJ)


def inbound_yahoo(rcpt, dt, mf, ip, host, dk, spf, dmarc, fromdom, pol='QUARANTINE'):
    atlas = 'atlas%d.free.mail.%s.yahoo.com' % (R.randint(100, 330), R.choice(['ne1', 'bf1', 'gq1']))
    inner = '10.217.%d.%d' % (R.randint(128, 160), R.randint(1, 250))
    d = rfcdate(dt + timedelta(seconds=1), 0)
    ar = atlas + ';'
    for dd, res, sel in dk:
        ar += '\n dkim=%s header.i=@%s header.s=%s;' % (res, dd, sel)
    ar += '\n spf=%s smtp.mailfrom=%s;\n dmarc=%s(p=%s) header.from=%s;' % (spf, mf.split('@')[1], dmarc, pol, fromdom)
    return [
        ('Received', 'from %s\n by %s with HTTP; %s' % (inner, atlas, d)),
        ('Return-Path', '<%s>' % mf),
        ('Received', 'from %s (EHLO %s)\n by %s with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n %s' % (ip, host, inner, d)),
        ('X-Originating-Ip', '[%s]' % ip),
        ('Received-SPF', '%s (domain of %s designates %s as permitted sender)' % (spf, mf.split('@')[1], ip) if spf == 'pass'
         else '%s (domain of %s does not designate %s as permitted sender)' % (spf, mf.split('@')[1], ip)),
        ('Authentication-Results', ar),
        ('X-Apparently-To', '%s; %s' % (rcpt, d)),
        ('X-YMailISG', b64r(90).replace('+', '_').replace('/', '.')[:110]),
    ]


def aws_in_yahoo(rcpt, dt, frm, to, subj):
    mf = ses_mailfrom(dt)
    ip = ses_ip()
    host = ses_host(ip)
    h = inbound_yahoo(rcpt, dt, mf, ip, host, [('amazon.com', 'pass', AMZ_SEL), ('amazonses.com', 'pass', SES_SEL)], 'pass', 'pass', 'amazon.com')
    h += aws_sig(dt)
    h += [('Date', rfcdate(dt)), ('From', frm), ('To', to), ('Message-ID', ses_msgid(dt)), ('Subject', subj),
          ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64r(30)[:43]),
          ('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), ip))]
    return h


# 049 -- first case acknowledgement (the agent's reply never arrived)
dt = G_OPEN1 + timedelta(seconds=52)
t049 = """Hello,

Thank you for your submission to AWS Training and Certification.

Your case number is %s. Please keep this number for your reference.

Our team will review your request and respond to the notification email address provided in your submission, usually within 24 hours.

Regards,
AWS Training and Certification
""" % G_CASE1
h = aws_in_yahoo(G_MAIL, dt, FORM_FROM, G_MAIL, '[CASE %s] %s' % (G_CASE1, FORM_SUBJ))
emit('049-form-ack-first-case-luis.eml', h, leaf(t049 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'quoted-printable'),
     'case_created', G_CASE1, [], True, 'en', t049)

# 050 -- second case acknowledgement, echoes the submitted fields (ids in the mail's own text)
dt = G_OPEN2 + timedelta(seconds=44)
t050 = """Hello,

Thank you for your submission to AWS Training and Certification.

Your case number is %s. Please keep this number for your reference.

Summary of your submission
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS13027716
Other AWS candidate ID: aws-09184450
Notification email: luis.fdz77@yahoo.com
Description: This is my second request. I sent the same request on 11 August (case %s) and I did not get any answer. I want to keep AWS13027716 and merge the other one into it.

Our team will review your request and respond to the notification email address provided in your submission, usually within 24 hours.

Regards,
AWS Training and Certification
""" % (G_CASE2, G_CASE1)
h = aws_in_yahoo(G_MAIL, dt, FORM_FROM, G_MAIL, '[CASE %s] %s' % (G_CASE2, FORM_SUBJ))
emit('050-form-ack-second-case-with-summary.eml', h,
     alt(leaf(t050 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t050 + '\n' + FOOT_EN), 'html', 'UTF-8', 'quoted-printable')),
     'case_created', G_CASE2, ['AWS09184450', 'AWS13027716'], True, 'en', t050)

# 051 -- PHISHING about the merge: spoofed amazon.com From, dmarc=fail at Yahoo; forged "pass" header lower down
dt = utc('2025-08-19 04:12:09')
t051 = """Dear Candidate,

We have received a request to merge your AWS Certification accounts.

Account to keep: luis.fdz77@yahoo.com
Account to be merged: candidate ID ending in ****4450

To avoid losing your certifications, you must confirm this merge within 24 hours by verifying your identity and payment details at the secure link below:

https://aws-certification-merge.support-verify.net/confirm?u=luis.fdz77%%40yahoo.com&ref=%s

If you do not confirm, both accounts will be suspended and your exam results will be cancelled.

AWS Training & Certification Team
""" % hexs(24)
ip = '185.231.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
host = 'mail%d.support-verify.net' % R.randint(1, 9)
mf = 'bounce@support-verify.net'
h = inbound_yahoo(G_MAIL, dt, mf, ip, host, [('support-verify.net', 'pass', 'default')], 'pass', 'fail', 'amazon.com')
h += [('Authentication-Results', 'mx.amazon.com;\n dkim=pass header.d=amazon.com;\n spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com'),
      dkim('support-verify.net', 'default', dt, h='From:To:Subject:Date:Message-ID', c='relaxed/relaxed'),
      ('Date', rfcdate(dt)), ('From', '"AWS Certification" <aws-cs-trainingcertification-form@amazon.com>'),
      ('Reply-To', 'merge-desk@support-verify.net'), ('To', G_MAIL),
      ('Message-ID', '<%s@support-verify.net>' % alnum(20)),
      ('Subject', 'Action required: confirm your AWS Certification account merge'),
      ('X-Mailer', 'PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)')]
emit('051-phish-merge-confirm-dmarc-fail.eml', h,
     alt(leaf(t051, 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t051), 'html', 'UTF-8', 'quoted-printable'), boundary='b1_%s' % alnum(40)),
     'merge_confirmation_requested', None, [], False, 'en', t051)

# 052 -- genuine confirmation request on the second case; mentions the first case (closed as duplicate)
dt = utc('2025-08-19 15:20:33')
t052 = """Hi Luis,

Thank you for contacting AWS Training and Certification, and I'm sorry you did not receive a reply to your earlier case %s. The notification email field in that form was empty, so our answer could not be delivered. I have closed that case as a duplicate and will take care of your request here.

Please review the details of the merge:

Account that will be kept: AWS13027716 (luis.fdz77@yahoo.com)
Account that will be merged into it: AWS09184450 (lfernandez@terraplan.es)

After the merge you will sign in with luis.fdz77@yahoo.com only. Certifications, exam history and any unused exam benefits will be transferred. The merge is permanent.

If everything is correct, please reply to this email with your confirmation.

Best regards,
Amara N.
AWS Training and Certification Customer Support
""" % G_CASE1
h = aws_in_yahoo(G_MAIL, dt, FORM_FROM, G_MAIL, G_RE2)
emit('052-confirm-request-second-case-luis.eml', h,
     alt(leaf(t052 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t052 + '\n' + FOOT_EN), 'html', 'UTF-8', 'quoted-printable')),
     'merge_confirmation_requested', G_CASE2, ['AWS09184450', 'AWS13027716'], True, 'en', t052)
G_052_ID = dict(h)['Message-ID']

# 053 -- Sent (Yahoo): confirm; Yahoo quotes without ">" in the text part
dt = utc('2025-08-19 16:05:18')
t053 = """Hello Amara,

Yes, I confirm. Please merge AWS09184450 into AWS13027716.

Thank you very much for your help.

Luis Fernández
"""
yq = ('\n    On Tuesday, August 19, 2025 at 05:20:33 PM GMT+2, Amazon Web Services <%s> wrote:  \n \n ' % FORM
      + '\n'.join((' ' + l) if l else ' ' for l in t052.split('\n')))
import html as _H
yhtml = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
         + ''.join('<div dir="ltr" data-setdir="false">%s</div>' % (_H.escape(l) if l else '<br>') for l in t053.strip().split('\n'))
         + '</div><div id="yahoo_quoted_%d" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
           '<div>On Tuesday, August 19, 2025 at 05:20:33 PM GMT+2, Amazon Web Services &lt;%s&gt; wrote:</div><div><br></div><div><br></div><div><div dir="ltr">%s</div></div></div></div></body></html>\n'
         % (R.randint(1000000000, 9999999999), FORM, _H.escape(t052).replace('\n', '<br>')))
b = alt(leaf(t053 + yq + '\n', 'plain', 'UTF-8', 'quoted-printable'), leaf(yhtml, 'html', 'UTF-8', 'quoted-printable'),
        boundary='----=_Part_%d_%d.%d' % (R.randint(1000000, 9999999), R.randint(100000000, 999999999), int(dt.timestamp() * 1000)))
h = [('Date', rfcdate(dt, 0)), ('From', enc_name('Luis Fernández', G_MAIL)),
     ('To', 'Amazon Web Services <%s>' % FORM),
     ('Message-ID', '<%d.%d.%d@mail.yahoo.com>' % (R.randint(100000000, 999999999), R.randint(1000000, 9999999), int(dt.timestamp() * 1000))),
     ('In-Reply-To', G_052_ID), ('References', G_052_ID), ('Subject', 'Re: ' + G_RE2),
     ('X-Mailer', 'WebService/1.1.24260 YMailNorrin')]
emit('053-sent-yahoo-luis-confirms.eml', h, b, 'unrelated', G_CASE2, ['AWS09184450', 'AWS13027716'], None, 'en', t053)

# 054 -- merge completed (history quoted in a separator block)
dt = utc('2025-08-21 12:44:02')
t054 = """Hi Luis,

All done! AWS09184450 has been merged into AWS13027716, and everything from the old account now appears on your remaining profile. You may need to sign out and back in to the certification portal to see the change.

Thanks for your patience, especially after the trouble with your first request.

Best regards,
Amara N.
AWS Training and Certification Customer Support
"""
q054 = """
--------------- Original Message ---------------
From: Luis Fernández [luis.fdz77@yahoo.com]
Sent: 8/19/2025 4:05 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: %s

%s""" % (G_RE2, t053)
h = aws_in_yahoo(G_MAIL, dt, FORM_FROM, G_MAIL, G_RE2)
emit('054-merge-done-luis.eml', h, leaf(t054 + q054 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'base64'),
     'merge_completed', G_CASE2, ['AWS09184450', 'AWS13027716'], True, 'en', t054)

# 055 -- survey
dt = utc('2025-08-22 12:45:19')
t055 = """Hello Luis,

Thank you for contacting AWS Training and Certification. We hope we were able to help with case %s.

Please tell us about your experience. Was your issue resolved?
YES: https://aws-tc-feedback.amazon.com/r/%s?resolved=YES
NO: https://aws-tc-feedback.amazon.com/r/%s?resolved=NO

This case is now closed. If you reply to this message, the case will be reopened.

AWS Training and Certification
""" % (G_CASE2, G_CASE2, G_CASE2)
h = aws_in_yahoo(G_MAIL, dt, FORM_FROM, G_MAIL, 'We value your feedback - case %s' % G_CASE2)
emit('055-survey-luis.eml', h,
     alt(leaf(t055 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t055 + '\n' + FOOT_EN), 'html', 'UTF-8', 'quoted-printable')),
     'survey', G_CASE2, [], True, 'en', t055)

# ================================================== USER H: Anna Müller
# mailbox.org, Thunderbird (German locale), form case (15 digits); chaser; side question about the name
H_MAIL = 'anna.mueller@mailbox.org'
H_OPEN = utc('2025-09-02 07:31:19')
H_CASE = case15(H_OPEN, '00492')
H_RE = 'RE:[CASE %s] %s' % (H_CASE, FORM_SUBJ)


def aws_in_mailboxorg(rcpt, dt, frm, to, subj):
    mf = ses_mailfrom(dt)
    ip = ses_ip()
    host = ses_host(ip)
    mx = 'mx%d.mailbox.org' % R.randint(1, 3)
    d = rfcdate(dt + timedelta(seconds=2), 2)
    h = [('Return-Path', '<%s>' % mf), ('Delivered-To', rcpt),
         ('Received', 'from director-%02d.heinlein-hosting.de ([80.241.60.%d])\n\tby dovecot-%02d.heinlein-hosting.de with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s'
          % (R.randint(1, 12), R.randint(200, 250), R.randint(1, 40), b64r(18)[:22], mf, rcpt, d)),
         ('Received', 'from %s (%s [80.241.60.%d])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (4096 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby director-%02d.heinlein-hosting.de (Postfix) with ESMTPS id 4c%s\n\tfor <%s>; %s'
          % (mx, mx, R.randint(200, 250), R.randint(1, 12), alnum(10), rcpt, d)),
         ('Authentication-Results', '%s;\n\tdkim=pass header.d=amazon.com header.s=%s header.b=%s;\n\tdkim=pass header.d=amazonses.com header.s=%s header.b=%s;\n\tdmarc=pass (policy=quarantine) header.from=amazon.com;\n\tspf=pass (%s: domain of "%s" designates %s as permitted sender) smtp.mailfrom="%s"'
          % (mx, AMZ_SEL, b64r(6)[:8], SES_SEL, b64r(6)[:8], mx, mf, ip, mf)),
         ('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS id 4c%s\n\tfor <%s>; %s'
          % (host, host, ip, mx, alnum(10), rcpt, rfcdate(dt + timedelta(seconds=1), 2)))]
    h += aws_sig(dt)
    h += [('Date', rfcdate(dt)), ('From', frm), ('To', to), ('Message-ID', ses_msgid(dt)), ('Subject', subj),
          ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64r(30)[:43]),
          ('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), ip)),
          ('X-MBO-RS-ID', hexs(20)), ('X-MBO-RS-META', alnum(40))]
    return h


# 056 -- form acknowledgement
dt = H_OPEN + timedelta(seconds=29)
t056 = """Hello,

Thank you for contacting AWS Training and Certification. We have received your request and opened case %s.

Our support team will get back to you by email, typically within one business day. To add information to your request, reply to this email without changing the subject line.

Sincerely,
AWS Training and Certification
""" % H_CASE
h = aws_in_mailboxorg(H_MAIL, dt, FORM_FROM, H_MAIL, '[CASE %s] %s' % (H_CASE, FORM_SUBJ))
emit('056-form-ack-anna.eml', h,
     alt(leaf(t056 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t056 + '\n' + FOOT_EN), 'html', 'UTF-8', 'quoted-printable')),
     'case_created', H_CASE, [], True, 'en', t056)

# 057 -- confirmation request plus a side question about the name on the certificates
dt = utc('2025-09-03 08:15:42')
t057 = """Hello Anna,

Thank you for reaching out. I found two certification accounts that belong to you:

1) AWS02638891 - registered as Anna Schmidt (anna.schmidt@posteo.de)
2) AWS14410237 - registered as Anna Müller (anna.mueller@mailbox.org)

As requested, we would merge account 1 into account 2. Account 2 (AWS14410237) will stay active and will show all your certifications; account 1 will be closed. Please note that we cannot undo a merge.

Could you confirm that this is correct by replying to this email?

One more question, not related to the merge itself: your older certificates were issued under the name Anna Schmidt. Would you like us to update the name on those records to Anna Müller as well? If so, please also let us know in your reply.

Kind regards,
Owen
AWS Training and Certification Support
"""
h = aws_in_mailboxorg(H_MAIL, dt, FORM_FROM, H_MAIL, H_RE)
emit('057-confirm-request-and-name-question-anna.eml', h,
     alt(leaf(t057 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'quoted-printable'), leaf(html_of(t057 + '\n' + FOOT_EN), 'html', 'UTF-8', 'quoted-printable')),
     'merge_confirmation_requested', H_CASE, ['AWS02638891', 'AWS14410237'], True, 'en', t057)

# 058 -- chaser: no reply yet (the earlier request is below the line)
dt = utc('2025-09-08 09:02:11')
t058 = """Hello Anna,

I'm following up on my email of 3 September below. We haven't received your reply yet, so no changes have been made to your accounts.

Please reply to this email when you have a moment. If we don't hear from you within 5 business days, this case will be closed automatically; you can reopen it at any time by replying.

Kind regards,
Owen
AWS Training and Certification Support
"""
q058 = """________________________________
From: Amazon Web Services
Sent: 03 September 2025 08:15
To: anna.mueller@mailbox.org
Subject: %s

%s""" % (H_RE, t057)
h = aws_in_mailboxorg(H_MAIL, dt, FORM_FROM, H_MAIL, H_RE)
emit('058-chaser-no-reply-yet-anna.eml', h,
     alt(leaf(t058 + '\n' + q058 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'quoted-printable'),
         leaf(html_of(t058 + '\n' + FOOT_EN, q058), 'html', 'UTF-8', 'quoted-printable')),
     'support_reply', H_CASE, [], True, 'en', t058)
H_058_ID = dict(h)['Message-ID']

# 059 -- Sent (Thunderbird, German locale attribution, nested quoting, 8bit)
dt = utc('2025-09-09 06:14:22')
t059 = """Hello Owen,

sorry for the late answer, I was on holiday.

Yes, I confirm: please merge AWS02638891 into AWS14410237 and keep AWS14410237.

And yes, please change the name on the old certificates to Anna Müller as well.

Best regards
Anna Müller
"""
p059 = t059 + '\nAm 08.09.25 um 11:02 schrieb Amazon Web Services:\n' + quote(t058 + '\n' + q058) + '\n'
b = leaf(p059, 'plain', 'UTF-8', '8bit', extra={'format': 'flowed'})
h = [('Message-ID', '<%s-%s-%s-%s-%s@mailbox.org>' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))),
     ('Date', rfcdate(dt, 2)), ('MIME-Version', '1.0'), ('User-Agent', 'Mozilla Thunderbird'),
     ('Subject', 'Re: ' + H_RE), ('To', 'Amazon Web Services <%s>' % FORM),
     ('References', H_058_ID), ('Content-Language', 'de-DE'),
     ('From', enc_name('Anna Müller', H_MAIL)), ('In-Reply-To', H_058_ID)]
emit('059-sent-thunderbird-anna-confirms.eml', h, b, 'unrelated', H_CASE, ['AWS02638891', 'AWS14410237'], None, 'en', t059)

# 060 -- merge completed (also mentions the name update)
dt = utc('2025-09-10 14:27:36')
t060 = """Hello Anna,

Thanks for confirming, and welcome back from your holiday!

Your two certification accounts are now one: everything from AWS02638891 has been moved to AWS14410237, which is the account you will use from now on. The old account has been closed. We have also updated the name on your earlier certification records to Anna Müller.

Please allow up to 48 hours for the updated certificates and your Credly badges to appear.

Kind regards,
Owen
AWS Training and Certification Support
"""
h = aws_in_mailboxorg(H_MAIL, dt, FORM_FROM, H_MAIL, H_RE)
emit('060-accounts-now-one-anna.eml', h,
     alt(leaf(t060 + '\n' + FOOT_EN + '\n', 'plain', 'UTF-8', 'base64'), leaf(html_of(t060 + '\n' + FOOT_EN), 'html', 'UTF-8', 'base64')),
     'merge_completed', H_CASE, ['AWS02638891', 'AWS14410237'], True, 'en', t060)


# ================================================================ FINISH
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
print('wrote', len(LABELS), 'mails')


# ================================================================ SANITY CHECK
def _decode_part(part):
    raw = part.get_payload(decode=True) or b''
    cs = (part.get_content_charset() or 'us-ascii').lower()
    for c in (cs, 'cp932' if cs in ('shift_jis', 'sjis') else 'utf-8', 'utf-8', 'latin-1'):
        try:
            return raw.decode(c)
        except (UnicodeDecodeError, LookupError):
            continue


def _text_of(msg):
    import html as H
    from email.header import decode_header, make_header
    out = [str(make_header(decode_header(msg.get('Subject', ''))))]
    for part in msg.walk():
        if part.get_content_maintype() == 'text':
            t = _decode_part(part)
            if part.get_content_subtype() == 'html':
                t = H.unescape(re.sub(r'<[^>]+>', ' ', t))
            out.append(t)
    return '\n'.join(out)


ID_RE = re.compile(r'(?i)(?<![a-z0-9])aws[\s-]?(\d{8})(?!\d)')


def _ids(t):
    return sorted({'AWS' + m for m in ID_RE.findall(t)})


def _verified(msg):
    ars = msg.get_all('Authentication-Results') or []
    if not ars:
        return None
    top = ' '.join(ars[0].split())
    frm = msg.get('From', '')
    dom = frm.rsplit('@', 1)[-1].strip('> ').lower()
    trusted = dom in ('amazon.com', 'credly.com', 'youracclaim.com')
    if not trusted:
        return False
    if re.search(r'dmarc=pass', top) and ('header.from=' + dom) in top:
        return True
    if 'dmarc=' not in top and re.search(r'dkim=pass[^;]*header\.(d|i)=@?' + re.escape(dom), top):
        return True
    return False


import email as _email
files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
problems = []
assert set(files) == set(LABELS), 'labels/files mismatch'
assert len(files) == len({f[:3] for f in files}), 'duplicate numbers'
for f in files:
    msg = _email.message_from_bytes(open(os.path.join(OUT, f), 'rb').read())
    lab = LABELS[f]
    text = _text_of(msg)
    found = _ids(text)
    for i in lab['account_ids']:
        if i not in found:
            problems.append('%s: id %s not in text' % (f, i))
    if lab['case_id'] and lab['case_id'] not in text:
        problems.append('%s: case id %s not in text' % (f, lab['case_id']))
    if _ids(NEWTEXT[f]) != lab['account_ids']:
        problems.append('%s: new-text ids %s != label %s' % (f, _ids(NEWTEXT[f]), lab['account_ids']))
    if _verified(msg) != lab['sender_verified']:
        problems.append('%s: verified computed %s != label %s' % (f, _verified(msg), lab['sender_verified']))
    if lab['kind'] not in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                           'credly_badge_issued', 'support_reply', 'unrelated'):
        problems.append('%s: bad kind' % f)
    if msg.defects:
        problems.append('%s: defects %s' % (f, msg.defects))
print('\n'.join(problems) or 'all checks passed')
from collections import Counter
print(sorted(Counter(v['kind'] for v in LABELS.values()).items()))

