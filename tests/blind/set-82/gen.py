#!/usr/bin/env python3
"""Generator for blind set 82: AWS Certification account-merge mail (2026), both desks."""
import io, os, json, random, string, hashlib, base64, uuid, html, re
import datetime as dt
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import encoders

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(8282)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')

def T(s):
    """'2026-01-12 14:03:27' UTC -> aware datetime"""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)

def case15(opened, suffix):
    return '%d%05d' % (int(opened.timestamp()), suffix)

def pacific(t):
    dst = T('2026-03-08 10:00:00') <= t < T('2026-11-01 09:00:00')
    return t.astimezone(dt.timezone(dt.timedelta(hours=-7 if dst else -8), 'PDT' if dst else 'PST'))

def fmt(t, tz=None):
    if tz is not None:
        t = t.astimezone(tz)
    s = format_datetime(t)
    return s

def fmt_tz(t):
    s = format_datetime(t)
    if t.tzname() in ('PST', 'PDT', 'JST'):
        s += ' (%s)' % t.tzname()
    return s

def rstr(n, alpha=string.ascii_letters + string.digits):
    return ''.join(rnd.choice(alpha) for _ in range(n))

def rhex(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))

def rb64(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()

def fold_b64(s, width=70, indent='\t '):
    return ('\n' + indent).join(s[i:i + width] for i in range(0, len(s), width))

def ruuid():
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))

def ses_id(t):
    ms = int(t.timestamp() * 1000)
    return '0100%012x-%s-000000' % (ms, ruuid())

# ---------------------------------------------------------------- senders
def sender_aws(t, domain='amazon.com'):
    sid = ses_id(t)
    n = rnd.choice([8, 9, 10, 11, 12, 13, 14, 15])
    last = rnd.randint(20, 250)
    sels = {'amazon.com': '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw',
            'signin.aws': 'vo5tq3ujr4mbh2qsi7zkznuqizkvjhdp'}
    return dict(
        msgid='<%s@email.amazonses.com>' % sid,
        mailfrom='%s@amazonses.com' % sid, mf_domain='amazonses.com',
        helo='a%d-%d.smtp-out.amazonses.com' % (n, last), ip='54.240.%d.%d' % (n, last),
        dkim=[(domain, sels.get(domain, 'kx3o7ylsiuxbahz2wqaj')), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
        from_domain=domain, spf='pass', dkim_res='pass', dmarc='pass', policy='QUARANTINE')

def sender_credly(t, rcpt):
    loc = rcpt.replace('@', '=')
    return dict(
        msgid='<%s@geopod-ismtpd-%d>' % (rstr(22), rnd.randint(1, 40)),
        mailfrom='bounces+2191853-%s-%s@em6145.credly.com' % (rhex(4), loc), mf_domain='em6145.credly.com',
        helo='o%d.ptr%d.credly.com' % (rnd.randint(1, 9), rnd.randint(1000, 9999)), ip='149.72.%d.%d' % (rnd.randint(1, 254), rnd.randint(1, 254)),
        dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')],
        from_domain='credly.com', spf='pass', dkim_res='pass', dmarc='pass', policy='REJECT')

def sender_generic(domain, helo, ip, mailfrom, dkim, msgid, dmarc='pass', policy='NONE', spf='pass', dkim_res='pass'):
    return dict(msgid=msgid, mailfrom=mailfrom, mf_domain=mailfrom.split('@')[1], helo=helo, ip=ip, dkim=dkim,
                from_domain=domain, spf=spf, dkim_res=dkim_res, dmarc=dmarc, policy=policy)

def sender_gmail_user(addr):
    return sender_generic('gmail.com', 'mail-sor-f%d.google.com' % rnd.randint(41, 73), '209.85.220.%d' % rnd.randint(41, 73),
                          addr, [('gmail.com', '20230601')],
                          '<CA%s@mail.gmail.com>' % (rstr(8) + '+' + rstr(36) + '_' + rstr(8)), policy='NONE')

def dkim_header(d, s, t, hlist='From:Reply-To:Subject:Date:Message-ID:To:MIME-Version:Content-Type:Content-Transfer-Encoding'):
    ts = int(t.timestamp())
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (s, d, ts, hlist, rb64(32), fold_b64(rb64(192))))

