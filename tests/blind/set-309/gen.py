#!/usr/bin/env python3
"""Generator for blind set 309: Japanese-desk AWS Certification account-merge mail.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json into this folder.
"""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
import random
import uuid
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.policy import compat32
from email.generator import BytesGenerator
from email.utils import format_datetime
import io

OUT = os.path.dirname(os.path.abspath(__file__))
JST = _dt.timezone(_dt.timedelta(hours=9))
UTC = _dt.timezone.utc
PDT = _dt.timezone(_dt.timedelta(hours=-7))
RNG = random.Random(309)
MAILS = []

CODEC = {
    'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
    'euc-jp': 'euc_jp', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1',
    'windows-31j': 'cp932',
}

WD_JA = '月火水木金土日'


def jst(s):
    """'2025-05-28 10:15:03' -> aware datetime in JST"""
    return _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=JST)


def unix(d):
    return int(d.timestamp())


def h(seed, n=16, alphabet='0123456789abcdef'):
    dig = hashlib.sha256(seed.encode()).digest()
    out = ''
    i = 0
    while len(out) < n:
        dig = hashlib.sha256(dig + bytes([i])).digest()
        out += ''.join(alphabet[b % len(alphabet)] for b in dig)
        i += 1
    return out[:n]


B64A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def b64junk(seed, n):
    return h(seed, n, B64A)


# ---------------------------------------------------------------- dates in text
def ja_date(d, with_time=True):
    s = f'{d.year}年{d.month}月{d.day}日({WD_JA[d.weekday()]})'
    if with_time:
        s += f' {d.hour}:{d.minute:02d}'
    return s


def en_gmail_date(d):
    hr = d.hour % 12 or 12
    ap = 'AM' if d.hour < 12 else 'PM'
    return d.strftime('%a, %b ') + str(d.day) + d.strftime(', %Y') + f' at {hr}:{d.minute:02d} {ap}'


def en_outlook_date(d):
    hr = d.hour % 12 or 12
    ap = 'AM' if d.hour < 12 else 'PM'
    return d.strftime('%A, %B ') + str(d.day) + d.strftime(', %Y') + f' {hr}:{d.minute:02d} {ap}'


def quote(text, prefix='> '):
    out = []
    for line in text.split('\n'):
        if line.startswith('>'):
            out.append('>' + line)
        elif line == '':
            out.append('>')
        else:
            out.append(prefix + line)
    return '\n'.join(out)


# ---------------------------------------------------------------- ids
def ses_msgid(d, region=None):
    ms = int(d.timestamp() * 1000)
    u = str(uuid.UUID(h('u' + str(ms) + str(region), 32)))
    dom = f'{region}.amazonses.com' if region else 'email.amazonses.com'
    return f'<0100{ms:012x}-{u}-000000@{dom}>'


def ses_bounce(d, region=None):
    ms = int(d.timestamp() * 1000)
    u = str(uuid.UUID(h('u' + str(ms) + str(region), 32)))
    dom = f'{region}.amazonses.com' if region else 'email.amazonses.com'
    return f'0100{ms:012x}-{u}-000000@{dom}'


def generic_msgid(d, domain, tag=''):
    return f'<{h(tag + domain + str(d), 24)}.{unix(d)}@{domain}>'


# ---------------------------------------------------------------- DKIM / auth
def dkim_sig(domain, selector, d, hdrs='Date:From:To:Message-ID:Subject:MIME-Version:Content-Type'):
    bh = b64junk('bh' + domain + str(d), 43) + '='
    b = b64junk('b' + domain + selector + str(d), 172) + '='
    parts = [b[i:i + 64] for i in range(0, len(b), 64)]
    return (f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={selector}; d={domain}; t={unix(d)};\n'
            f'\th={hdrs};\n\tbh={bh};\n\tb=' + '\n\t'.join(parts))


SEL = {
    'amazon.com': 'rjt5ohvmshwdxbzlpoesztx7ttsh7gqa',
    'amazonses.com': '224i4yxa5dv7c2xz3womw6peuasteono',
    'amazonses.com-usw2': '7v7vs6w47njt4pimodk5mmttbegzsi6n',
    'credly.com': 's1',
    'youracclaim.com': 's1',
    'amazon.co.jp': 'rf2fpifbj6eegqlcaor6qdshfgxn6fvc',
    'certmetrics.com': 'selector1',
    'pearson.com': 'selector2',
    'github.com': 'pf2023',
    'signin.aws': 'w6pz4x3bg5l3mgy5jlzgsynrh5i5mb2u',
}


def dkim_for(domain, d):
    sel = SEL.get(domain, 'default')
    if domain == 'amazonses.com' and False:
        pass
    return ('DKIM-Signature', dkim_sig(domain, sel, d))


def _ar_gmail(v, env_from, ip):
    parts = []
    for res, dom in v.get('dkim', []):
        parts.append(f'dkim={res} header.i=@{dom} header.s={SEL.get(dom, "s1")} header.b={b64junk(dom + env_from, 8)}')
    if 'spf' in v:
        res = v['spf']
        word = 'designates' if res == 'pass' else 'does not designate'
        parts.append(f'spf={res} (google.com: domain of {env_from} {word} {ip} as permitted sender) '
                     f'smtp.mailfrom={env_from}')
    if 'dmarc' in v:
        res, dom, pol = v['dmarc']
        dis = 'NONE' if res == 'pass' else pol
        parts.append(f'dmarc={res} (p={pol} sp={pol} dis={dis}) header.from={dom}')
    return 'mx.google.com;\n       ' + ';\n       '.join(parts)


def _ar_simple(authserv, v, env_from, ip):
    parts = []
    if 'spf' in v:
        parts.append(f'spf={v["spf"]} smtp.mailfrom={env_from}')
    for res, dom in v.get('dkim', []):
        parts.append(f'dkim={res} header.d={dom}' + (f' header.s={SEL.get(dom, "s1")}' if res == 'pass' else ''))
    if 'dmarc' in v:
        res, dom, pol = v['dmarc']
        parts.append(f'dmarc={res} header.from={dom}' + ('' if res == 'pass' else f' policy.dmarc={pol.lower()}'))
    return authserv + ';\n\t' + ';\n\t'.join(parts)


def _ar_outlook(v, env_from, ip):
    envdom = env_from.split('@')[-1]
    s = f'spf={v.get("spf", "none")} (sender IP is {ip})\n smtp.mailfrom={envdom}; '
    dk = v.get('dkim', [])
    if dk:
        res, dom = dk[0]
        s += f'dkim={res} ({"signature was verified" if res == "pass" else "signature did not verify"})\n header.d={dom};'
    else:
        s += 'dkim=none (message not signed)\n header.d=none;'
    if 'dmarc' in v:
        res, dom, pol = v['dmarc']
        if res == 'pass':
            s += f'dmarc=pass action=none header.from={dom};compauth=pass reason=100'
        elif res == 'none':
            s += f'dmarc=none action=none header.from={dom};compauth=fail reason=001'
        else:
            s += f'dmarc=fail action={pol.lower()} header.from={dom};compauth=fail reason=000'
    return s


def trace(provider, d, rcpt, env_from, host, ip, v=None, extra_lower=None):
    """Return list of (name, value) trace headers, topmost first.
    v: verdict dict or None for no Authentication-Results at all."""
    rd = d + _dt.timedelta(seconds=RNG.randint(2, 9))
    hs = []
    if provider == 'gmail':
        rdp = rd.astimezone(PDT)
        hs.append(('Delivered-To', rcpt))
        hs.append(('Received', f'by 2002:a05:{h(host, 4)}:{h(ip, 3)}:b0:{h(rcpt, 3)}:{h(str(d), 4)} with SMTP id '
                   f'{h("x" + str(d), 2)}csp{RNG.randint(100000, 2999999)};\n        {format_datetime(rdp)} (PDT)'))
        hs.append(('X-Google-Smtp-Source', 'AGHT+I' + b64junk('gs' + str(d), 74)))
        hs.append(('X-Received', f'by 2002:a05:6214:{h("xr" + str(d), 4)}:b0:{h("xr2" + str(d), 3)}:{h("xr3" + str(d), 4)} '
                   f'with SMTP id {h("sid" + str(d), 12)}mr{RNG.randint(100000, 9999999)}{h("q" + str(d), 5)}.{RNG.randint(10, 99)}.'
                   f'{unix(rd)};\n        {format_datetime(rdp)} (PDT)'))
        hs.append(('ARC-Seal', f'i=1; a=rsa-sha256; t={unix(rd)}; cv=none;\n        d=google.com; s=arc-20240605;\n        b=' + b64junk('as' + str(d), 120) + '=='))
        hs.append(('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
                   f'        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n'
                   f'        bh={b64junk("abh" + str(d), 43)}=;\n        fh={b64junk("fh" + rcpt, 43)}=;\n        b=' + b64junk('amsb' + str(d), 96) + '=='))
        if v is not None:
            hs.append(('ARC-Authentication-Results', 'i=1; ' + _ar_gmail(v, env_from, ip)))
        hs.append(('Return-Path', f'<{env_from}>'))
        hs.append(('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id '
                   f'{h("gid" + str(d), 20)}.{RNG.randint(10, 999)}.{unix(rd) % 10**9}.{RNG.randint(1000000, 9999999)}\n'
                   f'        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
                   f'        {format_datetime(rdp)} (PDT)'))
        if v is not None:
            spf = v.get('spf', 'none')
            word = 'designates' if spf == 'pass' else 'does not designate'
            hs.append(('Received-SPF', f'{spf} (google.com: domain of {env_from} {word} {ip} as permitted sender) client-ip={ip};'))
            hs.append(('Authentication-Results', _ar_gmail(v, env_from, ip)))
    elif provider == 'outlook':
        tenant = 'TYCPR01MB' + str(RNG.randint(1000, 9999))
        hs.append(('Received', f'from {tenant}.jpnprd01.prod.outlook.com (2603:1096:400:{h("o" + str(d), 3)}::{RNG.randint(10, 99)})\n'
                   f' by TYWPR01MB{RNG.randint(1000, 9999)}.jpnprd01.prod.outlook.com with HTTPS; {format_datetime(rd.astimezone(UTC))}'))
        hs.append(('Received', f'from OS3P286CA{RNG.randint(1000, 9999):04d}.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:{h("p" + str(d), 2)}::{RNG.randint(10, 19)})\n'
                   f' by {tenant}.jpnprd01.prod.outlook.com (2603:1096:400:{h("o" + str(d), 3)}::{RNG.randint(10, 99)}) with\n'
                   f' Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{RNG.randint(8000, 8999)}.{RNG.randint(10, 39)}; '
                   f'{format_datetime(rd.astimezone(UTC))}'))
        if v is not None:
            hs.append(('Authentication-Results', _ar_outlook(v, env_from, ip)))
            spf = v.get('spf', 'none')
            envdom = env_from.split('@')[-1]
            hs.append(('Received-SPF', f'{spf.capitalize()} (protection.outlook.com: domain of {envdom}\n designates {ip} as permitted sender)\n'
                       f' receiver=protection.outlook.com; client-ip={ip}; helo={host}; pr=C'))
        hs.append(('Received', f'from {host} ({ip}) by\n OS1PEPF0000{RNG.randint(1000, 9999)}.mail.protection.outlook.com (10.167.240.{RNG.randint(10, 99)}) with Microsoft SMTP\n'
                   f' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{RNG.randint(8000, 8999)}.{RNG.randint(10, 39)} via Frontend\n'
                   f' Transport; {format_datetime(rd.astimezone(UTC))}'))
    else:
        authserv, mx, extra = {
            'yahoo': ('yahoo.co.jp', f'mx{RNG.randint(501, 540)}.mail.kks.yahoo.co.jp', [('X-YMail-JAS', b64junk('jas' + str(d), 40)), ('X-Apparently-To', f'{rcpt}; {format_datetime(rd.astimezone(JST))}')]),
            'biglobe': ('biglobe.ne.jp', f'mxr0{RNG.randint(1, 9)}.biglobe.ne.jp', [('X-Biglobe-Sender', f'<{env_from}>')]),
            'sonet': ('so-net.ne.jp', f'mx-in0{RNG.randint(1, 6)}.so-net.ne.jp', [('X-Original-To', rcpt)]),
            'nifty': ('nifty.com', f'mta-in0{RNG.randint(1, 8)}.nifty.com', []),
        }[provider]
        for k, val in extra:
            hs.append((k, val))
        hs.append(('Return-Path', f'<{env_from}>'))
        if v is not None:
            hs.append(('Authentication-Results', _ar_simple(authserv, v, env_from, ip)))
        if provider == 'yahoo':
            hs.append(('Received', f'from {host} ({host} [{ip}])\n\tby {mx} with ESMTPS id {h("y" + str(d), 22)}\n'
                       f'\tfor <{rcpt}>; {format_datetime(rd.astimezone(JST))}'))
        else:
            hs.append(('Received', f'from {host} ({host} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {h("pf" + str(d), 11).upper()}\n'
                       f'\tfor <{rcpt}>; {format_datetime(rd.astimezone(JST))}'))
    if extra_lower:
        hs.extend(extra_lower)
    return hs


def ses_hops(d, region=None):
    """Received lines inside SES (below the receiving MX)."""
    dom = f'{region}.amazonses.com' if region else 'amazonses.com'
    return [('Received', f'from smtp-out.{dom} (localhost [127.0.0.1]) by smtp-out.{dom}\n'
             f'\twith ESMTP id {h("ses" + str(d), 12).upper()} for <recipient>; {format_datetime(d.astimezone(UTC))}')]


# ---------------------------------------------------------------- bodies
def leaf(text, subtype='plain', charset='utf-8', cte='qp', label=None, extra_ct=''):
    raw = text.encode(CODEC[charset])
    m = Message()
    m['Content-Type'] = f'text/{subtype}; charset="{label or charset}"' + extra_ct
    if cte == 'qp':
        m['Content-Transfer-Encoding'] = 'quoted-printable'
        m.set_payload(quopri.encodestring(raw).decode('ascii'))
    elif cte == 'b64':
        m['Content-Transfer-Encoding'] = 'base64'
        m.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == '7bit':
        m['Content-Transfer-Encoding'] = '7bit'
        m.set_payload(raw.decode('ascii'))
    elif cte == '8bit':
        m['Content-Transfer-Encoding'] = '8bit'
        m.set_payload(raw.decode('ascii', 'surrogateescape'))
    else:
        raise ValueError(cte)
    return m


def alt(text_part, html_part, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary)
    del m['MIME-Version']
    m.attach(text_part)
    m.attach(html_part)
    return m


