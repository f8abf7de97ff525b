#!/usr/bin/env python3
"""Generate blind test set 289: AWS Certification account-merge mailbox.
Emphasis: acknowledgements and the middle of the case (asks, status updates,
hand-overs, chasers, reopen / new-correspondence / duplicate notices), EN + JA,
look-alikes."""
import base64, hashlib, json, os, quopri, re, sys
from datetime import datetime, timedelta, timezone
from email.message import Message
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email import policy as _pol
from email.utils import format_datetime
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
POL = _pol.compat32.clone(linesep='\r\n', max_line_length=0)
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7), 'PDT')
PST = timezone(timedelta(hours=-8), 'PST')
JST = timezone(timedelta(hours=9))
CET = timezone(timedelta(hours=2))

LABELS = {}
REGISTRY = []

def mail(fn):
    REGISTRY.append(fn)
    return fn

# ---------------------------------------------------------------- helpers
def hx(seed, n):
    out = ''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f'{seed}/{i}'.encode()).hexdigest()
        i += 1
    return out[:n]

def b64(seed, n):
    raw = b''
    i = 0
    while len(raw) * 4 // 3 < n + 4:
        raw += hashlib.sha512(f'{seed}#{i}'.encode()).digest()
        i += 1
    return base64.b64encode(raw).decode()[:n]

def fold_b64(s, indent='\t', width=70):
    return ('\n' + indent).join(s[i:i + width] for i in range(0, len(s), width))

def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)

def rfc(d):
    return format_datetime(d)

def gdate(d):
    """Gmail-style Received date (in PDT/PST)."""
    loc = d.astimezone(PDT if 3 <= d.month <= 10 else PST)
    return loc.strftime('%a, %d %b %Y %H:%M:%S %z') + (' (PDT)' if 3 <= d.month <= 10 else ' (PST)')

def case15(d, tail):
    """15-digit case id: Unix time of opening + 5 digits."""
    return f'{int(d.timestamp())}{tail:05d}'

def ses_id(d, seed):
    ms = int(d.timestamp() * 1000)
    return (f'<0100{ms:012x}-{hx(seed,8)}-{hx(seed+"a",4)}-{hx(seed+"b",4)}-'
            f'{hx(seed+"c",4)}-{hx(seed+"d",12)}-000000@email.amazonses.com>')

def ses_mailfrom(d, seed):
    return ses_id(d, seed)[1:-1]

def ew(s, cs='utf-8', q=False, maxlen=76, hdr='Subject'):
    """Encoded-word header value, folded over lines."""
    if q:
        c = Charset(cs); c.header_encoding = QP
    else:
        c = cs
    return Header(s, c, header_name=hdr).encode(maxlinelen=maxlen, linesep='\n')

def addr(name, email, cs='utf-8', quote=True):
    if name is None:
        return email
    try:
        name.encode('ascii')
        return f'"{name}" <{email}>' if quote else f'{name} <{email}>'
    except UnicodeEncodeError:
        return f'{Header(name, cs).encode()} <{email}>'

CODECS = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
          'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252',
          'euc-jp': 'euc_jp'}

def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable', label=None,
          codec=None, extra_params='', disp=None):
    codec = codec or CODECS[cs.lower()]
    m = Message()
    lab = label or cs
    m['Content-Type'] = f'text/{sub}; charset={lab}{extra_params}' if cs.lower() in ('iso-2022-jp',) and not label \
        else f'text/{sub}; charset="{lab}"{extra_params}'
    m['Content-Transfer-Encoding'] = cte
    if disp:
        m['Content-Disposition'] = disp
    if cte == 'base64':
        raw = text.replace('\r\n', '\n').replace('\n', '\r\n').encode(codec)
        m.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        raw = text.encode(codec)
        m.set_payload(quopri.encodestring(raw).decode('ascii'))
    else:  # 7bit / 8bit
        raw = text.encode(codec)
        m.set_payload(raw.decode('ascii', 'surrogateescape'))
    return m

def multi(sub, parts, boundary):
    m = Message()
    m['Content-Type'] = f'multipart/{sub}; \n\tboundary="{boundary}"'
    m.set_payload(parts)
    m.preamble = None
    return m

def attach(data, ctype, filename, cid=None, inline=False):
    m = Message()
    m['Content-Type'] = f'{ctype}; name="{filename}"'
    m['Content-Transfer-Encoding'] = 'base64'
    m['Content-Disposition'] = f'{"inline" if inline else "attachment"}; filename="{filename}"'
    if cid:
        m['Content-ID'] = f'<{cid}>'
    m.set_payload(base64.encodebytes(data).decode('ascii'))
    return m

