#!/usr/bin/env python3
"""Generator for blind set 273: AWS Certification account-merge mailbox fixtures.

Emphasis: acknowledgements in unusual templates, first replies that ask, status
updates, thanks-we-will-proceed, hand-overs, chasers, new-correspondence and
reopen notices, English and Japanese, look-alikes.
"""
import base64
import json
import os
import random
import re
import sys
import uuid
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.message import MIMEPart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(273)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CEST = timezone(timedelta(hours=2))

LABELS = {}
NEWTEXT = {}
COUNTER = [0]

ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)

# ----------------------------------------------------------------- helpers

def b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def cid15(dt):
    """15-digit case id: unix time of opening + 5 digits."""
    return f"{int(dt.timestamp())}{R.randint(0, 99999):05d}"


def ses_msgid(dt, host='email.amazonses.com', prefix='0100'):
    ms = int(dt.timestamp() * 1000)
    u = str(uuid.UUID(int=R.getrandbits(128), version=4))
    return f"<{prefix}{ms:012x}-{u}-000000@{host}>"


def fold(value, indent='        '):
    """Pre-folded header value: list of lines -> joined with newline+indent."""
    if isinstance(value, (list, tuple)):
        return ('\n' + indent).join(value)
    return value


def enc_header(text, charset='utf-8', maxlen=76):
    """Encoded-word header value (folded over lines if long)."""
    return Header(text, charset, maxlinelen=maxlen).encode(linesep='\n')


def ew(text, charset='Shift_JIS', enc='B', chunk=12):
    """Hand-made encoded words (own charset label), chunk characters each, folded."""
    codec = {'Shift_JIS': 'shift_jis', 'UTF-8': 'utf-8', 'ISO-2022-JP': 'iso-2022-jp',
             'EUC-JP': 'euc_jp'}.get(charset, charset)
    words = []
    for i in range(0, len(text), chunk):
        raw = text[i:i + chunk].encode(codec)
        if enc == 'B':
            words.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            q = ''.join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                        ('_' if b == 32 else f"={b:02X}") for b in raw)
            words.append(f"=?{charset}?Q?{q}?=")
    return '\n '.join(words)


def addr(name, email, charset=None):
    if name is None:
        return email
    if charset:
        return f"{enc_header(name, charset)} <{email}>"
    if re.search(r'[^A-Za-z0-9 .\-]', name):
        return f'"{name}" <{email}>'
    return f'"{name}" <{email}>' if ' ' in name else f"{name} <{email}>"


def dkim_sig(d, s, dt, hdrs='From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date',
             c='relaxed/simple', extra=''):
    t = int(dt.timestamp())
    lines = [f"v=1; a=rsa-sha256; q=dns/txt; c={c};",
             f"s={s}; d={d}; t={t};{extra}",
             f"h={hdrs};",
             f"bh={b64(32)};",
             f"b={b64(90)}",
             f"{b64(80)}",
             f"{b64(86)}"]
    return ('DKIM-Signature', '\n\t'.join(lines))


def ses_dkims(dt, d='amazon.com'):
    sel = {'amazon.com': 'zvcjd4wgmxsmwfqyy2kchtqj4bmcmvbc',
           'aws.com': 'lw6n4dvkmx3rk2oq7sgtvgzqp5qvmewd'}.get(d, 'pqx2u7mp3ghq6y')
    return [dkim_sig(d, sel, dt),
            dkim_sig('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', dt,
                     hdrs='From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')]


def ses_source(dt):
    last = R.choice([21, 31, 34, 37, 44, 45, 50, 53, 62, 71, 77, 83])
    ip = f"54.240.8.{last}"
    host = f"a8-{last}.smtp-out.amazonses.com"
    mailfrom = ses_msgid(dt, host='amazonses.com').strip('<>')
    return dict(ip=ip, host=host, mailfrom=mailfrom, mfdomain='amazonses.com')


# --------------------------------------------------------- transport layers

def ar_gmail(auth):
    parts = ['mx.google.com;']
    for res, d, sel in auth.get('dkim', []):
        parts.append(f"dkim={res} header.i=@{d} header.s={sel} header.b={b64(6)[:8]};")
    if auth.get('spf'):
        res, mf, ip = auth['spf']
        dom = mf.split('@')[-1]
        verb = {'pass': 'designates', 'fail': 'does not designate',
                'softfail': 'does not designate', 'neutral': 'is neither permitted nor denied by best guess record for'}[res]
        if res == 'neutral':
            parts.append(f"spf={res} (google.com: {ip} {verb} domain of {mf}) smtp.mailfrom={mf};")
        else:
            parts.append(f"spf={res} (google.com: domain of {mf} {verb} {ip} as permitted sender) smtp.mailfrom={mf};")
    if auth.get('dmarc'):
        res, pol, frm = auth['dmarc']
        parts.append(f"dmarc={res} (p={pol} sp={pol} dis={'NONE' if res == 'pass' else pol}) header.from={frm}")
    v = '\n       '.join(parts).rstrip(';')
    return ('Authentication-Results', v)


def ar_outlook(auth):
    bits = []
    if auth.get('spf'):
        res, mf, ip = auth['spf']
        bits.append(f"spf={res} (sender IP is {ip})\n smtp.mailfrom={mf.split('@')[-1]};")
    for res, d, sel in auth.get('dkim', []):
        if res == 'none':
            bits.append("dkim=none (message not signed)\n header.d=none;")
            continue
        why = 'signature was verified' if res == 'pass' else 'body hash did not verify'
        bits.append(f"dkim={res} ({why})\n header.d={d};")
    if auth.get('dmarc'):
        res, pol, frm = auth['dmarc']
        act = 'none' if res == 'pass' else ('quarantine' if pol == 'QUARANTINE' else 'none')
        bits.append(f"dmarc={res} action={act}\n header.from={frm};")
    comp = 'pass reason=100' if auth.get('dmarc', ('pass',))[0] == 'pass' else 'fail reason=000'
    bits.append(f"compauth={comp}")
    v = ''.join(bits)
    return ('Authentication-Results', v)


def ar_generic(authserv, auth, sep=';\n\t'):
    parts = []
    if auth.get('spf'):
        res, mf, ip = auth['spf']
        parts.append(f"spf={res} smtp.mailfrom={mf.split('@')[-1]}")
    for res, d, sel in auth.get('dkim', []):
        parts.append(f"dkim={res} header.d={d}")
    if auth.get('dmarc'):
        res, pol, frm = auth['dmarc']
        parts.append(f"dmarc={res} header.from={frm}")
    return ('Authentication-Results', authserv + sep + sep.join(parts))