def mixed(*parts, boundary=None):
    m = MIMEMultipart('mixed', boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def related(*parts):
    m = MIMEMultipart('related')
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def attachment(data, ctype, filename, cte='b64'):
    m = Message()
    m['Content-Type'] = f'{ctype}; name="{filename}"'
    m['Content-Disposition'] = f'attachment; filename="{filename}"'
    m['Content-Transfer-Encoding'] = 'base64'
    m.set_payload(base64.encodebytes(data).decode('ascii'))
    return m


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def t2h(text):
    """plain text -> simple html paragraphs (keeps line breaks)."""
    return '<br>\n'.join(esc(l) for l in text.split('\n'))


def hdr(value, charset='utf-8', name='Subject', enc=None):
    """Encoded header value (str with encoded words, folded) or plain ASCII."""
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        pass
    H = Header(value, charset=charset, header_name=name, maxlinelen=76)
    return H.encode()


def addr(name, address, charset='utf-8'):
    if not name:
        return address
    try:
        name.encode('ascii')
        if any(c in name for c in ',.;:()<>@"'):
            return f'"{name}" <{address}>'
        return f'{name} <{address}>'
    except UnicodeEncodeError:
        return f'{Header(name, charset=charset).encode()} <{address}>'


def build(fn, label, body, trace_hdrs, headers):
    """headers: list of (name, value) after trace (From, To, Subject, Date, Message-ID, ...)."""
    top = body
    content = [(k, v) for k, v in top._headers]
    newh = list(trace_hdrs) + list(headers)
    if not any(k.lower() == 'mime-version' for k, _ in newh):
        newh.append(('MIME-Version', '1.0'))
    top._headers = newh + content
    bio = io.BytesIO()
    BytesGenerator(bio, mangle_from_=False, policy=compat32.clone(max_line_length=0)).flatten(top)
    MAILS.append((fn, bio.getvalue(), label))


def L(kind, case_id=None, accounts=(), verified=None, lang='ja'):
    return {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(accounts)),
            'sender_verified': verified, 'language': lang}


# common verdicts
V_AWS = {'dkim': [('pass', 'amazon.com'), ('pass', 'amazonses.com')], 'spf': 'pass', 'dmarc': ('pass', 'amazon.com', 'QUARANTINE')}
V_CREDLY = {'dkim': [('pass', 'credly.com')], 'spf': 'pass', 'dmarc': ('pass', 'credly.com', 'REJECT')}

FORM_FROM = addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE_FROM = addr('Amazon Web Services', 'no-reply-aws@amazon.com')


def aws_headers(d, frm, to, subject, subj_charset='utf-8', region=None, reply_to=None, extra=()):
    hs = [('DKIM-Signature', dkim_sig('amazon.com', SEL['amazon.com'], d)),
          ('DKIM-Signature', dkim_sig('amazonses.com', SEL['amazonses.com'], d,
                                      'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID')),
          ('Date', format_datetime(d.astimezone(UTC))),
          ('From', frm), ('To', to)]
    if reply_to:
        hs.append(('Reply-To', reply_to))
    hs += [('Message-ID', ses_msgid(d, region)),
           ('Subject', hdr(subject, subj_charset))]
    hs += list(extra)
    hs += [('MIME-Version', '1.0')]
    return hs


def aws_tail(d, region=None):
    return [('X-SES-Outgoing', d.astimezone(UTC).strftime('%Y.%m.%d') + f'-54.240.8.{RNG.randint(20, 99)}'),
            ('Feedback-ID', f'::1.{region or "us-east-1"}.{b64junk("fb" + str(d), 43)}=:AmazonSES')]


def aws_mail(fn, label, d, provider, rcpt, to_hdr, subject, body, frm=FORM_FROM, v=V_AWS,
             subj_charset='utf-8', region=None, extra_lower=None, reply_to=None):
    ip = f'54.240.{RNG.choice([8, 9, 48, 27])}.{RNG.randint(10, 250)}'
    host = f'a{ip.split(".")[2]}-{ip.split(".")[3]}.smtp-out.{"us-west-2." if region else ""}amazonses.com'
    env = ses_bounce(d, region)
    tr = trace(provider, d, rcpt, env, host, ip, v, extra_lower)
    hs = aws_headers(d, frm, to_hdr, subject, subj_charset, region, reply_to)
    body_h = hs + []
    build(fn, label, body, tr, body_h + aws_tail(d, region))


# ================================================================ MAILS
# ---------------------------------------------------------------- shared templates
def aws_html(inner, lang='ja', footer=None):
    footer = footer or ('Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。'
                        if lang == 'ja' else 'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.')
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Amazon Web Services</title></head>\n'
            '<body style="margin:0;padding:0;background:#f2f3f3;font-family:\'Amazon Ember\',\'Hiragino Kaku Gothic ProN\',Meiryo,Arial,sans-serif;">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">\n'
            '<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid #ff9900">\n'
            '<tr><td style="padding:18px 28px;background:#232f3e"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>\n'
            f'<tr><td style="padding:24px 28px;font-size:14px;line-height:1.7;color:#16191f">\n{inner}\n</td></tr>\n'
            f'<tr><td style="padding:16px 28px;font-size:11px;color:#687078;border-top:1px solid #eaeded">{esc(footer)}<br>'
            'Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n')


# ================= Story 1: 田中 博 / Gmail / form case 174835326504871 (opened 2025-05-27 22:41:05 JST)
S1_CASE = '174835326504871'
S1_TO = addr('田中 博', 'tanaka.hiroshi.dev@gmail.com')
S1_RCPT = 'tanaka.hiroshi.dev@gmail.com'
S1_SUBJ = f'[CASE {S1_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
S1_RE = f'RE:[CASE {S1_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
S1_FORM = """お問い合わせの種類: AWS Training and Certification
詳細: Account Merge
お名前: 田中 博
メールアドレス: tanaka.hiroshi.dev@gmail.com
AWS 認定 候補者 ID: AWS04417723
お問い合わせ内容:
以前勤務していた会社のメールアドレスで作成した認定アカウントと、個人のアカウントがあります。
二つのアカウントを一つにまとめたいです。個人のアカウントを残したいです。"""

# 001 ------------------------------------------------------------ case_created
d = jst('2025-05-27 22:41:12')
txt = f"""田中 博 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース ID: {S1_CASE}
受付日時: 2025/05/27 22:41 (JST)

{S1_FORM}

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
同じ内容で新たにお問い合わせ（ケース）を作成されますと、回答が遅れる原因となりますので、
追加の情報がございましたら、件名を変更せずにこのメールへご返信ください。

よくあるご質問は AWS トレーニングと認定の FAQ ページもあわせてご覧ください。
https://aws.amazon.com/jp/certification/faqs/

よろしくお願いいたします。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
html = aws_html(f"""<p>田中 博 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。<br>以下の内容でお問い合わせを受け付けました。</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d5dbdb;font-size:13px">
<tr><th align="left" style="background:#fafafa">ケース ID</th><td>{S1_CASE}</td></tr>
<tr><th align="left" style="background:#fafafa">受付日時</th><td>2025/05/27 22:41 (JST)</td></tr>
<tr><th align="left" style="background:#fafafa">お問い合わせの種類</th><td>AWS Training and Certification / Account Merge</td></tr>
<tr><th align="left" style="background:#fafafa">AWS 認定 候補者 ID</th><td>AWS04417723</td></tr>
<tr><th align="left" style="background:#fafafa">お問い合わせ内容</th><td>以前勤務していた会社のメールアドレスで作成した認定アカウントと、個人のアカウントがあります。<br>二つのアカウントを一つにまとめたいです。個人のアカウントを残したいです。</td></tr>
</table>
<p>担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。<br>
同じ内容で新たにお問い合わせ（ケース）を作成されますと、回答が遅れる原因となりますので、追加の情報がございましたら、件名を変更せずにこのメールへご返信ください。</p>
<p>よくあるご質問は <a href="https://aws.amazon.com/jp/certification/faqs/">AWS トレーニングと認定の FAQ</a> もあわせてご覧ください。</p>
<p>よろしくお願いいたします。</p>
<p>Amazon Web Services<br>AWS トレーニングと認定 カスタマーサポート</p>""")
aws_mail('001-form-ack-ja-gmail.eml', L('case_created', S1_CASE, ['AWS04417723'], True),
         d, 'gmail', S1_RCPT, S1_TO, S1_SUBJ, alt(leaf(txt, cte='qp'), leaf(html, 'html', cte='b64')))

# 002 ------------------------------------------------------------ support_reply (asks which to keep / logins)
d = jst('2025-05-28 10:15:03')
txt = f"""田中 博 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

アカウント統合のご依頼につきまして、手続きを進めるにあたり、恐れ入りますが
以下の情報をご提供いただけますでしょうか。

1. ご記入いただいた候補者 ID（AWS04417723）とは別の、もう一方のアカウントの候補者 ID
2. それぞれのアカウントにログインする際のメールアドレス
3. 統合後に残す（ご利用を継続される）アカウントはどちらか

候補者 ID は、AWS 認定アカウント（CertMetrics）にサインイン後、
画面右上の「アカウント」メニューからご確認いただけます。

なお、ご本人様確認のため、ご回答は本メールへの返信にてお送りくださいますよう
お願い申し上げます。

ご不明な点がございましたら、お気軽にお知らせください。
何卒よろしくお願いいたします。

佐々木
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート

---------- 元のお問い合わせ ----------
{S1_FORM}
"""
aws_mail('002-agent-asks-logins-ja.eml', L('support_reply', S1_CASE, ['AWS04417723'], True),
         d, 'gmail', S1_RCPT, S1_TO, S1_RE, leaf(txt, cte='qp'))

# 003 ------------------------------------------------------------ merge_confirmation_requested (table)
d = jst('2025-05-29 11:02:40')
u1 = jst('2025-05-28 21:30:00')
user_reply1 = """佐々木様

ご連絡ありがとうございます。
ご質問の件、以下の通りです。

1. もう一つのアカウント: AWS10928351
2. AWS04417723 のログインメールアドレス: h.tanaka@kitasol.co.jp（退職済みのため現在は受信できません）
   AWS10928351 のログインメールアドレス: tanaka.hiroshi.dev@gmail.com
3. AWS10928351 を残したいです。

よろしくお願いします。
田中"""
txt = f"""田中 博 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木です。
情報のご提供ありがとうございます。

いただいた内容をもとに、下記のとおりアカウントを統合いたします。
お手数ですが、統合を実施する前に内容をご確認ください。

+--------------+-------------+---------------------------------+------------------+
| 区分         | 候補者 ID   | ログインメールアドレス          | 統合後           |
+--------------+-------------+---------------------------------+------------------+
| 統合元       | AWS04417723 | h.tanaka@kitasol.co.jp          | 無効になります   |
| 統合先       | AWS10928351 | tanaka.hiroshi.dev@gmail.com    | 存続します       |
+--------------+-------------+---------------------------------+------------------+

・統合元アカウントで取得された認定資格、試験履歴、特典（次回試験の 50% 割引バウチャー等）は
  統合先アカウントへ移行されます。
・一度統合したアカウントを元に戻すことはできません。

上記の内容でよろしければ、本メールにご返信いただき、統合へのご同意をお知らせください。
ご返信を確認次第、手続きを開始いたします。

よろしくお願いいたします。

佐々木
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート

{ja_date(u1)} 田中 博 <tanaka.hiroshi.dev@gmail.com>:
{quote(user_reply1)}
"""
rows = [('統合元', 'AWS04417723', 'h.tanaka@kitasol.co.jp', '無効になります'),
        ('統合先', 'AWS10928351', 'tanaka.hiroshi.dev@gmail.com', '存続します')]
trs = '\n'.join(f'<tr><td style="border:1px solid #aab7b8;padding:6px">{a}</td><td style="border:1px solid #aab7b8;padding:6px">{b}</td>'
                f'<td style="border:1px solid #aab7b8;padding:6px">{c}</td><td style="border:1px solid #aab7b8;padding:6px"><b>{e}</b></td></tr>'
                for a, b, c, e in rows)
html = aws_html(f"""<p>田中 博 様</p>
<p>いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐々木です。<br>情報のご提供ありがとうございます。</p>
<p>いただいた内容をもとに、下記のとおりアカウントを統合いたします。<br>お手数ですが、統合を実施する前に内容をご確認ください。</p>
<table cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th style="border:1px solid #aab7b8;padding:6px">区分</th><th style="border:1px solid #aab7b8;padding:6px">候補者 ID</th><th style="border:1px solid #aab7b8;padding:6px">ログインメールアドレス</th><th style="border:1px solid #aab7b8;padding:6px">統合後</th></tr>
{trs}
</table>
<ul><li>統合元アカウントで取得された認定資格、試験履歴、特典（次回試験の 50% 割引バウチャー等）は統合先アカウントへ移行されます。</li>
<li>一度統合したアカウントを元に戻すことはできません。</li></ul>
<p>上記の内容でよろしければ、本メールにご返信いただき、統合へのご同意をお知らせください。<br>ご返信を確認次第、手続きを開始いたします。</p>
<p>よろしくお願いいたします。</p><p>佐々木<br>Amazon Web Services<br>AWS トレーニングと認定 カスタマーサポート</p>
<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">{ja_date(u1)} 田中 博 &lt;tanaka.hiroshi.dev@gmail.com&gt;:<br>{t2h(user_reply1)}</div>""")
aws_mail('003-confirm-table-ja.eml', L('merge_confirmation_requested', S1_CASE, ['AWS04417723', 'AWS10928351'], True),
         d, 'gmail', S1_RCPT, S1_TO, S1_RE, alt(leaf(txt, cte='qp'), leaf(html, 'html', cte='qp')))

# 004 ------------------------------------------------------------ support_reply (thanks for confirming, will proceed)
d = jst('2025-05-29 15:20:11')
u2 = jst('2025-05-29 12:40:00')
user_conf = f"""佐々木様

確認しました。内容に相違ありません。統合を進めてください。
The details are correct. Please proceed with the merge.

田中

{ja_date(d.replace(hour=11, minute=2))} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 田中 博 様
>
> いただいた内容をもとに、下記のとおりアカウントを統合いたします。
> | 統合元 | AWS04417723 | h.tanaka@kitasol.co.jp       | 無効になります |
> | 統合先 | AWS10928351 | tanaka.hiroshi.dev@gmail.com | 存続します     |
> 上記の内容でよろしければ、本メールにご返信いただき、統合へのご同意をお知らせください。"""
txt = f"""田中 博 様

AWS トレーニングと認定 カスタマーサポートの佐々木です。
ご確認いただき、ありがとうございます。

ご同意をいただきましたので、これより担当部署にてアカウントの統合作業を進めてまいります。
作業には通常 1～3 営業日ほどお時間を頂戴しております。
統合が完了いたしましたら、改めて本ケースにてご連絡いたします。

それまでの間、いずれのアカウントでも新たな試験のご予約はお控えくださいますよう
お願い申し上げます。

引き続きよろしくお願いいたします。

佐々木
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート

{ja_date(u2)} 田中 博 <tanaka.hiroshi.dev@gmail.com>:
{quote(user_conf)}
"""
aws_mail('004-thanks-will-proceed-ja.eml', L('support_reply', S1_CASE, [], True),
         d, 'gmail', S1_RCPT, S1_TO, S1_RE, leaf(txt, cte='b64'))

