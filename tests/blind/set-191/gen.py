#!/usr/bin/env python3
"""Generator for blind set 191: AWS Certification account-merge mailbox.
Emphasis: completions and look-alikes, half Japanese."""
import os, json, random, base64, quopri, html, re
import datetime as dt
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import format_datetime
from email.policy import compat32

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(191)
LABELS = {}
COUNTER = [0]
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
CET = dt.timezone(dt.timedelta(hours=2))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))


def T(s, tz=UTC):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def hexs(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def b64s(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rnd.choice(a) for _ in range(n))


def case15(opened):
    return '%d%05d' % (int(opened.timestamp()), rnd.randint(0, 99999))


def ses_id(d, host='email.amazonses.com', pfx='0100'):
    ms = int(d.timestamp() * 1000)
    return '<%s%012x-%s-%s-%s-%s-%s-000000@%s>' % (
        pfx, ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), host)


def ses_mailfrom(d, pfx='0100'):
    ms = int(d.timestamp() * 1000)
    return '%s%012x-%s-%s-%s-%s-%s-000000@amazonses.com' % (
        pfx, ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def rfc(d):
    return format_datetime(d)


# ---------------------------------------------------------------- parts
def part(text, sub='plain', cs='utf-8', cte='quoted-printable', codec=None):
    """A text part. cs is the label written in Content-Type; codec the codec
    really used for the bytes (lets us write a wrong label on purpose)."""
    raw = text.encode(codec or cs)
    p = MIMENonMultipart('text', sub)
    p.set_param('charset', cs)
    if cte == 'quoted-printable':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    elif cte == 'base64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == '7bit':
        p.set_payload(raw.decode('ascii'))
    elif cte == '8bit':
        p.set_payload(raw.decode('ascii', 'surrogateescape'))
    p['Content-Transfer-Encoding'] = cte
    del p['MIME-Version']
    return p


def alt(*parts):
    m = MIMEMultipart('alternative', boundary='----=_Part_%d_%d.%d' % (
        rnd.randint(100000, 999999), rnd.randint(1000000, 9999999), rnd.randint(10**12, 10**13)))
    for p in parts:
        del p['MIME-Version']
        m.attach(p)
    return m


def mixed(*parts, boundary=None):
    m = MIMEMultipart('mixed', boundary=boundary or ('000000000000' + hexs(16)))
    for p in parts:
        del p['MIME-Version']
        m.attach(p)
    return m


def attachment(data, ctype, name):
    main, sub = ctype.split('/')
    p = MIMENonMultipart(main, sub, name=name)
    p.set_payload(base64.encodebytes(data).decode('ascii'))
    p['Content-Transfer-Encoding'] = 'base64'
    p['Content-Disposition'] = 'attachment; filename="%s"' % name
    del p['MIME-Version']
    return p


def to_html(text, style='aws', lang='en'):
    """Render plain text into a simple HTML mail template; lines starting
    with '>' become blockquotes."""
    out, quote = [], []
    def flush_quote():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + '<br>\n'.join(html.escape(q) for q in quote) + '</blockquote>')
            quote.clear()
    for para in text.split('\n\n'):
        lines = para.split('\n')
        plain = []
        for ln in lines:
            if ln.startswith('>'):
                if plain:
                    out.append('<p>' + '<br>\n'.join(html.escape(x) for x in plain) + '</p>')
                    plain = []
                quote.append(ln.lstrip('> ').rstrip())
            else:
                flush_quote()
                plain.append(ln)
        flush_quote()
        if plain:
            out.append('<p>' + '<br>\n'.join(html.escape(x) for x in plain) + '</p>')
    body = '\n'.join(out)
    if style == 'aws':
        return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<title>Amazon Web Services</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
                '<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#232f3e;padding:12px 20px">'
                '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>'
                '<tr><td style="padding:20px">\n%s\n</td></tr></table>\n</body></html>\n') % (lang, body)
    if style == 'gmail':
        return '<div dir="ltr">%s</div>\n' % body
    if style == 'outlook':
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
                '<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n%s\n</div></body></html>\n') % body
    return '<html><body>%s</body></html>\n' % body


# ---------------------------------------------------------------- headers
def dkim(domain, sel, d, h='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Message-ID:Date'):
    return ('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s' % (
        sel, domain, int(d.timestamp()), h, b64s(43), b64s(76), b64s(92)))


AMZ_SEL = 'rjt5ndd5k6ndihvvyyxurqbhhbq7jcfh'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def ses_ip():
    return '54.240.%d.%d' % (rnd.choice([8, 9, 48, 27]), rnd.randint(10, 250))


def gmail_transport(to, d, mailfrom, ip, helo, ar, arc=True):
    """Headers Gmail adds on delivery, top first. ar: body of A-R after authserv-id."""
    hs = []
    d1 = d + dt.timedelta(seconds=rnd.randint(1, 4))
    hs.append(('Delivered-To', to))
    hs.append(('Received', 'by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
        hexs(4), hexs(3), hexs(3), hexs(4), b64s(10).replace('/', 'x').replace('+', 'y'), rfc(d1.astimezone(dt.timezone(dt.timedelta(hours=-7)))).replace('-0700', '-0700 (PDT)'))))
    hs.append(('X-Google-Smtp-Source', 'AGHT+I' + b64s(70)))
    hs.append(('X-Received', 'by 2002:a05:620a:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
        hexs(4), hexs(3), hexs(3), hexs(4), 'af79cd13be357-7c' + hexs(6) + 'a', rnd.randint(10, 99), rnd.randint(10**11, 10**12), rfc(d1.astimezone(dt.timezone(dt.timedelta(hours=-7)))).replace('-0700', '-0700 (PDT)'))))
    if arc:
        hs.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==' % (int(d.timestamp()), b64s(70), b64s(60))))
        hs.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s==' % (b64s(43), b64s(43), b64s(70))))
        hs.append(('ARC-Authentication-Results', 'i=1; mx.google.com;\n       ' + ar))
    hs.append(('Return-Path', '<%s>' % mailfrom))
    hs.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
        helo, helo, ip, b64s(8).replace('/', 'k').replace('+', 'p') + hexs(6), rnd.randint(10, 99), rnd.randint(1, 9), rnd.randint(10**11, 10**12), to, rfc(d.astimezone(dt.timezone(dt.timedelta(hours=-7)))).replace('-0700', '-0700 (PDT)'))))
    spf_dom = mailfrom.split('@')[1]
    hs.append(('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip)))
    hs.append(('Authentication-Results', 'mx.google.com;\n       ' + ar))
    return hs


def gmail_ar(dkims, mailfrom, ip, dmarc, spf='pass'):
    """dkims: list of (result, i-domain, selector). dmarc: (result, p, from-domain) or None."""
    parts = []
    for res, dom, sel in dkims:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, b64s(8)))
    if spf == 'pass':
        parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom))
    else:
        parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        r, p, fd = dmarc
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (r, p, p, 'NONE' if r == 'pass' else ('QUARANTINE' if p == 'QUARANTINE' else 'NONE'), fd))
    return ';\n       '.join(parts)


def outlook_transport(to, d, mailfrom, ip, helo, spf, dkim_res, dkim_d, dmarc, fromdom, compauth, tenant_host='PH0PR11MB5000.namprd11.prod.outlook.com', lower_ar=None):
    """Outlook / M365 style: Authentication-Results without authserv-id."""
    hs = []
    d1 = d + dt.timedelta(seconds=2)
    hs.append(('Received', 'from %s (2603:10b6:510:%s::%s)\n by %s with HTTPS; %s' % (
        tenant_host.replace('5000', '4%03d' % rnd.randint(0, 999)), hexs(3), hexs(2), tenant_host, rfc(d1).replace('+0000', '+0000'))))
    hs.append(('Received', 'from SN7PR04CA0%03d.namprd04.prod.outlook.com (2603:10b6:806:%s::%s) by\n %s (2603:10b6:510:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
        rnd.randint(0, 999), hexs(3), hexs(2), tenant_host, hexs(3), hexs(2), rnd.randint(8000, 8999), rnd.randint(10, 40), rfc(d1))))
    hs.append(('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s' % (
        spf, ip, mailfrom.split('@')[1], dkim_res, dkim_d, dmarc, fromdom, compauth)))
    hs.append(('Received-SPF', '%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
        'Pass' if spf == 'pass' else 'Fail', mailfrom.split('@')[1], 'designates' if spf == 'pass' else 'does not designate', ip, ip, helo)))
    hs.append(('Received', 'from %s (%s) by\n SN1PEPF0002BA4F.mail.protection.outlook.com (10.167.242.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s' % (
        helo, ip, rnd.randint(2, 250), rnd.randint(8000, 8999), rnd.randint(10, 40), rfc(d))))
    if lower_ar:
        hs.append(('Authentication-Results', lower_ar))
    return hs


def jp_transport(to, d, mailfrom, ip, helo, authserv, ar_body, mx_host, extra_received=None):
    """Japanese ISP style (nifty, biglobe, so-net, docomo, sakura...)."""
    hs = []
    d_local = d.astimezone(JST)
    if extra_received:
        hs.extend(extra_received)
    hs.append(('Return-Path', '<%s>' % mailfrom))
    hs.append(('Received', 'from %s ([%s])\n\tby %s with ESMTP id <%s.%s@%s>\n\tfor <%s>; %s' % (
        helo, ip, mx_host, d_local.strftime('%Y%m%d%H%M%S'), b64s(6).replace('/', 'Q').replace('+', 'z'), mx_host, to, rfc(d_local))))
    hs.append(('Authentication-Results', '%s; %s' % (authserv, ar_body)))
    return hs


def ses_received(d, ip, helo):
    return ('Received', 'from %s (%s [%s])\n\tby inbound-smtp.us-east-1.amazonaws.com with SMTP id %s\n\tfor ses; %s' % (
        helo, helo, ip, hexs(26), rfc(d)))


# ---------------------------------------------------------------- write
def enc_addr(value, cs=None):
    if all(ord(ch) < 128 for ch in value):
        return value
    from email.utils import getaddresses, formataddr
    out = []
    for name, a in getaddresses([value]):
        out.append(formataddr((name, a), charset=cs or 'utf-8'))
    return ', '.join(out)


def write(desc, label, body, top_headers, frm, to, subject, d, msgid,
          subj_charset=None, extra=(), cc=None, reply_to=None, in_reply_to=None, refs=None):
    COUNTER[0] += 1
    fname = '%03d-%s.eml' % (COUNTER[0], desc)
    root = body
    mime_items = root.items()
    for k in set(k for k, _ in mime_items):
        del root[k]
    for k, v in top_headers:
        root[k] = v
    root['From'] = enc_addr(frm, subj_charset)
    root['To'] = enc_addr(to, subj_charset)
    if cc:
        root['Cc'] = enc_addr(cc, subj_charset)
    if reply_to:
        root['Reply-To'] = reply_to
    if subj_charset:
        root['Subject'] = Header(subject, subj_charset, header_name='Subject').encode()
    else:
        root['Subject'] = subject
    root['Date'] = rfc(d)
    root['Message-ID'] = msgid
    if in_reply_to:
        root['In-Reply-To'] = in_reply_to
    if refs:
        root['References'] = refs
    for k, v in extra:
        root[k] = v
    for k, v in mime_items:
        if k == 'MIME-Version':
            continue
        root[k] = v
    # MIME-Version before Content-Type
    items = root.items()
    for k in set(k for k, _ in items):
        del root[k]
    seen_mv = False
    for k, v in items:
        if k == 'Content-Type' and not seen_mv:
            root['MIME-Version'] = '1.0'
            seen_mv = True
        root[k] = v
    data = root.as_bytes(policy=compat32.clone(max_line_length=None))
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    lab = dict(label)
    lab['account_ids'] = sorted(set(lab.get('account_ids', [])))
    LABELS[fname] = lab
    return fname


def L(kind, case_id, ids, verified, lang):
    return {'kind': kind, 'case_id': case_id, 'account_ids': ids,
            'sender_verified': verified, 'language': lang}


AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY = 'admin@credly.com'


def aws_gmail(to, d, dmarc='pass', dk_amz='pass', extra_dkim=True):
    """Standard genuine amazon.com-through-SES delivery to Gmail."""
    mf = ses_mailfrom(d)
    ip = ses_ip()
    helo = 'a%d-%d.smtp-out.amazonses.com' % (rnd.choice([8, 9, 48]), rnd.randint(10, 250))
    dk = [(dk_amz, 'amazon.com', AMZ_SEL)]
    if extra_dkim:
        dk.append(('pass', 'amazonses.com', SES_SEL))
    ar = gmail_ar(dk, mf, ip, (dmarc, 'QUARANTINE', 'amazon.com'))
    hs = gmail_transport(to, d, mf, ip, helo, ar)
    hs.append(dkim('amazon.com', AMZ_SEL, d))
    hs.append(dkim('amazonses.com', SES_SEL, d, h='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Message-ID:Date:Feedback-ID'))
    return hs


def aws_outlook(to, d, dmarc='pass', dkim_res='pass', compauth='pass reason=100', lower_ar=None):
    mf = ses_mailfrom(d)
    ip = ses_ip()
    helo = 'a%d-%d.smtp-out.amazonses.com' % (rnd.choice([8, 9, 48]), rnd.randint(10, 250))
    hs = outlook_transport(to, d, mf, ip, helo, 'pass', dkim_res, 'amazon.com', dmarc, 'amazon.com', compauth, lower_ar=lower_ar)
    hs.append(('Return-Path', mf))
    hs.append(dkim('amazon.com', AMZ_SEL, d))
    hs.append(dkim('amazonses.com', SES_SEL, d))
    return hs


def aws_jp(to, d, authserv, mx_host, dmarc='pass', dkim_res='pass', extra_received=None, ar_override=None):
    mf = ses_mailfrom(d)
    ip = ses_ip()
    helo = 'a%d-%d.smtp-out.amazonses.com' % (rnd.choice([8, 9, 48]), rnd.randint(10, 250))
    ar = ar_override or ('spf=pass smtp.mailfrom=%s;\n\tdkim=%s header.i=@amazon.com header.s=%s;\n\tdkim=pass header.i=@amazonses.com header.s=%s;\n\tdmarc=%s header.from=amazon.com' % (
        mf.split('@')[1], dkim_res, AMZ_SEL, SES_SEL, dmarc))
    hs = jp_transport(to, d, mf, ip, helo, authserv, ar, mx_host, extra_received)
    hs.append(dkim('amazon.com', AMZ_SEL, d))
    hs.append(dkim('amazonses.com', SES_SEL, d))
    return hs


SES_EXTRA = lambda: [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64s(43)),
                     ('X-SES-Outgoing', '%s-%s' % (dt.date.today().strftime('%Y.%m.%d'), ses_ip()))]


def ses_extra(d, ip=None):
    return [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64s(43)),
            ('X-SES-Outgoing', '%s-%s' % (d.strftime('%Y.%m.%d'), ip or ses_ip()))]


# ================================================================ MAILS
MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn

# ---------------------------------------------------------------- personas
SUZUKI = '"鈴木 太郎" <suzuki.taro.k@gmail.com>'
SUZUKI_A = 'suzuki.taro.k@gmail.com'
SUZUKI_OPEN = T('2025-05-26 09:14:37', JST)
SUZUKI_CASE = case15(SUZUKI_OPEN)

PRIYA_A = 'priya.raman@outlook.com'
PRIYA_OPEN = T('2025-06-02 03:40:11')
PRIYA_CASE = case15(PRIYA_OPEN)

MARCO_A = 'marco.bianchi87@gmail.com'
MARCO_CASE = '10772213451'

SATO_A = 'misaki.sato@nifty.com'
SATO_OPEN = T('2025-04-14 15:22:50', JST)
SATO_CASE = case15(SATO_OPEN)

AISHA_A = 'aisha.khan.dev@gmail.com'
AISHA_OPEN = T('2025-03-03 11:47:09', IST)
AISHA_CASE = case15(AISHA_OPEN)

NAKAMURA_A = 'yumi.nakamura@biglobe.ne.jp'
NAKAMURA_OPEN = T('2025-07-08 21:05:00', JST)
NAKAMURA_CASE = case15(NAKAMURA_OPEN)


