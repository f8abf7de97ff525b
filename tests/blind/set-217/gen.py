#!/usr/bin/env python3
"""Generator for blind set 217 (Japanese emphasis, AWS Certification account merge mail).

Every mail is described by: top headers (transport + authentication), From/To/Subject/
Date/Message-ID, and a MIME tree built with the `email` package.  The new text and the
quoted history are kept apart so that the labels (account ids of the NEW part) can be
checked mechanically.
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import io
import json
import os
import quopri
import random
import re
import unicodedata
from email.message import Message
from email.generator import BytesGenerator
from email import policy as _policy
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(217)
UTC = _dt.timezone.utc
JST = _dt.timezone(_dt.timedelta(hours=9), 'JST')
MAILS = []          # (filename, bytes, label, new_text)

CODECS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
          'us-ascii': 'utf-8', 'iso-8859-1': 'latin-1', 'euc-jp': 'euc_jp',
          'windows-1252': 'cp1252'}


# ----------------------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, s=0, tz=UTC):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rfc(dt, tz=UTC):
    return format_datetime(dt.astimezone(tz))


def pacific(dt):
    # rough DST rule (second Sunday March .. first Sunday Nov) is good enough here
    off = -7 if 3 < dt.month < 11 or (dt.month == 3 and dt.day > 9) or (dt.month == 11 and dt.day < 3) else -8
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return format_datetime(dt.astimezone(tz)) + (' (PDT)' if off == -7 else ' (PST)')


def case15(dt, tail):
    return '%d%05d' % (int(dt.timestamp()), tail)


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(alphabet) for _ in range(n))


def ses_id(dt, region='email'):
    ms = int(dt.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@%s.amazonses.com>' % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), region)


def ses_envelope(dt, region='us-east-1'):
    ms = int(dt.timestamp() * 1000)
    host = 'amazonses.com' if region == 'us-east-1' else region + '.amazonses.com'
    return '0100%012x-%s-%s-%s-%s-%s-000000@%s' % (ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), host)


def fold_b64(s, width=70, indent='\t '):
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return ('\n' + indent).join(lines)


def dkim(domain, selector, dt, hlist='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID', c='relaxed/simple'):
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n'
            '\th=%s;\n\tbh=%s=;\n\tb=%s' % (c, selector, domain, int(dt.timestamp()), hlist,
                                             rb64(43), fold_b64(rb64(342) + '=', 70, '\t ')))


AMZ_SEL = 'jvpl5f7nqjmahxkmftnlu7inmnkwahzn'
SES_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
SES_SEL_W2 = 'hsbnp7p3ensaochzwyq5wwmceodymuwv'


def ses_dkim_pair(dt, region='us-east-1'):
    sel = SES_SEL if region == 'us-east-1' else SES_SEL_W2
    return [dkim('amazon.com', AMZ_SEL, dt),
            dkim('amazonses.com', sel, dt, 'From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID'),
            'Feedback-ID: ::1.%s.%s=:AmazonSES' % (region, rb64(43)),
            'X-SES-Outgoing: %s-54.240.%d.%d' % (dt.strftime('%Y.%m.%d'), R.choice([8, 9, 27, 48]), R.randint(10, 99))]


# ----------------------------------------------------------------------------- encoded words
def ew(text, charset='utf-8', enc='B', chunk=None):
    """Encode text as one or more encoded-words, folded over lines."""
    cs = charset.upper() if charset != 'utf-8' else 'UTF-8'
    codec = CODECS[charset.lower()]
    if chunk is None:
        chunk = 10 if charset.lower() == 'iso-2022-jp' else 12
    pieces = [text[i:i + chunk] for i in range(0, len(text), chunk)]
    words = []
    for p in pieces:
        b = p.encode(codec)
        if enc == 'B':
            words.append('=?%s?B?%s?=' % (cs, base64.b64encode(b).decode()))
        else:
            q = ''.join(chr(x) if (chr(x).isalnum() and x < 128) or chr(x) in '!*+-/' else
                        ('_' if x == 32 else '=%02X' % x) for x in b)
            words.append('=?%s?Q?%s?=' % (cs, q))
    return '\n '.join(words)


def addr(name, email, charset='utf-8', enc='B'):
    if not name:
        return email
    if all(ord(ch) < 128 for ch in name):
        return '"%s" <%s>' % (name, email) if (' ' in name or '.' in name) else '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, charset, enc, chunk=30), email)


# ----------------------------------------------------------------------------- MIME parts
def part(text, subtype='plain', charset='utf-8', cte='base64', label=None, codec=None):
    codec = codec or CODECS[charset.lower()]
    data = text.encode(codec)
    m = Message()
    m['Content-Type'] = 'text/%s; charset=%s' % (subtype, label or charset)
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    else:  # 8bit
        payload = data.decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    return m


def alt(plain, htmlp, boundary):
    m = Message()
    m['Content-Type'] = 'multipart/alternative; boundary="%s"' % boundary
    m.set_payload([plain, htmlp])
    return m


def mixed(parts, boundary, subtype='mixed'):
    m = Message()
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    m.set_payload(list(parts))
    return m


def b_ses():
    return '----=_Part_%d_%d.%d' % (R.randint(1000000, 9999999), R.randint(100000000, 999999999),
                                    R.randint(1600000000000, 1799999999999))


def b_gmail():
    return '000000000000' + rhex(16)


def b_outlook():
    return '_000_%s_' % ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(40))


def b_sendgrid():
    return rhex(64)


# ----------------------------------------------------------------------------- HTML
def h(s):
    return _html.escape(s, quote=False)


def paras_html(text):
    out = []
    for block in re.split(r'\n\s*\n', text.strip('\n')):
        out.append('<p>' + '<br>\n'.join(h(l) for l in block.split('\n')) + '</p>')
    return '\n'.join(out)


def aws_html(new, quoted=None, lang='ja', title='Amazon Web Services', footer=None):
    font = ("'Hiragino Kaku Gothic ProN','Meiryo',Arial,sans-serif" if lang == 'ja'
            else 'Arial,Helvetica,sans-serif')
    q = ''
    if quoted:
        q = ('<div style="border-left:2px solid #cccccc;padding-left:10px;margin-top:20px;color:#555555">'
             + paras_html(quoted) + '</div>')
    f = ''
    if footer:
        f = ('<tr><td style="padding:20px 24px;font-size:11px;color:#777777;border-top:1px solid #e0e0e0">'
             + paras_html(footer) + '</td></tr>')
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><title>%s</title></head>\n<body style="margin:0;padding:0;background:#f2f3f3">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" '
            'style="background:#f2f3f3"><tr><td align="center">\n'
            '<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" '
            'style="background:#ffffff;font-family:%s;font-size:14px;line-height:1.6;color:#16191f">\n'
            '<tr><td style="background:#232f3e;padding:14px 24px"><img src="https://d1.awsstatic.com/logos/'
            'aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png"'
            ' width="80" alt="AWS"></td></tr>\n<tr><td style="padding:24px">\n%s\n%s\n</td></tr>\n%s\n'
            '</table></td></tr></table>\n</body></html>\n' % (lang, h(title), font, paras_html(new), q, f))


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


# ----------------------------------------------------------------------------- transport headers
def rcv_gmail(rcpt, dt, env_from, src_host, src_ip, ar_body, arc=True):
    """Headers as Gmail stores them (topmost first)."""
    gid = rhex(16)
    hs = ['Delivered-To: ' + rcpt,
          'Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s' % (
              rhex(4), rhex(3), rhex(3), rhex(4), R.choice(['g4csp', 'j15csp', 'hy2csp']) + str(R.randint(100000, 999999)),
              pacific(dt + _dt.timedelta(seconds=2))),
          'X-Google-Smtp-Source: AGHT+I' + rb64(80),
          'X-Received: by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
              rhex(4), rhex(3), rhex(4), rhex(16), R.randint(1, 99), int(dt.timestamp()) % 100000000,
              pacific(dt + _dt.timedelta(seconds=2)))]
    if arc:
        hs += ['ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
               % (int(dt.timestamp()), fold_b64(rb64(340), 70, '        ')),
               'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
               '        h=feedback-id:mime-version:date:message-id:subject:to:from\n        :dkim-signature:dkim-signature;\n'
               '        bh=%s=;\n        fh=%s=;\n        b=%s' % (rb64(43), rb64(43), fold_b64(rb64(340), 70, '        ')),
               'ARC-Authentication-Results: i=1; mx.google.com;\n' + ar_body]
    hs += ['Return-Path: <%s>' % env_from,
           'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n'
           '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
               src_host, src_host, src_ip, rhex(16), R.randint(1, 99), int(dt.timestamp()) % 100000000, rcpt,
               pacific(dt + _dt.timedelta(seconds=1))),
           'Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (
               env_from, src_ip, src_ip) if 'spf=pass' in ar_body else
           'Received-SPF: %s (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;' % (
               'softfail' if 'softfail' in ar_body else 'fail', env_from, src_ip, src_ip),
           'Authentication-Results: mx.google.com;\n' + ar_body]
    return hs


def gmail_ar(dkims, env_from, src_ip, dmarc, from_dom, spf='pass', policy='QUARANTINE'):
    lines = []
    for res, dom, sel in dkims:
        lines.append('       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (res, dom, sel, rb64(8)))
    if spf == 'pass':
        lines.append('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;'
                     % (env_from, src_ip, env_from))
    else:
        lines.append('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;'
                     % (spf, env_from, src_ip, env_from))
    lines.append('       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
        dmarc, policy, policy, 'NONE' if dmarc == 'pass' else policy, from_dom))
    return '\n'.join(lines)


def aws_gmail(rcpt, dt, region='us-east-1'):
    env = ses_envelope(dt, region)
    ip = '54.240.%d.%d' % (R.choice([8, 9, 48]), R.randint(10, 120))
    host = 'a%s.smtp-out.%samazonses.com' % (ip.split('.', 2)[2].replace('.', '-'),
                                            '' if region == 'us-east-1' else region + '.')
    sel = SES_SEL if region == 'us-east-1' else SES_SEL_W2
    ar = gmail_ar([('pass', 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', sel)], env, ip, 'pass', 'amazon.com')
    return rcv_gmail(rcpt, dt, env, host, ip, ar) + ses_dkim_pair(dt, region)


def rcv_exo(rcpt, dt, env_from, src_host, src_ip, spf, dkim_txt, dmarc_txt, compauth, tenant_jp=True):
    """Exchange Online / Outlook.com: Authentication-Results without authserv-id."""
    pre = 'TY' if tenant_jp else 'PH'
    srv = lambda: '%s%dPR%02dMB%04d.%s.prod.outlook.com' % (pre, R.randint(1, 9), R.randint(1, 99), R.randint(1000, 9999),
                                                           'jpnprd01' if tenant_jp else 'namprd04')
    s1, s2, s3 = srv(), srv(), 'OS%dPEPF%08d.%s.prod.outlook.com' % (R.randint(1, 3), R.randint(100, 999), 'jpnprd01' if tenant_jp else 'namprd04')
    ip6 = '2603:1096:%s::%s' % (rhex(3), rhex(2))
    d = rfc(dt + _dt.timedelta(seconds=3))
    hs = ['Received: from %s (%s) by\n %s with HTTPS; %s' % (s1, ip6, s2, d),
          'Received: from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n'
          ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
              s3, '2603:1096:%s::%s' % (rhex(3), rhex(2)), s1, ip6, R.randint(8000, 9300), R.randint(10, 40), d),
          'Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s;%s;compauth=%s' % (
              spf, src_ip, env_from.split('@')[-1], dkim_txt, dmarc_txt, compauth),
          'Received-SPF: %s (protection.outlook.com: domain of %s\n %s %s as permitted sender)\n receiver=protection.outlook.com;'
          ' client-ip=%s; helo=%s; pr=C' % (
              spf.capitalize(), env_from.split('@')[-1], 'designates' if spf == 'pass' else 'does not designate', src_ip,
              src_ip, src_host),
          'Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n'
          ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
              src_host, src_ip, s3, R.randint(1, 250), R.randint(1, 250), R.randint(8000, 9300), R.randint(10, 40),
              rfc(dt + _dt.timedelta(seconds=2)))]
    return hs, env_from


def aws_exo(rcpt, dt, region='us-east-1', tenant_jp=True):
    env = ses_envelope(dt, region)
    ip = '54.240.%d.%d' % (R.choice([8, 27, 48]), R.randint(10, 120))
    host = 'a%s.smtp-out.%samazonses.com' % (ip.split('.', 2)[2].replace('.', '-'),
                                            '' if region == 'us-east-1' else region + '.')
    hs, _ = rcv_exo(rcpt, dt, env, host, ip, 'pass', 'pass (signature was verified)\n header.d=amazon.com',
                    'dmarc=pass action=none header.from=amazon.com', 'pass\n reason=100', tenant_jp)
    return ['Return-Path: ' + env] + hs + ['X-MS-Exchange-Organization-AuthAs: Anonymous'] + ses_dkim_pair(dt, region)


def rcv_jp(host, rcpt, dt, src_host, src_ip, ar_line, extra_hops=None):
    """Generic Japanese provider: one or two internal hops, provider Authentication-Results."""
    hs = []
    for hop in (extra_hops or []):
        hs.append('Received: from %s\n\tby %s with ESMTP id %s\n\tfor <%s>; %s' % (
            hop[0], hop[1], rhex(12).upper(), rcpt, rfc(dt + _dt.timedelta(seconds=2), JST)))
    if ar_line is not None:
        hs.append('Authentication-Results: ' + ar_line)
    hs.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
        src_host, src_host, src_ip, host, rhex(10).upper(), rcpt, rfc(dt + _dt.timedelta(seconds=1), JST)))
    return hs


def aws_jp(host, rcpt, dt, ar_fmt='std', region='us-east-1', extra_hops=None, with_ar=True):
    env = ses_envelope(dt, region)
    ip = '54.240.%d.%d' % (R.choice([8, 9, 27]), R.randint(10, 120))
    src = 'a%s.smtp-out.%samazonses.com' % (ip.split('.', 2)[2].replace('.', '-'),
                                           '' if region == 'us-east-1' else region + '.')
    if not with_ar:
        ar = None
    elif ar_fmt == 'yahoo':
        ar = ('%s  from=amazon.com; domainkeys=neutral (no sig);\n  from=amazon.com; dkim=pass (ok);\n'
              '  dmarc=pass header.from=amazon.com' % host)
    else:
        ar = ('%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com header.s=%s header.b=%s;\n'
              '\tdkim=pass header.d=amazonses.com;\n\tdmarc=pass (p=quarantine) header.from=amazon.com' % (
                  host, env, AMZ_SEL, rb64(8)))
    hs = ['Return-Path: <%s>' % env] + rcv_jp(host, rcpt, dt, src, ip, ar, extra_hops)
    return hs + ses_dkim_pair(dt, region)


# ----------------------------------------------------------------------------- assemble
def build(fname, top_headers, from_, to, subject, date, msgid, body, label, new_text,
          extra=None, cc=None, reply_to=None, mime_version=True):
    hs = list(top_headers)
    hs.append('From: ' + from_)
    if reply_to:
        hs.append('Reply-To: ' + reply_to)
    hs.append('To: ' + to)
    if cc:
        hs.append('Cc: ' + cc)
    hs.append('Subject: ' + subject)
    hs.append('Date: ' + date)
    hs.append('Message-ID: ' + msgid)
    hs += (extra or [])
    if mime_version:
        body['MIME-Version'] = '1.0'
        # MIME-Version first among the root's own headers
        items = body._headers
        body._headers = [x for x in items if x[0] == 'MIME-Version'] + [x for x in items if x[0] != 'MIME-Version']
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=_policy.compat32.clone(linesep='\n', max_line_length=0)).flatten(body)
    raw = ('\n'.join(hs) + '\n').encode('ascii') + buf.getvalue()
    MAILS.append((fname, raw, label, new_text))


def L(kind, case_id, ids, verified, lang):
    return {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)),
            'sender_verified': verified, 'language': lang}


def std_aws_body(new, quoted_plain, lang, cte='base64', html=True, footer=None, qsep=None):
    plain = new + (('\n\n' + (qsep + '\n' if qsep else '') + quoted_plain) if quoted_plain else '') + \
        ('\n\n' + footer if footer else '')
    p = part(plain, 'plain', 'utf-8', cte)
    if not html:
        return p
    hp = part(aws_html(new, quoted_plain, lang, footer=footer), 'html', 'utf-8', cte)
    return alt(p, hp, b_ses())


# ============================================================================= THE MAILS
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWS_NAME = 'Amazon Web Services'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# ---------------------------------------------------------------- story A: Gmail, form desk, keigo, 2025-05
A_TO = '%s <kenta.tanaka.dev@gmail.com>' % ew('田中 健太')
A_RC = 'kenta.tanaka.dev@gmail.com'
A_OPEN = T(2025, 5, 27, 14, 41, 7)
A_CASE = case15(A_OPEN, 412)
A_KEEP, A_OLD = 'AWS04718263', 'AWS09157730'

# 001 case_created: form acknowledgement, Japanese, UTF-8 base64, alternative
d = A_OPEN + _dt.timedelta(seconds=5)
new = """田中 健太 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。

