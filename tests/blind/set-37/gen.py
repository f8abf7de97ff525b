#!/usr/bin/env python3
"""Generate blind test set 37: AWS Certification account-merge mail (.eml) + labels.json."""
import base64
import json
import os
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email import charset as ecs
from email.header import Header
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(373737)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
GMT = timezone(timedelta(hours=0))
EST = timezone(timedelta(hours=-5))
EDT = timezone(timedelta(hours=-4))

ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)')


def T(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def cid(dt, suf):
    return f"{int(dt.timestamp())}{suf:05d}"


def rb64(n):
    return base64.b64encode(R.randbytes(n)).decode()


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


def strip_html(h):
    h = re.sub(r'(?is)<blockquote.*?</blockquote>', ' ', h)
    h = re.sub(r'(?is)<(style|head).*?</\1>', ' ', h)
    h = re.sub(r'<[^>]+>', ' ', h)
    return h.replace('&nbsp;', ' ').replace('&amp;', '&')


# ---------------------------------------------------------------- date helpers
JDOW = '月火水木金土日'


def pacific(dt):
    # rough US DST: 2nd Sunday March .. 1st Sunday Nov
    y = dt.year
    mar = datetime(y, 3, 8, 10, tzinfo=UTC)
    while mar.weekday() != 6:
        mar += timedelta(days=1)
    nov = datetime(y, 11, 1, 9, tzinfo=UTC)
    while nov.weekday() != 6:
        nov += timedelta(days=1)
    if mar <= dt < nov:
        return dt.astimezone(timezone(timedelta(hours=-7))), 'PDT'
    return dt.astimezone(timezone(timedelta(hours=-8))), 'PST'


def gdate(dt):
    p, z = pacific(dt)
    return format_datetime(p) + f' ({z})'


def en_on(dt, name, addr):
    return (f"On {dt.strftime('%a')}, {dt.strftime('%b')} {dt.day}, {dt.year} at "
            f"{dt.strftime('%I').lstrip('0')}:{dt.strftime('%M')} {dt.strftime('%p')} {name} <{addr}> wrote:")


def ja_on(dt, name, addr):
    return f"{dt.year}年{dt.month}月{dt.day}日({JDOW[dt.weekday()]}) {dt.hour}:{dt.minute:02d} {name} <{addr}>:"


def ol_block(dt, frm, to, subject, cc=None):
    s = (f"________________________________\nFrom: {frm}\n"
         f"Sent: {dt.strftime('%A')}, {dt.strftime('%B')} {dt.day}, {dt.year} "
         f"{dt.strftime('%I').lstrip('0')}:{dt.strftime('%M')} {dt.strftime('%p')}\nTo: {to}\n")
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n"


def ol_block_ja(dt, frm, to, subject):
    return (f"________________________________\n差出人: {frm}\n"
            f"送信日時: {dt.year}年{dt.month}月{dt.day}日 {JDOW[dt.weekday()]}曜日 {dt.hour}:{dt.minute:02d}\n"
            f"宛先: {to}\n件名: {subject}\n")


def quote(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split('\n'))


# ---------------------------------------------------------------- senders
AWS_IPS = ['54.240.8.30', '54.240.8.44', '54.240.27.17', '54.240.13.66', '54.240.11.126', '54.240.48.95']


def aws_sender(addr, display, dt, result='pass'):
    ip = R.choice(AWS_IPS)
    host = 'a' + ip.split('.')[2] + '-' + ip.split('.')[3] + '.smtp-out.amazonses.com'
    ms = int(dt.timestamp() * 1000) + R.randint(10, 900)
    u = uuid.UUID(int=R.getrandbits(128), version=4)
    mid = f"0100{ms:012x}-{u}-000000"
    return dict(kind='aws', addr=addr, display=display, fromdom='amazon.com', ip=ip, host=host,
                mailfrom=f"{mid}@amazonses.com", mfdom='amazonses.com', msgid=f"<{mid}@email.amazonses.com>",
                dkim=[('amazon.com', 'szqgv33erturdv5cvz4vtb2fxixhutm5'),
                      ('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')],
                dkimres='pass', spf='pass', dmarc='pass', p='QUARANTINE', extra=[
                    ('Feedback-ID', f"::1.us-east-1.{rb64(30)[:43]}=:AmazonSES"),
                    ('X-SES-Outgoing', dt.strftime('%Y.%m.%d') + '-' + ip)])


def credly_sender(dt, display='Amazon Web Services Training and Certification via Credly', addr='admin@credly.com'):
    ip = f"149.72.{R.randint(100, 250)}.{R.randint(2, 250)}"
    host = f"o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.em.credly.com"
    dom = addr.split('@')[1]
    return dict(kind='credly', addr=addr, display=display, fromdom=dom, ip=ip, host=host,
                mailfrom=f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{{rcpt}}@em.{dom}",
                mfdom=f"em.{dom}", msgid=f"<{rb64(16).rstrip('=').replace('/', '_').replace('+', '-')}@geopod-ismtpd-{R.randint(1, 40)}>",
                dkim=[(dom, 's1'), ('sendgrid.info', 'smtpapi')], dkimres='pass', spf='pass',
                dmarc='pass', p='REJECT', extra=[('X-SG-EID', rb64(60)), ('X-Entity-ID', rb64(18))])


def other_sender(addr, display, ip, host, mfdom=None, dkimdom=None, msgdom=None, p='NONE',
                 dkimres='pass', spf='pass', dmarc='pass', extra=None):
    dom = addr.split('@')[1]
    mfdom = mfdom or dom
    return dict(kind='other', addr=addr, display=display, fromdom=dom, ip=ip, host=host,
                mailfrom=f"bounce-{rhex(10)}@{mfdom}", mfdom=mfdom,
                msgid=f"<{rhex(8)}.{rhex(12)}@{msgdom or dom}>",
                dkim=[(dkimdom or dom, 'selector1')] if dkimres != 'none' else [],
                dkimres=dkimres, spf=spf, dmarc=dmarc, p=p, extra=extra or [])


# ---------------------------------------------------------------- receiving providers
def dkim_sig(dom, sel, dt):
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={dom}; t={int(dt.timestamp())};\n"
            f"\th=From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:Message-ID;\n"
            f"\tbh={rb64(32)};\n\tb={rb64(128)[:86]}\n\t{rb64(128)[:86]}\n\t{rb64(128)[:86]}\n\t{rb64(64)[:86]}")


def trace_headers(s, provider, to_addr, dt, forged_ar=None):
    """Return list of (name, value) trace headers, top first."""
    rx = dt + timedelta(seconds=R.randint(1, 4))
    mf = s['mailfrom'].replace('{rcpt}', to_addr.replace('@', '='))
    hs = []
    dk = s['dkim']
    if provider == 'gmail':
        hs.append(('Delivered-To', to_addr))
        hs.append(('Received', f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(3)}csp{R.randint(1000000, 9999999)}{R.choice(['lkb', 'dyb', 'rjb'])};\n        {gdate(rx)}"))
        hs.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:64]))
        hs.append(('X-Received', f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)} with SMTP id {rhex(12)}-{rhex(4)}.{R.randint(10, 99)}.{rx.strftime('%Y%m%d')}{R.randint(1000, 9999)};\n        {gdate(rx)}"))
        hs.append(('Return-Path', f"<{mf}>"))
        hs.append(('Received', f"from {s['host']} ({s['host']}. [{s['ip']}])\n        by mx.google.com with ESMTPS id {rhex(8)}-{rhex(6)}si{R.randint(100000, 999999)}{rhex(2)}.{R.randint(100, 999)}.{rx.year}.{rx.month:02d}.{rx.day:02d}.{rx.hour:02d}.{rx.minute:02d}.{rx.second:02d}\n        for <{to_addr}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(rx)}"))
        if s['spf'] == 'pass':
            spftxt = f"(google.com: domain of {mf} designates {s['ip']} as permitted sender)"
        else:
            spftxt = f"(google.com: domain of transitioning {mf} does not designate {s['ip']} as permitted sender)"
        hs.append(('Received-SPF', f"{s['spf']} {spftxt} client-ip={s['ip']};"))
        parts = ['mx.google.com;']
        for d, sel in dk:
            parts.append(f"dkim={s['dkimres']} header.i=@{d} header.s={sel} header.b={rb64(6)[:8]};")
        parts.append(f"spf={s['spf']} {spftxt} smtp.mailfrom={mf};")
        dis = 'NONE' if s['dmarc'] == 'pass' else ('QUARANTINE' if s['p'] == 'QUARANTINE' else 'NONE')
        parts.append(f"dmarc={s['dmarc']} (p={s['p']} sp={s['p']} dis={dis}) header.from={s['fromdom']}")
        hs.insert(4, ('ARC-Authentication-Results', 'i=1; ' + '\n       '.join(parts)))
        hs.insert(4, ('ARC-Seal', f"i=1; a=rsa-sha256; t={int(rx.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(90)}"))
        hs.insert(6, ('Authentication-Results', '\n       '.join(parts)))
        # keep Authentication-Results above ARC? Gmail places ARC-Seal, ARC-Message-Signature, ARC-AR first, then
        # Return-Path/Received/Received-SPF/Authentication-Results. Reorder accordingly.
        order = ['Delivered-To', 'Received', 'X-Google-Smtp-Source', 'X-Received', 'ARC-Seal',
                 'ARC-Authentication-Results', 'Return-Path', 'Received', 'Received-SPF', 'Authentication-Results']
        hs2 = []
        pool = list(hs)
        for name in order:
            for i, (n, v) in enumerate(pool):
                if n == name:
                    hs2.append(pool.pop(i))
                    break
        hs = hs2
    elif provider in ('outlook', 'o365'):
        mshost = R.choice(['SA1PR02MB', 'PH7PR11MB', 'DM6PR04MB', 'TYCPR01MB', 'OS3PR01MB', 'DB9PR03MB', 'AS8PR07MB'])
        eop = R.choice(['BN1PEPF0000468D', 'SN1PEPF0002636E', 'CH2PEPF0000009A', 'OSZPR01CA0061', 'TY2PEPF0000AB84', 'AM4PEPF00027A6A'])
        h1 = f"{mshost}{R.randint(1000, 9999)}.{R.choice(['namprd', 'apcprd', 'eurprd', 'jpnprd'])}{R.randint(1, 20):02d}.prod.outlook.com"
        hs.append(('Received', f"from {h1} (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)})\n by {mshost}{R.randint(1000, 9999)}.prod.outlook.com with HTTPS; {format_datetime(rx.astimezone(UTC))}"))
        hs.append(('Received', f"from {eop}.{R.choice(['namprd03', 'apcprd02', 'eurprd05', 'jpnprd01'])}.prod.outlook.com\n (2603:10b6:{rhex(3)}:{rhex(2)}:cafe::{rhex(2)}) by {h1}\n (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8300, 9300)}.{R.randint(10, 40)}; {format_datetime(rx.astimezone(UTC))}"))
        dparts = ''.join(f" dkim={s['dkimres']} (signature was verified)\n header.d={d};" for d, _ in dk) if dk else " dkim=none (message not signed)\n header.d=none;"
        if s['dmarc'] == 'pass':
            tail = f"dmarc=pass action=none\n header.from={s['fromdom']};compauth=pass reason=100"
        elif s['dmarc'] == 'none':
            tail = f"dmarc=none action=none\n header.from={s['fromdom']};compauth=softpass reason=201"
        else:
            tail = f"dmarc=fail action=quarantine\n header.from={s['fromdom']};compauth=fail reason=000"
        hs.append(('Authentication-Results', f"spf={s['spf']} (sender IP is {s['ip']})\n smtp.mailfrom={s['mfdom']};{dparts}{tail}"))
        rs = 'Pass' if s['spf'] == 'pass' else 'SoftFail'
        hs.append(('Received-SPF', f"{rs} (protection.outlook.com: domain of {s['mfdom']} {'designates' if rs == 'Pass' else 'does not designate'} {s['ip']} as permitted sender)\n receiver=protection.outlook.com; client-ip={s['ip']};\n helo={s['host']}; pr=C"))
        hs.append(('Received', f"from {s['host']} ({s['ip']}) by\n {eop}.mail.protection.outlook.com (10.167.{R.randint(200, 250)}.{R.randint(2, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8300, 9300)}.{R.randint(10, 40)} via Frontend\n Transport; {format_datetime(rx.astimezone(UTC))}"))
        hs.append(('X-MS-Exchange-Organization-ExpirationStartTime', rx.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)'))
        hs.append(('X-MS-Exchange-Organization-Network-Message-Id', str(uuid.UUID(int=R.getrandbits(128), version=4))))
        hs.append(('X-MS-Exchange-Organization-AuthSource', f"{eop}.{R.choice(['namprd03', 'jpnprd01'])}.prod.outlook.com"))
        hs.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
        hs.append(('Return-Path', mf))
    elif provider in ('nifty', 'biglobe'):
        if provider == 'nifty':
            mx = f"mta-snd-e{R.randint(1, 12):02d}.mail.nifty.com"
            authserv = 'nifty.com'
        else:
            mx = f"mxin{R.randint(1, 9)}.mail.biglobe.ne.jp"
            authserv = 'biglobe.ne.jp'
        hs.append(('Return-Path', f"<{mf}>"))
        hs.append(('Delivered-To', to_addr))
        hs.append(('Received', f"from {s['host']} ({s['host']} [{s['ip']}])\n\tby {mx} with ESMTP\n\tid <{rx.astimezone(JST).strftime('%Y%m%d%H%M%S')}{R.randint(100, 999)}.{rhex(6).upper()}.{mx}@{s['host']}>\n\tfor <{to_addr}>; {format_datetime(rx.astimezone(JST))}"))
        dparts = ' '.join(f"dkim={s['dkimres']} header.i=@{d};" for d, _ in dk) if dk else 'dkim=none;'
        hs.append(('Authentication-Results', f"{authserv}; spf={s['spf']} smtp.mailfrom={s['mfdom']};\n\t{dparts}\n\tdmarc={s['dmarc']} header.from={s['fromdom']}"))
    elif provider == 'none_trace':
        # delivered via a POP server that adds no Authentication-Results
        hs.append(('Return-Path', f"<{mf}>"))
        hs.append(('Received', f"from {s['host']} ({s['host']} [{s['ip']}])\n\tby mail.{to_addr.split('@')[1]} (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{to_addr}>; {format_datetime(rx)}"))
    elif provider == 'internal':
        hs.append(('Received', f"from TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com (2603:1096:{rhex(3)}:{rhex(2)}::{rhex(2)})\n by TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com with HTTPS; {format_datetime(rx.astimezone(UTC))}"))
        hs.append(('Received', f"from TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}]) by TYCPR01MB{R.randint(1000, 9999)}.jpnprd01.prod.outlook.com\n ([fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}%5]) with mapi id 15.20.{R.randint(8300, 9300)}.{R.randint(10, 40)}; {format_datetime(rx.astimezone(UTC))}"))
    else:
        raise ValueError(provider)
    if forged_ar:
        hs.append(('Received', f"from {s['host']} ([{s['ip']}])\n\tby {s['host']} with ESMTPSA id {rhex(12)}\n\tfor <{to_addr}>; {format_datetime(dt)}"))
        hs.append(('Authentication-Results', forged_ar))
    if s['kind'] != 'other' or s['dkim']:
        for d, sel in dk:
            if s['dkimres'] in ('pass',):
                hs.append(('DKIM-Signature', dkim_sig(d, sel, dt)))
    return hs


# ---------------------------------------------------------------- body builders
def qp_utf8():
    c = ecs.Charset('utf-8')
    c.body_encoding = ecs.QP
    c.header_encoding = ecs.BASE64
    return c


def b64_utf8():
    c = ecs.Charset('utf-8')
    c.body_encoding = ecs.BASE64
    return c


def raw8_utf8():
    c = ecs.Charset('utf-8')
    c.body_encoding = None
    return c


def make_text(text, subtype='plain', enc='qp'):
    if enc == 'qp':
        return MIMEText(text, subtype, qp_utf8())
    if enc == 'b64':
        return MIMEText(text, subtype, b64_utf8())
    if enc == '8bit':
        return MIMEText(text, subtype, raw8_utf8())
    if enc == '7bit':
        text.encode('ascii')
        c = ecs.Charset('us-ascii')
        return MIMEText(text, subtype, c)
    if enc == 'iso-2022-jp':
        return MIMEText(text, subtype, 'iso-2022-jp')
    if enc == 'sjis':
        raw = text.replace('\n', '\r\n').encode('shift_jis')
        m = MIMENonMultipart('text', subtype, charset='Shift_JIS')
        m.set_payload(base64.encodebytes(raw).decode('ascii'))
        m['Content-Transfer-Encoding'] = 'base64'
        return m
    raise ValueError(enc)


def enc_subject(s, charset='utf-8', mode='B', pieces=1):
    if all(ord(c) < 128 for c in s):
        return s
    if pieces == 1:
        return Header(s, charset, header_name='Subject')
    n = len(s)
    cuts = [round(n * i / pieces) for i in range(pieces + 1)]
    words = []
    for a, b in zip(cuts, cuts[1:]):
        chunk = s[a:b]
        raw = chunk.encode(charset)
        if mode == 'B':
            words.append(f"=?{charset.upper() if charset != 'utf-8' else 'UTF-8'}?B?{base64.b64encode(raw).decode()}?=")
        else:
            q = ''.join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else ('_' if x == 32 else f"={x:02X}") for x in raw)
            words.append(f"=?UTF-8?Q?{q}?=")
    return '\n '.join(words)


