#!/usr/bin/env python3
"""Generate blind set-111: AWS Certification account-merge mail, the long middle of a case."""
import base64
import hashlib
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from io import BytesIO
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(111)

UTC = timezone.utc
JST = ZoneInfo('Asia/Tokyo')
LA = ZoneInfo('America/Los_Angeles')
TOR = ZoneInfo('America/Toronto')
CHI = ZoneInfo('America/Chicago')
ROM = ZoneInfo('Europe/Rome')
MTL = ZoneInfo('America/Montreal')

B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
HEX = '0123456789abcdef'


def rs(n, alpha=ALNUM):
    return ''.join(rng.choice(alpha) for _ in range(n))


def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(when, suffix):
    return str(int(when.timestamp())) + suffix


def fdate(when, tz=None):
    if tz is not None:
        when = when.astimezone(tz)
    return format_datetime(when)


def gdate(when):
    """Gmail style: 'Tue, 14 Oct 2025 00:48:59 -0700 (PDT)'."""
    w = when.astimezone(LA)
    return format_datetime(w) + ' (' + w.tzname() + ')'


def enc(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode(linesep='\n')


def addr(name, a, charset='utf-8'):
    if name is None:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return Header(name, charset).encode() + ' <' + a + '>'


# ---------------------------------------------------------------- MIME parts

def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None,
         declared=None, quote_param=True, extra=None):
    raw = text.encode(codec or charset)
    p = Message()
    cs = declared or charset
    if quote_param:
        p['Content-Type'] = f'text/{subtype}; charset="{cs}"'
    else:
        p['Content-Type'] = f'text/{subtype}; charset={cs}'
    p['Content-Transfer-Encoding'] = cte
    for k, v in (extra or []):
        p[k] = v
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    return p


def multi(subtype, parts, boundary=None):
    m = Message()
    b = boundary or ('----=_Part_' + str(rng.randint(100000, 999999)) + '_' + str(rng.randint(10**8, 10**9)) + '.' + str(rng.randint(10**12, 10**13)))
    m['Content-Type'] = f'multipart/{subtype}; \n\tboundary="{b}"'
    for p in parts:
        m.attach(p)
    return m


def render(headers, body):
    bio = BytesIO()
    g = BytesGenerator(bio, mangle_from_=False, maxheaderlen=0)
    g.flatten(body)
    head = ''.join(f'{n}: {v}\n' for n, v in headers)
    if not any(n.lower() == 'mime-version' for n, _ in headers):
        head += 'MIME-Version: 1.0\n'
    return head.encode('ascii') + bio.getvalue()


# ---------------------------------------------------------------- ids / signatures

def ses_msgid(when):
    ms = int(when.timestamp() * 1000) + rng.randint(0, 900)
    return (f'<0100{ms:012x}-{rs(8, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(12, HEX)}-000000'
            '@email.amazonses.com>')


def ses_mailfrom(when):
    ms = int(when.timestamp() * 1000) + rng.randint(0, 900)
    return f'0100{ms:012x}-{rs(8, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(12, HEX)}-000000@email.amazonses.com'


def gmail_msgid():
    return '<CA' + rs(2, 'FGHJKLMNPQ') + rs(38, ALNUM + '+_-') + '=' + rs(6) + '@mail.gmail.com>'


def outlook_msgid(server):
    return '<' + server + rs(24, '0123456789ABCDEF') + '@' + server + '.namprd0' + str(rng.randint(2, 8)) + '.prod.outlook.com>'


def bodyhash():
    return base64.b64encode(hashlib.sha256(rs(40).encode()).digest()).decode()


def sigb(n=344):
    s = rs(n, B64)
    return '\n\t '.join(s[i:i + 70] for i in range(0, len(s), 70))


def dkim(d, s, when, h='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID', c='relaxed/simple'):
    return (f'v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={s}; d={d}; t={int(when.timestamp())};\n'
            f'\th={h};\n\tbh={bodyhash()};\n\tb={sigb()}')


SES_IPS = ['54.240.8.30', '54.240.8.31', '54.240.8.55', '54.240.8.87', '54.240.9.112', '54.240.48.93', '54.240.11.41']
AMZ_SEL = 'rmvbhlv7vkcj2uv3kwoxkvhkq4qa5xyr'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def ses_origin(when):
    ip = rng.choice(SES_IPS)
    host = 'a' + ip.split('.')[2] + '-' + ip.split('.')[3] + '.smtp-out.amazonses.com'
    return ip, host


# ---------------------------------------------------------------- provider traces
# Each returns a list of (name, value) headers that sit ABOVE the sender's own headers.

def gmail_trace(rcpt, when, ip, host, mailfrom, auth_lines, arc=True):
    arrive = when + timedelta(seconds=rng.randint(1, 4))
    gid = f'{rs(8, HEX)}{rs(4, HEX)}-{rs(8, HEX)}si{rng.randint(1000000, 9999999)}{rs(2, "abcdef")}.{rng.randint(10, 999)}'
    ar = 'mx.google.com;\n       ' + ';\n       '.join(auth_lines)
    spf_res = next((re.match(r'spf=(\w+)', l).group(1) for l in auth_lines if l.startswith('spf=')), 'pass')
    if spf_res == 'pass':
        spf_line = f'pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};'
    else:
        spf_line = f'{spf_res} (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) client-ip={ip};'
    h = [
        ('Delivered-To', rcpt),
        ('Received', f'by 2002:a05:7010:{rs(4, HEX)}:b0:{rs(3, HEX)}:{rs(4, HEX)}:{rs(4, HEX)} with SMTP id {rs(3, "a-z0123")}{rng.randint(100, 999)}csp{rng.randint(1000000, 9999999)}{rs(3, "abcdefghij")};\n        {gdate(arrive + timedelta(seconds=1))}'),
        ('X-Google-Smtp-Source', 'AGHT+I' + rs(80, ALNUM + '+/') + '='),
        ('X-Received', f'by 2002:a05:620a:{rs(4, HEX)}:b0:{rs(3, HEX)}:{rs(4, HEX)}:{rs(4, HEX)} with SMTP id {rs(12, ALNUM)}.{rng.randint(10, 99)}.{rng.randint(1700000000000, 1790000000000)};\n        {gdate(arrive + timedelta(seconds=1))}'),
    ]
    if arc:
        h += [
            ('ARC-Seal', f'i=1; a=rsa-sha256; t={int(arrive.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={sigb(220)}'),
            ('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={bodyhash()};\n        fh={bodyhash()};\n        b={sigb(220)}'),
            ('ARC-Authentication-Results', 'i=1; ' + ar),
        ]
    h += [
        ('Return-Path', f'<{mailfrom}>'),
        ('Received', f'from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {gid}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(arrive)}'),
        ('Received-SPF', spf_line),
        ('Authentication-Results', ar),
    ]
    return h


def gmail_auth_ses(mailfrom, ip, dmarc='pass'):
    return [
        f'dkim=pass header.i=@amazon.com header.s={AMZ_SEL} header.b={rs(8, ALNUM + "+/")}',
        f'dkim=pass header.i=@amazonses.com header.s={SES_SEL} header.b={rs(8, ALNUM + "+/")}',
        f'spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}',
        'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com',
    ]


def o365_trace(rcpt, when, ip, host, mailfrom_domain, ar_value, tenant_srv, consumer=False):
    arrive = when + timedelta(seconds=rng.randint(1, 5))
    fe = f'{"CO1PEPF0000" if rng.random() < .5 else "SN1PEPF0002"}{rs(5, "0123456789ABCDEF")}'
    region = 'namprd0' + str(rng.randint(2, 8))
    h = [
        ('Received', f'from {tenant_srv}.{region}.prod.outlook.com (2603:10b6:{rs(3, HEX)}:{rs(2, HEX)}::{rs(2, HEX)})\n by {tenant_srv[:4]}{rs(6, "0123456789ABCDEF")}.{region}.prod.outlook.com with HTTPS; {fdate(arrive + timedelta(seconds=1), UTC)}'),
        ('Received', f'from {fe}.{region}.prod.outlook.com (2603:10b6:{rs(3, HEX)}:{rs(3, HEX)}::{rs(2, HEX)}) by\n {tenant_srv}.{region}.prod.outlook.com (2603:10b6:{rs(3, HEX)}:{rs(2, HEX)}::{rs(2, HEX)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000, 9300)}.{rng.randint(10, 40)}; {fdate(arrive, UTC)}'),
        ('Authentication-Results', ar_value),
        ('Received-SPF', f'Pass (protection.outlook.com: domain of {mailfrom_domain}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={host}; pr=C'),
        ('Received', f'from {host} ({ip}) by\n {fe}.mail.protection.outlook.com (10.167.{rng.randint(200, 250)}.{rng.randint(2, 250)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rng.randint(8000, 9300)}.{rng.randint(10, 40)}\n via Frontend Transport; {fdate(arrive - timedelta(seconds=1), UTC)}'),
    ]
    if consumer:
        h.insert(0, ('X-MS-Exchange-Organization-AuthSource', f'{fe}.{region}.prod.outlook.com'))
    return h


def o365_ar(ip, mailfrom_domain, dkim_d, from_dom, dmarc='pass', compauth='pass reason=100', second_d=None):
    s = f'spf=pass (sender IP is {ip})\n smtp.mailfrom={mailfrom_domain}; dkim=pass (signature was verified)\n header.d={dkim_d};'
    if second_d:
        s += f'dkim=pass (signature was verified)\n header.d={second_d};'
    act = 'none' if dmarc == 'pass' else 'quarantine'
    s += f'dmarc={dmarc} action={act}\n header.from={from_dom};compauth={compauth}'
    return s


def jp_trace(rcpt, when, ip, host, mx, ar_value):
    arrive = when + timedelta(seconds=rng.randint(1, 6))
    return [
        ('Return-Path', '<' + ar_value.split('smtp.mailfrom=')[1].split(';')[0].strip() + '>' if 'smtp.mailfrom=' in ar_value else '<>'),
        ('Received', f'from {mx} (localhost [127.0.0.1])\n\tby {mx.replace("mx", "mbox", 1)} (Postfix) with ESMTP id {rs(12, "0123456789ABCDEF")}\n\tfor <{rcpt}>; {fdate(arrive + timedelta(seconds=1), JST)}'),
        ('Authentication-Results', ar_value),
        ('Received', f'from {host} ({host} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id 4d{rs(9, ALNUM)}\n\tfor <{rcpt}>; {fdate(arrive, JST)}'),
    ]


def fastmail_trace(rcpt, when, ip, host, mailfrom, dkim_d, from_dom, dmarc='pass'):
    arrive = when + timedelta(seconds=rng.randint(1, 5))
    mx = f'mx{rng.randint(1, 6)}.messagingengine.com'
    ar = (f'{mx};\n    dkim=pass (1024-bit rsa key sha256) header.d={dkim_d}\n      header.i=@{dkim_d} header.b={rs(8)} header.a=rsa-sha256\n      header.s={AMZ_SEL} x-bits=1024;\n'
          f'    dmarc={dmarc} policy.published-domain-policy=quarantine\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=quarantine,d=none,d.eval=none) policy.policy-from=p\n      header.from={from_dom};\n'
          f'    iprev=pass smtp.remote-ip={ip} ({host});\n    spf=pass smtp.mailfrom={mailfrom}\n      smtp.helo={host};\n    x-aligned-from=domain_pass (Domain match);\n    x-me-sender=none')
    return [
        ('Return-Path', f'<{mailfrom}>'),
        ('Received', f'from compute{rng.randint(1, 8)}.internal (compute{rng.randint(1, 8)}.nyi.internal [10.202.2.{rng.randint(40, 60)}])\n\t by sloti{rng.randint(10, 60)}n{rng.randint(1, 9)} (Cyrus 3.13.0-alpha0-{rng.randint(1000, 1300)}-g{rs(8, HEX)}) with LMTPA;\n\t {fdate(arrive + timedelta(seconds=1), UTC)}'),
        ('X-Cyrus-Session-Id', f'sloti{rng.randint(10, 60)}n{rng.randint(1, 9)}-{int(arrive.timestamp())}-{rng.randint(100000, 999999)}-2-{rng.randint(10**18, 10**19)}'),
        ('Received', f'from {mx} ([10.202.2.{rng.randint(200, 220)}])\n  by compute{rng.randint(1, 8)}.internal (LMTPProxy); {fdate(arrive, UTC)}'),
        ('Authentication-Results', ar),
        ('Received', f'from {host} ({host} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby {mx} (Postfix) with ESMTPS\n\tfor <{rcpt}>; {fdate(arrive - timedelta(seconds=1), UTC)}'),
    ]


def ses_sender_headers(when, msgid, extra_dkim=True, region='us-east-1'):
    h = [('DKIM-Signature', dkim('amazon.com', AMZ_SEL, when))]
    if extra_dkim:
        h.append(('DKIM-Signature', dkim('amazonses.com', SES_SEL, when,
                                         h='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID')))
    return h


def ses_tail(when, ip):
    return [
        ('Feedback-ID', f'::1.{rng.choice(["us-east-1", "us-west-2"])}.{rs(43, ALNUM + "+/")}=:AmazonSES'),
        ('X-SES-Outgoing', f'{when.astimezone(UTC):%Y.%m.%d}-{ip}'),
    ]


