#!/usr/bin/env python3
"""Generator for blind set 245: Japanese-desk AWS Certification account-merge mail.

Writes NNN-description.eml files and labels.json into this folder.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import re
import unicodedata
from email.message import Message
from email.header import Header
from email.generator import BytesGenerator
from email import policy as _policy
import io

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(245)
MAILS = []   # (fname, Message, label)

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')


# ---------------------------------------------------------------- utilities
def T(s):
    """'YYYY-MM-DD HH:MM:SS' in UTC -> aware datetime."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=UTC)


def rfc(d, tz=UTC, paren=None):
    d = d.astimezone(tz)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    s = d.strftime('%a, %d %b %Y %H:%M:%S ') + '%s%02d%02d' % (sign, mins // 60, mins % 60)
    if paren:
        s += ' (%s)' % paren
    return s


def pacific(d):
    # crude DST: Mar 10 - Nov 3
    md = (d.month, d.day)
    if (3, 10) <= md < (11, 3):
        return dt.timezone(dt.timedelta(hours=-7)), 'PDT'
    return dt.timezone(dt.timedelta(hours=-8)), 'PST'


def gtime(d):
    tz, name = pacific(d)
    return rfc(d, tz, name)


def case15(opened):
    return '%d%05d' % (int(opened.timestamp()), R.randrange(0, 99999))


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ralnum(n, chars='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(chars) for _ in range(n))


def b64blob(n):
    raw = bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def ses_id(d, region='email'):
    ms = int(d.timestamp() * 1000)
    pre = {'email': '0100', 'us-west-2': '0101', 'ap-northeast-1': '0106'}[region]
    dom = 'email.amazonses.com' if region == 'email' else '%s.amazonses.com' % region
    return '<%s%012x-%s-%s-%s-%s-%s-000000@%s>' % (
        pre, ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), dom)


_LAST_SES = {}


def ses_bounce(d, region='email'):
    mid = ses_id(d, region)
    _LAST_SES['mid'] = mid
    return mid.strip('<>').split('@')[0] + '@' + (
        'amazonses.com' if region == 'email' else '%s.amazonses.com' % region)


def ses_mid(d, region='email'):
    return _LAST_SES.pop('mid', None) or ses_id(d, region)


def enc(text, charset='utf-8', name='Subject', maxlen=76):
    """Encoded-word header value (folded), or plain if ASCII."""
    if all(ord(c) < 128 for c in text):
        return text
    return Header(text, charset, header_name=name, maxlinelen=maxlen).encode()


def addr(name, a, charset='utf-8'):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, a)
        return '%s <%s>' % (name, a)
    return '%s <%s>' % (Header(name, charset).encode(), a)


def fold_b64(s, width=76):
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width)) + '\n'


def dkim(d, s, h, when, bh=None, i=None, c='relaxed/simple'):
    t = int(when.timestamp())
    v = 'v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n' % (c, s, d, t)
    if i:
        v += '\ti=%s;\n' % i
    v += '\th=%s;\n' % h
    v += '\tbh=%s;\n' % (bh or b64blob(32))
    blob = b64blob(192)
    v += '\tb=' + '\n\t '.join(blob[k:k + 70] for k in range(0, len(blob), 70))
    return v


SES_H = ('Content-Type:From:To:Subject:Message-ID:Date:MIME-Version:'
         'Content-Transfer-Encoding:Feedback-ID')
AMZ_SEL = 'zb4cxc2ssqmhbyu3b4zvbd5dqf2gvlnn'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def amazon_dkims(when):
    return [('DKIM-Signature', dkim('amazon.com', AMZ_SEL, SES_H, when)),
            ('DKIM-Signature', dkim('amazonses.com', SES_SEL, SES_H, when))]


# ---------------------------------------------------------------- body parts
def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable',
         codec=None, label=None, crlf=True, extra_ct=''):
    codec = codec or charset
    src = text.replace('\r\n', '\n')
    if crlf and cte in ('base64', 'quoted-printable'):
        src = src.replace('\n', '\r\n')
    b = src.encode(codec)
    m = Message()
    m['Content-Type'] = 'text/%s; charset="%s"%s' % (subtype, label or charset, extra_ct)
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = fold_b64(base64.b64encode(b).decode())
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(b).decode('ascii').replace('\r\n', '\n').replace('=0D\n', '\n')
        payload = payload.replace('\r', '')
    elif cte == '7bit':
        payload = b.decode('ascii')
    else:  # 8bit
        payload = b.decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    return m


def alt(*parts, boundary=None, sub='alternative'):
    m = Message()
    bnd = boundary or ('----=_Part_%d_%d.%d' % (R.randrange(10**5, 10**6), R.randrange(10**8, 10**9), R.randrange(10**12, 10**13)))
    m['Content-Type'] = 'multipart/%s; \n\tboundary="%s"' % (sub, bnd)
    m.set_payload(list(parts))
    m.set_boundary(bnd)
    return m


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def linkify(s):
    return re.sub(r'(https?://[^\s<>"]+)', r'<a href="\1">\1</a>', s)


def html_simple(text, font='Meiryo, sans-serif'):
    body = '<br>\n'.join(linkify(esc(l)) for l in text.split('\n'))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body>\n<div style="font-family: %s; font-size: 14px;">\n%s\n</div>\n</body>\n</html>\n' % (font, body))


def html_aws(text, lang='ja', header='Amazon Web Services'):
    paras = text.strip('\n').split('\n\n')
    ps = '\n'.join('<p style="margin:0 0 14px 0;">%s</p>' % '<br>\n'.join(linkify(esc(l)) for l in p.split('\n')) for p in paras)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:#f2f3f3;">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f3f3;">\n'
            '<tr><td align="center" style="padding:24px 8px;">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:\'Amazon Ember\',\'Hiragino Kaku Gothic ProN\',Meiryo,Arial,sans-serif;font-size:14px;color:#16191f;">\n'
            '<tr><td style="background:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60" style="display:block;"></td></tr>\n'
            '<tr><td style="padding:24px;">\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>\n'
            '</table>\n</td></tr>\n</table>\n</body>\n</html>\n') % (lang, header, ps)


def quote(text, prefix='> '):
    out = []
    for l in text.split('\n'):
        if l.startswith('>'):
            out.append(prefix + l)
        else:
            out.append((prefix + l).rstrip() if l else prefix.rstrip())
    return '\n'.join(out)


# ---------------------------------------------------------------- routes
def route_gmail(to, src_host, src_ip, env_from, when, ar, arc=True, extra=None):
    """Headers of a mail delivered to Gmail. ar: the Authentication-Results value or None."""
    g1 = when + dt.timedelta(seconds=R.randrange(1, 4))
    h = [('Delivered-To', to),
         ('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
          % (rhex(4), rhex(3), rhex(3), rhex(4), ralnum(6), gtime(g1 + dt.timedelta(seconds=1)))),
         ('X-Google-Smtp-Source', 'AGHT+I' + b64blob(60)[:86]),
         ('X-Received', 'by 2002:a05:6214:%s:b0:6f8:%s:%s with SMTP id %s.%d.%d;\n        %s'
          % (rhex(4), rhex(3), rhex(3), ralnum(12), R.randrange(10**11), R.randrange(10**12), gtime(g1)))]
    if arc and ar:
        h += [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(g1.timestamp()), b64blob(120))),
              ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:date:message-id:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (b64blob(32), b64blob(32), b64blob(120))),
              ('ARC-Authentication-Results', 'i=1; ' + ar)]
    h += [('Return-Path', '<%s>' % env_from),
          ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%04d.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
           % (src_host, src_host, src_ip, rhex(12), ralnum(16), R.randrange(100, 999), g1.year, g1.month, g1.day,
              g1.astimezone(pacific(g1)[0]).hour, g1.minute, g1.second, to, gtime(g1))),
          ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
           % (env_from, src_ip, src_ip))]
    if ar:
        h.append(('Authentication-Results', ar))
    return h + (extra or [])


