#!/usr/bin/env python3
"""Generator for blind set 315: AWS Certification account-merge mailbox.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json next to this file.
"""
import base64
import calendar
import html as htmlmod
import json
import os
import quopri
import random
import re
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.message import Message
from email import policy, utils

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(315)
POL = policy.compat32.clone(max_line_length=None)
LABELS = {}

UTC = timezone.utc
JST = timezone(timedelta(hours=9), 'JST')
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


# ---------------------------------------------------------------- small utils
def T(y, mo, d, h=0, mi=0, s=0):
    """Unix time of a UTC wall-clock time."""
    return calendar.timegm((y, mo, d, h, mi, s))


def case15(t, tail):
    return f"{t}{tail}"


def pac(t):
    """US Pacific offset for Gmail Received lines (rough DST rule)."""
    d = datetime.fromtimestamp(t, UTC)
    dst = (3, 10) <= (d.month, d.day) and (d.month, d.day) < (11, 3)
    return timezone(timedelta(hours=-7 if dst else -8), 'PDT' if dst else 'PST')


def rfc(t, tz=UTC, name=False):
    d = datetime.fromtimestamp(t, tz)
    s = utils.format_datetime(d)
    if name and tz.tzname(None):
        s += f" ({tz.tzname(None)})"
    return s


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ralnum(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def rb64(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(n))


def fold_b64(s, width=70, indent='\t '):
    chunks = [s[i:i + width] for i in range(0, len(s), width)]
    return ('\n' + indent).join(chunks)


def ses_id(t, host='email.amazonses.com'):
    ms = int(t * 1000) + R.randint(0, 999)
    return f"<0100{ms:012x}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000@{host}>"


def enc_subject(s, cs='utf-8'):
    return Header(s, cs, header_name='Subject').encode(maxlinelen=76, linesep='\n')


def enc_name(name, addr, cs='utf-8'):
    try:
        name.encode('ascii')
        return f'"{name}" <{addr}>'
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{addr}>"


# ---------------------------------------------------------------- authentication
def ar_gmail(ar, ip, mailfrom):
    out = []
    for res, dom, sel in ar.get('dkim', []):
        out.append(f"dkim={res} header.i=@{dom} header.s={sel} header.b={ralnum(8)}")
    spf = ar.get('spf', 'pass')
    if spf == 'pass':
        out.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    elif spf:
        out.append(f"spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    if ar.get('dmarc'):
        res, dom, p = ar['dmarc']
        out.append(f"dmarc={res} (p={p} sp={p} dis={'NONE' if res == 'pass' else p}) header.from={dom}")
    return 'mx.google.com;\n       ' + ';\n       '.join(out)


def ar_outlook(ar, ip, mailfrom):
    mfdom = mailfrom.split('@')[-1]
    parts = [f"spf={ar.get('spf', 'pass')} (sender IP is {ip}) smtp.mailfrom={mfdom}"]
    for res, dom, sel in ar.get('dkim', []):
        why = 'signature was verified' if res == 'pass' else 'signature did not verify'
        parts.append(f"dkim={res} ({why}) header.d={dom}")
    if ar.get('dmarc'):
        res, dom, p = ar['dmarc']
        act = 'none' if res == 'pass' else p.lower()
        parts.append(f"dmarc={res} action={act} header.from={dom}")
        parts.append('compauth=pass reason=100' if res == 'pass' else 'compauth=fail reason=000')
    s = ';'.join(parts)
    # Exchange folds at spaces, continuation lines start with one space
    words, lines, cur = s.split(' '), [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > 66:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def ar_generic(authserv, ar, ip, mailfrom):
    parts = []
    spf = ar.get('spf', 'pass')
    if spf:
        parts.append(f"spf={spf} smtp.mailfrom={mailfrom}")
    for res, dom, sel in ar.get('dkim', []):
        parts.append(f"dkim={res} header.d={dom} header.s={sel}")
    if ar.get('dmarc'):
        res, dom, p = ar['dmarc']
        parts.append(f"dmarc={res} header.from={dom}")
    return f"{authserv};\n\t" + ';\n\t'.join(parts)


def ar_fastmail(ar, ip, mailfrom, helo):
    parts = []
    for res, dom, sel in ar.get('dkim', []):
        parts.append(f"dkim={res} (2048-bit rsa key sha256) header.d={dom} header.i=@{dom} header.b={ralnum(8)} header.a=rsa-sha256 header.s={sel} x-bits=2048")
    if ar.get('dmarc'):
        res, dom, p = ar['dmarc']
        disp = 'none' if res == 'pass' else p
        parts.append(f"dmarc={res} policy.published-domain-policy={p} policy.applied-disposition={disp} policy.evaluated-disposition={disp} (p={p},d=none,d.eval={disp}) policy.policy-from=p header.from={dom}")
    parts.append(f"spf={ar.get('spf', 'pass')} smtp.mailfrom={mailfrom} smtp.helo={helo}")
    return 'mx4.messagingengine.com;\n    ' + ';\n    '.join(parts)


def received_gmail(rcpt, t, relay, ip, mailfrom, ar):
    tz = pac(t)
    d1, d0 = rfc(t + 2, tz, True), rfc(t + 1, tz, True)
    h = [('Delivered-To', rcpt),
         ('Received', f"by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(6).lower()}csp{R.randint(100000, 9999999)}{ralnum(3).lower()};\n        {d1}"),
         ('X-Google-Smtp-Source', 'AGHT+I' + rb64(70)),
         ('X-Received', f"by 2002:a05:620a:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(20).lower()}.{R.randint(10, 99)}.{R.randint(1000000000000, 9999999999999)};\n        {d1}"),
         ('ARC-Seal', f"i=1; a=rsa-sha256; t={t + 1}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b64(rb64(344), 64, '        ')}"),
         ('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(43)}=;\n        fh=;\n        b={fold_b64(rb64(344), 64, '        ')}"),
         ('ARC-Authentication-Results', 'i=1; ' + ar_gmail(ar, ip, mailfrom)) if ar else None,
         ('Return-Path', f"<{mailfrom}>"),
         ('Received', f"from {relay} ({relay}. [{ip}])\n        by mx.google.com with ESMTPS id {ralnum(20).lower()}.{R.randint(100, 999)}.{R.randint(2025, 2025)}.{R.randint(10**11, 10**12)}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {d0}"),
         ('Received-SPF', f"{ar.get('spf', 'pass') if ar else 'pass'} (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};"),
         ('Authentication-Results', ar_gmail(ar, ip, mailfrom)) if ar else None]
    return [x for x in h if x]


def received_outlook(rcpt, t, relay, ip, mailfrom, ar, consumer=False):
    pod = 'namprd' if not consumer else 'namprd'
    a, b, c = (f"{R.choice(['SJ0PR', 'PH7PR', 'BY5PR', 'DM6PR', 'MW4PR'])}{R.randint(10, 19)}MB{R.randint(1000, 9999)}" for _ in range(3))
    fe = f"BN{R.randint(1, 9)}PEPF0000{R.randint(1000, 9999)}"
    d = lambda k: rfc(t + k, UTC)
    ver = '15.20.' + f"{R.randint(7000, 8999)}.{R.randint(10, 40)}"
    h = [('Received', f"from {a}.{pod}{R.randint(10, 19)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)})\n by {b}.{pod}{R.randint(10, 19)}.prod.outlook.com with HTTPS; {d(3)}"),
         ('Received', f"from {c}.{pod}{R.randint(10, 19)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)})\n by {a}.{pod}{R.randint(10, 19)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {d(2)}"),
         ('Received', f"from {fe}.{pod}s{R.randint(1, 9)}.prod.outlook.com\n (2603:10b6:{rhex(3)}:{rhex(3)}:cafe::{rhex(2)}) by {c}.outlook.office365.com\n (2603:10b6:{rhex(3)}:{rhex(3)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {d(2)}")]
    if ar:
        h.append(('Authentication-Results', ar_outlook(ar, ip, mailfrom)))
    spf = (ar or {}).get('spf', 'pass')
    mfdom = mailfrom.split('@')[-1]
    h.append(('Received-SPF', f"{spf.capitalize()} (protection.outlook.com: domain of {mfdom} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={relay}; pr=C"))
    h.append(('Received', f"from {relay} ({ip}) by\n {fe}.mail.protection.outlook.com (10.167.{R.randint(240, 250)}.{R.randint(2, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend\n Transport; {d(1)}"))
    return h


def received_jp(provider, rcpt, t, relay, ip, mailfrom, ar):
    d = lambda k: rfc(t + k, JST)
    if provider == 'nifty':
        h = [('Return-Path', f"<{mailfrom}>"),
             ('Received', f"from mta-snd-w0{R.randint(1, 9)}.mail.nifty.com by mta-rcv-w0{R.randint(1, 9)}.mail.nifty.com\n          with ESMTP\n          id <{datetime.fromtimestamp(t, UTC).strftime('%Y%m%d%H%M%S')}{R.randint(100, 999)}.{ralnum(4).upper()}.{R.randint(10000, 99999)}.mta-rcv-w04@mta-rcv-w04.mail.nifty.com>\n          for <{rcpt}>; {d(2)}")]
        if ar:
            h.append(('Authentication-Results', ar_generic('mx.nifty.com', ar, ip, mailfrom)))
        h.append(('Received', f"from {relay} ([{ip}])\n\tby mta-snd-w0{R.randint(1, 9)}.mail.nifty.com with ESMTPS id {ralnum(12)};\n\t{d(1)}"))
    elif provider == 'biglobe':
        h = [('Return-Path', f"<{mailfrom}>"),
             ('Received', f"from mtaib{R.randint(10, 99)}.biglobe.ne.jp by mailbox{R.randint(10, 99)}.biglobe.ne.jp\n\t(Postfix) with LMTP id {rhex(10).upper()} for <{rcpt}>; {d(2)}")]
        if ar:
            h.append(('Authentication-Results', ar_generic('biglobe.ne.jp', ar, ip, mailfrom)))
        h.append(('Received', f"from {relay} ({relay} [{ip}])\n\tby mtaib{R.randint(10, 99)}.biglobe.ne.jp (Postfix) with ESMTPS id {rhex(10).upper()}\n\tfor <{rcpt}>; {d(1)}"))
    elif provider == 'docomo':
        h = [('Return-Path', f"<{mailfrom}>"),
             ('Received', f"from mfsmax.docomo.ne.jp (mfsmax{R.randint(1, 9)}.docomo.ne.jp [10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby mail.docomo.ne.jp with ESMTP id {ralnum(10)} for <{rcpt}>; {d(2)}")]
        if ar:
            h.append(('Authentication-Results', ar_generic('mfsmax.docomo.ne.jp', ar, ip, mailfrom)))
        h.append(('Received', f"from {relay} ([{ip}]) by mfsmax.docomo.ne.jp\n\twith ESMTPS id {ralnum(14)}; {d(1)}"))
    elif provider == 'ocn':
        h = [('Return-Path', f"<{mailfrom}>"),
             ('Received', f"from md-inbound{R.randint(1, 9)}.ocn.ad.jp (localhost [127.0.0.1]) by md{R.randint(10, 99)}.ocn.ad.jp\n\t(Postfix) with ESMTP id {rhex(12).upper()} for <{rcpt}>; {d(2)}")]
        if ar:
            h.append(('Authentication-Results', ar_generic('ocn.ad.jp', ar, ip, mailfrom)))
        h.append(('Received', f"from {relay} ({relay} [{ip}])\n\tby md-inbound{R.randint(1, 9)}.ocn.ad.jp (Postfix) with ESMTPS id {rhex(12).upper()}\n\tfor <{rcpt}>; {d(1)}"))
    elif provider == 'libero':
        d = lambda k: rfc(t + k, CET)
        h = [('Return-Path', f"<{mailfrom}>"),
             ('Received', f"from smtp-in.libero.it ([10.101.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby mailbox.libero.it with LMTP id {ralnum(10)}\n\tfor <{rcpt}>; {d(2)}")]
        if ar:
            h.append(('Authentication-Results', ar_generic('libero.it', ar, ip, mailfrom)))
        h.append(('Received', f"from {relay} ([{ip}])\n\tby smtp-in.libero.it with ESMTP\n\tid {ralnum(14)}; {d(1)}"))
    else:
        raise ValueError(provider)
    return h


def received_fastmail(rcpt, t, relay, ip, mailfrom, ar):
    tz = timezone(timedelta(hours=-4), 'EDT')
    h = [('Return-Path', f"<{mailfrom}>"),
         ('Received', f"from compute{R.randint(1, 9)}.internal (compute{R.randint(1, 9)}.nyi.internal [10.202.2.{R.randint(40, 49)}])\n\t by sloti{R.randint(10, 99)}n{R.randint(1, 20)} (Cyrus 3.13.0-alpha0-{R.randint(100, 999)}-g{rhex(8)}) with LMTPA;\n\t {rfc(t + 2, tz)}"),
         ('X-Cyrus-Session-Id', f"sloti{R.randint(10, 99)}n{R.randint(1, 20)}-{t}-{R.randint(100000, 999999)}-2-{R.randint(10**18, 10**19)}"),
         ('X-Sieve', 'CMU Sieve 3.0'),
         ('X-Spam-known-sender', 'no')]
    if ar:
        h.append(('Authentication-Results', ar_fastmail(ar, ip, mailfrom, relay)))
    h.append(('Received', f"from mx4.messagingengine.com (localhost [127.0.0.1])\n\t  by mailmx.nyi.internal (Postfix) with ESMTP id {rhex(10).upper()}\n\t  for <{rcpt}>; {rfc(t + 1, tz)}"))
    h.append(('Received', f"from {relay} ({relay} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx4.messagingengine.com (Postfix) with ESMTPS\n\tfor <{rcpt}>; {rfc(t + 1, tz)}"))
    return h


def received_plain(rcpt, t, relay, ip, mx, tz=UTC, mailfrom=None):
    """Trace without any Authentication-Results (old/corporate/archived mail)."""
    return [('Return-Path', f"<{mailfrom or 'bounce@' + relay.split('.', 1)[-1]}>"),
            ('Received', f"from {mx} ({mx} [{ip}])\n\tby mail.localdomain (Postfix) with ESMTP id {rhex(10).upper()}\n\tfor <{rcpt}>; {rfc(t + 2, tz)}"),
            ('Received', f"from {relay} ({relay} [{ip}])\n\tby {mx} with ESMTP id {ralnum(12)}; {rfc(t + 1, tz)}")]


def dkim(d, s, t, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    return ('DKIM-Signature',
            f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={t};\n\th={h};\n\tbh={rb64(43)}=;\n\tb={fold_b64(rb64(342) + '==', 70, chr(9))}")


NONE_MX = {'libero.it': 'smtp-in.libero.it', 'contoso-eng.com': 'mx1.contoso-eng.com'}
SEL_AMZ = 'rjrnd7ydv4f7yxvt5jrghh5vzgs5bdfm'
SEL_SES = '224i4yxa5dv7c2xz3womw6peuasteono'
SEL_SES_W2 = 'hsbnp7p3ensaochzwyq5wwmceodymuwv'
SEL_CREDLY = 's1'


def ses_ip():
    return R.choice(['54.240.8.', '54.240.9.', '54.240.48.', '54.240.11.']) + str(R.randint(2, 250))


def ses_relay(ip):
    return f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"


def amazon_ar(pass_=True, from_dom='amazon.com'):
    if pass_:
        return {'dkim': [('pass', from_dom, SEL_AMZ), ('pass', 'amazonses.com', SEL_SES)], 'spf': 'pass',
                'dmarc': ('pass', from_dom, 'QUARANTINE')}
    return {'dkim': [('fail', from_dom, SEL_AMZ)], 'spf': 'softfail', 'dmarc': ('fail', from_dom, 'QUARANTINE')}


# ---------------------------------------------------------------- bodies
def part(text, subtype='plain', cs='utf-8', cte='quoted-printable', label=None, codec=None, quote_cs=True):
    if not text.endswith('\n'):
        text += '\n'
    raw = text.encode(codec or cs)
    m = Message()
    lab = label or cs
    m['Content-Type'] = f'text/{subtype}; charset="{lab}"' if quote_cs else f'text/{subtype}; charset={lab}'
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        p = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        p = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        p = raw.decode('ascii')
    elif cte == '8bit':
        p = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    m.set_payload(p)
    return m


def multi(subtype, parts):
    m = Message()
    b = f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 10**13)}"
    m['Content-Type'] = f'multipart/{subtype}; \n\tboundary="{b}"'
    m.set_payload(parts)
    return m


URL_RE = re.compile(r'(https?://[^\s<>"]+)')


def to_html_inner(plain):
    """plain text -> HTML; '>' quoted runs become nested blockquotes."""
    lines = plain.split('\n')
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith('>'):
            j = i
            q = []
            while j < len(lines) and lines[j].startswith('>'):
                l = lines[j][1:]
                q.append(l[1:] if l.startswith(' ') else l)
                j += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + to_html_inner('\n'.join(q)) + '</blockquote>')
            i = j
            continue
        block = []
        while i < len(lines) and lines[i].strip() and not lines[i].startswith('>'):
            block.append(lines[i])
            i += 1
        if block:
            esc = [URL_RE.sub(r'<a href="\1">\1</a>', htmlmod.escape(b, quote=False)) for b in block]
            out.append('<p>' + '<br>\n'.join(esc) + '</p>')
        else:
            i += 1
    return '\n'.join(out)


def html_doc(inner, cs='utf-8', head_title='', brand=None, footer=''):
    top = ''
    if brand == 'aws':
        top = ('<table width="100%" cellpadding="0" cellspacing="0" style="background:#232f3e"><tr><td style="padding:12px 20px">'
               '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" '
               'alt="Amazon Web Services" height="30"></td></tr></table>\n')
    elif brand == 'credly':
        top = ('<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">'
               '<img src="https://images.credly.com/images/credly-logo-orange.png" alt="Credly" width="110"></td></tr></table>\n')
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}">'
            f'<title>{htmlmod.escape(head_title)}</title></head>\n'
            f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n{top}'
            f'<div style="padding:16px 20px;max-width:640px">\n{inner}\n</div>\n{footer}</body></html>\n')


def alt(plain, cs='utf-8', cte='quoted-printable', brand=None, title='', html_extra_footer='', html_cte=None,
        codec=None, label=None):
    h = html_doc(to_html_inner(plain), cs=label or cs, head_title=title, brand=brand, footer=html_extra_footer)
    return multi('alternative', [part(plain, 'plain', cs, cte, label=label, codec=codec),
                                 part(h, 'html', cs, html_cte or cte, label=label, codec=codec)])


# ---------------------------------------------------------------- quoting styles
def prefix(text, p='> '):
    return '\n'.join((p + l) if l.strip() else p.rstrip() for l in text.split('\n'))


def q_gmail(when, who, text):
    return f"On {when} {who} wrote:\n" + prefix(text)


def q_outlook(frm, sent, to, subj, text, line='________________________________'):
    return f"{line}\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{text}"


def q_original(frm, sent, to, subj, text):
    return f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{text}"


def q_ja(when, who, text):
    return f"{when} {who}:\n" + prefix(text)


# ---------------------------------------------------------------- labels / output
ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)


