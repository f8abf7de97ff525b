#!/usr/bin/env python3
"""Generator for blind set 106: HTML-heavy AWS Certification account-merge mail, 2026.

Five users, each case from acknowledgement to badges and survey, plus look-alikes.
Run:  python3 make_set.py   (writes NNN-slug.eml + labels.json next to this script)
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(106)
LABELS = {}
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')
PST = dt.timezone(dt.timedelta(hours=-8))
CET = dt.timezone(dt.timedelta(hours=1))


# ----------------------------------------------------------------- basics
def T(s, tz=UTC):
    """'2026-01-12 08:41:17' -> aware datetime."""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def case_id(opened, suffix):
    return '%d%05d' % (int(opened.timestamp()), suffix)


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def rdate(d):
    return format_datetime(d)


def ses_msgid(d):
    ms = int(d.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ses_mailfrom(d):
    return ses_msgid(d)[1:-1]


def ses_host():
    ip = '54.240.%d.%d' % (R.choice([8, 9, 11, 48]), R.randint(10, 250))
    a, b, c, e = ip.split('.')
    return ip, 'a%s-%s.smtp-out.amazonses.com' % (c, e)


def fold_dkim(d, domain, selector, hdrlist):
    bh = base64.b64encode(hashlib.sha256(rhex(20).encode()).digest()).decode()
    b = rb64(256)
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n'
            '\th=%s;\n\tbh=%s;\n\tb=%s') % (
        selector, domain, int(d.timestamp()), hdrlist, bh, '\n\t'.join(lines))


def enc_subject(s, charset='utf-8', maxlen=64):
    """RFC 2047 subject; long ones are split over several folded lines."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=maxlen).encode(linesep='\n')


def enc_name(name, addr, charset='utf-8'):
    try:
        name.encode('ascii')
        return '"%s" <%s>' % (name, addr) if any(c in name for c in ',.') else '%s <%s>' % (name, addr)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), addr)


# ----------------------------------------------------------------- MIME parts
def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None):
    """One text part. `label` lets the declared charset differ from the bytes."""
    m = MIMENonMultipart('text', subtype)
    del m['MIME-Version']
    m.set_param('charset', label or charset)
    raw = text.encode(charset)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:  # 8bit: raw bytes carried through surrogateescape
        payload = raw.decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    m['Content-Transfer-Encoding'] = cte
    return m


def alt(plain, html, boundary, pc=('utf-8', 'quoted-printable', None), hc=('utf-8', 'quoted-printable', None)):
    m = MIMEMultipart('alternative', boundary=boundary)
    del m['MIME-Version']
    m.attach(leaf(plain, 'plain', *pc))
    m.attach(leaf(html, 'html', *hc))
    return m


def html_only(html, charset='utf-8', cte='quoted-printable', label=None):
    return leaf(html, 'html', charset, cte, label)


def b_gmail():
    return '000000000000' + rhex(20)


def b_java():
    return '----=_Part_%d_%d.%d' % (R.randint(1000000, 9999999), R.randint(100000000, 999999999),
                                    R.randint(1700000000000, 1790000000000))


def b_outlook():
    return '_000_%s%s_' % (R.choice(['TYCPR01MB', 'DB9PR02MB', 'AM0PR07MB', 'PAXPR08MB']),
                           ''.join(R.choice('0123456789ABCDEF') for _ in range(24)) + 'namprd')


def b_credly():
    return '--==_mimepart_%s_%d' % (rhex(13), R.randint(100, 999))


# ----------------------------------------------------------------- inbound hops
def gmail_in(to, d, mailfrom, ip, host, hfrom, dkim=(), dmarc='pass',
             policy='p=QUARANTINE sp=QUARANTINE dis=NONE', spf='pass'):
    r = d + dt.timedelta(seconds=R.randint(1, 4))
    rp = format_datetime(r.astimezone(PST)) + ' (PST)'
    dk = ''.join('\n       dkim=pass header.i=@%s header.s=%s header.b=%s;' % (dom, sel, rb64(6)[:8])
                 for dom, sel in dkim)
    if spf == 'pass':
        spft = 'spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (
            mailfrom, ip, mailfrom)
    else:
        spft = 'spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (
            spf, mailfrom, ip, mailfrom)
    ar = 'mx.google.com;%s\n       %s;\n       dmarc=%s (%s) header.from=%s' % (dk, spft, dmarc, policy, hfrom)
    gid = '2002:a05:%d:%s:b0:%s:%s:%s' % (R.randint(6000, 7999), rhex(4), rhex(3), rhex(3), rhex(4))
    return [
        ('Delivered-To', to),
        ('Received', 'by %s with SMTP id %s;\n        %s' % (gid, rhex(2) + 'csp' + str(R.randint(100000, 999999)), rp)),
        ('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:80]),
        ('X-Received', 'by %s with SMTP id %s.%d.%d;\n        %s' % (
            gid.replace('a05', 'a17'), rhex(8) + '-' + rhex(8), R.randint(10, 99), R.randint(1000000, 9999999) * 1000 + 1, rp)),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s' % (
            int(r.timestamp()), rb64(48), rb64(48))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
         '        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n'
         '        bh=%s;\n        fh=%s;\n        b=%s' % (rb64(32), rb64(32), rb64(60))),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', '<%s>' % mailfrom),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%d.%d.2026.%02d.%02d.%02d.%02d.%02d\n'
         '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
             host, host, ip, rhex(8), rhex(12), R.randint(100000, 999999), R.randint(100, 999),
             r.astimezone(PST).month, r.astimezone(PST).day, r.astimezone(PST).hour,
             r.astimezone(PST).minute, r.astimezone(PST).second, to, rp)),
        ('Received-SPF', '%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (
            spf, mailfrom, ip, ip) if spf == 'pass' else '%s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;' % (
            spf, mailfrom, ip, ip)),
        ('Authentication-Results', ar),
    ]


def o365_in(to, d, mailfrom_dom, ip, host, hfrom, dkim=(), dmarc='pass', action='none',
            compauth='pass reason=100', spf='pass', tenant='TYCPR01MB', consumer=False):
    """Office 365 / Outlook.com: no authserv-id in Authentication-Results."""
    r = d + dt.timedelta(seconds=R.randint(1, 5))
    rs = format_datetime(r)
    dk = ''.join('dkim=pass (signature was verified) header.d=%s;' % dom for dom in dkim) or 'dkim=none (message not signed) header.d=none;'
    spft = 'spf=%s (sender IP is %s) smtp.mailfrom=%s; ' % (spf, ip, mailfrom_dom)
    ar = spft + dk + 'dmarc=%s action=%s header.from=%s;compauth=%s' % (dmarc, action, hfrom, compauth)
    region = 'jpnprd01' if tenant.startswith('TY') else ('namprd%02d' % R.randint(1, 20) if consumer
                                                         else 'eurprd0%d' % R.randint(1, 9))
    srv1 = '%s%s.%s.prod.outlook.com' % (tenant, ''.join(R.choice('0123456789') for _ in range(4)), region)
    edge = '%s.mail.protection.outlook.com' % (
        'SN1PEPF0002' + str(R.randint(10000, 99999)) if consumer else 'AM3PEPF0000' + rhex(5).upper())
    return [
        ('Received', 'from %s (::1) by\n %s with HTTPS; %s' % (srv1.replace(srv1[:9], srv1[:9]), srv1, rs)),
        ('Received', 'from %s (2603:10a6:20b:%s::%s) by %s\n (2603:10a6:102:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n'
         ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
             edge.split('.')[0] + '.' + region + '.prod.outlook.com', rhex(3), rhex(2), srv1, rhex(3), rhex(2),
             R.randint(8000, 9400), R.randint(10, 99), rs)),
        ('Authentication-Results', ar),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n'
         ' client-ip=%s; helo=%s; pr=C' % (
             'Pass' if spf == 'pass' else spf.capitalize(), mailfrom_dom, ip, ip, host)),
        ('Received', 'from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d\n via Frontend Transport; %s' % (
            host, ip, edge, R.randint(2, 250), R.randint(8000, 9400), R.randint(10, 99), rs)),
    ]


def jp_in(to, d, authserv, mailfrom, ip, host, hfrom, dkim=(), dmarc='pass', spf='pass'):
    """Japanese ISP / webmail style."""
    r = d + dt.timedelta(seconds=R.randint(1, 6))
    rs = format_datetime(r.astimezone(JST))
    dk = ''.join(' dkim=pass header.d=%s header.s=%s;' % (dom, sel) for dom, sel in dkim) or ' dkim=none;'
    ar = '%s;\n\tspf=%s smtp.mailfrom=%s;%s\n\tdmarc=%s header.from=%s' % (authserv, spf, mailfrom, dk, dmarc, hfrom)
    return [
        ('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            authserv, authserv.replace('mx', 'mbox', 1), rhex(10).upper(), to, rs)),
        ('Authentication-Results', ar),
        ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            host, host, ip, authserv, rhex(11).upper(), to, rs)),
    ]


def ses_out(d, hfrom_dom='amazon.com', selector='szqgv33erturdv5cvz4vtb6h5rm3rwjh'):
    """DKIM signatures + SES trailer headers of genuine amazon.com mail."""
    return [
        ('DKIM-Signature', fold_dkim(d, hfrom_dom, selector,
                                     'Content-Type:From:To:Subject:Message-ID:Date:MIME-Version')),
        ('DKIM-Signature', fold_dkim(d, 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono',
                                     'Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:Feedback-ID')),
    ]


def ses_tail(d):
    return [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(33)[:43]),
            ('X-SES-Outgoing', '%s-54.240.8.%d' % (d.strftime('%Y.%m.%d'), R.randint(10, 250)))]


# ----------------------------------------------------------------- writer
def write(n, slug, headers, body, kind, cid, accts, verified, lang, linesep='\n'):
    name = '%03d-%s.eml' % (n, slug)
    top = ''.join('%s: %s\n' % (k, v) for k, v in headers)
    top += 'MIME-Version: 1.0\n'
    data = top.encode('utf-8') + body.as_bytes()
    if linesep == '\r\n':
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)
    LABELS[name] = {'kind': kind, 'case_id': cid, 'account_ids': sorted(set(accts)),
                    'sender_verified': verified, 'language': lang}


# ----------------------------------------------------------------- HTML templates
AWS_LEGAL_EN = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
                'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
                'Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.')
AWS_LEGAL_JA = ('本メールはアマゾン ウェブ サービス ジャパン合同会社（〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア）'
                'より送信されています。Amazon Web Services、AWS および関連するロゴは Amazon.com, Inc. またはその関連会社の商標です。')


def preheader(text):
    return ('<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;'
            'max-width:0px;opacity:0;overflow:hidden;mso-hide:all;">%s%s</div>\n' % (text, '&nbsp;&zwnj;' * 30))


def form_desk_html(body, pre, cid, lang='en', history=''):
    legal = AWS_LEGAL_JA if lang == 'ja' else AWS_LEGAL_EN
    ref = ('お問い合わせ番号: [CASE %s]' if lang == 'ja' else 'Reference: [CASE %s]') % cid
    return '''<!DOCTYPE html>
<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>AWS Training and Certification</title>
<style type="text/css">body{margin:0;padding:0}table{border-collapse:collapse}td{font-family:'Amazon Ember',Arial,sans-serif}
.acct th{background:#f2f3f3;text-align:left;padding:8px;border:1px solid #d5dbdb;font-size:13px}
.acct td{padding:8px;border:1px solid #d5dbdb;font-size:13px}</style></head>
<body style="margin:0;padding:0;background-color:#f2f3f3;">
%s<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f3"><tr><td align="center" style="padding:20px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr><td style="background:#232f3e;padding:18px 28px;"><img src="https://d1.awsstatic.com/training-and-certification/email/aws-tc-logo-white.png" width="160" alt="AWS Training and Certification" style="display:block;border:0;"></td></tr>
<tr><td style="padding:28px;font-size:14px;line-height:21px;color:#16191f;">
%s
</td></tr>
<tr><td style="padding:14px 28px;border-top:1px solid #eaeded;font-size:11px;line-height:16px;color:#687078;">%s<br>%s</td></tr>
</table></td></tr></table>
%s</body></html>
''' % (lang, preheader(pre), body, ref, legal, history)


def console_html(body, pre, cid, subj, sev='General guidance', lang='en', extra=''):
    if lang == 'ja':
        labels = ('ケース ID', '件名', '重要度', 'サポートセンターでケースを表示',
                  'このメールアドレスは送信専用です。返信はサポートセンターからお願いいたします。')
    else:
        labels = ('Case ID', 'Subject', 'Severity', 'View case in Support Center',
                  'Please do not reply to this email. Replies to this address are not monitored. '
                  'To respond, use the Support Center link above.')
    link = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=%s' % (cid, lang)
    legal = AWS_LEGAL_JA if lang == 'ja' else AWS_LEGAL_EN
    return '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#fafafa;font-family:Arial,Helvetica,sans-serif;">
%s<table width="100%%" cellpadding="0" cellspacing="0" style="background:#fafafa;"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e1e4e8;">
<tr><td style="background:#232f3e;padding:14px 24px;color:#ffffff;font-size:18px;font-weight:bold;">
<img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" width="70" alt="AWS" style="vertical-align:middle;border:0;"> &nbsp;Support</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#232f3e;">
%s
<table cellpadding="6" cellspacing="0" style="margin:18px 0;border:1px solid #d5dbdb;font-size:13px;">
<tr><td style="background:#f2f3f3;font-weight:bold;">%s</td><td>%s</td></tr>
<tr><td style="background:#f2f3f3;font-weight:bold;">%s</td><td>%s</td></tr>
<tr><td style="background:#f2f3f3;font-weight:bold;">%s</td><td>%s</td></tr>
</table>
<table cellpadding="0" cellspacing="0"><tr><td style="background:#ec7211;border-radius:2px;">
<a href="%s" style="display:inline-block;padding:10px 18px;color:#ffffff;text-decoration:none;font-weight:bold;font-size:14px;">%s</a></td></tr></table>
%s
</td></tr>
<tr><td style="padding:14px 24px;border-top:1px solid #eaeded;font-size:11px;color:#687078;line-height:16px;">%s<br><br>%s</td></tr>
</table></td></tr></table></body></html>
''' % (preheader(pre), body, labels[0], cid, labels[1], subj, labels[2], sev, link, labels[3], extra, labels[4], legal)


def acct_table(rows, head=('Role', 'AWS candidate ID', 'Sign-in e-mail')):
    h = ''.join('<th>%s</th>' % x for x in head)
    b = ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % c for c in r) for r in rows)
    return ('<table class="acct" cellpadding="0" cellspacing="0" width="100%%" '
            'style="border-collapse:collapse;margin:14px 0;"><tr>%s</tr>%s</table>' % (h, b))


def credly_html(first, issuer, badge, pre, note='', img='', lang='en', button='Accept your badge'):
    img = img or 'https://images.credly.com/size/340x340/images/%s/image.png' % (
        '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)))
    tok = rhex(32)
    return '''<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Credly</title></head>