# 005 ------------------------------------------------------------ merge_completed (as a state)
d = jst('2025-05-30 09:48:55')
txt = f"""田中 博 様

AWS トレーニングと認定 カスタマーサポートの佐々木です。
お待たせいたしました。アカウント統合の処理結果についてご報告いたします。

■ 処理結果
  ケース ID      : {S1_CASE}
  対象アカウント : AWS04417723 → AWS10928351
  ステータス     : 統合済み
  AWS04417723    : 無効化済み（今後サインインはできません）

現在、これまでに取得された認定資格はすべて AWS10928351 のアカウントに表示されている状態です。
お手数ですが、AWS 認定アカウントにサインインいただき、認定資格と特典をご確認ください。

Credly のデジタルバッジにつきましては、数日以内に統合先アカウントのメールアドレス宛てに
Credly から通知が届く予定です。

佐々木
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
html = aws_html(f"""<p>田中 博 様</p><p>AWS トレーニングと認定 カスタマーサポートの佐々木です。<br>お待たせいたしました。アカウント統合の処理結果についてご報告いたします。</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d5dbdb;font-size:13px">
<tr><th align="left">ケース ID</th><td>{S1_CASE}</td></tr>
<tr><th align="left">対象アカウント</th><td>AWS04417723 &rarr; AWS10928351</td></tr>
<tr><th align="left">ステータス</th><td><span style="color:#1d8102;font-weight:bold">&#10004; 統合済み</span></td></tr>
<tr><th align="left">AWS04417723</th><td>無効化済み（今後サインインはできません）</td></tr></table>
<p>現在、これまでに取得された認定資格はすべて AWS10928351 のアカウントに表示されている状態です。<br>お手数ですが、AWS 認定アカウントにサインインいただき、認定資格と特典をご確認ください。</p>
<p>Credly のデジタルバッジにつきましては、数日以内に統合先アカウントのメールアドレス宛てに Credly から通知が届く予定です。</p>
<p>佐々木<br>Amazon Web Services<br>AWS トレーニングと認定 カスタマーサポート</p>""")
aws_mail('005-completed-status-ja.eml', L('merge_completed', S1_CASE, ['AWS04417723', 'AWS10928351'], True),
         d, 'gmail', S1_RCPT, S1_TO, S1_RE, alt(leaf(txt, cte='qp'), leaf(html, 'html', cte='qp')))

# 006 ------------------------------------------------------------ survey (closure + yes/no)
d = jst('2025-05-30 09:50:21')
surl = f'https://survey.aws-support.example.amazon.com/s/cs-tc?caseId={S1_CASE}&lang=ja'
txt = f"""田中 博 様

お問い合わせいただいたケース {S1_CASE} はクローズされました。

今回のお問い合わせで問題は解決しましたか？
  はい:   {surl}&resolved=yes
  いいえ: {surl}&resolved=no

担当者の対応について 1 分ほどのアンケートにご協力ください。いただいたご意見は
サービス品質の向上に活用させていただきます。

このケースについて引き続きお問い合わせがある場合は、本メールにご返信ください。
ケースが再開されます。

Amazon Web Services
AWS トレーニングと認定
"""
html = aws_html(f"""<p>田中 博 様</p><p>お問い合わせいただいたケース <b>{S1_CASE}</b> はクローズされました。</p>
<p style="font-size:16px;font-weight:bold">今回のお問い合わせで問題は解決しましたか？</p>
<table cellpadding="0" cellspacing="8"><tr>
<td style="background:#1d8102;border-radius:3px"><a href="{esc(surl)}&amp;resolved=yes" style="display:inline-block;padding:10px 28px;color:#fff;text-decoration:none">はい</a></td>
<td style="background:#d13212;border-radius:3px"><a href="{esc(surl)}&amp;resolved=no" style="display:inline-block;padding:10px 28px;color:#fff;text-decoration:none">いいえ</a></td></tr></table>
<p>担当者の対応について 1 分ほどのアンケートにご協力ください。いただいたご意見はサービス品質の向上に活用させていただきます。</p>
<p style="color:#687078;font-size:12px">このケースについて引き続きお問い合わせがある場合は、本メールにご返信ください。ケースが再開されます。</p>""")
aws_mail('006-closed-survey-ja.eml', L('survey', S1_CASE, [], True),
         d, 'gmail', S1_RCPT, S1_TO, f'[CASE {S1_CASE}] ケースがクローズされました - アンケートへのご協力のお願い',
         alt(leaf(txt, cte='b64'), leaf(html, 'html', cte='b64')))


# ---------------------------------------------------------------- Credly helper
def credly_html(inner):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>\n'
            '<body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">\n'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">\n'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">\n'
            '<tr><td style="padding:20px 32px"><img src="https://images.credly.com/assets/credly-logo-orange.png" alt="Credly" width="96"></td></tr>\n'
            f'<tr><td style="padding:0 32px 28px;font-size:15px;line-height:1.6;color:#2b2b2b">{inner}</td></tr>\n'
            '<tr><td style="padding:18px 32px;background:#fafafa;font-size:11px;color:#777">Credly, Inc. | 100 Park Avenue, 16th Floor | New York, NY 10017<br>'
            '<a href="https://www.credly.com/notifications/unsubscribe">Unsubscribe</a> | <a href="https://www.credly.com/privacy">Privacy Policy</a></td></tr>\n'
            '</table></td></tr></table></body></html>\n')


def credly_mail(fn, label, d, provider, rcpt, to_hdr, subject, body, frm=None, v=V_CREDLY, domain='credly.com', extra_lower=None):
    frm = frm or addr('Amazon Web Services Training and Certification via Credly', f'admin@{domain}')
    ip = f'149.72.{RNG.randint(100, 250)}.{RNG.randint(2, 250)}'
    host = f'o{RNG.randint(1, 9)}.ptr{RNG.randint(1000, 9999)}.mail.{domain}'
    env = f'bounces+{RNG.randint(1000000, 9999999)}-{h(rcpt, 4)}-{rcpt.replace("@", "=")}@mail.{domain}'
    tr = trace(provider, d, rcpt, env, host, ip, v, extra_lower)
    hs = [('DKIM-Signature', dkim_sig(domain, SEL.get(domain, 's1'), d, 'from:mime-version:subject:list-unsubscribe:content-type:to:cc')),
          ('Date', format_datetime(d.astimezone(UTC))), ('From', frm), ('To', to_hdr),
          ('Message-ID', f'<{h("cm" + fn, 13)}_{h("c2" + fn, 8)}{RNG.randint(100000, 999999)}@credly-mailer-{h(fn, 5)}.mail>'),
          ('Subject', hdr(subject)), ('List-Unsubscribe', f'<https://www.credly.com/notifications/unsubscribe?t={h("lu" + fn, 24)}>'),
          ('X-SG-EID', b64junk('sg' + fn, 60)), ('MIME-Version', '1.0')]
    build(fn, label, body, tr, hs)


# 007 ------------------------------------------------------------ credly badge issued (en) after merge
d = jst('2025-05-30 14:05:37')
burl = 'https://www.credly.com/earner/earned/badge/5f2c9a1e-7b34-4d61-a0c8-3e9f1b27d4a6'
txt = f"""Hiroshi Tanaka,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Accept your badge to add it to your Credly profile and share it on LinkedIn,
Twitter or your e-mail signature.

Accept your badge:
{burl}

Badge ID: 5f2c9a1e-7b34-4d61-a0c8-3e9f1b27d4a6
Validation number: KX7P2M9QW4RT8ZNB

Why am I receiving this? Your AWS Certification records were recently updated
and your badges were re-issued to this e-mail address.

- The Credly Team
"""
html = credly_html(f"""<p>Hiroshi Tanaka,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="AWS Certified Solutions Architect - Associate"><br>
<b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p style="text-align:center"><a href="{burl}" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px;display:inline-block">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Validation number: KX7P2M9QW4RT8ZNB<br>Why am I receiving this? Your AWS Certification records were recently updated and your badges were re-issued to this e-mail address.</p>""")
credly_mail('007-credly-badge-en.eml', L('credly_badge_issued', None, [], True, 'en'),
            d, 'gmail', S1_RCPT, 'tanaka.hiroshi.dev@gmail.com',
            'Amazon Web Services Training and Certification has issued you a new badge',
            alt(leaf(txt, cte='7bit', charset='us-ascii'), leaf(html, 'html', cte='qp')))


# ================= Story 2: 山本 健太 / Yahoo! JAPAN / console case 173918193100372 (opened 2025-02-10 19:05:31 JST)
S2_CASE = '173918193100372'
S2_RCPT = 'k_yamamoto1987@yahoo.co.jp'
S2_TO = 'k_yamamoto1987@yahoo.co.jp'
S2_SUBJ = '認定アカウントの統合について'
S2_URL = f'https://console.aws.amazon.com/support/home#/case/?displayId={S2_CASE}&language=ja'


def console_footer_ja(case):
    return (f"""このやり取りについてのご意見をお聞かせいただくか、このケースについて再度お問い合わせいただくには、
次の URL から AWS サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

(このメールアドレスへの返信は受け付けておりません。サポートセンターからご返信ください。)

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210""")


# 008 ------------------------------------------------------------ case_created (console, ja)
d = jst('2025-02-10 19:05:38')
txt = f"""アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース {S2_CASE} をオープンしました。

ケースの詳細:
====================================
ケース ID: {S2_CASE}
件名: {S2_SUBJ}
重要度: 一般的なガイダンス
問い合わせ先: Web
====================================

ケースの更新や詳細の確認は、サポートセンターから行うことができます:
{S2_URL}

サポートエンジニアからの回答はメールでお知らせします。

このメールアドレスへの返信は受け付けておりません。

アマゾン ウェブ サービス
"""
html = aws_html(f"""<p>アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース <b>{S2_CASE}</b> をオープンしました。</p>
<table cellpadding="4" style="font-size:13px;border-top:1px solid #d5dbdb;border-bottom:1px solid #d5dbdb">
<tr><td>ケース ID:</td><td>{S2_CASE}</td></tr><tr><td>件名:</td><td>{S2_SUBJ}</td></tr>
<tr><td>重要度:</td><td>一般的なガイダンス</td></tr><tr><td>問い合わせ先:</td><td>Web</td></tr></table>
<p>ケースの更新や詳細の確認は、<a href="{esc(S2_URL)}">サポートセンター</a>から行うことができます。</p>
<p>サポートエンジニアからの回答はメールでお知らせします。</p>
<p style="color:#687078;font-size:12px">このメールアドレスへの返信は受け付けておりません。</p><p>アマゾン ウェブ サービス</p>""")
aws_mail('008-console-case-opened-ja-yahoo.eml', L('case_created', S2_CASE, [], True),
         d, 'yahoo', S2_RCPT, S2_TO, f'アマゾン ウェブ サービス: 新しいサポートケースをオープンしました: {S2_CASE}',
         alt(leaf(txt, cte='b64'), leaf(html, 'html', cte='b64')), frm=CONSOLE_FROM)

# 009 ------------------------------------------------------------ support_reply (new correspondence notice)
d = jst('2025-02-11 14:22:09')
txt = f"""お客様のサポートケース {S2_CASE}「{S2_SUBJ}」に、新しい対応が追加されました。

内容を確認するには、AWS サポートセンターにサインインしてください:
{S2_URL}

このメールアドレスへの返信は受け付けておりません。

アマゾン ウェブ サービス
"""
aws_mail('009-new-correspondence-notice-ja.eml', L('support_reply', S2_CASE, [], True),
         d, 'yahoo', S2_RCPT, S2_TO, f'[Case {S2_CASE}] 新しい対応が追加されました',
         leaf(txt, cte='qp'), frm=CONSOLE_FROM)

# 010 ------------------------------------------------------------ merge_confirmation_requested (machine-translated, 3 accounts)
d = jst('2025-02-11 14:22:05')
txt = f"""こんにちは、山本さん、

AWS サポートにご連絡いただきありがとうございます。私の名前はラーフルです、そして私は今日あなたを助けることを嬉しく思います。

私はあなたのリクエストを見直しました、そして私はあなたの電子メールに関連付けられた以下の認定アカウントを見つけました：

| # | 候補者ID | 電子メール | 実行されるアクション |
|---|----------|------------|----------------------|
| 1 | AWS27730418 | k_yamamoto1987@yahoo.co.jp | 保持されます（プライマリ） |
| 2 | AWS 09516624 | kenta.y@nttk-example.co.jp | AWS27730418 にマージされます |
| 3 | AWS-31820076 | yamamoto.k.aws@gmail.com | AWS27730418 にマージされます |

マージの後、アカウント 2 と 3 は非アクティブになり、すべての認定、バッジ、およびバウチャーはアカウント 1 に移動されます。
アカウントのマージは元に戻すことができないことにご注意ください。

続行してよろしいですか？ このケースに「はい、マージを続行してください」と返信して確認してください。
あなたの確認を受け取るまで、私たちは何もアクションを実行しません。

あなたの時間をありがとう、そして素晴らしい一日を！

よろしくお願いします、

Rahul K.
アマゾン ウェブ サービス

{console_footer_ja(S2_CASE)}
"""
rows = [('1', 'AWS27730418', 'k_yamamoto1987@yahoo.co.jp', '保持されます（プライマリ）'),
        ('2', 'AWS 09516624', 'kenta.y@nttk-example.co.jp', 'AWS27730418 にマージされます'),
        ('3', 'AWS-31820076', 'yamamoto.k.aws@gmail.com', 'AWS27730418 にマージされます')]
trs = '\n'.join('<tr>' + ''.join(f'<td style="border:1px solid #999;padding:4px 8px">{c}</td>' for c in r) + '</tr>' for r in rows)
html = aws_html(f"""<p>こんにちは、山本さん、</p>
<p>AWS サポートにご連絡いただきありがとうございます。私の名前はラーフルです、そして私は今日あなたを助けることを嬉しく思います。</p>
<p>私はあなたのリクエストを見直しました、そして私はあなたの電子メールに関連付けられた以下の認定アカウントを見つけました：</p>
<table style="border-collapse:collapse;font-size:13px"><tr><th style="border:1px solid #999">#</th><th style="border:1px solid #999">候補者ID</th><th style="border:1px solid #999">電子メール</th><th style="border:1px solid #999">実行されるアクション</th></tr>
{trs}</table>
<p>マージの後、アカウント 2 と 3 は非アクティブになり、すべての認定、バッジ、およびバウチャーはアカウント 1 に移動されます。<br>アカウントのマージは元に戻すことができないことにご注意ください。</p>
<p>続行してよろしいですか？ このケースに「はい、マージを続行してください」と返信して確認してください。<br>あなたの確認を受け取るまで、私たちは何もアクションを実行しません。</p>
<p>あなたの時間をありがとう、そして素晴らしい一日を！</p><p>よろしくお願いします、<br><br>Rahul K.<br>アマゾン ウェブ サービス</p>
<hr><p style="font-size:12px;color:#687078">{t2h(console_footer_ja(S2_CASE))}</p>""")
aws_mail('010-confirm-3-accounts-mt-ja.eml', L('merge_confirmation_requested', S2_CASE, ['AWS09516624', 'AWS27730418', 'AWS31820076'], True),
         d, 'yahoo', S2_RCPT, S2_TO, f'RE:[CASE {S2_CASE}] {S2_SUBJ}',
         alt(leaf(txt, cte='qp'), leaf(html, 'html', cte='qp')), frm=CONSOLE_FROM)

