#!/usr/bin/env python3
"""Generator for blind set 144: AWS Certification account-merge mailbox (Japanese emphasis).

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this script.
"""
import base64, quopri, random, json, os, re, unicodedata, uuid, glob
from datetime import datetime, timezone, timedelta
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(144)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))

# ---------------------------------------------------------------- helpers

def dt(s, tz=JST):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)

def later(d, **kw):
    return d + timedelta(**kw)

def epoch(d):
    return int(d.timestamp())

def case15(d):
    return f'{epoch(d)}{R.randint(0, 99999):05d}'

def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def ralnum(n, chars='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(chars) for _ in range(n))

def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()

def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))

def rdate(d):
    return format_datetime(d)

def ses_id(d):
    ms = int(d.timestamp() * 1000)
    return f'0100{ms:012x}-{ruuid()}-000000'

def fold_b64(s, width=70, indent='\t  '):
    return ('\n' + indent).join(s[i:i + width] for i in range(0, len(s), width))

# ---------------------------------------------------------------- encoded words

def _ew(s, charset, enc):
    raw = s.encode(PYCODEC.get(charset.lower(), charset))
    if enc == 'B':
        return f'=?{charset}?B?{base64.b64encode(raw).decode()}?='
    out = ''
    for b in raw:
        c = chr(b)
        if c == ' ':
            out += '_'
        elif c.isalnum() and b < 128:
            out += c
        else:
            out += f'={b:02X}'
    return f'=?{charset}?Q?{out}?='

PYCODEC = {'shift_jis': 'cp932', 'iso-2022-jp': 'iso-2022-jp', 'utf-8': 'utf-8'}

def ew(s, charset='UTF-8', enc='B', prefix='', first=9, maxlen=75):
    """Encode s as folded encoded-words (prefix is kept as plain ASCII)."""
    if all(ord(c) < 128 for c in s):
        return prefix + s
    words, cur = [], ''
    budget = maxlen - first - len(prefix)
    for ch in s:
        test = cur + ch
        if cur and len(_ew(test, charset, enc)) > budget:
            words.append(_ew(cur, charset, enc))
            cur = ch
            budget = maxlen - 1
        else:
            cur = test
    words.append(_ew(cur, charset, enc))
    return prefix + '\n '.join(words)

def addr(name, a, charset='UTF-8', enc='B', quote=True):
    if name is None:
        return a
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{a}>' if quote else f'{name} <{a}>'
    return f'{ew(name, charset, enc)} <{a}>'

# ---------------------------------------------------------------- bodies

def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None):
    codec = codec or PYCODEC.get(charset.lower(), charset)
    raw = text.encode(codec)
    p = MIMENonMultipart('text', subtype, charset=label or charset)
    del p['MIME-Version']
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p

def alt(plain, html, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary)
    del m['MIME-Version']
    m.attach(plain)
    m.attach(html)
    return m