<body style="margin:0;padding:0;background:#f5f5f7;">
%s<center><table role="presentation" width="600" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;margin:24px auto;font-family:Helvetica,Arial,sans-serif;">
<tr><td style="padding:20px 32px;border-bottom:4px solid #ff6b00;"><img src="https://www.credly.com/assets/credly_logo_email.png" width="96" alt="Credly"></td></tr>
<tr><td align="center" style="padding:32px 32px 8px 32px;"><img src="%s" width="170" height="170" alt="%s" style="display:block;"></td></tr>
<tr><td style="padding:8px 40px;font-size:16px;line-height:24px;color:#1f2933;text-align:center;">
<h1 style="font-size:22px;margin:8px 0 16px 0;">Congratulations, %s!</h1>
<p style="margin:0 0 14px 0;"><strong>%s</strong> has issued you the <strong>%s</strong> badge.</p>
%s
<table role="presentation" cellspacing="0" cellpadding="0" border="0" align="center" style="margin:22px auto;"><tr>
<td style="background:#0d7377;border-radius:4px;"><a href="https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s?utm_source=email&amp;utm_medium=notification&amp;record=%s" style="display:inline-block;padding:14px 28px;color:#ffffff;font-weight:bold;text-decoration:none;font-size:16px;">%s</a></td></tr></table>
<p style="font-size:13px;color:#52606d;margin:0 0 20px 0;">Share your achievement on LinkedIn, add it to your e-mail signature, or embed it on your website. Badges are verified by Credly.</p>
</td></tr>
<tr><td style="padding:18px 32px;background:#f5f5f7;font-size:11px;line-height:16px;color:#7b8794;text-align:center;">
You received this e-mail because %s issued a badge to this address through Credly.<br>
<a href="https://www.credly.com/notifications/preferences?token=%s" style="color:#7b8794;">Notification preferences</a> &middot; <a href="https://info.credly.com/privacy-policy" style="color:#7b8794;">Privacy Policy</a> &middot; <a href="https://www.credly.com/support" style="color:#7b8794;">Help</a><br>
&copy; 2026 Credly, Inc. All rights reserved. Credly is a Pearson company.</td></tr>
</table></center></body></html>
''' % (preheader(pre), img, badge, first, issuer, badge, note, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12),
       tok[:12], button, issuer, tok)


def gmail_quote_html(new_html, attr, quoted_html):
    return ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container">'
            '<div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            '%s</blockquote></div>\n' % (new_html, attr, quoted_html))


def body_of(html):
    """Inner part of a full HTML document (for quoting it in a reply)."""
    a = html.find('<body')
    a = html.find('>', a) + 1
    b = html.rfind('</body>')
    return html[a:b]


def quote_plain(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def re_strip(html):
    """Crude HTML -> text, the way a mailer builds a plain alternative."""
    import html as _h
    import re as _re
    t = _re.sub(r'(?is)<(style|head)[^>]*>.*?</\1>', '', html)
    t = _re.sub(r'(?is)<div[^>]*display:none[^>]*>.*?</div>', '', t)
    t = _re.sub(r'(?i)<br\s*/?>', '\n', t)
    t = _re.sub(r'(?i)<li[^>]*>', '\n  - ', t)
    t = _re.sub(r'(?i)</(p|div|tr|h1|table|ol|ul)>', '\n', t)
    t = _re.sub(r'(?i)</t[dh]>', '  ', t)
    t = _re.sub(r'<[^>]+>', '', t)
    t = _h.unescape(t).replace('\xa0', ' ').replace('\u200c', '')
    lines = [l.strip() for l in t.split('\n')]
    out = []
    for l in lines:
        if l or (out and out[-1]):
            out.append(l)
    return '\n'.join(out).strip() + '\n'


AWS_FORM = 'aws-cs-trainingcertification-form@amazon.com'
AWS_CONSOLE = 'no-reply-aws@amazon.com'
CREDLY = 'admin@credly.com'
ISSUER = 'Amazon Web Services Training and Certification'

# ======================================================================= MAILS
# (parts are appended below; each part is a function called from main())

PARTS = []

# ----------------------------------------------------------------- user 1: Daniel (en, Gmail, form desk)
D_NAME, D_ADDR = 'Daniel Okafor', 'daniel.okafor.dev@gmail.com'
D_OPEN = T('2026-01-12 08:41:17')
D_CID = case_id(D_OPEN, 417)
D_KEEP, D_OLD = 'AWS04419283', 'AWS09876012'
D_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CID
D_HIST = {}


def aws_mail_gmail(to, d, subj, from_disp, from_addr, extra=()):
    ip, host = ses_host()
    mf = ses_mailfrom(d)
    hs = gmail_in(to, d, mf, ip, host, 'amazon.com',
                  dkim=[('amazon.com', 'szqgv33erturdv5cvz4vtb6h5rm3rwjh'),
                        ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')])
    mid = ses_msgid(d)
    hs += ses_out(d)
    hs += [('From', '"%s" <%s>' % (from_disp, from_addr)), ('To', to), ('Subject', subj),
           ('Date', rdate(d)), ('Message-ID', mid)] + list(extra) + ses_tail(d)
    return hs, mid


def part_u1():
    # 1 --- acknowledgement of the form submission
    d = D_OPEN + dt.timedelta(seconds=48)
    body = '''<p style="margin:0 0 14px 0;">Hello Daniel,</p>
<p style="margin:0 0 14px 0;">Thanks for getting in touch with AWS Training and Certification. This note is to let you know that your request is now in our queue under the reference below. A specialist will pick it up and write back to you, normally within 24 hours.</p>
<p style="margin:0 0 6px 0;"><strong>What you sent us</strong></p>
<table class="acct" cellpadding="0" cellspacing="0" width="100%%" style="border-collapse:collapse;margin:6px 0 16px 0;">
<tr><th style="width:38%%;">Inquiry type</th><td>Certification</td></tr>
<tr><th>Inquiry detail</th><td>Account Merge</td></tr>
<tr><th>AWS candidate ID</th><td>AWS04419283</td></tr>
<tr><th>Description</th><td>Hi, I have two certification profiles. The one I use today is AWS04419283. There is an older one from my previous job, I think the number is aws 09876012. I would like everything under one profile please.</td></tr>
</table>
<p style="margin:0 0 14px 0;">To add anything to this request, simply reply to this e-mail and keep the reference in the subject line. Please don&rsquo;t submit the form again for the same issue, as a second request can slow things down.</p>
<p style="margin:0;">Kind regards,<br>AWS Training and Certification Customer Service</p>'''
    html = form_desk_html(body, 'We have your request and a specialist will follow up shortly.', D_CID)
    plain = '''Hello Daniel,

Thanks for getting in touch with AWS Training and Certification. This note is to let you know that your request is now in our queue under the reference below. A specialist will pick it up and write back to you, normally within 24 hours.

What you sent us
  Inquiry type:      Certification
  Inquiry detail:    Account Merge
  AWS candidate ID:  AWS04419283
  Description:       Hi, I have two certification profiles. The one I use today is AWS04419283. There is an older one from my previous job, I think the number is aws 09876012. I would like everything under one profile please.

To add anything to this request, simply reply to this e-mail and keep the reference in the subject line. Please don't submit the form again for the same issue, as a second request can slow things down.

Kind regards,
AWS Training and Certification Customer Service

Reference: [CASE %s]
''' % D_CID
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CID
    hs, mid = aws_mail_gmail(D_ADDR, d, subj, 'Amazon Web Services', AWS_FORM)
    write(1, 'tc-form-request-received', hs, alt(plain, html, b_java()), 'case_created', D_CID,
          [D_KEEP, D_OLD], True, 'en')
    D_HIST['ack'] = html

    # 2 --- agent asks for sign-in addresses and which profile to keep (HTML only, base64)
    d = T('2026-01-13 10:05:31')
    body = '''<p>Hi Daniel,</p>
<p>My name is Rafael and I&rsquo;ll be looking after your request from here.</p>
<p>I was able to locate both profiles you mentioned. So that I can prepare the next step, could you help me with the following?</p>
<table class="acct" cellpadding="0" cellspacing="0" width="100%%" style="border-collapse:collapse;margin:14px 0;">
<tr><th>AWS candidate ID</th><th>Sign-in e-mail on the profile</th><th>Keep this one?</th></tr>
<tr><td>AWS04419283</td><td>d***********v@gmail.com</td><td>?</td></tr>
<tr><td>AWS09876012</td><td>d*****r@v************.com</td><td>?</td></tr>
</table>
<ol style="padding-left:18px;margin:0 0 14px 0;">
<li>Please confirm the full e-mail address used to sign in to each of the two profiles.</li>
<li>Tell me which profile you would like to continue using. The other one will be closed afterwards.</li>
</ol>
<p>Once I have this I&rsquo;ll send you a summary to look over before anything is changed.</p>
<p>Best regards,<br>Rafael M.<br>AWS Training and Certification</p>'''
    hist = ('<div style="font-family:Arial,sans-serif;font-size:12px;color:#555;padding:0 28px;">'
            '<hr style="border:0;border-top:1px solid #ccc;"><p><b>--- Original request ---</b></p>%s</div>' %
            body_of(D_HIST['ack']))
    html = form_desk_html(body, 'A couple of quick questions about your two profiles', D_CID, history=hist)
    hs, mid = aws_mail_gmail(D_ADDR, d, D_SUBJ, 'Amazon Web Services', AWS_FORM)
    write(2, 'tc-form-which-profile-to-keep', hs, html_only(html, cte='base64'), 'support_reply', D_CID,
          [D_KEEP, D_OLD], True, 'en')
    D_HIST['ask'] = (html, mid, d)

    # 3 --- Daniel's own reply (Sent copy: no Authentication-Results) -> unrelated
    d = T('2026-01-13 18:22:09')
    ask_html, ask_mid, ask_d = D_HIST['ask']
    new_html = ('<div>Hi Rafael,</div><div><br></div><div>Thanks for the quick reply. Please keep <b>AWS04419283</b>, '
                'that is the one I sign in to with <a href="mailto:daniel.okafor.dev@gmail.com">daniel.okafor.dev@gmail.com</a>.</div>'
                '<div><br></div><div>The older one (aws-09876012) was registered with d.okafor@veltrix-systems.com. '
                'I left that company in 2024 so I can&#39;t receive mail there any more.</div><div><br></div>'
                '<div>Cheers,</div><div>Daniel</div>')
    attr = 'On Tue, 13 Jan 2026 at 10:05, Amazon Web Services &lt;<a href="mailto:%s">%s</a>&gt; wrote:' % (AWS_FORM, AWS_FORM)
    html = gmail_quote_html(new_html, attr, body_of(ask_html))
    plain = '''Hi Rafael,

Thanks for the quick reply. Please keep *AWS04419283*, that is the one I sign in to with daniel.okafor.dev@gmail.com.

The older one (aws-09876012) was registered with d.okafor@veltrix-systems.com. I left that company in 2024 so I can't receive mail there any more.

Cheers,
Daniel

On Tue, 13 Jan 2026 at 10:05, Amazon Web Services <%s> wrote:

> Hi Daniel,
>
> My name is Rafael and I'll be looking after your request from here.
>
> I was able to locate both profiles you mentioned. So that I can prepare the
> next step, could you help me with the following?
> AWS candidate ID Sign-in e-mail on the profile Keep this one?
> AWS04419283 d***********v@gmail.com ?
> AWS09876012 d*****r@v************.com ?
>
>    1. Please confirm the full e-mail address used to sign in to each of the
>    two profiles.
>    2. Tell me which profile you would like to continue using. The other one
>    will be closed afterwards.
>
> Once I have this I'll send you a summary to look over before anything is
> changed.
>
> Best regards,
> Rafael M.
> AWS Training and Certification
''' % AWS_FORM
    gid = '<CAH%s+%s@mail.gmail.com>' % (rb64(12)[:14].replace('/', 'x'), rb64(20)[:26].replace('/', 'Q'))
    hs = [('Received', 'from 418238147262\n        named unknown\n        by gmail.googleapis.com\n        with HTTPREST;\n        Tue, 13 Jan 2026 10:22:08 -0800'),
          ('From', '%s <%s>' % (D_NAME, D_ADDR)), ('Date', rdate(d)),
          ('Message-ID', gid), ('In-Reply-To', ask_mid), ('References', ask_mid),
          ('Subject', 'Re: ' + D_SUBJ), ('To', 'Amazon Web Services <%s>' % AWS_FORM)]
    write(3, 'my-reply-keep-current-profile', hs, alt(plain, html, b_gmail()), 'unrelated', D_CID,
          [D_KEEP, D_OLD], None, 'en')
    D_HIST['rep'] = (html, gid, d)

    # 4 --- confirmation request with account table, quoting Daniel's reply
    d = T('2026-01-14 09:12:44')
    rep_html = D_HIST['rep'][0]
    body = '''<p>Hello Daniel,</p>
<p>Thank you for the details. Before I hand this over for processing, please look over the summary below carefully.</p>
%s
<div style="background:#fff8e6;border-left:4px solid #ff9900;padding:10px 14px;margin:0 0 14px 0;">
<strong>Please note:</strong> combining two candidate profiles is permanent. After it has been carried out we are not able to split the records again. All exam history, certifications and benefits from the secondary profile will be moved to the primary profile, and the secondary profile will be deactivated.</div>
<p>If everything above is correct, just reply to this e-mail saying so and I&rsquo;ll submit the request. If anything looks wrong, let me know what needs changing.</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:6px 0 16px 0;"><tr><td style="background:#ff9900;border-radius:3px;">
<a href="mailto:%s?subject=%s" style="display:inline-block;padding:10px 20px;color:#16191f;font-weight:bold;text-decoration:none;">Reply to this e-mail</a></td></tr></table>
<p>Best regards,<br>Rafael M.<br>AWS Training and Certification</p>''' % (
        acct_table([('Primary &ndash; stays active', 'AWS04419283', 'daniel.okafor.dev@gmail.com'),
                    ('Secondary &ndash; combined into primary', 'AWS09876012', 'd.okafor@veltrix-systems.com')]),
        AWS_FORM, D_SUBJ.replace(' ', '%20'))
    hist = ('<div style="padding:0 28px;font-family:Arial,sans-serif;font-size:12px;color:#444;">'
            '<hr><p><b>From:</b> Daniel Okafor &lt;%s&gt;<br><b>Sent:</b> 13 January 2026 18:22 UTC</p>%s</div>' % (D_ADDR, rep_html))
    html = form_desk_html(body, 'Please check these details before we go ahead', D_CID, history=hist)
    plain = '''Hello Daniel,

Thank you for the details. Please review the summary below.

Primary (stays active):       AWS04419283  daniel.okafor.dev@gmail.com
Secondary (combined into it): AWS09876012  d.okafor@veltrix-systems.com

This cannot be reversed. Reply to this e-mail to let us know the details are correct.

Rafael M.
AWS Training and Certification
'''
    hs, mid = aws_mail_gmail(D_ADDR, d, D_SUBJ, 'Amazon Web Services', AWS_FORM)
    write(4, 'tc-form-please-check-summary', hs, alt(plain, html, b_java()), 'merge_confirmation_requested',
          D_CID, [D_KEEP, D_OLD], True, 'en')
    D_HIST['conf'] = (html, plain, mid, d)

    # 5 --- "thanks for confirming, we will now proceed" (plain part is a stub)
    d = T('2026-01-15 08:30:02')
    conf_plain = D_HIST['conf'][1]
    body = '''<p>Hi Daniel,</p>
<p>Thanks for confirming. I&rsquo;ve now passed your request to our certification operations team, who carry out this kind of change. It usually takes between one and three business days.</p>
<p>When they have finished I&rsquo;ll write to you again on this thread, and from then on you&rsquo;ll only need your retained profile (AWS04419283) to sign in. There&rsquo;s nothing else you need to do in the meantime.</p>
<p>Best regards,<br>Rafael M.<br>AWS Training and Certification</p>'''
    hist = ('<div style="padding:0 28px;font-family:Consolas,monospace;font-size:12px;color:#444;white-space:pre-wrap;">'
            '<hr>On Wed, Jan 14, 2026 at 7:40 PM Daniel Okafor &lt;%s&gt; wrote:\n'
            '&gt; The details are correct. Please go ahead.\n&gt;\n&gt; Daniel\n&gt;\n'
            '&gt; On Wed, 14 Jan 2026 at 09:12, Amazon Web Services &lt;%s&gt; wrote:\n%s</div>' % (
                D_ADDR, AWS_FORM, quote_plain(conf_plain, '&gt; &gt; ')))
    html = form_desk_html(body, 'Your request is with our operations team', D_CID, history=hist)
    stub = 'This message contains formatted content. Please view it in an e-mail client that supports HTML.\n'
    hs, mid = aws_mail_gmail(D_ADDR, d, D_SUBJ, 'Amazon Web Services', AWS_FORM)
    write(5, 'tc-form-thanks-for-confirming', hs, alt(stub, html, b_java(), hc=('utf-8', 'base64', None)),
          'support_reply', D_CID, [D_KEEP], True, 'en')

    # 6 --- done; quotes the confirmation request (no quote marker); wrong charset label
    d = T('2026-01-16 14:47:19')
    conf_html = D_HIST['conf'][0]
    body = '''<p>Hello Daniel,</p>
