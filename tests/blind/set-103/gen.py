#!/usr/bin/env python3
"""Generator for blind set 103: AWS Certification account-merge mail, Japanese emphasis."""
import os, json, base64, quopri, random, hashlib, string, re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email import policy
from email.generator import BytesGenerator
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(10303)
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PT = ZoneInfo('America/Los_Angeles')
LABELS = {}
GEN_POLICY = policy.compat32.clone(max_line_length=0, linesep='\n')

CODECS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
          'Shift_JIS': 'cp932', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1',
          'windows-31j': 'cp932', 'euc-jp': 'euc_jp'}

def J(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=JST)

def rnd(n, alphabet=string.ascii_letters + string.digits):
    return ''.join(random.choice(alphabet) for _ in range(n))

def b64junk(n):
    return base64.b64encode(os.urandom(n)).decode()

def fold(s, width=74, indent='\t'):
    """Fold a long token string (e.g. b=) for a header value."""
    out, line = [], ''
    for i in range(0, len(s), width):
        out.append(s[i:i + width])
    return ('\n' + indent).join(out)

def caseid(dt, tail=None):
    ts = int(dt.astimezone(UTC).timestamp())
    return '%d%s' % (ts, tail if tail is not None else '%05d' % random.randint(0, 99999))

def ses_msgid(dt, region='email.amazonses.com'):
    ms = int(dt.astimezone(UTC).timestamp() * 1000)
    pre = '0100' if region == 'email.amazonses.com' else '0106'
    return '<%s%012x-%s-%s-%s-%s-%s-000000@%s>' % (
        pre, ms, rnd(8, '0123456789abcdef'), rnd(4, '0123456789abcdef'), rnd(4, '0123456789abcdef'),
        rnd(4, '0123456789abcdef'), rnd(12, '0123456789abcdef'), region)

def ses_mailfrom(msgid):
    return msgid.strip('<>').replace('@', '@')

def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None):
    codec = codec or CODECS[charset]
    raw = text.encode(codec)
    p = MIMENonMultipart('text', subtype)
    del p['MIME-Version']
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

def alt(*parts_, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary)
    del m['MIME-Version']
    for p in parts_:
        m.attach(p)
    return m

def mixed(*parts_, boundary=None):
    m = MIMEMultipart('mixed', boundary=boundary)
    del m['MIME-Version']
    for p in parts_:
        m.attach(p)
    return m

def html_of(text, title=''):
    esc = (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
    body = '<br>\n'.join(esc.split('\n'))
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:\'Meiryo\',\'Hiragino Sans\',Arial,sans-serif;font-size:14px;color:#16191f">\n'
            '<div>%s</div>\n</body></html>\n' % (title, body))

def enc_subject(text, charset='utf-8', prefix=None, maxlinelen=76):
    """Encoded-word subject, folded over lines when long."""
    if all(ord(c) < 128 for c in text) and prefix is None:
        return text
    h = Header(header_name='Subject', charset=charset) if prefix is None else Header(prefix, 'us-ascii', header_name='Subject')
    if prefix is not None:
        h.append(text, charset)
    else:
        h.append(text)
    return h.encode(maxlinelen=maxlinelen, linesep='\n')

def enc_addr(name, addr, charset='utf-8'):
    if name is None:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    return '%s <%s>' % (Header(name, charset).encode(maxlinelen=200), addr)

def pt_date(dt):
    d = dt.astimezone(PT)
    return format_datetime(d) + ' (%s)' % d.tzname()

def dkim_sig(domain, sel, dt, headers='Subject:From:To:Date:MIME-Version:Content-Type:Message-ID', rsa=True):
    t = int(dt.astimezone(UTC).timestamp())
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s' % (
        sel, domain, t, headers, b64junk(32), fold(b64junk(192))))

SEL_AMZ = 'jvxsykglqiaiibkijmhy37vqxh4mzqr6'
SEL_SES = '224i4yxa5dv7c2xz3womw6peuasteono'
SEL_SES_TYO = 'zh4gjftm6etwoq6afzugpky45synznly'
SEL_CREDLY = 's1'

def aws_dkim(dt, from_domain='amazon.com', tokyo=False):
    return [('DKIM-Signature', dkim_sig(from_domain, SEL_AMZ if from_domain == 'amazon.com' else rnd(32, string.ascii_lowercase + string.digits), dt)),
            ('DKIM-Signature', dkim_sig('amazonses.com', SEL_SES_TYO if tokyo else SEL_SES, dt,
                                        'Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID'))]

# ---------------------------------------------------------------- transport (receiving side)
def ses_host(tokyo=False):
    if tokyo:
        n = random.randint(2, 250)
        return 'e226-%d.smtp-out.ap-northeast-1.amazonses.com' % n, '23.251.226.%d' % n
    a, b = random.choice([(8, 240), (9, 240), (48, 240)]), random.randint(2, 250)
    return 'a%d-%d.smtp-out.amazonses.com' % (a[0], b), '54.%d.%d.%d' % (a[1], a[0], b)

def auth_gmail(dkim_list, mailfrom, ip, from_dom, dmarc='pass', spf='pass', pol='QUARANTINE'):
    dk = ';\n       '.join('dkim=%s header.i=@%s header.s=%s header.b=%s' % (r, d, s, rnd(8)) for d, s, r in dkim_list)
    sp = 'spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s' % (
        spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mailfrom)
    dm = 'dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, pol, pol, 'NONE' if dmarc == 'pass' else pol, from_dom)
    return 'mx.google.com;\n       ' + (dk + ';\n       ' if dk else '') + sp + ';\n       ' + dm

def gmail_transport(rcpt, dt, helo, ip, mailfrom, ar_value, arrive_delay=2):
    t = dt + timedelta(seconds=arrive_delay)
    sid = rnd(6, string.ascii_lowercase) + '.' + str(random.randint(10, 99))
    return [
        ('Delivered-To', rcpt),
        ('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s' % (
            rnd(4, '0123456789abcdef'), rnd(4, '0123456789abcdef'), rnd(3, '0123456789abcdef'), rnd(4, '0123456789abcdef'),
            rnd(4, '0123456789abcdef'), rnd(2, string.ascii_lowercase), random.randint(100000, 9999999), rnd(3, string.ascii_lowercase), pt_date(t + timedelta(seconds=1)))),
        ('X-Google-Smtp-Source', 'AGHT+I' + rnd(60)),
        ('X-Received', 'by 2002:a05:6a00:%s:b0:%s:%s:%s with SMTP id d2e1a72fcca58-%smr%d%s.%d.%d;\n        %s' % (
            rnd(4, '0123456789abcdef'), rnd(3, '0123456789abcdef'), rnd(4, '0123456789abcdef'), rnd(4, '0123456789abcdef'),
            rnd(10, '0123456789abcdef'), random.randint(1000000, 99999999), rnd(3, string.ascii_lowercase + string.digits),
            random.randint(1, 30), int(t.timestamp() * 1000), pt_date(t + timedelta(seconds=1)))),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
            int(t.timestamp()), fold(b64junk(96), 60, '        '))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (
            b64junk(32), b64junk(32), fold(b64junk(96), 60, '        '))),
        ('ARC-Authentication-Results', 'i=1; ' + ar_value),
        ('Return-Path', '<%s>' % mailfrom),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            helo, helo, ip, 'd2e1a72fcca58-' + rnd(12, '0123456789abcdef') + '.' + str(random.randint(10, 900)) + '.' + str(t.year),
            rcpt, pt_date(t))),
        ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip)),
        ('Authentication-Results', ar_value),
    ]

def o365_ar(ip, mailfrom_dom, dkim_doms, from_dom, dmarc='pass', spf='pass', compauth='pass reason=100', action='none'):
    dk = ''.join('dkim=pass (signature was verified) header.d=%s;' % d for d in dkim_doms) or 'dkim=none (message not signed) header.d=none;'
    return 'spf=%s (sender IP is %s) smtp.mailfrom=%s; %sdmarc=%s action=%s header.from=%s;compauth=%s' % (
        spf, ip, mailfrom_dom, dk, dmarc, action, from_dom, compauth)

def o365_transport(rcpt, dt, helo, ip, mailfrom_dom, ar_value, tenant='jpnprd01', arrive_delay=3):
    t = (dt + timedelta(seconds=arrive_delay)).astimezone(UTC)
    mbx = 'TYCPR01MB%d.%s.prod.outlook.com' % (random.randint(1000, 9999), tenant)
    mbx2 = 'OS3PR01MB%d.%s.prod.outlook.com' % (random.randint(1000, 9999), tenant)
    fe = 'TY2PEPF0000%s.apcprd02.prod.outlook.com' % rnd(4, '0123456789ABCDEF')
    return [
        ('Received', 'from %s (2603:1096:604:%s::%d) by\n %s with HTTPS; %s' % (
            mbx2, rnd(3, '0123456789abcdef'), random.randint(2, 15), mbx, format_datetime(t + timedelta(seconds=2)))),
        ('Received', 'from OS0P286CA0%d.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%s::%d)\n by %s (2603:1096:604:%s::%d) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            random.randint(100, 999), rnd(3, '0123456789abcdef'), random.randint(2, 15), mbx2, rnd(3, '0123456789abcdef'), random.randint(2, 15),
            random.randint(8000, 9300), random.randint(10, 40), format_datetime(t + timedelta(seconds=1)))),
        ('Received', 'from %s\n (2603:1096:604:%s:cafe::%s) by OS0P286CA0%d.outlook.office365.com\n (2603:1096:604:%s::%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
            fe, rnd(3, '0123456789abcdef'), rnd(2, '0123456789abcdef'), random.randint(100, 999), rnd(3, '0123456789abcdef'), random.randint(2, 15),
            random.randint(8000, 9300), random.randint(10, 40), format_datetime(t + timedelta(seconds=1)))),
        ('Authentication-Results', ar_value),
        ('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (mailfrom_dom, ip, ip, helo)),
        ('Received', 'from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
            helo, ip, fe.replace('apcprd02', 'mail.protection').replace('.prod.outlook.com', '.outlook.com'), random.randint(1, 250), random.randint(1, 250),
            random.randint(8000, 9300), random.randint(10, 40), format_datetime(t))),
    ]

def jp_transport(rcpt, dt, helo, ip, mta, ar_value=None, arrive_delay=4, extra_hop=None):
    """Generic Japanese ISP: one inbound hop, local-time dates, optional Authentication-Results."""
    t = (dt + timedelta(seconds=arrive_delay)).astimezone(JST)
    hs = []
    if extra_hop:
        hs.append(('Received', '%s; %s' % (extra_hop, format_datetime(t + timedelta(seconds=1)))))
    if ar_value is not None:
        hs.append(('Authentication-Results', ar_value))
    hs.append(('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
        helo, helo, ip, mta, rnd(14, string.ascii_uppercase + string.digits), rcpt, format_datetime(t))))
    hs.insert(0, ('Return-Path', None))
    return hs

def jp_ar(authserv, mailfrom, dkim_dom, from_dom, dmarc='pass', spf='pass', dkim='pass', style='semi'):
    if style == 'yahoo':
        return '%s;\n spf=%s smtp.mailfrom=%s;\n dkim=%s header.i=@%s;\n dmarc=%s header.from=%s' % (
            authserv, spf, mailfrom.split('@')[-1], dkim, dkim_dom, dmarc, from_dom)
    return '%s; spf=%s smtp.mailfrom=%s; dkim=%s header.d=%s; dmarc=%s header.from=%s' % (
        authserv, spf, mailfrom, dkim, dkim_dom, dmarc, from_dom)

# ---------------------------------------------------------------- assembling
def build(content, *, frm, to, subject, date, msgid, transport=(), sig=(), cc=None,
          in_reply_to=None, references=None, reply_to=None, extra=(), return_path=None, mime_version=True):
    msg = content
    content_headers = [(k, v) for k, v in msg._headers]
    msg._headers = []
    for k, v in transport:
        if k == 'Return-Path':
            if return_path:
                msg[k] = '<%s>' % return_path
            continue
        msg[k] = v
    for k, v in sig:
        msg[k] = v
    msg['From'] = frm
    if reply_to:
        msg['Reply-To'] = reply_to
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    msg['Date'] = format_datetime(date)
    msg['Message-ID'] = msgid
    if in_reply_to:
        msg['In-Reply-To'] = in_reply_to
    if references:
        msg['References'] = references
    for k, v in extra:
        msg[k] = v
    if mime_version:
        msg['MIME-Version'] = '1.0'
    for k, v in content_headers:
        msg[k] = v
    return msg

def save(n, slug, msg, kind, case_id, ids, verified, lang):
    name = '%03d-%s.eml' % (n, slug)
    assert re.fullmatch(r'\d{3}-[a-z0-9-]+\.eml', name), name
    assert kind in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                    'credly_badge_issued', 'support_reply', 'unrelated'), kind
    with open(os.path.join(OUT, name), 'wb') as f:
        BytesGenerator(f, mangle_from_=False, policy=GEN_POLICY).flatten(msg)
    LABELS[name] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)),
                    'sender_verified': verified, 'language': lang}

def quote(text, mark='> '):
    return '\n'.join((mark + l) if l else mark.rstrip() for l in text.split('\n'))

# ---------------------------------------------------------------- AWS senders
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AMZ_EN = 'Amazon Web Services'
AMZ_JA = 'アマゾン ウェブ サービス'