def transport(provider, dt, to, src, auth):
    """Headers added on the receiving side, top first."""
    H = []
    if provider == 'none':
        return H
    ip, host, mf = src['ip'], src['host'], src['mailfrom']
    if provider == 'gmail':
        rdt = dt.astimezone(PDT if 3 <= dt.month <= 10 else PST) + timedelta(seconds=R.randint(1, 4))
        H.append(('Delivered-To', to))
        H.append(('Received', f"by 2002:a05:6a10:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {hexs(3)}csp{R.randint(100000, 999999)}{hexs(3)};\n        {format_datetime(rdt)}"))
        H.append(('X-Google-Smtp-Source', f"AGHT+I{b64(60)[:86]}"))
        H.append(('X-Received', f"by 2002:a05:620a:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id af79cd13be357-{hexs(10)}.{R.randint(10, 99)}.{R.randint(1000000000000, 9999999999999)};\n        {format_datetime(rdt)}"))
        H.append(('ARC-Seal', f"i=1; a=rsa-sha256; t={int(dt.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64(66)}\n         {b64(60)}=="))
        H.append(('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64(32)};\n        fh={b64(32)};\n        b={b64(66)}\n         {b64(60)}=="))
        a = ar_gmail(auth)[1].replace('mx.google.com;', 'i=1; mx.google.com;', 1)
        H.append(('ARC-Authentication-Results', a))
        H.append(('Return-Path', f"<{mf}>"))
        H.append(('Received', f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {hexs(13)}-{hexs(10)}si{R.randint(1000000, 9999999)}{hexs(3)}.{R.randint(100, 999)}.{rdt.strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {format_datetime(rdt)}"))
        sres = auth.get('spf', ('pass', mf, ip))[0]
        H.append(('Received-SPF', f"{sres} (google.com: domain of {mf} {'designates' if sres == 'pass' else 'does not designate'} {ip} as permitted sender) client-ip={ip};"))
        H.append(ar_gmail(auth))
    elif provider in ('outlook', 'm365'):
        rdt = dt + timedelta(seconds=R.randint(1, 6))
        tag = R.choice(['DM6PR', 'SJ0PR', 'PH0PR', 'BY5PR', 'CH3PR', 'AM6PR'])
        n = R.randint(10, 19)
        box = f"{tag}{n}MB{R.randint(1000, 9999)}.namprd{R.randint(10, 19)}.prod.outlook.com"
        edge = f"{R.choice(['CO1PEPF', 'BN2PEPF', 'SN1PEPF', 'DS3PEPF'])}0000{hexs(4).upper()}.namprd{R.randint(2, 9)}.prod.outlook.com"
        H.append(('Received', f"from {box} (2603:10b6:{hexs(3)}:{hexs(2)}::{hexs(2)}) by\n {tag}{n}MB{R.randint(1000, 9999)}.namprd{R.randint(10, 19)}.prod.outlook.com with HTTPS; {format_datetime(rdt)}"))
        H.append(('Received', f"from {edge} (2603:10b6:{hexs(3)}:cafe::{hexs(2)}) by {box}\n (2603:10b6:{hexs(3)}:{hexs(2)}::{hexs(2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9200)}.{R.randint(10, 40)}; {format_datetime(rdt)}"))
        H.append(ar_outlook(auth))
        sres = auth.get('spf', ('pass', mf, ip))[0]
        H.append(('Received-SPF', f"{sres.capitalize()} ({'protection.outlook.com' if provider == 'm365' else 'protection.outlook.com'}: domain of {mf.split('@')[-1]}\n {'designates' if sres == 'pass' else 'does not designate'} {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={host}; pr=C"))
        H.append(('Received', f"from {host} ({ip}) by\n {edge} (10.167.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9200)}.{R.randint(10, 40)} via Frontend Transport; {format_datetime(rdt)}"))
    elif provider in ('nifty', 'yahoojp', 'biglobe', 'docomo', 'ocn', 'sonet', 'corpjp'):
        rdt = dt.astimezone(JST) + timedelta(seconds=R.randint(1, 9))
        serv = {'nifty': 'mx.nifty.com',
                'yahoojp': f"mta{R.randint(100, 999)}.mail.kks.yahoo.co.jp",
                'biglobe': f"mtain{R.randint(1, 9)}.biglobe.ne.jp",
                'docomo': 'mfsmax.docomo.ne.jp',
                'ocn': 'ocn.ad.jp',
                'sonet': f"mx-b{R.randint(1, 9)}.so-net.ne.jp",
                'corpjp': 'mgw01.hanamichi-sys.co.jp'}[provider]
        inner = {'nifty': f"mta-snd{R.randint(10, 99)}.nifty.com",
                 'yahoojp': f"mtb{R.randint(100, 999)}.mail.kks.yahoo.co.jp",
                 'biglobe': f"mbox{R.randint(10, 99)}.biglobe.ne.jp",
                 'docomo': 'mfsmax-in.docomo.ne.jp',
                 'ocn': f"mfgw{R.randint(1, 20)}.ocn.ad.jp",
                 'sonet': f"pop-store{R.randint(1, 9)}.so-net.ne.jp",
                 'corpjp': 'mail.hanamichi-sys.co.jp'}[provider]
        H.append(('Return-Path', f"<{mf}>"))
        H.append(('Received', f"from {serv} by {inner} with ESMTP\n          id <{rdt.strftime('%Y%m%d%H%M%S')}.{hexs(8).upper()}.{inner}>;\n          {format_datetime(rdt)}"))
        if provider == 'yahoojp':
            H.append(ar_generic('yahoo.co.jp', auth, sep=';  '))
        elif provider == 'docomo':
            H.append(ar_generic(serv, auth, sep='; '))
        else:
            H.append(ar_generic(serv, auth))
        H.append(('Received', f"from {host} ([{ip}])\n\tby {serv} with ESMTP id {hexs(12).upper()}\n\tfor <{to}>; {format_datetime(rdt)}"))
    elif provider == 'isp_noar':
        rdt = dt + timedelta(seconds=R.randint(1, 9))
        H.append(('Return-Path', f"<{mf}>"))
        H.append(('Received', f"from {host} ({host} [{ip}])\n\tby mx3.mail.example-isp.net (Postfix) with ESMTPS id {hexs(10).upper()}\n\tfor <{to}>; {format_datetime(rdt)}"))
    else:
        raise ValueError(provider)
    return H


def amazon_auth(src, dmarc='pass', dkim='pass', d='amazon.com'):
    return {'spf': ('pass', src['mailfrom'], src['ip']),
            'dkim': [(dkim, d, 'zvcjd4wgmxsmwfqyy2kchtqj4bmcmvbc'),
                     ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
            'dmarc': (dmarc, 'QUARANTINE', d)} if dmarc else \
        {'spf': ('pass', src['mailfrom'], src['ip']),
         'dkim': [(dkim, d, 'zvcjd4wgmxsmwfqyy2kchtqj4bmcmvbc')]}


# ------------------------------------------------------------------ bodies

def text(s, subtype='plain', charset='utf-8', cte='quoted-printable', label=None):
    p = MIMEPart(policy=policy.default)
    p.set_content(s, subtype=subtype, charset=charset, cte=cte)
    if label:
        p.set_param('charset', label)
    return p


def multi(subtype, parts, boundary):
    m = MIMEPart(policy=policy.default)
    m['Content-Type'] = f'multipart/{subtype}'
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    return m


def java_boundary(dt):
    return f"----=_Part_{R.randint(1000000, 9999999)}_{R.randint(100000000, 999999999)}.{int(dt.timestamp() * 1000)}"


def gmail_boundary():
    return '000000000000' + hexs(16)


def outlook_boundary():
    return f"_000_{R.choice(['DM6PR', 'SJ0PR', 'TYCPR', 'OS3PR'])}{R.randint(10, 19)}MB{R.randint(1000, 9999)}{hexs(8).upper()}_"


def html_wrap(body_html, lang='en', footer=''):
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body style="margin:0;padding:0;background-color:#f2f3f3;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f3;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#16191f;">
<tr><td style="background:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="Amazon Web Services" width="80" style="display:block;"></td></tr>
<tr><td style="padding:24px;">
{body_html}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;line-height:16px;color:#687078;border-top:1px solid #eaeded;">
{footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def p2h(s):
    """Plain text -> simple HTML paragraphs (keeps line breaks)."""
    from html import escape
    out = []
    for para in s.strip('\n').split('\n\n'):
        out.append('<p style="margin:0 0 12px 0;">' + escape(para).replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


def quote(s, prefix='> '):
    return '\n'.join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in s.split('\n'))


# ------------------------------------------------------------------ writer

def write(slug, *, kind, case_id, lang, sv, new, headers, body, linesep='\n'):
    """headers: list of (name, value) top first; body: MIMEPart tree."""
    COUNTER[0] += 1
    fname = f"{COUNTER[0]:03d}-{slug}.eml"
    head = []
    for k, v in headers:
        if v is None:
            continue
        head.append(f"{k}: {v}")
    pol = policy.default.clone(linesep='\n', max_line_length=78)
    body_bytes = body.as_bytes(policy=pol)
    raw = ('\n'.join(head) + '\n').encode('ascii') + body_bytes
    if linesep == '\r\n':
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(raw)
    ids = sorted({('AWS' + m) for m in ID_RE.findall(new)})
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': ids,
                     'sender_verified': sv, 'language': lang}
    NEWTEXT[fname] = new
    return fname


def aws_headers(*, dt, to, frm, subject, provider, src=None, auth=None,
                dkim_domain='amazon.com', extra_orig=None, forged_ar=None,
                reply_to=None, msgid=None, feedback=True, xmailer=None):
    """Full header list for mail sent through SES (or anything given in src)."""
    src = src or ses_source(dt)
    auth = auth if auth is not None else amazon_auth(src)
    H = transport(provider, dt, to, src, auth)
    if forged_ar:
        H_orig = [('Authentication-Results', forged_ar)]
    else:
        H_orig = []
    if dkim_domain:
        H_orig += ses_dkims(dt, dkim_domain)
    H_orig += [('Date', format_datetime(dt.astimezone(UTC)).replace('-0000', '+0000')),
               ('From', frm)]
    if reply_to:
        H_orig.append(('Reply-To', reply_to))
    H_orig += [('To', to),
               ('Message-ID', msgid or ses_msgid(dt)),
               ('Subject', subject),
               ('MIME-Version', '1.0')]
    if xmailer:
        H_orig.append(('X-Mailer', xmailer))
    if extra_orig:
        H_orig += extra_orig
    if feedback and src.get('mfdomain') == 'amazonses.com':
        H_orig.append(('Feedback-ID', f"::1.us-east-1.{b64(33)[:43]}=:AmazonSES"))
        H_orig.append(('X-SES-Outgoing', f"{dt.strftime('%Y.%m.%d')}-{src['ip']}"))
    return H + H_orig


FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CONSOLE_FOOTER = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""


def dt_(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


# =================================================================== MAILS

# ---------------------------------------------------------------- people
PRIYA = ('Priya Raman', 'priya.raman.dev@gmail.com')
DANIEL = ('Daniel Okafor', 'd.okafor@outlook.com')
WATANABE = ('渡辺 健二', 'k-watanabe@nifty.com')
SATO = ('佐藤 美咲', 'misaki_sato88@yahoo.co.jp')
TOMASZ = ('Tomasz Nowak', 'tomasz.nowak@lumenforge.io')
TAKAHASHI = ('高橋 亮', 'r.takahashi@biglobe.ne.jp')
LENA = ('Lena Fischer', 'lena.fischer.cloud@gmail.com')
YAMADA = ('山田 翔太', 'shota.yamada@hanamichi-sys.co.jp')
MARCUS = ('Marcus Lee', 'marcus.lee@example-isp.net')
ARJUN = ('Arjun Mehta', 'arjun.mehta84@outlook.com')

# case openings
C1_OPEN = dt_(2025, 5, 12, 14, 3, 27)
C1 = cid15(C1_OPEN)
C2_OPEN = dt_(2025, 9, 3, 7, 41, 9)
C2 = cid15(C2_OPEN)
C3_OPEN = dt_(2025, 6, 18, 1, 12, 55)
C3 = cid15(C3_OPEN)
C4_OPEN = dt_(2025, 11, 5, 3, 28, 40)
C4 = cid15(C4_OPEN)
C5_OPEN = dt_(2026, 1, 20, 16, 55, 2)
C5 = cid15(C5_OPEN)
C6 = '10961452371'
C6_OPEN = dt_(2022, 8, 23, 5, 17, 30)
C7_OPEN = dt_(2025, 7, 7, 19, 30, 11)
C7 = cid15(C7_OPEN)
C8_OPEN = dt_(2026, 2, 10, 0, 46, 18)
C8 = cid15(C8_OPEN)
C9 = '6218830471'
C9_OPEN = dt_(2019, 10, 2, 22, 9, 3)
C10_OPEN = dt_(2025, 10, 14, 18, 2, 44)
C10 = cid15(C10_OPEN)

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# ---- 001 form-desk acknowledgement, unusual wording (EN, Gmail)
d = C1_OPEN + timedelta(seconds=41)
new = f"""Hello,

This is an automated note to let you know your request reached us. It has been
logged under reference {C1}, and a member of the AWS Training and
Certification Customer Support team will pick it up shortly - usually within one
business day.

There is nothing you need to do right now. If you want to add details, simply
reply to this e-mail and keep the reference in the subject line so that your
reply lands on the same request. Please do not submit the form a second time for
the same question: every submission becomes a separate case and can slow things
down.

Kind regards,
AWS Training and Certification Customer Support
"""
foot = "You are receiving this e-mail because you submitted the AWS Training and Certification contact form. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210."
body = multi('alternative', [text(new + "\n--\n" + foot + "\n"),
                             text(html_wrap(p2h(new), footer=foot), 'html')], java_boundary(d))
write('form-ack-request-reached-us', kind='case_created', case_id=C1, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=PRIYA[1], frm=FORM_FROM,
                          subject=f"[CASE {C1}] {FORM_SUBJ}", provider='gmail'),
      body=body)

# ---- 002 console: you have opened a new support case (EN, Outlook.com), ids in echoed subject
d = C2_OPEN + timedelta(seconds=12)
new = f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {C2} to address your issue.

The details of your case are as follows:

Case ID: {C2}
Subject: Please combine my two certification profiles
Severity: General guidance
Service: Training and Certification
Category: Certification account

We will respond by e-mail to the address associated with your AWS account. To view
your case, add correspondence or close the case, please sign in to the AWS Support
Center:

https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

Please do not reply to this e-mail. This mailbox is not monitored and cannot accept
replies.

Sincerely,
Amazon Web Services

{CONSOLE_FOOTER}
"""
write('console-opened-new-case', kind='case_created', case_id=C2, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=DANIEL[1], frm=CONSOLE_FROM,
                          subject=f"Amazon Web Services: You have opened a new Support case: {C2}",
                          provider='outlook'),
      body=text(new, cte='7bit', charset='us-ascii'))

# ---- 003 console ack in Japanese (ISO-2022-JP, Yahoo! JAPAN)
d = C4_OPEN + timedelta(seconds=9)
new = f"""アマゾン ウェブ サービスをご利用いただき、誠にありがとうございます。

お問い合わせの内容について、サポートケース {C4} をオープンいたしました。

ケース ID: {C4}
件名: 認定アカウントが2つあるので1つにまとめたい
重要度: 一般的なガイダンス

担当者より、AWS アカウントに登録されているメールアドレス宛てにご連絡いたします。
ケースの内容確認、追記、クローズは AWS サポートセンターから行えます。

https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=ja

※本メールは送信専用アドレスから配信しております。ご返信いただいても対応いたしかねますので、あらかじめご了承ください。

アマゾン ウェブ サービス
"""
write('console-ack-ja-iso2022', kind='case_created', case_id=C4, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=SATO[1], frm=CONSOLE_FROM,
                          subject=enc_header(f"Amazon Web Services: 新しいサポートケースをオープンしました: {C4}", 'iso-2022-jp'),
                          provider='yahoojp'),
      body=text(new, charset='iso-2022-jp', cte='7bit'))

# ---- 004 HTML-only "ticket received" template, no word "opened" (EN, Microsoft 365)
d = C5_OPEN + timedelta(seconds=73)
new = f"""We've got your message

Hi Tomasz,

Thanks for getting in touch with AWS Training and Certification. Your inquiry
reference number is {C5}.

What happens next
1. A specialist reviews your request (typically within 24 hours).
2. We reply to this address. If we need anything else from you, we will say so.
3. You can answer by replying to our e-mail - no need to use the web form again.

Inquiry type: Certification
Topic: Account assistance

AWS Training and Certification
"""
html = f"""<h1 style="font-size:20px;line-height:26px;margin:0 0 16px 0;color:#232f3e;">We&#8217;ve got your message</h1>
<p style="margin:0 0 12px 0;">Hi Tomasz,</p>
<p style="margin:0 0 12px 0;">Thanks for getting in touch with AWS Training and Certification. Your inquiry reference number is <strong>{C5}</strong>.</p>
<p style="margin:16px 0 8px 0;font-weight:bold;">What happens next</p>
<ol style="margin:0 0 12px 20px;padding:0;">
<li>A specialist reviews your request (typically within 24 hours).</li>
<li>We reply to this address. If we need anything else from you, we will say so.</li>
<li>You can answer by replying to our e-mail &#8211; no need to use the web form again.</li>
</ol>
<table role="presentation" cellpadding="4" cellspacing="0" style="font-size:13px;border:1px solid #eaeded;margin:8px 0 16px 0;">
<tr><td style="color:#687078;">Inquiry type</td><td>Certification</td></tr>
<tr><td style="color:#687078;">Topic</td><td>Account assistance</td></tr>
</table>
<p style="margin:0;">AWS Training and Certification</p>"""
write('html-only-we-got-your-message', kind='case_created', case_id=C5, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=TOMASZ[1], frm=FORM_FROM,
                          subject=f"[CASE {C5}] {FORM_SUBJ}", provider='m365'),
      body=text(html_wrap(html, footer="&copy; 2026, Amazon Web Services, Inc. or its affiliates. All rights reserved."), 'html', cte='base64'),
      linesep='\r\n')

# ---- 005 2022 form ack, 11-digit id, duplicate warning (EN, biglobe)
d = C6_OPEN + timedelta(seconds=20)
new = f"""Hello,

Thank you for contacting AWS Training and Certification Customer Support.

Your case number is {C6}. Our team has received your request and will respond
within 1-2 business days.

Important: To help us serve you faster, please do not create a new case for the
same issue. If you have additional information, reply to this email and keep
"[CASE {C6}]" in the subject.

Thank you,
AWS Training and Certification Customer Support
"""
write('form-ack-2022-11digit', kind='case_created', case_id=C6, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=TAKAHASHI[1], frm=FORM_FROM,
                          subject=f"[CASE {C6}] [AWS Training and Certification Form Submission] - certification",
                          provider='biglobe'),
      body=multi('alternative', [text(new, cte='quoted-printable'),
                                 text(html_wrap(p2h(new)), 'html', cte='quoted-printable')], java_boundary(d)))

# ---- 006 Japanese form ack, Shift_JIS base64 (nifty)
d = C3_OPEN + timedelta(seconds=35)
new = f"""渡辺 健二 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。
本メールは、お問い合わせフォームからの送信を受け付けたことをお知らせする自動配信メールです。

　受付番号：{C3}
　お問い合わせ種別：認定 / アカウントのサポート

内容を確認のうえ、担当者より原則として 24 時間以内にご連絡差し上げます。
追加でお伝えいただきたい情報がございましたら、件名の受付番号を変更せずに本メールへご返信ください。
同じ内容で再度フォームを送信されますと、別の受付として扱われ、ご回答が遅れる場合がございます。

今後ともどうぞよろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
"""
write('form-ack-ja-shiftjis', kind='case_created', case_id=C3, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=WATANABE[1], frm=FORM_FROM,
                          subject=ew(f"[CASE {C3}] 【受付完了】AWS トレーニングと認定 お問い合わせ", 'Shift_JIS', chunk=14),
                          provider='nifty'),
      body=text(new, charset='shift_jis', cte='base64', label='Shift_JIS'))

# ---- 007 2019 form ack, 10-digit id, no Authentication-Results at all
d = C9_OPEN + timedelta(seconds=58)
new = f"""Dear Customer,

Thank you for contacting AWS Training and Certification.

We have received your inquiry. Case number {C9} has been assigned to your request.
Please allow up to two business days for one of our Customer Service
Representatives to review it and contact you.

For answers to common questions, visit our FAQ:
https://aws.amazon.com/certification/faqs/

Best regards,
AWS Training and Certification
"""
write('form-ack-2019-10digit-no-auth', kind='case_created', case_id=C9, lang='en', sv=None, new=new,
      headers=aws_headers(dt=d, to=MARCUS[1], frm=FORM_FROM,
                          subject=f"[CASE {C9}] [AWS Training and Certification Form Submission] - certification",
                          provider='isp_noar', feedback=False),
      body=text(new, cte='7bit', charset='us-ascii'))

# ---- 008 look-alike: merge request "registered" + verify link (dmarc passes for the fake domain)
d = dt_(2025, 8, 19, 11, 26, 3)
fake_case = '175560271384402'
src = dict(ip='185.234.216.77', host='mail.aws-certification-support.com',
           mailfrom='bounce@aws-certification-support.com', mfdomain='aws-certification-support.com')
auth = {'spf': ('pass', src['mailfrom'], src['ip']),
        'dkim': [('pass', 'aws-certification-support.com', 'default')],
        'dmarc': ('pass', 'NONE', 'aws-certification-support.com')}
new = f"""AWS Certification - Account Services

Dear Candidate,

Your request to merge your AWS Certification accounts has been registered
(Ticket #{fake_case}).

To prevent the loss of your certifications, exam history and benefits during the
consolidation, you must verify the ownership of both candidate profiles within
24 hours. Unverified requests are cancelled automatically.

Verify my accounts: https://aws-certification-support.com/verify?ticket={fake_case}

Thank you for choosing AWS Certification.
AWS Training & Certification Support Team
"""
html = p2h(new).replace(f"https://aws-certification-support.com/verify?ticket={fake_case}",
                        f'<a href="https://aws-certification-support.com/verify?ticket={fake_case}" style="background:#ff9900;color:#000;padding:8px 14px;text-decoration:none;">VERIFY NOW</a>')
write('lookalike-merge-ticket-registered', kind='case_created', case_id=fake_case, lang='en', sv=False, new=new,
      headers=aws_headers(dt=d, to=PRIYA[1], frm='"AWS Certification" <support@aws-certification-support.com>',
                          subject=f"Ticket #{fake_case}: Your account merge request was registered",
                          provider='gmail', src=src, auth=auth, dkim_domain=None,
                          msgid=f"<{hexs(24)}@aws-certification-support.com>", xmailer='PHPMailer 6.8.0'),
      body=multi('alternative', [text(new), text(html_wrap(html), 'html')], f"b1_{hexs(32)}"))

# ---- 009 form ack that echoes the submitted form (ids inside this mail's own body)
d = C7_OPEN + timedelta(seconds=27)
new = f"""Hello Lena,

Thank you for reaching out to AWS Training and Certification. A case has been
created for your request. Case number: {C7}

Below is a copy of the information you submitted, for your records:

  Name: Lena Fischer
  Email: lena.fischer.cloud@gmail.com
  Country: Germany
  Inquiry type: AWS Training and Certification
  Inquiry detail: Account Merge
  AWS candidate ID: AWS-31840277
  Description: I have two certification accounts. The old one (aws31840927) was
  created by my previous employer. I would like to keep AWS-31840277 and have
  everything from the old one moved over.

Our team usually replies within 24 hours. If you need to add anything, reply to
this message and keep the case number in the subject.

AWS Training and Certification Customer Support
"""
write('form-ack-echoes-submission', kind='case_created', case_id=C7, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=LENA[1], frm=FORM_FROM,
                          subject=f"[CASE {C7}] {FORM_SUBJ}", provider='gmail'),
      body=multi('alternative', [text(new, cte='base64'),
                                 text(html_wrap(p2h(new)), 'html', cte='base64')], java_boundary(d)))

# ---- 010 case created on the customer's behalf after a chat (console, Outlook.com)
d = C10_OPEN + timedelta(seconds=15)
new = f"""Hello,

Thank you for chatting with AWS Support today.

As discussed, your request could not be completed during the chat, so I have
created support case {C10} on your behalf so that our Training and Certification
specialists can follow up on combining your Certification accounts. You will
receive their reply by e-mail, and you can also track the case in the Support
Center:

https://console.aws.amazon.com/support/home#/case/?displayId={C10}&language=en

Case ID: {C10}
Subject: Certification account consolidation (from chat)
Severity: General guidance

Best regards,
Jonas
Amazon Web Services

{CONSOLE_FOOTER}
"""
write('case-created-on-behalf-after-chat', kind='case_created', case_id=C10, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=ARJUN[1], frm=CONSOLE_FROM,
                          subject=f"Amazon Web Services: A Support case has been opened on your behalf: {C10}",
                          provider='outlook'),
      body=multi('alternative', [text(new), text(html_wrap(p2h(new), footer=''), 'html')], java_boundary(d)))

# ---- 011 Japanese console ack, different template, UTF-8 QP, folded UTF-8 subject; DKIM aligned, no dmarc field
d = C8_OPEN + timedelta(seconds=11)
src = ses_source(d)
new = f"""山田 翔太 様

お問い合わせいただき、ありがとうございます。
下記の内容にて承りました。

■ケース番号：{C8}
■件名：AWS認定 アカウント統合のお願い
■重要度：一般的なガイダンス
■言語：日本語

担当エンジニアが内容を確認し、順次ご連絡いたします。
ケースの状況はサポートセンターからいつでもご確認いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId={C8}&language=ja

なお、このメールにご返信いただいてもお受けできません。追加のご連絡はサポートセンターのケース画面からお願いいたします。

アマゾン ウェブ サービス ジャパン合同会社
"""
write('console-ack-ja-utf8-qp', kind='case_created', case_id=C8, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=YAMADA[1], frm=CONSOLE_FROM,
                          subject=enc_header(f"Amazon Web Services: サポートケースを受け付けました（ケース番号 {C8}）", 'utf-8', maxlen=60),
                          provider='corpjp', src=src, auth=amazon_auth(src, dmarc=None)),
      body=multi('alternative', [text(new, cte='quoted-printable'),
                                 text(html_wrap(p2h(new), lang='ja'), 'html', cte='quoted-printable')], java_boundary(d)))

# ---- 012 reply to a resolved case created a new case (wrong charset label: utf-8 bytes labelled latin-1)
C1B_OPEN = dt_(2025, 6, 20, 9, 14, 2)
C1B = cid15(C1B_OPEN)
d = C1B_OPEN + timedelta(seconds=6)
new = f"""Hello,

We received your e-mail, but case {C1} is already resolved, so your message couldn’t
be added to it. To make sure it isn’t missed, a new case has been opened for you:

    New case number: {C1B}
    Previous case:   {C1}

An agent will review your message and the history of the previous case and get
back to you. You don’t need to resend anything.

AWS Training and Certification Customer Support
"""
write('ack-new-case-from-reply-to-resolved', kind='case_created', case_id=C1B, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=PRIYA[1], frm=FORM_FROM,
                          subject=f"[CASE {C1B}] We received your message",
                          provider='gmail'),
      body=text(new, cte='8bit', label='iso-8859-1'))

FORM_SIG_EN = "AWS Training and Certification Customer Support"
RATE_FOOTER = """How did we do? Let us know by rating this correspondence:
https://aws-tc-feedback.amazon.com/rate?case={cid}&r=1 (Excellent)  ...  &r=5 (Poor)"""

# ---- 013 first reply: which account to keep? (non-native EN agent, form desk, Gmail)
d = dt_(2025, 5, 13, 10, 47, 31)
new = f"""Dear Priya,

Greetings from AWS Training and Certification!

Thank you for your patience. As per your request, we have checked our records and
found two candidate profiles under your name:

- AWS 20418856 - login email priya.r@infosyncsolutions.com
- AWS20731149 - login email priya.raman.dev@gmail.com

Kindly confirm us which one of above profile you wish to retain as your primary
account after the consolidation, and also the email id on which you want to
receive all future notifications. Request you to reply on this same email
thread only, so we can update the case accordingly.

Hope this helps. Have a great day ahead!

Warm Regards,
Sneha R.
{FORM_SIG_EN}
"""
hist = f"""---------- Original Message ----------
From: Priya Raman [priya.raman.dev@gmail.com]
Sent: 5/12/2025 2:03 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: {FORM_SUBJ}

Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS20731149
Hello, I changed jobs and have two certification accounts now. I want one account
with all my certifications please.
"""
full = new + "\n" + RATE_FOOTER.format(cid=C1) + "\n\n" + hist
write('first-reply-which-profile-to-retain', kind='support_reply', case_id=C1, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=PRIYA[1], frm=FORM_FROM,
                          subject=f"RE:[CASE {C1}] {FORM_SUBJ}", provider='gmail'),
      body=multi('alternative', [text(full), text(html_wrap(p2h(full)), 'html')], java_boundary(d)))

# ---- 014 first reply in Japanese asking for the other account's login e-mail (one id named)
d = C3_OPEN + timedelta(days=1, hours=6, minutes=22)
new = f"""渡辺 健二 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの中村でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
お知らせいただいた AWS 認定アカウント（AWS57302268）は確認できましたが、
もう一方のアカウントを特定することができませんでした。

恐れ入りますが、以下の情報を本メールへのご返信にてお知らせいただけますでしょうか。

　1. もう一方のアカウントのログインに使用されているメールアドレス
　2. 当該アカウントで受験された試験名と、おおよその受験時期

情報を頂戴でき次第、確認を進めさせていただきます。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサポート
"""
hist = f"""-----Original Message-----
From: 渡辺 健二 <k-watanabe@nifty.com>
Sent: 2025/06/18 10:12
To: aws-cs-trainingcertification-form@amazon.com
Subject: AWS トレーニングと認定 お問い合わせ

認定アカウントが二つあるようなので、一つにまとめていただけますでしょうか。
AWS57302268 を残したいです。
"""
write('ja-first-reply-asks-login-email', kind='support_reply', case_id=C3, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=WATANABE[1], frm=FORM_FROM,
                          subject=enc_header(f"RE:[CASE {C3}] AWS トレーニングと認定 お問い合わせ", 'iso-2022-jp'),
                          provider='nifty'),
      body=text(new + "\n" + hist, charset='iso-2022-jp', cte='7bit'))

# ---- 015 status update naming the accounts, "once the merge is complete" (console, Outlook)
d = C2_OPEN + timedelta(days=2, hours=3, minutes=5)
new = f"""Hello Daniel,

Thanks for your patience while we look into this.

I wanted to give you a quick update: your request to fold AWS04417735 into
AWS09921184 is now with our Certification Operations team, who carry out this
kind of change. It usually takes them three to five business days. Once the merge
is complete we will update this case, and you will also receive an e-mail from
Credly for each badge that is re-issued to the remaining account.

In the meantime, please don't schedule any new exams on either account.

Best regards,
Kevin T.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence
using the AWS Support Center link at the end of this correspondence. Each
correspondence can also be rated by selecting the stars in top right corner of
each correspondence within the AWS Support Center.

Amazon Web Services, Inc. and its affiliates
"""
footer = f"""To see all the correspondence for this case, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above."""
write('status-update-with-ops-team', kind='support_reply', case_id=C2, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=DANIEL[1], frm=CONSOLE_FROM,
                          subject=f"RE:[CASE {C2}] Please combine my two certification profiles",
                          provider='outlook'),
      body=multi('alternative', [text(new + "\n" + footer), text(html_wrap(p2h(new + "\n" + footer)), 'html')], java_boundary(d)))

# ---- 016 thanks for confirming, we will proceed; history holds the confirmation request
d = C7_OPEN + timedelta(days=2, hours=14, minutes=40)
conf_req = f"""Hello Lena,

I have located both accounts:

  Account to be closed: AWS31840927 (l.fischer@brightwave-consulting.de)
  Account to be kept:   AWS31840277 (lena.fischer.cloud@gmail.com)

All certifications and exam history from AWS31840927 will be moved to AWS31840277.
Please note that this cannot be reversed. Reply to this e-mail to confirm that you
would like us to go ahead.

Best regards,
Maria G.
{FORM_SIG_EN}"""
new = f"""Hello Lena,

Thank you for confirming. I have now passed the request to our back-office team and
they will action it. You don't need to do anything else for now - we will write to
you again as soon as the accounts have been combined.

Best regards,
Maria G.
{FORM_SIG_EN}
"""
lena_reply = f"""The details are correct. Please proceed with the merge.

Thanks,
Lena

On Tue, Jul 8, 2025 at 5:51 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

{quote(conf_req)}"""
hist = f"""--------------- Original Message ---------------
From: Lena Fischer [lena.fischer.cloud@gmail.com]
Sent: 7/9/2025 6:12 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {C7}] {FORM_SUBJ}

{lena_reply}
"""
full = new + "\n" + hist
write('thanks-for-confirming-will-proceed', kind='support_reply', case_id=C7, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=LENA[1], frm=FORM_FROM,
                          subject=f"RE:[CASE {C7}] {FORM_SUBJ}", provider='gmail'),
      body=multi('alternative', [text(full), text(html_wrap(p2h(full)), 'html')], java_boundary(d)))

# ---- 017 Japanese hand-over to the specialist team (console, Yahoo! JAPAN)
d = C4_OPEN + timedelta(days=1, hours=2, minutes=13)
new = f"""佐藤 美咲 様

アマゾン ウェブ サービス サポートの小林でございます。
お問い合わせいただいた認定アカウントの件につきまして、ご連絡いたします。

本件は、AWS 認定アカウントの統合を専門に扱うチームでの対応が必要となるため、
先ほど同チームへケースを引き継ぎました。
今後のご連絡は同チームの担当者より、本ケースを通じて差し上げます。
担当者が変わることでご不便をおかけいたしますが、何卒ご容赦くださいますようお願い申し上げます。

なお、同じ内容で新しいケースを作成されますと、対応が重複し、かえってお時間を頂戴することがございます。
本ケースにてお待ちいただけますと幸いです。

今後ともアマゾン ウェブ サービスをよろしくお願いいたします。

小林
アマゾン ウェブ サービス
"""
footer = f"""ケースのすべてのやり取りは、AWS サポートセンターでご確認いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=ja

※このメールは送信専用アドレスから送信されています。ご返信は上記リンクからお願いいたします。"""
write('ja-handover-to-specialist-team', kind='support_reply', case_id=C4, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=SATO[1], frm=CONSOLE_FROM,
                          subject=enc_header(f"RE:[CASE {C4}] 認定アカウントが2つあるので1つにまとめたい", 'iso-2022-jp'),
                          provider='yahoojp'),
      body=text(new + "\n" + footer, charset='iso-2022-jp', cte='7bit'))

# ---- 018 chaser that names the accounts, asks for login e-mails (form desk, M365, Outlook history)
d = C5_OPEN + timedelta(days=6, hours=1, minutes=30)
prev = f"""Hello Tomasz,

Thank you for contacting AWS Training and Certification. To locate both profiles we
need the e-mail address used to sign in to each of them. Could you please send us
those addresses?

Regards,
Carlos
{FORM_SIG_EN}"""
new = f"""Hello Tomasz,

I'm following up on my message of January 21. We still need the sign-in e-mail
addresses for AWS73019462 and AWS-73019884 before we can move forward with your
request.

If we do not hear back from you within three business days, this case will be
closed automatically. You can always reply later and we will pick it up again.

Regards,
Carlos
{FORM_SIG_EN}
"""
hist = f"""________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, January 21, 2026 2:18 PM
To: Tomasz Nowak <tomasz.nowak@lumenforge.io>
Subject: RE:[CASE {C5}] {FORM_SUBJ}

{prev}
"""
write('chaser-names-accounts-needs-emails', kind='support_reply', case_id=C5, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=TOMASZ[1], frm=FORM_FROM,
                          subject=f"RE: [CASE {C5}] {FORM_SUBJ}", provider='m365'),
      body=multi('alternative', [text(new + "\n" + hist, cte='base64'),
                                 text(html_wrap(p2h(new + "\n" + hist)), 'html', cte='base64')], java_boundary(d)))

# ---- 019 Japanese chaser, no accounts named (form desk, nifty)
d = C3_OPEN + timedelta(days=5, hours=2, minutes=3)
prev_ja = f"""渡辺 健二 様

お知らせいただいた AWS 認定アカウント（AWS57302268）は確認できましたが、
もう一方のアカウントを特定することができませんでした。
恐れ入りますが、ログインに使用されているメールアドレスをお知らせいただけますでしょうか。

中村"""
new = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの中村です。
6月19日にお送りしたメールについて、その後ご確認いただけましたでしょうか。

ご依頼の件を進めるにあたり、いくつか確認させていただきたい事項がございます。
お手すきの際に、本メールへご返信いただけますと幸いです。

なお、7日間ご返信がない場合、本ケースは自動的にクローズされます。
クローズ後も、本メールにご返信いただければ引き続き対応いたします。

何卒よろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサポート
"""
hist = f"""2025年6月19日(木) 16:34 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{quote(prev_ja)}
"""
write('ja-chaser-no-accounts-named', kind='support_reply', case_id=C3, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=WATANABE[1], frm=FORM_FROM,
                          subject=enc_header(f"RE:[CASE {C3}] AWS トレーニングと認定 お問い合わせ", 'iso-2022-jp'),
                          provider='nifty'),
      body=text(new + "\n" + hist, charset='iso-2022-jp', cte='7bit'))

# ---- 020 console "new correspondence added" notice (EN, Outlook)
d = C2_OPEN + timedelta(hours=26, minutes=12)
new = f"""Hello,

There is new correspondence on your AWS Support case {C2}.

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

Case ID: {C2}
Subject: Please combine my two certification profiles

Please do not reply to this e-mail. Replies to this address are not monitored.

Amazon Web Services

{CONSOLE_FOOTER}
"""
write('console-new-correspondence-notice', kind='support_reply', case_id=C2, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=DANIEL[1], frm=CONSOLE_FROM,
                          subject=f"[Case {C2}] New correspondence added", provider='outlook'),
      body=text(new, charset='us-ascii', cte='7bit'))

# ---- 021 Japanese new-correspondence notice (UTF-8 base64, corporate gateway)
d = C8_OPEN + timedelta(days=1, hours=1, minutes=7)
src = ses_source(d)
new = f"""お客様のサポートケース {C8} に新しいやり取りが追加されました。

内容の確認およびご返信は、AWS サポートセンターから行ってください。
https://console.aws.amazon.com/support/home#/case/?displayId={C8}&language=ja

ケース ID: {C8}
件名: AWS認定 アカウント統合のお願い

このメールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。

アマゾン ウェブ サービス
"""
write('ja-new-correspondence-notice', kind='support_reply', case_id=C8, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=YAMADA[1], frm=CONSOLE_FROM,
                          subject=enc_header(f"[ケース {C8}] 新しい通信が追加されました", 'utf-8'),
                          provider='corpjp', src=src, auth=amazon_auth(src)),
      body=multi('alternative', [text(new, cte='base64'),
                                 text(html_wrap(p2h(new), lang='ja'), 'html', cte='base64')], java_boundary(d)))

# ---- 022 reopen notice (EN, console, Outlook)
d = C10_OPEN + timedelta(days=9, hours=4, minutes=51)
new = f"""Hello,

Your AWS Support case {C10} has been reopened because new correspondence was added
after it was resolved. The case is now back in our queue and an engineer will
review your latest message.

Case ID: {C10}
Subject: Certification account consolidation (from chat)
Status: Reopened

View the case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C10}&language=en