# 011 ------------------------------------------------------------ support_reply (chaser)
d = jst('2025-02-14 09:31:47')
txt = f"""山本 様

お世話になっております。AWS サポートです。

2 月 11 日にお送りしたアカウント統合内容のご確認について、現時点でまだご返信をいただけておりません。
統合先を AWS27730418 とする内容でよろしいか、サポートセンターからご返信いただけますでしょうか。

なお、3 営業日以内にご返信が確認できない場合、本ケースは自動的に解決済みとなりますのでご了承ください。
解決済みとなった後でも、サポートセンターからケースを再開していただくことが可能です。

よろしくお願いいたします。

Rahul K.
アマゾン ウェブ サービス

{console_footer_ja(S2_CASE)}
"""
aws_mail('011-chaser-awaiting-reply-ja.eml', L('support_reply', S2_CASE, ['AWS27730418'], True),
         d, 'yahoo', S2_RCPT, S2_TO, f'RE:[CASE {S2_CASE}] {S2_SUBJ}', leaf(txt, cte='b64'), frm=CONSOLE_FROM)

# 012 ------------------------------------------------------------ merge_completed (machine-translated, states)
d = jst('2025-02-17 11:12:04')
txt = f"""こんにちは、山本さん、

確認をありがとう。私はあなたのアカウントのマージが正常に処理されたことをお知らせするために書いています。

現在のアカウントの状態は次のとおりです：

  aws27730418 ... アクティブ（すべての認定がこのアカウントに表示されます）
  aws09516624 ... マージ済み / 無効
  aws31820076 ... マージ済み / 無効

今後は k_yamamoto1987@yahoo.co.jp でサインインしてください。変更が CertMetrics と Credly に反映されるまで最大 48 時間かかることがあります。

他に質問があれば、私たちに知らせてください。私たちは喜んであなたを助けます。

よろしくお願いします、

Rahul K.
アマゾン ウェブ サービス

{console_footer_ja(S2_CASE)}
"""
aws_mail('012-completed-states-mt-ja.eml', L('merge_completed', S2_CASE, ['AWS09516624', 'AWS27730418', 'AWS31820076'], True),
         d, 'yahoo', S2_RCPT, S2_TO, f'RE:[CASE {S2_CASE}] {S2_SUBJ}',
         alt(leaf(txt, cte='qp'), leaf(aws_html(f'<p>{t2h(txt)}</p>'), 'html', cte='qp')), frm=CONSOLE_FROM)

# 013 ------------------------------------------------------------ survey (console: resolved + rate)
d = jst('2025-02-18 11:15:40')
rate = f'https://console.aws.amazon.com/support/feedback?displayId={S2_CASE}&language=ja'
txt = f"""ケース {S2_CASE}「{S2_SUBJ}」は解決済みになりました。

ご利用いただいたサポートはいかがでしたか？ 以下のリンクから今回の対応を評価してください（所要時間 1 分未満）:
{rate}

  ★★★★★ 非常に満足
  ★★★★☆ 満足
  ★★★☆☆ どちらでもない
  ★★☆☆☆ 不満
  ★☆☆☆☆ 非常に不満

問題が解決していない場合は、サポートセンターからケースを再開できます:
{S2_URL}

このメールアドレスへの返信は受け付けておりません。

アマゾン ウェブ サービス
"""
stars = ''.join(f'<a href="{esc(rate)}&amp;rating={n}" style="font-size:26px;color:#ff9900;text-decoration:none">&#9733;</a>' for n in range(1, 6))
html = aws_html(f"""<p>ケース <b>{S2_CASE}</b>「{S2_SUBJ}」は解決済みになりました。</p>
<p><b>ご利用いただいたサポートはいかがでしたか？</b><br>星をクリックして今回の対応を評価してください（所要時間 1 分未満）。</p><p>{stars}</p>
<p>問題が解決していない場合は、<a href="{esc(S2_URL)}">サポートセンター</a>からケースを再開できます。</p>
<p style="color:#687078;font-size:12px">このメールアドレスへの返信は受け付けておりません。</p>""")
aws_mail('013-console-resolved-rate-ja.eml', L('survey', S2_CASE, [], True),
         d, 'yahoo', S2_RCPT, S2_TO, f'アマゾン ウェブ サービス: ケース {S2_CASE} は解決済みになりました',
         alt(leaf(txt, cte='b64'), leaf(html, 'html', cte='b64')), frm=CONSOLE_FROM)

# 014 ------------------------------------------------------------ credly badges (ja), moved after merge
d = jst('2025-02-19 08:44:12')
b = [('AWS Certified Cloud Practitioner', 'a1f0c3d2-98b4-4e7a-b1c6-2d3e4f5a6b7c'),
     ('AWS Certified Developer – Associate', '0c9b8a7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d'),
     ('AWS Certified SysOps Administrator – Associate', '7d6c5b4a-3e2f-4d1c-8b0a-9f8e7d6c5b4a')]
lines = '\n'.join(f'・{n}\n  https://www.credly.com/earner/earned/badge/{u}' for n, u in b)
txt = f"""山本 健太 さん

Amazon Web Services Training and Certification から、あなたに 3 件のバッジが発行されました。

{lines}

「バッジを受け取る」からバッジを承認すると、Credly のプロフィールに表示され、
LinkedIn などで共有できるようになります。

このメールは、AWS 認定アカウントの記録が更新されたため、登録メールアドレス
（k_yamamoto1987@yahoo.co.jp）宛てに送信されています。

Credly チーム
"""
cards = ''.join(f'<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><b>{esc(n)}</b><br>'
                f'<a href="https://www.credly.com/earner/earned/badge/{u}" style="color:#ff6b00">バッジを受け取る</a></td></tr>' for n, u in b)
html = credly_html(f"""<p>山本 健太 さん</p><p><b>Amazon Web Services Training and Certification</b> から、あなたに 3 件のバッジが発行されました。</p>
<table width="100%">{cards}</table>
<p>「バッジを受け取る」からバッジを承認すると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。</p>
<p style="font-size:12px;color:#777">このメールは、AWS 認定アカウントの記録が更新されたため、登録メールアドレス（k_yamamoto1987@yahoo.co.jp）宛てに送信されています。</p>""")
credly_mail('014-credly-3-badges-ja-yahoo.eml', L('credly_badge_issued', None, [], True),
            d, 'yahoo', S2_RCPT, S2_TO, 'Amazon Web Services Training and Certification から 3 件のバッジが届いています',
            alt(leaf(txt, cte='b64'), leaf(html, 'html', cte='b64')))


# ================= Story 3: 鈴木 誠 / biglobe / form case 10684217093 (2022)
S3_CASE = '10684217093'
S3_RCPT = 'm-suzuki@kdc.biglobe.ne.jp'
S3_TO = addr('鈴木 誠', S3_RCPT, 'iso-2022-jp')
S3_SUBJ = f'[CASE {S3_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
S3_RE = f'RE:[CASE {S3_CASE}] [AWS Training and Certification Form Submission] - account-assistance'

# 015 ------------------------------------------------------------ case_created (form ack, en, 2022)
d = jst('2022-09-05 20:47:31')
txt = f"""Hello Makoto Suzuki,

Thank you for contacting AWS Training and Certification. This email confirms that we
have received your inquiry and created case {S3_CASE}.

Inquiry type: Certification
Inquiry detail: Account Merge
AWS Candidate ID: aws00781245
Description: I have two certification accounts. One is from my previous job. Please merge them.

A member of our Customer Support team will review your request and respond within
24 hours. To help us serve you faster, please do not submit a new case for the same
request. If you need to add information, simply reply to this email.

Sincerely,
AWS Training and Certification Customer Support
"""
aws_mail('015-form-ack-en-biglobe-2022.eml', L('case_created', S3_CASE, ['AWS00781245'], True, 'en'),
         d, 'biglobe', S3_RCPT, S3_TO, S3_SUBJ, leaf(txt, charset='us-ascii', cte='7bit'))

# 016 ------------------------------------------------------------ merge_confirmation_requested (ISO-2022-JP, full-width id)
d = jst('2022-09-07 10:30:12')
u = jst('2022-09-06 21:14:00')
user = """AWS トレーニングと認定 ご担当者様

ご連絡ありがとうございます。鈴木です。
前職のアカウントは AWS00781245、現在のアカウントは AWS13370552 です。
現在のアカウント（m-suzuki@kdc.biglobe.ne.jp でログインしているもの）を残してください。
前職のアカウントのメールアドレスは makoto.suzuki@old-corp.example.jp でした。

よろしくお願いいたします。
--
鈴木 誠"""
txt = f"""鈴木 誠 様

平素より AWS 認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの高橋と申します。

ご返信いただきありがとうございます。
統合のお手続きに先立ち、下記の内容にお間違いがないか、ご確認をお願いいたします。

＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
　項目　　　　｜統合元（削除）　　　　　　　｜統合先（存続）
───────┼──────────────┼──────────────
　候補者ＩＤ　｜AWS00781245　　　　　　　 ｜ＡＷＳ１３３７０５５２
　メール　　　｜makoto.suzuki@old-corp.example.jp｜m-suzuki@kdc.biglobe.ne.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝

統合を実施いたしますと、元に戻すことはできかねますので、あらかじめご了承ください。
内容にお間違いがなければ、本メールへのご返信にて「統合を承認します」とお知らせいただけますと幸いです。

何卒よろしくお願い申し上げます。

高橋
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services

On 2022/09/06 21:14, 鈴木 誠 wrote:
{quote(user)}
"""
aws_mail('016-confirm-fullwidth-table-iso2022jp.eml', L('merge_confirmation_requested', S3_CASE, ['AWS00781245', 'AWS13370552'], True),
         d, 'biglobe', S3_RCPT, S3_TO, S3_RE, leaf(txt, charset='iso-2022-jp', cte='7bit'))

# 017 ------------------------------------------------------------ merge_completed (ISO-2022-JP, Original Message)
d = jst('2022-09-09 16:02:55')
u = jst('2022-09-07 22:05:00')
txt = f"""鈴木 誠 様

AWS トレーニングと認定 カスタマーサポートの高橋でございます。
大変お待たせいたしました。

ご承認いただきましたアカウント統合につきまして、本日お手続きが完了いたしました。
前職でご取得の認定資格および受験履歴は、すべて AWS13370552 のアカウントへ移行済みでございます。
なお、AWS00781245 には今後サインインいただけませんので、ご注意ください。

Credly のバッジにつきましては、統合先アカウントのメールアドレス宛てに、
数日中に改めて発行のご案内が届く予定でございます。

今後とも AWS 認定をよろしくお願い申し上げます。

高橋
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: 鈴木 誠 <m-suzuki@kdc.biglobe.ne.jp>
Sent: Wednesday, September 7, 2022 10:05 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: {S3_RE}

高橋様

内容を確認しました。統合を承認します。
The details are correct. Please proceed with the merge.

鈴木
"""
aws_mail('017-completed-original-message-iso2022jp.eml', L('merge_completed', S3_CASE, ['AWS00781245', 'AWS13370552'], True),
         d, 'biglobe', S3_RCPT, S3_TO, S3_RE, leaf(txt, charset='iso-2022-jp', cte='7bit'))

# 018 ------------------------------------------------------------ survey (en, yes/no)
d = jst('2022-09-09 16:03:40')
surl = f'https://aws-tc-survey.amazon.com/feedback?case={S3_CASE}'
txt = f"""Hello,

Your case {S3_CASE} has been resolved and closed.

Was your issue resolved?
YES: {surl}&a=1
NO:  {surl}&a=0

Please take a moment to rate the support you received. Your feedback helps us improve.

If you need further help with this request, reply to this email and your case will be reopened.

AWS Training and Certification Customer Support
"""
html = aws_html(f"""<p>Hello,</p><p>Your case <b>{S3_CASE}</b> has been resolved and closed.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="{esc(surl)}&amp;a=1" style="background:#037f0c;color:#fff;padding:8px 24px;text-decoration:none">YES</a>&nbsp;&nbsp;
<a href="{esc(surl)}&amp;a=0" style="background:#d91515;color:#fff;padding:8px 24px;text-decoration:none">NO</a></p>
<p>Please take a moment to rate the support you received. Your feedback helps us improve.</p>
<p style="font-size:12px;color:#687078">If you need further help with this request, reply to this email and your case will be reopened.</p>""", lang='en')
aws_mail('018-survey-yes-no-en-biglobe.eml', L('survey', S3_CASE, [], True, 'en'),
         d, 'biglobe', S3_RCPT, S3_TO, f'[CASE {S3_CASE}] How did we do? Your case has been closed',
         alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(html, 'html', cte='qp')))

# ================= Story 4: 伊藤 彩花 (旧姓 佐藤) / so-net / form case 7019254381 (2020)
S4_CASE = '7019254381'
S4_RCPT = 'ayaka-ito@jcom.so-net.ne.jp'
S4_TO = S4_RCPT
S4_SUBJ = f'[CASE {S4_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
S4_RE = f'RE:[CASE {S4_CASE}] [AWS Training and Certification Form Submission] - account-assistance'

# 019 ------------------------------------------------------------ case_created (en, no Authentication-Results)
d = jst('2020-06-15 13:02:19')
txt = f"""Thank you for contacting AWS Training and Certification.

We have received your request and opened case {S4_CASE}. A member of our team will get back to you within 1 business day.

Case summary
------------
Case ID: {S4_CASE}
Category: Certification > Account Merge
Candidate ID provided: AWS-05563019

Please do not open another case for this request. You can reply to this email to add details.

Regards,
AWS Training and Certification
"""
aws_mail('019-form-ack-en-sonet-no-auth.eml', L('case_created', S4_CASE, ['AWS05563019'], None, 'en'),
         d, 'sonet', S4_RCPT, S4_TO, S4_SUBJ, leaf(txt, charset='us-ascii', cte='7bit'), v=None)