# ---------------------------------------------------------------- AWS mail factory

FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'


def aws_mail(provider, rcpt, rcpt_name, when, frm_addr, subject, body, frm_name='Amazon Web Services',
             subject_charset='utf-8', name_charset='utf-8', dmarc='pass', extra_headers=None, to_hdr=None):
    """Genuine SES-sent AWS mail received at `provider`."""
    ip, host = ses_origin(when)
    mailfrom = ses_mailfrom(when)
    msgid = ses_msgid(when)
    if provider == 'gmail':
        trace = gmail_trace(rcpt, when, ip, host, mailfrom, gmail_auth_ses(mailfrom, ip))
    elif provider in ('outlook', 'o365'):
        ar = o365_ar(ip, 'email.amazonses.com', 'amazon.com', 'amazon.com', second_d='amazonses.com')
        srv = 'SN7PR04MB' + str(rng.randint(1000, 9999)) if provider == 'outlook' else 'DM6PR11MB' + str(rng.randint(1000, 9999))
        trace = o365_trace(rcpt, when, ip, host, 'email.amazonses.com', ar, srv, consumer=(provider == 'outlook'))
    elif provider in ('biglobe', 'ocn'):
        mx = 'mx' + str(rng.randint(1, 9)) + ('.biglobe.ne.jp' if provider == 'biglobe' else '.ocn.ne.jp')
        ar = (f'{mx};\n\tspf=pass smtp.mailfrom={mailfrom};\n\tdkim=pass header.d=amazon.com header.s={AMZ_SEL} header.b={rs(8)};\n'
              f'\tdkim=pass header.d=amazonses.com header.s={SES_SEL} header.b={rs(8)};\n\tdmarc=pass (p=quarantine dis=none) header.from=amazon.com')
        trace = jp_trace(rcpt, when, ip, host, mx, ar)
    elif provider == 'fastmail':
        trace = fastmail_trace(rcpt, when, ip, host, mailfrom, 'amazon.com', 'amazon.com')
    else:
        raise ValueError(provider)
    h = list(trace)
    h += ses_sender_headers(when, msgid)
    h += [
        ('Date', fdate(when, UTC)),
        ('From', addr(frm_name, frm_addr, name_charset)),
        ('To', to_hdr or addr(rcpt_name, rcpt, name_charset)),
        ('Message-ID', msgid),
        ('Subject', enc(subject, subject_charset)),
    ]
    h += list(extra_headers or [])
    h += ses_tail(when, ip)
    return render(h, body)


# ---------------------------------------------------------------- registry

MAILS = []


def add(slug, data, kind, case_id, accounts, verified, lang):
    MAILS.append(dict(slug=slug, data=data, kind=kind, case_id=case_id,
                      account_ids=sorted(set(accounts)), sender_verified=verified, language=lang))


def jq(text, prefix='> '):
    """Quote every line (Gmail style)."""
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def finish():
    order = list(range(len(MAILS)))
    rng_order = random.Random(20260111)
    rng_order.shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = f'{n:03d}-{m["slug"]}.eml'
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(m['data'])
        labels[name] = {k: m[k] for k in ('kind', 'case_id', 'account_ids', 'sender_verified', 'language')}
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
    print(len(MAILS), 'mails written')


# ================================================================ CONTENT
def gmail_html(text):
    esc = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    return '<div dir="ltr">' + esc.replace('\n', '<br>') + '</div>\n'