def html_wrap(inner, title='', lang='en'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8"><title>{title}</title></head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            f'{inner}\n</body></html>\n')

def p2html(text):
    """Very simple plain->HTML conversion for the alternative part (keeps quoting)."""
    import html as _h
    out = []
    for para in text.split('\n\n'):
        lines = [_h.escape(l) for l in para.split('\n')]
        if all(l.startswith('&gt;') for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + '<br>\n'.join(l.lstrip('&gt; ') if False else l for l in lines) + '</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    return '\n'.join(out)

def boundary_ses():
    return f'----=_Part_{R.randint(1000000, 9999999)}_{R.randint(100000000, 999999999)}.{R.randint(1700000000000, 1760000000000)}'

def boundary_gmail():
    return '000000000000' + rhex(16)

def boundary_outlook():
    return f'_000_{ralnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}_'

# ---------------------------------------------------------------- quoting styles

def q_gt(text, depth=1):
    pre = '> ' * depth
    return '\n'.join((pre.rstrip() if not l else pre + l) for l in text.split('\n'))

def q_gmail_en(d, name, a, text):
    s = d.strftime('%a, %b %-d, %Y at %-I:%M %p')
    return f'On {s} {name} <{a}> wrote:\n\n{q_gt(text)}'

WD_JA = '月火水木金土日'

def q_gmail_ja(d, name, a, text):
    s = f'{d.year}年{d.month}月{d.day}日({WD_JA[d.weekday()]}) {d.hour}:{d.minute:02d}'
    return f'{s} {name} <{a}>:\n\n{q_gt(text)}'

def q_outlook_en(d, frm, to, subject, text):
    s = d.strftime('%A, %B %-d, %Y %-I:%M %p')
    return (f'________________________________\nFrom: {frm}\nSent: {s}\nTo: {to}\n'
            f'Subject: {subject}\n\n{text}')

def q_outlook_ja(d, frm, to, subject, text):
    s = f'{d.year}年{d.month}月{d.day}日 {d.hour}:{d.minute:02d}'
    return (f'________________________________\n差出人: {frm}\n送信日時: {s}\n宛先: {to}\n'
            f'件名: {subject}\n\n{text}')

def q_original(d, frm, to, subject, text):
    s = d.strftime('%A, %B %-d, %Y %-I:%M %p')
    return (f'-----Original Message-----\nFrom: {frm}\nSent: {s}\nTo: {to}\n'
            f'Subject: {subject}\n\n{text}')

# ---------------------------------------------------------------- trace + authentication

SES_IPS = ['54.240.8.21', '54.240.8.47', '54.240.9.32', '54.240.11.108', '54.240.27.12',
           '54.240.48.94', '54.240.51.11', '23.251.226.4', '54.240.4.8']

def ses_host(ip):
    a, b, c, d_ = ip.split('.')
    if ip.startswith('23.251'):
        return f'e226-4.smtp-out.us-east-2.amazonses.com'
    return f'a{c}-{d_}.smtp-out.amazonses.com'

AMAZON_SEL = 'lkjmldywcl4xw7hbfq63hqasbeaxr7mq'   # selector string in amazon.com DKIM lines
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'

def dkim_sig(d_, sel, signed_at, headers='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    t = epoch(signed_at)
    return (f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            f'\ts={sel}; d={d_}; t={t};\n'
            f'\th={headers};\n'
            f'\tbh={rb64(32)};\n'
            f'\tb={fold_b64(rb64(128))}')

def ar_text(style, res, authserv=None):
    """res: dict with keys spf=(result, mailfrom, ip), dkim=[(result, domain, selector)],
    dmarc=(result, from_domain, policy) or None."""
    spf = res.get('spf')
    dk = res.get('dkim', [])
    dm = res.get('dmarc')
    if style == 'gmail':
        parts = []
        for r_, dom, sel in dk:
            parts.append(f'dkim={r_} header.i=@{dom} header.s={sel} header.b={rb64(6)[:8]}')
        if spf:
            r_, mf, ip = spf
            verb = {'pass': 'designates', 'softfail': 'does not designate',
                    'neutral': 'is neither permitted nor denied by best guess record for domain of',
                    'fail': 'does not designate'}[r_]
            if r_ == 'neutral':
                parts.append(f'spf=neutral (google.com: {ip} {verb} {mf}) smtp.mailfrom={mf}')
            else:
                tail = 'permitted sender' if r_ == 'pass' else 'permitted sender'
                parts.append(f'spf={r_} (google.com: domain of {mf} {verb} {ip} as {tail}) smtp.mailfrom={mf}')
        if dm:
            r_, fd, pol = dm
            dis = 'NONE' if r_ == 'pass' else pol
            parts.append(f'dmarc={r_} (p={pol} sp={pol} dis={dis}) header.from={fd}')
        return 'mx.google.com;\n       ' + ';\n       '.join(parts)
    if style == 'outlook':
        parts = []
        if spf:
            r_, mf, ip = spf
            parts.append(f'spf={r_} (sender IP is {ip})\n smtp.mailfrom={mf.split("@")[-1]}')
        for r_, dom, sel in dk[:1]:
            why = 'signature was verified' if r_ == 'pass' else 'body hash did not verify'
            parts.append(f'dkim={r_} ({why})\n header.d={dom}')
        if not dk:
            parts.append('dkim=none (message not signed)\n header.d=none')
        if dm:
            r_, fd, pol = dm
            act = 'none' if r_ == 'pass' else ('quarantine' if pol == 'QUARANTINE' else 'none')
            ca = 'pass\n reason=100' if r_ == 'pass' else 'fail\n reason=000'
            parts.append(f'dmarc={r_} action={act} header.from={fd};compauth={ca}')
        return ';'.join(parts[:1]) + '; ' + ';'.join(parts[1:])
    # generic (Japanese providers, corporate gateways)
    parts = []
    if spf:
        r_, mf, ip = spf
        parts.append(f'spf={r_} smtp.mailfrom={mf}')
    for r_, dom, sel in dk:
        parts.append(f'dkim={r_} header.d={dom} header.s={sel}')
    if dm:
        r_, fd, pol = dm
        parts.append(f'dmarc={r_} header.from={fd}')
    return f'{authserv};\n\t' + ';\n\t'.join(parts)

def ses_auth(mf, ip, dmarc=True, amazon_dkim='pass', from_dom='amazon.com'):
    res = {'dkim': [(amazon_dkim, from_dom, AMAZON_SEL), ('pass', 'amazonses.com', SES_SEL)],
           'spf': ('pass', mf, ip)}
    if dmarc:
        res['dmarc'] = ('pass' if amazon_dkim == 'pass' else 'fail', from_dom, 'QUARANTINE')
    return res

def trace(provider, to, sent, mailfrom, ip, helo, res, authserv=None, delay=3):
    """Provider-added headers (topmost first).  Returns list of (name, value)."""
    recv = later(sent, seconds=delay)
    h = []
    if provider == 'gmail':
        rt = recv.astimezone(PDT if 3 <= recv.month <= 10 else PST)
        tzn = '(PDT)' if 3 <= recv.month <= 10 else '(PST)'
        smtpid = ralnum(20)
        h.append(('Delivered-To', to))
        h.append(('Received', f'by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(6)}csp{R.randint(100000,999999)}{ralnum(3)};\n'
                              f'        {rdate(rt)} {tzn}'))
        h.append(('X-Google-Smtp-Source', f'AGHT+I{rb64(60)[:78]}'))
        h.append(('X-Received', f'by 2002:a05:620a:{rhex(4)}:b0:7c5:{rhex(3)}:{rhex(4)} with SMTP id af79cd13be357-{rhex(11)}mr{R.randint(100000,999999)}{ralnum(3)}.{R.randint(10,99)}.{epoch(recv)}{R.randint(100,999)};\n'
                                f'        {rdate(rt)} {tzn}'))
        h.append(('ARC-Seal', f'i=1; a=rsa-sha256; t={epoch(recv)}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b64(rb64(190), 66, "        ")}'))
        h.append(('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
                  f'        h=mime-version:subject:message-id:to:from:date:dkim-signature\n         :dkim-signature;\n'
                  f'        bh={rb64(32)};\n        fh={rb64(32)};\n        b={fold_b64(rb64(190), 66, "        ")}'))
        h.append(('ARC-Authentication-Results', 'i=1; ' + ar_text('gmail', res)))
        h.append(('Return-Path', f'<{mailfrom}>'))
        h.append(('Received', f'from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id d75a77b69052e-{rhex(11)}si{R.randint(1000000,9999999)}{ralnum(3)}.{R.randint(100,999)}.{rt.strftime("%Y.%m.%d.%H.%M.%S")}\n'
                              f'        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
                              f'        {rdate(rt)} {tzn}'))
        spf = res.get('spf')
        if spf:
            r_, mf, ip_ = spf
            h.append(('Received-SPF', f'{r_} (google.com: domain of {mf} designates {ip_} as permitted sender) client-ip={ip_};'
                      if r_ == 'pass' else f'{r_} (google.com: domain of transitioning {mf} does not designate {ip_} as permitted sender) client-ip={ip_};'))
        h.append(('Authentication-Results', ar_text('gmail', res)))
    elif provider == 'outlook':
        rt = recv.astimezone(UTC)
        srv = f'TY{R.choice(["CP","WP","SP"])}{R.randint(280,301)}MB{R.randint(1000,9999)}.JPNP{R.randint(280,301)}.PROD.OUTLOOK.COM'
        edge = f'OS{R.randint(1,3)}PEPF{R.randint(10000000,99999999):08d}.JPNP{R.randint(280,301)}.PROD.OUTLOOK.COM'
        h.append(('Received', f'from {srv} (::1) by\n {srv.replace("MB"+srv.split("MB")[1].split(".")[0], "MB"+str(R.randint(1000,9999)))} with HTTPS; {rt.strftime("%a, %-d %b %Y %H:%M:%S +0000")}'))
        h.append(('Received', f'from TYAPR01CA{R.randint(1000,9999)}.jpnprd01.prod.outlook.com\n (2603:1096:404:{rhex(2)}::{rhex(2)}) by {srv} (2603:1096:604:{rhex(3)}::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,8999)}.{R.randint(10,40)}; {rt.strftime("%a, %-d %b %Y %H:%M:%S +0000")}'))
        h.append(('Authentication-Results', ar_text('outlook', res)))
        spf = res.get('spf')
        if spf:
            r_, mf, ip_ = spf
            dom = mf.split('@')[-1]
            h.append(('Received-SPF', f'{r_.capitalize()} (protection.outlook.com: domain of {dom} designates\n {ip_} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip_}; helo={helo}; pr=C'
                      if r_ == 'pass' else f'{r_.capitalize()} (protection.outlook.com: domain of {dom} does not\n designate {ip_} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip_}; helo={helo};'))
        h.append(('Received', f'from {helo} ({ip}) by\n {edge} (10.167.{R.randint(240,250)}.{R.randint(1,99)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,8999)}.{R.randint(10,40)}\n via Frontend Transport; {rt.strftime("%a, %-d %b %Y %H:%M:%S +0000")}'))
        h.append(('X-MS-Exchange-Organization-ExpirationStartTime', f'{rt.strftime("%d %b %Y %H:%M:%S.")}{R.randint(1000,9999)} (UTC)'))
        h.append(('X-MS-Exchange-Organization-Network-Message-Id', ruuid()))
        h.append(('X-MS-Exchange-Organization-SCL', '1' if res.get('dmarc', ('pass',))[0] == 'pass' else '5'))
        h.append(('Return-Path', mailfrom))
    elif provider == 'noauth':   # small provider / on-prem relay that adds no Authentication-Results
        rt = recv.astimezone(JST)
        h.append(('Return-Path', f'<{mailfrom}>'))
        h.append(('Received', f'from mail-gw02.{authserv} (mail-gw02.{authserv} [10.20.4.12])\n\tby mbox.{authserv} (8.15.2/8.15.2) with ESMTP id 5{ralnum(9, "0123456789ABCDEF")};\n\t{rdate(rt)}'))
        h.append(('Received', f'from {helo} ({helo} [{ip}])\n\tby mail-gw02.{authserv} (8.15.2/8.15.2) with ESMTPS id 5{ralnum(9, "0123456789ABCDEF")}\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO)\n\tfor <{to}>; {rdate(rt)}'))
    else:  # generic provider: authserv given, e.g. 'mx.nifty.com'
        rt = recv.astimezone(JST)
        mx = authserv
        h.append(('Return-Path', f'<{mailfrom}>'))
        h.append(('Delivered-To', to))
        h.append(('Received', f'from {mx} (localhost [127.0.0.1])\n\tby mbox{R.randint(10,99)}.{authserv.split(".",1)[-1]} (Postfix) with ESMTP id {ralnum(10,"0123456789ABCDEF")}\n\tfor <{to}>; {rdate(rt)}'))
        h.append(('Authentication-Results', ar_text('generic', res, authserv)))
        h.append(('Received', f'from {helo} ({helo} [{ip}])\n\tby {mx} with ESMTPS id {ralnum(12, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")}\n\tfor <{to}>; {rdate(rt)}'))
    return h

def ses_sender_headers(sent, from_dom='amazon.com', dkim=True):
    h = []
    if dkim:
        h.append(('DKIM-Signature', dkim_sig(from_dom, AMAZON_SEL if from_dom == 'amazon.com' else ralnum(32), sent)))
        h.append(('DKIM-Signature', dkim_sig('amazonses.com', SES_SEL, sent,
                                             'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')))
    return h

# ---------------------------------------------------------------- assembling

MAILS = []

def make(body, hdrs):
    """body: MIME object (without MIME-Version), hdrs: ordered list of (name, value)."""
    if 'MIME-Version' in body:
        del body['MIME-Version']
    raw = body.as_bytes()
    head, _, rest = raw.partition(b'\n\n')
    lines = [f'{k}: {v}' for k, v in hdrs] + ['MIME-Version: 1.0']
    return ('\n'.join(lines)).encode('ascii') + b'\n' + head + b'\n\n' + rest

ID_RE = re.compile(r'(?<![A-Za-z0-9])AWS[ \-]?(\d{8})(?!\d)', re.I)

def ids_in(text):
    t = unicodedata.normalize('NFKC', text)
    return sorted({'AWS' + m for m in ID_RE.findall(t)})

def add(slug, kind, case_id, lang, sv, body, hdrs, new, expect_ids=None):
    n = len(MAILS) + 1
    name = f'{n:03d}-{slug}.eml'
    ids = ids_in(new)
    if expect_ids is not None:
        assert sorted(expect_ids) == ids, (name, expect_ids, ids)
    label = {'kind': kind, 'case_id': case_id, 'account_ids': ids,
             'sender_verified': sv, 'language': lang}
    MAILS.append((name, make(body, hdrs), label))

# common header sets -------------------------------------------------------

def aws_headers(sent, to, subject, frm='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
                provider='gmail', authserv=None, res=None, extra=(), reply_to=None, ip=None, dkim=True):
    sid = ses_id(sent)
    mf = f'{sid}@amazonses.com'
    ip = ip or R.choice(SES_IPS)
    helo = ses_host(ip)
    res = res if res is not None else ses_auth(mf, ip)
    h = []
    if provider:
        h += trace(provider, to.split('<')[-1].rstrip('>'), sent, mf, ip, helo, res, authserv)
    h += ses_sender_headers(sent, dkim=dkim)
    h += [('Date', rdate(sent.astimezone(UTC)).replace('-0000', '+0000')),
          ('From', frm), ('To', to)]
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('Message-ID', f'<{sid}@email.amazonses.com>'), ('Subject', subject)]
    h += list(extra)
    h += [('Feedback-ID', f'::1.us-east-1.{rb64(30)[:43]}=:AmazonSES'),
          ('X-SES-Outgoing', sent.astimezone(UTC).strftime('%Y.%m.%d-') + ip)]
    return h

# =====================================================================
# MAILS
# =====================================================================

# ---------------------------------------------------------------- thread T1: 山本 美咲, form case, Japanese
T1_USER = 'misaki.yamamoto.0412@gmail.com'
T1_TO = addr('山本 美咲', T1_USER, 'UTF-8')
T1_OPEN = dt('2025-05-27 09:14:05')
T1_CASE = case15(T1_OPEN)
FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
FORM_SUBJ = f'RE:[CASE {T1_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
T1_FORM = (f'Inquiry type: Certification\n'
           f'Detail: Account Merge\n'
           f'AWS candidate ID: AWS07719350\n'
           f'Name: 山本 美咲\n'
           f'Email: {T1_USER}\n'
           f'Description: 前職の会社アドレスで作成した認定アカウント（AWS04417823）と、現在使っているアカウント（AWS07719350）があります。'
           f'ひとつにまとめていただくことは可能でしょうか。よろしくお願いいたします。')

# 001 case_created, ISO-2022-JP, plain only
s = later(T1_OPEN, seconds=4)
new = f"""山本 美咲 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
下記のとおりお問い合わせを承りました。

　ケース番号　　　：{T1_CASE}
　お問い合わせ種別：認定 (Certification)
　AWS 認定受験者 ID：AWS07719350

内容を拝見のうえ、担当者より原則 24 時間以内にご連絡いたします。
同じご依頼で新たにお問い合わせを作成されますと、ご案内が遅れる場合がございますので、
追加の情報がある場合は本メールにそのままご返信ください。

※本メールはシステムより自動送信されています。

--
Amazon Web Services トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/training/
"""
body = leaf(new, charset='iso-2022-jp', cte='7bit')
subj = ew('AWS トレーニングと認定 お問い合わせ受付のお知らせ', 'ISO-2022-JP', 'B', prefix=f'[CASE {T1_CASE}] ')
add('ja-form-receipt-yamamoto', 'case_created', T1_CASE, 'ja', True, body,
    aws_headers(s, T1_TO, subj, FORM_FROM), new, ['AWS07719350'])

# 002 support_reply: which account to keep (UTF-8 QP, alternative)
s = dt('2025-05-28 08:02:17')
new = f"""山本 美咲 様

AWS トレーニングと認定サポートの佐々木でございます。
お問い合わせいただき、ありがとうございます。

いただいた内容から、お客様名義の認定アカウントが下記の 2 つ存在していることを把握いたしました。

・AWS04417823（登録メールアドレス：m.yamamoto@ で始まる旧勤務先のアドレス）
・AWS07719350（登録メールアドレス：{T1_USER}）

お手続きにあたり、今後お使いになるアカウントをどちらか一方お選びいただけますでしょうか。
お選びいただいたアカウントに、もう一方のアカウントの認定資格と受験履歴を移す形となります。

お手数ではございますが、本メールへのご返信にてお知らせくださいますようお願い申し上げます。

佐々木 由美
Amazon Web Services トレーニングと認定 カスタマーサポート"""
old = q_original(T1_OPEN, T1_USER, 'aws-cs-trainingcertification-form@amazon.com',
                 '[AWS Training and Certification Form Submission] - account-assistance', T1_FORM)
text = new + '\n\n' + old + '\n'
body = alt(leaf(text, charset='utf-8', cte='quoted-printable'),
           leaf(html_wrap(p2html(text), lang='ja'), 'html', 'utf-8', 'quoted-printable'), boundary_ses())
add('ja-agent-asks-which-to-keep', 'support_reply', T1_CASE, 'ja', True, body,
    aws_headers(s, T1_TO, FORM_SUBJ, FORM_FROM), new, ['AWS04417823', 'AWS07719350'])

# 003 merge_confirmation_requested: ISO-2022-JP, nested quoting
s = dt('2025-05-29 10:31:44')
u1 = dt('2025-05-28 21:40:00')
user_reply = f"""佐々木様

ご連絡ありがとうございます。
今後は AWS07719350 の方を使いたいと考えています。
どうぞよろしくお願いいたします。

山本

{q_gmail_ja(s.replace(day=28, hour=8, minute=2), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
            'いただいた内容から、お客様名義の認定アカウントが下記の 2 つ存在していることを把握いたしました。' + chr(10) + chr(10) + '・AWS04417823' + chr(10) + '・AWS07719350')}"""
new = """山本 美咲 様

お世話になっております。AWS トレーニングと認定サポートの佐々木です。
ご返信いただきありがとうございます。

お知らせいただいた内容をもとに、下記のとおりお手続きを行う予定です。

　移行元（お手続き後はご利用いただけません）：AWS04417823
　移行先（引き続きご利用いただけます）　　　：AWS07719350

移行元アカウントで取得された認定資格、受験履歴、特典（次回受験の割引バウチャー等）は、
すべて移行先アカウントへ移されます。
なお、本手続きは一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

上記の内容で差し支えございませんでしたら、その旨を本メールへのご返信にてお知らせください。
ご返信をいただいてから作業に着手いたします。

佐々木 由美
Amazon Web Services トレーニングと認定 カスタマーサポート"""
text = new + '\n\n' + q_gmail_ja(u1, '山本 美咲', T1_USER, user_reply) + '\n'
body = leaf(text, charset='iso-2022-jp', cte='7bit')
add('ja-agent-lists-source-and-target', 'merge_confirmation_requested', T1_CASE, 'ja', True, body,
    aws_headers(s, T1_TO, FORM_SUBJ, FORM_FROM), new, ['AWS04417823', 'AWS07719350'])

# 004 support_reply: thanks, we will now proceed (UTF-8 base64, plain)
s = dt('2025-05-29 17:05:09')
u2 = dt('2025-05-29 12:18:00')
new = """山本 美咲 様

ご返信ありがとうございます。内容承知いたしました。
これより担当部署にてお手続きを進めてまいります。

作業には通常 2〜3 営業日ほどお時間をいただいております。
終わり次第、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。

佐々木 由美
Amazon Web Services トレーニングと認定 カスタマーサポート"""
user = """佐々木様

記載の内容で問題ありません。移行元 AWS04417823、移行先 AWS07719350 でお願いします。

山本"""
text = new + '\n\n' + q_gmail_ja(u2, '山本 美咲', T1_USER, user) + '\n'
body = leaf(text, charset='utf-8', cte='base64')
add('ja-agent-will-proceed', 'support_reply', T1_CASE, 'ja', True, body,
    aws_headers(s, T1_TO, FORM_SUBJ, FORM_FROM), new, [])

# 005 merge_completed: ISO-2022-JP, alternative
s = dt('2025-05-31 11:47:52')
new = """山本 美咲 様

いつもお世話になっております。AWS トレーニングと認定サポートの佐々木です。
大変お待たせいたしました。

ご依頼いただいておりましたお手続きは本日すべて終わりました。
旧アカウント AWS04417823 の認定資格と受験履歴は、AWS07719350 のアカウントへ移っております。
今後は AWS07719350 にサインインのうえ、認定資格の一覧をご覧ください。
AWS04417823 ではサインインいただけなくなりますのでご注意ください。

Credly のデジタルバッジにつきましては、数日以内に新しいアカウント宛てにあらためて発行されます。

ほかにご不明な点がございましたら、お気軽にお申し付けください。

佐々木 由美
Amazon Web Services トレーニングと認定 カスタマーサポート"""
text = new + '\n'
body = alt(leaf(text, charset='iso-2022-jp', cte='7bit'),
           leaf(html_wrap(p2html(text), lang='ja').replace('charset=utf-8', 'charset=iso-2022-jp'),
                'html', 'iso-2022-jp', '7bit'), boundary_ses())
add('ja-accounts-now-one', 'merge_completed', T1_CASE, 'ja', True, body,
    aws_headers(s, T1_TO, FORM_SUBJ, FORM_FROM), new, ['AWS04417823', 'AWS07719350'])

# 006 survey: closure + rating (UTF-8 base64, plain + html)
s = dt('2025-05-31 11:48:30')
url = f'https://aws-tc-feedback.amazon.com/survey?caseId={T1_CASE}&lang=ja&t={rhex(24)}'
new = f"""山本 美咲 様

AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
お問い合わせ（ケース ID：{T1_CASE}）は解決済みとしてクローズいたしました。

今後のサービス向上のため、今回の対応についてお客様のご意見をお聞かせください。
所要時間は 1 分ほどです。

　問題は解決しましたか？
　　はい：{url}&a=yes
　　いいえ：{url}&a=no

担当者の対応を 5 段階で評価していただくこともできます。
いただいたご意見は、サポート品質の改善にのみ使用いたします。

Amazon Web Services トレーニングと認定"""
html = html_wrap(f"""<table width="600" cellpadding="0" cellspacing="0" style="margin:auto">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="30"></td></tr>
<tr><td style="padding:24px">
<p>山本 美咲 様</p>
<p>AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。<br>
お問い合わせ（ケース ID：{T1_CASE}）は解決済みとしてクローズいたしました。</p>
<p>今後のサービス向上のため、今回の対応についてお客様のご意見をお聞かせください。所要時間は 1 分ほどです。</p>
<p style="font-weight:bold">問題は解決しましたか？</p>
<p><a href="{url}&amp;a=yes" style="background:#ec7211;color:#fff;padding:8px 24px;text-decoration:none">はい</a>
&nbsp; <a href="{url}&amp;a=no" style="background:#545b64;color:#fff;padding:8px 24px;text-decoration:none">いいえ</a></p>
<p>担当者の対応を 5 段階で評価していただくこともできます。<br>いただいたご意見は、サポート品質の改善にのみ使用いたします。</p>
<p>Amazon Web Services トレーニングと認定</p>
</td></tr></table>""", lang='ja')
body = alt(leaf(new + '\n', charset='utf-8', cte='base64'), leaf(html, 'html', 'utf-8', 'base64'), boundary_ses())
subj = ew('ご意見をお聞かせください', 'UTF-8', 'B', prefix=f'[CASE {T1_CASE}] ')
add('ja-closed-please-share-opinion', 'survey', T1_CASE, 'ja', True, body,
    aws_headers(s, T1_TO, subj, FORM_FROM), new, [])

# ---------------------------------------------------------------- Credly helpers
def credly_headers(sent, to, subject, provider='gmail', authserv=None, res=None,
                   frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                   from_dom='credly.com', mf_dom='em7215.credly.com', ip='149.72.123.24',
                   helo='o1.ptr2187.credly.com', extra=()):
    local = to.split('<')[-1].rstrip('>')
    mf = f'bounces+2187034-{rhex(4)}-{local.replace("@", "=")}@{mf_dom}'
    res = res if res is not None else {
        'dkim': [('pass', from_dom, 's1'), ('pass', 'sendgrid.info', 'smtpapi')],
        'spf': ('pass', mf, ip), 'dmarc': ('pass', from_dom, 'QUARANTINE')}
    h = trace(provider, local, sent, mf, ip, helo, res, authserv) if provider else []
    h += [('DKIM-Signature', dkim_sig(from_dom, 's1', sent, 'content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to')),
          ('DKIM-Signature', dkim_sig('sendgrid.info', 'smtpapi', sent, 'content-type:from:mime-version:subject:x-feedback-id:to:cc')),
          ('Date', rdate(sent.astimezone(UTC)).replace('-0000', '+0000')),
          ('From', frm), ('To', to), ('Subject', subject),
          ('Message-ID', f'<{ralnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}@geopod-ismtpd-{R.randint(1,30)}>'),
          ('X-Feedback-ID', '2187034:SG'),
          ('X-SG-EID', rb64(90))]
    h += list(extra)
    return h

def credly_html(greet, lead, badge, button, foot, lang='en', badge_id=None):
    badge_id = badge_id or ruuid()
    return html_wrap(f"""<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/assets/credly_logo-{rhex(32)}.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 32px"><p style="font-size:16px">{greet}</p><p>{lead}</p></td></tr>
<tr><td align="center" style="padding:16px"><img src="https://images.credly.com/size/340x340/images/{ruuid()}/image.png" width="170" alt="{badge}"><br><strong>{badge}</strong></td></tr>
<tr><td align="center" style="padding:8px 32px 24px"><a href="https://www.credly.com/badges/{badge_id}/accept?utm_medium=email&amp;utm_source=badge_issued" style="background:#ff6b00;border-radius:4px;color:#ffffff;display:inline-block;font-weight:bold;padding:12px 28px;text-decoration:none">{button}</a></td></tr>
<tr><td style="padding:0 32px 24px;font-size:12px;color:#767676">{foot}</td></tr>
</table></td></tr></table>""", lang=lang)

# 007 credly_badge_issued, Japanese, HTML only (UTF-8 QP)
s = dt('2025-06-02 03:12:40', UTC)
html = credly_html('山本 美咲 様',
                   'Amazon Web Services Training and Certification から、あなたの新しいデジタルバッジが発行されました。'
                   '下のボタンからバッジを受け取り、LinkedIn などで実績を共有しましょう。',
                   'AWS Certified Solutions Architect – Associate', 'バッジを受け取る',
                   'このメールは Credly (Pearson) から送信されています。配信設定は <a href="https://www.credly.com/earner/settings/notifications">通知設定</a> から変更できます。<br>Credly, Inc. 13921 Park Center Road, Suite 200, Herndon, VA 20171, USA', 'ja')
new = re.sub(r'<[^>]+>', ' ', html)
body = leaf(html, 'html', 'utf-8', 'quoted-printable')
subj = ew('Amazon Web Services Training and Certification からバッジが届いています', 'UTF-8', 'B')
add('ja-credly-badge-arrived', 'credly_badge_issued', None, 'ja', True, body,
    credly_headers(s, T1_TO, subj), new, [])


# ---------------------------------------------------------------- thread T2: Daniel Kim, console case, English
T2_USER = 'dkim.cloud@outlook.com'
T2_TO = T2_USER
T2_OPEN = dt('2025-03-18 23:22:31')
T2_CASE = case15(T2_OPEN)
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
T2_SUBJ = 'Merge two AWS Certification accounts'

def console_footer_en(case):
    return (f"""===================================================================

To see all the correspondence on your case or to reply, please visit: https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210""")

RATE_EN = ("We value your feedback. Please share your experience by rating this correspondence using the AWS "
           "Support Center link at the end of this correspondence. Each correspondence can also be rated by "
           "selecting the stars in top right corner of each correspondence within the AWS Support Center.")

# 008 case_created (console, EN, QP alternative)
s = later(T2_OPEN, seconds=6)
new = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {T2_CASE} to address your issue.

The details of your case are as follows:

Case ID: {T2_CASE}
Subject: {T2_SUBJ}
Severity: General guidance
Correspondence: Hi, I ended up with two certification accounts - AWS10293847 (registered with my old work email) and AWS20384756 (personal). Could you please bring everything into the personal one? Thanks, Daniel

You can view the case and add correspondence at any time in the AWS Support Center.

Best regards,
Amazon Web Services

{console_footer_en(T2_CASE)}"""
html = html_wrap(p2html(new).replace(f'displayId={T2_CASE}&amp;language=en',
                                    f'<a href="https://console.aws.amazon.com/support/home#/case/?displayId={T2_CASE}&amp;language=en">displayId={T2_CASE}</a>'))
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'), boundary_ses())
add('en-console-case-opened', 'case_created', T2_CASE, 'en', True, body,
    aws_headers(s, T2_TO, f'Amazon Web Services: You have opened a new Support case: {T2_CASE}', NOREPLY,
                provider='outlook'), new, ['AWS10293847', 'AWS20384756'])

# 009 support_reply: asks sign-in e-mails (console, EN)
s = dt('2025-03-19 17:48:02')
new = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification Support. My name is Marcus and I'll be assisting you with this case.

I was able to locate both candidate profiles you mentioned. Before anything can be changed on our side, I need a couple of details so we can verify that both belong to you:

1. The e-mail address you use to sign in to each profile (AWS10293847 and AWS20384756).
2. The notification e-mail address shown under "Profile" for each of them, if it differs from the sign-in address.

Please note that at the end of this process only one profile remains; the other one is deactivated. You mentioned you'd like to keep the personal one - I'll take that into account.

Once I have this information I'll be able to move forward.

{RATE_EN}

Best regards,
Marcus T.
Amazon Web Services

{console_footer_en(T2_CASE)}"""
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html_wrap(p2html(new)), 'html', cte='quoted-printable'), boundary_ses())
add('en-console-agent-needs-signin-emails', 'support_reply', T2_CASE, 'en', True, body,
    aws_headers(s, T2_TO, f'RE:[CASE {T2_CASE}] {T2_SUBJ}', NOREPLY, provider='outlook'), new,
    ['AWS10293847', 'AWS20384756'])