# 020 ------------------------------------------------------------ support_reply (asks notification e-mails, 8bit utf-8)
d = jst('2020-06-16 09:41:03')
txt = f"""伊藤 彩花 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
カスタマーサポートの中村でございます。

ご結婚に伴い氏名が変わられたとのこと、おめでとうございます。
ご依頼のアカウント統合につきまして、お手数をおかけいたしますが、次の点をご教示いただけますでしょうか。

・候補者 ID AWS-05563019（旧姓 佐藤 彩花 様名義）のアカウントに登録されている通知用メールアドレス
・もう一方のアカウントの候補者 ID と、その通知用メールアドレス
・統合後に保持をご希望されるアカウント
・試験当日にご提示いただく身分証明書の氏名（統合後のアカウントの氏名をこれに合わせます）

上記を確認でき次第、統合内容のご案内をお送りいたします。

恐れ入りますが、よろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
aws_mail('020-asks-notification-emails-8bit.eml', L('support_reply', S4_CASE, ['AWS05563019'], True),
         d, 'sonet', S4_RCPT, S4_TO, S4_RE, leaf(txt, cte='8bit'))

# 021 ------------------------------------------------------------ merge_confirmation_requested (Shift_JIS label, cp932 chars, Outlook quote)
d = jst('2020-06-17 15:26:44')
u = jst('2020-06-16 23:48:00')
user = f"""中村様

お世話になっております。伊藤です。
ご質問の件、以下のとおりご回答いたします。

・AWS05563019 の通知用メール：ayaka.sato.0312@hotmail.co.jp
・もう一方：AWS08802174 / 通知用メール：ayaka-ito@jcom.so-net.ne.jp
・残したいのは AWS08802174 です
・身分証明書の氏名：伊藤 彩花（ITO AYAKA）

よろしくお願いいたします。"""
txt = f"""伊藤 彩花 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの中村です。
ご回答いただき、誠にありがとうございます。

下記の内容で統合を行ってよろしいか、ご確認をお願いいたします。

　①統合されるアカウント（統合後は利用不可）
　　　候補者 ID：AWS05563019
　　　氏名　　：佐藤 彩花
　　　通知先　：ayaka.sato.0312@hotmail.co.jp
　②統合先のアカウント（引き続きご利用）
　　　候補者 ID：AWS08802174
　　　氏名　　：伊藤 彩花
　　　通知先　：ayaka-ito@jcom.so-net.ne.jp

※①の認定資格・受験履歴は②へ移行されます。
※統合は取り消しができません。
※作業完了まで 2～3 営業日ほどお時間をいただきます。

問題がなければ、このメールに「上記の内容で統合をお願いします」とご返信ください。

中村
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services

________________________________
差出人: 伊藤 彩花 <ayaka-ito@jcom.so-net.ne.jp>
送信日時: {u.year}年{u.month}月{u.day}日 {u.hour}:{u.minute:02d}
宛先: aws-cs-trainingcertification-form@amazon.com
件名: Re: {S4_RE}

{user}
"""
aws_mail('021-confirm-numbered-sjis-cp932.eml', L('merge_confirmation_requested', S4_CASE, ['AWS05563019', 'AWS08802174'], True),
         d, 'sonet', S4_RCPT, S4_TO, S4_RE, leaf(txt, charset='shift_jis', cte='b64', label='Shift_JIS'))

# 022 ------------------------------------------------------------ merge_completed (also says the case will be closed)
d = jst('2020-06-19 11:08:30')
txt = f"""伊藤 彩花 様

AWS トレーニングと認定 カスタマーサポートの中村です。

先日ご依頼いただいたアカウントの統合作業が本日完了いたしましたので、ご報告申し上げます。
旧アカウント（AWS05563019）の認定資格と受験履歴は AWS08802174 へ移行され、
氏名は「伊藤 彩花」で登録されております。

念のため、AWS 認定アカウントにサインインのうえ、認定資格の一覧と
次回受験用の特典（50% 割引）が表示されていることをご確認ください。

ご依頼の件は以上で対応完了となりますので、本ケースはクローズさせていただきます。
このたびはお問い合わせいただき、誠にありがとうございました。

中村
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
aws_mail('022-completed-and-closing-ja-sonet.eml', L('merge_completed', S4_CASE, ['AWS05563019', 'AWS08802174'], True),
         d, 'sonet', S4_RCPT, S4_TO, S4_RE, leaf(txt, cte='qp'))

# 023 ------------------------------------------------------------ survey (closure that restates the merge)
d = jst('2020-06-19 11:10:02')
surl = f'https://aws-tc-survey.amazon.com/feedback?case={S4_CASE}&lang=ja'
txt = f"""伊藤 彩花 様

アカウント統合のお手続き完了に伴い、ケース {S4_CASE} をクローズいたしました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。
問題は解決しましたか？
　はい　→ {surl}&resolved=1
　いいえ → {surl}&resolved=0

担当者の対応を 5 段階で評価していただくこともできます。

AWS トレーニングと認定
"""
html = aws_html(f"""<p>伊藤 彩花 様</p><p>アカウント統合のお手続き完了に伴い、ケース {S4_CASE} をクローズいたしました。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。</p><p><b>問題は解決しましたか？</b></p>
<p><a href="{esc(surl)}&amp;resolved=1">はい</a> ｜ <a href="{esc(surl)}&amp;resolved=0">いいえ</a></p>
<p>担当者の対応を 5 段階で評価していただくこともできます。</p><p>AWS トレーニングと認定</p>""")
aws_mail('023-closure-survey-after-merge-ja.eml', L('survey', S4_CASE, [], True),
         d, 'sonet', S4_RCPT, S4_TO, f'[CASE {S4_CASE}] お問い合わせ対応に関するアンケートのお願い',
         alt(leaf(txt, cte='qp'), leaf(html, 'html', cte='qp')))


# ================= Story 5: 小林 翔 / Exchange Online (corporate) / console case 14287365091 (2023), English agent
S5_CASE = '14287365091'
S5_RCPT = 'sho.kobayashi@mirai-dx.co.jp'
S5_TO = addr('小林 翔 (Sho Kobayashi)', S5_RCPT)
S5_SUBJ = 'Merge two AWS Certification accounts'
S5_URL = f'https://console.aws.amazon.com/support/home#/case/?displayId={S5_CASE}&language=en'
EXO = [('X-MS-Exchange-Organization-ExpirationStartTime', 'placeholder'),
       ('X-MS-Exchange-Organization-Network-Message-Id', 'placeholder'),
       ('X-MS-Exchange-Organization-AuthSource', 'OS1PEPF00001234.jpnprd01.prod.outlook.com'),
       ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
       ('X-MS-Exchange-Organization-SCL', '1')]


def exo(d):
    out = []
    for k, v in EXO:
        if k.endswith('ExpirationStartTime'):
            v = format_datetime(d.astimezone(UTC))
        elif k.endswith('Network-Message-Id'):
            v = str(uuid.UUID(h('nm' + str(d), 32)))
        out.append((k, v))
    return out


def console_footer_en(case):
    return (f"""To see the file attachments or to share your experience, contact us again about this case, or rate this
correspondence, please go to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link
above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.""")


# 024 ------------------------------------------------------------ case_created (console, en)
d = jst('2023-11-06 10:18:27')
txt = f"""Thank you for contacting Amazon Web Services. We have opened case {S5_CASE} to address your issue.

The details of your case are as follows:

Case ID: {S5_CASE}
Subject: {S5_SUBJ}
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts. AWS22084617 was created with my
university address and AWS30019458 with my company address. Please merge AWS22084617 into
AWS30019458. Thank you.

We will respond to your case as soon as possible. You can view and update the case in the Support Center:
{S5_URL}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services
"""
aws_mail('024-console-opened-en-outlook.eml', L('case_created', S5_CASE, ['AWS22084617', 'AWS30019458'], True, 'en'),
         d, 'outlook', S5_RCPT, S5_TO, f'Amazon Web Services: You have opened a new Support case: {S5_CASE}',
         alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(aws_html(f'<p>{t2h(txt)}</p>', lang='en'), 'html', cte='qp')),
         frm=CONSOLE_FROM, extra_lower=exo(d))

# 025 ------------------------------------------------------------ support_reply (forwarded internally, working on it)
d = jst('2023-11-07 02:44:10')
txt = f"""Hello Sho,

Greetings from AWS Support! Hope you are doing well.

I understand you would like to combine your two certification profiles. Kindly be informed that certification
records are managed by our AWS Training and Certification team, hence I have reached out to them on your behalf
with all the details you provided. They will revert back to you on this same case; usually it takes 1-2 business days.

Meanwhile, request you to not create a new case for the same concern, as it may delay the process.

Thank you for your patience and understanding.

Best regards,
Priya S.
Amazon Web Services

===============================================

{console_footer_en(S5_CASE)}
"""
aws_mail('025-working-on-it-en-outlook.eml', L('support_reply', S5_CASE, [], True, 'en'),
         d, 'outlook', S5_RCPT, S5_TO, f'RE:[CASE {S5_CASE}] {S5_SUBJ}', leaf(txt, charset='us-ascii', cte='7bit'),
         frm=CONSOLE_FROM, extra_lower=exo(d))

# 026 ------------------------------------------------------------ merge_confirmation_requested (en, non-native)
d = jst('2023-11-08 16:05:51')
txt = f"""Hello Sho,

Thank you for the patience. I have received the update from AWS Training and Certification team.

Please find below the details of the accounts which will be merged:

    Primary account (to be kept)      : AWS30019458  -  sho.kobayashi@mirai-dx.co.jp
    Secondary account (to be closed)  : AWS22084617  -  s.kobayashi@st.example-u.ac.jp

All the certifications and exam history from the secondary account will be moved to the primary
account. Kindly note the merge is permanent and cannot be reverted once done.

Kindly confirm if above details are correct and we can go ahead, by replying on this case in the
Support Center. We will not proceed without your confirmation.

Best regards,
Priya S.
Amazon Web Services

===============================================

{console_footer_en(S5_CASE)}
"""
aws_mail('026-confirm-primary-secondary-en.eml', L('merge_confirmation_requested', S5_CASE, ['AWS22084617', 'AWS30019458'], True, 'en'),
         d, 'outlook', S5_RCPT, S5_TO, f'RE:[CASE {S5_CASE}] {S5_SUBJ}',
         alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(aws_html(f'<p>{t2h(txt)}</p>', lang='en'), 'html', cte='qp')),
         frm=CONSOLE_FROM, extra_lower=exo(d))

# 027 ------------------------------------------------------------ support_reply (confirmed; asks about Credly, not the merge)
d = jst('2023-11-09 11:20:03')
txt = f"""Hello Sho,

Thank you for confirming the details. I have passed your confirmation to the Training and Certification
team and they will now proceed. Once the merge is complete, we will update you on this case.

Meanwhile, one question from my side: your Credly badges are currently issued to your university
e-mail address. Would you like the team to re-issue them to sho.kobayashi@mirai-dx.co.jp as well, or do
you prefer to keep your existing Credly profile? Please let us know on this case.

Best regards,
Priya S.
Amazon Web Services

===============================================

{console_footer_en(S5_CASE)}
"""
aws_mail('027-proceeding-asks-credly-en.eml', L('support_reply', S5_CASE, [], True, 'en'),
         d, 'outlook', S5_RCPT, S5_TO, f'RE:[CASE {S5_CASE}] {S5_SUBJ}', leaf(txt, charset='us-ascii', cte='qp'),
         frm=CONSOLE_FROM, extra_lower=exo(d))

# 028 ------------------------------------------------------------ merge_completed (en, paraphrased)
d = jst('2023-11-10 19:37:15')
txt = f"""Hello Sho,

Good news - the T&C team has finalized the consolidation of your certification profiles.

AWS30019458 is now your single active profile and shows all of your certifications and exam history.
The profile AWS22084617 has been retired and can no longer be used to sign in.

As requested, your Credly badges will be re-issued to your company e-mail address; you should receive
an e-mail from Credly within 24-48 hours.

If there is anything else, do let us know. Have a great weekend ahead!

Best regards,
Priya S.
Amazon Web Services

===============================================

{console_footer_en(S5_CASE)}
"""
aws_mail('028-consolidation-finalized-en.eml', L('merge_completed', S5_CASE, ['AWS22084617', 'AWS30019458'], True, 'en'),
         d, 'outlook', S5_RCPT, S5_TO, f'RE:[CASE {S5_CASE}] {S5_SUBJ}', leaf(txt, charset='us-ascii', cte='7bit'),
         frm=CONSOLE_FROM, extra_lower=exo(d))

# 029 ------------------------------------------------------------ survey (console, en, rate)
d = jst('2023-11-13 20:00:41')
txt = f"""Hello,

We haven't heard back from you regarding case {S5_CASE} ("{S5_SUBJ}"), so we have marked it as resolved.

How did we do? Please take a minute to rate your experience with AWS Support:
https://console.aws.amazon.com/support/home#/case/?displayId={S5_CASE}&language=en&rate=true

   Excellent  |  Good  |  Fair  |  Poor

If your issue is not resolved, you can reopen the case from the Support Center.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services
"""
aws_mail('029-resolved-rate-en-outlook.eml', L('survey', S5_CASE, [], True, 'en'),
         d, 'outlook', S5_RCPT, S5_TO, f'Amazon Web Services: Case {S5_CASE} has been resolved - please rate your experience',
         alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(aws_html(f'<p>{t2h(txt)}</p>', lang='en'), 'html', cte='b64')),
         frm=CONSOLE_FROM, extra_lower=exo(d))


def credly_outlook(fn, label, d, subject, body):
    credly_mail(fn, label, d, 'outlook', S5_RCPT, S5_RCPT, subject, body)


# 030 ------------------------------------------------------------ credly: badges transferred (en, Outlook)
d = jst('2023-11-11 03:12:09')
txt = """Hi Sho Kobayashi,

Good news! Amazon Web Services Training and Certification has transferred 2 badges to this e-mail address.

  * AWS Certified Solutions Architect - Professional
  * AWS Certified Security - Specialty

Accept your badges to display them on your Credly profile:
https://www.credly.com/users/sho-kobayashi/badges?accept=pending

Once accepted, your badges can be shared on LinkedIn and verified by employers at any time.

Credly, Inc.
"""
html = credly_html("""<p>Hi Sho Kobayashi,</p><p>Good news! <b>Amazon Web Services Training and Certification</b> has transferred <b>2 badges</b> to this e-mail address.</p>
<ul><li>AWS Certified Solutions Architect &ndash; Professional</li><li>AWS Certified Security &ndash; Specialty</li></ul>
<p style="text-align:center"><a href="https://www.credly.com/users/sho-kobayashi/badges?accept=pending" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">Accept your badges</a></p>
<p>Once accepted, your badges can be shared on LinkedIn and verified by employers at any time.</p>""")
credly_outlook('030-credly-badges-transferred-en-outlook.eml', L('credly_badge_issued', None, [], True, 'en'),
               d, 'Your badges from Amazon Web Services Training and Certification are ready to accept',
               alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(html, 'html', cte='qp')))


# ================= Story 6: 渡辺 美咲 / Gmail / form cases 172407676417750 (no answer) and 172467391008836
S6_CASE1 = '172407676417750'
S6_CASE2 = '172467391008836'
S6_RCPT = 'watanabe.misaki.k@gmail.com'
S6_TO = addr('渡辺美咲', S6_RCPT)


