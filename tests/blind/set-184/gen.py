#!/usr/bin/env python3
"""Generator for blind set 184: AWS Certification account-merge mailbox.

Emphasis: completions, closures and surveys (sixth round).
Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import io
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email import policy as _pol
from email.generator import BytesGenerator
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(184)
LABELS = {}

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CET = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))


def T(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def cid15(dt, suffix):
    """15-digit display id: Unix time the case was opened + 5 digits."""
    return str(int(dt.timestamp())) + suffix


# ---------------------------------------------------------------- random bits
B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def rb64(n):
    return ''.join(R.choice(B64) for _ in range(n))


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ralnum(n, al='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(al) for _ in range(n))


def ses_msgid(dt, dom='email.amazonses.com'):
    ms = int(dt.timestamp() * 1000) + R.randint(50, 900)
    u = f'{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}'
    return f'<0100{ms:012x}-{u}-000000@{dom}>'


def sig_b(n=3):
    return '\n\t '.join(rb64(70) for _ in range(n)) + '='


# ---------------------------------------------------------------- header text
def _ew1(s, cs, mode):
    b = s.encode(cs)
    if mode == 'B':
        return f'=?{cs}?B?{base64.b64encode(b).decode()}?='
    q = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122)
                else ('_' if c == 32 else '=%02X' % c) for c in b)
    return f'=?{cs}?Q?{q}?='


def ew(s, cs='UTF-8', mode='B', maxw=75):
    """RFC 2047 encode s, split in several encoded words folded over lines."""
    words, cur = [], ''
    for ch in s:
        if cur and len(_ew1(cur + ch, cs, mode)) > maxw:
            words.append(_ew1(cur, cs, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew1(cur, cs, mode))
    return '\n '.join(words)


def hx(s, cs='UTF-8', mode='B', keep_prefix=None):
    """Header text: ascii stays literal; otherwise encoded words.
    keep_prefix: leave that literal ascii prefix unencoded."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    if keep_prefix and s.startswith(keep_prefix):
        return keep_prefix + '\n ' + ew(s[len(keep_prefix):].lstrip(), cs, mode)
    return ew(s, cs, mode)


def addr(name, a, cs='UTF-8', mode='B'):
    try:
        name.encode('ascii')
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f'{name} <{a}>' if name else a
    except UnicodeEncodeError:
        return f'{ew(name, cs, mode)} <{a}>'


# ---------------------------------------------------------------- MIME bodies
def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable', codec=None, label=None):
    """A text part. codec = how the bytes are really encoded; label = charset
    parameter written (lets us write a wrong label on purpose)."""
    codec = codec or cs
    data = text.encode(codec)
    p = MIMENonMultipart('text', sub)
    del p['MIME-Version']
    if label is not False:
        p.set_param('charset', label or cs)
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    else:
        payload = data.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p


def multi(sub, *parts, boundary=None):
    m = MIMEMultipart(sub)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary or ('----=_Part_%d_%d.%d' % (R.randint(100000, 9999999),
                                                          R.randint(10000000, 999999999),
                                                          R.randint(1700000000000, 1760000000000))))
    return m


def alt(text, html, cs='utf-8', cte='quoted-printable', hcte=None, boundary=None):
    return multi('alternative', tpart(text, 'plain', cs, cte),
                 tpart(html, 'html', cs, hcte or cte), boundary=boundary)


def logo_png(cid):
    # 1x1 transparent PNG as a stand-in for a template logo
    png = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==')
    im = MIMEImage(png, 'png')
    del im['MIME-Version']
    im['Content-ID'] = f'<{cid}>'
    im.add_header('Content-Disposition', 'inline', filename='logo.png')
    return im


def serialize(obj):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=_pol.compat32).flatten(obj)
    return buf.getvalue()


def html_wrap(inner, title='', lang='en'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8">\n<title>{title}</title>\n</head>\n'
            f'<body style="margin:0;padding:0;background:#f2f3f3;font-family:Arial,Helvetica,sans-serif;">\n'
            f'{inner}\n</body>\n</html>\n')


def p2html(text):
    """Plain text to simple HTML paragraphs (agent-written mail)."""
    out = []
    for para in text.strip('\n').split('\n\n'):
        esc = (para.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
        out.append('<p>' + esc.replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


# ---------------------------------------------------------------- senders
AWS_FAMILY = ('amazon.com',)
CREDLY = ('credly.com', 'youracclaim.com')

SES_HOSTS = [('a8-31.smtp-out.amazonses.com', '54.240.8.31'),
             ('a8-52.smtp-out.amazonses.com', '54.240.8.52'),
             ('a11-94.smtp-out.amazonses.com', '54.240.11.94'),
             ('a48-112.smtp-out.amazonses.com', '54.240.48.112'),
             ('a27-187.smtp-out.us-west-2.amazonses.com', '54.240.27.187')]


def sender_profile(kind, from_addr):
    dom = from_addr.split('@')[1].lower()
    if kind == 'aws':
        host, ip = R.choice(SES_HOSTS)
        return dict(dom=dom, host=host, ip=ip, rp=None, rpdom='amazonses.com', ses=True,
                    dkim=[(dom, ralnum(32)), ('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')])
    if kind == 'credly':
        n = R.randint(2, 254)
        return dict(dom=dom, host=f'o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.em.{dom}',
                    ip=f'167.89.{R.randint(1, 120)}.{n}', rp=f'bounces+{R.randint(1000000, 9999999)}-{rhex(4)}@em.{dom}',
                    rpdom=f'em.{dom}', ses=False, dkim=[(dom, 's1'), ('sendgrid.info', 'smtpapi')])
    if kind == 'ses-other':   # other sender using SES with own domain
        host, ip = R.choice(SES_HOSTS)
        return dict(dom=dom, host=host, ip=ip, rp=None, rpdom='amazonses.com', ses=True,
                    dkim=[(dom, ralnum(32)), ('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')])
    # generic: own MTA
    return dict(dom=dom, host=f'mail-{R.randint(10, 99)}.{dom}', ip=f'{R.randint(20, 210)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}',
                rp=f'bounce-{rhex(10)}@{dom}', rpdom=dom, ses=False, dkim=[(dom, 'k1')])


def fmt_rcv(dt):
    return format_datetime(dt)


def local(dt, provider):
    if provider == 'gmail':
        if 3 <= dt.month <= 10:
            return dt.astimezone(PDT), ' (PDT)'
        return dt.astimezone(PST), ' (PST)'
    if provider in ('jp', 'jp2', 'jp3'):
        return dt.astimezone(JST), ''
    return dt.astimezone(UTC), ''


def ar_lines(provider, prof, auth, rp):
    """Return (authserv-id-prefixed) result text for the provider."""
    dk, spf, dm = auth
    fd = prof['dom']
    if provider == 'gmail':
        parts = []
        if dk == 'pass':
            for d, s in prof['dkim']:
                parts.append(f'dkim=pass header.i=@{d} header.s={s} header.b={rb64(8)}')
        elif dk == 'fail':
            parts.append(f'dkim=fail header.i=@{fd} header.s={prof["dkim"][0][1]} header.b={rb64(8)}')
        elif dk == 'neutral':
            parts.append(f'dkim=neutral (no key) header.i=@{fd} header.s=default header.b={rb64(8)}')
        rdom = rp.split('@')[1]
        if spf == 'pass':
            parts.append(f'spf=pass (google.com: domain of {rp} designates {prof["ip"]} as permitted sender) smtp.mailfrom={rdom}')
        elif spf == 'softfail':
            parts.append(f'spf=softfail (google.com: domain of transitioning {rp} does not designate {prof["ip"]} as permitted sender) smtp.mailfrom={rdom}')
        else:
            parts.append(f'spf={spf} (google.com: domain of {rp} does not designate {prof["ip"]} as permitted sender) smtp.mailfrom={rdom}')
        pol = {'amazon.com': 'p=QUARANTINE sp=QUARANTINE dis=NONE', 'credly.com': 'p=REJECT sp=REJECT dis=NONE'}.get(fd, 'p=NONE sp=NONE dis=NONE')
        if dm == 'fail':
            pol = pol.replace('dis=NONE', 'dis=QUARANTINE') if 'QUARANTINE' in pol else pol
        if dm == 'none':
            parts.append(f'dmarc=none header.from={fd}' if False else f'dmarc=none (p=NONE sp=NONE dis=NONE) header.from={fd}')
        else:
            parts.append(f'dmarc={dm} ({pol}) header.from={fd}')
        return 'mx.google.com;\n       ' + ';\n       '.join(parts)
    if provider == 'outlook':
        rdom = rp.split('@')[1]
        dkt = {'pass': f'dkim=pass (signature was verified)\n header.d={fd}', 'fail': f'dkim=fail (body hash did not verify)\n header.d={fd}',
               'none': 'dkim=none (message not signed)\n header.d=none', 'neutral': f'dkim=none (message not signed)\n header.d=none'}[dk]
        act = 'none' if dm == 'pass' else ('quarantine' if fd == 'amazon.com' else 'none')
        comp = 'pass reason=100' if dm == 'pass' else ('fail reason=000' if dm == 'fail' else 'softpass reason=201')
        return (f'spf={spf} (sender IP is {prof["ip"]})\n smtp.mailfrom={rdom}; {dkt};dmarc={dm} action={act}\n'
                f' header.from={fd};compauth={comp}')
    if provider in ('jp', 'jp2', 'jp3', 'yahoo'):
        sid = {'jp': 'nifty.com', 'jp2': 'biglobe.ne.jp', 'jp3': 'mfsmax.docomo.ne.jp',
               'yahoo': 'atlas-production.v2.mail.yahoo.com'}[provider]
        rdom = rp.split('@')[1]
        dkp = f'dkim={dk} header.i=@{fd}' if dk != 'none' else 'dkim=none'
        if provider == 'yahoo':
            dkp = f'dkim={dk} header.i=@{fd} header.s={prof["dkim"][0][1]}' if dk != 'none' else 'dkim=unknown'
            return f'{sid};\n dkim={dkp[5:]};\n spf={spf} smtp.mailfrom={rdom};\n dmarc={dm}(p=QUARANTINE) header.from={fd};'
        return f'{sid}; spf={spf} smtp.mailfrom={rp}; {dkp};\n dmarc={dm} header.from={fd}'
    raise ValueError(provider)


def dkim_sig(d, s, dt, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'):
    return (f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={int(dt.timestamp())};\n'
            f'\th={h};\n\tbh={rb64(43)}=;\n\tb={sig_b(4)}')


def transport_headers(provider, to, dt, prof, auth, rp, forged_ar=None):
    """Headers a receiving provider adds above the original message."""
    H = []
    ldt, zn = local(dt + timedelta(seconds=R.randint(1, 4)), provider)
    if provider == 'gmail':
        H.append(('Delivered-To', to))
        H.append(('Received', f'by 2002:a05:{rhex(4)}:{rhex(3)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(8)};\n        {fmt_rcv(ldt)}{zn}'))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(64)))
        H.append(('X-Received', f'by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(16)}.{R.randint(10, 99)}.{int(ldt.timestamp())};\n        {fmt_rcv(ldt)}{zn}'))
        res = ar_lines('gmail', prof, auth, rp)
        H.append(('ARC-Seal', f'i=1; a=rsa-sha256; t={int(ldt.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={rb64(70)}\n         {rb64(70)}==' ))
        H.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n'
                  f'        bh={rb64(43)}=;\n        fh={rb64(43)}=;\n        b={rb64(70)}\n         {rb64(70)}=='))
        H.append(('ARC-Authentication-Results', 'i=1; ' + res))
        H.append(('Return-Path', f'<{rp}>'))
        H.append(('Received', f'from {prof["host"]} ({prof["host"]}. [{prof["ip"]}])\n        by mx.google.com with ESMTPS id d75a77b69052e-{rhex(11)}si{R.randint(1000000, 9999999)}{ralnum(3)}.{R.randint(100, 999)}.{ldt.strftime("%Y.%m.%d.%H.%M.%S")}\n'
                  f'        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {fmt_rcv(ldt)}{zn}'))
        spfw = auth[1]
        if spfw == 'pass':
            H.append(('Received-SPF', f'pass (google.com: domain of {rp} designates {prof["ip"]} as permitted sender) client-ip={prof["ip"]};'))
        else:
            H.append(('Received-SPF', f'{spfw} (google.com: domain of {rp} does not designate {prof["ip"]} as permitted sender) client-ip={prof["ip"]};'))
        H.append(('Authentication-Results', res))
    elif provider == 'outlook':
        a, b, c = ralnum(4).upper(), ralnum(4).upper(), R.randint(1000, 9999)
        H.append(('Received', f'from SN7PR19MB{c}.namprd19.prod.outlook.com (2603:10b6:806:10e::13)\n by DM6PR19MB{c + 7}.namprd19.prod.outlook.com with HTTPS; {fmt_rcv(ldt)}'))
        H.append(('Received', f'from BN9PR03CA0{R.randint(100, 999)}.namprd03.prod.outlook.com (2603:10b6:408:106::25)\n by SN7PR19MB{c}.namprd19.prod.outlook.com (2603:10b6:806:10e::13) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8534.20; {fmt_rcv(ldt)}'))
        H.append(('Received', f'from BN2PEPF0000{a}.namprd04.prod.outlook.com\n (2603:10b6:408:106:cafe::1b) by BN9PR03CA0620.outlook.office365.com\n (2603:10b6:408:106::25) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8534.20 via Frontend Transport; {fmt_rcv(ldt)}'))
        H.append(('Authentication-Results', ar_lines('outlook', prof, auth, rp)))
        rdom = rp.split('@')[1]
        if auth[1] == 'pass':
            H.append(('Received-SPF', f'Pass (protection.outlook.com: domain of {rdom} designates\n {prof["ip"]} as permitted sender) receiver=protection.outlook.com;\n client-ip={prof["ip"]}; helo={prof["host"]}; pr=C'))
        else:
            H.append(('Received-SPF', f'{auth[1].capitalize()} (protection.outlook.com: domain of {rdom} does not designate\n {prof["ip"]} as permitted sender) receiver=protection.outlook.com;\n client-ip={prof["ip"]}; helo={prof["host"]};'))
        H.append(('Received', f'from {prof["host"]} ({prof["ip"]}) by\n BN2PEPF0000{a}.mail.protection.outlook.com (10.167.243.{R.randint(2, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8534.20 via\n Frontend Transport; {fmt_rcv(ldt)}'))
    elif provider in ('jp', 'jp2', 'jp3'):
        host = {'jp': 'mta-rcv-a0%d.mail.nifty.com', 'jp2': 'mtagw%02d.biglobe.ne.jp', 'jp3': 'mfsmax%02d.docomo.ne.jp'}[provider] % R.randint(1, 9)
        H.append(('Return-Path', f'<{rp}>'))
        H.append(('Delivered-To', to))
        H.append(('Received', f'from {host} (localhost [127.0.0.1])\n\tby mbox{R.randint(10, 99)}.{host.split(".", 1)[1]} (Postfix) with ESMTP id {ralnum(10).upper()}\n\tfor <{to}>; {fmt_rcv(ldt)}'))
        H.append(('Authentication-Results', ar_lines(provider, prof, auth, rp)))
        H.append(('Received', f'from {prof["host"]} ([{prof["ip"]}])\n\tby {host} with ESMTP\n\tid <{ldt.strftime("%Y%m%d%H%M%S")}{R.randint(100, 999)}.{ralnum(4).upper()}.{R.randint(10000, 99999)}.{host.split(".")[0]}@{host}>\n\tfor <{to}>; {fmt_rcv(ldt)}'))
    elif provider == 'yahoo':
        H.append(('Return-Path', f'<{rp}>'))
        H.append(('Received', f'from 10.217.150.{R.randint(2, 250)}\n by atlas{R.randint(100, 400)}.free.mail.ne1.yahoo.com with HTTP; {fmt_rcv(ldt)}'))
        H.append(('X-Originating-Ip', f'[{prof["ip"]}]'))
        H.append(('Received-SPF', f'{auth[1]} (domain of {rp.split("@")[1]} designates {prof["ip"]} as permitted sender)'))
        H.append(('Authentication-Results', ar_lines('yahoo', prof, auth, rp)))
        H.append(('Received', f'from {prof["ip"]} (EHLO {prof["host"]})\n by 10.217.150.{R.randint(2, 250)} with SMTP; {fmt_rcv(ldt)}'))
    elif provider == 'corp':   # on-prem relay, no Authentication-Results at all
        H.append(('Received', f'from EXCH02.corp.hallenwerk.de (10.20.4.12) by EXCH01.corp.hallenwerk.de\n (10.20.4.11) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {fmt_rcv(ldt.astimezone(CET))}'))
        H.append(('Received', f'from mx1.hallenwerk.de (192.168.77.5) by EXCH02.corp.hallenwerk.de\n (10.20.4.12) with Microsoft SMTP Server id 15.1.2507.39 via Frontend\n Transport; {fmt_rcv(ldt.astimezone(CET))}'))
        H.append(('Received', f'from {prof["host"]} ({prof["host"]} [{prof["ip"]}])\n\tby mx1.hallenwerk.de (Postfix) with ESMTPS id 4Z{ralnum(9).upper()}\n\tfor <{to}>; {fmt_rcv(ldt.astimezone(CET))}'))
    elif provider == 'plain':  # IMAP export with only one Received line, no AR
        H.append(('Return-Path', f'<{rp}>'))
        H.append(('Received', f'from {prof["host"]} ({prof["host"]} [{prof["ip"]}])\n\tby imap.fastmail.com (Cyrus 3.9.0-alpha0) with LMTPA;\n\t{fmt_rcv(ldt)}'))
    else:
        raise ValueError(provider)
    if forged_ar:
        H.append(('Received', f'from localhost (localhost [127.0.0.1])\n\tby {prof["host"]} (Postfix) with ESMTPSA id {rhex(10).upper()}\n\tfor <{to}>; {fmt_rcv(dt)}'))
        H.append(('Authentication-Results', forged_ar))
    return H


