#!/usr/bin/env python3
"""Generator for blind set 173: AWS Certification account-merge mailbox, Japanese emphasis.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this script.
"""
import base64
import datetime as dt
import email.utils
import io
import json
import os
import quopri
import random
import glob
from email.message import Message
from email.generator import BytesGenerator
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(17300)

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))

MAILS = []  # (slug, bytes, label)


# ---------------------------------------------------------------- helpers
def T(s):
    """JST wall-clock -> aware datetime"""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=JST)


def rfc(d, tz=UTC, paren=None):
    s = email.utils.format_datetime(d.astimezone(tz))
    if paren:
        s += f' ({paren})'
    return s


def plus(d, **kw):
    return d + dt.timedelta(**kw)


def case15(d, tail=None):
    if tail is None:
        tail = rnd.randint(0, 99999)
    return f'{int(d.timestamp())}{tail:05d}'


B64CH = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def tok(n, chars=B64CH):
    return ''.join(rnd.choice(chars) for _ in range(n))


def hexs(n):
    return tok(n, '0123456789abcdef')


def uuid():
    h = hexs(32)
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'


def ses_mid(d):
    ms = int(d.timestamp() * 1000) + rnd.randint(0, 999)
    return f'<0100{ms:012x}-{uuid()}-000000@email.amazonses.com>'


def ses_mailfrom(d):
    return ses_mid(d)[1:-1].replace('@email.amazonses.com', '@amazonses.com')


def ses_ip():
    return rnd.choice(['54.240.8.', '54.240.9.', '54.240.48.', '54.240.11.']) + str(rnd.randint(2, 250))


def ses_helo(ip):
    a = ip.split('.')
    pre = {'8': 'a8', '9': 'a9', '48': 'a48', '11': 'a11'}[a[2]]
    return f'{pre}-{a[3]}.smtp-out.amazonses.com'


def fold_b(s, width=70, indent='\t'):
    """split a long token over continuation lines"""
    out, line = [], ''
    for i in range(0, len(s), width):
        out.append(s[i:i + width])
    return ('\n' + indent).join(out)


def dkim(domain, selector, d, h='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID',
         c='relaxed/simple'):
    return (f'v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={selector}; d={domain}; t={int(d.timestamp())};\n'
            f'\th={h};\n\tbh={tok(43)}=;\n\tb=' + fold_b(tok(342) + '==', 68))


AMZ_SEL = 'rjqz2yc6g3wnt2wv5ysgl3cqvjxgyp4v'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def ses_dkim(d):
    return [('DKIM-Signature', dkim('amazon.com', AMZ_SEL, d)),
            ('DKIM-Signature', dkim('amazonses.com', SES_SEL, d,
                                    h='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID'))]


def ses_trailer(d, region='us-east-1'):
    return [('Feedback-ID', f'::1.{region}.{tok(43)}=:AmazonSES'),
            ('X-SES-Outgoing', f'{d.astimezone(UTC):%Y.%m.%d}-{ses_ip()}')]


# --- provider transport blocks.  auth: dict(dkim, dkim_d, spf, mailfrom_dom, dmarc, from_dom, policy)
def ar_gmail(a, mailfrom, ip):
    parts = []
    if a.get('dkim'):
        parts.append(f"dkim={a['dkim']} header.i=@{a['dkim_d']} header.s={a.get('sel', AMZ_SEL)} header.b={tok(8)}")
    if a.get('dkim2'):
        parts.append(f"dkim={a['dkim2']} header.i=@{a['dkim2_d']} header.s={a.get('sel2', SES_SEL)} header.b={tok(8)}")
    spf = a.get('spf', 'pass')
    if spf == 'pass':
        parts.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    elif spf == 'softfail':
        parts.append(f"spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    else:
        parts.append(f"spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    if a.get('dmarc'):
        pol = a.get('policy', 'p=QUARANTINE sp=QUARANTINE dis=NONE')
        parts.append(f"dmarc={a['dmarc']} ({pol}) header.from={a['from_dom']}")
    return 'mx.google.com;\n       ' + ';\n       '.join(parts)


def gmail_transport(to, d, mailfrom, ip, helo, auth, arc=True, extra_ar=None):
    """returns list of headers (top of message first)"""
    rd = plus(d, seconds=rnd.randint(1, 4))
    ar = ar_gmail(auth, mailfrom, ip)
    h = [('Delivered-To', to),
         ('Received', f'by 2002:a05:7208:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {tok(2,"abcdefghijklmnopqrstuvwxyz")}{rnd.randint(10,99)}csp{rnd.randint(100000,9999999)};\n        {rfc(rd, PDT, "PDT")}'),
         ('X-Google-Smtp-Source', f'AGHT+I{tok(62)}'),
         ('X-Received', f'by 2002:a05:620a:{hexs(4)}:b0:{hexs(3)}:{hexs(4)} with SMTP id af79cd13be357-{hexs(11)}mr{rnd.randint(1000000,9999999)}85a.{rnd.randint(100,999)}.{rnd.randint(10000000000000,99999999999999)};\n        {rfc(rd, PDT, "PDT")}')]
    if arc:
        h += [('ARC-Seal', f'i=1; a=rsa-sha256; t={int(rd.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b=' + fold_b(tok(342) + '==', 68, '        ')),
              ('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:date:message-id:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh={tok(43)}=;\n        fh={tok(43)}=;\n        b=' + fold_b(tok(342) + '==', 68, '        ')),
              ('ARC-Authentication-Results', 'i=1; ' + ar)]
    h += [('Return-Path', f'<{mailfrom}>'),
          ('Received', f'from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id af79cd13be357-{hexs(11)}si{rnd.randint(100000,9999999)}85a.{rnd.randint(100,999)}.{d.astimezone(PDT):%Y.%m.%d.%H.%M.%S}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfc(d, PDT, "PDT")}'),
          ('Received-SPF', f'pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};' if auth.get('spf', 'pass') == 'pass' else f'{auth["spf"]} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) client-ip={ip};'),
          ('Authentication-Results', ar)]
    if extra_ar:
        h += [('Authentication-Results', extra_ar)]
    return h


def outlook_transport(to, d, mailfrom, ip, helo, auth, extra_ar=None):
    spf = auth.get('spf', 'pass')
    mdom = mailfrom.split('@')[1]
    dk = auth.get('dkim', 'none')
    dkd = auth.get('dkim_d', '')
    dk_s = f"dkim={dk} (signature was verified)\n header.d={dkd}" if dk == 'pass' else (
        f"dkim={dk} (signature did not verify)\n header.d={dkd}" if dkd else "dkim=none (message not signed)\n header.d=none")
    dm = auth.get('dmarc', 'pass')
    act = 'none' if dm == 'pass' else auth.get('action', 'quarantine')
    comp = 'pass reason=100' if dm == 'pass' else 'fail reason=000'
    ar = (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mdom}; {dk_s};dmarc={dm} action={act}\n"
          f" header.from={auth['from_dom']};compauth={comp}")
    srv = lambda: f'{rnd.choice(["TY","OS","TYCP","TYWP","OSZP"])}{rnd.randint(1,3)}P286MB{rnd.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM'
    fe = f'TY{rnd.randint(1,3)}PEPF0000{rnd.randint(1000,9999)}.apcprd{rnd.randint(1,9):02d}.prod.outlook.com'
    h = [('Received', f'from {srv()} (2603:1096:400:{hexs(3)}::{rnd.randint(1,20)}) by\n {srv()} with HTTPS; {rfc(plus(d, seconds=3), UTC)}'),
         ('Received', f'from {srv()} (2603:1096:404:{hexs(2)}::{rnd.randint(1,20)})\n by {srv()} (2603:1096:400:{hexs(3)}::{rnd.randint(1,9)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000,8999)}.{rnd.randint(10,40)}; {rfc(plus(d, seconds=2), UTC)}'),
         ('Received', f'from {fe}\n (2603:1096:404:8000::{hexs(2)}) by {srv()}\n (2603:1096:404:{hexs(2)}::{rnd.randint(1,20)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000,8999)}.{rnd.randint(10,40)} via Frontend\n Transport; {rfc(plus(d, seconds=2), UTC)}'),
         ('Authentication-Results', ar)]
    if extra_ar:
        h.append(('Authentication-Results', extra_ar))
    spf_txt = 'designates' if spf == 'pass' else 'does not designate'
    h += [('Received-SPF', f'{spf.capitalize()} (protection.outlook.com: domain of {mdom} {spf_txt}\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C'),
          ('Received', f'from {helo} ({ip}) by\n {fe} (10.167.{rnd.randint(1,250)}.{rnd.randint(1,250)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{rnd.randint(8000,8999)}.{rnd.randint(10,40)} via Frontend\n Transport; {rfc(plus(d, seconds=1), UTC)}')]
    return h


def outlook_trailer(d):
    return [('X-MS-Exchange-Organization-ExpirationStartTime', f'{d.astimezone(UTC):%d %b %Y %H:%M:%S.%f}'[:-3] + ' (UTC)'),
            ('X-MS-Exchange-Organization-Network-Message-Id', uuid()),
            ('X-MS-Exchange-Organization-AuthSource', f'TY{rnd.randint(1,3)}PEPF0000{rnd.randint(1000,9999)}.apcprd{rnd.randint(1,9):02d}.prod.outlook.com'),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-Organization-SCL', '1'),
            ('X-Microsoft-Antispam', 'BCL:0;ARA:13230040|29132699027|8062599003|5062899012;'),
            ('X-MS-Exchange-Transport-EndToEndLatency', f'00:00:0{rnd.randint(1,9)}.{rnd.randint(1000000,9999999)}')]


def jp_transport(provider, to, d, mailfrom, ip, helo, auth, extra_ar=None, top_extra=None):
    """Japanese ISP / hosting styles"""
    mdom = mailfrom.split('@')[1]
    jd = rfc(plus(d, seconds=rnd.randint(1, 5)), JST)
    spf = auth.get('spf', 'pass')
    dk = auth.get('dkim')
    dkd = auth.get('dkim_d')
    dm = auth.get('dmarc')
    fd = auth['from_dom']
    if provider == 'biglobe':
        ar = f'biglobe.ne.jp; spf={spf} smtp.mailfrom={mailfrom};' + (f' dkim={dk} header.d={dkd};' if dk else '') + (f' dmarc={dm} header.from={fd}' if dm else '')
        mx = f'a{rnd.randint(10,99)}.mx.biglobe.ne.jp'
        recv = [('Received', f'from {mx} ({mx} [133.205.{rnd.randint(1,250)}.{rnd.randint(1,250)}])\n\tby mbox{rnd.randint(10,99)}.biglobe.ne.jp (Postfix) with ESMTP id 4{tok(11,"BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")}\n\tfor <{to}>; {jd}'),
                ('Received', f'from {helo} ({helo} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id 4{tok(11,"BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")}\n\tfor <{to}>; {jd}')]
    elif provider == 'nifty':
        ar = f'mx.nifty.com;\n\tspf={spf} smtp.mailfrom={mailfrom};' + (f'\n\tdkim={dk} header.d={dkd} header.s={auth.get("sel", AMZ_SEL)};' if dk else '') + (f'\n\tdmarc={dm} header.from={fd}' if dm else '')
        mx = f'mx{rnd.randint(100,999)}.nifty.com'
        recv = [('Received', f'from {mx} by mbox{rnd.randint(10,99)}.nifty.com with ESMTP\n\tid <{rnd.randint(10**15,10**16)}.{hexs(8)}@mbox.nifty.com>; {jd}'),
                ('Received', f'from {helo} ({helo} [{ip}])\n\tby {mx} with ESMTP\n\tfor <{to}>; {jd}')]
    elif provider == 'iij':
        ar = f'iij.ad.jp; spf={spf} smtp.mailfrom={mailfrom};' + (f'\n dkim={dk} header.d={dkd};' if dk else '') + (f'\n dmarc={dm} header.from={fd}' if dm else '')
        mf_ = f'mf{rnd.randint(10,99)}.iij.ad.jp'
        recv = [('Received', f'from mgw1.kitaura-sys.co.jp (mgw1.kitaura-sys.co.jp [10.2.{rnd.randint(1,50)}.{rnd.randint(1,250)}])\n\tby mbx02.kitaura-sys.co.jp (Postfix) with ESMTP id {hexs(10).upper()}\n\tfor <{to}>; {jd}'),
                ('Received', f'from {mf_} ({mf_} [202.232.{rnd.randint(1,250)}.{rnd.randint(1,250)}])\n\tby mgw1.kitaura-sys.co.jp with ESMTP id {hexs(10).upper()}; {jd}'),
                ('Received', f'from {helo} ({helo} [{ip}])\n\tby {mf_} (IIJ SMH) with ESMTPS id {hexs(12)}\n\tfor <{to}>; {jd}')]
    elif provider == 'yahoojp':
        ar = (f'mta{rnd.randint(5000,5999)}.mail.kks.yahoo.co.jp  from={fd}; domainkeys=neutral (no sig);'
              + (f' dkim={dk} (ok) header.i=@{dkd};' if dk == 'pass' else (f' dkim={dk} header.i=@{dkd};' if dk else ''))
              + (f' dmarc={dm} header.from={fd}' if dm else ''))
        mta = ar.split()[0]
        recv = [('Received', f'from {helo} ({ip})\n  by {mta} with SMTP; {rfc(d, JST)}'),
                ('Received', f'from {mta} ({mta} [10.80.{rnd.randint(1,250)}.{rnd.randint(1,250)}])\n  by mfilter{rnd.randint(100,999)}.mail.kks.yahoo.co.jp with SMTP; {jd}')]
        recv = recv[::-1]
    elif provider == 'sonet':
        ar = f'mfilter{rnd.randint(10,99)}.so-net.ne.jp;\n\tspf={spf} smtp.mailfrom={mailfrom};' + (f'\n\tdkim={dk} header.d={dkd};' if dk else '') + (f'\n\tdmarc={dm} header.from={fd}' if dm else '')
        mfl = ar.split(';')[0]
        recv = [('Received', f'from {mfl} ({mfl} [202.238.{rnd.randint(1,250)}.{rnd.randint(1,250)}])\n\tby mbox{rnd.randint(10,99)}.so-net.ne.jp (Postfix) with ESMTP id {hexs(9).upper()}\n\tfor <{to}>; {jd}'),
                ('Received', f'from {helo} ({helo} [{ip}])\n\tby {mfl} (Postfix) with ESMTPS id {hexs(9).upper()}\n\tfor <{to}>; {jd}')]
    elif provider == 'sakura':
        ar = f'www{rnd.randint(1000,9999)}.sakura.ne.jp;\n\tspf={spf} smtp.mailfrom={mailfrom};' + (f'\n\tdkim={dk} header.d={dkd};' if dk else '') + (f'\n\tdmarc={dm} header.from={fd}' if dm else '')
        recv = [('Received', f'from {helo} ({helo} [{ip}])\n\tby www{rnd.randint(1000,9999)}.sakura.ne.jp (8.16.1/8.16.1) with ESMTPS id {tok(14)}\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)\n\tfor <{to}>; {jd}')]
    else:
        raise ValueError(provider)
    h = []
    if top_extra:
        h += top_extra
    h += [('Return-Path', f'<{mailfrom}>')]
    if provider in ('biglobe', 'iij', 'sonet', 'nifty'):
        h += [recv[0], ('Authentication-Results', ar)] + recv[1:]
    else:
        h += [('Authentication-Results', ar)] + recv
    if extra_ar:
        h.append(('Authentication-Results', extra_ar))
    return h


AMZ_PASS = dict(dkim='pass', dkim_d='amazon.com', dkim2='pass', dkim2_d='amazonses.com', spf='pass', dmarc='pass', from_dom='amazon.com')


def aws_transport(style, to, d, auth=None, **kw):
    """transport block for genuine SES-sent amazon.com mail"""
    auth = dict(AMZ_PASS if auth is None else auth)
    mf = ses_mailfrom(d)
    ip = ses_ip()
    helo = ses_helo(ip)
    if style == 'gmail':
        return gmail_transport(to, d, mf, ip, helo, auth, **kw)
    if style == 'outlook':
        return outlook_transport(to, d, mf, ip, helo, auth, **kw)
    return jp_transport(style, to, d, mf, ip, helo, auth, **kw)


# ---------------------------------------------------------------- MIME parts
def textpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None, params=''):
    """build a leaf with manual encoding (so charset labels/CTE are exactly as wanted)"""
    codec = codec or charset
    raw = text.encode(codec)
    m = Message()
    lab = label or charset
    m['Content-Type'] = f'text/{subtype}; charset="{lab}"{params}' if rnd.random() < 0.6 else f'text/{subtype}; charset={lab}{params}'
    m['Content-Transfer-Encoding'] = cte
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
    if not payload.endswith('\n'):
        payload += '\n'
    m.set_payload(payload)
    return m