def s6_ack(fn, d, case, when):
    inner = f"""<p style="font-size:18px;font-weight:bold;margin:0 0 12px">お問い合わせを受け付けました</p>
<p>渡辺美咲 様</p>
<p>AWS トレーニングと認定へのお問い合わせありがとうございます。<br>下記のとおりお問い合わせを承りました。担当者より通常 24 時間以内にご連絡いたします。</p>
<table cellpadding="8" cellspacing="0" width="100%" style="border:1px solid #d5dbdb;font-size:13px">
<tr><td width="35%" style="background:#f2f3f3">ケース ID</td><td><b>{case}</b></td></tr>
<tr><td style="background:#f2f3f3">受付日時</td><td>{when}</td></tr>
<tr><td style="background:#f2f3f3">カテゴリー</td><td>認定 &gt; アカウントの統合</td></tr>
<tr><td style="background:#f2f3f3">AWS 認定 候補者 ID</td><td>AWS19283746</td></tr></table>
<p>追加の情報がある場合は、件名を変更せずにこのメールへご返信ください。<br>
<span style="color:#d13212">同じ内容で複数のお問い合わせを作成されますと、ご回答までにお時間を要する場合がございます。</span></p>
<p>AWS トレーニングと認定 カスタマーサポート</p>"""
    aws_mail(fn, L('case_created', case, ['AWS19283746'], True), d, 'gmail', S6_RCPT, S6_TO,
             f'【AWS トレーニングと認定】お問い合わせを受け付けました（ケース ID: {case}）',
             leaf(aws_html(inner), 'html', cte='b64'))


# 031 ------------------------------------------------------------ case_created (HTML-only, first case)
s6_ack('031-form-ack-html-only-ja.eml', jst('2024-08-19 23:12:51'), S6_CASE1, '2024年8月19日 23:12')
# 032 ------------------------------------------------------------ case_created (second case, a week later)
s6_ack('032-form-ack-second-case-ja.eml', jst('2024-08-26 21:05:17'), S6_CASE2, '2024年8月26日 21:05')

# 033 ------------------------------------------------------------ support_reply (duplicate case; table of found accounts, asks which to keep)
d = jst('2024-08-27 10:40:26')
txt = f"""渡辺美咲 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。
お問い合わせいただき、誠にありがとうございます。

前回お送りいただいたお問い合わせ（ケース ID: {S6_CASE1}）につきましては、
フォームに通知先のメールアドレスが入力されていなかったため、ご連絡を差し上げることができませんでした。
ご不便をおかけいたしましたこと、深くお詫び申し上げます。今後は本ケースにて対応させていただきます。

お客様のお名前で、以下の 2 つの AWS 認定アカウントを確認いたしました。

| 候補者 ID    | 登録メールアドレス              | 作成日     | 取得済み認定 |
|--------------|---------------------------------|------------|--------------|
| AWS19283746  | watanabe.misaki.k@gmail.com     | 2021/04/02 | 1 件         |
| AWS27364510  | m.watanabe@hoshizora-tech.jp    | 2023/01/18 | 2 件         |

恐れ入りますが、統合後にどちらのアカウントを残されるかをお知らせください。
また、差し支えなければ、統合をご希望される理由もあわせてお聞かせいただけますと幸いです。

よろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
aws_mail('033-duplicate-case-which-to-keep-table.eml', L('support_reply', S6_CASE2, ['AWS19283746', 'AWS27364510'], True),
         d, 'gmail', S6_RCPT, S6_TO, f'RE:[CASE {S6_CASE2}] [AWS Training and Certification Form Submission] - account-assistance',
         alt(leaf(txt, cte='qp'), leaf(aws_html(f'<pre style="font-family:inherit;white-space:pre-wrap">{esc(txt)}</pre>'), 'html', cte='qp')))

# 034 ------------------------------------------------------------ merge_confirmation_requested (HTML-only, before/after table, gmail quote)
d = jst('2024-08-28 14:12:03')
u = jst('2024-08-27 22:16:00')
quoted_user = """山口様<br><br>ご連絡ありがとうございます。<br>前回は入力漏れがあったようで失礼いたしました。<br><br>
gmail の方（AWS19283746）を残したいです。<br>転職したため、会社のアドレスは来月から使えなくなります。<br><br>渡辺"""
inner = f"""<p>渡辺美咲 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの山口でございます。<br>ご回答いただき、ありがとうございます。</p>
<p>以下の内容でアカウントの統合を承ります。実施前に、内容に誤りがないかご確認いただけますでしょうか。</p>
<table cellpadding="8" cellspacing="0" style="border-collapse:collapse;font-size:13px;border:1px solid #879596">
<tr style="background:#232f3e;color:#fff"><th></th><th>統合前</th><th>統合後</th></tr>
<tr><td style="border:1px solid #879596">AWS27364510<br><small>m.watanabe@hoshizora-tech.jp</small></td><td style="border:1px solid #879596">有効（認定 2 件）</td><td style="border:1px solid #879596">無効（AWS19283746 に統合）</td></tr>
<tr><td style="border:1px solid #879596">AWS19283746<br><small>watanabe.misaki.k@gmail.com</small></td><td style="border:1px solid #879596">有効（認定 1 件）</td><td style="border:1px solid #879596"><b>有効（認定 3 件）</b></td></tr>
</table>
<p>※統合の実施後は、元の状態に戻すことはできません。<br>※統合作業中はいずれのアカウントでも試験のご予約ができなくなります。</p>
<p>上記の内容でよろしければ、このメールにご返信のうえ、統合へのご同意をお知らせください。</p>
<p>山口<br>AWS トレーニングと認定 カスタマーサポート</p>
<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{ja_date(u)} 渡辺美咲 &lt;<a href="mailto:{S6_RCPT}">{S6_RCPT}</a>&gt;:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted_user}</blockquote></div>"""
aws_mail('034-confirm-before-after-html-only.eml', L('merge_confirmation_requested', S6_CASE2, ['AWS19283746', 'AWS27364510'], True),
         d, 'gmail', S6_RCPT, S6_TO, f'RE:[CASE {S6_CASE2}] [AWS Training and Certification Form Submission] - account-assistance',
         leaf(aws_html(inner), 'html', cte='qp'))

# 035 ------------------------------------------------------------ support_reply (status: in progress, will notify when done)
d = jst('2024-08-30 09:05:44')
u = jst('2024-08-28 19:02:00')
txt = f"""渡辺美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山口です。

ご同意いただいたアカウント統合につきまして、現在、担当部署にて作業を進めております。
想定よりもお時間を頂戴しており、申し訳ございません。
統合が完了しましたら、改めて本ケースにてご連絡いたしますので、いましばらくお待ちくださいませ。

山口
AWS トレーニングと認定 カスタマーサポート

{ja_date(u)} 渡辺美咲 <{S6_RCPT}>:
> 山口様
>
> 内容を確認しました。問題ありませんので統合をお願いします。
> The details are correct. Please proceed with the merge.
>
> {ja_date(d.replace(day=28, hour=14, minute=12))} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 以下の内容でアカウントの統合を承ります。
> > AWS27364510 → AWS19283746
"""
aws_mail('035-in-progress-will-notify-ja.eml', L('support_reply', S6_CASE2, [], True),
         d, 'gmail', S6_RCPT, S6_TO, f'RE:[CASE {S6_CASE2}] [AWS Training and Certification Form Submission] - account-assistance',
         leaf(txt, cte='b64'))

# 036 ------------------------------------------------------------ merge_completed (HTML-only, state table)
d = jst('2024-08-30 17:40:18')
inner = f"""<p>渡辺美咲 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの山口です。<br>大変お待たせいたしました。アカウントの状況は以下のとおりとなりました。</p>
<table cellpadding="8" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th style="border:1px solid #aab7b8">候補者 ID</th><th style="border:1px solid #aab7b8">状態</th></tr>
<tr><td style="border:1px solid #aab7b8">AWS19283746</td><td style="border:1px solid #aab7b8;color:#1d8102"><b>有効</b>（AWS27364510 の認定 2 件を含む計 3 件）</td></tr>
<tr><td style="border:1px solid #aab7b8">AWS27364510</td><td style="border:1px solid #aab7b8;color:#687078">統合済み・無効</td></tr>
<tr><td style="border:1px solid #aab7b8">処理状況</td><td style="border:1px solid #aab7b8"><b>完了</b> &#10004;</td></tr></table>
<p>今後は watanabe.misaki.k@gmail.com でサインインしてください。<br>
認定資格が表示されない場合は、一度サインアウトのうえ、ブラウザのキャッシュを削除してからお試しください。</p>
<p>山口<br>AWS トレーニングと認定 カスタマーサポート</p>"""
aws_mail('036-completed-state-table-html-only.eml', L('merge_completed', S6_CASE2, ['AWS19283746', 'AWS27364510'], True),
         d, 'gmail', S6_RCPT, S6_TO, f'RE:[CASE {S6_CASE2}] [AWS Training and Certification Form Submission] - account-assistance',
         leaf(aws_html(inner), 'html', cte='b64'))

# 037 ------------------------------------------------------------ survey (rating request only)
d = jst('2024-08-30 17:41:02')
base = f'https://aws-tc-survey.amazon.com/r?case={S6_CASE2}&lang=ja&score='
inner = f"""<p>渡辺美咲 様</p><p>このたびは AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p style="font-size:16px"><b>担当者（山口）の対応はいかがでしたか？</b></p>
<table cellspacing="6"><tr>{''.join(f'<td style="border:1px solid #ff9900;padding:8px 14px"><a href="{base}{n}" style="text-decoration:none;color:#16191f">{n}</a></td>' for n in range(1, 6))}</tr>
<tr><td colspan="2" style="font-size:11px">1 = 非常に不満</td><td></td><td colspan="2" style="font-size:11px;text-align:right">5 = 非常に満足</td></tr></table>
<p>ケース ID: {S6_CASE2}</p>
<p style="font-size:12px;color:#687078">アンケートは匿名で集計され、サービス品質の向上のみに使用されます。</p>"""
aws_mail('037-rate-agent-1-to-5-ja.eml', L('survey', S6_CASE2, [], True),
         d, 'gmail', S6_RCPT, S6_TO, '今回のサポートはいかがでしたか？ 1 分間アンケートのお願い',
         leaf(aws_html(inner), 'html', cte='b64'))

# 038 ------------------------------------------------------------ credly (ja, badges ready to accept after merge)
d = jst('2024-09-01 06:58:12')
txt = """渡辺 美咲 さん

Amazon Web Services Training and Certification が、あなたのメールアドレス宛てにバッジを発行しました。
受け取りの準備ができています。

  AWS Certified Data Engineer – Associate
  AWS Certified Machine Learning – Specialty

以下のリンクからバッジを受け取ってください:
https://www.credly.com/earner/earned?accept=pending

Credly
"""
html = credly_html("""<p>渡辺 美咲 さん</p><p><b>Amazon Web Services Training and Certification</b> が、あなたのメールアドレス宛てにバッジを発行しました。受け取りの準備ができています。</p>
<ul><li>AWS Certified Data Engineer &ndash; Associate</li><li>AWS Certified Machine Learning &ndash; Specialty</li></ul>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned?accept=pending" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none">バッジを受け取る</a></p>""")
credly_mail('038-credly-ready-to-accept-ja.eml', L('credly_badge_issued', None, [], True),
            d, 'gmail', S6_RCPT, S6_RCPT, 'バッジの受け取り準備ができました - Amazon Web Services Training and Certification',
            alt(leaf(txt, cte='qp'), leaf(html, 'html', cte='qp')))

# ================= Story 7: 加藤 由紀 / Yahoo! JAPAN / form case 176099959022018 (opened 2025-10-21 07:33:10 JST)
S7_CASE = '176099959022018'
S7_RCPT = 'kato_yuki_0822@yahoo.co.jp'
S7_TO = addr('加藤 由紀', S7_RCPT, 'iso-2022-jp')
S7_RE = f'RE: [CASE {S7_CASE}] [AWS Training and Certification Form Submission] - account-assistance'

# 039 ------------------------------------------------------------ merge_confirmation_requested (bilingual, Yahoo quote)
d = jst('2025-10-22 13:47:29')
u = jst('2025-10-21 22:10:00')
txt = f"""加藤 由紀 様

AWS トレーニングと認定 カスタマーサポートでございます。
お問い合わせいただいた件につき、以下のとおり統合を実施する予定です。

  残すアカウント　　　: AWS40291837（kato_yuki_0822@yahoo.co.jp）
  統合されるアカウント: AWS 35510294（y.kato@sakura-ds.example.co.jp）

統合後、AWS 35510294 はご利用いただけなくなり、この操作は取り消すことができません。
お手数ですが、内容をご確認のうえ、本メールへの返信にて統合の可否をお知らせください。

-----
Dear Yuki Kato,

We will merge your accounts as follows:
  Account to keep:   AWS40291837
  Account to merge:  AWS 35510294
Please note that the merge cannot be undone. Kindly reply to this e-mail to confirm that we may proceed.

Best regards,
AWS Training and Certification Customer Support

--- kato_yuki_0822@yahoo.co.jp wrote:
> 担当者様
> 2つのアカウントのIDは AWS40291837 と AWS35510294 です。
> yahoo のほうを残したいです。よろしくお願いします。
> 加藤
"""
aws_mail('039-confirm-bilingual-yahoo.eml', L('merge_confirmation_requested', S7_CASE, ['AWS35510294', 'AWS40291837'], True),
         d, 'yahoo', S7_RCPT, S7_TO, S7_RE, leaf(txt, cte='qp'))

# 040 ------------------------------------------------------------ merge_completed (keigo, nested quote)
d = jst('2025-10-23 18:20:55')
txt = f"""加藤 由紀 様

AWS トレーニングと認定 カスタマーサポートでございます。
ご確認いただき、誠にありがとうございました。

ご依頼いただいておりましたアカウントの統合につきまして、処理が完了いたしましたことをご報告申し上げます。
統合先の AWS40291837 にて、すべての認定資格をご確認いただけます。

Credly のバッジは、統合先アカウントのメールアドレス宛てに順次再発行されます。
万が一、1 週間を経過してもバッジが届かない場合は、本メールにご返信ください。

今後とも AWS 認定をよろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート

--- kato_yuki_0822@yahoo.co.jp wrote:
> 内容に間違いありません。統合をお願いいたします。
> The details are correct. Please proceed with the merge.
>
> --- aws-cs-trainingcertification-form@amazon.com wrote:
> > 残すアカウント　　　: AWS40291837
> > 統合されるアカウント: AWS 35510294
> > お手数ですが、内容をご確認のうえ、本メールへの返信にて統合の可否をお知らせください。
"""
aws_mail('040-completed-keigo-nested-quote.eml', L('merge_completed', S7_CASE, ['AWS40291837'], True),
         d, 'yahoo', S7_RCPT, S7_TO, S7_RE, leaf(txt, cte='b64'))

# 041 ------------------------------------------------------------ support_reply (voucher question, not about the merge)
d = jst('2025-10-24 11:02:37')
txt = f"""加藤 由紀 様