お問い合わせを受け付けました。内容を確認のうえ、担当者より原則として 24 時間以内にご連絡いたします。
本件について追加の情報がございましたら、このメールにそのままご返信ください。

ケース ID: %s
お問い合わせの種類: AWS トレーニングと認定 / アカウントに関するサポート

同じご用件で新しいお問い合わせを作成されますと、重複したケースの確認に時間を要し、ご回答が遅れる場合がございます。あらかじめご了承ください。

※本メールはお問い合わせの受付をお知らせする自動送信メールです。ご返信いただいた内容は本ケースに記録されます。

AWS トレーニングと認定 カスタマーサポート
Amazon Web Services""" % A_CASE
foot = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of '
        'Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. '
        'North, Seattle, WA 98109.')
build('001-ja-form-ack-case-received.eml', aws_gmail(A_RC, d), addr(AWS_NAME, FORM), A_TO,
      '[CASE %s] %s' % (A_CASE, ew('お問い合わせを受け付けました（AWS トレーニングと認定）')),
      rfc(d), ses_id(d), std_aws_body(new, None, 'ja', footer=foot),
      L('case_created', A_CASE, [], True, 'ja'), new)

# 002 support_reply: asks for sign-in / notification addresses
d = T(2025, 5, 28, 1, 15, 33)
new = """田中 健太 様

AWS トレーニングと認定 カスタマーサポートの森でございます。
この度はお問い合わせいただき、誠にありがとうございます。

ご相談いただきました認定アカウント（AWS04718263 / aws09157730）の件につきまして、お手続きの前にご本人様確認を行う必要がございます。
恐れ入りますが、以下の情報を本メールへのご返信にてお知らせいただけますでしょうか。

1. 各アカウントへのサインインにご利用のメールアドレス
2. 各アカウントに登録されている通知先メールアドレス（サインイン用と異なる場合のみ）
3. 今後ご利用を希望されるアカウントの候補者 ID

なお、ご確認のため、氏名（ローマ字）が両アカウントで一致しているかもあわせてお知らせいただけますと幸いです。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

森 真理子
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""
q = """-----Original Message-----
From: kenta.tanaka.dev@gmail.com
Sent: Tuesday, May 27, 2025 2:41 PM
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04718263
First name: Kenta
Last name: Tanaka
Description:
認定アカウントが2つあります（AWS04718263 と AWS09157730）。
前職の会社アドレスで作ったほうに SAA の認定が残っているので、ひとつにまとめたいです。"""
build('002-ja-form-asks-login-addresses.eml', aws_gmail(A_RC, d), addr(AWS_NAME, FORM), A_TO,
      'RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ), rfc(d), ses_id(d),
      std_aws_body(new, q, 'ja'), L('support_reply', A_CASE, [A_KEEP, A_OLD], True, 'ja'), new)

# 003 merge_confirmation_requested: Gmail-JP style history below, nested quotes
d = T(2025, 5, 29, 0, 52, 10)
new = """田中 健太 様

ご返信いただき、ありがとうございます。森でございます。
お知らせいただいた情報をもとに確認いたしましたところ、以下の内容でお手続きを進める準備が整いました。

■ 今後ご利用いただくアカウント（残るアカウント）
  候補者 ID：AWS04718263
  サインイン用メールアドレス：kenta.tanaka.dev@gmail.com

■ 移し替え元のアカウント（お手続き後はご利用いただけなくなります）
  候補者 ID：AWS09157730
  サインイン用メールアドレス：k.tanaka@shinwa-tech.co.jp

AWS09157730 に紐づく認定資格、受験履歴および特典（50% 割引受験バウチャー等）は AWS04718263 へ移し替えられ、アカウントは一本化されます。
恐れ入りますが、本お手続きは一度実施いたしますと元に戻すことができません。

上記の内容でお間違いがなければ、本メールにご返信いただき、お手続きを進めてよいかご確認をお願いいたします。
ご返信をいただくまで、お手続きは保留とさせていただきます。

森 真理子
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""
q = """2025年5月28日(水) 19:03 田中健太 <kenta.tanaka.dev@gmail.com>:

> 森様
>
> ご連絡ありがとうございます。
> 1. AWS04718263: kenta.tanaka.dev@gmail.com / AWS09157730: k.tanaka@shinwa-tech.co.jp
> 2. 通知先も同じです
> 3. AWS04718263 を残したいです
> 氏名はどちらも Kenta Tanaka です。
>
> 2025年5月28日(水) 10:15 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 田中 健太 様
> >
> > AWS トレーニングと認定 カスタマーサポートの森でございます。
> > ご相談いただきました認定アカウント（AWS04718263 / aws09157730）の件につきまして、
> > お手続きの前にご本人様確認を行う必要がございます。"""
build('003-ja-form-confirm-which-survives.eml', aws_gmail(A_RC, d), addr(AWS_NAME, FORM), A_TO,
      'RE: [CASE %s] %s' % (A_CASE, FORM_SUBJ), rfc(d), ses_id(d),
      std_aws_body(new, q, 'ja', cte='quoted-printable'),
      L('merge_confirmation_requested', A_CASE, [A_KEEP, A_OLD], True, 'ja'), new)

# 004 support_reply: "thank you for confirming, we will now proceed" (boundary)
d = T(2025, 5, 29, 9, 30, 41)
new = """田中 健太 様

ご確認いただき、誠にありがとうございます。
それでは、ご指示いただいた内容にてお手続きを進めてまいります。

お手続きが済み次第、改めて本ケースにてご連絡いたします。通常 1～3 営業日ほどお時間をいただいておりますので、今しばらくお待ちくださいますようお願い申し上げます。
なお、処理中は認定アカウントへのサインインや試験の予約が一時的にできない場合がございます。

森 真理子
AWS トレーニングと認定 カスタマーサポート"""
q = """2025年5月29日(木) 12:10 田中健太 <kenta.tanaka.dev@gmail.com>:
> The details are correct. Please proceed with the merge.
> 内容に相違ありません。よろしくお願いいたします。
>
> 2025年5月29日(木) 9:52 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > ■ 今後ご利用いただくアカウント（残るアカウント）
> >   候補者 ID：AWS04718263
> > ■ 移し替え元のアカウント（お手続き後はご利用いただけなくなります）
> >   候補者 ID：AWS09157730
> > 上記の内容でお間違いがなければ、本メールにご返信いただき、お手続きを進めてよいかご確認をお願いいたします。"""
build('004-ja-form-thanks-will-proceed.eml', aws_gmail(A_RC, d), addr(AWS_NAME, FORM), A_TO,
      'RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ), rfc(d), ses_id(d),
      std_aws_body(new, q, 'ja'), L('support_reply', A_CASE, [], True, 'ja'), new)

# 005 merge_completed: plain text only, QP, "移し替え…手続きが済みました"
d = T(2025, 5, 30, 2, 5, 18)
new = """田中 健太 様

お待たせいたしました。森でございます。

AWS09157730 の認定資格および受験履歴を AWS04718263 へ移し替えるお手続きが本日済みましたので、ご報告いたします。
今後は AWS04718263（kenta.tanaka.dev@gmail.com）にてサインインしていただき、認定資格の一覧に SAA が表示されていることをご確認ください。

Credly のデジタルバッジについては、反映までに最大 48 時間ほどかかる場合がございます。2 日以上経っても新しいアカウントにバッジが届かない場合は、お手数ですが本メールにご返信ください。

このたびはご協力いただき、誠にありがとうございました。

森 真理子
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""
build('005-ja-form-transfer-done.eml', aws_gmail(A_RC, d), addr(AWS_NAME, FORM), A_TO,
      'RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ), rfc(d), ses_id(d),
      part(new, 'plain', 'utf-8', 'quoted-printable'), L('merge_completed', A_CASE, [A_KEEP, A_OLD], True, 'ja'), new)

# 006 survey: HTML-only closure + rating, base64
d = T(2025, 5, 30, 2, 6, 2)
new = """田中 健太 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース %s はクローズされました。

今回のお問い合わせは解決しましたか？
[ はい ]　　[ いいえ ]

担当者の対応について、5 段階でご評価ください。
★★★★★　★★★★　★★★　★★　★

いただいたご意見は、サービス品質の向上に役立てさせていただきます。アンケートは 1 分ほどでご回答いただけます。

※このメールは送信専用アドレスから送信しています。ご返信いただいてもお答えできませんのでご了承ください。""" % A_CASE
hp = part(aws_html(new, None, 'ja', title='アンケートのお願い'), 'html', 'utf-8', 'base64')
build('006-ja-closure-rating-html-only.eml', aws_gmail(A_RC, d), addr(AWS_NAME, NOREPLY), A_TO,
      ew('[ケース %s] サポートに関するアンケートのお願い' % A_CASE), rfc(d), ses_id(d), hp,
      L('survey', A_CASE, [], True, 'ja'), new)