def console_footer_en(case):
    return ('\n\nWe value your feedback. Please share your experience by rating this and other correspondences '
            'in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right '
            'corner of the correspondence.\n\n'
            'To see the full case history and respond, please sign in to the AWS Support Center:\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
            'Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
            'To contact us please use the link above.\n\n'
            'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.' % case)


def console_footer_ja(case):
    return ('\n\nお客様のご意見をお聞かせください。AWS サポートセンターで、このやり取りの右上にある星を選択して評価いただけます。\n\n'
            'ケースの履歴の確認およびご返信は、AWS サポートセンターにサインインして行ってください:\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
            '※このメールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできませんので、ご了承ください。\n\n'
            'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。' % case)


# 001 -- form desk auto-ack, Japanese, ISO-2022-JP
@mail
def m001():
    d = SUZUKI_OPEN + dt.timedelta(seconds=41)
    c = SUZUKI_CASE
    txt = ('鈴木 太郎 様\n\n'
           'AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n'
           '以下の内容でお問い合わせを受け付けました。\n\n'
           'ケース ID: %s\n'
           'お問い合わせの種類: 認定 (Certification)\n'
           '詳細: アカウントの統合 (Account Merge)\n'
           'AWS 認定候補者 ID: AWS09362815\n\n'
           '担当者より、原則として 24 時間以内にご連絡いたします。\n'
           '同じ内容で新しいお問い合わせを作成されますと、回答が遅れる場合がございます。\n'
           '追加の情報がございましたら、本メールにそのままご返信ください。\n\n'
           '--\n'
           'AWS トレーニングと認定 カスタマーサポート\n'
           'https://aws.amazon.com/jp/training/\n' % c)
    body = part(txt, cs='iso-2022-jp', cte='7bit')
    subj = 'AWS トレーニングと認定: お問い合わせを受け付けました (ケース ID: %s)' % c
    write('form-ack-ja', L('case_created', c, ['AWS09362815'], True, 'ja'), body,
          aws_gmail(SUZUKI_A, d) + ses_extra(d), AWS_FORM, SUZUKI, subj, d, ses_id(d),
          subj_charset='iso-2022-jp')