def bnd(style='gmail'):
    if style == 'gmail':
        return f'000000000000{hexs(16)}'
    if style == 'ses':
        return f'----=_Part_{rnd.randint(100000,9999999)}_{rnd.randint(100000000,2099999999)}.{rnd.randint(10**12,10**13)}'
    if style == 'outlook':
        return f'_000_{tok(28,"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}TYCP286MB{rnd.randint(1000,9999)}JPNP_'
    return f'=_{hexs(24)}'


def multipart(sub, parts, style='ses'):
    m = Message()
    m['Content-Type'] = f'multipart/{sub}; \n\tboundary="{bnd(style)}"'
    for p in parts:
        m.attach(p)
    return m


def alt(plain, html, charset='utf-8', cte='quoted-printable', style='ses', **kw):
    return multipart('alternative', [textpart(plain, 'plain', charset, cte, **kw),
                                     textpart(html, 'html', charset, cte, **kw)], style)


def enc_subject(s, charset='utf-8', mode='B', chunk=None):
    """encoded-word subject folded over lines"""
    if all(ord(c) < 128 for c in s):
        return s
    if charset.lower() == 'iso-2022-jp':
        return Header(s, 'iso-2022-jp', maxlinelen=76).encode()
    def qenc(piece):
        return ''.join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ('_' if b == 32 else f'={b:02X}') for b in piece)
    cs = charset.upper() if rnd.random() < 0.5 else charset
    words, cur = [], ''
    limit = chunk or 45
    for ch in s:
        trial = (cur + ch).encode(charset)
        size = len(base64.b64encode(trial)) if mode == 'B' else len(qenc(trial))
        if size > limit and cur:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    words = [f'=?{cs}?B?{base64.b64encode(w.encode(charset)).decode()}?=' if mode == 'B'
             else f'=?{cs}?Q?{qenc(w.encode(charset))}?=' for w in words]
    return '\n '.join(words)


def html_wrap(body_html, title='', lang='ja'):
    return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n<title>{title}</title>\n</head>\n'
            f'<body style="margin:0;padding:0;background-color:#f2f3f3;font-family:\'Amazon Ember\',\'Hiragino Kaku Gothic ProN\',Meiryo,Arial,sans-serif;">\n'
            f'<table width="100%" cellpadding="0" cellspacing="0" border="0" role="presentation"><tr><td align="center">\n'
            f'<table width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;">\n'
            f'<tr><td style="background-color:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="120" /></td></tr>\n'
            f'<tr><td style="padding:24px;font-size:14px;line-height:1.7;color:#16191f;">\n{body_html}\n</td></tr>\n'
            f'<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>\n'
            f'</table>\n</td></tr></table>\n</body>\n</html>\n')


def p2h(text):
    """plain text -> simple html paragraphs"""
    import html as _h
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>' + _h.escape(p).replace('\n', '<br />\n') + '</p>' for p in paras)


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


# ---------------------------------------------------------------- assembly
def build(slug, headers, body, label, preamble=None):
    top = Message()
    for k, v in headers:
        top[k] = v
    if 'MIME-Version' not in top:
        top['MIME-Version'] = '1.0'
    for k, v in body.items():
        top[k] = v
    top.set_payload(body._payload)
    if preamble:
        top.preamble = preamble
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(top)
    lab = dict(kind=label['kind'], case_id=label.get('case_id'),
               account_ids=sorted(set(label.get('account_ids', []))),
               sender_verified=label['sender_verified'], language=label['language'])
    MAILS.append((slug, buf.getvalue(), lab))


def L(kind, case_id, ids, sv, lang):
    return dict(kind=kind, case_id=case_id, account_ids=ids, sender_verified=sv, language=lang)


FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CONSOLE_JP = '=?UTF-8?B?44Ki44Oe44K+44OzIOOCpuOCp+ODliDjgrXjg7zjg5Pjgrk=?= <no-reply-aws@amazon.com>'  # アマゾン ウェブ サービス

# ================================================================ MAILS
# (mail definitions are appended below in parts)


def write_all():
    for f in glob.glob(os.path.join(OUT, '*.eml')):
        os.remove(f)
    labels = {}
    order = list(range(len(MAILS)))
    random.Random(1730).shuffle(order)
    for n, i in enumerate(order, 1):
        slug, data, lab = MAILS[i]
        name = f'{n:03d}-{slug}.eml'
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        labels[name] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(f'wrote {len(MAILS)} mails')


# ---------------------------------------------------------------- user A: Tanaka, Gmail, form case (2025-05)
A_TO = 'kenta.tanaka.0412@gmail.com'
A_OPEN = T('2025-05-27 22:14:05')
CASE_A = case15(A_OPEN, 40412)
A_OPEN2 = T('2025-05-28 07:51:30')
CASE_A2 = case15(A_OPEN2, 7702)
A_KEEP, A_OLD = 'AWS03817264', 'AWS11592047'
A_SUBJ = f'RE:[CASE {CASE_A}] [AWS Training and Certification Form Submission] - account-assistance'
KIMURA_SIG = '''何卒よろしくお願い申し上げます。

木村
アマゾン ウェブ サービス
トレーニングと認定 カスタマーサポート'''
FORM_FOOT_JA = '''---
本メールは送信専用ではございません。本件に関するご連絡は、件名を変更せずにこのメールへご返信ください。
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。'''


def aws_headers(style, to, d, frm, subj, subj_cs='utf-8', subj_mode='B', auth=None, to_name=None, **kw):
    h = aws_transport(style, to, d, auth=auth, **kw)
    h += ses_dkim(d)
    h += [('From', frm),
          ('To', f'{to_name} <{to}>' if to_name else to),
          ('Subject', enc_subject(subj, subj_cs, subj_mode)),
          ('Date', rfc(d)),
          ('Message-ID', ses_mid(d))]
    h += ses_trailer(d)
    if style == 'outlook':
        h += outlook_trailer(d)
    return h


def mail_A1():
    d = plus(A_OPEN, seconds=38)
    txt = f'''田中 健太 様

このたびは AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
下記の内容にて、お問い合わせを承りました。

  ケース ID            : {CASE_A}
  お問い合わせの種類    : Certification
  詳細                  : Account Merge
  AWS 受験者 ID         : {A_KEEP}

内容を拝見のうえ、担当者より原則として 24 時間以内にご連絡を差し上げます。
追加でお伝えいただきたい事項がございましたら、件名を変えずに本メールへご返信ください。

なお、同一のご用件で新たにお問い合わせフォームを送信されますと、かえってご回答が遅れる場合がございます。
恐れ入りますが、ご連絡をお待ちいただきますようお願い申し上げます。

※本メールはシステムより自動でお送りしております。

AWS トレーニングと認定
https://aws.amazon.com/jp/training/
'''
    html = html_wrap(p2h(txt), 'AWS トレーニングと認定')
    h = aws_headers('gmail', A_TO, d, FORM,
                    f'[CASE {CASE_A}] お問い合わせありがとうございます - AWS トレーニングと認定', to_name='田中健太')
    build('tanaka-form-ack', h, alt(txt, html), L('case_created', CASE_A, [A_KEEP], True, 'ja'))


def mail_A2():
    d = plus(A_OPEN2, seconds=51)
    txt = f'''お問い合わせありがとうございます。
本メールは、お問い合わせフォームの送信を受けて自動でお送りしているものです。

ケース番号 {CASE_A2} にてご依頼を承りました。担当者からのご連絡まで今しばらくお待ちください。
ご返信の際は、件名の [CASE {CASE_A2}] を残したままお送りくださいますようお願いいたします。

----------------------------------------------------------------
Thank you for contacting AWS Training and Certification.
This is an automated message to let you know that we have received
your request. Your case number is {CASE_A2}.
A member of our team will respond to you shortly.
----------------------------------------------------------------
'''
    body = textpart(txt, 'plain', 'utf-8', 'base64')
    h = aws_headers('gmail', A_TO, d, FORM,
                    f'[CASE {CASE_A2}] AWS Training and Certification Form Submission / お問い合わせありがとうございます')
    build('form-autoreply-bilingual', h, body, L('case_created', CASE_A2, [], True, 'ja'))


def mail_A3():
    d = T('2025-05-28 13:40:12')
    txt = f'''田中様

AWS トレーニングと認定 カスタマーサポートでございます。

本日お送りいただいたお問い合わせ（ケース {CASE_A2}）につきまして、
昨晩いただいたケース {CASE_A} と同じご依頼であることを拝見いたしました。

二重の対応を避けるため、本件は先のケース {CASE_A} にて引き続き対応させていただきます。
恐れ入りますが、今後のやり取りはケース {CASE_A} のメールにご返信いただけますでしょうか。
同じご依頼で別のケースを新たに作成されますと、順番が後ろになり、かえってお時間をいただくことになりますので、ご注意いただけますと幸いです。

{KIMURA_SIG}
'''
    html = html_wrap(p2h(txt))
    h = aws_headers('gmail', A_TO, d, FORM,
                    f'RE:[CASE {CASE_A2}] [AWS Training and Certification Form Submission] - account-assistance')
    build('tanaka-second-case-reply', h, alt(txt, html, cte='base64'),
          L('support_reply', CASE_A2, [], True, 'ja'))


def mail_A4():
    d = T('2025-05-28 14:05:47')
    txt = f'''田中 健太 様

AWS トレーニングと認定 カスタマーサポートの木村と申します。
このたびはお問い合わせいただき、誠にありがとうございます。

お知らせいただいた受験者 ID は、以下の 2 件でございます。

  AWS03817264（ご登録メールアドレス: {A_TO}）
  AWS 11592047（ご登録メールアドレス: k.tanaka@harumi-soft.co.jp）

ご依頼のとおり、これらをひとつのアカウントにまとめる手続きを進めるにあたり、今後お使いになるアカウントをどちらになさるか、お知らせいただけますでしょうか。
残さない方のアカウントに記録されている認定資格や受験履歴は、残す方のアカウントへ移すことになります。

また、旧勤務先のメールアドレス（harumi-soft.co.jp）は現在も受信可能でしょうか。受信できない場合は、その旨もあわせてお書き添えください。

本メールにそのままご返信いただければ幸いです。

{KIMURA_SIG}

{FORM_FOOT_JA}
'''
    html = html_wrap(p2h(txt))
    h = aws_headers('gmail', A_TO, d, FORM, A_SUBJ)
    build('tanaka-agent-first-reply', h, alt(txt, html),
          L('support_reply', CASE_A, [A_KEEP, A_OLD], True, 'ja'))