def user_gmail(frm_name, frm, to, when, subject, new_text, quote_hdr=None, quoted=None, in_reply_to=None,
               refs=None, delivered_to=None, lang='en', html=True, cc=None):
    """A mail written by a person in Gmail. delivered_to -> received copy with AR; else a Sent copy (no AR)."""
    msgid = gmail_msgid()
    text = new_text
    if quote_hdr:
        text += '\n\n' + quote_hdr + '\n\n' + jq(quoted) + '\n'
    cte = 'base64' if lang == 'ja' else 'quoted-printable'
    tp = part(text, 'plain', 'UTF-8', cte)
    if html:
        hbody = gmail_html(new_text)
        if quote_hdr:
            hbody += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                      + quote_hdr.replace('<', '&lt;').replace('>', '&gt;') + '<br></div>'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                      + quoted.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>') + '</blockquote></div>\n')
        body = multi('alternative', [tp, part(hbody, 'html', 'UTF-8', cte)], boundary='000000000000' + rs(12, HEX))
    else:
        body = tp
    h = []
    if delivered_to:
        ip = f'209.85.220.{rng.randint(41, 73)}'
        host = f'mail-sor-f{ip.split(".")[-1]}.google.com'
        auth = [f'dkim=pass header.i=@gmail.com header.s=20230601 header.b={rs(8)}',
                f'spf=pass (google.com: domain of {frm} designates {ip} as permitted sender) smtp.mailfrom={frm}',
                'dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com',
                'dara=pass header.i=@gmail.com']
        h += gmail_trace(delivered_to, when, ip, host, frm, auth)
        h.append(('DKIM-Signature', dkim('gmail.com', '20230601', when, h='to:subject:message-id:date:from:in-reply-to\n\t :references:mime-version:from:to:cc:subject:date:message-id:reply-to', c='relaxed/relaxed')))
    h += [('MIME-Version', '1.0')]
    h += [('Date', fdate(when))]
    if refs:
        h.append(('References', refs))
    if in_reply_to:
        h.append(('In-Reply-To', in_reply_to))
    h += [('Message-ID', msgid), ('Subject', enc(subject)), ('From', addr(frm_name, frm)), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    return render(h, body), msgid


def msgid_of(data):
    return re.search(rb'^Message-ID: (<[^>]+>)', data, re.M | re.I).group(1).decode()


def jp_date(when, tz=JST):
    w = when.astimezone(tz)
    wd = '月火水木金土日'[w.weekday()]
    return f'{w.year}年{w.month}月{w.day}日({wd}) {w.hour}:{w.minute:02d}'


def en_gdate(when, tz):
    w = when.astimezone(tz)
    return w.strftime('%a, %b ') + str(w.day) + w.strftime(', %Y at ') + w.strftime('%I:%M %p').lstrip('0')


# ================================================================ CASE A  (Haruka Nishimura, Gmail, ja form case)
HARU = 'nishimura.haruka.dev@gmail.com'
HARU_N = '西村 遥'
A_OPEN = dt(2025, 10, 6, 10, 22, 41, JST)
CASE_A = case15(A_OPEN, '00362')
A_KEEP, A_OLD = 'AWS04417829', 'AWS11902365'
A_SUBJ = f'[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance'
A_RE = 'RE:' + A_SUBJ

a_form_summary = f"""お問い合わせの種類: AWS Training and Certification
詳細: Account Merge
AWS 候補者 ID: AWS04417829
内容:
認定アカウントが2つあるようです。以前の勤務先のメールアドレスで作成したアカウント(aws-11902365)で
SAA を、現在のアカウントで CLF を取得しています。1つにまとめていただけますでしょうか。"""

a1_text = f"""西村 遥 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お客様からのご依頼は、ケース番号 {CASE_A} として登録されました。
担当者が内容を確認のうえ、原則として24時間以内に本メールアドレス宛てにご連絡いたします。

追加の情報をお送りいただく場合は、件名を変更せずに本メールへご返信ください。
同じ内容で新しいお問い合わせを作成されますと、対応が遅れる場合がございますのでご注意ください。

-----------------------------------------
受付内容
-----------------------------------------
{a_form_summary}

※本メールは送信専用システムから自動的に送信されています。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
add('form-desk-ja', aws_mail('gmail', HARU, HARU_N, A_OPEN + timedelta(seconds=38), FORM, A_SUBJ,
                                  part(a1_text, 'plain', 'ISO-2022-JP', '7bit'), name_charset='utf-8'),
    'case_created', CASE_A, [A_KEEP, A_OLD], True, 'ja')

A2_WHEN = dt(2025, 10, 14, 16, 48, 12, JST)
a2_text = f"""西村 遥 様

AWS トレーニングと認定 カスタマーサポートの岡田でございます。
このたびはご返信までに大変お時間を頂戴してしまい、誠に申し訳ございません。
現在お問い合わせが集中しており、順番に対応を進めております。

お知らせいただいた2つの認定アカウント(AWS04417829 および AWS11902365)の統合について、
手続きを進めるにあたり、恐れ入りますが以下の点を本メールへのご返信にてお知らせいただけますでしょうか。

1. 今後もご利用になる(残す)アカウントの AWS 候補者 ID
2. それぞれのアカウントにサインインする際のメールアドレス
3. 通知先として登録されているメールアドレス(サインイン用と異なる場合)

上記を確認でき次第、次の手順をご案内いたします。
引き続きよろしくお願いいたします。

岡田
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
A2_RAW = aws_mail('gmail', HARU, HARU_N, A2_WHEN, FORM, A_RE, part(a2_text, 'plain', 'UTF-8', 'base64'))
add('form-desk-reply', A2_RAW,
    'support_reply', CASE_A, [A_KEEP, A_OLD], True, 'ja')

A3_WHEN = dt(2025, 10, 15, 21, 40, 5, JST)
a3_new = """岡田様

ご連絡ありがとうございます。西村です。
ご質問の件、以下のとおりです。

1. 残したいアカウント: AWS04417829
2. サインイン用メールアドレス
   - AWS04417829: nishimura.haruka.dev@gmail.com
   - aws11902365: h.nishimura@kanade-systems.co.jp(前職のアドレスで、現在は受信できません)
3. 通知先も上記と同じです。

前職のアドレスが使えないため、古い方のアカウントにはサインインできない状態です。
お手数をおかけしますが、よろしくお願いいたします。

西村 遥"""
a3_raw, A3_ID = user_gmail(HARU_N, HARU, f'Amazon Web Services <{FORM}>', A3_WHEN, A_RE, a3_new,
                           quote_hdr=f'{jp_date(A2_WHEN)} Amazon Web Services <{FORM}>:', quoted=a2_text,
                           in_reply_to=msgid_of(A2_RAW), refs=msgid_of(A2_RAW), lang='ja')
add('haruka-answer', a3_raw, 'unrelated', CASE_A, [A_KEEP, A_OLD], None, 'ja')

A4_WHEN = dt(2025, 10, 20, 11, 5, 40, JST)
a4_text = f"""西村 遥 様

ご回答いただき、ありがとうございます。岡田でございます。

いただいた情報をもとに、認定アカウントの統合を専門に扱う担当チームへ本件を引き継ぎました。
旧アカウント側のメールアドレスが現在ご利用いただけない点についても、あわせて申し送っております。

担当チームでの確認が終わりましたら、改めて本ケースにてご連絡いたします。
それまでの間、お客様側で追加の操作をしていただく必要はございません。
また、お手数ですが本件について新しいお問い合わせは作成されませんようお願いいたします。

お待たせしており恐縮ですが、今しばらくお待ちくださいませ。

岡田
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート

{jp_date(A3_WHEN)} 西村 遥 <{HARU}>:
{jq(a3_new)}
"""
add('form-desk-handoff', aws_mail('gmail', HARU, HARU_N, A4_WHEN, FORM, A_RE, part(a4_text, 'plain', 'UTF-8', 'quoted-printable')),
    'support_reply', CASE_A, [], True, 'ja')

A5_WHEN = dt(2025, 10, 23, 9, 31, 2, JST)
a5_core = f"""西村 遥 様

お待たせいたしました。担当チームでの確認が完了しましたので、統合の内容についてご確認をお願いいたします。

  存続するアカウント(今後ご利用いただくアカウント): AWS04417829
  統合されるアカウント: AWS11902365

統合を行うと、AWS11902365 に記録されている認定資格および試験履歴は AWS04417829 に集約され、
AWS11902365 はご利用いただけなくなります。
この操作は一度実施すると元に戻すことができません。

上記の内容でよろしければ、本メールにそのままご返信いただき、
統合に同意する旨をお知らせください。ご返信を確認したのち、手続きに着手いたします。"""
a5_text = a5_core + """

よろしくお願いいたします。

岡田
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
A5_SUBJ = 'RE:[CASE ' + CASE_A + '] 認定アカウント統合のご確認 [AWS Training and Certification Form Submission] - account-assistance'
A5_RAW = aws_mail('gmail', HARU, HARU_N, A5_WHEN, FORM, A5_SUBJ, part(a5_text, 'plain', 'UTF-8', 'quoted-printable'))
add('form-desk-ja2', A5_RAW,
    'merge_confirmation_requested', CASE_A, [A_KEEP, A_OLD], True, 'ja')

A5b_WHEN = dt(2025, 10, 23, 12, 14, 0, JST)
a5b_new = """岡田様

ご確認ありがとうございます。記載の内容で問題ございません。統合をお願いいたします。

西村"""
A5B_ID = gmail_msgid()
A6_WHEN = dt(2025, 10, 30, 22, 15, 31, JST)
a6_new = """岡田様

お世話になっております。西村です。
10月23日に統合に同意する旨をご返信いたしましたが、その後ご連絡をいただいていないため、
届いていない可能性を考え、念のため再送いたします。

  存続: AWS04417829
  統合元: AWS11902365

上記の内容で統合を進めていただいて差し支えありません。
来月に更新予定の資格があるため、状況だけでもお知らせいただけますと助かります。

西村 遥"""
a6_quoted = a5b_new + '\n\n' + f'{jp_date(A5_WHEN)} Amazon Web Services <{FORM}>:\n' + jq(a5_core)
a6_raw, A6_ID = user_gmail(HARU_N, HARU, f'Amazon Web Services <{FORM}>', A6_WHEN, A5_SUBJ, a6_new,
                           quote_hdr=f'{jp_date(A5b_WHEN)} 西村 遥 <{HARU}>:', quoted=a6_quoted,
                           delivered_to=HARU, lang='ja', cc=None,
                           in_reply_to=A5B_ID, refs=msgid_of(A5_RAW) + '\n ' + A5B_ID)
add('haruka-resend', a6_raw, 'unrelated', CASE_A, [A_KEEP, A_OLD], False, 'ja')

A7_WHEN = dt(2025, 11, 4, 14, 20, 9, JST)
a7_text = f"""西村 遥 様

岡田でございます。ご連絡が遅くなり、大変申し訳ございません。

10月23日および10月30日にお送りいただいたご同意のメールは、いずれも確かに受領しております。
ご確認いただきありがとうございます。現在、担当チームにて統合作業を進めております。

作業が終わりましたら本ケースにてご報告いたします。
完了後には、Credly のデジタルバッジもご利用中のアカウント宛てに改めて発行される予定です。
更新予定の資格につきましても、統合後のアカウントで手続きいただけるよう進めてまいります。

岡田
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: 西村 遥 <{HARU}>
Sent: {A6_WHEN.astimezone(UTC):%Y-%m-%d %H:%M} UTC
Subject: {A5_SUBJ}

{jq(a6_new)}
"""
add('form-desk-ja4', aws_mail('gmail', HARU, HARU_N, A7_WHEN, FORM, A5_SUBJ, part(a7_text, 'plain', 'UTF-8', 'base64')),
    'support_reply', CASE_A, [], True, 'ja')

A8_WHEN = dt(2025, 11, 6, 10, 2, 44, JST)
a8_text = f"""西村 遥 様

いつもお世話になっております。岡田でございます。
大変お待たせいたしました。

AWS11902365 に登録されていた認定資格と試験履歴を、AWS04417829 へ移行いたしました。
今後は nishimura.haruka.dev@gmail.com で AWS Certification アカウントにサインインいただくと、
すべての認定をご確認いただけます。AWS11902365 は無効となっております。

Credly のバッジは数日以内に、上記メールアドレス宛てに発行のご案内が届く見込みです。
1週間ほど経っても届かない場合は、本メールにご返信ください。

岡田
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート

> {a5_core.replace(chr(10), chr(10) + '> ')}
"""
add('form-desk-ja3', aws_mail('gmail', HARU, HARU_N, A8_WHEN, FORM, A5_SUBJ, part(a8_text, 'plain', 'UTF-8', 'quoted-printable')),
    'merge_completed', CASE_A, [A_KEEP, A_OLD], True, 'ja')

A9_WHEN = dt(2025, 11, 6, 10, 5, 12, JST)
a9_text = f"""西村 遥 様

ケース {CASE_A} はクローズされました。

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
今後のサービス向上のため、今回の対応について簡単なアンケートへのご協力をお願いいたします。
(所要時間は1分程度です)

問題は解決しましたか?
  はい: https://aws-tc-survey.amazon.com/r/{rs(22)}?case={CASE_A}&a=1
  いいえ: https://aws-tc-survey.amazon.com/r/{rs(22)}?case={CASE_A}&a=0

担当者の対応を5段階で評価してください:
  https://aws-tc-survey.amazon.com/rate/{rs(22)}?case={CASE_A}

※本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。

Amazon Web Services
"""
add('case-mail-ja', aws_mail('gmail', HARU, HARU_N, A9_WHEN, NOREPLY, f'[CASE {CASE_A}] アンケートご協力のお願い',
                                 part(a9_text, 'plain', 'ISO-2022-JP', '7bit'), subject_charset='iso-2022-jp'),
    'survey', CASE_A, [], True, 'ja')


# ---------------------------------------------------------------- Credly factory
CREDLY = 'admin@credly.com'
CREDLY_NAME = 'Amazon Web Services Training and Certification via Credly'


def credly_mail(provider, rcpt, rcpt_name, when, subject, text, html, dmarc='pass', frm_name=CREDLY_NAME, frm_addr=CREDLY, html_only=False):
    ip = f'167.89.{rng.choice([56, 63, 71, 115])}.{rng.randint(2, 250)}'
    host = f'o{rng.randint(1, 20)}.email.credly.com'
    mailfrom = f'bounces+{rng.randint(1000000, 9999999)}-{rs(4, HEX)}-{rcpt.replace("@", "=")}@email.credly.com'
    if provider == 'gmail':
        auth = [f'dkim=pass header.i=@credly.com header.s=s1 header.b={rs(8)}',
                f'dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b={rs(8)}',
                f'spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom="{mailfrom}"',
                'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com']
        trace = gmail_trace(rcpt, when, ip, host, mailfrom, auth)
    elif provider in ('outlook', 'o365'):
        ar = o365_ar(ip, 'email.credly.com', 'credly.com', 'credly.com', second_d='sendgrid.info')
        srv = 'BL1PR12MB' + str(rng.randint(1000, 9999))
        trace = o365_trace(rcpt, when, ip, host, 'email.credly.com', ar, srv, consumer=(provider == 'outlook'))
    else:
        raise ValueError(provider)
    h = list(trace)
    h += [('DKIM-Signature', dkim('credly.com', 's1', when, h='content-type:from:mime-version:subject:reply-to:to:list-unsubscribe:\n\tlist-unsubscribe-post:cc:content-type:from:subject:to', c='relaxed/relaxed')),
          ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', when, h='content-type:from:mime-version:subject:reply-to:to:list-unsubscribe:\n\tlist-unsubscribe-post:x-feedback-id', c='relaxed/relaxed')),
          ('Date', fdate(when, UTC)),
          ('From', addr(frm_name, frm_addr)),
          ('Reply-To', 'support@credly.com'),
          ('To', addr(rcpt_name, rcpt)),
          ('Message-ID', f'<{rs(22, ALNUM + "-_")}@geopod-ismtpd-{rng.randint(1, 40)}>'),
          ('Subject', enc(subject)),
          ('List-Unsubscribe', f'<https://www.credly.com/notifications/unsubscribe?token={rs(32, HEX)}>'),
          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
          ('X-SG-EID', rs(60, ALNUM + '+/') + '=='),
          ('X-Entity-ID', 'u001.' + rs(20, ALNUM))]
    if html_only:
        body = part(html, 'html', 'utf-8', 'quoted-printable')
    else:
        body = multi('alternative', [part(text, 'plain', 'utf-8', 'quoted-printable'), part(html, 'html', 'utf-8', 'quoted-printable')],
                     boundary=rs(64, HEX))
    return render(h, body)


def credly_html(title, lines, button, url):
    ps = ''.join(f'<p style="font-family:Helvetica,Arial,sans-serif;font-size:16px;color:#333333;line-height:24px;margin:0 0 16px 0;">{l}</p>\n' for l in lines)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title></head>
<body style="margin:0;padding:0;background-color:#f4f4f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr><td style="padding:32px 40px 8px 40px;"><img src="https://images.credly.com/images/{rs(8, HEX)}-{rs(4, HEX)}/logo-credly.png" width="120" alt="Credly"></td></tr>
<tr><td style="padding:16px 40px 8px 40px;">
<h1 style="font-family:Helvetica,Arial,sans-serif;font-size:24px;color:#111111;">{title}</h1>
{ps}<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#ff6b00;border-radius:4px;">
<a href="{url}" style="display:inline-block;padding:12px 28px;font-family:Helvetica,Arial,sans-serif;font-size:16px;color:#ffffff;text-decoration:none;">{button}</a></td></tr></table>
</td></tr>
<tr><td style="padding:24px 40px;font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#888888;">Credly, Inc. &middot; 13355 Noel Rd, Suite 1100, Dallas, TX 75240<br>
<a href="https://www.credly.com/notifications/unsubscribe" style="color:#888888;">Manage notification settings</a></td></tr>
</table></td></tr></table></body></html>
"""


A10_WHEN = dt(2025, 11, 8, 3, 17, 55, UTC)
a10_url = f'https://www.credly.com/earner/earned/badge/{rs(8, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(12, HEX)}?utm_source=accept_email'
a10_lines = ['Hi Haruka,',
             'Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect – Associate</b> badge.',
             'This badge was re-issued to this email address following an update to your certification records, so it may show an earlier issue date.',
             'Accept it to add it to your Credly profile and share it with your network.']
a10_text = f"""Hi Haruka,

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect – Associate badge.

This badge was re-issued to this email address following an update to your certification records, so it may show an earlier issue date.

Accept your badge:
{a10_url}

Credly, Inc. · 13355 Noel Rd, Suite 1100, Dallas, TX 75240
"""
add('credly-message', credly_mail('gmail', HARU, 'Haruka Nishimura', A10_WHEN,
                                 'Haruka, your AWS Certified Solutions Architect – Associate badge is waiting',
                                 a10_text, credly_html('Your badge is waiting', a10_lines, 'Accept your badge', a10_url)),
    'credly_badge_issued', None, [], True, 'en')

# ================================================================ CASE B  (Daniel Okafor, outlook.com, en console case)
DAN = 'daniel.okafor@outlook.com'
DAN_N = 'Daniel Okafor'
B_OPEN = dt(2025, 11, 3, 9, 12, 20, TOR)
CASE_B = case15(B_OPEN, '01518')
B_KEEP, B_O1, B_O2 = 'AWS30571846', 'AWS29013377', 'AWS30866102'
B_SUBJ = 'Merge duplicate AWS Certification accounts'
B_RE = f'RE:[CASE {CASE_B}] {B_SUBJ}'
B_URL = f'https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=en'
CONSOLE_FOOT = f"""To contact us again about this case, please return to the AWS Support Center using the following URL:

{B_URL}

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

Amazon Web Services, Inc. and its affiliates. All rights reserved. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""
RATE_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence."""

b1_text = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_B} to address your issue.

The details of your case are as follows:

Case ID: {CASE_B}
Subject: {B_SUBJ}
Severity: General guidance
Correspondence: Hi, over the years I seem to have ended up with three separate AWS Certification profiles:
AWS30571846 - my current one, daniel.okafor@outlook.com
AWS 29013377 - created with my old work address at BrightPath Consulting
aws30866102 - from when I took the Cloud Practitioner exam as a student
I'd like everything consolidated into AWS30571846 so all my certs and the exam voucher are in one place. Thanks, Daniel

We will respond as soon as possible. You can view or update your case at any time in the AWS Support Center:

{B_URL}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case, please follow the link above.

Amazon Web Services
"""
add('console-mail-en', aws_mail('outlook', DAN, DAN_N, B_OPEN + timedelta(seconds=21), NOREPLY,
                               f'Amazon Web Services: You have opened a new Support case: {CASE_B}',
                               part(b1_text, 'plain', 'UTF-8', 'quoted-printable')),
    'case_created', CASE_B, [B_KEEP, B_O1, B_O2], True, 'en')


def aws_html(paras, foot=True, case_url=None):
    ps = '\n'.join(f'<p>{p}</p>' for p in paras)
    f = ''
    if foot:
        f = (f'<p>To contact us again about this case, please return to the AWS Support Center using the following URL:</p>\n'
             f'<p><a href="{case_url}">{case_url}</a></p>\n<p>(If you are connecting by federation, log in before following the link.)</p>\n'
             '<p>*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.<br>To respond to this case, please follow the link above to respond from your AWS Support Center.</p>\n'
             '<p style="font-size:11px;color:#777">Amazon Web Services, Inc. and its affiliates. All rights reserved. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>')
    return ('<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n' + ps + '\n' + f + '\n</body>\n</html>\n')


B2_WHEN = dt(2025, 11, 5, 16, 40, 3, UTC)
b2_html = aws_html([
    'Hello Daniel,',
    'Thank you for contacting AWS Training and Certification. My name is Marcus and I&#39;ll be helping you with this request.',
    'I can see the three candidate profiles you mentioned in your case (AWS30571846, AWS29013377 and AWS30866102). '
    'Before I can pass them to the team that combines certification records, I need a little more information:',
    '<ul><li>The e-mail address you use to sign in to each of the three profiles</li>'
    '<li>The notification e-mail address on each profile, if different</li>'
    '<li>Which profile you want to keep as your primary one (from your message I understand AWS30571846, but I need you to confirm this explicitly)</li></ul>',
    'You can add this information by replying to the case in the Support Center.',
    RATE_EN,
    'Best regards,<br>Marcus G.<br>Amazon Web Services',
], case_url=B_URL)
add('console-reply-html', aws_mail('outlook', DAN, DAN_N, B2_WHEN, NOREPLY, B_RE, part(b2_html, 'html', 'UTF-8', 'quoted-printable')),
    'support_reply', CASE_B, [B_KEEP, B_O1, B_O2], True, 'en')

B3_WHEN = dt(2025, 11, 12, 19, 2, 47, UTC)
b3_text = f"""Hello,

A new correspondence has been added to AWS Support case {CASE_B}.

Subject: {B_SUBJ}