<p>Good news &mdash; your request has been carried out. Everything that was held under the secondary profile (exam history, certifications and your 50&#37; exam benefit) now sits under AWS04419283, and the secondary profile has been retired, so it can’t be used to sign in any more.</p>
<p>Please allow a few days for your digital badges on Credly to catch up. If they haven’t appeared after a week, just reply here.</p>
<p>As this request is now complete I’ll mark the case as resolved. You may receive a short survey about your experience — we’d really value your feedback.</p>
<p>Best regards,<br>Rafael M.<br>AWS Training and Certification</p>'''
    hist = ('<div style="padding:0 28px;font-family:Arial,sans-serif;font-size:12px;color:#444;">'
            '<p>-----Original Message-----<br>From: Amazon Web Services &lt;%s&gt;<br>Sent: 14 January 2026 09:12<br>'
            'Subject: %s</p>%s</div>' % (AWS_FORM, D_SUBJ, body_of(conf_html)))
    html = form_desk_html(body, 'Update on your request', D_CID, history=hist)
    hs, mid = aws_mail_gmail(D_ADDR, d, D_SUBJ, 'Amazon Web Services', AWS_FORM)
    write(6, 'tc-form-profile-update-done', hs, html_only(html, 'utf-8', 'quoted-printable', label='iso-8859-1'),
          'merge_completed', D_CID, [D_KEEP], True, 'en')

    # 7 --- survey with star scale, no statement that the work is done
    d = T('2026-01-16 14:52:40')
    stars = ''.join('<td align="center" style="padding:0 4px;"><a href="https://tc-feedback.aws.amazon.com/s/%s?case=%s&amp;score=%d" '
                    'style="font-size:30px;color:#ff9900;text-decoration:none;">&#9733;</a><br>'
                    '<span style="font-size:11px;color:#687078;">%d</span></td>' % (rhex(10), D_CID, i, i) for i in range(1, 6))
    body = '''<p style="font-size:18px;font-weight:bold;margin:0 0 12px 0;">How did we do?</p>
<p>Hi Daniel, your case %s has been marked as resolved. We&rsquo;d like to hear about your experience with AWS Training and Certification Customer Service.</p>
<p style="margin:18px 0 6px 0;"><strong>Was your issue resolved?</strong></p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="background:#1d8102;border-radius:3px;"><a href="https://tc-feedback.aws.amazon.com/r/%s?case=%s&amp;resolved=yes" style="display:inline-block;padding:8px 26px;color:#fff;text-decoration:none;font-weight:bold;">YES</a></td><td width="12"></td>
<td style="background:#d13212;border-radius:3px;"><a href="https://tc-feedback.aws.amazon.com/r/%s?case=%s&amp;resolved=no" style="display:inline-block;padding:8px 26px;color:#fff;text-decoration:none;font-weight:bold;">NO</a></td></tr></table>
<p style="margin:20px 0 6px 0;"><strong>How would you rate the help you received?</strong></p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>%s</tr></table>
<p style="font-size:12px;color:#687078;margin-top:18px;">The survey takes less than a minute. If you need more help with this issue, reply to the original e-mail thread within 14 days and your case will be reopened.</p>''' % (
        D_CID, rhex(10), D_CID, rhex(10), D_CID, stars)
    html = form_desk_html(body, 'Tell us about your recent support experience', D_CID)
    stub = 'How did we do? Rate case %s: https://tc-feedback.aws.amazon.com/s/%s?case=%s\n' % (D_CID, rhex(10), D_CID)
    ip, host = ses_host()
    mf = ses_mailfrom(d)
    hs = gmail_in(D_ADDR, d, mf, ip, host, 'amazon.com', dkim=[('amazon.com', 'szqgv33erturdv5cvz4vtb6h5rm3rwjh'),
                                                               ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')])
    hs += ses_out(d) + [('From', '"AWS Training and Certification" <tc-survey-no-reply@amazon.com>'),
                        ('To', D_ADDR), ('Subject', 'How did we do? Case %s' % D_CID), ('Date', rdate(d)),
                        ('Message-ID', ses_msgid(d))] + ses_tail(d)
    write(7, 'tc-how-did-we-do', hs, alt(stub, html, b_java(), hc=('utf-8', 'base64', None)),
          'survey', D_CID, [], True, 'en')

    # 8, 9 --- Credly badges
    for n, d, badge, note, enc, slug in [
        (8, T('2026-01-18 03:14:55'), 'AWS Certified Solutions Architect – Associate', '', 'quoted-printable',
         'credly-saa-badge'),
        (9, T('2026-01-19 11:40:02'), 'AWS Certified Developer – Associate',
         '<p style="margin:0 0 14px 0;font-size:14px;color:#52606d;">This badge was previously issued to a different e-mail address. '
         'Following an update to your certification profile it has been re-issued to you here.</p>', 'base64',
         'credly-dva-badge-reissued')]:
        html = credly_html('Daniel', ISSUER, badge, 'Your new digital badge is waiting for you', note)
        plain = ('Congratulations, Daniel!\n\n%s has issued you the %s badge.\n\nAccept your badge:\n'
                 'https://www.credly.com/earner/earned/badge/%s\n\n(c) 2026 Credly, Inc.\n') % (ISSUER, badge, rhex(32))
        ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(2, 250))
        host = 'o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999))
        mf = 'bounces+%d-%s-%s=gmail.com@em.credly.com' % (R.randint(1000000, 9999999), rhex(4), D_ADDR.split('@')[0])
        hs = gmail_in(D_ADDR, d, mf, ip, host, 'credly.com', dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')],
                      policy='p=REJECT sp=REJECT dis=NONE')
        hs += [('DKIM-Signature', fold_dkim(d, 'credly.com', 's1', 'from:subject:mime-version:content-type:to:cc')),
               ('From', '"%s via Credly" <%s>' % (ISSUER, CREDLY)), ('To', D_ADDR),
               ('Subject', enc_subject('Daniel, you earned the %s badge' % badge)),
               ('Date', rdate(d)), ('Message-ID', '<%s_%s@%s.mail>' % (rhex(24), rhex(8), 'credly')),
               ('X-SG-EID', rb64(60)[:76])]
        write(n, slug, hs, alt(plain, html, b_credly(), hc=('utf-8', enc, None)),
              'credly_badge_issued', None, [], True, 'en')


PARTS.append(part_u1)

# ----------------------------------------------------------------- user 2: Misaki (ja, console case, BIGLOBE)
M_NAME, M_ADDR = '佐藤 美咲', 'misaki-sato@kfa.biglobe.ne.jp'
M_OPEN = T('2026-01-26 01:37:52')
M_CID = case_id(M_OPEN, 18731)
M_KEEP, M_OLD = 'AWS02938471', 'AWS07712054'
M_CSUBJ = '認定アカウントの統合について'
M_CORR = '現在使用している認定アカウント AWS 02938471 に、以前作成した AWS 07712054 をまとめたいです。どちらも私のアカウントです。'
BIGLOBE_MX = 'mx-kfa04.biglobe.ne.jp'


def aws_mail_biglobe(d, subj, from_hdr, ar=True, extra=()):
    ip, host = ses_host()
    mf = ses_mailfrom(d)
    if ar:
        hs = jp_in(M_ADDR, d, BIGLOBE_MX, mf, ip, host, 'amazon.com',
                   dkim=[('amazon.com', 'szqgv33erturdv5cvz4vtb6h5rm3rwjh'),
                         ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')])
    else:
        r = d + dt.timedelta(seconds=3)
        hs = [('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            host, host, ip, BIGLOBE_MX, rhex(11).upper(), M_ADDR, format_datetime(r.astimezone(JST))))]
    mid = ses_msgid(d)
    hs = [('Return-Path', '<%s>' % mf)] + hs + ses_out(d)
    hs += [('From', from_hdr), ('To', M_ADDR), ('Subject', subj), ('Date', rdate(d)), ('Message-ID', mid)]
    hs += list(extra) + ses_tail(d)
    return hs


def part_u2():
    link = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % M_CID
    # 10 --- console: case opened (ISO-2022-JP plain + UTF-8 HTML; subject split encoded-words)
    d = M_OPEN + dt.timedelta(seconds=6)
    body = '''<p>佐藤 美咲 様</p>
<p>Amazon Web Services にお問い合わせいただき、ありがとうございます。お問い合わせの内容を確認するため、ケース %s を作成しました。</p>
<p>担当者より順次ご連絡いたします。ケースの状況はサポートセンターからいつでもご確認いただけます。追加の情報がある場合は、新しいケースを作成せず、このケースに返信として追記してください。</p>
<p style="margin:14px 0 4px 0;"><strong>お問い合わせ内容</strong></p>
<div style="border:1px solid #d5dbdb;background:#fafafa;padding:10px 12px;font-size:13px;">%s</div>''' % (M_CID, M_CORR)
    html = console_html(body, 'ケース %s を受け付けました' % M_CID, M_CID, M_CSUBJ, '一般的なガイダンス', 'ja')
    plain = '''佐藤 美咲 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
お問い合わせの内容を確認するため、ケース %s を作成しました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
お問い合わせ内容: %s

担当者より順次ご連絡いたします。ケースの状況は次のリンクからご確認いただけます。
%s

このメールアドレスは送信専用です。
''' % (M_CID, M_CID, M_CSUBJ, M_CORR, link)
    subj = enc_subject('Amazon Web Services: 新しいサポートケースを開きました: %s' % M_CID, 'iso-2022-jp', 60)
    hs = aws_mail_biglobe(d, subj, '"Amazon Web Services" <%s>' % AWS_CONSOLE)
    write(10, 'aws-support-new-case-opened-ja', hs,
          alt(plain, html, b_java(), pc=('iso-2022-jp', '7bit', None)), 'case_created', M_CID,
          [M_KEEP, M_OLD], True, 'ja')

    # 11 --- console: new correspondence notice (HTML only, ISO-2022-JP)
    d = T('2026-01-27 02:10:33')
    html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-2022-JP"></head>
<body style="font-family:'Meiryo',sans-serif;font-size:14px;color:#232f3e;">
<div style="display:none;max-height:0;overflow:hidden;">ケースに新しいメッセージがあります</div>
<p>佐藤 美咲 様</p>
<p>ケース %s に新しいメッセージが追加されました。内容はサポートセンターでご確認ください。</p>
<p><a href="%s" style="background:#ec7211;color:#ffffff;padding:8px 16px;text-decoration:none;">ケースを表示</a></p>
<p style="font-size:11px;color:#687078;">このメールは送信専用アドレスから配信されています。ご返信いただいても対応いたしかねますので、あらかじめご了承ください。<br>
Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。</p>
</body></html>
''' % (M_CID, link.replace('&', '&amp;'))
    subj = enc_subject('[Case %s] 新しいやり取りが追加されました' % M_CID, 'iso-2022-jp', 70)
    hs = aws_mail_biglobe(d, subj, '"Amazon Web Services" <%s>' % AWS_CONSOLE)
    write(11, 'aws-support-case-updated-ja', hs, html_only(html, 'iso-2022-jp', '7bit'), 'support_reply',
          M_CID, [], True, 'ja')

    # 12 --- agent: please confirm (plain Shift_JIS base64, HTML UTF-8 base64)
    d = T('2026-01-27 02:10:29')
    body = '''<p>佐藤 美咲 様</p>
<p>AWS トレーニングと認定 カスタマーサービスの山本です。<br>このたびはお問い合わせいただき、ありがとうございます。</p>
<p>ご連絡いただいた 2 つの認定アカウントを確認いたしました。以下の内容で 1 つのアカウントにまとめる手続きを予定しております。</p>
%s
<div style="background:#fff8e6;border-left:4px solid #ff9900;padding:10px 14px;margin:0 0 14px 0;">
<strong>ご注意ください</strong><br>この手続きは一度実施すると取り消すことができません。手続き後、下記「無効化されるアカウント」ではサインインできなくなり、受験履歴・認定資格・特典はすべて「存続するアカウント」に引き継がれます。</div>
<p>上記の内容でよろしければ、サポートセンターの本ケースより「内容に相違ありません」とご返信ください。お客様からのご返信を確認した後に手続きを開始いたします。</p>
<p>何卒よろしくお願いいたします。</p>
<p>山本<br>Amazon Web Services</p>''' % acct_table(
        [('存続するアカウント', 'AWS02938471', 'misaki-sato@kfa.biglobe.ne.jp'),
         ('無効化されるアカウント', 'AWS07712054', 'm.sato.cert@gmail.com')],
        head=('区分', '認定アカウント ID', 'ログイン用メールアドレス'))
    html = console_html(body, '手続き前に内容のご確認をお願いいたします', M_CID, M_CSUBJ, '一般的なガイダンス', 'ja')
    plain = '''佐藤 美咲 様

AWS トレーニングと認定 カスタマーサービスの山本です。
このたびはお問い合わせいただき、ありがとうございます。

ご連絡いただいた 2 つの認定アカウントを確認いたしました。
以下の内容で 1 つのアカウントにまとめる手続きを予定しております。

　存続するアカウント　　　：AWS02938471（misaki-sato@kfa.biglobe.ne.jp）
　無効化されるアカウント　：AWS07712054（m.sato.cert@gmail.com）

※この手続きは一度実施すると取り消すことができません。
　手続き後、無効化されるアカウントではサインインできなくなり、
　受験履歴・認定資格・特典はすべて存続するアカウントに引き継がれます。

上記の内容でよろしければ、サポートセンターの本ケースより
「内容に相違ありません」とご返信ください。

山本
Amazon Web Services

ケースを表示: %s
''' % link
    subj = enc_subject('RE:[CASE %s] %s' % (M_CID, M_CSUBJ), 'utf-8', 70)
    hs = aws_mail_biglobe(d, subj, '"Amazon Web Services" <%s>' % AWS_CONSOLE)
    write(12, 'aws-support-reply-check-accounts-ja', hs,
          alt(plain, html, b_java(), pc=('cp932', 'base64', 'Shift_JIS'), hc=('utf-8', 'base64', None)),
          'merge_confirmation_requested', M_CID, [M_KEEP, M_OLD], True, 'ja')

    # 13 --- agent: thanks, we start now; will report once finished (HTML only, QP)
    d = T('2026-01-28 00:55:12')
    body = '''<p>佐藤 美咲 様</p>
<p>ご確認のご連絡をいただき、ありがとうございます。</p>
<p>いただいた内容をもとに、担当部署にて AWS02938471 への手続きを開始いたしました。通常、完了までに 2～3 営業日ほどお時間をいただいております。</p>
<p>作業が終わりましたら、本ケースにて改めてご報告いたします。それまでの間、お客様にご対応いただく必要はございません。</p>
<p>山本<br>Amazon Web Services</p>'''
    html = console_html(body, 'ご返信ありがとうございます', M_CID, M_CSUBJ, '一般的なガイダンス', 'ja')
    subj = enc_subject('RE:[CASE %s] %s' % (M_CID, M_CSUBJ), 'utf-8', 70)
    hs = aws_mail_biglobe(d, subj, '"Amazon Web Services" <%s>' % AWS_CONSOLE)
    write(13, 'aws-support-reply-procedure-started-ja', hs, html_only(html), 'support_reply', M_CID,
          [M_KEEP], True, 'ja')

    # 14 --- agent: done (HTML only, ISO-2022-JP)
    d = T('2026-01-30 05:21:47')
    inner = '''<p>佐藤 美咲 様</p>
<p>大変お待たせいたしました。</p>
<p>AWS07712054 に登録されていた受験履歴および認定資格を、AWS02938471 へ移行いたしました。移行元のアカウントは無効となっておりますので、今後は AWS02938471 でサインインしてください。</p>
<p>Credly のデジタルバッジは、反映までに数日かかる場合がございます。1 週間ほど経っても表示されない場合は、本ケースにてお知らせください。</p>
<p>ほかにご不明な点がございましたら、お気軽にお問い合わせください。</p>
<p>山本<br>Amazon Web Services</p>'''
    html = console_html(inner, '手続きが完了しました', M_CID, M_CSUBJ, '一般的なガイダンス', 'ja')
    html = html.replace('charset=utf-8', 'charset=ISO-2022-JP').replace('&nbsp;', ' ')
    subj = enc_subject('RE:[CASE %s] %s' % (M_CID, M_CSUBJ), 'iso-2022-jp', 66)
    hs = aws_mail_biglobe(d, subj, '"Amazon Web Services" <%s>' % AWS_CONSOLE)
    write(14, 'aws-support-reply-moved-records-ja', hs, html_only(html, 'iso-2022-jp', '7bit'),
          'merge_completed', M_CID, [M_KEEP, M_OLD], True, 'ja')

    # 15 --- survey (NPS-like 5 point), arrives without Authentication-Results
    d = T('2026-01-30 05:24:10')
    cells = ''.join('<td align="center" style="border:1px solid #d5dbdb;padding:8px 10px;"><a href="https://survey.aws.amazon.com/ja/%s?caseId=%s&amp;r=%d" style="color:#0073bb;text-decoration:none;">%s</a></td>' % (
        rhex(12), M_CID, i, t) for i, t in enumerate(['非常に不満', '不満', 'どちらでもない', '満足', '非常に満足'], 1))
    body = '''<p>佐藤 美咲 様</p>
<p>先日は AWS サポートをご利用いただき、ありがとうございました。ケース %s はクローズされました。</p>
<p>サービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間：約 1 分）。</p>
<p><strong>今回のサポート対応にどの程度満足されましたか？</strong></p>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;font-size:12px;"><tr>%s</tr></table>
<p style="font-size:12px;color:#687078;">クローズ後 14 日以内であれば、サポートセンターからケースを再開できます。</p>''' % (M_CID, cells)
    html = console_html(body, 'アンケートへのご協力のお願い', M_CID, M_CSUBJ, '一般的なガイダンス', 'ja')
    plain = ('佐藤 美咲 様\n\nケース %s はクローズされました。\nアンケートへのご協力をお願いいたします。\n'
             'https://survey.aws.amazon.com/ja/%s?caseId=%s\n') % (M_CID, rhex(12), M_CID)
    subj = enc_subject('AWS サポートに関するアンケートのお願い（ケース %s）' % M_CID, 'utf-8', 60)
    hs = aws_mail_biglobe(d, subj, '"Amazon Web Services" <%s>' % AWS_CONSOLE, ar=False)
    write(15, 'aws-support-survey-request-ja', hs, alt(plain, html, b_java(), hc=('utf-8', 'base64', None)),
          'survey', M_CID, [], None, 'ja')

    # 16, 17 --- Credly badges (English), BIGLOBE inbound
    for n, d, badge, note, body_kind, slug in [
        (16, T('2026-02-01 13:02:18'), 'AWS Certified Cloud Practitioner',
         '<p style="margin:0 0 14px 0;font-size:14px;color:#52606d;">This badge has been moved to your account from another account linked to the same earner. Your earning date and verification history are unchanged.</p>',
         'alt', 'credly-ccp-badge-moved'),
        (17, T('2026-02-01 13:02:51'), 'AWS Certified AI Practitioner', '', 'html', 'credly-aif-badge')]:
        html = credly_html('Misaki', ISSUER, badge, 'Accept your badge to start sharing it', note)
        ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(2, 250))
        host = 'o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999))
        mf = 'bounces+%d-%s-misaki-sato=kfa.biglobe.ne.jp@em.credly.com' % (R.randint(1000000, 9999999), rhex(4))
        hs = [('Return-Path', '<%s>' % mf)]
        hs += jp_in(M_ADDR, d, BIGLOBE_MX, mf, ip, host, 'credly.com', dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')])
        hs += [('DKIM-Signature', fold_dkim(d, 'credly.com', 's1', 'from:subject:mime-version:content-type:to:cc')),
               ('From', '"%s via Credly" <%s>' % (ISSUER, CREDLY)), ('To', M_ADDR),
               ('Subject', 'Misaki, claim your %s badge' % badge),
               ('Date', rdate(d)), ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(16)[:22].replace('/', 'x').replace('+', 'Z'), R.randint(1, 40)))]
        if body_kind == 'alt':
            plain = 'Congratulations, Misaki!\n\n%s has issued you the %s badge.\nAccept your badge: https://www.credly.com/earner/earned/badge/%s\n' % (
                ISSUER, badge, rhex(32))
            b = alt(plain, html, b_credly())
        else:
            b = html_only(html, cte='base64')
        write(n, slug, hs, b, 'credly_badge_issued', None, [], True, 'en')