Amazon Web Services

{CONSOLE_FOOTER}
"""
write('case-reopened-notice', kind='support_reply', case_id=C10, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=ARJUN[1], frm=CONSOLE_FROM,
                          subject=f"Amazon Web Services: Your Support case {C10} has been reopened",
                          provider='outlook'),
      body=multi('alternative', [text(new), text(html_wrap(p2h(new)), 'html')], java_boundary(d)))

# ---- 023 Japanese reopen notice (ISO-2022-JP, Yahoo! JAPAN)
d = C4_OPEN + timedelta(days=12, hours=5, minutes=2)
new = f"""アマゾン ウェブ サービスをご利用いただき、ありがとうございます。

解決済みとなっていたサポートケース {C4} に新しいご連絡が追加されたため、
ケースを再オープンいたしました。担当者が内容を確認のうえ、ご連絡いたします。

ケース ID: {C4}
件名: 認定アカウントが2つあるので1つにまとめたい
ステータス: 再オープン

https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=ja

アマゾン ウェブ サービス
"""
write('ja-case-reopened', kind='support_reply', case_id=C4, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=SATO[1], frm=CONSOLE_FROM,
                          subject=enc_header(f"Amazon Web Services: サポートケース {C4} が再オープンされました", 'iso-2022-jp'),
                          provider='yahoojp'),
      body=text(new, charset='iso-2022-jp', cte='7bit'))

# ---- 024 status update "still in progress", history has the user's confirmation with ids
d = dt_(2025, 5, 16, 17, 2, 44)
new = f"""Hi Priya,