def html_doc(inner, lang='en'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n{inner}\n</body></html>\n')


def txt2html(text):
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + para.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


# ---------------------------------------------------------------- registry
MAILS = []


def mail(**kw):
    subj = kw['subject']
    cs, mode, pieces = kw.get('subj', ('utf-8', 'B', 1))
    kw['subject_hdr'] = enc_subject(subj, cs, mode, pieces)
    MAILS.append(kw)


AWS_FAMILY = ('amazon.com', 'aws.amazon.com', 'signin.aws', 'amazonaws.com', 'credly.com', 'youracclaim.com')


def verified(m):
    if m['provider'] in ('none_trace', 'internal'):
        return None
    s = m['sender']
    return bool(s['kind'] in ('aws', 'credly') and s['dmarc'] == 'pass' and s['fromdom'] in AWS_FAMILY)


def build(m):
    body = m['body']
    btype = body[0]
    if btype == 'plain':
        _, new, quoted, enc = body
        text = new + (('\n\n' + quoted) if quoted else '')
        root = make_text(text, 'plain', enc)
        ids = ids_in(new)
        searchable = text
    elif btype == 'html':
        _, new_html, quoted_html, enc = body
        html = new_html if not quoted_html else new_html.replace('</body>', quoted_html + '\n</body>')
        root = make_text(html, 'html', enc)
        ids = ids_in(strip_html(new_html))
        searchable = strip_html(html) + html
    elif btype == 'alt':
        _, new, quoted, html, enc = body[:5]
        henc = body[5] if len(body) > 5 else enc
        text = new + (('\n\n' + quoted) if quoted else '')
        root = MIMEMultipart('alternative')
        root.attach(make_text(text, 'plain', enc))
        root.attach(make_text(html, 'html', henc))
        ids = ids_in(new)
        hid = ids_in(strip_html(html))
        if m.get('alt_ids_check', True):
            assert set(hid) == set(ids), (m['slug'], ids, hid)
        searchable = text + strip_html(html)
    else:
        raise ValueError(btype)
    if m.get('attach'):
        outer = MIMEMultipart('mixed')
        outer.attach(root)
        for a in m['attach']:
            outer.attach(a)
        root = outer
    for part in list(root.walk())[1:]:
        if 'MIME-Version' in part:
            del part['MIME-Version']
    if m.get('wrong_label'):
        # relabel the (already encoded) text part with a wrong charset
        for part in root.walk():
            if part.get_content_maintype() == 'text':
                part.set_param('charset', m['wrong_label'])
                break
    s = m['sender']
    to_addr = m['to'][1]
    hs = trace_headers(s, m['provider'], to_addr, m['date'], m.get('forged_ar'))
    own = []
    own.append(('From', m.get('from_hdr') or (f'"{s["display"]}" <{s["addr"]}>' if all(ord(c) < 128 for c in s['display'])
                                           else f'{Header(s["display"], "utf-8").encode()} <{s["addr"]}>')))
    if m.get('reply_to'):
        own.append(('Reply-To', m['reply_to']))
    tn = m['to'][0]
    if tn:
        tn_enc = tn if all(ord(c) < 128 for c in tn) else Header(tn, m.get('to_charset', 'utf-8')).encode()
        own.append(('To', f'{tn_enc} <{to_addr}>'))
    else:
        own.append(('To', to_addr))
    if m.get('cc'):
        own.append(('Cc', m['cc']))
    own.append(('Subject', m['subject_hdr']))
    own.append(('Date', format_datetime(m['date'].astimezone(m.get('date_tz', UTC)))))
    own.append(('Message-ID', m.get('msgid') or s['msgid']))
    if m.get('irt'):
        own.append(('In-Reply-To', m['irt']))
    if m.get('refs'):
        own.append(('References', m['refs']))
    for k, v in m.get('extra', []) + s.get('extra', []):
        own.append((k, v))
    mime = [(k, v) for k, v in root._headers]
    root._headers = []
    for k, v in hs + own:
        root._headers.append((k, v))
    for k, v in mime:
        if k == 'MIME-Version':
            continue
        root._headers.append((k, v))
    root._headers.insert(len(hs) + len(own), ('MIME-Version', '1.0'))
    pol = compat32.clone(max_line_length=None, linesep='\n')
    data = root.as_bytes(policy=pol)
    if m.get('crlf'):
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    # subject ids must also be in new text, to keep labels unambiguous
    subj_plain = m['subject']
    assert set(ids_in(subj_plain)) <= set(ids), (m['slug'], subj_plain, ids)
    if m['case_id']:
        assert m['case_id'] in searchable or m['case_id'] in subj_plain, (m['slug'], m['case_id'])
    return data, ids


# ====================================================================== CONTENT
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWSN = 'Amazon Web Services'


def form_subj(c):
    return f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"


def console_footer_en(c, agent=None):
    sig = f"{agent}\nAmazon Web Services" if agent else "Amazon Web Services"
    return f"""We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
{sig}

======================================================================
To see all the replies, please visit the Support Center: https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""


def console_footer_ja(c, agent=None):
    sig = f"{agent}\nAmazon Web Services" if agent else "Amazon Web Services"
    return f"""お客様のご意見をお聞かせください。AWS サポートセンターで、このやり取りおよびその他のやり取りを評価していただけます。やり取りの右上にある星を選択して評価してください。

よろしくお願いいたします。
{sig}

======================================================================
すべての返信を確認するには、サポートセンターにアクセスしてください: https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja

*ご注意: このメールは受信できないアドレスから送信されています。本メールにご返信いただいてもお受けできませんので、本件について再度お問い合わせいただく場合は上記のリンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""


FORM_FOOTER_EN = """To help us serve you better, please keep the case number in the subject line if you reply.

Thank you for contacting AWS Training and Certification."""

# ---------------------------------------------------------------------------------------------
# T1  Priya Raman  (en, outlook.com, form desk)  keep AWS04417893  <- AWS09921374
# ---------------------------------------------------------------------------------------------
P = ('Priya Raman', 'priya.raman@outlook.com')
P_OPEN = T(2025, 3, 11, 9, 41, 56)
C1 = cid(P_OPEN, 314)

d = T(2025, 3, 11, 9, 42, 3)
mail(slug='priya-t-and-c', kind='case_created', lang='en', case_id=C1,
     sender=aws_sender(FORM, AWSN, d), to=P, provider='outlook', date=d,
     subject=f"[CASE {C1}] We have received your AWS Training and Certification request",
     body=('plain', f"""Hello Priya,

Thanks for reaching out to AWS Training and Certification Customer Support. This is an automated note to let you know your request reached us and is now in our queue under case number {C1}.

A member of our team will look at it and get back to you, usually within one business day. There is no need to submit the form again: a second request about the same issue can actually slow things down.

Here is a copy of what you sent us:

  Inquiry type:      Certification
  Inquiry detail:    Account Merge
  AWS candidate ID:  AWS04417893
  Description:       I have two certification accounts, AWS04417893 (current) and an older one I created with my previous employer's e-mail address. I would like everything in one place.

You can add information to this request by replying to this e-mail.

{FORM_FOOTER_EN}

AWS Training and Certification Customer Support""", '', 'qp'))

d = T(2025, 3, 12, 16, 20, 41)
mail(slug='priya-aws-case', kind='support_reply', lang='en', case_id=C1,
     sender=aws_sender(FORM, AWSN, d), to=P, provider='outlook', date=d,
     subject=form_subj(C1),
     body=('plain', f"""Hi Priya,

Thanks for your patience! I had a look and I can see the profile you mentioned, AWS04417893, plus a second one registered to priya.r@northwind-analytics.com. That one is AWS09921374 and it holds your Cloud Practitioner result from 2022.

Before I can set anything up I need one thing from you: which of these two would you like to hold on to going forward? Whichever one you pick keeps its login and its candidate ID, and the other one's history gets folded into it. Most people keep the one tied to a personal address they will always have access to, but it's totally your call.

(I also spotted an older case of yours, 10582274613, about an exam voucher back in 2022. That one is closed and doesn't affect this request.)

Just reply to this e-mail with the candidate ID you'd like to keep and I'll take it from there.

Cheers,
Joanna
AWS Training and Certification Customer Support

{FORM_FOOTER_EN}""", '', 'qp'))

d = T(2025, 3, 13, 18, 5, 10)
pr1 = T(2025, 3, 13, 9, 12, tz=GMT)
mail(slug='priya-aws-case', kind='merge_confirmation_requested', lang='en', case_id=C1,
     sender=aws_sender(FORM, AWSN, d), to=P, provider='outlook', date=d,
     subject=form_subj(C1),
     body=('plain', f"""Hi Priya,

Great, thanks for letting me know. Here’s what I’ve got lined up — please read it carefully, because once it’s done we can’t reverse it:

  Stays active:    AWS04417893  (priya.raman@outlook.com)
  Folded into it:  AWS09921374  (priya.r@northwind-analytics.com)

Afterwards the exam history, certifications and any benefits on AWS09921374 will show up under AWS04417893, and you won't be able to sign in with the northwind-analytics address any more.

If that all looks right, just hit reply and tell me it's OK to go ahead. If anything is off, tell me and I'll fix it before touching anything.

Cheers,
Joanna
AWS Training and Certification Customer Support""",
           f"""-----Original Message-----
From: Priya Raman <priya.raman@outlook.com>
Sent: {pr1.strftime('%A')}, March 13, 2025 9:12 AM
To: Amazon Web Services <{FORM}>
Subject: {form_subj(C1)}

Hi Joanna,

Please keep AWS04417893, that's my personal one. Thanks!

Priya""", '8bit'))

d = T(2025, 3, 15, 2, 31, 9)
pr2 = T(2025, 3, 13, 19, 40, tz=GMT)
mail(slug='priya-aws-case', kind='merge_completed', lang='en', case_id=C1,
     sender=aws_sender(FORM, AWSN, d), to=P, provider='outlook', date=d,
     subject=form_subj(C1),
     body=('plain', f"""Hello Priya,

Good news: we've finished combining your certification profiles. Everything that was on your former profile has been carried over, and that profile has now been retired. From now on, please sign in with priya.raman@outlook.com only.

Could you do us a favour and log in over the next few days to check that:
 - all of your certifications (including Cloud Practitioner) are listed,
 - your 50% discount voucher for your next exam still shows under Benefits,
 - your digital badges look right.

If something is missing, just reply here and keep the case number in the subject.

Regards,
Marcus
AWS Training and Certification Customer Support""",
           ol_block(pr2, 'Priya Raman <priya.raman@outlook.com>', f'Amazon Web Services <{FORM}>', form_subj(C1)) + f"""
Yes, that's all correct. Please proceed with the merge.

Priya

""" + ol_block(T(2025, 3, 13, 18, 5, tz=GMT), f'Amazon Web Services <{FORM}>', 'Priya Raman <priya.raman@outlook.com>', form_subj(C1)) + f"""
Hi Priya,

Great, thanks for letting me know. Here's what I've got lined up. Please read it carefully, because once it's done we can't reverse it:

  Stays active:    AWS04417893  (priya.raman@outlook.com)
  Folded into it:  AWS09921374  (priya.r@northwind-analytics.com)

If that all looks right, just hit reply and tell me it's OK to go ahead.

Cheers,
Joanna""", 'qp'))

d = T(2025, 3, 15, 2, 33, 47)
surv_text = f"""Hello,

Your recent request to AWS Training and Certification (case {C1}) has been marked as resolved.

How did we do? It takes less than a minute to tell us.

Was your issue resolved?
  YES: https://survey.aws-tc-support.amazon.com/s/r?c={C1}&a=1
  NO:  https://survey.aws-tc-support.amazon.com/s/r?c={C1}&a=0

How satisfied were you with the person who helped you? Rate from 1 (very dissatisfied) to 5 (very satisfied) on the survey page.

If your issue is not resolved, reply to this e-mail within 14 days and the case will be reopened.

Thank you,
AWS Training and Certification"""
surv_html = html_doc(f"""<table width="600" cellpadding="0" cellspacing="0" style="margin:auto"><tr><td style="padding:24px">
<p>Hello,</p>
<p>Your recent request to AWS Training and Certification (case <b>{C1}</b>) has been marked as resolved.</p>
<h2 style="font-size:20px">How did we do?</h2>
<p>Was your issue resolved?</p>
<p><a href="https://survey.aws-tc-support.amazon.com/s/r?c={C1}&amp;a=1" style="background:#ff9900;color:#000;padding:10px 28px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://survey.aws-tc-support.amazon.com/s/r?c={C1}&amp;a=0" style="background:#d5dbdb;color:#000;padding:10px 28px;text-decoration:none">NO</a></p>
<p>How satisfied were you with the person who helped you?<br>
<a href="https://survey.aws-tc-support.amazon.com/s/r?c={C1}&amp;s=1">1</a> &middot; <a href="https://survey.aws-tc-support.amazon.com/s/r?c={C1}&amp;s=2">2</a> &middot;
<a href="https://survey.aws-tc-support.amazon.com/s/r?c={C1}&amp;s=3">3</a> &middot; <a href="https://survey.aws-tc-support.amazon.com/s/r?c={C1}&amp;s=4">4</a> &middot;
<a href="https://survey.aws-tc-support.amazon.com/s/r?c={C1}&amp;s=5">5</a></p>
<p style="color:#545b64;font-size:12px">If your issue is not resolved, reply to this e-mail within 14 days and the case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr></table>""")
mail(slug='priya-feedback', kind='survey', lang='en', case_id=C1,
     sender=aws_sender(FORM, AWSN, d), to=P, provider='outlook', date=d,
     subject=f"How did we do? [CASE {C1}]",
     body=('alt', surv_text, '', surv_html, 'qp'))

d = T(2025, 3, 17, 14, 52, 18)
pr3 = T(2025, 3, 16, 11, 5, tz=GMT)
mail(slug='priya-aws-case', kind='support_reply', lang='en', case_id=C1,
     sender=aws_sender(FORM, AWSN, d), to=P, provider='outlook', date=d,
     subject=form_subj(C1),
     body=('plain', f"""Hello Priya,

Thank you for getting back to us, and sorry for the confusion about the badge.

Digital badges live on Credly, which is a separate platform, so they don't always follow automatically when two certification profiles are brought together. I've asked our Credly team to re-point your Cloud Practitioner badge to the address on your remaining profile. You should get an e-mail from Credly within about 5 business days asking you to accept it. Until then the old badge may still show on the Credly account linked to your northwind-analytics address; please don't delete that account yet.

If nothing has arrived by 26 March, reply here and I'll chase it.

Kind regards,
Marcus
AWS Training and Certification Customer Support""",
           f"""{en_on(pr3, 'Priya Raman', P[1])}
> Hi Marcus,
>
> Thanks, I can see both certifications now and the voucher is there.
> One thing though: my Cloud Practitioner badge is still on the Credly
> account that uses my old work e-mail. Will that be moved too?
>
> Priya
>
> > Hello Priya,
> >
> > Good news: we've finished combining your certification profiles.
> > Everything that was on your former profile has been carried over,
> > and that profile has now been retired.
> >
> > Regards,
> > Marcus""", 'qp'))

d = T(2025, 3, 19, 8, 3, 27)
cred_txt = """Priya, you've earned a badge!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud Practitioner.

Accept your badge to share it with your professional network and let employers verify your skills.

Accept your badge: https://www.credly.com/earner/earned/badge/5f2c81d7-3b9e-4a61-9d04-7c1e2a8b6f13

Why should I accept my badge?
Badges are a verified record of your achievement that you can add to your profile, e-mail signature and resume.

Questions? Visit https://support.credly.com

Credly, Inc. | 3000 Ocean Park Blvd, Santa Monica, CA 90405
Unsubscribe from badge notifications: https://www.credly.com/notifications/unsubscribe"""
cred_html = html_doc("""<div style="max-width:560px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/220x220/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="110" alt="AWS Certified Cloud Practitioner">
<h1 style="font-size:22px">Priya, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:<br><b>AWS Certified Cloud Practitioner</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/5f2c81d7-3b9e-4a61-9d04-7c1e2a8b6f13" style="display:inline-block;background:#0a7c8c;color:#fff;padding:12px 32px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:13px;color:#555">Badges are a verified record of your achievement that you can add to your profile, e-mail signature and resume.</p>
<hr><p style="font-size:11px;color:#888">Credly, Inc. | 3000 Ocean Park Blvd, Santa Monica, CA 90405<br>
<a href="https://www.credly.com/notifications/unsubscribe">Unsubscribe from badge notifications</a></p></div>""")
mail(slug='credly-notice', kind='credly_badge_issued', lang='en', case_id=None,
     sender=credly_sender(d), to=P, provider='outlook', date=d,
     subject="Amazon Web Services Training and Certification has issued you a new badge",
     body=('alt', cred_txt, '', cred_html, 'qp'),
     extra=[('List-Unsubscribe', '<https://www.credly.com/notifications/unsubscribe>')])

d = T(2025, 4, 2, 16, 30, 12)
cm_txt = """Hi Priya,

AWS Certification wants to hear from you.

You recently interacted with the AWS Certification program (candidate ID AWS04417893). Please take our 10-minute survey about your experience with the exam registration, the testing environment and your AWS Certification Account. Your responses are anonymous and help us improve the program.

Start the survey: https://www.certmetrics.com/amazon/survey/default.aspx?s=7Q3k9Lx2

This survey closes on April 30, 2025.

Thank you,
AWS Certification

You are receiving this e-mail because you hold an AWS Certification account. Please do not reply to this message."""
mail(slug='certmetrics-program', kind='unrelated', lang='en', case_id=None,
     sender=other_sender('do-not-reply@certmetrics.com', 'AWS Certification', '13.111.4.77', 'mta7.em.certmetrics.com', p='NONE'),
     to=P, provider='outlook', date=d,
     subject="AWS Certification wants to hear from you",
     body=('alt', cm_txt, '', html_doc(txt2html(cm_txt)), 'qp'))

d = T(2025, 7, 14, 13, 0, 44)
exp_txt = """Hi Priya,

Your AWS Certified Cloud Practitioner badge expires on October 12, 2025.

Amazon Web Services Training and Certification recommends that you take the necessary steps to keep your credential current. Once a badge expires it stays on your profile, but it is marked as expired.

View badge: https://www.credly.com/badges/3d9a1e62-88f0-4c17-b2a5-e09f4d7c1b58

Learn about recertification: https://aws.amazon.com/certification/recertification/

Credly, Inc. | 3000 Ocean Park Blvd, Santa Monica, CA 90405"""
mail(slug='credly-notice', kind='unrelated', lang='en', case_id=None,
     sender=credly_sender(d), to=P, provider='outlook', date=d,
     subject="Reminder: your AWS Certified Cloud Practitioner badge expires in 90 days",
     body=('alt', exp_txt, '', html_doc(txt2html(exp_txt)), 'qp'))

# ---------------------------------------------------------------------------------------------
# T2  渡辺 健二  (ja, gmail, form desk)  keep AWS07730215 <- AWS03381946, AWS05529870
# ---------------------------------------------------------------------------------------------
K = ('渡辺 健二', 'k.watanabe.dev@gmail.com')
K_OPEN = T(2025, 5, 27, 13, 58, 40)
C2 = cid(K_OPEN, 237)

d = T(2025, 5, 27, 13, 58, 52)
mail(slug='watanabe-aws-uketsuke', kind='case_created', lang='ja', case_id=C2,
     sender=aws_sender(FORM, AWSN, d), to=K, provider='gmail', date=d,
     subject=f"[CASE {C2}] ご依頼を承りました - AWS トレーニングと認定カスタマーサポート", subj=('utf-8', 'B', 3),
     body=('plain', f"""渡辺 健二 様

AWS トレーニングと認定カスタマーサポートにご連絡いただき、ありがとうございます。
本メールは、お客様からのご依頼を受け付けたことをお知らせする自動送信メールです。ご依頼はケース番号 {C2} として登録されました。

担当者が内容を確認のうえ、通常 1 営業日以内にご連絡いたします。同じ内容で重複してお問い合わせいただくと対応が遅れる場合がございますので、フォームの再送信はお控えください。

■ 受付内容
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: aws07730215
内容: AWS認定のアカウントが3つあります(aws07730215、aws03381946、AWS05529870)。前の会社のメールアドレスで作ったものと大学のもの、個人のものがあるので1つにまとめたいです。

追加の情報がある場合は、件名のケース番号を変更せずに本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート""", '', 'b64'))

K39 = f"""渡辺 健二 様

お世話になっております。AWS トレーニングと認定カスタマーサポートの田中でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

アカウント統合のご依頼について確認いたしましたところ、お知らせいただいた 3 つの受験者 ID のうち 1 つは、ご登録の氏名の表記が異なっておりました(ローマ字とカナ)。ご本人様の確認および作業準備のため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. 各アカウントのサインインに使用しているメールアドレス
2. 各アカウントの通知先メールアドレス(サインイン用と異なる場合)
3. 今後お使いになるアカウント(残すアカウント)の受験者 ID
4. ご依頼の理由(例: 転職によりメールアドレスが変わった 等)

ご返信をいただき次第、内容を確認のうえ改めてご案内いたします。
何卒よろしくお願い申し上げます。

田中
AWS トレーニングと認定 カスタマーサポート"""
d = T(2025, 5, 28, 1, 15, 22)
mail(slug='watanabe-aws-case', kind='support_reply', lang='ja', case_id=C2,
     sender=aws_sender(FORM, AWSN, d), to=K, provider='gmail', date=d,
     subject=form_subj(C2), body=('plain', K39, '', 'qp'))

K_R1 = T(2025, 5, 28, 21, 47, tz=JST)
k_reply1 = """田中様

ご連絡ありがとうございます。以下のとおりです。

1. サインイン用メールアドレス
   AWS07730215: k.watanabe.dev@gmail.com
   AWS03381946: kenji.watanabe@tsubame-tech.co.jp (前職)
   AWS05529870: k-watanabe@st.hokuriku-u.ac.jp (学生時代)
2. 通知先も同じです。
3. AWS07730215 を残したいです。
4. 転職と卒業でメールアドレスが変わったためです。

よろしくお願いします。
渡辺"""
K8 = f"""渡辺 健二 様

お世話になっております。AWS トレーニングと認定カスタマーサポートの田中でございます。
情報をお送りいただき、ありがとうございました。いただいた内容をもとに、以下のとおり統合を行う予定です。

【統合先(統合後も残るアカウント)】
  受験者 ID: AWS07730215
  サインイン用メールアドレス: k.watanabe.dev@gmail.com

【統合元(統合後はご利用いただけなくなるアカウント)】
  受験者 ID: AWS03381946 (kenji.watanabe@tsubame-tech.co.jp)
  受験者 ID: AWS05529870 (k-watanabe@st.hokuriku-u.ac.jp)

統合を行うと、統合元アカウントの受験履歴、認定資格、特典(次回試験の 50% 割引バウチャー等)は統合先アカウントへ移され、統合元アカウントにはサインインできなくなります。統合後に元の状態へ戻すことはできませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールにご返信のうえ、統合を進めてよい旨をお知らせください。ご返信を確認後、作業を開始いたします。

田中
AWS トレーニングと認定 カスタマーサポート"""
d = T(2025, 5, 29, 2, 40, 3)
mail(slug='watanabe-aws-case', kind='merge_confirmation_requested', lang='ja', case_id=C2,
     sender=aws_sender(FORM, AWSN, d), to=K, provider='gmail', date=d,
     subject=form_subj(C2),
     body=('plain', K8, ja_on(K_R1, K[0], K[1]) + '\n' + quote(k_reply1 + '\n\n' + ja_on(T(2025, 5, 28, 10, 15, tz=JST), AWSN, FORM) + '\n' + quote(K39)), 'qp'))

K_R2 = T(2025, 5, 29, 12, 31, tz=JST)
d = T(2025, 5, 30, 8, 5, 44)
mail(slug='watanabe-aws-case', kind='merge_completed', lang='ja', case_id=C2,
     sender=aws_sender(FORM, AWSN, d), to=K, provider='gmail', date=d,
     subject=form_subj(C2),
     body=('plain', f"""渡辺 健二 様

お世話になっております。AWS トレーニングと認定カスタマーサポートの田中でございます。
ご確認のご返信をいただき、ありがとうございました。

ご依頼いただいたアカウントの統合作業が完了いたしましたので、ご報告いたします。今後は AWS07730215 (k.watanabe.dev@gmail.com) でサインインしてください。

お手数ですが、以下の点をご確認いただけますでしょうか。
・認定アカウントの「認定」ページに、すべての認定資格が表示されていること
・「特典」ページに、割引バウチャー等が引き継がれていること
・Credly のデジタルバッジ(バッジの反映には数日かかる場合がございます)

表示に不足がございましたら、本メールにご返信ください。
今後とも AWS トレーニングと認定をよろしくお願いいたします。

田中
AWS トレーニングと認定 カスタマーサポート""",
           ja_on(K_R2, K[0], K[1]) + '\n' + quote("""田中様

内容に間違いありません。統合を進めてください。
よろしくお願いいたします。

渡辺""" + '\n\n' + ja_on(T(2025, 5, 29, 11, 40, tz=JST), AWSN, FORM) + '\n' + quote(K8)), 'qp'))

d = T(2025, 5, 30, 8, 6, 30)
mail(slug='watanabe-survey', kind='survey', lang='ja', case_id=C2,
     sender=aws_sender(FORM, AWSN, d), to=K, provider='gmail', date=d,
     subject=f"[CASE {C2}] ケースはクローズされました - アンケートへのご協力のお願い", subj=('utf-8', 'B', 2),
     body=('plain', f"""渡辺 健二 様

AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。
ケース {C2} はクローズされました。

サービス向上のため、簡単なアンケートへのご協力をお願いいたします(所要時間は約 1 分です)。

問題は解決しましたか?
  はい  : https://survey.aws-tc-support.amazon.com/s/r?c={C2}&a=1&lang=ja
  いいえ: https://survey.aws-tc-support.amazon.com/s/r?c={C2}&a=0&lang=ja

担当者の対応はいかがでしたか? アンケートページで 5 段階で評価してください。

本件についてさらにサポートが必要な場合は、14 日以内に本メールへご返信いただくと、ケースが再開されます。

AWS トレーニングと認定""", '', 'qp'))

d = T(2025, 6, 2, 5, 20, 11)
mail(slug='watanabe-aws-case', kind='support_reply', lang='ja', case_id=C2,
     sender=aws_sender(FORM, AWSN, d), to=K, provider='gmail', date=d,
     subject=form_subj(C2), subj=('iso-2022-jp', 'B', 1),
     body=('plain', """渡辺 様

お問い合わせありがとうございます。AWS トレーニングと認定サポートの山本です。

Credly のデジタルバッジは、認定アカウントとは別のシステムで管理されているため、アカウントをまとめた際に自動では移らない場合がございます。今回、Credly 側の担当チームへバッジの移し替えを依頼いたしました。

作業が終わりますと、Credly から k.watanabe.dev@gmail.com 宛てにバッジ受け取りのご案内メールが届きます。通常 3 から 5 営業日ほどかかります。それまでの間、旧メールアドレスの Credly アカウントは削除なさらないようお願いいたします。

1 週間経っても届かない場合は、お手数ですが本メールにご返信ください。

山本
AWS トレーニングと認定 カスタマーサポート""",
           ja_on(T(2025, 6, 1, 9, 3, tz=JST), K[0], K[1]) + '\n' + quote("""ご担当者様

統合ありがとうございました。認定はすべて表示されています。
ただ、Credly のバッジが前職のメールアドレスの Credly アカウントに残ったままです。
こちらも移していただけるのでしょうか。

渡辺"""), 'iso-2022-jp'))

d = T(2025, 6, 5, 23, 10, 2)
cj_txt = """渡辺 健二 さん、バッジが発行されました!

Amazon Web Services Training and Certification から、次のバッジが発行されました。

  AWS Certified Solutions Architect - Associate

バッジを受け取って、あなたのスキルをネットワークで共有しましょう。雇用主はバッジを通じてあなたのスキルを確認できます。

バッジを受け取る: https://www.credly.com/earner/earned/badge/a81f0c3e-5d27-4b96-8e1a-2c4f7d903b65

ご不明な点は https://support.credly.com をご覧ください。

Credly, Inc. | 3000 Ocean Park Blvd, Santa Monica, CA 90405
バッジ通知の配信停止: https://www.credly.com/notifications/unsubscribe"""
cj_html = html_doc("""<div style="max-width:560px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/220x220/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt="AWS Certified Solutions Architect - Associate">
<h1 style="font-size:22px">渡辺 健二 さん、バッジが発行されました!</h1>
<p>Amazon Web Services Training and Certification から、次のバッジが発行されました。<br><b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/a81f0c3e-5d27-4b96-8e1a-2c4f7d903b65" style="display:inline-block;background:#0a7c8c;color:#fff;padding:12px 32px;border-radius:4px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:13px;color:#555">バッジを受け取って、あなたのスキルをネットワークで共有しましょう。</p>
<hr><p style="font-size:11px;color:#888">Credly, Inc. | 3000 Ocean Park Blvd, Santa Monica, CA 90405<br>
<a href="https://www.credly.com/notifications/unsubscribe">バッジ通知の配信停止</a></p></div>""", 'ja')
mail(slug='credly-notice', kind='credly_badge_issued', lang='ja', case_id=None,
     sender=credly_sender(d), to=K, provider='gmail', date=d,
     subject="バッジを受け取りましょう: AWS Certified Solutions Architect - Associate", subj=('utf-8', 'B', 2),
     body=('alt', cj_txt, '', cj_html, 'b64', 'qp'))

# phishing: spoofed amazon.com From, topmost AR dmarc=fail, forged lower AR claiming pass
d = T(2025, 6, 10, 3, 44, 19)
ph_s = other_sender(FORM, AWSN, '45.153.34.112', 'vps-112.hostline-nl.net', mfdom='notify-srv.click',
                    msgdom='notify-srv.click', dkimres='none', spf='pass', dmarc='fail', p='QUARANTINE')
ph_html = html_doc("""<div style="max-width:600px;margin:auto;border:1px solid #ddd">
<div style="background:#232f3e;padding:14px"><img src="http://notify-srv.click/img/aws-logo.png" alt="aws" height="28"></div>
<div style="padding:20px">
<p><b>【重要】AWS 認定アカウント統合の最終確認のお願い</b></p>
<p>渡辺 健二 様</p>
<p>お客様の認定アカウント AWS07730215 について、他のアカウントとの統合手続きが保留中となっております。<br>
統合は取り消しができないため、以下のボタンからサインインのうえ、統合内容をご確認・ご承認ください。</p>
<p style="text-align:center"><a href="http://aws-certification-verify.jp-signin.com/merge/confirm?id=AWS07730215" style="background:#ff9900;color:#000;padding:12px 30px;text-decoration:none;font-weight:bold">統合内容を確認して承認する</a></p>
<p>48 時間以内にご対応いただけない場合、保有されている認定資格が一時的に停止される場合があります。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</div></div>""", 'ja')
mail(slug='aws-kakunin', kind='merge_confirmation_requested', lang='ja', case_id=None,
     sender=ph_s, to=K, provider='gmail', date=d,
     subject="【重要】認定アカウント統合の最終確認", subj=('utf-8', 'B', 1),
     forged_ar="amazon.com; dkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com",
     body=('html', ph_html, '', 'b64'))

d = T(2025, 6, 20, 6, 12, 40)
pv = """渡辺 健二 様

Pearson VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
日時: 2025年7月12日(土) 13:00 (日本標準時)
会場: オンライン監督付き試験 (OnVUE)
受験者 ID: AWS07730215
登録 ID: 512094387

試験開始 30 分前からチェックインが可能です。事前にシステムテストを実施してください。
予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE カスタマーサービス
このメールは送信専用です。"""
mail(slug='pearson-vue', kind='unrelated', lang='ja', case_id=None,
     sender=other_sender('pearsonvuecustomerservice@pearson.com', 'Pearson VUE', '159.183.12.86', 'o1.email.pearson.com', p='REJECT'),
     to=K, provider='gmail', date=d,
     subject="Pearson VUE 試験予約確認", subj=('utf-8', 'B', 1),
     body=('alt', pv, '', html_doc(txt2html(pv), 'ja'), 'b64'))

B_OPEN = T(2025, 8, 12, 11, 7, 36)
CB = cid(B_OPEN, 1862)
d = T(2025, 8, 13, 4, 26, 58)
mail(slug='watanabe-aws-billing', kind='unrelated', lang='ja', case_id=CB,
     sender=aws_sender(NOREPLY, AWSN, d), to=K, provider='gmail', date=d,
     subject=f"RE:[CASE {CB}] 2つのAWSアカウントの請求をまとめたい", subj=('utf-8', 'B', 2),
     body=('plain', f"""こんにちは、

AWS 請求とアカウントサポートの石井です。お問い合わせいただきありがとうございます。

ご質問いただいた 2 つの AWS アカウント(末尾 4471 と 9023)について、アカウント自体を 1 つに統合することはできませんが、AWS Organizations を利用することで請求を 1 つにまとめることができます(一括請求)。

手順の概要:
1. 管理アカウントにしたいアカウントで AWS Organizations の組織を作成します。
2. もう一方のアカウントを組織に招待し、招待を承認します。
3. 翌月以降、管理アカウントに両方の利用料金がまとめて請求されます。

詳細は次のドキュメントをご参照ください:
https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/consolidated-billing.html

ほかにご不明な点がございましたら、サポートセンターからご返信ください。

{console_footer_ja(CB)}""", '', 'qp'))

# ---------------------------------------------------------------------------------------------
# T3  Tom Becker  (en, Office 365 corporate, console case)  keep AWS02265718 <- AWS08814402
# ---------------------------------------------------------------------------------------------
TB = ('Becker, Tom', 'tom.becker@brennwald-logistik.de')
TB_OPEN = T(2025, 9, 15, 7, 13, 5)
C3 = cid(TB_OPEN, 4126)
C3S = "Merge two AWS Certification accounts"

d = T(2025, 9, 15, 7, 13, 11)
mail(slug='becker-support-case', kind='case_created', lang='en', case_id=C3,
     sender=aws_sender(NOREPLY, AWSN, d), to=TB, provider='o365', date=d,
     subject=f"Amazon Web Services: You have opened a new Support case: {C3}",
     body=('plain', f"""Thank you for contacting Amazon Web Services. We have opened case {C3} to address your issue.

The details of your case are as follows:

Case ID: {C3}
Subject: {C3S}
Severity: General guidance
Correspondence: Hello,

I have two AWS Certification accounts: AWS 02265718 (tom.becker@brennwald-logistik.de) and aws-08814402 (tbecker.cloud@gmail.com, created when I sat the Developer exam from home). Please merge them and keep the company one.

Thank you,
Tom Becker

You can view the details of this case and add correspondence by visiting the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C3}&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.""", '', 'qp'))

d = T(2025, 9, 16, 13, 48, 27)
mail(slug='becker-support-case', kind='merge_confirmation_requested', lang='en', case_id=C3,
     sender=aws_sender(NOREPLY, AWSN, d), to=TB, provider='o365', date=d,
     subject=f"RE:[CASE {C3}] {C3S}",
     body=('plain', f"""Hello Tom,

Thank you for contacting AWS Training and Certification support. My name is Kavya and I will be assisting you with this case.

I have located both certification accounts and verified that they belong to you. Before anything is changed, I would like to explain what the account merge involves so that you can make an informed decision.

Proposed merge
--------------
Primary account (retained):   AWS02265718, sign-in tom.becker@brennwald-logistik.de
Secondary account (merged into the primary and then deactivated):   AWS08814402, sign-in tbecker.cloud@gmail.com

What happens once the merge is carried out
------------------------------------------
1. Certifications and exam history: all certifications, exam results and score reports from AWS08814402 will appear under AWS02265718. Original certification dates and validation numbers are kept.
2. Benefits: unused benefits, such as the 50% discount voucher and practice exam vouchers, are transferred to the primary account. Vouchers that have already expired cannot be reinstated.
3. Digital badges: badges issued through Credly are re-issued to the e-mail address of the primary account. This usually happens within 3 to 5 business days of the merge, and you will need to accept them again in Credly.
4. Sign-in: you will no longer be able to sign in with tbecker.cloud@gmail.com. Any exam appointment booked under the secondary account must be completed or cancelled first.
5. Candidate ID: your candidate ID will be AWS02265718 going forward. Please use it when you register for future exams and when you contact us.

Please be aware that the merge is permanent. Once it has been carried out we are unable to separate the accounts again.

If you agree with the above, please reply to this case through the Support Center and confirm that we may merge AWS08814402 into AWS02265718. If you would rather keep the other account as the primary one, simply tell us so in your reply.

{console_footer_en(C3, 'Kavya R.')}""", '', 'b64'))

d = T(2025, 9, 17, 6, 2, 50)
mail(slug='becker-support-case', kind='support_reply', lang='en', case_id=C3,
     sender=aws_sender(NOREPLY, AWSN, d), to=TB, provider='o365', date=d,
     subject=f"RE:[CASE {C3}] {C3S}",
     body=('plain', f"""Hello Tom,

Thank you for confirming. We will now proceed with merging AWS08814402 into AWS02265718 as described in my previous correspondence.

There is nothing further you need to do at this point. I will update this case as soon as the work has been carried out; in most cases this takes one to two business days.

{console_footer_en(C3, 'Kavya R.')}""", '', 'qp'))

d = T(2025, 9, 18, 19, 26, 14)
tb_txt = f"""Hello Tom,

I'm happy to let you know that your two certification accounts have now been consolidated. You can sign in with tom.becker@brennwald-logistik.de and you will find all of your certifications, including AWS Certified Developer - Associate, under candidate ID AWS02265718.

As your request has been fulfilled, I am marking this case as resolved. If you notice anything that doesn't look right, you can reopen the case from the Support Center within the next 14 days.

{console_footer_en(C3, 'Kavya R.')}"""
tb_html = html_doc(f"""<table width="640" style="margin:auto;border-collapse:collapse"><tr><td style="padding:0 0 12px 0;border-bottom:3px solid #ff9900">
<span style="font-size:18px;font-weight:bold">Your case has been resolved</span></td></tr>
<tr><td style="padding:16px 0">
<p>Hello Tom,</p>
<p>I'm happy to let you know that your two certification accounts have now been consolidated. You can sign in with tom.becker@brennwald-logistik.de and you will find all of your certifications, including AWS Certified Developer - Associate, under candidate ID <b>AWS02265718</b>.</p>
<p>As your request has been fulfilled, I am marking this case as resolved. If you notice anything that doesn't look right, you can reopen the case from the Support Center within the next 14 days.</p>
<p>Best regards,<br>Kavya R.<br>Amazon Web Services</p>
</td></tr>
<tr><td style="background:#f2f3f3;padding:16px">
<p style="margin:0 0 8px 0"><b>Rate this correspondence</b></p>
<p style="margin:0">
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C3}&amp;rate=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a>&nbsp;
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C3}&amp;rate=4">&#9733;&#9733;&#9733;&#9733;</a>&nbsp;
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C3}&amp;rate=3">&#9733;&#9733;&#9733;</a>&nbsp;
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C3}&amp;rate=2">&#9733;&#9733;</a>&nbsp;
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={C3}&amp;rate=1">&#9733;</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;padding-top:12px">To see all the replies, please visit the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={C3}&amp;language=en">Support Center</a>.
This e-mail was sent from an address that cannot accept incoming e-mail.<br>
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.</td></tr></table>""")
mail(slug='becker-support-case', kind='merge_completed', lang='en', case_id=C3,
     sender=aws_sender(NOREPLY, AWSN, d), to=TB, provider='o365', date=d,
     subject=f"RE:[CASE {C3}] {C3S}",
     body=('alt', tb_txt, '', tb_html, 'qp'))

d = T(2025, 9, 18, 19, 26, 40)
mail(slug='becker-case-status', kind='survey', lang='en', case_id=C3,
     sender=aws_sender(NOREPLY, AWSN, d), to=TB, provider='o365', date=d,
     subject=f"Amazon Web Services: Your Support case {C3} has been resolved",
     body=('plain', f"""Hello,

Support case {C3} ("{C3S}") has been resolved.

Rate this correspondence
How would you rate the support you received on this case? Your feedback helps us improve.

  Excellent: https://console.aws.amazon.com/support/feedback?displayId={C3}&r=5
  Good:      https://console.aws.amazon.com/support/feedback?displayId={C3}&r=4
  Fair:      https://console.aws.amazon.com/support/feedback?displayId={C3}&r=3
  Poor:      https://console.aws.amazon.com/support/feedback?displayId={C3}&r=2
  Very poor: https://console.aws.amazon.com/support/feedback?displayId={C3}&r=1

If you still need assistance, you can reopen the case within 14 days from the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C3}&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.""", '', '7bit'))

d = T(2025, 9, 25, 5, 51, 3)
lk_s = other_sender('no-reply@aws-certification-services.net', 'AWS Training & Certification', '91.215.85.140',
                    'mail.aws-certification-services.net', dkimres='none', spf='pass', dmarc='none')
lk_html = html_doc("""<div style="max-width:600px;margin:auto;font-family:Arial">
<div style="background:#232f3e;color:#fff;padding:16px;font-size:18px">AWS Training &amp; Certification</div>
<div style="padding:20px;border:1px solid #e1e4e8">
<p>Dear Candidate,</p>
<p>Your AWS Certification accounts have been <b>successfully merged</b>. All certifications and exam history from your secondary profile have been migrated to your primary profile.</p>
<p>Due to a security update, you must confirm your identity within <b>24 hours</b> to keep your credentials active. Unverified profiles will be suspended and badges revoked.</p>
<p style="text-align:center"><a href="https://aws-certification-services.net/verify?session=8f3a91c2" style="background:#ff9900;color:#111;padding:12px 36px;text-decoration:none;font-weight:bold">Verify my account</a></p>
<p>Thank you for being part of the AWS Certified community.</p>
<p style="font-size:11px;color:#777">AWS Training &amp; Certification Team<br>This is an automated message, please do not reply.</p>
</div></div>""")
mail(slug='aws-tc-notice', kind='merge_completed', lang='en', case_id=None,
     sender=lk_s, to=TB, provider='o365', date=d,
     subject="Your AWS Certification accounts have been merged - action required",
     body=('html', lk_html, '', 'qp'))

# ---------------------------------------------------------------------------------------------
# T4  佐藤 美咲  (ja, nifty, console case)  keep AWS06190437 <- AWS01158826
# ---------------------------------------------------------------------------------------------
MS = ('佐藤 美咲', 'misaki.sato@nifty.com')
MS_OPEN = T(2025, 11, 4, 1, 22, 10)
C4 = cid(MS_OPEN, 561)
C4S = "認定アカウントが2つあるので統合してほしい"

d = T(2025, 11, 4, 1, 22, 14)
mail(slug='sato-support-case', kind='case_created', lang='ja', case_id=C4,
     sender=aws_sender(NOREPLY, AWSN, d), to=MS, provider='nifty', date=d, to_charset='iso-2022-jp',
     subject=f"Amazon Web Services: 新しいサポートケースを開きました: {C4}", subj=('iso-2022-jp', 'B', 2),
     body=('plain', f"""Amazon Web Services をご利用いただきありがとうございます。お客様のお問い合わせに対応するため、ケース {C4} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {C4}
件名: {C4S}
重要度: 一般的なガイダンス
やり取り:
お世話になります。
旧姓で作成した認定アカウント(AWS 01158826、misaki.ito.0412@gmail.com)と、現在のアカウント(AWS06190437)があります。現在のアカウントのほうにまとめていただけますでしょうか。
佐藤 美咲

このケースの詳細の確認や、やり取りの追加は、サポートセンターから行えます:
https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=ja

よろしくお願いいたします。
Amazon Web Services

*ご注意: このメールは受信できないアドレスから送信されています。本件について再度お問い合わせいただく場合は、上記のリンクをご利用ください。""", '', 'iso-2022-jp'))

d = T(2025, 11, 5, 4, 10, 33)
mail(slug='sato-support-case', kind='merge_confirmation_requested', lang='ja', case_id=C4,
     sender=aws_sender(NOREPLY, AWSN, d), to=MS, provider='nifty', date=d, to_charset='iso-2022-jp',
     subject=f"RE:[CASE {C4}] {C4S}", subj=('iso-2022-jp', 'B', 3),
     body=('plain', f"""佐藤 美咲 様

AWS トレーニングと認定サポートの鈴木と申します。お問い合わせいただきありがとうございます。

2 つの認定アカウントがいずれも佐藤様ご本人のものであることを確認いたしました。作業に入る前に、以下の内容で問題がないかご確認をお願いいたします。

  統合先(残るアカウント)        : AWS 06190437 (佐藤 美咲 / misaki.sato@nifty.com)
  統合元(統合後は無効になるアカウント): aws-01158826 (伊藤 美咲 / misaki.ito.0412@gmail.com)

統合元の認定資格と受験履歴は、すべて統合先に移されます。統合後は元に戻すことができませんので、ご注意ください。また、統合元のメールアドレスではサインインできなくなります。

この内容でよろしければ、サポートセンターからこのケースに「上記の内容で統合を承認します」とご返信ください。統合先を逆にご希望の場合も、その旨をご返信ください。

{console_footer_ja(C4, '鈴木')}""", '', 'iso-2022-jp'))

d = T(2025, 11, 5, 12, 0, 48)
mail(slug='aws-support-jp', kind='support_reply', lang='ja', case_id='176229001100312',
     sender=other_sender('support@aws-training-jp.com', 'AWS トレーニングと認定 サポート', '103.151.28.77',
                         'smtp.aws-training-jp.com', p='NONE'),
     to=MS, provider='nifty', date=d,
     subject="【AWS】認定アカウント統合に伴うご本人様確認のお願い", subj=('utf-8', 'B', 2),
     body=('plain', """佐藤 美咲 様

いつも AWS をご利用いただきありがとうございます。
お客様よりご依頼いただいている認定アカウント統合の件(ケース番号: 176229001100312)について、作業の前にご本人様確認が必要となりました。

お手数ですが、本メールへのご返信で以下をお送りください。
・運転免許証またはマイナンバーカードの表裏の画像
・認定アカウントのサインイン用メールアドレスとパスワード

確認が取れ次第、作業を再開いたします。3 営業日以内にご返信がない場合、ご依頼は取り消しとなりますのでご注意ください。

AWS トレーニングと認定 サポートチーム""", '', '8bit'))

d = T(2025, 11, 6, 6, 30, 2)
mail(slug='sato-support-case', kind='support_reply', lang='ja', case_id=C4,
     sender=aws_sender(NOREPLY, AWSN, d), to=MS, provider='nifty', date=d,
     subject=f"RE:[CASE {C4}] {C4S}", subj=('utf-8', 'B', 2),
     wrong_label='Shift_JIS',
     body=('plain', f"""佐藤 美咲 様

鈴木です。ご承認のご返信をいただき、ありがとうございます。

現在、aws-01158826 の認定情報を AWS06190437 へ移す作業を進めております。作業には通常 1 から 2 営業日ほどかかります。作業中も現在のアカウントにはサインインいただけますが、認定の一覧が一時的に正しく表示されない場合がございます。

作業が終わりましたら、本ケースにてお知らせいたします。

{console_footer_ja(C4, '鈴木')}""", '', 'b64'))

d = T(2025, 11, 6, 6, 30, 5)
mail(slug='sato-case-notice', kind='support_reply', lang='ja', case_id=C4,
     sender=aws_sender(NOREPLY, AWSN, d), to=MS, provider='nifty', date=d,
     subject=f"[Case {C4}] 新しいやり取りが追加されました", subj=('utf-8', 'Q', 2),
     body=('plain', f"""お客様のサポートケース {C4} に新しいやり取りが追加されました。

件名: {C4S}

内容の確認やご返信は、AWS サポートセンターにサインインして行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={C4}&language=ja

*このメールは受信できないアドレスから送信されています。

Amazon Web Services""", '', 'qp'))

d = T(2025, 11, 7, 9, 12, 40)
mail(slug='sato-support-case', kind='merge_completed', lang='ja', case_id=C4,
     sender=aws_sender(NOREPLY, AWSN, d), to=MS, provider='nifty', date=d,
     subject=f"RE:[CASE {C4}] {C4S}", subj=('shift_jis', 'B', 2),
     body=('plain', f"""佐藤 美咲 様

鈴木です。大変お待たせいたしました。

旧アカウントに登録されていた認定資格 2 件(AWS Certified Cloud Practitioner、AWS Certified SysOps Administrator - Associate)と受験履歴を、AWS06190437 へ移行いたしました。旧アカウントは無効化済みのため、今後は misaki.sato@nifty.com でサインインしてください。

ご依頼への対応は以上となりますので、本ケースは解決済みとさせていただきます。後日、対応品質に関するアンケートのご案内が届きましたら、ご協力いただけますと幸いです。

{console_footer_ja(C4, '鈴木')}""", '', 'sjis'))

d = T(2025, 11, 7, 9, 13, 2)
ev_txt = f"""お客様のサポートケース {C4}「{C4S}」は解決済みになりました。

今回のサポート対応を評価してください。
担当者の対応について、5 段階でのご評価をお願いいたします。いただいたご意見は、今後のサービス改善に活用させていただきます。

  5 とても満足: https://console.aws.amazon.com/support/feedback?displayId={C4}&r=5&language=ja
  4 満足      : https://console.aws.amazon.com/support/feedback?displayId={C4}&r=4&language=ja
  3 普通      : https://console.aws.amazon.com/support/feedback?displayId={C4}&r=3&language=ja
  2 不満      : https://console.aws.amazon.com/support/feedback?displayId={C4}&r=2&language=ja
  1 とても不満: https://console.aws.amazon.com/support/feedback?displayId={C4}&r=1&language=ja

さらにサポートが必要な場合は、14 日以内であればサポートセンターからケースを再開できます。

Amazon Web Services"""
ev_html = html_doc(f"""<p>お客様のサポートケース <b>{C4}</b>「{C4S}」は解決済みになりました。</p>
<h3>今回のサポート対応を評価してください</h3>
<p>担当者の対応について、5 段階でのご評価をお願いいたします。</p>
<p style="font-size:22px">
<a href="https://console.aws.amazon.com/support/feedback?displayId={C4}&amp;r=1&amp;language=ja">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C4}&amp;r=2&amp;language=ja">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C4}&amp;r=3&amp;language=ja">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C4}&amp;r=4&amp;language=ja">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={C4}&amp;r=5&amp;language=ja">&#9733;</a></p>
<p style="font-size:12px;color:#687078">さらにサポートが必要な場合は、14 日以内であればサポートセンターからケースを再開できます。</p>
<p>Amazon Web Services</p>""", 'ja')
mail(slug='sato-case-status', kind='survey', lang='ja', case_id=C4,
     sender=aws_sender(NOREPLY, AWSN, d), to=MS, provider='nifty', date=d,
     subject=f"Amazon Web Services: サポートケース {C4} は解決済みになりました", subj=('utf-8', 'B', 2),
     body=('alt', ev_txt, '', ev_html, 'qp'))

# ---------------------------------------------------------------------------------------------
# T5  中村 拓也  (ja, Office 365 corporate, form desk)  keep AWS03907152 <- AWS07264481
# ---------------------------------------------------------------------------------------------
NK = ('中村 拓也', 't-nakamura@hoshizora-si.co.jp')
NK_OPEN = T(2026, 1, 19, 0, 47, 31)
C5 = cid(NK_OPEN, 93)

d = T(2026, 1, 19, 0, 47, 40)
mail(slug='nakamura-aws-jidou', kind='case_created', lang='ja', case_id=C5,
     sender=aws_sender(FORM, AWSN, d), to=NK, provider='o365', date=d,
     subject=f"[CASE {C5}] お問い合わせありがとうございます(自動返信)", subj=('shift_jis', 'B', 2),
     body=('plain', f"""中村 拓也 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
このメールは自動送信です。

お客様のご依頼をケース {C5} として記録いたしました。担当者より、原則として 24 時間以内にご連絡いたします。

お問い合わせの種類: AWS トレーニングと認定
詳細: アカウントの統合
AWS 受験者 ID: AWS03907152

このケースについて追加のご連絡がある場合は、本メールにそのままご返信ください。
同じ内容で新たにお問い合わせいただく必要はございません。

AWS トレーニングと認定 カスタマーサポート""", '', 'sjis'))

NK12_txt = """中村 拓也 様

AWS トレーニングと認定サポートのリンです。お問い合わせありがとうございます。

ご依頼のアカウント統合につきまして、以下の方向で進めてよろしいか、ご確認お願いします。

  残るアカウント      : AWS03907152 (t-nakamura@hoshizora-si.co.jp)
  統合されるアカウント: AWS07264481 (takuya.nakamura.88@outlook.jp)

AWS07264481 にある認定と受験の記録は、AWS03907152 の方に移ります。統合したあとは、元に戻すことできません。AWS07264481 でのサインインもできなくなります。

問題なければ、このメールに「統合に同意します」とご返信お願いします。ご返信いただいたあとに作業します。

リン
AWS トレーニングと認定 カスタマーサポート"""
NK12_html = html_doc(f"""<p>中村 拓也 様</p>
<p>AWS トレーニングと認定サポートのリンです。お問い合わせありがとうございます。</p>
<p>ご依頼のアカウント統合につきまして、以下の方向で進めてよろしいか、ご確認お願いします。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th>区分</th><th>受験者 ID</th><th>メールアドレス</th></tr>
<tr><td>残るアカウント</td><td>AWS03907152</td><td>t-nakamura@hoshizora-si.co.jp</td></tr>
<tr><td>統合されるアカウント</td><td>AWS07264481</td><td>takuya.nakamura.88@outlook.jp</td></tr>
</table>
<p>AWS07264481 にある認定と受験の記録は、AWS03907152 の方に移ります。<b>統合したあとは、元に戻すことできません。</b>AWS07264481 でのサインインもできなくなります。</p>
<p>なお、会社のメールアドレスのアカウントを残す場合、ご退職などでメールアドレスが使えなくなるとサインインできなくなる恐れがあります。必要に応じて、統合後に個人のメールアドレスへの変更もご検討ください。</p>
<p>問題なければ、このメールに「統合に同意します」とご返信お願いします。ご返信いただいたあとに作業します。</p>
<p>リン<br>AWS トレーニングと認定 カスタマーサポート</p>
<p style="font-size:11px;color:#687078">ご返信の際は、件名のケース番号 [CASE {C5}] を変更しないでください。</p>""", 'ja')
d = T(2026, 1, 20, 5, 33, 18)
mail(slug='nakamura-aws-case', kind='merge_confirmation_requested', lang='ja', case_id=C5,
     sender=aws_sender(FORM, AWSN, d), to=NK, provider='o365', date=d,
     subject=form_subj(C5),
     body=('alt', NK12_txt, '', NK12_html, 'qp'))

NK_R = T(2026, 1, 20, 18, 32, tz=JST)
d = T(2026, 1, 21, 2, 14, 9)
mail(slug='nakamura-aws-case', kind='support_reply', lang='ja', case_id=C5,
     sender=aws_sender(FORM, AWSN, d), to=NK, provider='o365', date=d,
     subject=form_subj(C5),
     body=('plain', """中村 拓也 様

ご返信ありがとうございます。リンです。

ご同意いただいた内容で、統合のリクエストを担当チームへ送りました。統合が完了次第、改めてご連絡いたします。通常は 2 から 3 営業日ほどかかります。

なお、ご連絡までの間は、AWS07264481 で新しく試験の予約をしないようお願いします。

リン
AWS トレーニングと認定 カスタマーサポート""",
           ol_block_ja(NK_R, f"{NK[0]} <{NK[1]}>", f"Amazon Web Services <{FORM}>", form_subj(C5)) + """
リン様

お世話になっております。中村です。
内容を確認しました。統合に同意します。
よろしくお願いいたします。

中村

""" + ol_block_ja(T(2026, 1, 20, 14, 33, tz=JST), f"Amazon Web Services <{FORM}>", f"{NK[0]} <{NK[1]}>", form_subj(C5)) + '\n' + NK12_txt, 'qp'))

d = T(2026, 1, 23, 7, 48, 51)
mail(slug='nakamura-aws-case', kind='merge_completed', lang='ja', case_id=C5,
     sender=aws_sender(FORM, AWSN, d), to=NK, provider='o365', date=d,
     subject=form_subj(C5),
     body=('plain', """中村 拓也 様

お待たせいたしました。AWS トレーニングと認定サポートの小川です。

AWS07264481 に登録されていた認定と受験記録を AWS03907152 にまとめ、AWS07264481 は閉鎖いたしました。今後はすべて AWS03907152 にてご利用いただけます。

つきましては、2 週間以内に以下をご確認いただけますでしょうか。
1. 認定アカウントにサインインし、AWS Certified Solutions Architect - Professional を含むすべての認定が表示されていること
2. Credly に登録されているメールアドレスが t-nakamura@hoshizora-si.co.jp であること(バッジは数日以内に移されます)

不足がある場合は、本メールにご返信ください。

小川
AWS トレーニングと認定 カスタマーサポート""", '', 'b64'))

d = T(2026, 1, 23, 7, 49, 30)
mail(slug='nakamura-enquete', kind='survey', lang='ja', case_id=C5,
     sender=aws_sender(FORM, AWSN, d), to=NK, provider='o365', date=d,
     subject=f"[CASE {C5}] お問い合わせは解決しましたか?", subj=('utf-8', 'B', 2),
     body=('html', html_doc(f"""<table width="600" style="margin:auto"><tr><td>
<p>中村 拓也 様</p>
<p>このたびは AWS トレーニングと認定カスタマーサポートをご利用いただき、ありがとうございました。<br>
ケース {C5} について、簡単なアンケートにご協力ください。</p>
<p><b>お問い合わせは解決しましたか?</b></p>
<p><a href="https://survey.aws-tc-support.amazon.com/s/r?c={C5}&amp;a=1&amp;lang=ja" style="background:#ff9900;color:#000;padding:8px 24px;text-decoration:none">はい</a>
&nbsp;<a href="https://survey.aws-tc-support.amazon.com/s/r?c={C5}&amp;a=0&amp;lang=ja" style="background:#d5dbdb;color:#000;padding:8px 24px;text-decoration:none">いいえ</a></p>
<p><b>担当者の対応を評価してください</b><br>
<a href="https://survey.aws-tc-support.amazon.com/s/r?c={C5}&amp;s=1&amp;lang=ja">&#9734;1</a>
<a href="https://survey.aws-tc-support.amazon.com/s/r?c={C5}&amp;s=2&amp;lang=ja">&#9734;2</a>
<a href="https://survey.aws-tc-support.amazon.com/s/r?c={C5}&amp;s=3&amp;lang=ja">&#9734;3</a>
<a href="https://survey.aws-tc-support.amazon.com/s/r?c={C5}&amp;s=4&amp;lang=ja">&#9734;4</a>
<a href="https://survey.aws-tc-support.amazon.com/s/r?c={C5}&amp;s=5&amp;lang=ja">&#9734;5</a></p>
<p style="font-size:12px;color:#687078">このメールは送信専用アドレスから送信されています。</p>
<p>AWS トレーニングと認定</p>
</td></tr></table>""", 'ja'), '', 'b64'))

# internal colleague mail, no Authentication-Results at all
d = T(2026, 1, 27, 2, 5, 33)
col_s = other_sender('y.takahashi@hoshizora-si.co.jp', '高橋 悠', '10.0.0.1', 'internal', msgdom='TYCPR01MB8841.jpnprd01.prod.outlook.com')
col_s['msgid'] = f"<TYCPR01MB8841{rhex(8).upper()}{rhex(8).upper()}@TYCPR01MB8841.jpnprd01.prod.outlook.com>"
png = MIMEImage(base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=='), 'png')
png.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', 'スクリーンショット 2026-01-27 105811.png'))
mail(slug='takahashi-soudan', kind='unrelated', lang='ja', case_id=None,
     sender=col_s, to=NK, provider='internal', date=d, date_tz=JST,
     from_hdr=f"{Header('高橋 悠', 'iso-2022-jp').encode()} <y.takahashi@hoshizora-si.co.jp>", to_charset='iso-2022-jp',
     subject="AWS認定アカウント統合の件", subj=('iso-2022-jp', 'B', 1),
     extra=[('Thread-Topic', Header('AWS認定アカウント統合の件', 'iso-2022-jp').encode()),
            ('Thread-Index', 'AQHbb' + rb64(24)[:30]), ('Accept-Language', 'ja-JP, en-US'),
            ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', 'yes'),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal')],
     attach=[png],
     body=('plain', """中村さん

お疲れさまです。高橋です。

先日のチャットで、AWS 認定のアカウントを統合してもらったと聞きました。
私も前職のときのアカウント(AWS02931574)と今のアカウント(AWS06648302)の 2 つがあって困っています。
(スクリーンショットを添付します。)

申請はどこから出しましたか? フォームの種類や、どれくらいで終わったかなど、
分かる範囲で教えてもらえると助かります。

高橋
--
株式会社ほしぞらシステムインテグレーション クラウド推進部
高橋 悠 / y.takahashi@hoshizora-si.co.jp""", '', 'iso-2022-jp'))

# ---------------------------------------------------------------------------------------------
# T6  Daniel Okafor  (en, gmail, form desk)  keep AWS05012688 <- AWS09387120
# ---------------------------------------------------------------------------------------------
DO = ('Daniel Okafor', 'daniel.okafor.cloud@gmail.com')
DO_OPEN = T(2026, 2, 23, 20, 4, 49)
C6 = cid(DO_OPEN, 1377)

d = T(2026, 2, 23, 20, 5, 2)
mail(slug='okafor-aws-request', kind='case_created', lang='en', case_id=C6,
     sender=aws_sender(FORM, AWSN, d), to=DO, provider='gmail', date=d,
     subject=f"Your request has been logged [CASE {C6}]",
     body=('html', html_doc(f"""<div style="max-width:600px">
<p>Hello,</p>
<p>Your request has been logged. Reference: <b>{C6}</b>.</p>
<p>Someone from AWS Training and Certification Customer Support will be in touch, normally within 24 hours. Please don't submit the form again for the same issue.</p>
<table style="font-size:13px;color:#333"><tr><td>Inquiry detail:</td><td>Account Merge</td></tr>
<tr><td>Candidate ID provided:</td><td>AWS05012688</td></tr></table>
<p>Reply to this e-mail to add details.</p>
<p>AWS Training and Certification</p>
</div>"""), '', 'qp'))

DO_REQ = f"""Hi Daniel,

Thanks for contacting us. I can see two certification accounts under your name:

 - AWS05012688 (daniel.okafor.cloud@gmail.com) - this one will stay
 - AWS09387120 (d.okafor@lakeshore-college.ca) - this one will be merged into the one above

Please note a merge is permanent and cannot be undone. Reply "confirm" to this email and we'll get started.

Thanks,
Sam
AWS T&C Support"""
d = T(2026, 2, 28, 17, 40, 26)
mail(slug='okafor-aws-case', kind='merge_confirmation_requested', lang='en', case_id=C6,
     sender=aws_sender(FORM, AWSN, d), to=DO, provider='gmail', date=d,
     subject=form_subj(C6),
     body=('alt', """Hi Daniel,

We're re-sending our message from February 25 (below) because we haven't received your reply yet. We can't combine the two accounts until you confirm the details, so please check them and reply "confirm" if they're correct, or tell us what needs to change.

If we don't hear from you within 7 days, this case will be closed automatically. You can reopen it by replying.

Thanks,
Sam
AWS T&C Support""", f"""---------- Previous message ----------
Sent: Wed, Feb 25, 2026 3:12 PM UTC
Subject: {form_subj(C6)}

{DO_REQ}""", html_doc(f"""<p>Hi Daniel,</p>
<p>We're re-sending our message from February 25 (below) because we haven't received your reply yet. We can't combine the two accounts until you confirm the details, so please check them and reply "confirm" if they're correct, or tell us what needs to change.</p>
<p>If we don't hear from you within 7 days, this case will be closed automatically. You can reopen it by replying.</p>
<p>Thanks,<br>Sam<br>AWS T&amp;C Support</p>
<blockquote style="border-left:2px solid #ccc;padding-left:10px;color:#555">
<p>---------- Previous message ----------<br>Sent: Wed, Feb 25, 2026 3:12 PM UTC<br>Subject: {form_subj(C6)}</p>
{txt2html(DO_REQ)}
</blockquote>"""), 'qp'))

DO_R = T(2026, 3, 1, 9, 48, tz=EST)
d = T(2026, 3, 2, 16, 3, 55)
mail(slug='okafor-aws-case', kind='support_reply', lang='en', case_id=C6,
     sender=aws_sender(FORM, AWSN, d), to=DO, provider='gmail', date=d,
     subject=form_subj(C6),
     body=('plain', """Hey Daniel,

No worries at all, thanks for confirming! I've submitted the merge to our accounts team. Once the merge is complete we'll send you a note here, and a few days after that Credly should e-mail you about your badges being moved over.

Nothing for you to do in the meantime, just hang tight.

Best,
Sam
AWS T&C Support""", en_on(DO_R, DO[0], DO[1]) + '\n' + quote("""Confirmed, please merge AWS09387120 into AWS05012688. Sorry for the delay, I was travelling.

Daniel

""" + en_on(T(2026, 2, 28, 12, 40, tz=EST), AWSN, FORM) + '\n' + quote("""Hi Daniel,

We're re-sending our message from February 25 (below) because we haven't received your reply yet.

""" + DO_REQ)), 'qp'))

d = T(2026, 3, 4, 11, 21, 7)
mail(slug='okafor-aws-case', kind='merge_completed', lang='en', case_id=C6,
     sender=aws_sender(FORM, AWSN, d), to=DO, provider='gmail', date=d,
     subject=form_subj(C6),
     body=('html', html_doc(f"""<div style="font-family:Calibri,Arial,sans-serif;font-size:15px">
<p>Hi Daniel,</p>
<p>All done. Your old profile (aws-09387120) has been retired and its exam records now sit under AWS05012688.</p>
<p>Thanks,<br>Sam<br>AWS T&amp;C Support</p>
<p style="font-size:11px;color:#888">[CASE {C6}] Please keep this reference in the subject line if you reply.</p>
</div>"""), '', 'qp'))

d = T(2026, 3, 5, 14, 2, 19)
cm_code = """Hi Daniel,

We received a request to merge another Credly account (d.okafor@lakeshore-college.ca) into this account.

Your verification code is: 482913

Or use the button below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=Qk3vT0x9Lr2mZp7a

This code expires in 30 minutes. If you did not request this, you can ignore this e-mail and no changes will be made.

The Credly Team"""
mail(slug='credly-notice', kind='unrelated', lang='en', case_id=None,
     sender=credly_sender(d, display='Credly'), to=DO, provider='gmail', date=d,
     subject="Your Credly account merge verification code",
     body=('alt', cm_code, '', html_doc(txt2html(cm_code).replace('Complete Account Merge: https://www.credly.com/users/merge/confirm?token=Qk3vT0x9Lr2mZp7a',
                                                                    '<a href="https://www.credly.com/users/merge/confirm?token=Qk3vT0x9Lr2mZp7a" style="background:#0a7c8c;color:#fff;padding:10px 24px;text-decoration:none">Complete Account Merge</a>')), 'qp'))

d = T(2026, 3, 6, 10, 15, 44)
tr_txt = """Hi Daniel,

Amazon Web Services Training and Certification has transferred 2 badges to daniel.okafor.cloud@gmail.com:

  - AWS Certified Developer - Associate
  - AWS Certified Cloud Practitioner

They're ready for you to accept. Once accepted, they'll appear on your Credly profile and you can share them.

Accept your badges: https://www.credly.com/earner/earned?filter=pending

Credly, Inc. | 3000 Ocean Park Blvd, Santa Monica, CA 90405
Manage notifications: https://www.credly.com/notifications"""
tr_html = html_doc("""<div style="max-width:560px;margin:auto">
<h1 style="font-size:21px">Your badges have a new home</h1>
<p>Hi Daniel,</p>
<p>Amazon Web Services Training and Certification has transferred <b>2 badges</b> to daniel.okafor.cloud@gmail.com:</p>
<ul><li>AWS Certified Developer - Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p>They're ready for you to accept.</p>
<p><a href="https://www.credly.com/earner/earned?filter=pending" style="display:inline-block;background:#0a7c8c;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none">Accept your badges</a></p>
<hr><p style="font-size:11px;color:#888">Credly, Inc. | 3000 Ocean Park Blvd, Santa Monica, CA 90405 &middot; <a href="https://www.credly.com/notifications">Manage notifications</a></p>
</div>""")
mail(slug='credly-notice', kind='credly_badge_issued', lang='en', case_id=None,
     sender=credly_sender(d), to=DO, provider='gmail', date=d,
     subject="Your badges have been moved to your Credly account",
     body=('alt', tr_txt, '', tr_html, 'qp'))

d = T(2026, 3, 3, 18, 27, 5)
gh_s = other_sender('notifications@github.com', 'Priyanka N.', '192.30.252.201', 'out-18.smtp.github.com', p='REJECT')
gh_s['msgid'] = '<lakeshore-devs/cert-tracker/pull/412/issue_event/16609834521@github.com>'
mail(slug='github-notification', kind='unrelated', lang='en', case_id=None,
     sender=gh_s, to=DO, provider='gmail', date=d,
     subject="Re: [lakeshore-devs/cert-tracker] Merge duplicate candidate records before export (PR #412)",
     irt='<lakeshore-devs/cert-tracker/pull/412@github.com>', refs='<lakeshore-devs/cert-tracker/pull/412@github.com>',
     extra=[('List-ID', 'lakeshore-devs/cert-tracker <cert-tracker.lakeshore-devs.github.com>'),
            ('List-Unsubscribe', '<https://github.com/notifications/unsubscribe/ABX7Q2>'),
            ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'priyanka-n'),
            ('Precedence', 'list')],
     body=('alt', """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lakeshore-devs/cert-tracker/pull/412#event-16609834521
You are receiving this because you authored the thread.""", '',
           html_doc('<p>Merged <a href="https://github.com/lakeshore-devs/cert-tracker/pull/412">#412</a> into main.</p>\n'
                    '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/lakeshore-devs/cert-tracker/pull/412#event-16609834521">view it on GitHub</a>.<br>'
                    'You are receiving this because you authored the thread.</p>'), '7bit'))