def ids_in(text):
    return sorted({'AWS' + m.group(1) for m in ID_RE.finditer(text)})


def emit(fname, *, kind, case_id, lang, verified, trace, sigs, hdrs, body, new):
    m = Message()
    for k, v in trace:
        m[k] = v
    for k, v in sigs:
        m[k] = v
    for k, v in hdrs:
        if v is not None:
            m[k] = v
    m['MIME-Version'] = '1.0'
    for k in ('Content-Type', 'Content-Transfer-Encoding'):
        if body[k]:
            m[k] = body[k]
    m.set_payload(body._payload)
    data = m.as_bytes(policy=POL)
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': ids_in(new),
                     'sender_verified': verified, 'language': lang}


def std(frm, to, subject, t, msgid, tz=UTC, extra=()):
    h = [('From', frm), ('To', to), ('Subject', fold_ascii(subject)), ('Date', rfc(t, tz)), ('Message-ID', msgid)]
    return h + list(extra)


def ses_extra(t, region='us-east-1', ip=None):
    return [('Feedback-ID', f"1.{region}.{rb64(43)}=:AmazonSES"),
            ('X-SES-Outgoing', datetime.fromtimestamp(t, UTC).strftime('%Y.%m.%d') + '-' + (ip or ses_ip()))]


def fold_ascii(v, width=76):
    if '\n' in v or len(v) <= width or any(ord(c) > 127 for c in v):
        return v
    words, lines, cur = v.split(' '), [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width - 10:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return '\n '.join(lines)


# ============================================================================
# Personas / constants
# ============================================================================
FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORM_FROM = f'"Amazon Web Services" <{FORM}>'
NOREPLY = 'no-reply-aws@amazon.com'
NOREPLY_FROM = f'"Amazon Web Services" <{NOREPLY}>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

CONSOLE_FOOT = ("To see all the correspondence for this case, or to reply, please sign in to the AWS Support Center:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language={lang}\n\n"
                "(If you are connecting by federation, log in before following the link.)\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
                "Please use the link above if you need to contact us again about this same issue.\n\n"
                "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark "
                "of Amazon.com, Inc. or its affiliates.")


def aws_mail(fname, *, kind, case_id, lang, rcpt, rcpt_name, t, subject, body, new, frm=FORM_FROM,
             provider='gmail', ar=True, from_dom='amazon.com', extra=(), region='us-east-1', verified=None,
             forged=()):
    """A genuine (or spoofed, ar=False) AWS SES mail."""
    ip = ses_ip()
    relay = ses_relay(ip)
    mid = ses_id(t)
    mailfrom = mid[1:-1].split('@')[0] + '@email.amazonses.com'
    arv = amazon_ar(ar, from_dom) if isinstance(ar, bool) else ar
    to = f'"{rcpt_name}" <{rcpt}>' if rcpt_name and all(ord(c) < 128 for c in rcpt_name) else (
        enc_name(rcpt_name, rcpt) if rcpt_name else rcpt)
    if provider == 'gmail':
        trace = received_gmail(rcpt, t, relay, ip, mailfrom, arv)
    elif provider in ('outlook', 'o365'):
        trace = received_outlook(rcpt, t, relay, ip, mailfrom, arv, consumer=(provider == 'outlook'))
    elif provider == 'fastmail':
        trace = received_fastmail(rcpt, t, relay, ip, mailfrom, arv)
    elif provider == 'none':
        trace = received_plain(rcpt, t, relay, ip, NONE_MX.get(rcpt.split('@')[-1], 'mx.localdomain'), mailfrom=mailfrom)
    else:
        trace = received_jp(provider, rcpt, t, relay, ip, mailfrom, arv)
    sigs = [dkim(from_dom, SEL_AMZ, t), dkim('amazonses.com', SEL_SES, t,
                                              'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID')]
    if verified is None and ar is not None:
        verified = ar if isinstance(ar, bool) else (ar.get('dmarc') or ('pass',))[0] == 'pass'
    trace = trace + list(forged)
    emit(fname, kind=kind, case_id=case_id, lang=lang, verified=verified, trace=trace, sigs=sigs,
         hdrs=std(frm, to, subject, t, mid, extra=list(extra) + ses_extra(t, region, ip)), body=body, new=new)


def ext_mail(fname, *, kind, case_id, lang, verified, rcpt, t, frm, to, subject, body, new, provider, relay, ip,
             mailfrom, ar, sigs=(), msgid=None, extra=(), tz=UTC):
    """Any non-SES mail (Credly, look-alikes, third parties)."""
    if provider == 'gmail':
        trace = received_gmail(rcpt, t, relay, ip, mailfrom, ar)
    elif provider in ('outlook', 'o365'):
        trace = received_outlook(rcpt, t, relay, ip, mailfrom, ar)
    elif provider == 'fastmail':
        trace = received_fastmail(rcpt, t, relay, ip, mailfrom, ar)
    elif provider == 'none':
        trace = received_plain(rcpt, t, relay, ip, NONE_MX.get(rcpt.split('@')[-1], 'mx.localdomain'), tz, mailfrom=mailfrom)
    else:
        trace = received_jp(provider, rcpt, t, relay, ip, mailfrom, ar)
    mid = msgid or f"<{ralnum(22)}@{frm.split('@')[-1].rstrip('>')}>"
    emit(fname, kind=kind, case_id=case_id, lang=lang, verified=verified, trace=trace, sigs=list(sigs),
         hdrs=std(frm, to, subject, t, mid, tz=tz, extra=extra), body=body, new=new)


# ============================================================================
# Thread A - Daniel Okafor, Gmail, form-desk case, May 2025
# ============================================================================
DAN = 'dan.okafor@gmail.com'
DAN_N = 'Daniel Okafor'
A_T = T(2025, 5, 21, 7, 39, 5)
A_CID = case15(A_T, '00927')
A_SUBJ = f"RE:[CASE {A_CID}] {FORM_SUBJ}"

# 001 ------------------------------------------------------------------------
new = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification. This message confirms that we have received your request and created case {A_CID} for it.

A member of our team will review your request and get back to you, typically within 24 hours. If you need to add information, reply to this e-mail and keep the case number in the subject line so that your message is added to the same case. Please do not submit the form again for the same request, as a second case can delay our response.

Summary of your submission
Inquiry type: AWS Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04418275
Other candidate ID(s): AWS 11930562
Description: I have two certification accounts, the older one was created with my previous employer's e-mail. I would like to keep the one on my personal e-mail address.

Regards,
AWS Training and Certification
https://aws.amazon.com/training/"""
aws_mail('001-formdesk-ack-received-request.eml', kind='case_created', case_id=A_CID, lang='en', rcpt=DAN,
         rcpt_name=DAN_N, t=A_T + 41, subject=f"[CASE {A_CID}] We have received your request - {FORM_SUBJ}",
         body=alt(new, brand='aws', title='AWS Training and Certification'), new=new)

# 002 ------------------------------------------------------------------------
Q_T = T(2025, 5, 19, 14, 2, 51)
Q_CID = case15(Q_T, '00351')
new = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {Q_CID} to address your issue.

The details of your case are as follows:

Case ID: {Q_CID}
Subject: Limit Increase: EC2 Instances
Severity: General guidance
Correspondence: Service: EC2 Instances
Region: Europe (Frankfurt)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 64
------------
Use case description: We run a hands-on lab for colleagues preparing for the Solutions Architect exam and need more vCPUs for the workshop week.

We will respond to your case as soon as possible. To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={Q_CID}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""
aws_mail('002-quota-increase-case-opened.eml', kind='unrelated', case_id=Q_CID, lang='en', rcpt=DAN,
         rcpt_name=None, t=Q_T + 12, frm=NOREPLY_FROM,
         subject=f"Amazon Web Services: You have opened a new Support case: {Q_CID}",
         body=part(new, cte='7bit', cs='us-ascii'), new=new)

# 003 ------------------------------------------------------------------------
new = """Hello Daniel,

Thank you for contacting AWS Training and Certification. My name is Hannah and I will be assisting you with this request.

I was able to locate two certification accounts matching the details you provided:

- AWS04418275, registered to d.okafor@brightlane-consulting.com
- AWS11930562, registered to dan.okafor@gmail.com

Before I can prepare anything, I need you to tell me which of these two accounts you would like to keep going forward. The account you keep retains its sign-in; the certifications, exam history and benefits of the other account are moved onto it.

Could you also let me know whether you still have access to the mailbox d.okafor@brightlane-consulting.com? If not, that is fine, I only need to know so I can note it on the case.

Please simply reply to this e-mail and avoid opening a new case, as that would reset your place in the queue.

Best regards,
Hannah G.
AWS Training and Certification"""
aws_mail('003-agent-asks-which-account-to-keep.eml', kind='support_reply', case_id=A_CID, lang='en', rcpt=DAN,
         rcpt_name=DAN_N, t=T(2025, 5, 22, 10, 14, 37), subject=A_SUBJ,
         body=alt(new, cte='base64', brand='aws'), new=new)

# 004 ------------------------------------------------------------------------
new = """Hello Daniel,

Thank you for getting back to me so quickly.

Based on your answer, this is what I have prepared for you:

Account that will be closed: AWS04418275 (d.okafor@brightlane-consulting.com)
Account that will remain: AWS11930562 (dan.okafor@gmail.com)

All certifications, exam history and benefits currently held on AWS04418275 will be transferred to AWS11930562, after which AWS04418275 will be deactivated. Please be aware that a merge cannot be undone once it has been processed.

If the above is correct, please reply to this e-mail stating that you agree to the merge. No change will be made to either account until we receive your confirmation.

Best regards,
Hannah G.
AWS Training and Certification"""
hist = """---------- Original message ----------
From: Daniel Okafor <dan.okafor@gmail.com>
Date: Thu, May 22, 2025 at 3:31 PM
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Hannah,

Please keep AWS11930562 (the gmail one). I no longer have access to the Brightlane mailbox, I left the company last year.

Thanks,
Dan""" % A_CID
aws_mail('004-confirm-which-merges-into-which.eml', kind='merge_confirmation_requested', case_id=A_CID, lang='en',
         rcpt=DAN, rcpt_name=DAN_N, t=T(2025, 5, 23, 8, 2, 11), subject=A_SUBJ,
         body=alt(new + '\n\n' + hist, brand='aws'), new=new)

# 005 ------------------------------------------------------------------------
phish_dom = 'aws-trainingcert-support.com'
new = """Dear Candidate,

We received a request to consolidate your AWS Certification accounts:

Source account: AWS-04418275
Destination account: AWS-11930562

To protect your certifications, the request must be confirmed by the account holder within 24 hours. If you do not confirm, both accounts may be suspended and your active certifications could be revoked.

Confirm account merge: https://aws-trainingcert-support.com/merge/confirm?token=9f3b1c2e77

For your security, you will be asked to sign in with your AWS Certification credentials.

AWS Certification Support Team
This is an automated message. Please do not reply."""
h = html_doc(to_html_inner(new).replace(
    '<a href="https://aws-trainingcert-support.com/merge/confirm?token=9f3b1c2e77">https://aws-trainingcert-support.com/merge/confirm?token=9f3b1c2e77</a>',
    '<a href="https://aws-trainingcert-support.com/merge/confirm?token=9f3b1c2e77" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none;border-radius:4px">Confirm merge</a>'),
    brand='aws')
pt = T(2025, 5, 23, 15, 40, 2)
ext_mail('005-lookalike-domain-asks-to-confirm-merge.eml', kind='merge_confirmation_requested', case_id=None,
         lang='en', verified=False, rcpt=DAN, t=pt, frm=f'"AWS Certification" <no-reply@{phish_dom}>',
         to=DAN, subject='Action required: confirm your certification account merge',
         body=part(h, 'html', cte='base64'), new=new, provider='gmail', relay=f'mail.{phish_dom}',
         ip='185.244.39.77', mailfrom=f'bounce@{phish_dom}',
         ar={'dkim': [('pass', phish_dom, 'default')], 'spf': 'pass', 'dmarc': ('pass', phish_dom, 'NONE')},
         sigs=[dkim(phish_dom, 'default', pt)])

# 006 ------------------------------------------------------------------------
new = """Hi Daniel,

Thank you for confirming. I have now passed your request to the team that carries out account merges, and they will take it from here. This usually takes between one and three business days.

There is nothing else you need to do in the meantime. Once the merge is complete you will receive a separate e-mail from us, and your Credly badges should follow shortly after that.

Kind regards,
Hannah G.
AWS Training and Certification"""
inner = """Hello Daniel,

Thank you for getting back to me so quickly.

Account that will be closed: AWS04418275 (d.okafor@brightlane-consulting.com)
Account that will remain: AWS11930562 (dan.okafor@gmail.com)

If the above is correct, please reply to this e-mail stating that you agree to the merge.

Best regards,
Hannah G."""
hist = ("---- Original Message ----\nFrom: dan.okafor@gmail.com\nSent: 5/23/2025 6:51 PM\n"
        f"Subject: Re: RE:[CASE {A_CID}] {FORM_SUBJ}\n\n"
        "The details are correct. Please proceed with the merge.\n\nThanks,\nDan\n\n"
        + q_gmail('Fri, May 23, 2025 at 10:02 AM', f'Amazon Web Services <{FORM}>', inner))
aws_mail('006-thanks-for-confirming-will-proceed.eml', kind='support_reply', case_id=A_CID, lang='en', rcpt=DAN,
         rcpt_name=DAN_N, t=T(2025, 5, 23, 19, 20, 48), subject=A_SUBJ,
         body=alt(new + '\n\n' + hist, brand='aws'), new=new)

# 007 ------------------------------------------------------------------------
new = """Hello Daniel,

Greetings from AWS Training and Certification!

I am writing to let you know that your request has now been actioned. Certification account AWS04418275 has been consolidated into AWS11930562, and AWS04418275 is no longer active. Your certifications and exam history are now all listed under AWS11930562.

Please sign in to your Certification account with dan.okafor@gmail.com to review everything. The 50% discount voucher from your Developer - Associate certification has also carried over and can be found under Benefits.

If your Credly badges do not appear on the Credly profile for dan.okafor@gmail.com within three business days, please reply to this e-mail and we will look into it.

Regards,
Rohit S.
AWS Training and Certification"""
aws_mail('007-accounts-consolidated-done.eml', kind='merge_completed', case_id=A_CID, lang='en', rcpt=DAN,
         rcpt_name=DAN_N, t=T(2025, 5, 26, 11, 37, 2), subject=A_SUBJ,
         body=alt(new, brand='aws', cte='quoted-printable'), new=new)

# 008 ------------------------------------------------------------------------
new = f"""Hello Daniel,

Your case {A_CID} has been marked as resolved by Rohit S.

Was your issue resolved?
YES: https://survey.aws-support.amazon.com/r?c={A_CID}&a=1
NO: https://survey.aws-support.amazon.com/r?c={A_CID}&a=0

How would you rate your experience with this agent? Choose from 1 (poor) to 5 (excellent) on the survey page. It takes less than a minute.

If you still need help with this request, reply to this e-mail within 14 days and the case will be reopened.

AWS Training and Certification"""
h_inner = f"""<p>Hello Daniel,</p>
<p>Your case <b>{A_CID}</b> has been marked as resolved by Rohit S.</p>
<p style="font-size:16px;font-weight:bold">Was your issue resolved?</p>
<table cellpadding="0" cellspacing="8"><tr>
<td style="background:#037f0c;border-radius:4px"><a href="https://survey.aws-support.amazon.com/r?c={A_CID}&amp;a=1" style="color:#fff;padding:10px 24px;display:inline-block;text-decoration:none">YES</a></td>
<td style="background:#d13212;border-radius:4px"><a href="https://survey.aws-support.amazon.com/r?c={A_CID}&amp;a=0" style="color:#fff;padding:10px 24px;display:inline-block;text-decoration:none">NO</a></td>
</tr></table>
<p>How would you rate your experience with this agent? Choose from 1 (poor) to 5 (excellent) on the survey page. It takes less than a minute.</p>
<p>If you still need help with this request, reply to this e-mail within 14 days and the case will be reopened.</p>
<p>AWS Training and Certification</p>"""
aws_mail('008-resolved-was-your-issue-resolved.eml', kind='survey', case_id=A_CID, lang='en', rcpt=DAN,
         rcpt_name=DAN_N, t=T(2025, 5, 26, 11, 41, 55), subject=f"How did we do? [CASE {A_CID}]",
         body=part(html_doc(h_inner, brand='aws', head_title='Survey'), 'html', cte='quoted-printable'), new=new)

# 009 ------------------------------------------------------------------------
CREDLY_IP = '167.89.101.23'


def credly_mail(fname, *, kind, rcpt, rcpt_name, t, subject, new, html_inner=None, frm=None, provider='gmail',
                lang='en', verified=True, ar=None, dom='credly.com', cte='quoted-printable', case_id=None):
    frm = frm or f'"AWS Training and Certification via Credly" <admin@{dom}>'
    mailfrom = f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{rcpt.replace('@', '=')}@em.{dom}"
    ar = ar or {'dkim': [('pass', dom, SEL_CREDLY), ('pass', 'sendgrid.info', 'smtpapi')], 'spf': 'pass',
                'dmarc': ('pass', dom, 'REJECT')}
    body = multi('alternative', [part(new, 'plain', cte=cte),
                                 part(html_doc(html_inner or to_html_inner(new), brand='credly'), 'html', cte=cte)])
    ext_mail(fname, kind=kind, case_id=case_id, lang=lang, verified=verified, rcpt=rcpt, t=t, frm=frm,
             to=f'"{rcpt_name}" <{rcpt}>' if rcpt_name.isascii() else enc_name(rcpt_name, rcpt), subject=subject,
             body=body, new=new, provider=provider, relay=f'o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.em.{dom}',
             ip=CREDLY_IP, mailfrom=mailfrom, ar=ar,
             sigs=[dkim(dom, SEL_CREDLY, t), dkim('sendgrid.info', 'smtpapi', t)],
             msgid=f"<{ralnum(22)}@geopod-ismtpd-{R.randint(1, 30)}>",
             extra=[('X-SG-EID', rb64(80)), ('X-Entity-ID', rb64(22) + '==')])


new = """Hi Daniel,

Good news! Following an update to your AWS Certification record, AWS Training and Certification has issued the following badges to this Credly account:

- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate

These badges were previously held on another Credly account and have now been issued here. Accept them to add them to your profile and share your achievement with your network.

Accept your badges: https://www.credly.com/earner/earned/share/6b1f04d2-0c3e-4b8a-9a55-2d6f1f3c7e21

Need help? Visit https://support.credly.com

Credly, Inc., 10 Hudson Yards, New York, NY 10001
You are receiving this e-mail because AWS Training and Certification issued you a badge.
Manage your notification settings: https://www.credly.com/earner/settings/notifications"""
credly_mail('009-credly-two-badges-reissued-after-update.eml', kind='credly_badge_issued', rcpt=DAN, rcpt_name=DAN_N,
            t=T(2025, 5, 30, 16, 12, 9), subject='AWS Training and Certification has issued you 2 badges', new=new)

# 010 ------------------------------------------------------------------------
new = """Hi Daniel,

Someone (hopefully you) asked to merge another Credly account into this one.

Account to be merged: d.okafor@brightlane-consulting.com
Into: dan.okafor@gmail.com

Your verification code is: 482913

Enter the code on the merge page, or select the button below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=a81e5b0f3d

After the merge, badges from the other account will appear on this account and the other account will be closed. If you did not request this, you can ignore this e-mail; nothing will change.

The Credly Team"""
credly_mail('010-credly-self-service-merge-code.eml', kind='unrelated', rcpt=DAN, rcpt_name=DAN_N,
            t=T(2025, 5, 28, 20, 3, 44), subject='Your Credly account merge verification code',
            frm='"Credly" <admin@credly.com>', new=new, cte='base64')

# 011 ------------------------------------------------------------------------
new = """Hi Daniel,

Thank you for your reply, and I am glad the certifications now look correct on your side.

Regarding the badges: the Credly profile linked to dan.okafor@gmail.com currently shows only the badge you earned this year. Your two older badges were issued to the Credly account that belonged to your Brightlane address. I have raised a request with our Credly administrators to have them re-issued to your current profile.

The Credly team will handle this. When it is done, Credly will e-mail you directly so you can accept the badges. You do not need to do anything in the meantime, and I will keep this case open until you have them.

Regards,
Rohit S.
AWS Training and Certification"""
inner = """Hello Daniel,

Greetings from AWS Training and Certification!

I am writing to let you know that your request has now been actioned. Certification account AWS04418275 has been consolidated into AWS11930562, and AWS04418275 is no longer active.

Regards,
Rohit S."""
user = ("Hi Rohit,\n\nThanks, I can see all four certifications under AWS11930562 now. But my Credly profile still only "
        "shows the Cloud Practitioner badge, the Associate ones are missing.\n\nDan\n\n"
        + q_gmail('Mon, May 26, 2025 at 1:37 PM', f'Amazon Web Services <{FORM}>', inner))
aws_mail('011-credly-request-raised-no-action-needed.eml', kind='support_reply', case_id=A_CID, lang='en', rcpt=DAN,
         rcpt_name=DAN_N, t=T(2025, 5, 27, 9, 5, 30), subject=A_SUBJ,
         body=alt(new + '\n\n' + q_gmail('Mon, May 26, 2025 at 9:12 PM', f'Daniel Okafor <{DAN}>', user), brand='aws'),
         new=new)

# ============================================================================
# Thread B - 佐藤 美咲, nifty, console case in Japanese, June 2025
# ============================================================================
SATO = 'misaki.sato@nifty.com'
SATO_N = '佐藤 美咲'
B_T = T(2025, 6, 10, 1, 12, 40)
B_CID = case15(B_T, '00482')
B_TOPIC = '認定アカウントの統合について'
JA_FOOT = ("本ケースに関するやり取りの確認やご返信は、以下の URL から AWS サポートセンターにアクセスしてください。\n"
           "https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja\n\n"
           "（フェデレーションで接続している場合は、リンクを開く前にサインインしてください。）\n\n"
           "※このメールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。\n\n"
           "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。")

# 012 ------------------------------------------------------------------------
new = f"""佐藤 美咲 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース {B_CID} をオープンいたしました。

ケースの詳細は以下のとおりです。

ケース ID: {B_CID}
件名: {B_TOPIC}
重要度: 一般的な質問
内容:
AWS 認定のアカウントが 3 つあります（AWS07723104、AWS09185536、AWS12004478）。転職や受験時期の違いで別々に作ってしまいました。AWS12004478 に一本化したいです。

担当者より順次ご連絡いたします。

""" + JA_FOOT.format(cid=B_CID)
aws_mail('012-ja-console-case-opened.eml', kind='case_created', case_id=B_CID, lang='ja', rcpt=SATO, rcpt_name=None,
         t=B_T + 9, frm=NOREPLY_FROM, provider='nifty',
         subject=enc_subject(f"Amazon Web Services: 新しいサポートケースがオープンされました: {B_CID}", 'iso-2022-jp'),
         body=part(new, cs='iso-2022-jp', cte='7bit'), new=new)

# 013 ------------------------------------------------------------------------
B_SUBJ = enc_subject(f"RE:[CASE {B_CID}] {B_TOPIC}", 'utf-8')
JA_RATE = ("この対応を評価してください:\nhttps://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja#rate\n\n")
new = """佐藤 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。
この度はお問い合わせいただき、誠にありがとうございます。

ご連絡いただいた 3 つの認定アカウントについて確認を進めておりますが、ご本人様確認のため、以下の情報をお知らせいただけますでしょうか。

1. 各アカウントにサインインする際にご使用のメールアドレス
2. 各アカウントに登録されている通知先メールアドレス（サインイン用と異なる場合）
3. 統合後に引き続きご利用になるアカウント（お問い合わせ内容では AWS12004478 とのことですが、念のためお知らせください）

いただいた情報をもとに統合の可否を確認し、改めてご案内いたします。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

山本 (Yamamoto)
Amazon Web Services"""
aws_mail('013-ja-asks-login-emails-of-each-account.eml', kind='support_reply', case_id=B_CID, lang='ja', rcpt=SATO,
         rcpt_name=None, t=T(2025, 6, 11, 3, 30, 12), frm=NOREPLY_FROM, provider='nifty', subject=B_SUBJ,
         body=alt(new + '\n\n' + JA_RATE.format(cid=B_CID) + JA_FOOT.format(cid=B_CID), cte='base64', brand='aws'),
         new=new)

# 014 ------------------------------------------------------------------------
new = """佐藤 美咲 様

お世話になっております。AWS トレーニングと認定の山本でございます。

情報をご提供いただき、誠にありがとうございます。確認いたしましたところ、以下の内容で統合の手続きが可能でございます。

■ 統合元（統合後に無効となるアカウント）
・AWS07723104（misaki.sato@nifty.com）
・AWS 09185536（m.sato@mitsuba-soken.co.jp）

■ 統合先（引き続きご利用いただくアカウント）
・AWS12004478（misaki.sato.cloud@gmail.com）

統合元アカウントの認定資格、受験履歴、特典はすべて統合先アカウントへ移行されます。なお、統合の処理は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

上記の内容にお間違いがなければ、サポートセンターより「上記の内容で統合を希望します」とご返信いただけますでしょうか。ご確認をいただくまで、いずれのアカウントにも変更は加えません。

何卒よろしくお願い申し上げます。

山本
Amazon Web Services"""
aws_mail('014-ja-please-confirm-three-into-one.eml', kind='merge_confirmation_requested', case_id=B_CID, lang='ja',
         rcpt=SATO, rcpt_name=None, t=T(2025, 6, 12, 5, 47, 3), frm=NOREPLY_FROM, provider='nifty', subject=B_SUBJ,
         body=alt(new + '\n\n' + JA_RATE.format(cid=B_CID) + JA_FOOT.format(cid=B_CID), cte='quoted-printable',
                  brand='aws'), new=new)

# 015 ------------------------------------------------------------------------
new = """佐藤 美咲 様

お世話になっております。山本でございます。

統合内容のご確認をいただき、ありがとうございます。

ただいま担当チームへ統合作業の依頼を行いました。作業の完了までには通常 2〜3 営業日ほどお時間をいただいております。完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。

なお、作業が完了するまでの間は、統合元のアカウントで新たに試験をご予約いただくことはお控えくださいますようお願いいたします。

引き続きよろしくお願いいたします。

山本
Amazon Web Services"""
aws_mail('015-ja-thanks-request-sent-to-team.eml', kind='support_reply', case_id=B_CID, lang='ja', rcpt=SATO,
         rcpt_name=None, t=T(2025, 6, 13, 0, 55, 41), frm=NOREPLY_FROM, provider='nifty',
         subject=enc_subject(f"RE:[CASE {B_CID}] {B_TOPIC}", 'iso-2022-jp'),
         body=part(new + '\n\n' + JA_FOOT.format(cid=B_CID), cs='iso-2022-jp', cte='7bit'), new=new)

# 016 ------------------------------------------------------------------------
new = """佐藤 美咲 様

お世話になっております。AWS トレーニングと認定の山本でございます。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。

統合後のアカウント: AWS12004478
（AWS07723104 および AWS09185536 は無効となりました）

お手数ですが、AWS12004478 にサインインのうえ、認定資格および受験履歴が正しく表示されていることをご確認ください。

また、別途ご質問いただいておりました 50% 割引バウチャーの有効期限につきましては、統合前の発行日が引き継がれるため、2025年9月30日までとなっております。

Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

山本
Amazon Web Services"""
aws_mail('016-ja-merge-finished-plus-voucher-answer.eml', kind='merge_completed', case_id=B_CID, lang='ja', rcpt=SATO,
         rcpt_name=None, t=T(2025, 6, 16, 7, 10, 26), frm=NOREPLY_FROM, provider='nifty', subject=B_SUBJ,
         body=alt(new + '\n\n' + JA_RATE.format(cid=B_CID) + JA_FOOT.format(cid=B_CID), cte='base64', brand='aws'),
         new=new)

# 017 ------------------------------------------------------------------------
new = f"""佐藤 美咲 様

Amazon Web Services サポートをご利用いただき、ありがとうございます。

ケース {B_CID}「{B_TOPIC}」は、最後のご連絡から 7 日間お客様からのご返信がなかったため、解決済みとしてクローズいたしました。

今回のサポートについてご意見をお聞かせください。アンケートは 1 分ほどで完了します。
https://console.aws.amazon.com/support/feedback?displayId={B_CID}&language=ja

問題が解決していない場合は、サポートセンターからケースを再オープンしていただけます。

Amazon Web Services"""
aws_mail('017-ja-case-closed-please-rate.eml', kind='survey', case_id=B_CID, lang='ja', rcpt=SATO, rcpt_name=None,
         t=T(2025, 6, 23, 7, 12, 0), frm=NOREPLY_FROM, provider='nifty',
         subject=enc_subject(f"[Case {B_CID}] ケースはクローズされました - ご意見をお聞かせください", 'iso-2022-jp'),
         body=alt(new, cs='iso-2022-jp', cte='7bit', brand='aws'), new=new)

# 018 ------------------------------------------------------------------------
new = """佐藤 美咲 様

Pearson VUE をご利用いただき、ありがとうございます。以下の試験のご予約を承りました。

試験: AWS Certified Solutions Architect - Professional (SAP-C02) 日本語
受験者 ID: AWS12004478
登録 ID: 512873094
試験日時: 2025年7月5日（土）13:30
試験会場: 新宿テストセンター（東京都新宿区西新宿 1-2-3 第二ビル 8F）

試験開始時刻の 30 分前までにご到着ください。有効な身分証明書を 2 点ご持参ください。

予約の変更・キャンセルは、試験開始の 24 時間前までに Pearson VUE のウェブサイトから行ってください。
https://home.pearsonvue.com/aws

本メールは送信専用です。

Pearson VUE"""
pv_t = T(2025, 6, 18, 2, 44, 10)
ext_mail('018-ja-pearson-vue-booking-on-kept-account.eml', kind='unrelated', case_id=None, lang='ja', verified=False,
         rcpt=SATO, t=pv_t, frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', to=SATO,
         subject=enc_subject('試験予約確認 - AWS Certified Solutions Architect - Professional', 'shift_jis'),
         body=part(new, cs='shift_jis', cte='8bit'), new=new, provider='nifty', relay='mx-out.pearson.com',
         ip='159.182.30.41', mailfrom='bounce-mc.us@pearson.com',
         ar={'dkim': [('pass', 'pearson.com', 'pvue1')], 'spf': 'pass', 'dmarc': ('pass', 'pearson.com', 'REJECT')},
         sigs=[dkim('pearson.com', 'pvue1', pv_t)], tz=JST)

# 019 ------------------------------------------------------------------------
BILL_T = T(2025, 6, 12, 23, 58, 17)
BILL_CID = case15(BILL_T, '00206')
new = f"""佐藤 様

お世話になっております。AWS 請求およびアカウントサポートの高橋でございます。

お問い合わせいただいた請求書の宛名変更につきまして、以下の手順で変更いただけます。

1. AWS マネジメントコンソールにルートユーザーまたは請求権限のあるユーザーでサインイン
2. [請求とコスト管理] > [お支払い設定] を開く
3. [請求書の設定] の [編集] を選択し、宛名を変更して保存

変更内容は次回以降に発行される請求書に反映されます。発行済みの請求書の宛名を変更することはできませんので、あらかじめご了承ください。

なお、お問い合わせの中でお触れになっていた AWS 認定アカウントの統合につきましては、請求チームでは承ることができかねます。別途ケース {B_CID} にて担当部署が対応しているとのことですので、引き続きそちらのケースでご連絡をお待ちいただけますと幸いです。

何卒よろしくお願いいたします。

高橋
Amazon Web Services"""
aws_mail('019-ja-billing-case-mentions-merge-elsewhere.eml', kind='unrelated', case_id=BILL_CID, lang='ja', rcpt=SATO,
         rcpt_name=None, t=T(2025, 6, 13, 4, 20, 33), frm=NOREPLY_FROM, provider='nifty',
         subject=enc_subject(f"RE:[CASE {BILL_CID}] 請求書の宛名変更について", 'utf-8'),
         body=alt(new + '\n\n' + JA_FOOT.format(cid=BILL_CID), cte='quoted-printable', brand='aws'), new=new)


# ============================================================================
# Thread C - Priya Raman, Exchange Online (Outlook AR), console case 2022 (11 digits)
# ============================================================================
PRIYA = 'priya.raman@northwind-analytics.com'
PRIYA_N = 'Priya Raman'
C_CID = '10582273614'
C_TOPIC = 'Merge duplicate certification accounts'
C_SUBJ = f"RE:[CASE {C_CID}] {C_TOPIC}"
RATE_EN = ("We value your feedback. Please share your experience by rating this correspondence using the AWS Support "
           "Center link at the end of this correspondence. Each correspondence can also be rated by selecting the "
           "stars in top right corner of each correspondence within the AWS Support Center.")
SEP = '=' * 62

# 020 ------------------------------------------------------------------------
new = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {C_CID} to address your issue.

The details of your case are as follows:

Case ID: {C_CID}
Subject: {C_TOPIC}
Severity: Low
Correspondence: Hello,

I have two AWS Certification accounts: AWS02875519 (priya.raman@northwind-analytics.com) and aws06349021 (my personal address). I would like them combined into the work one please. Both are in my name.

Thanks,
Priya

We will respond to your case as soon as possible.

""" + CONSOLE_FOOT.format(cid=C_CID, lang='en')
aws_mail('020-console-case-opened-2022.eml', kind='case_created', case_id=C_CID, lang='en', rcpt=PRIYA,
         rcpt_name=None, t=T(2022, 11, 2, 13, 58, 40), frm=NOREPLY_FROM, provider='o365',
         subject=f"Amazon Web Services: You have opened a new Support case: {C_CID}",
         body=alt(new, cte='quoted-printable', brand='aws'), new=new)

# 021 ------------------------------------------------------------------------
new = """Hello Priya,

Thank you for contacting AWS Support. My name is Kevin and I'll be helping you with your certification account request.

I've reviewed both accounts you provided. Unfortunately we are not able to carry out the merge at this time: account AWS06349021 has an exam appointment scheduled with Pearson VUE for November 18, 2022 (AWS Certified Security - Specialty). Accounts with an upcoming exam can't be merged, because the score would not be posted to the right place.

You have two options:

1. Keep the appointment. Once the exam has been delivered and the result is posted to AWS06349021 (usually within 5 business days), reply on this case and we'll pick it up from there.
2. Cancel or reschedule the appointment through Pearson VUE, then let us know here.

No changes have been made to either account.

""" + RATE_EN + """

Best regards,

Kevin M.
Amazon Web Services"""
aws_mail('021-cannot-merge-yet-exam-scheduled.eml', kind='support_reply', case_id=C_CID, lang='en', rcpt=PRIYA,
         rcpt_name=None, t=T(2022, 11, 3, 16, 20, 5), frm=NOREPLY_FROM, provider='o365', subject=C_SUBJ,
         body=alt(new + '\n\n' + SEP + '\n\n' + CONSOLE_FOOT.format(cid=C_CID, lang='en'), brand='aws'), new=new)

# 022 ------------------------------------------------------------------------
new = f"""Hello,

We've updated your AWS Support case. New correspondence has been added to the case below.

Case ID: {C_CID}
Subject: {C_TOPIC}

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C_CID}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc."""
aws_mail('022-console-new-correspondence-notice.eml', kind='support_reply', case_id=C_CID, lang='en', rcpt=PRIYA,
         rcpt_name=None, t=T(2022, 11, 28, 10, 0, 12), frm=NOREPLY_FROM, provider='o365',
         subject=f"[Case {C_CID}] New correspondence added", body=part(new, cs='us-ascii', cte='7bit'), new=new)

# 023 ------------------------------------------------------------------------
new = """Hello Priya,