def aws_mail(content, *, rcpt, dt, subject, provider, frm_name=AMZ_EN, frm_addr=FORM, tokyo=False,
             to_name=None, rx='gmail', extra=(), authserv=None, dmarc='pass', no_ar=False):
    """A genuine AWS mail sent through SES, received by the given provider."""
    mid = ses_msgid(dt, 'ap-northeast-1.amazonses.com' if tokyo else 'email.amazonses.com')
    mailfrom = mid.strip('<>')
    helo, ip = ses_host(tokyo)
    sesdom = 'ap-northeast-1.amazonses.com' if tokyo else 'amazonses.com'
    if provider == 'gmail':
        ar = auth_gmail([('amazon.com', SEL_AMZ, 'pass'), (sesdom if not tokyo else 'amazonses.com', SEL_SES_TYO if tokyo else SEL_SES, 'pass')],
                        mailfrom, ip, 'amazon.com', dmarc=dmarc)
        tr = gmail_transport(rcpt, dt, helo, ip, mailfrom, ar)
    elif provider == 'o365':
        ar = o365_ar(ip, sesdom, ['amazon.com', 'amazonses.com'], 'amazon.com')
        tr = o365_transport(rcpt, dt, helo, ip, sesdom, ar)
    else:
        mta, authsv, style = provider
        ar = None if no_ar else jp_ar(authsv, mailfrom, 'amazon.com', 'amazon.com', style=style)
        tr = jp_transport(rcpt, dt, helo, ip, mta, ar)
    extra = list(extra) + [('Feedback-ID', '::1.%s.%s=:AmazonSES' % ('ap-northeast-1' if tokyo else 'us-east-1', b64junk(33).rstrip('='))),
                           ('X-SES-Outgoing', '%s-%s' % (dt.astimezone(UTC).strftime('%Y.%m.%d'), ip))]
    return build(content, frm=enc_addr(frm_name, frm_addr), to=enc_addr(to_name, rcpt) if to_name else rcpt,
                 subject=subject, date=dt.astimezone(UTC), msgid=mid, transport=tr, sig=aws_dkim(dt, tokyo=tokyo),
                 extra=extra, return_path=mailfrom)

# Japanese ISPs (mta host, authserv-id, AR style)
BIGLOBE = ('mtaiw%02d.mail.biglobe.ne.jp' % 12, 'mtaiw12.mail.biglobe.ne.jp', 'semi')
NIFTY = ('mx.nifty.com', 'mx.nifty.com', 'semi')
YAHOOJP = ('mta533.mail.kks.yahoo.co.jp', 'mta533.mail.kks.yahoo.co.jp', 'yahoo')

# ================================================================ MAILS

# ---------------------------------------------------------------- U1: 田中 健一 (Gmail), form case
U1 = 'kenichi.tanaka.dev@gmail.com'
U1_OPEN = J(2025, 5, 26, 22, 41, 7)
C1 = caseid(U1_OPEN, '00231')
FORM_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance'

# 001 acknowledgement (form desk), Japanese, multipart/alternative QP
t = '''田中 健一 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせするために自動で送信しています。

■ お問い合わせ番号：%s
■ お問い合わせの種類：認定 / アカウントの統合
■ ご入力いただいた AWS 候補者 ID：AWS04417283

内容を確認のうえ、原則として 24 時間以内に担当者よりご連絡いたします。
お問い合わせが集中している場合は、さらにお時間をいただくことがございます。

補足の情報がございましたら、新しくお問い合わせを作成せず、このメールにそのままご返信ください。
同じ内容で複数のお問い合わせをいただくと、ご回答が遅れる原因となります。

※本メールは送信専用ではございません。ご返信内容は上記のお問い合わせに記録されます。

AWS トレーニングと認定 カスタマーサービス
アマゾン ウェブ サービス ジャパン合同会社
''' % C1
m = alt(part(t), part(html_of(t, 'お問い合わせ受付'), 'html'))
m = aws_mail(m, rcpt=U1, dt=U1_OPEN + timedelta(seconds=23), provider='gmail',
             subject=enc_subject('お問い合わせを受け付けました（AWS トレーニングと認定）', prefix='[CASE %s] ' % C1))
save(1, 'uketsuke-form-ja', m, 'case_created', C1, ['AWS04417283'], True, 'ja')

# 002 confirmation request, ISO-2022-JP, full-width ids
T2 = J(2025, 5, 27, 18, 5, 12)
t2 = '''田中 健一 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの山口でございます。

このたびはアカウント統合のご依頼をいただき、ありがとうございます。
お手続きを進める前に、下記の内容にお間違いがないかご確認をお願いいたします。

【統合の内容】
■ 統合後も引き続きご利用いただくアカウント（存続アカウント）
　ＡＷＳ０４４１７２８３
■ 上記へ統合され、以後はご利用いただけなくなるアカウント
　ＡＷＳ０９９２１５４６

【ご留意事項】
■ ＡＷＳ０９９２１５４６ に登録されている認定資格、受験履歴は存続アカウントへ移されます。
■ 一度実施した統合は、後から元に戻すことができません。
■ 未使用の受験割引特典は、存続アカウント側でご利用いただけるようになります。

上記の内容でよろしければ、本メールにご返信いただき、その旨お知らせください。
ご返信を確認でき次第、作業に着手いたします。

何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社
'''
m = part(t2, charset='iso-2022-jp', cte='7bit')
m = aws_mail(m, rcpt=U1, dt=T2, provider='gmail', subject=FORM_SUBJ % C1)
save(2, 'kakunin-irai-zenkaku', m, 'merge_confirmation_requested', C1, ['AWS04417283', 'AWS09921546'], True, 'ja')

# 003 "thank you for confirming, we will now proceed", nested Gmail-ja quote, base64
T3 = J(2025, 5, 28, 9, 31, 40)
user_reply = '''山口様

ご連絡ありがとうございます。
記載いただいた内容で間違いございません。統合を進めてください。
The details are correct. Please proceed with the merge.

田中

2025年5月27日(火) 18:05 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

''' + quote(t2)
t3 = '''田中様

ご返信いただきありがとうございます。山口です。
ご確認いただいた内容にて、これより統合の手続きを開始いたします。

作業が終わりましたら、本ケースにて改めてご連絡いたします。
通常 1〜3 営業日ほどお時間を頂戴しておりますので、今しばらくお待ちください。
お待ちいただいている間は、どちらのアカウントでも新たな試験のご予約はお控えください。

山口 / AWS トレーニングと認定 カスタマーサポート

2025年5月28日(水) 8:02 田中健一 <kenichi.tanaka.dev@gmail.com>:
''' + quote(user_reply) + '\n'
m = part(t3, cte='base64')
m = aws_mail(m, rcpt=U1, dt=T3, provider='gmail', subject=FORM_SUBJ % C1)
save(3, 'susumemasu-nested-quote', m, 'support_reply', C1, [], True, 'ja')

# 004 merge done, with the confirmation request quoted beneath
T4 = J(2025, 5, 29, 14, 12, 3)
t4 = '''田中 健一 様

お待たせいたしました。山口でございます。

ご依頼いただいておりました認定アカウントの件、本日作業を終えましたのでご報告いたします。
旧アカウント（AWS09921546）でお持ちだった認定資格と受験履歴は、すべて AWS04417283 へ移行済みです。
AWS09921546 は閉鎖済みのため、今後のサインインには AWS04417283 をご利用ください。

Credly のデジタルバッジにつきましては、数日以内に Credly から別途ご案内が届く見込みです。
1 週間ほど経っても届かない場合は、本メールにご返信ください。

山口
AWS トレーニングと認定 カスタマーサポート

-------- 以前のやり取り --------
送信日時: 2025/05/27 18:05
件名: ''' + (FORM_SUBJ % C1) + '''

''' + quote(t2) + '\n'
m = alt(part(t4, cte='quoted-printable'), part(html_of(t4), 'html', cte='base64'))
m = aws_mail(m, rcpt=U1, dt=T4, provider='gmail', subject=FORM_SUBJ % C1)
save(4, 'ikou-zumi-quoted-request', m, 'merge_completed', C1, ['AWS04417283', 'AWS09921546'], True, 'ja')

# 005 survey, HTML only, no statement about the merge
T5 = T4 + timedelta(minutes=1, seconds=31)
h5 = '''<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>アンケートのお願い</title></head>
<body style="margin:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Meiryo,sans-serif;font-size:14px;color:#16191f">
<tr><td>
<p>田中 健一 様</p>
<p>先日は AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。<br>
お問い合わせ番号 <b>%s</b> は対応終了としてクローズいたしました。</p>
<p>サービス品質向上のため、1 分ほどで終わる簡単なアンケートへのご協力をお願いいたします。</p>
<p style="font-weight:bold">お問い合わせの件は解決しましたか？</p>
<p><a href="https://survey.aws.amazon.com/r/tc?cid=%s&amp;a=yes" style="padding:8px 24px;background:#ec7211;color:#fff;text-decoration:none">はい</a>
&nbsp;&nbsp;<a href="https://survey.aws.amazon.com/r/tc?cid=%s&amp;a=no" style="padding:8px 24px;background:#545b64;color:#fff;text-decoration:none">いいえ</a></p>
<p>担当者の対応について 5 段階で評価してください：<br>
<a href="https://survey.aws.amazon.com/r/tc?cid=%s&amp;r=5">★★★★★</a> /
<a href="https://survey.aws.amazon.com/r/tc?cid=%s&amp;r=1">★</a></p>
<p style="font-size:12px;color:#687078">本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。</p>
</td></tr></table></td></tr></table>
</body></html>
''' % (C1, C1, C1, C1, C1)
m = part(h5, 'html', cte='base64')
m = aws_mail(m, rcpt=U1, dt=T5, provider='gmail', frm_addr='no-reply-aws@amazon.com',
             subject=enc_subject('アンケートご協力のお願い：お問い合わせ番号 %s' % C1))
save(5, 'anketo-html-only', m, 'survey', C1, [], True, 'ja')

# ---------------------------------------------------------------- generic non-SES senders
def other_mail(content, *, frm, rcpt, dt, subject, provider, from_dom, dkim_doms, mailfrom, helo, ip,
               msgid, dmarc='pass', spf='pass', dkim='pass', to=None, extra=(), in_reply_to=None, references=None,
               cc=None, no_ar=False, sig=None, reply_to=None, gmail_policy='NONE', ar_override=None):
    if provider == 'gmail':
        ar = ar_override or auth_gmail([(d, 's' + str(random.randint(1, 2)) if 'credly' in d else rnd(8, string.ascii_lowercase + string.digits), dkim) for d in dkim_doms],
                                       mailfrom, ip, from_dom, dmarc=dmarc, spf=spf, pol=gmail_policy)
        tr = gmail_transport(rcpt, dt, helo, ip, mailfrom, ar)
    elif provider == 'o365':
        ar = ar_override or o365_ar(ip, mailfrom.split('@')[-1], dkim_doms if dkim == 'pass' else [], from_dom, dmarc=dmarc, spf=spf,
                                    compauth='pass reason=100' if dmarc == 'pass' else 'fail reason=000',
                                    action='none' if dmarc == 'pass' else 'quarantine')
        tr = o365_transport(rcpt, dt, helo, ip, mailfrom.split('@')[-1], ar)
    else:
        mta, authsv, style = provider
        ar = None if no_ar else (ar_override or jp_ar(authsv, mailfrom, dkim_doms[0] if dkim_doms else 'none', from_dom, dmarc=dmarc, spf=spf, dkim=dkim if dkim_doms else 'none', style=style))
        tr = jp_transport(rcpt, dt, helo, ip, mta, ar)
    if sig is None:
        sel = lambda d: 's1' if 'credly' in d else ('20230601' if d == 'gmail.com' else ('selector1' if d.endswith('.co.jp') else rnd(10, string.ascii_lowercase + string.digits)))
        sig = [('DKIM-Signature', dkim_sig(d, sel(d), dt)) for d in dkim_doms]
    return build(content, frm=frm, to=to or rcpt, subject=subject, date=dt, msgid=msgid, transport=tr, sig=sig,
                 extra=extra, in_reply_to=in_reply_to, references=references, cc=cc, return_path=mailfrom, reply_to=reply_to)

CREDLY_FROM = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>'

def credly_mail(content, *, rcpt, dt, subject, provider, dmarc='pass', **kw):
    mailfrom = 'bounces+%d-%s-%s=%s@em.credly.com' % (random.randint(1000000, 9999999), rnd(4, '0123456789abcdef'), rcpt.split('@')[0], rcpt.split('@')[1])
    mid = '<%s@geopod-ismtpd-%d>' % (rnd(22), random.randint(1, 40))
    n = random.randint(2, 250)
    return other_mail(content, frm=kw.pop('frm', CREDLY_FROM), rcpt=rcpt, dt=dt, subject=subject, provider=provider,
                      from_dom='credly.com', dkim_doms=['credly.com', 'sendgrid.info'], mailfrom=mailfrom,
                      helo='o%d.ptr%d.credly.com' % (random.randint(1, 9), random.randint(1000, 9999)),
                      ip='167.89.%d.%d' % (random.randint(1, 120), n), msgid=mid, dmarc=dmarc,
                      gmail_policy='QUARANTINE', **kw)