def ar_google(dkims, spf_from, ip, dmarc='pass', hfrom='amazon.com', pol='QUARANTINE', spf='pass'):
    lines = ['mx.google.com;']
    for d, s in dkims:
        lines.append('       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (
            'pass' if not d.startswith('!') else 'fail', d.lstrip('!'), s, b64blob(6)[:8]))
    lines.append('       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s%s'
                 % (spf, spf_from, 'designates' if spf == 'pass' else 'does not designate', ip,
                    spf_from.split('@')[-1] if '@' not in spf_from else spf_from, ';' if dmarc else ''))
    if dmarc:
        lines.append('       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            dmarc, pol, pol, 'NONE' if dmarc == 'pass' else pol, hfrom))
    return '\n'.join(lines)


def route_outlook(to, src_host, src_ip, env_dom, when, ar, tenant='jpnprd01', extra=None):
    """Microsoft 365 / Outlook.com delivery. ar: A-R value (no authserv-id) or None."""
    t1 = when + dt.timedelta(seconds=R.randrange(1, 3))
    box = 'TY%sPR01MB%04d' % (R.choice(['C', 'W', '3', 'Y']), R.randrange(1000, 9999))
    fe = 'TYCP286CA%04d' % R.randrange(1, 9999)
    eop = 'OS1PEPF0000%04d' % R.randrange(1000, 9999)
    h = [('Received', 'from %s.%s.prod.outlook.com (2603:1096:400:%s::%d) by\n OS3PR01MB%04d.%s.prod.outlook.com with HTTPS; %s'
          % (box, tenant, rhex(3), R.randrange(2, 20), R.randrange(1000, 9999), tenant, rfc(t1 + dt.timedelta(seconds=2)))),
         ('Received', 'from %s.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:%s::%d) by\n %s.%s.prod.outlook.com (2603:1096:400:%s::%d) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8989.%d; %s'
          % (fe, rhex(3), R.randrange(2, 40), box, tenant, rhex(3), R.randrange(2, 20), R.randrange(10, 40), rfc(t1 + dt.timedelta(seconds=1)))),
         ('Received', 'from %s.apcprd02.prod.outlook.com\n (2603:1096:400:%s:cafe::%s) by %s.outlook.office365.com\n (2603:1096:400:%s::%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8989.%d via Frontend Transport; %s'
          % (eop, rhex(3), rhex(2), fe, rhex(3), R.randrange(2, 40), R.randrange(10, 40), rfc(t1 + dt.timedelta(seconds=1))))]
    if ar:
        h.append(('Authentication-Results', ar))
    h += [('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (env_dom, src_ip, src_ip, src_host)),
          ('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.240.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8989.%d via\n Frontend Transport; %s'
           % (src_host, src_ip, eop, R.randrange(2, 250), R.randrange(10, 40), rfc(t1)))]
    return h + (extra or [])


def ar_ms(ip, mailfrom, dkim_doms, dmarc='pass', hfrom='amazon.com', action='none', compauth='pass reason=100', spf='pass'):
    parts = ['spf=%s (sender IP is %s)\n smtp.mailfrom=%s;' % (spf, ip, mailfrom)]
    for d in dkim_doms:
        if d.startswith('!'):
            parts.append(' dkim=fail (signature did not verify)\n header.d=%s;' % d[1:])
        elif d == 'none':
            parts.append(' dkim=none (message not signed)\n header.d=none;')
        else:
            parts.append(' dkim=pass (signature was verified)\n header.d=%s;' % d)
    parts.append('dmarc=%s action=%s header.from=%s;compauth=%s' % (dmarc, action, hfrom, compauth))
    return ''.join(parts)


def route_jp(to, mx, src_host, src_ip, env_from, when, ar, extra=None, tz=JST):
    """Delivery through a Japanese ISP/host. ar: value with authserv-id, or None."""
    t1 = when + dt.timedelta(seconds=R.randrange(1, 5))
    h = [('Return-Path', '<%s>' % env_from),
         ('Delivered-To', to)]
    h += [('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
           % (mx, mx, ralnum(10, '0123456789ABCDEF'), to, rfc(t1 + dt.timedelta(seconds=1), tz)))]
    if ar:
        h.append(('Authentication-Results', ar))
    h += [('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s'
           % (src_host, src_host, src_ip, mx, ralnum(14), to, rfc(t1, tz)))]
    return h + (extra or [])


def ses_tail(when, region='email'):
    return [('Feedback-ID', '::1.%s.%s=:AmazonSES' % ('us-east-1' if region == 'email' else region, b64blob(30)[:43])),
            ('X-SES-Outgoing', '%s-54.240.%d.%d' % (when.strftime('%Y.%m.%d'), R.choice([8, 48, 27]), R.randrange(2, 250)))]


def ses_host():
    blk = R.choice([8, 48, 27])
    n = R.randrange(2, 250)
    return 'a%d-%d.smtp-out.amazonses.com' % (blk, n), '54.240.%d.%d' % (blk, n)


# ---------------------------------------------------------------- assembly
AWS_RE = re.compile(r'AWS[ \-]?(\d{8})(?!\d)', re.I)


def ids_in(text):
    t = unicodedata.normalize('NFKC', text)
    return sorted({'AWS' + m for m in AWS_RE.findall(t)})


def add(num, desc, headers, body, kind, case_id, new_text, verified, lang, ids=None):
    m = Message()
    for k, v in headers:
        m[k] = v
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    for k in ('Content-Type', 'Content-Transfer-Encoding'):
        if body.get(k):
            m[k] = body[k]
    m.set_payload(body._payload)
    if body.is_multipart():
        m.set_boundary(body.get_boundary())
    fname = '%03d-%s.eml' % (num, desc)
    label = {'kind': kind, 'case_id': case_id,
             'account_ids': ids if ids is not None else ids_in(new_text),
             'sender_verified': verified, 'language': lang}
    MAILS.append((fname, m, label))
    return m


def write_all():
    labels = {}
    for fname, m, label in MAILS:
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=_policy.compat32.clone(max_line_length=998)).flatten(m)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(buf.getvalue())
        labels[fname] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
    print('wrote', len(MAILS), 'mails')


# ================================================================= personas
AWS_FORM = 'aws-cs-trainingcertification-form@amazon.com'
AWS_NR = 'no-reply-aws@amazon.com'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# ---- thread A: form desk, keigo, Gmail, 15-digit
A_TO = 'kenta.tanaka.0412@gmail.com'
A_NAME = '田中 健太'
A_OPEN = T('2025-05-27 14:21:33')
A_CASE = case15(A_OPEN)
A_KEEP, A_OLD = 'AWS03817264', 'AWS05529108'


def aws_gmail_headers(to, when, subject, from_addr=AWS_FORM, from_name='Amazon Web Services',
                      region='email', dmarc='pass', extra_top=None):
    host, ip = ses_host()
    env = ses_bounce(when, region)
    ar = ar_google([('amazon.com', AMZ_SEL), ('amazonses.com', SES_SEL)], env, ip, dmarc=dmarc)
    h = (extra_top or []) + route_gmail(to, host, ip, env, when, ar)
    h += amazon_dkims(when)
    h += [('Date', rfc(when)),
          ('From', addr(from_name, from_addr)),
          ('To', to),
          ('Subject', subject),
          ('Message-ID', ses_mid(when, region)),
          ('MIME-Version', '1.0')]
    return h, ses_tail(when, region)


def aws_outlook_headers(to, when, subject, from_addr=AWS_NR, from_name='Amazon Web Services',
                        region='email', dmarc='pass', ar=None):
    host, ip = ses_host()
    ses_bounce(when, region)
    env_dom = 'amazonses.com' if region == 'email' else '%s.amazonses.com' % region
    if ar is None:
        ar = ar_ms(ip, env_dom, ['amazon.com', 'amazonses.com'], dmarc=dmarc)
    h = route_outlook(to, host, ip, env_dom, when, ar)
    h += [('X-MS-Exchange-Organization-ExpirationStartTime', rfc(when + dt.timedelta(seconds=2)).split(', ')[1][:-6]),
          ('X-MS-Exchange-Organization-Network-Message-Id', '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
          ('X-MS-Exchange-Organization-AuthSource', 'OS1PEPF0000%04d.apcprd02.prod.outlook.com' % R.randrange(1000, 9999)),
          ('X-MS-Exchange-Organization-AuthAs', 'Anonymous')]
    h += amazon_dkims(when)
    h += [('Date', rfc(when)),
          ('From', addr(from_name, from_addr)),
          ('To', to),
          ('Subject', subject),
          ('Message-ID', ses_mid(when, region)),
          ('MIME-Version', '1.0')]
    return h, ses_tail(when, region)


def aws_jp_headers(to, mx, authserv, when, subject, from_addr=AWS_FORM, from_name='Amazon Web Services',
                   region='email', ar='default', tz=JST):
    host, ip = ses_host()
    env = ses_bounce(when, region)
    if ar == 'default':
        ar = ('%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com header.s=%s;\n'
              '\tdkim=pass header.d=amazonses.com header.s=%s;\n\tdmarc=pass (p=quarantine dis=none) header.from=amazon.com'
              % (authserv, env.split('@')[1], AMZ_SEL, SES_SEL))
    h = route_jp(to, mx, host, ip, env, when, ar, tz=tz)
    h += amazon_dkims(when)
    h += [('Date', rfc(when)),
          ('From', addr(from_name, from_addr)),
          ('To', to),
          ('Subject', subject),
          ('Message-ID', ses_mid(when, region)),
          ('MIME-Version', '1.0')]
    return h, ses_tail(when, region)


def sig_form(name, lang='ja'):
    if lang == 'ja':
        return '%s\nAWS トレーニングと認定 カスタマーサポート\nAmazon Web Services' % name
    return 'Best regards,\n%s\nAWS Training and Certification Customer Support\nAmazon Web Services' % name


# ==== MAILS BEGIN
# ---------------------------------------------------------------- 001 A case_created (form desk ack, ja)
w = A_OPEN + dt.timedelta(seconds=41)
subj = enc('お問い合わせを受け付けました [CASE %s] AWS トレーニングと認定' % A_CASE, 'utf-8')
txt = """田中 健太 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース ID: %s
お問い合わせの種類: AWS Training and Certification
詳細: Account Merge
件名: 認定アカウントの統合について

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
同じ内容で新しいケースを作成されますと、お手続きが重複し対応が遅れる場合がございます。
追加の情報がございましたら、件名を変更せずに本メールへご返信ください。

※本メールはシステムより自動送信されています。

AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/training/
""" % A_CASE
h, tail = aws_gmail_headers(A_TO, w, subj, from_name='AWS Training and Certification')
add(1, 'form-desk-uketsuke', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_aws(txt), 'html', cte='quoted-printable')),
    'case_created', A_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 002 unrelated: billing console case (ja)
bopen = T('2025-05-20 05:48:10')
bcase = case15(bopen)
w = bopen + dt.timedelta(seconds=23)
txt = """Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース %(c)s をオープンいたしました。

ケース ID: %(c)s
件名: 請求書の宛名を会社名に変更したい
重要度: 一般的なガイダンス
サービス: アカウントおよび請求 (Billing)
カテゴリ: 請求書

AWS アカウント ID: 482910375561

ケースの詳細を確認したり、返信したりするには、次のリンクから AWS サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=ja

このメールアドレスでは返信を受け付けておりません。ケースへの返信は AWS サポートセンターから行ってください。

よろしくお願いいたします。
Amazon Web Services
""" % {'c': bcase}
h, tail = aws_gmail_headers(A_TO, w, 'Amazon Web Services: You have opened a new Support case: %s' % bcase, from_addr=AWS_NR)
add(2, 'console-billing-case', h + tail,
    alt(leaf(txt, cte='base64'), leaf(html_aws(txt), 'html', cte='base64')),
    'unrelated', bcase, txt, True, 'ja')

# ---------------------------------------------------------------- 003 A support_reply: which account to keep, login mails
w = T('2025-05-28 01:12:09')
A_SUBJ = 'RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ)
new = """田中 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
カスタマーサポート担当の中島と申します。

認定アカウントの統合のご依頼について、承知いたしました。
お手続きを進めるにあたり、恐れ入りますが以下の点をご教示いただけますでしょうか。

1. 統合後に残すアカウント（存続アカウント）の AWS 認定受験者 ID
2. 各アカウントのログイン用 E メールアドレス
3. 各アカウントに登録されている通知用 E メールアドレス（ログイン用と異なる場合のみ）

なお、お知らせいただいた ID のうち aws05529108 は、以前のご勤務先のドメインで登録されているようでございます。
現在もそのアドレスでメールを受信できるかどうかも、あわせてお知らせいただけますと幸いです。

お手数をおかけいたしますが、本メールにご返信くださいますようお願い申し上げます。

""" + sig_form('中島') + '\n'
hist = """
---------- 元のお問い合わせ ----------
送信日時: 2025/05/27 23:21
お名前: 田中 健太
E メール: kenta.tanaka.0412@gmail.com
AWS 認定受験者 ID: AWS03817264
お問い合わせの種類: Certification
詳細: Account Merge
お問い合わせ内容:
転職に伴い、認定のアカウントが 2 つに分かれてしまいました（AWS03817264 と AWS05529108）。
1 つにまとめていただくことは可能でしょうか。
"""
txt = new + hist
h, tail = aws_gmail_headers(A_TO, w, A_SUBJ)
add(3, 'form-desk-kakunin-jiko', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt), 'html', cte='quoted-printable')),
    'support_reply', A_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 004 unrelated: Pearson VUE appointment (ja)
w = T('2025-05-29 03:30:51')
txt = """田中 健太 様

この度はピアソン VUE をご利用いただき、誠にありがとうございます。
以下の内容で試験のご予約を承りました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional（日本語）
受験日時: 2025年6月21日(土) 13:30 JST
会場: オンライン監督付き試験 (OnVUE)
登録 ID: 512480337
受験者 ID: AWS03817264

受験当日は、予約時刻の 30 分前からチェックインが可能です。
システムテストを事前に実施してください: https://home.pearsonvue.com/aws/onvue

予約の変更・キャンセルは、受験日時の 24 時間前までに AWS 認定アカウントから行ってください。

ピアソン VUE カスタマーサービス
"""
host, ip = 'mail-pearson-east.pearson.com', '159.182.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
ar = ar_google([('pearson.com', 'selector1')], 'bounce@pearson.com', ip, hfrom='pearson.com', pol='REJECT')
h = route_gmail(A_TO, host, ip, 'bounce@pearson.com', w, ar)
h += [('DKIM-Signature', dkim('pearson.com', 'selector1', 'From:To:Subject:Date:Message-ID:Content-Type', w)),
      ('Date', rfc(w)),
      ('From', 'Pearson VUE <pearsonvuecustomerservice@pearson.com>'),
      ('To', addr(A_NAME, A_TO)),
      ('Subject', enc('ご予約の確認 - AWS Certified Solutions Architect - Professional', 'utf-8')),
      ('Message-ID', '<%s.JavaMail.vueprod@pvmail%02d.pearsonvue.com>' % (R.randrange(10**9), R.randrange(1, 20))),
      ('MIME-Version', '1.0')]
add(4, 'pearson-vue-yoyaku', h,
    alt(leaf(txt, cte='base64'), leaf(html_simple(txt, 'Arial, sans-serif'), 'html', cte='base64')),
    'unrelated', None, txt, False, 'ja')

# ---------------------------------------------------------------- 005 A merge_confirmation_requested (keigo)
w = T('2025-05-29 00:40:27')
new = """田中 健太 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの中島でございます。

ご回答いただき、ありがとうございました。
いただいた情報をもとに確認いたしましたところ、統合の対象となるアカウントは以下のとおりです。

　■ 統合元（統合後に無効となるアカウント）
　　AWS 認定受験者 ID: AWS05529108
　　ログイン E メール: k.tanaka@hoshizora-soft.co.jp

　■ 統合先（統合後も存続するアカウント）
　　AWS 認定受験者 ID: AWS03817264
　　ログイン E メール: kenta.tanaka.0412@gmail.com

統合後は、統合元アカウントで取得された認定資格、受験履歴、および特典（50% 割引バウチャー等）が
統合先アカウントへ移行されます。
なお、一度実施した統合は元に戻すことができませんので、あらかじめご了承くださいませ。

上記の内容でお間違いがなければ、本メールにご返信いただき、統合の実施についてご承諾いただけますでしょうか。
ご承諾のご連絡を確認次第、お手続きを進めさせていただきます。

何卒よろしくお願い申し上げます。

""" + sig_form('中島') + '\n'
user = """中島様

ご連絡ありがとうございます。田中です。

1. 残したいのは AWS03817264 です。
2. ログインメール
   AWS03817264 → kenta.tanaka.0412@gmail.com
   AWS05529108 → k.tanaka@hoshizora-soft.co.jp
3. 通知用も同じです。旧アドレス（hoshizora-soft）はすでに退職しているため受信できません。

よろしくお願いいたします。
田中"""
hist = '\n-----Original Message-----\nFrom: 田中健太 <kenta.tanaka.0412@gmail.com>\nSent: Wednesday, May 28, 2025 1:58 PM\nTo: aws-cs-trainingcertification-form@amazon.com\nSubject: Re: %s\n\n%s\n\n2025年5月28日(水) 10:12 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n%s\n' % (
    A_SUBJ, user, quote('田中 健太 様\n\nAWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\nカスタマーサポート担当の中島と申します。\n\n認定アカウントの統合のご依頼について、承知いたしました。\n（中略）\nなお、お知らせいただいた ID のうち aws05529108 は、以前のご勤務先のドメインで登録されているようでございます。'))
txt = new + hist
h, tail = aws_gmail_headers(A_TO, w, A_SUBJ)
add(5, 'form-desk-tougou-kakunin', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt), 'html', cte='quoted-printable')),
    'merge_confirmation_requested', A_CASE, new, True, 'ja')
A_CONFIRM_Q = new