d = T(2026, 3, 9, 13, 2, 51)
PH_CASE = '177288410200517'
ph2 = other_sender('case-update@aws-certifications-support.com', 'AWS Training and Certification', '172.86.124.19',
                   'mta1.aws-certifications-support.com', p='NONE')
ph2_txt = f"""Hello,

We are processing a request to merge the AWS Certification accounts associated with this e-mail address. For your protection the merge must be confirmed by the account holder before it is carried out. Once confirmed, the merge cannot be reversed.

Please review the accounts to be merged and confirm by signing in with your AWS Certification credentials:

Confirm merge: https://aws-certifications-support.com/case/{PH_CASE}/confirm

If you do not confirm within 48 hours, the request will be cancelled and your certification benefits may be lost.

AWS Training and Certification Customer Support"""
mail(slug='aws-tc-case', kind='merge_confirmation_requested', lang='en', case_id=PH_CASE,
     sender=ph2, to=DO, provider='gmail', date=d,
     subject=f"RE:[CASE {PH_CASE}] Confirm your certification account merge",
     body=('alt', ph2_txt, '', html_doc(txt2html(ph2_txt).replace(
         f'Confirm merge: https://aws-certifications-support.com/case/{PH_CASE}/confirm',
         f'<a href="https://aws-certifications-support.com/case/{PH_CASE}/confirm" style="background:#ff9900;color:#000;padding:10px 26px;text-decoration:none">Confirm merge</a>')), 'qp'))