To view the correspondence and reply, sign in to the AWS Support Center:
{B_URL}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services
"""
add('console-notice', aws_mail('outlook', DAN, DAN_N, B3_WHEN, NOREPLY, f'[Case {CASE_B}] New correspondence added',
                               part(b3_text, 'plain', 'UTF-8', '7bit')),
    'support_reply', CASE_B, [], True, 'en')

# manager's mail (not AWS)
B4_WHEN = dt(2025, 11, 14, 10, 26, 0, TOR)
b4_text = """Hi Daniel,

Hope the week's going OK. Quick one - for the partner tier renewal I need to submit everyone's AWS certification validation numbers by the 28th, and the portal wants them all under a single candidate ID per person.

You mentioned AWS was merging your old accounts - is that done? If your Developer Associate is still sitting on the old BrightPath profile I'll just list AWS30571846 for now and add the rest later.

No rush on a reply today.

Thanks,
Rachel

--
Rachel Kim
Partner Programs Lead | Lumenfield
"""
ip = '209.85.218.' + str(rng.randint(40, 60))
b4_ar = (f'spf=pass (sender IP is {ip})\n smtp.mailfrom=lumenfield.io; dkim=pass (signature was verified)\n header.d=lumenfield.io;dmarc=pass action=none\n header.from=lumenfield.io;compauth=pass reason=100')
b4_trace = o365_trace(DAN, B4_WHEN, ip, f'mail-ej1-f{ip.split(".")[-1]}.google.com', 'lumenfield.io', b4_ar, 'SN7PR04MB' + str(rng.randint(1000, 9999)), consumer=True)
b4_h = b4_trace + [
    ('DKIM-Signature', dkim('lumenfield.io', 'google', B4_WHEN, h='mime-version:from:date:message-id:subject:to', c='relaxed/relaxed')),
    ('MIME-Version', '1.0'),
    ('From', 'Rachel Kim <rachel.kim@lumenfield.io>'),
    ('Date', fdate(B4_WHEN)),
    ('Message-ID', gmail_msgid()),
    ('Subject', 'Cert IDs for partner tier renewal'),
    ('To', f'{DAN_N} <{DAN}>'),
]
b4_body = multi('alternative', [part(b4_text, 'plain', 'UTF-8', 'quoted-printable'),
                                part(gmail_html(b4_text), 'html', 'UTF-8', 'quoted-printable')], boundary='000000000000' + rs(12, HEX))
add('manager-question', render(b4_h, b4_body), 'unrelated', None, [B_KEEP], False, 'en')

# other AWS case of the same user: EC2 quota
Q_OPEN = dt(2025, 11, 7, 14, 2, 11, UTC)
CASE_Q = case15(Q_OPEN, '00977')
Q_WHEN = dt(2025, 11, 10, 8, 15, 40, UTC)
q_text = f"""Hello,

Thank you for your patience. We have approved and processed your service quota increase request for
"Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in the US East (N. Virginia) region.

I noticed you had also submitted a second, identical request under a separate case; I have combined
the two and closed the duplicate so that everything is tracked here. Your new quota is 256 vCPUs and
can be viewed in the Service Quotas console.

It can sometimes take up to 30 minutes for the new limit to become available.

{RATE_EN}

Best regards,

Nadia R.
Amazon Web Services

{CONSOLE_FOOT.replace(B_URL, f'https://console.aws.amazon.com/support/home#/case/?displayId={CASE_Q}&language=en')}
"""
add('console-quota', aws_mail('outlook', DAN, DAN_N, Q_WHEN, NOREPLY, f'RE:[CASE {CASE_Q}] Limit Increase: EC2 Instances',
                              part(q_text, 'plain', 'UTF-8', 'quoted-printable')),
    'unrelated', CASE_Q, [], True, 'en')

B5_WHEN = dt(2025, 11, 17, 21, 8, 30, UTC)
b5_text = f"""Hello Daniel,

I'm sorry it has taken longer than expected to get back to you - thank you for adding the sign-in addresses for each profile.

Because your request involves three profiles, one of which was created under an academic programme, it can't be processed directly by our front-line team. I have forwarded it to our Certification Operations team, who handle these consolidations, together with the details you provided.

I'll keep an eye on it and update this case as soon as I hear back from them, which I'd expect by the end of this week. There's nothing more you need to do for now, and please don't open a new case for the same request as that would put it back at the end of the queue.

{RATE_EN}

Best regards,

Marcus G.
Amazon Web Services

{CONSOLE_FOOT}
"""
add('console-escalated', aws_mail('outlook', DAN, DAN_N, B5_WHEN, NOREPLY, B_RE, part(b5_text, 'plain', 'UTF-8', 'quoted-printable')),
    'support_reply', CASE_B, [], True, 'en')

B6_WHEN = dt(2025, 11, 21, 15, 51, 2, UTC)
b6_text = f"""Hello Daniel,

I'm following up on this case. Our Certification Operations team has asked me to confirm one detail before they can start: which of the three profiles - AWS30571846, AWS29013377 or AWS30866102 - should remain as your primary account after the consolidation?

The records team cannot begin until we have this confirmation in writing on the case.

If we don't hear back from you within 3 business days, this case will be closed automatically. You can reopen it at any time from the Support Center by adding a reply.

{RATE_EN}

Best regards,

Marcus G.
Amazon Web Services

{CONSOLE_FOOT}
"""
add('console-followup', aws_mail('outlook', DAN, DAN_N, B6_WHEN, NOREPLY, B_RE, part(b6_text, 'plain', 'UTF-8', 'quoted-printable')),
    'support_reply', CASE_B, [B_KEEP, B_O1, B_O2], True, 'en')

B7_WHEN = dt(2025, 11, 26, 16, 0, 12, UTC)
b7_html = aws_html([
    'Hello,',
    f'We haven&#39;t heard back from you for a few days, so AWS Support case <b>{CASE_B}</b> &quot;{B_SUBJ}&quot; has been resolved.',
    'If you still need help with this issue, you can reopen the case from the AWS Support Center within the next 14 days. After that, please open a new case.',
    '<b>How did we do?</b> Your feedback helps us improve. Please take a moment to rate your overall support experience:',
    f'<a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_B}&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a> &nbsp; '
    f'<a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_B}&amp;rating=1">&#9733;</a>',
    'Thank you for using Amazon Web Services.',
], case_url=B_URL)
b7_text = f"""Hello,

We haven't heard back from you for a few days, so AWS Support case {CASE_B} "{B_SUBJ}" has been resolved.

If you still need help with this issue, you can reopen the case from the AWS Support Center within the next 14 days.

How did we do? Rate your support experience:
https://console.aws.amazon.com/support/feedback?displayId={CASE_B}

Thank you for using Amazon Web Services.
"""
add('console-status-en', aws_mail('outlook', DAN, DAN_N, B7_WHEN, NOREPLY, f'Amazon Web Services: Support case {CASE_B} has been resolved',
                                 multi('alternative', [part(b7_text, 'plain', 'UTF-8', 'quoted-printable'), part(b7_html, 'html', 'UTF-8', 'quoted-printable')])),
    'survey', CASE_B, [], True, 'en')

B8_WHEN = dt(2025, 11, 26, 18, 34, 55, UTC)
b8_text = f"""Hello,

AWS Support case {CASE_B} has been reopened.

Subject: {B_SUBJ}
Reopened by: {DAN}
Correspondence: I did answer this on Nov 12 (and again on the 21st) - the profile to keep is AWS30571846, the other two should be merged into it. Please don't close the case, I still need this done.

A member of our support team will review your case and respond as soon as possible.

{B_URL}

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services
"""
add('console-case-en', aws_mail('outlook', DAN, DAN_N, B8_WHEN, NOREPLY, f'Amazon Web Services: Support case {CASE_B} has been reopened',
                                 part(b8_text, 'plain', 'UTF-8', 'quoted-printable')),
    'support_reply', CASE_B, [B_KEEP], True, 'en')

B9_WHEN = dt(2025, 12, 1, 14, 22, 9, UTC)
b9_stub = f"""Hello,

There is a new correspondence on AWS Support case {CASE_B}. This message contains formatted content; if you cannot see it, please view the case in the AWS Support Center:

{B_URL}

Amazon Web Services
"""
b9_html = aws_html([
    'Hi Daniel,',
    'My name is Aisha and I&#39;ll be looking after your case from here on, as Marcus has moved to another team. '
    'I&#39;m sorry you had to reopen it - I can see you had already answered the question about the primary profile, and that reply was missed. '
    'I&#39;ve read through the whole history, so here is where things stand:',
    '<table style="border-collapse:collapse" cellpadding="4">'
    '<tr><td><b>Profile that stays</b></td><td>AWS30571846 &ndash; daniel.okafor@outlook.com</td></tr>'
    '<tr><td><b>Merged into it</b></td><td>AWS 29013377 &ndash; dokafor@brightpath-consulting.com</td></tr>'
    '<tr><td><b>Merged into it</b></td><td>aws-30866102 &ndash; d.okafor@uwaterloo.ca</td></tr></table>',
    'Once combined, the two secondary profiles are closed for good and their exam history, certifications and any unused benefits '
    'are attached to AWS30571846. This cannot be reversed afterwards.',
    'Before I hand this to the records team, could you please reply on the case with &quot;I confirm&quot; if the table above is correct, '
    'or tell me what needs to change?',
    RATE_EN,
    'Kind regards,<br>Aisha M.<br>Amazon Web Services',
], case_url=B_URL)
add('console-reply-html2', aws_mail('outlook', DAN, DAN_N, B9_WHEN, NOREPLY, B_RE,
                                 multi('alternative', [part(b9_stub, 'plain', 'UTF-8', '7bit'), part(b9_html, 'html', 'UTF-8', 'quoted-printable')])),
    'merge_confirmation_requested', CASE_B, [B_KEEP, B_O1, B_O2], True, 'en')

B10_WHEN = dt(2025, 12, 4, 17, 45, 31, UTC)
b10_text = f"""Hi Daniel,

Thanks again for confirming on Monday. The records team finished on their side this morning: your exam history, all four certifications and the 50% exam benefit now sit under AWS30571846, and the two secondary profiles have been deactivated. You can verify this by signing in to your AWS Certification Account with daniel.okafor@outlook.com.

Credly badges attached to the old profiles will be re-issued to daniel.okafor@outlook.com over the next few days. If they haven't arrived within a week, just reply on this case.

As everything requested has been taken care of, I'll mark this case as resolved.

{RATE_EN}

Kind regards,

Aisha M.
Amazon Web Services

{CONSOLE_FOOT}
"""
add('console-reply-en', aws_mail('outlook', DAN, DAN_N, B10_WHEN, NOREPLY, B_RE, part(b10_text, 'plain', 'UTF-8', 'base64')),
    'merge_completed', CASE_B, [B_KEEP], True, 'en')

B11_WHEN = dt(2025, 12, 6, 2, 9, 14, UTC)
b11_url = f'https://www.credly.com/earner/earned/badge/{rs(8, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(12, HEX)}'
b11_lines = ['Congratulations, Daniel!',
             'You&#39;ve been issued the <b>AWS Certified Developer – Associate</b> badge by Amazon Web Services Training and Certification.',
             'Claim it now to showcase your achievement and let employers verify your skills.']
b11_text = f"""Congratulations, Daniel!

You've been issued the AWS Certified Developer – Associate badge by Amazon Web Services Training and Certification.

Claim it now to showcase your achievement and let employers verify your skills:
{b11_url}

Credly, Inc. · 13355 Noel Rd, Suite 1100, Dallas, TX 75240
"""
add('credly-mail', credly_mail('outlook', DAN, DAN_N, B11_WHEN, 'You earned a new badge: AWS Certified Developer – Associate',
                                b11_text, credly_html('You earned a badge!', b11_lines, 'Accept Badge', b11_url)),
    'credly_badge_issued', None, [], True, 'en')

# ================================================================ CASE C  (Kenta Sasaki, BIGLOBE, 11-digit console case, ja)
KEN = 'sasaki.kenta@mvb.biglobe.ne.jp'
KEN_N = '佐々木 健太'
CASE_C = '12093348571'
C_KEEP, C_OLD = 'AWS17730492', 'AWS08815264'
C_SUBJ = '認定アカウントの統合について'
C_RE = f'RE:[CASE {CASE_C}] {C_SUBJ}'
C_URL = f'https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=ja'
JA_FOOT = f"""本件について再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

{C_URL}

(フェデレーションを使用して接続している場合は、リンクにアクセスする前にログインしてください。)

※このメールは送信専用のアドレスから送信されています。ご返信いただいてもお受けできませんので、
ケースへのご返信は上記リンクから AWS サポートセンターにてお願いいたします。

Amazon Web Services, Inc. およびその関連会社。無断転載禁止。"""
JA_RATE = "お客様からのフィードバックをお待ちしております。AWS サポートセンターの各回答の右上にある星を選択して、この回答の評価をお願いいたします。"

C1_WHEN = dt(2025, 12, 26, 17, 32, 8, JST)
c1_text = f"""佐々木 健太 様

いつもお世話になっております。AWS サポートの原田です。

ケース {CASE_C} につきまして、現在も担当チームにて確認を進めております。
お待たせしてしまい申し訳ございません。