AWS トレーニングと認定 カスタマーサポートでございます。
お問い合わせいただいた 50% 割引バウチャーの件につきご回答いたします。

以前のアカウントで付与された次回受験 50% 割引の特典は、有効期限内のものに限り、
候補者 ID AWS40291837 の「特典」ページに表示されております。
ご利用の際は、試験予約の手続き画面で「特典を適用」を選択してください。

なお、特典の有効期限は延長いたしかねますので、あらかじめご了承ください。
ほかにご不明な点がございましたら、お気軽にお問い合わせください。

AWS トレーニングと認定 カスタマーサポート

--- kato_yuki_0822@yahoo.co.jp wrote:
> ありがとうございます。前のアカウントにあった 50% 割引のバウチャーは使えますか？
"""
aws_mail('041-voucher-question-answer-ja.eml', L('support_reply', S7_CASE, ['AWS40291837'], True),
         d, 'yahoo', S7_RCPT, S7_TO, S7_RE, leaf(txt, cte='qp'))

# 042 ------------------------------------------------------------ survey (closure notice + survey, keigo)
d = jst('2025-10-27 09:00:12')
surl = f'https://aws-tc-survey.amazon.com/feedback?case={S7_CASE}&lang=ja'
txt = f"""加藤 由紀 様

平素より AWS 認定をご利用いただき、誠にありがとうございます。

お問い合わせいただいておりましたケース（ケース ID: {S7_CASE}）は、
最終のご連絡から一定期間が経過したため、クローズさせていただきました。

つきましては、今後のサービス改善のため、アンケートへのご協力をお願い申し上げます。
　▼ アンケートに回答する（所要時間：約 1 分）
　{surl}

ご不明な点が残っている場合は、本メールへご返信いただければケースを再開いたします。

AWS トレーニングと認定 カスタマーサポート
"""
aws_mail('042-closure-notice-survey-keigo.eml', L('survey', S7_CASE, [], True),
         d, 'yahoo', S7_RCPT, S7_TO, f'[CASE {S7_CASE}] ケースのクローズとアンケートのお願い', leaf(txt, cte='b64'))

# 043 ------------------------------------------------------------ credly via youracclaim (2020, en, so-net)
d = jst('2020-06-21 02:14:45')
txt = """Congratulations, Ayaka Ito!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud Practitioner.

Accept your badge to manage, share and verify your achievement:
https://www.youracclaim.com/earner/earned/badge/2b6f0e4d-1c3a-4f59-8e7d-6a5b4c3d2e1f

Questions? Visit https://support.youracclaim.com

Acclaim
"""
html = credly_html("""<p>Congratulations, Ayaka Ito!</p><p><b>Amazon Web Services Training and Certification</b> has issued you a badge:<br><b>AWS Certified Cloud Practitioner</b></p>
<p style="text-align:center"><a href="https://www.youracclaim.com/earner/earned/badge/2b6f0e4d-1c3a-4f59-8e7d-6a5b4c3d2e1f" style="background:#0b5a7f;color:#fff;padding:12px 30px;text-decoration:none">Accept Badge</a></p>""")
credly_mail('043-acclaim-badge-2020-sonet.eml', L('credly_badge_issued', None, [], True, 'en'),
            d, 'sonet', S4_RCPT, S4_RCPT, 'Congratulations! You earned a badge from Amazon Web Services Training and Certification',
            alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(html, 'html', cte='qp')),
            frm=addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'),
            v={'dkim': [('pass', 'youracclaim.com')], 'spf': 'pass', 'dmarc': ('pass', 'youracclaim.com', 'NONE')},
            domain='youracclaim.com')


# ================= Look-alikes and phishing


def other_mail(fn, label, d, provider, rcpt, headers, body, env_from, host, ip, v, extra_lower=None):
    tr = trace(provider, d, rcpt, env_from, host, ip, v, extra_lower)
    build(fn, label, body, tr, headers)


# 044 ------------------------------------------------------------ phishing: merge confirmation from look-alike domain (Yahoo)
d = jst('2025-02-12 20:31:09')
ph_url = 'https://aws-certification-jp.com/merge/confirm?id=a8f3c2'
txt = f"""山本 健太 様

いつも AWS 認定をご利用いただきありがとうございます。
AWS トレーニングと認定 アカウントサポートセンターです。

お客様よりご依頼いただいたアカウント統合について、最終確認が必要です。

┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
　ケース番号　：173927745100291
　統合先 ID 　：AWS27730418
　統合元 ID 　：（ご本人確認後に表示されます）
　確認期限　　：2025年2月13日 23:59
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛

下記のリンクより AWS アカウントにサインインし、統合内容を承認してください。
期限までに承認されない場合、統合依頼は取り消され、取得済みの認定資格が一時的に無効となります。

▼ 統合内容を確認・承認する
{ph_url}

※本メールは送信専用です。

━━━━━━━━━━━━━━━━━━━━
AWS トレーニングと認定
Amazon Web Services Japan
━━━━━━━━━━━━━━━━━━━━
"""
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-weight:bold;font-size:20px">aws</span> <span style="color:#fff">トレーニングと認定</span></div>
<p>山本 健太 様</p><p>いつも AWS 認定をご利用いただきありがとうございます。<br>AWS トレーニングと認定 アカウントサポートセンターです。</p>
<p>お客様よりご依頼いただいたアカウント統合について、<b style="color:#d13212">最終確認が必要です。</b></p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>ケース番号</td><td>173927745100291</td></tr><tr><td>統合先 ID</td><td>AWS27730418</td></tr>
<tr><td>統合元 ID</td><td>（ご本人確認後に表示されます）</td></tr><tr><td>確認期限</td><td>2025年2月13日 23:59</td></tr></table>
<p>期限までに承認されない場合、統合依頼は取り消され、取得済みの認定資格が一時的に無効となります。</p>
<p><a href="{ph_url}" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">統合内容を確認・承認する</a></p>
<p style="font-size:11px;color:#888">※本メールは送信専用です。<br>AWS トレーニングと認定 / Amazon Web Services Japan</p></body></html>"""
other_mail('044-phish-merge-confirm-lookalike-jp.eml',
           L('merge_confirmation_requested', '173927745100291', ['AWS27730418'], False),
           d, 'yahoo', S2_RCPT,
           [('DKIM-Signature', dkim_sig('aws-certification-jp.com', 'default', d)),
            ('Date', format_datetime(d)), ('From', addr('AWS トレーニングと認定', 'support@aws-certification-jp.com', 'iso-2022-jp')),
            ('To', S2_RCPT), ('Message-ID', generic_msgid(d, 'aws-certification-jp.com')),
            ('Subject', hdr('【AWS認定】アカウント統合の最終確認のお願い（要対応）', 'iso-2022-jp')),
            ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'), ('MIME-Version', '1.0')],
           alt(leaf(txt, cte='b64'), leaf(html, 'html', cte='b64')),
           'support@aws-certification-jp.com', 'mail.aws-certification-jp.com', '185.212.47.63',
           {'spf': 'pass', 'dkim': [('pass', 'aws-certification-jp.com')], 'dmarc': ('pass', 'aws-certification-jp.com', 'NONE')})

# 045 ------------------------------------------------------------ phishing: spoofed amazon.com "merge completed", dmarc=fail on top, forged pass below
d = jst('2024-09-03 07:48:33')
ph = 'https://aws-jp-verify.top/cert/benefit?u=watanabe'
txt = f"""渡辺 美咲 様

アカウント統合の手続きが完了しました。(ケース ID: 172467391008836)

統合後のアカウント：AWS19283746
状態：統合完了 ― 特典の再有効化待ち

統合に伴い、50% 割引バウチャーなどの特典を引き続きご利用いただくには、
72 時間以内にお支払い情報の再確認が必要です。

▼ 特典を再有効化する
{ph}

Amazon Web Services
"""
forged = [('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'),
          ('Received', f'from [10.8.0.14] (unknown [103.153.182.20])\n\tby relay.news-mailer.xyz (Postfix) with ESMTPSA id 7C1A2E0F13\n\tfor <{S6_RCPT}>; {format_datetime(d.astimezone(UTC))}')]
other_mail('045-phish-spoofed-completed-dmarc-fail.eml',
           L('merge_completed', '172467391008836', ['AWS19283746'], False),
           d, 'gmail', S6_RCPT,
           [('DKIM-Signature', dkim_sig('news-mailer.xyz', 'mail', d)),
            ('Date', format_datetime(d.astimezone(UTC))), ('From', CONSOLE_FROM), ('To', S6_RCPT),
            ('Message-ID', generic_msgid(d, 'news-mailer.xyz')),
            ('Subject', hdr(f'RE:[CASE 172467391008836] アカウント統合完了のお知らせ')), ('MIME-Version', '1.0')],
           leaf(txt, cte='qp'),
           'bounce-2231@news-mailer.xyz', 'relay.news-mailer.xyz', '103.153.182.20',
           {'dkim': [('pass', 'news-mailer.xyz')], 'spf': 'pass', 'dmarc': ('fail', 'amazon.com', 'QUARANTINE')},
           extra_lower=forged)

# 046 ------------------------------------------------------------ phishing: Credly look-alike "badges moved after merge" (so-net)
d = jst('2020-06-22 12:05:19')
txt = """伊藤 彩花 様

AWS 認定アカウントの統合に伴い、あなたのデジタルバッジ（1 件）が新しいアカウントへ移行されました。

バッジを受け取るには、48 時間以内に Credly にログインしてください。
期限を過ぎるとバッジは失効します。

https://credly-badges.jp/login?next=accept

Credly サポート
"""
other_mail('046-phish-credly-lookalike-badge.eml',
           L('credly_badge_issued', None, [], False),
           d, 'sonet', S4_RCPT,
           [('Date', format_datetime(d)), ('From', addr('Credly', 'notice@credly-badges.jp')), ('To', S4_RCPT),
            ('Message-ID', generic_msgid(d, 'credly-badges.jp')),
            ('Subject', hdr('【Credly】バッジが移行されました - 48時間以内に受け取ってください', 'iso-2022-jp')),
            ('MIME-Version', '1.0')],
           leaf(txt, charset='iso-2022-jp', cte='7bit'),
           'notice@credly-badges.jp', 'vps-4471.credly-badges.jp', '45.142.214.9',
           {'spf': 'pass', 'dkim': [('none', 'credly-badges.jp')], 'dmarc': ('none', 'credly-badges.jp', 'NONE')})

# 047 ------------------------------------------------------------ unrelated phishing: Amazon.co.jp payment (biglobe)
d = jst('2022-10-02 03:11:40')
txt = """Amazon お客様

お客様のアカウントでご利用のお支払い方法に問題が発生したため、アカウントを一時的に保留にしております。
24 時間以内に以下のリンクからお支払い情報を更新してください。更新されない場合、アカウントは停止されます。

https://amazon-co-jp.security-account-update.com/ap/signin

Amazon.co.jp カスタマーサービス
"""
other_mail('047-phish-amazon-payment-unrelated.eml',
           L('unrelated', None, [], False),
           d, 'biglobe', S3_RCPT,
           [('Date', format_datetime(d)), ('From', addr('Amazon.co.jp', 'account-update@security-account-update.com')), ('To', S3_RCPT),
            ('Message-ID', generic_msgid(d, 'security-account-update.com')),
            ('Subject', hdr('【重要】Amazon アカウントのお支払い方法を更新してください', 'shift_jis')),
            ('MIME-Version', '1.0')],
           leaf(txt, charset='shift_jis', cte='b64'),
           'account-update@security-account-update.com', 'mail.security-account-update.com', '194.87.31.120',
           {'spf': 'pass', 'dkim': [('none', 'security-account-update.com')], 'dmarc': ('none', 'security-account-update.com', 'NONE')})

# 048 ------------------------------------------------------------ unrelated phishing: AWS account suspension (Outlook)
d = jst('2023-12-05 14:27:02')
txt = """Amazon Web Services をご利用のお客様

お客様の AWS アカウント（アカウント ID: 4821-9930-1175）で未払いの請求が確認されました。
12 月 7 日までにお支払い情報を確認いただけない場合、すべてのリソースが停止されます。

お支払い情報を確認する: https://console-aws-amazon.jp-billing.net/billing/verify

Amazon Web Services 請求チーム
"""
other_mail('048-phish-aws-billing-suspension.eml',
           L('unrelated', None, [], False),
           d, 'outlook', S5_RCPT,
           [('Date', format_datetime(d)), ('From', addr('Amazon Web Services', 'billing@aws-amazon-jp.net')), ('To', S5_RCPT),
            ('Message-ID', generic_msgid(d, 'aws-amazon-jp.net')),
            ('Subject', hdr('【AWS】お支払い情報の確認が必要です - アカウントが一時停止されます')),
            ('MIME-Version', '1.0')],
           alt(leaf(txt, cte='qp'), leaf(f'<html><body><p>{t2h(txt)}</p></body></html>', 'html', cte='qp')),
           'billing@aws-amazon-jp.net', 'mx1.aws-amazon-jp.net', '91.215.85.44',
           {'spf': 'pass', 'dmarc': ('none', 'aws-amazon-jp.net', 'NONE')}, extra_lower=exo(d))

# 049 ------------------------------------------------------------ unrelated: AWS billing support case (ja console, 15-digit)
d = jst('2025-07-03 18:44:29')
BCASE = '175151280031207'
txt = f"""田中 博 様

AWS サポートへお問い合わせいただき、ありがとうございます。請求担当の木村です。

請求書の宛名変更についてご案内いたします。
請求書に記載される宛名は、請求ダッシュボードの「お支払い設定」>「請求先住所」で変更いただけます。
変更内容は、翌月に発行される請求書から反映されます。なお、発行済みの請求書の再発行は承っておりません。

その他ご不明な点がございましたら、本ケースにてお知らせください。

よろしくお願いいたします。

木村
アマゾン ウェブ サービス

{console_footer_ja(BCASE)}
"""
aws_mail('049-other-case-billing-invoice-ja.eml', L('unrelated', BCASE, [], True),
         d, 'gmail', S1_RCPT, S1_TO, f'RE:[CASE {BCASE}] 請求書の宛名変更について', leaf(txt, cte='qp'), frm=CONSOLE_FROM)

# 050 ------------------------------------------------------------ unrelated: quota increase case (en, Outlook)
d = jst('2023-11-15 08:12:56')
QCASE = '13904572261'
txt = f"""Hello,

Thank you for submitting your request to increase your service limit.

We're pleased to inform you that we have approved and processed your service quota increase request for
"Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in Asia Pacific (Tokyo).
The new quota value is 256 vCPUs. It can sometimes take up to 30 minutes for this to propagate and become
available for use.

Best regards,
Amazon Web Services

===============================================

{console_footer_en(QCASE)}
"""
aws_mail('050-other-case-quota-increase-en.eml', L('unrelated', QCASE, [], True, 'en'),
         d, 'outlook', S5_RCPT, S5_TO, f'RE:[CASE {QCASE}] Limit Increase: EC2 Instances', leaf(txt, charset='us-ascii', cte='7bit'),
         frm=CONSOLE_FROM, extra_lower=exo(d))

# 051 ------------------------------------------------------------ unrelated: Seller Central case about merging product pages
d = jst('2025-03-04 16:30:07')
SCASE = '5884881212'
txt = f"""出品者様

Amazon 出品サービスをご利用いただきありがとうございます。
テクニカルサポートの大野です。

お問い合わせいただいた商品詳細ページの統合について、調査が完了いたしましたのでご連絡いたします。
ASIN B0C4XK2Q7M と B0C4XJ9ZP1 は、同一商品として統合の要件を満たしていることを確認いたしました。
統合後の詳細ページは B0C4XK2Q7M となります。反映までに最大 72 時間かかる場合がございます。

今回の対応について、下記より評価をお願いいたします。
このメールの回答は役に立ちましたか？
https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID={SCASE}

Amazon.co.jp 出品サービス
"""
other_mail('051-seller-central-case-asin-merge.eml',
           L('unrelated', SCASE, [], True),
           d, 'gmail', S1_RCPT,
           [('DKIM-Signature', dkim_sig('amazon.co.jp', SEL['amazon.co.jp'], d)),
            ('Date', format_datetime(d.astimezone(UTC))), ('From', addr('Amazon Seller Central', 'seller-notification@amazon.co.jp')),
            ('To', S1_RCPT), ('Message-ID', ses_msgid(d, 'us-west-2')),
            ('Subject', hdr(f'RE:[CASE {SCASE}] 商品詳細ページの統合について')), ('MIME-Version', '1.0')],
           leaf(txt, cte='b64'),
           ses_bounce(d, 'us-west-2'), 'a27-161.smtp-out.us-west-2.amazonses.com', '54.240.27.161',
           {'dkim': [('pass', 'amazon.co.jp'), ('pass', 'amazonses.com')], 'spf': 'pass', 'dmarc': ('pass', 'amazon.co.jp', 'QUARANTINE')})


# ================= Other unrelated mail


def ext_mail(fn, label, d, provider, rcpt, to_hdr, frm_name, frm_addr, subject, body, v='auto', subj_charset='utf-8',
             extra=(), dkim_dom=None, extra_lower=None):
    dom = frm_addr.split('@')[1]
    dkim_dom = dkim_dom or dom
    if v == 'auto':
        v = {'dkim': [('pass', dkim_dom)], 'spf': 'pass', 'dmarc': ('pass', dom, 'REJECT')}
    ip = f'{RNG.choice([159, 167, 198, 209])}.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}.{RNG.randint(2, 250)}'
    host = f'mail-{h(fn, 6)}.outbound.{dkim_dom}'
    env = f'bounces+{h(fn, 10)}@{dkim_dom}'
    hs = [('DKIM-Signature', dkim_sig(dkim_dom, SEL.get(dkim_dom, 's1'), d)),
          ('Date', format_datetime(d)), ('From', addr(frm_name, frm_addr)), ('To', to_hdr),
          ('Message-ID', generic_msgid(d, dkim_dom, fn)), ('Subject', hdr(subject, subj_charset))]
    hs += list(extra) + [('MIME-Version', '1.0')]
    tr = trace(provider, d, rcpt, env, host, ip, v, extra_lower)
    build(fn, label, body, tr, hs)


# 052 ------------------------------------------------------------ CertMetrics "wants to hear from you" (en, includes candidate id)
d = jst('2025-06-02 01:15:00').astimezone(UTC)
txt = """Dear Hiroshi Tanaka,

AWS Certification wants to hear from you!

Candidate ID: AWS10928351

We are conducting a short survey about your recent AWS Certification exam experience. The survey takes about
5 minutes and your responses will help us improve our exams and programs.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=8c1e2f77a0b94d3c9e5f1a2b3c4d5e6f

This is an automated message. Please do not reply to this e-mail.

AWS Training and Certification
"""
ext_mail('052-certmetrics-hear-from-you-en.eml', L('unrelated', None, ['AWS10928351'], False, 'en'),
         d, 'gmail', S1_RCPT, S1_RCPT, 'AWS Certification', 'do-not-reply@certmetrics.com',
         'AWS Certification wants to hear from you', leaf(txt, charset='us-ascii', cte='7bit'))

# 053 ------------------------------------------------------------ CertMetrics recertification congratulations (ja)
d = jst('2025-03-20 10:02:44')
txt = """山本 健太 様

おめでとうございます！
AWS Certified Developer – Associate の再認定が完了しました。

候補者 ID: AWS27730418
認定番号: 4f9c2e1a7b3d48e6a0c5f2b8d1e7a9c3
有効期限: 2028 年 3 月 19 日

デジタルバッジは Credly から別途お送りします。
認定アカウントでは、次回受験用の 50% 割引特典もご確認いただけます。

AWS トレーニングと認定
※本メールは送信専用のアドレスから送信されています。
"""
ext_mail('053-certmetrics-recert-congrats-ja.eml', L('unrelated', None, ['AWS27730418'], False),
         d, 'yahoo', S2_RCPT, S2_RCPT, 'AWS Certification', 'do-not-reply@certmetrics.com',
         'おめでとうございます！AWS 認定の再認定が完了しました', leaf(txt, cte='b64'))

# 054 ------------------------------------------------------------ Pearson VUE appointment (ja, no Authentication-Results, ICS attached)
d = jst('2022-10-11 19:26:18')
txt = """鈴木 誠 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の試験のご予約を承りました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional (日本語)
日時: 2022年11月5日(土) 10:00 JST
会場: 東京テストセンター（新宿）
登録 ID: 483920175
AWS 候補者 ID: AWS13370552

試験当日は、開始 30 分前までに会場へお越しください。氏名が一致する身分証明書 2 点が必要です。
予約の変更・キャンセルは試験開始の 24 時間前まで可能です。

Pearson VUE
"""
ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pearson VUE//Appointment//JA\r\nBEGIN:VEVENT\r\n"
       "UID:483920175@pearsonvue.com\r\nDTSTART:20221105T010000Z\r\nDTEND:20221105T044000Z\r\n"
       "SUMMARY:AWS Certified Solutions Architect - Professional\r\nLOCATION:Tokyo Test Center (Shinjuku)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
ext_mail('054-pearson-vue-appointment-ja-no-auth.eml', L('unrelated', None, ['AWS13370552'], None),
         d, 'biglobe', S3_RCPT, S3_TO, 'Pearson VUE', 'pearsonvueconfirmation@pearson.com',
         'Pearson VUE 試験予約の確認', mixed(leaf(txt, charset='iso-2022-jp', cte='7bit'), attachment(ics, 'text/calendar', 'appointment.ics')),
         v=None, subj_charset='iso-2022-jp')

# 055 ------------------------------------------------------------ AWS Builder ID verification code (ja)
d = jst('2025-05-26 21:58:03')
txt = """AWS Builder ID の確認コード

AWS Builder ID の作成を続行するには、次の確認コードを入力してください。

確認コード: 482913

このコードの有効期限は 10 分です。
このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
ext_mail('055-builder-id-code-ja.eml', L('unrelated', None, [], True),
         d, 'gmail', S1_RCPT, S1_RCPT, 'AWS', 'no-reply@signin.aws',
         'AWS Builder ID の確認コード', alt(leaf(txt, cte='qp'), leaf(aws_html(f'<p>{t2h(txt)}</p>'), 'html', cte='qp')),
         v={'dkim': [('pass', 'signin.aws'), ('pass', 'amazonses.com')], 'spf': 'pass', 'dmarc': ('pass', 'signin.aws', 'QUARANTINE')})

# 056 ------------------------------------------------------------ GitHub "Merged" notification (en, Outlook)
d = jst('2023-11-20 17:45:31')
txt = """Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/mirai-dx/cert-tracker/pull/42#event-10987654321
You are receiving this because you authored the thread.

Message ID: <mirai-dx/cert-tracker/pull/42/issue_event/10987654321@github.com>
"""
html = """<p>Merged <a href="https://github.com/mirai-dx/cert-tracker/pull/42">#42</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/mirai-dx/cert-tracker/pull/42#event-10987654321">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>"""
ext_mail('056-github-pr-merged-en.eml', L('unrelated', None, [], False, 'en'),
         d, 'outlook', S5_RCPT, 'mirai-dx/cert-tracker <cert-tracker@noreply.github.com>',
         'Yuta Mori', 'notifications@github.com',
         'Re: [mirai-dx/cert-tracker] Merge duplicate certification records per employee (PR #42)',
         alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(html, 'html', cte='7bit', charset='us-ascii')),
         extra=[('Reply-To', 'mirai-dx/cert-tracker <reply+AB3XKQ@reply.github.com>'), ('Cc', f'Sho Kobayashi <{S5_RCPT}>, Author <author@noreply.github.com>'),
                ('List-ID', 'mirai-dx/cert-tracker <cert-tracker.mirai-dx.github.com>'), ('X-GitHub-Reason', 'author')],
         extra_lower=exo(d))