# 007 credly_badge_issued: English Credly after the transfer
d = T(2025, 5, 31, 7, 44, 51)
env = 'bounces+2843109-9f1c-kenta.tanaka.dev=gmail.com@em2843.credly.com'
ip = '149.72.%d.%d' % (R.randint(100, 200), R.randint(2, 250))
ar = gmail_ar([('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], env, ip, 'pass', 'credly.com',
              policy='REJECT')
hs = rcv_gmail(A_RC, d, env, 'o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999)), ip, ar) + [
    dkim('credly.com', 's1', d, 'from:mime-version:subject:to:content-type:cc:content-type:from:subject:to'),
    dkim('sendgrid.info', 'smtpapi', d, 'from:mime-version:subject:to:content-type:cc:content-type:from:subject:to')]
new = """Kenta, you have a new badge!

AWS Training and Certification has issued you the following badge:

AWS Certified Solutions Architect – Associate
Issued by AWS Training and Certification

Accept your badge to start sharing it with your network, add it to your email signature, or download a certificate.

Accept your badge: https://www.credly.com/earner/earned/badge/4b6f0c52-91de-4f0e-a1a7-3c1e8d22b9f0

Badges help you show off your skills and discover new opportunities. Need help? Visit https://support.credly.com

Credly, 1 World Trade Center, 85th Floor, New York, NY 10007
Unsubscribe from badge notifications: https://www.credly.com/notification_preferences"""
hhtml = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333"><table width="600" align="center">'
         '<tr><td><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90"></td></tr>'
         '<tr><td><h1 style="font-size:22px">Kenta, you have a new badge!</h1>'
         '<p>AWS Training and Certification has issued you the following badge:</p>'
         '<p><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" '
         'width="120" alt=""><br><strong>AWS Certified Solutions Architect &ndash; Associate</strong><br>'
         'Issued by AWS Training and Certification</p>'
         '<p>Accept your badge to start sharing it with your network, add it to your email signature, or download a certificate.</p>'
         '<p><a href="https://www.credly.com/earner/earned/badge/4b6f0c52-91de-4f0e-a1a7-3c1e8d22b9f0" '
         'style="background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept your badge</a></p>'
         '<p style="font-size:12px;color:#777">Credly, 1 World Trade Center, 85th Floor, New York, NY 10007<br>'
         '<a href="https://www.credly.com/notification_preferences">Unsubscribe from badge notifications</a></p>'
         '</td></tr></table></body></html>')
build('007-en-credly-badge-after-transfer.eml', hs, addr('AWS Training and Certification via Credly', 'admin@credly.com'),
      A_RC, 'Kenta, AWS Training and Certification has issued you a badge', rfc(d),
      '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), R.randint(1, 40)),
      alt(part(new, 'plain', 'utf-8', 'quoted-printable'), part(hhtml, 'html', 'utf-8', 'quoted-printable'), b_sendgrid()),
      L('credly_badge_issued', None, [], True, 'en'), new)

# ---------------------------------------------------------------- story B: Exchange Online (JP tenant), console, 11-digit, 2023-02
B_RC = 'm-sato@kitahama-sys.co.jp'
B_TO = '%s <%s>' % (ew('佐藤 美咲'), B_RC)
B_CASE = '11862047315'
B_OPEN = T(2023, 2, 14, 1, 22, 9)
B_KEEP, B_2, B_3 = 'AWS31840256', 'AWS31840992', 'AWS57002318'
B_SUBJ_JA = '認定アカウント（CertMetrics）の統合依頼'
CONSOLE_FOOT_JA = """=======================
このメールへのご返信はお受けできません。ケースへのご返信は、サポートセンターから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

担当者の対応はいかがでしたか？ 以下のリンクから評価をお寄せください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&rating=true

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
このメッセージは Amazon Web Services, Inc.（410 Terry Ave. North, Seattle, WA 98109）が作成・配信しています。"""

# 008 case_created: console, Japanese subject, Outlook/EXO Authentication-Results without authserv-id
d = B_OPEN + _dt.timedelta(seconds=11)
new = """お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース %s をオープンしました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
ご希望の連絡方法: ウェブ

ケースの詳細を確認したり、情報を追加したりするには、AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

よろしくお願いいたします。
Amazon Web Services""" % (B_CASE, B_CASE, B_SUBJ_JA, B_CASE)
foot = """このメールアドレスは送信専用です。このメッセージに返信しないでください。
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""
build('008-ja-console-case-opened-11digit.eml', aws_exo(B_RC, d), addr(AWS_NAME, NOREPLY), B_TO,
      'Amazon Web Services: %s %s' % (ew('新しいサポートケースがオープンされました:'), B_CASE), rfc(d), ses_id(d),
      std_aws_body(new, None, 'ja', footer=foot), L('case_created', B_CASE, [], True, 'ja'), new)

# 009 support_reply: "new correspondence added" notice, Japanese
d = T(2023, 2, 15, 2, 3, 48)
new = """ケース %s に新しい対応履歴が追加されました。

件名: %s

返信内容を確認し、必要に応じて回答するには、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

よろしくお願いいたします。
Amazon Web Services""" % (B_CASE, B_SUBJ_JA, B_CASE)
build('009-ja-console-new-correspondence.eml', aws_exo(B_RC, d), addr(AWS_NAME, NOREPLY), B_TO,
      '[Case %s] %s' % (B_CASE, ew('新しい対応履歴が追加されました')), rfc(d), ses_id(d),
      std_aws_body(new, None, 'ja', cte='quoted-printable'), L('support_reply', B_CASE, [], True, 'ja'), new)

# 010 support_reply: which of three accounts to keep, plus reason; console footer with rating link
d = T(2023, 2, 15, 2, 3, 40)
new = """佐藤 様

お問い合わせいただきありがとうございます。AWS サポートの加藤です。

確認いたしましたところ、佐藤様のお名前で以下 3 つの認定アカウントが登録されておりました。

・AWS31840256（m-sato@kitahama-sys.co.jp）
・AWS 31840992（misaki.sato.0707@gmail.com）
・AWS57002318（msato@kitahama-sys.onmicrosoft.com）

お手数ですが、今後お使いになるアカウントを 1 つお選びいただき、ご返信いただけますでしょうか。
あわせて、ほかのアカウントの情報をまとめたい理由（勤務先の変更、誤って重複して作成した等）を簡単にお知らせいただけますと幸いです。

ご返信はサポートセンターのケースページから行っていただけます。
引き続きよろしくお願いいたします。

加藤 陽介
Amazon Web Services"""
build('010-ja-console-which-of-three-to-keep.eml', aws_exo(B_RC, d), addr(AWS_NAME, NOREPLY), B_TO,
      'RE:[CASE %s] %s' % (B_CASE, ew(B_SUBJ_JA)), rfc(d), ses_id(d),
      std_aws_body(new, None, 'ja', footer=CONSOLE_FOOT_JA % (B_CASE, B_CASE)),
      L('support_reply', B_CASE, [B_KEEP, B_2, B_3], True, 'ja'), new)

# 011 merge_confirmation_requested: "集約" wording, console
d = T(2023, 2, 16, 5, 47, 12)
new = """佐藤 様

ご返信ありがとうございます。加藤です。

ご指定のとおり、AWS31840256 を残し、AWS31840992 と AWS57002318 の認定情報をそちらへ集約する形で準備いたしました。

　残るアカウント　　　: AWS31840256（m-sato@kitahama-sys.co.jp）
　集約されるアカウント: AWS31840992、AWS57002318

集約後は AWS31840992 と AWS57002318 にはサインインできなくなります。また、この処理は実施後に取り消すことができません。

この内容で進めてよろしいでしょうか。問題なければ、ケースにて同意する旨をご返信ください。ご返信を確認してから処理を行います。

加藤 陽介
Amazon Web Services"""
build('011-ja-console-confirm-three-into-one.eml', aws_exo(B_RC, d), addr(AWS_NAME, NOREPLY), B_TO,
      'RE:[CASE %s] %s' % (B_CASE, ew(B_SUBJ_JA)), rfc(d), ses_id(d),
      std_aws_body(new, None, 'ja', footer=CONSOLE_FOOT_JA % (B_CASE, B_CASE)),
      L('merge_confirmation_requested', B_CASE, [B_KEEP, B_2, B_3], True, 'ja'), new)

# 012 merge_completed: plain polite register, "集約しました"
d = T(2023, 2, 17, 0, 18, 55)
new = """佐藤 様

加藤です。ご同意いただいた内容で処理を行い、3 つの認定アカウントを AWS31840256 に集約しました。

現在、AWS31840256 には過去に取得された 4 つの認定がすべて表示されています。試験の受験履歴と特典もこちらに移っています。
これからは m-sato@kitahama-sys.co.jp でサインインしてください。

気になる点がなければ、このケースはこのまま解決済みにさせていただきます。

加藤 陽介
Amazon Web Services"""
build('012-ja-console-consolidated-done.eml', aws_exo(B_RC, d), addr(AWS_NAME, NOREPLY), B_TO,
      'RE:[CASE %s] %s' % (B_CASE, ew(B_SUBJ_JA)), rfc(d), ses_id(d),
      std_aws_body(new, None, 'ja', cte='quoted-printable', footer=CONSOLE_FOOT_JA % (B_CASE, B_CASE)),
      L('merge_completed', B_CASE, [B_KEEP], True, 'ja'), new)

# 013 survey: console closure notice
d = T(2023, 2, 24, 0, 30, 4)
new = """お客様

ケース %s（%s）は、一定期間お客様からのご返信がなかったため、解決済みとしてクローズされました。

引き続きサポートが必要な場合は、14 日以内にサポートセンターからケースを再開してください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

今回のサポートについてご意見をお聞かせください。
問題は解決しましたか？　はい / いいえ
https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja

Amazon Web Services""" % (B_CASE, B_SUBJ_JA, B_CASE, B_CASE)
build('013-ja-console-resolved-closed.eml', aws_exo(B_RC, d), addr(AWS_NAME, NOREPLY), B_TO,
      'Amazon Web Services: %s %s' % (ew('ケースが解決済みになりました:'), B_CASE), rfc(d), ses_id(d),
      std_aws_body(new, None, 'ja', footer=foot), L('survey', B_CASE, [], True, 'ja'), new)

# 014 credly_badge_issued: Japanese-localised Credly mail to the Exchange mailbox
d = T(2023, 2, 18, 3, 11, 27)
env = 'bounces+2843109-77ae-m-sato=kitahama-sys.co.jp@em2843.credly.com'
ip = '149.72.%d.%d' % (R.randint(100, 200), R.randint(2, 250))
hs, _ = rcv_exo(B_RC, d, env, 'o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999)), ip, 'pass',
                'pass (signature was verified)\n header.d=credly.com', 'dmarc=pass action=none header.from=credly.com',
                'pass\n reason=100')
hs = ['Return-Path: ' + env] + hs + [dkim('credly.com', 's1', d, 'from:mime-version:subject:to:content-type')]
new = """佐藤 美咲 さん

AWS Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect – Professional
発行元: AWS Training and Certification

バッジを受け取ると、LinkedIn などで共有したり、メール署名に追加したりできます。

バッジを受け取る: https://www.credly.com/earner/earned/badge/8d1e7b30-2c4f-4a59-9b11-f06e2a7c1d55

Credly のヘルプセンター: https://support.credly.com
通知設定の変更: https://www.credly.com/notification_preferences"""
hhtml = ('<html lang="ja"><body style="font-family:Meiryo,Helvetica,sans-serif;color:#333">'
         '<table width="600" align="center"><tr><td><img src="https://images.credly.com/images/credly-logo.png" alt="Credly"></td></tr>'
         '<tr><td><p>佐藤 美咲 さん</p><h2>AWS Training and Certification から新しいバッジが発行されました。</h2>'
         '<p><strong>AWS Certified Solutions Architect &ndash; Professional</strong><br>発行元: AWS Training and Certification</p>'
         '<p>バッジを受け取ると、LinkedIn などで共有したり、メール署名に追加したりできます。</p>'
         '<p><a href="https://www.credly.com/earner/earned/badge/8d1e7b30-2c4f-4a59-9b11-f06e2a7c1d55" '
         'style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">バッジを受け取る</a></p>'
         '<p style="font-size:11px"><a href="https://support.credly.com">Credly のヘルプセンター</a> | '
         '<a href="https://www.credly.com/notification_preferences">通知設定の変更</a></p></td></tr></table></body></html>')
build('014-ja-credly-new-badge-exchange.eml', hs, addr('AWS Training and Certification via Credly', 'admin@credly.com'),
      B_TO, ew('AWS Training and Certification からバッジが届きました'), rfc(d),
      '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), R.randint(1, 40)),
      alt(part(new, 'plain', 'utf-8', 'base64'), part(hhtml, 'html', 'utf-8', 'base64'), b_sendgrid()),
      L('credly_badge_issued', None, [], True, 'ja'), new)

# ---------------------------------------------------------------- story C: @nifty, form desk, 10-digit case, 2020-07, ISO-2022-JP
C_RC = 'd-yamamoto@nifty.com'
C_TO = '%s <%s>' % (ew('山本 大輔', 'iso-2022-jp'), C_RC)
C_CASE = '7214830559'
C_KEEP, C_OLD = 'AWS00382915', 'AWS01129470'
C_SUBJ = ew('【AWS 認定】アカウントに関するお問い合わせ', 'iso-2022-jp')
NIFTY_HOPS = [('mx.nifty.com (mx.nifty.com [192.168.64.12])', 'mbox-08.mail.nifty.com (Postfix)')]


def nifty(dt):
    return aws_jp('mx.nifty.com', C_RC, dt, extra_hops=NIFTY_HOPS)


# 015 support_reply: chaser for missing information
d = T(2020, 7, 13, 9, 2, 40)
new = """山本 大輔 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの高橋でございます。

先日お願いいたしました、AWS00382915 および AWS01129470 それぞれのサインイン用メールアドレスにつきまして、まだご返信を確認できておりません。
お忙しいところ恐縮ですが、本メールへのご返信にてお知らせいただけますでしょうか。

なお、本日から 5 営業日以内にご返信がない場合、本ケースは一旦クローズさせていただきます。クローズ後も、本メールにご返信いただければ再開いたします。

何卒よろしくお願い申し上げます。

高橋 さやか
AWS トレーニングと認定 カスタマーサポート"""
q = """----- 以前のメッセージ -----
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
日時: 2020/07/09 10:31
件名: RE: [CASE 7214830559] 【AWS 認定】アカウントに関するお問い合わせ

山本 大輔 様

お手続きに先立ち、各アカウントのサインイン用メールアドレスをお知らせください。"""
plain = new + '\n\n' + q
build('015-ja-iso2022jp-chaser-awaiting-reply.eml', nifty(d), addr(AWS_NAME, FORM), C_TO,
      'RE: [CASE %s] %s' % (C_CASE, C_SUBJ), rfc(d), ses_id(d),
      part(plain, 'plain', 'iso-2022-jp', '7bit'), L('support_reply', C_CASE, [C_KEEP, C_OLD], True, 'ja'), new)

# 016 merge_confirmation_requested: terse register, ISO-2022-JP, Thunderbird-JP quote
d = T(2020, 7, 14, 8, 40, 5)
new = """山本 様

ご返信ありがとうございます。高橋です。

お知らせいただいた内容を確認しました。以下のとおり、2 つのアカウントを 1 つにまとめます。

　移行元: AWS01129470（d.yamamoto@kagaya-denki.co.jp）
　移行先: AWS00382915（d-yamamoto@nifty.com）※こちらが残ります

移行元の認定資格と受験履歴はすべて移行先へ移り、移行元のアカウントは使えなくなります。処理後に元へ戻すことはできません。

この内容でよろしければ、「この内容で進めてください」とご返信ください。ご返信をいただいてから作業に入ります。

高橋 さやか
AWS トレーニングと認定 カスタマーサポート"""
q = """2020/07/13 21:15 に 山本大輔 さんは書きました:
> 高橋様
>
> 返信が遅くなり申し訳ありません。
> AWS00382915 → d-yamamoto@nifty.com
> AWS01129470 → d.yamamoto@kagaya-denki.co.jp（前の会社のアドレスで、もう使えません）
> nifty のほうを残したいです。よろしくお願いします。"""
build('016-ja-iso2022jp-confirm-move-into-nifty-account.eml', nifty(d), addr(AWS_NAME, FORM), C_TO,
      'RE: [CASE %s] %s' % (C_CASE, C_SUBJ), rfc(d), ses_id(d),
      part(new + '\n\n' + q, 'plain', 'iso-2022-jp', '7bit'),
      L('merge_confirmation_requested', C_CASE, [C_KEEP, C_OLD], True, 'ja'), new)

# 017 merge_completed: "反映いたしました"
d = T(2020, 7, 16, 2, 55, 31)
new = """山本 大輔 様

お世話になっております。高橋でございます。

ご依頼いただきました件、移行作業が終わり、AWS00382915 への認定情報の反映を確認いたしました。
今後は d-yamamoto@nifty.com にてサインインのうえ、認定資格の一覧をご確認くださいますようお願いいたします。

ご不明な点がございましたら、本メールへご返信ください。

高橋 さやか
AWS トレーニングと認定 カスタマーサポート"""
q = """2020/07/14 22:03 に 山本大輔 さんは書きました:
> この内容で進めてください。よろしくお願いいたします。
>
> 2020/07/14 17:40 に Amazon Web Services さんは書きました:
> > 　移行元: AWS01129470（d.yamamoto@kagaya-denki.co.jp）
> > 　移行先: AWS00382915（d-yamamoto@nifty.com）※こちらが残ります"""
build('017-ja-iso2022jp-reflected-on-surviving.eml', nifty(d), addr(AWS_NAME, FORM), C_TO,
      'RE: [CASE %s] %s' % (C_CASE, C_SUBJ), rfc(d), ses_id(d),
      part(new + '\n\n' + q, 'plain', 'iso-2022-jp', '7bit'),
      L('merge_completed', C_CASE, [C_KEEP], True, 'ja'), new)

# 018 credly_badge_issued: 2020 Acclaim (youracclaim.com) mail, English
d = T(2020, 7, 17, 14, 20, 9)
env = 'bounces+4471029-1d2e-d-yamamoto=nifty.com@sendgrid.youracclaim.com'
ip = '167.89.%d.%d' % (R.randint(10, 120), R.randint(2, 250))
ar = ('mx.nifty.com;\n\tspf=pass smtp.mailfrom=sendgrid.youracclaim.com;\n\tdkim=pass header.d=youracclaim.com '
      'header.s=s1 header.b=%s;\n\tdmarc=pass (p=none) header.from=youracclaim.com' % rb64(8))
hs = ['Return-Path: <%s>' % env] + rcv_jp('mx.nifty.com', C_RC, d, 'o%d.sendgrid.youracclaim.com' % R.randint(1, 9), ip, ar,
                                            NIFTY_HOPS) + [dkim('youracclaim.com', 's1', d, 'from:subject:mime-version:to:content-type')]
new = """Daisuke Yamamoto,

Amazon Web Services Training and Certification has issued you a badge.

AWS Certified SysOps Administrator – Associate

Claim your badge and share it with your professional network.

Accept Badge: https://www.youracclaim.com/earner/earned/badge/b0e2f7a4-5c1d-4e3a-8f60-9a2d41c7e813

Acclaim is a Credly platform. Questions? https://support.youracclaim.com
You are receiving this email because Amazon Web Services Training and Certification issued you a badge."""
hhtml = ('<html><body><div style="font-family:Arial;max-width:600px;margin:auto">'
         '<img src="https://www.youracclaim.com/assets/acclaim-logo.png" alt="Acclaim">'
         '<p>Daisuke Yamamoto,</p><p>Amazon Web Services Training and Certification has issued you a badge.</p>'
         '<h3>AWS Certified SysOps Administrator &ndash; Associate</h3>'
         '<p>Claim your badge and share it with your professional network.</p>'
         '<p><a href="https://www.youracclaim.com/earner/earned/badge/b0e2f7a4-5c1d-4e3a-8f60-9a2d41c7e813">Accept Badge</a></p>'
         '<p style="font-size:11px">Acclaim is a Credly platform. You are receiving this email because Amazon Web Services '
         'Training and Certification issued you a badge.</p></div></body></html>')
build('018-en-acclaim-2020-badge-issued.eml', hs,
      addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'),
      'd-yamamoto@nifty.com', 'Amazon Web Services Training and Certification has issued you a badge', rfc(d),
      '<%s@ismtpd0%d.sendgrid.net>' % (rb64(22).replace('/', '_').replace('+', '-'), R.randint(10, 99)),
      alt(part(new, 'plain', 'utf-8', 'quoted-printable'), part(hhtml, 'html', 'utf-8', 'quoted-printable'), b_sendgrid()),
      L('credly_badge_issued', None, [], True, 'en'), new)

# ---------------------------------------------------------------- story D: outlook.jp, console, English (non-native) agent, 2024-11
D_RC = 'sho.nakamura@outlook.jp'
D_TO = '%s <%s>' % (ew('中村 翔'), D_RC)
D_OPEN = T(2024, 11, 18, 1, 12, 44)
D_CASE = case15(D_OPEN, 271)
D_KEEP, D_OLD = 'AWS62250418', 'AWS62250481'
D_SUBJ = 'Merge two certification accounts (CertMetrics)'
CONSOLE_FOOT_EN = """To see the case, or to reply, go to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Was this response helpful? Click here to rate it:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rating=true

* Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""


def outlook_jp(dt):
    return aws_exo(D_RC, dt, tenant_jp=False)


# 019 case_created: English console template
d = D_OPEN + _dt.timedelta(seconds=7)
new = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Preferred contact: Web

To view your case or add correspondence, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Best regards,
Amazon Web Services""" % (D_CASE, D_CASE, D_SUBJ, D_CASE)
build('019-en-console-new-case-opened.eml', outlook_jp(d), addr(AWS_NAME, NOREPLY), D_TO,
      'Amazon Web Services: You have opened a new Support case: %s' % D_CASE, rfc(d), ses_id(d),
      std_aws_body(new, None, 'en'), L('case_created', D_CASE, [], True, 'en'), new)

# 020 support_reply: non-native English, asks for e-mail ids and which account to retain
d = T(2024, 11, 19, 10, 41, 3)
new = """Hello Sho,

Greetings from AWS Training and Certification Support!

I have gone through your case and understood that you are having two certification profiles which you wish to have as a single one. I will be glad to assist you on this.

In order to proceed further, kindly share below details:

1) Email id registered with each of the account
2) Which account you wish to retain as primary account
3) Reason for having two accounts (for our records)

Once we receive above details, we will check and revert back to you at the earliest.

Thank you for your patience and understanding.

Best regards,
Priya R.
Amazon Web Services"""
build('020-en-console-kindly-share-email-ids.eml', outlook_jp(d), addr(AWS_NAME, NOREPLY), D_TO,
      'RE:[CASE %s] %s' % (D_CASE, D_SUBJ), rfc(d), ses_id(d),
      std_aws_body(new, None, 'en', footer=CONSOLE_FOOT_EN % (D_CASE, D_CASE)),
      L('support_reply', D_CASE, [], True, 'en'), new)

# 021 merge_confirmation_requested: English, primary / secondary, irreversible
d = T(2024, 11, 20, 11, 5, 27)
new = """Hello Sho,

Thank you for sharing the details.

As per the information provided, please find below the accounts which will be merged:

Primary account (will be retained): AWS62250418 - sho.nakamura@outlook.jp
Secondary account (will be deactivated): aws-62250481 - nakamura.sho@fujimi-soft.co.jp

All certifications, exam history and benefits of the secondary account will be moved to the primary account. Please note that this action is irreversible and cannot be undone once performed.

Request you to kindly reply to this case confirming the above, so that we can go ahead with the request.

Best regards,
Priya R.
Amazon Web Services"""
build('021-en-console-confirm-primary-secondary.eml', outlook_jp(d), addr(AWS_NAME, NOREPLY), D_TO,
      'RE:[CASE %s] %s' % (D_CASE, D_SUBJ), rfc(d), ses_id(d),
      std_aws_body(new, None, 'en', cte='quoted-printable', footer=CONSOLE_FOOT_EN % (D_CASE, D_CASE)),
      L('merge_confirmation_requested', D_CASE, [D_KEEP, D_OLD], True, 'en'), new)

# 022 support_reply: "thank you for confirming ... once the merge is complete" ; us-ascii label, 8bit UTF-8 body
d = T(2024, 11, 21, 4, 17, 59)
new = """Hello Sho,

Thank you for confirming the details. We will now proceed with your request and forward it to our internal team.

Once the merge is complete, we will update you on this case. Normally it takes 3–5 business days, so please don’t open a new case for the same request.

Appreciate your patience.

Best regards,
Priya R.
Amazon Web Services"""
plain = new + '\n\n' + CONSOLE_FOOT_EN % (D_CASE, D_CASE)
build('022-en-console-thanks-for-confirming-will-proceed.eml', outlook_jp(d), addr(AWS_NAME, NOREPLY), D_TO,
      'RE:[CASE %s] %s' % (D_CASE, D_SUBJ), rfc(d), ses_id(d),
      part(plain, 'plain', 'utf-8', '8bit', label='us-ascii'),
      L('support_reply', D_CASE, [], True, 'en'), new)

# 023 merge_completed: English, paraphrased ("consolidated"), no "merge" word
d = T(2024, 11, 22, 23, 48, 10)
new = """Hello Sho,

Good news! The certification records of AWS62250481 have now been consolidated into AWS62250418.

You can sign in to your certification account with sho.nakamura@outlook.jp and you will find all of your certifications and exam history listed there. The other profile is no longer active.

Your Credly badges should appear on the Credly account linked to sho.nakamura@outlook.jp within 24-48 hours.

If there is anything else we can help you with, please let us know by replying to this case.

Best regards,
Priya R.
Amazon Web Services"""
build('023-en-console-records-consolidated.eml', outlook_jp(d), addr(AWS_NAME, NOREPLY), D_TO,
      'RE:[CASE %s] %s' % (D_CASE, D_SUBJ), rfc(d), ses_id(d),
      std_aws_body(new, None, 'en', footer=CONSOLE_FOOT_EN % (D_CASE, D_CASE)),
      L('merge_completed', D_CASE, [D_KEEP, D_OLD], True, 'en'), new)

# 024 survey: English resolved + YES/NO
d = T(2024, 11, 29, 23, 50, 2)
new = """Dear Customer,

We have not heard back from you, so case %s ("%s") has been resolved.

If you still need help, you can reopen this case from the Support Center within 14 days:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Was your issue resolved?
YES: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
NO: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

How would you rate the support you received? (1 = Poor, 5 = Excellent)

Thank you for using Amazon Web Services.""" % (D_CASE, D_SUBJ, D_CASE, D_CASE, D_CASE)
build('024-en-console-case-resolved-yes-no.eml', outlook_jp(d), addr(AWS_NAME, NOREPLY), D_TO,
      'Amazon Web Services: Your support case %s has been resolved' % D_CASE, rfc(d), ses_id(d),
      std_aws_body(new, None, 'en'), L('survey', D_CASE, [], True, 'en'), new)

# ---------------------------------------------------------------- story E: Yahoo! JAPAN, form desk, 2025-03, Shift_JIS / CP932
E_RC = 'yumi_kb0312@yahoo.co.jp'
E_TO = '%s <%s>' % (ew('小林 由美', 'iso-2022-jp'), E_RC)
E_OPEN = T(2025, 3, 3, 12, 8, 30)
E_CASE = case15(E_OPEN, 97)
E_KEEP, E_OLD = 'AWS17764032', 'AWS20498815'
YJ = 'mta5008.mail.kks.yahoo.co.jp'
YJ_HOPS = [('%s (%s [10.224.9.21])' % (YJ, YJ), 'mbox22.mail.kks.yahoo.co.jp (YJ mbox)')]


def yj(dt):
    return aws_jp(YJ, E_RC, dt, ar_fmt='yahoo', extra_hops=YJ_HOPS)


# 025 case_created: acknowledgement echoing the submitted form (ids in the mail's own text), Shift_JIS base64
d = E_OPEN + _dt.timedelta(seconds=3)
new = """小林 由美 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを承りました。

────────────────────
ケース番号：%s
お問い合わせの種類：認定 ／ アカウントの統合
AWS 候補者 ID：AWS17764032
お問い合わせ内容：
AWS20498815 と AWS17764032 の 2 つの認定アカウントがあるので、1 つにしたいです。
────────────────────

担当者が内容を確認し、原則 24 時間以内にご連絡いたします。
本メールにご返信いただくと、追加の情報としてケースに記録されます。

AWS トレーニングと認定 カスタマーサポート""" % E_CASE
build('025-ja-sjis-form-ack-with-submission-echo.eml', yj(d), addr(AWS_NAME, FORM), E_TO,
      '[CASE %s] %s' % (E_CASE, ew('お問い合わせありがとうございます', 'iso-2022-jp')), rfc(d), ses_id(d),
      part(new, 'plain', 'shift_jis', 'base64', label='Shift_JIS'),
      L('case_created', E_CASE, [E_KEEP, E_OLD], True, 'ja'), new)

# 026 merge_confirmation_requested: label says Shift_JIS, body uses CP932-only characters (① ② 髙)
d = T(2025, 3, 5, 1, 33, 14)
new = """小林 由美 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの髙田でございます。
ご返信いただき、ありがとうございました。

ご申告の内容をもとに確認いたしましたところ、以下のとおりアカウントを一本化するお手続きが可能でございます。

① ご利用を継続されるアカウント：AWS17764032（yumi_kb0312@yahoo.co.jp）
② 情報を移し替えたのち無効となるアカウント：AWS20498815（y.kobayashi@minato-lab.jp）

②に登録されている認定資格・受験履歴・特典は、すべて①へ移し替えられます。お手続き後に②をご利用いただくことはできず、また元の状態に戻すこともできかねますので、あらかじめご了承くださいませ。

つきましては、上記の内容でお手続きを進めてよろしいか、本メールへのご返信にてお知らせいただけますでしょうか。

何卒よろしくお願い申し上げます。

髙田 智子
AWS トレーニングと認定 カスタマーサポート"""
q = """----- Original Message -----
From: 小林由美 <yumi_kb0312@yahoo.co.jp>
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: 2025/3/4 火 21:30
Subject: Re: [CASE %s] お問い合わせありがとうございます

> お世話になっております。
> 残したいのは AWS17764032（yumi_kb0312@yahoo.co.jp）のほうです。
> AWS20498815 は前の職場で使っていた y.kobayashi@minato-lab.jp で登録しています。""" % E_CASE
build('026-ja-cp932-mislabelled-confirm-consolidation.eml', yj(d), addr(AWS_NAME, FORM), E_TO,
      'RE:[CASE %s] %s' % (E_CASE, FORM_SUBJ), rfc(d), ses_id(d),
      part(new + '\n\n' + q, 'plain', 'shift_jis', 'base64', label='Shift_JIS'),
      L('merge_confirmation_requested', E_CASE, [E_KEEP, E_OLD], True, 'ja'), new)

# 027 merge_completed: done + this closes the case + survey link (boundary: closure that also says it is done)
d = T(2025, 3, 7, 6, 2, 45)
new = """小林 由美 様

いつもお世話になっております。髙田でございます。

お待たせいたしました。AWS20498815 から AWS17764032 への移し替えが済み、認定アカウントの一本化のお手続きは滞りなく終了いたしました。
今後は yumi_kb0312@yahoo.co.jp にてサインインいただけますと、すべての認定資格をご確認いただけます。

本件につきましては、これをもちましてクローズとさせていただきます。
よろしければ、今後のサービス向上のため、以下のアンケートにご協力いただけますと幸いです。
https://survey.aws-tc.amazon.com/jfe/form/SV_tc?caseId=%s

このたびはご利用いただき、誠にありがとうございました。

髙田 智子
AWS トレーニングと認定 カスタマーサポート""" % E_CASE
build('027-ja-transfer-finished-and-case-closed.eml', yj(d), addr(AWS_NAME, FORM), E_TO,
      'RE:[CASE %s] %s' % (E_CASE, FORM_SUBJ), rfc(d), ses_id(d),
      std_aws_body(new, None, 'ja', cte='base64'),
      L('merge_completed', E_CASE, [E_KEEP, E_OLD], True, 'ja'), new)

# 028 credly_badge_issued: Japanese Credly mail via Yahoo! JAPAN (Yahoo-style Authentication-Results)
d = T(2025, 3, 8, 0, 14, 37)
env = 'bounces+2843109-0b7c-yumi_kb0312=yahoo.co.jp@em2843.credly.com'
ip = '149.72.%d.%d' % (R.randint(100, 200), R.randint(2, 250))
ar = '%s  from=credly.com; domainkeys=neutral (no sig);\n  from=credly.com; dkim=pass (ok);\n  dmarc=pass header.from=credly.com' % YJ
hs = ['Return-Path: <%s>' % env] + rcv_jp(YJ, E_RC, d, 'o3.ptr4471.credly.com', ip, ar, YJ_HOPS) + [
    dkim('credly.com', 's1', d, 'from:mime-version:subject:to:content-type')]
new = """小林 由美 さん

おめでとうございます！ AWS Training and Certification からバッジが発行されました。

AWS Certified Cloud Practitioner
AWS Certified Developer – Associate

バッジを受け取って、あなたのスキルを共有しましょう。

バッジを受け取る: https://www.credly.com/earner/earned/badge/1f5a9c33-7e20-4b8d-a6c4-2d9e0b71f4a8

このメールは Credly（https://www.credly.com）から送信されています。通知設定: https://www.credly.com/notification_preferences"""
hhtml = ('<html lang="ja"><body><table width="600" align="center" style="font-family:Meiryo,sans-serif">'
         '<tr><td><p>小林 由美 さん</p><h2>おめでとうございます！ AWS Training and Certification からバッジが発行されました。</h2>'
         '<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Developer &ndash; Associate</li></ul>'
         '<p>バッジを受け取って、あなたのスキルを共有しましょう。</p>'
         '<p><a href="https://www.credly.com/earner/earned/badge/1f5a9c33-7e20-4b8d-a6c4-2d9e0b71f4a8">バッジを受け取る</a></p>'
         '<p style="font-size:11px">このメールは Credly から送信されています。</p></td></tr></table></body></html>')
build('028-ja-credly-two-badges-yahoo.eml', hs, addr('AWS Training and Certification via Credly', 'admin@credly.com'),
      E_TO, ew('おめでとうございます！新しいバッジが発行されました'), rfc(d),
      '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), R.randint(1, 40)),
      alt(part(new, 'plain', 'utf-8', 'base64'), part(hhtml, 'html', 'utf-8', 'base64'), b_sendgrid()),
      L('credly_badge_issued', None, [], True, 'ja'), new)

# ---------------------------------------------------------------- story F: docomo mail, form desk, 2025-08, mixed registers
F_RC = 'hayato.i-0826@docomo.ne.jp'
F_TO = F_RC
F_OPEN = T(2025, 8, 20, 13, 2, 51)
F_CASE = case15(F_OPEN, 658)
F_KEEP, F_OLD = 'AWS88120347', 'AWS73015592'
DCM = 'mfsmax.docomo.ne.jp'
DCM_HOPS = [('mfsmax.docomo.ne.jp (mfsmax.docomo.ne.jp [10.112.4.33])', 'mbsv-x09.docomo.ne.jp (mbox)')]


def dcm(dt):
    return aws_jp(DCM, F_RC, dt, extra_hops=DCM_HOPS)


# 029 case_created: ISO-2022-JP plain acknowledgement
d = F_OPEN + _dt.timedelta(seconds=6)
new = """伊藤 隼 様

AWS トレーニングと認定へのお問い合わせありがとうございます。
お問い合わせ（ケース ID：%s）を受け付けました。

担当者が確認のうえ、原則として 24 時間以内にご返信いたします。
混雑状況によってはお時間をいただく場合がございます。同じ内容のお問い合わせを重ねてお送りいただく必要はございません。

追加でお知らせいただく内容がある場合は、このメールに返信してください。

AWS トレーニングと認定""" % F_CASE
build('029-ja-iso2022jp-form-ack-docomo.eml', dcm(d), addr(AWS_NAME, FORM), F_TO,
      ew('[CASE %s] お問い合わせを受け付けました' % F_CASE, 'iso-2022-jp', chunk=14), rfc(d), ses_id(d),
      part(new, 'plain', 'iso-2022-jp', '7bit'), L('case_created', F_CASE, [], True, 'ja'), new)

# 030 support_reply: status update, full-width id copied from the customer's form
d = T(2025, 8, 22, 3, 40, 19)
new = """伊藤 様

AWS トレーニングと認定 サポートの小川です。
ご連絡が遅くなり申し訳ありません。

お問い合わせいただいた ＡＷＳ８８１２０３４７ の件は、現在担当チームで確認を進めています。
確認が取れ次第こちらからご連絡しますので、もう少しお待ちください。

小川 拓也
AWS トレーニングと認定 サポート"""
build('030-ja-status-update-fullwidth-id.eml', dcm(d), addr(AWS_NAME, FORM), F_TO,
      'RE:[CASE %s] %s' % (F_CASE, FORM_SUBJ), rfc(d), ses_id(d),
      std_aws_body(new, None, 'ja', html=False), L('support_reply', F_CASE, [F_KEEP], True, 'ja'), new)

# 031 support_reply: a question about something other than the merge (pending exam appointment)
d = T(2025, 8, 25, 2, 11, 8)
new = """伊藤 様

小川です。確認にお時間をいただきありがとうございます。

お手続きの前に 1 点確認させてください。
AWS73015592 のほうに、9 月 12 日の AWS Certified Solutions Architect – Professional（SAP-C02）の試験予約が入っているようです。

予約が残っている状態ではアカウントの情報を移すことができないため、次のどちらをご希望かお知らせいただけますか。

(a) いったん試験予約をキャンセルし、手続き後に AWS88120347 で予約し直す
(b) 試験を受けたあとで手続きを行う

ご返信をお待ちしています。

小川 拓也
AWS トレーニングと認定 サポート"""
q = """-----Original Message-----
From: hayato.i-0826@docomo.ne.jp
Sent: Friday, August 22, 2025 9:05 PM
To: Amazon Web Services
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

わかりました。お待ちしています。
ちなみに残したいのは AWS88120347 です。""" % F_CASE
build('031-ja-question-about-pending-exam-booking.eml', dcm(d), addr(AWS_NAME, FORM), F_TO,
      'RE:[CASE %s] %s' % (F_CASE, FORM_SUBJ), rfc(d), ses_id(d),
      std_aws_body(new, q, 'ja', cte='quoted-printable'),
      L('support_reply', F_CASE, [F_KEEP, F_OLD], True, 'ja'), new)

# 032 merge_confirmation_requested: HTML-only, "移し替え"
new = """伊藤 様

小川です。ご返信ありがとうございます。試験を受験されたあとでのお手続きとのこと、承知しました。
9 月 12 日の試験結果が反映されたことを確認しましたので、以下の内容で移し替えを行います。

残すアカウント：AWS88120347（hayato.i-0826@docomo.ne.jp）
移し替え元　　：AWS73015592（h.ito@seiryo-sys.co.jp）

移し替え後、AWS73015592 は使えなくなり、元に戻すこともできません。
この内容で問題なければ、このメールに「同意します」とご返信ください。確認でき次第、作業に入ります。

小川 拓也
AWS トレーニングと認定 サポート"""
d = T(2025, 9, 16, 4, 26, 50)
build('032-ja-html-only-confirm-transfer.eml', dcm(d), addr(AWS_NAME, FORM), F_TO,
      'RE:[CASE %s] %s' % (F_CASE, FORM_SUBJ), rfc(d), ses_id(d),
      part(aws_html(new, None, 'ja'), 'html', 'utf-8', 'base64'),
      L('merge_confirmation_requested', F_CASE, [F_KEEP, F_OLD], True, 'ja'), new)

# 033 merge_completed: "手続き済み", "反映済み"
d = T(2025, 9, 17, 8, 3, 22)
new = """伊藤 様

小川です。
ご同意いただいた件、本日手続き済みとなりましたのでお知らせします。

AWS73015592 にあった認定資格（SAP-C02 を含む）と受験履歴は、すべて AWS88120347 に反映済みです。
Credly のバッジは数日以内に hayato.i-0826@docomo.ne.jp 宛てに届く予定です。届かない場合はこのメールにご返信ください。

ありがとうございました。

小川 拓也
AWS トレーニングと認定 サポート"""
q = """2025/09/16 18:40、伊藤 隼 <hayato.i-0826@docomo.ne.jp>のメール:

> 同意します。よろしくお願いします。
>
> iPhoneから送信"""
build('033-ja-tetsuzuki-zumi-reflected.eml', dcm(d), addr(AWS_NAME, FORM), F_TO,
      'RE:[CASE %s] %s' % (F_CASE, FORM_SUBJ), rfc(d), ses_id(d),
      std_aws_body(new, q, 'ja'), L('merge_completed', F_CASE, [F_KEEP, F_OLD], True, 'ja'), new)

# 034 survey: separate satisfaction survey, Japanese, HTML + plain
d = T(2025, 9, 19, 9, 0, 12)
new = """伊藤 隼 様

先日は AWS トレーニングと認定 サポートにお問い合わせいただき、ありがとうございました。
今後のサポート品質向上のため、ケース %s での対応について簡単なアンケートにご協力ください。

Q1. お問い合わせの内容は解決しましたか？
Q2. 担当者の対応にどの程度満足されましたか？（1～5）
Q3. その他、ご意見・ご要望があればご記入ください。

アンケートに回答する:
https://survey.aws-tc.amazon.com/jfe/form/SV_9uKbq1?case=%s&lang=ja

所要時間は 2 分ほどです。回答期限: 2025 年 9 月 30 日""" % (F_CASE, F_CASE)
build('034-ja-satisfaction-survey-request.eml', dcm(d), addr('AWS Training and Certification', 'no-reply-aws@amazon.com'), F_TO,
      ew('【アンケートのお願い】サポートの対応はいかがでしたか'), rfc(d), ses_id(d),
      std_aws_body(new, None, 'ja'), L('survey', F_CASE, [], True, 'ja'), new)

# ---------------------------------------------------------------- story G: BIGLOBE, console case about badges left behind, 2025-01
G_RC = 'ryo-kato@biglobe.ne.jp'
G_TO = '%s <%s>' % (ew('加藤 涼', 'iso-2022-jp'), G_RC)
G_OPEN = T(2025, 1, 9, 6, 30, 15)
G_CASE = case15(G_OPEN, 1033)
G_KEEP, G_OLD = 'AWS45609981', 'AWS45610007'
G_SUBJ = 'Credly バッジが新しいアカウントに表示されない'
BGL = 'mail.biglobe.ne.jp'


def bgl(dt):
    return aws_jp(BGL, G_RC, dt, extra_hops=[('mail.biglobe.ne.jp (mail.biglobe.ne.jp [133.205.192.12])',
                                              'mbox3.biglobe.ne.jp (BIGLOBE mbox)')])


# 035 support_reply: asks for Credly e-mail addresses
d = T(2025, 1, 10, 1, 45, 51)
new = """加藤 様

AWS サポートの中島でございます。お問い合わせいただきありがとうございます。

Credly のバッジが以前のアカウント（AWS45610007 に紐づく Credly アカウント）に残ったままとなっている件につきまして、Credly 側へバッジの移し替えを依頼いたします。
依頼にあたり、恐れ入りますが以下の 2 点をお知らせいただけますでしょうか。

1. 以前の Credly アカウントに登録されているメールアドレス
2. 現在ご利用中の Credly アカウント（AWS45609981 と同じメールアドレスかどうか）

サポートセンターのケースページよりご返信をお願いいたします。

中島 美穂
Amazon Web Services"""
build('035-ja-console-asks-credly-addresses.eml', bgl(d), addr(AWS_NAME, NOREPLY), G_TO,
      'RE:[CASE %s] %s' % (G_CASE, ew(G_SUBJ)), rfc(d), ses_id(d),
      std_aws_body(new, None, 'ja', footer=CONSOLE_FOOT_JA % (G_CASE, G_CASE)),
      L('support_reply', G_CASE, [G_KEEP, G_OLD], True, 'ja'), new)

# 036 credly_badge_issued: badge ready to accept after Credly moved it, English
d = T(2025, 1, 14, 17, 2, 33)
env = 'bounces+2843109-55d1-ryo-kato=biglobe.ne.jp@em2843.credly.com'
ip = '149.72.%d.%d' % (R.randint(100, 200), R.randint(2, 250))
ar = ('%s;\n\tspf=pass smtp.mailfrom=em2843.credly.com;\n\tdkim=pass header.d=credly.com header.s=s1 header.b=%s;\n'
      '\tdmarc=pass (p=reject) header.from=credly.com' % (BGL, rb64(8)))
hs = ['Return-Path: <%s>' % env] + rcv_jp(BGL, G_RC, d, 'o1.ptr2210.credly.com', ip, ar) + [
    dkim('credly.com', 's1', d, 'from:mime-version:subject:to:content-type')]
new = """Hi Ryo,

Your badge is ready to accept!

AWS Training and Certification issued you the "AWS Certified Data Engineer – Associate" badge. This badge was previously held on another Credly account and has now been issued to this account at the request of the issuer.

Accept your badge: https://www.credly.com/earner/earned/badge/c2d80a44-6b11-4e0f-9d2a-5f7e31a9b6c0

Once accepted, you can share your badge on LinkedIn, embed it on your website or add it to your email signature.

The Credly Team"""
hhtml = ('<html><body style="font-family:Helvetica,Arial"><table width="600" align="center"><tr><td>'
         '<p>Hi Ryo,</p><h2>Your badge is ready to accept!</h2>'
         '<p>AWS Training and Certification issued you the &ldquo;AWS Certified Data Engineer &ndash; Associate&rdquo; badge. '
         'This badge was previously held on another Credly account and has now been issued to this account at the request of the issuer.</p>'
         '<p><a href="https://www.credly.com/earner/earned/badge/c2d80a44-6b11-4e0f-9d2a-5f7e31a9b6c0" '
         'style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Accept your badge</a></p>'
         '<p>Once accepted, you can share your badge on LinkedIn, embed it on your website or add it to your email signature.</p>'
         '<p>The Credly Team</p></td></tr></table></body></html>')
build('036-en-credly-badge-reissued-ready-to-accept.eml', hs, addr('Credly', 'admin@credly.com'), G_RC,
      'Your badge is ready to accept', rfc(d),
      '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), R.randint(1, 40)),
      alt(part(new, 'plain', 'utf-8', 'quoted-printable'), part(hhtml, 'html', 'utf-8', 'quoted-printable'), b_sendgrid()),
      L('credly_badge_issued', None, [], True, 'en'), new)

# 037 survey: agent's closing message with rating request (no statement that a transfer was done)
d = T(2025, 1, 15, 2, 20, 4)
new = """加藤 様

中島でございます。
新しい Credly アカウントでバッジをご確認いただけたとのこと、ご連絡いただきありがとうございます。

本ケースはこれにてクローズとさせていただきます。
お手数ですが、今回の対応について以下のリンクからご評価いただけますと幸いです。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&rating=true

またお困りのことがございましたら、お気軽にお問い合わせください。

中島 美穂
Amazon Web Services""" % G_CASE
q = """---------- 元のメッセージ ----------
差出人: 加藤 涼
日時: 2025年1月15日(水) 8:57

バッジ、新しいほうに出てきました。ありがとうございました。"""
build('037-ja-console-closing-please-rate.eml', bgl(d), addr(AWS_NAME, NOREPLY), G_TO,
      'RE:[CASE %s] %s' % (G_CASE, ew(G_SUBJ)), rfc(d), ses_id(d),
      std_aws_body(new, q, 'ja', cte='quoted-printable'), L('survey', G_CASE, [], True, 'ja'), new)

# ---------------------------------------------------------------- story H: Xserver company mail, console, plain register, 2025-10
H_RC = 'r.matsumoto@hinode-works.jp'
H_TO = '%s <%s>' % (ew('松本 亮介'), H_RC)
H_OPEN = T(2025, 10, 14, 0, 51, 2)
H_CASE = case15(H_OPEN, 3)
H_KEEP, H_OLD = 'AWS26093170', 'AWS91844025'
H_SUBJ = '認定アカウントが2つある件'
XSV = 'sv14021.xserver.jp'


def xsv(dt):
    return aws_jp(XSV, H_RC, dt, region='us-west-2')


# 038 case_created: console HTML-only, Japanese
d = H_OPEN + _dt.timedelta(seconds=9)
new = """アマゾン ウェブ サービスをご利用いただきありがとうございます。

お客様の問題に対応するため、新しいサポートケースを作成しました。

ケース ID：%s
件名：%s
重要度：一般的なガイダンス

ケースの状況はサポートセンターでいつでもご確認いただけます。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメッセージには返信できません。""" % (H_CASE, H_SUBJ, H_CASE)
build('038-ja-console-html-only-case-created.eml', xsv(d), addr(AWS_NAME, NOREPLY), H_TO,
      ew('Amazon Web Services: サポートケース %s を作成しました' % H_CASE), rfc(d), ses_id(d, 'us-west-2'),
      part(aws_html(new, None, 'ja', footer='Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。'),
           'html', 'utf-8', 'quoted-printable'),
      L('case_created', H_CASE, [], True, 'ja'), new)

# 039 support_reply: plain register, asks reason and full name; ids written with hyphen
d = T(2025, 10, 14, 23, 20, 40)
new = """松本さん

サポートの西村です。お問い合わせありがとうございます。

AWS-26093170 と AWS-91844025 のどちらも松本さんのお名前で登録されていることを確認しました。
手続きの前に、次の 2 点を教えてください。

・2 つ作成された経緯（会社のアドレスと個人のアドレスで別々に作った、など）
・どちらのアカウントを今後使いたいか

サポートセンターのケースから返信してください。

西村 健
Amazon Web Services"""
build('039-ja-console-plain-register-asks-reason.eml', xsv(d), addr(AWS_NAME, NOREPLY), H_TO,
      'RE:[CASE %s] %s' % (H_CASE, ew(H_SUBJ)), rfc(d), ses_id(d, 'us-west-2'),
      std_aws_body(new, None, 'ja', footer=CONSOLE_FOOT_JA % (H_CASE, H_CASE)),
      L('support_reply', H_CASE, [H_KEEP, H_OLD], True, 'ja'), new)

# 040 merge_confirmation_requested: plain register
d = T(2025, 10, 15, 23, 5, 12)
new = """松本さん

西村です。返信ありがとうございます。

次の内容で進めます。

　残す：AWS26093170（r.matsumoto@hinode-works.jp）
　なくなる：AWS91844025（ryosuke.m.1988@gmail.com）

AWS91844025 の認定と受験履歴は AWS26093170 に移ります。一度実行すると元には戻せません。

これで問題ないか、ケースから返信をお願いします。返信を確認してから作業します。

西村 健
Amazon Web Services"""
build('040-ja-console-plain-confirm-keep-drop.eml', xsv(d), addr(AWS_NAME, NOREPLY), H_TO,
      'RE:[CASE %s] %s' % (H_CASE, ew(H_SUBJ)), rfc(d), ses_id(d, 'us-west-2'),
      std_aws_body(new, None, 'ja', cte='quoted-printable', footer=CONSOLE_FOOT_JA % (H_CASE, H_CASE)),
      L('merge_confirmation_requested', H_CASE, [H_KEEP, H_OLD], True, 'ja'), new)

# 041 support_reply: "OK, starting now; will tell you when done" with Outlook-JP quoted block
d = T(2025, 10, 16, 1, 30, 0)
new = """松本さん

確認ありがとうございます。では作業に入ります。
終わったらこのケースで連絡します。2～3 日ほど見ておいてください。

西村 健
Amazon Web Services"""
q = """差出人: 松本 亮介 <r.matsumoto@hinode-works.jp>
送信日時: 2025年10月16日 9:12
宛先: Amazon Web Services
件名: RE: [CASE %s] 認定アカウントが2つある件

西村様

その内容で問題ありません。進めてください。

松本

________________________________
差出人: Amazon Web Services <no-reply-aws@amazon.com>
送信日時: 2025年10月16日 8:05
件名: RE:[CASE %s] 認定アカウントが2つある件

　残す：AWS26093170（r.matsumoto@hinode-works.jp）
　なくなる：AWS91844025（ryosuke.m.1988@gmail.com）""" % (H_CASE, H_CASE)
build('041-ja-console-ok-starting-work-outlook-quote.eml', xsv(d), addr(AWS_NAME, NOREPLY), H_TO,
      'RE:[CASE %s] %s' % (H_CASE, ew(H_SUBJ)), rfc(d), ses_id(d, 'us-west-2'),
      std_aws_body(new, q, 'ja', footer=CONSOLE_FOOT_JA % (H_CASE, H_CASE)),
      L('support_reply', H_CASE, [], True, 'ja'), new)

# 042 merge_completed: plain register, "反映しました"
d = T(2025, 10, 17, 6, 44, 38)
new = """松本さん

西村です。
作業が終わりました。AWS91844025 にあった認定 3 件を AWS26093170 に反映しています。

r.matsumoto@hinode-works.jp でサインインして、一覧に出ているか見てみてください。
特に問題なければ、このケースは数日後に自動でクローズされます。

西村 健
Amazon Web Services"""
build('042-ja-console-plain-reflected.eml', xsv(d), addr(AWS_NAME, NOREPLY), H_TO,
      'RE:[CASE %s] %s' % (H_CASE, ew(H_SUBJ)), rfc(d), ses_id(d, 'us-west-2'),
      std_aws_body(new, None, 'ja', footer=CONSOLE_FOOT_JA % (H_CASE, H_CASE)),
      L('merge_completed', H_CASE, [H_KEEP, H_OLD], True, 'ja'), new)

# 043 survey: console rating request only
d = T(2025, 10, 24, 7, 0, 9)
new = """松本 亮介 様

先日は AWS サポートをご利用いただきありがとうございました。
ケース %s の担当者の対応について、評価をお願いいたします。

このやり取りはお役に立ちましたか？
　★ 1　★ 2　★ 3　★ 4　★ 5

評価する: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&rating=true

ご回答いただいた内容は、サポート品質の改善にのみ使用いたします。""" % (H_CASE, H_CASE)
build('043-ja-console-rate-this-correspondence.eml', xsv(d), addr(AWS_NAME, NOREPLY), H_TO,
      ew('AWS サポートの対応を評価してください（ケース %s）' % H_CASE), rfc(d), ses_id(d, 'us-west-2'),
      std_aws_body(new, None, 'ja'), L('survey', H_CASE, [], True, 'ja'), new)

# ---------------------------------------------------------------- story I: on-premises Postfix without Authentication-Results, duplicate case, 2026-02
I_RC = 'aya.inoue@mizusawa-kogyo.co.jp'
I_TO = '%s <%s>' % (ew('井上 彩', 'iso-2022-jp'), I_RC)
I_OPEN1 = T(2026, 2, 2, 3, 15, 40)
I_OPEN2 = T(2026, 2, 3, 0, 48, 2)
I_CASE1 = case15(I_OPEN1, 729)
I_CASE2 = case15(I_OPEN2, 86)
I_A, I_B = 'AWS50317748', 'AWS50388120'


def onprem(dt):
    env = ses_envelope(dt)
    ip = '54.240.8.%d' % R.randint(10, 120)
    src = 'a8-%s.smtp-out.amazonses.com' % ip.rsplit('.', 1)[1]
    return ['Return-Path: <%s>' % env,
            'X-Original-To: ' + I_RC,
            'Delivered-To: ' + I_RC,
            'Received: from localhost (localhost [127.0.0.1])\n\tby mail.mizusawa-kogyo.co.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
            % (rhex(10).upper(), I_RC, rfc(dt + _dt.timedelta(seconds=3), JST)),
            'X-Virus-Scanned: amavisd-new at mizusawa-kogyo.co.jp',
            'Received: from mail.mizusawa-kogyo.co.jp ([127.0.0.1])\n\tby localhost (mail.mizusawa-kogyo.co.jp [127.0.0.1]) (amavisd-new, port 10024)\n'
            '\twith ESMTP id %s for <%s>;\n\t%s' % (rb64(12), I_RC, rfc(dt + _dt.timedelta(seconds=2), JST)),
            'Received: from %s (%s [%s])\n\tby mail.mizusawa-kogyo.co.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
            % (src, src, ip, rhex(10).upper(), I_RC, rfc(dt + _dt.timedelta(seconds=1), JST))] + ses_dkim_pair(dt)


# 044 case_created: acknowledgement of a second (duplicate) case, no Authentication-Results at all
d = I_OPEN2 + _dt.timedelta(seconds=4)
new = """井上 彩 様

AWS トレーニングと認定にお問い合わせいただきありがとうございます。
お問い合わせ番号 %s にて承りました。

内容を確認のうえ、担当者より 24 時間以内を目安にご連絡いたします。
なお、同一のご用件でお問い合わせを複数いただいた場合、確認に時間を要することがございます。

本メールにご返信いただくと、このお問い合わせに追記されます。

AWS トレーニングと認定 カスタマーサポート""" % I_CASE2
build('044-ja-second-case-ack-no-auth-results.eml', onprem(d), addr(AWS_NAME, FORM), I_TO,
      '[CASE %s] %s' % (I_CASE2, FORM_SUBJ), rfc(d), ses_id(d),
      std_aws_body(new, None, 'ja', cte='quoted-printable'), L('case_created', I_CASE2, [], None, 'ja'), new)

# 045 support_reply: "please keep using the first case" on the duplicate
d = T(2026, 2, 3, 7, 12, 55)
new = """井上 彩 様

AWS トレーニングと認定 カスタマーサポートの青木でございます。

AWS50317748・AWS50388120 の件につきまして、昨日いただいたお問い合わせ（ケース %s）と同じご依頼を本ケースでも承っております。
対応を一本化するため、今後のやり取りは先にいただいたケース %s にてご案内いたします。本ケースへのご返信は不要です。

あちらのケースでは、現在ご本人様確認の準備を進めております。もうしばらくお待ちくださいますようお願い申し上げます。

青木 恵
AWS トレーニングと認定 カスタマーサポート""" % (I_CASE1, I_CASE1)
build('045-ja-duplicate-case-use-earlier-one.eml', onprem(d), addr(AWS_NAME, FORM), I_TO,
      'RE:[CASE %s] %s' % (I_CASE2, FORM_SUBJ), rfc(d), ses_id(d),
      std_aws_body(new, None, 'ja'), L('support_reply', I_CASE2, [I_A, I_B], None, 'ja'), new)

# ---------------------------------------------------------------- phishing
# 046 merge_confirmation_requested, look-alike domain with its own valid DKIM/DMARC -> not verified
P_RC = 'kenta.tanaka.dev@gmail.com'
d = T(2025, 6, 9, 22, 14, 3)
env = 'bounce-7741@mail.aws-certification-jp.com'
ip = '185.221.%d.%d' % (R.randint(10, 250), R.randint(2, 250))
ar = gmail_ar([('pass', 'aws-certification-jp.com', 'default')], env, ip, 'pass', 'aws-certification-jp.com', policy='NONE')
hs = rcv_gmail(P_RC, d, env, 'mail.aws-certification-jp.com', ip, ar) + [
    dkim('aws-certification-jp.com', 'default', d, 'from:to:subject:date:message-id:mime-version:content-type')]
new = """田中 健太 様

いつも AWS 認定をご利用いただきありがとうございます。

お客様の認定アカウント AWS04718263 と AWS09157730 の統合手続きを開始いたします。
統合後に残るアカウントを確定するため、24 時間以内に下記より AWS アカウントにサインインし、内容をご確認ください。

▼統合内容の確認はこちら
https://aws-certification-jp.com/account/merge/confirm?id=AWS04718263

期限内にご確認いただけない場合、両アカウントの認定資格が一時的に無効となる場合がございます。

AWS トレーニングと認定 サポートチーム"""
build('046-ja-phish-lookalike-confirm-merge.eml', hs, addr('AWS トレーニングと認定', 'support@aws-certification-jp.com'),
      A_TO, ew('【重要】認定アカウント統合内容のご確認（24時間以内）'), rfc(d, JST),
      '<%s@mail.aws-certification-jp.com>' % rhex(24),
      alt(part(new, 'plain', 'utf-8', 'base64'), part(aws_html(new, None, 'ja'), 'html', 'utf-8', 'base64'), b_gmail()),
      L('merge_confirmation_requested', None, [A_KEEP, A_OLD], False, 'ja'), new)

# 047 merge_completed, spoofed amazon.com: top Gmail verdict dmarc=fail, forged "pass" header lower down
d = T(2025, 6, 14, 11, 3, 47)
P_CASE = '174512093300187'
env = 'support@amazon.com'
ip = '45.133.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
ar = ('       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n'
      '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com' % (env, ip, env))
hs = rcv_gmail(P_RC, d, env, 'vps-4471.kjhsd-relay.top', ip, ar, arc=False) + [
    'Authentication-Results: mx.amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com',
    'Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby vps-4471.kjhsd-relay.top (Postfix) with ESMTPSA id 9C1F2A0331\n\tfor <%s>; %s'
    % (P_RC, rfc(d - _dt.timedelta(seconds=2), JST))]
new = """お客様

AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

ご依頼いただいた認定アカウント（AWS04718263）の一本化手続きが済みました。
一本化に伴い、受験特典（50%% 割引バウチャー）の再発行が必要となります。下記ページよりお支払い情報をご確認のうえ、72 時間以内にバウチャーを有効化してください。

https://aws-tc-voucher.support-amazon-jp.com/activate?case=%s

有効化されない場合、特典は失効いたします。

Amazon Web Services""" % P_CASE
build('047-ja-spoofed-amazon-dmarc-fail-transfer-done.eml', hs, addr(AWS_NAME, FORM), A_TO,
      'RE:[CASE %s] %s' % (P_CASE, FORM_SUBJ), rfc(d, JST), '<%s@kjhsd-relay.top>' % rhex(20),
      part(new, 'plain', 'utf-8', 'base64'),
      L('merge_completed', P_CASE, [A_KEEP], False, 'ja'), new)

# 048 credly_badge_issued phishing: look-alike Credly domain, SPF fail at the provider
P2_RC = 'm-sato@kitahama-sys.co.jp'
d = T(2023, 3, 2, 8, 40, 11)
env = 'noreply@credly-badges.net'
ip = '103.151.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
hs, _ = rcv_exo(P2_RC, d, env, 'mx1.credly-badges.net', ip, 'fail', 'none (message not signed)',
                'dmarc=fail action=none header.from=credly-badges.net', 'fail\n reason=001')
hs = ['Return-Path: ' + env] + hs
new = """佐藤 美咲 様

アカウントの移し替えに伴い、AWS 認定バッジ 4 件があなたの Credly アカウントへ再発行されました。

バッジを受け取るには、下記より Credly にサインインしてください。
受け取り期限：本メール受信から 48 時間

■ バッジを受け取る
https://credly-badges.net/login?redirect=accept&u=m-sato%40kitahama-sys.co.jp

期限を過ぎるとバッジは失効し、再発行には手数料がかかります。

Credly サポート"""
build('048-ja-phish-credly-lookalike-badges.eml', hs, addr('Credly', 'noreply@credly-badges.net'), B_TO,
      ew('AWS 認定バッジが再発行されました - 48時間以内に受け取ってください', 'iso-2022-jp'), rfc(d, JST),
      '<%s@credly-badges.net>' % rhex(18),
      part(aws_html(new, None, 'ja', title='Credly'), 'html', 'iso-2022-jp', '7bit', codec='iso2022_jp'),
      L('credly_badge_issued', None, [], False, 'ja'), new)

# 049 unrelated phishing: Amazon.co.jp account suspension look-alike
d = T(2025, 7, 1, 19, 22, 5)
env = 'info@amazon-co-jp.mjuytq.cn'
ip = '117.50.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
ar = ('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (env, ip, env))
hs = rcv_gmail('aya.inoue.cert@gmail.com', d, env, 'mail.mjuytq.cn', ip, ar, arc=False)
new = """Amazon お客様

お客様のアカウントで異常なログインが検出されたため、Amazon アカウントを一時的に停止しました。
アカウントを引き続きご利用いただくには、24 時間以内に以下のリンクからお支払い情報を更新してください。

https://amazon-co-jp.mjuytq.cn/ap/signin?ref=verify

更新が確認できない場合、アカウントは永久に停止されます。

Amazon.co.jp カスタマーサービス"""
build('049-ja-phish-amazon-account-suspended.eml', hs, addr('Amazon.co.jp', env),
      'aya.inoue.cert@gmail.com', ew('【Amazon】アカウントの一時停止のお知らせ', 'utf-8', 'Q', chunk=8), rfc(d, JST),
      '<%s@mjuytq.cn>' % rhex(16), part(new, 'plain', 'shift_jis', 'base64', label='Shift_JIS'),
      L('unrelated', None, [], False, 'ja'), new)

# 050 unrelated phishing: AWS billing look-alike, dmarc=fail
d = T(2025, 9, 4, 2, 51, 30)
env = 'billing-alert@aws-amazon-billing.com'
ip = '91.92.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
ar = gmail_ar([('fail', 'aws-amazon-billing.com', 'mail')], env, ip, 'fail', 'aws-amazon-billing.com', spf='fail', policy='NONE')
hs = rcv_gmail('hayato.i.aws@gmail.com', d, env, 'srv.aws-amazon-billing.com', ip, ar)
new = """AWS をご利用のお客様

お客様の AWS アカウント（アカウント ID: 4839-2017-5562）のお支払いが確認できませんでした。
サービスの停止を避けるため、48 時間以内に請求情報を更新してください。

請求情報を更新する: https://console-aws-amazon-billing.com/billing/update

Amazon Web Services 請求チーム"""
build('050-ja-phish-aws-billing-update.eml', hs, addr('AWS Billing', env), 'hayato.i.aws@gmail.com',
      ew('[AWS] お支払い情報の確認が必要です'), rfc(d), '<%s@aws-amazon-billing.com>' % rhex(16),
      alt(part(new, 'plain', 'utf-8', 'quoted-printable'), part(aws_html(new, None, 'ja'), 'html', 'utf-8', 'quoted-printable'),
          b_gmail()),
      L('unrelated', None, [], False, 'ja'), new)

# ---------------------------------------------------------------- unrelated look-alikes and neighbours
# 051 Amazon Seller Central case about merging seller accounts (same RE:[CASE n] style) -> unrelated
d = T(2025, 6, 12, 4, 31, 20)
env = '%s-%s@bounces.amazon.co.jp' % (d.strftime('%Y%m%d%H%M%S'), rhex(10))
ip = '99.78.197.%d' % R.randint(200, 250)
ar = gmail_ar([('pass', 'amazon.co.jp', 'rte02'), ('pass', 'amazonses.com', SES_SEL)], env, ip, 'pass', 'amazon.co.jp')
hs = rcv_gmail(A_RC, d, env, 'smtp-fw-%d.amazon.com' % R.randint(80000, 80099), ip, ar) + [
    dkim('amazon.co.jp', 'rte02', d, 'Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type')]
SC_CASE = '6120493857'
new = """田中 健太 様

Amazon 出品サービスをご利用いただき、ありがとうございます。セラーサポートの藤井です。

お問い合わせいただいた、重複して作成された出品用アカウントの統合について回答いたします。
恐れ入りますが、出品用アカウント同士の統合はお受けしておりません。使用しない出品用アカウントについては、セラーセントラルの「設定」＞「出品用アカウント情報」から閉鎖の手続きを行ってください。

本回答がお役に立ちましたら、下記より評価をお願いいたします。
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%s

よろしくお願いいたします。

藤井
Amazon.co.jp セラーサポート""" % SC_CASE
build('051-ja-seller-central-case-not-aws.eml', hs, addr('Amazon セラーセントラル', 'seller-notification@amazon.co.jp'),
      A_TO, 'RE:[CASE %s] %s' % (SC_CASE, ew('出品用アカウントの統合について')), rfc(d),
      '<%s.%s@email.amazon.co.jp>' % (rhex(24), d.strftime('%Y%m%d%H%M%S')),
      alt(part(new, 'plain', 'utf-8', 'quoted-printable'), part(aws_html(new, None, 'ja', title='Amazon Seller Central'),
                                                                'html', 'utf-8', 'quoted-printable'), b_ses()),
      L('unrelated', SC_CASE, [], True, 'ja'), new)

# 052 AWS billing support case (console), Japanese -> unrelated
d0 = T(2025, 6, 10, 5, 20, 33)
BL_CASE = case15(d0, 415)
d = T(2025, 6, 11, 2, 8, 40)
new = """松本 亮介 様

AWS サポートの岡田でございます。お問い合わせいただきありがとうございます。

AWS アカウント（アカウント ID: 3051-7782-9410）の請求書に記載される宛名の変更につきましてご案内いたします。
請求書の宛名は、Billing and Cost Management コンソールの「お支払い設定」にある「請求先住所」の会社名欄を更新いただくことで、翌月発行分から反映されます。

過去に発行済みの請求書の宛名を変更することはできかねますので、あらかじめご了承ください。

ほかにご不明な点がございましたら、本ケースにてお知らせください。

岡田 直樹
Amazon Web Services"""
build('052-ja-console-billing-case-invoice-name.eml', xsv(d), addr(AWS_NAME, NOREPLY), H_TO,
      'RE:[CASE %s] %s' % (BL_CASE, ew('請求書の宛名（会社名）変更について')), rfc(d), ses_id(d, 'us-west-2'),
      std_aws_body(new, None, 'ja', footer=CONSOLE_FOOT_JA % (BL_CASE, BL_CASE)),
      L('unrelated', BL_CASE, [], True, 'ja'), new)

# 053 AWS service quota case, English, 11 digits -> unrelated
d = T(2022, 9, 6, 17, 44, 12)
QC = '10374822961'
new = """Hello,

Thank you for contacting AWS Support.

We have approved and processed your quota increase request for "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in the Asia Pacific (Tokyo) region. The new quota is 256 vCPUs.

It can sometimes take up to 30 minutes for this to propagate and become available for use. You can check the current value in the Service Quotas console.

We hope this helps. If you have any further questions, please let us know.

Best regards,
Tomas K.
Amazon Web Services"""
build('053-en-console-quota-increase-approved.eml', aws_exo(B_RC, d), addr(AWS_NAME, NOREPLY), B_TO,
      'RE:[CASE %s] Limit Increase: EC2 Instances' % QC, rfc(d), ses_id(d),
      std_aws_body(new, None, 'en', footer=CONSOLE_FOOT_EN % (QC, QC)),
      L('unrelated', QC, [], True, 'en'), new)

# 054 CertMetrics "AWS Certification wants to hear from you", mentions the candidate id -> unrelated, not AWS domain
d = T(2025, 6, 3, 15, 0, 4)
env = 'bounce-%d@mail.certmetrics.com' % R.randint(100000, 999999)
ip = '198.2.%d.%d' % (R.randint(128, 190), R.randint(2, 250))
ar = gmail_ar([('pass', 'certmetrics.com', 'k1')], env, ip, 'pass', 'certmetrics.com', policy='NONE')
hs = rcv_gmail(A_RC, d, env, 'mail%d.certmetrics.com' % R.randint(10, 99), ip, ar) + [
    dkim('certmetrics.com', 'k1', d, 'from:to:subject:date:mime-version:content-type')]
new = """Dear Kenta Tanaka,

AWS Certification wants to hear from you!

As an AWS Certified individual (Candidate ID: AWS04718263), your feedback helps us improve the certification program. Please take 10 minutes to complete our annual AWS Certification survey.

Take the survey: https://www.certmetrics.com/amazon/survey/start?key=9f41c2

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this e-mail."""
build('054-en-certmetrics-wants-to-hear-from-you.eml', hs, addr('AWS Certification', 'do-not-reply@certmetrics.com'),
      A_RC, 'AWS Certification wants to hear from you', rfc(d), '<%s@certmetrics.com>' % rhex(20),
      alt(part(new, 'plain', 'utf-8', '7bit'), part('<html><body>' + paras_html(new) + '</body></html>', 'html', 'utf-8', '7bit'),
          '----=_NextPart_%s' % rhex(12)),
      L('unrelated', None, [A_KEEP], False, 'en'), new)

# 055 Pearson VUE appointment confirmation, Japanese, with the candidate id -> unrelated
d = T(2025, 8, 26, 11, 15, 0)
env = 'bounce@pearsonvue.com'
ip = '159.182.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
ar = ('%s;\n\tspf=pass smtp.mailfrom=pearsonvue.com;\n\tdkim=pass header.d=pearson.com header.s=pvue header.b=%s;\n'
      '\tdmarc=pass (p=reject) header.from=pearson.com' % (DCM, rb64(8)))
hs = ['Return-Path: <%s>' % env] + rcv_jp(DCM, F_RC, d, 'mx-out.pearsonvue.com', ip, ar, DCM_HOPS) + [
    dkim('pearson.com', 'pvue', d, 'from:to:subject:date:mime-version:content-type')]
new = """伊藤 隼 様

Pearson VUE で試験のご予約をいただき、ありがとうございます。以下の内容で予約が確定しました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02) 日本語
日時: 2025年9月12日(金) 10:00 JST
会場: オンライン試験（OnVUE）
受験者 ID: AWS73015592
登録 ID: 512883901

試験開始 30 分前からチェックインできます。本人確認書類をご用意ください。
予約の変更・キャンセルは試験開始の 24 時間前まで可能です。

Pearson VUE
https://home.pearsonvue.com/aws"""
build('055-ja-pearson-vue-booking-confirmed.eml', hs, addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), F_RC,
      ew('Pearson VUE 試験予約の確認 - AWS Certification', 'utf-8', 'Q', chunk=10), rfc(d), '<%s@pearsonvue.com>' % rhex(22),
      part(new, 'plain', 'utf-8', 'quoted-printable'), L('unrelated', None, [F_OLD], False, 'ja'), new)

# 056 AWS Builder ID verification code (signin.aws, genuine AWS sender) -> unrelated
d = T(2026, 2, 4, 9, 31, 52)
env = ses_envelope(d, 'us-east-1').replace('@amazonses.com', '@signin.aws')
ip = '54.240.8.%d' % R.randint(10, 120)
ar = gmail_ar([('pass', 'signin.aws', 'fkdt3gh5xm5x'), ('pass', 'amazonses.com', SES_SEL)], env, ip, 'pass', 'signin.aws')
hs = rcv_gmail('aya.inoue.cert@gmail.com', d, env, 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 120), ip, ar) + [
    dkim('signin.aws', 'fkdt3gh5xm5x', d), dkim('amazonses.com', SES_SEL, d)]