PARTS.append(part_u2)

# ----------------------------------------------------------------- user 3: Priya (en, Office 365, form desk)
P_NAME, P_ADDR = 'Priya Raman', 'priya.raman@halvorsen-analytics.com'
P_OPEN = T('2026-02-09 16:05:40')
P_CID = case_id(P_OPEN, 3326)
P_KEEP, P_OLD, P_NOT = 'AWS05561298', 'AWS03317740', 'AWS08820413'
P_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % P_CID
P_HIST = {}


def aws_mail_o365(to, d, subj, from_hdr, hfrom='amazon.com', extra=(), consumer=False, tenant='AM0PR07MB'):
    ip, host = ses_host()
    mid = ses_msgid(d)
    hs = o365_in(to, d, 'email.amazonses.com', ip, host, hfrom, dkim=[hfrom, 'amazonses.com'],
                 tenant=tenant, consumer=consumer)
    hs += ses_out(d) + [('From', from_hdr), ('To', to), ('Subject', subj), ('Date', rdate(d)),
                        ('Message-ID', mid)] + list(extra) + ses_tail(d)
    hs += [('Return-Path', ses_mailfrom(d)),
           ('X-MS-Exchange-Organization-AuthSource', '%s.eurprd07.prod.outlook.com' % ('AM3PEPF0000' + rhex(5).upper())),
           ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
           ('X-MS-Exchange-Organization-SCL', '1'),
           ('X-Microsoft-Antispam', 'BCL:0;ARA:13230040|2066899003|69100299015|%d;' % R.randint(1000000, 9999999))]
    return hs, mid


def outlook_reply_html(new_html, frm, sent, to, subject, quoted_html, cc=''):
    cc = '<b>Cc:</b> %s<br>' % cc if cc else ''
    return '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face {font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}
span.EmailStyle20 {mso-style-type:personal-reply;font-family:"Aptos",sans-serif;color:windowtext;}
@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style></head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
%s
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div id="mail-editor-reference-message-container">
<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal" style="margin-bottom:12.0pt"><b><span style="font-size:12.0pt;color:black">From: </span></b><span style="font-size:12.0pt;color:black">%s<br><b>Sent: </b>%s<br><b>To: </b>%s<br>%s<b>Subject: </b>%s<o:p></o:p></span></p>
</div>
%s
</div></div></body></html>
''' % (new_html, frm, sent, to, cc, subject, quoted_html)


def part_u3():
    # 18 --- acknowledgement (plain part is an older template wording)
    d = P_OPEN + dt.timedelta(seconds=51)
    body = '''<p>Hello Priya,</p>
<p>We&rsquo;ve logged your request with AWS Training and Certification Customer Service. One of our team will review it and reply to this address, usually within one business day.</p>
<table class="acct" cellpadding="0" cellspacing="0" width="100%%" style="border-collapse:collapse;margin:6px 0 16px 0;">
<tr><th style="width:38%%;">Inquiry type</th><td>AWS Training and Certification</td></tr>
<tr><th>Inquiry detail</th><td>Account Merge</td></tr>
<tr><th>AWS candidate ID</th><td>AWS05561298</td></tr>
<tr><th>Company</th><td>Halvorsen Analytics Ltd</td></tr>
<tr><th>Description</th><td>Over the years I seem to have ended up with more than one certification account (work and personal e-mail). Please bring everything together under the ID above. Thanks.</td></tr>
</table>
<p>Need to add something? Reply to this e-mail and keep the reference in the subject.</p>
<p>Kind regards,<br>AWS Training and Certification Customer Service</p>'''
    html = form_desk_html(body, 'Request logged - reference inside', P_CID)
    plain = ('Dear Customer,\r\n\r\nThank you for contacting AWS Training and Certification. Your request has been received '
             'and assigned the case number %s. We aim to respond within 24 hours.\r\n\r\nPlease reply to this e-mail to add '
             'information to your case.\r\n\r\nAWS Training and Certification\r\n' % P_CID)
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % P_CID
    hs, mid = aws_mail_o365(P_ADDR, d, subj, '"Amazon Web Services" <%s>' % AWS_FORM)
    write(18, 'tc-form-request-logged', hs, alt(plain, html, b_java()), 'case_created', P_CID, [P_KEEP], True, 'en')

    # 19 --- confirmation request listing three profiles
    d = T('2026-02-10 11:48:03')
    body = '''<p>Hello Priya,</p>
<p>I&rsquo;m Chloe from AWS Training and Certification and I&rsquo;ll be helping you with this request.</p>
<p>When I searched our records for your name and e-mail addresses I found the following three candidate profiles. Here is what I am planning to do:</p>
%s
<p><strong>Important:</strong> this cannot be undone. Once the profiles have been brought together, the two profiles marked &ldquo;to be closed&rdquo; will no longer be accessible and their records cannot be separated again later.</p>
<p>Could you please reply and confirm that all three profiles belong to you and that you&rsquo;re happy for me to proceed as described? I won&rsquo;t make any changes until I hear back from you.</p>
<p>Kind regards,<br>Chloe T.<br>AWS Training and Certification Customer Service</p>''' % acct_table(
        [('Keep (primary)', 'AWS05561298', 'priya.raman@halvorsen-analytics.com'),
         ('To be closed &ndash; records moved to primary', 'AWS03317740', 'priya.r.1987@outlook.com'),
         ('To be closed &ndash; records moved to primary', 'AWS08820413', 'praman@northgate-consult.co.uk')])
    html = form_desk_html(body, 'Action needed: please confirm before we make any changes', P_CID)
    plain = '''Hello Priya,

I found three candidate profiles:

  KEEP     AWS05561298  priya.raman@halvorsen-analytics.com
  CLOSE    AWS03317740  priya.r.1987@outlook.com
  CLOSE    AWS08820413  praman@northgate-consult.co.uk

This cannot be undone. Please reply to confirm all three belong to you and that I may proceed.

Chloe T.
AWS Training and Certification Customer Service
'''
    hs, mid = aws_mail_o365(P_ADDR, d, P_SUBJ, '"Amazon Web Services" <%s>' % AWS_FORM)
    write(19, 'tc-form-three-profiles-found', hs, alt(plain, html, b_java(), hc=('utf-8', 'base64', None)),
          'merge_confirmation_requested', P_CID, [P_KEEP, P_OLD, P_NOT], True, 'en')
    P_HIST['conf1'] = (html, mid, d)

    # 20 --- follow-up: do you still need help?
    d = T('2026-02-13 09:30:40')
    body = '''<p>Hello Priya,</p>
<p>I&rsquo;m following up on my e-mail of 10 February about your profile AWS05561298, as we haven&rsquo;t heard back from you yet.</p>
<p>Do you still need help with this? If so, simply reply to the message below. If we don&rsquo;t hear from you within the next five business days, we&rsquo;ll assume the matter is no longer needed and close the case. You&rsquo;re welcome to contact us again at any time.</p>
<p>Kind regards,<br>Chloe T.<br>AWS Training and Certification Customer Service</p>'''
    hist = ('<div style="padding:0 28px;font-family:Arial,sans-serif;font-size:12px;color:#444;">'
            '<hr><p><b>Sent:</b> 10 February 2026 11:48 UTC<br><b>Subject:</b> %s</p>%s</div>' % (P_SUBJ, body_of(P_HIST['conf1'][0])))
    html = form_desk_html(body, 'Checking in on your request', P_CID, history=hist)
    hs, mid = aws_mail_o365(P_ADDR, d, P_SUBJ, '"Amazon Web Services" <%s>' % AWS_FORM)
    write(20, 'tc-form-checking-in', hs, html_only(html), 'support_reply', P_CID, [P_KEEP], True, 'en')
    P_HIST['ping'] = (html, mid, d)

    # 21 --- Priya's Outlook reply (Sent Items copy, CRLF, no Authentication-Results) -> unrelated
    d = T('2026-02-13 15:02:11')
    new = '''<p class="MsoNormal">Hi Chloe,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Sorry for the slow reply, I was travelling this week.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">AWS05561298 and AWS03317740 are both mine, please go ahead with those two and keep AWS05561298.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">However aws08820413 is <b>not</b> mine &ndash; I have never worked for Northgate. I think it belongs to someone else with the same name, so please leave that one untouched.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Many thanks,<o:p></o:p></p>
<p class="MsoNormal">Priya<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Priya Raman | Lead Data Engineer | Halvorsen Analytics Ltd<br>14 Cowcross Street, London EC1M 6DR | +44 20 7946 0314</span><o:p></o:p></p>'''
    html = outlook_reply_html(new, 'Amazon Web Services &lt;%s&gt;' % AWS_FORM, 'Friday, February 13, 2026 9:30 AM',
                              'Priya Raman &lt;%s&gt;' % P_ADDR, P_SUBJ, body_of(P_HIST['ping'][0]))
    plain = '''Hi Chloe,

Sorry for the slow reply, I was travelling this week.

AWS05561298 and AWS03317740 are both mine, please go ahead with those two and keep AWS05561298.

However aws08820413 is *not* mine - I have never worked for Northgate. I think it belongs to someone else with the same name, so please leave that one untouched.

Many thanks,
Priya
Priya Raman | Lead Data Engineer | Halvorsen Analytics Ltd
14 Cowcross Street, London EC1M 6DR | +44 20 7946 0314

From: Amazon Web Services <%s>
Sent: Friday, February 13, 2026 9:30 AM
To: Priya Raman <%s>
Subject: %s

Hello Priya,

I'm following up on my e-mail of 10 February about your profile AWS05561298, as we haven't heard back from you yet.
[...]
''' % (AWS_FORM, P_ADDR, P_SUBJ)
    omid = '<AM0PR07MB%s%s@AM0PR07MB%s.eurprd07.prod.outlook.com>' % (
        R.randint(1000, 9999), ''.join(R.choice('0123456789ABCDEF') for _ in range(24)), R.randint(1000, 9999))
    ping_mid = P_HIST['ping'][1]
    hs = [('From', '%s <%s>' % (P_NAME, P_ADDR)), ('To', 'Amazon Web Services <%s>' % AWS_FORM),
          ('Subject', 'RE: ' + P_SUBJ), ('Thread-Topic', P_SUBJ),
          ('Thread-Index', 'AQHcn' + rb64(30)[:38]), ('Date', rdate(d)), ('Message-ID', omid),
          ('References', '%s\n %s' % (P_HIST['conf1'][1], ping_mid)), ('In-Reply-To', ping_mid),
          ('Accept-Language', 'en-GB, en-US'), ('Content-Language', 'en-GB'),
          ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
          ('msip_labels', 'MSIP_Label_%s_Enabled=True' % rhex(8))]
    write(21, 're-three-profiles-one-is-not-mine', hs, alt(plain, html, b_outlook()), 'unrelated', P_CID,
          [P_KEEP, P_OLD, P_NOT], None, 'en', linesep='\r\n')
    P_HIST['rep'] = (html, omid, d)

    # 22 --- revised confirmation request, quoting the Outlook reply
    d = T('2026-02-16 10:14:27')
    body = '''<p>Hello Priya,</p>
<p>Thank you for letting me know, and apologies for the confusion. I&rsquo;ve taken AWS08820413 out of the request &mdash; that profile will not be touched.</p>
<p>Here is the revised plan:</p>
%s
<p>As before, once this is done it can&rsquo;t be reversed. Please reply once more to confirm the revised plan is correct and I&rsquo;ll submit it straight away.</p>
<p>Kind regards,<br>Chloe T.<br>AWS Training and Certification Customer Service</p>''' % acct_table(
        [('Keep (primary)', 'AWS05561298', 'priya.raman@halvorsen-analytics.com'),
         ('To be closed &ndash; records moved to primary', 'AWS03317740', 'priya.r.1987@outlook.com')])
    hist = '<div style="padding:0 28px;">%s</div>' % body_of(P_HIST['rep'][0])
    html = form_desk_html(body, 'Revised plan - please confirm', P_CID, history=hist)
    hs, mid = aws_mail_o365(P_ADDR, d, P_SUBJ, '"Amazon Web Services" <%s>' % AWS_FORM)
    write(22, 'tc-form-revised-plan', hs, html_only(html, cte='base64'), 'merge_confirmation_requested', P_CID,
          [P_KEEP, P_OLD, P_NOT], True, 'en')
    P_HIST['conf2'] = (html, mid, d)

    # 23 --- in progress (plain and HTML differ)
    d = T('2026-02-17 13:20:55')
    body = '''<p>Hello Priya,</p>
<p>Many thanks for your confirmation. Your request is now with our back-office team and work on it is under way.</p>
<p>When the records from AWS03317740 have been transferred, I&rsquo;ll let you know on this thread. Your Credly badges usually follow a few days after that.</p>
<p>Kind regards,<br>Chloe T.<br>AWS Training and Certification Customer Service</p>'''
    html = form_desk_html(body, 'Work on your request is under way', P_CID)
    plain = 'Hello Priya,\n\nThere is an update on your case %s. Please view this message in HTML for details.\n\nAWS Training and Certification\n' % P_CID
    hs, mid = aws_mail_o365(P_ADDR, d, P_SUBJ, '"Amazon Web Services" <%s>' % AWS_FORM)
    write(23, 'tc-form-under-way', hs, alt(plain, html, b_java()), 'support_reply', P_CID, [P_OLD], True, 'en')

    # 24 --- done + closure + rating in one mail (HTML only)
    d = T('2026-02-19 16:41:09')
    stars = ''.join('<td style="padding:0 3px;"><a href="https://tc-feedback.aws.amazon.com/s/%s?case=%s&amp;rating=%d" '
                    'style="display:inline-block;width:34px;height:34px;line-height:34px;text-align:center;border:1px solid #d5dbdb;'
                    'border-radius:50%%;color:#16191f;text-decoration:none;">%d</a></td>' % (rhex(10), P_CID, i, i) for i in range(1, 6))
    body = '''<p>Hello Priya,</p>
<p>I&rsquo;m pleased to let you know that everything from AWS03317740 &mdash; exam results, your certifications and the unused exam benefit &mdash; is now attached to AWS05561298. The AWS03317740 profile has been deactivated. AWS08820413 was left as it was.</p>
<p>As your request has now been fulfilled, this case will be closed. If anything doesn&rsquo;t look right, just reply to this e-mail within 14 days.</p>
<p style="margin-top:20px;"><strong>How would you rate my response?</strong> (1 = poor, 5 = excellent)</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>%s</tr></table>
<p>Kind regards,<br>Chloe T.<br>AWS Training and Certification Customer Service</p>''' % stars
    hist = ('<div style="padding:0 28px;font-family:Arial,sans-serif;font-size:12px;color:#444;"><hr>'
            '<p><b>Sent:</b> 16 February 2026 10:14 UTC<br><b>Subject:</b> %s</p>%s</div>' % (P_SUBJ, body_of(P_HIST['conf2'][0])))
    html = form_desk_html(body, 'Your request is complete', P_CID, history=hist)
    hs, mid = aws_mail_o365(P_ADDR, d, P_SUBJ, '"Amazon Web Services" <%s>' % AWS_FORM)
    write(24, 'tc-form-complete-and-closed', hs, html_only(html), 'merge_completed', P_CID,
          [P_KEEP, P_OLD, P_NOT], True, 'en')

    # 25 --- reopened: badges did not move; Credly transfer requested (conditional)
    d = T('2026-02-23 10:02:36')
    body = '''<p>Hello Priya,</p>