Congratulations on passing the Security - Specialty exam, and thank you for letting us know.

The score is now posted, so we're able to move forward. To make sure we get this right, here is exactly what will happen:

- AWS06349021 (priya.r.personal@gmail.com) will be merged into AWS02875519 (priya.raman@northwind-analytics.com).
- AWS02875519 will be the only active account afterwards, and you'll continue to sign in with priya.raman@northwind-analytics.com.
- Your new Security - Specialty certification, together with everything else on AWS06349021, will appear on AWS02875519.

Once processed this cannot be reversed. Could you reply on this case confirming that you'd like us to go ahead exactly as described above?

A side note, since you mentioned you might change jobs next year: the sign-in e-mail of AWS02875519 can be changed later through a separate request, so keeping the work account is not a problem.

""" + RATE_EN + """

Best regards,

Kevin M.
Amazon Web Services"""
aws_mail('023-please-confirm-after-exam-posted.eml', kind='merge_confirmation_requested', case_id=C_CID, lang='en',
         rcpt=PRIYA, rcpt_name=None, t=T(2022, 11, 28, 10, 0, 31), frm=NOREPLY_FROM, provider='o365', subject=C_SUBJ,
         body=alt(new + '\n\n' + SEP + '\n\n' + CONSOLE_FOOT.format(cid=C_CID, lang='en'), brand='aws',
                  cte='base64'), new=new)

# 024 ------------------------------------------------------------------------
new = """Hello Priya,