なお、誠に勝手ながら、12月27日(土)から1月4日(日)までの期間は年末年始休業のため、
日本語でのサポート対応をお休みさせていただきます。
この期間にいただいたご連絡には、1月5日(月)以降、順次ご返信いたします。
担当チームからの回答が休業期間中に届いた場合も、休業明けにご案内いたしますので、
あらかじめご了承くださいますようお願い申し上げます。

良いお年をお迎えください。

原田
Amazon Web Services

{JA_RATE}

{JA_FOOT}
"""
add('console-holiday-ja', aws_mail('biglobe', KEN, KEN_N, C1_WHEN, NOREPLY, C_RE, part(c1_text, 'plain', 'Shift_JIS', '8bit')),
    'support_reply', CASE_C, [], True, 'ja')

C2_WHEN = dt(2026, 1, 8, 8, 55, 0, JST)
c2_text = f"""AWS サポート ご担当者様

お世話になっております。佐々木です。
ケース {CASE_C} の件でご連絡いたしました。
サポートセンターから返信しようとしたのですが、ケースがサインインしているアカウントに見当たらず、
こちらのアドレスに直接お送りしております。失礼がありましたら申し訳ありません。

年末に「担当チームで確認中」とのご連絡をいただいて以降、進捗が分からない状態です。
12月19日に統合内容への同意はお送り済みです。念のため再掲いたします。

  残すアカウント: AWS17730492
  統合するアカウント: AWS-08815264

2月にプロフェッショナル資格の受験を予定しているため、
それまでに統合が終わるかどうかだけでもお知らせいただけますと幸いです。

佐々木 健太
"""
c2_h = [('Return-Path', f'<{KEN}>'),
        ('Date', fdate(C2_WHEN, JST)),
        ('From', addr(KEN_N, KEN, 'iso-2022-jp')),
        ('To', FORM),
        ('Subject', enc(f'Re: [CASE {CASE_C}] 認定アカウントの統合について(進捗のご確認)', 'iso-2022-jp')),
        ('Message-ID', f'<{C2_WHEN.astimezone(JST):%Y%m%d%H%M%S}.{rs(6, HEX).upper()}@mvb.biglobe.ne.jp>'),
        ('X-Mailer', 'Becky! ver. 2.81.05 [ja]'),
        ('MIME-Version', '1.0')]
add('kenta-chaser', render(c2_h, part(c2_text, 'plain', 'ISO-2022-JP', '7bit')), 'unrelated', CASE_C, [C_KEEP, C_OLD], None, 'ja')

C3_WHEN = dt(2026, 1, 9, 13, 47, 21, JST)
c3_text = f"""佐々木 健太 様

AWS サポートの小林と申します。
年末年始を挟み、お待たせしてしまい誠に申し訳ございません。
前任の原田より本ケースを引き継ぎ、本日より私が担当させていただきます。

これまでの経緯を確認し、現在の状況を以下のとおり整理いたしました。

  ・存続するアカウント: AWS17730492
  ・統合対象のアカウント: AWS08815264
  ・統合内容へのご同意: 2025年12月19日に受領済み
  ・現在の状況: 認定記録を管理する担当チームにて処理の順番待ち

佐々木様から追加でご対応いただくことは現時点ではございません。
2月のご受験に間に合うよう、担当チームに優先度を上げての対応を依頼いたしました。
進展がありましたら、改めてご連絡いたします。

小林
Amazon Web Services

{JA_RATE}

{JA_FOOT}
"""
add('console-takeover-ja', aws_mail('biglobe', KEN, KEN_N, C3_WHEN, NOREPLY, f'RE:[CASE {CASE_C}] 認定アカウントの統合について(担当者変更のお知らせ)',
                                    part(c3_text, 'plain', 'UTF-8', 'base64'), subject_charset='iso-2022-jp'),
    'support_reply', CASE_C, [C_KEEP, C_OLD], True, 'ja')

C4_WHEN = dt(2026, 1, 14, 10, 12, 55, JST)
c4_text = f"""佐々木 健太 様

AWS サポートの小林です。途中経過をご報告いたします。

担当チームより、試験履歴および認定記録の移し替え作業に着手したとの連絡がございました。
すべての記録の移し替えと確認が終わるまで、3~5営業日ほどかかる見込みとのことです。
作業中は、認定アカウントの画面で一部の資格が一時的に表示されない場合がございますが、
記録が失われることはございませんのでご安心ください。

作業が終わり次第、本ケースにてお知らせいたします。

小林
Amazon Web Services

{JA_RATE}

{JA_FOOT}
"""
add('console-progress-ja', aws_mail('biglobe', KEN, KEN_N, C4_WHEN, NOREPLY, C_RE, part(c4_text, 'plain', 'UTF-8', 'quoted-printable')),
    'support_reply', CASE_C, [], True, 'ja')

C5_WHEN = dt(2026, 1, 16, 15, 3, 40, JST)
c5_text = f"""佐々木 健太 様

AWS サポートの小林です。

AWS08815264 に登録されていた試験履歴と認定資格を、すべて AWS17730492 に移しました。
AWS08815264 はすでに閉鎖されており、今後はサインインできません。

AWS17730492 にサインインし、すべての認定資格が表示されていることをご確認ください。
表示に不足がある場合は、本ケースからご連絡ください。
2月のご受験の予約も、AWS17730492 からお手続きいただけます。

小林
Amazon Web Services

{JA_FOOT}
"""
add('console-update-ja', aws_mail('biglobe', KEN, KEN_N, C5_WHEN, NOREPLY, C_RE,
                                      part(c5_text, 'plain', 'utf-8', '8bit', declared='iso-8859-1')),
    'merge_completed', CASE_C, [C_KEEP, C_OLD], True, 'ja')

C6_WHEN = dt(2026, 1, 16, 15, 4, 2, JST)
c6_text = f"""佐々木 健太 様

AWS サポートをご利用いただき、ありがとうございます。
ケース {CASE_C}「{C_SUBJ}」は解決済みとなりました。

今回のサポートはいかがでしたか?
1分程度で回答できるアンケートにご協力いただけますと幸いです。

  とても満足 ★★★★★  https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&rating=5&language=ja
  不満       ★         https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&rating=1&language=ja

問題が解決していない場合は、14日以内であればサポートセンターからケースを再開できます。

Amazon Web Services
"""
add('console-rating-ja', aws_mail('biglobe', KEN, KEN_N, C6_WHEN, NOREPLY, f'Amazon Web Services: サポートケース {CASE_C} が解決されました',
                                  part(c6_text, 'plain', 'Shift_JIS', 'base64', codec='cp932'), subject_charset='iso-2022-jp'),
    'survey', CASE_C, [], True, 'ja')

# ================================================================ CASE D  (Priya Raman, Office 365 tenant, en form case)
PRI = 'priya.raman@northwind-logistics.com'
PRI_N = 'Priya Raman'
D_OPEN = dt(2026, 1, 12, 8, 47, 3, CHI)
CASE_D = case15(D_OPEN, '00090')
D_KEEP, D_OLD = 'AWS20458813', 'AWS19977420'
D_SUBJ = f'[CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance'
D_RE = 'RE:' + D_SUBJ


def outlook_sent(when, tz=CHI):
    w = when.astimezone(tz)
    return w.strftime('%A, %B ') + str(w.day) + w.strftime(', %Y ') + w.strftime('%I:%M %p').lstrip('0')


d1_text = f"""Hello Priya,

Thanks for getting in touch with AWS Training and Certification.

Your request has been logged under reference {CASE_D}. One of our team members will review it and get back to you at this address, typically within one business day.

If you need to add anything, simply reply to this message and keep the reference in the subject line. Please don't submit the form again for the same issue - duplicate requests are handled separately and can slow things down.

What you sent us:
  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: AWS20458813
  Description: I have a second certification account (aws-19977420) created with my personal Gmail before I joined Northwind. I'd like my SAP on AWS Specialty, which is on that account, to appear on my main account.

Regards,
AWS Training and Certification Support
"""
add('form-desk-en', aws_mail('o365', PRI, PRI_N, D_OPEN + timedelta(seconds=44), FORM, D_SUBJ, part(d1_text, 'plain', 'UTF-8', 'quoted-printable')),
    'case_created', CASE_D, [D_KEEP, D_OLD], True, 'en')

D2_WHEN = dt(2026, 1, 14, 19, 11, 50, UTC)
d2_core = f"""Hello Priya,

My name is Jordan and I'm handling your request. I've located both certification accounts and, before anything is changed, I'd like you to review the following:

  Account to keep:            AWS20458813 (priya.raman@northwind-logistics.com)
  Account to be folded in:    aws-19977420 (priya.r.codes@gmail.com)

After the consolidation, the certifications, exam history and benefits from aws-19977420 will be attached to AWS20458813, and aws-19977420 will no longer be accessible. Please be aware that this can't be undone once it has been carried out.

If the above is accurate, please reply to this email stating that you agree, and I'll submit the request right away."""
d2_text = d2_core + """

Best regards,
Jordan P.
Amazon Web Services
"""
D2_RAW = aws_mail('o365', PRI, PRI_N, D2_WHEN, FORM, D_RE, part(d2_text, 'plain', 'UTF-8', 'quoted-printable'))
add('form-desk-en2', D2_RAW, 'merge_confirmation_requested', CASE_D, [D_KEEP, D_OLD], True, 'en')

D3_WHEN = dt(2026, 1, 14, 15, 2, 0, CHI)
d3_new = """Hi Jordan,

Confirmed - please merge AWS19977420 into AWS20458813. Both email addresses are correct.

Thanks,
Priya"""
D4_WHEN = dt(2026, 1, 22, 22, 18, 6, UTC)
d4_new = f"""Hi Priya,

Thank you for your patience, and I'm sorry for the silence over the past week.

Your confirmation came through on the 14th and I submitted the request the same day. It's now with our certification records team, who carry out the actual consolidation. They've let me know it's in their queue, but I don't have a firm date from them yet - they're dealing with a higher volume than usual this month.

I'm checking on it daily and will update you as soon as I hear anything. You don't need to do anything further in the meantime.

Best regards,
Jordan P.
Amazon Web Services"""
d4_text = d4_new + f"""

From: {PRI_N} <{PRI}>
Sent: {outlook_sent(D3_WHEN)}
To: Amazon Web Services <{FORM}>
Subject: {D_RE}

{d3_new}

From: Amazon Web Services <{FORM}>
Sent: {outlook_sent(D2_WHEN)}
To: {PRI_N} <{PRI}>
Subject: {D_RE}

{d2_core}
"""
D4_RAW = aws_mail('o365', PRI, PRI_N, D4_WHEN, FORM, D_RE, part(d4_text, 'plain', 'UTF-8', 'quoted-printable'))
add('form-desk-queue', D4_RAW, 'support_reply', CASE_D, [], True, 'en')

# Priya forwards to her manager (internal Exchange, no Authentication-Results)
D5_WHEN = dt(2026, 1, 23, 9, 4, 37, CHI)
d5_new = """Tom - FYI, see below. AWS is still working on merging my old account (AWS19977420) into AWS20458813. It's been queued with their records team for over a week, so the SAP Specialty probably won't show up on my main profile before the partner review on the 30th. I'll send you the validation number as soon as it does.

Priya"""
d5_text = d5_new + f"""

________________________________
From: Amazon Web Services <{FORM}>
Sent: {outlook_sent(D4_WHEN)}
To: {PRI_N} <{PRI}>
Subject: {D_RE}

{d4_text}"""
d5_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
           '<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
           + d5_new.replace('\n', '<br>') + '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
           f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Amazon Web Services &lt;{FORM}&gt;<br><b>Sent:</b> {outlook_sent(D4_WHEN)}<br>'
           f'<b>To:</b> {PRI_N} &lt;{PRI}&gt;<br><b>Subject:</b> {D_RE}</font><div>&nbsp;</div></div><div><pre>'
           + d4_text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') + '</pre></div></body></html>\n')