def verified_of(provider, from_addr, auth):
    if provider in ('corp', 'plain'):
        return None
    dom = from_addr.split('@')[1].lower()
    fam = dom in AWS_FAMILY + CREDLY or any(dom.endswith('.' + f) for f in AWS_FAMILY + CREDLY)
    return bool(fam and auth[2] == 'pass')


ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-_]?(\d{8})(?!\d)', re.I)


def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


def send(fn, kind, case_id, lang, *, frm, to, subject, date, body, new,
         sender='aws', provider='gmail', auth=('pass', 'pass', 'pass'), extra=(),
         msgid=None, reply_to=None, cc=None, crlf=False, in_reply_to=None,
         forged_ar=None, after_from=(), tail=(), ids=None, verified='auto',
         host=None, rp=None):
    from_addr = re.search(r'<([^>]+)>', frm).group(1) if '<' in frm else frm
    to_addr = re.search(r'<([^>]+)>', to).group(1) if '<' in to else to
    prof = sender_profile(sender, from_addr)
    if host:
        prof['host'], prof['ip'] = host
    if rp:
        prof['rp'] = rp
    mid = msgid or (ses_msgid(date) if prof['ses'] else f'<{rhex(16)}.{R.randint(1000, 9999)}@{prof["dom"]}>')
    rp = prof['rp'] or (mid.strip('<>').split('@')[0] + '@' + prof['rpdom'])
    H = transport_headers(provider, to_addr, date, prof, auth, rp, forged_ar)
    if auth[0] == 'pass':
        for d, s in prof['dkim']:
            H.append(('DKIM-Signature', dkim_sig(d, s, date)))
    elif auth[0] in ('fail', 'neutral'):
        H.append(('DKIM-Signature', dkim_sig(prof['dom'], prof['dkim'][0][1], date)))
    H.append(('Date', format_datetime(date)))
    H.append(('From', frm))
    H.extend(after_from)
    if reply_to:
        H.append(('Reply-To', reply_to))
    H.append(('To', to))
    if cc:
        H.append(('Cc', cc))
    H.append(('Message-ID', mid))
    if in_reply_to:
        H.append(('In-Reply-To', in_reply_to))
        H.append(('References', in_reply_to))
    H.append(('Subject', subject))
    H.append(('MIME-Version', '1.0'))
    H.extend(extra)
    if prof['ses']:
        H.append(('Feedback-ID', f'::1.us-east-1.{rb64(43).replace("/", "A").replace("+", "B")}=:AmazonSES'))
        H.append(('X-SES-Outgoing', date.strftime('%Y.%m.%d') + f'-{prof["ip"]}'))
    raw = ''.join(f'{k}: {v}\n' for k, v in H).encode('ascii')
    data = raw + serialize(body)
    for k, v in tail:
        pass
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    path = os.path.join(OUT, fn)
    with open(path, 'wb') as f:
        f.write(data)
    LABELS[fn] = {
        'kind': kind,
        'case_id': case_id,
        'account_ids': ids if ids is not None else ids_in(new),
        'sender_verified': verified_of(provider, from_addr, auth) if verified == 'auto' else verified,
        'language': lang,
    }


# ---------------------------------------------------------------- quoting
def q(text, depth=1):
    pre = '>' * depth
    return '\n'.join((pre + ' ' + l) if l.strip() else pre for l in text.strip('\n').split('\n'))


def qq(text):
    """quote already-quoted text one more level ("> >" style)."""
    return '\n'.join(('> ' + l) if l.strip() else '>' for l in text.strip('\n').split('\n'))


# ---------------------------------------------------------------- constants
FORM = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = 'no-reply-aws@amazon.com'
AWS_NAME = 'Amazon Web Services'
FORM_FROM = f'"{AWS_NAME}" <{FORM}>'
CONSOLE_FROM = f'"{AWS_NAME}" <{CONSOLE}>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

# ======================================================================= MAILS
# ---------------------------------------------------------------- case A: form desk, EN, Gmail
A_OPEN = T(2025, 3, 10, 14, 22, 31)
A_CASE = cid15(A_OPEN, '00417')
A_TO = 'daniel.okafor.dev@gmail.com'
A_USER = f'Daniel Okafor <{A_TO}>'
A_SUBJ = f'RE:[CASE {A_CASE}] {FORM_SUBJ}'
A_CONFIRM_TXT = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification.

I have located the following two Certification accounts associated with you:

Account 1 - AWS04418273 - daniel.okafor@brightlane.io (will be merged)
Account 2 - AWS02937165 - daniel.okafor.dev@gmail.com (will be retained)

After the merge, all certifications, exam history and benefits from Account 1
will be moved to Account 2, and Account 1 will be deactivated. Please be aware
that a merge is permanent and cannot be reversed.

If the above is correct, please reply to this email confirming that you would
like us to proceed.

Best regards,
Rashmi S.
AWS Training and Certification Support
"""


def m001():
    d = A_OPEN + timedelta(seconds=18)
    new = f"""Hello,

Thank you for contacting AWS Training and Certification. This message confirms
that we have received your request and created case {A_CASE}.

A member of our support team will review your request and respond, typically
within 24 hours. To add information, reply to this email and keep the case
number in the subject line. Please do not submit another form for the same
request, as this can delay our response.

Summary of your submission
--------------------------
Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS candidate ID: AWS02937165
Description: I have two certification accounts, one created with my old
employer email (candidate id AWS04418273) and my personal one. Please combine
them and keep the personal one.

Sincerely,
AWS Training and Certification Support
"""
    html = html_wrap('<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
                     '<table width="600" style="background:#ffffff;padding:24px;font-size:14px;color:#16191f;">'
                     '<tr><td style="background:#232f3e;padding:12px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>'
                     f'<tr><td>{p2html(new)}</td></tr></table></td></tr></table>', 'AWS Training and Certification')
    send('001-form-ack-case-opened.eml', 'case_created', A_CASE, 'en',
         frm=FORM_FROM, to=A_TO, date=d,
         subject=f'[CASE {A_CASE}] {FORM_SUBJ}',
         body=alt(new, html), new=new)


def m002():
    d = T(2025, 3, 11, 9, 5, 12)
    new = A_CONFIRM_TXT
    send('002-form-agent-asks-confirm.eml', 'merge_confirmation_requested', A_CASE, 'en',
         frm=FORM_FROM, to=A_TO, date=d, subject=A_SUBJ,
         body=tpart(new, cte='quoted-printable'), new=new)


def m003():
    d = T(2025, 3, 12, 17, 40, 3)
    new = f"""Hello Daniel,

Thank you for your patience.

You can now sign in to AWS Certification with daniel.okafor.dev@gmail.com.
Your Developer =E2=80=93 Associate and Solutions Architect =E2=80=93 Associate
certifications, together with the exam history that was previously under your
Brightlane profile, are now listed under candidate ID AWS02937165. The old
profile has been deactivated, so there is no need to use the other login any
more.