# 010 merge_confirmation_requested (native EN, avoids the obvious words)
s = dt('2025-03-20 16:05:40')
new = f"""Hi Daniel,

Thanks for getting back to me with those details - everything checks out.

Here is exactly what will happen, so you can look it over before anything is changed:

  - Profile to be retired:  AWS 10293847 (daniel.kim@northwind-analytics.com)
  - Profile that stays:     AWS 20384756 ({T2_USER})

All certifications, exam history and any unused benefits on the retired profile will be moved over to the one that stays, and you'll sign in with {T2_USER} from then on. Please be aware this can't be reversed once it's been carried out.

If that all looks right, just reply on this case to let me know and I'll hand it over to our back-end team. If anything is off, tell me what should change.

{RATE_EN}

Best regards,
Marcus T.
Amazon Web Services

{console_footer_en(T2_CASE)}"""
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html_wrap(p2html(new)), 'html', cte='quoted-printable'), boundary_ses())
add('en-console-look-it-over-before-change', 'merge_confirmation_requested', T2_CASE, 'en', True, body,
    aws_headers(s, T2_TO, f'RE:[CASE {T2_CASE}] {T2_SUBJ}', NOREPLY, provider='outlook'), new,
    ['AWS10293847', 'AWS20384756'])

# 011 merge_completed (EN)
s = dt('2025-03-22 03:31:12')
new = f"""Hello Daniel,

Good news: your two certification profiles are now one. Everything that used to sit under AWS10293847 is showing under AWS20384756, including your AWS Certified Developer - Associate and AWS Certified Cloud Practitioner, together with the 50% exam benefit that had not been used yet.

You may need to sign out of the Certification Account and back in before the changes are visible. Credly badges can take up to 48 hours to appear in the Credly account linked to {T2_USER}.

If you notice anything missing, just reply on this case within the next 7 days.

{RATE_EN}

Best regards,
Marcus T.
Amazon Web Services

{console_footer_en(T2_CASE)}"""
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html_wrap(p2html(new)), 'html', cte='quoted-printable'), boundary_ses())
add('en-console-profiles-are-now-one', 'merge_completed', T2_CASE, 'en', True, body,
    aws_headers(s, T2_TO, f'RE:[CASE {T2_CASE}] {T2_SUBJ}', NOREPLY, provider='outlook'), new,
    ['AWS10293847', 'AWS20384756'])

# 012 survey (console resolved + rating)
s = dt('2025-03-29 03:40:00')
surl = f'https://console.aws.amazon.com/support/feedback?caseId=case-{rhex(12)}-{ralnum(4)}-2025-{rhex(16)}&displayId={T2_CASE}'
new = f"""Hello,

We've marked your case {T2_CASE}, "{T2_SUBJ}", as resolved because there has been no further activity on it.
If you're happy with the outcome, no further action is needed.

How did we do?
Was your issue resolved?  Yes: {surl}&resolved=yes   No: {surl}&resolved=no

Your answers take less than a minute and go directly to the AWS Support team.

If the issue persists, you can reopen this case within 14 days from the Support Center.

Best regards,
Amazon Web Services

{console_footer_en(T2_CASE)}"""
html = html_wrap(f"""<div style="max-width:600px;margin:auto">
<div style="background:#232f3e;padding:14px 20px;color:#fff;font-size:18px">AWS Support</div>
<div style="padding:20px">
<p>Hello,</p>
<p>We've marked your case <b>{T2_CASE}</b>, &quot;{T2_SUBJ}&quot;, as resolved because there has been no further activity on it.<br>If you're happy with the outcome, no further action is needed.</p>
<h3 style="margin-bottom:4px">How did we do?</h3>
<p>Was your issue resolved?</p>
<p><a href="{surl}&amp;resolved=yes" style="background:#0972d3;color:#fff;padding:8px 28px;border-radius:16px;text-decoration:none">Yes</a>
&nbsp;&nbsp;<a href="{surl}&amp;resolved=no" style="background:#fff;color:#0972d3;border:2px solid #0972d3;padding:6px 28px;border-radius:16px;text-decoration:none">No</a></p>
<p style="color:#5f6b7a">Your answers take less than a minute and go directly to the AWS Support team.</p>
<p>If the issue persists, you can <a href="https://console.aws.amazon.com/support/home#/case/?displayId={T2_CASE}&amp;language=en">reopen this case</a> within 14 days.</p>
<p>Best regards,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#879596">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</div></div>""")
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'), boundary_ses())
add('en-console-resolved-how-did-we-do', 'survey', T2_CASE, 'en', True, body,
    aws_headers(s, T2_TO, f'Amazon Web Services: Your support case {T2_CASE} has been resolved', NOREPLY,
                provider='outlook'), new, [])


# ---------------------------------------------------------------- thread T3: 鈴木 大輔, 11-digit form case 2022, Shift_JIS
T3_USER = 'd-suzuki@nifty.com'
T3_TO = addr('鈴木 大輔', T3_USER, 'ISO-2022-JP')
T3_CASE = '10264587321'
T3_OPEN = dt('2022-09-12 13:05:11')
T3_SUBJ = f'RE:[CASE {T3_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
NIFTY = 'mx.nifty.com'

# 013 case_created: terse Shift_JIS notice, base64
s = later(T3_OPEN, seconds=9)
new = f"""※本メールは送信専用アドレスから自動でお送りしています。

お問い合わせ番号：{T3_CASE}
受付日時：2022/09/12 13:05

お問い合わせを受け付けました。
担当部署より順次ご連絡いたします。今しばらくお待ちください。

―――――――――――――――――――――――――
AWS Training and Certification
―――――――――――――――――――――――――
"""
body = leaf(new, charset='Shift_JIS', cte='base64', codec='cp932')
subj = ew('お問い合わせを受け付けました', 'Shift_JIS', 'B', prefix=f'[CASE {T3_CASE}] ')
add('ja-sjis-terse-receipt', 'case_created', T3_CASE, 'ja', True, body,
    aws_headers(s, T3_TO, subj, FORM_FROM, provider='generic', authserv=NIFTY), new, [])

# 014 support_reply: asks sign-in addresses for three accounts, Shift_JIS 8bit
s = dt('2022-09-13 10:20:33')
new = """鈴木 大輔 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの田中と申します。

お問い合わせいただいた件につきまして、調査いたしましたところ、
お客様のお名前で以下の 3 つの認定アカウントが登録されておりました。

　AWS01987732
　AWS03321457
　AWS05540012

お手続きを進めるにあたり、恐れ入りますが下記 2 点をお知らせいただけますでしょうか。

　1. 各アカウントのサインインに使用しているメールアドレス
　2. 今後お使いになる予定のアカウント

なお、同一のご依頼で別のお問い合わせを作成されますと、かえってお時間をいただくことになりますので、
本メールへのご返信にてお知らせくださいますようお願いいたします。

よろしくお願い申し上げます。

田中 誠
AWS Training and Certification カスタマーサポート"""
old = q_original(T3_OPEN, T3_USER, 'aws-cs-trainingcertification-form@amazon.com',
                 '[AWS Training and Certification Form Submission] - account-assistance',
                 'Inquiry type: Certification\nDetail: Account Merge\nAWS candidate ID: AWS05540012\n'
                 'Description: 認定アカウントが複数あるようです。SAA を取得したアカウントと DVA を取得したアカウントが別々になっています。1 つにしたいです。')