<p>Thanks for getting back to us about your badges. You&rsquo;re right &mdash; the three badges earned under your old profile are still sitting in a separate Credly account registered to priya.r.1987@outlook.com.</p>
<p>I&rsquo;ve asked our Credly partner team to move them to the Credly account linked to priya.raman@halvorsen-analytics.com. As soon as they have done so, Credly will e-mail you directly and the badges will show on your profile. There&rsquo;s no need to accept anything on the old account.</p>
<p>I&rsquo;ll keep this case open until you confirm you can see them.</p>
<p>Kind regards,<br>Chloe T.<br>AWS Training and Certification Customer Service</p>'''
    html = form_desk_html(body, 'About your Credly badges', P_CID)
    plain = ('Hello Priya,\n\nThanks for getting back to us about your badges. I have asked our Credly partner team to move the '
             'three badges from priya.r.1987@outlook.com to priya.raman@halvorsen-analytics.com. Credly will e-mail you when done.\n\n'
             'Chloe T.\nAWS Training and Certification Customer Service\n')
    hs, mid = aws_mail_o365(P_ADDR, d, P_SUBJ, '"Amazon Web Services" <%s>' % AWS_FORM)
    write(25, 'tc-form-credly-badges-followup', hs, alt(plain, html, b_java()), 'support_reply', P_CID, [], True, 'en')

    # 26 --- Credly: badges transferred (Office 365 inbound)
    d = T('2026-02-25 20:17:44')
    note = '''<p style="margin:0 0 14px 0;font-size:14px;">The following badges have been transferred to this account and are ready for you to accept:</p>
<ul style="text-align:left;font-size:14px;margin:0 0 14px 40px;padding:0;">
<li>AWS Certified Data Engineer &ndash; Associate</li><li>AWS Certified Machine Learning &ndash; Specialty</li></ul>'''
    html = credly_html('Priya', ISSUER, 'AWS Certified Solutions Architect &ndash; Professional', 'Three badges are ready for you', note,
                       button='Accept your badges')
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
    host = 'o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999))
    hs = o365_in(P_ADDR, d, 'em.credly.com', ip, host, 'credly.com', dkim=['credly.com', 'sendgrid.info'], tenant='AM0PR07MB')
    hs += [('DKIM-Signature', fold_dkim(d, 'credly.com', 's1', 'from:subject:mime-version:content-type:to:cc')),
           ('From', '"%s via Credly" <%s>' % (ISSUER, CREDLY)), ('To', P_ADDR),
           ('Subject', 'You have 3 new badges from %s' % ISSUER),
           ('Date', rdate(d)), ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(16)[:22].replace('/', 'x').replace('+', 'Z'), R.randint(1, 40)))]
    plain = ('Hi Priya,\n\nGood news: badges issued by %s have been transferred to your account.\n'
             'Accept your badges: https://www.credly.com/earner/earned\n') % ISSUER
    write(26, 'credly-three-badges-transferred', hs, alt(plain, html, b_credly(), hc=('utf-8', 'base64', None)),
          'credly_badge_issued', None, [], True, 'en')

    # 27 --- closure survey with NPS 0-10 (no statement about the outcome)
    d = T('2026-02-27 08:05:13')
    nps = ''.join('<td align="center" style="padding:0;"><a href="https://tc-feedback.aws.amazon.com/nps/%s?case=%s&amp;score=%d" '
                  'style="display:block;width:30px;padding:6px 0;border:1px solid #d5dbdb;color:#16191f;text-decoration:none;font-size:13px;">%d</a></td>' % (
                      rhex(10), P_CID, i, i) for i in range(0, 11))
    body = '''<p>Hello Priya,</p>
<p>We&rsquo;ve closed case %s. Thank you for contacting AWS Training and Certification.</p>
<p><strong>How likely are you to recommend AWS Training and Certification Customer Service to a friend or colleague?</strong></p>
<table role="presentation" cellpadding="0" cellspacing="2"><tr>%s</tr>
<tr><td colspan="5" style="font-size:11px;color:#687078;">Not at all likely</td><td></td><td colspan="5" align="right" style="font-size:11px;color:#687078;">Extremely likely</td></tr></table>
<p style="font-size:12px;color:#687078;">Your answers are anonymous and help us improve.</p>''' % (P_CID, nps)
    html = form_desk_html(body, 'One quick question about your experience', P_CID)
    hs, mid = aws_mail_o365(P_ADDR, d, 'Your feedback on case %s' % P_CID,
                            '"AWS Training and Certification" <tc-survey-no-reply@amazon.com>')
    write(27, 'tc-feedback-nps', hs, alt('Please rate your experience: https://tc-feedback.aws.amazon.com/nps/%s?case=%s\n' % (rhex(10), P_CID),
                                         html, b_java()), 'survey', P_CID, [], True, 'en')


PARTS.append(part_u3)

# ----------------------------------------------------------------- user 4: Kenta (ja, Yahoo! JAPAN, form desk)
K_NAME, K_ADDR = '田中 健太', 'kenta_tanaka0412@yahoo.co.jp'
K_OPEN_A = T('2026-02-17 23:48:09')
K_OPEN_B = T('2026-02-24 03:12:30')
K_CID_A = case_id(K_OPEN_A, 40552)
K_CID_B = case_id(K_OPEN_B, 7719)
K_KEEP, K_OLD = 'AWS01829374', 'AWS06650921'
K_SUBJ_A = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % K_CID_A
K_SUBJ_B = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % K_CID_B
YJ_MX = 'mta5017.mail.ssk.yahoo.co.jp'
K_HIST = {}


def aws_mail_yahoo(d, subj, from_hdr, extra=()):
    ip, host = ses_host()
    mf = ses_mailfrom(d)
    hs = [('Return-Path', '<%s>' % mf)]
    hs += jp_in(K_ADDR, d, YJ_MX, mf, ip, host, 'amazon.com',
                dkim=[('amazon.com', 'szqgv33erturdv5cvz4vtb6h5rm3rwjh'),
                      ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')])
    mid = ses_msgid(d)
    hs += ses_out(d) + [('From', from_hdr), ('To', K_ADDR), ('Subject', subj), ('Date', rdate(d)),
                        ('Message-ID', mid)] + list(extra) + ses_tail(d)
    return hs, mid


def part_u4():
    frm = '"Amazon Web Services" <%s>' % AWS_FORM
    # 28 --- acknowledgement of case A (ISO-2022-JP plain + UTF-8 HTML)
    d = K_OPEN_A + dt.timedelta(seconds=44)
    rows = '''<table class="acct" cellpadding="0" cellspacing="0" width="100%%" style="border-collapse:collapse;margin:6px 0 16px 0;">
<tr><th style="width:34%%;">お問い合わせの種類</th><td>認定</td></tr>
<tr><th>詳細</th><td>アカウントの統合</td></tr>
<tr><th>AWS 受験者 ID</th><td>%s</td></tr>
<tr><th>お問い合わせ内容</th><td>%s</td></tr>
</table>'''
    desc_a = '前の会社のメールアドレスで作った認定アカウントと、今使っているアカウントを一つにしたいです。今使っているのは AWS01829374 です。'
    body = '''<p>田中 健太 様</p>
<p>AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。以下の内容でお問い合わせを受け付けました。</p>
%s
<p>担当者より、原則として 24 時間以内にご連絡いたします。追加の情報がございましたら、件名を変更せずにこのメールへご返信ください。同じ内容で再度フォームを送信されますと、対応が遅れる場合がございます。</p>
<p>AWS トレーニングと認定 カスタマーサービス</p>''' % (rows % ('aws06650921', desc_a))
    html = form_desk_html(body, 'お問い合わせを受け付けました', K_CID_A, lang='ja')
    plain = '''田中 健太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

お問い合わせの種類：認定
詳細：アカウントの統合
AWS 受験者 ID：aws06650921
お問い合わせ内容：%s

担当者より、原則として 24 時間以内にご連絡いたします。

AWS トレーニングと認定 カスタマーサービス
お問い合わせ番号: [CASE %s]
''' % (desc_a, K_CID_A)
    hs, mid = aws_mail_yahoo(d, K_SUBJ_A, frm)
    write(28, 'tc-form-uketsuke-first', hs, alt(plain, html, b_java(), pc=('iso-2022-jp', '7bit', None)),
          'case_created', K_CID_A, [K_KEEP, K_OLD], True, 'ja')

    # 29 --- acknowledgement of case B, a week later (HTML only, base64)
    d = K_OPEN_B + dt.timedelta(seconds=39)
    desc_b = ('1週間前にも同じ内容で問い合わせました（ケース %s）が、まだ返事がありません。'
              '現在のアカウント AWS01829374 に、以前のアカウント AWS-06650921 の資格をまとめてください。'
              '連絡先：kenta_tanaka0412@yahoo.co.jp' % K_CID_A)
    body = '''<p>田中 健太 様</p>
<p>AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。以下の内容でお問い合わせを受け付けました。</p>
%s
<p>担当者より、原則として 24 時間以内にご連絡いたします。</p>
<p>AWS トレーニングと認定 カスタマーサービス</p>''' % (rows % ('AWS01829374', desc_b))
    html = form_desk_html(body, 'お問い合わせを受け付けました', K_CID_B, lang='ja')
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % K_CID_B
    hs, mid = aws_mail_yahoo(d, subj, frm)
    write(29, 'tc-form-uketsuke-second', hs, html_only(html, cte='base64'), 'case_created', K_CID_B,
          [K_KEEP, K_OLD], True, 'ja')

    # 30 --- agent: explains case A, asks for information
    d = T('2026-02-25 01:03:18')
    body = '''<p>田中 健太 様</p>
<p>AWS トレーニングと認定 カスタマーサービスの小林と申します。お問い合わせいただき、ありがとうございます。</p>
<p>先にお送りいただいたケース %s につきましては、フォームにお知らせ先のメールアドレスが入力されていなかったため、担当者からのご連絡をお届けすることができませんでした。ご不便をおかけし、大変申し訳ございません。同じ内容のお問い合わせですので、ケース %s は当方でクローズし、今後は本ケースにて対応させていただきます。</p>
<p>AWS01829374 と AWS06650921 の 2 つのアカウントを確認いたしました。手続きを進めるにあたり、以下の点についてお知らせいただけますでしょうか。</p>
<ol style="margin:0 0 14px 0;padding-left:20px;">
<li>それぞれのアカウントにログインする際のメールアドレス</li>
<li>今後ご利用になるアカウント（残すアカウント）</li>
<li>1 つにまとめることをご希望される理由（例：転職によりメールアドレスが変わった、など）</li>
</ol>
<p>このメールにご返信いただければ、本ケースに記録されます。</p>
<p>何卒よろしくお願いいたします。</p>
<p>小林<br>AWS トレーニングと認定 カスタマーサービス</p>''' % (K_CID_A, K_CID_A)
    html = form_desk_html(body, '手続きに必要な情報のご確認', K_CID_B, lang='ja')
    plain = re_strip(body)
    hs, mid = aws_mail_yahoo(d, K_SUBJ_B, frm)
    write(30, 'tc-form-kakunin-jikou', hs, alt(plain, html, b_java(), hc=('utf-8', 'base64', None)),
          'support_reply', K_CID_B, [K_KEEP, K_OLD], True, 'ja')
    K_HIST['ask'] = (html, mid, d)

    # 33 --- closure notice for duplicate case A with survey (does not say anything is done)
    d = T('2026-02-25 01:05:02')
    body = '''<p>田中 健太 様</p>
<p>お問い合わせ（ケース %s）はクローズされました。</p>
<p>このたびは AWS トレーニングと認定をご利用いただき、ありがとうございました。今後のサービス向上のため、アンケートへのご協力をお願いいたします。</p>
<p><strong>お問い合わせは解決しましたか？</strong></p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="background:#1d8102;border-radius:3px;"><a href="https://tc-feedback.aws.amazon.com/r/%s?case=%s&amp;resolved=yes&amp;lang=ja" style="display:inline-block;padding:8px 24px;color:#fff;text-decoration:none;font-weight:bold;">はい</a></td><td width="12"></td>
<td style="background:#d13212;border-radius:3px;"><a href="https://tc-feedback.aws.amazon.com/r/%s?case=%s&amp;resolved=no&amp;lang=ja" style="display:inline-block;padding:8px 24px;color:#fff;text-decoration:none;font-weight:bold;">いいえ</a></td></tr></table>
<p style="font-size:12px;color:#687078;">アンケートは 1 分ほどで終わります。</p>''' % (K_CID_A, rhex(10), K_CID_A, rhex(10), K_CID_A)
    html = form_desk_html(body, 'アンケートへのご協力のお願い', K_CID_A, lang='ja')
    subj = enc_subject('[CASE %s] お問い合わせがクローズされました' % K_CID_A, 'iso-2022-jp', 58)
    hs, mid = aws_mail_yahoo(d, subj, frm)
    write(33, 'tc-form-case-closed-enquete', hs, html_only(html), 'survey', K_CID_A, [], True, 'ja')

    # 31 --- Kenta's reply from Yahoo! Mail web (Sent copy, no Authentication-Results) -> unrelated
    d = T('2026-02-25 12:14:40', JST)
    new = '''<div>小林様</div><div><br></div><div>ご連絡ありがとうございます。</div><div><br></div>
<div>1. ログイン用メールアドレス<br>・AWS01829374：kenta_tanaka0412@yahoo.co.jp<br>・aws06650921：k.tanaka@minatomirai-sys.co.jp（前職のアドレスで、現在は受信できません）</div>
<div>2. AWS01829374 を残したいです。</div><div>3. 転職してメールアドレスが変わったためです。</div><div><br></div>
<div>よろしくお願いいたします。</div><div>田中 健太</div>'''
    attr = '2026年2月25日(水) 10:03 Amazon Web Services &lt;%s&gt;:' % AWS_FORM
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family:\'MS PGothic\',sans-serif;font-size:13px;">%s<br><div>%s</div>'
            '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div></body></html>' % (
                new, attr, body_of(K_HIST['ask'][0])))
    plain = '''小林様

ご連絡ありがとうございます。

1. ログイン用メールアドレス
・AWS01829374：kenta_tanaka0412@yahoo.co.jp
・aws06650921：k.tanaka@minatomirai-sys.co.jp（前職のアドレスで、現在は受信できません）
2. AWS01829374 を残したいです。
3. 転職してメールアドレスが変わったためです。

よろしくお願いいたします。
田中 健太

2026年2月25日(水) 10:03 Amazon Web Services <%s>:
%s
''' % (AWS_FORM, quote_plain(re_strip(body_of(K_HIST['ask'][0]))))
    ymid = '<%d.%d.%d@mail.yahoo.co.jp>' % (R.randint(10000000, 99999999), R.randint(1000000, 9999999), int(d.timestamp() * 1000))
    hs = [('Received', 'from [126.241.%d.%d] by web%d.mail.ssk.yahoo.co.jp via HTTP; %s' % (
              R.randint(1, 250), R.randint(1, 250), R.randint(100100, 100999), format_datetime(d))),
          ('Date', format_datetime(d)), ('From', enc_name(K_NAME, K_ADDR, 'iso-2022-jp')),
          ('Reply-To', K_ADDR), ('To', 'Amazon Web Services <%s>' % AWS_FORM),
          ('Message-ID', ymid), ('In-Reply-To', K_HIST['ask'][1]), ('References', K_HIST['ask'][1]),
          ('Subject', 'Re: ' + K_SUBJ_B), ('X-Mailer', 'Yahoo! Mail for Web')]
    write(31, 're-kakunin-jikou-kaitou', hs,
          alt(plain, html, b_java(), pc=('iso-2022-jp', '7bit', None), hc=('utf-8', 'base64', None)),
          'unrelated', K_CID_B, [K_KEEP, K_OLD], None, 'ja')
    K_HIST['rep'] = (html, ymid, d, plain)

    # 32 --- confirmation request (ja), quoting Kenta's reply with a Japanese attribution line
    d = T('2026-02-26 00:41:55')
    body = '''<p>田中 健太 様</p>