Just a short note to let you know your request is still being worked on. Our
operations team has picked it up and I expect it to be finished early next week.
Once everything has been moved across, I will reply here, and you will receive
the Credly e-mails for your badges separately.

Thank you for bearing with us.

Best,
Sneha R.
{FORM_SIG_EN}
"""
hist = f"""---------- Original Message ----------
From: Priya Raman [priya.raman.dev@gmail.com]
Sent: 5/14/2025 8:19 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {C1}] {FORM_SUBJ}

Hi Sneha,

Yes, I confirm. Please keep AWS20731149 and merge AWS20418856 into it. Notifications
can go to priya.raman.dev@gmail.com.

Thank you!
Priya
"""
write('status-still-in-progress', kind='support_reply', case_id=C1, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=PRIYA[1], frm=FORM_FROM,
                          subject=f"RE:[CASE {C1}] {FORM_SUBJ}", provider='gmail'),
      body=multi('alternative', [text(new + "\n" + hist), text(html_wrap(p2h(new + "\n" + hist)), 'html')], java_boundary(d)))

# ---- 025 question about something other than the merge: name spelling (2022, 11-digit, biglobe)
d = C6_OPEN + timedelta(days=1, hours=20, minutes=14)
new = f"""Dear Ryo,

Thank you for contacting AWS Training and Certification.

Before we can continue with your request, we have a question about your profile
name. On AWS10388251 the name is registered in katakana, while on aws-10388519 it
is written in romaji (RYO TAKAHASHI). Certificates and the Credly badges are issued
with the name of the account that remains, and it has to match the identification
you show at the test center.

Could you please let us know which spelling you would like to use going forward?

Kind regards,
Joseph
AWS Training and Certification Customer Support
"""
write('question-about-name-spelling-2022', kind='support_reply', case_id=C6, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=TAKAHASHI[1], frm=FORM_FROM,
                          subject=f"RE:[CASE {C6}] [AWS Training and Certification Form Submission] - certification",
                          provider='biglobe'),
      body=text(new, cte='quoted-printable'))

# ---- 026 first reply asking for candidate ids and reason (console, Outlook.com)
d = C10_OPEN + timedelta(days=1, hours=1, minutes=40)
new = f"""Hello Arjun,

My name is Aisha and I'm with the AWS Training and Certification team. Thanks for
your patience after your chat with my colleague yesterday.

To look into this, could you please reply to this case with:

1. The candidate ID of each account (shown as "Candidate ID" under your profile
   in the AWS Certification Account; it starts with "AWS"), or the e-mail address you
   use to sign in to each one.
2. A short explanation of how the second account was created (for example a new
   employer, a different e-mail address, a Pearson VUE or PSI registration).

As soon as we have this, we will review the accounts and come back to you with the
next steps.

Best regards,
Aisha M.
Amazon Web Services
"""
footer = f"""To see all the correspondence for this case, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C10}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above."""
write('first-reply-asks-ids-and-reason', kind='support_reply', case_id=C10, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=ARJUN[1], frm=CONSOLE_FROM,
                          subject=f"RE:[CASE {C10}] Certification account consolidation (from chat)",
                          provider='outlook'),
      body=multi('alternative', [text(new + "\n" + footer), text(html_wrap(p2h(new + "\n" + footer)), 'html')], java_boundary(d)))

# ---- 027 2019: names differ, update profile first (no Authentication-Results)
d = C9_OPEN + timedelta(days=2, hours=15, minutes=2)
new = f"""Hello Marcus,

Thank you for your patience.