text = new + '\n\n' + old + '\n'
body = leaf(text, charset='Shift_JIS', cte='8bit', codec='cp932')
add('ja-sjis-agent-asks-signin-addresses', 'support_reply', T3_CASE, 'ja', True, body,
    aws_headers(s, T3_TO, T3_SUBJ, FORM_FROM, provider='generic', authserv=NIFTY), new,
    ['AWS01987732', 'AWS03321457', 'AWS05540012'])

# 015 support_reply: chaser, Shift_JIS base64, quotes 014
s = dt('2022-09-20 09:02:10')
new = """鈴木 大輔 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの田中です。

9 月 13 日にお送りしたご連絡につきまして、その後いかがでしょうか。
現時点でご返信をいただけておらず、お手続きを保留しております。

お手数ですが、以前のメールに記載の 2 点についてお知らせください。
なお、本日より 7 日以内にご返信がない場合は、本件をいったんクローズさせていただきます。
クローズ後も、本メールにご返信いただければ再開いたします。

田中 誠
AWS Training and Certification カスタマーサポート"""
text = new + '\n\n' + '-----Original Message-----\n' + q_gt(
    '鈴木 大輔 様\n\nお手続きを進めるにあたり、恐れ入りますが下記 2 点をお知らせいただけますでしょうか。\n\n'
    '　1. 各アカウントのサインインに使用しているメールアドレス\n　2. 今後お使いになる予定のアカウント\n\n'
    '　AWS01987732 / AWS03321457 / AWS05540012\n\n田中 誠') + '\n'
body = leaf(text, charset='Shift_JIS', cte='base64', codec='cp932')
add('ja-sjis-gentle-reminder', 'support_reply', T3_CASE, 'ja', True, body,
    aws_headers(s, T3_TO, T3_SUBJ, FORM_FROM, provider='generic', authserv=NIFTY), new, [])

# 016 merge_confirmation_requested: three into one, one id written full-width, Shift_JIS base64
s = dt('2022-09-22 14:41:57')
u = dt('2022-09-21 22:15:03')
user = f"""田中様

ご連絡が遅くなり申し訳ありません。

AWS01987732 → suzuki.daisuke@tsubame-sys.co.jp
AWS03321457 → daisuke.s.1985@gmail.com
AWS05540012 → {T3_USER}

今後は AWS05540012 を使いたいです。

鈴木"""
new = """鈴木 大輔 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの田中です。
ご返信ありがとうございました。

いただいた情報をもとに、以下のとおり 3 つのアカウントを 1 つに一本化する準備が整いました。

　■ 残すアカウント
　　AWS05540012（d-suzuki@nifty.com）

　■ 残すアカウントへ移したうえで閉鎖するアカウント
　　ＡＷＳ０１９８７７３２（suzuki.daisuke@tsubame-sys.co.jp）
　　AWS-03321457（daisuke.s.1985@gmail.com）

閉鎖するアカウントに紐づく認定資格、受験履歴、特典はすべて AWS05540012 に引き継がれます。
一度実施いたしますと、以前の状態に戻すことはできません。

上記の内容でよろしければ、その旨を本メールにご返信ください。
ご返信をいただき次第、手続きに入らせていただきます。

田中 誠
AWS Training and Certification カスタマーサポート"""
quoted = f'On Wed, 21 Sep 2022 22:15:03 +0900\n鈴木 大輔 <{T3_USER}> wrote:\n' + q_gt(user)
text = new + '\n\n' + quoted + '\n'
body = leaf(text, charset='Shift_JIS', cte='base64', codec='cp932')
add('ja-sjis-three-into-one-before-proceeding', 'merge_confirmation_requested', T3_CASE, 'ja', True, body,
    aws_headers(s, T3_TO, T3_SUBJ, FORM_FROM, provider='generic', authserv=NIFTY), new,
    ['AWS01987732', 'AWS03321457', 'AWS05540012'])

# 017 merge_completed: terse, cp932 characters (①②) under a Shift_JIS label, quoted-printable
s = dt('2022-09-26 11:03:25')
new = """鈴木 大輔 様

お世話になっております。
ご依頼の件、対応が済みましたのでご連絡いたします。

　① AWS01987732 → AWS05540012
　② AWS03321457 → AWS05540012

以後は AWS05540012 のみご利用ください（他の 2 つにはサインインできません）。
各認定資格の有効期限に変更はございません。

田中 誠
AWS Training and Certification カスタマーサポート"""
text = new + '\n\n> 田中様\n>\n> 内容について了承いたします。よろしくお願いいたします。\n>\n> 鈴木\n'
body = leaf(text, charset='Shift_JIS', cte='quoted-printable', codec='cp932')
add('ja-sjis-done-notice-wrong-charset', 'merge_completed', T3_CASE, 'ja', True, body,
    aws_headers(s, T3_TO, T3_SUBJ, FORM_FROM, provider='generic', authserv=NIFTY), new,
    ['AWS01987732', 'AWS03321457', 'AWS05540012'])

# 018 survey: closed, please rate (ISO-2022-JP, subject encoded)
s = dt('2022-10-03 11:05:00')
new = f"""鈴木 大輔 様

平素より AWS トレーニングと認定をご利用いただき、ありがとうございます。

お問い合わせ番号 {T3_CASE} につきましては、最後のご連絡から一定期間が経過したため、
解決済みとさせていただきました。

今後の対応品質向上のため、よろしければ今回の担当者の対応について評価をお寄せください。
https://amazonexteu.qualtrics.com/jfe/form/SV_{ralnum(15, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}?caseid={T3_CASE}&lang=JA

※ 本メールは送信専用です。ご返信いただいてもお答えできません。

AWS Training and Certification"""
body = leaf(new + '\n', charset='iso-2022-jp', cte='7bit')
subj = ew('【AWS トレーニングと認定】対応についての評価のお願い', 'ISO-2022-JP', 'B', prefix=f'[CASE {T3_CASE}] ')
add('ja-resolved-rate-the-agent', 'survey', T3_CASE, 'ja', True, body,
    aws_headers(s, T3_TO, subj, FORM_FROM, provider='generic', authserv=NIFTY), new, [])

# 019 credly_badge_issued: English Credly mail to the nifty user (plain + html)
s = dt('2022-09-27 16:22:08', UTC)
bid = ruuid()
plain = f"""Daisuke, you've been issued a new badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Developer - Associate

Accept your badge to share it on social networks, add it to your email signature, and more.

Accept your badge: https://www.credly.com/badges/{bid}/accept?utm_medium=email&utm_source=badge_issued

Why am I receiving this email? You are receiving this because an organization issued you a badge through Credly.

Credly, Inc. 13921 Park Center Road, Suite 200, Herndon, VA 20171
Unsubscribe: https://www.credly.com/earner/settings/notifications
"""
html = credly_html("Daisuke, you've been issued a new badge!",
                   'Amazon Web Services Training and Certification has issued you the following badge:',
                   'AWS Certified Developer - Associate', 'Accept your badge',
                   'Why am I receiving this email? You are receiving this because an organization issued you a badge through Credly.<br>Credly, Inc. 13921 Park Center Road, Suite 200, Herndon, VA 20171', badge_id=bid)