<p>ご回答いただき、ありがとうございます。いただいた情報をもとに、以下のとおり 2 つのアカウントを 1 つにまとめる準備が整いました。</p>
%s
<div style="background:#fff8e6;border-left:4px solid #ff9900;padding:10px 14px;margin:0 0 14px 0;">
この手続きは実施後に元へ戻すことができません。手続き後は AWS06650921 でサインインできなくなり、受験履歴・認定資格・特典は AWS01829374 に引き継がれます。</div>
<p>内容に誤りがなければ、このメールに「問題ありません」とご返信ください。ご返信を確認次第、手続きを開始いたします。</p>
<p>小林<br>AWS トレーニングと認定 カスタマーサービス</p>''' % acct_table(
        [('残すアカウント', 'AWS01829374', 'kenta_tanaka0412@yahoo.co.jp'),
         ('まとめられるアカウント（無効化）', 'AWS06650921', 'k.tanaka@minatomirai-sys.co.jp')],
        head=('区分', 'AWS 受験者 ID', 'ログイン用メールアドレス'))
    hist = ('<div style="padding:0 28px;font-size:12px;color:#444;"><hr><div>2026年2月25日(水) 12:14 田中 健太 &lt;%s&gt;:</div>'
            '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div>' % (
                K_ADDR, body_of(K_HIST['rep'][0])))
    html = form_desk_html(body, '手続き内容の最終確認のお願い', K_CID_B, lang='ja', history=hist)
    hs, mid = aws_mail_yahoo(d, K_SUBJ_B, frm, extra=[('X-Original-Case', K_CID_B)])
    write(32, 'tc-form-saishu-kakunin', hs, html_only(html), 'merge_confirmation_requested', K_CID_B,
          [K_KEEP, K_OLD], True, 'ja')
    K_HIST['conf'] = (html, mid, d, re_strip(body))

    # 34 --- done (Shift_JIS / really cp932; plain quotes history with nested "> >", HTML does not)
    d = T('2026-03-02 06:30:12')
    conf_txt = K_HIST['conf'][3]
    plain = '''田中 健太 様

大変お待たせいたしました。

ご依頼いただいた手続きはすべて完了しております。
① 旧アカウント AWS06650921 の受験履歴と認定資格を AWS01829374 へ移行いたしました。
② 旧アカウントは無効化いたしました。今後は AWS01829374 でサインインしてください。
③ Credly のバッジは数日以内に kenta_tanaka0412@yahoo.co.jp 宛てに届く予定です。

ご不明な点がございましたら、このメールにご返信ください。

小林
AWS トレーニングと認定 カスタマーサービス

2026年2月26日(木) 18:02 田中 健太 <%s>:
> 小林様
>
> 問題ありません。よろしくお願いいたします。
>
> 田中
>
> 2026年2月26日(木) 9:41 Amazon Web Services <%s>:
%s
''' % (K_ADDR, AWS_FORM, quote_plain(conf_txt, '> > '))
    body = '''<p>田中 健太 様</p><p>大変お待たせいたしました。</p>
<p>ご依頼いただいた手続きはすべて完了しております。</p>
<p>&#9312; 旧アカウント AWS06650921 の受験履歴と認定資格を AWS01829374 へ移行いたしました。<br>
&#9313; 旧アカウントは無効化いたしました。今後は AWS01829374 でサインインしてください。<br>
&#9314; Credly のバッジは数日以内に kenta_tanaka0412@yahoo.co.jp 宛てに届く予定です。</p>
<p>小林<br>AWS トレーニングと認定 カスタマーサービス</p>'''
    html = form_desk_html(body, '手続き完了のお知らせ', K_CID_B, lang='ja').replace('charset=utf-8', 'charset=Shift_JIS')
    subj = enc_subject(K_SUBJ_B, 'utf-8')
    hs, mid = aws_mail_yahoo(d, subj, frm)
    write(34, 'tc-form-ikou-kanryou', hs,
          alt(plain, html, b_java(), pc=('cp932', 'quoted-printable', 'Shift_JIS'), hc=('cp932', 'base64', 'Shift_JIS')),
          'merge_completed', K_CID_B, [K_KEEP, K_OLD], True, 'ja')

    # 35 --- survey for case B (stars), plain part shorter
    d = T('2026-03-02 06:33:40')
    stars = ''.join('<a href="https://tc-feedback.aws.amazon.com/s/%s?case=%s&amp;score=%d&amp;lang=ja" '
                    'style="font-size:28px;color:#ff9900;text-decoration:none;padding:0 3px;">&#9734;</a>' % (rhex(10), K_CID_B, i)
                    for i in range(1, 6))
    body = '''<p>田中 健太 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサービスにお問い合わせいただき、ありがとうございました。</p>
<p>担当者の対応はいかがでしたか？星をクリックして評価してください（1 つ星：不満　5 つ星：満足）。</p>
<p style="text-align:center;">%s</p>
<p style="font-size:12px;color:#687078;">いただいたご意見は、サービス品質の向上に活用させていただきます。お問い合わせ番号: %s</p>''' % (stars, K_CID_B)
    html = form_desk_html(body, 'ご意見をお聞かせください', K_CID_B, lang='ja')
    plain = '田中 健太 様\n\nアンケートにご協力ください。\nhttps://tc-feedback.aws.amazon.com/s/%s?case=%s&lang=ja\n' % (rhex(10), K_CID_B)
    subj = enc_subject('アンケートのお願い：AWS トレーニングと認定 カスタマーサービス', 'utf-8', 50)
    hs, mid = aws_mail_yahoo(d, subj, '"AWS Training and Certification" <tc-survey-no-reply@amazon.com>')
    write(35, 'tc-enquete-hoshi', hs, alt(plain, html, b_java(), pc=('iso-2022-jp', '7bit', None)),
          'survey', K_CID_B, [], True, 'ja')

    # 36, 37 --- Credly badges to Yahoo! JAPAN
    for n, d, badge, pre, slug, mode in [
        (36, T('2026-03-04 09:15:27'), 'AWS Certified SysOps Administrator – Associate',
         'Your badge from Amazon Web Services Training and Certification', 'credly-soa-badge', 'alt'),
        (37, T('2026-03-04 09:16:03'), 'AWS Certified Security – Specialty',
         'Accept and share your badge', 'credly-scs-badge', 'stub')]:
        html = credly_html('Kenta', ISSUER, badge.replace('–', '&ndash;'), pre)
        ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(2, 250))
        host = 'o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999))
        mf = 'bounces+%d-%s-kenta_tanaka0412=yahoo.co.jp@em.credly.com' % (R.randint(1000000, 9999999), rhex(4))
        hs = [('Return-Path', '<%s>' % mf)]
        hs += jp_in(K_ADDR, d, YJ_MX, mf, ip, host, 'credly.com', dkim=[('credly.com', 's1')])
        hs += [('DKIM-Signature', fold_dkim(d, 'credly.com', 's1', 'from:subject:mime-version:content-type:to:cc')),
               ('From', '"%s via Credly" <%s>' % (ISSUER, CREDLY)), ('To', K_ADDR),
               ('Subject', enc_subject('Kenta, %s issued you a new badge: %s' % (ISSUER, badge), 'utf-8', 66)),
               ('Date', rdate(d)), ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(16)[:22].replace('/', 'x').replace('+', 'Z'), R.randint(1, 40)))]
        if mode == 'alt':
            plain = 'Congratulations, Kenta!\n\n%s has issued you the %s badge.\nAccept your badge: https://www.credly.com/earner/earned/badge/%s\n' % (
                ISSUER, badge, rhex(32))
        else:
            plain = 'View this e-mail in your browser: https://www.credly.com/mail/%s\n' % rhex(24)
        write(n, slug, hs, alt(plain, html, b_credly()), 'credly_badge_issued', None, [], True, 'en')


PARTS.append(part_u4)

# ----------------------------------------------------------------- user 5: Marco (en, Outlook.com, console case)
B_NAME, B_ADDR = 'Marco Bellini', 'marco.bellini@outlook.com'
B_OPEN = T('2026-03-03 19:22:05')
B_CID = case_id(B_OPEN, 61129)
B_KEEP, B_OLD = 'AWS03094856', 'AWS05278310'
B_CSUBJ = 'Combine my two certification profiles'
B_HIST = {}


def rate_footer(cid):
    cells = ''.join('<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;commId=%s&amp;rating=%d" '
                    'style="color:#ff9900;font-size:22px;text-decoration:none;">&#9733;</a>' % (cid, rhex(16), i) for i in range(1, 6))
    return ('<p style="margin-top:22px;font-size:13px;color:#545b64;">Was this response helpful? '
            'Rate this correspondence: %s</p>' % cells)


def part_u5():
    link = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % B_CID
    cons = dict(consumer=True, tenant='DM6PR11MB')
    # 38 --- console: case opened (plain = classic text, HTML = new template)
    d = B_OPEN + dt.timedelta(seconds=5)
    body = '''<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>
<p>An AWS Support representative will review your request and respond as soon as possible. You can view and update your case at any time from the Support Center.</p>''' % B_CID
    html = console_html(body, 'We received your request', B_CID, B_CSUBJ.replace('&', '&amp;'))
    plain = '''Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hi, I passed the Cloud Practitioner exam as a student with my university e-mail and later the Solutions Architect Associate with my personal e-mail. I'd like both certifications in a single profile. Current profile: AWS03094856, old one: AWS-05278310. Thanks, Marco

To contact us again about this case, please return to the Support Center using the following URL:

%s

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
''' % (B_CID, B_CID, B_CSUBJ, link)
    hs, mid = aws_mail_o365(B_ADDR, d, 'Amazon Web Services: You have opened a new Support case: %s' % B_CID,
                            '"Amazon Web Services" <%s>' % AWS_CONSOLE, **cons)
    write(38, 'aws-support-opened-new-case', hs, alt(plain, html, b_java()), 'case_created', B_CID,
          [B_KEEP, B_OLD], True, 'en')

    # 39 --- console: new correspondence notice (HTML only)
    d = T('2026-03-04 15:07:22')
    body = '''<p>Hello,</p>
<p>There is new correspondence on your AWS Support case. To read it and respond, sign in to the Support Center.</p>'''
    html = console_html(body, 'Your case has a new message', B_CID, B_CSUBJ.replace('&', '&amp;'))
    hs, mid = aws_mail_o365(B_ADDR, d, '[Case %s] New correspondence added' % B_CID,
                            '"Amazon Web Services" <%s>' % AWS_CONSOLE, **cons)
    write(39, 'aws-support-new-correspondence', hs, html_only(html), 'support_reply', B_CID, [], True, 'en')

    # 40 --- console agent: please verify before we proceed (footer also invites a rating)
    d = T('2026-03-04 15:07:19')
    body = '''<p>Hello Marco,</p>
<p>Thank you for reaching out. I&rsquo;m Ananya from the AWS Training and Certification team.</p>
<p>I located both profiles. Before anything is changed, please verify the plan below:</p>
%s
<p>Please be aware that this is a one-way operation: after the profiles are joined, the absorbed profile can&rsquo;t be restored and its history can&rsquo;t be split out again.</p>
<p>If the above is accurate, please reply to this case in the Support Center with your approval (this e-mail address does not accept replies). Our team will only go ahead after we receive it.</p>
<p>Best regards,<br>Ananya<br>Amazon Web Services</p>
%s''' % (acct_table([('Surviving profile', 'AWS03094856', 'marco.bellini@outlook.com'),
                     ('Absorbed profile', 'AWS05278310', 'marco.bellini@studenti.unimi.it')]),
         rate_footer(B_CID))
    html = console_html(body, 'Please verify the details of your request', B_CID, B_CSUBJ.replace('&', '&amp;'))
    plain = re_strip(body) + '\nTo see the full case history and respond, please visit:\n%s\n' % link
    subj = 'RE:[CASE %s] %s' % (B_CID, B_CSUBJ)
    hs, mid = aws_mail_o365(B_ADDR, d, subj, '"Amazon Web Services" <%s>' % AWS_CONSOLE, **cons)
    write(40, 'aws-support-verify-plan', hs, alt(plain, html, b_java(), hc=('utf-8', 'base64', None)),
          'merge_confirmation_requested', B_CID, [B_KEEP, B_OLD], True, 'en')

    # 41 --- agent: thank you for verifying, submitted; will update once finished
    d = T('2026-03-05 09:51:48')
    body = '''<p>Hello Marco,</p>
<p>Thank you for verifying the details. I have now submitted your request to the team that performs this work.</p>
<p>Once they&rsquo;ve finished, I&rsquo;ll post an update on this case and your certifications will show under a single profile. If you have exams scheduled in the meantime, they won&rsquo;t be affected.</p>
<p>Best regards,<br>Ananya<br>Amazon Web Services</p>
%s''' % rate_footer(B_CID)
    html = console_html(body, 'Update on your case', B_CID, B_CSUBJ.replace('&', '&amp;'))
    hs, mid = aws_mail_o365(B_ADDR, d, 'RE:[CASE %s] %s' % (B_CID, B_CSUBJ),
                            '"Amazon Web Services" <%s>' % AWS_CONSOLE, **cons)
    write(41, 'aws-support-request-submitted', hs, html_only(html, cte='base64'), 'support_reply', B_CID, [], True, 'en')

    # 42 --- agent: done (plain part is a stub)
    d = T('2026-03-06 17:26:30')
    body = '''<p>Hello Marco,</p>
<p>Your two profiles are now one. AWS03094856 now shows both your AWS Certified Cloud Practitioner and AWS Certified Solutions Architect &ndash; Associate, along with their exam history. The student profile AWS05278310 no longer exists and can&rsquo;t be signed in to.</p>
<p>Your Credly badges will be re-issued to marco.bellini@outlook.com in the coming days.</p>
<p>I&rsquo;ll now set this case to resolved. Thanks for your patience!</p>
<p>Best regards,<br>Ananya<br>Amazon Web Services</p>
%s''' % rate_footer(B_CID)
    html = console_html(body, 'Good news about your request', B_CID, B_CSUBJ.replace('&', '&amp;'))
    stub = 'Hello,\n\nYou have a new message on case %s. View it in the Support Center:\n%s\n' % (B_CID, link)
    hs, mid = aws_mail_o365(B_ADDR, d, 'RE:[CASE %s] %s' % (B_CID, B_CSUBJ),
                            '"Amazon Web Services" <%s>' % AWS_CONSOLE, **cons)
    write(42, 'aws-support-two-profiles-now-one', hs, alt(stub, html, b_java()), 'merge_completed', B_CID,
          [B_KEEP, B_OLD], True, 'en')
    B_HIST['done'] = (html, mid, d)

    # 43 --- survey: case resolved, NPS-style (nothing said about the outcome)
    d = T('2026-03-07 17:30:02')
    nps = ''.join('<td style="padding:0 1px;"><a href="https://support-feedback.aws.amazon.com/nps?displayId=%s&amp;s=%d&amp;t=%s" '
                  'style="display:block;width:28px;padding:7px 0;text-align:center;background:%s;color:#fff;text-decoration:none;font-size:12px;">%d</a></td>' % (
                      B_CID, i, rhex(12), '#d13212' if i < 7 else ('#ff9900' if i < 9 else '#1d8102'), i) for i in range(11))
    body = '''<p>Hello,</p>