# ---------------------------------------------------------------- receiving providers
def transport(provider, rcpt, t, snd, extra_ar_below=None, top_ar=None):
    """Return list of (name, value) trace headers placed on top of the message."""
    H = []
    t1 = t + dt.timedelta(seconds=rnd.randint(1, 4))
    dkim_ok = snd['dkim_res']
    dkim_ds = [d for d, s in snd['dkim']]
    if provider in ('gmail', 'gws'):
        p = pacific(t1)
        smtpid = '%s.%d.2026.%02d.%02d.%02d.%02d.%02d' % (
            'd75a77b69052e-' + rhex(10) + 'si' + str(rnd.randint(1000000, 9999999)) + 'cf', rnd.randint(100, 900),
            p.month, p.day, p.hour, p.minute, p.second)
        H.append(('Delivered-To', rcpt))
        H.append(('Received', 'by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
                  % (rhex(4), rhex(3), rhex(3), rhex(4), rstr(3).lower() + 'csp' + str(rnd.randint(100000, 999999)), fmt_tz(p))))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + rstr(60)))
        H.append(('X-Received', 'by 2002:a05:622a:%s:b0:%s:%s with SMTP id d75a77b69052e-%s.%d.%d;\n        %s'
                  % (rhex(3), rhex(3), rhex(4), rhex(11), rnd.randint(10, 99), int(t1.timestamp() * 1000), fmt_tz(p))))
        H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                  % (int(t1.timestamp()), fold_b64(rb64(160), 70, '        '))))
        H.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s'
                  % (rb64(32), rb64(32), fold_b64(rb64(160), 70, '        '))))
    ar = None
    if top_ar is not None:
        ar = top_ar
    elif provider in ('gmail', 'gws'):
        parts = []
        for d, s in snd['dkim']:
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim_ok, d, s, rstr(8)))
        if snd['spf'] == 'pass':
            parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                         % (snd['mailfrom'], snd['ip'], snd['mailfrom']))
        else:
            parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                         % (snd['spf'], snd['mailfrom'], snd['ip'], snd['mailfrom']))
        pol = snd['policy']
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            snd['dmarc'], pol, pol, 'NONE' if snd['dmarc'] == 'pass' else ('QUARANTINE' if pol == 'QUARANTINE' else 'NONE'), snd['from_domain']))
        ar = 'mx.google.com;\n       ' + ';\n       '.join(parts)
        H.append(('ARC-Authentication-Results', 'i=1; ' + ar))
    if provider in ('gmail', 'gws'):
        p = pacific(t1)
        H.append(('Return-Path', '<%s>' % snd['mailfrom']))
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                  % (snd['helo'], snd['helo'], snd['ip'], 'd75a77b69052e-' + rhex(10) + 'si' + str(rnd.randint(1000000, 9999999)) + '.' + str(rnd.randint(10, 99)), rcpt, fmt_tz(p))))
        H.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
                  % (snd['spf'], snd['mailfrom'], 'designates' if snd['spf'] == 'pass' else 'does not designate', snd['ip'], snd['ip'])))
        H.append(('Authentication-Results', ar))
    elif provider in ('o365', 'outlookjp'):
        region = 'jpnprd01' if provider == 'outlookjp' else 'namprd22'
        pfx = 'TY' if provider == 'outlookjp' else 'SJ'
        srv1 = '%sCPR01MB%d.%s.prod.outlook.com' % (pfx, rnd.randint(1000, 9999), region)
        srv2 = '%sCP286CA%04d.%s.PROD.OUTLOOK.COM' % (pfx, rnd.randint(1, 999), 'JPNP286' if provider == 'outlookjp' else 'NAMP222')
        fe = '%sPEPF0000%s.%s.prod.outlook.com' % ('OS1' if provider == 'outlookjp' else 'SN1', rstr(4).upper(), region)
        H.append(('Received', 'from %s (2603:1096:604:%s::%d) by\n %s with HTTPS; %s' % (srv1, rhex(2), rnd.randint(1, 20), srv1.replace('CPR01', 'WPR01'), fmt(t1))))
        H.append(('Received', 'from %s (2603:1096:400:%s::%d) by %s\n (2603:1096:604:%s::%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8445.24; %s'
                  % (srv2, rhex(3), rnd.randint(1, 30), srv1, rhex(2), rnd.randint(1, 20), fmt(t1))))
        H.append(('Received', 'from %s\n (2603:1096:400:%s:cafe::%s) by %s\n (2603:1096:400:%s::%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8445.24 via Frontend Transport; %s'
                  % (fe, rhex(3), rhex(2), srv2.lower(), rhex(3), rnd.randint(1, 30), fmt(t1))))
        if ar is None:
            dk = ''.join('dkim=%s (%s) header.d=%s;' % (dkim_ok, 'signature was verified' if dkim_ok == 'pass' else 'signature did not verify', d) for d in dkim_ds) or 'dkim=none (message not signed) header.d=none;'
            ar = ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %sdmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s'
                  % (snd['spf'], snd['ip'], snd['mf_domain'], dk, snd['dmarc'],
                     'none' if snd['dmarc'] == 'pass' else ('quarantine' if snd['policy'] == 'QUARANTINE' else 'none'),
                     snd['from_domain'], 'pass' if snd['dmarc'] == 'pass' else 'fail', '100' if snd['dmarc'] == 'pass' else '000'))
        H.append(('Authentication-Results', ar))
        H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
                  % (snd['spf'].capitalize(), snd['mf_domain'], 'designates' if snd['spf'] == 'pass' else 'does not designate', snd['ip'], snd['ip'], snd['helo'])))
        H.append(('Received', 'from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8445.24 via Frontend Transport; %s'
                  % (snd['helo'], snd['ip'], fe.replace('prod.outlook.com', 'mail.protection.outlook.com'), '10.167.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)), fmt(t1))))
    elif provider == 'nifty':
        j = t1.astimezone(JST)
        H.append(('Return-Path', '<%s>' % snd['mailfrom']))
        H.append(('Delivered-To', rcpt))
        H.append(('Received', 'from %s ([%s])\n          by mta-rcv-%s%02d.mail.nifty.com with ESMTP\n          id <%s.%s.%d.%s@nifty.com>\n          for <%s>; %s'
                  % (snd['helo'], snd['ip'], rnd.choice('abcde'), rnd.randint(1, 20), j.strftime('%Y%m%d%H%M%S') + '%03d' % rnd.randint(0, 999),
                     rstr(4).upper(), rnd.randint(10000, 99999), snd['helo'], rcpt, fmt_tz(j))))
        if ar is None:
            dk = '; '.join('dkim=%s header.i=@%s' % (dkim_ok, d) for d in dkim_ds) or 'dkim=none'
            ar = 'nifty.com; spf=%s smtp.mailfrom=%s; %s; dmarc=%s header.from=%s' % (
                snd['spf'], snd['mailfrom'], dk, snd['dmarc'], snd['from_domain'])
        H.append(('Authentication-Results', ar))
    elif provider == 'yahoo':
        H.append(('Received', 'from 10.217.%d.%d\n by atlas%d.free.mail.ir2.yahoo.com with HTTP; %s' % (
            rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(100, 500), fmt(t1))))
        H.append(('Return-Path', '<%s>' % snd['mailfrom']))
        H.append(('Received', 'from %s (EHLO %s)\n by 10.217.%d.%d with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n %s' % (
            snd['ip'], snd['helo'], rnd.randint(1, 250), rnd.randint(1, 250), fmt(t1))))
        H.append(('X-Originating-Ip', '[%s]' % snd['ip']))
        H.append(('Received-SPF', '%s (domain of %s designates %s as permitted sender)' % (snd['spf'], snd['mf_domain'], snd['ip'])))
        if ar is None:
            dk = ' '.join('dkim=%s header.i=@%s header.s=%s;' % (dkim_ok, d, s) for d, s in snd['dkim'])
            ar = 'atlas%d.free.mail.ir2.yahoo.com;\n %s\n spf=%s smtp.mailfrom=%s;\n dmarc=%s(p=%s) header.from=%s;' % (
                rnd.randint(100, 500), dk, snd['spf'], snd['mf_domain'], snd['dmarc'], snd['policy'], snd['from_domain'])
        H.append(('Authentication-Results', ar))
    elif provider == 'corp_noar':
        j = t1.astimezone(JST)
        H.append(('Return-Path', '<%s>' % snd['mailfrom']))
        H.append(('Delivered-To', rcpt))
        H.append(('Received', 'from mx01.hoshizora-sys.co.jp (localhost [127.0.0.1])\n\tby mx01.hoshizora-sys.co.jp (Postfix) with ESMTP id 4d%s\n\tfor <%s>; %s' % (rstr(10), rcpt, fmt_tz(j))))
        H.append(('X-Virus-Scanned', 'amavis at hoshizora-sys.co.jp'))
        H.append(('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx01.hoshizora-sys.co.jp (Postfix) with ESMTPS id 4d%s\n\tfor <%s>; %s'
                  % (snd['helo'], snd['helo'], snd['ip'], rstr(10), rcpt, fmt_tz(j))))
    else:
        raise ValueError(provider)
    if extra_ar_below:
        H.append(('Authentication-Results', extra_ar_below))
    return H

# ---------------------------------------------------------------- bodies
def charset(name, enc):
    c = Charset(name)
    if enc == 'qp':
        c.body_encoding = QP
    elif enc == 'b64':
        c.body_encoding = BASE64
    elif enc in ('7bit', '8bit'):
        c.body_encoding = None
    return c

def tpart(text, sub='plain', cs='utf-8', enc='qp'):
    if cs in ('iso-2022-jp',):
        p = MIMEText(text, sub, 'iso-2022-jp')
    else:
        p = MIMEText(text, sub, charset(cs, enc))
    del p['MIME-Version']
    return p

def raw_part(data, sub, label, enc):
    """Part whose bytes are given as-is with an arbitrary (possibly wrong) charset label."""
    p = MIMEBase('text', sub)
    del p['MIME-Version']
    p.set_param('charset', label)
    if enc == 'b64':
        p.set_payload(data)
        encoders.encode_base64(p)
    elif enc == 'qp':
        import quopri
        p.set_payload(quopri.encodestring(data).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    else:
        p.set_payload(data.decode('ascii', 'surrogateescape'))  # written back byte-for-byte by BytesGenerator
        p['Content-Transfer-Encoding'] = '8bit'
    return p

def alt(*parts):
    m = MIMEMultipart('alternative', boundary='----=_Part_%d_%d.%d' % (rnd.randint(100000, 999999), rnd.randint(10 ** 8, 10 ** 9), rnd.randint(10 ** 12, 10 ** 13)))
    for p in parts:
        m.attach(p)
    return m

def esc(s):
    return html.escape(s, quote=False)

def text_to_html(text):
    """plain text with '>' quoting -> simple HTML fragment"""
    out = []
    depth = 0
    para = []
    def flush():
        if para:
            out.append('<p style="margin:0 0 12px 0">' + '<br>\n'.join(esc(x) for x in para) + '</p>')
            para.clear()
    for line in text.split('\n'):
        m = re.match(r'^((?:>\s?)*)(.*)$', line)
        d = m.group(1).count('>')
        content = m.group(2)
        if d != depth:
            flush()
            while depth < d:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
                depth += 1
            while depth > d:
                out.append('</blockquote>')
                depth -= 1
        if content.strip() == '':
            flush()
        else:
            para.append(content)
    flush()
    while depth > 0:
        out.append('</blockquote>')
        depth -= 1
    return '\n'.join(out)

LOGO = 'https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png'

FORM_FOOT_EN = ('To reply, simply respond to this email and keep the case number in the subject line.\n'
                'AWS Training and Certification | https://aws.amazon.com/training/\n'
                'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n'
                'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.')
FORM_FOOT_JA = ('ご返信の際は、件名のケース番号を変更せずにこのメールへ直接ご返信ください。\n'
                'AWS トレーニングと認定 | https://aws.amazon.com/jp/training/\n'
                'このメッセージは Amazon Web Services, Inc.（410 Terry Avenue North, Seattle, WA 98109-5210）により送信されました。')

def form_html(body_text, lang='en', foot=True):
    ft = FORM_FOOT_EN if lang == 'en' else FORM_FOOT_JA
    f = ('<tr><td style="padding:12px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">%s</td></tr>'
         % '<br>\n'.join(esc(x) for x in ft.split('\n'))) if foot else ''
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>AWS Training and Certification</title></head>\n'
            '<body style="margin:0;padding:0;background:#f2f3f3;font-family:\'Amazon Ember\',Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="max-width:640px;margin:0 auto;background:#ffffff">\n'
            '<tr><td style="background:#232f3e;padding:14px 24px"><img src="%s" width="120" alt="AWS Training and Certification"></td></tr>\n'
            '<tr><td style="padding:24px">\n%s\n</td></tr>\n%s\n</table>\n</body></html>\n'
            % (lang, LOGO, text_to_html(body_text), f))

CONSOLE_FOOT = {
    'en': ('We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. '
           'You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n'
           'Best regards,\nAmazon Web Services\n'
           '======================================================================\n'
           'To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en\n\n'
           '(If you are connecting by federation, log in before following the link.)\n\n'
           '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
           'Please use the link above if you need to contact us again about this same issue.\n\n'
           '======================================================================\n'
           'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.'),
    'ja': ('お客様のご意見をお聞かせください。AWS サポートセンターで、このやり取りやその他のやり取りを評価していただけます。'
           'やり取りの右上にある星を選択して評価してください。\n\n'
           'よろしくお願いいたします。\nAmazon Web Services\n'
           '======================================================================\n'
           'このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。\n\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja\n\n'
           '（フェデレーションを使用して接続している場合は、リンクを開く前にログインしてください。）\n\n'
           '※このメールは送信専用アドレスから送信されています。このメールに返信されても受信できません。'
           '同じ件について再度お問い合わせいただく場合は、上記のリンクをご利用ください。\n\n'
           '======================================================================\n'
           'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。'),
}

def console_text(body, cid, lang='en', foot=True):
    return body.rstrip() + ('\n\n' + CONSOLE_FOOT[lang].format(cid=cid) if foot else '') + '\n'

def console_html(body, cid, lang='en', foot=True):
    ft = ''
    if foot:
        ft = ('<tr><td style="padding:16px 24px;font-size:12px;color:#545b64;border-top:1px solid #eaeded">%s</td></tr>'
              % text_to_html(CONSOLE_FOOT[lang].format(cid=cid).replace('=' * 70, '')))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f;background:#ffffff">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" style="max-width:700px">\n'
            '<tr><td style="padding:12px 24px;background:#232f3e"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" height="28" alt="Amazon Web Services"></td></tr>\n'
            '<tr><td style="padding:20px 24px">\n%s\n</td></tr>\n%s\n'
            '</table></body></html>\n' % (text_to_html(body), ft))

def credly_html(greet, lines, button, badge_img, foot_lang='en'):
    b = '<br>\n'.join(esc(x) for x in lines)
    ft = ('You are receiving this email because you have an account on Credly or an organization issued you a badge.<br>'
          'Credly, Inc. · 13 W 36th St, Floor 7 · New York, NY 10018 · <a href="https://www.credly.com/notification_settings">Manage notifications</a>'
          if foot_lang == 'en' else
          'このメールは、Credly のアカウントをお持ちの方、または組織からバッジが発行された方にお送りしています。<br>'
          'Credly, Inc. · 13 W 36th St, Floor 7 · New York, NY 10018 · <a href="https://www.credly.com/notification_settings">通知設定</a>')
    return ('<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>\n'
            '<body style="background:#f5f5f5;margin:0;padding:0;font-family:Helvetica,Arial,sans-serif">\n'
            '<div style="max-width:600px;margin:0 auto;background:#fff;padding:32px">\n'
            '<img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly">\n'
            '<h1 style="font-size:22px;color:#333">%s</h1>\n<p style="font-size:16px;line-height:24px;color:#333">%s</p>\n'
            '<p style="text-align:center"><img src="%s" width="160" alt="badge"></p>\n'
            '<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/%s?utm_source=email&amp;utm_medium=badge_issued" '
            'style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">%s</a></p>\n'
            '<p style="font-size:11px;color:#999">%s</p>\n</div></body></html>\n'
            % (esc(greet), b, badge_img, ruuid(), esc(button), ft))

# ---------------------------------------------------------------- header helpers
def enc_hdr(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76, header_name='Subject').encode(linesep='\n')

def addr(name, email, cs='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=cs)

MAILS = []   # (fname, bytes)
LABELS = {}

def emit(slug, label, when, frm, to, subject, body, provider, snd, rcpt=None, subj_cs='utf-8', from_cs='utf-8',
         extra=(), cc=None, top_ar=None, extra_ar_below=None, date_tz=UTC, reply_to=None, msg_id=None,
         sign=True, dkim_h=None):
    n = len(MAILS) + 1
    fname = '%03d-%s.eml' % (n, slug)
    rcpt = rcpt or (to[1] if isinstance(to, tuple) else to)
    H = transport(provider, rcpt, when, snd, extra_ar_below=extra_ar_below, top_ar=top_ar)
    if sign:
        for d, s in snd['dkim']:
            H.append(('DKIM-Signature', dkim_header(d, s, when, dkim_h or 'From:Reply-To:Subject:Date:Message-ID:To:MIME-Version:Content-Type:Content-Transfer-Encoding')))
    H.append(('Date', fmt(when, date_tz)))
    H.append(('From', addr(frm[0], frm[1], from_cs) if isinstance(frm, tuple) else frm))
    if reply_to:
        H.append(('Reply-To', reply_to))
    H.append(('To', addr(to[0], to[1], from_cs) if isinstance(to, tuple) else to))
    if cc:
        H.append(('Cc', cc))
    H.append(('Message-ID', msg_id or snd['msgid']))
    H.append(('Subject', enc_hdr(subject, subj_cs)))
    for k, v in extra:
        H.append((k, v))
    if provider in ('o365', 'outlookjp'):
        H.append(('X-MS-Exchange-Organization-SCL', '1'))
        H.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
        H.append(('X-MS-Has-Attach', ''))
    bio = io.BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=78).flatten(body)
    hdr = ''.join('%s: %s\n' % (k, v) for k, v in H)
    hdr.encode('ascii')
    MAILS.append((fname, hdr.encode('ascii') + bio.getvalue()))
    label = dict(label)
    label['account_ids'] = sorted(set(label.get('account_ids', [])))
    LABELS[fname] = label
    return fname

def L(kind, case, ids, ver, lang):
    return dict(kind=kind, case_id=case, account_ids=list(ids), sender_verified=ver, language=lang)

AWS_FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
AWS_CONSOLE = ('Amazon Web Services', 'no-reply-aws@amazon.com')
FORMSUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

def form_mail(slug, label, when, to, subject, text, provider, lang='en', cs='utf-8', enc='qp', html_only=False, text_only=False, foot=True, html_text=None):
    snd = sender_aws(when)
    ft = FORM_FOOT_EN if lang == 'en' else FORM_FOOT_JA
    plain = text.rstrip() + ('\n\n--\n' + ft if foot else '') + '\n'
    h = form_html(html_text if html_text is not None else text, lang, foot)
    if cs == 'iso-2022-jp':
        h = h.replace('charset=utf-8', 'charset=iso-2022-jp')
    if html_only:
        body = tpart(h, 'html', cs, enc)
    elif text_only:
        body = tpart(plain, 'plain', cs, enc)
    else:
        body = alt(tpart(plain, 'plain', cs, enc), tpart(h, 'html', cs, enc))
    return emit(slug, label, when, AWS_FORM, to, subject, body, provider, snd,
                subj_cs=cs if cs == 'iso-2022-jp' else 'utf-8', from_cs=cs if cs == 'iso-2022-jp' else 'utf-8')

def console_mail(slug, label, when, to, subject, text, cid, provider, lang='en', enc='b64', html_only=False, foot=True, text_override=None):
    snd = sender_aws(when)
    plain = text_override if text_override is not None else console_text(text, cid, lang, foot)
    h = console_html(text, cid, lang, foot)
    if html_only:
        body = tpart(h, 'html', 'utf-8', enc)
    else:
        body = alt(tpart(plain, 'plain', 'utf-8', enc), tpart(h, 'html', 'utf-8', enc))
    return emit(slug, label, when, AWS_CONSOLE, to, subject, body, provider, snd)

def credly_mail(slug, label, when, to, subject, greet, lines, button, badge, provider, lang='en', enc='qp', plain=None):
    snd = sender_credly(when, to[1])
    img = 'https://images.credly.com/size/340x340/images/%s/image.png' % ruuid()
    h = credly_html(greet, lines, button, img, lang)
    if plain is None:
        plain = greet + '\n\n' + '\n'.join(lines) + '\n\n' + button + ': https://www.credly.com/earner/earned/badge/' + ruuid() + '\n\n' + \
            ('Credly, Inc. · 13 W 36th St, Floor 7 · New York, NY 10018\nManage notifications: https://www.credly.com/notification_settings\n')
    body = alt(tpart(plain, 'plain', 'utf-8', enc), tpart(h, 'html', 'utf-8', enc))
    frm = ('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')
    return emit(slug, label, when, frm, to, subject, body, provider, snd, reply_to='no-reply@credly.com',
                extra=[('X-SG-EID', rb64(60)), ('List-Unsubscribe', '<https://www.credly.com/notification_settings>')])

# ================================================================= people
EM = ('Emily Carter', 'emily.carter.dev@gmail.com')
KT = ('高橋 健二', 'k-takahashi.0815@outlook.jp')
DO = ('Daniel Okafor', 'daniel.okafor@brightline-eng.com')
MS = ('佐藤 美咲', 'misaki-sato@nifty.com')
PR = ('Priya Raman', 'priya.raman.cloud@gmail.com')
MR = ('Marco Rossi', 'marco_rossi84@yahoo.it')
SN = ('中村 翔', 's.nakamura@hoshizora-sys.co.jp')

# ================================================================= case A: Emily Carter, form desk, Gmail
oA = T('2026-01-12 14:03:27')
cA = case15(oA, 40217)
A1, A2 = 'AWS04418273', 'AWS07712094'

form_mail('form-request-logged', L('case_created', cA, [A1, A2], True, 'en'), oA + dt.timedelta(seconds=5), EM[1],
    '[CASE %s] %s' % (cA, FORMSUBJ), f"""Hello Emily,

Thank you for reaching out to AWS Training and Certification. This message confirms that your submission has been logged with our customer support team under reference number {cA}. Please keep this number for your records; there is no need to send the form again.

A member of our team will review what you sent and get back to you at this address, normally within one business day.

Summary of your submission
Inquiry type: AWS Certification
Inquiry detail: Account Merge
Name: Emily Carter
Email: emily.carter.dev@gmail.com
AWS candidate ID: AWS04418273
Description: Hi, I have two certification accounts. The one I use now is AWS04418273 (this gmail address). There is an older one from my previous employer, aws07712094, registered to e.carter@northwind-analytics.com which I can no longer access. Could you combine them into the first one please?

Sincerely,
AWS Training and Certification Customer Support""", 'gmail', enc='qp')

form_mail('re-case-profiles-found', L('merge_confirmation_requested', cA, [A1, A2], True, 'en'), T('2026-01-13 17:41:09'), EM[1],
    'RE:[CASE %s] %s' % (cA, FORMSUBJ), """Hello Emily,

Thank you for your patience while we looked into this.

I was able to locate both certification profiles mentioned in your request:

  - AWS04418273 - emily.carter.dev@gmail.com - this profile would stay active and remain your sign-in
  - AWS07712094 - e.carter@northwind-analytics.com - its exam history, certifications and unused benefits would be moved into the profile above, after which it would be closed

Please be aware that once two profiles have been combined we have no way of separating them again. Before we go ahead, could you reply to this email and let us know that the details above are correct and that you would like us to continue?

If anything looks wrong (for example, you would rather keep the other profile), just say so in your reply and we will adjust the request.

Kind regards,
Rahul M.
AWS Training and Certification Customer Support""", 'gmail', enc='b64')

form_mail('re-case-handed-over', L('support_reply', cA, [], True, 'en'), T('2026-01-14 09:05:52'), EM[1],
    'RE:[CASE %s] %s' % (cA, FORMSUBJ), """Hi Emily,

Thanks for getting back to us so quickly. I have passed your approval on to the team that maintains certification records, and they have picked it up. There is nothing more you need to do at this stage. When their work is finished we will write to you again on this case, and Credly will reissue any badges at that point.

Best regards,
Rahul M.
AWS Training and Certification Customer Support

On Tue, Jan 13, 2026 at 10:58 PM Emily Carter <emily.carter.dev@gmail.com> wrote:
> Hi Rahul,
>
> The details are correct. Please proceed with the merge and keep AWS04418273.
>
> Thanks,
> Emily
>
> On Tue, Jan 13, 2026 at 5:41 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Emily,
> >
> > I was able to locate both certification profiles mentioned in your request:
> >   - AWS04418273 - emily.carter.dev@gmail.com - this profile would stay active
> >   - AWS07712094 - e.carter@northwind-analytics.com - would be moved into the profile above and closed
> >
> > Please be aware that once two profiles have been combined we have no way of separating them again.""", 'gmail', enc='qp')

form_mail('re-case-records-moved', L('merge_completed', cA, [A1, A2], True, 'en'), T('2026-01-15 20:22:40'), EM[1],
    'RE:[CASE %s] %s' % (cA, FORMSUBJ), """Hello Emily,

Good news: your certification records now live in one place. Everything that was held under AWS07712094, including your exam results, both active certifications and the 50% discount voucher you had not used yet, has been transferred to AWS04418273, and the older profile has been retired. Please keep signing in with emily.carter.dev@gmail.com as usual.

It can take up to 48 hours for Credly to reissue your digital badges under the remaining profile. If nothing has arrived by then, reply to this email and we will follow up for you.

As this request is now taken care of, we will close the case. Thank you for contacting AWS Training and Certification.

Rahul M.
AWS Training and Certification Customer Support""", 'gmail', enc='qp')

snd = sender_aws(T('2026-01-15 20:24:02'))
survey_html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>How did we do?</title></head>
<body style="margin:0;background:#f2f3f3;font-family:Arial,Helvetica,sans-serif;color:#16191f">
<table role="presentation" width="100%" style="max-width:600px;margin:0 auto;background:#fff">
<tr><td style="background:#232f3e;padding:14px 24px"><img src="{LOGO}" width="120" alt="AWS"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">
<p>Hello Emily,</p>
<p>Your case <strong>{cA}</strong> with AWS Training and Certification Customer Support has been marked as resolved.</p>
<p>We would love to know how we did. It takes less than a minute.</p>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="https://survey.training.aws/r/tc?case={cA}&amp;q1=yes" style="background:#ec7211;color:#fff;padding:10px 26px;text-decoration:none;border-radius:2px">YES</a>
&nbsp;&nbsp;<a href="https://survey.training.aws/r/tc?case={cA}&amp;q1=no" style="background:#545b64;color:#fff;padding:10px 26px;text-decoration:none;border-radius:2px">NO</a></p>
<p>How would you rate the support you received from Rahul?<br>
<a href="https://survey.training.aws/r/tc?case={cA}&amp;r=1">1</a> &middot; <a href="https://survey.training.aws/r/tc?case={cA}&amp;r=2">2</a> &middot;
<a href="https://survey.training.aws/r/tc?case={cA}&amp;r=3">3</a> &middot; <a href="https://survey.training.aws/r/tc?case={cA}&amp;r=4">4</a> &middot;
<a href="https://survey.training.aws/r/tc?case={cA}&amp;r=5">5</a></p>
<p>If you still need help with this request, simply reply to this email within 14 days and the case will be reopened.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210.</td></tr>
</table></body></html>
"""
emit('feedback-request', L('survey', cA, [], True, 'en'), T('2026-01-15 20:24:02'), AWS_FORM, EM[1],
     'How did we do? Your AWS Training and Certification case %s' % cA, tpart(survey_html, 'html', 'utf-8', 'b64'), 'gmail', snd)

credly_mail('credly-saa-issued', L('credly_badge_issued', None, [], True, 'en'), T('2026-01-16 03:10:18'), EM,
    'Amazon Web Services Training and Certification sent you a badge',
    'Congratulations, Emily!',
    ['Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect – Associate.',
     'Accept it to start sharing your achievement with your network, or add it to your email signature and resume.'],
    'Accept your badge', None, 'gmail')

credly_mail('credly-ccp-ready', L('credly_badge_issued', None, [], True, 'en'), T('2026-01-16 03:11:02'), EM,
    'Emily, your AWS Certified Cloud Practitioner badge is waiting',
    'Your badge is ready, Emily',
    ['Amazon Web Services Training and Certification has awarded you the AWS Certified Cloud Practitioner badge.',
     'Claim it now so it appears on your Credly profile.'],
    'Accept badge', None, 'gmail', enc='b64')

# forward by the user to her manager (unrelated: her mail, not AWS's)
t = T('2026-01-16 15:47:30')
fwd_text = f"""Hi Jisoo,

FYI - AWS finally folded my old Northwind cert account into my personal one. Everything is under AWS04418273 now, so could you update my entry in the partner portal? The badges are already back on Credly.

Thanks!
Emily

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Thu, Jan 15, 2026 at 8:22 PM
Subject: RE:[CASE {cA}] [AWS Training and Certification Form Submission] - account-assistance
To: <emily.carter.dev@gmail.com>


Hello Emily,

Good news: your certification records now live in one place. Everything that was held under AWS07712094, including your exam results, both active certifications and the 50% discount voucher you had not used yet, has been transferred to AWS04418273, and the older profile has been retired.

Rahul M.
AWS Training and Certification Customer Support
"""
fwd_html = '<div dir="ltr">' + text_to_html(fwd_text.split('---------- Forwarded')[0]) + \
    '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>' \
    + '<br>'.join(esc(x) for x in fwd_text.split('---------- Forwarded message ---------\n')[1].split('\n\n\n')[0].split('\n')) + \
    '<br></div><br><br>' + text_to_html(fwd_text.split('\n\n\n')[1]) + '</div></div>\n'
snd = sender_gmail_user(EM[1])
emit('fwd-to-manager', L('unrelated', cA, [A1], False, 'en'), t, EM, ('Jisoo Park', 'jisoo.park@lumenfield.io'),
     'Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cA,
     alt(tpart(fwd_text, 'plain', 'utf-8', 'qp'), tpart(fwd_html, 'html', 'utf-8', 'qp')), 'gws', snd,
     date_tz=dt.timezone(dt.timedelta(hours=-5)), dkim_h='mime-version:references:in-reply-to:from:date:message-id:subject:to')

# ================================================================= case B: 高橋 健二, console, Japanese, outlook.jp
oB = T('2026-02-03 00:47:12')
cB = case15(oB, 28804)
B1, B2 = 'AWS01935562', 'AWS05561208'

console_mail('console-case-opened-ja', L('case_created', cB, [], True, 'ja'), oB + dt.timedelta(seconds=9), KT[1],
    'Amazon Web Services: 新しいサポートケースが作成されました: %s' % cB, f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース {cB} を作成しました。

ケース ID: {cB}
件名: 認定アカウントの統合について
重要度: 一般的な質問

担当者からの回答は、このメールアドレスと AWS サポートセンターの両方でお知らせします。""", cB, 'outlookjp', 'ja', foot=True)

console_mail('case-new-correspondence-ja', L('support_reply', cB, [], True, 'ja'), T('2026-02-04 02:15:31'), KT[1],
    '[Case %s] New correspondence added' % cB, f"""お客様のサポートケース {cB} に、新しいやり取りが追加されました。

内容を確認して返信するには、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={cB}&language=ja""", cB, 'outlookjp', 'ja', foot=False)

console_mail('re-case-which-account-ja', L('support_reply', cB, [B1, B2], True, 'ja'), T('2026-02-04 02:15:33'), KT[1],
    'RE:[CASE %s] 認定アカウントの統合について' % cB, f"""高橋 健二 様

AWS トレーニングと認定 カスタマーサポートの山口です。お問い合わせいただき、ありがとうございます。

お知らせいただいた認定アカウント AWS01935562 と AWS 05561208 の確認を進めるにあたり、以下の情報をご返信ください。

1. それぞれのアカウントにサインインする際のメールアドレス
2. それぞれのアカウントに登録されている通知先メールアドレス
3. 今後お使いになるアカウント（どちらの候補者 ID を残すか）

いただいた情報をもとに、まとめることができるかどうかを確認いたします。
恐れ入りますが、ご返信は AWS サポートセンターのケース画面からお願いいたします。

山口
Amazon Web Services""", cB, 'outlookjp', 'ja', enc='b64')

console_mail('re-case-please-confirm-ja', L('merge_confirmation_requested', cB, [B1, B2], True, 'ja'), T('2026-02-05 06:30:48'), KT[1],
    'RE:[CASE %s] 認定アカウントの統合について' % cB, f"""高橋 健二 様

ご返信いただき、ありがとうございます。いただいた情報をもとに確認したところ、以下の内容で統合を実施できます。

　残すアカウント　: AWS01935562（k-takahashi.0815@outlook.jp）
　統合するアカウント: AWS05561208（旧勤務先のメールアドレス）

統合を行うと、AWS05561208 に記録されている認定資格、受験履歴、特典はすべて AWS01935562 に移り、AWS05561208 は今後ご利用いただけなくなります。
一度実施した統合は元に戻すことができません。

上記の内容でよろしければ、サポートセンターのケースから「この内容で進めてください」とご返信ください。ご返信を確認してから作業を開始いたします。

山口
Amazon Web Services""", cB, 'outlookjp', 'ja', enc='b64')

console_mail('re-case-migrated-ja', L('merge_completed', cB, [B1, B2], True, 'ja'), T('2026-02-06 08:12:05'), KT[1],
    'RE:[CASE %s] 認定アカウントの統合について' % cB, f"""高橋 健二 様

大変お待たせいたしました。
AWS05561208 に登録されていた認定資格、受験履歴および特典を、AWS01935562 へ移行いたしました。AWS05561208 は無効化されておりますので、今後は AWS01935562 にサインインしてご利用ください。

Credly のデジタルバッジは、数日以内に AWS01935562 に紐づくメールアドレス宛てに改めて発行されます。

ほかにご不明な点がございましたら、このケースからお気軽にお問い合わせください。

山口
Amazon Web Services""", cB, 'outlookjp', 'ja', enc='qp')

console_mail('case-resolved-survey-ja', L('survey', cB, [], True, 'ja'), T('2026-02-06 08:13:10'), KT[1],
    'Amazon Web Services: ケース %s は解決済みになりました' % cB, f"""いつも Amazon Web Services をご利用いただき、ありがとうございます。

お客様のサポートケース {cB}「認定アカウントの統合について」は、解決済みとしてクローズされました。

今回のサポートについて、簡単なアンケートにご協力をお願いいたします（所要時間 1 分程度）。
問題は解決しましたか?
　はい: https://console.aws.amazon.com/support/feedback?displayId={cB}&resolved=yes&language=ja
　いいえ: https://console.aws.amazon.com/support/feedback?displayId={cB}&resolved=no&language=ja

引き続きサポートが必要な場合は、14 日以内であればケースを再度開くことができます。""", cB, 'outlookjp', 'ja', enc='b64', foot=False)

credly_mail('credly-dva-ja', L('credly_badge_issued', None, [], True, 'ja'), T('2026-02-07 11:40:26'), KT,
    '高橋さん、Amazon Web Services Training and Certification からバッジが発行されました',
    'おめでとうございます、高橋さん!',
    ['Amazon Web Services Training and Certification から「AWS Certified Developer – Associate」のバッジが発行されました。',
     'バッジを受け取ると、LinkedIn やメールの署名などで実績を共有できます。'],
    'バッジを受け取る', None, 'outlookjp', lang='ja', enc='b64',
    plain='おめでとうございます、高橋さん!\n\nAmazon Web Services Training and Certification から「AWS Certified Developer – Associate」のバッジが発行されました。\nバッジを受け取ると、LinkedIn やメールの署名などで実績を共有できます。\n\nバッジを受け取る: https://www.credly.com/earner/earned/badge/%s\n\nCredly, Inc. · 13 W 36th St, Floor 7 · New York, NY 10018\n' % ruuid())

# ================================================================= case C: Daniel Okafor, console, English, Office 365
oC = T('2026-02-17 15:20:45')
cC = case15(oC, 61193)
C1, C2, C3 = 'AWS03384716', 'AWS09027451', 'AWS02260385'

console_mail('console-you-opened-case', L('case_created', cC, [C1, C2, C3], True, 'en'), oC + dt.timedelta(seconds=7), DO[1],
    'Amazon Web Services: You have opened a new Support case: %s' % cC, f"""Thank you for contacting Amazon Web Services. We have opened case {cC} to address your issue.

Case ID: {cC}
Subject: Consolidate three certification profiles into one
Severity: General guidance
Correspondence: I ended up with three certification profiles: AWS03384716 (current, daniel.okafor@brightline-eng.com), AWS09027451 (my previous employer) and aws-02260385, which a test centre created by mistake in 2024. I'd like everything moved into AWS03384716 please.

Our response will be available in the AWS Support Center and will also be sent to you by email.""", cC, 'o365', 'en', enc='qp')

console_mail('re-case-reviewing-profiles', L('support_reply', cC, [], True, 'en'), T('2026-02-18 19:02:14'), DO[1],
    'RE:[CASE %s] Consolidate three certification profiles into one' % cC, """Hello Daniel,

Thank you for the detailed description, it makes this much easier.

I can see all three profiles you listed. Because one of them was created at a test centre, our certification records team needs to review the exam history on each before anything can be combined, so I have raised an internal request with them. Reviews like this usually take two to three business days, and I will update this case as soon as I hear back.

In the meantime, please don't open a second case for this request, as that can slow things down.

Best regards,
Marisol
Amazon Web Services""", cC, 'o365', 'en', enc='qp')

body_c3 = f"""Hello Daniel,

The certification records team has finished reviewing your profiles and they can be combined as follows:

Profile that remains: AWS03384716 (daniel.okafor@brightline-eng.com)
Profiles to be folded into it: AWS 09027451 and aws02260385

All exam results, certifications and benefits from the two profiles above would move to AWS03384716, and those two profiles would then be permanently closed. This step cannot be undone, so we need your explicit go-ahead before the team makes the change.

If the above is correct, please reply on this case in the Support Center saying that you approve. If you would prefer a different profile to remain, tell us which one.

Best regards,
Marisol
Amazon Web Services"""
text_c3 = f"""Hello Daniel,

Records team review done. Proposed result:
- remains: AWS03384716
- folded in and closed: AWS09027451, AWS02260385

This is permanent. Please approve on the case before we make the change.

Marisol
Amazon Web Services

https://console.aws.amazon.com/support/home#/case/?displayId={cC}&language=en
"""
console_mail('re-case-need-your-go-ahead', L('merge_confirmation_requested', cC, [C1, C2, C3], True, 'en'), T('2026-02-20 16:44:51'), DO[1],
    'RE:[CASE %s] Consolidate three certification profiles into one' % cC, body_c3, cC, 'o365', 'en', enc='b64', text_override=text_c3)

console_mail('re-case-approval-received', L('support_reply', cC, [C1], True, 'en'), T('2026-02-21 14:09:37'), DO[1],
    'RE:[CASE %s] Consolidate three certification profiles into one' % cC, """Hello Daniel,

Thank you for confirming. I have sent your approval to the records team and they will now go ahead with the change. Once the consolidation is complete, you will get an update from us on this case, AWS03384716 will show all of your certifications, and Credly will reissue the badges from the two closed profiles. Please allow three to five business days.

Best regards,
Marisol
Amazon Web Services""", cC, 'o365', 'en', enc='qp')

console_mail('case-resolved-profiles-combined', L('merge_completed', cC, [C1, C2, C3], True, 'en'), T('2026-02-24 22:31:18'), DO[1],
    'Amazon Web Services: Your Support case %s has been resolved' % cC, f"""Hello,

We have marked your support case {cC} "Consolidate three certification profiles into one" as resolved.

Summary from your support engineer: the records team finished on February 24. AWS09027451 and AWS02260385 no longer exist, and every certification and exam result from them now appears under AWS03384716. Your 50% exam benefit carried over as well.

Was your issue resolved?
Yes: https://console.aws.amazon.com/support/feedback?displayId={cC}&resolved=yes
No: https://console.aws.amazon.com/support/feedback?displayId={cC}&resolved=no

If you need more help with this issue, you can reopen the case within 14 days from the Support Center.""", cC, 'o365', 'en', enc='b64')

credly_mail('credly-sysops-transferred', L('credly_badge_issued', None, [], True, 'en'), T('2026-02-26 09:15:44'), DO,
    'Your AWS Certified SysOps Administrator – Associate badge has been transferred to you',
    'Hi Daniel, a badge has been moved to your account',
    ['Following an update to your Amazon Web Services Training and Certification record, the AWS Certified SysOps Administrator – Associate badge has been transferred to this Credly account.',
     'Accept it to keep it visible on your profile.'],
    'Accept your badge', None, 'o365', enc='qp')

# unrelated: Daniel's EC2 quota case (console, same template)
oQ = T('2026-03-02 13:55:08')
cQ = case15(oQ, 47730)
console_mail('console-quota-case-opened', L('unrelated', cQ, [], True, 'en'), oQ + dt.timedelta(seconds=6), DO[1],
    'Amazon Web Services: You have opened a new Support case: %s' % cQ, f"""Thank you for contacting Amazon Web Services. We have opened case {cQ} to address your issue.

Case ID: {cQ}
Subject: Service Quota Increase: EC2 Running On-Demand Standard instances - us-east-1
Severity: Normal
Correspondence: Requesting an increase from 256 to 640 vCPUs for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in us-east-1 ahead of a load test.""", cQ, 'o365', 'en', enc='qp')

# unrelated: GitLab merge request merged
t = T('2026-03-05 17:26:11')
snd = sender_generic('mg.gitlab.com', 'mail-246-11.mg.gitlab.com', '159.135.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)),
                     'bounce+4a81c2.%s-daniel.okafor=brightline-eng.com@mg.gitlab.com' % rhex(6),
                     [('gitlab.com', 'mailo'), ('mg.gitlab.com', 'mx')], '<merge_request_%d@gitlab.com>' % rnd.randint(10 ** 8, 10 ** 9), policy='REJECT')
gl_text = """Merge request !213 was merged

Project: brightline-eng / cert-tracker
Branch: feature/merge-duplicate-accounts -> main
Author: Tomasz Wieczorek

Title: Merge duplicate certification accounts in the tracker DB

Merged by Tomasz Wieczorek. 4 commits, 7 files changed (+212 -48).

-- 
Reply to this email directly or view it on GitLab: https://gitlab.com/brightline-eng/cert-tracker/-/merge_requests/213
You're receiving this email because of your account on gitlab.com. Unsubscribe from this thread: https://gitlab.com/-/sent_notifications/%s/unsubscribe
""" % rhex(32)
gl_html = '<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif">' + text_to_html(gl_text) + '</body></html>\n'
emit('gitlab-mr-merged', L('unrelated', None, [], False, 'en'), t, ('Tomasz Wieczorek', 'gitlab@mg.gitlab.com'), DO[1],
     'Re: brightline-eng / cert-tracker | Merge duplicate certification accounts in the tracker DB (!213)',
     alt(tpart(gl_text, 'plain', 'utf-8', 'qp'), tpart(gl_html, 'html', 'utf-8', 'qp')), 'o365', snd,
     reply_to='GitLab <reply+%s@mg.gitlab.com>' % rhex(32),
     extra=[('In-Reply-To', '<merge_request_%d@gitlab.com>' % rnd.randint(10 ** 8, 10 ** 9)),
            ('References', '<reply-%s@gitlab.com>' % rhex(32)),
            ('X-GitLab-Project', 'cert-tracker'), ('X-GitLab-MergeRequest-IID', '213'), ('X-GitLab-NotificationReason', 'participating')])
# ================================================================= case D: 佐藤 美咲, form desk, Japanese, nifty, ISO-2022-JP
oD = T('2026-03-09 01:12:40')
cD = case15(oD, 9315)
D1, D2 = 'AWS06155930', 'AWS00874412'

form_mail('form-uketsuke-ja', L('case_created', cD, [D1, D2], True, 'ja'), oD + dt.timedelta(seconds=4), MS[1],
    '[CASE %s] %s' % (cD, FORMSUBJ), f"""佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを承りました。受付番号は {cD} です。

担当者が内容を確認のうえ、原則として 24 時間以内にこのメールアドレス宛てにご連絡いたします。
同じ内容のお問い合わせを重ねてお送りいただく必要はございません。

-------------------------------------
お問い合わせの種類: AWS 認定
詳細: アカウントの統合
AWS 候補者 ID: AWS06155930
お問い合わせ内容: 結婚前の旧姓で登録したアカウント（AWS-00874412）があり、現在のアカウントにまとめたいと考えています。
-------------------------------------

AWS トレーニングと認定 カスタマーサポート""", 'nifty', lang='ja', cs='iso-2022-jp')

form_mail('re-case-kyuusei-info-ja', L('support_reply', cD, [D2], True, 'ja'), T('2026-03-17 03:20:16'), MS[1],
    'RE:[CASE %s] %s' % (cD, FORMSUBJ), """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの木村と申します。
お問い合わせへのご返信が遅くなり、大変申し訳ございません。

アカウントをまとめる作業を進めるにあたり、旧アカウント AWS00874412 について以下をお知らせいただけますでしょうか。

・ご登録時のメールアドレス
・ご登録時のお名前（旧姓）
・最後に受験された試験名とおおよその受験日

確認が取れ次第、次のご案内をお送りいたします。
このメールにそのままご返信ください。

木村
AWS トレーニングと認定 カスタマーサポート""", 'nifty', lang='ja', cs='iso-2022-jp')

form_mail('re-case-kakunin-onegai-ja', L('merge_confirmation_requested', cD, [D1, D2], True, 'ja'), T('2026-03-18 05:02:33'), MS[1],
    'RE:[CASE %s] %s' % (cD, FORMSUBJ), """佐藤 美咲 様

情報をお送りいただき、ありがとうございます。旧アカウントのご本人確認が取れました。

以下の内容でアカウントの統合を行います。

残るアカウント: AWS06155930（misaki-sato@nifty.com）
統合元のアカウント: AWS00874412（旧姓でのご登録）

統合後、AWS00874412 の認定資格と受験履歴は AWS06155930 に移り、AWS00874412 は閉鎖されます。
統合は一度実行すると取り消しができませんので、内容に誤りがないかご確認ください。

問題がなければ、このメールに「上記の内容で進めてください」とご返信をお願いいたします。

木村
AWS トレーニングと認定 カスタマーサポート

2026年3月17日(火) 21:40 佐藤 美咲 <misaki-sato@nifty.com>:
> 木村様
>
> ご連絡ありがとうございます。
> 旧アカウントの登録メールアドレスは m.ishikawa@example-mail.jp、
> 登録時の名前は石川美咲です。
> 最後に受験したのは 2022 年 11 月の Solutions Architect - Associate です。
>
> よろしくお願いいたします。
> 佐藤""", 'nifty', lang='ja', cs='iso-2022-jp')

form_mail('re-case-matomemashita-ja', L('merge_completed', cD, [D1, D2], True, 'ja'), T('2026-03-19 07:45:02'), MS[1],
    'RE:[CASE %s] %s' % (cD, FORMSUBJ), """佐藤 美咲 様

ご確認のご返信をいただき、ありがとうございました。

旧アカウント AWS-00874412 に記録されていた認定資格と受験履歴をすべて AWS06155930 に移し、二つのアカウントを一つにまとめる作業を終えました。旧アカウントは閉鎖済みです。
今後は misaki-sato@nifty.com でサインインしていただければ、すべての認定をご確認いただけます。

Credly のバッジは 48 時間ほどで現在のアカウント宛てに再発行されます。

本件はこれにてクローズさせていただきます。

木村
AWS トレーニングと認定 カスタマーサポート""", 'nifty', lang='ja', cs='iso-2022-jp')

snd = sender_aws(T('2026-03-19 07:46:20'))
ank_html = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>アンケートのお願い</title></head>
<body style="margin:0;background:#f2f3f3;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;color:#16191f">
<table role="presentation" width="100%" style="max-width:600px;margin:0 auto;background:#fff">
<tr><td style="background:#232f3e;padding:14px 24px"><img src="{LOGO}" width="120" alt="AWS"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:24px">
<p>佐藤 美咲 様</p>
<p>AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>
ケース番号 <strong>{cD}</strong> のお問い合わせはクローズいたしました。</p>
<p>今後のサービス向上のため、今回の対応について簡単なアンケートにご協力いただけますと幸いです。</p>
<p style="font-weight:bold">お問い合わせは解決しましたか?</p>
<p><a href="https://survey.training.aws/r/tc?case={cD}&amp;lang=ja&amp;q1=yes" style="background:#ec7211;color:#fff;padding:10px 26px;text-decoration:none">はい</a>
&nbsp;&nbsp;<a href="https://survey.training.aws/r/tc?case={cD}&amp;lang=ja&amp;q1=no" style="background:#545b64;color:#fff;padding:10px 26px;text-decoration:none">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください: <a href="https://survey.training.aws/r/tc?case={cD}&amp;lang=ja&amp;r=5">アンケートに回答する</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">このメールは送信専用アドレスから送信されています。</td></tr>
</table></body></html>
"""
emit('anketo-onegai-ja', L('survey', cD, [], True, 'ja'), T('2026-03-19 07:46:20'), AWS_FORM, MS[1],
     '【アンケートのお願い】AWS トレーニングと認定 お問い合わせ %s' % cD, tpart(ank_html, 'html', 'utf-8', 'b64'), 'nifty', snd)

# ================================================================= case E: Priya Raman, form desk, Gmail, duplicate cases
oE1 = T('2026-01-26 18:30:05')
cE1 = case15(oE1, 55120)
oE2 = T('2026-02-02 19:02:11')
cE2 = case15(oE2, 3448)
E1, E2 = 'AWS06620931', 'AWS08841167'

form_mail('form-ack-first', L('case_created', cE1, [E1], True, 'en'), oE1 + dt.timedelta(seconds=6), PR[1],
    '[CASE %s] %s' % (cE1, FORMSUBJ), f"""Hello,

Your request has been logged with AWS Training and Certification Customer Support.

Reference: {cE1}
Topic: AWS Certification > Account Merge
AWS candidate ID provided: AWS06620931

We aim to respond within 24 hours. Replies will be sent to the notification address on file for this request.

Thank you,
AWS Training and Certification Customer Support""", 'gmail', enc='qp')

form_mail('form-ack-second', L('case_created', cE2, [E1, E2], True, 'en'), oE2 + dt.timedelta(seconds=5), PR[1],
    '[CASE %s] %s' % (cE2, FORMSUBJ), f"""Hello Priya,

Thanks for contacting AWS Training and Certification. We have received your message and opened case {cE2} for it. An agent will be in touch at priya.raman.cloud@gmail.com, normally within 24 hours.

What you told us:
"I sent this request a week ago (case {cE1}) and never heard back. I have two certification accounts, aws06620931 (current) and AWS 08841167 (university email, no longer active). Please combine them under the current one."

Thank you for your patience,
AWS Training and Certification Customer Support""", 'gmail', enc='b64')

form_mail('re-case-duplicate-info-needed', L('support_reply', cE2, [E1, E2], True, 'en'), T('2026-02-03 15:27:40'), PR[1],
    'RE:[CASE %s] %s' % (cE2, FORMSUBJ), f"""Hi Priya,

I'm sorry you did not hear back on your first request ({cE1}). It looks like the form did not capture a notification address, so our reply had nowhere to go. I have closed that one so that we can work from this case only.

To move forward, could you reply with:

1. The email address you use to sign in to AWS06620931
2. The email address registered on AWS08841167, if you remember it
3. Confirmation that AWS06620931 is the account you want to keep

Once I have these I will check both profiles and come back to you.

Kind regards,
Jonas
AWS Training and Certification Customer Support""", 'gmail', enc='qp')

form_mail('first-case-closed', L('survey', cE1, [], True, 'en'), T('2026-02-03 15:28:55'), PR[1],
    'Your case %s has been closed' % cE1, f"""Hello,

Case {cE1} has been closed. Any follow-up on this topic will continue under case {cE2}.

How would you rate your experience with AWS Training and Certification Customer Support?
Rate us: https://survey.training.aws/r/tc?case={cE1}

Thank you,
AWS Training and Certification Customer Support""", 'gmail', enc='qp', foot=False)

form_mail('re-case-lowercase-ids', L('merge_confirmation_requested', cE2, [E1, E2], True, 'en'), T('2026-02-04 16:12:09'), PR[1],
    'RE:[CASE %s] %s' % (cE2, FORMSUBJ), """Hi Priya,

Thanks for the details. I've checked both profiles and this is what we would do:

keep: aws06620931 (priya.raman.cloud@gmail.com)
merge in and deactivate: aws-08841167 (p.raman@student.ucl-alumni.example)

Your certifications and exam history from the second profile would be added to the first. Please note this is a one-way operation: after it runs, the two profiles can't be split again.

Can you reply "confirmed" if this is what you want? I won't start until I hear from you.

Kind regards,
Jonas
AWS Training and Certification Customer Support

On Tue, Feb 3, 2026 at 11:02 PM Priya Raman <priya.raman.cloud@gmail.com> wrote:
> Hi Jonas, thanks for picking this up.
> 1. priya.raman.cloud@gmail.com
> 2. I think it was p.raman@student.ucl-alumni.example
> 3. Yes, keep AWS06620931.
> Priya""", 'gmail', enc='b64')

form_mail('re-case-carried-out', L('merge_completed', cE2, [], True, 'en'), T('2026-02-06 11:50:27'), PR[1],
    'RE:[CASE %s] %s' % (cE2, FORMSUBJ), f"""Hi Priya,

Thank you for your confirmation. The request below has now been carried out: your certification history sits under a single profile and the duplicate has been retired. You may need to sign out of the certification portal and back in before you see everything.

Kind regards,
Jonas
AWS Training and Certification Customer Support

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, February 4, 2026 4:12 PM
To: priya.raman.cloud@gmail.com
Subject: RE:[CASE {cE2}] [AWS Training and Certification Form Submission] - account-assistance

Hi Priya,

Thanks for the details. I've checked both profiles and this is what we would do:

keep: aws06620931 (priya.raman.cloud@gmail.com)
merge in and deactivate: aws-08841167 (p.raman@student.ucl-alumni.example)

Please note this is a one-way operation: after it runs, the two profiles can't be split again.

Can you reply "confirmed" if this is what you want? I won't start until I hear from you.""", 'gmail', enc='qp')

# survey with wrong charset labels (UTF-8 bytes labelled iso-8859-1 / windows-1252)
t = T('2026-02-06 11:51:40')
snd = sender_aws(t)
sv_text = f"""Hi Priya,

We’d love your feedback on case {cE2}, which we’ve now closed.

How did we do? Tell us in two clicks — it really helps our team.
https://survey.training.aws/r/tc?case={cE2}

Didn’t get what you needed? Just reply within 14 days and we’ll pick it back up.

AWS Training and Certification Customer Support
"""
sv_html = form_html(sv_text, 'en', foot=True)
emit('how-did-we-do-mislabeled', L('survey', cE2, [], True, 'en'), t, AWS_FORM, PR[1],
     'How did we do? Case %s' % cE2,
     alt(raw_part(sv_text.encode('utf-8'), 'plain', 'iso-8859-1', 'qp'), raw_part(sv_html.encode('utf-8'), 'html', 'windows-1252', 'b64')),
     'gmail', snd)

credly_mail('credly-dea-accept', L('credly_badge_issued', None, [], True, 'en'), T('2026-02-08 04:02:51'), PR,
    'Priya, accept your AWS Certified Data Engineer – Associate badge from Amazon Web Services Training and Certification',
    'You earned a new badge, Priya',
    ['Amazon Web Services Training and Certification has issued you the AWS Certified Data Engineer – Associate badge.',
     'It is ready and waiting for you to accept.'],
    'Accept badge', None, 'gmail', enc='qp')

form_mail('re-case-credly-followup', L('support_reply', cE2, [E1], True, 'en'), T('2026-02-13 10:18:33'), PR[1],
    'RE:[CASE %s] %s' % (cE2, FORMSUBJ), """Hi Priya,

Thanks for letting us know. I checked and the AWS Certified Machine Learning – Specialty badge is still attached to the Credly profile that used your old university address, which is why it did not move with the rest.

I have asked our Credly team to move it to the Credly profile linked to AWS06620931. When they have done so, Credly will email you at this address. There is nothing you need to do in the meantime; if you have not heard from Credly within five business days, reply here.

Kind regards,
Jonas
AWS Training and Certification Customer Support

On Thu, Feb 12, 2026 at 7:44 PM Priya Raman <priya.raman.cloud@gmail.com> wrote:
> Hi Jonas,
> Everything shows up in the certification portal now, thank you. But on Credly I only got the
> Data Engineer badge. My ML Specialty badge from the old account (AWS08841167) is missing.
> Priya""", 'gmail', enc='qp')

credly_mail('credly-mls-moved', L('credly_badge_issued', None, [], True, 'en'), T('2026-02-16 13:37:05'), PR,
    'A badge has been moved to your Credly account',
    'Hi Priya, your badge has a new home',
    ['At the request of Amazon Web Services Training and Certification, the AWS Certified Machine Learning – Specialty badge has been transferred to this account.',
     'Accept it to show it on your profile again.'],
    'View and accept badge', None, 'gmail', enc='b64')

# ================================================================= case F: Marco Rossi, 2023 form case (11 digits) revived, Yahoo
cF = '12288754301'
F1, F2 = 'AWS02719358', 'AWS05093384'

form_mail('re-old-case-restart', L('support_reply', cF, [F1, F2], True, 'en'), T('2026-01-20 14:12:44'), MR[1],
    'RE:[CASE %s] %s' % (cF, FORMSUBJ), """Hello Marco,

Thank you for following up. I looked at the history of this case: it was closed in July 2023 because we never received your confirmation, so no changes were made to either profile at that time.

We are happy to pick it up again here. Can you confirm that AWS02719358 and AWS05093384 are still the two profiles concerned, and tell us which one you would now like to keep? Your sign-in email has changed since 2023, so please also confirm the address you use today.

Best regards,
Ayesha
AWS Training and Certification Customer Support

Il martedì 20 gennaio 2026 alle ore 09:31:05 CET, Marco Rossi <marco_rossi84@yahoo.it> ha scritto:

Hello, I opened this request in 2023 but my two certification accounts are still separate. Can you please help me again? Thanks, Marco""", 'yahoo', enc='qp')

t = T('2026-01-21 16:30:19')
snd = sender_aws(t)
f2_text = """Hello Marco,

Thanks – that’s clear. Here is what we’re going to do, subject to your OK:

* AWS02719358 (marco_rossi84@yahoo.it) stays as your certification account
* AWS-05093384 (marco.rossi@oldco-consulting.example) is combined into it and then closed

Everything on AWS-05093384 – your Developer and SysOps certifications, exam history and any unused vouchers – will be carried over. Please bear in mind that we can’t reverse this once it’s done.

Reply “yes, go ahead” to this message and we’ll start.

Best regards,
Ayesha
AWS Training and Certification Customer Support
"""
f2_plain = f2_text + '\n--\n' + FORM_FOOT_EN + '\n'
emit('re-old-case-confirm-terms', L('merge_confirmation_requested', cF, [F1, F2], True, 'en'), t, AWS_FORM, MR[1],
     'RE:[CASE %s] %s' % (cF, FORMSUBJ),
     alt(raw_part(f2_plain.encode('utf-8'), 'plain', 'us-ascii', '8bit'), tpart(form_html(f2_text), 'html', 'utf-8', 'qp')), 'yahoo', snd)

form_mail('re-old-case-done', L('merge_completed', cF, [F1, F2], True, 'en'), T('2026-01-23 09:05:57'), MR[1],
    'RE:[CASE %s] %s' % (cF, FORMSUBJ), f"""Hello Marco,

We've finished moving your exam history and certifications from AWS05093384 to AWS02719358. The former account can no longer be used to sign in; please use marco_rossi84@yahoo.it from now on.

This case is now closed. If you have a moment, let us know how we did: https://survey.training.aws/r/tc?case={cF}

Best regards,
Ayesha
AWS Training and Certification Customer Support""", 'yahoo', html_only=True, enc='b64')

# ================================================================= phishing
fake1 = case15(T('2026-02-04 08:14:51'), 70233)
t = T('2026-02-05 07:41:12')
snd = sender_generic('aws-trainingcertification-support.com', 'mail.aws-trainingcertification-support.com', '45.137.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)),
                     'bounce@aws-trainingcertification-support.com', [('aws-trainingcertification-support.com', 'default')],
                     '<%s@aws-trainingcertification-support.com>' % rhex(24), policy='NONE')
ph1_text = f"""Dear Candidate,

Our system detected two certification profiles registered to you: AWS06620931 and AWS08841167.

To complete the account merge, you must confirm the request within 24 hours. If the merge is not confirmed, both profiles will be temporarily suspended and your certifications will not be visible to employers.

Confirm merge now: https://aws-trainingcertification-support.com/merge/confirm?case={fake1}

Case reference: {fake1}

AWS Training & Certification Support Team
"""
ph1_html = '<html><body style="font-family:Arial">' + text_to_html(ph1_text).replace(
    'https://aws-trainingcertification-support.com/merge/confirm?case=%s' % fake1,
    '<a href="https://aws-trainingcertification-support.com/merge/confirm?case=%s" style="background:#ff9900;color:#000;padding:8px 18px;text-decoration:none">CONFIRM MERGE</a>' % fake1) + '</body></html>\n'
emit('action-required-confirm', L('merge_confirmation_requested', fake1, [E1, E2], False, 'en'), t,
     ('AWS Training & Certification', 'case-update@aws-trainingcertification-support.com'), PR[1],
     'RE:[CASE %s] Action required: confirm your account merge within 24 hours' % fake1,
     alt(tpart(ph1_text, 'plain', 'utf-8', 'qp'), tpart(ph1_html, 'html', 'utf-8', 'qp')), 'gmail', snd)

fake2 = case15(T('2026-02-16 21:07:33'), 18840)
t = T('2026-02-19 03:22:08')
snd = sender_generic('amazon.com', 'vps-%d.cloudsvc-relay.top' % rnd.randint(1000, 9999), '193.29.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)),
                     'no-reply-aws@amazon.com', [], '<%s@cloudsvc-relay.top>' % rhex(20),
                     dmarc='fail', policy='QUARANTINE', spf='fail', dkim_res='none')
forged = 'mx.amazon.com; dkim=pass header.i=@amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'
ph2_body = f"""Hello,

A merge of your AWS Certification accounts is waiting for your approval:

Primary account: AWS03384716
Account to be merged: AWS07129904

Merges are permanent. To approve, sign in through the secure Support Center link below and confirm your identity with your AWS credentials:

http://support-center.amaz0n-aws-cases.com/case/?displayId={fake2}

If you do not confirm within 48 hours the request will be cancelled and your certifications may be flagged for review.

Best regards,
Amazon Web Services"""
emit('spoofed-merge-approval', L('merge_confirmation_requested', fake2, ['AWS03384716', 'AWS07129904'], False, 'en'), t,
     AWS_CONSOLE, DO[1], 'RE:[CASE %s] Account merge pending your confirmation' % fake2,
     alt(tpart(console_text(ph2_body, fake2, 'en', False), 'plain', 'utf-8', 'qp'), tpart(console_html(ph2_body, fake2, 'en', False), 'html', 'utf-8', 'qp')),
     'o365', snd, extra_ar_below=forged, sign=False)

t = T('2026-03-24 22:10:45')
snd = sender_generic('aws-account-notice.jp.net', 'smtp%d.aws-account-notice.jp.net' % rnd.randint(1, 9), '103.151.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)),
                     'info@aws-account-notice.jp.net', [], '<%s@aws-account-notice.jp.net>' % rhex(18), dmarc='none', policy='NONE', dkim_res='none')
ph3 = """AWS をご利用のお客様

お客様のアカウントに登録されているお支払い方法で、直近のご請求の決済が完了しませんでした。
72 時間以内にお支払い情報を更新いただけない場合、AWS アカウントおよび関連サービスが一時的に停止されます。

▼お支払い情報の更新はこちら
https://aws-account-notice.jp.net/billing/update?id=7731

※本メールは送信専用です。

Amazon Web Services 請求サポート"""
emit('billing-phish-ja', L('unrelated', None, [], False, 'ja'), t, ('AWS 請求サポート', 'info@aws-account-notice.jp.net'), MS[1],
     '【重要】AWS アカウントのお支払い情報の確認が必要です',
     alt(tpart(ph3, 'plain', 'utf-8', 'b64'), tpart('<html><body>' + text_to_html(ph3) + '</body></html>\n', 'html', 'utf-8', 'b64')), 'nifty', snd, sign=False)

# ================================================================= unrelated mail around the cases
t = T('2026-03-11 12:44:09')
snd = sender_aws(t)
sc = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have completed your request to merge the duplicate detail pages. ASIN B0CX7QK2LM has been merged into ASIN B0CX7P9TWA and the listings now appear under a single product page. It may take up to 24 hours for the change to be visible to buyers.

Was this helpful? Let us know by selecting one of the links below.
Yes: https://sellercentral.amazon.it/cu/case-dashboard/feedback?caseID=6120458830&helpful=yes
No: https://sellercentral.amazon.it/cu/case-dashboard/feedback?caseID=6120458830&helpful=no

Thank you for selling on Amazon,
Fabio M.
Amazon Selling Partner Support
https://sellercentral.amazon.it
"""
emit('seller-central-asin-merge', L('unrelated', '6120458830', [], True, 'en'), t, ('Amazon Selling Partner Support', 'seller-support-notifications@amazon.com'), MR[1],
     'RE:[CASE 6120458830] Request to merge duplicate ASIN detail pages',
     alt(tpart(sc, 'plain', 'utf-8', 'qp'), tpart('<html><body style="font-family:Arial">' + text_to_html(sc) + '</body></html>\n', 'html', 'utf-8', 'qp')), 'yahoo', snd)

oBill = T('2026-03-03 04:18:52')
cBill = case15(oBill, 52067)
console_mail('console-billing-case-ja', L('unrelated', cBill, [], True, 'ja'), oBill + dt.timedelta(seconds=8), KT[1],
    'Amazon Web Services: 新しいサポートケースが作成されました: %s' % cBill, f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース {cBill} を作成しました。

ケース ID: {cBill}
件名: 2 月分の請求額について（NAT ゲートウェイの料金）
重要度: 一般的な質問
内容: 2 月の請求で NAT ゲートウェイのデータ処理料金が想定より大きくなっています。内訳を確認したいです。""", cBill, 'outlookjp', 'ja', enc='b64')