We reviewed the two accounts you mentioned, AWS00613382 and AWS00671204. The first
and last names on them do not match ("Marcus Lee" and "Marc Lee-Hansen"), so we are
unable to continue at this time.

Please sign in to the account that shows the different name, update the name so it
matches your government-issued ID, and then reply to this e-mail. We will pick the
request up again from there.

Regards,
Ben
AWS Training and Certification
"""
write('names-differ-update-profile-2019', kind='support_reply', case_id=C9, lang='en', sv=None, new=new,
      headers=aws_headers(dt=d, to=MARCUS[1], frm=FORM_FROM,
                          subject=f"RE: [CASE {C9}] [AWS Training and Certification Form Submission] - certification",
                          provider='isp_noar', feedback=False),
      body=text(new, cte='7bit', charset='us-ascii'))

# ---- 028 hand-over of the missing badges to the Credly integration team (Gmail)
d = dt_(2025, 7, 21, 13, 9, 57)
new = f"""Hello Lena,

Thanks for letting us know that the badges have not shown up in your Credly
wallet yet.

I have raised this with the team that manages our Credly integration (internal
reference CR-48213). They will move the badges to the Credly profile that uses
lena.fischer.cloud@gmail.com, which normally takes 3-5 business days. Credly will
e-mail you once there is something to accept. I'll keep this case open until then.

Best regards,
Maria G.
{FORM_SIG_EN}
"""
lena = f"""Hi Maria,

thanks, I can see all four certifications on my account now. But Credly still shows
the badges on my old profile (the one with my work e-mail). Can you help with that?

Best,
Lena"""
hist = f"""--------------- Original Message ---------------
From: Lena Fischer [lena.fischer.cloud@gmail.com]
Sent: 7/18/2025 9:40 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {C7}] {FORM_SUBJ}

{lena}
"""
write('badges-handed-to-credly-team', kind='support_reply', case_id=C7, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=LENA[1], frm=FORM_FROM,
                          subject=f"RE:[CASE {C7}] {FORM_SUBJ}", provider='gmail'),
      body=multi('alternative', [text(new + "\n" + hist), text(html_wrap(p2h(new + "\n" + hist)), 'html')], java_boundary(d)))

# ---- 029 Japanese "thank you for confirming, we will proceed" (UTF-8 base64), nested JA quotes
d = dt_(2025, 6, 26, 1, 55, 10)
conf_ja = f"""渡辺 健二 様

ご返信ありがとうございます。以下の内容で統合を行います。

　統合元（削除されるアカウント）：AWS57309912
　統合先（存続するアカウント）：AWS57302268

統合後は元に戻すことができません。内容にお間違いがなければ、本メールにご返信ください。

中村"""
user_ja = f"""中村様

お世話になっております。渡辺です。
内容に間違いありません。統合をお願いいたします。

渡辺

2025年6月24日(火) 10:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{quote(conf_ja)}"""
new = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの中村です。
ご確認いただき、誠にありがとうございます。

これより統合の手続きを進めてまいります。
作業が完了いたしましたら、改めて本メールにてご連絡差し上げます。
今しばらくお待ちくださいますよう、お願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサポート
"""
hist = f"""2025年6月25日(水) 8:02 渡辺 健二 <k-watanabe@nifty.com>:
{quote(user_ja)}
"""
write('ja-thanks-confirming-will-proceed', kind='support_reply', case_id=C3, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=WATANABE[1], frm=FORM_FROM,
                          subject=enc_header(f"RE:[CASE {C3}] AWS トレーニングと認定 お問い合わせ", 'utf-8'),
                          provider='nifty'),
      body=text(new + "\n" + hist, cte='base64'))

# ---- 030 spoofed no-reply-aws: "merge on hold", dmarc=fail on top, forged pass lower down
d = dt_(2025, 11, 3, 6, 12, 40)
fake = '176214994508351'
src = dict(ip='45.131.195.38', host='vps-38.hostiland.net', mailfrom='info@support-notice-mailer.com',
           mfdomain='support-notice-mailer.com')
auth = {'spf': ('pass', src['mailfrom'], src['ip']),
        'dkim': [('pass', 'support-notice-mailer.com', 'mail')],
        'dmarc': ('fail', 'QUARANTINE', 'amazon.com')}
forged = """mx.google.com;
       dkim=pass header.i=@amazon.com;
       spf=pass smtp.mailfrom=amazonses.com;
       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"""
new = f"""Dear AWS Certification candidate,

The merge of your AWS Certification accounts is currently ON HOLD.

During the automated review of case {fake} we could not confirm that both
candidate profiles belong to you. Your certifications will remain locked until
the verification is finished.

Sign in within 48 hours to release the hold:
https://aws-certmerge-review.com/case/{fake}/signin

If no action is taken, the request will be cancelled and your exam history may be
lost.

Amazon Web Services Training and Certification
"""
write('spoofed-merge-on-hold-dmarc-fail', kind='support_reply', case_id=fake, lang='en', sv=False, new=new,
      headers=aws_headers(dt=d, to=PRIYA[1], frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
                          subject=f"RE:[CASE {fake}] Action required: account merge on hold",
                          provider='gmail', src=src, auth=auth, dkim_domain=None, forged_ar=forged,
                          msgid=f"<{hexs(20)}@vps-38.hostiland.net>"),
      body=multi('alternative', [text(new, cte='base64'), text(html_wrap(p2h(new)), 'html', cte='base64')],
                 f"=_{hexs(28)}"))

# ---- 031 Japanese first reply asking which account survives, both named (console, corp gateway)
d = C8_OPEN + timedelta(days=1, hours=1, minutes=5)
src = ses_source(d)
new = f"""山田 翔太 様

アマゾン ウェブ サービス サポートの山本と申します。
お問い合わせいただき、誠にありがとうございます。

お客様のお名前で、以下の 2 つの AWS 認定アカウントを確認いたしました。

　・AWS 48810275（ログイン：shota.yamada@hanamichi-sys.co.jp）
　・aws48810726（ログイン：s.yamada.cert@gmail.com）

統合にあたり、どちらのアカウントを残すか（存続アカウント）をご指定いただけますでしょうか。
あわせて、今後の通知の送付先として希望されるメールアドレスもお知らせください。

ご返信は AWS サポートセンターのケース画面からお願いいたします。
よろしくお願いいたします。

山本
アマゾン ウェブ サービス
"""
footer = f"""このケースのやり取りはすべて AWS サポートセンターでご覧いただけます:
https://console.aws.amazon.com/support/home#/case/?displayId={C8}&language=ja"""
write('ja-first-reply-which-survives', kind='support_reply', case_id=C8, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=YAMADA[1], frm=CONSOLE_FROM,
                          subject=enc_header(f"RE:[CASE {C8}] AWS認定 アカウント統合のお願い", 'utf-8'),
                          provider='corpjp', src=src, auth=amazon_auth(src)),
      body=multi('alternative', [text(new + "\n" + footer, cte='quoted-printable'),
                                 text(html_wrap(p2h(new + "\n" + footer), lang='ja'), 'html', cte='quoted-printable')],
                 java_boundary(d)))

# ---- 032 thanks for the details + hand-over to Certification Operations (M365)
d = C5_OPEN + timedelta(days=8, hours=3, minutes=11)
tom = f"""Hi Carlos,

sorry for the delay, I was travelling. The addresses are:
AWS73019462 - tomasz.nowak@lumenforge.io
AWS73019884 - tnowak.private@proton.me

Please keep the lumenforge one.

BR
Tomasz"""
new = f"""Hello Tomasz,

Thanks for sending the addresses over - that's exactly what we needed.

I've now handed your case to our Certification Operations team, who take care of
account changes like this one. One of my colleagues there will contact you on this
same thread, so the next e-mail may come from a different name. There is no need to
open a new case.

Regards,
Carlos
{FORM_SIG_EN}
"""
hist = f"""________________________________
From: Tomasz Nowak <tomasz.nowak@lumenforge.io>
Sent: Tuesday, January 27, 2026 9:02 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: [CASE {C5}] {FORM_SUBJ}

{tom}
"""
write('thanks-details-handover-to-ops', kind='support_reply', case_id=C5, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=TOMASZ[1], frm=FORM_FROM,
                          subject=f"RE: [CASE {C5}] {FORM_SUBJ}", provider='m365'),
      body=multi('alternative', [text(new + "\n" + hist), text(html_wrap(p2h(new + "\n" + hist)), 'html')], java_boundary(d)))

# ---- 033 Japanese status update (console, Yahoo! JAPAN)
d = C4_OPEN + timedelta(days=5, hours=1, minutes=48)
new = f"""佐藤 美咲 様

アマゾン ウェブ サービス 認定サポートチームの森でございます。
先日ご確認いただいたアカウント統合の件について、進捗をご報告いたします。

現在、担当部署にて統合作業を進めております。
作業の完了までには、通常 3〜5 営業日ほどお時間をいただいております。
完了次第、本ケースにてご連絡いたしますので、今しばらくお待ちください。

なお、作業中はいずれのアカウントでも新たな試験のご予約をお控えいただきますようお願いいたします。

森
アマゾン ウェブ サービス
"""
footer = f"""https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=ja"""
write('ja-status-update-in-progress', kind='support_reply', case_id=C4, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=SATO[1], frm=CONSOLE_FROM,
                          subject=enc_header(f"RE:[CASE {C4}] 認定アカウントが2つあるので1つにまとめたい", 'iso-2022-jp'),
                          provider='yahoojp'),
      body=multi('alternative', [text(new + "\n" + footer, charset='iso-2022-jp', cte='7bit'),
                                 text(html_wrap(p2h(new + "\n" + footer), lang='ja'), 'html', cte='quoted-printable')],
                 java_boundary(d)))

# ---- 034 confirmation request (console, EN, Outlook)
d = C2_OPEN + timedelta(hours=26, minutes=11)
new = f"""Hello Daniel,

Thank you for your patience. I found both of your Certification accounts. Before I
make any change, please review the following carefully:

  Account that will be merged and then deactivated:
    AWS04417735 (d.okafor@ymail.com)
  Account that will remain and receive all certifications, exam history and
  benefits:
    AWS09921184 (d.okafor@outlook.com)

Please be aware that this cannot be undone once it has been processed.

If the above is correct, please reply to this case (through the Support Center
link below) stating that you agree, and I will submit the request.

Best regards,
Kevin T.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence
using the AWS Support Center link at the end of this correspondence.
"""
footer = f"""To see all the correspondence for this case, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above."""
write('confirm-request-console-review-carefully', kind='merge_confirmation_requested', case_id=C2, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=DANIEL[1], frm=CONSOLE_FROM,
                          subject=f"RE:[CASE {C2}] Please combine my two certification profiles",
                          provider='outlook'),
      body=multi('alternative', [text(new + "\n" + footer), text(html_wrap(p2h(new + "\n" + footer)), 'html')], java_boundary(d)))

# ---- 035 Japanese confirmation request (ISO-2022-JP), quoting the user's answer
d = dt_(2025, 6, 24, 1, 2, 18)
user_ans = f"""中村様

ご連絡ありがとうございます。渡辺です。
もう一方のアカウントのログインメールアドレスは kenji.watanabe@old-corp.example.co.jp です。
2021年に Cloud Practitioner を受験しました。

よろしくお願いいたします。"""
new = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの中村です。
ご返信いただき、ありがとうございます。

お知らせいただいた情報をもとに確認いたしましたところ、以下の内容で統合を行うことが可能です。

　統合元（統合後に削除されるアカウント）：AWS57309912
　統合先（存続するアカウント）：AWS57302268

統合元のアカウントの認定資格および受験履歴は、すべて統合先へ移行されます。
なお、統合後に元の状態へ戻すことはできませんので、あらかじめご了承ください。

上記の内容でよろしければ、本メールにその旨ご返信いただけますでしょうか。
ご確認のほど、よろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサポート
"""
hist = f"""2025年6月23日(月) 21:40 渡辺 健二 <k-watanabe@nifty.com>:
{quote(user_ans)}
"""
write('ja-confirm-request-source-target', kind='merge_confirmation_requested', case_id=C3, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=WATANABE[1], frm=FORM_FROM,
                          subject=enc_header(f"RE:[CASE {C3}] AWS トレーニングと認定 お問い合わせ", 'iso-2022-jp'),
                          provider='nifty'),
      body=text(new + "\n" + hist, charset='iso-2022-jp', cte='7bit'))

# ---- 036 chaser that re-asks for the merge confirmation, naming the accounts (console, Outlook)
d = C10_OPEN + timedelta(days=5, hours=2, minutes=33)
prev = """Hello Arjun,

Thank you for the details. Please confirm that you would like AWS62205517 to be
merged into AWS62208840. ...

Best regards,
Aisha M."""
new = f"""Hello Arjun,

I'm following up on my message from October 17, as we haven't heard back from you.