body = alt(leaf(plain, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'), 'b1_' + rhex(40))
add('en-credly-issued-after-move', 'credly_badge_issued', None, 'en', True, body,
    credly_headers(s, T3_USER, "You've been issued a badge: AWS Certified Developer - Associate",
                   provider='generic', authserv=NIFTY), plain, [])


# ---------------------------------------------------------------- unrelated: CertMetrics, Pearson VUE, Builder ID
# 020 unrelated: CertMetrics recertification congratulations (genuine, but not AWS/Credly -> false)
s = dt('2025-04-14 18:03:11', UTC)
mf = f'bounce-{R.randint(100000,999999)}@mail.certmetrics.com'
res = {'dkim': [('pass', 'certmetrics.com', 'cm1')], 'spf': ('pass', mf, '168.245.37.90'),
       'dmarc': ('pass', 'certmetrics.com', 'NONE')}
new = """Dear Misaki Yamamoto,

Congratulations! You have successfully recertified your AWS Certified Solutions Architect - Associate certification.

Candidate ID: AWS07719350
Certification: AWS Certified Solutions Architect - Associate
Validation Number: 7QK2L9XWNB1E4RZC
Expiration Date: April 14, 2028

You can view and download your certificate at any time in your AWS Certification Account:
https://www.aws.training/Certification

Your digital badge will be available through Credly shortly.

Sincerely,
AWS Training and Certification

This is an automated message sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this email."""
html = html_wrap(p2html(new))
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'), boundary_gmail())
h = trace('gmail', T1_USER, s, mf, '168.245.37.90', 'o1.mail.certmetrics.com', res)
h += [('DKIM-Signature', dkim_sig('certmetrics.com', 'cm1', s)),
      ('Date', rdate(s)), ('From', '"AWS Certification" <do-not-reply@certmetrics.com>'), ('To', T1_USER),
      ('Message-ID', f'<{ruuid()}@certmetrics.com>'),
      ('Subject', 'Congratulations on recertifying: AWS Certified Solutions Architect - Associate')]
add('en-certmetrics-recertified', 'unrelated', None, 'en', False, body, h, new, ['AWS07719350'])

# 021 unrelated: Pearson VUE appointment confirmation, Japanese, UTF-8 base64 HTML + plain
s = dt('2025-06-10 20:44:09')
mf = f'bounce-{rhex(10)}@pearson.com'
res = {'dkim': [('pass', 'pearson.com', 'selector1')], 'spf': ('pass', mf, '148.163.150.43'),
       'dmarc': ('pass', 'pearson.com', 'REJECT')}
new = """山本 美咲 様

このたびは Amazon Web Services の試験にお申し込みいただき、ありがとうございます。
下記のとおりご予約を承りました。

試験：SAP-C02: AWS Certified Solutions Architect - Professional (Japanese)
日時：2025年7月5日(土) 13:30
会場：OnVUE オンライン試験
登録 ID（AWS 認定受験者 ID）：AWS07719350
予約番号：482913557

試験開始 30 分前からチェックインが可能です。
予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

ピアソン VUE"""
body = alt(leaf(new + '\n', cte='base64'), leaf(html_wrap(p2html(new), lang='ja'), 'html', cte='base64'), boundary_gmail())
h = trace('gmail', T1_USER, s, mf, '148.163.150.43', 'mx0a-00127901.pphosted.com', res)
h += [('DKIM-Signature', dkim_sig('pearson.com', 'selector1', s)),
      ('Date', rdate(s)), ('From', '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>'), ('To', T1_USER),
      ('Message-ID', f'<{R.randint(10**11, 10**12)}.{R.randint(1000,9999)}.JavaMail.vue@pvue-prd-mail{R.randint(1,9)}>'),
      ('Subject', ew('ピアソン VUE 試験予約のお知らせ - Amazon Web Services', 'UTF-8', 'B'))]
add('ja-pearson-vue-appointment', 'unrelated', None, 'ja', False, body, h, new, ['AWS07719350'])

# 022 unrelated: AWS Builder ID verification code, no Authentication-Results at all (null)
s = dt('2025-03-18 23:05:44')
sid = ses_id(s)
new = f"""Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. Use the following verification code to confirm your email address:

{R.randint(100000, 999999)}

This code expires 30 minutes after it was sent.

If you didn't request this code, you can safely ignore this email.

Amazon Web Services
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109."""
body = leaf(html_wrap(p2html(new)), 'html', cte='quoted-printable')
h = trace('noauth', 'dkim@corp.northwind-analytics.com', s, f'{sid}@amazonses.com', '54.240.8.47',
          ses_host('54.240.8.47'), {}, 'corp.northwind-analytics.com')
h += [('DKIM-Signature', dkim_sig('signin.aws', ralnum(32), s)),
      ('Date', rdate(s.astimezone(UTC))), ('From', '"AWS" <no-reply@signin.aws>'),
      ('To', 'dkim@corp.northwind-analytics.com'), ('Message-ID', f'<{sid}@email.amazonses.com>'),
      ('Subject', 'Verify your AWS Builder ID email address')]
add('en-builder-id-code-no-auth', 'unrelated', None, 'en', None, body, h, new, [])

# ---------------------------------------------------------------- thread T4: Priya Raman, English, non-native agent
T4_USER = 'priya.raman@biglobe.ne.jp'
T4_TO = f'Priya Raman <{T4_USER}>'
T4_OPEN = dt('2024-11-05 10:40:12')
T4_CASE = case15(T4_OPEN)
T4_SUBJ = f'RE:[CASE {T4_CASE}] [AWS Training and Certification Form Submission] - account-assistance'
BIGLOBE = 'mx.biglobe.ne.jp'

# 023 case_created: English auto-ack, UTF-8 content labelled iso-8859-1 (wrong label)
s = later(T4_OPEN, seconds=5)
new = f"""Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know we’ve received your request and a case has been created for it.

Case number: {T4_CASE}

A member of our team will get back to you, generally within 24 hours. Please don’t open a new case for the same request – if you want to add information, just reply to this email and keep the case number in the subject line.

Regards,
AWS Training and Certification Customer Support"""
body = leaf(new + '\n', charset='utf-8', cte='quoted-printable', label='iso-8859-1')
add('en-form-auto-ack-mislabelled-charset', 'case_created', T4_CASE, 'en', True, body,
    aws_headers(s, T4_TO, f'[CASE {T4_CASE}] [AWS Training and Certification Form Submission] - account-assistance',
                FORM_FROM, provider='generic', authserv=BIGLOBE), new, [])

# 024 merge_confirmation_requested: non-native English, "consolidation", "revert back"
s = dt('2024-11-06 15:12:48')
new = f"""Dear Priya,

Greetings from AWS Training and Certification!

Hope you are doing well. As per your request, we have checked and found below two candidate accounts under your name:

Primary account (to be retained): AWS31415926 - {T4_USER}
Secondary account (will be deactivated): aws27182818 - priya.r@contoso-tech.in

Kindly note that post the consolidation, all the certifications, exam history and benefits of secondary account will be moved to the primary account and this action is irreversible.

Request you to kindly revert back on this email with your approval for above, so that we can take this forward.

Thanks & Regards,
Sneha
AWS Training and Certification Support"""
user = ('Hello,\n\nI have two AWS certification accounts because I changed my company. '
        'Candidate IDs are AWS31415926 and AWS27182818. Please combine them and keep AWS31415926.\n\nPriya Raman')
text = new + '\n\n' + q_original(T4_OPEN, T4_USER, 'aws-cs-trainingcertification-form@amazon.com',
                                 'AWS Training and Certification Form Submission', user) + '\n'
body = alt(leaf(text, cte='quoted-printable'), leaf(html_wrap(p2html(text)), 'html', cte='quoted-printable'), boundary_ses())
add('en-nonnative-revert-with-approval', 'merge_confirmation_requested', T4_CASE, 'en', True, body,
    aws_headers(s, T4_TO, T4_SUBJ, FORM_FROM, provider='generic', authserv=BIGLOBE), new,
    ['AWS27182818', 'AWS31415926'])

# 025 support_reply: thanks for the approval, raised with internal team
s = dt('2024-11-07 13:30:05')
u = dt('2024-11-06 21:12:00')
new = """Dear Priya,

Thank you for the prompt response and for the approval.

We have now raised the request with our internal team. Once the activity is completed at our end, we will update you on this same thread. Usually it takes 3-5 business days.

Meanwhile, kindly do not schedule any new exam using the secondary account AWS-27182818.

Thanks & Regards,
Sneha
AWS Training and Certification Support"""
user = 'Hi Sneha,\n\nThe details are correct. Please proceed with the merge.\n\nRegards,\nPriya'
text = new + '\n\n' + f'On 2024/11/06 21:12, Priya Raman wrote:\n' + q_gt(user + '\n\n' + q_gt('Primary account (to be retained): AWS31415926\nSecondary account (will be deactivated): aws27182818')) + '\n'
body = leaf(text, cte='quoted-printable')
add('en-nonnative-raised-with-internal-team', 'support_reply', T4_CASE, 'en', True, body,
    aws_headers(s, T4_TO, T4_SUBJ, FORM_FROM, provider='generic', authserv=BIGLOBE), new, ['AWS27182818'])

# 026 merge_completed: non-native English
s = dt('2024-11-11 12:02:51')
new = f"""Dear Priya,

Greetings of the day!

This is to inform you that the activity requested by you has been successfully done from our end. Now all your certifications are reflecting under candidate ID AWS31415926 and the other ID is no more active.

Kindly login with {T4_USER} and check the same at your end. In case any certification or benefit is not showing, please let us know by replying to this email.

Have a great day ahead!

Thanks & Regards,
Sneha
AWS Training and Certification Support"""
body = alt(leaf(new + '\n', cte='base64'), leaf(html_wrap(p2html(new)), 'html', cte='base64'), boundary_ses())
add('en-nonnative-activity-done', 'merge_completed', T4_CASE, 'en', True, body,
    aws_headers(s, T4_TO, T4_SUBJ, FORM_FROM, provider='generic', authserv=BIGLOBE), new, ['AWS31415926'])

# 027 survey: YES / NO
s = dt('2024-11-11 12:03:40')
link = f'https://feedback.aws-tc-support.amazon.com/r/{rhex(32)}'
new = f"""Dear Priya,

Your case {T4_CASE} has been closed. We would love to hear about your experience with AWS Training and Certification Support.

Was your issue resolved?

   YES  <{link}?q1=yes>
   NO   <{link}?q1=no>

It only takes a minute, and your answers help us improve.

Thank you,
AWS Training and Certification"""
html = html_wrap(f"""<p>Dear Priya,</p><p>Your case {T4_CASE} has been closed. We would love to hear about your experience with AWS Training and Certification Support.</p>
<p><b>Was your issue resolved?</b></p>
<table><tr><td style="padding:6px 22px;background:#1d8102"><a href="{link}?q1=yes" style="color:#fff;text-decoration:none">YES</a></td><td width="12"></td>
<td style="padding:6px 22px;background:#d13212"><a href="{link}?q1=no" style="color:#fff;text-decoration:none">NO</a></td></tr></table>
<p>It only takes a minute, and your answers help us improve.</p><p>Thank you,<br>AWS Training and Certification</p>""")
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'), boundary_ses())
add('en-case-closed-yes-no', 'survey', T4_CASE, 'en', True, body,
    aws_headers(s, T4_TO, f'[CASE {T4_CASE}] Was your issue resolved?', FORM_FROM, provider='generic', authserv=BIGLOBE),
    new, [])

# 028 credly_badge_issued: two badges after the accounts were joined
s = dt('2024-11-12 08:14:27', UTC)
b1, b2 = ruuid(), ruuid()
plain = f"""Priya, you have 2 new badges waiting for you

Amazon Web Services Training and Certification has issued you the following badges:

- AWS Certified Solutions Architect - Associate
  Accept: https://www.credly.com/badges/{b1}/accept
- AWS Certified SysOps Administrator - Associate
  Accept: https://www.credly.com/badges/{b2}/accept

These badges were re-issued to this Credly account following an update to your AWS Certification profile.

Credly, Inc. 13921 Park Center Road, Suite 200, Herndon, VA 20171
Manage notifications: https://www.credly.com/earner/settings/notifications
"""
html = credly_html('Priya, you have 2 new badges waiting for you',
                   'Amazon Web Services Training and Certification has issued you the following badges. These badges were re-issued to this Credly account following an update to your AWS Certification profile.',
                   'AWS Certified Solutions Architect - Associate / AWS Certified SysOps Administrator - Associate',
                   'Accept your badges', 'Credly, Inc. 13921 Park Center Road, Suite 200, Herndon, VA 20171', badge_id=b1)
body = alt(leaf(plain, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'), 'b1_' + rhex(40))
add('en-credly-two-badges-reissued', 'credly_badge_issued', None, 'en', True, body,
    credly_headers(s, T4_TO, 'You have 2 new badges from Amazon Web Services Training and Certification',
                   provider='generic', authserv=BIGLOBE), plain, [])


# ---------------------------------------------------------------- thread T5: 高橋 優子, 10-digit case (2020), ISO-2022-JP
T5_USER = 'yuko-t.0722@docomo.ne.jp'
T5_TO = addr('高橋優子', T5_USER, 'ISO-2022-JP')
T5_CASE = '6983214570'
T5_OPEN = dt('2020-02-17 14:33:20')
T5_SUBJ = f'RE:[CASE {T5_CASE}] AWS Certification - Account Assistance'
DOCOMO = 'mfsmax.docomo.ne.jp'

# 029 case_created: older Japanese template
s = later(T5_OPEN, seconds=7)
new = f"""高橋 優子 様

AWS 認定サポートにご連絡いただき、ありがとうございます。
お客様のお問い合わせは、ケース番号 {T5_CASE} として登録されました。
今後のやりとりの際に必要となりますので、この番号をお控えください。

担当者より 1 営業日以内にご連絡を差し上げます。
このメールに返信される場合は、件名のケース番号を変更しないようお願いいたします。

AWS Certification
Amazon Web Services"""
body = leaf(new + '\n', charset='iso-2022-jp', cte='7bit')
add('ja-2020-case-registered', 'case_created', T5_CASE, 'ja', True, body,
    aws_headers(s, T5_TO, f'[CASE {T5_CASE}] AWS Certification - Account Assistance', FORM_FROM,
                provider='generic', authserv=DOCOMO), new, [])

# 030 merge_confirmation_requested: "この内容で進めてよろしいでしょうか", Outlook-JP quoted block
s = dt('2020-02-19 09:48:02')
u = dt('2020-02-17 14:33:00')
user = ('AWS認定の受験者IDが2つあります。\nAWS00812245（2017年に作成）\nAWS01456618（2019年に作成）\n'
        '2つに分かれている受験記録を1つにしていただけないでしょうか。\n\n高橋')
new = """高橋 優子 様

AWS 認定サポートの森と申します。お待たせいたしました。

ご依頼の内容を整理いたしますと、以下のとおりとなります。

　・AWS01456618 の受験記録および認定を AWS00812245 へ寄せる
　・寄せた後、AWS01456618 は削除する
　・今後のサインインは AWS00812245 のメールアドレス（yuko-t.0722@docomo.ne.jp）で行う

削除したアカウントは復元できませんので、ご注意ください。

この内容で進めてよろしいでしょうか。
問題がなければ、本メールにその旨ご返信いただけますと幸いです。

森 健一
AWS 認定サポート"""
text = new + '\n\n' + q_outlook_ja(u, f'高橋優子 <{T5_USER}>', 'aws-cs-trainingcertification-form@amazon.com',
                                   'AWS Certification - Account Assistance', user) + '\n'
body = leaf(text, charset='iso-2022-jp', cte='7bit')
add('ja-2020-shall-we-proceed', 'merge_confirmation_requested', T5_CASE, 'ja', True, body,
    aws_headers(s, T5_TO, T5_SUBJ, FORM_FROM, provider='generic', authserv=DOCOMO), new,
    ['AWS00812245', 'AWS01456618'])

# 031 merge_completed (and the agent closes the case): ISO-2022-JP, encoded subject
s = dt('2020-02-21 16:20:11')
new = """高橋 優子 様

AWS 認定サポートの森です。

先日ご了承いただいた件、本日作業を終えました。
AWS01456618 にあった受験記録と認定は、すべて AWS00812245 でご覧いただけるようになっております。

本件はこれをもちましてクローズとさせていただきます。
後日、今回の対応についてご意見をお伺いするメールが届く場合がございますので、
お時間がございましたらご協力いただけますと幸いです。

森 健一
AWS 認定サポート"""
text = new + '\n\n> 森様\n> \n> はい、その内容で進めてください。\n> よろしくお願いいたします。\n> \n> 高橋\n'
body = leaf(text, charset='iso-2022-jp', cte='7bit')
subj = ew('AWS Certification - Account Assistance（作業終了のご連絡）', 'ISO-2022-JP', 'B', prefix=f'RE:[CASE {T5_CASE}] ')
add('ja-2020-work-finished-and-closing', 'merge_completed', T5_CASE, 'ja', True, body,
    aws_headers(s, T5_TO, subj, FORM_FROM, provider='generic', authserv=DOCOMO), new,
    ['AWS00812245', 'AWS01456618'])

# 032 credly_badge_issued: older Acclaim sender (youracclaim.com), 2020
s = dt('2020-02-24 02:40:19', UTC)
bid = ruuid()
plain = f"""Yuko, you've earned a badge from Amazon Web Services Training and Certification!

AWS Certified Cloud Practitioner

Accept your badge to claim it and share it with your professional network:
https://www.youracclaim.com/badges/{bid}/accept

Acclaim is the digital credential platform used by Amazon Web Services Training and Certification.

Credly, Inc. 1 Penn Plaza, Suite 2010, New York, NY 10119
"""
html = credly_html("Yuko, you've earned a badge!", 'Amazon Web Services Training and Certification has issued you a badge.',
                   'AWS Certified Cloud Practitioner', 'Accept your badge',
                   'Acclaim is the digital credential platform used by Amazon Web Services Training and Certification.', badge_id=bid
                   ).replace('www.credly.com', 'www.youracclaim.com').replace('images.credly.com', 'images.youracclaim.com')
body = alt(leaf(plain, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'), 'b1_' + rhex(40))
add('en-acclaim-badge-earned-2020', 'credly_badge_issued', None, 'en', True, body,
    credly_headers(s, T5_USER, "Yuko, you've earned a badge from Amazon Web Services Training and Certification",
                   provider='generic', authserv=DOCOMO,
                   frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
                   from_dom='youracclaim.com', mf_dom='em5231.youracclaim.com', helo='o2.email.youracclaim.com'),
    plain, [])

# 033 survey: rating-only request, ISO-2022-JP
s = dt('2020-02-24 10:00:00')
link = f'https://amazonexteu.qualtrics.com/jfe/form/SV_{ralnum(15, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}?CaseId={T5_CASE}&Q_Language=JA'
new = f"""高橋 優子 様

先日は AWS 認定サポートをご利用いただき、ありがとうございました。

ケース番号 {T5_CASE} での担当者の対応はいかがでしたでしょうか。
お手数ですが、下記リンクより 5 段階でお聞かせください（質問は 3 問です）。

{link}

いただいた声は、今後のサポート品質の向上に役立てさせていただきます。

AWS 認定サポート"""
body = leaf(new + '\n', charset='iso-2022-jp', cte='7bit')
subj = ew('今回の対応はいかがでしたか？', 'ISO-2022-JP', 'B', prefix=f'[CASE {T5_CASE}] ')
add('ja-2020-how-was-our-response', 'survey', T5_CASE, 'ja', True, body,
    aws_headers(s, T5_TO, subj, FORM_FROM, provider='generic', authserv=DOCOMO), new, [])

# ---------------------------------------------------------------- look-alikes / phishing
# 034 merge_confirmation_requested, phishing (look-alike domain, its own DMARC passes)
s = dt('2025-06-03 07:41:09')
dom = 'aws-certification-jp.com'
mf = f'info@mail.{dom}'
res = {'dkim': [('pass', dom, 'default')], 'spf': ('pass', mf, '45.77.191.32'), 'dmarc': ('pass', dom, 'NONE')}
new = f"""山本 美咲 様

AWS トレーニングと認定 事務局でございます。

お客様よりお申し込みいただいた認定アカウントの統合について、最終のご本人確認が必要です。
下記リンクよりサインインし、統合先アカウント（受験者 ID：AWS0771****）の情報をご確認ください。

https://{dom}/certification/merge/verify?id={rhex(20)}

24 時間以内にお手続きいただけない場合、統合手続きは取り消され、
両方のアカウントの認定資格が一時的に無効となります。

AWS トレーニングと認定 事務局
※本メールは送信専用です。"""
body = alt(leaf(new + '\n', cte='base64'), leaf(html_wrap(p2html(new), lang='ja'), 'html', cte='base64'), boundary_gmail())
h = trace('gmail', T1_USER, s, mf, '45.77.191.32', f'mail.{dom}', res)
h += [('DKIM-Signature', dkim_sig(dom, 'default', s)),
      ('Date', rdate(s)), ('From', addr('AWS トレーニングと認定', f'noreply@{dom}', 'UTF-8')), ('To', T1_USER),
      ('Message-ID', f'<{rhex(24)}@{dom}>'),
      ('Subject', ew('【重要】認定アカウント統合の最終確認のお願い', 'UTF-8', 'B')), ('X-Mailer', 'PHPMailer 6.8.1')]
add('ja-phish-lookalike-final-check', 'merge_confirmation_requested', None, 'ja', False, body, h, new, [])

# 035 credly_badge_issued, phishing (look-alike credly domain)
s = dt('2025-06-02 19:55:30', UTC)
dom = 'credly-badges.net'
mf = f'bounce@{dom}'
res = {'dkim': [], 'spf': ('pass', mf, '185.225.74.18'), 'dmarc': ('none', dom, 'NONE')}
new = f"""Your AWS badge is ready to accept

Amazon Web Services Training and Certification has issued you a badge following the recent update of your certification account:

AWS Certified Solutions Architect - Associate

To accept it, please verify your Credly login within 48 hours. Unclaimed badges are permanently removed.

Accept badge: https://{dom}/accept?token={rhex(32)}

Credly Team"""
body = leaf(html_wrap(p2html(new)), 'html', cte='quoted-printable')
h = trace('gmail', T1_USER, s, mf, '185.225.74.18', f'vps{R.randint(1000,9999)}.hosted-by.example-vps.net', res)
h += [('Date', rdate(s)), ('From', '"Credly" <admin@credly-badges.net>'), ('To', T1_USER),
      ('Message-ID', f'<{rhex(16)}.{R.randint(1000,9999)}@{dom}>'),
      ('Subject', 'Your AWS badge is ready to accept')]
add('en-phish-credly-lookalike', 'credly_badge_issued', None, 'en', False, body, h, new, [])

# 036 unrelated phishing: Amazon account suspended, spoofed amazon.co.jp, dmarc=fail, Shift_JIS body
s = dt('2025-05-30 02:17:44')
mf = 'support@shop-info-ne.top'
res = {'dkim': [], 'spf': ('pass', mf, '103.148.58.21'), 'dmarc': ('fail', 'amazon.co.jp', 'REJECT')}
new = """Amazon お客様

いつも Amazon をご利用いただきありがとうございます。

お客様のアカウントで異常なログインが検出されたため、アカウントを一時的に停止いたしました。
24 時間以内に以下のリンクからお支払い情報を更新いただけない場合、アカウントは永久に利用できなくなります。

https://amazon-co-jp.signin-verify.top/ap/signin

Amazon.co.jp カスタマーサービス"""
body = leaf(new + '\n', charset='Shift_JIS', cte='base64', codec='cp932')
h = trace('gmail', T1_USER, s, mf, '103.148.58.21', 'mail.shop-info-ne.top', res)
h += [('Date', rdate(s)), ('From', addr('Amazon.co.jp', 'account-update@amazon.co.jp', 'Shift_JIS')), ('To', T1_USER),
      ('Message-ID', f'<{R.randint(10**9, 10**10)}.{rhex(8)}@shop-info-ne.top>'),
      ('Subject', ew('【Amazon】アカウントが一時停止されました：お支払い情報の更新が必要です', 'ISO-2022-JP', 'B'))]
add('ja-phish-amazon-suspended', 'unrelated', None, 'ja', False, body, h, new, [])

# 037 support_reply phishing: asks for both passwords "to proceed with the merge"; Outlook A-R, dmarc none
s = dt('2025-03-21 11:05:02')
dom = 'amazon-support-case.info'
mf = f'case@{dom}'
res = {'dkim': [], 'spf': ('pass', mf, '91.215.85.140'), 'dmarc': ('none', dom, 'NONE')}
new = f"""Hello Daniel,

We are currently handling your request to combine your AWS Certification profiles.
To continue, our team needs to verify ownership of both profiles. Please reply to this email with:

- the sign-in email and password of AWS10293847
- the sign-in email and password of AWS20384756
- a photo of your ID card

Your request will be on hold until we receive this information.

Best regards,
AWS Certification Support Team"""
body = leaf(new + '\n', cte='7bit', charset='us-ascii')
h = trace('outlook', T2_USER, s, mf, '91.215.85.140', f'mx1.{dom}', res)
h += [('Date', rdate(s)), ('From', f'"AWS Certification Support" <support@{dom}>'), ('To', T2_USER),
      ('Message-ID', f'<{rhex(20)}@{dom}>'),
      ('Subject', f'RE:[CASE {T2_CASE}] Merge two AWS Certification accounts - action needed')]
add('en-phish-asks-passwords', 'support_reply', T2_CASE, 'en', False, body, h, new, ['AWS10293847', 'AWS20384756'])

# 038 case_created phishing: spoofed no-reply-aws@amazon.com; topmost Gmail A-R fails, forged A-R below passes
s = dt('2025-06-05 22:10:03')
fake = f'{epoch(s) - 3600}{R.randint(10000, 99999)}'
mf = 'mailer@bulk-notify.click'
res = {'dkim': [('neutral', 'bulk-notify.click', 'mk')], 'spf': ('softfail', mf, '194.87.31.203'),
       'dmarc': ('fail', 'amazon.com', 'QUARANTINE')}
new = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {fake} for your certification account merge request.

Case ID: {fake}
Subject: Certification account merge
Severity: High

IMPORTANT: To prevent automatic cancellation of this request, sign in and validate your candidate profile within 12 hours:
https://console-aws-support.bulk-notify.click/support/home?displayId={fake}

Best regards,
Amazon Web Services"""
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html_wrap(p2html(new)), 'html', cte='quoted-printable'), boundary_ses())
h = trace('gmail', T1_USER, s, mf, '194.87.31.203', 'bulk-notify.click', res)
h += [('Authentication-Results', 'mx.amazon.com;\n       dkim=pass header.d=amazon.com header.s=amazon201209;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com'),
      ('DKIM-Signature', dkim_sig('bulk-notify.click', 'mk', s)),
      ('Date', rdate(s.astimezone(UTC))), ('From', NOREPLY), ('To', T1_USER),
      ('Message-ID', f'<{ses_id(s)}@email.amazonses.com>'),
      ('Subject', f'Amazon Web Services: You have opened a new Support case: {fake}')]
add('en-phish-spoofed-case-opened-forged-ar', 'case_created', fake, 'en', False, body, h, new, [])


# ---------------------------------------------------------------- thread T6: 伊藤 翔, console case + duplicate form case
T6_USER = 'sho.itou@ocn.ne.jp'
T6_TO = addr('伊藤 翔', T6_USER, 'UTF-8')
T6_OPEN1 = dt('2025-01-14 16:02:50')
T6_CASE1 = case15(T6_OPEN1)
T6_OPEN2 = dt('2025-01-20 09:30:11')
T6_CASE2 = case15(T6_OPEN2)
OCN = 'mx.ocn.ne.jp'
T6_SUBJ1 = '認定アカウントを一つにしたい'

def console_footer_ja(case):
    return (f"""===================================================================

ケースのすべての通信を表示したり、返信したりするには、次の URL にアクセスしてください: https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

*注意: このメールは受信専用のアドレスから送信されています。同じ問題について再度お問い合わせいただく必要がある場合は、上記のリンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. の登録商標です。このメッセージは Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210 が作成および配信しています。""")

RATE_JA = ('フィードバックをお寄せください。本通信の末尾にある AWS サポートセンターのリンクから、この通信を評価してください。'
           'AWS サポートセンター内の各通信の右上にある星を選択して評価することもできます。')

# 039 case_created: Japanese console template, HTML only, UTF-8 base64
s = later(T6_OPEN1, seconds=5)
new = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {T6_CASE1} をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: {T6_CASE1}
件名: {T6_SUBJ1}
重要度: 一般的なガイダンス
通信内容: 転職に伴い、認定アカウントが2つに分かれてしまいました（aws62830019 / AWS58871204）。一つにまとめたいのですが可能でしょうか。

AWS サポートセンターでは、いつでもケースの状況を参照し、通信を追加できます。

よろしくお願いいたします。
アマゾン ウェブ サービス

{console_footer_ja(T6_CASE1)}"""
body = leaf(html_wrap(p2html(new), lang='ja'), 'html', cte='base64')
subj = ew(f'Amazon Web Services: 新しいサポートケースがオープンされました: {T6_CASE1}', 'UTF-8', 'B')
add('ja-console-case-opened-html', 'case_created', T6_CASE1, 'ja', True, body,
    aws_headers(s, T6_TO, subj, NOREPLY, provider='generic', authserv=OCN), new, ['AWS58871204', 'AWS62830019'])

# 040 case_created: second (duplicate) case through the form, UTF-8 QP plain, different wording
s = later(T6_OPEN2, seconds=3)
new = f"""伊藤 翔 様

お問い合わせありがとうございます。
ケース番号 {T6_CASE2} にて承りました。

　AWS 認定 ID：AWS62830019
　カテゴリ：Certification / Account Merge

内容を拝見し、担当者よりご連絡いたします（通常 24 時間以内）。
いま少しお待ちくださいますようお願い申し上げます。

― このメールは自動送信です ―
AWS トレーニングと認定"""
body = leaf(new + '\n', cte='quoted-printable')
add('ja-form-second-case-received', 'case_created', T6_CASE2, 'ja', True, body,
    aws_headers(s, T6_TO, f'[CASE {T6_CASE2}] [AWS Training and Certification Form Submission] - account-assistance',
                FORM_FROM, provider='generic', authserv=OCN), new, ['AWS62830019'])

# 041 support_reply on the duplicate case: "we continue on the first case" ("一本化" is about cases here)
s = dt('2025-01-20 15:44:21')
new = f"""伊藤 翔 様

AWS トレーニングと認定サポートの小林でございます。
お問い合わせいただきありがとうございます。また、ご案内が遅くなっておりますことをお詫び申し上げます。

同じ内容のご依頼を、ケース {T6_CASE1} にて既に承っております。
複数のケースで並行して対応いたしますと、かえってお時間を要してしまうため、
今後のご案内はケース {T6_CASE1} に一本化させていただきます。

ケース {T6_CASE1} の担当者より、本日中にあらためてご連絡いたしますので、今しばらくお待ちくださいませ。
お手数ですが、今後は同じご依頼で新しいケースを作成されないようお願いいたします。

小林 彩
Amazon Web Services トレーニングと認定 カスタマーサポート"""
user = ('1/14 にサポートセンターからケースを作成しましたが、まだ返信がありません。\n'
        'AWS62830019 と AWS58871204 の統合をお願いしたいです。\n伊藤')
text = new + '\n\n' + q_original(T6_OPEN2, T6_USER, 'aws-cs-trainingcertification-form@amazon.com',
                                 '[AWS Training and Certification Form Submission] - account-assistance', user) + '\n'
body = alt(leaf(text, cte='quoted-printable'), leaf(html_wrap(p2html(text), lang='ja'), 'html', cte='quoted-printable'), boundary_ses())
add('ja-duplicate-case-continue-on-first', 'support_reply', T6_CASE2, 'ja', True, body,
    aws_headers(s, T6_TO, f'RE:[CASE {T6_CASE2}] [AWS Training and Certification Form Submission] - account-assistance',
                FORM_FROM, provider='generic', authserv=OCN), new, [])

# 042 merge_confirmation_requested: console reply on case 1, table, "お間違いがないか"
s = dt('2025-01-20 18:12:09')
new = f"""伊藤 翔 様

AWS トレーニングと認定サポートの石井です。
ご連絡が遅くなり、大変申し訳ございませんでした。

お客様の認定アカウントについて、以下の内容でお手続きを予定しております。

　区分　｜受験者 ID　　｜登録メールアドレス
　存続　｜AWS62830019　｜{T6_USER}
　閉鎖　｜AWS58871204　｜s.ito@hinode-soft.co.jp

閉鎖となるアカウントの認定資格・受験履歴・特典は、存続するアカウントへすべて引き継がれます。
お手続き後に元の状態へ戻すことはできません。

恐れ入りますが、上記の内容にお間違いがないか、サポートセンターの本ケースよりお知らせください。
お知らせいただいた時点で、手続きを開始いたします。

{RATE_JA}

よろしくお願いいたします。
石井 拓也
アマゾン ウェブ サービス

{console_footer_ja(T6_CASE1)}"""
tbl = new.replace('　区分　｜受験者 ID　　｜登録メールアドレス\n　存続　｜AWS62830019　｜' + T6_USER + '\n　閉鎖　｜AWS58871204　｜s.ito@hinode-soft.co.jp', '@@TABLE@@')
html_inner = p2html(tbl).replace('@@TABLE@@', f'</p><table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>区分</th><th>受験者 ID</th><th>登録メールアドレス</th></tr><tr><td>存続</td><td>AWS62830019</td><td>{T6_USER}</td></tr><tr><td>閉鎖</td><td>AWS58871204</td><td>s.ito@hinode-soft.co.jp</td></tr></table><p>')
body = alt(leaf(new + '\n', cte='base64'), leaf(html_wrap(html_inner, lang='ja'), 'html', cte='base64'), boundary_ses())
subj = ew(T6_SUBJ1, 'UTF-8', 'B', prefix=f'RE:[CASE {T6_CASE1}] ')
add('ja-console-please-check-table', 'merge_confirmation_requested', T6_CASE1, 'ja', True, body,
    aws_headers(s, T6_TO, subj, NOREPLY, provider='generic', authserv=OCN), new, ['AWS58871204', 'AWS62830019'])

# 043 merge_completed: console reply, UTF-8 QP
s = dt('2025-01-22 11:27:36')
new = f"""伊藤 翔 様

AWS トレーニングと認定サポートの石井です。

お待たせいたしました。ご依頼のお手続きが無事に済みました。
これまで AWS58871204 に記録されていた認定資格は、すべて AWS62830019 のアカウントに表示されるようになっております。
AWS58871204 は閉鎖済みのため、今後はサインインいただけません。

表示に反映されるまでに時間がかかる場合がございます。一度サインアウトしてから再度サインインしてみてください。

{RATE_JA}

よろしくお願いいたします。
石井 拓也
アマゾン ウェブ サービス

{console_footer_ja(T6_CASE1)}"""
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html_wrap(p2html(new), lang='ja'), 'html', cte='quoted-printable'), boundary_ses())
add('ja-console-procedure-went-through', 'merge_completed', T6_CASE1, 'ja', True, body,
    aws_headers(s, T6_TO, subj, NOREPLY, provider='generic', authserv=OCN), new, ['AWS58871204', 'AWS62830019'])

# 044 survey: console case resolved + feedback, HTML only
s = dt('2025-01-29 11:30:02')
furl = f'https://console.aws.amazon.com/support/feedback?displayId={T6_CASE1}&language=ja&token={rhex(24)}'
new = f"""伊藤 翔 様

ケース {T6_CASE1}「{T6_SUBJ1}」は解決済みとなりました。
引き続きお困りの場合は、14 日以内であればサポートセンターからケースを再開できます。

お客様の声をお聞かせください
問題は解決しましたか？　はい / いいえ
{furl}

アマゾン ウェブ サービス"""
html = html_wrap(f"""<div style="max-width:600px;margin:0 auto;border:1px solid #eaeded">
<div style="background:#232f3e;color:#fff;padding:12px 18px">AWS サポート</div>
<div style="padding:18px"><p>伊藤 翔 様</p>
<p>ケース <b>{T6_CASE1}</b>「{T6_SUBJ1}」は解決済みとなりました。<br>引き続きお困りの場合は、14 日以内であればサポートセンターからケースを再開できます。</p>
<h3>お客様の声をお聞かせください</h3><p>問題は解決しましたか？</p>
<p><a href="{furl}&amp;r=yes" style="background:#0972d3;color:#fff;padding:8px 26px;text-decoration:none;border-radius:16px">はい</a>
&nbsp; <a href="{furl}&amp;r=no" style="border:2px solid #0972d3;color:#0972d3;padding:6px 26px;text-decoration:none;border-radius:16px">いいえ</a></p>
<p>アマゾン ウェブ サービス</p></div></div>""", lang='ja')
body = leaf(html, 'html', cte='base64')
subj2 = ew(f'Amazon Web Services: サポートケース {T6_CASE1} は解決済みになりました', 'UTF-8', 'Q')
add('ja-console-resolved-voice', 'survey', T6_CASE1, 'ja', True, body,
    aws_headers(s, T6_TO, subj2, NOREPLY, provider='generic', authserv=OCN), new, [])

# 045 credly_badge_issued: Japanese, three badges ready to accept, plain + html
s = dt('2025-01-23 04:02:55', UTC)
plain = f"""伊藤 翔 様

Amazon Web Services Training and Certification から 3 個のバッジが発行され、受け取りの準備ができています。

・AWS Certified Cloud Practitioner
・AWS Certified Solutions Architect – Associate
・AWS Certified Security – Specialty

以下のリンクからバッジを受け取ってください。
https://www.credly.com/earner/earned/pending?utm_source=badge_issued_multiple

Credly はデジタル認定のプラットフォームです。このメールに心当たりがない場合は破棄してください。
Credly, Inc. 13921 Park Center Road, Suite 200, Herndon, VA 20171, USA
"""
html = credly_html('伊藤 翔 様', 'Amazon Web Services Training and Certification から 3 個のバッジが発行され、受け取りの準備ができています。',
                   'AWS Certified Cloud Practitioner / Solutions Architect – Associate / Security – Specialty',
                   'バッジを受け取る', 'Credly, Inc. 13921 Park Center Road, Suite 200, Herndon, VA 20171, USA', 'ja')
body = alt(leaf(plain, cte='base64'), leaf(html, 'html', cte='base64'), 'b1_' + rhex(40))
add('ja-credly-three-badges-ready', 'credly_badge_issued', None, 'ja', True, body,
    credly_headers(s, T6_TO, ew('3 個の新しいバッジを受け取る準備ができました', 'UTF-8', 'B'),
                   provider='generic', authserv=OCN), plain, [])


# ---------------------------------------------------------------- thread T7: 中村 健司, corporate Exchange Online, console case
T7_USER = 'k-nakamura@sakura-denki.co.jp'
T7_TO = addr('中村 健司', T7_USER, 'ISO-2022-JP')
T7_OPEN = dt('2025-07-08 10:15:42')
T7_CASE = case15(T7_OPEN)
T7_SUBJ = '認定アカウントの名寄せについて'
T7_RE = ew(T7_SUBJ, 'UTF-8', 'B', prefix=f'RE:[CASE {T7_CASE}] ')

# 046 support_reply: question about something other than the accounts (name on certificate)
s = dt('2025-07-09 14:03:29')
new = f"""中村 健司 様

AWS トレーニングと認定サポートの大野でございます。
お問い合わせいただき、ありがとうございます。

アカウントの件につきましては、現在担当部署にて内容を精査しております。準備が整い次第、あらためてご案内いたします。

あわせてご相談いただいた、認定証に表示されるお名前の件について一点お伺いいたします。
AWS44120987 のプロフィールでは現在ローマ字（KENJI NAKAMURA）で登録されておりますが、
今後は漢字表記（中村 健司）をご希望でしょうか。それともローマ字表記のままでよろしいでしょうか。

認定証やデジタルバッジには、プロフィールに登録されたお名前がそのまま表示されます。
ご希望の表記をお知らせいただけましたら、こちらで変更方法をご案内いたします。

{RATE_JA}

よろしくお願いいたします。
大野 里奈
アマゾン ウェブ サービス

{console_footer_ja(T7_CASE)}"""
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html_wrap(p2html(new), lang='ja'), 'html', cte='quoted-printable'), boundary_ses())
add('ja-console-asks-name-notation', 'support_reply', T7_CASE, 'ja', True, body,
    aws_headers(s, T7_TO, T7_RE, NOREPLY, provider='outlook'), new, ['AWS44120987'])

# 047 merge_confirmation_requested: terse keigo, ISO-2022-JP plain
s = dt('2025-07-10 16:40:03')
new = f"""中村 健司 様

お世話になっております。AWS トレーニングと認定サポートの大野です。

精査の結果、下記のとおり承りたく存じます。

　・AWS39002116（旧所属先のメールアドレスで登録）の認定・受験記録を AWS44120987 へ寄せる
　・以降は AWS44120987 のみをご利用いただく
　・AWS39002116 は無効化し、復元はいたしかねます

上記にて差し支えないか、本ケースにてご返答賜りますようお願い申し上げます。
ご返答を頂戴するまで、作業は保留とさせていただきます。

大野 里奈
アマゾン ウェブ サービス

{console_footer_ja(T7_CASE)}"""
body = leaf(new + '\n', charset='iso-2022-jp', cte='7bit')
add('ja-console-terse-keigo-awaiting-reply', 'merge_confirmation_requested', T7_CASE, 'ja', True, body,
    aws_headers(s, T7_TO, ew(T7_SUBJ, 'ISO-2022-JP', 'B', prefix=f'RE:[CASE {T7_CASE}] '), NOREPLY, provider='outlook'),
    new, ['AWS39002116', 'AWS44120987'])

# 048 merge_completed: "本日付で反映いたしました", UTF-8 8bit
s = dt('2025-07-14 10:58:47')
new = f"""中村 健司 様

AWS トレーニングと認定サポートの大野です。

ご返答いただいた内容にて、本日付で反映いたしました。
AWS39002116 に記録されていた認定資格（SAA、SOA）および受験履歴は、AWS44120987 でご覧いただけます。
未使用の 50% 割引特典も AWS44120987 に移っております。

なお、認定証のお名前表記の変更は、別途ご案内した手順にてプロフィールから行ってください。

{RATE_JA}

よろしくお願いいたします。
大野 里奈
アマゾン ウェブ サービス

{console_footer_ja(T7_CASE)}"""
text = new + '\n\n' + q_outlook_ja(dt('2025-07-10 18:22:00'), f'中村 健司 <{T7_USER}>', 'AWS Support',
                                   f'RE: [CASE {T7_CASE}] {T7_SUBJ}',
                                   '大野様\n\nご案内ありがとうございます。\n記載の内容で問題ございません。AWS39002116 → AWS44120987 にてお願いいたします。\n\n中村') + '\n'
body = leaf(text, charset='utf-8', cte='8bit')
add('ja-console-reflected-as-of-today', 'merge_completed', T7_CASE, 'ja', True, body,
    aws_headers(s, T7_TO, T7_RE, NOREPLY, provider='outlook'), new, ['AWS39002116', 'AWS44120987'])

# 049 survey: terse closure + rating, UTF-8 QP plain + html
s = dt('2025-07-21 11:00:00')
furl = f'https://console.aws.amazon.com/support/feedback?displayId={T7_CASE}&language=ja&token={rhex(24)}'
new = f"""中村 健司 様

以下のケースをクローズいたしました。

　ケース ID：{T7_CASE}
　件名　　：{T7_SUBJ}
　ステータス：解決済み

今回のサポートについて、ひとことお寄せいただけますと幸いです（1 分程度）。
{furl}

アマゾン ウェブ サービス"""
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html_wrap(p2html(new), lang='ja'), 'html', cte='quoted-printable'), boundary_ses())
add('ja-console-closed-one-word-please', 'survey', T7_CASE, 'ja', True, body,
    aws_headers(s, T7_TO, ew(f'【AWS サポート】ケースクローズのお知らせ（{T7_CASE}）', 'UTF-8', 'B'), NOREPLY, provider='outlook'),
    new, [])