def certmetrics(slug, label, when, to, subject, text, provider):
    snd = sender_generic('certmetrics.com', 'a%d-%d.smtp-out.us-west-2.amazonses.com' % (rnd.randint(1, 99), rnd.randint(1, 250)), '54.240.27.%d' % rnd.randint(1, 250),
                         '%s@us-west-2.amazonses.com' % ses_id(when), [('certmetrics.com', 'cm2'), ('amazonses.com', '7v7vs6w47njt4pimodk5mmttbegzsi6n')],
                         '<%s@us-west-2.amazonses.com>' % ses_id(when), policy='NONE')
    h = '<html><body style="font-family:Arial;color:#232f3e">' + text_to_html(text) + '</body></html>\n'
    return emit(slug, label, when, ('AWS Certification', 'do-not-reply@certmetrics.com'), to, subject,
                alt(tpart(text, 'plain', 'utf-8', 'qp'), tpart(h, 'html', 'utf-8', 'qp')), provider, snd)

certmetrics('certmetrics-hear-from-you', L('unrelated', None, [A1], False, 'en'), T('2026-02-02 17:00:31'), EM,
    'AWS Certification wants to hear from you', """Hello Emily Carter,

AWS Certification wants to hear from you! Please take 10 minutes to tell us about your experience with AWS Certification and how it has helped your career.

Your AWS Certification Account: AWS04418273

Start the survey: https://www.certmetrics.com/amazon/survey/start?s=2026Q1

Thank you,
AWS Certification
This is an automated message. Please do not reply.""", 'gmail')