Your Credly badges should follow within 48 hours. If they are not visible after
that time, just reply to this email.

Kind regards,
Rashmi S.
AWS Training and Certification Support
""".replace('=E2=80=93', '\u2013')
    hist = f"""
----- Original message -----
From: Daniel Okafor <{A_TO}>
Sent: 11/03/2025 11:48
To: {FORM}
Subject: Re: {A_SUBJ}

The details are correct. Please proceed with the merge.

Thanks,
Daniel

On Tue, Mar 11, 2025 at 9:05 AM Amazon Web Services <{FORM}> wrote:
{q(A_CONFIRM_TXT)}
"""
    html = html_wrap('<div style="font-family:Arial;font-size:14px;background:#fff;padding:16px">'
                     + p2html(new) + '<hr><div style="color:#555">'
                     + p2html(hist.split('\nOn Tue')[0]) + '<blockquote style="border-left:2px solid #ccc;padding-left:8px">'
                     + p2html(A_CONFIRM_TXT) + '</blockquote></div></div>')
    send('003-form-completion-you-can-sign-in.eml', 'merge_completed', A_CASE, 'en',
         frm=FORM_FROM, to=A_TO, date=d, subject=A_SUBJ,
         body=alt(new + hist, html), new=new)


def m004():
    d = T(2025, 3, 12, 17, 40, 59)
    inner = f"""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:14px 24px;color:#ffffff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Your case <b>{A_CASE}</b> has been marked as resolved.</p>
<p style="font-size:16px;font-weight:bold">Was your issue resolved?</p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="background:#ec7211;padding:10px 28px;border-radius:2px"><a href="https://survey.aws-tc-support.amazon.com/r?c={A_CASE}&amp;a=1" style="color:#fff;text-decoration:none;font-weight:bold">YES</a></td>
<td width="16"></td>
<td style="background:#545b64;padding:10px 28px;border-radius:2px"><a href="https://survey.aws-tc-support.amazon.com/r?c={A_CASE}&amp;a=0" style="color:#fff;text-decoration:none;font-weight:bold">NO</a></td>
</tr></table>
<p>Your answer takes one click and helps us improve the support we provide to candidates.</p>
<p>If you still need help with this request, simply reply to this email within 14 days and the case will be reopened.</p>
<p>Sincerely,<br>AWS Training and Certification Support</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
</table></td></tr></table>"""
    new = f'Your case {A_CASE} has been marked as resolved. Was your issue resolved? YES NO'
    send('004-form-resolved-yes-no.eml', 'survey', A_CASE, 'en',
         frm=FORM_FROM, to=A_TO, date=d,
         subject=f'[CASE {A_CASE}] Your case has been resolved',
         body=tpart(html_wrap(inner, 'Case resolved'), 'html', cte='quoted-printable'), new=new)


def m005():
    d = T(2025, 3, 13, 2, 11, 40)
    badge = 'AWS Certified Developer \u2013 Associate'
    new = f"""Daniel, you've earned a badge!

AWS Training and Certification has issued you a badge: {badge}.

Your badge is ready to accept. Accepting lets you share it on LinkedIn and
other networks and lets employers verify your skills.

Accept your badge: https://www.credly.com/earner/earned/badge/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}

Note: this badge was previously associated with another email address and has
been moved to this Credly account.

Questions? Visit https://support.credly.com

Credly, Inc. | 3 Bethesda Metro Center, Suite 700 | Bethesda, MD 20814
Unsubscribe from badge notifications: https://www.credly.com/notifications
"""
    html = html_wrap(f"""<table width="100%" style="background:#f5f5f5"><tr><td align="center">
<table width="560" style="background:#ffffff;padding:32px;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td align="center"><img src="https://images.credly.com/size/340x340/images/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}/image.png" width="140" alt="badge"></td></tr>
<tr><td align="center" style="font-size:22px;font-weight:bold;padding-top:16px">Daniel, you've earned a badge!</td></tr>
<tr><td align="center" style="padding:12px 0">AWS Training and Certification has issued you a badge: <b>{badge}</b>.</td></tr>
<tr><td align="center"><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></td></tr>
<tr><td style="font-size:12px;color:#777;padding-top:24px">Note: this badge was previously associated with another email address and has been moved to this Credly account.</td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:24px">Credly, Inc. | 3 Bethesda Metro Center, Suite 700 | Bethesda, MD 20814</td></tr>
</table></td></tr></table>""", 'Credly')
    send('005-credly-badge-moved-accept.eml', 'credly_badge_issued', None, 'en',
         frm='"AWS Training and Certification via Credly" <admin@credly.com>', to=A_TO, date=d,
         sender='credly', subject="Daniel, you've earned a badge from AWS Training and Certification",
         body=alt(new, html), new=new)


def m006():
    d = T(2025, 3, 17, 16, 2, 27)
    new = f"""Hi Daniel,

Recently you contacted AWS Training and Certification Support about case
{A_CASE}. We would like to hear about your experience.

The survey has five questions and takes about two minutes.

Begin survey:
https://amazon.qualtrics.com/jfe/form/SV_3kQp9XdTcf2Ja8R?case={A_CASE}&Q_CHL=email

Thank you for helping us improve,
AWS Training and Certification

Follow the link to opt out of future emails:
https://amazon.qualtrics.com/CP/Register.php?OptOut=true&RID={rb64(16).replace('/', 'x').replace('+', 'y')}
"""
    html = html_wrap(f"""<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;font-family:Arial;font-size:15px">
<p>Hi Daniel,</p>
<p>Recently you contacted AWS Training and Certification Support about case {A_CASE}. We would like to hear about your experience.</p>
<p>The survey has five questions and takes about two minutes.</p>
<p><a href="https://amazon.qualtrics.com/jfe/form/SV_3kQp9XdTcf2Ja8R?case={A_CASE}&amp;Q_CHL=email" style="background:#146eb4;color:#fff;padding:10px 20px;text-decoration:none">Begin survey</a></p>
<p>Thank you for helping us improve,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#888"><a href="https://amazon.qualtrics.com/CP/Register.php?OptOut=true">Follow the link to opt out of future emails</a></p>
</div>""")
    send('006-survey-days-later-qualtrics.eml', 'survey', A_CASE, 'en',
         frm='"AWS Training and Certification" <noreply@qemailserver.com>', to=A_TO, date=d,
         sender='generic', subject='How did we do? Your recent AWS Training and Certification support case',
         body=alt(new, html), new=new)


# ---------------------------------------------------------------- case B: console, 11-digit, Outlook
B_CASE = '13274960351'
B_TO = 'priya.raman@outlook.com'
B_CSUBJ = 'Merge two AWS Certification accounts'
CONSOLE_FOOTER = """
=========================================

To see all of your cases, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

Was this response helpful? Click here to rate:
https://console.aws.amazon.com/support/feedback?eventId=cx-{fb}&displayId={case}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming
e-mail. To update your case, please use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA
98109-5210
"""


def cfooter(case):
    return CONSOLE_FOOTER.format(case=case, fb=R.randint(10**9, 10**10 - 1))


def m007():
    d = T(2023, 8, 14, 6, 31, 58)
    new = f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {B_CASE} to
address your issue.

The details of your case are as follows:

Case ID: {B_CASE}
Subject: {B_CSUBJ}
Severity: General guidance
Correspondence: Hello, I created a second certification account
(AWS03390812) by mistake when I scheduled my last exam with my new email.
My original account from university is AWS01276549 and has my Cloud
Practitioner. Could you merge them? I would like to keep AWS03390812 because
that is the email I use now. Thanks, Priya

We will respond to your case as soon as possible. Depending on your support
plan, the initial response time may vary.
""" + cfooter(B_CASE)
    html = html_wrap('<div style="font-family:Amazon Ember,Arial;font-size:14px;padding:20px;background:#fff">'
                     + p2html(new) + '</div>')
    send('007-console-case-opened-11digit.eml', 'case_created', B_CASE, 'en',
         frm=CONSOLE_FROM, to=B_TO, date=d, provider='outlook',
         subject=f'Amazon Web Services: You have opened a new Support case: {B_CASE}',
         body=alt(new, html, cte='base64'), new=new)


def m008():
    d = T(2023, 8, 15, 19, 4, 12)
    new = f"""Dear Customer,

New correspondence has been added to your AWS Support case {B_CASE}:
"{B_CSUBJ}".

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=en

Please do not reply to this email. Replies to this address are not monitored.

Sincerely,
Amazon Web Services
"""
    send('008-console-new-correspondence-notice.eml', 'support_reply', B_CASE, 'en',
         frm=CONSOLE_FROM, to=B_TO, date=d, provider='outlook',
         subject=f'[Case {B_CASE}] New correspondence added',
         body=alt(new, html_wrap(p2html(new))), new=new)


def m009():
    d = T(2023, 8, 17, 13, 52, 40)
    new = f"""Hello Priya,

Thanks for confirming the details.

I've consolidated your certification records: the exam history and the AWS
Certified Cloud Practitioner certification from AWS01276549 are now part of
AWS03390812, which is the account you will use from now on. When you log in
to aws.training/Certification with priya.raman@outlook.com you should see both
of your certifications, as well as the 50% discount voucher you earned.

As your request has been fulfilled, I'll go ahead and resolve this case. If
anything looks off, you can reopen it from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this
correspondence using the link at the bottom of this page.

Best regards,

Marco D.
Amazon Web Services
""" + cfooter(B_CASE)
    html = html_wrap('<div style="font-family:Arial;font-size:14px;padding:20px;background:#fff">'
                     + p2html(new) + '</div>')
    send('009-console-completed-and-resolving.eml', 'merge_completed', B_CASE, 'en',
         frm=CONSOLE_FROM, to=B_TO, date=d, provider='outlook',
         subject=f'RE:[CASE {B_CASE}] {B_CSUBJ}',
         body=alt(new, html, cte='base64'), new=new)


def m010():
    d = T(2023, 8, 22, 15, 10, 5)
    new = f"""Hello,

You recently worked with AWS Support on case {B_CASE}
("{B_CSUBJ}").

How satisfied were you with the support you received?

  Very satisfied   https://aws-support-feedback.amazon.com/s?d={B_CASE}&r=5
  Satisfied        https://aws-support-feedback.amazon.com/s?d={B_CASE}&r=4
  Neutral          https://aws-support-feedback.amazon.com/s?d={B_CASE}&r=3
  Dissatisfied     https://aws-support-feedback.amazon.com/s?d={B_CASE}&r=2
  Very dissatisfied https://aws-support-feedback.amazon.com/s?d={B_CASE}&r=1

Your responses are anonymous and are used only to improve AWS Support.

Thank you,
AWS Support
"""
    rows = ''.join(f'<tr><td style="padding:6px 0"><a href="https://aws-support-feedback.amazon.com/s?d={B_CASE}&amp;r={r}" '
                   f'style="display:inline-block;width:220px;background:#0972d3;color:#fff;padding:8px;text-decoration:none;text-align:center">{t}</a></td></tr>'
                   for r, t in [(5, 'Very satisfied'), (4, 'Satisfied'), (3, 'Neutral'), (2, 'Dissatisfied'), (1, 'Very dissatisfied')])
    html = html_wrap(f'<div style="max-width:600px;margin:auto;background:#fff;padding:24px;font-size:14px">'
                     f'<p>Hello,</p><p>You recently worked with AWS Support on case <b>{B_CASE}</b> (&ldquo;{B_CSUBJ}&rdquo;).</p>'
                     f'<p><b>How satisfied were you with the support you received?</b></p><table>{rows}</table>'
                     f'<p style="color:#5f6b7a;font-size:12px">Your responses are anonymous and are used only to improve AWS Support.</p>'
                     f'<p>Thank you,<br>AWS Support</p></div>')
    send('010-console-survey-five-days-later.eml', 'survey', B_CASE, 'en',
         frm='"AWS Support" <aws-support-survey@amazon.com>', to=B_TO, date=d, provider='outlook',
         subject=f'Tell us about your recent experience with AWS Support (Case {B_CASE})',
         body=alt(new, html), new=new)