To go ahead, we only need your confirmation of the following:

  - AWS62205517 (arjun.mehta@northwind-analytics.com) will be merged into
    AWS62208840 (arjun.mehta84@outlook.com)
  - AWS62205517 will be deactivated afterwards, and this can't be reversed

Could you please reply to this case with "I confirm" if this is correct? If
anything above is wrong, just let us know what should change.

Best regards,
Aisha M.
Amazon Web Services
"""
footer = f"""To see all the correspondence for this case, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C10}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above."""
write('chaser-reasks-merge-confirmation', kind='merge_confirmation_requested', case_id=C10, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=ARJUN[1], frm=CONSOLE_FROM,
                          subject=f"RE:[CASE {C10}] Certification account consolidation (from chat)",
                          provider='outlook'),
      body=multi('alternative', [text(new + "\n" + footer), text(html_wrap(p2h(new + "\n" + footer)), 'html')], java_boundary(d)))

# ---- 037 look-alike confirmation request (M365: dmarc none/compauth fail)
d = dt_(2026, 1, 23, 8, 44, 9)
src = dict(ip='103.151.44.19', host='smtp.amazon-certsupport.co', mailfrom='case@amazon-certsupport.co',
           mfdomain='amazon-certsupport.co')
auth = {'spf': ('pass', src['mailfrom'], src['ip']),
        'dkim': [('none', 'amazon-certsupport.co', '')],
        'dmarc': ('none', 'NONE', 'amazon-certsupport.co')}
new = f"""Hello Tomasz Nowak,

We are processing your AWS Certification account merge (Case {C5}).

The following accounts were found:
   Source account: AWS-73019884
   Destination account: AWS-73019462

To confirm that the source account should be merged into the destination
account, please sign in with your AWS Certification credentials using the secure
link below. Requests that are not confirmed within 24 hours are rejected.

   CONFIRM MERGE: https://amazon-certsupport.co/merge/confirm?c={C5}

AWS Training and Certification
Customer Support
"""
html = p2h(new).replace(f"https://amazon-certsupport.co/merge/confirm?c={C5}",
                        f'<a href="https://amazon-certsupport.co/merge/confirm?c={C5}">https://aws.amazon.com/certification/merge/confirm</a>')
hdrs = aws_headers(dt=d, to=TOMASZ[1], frm='"AWS Training and Certification" <case@amazon-certsupport.co>',
                   subject=f"[CASE {C5}] Confirm your account merge request",
                   provider='m365', src=src, auth=auth, dkim_domain=None,
                   msgid=f"<{uuid.UUID(int=R.getrandbits(128))}@amazon-certsupport.co>")
write('lookalike-confirm-merge-link', kind='merge_confirmation_requested', case_id=C5, lang='en', sv=False, new=new,
      headers=hdrs,
      body=text(html_wrap(html), 'html', cte='quoted-printable'))

# ---- 038 three accounts into one, ids written in several ways (Gmail)
KWAME = ('Kwame Asante', 'kwame.asante.dev@gmail.com')
C11_OPEN = dt_(2025, 12, 1, 15, 20, 45)
C11 = cid15(C11_OPEN)
d = C11_OPEN + timedelta(days=1, hours=19, minutes=2)
new = f"""Hi Kwame,

Thanks for the additional information. We found three AWS Certification accounts
that belong to you. Here is what we propose:

  * AWS 88120453 (kwame@asante-labs.io) -> merged into the account below
  * aws-88120977 (k.asante@univ-mail.edu.gh) -> merged into the account below
  * AWS88121302 (kwame.asante.dev@gmail.com) -> stays active and keeps everything

After this, only AWS88121302 will remain. Your certifications, exam history, and
any unused benefits from the other two accounts will be moved to it. This change is
permanent.

Can you please reply and confirm this is what you want? Once we get your OK, we
will submit it for processing.

Thank you,
Aditya
{FORM_SIG_EN}
"""
write('confirm-request-three-into-one', kind='merge_confirmation_requested', case_id=C11, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=KWAME[1], frm=FORM_FROM,
                          subject=f"RE:[CASE {C11}] {FORM_SUBJ}", provider='gmail'),
      body=multi('alternative', [text(new), text(html_wrap(p2h(new)), 'html')], java_boundary(d)))

# ---- 039 Japanese confirmation request, cp932 characters labelled Shift_JIS (corp gateway)
d = C8_OPEN + timedelta(days=2, hours=3, minutes=26)
src = ses_source(d)
yam = """山本様

お世話になっております。山田です。
会社のメールアドレス（shota.yamada@hanamichi-sys.co.jp）の方を残してください。
通知もこちらでお願いします。

山田"""
new = f"""山田 翔太 様

アマゾン ウェブ サービス サポートの山本です。
ご指示いただき、ありがとうございます。

以下の内容で統合を実施いたします。

　① 統合されるアカウント：aws48810726（s.yamada.cert@gmail.com）
　② 存続するアカウント　：AWS 48810275（shota.yamada@hanamichi-sys.co.jp）

①の認定資格・受験履歴・特典は②へ移行され、①は無効化されます。
※統合の実施後は取り消しができません。

お手数ですが、上記内容で問題ないか、サポートセンターのケース画面よりご返信ください。
ご返信を確認後、統合手続きに入らせていただきます（通常 3～5 営業日）。

山本
アマゾン ウェブ サービス
"""
hist = f"""2026年2月11日(水) 11:20 山田 翔太 <shota.yamada@hanamichi-sys.co.jp>:
{quote(yam)}
"""
write('ja-confirm-request-cp932-label-sjis', kind='merge_confirmation_requested', case_id=C8, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=YAMADA[1], frm=CONSOLE_FROM,
                          subject=ew(f"RE:[CASE {C8}] AWS認定 アカウント統合のお願い", 'Shift_JIS', chunk=16),
                          provider='corpjp', src=src, auth=amazon_auth(src)),
      body=text(new + "\n" + hist, charset='cp932', cte='base64', label='Shift_JIS'))

# ---- 040 completion without the word "merge" (console, Outlook)
d = C2_OPEN + timedelta(days=4, hours=22, minutes=18)
new = f"""Hello Daniel,

Good news - the work on your Certification accounts is finished.

AWS04417735 has been combined with AWS09921184. All of your certifications, exam
history and benefits now live under AWS09921184, and the other account has been
deactivated. Please sign in with d.okafor@outlook.com from now on.

It can take up to 48 hours for Credly to re-issue your badges to the remaining
account. If they haven't arrived by then, let us know on this case.

Best regards,
Kevin T.
Amazon Web Services
"""
footer = f"""To see all the correspondence for this case, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C2}&language=en"""
write('completed-accounts-combined', kind='merge_completed', case_id=C2, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=DANIEL[1], frm=CONSOLE_FROM,
                          subject=f"RE:[CASE {C2}] Please combine my two certification profiles",
                          provider='outlook'),
      body=multi('alternative', [text(new + "\n" + footer), text(html_wrap(p2h(new + "\n" + footer)), 'html')], java_boundary(d)))

# ---- 041 Japanese completion (ISO-2022-JP, nifty) with history of the thanks mail
d = dt_(2025, 6, 27, 6, 31, 2)
prev = """渡辺 健二 様

ご確認いただき、誠にありがとうございます。
これより統合の手続きを進めてまいります。

中村"""
new = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの中村です。
大変お待たせいたしました。

ご依頼いただいておりましたアカウントの統合が完了いたしました。
今後は AWS57302268 のアカウントにて、すべての認定資格をご確認いただけます。

Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。
1 週間ほど経過してもバッジが表示されない場合は、本メールにご返信ください。

このたびはご利用いただき、誠にありがとうございました。

中村
AWS トレーニングと認定 カスタマーサポート
"""
hist = f"""-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, June 26, 2025 10:55 AM
To: k-watanabe@nifty.com
Subject: RE:[CASE {C3}] AWS トレーニングと認定 お問い合わせ

{prev}
"""
write('ja-merge-completed', kind='merge_completed', case_id=C3, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=WATANABE[1], frm=FORM_FROM,
                          subject=enc_header(f"RE:[CASE {C3}] AWS トレーニングと認定 お問い合わせ", 'iso-2022-jp'),
                          provider='nifty'),
      body=text(new + "\n" + hist, charset='iso-2022-jp', cte='7bit'))

# ---- 042 closure that also says the merge is done (Gmail)
d = dt_(2025, 7, 11, 15, 27, 40)
new = f"""Hello Lena,

I'm pleased to let you know that your accounts have now been merged. Everything
that was on AWS31840927 has been moved to AWS31840277, and you can keep signing in
with lena.fischer.cloud@gmail.com.

As your request is complete, I will be resolving this case. You may receive a short
survey about your experience - we would really appreciate your feedback. If you need
anything else about this request, just reply to this e-mail within the next 14
days and the case will reopen automatically.

Best regards,
Maria G.
{FORM_SIG_EN}
"""
write('merged-and-resolving-case', kind='merge_completed', case_id=C7, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=LENA[1], frm=FORM_FROM,
                          subject=f"RE:[CASE {C7}] {FORM_SUBJ}", provider='gmail'),
      body=multi('alternative', [text(new), text(html_wrap(p2h(new)), 'html')], java_boundary(d)))

# ---- 043 completion with Outlook history (M365)
d = C5_OPEN + timedelta(days=11, hours=20, minutes=3)
prev = f"""Hello Tomasz,

Thanks for sending the addresses over - that's exactly what we needed.
I've now handed your case to our Certification Operations team.

Regards,
Carlos"""
new = f"""Hello Tomasz,

This is Hannah from the Certification Operations team.

We have finished processing your request: AWS73019884 has been merged into
AWS73019462. Your exam history and certifications are now all on the account that
signs in with tomasz.nowak@lumenforge.io. The account that used
tnowak.private@proton.me has been closed.

Please allow a day or two for your Credly badges to be updated.

Kind regards,
Hannah
Certification Operations | AWS Training and Certification
"""
hist = f"""________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, January 28, 2026 8:06 PM
To: Tomasz Nowak <tomasz.nowak@lumenforge.io>
Subject: RE: [CASE {C5}] {FORM_SUBJ}

{prev}
"""
write('completed-by-cert-ops', kind='merge_completed', case_id=C5, lang='en', sv=True, new=new, linesep='\r\n',
      headers=aws_headers(dt=d, to=TOMASZ[1], frm=FORM_FROM,
                          subject=f"RE: [CASE {C5}] {FORM_SUBJ}", provider='m365'),
      body=multi('alternative', [text(new + "\n" + hist), text(html_wrap(p2h(new + "\n" + hist)), 'html')], java_boundary(d)))

# ---- 044 resolved notice with YES / NO survey (form desk, Gmail)
d = dt_(2025, 5, 21, 18, 40, 12)
new = f"""Hello Priya,

Your case {C1} has been marked as resolved.

Was your issue resolved?

  YES  https://aws-tc-feedback.amazon.com/s?case={C1}&a=yes
  NO   https://aws-tc-feedback.amazon.com/s?case={C1}&a=no

Your answer takes one click and helps us improve. If you need more help with this
request, reply to this e-mail within 14 days and your case will be reopened.

Thank you for contacting AWS Training and Certification.
"""
html = f"""<p style="margin:0 0 12px 0;">Hello Priya,</p>
<p style="margin:0 0 12px 0;">Your case <strong>{C1}</strong> has been marked as resolved.</p>
<p style="margin:16px 0 8px 0;font-size:16px;font-weight:bold;">Was your issue resolved?</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="padding:0 8px 0 0;"><a href="https://aws-tc-feedback.amazon.com/s?case={C1}&amp;a=yes" style="display:inline-block;background:#ff9900;color:#16191f;padding:10px 28px;text-decoration:none;font-weight:bold;">YES</a></td>
<td><a href="https://aws-tc-feedback.amazon.com/s?case={C1}&amp;a=no" style="display:inline-block;background:#ffffff;border:1px solid #16191f;color:#16191f;padding:9px 28px;text-decoration:none;font-weight:bold;">NO</a></td>
</tr></table>
<p style="margin:16px 0 12px 0;">Your answer takes one click and helps us improve. If you need more help with this request, reply to this e-mail within 14 days and your case will be reopened.</p>
<p style="margin:0;">Thank you for contacting AWS Training and Certification.</p>"""
write('resolved-yes-no-survey', kind='survey', case_id=C1, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=PRIYA[1], frm=FORM_FROM,
                          subject=f"[CASE {C1}] Was your issue resolved?", provider='gmail'),
      body=multi('alternative', [text(new), text(html_wrap(html), 'html')], java_boundary(d)))