# 006 Credly badge issued, Japanese
T6 = J(2025, 5, 31, 3, 17, 44)
t6 = '''田中 健一 さん

おめでとうございます。Amazon Web Services Training and Certification から新しいバッジが届きました。

AWS Certified Solutions Architect – Associate

バッジを受け取ると、LinkedIn やメール署名などで実績を共有できるようになります。
下のボタンからバッジを受け取ってください。

バッジを受け取る：
https://www.credly.com/earner/earned/badge/3f6c2a8e-91d4-4b7a-8e0f-2d5c7a19b640

このバッジは Amazon Web Services Training and Certification によって発行されました。
通知の設定は https://www.credly.com/earner/settings/notifications から変更できます。

Credly, Inc. 100 Pine Street, Suite 1250, San Francisco, CA 94111
'''
h6 = '''<html lang="ja"><body style="font-family:Helvetica,Arial,sans-serif;background:#f6f6f6">
<table align="center" width="560" style="background:#fff;padding:24px"><tr><td>
<img src="https://images.credly.com/size/220x220/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt="AWS Certified Solutions Architect – Associate">
<h2 style="color:#16191f">田中 健一 さん、おめでとうございます！</h2>
<p>Amazon Web Services Training and Certification から <b>AWS Certified Solutions Architect – Associate</b> のバッジが発行されました。</p>
<p><a href="https://www.credly.com/earner/earned/badge/3f6c2a8e-91d4-4b7a-8e0f-2d5c7a19b640" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:12px;color:#777">通知の設定は<a href="https://www.credly.com/earner/settings/notifications">こちら</a>から変更できます。<br>Credly, Inc. 100 Pine Street, Suite 1250, San Francisco, CA 94111</p>
</td></tr></table></body></html>
'''
m = alt(part(t6, cte='quoted-printable'), part(h6, 'html', cte='quoted-printable'))
m = credly_mail(m, rcpt=U1, dt=T6, provider='gmail',
                subject=enc_subject('Amazon Web Services Training and Certification からバッジが届きました'))
save(6, 'credly-badge-ja', m, 'credly_badge_issued', None, [], True, 'ja')

# 007 user forwards the completion mail to his work mailbox (O365) - unrelated, from the user
U1W = 'k.tanaka@sorano-dx.co.jp'
T7 = J(2025, 5, 30, 8, 12, 55)
t7 = '''自分の会社アドレス宛に転送。
社内の資格管理シートのIDを AWS04417283 に差し替えること（旧 AWS09921546 はもう使えない）。

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: 2025年5月29日(木) 14:12
Subject: ''' + (FORM_SUBJ % C1) + '''
To: <kenichi.tanaka.dev@gmail.com>


''' + t4
m = alt(part(t7, cte='base64'), part(html_of(t7).replace('<div>', '<div dir="ltr">'), 'html', cte='base64'))
m = other_mail(m, frm=enc_addr('田中健一', U1), rcpt=U1W, dt=T7, provider='o365', from_dom='gmail.com',
               dkim_doms=['gmail.com'], mailfrom=U1, helo='mail-pj1-f45.google.com', ip='209.85.216.45',
               msgid='<CAH%s@mail.gmail.com>' % rnd(40), subject='Fwd: ' + FORM_SUBJ % C1,
               extra=[('X-Gm-Features', 'AQt7F2' + rnd(40))])
save(7, 'fwd-to-work-address', m, 'unrelated', C1, ['AWS04417283', 'AWS09921546'], False, 'ja')

# ---------------------------------------------------------------- U2: 佐藤 美咲 (Office 365, company), console case
U2 = 'misaki.sato@hoshino-sys.co.jp'
U2_OPEN = J(2025, 6, 2, 10, 5, 44)
C2 = caseid(U2_OPEN, '00517')
C2_SUBJ = '認定アカウントの統合依頼（AWS12873904 / AWS30218857）'
CONSOLE_LINK = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja'

# 008 console: case opened, Japanese
t8 = '''佐藤 美咲 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お客様のご質問に対応するため、ケース %s を作成しました。

ケース ID：%s
件名：%s
重要度：一般的な質問
サービス：AWS トレーニングと認定

担当者からの回答は、サポートセンターでご確認いただけます。
ケースの詳細の確認や追加情報のご送信は、以下のリンクから行ってください。
%s

※このメールアドレスは返信を受け付けておりません。ご返信はサポートセンターからお願いいたします。

アマゾン ウェブ サービス
''' % (C2, C2, C2_SUBJ, CONSOLE_LINK % C2)
m = alt(part(t8, cte='base64'), part(html_of(t8), 'html', cte='base64'))
m = aws_mail(m, rcpt=U2, dt=U2_OPEN + timedelta(seconds=31), provider='o365', frm_addr=NOREPLY, frm_name=AMZ_JA, tokyo=True,
             subject=enc_subject('アマゾン ウェブ サービス: 新しいサポートケースが作成されました: %s' % C2))
save(8, 'console-case-opened-o365', m, 'case_created', C2, ['AWS12873904', 'AWS30218857'], True, 'ja')

# 009 agent asks which account to keep
T9 = J(2025, 6, 3, 11, 20, 9)
t9 = '''佐藤 美咲 様

お問い合わせいただきありがとうございます。
AWS トレーニングと認定サポート担当の中村と申します。

ご依頼の件、お客様名義の認定アカウントとして以下の 2 件を確認いたしました。

・AWS 12873904（登録メールアドレス：misaki.sato@hoshino-sys.co.jp）
・AWS-30218857（登録メールアドレス：misaki.s.0412@gmail.com）

統合の際には、どちらか一方のアカウントを残し、もう一方をそちらへまとめる形となります。
恐れ入りますが、今後お使いになるアカウントはどちらになさいますか。
あわせて、残すアカウントのお知らせ用メールアドレスに変更がないかもお知らせください。

サポートセンターの本ケースよりご返信いただけますと幸いです。

よろしくお願いいたします。

中村
AWS トレーニングと認定 サポート
アマゾン ウェブ サービス ジャパン合同会社

本ケースへのご返信、経過の確認はこちら：
%s
''' % (CONSOLE_LINK % C2)
m = part(t9, charset='iso-2022-jp', cte='7bit')
m = aws_mail(m, rcpt=U2, dt=T9, provider='o365', frm_addr=NOREPLY, tokyo=True,
             subject=enc_subject(C2_SUBJ, 'iso-2022-jp', prefix='RE:[CASE %s] ' % C2))
save(9, 'dochira-wo-nokosu', m, 'support_reply', C2, ['AWS12873904', 'AWS30218857'], True, 'ja')

# 010 confirmation request, Shift_JIS base64
T10 = J(2025, 6, 4, 15, 40, 27)
t10 = '''佐藤様

ご返信ありがとうございます。中村です。
いただいた内容をもとに、次のとおり作業を行う予定です。
実施の前に、最終のご確認をお願いいたします。

＜残るアカウント＞
　AWS12873904（misaki.sato@hoshino-sys.co.jp）
＜吸収されるアカウント＞
　AWS30218857（misaki.s.0412@gmail.com）

作業後は AWS30218857 でサインインできなくなります。
また、この作業は後から取り消すことができませんので、念のため十分にご確認ください。

内容に問題がなければ、サポートセンターの本ケースより「上記の内容で進めてください」とお返事をお願いいたします。
お返事をいただくまで、作業は保留としております。

中村
AWS トレーニングと認定 サポート

%s
''' % (CONSOLE_LINK % C2)
m = part(t10, charset='shift_jis', cte='base64')
m = aws_mail(m, rcpt=U2, dt=T10, provider='o365', frm_addr=NOREPLY, tokyo=True,
             subject=enc_subject(C2_SUBJ, 'utf-8', prefix='RE:[CASE %s] ' % C2))
save(10, 'saishu-kakunin-sjis', m, 'merge_confirmation_requested', C2, ['AWS12873904', 'AWS30218857'], True, 'ja')

# 011 merge done + rating request, Shift_JIS quoted-printable
T11 = J(2025, 6, 6, 9, 10, 2)
t11 = '''佐藤様

お世話になっております。中村です。

ご確認いただいた内容のとおり、AWS30218857 の認定資格および受験記録を AWS12873904 へ統合いたしました。
本日以降は AWS12873904 でサインインのうえ、認定資格の一覧に漏れがないかご確認ください。
Credly のバッジは、数日のうちに AWS12873904 側のアカウントへ反映される見込みです。

ほかにご不明な点がなければ、本ケースはこのまま解決済みとさせていただきます。

＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
今回の対応はいかがでしたか？
以下のリンクから、本回答の評価をお寄せください（所要時間：約 1 分）。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&rate=true
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿

中村
AWS トレーニングと認定 サポート
アマゾン ウェブ サービス ジャパン合同会社
''' % C2
m = part(t11, charset='shift_jis', cte='quoted-printable')
m = aws_mail(m, rcpt=U2, dt=T11, provider='o365', frm_addr=NOREPLY, tokyo=True,
             subject=enc_subject(C2_SUBJ, 'iso-2022-jp', prefix='RE:[CASE %s] ' % C2))
save(11, 'tougou-itashimashita-hyouka', m, 'merge_completed', C2, ['AWS12873904', 'AWS30218857'], True, 'ja')

# 012 manager's internal mail (Outlook ja quote block) - unrelated
U2B = 'kobayashi.takashi@hoshino-sys.co.jp'
T12 = J(2025, 6, 9, 13, 48, 20)
prev12 = '''小林部長

お疲れ様です。佐藤です。

AWS 認定のアカウントが 2 つに分かれていた件、サポートから統合が終わったと連絡がありました。
今後は AWS12873904 のみを使います。
パートナー申請の認定者リストの更新をお願いできますでしょうか。

佐藤'''
t12 = '''佐藤さん

小林です。連絡ありがとう。
認定者リストは AWS12873904 で更新しておきます。
旧IDのほうは行ごと削除しました。
申請書に添付するので、Credly のバッジの公開URLも共有してもらえますか。

小林

差出人: 佐藤 美咲 <misaki.sato@hoshino-sys.co.jp>
送信日時: 2025年6月6日 金曜日 10:02
宛先: 小林 隆 <kobayashi.takashi@hoshino-sys.co.jp>
件名: AWS認定の登録状況について

''' + prev12 + '\n'
h12 = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
       '<style>p.MsoNormal{margin:0mm;font-size:11.0pt;font-family:"游ゴシック",sans-serif;}</style></head>'
       '<body lang="JA" link="#0563C1"><div class="WordSection1">' +
       ''.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (l or '&nbsp;') for l in t12.split('\n')[:10]) +
       '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm"><p class="MsoNormal"><b>差出人:</b> 佐藤 美咲 &lt;misaki.sato@hoshino-sys.co.jp&gt;<br><b>送信日時:</b> 2025年6月6日 金曜日 10:02<br><b>宛先:</b> 小林 隆 &lt;kobayashi.takashi@hoshino-sys.co.jp&gt;<br><b>件名:</b> AWS認定の登録状況について</p></div>' +
       ''.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (l or '&nbsp;') for l in prev12.split('\n')) +
       '</div></body></html>\n')
m = alt(part(t12, cte='base64'), part(h12, 'html', cte='base64'))
mid12 = '<TYCPR01MB%dB1A2%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (random.randint(1000, 9999), rnd(10, '0123456789ABCDEF'), random.randint(1000, 9999))
prevmid12 = '<OS3PR01MB%d7E1C%s@OS3PR01MB%d.jpnprd01.prod.outlook.com>' % (random.randint(1000, 9999), rnd(10, '0123456789ABCDEF'), random.randint(1000, 9999))
tr = [('Received', 'from TYCPR01MB7512.jpnprd01.prod.outlook.com (2603:1096:400:1c3::8) by\n TYCPR01MB6935.jpnprd01.prod.outlook.com with HTTPS; %s' % format_datetime(T12.astimezone(UTC) + timedelta(seconds=1))),
      ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hoshino-sys.co.jp;'),
      ('Received', 'from TYCPR01MB7512.jpnprd01.prod.outlook.com\n ([fe80::5c1e:22ab:91f0:7d3c]) by TYCPR01MB7512.jpnprd01.prod.outlook.com\n ([fe80::5c1e:22ab:91f0:7d3c%4]) with mapi id 15.20.8792.034; ' + format_datetime(T12.astimezone(UTC)))]