# ---------------------------------------------------------------------------------------------
# T7  藤井 愛子  (ja, biglobe, form desk)  keep AWS08450093 <- AWS02718364
# ---------------------------------------------------------------------------------------------
AF = ('藤井 愛子', 'aiko.fujii@biglobe.ne.jp')
AF_OPEN = T(2025, 7, 8, 3, 30, 12)
C7 = cid(AF_OPEN, 775)
C7B = cid(T(2025, 7, 9, 12, 2, 48), 419)

d = T(2025, 7, 10, 2, 25, 19)
mail(slug='fujii-aws-case', kind='support_reply', lang='ja', case_id=C7,
     sender=aws_sender(FORM, AWSN, d), to=AF, provider='biglobe', date=d,
     subject=form_subj(C7),
     body=('plain', f"""藤井 愛子 様

AWS トレーニングと認定カスタマーサポートの森です。
お問い合わせいただきありがとうございます。

7 月 9 日に、同じ内容のお問い合わせを新しいケース({C7B})としてお送りいただいておりました。対応状況をまとめて管理するため、今後のご連絡は本ケース {C7} にて承ります。{C7B} は重複としてクローズいたしましたので、ご了承ください。

お問い合わせいただいたアカウントの件は、現在確認を進めております。確認が取れ次第、改めてご連絡いたしますので、今しばらくお待ちください。

森
AWS トレーニングと認定 カスタマーサポート""", '', 'qp'))