# ---- 045 Japanese closure + survey (form desk, UTF-8 QP, nifty)
d = dt_(2025, 6, 30, 3, 0, 41)
new = f"""渡辺 健二 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございました。
お問い合わせ（受付番号：{C3}）は、対応完了としてクローズさせていただきました。

今後のサービス向上のため、担当者の対応について簡単なアンケートにご協力をお願いいたします。
所要時間は 1 分程度です。

▼アンケートに回答する
https://aws-tc-feedback.amazon.com/survey?case={C3}&lang=ja

※本ケースについて追加のご質問がある場合は、14 日以内に本メールへご返信いただければ、ケースが再開されます。

AWS トレーニングと認定 カスタマーサポート
"""
write('ja-closed-please-answer-survey', kind='survey', case_id=C3, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=WATANABE[1], frm=FORM_FROM,
                          subject=enc_header(f"[CASE {C3}] お問い合わせ対応完了のお知らせとアンケートのお願い", 'utf-8', maxlen=60),
                          provider='nifty'),
      body=multi('alternative', [text(new, cte='quoted-printable'),
                                 text(html_wrap(p2h(new), lang='ja'), 'html', cte='quoted-printable')], java_boundary(d)))

# ---- 046 auto-resolved for lack of response (console, Outlook) - a closure notice
d = C10_OPEN + timedelta(days=8, hours=0, minutes=3)
new = f"""Hello,

We haven't heard back from you regarding case {C10}, so we have resolved it.

If you still need help, you can reopen the case from the AWS Support Center within
14 days of this message by adding a reply. After that, please create a new case.

Case ID: {C10}
Subject: Certification account consolidation (from chat)
Status: Resolved

Tell us about your experience: how would you rate the support you received?
https://console.aws.amazon.com/support/home#/case/?displayId={C10}&language=en&rate=true

Amazon Web Services

{CONSOLE_FOOTER}
"""
write('auto-resolved-no-response-rate-us', kind='survey', case_id=C10, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=ARJUN[1], frm=CONSOLE_FROM,
                          subject=f"Amazon Web Services: Support case {C10} has been resolved",
                          provider='outlook'),
      body=text(new, charset='us-ascii', cte='7bit'))

# ---- 047 Japanese HTML-only rating request after resolution (console, Yahoo! JAPAN)
d = C4_OPEN + timedelta(days=8, hours=7, minutes=15)
new = f"""サポートケース {C4} は解決済みになりました。

AWS サポートをご利用いただき、ありがとうございました。
今回のサポートはいかがでしたか？ 5 段階で評価してください。

★★★★★ とても満足
★★★★ 満足
★★★ どちらともいえない
★★ 不満
★ とても不満

ケースの再開が必要な場合は、サポートセンターからご返信ください。
アマゾン ウェブ サービス
"""
stars = ''.join(f'<td style="padding:0 4px;"><a href="https://console.aws.amazon.com/support/feedback?displayId={C4}&amp;rating={n}&amp;language=ja" style="color:#ff9900;font-size:22px;text-decoration:none;">{"★" * n}</a></td>' for n in range(5, 0, -1))
html = f"""<p style="margin:0 0 12px 0;font-size:16px;font-weight:bold;">サポートケース {C4} は解決済みになりました。</p>
<p style="margin:0 0 12px 0;">AWS サポートをご利用いただき、ありがとうございました。<br>今回のサポートはいかがでしたか？ 5 段階で評価してください。</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>{stars}</tr></table>
<p style="margin:8px 0 12px 0;font-size:12px;color:#687078;">とても満足 &#8592; &#8594; とても不満</p>
<p style="margin:0 0 12px 0;">ケースの再開が必要な場合は、<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C4}&amp;language=ja">サポートセンター</a>からご返信ください。</p>
<p style="margin:0;">アマゾン ウェブ サービス</p>"""
write('ja-html-only-rate-resolved-case', kind='survey', case_id=C4, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to=SATO[1], frm=CONSOLE_FROM,
                          subject=enc_header(f"Amazon Web Services: サポートケース {C4} の評価にご協力ください", 'iso-2022-jp'),
                          provider='yahoojp'),
      body=text(html_wrap(html, lang='ja', footer="Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"), 'html', cte='base64'))


# ------------------------------------------------------------- Credly
def credly_headers(dt, to, subject, provider, frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                   domain='credly.com', dmarc='pass'):
    ip = f"149.72.{R.randint(100, 250)}.{R.randint(2, 250)}"
    src = dict(ip=ip, host=f"o{R.randint(1, 9)}.email.{domain}",
               mailfrom=f"bounces+{R.randint(1000000, 9999999)}-{hexs(4)}-{to.replace('@', '=')}@em{R.randint(100, 9999)}.{domain}",
               mfdomain=domain)
    auth = {'spf': ('pass', src['mailfrom'], ip),
            'dkim': [('pass', domain, 's1'), ('pass', 'sendgrid.info', 'smtpapi')],
            'dmarc': (dmarc, 'NONE' if domain != 'credly.com' else 'REJECT', domain)}
    H = transport(provider, dt, to, src, auth)
    H += [dkim_sig(domain, 's1', dt, hdrs='from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:content-type:to:cc:content-type:from:subject:to', c='relaxed/relaxed'),
          dkim_sig('sendgrid.info', 'smtpapi', dt, hdrs='from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:content-type:to:cc:content-type:from:subject:to', c='relaxed/relaxed'),
          ('Date', format_datetime(dt.astimezone(UTC)).replace('-0000', '+0000')),
          ('From', frm), ('To', to),
          ('Message-ID', f"<{hexs(22)}@{R.choice(['ip-10-20-4-17', 'credly-mailer-7f9c'])}.mail>"),
          ('Subject', subject), ('MIME-Version', '1.0'),
          ('List-Unsubscribe', f"<https://www.{domain}/earner/unsubscribe?token={hexs(32)}>"),
          ('X-SG-EID', b64(60)), ('X-Entity-ID', b64(16))]
    return H


def credly_html(inner):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif;color:#303030;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;">
<tr><td style="padding:24px;border-bottom:1px solid #eee;"><img src="https://www.credly.com/assets/credly_logo.png" alt="Credly" width="100"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;">
{inner}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;">Credly, Inc. &middot; 1 Penn Plaza, Suite 2210 &middot; New York, NY 10119<br>
You are receiving this e-mail because an organization issued you a badge on Credly. <a href="https://www.credly.com/earner/settings/notifications">Notification settings</a></td></tr>
</table></td></tr></table>
</body></html>
"""


# ---- 048 Credly: badges re-issued after the merge (Gmail)
d = dt_(2025, 5, 21, 22, 14, 5)
new = """Hi Priya,

Amazon Web Services Training and Certification has issued you 3 badges following an
update to your certification record:

  - AWS Certified Solutions Architect - Associate
  - AWS Certified Developer - Associate
  - AWS Certified Cloud Practitioner

Accept your badges to start sharing them:
https://www.credly.com/earner/earned/pending?utm_source=issued_email

Questions? Visit https://support.credly.com

The Credly Team
"""
inner = """<p>Hi Priya,</p>
<p><strong>Amazon Web Services Training and Certification</strong> has issued you 3 badges following an update to your certification record:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p style="text-align:center;margin:28px 0;"><a href="https://www.credly.com/earner/earned/pending?utm_source=issued_email" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold;">Accept your badges</a></p>
<p>Questions? Visit <a href="https://support.credly.com">support.credly.com</a></p>
<p>The Credly Team</p>"""
write('credly-three-badges-reissued', kind='credly_badge_issued', case_id=None, lang='en', sv=True, new=new,
      headers=credly_headers(d, PRIYA[1], "You've been issued 3 badges by Amazon Web Services Training and Certification", 'gmail'),
      body=multi('alternative', [text(new), text(credly_html(inner), 'html')], f"{hexs(30)}"))

# ---- 049 Credly: badge waiting to be accepted (M365)
d = dt_(2026, 2, 2, 9, 51, 30)
new = """Tomasz, your badge is waiting!

Amazon Web Services Training and Certification has issued you the badge
"AWS Certified DevOps Engineer - Professional".

Claim your badge and share it with your network:
https://www.credly.com/badges/4f1c9a0e-2b6d-4c57-9a51-0d8e3f7b21c4/accept

This badge was moved to your account as part of an update to your AWS
Certification profile. If you have questions about the badge itself, please
contact the issuer.

Credly
"""
inner = """<h2 style="margin:0 0 12px 0;">Tomasz, your badge is waiting!</h2>
<p><strong>Amazon Web Services Training and Certification</strong> has issued you the badge &ldquo;AWS Certified DevOps Engineer &ndash; Professional&rdquo;.</p>
<p style="text-align:center;margin:28px 0;"><a href="https://www.credly.com/badges/4f1c9a0e-2b6d-4c57-9a51-0d8e3f7b21c4/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold;">Accept your badge</a></p>
<p style="font-size:13px;color:#666;">This badge was moved to your account as part of an update to your AWS Certification profile. If you have questions about the badge itself, please contact the issuer.</p>"""
write('credly-badge-waiting-after-move', kind='credly_badge_issued', case_id=None, lang='en', sv=True, new=new,
      headers=credly_headers(d, TOMASZ[1], "Claim your AWS Certified DevOps Engineer - Professional badge", 'm365'),
      body=multi('alternative', [text(new, cte='quoted-printable'), text(credly_html(inner), 'html', cte='quoted-printable')], f"{hexs(30)}"))

# ---- 050 Acclaim (2019): badge earned, no Authentication-Results
d = dt_(2019, 10, 9, 16, 2, 48)
new = """Congratulations, Marcus!

You've earned a badge from Amazon Web Services Training and Certification:
AWS Certified SysOps Administrator - Associate

Accept your badge to add it to your profile and share it:
https://www.youracclaim.com/earner/earned/badge/0c7e1f52-8a93-4d2b-b8f1-5e7a60c2d9aa

Acclaim by Pearson
"""
H = credly_headers(d, MARCUS[1], "Congratulations, you've earned a badge from Amazon Web Services Training and Certification!",
                   'isp_noar', frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
                   domain='youracclaim.com')
write('acclaim-2019-badge-earned-no-auth', kind='credly_badge_issued', case_id=None, lang='en', sv=None, new=new,
      headers=H, body=multi('alternative', [text(new, cte='7bit', charset='us-ascii'),
                                            text(credly_html(p2h(new)).replace('Credly', 'Acclaim'), 'html')], f"{hexs(30)}"))

# ------------------------------------------------------------- unrelated
# ---- 051 Credly's own self-service account merge code (genuine Credly)
d = dt_(2025, 7, 19, 8, 3, 51)
new = """Hi Lena,

We received a request to merge another Credly account into your account
(lena.fischer.cloud@gmail.com).

Your verification code is: 604918

Enter this code on the merge page, or click the button below to complete the
process. The code expires in 30 minutes.

Complete Account Merge:
https://www.credly.com/users/account_merge/confirm?token=6b0d2c1f9e8a47d3b5c2

If you didn't request this, you can safely ignore this e-mail - no changes will be
made to your account.

The Credly Team
"""
inner = """<p>Hi Lena,</p>
<p>We received a request to merge another Credly account into your account (lena.fischer.cloud@gmail.com).</p>
<p style="font-size:28px;letter-spacing:6px;text-align:center;font-weight:bold;margin:24px 0;">604918</p>
<p>Enter this code on the merge page, or click the button below to complete the process. The code expires in 30 minutes.</p>
<p style="text-align:center;margin:28px 0;"><a href="https://www.credly.com/users/account_merge/confirm?token=6b0d2c1f9e8a47d3b5c2" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold;">Complete Account Merge</a></p>
<p style="font-size:13px;color:#666;">If you didn't request this, you can safely ignore this e-mail &ndash; no changes will be made to your account.</p>"""
write('credly-self-service-merge-code', kind='unrelated', case_id=None, lang='en', sv=True, new=new,
      headers=credly_headers(d, LENA[1], "Your Credly account merge verification code", 'gmail',
                             frm='"Credly" <admin@credly.com>'),
      body=multi('alternative', [text(new), text(credly_html(inner), 'html')], f"{hexs(30)}"))

# ---- 052 Credly badge-expiry reminder (genuine Credly, Outlook)
d = dt_(2025, 12, 9, 14, 30, 0)
new = """Hi Daniel,

Your badge "AWS Certified Solutions Architect - Associate" issued by Amazon Web
Services Training and Certification will expire on March 9, 2026.

To keep your badge active, review the recertification requirements from the issuer:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/7d2e90c4-51ab-4e0f-a8c3-9b64f21d0e77

The Credly Team
"""
write('credly-badge-expiry-reminder', kind='unrelated', case_id=None, lang='en', sv=True, new=new,
      headers=credly_headers(d, DANIEL[1], "Your AWS Certified Solutions Architect - Associate badge expires in 90 days", 'outlook'),
      body=multi('alternative', [text(new), text(credly_html(p2h(new)), 'html')], f"{hexs(30)}"))