# 050 credly_badge_issued: Japanese pending-badge reminder (ready to accept), Exchange Online
s = dt('2025-07-18 00:30:12', UTC)
plain = f"""中村 健司 様

Amazon Web Services Training and Certification から発行されたバッジが、まだ受け取られていません。

　AWS Certified SysOps Administrator – Associate

受け取ると、LinkedIn やメール署名でバッジを共有できるようになります。
https://www.credly.com/badges/{ruuid()}/accept?utm_source=pending_badge_reminder

Credly, Inc. 13921 Park Center Road, Suite 200, Herndon, VA 20171, USA
通知設定: https://www.credly.com/earner/settings/notifications
"""
html = credly_html('中村 健司 様', 'Amazon Web Services Training and Certification から発行されたバッジが、まだ受け取られていません。受け取ると、LinkedIn やメール署名でバッジを共有できるようになります。',
                   'AWS Certified SysOps Administrator – Associate', 'バッジを受け取る',
                   'Credly, Inc. 13921 Park Center Road, Suite 200, Herndon, VA 20171, USA', 'ja')
body = alt(leaf(plain, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'), 'b1_' + rhex(40))
add('ja-credly-badge-waiting-for-you', 'credly_badge_issued', None, 'ja', True, body,
    credly_headers(s, T7_TO, ew('バッジがあなたの受け取りを待っています', 'UTF-8', 'B'), provider='outlook'), plain, [])

# 051 support_reply: console "New correspondence added" notice (English)
s = dt('2025-07-09 14:03:31')
new = f"""Hello,

A new correspondence has been added to your AWS Support case {T7_CASE}.

Case ID: {T7_CASE}
Subject: {T7_SUBJ}

To view the correspondence and respond, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={T7_CASE}&language=ja

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail."""
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html_wrap(p2html(new)), 'html', cte='quoted-printable'), boundary_ses())
add('en-console-new-correspondence-notice', 'support_reply', T7_CASE, 'en', True, body,
    aws_headers(s, T7_TO, f'[Case {T7_CASE}] New correspondence added', NOREPLY, provider='outlook'), new, [])