PNG_1x1 = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==')

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def html_paras(text):
    """Plain text -> simple HTML paragraphs (quoted '>' lines into blockquote)."""
    out = []
    for para in text.strip('\n').split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '\n'.join(re.sub(r'^> ?', '', l) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + html_paras(inner) + '</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(esc(l) for l in lines) + '</p>')
    return '\n'.join(out)

def aws_html(body_html, title='Amazon Web Services', footer=''):
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<style type="text/css">body{{margin:0;padding:0;background:#f2f3f3;font-family:"Amazon Ember",Arial,sans-serif;font-size:14px;color:#16191f}} a{{color:#0073bb}}</style>
</head><body>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f3"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:600px">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="Amazon Web Services" width="64" height="38" /></td></tr>
<tr><td style="padding:24px;line-height:20px">
{body_html}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#545b64;border-top:1px solid #eaeded">{footer or 'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.'}</td></tr>
</table></td></tr></table>
</body></html>
'''

# ---------------------------------------------------------------- trace / auth
SES_IPS = ['54.240.8.30', '54.240.8.87', '54.240.9.112', '54.240.48.93', '54.240.27.55',
           '54.240.11.14', '23.251.226.3', '54.240.36.21']

def ses_host(ip):
    a, b, c, d = ip.split('.')
    if ip.startswith('23.251'):
        return f'e226-{d}.smtp-out.us-east-2.amazonses.com'
    return f'a{c}-{d}.smtp-out.amazonses.com'

def dkim_sig(domain, selector, d, seed, hlist='Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', c='relaxed/simple'):
    t = int(d.timestamp())
    return ('DKIM-Signature', f'v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={selector}; d={domain}; t={t};\n'
            f'\th={hlist};\n\tbh={b64(seed+"bh",43)}=;\n\tb={fold_b64(b64(seed+"b"+domain, 342))}')

AMZ_SEL = 'rjmzd7ka3fsdzjmuclyd6ho2ebelxmwr'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'
SES_SEL2 = '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'

def ar_google(dkims, spf, mailfrom, ip, dmarc, from_dom, policy='p=QUARANTINE sp=QUARANTINE dis=NONE', seed='x'):
    lines = ['mx.google.com']
    for dom, res in dkims:
        lines.append(f'dkim={res} header.i=@{dom} header.s={AMZ_SEL if dom=="amazon.com" else ("s1" if "." in dom and dom not in ("amazonses.com",) else SES_SEL)} header.b={b64(seed+dom,8)}')
    if spf == 'pass':
        lines.append(f'spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}')
    elif spf == 'softfail':
        lines.append(f'spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}')
    else:
        lines.append(f'spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}')
    if dmarc:
        lines.append(f'dmarc={dmarc} ({policy}) header.from={from_dom}')
    return ';\n       '.join(lines)

def trace_gmail(rcpt, d, ip, helo, mailfrom, ar, seed, arc=True):
    rd = d + timedelta(seconds=1)
    h = []
    h.append(('Delivered-To', rcpt))
    h.append(('Received', f'by 2002:a05:{hx(seed,4)}:{hx(seed+"r",3)}:b0:{hx(seed+"q",3)}:{hx(seed+"w",4)}:{hx(seed+"e",4)} with SMTP id {hx(seed+"id",2)}csp{int(hx(seed+"n",6),16)%9000000+1000000}{hx(seed+"z",3)};\n        {gdate(rd)}'))
    h.append(('X-Google-Smtp-Source', f'AGHT+I{b64(seed+"gs",86)}'))
    h.append(('X-Received', f'by 2002:a05:6214:{hx(seed+"x1",4)}:b0:6fa:{hx(seed+"x2",4)}:{hx(seed+"x3",4)} with SMTP id 6a1803df08f44-{hx(seed+"x4",11)}mr{int(hx(seed+"x5",6),16)}6d.{int(hx(seed+"x6",3),16)%60};\n        {gdate(rd)}'))
    if arc:
        t = int(rd.timestamp())
        h.append(('ARC-Seal', f'i=1; a=rsa-sha256; t={t}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b64(b64(seed+"as",342), "         ", 70)}'))
        h.append(('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64(seed+"abh",43)}=;\n        fh={b64(seed+"fh",43)}=;\n        b={fold_b64(b64(seed+"amb",342), "         ", 70)}'))
        h.append(('ARC-Authentication-Results', 'i=1; ' + ar))
    h.append(('Return-Path', f'<{mailfrom}>'))
    h.append(('Received', f'from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id 6a1803df08f44-{hx(seed+"x4",11)}si{int(hx(seed+"s9",6),16)}6d.{int(hx(seed+"x7",3),16)%600}.{rd.year}.{rd.month:02d}.{rd.day:02d}.{rd.hour:02d}.{rd.minute:02d}.{rd.second:02d}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(rd)}'))
    spfres = 'pass' if 'spf=pass' in ar else ('softfail' if 'spf=softfail' in ar else ('fail' if 'spf=fail' in ar else 'neutral'))
    if spfres == 'pass':
        h.append(('Received-SPF', f'pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};'))
    else:
        h.append(('Received-SPF', f'{spfres} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) client-ip={ip};'))
    h.append(('Authentication-Results', ar))
    return h

def ar_outlook(ip, mailfrom_dom, dkim, dkim_dom, dmarc, from_dom, compauth='pass reason=100', spf='pass'):
    dk = {'pass': 'pass (signature was verified)', 'fail': 'fail (body hash did not verify)', 'none': 'none (message not signed)'}[dkim]
    dm = {'pass': 'pass action=none', 'fail': 'fail action=quarantine', 'bestguesspass': 'bestguesspass action=none', 'none': 'none action=none'}[dmarc]
    if dkim == 'none':
        dkim_dom = 'none'
    return (f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; dkim={dk}\n header.d={dkim_dom};dmarc={dm}\n header.from={from_dom};compauth={compauth}')

def trace_outlook(rcpt, d, ip, helo, mailfrom, ar, seed, consumer=True):
    rd = d + timedelta(seconds=2)
    u = rd.astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000')
    fe = f'{"CH3PEPF" if consumer else "DM6NAM11FT"}{int(hx(seed,4),16)%999:03d}'
    h = []
    h.append(('Received', f'from SA1PR19MB{int(hx(seed+"a",4),16)%9999:04d}.namprd19.prod.outlook.com (2603:10b6:806:{hx(seed+"b",3)}::{hx(seed+"c",2)})\n by SJ0PR19MB{int(hx(seed+"d",4),16)%9999:04d}.namprd19.prod.outlook.com with HTTPS; {u}'))
    h.append(('Received', f'from {fe[:-3]}0000{fe[-3:]}.namprd04.prod.outlook.com (2603:10b6:610:{hx(seed+"e",2)}::{int(hx(seed+"f",2),16)%40})\n by SA1PR19MB{int(hx(seed+"a",4),16)%9999:04d}.namprd19.prod.outlook.com (2603:10b6:806:{hx(seed+"b",3)}::{hx(seed+"c",2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{8700+int(hx(seed+"g",2),16)}.{int(hx(seed+"h",2),16)%40}; {u}'))
    h.append(('Received', f'from {fe}.namprd04.prod.outlook.com\n (2603:10b6:610:{hx(seed+"e",2)}:cafe::{hx(seed+"i",2)}) by {fe[:-3]}0000{fe[-3:]}.outlook.office365.com\n (2603:10b6:610:{hx(seed+"e",2)}::{int(hx(seed+"f",2),16)%40}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{8700+int(hx(seed+"g",2),16)}.{int(hx(seed+"h",2),16)%40} via Frontend Transport; {u}'))
    h.append(('Authentication-Results', ar))
    spfm = re.search(r'spf=(\w+)', ar).group(1)
    if spfm == 'pass':
        h.append(('Received-SPF', f'Pass (protection.outlook.com: domain of {mailfrom.split("@")[-1]}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C'))
    else:
        h.append(('Received-SPF', f'{spfm.capitalize()} (protection.outlook.com: domain of {mailfrom.split("@")[-1]} does\n not designate {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo};'))
    h.append(('Received', f'from {helo} ({ip}) by\n {fe}.mail.protection.outlook.com (10.167.{int(hx(seed+"j",2),16)%250}.{int(hx(seed+"k",2),16)%250}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{8700+int(hx(seed+"g",2),16)}.{int(hx(seed+"h",2),16)%40} via\n Frontend Transport; {u}'))
    h.append(('X-MS-Exchange-Organization-ExpirationStartTime', rd.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.') + f'{int(hx(seed+"l",3),16)%1000:03d}7 (UTC)'))
    h.append(('X-MS-Exchange-Organization-Network-Message-Id', f'{hx(seed+"m",8)}-{hx(seed+"n",4)}-{hx(seed+"o",4)}-{hx(seed+"p",4)}-{hx(seed+"q",12)}'))
    h.append(('X-MS-Exchange-Organization-AuthSource', f'{fe}.namprd04.prod.outlook.com'))
    h.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
    h.append(('X-MS-Exchange-Organization-SCL', '1'))
    h.append(('Return-Path', mailfrom))
    return h

def trace_jp(provider, rcpt, d, ip, helo, mailfrom, ar_body, seed):
    """Japanese provider trace. ar_body is the part after authserv-id."""
    rd = (d + timedelta(seconds=3)).astimezone(JST)
    ds = rd.strftime('%a, %d %b %Y %H:%M:%S +0900 (JST)')
    P = {
        'ocn': ('mfgw{n}.ocn.ad.jp', 'mfsmax.ocn.ad.jp', 'mf-smf-ucb{n}.ocn.ad.jp'),
        'nifty': ('mta-gw{n}.nifty.com', 'nifty.com', 'mta-snd{n}.nifty.com'),
        'biglobe': ('mtagw{n}.biglobe.ne.jp', 'biglobe.ne.jp', 'mtasv{n}.biglobe.ne.jp'),
        'sakura': ('www{n}.sakura.ne.jp', 'www{n}.sakura.ne.jp', 'www{n}.sakura.ne.jp'),
        'auone': ('dmta{n}.auone-net.jp', 'mx.auone-net.jp', 'mfilter{n}.auone-net.jp'),
        'iij': ('mo{n}.iij4u.or.jp', 'iij.ad.jp', 'mbox{n}.iij4u.or.jp'),
    }[provider]
    n = int(hx(seed, 3), 16) % 90 + 10
    gw, authserv, inner = (x.format(n=n) for x in P)
    h = []
    h.append(('Return-Path', f'<{mailfrom}>'))
    h.append(('Delivered-To', rcpt))
    h.append(('Received', f'from {inner} (localhost [127.0.0.1])\n\tby {gw} (Postfix) with ESMTP id 4{hx(seed+"a",2).upper()}{b64(seed+"q",9).replace("/","x").replace("+","z")}\n\tfor <{rcpt}>; {ds}'))
    h.append(('Authentication-Results', f'{authserv}; {ar_body}'))
    h.append(('Received', f'from {helo} ({helo} [{ip}])\n\tby {inner} (Postfix) with ESMTPS id 4{hx(seed+"b",2).upper()}{b64(seed+"w",9).replace("/","x").replace("+","z")}\n\tfor <{rcpt}>; {ds}'))
    return h

def trace_plain(rcpt, d, ip, helo, mailfrom, seed, relay='mx01.corp.example-holdings.co.jp', tz=JST):
    rd = (d + timedelta(seconds=4)).astimezone(tz)
    ds = rd.strftime('%a, %d %b %Y %H:%M:%S %z')
    return [('Return-Path', f'<{mailfrom}>'),
            ('Received', f'from {relay} ({relay} [10.20.{int(hx(seed,2),16)%250}.{int(hx(seed+"1",2),16)%250}])\n\tby mbox02.internal.{relay.split(".",1)[1]} (Postfix) with ESMTP id {hx(seed+"a",10).upper()}\n\tfor <{rcpt}>; {ds}'),
            ('Received', f'from {helo} ({helo} [{ip}])\n\tby {relay} (Postfix) with ESMTPS id {hx(seed+"b",10).upper()}\n\tfor <{rcpt}>; {ds}')]

def ses_extra(d, region='us-east-1'):
    return [('Feedback-ID', f'::1.{region}.{b64(str(d)+"fb",43)}=:AmazonSES'),
            ('X-SES-Outgoing', f'{d.strftime("%Y.%m.%d")}-{SES_IPS[d.day % len(SES_IPS)]}')]

def aws_mail(*, rcpt, d, seed, frm, subject, to=None, trace='gmail', jp='ocn',
             dkim_ok=True, extra=None, cc=None, xhdrs=None, ar_override=None, reply_to=None,
             relay='mx01.corp.example-holdings.co.jp', relay_tz=JST):
    """Genuine AWS mail headers via SES (amazon.com DKIM + amazonses.com DKIM)."""
    ip = SES_IPS[int(hx(seed, 2), 16) % len(SES_IPS)]
    helo = ses_host(ip)
    mf = ses_mailfrom(d, seed)
    fdom = re.search(r'@([\w.-]+)>?\s*$', frm).group(1)
    if ar_override is not None:
        tr = ar_override(ip, helo, mf)
    elif trace == 'gmail':
        ar = ar_google([(fdom, 'pass' if dkim_ok else 'fail'), ('amazonses.com', 'pass')], 'pass', mf, ip,
                       'pass' if dkim_ok else 'fail', fdom, seed=seed)
        tr = trace_gmail(rcpt, d, ip, helo, mf, ar, seed)
    elif trace == 'outlook':
        ar = ar_outlook(ip, 'email.amazonses.com', 'pass' if dkim_ok else 'fail', fdom if dkim_ok else fdom,
                        'pass' if dkim_ok else 'fail', fdom, 'pass reason=100' if dkim_ok else 'fail reason=000')
        tr = trace_outlook(rcpt, d, ip, helo, mf, ar, seed)
    elif trace == 'jp':
        arb = (f'spf=pass smtp.mailfrom={mf};\n\tdkim=pass header.d={fdom} header.s={AMZ_SEL} header.b={b64(seed,8)};\n'
               f'\tdkim=pass header.d=amazonses.com header.s={SES_SEL} header.b={b64(seed+"s",8)};\n\tdmarc=pass header.from={fdom}')
        tr = trace_jp(jp, rcpt, d, ip, helo, mf, arb, seed)
    elif trace == 'none':
        tr = trace_plain(rcpt, d, ip, helo, mf, seed, relay=relay, tz=relay_tz)
    h = list(tr)
    h.append(dkim_sig(fdom, AMZ_SEL, d, seed))
    h.append(dkim_sig('amazonses.com', SES_SEL, d, seed + 'ses', 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID'))
    h.append(('Date', rfc(d)))
    h.append(('From', frm))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h.append(('To', to or rcpt))
    if cc:
        h.append(('Cc', cc))
    h.append(('Message-ID', ses_id(d, seed)))
    h.append(('Subject', subject))
    h.append(('MIME-Version', '1.0'))
    if xhdrs:
        h.extend(xhdrs)
    h.extend(ses_extra(d))
    if extra:
        h.extend(extra)
    return h

def compose(hdrs, body):
    """Put top-level headers in front of the body's own Content-* headers."""
    body._headers = [(k, v) for k, v in hdrs] + body._headers
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(body)
    return buf.getvalue()

def put(name, data, kind, case_id, accts, verified, lang):
    assert kind in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                    'credly_badge_issued', 'support_reply', 'unrelated'), kind
    assert lang in ('en', 'ja')
    norm = sorted(set(re.sub(r'[^0-9]', '', a).join(['AWS', '']) for a in accts))
    for a in norm:
        assert re.fullmatch(r'AWS\d{8}', a), a
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)
    LABELS[name] = {'kind': kind, 'case_id': case_id, 'account_ids': norm,
                    'sender_verified': verified, 'language': lang}

FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'

# ================================================================ MAILS
# ---------------------------------------------------------------- case A (EN form case)
A_OPEN = dt(2025, 5, 27, 23, 41, 7)
A_ID = case15(A_OPEN, 38214)
A_USER = 'dan.okafor.cloud@gmail.com'
A_SUBJ = f'RE:[CASE {A_ID}] [AWS Training and Certification Form Submission] - account-assistance'

@mail
def m001():
    d = A_OPEN + timedelta(seconds=41)
    txt = f"""Hi Daniel,

Thanks so much for getting in touch with AWS Training and Certification \u2013 we've got your message!

Your case number is {A_ID}. Hang on to it: if you want to add anything, just reply to this email and keep the case number in the subject line so everything lands in the same place.

Here's a copy of what you sent us:

  Inquiry type: Certification
  Detail: Account Merge
  AWS candidate ID: aws40918273
  Your message: Hi, I ended up with two certification profiles (the other one is AWS-40918399, created with my old work address). Could you combine them into one please? Thanks, Dan

What happens next?
One of our team members will get back to you, usually within 24 hours (it can take a little longer over weekends and US public holidays). There's no need to open another case for the same question \u2013 a second case can actually slow things down, because we have to link the two before anyone can work on them.

While you wait, a lot of common questions are answered in our FAQ: https://aws.amazon.com/certification/faqs/

Talk soon,
The AWS Training and Certification team

This email was sent to {A_USER} because a request was submitted through the AWS Training and Certification contact form.
"""
    html = aws_html(html_paras(txt).replace(f'{A_ID}', f'<strong>{A_ID}</strong>'))
    body = multi('alternative', [tpart(txt), tpart(html, 'html')], f'----=_Part_{int(hx("m1",5),16)}_{int(hx("m1b",8),16)}.{int(d.timestamp()*1000)}')
    h = aws_mail(rcpt=A_USER, d=d, seed='m001', frm=FORM,
                 subject=f'We received your request [CASE {A_ID}] [AWS Training and Certification Form Submission] - account-assistance')
    put('001-form-ack-chatty-echo.eml', compose(h, body), 'case_created', A_ID, ['AWS40918273', 'AWS40918399'], True, 'en')

A_Q1 = f"""> Hi, I ended up with two certification profiles (the other one is
> AWS-40918399, created with my old work address). Could you combine them
> into one please? Thanks, Dan"""

@mail
def m002():
    d = A_OPEN + timedelta(hours=19, minutes=12)
    txt = f"""Hello Daniel,

Greetings from AWS Training and Certification!

Thank you for reach out to us regarding your certification accounts. I have checked in our system and I am able to locate the candidate ID AWS40918273 which is registered with the email {A_USER}.

However, for the second ID which you have mentioned (AWS 40918399) I kindly request you to provide below details so that I can proceed further on your request:

1. The login email address which was used for AWS 40918399.
2. Which one of the two accounts you would like to keep as the primary account.
3. Reason for the request (for example change of company email).

Please note that without above information we will not be able to take any action on the case. Kindly reply to this email and do not change the subject line.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Arjun S.
Amazon Web Services
AWS Training and Certification Customer Support

====================================================
To contact us again about this case, please reply to this email.
====================================================

---------- Original message ----------
From: Daniel Okafor <{A_USER}>
Subject: account-assistance
Inquiry type: Certification | Account Merge
AWS candidate ID: aws40918273
{A_Q1}
"""
    body = tpart(txt, cte='quoted-printable')
    h = aws_mail(rcpt=A_USER, d=d, seed='m002', frm=FORM, subject=A_SUBJ)
    put('002-form-first-reply-asks-login-and-primary.eml', compose(h, body), 'support_reply', A_ID,
        ['AWS40918273', 'AWS40918399'], True, 'en')

@mail
def m003():
    d = A_OPEN + timedelta(days=2, hours=3, minutes=4)
    txt = f"""Hello Daniel,

Thank you for providing the requested details.

As discussed, please find below the details of the accounts that will be merged:

 - Account to be retained (primary): AWS40918273 (sign-in: dan.okafor.cloud@gmail.com)
 - Account to be merged and closed: AWS40918399 (sign-in: daniel.okafor@northwind-analytics.com)

After merging, all certifications, exam history and benefits from AWS40918399 will move to AWS40918273 and you will sign in with dan.okafor.cloud@gmail.com only. Please be aware that this process can not be reversed once it is done.

Kindly reply to this email confirming that the above is correct so that we can go ahead.

Best regards,
Arjun S.
Amazon Web Services
AWS Training and Certification Customer Support

On Thu, May 29, 2025 at 9:12 AM Daniel Okafor <{A_USER}> wrote:
> Hi Arjun,
>
> 1. AWS40918399 was created with daniel.okafor@northwind-analytics.com
> (my old job, I can still log in but the mailbox is gone)
> 2. Please keep the gmail one, AWS40918273, it has my SAA-C03 on it.
> 3. I changed jobs and want everything in one place.
>
> Dan
>
> On Wed, May 28, 2025 at 7:53 PM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Hello Daniel,
> >
> > Greetings from AWS Training and Certification!
> >
> > Thank you for reach out to us regarding your certification accounts.
> > [...]
"""
    html = ('<div dir="ltr">' + html_paras(txt.split('On Thu, May 29')[0]) + '</div>'
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, May 29, 2025 at 9:12 AM Daniel Okafor &lt;'
            f'{A_USER}&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + html_paras('\n'.join(l[2:] if l.startswith('> ') else l[1:] for l in txt.split('wrote:\n', 1)[1].splitlines()))
            + '</blockquote></div>')
    body = multi('alternative', [tpart(txt, cte='base64'), tpart(html, 'html', cte='base64')], f'----=_Part_88231_{int(d.timestamp())}')
    # the merge-account-to-keep mapping in the new text is 73 (kept) <- 99
    h = aws_mail(rcpt=A_USER, d=d, seed='m003', frm=FORM, subject=A_SUBJ)
    put('003-form-confirm-which-survives.eml', compose(h, body), 'merge_confirmation_requested', A_ID,
        ['AWS40918273', 'AWS40918399'], True, 'en')

@mail
def m004():
    d = A_OPEN + timedelta(days=2, hours=22, minutes=37)
    txt = f"""Hello Daniel,

Thank you for confirming the details. We will now proceed with the merge request and I have submitted it to the team that handles account consolidation.

Once the merge is complete you will receive a separate notification from us, and your Credly badges should follow within a few days after that. There is nothing else you need to do at this point, please do not schedule any exams on either account until you hear back from us.

Best regards,
Arjun S.
Amazon Web Services
AWS Training and Certification Customer Support

On Fri, May 30, 2025 at 3:02 AM Daniel Okafor <{A_USER}> wrote:
> The details are correct. Please proceed with the merge.
>
> On Fri, May 30, 2025 at 3:45 AM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Hello Daniel,
> >
> > Thank you for providing the requested details.
> >
> >  - Account to be retained (primary): AWS40918273
> >  - Account to be merged and closed: AWS40918399
> >
> > Kindly reply to this email confirming that the above is correct.
"""
    body = multi('alternative', [tpart(txt), tpart(aws_html(html_paras(txt)), 'html')], f'----=_Part_90412_{int(d.timestamp())}')
    h = aws_mail(rcpt=A_USER, d=d, seed='m004', frm=FORM, subject=A_SUBJ)
    put('004-form-thanks-for-confirming-will-proceed.eml', compose(h, body), 'support_reply', A_ID, [], True, 'en')

# ---------------------------------------------------------------- case B (EN console case, Outlook)
B_OPEN = dt(2025, 6, 16, 14, 3, 52)
B_ID = case15(B_OPEN, 6811)
B_USER = 'm.kowalska@vistula-engineering.pl'
B_TO = '"Kowalska, Marta" <m.kowalska@vistula-engineering.pl>'

def console_footer(cid):
    return f"""To see all the correspondence for this case and to reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

To respond to this case, please follow the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

@mail
def m005():
    d = B_OPEN + timedelta(seconds=9)
    txt = f"""Thank you for contacting Amazon Web Services. We have opened case {B_ID} to address your issue.

The details of your case are as follows:

Case ID: {B_ID}
Subject: Merge two AWS Certification accounts
Severity: General guidance

We will respond within the time frame that corresponds to the severity and your support plan.

{console_footer(B_ID)}
"""
    html = aws_html(html_paras(txt))
    body = multi('alternative', [tpart(txt, cte='7bit', cs='us-ascii'), tpart(html, 'html')], f'----=_Part_{int(d.timestamp())}_118822')
    h = aws_mail(rcpt=B_USER, to=B_TO, d=d, seed='m005', frm=NOREPLY, trace='outlook',
                 subject=f'Amazon Web Services: You have opened a new Support case: {B_ID}')
    put('005-console-case-opened-terse.eml', compose(h, body), 'case_created', B_ID, [], True, 'en')

@mail
def m006():
    d = B_OPEN + timedelta(hours=26, minutes=18)
    txt = f"""Hello,

We've added a new correspondence to your AWS Support case {B_ID}.

Subject: Merge two AWS Certification accounts

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={B_ID}&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    body = tpart(aws_html(html_paras(txt).replace('https://console.aws.amazon.com/support/home#/case/?displayId=' + B_ID + '&amp;language=en',
                 f'<a href="https://console.aws.amazon.com/support/home#/case/?displayId={B_ID}&amp;language=en">View case</a>')), 'html')
    h = aws_mail(rcpt=B_USER, to=B_TO, d=d, seed='m006', frm=NOREPLY, trace='outlook',
                 subject=f'[Case {B_ID}] New correspondence added')
    put('006-console-new-correspondence-notice.eml', compose(h, body), 'support_reply', B_ID, [], True, 'en')

@mail
def m007():
    d = B_OPEN + timedelta(days=6, hours=2, minutes=41)
    txt = f"""Hello Marta,

My name is Tom\u00e1s and I'll be looking after your case from today \u2013 my colleague Hannah, who was helping you so far, is out of the office this week. I've read through the whole history, so there's no need to repeat anything.

Quick status: your request to combine AWS07731604 and AWS10255876 is with our Certification operations team. Because the second profile (AWS10255876) still has an exam appointment booked for 3 July, they need to run an extra verification step before anything is changed, and that is what we are waiting on right now.

I'll come back to you as soon as I hear from them, and at the latest by Friday with an update either way.

Best regards,

Tom\u00e1s R.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

{console_footer(B_ID)}
"""
    html = aws_html(html_paras(txt))
    body = multi('alternative', [tpart(txt), tpart(html, 'html')], f'----=_Part_{int(d.timestamp())}_77120')
    h = aws_mail(rcpt=B_USER, to=B_TO, d=d, seed='m007', frm=NOREPLY, trace='outlook',
                 subject=f'RE:[CASE {B_ID}] Merge two AWS Certification accounts')
    put('007-console-handover-status.eml', compose(h, body), 'support_reply', B_ID,
        ['AWS07731604', 'AWS10255876'], True, 'en')

# ---------------------------------------------------------------- case C (JA form case)
C_OPEN = dt(2025, 7, 2, 23, 55, 10)
C_ID = case15(C_OPEN, 51207)
C_USER = 'yamada.taro1985@ocn.ne.jp'

@mail
def m008():
    d = C_OPEN + timedelta(seconds=33)
    txt = f"""山田 太郎 様

この度は、AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けいたしました。

　ケース番号：{C_ID}
　お問い合わせ種別：認定 / アカウントの統合
　受付日時：2025年7月3日 8時55分（日本時間）

担当者より、原則として24時間以内にご連絡いたします。
なお、お問い合わせの状況によっては、ご回答までにお時間をいただく場合がございます。あらかじめご了承くださいますようお願い申し上げます。

追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせいただきますと、ご回答が遅れる原因となりますので、ご遠慮くださいますようお願いいたします。

※本メールはお問い合わせ受付の確認のため、自動送信しております。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/certification/
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""
    body = tpart(txt, cs='iso-2022-jp', cte='7bit')
    subj = ew(f'【AWS トレーニングと認定】お問い合わせを受け付けました [CASE {C_ID}]', 'iso-2022-jp')
    h = aws_mail(rcpt=C_USER, d=d, seed='m008', frm=FORM, trace='jp', jp='ocn', subject=subj)
    put('008-ja-form-ack-keigo-iso2022jp.eml', compose(h, body), 'case_created', C_ID, [], True, 'ja')

C_SUBJ = f'RE:[CASE {C_ID}] [AWS Training and Certification Form Submission] - account-assistance'

@mail
def m009():
    d = C_OPEN + timedelta(hours=25, minutes=8)
    txt = f"""山田 太郎 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
お問い合わせいただき、誠にありがとうございます。

認定アカウントの統合について承りました。
お知らせいただいた受験者 ID を確認いたしましたところ、下記 2 件のアカウントが見つかりました。

　・AWS 12039487（登録メールアドレス：yamada.taro1985@ocn.ne.jp）
　・AWS12039522（登録メールアドレス：t-yamada@kaisha-example.co.jp）

お手数をおかけいたしますが、統合後にどちらのアカウントを残すことをご希望か、ご教示いただけますでしょうか。
あわせて、残す側のアカウントで今後ご利用になるログイン用メールアドレスと通知用メールアドレスをお知らせいただけますと幸いです。

ご返信をいただき次第、手続きを進めさせていただきます。
何卒よろしくお願い申し上げます。

佐藤 美咲
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート

2025年7月3日(木) 8:55 山田太郎 <{C_USER}>:
> お世話になっております。
> 以前の会社のメールアドレスで作成した認定アカウントと、個人のアカウントがあり、
> 一つにまとめていただきたくご連絡いたしました。
> 受験者ID：ＡＷＳ１２０３９４８７ と AWS12039522 です。
> よろしくお願いいたします。
"""
    body = tpart(txt, cs='shift_jis', cte='base64')
    subj = C_SUBJ
    h = aws_mail(rcpt=C_USER, d=d, seed='m009', frm=FORM, trace='jp', jp='ocn', subject=subj)
    put('009-ja-first-reply-which-to-keep-sjis.eml', compose(h, body), 'support_reply', C_ID,
        ['AWS12039487', 'AWS12039522'], True, 'ja')

@mail
def m010():
    d = C_OPEN + timedelta(days=2, hours=4, minutes=30)
    txt = f"""山田 太郎 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

ご返信いただき、ありがとうございます。
いただいた内容をもとに、以下のとおりアカウントを統合いたします。

　統合元（統合後に閉鎖されるアカウント）：AWS12039522
　統合先（存続するアカウント）　　　　　：AWS12039487
　統合後のログイン用メールアドレス　　　：{C_USER}

統合元アカウントの認定資格、受験履歴、特典はすべて統合先アカウントへ移行されます。
なお、統合後は元に戻すことができませんので、ご注意ください。

上記の内容にお間違いがなければ、本メールにその旨ご返信いただけますでしょうか。
ご確認をいただけ次第、統合作業を開始いたします。

引き続きよろしくお願い申し上げます。

佐藤 美咲
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート
"""
    html = aws_html(html_paras(txt)).replace('charset=UTF-8', 'charset=UTF-8')
    body = multi('alternative', [tpart(txt, cte='base64'), tpart(html, 'html', cte='base64')], f'----=_Part_{int(d.timestamp())}_30057')
    h = aws_mail(rcpt=C_USER, d=d, seed='m010', frm=FORM, trace='jp', jp='ocn', subject=C_SUBJ)
    put('010-ja-confirm-merge-direction.eml', compose(h, body), 'merge_confirmation_requested', C_ID,
        ['AWS12039487', 'AWS12039522'], True, 'ja')

@mail
def m011():
    d = C_OPEN + timedelta(days=6, hours=1, minutes=15)
    txt = f"""山田 太郎 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

7月5日にお送りいたしましたメールにつきまして、その後ご確認いただけましたでしょうか。
お客様からのご返信を確認でき次第、手続きに着手いたしますので、お手すきの際に本メールへご返信いただけますと幸いです。

なお、ご返信がない場合、10日後に本ケースは自動的にクローズされます。クローズ後にご連絡をいただいた場合も、同じケース番号で対応を再開いたしますのでご安心ください。

ご多用のところ恐れ入りますが、何卒よろしくお願い申し上げます。

佐藤 美咲
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Saturday, July 5, 2025 4:25 AM
To: {C_USER}
Subject: {C_SUBJ}

山田 太郎 様

ご返信いただき、ありがとうございます。
いただいた内容をもとに、以下のとおりアカウントを統合いたします。

　統合元（統合後に閉鎖されるアカウント）：AWS12039522
　統合先（存続するアカウント）　　　　　：AWS12039487

上記の内容にお間違いがなければ、本メールにその旨ご返信いただけますでしょうか。
"""
    html = aws_html(html_paras(txt))
    body = multi('alternative', [tpart(txt), tpart(html, 'html')], f'----=_Part_{int(d.timestamp())}_4410')
    h = aws_mail(rcpt=C_USER, d=d, seed='m011', frm=FORM, trace='jp', jp='ocn', subject=C_SUBJ)
    put('011-ja-chaser-no-accounts-named.eml', compose(h, body), 'support_reply', C_ID, [], True, 'ja')

# ---------------------------------------------------------------- case D (11-digit, 2022, machine-translated ack)
D_ID = '10941176253'
D_USER = 'minh.nguyen.aws@outlook.com'

@mail
def m012():
    d = dt(2022, 9, 14, 2, 17, 45)
    txt = f"""Dear Customer,

Thank you for your contact to AWS Training and Certification.
Your inquiry was received by us with the case number of the following.

Case number : {D_ID}
Content of inquiry : Certification - Account Merge

The person in charge will make the reply to you within 24 hours in principle. However, depending on the congestion condition, there is a case that the time is taken for the reply. Please to wait a moment.

When you will add the information, please reply to this mail without to change the case number of the subject. If you make the same inquiry newly, it becomes a cause to delay the reply, so please refrain.

This mail is sent automatically for the confirmation of the reception. Thank you for your understanding.

AWS Training and Certification
Amazon Web Services
"""
    body = tpart(txt, cte='base64')
    h = aws_mail(rcpt=D_USER, to=f'Nguyen Van Minh <{D_USER}>', d=d, seed='m012', frm=FORM, trace='outlook',
                 subject=f'[CASE {D_ID}] Reception of your inquiry - AWS Training and Certification')
    put('012-ack-machine-translated-11digit.eml', compose(h, body), 'case_created', D_ID, [], True, 'en')

# ---------------------------------------------------------------- case E (10-digit, 2020, legal ack, no AR)
E_ID = '7290364815'
E_USER = 'r.hoffmann@hoffmann-itberatung.de'

@mail
def m013():
    d = dt(2020, 3, 11, 16, 2, 9)
    inner = f'''<p style="font-size:16px"><strong>Acknowledgement of Receipt</strong></p>
<p>Reference: Case {E_ID}<br/>Date of receipt: March 11, 2020 (UTC)<br/>Category: AWS Training and Certification &ndash; Account Assistance</p>
<p>This message acknowledges that Amazon Web Services, Inc. (&ldquo;AWS&rdquo;) has received the request you submitted via the AWS Training and Certification contact form. Receipt of your request does not constitute acceptance of any claim, confirmation of any fact stated therein, or an undertaking by AWS to take any particular action.</p>
<p>Your request will be reviewed by a member of the AWS Training and Certification team, who will contact you at the e-mail address provided. AWS endeavours to respond to requests of this nature within one (1) business day; this target is not a guarantee of any service level.</p>
<p>Where your request concerns the consolidation of candidate records, AWS may require you to verify your identity and your control of each e-mail address associated with the records concerned before any change is made. Please do not submit duplicate requests, as this may delay processing.</p>
<p>Personal information you provide is processed in accordance with the <a href="https://aws.amazon.com/privacy/">AWS Privacy Notice</a> and the AWS Certification Program Agreement.</p>
<p style="font-size:11px;color:#545b64">CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee and may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail. Please quote the reference number above in any further correspondence concerning this matter.</p>'''
    body = tpart(aws_html(inner, 'Acknowledgement of Receipt'), 'html', cte='quoted-printable')
    h = aws_mail(rcpt=E_USER, to=f'Ralf Hoffmann <{E_USER}>', d=d, seed='m013', frm=FORM, trace='none',
                 relay='mail.hoffmann-itberatung.de', relay_tz=timezone(timedelta(hours=1)),
                 subject=f'[CASE {E_ID}] Acknowledgement of Receipt - AWS Training and Certification')
    # German on-premise relay: no Authentication-Results at all
    put('013-legal-ack-html-only-10digit-noauth.eml', compose(h, body), 'case_created', E_ID, [], None, 'en')

# ---------------------------------------------------------------- case F (duplicate cases)
F1_OPEN = dt(2025, 8, 4, 9, 12, 33)
F1_ID = case15(F1_OPEN, 90431)
F2_OPEN = dt(2025, 8, 11, 10, 40, 2)
F2_ID = case15(F2_OPEN, 12975)
F_USER = 'lucas.ferreira.dev@gmail.com'

@mail
def m014():
    d = F2_OPEN + timedelta(hours=21, minutes=3)
    txt = f"""Hi Lucas,

Thanks for writing in. I noticed this request is the same as the one in case {F1_ID}, which you submitted on 4 August. It looks like our reply on that case never reached you - the notification address on the form was left empty, so our answer was only visible in the case itself. Sorry about that.

To keep everything in one place I have linked the two cases and will carry on here, in case {F2_ID}. The older case will be closed as a duplicate, so you may receive an automatic closure message for it - please ignore that one, it does not mean your request was dropped.

To move forward I need one thing from you: the e-mail address you use to sign in to the account with candidate ID AWS-33017642. The address you gave us (lucas.f@ufrgs-alumni.br) does not match what we have on file.

Kind regards,
Helena
Amazon Web Services | Training and Certification
"""
    html = ('<div style="font-family:Arial,sans-serif;font-size:14px">' + html_paras(txt) + '</div>')
    body = multi('alternative', [tpart(txt, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable')], f'----=_Part_551_{int(d.timestamp())}')
    h = aws_mail(rcpt=F_USER, to=f'Lucas Ferreira <{F_USER}>', d=d, seed='m014', frm=FORM,
                 subject=f'RE:[CASE {F2_ID}] [AWS Training and Certification Form Submission] - account-assistance')
    put('014-duplicate-case-linked-asks-login.eml', compose(h, body), 'support_reply', F2_ID, ['AWS33017642'], True, 'en')

@mail
def m015():
    d = F2_OPEN + timedelta(seconds=27)
    txt = f"""Case {F2_ID} received.

Category: Certification / Account Merge
Expected first response: within 24 hours

Reply to this e-mail to add information. Keep [CASE {F2_ID}] in the subject.

AWS Training and Certification
"""
    body = tpart(txt, cs='us-ascii', cte='7bit')
    h = aws_mail(rcpt=F_USER, to=F_USER, d=d, seed='m015', frm=FORM,
                 subject=f'[CASE {F2_ID}] received')
    put('015-terse-ack-second-case.eml', compose(h, body), 'case_created', F2_ID, [], True, 'en')

# ---------------------------------------------------------------- case G (console, reopen)
G_OPEN = dt(2025, 9, 8, 7, 21, 40)
G_ID = case15(G_OPEN, 44120)
G_USER = 'priya.raman.ml@gmail.com'

@mail
def m016():
    d = G_OPEN + timedelta(days=9, hours=5, minutes=12)
    txt = f"""Hello,

Your AWS Support case {G_ID} has been reopened because new correspondence was added after it was resolved.

Case ID: {G_ID}
Subject: Certification account merge - badges still on old account
Status: Reopened

An AWS Support engineer will review the new information. You don't need to open a new case.

To view the case, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={G_ID}&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    html = aws_html(html_paras(txt))
    body = multi('alternative', [tpart(txt, cs='us-ascii', cte='7bit'), tpart(html, 'html')], f'----=_Part_{int(d.timestamp())}_61')
    h = aws_mail(rcpt=G_USER, d=d, seed='m016', frm=NOREPLY,
                 subject=f'Amazon Web Services: Support case {G_ID} has been reopened')
    put('016-console-case-reopened-notice.eml', compose(h, body), 'support_reply', G_ID, [], True, 'en')

@mail
def m017():
    d = B_OPEN + timedelta(days=9, hours=20, minutes=5)
    txt = f"""Hello Marta,

Good news: AWS10255876 has now been folded into AWS07731604. When you sign in to your Certification Account you should see all three of your certifications listed under AWS07731604, together with the exam appointment on 3 July, which was carried over unchanged.

The login for the old profile has been deactivated, so please use m.kowalska@vistula-engineering.pl from now on. Your 50% discount voucher from the last certification is also visible on the Benefits page.

If your Credly badges do not show up in the surviving account within 2-3 business days, just let me know on this case.

Best regards,

Tom\u00e1s R.
Amazon Web Services

{console_footer(B_ID)}
"""
    html = aws_html(html_paras(txt))
    body = multi('alternative', [tpart(txt), tpart(html, 'html')], f'----=_Part_{int(d.timestamp())}_77391')
    h = aws_mail(rcpt=B_USER, to=B_TO, d=d, seed='m017', frm=NOREPLY, trace='outlook',
                 subject=f'RE:[CASE {B_ID}] Merge two AWS Certification accounts')
    put('017-console-merged-folded-into.eml', compose(h, body), 'merge_completed', B_ID,
        ['AWS07731604', 'AWS10255876'], True, 'en')

@mail
def m018():
    d = B_OPEN + timedelta(days=12, hours=20, minutes=7)
    inner = f'''<p>Hello,</p>
<p>We haven&rsquo;t heard back from you regarding case {B_ID}, so we&rsquo;ve marked it as resolved. If you still need help, you can reopen the case from the Support Center within 14 days.</p>
<table cellpadding="4" style="border:1px solid #eaeded;font-size:13px"><tr><td>Case ID</td><td>{B_ID}</td></tr><tr><td>Subject</td><td>Merge two AWS Certification accounts</td></tr><tr><td>Status</td><td>Resolved</td></tr></table>
<p><strong>Was your issue resolved?</strong></p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={B_ID}&amp;resolved=yes" style="background:#ec7211;color:#fff;padding:8px 18px;text-decoration:none">YES</a>&nbsp;&nbsp;
<a href="https://console.aws.amazon.com/support/feedback?displayId={B_ID}&amp;resolved=no" style="background:#545b64;color:#fff;padding:8px 18px;text-decoration:none">NO</a></p>
<p>Your feedback helps us improve AWS Support.</p>
<p>Sincerely,<br/>Amazon Web Services</p>'''
    body = tpart(aws_html(inner), 'html', cte='quoted-printable')
    h = aws_mail(rcpt=B_USER, to=B_TO, d=d, seed='m018', frm=NOREPLY, trace='outlook',
                 subject=f'Amazon Web Services: Support case {B_ID} has been resolved')
    put('018-console-resolved-yes-no-survey.eml', compose(h, body), 'survey', B_ID, [], True, 'en')

def credly_headers(rcpt, d, seed, subject, to=None, trace='gmail', frm=CREDLY, dkim_ok=True):
    ip = f'149.72.{int(hx(seed,2),16)%200}.{int(hx(seed+"i",2),16)%250}'
    helo = f'o{int(hx(seed,3),16)%30+1}.ptr{int(hx(seed+"p",4),16)%9000+1000}.credly.com'
    mf = f'bounces+{int(hx(seed+"n",6),16)%9999999}-{hx(seed+"x",4)}-{rcpt.replace("@","=")}@em.credly.com'
    if trace == 'gmail':
        ar = ar_google([('credly.com', 'pass' if dkim_ok else 'fail'), ('sendgrid.info', 'pass')], 'pass', mf, ip,
                       'pass' if dkim_ok else 'fail', 'credly.com', policy='p=REJECT sp=REJECT dis=NONE', seed=seed)
        tr = trace_gmail(rcpt, d, ip, helo, mf, ar, seed)
    elif trace == 'outlook':
        ar = ar_outlook(ip, 'em.credly.com', 'pass', 'credly.com', 'pass', 'credly.com')
        tr = trace_outlook(rcpt, d, ip, helo, mf, ar, seed)
    else:
        arb = f'spf=pass smtp.mailfrom={mf};\n\tdkim=pass header.d=credly.com header.s=s1 header.b={b64(seed,8)};\n\tdmarc=pass header.from=credly.com'
        tr = trace_jp(trace, rcpt, d, ip, helo, mf, arb, seed)
    h = list(tr)
    h.append(('DKIM-Signature', f'v=1; a=rsa-sha256; c=relaxed/relaxed; d=credly.com;\n\th=from:subject:mime-version:content-type:to:cc:content-transfer-encoding:\n\tx-feedback-id;\n\ts=s1; bh={b64(seed+"bh",43)}=;\n\tb={fold_b64(b64(seed+"cb",342))}'))
    h.append(('DKIM-Signature', f'v=1; a=rsa-sha256; c=relaxed/relaxed; d=sendgrid.info;\n\th=from:subject:mime-version:content-type:to:cc:content-transfer-encoding:\n\tx-feedback-id;\n\ts=smtpapi; bh={b64(seed+"bh",43)}=;\n\tb={fold_b64(b64(seed+"sg",342))}'))
    h += [('Date', rfc(d)), ('From', frm), ('Mime-Version', '1.0'), ('Subject', subject), ('To', to or rcpt),
          ('Message-ID', f'<{b64(seed+"mid",22).replace("/","_").replace("+","-")}@geopod-ismtpd-{int(hx(seed,2),16)%20}>'),
          ('X-Feedback-ID', f'{int(hx(seed+"f",5),16)}:SG'),
          ('X-SG-EID', f'u001.{b64(seed+"eid",120)}'),
          ('X-Entity-ID', f'u001.{b64(seed+"ent",22)}==')]
    return h

def credly_html(inner):
    return f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Credly</title></head>
<body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:4px">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/images/email/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:15px;line-height:22px">{inner}</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888;border-top:1px solid #eee">Credly, Inc. &middot; 1 World Trade Center, Suite 8500 &middot; New York, NY 10007<br>
You received this email because an organization issued a badge to you on Credly. <a href="https://www.credly.com/notification_preferences">Manage email preferences</a></td></tr>
</table></td></tr></table></body></html>
'''

@mail
def m019():
    d = B_OPEN + timedelta(days=11, hours=3, minutes=44)
    inner = '''<p>Hello Marta,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="160" alt=""><br>
<strong>AWS Certified Solutions Architect &ndash; Professional</strong></p>
<p>Badges from your previous profile are being moved to this account, so you may receive a few of these e-mails over the next days.</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/7c1f5a12-9b0d-4e2a-8e51-3f0c2b6d9a44" style="background:#0b7a75;color:#fff;padding:12px 28px;border-radius:3px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p>Sharing your badge lets employers and your network verify your achievement.</p>'''
    txt = '''Hello Marta,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Professional

Badges from your previous profile are being moved to this account, so you may receive a few of these e-mails over the next days.

Accept your badge: https://www.credly.com/earner/earned/badge/7c1f5a12-9b0d-4e2a-8e51-3f0c2b6d9a44

Sharing your badge lets employers and your network verify your achievement.

Credly, Inc. - 1 World Trade Center, Suite 8500 - New York, NY 10007
'''
    body = multi('alternative', [tpart(txt, cte='quoted-printable'), tpart(credly_html(inner), 'html', cte='quoted-printable')], hx('m019b', 28))
    h = credly_headers(B_USER, d, 'm019', 'Marta, you have been issued a new badge by Amazon Web Services Training and Certification',
                       to=B_USER, trace='outlook')
    put('019-credly-badge-issued-after-merge.eml', compose(h, body), 'credly_badge_issued', None, [], True, 'en')

@mail
def m020():
    d = dt(2025, 9, 19, 13, 8, 51)
    inner = '''<p>Hi Priya,</p>
<p>We received a request to merge the Credly account <strong>p.raman@lumenbio.co</strong> into your account. To complete the account merge, enter this code:</p>
<p style="font-size:28px;letter-spacing:6px;text-align:center"><strong>482 913</strong></p>
<p style="text-align:center"><a href="https://www.credly.com/users/merge_accounts/confirm?token=Qm9Yc2t1UjdwZkZqN2V4" style="background:#0b7a75;color:#fff;padding:12px 28px;text-decoration:none">Complete Account Merge</a></p>
<p>The code expires in 30 minutes. If you didn't request this, you can ignore this email &ndash; no changes will be made.</p>'''
    txt = '''Hi Priya,

We received a request to merge the Credly account p.raman@lumenbio.co into your account. To complete the account merge, enter this code:

482 913

Complete Account Merge: https://www.credly.com/users/merge_accounts/confirm?token=Qm9Yc2t1UjdwZkZqN2V4

The code expires in 30 minutes. If you didn't request this, you can ignore this email - no changes will be made.
'''
    body = multi('alternative', [tpart(txt), tpart(credly_html(inner), 'html')], hx('m020b', 28))
    h = credly_headers(G_USER, d, 'm020', 'Your Credly account merge code', frm='"Credly" <noreply@credly.com>')
    put('020-credly-self-service-merge-code.eml', compose(h, body), 'unrelated', None, [], True, 'en')

# ---------------------------------------------------------------- case H (JA console)
H_OPEN = dt(2025, 10, 6, 1, 30, 12)
H_ID = case15(H_OPEN, 70318)
H_USER = 'hsuzuki.cloud@kxa.biglobe.ne.jp'

def console_footer_ja(cid):
    return f"""このケースのすべてのやり取りを確認し、返信するには、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※このメールは送信専用のアドレスから送信されています。ご返信いただいても対応いたしかねますのでご了承ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""

@mail
def m021():
    d = H_OPEN + timedelta(seconds=11)
    txt = f"""Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース {H_ID} をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: {H_ID}
件名: 認定アカウントが2つあるので1つにしたい
重大度: 一般的なガイダンス

ご利用のサポートプランと重大度に応じた時間内に回答いたします。

{console_footer_ja(H_ID)}
"""
    html = aws_html(html_paras(txt))
    body = multi('alternative', [tpart(txt, cte='base64'), tpart(html, 'html', cte='base64')], f'----=_Part_{int(d.timestamp())}_90211')
    subj = ew(f'Amazon Web Services: 新しいサポートケースがオープンされました: {H_ID}', 'utf-8', q=True)
    h = aws_mail(rcpt=H_USER, to=f'{ew("鈴木 花子", "utf-8", hdr="To")} <{H_USER}>', d=d, seed='m021', frm=NOREPLY,
                 trace='jp', jp='biglobe', subject=subj)
    put('021-ja-console-case-opened.eml', compose(h, body), 'case_created', H_ID, [], True, 'ja')

@mail
def m022():
    d = H_OPEN + timedelta(hours=30, minutes=2)
    inner = html_paras(f"""お客様

AWS サポートケース {H_ID} に新しいやり取りが追加されました。

件名: 認定アカウントが2つあるので1つにしたい

内容を確認して返信するには、AWS サポートセンターにサインインしてください。""") + \
        f'<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={H_ID}&amp;language=ja" style="background:#ec7211;color:#fff;padding:8px 16px;text-decoration:none">ケースを表示</a></p><p>よろしくお願いいたします。<br/>Amazon Web Services</p><p style="font-size:11px">※このメールは送信専用のアドレスから送信されています。</p>'
    body = tpart(aws_html(inner), 'html', cte='base64')
    subj = ew(f'[Case {H_ID}] 新しいやり取りが追加されました', 'utf-8')
    h = aws_mail(rcpt=H_USER, d=d, seed='m022', frm=NOREPLY, trace='jp', jp='biglobe', subject=subj)
    put('022-ja-console-new-correspondence-html.eml', compose(h, body), 'support_reply', H_ID, [], True, 'ja')

@mail
def m023():
    d = H_OPEN + timedelta(days=4, hours=6, minutes=49)
    txt = f"""鈴木 花子 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
本ケースは、前任の小林に代わり、本日より私、田中が担当させていただきます。

これまでの経緯は確認済みですので、改めてご説明いただく必要はございません。
現在の状況といたしましては、ご提示いただいた AWS-20557193 と aws20557810 の登録情報（氏名、生年月日、メールアドレス）を認定チームにて照合しているところでございます。

照合が終わり次第、どちらのアカウントを残すかを含めた統合内容をご案内いたしますので、今しばらくお待ちいただけますでしょうか。
通常、2～3営業日ほどで結果が出る見込みです。

お待たせしてしまい申し訳ございませんが、何卒よろしくお願いいたします。

田中 健一
Amazon Web Services

{console_footer_ja(H_ID)}
"""
    html = aws_html(html_paras(txt))
    body = multi('alternative', [tpart(txt), tpart(html, 'html')], f'----=_Part_{int(d.timestamp())}_5120')
    subj = ew(f'RE:[CASE {H_ID}] 認定アカウントが2つあるので1つにしたい', 'utf-8')
    h = aws_mail(rcpt=H_USER, d=d, seed='m023', frm=NOREPLY, trace='jp', jp='biglobe', subject=subj)
    put('023-ja-handover-status-checking.eml', compose(h, body), 'support_reply', H_ID,
        ['AWS20557193', 'AWS20557810'], True, 'ja')

# ---------------------------------------------------------------- unrelated AWS cases
BILL_OPEN = dt(2025, 9, 12, 18, 4, 26)
BILL_ID = case15(BILL_OPEN, 3391)

@mail
def m024():
    d = BILL_OPEN + timedelta(seconds=14)
    txt = f"""Thank you for contacting Amazon Web Services. We have opened case {BILL_ID} to address your issue.

The details of your case are as follows:

Case ID: {BILL_ID}
Subject: Unexpected charges after Free Tier ended (account 4417-2290-8315)
Severity: General guidance

We will respond within the time frame that corresponds to the severity and your support plan.

{console_footer(BILL_ID)}
"""
    body = multi('alternative', [tpart(txt, cs='us-ascii', cte='7bit'), tpart(aws_html(html_paras(txt)), 'html')], f'----=_Part_{int(d.timestamp())}_231')
    h = aws_mail(rcpt=G_USER, d=d, seed='m024', frm=NOREPLY,
                 subject=f'Amazon Web Services: You have opened a new Support case: {BILL_ID}')
    put('024-unrelated-billing-case-opened.eml', compose(h, body), 'unrelated', BILL_ID, [], True, 'en')

QUOTA_ID = '13408817265'

@mail
def m025():
    d = dt(2023, 11, 2, 9, 51, 3)
    txt = f"""Hello,

We've updated your AWS Support case #{QUOTA_ID}.

Subject: Limit Increase: EC2 Instances - Running On-Demand G and VT instances (eu-west-1)

To see the update and respond, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={QUOTA_ID}&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    body = tpart(txt, cs='us-ascii', cte='7bit')
    h = aws_mail(rcpt=A_USER, d=d, seed='m025', frm=NOREPLY,
                 subject=f'[Case {QUOTA_ID}] New correspondence added')
    put('025-unrelated-quota-case-new-correspondence.eml', compose(h, body), 'unrelated', QUOTA_ID, [], True, 'en')

# ---------------------------------------------------------------- look-alikes
def foreign_gmail(rcpt, d, seed, frm_dom, ip, helo, mailfrom, dkim_res, spf_res, dmarc_res, policy='p=NONE sp=NONE dis=NONE', dkim_dom=None):
    dkims = [(dkim_dom or frm_dom, dkim_res)] if dkim_res else []
    ar = ar_google(dkims, spf_res, mailfrom, ip, dmarc_res, frm_dom, policy=policy, seed=seed)
    ar = ar.replace(f'header.s={SES_SEL}', 'header.s=default').replace(f'header.s={AMZ_SEL}', 'header.s=mail')
    return trace_gmail(rcpt, d, ip, helo, mailfrom, ar, seed)

@mail
def m026():
    d = dt(2025, 6, 3, 4, 17, 20)
    dom = 'aws-certmerge-verify.com'
    txt = """Dear Candidate,

We have received a request to consolidate your AWS Certification profiles. Before we proceed, you must confirm the following merge:

    Source profile (to be closed): AWS58120991
    Target profile (will remain):  AWS58120473

Please confirm this merge within 24 hours by signing in with BOTH sets of credentials on our secure verification page:

    https://aws-certmerge-verify.com/confirm?ref=TC-88213

If we do not receive your confirmation, both profiles will be locked for security reasons and your certifications will be suspended.

Regards,
AWS Training & Certification - Account Services
"""
    html = ('<html><body style="font-family:Arial"><img src="https://aws-certmerge-verify.com/img/aws.png" width="80"><br>'
            + html_paras(txt).replace('https://aws-certmerge-verify.com/confirm?ref=TC-88213',
                                       '<a href="https://aws-certmerge-verify.com/confirm?ref=TC-88213">Confirm merge now</a>') + '</body></html>')
    body = multi('alternative', [tpart(txt), tpart(html, 'html')], '_000_' + hx('m026', 24) + '_')
    ip = '185.212.47.19'
    h = foreign_gmail(G_USER, d, 'm026', dom, ip, 'mail.aws-certmerge-verify.com', f'bounce@{dom}', 'pass', 'pass', 'pass')
    h += [('DKIM-Signature', f'v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s=default;\n\th=From:To:Subject:Date:Message-ID; bh={b64("m026bh",43)}=;\n\tb={fold_b64(b64("m026b",216))}'),
          ('From', f'"AWS Training & Certification" <certification-support@{dom}>'),
          ('To', G_USER), ('Subject', 'Action required: confirm your AWS Certification account merge'),
          ('Date', rfc(d)), ('Message-ID', f'<{hx("m026m",20)}@{dom}>'), ('MIME-Version', '1.0'),
          ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    put('026-phish-lookalike-confirm-merge.eml', compose(h, body), 'merge_confirmation_requested', None,
        ['AWS58120473', 'AWS58120991'], False, 'en')

@mail
def m027():
    d = dt(2025, 10, 14, 22, 3, 9)
    fake_id = case15(dt(2025, 10, 14, 21, 58, 40), 10042)
    ip = '91.92.243.118'
    helo = 'vps-31337.hostingbay.example.net'
    mf = 'www-data@vps-31337.hostingbay.example.net'
    ar = ar_google([], 'neutral', mf, ip, 'fail', 'amazon.com', policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE', seed='m027')
    ar = ar.replace('mx.google.com;\n       spf=neutral', 'mx.google.com;\n       dkim=none;\n       spf=neutral')
    h = trace_gmail(H_USER.replace('kxa.biglobe.ne.jp', 'gmail.com'), d, ip, helo, mf, ar, 'm027')
    # sender-supplied (forged) header further down - not trustworthy
    h += [('Authentication-Results', 'mx.amazon.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com'),
          ('Received', f'from localhost (localhost [127.0.0.1])\n\tby {helo} (Postfix) with ESMTP id 9F2A1{hx("m027q",6).upper()}\n\tfor <{H_USER.replace("kxa.biglobe.ne.jp","gmail.com")}>; {rfc(d)}'),
          ('From', '"Amazon Web Services" <no-reply-aws@amazon.com>'),
          ('To', H_USER.replace('kxa.biglobe.ne.jp', 'gmail.com')),
          ('Subject', f'Amazon Web Services: You have opened a new Support case: {fake_id}'),
          ('Date', rfc(d)), ('Message-ID', f'<{hx("m027m",16)}@email.amazonses.com>'), ('MIME-Version', '1.0')]
    txt = f"""Thank you for contacting Amazon Web Services. We have opened case {fake_id} to address your issue.

Case ID: {fake_id}
Subject: Certification account merge request
Severity: High

To process the merge of your certification accounts, our team must first verify the ownership of both accounts. Please sign in through the secure Support Center link below and re-enter your payment details for identity verification:

http://aws-supportcenter.case-verify.net/signin?displayId={fake_id}

Cases that are not verified within 12 hours are cancelled automatically.

Sincerely,
Amazon Web Services
"""
    html = aws_html(html_paras(txt).replace(f'http://aws-supportcenter.case-verify.net/signin?displayId={fake_id}',
                    f'<a href="http://aws-supportcenter.case-verify.net/signin?displayId={fake_id}">https://console.aws.amazon.com/support/home#/case/?displayId={fake_id}</a>'))
    body = tpart(html, 'html', cte='base64')
    put('027-phish-forged-case-opened-dmarc-fail.eml', compose(h, body), 'case_created', fake_id, [], False, 'en')

@mail
def m028():
    d = dt(2025, 8, 20, 11, 40, 2)
    dom = 'aws-certification-center.info'
    ip = '45.133.216.77'
    ar = ar_outlook(ip, dom, 'none', dom, 'none', dom, compauth='softpass reason=201', spf='pass')
    h = trace_outlook(B_USER, d, ip, f'smtp.{dom}', f'notice@{dom}', ar, 'm028')
    h += [('From', f'"AWS Certification" <notice@{dom}>'), ('To', B_USER),
          ('Subject', 'Final notice: your AWS Certification will expire and be revoked'),
          ('Date', rfc(d)), ('Message-ID', f'<{hx("m028m",24)}@{dom}>'), ('MIME-Version', '1.0')]
    txt = """Dear Certified Professional,

Our records show that your AWS Certification has not been validated this year. Unless you validate your credentials within 48 hours, your certification will be revoked and your digital badge removed.

Validate now: https://aws-certification-center.info/validate

Thank you,
AWS Certification Program
"""
    body = tpart(txt, cs='windows-1252', cte='quoted-printable')
    put('028-phish-unrelated-cert-revocation.eml', compose(h, body), 'unrelated', None, [], False, 'en')

@mail
def m029():
    d = dt(2025, 6, 10, 15, 22, 37)
    dom = 'certmetrics.com'
    ip = '13.111.41.205'
    mf = f'bounce-{int(hx("m029",5),16)}@bounce.certmetrics.com'
    h = foreign_gmail(A_USER, d, 'm029', dom, ip, 'mta-205.certmetrics.com', mf, 'pass', 'pass', 'pass', policy='p=REJECT sp=REJECT dis=NONE')
    h += [('DKIM-Signature', f'v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s=default;\n\th=From:To:Subject:Date:Message-ID:MIME-Version; bh={b64("m029bh",43)}=;\n\tb={fold_b64(b64("m029b",342))}'),
          ('From', '"AWS Certification" <do-not-reply@certmetrics.com>'), ('To', A_USER),
          ('Subject', 'AWS Certification wants to hear from you'), ('Date', rfc(d)),
          ('Message-ID', f'<{hx("m029m",32)}@certmetrics.com>'), ('MIME-Version', '1.0')]
    txt = """Hello Daniel,

Thank you for taking your AWS Certification exam. We'd like to learn about your experience so we can keep improving the program.

The survey takes about 5 minutes: https://www.certmetrics.com/amazon/candidate/survey.aspx?t=7f3a9c2e1b

Your AWS Certification Account: AWS40918273

Thank you,
AWS Training and Certification

Please do not reply to this e-mail. This mailbox is not monitored.
"""
    body = multi('alternative', [tpart(txt), tpart('<html><body>' + html_paras(txt) + '</body></html>', 'html')], hx('m029b', 30))
    put('029-unrelated-certmetrics-survey-with-candidate-id.eml', compose(h, body), 'unrelated', None, ['AWS40918273'], False, 'en')

@mail
def m030():
    d = dt(2025, 6, 18, 8, 5, 11)
    dom = 'pearson.com'
    ip = '159.183.2.44'
    mf = f'bounces+{int(hx("m030",5),16)}@email.pearsonvue.com'
    ar = ar_outlook(ip, 'email.pearsonvue.com', 'pass', dom, 'pass', dom)
    h = trace_outlook(B_USER, d, ip, 'o44.email.pearsonvue.com', mf, ar, 'm030')
    h += [('DKIM-Signature', f'v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s=s1;\n\th=from:subject:to:mime-version:content-type; bh={b64("m030bh",43)}=;\n\tb={fold_b64(b64("m030b",342))}'),
          ('From', '"Pearson VUE" <pearsonvueconfirmation@pearson.com>'), ('To', B_USER),
          ('Subject', 'Pearson VUE Confirmation of Booking - AWS Certified Security - Specialty'),
          ('Date', rfc(d)), ('Message-ID', f'<{hx("m030m",24)}@pearsonvue.com>'), ('MIME-Version', '1.0')]
    txt = """Dear Marta Kowalska,

Thank you for scheduling your exam with Pearson VUE. This is a confirmation of your appointment.

Exam: SCS-C02: AWS Certified Security - Specialty
Date: Thursday, 3 July 2025
Time: 10:00 CEST
Delivery: OnVUE online proctored
Candidate ID: AWS10255876
Registration ID: 512338907

Please complete the system test before exam day and have a valid, government-issued ID ready.

Sincerely,
Pearson VUE
"""
    body = multi('alternative', [tpart(txt), tpart('<html><body>' + html_paras(txt) + '</body></html>', 'html')], hx('m030b', 30))
    put('030-unrelated-pearson-vue-booking.eml', compose(h, body), 'unrelated', None, ['AWS10255876'], False, 'en')

# ---------------------------------------------------------------- case I (JA machine-translated ack, dkim-only AR)
I_OPEN = dt(2025, 11, 3, 5, 7, 58)
I_ID = case15(I_OPEN, 2286)
I_USER = 'makoto.ito@nifty.com'

@mail
def m031():
    d = I_OPEN + timedelta(seconds=52)
    txt = f"""伊藤 誠 さん

AWS トレーニングと認定に連絡していただきありがとうございます。
あなたの要求は受け取られました、そしてケースが作成されました。

① ケース番号: {I_ID}
② 問い合わせのタイプ: 認定 - アカウントのマージ
③ 状態: 開いている

私たちのチームのメンバーは、24時間以内にあなたに戻ってきます。週末や休日の場合は、より長い時間がかかるかもしれません。

あなたが追加の情報を持っているならば、件名のケース番号を保持しながら、この電子メールに返信してください。同じ要求のために新しいケースを開かないでください。

心から、
AWS トレーニングと認定チーム
"""
    body = tpart(txt, cs='shift_jis', cte='8bit', label='Shift_JIS')
    ip = SES_IPS[3]
    mf = ses_mailfrom(d, 'm031')
    arb = f'spf=pass smtp.mailfrom={mf};\n\tdkim=pass header.d=amazon.com header.s={AMZ_SEL} header.b={b64("m031",8)};\n\tdkim=pass header.d=amazonses.com header.s={SES_SEL} header.b={b64("m031s",8)}'
    h = aws_mail(rcpt=I_USER, d=d, seed='m031', frm=FORM,
                 ar_override=lambda ip_, helo_, mf_: trace_jp('nifty', I_USER, d, ip_, helo_, mf_, arb.replace(mf, mf_), 'm031'),
                 subject=ew(f'[CASE {I_ID}] あなたの要求は受け取られました - AWS トレーニングと認定', 'shift_jis'))
    put('031-ja-machine-translated-ack-sjis-8bit-dkim-only.eml', compose(h, body), 'case_created', I_ID, [], True, 'ja')

# ---------------------------------------------------------------- case J (EN, question not about the merge)
J_OPEN = dt(2025, 7, 21, 12, 0, 45)
J_ID = case15(J_OPEN, 61190)
J_USER = 'christoph.meyer@posteo.de'
J_SUBJ = f'RE:[CASE {J_ID}] [AWS Training and Certification Form Submission] - account-assistance'

@mail
def m032():
    d = J_OPEN + timedelta(hours=22, minutes=31)
    txt = f"""Hi Christoph,

Thanks for your patience. I've located both of your profiles, AWS61770234 and AWS61770871, and there is nothing blocking a merge on our side.

One thing I noticed while checking them, though, which is separate from the merge itself: the name on AWS61770234 is recorded as "Chris Meyer", while AWS61770871 has "Christoph Meyer". The name on the profile you keep has to match your government-issued ID exactly, otherwise Pearson VUE may turn you away on exam day.

Could you tell me which spelling appears on your passport or ID card? I'll make sure the surviving profile carries that name.

Best regards,
Sandra K.
Amazon Web Services
Training and Certification Support
"""
    body = multi('alternative', [tpart(txt, cte='quoted-printable'), tpart(aws_html(html_paras(txt)), 'html', cte='quoted-printable')], f'----=_Part_{int(d.timestamp())}_9')
    h = aws_mail(rcpt=J_USER, d=d, seed='m032', frm=FORM, trace='none', subject=J_SUBJ, relay='mx02.posteo.de', relay_tz=CET)
    # posteo adds its own Authentication-Results
    idx = [i for i, (k, v) in enumerate(h) if k == 'Received'][0]
    h.insert(idx + 1, ('Authentication-Results', f'mx02.posteo.de; dkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b="{b64("m032",8)}";\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b="{b64("m032s",8)}";\n\tdmarc=pass (p=quarantine dis=none) header.from=amazon.com'))
    put('032-question-about-legal-name-not-merge.eml', compose(h, body), 'support_reply', J_ID,
        ['AWS61770234', 'AWS61770871'], True, 'en')

@mail
def m033():
    d = J_OPEN + timedelta(days=3, hours=1, minutes=2)
    txt = f"""Hi Christoph,

A quick update on your request: it is currently being processed by our back-end team. Requests of this type normally take 3-5 business days, and I will let you know as soon as the work is finished.

You can keep using your current sign-in in the meantime. Please don't book a new exam until you hear back from us.

Best regards,
Sandra K.
Amazon Web Services
Training and Certification Support

________________________________
From: Christoph Meyer <{J_USER}>
Sent: Tuesday, July 22, 2025 3:48 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: {J_SUBJ}

Hi Sandra,

"Christoph Meyer" is correct, that's what my passport says. So please keep AWS61770871 and move AWS61770234 into it.

Thanks!
Christoph
"""
    html = aws_html(html_paras(txt.split('________________________________')[0]) +
                    '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Christoph Meyer &lt;' + J_USER +
                    '&gt;<br><b>Sent:</b> Tuesday, July 22, 2025 3:48 PM<br><b>To:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>Subject:</b> Re: ' + esc(J_SUBJ) + '</font><div>&nbsp;</div></div>' +
                    html_paras(txt.split('Subject: Re: ' + J_SUBJ + '\n')[1]))
    body = multi('alternative', [tpart(txt), tpart(html, 'html')], f'----=_Part_{int(d.timestamp())}_10')
    h = aws_mail(rcpt=J_USER, d=d, seed='m033', frm=FORM, trace='none', subject=J_SUBJ, relay='mx01.posteo.de', relay_tz=CET)
    idx = [i for i, (k, v) in enumerate(h) if k == 'Received'][0]
    h.insert(idx + 1, ('Authentication-Results', f'mx01.posteo.de; dkim=pass (2048-bit key) header.d=amazon.com header.i=@amazon.com header.b="{b64("m033",8)}";\n\tdmarc=pass (p=quarantine dis=none) header.from=amazon.com'))
    put('033-status-update-backend-outlook-quote.eml', compose(h, body), 'support_reply', J_ID, [], True, 'en')

# ---------------------------------------------------------------- case K (console, inactivity)
K_OPEN = dt(2024, 4, 15, 19, 44, 3)
K_ID = case15(K_OPEN, 81)
K_USER = 'ops.jmartinez@gmail.com'

@mail
def m034():
    d = K_OPEN + timedelta(days=6, hours=2)
    txt = f"""Hello,

We're still waiting for your response to our last correspondence on case {K_ID} ("Please combine my two certification profiles").

If we don't hear back from you within the next 5 days, this case will be closed automatically. You can reopen it from the AWS Support Center at any time within 14 days of closure.

To respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={K_ID}&language=en

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    body = multi('alternative', [tpart(txt, cs='us-ascii', cte='7bit'), tpart(aws_html(html_paras(txt)), 'html')], f'----=_Part_{int(d.timestamp())}_3')
    h = aws_mail(rcpt=K_USER, d=d, seed='m034', frm=NOREPLY,
                 subject=f'[Case {K_ID}] Action required: we are waiting for your reply')
    put('034-console-pending-reply-reminder.eml', compose(h, body), 'support_reply', K_ID, [], True, 'en')

@mail
def m035():
    d = K_OPEN + timedelta(days=11, hours=2, minutes=1)
    inner = f'''<p>Hello,</p>
<p>Case <a href="https://console.aws.amazon.com/support/home#/case/?displayId={K_ID}&amp;language=en">{K_ID}</a> has been closed because we did not receive a response to our last correspondence.</p>
<p>If you still need assistance, you can reopen the case within 14 days, or create a new one.</p>
<p>How would you rate the support you received on this case?</p>
<table><tr>''' + ''.join(f'<td><a href="https://aws.amazon.com/survey/support?c={K_ID}&amp;r={i}" style="display:inline-block;border:1px solid #aab7b8;padding:6px 12px;text-decoration:none">{i}</a></td>' for i in range(1, 6)) + '''</tr></table>
<p style="font-size:12px;color:#545b64">1 = Very dissatisfied &nbsp; 5 = Very satisfied</p>
<p>Sincerely,<br/>Amazon Web Services</p>'''
    body = tpart(aws_html(inner), 'html', cte='base64')
    h = aws_mail(rcpt=K_USER, d=d, seed='m035', frm=NOREPLY,
                 subject=f'Amazon Web Services: Support case {K_ID} has been closed')
    put('035-console-closed-inactivity-rate.eml', compose(h, body), 'survey', K_ID, [], True, 'en')

# ---------------------------------------------------------------- case L (form, chaser that restates the merge)
L_OPEN = dt(2024, 11, 25, 8, 30, 19)
L_ID = case15(L_OPEN, 55402)
L_USER = 'a.bianchi@studio-bianchi.it'
L_SUBJ = f'RE:[CASE {L_ID}] [AWS Training and Certification Form Submission] - account-assistance'

@mail
def m036():
    d = L_OPEN + timedelta(days=5, hours=4, minutes=12)
    txt = f"""Dear Alessandro,

I am following up on my previous message, as I have not yet received your reply.

We are ready to merge your profile AWS 71100254 into AWS 71100389. AWS 71100389 will be the profile that remains, and AWS 71100254 will be deactivated afterwards. Please keep in mind that this cannot be undone.

Could you please reply to this e-mail to confirm that this is what you want? As soon as we receive your confirmation, we will proceed.

Kind regards,
Giulia
AWS Training and Certification
Amazon Web Services

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, November 26, 2024 10:02
To: a.bianchi@studio-bianchi.it
Subject: {L_SUBJ}

Dear Alessandro,

Thank you for contacting AWS Training and Certification.
We are ready to merge your profile AWS 71100254 into AWS 71100389 [...]
"""
    body = tpart(txt, cs='iso-8859-1', cte='quoted-printable')
    h = aws_mail(rcpt=L_USER, d=d, seed='m036', frm=FORM, trace='outlook', subject=L_SUBJ)
    put('036-chaser-restates-merge-asks-confirm.eml', compose(h, body), 'merge_confirmation_requested', L_ID,
        ['AWS71100254', 'AWS71100389'], True, 'en')

# ---------------------------------------------------------------- case M (11-digit console, blocked)
M_ID = '11735180201'
M_USER = 'sam.whitfield@fastmail.com'

@mail
def m037():
    d = dt(2021, 6, 9, 17, 26, 40)
    txt = f"""Hello Sam,

Thank you for your patience while we looked into this.

Unfortunately we are not able to combine the two records right now. AWS00823375 has a beta exam result that is still being scored (results for beta exams are released up to 90 days after the exam), and a record cannot be moved while a result is pending. If we merged now, the score would be lost.

As soon as your result is published on AWS00823375, please add a note to this case and we will pick it up straight away. There is no need to open a new case. Your other record, AWS00861049, is not affected in the meantime.

Best regards,
Kevin
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
======================================================
To see all the correspondence for this case and to reply, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={M_ID}&language=en
*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    body = tpart(txt, cs='us-ascii', cte='7bit')
    h = aws_mail(rcpt=M_USER, d=d, seed='m037', frm=NOREPLY, trace='none', relay='in1-smtp.messagingengine.com',
                 relay_tz=timezone(timedelta(hours=-4)), subject=f'RE:[CASE {M_ID}] Merge certification records')
    idx = [i for i, (k, v) in enumerate(h) if k == 'Received'][0]
    h.insert(idx + 1, ('X-ME-Proxy-Cause', 'gggruggvucftvghtrhhoucdtuddrgeduhedrvdekgdekhecutefuodetggdotefrodftvfcurf'))
    h.insert(idx + 1, ('Authentication-Results', f'mx1.messagingengine.com;\n    dkim=pass (2048-bit rsa key sha256) header.d=amazon.com header.i=@amazon.com header.b={b64("m037",8)} header.a=rsa-sha256 header.s={AMZ_SEL} x-bits=2048;\n    dmarc=pass policy.published-domain-policy=quarantine policy.applied-disposition=none policy.evaluated-disposition=none (p=quarantine,d=none,d.eval=none) policy.policy-from=p header.from=amazon.com;\n    spf=pass smtp.mailfrom=amazonses.com'))
    put('037-blocked-pending-beta-result-11digit.eml', compose(h, body), 'support_reply', M_ID,
        ['AWS00823375', 'AWS00861049'], True, 'en')

# ---------------------------------------------------------------- case N (form, confirmation without the obvious words, then done+closed)
N_OPEN = dt(2025, 3, 4, 14, 11, 26)
N_ID = case15(N_OPEN, 8834)
N_USER = 'oluwaseun.adeyemi@yahoo.com'
N_SUBJ = f'RE:[CASE {N_ID}] [AWS Training and Certification Form Submission] - account-assistance'

def yahoo_trace(rcpt, d, seed, mf, ip, helo, ar_body):
    rd = d + timedelta(seconds=2)
    return [('Return-Path', f'<{mf}>'),
            ('Received', f'from 10.217.151.75\n by atlas318.free.mail.ne1.yahoo.com with HTTP; {rfc(rd)}'),
            ('X-Originating-Ip', f'[{ip}]'),
            ('Received-SPF', f'pass (domain of amazonses.com designates {ip} as permitted sender)'),
            ('Authentication-Results', f'atlas318.free.mail.ne1.yahoo.com;\n dkim=pass header.i=@amazon.com header.s={AMZ_SEL};\n dkim=pass header.i=@amazonses.com header.s={SES_SEL};\n spf=pass smtp.mailfrom=amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;'),
            ('X-Apparently-To', f'{rcpt}; {rfc(rd)}'),
            ('Received', f'from {ip} (EHLO {helo})\n by 10.217.151.75 with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {rfc(rd)}')]

@mail
def m038():
    d = N_OPEN + timedelta(days=1, hours=2, minutes=40)
    txt = f"""Hello Oluwaseun,

Thanks for the information you sent. Before we go ahead, we need you to tell us that you agree with the following:

Everything currently held under aws83302716 (two certifications, your exam history and an unused 50% discount voucher) will be moved across to aws83302550. From then on, aws83302550 will be your only profile, and aws83302716 will be retired for good. We won't be able to reverse this afterwards.

If that's what you want, a simple "yes, go ahead" in reply to this e-mail is enough. If anything above looks wrong, just tell us what needs to change.

Warm regards,
Ngozi
AWS Training and Certification Support
Amazon Web Services
"""
    html = aws_html(html_paras(txt))
    body = multi('alternative', [tpart(txt), tpart(html, 'html')], f'----=_Part_{int(d.timestamp())}_44')
    h = aws_mail(rcpt=N_USER, d=d, seed='m038', frm=FORM,
                 ar_override=lambda ip, helo, mf: yahoo_trace(N_USER, d, 'm038', mf, ip, helo, ''), subject=N_SUBJ)
    put('038-agree-to-following-no-obvious-words.eml', compose(h, body), 'merge_confirmation_requested', N_ID,
        ['AWS83302550', 'AWS83302716'], True, 'en')

@mail
def m039():
    d = N_OPEN + timedelta(days=3, hours=6, minutes=2)
    txt = f"""Hello Oluwaseun,

All done - aws83302716 has been consolidated into aws83302550. Your two certifications, your exam history and the 50% voucher are now all on aws83302550, and the old sign-in no longer works.

Since this completes your request, I'm going to resolve this case now. If you have a minute, we'd really appreciate it if you rated your experience using the link below - and if anything looks off, simply reply to this e-mail within 14 days and the case will reopen.

Rate this case: https://aws.amazon.com/training/feedback?caseId={N_ID}

Warm regards,
Ngozi
AWS Training and Certification Support
Amazon Web Services

On Wednesday, 5 March 2025 at 18:09:11 GMT+1, Oluwaseun Adeyemi <{N_USER}> wrote:

yes, go ahead. thank you!
"""
    html = aws_html(html_paras(txt))
    body = multi('alternative', [tpart(txt), tpart(html, 'html')], f'----=_Part_{int(d.timestamp())}_45')
    h = aws_mail(rcpt=N_USER, d=d, seed='m039', frm=FORM,
                 ar_override=lambda ip, helo, mf: yahoo_trace(N_USER, d, 'm039', mf, ip, helo, ''), subject=N_SUBJ)
    put('039-done-and-resolving-case-rate.eml', compose(h, body), 'merge_completed', N_ID,
        ['AWS83302550', 'AWS83302716'], True, 'en')

@mail
def m040():
    d = C_OPEN + timedelta(days=7, hours=2, minutes=20)
    txt = f"""山田 太郎 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

統合内容についてご確認いただき、誠にありがとうございます。
さっそく、担当部署にて統合の手続きを開始いたしました。

作業が完了いたしましたら、改めて本ケースにてご連絡いたします。
通常、数営業日ほどお時間をいただいておりますので、今しばらくお待ちくださいますようお願い申し上げます。

佐藤 美咲
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート

2025年7月9日(水) 20:14 山田太郎 <{C_USER}>:
> 佐藤様
>
> ご連絡ありがとうございます。返信が遅くなり申し訳ありません。
> 内容に間違いありません。統合をお願いいたします。
>
> 山田
>
> 2025年7月5日(土) 13:25 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 山田 太郎 様
> >
> > 統合元（統合後に閉鎖されるアカウント）：AWS12039522
> > 統合先（存続するアカウント）：AWS12039487
> >
> > 上記の内容にお間違いがなければ、本メールにその旨ご返信いただけますでしょうか。
"""
    body = tpart(txt, cs='iso-2022-jp', cte='7bit')
    h = aws_mail(rcpt=C_USER, d=d, seed='m040', frm=FORM, trace='jp', jp='ocn', subject=C_SUBJ)
    put('040-ja-thanks-for-confirming-started.eml', compose(h, body), 'support_reply', C_ID, [], True, 'ja')

@mail
def m041():
    d = C_OPEN + timedelta(days=8, hours=23, minutes=3)
    txt = f"""山田 太郎 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

大変お待たせいたしました。
ご依頼いただいておりましたアカウントの統合作業が、本日完了いたしました。

　存続アカウント：AWS12039487
　（AWS12039522 は統合に伴い閉鎖済みです）

これまで AWS12039522 に登録されていた認定資格および受験履歴は、すべて AWS12039487 にてご確認いただけます。今後は {C_USER} でサインインしてください。
Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。

その他ご不明な点がございましたら、本メールにご返信ください。

佐藤 美咲
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート
"""
    html = aws_html(html_paras(txt))
    body = multi('alternative', [tpart(txt, cte='quoted-printable'), tpart(html, 'html', cte='quoted-printable')], f'----=_Part_{int(d.timestamp())}_801')
    h = aws_mail(rcpt=C_USER, d=d, seed='m041', frm=FORM, trace='jp', jp='ocn', subject=C_SUBJ)
    put('041-ja-merge-completed.eml', compose(h, body), 'merge_completed', C_ID, ['AWS12039487', 'AWS12039522'], True, 'ja')

@mail
def m042():
    d = C_OPEN + timedelta(days=9, hours=0, minutes=10)
    inner = f'''<p>山田 太郎 様</p>
<p>AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br/>
ケース {C_ID} はクローズされました。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。</p>
<p><strong>お問い合わせは解決しましたか？</strong></p>
<p><a href="https://aws.amazon.com/jp/training/survey?case={C_ID}&amp;a=yes" style="background:#ec7211;color:#fff;padding:8px 20px;text-decoration:none">はい</a>&nbsp;
<a href="https://aws.amazon.com/jp/training/survey?case={C_ID}&amp;a=no" style="background:#545b64;color:#fff;padding:8px 20px;text-decoration:none">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください：<br/>''' + ' '.join(f'<a href="https://aws.amazon.com/jp/training/survey?case={C_ID}&amp;r={i}">{"★"*i}</a>' for i in range(1, 6)) + '''</p>
<p>※本メールは送信専用アドレスから配信しています。</p>'''
    body = tpart(aws_html(inner, 'アンケートのお願い'), 'html', cte='base64')
    subj = ew(f'【アンケートのお願い】ケース {C_ID} はクローズされました', 'utf-8')
    h = aws_mail(rcpt=C_USER, d=d, seed='m042', frm=FORM, trace='jp', jp='ocn', subject=subj)
    put('042-ja-closed-survey-html.eml', compose(h, body), 'survey', C_ID, [], True, 'ja')

@mail
def m043():
    d = C_OPEN + timedelta(days=10, hours=5, minutes=17)
    inner = '''<p>Hi Taro,</p>
<p>Your badge is waiting! Amazon Web Services Training and Certification issued you the following badge, which has been transferred to your current account:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="160" alt=""><br>
<strong>AWS Certified Cloud Practitioner</strong></p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/2e61c0d4-55f3-4a7e-b0c8-9d1d83a7e20f" style="background:#0b7a75;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p>Badge validation number: K7XQ2M9PL4RTB8WD</p>'''
    txt = '''Hi Taro,

Your badge is waiting! Amazon Web Services Training and Certification issued you the following badge, which has been transferred to your current account:

AWS Certified Cloud Practitioner

Accept your badge: https://www.credly.com/earner/earned/badge/2e61c0d4-55f3-4a7e-b0c8-9d1d83a7e20f

Badge validation number: K7XQ2M9PL4RTB8WD
'''
    body = multi('alternative', [tpart(txt), tpart(credly_html(inner), 'html')], hx('m043b', 28))
    h = credly_headers(C_USER, d, 'm043', 'Your badge is waiting! Accept your AWS Certified Cloud Practitioner badge', trace='ocn')
    put('043-credly-transferred-badge-accept-ocn.eml', compose(h, body), 'credly_badge_issued', None, [], True, 'en')

@mail
def m044():
    d = dt(2025, 8, 29, 14, 0, 3)
    inner = '''<p>Hi Daniel,</p>
<p>Your <strong>AWS Certified Cloud Practitioner</strong> badge from Amazon Web Services Training and Certification will expire on <strong>November 27, 2025</strong>.</p>
<p>To keep your badge active, complete the recertification requirements before the expiration date.</p>
<p style="text-align:center"><a href="https://aws.amazon.com/certification/recertification/" style="background:#0b7a75;color:#fff;padding:12px 28px;text-decoration:none">Learn how to recertify</a></p>'''
    txt = '''Hi Daniel,

Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and Certification will expire on November 27, 2025.

To keep your badge active, complete the recertification requirements before the expiration date.

Learn how to recertify: https://aws.amazon.com/certification/recertification/
'''
    body = multi('alternative', [tpart(txt), tpart(credly_html(inner), 'html')], hx('m044b', 28))
    h = credly_headers(A_USER, d, 'm044', 'Your AWS Certified Cloud Practitioner badge expires in 90 days')
    put('044-credly-badge-expiry-reminder.eml', compose(h, body), 'unrelated', None, [], True, 'en')

@mail
def m045():
    d = dt(2025, 10, 21, 16, 37, 12)
    dom = 'github.com'
    ip = '192.30.252.206'
    mf = f'noreply@github.com'
    h = foreign_gmail(G_USER, d, 'm045', dom, ip, 'out-23.smtp.github.com', mf, 'pass', 'pass', 'pass', policy='p=REJECT sp=REJECT dis=NONE')
    h += [('DKIM-Signature', f'v=1; a=rsa-sha256; c=relaxed/relaxed; d=github.com;\n\ts=pf2023; t={int(d.timestamp())};\n\tbh={b64("m045bh",43)}=;\n\th=Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:\n\t List-Archive:List-Post:List-Unsubscribe:From;\n\tb={fold_b64(b64("m045b",342))}'),
          ('Date', d.strftime('%a, %d %b %Y %H:%M:%S -0700').replace(d.strftime('%H'), f'{(d.hour-7)%24:02d}', 1)),
          ('From', '"Priya Raman" <notifications@github.com>'),
          ('Reply-To', 'lumenbio/cert-tracker <reply+AB3KQ7Z2XJ5NPWYVEUL4H6GF7QKMHEVBNHHKX2T3YQ@reply.github.com>'),
          ('To', 'lumenbio/cert-tracker <cert-tracker@noreply.github.com>'),
          ('Cc', 'Subscribed <subscribed@noreply.github.com>'),
          ('Message-ID', '<lumenbio/cert-tracker/pull/57/issue_event/20417783395@github.com>'),
          ('In-Reply-To', '<lumenbio/cert-tracker/pull/57@github.com>'),
          ('References', '<lumenbio/cert-tracker/pull/57@github.com>'),
          ('Subject', 'Re: [lumenbio/cert-tracker] Merge duplicate candidate accounts before export (PR #57)'),
          ('Mime-Version', '1.0'),
          ('List-ID', 'lumenbio/cert-tracker <cert-tracker.lumenbio.github.com>'),
          ('List-Archive', 'https://github.com/lumenbio/cert-tracker'),
          ('List-Unsubscribe', '<mailto:unsub+AB3KQ7Z2XJ5NPWYVEUL4H6GF7QKMHEVBNHHKX2T3YQ@reply.github.com>'),
          ('X-GitHub-Sender', 'praman-lumen'), ('X-GitHub-Recipient', 'priya-raman-ml'), ('X-GitHub-Reason', 'subscribed')]
    txt = """Merged #57 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lumenbio/cert-tracker/pull/57#event-20417783395
You are receiving this because you are subscribed to this thread.

Message ID: <lumenbio/cert-tracker/pull/57/issue_event/20417783395@github.com>
"""
    html = f'''<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/lumenbio/cert-tracker/pull/57">#57</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/lumenbio/cert-tracker/pull/57#event-20417783395">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/AB3KQ7Z2">unsubscribe</a>.<br />You are receiving this because you are subscribed to this thread.</p>'''
    body = multi('alternative', [tpart(txt, cte='7bit', cs='UTF-8'), tpart(html, 'html', cte='7bit', cs='UTF-8')], f'--==_mimepart_{hx("m045",13)}_{int(hx("m045x",4),16)}')
    put('045-unrelated-github-merged-pr.eml', compose(h, body), 'unrelated', None, [], False, 'en')

@mail
def m046():
    d = dt(2025, 9, 8, 7, 12, 8)
    ip = '54.240.8.87'
    mf = ses_mailfrom(d, 'm046').replace('email.amazonses.com', 'signin.aws')
    ar = ar_google([('signin.aws', 'pass'), ('amazonses.com', 'pass')], 'pass', mf, ip, 'pass', 'signin.aws', seed='m046')
    h = trace_gmail(G_USER, d, ip, ses_host(ip), mf, ar, 'm046')
    h.append(dkim_sig('signin.aws', 'hnqu6xvn4xoepwgfkxmcd3pkbywq3j5e', d, 'm046'))
    h.append(dkim_sig('amazonses.com', SES_SEL, d, 'm046ses'))
    h += [('Date', rfc(d)), ('From', 'AWS <no-reply@signin.aws>'), ('To', G_USER), ('Message-ID', ses_id(d, 'm046')),
          ('Subject', 'Verify your AWS Builder ID email address'), ('MIME-Version', '1.0')] + ses_extra(d)
    txt = """Verify your AWS Builder ID email address

Thank you for creating an AWS Builder ID. To complete sign-up, enter this verification code:

Verification code: 604218

The code expires 30 minutes after it was sent. If you did not request this, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""
    body = multi('alternative', [tpart(txt), tpart(aws_html(html_paras(txt)), 'html')], f'----=_Part_{int(d.timestamp())}_1')
    put('046-unrelated-builder-id-code.eml', compose(h, body), 'unrelated', None, [], True, 'en')

@mail
def m047():
    d = dt(2025, 7, 30, 20, 44, 51)
    sc_id = '6104478329'
    frm = '"Amazon Selling Partner Support" <seller-notification@amazon.com>'
    txt = f"""Hello from Amazon Selling Partner Support,

Thank you for your patience while we reviewed your request to merge the duplicate detail pages for ASIN B0CX7LQ2M4 and B0CX7N91RS.

I'm happy to tell you that the detail pages have been merged. Offers from both pages now appear under ASIN B0CX7LQ2M4. It can take up to 24 hours for the change to show on the website.

Was this email helpful? Rate our response:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={sc_id}

Thank you,
Daria
Amazon Selling Partner Support
"""
    body = multi('alternative', [tpart(txt), tpart('<html><body style="font-family:Arial">' + html_paras(txt) + '</body></html>', 'html')], f'----=_Part_{int(d.timestamp())}_2277')
    h = aws_mail(rcpt='shop@bianchi-design-store.it', d=d, seed='m047', frm=frm, trace='outlook',
                 subject=f'RE:[CASE {sc_id}] Merge duplicate detail pages')
    put('047-unrelated-seller-central-case-merged-asin.eml', compose(h, body), 'unrelated', sc_id, [], True, 'en')

@mail
def m048():
    d = dt(2025, 10, 1, 16, 3, 0)
    frm = '"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>'
    inner = '''<h2 style="font-size:20px">Your October learning update</h2>
<p>New this month in AWS Skill Builder: hands-on labs for Amazon Bedrock, an updated exam prep plan for AWS Certified Machine Learning Engineer &ndash; Associate, and a refreshed Cloud Quest role.</p>
<p><strong>Did you know?</strong> If you have more than one AWS Certification account, you can ask us to combine them so all your certifications and benefits are in one place. <a href="https://aws.amazon.com/certification/contact-us/">Contact us</a>.</p>
<p><a href="https://skillbuilder.aws/" style="background:#ff9900;color:#16191f;padding:10px 20px;text-decoration:none;font-weight:bold">Start learning</a></p>
<p style="font-size:11px">You are receiving this email because you subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p>'''
    txt = re.sub(r'<[^>]+>', '', inner.replace('</p>', '\n').replace('</h2>', '\n')).replace('&ndash;', '-')
    body = multi('alternative', [tpart(txt), tpart(aws_html(inner, 'AWS Training and Certification'), 'html')], f'----=_Part_{int(d.timestamp())}_7')
    h = aws_mail(rcpt=K_USER, d=d, seed='m048', frm=frm, subject='Your October learning update from AWS Training and Certification',
                 xhdrs=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?id=8f21c>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])
    put('048-unrelated-newsletter-mentions-combining.eml', compose(h, body), 'unrelated', None, [], True, 'en')

# ---------------------------------------------------------------- case O (mislabelled charset ack)
O_OPEN = dt(2025, 4, 22, 6, 58, 31)
O_ID = case15(O_OPEN, 7420)
O_USER = 'f.dubois@laposte-mail-pro.fr'

@mail
def m049():
    d = O_OPEN + timedelta(seconds=39)
    txt = f"""Bonjour / Hello Fran\u00e7ois,

We\u2019ve received your request \u2014 thank you for contacting AWS Training and Certification.

Case ID: {O_ID}
Topic: Certification \u203a Account Merge

What\u2019s next: a member of our team will reply to this address, normally within one business day. If you need to add details (for example the candidate IDs or the e-mail addresses on your accounts), simply reply to this message and keep \u201c[CASE {O_ID}]\u201d in the subject line.

Please don\u2019t submit the form again for the same request \u2014 duplicates are merged manually and can delay our answer.

AWS Training and Certification
"""
    body = tpart(txt, cs='utf-8', cte='8bit', label='iso-8859-1')
    h = aws_mail(rcpt=O_USER, d=d, seed='m049', frm=FORM, trace='outlook',
                 subject=f'[CASE {O_ID}] We\u2019ve received your request')
    h = [(k, ew(v, 'utf-8', q=True) if k == 'Subject' else v) for k, v in h]
    put('049-ack-8bit-utf8-labelled-latin1.eml', compose(h, body), 'case_created', O_ID, [], True, 'en')

@mail
def m050():
    d = dt(2019, 8, 13, 3, 15, 44)
    cid = '6083512947'
    txt = f"""Dear Customer,

A new case has been created in the AWS Support Center.

    Case ID:   {cid}
    Subject:   Two certification accounts - please merge
    Severity:  Low
    Opened by: Takeshi Mori

We will respond to your case as soon as possible. You can check the status of your case, add correspondence or attachments, at any time in the AWS Support Center:
https://console.aws.amazon.com/support/home?#/case/?displayId={cid}

Please do not reply to this e-mail; this mailbox is not monitored.

Thank you for using Amazon Web Services.
"""
    body = tpart(txt, cs='us-ascii', cte='7bit')
    h = aws_mail(rcpt='takeshi.mori.jp@gmail.com', d=d, seed='m050', frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
                 subject=f'Amazon Web Services: New Support case: {cid}')
    put('050-old-console-ack-10digit-2019.eml', compose(h, body), 'case_created', cid, [], True, 'en')

@mail
def m051():
    d = dt(2023, 2, 8, 22, 40, 17)
    cid = '12988031457'
    user = 'wei.zhang@hexaflow.io'
    txt = f"""Hello,

A new correspondence has been added to your AWS Support case {cid}.

Subject: Merge AWS certification accounts

--------------------------------------------------------------------
Hi Wei,

To look into combining AWS39004417 and aws-39004602, we first need to verify that both profiles belong to you. Please send us the e-mail address that receives notifications for each of them, and let us know whether you can still sign in to both.

Best regards,
Lars
Amazon Web Services
--------------------------------------------------------------------

To reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    body = multi('alternative', [tpart(txt, cs='us-ascii', cte='7bit'), tpart(aws_html(html_paras(txt)), 'html', cte='quoted-printable')], f'----=_Part_{int(d.timestamp())}_12')
    h = aws_mail(rcpt=user, to=f'Wei Zhang <{user}>', d=d, seed='m051', frm=NOREPLY, trace='outlook',
                 subject=f'[Case {cid}] New correspondence added')
    put('051-new-correspondence-with-inline-ask-11digit.eml', compose(h, body), 'support_reply', cid,
        ['AWS39004417', 'AWS39004602'], True, 'en')

Q_OPEN = dt(2025, 9, 29, 15, 2, 48)
Q_ID = case15(Q_OPEN, 31577)
Q_USER = 'jiwoo.kim.dev@gmail.com'

@mail
def m052():
    d = Q_OPEN + timedelta(days=1, hours=1, minutes=17)
    txt = f"""Hi Jiwoo,

Thanks for reaching out! I had a look and found two profiles under your name:

  AWS52200318 - created 2019, sign-in jiwoo.kim@hanbit-soft.co.kr
  AWS52207741 - created 2024, sign-in {Q_USER}

Which of these would you like to keep going forward? Once you let me know, I'll send you a short summary of the change to check before we touch anything.

Cheers,
Mike
AWS Training & Certification Support

-----Original Message-----
From: Jiwoo Kim <{Q_USER}>
Sent: Monday, September 29, 2025 8:02 AM
To: AWS Training and Certification
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS52207741
Description: I have an older account from my previous company (AWS52200318). Please merge them.
"""
    body = multi('alternative', [tpart(txt, cte='base64'), tpart(aws_html(html_paras(txt)), 'html', cte='base64')], f'----=_Part_{int(d.timestamp())}_301')
    h = aws_mail(rcpt=Q_USER, d=d, seed='m052', frm=FORM,
                 subject=f'RE: [CASE {Q_ID}] [AWS Training and Certification Form Submission] - account-assistance')
    put('052-which-account-to-keep-not-yet-confirm.eml', compose(h, body), 'support_reply', Q_ID,
        ['AWS52200318', 'AWS52207741'], True, 'en')

@mail
def m053():
    op = dt(2025, 11, 18, 10, 26, 5)
    cid = case15(op, 99060)
    user = 'tomasz.nowak.it@gmail.com'
    d = op + timedelta(seconds=8)
    txt = f"""Thank you for contacting Amazon Web Services. We have opened case {cid} to address your issue.

The details of your case are as follows:

Case ID: {cid}
Subject: Please confirm merge of AWS44019283 into AWS44019377
Severity: General guidance

We will respond within the time frame that corresponds to the severity and your support plan.

{console_footer(cid)}
"""
    body = multi('alternative', [tpart(txt, cs='us-ascii', cte='7bit'), tpart(aws_html(html_paras(txt)), 'html')], f'----=_Part_{int(d.timestamp())}_5')
    h = aws_mail(rcpt=user, d=d, seed='m053', frm=NOREPLY,
                 subject=f'Amazon Web Services: You have opened a new Support case: {cid}')
    put('053-console-ack-user-subject-says-confirm-merge.eml', compose(h, body), 'case_created', cid,
        ['AWS44019283', 'AWS44019377'], True, 'en')

R1_OPEN = dt(2025, 5, 12, 0, 48, 30)
R1_ID = case15(R1_OPEN, 60221)
R2_OPEN = dt(2025, 5, 12, 1, 5, 2)
R2_ID = case15(R2_OPEN, 60388)
R_USER = 'n-ogawa@au.com'

@mail
def m054():
    d = R2_OPEN + timedelta(hours=20, minutes=40)
    txt = f"""小川 直樹 様

AWS トレーニングと認定 カスタマーサポートの高橋でございます。
お問い合わせいただき、ありがとうございます。

確認いたしましたところ、同じご依頼内容で 2 件のケース（{R1_ID} および {R2_ID}）をお受けしております。
重複してのご対応を避けるため、今後のご連絡は先にいただいたケース {R1_ID} にて承り、本ケース（{R2_ID}）はこちらで終了とさせていただきます。

アカウント統合のご依頼自体は引き続き対応いたしますので、ご安心ください。
ケース {R1_ID} にて、担当者より改めてご連絡いたします。

何卒よろしくお願いいたします。

高橋 由美
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート
"""
    body = tpart(txt, cte='base64')
    subj = ew(f'RE:[CASE {R2_ID}] [AWS Training and Certification Form Submission] - アカウント統合', 'utf-8')
    h = aws_mail(rcpt=R_USER, d=d, seed='m054', frm=FORM, trace='jp', jp='auone', subject=subj)
    put('054-ja-duplicate-case-continue-on-older.eml', compose(h, body), 'support_reply', R2_ID, [], True, 'ja')

@mail
def m055():
    d = G_OPEN + timedelta(days=9, hours=23, minutes=30)
    txt = f"""Hi Priya,

Thanks for letting us know that your badges haven't moved over yet \u2013 that's why the case was reopened.

The certification side of the merge is fine: everything is on AWS95120036. The badges are a separate step, because they still sit in the Credly account registered to p.raman@lumenbio.co. I've now asked our Credly contacts to move them to the Credly account that belongs to AWS95120036. This usually takes 3\u20135 business days; you'll get an e-mail from Credly for each badge when it's ready to accept.

I'll keep the case open until you tell me the badges have arrived.

Best regards,
Jonas
Amazon Web Services

{console_footer(G_ID)}
"""
    body = multi('alternative', [tpart(txt), tpart(aws_html(html_paras(txt)), 'html')], f'----=_Part_{int(d.timestamp())}_71')
    h = aws_mail(rcpt=G_USER, d=d, seed='m055', frm=NOREPLY,
                 subject=f'RE:[CASE {G_ID}] Certification account merge - badges still on old account')
    put('055-reopened-case-credly-followup.eml', compose(h, body), 'support_reply', G_ID, ['AWS95120036'], True, 'en')

I_SUBJ = f'RE:[CASE {I_ID}] [AWS Training and Certification Form Submission] - account-assistance'

@mail
def m056():
    d = I_OPEN + timedelta(hours=27, minutes=3)
    txt = f"""伊藤 誠 様

平素より AWS をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの中村と申します。

この度は認定アカウントの統合についてお問い合わせいただき、ありがとうございます。
フォームにご記入いただいた受験者 ID（AWS 90017736）のアカウントは確認できましたが、もう一方のアカウントを特定することができませんでした。

恐れ入りますが、以下の情報をお知らせいただけますでしょうか。

　1. もう一方のアカウントのログイン用メールアドレス
　2. もう一方のアカウントの受験者 ID（お分かりになる場合）
　3. 統合後に残したいアカウント

いただいた情報をもとに、統合の可否を確認のうえ改めてご連絡いたします。
お手数をおかけいたしますが、よろしくお願い申し上げます。

中村 翔太
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, November 3, 2025 2:08 PM
To: {I_USER}
Subject: [CASE {I_ID}] あなたの要求は受け取られました - AWS トレーニングと認定

> 伊藤 誠 さん
>
> AWS トレーニングと認定に連絡していただきありがとうございます。
> あなたの要求は受け取られました、そしてケースが作成されました。
> > 問い合わせの内容：受験者ID AWS90017736 のアカウントと、旧アカウントを統合したい
"""
    body = tpart(txt, cs='iso-2022-jp', cte='7bit')
    subj = ew(f'RE:[CASE {I_ID}] 認定アカウントの統合について（ご確認のお願い）', 'iso-2022-jp')
    h = aws_mail(rcpt=I_USER, d=d, seed='m056', frm=FORM, trace='jp', jp='nifty', subject=subj)
    put('056-ja-first-reply-asks-other-account-iso2022jp.eml', compose(h, body), 'support_reply', I_ID, ['AWS90017736'], True, 'ja')

@mail
def m057():
    d = L_OPEN + timedelta(days=7, hours=1, minutes=55)
    gw_ip = '212.48.113.20'
    ar = ar_outlook(gw_ip, 'email.amazonses.com', 'fail', 'amazon.com', 'fail', 'amazon.com', compauth='fail reason=000', spf='fail')
    def tr(ip, helo, mf):
        t = trace_outlook(L_USER, d, gw_ip, 'mx-gw1.studio-bianchi.it', mf, ar, 'm057')
        # the company's own filtering gateway relayed the message (and appended a footer)
        t.append(('Received', f'from {helo} ({helo} [{ip}])\n\tby mx-gw1.studio-bianchi.it (Postfix) with ESMTPS id 4bT9kQ1mZpz3wYc\n\tfor <{L_USER}>; {rfc((d + timedelta(seconds=1)).astimezone(timezone(timedelta(hours=1))))}'))
        t.append(('X-Virus-Scanned', 'amavisd-new at studio-bianchi.it'))
        return t
    txt = f"""Dear Alessandro,

Thank you for getting back to us. Your request has been passed to the team that performs the change, and it is scheduled in the next processing run. I will write to you again as soon as it has gone through; no further action is needed from your side for now.

Kind regards,
Giulia
AWS Training and Certification
Amazon Web Services

--
[Studio Bianchi - scansione antivirus] Questo messaggio proviene da un mittente esterno. Non aprire link o allegati se non sei sicuro del mittente.
"""
    body = tpart(txt, cs='iso-8859-1', cte='quoted-printable')
    h = aws_mail(rcpt=L_USER, d=d, seed='m057', frm=FORM, ar_override=tr, subject=L_SUBJ)
    put('057-status-dkim-broken-by-gateway-dmarc-fail.eml', compose(h, body), 'support_reply', L_ID, [], False, 'en')

@mail
def m058():
    d = A_OPEN + timedelta(days=6, hours=4, minutes=12)
    txt = f"""Hi Daniel,

Your recent case with AWS Training and Certification (Case ID {A_ID}) has been closed.

How did we do? Please take two minutes to tell us about your experience - your feedback goes straight to the team that helped you.

Rate your experience: https://amazonexteu.qualtrics.com/jfe/form/SV_6xT0cY2pQ9ZbU1o?caseId={A_ID}

Thank you,
AWS Training and Certification
"""
    inner = f'''<p>Hi Daniel,</p><p>Your recent case with AWS Training and Certification (Case ID {A_ID}) has been closed.</p>
<p><strong>How did we do?</strong> Please take two minutes to tell us about your experience &ndash; your feedback goes straight to the team that helped you.</p>
<table><tr>''' + ''.join(f'<td><a href="https://amazonexteu.qualtrics.com/jfe/form/SV_6xT0cY2pQ9ZbU1o?caseId={A_ID}&amp;score={i}" style="display:inline-block;width:28px;text-align:center;border:1px solid #d5dbdb;padding:6px 0;text-decoration:none">{i}</a></td>' for i in range(0, 11)) + '''</tr></table>
<p style="font-size:12px">0 = not at all likely &nbsp; 10 = extremely likely to recommend</p><p>Thank you,<br/>AWS Training and Certification</p>'''
    body = multi('alternative', [tpart(txt), tpart(aws_html(inner), 'html')], f'----=_Part_{int(d.timestamp())}_17')
    h = aws_mail(rcpt=A_USER, d=d, seed='m058', frm='"AWS Training and Certification" <aws-tc-feedback@amazon.com>',
                 subject=f'How did we do? Tell us about case {A_ID}')
    put('058-survey-rating-request-after-close.eml', compose(h, body), 'survey', A_ID, [], True, 'en')

@mail
def m059():
    d = dt(2023, 6, 19, 0, 31, 56)
    cid = '12455730918'
    user = 'r-sasaki@nikko-denki.co.jp'
    txt = f"""佐々木 様

【自動返信】
お問い合わせを受け付けました。
ケース番号：{cid}

担当者からの連絡をお待ちください（通常1営業日以内）。
本メールへの返信で情報を追加できます。件名は変更しないでください。

AWS トレーニングと認定
"""
    body = tpart(txt, cs='iso-2022-jp', cte='7bit')
    subj = ew(f'【自動返信】お問い合わせを受け付けました（ケース番号：{cid}）', 'iso-2022-jp')
    h = aws_mail(rcpt=user, d=d, seed='m059', frm=FORM, trace='none', subject=subj, relay='mx01.nikko-denki.co.jp')
    put('059-ja-terse-auto-reply-no-auth-11digit.eml', compose(h, body), 'case_created', cid, [], None, 'ja')

@mail
def m060():
    d = A_OPEN + timedelta(days=5, hours=9, minutes=26)
    inner = '''<p>Hi Daniel,</p>
<p>Good news! The following badges from Amazon Web Services Training and Certification have been moved to your Credly account and are ready for you to accept:</p>
<ul><li><strong>AWS Certified Solutions Architect &ndash; Associate</strong></li><li><strong>AWS Certified Cloud Practitioner</strong></li></ul>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned" style="background:#0b7a75;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold">Accept your badges</a></p>
<p>Once accepted, you can share them on LinkedIn or add them to your e-mail signature.</p>
<p style="font-size:12px;color:#888">Badge ID: 5b8e3c0f2a9d4e61b7c3f8a01d2e4c95</p>'''
    txt = '''Hi Daniel,

Good news! The following badges from Amazon Web Services Training and Certification have been moved to your Credly account and are ready for you to accept:

 * AWS Certified Solutions Architect - Associate
 * AWS Certified Cloud Practitioner

Accept your badges: https://www.credly.com/earner/earned

Once accepted, you can share them on LinkedIn or add them to your e-mail signature.

Badge ID: 5b8e3c0f2a9d4e61b7c3f8a01d2e4c95
'''
    body = multi('alternative', [tpart(txt, cte='base64'), tpart(credly_html(inner), 'html', cte='base64')], hx('m060b', 28))
    h = credly_headers(A_USER, d, 'm060', 'Your badges have been moved - accept them on Credly')
    put('060-credly-badges-moved-ready-to-accept.eml', compose(h, body), 'credly_badge_issued', None, [], True, 'en')

# === END MAILS ===

def main():
    for fn in REGISTRY:
        fn()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, indent=1, ensure_ascii=False)
    print(f'wrote {len(LABELS)} mails')

if __name__ == '__main__':
    main()
