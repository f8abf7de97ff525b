#!/usr/bin/env python3
"""Generator for blind set 123: acknowledgements, closures/rating requests and look-alikes."""
import os, json, random, uuid, hashlib, base64, io, re
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.header import Header
from email.utils import format_datetime, formataddr
from email import policy
from email.generator import BytesGenerator

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(12345)
MAILS = []
UTC = timezone.utc
JST = timezone(timedelta(hours=9), 'JST')
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

def mail(fname, kind, lang, case_id, ids, verified):
    def deco(fn):
        MAILS.append((fname, {"kind": kind, "case_id": case_id,
                              "account_ids": sorted(set(ids)),
                              "sender_verified": verified, "language": lang}, fn))
        return fn
    return deco

# ---------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=UTC)

def cid15(dt, tail):
    return "%d%05d" % (int(dt.timestamp()), tail)

def fdate(dt, tz=UTC):
    return format_datetime(dt.astimezone(tz))

def gdate(dt, tz=PDT, label='PDT'):
    return format_datetime(dt.astimezone(tz)) + ' (%s)' % label

def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def rb64(n):
    alph = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(alph) for _ in range(n))

def ses_id(dt, region=None):
    ms = int(dt.timestamp() * 1000)
    u = str(uuid.UUID(int=R.getrandbits(128)))
    dom = 'email.amazonses.com' if region is None else '%s.amazonses.com' % region
    return '<0100%012x-%s-000000@%s>' % (ms, u, dom)

def ses_bounce(dt, region='us-west-2'):
    ms = int(dt.timestamp() * 1000)
    return '0101%012x-%s-000000@%s.amazonses.com' % (ms, str(uuid.UUID(int=R.getrandbits(128))), region)

def addr(name, a, charset='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), a)

def subj(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode()

def dkim(s, d, hdrs='from:to:subject:date:message-id:mime-version:content-type', dt=None):
    t = int(dt.timestamp()) if dt else 1750000000
    b = rb64(172) + '='
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s' %
            (s, d, t, hdrs, rb64(43), b[:70], b[70:]))

def amazon_dkim(dt, d='amazon.com'):
    return (dkim('yg4mwqurec7fkhzutopddd3ytuaqrvuz' if d == 'amazon.com' else '%s' % rhex(32).translate(str.maketrans('0123456789', 'ghijklmnop')), d,
                 'Content-Type:MIME-Version:From:To:Subject:Message-ID:Date:Feedback-ID', dt) + '\n' +
            dkim('hsbnp7p3ensaochzwyq5wwmceodymuwv', 'amazonses.com',
                 'Content-Type:MIME-Version:From:To:Subject:Message-ID:Date:Feedback-ID', dt))

SES_IPS = ['54.240.8.33', '54.240.27.12', '54.240.48.93', '54.240.9.46', '54.240.11.108',
           '69.169.224.7', '54.240.3.22']

def ses_host(ip):
    p = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (p[2], p[3]) if ip.startswith('54.240') else 'a%s-%s.smtp-out.us-west-2.amazonses.com' % (p[2], p[3])

def gmail_trace(to, dt, mailfrom, ip, helo, ar_body, arc=True):
    """Return list of header lines Gmail adds (topmost first)."""
    dt_in = dt + timedelta(seconds=R.randint(1, 4))
    lines = ['Delivered-To: %s' % to,
             'Received: by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
                 rhex(4), rhex(3), rhex(3), rhex(4), rhex(3) + 'csp' + str(R.randint(100000, 999999)),
                 gdate(dt_in)),
             'X-Google-Smtp-Source: AGHT+I%s' % rb64(80),
             'X-Received: by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
                 rhex(4), rhex(3), rhex(3), rhex(4), rhex(2) + 'mr' + str(R.randint(1000000, 9999999)) + 'pjb.' + str(R.randint(10, 99)) + '.' + str(R.randint(1000000000000, 9999999999999)),
                 gdate(dt_in))]
    if arc:
        lines += ['ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(dt_in.timestamp()), rb64(60)),
                  'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        b=%s' % (rb64(43), rb64(60)),
                  'ARC-Authentication-Results: i=1; mx.google.com;\n' + ar_body]
    lines += ['Return-Path: <%s>' % mailfrom,
              'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                  helo, helo, ip, rb64(10).lower().replace('+', 'a').replace('/', 'b'), R.randint(10, 99), R.randint(10 ** 13, 10 ** 14),
                  to, gdate(dt_in)),
              'Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip),
              'Authentication-Results: mx.google.com;\n' + ar_body]
    return lines