# ---------------------------------------------------------------- case C: form desk, JA, nifty
C_OPEN = T(2025, 5, 27, 14, 2, 15)
C_CASE = cid15(C_OPEN, '00931')
C_TO = 'misaki.sato@nifty.com'
C_SUBJ = f'RE:[CASE {C_CASE}] {FORM_SUBJ}'
C_CONFIRM = f"""佐藤 美咲 様

AWS トレーニングと認定 サポートの田中でございます。
この度はお問い合わせいただき、誠にありがとうございます。

お客様のご依頼内容を確認いたしましたところ、以下の 2 つの認定アカウントが確認できました。

・AWS05561023(ご登録メールアドレス: m.sato@kitamura-sys.co.jp)
・AWS02208814(ご登録メールアドレス: misaki.sato@nifty.com)

ご依頼に基づき、AWS05561023 を AWS02208814 に統合し、AWS02208814 を今後ご利用いただく
アカウントとして残す形で手続きを進める予定です。
なお、統合後は元に戻すことができませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールにご返信いただき、統合の実施について
ご承諾いただけますでしょうか。

何卒よろしくお願い申し上げます。

田中
AWS トレーニングと認定 サポート
"""
C_USER_OK = f"""田中様

ご連絡ありがとうございます。
記載いただいた内容で間違いありません。統合をお願いいたします。

佐藤 美咲
"""