# ---------------------------------------------------------------- 006 A support_reply: thanks for confirming, will proceed
w = T('2025-05-29 23:05:44')
new = """田中 健太 様

ご返信いただき、ありがとうございます。
統合内容についてご承諾いただきましたこと、確かに承りました。

これより担当部署にて統合作業を開始いたします。
作業が完了しましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。
なお、作業中は認定アカウントへのログインや試験の予約が一時的にできなくなる場合がございます。

引き続きよろしくお願いいたします。

""" + sig_form('中島') + '\n'
user = """中島様

ご確認ありがとうございます。
内容に相違ありません。統合を進めてください。
The details are correct. Please proceed with the merge.

田中"""
hist = '\n2025年5月29日(木) 19:33 田中健太 <kenta.tanaka.0412@gmail.com>:\n%s\n' % quote(
    user + '\n\n2025年5月29日(木) 9:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n' + quote(A_CONFIRM_Q.strip()))
txt = new + hist
h, tail = aws_gmail_headers(A_TO, w, A_SUBJ)
add(6, 'form-desk-shounin-uketamawari', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt), 'html', cte='quoted-printable')),
    'support_reply', A_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 007 A merge_completed
w = T('2025-05-30 06:18:02')
new = """田中 健太 様

大変お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの中島でございます。

ご依頼いただいておりました認定アカウントの統合が完了いたしました。
AWS05529108 で取得された認定資格および受験履歴は、すべて AWS03817264 に移行済みです。
今後は kenta.tanaka.0412@gmail.com で AWS 認定アカウントにサインインしてください。

お手数ですが、以下の点をご確認いただけますでしょうか。
・認定アカウントの「認定」ページに、すべての認定資格が表示されていること
・特典ページの 50% 割引バウチャーが引き継がれていること
・Credly のデジタルバッジ（移行には数日かかる場合がございます）

ご不明な点がございましたら、本メールにご返信ください。
このたびはご不便をおかけいたしました。今後とも AWS トレーニングと認定をよろしくお願いいたします。

""" + sig_form('中島') + '\n'
txt = new
h, tail = aws_gmail_headers(A_TO, w, A_SUBJ)
add(7, 'form-desk-tougou-kanryou', h + tail,
    alt(leaf(txt, cte='base64'), leaf(html_simple(txt), 'html', cte='base64')),
    'merge_completed', A_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 008 A survey (closure + rating)
w = T('2025-05-30 06:18:40')
txt = """田中 健太 様

ケース %(c)s はクローズされました。
AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

サービス向上のため、今回の対応についてご意見をお聞かせください。

問題は解決しましたか？
はい: https://survey.training.aws/r/%(t)s?c=%(c)s&a=yes
いいえ: https://survey.training.aws/r/%(t)s?c=%(c)s&a=no

アンケートの所要時間は 1 分程度です。いただいたご意見は、担当者の対応品質の改善に活用いたします。

※このメールは送信専用です。ご返信いただいてもお答えできません。
AWS トレーニングと認定
""" % {'c': A_CASE, 't': rhex(24)}
html = html_aws(txt).replace('はい: https', '<a style="display:inline-block;background:#ec7211;color:#fff;padding:8px 20px;border-radius:2px;text-decoration:none;" href="https').replace('&amp;a=yes</a>', '&amp;a=yes">はい</a>')
h, tail = aws_gmail_headers(A_TO, w, enc('ケース %s はクローズされました - ご意見をお聞かせください' % A_CASE, 'utf-8'),
                            from_addr='no-reply@training.amazon.com', from_name='AWS Training and Certification')
add(8, 'case-close-anketo', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable')),
    'survey', A_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 009 A credly badge (English)
w = T('2025-06-01 11:02:17')
txt = """Hi Kenta,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Developer - Associate

Accept your badge to start sharing it with your network, add it to your email signature, and showcase it on your LinkedIn profile.

Accept your badge:
https://www.credly.com/earner/earned/badge/%s

Why accept your badge?
Earners who share their badges are up to 2x more likely to be contacted by recruiters.

Questions? Visit https://support.credly.com

Credly, Inc. | 1 Penn Plaza, Suite 2530, New York, NY 10119
Unsubscribe: https://www.credly.com/notification_settings
""" % ('%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)))
ip = '149.72.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
env = 'bounces+%d-%s-%s=gmail.com@em.credly.com' % (R.randrange(10**6, 10**7), rhex(4), A_TO.split('@')[0])
ar = ar_google([('credly.com', 's1'), ('sendgrid.info', 'smtpapi')], env, ip, hfrom='credly.com', pol='NONE')
h = route_gmail(A_TO, 'o1.em.credly.com', ip, env, w, ar)
h += [('DKIM-Signature', dkim('credly.com', 's1', 'from:subject:mime-version:content-type:to:cc', w, c='relaxed/relaxed')),
      ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', 'from:subject:mime-version:content-type:to:cc', w, c='relaxed/relaxed')),
      ('Date', rfc(w)),
      ('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
      ('Reply-To', 'support@credly.com'),
      ('To', A_TO),
      ('Subject', 'Amazon Web Services Training and Certification has issued you a new badge'),
      ('Message-ID', '<%s@geopod-ismtpd-%d>' % (b64blob(16).replace('/', '_').replace('+', '-').rstrip('='), R.randrange(1, 40))),
      ('MIME-Version', '1.0')]
add(9, 'credly-badge-en', h,
    alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(html_simple(txt, 'Helvetica, Arial, sans-serif'), 'html', cte='quoted-printable')),
    'credly_badge_issued', None, txt, True, 'en')

# ---------------------------------------------------------------- 010 B case_created (console, Outlook 365)
B_TO = 'm-sato@kosmo-systems.co.jp'
B_OPEN = T('2025-09-09 01:05:12')
B_CASE = case15(B_OPEN)
B_KEEP, B_OLD = 'AWS07261935', 'AWS02948371'
w = B_OPEN + dt.timedelta(seconds=19)
txt = """Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース %(c)s をオープンいたしました。

ケース ID: %(c)s
件名: [T&C] 認定アカウントの統合依頼 (Account Merge)
重要度: 一般的なガイダンス
内容:
お世話になっております。コスモシステムズの佐藤と申します。
AWS 認定のアカウントが 2 つ存在するため、統合をお願いしたく存じます。
残したいアカウント: %(k)s（m-sato@kosmo-systems.co.jp）
統合したいアカウント: %(o)s（misaki.sato.88@gmail.com）
よろしくお願いいたします。

ケースの詳細の確認やケースへの返信は、次のリンクから AWS サポートセンターで行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=ja

このメールには返信しないでください。このアドレスでは返信を受け付けていません。

よろしくお願いいたします。
Amazon Web Services
""" % {'c': B_CASE, 'k': B_KEEP, 'o': B_OLD}
h, tail = aws_outlook_headers(B_TO, w, 'Amazon Web Services: You have opened a new Support case: %s' % B_CASE)
add(10, 'console-case-open-outlook', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_aws(txt), 'html', cte='quoted-printable')),
    'case_created', B_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 011 B support_reply: new correspondence notice
w = T('2025-09-10 02:31:47')
txt = """Amazon Web Services をご利用いただき、ありがとうございます。

ケース %(c)s に新しい通信が追加されました。

件名: [T&C] 認定アカウントの統合依頼 (Account Merge)

ケースの詳細を確認し、返信するには、次のリンクから AWS サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=ja

※このメールアドレスでは返信を受け付けておりません。

Amazon Web Services
""" % {'c': B_CASE}
h, tail = aws_outlook_headers(B_TO, w, '[Case %s] New correspondence added' % B_CASE)
add(11, 'console-new-correspondence', h + tail,
    alt(leaf(txt, cte='base64'), leaf(html_aws(txt), 'html', cte='base64')),
    'support_reply', B_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 012 B merge_confirmation_requested (console agent)
w = T('2025-09-10 02:31:40')
B_SUBJ = enc('RE:[CASE %s] [T&C] 認定アカウントの統合依頼 (Account Merge)' % B_CASE, 'utf-8')
new = """佐藤 様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定サポートの木村です。

ご依頼の件、以下の内容でアカウントの統合を行う予定です。実施前に内容をご確認ください。

  統合先（存続するアカウント）: %(k)s / m-sato@kosmo-systems.co.jp
  統合元（統合後に削除）　　　: %(o)s / misaki.sato.88@gmail.com

統合を実施すると、%(o)s に紐づく認定資格、試験履歴、バウチャーは %(k)s に移され、%(o)s にはサインインできなくなります。
この操作は取り消しできませんのでご注意ください。

内容に問題がなければ、サポートセンターから本ケースに「上記内容で統合に同意します」とご返信ください。
統合先を逆にしたい場合（Gmail 側のアカウントを残したい場合など）も、その旨をお知らせください。

よろしくお願いいたします。

Best regards,
木村 (Kimura)
Amazon Web Services
===================================================

このやり取りについて評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%(e)s&displayId=%(c)s&language=ja

ケースを表示または返信するには、次のリンクをクリックしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=ja

*注意: このメールアドレスでは返信を受け付けていません。ケースへの返信は、上記のリンクから AWS サポートセンターで行ってください。
""" % {'c': B_CASE, 'k': B_KEEP, 'o': B_OLD, 'e': rhex(32)}
h, tail = aws_outlook_headers(B_TO, w, B_SUBJ)
add(12, 'console-agent-tougou-doui', h + tail,
    alt(leaf(new, cte='quoted-printable'), leaf(html_aws(new), 'html', cte='quoted-printable')),
    'merge_confirmation_requested', B_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 013 unrelated: CertMetrics recertification (en)
w = T('2025-09-03 16:20:05')
txt = """Dear Misaki Sato,

Congratulations! You have successfully recertified your AWS Certified Cloud Practitioner certification.

Candidate ID: %s
Certification: AWS Certified Cloud Practitioner
Validation Number: 7XQ2RM1K5BEP3C9W
Expiration Date: September 02, 2028

Your digital badge will be issued through Credly. You can download your certificate and view your benefits in your AWS Certification Account:
https://www.aws.training/Certification

Thank you for your commitment to AWS Certification.

AWS Training and Certification

This email was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this message.
""" % B_KEEP
ip = '40.92.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
ar = ar_ms(ip, 'certmetrics.com', ['certmetrics.com'], hfrom='certmetrics.com')
h = route_outlook(B_TO, 'mail-%s.outbound.certmetrics.com' % rhex(4), ip, 'certmetrics.com', w, ar)
h += [('DKIM-Signature', dkim('certmetrics.com', 'cm1', 'From:To:Subject:Date:Message-ID', w, c='relaxed/relaxed')),
      ('Date', rfc(w, dt.timezone(dt.timedelta(hours=-6)))),
      ('From', 'AWS Certification <do-not-reply@certmetrics.com>'),
      ('To', 'Misaki Sato <%s>' % B_TO),
      ('Subject', 'Congratulations on recertifying your AWS Certification'),
      ('Message-ID', '<%s@certmetrics.com>' % '-'.join([rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)])),
      ('MIME-Version', '1.0')]
add(13, 'certmetrics-recert-en', h,
    alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(html_simple(txt, 'Arial'), 'html', charset='us-ascii', cte='quoted-printable')),
    'unrelated', None, txt, False, 'en')

# ---------------------------------------------------------------- 014 B merge_completed (console)
w = T('2025-09-11 07:52:13')
new = """佐藤 様

ご返信ありがとうございました。木村です。

ご同意いただいた内容のとおり、%(o)s を %(k)s に統合する作業が完了しました。
今後は %(k)s（m-sato@kosmo-systems.co.jp）で AWS 認定アカウントにサインインしてください。%(o)s は無効化されています。

認定資格の一覧に不足がないか、念のためご確認をお願いいたします。
Credly のバッジは統合先のメールアドレス宛てに再発行されますので、届きましたら「Accept」してください。

ほかにご不明な点がございましたら、本ケースにご返信ください。

Best regards,
木村 (Kimura)
Amazon Web Services
===================================================

このやり取りについて評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%(e)s&displayId=%(c)s&language=ja

ケースを表示または返信するには、次のリンクをクリックしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=ja

*注意: このメールアドレスでは返信を受け付けていません。ケースへの返信は、上記のリンクから AWS サポートセンターで行ってください。
""" % {'c': B_CASE, 'k': B_KEEP, 'o': B_OLD, 'e': rhex(32)}
h, tail = aws_outlook_headers(B_TO, w, B_SUBJ)
add(14, 'console-agent-kanryou', h + tail,
    alt(leaf(new, cte='quoted-printable'), leaf(html_aws(new), 'html', cte='quoted-printable')),
    'merge_completed', B_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 015 B survey (case resolved, HTML-only)
w = T('2025-09-12 08:00:31')
txt = """Amazon Web Services をご利用いただき、ありがとうございます。

ケース %(c)s は「解決済み」になりました。
件名: [T&C] 認定アカウントの統合依頼 (Account Merge)

問題が解決していない場合は、14 日以内であれば AWS サポートセンターからケースを再オープンできます。

今回のサポートはいかがでしたか? 1 分程度のアンケートにご協力ください。
問題は解決しましたか?
はい https://console.aws.amazon.com/support/feedback?displayId=%(c)s&resolved=true&language=ja
いいえ https://console.aws.amazon.com/support/feedback?displayId=%(c)s&resolved=false&language=ja

Amazon Web Services
""" % {'c': B_CASE}
h, tail = aws_outlook_headers(B_TO, w, 'Amazon Web Services: Your Support case %s has been resolved' % B_CASE)
add(15, 'console-resolved-html', h + tail,
    leaf(html_aws(txt), 'html', cte='quoted-printable'),
    'survey', B_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 016 C case_created (machine-translated, ISO-2022-JP, nifty)
C_TO = 'daisuke.suzuki@nifty.com'
C_CASE = '10438275061'
C_KEEP, C_OLD = 'AWS01193847', 'AWS04426610'
w = T('2022-06-14 02:10:44')
txt = """鈴木大輔様、

AWSトレーニングと認定にお問い合わせいただきありがとうございます。 あなたのケースは作成されました。

ケースID：10438275061
件名：アカウントのマージ（Account Merge）

私たちのチームはあなたのリクエストをレビューし、24時間以内にあなたに戻ります。 このメールに返信することで、追加の情報を提供することができます。 同じ問題のために新しいケースを開かないでください、それは応答を遅らせる可能性があります。

よろしく、
AWSトレーニングと認定チーム
"""
subj = enc('[CASE 10438275061] あなたのケースは作成されました', 'iso-2022-jp')
h, tail = aws_jp_headers(C_TO, 'mta-pmx-a03.mail.nifty.com', 'mx.nifty.com', w, subj)
add(16, 'mt-case-sakusei-iso2022jp', h + tail,
    leaf(txt, charset='iso-2022-jp', cte='7bit'),
    'case_created', C_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 017 C support_reply (MT, working on it)
w = T('2022-06-15 09:44:12')
C_SUBJ = 'RE:[CASE 10438275061] [AWS Training and Certification Form Submission] - account-assistance'
txt = """こんにちは大輔、

あなたの忍耐に感謝します。 私はあなたのケースに取り組んでいる、AWSトレーニングと認定からのアンナです。

あなたのアカウントをマージするためのあなたの要求が、私たちの内部チームにエスカレーションされたことを知らせたいと思います。 現在、私たちはあなたの2つのアカウントの情報を確認しています。 これは通常3-5営業日かかります。

私たちが更新を持つとすぐに、私はあなたに連絡します。 その間、あなたは何もする必要はありません。

よろしくお願いします、
アンナ
AWSトレーニングと認定
"""
h, tail = aws_jp_headers(C_TO, 'mta-pmx-a03.mail.nifty.com', 'mx.nifty.com', w, C_SUBJ)
add(17, 'mt-escalation-update', h + tail,
    leaf(txt, cte='base64'),
    'support_reply', C_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 018 C merge_confirmation_requested (MT, Thunderbird quote)
w = T('2022-06-17 05:03:29')
new = """こんにちは大輔、

待っていただきありがとうございます。 私たちはあなたのアカウントを確認しました。 以下のアカウントをマージする前に、あなたの確認が必要です。

残るアカウント（Surviving account）：AWS01193847 - daisuke.suzuki@nifty.com
マージされるアカウント：AWS04426610 - d_suzuki@tech-minato.co.jp

マージが行われた後、アカウントAWS04426610は無効になり、このアクションは元に戻すことはできません。 上記の情報が正しい場合は、このメールに「はい、マージを確認します」と返信してください。

よろしくお願いします、
アンナ
AWSトレーニングと認定
"""
user = """アンナ様

お世話になっております。鈴木です。
先日お伝えしたとおり、残したいのはniftyのアドレスのほうです。
念のため受験者IDを再送します。
AWS01193847（nifty）
AWS04426610（旧勤務先）

以上、よろしくお願いいたします。"""
hist = '\n\nOn 2022/06/16 21:05, 鈴木大輔 <daisuke.suzuki@nifty.com> wrote:\n' + quote(user + '\n\n' + '2022/06/15 18:44 に Amazon Web Services さんは書きました:\n' + quote('こんにちは大輔、\n\nあなたの忍耐に感謝します。 私はあなたのケースに取り組んでいる、AWSトレーニングと認定からのアンナです。'))
txt = new + hist + '\n'
h, tail = aws_jp_headers(C_TO, 'mta-pmx-a03.mail.nifty.com', 'mx.nifty.com', w, C_SUBJ)
add(18, 'mt-merge-kakunin-onegai', h + tail,
    alt(leaf(txt, cte='base64'), leaf(html_simple(txt), 'html', cte='base64')),
    'merge_confirmation_requested', C_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 019 C merge_completed + closing (MT)
w = T('2022-06-20 01:27:55')
txt = """こんにちは大輔、

あなたのアカウントのマージが正常に完了したことをお知らせします。 AWS04426610のすべての認定は、AWS01193847に移動されました。

あなたのCredlyバッジは、24-48時間以内に更新されます。 あなたがまだ古いバッジを見る場合は、私たちに知らせてください。

この問題が解決されたので、私はこのケースを閉じます。 あなたがさらに質問がある場合は、このメールに返信するだけで、ケースは再開されます。

素晴らしい一日を！
アンナ
AWSトレーニングと認定
"""
h, tail = aws_jp_headers(C_TO, 'mta-pmx-a03.mail.nifty.com', 'mx.nifty.com', w, C_SUBJ)
add(19, 'mt-merge-kanryou-close', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt), 'html', cte='quoted-printable')),
    'merge_completed', C_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 020 C survey (MT, HTML-only ISO-2022-JP)
w = T('2022-06-20 01:29:02')
txt = """鈴木大輔様、

ケース10438275061に関するあなたの経験についてのフィードバックをお願いします。

あなたの問題は解決されましたか？
はい https://aws-tc.qualtrics.com/jfe/form/SV_%(s)s?case=10438275061&r=1
いいえ https://aws-tc.qualtrics.com/jfe/form/SV_%(s)s?case=10438275061&r=0

あなたのフィードバックは、私たちがより良いサービスを提供するのに役立ちます。

AWSトレーニングと認定
""" % {'s': ralnum(15, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}
html = html_simple(txt, "'MS PGothic', sans-serif").replace('charset=utf-8', 'charset=iso-2022-jp')
subj = enc('AWSトレーニングと認定のサポート経験を評価してください', 'iso-2022-jp')
h, tail = aws_jp_headers(C_TO, 'mta-pmx-a03.mail.nifty.com', 'mx.nifty.com', w, subj, from_addr='no-reply@training.amazon.com', from_name='AWS Training and Certification')
add(20, 'mt-hyouka-html-iso2022jp', h + tail,
    leaf(html, 'html', charset='iso-2022-jp', cte='7bit'),
    'survey', C_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 021 unrelated: Seller Central case about merging seller accounts
w = T('2025-06-03 04:12:36')
sc_case = '16290477351'[:10]
txt = """お問い合わせいただき、ありがとうございます。
Amazon出品サービス テクニカルサポートの藤井です。

お問い合わせいただいた「出品用アカウントの統合」についてご案内いたします。

Amazon出品サービスでは、原則として 1 つの事業者様につき 1 つの出品用アカウントのみご利用いただけます。
2 つ目のアカウントを閉鎖し、在庫や出品情報を既存のアカウントへ移す場合は、以下の手順をご確認ください。

1. セラーセントラルにログインし、[設定] > [出品用アカウント情報] を開きます。
2. 閉鎖するアカウントの出品詳細レポートをダウンロードします。
3. 既存アカウントで [在庫] > [アップロードによる一括商品登録] からファイルをアップロードします。

なお、アカウント同士の「統合」機能はございませんので、販売履歴や評価は移行されません。あらかじめご了承ください。

この回答で問題が解決した場合は、下の [はい] をクリックしてください。解決していない場合は [いいえ] をクリックし、追加のご質問をご記入ください。
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%(c)s

ケース ID: %(c)s

よろしくお願いいたします。
藤井
Amazon出品サービス テクニカルサポート
""" % {'c': sc_case}
h, tail = aws_gmail_headers(A_TO, w, enc('RE:[CASE %s] 出品用アカウントの統合について' % sc_case, 'utf-8'),
                            from_addr='seller-answers@amazon.com', from_name='Amazon Selling Partner Support')
add(21, 'seller-central-shuppin-tougou', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt), 'html', cte='quoted-printable')),
    'unrelated', sc_case, txt, True, 'ja')

# ---------------------------------------------------------------- 022 D support_reply (2020, 10-digit, ISO-2022-JP)
D_TO = 'yumi-takahashi@kfa.biglobe.ne.jp'
D_CASE = '7215538941'
D_KEEP, D_OLD = 'AWS00683152', 'AWS00917724'
w = T('2020-08-04 03:22:18')
D_SUBJ = 'RE:[CASE 7215538941] [AWS Training and Certification Form Submission] - account-assistance'
txt = """高橋 由美 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
担当の佐々木でございます。

アカウント統合のご依頼につきまして、確認のため以下の情報をお送りいただけますでしょうか。

・各アカウントに登録されている通知用メールアドレス
・統合をご希望される理由（例：転職、メールアドレスの変更 等）

また、お知らせいただいた受験者 ID のうち AWS00683152 は確認がとれましたが、
もう一方の AWS 00917724 は別のお名前（Yumi Sakamoto）で登録されております。
ご結婚等で姓が変わられた場合は、その旨もあわせてお知らせいただけますと幸いです。

お手数をおかけいたしますが、どうぞよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
h, tail = aws_jp_headers(D_TO, 'mta-b02.mail.biglobe.ne.jp', 'biglobe.ne.jp', w, D_SUBJ)
add(22, 'tsuuchi-address-to-riyuu', h + tail,
    leaf(txt, charset='iso-2022-jp', cte='7bit'),
    'support_reply', D_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 023 D merge_completed + closure (ISO-2022-JP base64, Becky! quote)
w = T('2020-08-12 06:40:51')
new = """高橋 由美 様

いつもお世話になっております。佐々木でございます。

お待たせいたしました。
ご承諾いただきました内容にて、旧アカウント（Sakamoto 名義）の認定資格を
現アカウントへ統合する手続きが完了いたしましたことをご報告申し上げます。
今後は現アカウントのみご利用いただけます。

本件はこれにてクローズとさせていただきますが、
ご不明な点がございましたら本メールにご返信くださいませ。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
user = """佐々木様

お世話になっております。高橋です。
内容を確認いたしました。問題ございませんので、統合をお願いいたします。

> 統合元：AWS00917724（坂本 由美 / yumi.s@example-univ.ac.jp）
> 統合先：AWS00683152（高橋 由美 / yumi-takahashi@kfa.biglobe.ne.jp）
> 上記でよろしければ、ご返信ください。

---
高橋 由美"""
hist = '\n\nOn Tue, 11 Aug 2020 10:12:33 +0900\n高橋 由美 <yumi-takahashi@kfa.biglobe.ne.jp> wrote:\n' + quote(user) + '\n'
txt = new + hist
h, tail = aws_jp_headers(D_TO, 'mta-b02.mail.biglobe.ne.jp', 'biglobe.ne.jp', w, D_SUBJ)
add(23, 'tetsuzuki-kanryou-close-becky', h + tail,
    leaf(txt, charset='iso-2022-jp', cte='base64'),
    'merge_completed', D_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 024 D survey (2020, ISO-2022-JP)
w = T('2020-08-12 06:42:03')
txt = """高橋 由美 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
お問い合わせ（ケース ID: 7215538941）への対応について、簡単なアンケートにご協力をお願いいたします。

担当者の対応はいかがでしたか。
https://aws-tc.qualtrics.com/jfe/form/SV_3kBzXr9mTqW1pLf?CaseId=7215538941&lang=ja

今後のサービス向上のため、率直なご意見をお聞かせください。
※本メールは送信専用アドレスからお送りしています。

AWS トレーニングと認定
"""
subj = enc('アンケートご協力のお願い（ケース ID: 7215538941）', 'iso-2022-jp')
h, tail = aws_jp_headers(D_TO, 'mta-b02.mail.biglobe.ne.jp', 'biglobe.ne.jp', w, subj,
                         from_addr='no-reply@training.amazon.com', from_name='AWS Training and Certification')
add(24, 'anketo-onegai-2020', h + tail,
    alt(leaf(txt, charset='iso-2022-jp', cte='7bit'),
        leaf(html_simple(txt, "'MS PGothic'").replace('charset=utf-8', 'charset=iso-2022-jp'), 'html', charset='iso-2022-jp', cte='7bit')),
    'survey', D_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 025 D credly via Acclaim (2020, English)
w = T('2020-08-14 15:09:27')
txt = """Yumi,

You've earned a badge from Amazon Web Services Training and Certification!

AWS Certified Solutions Architect - Associate

Your badge has been issued to yumi-takahashi@kfa.biglobe.ne.jp. Accept your badge to manage it and share it on social media.

Accept Badge: https://www.youracclaim.com/earner/earned/badge/%s

Acclaim by Credly
""" % '-'.join([rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)])
ip = '167.89.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
env = 'bounces+%d-%s@em.youracclaim.com' % (R.randrange(10**6, 10**7), rhex(4))
ar = 'biglobe.ne.jp;\n\tspf=pass smtp.mailfrom=em.youracclaim.com;\n\tdkim=pass header.d=youracclaim.com header.s=s1;\n\tdmarc=pass (p=none dis=none) header.from=youracclaim.com'
h = route_jp(D_TO, 'mta-b02.mail.biglobe.ne.jp', 'o3.em.youracclaim.com', ip, env, w, ar)
h += [('DKIM-Signature', dkim('youracclaim.com', 's1', 'from:subject:mime-version:content-type:to', w, c='relaxed/relaxed')),
      ('Date', rfc(w)),
      ('From', '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>'),
      ('To', D_TO),
      ('Subject', "You've earned a badge from Amazon Web Services Training and Certification"),
      ('Message-ID', '<%s@ismtpd0012p1las1.sendgrid.net>' % b64blob(15).replace('/', '_').replace('+', '-')),
      ('MIME-Version', '1.0')]
add(25, 'acclaim-badge-2020', h,
    alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(html_simple(txt, 'Arial'), 'html', charset='us-ascii', cte='quoted-printable')),
    'credly_badge_issued', None, txt, True, 'en')

# ---------------------------------------------------------------- 026 phishing: merge confirmation from look-alike (ja)
w = T('2025-06-10 22:47:15')
txt = """AWS認定をご利用のお客様

いつもAWSトレーニングと認定をご利用いただきありがとうございます。

お客様の認定アカウントに重複が検出されたため、以下のとおりアカウント統合を予定しております。

統合先アカウント：AWS06204418
統合元アカウント：AWS-07395521

統合内容に問題がなければ、48時間以内に下記リンクよりサインインのうえ「統合を承認」を押してください。
期限内にご確認いただけない場合、両アカウントの認定資格が一時停止されます。

▼統合内容の確認はこちら
https://aws-certification-jp.com/account/merge/confirm?token=%s

※本メールは送信専用です。

AWSトレーニングと認定 事務局
""" % ralnum(32)
ip = '45.%d.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250), R.randrange(1, 250))
ar = ar_google([('aws-certification-jp.com', 'default')], 'info@aws-certification-jp.com', ip, hfrom='aws-certification-jp.com', pol='NONE')
h = route_gmail('shun.hayashi.jp@gmail.com', 'mail.aws-certification-jp.com', ip, 'info@aws-certification-jp.com', w, ar)
h += [('DKIM-Signature', dkim('aws-certification-jp.com', 'default', 'From:To:Subject:Date', w, c='relaxed/relaxed')),
      ('Date', rfc(w, JST)),
      ('From', addr('AWSトレーニングと認定', 'info@aws-certification-jp.com')),
      ('To', 'shun.hayashi.jp@gmail.com'),
      ('Subject', enc('【要確認】AWS認定アカウント統合のご確認（48時間以内）', 'utf-8')),
      ('Message-ID', '<%s@aws-certification-jp.com>' % rhex(20)),
      ('X-Mailer', 'PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)'),
      ('MIME-Version', '1.0')]
add(26, 'lookalike-tougou-shounin', h,
    alt(leaf(txt, cte='base64'), leaf(html_simple(txt), 'html', cte='base64')),
    'merge_confirmation_requested', None, txt, False, 'ja')

# ---------------------------------------------------------------- 027 E case_created (English ack)
E_TO = 'sho.ito.cloud@gmail.com'
E_OPEN = T('2025-03-03 11:58:02')
E_CASE = case15(E_OPEN)
E_KEEP, E_OLD = 'AWS06612087', 'AWS03350941'
w = E_OPEN + dt.timedelta(seconds=37)
txt = """Hello,

Thank you for contacting AWS Training and Certification. We have received your request and opened case %(c)s.

Case ID: %(c)s
Subject: Account merge - two certification accounts
Inquiry type: Certification

A member of our support team will respond within 24 hours. To add information to your request, reply to this email and keep the case ID in the subject line. Please do not open a new case for the same request, as this may delay our response.

Sincerely,
AWS Training and Certification Customer Support
""" % {'c': E_CASE}
E_SUBJ = '[CASE %s] %s' % (E_CASE, FORM_SUBJ)
h, tail = aws_gmail_headers(E_TO, w, E_SUBJ)
add(27, 'form-ack-english', h + tail,
    alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(html_aws(txt, 'en'), 'html', cte='quoted-printable')),
    'case_created', E_CASE, txt, True, 'en')

# ---------------------------------------------------------------- 028 E support_reply (English, asks candidate ID)
w = T('2025-03-04 17:26:40')
new = """Hello Sho,

Thank you for reaching out to AWS Training and Certification.

I have located the account with candidate ID AWS06612087 under sho.ito.cloud@gmail.com. However, I could not find a second account with the details you provided.

Could you please share the following about the other account?
- The AWS candidate ID (you can find it under "Profile" in your AWS Certification Account)
- The email address you used to sign in to it
- Which of the two accounts you would like to keep

Once I have this information, I will be able to check both accounts.

Best regards,
Priya
AWS Training and Certification Customer Support
"""
hist = """
________________________________
From: 伊藤 翔 <sho.ito.cloud@gmail.com>
Sent: Monday, March 3, 2025 8:57 PM
To: AWS Training and Certification
Subject: Account merge - two certification accounts

Hello, I have two AWS Certification accounts. One is AWS06612087. The other one I made when I worked at previous company, I do not remember the ID. Please merge them.
Ito
"""
txt = new + hist
h, tail = aws_gmail_headers(E_TO, w, 'RE:' + E_SUBJ)
add(28, 'agent-asks-candidate-id-en', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt, 'Arial'), 'html', cte='quoted-printable')),
    'support_reply', E_CASE, new, True, 'en')