certmetrics('certmetrics-recert-congrats', L('unrelated', None, [C1], False, 'en'), T('2026-04-02 20:14:57'), DO,
    'Congratulations on recertifying: AWS Certified SysOps Administrator - Associate', """Dear Daniel Okafor,

Congratulations! You have successfully recertified AWS Certified SysOps Administrator - Associate. Your certification is now valid through April 2, 2029.

AWS Certification Account ID: AWS03384716
Validation Number: 8QW2KT5L9EB1G7PX

You can download your certificate and review your benefits at https://www.aws.training/Certification.

Regards,
AWS Certification""", 'o365')

t = T('2026-03-26 06:02:18')
snd = sender_generic('pearson.com', 'mx0b-00%d.pphosted.com' % rnd.randint(100000, 999999), '148.163.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)),
                     'pearsonvueconfirmation@pearson.com', [('pearson.com', 'selector2')], '<%s@pearson.com>' % rhex(20), policy='REJECT')
pv = """佐藤 美咲 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の試験のご予約を承りました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02)（日本語）
日時: 2026年4月18日(土) 10:00 JST
会場: オンライン試験（OnVUE）
受験者 ID: AWS06155930
登録 ID: 512847793

試験開始の 30 分前からチェックインが可能です。身分証明書をご用意ください。
予約の変更・キャンセルは、試験の 24 時間前まで行えます。

Pearson VUE"""
emit('pearson-vue-yoyaku-ja', L('unrelated', None, [D1], False, 'ja'), t, ('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), MS[1],
     'Pearson VUE 試験予約の確認', alt(tpart(pv, 'plain', 'utf-8', 'b64'), tpart('<html><body>' + text_to_html(pv) + '</body></html>\n', 'html', 'utf-8', 'b64')), 'nifty', snd)

t = T('2026-02-09 18:20:44')
snd = sender_aws(t, 'signin.aws')
bid = """Verify your AWS Builder ID email address

Hello,

To finish signing in to your AWS Builder ID, enter the following verification code:

Verification code: 583902

This code expires 10 minutes after it was sent. If you did not request this code, you can safely ignore this email.

Amazon Web Services"""
emit('builder-id-code', L('unrelated', None, [], True, 'en'), t, ('AWS', 'no-reply@signin.aws'), PR[1],
     'Verify your AWS Builder ID email address',
     alt(tpart(bid, 'plain', 'utf-8', 'qp'), tpart('<html><body style="font-family:Arial">' + text_to_html(bid) + '</body></html>\n', 'html', 'utf-8', 'qp')), 'gmail', snd)

t = T('2026-01-29 21:03:15')
snd = sender_generic('github.com', 'out-%d.smtp.github.com' % rnd.randint(10, 30), '192.30.252.%d' % rnd.randint(190, 210),
                     'noreply@github.com', [('github.com', 'pf2023')], '<lumenfield/data-platform/pull/482/issue_event/%d@github.com>' % rnd.randint(10 ** 10, 10 ** 11), policy='REJECT')
gh = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lumenfield/data-platform/pull/482#event-%d
You are receiving this because you were mentioned.
""" % rnd.randint(10 ** 10, 10 ** 11)
emit('github-pr-merged', L('unrelated', None, [], False, 'en'), t, ('Jisoo Park', 'notifications@github.com'), ('lumenfield/data-platform', EM[1]),
     'Re: [lumenfield/data-platform] Merge account tables from the legacy CRM (PR #482)',
     alt(tpart(gh, 'plain', 'utf-8', '7bit'), tpart('<p><b>Merged</b> #482 into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/lumenfield/data-platform/pull/482">view it on GitHub</a>.</p>\n', 'html', 'utf-8', '7bit')),
     'gmail', snd, reply_to='lumenfield/data-platform <reply+%s@reply.github.com>' % rstr(40).upper(),
     extra=[('In-Reply-To', '<lumenfield/data-platform/pull/482@github.com>'), ('References', '<lumenfield/data-platform/pull/482@github.com>'),
            ('List-ID', 'lumenfield/data-platform <data-platform.lumenfield.github.com>'), ('X-GitHub-Reason', 'mention')])

t = T('2026-03-14 15:30:00')
snd = sender_credly(t, KT[1])
exp = """Hi Kenji,

Your AWS Certified Developer – Associate badge issued by Amazon Web Services Training and Certification will expire on June 12, 2026.

To keep your badge active, complete the recertification requirements before it expires. After that date the badge will show as expired on your profile.

View badge: https://www.credly.com/badges/%s

Credly, Inc. · 13 W 36th St, Floor 7 · New York, NY 10018
""" % ruuid()
emit('credly-expiry-reminder', L('unrelated', None, [], True, 'en'), t, ('Credly', 'admin@credly.com'), KT[1],
     'Your AWS Certified Developer – Associate badge expires in 90 days',
     alt(tpart(exp, 'plain', 'utf-8', 'qp'), tpart('<html><body style="font-family:Helvetica">' + text_to_html(exp) + '</body></html>\n', 'html', 'utf-8', 'qp')), 'outlookjp', snd)

t = T('2026-02-10 02:11:37')
snd = sender_credly(t, PR[1])
cm = """Hi Priya,

You asked to merge another Credly account into this one. Enter the code below to verify that you own the email address priya.raman.cloud@gmail.com:

482913

Or click Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=%s

If you didn't request an account merge, you can ignore this email; nothing will change.

The Credly Team
""" % rhex(40)
emit('credly-own-merge-code', L('unrelated', None, [], True, 'en'), t, ('Credly', 'admin@credly.com'), PR[1],
     'Your Credly account merge verification code',
     alt(tpart(cm, 'plain', 'utf-8', 'qp'), tpart('<html><body style="font-family:Helvetica">' + text_to_html(cm) + '</body></html>\n', 'html', 'utf-8', 'qp')), 'gmail', snd)

t = T('2026-04-09 01:00:12')
snd = sender_aws(t)
nl = """AWS トレーニングと認定 ニュースレター 2026年4月号

■ 新しい認定試験のお知らせ
AWS Certified Generative AI Developer - Professional の日本語版試験の提供を開始しました。

■ AWS Skill Builder の新コース
「Amazon Bedrock で始める生成 AI アプリケーション開発」（無料、日本語字幕付き）を公開しました。

■ 認定特典のご案内
認定保持者は次回の試験を 50% 割引で受験いただけます。特典は AWS Certification アカウントの「特典」タブからご確認ください。

配信停止: https://pages.awscloud.com/communication-preferences.html
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア"""
emit('tc-newsletter-ja', L('unrelated', None, [], True, 'ja'), t, ('AWS トレーニングと認定', 'aws-marketing-email-replies@amazon.com'), KT[1],
     'AWS トレーニングと認定 ニュースレター 2026年4月号: 新しい認定試験と Skill Builder の新コース',
     alt(tpart(nl, 'plain', 'utf-8', 'qp'), tpart('<html><body>' + text_to_html(nl) + '</body></html>\n', 'html', 'utf-8', 'qp')), 'outlookjp', snd,
     extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>')])

# colleague, Shift_JIS label with CP932-only characters, internal server without Authentication-Results
t = T('2026-04-08 02:47:31')
col = """中村さん

お疲れさまです。鈴木です。

AWS 認定アカウントの統合の件、進め方を教えていただきありがとうございます。
私も AWS 02871164 と AWS04419920 の 2 つがあるので、同じように申請してみます。

確認ですが、
① フォームから送る場合、候補者 ID は残したい方だけ書けばよいですか？
② 会社のメールアドレスで登録した方を残しても問題ないでしょうか？

お手すきのときに教えてください～

鈴木 大輔
ほしぞらシステムズ株式会社 クラウド推進部
"""
snd = sender_generic('hoshizora-sys.co.jp', 'mail.hoshizora-sys.co.jp', '10.20.1.15', 'd.suzuki@hoshizora-sys.co.jp', [], '<%s.d.suzuki@hoshizora-sys.co.jp>' % rhex(16))
p = raw_part(col.encode('cp932'), 'plain', 'Shift_JIS', 'b64')
emit('colleague-question-sjis-ja', L('unrelated', None, ['AWS02871164', 'AWS04419920'], None, 'ja'), t, ('鈴木 大輔', 'd.suzuki@hoshizora-sys.co.jp'), SN,
     'Re: 認定アカウント統合の件', p, 'corp_noar', snd, subj_cs='shift_jis', from_cs='iso-2022-jp', sign=False, date_tz=JST,
     extra=[('In-Reply-To', '<20260407173012.4A1C2B@hoshizora-sys.co.jp>'), ('References', '<20260407173012.4A1C2B@hoshizora-sys.co.jp>'),
            ('X-Mailer', 'Microsoft Outlook 16.0')])

# Kenji forwards the completion mail to a friend (his own mail, unrelated)
t = T('2026-02-06 12:30:55')
kf = f"""森さん

先日話していた認定アカウントの件、無事に一つにまとまりました。参考までに AWS からの連絡を転送します。
サポートセンターから問い合わせて 3 日ほどでした。

高橋

________________________________
差出人: Amazon Web Services <no-reply-aws@amazon.com>
送信日時: 2026年2月6日 17:12
宛先: k-takahashi.0815@outlook.jp <k-takahashi.0815@outlook.jp>
件名: RE:[CASE {cB}] 認定アカウントの統合について

高橋 健二 様

大変お待たせいたしました。
AWS05561208 に登録されていた認定資格、受験履歴および特典を、AWS01935562 へ移行いたしました。AWS05561208 は無効化されておりますので、今後は AWS01935562 にサインインしてご利用ください。

山口
Amazon Web Services
"""
snd = sender_generic('outlook.jp', 'TY3P286CU002.outbound.protection.outlook.com', '52.101.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)),
                     KT[1], [('outlook.jp', 'selector1')], '<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (rnd.randint(1000, 9999), rstr(12).upper(), rnd.randint(1000, 9999)))
emit('fwd-to-friend-ja', L('unrelated', cB, [], False, 'ja'), t, KT, ('森 由紀', 'yuki.mori.work@gmail.com'),
     '転送: RE:[CASE %s] 認定アカウントの統合について' % cB,
     alt(tpart(kf, 'plain', 'utf-8', 'b64'), tpart('<html><body><div style="font-family:Meiryo">' + text_to_html(kf) + '</div></body></html>\n', 'html', 'utf-8', 'b64')),
     'gmail', snd, date_tz=JST)

# ================================================================= case H: 中村 翔, console, Japanese, company server without Authentication-Results
oH = T('2026-04-06 05:33:19')
cH = case15(oH, 81562)
H1, H2 = 'AWS07338260', 'AWS01166579'

console_mail('console-case-opened-html-ja', L('case_created', cH, [H1, H2], None, 'ja'), oH + dt.timedelta(seconds=6), SN[1],
    'Amazon Web Services: 新しいケースを作成しました: %s' % cH, f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。
ケース {cH} を作成しました。担当者より順次ご連絡いたします。

ケース ID: {cH}
件名: 認定アカウントを一つにしたい
重要度: 一般的な質問
内容: 個人で作成した AWS07338260 と、会社の研修で作られた aws01166579 があります。AWS07338260 の方にまとめたいです。""", cH, 'corp_noar', 'ja', enc='b64', html_only=True)