A4_QUOTE_USER = f'''木村様

お世話になっております。田中です。
ご連絡ありがとうございます。

今後は AWS03817264（gmail の方）を使いたいと考えております。
旧勤務先のアドレスはすでに使えなくなっています。
よろしくお願いいたします。

田中 健太'''


def mail_A5():
    d = T('2025-05-29 09:40:03')
    new = f'''田中 健太 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの木村でございます。
ご返信いただき、ありがとうございます。

いただいた内容に基づき、下記のとおり作業を実施する予定でございます。

  ■ 今後お使いいただくアカウント（存続）: {A_KEEP}
  ■ 取り込まれるアカウント            : {A_OLD}

作業後は、{A_OLD} に記録されている認定資格・受験履歴・特典がすべて {A_KEEP} に移り、{A_OLD} ではサインインいただけなくなります。
また、本作業は一度実施いたしますと元に戻すことができませんので、あらかじめご承知おきくださいませ。

上記の内容でお間違いがなければ、本メールへのご返信にてその旨をお知らせください。
お返事を拝受し次第、作業に着手いたします。

{KIMURA_SIG}
'''
    q = f'''-----Original Message-----
From: 田中健太 <{A_TO}>
Sent: Wednesday, May 28, 2025 3:32 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: {A_SUBJ}

{A4_QUOTE_USER}

2025年5月28日(水) 14:05 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

> 田中 健太 様
>
> AWS トレーニングと認定 カスタマーサポートの木村と申します。
> お知らせいただいた受験者 ID は、以下の 2 件でございます。
>
>   AWS03817264（ご登録メールアドレス: {A_TO}）
>   AWS 11592047（ご登録メールアドレス: k.tanaka@harumi-soft.co.jp）
>
> 今後お使いになるアカウントをどちらになさるか、お知らせいただけますでしょうか。
'''
    txt = new + '\n' + q
    html = html_wrap(p2h(new) + '\n<div style="border-left:2px solid #ccc;padding-left:8px;color:#555;">' + p2h(q) + '</div>')
    h = aws_headers('gmail', A_TO, d, FORM, A_SUBJ)
    build('tanaka-agent-proposal', h, alt(txt, html),
          L('merge_confirmation_requested', CASE_A, [A_KEEP, A_OLD], True, 'ja'))


def mail_A6():
    """look-alike phishing about the merge"""
    d = T('2025-05-29 12:17:40')
    to = A_TO
    ip = '185.173.' + str(rnd.randint(10, 200)) + '.' + str(rnd.randint(2, 250))
    mf = 'bounce-7731@mail.aws-certification-jp.com'
    auth = dict(dkim='pass', dkim_d='aws-certification-jp.com', sel='s1', spf='pass', dmarc='pass',
                from_dom='aws-certification-jp.com', policy='p=NONE sp=NONE dis=NONE')
    h = gmail_transport(to, d, mf, ip, 'mail.aws-certification-jp.com', auth)
    h += [('DKIM-Signature', dkim('aws-certification-jp.com', 's1', d, h='from:to:subject:date:message-id:mime-version:content-type')),
          ('From', enc_subject('AWS 認定 アカウントサポート', 'utf-8') + ' <support@aws-certification-jp.com>'),
          ('To', to),
          ('Subject', enc_subject('【重要】認定アカウントの一本化について：24時間以内にご対応ください', 'utf-8')),
          ('Date', rfc(d, JST)),
          ('Message-ID', f'<{hexs(20)}@aws-certification-jp.com>'),
          ('X-Mailer', 'Microsoft Outlook 16.0')]
    txt = f'''田中 健太 様

AWS 認定アカウントサポートです。

お客様よりご依頼のあった認定アカウントの一本化について、下記のアカウントを {A_KEEP} に取り込む準備が整いました。

  対象アカウント: {A_KEEP}（存続）ほか 1 件

手続きを進めてよろしければ、24 時間以内に下記のページからサインインのうえ、同意ボタンを押してください。
期限内にお手続きがない場合、両方のアカウントの認定資格が一時停止となります。

  https://aws-certification-jp.com/account/merge/consent?id={hexs(16)}

AWS 認定アカウントサポート
'''
    html = html_wrap(p2h(txt))
    build('account-notice-ja-lookalike', h, alt(txt, html, style='outlook'),
          L('merge_confirmation_requested', None, [A_KEEP], False, 'ja'))


for _f in (mail_A1, mail_A2, mail_A3, mail_A4, mail_A5, mail_A6):
    _f()


def credly_headers(style, to, d, subj, frm=None, auth=None, domain='credly.com', subj_cs='utf-8', **kw):
    sgid = rnd.randint(1000000, 9999999)
    local = to.replace('@', '=')
    mf = f'bounces+{sgid}-{hexs(4)}-{local}@em.{domain}'
    ip = f'149.72.{rnd.randint(1,250)}.{rnd.randint(2,250)}' if domain == 'credly.com' else f'167.89.{rnd.randint(1,120)}.{rnd.randint(2,250)}'
    helo = f'o{rnd.randint(1,40)}.ptr{rnd.randint(1000,9999)}.em.{domain}'
    a = auth or dict(dkim='pass', dkim_d=domain, sel='s1', dkim2='pass', dkim2_d='sendgrid.info', sel2='smtpapi',
                     spf='pass', dmarc='pass', from_dom=domain, policy='p=REJECT sp=REJECT dis=NONE')
    if style == 'gmail':
        h = gmail_transport(to, d, mf, ip, helo, a, **kw)
    elif style == 'outlook':
        h = outlook_transport(to, d, mf, ip, helo, a, **kw)
    else:
        h = jp_transport(style, to, d, mf, ip, helo, a, **kw)
    h += [('DKIM-Signature', dkim(domain, 's1', d, h='content-type:from:mime-version:subject:list-unsubscribe:to:cc:content-type:from:subject:to', c='relaxed/relaxed')),
          ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', d, h='content-type:from:mime-version:subject:list-unsubscribe:to:cc:content-type:from:subject:to', c='relaxed/relaxed')),
          ('From', frm or f'Amazon Web Services Training and Certification via Credly <admin@{domain}>'),
          ('To', to),
          ('Subject', enc_subject(subj, subj_cs)),
          ('Date', rfc(d)),
          ('Message-ID', f'<{tok(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")}@geopod-ismtpd-{rnd.randint(1,30)}>'),
          ('List-Unsubscribe', f'<https://www.{domain}/notification_preferences?token={hexs(32)}>'),
          ('X-SG-EID', tok(120)),
          ('X-Entity-ID', tok(22) + '==')]
    return h


def credly_html(inner):
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n</head>\n'
            '<body style="margin:0;padding:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif;">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">\n'
            '<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:4px;">\n'
            '<tr><td style="padding:24px 32px;"><img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96"></td></tr>\n'
            f'<tr><td style="padding:0 32px 32px 32px;font-size:15px;line-height:22px;color:#333333;">\n{inner}\n</td></tr>\n'
            '<tr><td style="padding:16px 32px;font-size:11px;color:#888888;border-top:1px solid #eeeeee;">Credly, Inc. &middot; 100 Park Avenue, 16th Floor, New York, NY 10017<br>'
            '<a href="https://www.credly.com/notification_preferences" style="color:#888888;">Manage email preferences</a> &middot; <a href="https://www.credly.com/privacy" style="color:#888888;">Privacy Policy</a></td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n')