# ---------------------------------------------------------------- 029 E merge_completed (English)
w = T('2025-03-07 09:15:22')
new = """Hello Sho,

Thank you for your patience.

Your certification accounts have now been merged. Your certifications from AWS03350941 have been transferred to AWS06612087, and AWS03350941 has been deactivated. Please sign in with sho.ito.cloud@gmail.com going forward.

Your Credly badges will be reissued to the email address on the surviving account within 3 business days. If you do not see them by then, please reply to this email.

Best regards,
Priya
AWS Training and Certification Customer Support
"""
user = """Hi Priya,
Yes, please keep AWS06612087. The details are correct. Please proceed with the merge.
Thank you,
Sho Ito"""
hist = '\n\nOn Thu, Mar 6, 2025 at 10:02 PM 伊藤 翔 <sho.ito.cloud@gmail.com> wrote:\n' + quote(user) + '\n'
txt = new + hist
h, tail = aws_gmail_headers(E_TO, w, 'RE:' + E_SUBJ)
add(29, 'merge-done-english', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt, 'Arial'), 'html', cte='quoted-printable')),
    'merge_completed', E_CASE, new, True, 'en')

# ---------------------------------------------------------------- 030 unrelated: Builder ID code, no Authentication-Results
H_TO = 't.nakamura@nakamura-lab.jp'
w = T('2025-07-02 00:14:09')
txt = """AWS Builder ID

AWS Builder ID の E メールアドレスを確認してください

ご登録いただきありがとうございます。以下の確認コードを入力して、E メールアドレスの確認を完了してください。

確認コード: 604918

このコードの有効期限は 10 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。
"""
host, ip = ses_host()
env = ses_bounce(w)
h = [('Return-Path', '<%s>' % env),
     ('Received', 'from mail.nakamura-lab.jp (localhost.localdomain [127.0.0.1])\n\tby mail.nakamura-lab.jp (8.15.2/8.15.2) with ESMTP id 5620E9qK018842\n\tfor <%s>; %s' % (H_TO, rfc(w + dt.timedelta(seconds=3), JST))),
     ('Received', 'from %s (%s [%s])\n\tby mail.nakamura-lab.jp (8.15.2/8.15.2) with ESMTPS id 5620E8wP018839\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128 verify=NOT)\n\tfor <%s>; %s' % (host, host, ip, H_TO, rfc(w + dt.timedelta(seconds=2), JST))),
     ('DKIM-Signature', dkim('signin.aws', 'ijswdrovtrzdmgxnqkb7f6pb7f7enktb', SES_H, w)),
     ('DKIM-Signature', dkim('amazonses.com', SES_SEL, SES_H, w)),
     ('Date', rfc(w)),
     ('From', 'AWS <no-reply@signin.aws>'),
     ('To', H_TO),
     ('Subject', enc('AWS Builder ID の確認コード', 'utf-8')),
     ('Message-ID', ses_mid(w)),
     ('MIME-Version', '1.0')] + ses_tail(w)