d = T(2025, 7, 14, 4, 41, 0)
mail(slug='fujii-aws-case', kind='support_reply', lang='ja', case_id=C7,
     sender=aws_sender(FORM, AWSN, d), to=AF, provider='biglobe', date=d,
     subject=form_subj(C7),
     body=('plain', """藤井 愛子 様

AWS トレーニングと認定カスタマーサポートの森です。

7 月 11 日にお送りしたメールについて、その後ご返信をいただいていないため、念のためご連絡いたしました。
引き続きサポートが必要でしょうか。必要な場合は、本メールにご返信ください。

7 日以内にご返信がない場合は、本ケースをクローズさせていただきます。クローズ後も、本メールにご返信いただければケースは再開されます。

森
AWS トレーニングと認定 カスタマーサポート""", '', 'b64'))

AF_REQ = """藤井 愛子 様

森です。確認が取れましたので、以下の内容で進めてよろしいかご確認ください。

  統合先(今後お使いになるアカウント): AWS08450093
  統合元(統合後は無効になるアカウント): AWS02718364

一度統合すると元に戻すことはできません。問題なければ、その旨をご返信ください。"""
d = T(2025, 7, 18, 6, 55, 31)
mail(slug='fujii-aws-case', kind='merge_completed', lang='ja', case_id=C7,
     sender=aws_sender(FORM, AWSN, d), to=AF, provider='biglobe', date=d, to_charset='iso-2022-jp',
     subject=form_subj(C7) + " 認定アカウントについて", subj=('iso-2022-jp', 'B', 3),
     body=('plain', """藤井 愛子 様

ご返信ありがとうございました。森です。

ご承認いただいた内容のとおり、AWS02718364 の受験履歴と認定資格を AWS08450093 へ移行いたしました。AWS02718364 にはこれ以降サインインできませんので、AWS08450093 のサインイン情報をお使いください。

Credly のバッジにつきましては、数日以内に Credly から別途ご案内が届く予定です。

このたびはお手数をおかけいたしました。

森
AWS トレーニングと認定 カスタマーサポート""",
           "2025/07/16 21:04, 藤井 愛子 wrote:\n" + quote("""森様

お返事が遅くなり申し訳ありません。ご提示の内容で問題ありません。
進めてください。

藤井

""" + quote(AF_REQ)), 'iso-2022-jp'))