srv = 'DM6PR11MB' + str(rng.randint(1000, 9999))
d5_h = [
    ('Received', f'from {srv}.namprd11.prod.outlook.com (2603:10b6:5:{rs(3, HEX)}::{rs(2, HEX)}) by\n {srv}.namprd11.prod.outlook.com with HTTPS; {fdate(D5_WHEN + timedelta(seconds=2), UTC)}'),
    ('Received', f'from {srv}.namprd11.prod.outlook.com ([fe80::{rs(4, HEX)}:{rs(4, HEX)}:{rs(4, HEX)}:{rs(4, HEX)}]) by\n {srv}.namprd11.prod.outlook.com ([fe80::{rs(4, HEX)}:{rs(4, HEX)}:{rs(4, HEX)}:{rs(4, HEX)}%3]) with mapi id\n 15.20.9520.005; {fdate(D5_WHEN + timedelta(seconds=1), UTC)}'),
    ('From', f'{PRI_N} <{PRI}>'),
    ('To', 'Tom Whitaker <tom.whitaker@northwind-logistics.com>'),
    ('Subject', 'FW: ' + D_RE),
    ('Thread-Topic', D_RE),
    ('Thread-Index', 'AQHc' + rs(40, ALNUM + '+/') + '=='),
    ('Date', fdate(D5_WHEN, UTC)),
    ('Message-ID', outlook_msgid(srv)),
    ('Accept-Language', 'en-US'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-Exchange-Organization-SCL', '-1'),
    ('X-MS-TNEF-Correlator', ''),
    ('X-MS-Exchange-Organization-AuthSource', f'{srv}.namprd11.prod.outlook.com'),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
    ('X-MS-Exchange-Organization-AuthMechanism', '04'),
    ('X-MS-Exchange-Organization-Network-Message-Id', f'{rs(8, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(12, HEX)}'),
]
add('outlook-forward', render(d5_h, multi('alternative', [part(d5_text, 'plain', 'us-ascii', 'quoted-printable'), part(d5_html, 'html', 'us-ascii', 'quoted-printable')],
                                          boundary='_000_' + srv + rs(20, '0123456789ABCDEF') + 'namp_')),
    'unrelated', CASE_D, [D_KEEP, D_OLD], None, 'en')

D6_WHEN = dt(2026, 1, 29, 17, 40, 12, UTC)
d6_text = f"""Hi Priya,

A quick update: the records team picked up your request yesterday and the consolidation is now under way.

Once it's complete, I'll confirm here and your Credly badges will be re-issued to the email address on AWS20458813 - you don't need to accept or decline anything in the meantime. I'll also double-check that your SAP on AWS Specialty is showing correctly on AWS20458813 before closing the case.

Best regards,
Jordan P.
Amazon Web Services

-----Original Message-----
{d4_new}
"""
add('form-desk-underway', aws_mail('o365', PRI, PRI_N, D6_WHEN, FORM, D_RE, part(d6_text, 'plain', 'UTF-8', 'quoted-printable')),
    'support_reply', CASE_D, [D_KEEP], True, 'en')

D7_WHEN = dt(2026, 2, 2, 16, 5, 29, UTC)
d7_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\n'
           '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
           '<p>Hi Priya,</p>\n'
           '<p>Good news &ndash; everything from your former account (<b>AWS19977420</b>) has now been moved over to <b>AWS20458813</b>. '
           'The old profile has been retired, so please use priya.raman@northwind-logistics.com to sign in from now on.</p>\n'
           '<p>I checked the result myself: your SAP on AWS &ndash; Specialty, Solutions Architect &ndash; Associate and Cloud Practitioner are all listed '
           'on AWS20458813 with their original dates. Your Credly badges should follow within a few days.</p>\n'
           '<p>If anything looks wrong, just reply to this email within the next two weeks and the case will reopen automatically.</p>\n'
           '<p>Best regards,<br>Jordan P.<br>Amazon Web Services</p>\n'
           '<hr><p style="font-size:9pt;color:#666">How was your experience? <a href="https://aws-tc-survey.amazon.com/r/'
           + rs(22) + f'?case={CASE_D}">Rate this response</a></p>\n</div></body></html>\n')
add('form-desk-html-en', aws_mail('o365', PRI, PRI_N, D7_WHEN, FORM, D_RE, part(d7_html, 'html', 'UTF-8', 'base64')),
    'merge_completed', CASE_D, [D_KEEP, D_OLD], True, 'en')

D8_WHEN = dt(2026, 2, 3, 11, 30, 2, UTC)
d8_url = f'https://www.credly.com/earner/earned/badge/{rs(8, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(12, HEX)}'
d8_lines = ['Hi Priya,',
            'Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified SAP on AWS – Specialty</b>.',
            'Accept your badge to display it on your Credly profile, LinkedIn and email signature.']
d8_text = f"""Hi Priya,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified SAP on AWS – Specialty.

Accept your badge to display it on your Credly profile, LinkedIn and email signature:
{d8_url}

Credly, Inc. · 13355 Noel Rd, Suite 1100, Dallas, TX 75240
"""
add('credly-badge-mail', credly_mail('o365', PRI, PRI_N, D8_WHEN, 'Accept your AWS Certified SAP on AWS – Specialty badge',
                                    d8_text, credly_html('A new badge has been issued to you', d8_lines, 'Accept badge', d8_url)),
    'credly_badge_issued', None, [], True, 'en')

# ================================================================ CASE E  (Marco Bellini, Gmail, en form case)
MAR = 'marco.bellini83@gmail.com'
MAR_N = 'Marco Bellini'
E_OPEN = dt(2025, 6, 2, 7, 55, 36, ROM)
CASE_E = case15(E_OPEN, '00247')
E_KEEP, E_OLD = 'AWS25560918', 'AWS03349971'
E_RE = f'RE:[CASE {CASE_E}] [AWS Training and Certification Form Submission] - account-assistance'

E1_WHEN = dt(2025, 6, 3, 14, 12, 7, UTC)
e1_core = f"""Hello Marco,

Thank you for contacting AWS Training and Certification.

We've reviewed your request and found the two certification accounts below. Please check the details carefully:

Account that will remain:               AWS25560918 (marco.bellini83@gmail.com)
Account that will be merged and closed: AWS03349971 (m.bellini@studio-bellini.it)

All certifications and exam history on AWS03349971 will be transferred to AWS25560918. Please note that this action is permanent and cannot be reversed.

If the information above is correct, please reply to this email to confirm, and we'll submit the merge."""
e1_text = e1_core + """

Kind regards,

Sam
AWS Training and Certification Customer Support
"""
E1_RAW = aws_mail('gmail', MAR, MAR_N, E1_WHEN, FORM, E_RE, part(e1_text, 'plain', 'UTF-8', 'quoted-printable'))
add('form-desk-en3', E1_RAW, 'merge_confirmation_requested', CASE_E, [E_KEEP, E_OLD], True, 'en')

E2_WHEN = dt(2025, 6, 3, 18, 40, 51, ROM)
e2_new = """Hi Sam,

The details are correct. Please proceed with the merge.

Thank you,
Marco"""
e2_raw, E2_ID = user_gmail(MAR_N, MAR, f'Amazon Web Services <{FORM}>', E2_WHEN, E_RE, e2_new,
                           quote_hdr=f'On {en_gdate(E1_WHEN, ROM)} Amazon Web Services <{FORM}> wrote:', quoted=e1_text.rstrip(),
                           in_reply_to=msgid_of(E1_RAW), refs=msgid_of(E1_RAW))
add('marco-reply', e2_raw, 'unrelated', CASE_E, [], None, 'en')

E3_WHEN = dt(2025, 6, 11, 9, 3, 22, ROM)
e3_new = """Hello,

I'm writing again about case %s. I replied on June 3rd to confirm the merge (see below) but haven't heard anything since, and both accounts still look the same when I sign in.

To be safe, here is my confirmation again: please merge AWS03349971 into AWS25560918. I have an exam booked for the 24th and would like it to be recorded on the right account.

Thanks,
Marco Bellini""" % CASE_E
e3_quoted = e2_new + '\n\n' + f'On {en_gdate(E1_WHEN, ROM)} Amazon Web Services <{FORM}> wrote:\n' + jq(e1_text.rstrip())
e3_raw, E3_ID = user_gmail(MAR_N, MAR, f'Amazon Web Services <{FORM}>', E3_WHEN, E_RE, e3_new,
                           quote_hdr=f'On {en_gdate(E2_WHEN, ROM)} {MAR_N} <{MAR}> wrote:', quoted=e3_quoted,
                           in_reply_to=E2_ID, refs=msgid_of(E1_RAW) + ' ' + E2_ID, delivered_to=MAR)
add('marco-followup', e3_raw, 'unrelated', CASE_E, [E_KEEP, E_OLD], False, 'en')

E4_WHEN = dt(2025, 6, 12, 10, 26, 45, UTC)
e4_text = f"""Hello Marco,

I’m very sorry for the wait – you’re right, your confirmation of June 3rd did reach us, but it was attached to the case after the case had already been moved to a different queue, so it wasn’t picked up.

Thank you for confirming (and for re-sending it). I’ve now submitted the request to our records team and asked for it to be handled ahead of your exam on the 24th. We’ll proceed on that basis and I’ll write again as soon as it’s done – there is no need to send anything further.

Kind regards,

Elena
AWS Training and Certification Customer Support
"""
add('form-desk-en4', aws_mail('gmail', MAR, MAR_N, E4_WHEN, FORM, E_RE,
                                part(e4_text, 'plain', 'utf-8', 'quoted-printable', codec='cp1252')),
    'support_reply', CASE_E, [], True, 'en')

E5_WHEN = dt(2025, 6, 16, 13, 58, 2, UTC)
e5_text = f"""Hello Marco,

Your certification profiles have now been combined. AWS25560918 holds all of your certifications and exam history, including the records that were previously on AWS03349971, which can no longer be used to sign in. Your exam appointment on the 24th is linked to AWS25560918 and doesn't need to be rebooked.

Since this completes your request, we'll go ahead and close this case.

Was your issue resolved?
YES: https://aws-tc-survey.amazon.com/r/{rs(22)}?case={CASE_E}&resolved=yes
NO:  https://aws-tc-survey.amazon.com/r/{rs(22)}?case={CASE_E}&resolved=no

Kind regards,

Elena
AWS Training and Certification Customer Support
"""
add('form-desk-mail', aws_mail('gmail', MAR, MAR_N, E5_WHEN, FORM, E_RE, part(e5_text, 'plain', 'UTF-8', 'quoted-printable')),
    'merge_completed', CASE_E, [E_KEEP, E_OLD], True, 'en')


# ================================================================ CASE H  (Sophie Tremblay, Fastmail, en form case)
SOP = 'sophie.tremblay@fastmail.com'
SOP_N = 'Sophie Tremblay'
H_OPEN = dt(2025, 11, 18, 13, 20, 9, MTL)
CASE_H = case15(H_OPEN, '00631')
H_KEEP, H_OLD = 'AWS09912376', 'AWS26650481'
H_RE = f'RE: [CASE {CASE_H}] [AWS Training and Certification Form Submission] - account-assistance'

H2_WHEN = dt(2025, 11, 26, 20, 14, 38, UTC)
h2_text = f"""Hi Sophie,

Just a short note so you aren't left wondering: because of the U.S. Thanksgiving holiday on November 27 and 28, our team is working with reduced staff this week, and replies may take longer than usual. We expect to be back to normal on Monday, December 1.

Your request to merge AWS26650481 into AWS09912376 is still open and remains in the queue with the team that processes it; the holiday doesn't change its place in line. We'll be in touch as soon as there's news.

Thanks for your patience,

Liam
AWS Training and Certification Customer Support
"""
add('form-desk-holiday', aws_mail('fastmail', SOP, SOP_N, H2_WHEN, FORM, H_RE, part(h2_text, 'plain', 'UTF-8', 'quoted-printable')),
    'support_reply', CASE_H, [H_KEEP, H_OLD], True, 'en')

H3_WHEN = dt(2025, 12, 3, 15, 31, 50, UTC)
h3_prev = f"""Hi Sophie,

Before we go ahead, please confirm the following merge:
  Keep: AWS09912376 (sophie.tremblay@fastmail.com)
  Merge and deactivate: AWS26650481 (stremblay@polymtl.ca)
A merge is final and can't be undone. Reply to this email to confirm.

Liam
AWS Training and Certification Customer Support"""
h3_plain = f"""Hi Sophie,

The merge you approved has been carried out: AWS26650481 is now part of AWS09912376, and the old account has been switched off.

Liam
AWS Training and Certification Customer Support

Sent: Friday, November 21, 2025
{h3_prev}
"""
h3_html = aws_html([
    'Hi Sophie,',
    'The merge you approved has been carried out. Everything that was recorded on <b>AWS26650481</b> (your Security Specialty and the AI Practitioner exam result) '
    'is now part of <b>AWS09912376</b>, and the old account has been switched off.',
    'Your Credly badges will be transferred to sophie.tremblay@fastmail.com automatically; you will get an e-mail from Credly for each one.',
    'Liam<br>AWS Training and Certification Customer Support',
    '<br><span style="color:#888">Sent: Friday, November 21, 2025</span><br>' + h3_prev.replace('\n', '<br>'),
], foot=False)
add('form-desk-alt-en', aws_mail('fastmail', SOP, SOP_N, H3_WHEN, FORM, H_RE,
                              multi('alternative', [part(h3_plain, 'plain', 'UTF-8', 'quoted-printable'), part(h3_html, 'html', 'UTF-8', 'base64')])),
    'merge_completed', CASE_H, [H_KEEP, H_OLD], True, 'en')

H4_WHEN = dt(2025, 12, 3, 15, 35, 4, UTC)
h4_html = aws_html([
    'Hello Sophie,',
    f'Your case <b>{CASE_H}</b> has been marked as resolved.',
    '<b>How did we do?</b> Tell us about your experience with AWS Training and Certification Customer Support. The survey takes less than two minutes.',
    f'<a href="https://aws-tc-survey.amazon.com/s/{rs(22)}?case={CASE_H}" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;border-radius:3px">Take the survey</a>',
    'If your issue isn&#39;t fully resolved, reply to this email within 14 days and your case will be reopened.',
    'AWS Training and Certification',
], foot=False)
add('case-mail-en', aws_mail('fastmail', SOP, SOP_N, H4_WHEN, NOREPLY, f'How did we do? Case {CASE_H}', part(h4_html, 'html', 'UTF-8', 'quoted-printable')),
    'survey', CASE_H, [], True, 'en')