add(30, 'builder-id-code-no-ar', h,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_aws(txt), 'html', cte='quoted-printable')),
    'unrelated', None, txt, None, 'ja')

# ---------------------------------------------------------------- 031 I merge_confirmation_requested (3 accounts, plain business ja)
I_TO = 'kobayashi.megumi@hinode-tech.co.jp'
I_OPEN = T('2025-10-14 08:03:51')
I_CASE = case15(I_OPEN)
I_SUBJ = 'RE:[CASE %s] %s' % (I_CASE, FORM_SUBJ)
w = T('2025-10-15 02:47:30')
new = """小林様

AWSトレーニングと認定サポートの森です。
アカウント統合の件でご連絡します。

確認の結果、小林様名義の認定アカウントが3件見つかりました。
以下のとおり、3件を1件にまとめる形で進めたいと考えています。

残すアカウント：AWS02217734（kobayashi.megumi@hinode-tech.co.jp）
統合するアカウント：
　aws-05083316（megumi.k.0701@gmail.com）
　AWS 07719402（m-kobayashi@sunrise-it.jp）

統合後、aws-05083316 と AWS 07719402 にはログインできなくなります。統合は取り消せません。
この内容で問題なければ、このメールに返信して承認をお願いします。
統合が完了したら、Credlyのバッジも残すアカウントのメールアドレスに移ります。

森
AWSトレーニングと認定 カスタマーサポート
"""
h, tail = aws_gmail_headers(I_TO, w, I_SUBJ)
add(31, 'three-accounts-shounin-irai', h + tail,
    alt(leaf(new, cte='quoted-printable'), leaf(html_simple(new), 'html', cte='quoted-printable')),
    'merge_confirmation_requested', I_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 032 I support_reply (status update, Outlook JP quote)
w = T('2025-10-17 05:10:02')
new = """小林様

森です。お待たせしております。

統合作業は現在も進行中で、3件分の受験履歴を担当チームで照合しているところです。
統合が完了しましたら、改めてこのケースでご連絡します。それまでの間、新しい試験の予約は控えていただくようお願いします。

森
AWSトレーニングと認定 カスタマーサポート
"""
user = """森様

お世話になっております。日の出テクノロジーの小林です。
ご連絡いただいた内容で問題ありません。承認しますので、統合を進めてください。
なお、来月上旬にSAPの受験を予定しているのですが、それまでに終わりますでしょうか。

小林"""
hist = ('\n\n差出人: 小林 恵 <kobayashi.megumi@hinode-tech.co.jp>\n送信日時: 2025年10月15日 14:22\n'
        '宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n件名: RE: %s\n\n%s\n\n'
        '差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n送信日時: 2025年10月15日 11:47\n'
        '宛先: 小林 恵 <kobayashi.megumi@hinode-tech.co.jp>\n件名: %s\n\n小林様\n\nAWSトレーニングと認定サポートの森です。\n（以下省略）\n') % (I_SUBJ, user, I_SUBJ)
txt = new + hist
h, tail = aws_gmail_headers(I_TO, w, I_SUBJ)
add(32, 'shinchoku-update-outlook-quote', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt), 'html', cte='quoted-printable')),
    'support_reply', I_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 033 I merge_completed (paraphrase: 移しました / 終わりました)
w = T('2025-10-20 01:33:48')
new = """小林様

森です。大変お待たせしました。

アカウントの整理作業が終わりましたのでご報告します。
AWS05083316 と AWS07719402 で取得された認定と受験履歴は、すべて AWS02217734 に移しました。
古い 2 つのアカウントは閉鎖済みです。

来月の SAP の受験予約も、AWS02217734（kobayashi.megumi@hinode-tech.co.jp）から問題なく行えます。
Credlyのバッジが数日たっても届かない場合は、このメールに返信してください。

森
AWSトレーニングと認定 カスタマーサポート
"""
h, tail = aws_gmail_headers(I_TO, w, I_SUBJ)
add(33, 'seiri-sagyou-owari', h + tail,
    alt(leaf(new, cte='base64'), leaf(html_simple(new), 'html', cte='base64')),
    'merge_completed', I_CASE, new, True, 'ja')


def credly_headers(to, when, subject, route='gmail', mx=None, authserv=None):
    ip = '149.72.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
    env = 'bounces+%d-%s-%s=%s@em.credly.com' % (R.randrange(10**6, 10**7), rhex(4), to.split('@')[0], to.split('@')[1])
    if route == 'gmail':
        ar = ar_google([('credly.com', 's1'), ('sendgrid.info', 'smtpapi')], env, ip, hfrom='credly.com', pol='NONE')
        h = route_gmail(to, 'o1.em.credly.com', ip, env, when, ar)
    else:
        ar = ('%s;\n\tspf=pass smtp.mailfrom=em.credly.com;\n\tdkim=pass header.d=credly.com header.s=s1;\n'
              '\tdmarc=pass (p=none dis=none) header.from=credly.com' % authserv)
        h = route_jp(to, mx, 'o1.em.credly.com', ip, env, when, ar)
    h += [('DKIM-Signature', dkim('credly.com', 's1', 'from:subject:mime-version:content-type:to:cc', when, c='relaxed/relaxed')),
          ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', 'from:subject:mime-version:content-type:to:cc', when, c='relaxed/relaxed')),
          ('Date', rfc(when)),
          ('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
          ('Reply-To', 'support@credly.com'),
          ('To', to),
          ('Subject', subject),
          ('Message-ID', '<%s@geopod-ismtpd-%d>' % (b64blob(16).replace('/', '_').replace('+', '-').rstrip('='), R.randrange(1, 40))),
          ('MIME-Version', '1.0')]
    return h


def badge_url():
    return 'https://www.credly.com/earner/earned/badge/' + '-'.join([rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)])