# 057 ------------------------------------------------------------ Credly self-service account merge code (en)
d = jst('2024-09-05 22:31:40')
txt = """Hi Misaki,

We received a request to merge another Credly account into your account (watanabe.misaki.k@gmail.com).

Your verification code is: 739154

Enter this code on the merge page, then click "Complete Account Merge". The code expires in 30 minutes.
If you did not request this, you can safely ignore this e-mail; no changes will be made.

The Credly Team
"""
html = credly_html("""<p>Hi Misaki,</p><p>We received a request to merge another Credly account into your account (watanabe.misaki.k@gmail.com).</p>
<p style="font-size:28px;letter-spacing:6px;text-align:center"><b>739154</b></p>
<p>Enter this code on the merge page, then click <b>Complete Account Merge</b>. The code expires in 30 minutes.</p>
<p style="font-size:12px;color:#777">If you did not request this, you can safely ignore this e-mail; no changes will be made.</p>""")
credly_mail('057-credly-self-merge-code-en.eml', L('unrelated', None, [], True, 'en'),
            d, 'gmail', S6_RCPT, S6_RCPT, 'Your Credly account merge verification code',
            alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(html, 'html', cte='qp')),
            frm=addr('Credly', 'no-reply@credly.com'))

# 058 ------------------------------------------------------------ Credly badge expiry reminder (ja)
d = jst('2025-12-01 09:00:22')
txt = """加藤 由紀 さん

お持ちのバッジ「AWS Certified Cloud Practitioner」の有効期限が 2026 年 1 月 15 日に切れます。

バッジの有効期限が切れると、Credly プロフィール上で「期限切れ」と表示されます。
再認定の方法については、Amazon Web Services Training and Certification のサイトをご確認ください。

https://www.credly.com/earner/earned/badge/91c4d2e6-0b7a-4f38-9e15-c2d8a6b4f093

Credly
"""
credly_mail('058-credly-expiry-reminder-ja.eml', L('unrelated', None, [], True),
            d, 'yahoo', S7_RCPT, S7_RCPT, 'バッジの有効期限が近づいています: AWS Certified Cloud Practitioner',
            alt(leaf(txt, cte='b64'), leaf(credly_html(f'<p>{t2h(txt)}</p>'), 'html', cte='b64')),
            frm=addr('Credly', 'admin@credly.com'))

# 059 ------------------------------------------------------------ AWS Japan marketing newsletter (ja, genuine amazon.com)
d = jst('2025-05-20 11:00:05')
inner = """<p style="font-size:20px;font-weight:bold">AWS Summit Japan 2025 開催まであと 1 か月</p>
<p>いつも AWS をご利用いただき、ありがとうございます。</p>
<p>6 月 25 日・26 日に幕張メッセで開催される AWS Summit Japan では、AWS 認定取得者限定ラウンジをご用意しています。
会場で認定資格のデジタルバッジをご提示ください。</p>
<ul><li>基調講演：生成 AI がもたらす次の 10 年</li><li>150 以上の技術セッション</li><li>AWS 認定 ラウンジ・記念品のご案内</li></ul>
<p><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_jp_summit" style="background:#ff9900;color:#16191f;padding:10px 24px;text-decoration:none">今すぐ登録する</a></p>
<p style="font-size:11px;color:#687078">このメールは、AWS からのお知らせの配信を希望された方にお送りしています。
配信停止は <a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>"""
aws_mail('059-aws-summit-newsletter-ja.eml', L('unrelated', None, [], True),
         d, 'gmail', S1_RCPT, S1_RCPT, 'AWS Summit Japan 2025 | 認定取得者限定ラウンジのご案内',
         leaf(aws_html(inner), 'html', cte='qp'),
         frm=addr('アマゾン ウェブ サービス ジャパン', 'aws-marketing-email-replies@amazon.com'))

# 060 ------------------------------------------------------------ tech newsletter explaining the merge (wrong charset label, no AR)
d = jst('2025-07-14 07:00:00')
txt = """━━━━━━━━━━━━━━━━━━━━━━━━━━
  週刊クラウドエンジニア通信  Vol.312  2025/07/14
━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の注目記事
【保存版】AWS 認定アカウントが 2 つある人へ：統合手順まとめ

転職などで AWS 認定アカウントが複数できてしまった場合、トレーニングと認定の
問い合わせフォームから「Account Merge」を選んで依頼できます。
候補者 ID（AWSxxxxxxxx の形式）を控えておき、サポートから統合内容の確認メールが来たら
「The details are correct. Please proceed with the merge.」と返信するだけ。
筆者の場合、依頼から完了連絡まで 3 日、Credly バッジの再発行はさらに 2 日後でした。
→ https://cloud-eng-weekly.example.jp/articles/aws-cert-merge

■ 新着ニュース
・Amazon S3 の新しいストレージクラスが東京リージョンで利用可能に
・AWS Lambda が新しいランタイムをサポート

配信停止: https://cloud-eng-weekly.example.jp/unsubscribe
"""
ext_mail('060-newsletter-merge-howto-wrong-charset.eml', L('unrelated', None, [], None),
         d, 'sonet', S4_RCPT, S4_RCPT, '週刊クラウドエンジニア通信', 'news@cloud-eng-weekly.example.jp',
         '週刊クラウドエンジニア通信 Vol.312：AWS 認定アカウントの統合手順まとめ',
         leaf(txt, cte='8bit', label='us-ascii'), v=None,
         extra=[('List-Unsubscribe', '<https://cloud-eng-weekly.example.jp/unsubscribe>'), ('X-Mailer', 'Blastmail 4.2')])


# ==== END MAILS ====


def finish():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fn, data, label in MAILS:
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(data)
        labels[fn] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(f'wrote {len(MAILS)} mails')


if __name__ == '__main__':
    finish()