d = T(2025, 7, 22, 1, 30, 9)
af_txt = """藤井 愛子 さん

おめでとうございます!
Amazon Web Services Training and Certification から、次のバッジが発行されました。

  AWS Certified Machine Learning Engineer - Associate

バッジを承認すると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。

バッジを承認する: https://www.credly.com/earner/earned/badge/7c0e9a14-2f63-4d8b-b1e5-93a6d0f2c847

Credly, Inc. | 3000 Ocean Park Blvd, Santa Monica, CA 90405"""
mail(slug='credly-notice', kind='credly_badge_issued', lang='ja', case_id=None,
     sender=credly_sender(d), to=AF, provider='biglobe', date=d,
     subject="Amazon Web Services Training and Certification からバッジが発行されました", subj=('utf-8', 'B', 2),
     body=('alt', af_txt, '', html_doc(txt2html(af_txt).replace(
         'バッジを承認する: https://www.credly.com/earner/earned/badge/7c0e9a14-2f63-4d8b-b1e5-93a6d0f2c847',
         '<a href="https://www.credly.com/earner/earned/badge/7c0e9a14-2f63-4d8b-b1e5-93a6d0f2c847" style="background:#0a7c8c;color:#fff;padding:10px 26px;text-decoration:none">バッジを承認する</a>'), 'ja'), 'qp'))