# ---------------------------------------------------------------- more unrelated look-alikes
# 052 unrelated: Amazon Seller Central (JP) case, same RE:[CASE n] style; amazon.co.jp is not AWS -> false
s = dt('2025-06-12 13:22:07')
sid = ses_id(s)
mf = f'{sid}@amazonses.com'
res = {'dkim': [('pass', 'amazon.co.jp', 'rjqkbsmmd3o7lbfkpbclbfuv4ff2ib2k'), ('pass', 'amazonses.com', SES_SEL)],
       'spf': ('pass', mf, '54.240.48.94'), 'dmarc': ('pass', 'amazon.co.jp', 'QUARANTINE')}
new = """出品者様

Amazon セラーセントラルのセラーサポートにお問い合わせいただき、ありがとうございます。担当の佐藤です。

ご申請いただいた出品許可（カテゴリー：ドラッグストア）について確認いたしましたところ、
提出いただいた請求書の発行日が 180 日以上前のものでした。

恐れ入りますが、直近 180 日以内に発行された請求書（10 点以上の購入が記載されたもの）を、
本ケースへの返信にて添付いただけますでしょうか。

書類の受領後、担当部署にて改めて審査いたします。

Amazon.co.jp セラーサポート
佐藤"""
body = alt(leaf(new + '\n', charset='iso-2022-jp', cte='7bit'),
           leaf(html_wrap(p2html(new), lang='ja').replace('charset=utf-8', 'charset=iso-2022-jp'), 'html', 'iso-2022-jp', '7bit'),
           boundary_ses())