# ================================================================ CASE F  (Naoki Yamamoto, OCN, ja console case)
NAO = 'n-yamamoto@sky.ocn.ne.jp'
NAO_N = '山本 直樹'
F_OPEN = dt(2026, 2, 16, 13, 40, 27, JST)
CASE_F = case15(F_OPEN, '02203')
F_KEEP, F_OLD = 'AWS12876045', 'AWS27701593'
F_SUBJ = 'AWS認定アカウントの統合依頼'
F_RE = f'RE:[CASE {CASE_F}] {F_SUBJ}'
F_URL = f'https://console.aws.amazon.com/support/home#/case/?displayId={CASE_F}&language=ja'
F_FOOT = JA_FOOT.replace(C_URL, F_URL)

f1_text = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。
お客様の問題に対応するため、ケース {CASE_F} を作成しました。

ケースの詳細は次のとおりです。

ケース ID: {CASE_F}
件名: {F_SUBJ}
重要度: 一般的なガイダンス
内容: AWS認定のアカウントが2つあります(AWS12876045 と aws27701593)。
転職前の会社のメールアドレスで受験した分が古いアカウントに残っているため、
AWS12876045 のほうにまとめていただけないでしょうか。

できるだけ早く回答いたします。ケースの確認や更新は、AWS サポートセンターからいつでも行えます。

{F_URL}

※このメールは送信専用のアドレスから送信されています。

Amazon Web Services
"""
add('console-mail-ja', aws_mail('ocn', NAO, NAO_N, F_OPEN + timedelta(seconds=19), NOREPLY,
                               f'Amazon Web Services: 新しいサポートケースを作成しました: {CASE_F}',
                               part(f1_text, 'plain', 'ISO-2022-JP', '7bit'), subject_charset='iso-2022-jp'),
    'case_created', CASE_F, [F_KEEP, F_OLD], True, 'ja')

F2_WHEN = dt(2026, 2, 24, 11, 8, 40, JST)
f2_text = f"""山本 直樹 様

AWS サポートの松井です。

2月18日にお送りしたご質問について、まだご返信を確認できておりませんので、改めてお伺いいたします。
統合を担当チームに依頼するにあたり、以下の2点が必要となります。

  1. 統合元となる古いアカウントにサインインする際のメールアドレス
  2. そのメールアドレスを現在も受信できるかどうか

本件について引き続きサポートが必要かどうかも、あわせてお知らせいただけますと幸いです。
なお、3営業日以内にご返信をいただけない場合、本ケースは自動的にクローズされますのでご了承ください。
クローズ後も、14日以内であればサポートセンターからケースを再開していただけます。

松井
Amazon Web Services

{JA_RATE}

{F_FOOT}
"""
add('console-reminder-ja', aws_mail('ocn', NAO, NAO_N, F2_WHEN, NOREPLY, F_RE, part(f2_text, 'plain', 'UTF-8', 'quoted-printable')),
    'support_reply', CASE_F, [], True, 'ja')

F3_WHEN = dt(2026, 2, 27, 18, 0, 3, JST)
f3_text = f"""Amazon Web Services をご利用いただき、ありがとうございます。

しばらくご返信がなかったため、サポートケース {CASE_F}「{F_SUBJ}」を解決済みとしてクローズしました。

引き続きサポートが必要な場合は、14日以内であれば AWS サポートセンターからケースを再開できます。
{F_URL}

今回のサポートはいかがでしたか?
以下のリンクから、サポートのご体験を評価してください。
https://console.aws.amazon.com/support/feedback?displayId={CASE_F}&language=ja

Amazon Web Services
"""
add('console-status-ja', aws_mail('ocn', NAO, NAO_N, F3_WHEN, NOREPLY, f'Amazon Web Services: サポートケース {CASE_F} が解決されました',
                                     part(f3_text, 'plain', 'UTF-8', 'base64'), subject_charset='iso-2022-jp'),
    'survey', CASE_F, [], True, 'ja')

F4_WHEN = dt(2026, 3, 2, 8, 47, 15, JST)
f4_text = f"""サポートケース {CASE_F} が再開されました。

件名: {F_SUBJ}
再開者: {NAO}
内容: 返信が遅くなりすみません。出張中で確認できていませんでした。
古いアカウントのメールアドレスは前職のもので、現在は受信できません。
統合の手続きを引き続きお願いできますでしょうか。

担当者が内容を確認し、できるだけ早く回答いたします。

{F_URL}

※このメールは送信専用のアドレスから送信されています。

Amazon Web Services
"""
add('console-case-ja', aws_mail('ocn', NAO, NAO_N, F4_WHEN, NOREPLY, f'Amazon Web Services: サポートケース {CASE_F} が再開されました',
                                  part(f4_text, 'plain', 'ISO-2022-JP', '7bit'), subject_charset='iso-2022-jp'),
    'support_reply', CASE_F, [], True, 'ja')

F5_WHEN = dt(2026, 3, 4, 16, 22, 58, JST)
f5_core = f"""山本 直樹 様

AWS サポートの松井です。ケースを再開していただき、ありがとうございます。
古いアカウントのメールアドレスを受信できない件、承知いたしました。本人確認は現在のアカウント側で行いますので問題ございません。

以下の内容で、担当チームに統合を依頼する予定です。

  統合後も残るアカウント: AWS12876045
  統合元(閉鎖されるアカウント): aws 27701593

統合を実施すると、aws 27701593 の試験履歴と認定資格は AWS12876045 に移され、
aws 27701593 は閉鎖されます。実施後に元の状態へ戻すことはできません。

お手数ですが、この内容で問題がなければ、サポートセンターから
「この内容で統合してください」とご返信ください。ご返信を確認次第、手続きを開始いたします。"""
f5_text = f5_core + f"""

松井
Amazon Web Services

{JA_RATE}

{F_FOOT}
"""
F5_RAW = aws_mail('ocn', NAO, NAO_N, F5_WHEN, NOREPLY, F_RE, part(f5_text, 'plain', 'UTF-8', 'quoted-printable'))
add('console-reply-ja', F5_RAW, 'merge_confirmation_requested', CASE_F, [F_KEEP, F_OLD], True, 'ja')

# Naoki forwards F5 to his company address (Thunderbird-style forward)
F6_WHEN = dt(2026, 3, 5, 7, 31, 9, JST)
WORK_NAO = 'yamamoto.naoki@hoshizora-tech.co.jp'
f6_text = f"""会社のアドレスにも控えとして転送します。
AWS12876045 に AWS27701593 をまとめる内容で問題ないので、昼休みにサポートセンターから返信する。

-------- 転送メッセージ --------
件名: \t{F_RE}
日付: \t{fdate(F5_WHEN, UTC)}
差出人: \tAmazon Web Services <{NOREPLY}>
宛先: \t{NAO_N} <{NAO}>

{f5_core}
"""
ip = '153.149.' + str(rng.randint(200, 240)) + '.' + str(rng.randint(2, 250))
host = f'mfgw{rng.randint(1, 9)}.ocn.ad.jp'
f6_auth = [f'spf=pass (google.com: domain of {NAO} designates {ip} as permitted sender) smtp.mailfrom={NAO}',
           'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=ocn.ne.jp']
f6_h = gmail_trace(WORK_NAO, F6_WHEN, ip, host, NAO, f6_auth) + [
    ('Message-ID', f'<{rs(8, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(12, HEX)}@sky.ocn.ne.jp>'),
    ('Date', fdate(F6_WHEN)),
    ('MIME-Version', '1.0'),
    ('User-Agent', 'Mozilla Thunderbird'),
    ('Content-Language', 'ja'),
    ('To', WORK_NAO),
    ('From', addr(NAO_N, NAO)),
    ('Subject', enc('Fwd: ' + F_RE)),
]
add('naoki-fwd', render(f6_h, part(f6_text, 'plain', 'UTF-8', '8bit', extra=[('Content-Disposition', 'inline')])),
    'unrelated', CASE_F, [F_KEEP, F_OLD], False, 'ja')

# ================================================================ generic third-party sender
def ext_mail(provider, rcpt, rcpt_name, when, frm, subject, body, ip, host, mailfrom, from_dom,
             dkim_d=None, dkim_s='s1', dmarc='pass', dmarc_policy='NONE', spf='pass', msgid=None,
             extra=None, subject_charset='utf-8', name_charset='utf-8', to_hdr=None, forged_ar=None):
    dkim_res = f'dkim=pass header.i=@{dkim_d} header.s={dkim_s} header.b={rs(8)}' if dkim_d else 'dkim=none'
    if provider == 'gmail':
        auth = [dkim_res] if dkim_d else []
        auth.append(f'spf={spf} (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}'
                    if spf == 'pass' else f'spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}')
        auth.append(f'dmarc={dmarc} (p={dmarc_policy} sp={dmarc_policy} dis={"NONE" if dmarc != "fail" else dmarc_policy}) header.from={from_dom}')
        trace = gmail_trace(rcpt, when, ip, host, mailfrom, auth)
    elif provider in ('outlook', 'o365'):
        if dkim_d:
            s = f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom.split("@")[-1]}; dkim=pass (signature was verified)\n header.d={dkim_d};'
        else:
            s = f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom.split("@")[-1]}; dkim=none (message not signed)\n header.d=none;'
        act = 'none' if dmarc in ('pass', 'none') else 'quarantine'
        ca = 'pass reason=100' if dmarc == 'pass' else ('fail reason=001' if dmarc == 'fail' else 'softpass reason=201')
        s += f'dmarc={dmarc} action={act}\n header.from={from_dom};compauth={ca}'
        srv = 'SN7PR04MB' + str(rng.randint(1000, 9999))
        trace = o365_trace(rcpt, when, ip, host, mailfrom.split('@')[-1], s, srv, consumer=(provider == 'outlook'))
    elif provider in ('biglobe', 'ocn'):
        mx = 'mx' + str(rng.randint(1, 9)) + ('.biglobe.ne.jp' if provider == 'biglobe' else '.ocn.ne.jp')
        ar = f'{mx};\n\tspf={spf} smtp.mailfrom={mailfrom};\n\t{dkim_res};\n\tdmarc={dmarc} header.from={from_dom}'
        trace = jp_trace(rcpt, when, ip, host, mx, ar)
    else:
        raise ValueError(provider)
    h = list(trace)
    if forged_ar:
        h.append(('Authentication-Results', forged_ar))
    if dkim_d:
        h.append(('DKIM-Signature', dkim(dkim_d, dkim_s, when, c='relaxed/relaxed')))
    h += [('Date', fdate(when, UTC)), ('From', frm if frm.isascii() else frm),
          ('To', to_hdr or addr(rcpt_name, rcpt, name_charset)),
          ('Message-ID', msgid or f'<{rs(16, HEX)}.{rs(10, HEX)}@{from_dom}>'),
          ('Subject', enc(subject, subject_charset))]
    h += list(extra or [])
    return render(h, body)


# ================================================================ G  phishing / look-alikes
G1_WHEN = dt(2025, 10, 28, 6, 41, 12, UTC)
G1_CASE = '176152314700512'
g1_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="90">
<p>Dear Candidate,</p>
<p>Your request to consolidate AWS Certification accounts (case {G1_CASE}) is awaiting your final approval.</p>
<p><b>Primary account:</b> AWS10293847<br><b>Account to be merged:</b> AWS31184726</p>
<p>Account merges are permanent. To prevent unauthorized changes we require you to confirm this merge by signing in with your AWS Certification credentials within <b>48 hours</b>.
If we do not receive confirmation, the request will be cancelled and your certification records may be suspended pending review.</p>
<p style="text-align:center"><a href="https://aws-certmerge-confirm.com/verify?c={G1_CASE}&amp;t={rs(24)}" style="background:#ff9900;color:#232f3e;padding:12px 24px;text-decoration:none;font-weight:bold">Confirm account merge</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109</p>
</body></html>
"""
forged = ('mx.amazon.com;\n\tdkim=pass header.i=@amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com')
ip = '185.241.52.' + str(rng.randint(2, 250))
add('case-notice-en', ext_mail('gmail', MAR, MAR_N, G1_WHEN, f'Amazon Web Services <{FORM}>', f'RE:[CASE {G1_CASE}] Action required: approve your account merge',
                                      part(g1_html, 'html', 'utf-8', 'quoted-printable'), ip, f'vps{rng.randint(1000, 9999)}.hostbrr.net', 'noreply@mail-verif.hostbrr.net',
                                      'amazon.com', dkim_d=None, dmarc='fail', dmarc_policy='QUARANTINE', spf='softfail',
                                      msgid=f'<{rs(20, HEX)}@hostbrr.net>', forged_ar=forged),
    'merge_confirmation_requested', G1_CASE, ['AWS10293847', 'AWS31184726'], False, 'en')

G2_WHEN = dt(2025, 11, 12, 1, 5, 33, UTC)
G2_CASE = '176290881100417'
g2_text = f"""お客様各位

AWS トレーニングと認定 サポートセンターです。

お客様よりご依頼いただいております認定アカウントの統合(ケース番号: {G2_CASE})について、
本人確認が完了していないため、手続きを一時保留としております。

対象アカウント: AWS 22945108

お手数ですが、下記のページから認定アカウントのメールアドレスとパスワードを入力し、
本人確認を完了してください。24時間以内にご対応いただけない場合、統合手続きは取り消され、
保有されている認定資格が一時的に無効となる場合がございます。

  https://aws-training-jp.net/certification/verify?id={rs(18)}

ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 サポートセンター
"""
ip = '45.132.88.' + str(rng.randint(2, 250))
add('jp-account-check', ext_mail('gmail', HARU, HARU_N, G2_WHEN, addr('AWS トレーニングと認定', 'support@aws-training-jp.net'),
                                 f'【重要】認定アカウント統合手続きの保留について(ケース {G2_CASE})',
                                 part(g2_text, 'plain', 'UTF-8', 'base64'), ip, 'mail.aws-training-jp.net', 'bounce@aws-training-jp.net',
                                 'aws-training-jp.net', dkim_d='aws-training-jp.net', dkim_s='default', dmarc='pass', dmarc_policy='NONE'),
    'support_reply', G2_CASE, ['AWS22945108'], False, 'ja')