Good news: the consolidation of your certification accounts has been completed today. AWS02875519 now holds all five of your certifications, including Security - Specialty, along with your complete exam history. AWS06349021 has been retired and can no longer be used to sign in.

As this completes your request, I'll set this case to resolved. If anything looks wrong, you can reopen it from the Support Center within 14 days.

""" + RATE_EN + """

Best regards,

Kevin M.
Amazon Web Services"""
aws_mail('024-consolidation-completed-setting-resolved.eml', kind='merge_completed', case_id=C_CID, lang='en',
         rcpt=PRIYA, rcpt_name=None, t=T(2022, 11, 30, 14, 45, 50), frm=NOREPLY_FROM, provider='o365', subject=C_SUBJ,
         body=alt(new + '\n\n' + SEP + '\n\n' + CONSOLE_FOOT.format(cid=C_CID, lang='en'), brand='aws'), new=new)

# 025 ------------------------------------------------------------------------
new = f"""Your AWS Support case has been resolved

Case ID: {C_CID}
Subject: {C_TOPIC}

How satisfied were you with the support you received?
Very dissatisfied / Dissatisfied / Neutral / Satisfied / Very satisfied
https://console.aws.amazon.com/support/home#/case/?displayId={C_CID}&language=en&survey=1

Your feedback helps us improve AWS Support.