new = """AWS Builder ID のメールアドレスを確認してください

AWS Builder ID にご登録いただきありがとうございます。以下の確認コードを入力して、メールアドレスの確認を完了してください。

確認コード: 482913

このコードの有効期限は 30 分です。

このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services"""
build('056-ja-builder-id-verification-code.eml', hs, addr('AWS', 'no-reply@signin.aws'), 'aya.inoue.cert@gmail.com',
      ew('AWS Builder ID の確認コード'), rfc(d), ses_id(d),
      alt(part(new, 'plain', 'utf-8', 'base64'), part(aws_html(new, None, 'ja'), 'html', 'utf-8', 'base64'), b_ses()),
      L('unrelated', None, [], True, 'ja'), new)

# 057 GitHub "Merged" notification -> unrelated
d = T(2025, 10, 20, 5, 12, 8)
GH = 'ryosuke.m.1988@gmail.com'
env = 'noreply@github.com'
ip = '192.30.252.%d' % R.randint(190, 210)
ar = gmail_ar([('pass', 'github.com', 'pf2023')], env, ip, 'pass', 'github.com', policy='REJECT')
hs = rcv_gmail(GH, d, env, 'out-%d.smtp.github.com' % R.randint(20, 28), ip, ar) + [
    dkim('github.com', 'pf2023', d, 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From')]
new = """Merged #42 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/hinode-works/cert-tracker/pull/42#event-18342277190
You are receiving this because you authored the thread."""
ghh = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/hinode-works/cert-tracker/pull/42">#42</a> '
       'into main.</p>\n<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br>Reply to this email directly, '
       '<a href="https://github.com/hinode-works/cert-tracker/pull/42#event-18342277190">view it on GitHub</a>.<br>'
       'You are receiving this because you authored the thread.</p>')
build('057-ja-github-merged-pr-notification.eml', hs, addr('Ryosuke Matsumoto', 'notifications@github.com'), 'hinode-works/cert-tracker <cert-tracker@noreply.github.com>',
      'Re: [hinode-works/cert-tracker] %s' % ew('認定アカウント統合後の候補者IDに更新 (PR #42)'), rfc(d),
      '<hinode-works/cert-tracker/pull/42/issue_event/18342277190@github.com>',
      alt(part(new, 'plain', 'utf-8', 'quoted-printable'), part(ghh, 'html', 'utf-8', 'quoted-printable'),
          '--==_mimepart_%s_%d' % (rhex(13), R.randint(10, 99))),
      L('unrelated', None, [], False, 'en'), new,
      extra=['In-Reply-To: <hinode-works/cert-tracker/pull/42@github.com>',
             'References: <hinode-works/cert-tracker/pull/42@github.com>',
             'List-ID: hinode-works/cert-tracker <cert-tracker.hinode-works.github.com>',
             'X-GitHub-Reason: author'], cc='Ryosuke Matsumoto <' + GH + '>, Merged <merged@noreply.github.com>')

# 058 Credly self-service account merge code (Credly's own merge, not the AWS one) -> unrelated
d = T(2025, 1, 12, 11, 4, 10)
env = 'bounces+2843109-a3f0-ryo-kato=biglobe.ne.jp@em2843.credly.com'
ip = '149.72.%d.%d' % (R.randint(100, 200), R.randint(2, 250))
ar = ('%s;\n\tspf=pass smtp.mailfrom=em2843.credly.com;\n\tdkim=pass header.d=credly.com header.s=s1 header.b=%s;\n'
      '\tdmarc=pass (p=reject) header.from=credly.com' % (BGL, rb64(8)))
hs = ['Return-Path: <%s>' % env] + rcv_jp(BGL, G_RC, d, 'o2.ptr2210.credly.com', ip, ar) + [
    dkim('credly.com', 's1', d, 'from:mime-version:subject:to:content-type')]
new = """加藤 涼 さん

Credly アカウントの統合がリクエストされました。

このメールアドレス（ryo-kato@biglobe.ne.jp）のアカウントを、現在サインインしている Credly アカウントに統合するには、次の確認コードを入力するか、下のボタンをクリックしてください。

確認コード: 839201

アカウントの統合を完了する:
https://www.credly.com/users/merge/confirm?token=Yk3sQ9p2LmZ

このリクエストに心当たりがない場合は、このメールを無視してください。コードの有効期限は 24 時間です。

The Credly Team"""
build('058-ja-credly-self-service-merge-code.eml', hs, addr('Credly', 'admin@credly.com'), G_TO,
      ew('Credly アカウント統合の確認コード'), rfc(d),
      '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), R.randint(1, 40)),
      part(new, 'plain', 'utf-8', 'base64'), L('unrelated', None, [], True, 'ja'), new)

# 059 Credly badge expiry reminder -> unrelated
d = T(2026, 1, 20, 16, 0, 3)
env = 'bounces+2843109-6e11-yumi_kb0312=yahoo.co.jp@em2843.credly.com'
ip = '149.72.%d.%d' % (R.randint(100, 200), R.randint(2, 250))
ar = '%s  from=credly.com; domainkeys=neutral (no sig);\n  from=credly.com; dkim=pass (ok);\n  dmarc=pass header.from=credly.com' % YJ
hs = ['Return-Path: <%s>' % env] + rcv_jp(YJ, E_RC, d, 'o7.ptr4471.credly.com', ip, ar, YJ_HOPS) + [
    dkim('credly.com', 's1', d, 'from:mime-version:subject:to:content-type')]
new = """Hi Yumi,

Your AWS Certified Cloud Practitioner badge issued by AWS Training and Certification will expire on February 19, 2026.

To keep your badge active, visit the issuer's website to learn about recertification options:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/1f5a9c33-7e20-4b8d-a6c4-2d9e0b71f4a8

The Credly Team"""
build('059-en-credly-badge-expiring-reminder.eml', hs, addr('Credly', 'admin@credly.com'), E_RC,
      'Your badge expires in 30 days', rfc(d),
      '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), R.randint(1, 40)),
      alt(part(new, 'plain', 'utf-8', 'quoted-printable'),
          part('<html><body>' + paras_html(new) + '</body></html>', 'html', 'utf-8', 'quoted-printable'), b_sendgrid()),
      L('unrelated', None, [], True, 'en'), new)

# 060 AWS marketing newsletter, Japanese -> unrelated
d = T(2026, 3, 3, 1, 0, 0)
new = """AWS Summit Japan 2026 事前登録受付中

AWS Summit Japan は、日本最大級の「AWS を学ぶイベント」です。今年は 6 月 25 日・26 日の 2 日間、幕張メッセにて開催します。

・150 以上のセッション
・AWS 認定者限定ラウンジ（会場で認定者バッジをご提示ください）
・AWS Jam、GameDay などのハンズオン企画

事前登録はこちら: https://aws.amazon.com/jp/summits/japan/

配信停止をご希望の場合は、こちらから設定を変更してください: https://pages.awscloud.com/communication-preferences.html
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア"""
build('060-ja-aws-summit-japan-newsletter.eml', aws_gmail(A_RC, d), addr('アマゾン ウェブ サービス', 'aws-marketing-email-replies@amazon.com'),
      A_RC, ew('【AWS Summit Japan 2026】事前登録受付を開始しました'), rfc(d), ses_id(d),
      std_aws_body(new, None, 'ja'), L('unrelated', None, [], True, 'ja'), new,
      extra=['List-Unsubscribe: <https://pages.awscloud.com/UnsubscribePage.html?mkt_tok=%s>' % rb64(40).replace('/', '').replace('+', ''),
             'List-Unsubscribe-Post: List-Unsubscribe=One-Click'])

# === MAILS END ===


# ============================================================================= write + check
def decoded_text(msg):
    from email.header import decode_header
    out = []
    for hn in ('Subject',):
        v = msg.get(hn, '')
        for b, cs in decode_header(v):
            if isinstance(b, bytes):
                try:
                    out.append(b.decode(cs or 'ascii'))
                except Exception:
                    out.append(b.decode('cp932', 'replace'))
            else:
                out.append(b)
    for p in msg.walk():
        if p.get_content_maintype() != 'text':
            continue
        data = p.get_payload(decode=True) or b''
        cs = p.get_content_charset() or 'us-ascii'
        txt = None
        for c in (cs, 'utf-8', 'cp932', 'iso2022_jp'):
            try:
                txt = data.decode(c)
                break
            except Exception:
                continue
        if txt is None:
            txt = data.decode('utf-8', 'replace')
        if p.get_content_subtype() == 'html':
            txt = _html.unescape(re.sub(r'<[^>]+>', ' ', txt))
        out.append(txt)
    return '\n'.join(out)


ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)