# ---------------------------------------------------------------------------------------------
# T8  Maria Gonzalez  (en, gmail, form desk)  keep AWS05873341 <- AWS01649027
# ---------------------------------------------------------------------------------------------
MG = ('Maria Gonzalez', 'maria.gonzalez.it@gmail.com')
MG_OPEN = T(2025, 12, 2, 15, 55, 2)
C8 = cid(MG_OPEN, 2204)

MG_REQ = """Dear Maria,

Greetings from AWS Training and Certification!

Thank you for contact us. As per your request, we will be merging the account aws01649027 into the account aws05873341. The account aws05873341 will remain as primary account and the account aws01649027 will be deactivated after the merge is done.

Kindly be informed this action is not reversible, once the accounts are merged they can not be separated again.

Kindly reply to this email confirming you agree for proceed with the merge, so we can continue with the request.

Regards,
Rahul
AWS Training and Certification Customer Support"""
d = T(2025, 12, 4, 10, 27, 45)
mail(slug='gonzalez-aws-case', kind='merge_confirmation_requested', lang='en', case_id=C8,
     sender=aws_sender(FORM, AWSN, d), to=MG, provider='gmail', date=d,
     subject=form_subj(C8), body=('plain', MG_REQ, '', '7bit'))

d = T(2025, 12, 9, 10, 2, 13)
mail(slug='gonzalez-aws-case', kind='support_reply', lang='en', case_id=C8,
     sender=aws_sender(FORM, AWSN, d), to=MG, provider='gmail', date=d, crlf=True,
     subject=form_subj(C8),
     body=('plain', f"""Dear Maria,

We are writing to follow up on your case {C8}. We noticed we have not heard back from you since our last e-mail.

Do you still need help with this case? If yes, please reply to this email and we will be happy to assist you further. If we do not receive a response in the next 3 business days, the case will be closed.

Regards,
Rahul
AWS Training and Certification Customer Support""", '', '7bit'))