h = trace('gmail', T1_USER, s, mf, '54.240.48.94', ses_host('54.240.48.94'), res)
h += [('DKIM-Signature', dkim_sig('amazon.co.jp', 'rjqkbsmmd3o7lbfkpbclbfuv4ff2ib2k', s)),
      ('DKIM-Signature', dkim_sig('amazonses.com', SES_SEL, s)),
      ('Date', rdate(s.astimezone(UTC))), ('From', addr('Amazon セラーセントラル', 'seller-notification@amazon.co.jp', 'ISO-2022-JP')),
      ('To', T1_USER), ('Message-ID', f'<{sid}@email.amazonses.com>'),
      ('Subject', ew('出品許可申請について', 'ISO-2022-JP', 'B', prefix='RE:[CASE 5884881212] '))]
add('ja-seller-central-case-lookalike', 'unrelated', '5884881212', 'ja', False, body, h, new, [])

# 053 unrelated: GitHub "merged" notification
s = dt('2025-07-11 09:12:40')
mf = f'noreply@github.com'
res = {'dkim': [('pass', 'github.com', 'pf2023')], 'spf': ('pass', mf, '192.30.252.201'), 'dmarc': ('pass', 'github.com', 'REJECT')}
new = """Merged #142 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sakura-denki/infra-terraform/pull/142#event-18290334512
You are receiving this because you authored the thread.

Message ID: <sakura-denki/infra-terraform/pull/142/issue_event/18290334512@github.com>"""
html = html_wrap('<p>Merged <a href="https://github.com/sakura-denki/infra-terraform/pull/142">#142</a> into main.</p>'
                 '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/sakura-denki/infra-terraform/pull/142#event-18290334512">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>')
body = alt(leaf(new + '\n', cte='7bit', charset='UTF-8'), leaf(html, 'html', cte='7bit', charset='UTF-8'), f'--==_mimepart_{rhex(13)}_{R.randint(10,99)}')
h = trace('outlook', T7_USER, s, mf, '192.30.252.201', 'out-18.smtp.github.com', res)
h += [('DKIM-Signature', dkim_sig('github.com', 'pf2023', s)),
      ('Date', rdate(s.astimezone(PDT))), ('From', '"Kenji Nakamura" <notifications@github.com>'),
      ('Reply-To', 'sakura-denki/infra-terraform <reply+AAB3XQ5Y2LNF6KVT4GZ7R2OGH3C6HEVBNHHKJ3V7BY@reply.github.com>'),
      ('To', 'sakura-denki/infra-terraform <infra-terraform@noreply.github.com>'),
      ('Cc', 'Author <author@noreply.github.com>'),
      ('Message-ID', '<sakura-denki/infra-terraform/pull/142/issue_event/18290334512@github.com>'),
      ('In-Reply-To', '<sakura-denki/infra-terraform/pull/142@github.com>'),
      ('Subject', 'Re: [sakura-denki/infra-terraform] Merge account modules into shared stack (PR #142)'),
      ('List-ID', 'sakura-denki/infra-terraform <infra-terraform.sakura-denki.github.com>'),
      ('X-GitHub-Reason', 'author')]
add('en-github-pr-merged', 'unrelated', None, 'en', False, body, h, new, [])

# 054 unrelated: Credly's own self-service account merge code (genuine Credly -> true)
s = dt('2025-06-01 22:41:18', UTC)
code = R.randint(100000, 999999)
new = f"""Complete your account merge

You requested to merge the Credly account m.yamamoto@old-company.example into this account ({T1_USER}).

Your verification code is: {code}

Enter this code on the merge page, then click "Complete Account Merge". The code expires in 15 minutes.
After the merge, all badges from the other Credly account will appear in this one.

If you did not request this, you can ignore this email and no changes will be made.

The Credly Team"""
html = html_wrap(p2html(new).replace('Complete Account Merge', '<a href="https://www.credly.com/account/merge/complete" style="color:#ff6b00">Complete Account Merge</a>'))
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'), 'b1_' + rhex(40))
add('en-credly-self-service-merge-code', 'unrelated', None, 'en', True, body,
    credly_headers(s, T1_USER, 'Your Credly account merge verification code', frm='"Credly" <admin@credly.com>'), new, [])

# 055 unrelated: Credly badge-expiry reminder (genuine -> true)
s = dt('2022-12-20 15:00:31', UTC)
new = """Yuko, your badge is about to expire

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, expires on February 21, 2023.

To keep your credential active, check the recertification requirements with the issuer:
https://aws.amazon.com/certification/recertification/

View badge: https://www.credly.com/earner/earned

Credly, Inc. 13921 Park Center Road, Suite 200, Herndon, VA 20171"""
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html_wrap(p2html(new)), 'html', cte='quoted-printable'), 'b1_' + rhex(40))
add('en-credly-badge-expiring', 'unrelated', None, 'en', True, body,
    credly_headers(s, T5_USER, 'Your AWS Certified Cloud Practitioner badge expires soon', provider='generic', authserv=DOCOMO,
                   frm='"Credly" <admin@credly.com>'), new, [])

# 056 unrelated: AWS Training and Certification newsletter (Japanese) that even talks about account merging
s = dt('2025-04-22 02:00:14', UTC)
new = """AWS トレーニングと認定 ニュースレター 2025 年 4 月号

■ 新しい認定試験「AWS Certified AI Practitioner」日本語版の提供開始
■ AWS Skill Builder に新しい日本語のハンズオンラボを 20 本追加
■ よくあるご質問：認定アカウントが複数ある場合は？
　転職などで認定アカウントが複数になってしまった場合は、お問い合わせフォームから
　「Account Merge」を選んでご依頼ください。お手続きの流れは FAQ をご覧ください。
■ AWS Summit Japan 2025 で認定者ラウンジをご利用いただけます

配信停止：https://pages.awscloud.com/communication-preferences.html
アマゾン ウェブ サービス ジャパン合同会社　東京都品川区上大崎 3-1-1 目黒セントラルスクエア"""
body = leaf(html_wrap(p2html(new), lang='ja'), 'html', cte='quoted-printable')
sid = ses_id(s)
h = trace('gmail', T1_USER, s, f'{sid}@amazonses.com', '23.251.226.4', ses_host('23.251.226.4'),
          ses_auth(f'{sid}@amazonses.com', '23.251.226.4'))
h += ses_sender_headers(s)
h += [('Date', rdate(s)), ('From', addr('AWS トレーニングと認定', 'aws-marketing-email-replies@amazon.com', 'UTF-8')),
      ('To', T1_USER), ('Message-ID', f'<{sid}@email.amazonses.com>'),
      ('Subject', ew('【AWS トレーニングと認定】ニュースレター 2025 年 4 月号', 'UTF-8', 'B')),
      ('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>'),
      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
add('ja-aws-tc-newsletter', 'unrelated', None, 'ja', True, body, h, new, [])

# 057 unrelated: another AWS support case of the same user (service quota), Japanese console reply
Q_OPEN = dt('2025-07-02 09:48:11')
Q_CASE = case15(Q_OPEN)
s = dt('2025-07-02 15:20:45')
new = f"""中村 健司 様

AWS サポートの西田です。お問い合わせいただきありがとうございます。

AWS アカウント 482910337615 の東京リージョン（ap-northeast-1）における
「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」のクォータを、
ご依頼どおり 64 vCPU から 256 vCPU に引き上げました。

新しい値がコンソールに表示されるまで、最大 30 分ほどかかる場合があります。

{RATE_JA}

よろしくお願いいたします。
西田 亮
アマゾン ウェブ サービス

{console_footer_ja(Q_CASE)}"""
body = alt(leaf(new + '\n', cte='base64'), leaf(html_wrap(p2html(new), lang='ja'), 'html', cte='base64'), boundary_ses())
add('ja-console-quota-increase-other-case', 'unrelated', Q_CASE, 'ja', True, body,
    aws_headers(s, T7_TO, ew('Service Quotas: EC2 オンデマンドインスタンスの上限緩和', 'UTF-8', 'B', prefix=f'RE:[CASE {Q_CASE}] '),
                NOREPLY, provider='outlook'), new, [])

# 058 credly_badge_issued: Daniel, badge issued after the accounts were joined
s = dt('2025-03-23 06:11:52', UTC)
bid = ruuid()
plain = f"""Daniel, you've been issued a new badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified Cloud Practitioner

Accept your badge: https://www.credly.com/badges/{bid}/accept?utm_medium=email&utm_source=badge_issued

You are receiving this because an organization issued you a badge through Credly.
Credly, Inc. 13921 Park Center Road, Suite 200, Herndon, VA 20171
"""
html = credly_html("Daniel, you've been issued a new badge!",
                   'Amazon Web Services Training and Certification has issued you the following badge:',
                   'AWS Certified Cloud Practitioner', 'Accept your badge',
                   'You are receiving this because an organization issued you a badge through Credly.', badge_id=bid)
body = alt(leaf(plain, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'), 'b1_' + rhex(40))
add('en-credly-issued-outlook', 'credly_badge_issued', None, 'en', True, body,
    credly_headers(s, T2_TO, "Daniel, you've been issued a new badge", provider='outlook'), plain, [])

# ---------------------------------------------------------------- thread T8: Haruto Saito, 11-digit case (2023), Japanese agent writing English
T8_USER = 'haruto.saito.dev@gmail.com'
T8_TO = f'Haruto Saito <{T8_USER}>'
T8_CASE = '11892037465'
T8_SUBJ = f'RE:[CASE {T8_CASE}] [AWS Training and Certification Form Submission] - account-assistance'

# 059 merge_completed: non-native English by a Japanese agent, nested quotes
s = dt('2023-06-12 17:31:09')
new = """Dear Haruto Saito,

Thank you for waiting. Your request of account merging is done today.
From now, please use the candidate ID AWS52987410. The AWS 52001734 can not be used anymore.
Your certifications and exam history are all moved to AWS52987410.

If there are some problem, please reply this mail.

Best Regards,
Kaori Yoshida
AWS Training and Certification Customer Support"""
quoted = q_gmail_en(dt('2023-06-09 22:04:00'), 'Haruto Saito', T8_USER,
                    'Hello Kaori,\n\nYes, that is correct. Please go ahead.\n\nThanks,\nHaruto\n\n' +
                    q_gmail_en(dt('2023-06-09 11:15:00'), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
                               'Please let us know if it is OK to merge AWS52001734 into AWS52987410.\nAfter merge, it can not be returned.'))
text = new + '\n\n' + quoted + '\n'
body = leaf(text, cte='quoted-printable')
add('en-japanese-agent-merging-is-done', 'merge_completed', T8_CASE, 'en', True, body,
    aws_headers(s, T8_TO, T8_SUBJ, FORM_FROM), new, ['AWS52001734', 'AWS52987410'])

# 060 survey: closure notice that also mentions the accounts were joined (boundary -> survey)
s = dt('2023-06-19 17:35:00')
link = f'https://amazonexteu.qualtrics.com/jfe/form/SV_{ralnum(15, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}?CaseId={T8_CASE}'
new = f"""Hello Haruto,

We're writing to let you know that case {T8_CASE} has now been closed. Our records show that the two certification profiles you contacted us about (AWS52001734 and AWS52987410) were joined under AWS52987410 on June 12, so there is nothing further you need to do.

Please take a moment to tell us how we did - it takes less than two minutes:
{link}

  * Was your issue resolved?  Yes / No
  * How satisfied were you with the support you received? (1 = very dissatisfied, 5 = very satisfied)

Thank you for being an AWS Certified professional.

AWS Training and Certification"""
html = html_wrap(p2html(new).replace(link, f'<a href="{link}">Take the survey</a>'))
body = alt(leaf(new + '\n', cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'), boundary_ses())
add('en-case-closed-tell-us-how-we-did', 'survey', T8_CASE, 'en', True, body,
    aws_headers(s, T8_TO, f'[CASE {T8_CASE}] Your case has been closed', FORM_FROM), new, ['AWS52001734', 'AWS52987410'])


# === MORE MAILS ===

# =====================================================================
# write + sanity checks
# =====================================================================

def decoded_text(msg):
    from email.header import decode_header, make_header
    parts = []
    for k in ('Subject', 'From'):
        v = msg.get(k)
        if v:
            try:
                parts.append(str(make_header(decode_header(v))))
            except Exception:
                parts.append(v)
    for p in msg.walk():
        if p.get_content_maintype() == 'text':
            data = p.get_payload(decode=True) or b''
            cs = (p.get_content_charset() or 'us-ascii').lower()
            cs = {'shift_jis': 'cp932', 'x-sjis': 'cp932', 'sjis': 'cp932'}.get(cs, cs)
            try:
                parts.append(data.decode(cs, 'replace'))
            except LookupError:
                parts.append(data.decode('utf-8', 'replace'))
    return unicodedata.normalize('NFKC', '\n'.join(parts))

def main():
    import email
    for f in glob.glob(os.path.join(OUT, '*.eml')):
        os.remove(f)
    labels = {}
    for name, data, label in MAILS:
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    # sanity
    bad = 0
    files = sorted(glob.glob(os.path.join(OUT, '*.eml')))
    assert len(files) == len(labels), (len(files), len(labels))
    for f in files:
        name = os.path.basename(f)
        msg = email.message_from_bytes(open(f, 'rb').read())
        txt = decoded_text(msg)
        flat = re.sub(r'[\s\-]', '', txt).upper()
        lab = labels[name]
        for i in lab['account_ids']:
            if i not in flat:
                print('MISSING id', name, i); bad += 1
        if lab['case_id'] and lab['case_id'] not in re.sub(r'\s', '', txt):
            print('MISSING case', name, lab['case_id']); bad += 1
        if msg.defects:
            print('DEFECTS', name, msg.defects); bad += 1
        for p in msg.walk():
            if p.defects:
                print('PART DEFECTS', name, p.defects); bad += 1
    from collections import Counter
    print(len(files), 'mails;', dict(Counter(l['kind'] for l in labels.values())),
          dict(Counter(l['language'] for l in labels.values())), 'problems:', bad)

if __name__ == '__main__':
    main()