def ids_in(text):
    return sorted(set('AWS' + m.group(1) for m in ID_RE.finditer(unicodedata.normalize('NFKC', text))))


def main():
    import email
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    problems = []
    seen = set()
    for fname, raw, label, new_text in MAILS:
        if fname in seen:
            problems.append('duplicate name ' + fname)
        seen.add(fname)
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(raw)
        labels[fname] = label
        msg = email.message_from_bytes(raw)
        if msg.defects:
            problems.append('%s defects %r' % (fname, msg.defects))
        txt = unicodedata.normalize('NFKC', decoded_text(msg))
        if ids_in(new_text) != label['account_ids']:
            problems.append('%s new-text ids %s != label %s' % (fname, ids_in(new_text), label['account_ids']))
        for a in label['account_ids']:
            if a not in ids_in(txt):
                problems.append('%s id %s not in decoded text' % (fname, a))
        if label['case_id'] and label['case_id'] not in txt:
            problems.append('%s case %s not in decoded text' % (fname, label['case_id']))
        has_ar = any(k.lower() == 'authentication-results' for k in msg.keys())
        if (label['sender_verified'] is None) != (not has_ar):
            problems.append('%s sender_verified/AR mismatch' % fname)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    from collections import Counter
    print(len(MAILS), 'mails', dict(Counter(l['kind'] for l in labels.values())),
          dict(Counter(l['language'] for l in labels.values())))
    for p in problems:
        print('PROBLEM', p)


if __name__ == '__main__':
    main()