<p>Your AWS Support case %s has been resolved.</p>
<p><strong>Based on this case, how likely are you to recommend AWS Support to a friend or colleague?</strong></p>
<table cellpadding="0" cellspacing="0"><tr>%s</tr></table>
<p style="font-size:12px;color:#545b64;">0 = not at all likely, 10 = extremely likely. If the issue has not been resolved, you can reopen the case within 14 days from the Support Center.</p>''' % (B_CID, nps)
    html = console_html(body, 'Tell us how we did', B_CID, B_CSUBJ.replace('&', '&amp;'))
    hs, mid = aws_mail_o365(B_ADDR, d, 'How did we do? Your AWS Support case %s' % B_CID,
                            '"Amazon Web Services" <%s>' % AWS_CONSOLE, **cons)
    write(43, 'aws-support-how-likely-to-recommend', hs, html_only(html), 'survey', B_CID, [], True, 'en')

    # 44, 45 --- Credly (Outlook.com inbound)
    for n, d, badge, note, subj, slug in [
        (44, T('2026-03-09 07:44:10'), 'AWS Certified Cloud Practitioner',
         '<p style="margin:0 0 14px 0;font-size:14px;color:#52606d;">We&rsquo;ve moved this badge from a previous e-mail address so that all your achievements are in one place.</p>',
         'Marco, a badge has been added to your Credly account', 'credly-ccp-moved-to-outlook'),
        (45, T('2026-03-09 07:44:38'), 'AWS Certified Solutions Architect &ndash; Associate', '',
         'Your AWS Certified Solutions Architect - Associate badge is ready to accept', 'credly-saa-ready')]:
        html = credly_html('Marco', ISSUER, badge, 'Claim your badge', note)
        ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
        host = 'o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999))
        hs = o365_in(B_ADDR, d, 'em.credly.com', ip, host, 'credly.com', dkim=['credly.com'], **cons)
        hs += [('DKIM-Signature', fold_dkim(d, 'credly.com', 's1', 'from:subject:mime-version:content-type:to:cc')),
               ('From', '"%s via Credly" <%s>' % (ISSUER, CREDLY)), ('To', B_ADDR), ('Subject', subj),
               ('Date', rdate(d)), ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(16)[:22].replace('/', 'x').replace('+', 'Z'), R.randint(1, 40)))]
        b = html_only(html) if n == 44 else alt(re_strip(body_of(html)), html, b_credly(), hc=('utf-8', 'base64', None))
        write(n, slug, hs, b, 'credly_badge_issued', None, [], True, 'en')

    # 46 --- Marco forwards the completion mail to his work address (received there) -> unrelated
    d = T('2026-03-06 18:02:51')
    done_html = B_HIST['done'][0]
    new = ('<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0);">'
           'FYI &ndash; support finally sorted out my certification profiles. Can you ask whoever maintains the partner '
           'portal to re-sync my certs next week? They should all be on the single ID now.</div>'
           '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0);"><br>Marco</div>')
    fwd = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
           '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
           '<b>From:</b> Amazon Web Services &lt;%s&gt;<br><b>Sent:</b> Friday, March 6, 2026 6:26 PM<br>'
           '<b>To:</b> marco.bellini@outlook.com &lt;marco.bellini@outlook.com&gt;<br><b>Subject:</b> RE:[CASE %s] %s</font>'
           '<div>&nbsp;</div></div>%s' % (AWS_CONSOLE, B_CID, B_CSUBJ.replace('&', '&amp;'), body_of(done_html)))
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">%s<br>%s</body></html>' % (new, fwd)
    plain = ('FYI - support finally sorted out my certification profiles. Can you ask whoever maintains the partner portal '
             'to re-sync my certs next week? They should all be on the single ID now.\n\nMarco\n\n'
             '________________________________\nFrom: Amazon Web Services <%s>\nSent: Friday, March 6, 2026 6:26 PM\n'
             'To: marco.bellini@outlook.com <marco.bellini@outlook.com>\nSubject: RE:[CASE %s] %s\n\n%s') % (
                 AWS_CONSOLE, B_CID, B_CSUBJ, re_strip(body_of(done_html)))
    work = 'm.bellini@brightlane-consulting.it'
    ip = '40.92.%d.%d' % (R.randint(1, 100), R.randint(2, 250))
    host = 'EUR05-VI1-obe.outbound.protection.outlook.com'
    hs = o365_in(work, d, 'outlook.com', ip, host, 'outlook.com', dkim=['outlook.com'], tenant='PAXPR08MB')
    omid = '<DM6PR11MB%d%s@DM6PR11MB%d.namprd11.prod.outlook.com>' % (
        R.randint(1000, 9999), ''.join(R.choice('0123456789ABCDEF') for _ in range(24)), R.randint(1000, 9999))
    hs += [('DKIM-Signature', fold_dkim(d, 'outlook.com', 'selector1', 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')),
           ('From', '%s <%s>' % (B_NAME, B_ADDR)), ('To', 'Marco Bellini <%s>' % work),
           ('Subject', 'Fw: RE:[CASE %s] %s' % (B_CID, B_CSUBJ)), ('Thread-Topic', 'RE:[CASE %s] %s' % (B_CID, B_CSUBJ)),
           ('Thread-Index', 'AQHc' + rb64(24)[:32]), ('Date', rdate(d)), ('Message-ID', omid),
           ('Accept-Language', 'en-US, it-IT'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', '')]
    write(46, 'fw-certification-profiles-sorted', hs, alt(plain, html, b_outlook()), 'unrelated', B_CID, [], False, 'en')


PARTS.append(part_u5)


# ----------------------------------------------------------------- look-alikes, part 1
def part_extras1():
    # 47 --- Amazon Seller Central (UK) case, same RE:[CASE n] style, authentic but not AWS
    d = T('2026-01-21 11:18:40')
    sc_cid = '5884213377'
    body = '''<p>Hello,</p>
<p>Thank you for contacting Amazon Seller Support.</p>
<p>I understand that your listing for ASIN B0CXK4T2LM (&ldquo;Handmade walnut phone stand&rdquo;) was showing as inactive. I have reviewed the listing and the issue has been resolved: the listing is active again and should appear on the detail page within 24 hours.</p>
<p>If you have further questions, please reply to this case.</p>
<p>Regards,<br>Siobhan<br>Amazon Services Seller Support</p>
<table cellpadding="0" cellspacing="0" style="margin-top:18px;border-top:1px solid #ddd;"><tr><td style="padding-top:10px;font-size:13px;">Was this e-mail helpful?
<a href="https://sellercentral.amazon.co.uk/cu/case-dashboard/feedback?caseID=%s&amp;r=yes">Yes</a> |
<a href="https://sellercentral.amazon.co.uk/cu/case-dashboard/feedback?caseID=%s&amp;r=no">No</a></td></tr></table>''' % (sc_cid, sc_cid)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#111;">'
            '<div style="border-bottom:3px solid #ff9900;padding:8px 0;"><b>amazon</b> seller central</div>%s'
            '<p style="font-size:11px;color:#777;margin-top:20px;">Amazon EU S.&agrave; r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA. '
            'This e-mail was sent from a notification-only address.</p></body></html>' % body)
    ip, host = ses_host()
    mf = ses_mailfrom(d).replace('email.amazonses.com', 'eu-west-1.amazonses.com')
    hs = gmail_in(D_ADDR, d, mf, ip, host.replace('smtp-out', 'smtp-out.eu-west-1'), 'amazon.co.uk',
                  dkim=[('amazon.co.uk', 'ctpqgolsagt6trvqmqvauevvsgwsyjdm'), ('amazonses.com', 'shh3fegwg5fppqsuzphvschd53n6ihuv')])
    hs += [('DKIM-Signature', fold_dkim(d, 'amazon.co.uk', 'ctpqgolsagt6trvqmqvauevvsgwsyjdm', 'Content-Type:From:To:Subject:Message-ID:Date')),
           ('From', 'Amazon Services Seller Support <seller-answers@amazon.co.uk>'), ('To', D_ADDR),
           ('Subject', 'RE:[CASE %s] Inventory - Listing inactive for ASIN B0CXK4T2LM' % sc_cid),
           ('Date', rdate(d)), ('Message-ID', ses_msgid(d).replace('email.amazonses.com', 'eu-west-1.amazonses.com'))]
    write(47, 'seller-support-listing-inactive', hs, alt(re_strip(body), html, b_java()), 'unrelated', sc_cid, [], False, 'en')

    # 48 --- other AWS console case: EC2 quota increase processed
    opened = T('2026-02-18 18:10:09')
    ec2_cid = case_id(opened, 512)
    d = T('2026-02-19 02:33:51')
    body = '''<p>Hello,</p>
<p>We&rsquo;ve approved and processed your limit increase request(s). It can sometimes take up to 30 minutes for this to propagate and become available for use. I hope this helps, but please reopen this case if you encounter any issues.</p>
<p>Summary of the request:</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d5dbdb;font-size:13px;"><tr><td><b>Region</b></td><td>EU (London)</td></tr>
<tr><td><b>Quota</b></td><td>Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances</td></tr><tr><td><b>New value</b></td><td>256 vCPUs</td></tr></table>
<p>Best regards,<br>Ravi K.<br>Amazon Web Services</p>
%s''' % rate_footer(ec2_cid)
    html = console_html(body, 'Your limit increase request', ec2_cid, 'Limit Increase: EC2 Instances', 'General guidance')
    hs, mid = aws_mail_o365(P_ADDR, d, 'RE:[CASE %s] Limit Increase: EC2 Instances' % ec2_cid,
                            '"Amazon Web Services" <%s>' % AWS_CONSOLE)
    write(48, 'aws-support-ec2-limit-processed', hs, alt(re_strip(body), html, b_java()), 'unrelated', ec2_cid, [], True, 'en')

    # 49 --- other AWS console case in Japanese: billing refund completed
    opened = T('2026-02-06 06:44:31')
    bill_cid = case_id(opened, 26604)
    d = T('2026-02-09 03:12:09')
    subj_case = '2026年1月分の請求について'
    body = '''<p>佐藤 美咲 様</p>
<p>AWS 請求サポートの中村です。お問い合わせいただき、ありがとうございます。</p>
<p>ご指摘いただいた 2026 年 1 月分の二重請求につきまして、確認のうえ返金の手続きが完了しました。返金額（USD 18.42）は 3～5 営業日ほどでご登録のクレジットカードに反映されます。</p>
<p>ご不明な点がございましたら、本ケースにてお知らせください。</p>
<p>中村<br>Amazon Web Services</p>'''
    html = console_html(body, '返金手続きについて', bill_cid, subj_case, '一般的なガイダンス', 'ja')
    subj = enc_subject('RE:[CASE %s] %s' % (bill_cid, subj_case), 'iso-2022-jp', 64)
    hs = aws_mail_biglobe(d, subj, '"Amazon Web Services" <%s>' % AWS_CONSOLE)
    write(49, 'aws-support-seikyu-henkin-ja', hs, html_only(html, cte='base64'), 'unrelated', bill_cid, [], True, 'ja')

    # 50 --- CertMetrics survey mail (authentic, not AWS), with the candidate ID
    d = T('2026-01-22 16:01:12')
    html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif;">
%s<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px auto;">
<tr><td style="background:#232f3e;padding:16px;color:#fff;font-size:18px;">AWS Certification</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#222;">
<p>Hello Daniel Okafor,</p>
<p>Candidate ID: AWS04419283</p>
<p>Thank you for your recent AWS Certification experience. We&rsquo;d like to hear what you think about the certification process, from scheduling your exam to receiving your results and digital badge.</p>
<p>The survey takes about 5 minutes. Your responses are confidential.</p>
<p style="text-align:center;margin:24px 0;"><a href="https://www.certmetrics.com/amazon/survey/start.aspx?t=%s" style="background:#ff9900;color:#111;padding:12px 26px;text-decoration:none;font-weight:bold;border-radius:3px;">Take the survey</a></p>
<p>Thank you,<br>AWS Certification</p></td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;">This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this e-mail.</td></tr>
</table></body></html>
''' % (preheader('Tell us about your certification experience'), rhex(24))
    ip = '52.55.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
    host = 'mail%d.certmetrics.com' % R.randint(1, 4)
    mf = 'bounce-%s@certmetrics.com' % rhex(10)
    hs = gmail_in(D_ADDR, d, mf, ip, host, 'certmetrics.com', dkim=[('certmetrics.com', 'cm2024')],
                  policy='p=NONE sp=NONE dis=NONE')
    hs += [('DKIM-Signature', fold_dkim(d, 'certmetrics.com', 'cm2024', 'From:To:Subject:Date:Message-ID')),
           ('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', D_ADDR),
           ('Subject', 'AWS Certification wants to hear from you'), ('Date', rdate(d)),
           ('Message-ID', '<%s@certmetrics.com>' % rhex(20))]
    write(50, 'certmetrics-wants-to-hear-from-you', hs, html_only(html), 'unrelated', None, ['AWS04419283'], False, 'en')

    # 51 --- Pearson VUE appointment confirmation in Japanese (Shift_JIS HTML only)
    d = T('2026-03-05 11:20:44')
    html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'ＭＳ Ｐゴシック',sans-serif;font-size:14px;">
<table width="620" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:2px solid #0047bb;padding:10px 0;"><b style="color:#0047bb;">Pearson VUE</b></td></tr>
<tr><td style="padding:18px 0;">
<p>田中 健太 様</p>
<p>以下の内容で試験のご予約を承りました。</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ccc;font-size:13px;">
<tr><td>試験名</td><td>AWS Certified Solutions Architect - Professional (SAP-C02)</td></tr>
<tr><td>受験者 ID</td><td>AWS01829374</td></tr>
<tr><td>日時</td><td>2026年4月11日(土) 13:00 JST</td></tr>
<tr><td>受験方法</td><td>OnVUE オンライン試験</td></tr>
<tr><td>登録番号</td><td>%d</td></tr></table>
<p>予約の変更・キャンセルは、試験開始の 24 時間前までに AWS トレーニングと認定のアカウントから行ってください。</p>
<p>Pearson VUE</p></td></tr></table></body></html>
''' % R.randint(400000000, 499999999)
    ip = '159.182.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
    host = 'mx%d.pearsonvue.com' % R.randint(1, 4)
    mf = 'bounce@pearsonvue.com'
    hs = [('Return-Path', '<%s>' % mf)]
    hs += jp_in(K_ADDR, d, YJ_MX, mf, ip, host, 'pearsonvue.com', dkim=[('pearsonvue.com', 'pv1')])
    hs += [('DKIM-Signature', fold_dkim(d, 'pearsonvue.com', 'pv1', 'From:To:Subject:Date')),
           ('From', 'Pearson VUE <pearsonvueconfirmation@pearsonvue.com>'), ('To', K_ADDR),
           ('Subject', enc_subject('試験予約の確認：AWS Certified Solutions Architect - Professional', 'iso-2022-jp', 56)),
           ('Date', rdate(d)), ('Message-ID', '<%s.JavaMail.pvue@pearsonvue.com>' % rhex(16))]
    write(51, 'pearson-vue-yoyaku-kakunin', hs, html_only(html, 'cp932', 'quoted-printable', 'Shift_JIS'),
          'unrelated', None, ['AWS01829374'], False, 'ja')

    # 52 --- GitHub "merged" notification
    d = T('2026-02-20 14:09:33')
    pr = 'Merge legacy account records into primary profile table'
    plain = 'Merged #214 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/halvorsen-analytics/cert-sync/pull/214#event-%d\nYou are receiving this because you authored the thread.\n' % R.randint(10**10, 10**11)
    html = ('<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/halvorsen-analytics/cert-sync/pull/214">#214</a> into main.</p>\n'
            '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
            '<a href="https://github.com/halvorsen-analytics/cert-sync/pull/214#event-%d">view it on GitHub</a>, or '
            '<a href="https://github.com/notifications/unsubscribe-auth/%s">unsubscribe</a>.<br />You are receiving this because you authored the thread.'
            '<img src="https://github.com/notifications/beacon/%s.gif" height="1" width="1" alt="" /></p>\n'
            '<script type="application/ld+json">[{"@context":"http://schema.org","@type":"EmailMessage","potentialAction":{"@type":"ViewAction",'
            '"target":"https://github.com/halvorsen-analytics/cert-sync/pull/214","name":"View Pull Request"},"description":"View this Pull Request on GitHub"}]</script>' % (
                R.randint(10**10, 10**11), rhex(30).upper(), rhex(30).upper()))
    ip = '192.30.252.%d' % R.randint(190, 210)
    host = 'out-%d.smtp.github.com' % R.randint(20, 30)
    hs = o365_in(P_ADDR, d, 'github.com', ip, host, 'github.com', dkim=['github.com'])
    hs += [('DKIM-Signature', fold_dkim(d, 'github.com', 'pf2023', 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From')),
           ('Date', rdate(d)), ('From', 'Mateo Ruiz <notifications@github.com>'),
           ('Reply-To', 'halvorsen-analytics/cert-sync <reply+%s@reply.github.com>' % rhex(40).upper()),
           ('To', 'halvorsen-analytics/cert-sync <cert-sync@noreply.github.com>'),
           ('Cc', 'Priya Raman <%s>, Author <author@noreply.github.com>' % P_ADDR),
           ('Message-ID', '<halvorsen-analytics/cert-sync/pull/214/issue_event/%d@github.com>' % R.randint(10**10, 10**11)),
           ('In-Reply-To', '<halvorsen-analytics/cert-sync/pull/214@github.com>'),
           ('References', '<halvorsen-analytics/cert-sync/pull/214@github.com>'),
           ('Subject', 'Re: [halvorsen-analytics/cert-sync] %s (PR #214)' % pr),
           ('List-ID', 'halvorsen-analytics/cert-sync <cert-sync.halvorsen-analytics.github.com>'),
           ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'mateo-ruiz')]
    write(52, 'github-pr-merged', hs, alt(plain, html, '--==_mimepart_%s_%d' % (rhex(13), R.randint(1000, 9999))),
          'unrelated', None, [], False, 'en')

    # 53 --- AWS Training and Certification newsletter (mentions combining accounts as a tip)
    d = T('2026-03-10 16:00:05')
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;background:#f2f3f3;">%s
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;">
<tr><td style="background:#232f3e;padding:22px;"><img src="https://d1.awsstatic.com/email/tc/header-march-2026.png" width="556" alt="AWS Training and Certification - March 2026"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:23px;color:#16191f;">
<h2 style="font-size:20px;margin:0 0 10px 0;">Three new ways to grow your cloud skills this spring</h2>
<p><b>1. New exam guides</b> &mdash; updated guides for the Associate-level certifications are now available on AWS Skill Builder.</p>
<p><b>2. Exam prep plans</b> &mdash; free four-week plans with practice questions and lab time.</p>
<p><b>3. Certification benefits</b> &mdash; certified individuals can use their 50%% discount on the next exam.</p>
<div style="background:#f1faff;border:1px solid #0073bb;padding:12px 16px;margin:16px 0;font-size:14px;"><b>Tip:</b> Ended up with more than one certification account? Our Customer Service team can combine them so that all your credentials show in one place. Visit the contact form and choose &ldquo;Account Merge&rdquo;.</div>
<p style="text-align:center;"><a href="https://aws.amazon.com/training/?trk=%s" style="background:#ff9900;color:#16191f;padding:12px 24px;text-decoration:none;font-weight:bold;">Explore training</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;line-height:16px;">You are receiving this e-mail because you opted in to AWS Training and Certification communications. <a href="https://pages.awscloud.com/communication-preferences.html?t=%s">Unsubscribe</a><br>%s</td></tr>
</table></body></html>
''' % (preheader('Exam guides, prep plans and a tip for your certification profile'), rhex(12), rhex(16), AWS_LEGAL_EN)
    ip, host = ses_host()
    hs = o365_in(B_ADDR, d, 'mail.awscloud.com', ip, host, 'amazon.com', dkim=['amazon.com'], consumer=True, tenant='DM6PR11MB')
    hs += [('DKIM-Signature', fold_dkim(d, 'amazon.com', 'mktg1', 'From:To:Subject:Date:Message-ID:List-Unsubscribe')),
           ('From', '"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>'), ('To', B_ADDR),
           ('Subject', enc_subject('What’s new in AWS Training and Certification – March 2026', 'utf-8', 52)),
           ('Date', rdate(d)), ('Message-ID', '<%s@mail.awscloud.com>' % rhex(28)),
           ('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?t=%s>' % rhex(16)),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')]
    write(53, 'aws-tc-newsletter-march', hs, html_only(html), 'unrelated', None, [], True, 'en')


PARTS.append(part_extras1)


def credly_hdrs_gmail(to, d, subj):
    ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(2, 250))
    host = 'o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999))
    mf = 'bounces+%d-%s=gmail.com@em.credly.com' % (R.randint(1000000, 9999999), rhex(4))
    hs = gmail_in(to, d, mf, ip, host, 'credly.com', dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')],
                  policy='p=REJECT sp=REJECT dis=NONE')
    return hs + [('DKIM-Signature', fold_dkim(d, 'credly.com', 's1', 'from:subject:mime-version:content-type:to:cc')),
                 ('From', 'Credly <%s>' % CREDLY), ('To', to), ('Subject', subj), ('Date', rdate(d)),
                 ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(16)[:22].replace('/', 'x').replace('+', 'Z'), R.randint(1, 40)))]


