#!/usr/bin/env python3
"""Generate blind set 34: realistic .eml files around AWS Certification account merges,
with emphasis on mail that is NOT part of a merge case and on look-alikes."""
import base64
import html
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from io import BytesIO
from zoneinfo import ZoneInfo

R = random.Random(34)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PT = ZoneInfo('America/Los_Angeles')
CET = ZoneInfo('Europe/Berlin')
OUT = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------- small helpers
def T(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)


def cid(d, n):
    return f'{int(d.timestamp())}{n:05d}'


def rfc(d, tz=UTC):
    return format_datetime(d.astimezone(tz))


def gtime(d):
    loc = d.astimezone(PT)
    return format_datetime(loc) + f' ({loc.tzname()})'


def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ralnum(n, chars='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(chars) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ses_id(d):
    return f'0100{int(d.timestamp() * 1000):012x}-{ruuid()}-000000'


def ses_msgid(d):
    return f'<{ses_id(d)}@email.amazonses.com>'


def ses_ip():
    return R.choice(['54.240.8.', '54.240.9.', '54.240.48.', '23.251.234.']) + str(R.randint(10, 250))


def ses_host(ip):
    a, b, c, d = ip.split('.')
    pre = {'54.240.8': 'a8', '54.240.9': 'a9', '54.240.48': 'a48', '23.251.234': 'e234'}[f'{a}.{b}.{c}']
    return f'{pre}-{d}.smtp-out.amazonses.com'


def folded(s, width=72, indent='\t'):
    """fold a long opaque token (b=, bh=) into several lines"""
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return ('\n' + indent).join(lines)


def dkim(domain, selector, d, signed='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID',
         c='relaxed/simple'):
    return (f'v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={selector}; d={domain}; t={int(d.timestamp())};\n'
            f'\th={signed};\n\tbh={rb64(32)};\n\tb={folded(rb64(192))}')


def ew(text, charset='UTF-8', mode='B', chunk=None):
    """RFC 2047 encoded words; chunk splits the text over several folded lines"""
    chunks = [text] if not chunk else [text[i:i + chunk] for i in range(0, len(text), chunk)]
    out = []
    for c in chunks:
        b = c.encode({'Shift_JIS': 'cp932'}.get(charset, charset))
        if mode == 'B':
            out.append(f'=?{charset}?B?{base64.b64encode(b).decode()}?=')
        else:
            q = ''
            for x in b:
                ch = chr(x)
                if x == 32:
                    q += '_'
                elif 33 <= x < 127 and ch not in '=?_"()':
                    q += ch
                else:
                    q += f'={x:02X}'
            out.append(f'=?{charset}?Q?{q}?=')
    return '\n '.join(out)


def addr(name, email, charset=None, mode='B'):
    if name is None:
        return email
    if charset:
        return f'{ew(name, charset, mode)} <{email}>'
    if re.search(r'[^A-Za-z0-9 !#$%&\'*+/=?^_`{|}~-]', name):
        return f'"{name}" <{email}>'
    return f'{name} <{email}>'


# ----------------------------------------------------------------- MIME parts
def part(text, subtype='plain', charset='UTF-8', cte='quoted-printable', label=None, codec=None, params=None):
    codec = codec or {'Shift_JIS': 'cp932', 'ISO-2022-JP': 'iso-2022-jp'}.get(charset, charset)
    data = text.encode(codec)
    p = MIMENonMultipart('text', subtype)
    del p['Content-Type']
    ct = f'text/{subtype}; charset="{label or charset}"'
    if params:
        ct += '; ' + params
    p['Content-Type'] = ct
    del p['MIME-Version']
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
        if not payload.endswith('\n'):
            payload += '\n'
    else:
        payload = data.decode('ascii')
        if not payload.endswith('\n'):
            payload += '\n'
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def alt(*parts, boundary=None, sub='alternative'):
    m = MIMEMultipart(sub, boundary=boundary or f'----=_Part_{R.randint(100000, 9999999)}_{R.randint(10000000, 999999999)}.{R.randint(1735689600000, 1767225600000)}')
    del m['MIME-Version']
    for p in parts:
        if 'MIME-Version' in p:
            del p['MIME-Version']
        m.attach(p)
    return m


def to_html(text, lang='en', foot=None):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        esc = html.escape(p)
        esc = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', esc)
        out.append('<p>' + esc.replace('\n', '<br>\n') + '</p>')
    body = '\n'.join(out)
    if foot:
        body += '\n' + foot
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n{body}\n</body>\n</html>\n')


# ----------------------------------------------------------------- receiving side
def ar_google(mailfrom, ip, dkims, spf, dmarc, from_domain):
    items = []
    for res, dom, sel in dkims:
        if res == 'neutral':
            items.append(f'dkim=neutral (no key) header.i=@{dom} header.s={sel} header.b={rb64(6)[:8]}')
        else:
            items.append(f'dkim={res} header.i=@{dom} header.s={sel} header.b={rb64(6)[:8]}')
    if spf == 'pass':
        items.append(f'spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}')
    elif spf == 'softfail':
        items.append(f'spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}')
    else:
        items.append(f'spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}')
    if dmarc:
        res, p, sp, dis = dmarc
        items.append(f'dmarc={res} (p={p} sp={sp} dis={dis}) header.from={from_domain}')
    return 'mx.google.com;\n       ' + ';\n       '.join(items)


def gmail_trace(to, sent, src_host, src_ip, mailfrom, ar):
    recv = sent + timedelta(seconds=R.randint(1, 3))
    sid = ralnum(10, 'abcdefghijklmnopqrstuvwxyz')
    return [
        ('Delivered-To', to),
        ('Received', f'by 2002:a05:7108:{rhex(4)}:b0:{rhex(3)}:{rhex(4)} with SMTP id {sid};\n        {gtime(recv)}'),
        ('X-Google-Smtp-Source', 'AGHT+I' + rb64(54)),
        ('X-Received', f'by 2002:a05:6214:{rhex(4)}:b0:{rhex(3)}:{rhex(4)} with SMTP id {ralnum(8)}.{R.randint(10, 99)}.{int(recv.timestamp()*1000)};\n        {gtime(recv)}'),
        ('ARC-Seal', f'i=1; a=rsa-sha256; t={int(recv.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={folded(rb64(256), 64, "        ")}'),
        ('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=message-id:date:subject:to:from:mime-version:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b={folded(rb64(256), 64, "        ")}'),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', f'<{mailfrom}>'),
        ('Received', f'from {src_host} ({src_host}. [{src_ip}])\n        by mx.google.com with ESMTPS id {rhex(13)}-{rhex(10)}si{R.randint(1000000, 9999999)}{ralnum(3)}.{R.randint(100, 999)}.{recv.astimezone(PT).strftime("%Y.%m.%d.%H.%M.%S")}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gtime(recv)}'),
        ('Received-SPF', 'pass (google.com: domain of ' + mailfrom + ' designates ' + src_ip + ' as permitted sender) client-ip=' + src_ip + ';'
         if 'spf=pass' in ar else 'softfail (google.com: domain of transitioning ' + mailfrom + ' does not designate ' + src_ip + ' as permitted sender) client-ip=' + src_ip + ';'),
        ('Authentication-Results', ar),
    ]


def ar_o365(ip, mf_domain, dk, dk_d, dm, action, from_domain, compauth, reason, spf='pass'):
    dktxt = '(signature was verified)' if dk == 'pass' else ('(message not signed)' if dk == 'none' else '(signature did not verify)')
    return (f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={mf_domain}; dkim={dk} {dktxt}\n header.d={dk_d};dmarc={dm} action={action}\n'
            f' header.from={from_domain};compauth={compauth} reason={reason}')


def o365_trace(sent, src_host, src_ip, mf_domain, ar, spf='Pass', tenant='namprd11'):
    recv = sent + timedelta(seconds=R.randint(1, 4))
    m1 = f'PH0PR11MB{R.randint(4000, 9999)}'
    m2 = f'BN9PR03CA{R.randint(1000, 9999):04d}'
    edge = f'BN2PEPF0000{R.randint(4000, 4999)}'
    v6 = lambda: f'2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}'
    o = lambda x: format_datetime(x)
    return [
        ('Received', f'from {m2}.{tenant}.prod.outlook.com ({v6()}) by {m1}.{tenant}.prod.outlook.com\n with HTTPS; {o(recv + timedelta(seconds=2))}'),
        ('Received', f'from {edge}.{tenant}.prod.outlook.com ({v6()}) by\n {m2}.{tenant}.prod.outlook.com ({v6()}) with Microsoft SMTP Server\n'
                     f' (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)} via Frontend\n Transport; {o(recv + timedelta(seconds=1))}'),
        ('Authentication-Results', ar),
        ('Received-SPF', f'{spf} (protection.outlook.com: domain of {mf_domain}\n {"designates" if spf == "Pass" else "does not designate"} {src_ip} as permitted sender)\n'
                         f' receiver=protection.outlook.com; client-ip={src_ip};\n helo={src_host}; pr=C'),
        ('Received', f'from {src_host} ({src_ip}) by\n {edge}.mail.protection.outlook.com ({v6()}) with Microsoft SMTP Server\n'
                     f' (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}\n via Frontend Transport; {o(recv)}'),
    ]


def o365_tail(sent):
    return [
        ('X-MS-Exchange-Organization-ExpirationStartTime', format_datetime(sent + timedelta(seconds=3))),
        ('X-MS-Exchange-Organization-ExpirationStartTimeReason', 'OriginalSubmit'),
        ('X-MS-Exchange-Organization-Network-Message-Id', ruuid()),
        ('X-EOPAttributedMessage', '0'),
        ('X-MS-Exchange-Organization-MessageDirectionality', 'Incoming'),
        ('X-MS-Exchange-Organization-AuthSource', f'BN2PEPF0000{R.randint(4000, 4999)}.namprd11.prod.outlook.com'),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-MS-Exchange-Organization-SCL', '1'),
    ]


def simple_trace(to, sent, mx, authserv, src_host, src_ip, mailfrom, ar_items, tz=JST, ar_first=True, style='postfix'):
    recv = sent + timedelta(seconds=R.randint(1, 5))
    ar = f'{authserv};\n\t' + ';\n\t'.join(ar_items)
    rec = f'from {src_host} ({src_host} [{src_ip}])\n\tby {mx} (Postfix) with ESMTPS id 4{ralnum(10, "BCDFGHJKLMNPQRSTVWXYZ0123456789")}\n\tfor <{to}>; {rfc(recv, tz)}'
    if style == 'fastmail':
        rec = f'from mx{authserv[2]} ([10.202.2.{R.randint(200, 220)}])\n  by compute{R.randint(1, 8)}.internal (LMTPProxy); {rfc(recv, tz)}'
        rec2 = f'from {src_host} ({src_host} [{src_ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby {authserv} (Postfix) with ESMTPS\n\tfor <{to}>; {rfc(recv, tz)}'
        return [('Return-Path', f'<{mailfrom}>'), ('Received', rec),
                ('X-Cyrus-Session-Id', f'sloti{R.randint(10, 60)}d{R.randint(1, 9)}t{R.randint(10, 99)}-{R.randint(10**6, 10**7)}-{int(recv.timestamp())}-2-{R.randint(10**18, 10**19)}'),
                ('X-Sieve', 'CMU Sieve 3.0'),
                ('X-Resolved-to', to), ('X-Delivered-to', to), ('X-Mail-from', mailfrom),
                ('Received', rec2.replace(f'by {authserv}', f'by {authserv}')),
                ('Authentication-Results', ar),
                ('X-ME-Sender', '<xms:' + rb64(30) + '>')]
    hs = [('Return-Path', f'<{mailfrom}>')]
    if ar_first:
        hs += [('Authentication-Results', ar), ('Received', rec)]
    else:
        hs += [('Received', rec), ('Authentication-Results', ar)]
    return hs


def fastmail_ar(authserv, dk, dk_d, sel, dm, pol, from_domain, ip, host, spf, mailfrom):
    items = []
    if dk == 'none':
        items.append('dkim=none (no signatures found)')
    else:
        items.append(f'dkim={dk} (2048-bit rsa key sha256) header.d={dk_d} header.i=@{dk_d} header.b={rb64(6)[:8]} header.a=rsa-sha256 header.s={sel} x-bits=2048')
    if dm == 'none':
        items.append(f'dmarc=none policy.published-domain-policy=none header.from={from_domain}')
    else:
        items.append(f'dmarc={dm} policy.published-domain-policy={pol} policy.applied-disposition=none policy.evaluated-disposition=none (p={pol},d=none,d.eval=none) policy.policy-from=p header.from={from_domain}')
    items.append(f'iprev=pass smtp.remote-ip={ip} ({host})')
    items.append(f'spf={spf} smtp.mailfrom={mailfrom} smtp.helo={host}')
    return items


# ----------------------------------------------------------------- assembly
MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


def assemble(body, headers):
    content = [(k, v) for k, v in body._headers if k.lower() in ('content-type', 'content-transfer-encoding')]
    mv = [] if any(k.lower() == 'mime-version' for k, _ in headers) else [('MIME-Version', '1.0')]
    body._headers = list(headers) + mv + content
    return body


def label(kind, case_id, ids, sv, lang):
    norm = sorted(set(re.sub(r'[\s-]', '', i).upper() for i in ids))
    return {'kind': kind, 'case_id': case_id, 'account_ids': norm, 'sender_verified': sv, 'language': lang}


# people ------------------------------------------------------------------------
KENTA = ('Kenta Morimoto', 'kenta.morimoto82@gmail.com')
SARAH = ('Sarah Whitfield', 'sarah.whitfield@northwind-analytics.com')
MISAKI = ('佐藤 美咲', 'misaki-s@kfa.biglobe.ne.jp')
DANIEL = ('Daniel Okafor', 'dokafor@fastmail.com')
KOJI = ('田中 浩二', 'koji_tanaka@nifty.com')
PRIYA = ('Priya Raman', 'priya.raman@kestrel-systems.de')
JULIEN = ('Julien Laurent', 'jlaurent.cloud@gmail.com')
SHO = ('中村 翔', 'sho.nakamura1990@outlook.jp')

FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWS_NAME = 'Amazon Web Services'
AMZ_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'

# cases ---------------------------------------------------------------------------
A_OPEN = T('2025-05-26 23:41:07'); CASE_A = cid(A_OPEN, 1422)
B_OPEN = T('2025-09-15 13:22:45'); CASE_B = cid(B_OPEN, 814)
C_OPEN = T('2026-01-20 02:10:33'); CASE_C = cid(C_OPEN, 2761)
CASE_D = '13790526418'
E_OPEN = T('2025-11-04 22:47:19'); CASE_E = cid(E_OPEN, 3127)
F_OPEN = T('2025-07-08 09:05:52'); CASE_F = cid(F_OPEN, 390)
U1_OPEN = T('2025-08-02 01:15:40'); CASE_U1 = cid(U1_OPEN, 207)
U2_OPEN = T('2025-10-02 19:40:12'); CASE_U2 = cid(U2_OPEN, 1175)
U3_OPEN = T('2026-02-09 23:55:02'); CASE_U3 = cid(U3_OPEN, 96)
U4_OPEN = T('2025-04-14 17:03:55'); CASE_U4 = cid(U4_OPEN, 2308)
U5_OPEN = T('2025-12-01 11:04:27'); CASE_U5 = cid(U5_OPEN, 518)
U6_OPEN = T('2026-03-04 12:20:06'); CASE_U6 = cid(U6_OPEN, 1033)
U7_OPEN = T('2025-06-18 15:02:33'); CASE_U7 = cid(U7_OPEN, 4410)
SELLER_CASE = '5884881212'


def ses_mail(to_name_addr, sent, subject, from_name=AWS_NAME, from_addr=FORM, provider='gmail', extra_sender=(),
             cc=None, authserv=None, mx=None):
    """headers for a genuine Amazon SES mail (From amazon.com) delivered to provider"""
    ip = ses_ip(); host = ses_host(ip); mid = ses_id(sent)
    mailfrom = f'{mid}@amazonses.com'
    to = to_name_addr[1]
    if provider == 'gmail':
        ar = ar_google(mailfrom, ip, [('pass', 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', SES_SEL)], 'pass',
                       ('pass', 'QUARANTINE', 'QUARANTINE', 'NONE'), 'amazon.com')
        trace = gmail_trace(to, sent, host, ip, mailfrom, ar)
    elif provider == 'o365':
        ar = ar_o365(ip, 'amazonses.com', 'pass', 'amazon.com', 'pass', 'none', 'amazon.com', 'pass', '100')
        trace = o365_trace(sent, host, ip, 'amazonses.com', ar)
    elif provider == 'fastmail':
        items = fastmail_ar(authserv or 'mx4.messagingengine.com', 'pass', 'amazon.com', AMZ_SEL, 'pass', 'quarantine', 'amazon.com', ip, host, 'pass', mailfrom)
        trace = simple_trace(to, sent, None, authserv or 'mx4.messagingengine.com', host, ip, mailfrom, items, tz=UTC, style='fastmail')
    elif provider == 'none':
        trace = [('Return-Path', f'<{mailfrom}>'),
                 ('Received', f'from {host} ({host} [{ip}])\n\tby mail.kestrel-systems.de (Postfix) with ESMTPS id 4{ralnum(10, "BCDFGHJKLMNPQRSTVWXYZ0123456789")}\n\tfor <{to}>; {rfc(sent + timedelta(seconds=2), CET)}'),
                 ('Received-SPF', f'Pass (mailfrom) identity=mailfrom; client-ip={ip}; helo={host}; envelope-from={mailfrom}; receiver=<UNKNOWN>')]
    else:  # Japanese provider
        items = [f'spf=pass smtp.mailfrom={mailfrom}', f'dkim=pass header.d=amazon.com header.s={AMZ_SEL}',
                 f'dkim=pass header.d=amazonses.com header.s={SES_SEL}', 'dmarc=pass header.from=amazon.com']
        trace = simple_trace(to, sent, mx, authserv, host, ip, mailfrom, items)
    hs = trace + [
        ('DKIM-Signature', dkim('amazon.com', AMZ_SEL, sent)),
        ('DKIM-Signature', dkim('amazonses.com', SES_SEL, sent, signed='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID')),
        ('From', addr(from_name, from_addr)),
        ('To', addr(*to_name_addr) if to_name_addr[0] and all(ord(c) < 128 for c in to_name_addr[0]) else to),
    ]
    if cc:
        hs.append(('Cc', cc))
    hs += [('Subject', subject), ('Date', rfc(sent)), ('Message-ID', f'<{mid}@email.amazonses.com>')]
    hs += list(extra_sender)
    hs += [('Feedback-ID', f'::1.us-east-1.{rb64(33)[:43].replace("/", "x").replace("+", "y")}=:AmazonSES'),
           ('X-SES-Outgoing', f'{sent.strftime("%Y.%m.%d")}-{ip}')]
    if provider == 'o365':
        hs += o365_tail(sent)
    return hs


CONSOLE_FOOT = '''To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.'''

RATE_NOTE = '''We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.'''

# ---- mails 001-020 (exec'd by make_set.py)

@mail
def m001():
    sent = U1_OPEN + timedelta(seconds=3)
    subj = 'Amazon Web Services: ' + ew('新しいサポートケースを開きました: ', 'UTF-8', 'B') + f' {CASE_U1}'
    text = f'''Amazon Web Services をご利用いただきありがとうございます。

お客様のお問い合わせに対応するため、ケース {CASE_U1} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {CASE_U1}
件名: 7月分の請求額が想定より高い（NAT Gateway のデータ処理料金）
重要度: 一般的なガイダンス
内容: 7月の請求書で、NAT Gateway のデータ処理料金が前月の約5倍になっています。どのリソースが原因か調べる方法を教えてください。アカウント ID: 4821-0937-5516

できるだけ早く回答いたします。ケースの確認や返信は、AWS サポートセンターから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_U1}&language=ja

※このメールは送信専用アドレスから送信されています。ご返信いただいても対応できませんのでご了承ください。

Amazon Web Services
'''
    body = alt(part(text, cte='base64'), part(to_html(text, 'ja'), 'html', cte='base64'))
    hs = ses_mail(KENTA, sent, subj, from_addr=NOREPLY)
    return 'aws-billing-case-opened', assemble(body, hs), label('unrelated', CASE_U1, [], True, 'ja')


@mail
def m002():
    sent = A_OPEN + timedelta(seconds=2)
    subj = f'[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance'
    text = f'''Hello Kenta,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that your request has been logged under reference number {CASE_A}. A member of our team will review it and get back to you, typically within 24 hours (Monday to Friday).

To help us assist you faster, please do not submit another form for the same request. If you need to add information, reply to this e-mail and keep the reference number in the subject line.

Details of your submission
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS01839275
Preferred language: English

In the meantime, answers to frequently asked questions are available at https://aws.amazon.com/certification/faqs/

Regards,
AWS Training and Certification
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = ses_mail(KENTA, sent, subj)
    return 'form-request-logged', assemble(body, hs), label('case_created', CASE_A, ['AWS01839275'], True, 'en')


@mail
def m003():
    sent = T('2025-06-23 14:07:31')
    to = JULIEN[1]
    ip = '159.182.1.' + str(R.randint(20, 90)); host = f'mta{R.randint(1, 9)}.pearsonvue.com'
    mf = f'bounce-{R.randint(100000, 999999)}@pearsonvue.com'
    ar = ar_google(mf, ip, [('pass', 'pearson.com', 'pvue2023')], 'pass', ('pass', 'REJECT', 'REJECT', 'NONE'), 'pearson.com')
    text = '''Dear Julien Laurent,

Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: English
Appointment: Thursday, 24 July 2025, 09:00 Central European Summer Time
Duration: 205 minutes
Location: Pearson Professional Centers - Lyon, 17 rue de la Villette, 69003 Lyon, France

Registration ID: 512873390
Candidate ID: AWS07650042
Order number: 0074-1183-2290

Please arrive 15 minutes before your appointment and bring two valid forms of identification. If you need to reschedule or cancel, do so at least 24 hours before your appointment through your AWS Certification Account.

Sincerely,
Pearson VUE
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = gmail_trace(to, sent, host, ip, mf, ar) + [
        ('DKIM-Signature', dkim('pearson.com', 'pvue2023', sent)),
        ('From', 'Pearson VUE <pearsonvuecustomerservice@pearson.com>'),
        ('To', addr(*JULIEN)), ('Subject', 'Pearson VUE Confirmation of Booking'),
        ('Date', rfc(sent, UTC)), ('Message-ID', f'<{R.randint(10**9, 10**10)}.{R.randint(1000, 9999)}.JavaMail.svc_mail@pvprdmta0{R.randint(1, 4)}>'),
    ]
    return 'exam-booking-confirmation', assemble(body, hs), label('unrelated', None, ['AWS07650042'], False, 'en')


@mail
def m004():
    sent = T('2025-09-18 15:44:02')
    text = '''Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/northwind-analytics/cert-tracker/pull/412#event-19823374411
You are receiving this because you were mentioned.
'''
    htm = '''<p></p>
<p>Merged <a class="commit-link" href="https://github.com/northwind-analytics/cert-tracker/pull/412">#412</a> into main.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/northwind-analytics/cert-tracker/pull/412#event-19823374411">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>
'''
    body = alt(part(text), part(htm, 'html'))
    ip = '192.30.252.' + str(R.randint(200, 215)); host = f'out-{R.randint(20, 28)}.smtp.github.com'
    ar = ar_o365(ip, 'github.com', 'pass', 'github.com', 'pass', 'none', 'github.com', 'pass', '100')
    hs = o365_trace(sent, host, ip, 'github.com', ar) + [
        ('DKIM-Signature', dkim('github.com', 'pf2023', sent, signed='Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From')),
        ('Date', rfc(sent, PT)),
        ('From', '"Tomasz Kowalski" <notifications@github.com>'),
        ('Reply-To', 'northwind-analytics/cert-tracker <reply+AAZQ7KPM3XQ2V6TEYU7N5JGFBWNDHEVBNHHKBNZ6QE@reply.github.com>'),
        ('To', 'northwind-analytics/cert-tracker <cert-tracker@noreply.github.com>'),
        ('Cc', 'Sarah Whitfield <sarah.whitfield@northwind-analytics.com>, Mention <mention@noreply.github.com>'),
        ('Message-ID', '<northwind-analytics/cert-tracker/pull/412/issue_event/19823374411@github.com>'),
        ('In-Reply-To', '<northwind-analytics/cert-tracker/pull/412@github.com>'),
        ('References', '<northwind-analytics/cert-tracker/pull/412@github.com>'),
        ('Subject', 'Re: [northwind-analytics/cert-tracker] Merge duplicate certification records in the\n skills export (PR #412)'),
        ('List-ID', 'northwind-analytics/cert-tracker <cert-tracker.northwind-analytics.github.com>'),
        ('X-GitHub-Reason', 'mention'),
    ] + o365_tail(sent)
    return 'pr-merged-notification', assemble(body, hs), label('unrelated', None, [], False, 'en')


@mail
def m005():
    sent = B_OPEN + timedelta(seconds=2)
    subj = f'Amazon Web Services: You have opened a new Support case: {CASE_B}'
    text = f'''Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case {CASE_B} to address your issue.

The details of your case are as follows:

Case ID: {CASE_B}
Subject: Two certification profiles (CertMetrics) - please combine into one
Severity: General guidance
Correspondence: Hello, I hold two AWS Certification accounts: AWS02950614 (work e-mail) and AWS 07731280 (old personal e-mail). I would like to keep AWS02950614 and have the certifications from the other account moved into it.

Thank you,
Sarah

We will respond to your case as soon as possible. You can view and reply to your case online through the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above.

Best regards,
Amazon Web Services
'''
    body = part(text)
    hs = ses_mail(SARAH, sent, subj, from_addr=NOREPLY, provider='o365')
    return 'new-support-case-opened', assemble(body, hs), label('case_created', CASE_B, ['AWS02950614', 'AWS07731280'], True, 'en')


def credly_headers(to_pair, sent, subject, provider='gmail', from_name='Credly', from_addr='admin@credly.com', msg_tag='credly'):
    ip = '149.72.' + str(R.randint(100, 200)) + '.' + str(R.randint(10, 250)); host = f'o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.em.credly.com'
    mf = f'bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{to_pair[1].replace("@", "=")}@em.credly.com'
    to = to_pair[1]
    if provider == 'gmail':
        ar = ar_google(mf, ip, [('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], 'pass', ('pass', 'QUARANTINE', 'QUARANTINE', 'NONE'), 'credly.com')
        trace = gmail_trace(to, sent, host, ip, mf, ar)
    elif provider == 'fastmail':
        trace = simple_trace(to, sent, None, 'mx2.messagingengine.com', host, ip, mf,
                             fastmail_ar('mx2.messagingengine.com', 'pass', 'credly.com', 's1', 'pass', 'quarantine', 'credly.com', ip, host, 'pass', mf), tz=UTC, style='fastmail')
    hs = trace + [
        ('DKIM-Signature', dkim('credly.com', 's1', sent, signed='content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to', c='relaxed/relaxed')),
        ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', sent, signed='content-type:from:mime-version:subject:x-feedback-id:to:cc', c='relaxed/relaxed')),
        ('Date', rfc(sent)),
        ('From', addr(from_name, from_addr)),
        ('To', to),
        ('Subject', subject),
        ('Message-ID', f'<{rhex(13)}_{rhex(5)}{R.randint(100, 999)}@{msg_tag}-mailer-{rhex(4)}.mail>'),
        ('X-Feedback-ID', f'{R.randint(1000000, 9999999)}:SG'),
    ]
    return hs


@mail
def m006():
    sent = T('2025-07-02 18:21:44')
    text = '''Hi Julien,

We received a request to merge the Credly account registered to julien.laurent@alumni.insa-lyon.fr into this account.

Your verification code is:

482913

Enter this code on the account merge page to continue. The code expires in 15 minutes.

If you did not make this request, you can safely ignore this e-mail - no changes will be made to your accounts.

The Credly Team
Credly, Inc. | 1 Pennsylvania Plaza, Suite 1600, New York, NY 10119
'''
    htm = to_html(text).replace('<p>482913</p>', '<p style="font-size:28px;letter-spacing:6px;font-weight:bold">482913</p>')
    body = alt(part(text, cte='quoted-printable'), part(htm, 'html'))
    hs = credly_headers(JULIEN, sent, 'Your Credly verification code')
    return 'verification-code', assemble(body, hs), label('unrelated', None, [], True, 'en')


@mail
def m007():
    sent = T('2025-06-10 10:58:12')
    fake_case = '174955120300318'
    ip = '185.221.67.' + str(R.randint(10, 90)); host = f'mail{R.randint(1, 4)}.aws-trainingcert-support.com'
    mf = 'bounce@aws-trainingcert-support.com'
    ar = ar_google(mf, ip, [('pass', 'aws-trainingcert-support.com', 'default')], 'pass', ('pass', 'NONE', 'NONE', 'NONE'), 'aws-trainingcert-support.com')
    text = f'''Hello,

Thank you for contacting AWS Training and Certification.

Our records show that more than one AWS Certification account is associated with your identity:

  AWS-04417730
  AWS-01839275

To protect your certification history, these accounts will be merged. AWS-01839275 will remain active and AWS-04417730 will be merged into it. Please be aware that this operation is permanent and cannot be reversed.

Please confirm the merge within 48 hours by signing in through our secure verification page:

https://aws-trainingcert-support.com/account/merge/confirm?ref={fake_case}&token={rhex(24)}

If we do not receive your confirmation, both accounts may be temporarily suspended to protect your data.

Best regards,
AWS Training and Certification
'''
    body = alt(part(text, cte='base64'), part(to_html(text), 'html', cte='base64'))
    hs = gmail_trace(KENTA[1], sent, host, ip, mf, ar) + [
        ('DKIM-Signature', dkim('aws-trainingcert-support.com', 'default', sent)),
        ('From', '"AWS Training and Certification" <certification-accounts@aws-trainingcert-support.com>'),
        ('To', KENTA[1]),
        ('Subject', f'RE:[CASE {fake_case}] [AWS Training and Certification Form Submission] - account-assistance'),
        ('Date', rfc(sent)),
        ('Message-ID', f'<{ruuid()}@aws-trainingcert-support.com>'),
        ('X-Mailer', 'PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)'),
    ]
    return 'merge-confirmation-needed', assemble(body, hs), label('merge_confirmation_requested', fake_case, ['AWS04417730', 'AWS01839275'], False, 'en')


@mail
def m008():
    sent = C_OPEN + timedelta(seconds=2)
    subj = 'Amazon Web Services: ' + ew('新しいケースを作成しました: ', 'ISO-2022-JP', chunk=7) + f' {CASE_C}'
    text = f'''Amazon Web Services をご利用いただきありがとうございます。

お問い合わせいただいた内容について、新しいケースを作成しました。ケース ID は {CASE_C} です。

ケースの詳細:

ケース ID: {CASE_C}
件名: 認定アカウントが2つあるため1つにまとめたい
重要度: 一般的なガイダンス
内容: 以前の勤務先のメールアドレスで作成した認定アカウント（AWS03318847）と、現在使用しているアカウント（AWS05562091）があります。AWS05562091 の方に資格をまとめていただけますでしょうか。

担当者より順次ご連絡いたします。ケースの確認および返信は、以下の AWS サポートセンターから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=ja

※このメールは送信専用アドレスから送信されています。このメールに返信されても対応できませんので、ご了承ください。

Amazon Web Services
'''
    body = part(text, charset='ISO-2022-JP', cte='7bit')
    hs = ses_mail(MISAKI, sent, subj, from_addr=NOREPLY, provider='jp', authserv='mtasv.biglobe.ne.jp', mx='mfilter.biglobe.ne.jp')
    return 'support-case-created', assemble(body, hs), label('case_created', CASE_C, ['AWS03318847', 'AWS05562091'], True, 'ja')


@mail
def m009():
    sent = T('2025-06-05 16:02:19')
    ip = '52.35.' + str(R.randint(10, 250)) + '.' + str(R.randint(10, 250)); host = 'mail.certmetrics.com'
    mf = 'do-not-reply@certmetrics.com'
    ar = ar_google(mf, ip, [('pass', 'certmetrics.com', 'k1')], 'pass', ('pass', 'NONE', 'NONE', 'NONE'), 'certmetrics.com')
    text = '''Hello Kenta,

Thank you for recently taking an AWS Certification exam. AWS Certification wants to hear from you!

We are continuously working to improve the certification experience, and your feedback helps us do that. The survey takes about 10 minutes, and all answers are kept confidential.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=8821&c=2025Q2

This survey will close on June 30, 2025.

Thank you,
AWS Training and Certification

Please do not reply to this e-mail; this mailbox is not monitored.
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = gmail_trace(KENTA[1], sent, host, ip, mf, ar) + [
        ('DKIM-Signature', dkim('certmetrics.com', 'k1', sent)),
        ('From', 'AWS Certification <do-not-reply@certmetrics.com>'),
        ('To', KENTA[1]), ('Subject', 'AWS Certification wants to hear from you'),
        ('Date', rfc(sent)), ('Message-ID', f'<{ruuid()}@certmetrics.com>'),
    ]
    return 'certification-feedback-invite', assemble(body, hs), label('unrelated', None, [], False, 'en')


@mail
def m010():
    sent = T('2025-09-16 09:58:37')
    subj = f'RE:[CASE {CASE_B}] Two certification profiles (CertMetrics) - please combine into one'
    text = f'''Hello Sarah,

Thank you for reaching out to AWS Training and Certification. My name is Hannah and I'll be helping you with this case.

I was able to locate the profile AWS02950614. However, I could not find a second profile under the candidate ID you gave for your personal e-mail address, so I'm not yet able to tell which records would need to be combined. Could you please reply with:

1. The e-mail address you used to sign in to the second account
2. The notification e-mail address on that account, if it is different
3. The candidate ID of the second account exactly as it appears on your score report or certificate

As soon as we have this information, we will come back to you with a summary for you to review.

{RATE_NOTE}

Best regards,
Hannah M.
Amazon Web Services

{CONSOLE_FOOT.format(case=CASE_B)}
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = ses_mail(SARAH, sent, subj, from_addr=NOREPLY, provider='o365')
    return 'agent-needs-details', assemble(body, hs), label('support_reply', CASE_B, ['AWS02950614'], True, 'en')


@mail
def m011():
    sent = T('2026-01-27 03:12:48')
    colleague = 'daisuke.suzuki@tsubasa-sys.co.jp'
    to = 'misaki.sato@tsubasa-sys.co.jp'
    ip = '209.85.220.' + str(R.randint(40, 80)); host = f'mail-sor-f{R.randint(41, 73)}.google.com'
    ar = ar_google(colleague, ip, [('pass', 'tsubasa-sys.co.jp', 'google')], 'pass', ('pass', 'NONE', 'NONE', 'NONE'), 'tsubasa-sys.co.jp')
    text = '''佐藤さん

お疲れさまです。鈴木です。

先日話していた AWS 認定アカウントの統合、無事に終わったと聞きました。
実は自分も AWS07204518 と AWS 01986640 の2つに分かれてしまっているので、
手順を教えてもらえますか？

特に、
・問い合わせフォームでどの項目を選んだか
・確認のメールが来たとき、どう返信したか
・Credly のバッジはその後どうなったか
あたりが知りたいです。

お手すきのときで大丈夫です。
よろしくお願いします。

--
鈴木 大輔
株式会社つばさシステムズ クラウド推進部
'''
    body = part(text, charset='ISO-2022-JP', cte='7bit')
    hs = gmail_trace(to, sent, host, ip, colleague, ar) + [
        ('DKIM-Signature', dkim('tsubasa-sys.co.jp', 'google', sent, signed='mime-version:from:date:message-id:subject:to', c='relaxed/relaxed')),
        ('MIME-Version', '1.0'),
        ('From', addr('鈴木 大輔', colleague, 'ISO-2022-JP')),
        ('Date', rfc(sent, JST)),
        ('Message-ID', f'<CAK{rb64(30).replace("/", "_").replace("+", "-")}@mail.gmail.com>'),
        ('Subject', ew('AWS認定アカウントの統合について教えてください', 'ISO-2022-JP', chunk=12)),
        ('To', addr('佐藤 美咲', to, 'ISO-2022-JP')),
    ]
    return 'colleague-question', assemble(body, hs), label('unrelated', None, ['AWS07204518', 'AWS01986640'], False, 'ja')


@mail
def m012():
    sent = T('2025-05-27 23:02:14')
    subj = f'RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance'
    text = '''Hello Kenta,

Thank you for contacting AWS Training and Certification.

I have found two AWS Certification accounts that belong to you:

  - AWS01839275 (kenta.morimoto82@gmail.com) - account to keep
  - AWS04417730 (k.morimoto@hoshino-denki.co.jp) - account to be merged into AWS01839275

Once merged, the certifications, exam history and benefits of AWS04417730 will be moved to AWS01839275, and AWS04417730 will be closed. Please note that a merge cannot be undone.

If the details above are correct, please reply to this e-mail confirming that you would like us to proceed with the merge.

Thank you for your understanding.

Best regards,
Marco R.
AWS Training and Certification
'''
    body = alt(part(text, cte='base64'), part(to_html(text), 'html', cte='base64'))
    hs = ses_mail(KENTA, sent, subj)
    return 'please-verify-accounts', assemble(body, hs), label('merge_confirmation_requested', CASE_A, ['AWS01839275', 'AWS04417730'], True, 'en')


@mail
def m013():
    sent = T('2025-10-03 08:11:26')
    subj = f'RE:[CASE {CASE_U2}] Limit Increase: EC2 Instances'
    text = f'''Hello,

Thank you for contacting AWS Support.

We have approved and processed your service quota increase request for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in US East (N. Virginia). Your new quota is 256 vCPUs.

It can sometimes take up to 30 minutes for this change to become visible in the Service Quotas console and to be usable in your account.

If you need further increases for other Regions or instance families, please submit a new request through the Service Quotas console so that it can be routed to the right team.

{RATE_NOTE}

Best regards,
Rahul K.
Amazon Web Services

{CONSOLE_FOOT.format(case=CASE_U2)}
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = ses_mail(SARAH, sent, subj, from_addr=NOREPLY, provider='o365')
    return 'service-quota-approved', assemble(body, hs), label('unrelated', CASE_U2, [], True, 'en')


@mail
def m014():
    sent = T('2026-01-21 01:30:08')
    subj = f'RE:[CASE {CASE_C}] ' + ew('認定アカウントが2つあるため1つにまとめたい', 'Shift_JIS', chunk=11)
    text = '''佐藤 美咲 様

AWS トレーニングと認定サポートの山口でございます。
このたびはお問い合わせいただき、ありがとうございます。

ご依頼の内容を確認いたしました。以下の内容で認定アカウントの統合を行う予定です。

① 統合後も引き続きご利用いただくアカウント: AWS05562091
② 統合元となり、統合後に無効となるアカウント: AWS03318847

統合を実施いたしますと、②のアカウントの認定資格、受験履歴、特典はすべて①のアカウントへ移され、②のアカウントは削除されます。一度実施した統合は元に戻すことができませんので、あらかじめご了承ください。

上記の内容でよろしければ、AWS サポートセンターの本ケースより「上記の内容で統合を進めてください」とご返信いただけますでしょうか。ご返信をいただくまで、作業は行いません。

何卒よろしくお願い申し上げます。

山口
Amazon Web Services

本ケースに関する今後のお問い合わせは、以下の URL から AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

※このメールは送信専用アドレスから送信されています。
'''.replace('{case}', CASE_C)
    body = part(text, charset='Shift_JIS', cte='base64')
    hs = ses_mail(MISAKI, sent, subj, from_addr=NOREPLY, provider='jp', authserv='mtasv.biglobe.ne.jp', mx='mfilter.biglobe.ne.jp')
    return 'ja-agent-summary', assemble(body, hs), label('merge_confirmation_requested', CASE_C, ['AWS05562091', 'AWS03318847'], True, 'ja')


@mail
def m015():
    sent = T('2025-03-16 13:00:41')
    text = '''Hi Daniel,

Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification expires in 90 days, on June 14, 2025.

Once a badge expires it can no longer be shared or verified as current. To keep your certification active, check the recertification options offered by Amazon Web Services Training and Certification:

https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/3f1c9a2e-77b0-4d3e-9f5a-0c8e2b6d4a71

The Credly Team

You are receiving this e-mail because you have a badge on Credly. Manage your notification settings: https://www.credly.com/earner/settings/notifications
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = credly_headers(DANIEL, sent, 'Your AWS Certified Cloud Practitioner badge expires in 90 days', provider='fastmail')
    return 'badge-expiring-soon', assemble(body, hs), label('unrelated', None, [], True, 'en')


@mail
def m016():
    sent = T('2025-08-19 03:10:44')
    fake_case = '175557019200412'
    to = SHO[1]
    ip = '45.148.10.' + str(R.randint(10, 250)); host = f'vps{R.randint(1000, 9999)}.hostsrv-cloud.net'
    ar = ar_o365(ip, 'amazon.com', 'none', 'none', 'fail', 'quarantine', 'amazon.com', 'fail', '000', spf='softfail')
    text = f'''中村 翔 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。

お客様の認定アカウントについて、以下の内容で統合を予定しております。

存続アカウント: AWS 06120334
統合されるアカウント: AWS 09981452

統合は取り消すことができません。内容をご確認のうえ、下記のページからサインインし、ご本人確認と統合の承認を行ってください。
https://aws-certification.account-verify-jp.com/merge?case={fake_case}

72時間以内にご対応いただけない場合、両方のアカウントが一時的にロックされます。

AWS トレーニングと認定
'''
    body = part(text, charset='ISO-2022-JP', cte='7bit')
    hs = o365_trace(sent, host, ip, 'amazon.com', ar, spf='SoftFail', tenant='jpnprd01') + [
        ('From', addr('Amazon Web Services', FORM)),
        ('To', to),
        ('Subject', ew('【重要】AWS認定アカウント統合のご確認（ケース ', 'ISO-2022-JP', chunk=10) + f'\n {fake_case}' + ew('）', 'ISO-2022-JP')),
        ('Date', rfc(sent, JST)),
        ('Message-ID', f'<{rhex(16)}${rhex(8)}@hostsrv-cloud.net>'),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
    ] + o365_tail(sent)
    return 'ja-urgent-merge-check', assemble(body, hs), label('merge_confirmation_requested', fake_case, ['AWS06120334', 'AWS09981452'], False, 'ja')


@mail
def m017():
    sent = T('2025-05-28 10:15:51')
    subj = f'RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance'
    text = '''Hello Kenta,

Thank you for confirming.

I have now submitted your request to our internal team, who will carry out the merge of AWS04417730 into AWS01839275. You will receive another e-mail from us as soon as this has been done; it usually takes one to three business days.

In the meantime, please continue to sign in with AWS01839275 and avoid scheduling any exams on AWS04417730.

Best regards,
Marco R.
AWS Training and Certification
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = ses_mail(KENTA, sent, subj)
    return 'confirmation-received', assemble(body, hs), label('support_reply', CASE_A, ['AWS04417730', 'AWS01839275'], True, 'en')


@mail
def m018():
    sent = T('2025-04-15 19:27:03')
    subj = f'RE:[CASE {CASE_U4}] [AWS Training and Certification Form Submission] - exam-voucher'
    text = '''Hello Daniel,

Thank you for contacting AWS Training and Certification.

I checked your AWS Certification Account (AWS06604139). The 50% discount benefit from your AWS Certified Machine Learning - Specialty certification was redeemed on 2 April 2025 for your AWS Certified Data Engineer - Associate exam. Each active certification grants the benefit once, so unfortunately we are not able to issue another voucher for the same certification.

You will receive a new 50% discount benefit when you earn or recertify your next AWS Certification. It will appear under the Benefits tab of your AWS Certification Account.

I'm sorry I could not bring better news. If you have any other questions, simply reply to this e-mail.

Best regards,
Reyes C.
AWS Training and Certification
'''
    body = part(text)
    hs = ses_mail(DANIEL, sent, subj, provider='fastmail')
    return 'discount-benefit-answer', assemble(body, hs), label('unrelated', CASE_U4, ['AWS06604139'], True, 'en')


@mail
def m019():
    sent = T('2025-09-17 14:20:05')
    subj = f'[Case {CASE_B}] New correspondence added'
    text = f'''Hello,

We've updated your AWS Support case {CASE_B}: "Two certification profiles (CertMetrics) - please combine into one".

A new correspondence has been added by Amazon Web Services. To view the correspondence and reply, please sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. or its affiliates, 410 Terry Avenue North, Seattle, WA 98109-5210.
'''
    body = part(text, cte='base64')
    hs = ses_mail(SARAH, sent, subj, from_addr=NOREPLY, provider='o365')
    return 'case-updated-notice', assemble(body, hs), label('support_reply', CASE_B, [], True, 'en')


@mail
def m020():
    sent = T('2025-07-14 12:31:09')
    text = '''Tobias Brandt merged merge request !87 at Platform / cert-portal

Project: https://git.kestrel-systems.de/platform/cert-portal
Branches: tbrandt/learner-merge to main
Merge request: https://git.kestrel-systems.de/platform/cert-portal/-/merge_requests/87
Title: Support account merge for duplicate learner profiles
Assignee: Priya Raman

--
Reply to this email directly or view it on GitLab: https://git.kestrel-systems.de/platform/cert-portal/-/merge_requests/87
You're receiving this email because of your account on git.kestrel-systems.de. Manage all notifications: https://git.kestrel-systems.de/-/profile/notifications
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = [
        ('Return-Path', '<gitlab@git.kestrel-systems.de>'),
        ('Received', f'from git.kestrel-systems.de (git.kestrel-systems.de [10.20.4.17])\n\tby mail.kestrel-systems.de (Postfix) with ESMTP id 4bQ7{ralnum(6, "BCDFGHJKLMNPQRSTVWXYZ0123456789")}\n\tfor <priya.raman@kestrel-systems.de>; {rfc(sent + timedelta(seconds=1), CET)}'),
        ('Date', rfc(sent, CET)),
        ('From', 'Tobias Brandt <gitlab@git.kestrel-systems.de>'),
        ('Reply-To', 'GitLab <noreply@git.kestrel-systems.de>'),
        ('To', 'Priya Raman <priya.raman@kestrel-systems.de>'),
        ('Message-ID', f'<merge_request_87_{rhex(10)}@git.kestrel-systems.de>'),
        ('In-Reply-To', '<merge_request_2231@git.kestrel-systems.de>'),
        ('References', '<reply-a1b2c3d4e5f6@git.kestrel-systems.de> <merge_request_2231@git.kestrel-systems.de>'),
        ('Subject', 'Re: cert-portal | Support account merge for duplicate learner profiles (!87)'),
        ('X-GitLab-Project', 'cert-portal'), ('X-GitLab-MergeRequest-IID', '87'),
        ('X-GitLab-NotificationReason', 'assigned'),
        ('List-Id', 'platform/cert-portal <312.cert-portal.platform.git.kestrel-systems.de>'),
        ('Auto-Submitted', 'auto-generated'),
    ]
    return 'mr-merged', assemble(body, hs), label('unrelated', None, [], None, 'en')


# ---- mails 021-040 (exec'd by make_set.py)

B_SUBJ = 'Two certification profiles (CertMetrics) - please combine into one'
B_CONFIRM = '''Hello Sarah,

Thank you for the additional details. With the sign-in e-mail you provided I was able to find the second profile; the candidate ID in your first message had two digits swapped.

Here is what we are planning to do:

Profile that will remain active: AWS02950614 (sarah.whitfield@northwind-analytics.com)
Profile whose records will be moved into it: AWS07731208 (s.whitfield.home@gmail.com)

After the consolidation, AWS07731208 will be deactivated and you will no longer be able to sign in with it. All certification history, exam records and digital badges will appear under AWS02950614. Please be aware that this action is permanent: we will not be able to separate the records again afterwards.

Before we go ahead, please reply in the Support Center to confirm that the above is correct and that you would like us to continue. We will not make any changes until we hear back from you.

Best regards,
Hannah M.
Amazon Web Services'''


@mail
def m021():
    sent = T('2026-01-22 02:05:17')
    subj = f'RE:[CASE {CASE_C}] ' + ew('認定アカウントが2つあるため1つにまとめたい', 'UTF-8', chunk=9)
    text = f'''佐藤 美咲 様

AWS トレーニングと認定の山口です。
ご確認いただき、誠にありがとうございます。

いただいたご返信をもとに、担当部署へ統合作業を依頼いたしました。
作業が完了しましたら、本ケースにて改めてご連絡いたします。完了後は AWS05562091 でサインインしていただくと、すべての認定資格をご確認いただけるようになります。

通常、作業には 1〜3 営業日ほどお時間をいただいております。今しばらくお待ちくださいますよう、お願い申し上げます。

山口
Amazon Web Services

本ケースに関する今後のお問い合わせは、以下の URL から AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=ja
'''
    body = alt(part(text, cte='quoted-printable'), part(to_html(text, 'ja'), 'html', cte='quoted-printable'))
    hs = ses_mail(MISAKI, sent, subj, from_addr=NOREPLY, provider='jp', authserv='mtasv.biglobe.ne.jp', mx='mfilter.biglobe.ne.jp')
    return 'ja-work-requested', assemble(body, hs), label('support_reply', CASE_C, ['AWS05562091'], True, 'ja')


@mail
def m022():
    sent = T('2025-11-17 15:00:12')
    ip = '198.2.' + str(R.randint(128, 140)) + '.' + str(R.randint(10, 250)); host = f'mail{R.randint(10, 99)}.atl{R.randint(11, 91)}.mcsv.net'
    text = '''Hello Sarah Whitfield,

This is a reminder of your upcoming exam appointment.

Exam: HashiCorp Certified: Terraform Associate (004)
Delivery: Online proctored
Date: Friday, November 21, 2025
Time: 10:30 AM Eastern Standard Time
Confirmation code: 7F2K-91QD

Before test day, please run the system check and make sure your testing space is clear. You can launch your exam from your PSI account up to 30 minutes before the appointment time.

Need to reschedule? Changes are possible up to 24 hours before your appointment at https://test-takers.psiexams.com/

Good luck!
PSI Services LLC
'''
    body = alt(part(text), part(to_html(text), 'html'))
    ar = ar_o365(ip, 'mcsv.net', 'pass', 'psionline.com', 'pass', 'none', 'psionline.com', 'pass', '100')
    hs = o365_trace(sent, host, ip, 'mcsv.net', ar) + [
        ('DKIM-Signature', dkim('psionline.com', 'k2', sent)),
        ('From', 'PSI Exams <noreply@psionline.com>'),
        ('To', addr(*SARAH)), ('Subject', 'Reminder: your exam appointment on November 21'),
        ('Date', rfc(sent)), ('Message-ID', f'<{rhex(20)}@psionline.com>'),
    ] + o365_tail(sent)
    return 'exam-appointment-reminder', assemble(body, hs), label('unrelated', None, [], False, 'en')


@mail
def m023():
    sent = T('2025-05-29 04:30:40')
    subj = f'RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance'
    text = f'''Hello Kenta,

I'm happy to let you know that your request has been completed: the records of AWS04417730 were transferred to AWS01839275, and AWS04417730 is no longer active. You can sign in at https://www.aws.training/Certification with kenta.morimoto82@gmail.com to see all of your certifications in one place.

Please allow up to 5 business days for your Credly badges to be updated.

As your request has been completed, we will now close this case. If you have any further questions, reply to this e-mail within 7 days and the case will be reopened automatically.

Best regards,
Marco R.
AWS Training and Certification

How did we do? Let us know: https://pulse.aws/survey/TC8Q2RLM?caseId={CASE_A}
'''
    htm_text = text.split('How did we do?')[0]
    foot = (f'<table role="presentation" style="margin-top:16px;border-top:1px solid #d5dbdb"><tr><td style="padding:12px 0">'
            f'<b>Was your issue resolved?</b><br>'
            f'<a href="https://pulse.aws/survey/TC8Q2RLM?caseId={CASE_A}&amp;r=yes" style="background:#ec7211;color:#fff;padding:6px 18px;text-decoration:none">YES</a> '
            f'<a href="https://pulse.aws/survey/TC8Q2RLM?caseId={CASE_A}&amp;r=no" style="background:#545b64;color:#fff;padding:6px 18px;text-decoration:none">NO</a><br><br>'
            f'Rate the support you received: '
            + ' '.join(f'<a href="https://pulse.aws/survey/TC8Q2RLM?caseId={CASE_A}&amp;stars={i}">&#9733;</a>' for i in range(1, 6))
            + '</td></tr></table>')
    body = alt(part(text), part(to_html(htm_text, foot=foot), 'html'))
    hs = ses_mail(KENTA, sent, subj)
    return 'request-completed-closing', assemble(body, hs), label('merge_completed', CASE_A, ['AWS04417730', 'AWS01839275'], True, 'en')


@mail
def m024():
    sent = T('2025-03-20 07:45:51')
    ip = '91.215.85.' + str(R.randint(10, 250)); host = 'smtp.certif-ops.info'
    mf = 'noreply@certif-ops.info'
    items = fastmail_ar('mx3.messagingengine.com', 'none', None, None, 'none', None, 'certif-ops.info', ip, host, 'pass', mf)
    text = f'''Dear Candidate,

The merge of your AWS Certification accounts has been completed successfully. Your certifications from account aws09120448 have been moved to aws09120451.

Due to this update, your login credentials must be re-validated within 24 hours to keep access to your transcript and digital badges:

https://certif-ops.info/aws/login?session={rhex(32)}

AWS Training and Certification Team
'''
    body = part(to_html(text), 'html', cte='base64')
    hs = simple_trace(DANIEL[1], sent, None, 'mx3.messagingengine.com', host, ip, mf, items, tz=UTC, style='fastmail') + [
        ('From', '"aws-cs-trainingcertification-form@amazon.com" <noreply@certif-ops.info>'),
        ('To', DANIEL[1]),
        ('Subject', 'Your AWS Certification account merge is complete'),
        ('Date', rfc(sent, timezone(timedelta(hours=3)))),
        ('Message-ID', f'<{rhex(24)}@certif-ops.info>'),
    ]
    return 'accounts-consolidated', assemble(body, hs), label('merge_completed', None, ['AWS09120448', 'AWS09120451'], False, 'en')


@mail
def m025():
    sent = T('2025-10-08 16:30:00')
    ip = ses_ip(); host = ses_host(ip); mid = ses_id(sent); mf = f'{mid}@bounces.amazon.com'
    ar = ar_google(mf, ip, [('pass', 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', SES_SEL)], 'pass', ('pass', 'QUARANTINE', 'QUARANTINE', 'NONE'), 'amazon.com')
    text = '''AWS Training and Certification | October 2025

View this e-mail in your browser: https://pages.awscloud.com/training-newsletter-oct-2025.html
'''
    htm = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification | October 2025</title></head>
<body style="margin:0;background:#f2f3f3;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff">
<tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:22px">AWS Training and Certification</td></tr>
<tr><td style="padding:20px">
<h2>New this month</h2>
<p><b>AWS Certified Generative AI Developer - Professional</b> is now available in beta. Register before the end of the month to secure a seat at a testing center or online.</p>
<p><b>Exam Prep Plans</b> on AWS Skill Builder now include practice question sets for all Associate-level exams.</p>
<h2>Tip of the month</h2>
<p>Keep your AWS Certification Account details up to date. If you ever created more than one certification account (for example with an old work e-mail), our team can combine them for you - reach out through the contact form and choose "Account Merge".</p>
<h2>Events</h2>
<p>Join the Certification Study Night on October 23 - live Q&amp;A with AWS instructors.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210<br>
<a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p>
</td></tr></table></td></tr></table></body></html>
'''
    body = alt(part(text), part(htm, 'html'))
    hs = gmail_trace(KENTA[1], sent, host, ip, mf, ar) + [
        ('DKIM-Signature', dkim('amazon.com', AMZ_SEL, sent)),
        ('DKIM-Signature', dkim('amazonses.com', SES_SEL, sent)),
        ('From', 'AWS Training and Certification <aws-marketing-email-replies@amazon.com>'),
        ('Reply-To', 'aws-marketing-email-replies@amazon.com'),
        ('To', KENTA[1]),
        ('Subject', ew('New beta exam, study nights and a tip for your certification account 🎓', 'UTF-8', 'Q', chunk=38)),
        ('Date', rfc(sent)), ('Message-ID', f'<{mid}@email.amazonses.com>'),
        ('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    ]
    return 'monthly-training-news', assemble(body, hs), label('unrelated', None, [], True, 'en')


@mail
def m026():
    sent = T('2025-05-30 11:05:27')
    text = '''Hi Kenta,

Following an update to your AWS Certification account, Amazon Web Services Training and Certification has transferred the following badges to kenta.morimoto82@gmail.com:

- AWS Certified Developer - Associate
- AWS Certified SysOps Administrator - Associate

Your badges are ready. Accept them to start sharing your achievement on LinkedIn, in your e-mail signature and more.

Accept your badges: https://www.credly.com/earner/earned?utm_campaign=transfer&utm_medium=email

Questions? Visit our support center at https://support.credly.com

Credly, Inc. | 1 Pennsylvania Plaza, Suite 1600, New York, NY 10119
You are receiving this e-mail because badges were issued to you on Credly.
'''
    htm = to_html(text.replace('Accept your badges: https://www.credly.com/earner/earned?utm_campaign=transfer&utm_medium=email', 'ACCEPTBUTTON'))
    htm = htm.replace('<p>ACCEPTBUTTON</p>', '<p><a href="https://www.credly.com/earner/earned?utm_campaign=transfer&amp;utm_medium=email" style="background:#ff6b00;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Accept your badges</a></p>')
    body = alt(part(text), part(htm, 'html'))
    hs = credly_headers(KENTA, sent, 'Amazon Web Services Training and Certification transferred 2 badges to you',
                        from_name='Amazon Web Services Training and Certification via Credly')
    return 'badges-transferred', assemble(body, hs), label('credly_badge_issued', None, [], True, 'en')


@mail
def m027():
    sent = T('2025-05-29 09:02:33')
    orig = T('2025-05-29 04:30:40')
    to = KENTA[1]
    ip = '209.85.220.' + str(R.randint(40, 80)); host = f'mail-sor-f{R.randint(41, 73)}.google.com'
    ar = ar_google(to, ip, [('pass', 'gmail.com', '20230601')], 'pass', ('pass', 'NONE', 'QUARANTINE', 'NONE'), 'gmail.com')
    fwd = f'''Saving this for my records. Old ID AWS04417730 is now folded into AWS01839275.
TODO: check the 50% voucher is still under Benefits, and update the candidate ID in the company skills sheet.

---------- Forwarded message ---------
From: Amazon Web Services <{FORM}>
Date: Thu, May 29, 2025 at 1:30 PM
Subject: RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance
To: <{KENTA[1]}>


Hello Kenta,

I'm happy to let you know that your request has been completed: the records of AWS04417730 were transferred to AWS01839275, and AWS04417730 is no longer active. You can sign in at https://www.aws.training/Certification with kenta.morimoto82@gmail.com to see all of your certifications in one place.

Please allow up to 5 business days for your Credly badges to be updated.

As your request has been completed, we will now close this case. If you have any further questions, reply to this e-mail within 7 days and the case will be reopened automatically.

Best regards,
Marco R.
AWS Training and Certification
'''
    htm = ('<div dir="ltr"><div>Saving this for my records. Old ID AWS04417730 is now folded into AWS01839275.</div>'
           '<div>TODO: check the 50% voucher is still under Benefits, and update the candidate ID in the company skills sheet.</div><br>'
           '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Amazon Web Services</strong> '
           f'<span dir="auto">&lt;<a href="mailto:{FORM}">{FORM}</a>&gt;</span><br>Date: Thu, May 29, 2025 at 1:30 PM<br>'
           f'Subject: RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance<br>To: &lt;{KENTA[1]}&gt;<br></div><br><br>'
           + html.escape(fwd.split('To: <' + KENTA[1] + '>\n\n\n')[1]).replace('\n', '<br>\n') + '</div></div>\n')
    body = alt(part(fwd), part(htm, 'html'), boundary='000000000000' + rhex(16))
    hs = gmail_trace(to, sent, host, ip, to, ar) + [
        ('DKIM-Signature', dkim('gmail.com', '20230601', sent, signed='to:subject:message-id:date:from:in-reply-to:references:mime-version', c='relaxed/relaxed')),
        ('MIME-Version', '1.0'),
        ('References', f'<{ses_id(orig)}@email.amazonses.com>'),
        ('In-Reply-To', f'<{ses_id(orig)}@email.amazonses.com>'),
        ('From', addr(*KENTA)),
        ('Date', rfc(sent, JST)),
        ('Message-ID', f'<CAH{rb64(36).replace("/", "_").replace("+", "-")}@mail.gmail.com>'),
        ('Subject', f'Fwd: RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] -\n account-assistance'),
        ('To', KENTA[1]),
    ]
    return 'fwd-note-to-self', assemble(body, hs), label('unrelated', CASE_A, ['AWS04417730', 'AWS01839275'], False, 'en')


@mail
def m028():
    sent = T('2026-02-10 06:30:55')
    subj = f'RE:[CASE {CASE_U3}] ' + ew('ルートユーザーの MFA デバイスを紛失した', 'UTF-8', 'B', chunk=10)
    text = f'''お客様

AWS サポートの林です。お問い合わせいただきありがとうございます。

ルートユーザーの多要素認証（MFA）デバイスを紛失された件について承知いたしました。
ご本人確認のため、AWS アカウントに登録されているメールアドレスと電話番号による確認を行います。

1. AWS マネジメントコンソールのサインイン画面で、ルートユーザーのメールアドレスを入力します。
2. MFA の入力画面で「MFA のトラブルシューティング」を選択します。
3. 登録メールアドレスに届く確認メールのリンクを開き、続いて登録電話番号への自動音声通話で表示されたコードを入力します。

登録されている電話番号が現在ご利用いただけない場合は、本ケースにその旨をご返信ください。別の確認方法をご案内いたします。

よろしくお願いいたします。

林
Amazon Web Services

本ケースに関する今後のお問い合わせは、以下の URL から AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_U3}&language=ja
'''
    body = part(text, cte='quoted-printable')
    hs = ses_mail(MISAKI, sent, subj, from_addr=NOREPLY, provider='jp', authserv='mtasv.biglobe.ne.jp', mx='mfilter.biglobe.ne.jp')
    return 'ja-root-mfa-recovery', assemble(body, hs), label('unrelated', CASE_U3, [], True, 'ja')


@mail
def m029():
    sent = T('2025-09-17 14:19:52')
    subj = f'RE:[CASE {CASE_B}] {B_SUBJ}'
    text = f'''{B_CONFIRM}

{CONSOLE_FOOT.format(case=CASE_B)}
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = ses_mail(SARAH, sent, subj, from_addr=NOREPLY, provider='o365')
    return 'agent-plan-for-review', assemble(body, hs), label('merge_confirmation_requested', CASE_B, ['AWS02950614', 'AWS07731208'], True, 'en')


@mail
def m030():
    sent = T('2025-08-27 21:14:09')
    ip = ses_ip(); host = ses_host(ip); mid = ses_id(sent); mf = f'{mid}@amazonses.com'
    ar = ar_google(mf, ip, [('pass', 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', SES_SEL)], 'pass', ('pass', 'QUARANTINE', 'QUARANTINE', 'NONE'), 'amazon.com')
    text = f'''Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that you would like the two detail pages for your product "Lumio Desk Lamp, Oak" to be combined into one.

I have now merged ASIN B0C7XJ9TQ1 into B0C7XK2M4Q. The offers, reviews and sales rank of the duplicate page have been moved to the remaining ASIN. It can take up to 48 hours for the change to be visible in the Amazon store and in Manage All Inventory.

To view your case, go to: https://sellercentral-europe.amazon.com/cu/case-dashboard/view-case?caseID={SELLER_CASE}

Did I solve your problem?
Yes: https://sellercentral-europe.amazon.com/cu/case-feedback?caseID={SELLER_CASE}&answer=yes
No: https://sellercentral-europe.amazon.com/cu/case-feedback?caseID={SELLER_CASE}&answer=no

We hope this resolves your issue.

Thank you for selling with Amazon,
Pierre
Amazon Selling Partner Support
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = gmail_trace(JULIEN[1], sent, host, ip, mf, ar) + [
        ('DKIM-Signature', dkim('amazon.com', AMZ_SEL, sent)),
        ('DKIM-Signature', dkim('amazonses.com', SES_SEL, sent)),
        ('From', 'Amazon Seller Central <seller-notification@amazon.com>'),
        ('To', JULIEN[1]),
        ('Subject', f'RE:[CASE {SELLER_CASE}] ' + ew('Merge duplicate ASINs – Lumio Desk Lamp', 'UTF-8', 'Q')),
        ('Date', rfc(sent)), ('Message-ID', f'<{mid}@email.amazonses.com>'),
        ('Feedback-ID', f'::1.eu-west-1.{rb64(30)[:40].replace("/", "x")}=:AmazonSES'),
    ]
    return 'duplicate-pages-combined', assemble(body, hs), label('unrelated', SELLER_CASE, [], True, 'en')


@mail
def m031():
    sent = T('2025-10-14 08:48:30')
    ip = '103.172.41.' + str(R.randint(10, 250)); host = 'mta-07.bulk-mailgw.top'
    mf = 'admin@credly.com'
    ar = ar_google(mf, ip, [], 'softfail', ('fail', 'QUARANTINE', 'QUARANTINE', 'QUARANTINE'), 'credly.com')
    forged = ('mx.credly.com;\n\tdkim=pass header.d=credly.com header.s=s1;\n\tspf=pass smtp.mailfrom=admin@credly.com;\n\tdmarc=pass header.from=credly.com')
    text = '''Hi Julien,

After the recent merge of your AWS Certification accounts, your badges have been transferred to your surviving profile and are waiting for you.

- AWS Certified Solutions Architect - Associate
- AWS Certified Security - Specialty

To accept your transferred badges, please sign in with your AWS Certification credentials:

https://credly.com.badge-accept.net/earner/accept?uid=8f2c41

Credly, Inc.
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = gmail_trace(JULIEN[1], sent, host, ip, mf, ar) + [
        ('Received', f'from localhost (unknown [10.0.0.12])\n\tby {host} (Postfix) with ESMTPA id 9A1F2{rhex(5).upper()}\n\tfor <{JULIEN[1]}>; {rfc(sent - timedelta(seconds=2), timezone(timedelta(hours=7)))}'),
        ('Authentication-Results', forged),
        ('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
        ('To', JULIEN[1]),
        ('Subject', 'Your AWS badges have been transferred to your merged account'),
        ('Date', rfc(sent, timezone(timedelta(hours=7)))),
        ('Message-ID', f'<{rhex(13)}_{rhex(5)}@credly-mailer-{rhex(4)}.mail>'),
    ]
    return 'badges-waiting-transfer', assemble(body, hs), label('credly_badge_issued', None, [], False, 'en')


@mail
def m032():
    sent = U5_OPEN + timedelta(seconds=2)
    subj = f'[CASE {CASE_U5}] [AWS Training and Certification Form Submission] - exam-scheduling'
    text = f'''田中 浩二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせを受け付けました。受付番号は {CASE_U5} です。担当者より、通常 24 時間以内にご連絡いたします。

お問い合わせ内容
お問い合わせの種類: 試験
詳細: 試験の予約変更・キャンセル
受験者 ID: AWS08815402
内容: 12月6日に予約していた試験を体調不良のため変更したいのですが、Pearson VUE のサイトでは変更期限を過ぎていると表示されます。

同じ内容で新たにお問い合わせいただくと、対応が遅れる場合がございます。追加の情報がある場合は、本メールにご返信ください。

AWS トレーニングと認定
'''
    body = alt(part(text, cte='base64'), part(to_html(text, 'ja'), 'html', cte='base64'))
    hs = ses_mail(KOJI, sent, subj, provider='jp', authserv='mfilter-aa01.mail.nifty.com', mx='mx-in.nifty.com')
    return 'ja-exam-change-received', assemble(body, hs), label('unrelated', CASE_U5, ['AWS08815402'], True, 'ja')


@mail
def m033():
    sent = T('2025-09-19 03:12:18')
    subj = f'RE:[CASE {CASE_B}] {B_SUBJ}'
    text = f'''Hello Sarah,

Good news: the consolidation of your certification profiles is finished. Everything that was on AWS07731208 - your AWS Certified Cloud Practitioner and AWS Certified Solutions Architect - Associate, the exam history and your benefits - now shows under AWS02950614. The older profile has been retired, so from now on please sign in to your AWS Certification Account with sarah.whitfield@northwind-analytics.com.

Your digital badges will be re-issued by Credly to the e-mail address of the surviving profile. This usually happens within 2-3 business days; if they don't arrive, just let us know in this case.

{RATE_NOTE}

Best regards,
Hannah M.
Amazon Web Services

{CONSOLE_FOOT.format(case=CASE_B)}

----- Previous correspondence -----
From: Amazon Web Services
Sent: Wednesday, September 17, 2025 2:19 PM (UTC)
Subject: RE:[CASE {CASE_B}] {B_SUBJ}

{B_CONFIRM}
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = ses_mail(SARAH, sent, subj, from_addr=NOREPLY, provider='o365')
    return 'profiles-now-one', assemble(body, hs), label('merge_completed', CASE_B, ['AWS07731208', 'AWS02950614'], True, 'en')


@mail
def m034():
    sent = T('2025-11-05 17:20:44')
    ip = '52.35.' + str(R.randint(10, 250)) + '.' + str(R.randint(10, 250)); host = 'mail.certmetrics.com'
    ar = ar_o365(ip, 'certmetrics.com', 'pass', 'certmetrics.com', 'pass', 'none', 'certmetrics.com', 'pass', '100')
    text = '''Dear Sarah Whitfield,

Congratulations! You have successfully recertified:

AWS Certified Solutions Architect - Associate
Candidate ID: AWS02950614
Validation Number: 7XQ2M9D1KLP4ZR3B
Certification date: November 3, 2025
Expiration date: November 3, 2028

Your digital badge will be issued by Credly within 5 business days. Your certificate and benefits are available in your AWS Certification Account: https://www.aws.training/Certification

Thank you for your continued commitment to validating your AWS skills.

AWS Training and Certification
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = o365_trace(sent, host, ip, 'certmetrics.com', ar) + [
        ('DKIM-Signature', dkim('certmetrics.com', 'k1', sent)),
        ('From', 'AWS Certification <do-not-reply@certmetrics.com>'),
        ('To', addr(*SARAH)), ('Subject', 'Congratulations on your AWS Recertification'),
        ('Date', rfc(sent)), ('Message-ID', f'<{ruuid()}@certmetrics.com>'),
    ] + o365_tail(sent)
    return 'recertification-congrats', assemble(body, hs), label('unrelated', None, ['AWS02950614'], False, 'en')


@mail
def m035():
    sent = T('2025-03-04 16:40:29')
    subj = f'RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance'
    text = '''Hello Daniel,

I'm following up on your request regarding AWS06604139.

We haven't yet received a reply to our previous message. Do you still need help with this? If so, simply reply to this e-mail and we will pick it up from there.

If we don't hear from you within 5 business days, we will assume the matter is no longer needed and close the case. You can always contact us again later.

Best regards,
Reyes C.
AWS Training and Certification
'''
    body = part(text, cte='7bit', charset='us-ascii')
    hs = ses_mail(DANIEL, sent, subj, provider='fastmail')
    return 'checking-in', assemble(body, hs), label('support_reply', CASE_D, ['AWS06604139'], True, 'en')


@mail
def m036():
    sent = T('2025-11-12 01:05:19')
    fake_case = '176237104400215'
    to = KOJI[1]
    ip = '194.87.' + str(R.randint(10, 250)) + '.' + str(R.randint(10, 250)); host = 'mx1.aws-case-feedback.jp'
    mf = 'info@aws-case-feedback.jp'
    nifty_ar = ('mfilter-aa01.mail.nifty.com;\n\tspf=fail smtp.mailfrom=amazon.com;\n\tdkim=none;\n\tdmarc=fail header.from=amazon.com')
    above = ('feedback-gw.aws-case-feedback.jp;\n\tdkim=pass header.d=amazon.com header.s=aws2025;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com')
    text = f'''田中 浩二 様

先日は AWS サポートをご利用いただき、ありがとうございました。
ケース {fake_case} はクローズされました。

今回の対応について、5 段階で評価をお願いいたします。評価の送信には、AWS アカウントへのサインインが必要です。
https://aws-case-feedback.jp/rate?case={fake_case}

ご協力いただいた方の中から抽選で、AWS 認定試験の無料受験バウチャーをプレゼントいたします。

Amazon Web Services
'''
    body = part(text, charset='ISO-2022-JP', cte='7bit')
    hs = [
        ('Authentication-Results', above),
        ('Return-Path', '<amazon.com@aws-case-feedback.jp>'),
        ('Authentication-Results', nifty_ar),
        ('Received', f'from {host} ({host} [{ip}])\n\tby mx-in.nifty.com (Postfix) with ESMTPS id 4{ralnum(10, "BCDFGHJKLMNPQRSTVWXYZ0123456789")}\n\tfor <{to}>; {rfc(sent + timedelta(seconds=3), JST)}'),
        ('From', addr('Amazon Web Services', 'no-reply-aws@amazon.com')),
        ('To', to),
        ('Subject', 'Amazon Web Services: ' + ew(f'ケース {fake_case} についてのご意見をお聞かせください', 'ISO-2022-JP', chunk=16)),
        ('Date', rfc(sent, JST)),
        ('Message-ID', f'<{rhex(20)}@aws-case-feedback.jp>'),
    ]
    return 'ja-rate-your-case', assemble(body, hs), label('survey', fake_case, [], False, 'ja')


@mail
def m037():
    sent = T('2025-09-22 03:15:02')
    subj = f'Amazon Web Services: Your Support case {CASE_B} has been resolved'
    text = f'''Hello,

We haven't heard from you for a few days, so we have marked your AWS Support case {CASE_B} "{B_SUBJ}" as resolved.

Was your issue resolved?
Yes: https://console.aws.amazon.com/support/feedback?displayId={CASE_B}&resolved=yes
No: https://console.aws.amazon.com/support/feedback?displayId={CASE_B}&resolved=no

It takes less than a minute to tell us how we did, and your answers help us improve AWS Support.

If you still need help with this issue, you can reopen the case within 14 days from the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=en

Thank you for using Amazon Web Services.

Amazon Web Services
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = ses_mail(SARAH, sent, subj, from_addr=NOREPLY, provider='o365')
    return 'case-marked-resolved', assemble(body, hs), label('survey', CASE_B, [], True, 'en')


@mail
def m038():
    sent = T('2025-03-09 20:11:37')
    ip = ses_ip(); host = ses_host(ip); mid = ses_id(sent); mf = f'{mid}@amazonses.com'
    items = fastmail_ar('mx5.messagingengine.com', 'pass', 'signin.aws', 'aws2023', 'pass', 'reject', 'signin.aws', ip, host, 'pass', mf)
    text = '''Verify your AWS Builder ID email address

Thank you for creating an AWS Builder ID. To finish, enter the following verification code:

Verification code: 604218

This code expires 30 minutes after it was sent.

If you didn't request this code, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109.
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = simple_trace(DANIEL[1], sent, None, 'mx5.messagingengine.com', host, ip, mf, items, tz=UTC, style='fastmail') + [
        ('DKIM-Signature', dkim('signin.aws', 'aws2023', sent)),
        ('DKIM-Signature', dkim('amazonses.com', SES_SEL, sent)),
        ('From', 'AWS <no-reply@signin.aws>'), ('To', DANIEL[1]),
        ('Subject', 'Verify your AWS Builder ID email address'),
        ('Date', rfc(sent)), ('Message-ID', f'<{mid}@email.amazonses.com>'),
    ]
    return 'builder-id-code', assemble(body, hs), label('unrelated', None, [], True, 'en')


@mail
def m039():
    sent = T('2025-09-18 09:31:12')
    prev = T('2025-09-18 08:02:40')
    me = 'tom.becker@northwind-analytics.com'
    mbx = f'PH0PR11MB{R.randint(4000, 9999)}'
    text = '''Hi Sarah,

Thanks, that's really useful. So they sent you a summary listing both IDs and you just replied that it was fine? I've got the same problem (AWS03857720 from my contractor days and AWS06120977 now), so I'll open my own case rather than tag onto yours.

Did they say how long it takes before the old one disappears?

Tom

________________________________
From: Sarah Whitfield <sarah.whitfield@northwind-analytics.com>
Sent: Thursday, September 18, 2025 10:02 AM
To: Tom Becker <tom.becker@northwind-analytics.com>
Subject: RE: AWS cert accounts

Yes - AWS asked me to confirm that AWS07731208 gets folded into AWS02950614. I confirmed yesterday afternoon, now just waiting for them to finish.

Sarah

________________________________
From: Tom Becker <tom.becker@northwind-analytics.com>
Sent: Thursday, September 18, 2025 9:40 AM
To: Sarah Whitfield <sarah.whitfield@northwind-analytics.com>
Subject: AWS cert accounts

Hey, didn't you have two AWS certification logins as well? How did you get them sorted?
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = [
        ('Received', f'from {mbx}.namprd11.prod.outlook.com ({rhex(4)}:{rhex(4)}::{rhex(2)}) by\n {mbx}.namprd11.prod.outlook.com with HTTPS; {format_datetime(sent)}'),
        ('Received', f'from {mbx}.namprd11.prod.outlook.com ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by\n {mbx}.namprd11.prod.outlook.com ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%5]) with mapi id\n 15.20.9137.012; {format_datetime(sent)}'),
        ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=northwind-analytics.com;'),
        ('From', 'Tom Becker <tom.becker@northwind-analytics.com>'),
        ('To', 'Sarah Whitfield <sarah.whitfield@northwind-analytics.com>'),
        ('Subject', 'RE: AWS cert accounts'),
        ('Thread-Topic', 'AWS cert accounts'),
        ('Thread-Index', 'AQHcKF' + rb64(30)),
        ('Date', format_datetime(sent)),
        ('Message-ID', f'<{mbx}{rhex(12).upper()}@{mbx}.namprd11.prod.outlook.com>'),
        ('References', f'<{mbx}A1{rhex(10).upper()}@{mbx}.namprd11.prod.outlook.com>\n <PH0PR11MB5191{rhex(12).upper()}@PH0PR11MB5191.namprd11.prod.outlook.com>'),
        ('In-Reply-To', f'<PH0PR11MB5191{rhex(12).upper()}@PH0PR11MB5191.namprd11.prod.outlook.com>'),
        ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
        ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
        ('X-MS-Exchange-Organization-AuthSource', f'{mbx}.namprd11.prod.outlook.com'),
    ]
    return 'colleague-reply', assemble(body, hs), label('unrelated', None, ['AWS03857720', 'AWS06120977'], False, 'en')


@mail
def m040():
    sent = T('2025-03-10 14:52:03')
    subj = f'RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance'
    htm = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hi Daniel,</p>
<p>Thanks for confirming, and for your patience while we worked on this.</p>
<p>We’ve finished combining your two certification profiles. Everything that was on aws-01127593 now lives under aws 06604139 – including your AWS Certified Machine Learning – Specialty, your exam history and the remaining benefits. The retired profile can’t be used to sign in any more.</p>
<p>Your Credly badge will follow within a few business days. If it hasn’t arrived by next week, reply here and we’ll look into it.</p>
<p>Kind regards,<br>Reyes C.<br>AWS Training and Certification</p>
</body></html>
'''
    body = part(htm, 'html', charset='UTF-8', label='iso-8859-1', cte='quoted-printable')
    hs = ses_mail(DANIEL, sent, subj, provider='fastmail')
    return 'profiles-combined-html', assemble(body, hs), label('merge_completed', CASE_D, ['AWS01127593', 'AWS06604139'], True, 'en')


# ---- mails 041-060 (exec'd by make_set.py)

C_SUBJ = '認定アカウントが2つあるため1つにまとめたい'
C_DONE = '''佐藤 美咲 様

いつもお世話になっております。AWS トレーニングと認定の山口です。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの統合が完了しました。
AWS03318847 に登録されていた認定資格および受験履歴は、すべて AWS05562091 へ移行いたしました。AWS03318847 は無効となり、今後はサインインにご利用いただけません。

Credly のデジタルバッジにつきましては、数日以内に AWS05562091 に登録されているメールアドレス宛てに再発行のご案内が届く予定です。

ほかにご不明な点がございましたら、本ケースよりお知らせください。

よろしくお願いいたします。

山口
Amazon Web Services'''

E_CONFIRM = f'''Hello Koji,

Thank you for your patience, and please excuse us for replying in English.

We have reviewed both certification accounts:

  Primary account (will be kept): AWS08815402
  Secondary account (will be merged into the primary and closed): AWS02209376

All certifications, exam history and benefits from AWS02209376 will be moved to AWS08815402. Please note that this process is irreversible.

Could you please reply to this e-mail to confirm that the information above is correct and that we may proceed?

Best regards,
Ananya S.
AWS Training and Certification'''


@mail
def m041():
    sent = T('2025-12-02 04:18:50')
    to = KOJI[1]
    ip = '159.182.1.' + str(R.randint(20, 90)); host = f'mta{R.randint(1, 9)}.pearsonvue.com'
    mf = f'bounce-{R.randint(100000, 999999)}@pearsonvue.com'
    items = [f'spf=pass smtp.mailfrom={mf}', 'dkim=pass header.d=pearson.com header.s=pvue2023', 'dmarc=pass header.from=pearson.com']
    text = '''田中 浩二 様

ピアソンVUEをご利用いただき、ありがとうございます。
以下のとおり、試験の予約変更を承りました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
言語: 日本語
日時: 2025年12月20日（土） 13:00 日本標準時
会場: ピアソン・プロフェッショナル・センター 東京（新宿）

登録ID: 498231774

当日は予約時間の15分前までにご来場ください。本人確認書類を2点お持ちいただく必要があります。

ピアソンVUE
'''
    body = part(text, charset='ISO-2022-JP', cte='7bit')
    hs = simple_trace(to, sent, 'mx-in.nifty.com', 'mfilter-aa02.mail.nifty.com', host, ip, mf, items) + [
        ('DKIM-Signature', dkim('pearson.com', 'pvue2023', sent)),
        ('From', addr('ピアソンVUE', 'pearsonvuecustomerservice@pearson.com', 'ISO-2022-JP')),
        ('To', to),
        ('Subject', ew('試験予約の変更確認', 'ISO-2022-JP') + '\n ' + ew('（AWS Certification）', 'ISO-2022-JP')),
        ('Date', rfc(sent, JST)),
        ('Message-ID', f'<{R.randint(10**9, 10**10)}.{R.randint(1000, 9999)}.JavaMail.svc_mail@pvprdmta0{R.randint(1, 4)}>'),
    ]
    return 'ja-exam-reschedule-confirmed', assemble(body, hs), label('unrelated', None, [], False, 'ja')


@mail
def m042():
    sent = T('2025-10-21 13:00:37')
    fake_case = '176104532700662'
    ip = '45.89.230.' + str(R.randint(10, 250)); host = f'smtp{R.randint(1, 9)}.campaign-relay.net'
    ar = ar_o365(ip, 'campaign-relay.net', 'pass', 'campaign-relay.net', 'fail', 'quarantine', 'amazon.com', 'fail', '000')
    text = '''Hello,

Thank you for contacting AWS Training and Certification about your accounts AWS05023391 and AWS05023398.

Before we can go any further with your request, we need to verify that you own both accounts. Please reply to this e-mail with:

- the password you currently use for each account
- your date of birth and the last 4 digits of the card used to pay for your most recent exam

Requests that are not verified within 2 business days will be closed.

Best regards,
AWS Training and Certification
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = o365_trace(sent, host, ip, 'campaign-relay.net', ar) + [
        ('DKIM-Signature', dkim('campaign-relay.net', 'cr1', sent)),
        ('Sender', '"AWS T&C" <bounce-8812@campaign-relay.net>'),
        ('From', addr(AWS_NAME, FORM)),
        ('Reply-To', 'aws-tc-verification@campaign-relay.net'),
        ('To', SARAH[1]),
        ('Subject', f'RE:[CASE {fake_case}] [AWS Training and Certification Form Submission] - account-assistance'),
        ('Date', rfc(sent)),
        ('Message-ID', f'<{rhex(12)}.{rhex(8)}@campaign-relay.net>'),
    ] + o365_tail(sent)
    return 'ownership-verification', assemble(body, hs), label('support_reply', fake_case, ['AWS05023391', 'AWS05023398'], False, 'en')


@mail
def m043():
    sent = T('2026-01-23 05:40:11')
    subj = f'RE:[CASE {CASE_C}] ' + ew(C_SUBJ, 'UTF-8', chunk=8)
    text = f'''{C_DONE}

本ケースに関する今後のお問い合わせは、以下の URL から AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=ja

※このメールは送信専用アドレスから送信されています。
'''
    body = alt(part(text, cte='base64'), part(to_html(text, 'ja'), 'html', cte='base64'))
    hs = ses_mail(MISAKI, sent, subj, from_addr=NOREPLY, provider='jp', authserv='mtasv.biglobe.ne.jp', mx='mfilter.biglobe.ne.jp')
    return 'ja-records-moved', assemble(body, hs), label('merge_completed', CASE_C, ['AWS03318847', 'AWS05562091'], True, 'ja')


@mail
def m044():
    sent = T('2025-06-19 17:44:20')
    subj = f'Amazon Web Services: Your Support case {CASE_U7} has been resolved'
    text = f'''Hello,

Your AWS Support case {CASE_U7} "Unexpected charges for S3 Glacier Deep Archive retrievals in June" has been resolved.

Was your issue resolved?
Yes: https://console.aws.amazon.com/support/feedback?displayId={CASE_U7}&resolved=yes
No: https://console.aws.amazon.com/support/feedback?displayId={CASE_U7}&resolved=no

It takes less than a minute to tell us how we did, and your answers help us improve AWS Support.

If you still need help with this issue, you can reopen the case within 14 days from the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_U7}&language=en

Thank you for using Amazon Web Services.

Amazon Web Services
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = ses_mail(SARAH, sent, subj, from_addr=NOREPLY, provider='o365')
    return 'billing-case-resolved', assemble(body, hs), label('unrelated', CASE_U7, [], True, 'en')


@mail
def m045():
    sent = T('2025-11-25 15:03:12')
    htm = '''<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f6f7f9;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">
<img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="120">
<h1 style="font-size:24px">Your skills are in demand, Julien</h1>
<p>Employers are looking for people with the skills your badges verify. This week we found <b>1,240 open roles</b> that match your AWS badges.</p>
<p><a href="https://www.credly.com/jobs?utm_source=newsletter" style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Explore matching jobs</a></p>
<h2 style="font-size:18px">Make your profile stand out</h2>
<p>Add your badges to LinkedIn in one click and turn on "Open to opportunities" so recruiters can find you.</p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 Pennsylvania Plaza, Suite 1600, New York, NY 10119<br>
<a href="https://www.credly.com/earner/settings/notifications">Unsubscribe from marketing e-mails</a></p>
</div></body></html>
'''
    body = part(htm, 'html', cte='base64')
    hs = credly_headers(JULIEN, sent, 'Julien, 1,240 open roles match your badges', from_name='Credly', from_addr='news@credly.com')
    return 'jobs-matching-badges', assemble(body, hs), label('unrelated', None, [], True, 'en')


@mail
def m046():
    sent = T('2025-12-10 01:00:00')
    ip = ses_ip(); host = ses_host(ip); mid = ses_id(sent); mf = f'{mid}@bounces.amazon.com'
    items = [f'spf=pass smtp.mailfrom={mf}', f'dkim=pass header.d=amazon.com header.s={AMZ_SEL}', 'dmarc=pass header.from=amazon.com']
    htm = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body style="font-family:'Meiryo',sans-serif;font-size:14px">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;color:#ffffff;padding:16px;font-size:20px">AWS トレーニングと認定 ニュースレター 2025年12月号</td></tr>
<tr><td style="padding:16px">
<h3>■ 新しい認定試験のご案内</h3>
<p>AWS Certified Generative AI Developer - Professional の日本語版の提供を開始しました。試験の予約は AWS 認定アカウントから行えます。</p>
<h3>■ 年末年始の学習に</h3>
<p>AWS Skill Builder で、試験準備プランと模擬問題集を無料でご利用いただけます。</p>
<h3>■ よくあるご質問から</h3>
<p>Q. 認定アカウントを複数作成してしまいました。<br>
A. 別々のメールアドレスで作成された認定アカウントは、お問い合わせフォームからご依頼いただくことで 1 つにまとめることができます。</p>
<p style="font-size:11px;color:#687078">本メールは送信専用です。配信停止をご希望の方は<a href="https://pages.awscloud.com/communication-preferences-jp">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</td></tr></table></body></html>
'''
    body = part(htm, 'html', charset='Shift_JIS', cte='quoted-printable')
    hs = simple_trace(KOJI[1], sent, 'mx-in.nifty.com', 'mfilter-aa01.mail.nifty.com', host, ip, mf, items) + [
        ('DKIM-Signature', dkim('amazon.com', AMZ_SEL, sent)),
        ('From', addr('AWS トレーニングと認定', 'aws-marketing-email-replies@amazon.com', 'Shift_JIS')),
        ('To', KOJI[1]),
        ('Subject', ew('【AWS トレーニングと認定】12月のお知らせ：新しい認定試験と学習リソース', 'Shift_JIS', chunk=12)),
        ('Date', rfc(sent, JST)), ('Message-ID', f'<{mid}@email.amazonses.com>'),
        ('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences-jp>'),
    ]
    return 'ja-december-newsletter', assemble(body, hs), label('unrelated', None, [], True, 'ja')


@mail
def m047():
    sent = T('2025-11-05 23:30:26')
    subj = f'RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance'
    text = f'''{E_CONFIRM}

On Wed, Nov 5, 2025 at 7:58 AM 田中 浩二 <{KOJI[1]}> wrote:
> お世話になっております。田中です。
> 追加の情報をお送りします。
>
> 旧アカウントのログインメールアドレス: k.tanaka@sakura-denshi.co.jp
> 旧アカウントの受験者ID: AWS 02209376
> 残したいアカウント: aws08815402（現在のメールアドレスで登録）
>
> よろしくお願いいたします。
>
> On Tue, Nov 4, 2025 at 10:47 PM Amazon Web Services <{FORM}> wrote:
> > Hello,
> >
> > Thank you for contacting AWS Training and Certification.
> >
> > This is an automated message to let you know that your request has been logged under reference number {CASE_E}. A member of our team will review it and get back to you, typically within 24 hours (Monday to Friday).
> >
> > Regards,
> > AWS Training and Certification
'''
    body = part(text, cte='quoted-printable')
    hs = ses_mail(KOJI, sent, subj, provider='jp', authserv='mfilter-aa02.mail.nifty.com', mx='mx-in.nifty.com')
    return 'primary-secondary-confirm', assemble(body, hs), label('merge_confirmation_requested', CASE_E, ['AWS08815402', 'AWS02209376'], True, 'en')


@mail
def m048():
    sent = T('2025-06-01 12:40:05')
    ip = '172.245.' + str(R.randint(10, 250)) + '.' + str(R.randint(10, 250)); host = 'mail.credly-notifications.net'
    mf = 'bounce@credly-notifications.net'
    ar = ar_google(mf, ip, [('pass', 'credly-notifications.net', 'mail')], 'pass', ('pass', 'NONE', 'NONE', 'NONE'), 'credly-notifications.net')
    text = '''Hi Kenta,

Following your AWS Certification account merge, 3 badges were moved to your profile and are ready to accept:

- AWS Certified Developer - Associate
- AWS Certified SysOps Administrator - Associate
- AWS Certified Cloud Practitioner

Accept your badges: https://credly-notifications.net/earner/accept?t=Zm9vYmFy

The Credly Team
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = gmail_trace(KENTA[1], sent, host, ip, mf, ar) + [
        ('DKIM-Signature', dkim('credly-notifications.net', 'mail', sent)),
        ('From', '"AWS Training and Certification via Credly" <admin@credly-notifications.net>'),
        ('To', KENTA[1]),
        ('Subject', 'Kenta, your badges from your merged AWS account are ready'),
        ('Date', rfc(sent)), ('Message-ID', f'<{rhex(16)}@credly-notifications.net>'),
    ]
    return 'badges-ready-merged-account', assemble(body, hs), label('credly_badge_issued', None, [], False, 'en')


@mail
def m049():
    sent = T('2026-01-26 06:00:14')
    subj = 'Amazon Web Services: ' + ew(f'サポートケース {CASE_C} は解決済みになりました', 'ISO-2022-JP', chunk=14)
    text = f'''Amazon Web Services をご利用いただきありがとうございます。

サポートケース {CASE_C}「{C_SUBJ}」は、解決済みとしてクローズされました。

今回のサポートはお役に立ちましたか？
  はい: https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&resolved=yes&language=ja
  いいえ: https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&resolved=no&language=ja

お寄せいただいたご意見は、サポート品質の向上のために活用させていただきます。ご回答にかかる時間は 1 分ほどです。

同じ内容について引き続きサポートが必要な場合は、14 日以内であれば AWS サポートセンターからケースを再開できます。
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=ja

Amazon Web Services
'''
    body = alt(part(text, charset='ISO-2022-JP', cte='7bit'), part(to_html(text, 'ja'), 'html', cte='quoted-printable'))
    hs = ses_mail(MISAKI, sent, subj, from_addr=NOREPLY, provider='jp', authserv='mtasv.biglobe.ne.jp', mx='mfilter.biglobe.ne.jp')
    return 'ja-case-closed', assemble(body, hs), label('survey', CASE_C, [], True, 'ja')


@mail
def m050():
    sent = T('2026-03-05 02:10:44')
    subj = f'RE:[CASE {CASE_U6}] [AWS Training and Certification Form Submission] - certification-benefits'
    text = '''Hello Kenta,

Thank you for contacting AWS Training and Certification, and congratulations on your new certification!

I checked AWS01839275 and the benefits for your AWS Certified Solutions Architect - Professional are now available under the Benefits tab. The delay was caused by a synchronisation issue between the test delivery provider and our certification system after your exam on 28 February; it has been corrected.

Your benefits include a 50% discount voucher for your next exam and access to the AWS Certified Store. The voucher is valid until the expiration date of this certification.

Best regards,
Ananya S.
AWS Training and Certification
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = ses_mail(KENTA, sent, subj)
    return 'benefits-now-available', assemble(body, hs), label('unrelated', CASE_U6, ['AWS01839275'], True, 'en')


@mail
def m051():
    sent = T('2025-12-11 10:22:58')
    ip = '192.30.252.' + str(R.randint(200, 215)); host = f'out-{R.randint(20, 28)}.smtp.github.com'
    mf = 'noreply@github.com'
    ar = ar_google(mf, ip, [('pass', 'github.com', 'pf2023')], 'pass', ('pass', 'REJECT', 'REJECT', 'NONE'), 'github.com')
    text = '''mkovacs left a comment (kestrel-oss/certmail-parser#58)

Confirmed on 0.9.3. When the support case mail says the merge is complete and the case id has 15 digits, the parser only keeps the first 11 digits and then can't match the mail to the open case. Older 11-digit ids work fine.

I think the regex in `case_id.py` still has `\\d{10,11}`. Happy to send a PR with a test fixture (anonymised).

—
Reply to this email directly, view it on GitHub:
https://github.com/kestrel-oss/certmail-parser/issues/58#issuecomment-2549013377
You are receiving this because you are subscribed to this thread.
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = gmail_trace(JULIEN[1], sent, host, ip, mf, ar) + [
        ('DKIM-Signature', dkim('github.com', 'pf2023', sent)),
        ('Date', rfc(sent, PT)),
        ('From', '"Marko Kovacs" <notifications@github.com>'),
        ('Reply-To', 'kestrel-oss/certmail-parser <reply+ABCD5QXZ7Y3KJ2N4PWRWHUVBNHHKBNZ7LM@reply.github.com>'),
        ('To', 'kestrel-oss/certmail-parser <certmail-parser@noreply.github.com>'),
        ('Cc', 'Subscribed <subscribed@noreply.github.com>'),
        ('Message-ID', '<kestrel-oss/certmail-parser/issues/58/2549013377@github.com>'),
        ('In-Reply-To', '<kestrel-oss/certmail-parser/issues/58@github.com>'),
        ('References', '<kestrel-oss/certmail-parser/issues/58@github.com>'),
        ('Subject', 'Re: [kestrel-oss/certmail-parser] Case id truncated when the merge-complete mail\n arrives (Issue #58)'),
        ('List-ID', 'kestrel-oss/certmail-parser <certmail-parser.kestrel-oss.github.com>'),
        ('X-GitHub-Reason', 'subscribed'),
    ]
    return 'issue-comment', assemble(body, hs), label('unrelated', None, [], False, 'en')


@mail
def m052():
    sent = T('2025-07-22 06:14:39')
    ip = '193.233.' + str(R.randint(10, 250)) + '.' + str(R.randint(10, 250)); host = 'mx.aws-billing-notice.com'
    ar = ar_o365(ip, 'aws-billing-notice.com', 'pass', 'aws-billing-notice.com', 'pass', 'none', 'aws-billing-notice.com', 'pass', '100')
    text = '''Dear AWS Customer,

We were unable to process the payment for your most recent AWS invoice. To avoid interruption, your AWS account and all running resources will be suspended within 24 hours.

Please update your payment information immediately:
https://aws-billing-notice.com/billing/paymentmethods?account=verify

Thank you,
AWS Billing and Cost Management
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = o365_trace(sent, host, ip, 'aws-billing-notice.com', ar) + [
        ('DKIM-Signature', dkim('aws-billing-notice.com', 'default', sent)),
        ('From', '"AWS Billing" <billing-alerts@aws-billing-notice.com>'),
        ('To', SARAH[1]),
        ('Subject', 'Action required: your AWS account will be suspended'),
        ('Date', rfc(sent)), ('Message-ID', f'<{rhex(20)}@aws-billing-notice.com>'),
    ] + o365_tail(sent)
    return 'payment-failed-warning', assemble(body, hs), label('unrelated', None, [], False, 'en')


@mail
def m053():
    sent = T('2025-03-11 08:20:16')
    htm = '''<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f6f7f9;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/ml-specialty.png" alt="AWS Certified Machine Learning – Specialty" width="140">
<h1 style="font-size:22px">Daniel, your badge is ready</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:<br><b>AWS Certified Machine Learning – Specialty</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/9b1e7c54-2f0a-4c1d-8a6e-3d5f7b2c9e10" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p>Once accepted, you can share it on LinkedIn, add it to your e-mail signature or download a certificate.</p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 Pennsylvania Plaza, Suite 1600, New York, NY 10119</p>
</div></body></html>
'''
    body = part(htm, 'html', cte='base64')
    hs = credly_headers(DANIEL, sent, 'Daniel, accept your AWS Certified Machine Learning - Specialty badge',
                        provider='fastmail', from_name='Amazon Web Services Training and Certification via Credly')
    return 'accept-your-badge', assemble(body, hs), label('credly_badge_issued', None, [], True, 'en')


@mail
def m054():
    sent = T('2026-01-23 07:58:31')
    orig = T('2026-01-23 05:40:11')
    boss = 'yamamoto.k@tsubasa-sys.co.jp'
    text = f'''山本さん

お疲れさまです。佐藤です。

AWS 認定アカウントの件、統合が完了したと連絡がありましたので共有します。
今後は AWS05562091 の方で資格を管理します（旧 AWS03318847 は使えなくなりました）。
お手数ですが、社内の資格管理表の受験者IDも更新をお願いできますでしょうか。

佐藤


-------- 転送メッセージ --------
件名: 	RE:[CASE {CASE_C}] {C_SUBJ}
日付: 	{rfc(orig, JST)}
差出人: 	Amazon Web Services <{NOREPLY}>
宛先: 	{MISAKI[1]}



{C_DONE}
'''
    body = part(text, cte='quoted-printable', params='format=flowed')
    hs = [
        ('Message-ID', f'<{ruuid()}@kfa.biglobe.ne.jp>'),
        ('Date', rfc(sent, JST)),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Content-Language', 'ja'),
        ('To', addr('山本 健一', boss, 'UTF-8')),
        ('From', addr(*MISAKI, charset='UTF-8')),
        ('Subject', 'Fwd: RE:[CASE ' + CASE_C + '] ' + ew(C_SUBJ, 'UTF-8', chunk=10)),
        ('References', f'<{ses_id(orig)}@email.amazonses.com>'),
        ('X-Forwarded-Message-Id', f'<{ses_id(orig)}@email.amazonses.com>'),
    ]
    return 'ja-fwd-to-manager', assemble(body, hs), label('unrelated', CASE_C, ['AWS05562091', 'AWS03318847'], None, 'ja')


@mail
def m055():
    sent = T('2025-07-09 12:40:17')
    subj = f'RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - account-assistance'
    text = '''Hello Priya,

Thank you for your patience.

I wanted to give you a quick update: your request to combine AWS09473015 and AWS04058826 is still with our certification operations team. Because one of the accounts has an exam scheduled for next week, they need to check a few details before anything can be changed. I'll write again as soon as I have more information - no action is needed from you at this time.

Best regards,
Reyes C.
AWS Training and Certification
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = ses_mail(PRIYA, sent, subj, provider='none')
    return 'status-update', assemble(body, hs), label('support_reply', CASE_F, ['AWS09473015', 'AWS04058826'], None, 'en')


@mail
def m056():
    sent = T('2025-12-03 19:26:41')
    fake_case = '5217734409'
    ip = '5.181.80.' + str(R.randint(10, 250)); host = 'mail.amazon-supportcenter.com'
    mf = 'no-reply-aws@amazon-supportcenter.com'
    ar = ar_google(mf, ip, [('pass', 'amazon-supportcenter.com', 'mail')], 'pass', ('pass', 'NONE', 'NONE', 'NONE'), 'amazon-supportcenter.com')
    text = f'''Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case {fake_case} to address your issue.

Case ID: {fake_case}
Subject: Certification account merge request
Severity: General guidance

If you did not request this merge, cancel it immediately, otherwise your certification history may be lost:
https://amazon-supportcenter.com/support/home/case/cancel?displayId={fake_case}

Best regards,
Amazon Web Services
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = gmail_trace(JULIEN[1], sent, host, ip, mf, ar) + [
        ('DKIM-Signature', dkim('amazon-supportcenter.com', 'mail', sent)),
        ('From', addr(AWS_NAME, 'no-reply-aws@amazon-supportcenter.com')),
        ('To', JULIEN[1]),
        ('Subject', f'Amazon Web Services: You have opened a new Support case: {fake_case}'),
        ('Date', rfc(sent)), ('Message-ID', f'<{rhex(24)}@amazon-supportcenter.com>'),
    ]
    return 'new-case-cancel-link', assemble(body, hs), label('case_created', fake_case, [], False, 'en')


@mail
def m057():
    sent = T('2025-06-02 09:37:22')
    text = '''Hi Kenta,

You're almost done. Click the button below to finish merging your Credly accounts. All badges from the account registered to k.morimoto@hoshino-denki.co.jp will be moved into this account, and the other account will be closed.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=c2a9e1f04b7d

This link expires in 24 hours. If you didn't start an account merge, you can ignore this e-mail.

The Credly Team
'''
    htm = to_html(text.replace('Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=c2a9e1f04b7d', 'BTN'))
    htm = htm.replace('<p>BTN</p>', '<p><a href="https://www.credly.com/users/account_merge/confirm?token=c2a9e1f04b7d" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Complete Account Merge</a></p>')
    body = alt(part(text), part(htm, 'html'))
    hs = credly_headers(KENTA, sent, 'Complete your Credly account merge')
    return 'finish-account-merge', assemble(body, hs), label('unrelated', None, [], True, 'en')


@mail
def m058():
    sent = T('2026-02-20 00:31:05')
    ip = '91.92.' + str(R.randint(240, 250)) + '.' + str(R.randint(10, 250)); host = 'smtp.aws-voucher-jp.com'
    mf = 'info@aws-voucher-jp.com'
    items = [f'spf=pass smtp.mailfrom={mf}', 'dkim=none', 'dmarc=none header.from=aws-voucher-jp.com']
    text = '''佐藤 美咲 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。

お客様の認定特典である「50%割引受験バウチャー」の有効期限が、あと 3 日で終了します。
期限内にご利用いただけない場合、バウチャーは失効し、再発行はできません。

下記のページから、受験者ID（AWS から始まる番号）とパスワードでサインインし、有効期限の延長手続きを行ってください。
https://aws-voucher-jp.com/certification/benefits/extend

AWS トレーニングと認定
'''
    body = part(text, charset='ISO-2022-JP', cte='7bit')
    hs = simple_trace(MISAKI[1], sent, 'mfilter.biglobe.ne.jp', 'mtasv.biglobe.ne.jp', host, ip, mf, items) + [
        ('From', addr('AWS トレーニングと認定', mf, 'ISO-2022-JP')),
        ('To', MISAKI[1]),
        ('Subject', ew('【重要】50%割引バウチャーの有効期限が迫っています', 'ISO-2022-JP', chunk=13)),
        ('Date', rfc(sent, JST)), ('Message-ID', f'<{rhex(18)}@aws-voucher-jp.com>'),
    ]
    return 'ja-voucher-expiring', assemble(body, hs), label('unrelated', None, [], False, 'ja')


@mail
def m059():
    sent = T('2025-11-06 05:40:33')
    subj = f'RE:[CASE {CASE_E}] ' + ew('受験者アカウントの一本化について', 'ISO-2022-JP', chunk=8)
    quoted_confirm = '\n'.join(('> > ' + l) if l else '> >' for l in E_CONFIRM.split('\n'))
    text = f'''田中 浩二 様

AWS トレーニングと認定の林です。
ご返信いただき、ありがとうございました。

ご依頼いただいた受験者アカウントの一本化が完了いたしました。旧アカウントの認定資格および受験履歴は、現在ご利用中のアカウントへ移行いたしました。今後はこちらのアカウント（AWS08815402）でサインインしてください。

Credly のバッジが 1 週間以内に届かない場合は、お手数ですが本メールにご返信ください。

林
AWS Training and Certification

2025年11月6日(木) 9:12 田中 浩二 <{KOJI[1]}>:
> 内容に相違ありません。統合を進めてください。
> The details are correct. Please proceed with the merge.
>
> 田中
>
> 2025年11月6日(木) 8:30 Amazon Web Services <{FORM}>:
{quoted_confirm}
'''
    body = part(text, charset='ISO-2022-JP', cte='7bit')
    hs = ses_mail(KOJI, sent, subj, provider='jp', authserv='mfilter-aa02.mail.nifty.com', mx='mx-in.nifty.com')
    return 'ja-single-account-now', assemble(body, hs), label('merge_completed', CASE_E, ['AWS08815402'], True, 'ja')


@mail
def m060():
    sent = T('2025-08-12 14:03:30')
    ip = '192.161.147.' + str(R.randint(1, 60)); host = f'outbyoip{R.randint(1, 30)}.pod{R.randint(10, 30)}.use1.zdsys.com'
    mf = f'support+id{R.randint(10**6, 10**7)}@learnstack.zendesk.com'
    ar = ar_google(mf, ip, [('pass', 'learnstack.io', 'zendesk1'), ('pass', 'zendesk.com', 'zendesk1')], 'pass', ('pass', 'NONE', 'NONE', 'NONE'), 'learnstack.io')
    text = '''##- Please type your reply above this line -##

Hi Julien,

Good news - we've merged your two accounts. All courses, progress and certificates of completion from julien.laurent@alumni.insa-lyon.fr are now available when you sign in with jlaurent.cloud@gmail.com. The old login has been disabled.

If anything looks off, just reply to this message.

Best,
Maya
LearnStack Support

How would you rate the support you received?
Good, I'm satisfied: https://support.learnstack.io/requests/rate?score=good
Bad, I'm unsatisfied: https://support.learnstack.io/requests/rate?score=bad
'''
    body = alt(part(text), part(to_html(text), 'html'))
    hs = gmail_trace(JULIEN[1], sent, host, ip, mf, ar) + [
        ('DKIM-Signature', dkim('learnstack.io', 'zendesk1', sent)),
        ('DKIM-Signature', dkim('zendesk.com', 'zendesk1', sent)),
        ('Date', rfc(sent)),
        ('From', 'Maya (LearnStack Support) <support@learnstack.io>'),
        ('Reply-To', 'LearnStack Support <support+id7734001@learnstack.zendesk.com>'),
        ('To', 'Julien Laurent <jlaurent.cloud@gmail.com>'),
        ('Message-ID', f'<{rhex(5).upper()}{ralnum(6).upper()}_{rhex(13)}_sprut@zendesk.com>'),
        ('In-Reply-To', f'<{rhex(5).upper()}{ralnum(6).upper()}@zendesk.com>'),
        ('Subject', 'Re: Please merge my two accounts'),
        ('X-Mailer', 'Zendesk Mailer'),
    ]
    return 'learning-platform-accounts-merged', assemble(body, hs), label('unrelated', None, [], False, 'en')



def main():
    labels = {}
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    assert len(MAILS) == 60, len(MAILS)
    for i, fn in enumerate(MAILS, 1):
        slug, msg, lab = fn()
        name = f'{i:03d}-{slug}.eml'
        buf = BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(max_line_length=0, linesep='\n')).flatten(msg)
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(buf.getvalue())
        labels[name] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
    print(len(labels), 'mails written')


if __name__ == '__main__':
    main()