If your issue has not been resolved, you can reopen this case from the AWS Support Center.

Amazon Web Services"""
stars = ''.join(f'<td style="padding:0 4px"><a href="https://console.aws.amazon.com/support/home#/case/?displayId={C_CID}&amp;language=en&amp;survey=1&amp;score={i}" style="font-size:26px;color:#ff9900;text-decoration:none">&#9733;</a></td>' for i in range(1, 6))
h_inner = f"""<h2 style="font-weight:normal">Your AWS Support case has been resolved</h2>
<table cellpadding="4"><tr><td><b>Case ID:</b></td><td>{C_CID}</td></tr><tr><td><b>Subject:</b></td><td>{C_TOPIC}</td></tr></table>
<p>How satisfied were you with the support you received?</p>
<table><tr>{stars}</tr></table>
<p>Your feedback helps us improve AWS Support.</p>
<p>If your issue has not been resolved, you can reopen this case from the AWS Support Center.</p>
<p>Amazon Web Services</p>"""
aws_mail('025-case-resolved-star-rating.eml', kind='survey', case_id=C_CID, lang='en', rcpt=PRIYA, rcpt_name=None,
         t=T(2022, 11, 30, 14, 51, 7), frm=NOREPLY_FROM, provider='o365',
         subject=f"Amazon Web Services: Your Support case {C_CID} has been resolved",
         body=part(html_doc(h_inner, brand='aws'), 'html', cte='quoted-printable'), new=new)

# 026 ------------------------------------------------------------------------
new = """Dear Priya Raman,

Congratulations again on earning AWS Certified Security - Specialty!

AWS Certification wants to hear from you. Please take a few minutes to tell us about your exam and certification experience. Your answers are confidential and help us improve the program.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?s=7d1e2c

Candidate ID: AWS02875519

Thank you,
AWS Certification

Please do not reply to this message. This mailbox is not monitored."""
cm_t = T(2022, 12, 5, 18, 3, 22)
ext_mail('026-certmetrics-wants-to-hear-from-you.eml', kind='unrelated', case_id=None, lang='en', verified=False,
         rcpt=PRIYA, t=cm_t, frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=PRIYA,
         subject='AWS Certification wants to hear from you', body=alt(new, cte='quoted-printable'), new=new,
         provider='o365', relay='mail.certmetrics.com', ip='52.0.164.91', mailfrom='bounce@certmetrics.com',
         ar={'dkim': [('pass', 'certmetrics.com', 'cm1')], 'spf': 'pass', 'dmarc': ('pass', 'certmetrics.com', 'NONE')},
         sigs=[dkim('certmetrics.com', 'cm1', cm_t)])

# ============================================================================
# Thread D - Marco Bellini, libero.it, 2020 (10-digit case)
# ============================================================================
MARCO = 'marco.bellini@libero.it'
D_CID = '7194402861'
D_TOPIC = 'Two certification accounts - please merge'
D_SUBJ = f"RE:[CASE {D_CID}] {D_TOPIC}"

# 027 ------------------------------------------------------------------------
new = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {D_CID} to address your issue.

The details of your case are as follows:

Case ID: {D_CID}
Subject: {D_TOPIC}
Severity: Low
Correspondence: Hi, after my company changed its e-mail domain I created a second certification account by mistake. Old one AWS00318842, new one AWS01577290. Can you put everything on the new one?

We will respond to your case as soon as possible.

""" + CONSOLE_FOOT.format(cid=D_CID, lang='en')
aws_mail('027-2020-case-opened-no-auth-header.eml', kind='case_created', case_id=D_CID, lang='en', rcpt=MARCO,
         rcpt_name=None, t=T(2020, 3, 9, 9, 12, 48), frm=NOREPLY_FROM, provider='none', ar=None,
         subject=f"Amazon Web Services: You have opened a new Support case: {D_CID}",
         body=part(new, cs='us-ascii', cte='7bit'), new=new)

# 028 ------------------------------------------------------------------------
new = f"""Dear Marco,

Thank you for your patience. A quick update on case {D_CID}: I’ve verified both of your profiles and the request is now with our Certification operations team. They’re working on it, and I’ll write to you again as soon as I hear back from them.

There’s no need to open a new case or resend any details in the meantime.

Best regards,

Alejandro R.
Amazon Web Services"""
aws_mail('028-2020-working-on-it-update.eml', kind='support_reply', case_id=D_CID, lang='en', rcpt=MARCO,
         rcpt_name=None, t=T(2020, 3, 10, 15, 26, 3), frm=NOREPLY_FROM, provider='libero', subject=D_SUBJ,
         body=part(new + '\n\n' + CONSOLE_FOOT.format(cid=D_CID, lang='en'), cs='utf-8', cte='8bit',
                   label='us-ascii'), new=new)

# 029 ------------------------------------------------------------------------
new = """Dear Marco,

I'm happy to confirm that your two certification accounts have now been combined. Going forward please use AWS01577290: your Cloud Practitioner and SysOps Administrator certifications and the exam history from AWS00318842 are now on it, and AWS00318842 has been closed.

Your Acclaim badges will be re-issued to the e-mail address on AWS01577290 within a few days.

Best regards,

Alejandro R.
Amazon Web Services"""
aws_mail('029-2020-accounts-combined.eml', kind='merge_completed', case_id=D_CID, lang='en', rcpt=MARCO,
         rcpt_name=None, t=T(2020, 3, 13, 11, 2, 40), frm=NOREPLY_FROM, provider='none', ar=None, subject=D_SUBJ,
         body=part(new + '\n\n' + CONSOLE_FOOT.format(cid=D_CID, lang='en'), cs='iso-8859-1', cte='quoted-printable'),
         new=new)

# 030 ------------------------------------------------------------------------
new = """Marco, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified SysOps Administrator - Associate

Accept your badge to manage it, share it with your professional network and access the information you need about the skills it represents.

Accept your badge: https://www.youracclaim.com/earner/earned/share/2f0c7a9e-51d6-4b7e-8c1b-7d90a6e3b4f2

Acclaim | Credly, Inc.
You are receiving this e-mail because Amazon Web Services Training and Certification issued you a badge."""
credly_mail('030-2020-acclaim-badge-reissued.eml', kind='credly_badge_issued', rcpt=MARCO, rcpt_name='Marco Bellini',
            t=T(2020, 3, 16, 8, 40, 19), dom='youracclaim.com', provider='libero',
            frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
            subject="Congratulations, you've earned a badge from Amazon Web Services Training and Certification",
            new=new)