def mail_A7():
    d = T('2025-05-29 16:31:25')
    new = f'''田中様

AWS トレーニングと認定 カスタマーサポートの木村でございます。
早速のご返信、ありがとうございます。

ご意向、承知いたしました。お知らせいただいた内容のとおり、これより担当部署にて作業を進めてまいります。
作業には通常 1〜3 営業日ほどお時間をいただいております。作業が済みましたら、本ケースにて改めてご連絡差し上げますので、今しばらくお待ちくださいませ。

{KIMURA_SIG}
'''
    q = f'''-----Original Message-----
From: 田中健太 <{A_TO}>
Sent: Thursday, May 29, 2025 4:02 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: {A_SUBJ}

木村様

お世話になっております。田中です。
ご連絡いただいた内容で問題ありません。アカウントの統合を進めてください。

The details are correct. Please proceed with the merge.

田中 健太

2025年5月29日(木) 9:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 田中 健太 様
>
> いただいた内容に基づき、下記のとおり作業を実施する予定でございます。
>
>   ■ 今後お使いいただくアカウント（存続）: {A_KEEP}
>   ■ 取り込まれるアカウント            : {A_OLD}
>
> 上記の内容でお間違いがなければ、本メールへのご返信にてその旨をお知らせください。
'''
    txt = new + '\n' + q
    html = html_wrap(p2h(new) + '\n<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + p2h(q) + '</blockquote>')
    h = aws_headers('gmail', A_TO, d, FORM, A_SUBJ)
    build('tanaka-agent-after-reply', h, alt(txt, html),
          L('support_reply', CASE_A, [], True, 'ja'))


def mail_A8():
    d = T('2025-05-30 18:02:19')
    new = f'''田中 健太 様

お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの木村でございます。

ご依頼いただいておりました作業が済みましたので、ご報告申し上げます。
{A_OLD} に記録されていた認定資格・受験履歴は、すべて {A_KEEP} へ移し終えております。

今後は {A_TO} にて AWS Certification アカウントへサインインしてください。
旧アカウントの方は、本日をもってご利用いただけなくなりました。

なお、Credly のデジタルバッジは、反映までに数日ほどかかる場合がございます。
1 週間ほど経ってもバッジが届かないようでしたら、お手数ですが本メールへご返信ください。

このたびはご不便をおかけいたしました。今後とも AWS 認定をよろしくお願い申し上げます。

木村
アマゾン ウェブ サービス
トレーニングと認定 カスタマーサポート
'''
    html = html_wrap(p2h(new))
    h = aws_headers('gmail', A_TO, d, FORM, A_SUBJ)
    build('tanaka-agent-news', h, alt(new, html, cte='base64'),
          L('merge_completed', CASE_A, [A_KEEP, A_OLD], True, 'ja'))


def mail_A9():
    d = T('2025-05-30 18:03:02')
    txt = f'''田中 健太 様

ケース {CASE_A} につきまして、一連のご対応が済みましたため、本ケースはクローズとさせていただきます。

今回の担当者の対応について、お客様のご感想をお聞かせいただけますと幸いです。
いただいたお声は、今後のサービス向上に役立ててまいります（所要時間は 1 分ほどです）。

  ご評価はこちらから:
  https://support.aws.amazon.com/feedback?caseId={CASE_A}&lang=ja&t={hexs(24)}

引き続き、何かございましたら新しいお問い合わせとしてご連絡ください。

AWS トレーニングと認定
'''
    inner = p2h(txt).replace(f'https://support.aws.amazon.com/feedback?caseId={CASE_A}&amp;lang=ja',
                             f'<a href="https://support.aws.amazon.com/feedback?caseId={CASE_A}&amp;lang=ja">https://support.aws.amazon.com/feedback?caseId={CASE_A}&amp;lang=ja')
    inner = inner.replace('<br />\n\n引き続き', '</a><br />\n\n引き続き')
    inner += ('\n<p style="text-align:center;">'
              + ''.join(f'<a href="https://support.aws.amazon.com/feedback?caseId={CASE_A}&amp;score={i}" style="display:inline-block;margin:0 4px;padding:8px 12px;border:1px solid #ec7211;color:#ec7211;text-decoration:none;">{"★" * i}</a>' for i in range(1, 6))
              + '</p>')
    html = html_wrap(inner)
    h = aws_headers('gmail', A_TO, d, FORM, f'[CASE {CASE_A}] ケースのクローズのお知らせ')
    build('tanaka-case-closing', h, alt(txt, html),
          L('survey', CASE_A, [], True, 'ja'))


def mail_A10():
    d = T('2025-06-01 10:26:33')
    badge = 'AWS Certified Solutions Architect – Associate'
    url = f'https://www.credly.com/earner/earned/badge/{uuid()}'
    txt = f'''Kenta Tanaka,

Amazon Web Services Training and Certification has issued you a badge:

{badge}

Accept your badge to share your achievement, verify your skills, and find
out what you can do next.

Accept your badge: {url}

Your badge will also be available in your Credly profile after you accept it.

Credly, Inc.
100 Park Avenue, 16th Floor, New York, NY 10017
Manage email preferences: https://www.credly.com/notification_preferences
'''
    inner = (f'<p style="font-size:20px;font-weight:bold;">Kenta Tanaka,</p>\n'
             f'<p>Amazon Web Services Training and Certification has issued you a badge:</p>\n'
             f'<p style="text-align:center;"><img src="https://images.credly.com/size/340x340/images/{uuid()}/image.png" width="170" alt="{badge}"><br><strong>{badge}</strong></p>\n'
             f'<p>Accept your badge to share your achievement, verify your skills, and find out what you can do next.</p>\n'
             f'<p style="text-align:center;"><a href="{url}" style="background:#ff6b00;color:#ffffff;padding:12px 28px;border-radius:3px;text-decoration:none;font-weight:bold;">Accept your badge</a></p>')
    h = credly_headers('gmail', A_TO, d, f'You\'ve been issued a badge by Amazon Web Services Training and Certification')
    build('credly-issued-saa', h, alt(txt, credly_html(inner), style='gmail'),
          L('credly_badge_issued', None, [], True, 'en'))


def mail_A11():
    d = T('2025-06-02 21:12:54')
    code = '739201'
    txt = f'''Hi Kenta,

We received a request to merge the Credly account registered to
k.tanaka@harumi-soft.co.jp into your account ({A_TO}).

Your verification code is: {code}

Enter this code on the merge page, or use the button below. The code
expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token={hexs(40)}

Once the accounts are combined, all badges from both accounts will appear
in a single profile. If you did not request this, you can ignore this
email and nothing will change.

The Credly Team
'''
    inner = (f'<p>Hi Kenta,</p>\n<p>We received a request to merge the Credly account registered to <strong>k.tanaka@harumi-soft.co.jp</strong> into your account ({A_TO}).</p>\n'
             f'<p style="font-size:28px;letter-spacing:6px;text-align:center;font-weight:bold;">{code}</p>\n'
             f'<p style="text-align:center;"><a href="https://www.credly.com/users/merge/confirm?token={hexs(40)}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;">Complete Account Merge</a></p>\n'
             '<p>The code expires in 30 minutes. If you did not request this, you can ignore this email and nothing will change.</p>\n<p>The Credly Team</p>')
    h = credly_headers('gmail', A_TO, d, 'Your Credly account merge verification code', frm='Credly <no-reply@credly.com>')
    build('credly-code', h, alt(txt, credly_html(inner), style='gmail'),
          L('unrelated', None, [], True, 'en'))


def mail_A12():
    open_ = T('2025-06-03 11:02:37')
    cid = case15(open_, 31007)
    d = T('2025-06-03 15:48:10')
    txt = f'''ご担当者様

アマゾン ウェブ サービス サポートの藤井です。
サービスクォータの引き上げについてお問い合わせいただき、ありがとうございます。

アジアパシフィック (東京) リージョン (ap-northeast-1) における「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」の上限値を、ご依頼どおり 32 vCPU から 128 vCPU へ引き上げました。
変更はすでに反映されており、Service Quotas コンソールの「適用されたクォータ値」からもご覧いただけます。

他にご不明な点がございましたら、ケースを再度オープンしてお知らせください。

よろしくお願いいたします。

藤井
Amazon Web Services

======================================================
このケースに関するお問い合わせに回答するには、以下のリンクからサポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

*このメールアドレスにご返信いただいても、弊社には届きません。
======================================================
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
'''
    html = html_wrap(p2h(txt))
    h = aws_headers('gmail', A_TO, d, CONSOLE,
                    f'RE:[CASE {cid}] サービスクォータの引き上げ: EC2 オンデマンドインスタンス (ap-northeast-1)')
    build('console-case-quota-ja', h, alt(txt, html),
          L('unrelated', cid, [], True, 'ja'))


for _f in (mail_A7, mail_A8, mail_A9, mail_A10, mail_A11, mail_A12):
    _f()


# ---------------------------------------------------------------- user B: Sato, Outlook.jp, console case (2025-08)
B_TO = 'misaki_sato@outlook.jp'
B_OPEN = T('2025-08-19 13:27:44')
CASE_B = case15(B_OPEN, 60081)
B1, B_KEEP, B3 = 'AWS20458813', 'AWS07761930', 'AWS31200645'
B_CASE_SUBJ = '複数の AWS 認定アカウントを 1 つにまとめたい'
CONSOLE_FOOT_JA = f'''======================================================
このケースに関するお問い合わせやご返信は、以下のリンクからサポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=ja

*このメールは送信専用のアドレスからお送りしています。ご返信いただいても担当者には届きません。
======================================================
Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。'''
OKADA_SIG = '''よろしくお願いいたします。

岡田
Amazon Web Services
トレーニングと認定'''


def mail_B1():
    d = plus(B_OPEN, seconds=22)
    txt = f'''アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {CASE_B} を開始しました。

ケースの詳細:

ケース ID: {CASE_B}
件名: {B_CASE_SUBJ}
重大度: 一般的なガイダンス
連絡方法: Web
言語: 日本語

説明:
AWS 認定のアカウントが 3 つあります（{B1} / {B_KEEP} / {B3}）。
転職のたびに別のメールアドレスで作ってしまったため、1 つにしたいです。
残したいのは {B_KEEP} です。

このケースの詳細を表示したり、返信したりするには、サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=ja

よろしくお願いいたします。
アマゾン ウェブ サービス

*このメールは送信専用のアドレスからお送りしています。ご返信いただいても担当者には届きません。
'''
    html = html_wrap(p2h(txt))
    h = aws_headers('outlook', B_TO, d, CONSOLE,
                    f'Amazon Web Services: 新しいサポートケースが開始されました: {CASE_B}', to_name='佐藤 美咲')
    build('console-newcase-ja', h, alt(txt, html, cte='base64'),
          L('case_created', CASE_B, [B1, B_KEEP, B3], True, 'ja'))


def mail_B2():
    d = T('2025-08-21 16:40:13')
    txt = f'''お客様

ケース {CASE_B} に、AWS サポートから新しい返信が届いています。
内容をご覧いただき、必要に応じてサポートセンターからご返信ください。

ケース ID: {CASE_B}
件名: {B_CASE_SUBJ}

https://console.aws.amazon.com/support/home#/case/?displayId={CASE_B}&language=ja

-----
Dear Customer,

New correspondence has been added to your case {CASE_B}.
To view it, please sign in to the AWS Support Center.

Amazon Web Services
'''
    html = html_wrap(p2h(txt))
    h = aws_headers('outlook', B_TO, d, CONSOLE, f'[Case {CASE_B}] New correspondence added')
    build('console-notice', h, alt(txt, html),
          L('support_reply', CASE_B, [], True, 'ja'))


def mail_B3():
    d = T('2025-08-20 10:15:05')
    txt = f'''佐藤 美咲 様

お問い合わせいただき、ありがとうございます。AWS トレーニングと認定担当の岡田でございます。

{B1}、{B_KEEP}、{B3} の 3 つのアカウントを 1 つにまとめたいとのご依頼、承知いたしました。
作業を始めるにあたり、各アカウントがご本人様のものであることを照らし合わせるため、恐れ入りますが以下をお知らせいただけますでしょうか。

  1. 各アカウントへのサインインにお使いのメールアドレス
  2. 各アカウントの通知先メールアドレス（サインイン用と異なる場合のみ）
  3. アカウントごとに氏名の表記が異なる場合は、その理由（ご結婚による改姓など）

なお、同じご依頼で新しいケースを作成されますと、かえってお時間をいただくことになりますので、本ケースへのご返信にてお知らせくださいますようお願いいたします。

{OKADA_SIG}

{CONSOLE_FOOT_JA}
'''
    html = html_wrap(p2h(txt))
    h = aws_headers('outlook', B_TO, d, CONSOLE, f'RE:[CASE {CASE_B}] {B_CASE_SUBJ}')
    build('console-agent-questions-ja', h, alt(txt, html, cte='base64'),
          L('support_reply', CASE_B, [B1, B_KEEP, B3], True, 'ja'))


def mail_B4():
    d = T('2025-08-21 16:40:09')
    txt = f'''佐藤 美咲 様

AWS トレーニングと認定担当の岡田でございます。
ご回答いただき、ありがとうございました。

お寄せいただいた情報をもとに、以下のとおり作業を行う予定です。

  【移行元】AWS-20458813（misaki.sato@minatomirai-design.jp）
  【移行元】AWS-31200645（m.sato.1990@gmail.com）
  【移行先・存続】AWS-07761930（{B_TO}）

移行元の 2 アカウントに記録されている認定資格・受験履歴・受験特典は、すべて移行先へ移され、移行元のアカウントは閉鎖されます。
閉鎖したアカウントを元の状態へ戻すことはいたしかねますので、あらかじめご了承ください。

この内容で進めてよろしいでしょうか。
差し支えなければ、サポートセンターから「上記の内容で進めてください」とご返信をお願いいたします。ご返信をいただくまで、作業は保留とさせていただきます。

{OKADA_SIG}

{CONSOLE_FOOT_JA}
'''
    html = html_wrap(p2h(txt))
    h = aws_headers('outlook', B_TO, d, CONSOLE, f'RE:[CASE {CASE_B}] {B_CASE_SUBJ}')
    build('console-agent-plan-ja', h, alt(txt, html, cte='base64'),
          L('merge_confirmation_requested', CASE_B, [B1, B_KEEP, B3], True, 'ja'))


def mail_B5():
    """spoofed amazon.com From; topmost AR fails, lower AR forged"""
    d = T('2025-08-22 08:03:51')
    fake_case = case15(T('2025-08-21 19:12:06'), 3318)
    ip = f'45.137.{rnd.randint(1,250)}.{rnd.randint(2,250)}'
    mf = 'info@mx2.certify-notice.top'
    auth = dict(spf='fail', dkim='none', dmarc='fail', action='quarantine', from_dom='amazon.com')
    forged = 'amazon.com; dkim=pass header.d=amazon.com header.s=rjqz2yc6g3wnt2wv5ysgl3cqvjxgyp4v;\n spf=pass smtp.mailfrom=amazonses.com; dmarc=pass header.from=amazon.com'
    h = outlook_transport(B_TO, d, mf, ip, 'mx2.certify-notice.top', auth, extra_ar=forged)
    h += [('From', FORM),
          ('To', B_TO),
          ('Subject', enc_subject(f'RE:[CASE {fake_case}] 認定アカウントの移行手続きについて（ご対応のお願い）', 'utf-8', 'Q')),
          ('Date', rfc(d, JST)),
          ('Message-ID', f'<{hexs(12)}.{hexs(8)}@mx2.certify-notice.top>'),
          ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    h += outlook_trailer(d)
    txt = f'''佐藤 美咲 様

AWS トレーニングと認定でございます。

お客様の AWS 認定アカウント {B1} を {B_KEEP} へ移行する手続きが、現在保留となっております。
移行を進めるには、本日中に下記のページから、移行元・移行先のアカウントでそれぞれサインインし、手続きへの同意をお願いいたします。

  移行元: {B1}
  移行先: {B_KEEP}（このアカウントが残ります）

  ▼ 同意手続きページ
  https://aws-training-certification.support-portal-jp.com/merge?ref={hexs(10)}

48 時間以内にお手続きがない場合、セキュリティ上の理由から両アカウントの認定資格を一時的に停止いたします。

AWS トレーニングと認定 カスタマーサポート
'''
    html = html_wrap(p2h(txt))
    build('cert-migration-notice', h, alt(txt, html, style='outlook'),
          L('merge_confirmation_requested', fake_case, [B1, B_KEEP], False, 'ja'))


def mail_B6():
    d = T('2025-08-25 11:12:40')
    txt = f'''佐藤 美咲 様

お待たせいたしました。AWS トレーニングと認定担当の岡田でございます。

ご依頼いただいたアカウントの集約作業は、本日付で終了いたしました。
AWS20458813 と AWS31200645 に記録されていた認定資格・受験履歴は、現在すべて AWS07761930 でご覧いただけます。
また、次回の受験でお使いいただける 50% 割引の特典も、AWS07761930 に引き継がれております。

今後は {B_TO} で AWS Certification アカウントにサインインしてください。
Credly のバッジにつきましては、数日のうちに新しいアカウント宛てにあらためて発行される見込みです。

ほかにお手伝いできることがございましたら、本ケースにてお知らせください。

{OKADA_SIG}

{CONSOLE_FOOT_JA}
'''
    html = html_wrap(p2h(txt))
    h = aws_headers('outlook', B_TO, d, CONSOLE, f'RE:[CASE {CASE_B}] {B_CASE_SUBJ}')
    build('console-agent-report-ja', h, alt(txt, html, cte='base64'),
          L('merge_completed', CASE_B, [B1, B_KEEP, B3], True, 'ja'))


def mail_B7():
    d = T('2025-08-26 11:20:33')
    inner = f'''<p>佐藤 美咲 様</p>
<p>先日は AWS サポートをご利用いただき、誠にありがとうございました。</p>
<p>ケース <strong>{CASE_B}</strong>（{B_CASE_SUBJ}）での担当者の対応について、率直なご意見をお聞かせいただけますでしょうか。<br />
下の星をクリックするだけで、ご回答いただけます。</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" align="center"><tr>
''' + ''.join(f'<td style="padding:0 6px;"><a href="https://console.aws.amazon.com/support/feedback?displayId={CASE_B}&amp;rating={i}&amp;language=ja" style="font-size:28px;color:#ff9900;text-decoration:none;">&#9733;</a><br /><span style="font-size:11px;color:#687078;">{i}</span></td>' for i in range(1, 6)) + f'''
</tr></table>
<p style="font-size:12px;color:#687078;">1 = まったく満足していない　5 = 非常に満足している</p>
<p>お寄せいただいた評価は、サポート品質の向上のために活用させていただきます。</p>
<p>Amazon Web Services</p>'''
    body = textpart(html_wrap(inner, 'AWS サポート'), 'html', 'utf-8', 'quoted-printable')
    h = aws_headers('outlook', B_TO, d, CONSOLE, f'ケース {CASE_B} のサポート対応はいかがでしたか?')
    build('console-stars-ja', h, body, L('survey', CASE_B, [], True, 'ja'))


def mail_B8():
    open_ = T('2025-09-01 22:05:19')
    cid = case15(open_, 44120)
    d = T('2025-09-02 14:31:02')
    txt = f'''佐藤 様

AWS 請求およびアカウントサポートの松井です。
お問い合わせいただきありがとうございます。

複数の AWS アカウントのご請求をひとつにまとめたいとのことですので、AWS Organizations の一括請求（コンソリデーティッドビリング）機能のご利用をおすすめいたします。
手順の概要は以下のとおりです。

  1. 請求をまとめる側のアカウント（管理アカウント）で組織を作成します。
  2. 既存のアカウントを組織に招待します。
  3. 招待されたアカウント側で招待を承諾すると、翌月分から請求が管理アカウントにまとめられます。

なお、この操作は各アカウントのリソースやデータを 1 つのアカウントに移すものではございません。アカウント自体はそれぞれ独立したまま残りますのでご注意ください。

詳しくは以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/consolidated-billing.html

ほかにご不明点がございましたら、お気軽にお知らせください。

松井
Amazon Web Services

======================================================
このケースに関するお問い合わせに回答するには、以下のリンクからサポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja
======================================================
'''
    html = html_wrap(p2h(txt))
    h = aws_headers('outlook', B_TO, d, CONSOLE, f'RE:[CASE {cid}] 複数アカウントの請求を 1 つにまとめたい')
    build('console-billing-ja', h, alt(txt, html, cte='base64'),
          L('unrelated', cid, [], True, 'ja'))


def mail_B9():
    d = T('2025-09-05 19:44:27')
    ip = f'103.{rnd.randint(10,250)}.{rnd.randint(1,250)}.{rnd.randint(2,250)}'
    mf = 'noreply@credly-badge-center.com'
    auth = dict(spf='pass', dkim='none', dmarc='none', action='none', from_dom='credly-badge-center.com')
    h = outlook_transport(B_TO, d, mf, ip, 'mail.credly-badge-center.com', auth)
    h += [('From', enc_subject('Credly バッジ通知', 'utf-8') + ' <noreply@credly-badge-center.com>'),
          ('To', B_TO),
          ('Subject', enc_subject('新しいデジタルバッジが発行されました - 7日以内に受け取ってください', 'utf-8')),
          ('Date', rfc(d, JST)),
          ('Message-ID', f'<{hexs(16)}@credly-badge-center.com>')]
    h += outlook_trailer(d)
    inner = f'''<p>佐藤 美咲 様</p>
<p>おめでとうございます。新しいデジタルバッジ「<strong>AWS Certified Cloud Practitioner</strong>」が発行されました。</p>
<p>バッジを受け取るには、7 日以内に以下のボタンからログインし、お支払い情報の登録（発行手数料 ¥980）を行ってください。期限を過ぎるとバッジは失効します。</p>
<p style="text-align:center;"><a href="https://credly-badge-center.com/accept?u={hexs(12)}" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;">バッジを受け取る</a></p>
<p>Credly サポートチーム</p>'''
    body = textpart(credly_html(inner), 'html', 'utf-8', 'base64')
    build('badge-notice-ja', h, body, L('unrelated', None, [], False, 'ja'))


for _f in (mail_B1, mail_B2, mail_B3, mail_B4, mail_B5, mail_B6, mail_B7, mail_B8, mail_B9):
    _f()


# ---------------------------------------------------------------- user C: Suzuki, biglobe, ISO-2022-JP, 11-digit form case (2022-11)
C_TO = 'hsuzuki@biglobe.ne.jp'
CASE_C = '10462938571'
C_KEEP, C_OLD = 'AWS00988123', 'AWS14230076'
C_SUBJ = f'RE:[CASE {CASE_C}] [AWS Training and Certification Form Submission] - account-assistance'


def jis(txt, **kw):
    return textpart(txt, 'plain', 'iso-2022-jp', '7bit', **kw)


def mail_C1():
    d = T('2022-11-08 21:33:50')
    txt = f'''鈴木 秀樹 様

AWS トレーニングと認定にご連絡いただき、ありがとうございます。
お問い合わせ内容をお預かりいたしました。ケース番号は {CASE_C} です。

担当者が内容を拝見し、順次ご返答いたします。今しばらくお待ちください。
（通常は 1 営業日以内にご連絡いたしますが、混み合っている時期はお時間をいただく場合がございます。）

本件に関して追加の情報がございましたら、このメールにそのままご返信ください。
その際、件名のケース番号は消さずにお送りくださいますようお願いいたします。

AWS トレーニングと認定 カスタマーサポート
'''
    h = aws_headers('biglobe', C_TO, d, FORM, f'[CASE {CASE_C}] お問い合わせありがとうございます', subj_cs='iso-2022-jp')
    build('suzuki-form-auto', h, jis(txt), L('case_created', CASE_C, [], True, 'ja'))


C2_TXT = f'''鈴木さん

AWS トレーニングと認定サポートの山口です。
お問い合わせの件、こちらで対応させていただきます。

調べたところ、鈴木さんのアカウントは以下の 2 つでした。

  aws00988123  … {C_TO}（こちらを残します）
  aws14230076  … hideki.suzuki@tokai-denki.co.jp

この 2 つをひとつにまとめて、aws00988123 の方に認定をすべて寄せる形になります。
一度まとめると元には戻せません。

この内容で大丈夫でしたら、このメールに「OK」とだけ返信してください。
返信をもらってから作業します。

山口
AWS トレーニングと認定'''


def mail_C2():
    d = T('2022-11-09 11:02:15')
    h = aws_headers('biglobe', C_TO, d, FORM, C_SUBJ)
    build('suzuki-agent-plain', h, jis(C2_TXT + '\n'),
          L('merge_confirmation_requested', CASE_C, [C_KEEP, C_OLD], True, 'ja'))


def mail_C3():
    d = T('2022-11-09 18:47:31')
    txt = f'''鈴木さん

返信ありがとうございます。OK とのこと、了解しました。
これから作業に入ります。2〜3 日ほどで終わる見込みなので、終わったらまた連絡します。

山口
AWS トレーニングと認定

2022/11/09 17:20 に 鈴木 秀樹 さんは書きました:
> 山口様
>
> OK です。よろしくお願いします。
>
> 鈴木
>
> 2022/11/09 11:02 に Amazon Web Services さんは書きました:
{quote(C2_TXT, '> > ')}
'''
    h = aws_headers('biglobe', C_TO, d, FORM, C_SUBJ)
    build('suzuki-agent-ack-ok', h, jis(txt), L('support_reply', CASE_C, [], True, 'ja'))


def mail_C4():
    d = T('2022-11-11 15:09:44')
    txt = f'''鈴木さん

山口です。お待たせしました。作業が終わりました。

aws14230076 にあった認定と受験履歴は、aws00988123 にすべて移っています。
今後は {C_TO} でサインインしてください。もう片方のアカウントは使えなくなっています。

Credly のバッジも数日のうちに新しい方へ届くはずです。
何かあれば、このメールに返信してください。

山口
AWS トレーニングと認定
'''
    h = aws_headers('biglobe', C_TO, d, FORM, C_SUBJ)
    build('suzuki-agent-done', h, jis(txt), L('merge_completed', CASE_C, [C_KEEP, C_OLD], True, 'ja'))


def mail_C5():
    d = T('2022-11-18 15:10:02')
    txt = f'''鈴木 秀樹 様

ケース {CASE_C} は、最後のご連絡から 7 日間新しいご返信がございませんでしたので、解決済みとしてクローズいたしました。
引き続きサポートが必要な場合は、このメールにご返信いただければケースを再開いたします。

今回のお問い合わせは解決しましたか？ 以下のいずれかを選んでお知らせください。

  はい  : https://aws.amazon.com/jp/contact-us/feedback/?case={CASE_C}&resolved=yes
  いいえ: https://aws.amazon.com/jp/contact-us/feedback/?case={CASE_C}&resolved=no

AWS トレーニングと認定 カスタマーサポート
'''
    h = aws_headers('biglobe', C_TO, d, FORM, f'[CASE {CASE_C}] ケースが解決済みになりました', subj_cs='iso-2022-jp')
    build('suzuki-auto-resolved', h, jis(txt), L('survey', CASE_C, [], True, 'ja'))


def mail_C6():
    d = T('2022-12-03 10:41:27')
    ip = f'159.182.{rnd.randint(1,250)}.{rnd.randint(2,250)}'
    mf = 'bounce-pv@pearson.com'
    auth = dict(spf='pass', dkim='pass', dkim_d='pearson.com', dmarc='pass', from_dom='pearson.com')
    h = jp_transport('biglobe', C_TO, d, mf, ip, f'mx{rnd.randint(1,9)}.pearsonvue.com', auth)
    h += [('DKIM-Signature', dkim('pearson.com', 'pvue2021', d, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')),
          ('From', 'Pearson VUE <pearsonvuecustomercare@pearson.com>'),
          ('To', C_TO),
          ('Subject', Header('ピアソンVUE 試験予約のお知らせ - AWS Certified Developer - Associate', 'iso-2022-jp', maxlinelen=76).encode()),
          ('Date', rfc(d, UTC)),
          ('Message-ID', f'<{rnd.randint(10**9,10**10)}.{rnd.randint(100,999)}.JavaMail.pvweb@pearsonvue.com>')]
    txt = f'''鈴木 秀樹 様

ピアソンVUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。内容をお控えのうえ、当日は時間に余裕をもってお越しください。

試験名          : AWS Certified Developer - Associate (DVA-C02) 日本語
試験日時        : 2022年12月17日（土） 13:30
試験会場        : 東京・新宿テストセンター
受験者 ID       : {C_KEEP}
予約番号        : 431998765

■ 当日お持ちいただくもの
  有効期限内の公的身分証明書 2 点（氏名の表記がご登録の氏名と一致しているもの）

■ 日程の変更・キャンセル
  試験日の 24 時間前までは、ピアソンVUE の Web サイトから変更・キャンセルが可能です。

ピアソンVUE カスタマーサービス
https://home.pearsonvue.com/aws
'''
    build('pearson-booking-ja', h, jis(txt), L('unrelated', None, [C_KEEP], False, 'ja'))


for _f in (mail_C1, mail_C2, mail_C3, mail_C4, mail_C5, mail_C6):
    _f()


# ---------------------------------------------------------------- user D: Yamamoto, corporate (IIJ), Shift_JIS, 10-digit case (2020-02)
D_TO = 'yamamoto.t@kitaura-sys.co.jp'
CASE_D = '7023158846'
D_KEEP, D_OLD = 'AWS05540921', 'AWS22871306'
D_SUBJ = f'RE:[CASE {CASE_D}] [AWS Training and Certification Form Submission] - account-assistance'


def mail_D1():
    """no Authentication-Results at all (old on-prem relay)"""
    d = T('2020-02-17 09:12:40')
    ip = ses_ip()
    helo = ses_helo(ip)
    mf = ses_mailfrom(d)
    jd = rfc(plus(d, seconds=3), JST)
    h = [('Return-Path', f'<{mf}>'),
         ('Received', f'from mgw1.kitaura-sys.co.jp (mgw1.kitaura-sys.co.jp [10.2.4.11])\n\tby mbx01.kitaura-sys.co.jp (8.14.4/8.14.4) with ESMTP id 01H0Cj7Q012233\n\tfor <{D_TO}>; {jd}'),
         ('Received', f'from {helo} ({helo} [{ip}])\n\tby mgw1.kitaura-sys.co.jp (8.14.4/8.14.4) with ESMTP id 01H0Ch3R004410\n\tfor <{D_TO}>; {jd}'),
         ('X-Virus-Scanned', 'clamav-milter 0.101.4 at mgw1.kitaura-sys.co.jp'),
         ('X-Virus-Status', 'Clean')]
    h += ses_dkim(d)
    h += [('From', FORM), ('To', D_TO),
          ('Subject', enc_subject(f'[CASE {CASE_D}] お問い合わせありがとうございました', 'shift_jis', 'B')),
          ('Date', rfc(d)), ('Message-ID', ses_mid(d))] + ses_trailer(d)
    txt = f'''山本 徹 様

この度は AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お客様からのご連絡は、ケース番号 {CASE_D} として登録されました。

担当窓口より、通常 24 時間以内にご返答を差し上げます。
本メールに記載のケース番号は、今後お問い合わせいただく際に必要となりますので、大切に保管してください。

※本メールはシステムからの自動通知です。

Amazon Web Services トレーニングと認定
'''
    build('yamamoto-form-auto-sjis', h, textpart(txt, 'plain', 'shift_jis', 'base64', label='Shift_JIS'),
          L('case_created', CASE_D, [], None, 'ja'))


def mail_D2():
    d = T('2020-02-18 16:25:08')
    txt = f'''山本様

お世話になっております。AWS トレーニングと認定サポートの中島と申します。
お問い合わせいただいたアカウントの件につきまして、下記のとおり処理を行う予定です。
弊社の定型文のため、一部英語での記載となりますことをご容赦ください。

-------------------------------------------
Source account (to be closed) : AWS22871306
Destination account (remains) : AWS05540921
-------------------------------------------
Please note:
① All certifications, exam history and benefits on the source account
   will be moved to the destination account.
② The source account will be deactivated and can no longer be used to
   sign in.
③ This action is irreversible.

上記の内容にご異存がなければ、「同意します」または "I agree" と本メールにご返信ください。
ご返信をいただいた後、処理を開始いたします。

中島
AWS トレーニングと認定 カスタマーサポート
'''
    h = aws_headers('iij', D_TO, d, FORM, D_SUBJ)
    build('yamamoto-agent-template', h, textpart(txt, 'plain', 'cp932', 'quoted-printable', label='Shift_JIS'),
          L('merge_confirmation_requested', CASE_D, [D_KEEP, D_OLD], True, 'ja'))


def mail_D3():
    d = T('2020-02-20 11:48:55')
    internal_ar = 'mbx01.kitaura-sys.co.jp; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com'
    new = f'''山本様

中島です。お待たせいたしました。

AWS22871306 から AWS05540921 への併合処理を、本日終えました。
AWS22871306 の認定資格と受験履歴は AWS05540921 でご覧いただけます。以後は AWS05540921 のみをご利用ください。

あわせまして、本件はこれにてクローズとさせていただきます。
今回の対応について、よろしければ下記より評価をお寄せください。
https://aws.amazon.com/jp/contact-us/feedback/?case={CASE_D}

中島
AWS トレーニングと認定 カスタマーサポート
'''
    q = f'''-----Original Message-----
From: 山本 徹 <{D_TO}>
Sent: Tuesday, February 18, 2020 5:02 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: {D_SUBJ}

中島様

お世話になっております。北浦システムの山本です。
内容について承知しました。同意します。
I agree.

よろしくお願いいたします。
'''
    h = aws_headers('iij', D_TO, d, FORM, D_SUBJ, extra_ar=internal_ar)
    build('yamamoto-agent-final', h, textpart(new + '\n' + q, 'plain', 'shift_jis', 'base64'),
          L('merge_completed', CASE_D, [D_KEEP, D_OLD], True, 'ja'))


def mail_D4():
    d = T('2020-02-22 03:17:29')
    badge = 'AWS Certified Cloud Practitioner'
    url = f'https://www.youracclaim.com/earner/earned/badge/{uuid()}'
    txt = f'''Toru Yamamoto,

You've earned a badge from Amazon Web Services Training and Certification!

{badge}

Accept your badge and share it with your professional network.

Accept badge: {url}

Acclaim, Pearson Education
'''
    inner = (f'<p style="font-size:20px;">Toru Yamamoto,</p>\n<p>You\'ve earned a badge from Amazon Web Services Training and Certification!</p>\n'
             f'<p style="text-align:center;"><strong>{badge}</strong></p>\n'
             f'<p style="text-align:center;"><a href="{url}" style="background:#1871cc;color:#fff;padding:12px 28px;text-decoration:none;">Accept badge</a></p>')
    h = credly_headers('iij', D_TO, d, 'Congratulations! You\'ve earned a badge', domain='youracclaim.com',
                       frm='Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>')
    build('acclaim-earned', h, alt(txt, credly_html(inner).replace('Credly, Inc.', 'Acclaim').replace('credly.com', 'youracclaim.com'), style='gmail'),
          L('credly_badge_issued', None, [], True, 'en'))


def mail_D5():
    d = T('2020-03-04 14:02:36')
    cid = '6710329418'
    ip = f'207.171.{rnd.randint(160,190)}.{rnd.randint(2,250)}'
    mf = f'{hexs(16)}@bounces.amazon.co.jp'
    auth = dict(spf='pass', dkim='pass', dkim_d='amazon.co.jp', dmarc='pass', from_dom='amazon.co.jp')
    h = jp_transport('iij', D_TO, d, mf, ip, f'smtp-fw-{rnd.randint(1000,9999)}.amazon.com', auth)
    h += [('DKIM-Signature', dkim('amazon.co.jp', 'ubkc2alodkhqbwrv3dnqjjl4hdvgzdkn', d)),
          ('From', enc_subject('Amazon.co.jp セラーサポート', 'iso-2022-jp') + ' <seller-answers@amazon.co.jp>'),
          ('To', D_TO),
          ('Subject', enc_subject(f'RE:[CASE {cid}] 北米マーケットプレイスとの出品アカウントの統合について', 'iso-2022-jp')),
          ('Date', rfc(d)),
          ('Message-ID', f'<{uuid()}@seller-answers.amazon.co.jp>')]
    txt = f'''出品者様

Amazon.co.jp セラーサポートにお問い合わせいただき、ありがとうございます。

北米マーケットプレイスの出品アカウントと日本の出品アカウントの統合につきまして、ご案内いたします。
すでにお持ちの 2 つの出品アカウントを、同一のログイン情報で管理できる「統一アカウント」にまとめるには、セラーセントラル右上の［設定］＞［出品用アカウント情報］から手続きを進めてください。

なお、各マーケットプレイスの売上金や出品情報は、統合後もそれぞれ個別に管理されます。

本件について、まだご不明な点がございましたら、このメールにご返信ください。

Amazon.co.jp セラーサポート
ケース ID: {cid}

このメッセージはお役に立ちましたか？
はい: https://sellercentral.amazon.co.jp/cu/feedback?caseId={cid}&v=1
いいえ: https://sellercentral.amazon.co.jp/cu/feedback?caseId={cid}&v=0
'''
    build('sellercentral-case-ja', h, jis(txt), L('unrelated', cid, [], True, 'ja'))


for _f in (mail_D1, mail_D2, mail_D3, mail_D4, mail_D5):
    _f()


# ---------------------------------------------------------------- user E: Hughes, Gmail, English console case (2025-10)
E_TO = 'd.hughes.tokyo@gmail.com'
E_OPEN = T('2025-10-06 20:41:17')
CASE_E = case15(E_OPEN, 88210)
E_KEEP, E_OLD = 'AWS40012978', 'AWS18865302'
E_CSUBJ = 'Merge my two certification accounts'
E_SUBJ = f'RE:[CASE {CASE_E}] {E_CSUBJ}'
CONSOLE_FOOT_EN = f'''To see all correspondence on this case or to reply, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_E}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Was this response helpful? Click here to rate:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_E}&language=en&rate=true

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.'''


def mail_E1():
    d = plus(E_OPEN, seconds=19)
    txt = f'''Hello,

Thank you for contacting Amazon Web Services. We have opened case {CASE_E} to address your issue.

The details of your case are as follows:

Case ID: {CASE_E}
Subject: {E_CSUBJ}
Severity: General guidance
Correspondence: I have two AWS Certification accounts (AWS40012978 and AWS18865302) because I moved
from my company address to my personal e-mail. Could you please combine them into AWS40012978?

We will respond to your inquiry as soon as possible. To view your case or add correspondence, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_E}&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
'''
    html = html_wrap(p2h(txt), lang='en')
    h = aws_headers('gmail', E_TO, d, CONSOLE, f'Amazon Web Services: You have opened a new Support case: {CASE_E}')
    build('console-opened-en', h, alt(txt, html), L('case_created', CASE_E, [E_KEEP, E_OLD], True, 'en'))


def mail_E2():
    d = T('2025-10-08 13:05:44')
    txt = f'''Dear Daniel,

Greetings from AWS Training and Certification!

This is Priya, and I will be assisting you on this case. As per your request, we will be merging the below accounts:

aws-18865302 (registered e-mail: daniel.hughes@nishikawa-trading.co.jp)
    --> will be merged into -->
AWS 40012978 (registered e-mail: {E_TO}) -- primary / surviving account

Kindly note that post merging, the action cannot be reverted, and all certifications, exam history and benefits of aws-18865302 will be available only under AWS 40012978.

Request you to kindly revert back with your consent on the above so that we can proceed further. We will not initiate the merge until we hear from you.

Thanks and regards,
Priya S.
AWS Training and Certification

{CONSOLE_FOOT_EN}
'''
    html = html_wrap(p2h(txt), lang='en')
    h = aws_headers('gmail', E_TO, d, CONSOLE, E_SUBJ)
    build('console-agent-consent-en', h, alt(txt, html), L('merge_confirmation_requested', CASE_E, [E_KEEP, E_OLD], True, 'en'))


def mail_E3():
    d = T('2025-10-09 09:22:10')
    txt = f'''Dear Daniel,

Thank you for your prompt response and consent.

We have forwarded your request to our internal team and they are working on it. Usually this takes 2-3 business days. Once the merge is complete, you will receive an e-mail from us on this case, and your badges will be re-issued on Credly afterwards.

We appreciate your patience till then.

Thanks and regards,
Priya S.
AWS Training and Certification

{CONSOLE_FOOT_EN}
'''
    html = html_wrap(p2h(txt), lang='en')
    h = aws_headers('gmail', E_TO, d, CONSOLE, E_SUBJ)
    build('console-agent-followup-en', h, alt(txt, html, cte='base64'), L('support_reply', CASE_E, [], True, 'en'))


def mail_E4():
    d = T('2025-10-11 02:47:31')
    txt = f'''Dear Daniel,

Greetings from AWS Training and Certification!

We are pleased to inform that your accounts have been consolidated successfully. All your certifications and exam history from aws-18865302 are now available in AWS40012978, and you can login with {E_TO} going forward. The old account has been deactivated.

Please allow 24-48 hours for your Credly badges to reflect in the surviving account.

Thanks and regards,
Priya S.
AWS Training and Certification

{CONSOLE_FOOT_EN}
'''
    html = html_wrap(p2h(txt), lang='en')
    h = aws_headers('gmail', E_TO, d, CONSOLE, E_SUBJ)
    build('console-agent-update-en', h, alt(txt, html), L('merge_completed', CASE_E, [E_KEEP, E_OLD], True, 'en'))


def mail_E5():
    d = T('2025-10-11 02:49:05')
    txt = f'''Hello,

Your case {CASE_E} ("{E_CSUBJ}") has been resolved and is now closed.

Was your issue resolved?

YES: https://console.aws.amazon.com/support/feedback?displayId={CASE_E}&resolved=1
NO:  https://console.aws.amazon.com/support/feedback?displayId={CASE_E}&resolved=0

How would you rate the support you received from Priya S.?
https://console.aws.amazon.com/support/feedback?displayId={CASE_E}&rate=agent

If you need further help with this issue, you can reopen the case from the Support Center within 14 days.

Amazon Web Services
'''
    inner = p2h(txt)
    h = aws_headers('gmail', E_TO, d, CONSOLE, f'Amazon Web Services: Your Support case {CASE_E} has been resolved')
    build('console-resolved-en', h, alt(txt, html_wrap(inner, lang='en'), cte='7bit' if all(ord(c) < 128 for c in txt) else 'quoted-printable'),
          L('survey', CASE_E, [], True, 'en'))


def mail_E6():
    d = T('2025-10-12 08:30:12')
    badge = 'AWS Certified Developer – Associate'
    url = f'https://www.credly.com/earner/earned/badge/{uuid()}'
    txt = f'''Daniel Hughes,

Your badge has a new home. Because your AWS Certification accounts were combined, Amazon Web Services Training and Certification has issued your badge again to this email address:

{badge}

Accept your badge: {url}

Once you accept it, the badge will appear on your Credly profile and can be shared on LinkedIn and other networks.

Credly, Inc.
'''
    inner = (f'<p style="font-size:20px;font-weight:bold;">Daniel Hughes,</p>\n'
             f'<p>Your badge has a new home. Because your AWS Certification accounts were combined, Amazon Web Services Training and Certification has issued your badge again to this email address:</p>\n'
             f'<p style="text-align:center;"><strong>{badge}</strong></p>\n'
             f'<p style="text-align:center;"><a href="{url}" style="background:#ff6b00;color:#ffffff;padding:12px 28px;text-decoration:none;">Accept your badge</a></p>')
    h = credly_headers('gmail', E_TO, d, f'{badge}: your badge is ready to accept')
    build('credly-ready-dva', h, alt(txt, credly_html(inner), style='gmail'), L('credly_badge_issued', None, [], True, 'en'))


def mail_E7():
    d = T('2025-10-20 17:00:41')
    ip = f'198.2.{rnd.randint(128,191)}.{rnd.randint(2,250)}'
    mf = f'bounce-mc.us{rnd.randint(1,20)}_{rnd.randint(10**7,10**8)}.{rnd.randint(10**5,10**6)}-{local}@mail{rnd.randint(10,99)}.suw{rnd.randint(10,99)}.mcdlv.net' if (local := E_TO.replace('@', '=')) else ''
    auth = dict(dkim='pass', dkim_d='certmetrics.com', sel='k1', spf='pass', dmarc='pass', from_dom='certmetrics.com',
                policy='p=NONE sp=NONE dis=NONE')
    h = gmail_transport(E_TO, d, mf, ip, f'mail{rnd.randint(10,99)}.suw{rnd.randint(10,99)}.mcdlv.net', auth)
    h += [('DKIM-Signature', dkim('certmetrics.com', 'k1', d, c='relaxed/relaxed')),
          ('From', 'AWS Certification <do-not-reply@certmetrics.com>'),
          ('To', f'Daniel Hughes <{E_TO}>'),
          ('Subject', 'AWS Certification wants to hear from you'),
          ('Date', rfc(d)),
          ('Message-ID', f'<{hexs(20)}@certmetrics.com>')]
    txt = f'''Hi Daniel,

Thank you for being part of the AWS Certification community.

We would like to hear about your experience with AWS Certification this year. The survey takes about 10 minutes and your answers help us improve our exams and the candidate experience.

Take the survey: https://www.certmetrics.com/amazon/survey/{hexs(32)}

Candidate ID: AWS40012978

Thank you,
AWS Training and Certification

You are receiving this email because you hold an AWS Certification. Manage preferences: https://www.certmetrics.com/amazon/candidate/preferences
'''
    build('certmetrics-feedback-en', h, alt(txt, html_wrap(p2h(txt), lang='en'), style='gmail'),
          L('unrelated', None, [E_KEEP], False, 'en'))


for _f in (mail_E1, mail_E2, mail_E3, mail_E4, mail_E5, mail_E6, mail_E7):
    _f()


# ---------------------------------------------------------------- user F: Nakamura, nifty, translated-from-English register (2025-03)
F_TO = 'yumi-nakamura@nifty.com'
F_OPEN = T('2025-03-11 09:05:52')
CASE_F = case15(F_OPEN, 2231)
F_OLD, F_KEEP = 'AWS09127745', 'AWS26604418'
F_SUBJ = f'RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - account-assistance'


def mail_F1():
    d = plus(F_OPEN, seconds=44)
    inner = f'''<p>中村 由美 様</p>
<p>Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース {CASE_F} を作成しました。</p>
<p>お客様のリクエストは、トレーニングと認定チームにルーティングされました。チームのメンバーが 24 時間以内にお客様に連絡します。</p>
<table cellpadding="4" cellspacing="0" border="0" style="font-size:14px;">
<tr><td style="color:#687078;">ケース ID</td><td>{CASE_F}</td></tr>
<tr><td style="color:#687078;">カテゴリ</td><td>AWS Training and Certification &gt; Certification &gt; Account Merge</td></tr>
</table>
<p>このケースに関する追加情報がある場合は、このメールに返信してください。同じ問題について新しいケースを開かないでください。</p>
<p>よろしくお願いします。<br />AWS トレーニングと認定</p>'''
    body = textpart(html_wrap(inner, 'AWS'), 'html', 'utf-8', 'quoted-printable')
    h = aws_headers('nifty', F_TO, d, FORM, f'[CASE {CASE_F}] リクエストが送信されました', subj_mode='Q')
    build('nakamura-form-auto-html', h, body, L('case_created', CASE_F, [], True, 'ja'))


F2_TXT = f'''こんにちは、由美さん、

AWS トレーニングと認定にご連絡いただきありがとうございます。私の名前はアナです。今日はお客様のケースをサポートします。

お客様のリクエストに従い、次のアカウントがマージされます:

- ソースアカウント: {F_OLD}
- ターゲットアカウント: {F_KEEP} (このアカウントが保持されます)

このアクションは元に戻すことができないことにご注意ください。マージの後、ソースアカウントは無効になります。

続行してよろしいかどうか、このメールに返信してお知らせください。お客様の承認を受け取り次第、プロセスを開始します。

敬具
アナ・M
AWS トレーニングと認定'''


def mail_F2():
    d = T('2025-03-12 08:14:29')
    html = html_wrap(p2h(F2_TXT))
    h = aws_headers('nifty', F_TO, d, FORM, F_SUBJ)
    build('nakamura-agent-translated', h, alt(F2_TXT + '\n', html),
          L('merge_confirmation_requested', CASE_F, [F_KEEP, F_OLD], True, 'ja'))


def mail_F3():
    d = T('2025-03-12 21:40:03')
    txt = f'''こんにちは、由美さん、

お客様の承認をありがとうございます。お客様のリクエストは現在処理中です。
マージが終了したら、このケースでお知らせします。通常、これには 3～5 営業日かかります。

ご不便をおかけして申し訳ありません。しばらくお待ちください。

敬具
アナ・M
AWS トレーニングと認定

________________________________
From: 中村由美 <{F_TO}>
Sent: Wednesday, March 12, 2025 19:03
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: {F_SUBJ}

アナ様

ご連絡ありがとうございます。
記載の内容で間違いありません。アカウントの統合を進めてください。
Please proceed with the merge.

中村

{quote(F2_TXT)}
'''
    # UTF-8 bytes, but labelled ISO-8859-1 (mislabelled template)
    body = textpart(txt, 'plain', 'utf-8', 'quoted-printable', label='iso-8859-1')
    h = aws_headers('nifty', F_TO, d, FORM, F_SUBJ)
    build('nakamura-agent-inprogress', h, body, L('support_reply', CASE_F, [], True, 'ja'))


def mail_F4():
    d = T('2025-03-17 10:02:57')
    inner = f'''<p>こんにちは、由美さん、</p>
<p>お待たせしました。お客様のアカウントは正常にマージされました。</p>
<p><b>{F_OLD}</b> のすべての認定、試験履歴、特典は、<b>{F_KEEP}</b> で利用できるようになりました。今後は {F_KEEP} に関連付けられたメールアドレスを使用してサインインしてください。</p>
<p>Credly のバッジは 24～48 時間以内に新しいアカウントに表示されます。</p>
<p>このケースに関して他にご質問がない場合は、返信の必要はありません。</p>
<p>敬具<br />アナ・M<br />AWS トレーニングと認定</p>'''
    body = textpart(html_wrap(inner), 'html', 'utf-8', 'base64')
    h = aws_headers('nifty', F_TO, d, FORM, F_SUBJ)
    build('nakamura-agent-html', h, body, L('merge_completed', CASE_F, [F_KEEP, F_OLD], True, 'ja'))


def mail_F5():
    d = T('2025-03-17 10:05:12')
    txt = f'''こんにちは、

最近、AWS トレーニングと認定のケース {CASE_F} をクローズしました。
お客様のフィードバックは私たちにとって重要です。

問題は解決しましたか?
  はい: https://aws.amazon.com/contact-us/feedback/?caseId={CASE_F}&q1=yes&lang=ja
  いいえ: https://aws.amazon.com/contact-us/feedback/?caseId={CASE_F}&q1=no&lang=ja

エージェントのサービスをどのように評価しますか? (1 = 非常に悪い、5 = 非常に良い)
  https://aws.amazon.com/contact-us/feedback/?caseId={CASE_F}&q2=rate&lang=ja

ありがとうございました。
AWS トレーニングと認定
'''
    inner = p2h(txt)
    h = aws_headers('nifty', F_TO, d, FORM, f'[CASE {CASE_F}] お客様のフィードバックをお聞かせください')
    build('nakamura-feedback-ja', h, alt(txt, html_wrap(inner)), L('survey', CASE_F, [], True, 'ja'))


def mail_F6():
    d = T('2025-03-19 06:44:18')
    badge = 'AWS Certified Solutions Architect – Professional'
    url = f'https://www.credly.com/earner/earned/badge/{uuid()}'
    txt = f'''中村 由美 さん

Amazon Web Services Training and Certification から、あなたにバッジが発行されました。

{badge}

バッジを受け取ると、実績の共有やスキルの証明に使えるほか、次のステップも見つけられます。

バッジを受け取る: {url}

Credly, Inc.
'''
    inner = (f'<p style="font-size:20px;font-weight:bold;">中村 由美 さん</p>\n'
             f'<p>Amazon Web Services Training and Certification から、あなたにバッジが発行されました。</p>\n'
             f'<p style="text-align:center;"><strong>{badge}</strong></p>\n'
             f'<p>バッジを受け取ると、実績の共有やスキルの証明に使えるほか、次のステップも見つけられます。</p>\n'
             f'<p style="text-align:center;"><a href="{url}" style="background:#ff6b00;color:#ffffff;padding:12px 28px;text-decoration:none;">バッジを受け取る</a></p>')
    h = credly_headers('nifty', F_TO, d, f'バッジを受け取ってください: {badge}')
    build('credly-ja-sap', h, alt(txt, credly_html(inner), style='gmail', cte='base64'),
          L('credly_badge_issued', None, [], True, 'ja'))


def mail_F7():
    d = T('2025-04-02 07:15:40')
    badge = 'AWS Certified Cloud Practitioner'
    txt = f'''中村 由美 さん

お持ちのバッジ「{badge}」の有効期限が 2025年7月1日 に切れます（あと 90 日）。

期限を過ぎると、バッジは期限切れとして表示されます。再認定の方法については、発行元である Amazon Web Services Training and Certification の案内をご覧ください。

バッジを表示: https://www.credly.com/badges/{uuid()}

Credly, Inc.
'''
    inner = p2h(txt)
    h = credly_headers('nifty', F_TO, d, f'バッジの有効期限が近づいています: {badge}', frm='Credly <admin@credly.com>')
    build('credly-expiry-ja', h, alt(txt, credly_html(inner), style='gmail'),
          L('unrelated', None, [], True, 'ja'))


def mail_F8():
    d = T('2025-04-09 23:58:02')
    ip = f'91.{rnd.randint(190,220)}.{rnd.randint(1,250)}.{rnd.randint(2,250)}'
    mf = 'noreply@aws-account-support.net'
    auth = dict(spf='softfail', dkim=None, dmarc='none', from_dom='aws-account-support.net')
    h = jp_transport('nifty', F_TO, d, mf, ip, 'vps-' + hexs(6) + '.example-host.ru', auth)
    h += [('From', enc_subject('AWS 請求チーム', 'utf-8') + ' <billing@aws-account-support.net>'),
          ('To', F_TO),
          ('Subject', enc_subject('【AWS】お支払い方法の更新が必要です（アカウント停止のお知らせ）', 'utf-8')),
          ('Date', rfc(d, JST)),
          ('Message-ID', f'<{hexs(24)}@aws-account-support.net>')]
    txt = '''お客様

ご登録のクレジットカードで今月のご利用料金をお支払いいただけませんでした。
24 時間以内にお支払い方法を更新いただけない場合、お客様の AWS アカウントおよびすべてのリソースは停止されます。

下記のリンクからサインインし、お支払い情報を更新してください。
https://aws-account-support.net/billing/update

Amazon Web Services 請求チーム
'''
    build('billing-alert-ja', h, textpart(txt, 'plain', 'utf-8', '8bit'), L('unrelated', None, [], False, 'ja'))


for _f in (mail_F1, mail_F2, mail_F3, mail_F4, mail_F5, mail_F6, mail_F7, mail_F8):
    _f()


# ---------------------------------------------------------------- user G: Kobayashi, so-net, native English agent, 11-digit form case (2023-06)
G_TO = 'sho.kobayashi@so-net.ne.jp'
CASE_G = '12876043219'
G_KEEP, G_OLD = 'AWS33019586', 'AWS02674410'
G_SUBJ = f'RE:[CASE {CASE_G}] [AWS Training and Certification Form Submission] - account-assistance'


def mail_G1():
    d = T('2023-06-12 17:21:08')
    txt = f'''Hi Sho,

Thanks for getting in touch, and sorry for the wait.

I can see two certification accounts that look like yours: {G_KEEP} and {G_OLD}. Before I set anything up, could you tell me a little about how you ended up with two? (For example, one created by an employer or a training partner.) And which one would you like to keep going forward?

Once I have that, I'll put together the details for you to look over.

※日本語でご返信いただいても問題ございません。

Cheers,
Olivia
AWS Training and Certification
'''
    h = aws_headers('sonet', G_TO, d, FORM, G_SUBJ)
    build('kobayashi-agent-question-en', h, alt(txt, html_wrap(p2h(txt), lang='en')),
          L('support_reply', CASE_G, [G_KEEP, G_OLD], True, 'en'))


def mail_G2():
    d = T('2023-06-14 02:10:44')
    new = f'''Hi Sho,

Thanks so much for the quick reply - that all makes sense.

Before we go ahead, could you let us know that the following is right?

  * AWS02674410 (sho.kobayashi@aozora-systems.co.jp) will be folded into
  * AWS33019586 ({G_TO}), which is the one you'll keep.

Everything on AWS02674410 - certifications, exam history, any unused benefits - will move across, and AWS02674410 will be closed. This can't be reversed afterwards, so please take a moment to look it over.

A quick "yes, go ahead" in reply is all we need.

Cheers,
Olivia
AWS Training and Certification
'''
    q = f'''On 2023/06/13 10:22, 小林 翔 wrote:
> Olivia 様
>
> ご連絡ありがとうございます。小林です。
> AWS02674410 は前職の会社（あおぞらシステムズ）で研修を受けた際に会社のアドレスで作られたものです。
> 今後は個人の AWS33019586 を使いたいので、こちらに統合していただけますでしょうか。
>
> よろしくお願いいたします。
> 小林 翔
>
> On 2023/06/12 17:21, Amazon Web Services wrote:
>> Hi Sho,
>>
>> I can see two certification accounts that look like yours: {G_KEEP} and {G_OLD}.
>> Which one would you like to keep going forward?
'''
    txt = new + '\n' + q
    h = aws_headers('sonet', G_TO, d, FORM, G_SUBJ)
    build('kobayashi-agent-details-en', h, alt(txt, html_wrap(p2h(new) + '<blockquote type="cite">' + p2h(q) + '</blockquote>', lang='en')),
          L('merge_confirmation_requested', CASE_G, [G_KEEP, G_OLD], True, 'en'))


def mail_G3():
    d = T('2023-06-16 09:55:30')
    txt = f'''小林様

Olivia です。日本語の文章は社内の翻訳チームに手伝ってもらいました。

アカウントを一本にする作業は、すべて終わりました。
AWS02674410 に入っていた認定と受験履歴は、AWS33019586 にまとめてあります。
今後は {G_TO} でサインインしてください。
前のアカウントは閉じましたので、もうお使いいただけません。

Hi Sho - all done! AWS02674410 now lives inside AWS33019586.

Cheers,
Olivia
AWS Training and Certification
'''
    h = aws_headers('sonet', G_TO, d, FORM, G_SUBJ)
    build('kobayashi-agent-mixed', h, alt(txt, html_wrap(p2h(txt)), cte='base64'),
          L('merge_completed', CASE_G, [G_KEEP, G_OLD], True, 'ja'))


def mail_G4():
    d = T('2023-06-17 22:31:05')
    ip = f'192.30.252.{rnd.randint(190,210)}'
    mf = f'noreply@github.com'
    auth = dict(spf='pass', dkim='pass', dkim_d='github.com', dmarc='pass', from_dom='github.com')
    h = jp_transport('sonet', G_TO, d, mf, ip, f'out-{rnd.randint(10,30)}.smtp.github.com', auth)
    mid = f'<sho-k/aws-cert-notes/pull/12/issue_event/{rnd.randint(10**9,10**10)}@github.com>'
    h += [('DKIM-Signature', dkim('github.com', 'pf2023', d, h='Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', c='relaxed/relaxed')),
          ('Date', rfc(d, PDT)),
          ('From', 'Sho Kobayashi <notifications@github.com>'),
          ('Reply-To', 'sho-k/aws-cert-notes <reply+' + hexs(40).upper() + '@reply.github.com>'),
          ('To', 'sho-k/aws-cert-notes <aws-cert-notes@noreply.github.com>'),
          ('Cc', 'Sho Kobayashi <' + G_TO + '>, State change <state_change@noreply.github.com>'),
          ('Message-ID', mid),
          ('In-Reply-To', '<sho-k/aws-cert-notes/pull/12@github.com>'),
          ('References', '<sho-k/aws-cert-notes/pull/12@github.com>'),
          ('Subject', enc_subject('Re: [sho-k/aws-cert-notes] 認定アカウント統合の手順メモを追加 (PR #12)', 'utf-8', 'Q')),
          ('List-ID', 'sho-k/aws-cert-notes <aws-cert-notes.sho-k.github.com>'),
          ('List-Archive', 'https://github.com/sho-k/aws-cert-notes'),
          ('List-Unsubscribe', '<mailto:unsub+' + hexs(40).upper() + '@reply.github.com>'),
          ('X-GitHub-Sender', 'sho-k'),
          ('X-GitHub-Recipient', 'sho-k'),
          ('X-GitHub-Reason', 'state_change')]
    txt = '''Merged #12 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/sho-k/aws-cert-notes/pull/12#event-9544210387
You are receiving this because you modified the open/close state.

Message ID: <sho-k/aws-cert-notes/pull/12/issue_event/9544210387@github.com>
'''
    html = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/sho-k/aws-cert-notes/pull/12">#12</a> into main.</p>\n\n'
            '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
            '<a href="https://github.com/sho-k/aws-cert-notes/pull/12#event-9544210387">view it on GitHub</a>.<br />'
            'You are receiving this because you modified the open/close state.</p>\n')
    build('github-pr-merged', h, alt(txt, html, style='gmail', cte='7bit'), L('unrelated', None, [], False, 'en'))


for _f in (mail_G1, mail_G2, mail_G3, mail_G4):
    _f()


# ---------------------------------------------------------------- user H: Ito, Yahoo! JAPAN, keigo, busy queue (2024-12)
H_TO = 'ito.mai_0820@yahoo.co.jp'
H_OPEN = T('2024-12-02 23:48:10')
CASE_H = case15(H_OPEN, 51990)
H_KEEP, H_OLD = 'AWS17750302', 'AWS28841097'
H_SUBJ = f'RE:[CASE {CASE_H}] [AWS Training and Certification Form Submission] - account-assistance'
MORI_SIG = '''何卒よろしくお願い申し上げます。

森
アマゾン ウェブ サービス ジャパン
トレーニングと認定 カスタマーサポート'''


def fw(s):
    """ASCII -> full-width (as some Japanese agents type ids)"""
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


H3_TXT = f'''伊藤 舞 様

いつもお世話になっております。森でございます。
ご回答を賜り、ありがとうございます。氏名は「ITO MAI」の表記にて承りました。

つきましては、下記の内容にて手続きを進めさせていただきたく存じます。

　・引き続きお使いいただくアカウント：{fw(H_KEEP)}
　・取り込むアカウント　　　　　　　：{fw(H_OLD)}

取り込むアカウントは手続き後に閉鎖され、元の状態に戻すことはできかねます。
上記にて差し支えなければ、本メールにご返信のうえ、ご承諾の旨をお知らせいただけますでしょうか。
お返事を頂戴するまで、手続きは保留とさせていただきます。

{MORI_SIG}'''


def mail_H1():
    d = plus(H_OPEN, seconds=35)
    txt = f'''伊藤 舞 様

このたびは、AWS トレーニングと認定にお問い合わせくださいまして、誠にありがとうございます。
ご依頼の内容を拝受いたしました。ケース番号 {CASE_H} にて、担当者が順次対応させていただきます。

現在、お問い合わせが大変混み合っており、ご返答までに通常よりお時間を頂戴する場合がございます。
何卒ご容赦くださいますようお願い申し上げます。

※本件への追記は、本メールへのご返信にてお願いいたします。

AWS トレーニングと認定 カスタマーサポート
'''
    h = aws_headers('yahoojp', H_TO, d, FORM, f'[CASE {CASE_H}] お問い合わせを拝受いたしました', subj_mode='B')
    build('ito-form-auto', h, textpart(txt, 'plain', 'utf-8', 'base64'), L('case_created', CASE_H, [], True, 'ja'))


def mail_H2():
    d = T('2024-12-10 15:26:41')
    txt = f'''伊藤 舞 様

AWS トレーニングと認定 カスタマーサポートの森でございます。
ご返答が大変遅くなり、誠に申し訳ございません。

お手続きを進めるにあたり、1 点お伺いしたいことがございます。
お知らせいただいた 2 つのアカウントでは、ご登録の氏名の表記が異なっております。

　・{H_KEEP}：ITO MAI
　・{H_OLD}：Mai Itoh

今後お使いいただくアカウントの氏名は、どちらの表記にいたしましょうか。
なお、試験会場では身分証明書と同じ表記であることが求められますので、ご留意くださいませ。

ご返信をお待ちしております。

{MORI_SIG}
'''
    h = aws_headers('yahoojp', H_TO, d, FORM, H_SUBJ)
    build('ito-agent-name-question', h, alt(txt, html_wrap(p2h(txt))),
          L('support_reply', CASE_H, [H_KEEP, H_OLD], True, 'ja'))


def mail_H3():
    d = T('2024-12-12 10:03:27')
    h = aws_headers('yahoojp', H_TO, d, FORM, H_SUBJ)
    build('ito-agent-plan-fullwidth', h, alt(H3_TXT + '\n', html_wrap(p2h(H3_TXT)), cte='base64'),
          L('merge_confirmation_requested', CASE_H, [H_KEEP, H_OLD], True, 'ja'))


def mail_H4():
    d = T('2024-12-19 11:30:00')
    txt = f'''伊藤 舞 様

いつもお世話になっております。森でございます。

12 月 12 日にお送りいたしましたご連絡につきまして、その後いかがでしょうか。
ご承諾のお返事を頂戴でき次第、すぐに手続きに入らせていただきます。

なお、12 月 26 日までにお返事をいただけない場合は、本ケースをいったん閉じさせていただくことがございます。
お忙しいところ恐れ入りますが、ご返信をお待ちしております。

{MORI_SIG}

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, December 12, 2024 10:03 AM
To: {H_TO}
Subject: {H_SUBJ}

{H3_TXT}
'''
    h = aws_headers('yahoojp', H_TO, d, FORM, H_SUBJ)
    build('ito-agent-reminder', h, alt(txt, html_wrap(p2h(txt))),
          L('support_reply', CASE_H, [], True, 'ja'))


def mail_H5():
    d = T('2024-12-23 16:12:09')
    new = f'''伊藤 舞 様

森でございます。ご返信をいただき、ありがとうございました。

ご依頼のアカウントの一本化につきまして、本日手続きが済みましたのでお知らせいたします。
これまでの認定資格および受験履歴は、すべて {H_KEEP} にてご覧いただけます。
旧アカウント（末尾 1097）は閉鎖いたしましたので、今後はサインインいただけません。

Credly のバッジにつきましても、順次 {H_KEEP} 側へ反映される見込みでございます。

{MORI_SIG}
'''
    q = f'''2024年12月20日(金) 8:14 伊藤 舞 <{H_TO}>:
> 森様
>
> 返信が遅くなり申し訳ありません。
> ご提示いただいた内容で問題ございません。統合をお願いいたします。
>
> 伊藤
'''
    txt = new + '\n' + q
    h = aws_headers('yahoojp', H_TO, d, FORM, H_SUBJ)
    build('ito-agent-report', h, alt(txt, html_wrap(p2h(new) + '<blockquote>' + p2h(q) + '</blockquote>')),
          L('merge_completed', CASE_H, [H_KEEP], True, 'ja'))


def mail_H6():
    d = T('2024-12-23 16:20:44')
    txt = f'''伊藤 舞 様

このたびは AWS トレーニングと認定をご利用いただき、誠にありがとうございました。
ケース {CASE_H} は、本日をもちましてクローズとさせていただきます。

------------------------------------------------------------
How did we do?
Please take a minute to rate your experience with this case:
https://aws.amazon.com/contact-us/feedback/?caseId={CASE_H}&lang=ja

Was your issue resolved?  YES / NO
------------------------------------------------------------

AWS トレーニングと認定 カスタマーサポート
'''
    h = aws_headers('yahoojp', H_TO, d, FORM, f'[CASE {CASE_H}] クローズのお知らせ / How did we do?')
    build('ito-closing-mixed', h, alt(txt, html_wrap(p2h(txt)), cte='quoted-printable'),
          L('survey', CASE_H, [], True, 'ja'))


def mail_H7():
    d = T('2024-12-26 04:51:37')
    badge = 'AWS Certified AI Practitioner'
    url = f'https://www.credly.com/earner/earned/badge/{uuid()}'
    txt = f'''Mai Ito,

Amazon Web Services Training and Certification has issued you a badge:

{badge}

This badge was issued to your updated certification account. Claim it to
add it to your Credly profile and share it with your network.

Accept your badge: {url}

Credly, Inc.
'''
    inner = (f'<p style="font-size:20px;font-weight:bold;">Mai Ito,</p>\n'
             f'<p>Amazon Web Services Training and Certification has issued you a badge:</p>\n'
             f'<p style="text-align:center;"><strong>{badge}</strong></p>\n'
             f'<p>This badge was issued to your updated certification account. Claim it to add it to your Credly profile and share it with your network.</p>\n'
             f'<p style="text-align:center;"><a href="{url}" style="background:#ff6b00;color:#ffffff;padding:12px 28px;text-decoration:none;">Accept your badge</a></p>')
    h = credly_headers('yahoojp', H_TO, d, f'Accept your {badge} badge')
    build('credly-aif', h, alt(txt, credly_html(inner), style='gmail'), L('credly_badge_issued', None, [], True, 'en'))


def mail_H8():
    open_ = T('2025-01-20 12:40:02')
    cid = case15(open_, 17306)
    d = T('2025-01-21 10:18:55')
    txt = f'''伊藤 舞 様

AWS トレーニングと認定 カスタマーサポートの青木でございます。
試験日程の変更についてお問い合わせいただき、ありがとうございます。

受験者 ID {H_KEEP} でご予約中の「AWS Certified Solutions Architect - Associate」（2025年2月8日）につきましては、試験開始時刻の 24 時間前まで、ピアソンVUE のサイトからお客様ご自身で日程を変更していただけます。

  1. AWS Certification アカウントにサインインします。
  2. 「Upcoming Exams」から該当の試験を選び、「Reschedule」をクリックします。
  3. ご希望の日時を選んで手続きを進めてください。

変更手数料はかかりません。ほかにご不明な点がございましたら、本メールにご返信ください。

何卒よろしくお願い申し上げます。

青木
アマゾン ウェブ サービス ジャパン
トレーニングと認定 カスタマーサポート
'''
    h = aws_headers('yahoojp', H_TO, d, FORM,
                    f'RE:[CASE {cid}] [AWS Training and Certification Form Submission] - exam-scheduling')
    build('ito-exam-date-case', h, alt(txt, html_wrap(p2h(txt))), L('unrelated', cid, [H_KEEP], True, 'ja'))


def mail_H9():
    d = T('2025-01-28 11:00:12')
    inner = '''<h2 style="font-size:20px;color:#232f3e;">AWS 認定ニュース 2025 年 1 月号</h2>
<p>いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。今月のトピックをお届けします。</p>
<h3 style="font-size:16px;">■ 新しい認定試験のご案内</h3>
<p>AWS Certified AI Practitioner と AWS Certified Machine Learning Engineer – Associate の日本語版がご受験いただけます。</p>
<h3 style="font-size:16px;">■ 認定保持者向け特典</h3>
<p>認定をお持ちの方は、次回の試験を 50% 割引で受験いただけます。特典は AWS Certification アカウントの「Benefits」からお使いください。</p>
<h3 style="font-size:16px;">■ AWS Skill Builder 無料セミナー</h3>
<p>2 月 13 日（木）に「試験直前対策ウェビナー」を開催します。<a href="https://aws.amazon.com/jp/training/events/">お申し込みはこちら</a></p>
<p style="font-size:11px;color:#687078;">このメールは AWS トレーニングと認定からのお知らせの配信をご希望いただいた方にお送りしています。
配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>から。<br />
アマゾン ウェブ サービス ジャパン合同会社　〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>'''
    mf = f'{rnd.randint(100,999)}-{tok(3,"ABCDEFGHIJKLMNOPQRSTUVWXYZ")}-{rnd.randint(100,999)}.0.{rnd.randint(10000,99999)}.0.0.{rnd.randint(1000,9999)}.9.{rnd.randint(10**6,10**7)}@mktomail.awscloud.com'
    ip = f'192.28.{rnd.randint(144,159)}.{rnd.randint(2,250)}'
    auth = dict(spf='pass', dkim='pass', dkim_d='amazon.com', dmarc='pass', from_dom='amazon.com')
    h = jp_transport('yahoojp', H_TO, d, mf, ip, f'mail{rnd.randint(100,999)}.mktomail.awscloud.com', auth)
    h += [('DKIM-Signature', dkim('amazon.com', 'm1', d, h='Date:From:To:Subject:MIME-Version:Content-Type:List-Unsubscribe', c='relaxed/relaxed')),
          ('Date', rfc(d, UTC)),
          ('From', enc_subject('AWS トレーニングと認定', 'utf-8') + ' <aws-marketing-email-replies@amazon.com>'),
          ('To', H_TO),
          ('Subject', enc_subject('AWS 認定ニュース 2025 年 1 月号: 新試験のご案内と受験特典', 'iso-2022-jp')),
          ('Message-ID', f'<{rnd.randint(10**6,10**7)}.{rnd.randint(10**8,10**9)}.{int(d.timestamp())}@abmas{rnd.randint(10,99)}.marketo.org>'),
          ('List-Unsubscribe', '<mailto:' + hexs(20) + '@unsub-ab.mktomail.com>'),
          ('X-Mailfrom', mf),
          ('X-MSYS-API', '{"options":{"open_tracking":false,"click_tracking":false}}')]
    body = textpart(html_wrap(inner, 'AWS 認定ニュース'), 'html', 'utf-8', 'quoted-printable')
    build('aws-cert-newsletter-ja', h, body, L('unrelated', None, [], True, 'ja'))


for _f in (mail_H1, mail_H2, mail_H3, mail_H4, mail_H5, mail_H6, mail_H7, mail_H8, mail_H9):
    _f()


# ==== END MAILS
if __name__ == '__main__':
    write_all()