MG_R = T(2025, 12, 10, 20, 14, tz=CET)
mg_reply = """Hi Rahul, sorry for the late reply, I was on holidays.
Yes I confirm, please keep aws05873341.

Maria"""
MG48 = """Dear Maria,

Thank you for your confirmation. Our team is merging your accounts at this moment, this process take usually up to 2 business days. You will receive an email from us when it is finished.

Meanwhile, please avoid to schedule any exam with the account AWS01649027.

Regards,
Rahul
AWS Training and Certification Customer Support"""
d = T(2025, 12, 11, 9, 18, 37)
mail(slug='gonzalez-aws-case', kind='support_reply', lang='en', case_id=C8,
     sender=aws_sender(FORM, AWSN, d), to=MG, provider='gmail', date=d,
     subject=form_subj(C8),
     body=('plain', MG48, en_on(MG_R, MG[0], MG[1]) + '\n' + quote(mg_reply + '\n\n' + en_on(T(2025, 12, 4, 11, 27, tz=CET), AWSN, FORM) + '\n' + quote(MG_REQ)), 'qp'))

MG22 = """Dear Maria,

We are glad to inform that the consolidation was completed successfully, all the records was moved on the account you have chosen. From now please use only this account for sign in.

Regards,
Rahul
AWS Training and Certification Customer Support"""
d = T(2025, 12, 12, 15, 40, 2)
mail(slug='gonzalez-aws-case', kind='merge_completed', lang='en', case_id=C8,
     sender=aws_sender(FORM, AWSN, d), to=MG, provider='gmail', date=d,
     subject=form_subj(C8),
     body=('plain', MG22, en_on(T(2025, 12, 11, 10, 18, tz=CET), AWSN, FORM) + '\n' + quote(
         MG48 + '\n\n' + en_on(MG_R, MG[0], MG[1]) + '\n' + quote(mg_reply + '\n\n' + quote(MG_REQ))), '7bit'))

d = T(2025, 12, 12, 15, 41, 10)
mail(slug='gonzalez-feedback', kind='survey', lang='en', case_id=C8,
     sender=aws_sender(FORM, AWSN, d), to=MG, provider='gmail', date=d,
     subject=f"Rate your experience with AWS Training and Certification [CASE {C8}]",
     body=('plain', f"""Dear Maria,

Your case {C8} is now closed. Please take a moment to rate this correspondence and tell us how we did:

  Excellent | Good | Average | Poor | Very poor
  https://survey.aws-tc-support.amazon.com/s/r?c={C8}

Your answers are read by our team and help us improve.

AWS Training and Certification""", "-------- Last message in this case --------\n" + quote(MG22), 'qp'))

# ---------------------------------------------------------------------------------------------
# T9  佐々木 翔 (ja, POP mailbox without Authentication-Results)  keep AWS04482109 <- AWS06021735
# ---------------------------------------------------------------------------------------------
SS = ('佐々木 翔', 'sho.sasaki@mail.yukinohi.jp')
C9 = cid(T(2025, 8, 19, 6, 11, 45), 1508)
d = T(2025, 8, 21, 2, 3, 17)
mail(slug='sasaki-aws-case', kind='merge_completed', lang='ja', case_id=C9,
     sender=aws_sender(FORM, AWSN, d), to=SS, provider='none_trace', date=d,
     subject=form_subj(C9),
     body=('plain', """佐々木 翔 様

AWS トレーニングと認定カスタマーサポートの原田でございます。
ご返信いただき、ありがとうございました。

ご依頼いただいた 2 つの認定アカウントは、AWS04482109 を存続アカウントとして一本化いたしました。もう一方のアカウント(AWS06021735)に登録されていた認定資格と受験履歴は、すべて AWS04482109 でご確認いただけます。

本件はこれにてクローズとさせていただきます。今回の対応について、後ほどお送りするアンケートにてご評価いただけますと幸いです。

原田
AWS トレーニングと認定 カスタマーサポート""",
           f"""----- 元のメッセージ -----
差出人: 佐々木 翔 <sho.sasaki@mail.yukinohi.jp>
日時: 2025年8月20日 22:41
件名: {form_subj(C9)}

原田様

ご連絡ありがとうございます。
記載の内容(AWS04482109 を残す)で問題ありませんので、よろしくお願いいたします。

佐々木""", '8bit'))

# ---------------------------------------------------------------------------------------------
# T10 Raj Menon (en, no Authentication-Results) case closed for inactivity; wrong charset label
# ---------------------------------------------------------------------------------------------
RM = ('Raj Menon', 'raj.menon@menon-family.net')
C10 = cid(T(2025, 9, 26, 18, 20, 33), 3091)
d = T(2025, 10, 9, 18, 31, 2)
mail(slug='menon-aws-case', kind='survey', lang='en', case_id=C10,
     sender=aws_sender(FORM, AWSN, d), to=RM, provider='none_trace', date=d,
     subject=form_subj(C10), wrong_label='windows-1252',
     body=('plain', f"""Hello Raj,

We haven’t heard back from you since our message of September 29 asking which of your two certification accounts you’d like to keep, so we’re closing case {C10} for now. Nothing has been changed on either account.

If you still want the accounts combined, just reply to this e-mail within 14 days and the case will reopen automatically — there’s no need to submit a new request.

How did we do? We’d appreciate it if you could rate your experience: https://survey.aws-tc-support.amazon.com/s/r?c={C10}

AWS Training and Certification Customer Support""", '', '8bit'))

# older Acclaim sender, saved without Authentication-Results
CW = ('Chen Wei', 'chen.wei.dev@outlook.com')
d = T(2025, 2, 4, 17, 44, 28)
acc_s = credly_sender(d, display='Amazon Web Services Training and Certification via Acclaim', addr='admin@youracclaim.com')
mail(slug='acclaim-badge', kind='credly_badge_issued', lang='en', case_id=None,
     sender=acc_s, to=CW, provider='none_trace', date=d,
     subject="You've earned a badge from Amazon Web Services Training and Certification",
     body=('html', html_doc("""<center><table width="560"><tr><td style="text-align:center">
<img src="https://acclaim-production-app.s3.amazonaws.com/images/logo-acclaim.png" width="120" alt="Acclaim">
<h2>Congratulations, Chen!</h2>
<p>You've earned the <b>AWS Certified Data Engineer - Associate</b> badge from Amazon Web Services Training and Certification.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/2b6e1f0a-93c4-4d7e-8a51-c6f09e3b7d24" style="background:#1d7a8c;color:#fff;padding:12px 30px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#666">Share it on LinkedIn, Twitter and Facebook, or add it to your e-mail signature.</p>
</td></tr></table></center>"""), '', 'b64'))

# ---------------------------------------------------------------------------------------------
# T11 小林 (ja, gmail) exam scheduled on one account: merge cannot go ahead yet
# ---------------------------------------------------------------------------------------------
KB = ('小林 誠', 'makoto.kobayashi.0921@gmail.com')
C11 = cid(T(2026, 3, 10, 4, 5, 19), 842)
d = T(2026, 3, 11, 1, 44, 56)
mail(slug='kobayashi-aws-case', kind='support_reply', lang='ja', case_id=C11,
     sender=aws_sender(FORM, AWSN, d), to=KB, provider='gmail', date=d,
     subject=form_subj(C11),
     body=('plain', """小林 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定サポートのイです。

ご依頼いただいた AWS01976453 と AWS08123390 のアカウントについて確認しましたところ、AWS08123390 に 3 月 28 日の試験(DVA-C02)のご予約が入っていました。予約が残っている状態では、アカウントをひとつにまとめる作業を行うことができません。

お手数ですが、以下のどちらかをお選びください。
A. 試験を受験されたあとに作業を行う(受験後に本メールへご返信ください)
B. 予約をキャンセルし、作業完了後に AWS01976453 で予約し直す

また、2 つのアカウントのうち、どちらを今後お使いになるかもあわせてお知らせください。

イ
AWS トレーニングと認定 カスタマーサポート""", '', 'qp'))

# ---------------------------------------------------------------------------------------------
# Seller Central look-alike (same RE:[CASE n] subject style, 10-digit case)
# ---------------------------------------------------------------------------------------------
YZ = ('山田 雑貨店', 'yamada.zakka.shop@gmail.com')
d = T(2025, 6, 17, 8, 12, 55)
mail(slug='seller-support', kind='unrelated', lang='ja', case_id='6120473391',
     sender=aws_sender('seller-notification@amazon.com', 'Amazon Services', d), to=YZ, provider='gmail', date=d,
     subject="RE:[CASE 6120473391] 出品用アカウントの統合について", subj=('utf-8', 'B', 2),
     body=('plain', """山田 様

Amazon 出品サービスをご利用いただき、ありがとうございます。セラーサポートの加藤です。

お問い合わせいただいた、2 つの出品用アカウント(マーチャントトークン末尾 7QX と 2LM)の統合についてご案内いたします。Amazon では、原則として 1 つの事業者につき 1 つの出品用アカウントのみご利用いただけます。2 つ目のアカウントについては、在庫と未出荷の注文を処理したうえで、閉鎖をご申請ください。

アカウントの統合という形で、出品情報や評価を移すことはできませんので、あらかじめご了承ください。

ほかにご不明な点がございましたら、セラーセントラルのケースログからご返信ください。

Amazon.co.jp セラーサポート
ケースID: 6120473391""", '', 'b64'))


# ====================================================================== WRITE
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(9137).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        data, ids = build(m)
        fn = f"{n:03d}-{m['slug']}.eml"
        assert re.fullmatch(r'\d{3}-[a-z0-9-]+\.eml', fn), fn
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(data)
        labels[fn] = {'kind': m['kind'], 'case_id': m['case_id'], 'account_ids': ids,
                      'sender_verified': verified(m), 'language': m['lang']}
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
    print(len(labels), 'files written')


if __name__ == '__main__':
    main()