# ============================================================================
# Thread E - 田中 健一, biglobe (AR without dmarc field), form desk in Japanese, July 2025
# ============================================================================
TANAKA = 'k.tanaka@biglobe.ne.jp'
TANAKA_N = '田中 健一'
E_T = T(2025, 7, 14, 0, 20, 11)
E_CID = case15(E_T, '00733')
E_SUBJ = f"RE:[CASE {E_CID}] {FORM_SUBJ}"
BIGLOBE_AMZ = {'dkim': [('pass', 'amazon.com', SEL_AMZ), ('pass', 'amazonses.com', SEL_SES)], 'spf': 'pass'}

# 031 ------------------------------------------------------------------------
new = f"""田中 健一 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース番号 {E_CID} を発行いたしました。

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。追加の情報がある場合は、件名のケース番号を変更せずに本メールへご返信ください。同じ内容で新たにフォームを送信されますと、対応が遅れる場合がございます。

お問い合わせ種別: AWS 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS10562283

Thank you for contacting AWS Training and Certification. We have received your inquiry (case {E_CID}) and will respond within 24 hours.

AWS トレーニングと認定"""
aws_mail('031-ja-formdesk-ack-bilingual-html-only.eml', kind='case_created', case_id=E_CID, lang='ja', rcpt=TANAKA,
         rcpt_name=TANAKA_N, t=E_T + 37, provider='biglobe', ar=BIGLOBE_AMZ,
         subject=f"[CASE {E_CID}] {FORM_SUBJ}",
         body=part(html_doc(to_html_inner(new), brand='aws'), 'html', cte='base64'), new=new)

# 032 ------------------------------------------------------------------------
new = """田中 健一 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの鈴木でございます。

お問い合わせいただいた AWS 受験者 ID AWS10562283 のほか、ご登録のお名前と生年月日で検索いたしましたところ、AWS13370914 という別のアカウントが見つかりました。

統合にあたっては、どちらのアカウントを残すかをお選びいただく必要がございます。残すアカウントのサインイン用メールアドレスがそのまま引き継がれますので、今後お使いになるメールアドレスが登録されている方をお選びいただくことをお勧めいたします。

どちらのアカウントを残されるか、本メールへのご返信にてお知らせいただけますでしょうか。

鈴木
AWS トレーニングと認定"""
aws_mail('032-ja-found-second-account-which-to-keep.eml', kind='support_reply', case_id=E_CID, lang='ja',
         rcpt=TANAKA, rcpt_name=TANAKA_N, t=T(2025, 7, 15, 2, 3, 50), provider='biglobe', ar=BIGLOBE_AMZ,
         subject=E_SUBJ, body=part(new, cs='iso-2022-jp', cte='7bit'), new=new)

# 033 ------------------------------------------------------------------------
new = """田中 健一 様

お世話になっております。鈴木でございます。
ご返信いただき、ありがとうございます。

いただいた内容をもとに、以下のとおり統合を行う準備が整いました。

・統合されるアカウント: AWS10562283（k.tanaka@biglobe.ne.jp）
・残るアカウント: AWS13370914（kenichi.tanaka@tanaka-design.jp）

統合後、AWS10562283 の認定資格・受験履歴・特典はすべて AWS13370914 へ移行され、AWS10562283 はご利用いただけなくなります。また、統合後に元の状態へ戻すことはできません。

上記の内容でよろしければ、「同意します」と本メールにご返信ください。ご返信を確認でき次第、手続きを開始いたします。

鈴木
AWS トレーニングと認定"""
prev = """田中 健一 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの鈴木でございます。
（中略）
どちらのアカウントを残されるか、本メールへのご返信にてお知らせいただけますでしょうか。

鈴木"""
user = ("鈴木様\n\nご連絡ありがとうございます。\n仕事で使っている AWS13370914 の方を残してください。\n"
        "AWS10562283 は個人で受験したときのものです。\n\nよろしくお願いいたします。\n田中\n\n"
        + q_ja('2025年7月15日(火) 11:03 Amazon Web Services', f'<{FORM}>', prev))
aws_mail('033-ja-please-reply-agree-to-merge.eml', kind='merge_confirmation_requested', case_id=E_CID, lang='ja',
         rcpt=TANAKA, rcpt_name=TANAKA_N, t=T(2025, 7, 16, 1, 40, 22), provider='biglobe', ar=BIGLOBE_AMZ,
         subject=E_SUBJ,
         body=part(new + '\n\n' + q_ja('2025年7月15日(火) 14:26 田中 健一', f'<{TANAKA}>', user), cs='utf-8',
                   cte='quoted-printable'), new=new)

# 034 ------------------------------------------------------------------------
new = """田中 健一 様

お世話になっております。AWS トレーニングと認定の鈴木でございます。

先日ご案内いたしました内容につきまして、まだご返信を確認できておりませんので、念のためご連絡いたしました。
お手数ですが、下記のメールをご確認のうえ、ご返信いただけますと幸いです。

なお、本メールの送信から 7 日以内にご返信をいただけない場合、本ケースはいったんクローズとさせていただきます。

何卒よろしくお願いいたします。

鈴木
AWS トレーニングと認定"""
orig = q_original(f'Amazon Web Services <{FORM}>', '2025年7月16日 10:40', f'{TANAKA_N} <{TANAKA}>', E_SUBJ.replace('\n', ''),
                  """田中 健一 様

・統合されるアカウント: AWS10562283（k.tanaka@biglobe.ne.jp）
・残るアカウント: AWS13370914（kenichi.tanaka@tanaka-design.jp）

上記の内容でよろしければ、「同意します」と本メールにご返信ください。

鈴木""")
aws_mail('034-ja-gentle-reminder-no-reply-yet.eml', kind='support_reply', case_id=E_CID, lang='ja', rcpt=TANAKA,
         rcpt_name=TANAKA_N, t=T(2025, 7, 22, 0, 15, 9), provider='biglobe', ar=BIGLOBE_AMZ, subject=E_SUBJ,
         body=alt(new + '\n\n' + orig, cs='iso-2022-jp', cte='7bit', brand='aws'), new=new)

# 035 ------------------------------------------------------------------------
new = """田中 健一 様

いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。鈴木でございます。

ご同意いただいた内容にて、アカウントの統合処理が本日完了いたしました。

① 今後ご利用いただくアカウント: AWS13370914
② 統合により無効となったアカウント: AWS10562283

お手数ではございますが、AWS13370914 にサインインし、認定資格が正しく表示されていることをご確認くださいませ。Credly のバッジは 1～2 営業日ほどで新しいアカウント側に発行される見込みです。

その他ご不明な点がございましたら、本メールにご返信ください。

鈴木
AWS トレーニングと認定"""
aws_mail('035-ja-merge-done-sjis-label-cp932-body.eml', kind='merge_completed', case_id=E_CID, lang='ja',
         rcpt=TANAKA, rcpt_name=TANAKA_N, t=T(2025, 7, 25, 6, 30, 45), provider='biglobe', ar=BIGLOBE_AMZ,
         subject=enc_subject(f"RE:[CASE {E_CID}] アカウント統合完了のお知らせ", 'iso-2022-jp'),
         body=part(new, cs='cp932', label='Shift_JIS', cte='base64'), new=new)

# 036 ------------------------------------------------------------------------
new = f"""田中 健一 様

ケース {E_CID} は解決済みとしてクローズされました。

今回の対応はいかがでしたか？
お問い合わせの内容は解決しましたか？

はい: https://survey.aws-support.amazon.com/r?c={E_CID}&a=1&l=ja
いいえ: https://survey.aws-support.amazon.com/r?c={E_CID}&a=0&l=ja

担当者の対応について、5 段階で評価していただけますと幸いです。いただいたご意見は、今後のサービス向上に役立てさせていただきます。

引き続きお手伝いが必要な場合は、14 日以内に本メールへご返信いただくとケースが再開されます。

AWS トレーニングと認定"""
aws_mail('036-ja-closed-was-it-resolved.eml', kind='survey', case_id=E_CID, lang='ja', rcpt=TANAKA,
         rcpt_name=TANAKA_N, t=T(2025, 7, 25, 6, 35, 2), provider='biglobe', ar=BIGLOBE_AMZ,
         subject=enc_subject(f"[CASE {E_CID}] アンケートへのご協力のお願い", 'utf-8'),
         body=alt(new, cs='iso-2022-jp', cte='7bit', brand='aws'), new=new)

# 037 ------------------------------------------------------------------------
new = """Hi Kenichi,

AWS Training and Certification has issued you a new badge:

AWS Certified Solutions Architect - Associate

Accept your badge to add it to your Credly profile, download it, and share it with your network.

Accept your badge: https://www.credly.com/earner/earned/share/0aa3c9b4-7e62-4d55-b1a8-4fce2d7e0915

Credly, Inc., 10 Hudson Yards, New York, NY 10001
You are receiving this e-mail because AWS Training and Certification issued you a badge."""
credly_mail('037-credly-badge-issued-to-kept-address.eml', kind='credly_badge_issued', rcpt=TANAKA,
            rcpt_name='Kenichi Tanaka', t=T(2025, 7, 26, 22, 14, 3), provider='biglobe',
            subject='AWS Training and Certification issued you a new badge', new=new,
            ar={'dkim': [('pass', 'credly.com', SEL_CREDLY), ('pass', 'sendgrid.info', 'smtpapi')], 'spf': 'pass'})


# ============================================================================
# Thread F - Li Wei, outlook.com (Outlook AR), form desk, Nov 2024, non-native agent
# ============================================================================
LIWEI = 'liwei.dev@outlook.com'
LIWEI_N = 'Li Wei'
F_T = T(2024, 11, 4, 9, 15, 33)
F_CID = case15(F_T, '00164')
F_SUBJ = f"RE:[CASE {F_CID}] {FORM_SUBJ}"

# 038 ------------------------------------------------------------------------
new = f"""Hello Li Wei,

Thank you for contacting AWS Training and Certification. Your request has been received and case {F_CID} has been created. A member of our team will respond within 24 hours.

AWS candidate ID provided: aws08811347
Inquiry: AWS Certification / Account Merge

Please note: if your request concerns merging certification accounts, our agent will list the accounts involved and ask you to confirm before any change is made. Merges cannot be reversed. To avoid delays, please do not submit a second request for the same topic.

You can reply to this e-mail to add information to your case.

AWS Training and Certification"""
aws_mail('038-formdesk-ack-with-merge-process-note.eml', kind='case_created', case_id=F_CID, lang='en', rcpt=LIWEI,
         rcpt_name=LIWEI_N, t=F_T + 52, provider='outlook', subject=f"[CASE {F_CID}] {FORM_SUBJ}",
         body=alt(new, cte='base64', brand='aws'), new=new)

# 039 ------------------------------------------------------------------------
new = """Dear Li Wei,

Greetings of the day!

Thank you for reaching out to AWS Training and Certification, this is Sathish and I will be assisting you on this case.

As per your request, I have checked and found the below two accounts in your name:

Account 1 : aws-08811347 - liwei.dev@outlook.com
Account 2 : AWS 03196650 - wei.li@fintrek.cn

Kindly note that after merge the account AWS 03196650 will be deactivated and all certifications, exam history and benefits will be moved to account aws-08811347, which will be your primary account. Please be informed that the merge process is irreversible.

Request you to kindly revert back on this email with your confirmation for the same so that we can proceed further.

Regarding your query on the exam voucher: the 50% discount voucher is generated only after you pass an exam and it is valid until the expiry date shown under Benefits. I have checked and your voucher on the older account is not used yet, so it will be available in the primary account after the merge.

Thanks and Regards,
Sathish K
AWS Training and Certification"""
hist = q_outlook(f'Li Wei <{LIWEI}>', 'Monday, November 4, 2024 5:30 PM', FORM, F_SUBJ,
                 "Hello,\n\nOne more question please. If the accounts are merged, will I lose the 50% voucher from my "
                 "older account AWS03196650? I have not used it yet.\n\nThank you\nLi Wei")
aws_mail('039-kindly-revert-with-confirmation-plus-voucher.eml', kind='merge_confirmation_requested', case_id=F_CID,
         lang='en', rcpt=LIWEI, rcpt_name=LIWEI_N, t=T(2024, 11, 5, 12, 10, 44), provider='outlook', subject=F_SUBJ,
         body=alt(new + '\n\n' + hist, brand='aws'), new=new)

# 040 ------------------------------------------------------------------------
new = """Dear Li Wei,

Greetings of the day!

This is a gentle reminder. We have not received any response from your end on our below email. Request you to kindly revert back so that we can take the necessary action on your request.

Please note that if we do not hear from you within 3 business days, the case will be auto-closed.

Thanks and Regards,
Sathish K
AWS Training and Certification"""
orig = q_original(f'Amazon Web Services [mailto:{FORM}]', 'Tuesday, November 5, 2024 12:10 PM', LIWEI, F_SUBJ,
                  """Dear Li Wei,

Account 1 : aws-08811347 - liwei.dev@outlook.com
Account 2 : AWS 03196650 - wei.li@fintrek.cn

Kindly note that after merge the account AWS 03196650 will be deactivated and all certifications, exam history and benefits will be moved to account aws-08811347.

Request you to kindly revert back on this email with your confirmation for the same so that we can proceed further.

Thanks and Regards,
Sathish K""")
aws_mail('040-gentle-reminder-awaiting-response.eml', kind='support_reply', case_id=F_CID, lang='en', rcpt=LIWEI,
         rcpt_name=LIWEI_N, t=T(2024, 11, 8, 6, 31, 18), provider='outlook', subject=F_SUBJ,
         body=part(new + '\n\n' + orig, cte='quoted-printable'), new=new)