# ---------------------------------------------------------------- 034 I credly badge (Japanese-localized)
w = T('2025-10-21 13:40:19')
txt = """小林 恵 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Security - Specialty

バッジを受け取って、ネットワークで共有しましょう。メールの署名や LinkedIn のプロフィールにも追加できます。

バッジを受け取る
%s

ご不明な点は https://support.credly.com をご覧ください。

Credly, Inc. | 1 Penn Plaza, Suite 2530, New York, NY 10119
通知設定の変更: https://www.credly.com/notification_settings
""" % badge_url()
h = credly_headers(I_TO, w, enc('Amazon Web Services Training and Certification からバッジが発行されました', 'utf-8'))
add(34, 'credly-badge-hakkou-ja', h,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt, 'Helvetica, Arial, sans-serif'), 'html', cte='quoted-printable')),
    'credly_badge_issued', None, txt, True, 'ja')

# ---------------------------------------------------------------- 035 unrelated: GitHub merged notification (en)
w = T('2025-10-22 06:05:11')
txt = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hinode-tech/cert-tracker/pull/42#event-%d
You are receiving this because you authored the thread.

Message ID: <hinode-tech/cert-tracker/pull/42/issue_event/%d@github.com>
""" % (R.randrange(10**10, 10**11), R.randrange(10**10, 10**11))
ip = '192.30.252.%d' % R.randrange(190, 210)
env = 'noreply@github.com'
ar = ar_google([('github.com', 'pf2023')], env, ip, hfrom='github.com', pol='REJECT')
h = route_gmail(I_TO, 'out-%d.smtp.github.com' % R.randrange(10, 30), ip, env, w, ar)
h += [('DKIM-Signature', dkim('github.com', 'pf2023', 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', w, c='relaxed/relaxed')),
      ('Date', rfc(w, dt.timezone(dt.timedelta(hours=-7)))),
      ('From', 'Kenji Watanabe <notifications@github.com>'),
      ('Reply-To', 'hinode-tech/cert-tracker <reply+AB3XQ%s@reply.github.com>' % ralnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')),
      ('To', 'hinode-tech/cert-tracker <cert-tracker@noreply.github.com>'),
      ('Cc', 'Megumi Kobayashi <kobayashi.megumi@hinode-tech.co.jp>, Author <author@noreply.github.com>'),
      ('Subject', 'Re: [hinode-tech/cert-tracker] Update candidate ID to AWS02217734 after account merge (PR #42)'),
      ('Message-ID', '<hinode-tech/cert-tracker/pull/42/issue_event/%d@github.com>' % R.randrange(10**10, 10**11)),
      ('In-Reply-To', '<hinode-tech/cert-tracker/pull/42@github.com>'),
      ('References', '<hinode-tech/cert-tracker/pull/42@github.com>'),
      ('List-ID', 'hinode-tech/cert-tracker <cert-tracker.hinode-tech.github.com>'),
      ('X-GitHub-Reason', 'author'),
      ('MIME-Version', '1.0')]
add(35, 'github-pr-merged', h,
    alt(leaf(txt, cte='7bit'), leaf('<p><b>Merged</b> #42 into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/hinode-tech/cert-tracker/pull/42">view it on GitHub</a>.</p>\n', 'html', cte='7bit')),
    'unrelated', None, txt + 'Update candidate ID to AWS02217734 after account merge', False, 'en')

# ---------------------------------------------------------------- 036 spoof: From amazon.com, top A-R dmarc=fail, forged lower A-R
w = T('2025-10-28 23:58:03')
fake_case = case15(T('2025-10-27 09:12:40'))
spoof_to = 'haruka.ishii.1990@gmail.com'
txt = """石井 遥 様

AWS トレーニングと認定 カスタマーサポートでございます。

お客様よりご依頼いただいておりました認定アカウントの統合につきまして、最終確認をお願い申し上げます。

　統合元アカウント: AWS05823117
　統合先アカウント: AWS02290465

本確認は、セキュリティ上の理由により、以下の専用ページにて AWS 認定アカウントへサインインのうえ実施いただく必要がございます。
本メールへのご返信ではお手続きが完了いたしませんのでご注意ください。

統合内容を確認する:
https://aws-training-certification.support-verify.jp/merge?case=%s

本日より 24 時間以内にご確認いただけない場合、ご依頼は取り消され、両アカウントが一時的にロックされます。

AWS トレーニングと認定 カスタマーサポート
""" % fake_case
ip = '103.%d.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250), R.randrange(1, 250))
env = 'apache@vps-%s.hosting-tokyo.net' % rhex(6)
top = ('mx.google.com;\n       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n'
       '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com' % (env, ip, env))
h = route_gmail(spoof_to, 'vps-%s.hosting-tokyo.net' % rhex(6), ip, env, w, top)
h = [(k, v.replace('Received-SPF: pass', 'softfail') if k != 'Received-SPF' else 'softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;' % (env, ip, ip)) for k, v in h]
h += [('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'),
      ('Date', rfc(w, JST)),
      ('From', addr('Amazon Web Services', AWS_FORM)),
      ('To', spoof_to),
      ('Subject', 'RE:[CASE %s] %s' % (fake_case, FORM_SUBJ)),
      ('Message-ID', '<%s@email.amazonses.com>' % rhex(24)),
      ('X-Mailer', 'Microsoft Outlook 16.0'),
      ('MIME-Version', '1.0')]
add(36, 'spoof-dmarc-fail-kakunin', h,
    alt(leaf(txt, cte='base64'), leaf(html_simple(txt), 'html', cte='base64')),
    'merge_confirmation_requested', fake_case, txt, False, 'ja')

# ---------------------------------------------------------------- 037 J merge_confirmation_requested (bilingual, base64)
J_TO = 'makoto.kato@beige.ocn.ne.jp'
J_OPEN = T('2025-08-12 04:27:15')
J_CASE = case15(J_OPEN)
J_KEEP, J_OLD = 'AWS03092215', 'AWS06648830'
J_SUBJ = 'RE: [CASE %s] %s' % (J_CASE, FORM_SUBJ)
J_MX, J_AS = 'mfilter-s02.ocn.ad.jp', 'ocn.ad.jp'
w = T('2025-08-13 06:02:44')
new = """加藤 誠 様

（English follows Japanese）

AWS トレーニングと認定 カスタマーサポートでございます。
アカウントの統合を実施する前に、以下の内容をご確認いただけますでしょうか。

統合元（統合後に閉鎖）：AWS06648830
統合先（存続）：AWS03092215

統合は元に戻すことができません。
内容にお間違いがなければ、「確認しました。統合を進めてください」とご返信くださいますようお願いいたします。

-----
Dear Makoto Kato,

Before we merge your accounts, please confirm the details below.

Source account (will be closed): AWS06648830
Destination account (will remain): AWS03092215

Please note that this action cannot be reversed. If the details are correct, please reply "Confirmed. Please proceed with the merge."

Best regards,
Haruto / 遥斗
AWS Training and Certification Customer Support
"""
h, tail = aws_jp_headers(J_TO, J_MX, J_AS, w, J_SUBJ)
add(37, 'bilingual-kakunin-base64', h + tail,
    alt(leaf(new, cte='base64'), leaf(html_aws(new), 'html', cte='base64')),
    'merge_confirmation_requested', J_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 038 J merge_completed (Shift_JIS label, cp932 chars)
w = T('2025-08-15 02:19:33')
new = """加藤 誠 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの遥斗でございます。

ご承諾いただきましたアカウント統合につきまして、本日作業が完了いたしました。

　①統合元：AWS06648830（閉鎖済み）
　②統合先：AWS03092215（ご利用中のアカウント）

②のアカウントにて、認定資格（3 件）および受験履歴をご確認いただけます。
Credly のバッジ反映には 1～3 営業日ほどかかる場合がございます。

引き続きよろしくお願い申し上げます。

遥斗
AWS トレーニングと認定 カスタマーサポート
"""
h, tail = aws_jp_headers(J_TO, J_MX, J_AS, w, J_SUBJ)
add(38, 'kanryou-shiftjis-cp932', h + tail,
    leaf(new, charset='shift_jis', codec='cp932', label='Shift_JIS', cte='base64'),
    'merge_completed', J_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 039 J support_reply (Credly badges left behind; Apple Mail JP quote)
w = T('2025-08-20 04:55:10')
new = """加藤 誠 様

ご連絡ありがとうございます。遥斗でございます。

Credly のバッジが旧メールアドレス側に残っている件、ご不便をおかけし申し訳ございません。
認定アカウントの統合とは別に、Credly 側のアカウントも統合する必要がございます。

お手数ですが、現在バッジが表示されている Credly アカウントのメールアドレスを 2 つともお知らせいただけますでしょうか。
確認でき次第、Credly へ移行を依頼いたします。

遥斗
AWS トレーニングと認定 カスタマーサポート
"""
user = """遥斗様

統合ありがとうございました。
認定アカウントの方は AWS03092215 に全部表示されていますが、Credly のバッジが旧アドレス（m.kato@kansai-net.co.jp）の方に残ったままです。
新しいバッジのメールも届いていません。どうすればよいでしょうか。

加藤"""
hist = ('\n\n2025/08/20 9:14、加藤 誠 <makoto.kato@beige.ocn.ne.jp>のメール:\n\n' + quote(user) + '\n')
txt = new + hist
h, tail = aws_jp_headers(J_TO, J_MX, J_AS, w, J_SUBJ)
add(39, 'credly-nokotta-apple-quote', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt), 'html', cte='quoted-printable')),
    'support_reply', J_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 040 J credly badge ready to accept (HTML-only, base64, ja)
w = T('2025-08-22 18:31:02')
txt = """加藤 誠 さん

バッジを受け取る準備ができました。

Amazon Web Services Training and Certification から、次のバッジがあなたのアカウントに発行されています。

AWS Certified Solutions Architect - Associate
AWS Certified SysOps Administrator - Associate

[バッジを受け取る] %s

バッジを受け取ると、LinkedIn やメールの署名で共有できるようになります。

Credly
""" % badge_url()
html = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>Credly</title></head>'
        '<body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5;">\n'
        '<table width="600" align="center" style="background:#fff;padding:32px"><tr><td>\n'
        '<img src="https://www.credly.com/assets/credly-logo.png" alt="Credly" width="120"><br><br>\n'
        + '<br>\n'.join(esc(l) for l in txt.split('\n') if not l.startswith('[')) +
        '\n<p><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;">バッジを受け取る</a></p>\n'
        '</td></tr></table></body></html>\n') % badge_url()
h = credly_headers(J_TO, w, enc('バッジを受け取る準備ができました', 'utf-8'), route='jp', mx=J_MX, authserv=J_AS)
add(40, 'credly-uketoru-html-b64', h,
    leaf(html, 'html', cte='base64'),
    'credly_badge_issued', None, txt, True, 'ja')

# ---------------------------------------------------------------- 041 unrelated: Credly self-service account merge code (en)
w = T('2025-08-21 10:03:55')
txt = """Hi Makoto,

We received a request to merge the Credly account registered to m.kato@kansai-net.co.jp into your account makoto.kato@beige.ocn.ne.jp.

Your verification code is: 418227

Enter this code on the merge page, or click the button below to finish:

Complete Account Merge
https://www.credly.com/users/account_merge/confirm?token=%s

This code expires in 30 minutes. If you did not request this merge, you can ignore this email and no changes will be made.

The Credly Team
""" % ralnum(40)
h = credly_headers(J_TO, w, 'Confirm your Credly account merge', route='jp', mx=J_MX, authserv=J_AS)
h = [(k, ('Credly <admin@credly.com>' if k == 'From' else v)) for k, v in h]
add(41, 'credly-self-merge-code', h,
    alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(html_simple(txt, 'Helvetica, Arial'), 'html', charset='us-ascii', cte='quoted-printable')),
    'unrelated', None, txt, True, 'en')

# ---------------------------------------------------------------- 042 K merge_confirmation_requested (full-width ids, outlook.jp)
K_TO = 'mari.yoshida@outlook.jp'
K_OPEN = T('2025-11-04 00:38:26')
K_CASE = case15(K_OPEN)
K_SUBJ = 'RE:[CASE %s] %s' % (K_CASE, FORM_SUBJ)
w = T('2025-11-07 01:15:09')
new = """吉田 真理 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの宮本でございます。