def m011():
    d = C_OPEN + timedelta(seconds=21)
    new = f"""※本メールは自動送信です。

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース番号: {C_CASE}
お問い合わせの種類: AWS Training and Certification / Certification
詳細: Account Merge

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
追加の情報がある場合は、件名のケース番号を変更せずに本メールへご返信ください。
同じ内容で新たにフォームを送信されますと、対応が遅れる場合がございますので
ご注意ください。

AWS トレーニングと認定 サポート

--
Thank you for contacting AWS Training and Certification. We have received your
request (case {C_CASE}) and will respond within 24 hours.
"""
    send('011-form-ack-ja-iso2022jp.eml', 'case_created', C_CASE, 'ja',
         frm=FORM_FROM, to=C_TO, date=d, provider='jp',
         subject=f'[CASE {C_CASE}] {FORM_SUBJ}',
         body=tpart(new, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'), new=new)


def m012():
    d = T(2025, 5, 28, 9, 20, 33)
    new = C_CONFIRM
    send('012-form-confirm-request-ja.eml', 'merge_confirmation_requested', C_CASE, 'ja',
         frm=FORM_FROM, to=C_TO, date=d, provider='jp', subject=C_SUBJ,
         body=tpart(new, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'), new=new)


def m013():
    d = T(2025, 5, 29, 1, 15, 9)
    new = f"""佐藤 美咲 様

AWS トレーニングと認定 サポートの田中でございます。
早速ご確認いただき、誠にありがとうございます。

ご承諾いただいた内容(AWS05561023 → AWS02208814)にて、これより手続きを
進めてまいります。作業が完了いたしましたら、改めて本メールにてご連絡いたします。
通常 1~3 営業日ほどお時間を頂戴しておりますので、今しばらくお待ちくださいませ。

田中
AWS トレーニングと認定 サポート
"""
    hist = f"""
--- 元のメッセージ ---
差出人: 佐藤 美咲 <{C_TO}>
送信日時: 2025/05/29 7:41

{C_USER_OK}
2025年5月28日(水) 18:20 Amazon Web Services <{FORM}>:
{q(C_CONFIRM)}
"""
    send('013-form-thanks-will-proceed-ja.eml', 'support_reply', C_CASE, 'ja',
         frm=FORM_FROM, to=C_TO, date=d, provider='jp', subject=C_SUBJ,
         body=tpart(new + hist, cs='utf-8', cte='base64', label='UTF-8'), new=new)


def m014():
    d = T(2025, 5, 30, 5, 48, 51)
    new = f"""佐藤 美咲 様

いつもお世話になっております。AWS トレーニングと認定 サポートの田中でございます。

大変お待たせいたしました。ご依頼いただいておりました件につきまして、対応が
完了いたしましたのでご連絡いたします。

今後は misaki.sato@nifty.com で認定アカウント(AWS02208814)にサインインいただきますと、
これまで別のアカウントに記録されていた認定資格および受験履歴も含め、すべて
一覧でご確認いただけます。
なお、Credly のデジタルバッジにつきましては、反映まで最大で 48 時間ほどかかる
場合がございます。

本件につきましては、以上をもちましてクローズとさせていただきます。
ほかにご不明な点がございましたら、お気軽にお問い合わせください。

田中
AWS トレーニングと認定 サポート
"""
    hist = f"""
-----Original Message-----
From: 佐藤 美咲 <{C_TO}>
Sent: Thursday, May 29, 2025 7:41 AM
To: {FORM}
Subject: Re: {C_SUBJ}

{C_USER_OK}
{q(C_CONFIRM)}
"""
    send('014-form-completed-and-closed-ja-sjis.eml', 'merge_completed', C_CASE, 'ja',
         frm=FORM_FROM, to=C_TO, date=d, provider='jp', subject=C_SUBJ,
         body=tpart(new + hist, cs='shift_jis', cte='base64', label='Shift_JIS'), new=new)


def m015():
    d = T(2025, 6, 3, 0, 30, 12)
    inner = f"""<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px;font-size:14px;line-height:1.7;color:#16191f">
<p>佐藤 美咲 様</p>
<p>先日は AWS トレーニングと認定 サポートをご利用いただき、誠にありがとうございました。</p>
<p>今後のサービス向上のため、ケース番号 <b>{C_CASE}</b> の対応について、簡単なアンケートへのご協力をお願いいたします(所要時間 約 1 分)。</p>
<p style="font-weight:bold">お問い合わせの問題は解決しましたか?</p>
<p><a href="https://survey.aws-tc-support.amazon.com/r?c={C_CASE}&amp;a=1&amp;lang=ja" style="background:#ec7211;color:#fff;padding:8px 24px;text-decoration:none">はい</a>
&nbsp;&nbsp;<a href="https://survey.aws-tc-support.amazon.com/r?c={C_CASE}&amp;a=0&amp;lang=ja" style="background:#545b64;color:#fff;padding:8px 24px;text-decoration:none">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください:
<a href="https://survey.aws-tc-support.amazon.com/r?c={C_CASE}&amp;s=5&amp;lang=ja">★★★★★</a></p>
<p>本メールは送信専用アドレスから配信しております。ご返信いただいてもお答えできませんのでご了承ください。</p>
<p>AWS トレーニングと認定</p>
</div>"""
    new = f'ケース番号 {C_CASE} の対応について アンケート'
    send('015-survey-ja-days-later-html-only.eml', 'survey', C_CASE, 'ja',
         frm=addr('AWS トレーニングと認定', 'aws-tc-survey@amazon.com', 'ISO-2022-JP'), to=C_TO, date=d, provider='jp',
         subject=hx(f'【アンケートのお願い】AWS トレーニングと認定 サポートのご利用について(ケース {C_CASE})', 'ISO-2022-JP'),
         body=tpart(html_wrap(inner, 'アンケート', 'ja'), 'html', cte='quoted-printable'), new=new)


# ---------------------------------------------------------------- case D: 10-digit (2020), corporate relay, no AR
D_CASE = '7012458396'
D_TO = 't.becker@hallenwerk.de'
D_SUBJ = f'RE:[CASE {D_CASE}] {FORM_SUBJ}'
D_CONFIRM = f"""Dear Tom,

Thank you for reaching out to AWS Training and Certification.

We found below two certification accounts under your name:

AWS00873421 - tom.becker1987@web.de
AWS01992035 - t.becker@hallenwerk.de

As requested, AWS00873421 will be merged into AWS01992035, and AWS01992035
will be the surviving account. Please note the merge is irreversible.

Kindly reply to confirm that we may proceed.

Thanks & Regards,
Ankit
AWS Training and Certification
"""


def m016():
    d = T(2020, 2, 19, 11, 26, 44)
    new = f"""Dear Tom,

Greetings from AWS Training and Certification!

This is to inform you that your both certification accounts are now merged
successfully. The surviving account is AWS01992035 and you may login using
t.becker@hallenwerk.de. All your exams and certifications are visible in this
account now.

Kindly note that the account AWS00873421 is deactivated and can not be used
any more.

Please let us know if you need further assistance.

Thanks & Regards,
Ankit
AWS Training and Certification
"""
    hist = f"""
Von: Becker, Tom <{D_TO}>
Gesendet: Dienstag, 18. Februar 2020 10:12
An: Amazon Web Services <{FORM}>
Betreff: AW: {D_SUBJ}

Hello Ankit,

yes, this is correct, please go ahead.

Best regards
Tom Becker
Hallenwerk GmbH | IT Infrastructure
Tel. +49 711 2045 318

Von: Amazon Web Services <{FORM}>
Gesendet: Montag, 17. Februar 2020 16:40
An: Becker, Tom <{D_TO}>
Betreff: {D_SUBJ}

{D_CONFIRM}"""
    send('016-completed-2020-10digit-no-auth.eml', 'merge_completed', D_CASE, 'en',
         frm=FORM_FROM, to=f'"Becker, Tom" <{D_TO}>', date=d, provider='corp', subject=D_SUBJ,
         body=tpart(new + hist, cs='iso-8859-1', cte='quoted-printable'), new=new)


def m017():
    d = T(2020, 2, 21, 8, 3, 17)
    new = f"""Dear Tom,

We are closing case {D_CASE} regarding your account merge request, as we
believe your query has been addressed.

Please take a moment to let us know how we did:

  How would you rate the support you received?
  https://aws-tc-support.amazon.com/feedback?case={D_CASE}

If you feel your issue has not been resolved, simply reply to this email
within 7 days and your case will be reopened automatically.

Thanks & Regards,
AWS Training and Certification
"""
    html = html_wrap(f'<div style="padding:20px;background:#fff;font-size:13px">{p2html(new)}</div>')
    send('017-closure-mentions-merge-in-passing-no-auth.eml', 'survey', D_CASE, 'en',
         frm=FORM_FROM, to=f'"Becker, Tom" <{D_TO}>', date=d, provider='corp',
         subject=f'[CASE {D_CASE}] Your case has been closed',
         body=alt(new, html, cs='us-ascii', cte='7bit'), new=new)


# ---------------------------------------------------------------- case E: console, 15-digit, Gmail, non-native agent
E_OPEN = T(2024, 11, 4, 12, 47, 9)
E_CASE = cid15(E_OPEN, '00572')
E_TO = 'lucas.ferreira.br@gmail.com'
E_CSUBJ = 'Merge certification accounts - exams in two profiles'


def m018():
    d = T(2024, 11, 5, 10, 13, 37)
    new = f"""Hello Lucas,

Thank you for contact AWS Support, my name is Ana and I will be assisting you
in this case.

I could find the certification account AWS03714480 under your name, however
for the second one I need some more information. In order to proceed with your
request I will need please the following:

1. The email address used to login in each one of the certification accounts;
2. Which of the accounts you wish to keep as the primary one.

As soon as I receive this information I will be able to continue with the
analysis.

Have a nice day!

Best regards,

Ana P.
Amazon Web Services
""" + cfooter(E_CASE)
    send('018-console-asks-login-emails.eml', 'support_reply', E_CASE, 'en',
         frm=CONSOLE_FROM, to=E_TO, date=d, subject=f'RE:[CASE {E_CASE}] {E_CSUBJ}',
         body=alt(new, html_wrap(p2html(new))), new=new)


def m019():
    d = T(2024, 11, 8, 14, 55, 2)
    new = f"""Hello Lucas,

I hope this message finds you well.

I'm following up on the case {E_CASE} because I have not received your reply
yet with the information requested on my last correspondence (login emails of
both certification profiles and which one you want to keep).

Please be aware that if we don't hear from you, this case will be automatically
resolved in 3 business days. You can still reopen it after that, just reply
through the Support Center.

Best regards,

Ana P.
Amazon Web Services
""" + cfooter(E_CASE)
    send('019-console-chaser-no-reply.eml', 'support_reply', E_CASE, 'en',
         frm=CONSOLE_FROM, to=E_TO, date=d, subject=f'RE:[CASE {E_CASE}] {E_CSUBJ}',
         body=alt(new, html_wrap(p2html(new)), cte='base64'), new=new)


def m020():
    d = T(2024, 11, 12, 17, 20, 48)
    new = f"""Hello Lucas,

Thank you for the information and for your patience while we worked on this.

I'm happy to inform that now you can login with lucas.ferreira.br@gmail.com and
see all your exams in one place, including the Security Specialty and the
SysOps exams that were in the profile AWS06021957. Your certification account
number from now on is aws03714480, the other profile no longer exists.

Since everything requested was done, I'm setting this case to resolved. If you
need anything else regarding this case, you may reopen it within the next 14
days.

It was a pleasure to assist you!

Best regards,

Ana P.
Amazon Web Services
""" + cfooter(E_CASE)
    send('020-console-now-you-can-login-resolving.eml', 'merge_completed', E_CASE, 'en',
         frm=CONSOLE_FROM, to=E_TO, date=d, subject=f'RE:[CASE {E_CASE}] {E_CSUBJ}',
         body=alt(new, html_wrap(p2html(new))), new=new)


def m021():
    d = T(2024, 11, 15, 17, 21, 3)
    new = f"""Hello,

Case {E_CASE} was resolved on 12 November 2024 and has now been closed.

Case ID: {E_CASE}
Subject: {E_CSUBJ}
Status: Closed

Tell us about your experience. How would you rate the support you received on
this case?
https://console.aws.amazon.com/support/home#/case/?displayId={E_CASE}&language=en&rating=true

If you still need help, you can open a new case from the Support Center and
reference this case ID.

Please note: this e-mail was sent from an address that cannot accept incoming
e-mail.

Amazon Web Services
"""
    send('021-console-closed-days-later-rate.eml', 'survey', E_CASE, 'en',
         frm=CONSOLE_FROM, to=E_TO, date=d,
         subject=f'Amazon Web Services: Your Support case {E_CASE} has been closed',
         body=alt(new, html_wrap(p2html(new))), new=new)


# ---------------------------------------------------------------- case F: form desk, EN, Yahoo
F_OPEN = T(2025, 7, 8, 3, 15, 40)
F_CASE = cid15(F_OPEN, '00186')
F_TO = 'meilin.tan@yahoo.com'
F_SUBJ = f'RE: [CASE {F_CASE}] {FORM_SUBJ}'
F_CONFIRM = f"""Dear Mei Lin,

Thank you for contacting AWS Training and Certification Customer Support.

Per your request, we will merge the following Certification accounts:

   Source account (to be closed):  AWS 04090126  (tan.meilin@nusalumni.edu.sg)
   Target account (to be kept):    AWS 07153398  (meilin.tan@yahoo.com)

All certifications, exam history, digital badges and exam benefits held in the
source account will be transferred to the target account. This action cannot
be undone once completed.

To proceed, please reply to this email with "I confirm" or let us know if any
of the details above need to be changed.

Warm regards,
Joseph K.
AWS Training and Certification Customer Support
"""


def m022():
    d = T(2025, 7, 9, 4, 2, 19)
    new = F_CONFIRM
    send('022-form-confirm-source-target-yahoo.eml', 'merge_confirmation_requested', F_CASE, 'en',
         frm=FORM_FROM, to=F_TO, date=d, provider='yahoo', subject=F_SUBJ,
         body=alt(new, html_wrap('<div style="font-family:Calibri,Arial;font-size:14px;background:#fff;padding:16px">'
                                 + p2html(new).replace('   ', '&nbsp;&nbsp;&nbsp;') + '</div>')), new=new)


F_USER_OK = """I confirm. Thank you!

Mei Lin

Sent from Yahoo Mail for iPhone
"""


def m023():
    d = T(2025, 7, 9, 8, 47, 55)
    new = f"""Dear Mei Lin,

Thank you for confirming. We will now proceed with your request.

Once the merge is complete, we will send you a separate notification and your
exam history will be visible under AWS 07153398. Please allow up to 3 business
days. There is no need to take any action in the meantime, and please do not
create a new case for this request.

Warm regards,
Joseph K.
AWS Training and Certification Customer Support
"""
    hist = f"""
On Wednesday, July 9, 2025, 12:31 PM, Mei Lin Tan <{F_TO}> wrote:

{q(F_USER_OK)}
>
> On Wed, Jul 9, 2025 at 12:02 PM, Amazon Web Services <{FORM}> wrote:
{qq(q(F_CONFIRM))}
"""
    send('023-form-thanks-confirming-will-proceed.eml', 'support_reply', F_CASE, 'en',
         frm=FORM_FROM, to=F_TO, date=d, provider='yahoo', subject=F_SUBJ,
         body=tpart(new + hist, cte='quoted-printable'), new=new)


def m024():
    d = T(2025, 7, 10, 22, 14, 6)
    inner = f"""<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center" style="padding:24px 0">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;color:#16191f;font-size:15px;line-height:22px">
<tr><td style="background:#232f3e;padding:18px 28px"><img src="cid:awslogo" alt="AWS Training and Certification" width="160"></td></tr>
<tr><td style="padding:28px 28px 8px 28px;font-size:22px;font-weight:bold">Your certification profile is ready</td></tr>
<tr><td style="padding:8px 28px">Dear Mei Lin,</td></tr>
<tr><td style="padding:8px 28px">Good news: everything from your previous profile now lives in a single AWS Certification account, <b>AWS07153398</b>. Here is what you can do now:</td></tr>
<tr><td style="padding:8px 28px"><ul>
<li>Sign in at <a href="https://www.aws.training/Certification">aws.training/Certification</a> with <b>{F_TO}</b></li>
<li>See all of your exams, scores and certifications on one dashboard</li>
<li>Download certificates and use your exam benefits, including the 50% discount voucher</li>
</ul></td></tr>
<tr><td style="padding:8px 28px">Your other sign-in (tan.meilin@nusalumni.edu.sg) can no longer be used for AWS Certification.</td></tr>
<tr><td style="padding:8px 28px 24px 28px">Reference: case {F_CASE}</td></tr>
<tr><td style="padding:8px 28px 24px 28px">AWS Training and Certification Customer Support</td></tr>
<tr><td style="background:#fafafa;padding:16px 28px;font-size:11px;color:#687078">&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. <a href="https://aws.amazon.com/privacy/">Privacy</a></td></tr>
</table></td></tr></table>"""
    new = 'AWS07153398 ' + inner
    body = multi('related', tpart(html_wrap(inner, 'AWS Training and Certification'), 'html', cte='base64'), logo_png('awslogo'))
    body.set_param('type', 'text/html')
    send('024-form-html-only-profile-ready.eml', 'merge_completed', F_CASE, 'en',
         frm=FORM_FROM, to=F_TO, date=d, provider='yahoo',
         subject=f'[CASE {F_CASE}] Your AWS Certification account update',
         body=body, new=new)


def m025():
    d = T(2025, 7, 10, 22, 15, 31)
    new = f"""Dear Mei Lin,

We hope we were able to help with your account merge request. Your case
{F_CASE} is now closed.

Was your issue resolved?
  Yes: https://survey.aws-tc-support.amazon.com/r?c={F_CASE}&a=1
  No:  https://survey.aws-tc-support.amazon.com/r?c={F_CASE}&a=0

Your feedback is important to us and takes less than a minute.

AWS Training and Certification Customer Support
"""
    html = html_wrap(f"""<div style="max-width:600px;margin:auto;background:#fff;padding:24px;font-size:14px">
<p>Dear Mei Lin,</p><p>We hope we were able to help with your account merge request. Your case {F_CASE} is now closed.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://survey.aws-tc-support.amazon.com/r?c={F_CASE}&amp;a=1">Yes</a> &nbsp;|&nbsp; <a href="https://survey.aws-tc-support.amazon.com/r?c={F_CASE}&amp;a=0">No</a></p>
<p>Your feedback is important to us and takes less than a minute.</p><p>AWS Training and Certification Customer Support</p></div>""")
    send('025-form-closed-hope-we-helped.eml', 'survey', F_CASE, 'en',
         frm=FORM_FROM, to=F_TO, date=d, provider='yahoo',
         subject=f'[CASE {F_CASE}] Case closed - was your issue resolved?',
         body=alt(new, html), new=new)


def m026():
    d = T(2025, 7, 11, 9, 41, 17)
    badge = 'AWS Certified Solutions Architect - Professional'
    new = f"""Hi Mei Lin,

AWS Training and Certification has sent you a badge!

{badge}

Accept your badge to start sharing it with your professional network:
https://www.credly.com/badges/{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}/accept

This badge was issued to {F_TO}.

Credly by Pearson
"""
    html = html_wrap(f"""<div style="max-width:560px;margin:auto;background:#fff;padding:28px;text-align:center;font-family:Helvetica,Arial">
<p style="font-size:20px">Hi Mei Lin,</p><p>AWS Training and Certification has sent you a badge!</p>
<p style="font-size:18px;font-weight:bold">{badge}</p>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept Badge</a></p>
<p style="font-size:12px;color:#777">This badge was issued to {F_TO}.</p><p style="font-size:11px;color:#999">Credly by Pearson</p></div>""")
    send('026-credly-sent-you-a-badge.eml', 'credly_badge_issued', None, 'en',
         frm='"AWS Training and Certification via Credly" <admin@credly.com>', to=F_TO, date=d,
         sender='credly', provider='yahoo',
         subject='AWS Training and Certification sent you a badge',
         body=alt(new, html), new=new)


# ---------------------------------------------------------------- case G: console, JA, biglobe
G_OPEN = T(2025, 1, 20, 5, 33, 2)
G_CASE = cid15(G_OPEN, '00349')
G_TO = 'ken.takahashi@biglobe.ne.jp'
G_CSUBJ = '認定アカウントの統合について'


def m027():
    d = G_OPEN + timedelta(seconds=14)
    new = f"""AWS をご利用いただきありがとうございます。
お客様のお問い合わせに対応するため、ケース {G_CASE} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {G_CASE}
件名: {G_CSUBJ}
重要度: 一般的なガイダンス
やり取り: お世話になります。試験を予約した際に、別のメールアドレスで認定アカウント
(AWS03107745)を作成してしまいました。元のアカウント AWS06638201 に受験履歴を
まとめていただけますでしょうか。よろしくお願いいたします。高橋

サポートセンターでは、すべてのケースをご確認いただけます:
https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&language=ja

※このメールアドレスは送信専用のため、ご返信いただいても受信できません。ケースを
更新する場合は、上記のリンクをご利用ください。

Amazon Web Services
"""
    html = html_wrap('<div style="font-size:14px;padding:20px;background:#fff">' + p2html(new) + '</div>', lang='ja')
    send('027-console-case-opened-ja.eml', 'case_created', G_CASE, 'ja',
         frm=CONSOLE_FROM, to=G_TO, date=d, provider='jp2',
         subject=hx(f'Amazon Web Services: 新しいサポートケースを作成しました: {G_CASE}', 'UTF-8', 'B'),
         body=alt(new, html), new=new)


def m028():
    d = T(2025, 1, 22, 2, 9, 45)
    new = f"""高橋 様

いつも AWS をご利用いただき、誠にありがとうございます。
AWS サポートの鈴木でございます。

ご依頼いただいておりました認定アカウントの件につきまして、作業が完了いたしましたので
ご報告いたします。

ご指定の 2 つのアカウントを AWS06638201 に一本化いたしました。今後は
ken.takahashi@biglobe.ne.jp でサインインいただくことで、AWS03107745 に記録されていた
受験履歴および認定資格を含め、すべての情報をご確認いただけます。

お手数ではございますが、サインイン後に認定資格の一覧と、次回受験用の 50% 割引特典が
表示されていることをご確認いただけますと幸いです。

なお、本ケースはこれをもちまして解決済みとさせていただきます。
ご不明な点がございましたら、サポートセンターからケースを再開してお知らせください。

本対応についてのご評価を、以下のリンクよりお寄せいただけますと幸いです。

鈴木
Amazon Web Services
=========================================
すべてのケースはサポートセンターでご確認いただけます:
https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&language=ja

この回答は役に立ちましたか? 評価はこちら:
https://console.aws.amazon.com/support/feedback?displayId={G_CASE}&language=ja
"""
    html = html_wrap('<div style="font-size:14px;padding:20px;background:#fff">' + p2html(new) + '</div>', lang='ja')
    send('028-console-ja-unified-into-one-resolved.eml', 'merge_completed', G_CASE, 'ja',
         frm=CONSOLE_FROM, to=G_TO, date=d, provider='jp2',
         subject=hx(f'RE:[CASE {G_CASE}] {G_CSUBJ}', 'UTF-8', 'B', keep_prefix=f'RE:[CASE {G_CASE}]'),
         body=alt(new, html, cte='base64'), new=new)


def m029():
    d = T(2025, 1, 25, 2, 10, 30)
    new = f"""いつも AWS をご利用いただきありがとうございます。

ケース {G_CASE}「{G_CSUBJ}」は解決済みとなり、クローズされました。

今回のサポートはいかがでしたか? 以下のリンクから評価をお寄せください。
https://console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&language=ja&rating=true

引き続きサポートが必要な場合は、サポートセンターから新しいケースを作成し、
上記のケース ID をお知らせください。

※このメールアドレスは送信専用です。

Amazon Web Services
"""
    send('029-console-ja-closed-rate-us.eml', 'survey', G_CASE, 'ja',
         frm=CONSOLE_FROM, to=G_TO, date=d, provider='jp2',
         subject=hx(f'Amazon Web Services: サポートケース {G_CASE} がクローズされました', 'ISO-2022-JP', 'B'),
         body=tpart(new, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'), new=new)


def m030():
    d = T(2025, 1, 28, 0, 5, 55)
    new = f"""高橋 健 様

先日は AWS サポートをご利用いただき、ありがとうございました。
ケース {G_CASE} でのご対応について、お客様のご意見をお聞かせください。

アンケートは 3 問、所要時間は約 2 分です。

アンケートに回答する:
https://aws.surveys.medallia.com/?e={rb64(24).replace('/', 'Q').replace('+', 'z')}&l=ja&case={G_CASE}

本メールは AWS の委託を受け、Medallia, Inc. が配信しています。
今後アンケートの配信を希望されない場合は、こちらから停止できます:
https://aws.surveys.medallia.com/unsubscribe?l=ja
"""
    send('030-medallia-survey-ja-week-later.eml', 'survey', G_CASE, 'ja',
         frm=addr('AWS サポート', 'aws-survey@surveys.medallia.com', 'ISO-2022-JP'), to=G_TO, date=d,
         provider='jp2', sender='generic',
         subject=hx('AWS サポートに関するアンケートのお願い', 'ISO-2022-JP', 'B'),
         body=alt(new, html_wrap(p2html(new), lang='ja'), cs='utf-8', cte='quoted-printable'), new=new)


def m031():
    d = T(2025, 3, 14, 6, 12, 8)
    new = """Dear Candidate,

Your AWS Certification account merge has been completed successfully.

To access your merged profile and view your exam history, you must verify your
sign-in details within 24 hours. Unverified merged profiles are suspended and
certifications may be revoked.

Verify now: https://aws-certification-services.com/merge/verify?uid=DO-41827

AWS Training & Certification Team
"""
    html = html_wrap(f"""<div style="max-width:600px;margin:auto;background:#fff;padding:24px;font-size:14px">
<img src="https://aws-certification-services.com/img/aws.png" width="90"><p>Dear Candidate,</p>
<p>Your AWS Certification account merge has been <b>completed successfully</b>.</p>
<p>To access your merged profile and view your exam history, you must verify your sign-in details within 24 hours. Unverified merged profiles are suspended and certifications may be revoked.</p>
<p><a href="https://aws-certification-services.com/merge/verify?uid=DO-41827" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Verify now</a></p>
<p>AWS Training &amp; Certification Team</p></div>""")
    send('031-phish-lookalike-merge-completed.eml', 'merge_completed', None, 'en',
         frm='"AWS Certification" <no-reply@aws-certification-services.com>', to=A_TO, date=d,
         sender='generic', auth=('pass', 'pass', 'none'),
         subject='Action required: your merged AWS Certification account',
         body=alt(new, html), new=new)


# ---------------------------------------------------------------- case H: form desk, JA, 11-digit (2022), docomo
H_CASE = '12604418275'
H_TO = 'yosuke.yamamoto@docomo.ne.jp'
H_SUBJ = f'RE:[CASE {H_CASE}] {FORM_SUBJ}'


def m032():
    d = T(2022, 9, 7, 3, 26, 10)
    new = f"""山本 陽介 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
サポート担当の小林でございます。

お待たせいたしました。本日より、yosuke.yamamoto@docomo.ne.jp でサインイン
いただきますと、認定アカウント AWS 01558203 にて以下をご確認いただけます。

  ① 保有されている認定資格(以前のアカウントで取得されたものを含みます)
  ② これまでの受験履歴およびスコアレポート
  ③ 次回受験時にご利用いただける 50% 割引特典

旧アカウントにつきましては、今後ご利用いただけませんのでご注意ください。
反映に数時間~1 日ほどかかる場合がございます。

ほかにご不明な点がございましたら、本メールにご返信ください。

小林
AWS トレーニングと認定 サポート
"""
    hist = f"""
2022年9月6日(火) 10:15 山本 陽介 <{H_TO}>:
> 小林様
>
> ご確認ありがとうございます。AWS-04471190 を AWS-01558203 に統合する内容で
> 問題ございません。よろしくお願いいたします。
>
> 山本
"""
    send('032-form-ja-you-can-see-sjis-cp932-label.eml', 'merge_completed', H_CASE, 'ja',
         frm=FORM_FROM, to=H_TO, date=d, provider='jp3', subject=H_SUBJ,
         body=tpart(new + hist, cs='shift_jis', codec='cp932', cte='8bit', label='Shift_JIS'), new=new)


def m033():
    d = T(2022, 9, 9, 6, 0, 41)
    new = f"""山本 陽介 様

AWS トレーニングと認定 サポートでございます。

先日はアカウント統合に関するお問い合わせ(ケース番号: {H_CASE})をいただき、
誠にありがとうございました。本件は解決済みとしてクローズいたしました。

今後のサービス品質向上のため、担当者の対応について評価をお願いいたします。

  とても満足 https://aws-tc-support.amazon.com/csat?case={H_CASE}&score=5
  満足       https://aws-tc-support.amazon.com/csat?case={H_CASE}&score=4
  普通       https://aws-tc-support.amazon.com/csat?case={H_CASE}&score=3
  不満       https://aws-tc-support.amazon.com/csat?case={H_CASE}&score=2

クローズ後 7 日以内に本メールへご返信いただきますと、ケースが再開されます。

AWS トレーニングと認定 サポート
"""
    send('033-form-ja-closed-csat-iso2022jp-subject.eml', 'survey', H_CASE, 'ja',
         frm=FORM_FROM, to=H_TO, date=d, provider='jp3',
         subject=hx(f'[CASE {H_CASE}] ケースクローズのお知らせとアンケートご協力のお願い', 'ISO-2022-JP', 'B'),
         body=tpart(new, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'), new=new)


# ---------------------------------------------------------------- case I: resubmitted form case, 11-digit, Gmail
I_OLD = '11812003457'
I_CASE = '11867421930'
I_TO = 'aisha.khan.cloud@gmail.com'
I_SUBJ = f'RE:[CASE {I_CASE}] {FORM_SUBJ}'


def m034():
    d = T(2022, 11, 21, 16, 40, 2)
    new = f"""Hello,

Thank you for contacting AWS Training and Certification. We have received your
request and a case has been created with the following ID: {I_CASE}.

Our team will respond within 24 hours. You can reply to this email to add
details to your request.

Your request:
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS08812034
Comments: Resubmitting - I opened case {I_OLD} on 14 Nov and nobody replied.
I passed the Cloud Practitioner in 2019 on an old account that is not shown on
my transcript. Please add it to my current account.

Regards,
AWS Training and Certification
"""
    send('034-form-ack-resubmitted-case.eml', 'case_created', I_CASE, 'en',
         frm=FORM_FROM, to=I_TO, date=d,
         subject=f'[CASE {I_CASE}] {FORM_SUBJ}',
         body=tpart(new, cte='quoted-printable'), new=new)


def m035():
    d = T(2022, 11, 23, 10, 2, 39)
    new = f"""Hi Aisha,

Apologies that your earlier case {I_OLD} went unanswered; it appears the
notification address was missing from that form, so our reply could not be
delivered. I have closed the earlier case and we will handle everything here.

I have found your older account (AWS06230917) and passed the request to our
certification team. They are working on it now, and I will update you as soon
as I hear back from them, usually within 2-3 business days.

Best regards,
Hannah W.
AWS Training and Certification
"""
    send('035-form-status-update-working-on-it.eml', 'support_reply', I_CASE, 'en',
         frm=FORM_FROM, to=I_TO, date=d, subject=I_SUBJ,
         body=alt(new, html_wrap(p2html(new))), new=new)


def m036():
    d = T(2022, 11, 25, 18, 31, 12)
    new = """Hi Aisha,

Great news! Your 2019 AWS Certified Cloud Practitioner now shows on your
transcript together with your Solutions Architect - Associate. When you sign in
with aisha.khan.cloud@gmail.com you will see both certifications and all four
exam attempts in your history. The old login will no longer work.

You should also receive an email from Credly within the next day or two to
accept the Cloud Practitioner badge on your current Credly profile.

Best regards,
Hannah W.
AWS Training and Certification
"""
    hist = f"""
On Wed, Nov 23, 2022 at 11:02 AM Amazon Web Services <{FORM}> wrote:
> Hi Aisha,
>
> Apologies that your earlier case {I_OLD} went unanswered; it appears the
> notification address was missing from that form, so our reply could not be
> delivered. I have closed the earlier case and we will handle everything here.
>
> I have found your older account (AWS06230917) and passed the request to our
> certification team.
"""
    send('036-form-transcript-now-shows-both.eml', 'merge_completed', I_CASE, 'en',
         frm=FORM_FROM, to=I_TO, date=d, subject=I_SUBJ,
         body=alt(new + hist, html_wrap(p2html(new) + '<blockquote>' + p2html(hist) + '</blockquote>')), new=new)


def m037():
    d = T(2022, 11, 29, 9, 14, 50)
    new = f"""##- Please type your reply above this line -##

Hello Aisha,

We'd love to hear what you think of our customer service. Please take a moment
to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://awstcsupport.zendesk.com/requests/482913/satisfaction/good?token={rb64(20).replace('/', 'x').replace('+', 'y')}

Bad, I'm unsatisfied
https://awstcsupport.zendesk.com/requests/482913/satisfaction/bad?token={rb64(20).replace('/', 'x').replace('+', 'y')}

Here's a reminder of what your request was about:

  AWS Training and Certification case {I_CASE} - Certification account
  merge (Cloud Practitioner missing from transcript)

Thank you for your time.

AWS Training and Certification Support

This email is a service from AWS Training and Certification Support.
Delivered by Zendesk
"""
    html = html_wrap(f"""<div style="font-family:'Lucida Grande',Verdana,Arial;font-size:14px;background:#fff;padding:20px">
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Hello Aisha,</p><p>We'd love to hear what you think of our customer service. Please take a moment to answer one simple question by clicking either link below:</p>
<p><b>How would you rate the support you received?</b></p>
<p><a href="https://awstcsupport.zendesk.com/requests/482913/satisfaction/good">Good, I'm satisfied</a></p>
<p><a href="https://awstcsupport.zendesk.com/requests/482913/satisfaction/bad">Bad, I'm unsatisfied</a></p>
<p>Here's a reminder of what your request was about:</p>
<blockquote>AWS Training and Certification case {I_CASE} - Certification account merge (Cloud Practitioner missing from transcript)</blockquote>
<p>Thank you for your time.</p><p>AWS Training and Certification Support</p>
<p style="color:#aaa;font-size:11px">This email is a service from AWS Training and Certification Support. Delivered by <a href="https://www.zendesk.com">Zendesk</a></p></div>""")
    send('037-zendesk-csat-days-later.eml', 'survey', I_CASE, 'en',
         frm='"AWS Training and Certification Support" <support@awstcsupport.zendesk.com>', to=I_TO, date=d,
         sender='generic', subject=f'[AWS T&C Support] Re: Case {I_CASE} - How would you rate the support you received?',
         body=alt(new, html), new=new)


def m038():
    d = T(2020, 2, 20, 14, 2, 33)
    new = """Tom, you've earned a badge!

AWS Training and Certification has issued you a new badge:
AWS Certified SysOps Administrator - Associate

Accept your badge to share it on your social networks, add it to your email
signature and more.

Accept your badge: https://www.youracclaim.com/earner/earned/badge/""" + rhex(8) + """

Acclaim | Credly, Inc. | 1005 Pennsylvania Ave SE, Washington, DC 20003
"""
    send('038-acclaim-badge-2020-no-auth.eml', 'credly_badge_issued', None, 'en',
         frm='"AWS Training & Certification via Acclaim" <admin@youracclaim.com>', to=f'"Becker, Tom" <{D_TO}>',
         date=d, sender='credly', provider='corp',
         subject="You've earned a badge: AWS Certified SysOps Administrator - Associate",
         body=alt(new, html_wrap(p2html(new))), new=new)


def m039():
    d = T(2024, 11, 14, 3, 20, 8)
    badges = ['AWS Certified Security - Specialty', 'AWS Certified SysOps Administrator - Associate',
              'AWS Certified Solutions Architect - Associate']
    new = """Hi Lucas,

You have 3 new badges from AWS Training and Certification waiting for you:

""" + '\n'.join('  * ' + b for b in badges) + """

These badges were previously held under another Credly account and have been
re-issued to this account after your AWS Certification profiles were combined.

Accept your badges: https://www.credly.com/earner/earned

The Credly Team
"""
    html = html_wrap('<div style="max-width:560px;margin:auto;background:#fff;padding:24px;font-family:Helvetica">'
                     + p2html(new) + '<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept badges</a></p></div>')
    send('039-credly-three-badges-reissued.eml', 'credly_badge_issued', None, 'en',
         frm='"Credly" <admin@credly.com>', to=E_TO, date=d, sender='credly',
         subject='You have 3 new badges from AWS Training and Certification',
         body=alt(new, html, cte='base64'), new=new)


def m040():
    d = T(2025, 4, 2, 15, 0, 1)
    new = """Hi Daniel,

Your badge AWS Certified Cloud Practitioner, issued by AWS Training and
Certification, will expire on May 2, 2025.

To keep your badge active, recertify before the expiration date. Learn more
about recertification at https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/earner/earned

Credly, Inc.
"""
    send('040-credly-badge-expiry-reminder.eml', 'unrelated', None, 'en',
         frm='"Credly" <admin@credly.com>', to=A_TO, date=d, sender='credly',
         subject='Your AWS Certified Cloud Practitioner badge expires in 30 days',
         body=alt(new, html_wrap(p2html(new))), new=new)


def m041():
    d = T(2024, 11, 13, 22, 45, 19)
    code = '482 913'
    new = f"""Hi Lucas,

We received a request to merge your Credly account lucas.f@meridian-lab.com.br
into this account.

Your verification code is: {code}

Enter the code on the merge page or click the button below:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token={rhex(32)}

This code expires in 30 minutes. If you did not request this, you can ignore
this email and no changes will be made.

The Credly Team
"""
    send('041-credly-self-service-merge-code.eml', 'unrelated', None, 'en',
         frm='"Credly" <no-reply@credly.com>', to=E_TO, date=d, sender='credly',
         subject='Your Credly account merge code',
         body=alt(new, html_wrap(p2html(new))), new=new)


# ---------------------------------------------------------------- case J: console, Outlook
J_OPEN = T(2025, 9, 2, 19, 4, 51)
J_CASE = cid15(J_OPEN, '00265')
J_TO = 'oliver.grant@outlook.com'
J_CSUBJ = 'Certification accounts - duplicate profile'


def m042():
    d = T(2025, 9, 3, 14, 37, 2)
    new = f"""Hello Oliver,

Thank you for reaching out to AWS Support.

I have located two AWS Certification accounts that appear to belong to you:

- AWS02645519, registered to oliver.grant@outlook.com
- AWS05830076, registered to ogrant@tessellate.co.uk

Before I pass this to our Certification team, could you let me know which of
the two you would like to keep as your primary account? The account you keep
will hold all of your exam history and certifications, and the other one will
be deactivated.

Please reply using the Support Center link below, as this address cannot
receive e-mail.

Best regards,

Sandra M.
Amazon Web Services
""" + cfooter(J_CASE)
    send('042-console-which-account-to-keep.eml', 'support_reply', J_CASE, 'en',
         frm=CONSOLE_FROM, to=J_TO, date=d, provider='outlook',
         subject=f'RE:[CASE {J_CASE}] {J_CSUBJ}',
         body=alt(new, html_wrap(p2html(new))), new=new)


def m043():
    d = T(2025, 9, 5, 16, 2, 27)
    new = f"""Hello Oliver,

The work on your certification profiles is finished. AWS02645519 now holds the
exam history and both certifications that were previously on your second
profile, and you can sign in with oliver.grant@outlook.com straight away.

One separate question: while reviewing your profile I noticed an unused exam
discount from a past promotion that expires on 30 September. Would you like me
to send you instructions on how to apply it when you schedule your next exam?
If not, no action is needed on your side.

Best regards,

Sandra M.
Amazon Web Services
""" + cfooter(J_CASE)
    send('043-console-finished-plus-voucher-question.eml', 'merge_completed', J_CASE, 'en',
         frm=CONSOLE_FROM, to=J_TO, date=d, provider='outlook',
         subject=f'RE:[CASE {J_CASE}] {J_CSUBJ}',
         body=alt(new, html_wrap(p2html(new)), cte='base64'), new=new)


def m044():
    d = T(2025, 9, 11, 18, 30, 0)
    cells = ''.join(f'<td style="padding:2px"><a href="https://aws-support-feedback.amazon.com/nps?d={J_CASE}&amp;s={i}" '
                    f'style="display:block;width:30px;padding:8px 0;background:#e9ebed;color:#000716;text-align:center;text-decoration:none">{i}</a></td>'
                    for i in range(11))
    inner = f"""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-size:14px;color:#000716">
<tr><td style="padding:20px 24px;background:#232f3e;color:#fff;font-size:18px">AWS Support</td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Last week you worked with AWS Support on case <b>{J_CASE}</b>: {J_CSUBJ}.</p>
<p><b>Based on this case, how likely are you to recommend AWS Support to a friend or colleague?</b></p>
<table cellpadding="0" cellspacing="0"><tr>{cells}</tr></table>
<p style="font-size:12px;color:#5f6b7a">0 = Not at all likely &nbsp; 10 = Extremely likely</p>
<p>After you choose a score, you can tell us more in an optional comment.</p>
<p>Thank you,<br>AWS Support</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#5f6b7a">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. This survey is sent once per resolved case.</td></tr>
</table></td></tr></table>"""
    new = f'case {J_CASE} how likely are you to recommend AWS Support'
    send('044-console-nps-survey-week-later-crlf.eml', 'survey', J_CASE, 'en',
         frm='"AWS Support" <aws-support-feedback@amazon.com>', to=J_TO, date=d, provider='outlook',
         subject='How likely are you to recommend AWS Support?', crlf=True,
         body=tpart(html_wrap(inner, 'AWS Support'), 'html', cte='quoted-printable'), new=new)


# ---------------------------------------------------------------- case K: form desk, Gmail, windows-1252 labelled latin-1
K_OPEN = T(2025, 4, 24, 21, 8, 19)
K_CASE = cid15(K_OPEN, '00734')
K_TO = 'sofia.marquez.dev@gmail.com'
K_SUBJ = f'Re: RE:[CASE {K_CASE}] {FORM_SUBJ}'


def m045():
    d = T(2025, 4, 28, 13, 55, 30)
    new = """Hi Sofia,

You\u2019re all set \u2013 when you log in to your Certification account you\u2019ll
now see your Cloud Practitioner and Developer \u2013 Associate exams listed
together under AWS07719032. Nothing else is needed from your side.

Your case will be closed automatically, and you may receive a short survey
about your experience \u2013 we\u2019d really appreciate your feedback.

Cheers,
Liam O\u2019Connor
AWS Training and Certification
"""
    hist = f"""
-----Original Message-----
From: Sofia Marquez <{K_TO}>
Sent: Saturday, April 26, 2025 9:12 PM
To: {FORM}
Subject: Re: RE:[CASE {K_CASE}] {FORM_SUBJ}

Hi Liam, yes that\u2019s right \u2013 merge AWS-02291548 into AWS-07719032 please.
Sofia
"""
    send('045-form-youre-all-set-cp1252-labelled-latin1.eml', 'merge_completed', K_CASE, 'en',
         frm=FORM_FROM, to=K_TO, date=d, subject=f'RE:[CASE {K_CASE}] {FORM_SUBJ}',
         body=tpart(new + hist, cs='iso-8859-1', codec='cp1252', cte='quoted-printable'), new=new)


def m046():
    d = T(2025, 4, 28, 13, 57, 2)
    stars = ' '.join(f'{i}* https://survey.aws-tc-support.amazon.com/s?c={K_CASE}&r={i}' for i in range(1, 6))
    new = f"""Hello Sofia,

Case {K_CASE} - Resolved
Subject: Merge request for duplicate certification accounts

Please rate your experience with AWS Training and Certification Support:

""" + '\n'.join(f'  {"*" * i:<5}  https://survey.aws-tc-support.amazon.com/s?c={K_CASE}&r={i}' for i in range(5, 0, -1)) + """

You can also add a comment after choosing a rating.

AWS Training and Certification Support
"""
    starcells = ''.join(f'<a href="https://survey.aws-tc-support.amazon.com/s?c={K_CASE}&amp;r={i}" style="font-size:28px;color:#ff9900;text-decoration:none">&#9733;</a>' for i in range(1, 6))
    html = html_wrap(f"""<div style="max-width:600px;margin:auto;background:#fff;padding:24px;font-size:14px">
<p>Hello Sofia,</p><p style="font-size:16px"><b>Case {K_CASE} &ndash; Resolved</b><br>Subject: Merge request for duplicate certification accounts</p>
<p>Please rate your experience with AWS Training and Certification Support:</p><p>{starcells}</p>
<p>You can also add a comment after choosing a rating.</p><p>AWS Training and Certification Support</p></div>""")
    send('046-form-resolved-star-rating.eml', 'survey', K_CASE, 'en',
         frm=FORM_FROM, to=K_TO, date=d, subject=f'[CASE {K_CASE}] Resolved - rate your experience',
         body=alt(new, html), new=new)


def m047():
    d = T(2025, 4, 29, 7, 44, 12)
    forged = ('mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=aws2025 header.b=Qk9PTE1F;\n'
              '       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com')
    new = """Dear Customer,

Your recent account merge case with AWS Training and Certification has been
closed. Please tell us about your experience.

As a thank-you, customers who complete the 3-question survey receive a $50 AWS
Promotional Credit. To receive your credit, sign in with your AWS account and
payment details on the survey page:

http://aws-support-feedback.co/survey/claim?ref=merge-closed

This offer expires in 48 hours.

AWS Support Team
"""
    send('047-phish-survey-dmarc-fail-forged-lower-ar.eml', 'survey', None, 'en',
         frm=CONSOLE_FROM, to=K_TO, date=d, sender='generic', auth=('none', 'pass', 'fail'),
         host=('srv-mail4412.hostcloud-eu.racing', '185.234.72.19'), rp='info@srv-mail4412.hostcloud-eu.racing',
         msgid='<20250429074412.7C1A2B0044@srv-mail4412.hostcloud-eu.racing>',
         forged_ar=forged, subject='Your case is closed - tell us how we did and get $50 credit',
         body=alt(new, html_wrap(p2html(new))), new=new)


# ---------------------------------------------------------------- case L: form desk, JA, nifty
L_OPEN = T(2025, 8, 18, 2, 40, 11)
L_CASE = cid15(L_OPEN, '00458')
L_TO = 'sakura.nakamura@nifty.com'
L_SUBJ = f'RE:[CASE {L_CASE}] {FORM_SUBJ}'


def m048():
    d = T(2025, 8, 20, 0, 58, 3)
    new = f"""中村 さくら 様

AWS トレーニングと認定 サポートの森でございます。
ご返信いただき、誠にありがとうございます。

ご承諾の旨を確認いたしましたので、担当部署へ作業を依頼いたしました。
統合作業が完了次第、改めて本メールにてご連絡いたします。

なお、作業期間中はどちらのアカウントでも試験のご予約をお控えいただきますよう
お願い申し上げます。

森
AWS トレーニングと認定 サポート
"""
    hist = f"""
2025年8月19日(火) 21:14 中村さくら <{L_TO}>:
> 森様
>
> お世話になっております。
> AWS06107294 を AWS03982160 へ統合する内容で問題ありません。
> 手続きをお願いいたします。
>
> 中村
>
> 2025年8月19日(火) 11:30 Amazon Web Services <{FORM}>:
> > 中村 さくら 様
> >
> > 以下の内容で統合を進めてよろしいか、ご確認をお願いいたします。
> > 統合元: AWS06107294 / 統合先(存続): AWS03982160
"""
    send('048-form-ja-once-complete-we-will-contact.eml', 'support_reply', L_CASE, 'ja',
         frm=FORM_FROM, to=L_TO, date=d, provider='jp', subject=L_SUBJ,
         body=alt(new + hist, html_wrap(p2html(new) + '<blockquote>' + p2html(hist) + '</blockquote>', lang='ja')), new=new)


def m049():
    d = T(2025, 8, 21, 7, 16, 44)
    new = f"""中村 さくら 様

AWS トレーニングと認定 サポートの森でございます。

大変お待たせいたしました。ご依頼の手続きがすべて完了いたしました。

今後は sakura.nakamura@nifty.com でサインインいただければ、AWS03982160 にて、
すべての認定資格と受験履歴を 1 か所でご確認いただけます。

本件はこれにてクローズとさせていただきます。
よろしければ、今回の対応について以下のアンケートにご協力ください。
https://survey.aws-tc-support.amazon.com/r?c={L_CASE}&lang=ja

森
AWS トレーニングと認定 サポート
"""
    send('049-form-ja-all-done-closing-with-survey-link.eml', 'merge_completed', L_CASE, 'ja',
         frm=FORM_FROM, to=L_TO, date=d, provider='jp', subject=L_SUBJ,
         body=tpart(new, cs='iso-2022-jp', cte='7bit', label='ISO-2022-JP'), new=new)


# ---------------------------------------------------------------- case M: form desk, Gmail, nested quotes
M_OPEN = T(2025, 4, 7, 5, 12, 44)
M_CASE = cid15(M_OPEN, '00811')
M_TO = 'rahul.verma.aws@gmail.com'
M_SUBJ = f'RE:[CASE {M_CASE}] {FORM_SUBJ}'


def m050():
    d = T(2025, 4, 9, 11, 3, 58)
    new = """Dear Rahul,

Greetings from AWS Training and Certification!

Your request to consolidate the two certification profiles has been actioned
successfully. You may now sign in & view all of your exam records from both
profiles under the candidate ID AWS01847362 using rahul.verma.aws@gmail.com.

Kindly allow 24-48 hours for the Credly badges to reflect.

Warm Regards,
Deepika R.
AWS Training and Certification
"""
    hist = f"""
On Tue, 8 Apr 2025 at 19:22, Rahul Verma <{M_TO}> wrote:

> Hi Deepika,
>
> Yes, please go ahead. AWS04528810 into AWS01847362.
>
> Regards,
> Rahul
>
> On Tue, 8 Apr 2025 at 15:40, Amazon Web Services <{FORM}> wrote:
>
> > Dear Rahul,
> >
> > Kindly confirm that candidate ID AWS04528810 (rahul.v@infolane.in) may be
> > merged into candidate ID AWS01847362 (rahul.verma.aws@gmail.com). The
> > merge is permanent.
> >
> > Warm Regards,
> > Deepika R.
"""
    send('050-form-actioned-nested-quotes.eml', 'merge_completed', M_CASE, 'en',
         frm=FORM_FROM, to=M_TO, date=d, subject=M_SUBJ,
         body=alt(new + hist, html_wrap(p2html(new) + '<blockquote>' + p2html(hist) + '</blockquote>')), new=new)


# ---------------------------------------------------------------- case N: Fastmail export, no AR
N_OPEN = T(2024, 6, 17, 9, 30, 5)
N_CASE = cid15(N_OPEN, '00093')
N_TO = 'chloe@martin.fm'


def m051():
    d = T(2024, 6, 20, 15, 47, 19)
    new = """Hello Chloe,

Your request has been completed. From today you can use chloe@martin.fm to
sign in to AWS Certification (candidate ID AWS05273391); the certifications
and the exam history from both of your former logins are available there.

Your certification benefits, including the 50% discount on your next exam, have
been carried over as well.

This case will now be closed. Thank you for choosing AWS Training and
Certification.

Regards,
Peter
AWS Training and Certification
"""
    hist = f"""
________________________________
From: Chloe Martin <{N_TO}>
Sent: Tuesday, June 18, 2024 8:05 PM
To: Amazon Web Services <{FORM}>
Subject: Re: RE:[CASE {N_CASE}] {FORM_SUBJ}

Confirmed - please combine AWS08120556 into AWS05273391.

Chloe
"""
    send('051-form-completed-benefits-carried-no-ar.eml', 'merge_completed', N_CASE, 'en',
         frm=FORM_FROM, to=N_TO, date=d, provider='plain', subject=f'RE:[CASE {N_CASE}] {FORM_SUBJ}',
         body=tpart(new + hist, cte='quoted-printable'), new=new)


# ---------------------------------------------------------------- unrelated look-alikes
def m052():
    d = T(2025, 5, 6, 17, 22, 40)
    new = """Hello from Amazon Selling Partner Support,

Thank you for your patience. The two duplicate detail pages you reported for
ASIN B0C7QK2M4F and B0C7QK9X1R have now been merged, and your offers appear on
a single listing. It can take up to 24 hours for the change to show in
Manage All Inventory.

We have resolved this case. If the issue returns, you can reopen it by
replying to this email.

Was this response helpful? Yes | No
https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=5884881212

Best regards,
Ravi
Amazon Selling Partner Support
"""
    send('052-seller-central-case-asins-merged.eml', 'unrelated', '5884881212', 'en',
         frm='"Amazon Selling Partner Support" <no-reply@sellersupport.amazon.com>', to=A_TO, date=d,
         subject='RE:[CASE 5884881212] Duplicate listings for the same product',
         body=alt(new, html_wrap(p2html(new))), new=new)


BILL_CASE = cid15(T(2025, 6, 2, 8, 15, 27), '00657')


def m053():
    d = T(2025, 6, 4, 12, 3, 49)
    new = f"""Hello,

I'm glad we could clarify the charges on your account. As discussed, the
remaining Elastic IP and EBS snapshot charges stopped after the resources were
released, and a credit of USD 14.72 has been applied to your May invoice.

Since your billing question has been answered, I will resolve this case. If
you need further help, you can reopen it from the Support Center.

We value your feedback. Please share your experience by rating this
correspondence using the link at the bottom of this page.

Best regards,

Kevin T.
Amazon Web Services
""" + cfooter(BILL_CASE)
    send('053-other-aws-case-billing-resolved-rate.eml', 'unrelated', BILL_CASE, 'en',
         frm=CONSOLE_FROM, to=M_TO, date=d,
         subject=f'RE:[CASE {BILL_CASE}] Unexpected charges after closing resources',
         body=alt(new, html_wrap(p2html(new))), new=new)


QUOTA_CASE = cid15(T(2025, 9, 15, 10, 1, 33), '00022')


def m054():
    d = T(2025, 9, 15, 10, 1, 50)
    new = f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {QUOTA_CASE} to
address your issue.

The details of your case are as follows:

Case ID: {QUOTA_CASE}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: eu-west-1
Primary Instance Type: All G instances
Limit name: Instance Limit
New limit value: 32
Use case description: GPU training for the ML team
""" + cfooter(QUOTA_CASE)
    send('054-other-aws-case-quota-opened.eml', 'unrelated', QUOTA_CASE, 'en',
         frm=CONSOLE_FROM, to=J_TO, date=d, provider='outlook',
         subject=f'Amazon Web Services: You have opened a new Support case: {QUOTA_CASE}',
         body=alt(new, html_wrap(p2html(new)), cte='base64'), new=new)


def m055():
    d = T(2025, 3, 20, 20, 0, 4)
    new = """Hello Daniel Okafor,

AWS Certification wants to hear from you!

Thank you for taking the AWS Certified Developer - Associate exam. Please take
a few minutes to tell us about your experience with the exam, the registration
process and your Certification Account (candidate ID: AWS02937165).

Take the survey: https://www.certmetrics.com/amazon/survey.aspx?s=71204

Regards,
AWS Certification

This email was sent by CertMetrics on behalf of AWS Certification. Please do
not reply to this email.
"""
    send('055-certmetrics-wants-to-hear-from-you.eml', 'unrelated', None, 'en',
         frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=A_TO, date=d, sender='generic',
         subject='AWS Certification wants to hear from you',
         body=alt(new, html_wrap(p2html(new))), new=new)


def m056():
    d = T(2025, 10, 2, 14, 18, 33)
    new = """Dear Oliver Grant,

Thank you for scheduling your exam with Pearson VUE. This email confirms your
appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Thursday, October 16, 2025 at 09:00 AM BST
Delivery: OnVUE online proctored exam
Registration ID: 512883907
Candidate ID: AWS02645519

Please complete the system test before exam day and have a valid
government-issued ID ready.

To reschedule or cancel, sign in to your AWS Certification Account at least 24
hours before your appointment.

Sincerely,
Pearson VUE
"""
    send('056-pearson-vue-appointment.eml', 'unrelated', None, 'en',
         frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', to=J_TO, date=d, sender='generic',
         provider='outlook', subject='Pearson VUE Confirmation of Booking',
         body=alt(new, html_wrap(p2html(new))), new=new)


def m057():
    d = T(2024, 6, 21, 9, 2, 11)
    new = """Verify your AWS Builder ID email address

Hello,

To finish signing in with your AWS Builder ID, enter the following
verification code:

Verification code: 718254

This code expires 10 minutes after it was sent. If you did not request this
code, you can ignore this email.

Amazon Web Services
"""
    send('057-builder-id-verification-code-no-ar.eml', 'unrelated', None, 'en',
         frm='"AWS Builder ID" <no-reply@signin.aws>', to=N_TO, date=d, sender='ses-other', provider='plain',
         subject='Verify your AWS Builder ID email address',
         body=alt(new, html_wrap(p2html(new))), new=new)


def m058():
    d = T(2025, 4, 11, 8, 47, 30)
    new = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/meridian-lab/cert-tracker/pull/214#event-17238840112
You are receiving this because you authored the thread.
"""
    send('058-github-pr-merged-notification.eml', 'unrelated', None, 'en',
         frm='"Rahul Verma" <notifications@github.com>', to=M_TO, date=d, sender='generic',
         reply_to='meridian-lab/cert-tracker <reply+ABCDE5LQ7Y3KX2VZ@reply.github.com>',
         subject='Re: [meridian-lab/cert-tracker] Merge duplicate candidate records by AWS ID (PR #214)',
         extra=(('List-ID', 'meridian-lab/cert-tracker <cert-tracker.meridian-lab.github.com>'),
                ('X-GitHub-Reason', 'author')),
         body=alt(new, html_wrap(p2html(new))), new=new)


def m059():
    d = T(2025, 6, 10, 16, 0, 0)
    new = """AWS Training and Certification | June 2025

New this month
- AWS Certified AI Practitioner: new exam prep plan in AWS Skill Builder
- Free digital courses on generative AI for builders and business leaders
- Reminder: certified individuals get 50% off their next AWS Certification exam

Already certified? Sign in to your AWS Certification Account to find your
benefits and share your Credly badges.

You are receiving this email because you subscribed to AWS Training and
Certification communications. Unsubscribe:
https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    send('059-aws-training-newsletter.eml', 'unrelated', None, 'en',
         frm='"AWS Training and Certification" <aws-training-and-certification@amazon.com>', to=F_TO, date=d,
         provider='yahoo', subject=hx('What\u2019s new in AWS Training and Certification \u2013 June 2025', 'UTF-8', 'Q'),
         body=alt(new, html_wrap(p2html(new))), new=new)


def m060():
    d = T(2025, 8, 3, 23, 51, 7)
    new = """Dear AWS Customer,

We were unable to process the payment for your AWS account. As a result, your
account and all running services have been temporarily suspended.

To avoid permanent deletion of your resources, please update your billing
information within 24 hours:

https://aws-amazon-billing-support.com/account/update

Thank you,
Amazon Web Services Billing
"""
    send('060-phish-billing-suspended-lookalike.eml', 'unrelated', None, 'en',
         frm='"Amazon Web Services" <billing@aws-amazon-billing-support.com>', to=L_TO, date=d,
         sender='generic', provider='jp', auth=('none', 'pass', 'none'),
         subject='Action Required: Your AWS account has been suspended',
         body=alt(new, html_wrap(p2html(new))), new=new)


# === END MAILS ===


def main():
    for fn in os.listdir(OUT):
        if fn.endswith('.eml'):
            os.remove(os.path.join(OUT, fn))
    for name, fnc in sorted(globals().items()):
        if name.startswith('m') and name[1:4].isdigit() and callable(fnc):
            fnc()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), 'mails')


if __name__ == '__main__':
    main()