# 041 ------------------------------------------------------------------------
new = """Dear Li Wei,

Greetings of the day!

Thank you for your confirmation. This is to inform you that both of your certification accounts are merged successfully and now all your certifications are showing under the primary account AWS08811347. The account AWS03196650 is deactivated now.

Kindly login and check from your end. The 50% voucher is also moved to the Benefits section.

Regarding your other question about rescheduling your exam on 20th November, please note that rescheduling must be done from the Pearson VUE dashboard in your certification account, our team is not able to do it from the backend.

Thanks and Regards,
Sathish K
AWS Training and Certification"""
user = q_outlook(f'Li Wei <{LIWEI}>', 'Monday, November 11, 2024 9:02 PM', FORM, F_SUBJ,
                 "Hi Sathish,\n\nSorry for the late reply, I was travelling. Yes I confirm, please merge AWS03196650 into "
                 "AWS08811347.\nAlso can you move my exam on 20 November to December?\n\nLi Wei")
aws_mail('041-merged-successfully-plus-reschedule-note.eml', kind='merge_completed', case_id=F_CID, lang='en',
         rcpt=LIWEI, rcpt_name=LIWEI_N, t=T(2024, 11, 12, 7, 44, 10), provider='outlook', subject=F_SUBJ,
         body=alt(new + '\n\n' + user, brand='aws', cte='quoted-printable'), new=new)

# 042 ------------------------------------------------------------------------
new = f"""Hello Li Wei,

We are closing your case {F_CID} (account-assistance) because your request has been fulfilled.

Resolution summary: Certification accounts merged as requested.

Was your issue resolved?
Yes: https://survey.aws-support.amazon.com/r?c={F_CID}&a=1
No: https://survey.aws-support.amazon.com/r?c={F_CID}&a=0

Tell us about your experience with Sathish K. The survey takes about one minute.

If you need more help with this case, reply to this e-mail within 14 days and it will be reopened. For a new topic, please submit a new request through the contact form.

AWS Training and Certification"""
aws_mail('042-case-closed-summary-says-merged.eml', kind='survey', case_id=F_CID, lang='en', rcpt=LIWEI,
         rcpt_name=LIWEI_N, t=T(2024, 11, 12, 7, 50, 31), provider='outlook',
         subject=f"Your case {F_CID} has been closed",
         body=alt(new, brand='aws', cte='base64'), new=new)

# 043 ------------------------------------------------------------------------
new = """Dear Li Wei,

Thank you for writing back.

I understand that you now wish to have the account with wei.li@fintrek.cn separated again, because your employer requires the certification on the company account. I am sorry, but as informed earlier a merge once done cannot be reversed, and we are not able to split the certifications back to the account AWS03196650.

However, what we can do is change the login e-mail of your primary account AWS08811347, or you can share the Credly verification link with your employer as proof of certification. Kindly let us know how you would like to proceed.

Thanks and Regards,
Sathish K
AWS Training and Certification"""
aws_mail('043-undo-request-refused.eml', kind='support_reply', case_id=F_CID, lang='en', rcpt=LIWEI,
         rcpt_name=LIWEI_N, t=T(2024, 11, 19, 11, 2, 57), provider='outlook', subject=F_SUBJ,
         body=alt(new, brand='aws'), new=new)

# ============================================================================
# Thread G - Aisha Rahman, Fastmail, form desk, Aug 2025
# ============================================================================
AISHA = 'aisha.rahman@fastmail.com'
AISHA_N = 'Aisha Rahman'
G_T = T(2025, 8, 18, 16, 47, 2)
G_CID = case15(G_T, '00519')
G_SUBJ = f"RE:[CASE {G_CID}] {FORM_SUBJ}"

# 044 ------------------------------------------------------------------------
new = """Hi Aisha,

Thanks for your patience while I looked into this.

I'm afraid I can't merge AWS05540129 into AWS14208836 as things stand. The two profiles are registered under different legal names ("Aisha R. Chowdhury" and "Aisha Rahman"), and we can only combine accounts when the names match exactly, because the name on the account has to match your ID at the test centre.

If both accounts are yours, please update the name on one of them so that they are identical (Profile > Personal information; a name change may require a copy of your ID), then reply here. As soon as the names match I'll prepare the merge and send you the details to confirm.

Nothing has been changed on either account.

Best,
Mateo L.
AWS Training and Certification"""
aws_mail('044-cannot-merge-names-differ.eml', kind='support_reply', case_id=G_CID, lang='en', rcpt=AISHA,
         rcpt_name=AISHA_N, t=T(2025, 8, 19, 13, 22, 15), provider='fastmail', subject=G_SUBJ,
         body=alt(new, brand='aws'), new=new)

# 045 ------------------------------------------------------------------------
new = """Hello,

Your AWS Certification account merge has been completed. All certifications have been moved to AWS14208836.

Due to the merge, your digital badges and exam benefits are temporarily on hold. To restore them you must verify your identity within 48 hours:

https://aws-certify-portal.net/badges/restore?id=AWS14208836

If you do not verify, the certifications moved during the merge may be revoked.

Amazon Web Services
Training and Certification"""
sp_t = T(2025, 8, 20, 3, 17, 44)
forged_ar = ('Authentication-Results', 'mx.amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com')
ext_mail('045-spoofed-merge-complete-forged-lower-auth.eml', kind='merge_completed', case_id=None, lang='en',
         verified=False, rcpt=AISHA, t=sp_t, frm=FORM_FROM, to=AISHA,
         subject='Your AWS Certification account merge is complete', body=alt(new, cte='quoted-printable'), new=new,
         provider='fastmail', relay='vps-4471.hostingline.ru', ip='45.142.120.18', mailfrom='info@hostingline.ru',
         ar={'dkim': [('fail', 'amazon.com', SEL_AMZ)], 'spf': 'none', 'dmarc': ('fail', 'amazon.com', 'quarantine')},
         sigs=[forged_ar, dkim('amazon.com', SEL_AMZ, sp_t)], msgid=f"<{rhex(16)}@amazon.com>",
         extra=[('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')], tz=UTC)

# 046 ------------------------------------------------------------------------
new = """Hi Aisha,

Thanks for updating the name. Both profiles now show "Aisha Rahman", so we're good to go on our side.

Here's what I have set up: AWS05540129 (aisha.chowdhury@uni-mail.edu) would be folded into AWS14208836 (aisha.rahman@fastmail.com). AWS14208836 stays as your account; AWS05540129 would be closed afterwards, and this can't be undone.

If you'd like me to go ahead with this, just reply with "Confirmed". Until I hear from you, nothing will change on either account.

Best,
Mateo L.
AWS Training and Certification"""
user = ("Hi Mateo,\n\nI've changed the name on the old account to Aisha Rahman (it was my name before I got married). "
        "Can you try again?\n\nThanks!\nAisha")
aws_mail('046-if-you-want-me-to-go-ahead-reply-confirmed.eml', kind='merge_confirmation_requested', case_id=G_CID,
         lang='en', rcpt=AISHA, rcpt_name=AISHA_N, t=T(2025, 8, 25, 15, 11, 36), provider="fastmail", subject=G_SUBJ,
         body=alt(new + '\n\n' + q_gmail('Mon, 25 Aug 2025, at 10:02,', f'Aisha Rahman <{AISHA}>', user) + '\n',
                  brand='aws', cte='base64'), new=new)

# 047 ------------------------------------------------------------------------
new = """Hi Aisha,

Got it, thank you. I've submitted the request, and our back-office team will merge AWS05540129 into AWS14208836 within the next 3-5 business days. You don't need to reply to this e-mail or do anything else; I'll let you know when it has gone through.

One more thing, unrelated to the merge: you asked whether your AWS Educate badge would move as well. AWS Educate badges come from a different program, so they will stay on the Credly account where they are now.

Best,
Mateo L.
AWS Training and Certification"""
user = ("Confirmed.\n\nAlso, will my AWS Educate badge move too?\n\nAisha\n\n"
        + q_gmail('Mon, 25 Aug 2025, at 11:11,', f'Amazon Web Services <{FORM}>',
                  "Hi Aisha,\n\nHere's what I have set up: AWS05540129 (aisha.chowdhury@uni-mail.edu) would be folded "
                  "into AWS14208836 (aisha.rahman@fastmail.com).\n\nIf you'd like me to go ahead with this, just reply "
                  "with \"Confirmed\".\n\nBest,\nMateo L."))
aws_mail('047-submitted-team-will-merge-no-action-needed.eml', kind='support_reply', case_id=G_CID, lang='en',
         rcpt=AISHA, rcpt_name=AISHA_N, t=T(2025, 8, 26, 14, 30, 8), provider='fastmail', subject=G_SUBJ,
         body=alt(new + '\n\n' + q_gmail('Tue, 26 Aug 2025, at 08:47,', f'Aisha Rahman <{AISHA}>', user),
                  brand='aws'), new=new)

# 048 ------------------------------------------------------------------------
new = """Hi Aisha,

Quick note to let you know the merge went through last night. Everything from AWS05540129 is now on AWS14208836, and AWS05540129 has been closed.

Separately, could you send me a screenshot of the error you mentioned when you tried to use your exam voucher? I'd like to check it, since the voucher should now show on AWS14208836.

Best,
Mateo L.
AWS Training and Certification"""
aws_mail('048-merge-went-through-plus-screenshot-question.eml', kind='merge_completed', case_id=G_CID, lang='en',
         rcpt=AISHA, rcpt_name=AISHA_N, t=T(2025, 8, 29, 8, 5, 51), provider='fastmail', subject=G_SUBJ,
         body=alt(new, brand='aws', cte='quoted-printable'), new=new)

# 049 ------------------------------------------------------------------------
new = f"""Hi Aisha,

A week ago your case {G_CID} was marked as resolved. We haven't heard from you yet and would still love your feedback.

Was your issue resolved? Yes / No
https://survey.aws-support.amazon.com/r?c={G_CID}&reminder=1

Rate your experience with Mateo L. from 1 to 5. It takes less than a minute and helps us improve.

AWS Training and Certification

You are receiving this one-time reminder because you recently contacted AWS Training and Certification."""
aws_mail('049-reminder-still-want-your-feedback.eml', kind='survey', case_id=G_CID, lang='en', rcpt=AISHA,
         rcpt_name=AISHA_N, t=T(2025, 9, 5, 15, 0, 3), provider='fastmail',
         subject=f"Reminder: tell us about your recent case {G_CID}",
         body=part(html_doc(to_html_inner(new), brand='aws'), 'html', cte='quoted-printable'), new=new)

# 050 ------------------------------------------------------------------------
new = """Hi Aisha,

You have 2 badges waiting to be accepted:

- AWS Certified Cloud Practitioner (issued by AWS Training and Certification)
- AWS Certified Machine Learning Engineer - Associate (issued by AWS Training and Certification)

Accept your badges to display them on your profile and share them with your network.

Accept your badges: https://www.credly.com/earner/earned

Credly, Inc., 10 Hudson Yards, New York, NY 10001
You are receiving this e-mail because you have pending badges on Credly."""
credly_mail('050-credly-two-badges-waiting-to-accept.eml', kind='credly_badge_issued', rcpt=AISHA,
            rcpt_name=AISHA_N, t=T(2025, 8, 31, 17, 26, 40), provider='fastmail', frm='"Credly" <admin@credly.com>',
            subject='You have 2 badges waiting to be accepted', new=new)


# ============================================================================
# Look-alikes, other cases, phishing
# ============================================================================
# 051 ------------------------------------------------------------------------
new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I'm happy to inform you that your request has been processed. The duplicate seller account registered to dan.okafor+shop@gmail.com has been merged with your primary selling account (Merchant Token A2XK9QF0LP31V7). Your listings and order history are now available under the primary account, and the duplicate account has been closed.

Please allow up to 24 hours for all listings to appear in Manage Inventory.

Was this e-mail helpful?
Yes: https://sellercentral.amazon.co.uk/cu/feedback?caseID=6120934471&helpful=1
No: https://sellercentral.amazon.co.uk/cu/feedback?caseID=6120934471&helpful=0

Thank you for selling with Amazon,
Nadia
Amazon Selling Partner Support