旧アカウントのログイン用メールアドレスをお知らせいただき、ありがとうございました。
お問い合わせいただきました認定アカウントの統合につきまして、下記の内容にて手続きを進めてもよろしいでしょうか。

【統合後に残るアカウント】ＡＷＳ０５１７０４４２（mari.yoshida@outlook.jp）
【統合により閉鎖されるアカウント】ＡＷＳ０１３６８８９０（m.yoshida@aoba-gakuen.ed.jp）

統合完了後は、閉鎖されるアカウントに登録されている認定資格・受験予約・バウチャーが、すべて残るアカウントに引き継がれます。
なお、統合後に元の状態へ戻すことはできかねますので、ご留意くださいませ。

ご確認のうえ、差し支えなければ本メールへご返信いただけますと幸いでございます。

宮本
AWS トレーニングと認定 カスタマーサポート
"""
h, tail = aws_outlook_headers(K_TO, w, K_SUBJ, from_addr=AWS_FORM, ar=None)
add(42, 'zenkaku-id-kakunin', h + tail,
    alt(leaf(new, cte='quoted-printable'), leaf(html_simple(new), 'html', cte='quoted-printable')),
    'merge_confirmation_requested', K_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 043 K support_reply (chaser for missing login e-mail)
w = T('2025-11-06 00:20:41')
new = """吉田 真理 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの宮本でございます。

先日お願いいたしました、旧アカウントのログイン用メールアドレスにつきまして、まだご返信をいただけていないようでございましたので、再度ご連絡いたしました。
こちらの情報を確認でき次第、次のお手続きをご案内いたします。

なお、7 日間ご返信がない場合は、本ケースを一旦クローズさせていただきますのでご了承ください。

宮本
AWS トレーニングと認定 カスタマーサポート
"""
prev = """吉田 真理 様

お問い合わせいただき、ありがとうございます。
ご入力いただいた受験者 ID AWS05170442 のほかに、以前ご勤務先で作成されたアカウント（AWS01368890）がございます。
こちらのアカウントのログイン用メールアドレスをお知らせいただけますでしょうか。"""
hist = '\n\n--- 以前のメッセージ ---\n送信者: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n日時: 2025/11/04 18:02 (JST)\n\n' + prev + '\n'
txt = new + hist
h, tail = aws_outlook_headers(K_TO, w, K_SUBJ, from_addr=AWS_FORM)
add(43, 'saisoku-login-mail', h + tail,
    alt(leaf(txt, cte='base64'), leaf(html_simple(txt), 'html', cte='base64')),
    'support_reply', K_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 044 L survey: closed for no response (Yahoo! JAPAN)
L_TO = 'koji_yamada_77@yahoo.co.jp'
L_OPEN = T('2025-02-10 12:44:05')
L_CASE = case15(L_OPEN)
w = T('2025-02-21 03:00:17')
txt = """山田 浩二 様

AWS トレーニングと認定 カスタマーサポートです。

2 月 13 日にお送りしたアカウント統合のご確認について、ご返信をいただけなかったため、本ケース（ケース ID: %(c)s）はクローズさせていただきました。
統合を引き続きご希望の場合は、本メールにご返信いただければケースが再開されます。新しいケースを作成していただく必要はございません。

今回のサポートについて、簡単なアンケートにご協力いただけますと幸いです。
https://aws-tc.qualtrics.com/jfe/form/SV_3kBzXr9mTqW1pLf?CaseId=%(c)s&lang=ja

AWS トレーニングと認定 カスタマーサポート
""" % {'c': L_CASE}
ar = ('mta5013.mail.kks.yahoo.co.jp;\n spf=pass smtp.mailfrom=amazonses.com;\n dkim=pass header.i=@amazon.com;\n'
      ' dkim=pass header.i=@amazonses.com;\n dmarc=pass (p=quarantine dis=none) header.from=amazon.com')
h, tail = aws_jp_headers(L_TO, 'mta5013.mail.kks.yahoo.co.jp', None, w,
                         'RE:[CASE %s] %s' % (L_CASE, FORM_SUBJ), ar=ar)
add(44, 'henshin-nashi-close', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt), 'html', cte='quoted-printable')),
    'survey', L_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 045 F case_created (console, Shift_JIS, docomo)
F_TO = 'naoki-w.0623@docomo.ne.jp'
F_OPEN = T('2025-07-08 09:31:52')
F_CASE = case15(F_OPEN)
F_KEEP, F_OLD = 'AWS04781206', 'AWS06093358'
w = F_OPEN + dt.timedelta(seconds=28)
txt = """Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース %(c)s をオープンいたしました。

ケース ID: %(c)s
件名: 認定アカウントが2つあるので統合してほしい
重要度: 一般的なガイダンス

ケースの詳細の確認やケースへの返信は、次のリンクから AWS サポートセンターで行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=ja

このメールには返信しないでください。このアドレスでは返信を受け付けていません。

よろしくお願いいたします。
Amazon Web Services
""" % {'c': F_CASE}
h, tail = aws_jp_headers(F_TO, 'mfsmax.docomo.ne.jp', 'mfsmax.docomo.ne.jp', w,
                         'Amazon Web Services: You have opened a new Support case: %s' % F_CASE, from_addr=AWS_NR)
add(45, 'console-open-sjis-docomo', h + tail,
    leaf(txt, charset='shift_jis', label='Shift_JIS', cte='base64'),
    'case_created', F_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 046 F support_reply (voucher question, not the merge; UTF-8 8bit)
w = T('2025-07-09 05:48:20')
new = """渡辺 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートの小川です。

アカウント統合のご依頼については、現在 AWS04781206 と AWS06093358 の登録内容を確認しております。こちらは確認が取れ次第、別途ご案内いたします。

先にお問い合わせいただいた 50%% 割引バウチャーの件について回答いたします。
バウチャーは認定を取得したアカウントに付与されており、統合後は存続するアカウントに引き継がれます。有効期限は変わりません。

そのうえで 1 点確認させてください。
バウチャーをご利用予定の試験名と、受験予定の時期を教えていただけますでしょうか。統合作業と予約のタイミングが重なると、予約画面でバウチャーが表示されない場合がございます。

Best regards,
小川 (Ogawa)
Amazon Web Services
===================================================

このやり取りについて評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%(e)s&displayId=%(c)s&language=ja

ケースを表示または返信するには、次のリンクをクリックしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=ja
""" % {'c': F_CASE, 'e': rhex(32)}
h, tail = aws_jp_headers(F_TO, 'mfsmax.docomo.ne.jp', 'mfsmax.docomo.ne.jp', w,
                         'RE:[CASE %s] %s' % (F_CASE, enc('認定アカウントが2つあるので統合してほしい', 'utf-8')), from_addr=AWS_NR)
add(46, 'voucher-shitsumon-8bit', h + tail,
    leaf(new, cte='8bit'),
    'support_reply', F_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 047 G case_created (second case; us-ascii label on UTF-8 8bit)
G_TO = 'aya.yamamoto@ka2.so-net.ne.jp'
G1_OPEN = T('2025-04-02 13:10:07')
G1_CASE = case15(G1_OPEN)
G2_OPEN = T('2025-04-09 11:55:48')
G2_CASE = case15(G2_OPEN)
w = G2_OPEN + dt.timedelta(seconds=52)
txt = """山本 彩 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付けましたので、お知らせいたします。

ケース番号: %s
受付日時: 2025/04/09 20:55 (JST)

内容を確認のうえ、担当者よりご連絡いたします。通常 24 時間以内にご返信しております。
同じ内容のお問い合わせで複数のケースを作成されますと、回答が遅れる原因となりますのでご注意ください。

AWS トレーニングと認定 カスタマーサポート
""" % G2_CASE
h, tail = aws_jp_headers(G_TO, 'mx01.so-net.ne.jp', 'so-net.ne.jp', w,
                         enc('[CASE %s] お問い合わせを受け付けました' % G2_CASE, 'utf-8'))
add(47, 'uketsuke-wrong-charset', h + tail,
    leaf(txt, charset='us-ascii', codec='utf-8', cte='8bit'),
    'case_created', G2_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 048 G support_reply (duplicate case; this one will be closed)
w = T('2025-04-10 02:26:31')
txt = """山本 彩 様

AWS トレーニングと認定 カスタマーサポートの石田です。

このたびはご返信が遅くなり、大変申し訳ございません。
確認したところ、同じアカウント統合のご依頼で 4 月 2 日にケース %(g1)s を作成いただいておりました。
対応の重複を避けるため、本ケース（%(g2)s）はこちらでクローズし、以降はケース %(g1)s にて対応させていただきます。

ケース %(g1)s には、本日中に担当者からご連絡いたします。恐れ入りますが、そちらのメールをお待ちください。

石田
AWS トレーニングと認定 カスタマーサポート
""" % {'g1': G1_CASE, 'g2': G2_CASE}
h, tail = aws_jp_headers(G_TO, 'mx01.so-net.ne.jp', 'so-net.ne.jp', w, 'RE:[CASE %s] %s' % (G2_CASE, FORM_SUBJ))
add(48, 'chouhuku-case-renraku', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt), 'html', cte='quoted-printable')),
    'support_reply', G2_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 049 H case_created (2019, 10-digit, HTML-only, DKIM-only A-R)
H2_TO = 'takuya.nakamura@sakura-lab.jp'
H_CASE = '5938271046'
w = T('2019-03-11 07:21:19')
txt = """Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース 5938271046 を開きました。

ケース ID: 5938271046
件名: 認定アカウントの統合について（旧メールアドレスのアカウント）
重要度: 低

ケースの詳細を確認するには、AWS サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=5938271046&language=ja

このアドレスへの返信は受け付けておりません。

Amazon Web Services
"""
ar = ('www4417.sakura.ne.jp;\n\tdkim=pass (2048-bit key) header.i=@amazon.com header.b=%s;\n\tspf=pass smtp.mailfrom=amazonses.com' % b64blob(6)[:8])
h, tail = aws_jp_headers(H2_TO, 'www4417.sakura.ne.jp', None, w,
                         'Amazon Web Services: You have opened a new Support case: 5938271046', from_addr=AWS_NR, ar=ar)
add(49, 'console-2019-html-only', h + tail,
    leaf(html_aws(txt), 'html', cte='quoted-printable'),
    'case_created', H_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 050 unrelated: EC2 quota increase reply (ja)
qopen = T('2025-09-15 06:20:33')
qcase = case15(qopen)
w = T('2025-09-15 09:02:50')
txt = """佐藤 様

AWS サポートにお問い合わせいただき、ありがとうございます。

東京リージョン (ap-northeast-1) における「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」のクォータを 64 vCPU から 256 vCPU へ引き上げるリクエストが承認されました。
新しい値は Service Quotas コンソールで確認できます。反映まで最大 30 分かかる場合があります。

AWS アカウント ID: 310574829146

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

Best regards,
Amazon Web Services
===================================================

このやり取りについて評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%(e)s&displayId=%(c)s&language=ja

ケースを表示または返信するには、次のリンクをクリックしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%(c)s&language=ja
""" % {'c': qcase, 'e': rhex(32)}
h, tail = aws_outlook_headers(B_TO, w, 'RE:[CASE %s] Limit Increase: EC2 Instances' % qcase)
add(50, 'quota-zougen-shounin', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_aws(txt), 'html', cte='quoted-printable')),
    'unrelated', qcase, txt, True, 'ja')

# ---------------------------------------------------------------- 051 phishing case_created from look-alike (biglobe)
w = T('2025-11-02 07:40:12')
ph_to = 'hiro.ueda@tmt.biglobe.ne.jp'
txt = """上田 様

AWSトレーニングと認定をご利用いただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

お問い合わせ番号：AWS-JP-20251102-0417
お問い合わせ種別：認定アカウントの統合（Account Merge）
受付日時：2025年11月2日 16:40

担当者より2営業日以内にご連絡いたします。
お問い合わせの進捗状況は、以下のマイページからご確認いただけます（AWS認定アカウントでのサインインが必要です）。
https://awstraining-jp.net/mypage/inquiry?id=AWS-JP-20251102-0417

※本メールは送信専用アドレスから配信しています。

AWSトレーニングと認定 サポートデスク
"""
ip = '185.%d.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250), R.randrange(1, 250))
ar = ('biglobe.ne.jp;\n\tspf=pass smtp.mailfrom=awstraining-jp.net;\n\tdkim=none;\n\tdmarc=none (p=none dis=none) header.from=awstraining-jp.net')
h = route_jp(ph_to, 'mta-b05.mail.biglobe.ne.jp', 'mail.awstraining-jp.net', ip, 'support@awstraining-jp.net', w, ar)
h += [('Date', rfc(w, JST)),
      ('From', addr('AWSトレーニングと認定', 'support@awstraining-jp.net', 'iso-2022-jp')),
      ('To', ph_to),
      ('Subject', enc('【AWS】お問い合わせ（アカウント統合）を受け付けました', 'iso-2022-jp')),
      ('Message-ID', '<%s.%s@awstraining-jp.net>' % (w.strftime('%Y%m%d%H%M%S'), rhex(8))),
      ('MIME-Version', '1.0')]
add(51, 'lookalike-uketsuke', h,
    leaf(txt, charset='iso-2022-jp', cte='7bit'),
    'case_created', None, txt, False, 'ja')

# ---------------------------------------------------------------- 052 phishing merge_completed (outlook.jp, compauth fail)
w = T('2025-11-12 12:02:58')
ph_to = 'ryota.fujii@outlook.jp'
txt = """藤井 様