G3_WHEN = dt(2026, 1, 20, 13, 22, 47, UTC)
g3_text = """Dear AWS Customer,

We were unable to process the payment for your most recent Amazon Web Services invoice. As a result, your account has been placed on temporary hold and some services may be interrupted.

To avoid suspension of your resources, please update your payment information within 24 hours:

https://aws-accounts-billing.info/console/billing/update?ref=INV-2026-0114

If you have already updated your payment details, please disregard this message.

Sincerely,
Amazon Web Services Billing Team
"""
ip = '91.215.85.' + str(rng.randint(2, 250))
add('billing-hold', ext_mail('outlook', DAN, DAN_N, G3_WHEN, 'AWS Billing <billing@aws-accounts-billing.info>', 'Your AWS account has been placed on hold',
                             part(g3_text, 'plain', 'us-ascii', '7bit'), ip, 'smtp.aws-accounts-billing.info', 'billing@aws-accounts-billing.info',
                             'aws-accounts-billing.info', dkim_d=None, dmarc='none'),
    'unrelated', None, [], False, 'en')

# ================================================================ U  other mail in the same mailboxes
# Seller Central case (same RE:[CASE n] style, 10 digits, "merged" detail pages)
U1_WHEN = dt(2025, 6, 9, 12, 44, 10, UTC)
CASE_SC = '6120938847'
u1_text = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed your request regarding the duplicate product detail pages for "Studio Bellini – Set di 6 tazzine espresso in ceramica". The two listings (ASIN B0CX41KQ7M and ASIN B0CX3ZP2RT) have been merged into a single detail page under ASIN B0CX41KQ7M. Your offer and inventory are now associated with this ASIN, and the duplicate page will no longer be visible to customers.

Please allow up to 48 hours for the change to be reflected in all marketplaces.

Did I solve your problem?
If yes, please click here: https://sellercentral.amazon.it/cu/case-dashboard/feedback?caseID={CASE_SC}&resolved=yes
If no, please click here: https://sellercentral.amazon.it/cu/case-dashboard/feedback?caseID={CASE_SC}&resolved=no

We hope this helps. Thank you for selling with Amazon.

Regards,
Abhishek S.
Amazon.it
http://sellercentral.amazon.it
"""
add('seller-support', aws_mail('gmail', MAR, MAR_N, U1_WHEN, 'seller-performance-notification@amazon.com',
                               f'RE:[CASE {CASE_SC}] Duplicate detail pages - request to merge ASINs',
                               part(u1_text, 'plain', 'UTF-8', 'quoted-printable'), frm_name='Amazon Selling Partner Support'),
    'unrelated', CASE_SC, [], True, 'en')

# Credly expiry reminder (HTML only)
U3_WHEN = dt(2025, 11, 20, 15, 0, 5, UTC)
u3_url = 'https://www.credly.com/users/haruka-nishimura/badges'
u3_html = credly_html('Your badge expires soon', [
    'Hi Haruka,',
    'Your <b>AWS Certified Cloud Practitioner</b> badge issued by Amazon Web Services Training and Certification will expire on <b>December 20, 2025</b>.',
    'To keep your badge active, complete the recertification requirements set by the issuer before the expiration date. '
    'Expired badges remain on your profile but are marked as expired.',
], 'View recertification options', u3_url)
add('credly-expiring', credly_mail('gmail', HARU, 'Haruka Nishimura', U3_WHEN, 'Your AWS Certified Cloud Practitioner badge expires in 30 days',
                                   '', u3_html, frm_name='Credly', frm_addr='no-reply@credly.com', html_only=True),
    'unrelated', None, [], True, 'en')

# Credly's own account merge (verification code)
U4_WHEN = dt(2025, 12, 7, 19, 12, 44, UTC)
code = str(rng.randint(100000, 999999))
u4_url = f'https://www.credly.com/account_merges/{rs(8, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(4, HEX)}-{rs(12, HEX)}/complete'
u4_lines = ['Hi Daniel,',
            f'We received a request to merge the Credly account registered to d.okafor@uwaterloo.ca into the account registered to {DAN}.',
            f'Your verification code is: <b style="font-size:22px;letter-spacing:3px">{code}</b>',
            'Enter this code on the merge page or use the button below. The code expires in 30 minutes. If you didn&#39;t request this, you can ignore this email.']
u4_text = f"""Hi Daniel,

We received a request to merge the Credly account registered to d.okafor@uwaterloo.ca into the account registered to {DAN}.

Your verification code is: {code}

Complete Account Merge: {u4_url}

The code expires in 30 minutes. If you didn't request this, you can ignore this email.

Credly, Inc. · 13355 Noel Rd, Suite 1100, Dallas, TX 75240
"""
add('credly-code', credly_mail('outlook', DAN, DAN_N, U4_WHEN, 'Confirm your Credly account merge', u4_text,
                               credly_html('Confirm your account merge', u4_lines, 'Complete Account Merge', u4_url),
                               frm_name='Credly', frm_addr='no-reply@credly.com'),
    'unrelated', None, [], True, 'en')

# CertMetrics survey-style mail (not AWS support)
U5_WHEN = dt(2026, 2, 10, 14, 30, 0, UTC)
u5_text = """Dear Priya Raman,

AWS Certification wants to hear from you!

As an AWS Certified individual, your feedback helps shape the future of the AWS Certification program. Please take 10 minutes to complete our annual candidate survey about your exam preparation and the value of your certification.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=%s

Thank you for being part of the AWS Certified community.

AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this message.
""" % rs(16, HEX)
ip = '52.165.' + str(rng.randint(100, 200)) + '.' + str(rng.randint(2, 250))
add('certmetrics-invite', ext_mail('o365', PRI, PRI_N, U5_WHEN, 'AWS Certification <do-not-reply@certmetrics.com>', 'AWS Certification wants to hear from you',
                                   part(u5_text, 'plain', 'utf-8', 'quoted-printable'), ip, 'mail.certmetrics.com', 'bounce@mail.certmetrics.com',
                                   'certmetrics.com', dkim_d='certmetrics.com', dkim_s='selector1'),
    'unrelated', None, [], False, 'en')

# Pearson VUE appointment (ja, ISO-2022-JP)
U6_WHEN = dt(2026, 1, 20, 12, 5, 31, JST)
u6_text = """佐々木 健太 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の試験のご予約を承りました。

試験名: AWS Certified Solutions Architect - Professional (SAP-C02)
試験日時: 2026年2月14日(土) 13:30
会場: ピアソンVUE 認定テストセンター 東京・新宿会場
登録番号: 512847093
言語: 日本語

当日は、受験開始時刻の30分前までにご来場ください。
本人確認書類を2点ご持参いただく必要があります。

予約の変更・キャンセルは、試験日の24時間前まで AWS Certification アカウントから行えます。

Pearson VUE
"""
ip = '159.182.' + str(rng.randint(1, 250)) + '.' + str(rng.randint(2, 250))
add('pearson-booking', ext_mail('biglobe', KEN, KEN_N, U6_WHEN, 'Pearson VUE <pearsonvuecustomerservice@pearson.com>',
                                'Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Professional',
                                part(u6_text, 'plain', 'ISO-2022-JP', '7bit'), ip, 'mail-out.pearson.com', 'bounces@pearson.com',
                                'pearson.com', dkim_d='pearson.com', dkim_s='s2048', subject_charset='iso-2022-jp', name_charset='iso-2022-jp'),
    'unrelated', None, [], False, 'ja')

# GitHub merged PR notification
U7_WHEN = dt(2025, 11, 19, 20, 48, 3, UTC)
u7_text = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lumenfield/infra-live/pull/482#event-%d
You are receiving this because you were mentioned.
""" % rng.randint(10**10, 10**11)
u7_html = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/lumenfield/infra-live/pull/482">#482</a> into main.</p>\n'
           '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
           '<a href="https://github.com/lumenfield/infra-live/pull/482">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>\n')
ip = '192.30.252.' + str(rng.randint(190, 210))
add('github-pr', ext_mail('outlook', DAN, DAN_N, U7_WHEN, '"Rachel Kim" <notifications@github.com>',
                          'Re: [lumenfield/infra-live] Consolidate duplicate IAM accounts into org account (PR #482)',
                          multi('alternative', [part(u7_text, 'plain', 'UTF-8', '7bit'), part(u7_html, 'html', 'UTF-8', '7bit')],
                                boundary='--==_mimepart_' + rs(13, HEX) + '_' + str(rng.randint(10**5, 10**6))),
                          ip, 'out-' + ip.split('.')[-1] + '.smtp.github.com', 'noreply@github.com', 'github.com',
                          dkim_d='github.com', dkim_s='pf2023',
                          msgid=f'<lumenfield/infra-live/pull/482/issue_event/{rng.randint(10**10, 10**11)}@github.com>',
                          to_hdr='lumenfield/infra-live <infra-live@noreply.github.com>',
                          extra=[('Cc', f'{DAN_N} <{DAN}>, Mention <mention@noreply.github.com>'),
                                 ('In-Reply-To', '<lumenfield/infra-live/pull/482@github.com>'),
                                 ('References', '<lumenfield/infra-live/pull/482@github.com>'),
                                 ('List-ID', 'lumenfield/infra-live <infra-live.lumenfield.github.com>'),
                                 ('X-GitHub-Reason', 'mention')]),
    'unrelated', None, [], False, 'en')

# colleague asks Naoki about the merge (ja)
U10_WHEN = dt(2026, 2, 25, 19, 12, 0, JST)
u10_text = """山本さん

おつかれさまです、田村です。
先日話していた AWS 認定のアカウント統合、その後どうなりました？
私も昔の会社で受けた CLF が別アカウント (aws-16620937) に残っているので、
同じようにサポートに頼もうかと思っています。

どれくらい時間がかかったか、フォームに何を書いたか、
落ち着いたら教えてもらえると助かります。

田村"""
u10_raw, _ = user_gmail('田村 由紀', 'tamura.yuki.0412@gmail.com', addr(NAO_N, NAO), U10_WHEN, 'AWS認定の統合の件', u10_text,
                        delivered_to=None, lang='ja')
# received at OCN: give it a provider trace
ip = '209.85.216.' + str(rng.randint(40, 70))
ocn_mx = 'mx' + str(rng.randint(1, 9)) + '.ocn.ne.jp'
u10_ar = (f'{ocn_mx};\n\tspf=pass smtp.mailfrom=tamura.yuki.0412@gmail.com;\n\tdkim=pass header.d=gmail.com header.s=20230601 header.b={rs(8)};\n'
          '\tdmarc=pass (p=none) header.from=gmail.com')
u10_trace = ''.join(f'{n}: {v}\n' for n, v in jp_trace(NAO, U10_WHEN, ip, f'mail-pj1-f{ip.split(".")[-1]}.google.com', ocn_mx, u10_ar))
U10_H = 'to:subject:message-id:date:from:mime-version:from:to:cc:subject\n\t :date:message-id:reply-to'
u10_trace += 'DKIM-Signature: ' + dkim('gmail.com', '20230601', U10_WHEN, h=U10_H, c='relaxed/relaxed') + '\n'
add('colleague-question', u10_trace.encode('ascii') + u10_raw, 'unrelated', None, ['AWS16620937'], False, 'ja')

# AWS billing case (ja) - consolidated billing, not certification
BIL_OPEN = dt(2026, 3, 9, 10, 3, 51, JST)
CASE_BIL = case15(BIL_OPEN, '00158')
U11_WHEN = dt(2026, 3, 10, 15, 26, 40, JST)
u11_text = f"""山本様

AWS サポートの井上です。お問い合わせいただき、ありがとうございます。

ご質問いただいた、2つの AWS アカウントの請求を1つにまとめる方法についてご案内いたします。
AWS Organizations で組織を作成し、もう一方のアカウントをメンバーアカウントとして招待していただくと、
一括請求 (コンソリデーティッドビリング) により、管理アカウントでまとめてお支払いいただけるようになります。
なお、アカウント自体が統合されるわけではなく、各アカウントのリソースや請求明細はそれぞれ残ります。

手順の詳細は以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/consolidated-billing.html

ほかにご不明な点がございましたら、本ケースにてお知らせください。

井上
Amazon Web Services

{JA_RATE}

{JA_FOOT.replace(C_URL, f'https://console.aws.amazon.com/support/home#/case/?displayId={CASE_BIL}&language=ja')}
"""
add('console-billing-ja', aws_mail('ocn', NAO, NAO_N, U11_WHEN, NOREPLY, f'RE:[CASE {CASE_BIL}] 請求の統合について',
                                   part(u11_text, 'plain', 'UTF-8', 'base64')),
    'unrelated', CASE_BIL, [], True, 'ja')
finish()