View your case: https://sellercentral.amazon.co.uk/cu/case-dashboard/view-case?caseID=6120934471"""
sc_t = T(2025, 5, 24, 10, 8, 37)
ext_mail('051-seller-central-case-seller-accounts-merged.eml', kind='unrelated', case_id='6120934471', lang='en',
         verified=True, rcpt=DAN, t=sc_t, frm='"Amazon Selling Partner Support" <sellercentral@amazon.com>',
         to=DAN, subject='RE:[CASE 6120934471] Request to merge duplicate seller accounts',
         body=alt(new, cte='quoted-printable'), new=new, provider='gmail', relay='smtp-out-0-21.amazon.com',
         ip='207.171.188.21', mailfrom=f"20250524100837{rhex(12)}@bounces.amazon.com",
         ar={'dkim': [('pass', 'amazon.com', 'rte02')], 'spf': 'pass', 'dmarc': ('pass', 'amazon.com', 'QUARANTINE')},
         sigs=[dkim('amazon.com', 'rte02', sc_t)], msgid=f"<{rhex(24)}.{R.randint(10**9, 10**10)}@sellercentral.amazon.com>")

# 052 ------------------------------------------------------------------------
new = """Merged #128 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightlane/cert-tracker/pull/128#event-17711983204
You are receiving this because you authored the thread."""
gh_t = T(2025, 5, 22, 13, 2, 5)
ext_mail('052-github-pr-merged-notification.eml', kind='unrelated', case_id=None, lang='en', verified=False,
         rcpt=DAN, t=gh_t, frm='"Kofi Mensah" <notifications@github.com>',
         to='brightlane/cert-tracker <cert-tracker@noreply.github.com>',
         subject='Re: [brightlane/cert-tracker] Merge duplicate candidate accounts in the team report (PR #128)',
         body=alt(new, cte='7bit', cs='us-ascii'), new=new, provider='gmail', relay='out-21.smtp.github.com',
         ip='192.30.252.204', mailfrom='noreply@github.com',
         ar={'dkim': [('pass', 'github.com', 'pf2023')], 'spf': 'pass', 'dmarc': ('pass', 'github.com', 'REJECT')},
         sigs=[dkim('github.com', 'pf2023', gh_t)], msgid='<brightlane/cert-tracker/pull/128/issue_event/17711983204@github.com>',
         extra=[('Cc', f'Daniel Okafor <{DAN}>, Author <author@noreply.github.com>'),
                ('In-Reply-To', '<brightlane/cert-tracker/pull/128@github.com>'),
                ('References', '<brightlane/cert-tracker/pull/128@github.com>'),
                ('List-ID', 'brightlane/cert-tracker <cert-tracker.brightlane.github.com>'),
                ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'kmensah')])

# 053 ------------------------------------------------------------------------
new = """Hello,

Thank you for creating an AWS Builder ID. To verify your email address, enter the following code:

Verification code: 604 918

This code expires in 10 minutes. If you did not request this code, you can safely ignore this email.

Amazon Web Services"""
bi_t = T(2025, 2, 3, 19, 44, 1)
ext_mail('053-builder-id-code-no-auth-results.eml', kind='unrelated', case_id=None, lang='en', verified=None,
         rcpt=MARCO, t=bi_t, frm='"AWS Builder ID" <no-reply@signin.aws>', to=MARCO,
         subject='Verify your AWS Builder ID email address', body=alt(new, cte='quoted-printable'), new=new,
         provider='none', relay='a8-44.smtp-out.amazonses.com', ip='54.240.8.44',
         mailfrom=f"0100{int(bi_t * 1000):012x}-{rhex(8)}@email.amazonses.com", ar=None,
         sigs=[dkim('signin.aws', SEL_AMZ, bi_t)], msgid=ses_id(bi_t), tz=UTC)

# 054 ------------------------------------------------------------------------
new = """Hi Marco,

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, will expire on March 9, 2023.

To keep your badge active, complete the recertification requirements before the expiration date. Once you recertify, a new badge will be issued to you.

Learn about recertification: https://aws.amazon.com/certification/recertification/
View your badge: https://www.credly.com/badges/93e1c4a2-5f0d-4a8b-9b77-1e5c2d0f6a38

Credly, Inc.
You are receiving this e-mail because you have a badge that is about to expire."""
credly_mail('054-credly-badge-expires-soon.eml', kind='unrelated', rcpt=MARCO, rcpt_name='Marco Bellini',
            t=T(2023, 1, 20, 14, 0, 22), provider='libero', frm='"Credly" <admin@credly.com>',
            subject='Your badge expires in 48 days: AWS Certified Cloud Practitioner', new=new)

# 055 ------------------------------------------------------------------------
new = """Dear AWS Customer,

We were unable to process the payment for your Amazon Web Services account. As a result, your account has been suspended and your running resources will be terminated within 24 hours.

To restore your services, please update your billing information immediately:

https://aws-billing-update.com/console/billing/restore

If you have already updated your payment method, please disregard this message.

Sincerely,
Amazon Web Services Billing Department"""
ph_t = T(2024, 12, 2, 5, 51, 30)
ext_mail('055-spoofed-billing-suspension-not-merge.eml', kind='unrelated', case_id=None, lang='en', verified=False,
         rcpt=LIWEI, t=ph_t, frm=NOREPLY_FROM, to=LIWEI, subject='Action required: Your AWS account has been suspended',
         body=part(html_doc(to_html_inner(new), brand='aws'), 'html', cte='base64'), new=new, provider='outlook',
         relay='mail.kinderhaus-sonne.de', ip='91.204.46.133', mailfrom='wordpress@kinderhaus-sonne.de',
         ar={'dkim': [('none', 'amazon.com', '')], 'spf': 'fail', 'dmarc': ('fail', 'amazon.com', 'QUARANTINE')},
         msgid=f"<{rhex(32)}@kinderhaus-sonne.de>")

# 056 ------------------------------------------------------------------------
new = """AWS トレーニングと認定 ニュースレター 2025年8月号

■ 新しい認定試験のお知らせ
AWS Certified Generative AI Developer - Professional のベータ試験の受付を開始しました。

■ AWS Skill Builder 新着コース
生成 AI の基礎から実践までを学べる日本語コースを 12 本追加しました。

■ よくあるご質問: 認定アカウントが複数ある場合
受験時期や勤務先の変更で認定アカウントが複数になってしまった場合は、お問い合わせフォームから「アカウントの統合」を選択してご依頼ください。担当者が内容を確認し、統合の前に必ずご本人の同意を確認いたします。

配信停止をご希望の場合は、こちらから手続きしてください: https://pages.awscloud.com/unsubscribe.html

Amazon Web Services Japan 合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア"""
aws_mail('056-ja-newsletter-faq-mentions-merge.eml', kind='unrelated', case_id=None, lang='ja', rcpt=TANAKA,
         rcpt_name=None, t=T(2025, 8, 6, 1, 0, 14), provider='biglobe', ar=BIGLOBE_AMZ,
         frm=enc_name('AWS トレーニングと認定', 'aws-marketing-email-replies@amazon.com'),
         subject=enc_subject('【AWS トレーニングと認定】新しい認定試験と Skill Builder 新着コースのご案内', 'utf-8'),
         body=part(html_doc(to_html_inner(new), brand='aws'), 'html', cte='quoted-printable'), new=new,
         extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html>')])

# 057 ------------------------------------------------------------------------
new = """Hello,

Thank you for your patience. I'm pleased to let you know that we've approved and processed your request to increase the Running On-Demand Standard instances limit to 64 vCPUs in the Europe (Frankfurt) region. It can take up to 30 minutes for the new limit to become effective.

You also mentioned in your case notes that you have two AWS Certification accounts that you'd like merged. I'm not able to help with that from Service Quotas: certification accounts are managed by AWS Training and Certification, separately from your AWS account. Please submit the request through the Training and Certification contact form (https://aws.amazon.com/contact-us/aws-training/) and choose "Account Merge"; they will ask you to confirm the accounts before anything is changed.

Please confirm that the new limit works for your lab, and feel free to reopen this case if it does not.

""" + RATE_EN + """

Best regards,

Jonas W.
Amazon Web Services"""
aws_mail('057-quota-approved-side-note-on-cert-merge.eml', kind='unrelated', case_id=Q_CID, lang='en', rcpt=DAN,
         rcpt_name=None, t=T(2025, 5, 20, 9, 47, 26), frm=NOREPLY_FROM,
         subject=f"RE:[CASE {Q_CID}] Limit Increase: EC2 Instances",
         body=alt(new + '\n\n' + SEP + '\n\n' + CONSOLE_FOOT.format(cid=Q_CID, lang='en'), brand='aws'), new=new)

# 058 ------------------------------------------------------------------------
new = """Tom Becker merged merge request !57 at northwind / data-platform

Project: northwind/data-platform
Branch: merge-candidate-accounts -> main
Title: Merge candidate accounts table into certifications view

Merge request URL: https://gitlab.com/northwind/data-platform/-/merge_requests/57

--
You're receiving this email because of your account on gitlab.com. Unsubscribe from this thread: https://gitlab.com/-/sent_notifications/4f8a1c0e/unsubscribe"""
gl_t = T(2022, 11, 29, 8, 12, 40)
ext_mail('058-gitlab-merge-request-merged.eml', kind='unrelated', case_id=None, lang='en', verified=False,
         rcpt=PRIYA, t=gl_t, frm='"Tom Becker" <gitlab@mg.gitlab.com>', to=f'{PRIYA_N} <{PRIYA}>',
         subject='Re: data-platform | Merge candidate accounts table into certifications view (!57)',
         body=alt(new, cte='quoted-printable'), new=new, provider='o365', relay='mail-a5.mg.gitlab.com',
         ip='192.237.158.143', mailfrom='bounce+5e2a1f.9c3b-priya.raman=northwind-analytics.com@mg.gitlab.com',
         ar={'dkim': [('pass', 'mg.gitlab.com', 'mailo')], 'spf': 'pass', 'dmarc': ('pass', 'mg.gitlab.com', 'none')},
         sigs=[dkim('mg.gitlab.com', 'mailo', gl_t)], msgid='<merge_request_412998377@gitlab.com>',
         extra=[('X-GitLab-Project', 'data-platform'), ('X-GitLab-MergeRequest-IID', '57'),
                ('X-GitLab-NotificationReason', 'subscribed')])

# 059 ------------------------------------------------------------------------
FAKE_CID = case15(T(2025, 8, 25, 11, 14, 0), '00318')
new = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {FAKE_CID} to address your issue.

Case ID: {FAKE_CID}
Subject: Certification account merge - identity verification
Severity: High

To keep the merge of your certification accounts from being cancelled, sign in and verify your identity within 24 hours:

https://aws-supportcenter.com/support/home?displayId={FAKE_CID}

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc."""
fk_t = T(2025, 8, 25, 11, 15, 2)
ext_mail('059-lookalike-case-opened-about-merge.eml', kind='case_created', case_id=FAKE_CID, lang='en',
         verified=False, rcpt=AISHA, t=fk_t, frm='"Amazon Web Services" <no-reply@aws-supportcenter.com>', to=AISHA,
         subject=f"Amazon Web Services: You have opened a new Support case: {FAKE_CID}",
         body=alt(new, brand='aws', cte='quoted-printable'), new=new, provider='fastmail',
         relay='mta1.aws-supportcenter.com', ip='193.29.13.212', mailfrom='bounce@aws-supportcenter.com',
         ar={'dkim': [('pass', 'aws-supportcenter.com', 'mail')], 'spf': 'pass',
             'dmarc': ('pass', 'aws-supportcenter.com', 'none')},
         sigs=[dkim('aws-supportcenter.com', 'mail', fk_t)])

# 060 ------------------------------------------------------------------------
new = """田中 様

AWS 認定アカウントの統合に伴い、3 件のデジタルバッジがお客様の Credly アカウントに移行されました。

・AWS Certified Solutions Architect - Associate
・AWS Certified Developer - Associate
・AWS Certified Cloud Practitioner

バッジを受け取るには、72 時間以内に以下のリンクからサインインしてください。期限を過ぎるとバッジは失効します。

バッジを受け取る: https://credly-badges.net/ja/accept?ref=7741a0

Credly サポートチーム"""
cp_t = T(2025, 7, 27, 9, 3, 55)
ext_mail('060-ja-lookalike-credly-badges-moved-after-merge.eml', kind='credly_badge_issued', case_id=None, lang='ja',
         verified=False, rcpt=TANAKA, t=cp_t, frm=enc_name('Credly サポート', 'admin@credly-badges.net', 'iso-2022-jp'),
         to=TANAKA, subject=enc_subject('【Credly】統合に伴いバッジが移行されました - 受け取り手続きのお願い', 'iso-2022-jp'),
         body=alt(new, cs='iso-2022-jp', cte='7bit', brand='credly'), new=new, provider='biglobe',
         relay='smtp.credly-badges.net', ip='103.151.72.9', mailfrom='info@credly-badges.net',
         ar={'dkim': [('pass', 'credly-badges.net', 'default')], 'spf': 'pass',
             'dmarc': ('pass', 'credly-badges.net', 'none')},
         sigs=[dkim('credly-badges.net', 'default', cp_t)], tz=JST)


# ==== END MAILS ====

if __name__ == '__main__':
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print(len(LABELS), 'mails written')