AWS認定アカウントの統合が完了しました。

統合後のアカウント：aws04410982
統合された認定資格：2件

統合後はパスワードがリセットされています。以下のリンクから新しいパスワードを設定し、認定資格が正しく移行されていることをご確認ください。
確認期限を過ぎると、移行した認定資格が無効になる場合があります。

https://aws-certmetrics-jp.com/signin?next=/merge/complete&u=%s

Amazon Web Services トレーニングと認定
""" % ralnum(20)
ip = '91.%d.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250), R.randrange(1, 250))
ar = ar_ms(ip, 'aws-certmetrics-jp.com', ['none'], dmarc='none', hfrom='aws-certmetrics-jp.com', compauth='fail reason=001', spf='pass')
h = route_outlook(ph_to, 'mx.aws-certmetrics-jp.com', ip, 'aws-certmetrics-jp.com', w, ar, tenant='jpnprd01')
h += [('Date', rfc(w)),
      ('From', addr('Amazon Web Services', 'no-reply@aws-certmetrics-jp.com')),
      ('To', ph_to),
      ('Subject', enc('AWS認定アカウントの統合が完了しました', 'utf-8')),
      ('Message-ID', '<%s@aws-certmetrics-jp.com>' % rhex(32)),
      ('MIME-Version', '1.0')]
add(52, 'lookalike-tougou-kanryou', h,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt), 'html', cte='quoted-printable')),
    'merge_completed', None, txt, False, 'ja')

# ---------------------------------------------------------------- 053 phishing Credly look-alike badge (Gmail)
w = T('2025-06-05 01:17:44')
ph_to = 'shun.hayashi.jp@gmail.com'
txt = """林 駿 さん

Amazon Web Services Training and Certification からバッジが発行されました。

AWS Certified Solutions Architect - Professional

アカウント統合に伴い、バッジを新しいアカウントへ移行しました。
バッジを受け取るには、7日以内に以下のリンクからサインインしてください。

バッジを受け取る
https://credly-badges.jp/accept?badge=%s

Credly
""" % rhex(24)
ip = '45.%d.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250), R.randrange(1, 250))
ar = ar_google([('credly-badges.jp', 'mail')], 'info@credly-badges.jp', ip, hfrom='credly-badges.jp', pol='NONE')
h = route_gmail(ph_to, 'mail.credly-badges.jp', ip, 'info@credly-badges.jp', w, ar)
h += [('DKIM-Signature', dkim('credly-badges.jp', 'mail', 'From:To:Subject:Date:Message-ID', w, c='relaxed/relaxed')),
      ('Date', rfc(w, JST)),
      ('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly-badges.jp>'),
      ('To', ph_to),
      ('Subject', enc('バッジが発行されました: AWS Certified Solutions Architect - Professional', 'utf-8')),
      ('Message-ID', '<%s@credly-badges.jp>' % rhex(20)),
      ('MIME-Version', '1.0')]
add(53, 'lookalike-credly-badge', h,
    alt(leaf(txt, cte='base64'), leaf(html_simple(txt), 'html', cte='base64')),
    'credly_badge_issued', None, txt, False, 'ja')

# ---------------------------------------------------------------- 054 unrelated phishing: payment update (Yahoo, ISO-2022-JP subject)
w = T('2025-07-19 21:33:07')
txt = """Amazon Web Services をご利用のお客様

お客様の AWS アカウントに登録されているお支払い方法で、今月分のご請求を処理できませんでした。
サービスの停止を避けるため、72 時間以内にお支払い情報を更新してください。

AWS アカウント ID：3928-1047-5560
ご請求金額：¥12,480

お支払い情報を更新する
https://aws-amazon-jp.com/billing/update?acct=392810475560

期限までに更新されない場合、アカウント上のすべてのリソースが停止されます。

Amazon Web Services Japan
"""
ip = '103.%d.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250), R.randrange(1, 250))
ar = ('mta5021.mail.kks.yahoo.co.jp;\n spf=fail smtp.mailfrom=aws-amazon-jp.com;\n dkim=none;\n dmarc=fail (p=none) header.from=aws-amazon-jp.com')
h = route_jp(L_TO, 'mta5021.mail.kks.yahoo.co.jp', 'smtp.aws-amazon-jp.com', ip, 'billing@aws-amazon-jp.com', w, ar)
h += [('Date', rfc(w, JST)),
      ('From', addr('Amazon Web Services', 'billing@aws-amazon-jp.com', 'iso-2022-jp')),
      ('To', L_TO),
      ('Subject', enc('【重要】AWSアカウントのお支払い方法を更新してください（サービス停止のお知らせ）', 'iso-2022-jp')),
      ('Message-ID', '<%s@aws-amazon-jp.com>' % rhex(16)),
      ('MIME-Version', '1.0')]
add(54, 'phish-shiharai-koushin', h,
    leaf(txt, charset='iso-2022-jp', codec='iso2022_jp_ext', cte='7bit'),
    'unrelated', None, txt, False, 'ja')

# ---------------------------------------------------------------- 055 unrelated: Credly badge expiry reminder (ja)
w = T('2025-10-01 15:00:26')
txt = """田中 健太 さん

お持ちのバッジの有効期限が近づいています。

AWS Certified Cloud Practitioner
有効期限: 2025年12月14日

バッジを有効な状態に保つには、期限までに再認定を完了してください。再認定の方法は AWS 認定のウェブサイトでご確認いただけます。
https://aws.amazon.com/jp/certification/recertification/

バッジを表示: %s

Credly
""" % badge_url()
h = credly_headers(A_TO, w, enc('バッジの有効期限が近づいています: AWS Certified Cloud Practitioner', 'utf-8'))
add(55, 'credly-kigen-reminder', h,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt, 'Helvetica, Arial'), 'html', cte='quoted-printable')),
    'unrelated', None, txt, True, 'ja')

# ---------------------------------------------------------------- 056 unrelated: AWS Summit Japan newsletter
w = T('2025-04-22 01:00:03')
txt = """AWS Summit Japan 2025 登録受付開始

田中 健太 様

AWS Summit Japan 2025 を 6 月 25 日（水）、26 日（木）の 2 日間、幕張メッセにて開催します。
基調講演、150 以上のセッション、AWS Expo に加え、AWS 認定者限定の「AWS Certified ラウンジ」もご用意しています。

今すぐ登録する
https://aws.amazon.com/jp/summits/japan/?trk=em_%s

AWS 認定をお持ちの方は、ラウンジ入場時に Credly のデジタルバッジをご提示ください。

配信停止: https://pages.awscloud.com/communication-preferences.html
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
""" % rhex(8)
host, ip = ses_host()
env = ses_bounce(w)
ar = ar_google([('amazon.com', AMZ_SEL), ('amazonses.com', SES_SEL)], env, ip)
h = route_gmail(A_TO, host, ip, env, w, ar)
h += amazon_dkims(w)
h += [('Date', rfc(w)),
      ('From', addr('Amazon Web Services', 'aws-marketing-email-replies@amazon.com')),
      ('To', A_TO),
      ('Subject', enc('【AWS Summit Japan 2025】登録受付を開始しました', 'utf-8')),
      ('Message-ID', ses_mid(w)),
      ('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>, <mailto:unsubscribe-%s@amazon.com>' % rhex(12)),
      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
      ('MIME-Version', '1.0')] + ses_tail(w)
add(56, 'aws-summit-newsletter', h,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_aws(txt), 'html', cte='quoted-printable')),
    'unrelated', None, txt, True, 'ja')

# ---------------------------------------------------------------- 057 K survey: rating-only HTML mail
w = T('2025-11-10 04:30:51')
txt = """吉田 真理 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

ケース ID: %(c)s

このケースで、お客様の問題は解決しましたか?
[はい] https://survey.training.aws/r/%(t)s?c=%(c)s&a=yes
[いいえ] https://survey.training.aws/r/%(t)s?c=%(c)s&a=no

担当者の対応を 5 段階で評価してください:
1 2 3 4 5

※本メールは送信専用です。
""" % {'c': K_CASE, 't': rhex(24)}
html = html_aws(txt).replace('1 2 3 4 5', ' '.join('<a href="https://survey.training.aws/r/x?c=%s&amp;s=%d" style="display:inline-block;width:32px;height:32px;line-height:32px;text-align:center;border:1px solid #879596;color:#16191f;text-decoration:none;">%d</a>' % (K_CASE, i, i) for i in range(1, 6)))
h, tail = aws_outlook_headers(K_TO, w, enc('ご意見をお聞かせください - AWS トレーニングと認定 カスタマーサポート', 'utf-8'),
                              from_addr='no-reply@training.amazon.com', from_name='AWS Training and Certification')
add(57, 'hyouka-html-only', h + tail,
    leaf(html, 'html', cte='base64'),
    'survey', K_CASE, txt, True, 'ja')

# ---------------------------------------------------------------- 058 E survey (English)
w = T('2025-03-07 09:16:05')
txt = """Hello,

Your case %(c)s has been closed.

Subject: Account merge - two certification accounts

How did we do? Please take a moment to tell us about your experience.

Was your issue resolved?
YES: https://survey.training.aws/r/%(t)s?c=%(c)s&a=yes
NO: https://survey.training.aws/r/%(t)s?c=%(c)s&a=no

Thank you for contacting AWS Training and Certification.

This message was sent from an address that cannot accept replies.
""" % {'c': E_CASE, 't': rhex(24)}
h, tail = aws_gmail_headers(E_TO, w, 'How did we do? Your case %s has been closed' % E_CASE,
                            from_addr='no-reply@training.amazon.com', from_name='AWS Training and Certification')
add(58, 'survey-closed-english', h + tail,
    alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(html_aws(txt, 'en'), 'html', cte='quoted-printable')),
    'survey', E_CASE, txt, True, 'en')


def encq(text, charset='utf-8', name='Subject'):
    from email.charset import Charset, QP
    cs = Charset(charset)
    cs.header_encoding = QP
    return Header(text, cs, header_name=name, maxlinelen=76).encode()


# ---------------------------------------------------------------- 059 M merge_confirmation_requested (2023, 11-digit, Q-encoded subject)
M_TO = 'sakura.matsumoto@gmail.com'
M_CASE = '12874930561'
w = T('2023-06-05 02:14:37')
M_SUBJ = encq('RE:[CASE 12874930561] [AWS Training and Certification Form Submission] - 認定アカウントの統合')
new = """松本様

AWSトレーニングと認定サポートの岡田です。
ご依頼のアカウント統合について、実施前の確認をお願いします。

・存続するアカウント：AWS01850273（sakura.matsumoto@gmail.com）
・統合元のアカウント：AWS04027719（s-matsumoto@mirai-design.jp）

統合が完了すると、AWS04027719 の認定と特典はすべて AWS01850273 に移り、AWS04027719 は閉鎖されます。元には戻せません。
統合が完了しましたら改めてご連絡し、Credly のバッジについてもご案内します。

上記でよろしいか、このメールへのご返信でお知らせください。

岡田
AWSトレーニングと認定 カスタマーサポート
"""
user = """お世話になっております。松本です。
以前の勤務先で作ったアカウント（s-matsumoto@mirai-design.jp）と、個人のGmailのアカウントがあります。
個人のほうに統合していただけますでしょうか。
旧アカウントの受験者IDは AWS04027719 だったと思います。

松本さくら"""
hist = '\n\n2023年6月3日(土) 11:20 松本さくら <sakura.matsumoto@gmail.com>:\n' + quote(user) + '\n'
txt = new + hist
h, tail = aws_gmail_headers(M_TO, w, M_SUBJ)
add(59, 'kakunin-2023-q-subject', h + tail,
    alt(leaf(txt, cte='quoted-printable'), leaf(html_simple(txt), 'html', cte='quoted-printable')),
    'merge_confirmation_requested', M_CASE, new, True, 'ja')

# ---------------------------------------------------------------- 060 M credly badge (ja, reissued after merge)
w = T('2023-06-09 20:44:12')
txt = """松本 さくら さん

Amazon Web Services Training and Certification から新しいバッジが届いています。

AWS Certified Data Analytics - Specialty

このバッジは、AWS 認定アカウントの情報更新に伴い、sakura.matsumoto@gmail.com 宛てに発行されたものです。
バッジを受け取ると、プロフィールに表示され、共有できるようになります。

バッジを受け取る: %s

Credly
""" % badge_url()
h = credly_headers(M_TO, w, enc('新しいバッジが届いています: AWS Certified Data Analytics - Specialty', 'utf-8'))
add(60, 'credly-saihakkou-ja', h,
    alt(leaf(txt, cte='base64'), leaf(html_simple(txt, 'Helvetica, Arial'), 'html', cte='base64')),
    'credly_badge_issued', None, txt, True, 'ja')

# ==== END MAILS

if __name__ == '__main__':
    write_all()