# 002 -- console case opened, English, Outlook.com
@mail
def m002():
    d = PRIYA_OPEN + dt.timedelta(seconds=19)
    c = PRIYA_CASE
    txt = ('Hello,\n\n'
           'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
           'The details of your case are as follows:\n\n'
           'Case ID: %s\n'
           'Subject: Merge two AWS Certification accounts (AWS11290457 / AWS30817264)\n'
           'Severity: General guidance\n'
           'Correspondence: Hi, I passed SAA with my old employer email and later took the DVA exam with my personal '
           'email, so I now have two certification profiles. Could you please combine them into one? Thanks, Priya\n\n'
           'You can view your case at: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
           'Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
           'To update your case, please use the link above.\n\n'
           'Best regards,\nAmazon Web Services' % (c, c, c))
    body = alt(part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable'))
    write('console-case-opened', L('case_created', c, ['AWS11290457', 'AWS30817264'], True, 'en'), body,
          aws_outlook(PRIYA_A, d) + ses_extra(d), AWS_NOREPLY, PRIYA_A,
          'Amazon Web Services: You have opened a new Support case: %s' % c, d, ses_id(d))


# 003 -- completion, English, 11-digit form case (2022), QP, with original message below
@mail
def m003():
    d = T('2022-09-15 17:32:08')
    c = MARCO_CASE
    txt = ('Hello Marco,\n\n'
           'Thank you for your patience while we worked on your request.\n\n'
           "I'm happy to let you know that your two AWS Certification accounts have now been merged. "
           'The account AWS 62019384 has been merged into AWS 58830172, which is the account you will keep going forward.\n\n'
           'Your certification history, exam transcripts and any active benefits from both accounts now appear under '
           'AWS58830172. You can sign in at https://www.aws.training/Certification with marco.bianchi87@gmail.com '
           'to check that everything looks right.\n\n'
           'Please allow up to 5 business days for your digital badges on Credly to reflect the change. If they '
           'have not moved after that, just reply to this e-mail and we will follow up.\n\n'
           'Best regards,\n\nSiddharth M.\nAWS Training and Certification Customer Support\n\n'
           '-----Original Message-----\n'
           'From: marco.bianchi87@gmail.com\n'
           'Sent: 2022-09-14 07:11:52 UTC\n'
           'To: aws-cs-trainingcertification-form@amazon.com\n'
           'Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n'
           'Hi Siddharth,\n\nThe details are correct. Please proceed with the merge.\n\nThanks,\nMarco\n' % c)
    body = alt(part(txt), part(to_html(txt), 'html'))
    write('form-reply-merged', L('merge_completed', c, ['AWS58830172', 'AWS62019384'], True, 'en'), body,
          aws_gmail(MARCO_A, d) + ses_extra(d), AWS_FORM, MARCO_A,
          'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 004 -- confirmation request, Japanese form desk
@mail
def m004():
    d = T('2025-05-27 10:48:30', JST)
    c = SUZUKI_CASE
    txt = ('鈴木 太郎 様\n\n'
           'AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n'
           'カスタマーサポート担当の木村でございます。\n\n'
           'お問い合わせいただきました認定アカウントの統合につきまして、お客様情報を確認いたしましたところ、'
           '以下の 2 つのアカウントが見つかりました。\n\n'
           '・AWS04718263（ログイン E メール: t.suzuki@kk-hoshino.co.jp）\n'
           '・AWS09362815（ログイン E メール: suzuki.taro.k@gmail.com）\n\n'
           'ご依頼に基づき、AWS04718263 の認定履歴を AWS09362815 へ統合し、以降は AWS09362815 のみをご利用いただく形となります。'
           '統合後、AWS04718263 は無効化され、サインインできなくなります。\n\n'
           'なお、アカウントの統合は一度実施いたしますと元に戻すことができません。\n'
           '上記の内容でお間違いがなければ、本メールにご返信のうえ、統合の実施についてご承諾いただけますでしょうか。'
           'ご返信を確認でき次第、作業を開始いたします。\n\n'
           '何卒よろしくお願い申し上げます。\n\n'
           '木村 彩\n'
           'AWS トレーニングと認定 カスタマーサポート\n'
           'Amazon Web Services\n')
    body = alt(part(txt), part(to_html(txt, lang='ja'), 'html'))
    write('form-reply-ja-please-confirm', L('merge_confirmation_requested', c, ['AWS04718263', 'AWS09362815'], True, 'ja'), body,
          aws_gmail(SUZUKI_A, d) + ses_extra(d), AWS_FORM, SUZUKI,
          'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 005 -- support asks which account to keep, English console reply, Outlook
@mail
def m005():
    d = T('2025-06-03 14:12:55')
    c = PRIYA_CASE
    txt = ('Hello Priya,\n\n'
           'Thank you for reaching out to AWS Training and Certification, my name is Joanna and I will be assisting you today.\n\n'
           'I was able to locate both of your certification profiles:\n\n'
           '  - AWS11290457, registered with priya.raman@outlook.com\n'
           '  - AWS30817264, registered with p.raman@infosync-solutions.com\n\n'
           'Before we can go ahead, could you let me know which of the two you would like to keep as your primary '
           'profile? Please also make sure you still have access to the e-mail address on the profile you keep, since '
           'all future notifications (exam results, recertification reminders, badges) will be sent there.\n\n'
           'Once I have your answer, I will send you a summary of the changes for your final approval.\n\n'
           'Best regards,\n\nJoanna P.\nAmazon Web Services' + console_footer_en(c))
    body = alt(part(txt), part(to_html(txt), 'html'))
    write('console-reply-which-to-keep', L('support_reply', c, ['AWS11290457', 'AWS30817264'], True, 'en'), body,
          aws_outlook(PRIYA_A, d) + ses_extra(d), AWS_NOREPLY, PRIYA_A,
          'RE:[CASE %s] Merge two AWS Certification accounts (AWS11290457 / AWS30817264)' % c, d, ses_id(d))


# 006 -- Credly's own self-service merge code, Japanese (unrelated)
@mail
def m006():
    d = T('2025-05-30 12:03:44', JST)
    code = '482913'
    txt = ('鈴木 太郎 様\n\n'
           'Credly アカウントの統合リクエストを受け付けました。\n\n'
           '統合するアカウント: t.suzuki@kk-hoshino.co.jp\n'
           '統合先のアカウント: suzuki.taro.k@gmail.com\n\n'
           '統合を完了するには、次の確認コードを入力するか、下の [アカウントの統合を完了する] をクリックしてください。\n\n'
           '確認コード: %s\n\n'
           'アカウントの統合を完了する: https://www.credly.com/users/merge/confirm?token=%s\n\n'
           'このコードの有効期限は 24 時間です。このリクエストに心当たりがない場合は、このメールを無視してください。'
           'アカウントが変更されることはありません。\n\n'
           'Credly チーム\n'
           'Credly, Inc. | 1250 Broadway, 15th Floor, New York, NY 10001\n' % (code, hexs(32)))
    htmlt = to_html(txt, style='plain').replace('アカウントの統合を完了する: ', '<a href="https://www.credly.com/users/merge/confirm" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">アカウントの統合を完了する</a> ')
    body = alt(part(txt, cte='base64'), part(htmlt, 'html', cte='base64'))
    ip = '149.72.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = 'bounces+2049181-%s-suzuki.taro.k=gmail.com@em.credly.com' % hexs(4)
    ar = gmail_ar([('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], mf, ip, ('pass', 'QUARANTINE', 'credly.com'))
    hs = gmail_transport(SUZUKI_A, d, mf, ip, 'o%d.em.credly.com' % rnd.randint(1, 9), ar)
    hs.append(dkim('credly.com', 's1', d, h='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to'))
    write('credly-account-merge-code-ja', L('unrelated', None, [], True, 'ja'), body, hs,
          '"Credly" <admin@credly.com>', SUZUKI_A, 'Credly アカウント統合の確認コード: %s' % code, d,
          '<%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', '_').replace('+', '-'), rnd.randint(1, 40)), subj_charset='utf-8')


# 007 -- Credly badge after merge (English)
@mail
def m007():
    d = T('2022-09-19 02:14:51')
    txt = ('Marco, your badge is waiting for you!\n\n'
           'Amazon Web Services Training and Certification has issued you a badge for earning '
           'AWS Certified Developer - Associate.\n\n'
           'Accept your badge: https://www.credly.com/badges/%s-%s-%s-%s-%s/accept\n\n'
           'Once accepted, you can share your badge on LinkedIn, Twitter and Facebook, add it to your e-mail '
           'signature, or embed it in your website.\n\n'
           'Why did I receive this? Your badge was issued to marco.bianchi87@gmail.com after your AWS Certification '
           'profiles were combined. Badges already accepted on another Credly account are not affected.\n\n'
           'Questions? Visit https://support.credly.com\n\n'
           'Credly, Inc. | 1250 Broadway, 15th Floor, New York, NY 10001 | Unsubscribe' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12)))
    htmlt = ('<html><body style="background:#f5f5f5"><table align="center" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">'
             '<tr><td style="padding:30px"><h1 style="font-size:22px">Marco, your badge is waiting for you!</h1>'
             '<p>Amazon Web Services Training and Certification has issued you a badge for earning <strong>AWS Certified Developer - Associate</strong>.</p>'
             '<p><a href="https://www.credly.com/badges/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></p>'
             '<p style="font-size:12px;color:#666">Why did I receive this? Your badge was issued to marco.bianchi87@gmail.com after your AWS Certification profiles were combined.</p>'
             '</td></tr></table></body></html>')
    body = alt(part(txt), part(htmlt, 'html'))
    ip = '168.245.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = 'bounces+1788834-%s-marco.bianchi87=gmail.com@em.credly.com' % hexs(4)
    ar = gmail_ar([('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], mf, ip, ('pass', 'QUARANTINE', 'credly.com'))
    hs = gmail_transport(MARCO_A, d, mf, ip, 'o4.em.credly.com', ar)
    hs.append(dkim('credly.com', 's1', d, h='content-type:from:mime-version:subject:to'))
    write('credly-badge-accept', L('credly_badge_issued', None, [], True, 'en'), body, hs,
          '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', MARCO_A,
          'Marco, your badge from Amazon Web Services Training and Certification is ready to accept', d,
          '<%s@ismtpd0%d.sendgrid.net>' % (b64s(22).replace('/', '_').replace('+', '-'), rnd.randint(10, 99)))


# 008 -- console case opened, Japanese, nifty
@mail
def m008():
    d = SATO_OPEN + dt.timedelta(seconds=23)
    c = SATO_CASE
    txt = ('アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。'
           'お客様の問題に対応するため、ケース %s をオープンしました。\n\n'
           'ケースの詳細は次のとおりです。\n\n'
           'ケース ID: %s\n'
           '件名: 認定アカウントの統合のお願い（3アカウント）\n'
           '重要度: 一般的なガイダンス\n'
           '内容: AWS認定のアカウントが3つ（AWS55012983 / AWS20846731 / AWS71934056）あり、1つにまとめたいです。'
           '残したいのは AWS55012983 です。よろしくお願いします。\n\n'
           'ケースはこちらから確認できます: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
           '※このメールは送信専用のアドレスから送信されています。ケースを更新する場合は、上記のリンクをご利用ください。\n\n'
           'よろしくお願いいたします。\nアマゾン ウェブ サービス' % (c, c, c))
    body = alt(part(txt, cte='base64'), part(to_html(txt, lang='ja'), 'html', cte='base64'))
    write('console-case-opened-ja', L('case_created', c, ['AWS20846731', 'AWS55012983', 'AWS71934056'], True, 'ja'), body,
          aws_jp(SATO_A, d, 'mx.nifty.com', 'mta-snd-e%02d.mail.nifty.com' % rnd.randint(1, 12)) + ses_extra(d),
          '"アマゾン ウェブ サービス" <no-reply-aws@amazon.com>', SATO_A,
          'Amazon Web Services: 新しいサポートケースがオープンされました: %s' % c, d, ses_id(d), subj_charset='utf-8')


# 009 -- completion, non-native English, HTML-only, base64
@mail
def m009():
    d = T('2025-03-06 16:20:31', IST)
    c = AISHA_CASE
    txt = ('Greetings Aisha,\n\n'
           'Hope you are doing well. This is Mohammed from AWS Training and Certification team.\n\n'
           'This is to inform you that as per your request, the merging of your both the accounts have been done '
           'successfully from our end. Kindly find below details:\n\n'
           'Primary account (retained): AWS-44820137\n'
           'Secondary account (merged): AWS-90172364\n\n'
           'From now onwards kindly use the primary account credentials only for login to AWS Certification portal. '
           'All your certifications, exam history and benefits are available under the primary account now.\n\n'
           'Kindly check and revert back in case of any discrepancy.\n\n'
           'Thanks and Regards,\nMohammed R.\nAWS Training and Certification Customer Support')
    body = part(to_html(txt), 'html', cte='base64')
    write('form-reply-done-html-only', L('merge_completed', c, ['AWS44820137', 'AWS90172364'], True, 'en'), body,
          aws_gmail(AISHA_A, d) + ses_extra(d), AWS_FORM, AISHA_A,
          'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 010 -- completion, Japanese, "what you can now do", biglobe, base64
@mail
def m010():
    d = T('2025-07-10 11:31:02', JST)
    c = NAKAMURA_CASE
    txt = ('中村 由美 様\n\n'
           'いつもアマゾン ウェブ サービスをご利用いただき、ありがとうございます。\n'
           'AWS サポートの田中でございます。\n\n'
           'お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告いたします。\n\n'
           '旧アカウント（aws 38104472）に登録されていた認定資格および受験履歴は、すべて AWS 65530918 へ移行されております。\n\n'
           '今後は AWS65530918 にサインインいただくことで、以下の操作が可能です。\n'
           ' ・これまでに取得されたすべての認定資格の確認、およびデジタル認定証のダウンロード\n'
           ' ・次回の試験でご利用いただける 50% 割引バウチャーの確認とご利用\n'
           ' ・再認定試験のご予約\n\n'
           'なお、旧アカウントへのサインインはできなくなっておりますので、ご注意ください。\n'
           'Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。\n\n'
           'ご不明な点がございましたら、本ケースにてお気軽にお問い合わせください。\n\n'
           '田中 慎一\nAmazon Web Services サポート' + console_footer_ja(c))
    body = alt(part(txt, cte='base64'), part(to_html(txt, lang='ja'), 'html', cte='base64'))
    write('console-reply-ja-done-next-steps', L('merge_completed', c, ['AWS38104472', 'AWS65530918'], True, 'ja'), body,
          aws_jp(NAKAMURA_A, d, 'biglobe.ne.jp', 'mxg%02d.mail.biglobe.ne.jp' % rnd.randint(1, 9)) + ses_extra(d),
          '"Amazon Web Services" <no-reply-aws@amazon.com>', NAKAMURA_A,
          'RE:[CASE %s] AWS認定アカウント統合の件' % c, d, ses_id(d), subj_charset='utf-8')


LUKAS_A = 'lukas.berger@bergtech-solutions.de'
LUKAS_OPEN = T('2025-08-11 09:02:44', CET)
LUKAS_CASE = case15(LUKAS_OPEN)

WATANABE_A = 'sho.watanabe@so-net.ne.jp'
WATANABE_G = 'sho.watanabe.0721@gmail.com'
WATANABE_OPEN = T('2025-09-01 13:26:10', JST)
WATANABE_CASE = case15(WATANABE_OPEN)

DANIEL_A = 'danoconnor@hotmail.com'
DANIEL_CASE = '6402918375'


# 011 -- "thank you for confirming, we will now proceed" (ja) with nested quotes
@mail
def m011():
    d = T('2025-05-27 15:02:19', JST)
    c = SUZUKI_CASE
    txt = ('鈴木 太郎 様\n\n'
           'ご返信いただき、ありがとうございます。木村でございます。\n\n'
           '統合内容についてご確認いただき、誠にありがとうございました。'
           'いただいたご承諾に基づき、これより AWS04718263 から AWS09362815 への統合作業を進めてまいります。\n\n'
           '作業の完了までには、通常 2〜3 営業日ほどお時間を頂戴しております。完了いたしましたら、改めて本ケースにてご連絡いたします。'
           'それまでの間、AWS04718263 でのサインインや試験のご予約はお控えいただけますと幸いです。\n\n'
           '引き続きよろしくお願い申し上げます。\n\n'
           '木村 彩\nAWS トレーニングと認定 カスタマーサポート\n\n'
           '2025年5月27日(火) 12:30 鈴木 太郎 <suzuki.taro.k@gmail.com>:\n'
           '> 木村様\n'
           '>\n'
           '> ご連絡ありがとうございます。内容に相違ありません。統合を進めてください。\n'
           '> The details are correct. Please proceed with the merge.\n'
           '>\n'
           '> 鈴木\n'
           '>\n'
           '> 2025年5月27日(火) 10:48 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n'
           '> > 鈴木 太郎 様\n'
           '> >\n'
           '> > ・AWS04718263（ログイン E メール: t.suzuki@kk-hoshino.co.jp）\n'
           '> > ・AWS09362815（ログイン E メール: suzuki.taro.k@gmail.com）\n'
           '> >\n'
           '> > なお、アカウントの統合は一度実施いたしますと元に戻すことができません。\n')
    body = alt(part(txt), part(to_html(txt, lang='ja'), 'html'))
    write('form-reply-ja-will-proceed', L('support_reply', c, ['AWS04718263', 'AWS09362815'], True, 'ja'), body,
          aws_gmail(SUZUKI_A, d) + ses_extra(d), AWS_FORM, SUZUKI,
          'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 012 -- double-check confirmation request (en, console, Outlook)
@mail
def m012():
    d = T('2025-06-04 09:41:07')
    c = PRIYA_CASE
    txt = ('Hi Priya,\n\n'
           'Thanks for getting back to me so quickly.\n\n'
           'Just to double-check before I hand this over to our back-end team, here is what will happen:\n\n'
           '  * AWS30817264 (p.raman@infosync-solutions.com) will be folded into AWS11290457.\n'
           '  * AWS11290457 stays active and keeps priya.raman@outlook.com as its sign-in e-mail.\n'
           '  * Your AWS Certified Solutions Architect - Associate will move across from AWS30817264; '
           'your Developer - Associate is already on AWS11290457.\n'
           '  * AWS30817264 will be closed afterwards and cannot be restored.\n\n'
           'Please be aware that this cannot be reversed. If everything above is correct, please reply to this case '
           'from the Support Center and state that you agree. Once the merge is complete you will receive a separate '
           'notification from us, and your badges will follow from Credly.\n\n'
           'Best regards,\n\nJoanna P.\nAmazon Web Services' + console_footer_en(c))
    body = alt(part(txt), part(to_html(txt), 'html'))
    write('console-reply-please-agree', L('merge_confirmation_requested', c, ['AWS11290457', 'AWS30817264'], True, 'en'), body,
          aws_outlook(PRIYA_A, d) + ses_extra(d), AWS_NOREPLY, PRIYA_A,
          'RE:[CASE %s] Merge two AWS Certification accounts (AWS11290457 / AWS30817264)' % c, d, ses_id(d))


# 013 -- status update: in progress (en, form desk, M365 tenant)
@mail
def m013():
    d = T('2025-08-13 16:55:40', CET)
    c = LUKAS_CASE
    txt = ('Hello Lukas,\n\n'
           'I wanted to give you a quick update on your request.\n\n'
           'Your confirmation has been received and the consolidation of AWS16648205 into AWS73310928 has been '
           'submitted to our internal team. The request is currently being processed; this usually takes between '
           '2 and 3 business days. There is nothing you need to do at the moment.\n\n'
           'Please do not schedule an exam on either account until you hear back from us, as an appointment '
           'booked in the middle of the process may need to be cancelled.\n\n'
           'I will write to you again as soon as the process has finished.\n\n'
           'Kind regards,\n\nValentina G.\nAWS Training and Certification Customer Support\n')
    body = alt(part(txt), part(to_html(txt), 'html'))
    write('form-reply-status-in-progress', L('support_reply', c, ['AWS16648205', 'AWS73310928'], True, 'en'), body,
          aws_outlook(LUKAS_A, d, compauth='pass reason=100') + ses_extra(d), AWS_FORM, '"Lukas Berger" <%s>' % LUKAS_A,
          'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 014 -- ask for sign-in e-mails (ja console, nifty)
@mail
def m014():
    d = T('2025-04-15 10:17:36', JST)
    c = SATO_CASE
    txt = ('佐藤 美咲 様\n\n'
           'アマゾン ウェブ サービスにお問い合わせいただき、誠にありがとうございます。\n'
           'AWS トレーニングと認定サポートの小川と申します。\n\n'
           'ご依頼いただきました 3 つの認定アカウントの統合につきまして、確認させていただきたい点がございます。\n\n'
           'ご連絡いただいた AWS55012983、AWS20846731、AWS71934056 のうち、AWS71934056 につきましては'
           'ご登録の氏名の表記が他の 2 アカウントと異なっております。\n'
           'ご本人様のアカウントであることを確認させていただくため、お手数ではございますが、'
           '各アカウントのサインインにご利用の E メールアドレスを、本ケースにてお知らせいただけますでしょうか。\n\n'
           'ご返信を確認次第、統合内容のご案内をお送りいたします。\n\n'
           'どうぞよろしくお願いいたします。\n\n'
           '小川 直樹\nアマゾン ウェブ サービス' + console_footer_ja(c))
    body = alt(part(txt, cte='base64'), part(to_html(txt, lang='ja'), 'html', cte='base64'))
    write('console-reply-ja-need-emails', L('support_reply', c, ['AWS20846731', 'AWS55012983', 'AWS71934056'], True, 'ja'), body,
          aws_jp(SATO_A, d, 'mx.nifty.com', 'mta-snd-e%02d.mail.nifty.com' % rnd.randint(1, 12)) + ses_extra(d),
          '"アマゾン ウェブ サービス" <no-reply-aws@amazon.com>', SATO_A,
          '[Case %s] 認定アカウントの統合のお願い（3アカウント）' % c, d, ses_id(d), subj_charset='utf-8')


# 015 -- GitHub "merged" notification (unrelated)
@mail
def m015():
    d = T('2025-06-05 08:12:33')
    txt = ('Merged #142 into main.\n\n'
           '--\nReply to this email directly, view it on GitHub:\n'
           'https://github.com/priya-raman/cert-study-notes/pull/142#event-1788%s\n'
           'You are receiving this because you authored the thread.\n\nMessage ID: <priya-raman/cert-study-notes/pull/142/issue_event/1788%s@github.com>' % (rnd.randint(100000, 999999), rnd.randint(100000, 999999)))
    htmlt = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/priya-raman/cert-study-notes/pull/142">#142</a> into main.</p>\n\n'
             '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
             '<a href="https://github.com/priya-raman/cert-study-notes/pull/142">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>')
    body = alt(part(txt, cte='7bit'), part(htmlt, 'html', cte='7bit'))
    ip = '192.30.252.%d' % rnd.randint(190, 210)
    mf = 'noreply@github.com'
    hs = outlook_transport(PRIYA_A, d, mf, ip, 'out-%d.smtp.github.com' % rnd.randint(10, 30), 'pass', 'pass', 'github.com', 'pass', 'github.com', 'pass reason=100')
    hs.append(('Return-Path', mf))
    hs.append(dkim('github.com', 'pf2023', d, h='Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From'))
    write('github-pr-merged', L('unrelated', None, [], False, 'en'), body, hs,
          'Priya Raman <notifications@github.com>', 'priya-raman/cert-study-notes <cert-study-notes@noreply.github.com>',
          'Re: [priya-raman/cert-study-notes] Merge branch account-merge-notes into main (PR #142)', d,
          '<priya-raman/cert-study-notes/pull/142/issue_event/1788%d@github.com>' % rnd.randint(100000, 999999),
          extra=[('In-Reply-To', '<priya-raman/cert-study-notes/pull/142@github.com>'),
                 ('List-ID', 'priya-raman/cert-study-notes <cert-study-notes.priya-raman.github.com>'),
                 ('X-GitHub-Reason', 'author')], cc='Priya Raman <%s>, State change <state_change@noreply.github.com>' % PRIYA_A)


# 016 -- support answers a voucher question; completion only quoted below (ja)
@mail
def m016():
    d = T('2025-07-11 14:46:25', JST)
    c = NAKAMURA_CASE
    txt = ('中村 由美 様\n\n'
           'ご返信いただき、ありがとうございます。AWS サポートの田中でございます。\n\n'
           'お問い合わせいただきました 50% 割引バウチャーについてご案内いたします。\n\n'
           'バウチャーは、AWS65530918 にサインイン後、[特典] タブの [割引を利用する] からご確認いただけます。'
           '旧アカウントで付与されていた未使用の特典も引き継がれておりますが、有効期限は付与時の期限のままとなりますので、ご注意ください。\n'
           'また、バウチャーは Pearson VUE での試験のご予約時にのみご利用いただけます。\n\n'
           'その他ご不明な点がございましたら、お気軽にお知らせください。\n\n'
           '田中 慎一\nAmazon Web Services サポート\n\n'
           '---------- 以前のやり取り ----------\n'
           '> 田中様\n'
           '> 統合していただきありがとうございました。旧アカウントで持っていた 50% 割引のバウチャーはどこで確認できますか？\n'
           '> 中村\n'
           '>\n'
           '> > お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告いたします。\n'
           '> > 旧アカウント（aws 38104472）に登録されていた認定資格および受験履歴は、すべて AWS 65530918 へ移行されております。\n'
           + console_footer_ja(c))
    body = alt(part(txt, cte='base64'), part(to_html(txt, lang='ja'), 'html', cte='base64'))
    write('console-reply-ja-voucher-question', L('support_reply', c, ['AWS65530918'], True, 'ja'), body,
          aws_jp(NAKAMURA_A, d, 'biglobe.ne.jp', 'mxg%02d.mail.biglobe.ne.jp' % rnd.randint(1, 9)) + ses_extra(d),
          '"Amazon Web Services" <no-reply-aws@amazon.com>', NAKAMURA_A,
          'RE:[CASE %s] AWS認定アカウント統合の件' % c, d, ses_id(d), subj_charset='utf-8')


# 017 -- Amazon Seller Central case about merging seller accounts (unrelated, ja)
@mail
def m017():
    d = T('2025-06-18 18:09:12', JST)
    c = '5884881212'
    txt = ('いつも Amazon.co.jp をご利用いただき、ありがとうございます。\n'
           'Amazon セラーサポートでございます。\n\n'
           'ケース ID: %s\n\n'
           'ご依頼いただきました 2 つの出品用アカウントの統合につきまして、手続きが完了いたしましたのでお知らせいたします。'
           '今後は統合後のアカウント（出品者 ID: A2K7XQ9MPL3T5V）からセラーセントラルにログインしてください。'
           '統合前の在庫およびレビューは統合後のアカウントでご確認いただけます。\n\n'
           'このメールの内容でご不明な点がございましたら、セラーセントラルの [ヘルプ] からケースにご返信ください。\n\n'
           'Amazon セラーサポート\n\n'
           '今回のご対応はいかがでしたか？\n'
           'https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%s\n' % (c, c))
    body = alt(part(txt, cs='utf-8', cte='quoted-printable'), part(to_html(txt, style='plain'), 'html', cte='quoted-printable'))
    mf = ses_mailfrom(d, pfx='0106')
    ip = '23.251.%d.%d' % (rnd.randint(224, 255), rnd.randint(1, 250))
    ar = ('spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@amazon.com header.s=%s;\n\tdmarc=pass header.from=amazon.com' % (mf.split('@')[1], AMZ_SEL))
    hs = jp_transport(WATANABE_A, d, mf, ip, 'e%d-%d.smtp-out.us-west-2.amazonses.com' % (rnd.randint(200, 250), rnd.randint(1, 99)),
                      'so-net.ne.jp', ar, 'mx.so-net.ne.jp')
    hs.append(dkim('amazon.com', AMZ_SEL, d))
    write('seller-central-case-ja', L('unrelated', c, [], True, 'ja'), body, hs,
          '"Amazon Seller Central" <seller-notification@amazon.com>', WATANABE_A,
          'RE:[CASE %s] 出品用アカウントの統合について' % c, d, ses_id(d, host='us-west-2.amazonses.com', pfx='0101'), subj_charset='utf-8')


# 018 -- phishing "merge complete, verify" from look-alike domain
@mail
def m018():
    d = T('2025-03-07 02:41:55')
    txt = ('Dear Candidate,\n\n'
           'Your AWS Certification account merge has been completed successfully. Your certifications from the '
           'secondary profile have been moved to your main profile AWS44820137.\n\n'
           'IMPORTANT: To keep your 50%% exam discount and your digital badges after the merge, you must re-verify '
           'your sign-in details within 48 hours. Profiles that are not verified will be suspended.\n\n'
           'Verify merged profile: https://aws-certification-services.com/verify?uid=%s\n\n'
           'Thank you,\nAWS Training & Certification Accounts Team\n' % hexs(24))
    htmlt = to_html(txt, style='plain').replace('Verify merged profile: ', '<a href="https://aws-certification-services.com/verify" style="background:#ec7211;color:#fff;padding:10px">Verify merged profile</a> ')
    body = alt(part(txt, cte='7bit'), part(htmlt, 'html', cte='7bit'))
    ip = '185.244.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = 'bounce@aws-certification-services.com'
    ar = gmail_ar([('pass', 'aws-certification-services.com', 'default')], mf, ip, ('pass', 'NONE', 'aws-certification-services.com'))
    hs = gmail_transport(AISHA_A, d, mf, ip, 'mail.aws-certification-services.com', ar)
    hs.append(dkim('aws-certification-services.com', 'default', d))
    write('merge-complete-verify-lookalike', L('merge_completed', None, ['AWS44820137'], False, 'en'), body, hs,
          '"AWS Training & Certification" <accounts@aws-certification-services.com>', AISHA_A,
          'Action required: your account merge is complete', d, '<%s@aws-certification-services.com>' % hexs(20))


# 019 -- completion, bilingual ja/en, forwarded so-net -> Gmail (spf fails at Gmail, dmarc passes by DKIM)
@mail
def m019():
    d = T('2025-09-03 17:58:03', JST)
    c = WATANABE_CASE
    txt = ('渡辺 翔 様 / Dear Sho Watanabe,\n\n'
           '（English follows Japanese）\n\n'
           'AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\n\n'
           'ご依頼のアカウント統合のお手続きが完了いたしました。'
           'これまで AWS83152290 に紐づいていた認定資格は、今後 AWS26604417 にてご確認いただけます。'
           'AWS83152290 は閉鎖済みのため、今後はご利用いただけません。\n\n'
           '----\n\n'
           'Thank you for contacting AWS Training and Certification.\n\n'
           'The account merge you requested has been completed. The certifications that were associated with '
           'AWS83152290 can now be viewed under AWS26604417. AWS83152290 has been closed and can no longer be used.\n\n'
           '岡田 / Okada\nAWS Training and Certification Customer Support\n')
    body = alt(part(txt), part(to_html(txt, lang='ja'), 'html'))
    mf = ses_mailfrom(d)
    sesip = ses_ip()
    fwd_ip = '202.238.%d.%d' % (rnd.randint(80, 90), rnd.randint(1, 250))
    # lower: so-net's own result (forwarding copy)
    sonet_ar = ('so-net.ne.jp; spf=pass smtp.mailfrom=amazonses.com;\n\tdkim=pass header.i=@amazon.com;\n\tdmarc=pass header.from=amazon.com')
    ar = gmail_ar([('pass', 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', SES_SEL)], mf, fwd_ip,
                  ('pass', 'QUARANTINE', 'amazon.com'), spf='softfail')
    hs = gmail_transport(WATANABE_G, d + dt.timedelta(seconds=6), mf, fwd_ip, 'fwd%02d.so-net.ne.jp' % rnd.randint(1, 9), ar)
    hs = [h for h in hs if h[0] != 'Received-SPF']
    hs.append(('Received-SPF', 'softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;' % (mf, fwd_ip, fwd_ip)))
    hs.append(('X-Forwarded-To', WATANABE_G))
    hs.append(('X-Forwarded-For', '%s %s' % (WATANABE_A, WATANABE_G)))
    hs.append(('Received', 'from a8-%d.smtp-out.amazonses.com ([%s])\n\tby mx.so-net.ne.jp with ESMTP id <%s@mx.so-net.ne.jp>\n\tfor <%s>; %s' % (
        rnd.randint(10, 250), sesip, hexs(16), WATANABE_A, rfc(d.astimezone(JST)))))
    hs.append(('Authentication-Results', sonet_ar))
    hs.append(dkim('amazon.com', AMZ_SEL, d))
    hs.append(dkim('amazonses.com', SES_SEL, d))
    write('form-reply-bilingual-done-forwarded', L('merge_completed', c, ['AWS26604417', 'AWS83152290'], True, 'ja'), body,
          hs + ses_extra(d), AWS_FORM, WATANABE_A,
          'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 020 -- completion, 10-digit case (2019), Hotmail, "what no longer exists"
@mail
def m020():
    d = T('2019-08-22 21:14:37')
    c = DANIEL_CASE
    txt = ('Hi Daniel,\n\n'
           'Thanks for your patience.\n\n'
           'We have consolidated your two AWS Certification accounts. Your transcript for AWS00417722 now also '
           'lists the AWS Certified SysOps Administrator - Associate you earned under AWS01983365.\n\n'
           'Account AWS01983365 no longer exists: please do not try to sign in with danoconnor@hotmail.com on '
           'the old CertMetrics portal, it will not work. Use your Amazon sign-in for AWS00417722 instead. Your Acclaim '
           'badges will be reissued to the e-mail address on AWS00417722 within a few days.\n\n'
           'If anything looks off, reply here and reference case %s.\n\n'
           'Regards,\nBrendan\nAWS Training and Certification\n' % c)
    body = part(txt, cs='us-ascii', cte='7bit')
    mf = 'bounces+%s@amazonses.com' % hexs(10)
    mf = ses_mailfrom(d)
    ip = ses_ip()
    hs = outlook_transport(DANIEL_A, d, mf, ip, 'a8-%d.smtp-out.amazonses.com' % rnd.randint(10, 250), 'pass', 'pass', 'amazon.com', 'pass', 'amazon.com', 'pass reason=100',
                           tenant_host='BN8NAM12HT123.mail.protection.outlook.com')
    hs.append(('X-IncomingTopHeaderMarker', 'OriginalChecksum:%s;UpperCasedChecksum:%s;SizeAsReceived:%d;Count:%d' % (hexs(64).upper(), hexs(64).upper(), rnd.randint(3000, 4000), 14)))
    hs.append(dkim('amazon.com', AMZ_SEL, d))
    write('form-reply-2019-consolidated', L('merge_completed', c, ['AWS00417722', 'AWS01983365'], True, 'en'), body,
          hs + ses_extra(d), AWS_FORM, 'Daniel O\'Connor <%s>' % DANIEL_A,
          'RE: [CASE %s] Certification account merge request' % c, d, ses_id(d))


CHEN_A = 'chen.wei.cloud@gmail.com'
CHEN_OPEN = T('2025-10-06 06:51:18')
CHEN_CASE = case15(CHEN_OPEN)

KOBAYASHI_A = 'hiroshi_kobayashi1984@yahoo.co.jp'
KOBAYASHI_CASE = '10983674521'


# 021 -- confirmation request (ja console), three accounts into one
@mail
def m021():
    d = T('2025-04-16 11:40:02', JST)
    c = SATO_CASE
    txt = ('佐藤 美咲 様\n\n'
           'ご返信いただき、ありがとうございます。AWS トレーニングと認定サポートの小川でございます。\n\n'
           'お知らせいただいた E メールアドレスにより、3 つのアカウントがいずれも佐藤様ご本人のものであることを確認いたしました。'
           'つきましては、以下の内容で統合を行わせていただきたく存じます。\n\n'
           '【統合後に残るアカウント】\n'
           '  AWS55012983（misaki.sato@nifty.com）\n'
           '【統合元のアカウント（統合後に無効化されます）】\n'
           '  AWS20846731（m.sato@sakura-ds.co.jp）\n'
           '  AWS71934056（misaki.t.1990@gmail.com）\n\n'
           '統合後は、上記 2 アカウントで取得された認定資格および受験履歴が AWS55012983 に移行され、'
           'AWS20846731 と AWS71934056 にはサインインできなくなります。統合は取り消しができませんので、あらかじめご了承ください。\n\n'
           '上記の内容で問題がないか、本ケースにてご返信いただけますでしょうか。'
           'ご承諾のご連絡をいただけましたら、統合作業を開始いたします。\n\n'
           'よろしくお願いいたします。\n\n'
           '小川 直樹\nアマゾン ウェブ サービス' + console_footer_ja(c))
    body = alt(part(txt, cte='base64'), part(to_html(txt, lang='ja'), 'html', cte='base64'))
    write('console-reply-ja-three-into-one-confirm', L('merge_confirmation_requested', c, ['AWS20846731', 'AWS55012983', 'AWS71934056'], True, 'ja'), body,
          aws_jp(SATO_A, d, 'mx.nifty.com', 'mta-snd-e%02d.mail.nifty.com' % rnd.randint(1, 12)) + ses_extra(d),
          '"アマゾン ウェブ サービス" <no-reply-aws@amazon.com>', SATO_A,
          'RE:[CASE %s] 認定アカウントの統合のお願い（3アカウント）' % c, d, ses_id(d), subj_charset='utf-8')


# 022 -- completion + case resolved in one mail (en, M365)
@mail
def m022():
    d = T('2025-08-15 11:07:51', CET)
    c = LUKAS_CASE
    txt = ('Hello Lukas,\n\n'
           'Good news - the profile AWS16648205 has now been combined with AWS73310928. From today, everything '
           '(your two certifications, your full exam history and the 50%% exam voucher) lives under AWS73310928, '
           'and you will sign in with lukas.berger@bergtech-solutions.de as before.\n\n'
           'As there is nothing else pending on our side, I am marking this case as resolved. Should you notice '
           'anything missing, simply reply to this e-mail within the next 14 days and the case will reopen '
           'automatically.\n\n'
           'It was a pleasure helping you. You may receive a short survey about this case; your feedback helps us '
           'improve.\n\n'
           'Kind regards,\n\nValentina G.\nAWS Training and Certification Customer Support\n\n'
           '________________________________\n'
           'From: Lukas Berger <lukas.berger@bergtech-solutions.de>\n'
           'Sent: Wednesday, August 13, 2025 17:20\n'
           'To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
           'Subject: AW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n'
           'Hi Valentina,\n\nthanks for the update. No exams planned, so no rush.\n\nBest\nLukas\n' % c)
    body = alt(part(txt), part(to_html(txt), 'html'))
    write('form-reply-combined-and-resolved', L('merge_completed', c, ['AWS16648205', 'AWS73310928'], True, 'en'), body,
          aws_outlook(LUKAS_A, d) + ses_extra(d), AWS_FORM, '"Lukas Berger" <%s>' % LUKAS_A,
          'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 023 -- conditional confirmation request (ja, ISO-2022-JP)
@mail
def m023():
    d = T('2025-09-02 10:05:44', JST)
    c = WATANABE_CASE
    txt = ('渡辺 翔 様\n\n'
           'AWS トレーニングと認定カスタマーサポートの岡田でございます。\n'
           'このたびはお問い合わせいただき、ありがとうございます。\n\n'
           'ご依頼のアカウント統合について、以下の内容で承ります。\n\n'
           '  統合元: AWS83152290（sho.watanabe@example-corp.co.jp）\n'
           '  統合先: AWS26604417（sho.watanabe@so-net.ne.jp）\n\n'
           '上記の内容でよろしければ、本メールへのご返信にてお知らせください。'
           'ご返信をいただけましたら、3〜5 営業日以内に統合が完了いたします。\n'
           '完了後、統合元のアカウントはご利用いただけなくなり、また統合を取り消すことはできませんので、十分ご確認のうえご返信くださいますようお願い申し上げます。\n\n'
           '岡田 真理\n'
           'AWS トレーニングと認定 カスタマーサポート\n')
    body = part(txt, cs='iso-2022-jp', cte='7bit')
    write('form-reply-ja-if-ok-reply', L('merge_confirmation_requested', c, ['AWS26604417', 'AWS83152290'], True, 'ja'), body,
          aws_jp(WATANABE_A, d, 'so-net.ne.jp', 'mx.so-net.ne.jp') + ses_extra(d), AWS_FORM, WATANABE_A,
          'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 024 -- Credly badge issued, Japanese
@mail
def m024():
    d = T('2025-06-01 08:33:27', JST)
    url = 'https://www.credly.com/badges/%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
    txt = ('鈴木 太郎 さん\n\n'
           'Amazon Web Services Training and Certification から新しいバッジが発行されました。\n\n'
           'AWS Certified Solutions Architect – Associate\n\n'
           'バッジを受け取る: %s\n\n'
           'バッジを受け取ると、LinkedIn などの SNS でのシェアや、メール署名への追加ができます。\n\n'
           'このメールは suzuki.taro.k@gmail.com 宛てに送信されています。\n'
           'Credly, Inc. | 1250 Broadway, 15th Floor, New York, NY 10001\n'
           'メール配信設定: https://www.credly.com/earner/settings/notifications\n' % url)
    htmlt = ('<html lang="ja"><head><meta charset="utf-8"></head><body style="background:#f4f4f4">'
             '<table align="center" width="600" style="background:#fff;font-family:\'Hiragino Sans\',Meiryo,sans-serif">'
             '<tr><td style="padding:28px"><p>鈴木 太郎 さん</p>'
             '<p><b>Amazon Web Services Training and Certification</b> から新しいバッジが発行されました。</p>'
             '<p style="font-size:18px">AWS Certified Solutions Architect – Associate</p>'
             '<p><a href="%s/accept" style="background:#ff6b00;color:#fff;padding:12px 22px;text-decoration:none">バッジを受け取る</a></p>'
             '<p style="font-size:11px;color:#777">このメールは suzuki.taro.k@gmail.com 宛てに送信されています。</p></td></tr></table></body></html>' % url)
    body = alt(part(txt, cte='base64'), part(htmlt, 'html', cte='base64'))
    ip = '149.72.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = 'bounces+2049181-%s-suzuki.taro.k=gmail.com@em.credly.com' % hexs(4)
    ar = gmail_ar([('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], mf, ip, ('pass', 'QUARANTINE', 'credly.com'))
    hs = gmail_transport(SUZUKI_A, d, mf, ip, 'o%d.em.credly.com' % rnd.randint(1, 9), ar)
    hs.append(dkim('credly.com', 's1', d, h='content-type:from:mime-version:subject:to'))
    write('credly-badge-ja', L('credly_badge_issued', None, [], True, 'ja'), body, hs,
          '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', SUZUKI_A,
          '鈴木さん、Amazon Web Services Training and Certification からバッジが届いています', d,
          '<%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', '_').replace('+', '-'), rnd.randint(1, 40)), subj_charset='utf-8')


# 025 -- CertMetrics "wants to hear from you" (unrelated, survey look-alike)
@mail
def m025():
    d = T('2025-06-09 15:00:12')
    txt = ('Dear Priya Raman,\n\n'
           'AWS Certification wants to hear from you!\n\n'
           'You recently earned an AWS Certification. Please take 5 minutes to tell us about your certification '
           'experience, from preparation through testing. Your answers help us improve the program.\n\n'
           'Take the survey: https://www.certmetrics.com/amazon/survey.aspx?t=%s\n\n'
           'Thank you,\nAWS Certification\n\n'
           'This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply.' % hexs(32))
    body = alt(part(txt, cte='7bit'), part(to_html(txt, style='plain'), 'html', cte='7bit'))
    ip = '52.165.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = 'do-not-reply@certmetrics.com'
    hs = outlook_transport(PRIYA_A, d, mf, ip, 'mail.certmetrics.com', 'pass', 'pass', 'certmetrics.com', 'pass', 'certmetrics.com', 'pass reason=100')
    hs.append(('Return-Path', mf))
    hs.append(dkim('certmetrics.com', 'selector1', d))
    write('certmetrics-hear-from-you', L('unrelated', None, [], False, 'en'), body, hs,
          '"AWS Certification" <do-not-reply@certmetrics.com>', PRIYA_A,
          'AWS Certification wants to hear from you', d, '<%s@certmetrics.com>' % hexs(24))


# 026 -- closure + survey (ja console)
@mail
def m026():
    d = T('2025-07-18 09:00:41', JST)
    c = NAKAMURA_CASE
    txt = ('中村 由美 様\n\n'
           'アマゾン ウェブ サービスをご利用いただき、ありがとうございます。\n\n'
           'ケース %s は解決済みとしてクローズされました。\n\n'
           'お問い合わせの問題は解決しましたか？\n'
           '  はい: https://console.aws.amazon.com/support/feedback?caseId=%s&resolved=yes\n'
           '  いいえ: https://console.aws.amazon.com/support/feedback?caseId=%s&resolved=no\n\n'
           '今回の担当者の対応について、1 分ほどのアンケートにご協力いただけますと幸いです。'
           'いただいたご意見は、サービス向上のために活用させていただきます。\n\n'
           'ケースを再開する必要がある場合は、AWS サポートセンターからご返信ください。\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
           'アマゾン ウェブ サービス' % (c, c, c, c))
    body = alt(part(txt, cte='quoted-printable'), part(to_html(txt, lang='ja'), 'html', cte='quoted-printable'))
    write('console-case-closed-survey-ja', L('survey', c, [], True, 'ja'), body,
          aws_jp(NAKAMURA_A, d, 'biglobe.ne.jp', 'mxg%02d.mail.biglobe.ne.jp' % rnd.randint(1, 9)) + ses_extra(d),
          '"Amazon Web Services" <no-reply-aws@amazon.com>', NAKAMURA_A,
          'Amazon Web Services: ケース %s はクローズされました' % c, d, ses_id(d), subj_charset='utf-8')


# 027 -- completion "what moved where", cp1252 bytes labelled iso-8859-1 (wrong label)
@mail
def m027():
    d = T('2025-10-08 19:22:40')
    c = CHEN_CASE
    txt = ('Dear Chen Wei,\n\n'
           'Thank you for your patience. Here\u2019s a summary of what we\u2019ve done on case %s:\n\n'
           '\u2022 Moved from AWS12093358 to AWS47720391:\n'
           '   \u2013 AWS Certified Cloud Practitioner\n'
           '   \u2013 AWS Certified Solutions Architect \u2013 Associate\n'
           '   \u2013 Exam history (3 appointments) and score reports\n'
           '\u2022 Benefits: the unused 50%% discount voucher from your Cloud Practitioner has been carried over.\n'
           '\u2022 AWS12093358 has been deactivated; its sign-in e-mail (wei.chen@northwind-apac.com) is no longer '
           'linked to any certification account.\n\n'
           'Everything is now visible under AWS47720391 at https://www.aws.training/Certification. Your Credly '
           'badges will be re-issued to chen.wei.cloud@gmail.com; you\u2019ll get an \u201cAccept your badge\u201d e-mail for each.\n\n'
           'Kind regards,\n\nRafael T.\nAWS Training and Certification Customer Support\n' % c)
    body = alt(part(txt, cs='iso-8859-1', codec='cp1252'), part(to_html(txt), 'html', cs='iso-8859-1', codec='cp1252'))
    write('form-reply-what-moved-where', L('merge_completed', c, ['AWS12093358', 'AWS47720391'], True, 'en'), body,
          aws_gmail(CHEN_A, d) + ses_extra(d), AWS_FORM, CHEN_A,
          'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 028 -- completion (en console, Outlook): "retired", no word "merge"
@mail
def m028():
    d = T('2025-06-06 20:03:15')
    c = PRIYA_CASE
    txt = ('Hi Priya,\n\n'
           'Good news: our back-end team has finished the work on your profiles.\n\n'
           'AWS30817264 has been retired, and everything it held - your AWS Certified Solutions Architect - Associate '
           'and the related exam history - is now on AWS11290457 together with your Developer - Associate. '
           'Please use priya.raman@outlook.com from now on; the infosync address will no longer give you access.\n\n'
           'It can take a day or two before the change shows everywhere (for example the benefits page). '
           'Credly will send you a separate e-mail for each badge.\n\n'
           'Best regards,\n\nJoanna P.\nAmazon Web Services' + console_footer_en(c))
    body = alt(part(txt), part(to_html(txt), 'html'))
    write('console-reply-profile-retired', L('merge_completed', c, ['AWS11290457', 'AWS30817264'], True, 'en'), body,
          aws_outlook(PRIYA_A, d) + ses_extra(d), AWS_NOREPLY, PRIYA_A,
          'RE:[CASE %s] Merge two AWS Certification accounts (AWS11290457 / AWS30817264)' % c, d, ses_id(d))


# 029 -- confirmation request (ja console, 11-digit case, Yahoo! JAPAN)
@mail
def m029():
    d = T('2022-11-09 14:28:50', JST)
    c = KOBAYASHI_CASE
    txt = ('小林 浩 様\n\n'
           'お世話になっております。AWS サポートの森でございます。\n\n'
           'ケース %s にてご依頼いただきました、AWS 認定アカウントの統合についてご連絡いたします。\n\n'
           '確認いたしましたところ、小林様の認定アカウントは以下の 2 つでございました。\n'
           '  (1) AWS-30029914  サインイン E メール: hiroshi_kobayashi1984@yahoo.co.jp\n'
           '  (2) AWS-68841507  サインイン E メール: h.kobayashi@tsubasa-sys.jp\n\n'
           'ご希望どおり (2) を (1) に統合する場合、(2) の認定資格は (1) に移り、(2) はご利用いただけなくなります。'
           '統合後に元の状態へ戻すことはできかねます。\n\n'
           '恐れ入りますが、上記の内容で統合を進めてよろしいか、本ケースにてご確認のご返信をいただけますでしょうか。\n\n'
           '森 亮介\nアマゾン ウェブ サービス' % c + console_footer_ja(c))
    body = alt(part(txt, cte='quoted-printable'), part(to_html(txt, lang='ja'), 'html', cte='quoted-printable'))
    mf = ses_mailfrom(d)
    ip = ses_ip()
    ar = ('spf=pass smtp.mailfrom=amazonses.com;\n dkim=pass header.i=@amazon.com header.s=%s;\n dmarc=pass header.from=amazon.com' % AMZ_SEL)
    hs = jp_transport(KOBAYASHI_A, d, mf, ip, 'a8-%d.smtp-out.amazonses.com' % rnd.randint(10, 250), 'yahoo.co.jp', ar, 'mta%d.mail.kks.yahoo.co.jp' % rnd.randint(5000, 5099))
    hs.append(dkim('amazon.com', AMZ_SEL, d))
    write('console-reply-ja-2022-confirm', L('merge_confirmation_requested', c, ['AWS30029914', 'AWS68841507'], True, 'ja'), body,
          hs + ses_extra(d), '"Amazon Web Services" <no-reply-aws@amazon.com>', KOBAYASHI_A,
          'RE:[CASE %s] AWS認定アカウントの統合について' % c, d, ses_id(d), subj_charset='iso-2022-jp')


# 030 -- Acclaim (older Credly domain) badge mail, 2019, Hotmail
@mail
def m030():
    d = T('2019-08-26 13:45:09')
    txt = ("Daniel, you've been issued a badge by Amazon Web Services Training and Certification!\n\n"
           'AWS Certified SysOps Administrator - Associate\n\n'
           'Accept your badge: https://www.youracclaim.com/badges/%s/accept\n\n'
           'Now that your AWS Certification accounts have been combined, this badge has been re-issued to the '
           'e-mail address on your current profile.\n\n'
           'Acclaim | Credly, Inc.\nhttps://www.youracclaim.com\n' % hexs(32))
    body = alt(part(txt, cte='quoted-printable'), part(to_html(txt, style='plain'), 'html', cte='quoted-printable'))
    ip = '167.89.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = 'bounces+6213380-%s-danoconnor=hotmail.com@em.youracclaim.com' % hexs(4)
    hs = outlook_transport(DANIEL_A, d, mf, ip, 'o1.em.youracclaim.com', 'pass', 'pass', 'youracclaim.com', 'pass', 'youracclaim.com', 'pass reason=100',
                           tenant_host='BN8NAM12HT123.mail.protection.outlook.com')
    hs.append(dkim('youracclaim.com', 's1', d, h='content-type:from:mime-version:subject:to'))
    write('acclaim-badge-2019', L('credly_badge_issued', None, [], True, 'en'), body, hs,
          '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', DANIEL_A,
          "Daniel, you've been issued a badge by Amazon Web Services Training and Certification", d,
          '<%s@ismtpd0%d.sendgrid.net>' % (b64s(22).replace('/', '_').replace('+', '-'), rnd.randint(10, 99)))


OLIVER_A = 'oliver.grant@fastmail.com'
OLIVER_CASE = '10539812276'

HANNAH_A = 'hannah.weber@kronberg-logistik.de'
HANNAH_OPEN = T('2025-11-17 08:44:19', CET)
HANNAH_CASE = case15(HANNAH_OPEN)

ITO_A = 'mayumi-ito@ocn.ne.jp'
ITO_OPEN = T('2025-10-20 19:37:52', JST)
ITO_CASE = case15(ITO_OPEN)

FATIMA_A = 'fatima.zahra88@yahoo.com'
FATIMA_OPEN = T('2025-02-10 18:12:30')
FATIMA_CASE = case15(FATIMA_OPEN)
FATIMA_DUP = case15(T('2025-02-14 07:55:02'))

YAMAMOTO_A = 'd.yamamoto.1987@icloud.com'
YAMAMOTO_OPEN = T('2025-11-04 12:10:05', JST)
YAMAMOTO_CASE = case15(YAMAMOTO_OPEN)

TAKAHASHI_A = 'takahashi.ken.0415@docomo.ne.jp'
TAKAHASHI_CASE = '7265019843'


def aws_fastmail(to, d):
    mf = ses_mailfrom(d)
    ip = ses_ip()
    helo = 'a8-%d.smtp-out.amazonses.com' % rnd.randint(10, 250)
    hs = [('Return-Path', '<%s>' % mf),
          ('Received', 'from compute5.internal (compute5.nyi.internal [10.202.2.45])\n\t by mailuser.nyi.internal (Cyrus 3.7.0-alpha0-%s) with LMTPA;\n\t %s' % (hexs(9), rfc(d + dt.timedelta(seconds=3)))),
          ('X-Cyrus-Session-Id', 'sloti53n%d-%d-%d-2-%d' % (rnd.randint(1, 9), rnd.randint(10**6, 10**7), int(d.timestamp()), rnd.randint(10**18, 10**19))),
          ('Received', 'from mx4 ([10.202.2.203])\n  by compute5.internal (LMTPProxy); %s' % rfc(d + dt.timedelta(seconds=2))),
          ('Received', 'from mx4.messagingengine.com (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (hexs(11).upper(), to, rfc(d + dt.timedelta(seconds=1)))),
          ('Received', 'from mx4.messagingengine.com (localhost [127.0.0.1])\n    by mx4.messagingengine.com (Authentication Milter) with ESMTP\n    id %s.%s;\n    %s' % (hexs(12).upper(), hexs(8).upper(), rfc(d + dt.timedelta(seconds=1)))),
          ('Authentication-Results', 'mx4.messagingengine.com;\n    dkim=pass (2048-bit rsa key sha256) header.d=amazon.com\n      header.i=@amazon.com header.b=%s header.a=rsa-sha256\n      header.s=%s x-bits=2048;\n    dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com\n      header.i=@amazonses.com header.b=%s header.a=rsa-sha256\n      header.s=%s x-bits=1024;\n    dmarc=pass policy.published-domain-policy=quarantine\n      policy.published-subdomain-policy=quarantine\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=quarantine,sp=quarantine,d=none,d.eval=none) policy.policy-from=p\n      header.from=amazon.com;\n    iprev=pass smtp.remote-ip=%s (%s);\n    spf=pass smtp.mailfrom=%s\n      smtp.helo=%s' % (
              b64s(8), AMZ_SEL, b64s(8), SES_SEL, ip, helo, mf, helo)),
          ('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx4.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s' % (
              helo, helo, ip, to, rfc(d))),
          dkim('amazon.com', AMZ_SEL, d), dkim('amazonses.com', SES_SEL, d)]
    return hs


def aws_yahoo(to, d):
    mf = ses_mailfrom(d)
    ip = ses_ip()
    helo = 'a9-%d.smtp-out.amazonses.com' % rnd.randint(10, 250)
    return [('Return-Path', '<%s>' % mf),
            ('Received', 'from %s by sonic%d.consmr.mail.bf2.yahoo.com with HTTP; %s' % ('10.217.150.%d' % rnd.randint(1, 250), rnd.randint(300, 330), rfc(d + dt.timedelta(seconds=2)))),
            ('X-Originating-Ip', '[%s]' % ip),
            ('Received-SPF', 'pass (domain of amazonses.com designates %s as permitted sender)' % ip),
            ('Authentication-Results', 'atlas-production.v2.mail.yahoo.com;\n dkim=pass header.i=@amazon.com header.s=%s;\n dkim=pass header.i=@amazonses.com header.s=%s;\n spf=pass smtp.mailfrom=amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;' % (AMZ_SEL, SES_SEL)),
            ('X-Apparently-To', '%s; %s' % (to, rfc(d))),
            ('Received', 'from %s (EHLO %s)\n by 10.217.150.%d with SMTPs; %s' % (ip, helo, rnd.randint(1, 250), rfc(d))),
            dkim('amazon.com', AMZ_SEL, d), dkim('amazonses.com', SES_SEL, d)]


def aws_icloud(to, d):
    mf = ses_mailfrom(d)
    ip = ses_ip()
    helo = 'a48-%d.smtp-out.amazonses.com' % rnd.randint(10, 250)
    return [('Received', 'from p00-icloudmta-asmtp-us-west-2a-60-percent-%d (mailgateway.icloud.com [17.57.155.%d])\n\tby p%d-mailbox.icloud.com with LMTP; %s' % (
                rnd.randint(1, 9), rnd.randint(1, 250), rnd.randint(100, 999), rfc(d + dt.timedelta(seconds=2)))),
            ('Return-Path', '<%s>' % mf),
            ('Authentication-Results', 'dmarc.icloud.com; dmarc=pass header.from=amazon.com'),
            ('Authentication-Results', 'dkim-verifier.icloud.com;\n\tdkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b=%s;\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b=%s' % (b64s(8), b64s(8))),
            ('Authentication-Results', 'spf.icloud.com; spf=pass (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf)),
            ('Received-SPF', 'pass (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s' % (mf, ip, ip, helo, mf)),
            ('Received', 'from %s (%s [%s])\n\tby p00-icloudmta-asmtp-us-west-2a-60-percent-%d (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                helo, helo, ip, rnd.randint(1, 9), hexs(12).upper(), to, rfc(d))),
            dkim('amazon.com', AMZ_SEL, d), dkim('amazonses.com', SES_SEL, d)]


# 031 -- completion (ja, form desk) with Japanese-style quoted history
@mail
def m031():
    d = T('2025-05-29 16:41:09', JST)
    c = SUZUKI_CASE
    txt = ('鈴木 太郎 様\n\n'
           'いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの木村でございます。\n\n'
           '大変お待たせいたしました。ご依頼いただいておりましたアカウントの統合が完了いたしましたので、ご報告申し上げます。\n\n'
           '  統合元（無効化済み）: AWS04718263\n'
           '  統合先: AWS09362815\n\n'
           'AWS04718263 で取得された認定資格、受験履歴およびバウチャーなどの特典は、すべて AWS09362815 に反映されております。'
           'お手数ですが、suzuki.taro.k@gmail.com で認定アカウントにサインインいただき、内容をご確認くださいますようお願いいたします。\n\n'
           'Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届きます。\n\n'
           'このたびはご協力いただき、誠にありがとうございました。\n\n'
           '木村 彩\nAWS トレーニングと認定 カスタマーサポート\n\n'
           '2025年5月27日(火) 12:30 鈴木 太郎 <suzuki.taro.k@gmail.com>:\n'
           '> 木村様\n'
           '>\n'
           '> ご連絡ありがとうございます。内容に相違ありません。統合を進めてください。\n'
           '> The details are correct. Please proceed with the merge.\n'
           '>\n'
           '> 鈴木\n')
    body = alt(part(txt), part(to_html(txt, lang='ja'), 'html'))
    write('form-reply-ja-merge-done', L('merge_completed', c, ['AWS04718263', 'AWS09362815'], True, 'ja'), body,
          aws_gmail(SUZUKI_A, d) + ses_extra(d), AWS_FORM, SUZUKI,
          'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 032 -- partial completion (ja console): one account done, one on hold
@mail
def m032():
    d = T('2025-04-18 17:25:13', JST)
    c = SATO_CASE
    txt = ('佐藤 美咲 様\n\n'
           'お世話になっております。AWS トレーニングと認定サポートの小川でございます。\n\n'
           'ご承諾いただきました統合作業の進捗について、ご報告いたします。\n\n'
           '■ 完了\n'
           '  AWS20846731 → AWS55012983：統合が完了いたしました。AWS20846731 で取得された AWS Certified Cloud Practitioner は、'
           'AWS55012983 でご確認いただけます。AWS20846731 にはサインインできなくなっております。\n\n'
           '■ 保留中\n'
           '  AWS71934056：Pearson VUE で 4 月 25 日に試験のご予約が入っているため、現時点では統合を保留しております。'
           '受験結果の反映後（通常 5 営業日程度）に、改めて統合作業を実施いたします。\n\n'
           '保留中のアカウントにつきまして、試験のご予約をキャンセルいただく必要はございません。'
           '準備が整いましたら、本ケースにて改めてご連絡いたします。\n\n'
           '小川 直樹\nアマゾン ウェブ サービス' + console_footer_ja(c))
    body = alt(part(txt, cte='base64'), part(to_html(txt, lang='ja'), 'html', cte='base64'))
    write('console-reply-ja-one-done-one-on-hold', L('merge_completed', c, ['AWS20846731', 'AWS55012983', 'AWS71934056'], True, 'ja'), body,
          aws_jp(SATO_A, d, 'mx.nifty.com', 'mta-snd-e%02d.mail.nifty.com' % rnd.randint(1, 12)) + ses_extra(d),
          '"アマゾン ウェブ サービス" <no-reply-aws@amazon.com>', SATO_A,
          'RE:[CASE %s] 認定アカウントの統合のお願い（3アカウント）' % c, d, ses_id(d), subj_charset='utf-8')


# 033 -- terse completion (ja, 2020, 10-digit case, docomo)
@mail
def m033():
    d = T('2020-02-19 11:02:45', JST)
    c = TAKAHASHI_CASE
    txt = ('高橋 健 様\n\n'
           'AWS トレーニングと認定サポートでございます。\n\n'
           'ケース %s にてご依頼いただいた件、対応が完了しました。\n'
           '旧アカウント AWS01129360 の認定資格は、AWS00881274 に移行済みです。今後は AWS00881274 をご利用ください。\n\n'
           '以上、よろしくお願いいたします。\n\n'
           'AWS トレーニングと認定サポート 佐々木\n' % c)
    body = part(txt, cte='base64')
    mf = ses_mailfrom(d)
    ar = 'spf=pass smtp.mailfrom=amazonses.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com'
    hs = jp_transport(TAKAHASHI_A, d, mf, ses_ip(), 'a8-%d.smtp-out.amazonses.com' % rnd.randint(10, 250), 'mfsmax.docomo.ne.jp', ar, 'mfsmax.docomo.ne.jp')
    hs = [h for h in hs if h[0] != 'Authentication-Results']  # this gateway added none
    hs.append(dkim('amazon.com', AMZ_SEL, d))
    write('form-reply-ja-2020-short-done', L('merge_completed', c, ['AWS00881274', 'AWS01129360'], None, 'ja'), body,
          hs + ses_extra(d), AWS_FORM, TAKAHASHI_A,
          'RE:[CASE %s] AWS Training and Certification - Account Merge' % c, d, ses_id(d))


# 034 -- completion (en, 2021 11-digit console case, Fastmail): "unified", "closed"
@mail
def m034():
    d = T('2021-05-20 22:16:38')
    c = OLIVER_CASE
    txt = ('Hello Oliver,\n\n'
           'Thank you for confirming the details.\n\n'
           "I'm writing to let you know that your certification records are now unified under AWS02281946. The "
           'duplicate profile AWS27760315 has been closed, and the AWS Certified Security - Specialty you earned on it '
           'now shows on your transcript with the original certification date (14 March 2021) preserved.\n\n'
           'Your recertification deadline is still calculated from that original date, so nothing changes there.\n\n'
           'Best regards,\n\nKwame A.\nAmazon Web Services' + console_footer_en(c))
    body = alt(part(txt, cte='7bit'), part(to_html(txt), 'html', cte='quoted-printable'))
    write('console-reply-2021-records-unified', L('merge_completed', c, ['AWS02281946', 'AWS27760315'], True, 'en'), body,
          aws_fastmail(OLIVER_A, d) + ses_extra(d), AWS_NOREPLY, OLIVER_A,
          'RE:[CASE %s] Duplicate certification accounts' % c, d, ses_id(d))


# 035 -- completion (ja, 2022 console, Yahoo! JAPAN) with Original Message block
@mail
def m035():
    d = T('2022-11-11 10:34:02', JST)
    c = KOBAYASHI_CASE
    txt = ('小林 浩 様\n\n'
           'お世話になっております。AWS サポートの森でございます。\n\n'
           'ご承諾のご連絡をいただき、ありがとうございました。'
           'AWS-68841507 から AWS-30029914 への統合作業が完了いたしました。\n\n'
           '(2) のアカウントで取得された AWS 認定ソリューションアーキテクト – アソシエイトは、'
           '(1) のアカウントの認定一覧に表示されております。'
           '(2) のアカウント（h.kobayashi@tsubasa-sys.jp）ではサインインできなくなりましたので、ご注意ください。\n\n'
           '今後ともアマゾン ウェブ サービスをよろしくお願いいたします。\n\n'
           '森 亮介\nアマゾン ウェブ サービス\n\n'
           '-----Original Message-----\n'
           'From: 小林 浩\n'
           'Sent: 2022/11/10 9:12\n'
           'Subject: Re: RE:[CASE %s] AWS認定アカウントの統合について\n\n'
           '森様\n\n'
           '内容を確認しました。(2) AWS-68841507 を (1) AWS-30029914 に統合してください。\n'
           'よろしくお願いいたします。\n\n'
           '小林\n' % c + console_footer_ja(c))
    body = alt(part(txt, cte='base64'), part(to_html(txt, lang='ja'), 'html', cte='base64'))
    mf = ses_mailfrom(d)
    ar = ('spf=pass smtp.mailfrom=amazonses.com;\n dkim=pass header.i=@amazon.com header.s=%s;\n dmarc=pass header.from=amazon.com' % AMZ_SEL)
    hs = jp_transport(KOBAYASHI_A, d, mf, ses_ip(), 'a8-%d.smtp-out.amazonses.com' % rnd.randint(10, 250), 'yahoo.co.jp', ar, 'mta%d.mail.kks.yahoo.co.jp' % rnd.randint(5000, 5099))
    hs.append(dkim('amazon.com', AMZ_SEL, d))
    write('console-reply-ja-2022-done', L('merge_completed', c, ['AWS30029914', 'AWS68841507'], True, 'ja'), body,
          hs + ses_extra(d), '"Amazon Web Services" <no-reply-aws@amazon.com>', KOBAYASHI_A,
          'RE:[CASE %s] AWS認定アカウントの統合について' % c, d, ses_id(d), subj_charset='iso-2022-jp')


# 036 -- genuine completion but DKIM broken by a gateway: top A-R fails, lower gateway A-R passes
@mail
def m036():
    d = T('2025-11-19 14:50:27', CET)
    c = HANNAH_CASE
    txt = ('Dear Hannah,\n\n'
           "We're pleased to confirm that the two certification profiles you asked us to bring together are now one. "
           'AWS33018264 was merged into AWS59903127 earlier today, and all certifications and exam records are listed '
           'under AWS59903127.\n\n'
           'You do not need to do anything else. If your Credly badges are still shown on a second Credly account in a '
           'week, let us know and we will ask Credly to move them.\n\n'
           'Best regards,\n\nNiamh O.\nAWS Training and Certification Customer Support\n\n'
           '--\n'
           'Diese E-Mail wurde von extern empfangen. Bitte öffnen Sie Links und Anhänge nur, wenn Sie den Absender kennen.\n'
           'This e-mail originated outside Kronberg Logistik GmbH.\n')
    body = alt(part(txt), part(to_html(txt), 'html'))
    gw_ip = '195.243.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = ses_mailfrom(d)
    lower = ('gw01.kronberg-logistik.de; dkim=pass header.d=amazon.com header.s=%s;\n spf=pass smtp.mailfrom=amazonses.com; dmarc=pass header.from=amazon.com' % AMZ_SEL)
    hs = outlook_transport(HANNAH_A, d, mf, gw_ip, 'gw01.kronberg-logistik.de', 'fail', 'fail', 'amazon.com', 'fail', 'amazon.com', 'fail reason=001',
                           tenant_host='FR2P281MB1234.DEUP281.PROD.OUTLOOK.COM', lower_ar=lower)
    hs = [(k, v.replace('dkim=fail (signature was verified)', 'dkim=fail (body hash did not verify)').replace('dmarc=fail action=none', 'dmarc=fail action=quarantine'))
          for k, v in hs]
    _n = rnd.randint(10, 250)
    hs.append(('Received', 'from a8-%d.smtp-out.amazonses.com (a8-%d.smtp-out.amazonses.com [54.240.8.%d])\n\tby gw01.kronberg-logistik.de (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
        _n, _n, _n, hexs(10).upper(), HANNAH_A, rfc(d))))
    hs.append(('X-MS-Exchange-Organization-SCL', '5'))
    hs.append(dkim('amazon.com', AMZ_SEL, d))
    write('form-reply-done-gateway-broke-dkim', L('merge_completed', c, ['AWS33018264', 'AWS59903127'], False, 'en'), body,
          hs + ses_extra(d), AWS_FORM, '"Hannah Weber" <%s>' % HANNAH_A,
          'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 037 -- completion, Credly part still pending (ja, ocn)
@mail
def m037():
    d = T('2025-10-24 15:08:40', JST)
    c = ITO_CASE
    txt = ('伊藤 真由美 様\n\n'
           'いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの松本でございます。\n\n'
           'アカウント統合の件、本日作業が完了いたしました。\n'
           'AWS40395518 に登録されていた認定資格（AWS Certified Data Engineer – Associate）は、AWS81470256 に統合済みです。'
           '今後は AWS81470256 のみをご利用ください。\n\n'
           'なお、Credly のデジタルバッジにつきましては、旧アカウントの E メールアドレス宛てに発行されたバッジが自動では移行されないため、'
           '現在 Credly の担当チームに移行を依頼しております。移行が完了しましたら、Credly から通知が届きます。\n\n'
           'ご不明な点がございましたら、本メールにご返信ください。\n\n'
           '松本 恵\nAWS トレーニングと認定 カスタマーサポート\n')
    body = alt(part(txt, cte='quoted-printable'), part(to_html(txt, lang='ja'), 'html', cte='quoted-printable'))
    write('form-reply-ja-done-credly-pending', L('merge_completed', c, ['AWS40395518', 'AWS81470256'], True, 'ja'), body,
          aws_jp(ITO_A, d, 'ocn.ad.jp', 'mx-ocn.ocn.ad.jp') + ses_extra(d), AWS_FORM, ITO_A,
          'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 038 -- completion with "what you can now do" and a benefit that could not move (en, Yahoo)
@mail
def m038():
    d = T('2025-02-19 21:40:55')
    c = FATIMA_CASE
    txt = ('Hello Fatima,\n\n'
           'Thank you for your patience. The work on your request is finished: your certification history from '
           'AWS09875521 has been added to AWS63327180, which is now your only active certification account.\n\n'
           'What this means for you:\n'
           ' - You can sign in with fatima.zahra88@yahoo.com and see all three of your certifications in one place.\n'
           ' - You can now schedule your Solutions Architect - Professional exam from AWS63327180; the 50% discount '
           'voucher earned on your Associate certification is available under Benefits.\n'
           ' - The practice exam voucher that was on AWS09875521 had already expired on 31 January 2025, so it could '
           'not be carried over.\n\n'
           'AWS09875521 has been deactivated.\n\n'
           'Best regards,\n\nArjun S.\nAmazon Web Services' + console_footer_en(c))
    body = alt(part(txt), part(to_html(txt), 'html'))
    write('console-reply-finished-what-now', L('merge_completed', c, ['AWS09875521', 'AWS63327180'], True, 'en'), body,
          aws_yahoo(FATIMA_A, d) + ses_extra(d), AWS_NOREPLY, FATIMA_A,
          'RE:[CASE %s] Request to merge my AWS Certification accounts' % c, d, ses_id(d))


# 039 -- confirmation request (en, 2021 console, Fastmail)
@mail
def m039():
    d = T('2021-05-18 16:03:11')
    c = OLIVER_CASE
    txt = ('Hello Oliver,\n\n'
           'Thank you for the information. Before we merge anything, please confirm the following:\n\n'
           '    Source (will be closed):   AWS27760315   oliver.grant@brightwave.co.uk\n'
           '    Target (will be kept):     AWS02281946   oliver.grant@fastmail.com\n\n'
           'Once the merge is complete, you will only be able to sign in with oliver.grant@fastmail.com, and the '
           'source account cannot be recovered.\n\n'
           'Kindly reply to this case with "I confirm" if the above is correct, or tell us what needs to change.\n\n'
           'Best regards,\n\nKwame A.\nAmazon Web Services' + console_footer_en(c))
    body = alt(part(txt, cte='7bit'), part(to_html(txt), 'html', cte='quoted-printable'))
    write('console-reply-2021-please-confirm', L('merge_confirmation_requested', c, ['AWS02281946', 'AWS27760315'], True, 'en'), body,
          aws_fastmail(OLIVER_A, d) + ses_extra(d), AWS_NOREPLY, OLIVER_A,
          'RE:[CASE %s] Duplicate certification accounts' % c, d, ses_id(d))


# 040 -- Credly badges still pending (ja console)
@mail
def m040():
    d = T('2025-04-21 13:12:09', JST)
    c = SATO_CASE
    txt = ('佐藤 美咲 様\n\n'
           'お世話になっております。AWS トレーニングと認定サポートの小川でございます。\n\n'
           'お問い合わせいただいた Credly のバッジについてご案内いたします。\n'
           '統合済みの AWS20846731 で取得されたバッジは、Credly 側での移行作業が必要となるため、Credly の担当チームへ依頼いたしました。'
           '移行が完了しましたら、AWS55012983 にご登録の E メールアドレス宛てに Credly からメールが届きます。\n'
           '通常 3〜5 営業日ほどかかりますので、今しばらくお待ちくださいますようお願いいたします。\n\n'
           '小川 直樹\nアマゾン ウェブ サービス' + console_footer_ja(c))
    body = alt(part(txt, cte='base64'), part(to_html(txt, lang='ja'), 'html', cte='base64'))
    write('console-reply-ja-credly-requested', L('support_reply', c, ['AWS20846731', 'AWS55012983'], True, 'ja'), body,
          aws_jp(SATO_A, d, 'mx.nifty.com', 'mta-snd-e%02d.mail.nifty.com' % rnd.randint(1, 12)) + ses_extra(d),
          '"アマゾン ウェブ サービス" <no-reply-aws@amazon.com>', SATO_A,
          'RE:[CASE %s] 認定アカウントの統合のお願い（3アカウント）' % c, d, ses_id(d), subj_charset='utf-8')


# 041 -- badges not moved; support escalates; completion only in quoted history (en)
@mail
def m041():
    d = T('2025-10-14 10:19:33')
    c = CHEN_CASE
    txt = ('Hi Chen Wei,\n\n'
           "Sorry to hear the badges haven't shown up yet. I checked, and they are still attached to the Credly "
           'profile that uses your former work address. I have asked our Credly team to move them to '
           'chen.wei.cloud@gmail.com; this usually takes 3-5 business days. You do not need to accept anything on the '
           'old profile.\n\n'
           "I'll keep this case open until you confirm the badges have arrived.\n\n"
           'Kind regards,\n\nRafael T.\nAWS Training and Certification Customer Support\n\n'
           'On Mon, Oct 13, 2025 at 9:02 AM Chen Wei <chen.wei.cloud@gmail.com> wrote:\n'
           '> Hi Rafael,\n'
           '> Thanks - the certifications show up now, but I have not received any Credly e-mail yet.\n'
           '> Chen\n'
           '>\n'
           '> On Wed, Oct 8, 2025 at 7:22 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n'
           '> > Moved from AWS12093358 to AWS47720391:\n'
           '> >    - AWS Certified Cloud Practitioner\n'
           '> >    - AWS Certified Solutions Architect - Associate\n'
           '> > AWS12093358 has been deactivated.\n')
    body = alt(part(txt), part(to_html(txt), 'html'))
    write('form-reply-badges-escalated', L('support_reply', c, [], True, 'en'), body,
          aws_gmail(CHEN_A, d) + ses_extra(d), AWS_FORM, CHEN_A,
          'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 042 -- chaser (en console, Yahoo)
@mail
def m042():
    d = T('2025-02-16 19:30:00')
    c = FATIMA_CASE
    txt = ('Hello Fatima,\n\n'
           'We are following up on our message of February 11, in which we asked which of your two profiles - '
           'AWS63327180 or AWS09875521 - you would like to keep.\n\n'
           'We have not received your reply yet. Whenever you are ready, please respond to this case with the ID of '
           'the profile to keep. If we do not hear back within 5 days, this case will be resolved automatically; you '
           'can reopen it at any time from the Support Center.\n\n'
           'Best regards,\n\nArjun S.\nAmazon Web Services' + console_footer_en(c))
    body = alt(part(txt), part(to_html(txt), 'html'))
    write('console-reply-follow-up', L('support_reply', c, ['AWS09875521', 'AWS63327180'], True, 'en'), body,
          aws_yahoo(FATIMA_A, d) + ses_extra(d), AWS_NOREPLY, FATIMA_A,
          'RE:[CASE %s] Request to merge my AWS Certification accounts' % c, d, ses_id(d))


# 043 -- merge refused: names differ (ja, iCloud)
@mail
def m043():
    d = T('2025-11-05 18:44:21', JST)
    c = YAMAMOTO_CASE
    txt = ('山本 大輔 様\n\n'
           'AWS サポートへお問い合わせいただき、ありがとうございます。担当の井上でございます。\n\n'
           'ご依頼いただいた AWS72205813 と AWS18846620 につきまして確認いたしましたところ、'
           'ご登録の氏名（Yamamoto Daisuke / Yamamoto Daichi）が一致しないため、現時点では統合を実施することができかねます。\n\n'
           '同一人物のアカウントであることを確認させていただくため、お手数ですが、'
           '氏名の変更履歴がわかる情報、または各アカウントで受験された試験の日付と試験会場をお知らせいただけますでしょうか。\n\n'
           'ご不便をおかけし申し訳ございませんが、何卒よろしくお願いいたします。\n\n'
           '井上 沙織\nアマゾン ウェブ サービス' + console_footer_ja(c))
    body = alt(part(txt, cte='quoted-printable'), part(to_html(txt, lang='ja'), 'html', cte='quoted-printable'))
    write('console-reply-ja-names-differ', L('support_reply', c, ['AWS18846620', 'AWS72205813'], True, 'ja'), body,
          aws_icloud(YAMAMOTO_A, d) + ses_extra(d), '"Amazon Web Services" <no-reply-aws@amazon.com>', YAMAMOTO_A,
          'RE:[CASE %s] 認定アカウントの統合について' % c, d, ses_id(d), subj_charset='utf-8')


# 044 -- "New correspondence added" notice (en console, Outlook)
@mail
def m044():
    d = T('2025-06-03 14:13:01')
    c = PRIYA_CASE
    txt = ('Dear Amazon Web Services customer,\n\n'
           'We have updated your support case. An AWS Support agent has added a new correspondence to case %s.\n\n'
           'To view the correspondence and respond, please sign in to the AWS Support Center:\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
           'Please note: this e-mail was sent from an address that cannot accept incoming e-mail.\n\n'
           'Sincerely,\nAmazon Web Services' % (c, c))
    body = alt(part(txt, cte='7bit'), part(to_html(txt), 'html', cte='quoted-printable'))
    write('console-new-correspondence-notice', L('support_reply', c, [], True, 'en'), body,
          aws_outlook(PRIYA_A, d) + ses_extra(d), AWS_NOREPLY, PRIYA_A,
          '[Case %s] New correspondence added' % c, d, ses_id(d))


# 045 -- duplicate case closed, continue on the original (en console, Yahoo)
@mail
def m045():
    d = T('2025-02-14 12:06:47')
    c = FATIMA_CASE
    txt = ('Hello Fatima,\n\n'
           'We noticed that you also opened case %s for the same request. To avoid two teams working on the same '
           'accounts, we have resolved that case and will continue to assist you here, in case %s.\n\n'
           'There is no need to open a new case; you can simply reply here. As a reminder, we are still waiting to '
           'hear which profile you would like to keep.\n\n'
           'Best regards,\n\nArjun S.\nAmazon Web Services' % (FATIMA_DUP, c) + console_footer_en(c))
    body = alt(part(txt), part(to_html(txt), 'html'))
    write('console-reply-duplicate-case', L('support_reply', c, [], True, 'en'), body,
          aws_yahoo(FATIMA_A, d) + ses_extra(d), AWS_NOREPLY, FATIMA_A,
          'RE:[CASE %s] Request to merge my AWS Certification accounts' % c, d, ses_id(d))


KATO_A = 'osamu.kato@kato-sekkei.jp'
KATO_OPEN = T('2025-12-01 10:20:33', JST)
KATO_CASE = case15(KATO_OPEN)

LUKAS_BILLING_OPEN = T('2025-09-08 13:40:02', CET)
LUKAS_BILLING_CASE = case15(LUKAS_BILLING_OPEN)
HANNAH_QUOTA_OPEN = T('2025-11-20 09:31:47', CET)
HANNAH_QUOTA_CASE = case15(HANNAH_QUOTA_OPEN)


def credly_gmail(to, d, local):
    ip = '149.72.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = 'bounces+2049181-%s-%s@em.credly.com' % (hexs(4), local)
    ar = gmail_ar([('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], mf, ip, ('pass', 'QUARANTINE', 'credly.com'))
    hs = gmail_transport(to, d, mf, ip, 'o%d.em.credly.com' % rnd.randint(1, 9), ar)
    hs.append(dkim('credly.com', 's1', d, h='content-type:from:mime-version:subject:to'))
    return hs


def credly_jp(to, d, authserv, mx):
    ip = '149.72.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = 'bounces+2049181-%s-%s@em.credly.com' % (hexs(4), to.replace('@', '='))
    ar = 'spf=pass smtp.mailfrom=em.credly.com;\n\tdkim=pass header.i=@credly.com header.s=s1;\n\tdmarc=pass header.from=credly.com'
    hs = jp_transport(to, d, mf, ip, 'o%d.em.credly.com' % rnd.randint(1, 9), authserv, ar, mx)
    hs.append(dkim('credly.com', 's1', d, h='content-type:from:mime-version:subject:to'))
    return hs


def credly_msgid():
    return '<%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', '_').replace('+', '-'), rnd.randint(1, 40))


# 046 -- "thanks for confirming, we have started" + question about an exam booking (ja, ISO-2022-JP)
@mail
def m046():
    d = T('2025-10-22 13:55:18', JST)
    c = ITO_CASE
    txt = ('伊藤 真由美 様\n\n'
           'AWS トレーニングと認定 カスタマーサポートの松本でございます。\n\n'
           'ご確認のご返信をいただき、ありがとうございます。'
           'AWS40395518 から AWS81470256 への統合手続きを開始いたしました。完了いたしましたら、改めてご連絡いたします。\n\n'
           'また、念のための確認でございますが、今月中に受験をご予定の試験はございますでしょうか。'
           '手続き中に試験のご予約を変更されますと反映が遅れる場合がございますので、ご予定がございましたらお知らせください。\n\n'
           '松本 恵\nAWS トレーニングと認定 カスタマーサポート\n\n'
           '2025年10月22日(水) 8:02 伊藤 真由美 <mayumi-ito@ocn.ne.jp>:\n'
           '> 松本様\n'
           '>\n'
           '> ご連絡ありがとうございます。記載の内容で問題ございません。\n'
           '> 統合をお願いいたします。\n'
           '>\n'
           '> 伊藤\n')
    body = part(txt, cs='iso-2022-jp', cte='7bit')
    write('form-reply-ja-started-plus-question', L('support_reply', c, ['AWS40395518', 'AWS81470256'], True, 'ja'), body,
          aws_jp(ITO_A, d, 'ocn.ad.jp', 'mx-ocn.ocn.ad.jp') + ses_extra(d), AWS_FORM, ITO_A,
          'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 047 -- form desk auto-acknowledgement (en)
@mail
def m047():
    d = CHEN_OPEN + dt.timedelta(seconds=37)
    c = CHEN_CASE
    txt = ('Hello,\n\n'
           'Thank you for contacting AWS Training and Certification. This message confirms that we have received '
           'your request and created case %s.\n\n'
           'Inquiry type: Certification\n'
           'Inquiry detail: Account Merge\n'
           'AWS candidate ID: aws47720391\n\n'
           'A member of our team will get back to you, typically within 24 hours. To add information to this '
           'request, reply to this e-mail and keep the case number in the subject line. Please do not open a new case '
           'for the same request, as this may delay our response.\n\n'
           'AWS Training and Certification Customer Support\n' % c)
    body = part(txt, cs='us-ascii', cte='7bit')
    write('form-auto-ack', L('case_created', c, ['AWS47720391'], True, 'en'), body,
          aws_gmail(CHEN_A, d) + ses_extra(d), AWS_FORM, CHEN_A,
          '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# 048 -- rating request, HTML-only (en)
@mail
def m048():
    d = T('2025-06-07 20:03:44')
    c = PRIYA_CASE
    htmlt = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>How did we do?</title></head>'
             '<body style="margin:0;background:#f2f3f3;font-family:Amazon Ember,Arial,sans-serif">'
             '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">'
             '<tr><td style="background:#232f3e;padding:16px"><span style="color:#fff;font-size:18px">AWS Support</span></td></tr>'
             '<tr><td style="padding:24px;font-size:14px;color:#16191f">'
             '<p>Hello,</p>'
             '<p>You recently worked with <b>Joanna P.</b> on case <b>%s</b>.</p>'
             '<p>How satisfied were you with the support you received?</p>'
             '<table cellpadding="6"><tr>'
             '<td><a href="https://aws.qualtrics.com/jfe/form/SV_%s?caseId=%s&amp;score=1">1</a></td>'
             '<td><a href="https://aws.qualtrics.com/jfe/form/SV_%s?caseId=%s&amp;score=2">2</a></td>'
             '<td><a href="https://aws.qualtrics.com/jfe/form/SV_%s?caseId=%s&amp;score=3">3</a></td>'
             '<td><a href="https://aws.qualtrics.com/jfe/form/SV_%s?caseId=%s&amp;score=4">4</a></td>'
             '<td><a href="https://aws.qualtrics.com/jfe/form/SV_%s?caseId=%s&amp;score=5">5</a></td></tr></table>'
             '<p style="font-size:12px;color:#545b64">1 = Very dissatisfied, 5 = Very satisfied. The survey takes less than two minutes.</p>'
             '<p>Thank you,<br>Amazon Web Services</p></td></tr>'
             '<tr><td style="padding:16px;font-size:11px;color:#879196">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210. '
             'This message was produced and distributed by Amazon Web Services, Inc.</td></tr></table></body></html>')
    sv = b64s(15).replace('/', 'x').replace('+', 'Q')
    htmlt = htmlt % ((c,) + (sv, c) * 5)
    body = part(htmlt, 'html', cte='quoted-printable')
    write('support-rating-request', L('survey', c, [], True, 'en'), body,
          aws_outlook(PRIYA_A, d) + ses_extra(d), AWS_NOREPLY, PRIYA_A,
          'How did we do? Tell us about your recent AWS Support case', d, ses_id(d))


# 049 -- closure + survey (ja, form desk)
@mail
def m049():
    d = T('2025-05-30 09:12:50', JST)
    c = SUZUKI_CASE
    txt = ('鈴木 太郎 様\n\n'
           'AWS トレーニングと認定をご利用いただき、ありがとうございます。\n\n'
           'お問い合わせ（ケース ID: %s）をクローズいたしました。\n\n'
           '今回のお問い合わせは解決しましたか？\n'
           '  [はい] https://aws-tc-feedback.amazon.com/survey?case=%s&r=1\n'
           '  [いいえ] https://aws-tc-feedback.amazon.com/survey?case=%s&r=0\n\n'
           '担当者の対応について、5 段階でご評価いただけますと幸いです。所要時間は 1 分程度です。\n\n'
           '引き続き同じ件についてご質問がある場合は、本メールにご返信ください。ケースが再開されます。\n\n'
           'AWS トレーニングと認定 カスタマーサポート\n' % (c, c, c))
    body = alt(part(txt, cte='base64'), part(to_html(txt, lang='ja'), 'html', cte='base64'))
    write('form-case-closed-survey-ja', L('survey', c, [], True, 'ja'), body,
          aws_gmail(SUZUKI_A, d) + ses_extra(d), AWS_FORM, SUZUKI,
          '[CASE %s] お問い合わせはクローズされました - アンケートへのご協力のお願い' % c, d, ses_id(d), subj_charset='iso-2022-jp')


# 050 -- case auto-resolved for no reply, rate us (en)
@mail
def m050():
    d = T('2025-10-24 10:20:02')
    c = CHEN_CASE
    txt = ('Hello,\n\n'
           "We haven't heard back from you, so case %s has been resolved automatically.\n\n"
           'Was your issue resolved?\n'
           '  YES: https://aws-tc-feedback.amazon.com/survey?case=%s&resolved=yes\n'
           '  NO:  https://aws-tc-feedback.amazon.com/survey?case=%s&resolved=no\n\n'
           'We would also appreciate it if you could rate the agent who helped you. If you still need help with this '
           'request, simply reply to this e-mail within 14 days and the case will be reopened.\n\n'
           'AWS Training and Certification Customer Support\n' % (c, c, c))
    body = alt(part(txt, cte='7bit'), part(to_html(txt), 'html', cte='quoted-printable'))
    write('form-case-auto-resolved-survey', L('survey', c, [], True, 'en'), body,
          aws_gmail(CHEN_A, d) + ses_extra(d), AWS_FORM, CHEN_A,
          'Your case %s has been resolved' % c, d, ses_id(d))


# 051 -- console closure (ja, 2022)
@mail
def m051():
    d = T('2022-11-18 10:00:12', JST)
    c = KOBAYASHI_CASE
    txt = ('アマゾン ウェブ サービスのサポートをご利用いただき、ありがとうございます。\n\n'
           'ケース ID %s は解決済みとなりました。\n\n'
           '問題は解決しましたか？ 以下のリンクから、今回の対応についての評価をお寄せください。\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&rate=true\n\n'
           'さらにサポートが必要な場合は、14 日以内であればこのケースを再開できます。\n\n'
           '※このメールは送信専用のアドレスから送信されています。\n\n'
           'アマゾン ウェブ サービス' % (c, c))
    body = alt(part(txt, cs='iso-2022-jp', cte='7bit'), part(to_html(txt, lang='ja'), 'html', cte='base64'))
    mf = ses_mailfrom(d)
    ar = ('spf=pass smtp.mailfrom=amazonses.com;\n dkim=pass header.i=@amazon.com header.s=%s;\n dmarc=pass header.from=amazon.com' % AMZ_SEL)
    hs = jp_transport(KOBAYASHI_A, d, mf, ses_ip(), 'a8-%d.smtp-out.amazonses.com' % rnd.randint(10, 250), 'yahoo.co.jp', ar, 'mta%d.mail.kks.yahoo.co.jp' % rnd.randint(5000, 5099))
    hs.append(dkim('amazon.com', AMZ_SEL, d))
    write('console-case-resolved-ja-2022', L('survey', c, [], True, 'ja'), body,
          hs + ses_extra(d), '"Amazon Web Services" <no-reply-aws@amazon.com>', KOBAYASHI_A,
          'Amazon Web Services: ケース %s は解決済みです' % c, d, ses_id(d), subj_charset='iso-2022-jp')


# 052 -- Credly: badge moved to merged account (ja, nifty)
@mail
def m052():
    d = T('2025-04-25 22:18:36', JST)
    url = 'https://www.credly.com/badges/%s-%s-%s-%s-%s/accept' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
    txt = ('佐藤 美咲 さん\n\n'
           'Amazon Web Services Training and Certification があなたにバッジを発行しました。\n\n'
           'AWS Certified Cloud Practitioner\n\n'
           'このバッジは、AWS 認定アカウントの統合に伴い、misaki.sato@nifty.com に移行されたものです。\n'
           '以下のボタンからバッジを受け取ってください。\n\n'
           'バッジを受け取る: %s\n\n'
           'Credly, Inc.\n' % url)
    htmlt = to_html(txt, style='plain').replace('バッジを受け取る: ', '<a href="%s" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">バッジを受け取る</a> ' % url)
    body = alt(part(txt, cte='quoted-printable'), part(htmlt, 'html', cte='quoted-printable'))
    write('credly-badge-moved-ja', L('credly_badge_issued', None, [], True, 'ja'), body,
          credly_jp(SATO_A, d, 'mx.nifty.com', 'mta-snd-e%02d.mail.nifty.com' % rnd.randint(1, 12)),
          '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', SATO_A,
          'バッジが発行されました: AWS Certified Cloud Practitioner', d, credly_msgid(), subj_charset='utf-8')


# 053 -- Credly: badges transferred after merge (en, Yahoo)
@mail
def m053():
    d = T('2025-02-24 15:31:05')
    txt = ('Hi Fatima,\n\n'
           '2 badges from Amazon Web Services Training and Certification have been added to your Credly account.\n\n'
           '  * AWS Certified Cloud Practitioner\n'
           '  * AWS Certified Solutions Architect - Associate\n\n'
           'These badges were transferred to fatima.zahra88@yahoo.com following an update to your AWS Certification '
           'profile. Accept them to display them on your Credly profile.\n\n'
           'Accept your badges: https://www.credly.com/earner/earned?accept=%s\n\n'
           'The Credly Team\n' % hexs(24))
    body = alt(part(txt, cte='quoted-printable'), part(to_html(txt, style='plain'), 'html', cte='quoted-printable'))
    ip = '149.72.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = 'bounces+2049181-%s-fatima.zahra88=yahoo.com@em.credly.com' % hexs(4)
    hs = [('Return-Path', '<%s>' % mf),
          ('Received', 'from 10.217.151.%d by atlas%d.mail.bf1.yahoo.com with HTTP; %s' % (rnd.randint(1, 250), rnd.randint(100, 200), rfc(d + dt.timedelta(seconds=2)))),
          ('Authentication-Results', 'atlas-production.v2.mail.yahoo.com;\n dkim=pass header.i=@credly.com header.s=s1;\n spf=pass smtp.mailfrom=em.credly.com;\n dmarc=pass(p=QUARANTINE) header.from=credly.com;'),
          ('Received', 'from %s (EHLO o7.em.credly.com)\n by 10.217.151.%d with SMTPs; %s' % (ip, rnd.randint(1, 250), rfc(d))),
          dkim('credly.com', 's1', d, h='content-type:from:mime-version:subject:to')]
    write('credly-badges-transferred', L('credly_badge_issued', None, [], True, 'en'), body, hs,
          '"Credly" <admin@credly.com>', FATIMA_A, 'Your badges have been transferred to your Credly account', d, credly_msgid())


# 054 -- colleague forwards AWS completion from the old work address (ja, Shift_JIS) -> unrelated
@mail
def m054():
    d = T('2025-05-30 10:26:11', JST)
    c = SUZUKI_CASE
    txt = ('鈴木さん\n\n'
           'お疲れさまです。総務の山口です。\n'
           '退職された鈴木さんの旧アドレス宛てに、AWS から以下のメールが届いていましたので転送いたします。\n'
           'ご確認ください。\n\n'
           '山口\n'
           '--------------------------------------\n'
           '株式会社ホシノ 総務部　山口 由紀\n'
           'TEL: 03-5555-0142\n'
           '--------------------------------------\n\n'
           '-----Original Message-----\n'
           'From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
           'Sent: Thursday, May 29, 2025 4:41 PM\n'
           'To: t.suzuki@kk-hoshino.co.jp\n'
           'Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n'
           '鈴木 太郎 様\n\n'
           'ご依頼いただいておりましたアカウントの統合が完了いたしましたので、ご報告申し上げます。\n\n'
           '  統合元（無効化済み）: AWS04718263\n'
           '  統合先: AWS09362815\n\n'
           '木村 彩\nAWS トレーニングと認定 カスタマーサポート\n' % c)
    body = part(txt, cs='shift_jis', codec='cp932', cte='base64')
    ip = '210.140.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = 'y.yamaguchi@kk-hoshino.co.jp'
    ar = gmail_ar([('pass', 'kk-hoshino.co.jp', 'selector1')], mf, ip, ('pass', 'NONE', 'kk-hoshino.co.jp'))
    hs = gmail_transport(SUZUKI_A, d, mf, ip, 'mail.kk-hoshino.co.jp', ar)
    hs.append(dkim('kk-hoshino.co.jp', 'selector1', d))
    write('colleague-forward-sjis', L('unrelated', c, [], False, 'ja'), body, hs,
          '"山口 由紀" <y.yamaguchi@kk-hoshino.co.jp>', SUZUKI,
          'FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d,
          '<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (rnd.randint(1000, 9999), hexs(8).upper(), rnd.randint(1000, 9999)),
          subj_charset='iso-2022-jp', extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AQH' + b64s(40)),
                                             ('Content-Language', 'ja')])


# 055 -- Pearson VUE appointment (ja), shows a candidate id in its own text
@mail
def m055():
    d = T('2025-04-10 20:44:03', JST)
    txt = ('佐藤 美咲 様\n\n'
           'Pearson VUE をご利用いただき、ありがとうございます。以下の内容で試験のご予約を承りました。\n\n'
           '試験: AWS Certified Solutions Architect - Associate (SAA-C03)\n'
           '試験日時: 2025年4月25日(金) 13:30\n'
           '試験会場: OnVUE オンライン試験\n'
           '受験者 ID: AWS71934056\n'
           '登録番号: %d\n\n'
           '試験開始の 30 分前からチェックインが可能です。ご本人確認のため、有効な身分証明書をご用意ください。\n'
           '予約の変更やキャンセルは、試験日時の 24 時間前までに行ってください。\n\n'
           'Pearson VUE\n' % rnd.randint(400000000, 499999999))
    body = alt(part(txt, cte='quoted-printable'), part(to_html(txt, style='plain'), 'html', cte='quoted-printable'))
    ip = '159.182.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = 'pearsonvueconfirmation@pearson.com'
    ar = 'spf=pass smtp.mailfrom=pearson.com;\n\tdkim=pass header.i=@pearson.com header.s=pearson2023;\n\tdmarc=pass header.from=pearson.com'
    hs = jp_transport(SATO_A, d, mf, ip, 'mailout.pearsonvue.com', 'mx.nifty.com', ar, 'mta-snd-e%02d.mail.nifty.com' % rnd.randint(1, 12))
    hs = [h for h in hs if h[0] != 'Authentication-Results']
    hs.append(dkim('pearson.com', 'pearson2023', d))
    write('pearson-vue-appointment-ja', L('unrelated', None, ['AWS71934056'], None, 'ja'), body, hs,
          '"Pearson VUE" <pearsonvueconfirmation@pearson.com>', SATO_A,
          'Pearson VUE 試験予約の確認 - AWS Certified Solutions Architect - Associate', d,
          '<%s.JavaMail.vue@pearsonvue.com>' % hexs(16), subj_charset='utf-8')


# 056 -- AWS billing case: linked account joined the organisation (unrelated merge)
@mail
def m056():
    d = T('2025-09-10 16:22:30', CET)
    c = LUKAS_BILLING_CASE
    txt = ('Hello Lukas,\n\n'
           'I can confirm that the member account 4471-0923-8815 has now joined your organization, and its charges '
           'from the September billing period onwards will appear on the consolidated bill of your management account '
           '(2203-5518-0046). The remaining promotional credit of USD 300.00 has been moved along with it.\n\n'
           'In other words, the two bills are now merged into one; no further action is needed on your side.\n\n'
           'Best regards,\n\nMateus F.\nAmazon Web Services Billing and Accounts' + console_footer_en(c))
    body = alt(part(txt), part(to_html(txt), 'html'))
    write('console-billing-accounts-joined', L('unrelated', c, [], True, 'en'), body,
          aws_outlook(LUKAS_A, d) + ses_extra(d), AWS_NOREPLY, '"Lukas Berger" <%s>' % LUKAS_A,
          'RE:[CASE %s] Consolidate billing of two AWS accounts' % c, d, ses_id(d))


# 057 -- AWS console case opened for a quota increase (unrelated)
@mail
def m057():
    d = HANNAH_QUOTA_OPEN + dt.timedelta(seconds=12)
    c = HANNAH_QUOTA_CASE
    txt = ('Hello,\n\n'
           'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
           'The details of your case are as follows:\n\n'
           'Case ID: %s\n'
           'Subject: Limit Increase: EC2 Instances\n'
           'Severity: Normal\n'
           'Correspondence: Service: EC2 Instances\n'
           'Region: Europe (Frankfurt)\n'
           'Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances\n'
           'Limit name: Instance Limit\n'
           'New limit value: 256\n\n'
           'You can view your case at: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
           'Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
           'To update your case, please use the link above.\n\n'
           'Best regards,\nAmazon Web Services' % (c, c, c))
    body = alt(part(txt, cte='7bit'), part(to_html(txt), 'html', cte='quoted-printable'))
    hs = aws_outlook(HANNAH_A, d)
    write('console-case-opened-quota', L('unrelated', c, [], True, 'en'), body,
          hs + ses_extra(d), AWS_NOREPLY, '"Hannah Weber" <%s>' % HANNAH_A,
          'Amazon Web Services: You have opened a new Support case: %s' % c, d, ses_id(d))


# 058 -- Credly expiry reminder (ja, biglobe) -> unrelated
@mail
def m058():
    d = T('2025-08-02 07:15:40', JST)
    txt = ('中村 由美 さん\n\n'
           'バッジ「AWS Certified Cloud Practitioner」の有効期限が 60 日後（2025年10月1日）に切れます。\n\n'
           '再認定の方法については、Amazon Web Services Training and Certification のページをご確認ください。\n'
           'https://aws.amazon.com/certification/recertification/\n\n'
           '有効期限が切れたバッジは、プロフィール上で「期限切れ」と表示されます。\n\n'
           'Credly チーム\n')
    body = alt(part(txt, cte='base64'), part(to_html(txt, style='plain'), 'html', cte='base64'))
    write('credly-expiry-reminder-ja', L('unrelated', None, [], True, 'ja'), body,
          credly_jp(NAKAMURA_A, d, 'biglobe.ne.jp', 'mxg%02d.mail.biglobe.ne.jp' % rnd.randint(1, 9)),
          '"Credly" <admin@credly.com>', NAKAMURA_A, 'バッジの有効期限が近づいています: AWS Certified Cloud Practitioner', d,
          credly_msgid(), subj_charset='utf-8')


# 059 -- phishing (billing), spoofed amazon.com From, top A-R dmarc=fail, forged lower A-R pass -> unrelated
@mail
def m059():
    d = T('2025-10-02 03:17:26')
    txt = ('Dear AWS Customer,\n\n'
           'We were unable to process the payment for your AWS account. As a result, your services have been '
           'suspended and your data will be deleted within 24 hours.\n\n'
           'To restore your account, update your payment information now:\n'
           'https://aws-billing-restore.com/console/billing?session=%s\n\n'
           'Amazon Web Services Billing\n' % hexs(20))
    body = alt(part(txt, cte='7bit'), part(to_html(txt, style='plain'), 'html', cte='7bit'))
    ip = '45.133.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    mf = 'info@srv%d.hostingpoint.ru' % rnd.randint(10, 99)
    ar = gmail_ar([], mf, ip, ('fail', 'QUARANTINE', 'amazon.com'), spf='neutral')
    hs = gmail_transport(MARCO_A, d, mf, ip, 'srv%d.hostingpoint.ru' % rnd.randint(10, 99), ar)
    hs = [h for h in hs if h[0] != 'Received-SPF']
    hs.append(('Authentication-Results', 'mx.google.com; dkim=pass header.i=@amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'))
    write('billing-suspended-spoof', L('unrelated', None, [], False, 'en'), body, hs,
          '"Amazon Web Services" <no-reply-aws@amazon.com>', MARCO_A,
          'Action needed: Your AWS account has been suspended', d, '<%s@srv.hostingpoint.ru>' % hexs(20))


# 060 -- completion + closure in one (ja, sakura-hosted company domain, ISO-2022-JP)
@mail
def m060():
    d = T('2025-12-04 11:47:15', JST)
    c = KATO_CASE
    txt = ('加藤 修 様\n\n'
           'いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの石井でございます。\n\n'
           'ご依頼いただいたアカウントの統合が完了いたしましたので、本ケースはクローズとさせていただきます。\n\n'
           '  統合後にご利用いただくアカウント: AWS 91027364\n'
           '  統合により廃止されたアカウント: AWS 50318827\n\n'
           '廃止されたアカウントで取得された認定資格の有効期限および再認定の期限は、統合後もそのまま引き継がれております。\n\n'
           'ケースのクローズ後、今回の対応に関するアンケートのご案内が届きます。お手すきの際にご協力いただけますと幸いです。\n\n'
           'このたびはご利用いただき、誠にありがとうございました。\n\n'
           '石井 達也\nAWS トレーニングと認定 カスタマーサポート\n')
    body = part(txt, cs='iso-2022-jp', cte='7bit')
    ar = ('spf=pass smtp.mailfrom=amazonses.com;\n\tdkim=pass header.d=amazon.com header.s=%s header.a=rsa-sha256;\n\tdmarc=pass header.from=amazon.com' % AMZ_SEL)
    hs = aws_jp(KATO_A, d, 'www%d.sakura.ne.jp' % rnd.randint(1000, 9999), 'www%d.sakura.ne.jp' % rnd.randint(1000, 9999), ar_override=ar)
    hs = [h for h in hs if h[0] != 'Authentication-Results']  # shared-hosting MTA adds no A-R
    hs.insert(0, ('X-Virus-Status', 'Clean'))
    write('form-reply-ja-done-and-closing', L('merge_completed', c, ['AWS50318827', 'AWS91027364'], None, 'ja'), body,
          hs + ses_extra(d), AWS_FORM, KATO_A,
          'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, d, ses_id(d))


# ---- MAIL CHUNKS INSERTED ABOVE THIS LINE ----


def decoded_text(msg):
    from email.header import decode_header, make_header
    import unicodedata
    out = [str(make_header(decode_header(msg.get('Subject', ''))))]
    for p in msg.walk():
        if p.get_content_maintype() != 'text':
            continue
        raw = p.get_payload(decode=True) or b''
        cs = (p.get_content_charset() or 'us-ascii').lower()
        for c in (cs, {'shift_jis': 'cp932', 'iso-2022-jp': 'iso2022_jp_ext'}.get(cs, cs), 'utf-8', 'cp932', 'cp1252'):
            try:
                t = raw.decode(c)
                break
            except (UnicodeDecodeError, LookupError):
                continue
        if p.get_content_subtype() == 'html':
            t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
        out.append(t)
    return unicodedata.normalize('NFKC', '\n'.join(out))


def check():
    import email, collections
    bad = 0
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    labels = json.load(open(os.path.join(OUT, 'labels.json'), encoding='utf-8'))
    assert set(files) == set(labels), (set(files) ^ set(labels))
    for f in files:
        msg = email.message_from_bytes(open(os.path.join(OUT, f), 'rb').read())
        t = decoded_text(msg)
        lab = labels[f]
        found = set('AWS' + m for m in re.findall(r'(?i)aws[ \-]?(\d{8})(?!\d)', t))
        for a in lab['account_ids']:
            if a not in found:
                print('MISSING ID', f, a); bad += 1
        if lab['case_id'] and lab['case_id'] not in re.sub(r'[ ]', '', t):
            print('MISSING CASE', f, lab['case_id']); bad += 1
        if lab['kind'] not in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                               'credly_badge_issued', 'support_reply', 'unrelated'):
            print('BAD KIND', f); bad += 1
        extra = found - set(lab['account_ids'])
        if extra:
            print('  note: ids only in quoted/other text', f, sorted(extra))
    print('kinds', collections.Counter(l['kind'] for l in labels.values()))
    print('lang', collections.Counter(l['language'] for l in labels.values()))
    print('verified', collections.Counter(str(l['sender_verified']) for l in labels.values()))
    print('problems:', bad)


def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote', len(LABELS), 'mails')
    check()


if __name__ == '__main__':
    main()