def gmail_ar(dkims, spf, mailfrom, ip, dmarc, hfrom, pol='p=QUARANTINE sp=QUARANTINE dis=NONE'):
    parts = []
    for (res, dom, sel) in dkims:
        parts.append('       dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, rb64(8)))
    if spf == 'pass':
        parts.append('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom))
    else:
        parts.append('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, mailfrom, ip, mailfrom))
    parts.append('       dmarc=%s (%s) header.from=%s' % (dmarc, pol, hfrom))
    return ';\n'.join(parts)

def o365_trace(to, dt, mailfrom_dom, ip, helo, dkims, dmarc, hfrom, compauth='pass reason=100', tenant='APC', spf='pass'):
    dt_in = dt + timedelta(seconds=R.randint(1, 5))
    fe = {'APC': 'TY2PEPF0000%s.apcprd03.prod.outlook.com' % rhex(4).upper(),
          'EUR': 'AM3PEPF0000%s.eurprd04.prod.outlook.com' % rhex(4).upper(),
          'NAM': 'BN2PEPF0000%s.namprd02.prod.outlook.com' % rhex(4).upper()}[tenant]
    be = {'APC': 'TYCPR01MB%d.jpnprd01.prod.outlook.com' % R.randint(1000, 9999),
          'EUR': 'DB9PR04MB%d.eurprd04.prod.outlook.com' % R.randint(1000, 9999),
          'NAM': 'SA1PR02MB%d.namprd02.prod.outlook.com' % R.randint(1000, 9999)}[tenant]
    dk = ''.join('dkim=%s (%s) header.d=%s;' % (r, 'signature was verified' if r == 'pass' else 'signature did not verify', d) for r, d in dkims)
    ar = ('Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s\n dmarc=%s action=%s header.from=%s;compauth=%s' %
          (spf, ip, mailfrom_dom, dk, dmarc, 'none' if dmarc == 'pass' else 'quarantine', hfrom, compauth))
    return ['Received: from %s (::1) by %s with HTTPS; %s' % (be, be, fdate(dt_in + timedelta(seconds=1))),
            'Received: from %s (2603:1096:405:%s::%d) by %s\n (2603:1096:400:%s::%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                fe, rhex(2), R.randint(10, 30), be, rhex(3), R.randint(10, 99), R.randint(8600, 9200), R.randint(10, 40), fdate(dt_in + timedelta(seconds=1))),
            ar,
            'Received-SPF: %s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (spf.capitalize(), mailfrom_dom, ip, ip, helo),
            'Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
                helo, ip, fe, R.randint(1, 250), R.randint(1, 250), R.randint(8600, 9200), R.randint(10, 40), fdate(dt_in)),
            ]

def jp_trace(to, dt, mx, mailfrom, ip, helo, ar_items, extra_top=None):
    """Generic Japanese ISP style: one Received + one Authentication-Results."""
    dt_in = (dt + timedelta(seconds=R.randint(2, 9))).astimezone(JST)
    lines = []
    if extra_top:
        lines += extra_top
    lines += ['Return-Path: <%s>' % mailfrom]
    if ar_items is not None:
        lines += ['Authentication-Results: %s; %s' % (mx, ';\n\t'.join(ar_items))]
    lines += ['Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s' % (
        helo, helo, ip, mx, rb64(11).replace('+', 'Q').replace('/', 'z'), to, format_datetime(dt_in))]
    return lines

MARKERS = {}

def render(top_lines, body, fname):
    """top_lines: list of raw header lines (already folded). body: EmailMessage with MIME headers."""
    buf = io.BytesIO()
    g = BytesGenerator(buf, mangle_from_=False, policy=body.policy.clone(linesep='\n', max_line_length=78))
    g.flatten(body)
    mime = buf.getvalue()
    head = '\n'.join(top_lines).encode('ascii') + b'\n'
    return head + mime

def text(t, charset='utf-8', cte='quoted-printable', subtype='plain', label=None, fmt_flowed=False):
    m = EmailMessage()
    m.set_content(t, subtype=subtype, charset=charset, cte=cte)
    if label:
        m.set_param('charset', label)
    if fmt_flowed:
        m.set_param('format', 'flowed')
    return m

def alt(*parts, boundary=None):
    m = EmailMessage()
    m.make_alternative()
    for p in parts:
        if 'MIME-Version' in p:
            del p['MIME-Version']
        m.attach(p)
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    if boundary:
        m.set_boundary(boundary)
    return m

def ses_boundary(dt):
    return '----=_Part_%d_%d.%d' % (R.randint(100000, 9999999), R.randint(10 ** 8, 10 ** 9), int(dt.timestamp() * 1000))

def std_top(date_dt, frm, to, subject, msgid, tz=UTC, extra=None, order=None):
    lines = ['Date: %s' % fdate(date_dt, tz), 'From: %s' % frm, 'To: %s' % to,
             'Message-ID: %s' % msgid, 'Subject: %s' % subject]
    if extra:
        lines += extra
    return lines

def main():
    labels = {}
    for fname, lab, fn in MAILS:
        data = fn()
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(data)
        labels[fname] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote', len(labels))

# ---------------------------------------------------------------- people
KENJI = ('渡辺 健二', 'kenji.watanabe.dev@gmail.com')
PRIYA = ('Priya Raman', 'priya.raman@outlook.com')
DANIEL = ('Daniel Okafor', 'd.okafor@northwind-analytics.com')
YUKI = ('佐藤 由紀', 'yuki.sato@sakura-sysdev.co.jp')
TAKESHI = ('石川 剛', 'ishikawa.takeshi@nifty.com')
MARCO = ('Marco Bellini', 'marco.bellini.cloud@gmail.com')
AIKO = ('藤本 愛子', 'a-fujimoto@biglobe.jp')
SARAH = ('Sarah Lindqvist', 'sarah.lindqvist@icloud.com')
HIROSHI = ('中村 浩', 'h-nakamura@kumo-denki.co.jp')
OLIVIA = ('Olivia Chen', 'olivia.chen.sre@gmail.com')
RAVI = ('Ravi Menon', 'ravi.menon@tecvance.io')
MEI = ('高橋 芽衣', 'mei.takahashi.0412@gmail.com')
JIWOO = ('Ji-woo Park', 'jiwoo.park.dev@gmail.com')

FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE = ('Amazon Web Services', 'no-reply-aws@amazon.com')

def aws_gmail(to, dt, dmarc='pass', region='us-west-2', dk=('pass', 'pass')):
    ip = R.choice(SES_IPS)
    mf = ses_bounce(dt, region)
    ar = gmail_ar([(dk[0], 'amazon.com', 'yg4mwqurec7fkhzutopddd3ytuaqrvuz'), (dk[1], 'amazonses.com', 'hsbnp7p3ensaochzwyq5wwmceodymuwv')],
                  'pass', mf, ip, dmarc, 'amazon.com')
    return gmail_trace(to, dt, mf, ip, ses_host(ip), ar)

def aws_o365(to, dt, tenant='NAM', region='us-west-2'):
    ip = R.choice(SES_IPS)
    return o365_trace(to, dt, '%s.amazonses.com' % region, ip, ses_host(ip),
                      [('pass', 'amazon.com'), ('pass', 'amazonses.com')], 'pass', 'amazon.com', tenant=tenant)

def aws_jp(to, dt, mx, region='us-west-2', style='plain', hfrom='amazon.com'):
    ip = R.choice(SES_IPS)
    mf = ses_bounce(dt, region)
    if style == 'plain':
        items = ['spf=pass smtp.mailfrom=%s.amazonses.com' % region, 'dkim=pass header.d=%s' % hfrom,
                 'dkim=pass header.d=amazonses.com', 'dmarc=pass (p=QUARANTINE) header.from=%s' % hfrom]
    else:
        items = ['spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mx, mf, ip, mf),
                 'dkim=pass (2048-bit key) header.d=%s header.i=@%s header.b="%s"' % (hfrom, hfrom, rb64(8)),
                 'dmarc=pass (policy=quarantine) header.from=%s' % hfrom]
    return jp_trace(to, dt, mx, mf, ip, ses_host(ip), items)

def ses_extra(dt):
    return ['MIME-Version: 1.0'] if False else ['Feedback-ID: ::1.us-west-2.%s=:AmazonSES' % rb64(43),
                                                'X-SES-Outgoing: %s-54.240.8.%d' % (dt.strftime('%Y.%m.%d'), R.randint(10, 99))]

# ================================================================= MAILS
def aws_mail(trace, dt, frm, to, subject, body, msgid=None, extra=None, tz=UTC, signed=True):
    lines = list(trace)
    if signed:
        lines.append(amazon_dkim(dt, signed if isinstance(signed, str) else 'amazon.com'))
        lines += ses_extra(dt)
    lines += ['Date: %s' % fdate(dt, tz), 'From: %s' % frm, 'To: %s' % to,
              'Message-ID: %s' % (msgid or ses_id(dt)), 'Subject: %s' % subject]
    if extra:
        lines += extra
    return render(lines, body, None)

def html_wrap(inner, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width"></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (lang, inner))

# --- case data
D_OLIVIA = T(2026, 3, 2, 14, 21, 7);   C_OLIVIA = cid15(D_OLIVIA, 40519)
D_TAKESHI = T(2025, 3, 4, 1, 12, 40);  C_TAKESHI = cid15(D_TAKESHI, 3318)
D_PRIYA = T(2025, 8, 12, 9, 14, 33);   C_PRIYA = cid15(D_PRIYA, 77201)
D_YUKI = T(2026, 1, 15, 2, 40, 11);    C_YUKI = cid15(D_YUKI, 12094)
D_MARCO = T(2025, 6, 30, 13, 5, 52);   C_MARCO = '12904573318'
D_AIKO = T(2025, 9, 24, 5, 33, 18);    C_AIKO = cid15(D_AIKO, 65037)
D_SARAH = T(2025, 2, 18, 19, 47, 2);   C_SARAH = '11982034571'
D_HIROSHI = T(2025, 11, 10, 0, 51, 26); C_HIROSHI = cid15(D_HIROSHI, 28440)
D_DANIEL = T(2025, 10, 20, 16, 5, 9);  C_DANIEL = cid15(D_DANIEL, 91762)
D_MEI = T(2025, 9, 3, 11, 2, 45);      C_MEI = cid15(D_MEI, 50183)
D_RAVI = T(2025, 12, 1, 8, 36, 0);     C_RAVI = cid15(D_RAVI, 4417)
D_KENJI = T(2025, 5, 27, 22, 58, 30);  C_KENJI = cid15(D_KENJI, 81406)
D_JIWOO = T(2026, 4, 7, 3, 19, 55);    C_JIWOO = '13077251946'

# ---------------------------------------------------------------- 001-012
@mail('001-request-received-olivia.eml', 'case_created', 'en', C_OLIVIA, ['AWS61207735', 'AWS61270953'], True)
def m001():
    dt = D_OLIVIA + timedelta(seconds=41)
    t = f"""Hello Olivia,

This note is to let you know that your message reached the AWS Training and
Certification team and is now waiting for a specialist.

Reference number: {C_OLIVIA}

What you sent us
----------------
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS61207735
Other candidate ID (if any): aws61270953
Description: I ended up with two certification profiles after switching from my
work e-mail to my personal one. Please combine them and keep the first one.

What happens next
-----------------
A specialist normally gets back to you within one business day. If you think of
something to add, reply to this e-mail and keep the reference number in the
subject line. Please don't submit the form again for the same request - a
second ticket only puts you further back in the line.

Thank you,
AWS Training and Certification
"""
    h = html_wrap(f"""<p>Hello Olivia,</p>
<p>This note is to let you know that your message reached the AWS Training and Certification team and is now waiting for a specialist.</p>
<p><b>Reference number:</b> {C_OLIVIA}</p>
<table style="border-collapse:collapse" cellpadding="4">
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Inquiry detail</td><td>Account Merge</td></tr>
<tr><td>AWS candidate ID</td><td>AWS61207735</td></tr>
<tr><td>Other candidate ID (if any)</td><td>aws61270953</td></tr>
</table>
<p>A specialist normally gets back to you within one business day. If you think of something to add, reply to this e-mail and keep the reference number in the subject line. Please don't submit the form again for the same request.</p>
<p>Thank you,<br>AWS Training and Certification</p>""")
    body = alt(text(t), text(h, subtype='html'), boundary=ses_boundary(dt))
    return aws_mail(aws_gmail(OLIVIA[1], dt), dt, addr(*FORM), addr(*OLIVIA),
                    f'[CASE {C_OLIVIA}] [AWS Training and Certification Form Submission] - account-assistance', body)

@mail('002-uketsuke-ishikawa.eml', 'case_created', 'ja', C_TAKESHI, ['AWS40027815', 'AWS92650184'], True)
def m002():
    dt = D_TAKESHI + timedelta(seconds=58)
    t = f"""石川 剛 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
下記の内容でお問い合わせを受け付けました。

受付番号: {C_TAKESHI}
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合
AWS 候補者 ID: AWS40027815
統合したい別の ID: AWS 92650184

内容を確認のうえ、担当者より原則 24 時間以内にご連絡いたします。
追加の情報がある場合は、件名の受付番号を変更せずにこのメールへご返信ください。
同じ内容でフォームを再送信されますと、かえってご案内が遅れる場合がございます。

AWS トレーニングと認定
"""
    body = text(t, charset='iso-2022-jp', cte='7bit')
    trace = aws_jp(TAKESHI[1], dt, 'mx.nifty.com')
    return aws_mail(trace, dt, addr(*FORM), addr(*TAKESHI, charset='iso-2022-jp'),
                    subj(f'【受付】AWS トレーニングと認定へのお問い合わせ [CASE {C_TAKESHI}]', 'iso-2022-jp'), body, tz=JST)

@mail('003-new-support-case-priya.eml', 'case_created', 'en', C_PRIYA, ['AWS11875230', 'AWS64092117'], True)
def m003():
    dt = D_PRIYA + timedelta(seconds=12)
    t = f"""Thank you for contacting Amazon Web Services. We have opened case {C_PRIYA} to address your issue.

The details of your case are as follows:

Case ID: {C_PRIYA}
Subject: Two certification profiles - please combine into one
Severity: General guidance
Correspondence: Hi, I passed Solutions Architect Associate under AWS11875230
(registered with my old employer address) and later Developer Associate under
AWS64092117 with my personal address. I would like everything in one place,
ideally under the newer one since I can still log in to it.

To view or update your case, visit:
https://console.aws.amazon.com/support/home?#/case/?displayId={C_PRIYA}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

To update your case, please use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    body = text(t)
    return aws_mail(aws_o365(PRIYA[1], dt, tenant='NAM'), dt, addr(*CONSOLE), PRIYA[1],
                    f'Amazon Web Services: You have opened a new Support case: {C_PRIYA}', body)

@mail('004-case-sakusei-sato.eml', 'case_created', 'ja', C_YUKI, ['AWS09183347', 'AWS55620938'], True)
def m004():
    dt = D_YUKI + timedelta(seconds=20)
    t = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース {C_YUKI} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {C_YUKI}
件名: 認定アカウントが 2 つあるので 1 つにまとめたい
重要度: 一般的なガイダンス
内容: 認定アカウントが二重に作成されていました。aws55620938 を残し、
AWS-09183347 の資格をそちらへ寄せていただけますでしょうか。

ケースの確認や更新は、次のリンクから行ってください。
https://console.aws.amazon.com/support/home?#/case/?displayId={C_YUKI}&language=ja

※このメールは送信専用のアドレスから送信されています。ご返信いただいても対応できませんので、上記リンクをご利用ください。
"""
    h = html_wrap(f"""<p>Amazon Web Services にお問い合わせいただき、ありがとうございます。<br>
お客様のお問い合わせに対応するため、ケース <b>{C_YUKI}</b> を作成しました。</p>
<table cellpadding="4" style="border:1px solid #d5dbdb">
<tr><th align="left">ケース ID</th><td>{C_YUKI}</td></tr>
<tr><th align="left">件名</th><td>認定アカウントが 2 つあるので 1 つにまとめたい</td></tr>
<tr><th align="left">重要度</th><td>一般的なガイダンス</td></tr>
<tr><th align="left">内容</th><td>認定アカウントが二重に作成されていました。aws55620938 を残し、AWS-09183347 の資格をそちらへ寄せていただけますでしょうか。</td></tr>
</table>
<p><a href="https://console.aws.amazon.com/support/home?#/case/?displayId={C_YUKI}&amp;language=ja">サポートセンターでケースを表示</a></p>
<p style="color:#687078;font-size:12px">このメールは送信専用のアドレスから送信されています。</p>""", 'ja')
    body = alt(text(t, cte='base64'), text(h, subtype='html', cte='base64'), boundary=ses_boundary(dt))
    return aws_mail(aws_o365(YUKI[1], dt, tenant='APC'), dt, addr(*CONSOLE), YUKI[1],
                    subj(f'Amazon Web Services: サポートケース {C_YUKI} が作成されました'), body)

@mail('005-partner-desk-logged-marco.eml', 'case_created', 'en', C_MARCO, ['AWS25560471', 'AWS73311908'], True)
def m005():
    dt = D_MARCO + timedelta(seconds=74)
    t = f"""Hi Marco,

Thanks for getting in touch with AWS Partner Support.

Your request has been logged and handed to the colleagues who look after
Training & Certification profiles. Nothing is needed from you right now.

  Ticket:        {C_MARCO}
  Partner:       Bellini Cloud Consulting S.r.l.
  Topic:         Certification - combine two candidate profiles
  IDs provided:  AWS73311908 (keep) / AWS25560471

A specialist usually writes back within two business days. Replies to this
address are not monitored; to add information, open the ticket in AWS Partner
Central > Support and use "Add correspondence".

Kind regards,
AWS Partner Support
"""
    body = text(t, cte='7bit')
    return aws_mail(aws_gmail(MARCO[1], dt), dt, addr('AWS Partner Support', 'partner-support-noreply@amazon.com'), MARCO[1],
                    f'Ticket {C_MARCO} logged - Certification profile request', body)

@mail('006-hanbaidairiten-ticket-fujimoto.eml', 'unrelated', 'ja', C_AIKO, ['AWS14769025', 'AWS83302197'], False)
def m006():
    dt = D_AIKO + timedelta(minutes=47)
    t = f"""藤本 愛子 様

いつも弊社トレーニングサービスをご利用いただき、ありがとうございます。
クラウドトレーニング・ジャパン サポート窓口の島田です。

ご相談いただいた AWS 認定アカウントの件、弊社から AWS 側の窓口へ
お客様に代わって問い合わせを行いました。AWS から発行された番号は以下です。

　AWS 側の番号: {C_AIKO}
　弊社チケット: CTJ-2025-08812
　対象 ID: AWS83302197 / AWS14769025

今後は AWS から藤本様のメールアドレスへ直接ご連絡が届く見込みです。
届かない場合は、このメールにご返信ください。

──────────────────
クラウドトレーニング・ジャパン株式会社
サポート窓口　島田 亮
support@cloudtraining-japan.co.jp / 03-5219-4470
──────────────────
"""
    body = text(t, cte='base64')
    dt_in = dt + timedelta(seconds=5)
    frm_dom = 'cloudtraining-japan.co.jp'
    trace = jp_trace(AIKO[1], dt, 'mx.biglobe.jp', 'bounce@' + frm_dom, '203.0.113.58', 'mail.' + frm_dom,
                     ['spf=pass smtp.mailfrom=' + frm_dom, 'dkim=pass header.d=' + frm_dom, 'dmarc=pass header.from=' + frm_dom])
    lines = trace + [dkim('default', frm_dom, dt=dt),
                     'Date: %s' % fdate(dt, JST), 'From: %s' % addr('クラウドトレーニング・ジャパン サポート', 'support@' + frm_dom),
                     'To: %s' % addr(*AIKO), 'Message-ID: <%s.%s@mail.%s>' % (dt.strftime('%Y%m%d%H%M%S'), rhex(8), frm_dom),
                     'Subject: %s' % subj(f'【CTJ-2025-08812】AWS 認定アカウント統合のお問い合わせについて'),
                     'X-Mailer: Microsoft Outlook 16.0']
    return render(lines, body, None)

@mail('007-support-case-opened-sarah.eml', 'case_created', 'en', C_SARAH, ['AWS31840276', 'AWS57714092'], True)
def m007():
    dt = D_SARAH + timedelta(seconds=9)
    ip = R.choice(SES_IPS); mf = ses_bounce(dt, 'us-east-1')
    dt_in = dt + timedelta(seconds=2)
    trace = ['Return-Path: <%s>' % mf,
             'Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=amazon.com',
             'Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s;\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s' % (rb64(8), rb64(8)),
             'Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf),
             'Received-SPF: pass (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s' % (mf, ip, ip, ses_host(ip), mf),
             'Received: from %s by p00-icloudmta-asmtp-us-west-3a-60-percent-1 (mailgateway 2524B77)\n\twith SMTP id %s\n\tfor <%s>; %s' % (ses_host(ip), str(uuid.UUID(int=R.getrandbits(128))), SARAH[1], format_datetime(dt_in.astimezone(UTC)).replace('-0000', '+0000') + ' (GMT)')]
    h = html_wrap(f"""<div style="max-width:600px">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80">
<p>Thank you for contacting Amazon Web Services. We have opened case {C_SARAH} to address your issue.</p>
<p>The details of your case are as follows:</p>
<p>Case ID: {C_SARAH}<br>
Subject: Merge duplicate certification accounts<br>
Severity: General guidance<br>
Correspondence: I have two candidate IDs, AWS31840276 (current, Sweden address) and aws 57714092 (old, from a
2019 exam at university). Could you bring the old one's certifications over to the current one?</p>
<p>To view or update your case, visit:<br>
<a href="https://console.aws.amazon.com/support/home?#/case/?displayId={C_SARAH}&amp;language=en">https://console.aws.amazon.com/support/home?#/case/?displayId={C_SARAH}&amp;language=en</a></p>
<p>Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
<p>To update your case, please use the link above.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</div>""")
    body = text(h, subtype='html')
    return aws_mail(trace, dt, addr(*CONSOLE), SARAH[1],
                    f'Amazon Web Services: You have opened a new Support case: {C_SARAH}', body)

def ew(s, charset='utf-8', n=12, enc='B', first_prefix=''):
    """Encode s as several encoded-words of n characters each, folded over lines."""
    words = []
    for i in range(0, len(s), n):
        chunk = s[i:i + n]
        raw = chunk.encode(charset)
        if enc == 'B':
            words.append('=?%s?B?%s?=' % (charset if charset != 'shift_jis' else 'Shift_JIS', base64.b64encode(raw).decode()))
        else:
            q = ''.join(chr(b) if (chr(b).isalnum() and b < 128) else ('_' if b == 32 else '=%02X' % b) for b in raw)
            words.append('=?%s?Q?%s?=' % (charset.upper(), q))
    return '\n '.join(words)

def onprem_trace(to, dt, corp, ip, helo, mf):
    d1 = (dt + timedelta(seconds=R.randint(2, 6))).astimezone(JST)
    d2 = d1 + timedelta(seconds=R.randint(1, 3))
    return ['Return-Path: <%s>' % mf,
            'Received: from mx1.%s (mx1.%s [10.2.0.15])\n\tby mbox02.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
                corp, corp, corp, rhex(10).upper(), to, format_datetime(d2)),
            'Received: from %s (%s [%s])\n\tby mx1.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                helo, helo, ip, corp, rhex(10).upper(), to, format_datetime(d1)),
            'X-Virus-Scanned: amavisd-new at %s' % corp]

@mail('008-uketamawari-nakamura.eml', 'case_created', 'ja', C_HIROSHI, ['AWS26604418', 'AWS70915532'], None)
def m008():
    dt = D_HIROSHI + timedelta(seconds=33)
    t = f"""中村 浩 様

この度は AWS トレーニングと認定にご連絡をいただき、誠にありがとうございます。
以下の内容でお問い合わせを承りました。

　お問い合わせ番号：{C_HIROSHI}
　カテゴリ：認定 ＞ アカウントの統合
　候補者 ID（1）：AWS26604418
　候補者 ID（2）：aws70915532
　ご連絡先：{HIROSHI[1]}

担当者が内容を拝見したうえで、改めてご連絡差し上げます（目安：1 営業日）。
お急ぎのところ恐縮ですが、今しばらくお待ちください。

なお、本メールにご返信いただくことで情報を追記いただけます。
その際は件名の番号を残したままお送りください。

AWS トレーニングと認定 サポート
"""
    body = text(t, charset='shift_jis', cte='base64')
    ip = R.choice(SES_IPS)
    trace = onprem_trace(HIROSHI[1], dt, 'kumo-denki.co.jp', ip, ses_host(ip), ses_bounce(dt))
    s = ew(f'お問い合わせを承りました [CASE {C_HIROSHI}] [AWS Training and Certification Form Submission]', 'shift_jis', 14)
    return aws_mail(trace, dt, addr(*FORM), HIROSHI[1], s, body, tz=JST)

@mail('009-in-our-queue-okafor.eml', 'case_created', 'en', C_DANIEL, ['AWS20774519', 'AWS88031642'], True)
def m009():
    dt = D_DANIEL + timedelta(seconds=50)
    h = html_wrap(f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:12px">
<span style="color:#ffffff;font-size:18px">AWS Training and Certification</span></td></tr></table>
<p>Hi Daniel,</p>
<p>Your message is in our queue. Someone from the Training and Certification team will pick it up shortly &ndash; in most cases within 24 hours, a little longer around public holidays.</p>
<p style="background:#f2f3f3;padding:8px">Case number: <b>{C_DANIEL}</b><br>
Topic: account-assistance<br>
Candidate ID(s) you entered: AWS20774519, AWS-88031642</p>
<p>Have something to add? Just reply to this message. Please leave the case number in the subject line so your note lands on the right request.</p>
<p>Thanks for your patience,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>""")
    body = text(h, subtype='html')
    return aws_mail(aws_o365(DANIEL[1], dt, tenant='NAM'), dt, addr(*FORM), addr(*DANIEL),
                    f'[CASE {C_DANIEL}] [AWS Training and Certification Form Submission] - account-assistance', body)

@mail('010-case-uketsuke-takahashi.eml', 'case_created', 'ja', C_MEI, ['AWS48810263'], True)
def m010():
    dt = D_MEI + timedelta(seconds=15)
    t = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース {C_MEI} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {C_MEI}
件名: 認定アカウントの統合
重要度: 一般的なガイダンス
内容: 以前の会社のメールで受験したときの ID が AWS48810263 です。現在の ID に寄せたいのですが、現在の ID がわかりません。どう確認すればよいでしょうか。

ケースの確認や更新は、次のリンクから行ってください。
https://console.aws.amazon.com/support/home?#/case/?displayId={C_MEI}&language=ja

※このメールは送信専用のアドレスから送信されています。
"""
    body = text(t, charset='utf-8', cte='quoted-printable', label='iso-8859-1')
    return aws_mail(aws_gmail(MEI[1], dt, region='us-east-1'), dt, addr(*CONSOLE), MEI[1],
                    ew(f'Amazon Web Services: サポートケース {C_MEI} が作成されました', 'utf-8', 20), body)

@mail('011-submission-logged-menon.eml', 'case_created', 'en', C_RAVI, ['AWS39470821', 'AWS66013285'], True)
def m011():
    dt = D_RAVI + timedelta(seconds=27)
    t = f"""We have your message (reference {C_RAVI}).

A member of the AWS Training and Certification team will reply to this
address, normally within one business day.

To add information, reply to this e-mail without changing the subject.

AWS Training and Certification
"""
    h = html_wrap(f"""<p><b>We have your message</b> (reference {C_RAVI}).</p>
<p>A member of the AWS Training and Certification team will reply to this address, normally within one business day.</p>
<h4 style="margin-bottom:4px">Your submission</h4>
<table cellpadding="3" style="font-size:13px">
<tr><td>Name</td><td>Ravi Menon</td></tr>
<tr><td>Inquiry</td><td>Certification / Account Merge</td></tr>
<tr><td>Candidate ID</td><td>AWS66013285</td></tr>
<tr><td>Message</td><td>Second request - I sent the form on Friday but never received anything. The duplicate profile is AWS 39470821, created when I booked through Pearson VUE with my work address. Please keep AWS66013285.</td></tr>
</table>
<p>To add information, reply to this e-mail without changing the subject.</p>
<p>AWS Training and Certification</p>""")
    body = alt(text(t, cte='7bit'), text(h, subtype='html'), boundary=ses_boundary(dt))
    return aws_mail(aws_o365(RAVI[1], dt, tenant='EUR', region='eu-west-1'), dt, addr(*FORM), addr(*RAVI),
                    f'RE: [CASE {C_RAVI}] [AWS Training and Certification Form Submission] - account-assistance', body,
                    extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'])

@mail('012-uketsuke-watanabe-bilingual.eml', 'case_created', 'ja', C_KENJI, ['AWS30518842', 'AWS71294006'], True)
def m012():
    dt = D_KENJI + timedelta(seconds=44)
    t = f"""渡辺 健二 様

お問い合わせを受け付けました。担当者から原則 24 時間以内にご連絡します。
このメールに返信すると、同じお問い合わせに情報を追加できます。

　受付番号 / Reference: {C_KENJI}
　候補者 ID / Candidate ID: AWS30518842
　統合元 ID / Other ID: AWS71294006

---------------------------------------------------------------
Dear Kenji Watanabe,

Your enquiry has been received. A member of our team will contact you,
in principle within 24 hours. Reply to this e-mail to add to the same request.
---------------------------------------------------------------

AWS トレーニングと認定 / AWS Training and Certification
"""
    body = text(t, cte='base64')
    return aws_mail(aws_gmail(KENJI[1], dt), dt, addr(*FORM), addr(*KENJI),
                    ew(f'[CASE {C_KENJI}] お問い合わせを受け付けました / We received your enquiry', 'utf-8', 16), body)

@mail('013-weve-created-case-park.eml', 'case_created', 'en', C_JIWOO, ['AWS33015790', 'AWS90412268'], True)
def m013():
    dt = D_JIWOO + timedelta(seconds=6)
    t = f"""Hello,

We've created support case {C_JIWOO} for you. An AWS Support engineer will review it
and respond through the Support Center; you'll receive an e-mail when there is
new correspondence.

Case summary
  Case ID:        {C_JIWOO}
  Service:        Training and Certification
  Category:       Certification account
  Severity:       General guidance
  Subject:        Combine AWS Certification accounts
  Description:    My candidate IDs are AWS90412268 (Korea, 2022) and aws-33015790
                  (opened in 2024 with a new e-mail). Please make the newer one the
                  main account.

View the case:
https://support.console.aws.amazon.com/support/home#/case/?displayId={C_JIWOO}&language=en

This mailbox does not accept replies. Please use the link above to add information.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    body = text(t)
    return aws_mail(aws_gmail(JIWOO[1], dt, region='ap-northeast-2'), dt, addr(*CONSOLE), JIWOO[1],
                    f'Amazon Web Services: New Support case {C_JIWOO} created', body)

@mail('014-uketsuke-fujimoto-aws.eml', 'case_created', 'ja', C_AIKO, ['AWS83302197'], True)
def m014():
    dt = D_AIKO + timedelta(seconds=38)
    t = f"""藤本 愛子 様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。
お問い合わせ番号 {C_AIKO} として承りました。

ご入力いただいた候補者 ID: AWS83302197

担当者より追ってご連絡いたします。通常は 1 営業日以内のご案内となります。
情報を追加される場合は、このメールにそのままご返信ください。

AWS トレーニングと認定
"""
    h = html_wrap(f"""<p>藤本 愛子 様</p>
<p>AWS トレーニングと認定にご連絡いただき、ありがとうございます。<br>
お問い合わせ番号 <b>{C_AIKO}</b> として承りました。</p>
<p>ご入力いただいた候補者 ID: AWS83302197</p>
<p>担当者より追ってご連絡いたします。通常は 1 営業日以内のご案内となります。<br>
情報を追加される場合は、このメールにそのままご返信ください。</p>
<p>AWS トレーニングと認定</p>""", 'ja')
    body = alt(text(t, charset='iso-2022-jp', cte='7bit'), text(h, subtype='html', cte='base64'), boundary=ses_boundary(dt))
    return aws_mail(aws_jp(AIKO[1], dt, 'mx.biglobe.jp', style='rich'), dt, addr(*FORM), addr(*AIKO),
                    ew(f'[CASE {C_AIKO}] お問い合わせ番号のお知らせ', 'iso-2022-jp', 10), body, tz=JST)

# ---------------------------------------------------------------- 015-024 support replies
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
CONSOLE_FOOTER = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services"""

@mail('015-picked-up-olivia.eml', 'support_reply', 'en', C_OLIVIA, [], True)
def m015():
    dt = D_OLIVIA + timedelta(hours=19, minutes=12)
    t = f"""Hello Olivia,

Thank you for writing to us. My name is Tomasz and I'll be looking after your
request from here on.

I've started going through the two profiles you told us about. Part of the
checks sits with another team, so this can take a couple of working days.
There is nothing you need to do in the meantime; I'll write to you as soon as
I have something concrete.

Best regards,
Tomasz W.
Amazon Web Services
Training and Certification Customer Support

---- Original inquiry ----
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS61207735
Other candidate ID (if any): aws61270953
Description: I ended up with two certification profiles after switching from my
work e-mail to my personal one. Please combine them and keep the first one.
------------------------------------------------------------
"""
    body = text(t)
    return aws_mail(aws_gmail(OLIVIA[1], dt), dt, addr(*FORM), addr(*OLIVIA),
                    f'RE:[CASE {C_OLIVIA}] {FORM_SUBJ}', body)

@mail('016-tantou-kakuninchuu-watanabe.eml', 'support_reply', 'ja', C_KENJI, ['AWS30518842', 'AWS71294006'], True)
def m016():
    dt = D_KENJI + timedelta(hours=26, minutes=5)
    t = f"""渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
本件を担当いたします山口と申します。

お知らせいただいた AWS30518842 と AWS71294006 の登録内容を、現在照合しております。
社内の別チームへの確認が必要な項目があるため、少々お時間を頂戴しております。
確認が取れ次第、改めてこちらからご連絡いたしますので、今しばらくお待ちください。

どうぞよろしくお願いいたします。

山口
Amazon Web Services
"""
    body = text(t)
    return aws_mail(aws_gmail(KENJI[1], dt), dt, addr(*FORM), addr(*KENJI),
                    f'RE:[CASE {C_KENJI}] {FORM_SUBJ}', body)

@mail('017-awaiting-reply-priya.eml', 'support_reply', 'en', C_PRIYA, [], True)
def m017():
    dt = D_PRIYA + timedelta(days=6, hours=2, minutes=31)
    t = f"""Hello,

We're still waiting to hear from you on case {C_PRIYA} ("Two certification
profiles - please combine into one").

On {fdate(D_PRIYA + timedelta(days=1, hours=3))[:16]} we asked for some additional information. If we don't receive a
reply within the next 3 days, the case will be moved to an inactive state
automatically. You can re-open it at any time from the Support Center.

To reply, visit:
https://console.aws.amazon.com/support/home?#/case/?displayId={C_PRIYA}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    body = text(t)
    return aws_mail(aws_o365(PRIYA[1], dt, tenant='NAM'), dt, addr(*CONSOLE), PRIYA[1],
                    f'[Case {C_PRIYA}] Awaiting your reply', body)

@mail('018-gohenshin-omachi-sato.eml', 'support_reply', 'ja', C_YUKI, [], True)
def m018():
    dt = D_YUKI + timedelta(days=5, hours=7)
    t = f"""お客様

ケース {C_YUKI}（認定アカウントが 2 つあるので 1 つにまとめたい）について、
お客様からのご返信をお待ちしております。

担当者からの質問に 3 日以内にご返信がない場合、本ケースは自動的に対応終了となります。
対応終了後も、サポートセンターからケースを再開いただけます。

返信はこちらから:
https://console.aws.amazon.com/support/home?#/case/?displayId={C_YUKI}&language=ja

※このメールは送信専用のアドレスから送信されています。
"""
    h = html_wrap(f"""<p>お客様</p>
<p>ケース <b>{C_YUKI}</b>（認定アカウントが 2 つあるので 1 つにまとめたい）について、お客様からのご返信をお待ちしております。</p>
<p>担当者からの質問に <b>3 日以内</b>にご返信がない場合、本ケースは自動的に対応終了となります。対応終了後も、サポートセンターからケースを再開いただけます。</p>
<p><a href="https://console.aws.amazon.com/support/home?#/case/?displayId={C_YUKI}&amp;language=ja" style="background:#ff9900;color:#000;padding:6px 12px;text-decoration:none">ケースに返信する</a></p>
<p style="font-size:12px;color:#687078">このメールは送信専用のアドレスから送信されています。</p>""", 'ja')
    body = alt(text(t), text(h, subtype='html'), boundary=ses_boundary(dt))
    return aws_mail(aws_o365(YUKI[1], dt, tenant='APC'), dt, addr(*CONSOLE), YUKI[1],
                    subj(f'[Case {C_YUKI}] お客様のご返信をお待ちしています'), body)

@mail('019-passed-to-team-okafor.eml', 'support_reply', 'en', C_DANIEL, ['AWS20774519'], True)
def m019():
    dt = D_DANIEL + timedelta(days=2, hours=4, minutes=40)
    q_dt = D_DANIEL + timedelta(days=2, hours=1, minutes=3)
    q2_dt = D_DANIEL + timedelta(days=1, hours=18)
    t = f"""Hi Daniel,

Thank you for confirming so quickly.

I've handed the request to the colleagues who carry out the change. AWS20774519
will stay as your profile; you'll hear from us again as soon as their part is
through, usually within two to three business days.

Kind regards,
Rosa M.
Amazon Web Services

________________________________
From: Daniel Okafor <{DANIEL[1]}>
Sent: {q_dt.astimezone(timezone(timedelta(hours=-5))).strftime('%A, %B %-d, %Y %-I:%M %p')}
To: Amazon Web Services <{FORM[1]}>
Subject: RE: [CASE {C_DANIEL}] {FORM_SUBJ}

Hi Rosa,

Yes, that's right - keep AWS20774519 and fold AWS88031642 into it. Go ahead.

Thanks,
Daniel

________________________________
From: Amazon Web Services <{FORM[1]}>
Sent: {q2_dt.astimezone(timezone(timedelta(hours=-5))).strftime('%A, %B %-d, %Y %-I:%M %p')}
To: Daniel Okafor <{DANIEL[1]}>
Subject: RE:[CASE {C_DANIEL}] {FORM_SUBJ}

Hello Daniel,

Before we continue, please check the following and reply to confirm:

  Account that remains:   AWS20774519
  Account merged into it: AWS88031642

Once the two are combined this cannot be reversed.

Kind regards,
Rosa M.
Amazon Web Services
"""
    body = text(t)
    reply_id = '<SA1PR02MB%dC3F1E2A9B7D4E0F5A6B8C9D0E1F2A3B4@SA1PR02MB%d.namprd02.prod.outlook.com>' % (R.randint(1000, 9999), R.randint(1000, 9999))
    return aws_mail(aws_o365(DANIEL[1], dt, tenant='NAM'), dt, addr(*FORM), addr(*DANIEL),
                    f'RE:[CASE {C_DANIEL}] {FORM_SUBJ}', body,
                    extra=['In-Reply-To: %s' % reply_id, 'References: %s' % reply_id])

@mail('020-sagyou-go-goannai-ishikawa.eml', 'support_reply', 'ja', C_TAKESHI, ['AWS40027815'], True)
def m020():
    dt = D_TAKESHI + timedelta(days=3, hours=2, minutes=16)
    t = f"""石川 剛 様

ご確認のご返信をいただき、ありがとうございます。

頂戴した内容に沿って、AWS40027815 を残す形で手続きを進めてまいります。
作業が終わりましたら、改めてこちらからご連絡いたします。
その際、Credly のデジタルバッジの扱いについても併せてご案内いたします。

恐れ入りますが、今しばらくお待ちくださいませ。

よろしくお願いいたします。

木村
Amazon Web Services
"""
    body = text(t, charset='iso-2022-jp', cte='7bit')
    return aws_mail(aws_jp(TAKESHI[1], dt, 'mx.nifty.com'), dt, addr(*FORM), addr(*TAKESHI, charset='iso-2022-jp'),
                    f'RE:[CASE {C_TAKESHI}] {FORM_SUBJ}', body, tz=JST)

@mail('021-new-correspondence-sarah.eml', 'support_reply', 'en', C_SARAH, [], True)
def m021():
    dt = D_SARAH + timedelta(days=1, hours=15, minutes=22)
    ip = R.choice(SES_IPS); mf = ses_bounce(dt, 'us-east-1')
    trace = ['Return-Path: <%s>' % mf,
             'Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=amazon.com',
             'Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s' % rb64(8),
             'Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf),
             'Received: from %s by p00-icloudmta-asmtp-us-west-3a-60-percent-4 (mailgateway 2524B77)\n\twith SMTP id %s\n\tfor <%s>; %s' % (ses_host(ip), str(uuid.UUID(int=R.getrandbits(128))), SARAH[1], fdate(dt + timedelta(seconds=3)) + ' (GMT)')]
    t = f"""Dear Customer,

You have received a new reply from AWS Support on case {C_SARAH}.

Subject: Merge duplicate certification accounts

To see the reply and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home?#/case/?displayId={C_SARAH}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    body = text(t, cte='7bit')
    return aws_mail(trace, dt, addr(*CONSOLE), SARAH[1], f'[Case {C_SARAH}] New correspondence added', body)

@mail('022-atarashii-henshin-takahashi.eml', 'support_reply', 'ja', C_MEI, [], True)
def m022():
    dt = D_MEI + timedelta(days=1, hours=1, minutes=48)
    t = f"""お客様

ケース {C_MEI} に AWS サポートから新しい返信が追加されました。

件名: 認定アカウントの統合

返信内容の確認とご返信は、サポートセンターにサインインして行ってください:
https://console.aws.amazon.com/support/home?#/case/?displayId={C_MEI}&language=ja

※このメールは送信専用のアドレスから送信されています。
"""
    body = text(t, cte='base64')
    return aws_mail(aws_gmail(MEI[1], dt, region='us-east-1'), dt, addr(*CONSOLE), MEI[1],
                    ew(f'[Case {C_MEI}] 新しい返信が追加されました', 'utf-8', 14, enc='Q'), body)

@mail('023-partner-need-addresses-marco.eml', 'support_reply', 'en', C_MARCO, ['AWS25560471', 'AWS73311908'], True)
def m023():
    dt = D_MARCO + timedelta(days=2, hours=20, minutes=9)
    t = f"""Hi Marco,

Thanks for your patience while your ticket was with us.

To line the two profiles up I need a little more from you:

 1. The e-mail address you sign in with on AWS73311908.
 2. The e-mail address that receives notifications on AWS 25560471 (it may be
    an old company address - that's fine, just tell us which one it was).
 3. Whether any exam is currently booked on either profile.

You can add the answers in AWS Partner Central > Support > ticket {C_MARCO}.
Nothing will change on either profile until we hear back from you.

Best regards,
Helena K.
AWS Partner Support
"""
    body = text(t)
    return aws_mail(aws_gmail(MARCO[1], dt), dt, addr('AWS Partner Support', 'partner-support-noreply@amazon.com'), MARCO[1],
                    f'Ticket {C_MARCO}: additional information needed', body)

@mail('024-touroku-address-fujimoto.eml', 'support_reply', 'ja', C_AIKO, ['AWS14769025', 'AWS83302197'], True)
def m024():
    dt = D_AIKO + timedelta(days=1, hours=3, minutes=26)
    t = f"""藤本 愛子 様

AWS トレーニングと認定の大野でございます。
このたびはご連絡いただき、ありがとうございます。

お手続きを進めるにあたり、以下の点を教えていただけますでしょうか。

　・aws83302197 にサインインする際のメールアドレス
　・AWS14769025 に登録されている通知先メールアドレス
　・今後お使いになりたいのは、どちらのアカウントか

なお、販売代理店様経由でいただいたお問い合わせにつきましても、
今後のご連絡はご本人様とのやり取りとさせていただきます。
このメールに直接ご返信いただければ幸いです。

大野
Amazon Web Services
"""
    body = text(t, cte='8bit')
    return aws_mail(aws_jp(AIKO[1], dt, 'mx.biglobe.jp', style='rich'), dt, addr(*FORM), addr(*AIKO),
                    f'RE:[CASE {C_AIKO}] {FORM_SUBJ}', body, tz=JST)

# ---------------------------------------------------------------- 025-036 closures / opinion requests
@mail('025-wrapping-up-olivia.eml', 'survey', 'en', C_OLIVIA, [], True)
def m025():
    dt = D_OLIVIA + timedelta(days=5, hours=3, minutes=2)
    t = f"""Hello Olivia,

We're wrapping up case {C_OLIVIA} on our side. If something about it still needs
attention, simply reply to this message within the next 14 days and it will come
straight back to the same team.

How did we do? Two quick questions, well under a minute:

  Did you get what you needed?  Yes: https://aws-tc.qualtrics.example/jfe/form/SV_3kTcq?case={C_OLIVIA}&a=1
                                No:  https://aws-tc.qualtrics.example/jfe/form/SV_3kTcq?case={C_OLIVIA}&a=0

Thank you for being an AWS Certified professional.

AWS Training and Certification
"""
    h = html_wrap(f"""<p>Hello Olivia,</p>
<p>We're wrapping up case <b>{C_OLIVIA}</b> on our side. If something about it still needs attention, simply reply to this message within the next 14 days and it will come straight back to the same team.</p>
<p style="font-size:16px"><b>How did we do?</b></p>
<p>Did you get what you needed?</p>
<p><a href="https://aws-tc.qualtrics.example/jfe/form/SV_3kTcq?case={C_OLIVIA}&amp;a=1" style="background:#037f0c;color:#fff;padding:8px 20px;text-decoration:none">Yes</a>
&nbsp;<a href="https://aws-tc.qualtrics.example/jfe/form/SV_3kTcq?case={C_OLIVIA}&amp;a=0" style="background:#d13212;color:#fff;padding:8px 20px;text-decoration:none">No</a></p>
<p>Thank you for being an AWS Certified professional.<br>AWS Training and Certification</p>""")
    body = alt(text(t), text(h, subtype='html'), boundary=ses_boundary(dt))
    return aws_mail(aws_gmail(OLIVIA[1], dt), dt, addr(*FORM), addr(*OLIVIA),
                    f'RE:[CASE {C_OLIVIA}] {FORM_SUBJ}', body)

@mail('026-taiou-owari-watanabe.eml', 'survey', 'ja', C_KENJI, [], True)
def m026():
    dt = D_KENJI + timedelta(days=3, hours=1, minutes=40)
    prev = D_KENJI + timedelta(days=2, hours=10, minutes=14)
    pj = prev.astimezone(JST)
    wd = '月火水木金土日'[pj.weekday()]
    t = f"""渡辺 健二 様

先日はご返信をいただき、ありがとうございました。
特に追加のご質問がないようでしたので、お問い合わせ {C_KENJI} につきましては
これにて対応を終了とさせていただきます。

今後のサービス向上のため、今回の担当者の案内についてご意見をお寄せいただけますと幸いです。
（所要時間は 1 分ほどです）
https://aws-tc.qualtrics.example/jfe/form/SV_9Ajp?case={C_KENJI}&lang=ja

今後とも AWS トレーニングと認定をよろしくお願いいたします。

山口
Amazon Web Services

{pj.year}年{pj.month}月{pj.day}日({wd}) {pj.hour}:{pj.minute:02d} Amazon Web Services <{FORM[1]}>:
> 渡辺 健二 様
>
> お待たせいたしました。ご依頼いただいたアカウントの統合が完了しました。
> 今後は AWS30518842 でサインインしてください。AWS71294006 に紐づいていた
> 認定資格と受験履歴は、すべて AWS30518842 に移行しております。
>
> 山口
> Amazon Web Services
"""
    body = text(t)
    return aws_mail(aws_gmail(KENJI[1], dt), dt, addr(*FORM), addr(*KENJI),
                    f'RE:[CASE {C_KENJI}] {FORM_SUBJ}', body)

@mail('027-set-to-inactive-priya.eml', 'survey', 'en', C_PRIYA, [], True)
def m027():
    dt = D_PRIYA + timedelta(days=9, hours=2, minutes=33)
    t = f"""Hello,

Because we haven't heard back, case {C_PRIYA} is now inactive. You can bring it
back at any time from the Support Center within the next 14 days.

https://console.aws.amazon.com/support/home?#/case/?displayId={C_PRIYA}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    h = html_wrap(f"""<p>Hello,</p>
<p>Because we haven't heard back, case <b>{C_PRIYA}</b> is now inactive. You can bring it back at any time from the Support Center within the next 14 days.</p>
<hr>
<p><b>Tell us how we did.</b> Was your question answered?</p>
<p><a href="https://console.aws.amazon.com/support/home?#/case/?displayId={C_PRIYA}&amp;language=en&amp;csat=yes">Yes</a> &nbsp;|&nbsp;
<a href="https://console.aws.amazon.com/support/home?#/case/?displayId={C_PRIYA}&amp;language=en&amp;csat=no">No</a></p>
<p style="font-size:11px;color:#687078">Please note: this e-mail was sent from an address that cannot accept incoming e-mail.<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>""")
    body = alt(text(t), text(h, subtype='html'), boundary=ses_boundary(dt))
    return aws_mail(aws_o365(PRIYA[1], dt, tenant='NAM'), dt, addr(*CONSOLE), PRIYA[1],
                    f'[Case {C_PRIYA}] Your case is now inactive', body)

@mail('028-taiou-shuuryou-sato.eml', 'survey', 'ja', C_YUKI, [], True)
def m028():
    dt = D_YUKI + timedelta(days=8, hours=7, minutes=3)
    t = f"""お客様

一定期間ご返信をいただけなかったため、ケース {C_YUKI} の対応を終了しました。
引き続きサポートが必要な場合は、14 日以内であればサポートセンターからケースを再開できます。

今回のやり取りはいかがでしたか？
ご質問への回答は得られましたか？
　はい: https://console.aws.amazon.com/support/home?#/case/?displayId={C_YUKI}&language=ja&csat=yes
　いいえ: https://console.aws.amazon.com/support/home?#/case/?displayId={C_YUKI}&language=ja&csat=no

※このメールは送信専用のアドレスから送信されています。
"""
    body = text(t, cte='base64')
    return aws_mail(aws_o365(YUKI[1], dt, tenant='APC'), dt, addr(*CONSOLE), YUKI[1],
                    ew(f'[Case {C_YUKI}] ケースの対応を終了しました', 'utf-8', 15), body)

@mail('029-ticket-marked-complete-marco.eml', 'survey', 'en', C_MARCO, [], True)
def m029():
    dt = D_MARCO + timedelta(days=9, hours=1, minutes=17)
    t = f"""Hi Marco,

Ticket {C_MARCO} has been marked complete in AWS Partner Central.

We'd love to hear about your experience with AWS Partner Support. It takes
about two minutes and goes straight to the team lead for your region:
https://partnercentral.awspartner.com/s/support-experience?ticket={C_MARCO}

If you still need help with this topic, reopen the ticket from Partner Central
within 10 days. After that, please open a new one.

AWS Partner Support
"""
    body = text(t, cte='7bit')
    return aws_mail(aws_gmail(MARCO[1], dt), dt, addr('AWS Partner Support', 'partner-support-noreply@amazon.com'), MARCO[1],
                    f'Ticket {C_MARCO} marked complete - tell us about your experience', body)

@mail('030-goiken-ishikawa.eml', 'survey', 'ja', C_TAKESHI, [], True)
def m030():
    dt = D_TAKESHI + timedelta(days=7, hours=9)
    t = f"""石川 剛 様

このたびは AWS トレーニングと認定をご利用いただき、ありがとうございました。

お問い合わせ番号 {C_TAKESHI} の対応について、お客様のご意見をお聞かせください。
質問は 3 問、1 分ほどで終わります。

　Q1. 担当者の案内にどの程度満足されましたか（1〜5）
　Q2. 今回のお問い合わせで、必要な情報は得られましたか
　Q3. その他お気づきの点

　ご回答はこちら:
　https://aws-tc.qualtrics.example/jfe/form/SV_9Ajp?case={C_TAKESHI}&lang=ja

本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。

AWS トレーニングと認定
"""
    body = text(t, charset='iso-2022-jp', cte='7bit')
    return aws_mail(aws_jp(TAKESHI[1], dt, 'mx.nifty.com', hfrom='training.aws'), dt, addr('AWS Training and Certification', 'no-reply@training.aws'),
                    addr(*TAKESHI, charset='iso-2022-jp'),
                    ew(f'お問い合わせ {C_TAKESHI} についてのお願い', 'iso-2022-jp', 11), body, tz=JST, signed='training.aws')

@mail('031-how-did-we-do-sarah.eml', 'survey', 'en', C_SARAH, [], True)
def m031():
    dt = D_SARAH + timedelta(days=4, hours=6)
    ip = R.choice(SES_IPS); mf = ses_bounce(dt, 'us-east-1')
    trace = ['Return-Path: <%s>' % mf,
             'Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=amazon.com',
             'Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s' % rb64(8),
             'Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf),
             'Received: from %s by p00-icloudmta-asmtp-us-west-3a-60-percent-2 (mailgateway 2524B77)\n\twith SMTP id %s\n\tfor <%s>; %s' % (ses_host(ip), str(uuid.UUID(int=R.getrandbits(128))), SARAH[1], fdate(dt + timedelta(seconds=2)) + ' (GMT)')]
    stars = ''.join('<a href="https://console.aws.amazon.com/support/home?#/case/?displayId=%s&amp;language=en&amp;stars=%d" style="font-size:28px;color:#ff9900;text-decoration:none">&#9734;</a>' % (C_SARAH, i) for i in range(1, 6))
    h = html_wrap(f"""<div style="max-width:600px">
<p>Hello,</p>
<p>Your recent conversation with AWS Support on case {C_SARAH} (&ldquo;Merge duplicate certification accounts&rdquo;) has come to an end.</p>
<p><b>How did we do?</b> Pick a star &ndash; one is poor, five is excellent.</p>
<p>{stars}</p>
<p>Need more help with the same question? Reopen the case from the <a href="https://console.aws.amazon.com/support/home?#/case/?displayId={C_SARAH}&amp;language=en">Support Center</a>.</p>
<p style="font-size:11px;color:#687078">Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
</div>""")
    body = text(h, subtype='html')
    return aws_mail(trace, dt, addr(*CONSOLE), SARAH[1], f'How did we do? Case {C_SARAH}', body)

@mail('032-kaishou-shimashita-ka-takahashi.eml', 'survey', 'ja', C_MEI, [], True)
def m032():
    dt = D_MEI + timedelta(days=6, hours=4, minutes=20)
    t = f"""お客様

先日は AWS サポートをご利用いただき、ありがとうございました。
ケース {C_MEI}（認定アカウントの統合）について、お伺いします。

　お困りごとは解消しましたか？
　　はい → https://console.aws.amazon.com/support/home?#/case/?displayId={C_MEI}&language=ja&ans=1
　　いいえ → https://console.aws.amazon.com/support/home?#/case/?displayId={C_MEI}&language=ja&ans=0

　担当者の対応について、ひとことお寄せください（任意）。

いただいた内容は、サポート品質の改善にのみ使用します。

※このメールは送信専用のアドレスから送信されています。
"""
    body = text(t)
    return aws_mail(aws_gmail(MEI[1], dt, region='us-east-1'), dt, addr(*CONSOLE), MEI[1],
                    subj(f'ケース {C_MEI}：AWS サポートはお役に立ちましたか？'), body)

@mail('033-duplicate-reference-menon.eml', 'survey', 'en', C_RAVI, [], True)
def m033():
    dt = D_RAVI + timedelta(days=1, hours=5, minutes=12)
    other = cid15(D_RAVI - timedelta(days=3, hours=6, minutes=14, seconds=51), 87320)
    t = f"""Hi Ravi,

Thanks for getting back in touch. Your first request from Friday is with a
colleague under reference {other}, so we'll keep all correspondence there
and finish work on this duplicate one, {C_RAVI}, now. No action is needed on
your side.

Before you go - could you spare a minute to tell us how this contact went?
https://aws-tc.qualtrics.example/jfe/form/SV_3kTcq?case={C_RAVI}&lang=en

Kind regards,
Aoife D.
Amazon Web Services
"""
    body = text(t)
    return aws_mail(aws_o365(RAVI[1], dt, tenant='EUR', region='eu-west-1'), dt, addr(*FORM), addr(*RAVI),
                    f'RE:[CASE {C_RAVI}] {FORM_SUBJ}', body)

@mail('034-hitokugiri-nakamura.eml', 'survey', 'ja', C_HIROSHI, [], None)
def m034():
    dt = D_HIROSHI + timedelta(days=6, hours=2, minutes=45)
    h = html_wrap(f"""<p>中村 浩 様</p>
<p>AWS トレーニングと認定をご利用いただき、ありがとうございます。<br>
お問い合わせ番号 {C_HIROSHI} へのご対応は、これで一区切りとなります。</p>
<p>担当者からのご案内はお役に立ちましたでしょうか。<br>
よろしければ、下のボタンから一言お聞かせください。</p>
<table cellpadding="0" cellspacing="8"><tr>
<td style="background:#037f0c;padding:8px 16px"><a href="https://aws-tc.qualtrics.example/jfe/form/SV_9Ajp?case={C_HIROSHI}&amp;v=1" style="color:#fff;text-decoration:none">役に立った</a></td>
<td style="background:#545b64;padding:8px 16px"><a href="https://aws-tc.qualtrics.example/jfe/form/SV_9Ajp?case={C_HIROSHI}&amp;v=0" style="color:#fff;text-decoration:none">役に立たなかった</a></td>
</tr></table>
<p>追加のご質問がある場合は、このメールにご返信ください。</p>
<p>AWS トレーニングと認定</p>""", 'ja')
    body = text(h, subtype='html', cte='base64')
    ip = R.choice(SES_IPS)
    trace = onprem_trace(HIROSHI[1], dt, 'kumo-denki.co.jp', ip, ses_host(ip), ses_bounce(dt))
    return aws_mail(trace, dt, addr(*FORM), HIROSHI[1],
                    ew(f'RE:[CASE {C_HIROSHI}] ご利用ありがとうございました', 'utf-8', 18), body, tz=JST)

@mail('035-did-the-answer-help-park.eml', 'survey', 'en', C_JIWOO, [], True)
def m035():
    dt = D_JIWOO + timedelta(days=4, hours=22)
    t = f"""Hello,

Thanks for working with AWS Support on case {C_JIWOO}.

We'd like to know whether the answer you received did the job for you.
Choose one - it takes a single click:

  It did:        https://support.console.aws.amazon.com/support/home#/case/?displayId={C_JIWOO}&language=en&csat=1
  It didn't:     https://support.console.aws.amazon.com/support/home#/case/?displayId={C_JIWOO}&language=en&csat=0

You can also add a comment for the engineer who worked on your case.

This mailbox does not accept replies.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    body = text(t)
    return aws_mail(aws_gmail(JIWOO[1], dt, region='ap-northeast-2'), dt, addr(*CONSOLE), JIWOO[1],
                    f'[Case {C_JIWOO}] One click: did we help?', body)

@mail('036-mittsu-no-shitsumon-fujimoto.eml', 'survey', 'ja', C_AIKO, [], True)
def m036():
    dt = D_AIKO + timedelta(days=8, hours=1, minutes=5)
    t = f"""藤本 愛子 様

お問い合わせ番号 {C_AIKO} の件では、ご協力いただきありがとうございました。
本件はこれで終了とさせていただきます。

お手数ですが、今回のやり取りについて簡単な質問（3 問）にお答えいただけますと幸いです。
https://aws-tc.qualtrics.example/jfe/form/SV_9Ajp?case={C_AIKO}&lang=ja

ご不明な点が残っている場合は、このメールにそのままご返信ください。

大野
Amazon Web Services
"""
    h = html_wrap(f"""<p>藤本 愛子 様</p>
<p>お問い合わせ番号 {C_AIKO} の件では、ご協力いただきありがとうございました。本件はこれで終了とさせていただきます。</p>
<p>お手数ですが、<a href="https://aws-tc.qualtrics.example/jfe/form/SV_9Ajp?case={C_AIKO}&amp;lang=ja">こちらから</a>今回のやり取りについて簡単な質問（3 問）にお答えいただけますと幸いです。</p>
<p>ご不明な点が残っている場合は、このメールにそのままご返信ください。</p>
<p>大野<br>Amazon Web Services</p>""", 'ja')
    body = alt(text(t, charset='iso-2022-jp', cte='7bit'), text(h, subtype='html', cte='quoted-printable'), boundary=ses_boundary(dt))
    return aws_mail(aws_jp(AIKO[1], dt, 'mx.biglobe.jp', style='rich'), dt, addr(*FORM), addr(*AIKO),
                    f'RE:[CASE {C_AIKO}] {FORM_SUBJ}', body, tz=JST)

# ---------------------------------------------------------------- 037-042 completions (some also wrap up the case)
@mail('037-everything-under-one-profile-olivia.eml', 'merge_completed', 'en', C_OLIVIA, ['AWS61207735', 'AWS61270953'], True)
def m037():
    dt = D_OLIVIA + timedelta(days=4, hours=1, minutes=55)
    t = f"""Hello Olivia,

Good news: the work on your two profiles is finished. Your exam history, both
certifications and the 50% exam benefit from aws61270953 now sit under
AWS61207735, and the older profile can no longer be used to sign in.

Please sign in with the e-mail address linked to AWS61207735 from now on. Your
Credly badges should follow within a few days; if they haven't shown up after a
week, just reply here.

As nothing else is open on this request, we'll finish it on our side. If you
have a moment, tell us how we did:
https://aws-tc.qualtrics.example/jfe/form/SV_3kTcq?case={C_OLIVIA}&lang=en

Best regards,
Tomasz W.
Amazon Web Services
"""
    body = text(t)
    return aws_mail(aws_gmail(OLIVIA[1], dt), dt, addr(*FORM), addr(*OLIVIA),
                    f'RE:[CASE {C_OLIVIA}] {FORM_SUBJ}', body)

@mail('038-two-profiles-now-one-okafor.eml', 'merge_completed', 'en', C_DANIEL, ['AWS20774519', 'AWS88031642'], True)
def m038():
    dt = D_DANIEL + timedelta(days=4, hours=22, minutes=8)
    q1 = D_DANIEL + timedelta(days=2, hours=4, minutes=40)
    q2 = D_DANIEL + timedelta(days=2, hours=1, minutes=3)
    q3 = D_DANIEL + timedelta(days=1, hours=18)
    fmt = lambda d: d.astimezone(timezone(timedelta(hours=-5))).strftime('%A, %B %-d, %Y %-I:%M %p')
    t = f"""Hi Daniel,

Your two profiles are now one. AWS20774519 holds every certification and exam
record that used to be on AWS88031642; the latter has been retired and will no
longer accept sign-ins. Your certification transcript has been regenerated to
reflect the combined history.

If anything looks off when you sign in, reply to this e-mail and I'll take a look.

Kind regards,
Rosa M.
Amazon Web Services

________________________________
From: Amazon Web Services <{FORM[1]}>
Sent: {fmt(q1)}
To: Daniel Okafor <{DANIEL[1]}>
Subject: RE:[CASE {C_DANIEL}] {FORM_SUBJ}

Hi Daniel,

Thank you for confirming so quickly.

I've handed the request to the colleagues who carry out the change. AWS20774519
will stay as your profile; you'll hear from us again as soon as their part is
through, usually within two to three business days.

________________________________
From: Daniel Okafor <{DANIEL[1]}>
Sent: {fmt(q2)}
To: Amazon Web Services <{FORM[1]}>
Subject: RE: [CASE {C_DANIEL}] {FORM_SUBJ}

Yes, that's right - keep AWS20774519 and fold AWS88031642 into it. Go ahead.

________________________________
From: Amazon Web Services <{FORM[1]}>
Sent: {fmt(q3)}
To: Daniel Okafor <{DANIEL[1]}>
Subject: RE:[CASE {C_DANIEL}] {FORM_SUBJ}

Hello Daniel,

Before we continue, please check the following and reply to confirm:

  Account that remains:   AWS20774519
  Account merged into it: AWS88031642

Once the two are combined this cannot be reversed. Please reply "confirmed" if
the above is correct.
"""
    body = text(t)
    return aws_mail(aws_o365(DANIEL[1], dt, tenant='NAM'), dt, addr(*FORM), addr(*DANIEL),
                    f'RE:[CASE {C_DANIEL}] {FORM_SUBJ}', body)

@mail('039-ikou-itashimashita-ishikawa.eml', 'merge_completed', 'ja', C_TAKESHI, ['AWS40027815', 'AWS92650184'], True)
def m039():
    dt = D_TAKESHI + timedelta(days=5, hours=23, minutes=30)
    q = (D_TAKESHI + timedelta(days=2, hours=13, minutes=2)).astimezone(JST)
    t = f"""石川 剛 様

大変お待たせいたしました。
AWS92650184 に記録されていた認定資格および受験履歴を、AWS40027815 へ移行いたしました。
AWS92650184 は今後サインインにご利用いただけませんので、ご注意ください。

Credly のデジタルバッジにつきましては、数日以内に AWS40027815 側のメールアドレス宛に
受け取りのご案内が届く予定です。1 週間ほど経っても届かない場合は、お手数ですが
このメールにご返信ください。

引き続きよろしくお願いいたします。

木村
Amazon Web Services

差出人: 石川 剛 <{TAKESHI[1]}>
送信日時: {q.year}年{q.month}月{q.day}日 {q.hour}:{q.minute:02d}
宛先: Amazon Web Services <{FORM[1]}>
件名: RE:[CASE {C_TAKESHI}] {FORM_SUBJ}

木村様

ご連絡ありがとうございます。記載の内容で問題ございません。
AWS40027815 を残して、統合をお願いいたします。

石川
"""
    body = text(t, cte='base64')
    rid = '<%s.%s@nifty.com>' % (q.strftime('%Y%m%d%H%M%S'), rhex(12).upper())
    return aws_mail(aws_jp(TAKESHI[1], dt, 'mx.nifty.com'), dt, addr(*FORM), addr(*TAKESHI, charset='iso-2022-jp'),
                    f'RE:[CASE {C_TAKESHI}] {FORM_SUBJ}', body, tz=JST,
                    extra=['In-Reply-To: %s' % rid, 'References: %s' % rid])

@mail('040-sagyou-owarimashita-takahashi.eml', 'merge_completed', 'ja', C_MEI, ['AWS05529174', 'AWS48810263'], True)
def m040():
    dt = D_MEI + timedelta(days=4, hours=9, minutes=12)
    t = f"""高橋 様

お世話になっております。AWS サポートの松田です。

ご依頼いただいていた作業が終わりましたので、ご報告いたします。
以前の ID（AWS48810263）の認定資格と受験履歴は、現在お使いの aws05529174 に
まとめられており、AWS48810263 は無効となっております。
次回からは aws05529174 に登録のメールアドレスでサインインしてください。

ほかにご不明な点がなければ、本ケースはこのまま終了とさせていただきます。
今回の対応がお役に立てたかどうか、サポートセンターのこの返信の右上にある星印で
お知らせいただけると励みになります。

よろしくお願いいたします。

松田
Amazon Web Services

サポートセンターでケースを確認:
https://console.aws.amazon.com/support/home?#/case/?displayId={C_MEI}&language=ja
"""
    body = text(t)
    return aws_mail(aws_gmail(MEI[1], dt, region='us-east-1'), dt, addr(*CONSOLE), MEI[1],
                    subj(f'RE:[CASE {C_MEI}] 認定アカウントの統合'), body)

@mail('041-consolidation-gone-through-park.eml', 'merge_completed', 'en', C_JIWOO, ['AWS33015790', 'AWS90412268'], True)
def m041():
    dt = D_JIWOO + timedelta(days=3, hours=5, minutes=44)
    t = f"""Hello Ji-woo,

The consolidation you asked for has gone through. The certifications and exam
history that were on AWS90412268 now appear under AWS-33015790, which is your
main account from today. AWS90412268 has been deactivated.

Since nothing else is outstanding, I'll mark this case as complete. If this
answered your question, a star in the top right corner of this message in the
Support Center lets us know; if not, reply there within 14 days and the case
comes back to me.

Best regards,
Jun-ho L.
Amazon Web Services

To see the case:
https://support.console.aws.amazon.com/support/home#/case/?displayId={C_JIWOO}&language=en

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
    body = text(t)
    return aws_mail(aws_gmail(JIWOO[1], dt, region='ap-northeast-2'), dt, addr(*CONSOLE), JIWOO[1],
                    f'RE:[CASE {C_JIWOO}] Combine AWS Certification accounts', body)

@mail('042-tougou-itashimashita-fujimoto.eml', 'merge_completed', 'ja', C_AIKO, ['AWS14769025', 'AWS83302197'], True)
def m042():
    dt = D_AIKO + timedelta(days=6, hours=4, minutes=18)
    t = f"""藤本 愛子 様

お待たせいたしました。AWS トレーニングと認定の大野でございます。

ご依頼の件、AWS14769025 に登録されていた認定資格の情報を AWS83302197 へ統合いたしました。
今後は AWS83302197 のメールアドレス（{AIKO[1]}）でサインインいただけます。
AWS14769025 は無効化しておりますので、ご利用いただけません。

これにて本件の対応は終了となります。
よろしければ、今回のやり取りのご感想を以下からお寄せください。
https://aws-tc.qualtrics.example/jfe/form/SV_9Ajp?case={C_AIKO}&lang=ja

大野
Amazon Web Services
"""
    body = text(t, charset='shift_jis', cte='quoted-printable')
    return aws_mail(aws_jp(AIKO[1], dt, 'mx.biglobe.jp', style='rich'), dt, addr(*FORM), addr(*AIKO),
                    f'RE:[CASE {C_AIKO}] {FORM_SUBJ}', body, tz=JST)

# ---------------------------------------------------------------- 043-046 confirmation requests (two fake)
@mail('043-heres-what-well-do-sarah.eml', 'merge_confirmation_requested', 'en', C_SARAH, ['AWS31840276', 'AWS57714092'], True)
def m043():
    dt = D_SARAH + timedelta(days=1, hours=15, minutes=21)
    ip = R.choice(SES_IPS); mf = ses_bounce(dt, 'us-east-1')
    trace = ['Return-Path: <%s>' % mf,
             'Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=amazon.com',
             'Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s' % rb64(8),
             'Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf),
             'Received: from %s by p00-icloudmta-asmtp-us-west-3a-60-percent-4 (mailgateway 2524B77)\n\twith SMTP id %s\n\tfor <%s>; %s' % (ses_host(ip), str(uuid.UUID(int=R.getrandbits(128))), SARAH[1], fdate(dt + timedelta(seconds=3)) + ' (GMT)')]
    t = f"""Hello Sarah,

Thanks for the details. Here is what we would do:

  Kept (you keep signing in here):  AWS31840276
  Brought over and then retired:    AWS57714092

All certifications and exam history on AWS57714092 would move to AWS31840276.
Please be aware that this step is permanent - once done, we cannot split the
profiles apart again.

If that matches what you want, reply to this case in the Support Center with a
short "yes, go ahead". We won't touch either profile until we hear from you.

Best regards,
Anders P.
Amazon Web Services

{CONSOLE_FOOTER}

To see the case:
https://console.aws.amazon.com/support/home?#/case/?displayId={C_SARAH}&language=en
"""
    body = text(t)
    return aws_mail(trace, dt, addr(*CONSOLE), SARAH[1],
                    f'RE:[CASE {C_SARAH}] Merge duplicate certification accounts', body)

@mail('044-go-kakunin-onegai-watanabe.eml', 'merge_confirmation_requested', 'ja', C_KENJI, ['AWS30518842', 'AWS71294006'], True)
def m044():
    dt = D_KENJI + timedelta(days=1, hours=20, minutes=37)
    q = (D_KENJI + timedelta(seconds=44)).astimezone(JST)
    wd = '月火水木金土日'[q.weekday()]
    t = f"""渡辺 健二 様

お待たせいたしました。山口です。
照合が終わりましたので、作業の前に以下の内容をご確認ください。

　残すアカウント　　　：AWS30518842（{KENJI[1]}）
　統合されるアカウント：aws71294006

統合後は、AWS71294006 の認定資格・受験履歴がすべて AWS30518842 に移り、
AWS71294006 は使えなくなります。一度行った統合は元に戻すことができません。

上記で問題なければ、「この内容で進めてください」とこのメールにご返信ください。
ご返信をいただくまで、作業は行いません。

山口
Amazon Web Services

{q.year}年{q.month}月{q.day}日({wd}) {q.hour}:{q.minute:02d} Amazon Web Services <{FORM[1]}>:
> 渡辺 健二 様
>
> お問い合わせを受け付けました。担当者から原則 24 時間以内にご連絡します。
> このメールに返信すると、同じお問い合わせに情報を追加できます。
>
> 　受付番号 / Reference: {C_KENJI}
> 　候補者 ID / Candidate ID: AWS30518842
> 　統合元 ID / Other ID: AWS71294006
"""
    body = text(t)
    return aws_mail(aws_gmail(KENJI[1], dt), dt, addr(*FORM), addr(*KENJI),
                    f'RE:[CASE {C_KENJI}] {FORM_SUBJ}', body)

C_PHISH1 = cid15(T(2025, 11, 3, 6, 12, 44), 70215)

@mail('045-verify-merge-lookalike.eml', 'merge_confirmation_requested', 'en', C_PHISH1, ['AWS10293847', 'AWS56473829'], False)
def m045():
    dt = T(2025, 11, 4, 14, 2, 10)
    dom = 'aws-certification-services.com'
    ip = '185.234.72.19'
    mf = 'bounce-%s@mail.%s' % (rhex(6), dom)
    ar = gmail_ar([('pass', dom, 's1')], 'pass', mf, ip, 'pass', dom, pol='p=NONE sp=NONE dis=NONE')
    trace = gmail_trace(OLIVIA[1], dt, mf, ip, 'mail.' + dom, ar)
    h = html_wrap(f"""<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:14px">
<span style="color:#ff9900;font-weight:bold;font-size:20px">aws</span> <span style="color:#fff">Training and Certification</span></td></tr></table>
<p>Dear Candidate,</p>
<p>Our records show two certification profiles registered to you. As part of case {C_PHISH1} we are ready to merge them:</p>
<ul><li>Primary account: AWS10293847</li><li>Account to be merged: AWS 56473829</li></ul>
<p>The merge is irreversible. To avoid losing your active certifications, you must confirm within <b>48 hours</b> by signing in below. Unconfirmed requests are cancelled and both profiles may be suspended.</p>
<p><a href="https://aws-certification-services.com/confirm-merge?c={C_PHISH1}" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">Confirm merge</a></p>
<p>Regards,<br>AWS Training and Certification Team</p>""")
    t = f"""Dear Candidate,

Our records show two certification profiles registered to you. As part of case {C_PHISH1} we are ready to merge them:
 - Primary account: AWS10293847
 - Account to be merged: AWS 56473829

The merge is irreversible. Confirm within 48 hours: https://aws-certification-services.com/confirm-merge?c={C_PHISH1}

Regards,
AWS Training and Certification Team
"""
    body = alt(text(t), text(h, subtype='html'))
    lines = trace + [dkim('s1', dom, dt=dt),
                     'Date: %s' % fdate(dt), 'From: %s' % addr('AWS Training and Certification', 'support@' + dom),
                     'To: %s' % OLIVIA[1], 'Message-ID: <%s@mail.%s>' % (uuid.UUID(int=R.getrandbits(128)), dom),
                     'Subject: Action required: confirm your AWS Certification account merge [Case %s]' % C_PHISH1]
    return render(lines, body, None)

C_PHISH2 = cid15(T(2026, 2, 9, 1, 4, 2), 33107)

@mail('046-tougou-kakunin-spoof.eml', 'merge_confirmation_requested', 'ja', C_PHISH2, ['AWS55620938', 'AWS72014693'], False)
def m046():
    dt = T(2026, 2, 10, 0, 40, 12)
    ip = '45.148.10.77'
    helo = 'vps-2291.hostnode-eu.net'
    dt_in = dt + timedelta(seconds=4)
    trace = ['Received: from TYCPR01MB%d.jpnprd01.prod.outlook.com (::1) by TYCPR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s' % (R.randint(1000, 9999), R.randint(1000, 9999), fdate(dt_in)),
             'Authentication-Results: spf=fail (sender IP is %s)\n smtp.mailfrom=amazon.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine header.from=amazon.com;compauth=fail reason=000' % ip,
             'Received-SPF: Fail (protection.outlook.com: domain of amazon.com does not designate\n %s as permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s;' % (ip, ip, helo),
             'Received: from %s (%s) by\n TY2PEPF00003A1C.apcprd03.prod.outlook.com (10.167.240.17) with Microsoft SMTP Server id 15.20.9034.12 via Frontend Transport; %s' % (helo, ip, fdate(dt_in)),
             'X-MS-Exchange-Organization-SCL: 5',
             'Authentication-Results: mx.amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com',
             'Received: from localhost (localhost [127.0.0.1]) by %s (Postfix) with ESMTP; %s' % (helo, fdate(dt))]
    t = f"""佐藤 由紀 様

AWS トレーニングと認定です。
ケース {C_PHISH2} につきまして、お客様の認定アカウントの統合準備が整いました。

　統合先アカウント：AWS55620938
　統合元アカウント：AWS72014693

統合は取り消しができないため、本人確認のうえ 24 時間以内に下記リンクから
統合内容をご確認ください。期限を過ぎますと、両方のアカウントが一時停止となる場合があります。

https://aws-training-verify.net/ja/merge/confirm?case={C_PHISH2}

AWS トレーニングと認定
"""
    body = text(t, cte='base64')
    lines = trace + ['Date: %s' % fdate(dt, JST), 'From: %s' % addr('AWS トレーニングと認定', 'no-reply-aws@amazon.com'),
                     'To: %s' % YUKI[1], 'Message-ID: <%s@%s>' % (rhex(24), helo),
                     'Subject: %s' % ew(f'【重要】認定アカウント統合のご確認 ケース {C_PHISH2}', 'utf-8', 13),
                     'X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)']
    return render(lines, body, None)

# ---------------------------------------------------------------- 047-049 Credly
def credly_o365(to, dt, tenant):
    ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(1, 250))
    return o365_trace(to, dt, 'em.credly.com', ip, 'o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999)),
                      [('pass', 'credly.com')], 'pass', 'credly.com', tenant=tenant)

def credly_gmail(to, dt):
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    mf = 'bounces+%d-%s-%s=%s@em.credly.com' % (R.randint(1000000, 9999999), rhex(4), to.split('@')[0], to.split('@')[1])
    ar = gmail_ar([('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], 'pass', mf, ip, 'pass', 'credly.com',
                  pol='p=REJECT sp=REJECT dis=NONE')
    return gmail_trace(to, dt, mf, ip, 'o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999)), ar)

def credly_mail(trace, dt, frm, to, subject, body, tz=UTC):
    lines = list(trace) + [dkim('s1', 'credly.com', 'from:mime-version:subject:list-unsubscribe:x-feedback-id:to:content-type', dt),
                           'Date: %s' % fdate(dt, tz), 'From: %s' % frm, 'To: %s' % to,
                           'Message-ID: <%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), R.randint(1, 40)),
                           'Subject: %s' % subject,
                           'List-Unsubscribe: <https://www.credly.com/notification_preferences?u=%s>' % rhex(16),
                           'X-Feedback-ID: %d:SG' % R.randint(1000000, 9999999)]
    return render(lines, body, None)

@mail('047-badge-ready-priya.eml', 'credly_badge_issued', 'en', None, [], True)
def m047():
    dt = D_PRIYA + timedelta(days=14, hours=3)
    t = """Priya, you've been issued a new badge!

Amazon Web Services Training and Certification has issued you the
"AWS Certified Developer - Associate" badge.

Your badge is waiting - accept it to start sharing it with your network:
https://www.credly.com/earner/earned/badge/5d3f0a6e-8c21-4b0f-9e7a-1b4c2d6e8f90

Why did I get this? Your certification records were updated by AWS Training
and Certification, so your badge has been re-issued to the profile that now
holds them.

Credly, 3 Columbus Circle, 15th Floor, New York, NY 10019
"""
    h = html_wrap("""<div style="max-width:560px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="120" alt="">
<h2>Priya, you've been issued a new badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/5d3f0a6e-8c21-4b0f-9e7a-1b4c2d6e8f90" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#666">Your certification records were updated by AWS Training and Certification, so your badge has been re-issued to the profile that now holds them.</p>
<p style="font-size:11px;color:#999">Credly, 3 Columbus Circle, 15th Floor, New York, NY 10019</p></div>""")
    body = alt(text(t), text(h, subtype='html'))
    return credly_mail(credly_o365(PRIYA[1], dt, 'NAM'), dt, addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
                       PRIYA[1], 'Accept your new badge: AWS Certified Developer - Associate', body)

@mail('048-badge-todoite-imasu-watanabe.eml', 'credly_badge_issued', 'ja', None, [], True)
def m048():
    dt = D_KENJI + timedelta(days=4, hours=6, minutes=12)
    t = """渡辺 健二 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

　AWS Certified Solutions Architect – Associate

バッジを受け取って、LinkedIn などで共有しましょう:
https://www.credly.com/earner/earned/badge/0c7e41b2-93d5-4a8f-b1e6-27f0c9d3a54e

このバッジは、統合後のアカウントに紐づく認定情報に基づいて発行されています。

Credly, 3 Columbus Circle, 15th Floor, New York, NY 10019
"""
    body = text(t, cte='quoted-printable')
    return credly_mail(credly_gmail(KENJI[1], dt), dt, addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
                       KENJI[1], ew('新しいバッジを受け取ってください: AWS Certified Solutions Architect – Associate', 'utf-8', 18), body)

@mail('049-badges-added-okafor.eml', 'credly_badge_issued', 'en', None, [], True)
def m049():
    dt = D_DANIEL + timedelta(days=6, hours=2)
    h = html_wrap("""<div style="max-width:560px;margin:auto">
<h2 style="text-align:center">2 badges are waiting for you</h2>
<p>Hi Daniel,</p>
<p>Amazon Web Services Training and Certification has moved the following badges to your Credly profile:</p>
<ul>
<li>AWS Certified Solutions Architect &ndash; Professional</li>
<li>AWS Certified Security &ndash; Specialty</li>
</ul>
<p>They were previously attached to a certification account that has since been combined with yours. Accept them to show them on your profile.</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/pending" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept badges</a></p>
<p style="font-size:11px;color:#999;text-align:center">Credly, 3 Columbus Circle, 15th Floor, New York, NY 10019 &middot; <a href="https://www.credly.com/notification_preferences">Notification preferences</a></p>
</div>""")
    body = text(h, subtype='html')
    return credly_mail(credly_o365(DANIEL[1], dt, 'NAM'), dt, addr('Credly', 'admin@credly.com'), addr(*DANIEL),
                       'Your AWS badges have a new home - accept them now', body)

# ---------------------------------------------------------------- 050-060 look-alikes and other mail
def other_gmail(to, dt, dom, ip, helo, mf=None, dmarc='pass', pol='p=REJECT sp=REJECT dis=NONE', dk_sel='s1'):
    mf = mf or 'bounce@%s' % dom
    ar = gmail_ar([('pass', dom, dk_sel)], 'pass', mf, ip, dmarc, dom, pol=pol)
    return gmail_trace(to, dt, mf, ip, helo, ar)

def simple_mail(trace, dt, frm, to, subject, body, msgid, dkim_d=None, dkim_s='s1', extra=None, tz=UTC):
    lines = list(trace)
    if dkim_d:
        lines.append(dkim(dkim_s, dkim_d, dt=dt))
    lines += ['Date: %s' % fdate(dt, tz), 'From: %s' % frm, 'To: %s' % to, 'Message-ID: %s' % msgid, 'Subject: %s' % subject]
    if extra:
        lines += extra
    return render(lines, body, None)

@mail('050-summit-experience-olivia.eml', 'unrelated', 'en', None, [], True)
def m050():
    dt = T(2025, 7, 19, 15, 30, 5)
    t = """Hi Olivia,

Thanks for joining us at AWS Summit New York. We'd like to hear what worked for
you and what didn't - the survey takes about 5 minutes and helps us shape the
next Summit.

Take the survey: https://pages.awscloud.com/summit-nyc-2025-survey.html?trk=em_olivia

Your responses are anonymous unless you choose to leave your contact details.

Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc. or its affiliates, 410 Terry Ave. North, Seattle, WA 98109.
Unsubscribe: https://pages.awscloud.com/communication-preferences
"""
    h = html_wrap("""<p>Hi Olivia,</p><p>Thanks for joining us at <b>AWS Summit New York</b>. We'd like to hear what worked for you and what didn't &ndash; the survey takes about 5 minutes.</p>
<p><a href="https://pages.awscloud.com/summit-nyc-2025-survey.html?trk=em_olivia" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none">Take the survey</a></p>
<p style="font-size:11px;color:#687078">This message was produced and distributed by Amazon Web Services, Inc. or its affiliates, 410 Terry Ave. North, Seattle, WA 98109. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p>""")
    body = alt(text(t), text(h, subtype='html'), boundary=ses_boundary(dt))
    return aws_mail(aws_gmail(OLIVIA[1], dt, region='us-east-1'), dt, addr('Amazon Web Services', 'aws-marketing-email-replies@amazon.com'),
                    OLIVIA[1], 'Olivia, how was AWS Summit New York?', body,
                    extra=['List-Unsubscribe: <https://pages.awscloud.com/communication-preferences>', 'Precedence: bulk'])

@mail('051-pearsonvue-yoyaku-takahashi.eml', 'unrelated', 'ja', None, ['AWS05529174'], False)
def m051():
    dt = T(2025, 10, 6, 2, 14, 51)
    t = """高橋 芽衣 様

Pearson VUE をご利用いただきありがとうございます。
以下の試験のご予約が確定しました。

　試験: AWS Certified Solutions Architect - Associate (SAA-C03) 日本語
　日時: 2025年10月25日(土) 10:00
　会場: オンライン (OnVUE)
　登録番号: 482119870
　候補者 ID: AWS05529174

試験開始 30 分前からチェックインが可能です。
予約の変更・キャンセルは、試験日の 24 時間前までに AWS トレーニングと認定のアカウントから行ってください。

Pearson VUE
"""
    body = text(t, cte='base64')
    return simple_mail(other_gmail(MEI[1], dt, 'pearson.com', '159.112.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'mta%d.pearsonvue.com' % R.randint(1, 9)),
                       dt, addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), MEI[1],
                       subj('ご予約の確認 - AWS Certified Solutions Architect - Associate'), body,
                       '<%s.%d@pearson.com>' % (rhex(16), R.randint(10000, 99999)), dkim_d='pearson.com', tz=JST)

@mail('052-certmetrics-exam-experience-menon.eml', 'unrelated', 'en', None, [], False)
def m052():
    dt = T(2025, 12, 9, 10, 2, 33)
    t = """Dear Ravi Menon,

AWS Certification wants to hear from you!

You recently sat the AWS Certified DevOps Engineer - Professional exam. Please
take a few minutes to tell us about your exam-day experience, from booking to
receiving your score report. Your answers help us improve the program for every
candidate.

Start: https://www.certmetrics.com/amazon/candidate/survey.aspx?id=7c41e0
(This link is personal to you and expires in 30 days.)

Thank you,
AWS Certification

Please do not reply to this e-mail; this mailbox is not monitored.
"""
    body = text(t, cte='7bit')
    ip = '52.%d.%d.%d' % (R.randint(1, 200), R.randint(1, 250), R.randint(1, 250))
    trace = o365_trace(RAVI[1], dt, 'certmetrics.com', ip, 'mail.certmetrics.com', [('pass', 'certmetrics.com')], 'pass', 'certmetrics.com', tenant='EUR')
    return simple_mail(trace, dt, addr('AWS Certification', 'do-not-reply@certmetrics.com'), addr(*RAVI),
                       'AWS Certification wants to hear from you', body,
                       '<%s@certmetrics.com>' % uuid.UUID(int=R.getrandbits(128)), dkim_d='certmetrics.com')

@mail('053-badge-expires-soon-sarah.eml', 'unrelated', 'en', None, [], True)
def m053():
    dt = T(2025, 4, 22, 13, 0, 9)
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    mf = 'bounces+%d-%s=icloud.com@em.credly.com' % (R.randint(1000000, 9999999), 'sarah.lindqvist')
    trace = ['Return-Path: <%s>' % mf,
             'Authentication-Results: dmarc.icloud.com; dmarc=pass header.from=credly.com',
             'Authentication-Results: dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=credly.com header.i=@credly.com header.b=%s' % rb64(8),
             'Authentication-Results: spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf),
             'Received: from o1.ptr3471.credly.com by p00-icloudmta-asmtp-us-west-3a-60-percent-7 (mailgateway 2524B77)\n\twith SMTP id %s\n\tfor <%s>; %s' % (str(uuid.UUID(int=R.getrandbits(128))), SARAH[1], fdate(dt + timedelta(seconds=2)) + ' (GMT)')]
    t = """Hi Sarah,

Your badge "AWS Certified Cloud Practitioner" from Amazon Web Services Training
and Certification will expire on July 21, 2025.

To keep it active, follow the issuer's recertification instructions before the
expiration date. Once you recertify, a new badge will be issued to you.

View badge: https://www.credly.com/badges/1f0b7c2d-4a93-48e1-b6f5-8d2e3a9c0b14

Credly, 3 Columbus Circle, 15th Floor, New York, NY 10019
"""
    body = text(t)
    return credly_mail(trace, dt, addr('Credly', 'admin@credly.com'), SARAH[1], 'Your badge will expire in 90 days', body)

@mail('054-credly-merge-code-marco.eml', 'unrelated', 'en', None, [], True)
def m054():
    dt = T(2025, 7, 16, 8, 41, 27)
    t = """Hi Marco,

We received a request to merge another Credly account into yours.

Your verification code is: 604918

Enter this code on the merge page, or click the button below to finish:
Complete Account Merge: https://www.credly.com/users/merge_accounts/confirm?token=Qm9v8f1

The code expires in 30 minutes. If you did not ask to merge accounts, you can
ignore this e-mail - nothing will change.

The Credly Team
"""
    body = text(t, cte='7bit')
    return credly_mail(credly_gmail(MARCO[1], dt), dt, addr('Credly', 'admin@credly.com'), MARCO[1],
                       'Your Credly account merge verification code', body)

@mail('055-repost-new-answer-park.eml', 'unrelated', 'en', None, [], True)
def m055():
    dt = T(2026, 4, 2, 17, 55, 40)
    t = """Hi Ji-woo,

Your question on AWS re:Post has a new answer.

Question: How do I merge two AWS Certification accounts?

Answer from a re:Post Expert:
"You can't combine them yourself. Use the Training and Certification contact
form (inquiry type: Certification, detail: Account Merge) and give both
candidate IDs. The support team confirms which account is kept before doing
anything, and afterwards your Credly badges move over as well."

View the answer and accept it if it helped:
https://repost.aws/questions/QU7r2xMbTqS0aZkK4cWn1fLg/how-do-i-merge-two-aws-certification-accounts

You are receiving this e-mail because you are following this question.
AWS re:Post
"""
    body = text(t)
    dom = 'repost.aws'
    ip = R.choice(SES_IPS)
    mf = ses_bounce(dt, 'us-east-1')
    ar = gmail_ar([('pass', dom, 'c3uj4l5lkzt5jv4sd3lzpsdxa7nyh6ok'), ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')], 'pass', mf, ip, 'pass', dom,
                  pol='p=QUARANTINE sp=QUARANTINE dis=NONE')
    trace = gmail_trace(JIWOO[1], dt, mf, ip, ses_host(ip), ar)
    return simple_mail(trace, dt, addr('AWS re:Post', 'no-reply@repost.aws'), JIWOO[1],
                       'New answer to your question: How do I merge two AWS Certification accounts?', body,
                       ses_id(dt), dkim_d=dom, dkim_s='c3uj4l5lkzt5jv4sd3lzpsdxa7nyh6ok')

C_BILLING = cid15(T(2026, 2, 24, 5, 3, 41), 61832)

@mail('056-seikyuu-case-sakusei-sato.eml', 'unrelated', 'ja', C_BILLING, [], True)
def m056():
    dt = T(2026, 2, 24, 5, 3, 59)
    t = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース {C_BILLING} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {C_BILLING}
件名: 請求書の宛名と適格請求書発行事業者の登録番号について
重要度: 一般的なガイダンス
内容: 2 月分の請求書の宛名を部署名入りに変更したいです。また、登録番号の記載位置を教えてください。

ケースの確認や更新は、次のリンクから行ってください。
https://console.aws.amazon.com/support/home?#/case/?displayId={C_BILLING}&language=ja

※このメールは送信専用のアドレスから送信されています。
"""
    body = text(t, cte='base64')
    return aws_mail(aws_o365(YUKI[1], dt, tenant='APC'), dt, addr(*CONSOLE), YUKI[1],
                    subj(f'Amazon Web Services: サポートケース {C_BILLING} が作成されました'), body)

C_QUOTA = '11850377204'

@mail('057-jougen-kanwa-shuuryou-ishikawa.eml', 'unrelated', 'ja', C_QUOTA, [], True)
def m057():
    dt = T(2025, 6, 13, 7, 22, 18)
    t = f"""お客様

ケース {C_QUOTA}（サービスクォータの引き上げ: EC2 オンデマンド標準インスタンス、東京リージョン）について、
対応を終了しました。リクエストいただいた上限値は、すでにアカウントに反映されています。

今回のやり取りはいかがでしたか？
　ご質問への回答は得られましたか？
　　はい: https://console.aws.amazon.com/support/home?#/case/?displayId={C_QUOTA}&language=ja&csat=yes
　　いいえ: https://console.aws.amazon.com/support/home?#/case/?displayId={C_QUOTA}&language=ja&csat=no

※このメールは送信専用のアドレスから送信されています。
"""
    body = text(t, charset='iso-2022-jp', cte='7bit')
    return aws_mail(aws_jp(TAKESHI[1], dt, 'mx.nifty.com', region='ap-northeast-1'), dt, addr(*CONSOLE), TAKESHI[1],
                    ew(f'[Case {C_QUOTA}] ケースの対応を終了しました', 'iso-2022-jp', 12), body, tz=JST)

@mail('058-seller-central-nakamura.eml', 'unrelated', 'ja', '6120457398', [], None)
def m058():
    dt = T(2025, 12, 3, 4, 9, 30)
    t = """中村 浩 様

Amazon セラーセントラルのテクニカルサポートにお問い合わせいただき、ありがとうございます。

ご連絡いただいた「商品ページの統合」について、ご指定の 2 つの ASIN（B0D4XK2Q71 と B0D4XK2Q9P）を
同一商品として統合いたしました。反映まで最大 48 時間かかる場合があります。

本件についてご不明な点がございましたら、セラーセントラルのケースログからご返信ください。

今回の対応について、以下のリンクからお聞かせください。
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=6120457398

Amazon.co.jp セラーサポート
"""
    body = text(t, charset='shift_jis', cte='base64')
    ip = '52.95.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    trace = onprem_trace(HIROSHI[1], dt, 'kumo-denki.co.jp', ip, 'smtp-out-%s.amazon.co.jp' % rhex(4), 'seller-notification@amazon.co.jp')
    return simple_mail(trace, dt, addr('Amazon セラーセントラル', 'seller-notification@amazon.co.jp'), HIROSHI[1],
                       ew('RE:[CASE 6120457398] 商品ページの統合について', 'shift_jis', 12), body,
                       '<%s@email.amazon.co.jp>' % rhex(20), dkim_d='amazon.co.jp', tz=JST)

@mail('059-fwd-owatta-watanabe.eml', 'unrelated', 'ja', C_KENJI, ['AWS30518842'], False)
def m059():
    dt = D_KENJI + timedelta(days=3, hours=2, minutes=3)
    prev = (D_KENJI + timedelta(days=2, hours=10, minutes=14)).astimezone(JST)
    wd = '月火水木金土日'[prev.weekday()]
    boss = ('鈴木 誠', 'm.suzuki@hoshizora-tech.co.jp')
    t = f"""鈴木さん

お疲れさまです。渡辺です。
AWS 認定アカウントの件、AWS から作業が終わったと連絡が来ました。
今後は AWS30518842 で管理されるので、資格手当の申請に使う ID もこちらに変更をお願いします。

以下、AWS からのメールを転送します。

---------- Forwarded message ---------
From: Amazon Web Services <{FORM[1]}>
Date: {prev.year}年{prev.month}月{prev.day}日({wd}) {prev.hour}:{prev.minute:02d}
Subject: RE:[CASE {C_KENJI}] {FORM_SUBJ}
To: 渡辺 健二 <{KENJI[1]}>


渡辺 健二 様

お待たせいたしました。ご依頼いただいたアカウントの統合が完了しました。
今後は AWS30518842 でサインインしてください。AWS71294006 に紐づいていた
認定資格と受験履歴は、すべて AWS30518842 に移行しております。

山口
Amazon Web Services
"""
    h = '<div dir="ltr">' + t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</div>\n'
    body = alt(text(t, cte='base64'), text(h, subtype='html', cte='quoted-printable'), boundary='000000000000%s' % rhex(16))
    ip = '209.85.%d.%d' % (R.randint(128, 255), R.randint(1, 250))
    helo = 'mail-pj1-f%d.google.com' % R.randint(40, 99)
    trace = o365_trace(boss[1], dt, 'gmail.com', ip, helo, [('pass', 'gmail.com')], 'pass', 'gmail.com', tenant='APC')
    return simple_mail(trace, dt, addr(*KENJI), addr(*boss),
                       subj(f'Fwd: RE:[CASE {C_KENJI}] {FORM_SUBJ}'), body,
                       '<CAH%s@mail.gmail.com>' % rb64(40).replace('/', 'x').replace('+', 'y'),
                       dkim_d='gmail.com', dkim_s='20230601', tz=JST)

@mail('060-nyuusuretaa-takahashi.eml', 'unrelated', 'ja', None, [], True)
def m060():
    dt = T(2026, 1, 20, 1, 0, 12)
    t = """AWS 認定 ニュースレター 2026年1月号

■ 新しい認定試験の予約受付を開始しました
  AWS Certified Generative AI Developer - Professional の日本語版の予約が可能になりました。

■ 受験前に確認したいアカウント管理のヒント
  会社と個人で別々のメールアドレスを使って受験し、認定アカウントが複数になっていませんか？
  複数のアカウントをお持ちの場合は、受験前にお問い合わせフォームから統合をご依頼ください。
  統合後は、すべての認定資格と特典を 1 つのアカウントで確認できます。

■ AWS Skill Builder の新しい試験対策コース
  公式練習問題集に、今月 3 つの認定が追加されました。

配信停止: https://pages.awscloud.com/communication-preferences-jp
アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""
    h = html_wrap("""<h2 style="color:#232f3e">AWS 認定 ニュースレター 2026年1月号</h2>
<h3>新しい認定試験の予約受付を開始しました</h3><p>AWS Certified Generative AI Developer - Professional の日本語版の予約が可能になりました。</p>
<h3>受験前に確認したいアカウント管理のヒント</h3><p>会社と個人で別々のメールアドレスを使って受験し、認定アカウントが複数になっていませんか？複数のアカウントをお持ちの場合は、受験前にお問い合わせフォームから統合をご依頼ください。</p>
<h3>AWS Skill Builder の新しい試験対策コース</h3><p>公式練習問題集に、今月 3 つの認定が追加されました。</p>
<p style="font-size:11px;color:#687078"><a href="https://pages.awscloud.com/communication-preferences-jp">配信停止</a><br>アマゾン ウェブ サービス ジャパン合同会社</p>""", 'ja')
    body = alt(text(t, cte='base64'), text(h, subtype='html', cte='base64'), boundary=ses_boundary(dt))
    return aws_mail(aws_gmail(MEI[1], dt, region='ap-northeast-1'), dt, addr('アマゾン ウェブ サービス ジャパン', 'aws-apj-marketing@amazon.com'),
                    MEI[1], subj('【AWS 認定】1月のお知らせ：新試験の予約開始とアカウント管理のヒント'), body,
                    extra=['List-Unsubscribe: <https://pages.awscloud.com/communication-preferences-jp>', 'Precedence: bulk'], tz=JST)
main()