m = build(m, frm=enc_addr('小林 隆', U2B), to=enc_addr('佐藤 美咲', U2), subject=enc_subject('RE: AWS認定の登録状況について'),
          date=T12, msgid=mid12, transport=tr, in_reply_to=prevmid12, references=prevmid12,
          extra=[('Thread-Topic', enc_subject('AWS認定の登録状況について')), ('Thread-Index', 'AQHb1p' + rnd(30) + '=='),
                 ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', ''),
                 ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB7512.jpnprd01.prod.outlook.com')])
save(12, 'shanai-buchou-outlook', m, 'unrelated', None, ['AWS12873904'], False, 'ja')

# 013 Credly: badges moved to the surviving Credly account after the merge
T13 = J(2025, 6, 7, 2, 4, 51)
t13 = '''佐藤 美咲 さん

Amazon Web Services Training and Certification のアカウント統合に伴い、以下のバッジがあなたの Credly アカウントに発行されました。

・AWS Certified Cloud Practitioner
・AWS Certified Developer – Associate

以前のアカウントで受け取っていたバッジは、こちらのアカウントへ移されています。
下のリンクからバッジを受け取り、公開設定をご確認ください。

バッジを受け取る
https://www.credly.com/earner/earned/badge/b81d0c55-7e3a-4f19-a6c2-55e1d9f0a3c7

――
Credly by Pearson
このメールは misaki.sato@hoshino-sys.co.jp 宛に送信されました。
'''
m = alt(part(t13, cte='base64'), part(html_of(t13), 'html', cte='base64'))
m = credly_mail(m, rcpt=U2, dt=T13, provider='o365',
                subject=enc_subject('バッジがあなたのアカウントに発行されました - Credly'))
save(13, 'credly-ikou-badge-ja', m, 'credly_badge_issued', None, [], True, 'ja')

# 057 duplicate case opened by the same user (console), acknowledgement, ISO-2022-JP
T57 = J(2025, 6, 5, 17, 2, 13)
C57 = caseid(T57, '00904')
t57 = '''お問い合わせいただきありがとうございます。

お客様のご質問に対応するため、ケース %s を作成しました。

ケース ID：%s
件名：【至急】認定アカウント統合の進捗確認
重要度：一般的な質問

ケースの内容は、AWS サポートセンターからいつでも確認できます。
%s

すでに同じ内容のケースをお持ちの場合、対応が重複し回答が遅れることがあります。既存のケースへのご返信をご利用ください。

このメールは送信専用のアドレスから送信されています。

アマゾン ウェブ サービス
''' % (C57, C57, CONSOLE_LINK % C57)
m = part(t57, charset='iso-2022-jp', cte='7bit')
m = aws_mail(m, rcpt=U2, dt=T57, provider='o365', frm_addr=NOREPLY, frm_name=AMZ_JA, tokyo=True,
             subject=enc_subject('アマゾン ウェブ サービス: 新しいサポートケースを開始しました: %s' % C57, 'iso-2022-jp'))
save(57, 'nijuu-case-uketsuke', m, 'case_created', C57, [], True, 'ja')
# ---------------------------------------------------------------- U3: 鈴木 大輔 (BIGLOBE, Becky!), form case, 3 accounts
U3 = 'd-suzuki@kfa.biglobe.ne.jp'
U3_OPEN = J(2025, 6, 16, 7, 12, 9)
C3 = caseid(U3_OPEN, '00118')

# 014 form acknowledgement, ISO-2022-JP, era date
t14 = '''鈴木 大輔 様

この度は AWS トレーニングと認定 にご連絡いただき、誠にありがとうございます。
下記のとおりご依頼を承りました。

【受付番号】　%s
【区分】　　　Certification - Account Merge
【受付日時】　令和7年6月16日 7時12分

担当者が内容を確認し、順次ご連絡を差し上げます（目安：1 営業日以内）。
追加でお伝えいただく事項がございましたら、本メールへの返信にてお送りください。
件名の受付番号は変更なさらないようお願いいたします。

本メールはシステムより自動でお送りしております。

────────────────────────
AWS トレーニングと認定 カスタマーサービス
アマゾン ウェブ サービス ジャパン合同会社
────────────────────────
''' % C3
m = part(t14, charset='iso-2022-jp', cte='7bit')
m = aws_mail(m, rcpt=U3, dt=U3_OPEN + timedelta(seconds=40), provider=BIGLOBE,
             subject=enc_subject('【自動送信】お問い合わせ受付のお知らせ', 'iso-2022-jp', prefix='[CASE %s] ' % C3))
save(14, 'jidou-soushin-reiwa', m, 'case_created', C3, [], True, 'ja')

# 015 request for more information, very formal
T15 = J(2025, 6, 17, 16, 3, 50)
t15 = '''鈴木 大輔 様

平素より格別のご高配を賜り、厚く御礼申し上げます。
AWS トレーニングと認定 カスタマーサポートの松本と申します。

認定アカウントの統合につきましてお問い合わせいただき、誠にありがとうございます。
お手続きを進めるにあたり、大変恐縮ではございますが、下記の事項をご教示いただけますでしょうか。

【ご教示いただきたい事項】
■ 統合の対象となるすべてのアカウントの AWS 候補者 ID
■ 各アカウントのサインイン用メールアドレス
■ 各アカウントのお知らせ受信用メールアドレス
■ 統合後に引き続きご利用になるアカウント
■ アカウントが複数作成された経緯（差し支えのない範囲で結構でございます）

お問い合わせフォームには AWS55012398 のみご記入いただいておりましたが、
お名前で確認いたしましたところ、ほかにも該当すると思われるアカウントがございました。
ご本人様確認のため、お手数ではございますが、上記すべてについてご返信をお願い申し上げます。

何卒よろしくお願い申し上げます。

松本
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社
'''
m = part(t15, cte='quoted-printable')
m = aws_mail(m, rcpt=U3, dt=T15, provider=BIGLOBE, subject=FORM_SUBJ % C3)
save(15, 'go-kyouji-negai', m, 'support_reply', C3, ['AWS55012398'], True, 'ja')

# 016 confirmation request for three accounts, Becky!-style quote of the user's answer beneath
T16 = J(2025, 6, 19, 11, 26, 31)
u16 = '''松本様

お世話になっております。鈴木です。
ご連絡ありがとうございます。以下のとおりです。

1. AWS55012398 / d-suzuki@kfa.biglobe.ne.jp（通知先も同じ）
2. AWS07763120 / daisuke.suzuki@old-company.co.jp（退職済みのため受信不可）
3. AWS61840075 / dsuzuki.aws@gmail.com（通知先も同じ）

残したいのは 1 の AWS55012398 です。
転職時に旧アカウントにサインインできなくなり、新しく作ってしまいました。
3 は受験予約の際に誤って作成したものです。

よろしくお願いいたします。

鈴木 大輔

On Tue, 17 Jun 2025 16:03:50 +0900
Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

''' + quote(t15)
t16 = '''鈴木 大輔 様

ご丁寧にご回答いただき、ありがとうございます。松本でございます。
いただいた情報をもとに、下記の内容で統合を承ります。実施前に最終のご確認をお願い申し上げます。

【統合後に残るアカウント】
■ aws55012398

【統合元（以後ご利用いただけなくなるアカウント）】
■ aws-07763120
■ aws 61840075

【ご確認いただきたい点】
■ 統合元 2 件の認定資格・受験履歴・特典は、すべて統合後に残るアカウントへまとめられます。
■ 処理の性質上、いったん実施した統合は元に戻せません。
■ 令和7年6月19日時点で、統合元アカウントに進行中の試験予約はございません。

上記でお間違いなければ、本メールにご返信のうえ「この内容で進めてください」とお知らせくださいませ。
ご返信を確認したのち、速やかに手続きいたします。

松本
AWS トレーニングと認定 カスタマーサポート

''' + quote(u16) + '\n'
m = alt(part(t16, cte='base64'), part(html_of(t16), 'html', cte='base64'))
m = aws_mail(m, rcpt=U3, dt=T16, provider=BIGLOBE, subject=FORM_SUBJ % C3)
save(16, 'sanken-kakunin-becky-quote', m, 'merge_confirmation_requested', C3, ['AWS07763120', 'AWS55012398', 'AWS61840075'], True, 'ja')

# 017 conditional "once done we will also ...", Shift_JIS 8bit
T17 = J(2025, 6, 20, 10, 2, 17)
t17 = '''鈴木様

ご返信ありがとうございます。松本です。
ご確認いただいた内容で、本日担当部署へ作業を依頼いたしました。

処理が済みましたら、Credly のデジタルバッジの移し替えについてもあわせて手配いたします。
その際は本ケースにて改めてご連絡いたしますので、今しばらくお待ちくださいませ。

なお、作業が終わるまでの間は、AWS07763120 および AWS61840075 での新たな試験のご予約はお控えください。

松本
AWS トレーニングと認定 カスタマーサポート
'''
m = part(t17, charset='shift_jis', cte='8bit')
m = aws_mail(m, rcpt=U3, dt=T17, provider=BIGLOBE, subject=FORM_SUBJ % C3)
save(17, 'kanryou-shidai-sjis-8bit', m, 'support_reply', C3, ['AWS07763120', 'AWS61840075'], True, 'ja')

# 018 merge done (no "完了" wording), delivered to a small-office server that adds no Authentication-Results
U3B = 'dsuzuki@suzuki-jimusho.jp'
T18 = J(2025, 6, 23, 15, 44, 8)
t18 = '''鈴木 大輔 様

いつもお世話になっております。松本でございます。

お待たせいたしました。
AWS07763120、AWS61840075 の 2 件に記録されていた合格実績および受験履歴を、AWS55012398 へ移し替える処理を終えました。
移し替え元の 2 件はすでに閉鎖されており、今後サインインいただくことはできません。

認定資格の一覧は、AWS55012398 にサインインのうえ「Certifications」のページからご確認いただけます。
Credly のバッジにつきましては、数日以内に Credly よりご案内が届く予定です。

本件につきまして、ほかにご不明な点がございましたらお気軽にお申し付けください。

松本
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社
'''
m = part(t18, charset='iso-2022-jp', cte='7bit')
mid18 = ses_msgid(T18)
h18, ip18 = ses_host()
tr = [('X-Original-To', U3B), ('Delivered-To', U3B),
      ('Received', 'from %s (%s [%s])\n\tby mail.suzuki-jimusho.jp (Postfix) with ESMTPS id 4bQ%s\n\tfor <%s>; %s' % (
          h18, h18, ip18, rnd(7, string.ascii_uppercase + string.digits), U3B, format_datetime((T18 + timedelta(seconds=5)).astimezone(JST))))]
m = build(m, frm='"Amazon Web Services" <%s>' % FORM, to=U3B, cc=U3, subject=FORM_SUBJ % C3, date=T18.astimezone(UTC),
          msgid=mid18, transport=tr, sig=aws_dkim(T18), return_path=mid18.strip('<>'),
          extra=[('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64junk(33).rstrip('=')), ('X-SES-Outgoing', '%s-%s' % (T18.astimezone(UTC).strftime('%Y.%m.%d'), ip18))])
m._headers.insert(0, ('Return-Path', '<%s>' % mid18.strip('<>')))
save(18, 'utsushikae-no-ar', m, 'merge_completed', C3, ['AWS07763120', 'AWS55012398', 'AWS61840075'], None, 'ja')

# 019 survey, ISO-2022-JP, closure without saying anything about the merge
T19 = J(2025, 6, 23, 15, 46, 40)
t19 = '''鈴木 大輔 様

先日は AWS トレーニングと認定 にお問い合わせいただき、ありがとうございました。
受付番号 %s のお問い合わせは、解決済みとしてクローズいたしました。

今後のサービス改善のため、以下のアンケートにご協力いただけますと幸いです。

■ この回答はお役に立ちましたか？
　はい　　https://survey.aws.amazon.com/s/tnc?c=%s&v=1
　いいえ　https://survey.aws.amazon.com/s/tnc?c=%s&v=0

■ 担当者の対応について、ご意見・ご感想をお聞かせください（任意）
　https://survey.aws.amazon.com/s/tnc?c=%s&comment=1

クローズ後 14 日以内であれば、本メールにご返信いただくことでお問い合わせを再開できます。

AWS トレーニングと認定 カスタマーサービス
''' % (C3, C3, C3, C3)
m = part(t19, charset='iso-2022-jp', cte='7bit')
m = aws_mail(m, rcpt=U3, dt=T19, provider=BIGLOBE, subject=enc_subject('【AWS トレーニングと認定】お問い合わせ対応に関するアンケートのお願い', 'iso-2022-jp'))
save(19, 'close-anketo-jis', m, 'survey', C3, [], True, 'ja')

# 059 Credly: three badges issued, ISO-2022-JP
T59 = J(2025, 6, 25, 4, 30, 12)
t59 = '''鈴木 大輔 さん

Amazon Web Services Training and Certification から、3 件のバッジがあなた宛てに発行されました。

　・AWS Certified Solutions Architect - Professional
　・AWS Certified SysOps Administrator - Associate
　・AWS Certified Cloud Practitioner

バッジは受け取り操作をするまで公開されません。
以下のリンクから受け取りを完了してください。
https://www.credly.com/earner/earned?sort=most_recent

Credly チーム
'''
m = part(t59, charset='iso-2022-jp', cte='7bit')
m = credly_mail(m, rcpt=U3, dt=T59, provider=BIGLOBE,
                subject=enc_subject('3 件の新しいバッジを受け取ってください', 'iso-2022-jp'))
save(59, 'credly-sanken-jis', m, 'credly_badge_issued', None, [], True, 'ja')

# 020 Pearson VUE exam booking (Japanese) - unrelated, real non-AWS sender
T20 = J(2025, 7, 10, 21, 5, 33)
t20 = '''鈴木 大輔 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の試験のご予約を承りました。当日は本メールを印刷するか、画面でご提示いただけるようご準備ください。

試験名　　：AWS Certified Security - Specialty (SCS-C02) 日本語
試験主催者：Amazon Web Services
予約番号　：512845903
受験日時　：2025年8月2日（土）13:30（JST）
試験会場　：ピアソン VUE 公認テストセンター 神田会場
候補者 ID ：AWS55012398

■ 当日のお持ち物
　有効期限内の身分証明書 2 点（うち 1 点は顔写真付き）

■ 予約の変更・キャンセル
　受験日の 24 時間前までに、AWS 認定アカウントから手続きしてください。

Pearson VUE
'''
m = part(t20, charset='iso-2022-jp', cte='7bit')
m = other_mail(m, frm='Pearson VUE <pearsonvueconfirmation@pearson.com>', rcpt=U3, dt=T20, provider=BIGLOBE,
               from_dom='pearson.com', dkim_doms=['pearson.com'], mailfrom='bounce-%s@mail.pearson.com' % rnd(10, string.digits),
               helo='mta-%d.mail.pearson.com' % random.randint(10, 90), ip='198.2.%d.%d' % (random.randint(128, 190), random.randint(2, 250)),
               msgid='<%s.%s@pearson.com>' % (rnd(16, string.digits), rnd(8, string.ascii_lowercase)),
               subject=enc_subject('試験予約確認：AWS Certified Security - Specialty', 'iso-2022-jp'))
save(20, 'pearson-vue-yoyaku', m, 'unrelated', None, ['AWS55012398'], False, 'ja')

# ---------------------------------------------------------------- U4: 高橋 由美 (@nifty, Thunderbird), form case
U4 = 'yumi_t@nifty.com'
U4_OPEN = J(2025, 7, 7, 21, 30, 15)
C4 = caseid(U4_OPEN, '00362')

# 021 acknowledgement, UTF-8 8bit
t21 = '''高橋 由美 様

AWS トレーニングと認定 にお問い合わせいただきありがとうございます。
以下の番号でケースを作成いたしました。

ケース番号：%s
お問い合わせ内容：アカウント統合について
作成日時：2025/07/07 21:30（日本時間）

ご返信は担当者より順次お送りしております。
通常は 24 時間以内にご連絡いたしますが、混雑状況により前後する場合がございます。
このケースに関するご連絡は、件名を変えずに本メールへご返信ください。

AWS Training and Certification
''' % C4
m = part(t21, cte='8bit')
m = aws_mail(m, rcpt=U4, dt=U4_OPEN + timedelta(seconds=18), provider=NIFTY,
             subject=enc_subject('ケースを作成しました - AWS トレーニングと認定', prefix='[CASE %s] ' % C4))
save(21, 'case-sakusei-nifty-8bit', m, 'case_created', C4, [], True, 'ja')

# 022 confirmation request, casual-polite agent, long ISO-2022-JP subject split over several encoded words
T22 = J(2025, 7, 8, 14, 5, 40)
S4 = '認定アカウントが二重に作成されてしまったので一つにまとめたいです（高橋）'
t22 = '''高橋さん

こんにちは、AWS トレーニングと認定サポートの森です。
アカウントをまとめる準備が整いました！
作業の前に、念のため次の内容で合っているかだけ確認させてください。

　残すほう　　　→　ＡＷＳ２８８４６０１１
　まとめるほう　→　ＡＷＳ７３３０９２６４

一度まとめてしまうと、あとから元の 2 つに分けることはできません。
ＡＷＳ７３３０９２６４ で取得した資格は、すべて残すほうに引き継がれます。

問題なければ、このメールに「OK」とだけ返信いただければ大丈夫です。
返信をいただいてから作業を始めます。

森
AWS トレーニングと認定 サポート
'''
m = part(t22, charset='iso-2022-jp', cte='7bit')
m = aws_mail(m, rcpt=U4, dt=T22, provider=NIFTY, subject=enc_subject(S4, 'iso-2022-jp', prefix='RE:[CASE %s] ' % C4, maxlinelen=60))
save(22, 'ok-dake-henshin-kudasai', m, 'merge_confirmation_requested', C4, ['AWS28846011', 'AWS73309264'], True, 'ja')

# 023 "thanks for confirming, starting now", Thunderbird-ja quote with nested > >
T23 = J(2025, 7, 9, 9, 48, 3)
t23 = '''高橋さん

ご確認ありがとうございます！森です。
では、このまま手続きに入りますね。
終わりしだい、またこちらからご連絡します。

森

2025/07/08 22:14, 高橋 由美 wrote:
> 森様
>
> ご連絡ありがとうございます。
> 内容はそれで大丈夫です。OKです。
> よろしくお願いします。
>
> 高橋
>
> 2025/07/08 14:05, Amazon Web Services wrote:
''' + quote(t22, '> > ') + '\n'
m = part(t23, cte='quoted-printable')
m = aws_mail(m, rcpt=U4, dt=T23, provider=NIFTY, subject=enc_subject(S4, 'iso-2022-jp', prefix='RE:[CASE %s] ' % C4, maxlinelen=60))
save(23, 'tetsuzuki-ni-hairimasu-tb', m, 'support_reply', C4, [], True, 'ja')

# 024 closure that also says the merge is done, plus rating
T24 = J(2025, 7, 10, 17, 21, 56)
t24 = '''高橋さん

森です。お待たせしました！
アカウントの統合、終わりました。
AWS73309264 にあった資格と受験の記録は、すべて AWS28846011 のほうに入っています。
これからは AWS28846011 だけでサインインしてくださいね。

ということで、本件はこれでクローズとさせていただきます。
よろしければ、今回の対応について下のリンクから評価していただけるとうれしいです。

　対応に満足した：https://survey.aws.amazon.com/r/tc?c=%s&s=good
　満足しなかった：https://survey.aws.amazon.com/r/tc?c=%s&s=bad

森
AWS トレーニングと認定 サポート
''' % (C4, C4)
m = alt(part(t24, cte='quoted-printable'), part(html_of(t24), 'html', cte='quoted-printable'))
m = aws_mail(m, rcpt=U4, dt=T24, provider=NIFTY, subject=enc_subject(S4, 'iso-2022-jp', prefix='RE:[CASE %s] ' % C4, maxlinelen=60))
save(24, 'owarimashita-close', m, 'merge_completed', C4, ['AWS28846011', 'AWS73309264'], True, 'ja')

# 025 Credly badge, English, to a Japanese user
T25 = J(2025, 7, 12, 1, 3, 27)
t25 = '''Yumi, congratulations!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Data Engineer - Associate

Claim it so you can share it on LinkedIn, in your email signature, or anywhere you like.

Accept your badge:
https://www.credly.com/earner/earned/badge/7d2e9a41-0c6b-4f3e-b8a5-91fe3c20d6e4

Questions? Visit https://support.credly.com

Credly, Inc.
You received this email because a badge was issued to yumi_t@nifty.com.
'''
m = alt(part(t25, 'plain', 'us-ascii', '7bit'), part(html_of(t25).replace('Meiryo', 'Helvetica'), 'html', cte='quoted-printable'))
m = credly_mail(m, rcpt=U4, dt=T25, provider=NIFTY, subject='Yumi, you have a new badge from Amazon Web Services Training and Certification')
save(25, 'credly-accept-en', m, 'credly_badge_issued', None, [], True, 'en')

# 026 Credly expiry reminder, Japanese - unrelated
T26 = J(2026, 1, 15, 6, 0, 9)
t26 = '''高橋 由美 さん

お持ちのバッジ「AWS Certified Cloud Practitioner」の有効期限が近づいています。

有効期限：2026年2月14日

有効期限を過ぎると、バッジは「期限切れ」と表示されます。
再認定の方法については、発行元の Amazon Web Services Training and Certification の案内をご確認ください。

バッジを見る：https://www.credly.com/badges/5a1f0e3c-2b7d-4c89-9e61-0f3d7a2b8c14

Credly チーム
'''
m = alt(part(t26, cte='base64'), part(html_of(t26), 'html', cte='base64'))
m = credly_mail(m, rcpt=U4, dt=T26, provider=NIFTY, frm='Credly <admin@credly.com>',
                subject=enc_subject('バッジの有効期限が近づいています'))
save(26, 'credly-yuukoukigen', m, 'unrelated', None, [], True, 'ja')

# 051 Credly's own account-merge code - unrelated
T51 = J(2025, 7, 20, 22, 41, 2)
t51 = '''高橋 由美 さん

Credly アカウントの統合リクエストを受け付けました。
統合を完了するには、次の確認コードを入力してください。

確認コード：482913

または、以下のボタンから手続きを完了できます。
アカウントの統合を完了する：https://www.credly.com/users/merge/confirm?token=%s

このコードの有効期限は 30 分です。
このリクエストに心当たりがない場合は、このメールを無視してください。

Credly チーム
''' % rnd(40, string.ascii_lowercase + string.digits)
m = part(t51, cte='base64')
m = credly_mail(m, rcpt=U4, dt=T51, provider=NIFTY, frm='Credly <admin@credly.com>',
                subject=enc_subject('Credly アカウント統合の確認コード'))
save(51, 'credly-jibun-tougou-code', m, 'unrelated', None, [], True, 'ja')

# 041 look-alike phishing, not about the merge (billing) - unrelated
T41 = J(2025, 8, 4, 7, 12, 40)
t41 = '''AWS をご利用のお客様

お客様の AWS アカウントに登録されているお支払い方法で、決済を完了できませんでした。
48 時間以内にお支払い情報を更新いただけない場合、アカウントおよび認定資格の情報が一時停止されます。

▼お支払い情報の更新はこちら
https://aws-jp-billing-support.com/ja/console/billing/update?session=%s

※本メールは重要なお知らせのため、配信停止の設定にかかわらずお送りしています。

Amazon Web Services 請求センター
''' % rnd(24)
m = alt(part(t41, charset='shift_jis', cte='base64'), part(html_of(t41), 'html', cte='base64'))
m = other_mail(m, frm=enc_addr('AWS 請求センター', 'billing@aws-jp-billing-support.com'), rcpt=U4, dt=T41, provider=NIFTY,
               from_dom='aws-jp-billing-support.com', dkim_doms=['aws-jp-billing-support.com'],
               mailfrom='info@aws-jp-billing-support.com', helo='mail.aws-jp-billing-support.com', ip='45.137.%d.%d' % (random.randint(1, 250), random.randint(2, 250)),
               msgid='<%s@aws-jp-billing-support.com>' % rnd(20, string.ascii_lowercase + string.digits), dmarc='none',
               subject=enc_subject('【重要】お支払い情報の更新が必要です（AWS アカウント）', 'shift_jis'))
save(41, 'nise-seikyuu-phish', m, 'unrelated', None, [], False, 'ja')

# ---------------------------------------------------------------- U5: 伊藤 翔 (Yahoo! JAPAN mail), form case opened in English
U5 = 'sho_ito2@yahoo.co.jp'
U5_OPEN = J(2025, 9, 1, 12, 48, 33)
C5 = caseid(U5_OPEN, '00077')

# 027 acknowledgement in English
t27 = '''Hello,

Thank you for contacting AWS Training and Certification.

Your request has been logged under case %s. A member of our team will review it and get back to you, usually within 24 hours.

Summary of your submission
  Inquiry type: AWS Training and Certification
  Detail: Account Merge
  Candidate ID provided: aws46620915

If you need to add anything, please reply to this email and keep the case number in the subject line. Opening a new request for the same issue may delay our response.

Sincerely,
AWS Training and Certification Customer Service
''' % C5
m = alt(part(t27, 'plain', 'us-ascii', '7bit'), part(html_of(t27).replace('Meiryo', 'Arial'), 'html', cte='quoted-printable'))
m = aws_mail(m, rcpt=U5, dt=U5_OPEN + timedelta(seconds=12), provider=YAHOOJP,
             subject='[CASE %s] We have received your request - AWS Training and Certification' % C5)
save(27, 'request-logged-en', m, 'case_created', C5, ['AWS46620915'], True, 'en')

# 028 "we are checking, please wait", Japanese reply to an English case
T28 = J(2025, 9, 2, 15, 30, 12)
t28 = '''伊藤 翔 様

お問い合わせいただきありがとうございます。
AWS トレーニングと認定 カスタマーサポートの小川と申します。
英語でご連絡をいただきましたが、お名前から日本語でご案内させていただきます。英語でのやり取りをご希望の場合はお知らせください。

現在、ご登録いただいている情報をもとに、対象となるアカウントの確認を進めております。
確認には数日ほどお時間をいただく見込みでございます。
進展がございましたら、こちらからご連絡いたしますので、今しばらくお待ちいただけますと幸いです。

なお、同じ内容で新たにお問い合わせをいただきますと、確認作業が重複し、かえってお時間をいただくことになります。
追加のご連絡は本メールへのご返信にてお願いいたします。

小川
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社
'''
m = part(t28, cte='base64')
m = aws_mail(m, rcpt=U5, dt=T28, provider=YAHOOJP, subject=FORM_SUBJ % C5)
save(28, 'kakunin-chuu-omachi', m, 'support_reply', C5, [], True, 'ja')

# 029 confirmation request, HTML only, table with full-width ids
T29 = J(2025, 9, 3, 18, 2, 45)
h29 = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'メイリオ',Meiryo,sans-serif;font-size:14px">
<p>伊藤 翔 様</p>
<p>お待たせいたしました。小川でございます。<br>
確認の結果、下記 2 件のアカウントが伊藤様のものであることを確認いたしました。<br>
お手続きに先立ち、以下の内容でお間違いないかご確認をお願いいたします。</p>
<p><b>【統合内容のご確認】</b></p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eaeded"><th>区分</th><th>AWS 候補者 ID</th><th>登録メールアドレス</th></tr>
<tr><td>統合後に残るアカウント</td><td>ＡＷＳ４６６２０９１５</td><td>sho_ito2@yahoo.co.jp</td></tr>
<tr><td>統合されるアカウント</td><td>ＡＷＳ８００１７３４２</td><td>s.ito@tokai-net.example.jp</td></tr>
</table>
<p><b>【ご注意】</b></p>
<ul>
<li>お手続き実施後の取り消しはいたしかねます。</li>
<li>統合されるアカウントで取得された認定資格は、統合後に残るアカウントでご確認いただけるようになります。</li>
</ul>
<p>上記の内容でご承諾いただける場合は、その旨を本メールにご返信ください。<br>
ご返信をいただくまで、お手続きは行いません。</p>
<p>小川<br>AWS トレーニングと認定 カスタマーサポート<br>アマゾン ウェブ サービス ジャパン合同会社</p>
</body></html>
'''
m = part(h29, 'html', cte='quoted-printable')
m = aws_mail(m, rcpt=U5, dt=T29, provider=YAHOOJP, subject=FORM_SUBJ % C5)
save(29, 'shoudaku-negai-html-table', m, 'merge_confirmation_requested', C5, ['AWS46620915', 'AWS80017342'], True, 'ja')

# 030 minimal "移行いたしました", Yahoo-style original-message quote of the user's OK
T30 = J(2025, 9, 5, 11, 7, 19)
t30 = '''伊藤様

小川です。
AWS80017342 の認定情報を AWS46620915 へ移行いたしました。
お手数ですが、サインインのうえ内容をご確認くださいますようお願いいたします。

小川
AWS トレーニングと認定 カスタマーサポート

----- Original Message -----
From: 伊藤 翔 <sho_ito2@yahoo.co.jp>
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: 2025/9/4, Thu 08:15
Subject: ''' + (FORM_SUBJ % C5) + '''

小川様

ご確認ありがとうございます。
表の内容で問題ありませんので、手続きをお願いいたします。

伊藤
'''
m = part(t30, cte='quoted-printable')
m = aws_mail(m, rcpt=U5, dt=T30, provider=YAHOOJP, subject=FORM_SUBJ % C5)
save(30, 'ikou-itashimashita-short', m, 'merge_completed', C5, ['AWS46620915', 'AWS80017342'], True, 'ja')

# 031 survey, multipart/alternative whose parts differ (text part shorter)
T31 = J(2025, 9, 5, 11, 9, 2)
t31 = '''伊藤 翔 様

ケース %s はクローズされました。
お問い合わせ対応に関するアンケートにご協力ください。
https://survey.aws.amazon.com/r/tc?c=%s&lang=ja
''' % (C5, C5)
h31 = '''<html><body style="font-family:Meiryo,sans-serif">
<p>伊藤 翔 様</p>
<p>このたびは AWS トレーニングと認定 をご利用いただき、ありがとうございました。<br>
お問い合わせ（ケース %s）は対応を終了し、クローズいたしました。</p>
<h3 style="color:#232f3e">お問い合わせ対応に関するアンケート</h3>
<p>今回の担当者の対応はいかがでしたか？</p>
<p><a href="https://survey.aws.amazon.com/r/tc?c=%s&amp;lang=ja&amp;r=5">とても満足</a> |
<a href="https://survey.aws.amazon.com/r/tc?c=%s&amp;lang=ja&amp;r=4">満足</a> |
<a href="https://survey.aws.amazon.com/r/tc?c=%s&amp;lang=ja&amp;r=3">普通</a> |
<a href="https://survey.aws.amazon.com/r/tc?c=%s&amp;lang=ja&amp;r=2">不満</a> |
<a href="https://survey.aws.amazon.com/r/tc?c=%s&amp;lang=ja&amp;r=1">とても不満</a></p>
<p style="color:#687078;font-size:12px">いただいたご意見は、サービス品質の向上のためにのみ使用いたします。</p>
</body></html>
''' % (C5, C5, C5, C5, C5, C5)
m = alt(part(t31, cte='base64'), part(h31, 'html', cte='base64'))
m = aws_mail(m, rcpt=U5, dt=T31, provider=YAHOOJP, frm_addr=NOREPLY,
             subject=enc_subject('お問い合わせ対応アンケートのお願い（AWS トレーニングと認定）'))
save(31, 'anketo-alt-sabun', m, 'survey', C5, [], True, 'ja')

# 032 follow-up "do you still need help?", completion quoted beneath
T32 = J(2025, 9, 12, 10, 15, 44)
t32 = '''伊藤様

いつもお世話になっております。AWS トレーニングと認定の小川です。

先日のご連絡から一週間ほど経ちましたので、その後の状況を伺いたくご連絡いたしました。
認定資格の表示や Credly のバッジについて、気になる点はございませんでしょうか。

引き続きサポートが必要な場合は、本メールにご返信ください。
特に問題がなければ、ご返信には及びません。

小川

--- 2025/09/05 11:07 にお送りしたメッセージ ---
> ''' + quote(t30.split('----- Original Message -----')[0].rstrip()).lstrip('> ') + '\n'
m = part(t32, charset='iso-2022-jp', cte='7bit')
m = aws_mail(m, rcpt=U5, dt=T32, provider=YAHOOJP, subject=FORM_SUBJ % C5)
save(32, 'sonogo-ikaga-followup', m, 'support_reply', C5, [], True, 'ja')

# 053 Amazon Seller Central (amazon.co.jp) case, same subject style - unrelated, authentic non-AWS
T53 = J(2025, 10, 2, 9, 55, 30)
C53 = '6120458837'
t53 = '''出品者様

Amazon セラーサポートにお問い合わせいただき、ありがとうございます。

ご申請いただいたカテゴリー「ホーム＆キッチン」の出品許可につきまして、審査が完了いたしました。
本日より、当該カテゴリーで商品を出品していただけます。

ケース ID：%s

本件は解決済みとしてクローズいたします。
このたびの対応はお役に立ちましたか？
はい：https://sellercentral.amazon.co.jp/cu/case-dashboard/survey?caseID=%s&r=yes
いいえ：https://sellercentral.amazon.co.jp/cu/case-dashboard/survey?caseID=%s&r=no

どうぞよろしくお願いいたします。

Amazon.co.jp セラーサポート
''' % (C53, C53, C53)
m = part(t53, charset='shift_jis', cte='quoted-printable')
mid53 = ses_msgid(T53, 'ap-northeast-1.amazonses.com')
h53, ip53 = ses_host(True)
m = other_mail(m, frm=enc_addr('Amazon セラーセントラル', 'seller-notification@amazon.co.jp'), rcpt=U5, dt=T53, provider=YAHOOJP,
               from_dom='amazon.co.jp', dkim_doms=['amazon.co.jp', 'amazonses.com'], mailfrom=mid53.strip('<>'), helo=h53, ip=ip53,
               msgid=mid53, subject=enc_subject('出品許可申請の審査結果について', 'utf-8', prefix='RE:[CASE %s] ' % C53))
save(53, 'seller-central-case', m, 'unrelated', C53, [], False, 'ja')

# ---------------------------------------------------------------- U8: 山本 剛 (Google Workspace, kitaura-tech.jp), console case, 令和 dates
U8 = 't.yamamoto@kitaura-tech.jp'
U8_OPEN = J(2025, 10, 14, 9, 3, 51)
C8 = caseid(U8_OPEN, '00650')
S8 = 'AWS認定アカウント統合のお願い（山本）'

# 033 console case opened, Japanese
t33 = '''AWS サポートへのお問い合わせを受け付けました。
ケース番号 %s にて、お客様のお問い合わせを承っております。

------------------------------------------------------------
ケース ID　：%s
件名　　　：%s
重要度　　：低
連絡方法　：Web
言語　　　：日本語
------------------------------------------------------------

担当者からの回答は、サポートセンターに掲載され、このアドレス宛てにお知らせします。
ケースの確認・ご返信はこちら：
%s

このメールへの返信はお受けできません。

Amazon Web Services
''' % (C8, C8, S8, CONSOLE_LINK % C8)
m = part(t33, cte='quoted-printable')
m = aws_mail(m, rcpt=U8, dt=U8_OPEN + timedelta(seconds=27), provider='gmail', frm_addr=NOREPLY, tokyo=True,
             subject=enc_subject('Amazon Web Services: 新しいサポートケースを開きました: %s' % C8))
save(33, 'console-kaisetsu-workspace', m, 'case_created', C8, [], True, 'ja')

# 034 confirmation request; UTF-8 bytes under a wrong "us-ascii" label, 8bit
T34 = J(2025, 10, 15, 16, 40, 2)
t34 = '''山本 剛 様

AWS トレーニングと認定 サポートの佐々木でございます。
令和7年10月14日にお問い合わせいただいた件につきまして、ご連絡いたします。

【実施予定の内容】
■ 統合先（存続）：AWS35579102
■ 統合元（閉鎖）：AWS 91236684

【実施前にご確認いただきたいこと】
■ 統合元のアカウントで取得された認定資格および特典は、統合先へ引き継がれます。
■ 実施後に元の状態へ戻すことはできません。
■ 統合元のメールアドレス（yamamoto.tsuyoshi@example-mail.jp）は、以後サインインにご利用いただけません。

恐れ入りますが、上記の内容で差し支えないか、サポートセンターの本ケースよりご返答ください。
ご返答をいただいた後に作業を行います。

佐々木
AWS トレーニングと認定 サポート
アマゾン ウェブ サービス ジャパン合同会社
'''
m = part(t34, charset='utf-8', cte='8bit', label='us-ascii')
m = aws_mail(m, rcpt=U8, dt=T34, provider='gmail', frm_addr=NOREPLY, tokyo=True,
             subject=enc_subject(S8, prefix='RE:[CASE %s] ' % C8))
save(34, 'jisshi-yotei-wrong-charset', m, 'merge_confirmation_requested', C8, ['AWS35579102', 'AWS91236684'], True, 'ja')

# 058 reminder: no answer yet, do you still want this?
T58 = J(2025, 10, 20, 11, 0, 31)
t58 = '''山本 剛 様

AWS トレーニングと認定 サポートの佐々木です。

令和7年10月15日にお送りした確認のご依頼について、まだご返答を確認できておりません。
引き続きお手続きをご希望でしょうか。

ご希望の場合は、サポートセンターの本ケースからその旨をお知らせください。
お手続きが不要になった場合も、ひと言ご返信いただけますと助かります。
なお、7 日間ご返答がない場合、本ケースは自動的に終了となりますのでご了承ください。

佐々木
AWS トレーニングと認定 サポート
%s
''' % (CONSOLE_LINK % C8)
m = alt(part(t58, charset='iso-2022-jp', cte='7bit'), part(html_of(t58), 'html', cte='quoted-printable'))
m = aws_mail(m, rcpt=U8, dt=T58, provider='gmail', frm_addr=NOREPLY, tokyo=True,
             subject=enc_subject(S8, prefix='RE:[CASE %s] ' % C8))
save(58, 'go-henshin-saisoku', m, 'support_reply', C8, [], True, 'ja')

# 036 merge done, 【】 headings and ■ bullets, Shift_JIS text + UTF-8 HTML
T36 = J(2025, 10, 22, 14, 31, 9)
t36 = '''山本 剛 様

お世話になっております。佐々木でございます。
ご依頼いただいておりました件につきまして、ご報告申し上げます。

【対応結果】
■ 統合元：ＡＷＳ９１２３６６８４
■ 統合先：ＡＷＳ３５５７９１０２
■ 対応日：令和7年10月22日
■ 状態　：統合済み（統合元アカウントは閉鎖いたしました）

【今後のご利用について】
■ サインインには統合先のアカウントをご利用ください。
■ 認定資格の一覧および受験特典は、統合先のアカウントでご確認いただけます。
■ Credly のバッジは、数日以内に統合先のメールアドレス宛てに案内が届きます。

ご不明点がございましたら、サポートセンターの本ケースよりお知らせください。

佐々木
AWS トレーニングと認定 サポート
アマゾン ウェブ サービス ジャパン合同会社
'''
m = alt(part(t36, charset='shift_jis', cte='quoted-printable'), part(html_of(t36), 'html', cte='base64'))
m = aws_mail(m, rcpt=U8, dt=T36, provider='gmail', frm_addr=NOREPLY, tokyo=True,
             subject=enc_subject(S8, prefix='RE:[CASE %s] ' % C8))
save(36, 'taiou-kekka-houkoku', m, 'merge_completed', C8, ['AWS35579102', 'AWS91236684'], True, 'ja')

# 035 survey after resolution (console), no statement about the merge
T35 = J(2025, 10, 24, 3, 12, 40)
t35 = '''山本 剛 様

AWS サポートをご利用いただきありがとうございます。
ケース %s は「解決済み」になりました。

今回のサポートについて、ご意見をお聞かせください。
このケースの対応を評価する：
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&feedback=1

ケースの内容にご不明点が残っている場合は、サポートセンターからケースを再開できます。

Amazon Web Services
''' % (C8, C8)
m = alt(part(t35, cte='base64'), part(html_of(t35), 'html', cte='base64'))
m = aws_mail(m, rcpt=U8, dt=T35, provider='gmail', frm_addr=NOREPLY, tokyo=True,
             subject=enc_subject('ケース %s の対応についてご意見をお聞かせください' % C8))
save(35, 'kaiketsu-zumi-hyouka', m, 'survey', C8, [], True, 'ja')

# 037 another AWS support case: EC2 quota increase - unrelated, genuine AWS
T37O = J(2025, 11, 5, 13, 22, 48)
C37 = caseid(T37O, '00213')
T37 = J(2025, 11, 6, 10, 4, 16)
t37 = '''山本様

AWS サポートの岡田です。
お問い合わせいただいた EC2 のサービスクォータ引き上げについてご連絡いたします。

【対象】
■ リージョン：アジアパシフィック（東京）ap-northeast-1
■ クォータ：Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
■ 変更前：64 vCPU
■ 変更後：256 vCPU

ご申請の内容で引き上げの処理が完了いたしました。
反映までに最大 30 分ほどかかる場合がございます。Service Quotas コンソールにて現在の値をご確認ください。

ほかにご質問がございましたら、本ケースにてお知らせください。

岡田
Amazon Web Services
'''
m = part(t37, cte='quoted-printable')
m = aws_mail(m, rcpt=U8, dt=T37, provider='gmail', frm_addr=NOREPLY, tokyo=True,
             subject=enc_subject('EC2 vCPU 上限緩和申請（東京リージョン）', prefix='RE:[CASE %s] ' % C37))
save(37, 'ec2-quota-hikiage', m, 'unrelated', C37, [], True, 'ja')

# 052 AWS Builder ID verification code - unrelated, genuine AWS family (signin.aws)
T52 = J(2025, 11, 10, 20, 33, 1)
t52 = '''AWS Builder ID の確認コード

AWS Builder ID の登録を完了するには、次の確認コードを入力してください。

確認コード：739204

このコードの有効期限は 10 分です。
このリクエストに心当たりがない場合は、このメールを無視してかまいません。

Amazon Web Services
'''
m = alt(part(t52, cte='quoted-printable'), part(html_of(t52), 'html', cte='quoted-printable'))
mid52 = ses_msgid(T52)
h52, ip52 = ses_host()
m = other_mail(m, frm='AWS <no-reply@signin.aws>', rcpt=U8, dt=T52, provider='gmail', from_dom='signin.aws',
               dkim_doms=['signin.aws', 'amazonses.com'], mailfrom=mid52.strip('<>'), helo=h52, ip=ip52, msgid=mid52,
               gmail_policy='REJECT', subject=enc_subject('AWS Builder ID の確認コード'))
save(52, 'builder-id-code', m, 'unrelated', None, [], True, 'ja')

# 055 AWS Summit Japan announcement - unrelated, genuine amazon.com marketing
T55 = J(2026, 4, 8, 11, 0, 0)
t55 = '''山本 剛 様

いつも AWS をご利用いただきありがとうございます。
今年も AWS Summit Japan を開催いたします。本日より参加登録の受付を開始しました。

■ 開催日：2026年6月25日（木）・26日（金）
■ 会場：幕張メッセ（オンライン配信あり）
■ 参加費：無料（事前登録制）

AWS 認定資格をお持ちの方向けに、認定者限定ラウンジもご用意しています。
ご来場の際は、Credly のバッジまたは認定証をご提示ください。

▼ 参加登録はこちら
https://aws.amazon.com/jp/summits/japan/?trk=em_jp_summit_2026

配信停止をご希望の場合は、こちらから手続きしてください：https://pages.awscloud.com/communication-preferences

アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
'''
m = alt(part(t55, cte='quoted-printable'), part(html_of(t55), 'html', cte='quoted-printable'))
mid55 = ses_msgid(T55)
h55, ip55 = ses_host()
m = other_mail(m, frm=enc_addr('アマゾン ウェブ サービス', 'aws-marketing-email-replies@amazon.com'), rcpt=U8, dt=T55, provider='gmail',
               from_dom='amazon.com', dkim_doms=['amazon.com', 'amazonses.com'], mailfrom=mid55.strip('<>'), helo=h55, ip=ip55, msgid=mid55,
               gmail_policy='QUARANTINE', subject=enc_subject('【AWS Summit Japan 2026】参加登録の受付を開始しました'),
               extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences?id=%s>' % rnd(16)),
                      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])
save(55, 'aws-summit-annai', m, 'unrelated', None, [], True, 'ja')

# 056 Pearson VUE reschedule, Shift_JIS - unrelated
T56 = J(2026, 2, 18, 19, 47, 22)
t56 = '''山本 剛 様

Pearson VUE をご利用いただきありがとうございます。
以下のとおり、試験の予約変更を承りました。

■ 試験　　：AWS Certified DevOps Engineer - Professional (DOP-C02)
■ 変更前　：2026年3月7日（土）10:00
■ 変更後　：2026年3月21日（土）14:30
■ 受験方法：OnVUE（オンライン監督試験）
■ 登録ID　：AWS35579102

受験開始時刻の 30 分前からチェックインが可能です。
予約の確認・変更は、AWS 認定アカウントの「試験の予約」から行ってください。

Pearson VUE カスタマーサービス
'''
m = part(t56, charset='shift_jis', cte='base64')
m = other_mail(m, frm='Pearson VUE <pearsonvueconfirmation@pearson.com>', rcpt=U8, dt=T56, provider='gmail',
               from_dom='pearson.com', dkim_doms=['pearson.com'], mailfrom='bounce-%s@mail.pearson.com' % rnd(10, string.digits),
               helo='mta-%d.mail.pearson.com' % random.randint(10, 90), ip='198.2.%d.%d' % (random.randint(128, 190), random.randint(2, 250)),
               msgid='<%s.%s@pearson.com>' % (rnd(16, string.digits), rnd(8, string.ascii_lowercase)), gmail_policy='REJECT',
               subject=enc_subject('試験予約の変更確認 - Pearson VUE', 'shift_jis'))
save(56, 'pearson-yoyaku-henkou-sjis', m, 'unrelated', None, ['AWS35579102'], False, 'ja')

# ---------------------------------------------------------------- other Japanese mail: billing case, phishing, internal notice
# 038 billing case on an older-format 11-digit case (Office 365 recipient) - unrelated, genuine AWS
C38 = '12884031957'
T38 = J(2025, 7, 1, 16, 20, 44)
t38 = '''佐藤 美咲 様

AWS 請求およびアカウントサポートの西田です。
請求書の宛名変更についてお問い合わせいただき、ありがとうございます。

ご依頼の内容に沿って、以下のとおり変更いたしました。
　変更前：星野システム株式会社 情報システム部
　変更後：星野システムズ株式会社 クラウド推進室

7 月分以降の請求書から新しい宛名で発行されます。
発行済みの請求書を再発行する必要がございましたら、本ケースにてお知らせください。

西田
Amazon Web Services 請求およびアカウントサポート
'''
m = alt(part(t38, cte='base64'), part(html_of(t38), 'html', cte='base64'))
m = aws_mail(m, rcpt=U2, dt=T38, provider='o365', frm_addr=NOREPLY, tokyo=True,
             subject=enc_subject('請求書の宛名変更について', prefix='RE:[CASE %s] ' % C38))
save(38, 'seikyuusho-atena-henkou', m, 'unrelated', C38, [], True, 'ja')

# 039 phishing: look-alike domain asks to "confirm the merge" by signing in - kind stays confirmation request
T39 = J(2025, 5, 28, 12, 40, 5)
C39 = caseid(J(2025, 5, 27, 10, 6, 28), '00412')
t39 = '''AWS 認定をご利用のお客様

AWS トレーニングと認定 サポートセンターです。
お客様のお名前で登録された認定アカウントが複数見つかりました。以下の 2 件を 1 つに統合する手続きを準備しております。

【統合予定のアカウント】
■ 存続：ＡＷＳ１９０２８４７７
■ 統合：ＡＷＳ５５３１０９８２

統合は取り消しができないため、実施前にご本人様の確認が必要です。
24 時間以内に下記ページへサインインし、統合内容を承認してください。
期限までに承認いただけない場合、両方のアカウントが一時的にロックされます。

▼ 統合内容を確認する
https://aws-certification-jp.com/account/merge/confirm?case=%s

AWS トレーニングと認定 サポートセンター
''' % C39
m = alt(part(t39, cte='quoted-printable'), part(html_of(t39), 'html', cte='quoted-printable'))
m = other_mail(m, frm=enc_addr('AWS トレーニングと認定', 'support@aws-certification-jp.com'), rcpt=U1, dt=T39, provider='gmail',
               from_dom='aws-certification-jp.com', dkim_doms=['aws-certification-jp.com'], mailfrom='bounce@mail.aws-certification-jp.com',
               helo='mail.aws-certification-jp.com', ip='103.75.%d.%d' % (random.randint(1, 250), random.randint(2, 250)),
               msgid='<%s@aws-certification-jp.com>' % rnd(24, string.ascii_lowercase + string.digits),
               subject=enc_subject('【要対応】認定アカウント統合のご本人確認', prefix='[CASE %s] ' % C39))
save(39, 'nise-tougou-kakunin-lookalike', m, 'merge_confirmation_requested', C39, ['AWS19028477', 'AWS55310982'], False, 'ja')

# 042 phishing: fake "merge finished, activate your account" (Office 365, look-alike, compauth fail)
T42 = J(2025, 6, 10, 8, 3, 51)
C42 = caseid(J(2025, 6, 9, 18, 12, 0), '00871')
t42 = '''お客様各位

ご依頼いただいた認定アカウントの統合処理が完了いたしました。
統合後のアカウントを引き続きご利用いただくには、72 時間以内に再認証が必要です。

▼ 再認証はこちら
https://amazon-aws-certification.net/jp/signin?ref=merge_done&case=%s

再認証が行われない場合、統合後のアカウントに保存された認定資格が無効となる場合があります。

AWS 認定サポート
''' % C42
m = part(t42, charset='shift_jis', cte='quoted-printable')
ar42 = o365_ar('185.212.11.87', 'amazon-aws-certification.net', [],
               'amazon-aws-certification.net', dmarc='none', compauth='fail reason=001', action='none')
m = other_mail(m, frm=enc_addr('AWS認定サポート', 'no-reply@amazon-aws-certification.net'), rcpt=U2, dt=T42, provider='o365',
               from_dom='amazon-aws-certification.net', dkim_doms=[], mailfrom='no-reply@amazon-aws-certification.net',
               helo='vps-%d.amazon-aws-certification.net' % random.randint(100, 999), ip='185.212.11.87', ar_override=ar42,
               msgid='<%s@amazon-aws-certification.net>' % rnd(20, string.ascii_lowercase + string.digits), dkim='none',
               subject=enc_subject('アカウント統合完了のお知らせ', 'iso-2022-jp', prefix='[CASE %s] ' % C42))
save(42, 'nise-kanryou-saininshou', m, 'merge_completed', C42, [], False, 'ja')

# 054 internal notice written with Becky!, on-prem server without Authentication-Results - unrelated
T54 = J(2026, 3, 3, 9, 15, 2)
t54 = '''AWS チームの皆さん

お疲れさまです。総務の森です。

【社内連絡】AWS 認定資格の登録について

今期の資格手当の申請を受け付けます。以下をご確認のうえ、3 月 19 日までに申請してください。

■ 申請に必要なもの
　・AWS 認定の候補者 ID（例：ＡＷＳ０１２３４５６７ のように「AWS」＋数字 8 桁）
　・Credly のバッジの公開 URL
■ 認定アカウントが 2 つ以上ある方
　・先に AWS のサポートで統合を済ませ、統合後の ID で申請してください。
　・統合が済むまで手当の対象にできませんので、早めの手続きをお願いします。
■ 申請先
　・社内ポータル「資格手当申請」

不明点は森までご連絡ください。

--
森 恵子 <k.mori@ncs-soft.co.jp>
株式会社エヌシーエスソフト 総務部
'''
m = part(t54, charset='iso-2022-jp', cte='7bit')
tr = [('Received', 'from [192.168.10.41] (unknown [192.168.10.41])\n\tby mail.ncs-soft.co.jp (Postfix) with ESMTPSA id 4cF%s;\n\t%s' % (
        rnd(7, string.ascii_uppercase + string.digits), format_datetime(T54 + timedelta(seconds=2))))]
m = build(m, frm=enc_addr('森 恵子', 'k.mori@ncs-soft.co.jp', 'iso-2022-jp'), to='aws-team@ncs-soft.co.jp',
          subject=enc_subject('【社内連絡】AWS認定資格の登録について', 'iso-2022-jp'), date=T54,
          msgid='<20260303091502.%s.k.mori@ncs-soft.co.jp>' % rnd(4, string.digits + 'ABCDEF'), transport=tr,
          extra=[('X-Mailer', 'Becky! ver. 2.81.05 [ja]')])
m._headers[0:0] = [('Return-Path', '<k.mori@ncs-soft.co.jp>'), ('X-Original-To', 'aws-team@ncs-soft.co.jp'), ('Delivered-To', 't.hayashi@ncs-soft.co.jp')]
save(54, 'shanai-renraku-becky', m, 'unrelated', None, ['AWS01234567'], None, 'ja')

# ---------------------------------------------------------------- U6: Priya Raman (Gmail), console case, English
U6 = 'priya.raman.cloud@gmail.com'
U6_OPEN = datetime(2025, 11, 18, 8, 14, 5, tzinfo=UTC)
C6 = caseid(U6_OPEN, '00589')
S6 = 'Merge two AWS Certification accounts'
CONSOLE_EN = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en'

# 043 console: case opened
t43 = '''Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: I have two certification accounts (one created with my old employer's email). Please combine them.

You can view and respond to your case in the Support Center:
%s

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, use the link above.

Amazon Web Services
''' % (C6, C6, S6, CONSOLE_EN % C6)
m = part(t43, 'plain', 'utf-8', 'quoted-printable')
m = aws_mail(m, rcpt=U6, dt=U6_OPEN + timedelta(seconds=20), provider='gmail', frm_addr=NOREPLY,
             subject='Amazon Web Services: You have opened a new Support case: %s' % C6)
save(43, 'console-opened-en', m, 'case_created', C6, [], True, 'en')

# 044 confirmation request, ids with space / dash / lower case
T44 = datetime(2025, 11, 19, 17, 2, 48, tzinfo=UTC)
t44 = '''Hello Priya,

Thank you for your patience. My name is Daniel and I'll be handling your request.

I located both profiles. Before I go ahead, please check that the following is what you want:

 - Profile you will keep using: AWS 61203348 (priya.raman.cloud@gmail.com)
 - Profile that will be folded into it and then deactivated: aws-88410276 (p.raman@northwind-analytics.com)

All certifications, exam history and benefits on aws-88410276 will be carried over. Please be aware that this action is permanent; once done, the two profiles cannot be separated again.

If everything above is correct, please reply to this case from the Support Center and let me know. I won't make any changes until I hear back from you.

Best regards,

Daniel M.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
To see all the correspondence for this case, visit: %s
''' % (CONSOLE_EN % C6)
m = alt(part(t44, 'plain', 'utf-8', '7bit'), part(html_of(t44).replace('Meiryo', 'Arial'), 'html', cte='quoted-printable'))
m = aws_mail(m, rcpt=U6, dt=T44, provider='gmail', frm_addr=NOREPLY, subject='RE:[CASE %s] %s' % (C6, S6))
save(44, 'please-check-before-i-go-ahead', m, 'merge_confirmation_requested', C6, ['AWS61203348', 'AWS88410276'], True, 'en')

# 045 done + rating (paraphrased)
T45 = datetime(2025, 11, 21, 9, 40, 3, tzinfo=UTC)
t45 = '''Hello Priya,

Good news: everything that was recorded under aws-88410276 (certifications, exam history and your unused exam benefit) now lives under AWS61203348, and the older profile has been retired.

From now on please sign in with AWS61203348 only. Your Credly badges should follow within a few business days.

Best regards,

Daniel M.
Amazon Web Services

===================================================
How did we do? Let us know by rating this correspondence:
%s&rate=true
===================================================
''' % (CONSOLE_EN % C6)
m = part(t45, 'plain', 'utf-8', 'base64')
m = aws_mail(m, rcpt=U6, dt=T45, provider='gmail', frm_addr=NOREPLY, subject='RE:[CASE %s] %s' % (C6, S6))
save(45, 'now-lives-under-retired', m, 'merge_completed', C6, ['AWS61203348', 'AWS88410276'], True, 'en')

# 046 survey: resolved, no merge statement
T46 = datetime(2025, 11, 24, 9, 41, 10, tzinfo=UTC)
t46 = '''Hello,

Your support case %s has been resolved. If the issue persists, you can reopen the case from the Support Center within 14 days.

How did we do?
Was your issue resolved?   YES: %s&resolved=yes   NO: %s&resolved=no

Thank you for using Amazon Web Services.
''' % (C6, CONSOLE_EN % C6, CONSOLE_EN % C6)
h46 = '''<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p><p>Your support case <b>%s</b> has been resolved. If the issue persists, you can reopen the case from the Support Center within 14 days.</p>
<h3>How did we do?</h3><p>Was your issue resolved?</p>
<p><a href="%s&amp;resolved=yes" style="padding:6px 20px;background:#ec7211;color:#fff">YES</a> <a href="%s&amp;resolved=no" style="padding:6px 20px;background:#545b64;color:#fff">NO</a></p>
<p>Thank you for using Amazon Web Services.</p></body></html>
''' % (C6, CONSOLE_EN % C6, CONSOLE_EN % C6)
m = alt(part(t46, 'plain', 'us-ascii', '7bit'), part(h46, 'html', 'utf-8', 'quoted-printable'))
m = aws_mail(m, rcpt=U6, dt=T46, provider='gmail', frm_addr=NOREPLY, subject='Your AWS Support case %s has been resolved' % C6)
save(46, 'case-resolved-how-did-we-do', m, 'survey', C6, [], True, 'en')

# 047 Credly badge, English
T47 = datetime(2025, 11, 25, 14, 5, 31, tzinfo=UTC)
t47 = '''Priya, your badge is ready.

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Machine Learning Engineer - Associate

Accept your badge to add it to your Credly profile and share it with your network:
https://www.credly.com/earner/earned/badge/c0a4f2d1-6e38-4b9a-9f57-3d81e6b20a95

Credly, Inc. | 100 Pine Street, Suite 1250, San Francisco, CA 94111
Manage email preferences: https://www.credly.com/earner/settings/notifications
'''
m = alt(part(t47, 'plain', 'us-ascii', '7bit'), part(html_of(t47).replace('Meiryo', 'Helvetica'), 'html', cte='quoted-printable'))
m = credly_mail(m, rcpt=U6, dt=T47, provider='gmail', subject='Priya, accept your new badge from Amazon Web Services Training and Certification')
save(47, 'credly-badge-ready-en', m, 'credly_badge_issued', None, [], True, 'en')

# 048 GitHub "merged" notification - unrelated
T48 = datetime(2025, 12, 2, 18, 30, 55, tzinfo=UTC)
t48 = '''Merged #214 into main.

Normalise candidate IDs before matching

This PR makes the tracker accept `aws-12345678`, `AWS 12345678` and full-width input, and stores them as `AWS12345678`.
Also merges duplicate certification rows that point to the same candidate.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-analytics/cert-tracker/pull/214#event-15530921877
You are receiving this because you authored the thread.
'''
m = alt(part(t48, 'plain', 'utf-8', '7bit'), part(html_of(t48).replace('Meiryo', 'Arial'), 'html', cte='quoted-printable'))
m = other_mail(m, frm='Kenji Watanabe <notifications@github.com>', rcpt=U6, dt=T48, provider='gmail', from_dom='github.com',
               dkim_doms=['github.com'], mailfrom='noreply@github.com', helo='out-27.smtp.github.com', ip='192.30.252.210',
               msgid='<northwind-analytics/cert-tracker/pull/214/issue_event/15530921877@github.com>', gmail_policy='REJECT',
               to='northwind-analytics/cert-tracker <cert-tracker@noreply.github.com>',
               in_reply_to='<northwind-analytics/cert-tracker/pull/214@github.com>', references='<northwind-analytics/cert-tracker/pull/214@github.com>',
               subject='Re: [northwind-analytics/cert-tracker] Normalise candidate IDs before matching (PR #214)',
               extra=[('X-GitHub-Reason', 'author'), ('List-ID', 'northwind-analytics/cert-tracker <cert-tracker.northwind-analytics.github.com>')])
save(48, 'github-pr-merged', m, 'unrelated', None, ['AWS12345678'], False, 'en')

# 040 phishing: spoofed amazon.com From, top Gmail verdict dmarc=fail, a forged "pass" header lower down
T40 = datetime(2025, 11, 20, 3, 11, 9, tzinfo=UTC)
C40 = caseid(datetime(2025, 11, 19, 22, 5, 0, tzinfo=UTC), '00377')
t40 = '''Dear Candidate,

We are reaching out regarding your request to consolidate AWS Certification accounts.

Accounts identified:
  Primary: AWS 20931174
  Secondary: AWS-64410958

Because the consolidation cannot be reversed, we need you to confirm it within 24 hours. Please sign in with your AWS Certification credentials at the secure link below and approve the merge:

https://aws-certmetrics-verify.com/merge/approve?c=%s

If we do not receive your confirmation, both accounts may be suspended.

Regards,
AWS Training and Certification
''' % C40
m = part(t40, 'plain', 'utf-8', 'quoted-printable')
ip40 = '91.92.%d.%d' % (random.randint(1, 250), random.randint(2, 250))
ar40 = auth_gmail([], 'postmaster@mx1.bulk-relay.net', ip40, 'amazon.com', dmarc='fail', spf='pass', pol='QUARANTINE')
forged = [('Authentication-Results', 'mx.amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com'),
          ('Received', 'from smtp-out.amazon.com (smtp-out.amazon.com [54.240.8.10]) by mx.amazon.com with ESMTPS id 1a2b3c4d; %s' % format_datetime(T40 - timedelta(seconds=40)))]
m = other_mail(m, frm='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', rcpt=U6, dt=T40, provider='gmail',
               from_dom='amazon.com', dkim_doms=[], mailfrom='postmaster@mx1.bulk-relay.net', helo='mx1.bulk-relay.net', ip=ip40,
               msgid='<%s@mx1.bulk-relay.net>' % rnd(18, string.digits + 'abcdef'), ar_override=ar40, sig=forged,
               subject='RE:[CASE %s] Action required: confirm your certification account merge' % C40)
save(40, 'spoofed-amazon-dmarc-fail', m, 'merge_confirmation_requested', C40, ['AWS20931174', 'AWS64410958'], False, 'en')

# ---------------------------------------------------------------- U7: Mark Jensen (Outlook.com), form case, English
U7 = 'mark.jensen@outlook.com'
U7_OPEN = datetime(2026, 1, 12, 14, 22, 10, tzinfo=UTC)
C7 = caseid(U7_OPEN, '00045')
t7req = '''Hello Mark,

Thank you for reaching out to AWS Training and Certification. I'm Sofia and I'll be helping you today.

Here is what we plan to do:
Surviving account: AWS20558731
Account to be merged into it: AWS77104926

Please note that merging is irreversible. Once completed, AWS77104926 can no longer be used to sign in.

Kindly reply to this email to confirm you would like us to proceed.

Best regards,
Sofia R.
AWS Training and Certification'''

# 049 "thank you for confirming, we will now proceed", Outlook From:/Sent: blocks beneath
T49 = datetime(2026, 1, 13, 19, 5, 40, tzinfo=UTC)
t49 = '''Hello Mark,

Thank you for confirming. I have passed the request to our internal team and we will now proceed. I will update this case as soon as it has been processed, which usually takes one to three business days.

Best regards,
Sofia R.
AWS Training and Certification

________________________________
From: Mark Jensen <mark.jensen@outlook.com>
Sent: Tuesday, January 13, 2026 9:02 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Sofia,

The details are correct. Please proceed with the merge.

Thanks,
Mark
________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, January 12, 2026 11:47 PM
To: mark.jensen@outlook.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

''' % (C7, C7) + t7req + '\n'
m = part(t49, 'plain', 'utf-8', 'quoted-printable')
m = aws_mail(m, rcpt=U7, dt=T49, provider='o365', subject=FORM_SUBJ % C7)
save(49, 'we-will-now-proceed-outlook', m, 'support_reply', C7, [], True, 'en')

# 060 closure that also says the merge is done (no "merge completed" wording)
T60 = datetime(2026, 1, 15, 10, 12, 4, tzinfo=UTC)
t60 = '''Hello Mark,

Your two certification profiles are now one. Everything previously held under AWS77104926, including exam history and active certifications, has been moved to AWS20558731, and AWS77104926 has been deactivated.

As there is nothing further pending, I am closing this case. If you have a moment, please tell us how we did using the survey link below.

https://survey.aws.amazon.com/r/tc?c=%s

Best regards,
Sofia R.
AWS Training and Certification
''' % C7
m = alt(part(t60, 'plain', 'utf-8', 'quoted-printable'), part(html_of(t60).replace('Meiryo', 'Arial'), 'html', cte='base64'))
m = aws_mail(m, rcpt=U7, dt=T60, provider='o365', subject=FORM_SUBJ % C7)
save(60, 'profiles-are-now-one-closing', m, 'merge_completed', C7, ['AWS20558731', 'AWS77104926'], True, 'en')

# 050 CertMetrics survey - unrelated
T50 = datetime(2026, 2, 3, 16, 0, 0, tzinfo=UTC)
t50 = '''Dear Mark Jensen,

AWS Certification wants to hear from you!

As a recently certified individual (Candidate ID: AWS20558731), your opinion helps us improve the certification experience. The survey takes about 10 minutes.

Take the survey: https://www.certmetrics.com/amazon/survey.aspx?s=%s

Thank you,
AWS Certification

This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this email.
''' % rnd(12, string.digits)
m = part(t50, 'plain', 'us-ascii', '7bit')
m = other_mail(m, frm='AWS Certification <do-not-reply@certmetrics.com>', rcpt=U7, dt=T50, provider='o365', from_dom='certmetrics.com',
               dkim_doms=['certmetrics.com'], mailfrom='bounces@certmetrics.com', helo='mail%d.certmetrics.com' % random.randint(1, 9),
               ip='13.111.%d.%d' % (random.randint(1, 250), random.randint(2, 250)),
               msgid='<%s@certmetrics.com>' % rnd(24, string.ascii_uppercase + string.digits),
               subject='AWS Certification wants to hear from you')
save(50, 'certmetrics-wants-to-hear', m, 'unrelated', None, ['AWS20558731'], False, 'en')

# ==== FINISH
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
print('wrote', len(LABELS))