# ---- 053 other AWS support case: billing (console reply, Gmail)
CB_OPEN = dt_(2025, 10, 30, 12, 4, 19)
CB = cid15(CB_OPEN)
d = CB_OPEN + timedelta(hours=20, minutes=31)
new = f"""Hello Priya,

Thank you for contacting AWS Billing and Accounts support.

I've reviewed the charges you asked about on your October invoice. The $41.72 comes
from an Elastic IP address that was allocated in us-east-1 but not associated with a
running instance, and from a NAT gateway in ap-south-1 that was left running after
your lab ended.

Once you release the address and delete the NAT gateway, no further charges will
accrue. As a one-time courtesy, I've requested a credit for these charges; you should
see it on your account within 3-5 business days.

Could you let me know once both resources have been removed?

Best regards,
Ravi S.
Amazon Web Services
"""
footer = f"""To see all the correspondence for this case, open the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CB}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above."""
write('other-aws-case-billing-reply', kind='unrelated', case_id=CB, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=PRIYA[1], frm=CONSOLE_FROM,
                          subject=f"RE:[CASE {CB}] Unexpected charges on October invoice",
                          provider='gmail'),
      body=multi('alternative', [text(new + "\n" + footer), text(html_wrap(p2h(new + "\n" + footer)), 'html')], java_boundary(d)))

# ---- 054 look-alike acknowledgement: new support case for a service quota (console, M365)
CQ_OPEN = dt_(2026, 2, 3, 10, 17, 52)
CQ = cid15(CQ_OPEN)
d = CQ_OPEN + timedelta(seconds=14)
new = f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {CQ} to address your issue.

The details of your case are as follows:

Case ID: {CQ}
Subject: Limit Increase: EC2 Instances (Running On-Demand Standard instances)
Severity: Low
Correspondence: Service: EC2 Instances
Region: eu-central-1
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New limit value: 256

To view your case or add correspondence, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CQ}&language=en

Sincerely,
Amazon Web Services

{CONSOLE_FOOTER}
"""
write('new-case-ec2-quota-increase', kind='unrelated', case_id=CQ, lang='en', sv=True, new=new,
      headers=aws_headers(dt=d, to=TOMASZ[1], frm=CONSOLE_FROM,
                          subject=f"Amazon Web Services: You have opened a new Support case: {CQ}",
                          provider='m365'),
      body=text(new, charset='us-ascii', cte='7bit'))

# ---- 055 Seller Central (Japan) case about merging duplicate product pages (genuine amazon.co.jp)
d = dt_(2025, 9, 12, 4, 45, 33)
SC = '5884881212'
src = dict(ip='52.95.48.151', host='smtp-out-48151.amazon.co.jp', mailfrom=f"2025091204453{R.randint(1000, 9999)}@bounces.amazon.co.jp",
           mfdomain='bounces.amazon.co.jp')
auth = {'spf': ('pass', src['mailfrom'], src['ip']),
        'dkim': [('pass', 'amazon.co.jp', 'rjw3fsplhjbkd4qzjg3bqshbsyxv4isc')],
        'dmarc': ('pass', 'QUARANTINE', 'amazon.co.jp')}
new = f"""Amazon.co.jp をご利用いただきありがとうございます。
テクニカルサポートの吉田です。

お問い合わせいただいた重複している商品詳細ページの件につきまして、ご連絡いたします。

ASIN: B0CX7K2M4Q と B0CX7K9R1T について確認いたしましたところ、同一の商品であることが確認できましたので、
2 つの商品詳細ページを B0CX7K2M4Q に統合いたしました。
統合の結果がストアフロントに反映されるまで、最大 48 時間ほどかかる場合がございます。

その他ご不明な点がございましたら、本ケースへご返信ください。

今後ともよろしくお願いいたします。

吉田
Amazon.co.jp 出品サービス
セラーサポート
"""
write('seller-central-ja-detail-pages-merged', kind='unrelated', case_id=SC, lang='ja', sv=True, new=new,
      headers=aws_headers(dt=d, to='shop@tokoya-zakka.jp', frm=addr('Amazon.co.jp セラーサポート', 'seller-notification@amazon.co.jp', 'utf-8'),
                          subject=enc_header(f"RE:[CASE {SC}] 重複している商品詳細ページの統合について", 'utf-8'),
                          provider='sonet', src=src, auth=auth, dkim_domain=None,
                          msgid=f"<{R.randint(10**12, 10**13)}.{R.randint(10**6, 10**7)}.JavaMail.sellercentral@amazon.co.jp>",
                          extra_orig=[dkim_sig('amazon.co.jp', 'rjw3fsplhjbkd4qzjg3bqshbsyxv4isc', d)]),
      body=multi('alternative', [text(new, cte='base64'), text(html_wrap(p2h(new), lang='ja'), 'html', cte='base64')],
                 java_boundary(d)))

# ---- 056 CertMetrics survey "AWS Certification wants to hear from you" (genuine, not AWS domain)
d = dt_(2025, 7, 30, 17, 12, 4)
src = dict(ip='192.174.90.33', host='mta-90-33.sparkpostmail.com', mailfrom='msprvs1=20143abcdeFg=bounces-124583@spmail.certmetrics.com',
           mfdomain='spmail.certmetrics.com')
auth = {'spf': ('pass', src['mailfrom'], src['ip']),
        'dkim': [('pass', 'certmetrics.com', 'scph0723')],
        'dmarc': ('pass', 'NONE', 'certmetrics.com')}
new = """Hello Lena,

AWS Certification wants to hear from you!

Thank you for being part of the AWS Certification community. We are conducting a
short survey about your certification experience - from exam preparation to
scheduling and taking your exam. The survey takes about 10 minutes.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?s=CX2025Q3

Your responses are anonymous and will help us improve the program.

Thank you,
AWS Training and Certification

This e-mail was sent by CertMetrics on behalf of Amazon Web Services. Please do not
reply to this message.
"""
write('certmetrics-wants-to-hear-from-you', kind='unrelated', case_id=None, lang='en', sv=False, new=new,
      headers=aws_headers(dt=d, to=LENA[1], frm='"AWS Certification" <do-not-reply@certmetrics.com>',
                          subject="AWS Certification wants to hear from you",
                          provider='gmail', src=src, auth=auth, dkim_domain=None,
                          msgid=f"<{hexs(8)}.{hexs(4)}.{hexs(12)}@certmetrics.com>",
                          extra_orig=[dkim_sig('certmetrics.com', 'scph0723', d)]),
      body=multi('alternative', [text(new), text(html_wrap(p2h(new)), 'html')], f"=_{hexs(16)}"))

# ---- 057 Pearson VUE appointment confirmation (genuine Pearson, Outlook)
d = dt_(2025, 9, 20, 23, 8, 19)
src = dict(ip='159.182.1.61', host='mail61.pearsonvue.com', mailfrom='pearsonvuedonotreply@pearson.com',
           mfdomain='pearson.com')
auth = {'spf': ('pass', src['mailfrom'], src['ip']),
        'dkim': [('pass', 'pearson.com', 'pvue1')],
        'dmarc': ('pass', 'REJECT', 'pearson.com')}
new = """Dear Daniel Okafor,

Thank you for scheduling your exam with Pearson VUE. This is your confirmation.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Date and time: Saturday, October 18, 2025 at 9:00 AM Eastern Daylight Time
Delivery: OnVUE online proctored exam
Registration ID: 512874063
Candidate ID: AWS09921184

Please check in 30 minutes before your appointment and have your ID ready.

To reschedule or cancel, sign in to your AWS Certification account at least 24
hours before your appointment.

Sincerely,
Pearson VUE
"""
write('pearson-vue-appointment-confirmation', kind='unrelated', case_id=None, lang='en', sv=False, new=new,
      headers=aws_headers(dt=d, to=DANIEL[1], frm='"Pearson VUE" <pearsonvuedonotreply@pearson.com>',
                          subject="Pearson VUE Confirmation of Booking",
                          provider='outlook', src=src, auth=auth, dkim_domain=None,
                          msgid=f"<{R.randint(10**9, 10**10)}.{R.randint(10**5, 10**6)}@pearsonvue.com>",
                          extra_orig=[dkim_sig('pearson.com', 'pvue1', d)]),
      body=multi('alternative', [text(new), text(html_wrap(p2h(new)).replace('aws-logo-white.png', 'pvue-logo.png'), 'html')],
                 f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}"))

# ---- 058 GitHub PR merged notification (account-merge wording in a code context)
d = dt_(2026, 1, 29, 10, 33, 48)
src = dict(ip='192.30.252.207', host='out-24.smtp.github.com', mailfrom='noreply@github.com', mfdomain='github.com')
auth = {'spf': ('pass', src['mailfrom'], src['ip']),
        'dkim': [('pass', 'github.com', 'pf2023')],
        'dmarc': ('pass', 'REJECT', 'github.com')}
new = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lumenforge/cert-tools/pull/482#event-15529104877
You are receiving this because you authored the thread.
"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/lumenforge/cert-tools/pull/482">#482</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/lumenforge/cert-tools/pull/482#event-15529104877">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>"""
write('github-pr-merged-account-merge-script', kind='unrelated', case_id=None, lang='en', sv=False, new=new,
      headers=aws_headers(dt=d, to=TOMASZ[1], frm='"Marta Zielinska" <notifications@github.com>',
                          subject="Re: [lumenforge/cert-tools] Add script to merge duplicate certification accounts in our tracker (PR #482)",
                          provider='m365', src=src, auth=auth, dkim_domain=None,
                          reply_to='lumenforge/cert-tools <reply+ABCDQ7XK3M5Y2TVWZEZB5N6FVN2YVEVBNHHJ4K5LXE@reply.github.com>',
                          msgid='<lumenforge/cert-tools/pull/482/issue_event/15529104877@github.com>',
                          extra_orig=[dkim_sig('github.com', 'pf2023', d, c='relaxed/relaxed'),
                                      ('In-Reply-To', '<lumenforge/cert-tools/pull/482@github.com>'),
                                      ('References', '<lumenforge/cert-tools/pull/482@github.com>'),
                                      ('X-GitHub-Reason', 'author'),
                                      ('List-ID', 'lumenforge/cert-tools <cert-tools.lumenforge.github.com>'),
                                      ('X-GitHub-Sender', 'mzielinska')]),
      body=multi('alternative', [text(new, cte='7bit', charset='UTF-8'), text(html, 'html', cte='7bit', charset='UTF-8')],
                 f"--==_mimepart_{hexs(13)}_{R.randint(10, 99)}"))

# ---- 059 AWS Builder ID verification code (no Authentication-Results)
d = dt_(2025, 10, 14, 17, 52, 6)
new = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. To finish, enter the verification code
below in the browser window where you started signing up.

Verification code: 739214

This code expires in 30 minutes.

If you did not request this code, you can ignore this message.

Amazon Web Services
"""
write('builder-id-verification-code', kind='unrelated', case_id=None, lang='en', sv=None, new=new,
      headers=aws_headers(dt=d, to=MARCUS[1], frm='"AWS" <no-reply@signin.aws>',
                          subject="Verify your AWS Builder ID email address",
                          provider='isp_noar', dkim_domain=None, feedback=False,
                          extra_orig=[dkim_sig('signin.aws', 'ug3z7wxqv7y4m3gh4xqz2vlb5yuu4plp', d)]),
      body=multi('alternative', [text(new), text(html_wrap(p2h(new)), 'html')], java_boundary(d)))

# ---- 060 Japanese phishing not about the merge: payment details (docomo, dmarc=fail)
d = dt_(2025, 12, 15, 22, 40, 55)
src = dict(ip='91.92.240.117', host='mail.aws-billing-jp.net', mailfrom='support@aws-billing-jp.net',
           mfdomain='aws-billing-jp.net')
auth = {'spf': ('softfail', src['mailfrom'], src['ip']),
        'dkim': [('none', 'aws-billing-jp.net', '')],
        'dmarc': ('fail', 'REJECT', 'aws.amazon.com')}
new = """AWS をご利用のお客様

お客様の AWS アカウントにおいて、お支払い方法の確認ができませんでした。
72 時間以内にお支払い情報を更新いただけない場合、アカウントは一時停止され、
すべてのリソース（EC2 インスタンス、S3 バケット等）が削除される可能性があります。

▼お支払い情報の更新はこちら
https://aws-billing-jp.net/console/payment/update

※本メールは送信専用です。
Amazon Web Services, Inc.
"""
write('ja-phish-payment-update-not-merge', kind='unrelated', case_id=None, lang='ja', sv=False, new=new,
      headers=aws_headers(dt=d, to='r.takahashi@docomo.ne.jp', frm=addr('AWS 請求サポート', 'billing-support@aws.amazon.com', 'iso-2022-jp'),
                          subject=enc_header("【重要】AWS アカウントのお支払い情報を更新してください", 'iso-2022-jp'),
                          provider='docomo', src=src, auth=auth, dkim_domain=None,
                          msgid=f"<{hexs(16)}@aws-billing-jp.net>"),
      body=text(new, charset='iso-2022-jp', cte='7bit'))

# ==================================================== END MAILS

with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
    json.dump(LABELS, f, indent=2, ensure_ascii=False)
for k, v in LABELS.items():
    print(k, v['kind'], v['case_id'], v['account_ids'], v['sender_verified'], v['language'])