# ----------------------------------------------------------------- look-alikes, part 2 and phishing
def part_extras2():
    # 54 --- Credly badge expiry reminder (authentic Credly, unrelated)
    d = T('2026-03-12 08:00:31')
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f7;">
%s<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px auto;font-family:Helvetica,Arial,sans-serif;">
<tr><td style="padding:20px 32px;border-bottom:4px solid #ff6b00;"><img src="https://www.credly.com/assets/credly_logo_email.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:28px 40px;font-size:15px;line-height:23px;color:#1f2933;">
<p>Hi Daniel,</p>
<p>Your <b>AWS Certified Cloud Practitioner</b> badge issued by Amazon Web Services Training and Certification will expire on <b>June 9, 2026</b>.</p>
<p>To keep your badge active, check the issuer&rsquo;s recertification requirements before the expiration date. Once it expires, the badge will still be visible on your profile but marked as expired.</p>
<p style="text-align:center;margin:24px 0;"><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#0d7377;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;font-weight:bold;">View badge</a></p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f5f5f7;font-size:11px;color:#7b8794;text-align:center;">&copy; 2026 Credly, Inc. All rights reserved.</td></tr></table></body></html>
''' % (preheader('A reminder about one of your badges'), rhex(32))
    hs = credly_hdrs_gmail(D_ADDR, d, 'Your AWS Certified Cloud Practitioner badge expires in 90 days')
    write(54, 'credly-badge-expires-soon', hs, alt(re_strip(html), html, b_credly()), 'unrelated', None, [], True, 'en')

    # 55 --- Credly's own account-merge verification code (Office 365 inbound)
    d = T('2026-02-24 19:40:12')
    code = '482913'
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f7;">
%s<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px auto;font-family:Helvetica,Arial,sans-serif;">
<tr><td style="padding:20px 32px;border-bottom:4px solid #ff6b00;"><img src="https://www.credly.com/assets/credly_logo_email.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:28px 40px;font-size:15px;line-height:23px;color:#1f2933;">
<p>Hi Priya,</p>
<p>We received a request to merge the Credly account registered to <b>priya.r.1987@outlook.com</b> into your account. To verify that you own this e-mail address, enter the code below:</p>
<p style="font-size:32px;letter-spacing:8px;font-weight:bold;text-align:center;margin:24px 0;">%s</p>
<p style="text-align:center;"><a href="https://www.credly.com/users/account_merge/confirm?token=%s" style="background:#0d7377;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;font-weight:bold;">Complete Account Merge</a></p>
<p style="font-size:13px;color:#52606d;">This code expires in 30 minutes. If you did not request this, you can ignore this e-mail.</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#f5f5f7;font-size:11px;color:#7b8794;text-align:center;">&copy; 2026 Credly, Inc. All rights reserved.</td></tr></table></body></html>
''' % (preheader('Your verification code is %s' % code), code, rhex(32))
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
    host = 'o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999))
    hs = o365_in(P_ADDR, d, 'em.credly.com', ip, host, 'credly.com', dkim=['credly.com'])
    hs += [('DKIM-Signature', fold_dkim(d, 'credly.com', 's1', 'from:subject:mime-version:content-type:to:cc')),
           ('From', 'Credly <%s>' % CREDLY), ('To', P_ADDR), ('Subject', 'Verify your e-mail to merge Credly accounts'),
           ('Date', rdate(d)), ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(16)[:22].replace('/', 'x').replace('+', 'Z'), R.randint(1, 40)))]
    write(55, 'credly-account-merge-code', hs, html_only(html, cte='base64'), 'unrelated', None, [], True, 'en')

    # 56 --- colleague asks Priya how she did it (internal Office 365 mail)
    d = T('2026-02-20 10:47:03')
    new = '''<p class="MsoNormal">Hi Priya,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Saw your message in the #aws-certs channel &ndash; did AWS ever sort out your cert profiles in the end? I&rsquo;m in the same boat: AWS07345512 from my Northgate days and a newer one, aws 06113487. Which form did you use, and did they ask you to confirm anything before doing it?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Cheers,<o:p></o:p></p><p class="MsoNormal">Tom<o:p></o:p></p>'''
    html = outlook_reply_html(new, '', '', '', '', '').split('<div id="mail-editor-reference-message-container">')[0] + '</div></body></html>\n'
    plain = re_strip(new)
    tom = 'tom.whitfield@halvorsen-analytics.com'
    hs = [('Received', 'from AM0PR07MB%d.eurprd07.prod.outlook.com (::1) by AM0PR07MB%d.eurprd07.prod.outlook.com\n with HTTPS; %s' % (
              R.randint(1000, 9999), R.randint(1000, 9999), rdate(d))),
          ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=halvorsen-analytics.com;'),
          ('From', 'Tom Whitfield <%s>' % tom), ('To', 'Priya Raman <%s>' % P_ADDR),
          ('Subject', 'cert accounts - how did you get yours merged?'), ('Thread-Topic', 'cert accounts - how did you get yours merged?'),
          ('Thread-Index', 'AdyiZ' + rb64(18)[:22]), ('Date', rdate(d)),
          ('Message-ID', '<AM0PR07MB%d%s@AM0PR07MB%d.eurprd07.prod.outlook.com>' % (
              R.randint(1000, 9999), ''.join(R.choice('0123456789ABCDEF') for _ in range(24)), R.randint(1000, 9999))),
          ('Accept-Language', 'en-GB, en-US'), ('Content-Language', 'en-GB'),
          ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('X-MS-Exchange-Organization-AuthSource', 'AM0PR07MB%d.eurprd07.prod.outlook.com' % R.randint(1000, 9999))]
    write(56, 'colleague-how-did-you-get-yours-merged', hs, alt(plain, html, b_outlook()), 'unrelated', None,
          ['AWS06113487', 'AWS07345512'], False, 'en', linesep='\r\n')

    # 57 --- a friend writes to Misaki (Gmail -> BIGLOBE), quoting Misaki's earlier mail
    d = T('2026-02-03 12:31:09')
    new = '''<div dir="ltr"><div>美咲さん</div><div><br></div><div>先日は詳しく教えてくれてありがとう！</div>
<div>私も確認したら AWS05437716 ともう一つ古い番号があったので、教えてもらったとおりサポートから申請してみました。</div>
<div>返事が来たらまた報告するね。</div><div><br></div><div>彩</div></div>'''
    quoted = '''<div dir="ltr">彩さん<br><br>私の場合は、サポートセンターでケースを作って、AWS 02938471 に AWS 07712054 をまとめてもらいました。<br>
担当の方から「元に戻せないけど大丈夫ですか」と確認があって、返信したら数日で終わりました。<br>バッジも Credly に届いたよ。<br><br>美咲</div>'''
    html = gmail_quote_html(new, '2026年2月2日(月) 21:40 佐藤 美咲 &lt;<a href="mailto:%s">%s</a>&gt;:' % (M_ADDR, M_ADDR), quoted)
    plain = re_strip(new) + '\n2026年2月2日(月) 21:40 佐藤 美咲 <%s>:\n%s' % (M_ADDR, quote_plain(re_strip(quoted)))
    aya = 'aya.takahashi.88@gmail.com'
    ip = '209.85.%d.%d' % (R.randint(128, 223), R.randint(2, 250))
    host = 'mail-pl1-f%d.google.com' % R.randint(170, 199)
    hs = [('Return-Path', '<%s>' % aya)]
    hs += jp_in(M_ADDR, d, BIGLOBE_MX, aya, ip, host, 'gmail.com', dkim=[('gmail.com', '20230601')])
    gid = '<CAF%s@mail.gmail.com>' % rb64(30)[:40].replace('/', 'x')
    hs += [('DKIM-Signature', fold_dkim(d, 'gmail.com', '20230601', 'mime-version:references:in-reply-to:from:date:message-id:subject:to')),
           ('MIME-Version', '1.0'), ('References', '<%s@mua.biglobe.ne.jp>' % rhex(16)),
           ('In-Reply-To', '<%s@mua.biglobe.ne.jp>' % rhex(16)),
           ('From', enc_name('高橋 彩', aya)), ('Date', format_datetime(d.astimezone(JST))),
           ('Message-ID', gid), ('Subject', enc_subject('Re: AWSの資格アカウントの件', 'utf-8')), ('To', enc_name(M_NAME, M_ADDR))]
    # MIME-Version is added by write(); drop the duplicate from the list
    hs = [h for h in hs if h[0] != 'MIME-Version']
    write(57, 're-shikaku-account-no-ken', hs, alt(plain, html, b_gmail(), pc=('utf-8', 'base64', None), hc=('utf-8', 'quoted-printable', None)),
          'unrelated', None, ['AWS05437716'], False, 'ja')

    # 58 --- phishing, not about the merge: "update your payment details" (ja, look-alike domain)
    d = T('2026-02-12 22:14:55')
    html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:sans-serif;font-size:14px;">
<div style="background:#232f3e;padding:12px;color:#fff;font-weight:bold;">aws</div>
<p>お客様各位</p>
<p>お客様の AWS アカウントでお支払い方法の確認ができませんでした。48 時間以内に情報を更新いただけない場合、アカウントおよび認定資格のご利用が停止されます。</p>
<p style="text-align:center;"><a href="https://aws-jp-support.net/billing/verify?id=%s" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;">お支払い情報を更新する</a></p>
<p>Amazon Web Services 請求チーム</p>
<p style="font-size:10px;color:#999;">Copyright 2026 Amazon Web Services, Inc.</p></body></html>
''' % rhex(16)
    ip = '185.234.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
    host = 'mail.aws-jp-support.net'
    mf = 'billing@aws-jp-support.net'
    hs = [('Return-Path', '<%s>' % mf)]
    hs += jp_in(M_ADDR, d, BIGLOBE_MX, mf, ip, host, 'aws-jp-support.net', dkim=(), dmarc='none')
    hs += [('From', enc_name('AWS 請求チーム', mf)), ('To', M_ADDR),
           ('Subject', enc_subject('【重要】お支払い情報の更新が必要です', 'utf-8')), ('Date', rdate(d)),
           ('Message-ID', '<%s@aws-jp-support.net>' % rhex(18)), ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    write(58, 'juuyou-oshiharai-jouhou-koushin', hs, html_only(html, cte='base64'), 'unrelated', None, [], False, 'ja')

    # 59 --- phishing confirmation request from a look-alike domain (passes its own DMARC)
    d = T('2026-01-19 04:40:00')
    fake_cid = '17688012340'
    body = '''<p style="margin:0 0 14px 0;">Dear Daniel Okafor,</p>
<p style="margin:0 0 14px 0;">We have received a request to combine the certification accounts listed below. For your security, this request must be confirmed within <b>48 hours</b>, otherwise all certifications linked to these accounts will be suspended.</p>
%s
<p style="margin:0 0 14px 0;">Please note that this action is permanent. Click the button below and sign in with your AWS Training and Certification credentials to confirm.</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 18px 0;"><tr><td style="background:#ff9900;border-radius:3px;">
<a href="https://aws-certification-merge.com/confirm?ref=%s&amp;u=%s" style="display:inline-block;padding:12px 26px;color:#16191f;font-weight:bold;text-decoration:none;">Confirm account merge</a></td></tr></table>
<p style="margin:0;">AWS Certification Support Team</p>''' % (acct_table(
        [('Primary', 'AWS04419283', 'daniel.okafor.dev@gmail.com'), ('Secondary', 'AWS09876012', 'd.okafor@veltrix-systems.com')]),
        fake_cid, rhex(12))
    html = form_desk_html(body, 'Confirm your certification account merge within 48 hours', fake_cid)
    ip = '91.215.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
    host = 'smtp.aws-certification-merge.com'
    mf = 'support@aws-certification-merge.com'
    hs = gmail_in(D_ADDR, d, mf, ip, host, 'aws-certification-merge.com', dkim=[('aws-certification-merge.com', 'default')],
                  policy='p=NONE sp=NONE dis=NONE')
    hs += [('DKIM-Signature', fold_dkim(d, 'aws-certification-merge.com', 'default', 'From:To:Subject:Date:Message-ID')),
           ('From', '"AWS Certification Support" <%s>' % mf), ('To', D_ADDR),
           ('Subject', 'Action required: confirm your certification account merge [CASE %s]' % fake_cid),
           ('Date', rdate(d)), ('Message-ID', '<%s@aws-certification-merge.com>' % rhex(20))]
    write(59, 'action-required-confirm-account-merge', hs, alt(re_strip(body), html, b_java()),
          'merge_confirmation_requested', fake_cid, ['AWS04419283', 'AWS09876012'], False, 'en')

    # 60 --- spoofed amazon.com "done" mail: topmost result dmarc=fail, a forged pass lower down
    d = T('2026-03-08 21:03:37')
    fake_cid = case_id(T('2026-03-07 13:10:45'), 88231)
    body = '''<p>Hello Marco,</p>
<p>We&rsquo;re writing to let you know that your certification profiles have been successfully consolidated. All credentials now appear under AWS03094856.</p>
<p>To keep your 50%% exam discount and transfer your Credly badges, you must re-verify your billing details within 24 hours:</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 18px 0;"><tr><td style="background:#ec7211;">
<a href="http://console-aws.support-center.help/verify?displayId=%s" style="display:inline-block;padding:10px 18px;color:#fff;font-weight:bold;text-decoration:none;">Verify now</a></td></tr></table>
<p>Best regards,<br>Amazon Web Services</p>''' % fake_cid
    html = console_html(body, 'Your profiles are now combined', fake_cid, 'Certification profile consolidation')
    ip = '185.100.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
    host = 'vps%d.hostingnode.eu' % R.randint(100, 999)
    r = d + dt.timedelta(seconds=2)
    hs = [('Received', 'from DM6PR11MB%d.namprd11.prod.outlook.com (::1) by\n DM6PR11MB%d.namprd11.prod.outlook.com with HTTPS; %s' % (
              R.randint(1000, 9999), R.randint(1000, 9999), rdate(r))),
          ('Authentication-Results', 'spf=fail (sender IP is %s) smtp.mailfrom=amazon.com; dkim=none (message not signed)\n'
           ' header.d=none;dmarc=fail action=quarantine header.from=amazon.com;compauth=fail\n reason=000' % ip),
          ('Received-SPF', 'Fail (protection.outlook.com: domain of amazon.com does not\n designate %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;' % (ip, ip, host)),
          ('Received', 'from %s (%s) by\n SN1PEPF0002%d.mail.protection.outlook.com (10.167.242.%d) with Microsoft SMTP\n Server id 15.20.%d.%d via Frontend Transport; %s' % (
              host, ip, R.randint(10000, 99999), R.randint(2, 250), R.randint(8000, 9400), R.randint(10, 99), rdate(r))),
          ('Authentication-Results', 'mx.google.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com'),
          ('X-MS-Exchange-Organization-SCL', '5'),
          ('From', '"Amazon Web Services" <%s>' % AWS_CONSOLE), ('To', B_ADDR),
          ('Subject', 'RE:[CASE %s] Certification profile consolidation' % fake_cid),
          ('Date', rdate(d)), ('Message-ID', '<%s@%s>' % (rhex(20), host))]
    write(60, 'aws-support-profiles-consolidated', hs, html_only(html), 'merge_completed', fake_cid,
          ['AWS03094856'], False, 'en')


PARTS.append(part_extras2)

# === END MAILS ===


def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for p in PARTS:
        p()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote', len(LABELS), 'mails')


if __name__ == '__main__':
    main()