console_mail('re-case-still-need-help-ja', L('support_reply', cH, [], None, 'ja'), T('2026-04-10 06:05:40'), SN[1],
    'RE:[CASE %s] 認定アカウントを一つにしたい' % cH, """中村 翔 様

先日お送りした確認事項について、まだご返信をいただけていないようです。
引き続きサポートが必要でしょうか。

本件について 7 日以内にご返信がない場合は、解決済みとしてケースをクローズさせていただきます。クローズ後も、同じケースからいつでも再開していただけます。

小林
Amazon Web Services

2026年4月7日(火) 11:05 Amazon Web Services <no-reply-aws@amazon.com>:
> 中村 翔 様
>
> お問い合わせいただいた AWS07338260 と AWS01166579 について確認いたしました。
> 統合にあたり、AWS01166579 の登録メールアドレスと、会社の研修担当者の了承が得られているかをお知らせください。
>
> 小林""", cH, 'corp_noar', 'ja', enc='qp')

console_mail('re-case-saishuu-kakunin-ja', L('merge_confirmation_requested', cH, [H1, H2], None, 'ja'), T('2026-04-13 02:48:26'), SN[1],
    'RE:[CASE %s] 認定アカウントを一つにしたい' % cH, """中村 翔 様

ご返信ありがとうございます。研修担当者様の了承についても承知いたしました。

最終確認として、以下の内容でお間違いないかご確認ください。

・今後お使いいただくアカウント: AWS07338260
・まとめられて閉鎖されるアカウント: AWS 01166579

AWS 01166579 で取得された Cloud Practitioner の認定と受験記録は AWS07338260 に移ります。この操作は後から元に戻せません。

よろしければ、サポートセンターのケースに「問題ありません」とご返信ください。

小林
Amazon Web Services

2026年4月10日(金) 18:22 中村 翔 <s.nakamura@hoshizora-sys.co.jp>:
> 小林様
>
> 返信が遅くなりすみません。登録メールアドレスは nakamura.training@hoshizora-sys.co.jp です。
> 研修担当からも了承をもらっています。
>
> 中村
>
> > 2026年4月7日(火) 11:05 Amazon Web Services <no-reply-aws@amazon.com>:
> > 統合にあたり、AWS01166579 の登録メールアドレスと、会社の研修担当者の了承が得られているかをお知らせください。""", cH, 'corp_noar', 'ja', enc='b64')

console_mail('re-case-kanryou-quoted-ja', L('merge_completed', cH, [], None, 'ja'), T('2026-04-15 09:14:03'), SN[1],
    'RE:[CASE %s] 認定アカウントを一つにしたい' % cH, """中村 翔 様

ご確認いただいた内容のとおり、統合が完了しました。
今後は残されたアカウントにサインインしていただくと、すべての認定資格をご確認いただけます。Credly のバッジは数日以内に改めて発行されます。

小林
Amazon Web Services

2026年4月13日(月) 11:48 Amazon Web Services <no-reply-aws@amazon.com>:
> 最終確認として、以下の内容でお間違いないかご確認ください。
>
> ・今後お使いいただくアカウント: AWS07338260
> ・まとめられて閉鎖されるアカウント: AWS 01166579
>
> この操作は後から元に戻せません。""", cH, 'corp_noar', 'ja', enc='qp')
# ================================================================= write
for fname, data in MAILS:
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
print(len(MAILS), 'mails written')
