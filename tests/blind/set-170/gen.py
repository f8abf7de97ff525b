#!/usr/bin/env python3
"""Generator for blind set 170: AWS Certification account-merge mailbox (test data).

Writes NNN-*.eml and labels.json next to this script.
"""
import base64
import html as H
import io
import json
import os
import quopri
import random
import re
import unicodedata
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.header import Header
from email.generator import BytesGenerator
from email import policy
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(170170)
POL = policy.compat32.clone(max_line_length=0)

UTC = timezone.utc
JST = timezone(timedelta(hours=9), 'JST')


# ---------------------------------------------------------------- time / ids
def T(s):
    """UTC datetime from 'YYYY-MM-DD HH:MM:SS'."""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)


def fmt(d, hours=0):
    return format_datetime(d.astimezone(timezone(timedelta(hours=hours))))


def pacific(d):
    dst = 3 <= d.month <= 10
    off = -7 if dst else -8
    return fmt(d, off) + (' (PDT)' if dst else ' (PST)')


def cid15(opened, suffix):
    return f"{int(opened.timestamp())}{suffix}"


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ralnum(n, chars='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(chars) for _ in range(n))


def ruuid():
    return f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"


def b64rand(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def ses_id(d, host='email.amazonses.com'):
    ms = int(d.timestamp() * 1000) - R.randint(200, 3000)
    return f"<0100{ms:012x}-{ruuid()}-000000@{host}>"


def ses_mailfrom(msgid):
    return msgid.strip('<>').split('@')[0] + '@amazonses.com'


def fold_b(val, width=72, ind='\t '):
    return ('\n' + ind).join(val[i:i + width] for i in range(0, len(val), width))


AMZ_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
AMZ_SEL2 = 'lo4ghg5cvwqgc3yq5pu3bxnt6xlkyzdq'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'
SES_HOSTS = [('a8-29', '54.240.8.29'), ('a8-57', '54.240.8.57'), ('a9-108', '54.240.9.108'),
             ('a48-112', '54.240.48.112'), ('a11-203', '54.240.11.203'), ('a8-147', '54.240.8.147'),
             ('a48-37', '54.240.48.37'), ('a9-61', '54.240.9.61')]


def dkim(d, s, t, h='Subject:From:To:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID',
         c='simple/simple'):
    return (f"v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={s}; d={d}; t={t};\n"
            f"\th={h};\n\tbh={b64rand(32)};\n\tb={fold_b(b64rand(256))}")


# ------------------------------------------------------------- auth results
def ar_gmail(mailfrom, ip, dkims, spf='pass', dmarc='pass', from_dom='amazon.com', p='QUARANTINE'):
    parts = []
    for dom, sel, res in dkims:
        parts.append(f"dkim={res} header.i=@{dom} header.s={sel} header.b={b64rand(6)[:8]}")
    if spf == 'pass':
        parts.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) "
                     f"smtp.mailfrom={mailfrom}")
    elif spf == 'none':
        parts.append(f"spf=none (google.com: {mailfrom} does not designate permitted sender hosts) "
                     f"smtp.mailfrom={mailfrom}")
    else:
        parts.append(f"spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) "
                     f"smtp.mailfrom={mailfrom}")
    dis = 'NONE' if dmarc == 'pass' else p
    if dmarc is not None:
        parts.append(f"dmarc={dmarc} (p={p} sp={p} dis={dis}) header.from={from_dom}")
    return ';\n       '.join(parts)


def tr_gmail(to, d, mailfrom, ip, helo, ar_body):
    r = d + timedelta(seconds=R.randint(1, 4))
    pt = pacific(r)
    sid = ralnum(6, 'abcdefghijklmnopqrstuvwxyz') + '.' + str(R.randint(100, 999)) + '.' + \
        datetime.strftime(r, '%Y.%m.%d')
    sid = ralnum(36, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
    ts = int(r.timestamp())
    return [
        ('Delivered-To', to),
        ('Received', f"by 2002:a05:7300:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(2)}{R.randint(100,999)}csp{R.randint(1000000,9999999)}dyb;\n        {pt}"),
        ('X-Google-Smtp-Source', b64rand(48).rstrip('=')),
        ('X-Received', f"by 2002:a05:6214:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(12)}.{R.randint(10,99)}.{R.randint(1000000000000,9999999999999)};\n        {pt}"),
        ('ARC-Seal', f"i=1; a=rsa-sha256; t={ts}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b(b64rand(256), 70, '        ')}"),
        ('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:date:message-id:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh={b64rand(32)};\n        fh={b64rand(32)};\n        b={fold_b(b64rand(256), 70, '        ')};\n        dara=google.com"),
        ('ARC-Authentication-Results', "i=1; mx.google.com;\n       " + ar_body),
        ('Return-Path', f"<{mailfrom}>"),
        ('Received', f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {sid}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pt}"),
        ('Received-SPF', f"pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};" if ' designates ' in ar_body and 'spf=pass' in ar_body else f"softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) client-ip={ip};"),
        ('Authentication-Results', "mx.google.com;\n       " + ar_body),
    ]


def ar_outlook(ip, mf_dom, dkims, dmarc='pass', from_dom='amazon.com', compauth='pass reason=100', spf='pass'):
    s = f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mf_dom};"
    for dom, res in dkims:
        if res == 'pass':
            s += f" dkim=pass (signature was verified)\n header.d={dom};"
        else:
            s += f" dkim={res} (no signature);"
    act = 'none' if dmarc == 'pass' else 'quarantine'
    s += f"dmarc={dmarc} action={act}\n header.from={from_dom};compauth={compauth}"
    return s


def tr_outlook(to, d, ip, helo, mf_dom, ar, spf_word='Pass'):
    r = d + timedelta(seconds=R.randint(1, 5))
    ds = fmt(r)
    pod = R.choice(['BN9PR03CA', 'SN7PR18CA', 'CH2PR05CA', 'MW4PR04CA'])
    mbx = f"SA1P223MB{R.randint(1000,9999)}.NAMP223.PROD.OUTLOOK.COM"
    fe = f"{pod}0{R.randint(100,999)}.namprd{R.randint(10,19)}.prod.outlook.com"
    edge = f"BN2PEPF0000{rhex(4).upper()}.namprd04.prod.outlook.com"
    return [
        ('Received', f"from {mbx} (::1) by\n {mbx.replace('MB', 'MB0', 1)} with HTTPS; {ds}"),
        ('Received', f"from {fe} (2603:10b6:408:{rhex(3)}::{R.randint(10,99)})\n by {mbx} (2603:10b6:806:{rhex(3)}::{R.randint(2,9)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.{R.randint(10,40)}; {ds}"),
        ('Received', f"from {edge} (2603:10b6:408:{rhex(3)}:cafe::{rhex(2)}) by\n {fe.split('.')[0]}.outlook.office365.com\n (2603:10b6:408:{rhex(3)}::{R.randint(10,99)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.{R.randint(10,40)} via Frontend Transport; {ds}"),
        ('Authentication-Results', ar),
        ('Received-SPF', f"{spf_word} (protection.outlook.com: domain of {mf_dom} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C" if spf_word == 'Pass' else f"{spf_word} (protection.outlook.com: domain of {mf_dom} does\n not designate {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip}; helo={helo};"),
        ('Received', f"from {helo} ({ip}) by\n {edge.replace('namprd04.prod.outlook.com', 'mail.protection.outlook.com')} (10.167.{R.randint(200,250)}.{R.randint(2,250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.{R.randint(10,40)}\n via Frontend Transport; {ds}"),
        ('X-MS-Exchange-Organization-ExpirationStartTime', f"{r.strftime('%d %b %Y %H:%M:%S.')}{R.randint(1000,9999)}\n (UTC)"),
        ('X-MS-Exchange-Organization-Network-Message-Id', ruuid()),
        ('X-MS-Exchange-Organization-AuthSource', edge.replace('namprd04.prod.outlook.com', 'namprd04.prod.outlook.com')),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-MS-Exchange-Organization-SCL', '1'),
        ('X-Microsoft-Antispam', 'BCL:0;ARA:13230040|29132699027|4022899009|8096899003;'),
    ]


def ar_jp(host, mailfrom, dkims, dmarc='pass', from_dom='amazon.com', spf='pass', style='plain'):
    parts = [f"spf={spf} smtp.mailfrom={mailfrom}"]
    for dom, sel, res in dkims:
        if style == 'opendkim':
            parts.append(f"dkim={res} (2048-bit key; unprotected) header.d={dom} header.i=@{dom} header.b=\"{b64rand(6)[:8]}\"")
        else:
            parts.append(f"dkim={res} header.d={dom} header.s={sel}")
    if dmarc is not None:
        if style == 'opendkim':
            parts.append(f"dmarc={dmarc} (p=quarantine dis=none) header.from={from_dom}")
        else:
            parts.append(f"dmarc={dmarc} header.from={from_dom}")
    return host + ';\n\t' + ';\n\t'.join(parts)


def tr_jp(to, d, mailfrom, ip, helo, ar, mx, inner):
    r = d + timedelta(seconds=R.randint(1, 6))
    j = fmt(r, 9) + ' (JST)'
    return [
        ('Return-Path', f"<{mailfrom}>"),
        ('Received', f"from {inner} (localhost [127.0.0.1])\n\tby {inner} with LMTP id {ralnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}\n\tfor <{to}>; {j}"),
        ('Authentication-Results', ar),
        ('Received', f"from {helo} ({helo} [{ip}])\n\tby {mx} with ESMTPS id {ralnum(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}\n\tfor <{to}>; {j}"),
    ]


def tr_fastmail(to, d, mailfrom, ip, helo, dkim_dom='amazon.com', sel=AMZ_SEL, dmarc='pass', from_dom='amazon.com'):
    r = d + timedelta(seconds=R.randint(1, 4))
    e = fmt(r, -4)
    ar = (f"mx4.messagingengine.com;\n    dkim=pass (2048-bit rsa key sha256) header.d={dkim_dom}\n"
          f"      header.i=@{dkim_dom} header.b={b64rand(6)[:8]} header.a=rsa-sha256 header.s={sel}\n"
          f"      x-bits=2048;\n    dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com\n"
          f"      header.i=@amazonses.com header.b={b64rand(6)[:8]} header.a=rsa-sha256\n      header.s={SES_SEL} x-bits=1024;\n"
          f"    dmarc={dmarc} policy.published-domain-policy=quarantine\n      policy.applied-disposition=none policy.evaluated-disposition=none\n"
          f"      (p=quarantine,d=none,d.eval=none) policy.policy-from=p\n      header.from={from_dom};\n"
          f"    spf=pass smtp.mailfrom={mailfrom}\n      smtp.helo={helo}")
    return [
        ('Return-Path', f"<{mailfrom}>"),
        ('Received', f"from compute{R.randint(1,8)}.internal (compute{R.randint(1,8)}.nyi.internal [10.202.2.{R.randint(40,60)}])\n\t by sloti{R.randint(10,60)}n{R.randint(1,20)} (Cyrus 3.11.0-alpha0-{R.randint(100,999)}-g{rhex(8)}) with LMTPA;\n\t {e}"),
        ('X-Cyrus-Session-Id', f"sloti{R.randint(10,60)}n{R.randint(1,20)}-{int(r.timestamp())}-{R.randint(100000,999999)}-2-{R.randint(10**17,10**18)}"),
        ('X-Sieve', 'CMU Sieve 3.0'),
        ('X-Spam-score', '0.0'),
        ('Received', f"from mx4 ([10.202.2.203])\n  by compute{R.randint(1,8)}.internal (LMTPProxy); {e}"),
        ('Authentication-Results', ar),
        ('Received-SPF', f"pass\n    (amazonses.com: {ip} is authorized to use '{mailfrom}' in 'mfrom' identity (mechanism 'ip4:54.240.0.0/18' matched))\n    receiver=mx4.messagingengine.com;\n    identity=mailfrom;\n    envelope-from=\"{mailfrom}\";\n    helo={helo};\n    client-ip={ip}"),
        ('Received', f"from {helo} ({helo} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n\tby mx4.messagingengine.com (Postfix) with ESMTPS\n\tfor <{to}>; {e}"),
    ]


# --------------------------------------------------------------- MIME parts
CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'cp932': 'cp932',
         'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None,
         format_flowed=False):
    data = text.encode(codec or CODEC[charset])
    m = Message()
    ct = f'text/{subtype}; charset="{label or charset}"'
    if format_flowed:
        ct += '; format=flowed'
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
        if not payload.endswith('\n'):
            payload += '\n'
    else:  # 7bit / 8bit
        payload = data.decode('ascii', 'surrogateescape')
        if not payload.endswith('\n'):
            payload += '\n'
    m.set_payload(payload)
    return m


def multi(subtype, *parts_):
    m = Message()
    m['Content-Type'] = f'multipart/{subtype};\n\tboundary="{boundary()}"'
    for p in parts_:
        m.attach(p)
    return m


def boundary():
    k = R.randint(0, 3)
    if k == 0:
        return f"----=_Part_{R.randint(100000,9999999)}_{R.randint(100000000,999999999)}.{R.randint(10**12,10**13)}"
    if k == 1:
        return f"000000000000{rhex(16)}"
    if k == 2:
        return f"_000_{ralnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}namp_"
    return f"=_{rhex(32)}"


def alt(text, html_, charset='utf-8', cte='quoted-printable', hcte=None, hcharset=None):
    return multi('alternative', part(text, 'plain', charset, cte),
                 part(html_, 'html', hcharset or charset, hcte or cte))


# ------------------------------------------------------------ quoting etc.
def prefix(text, p='> '):
    out = []
    for ln in text.split('\n'):
        if ln.startswith('>'):
            out.append(p + ln)
        else:
            out.append((p + ln).rstrip() if ln else p.rstrip())
    return '\n'.join(out)


def gmail_hdr(d, name, addr, hours=0):
    dd = d.astimezone(timezone(timedelta(hours=hours)))
    h12 = dd.strftime('%I').lstrip('0')
    return f"On {dd.strftime('%a, %b')} {dd.day}, {dd.year} at {h12}:{dd.strftime('%M %p')} {name} <{addr}> wrote:"


WD_JA = '月火水木金土日'


def ja_hdr(d, name, addr):
    dd = d.astimezone(JST)
    return f"{dd.year}年{dd.month}月{dd.day}日({WD_JA[dd.weekday()]}) {dd.hour}:{dd.minute:02d} {name} <{addr}>:"


def outlook_block(frm, d, to, subject, hours=0, cc=None, ja=False):
    dd = d.astimezone(timezone(timedelta(hours=hours)))
    if ja:
        sent = f"{dd.year}年{dd.month}月{dd.day}日 {dd.hour}:{dd.minute:02d}"
        s = f"差出人: {frm}\n送信日時: {sent}\n宛先: {to}\n"
        if cc:
            s += f"CC: {cc}\n"
        return s + f"件名: {subject}\n"
    h12 = dd.strftime('%I').lstrip('0')
    sent = f"{dd.strftime('%A, %B')} {dd.day}, {dd.year} {h12}:{dd.strftime('%M %p')}"
    s = f"From: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n"


def t2h(text):
    """Plain text paragraph -> simple HTML."""
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(H.escape(x) for x in p.split('\n')) + '</p>')
    return '\n'.join(out)


def html_doc(body, lang='en', style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n'
            f'<body style="{style}">\n{body}\n</body></html>\n')


def strip_tags(s):
    s = re.sub(r'(?is)<(script|style).*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</p>|</tr>|</div>|</li>|</h\d>', '\n', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return H.unescape(s)


def hdr_text(s, charset='utf-8', width=76):
    """Encoded-word header value (folded) when non-ASCII."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=width)


def addr(name, a, charset='utf-8'):
    if not name:
        return a
    try:
        name.encode('ascii')
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{a}>'
        return f'{name} <{a}>'
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{a}>"


# ------------------------------------------------------------ AWS headers
FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE = ('Amazon Web Services', 'no-reply-aws@amazon.com')


def aws_headers(prov, to, d, frm, subject, subj_charset='utf-8', extra=(), dkim_ok=True, sel=AMZ_SEL,
                to_name=None, jp_host=None, jp_mx=None, jp_inner=None, jp_style='plain'):
    """Full header list for genuine SES-sent amazon.com mail."""
    msgid = ses_id(d)
    mf = ses_mailfrom(msgid)
    helo_short, ip = R.choice(SES_HOSTS)
    helo = f"{helo_short}.smtp-out.amazonses.com"
    t = int(d.timestamp())
    if prov == 'gmail':
        ar = ar_gmail(mf, ip, [('amazon.com', sel, 'pass'), ('amazonses.com', SES_SEL, 'pass')])
        tr = tr_gmail(to, d, mf, ip, helo, ar)
    elif prov == 'outlook':
        ar = ar_outlook(ip, 'amazonses.com', [('amazon.com', 'pass'), ('amazonses.com', 'pass')])
        tr = tr_outlook(to, d, ip, helo, 'amazonses.com', ar)
    elif prov == 'fastmail':
        tr = tr_fastmail(to, d, mf, ip, helo, sel=sel)
    elif prov == 'jp':
        ar = ar_jp(jp_host, mf, [('amazon.com', sel, 'pass'), ('amazonses.com', SES_SEL, 'pass')], style=jp_style)
        tr = tr_jp(to, d, mf, ip, helo, ar, jp_mx, jp_inner)
    elif prov == 'none':
        tr = [('Return-Path', f"<{mf}>")]
    else:
        raise ValueError(prov)
    hs = list(tr)
    hs.append(('DKIM-Signature', dkim('amazon.com', sel, t)))
    hs.append(('DKIM-Signature', dkim('amazonses.com', SES_SEL, t,
                                      h='Subject:From:To:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID')))
    hs += [
        ('Date', fmt(d)),
        ('From', addr(*frm)),
        ('To', addr(to_name, to) if to_name else to),
        ('Message-ID', msgid),
        ('Subject', hdr_text(subject, subj_charset)),
    ]
    hs += list(extra)
    hs += [('Feedback-ID', f"::1.us-east-1.{b64rand(33)[:43]}=:AmazonSES"),
           ('X-SES-Outgoing', d.strftime('%Y.%m.%d') + '-' + ip)]
    return hs


# ------------------------------------------------------------ emit
LABELS = {}
ID_RE = re.compile(r'(?<![A-Za-z0-9])AWS[ \-]?(\d{8})(?!\d)', re.I)
SEEN = set()


def ids_in(text):
    t = unicodedata.normalize('NFKC', text)
    return sorted({'AWS' + m.group(1) for m in ID_RE.finditer(t)})


def emit(n, slug, kind, lang, case_id, sv, headers, body, new_text, ids=None, crlf=False):
    assert n not in SEEN, n
    SEEN.add(n)
    assert kind in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                    'credly_badge_issued', 'support_reply', 'unrelated'), kind
    m = Message()
    for k, v in headers:
        m[k] = v
    m['MIME-Version'] = '1.0'
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload
    if body.preamble is not None:
        m.preamble = body.preamble
    buf = io.BytesIO()
    pol = POL.clone(linesep='\r\n') if crlf else POL
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(m)
    name = f"{n:03d}-{slug}.eml"
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(buf.getvalue())
    got = ids_in(new_text)
    if ids is not None:
        assert sorted(ids) == got, (name, ids, got)
    LABELS[name] = {'kind': kind, 'case_id': case_id, 'account_ids': got,
                    'sender_verified': sv, 'language': lang}


def finish():
    for f in os.listdir(OUT):
        if f.endswith('.eml') and f not in LABELS:
            os.remove(os.path.join(OUT, f))
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), 'mails written')


# =================================================================== MAILS
# ---------------------------------------------------------------- E1 Priya (form case, Gmail)
P_ADDR = 'priya.raman.dev@gmail.com'
P_OLD = 'priya.raman@brightloop.io'
E1_OPEN = T('2025-03-11 14:22:05')
E1 = cid15(E1_OPEN, '00381')
E1_SUBJ = f"[CASE {E1}] [AWS Training and Certification Form Submission] - account-assistance"
FORM_SIG = "AWS Training and Certification Customer Support"

# 001 form acknowledgement
d = E1_OPEN + timedelta(seconds=41)
txt = f"""Hello,

Thank you for contacting AWS Training and Certification. This message confirms that we have received your request and logged it under case ID {E1}.

A member of our team will review the details you submitted and respond to this email address, in most cases within 24 hours. Please do not submit the form again for the same request: a second submission creates a duplicate case and can delay our response. If you need to add information, reply to this message and keep the case ID in the subject line.

Summary of your submission
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04418275
Preferred language: English

Regards,
{FORM_SIG}

This message was sent to {P_ADDR} because a request was submitted on the AWS Training and Certification contact form.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
hb = t2h(txt).replace(f'case ID {E1}', f'case ID <b>{E1}</b>')
emit(1, 'form-received-priya', 'case_created', 'en', E1, True,
     aws_headers('gmail', P_ADDR, d, FORM, E1_SUBJ),
     alt(txt, html_doc(hb)), txt, ids=['AWS04418275'])

# 002 confirmation request, HTML-only with a table
d2 = T('2025-03-12 09:03:18')
rows = [('AWS17730962', P_OLD, 'Retired after the merge; its history moves to AWS04418275'),
        ('AWS04418275', P_ADDR, 'Stays active as your only profile')]
tr_html = ''.join(f'<tr><td style="border:1px solid #d5dbdb;padding:6px 10px">{a}</td>'
                  f'<td style="border:1px solid #d5dbdb;padding:6px 10px">{b}</td>'
                  f'<td style="border:1px solid #d5dbdb;padding:6px 10px">{c}</td></tr>' for a, b, c in rows)
h2_new = f"""<div style="max-width:640px">
<p>Hello Priya,</p>
<p>Thank you for your patience while we looked into this. I was able to locate both certification profiles that belong to you:</p>
<table style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th style="border:1px solid #d5dbdb;padding:6px 10px;text-align:left">Candidate ID</th><th style="border:1px solid #d5dbdb;padding:6px 10px;text-align:left">Sign-in email</th><th style="border:1px solid #d5dbdb;padding:6px 10px;text-align:left">What happens</th></tr>
{tr_html}
</table>
<p>All certifications, exam history and benefits currently held on AWS17730962 will be transferred to AWS04418275. From then on you will sign in only with <b>{P_ADDR}</b>. Please be aware that this change is permanent &mdash; once it has been carried out, we are not able to split the profiles again.</p>
<p>If the table above is accurate, a short reply to this email saying that you agree is all we need to get started. If anything is not right (for example, you would rather keep the Brightloop profile), just tell us which profile should remain and we will adjust the request.</p>
<p>Kind regards,<br>Rohan D.<br>{FORM_SIG}</p>
</div>"""
h2_foot = """<hr style="border:none;border-top:1px solid #eaeded">
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</p>"""
emit(2, 'rohan-profiles-table', 'merge_confirmation_requested', 'en', E1, True,
     aws_headers('gmail', P_ADDR, d2, FORM, 'RE:' + E1_SUBJ),
     part(html_doc(h2_new + '\n' + h2_foot), 'html', 'utf-8', 'quoted-printable'),
     strip_tags(h2_new), ids=['AWS04418275', 'AWS17730962'])
REQ2_TEXT = strip_tags(h2_new)
REQ2_TEXT = re.sub(r'[ \t]+', ' ', REQ2_TEXT)
REQ2_TEXT = '\n'.join(x.strip() for x in REQ2_TEXT.split('\n'))
REQ2_TEXT = re.sub(r'\n{3,}', '\n\n', REQ2_TEXT).strip()

# 003 thanks for confirming, will proceed (Gmail-style quoted history)
d3u = T('2025-03-12 16:14:52')
d3 = T('2025-03-12 19:41:07')
user3 = "Hi Rohan,\n\nYes, that's all correct, please go ahead. Thanks for the quick help!\n\nPriya"
new3 = f"""Hi Priya,

Thanks for getting back to us so quickly - your go-ahead has been noted. I have passed the request to our certification operations team, who will move the records from AWS17730962 over to AWS04418275. There is nothing else you need to do for now; I will write to you again as soon as it has been finished.

Best,
Rohan D.
{FORM_SIG}
"""
q3 = (gmail_hdr(d3u, 'Priya Raman', P_ADDR, 5.5) + '\n' +
      prefix(user3 + '\n\n' + gmail_hdr(d2, 'Amazon Web Services', FORM[1], 5.5) + '\n' + prefix(REQ2_TEXT)))
txt3 = new3 + '\n' + q3 + '\n'
h3 = html_doc(t2h(new3) + '\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' +
              H.escape(gmail_hdr(d3u, 'Priya Raman', P_ADDR, 5.5)) +
              '<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' +
              t2h(user3) + '<div class="gmail_quote">' + H.escape(gmail_hdr(d2, 'Amazon Web Services', FORM[1], 5.5)) +
              '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' +
              h2_new + '</blockquote></div></blockquote></div>')
emit(3, 'rohan-noted-goahead', 'support_reply', 'en', E1, True,
     aws_headers('gmail', P_ADDR, d3, FORM, 'RE:' + E1_SUBJ),
     alt(txt3, h3), new3, ids=['AWS04418275', 'AWS17730962'])

# 004 completion that quotes the original request (Outlook-style block)
d4 = T('2025-03-14 08:12:40')
new4 = f"""Hello Priya,

Good news: the consolidation you approved has been carried out. Your certification history, including AWS Certified Solutions Architect - Associate and AWS Certified Developer - Associate, now sits under AWS04418275, and the profile AWS17730962 is no longer active.

Please sign in at https://www.aws.training/certification with {P_ADDR} and check that everything shows as expected. Your Credly badges can take up to 48 hours to appear under the primary profile.

If you notice anything missing, reply to this email within 7 days and we will take another look.

Regards,
Rohan D.
{FORM_SIG}
"""
ob4 = outlook_block(f"Amazon Web Services <{FORM[1]}>", d2, P_ADDR, 'RE:' + E1_SUBJ)
txt4 = new4 + '\n________________________________\n' + ob4 + '\n' + REQ2_TEXT + '\n'
h4 = html_doc(t2h(new4) + '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
              '<br>\n'.join(f'<b>{H.escape(x.split(":",1)[0])}:</b>{H.escape(x.split(":",1)[1])}' for x in ob4.strip().split('\n')) +
              '</font><div>&nbsp;</div></div>' + h2_new)
emit(4, 'rohan-consolidation-done', 'merge_completed', 'en', E1, True,
     aws_headers('gmail', P_ADDR, d4, FORM, 'RE:' + E1_SUBJ),
     alt(txt4, h4, cte='base64'), new4, ids=['AWS04418275', 'AWS17730962'])

# 005 closure + survey
d5 = T('2025-03-14 08:15:02')
txt5 = f"""Hello,

Your case {E1} has been marked as resolved.

If your question was not fully answered, simply reply to this email within 14 days and the case will be reopened automatically. After that, please submit a new request through the AWS Training and Certification contact form.

How did we do?
Was your issue resolved?  YES: https://survey.aws-tc-support.amazon.com/r/{E1}?resolved=1
                         NO:  https://survey.aws-tc-support.amazon.com/r/{E1}?resolved=0

On a scale of 1 to 5, how would you rate the support you received from our agent?
https://survey.aws-tc-support.amazon.com/rate/{E1}

Your feedback helps us improve. The survey takes less than two minutes.

Thank you,
{FORM_SIG}
"""
h5 = html_doc(f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #eaeded">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Your case <b>{E1}</b> has been marked as resolved.</p>
<p>If your question was not fully answered, simply reply to this email within 14 days and the case will be reopened automatically.</p>
<h3 style="margin-top:24px">Was your issue resolved?</h3>
<p><a href="https://survey.aws-tc-support.amazon.com/r/{E1}?resolved=1" style="background:#ff9900;color:#16191f;padding:8px 22px;text-decoration:none;border-radius:2px">YES</a>&nbsp;&nbsp;
<a href="https://survey.aws-tc-support.amazon.com/r/{E1}?resolved=0" style="background:#d5dbdb;color:#16191f;padding:8px 22px;text-decoration:none;border-radius:2px">NO</a></p>
<p>How would you rate the support you received? <a href="https://survey.aws-tc-support.amazon.com/rate/{E1}">Rate your experience</a></p>
<p>Thank you,<br>{FORM_SIG}</p>
</td></tr></table></td></tr></table>""")
emit(5, 'case-resolved-priya', 'survey', 'en', E1, True,
     aws_headers('gmail', P_ADDR, d5, FORM, f"Your case {E1} has been resolved - tell us how we did"),
     alt(txt5, h5), txt5, ids=[])

# 006 Credly badge after the merge
d6 = T('2025-03-15 02:31:12')
cred_id = ruuid()
txt6 = f"""Priya, AWS Training and Certification has issued you a badge.

AWS Certified Solutions Architect - Associate
Issued by AWS Training and Certification

Accept your badge: https://www.credly.com/earner/earned/badge/{cred_id}

Once you accept it, you can share your badge on LinkedIn, add it to your email signature, or embed it on your website. Your badge includes verified metadata that describes the skills you demonstrated.

Questions about the badge or why you received it? Contact the issuer through the badge page.

Credly, Inc. | 1 Liberty Plaza, New York, NY 10006
Privacy Policy: https://www.credly.com/privacy
You are receiving this email because an organization issued a badge to {P_ADDR}.
Unsubscribe from badge notifications: https://www.credly.com/earner/settings/notifications
"""
h6 = html_doc(f"""<table width="100%" style="background:#f4f4f4"><tr><td align="center">
<table width="560" style="background:#ffffff;padding:30px">
<tr><td align="center"><img src="https://images.credly.com/size/220x220/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="140" alt="AWS Certified Solutions Architect - Associate"></td></tr>
<tr><td align="center"><h2 style="font-family:Helvetica,Arial">Priya, AWS Training and Certification has issued you a badge.</h2>
<p style="font-size:16px"><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/{cred_id}" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="color:#666">Once accepted, share your achievement on LinkedIn, add it to your email signature, or embed it on your website.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999" align="center">Credly, Inc. &middot; 1 Liberty Plaza, New York, NY 10006<br>
<a href="https://www.credly.com/earner/settings/notifications">Unsubscribe from badge notifications</a></td></tr>
</table></td></tr></table>""")
mid6 = f"<{ralnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}@geopod-ismtpd-{R.randint(1,40)}>"
mf6 = f"bounces+{R.randint(1000000,9999999)}-{rhex(4)}-{P_ADDR.replace('@','=')}@em.credly.com"
ar6 = ar_gmail(mf6, '149.72.123.24', [('credly.com', 's1', 'pass'), ('sendgrid.net', 'smtpapi', 'pass')],
               from_dom='credly.com', p='REJECT')
hs6 = tr_gmail(P_ADDR, d6, mf6, '149.72.123.24', 'o1.ptr7215.em.credly.com', ar6)
hs6 += [('DKIM-Signature', dkim('credly.com', 's1', int(d6.timestamp()), h='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to', c='relaxed/relaxed')),
        ('DKIM-Signature', dkim('sendgrid.net', 'smtpapi', int(d6.timestamp()), h='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to', c='relaxed/relaxed')),
        ('Date', fmt(d6)),
        ('From', 'AWS Training and Certification via Credly <admin@credly.com>'),
        ('To', P_ADDR),
        ('Message-ID', mid6),
        ('Subject', 'Priya, AWS Training and Certification has issued you a badge'),
        ('X-SG-EID', b64rand(60)),
        ('X-Entity-ID', b64rand(16))]
emit(6, 'credly-saa-priya', 'credly_badge_issued', 'en', None, True, hs6,
     alt(txt6, h6, cte='quoted-printable'), txt6, ids=[])

# ---------------------------------------------------------------- E2 Daniel (console case, Outlook)
D_ADDR = 'd.okafor@outlook.com'
D_OLD = 'd.okafor@contoso-engineering.com'
E2_OPEN = T('2025-06-02 09:41:37')
E2 = cid15(E2_OPEN, '00527')
E2_TITLE = 'Two AWS Certification accounts - please combine'


def console_footer(cid, lang='en'):
    if lang == 'ja':
        return (f"\nこのケースへの返信、またはケースの詳細の確認は、AWS サポートセンターから行ってください:\n"
                f"https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=ja\n\n"
                "このメールアドレスは返信を受け付けておりません。本メールに直接ご返信いただいてもお受けできませんので、ご了承ください。\n\n"
                "このご回答は役に立ちましたか? サポートセンターでこのやり取りを評価してください。\n"
                "アマゾン ウェブ サービス ジャパン合同会社\n")
    return (f"\nTo see the details of this case, or to reply, please visit the Support Center:\n"
            f"https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}%26language=en\n\n"
            "Please note: this e-mail was sent from an address that cannot accept incoming e-mail. "
            "To respond to this case, please follow the link above.\n\n"
            "Was this response helpful? You can rate this correspondence in the Support Center.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
            "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.\n")


# 007 which account to keep?
d7 = T('2025-06-03 14:18:55')
new7 = f"""Hello Daniel,

Thank you for contacting AWS Support.

I have checked our records and I can see two certification profiles under your name:

  AWS52210984 - created in 2019, sign-in email {D_OLD}
  AWS39067521 - created in 2023, sign-in email {D_ADDR}

Before I can raise this with our Certification team, I need to know which of the two you would like to keep as your primary profile going forward. The profile you keep also determines which email address you will use to sign in afterwards, so please choose the one you still have access to.

Could you let me know your preference by replying to this case?

Best regards,

Imani
Amazon Web Services
"""
txt7 = new7 + console_footer(E2)
emit(7, 'imani-which-profile', 'support_reply', 'en', E2, True,
     aws_headers('outlook', D_ADDR, d7, CONSOLE, f"RE:[CASE {E2}] {E2_TITLE}"),
     alt(txt7, html_doc(t2h(txt7))), new7, ids=['AWS39067521', 'AWS52210984'])

# 008 confirmation request, ids with spaces, bullet list
d8 = T('2025-06-04 10:02:31')
new8 = f"""Hello Daniel,

Thanks for letting me know that you would like to keep your newer profile.

Here is exactly what will happen:

 * AWS 52210984 ({D_OLD}) will be merged into AWS 39067521 ({D_ADDR}).
 * Your certifications, exam history and digital badges will all appear under AWS 39067521.
 * AWS 52210984 will be deactivated and can no longer be used to sign in.
 * This cannot be reversed afterwards.

I will hold the request until I hear back from you. If this is what you want, please reply to this case in the Support Center with the words "I confirm" so that I can submit it.

Best regards,

Imani
Amazon Web Services
"""
txt8 = new8 + console_footer(E2)
emit(8, 'imani-what-will-happen', 'merge_confirmation_requested', 'en', E2, True,
     aws_headers('outlook', D_ADDR, d8, CONSOLE, f"RE:[CASE {E2}] {E2_TITLE}"),
     alt(txt8, html_doc(t2h(txt8)), cte='7bit'), new8, ids=['AWS39067521', 'AWS52210984'])

# 009 chaser, no accounts named
d9 = T('2025-06-07 10:05:12')
new9 = """Hello Daniel,

I am following up on my previous message in this case. We still need a reply from you before we can continue with your request, so the case is currently on hold.

If we do not hear back, the case will be closed automatically in 5 days. You can reopen it at any time from the Support Center, and the information you have already provided will be kept.

Best regards,

Imani
Amazon Web Services
"""
txt9 = new9 + console_footer(E2)
emit(9, 'imani-following-up', 'support_reply', 'en', E2, True,
     aws_headers('outlook', D_ADDR, d9, CONSOLE, f"RE:[CASE {E2}] {E2_TITLE}"),
     alt(txt9, html_doc(t2h(txt9))), new9, ids=[])

# 010 completion (console)
d10 = T('2025-06-10 17:47:09')
new10 = f"""Hello Daniel,

Thank you for your confirmation on Sunday. Our Certification team has now finished combining your two profiles: everything that was recorded on AWS52210984 has been moved to AWS39067521, which is now the only profile linked to you.

Please sign in with {D_ADDR}; the old sign-in ({D_OLD}) will no longer work. If you had any upcoming exam appointments, they are listed under the remaining profile as well.

I will keep this case open for a few more days in case you have any questions.

Best regards,

Imani
Amazon Web Services
"""
txt10 = new10 + console_footer(E2)
emit(10, 'imani-profiles-combined', 'merge_completed', 'en', E2, True,
     aws_headers('outlook', D_ADDR, d10, CONSOLE, f"RE:[CASE {E2}] {E2_TITLE}"),
     alt(txt10, html_doc(t2h(txt10)), cte='base64'), new10, ids=['AWS39067521', 'AWS52210984'])

# ---------------------------------------------------------------- E3 Mateo (11-digit case, 2023)
M_ADDR = 'mateo.garcia.r@gmail.com'
E3 = '12847731061'
E3_SUBJ = f"RE:[CASE {E3}] [AWS Training and Certification Form Submission] - account-assistance"
KS = "Thanks and regards,\nKarthik S\nAWS Training and Certification Customer Support"

# 011 confirmation request, non-native English, three accounts, hyphenated ids
d11 = T('2023-04-20 06:12:44')
new11 = f"""Dear Mateo,

Greetings from AWS Training and Certification!

As per the details shared by you, we have found total three accounts registered in your name. We will be merging the below two accounts in to the main account AWS-60184733 ({M_ADDR}):

- AWS-71920045 (mgarcia@unisabana.edu.co)
- AWS-88310527 (mateo.garcia@nubeandina.com)

Post merging, all the certifications and exam history will be reflected under the main account only and the other two accounts will get deactivated. Kindly note the merging is one time activity and it can not be reverted back.

Request you to kindly confirm us the same by replying on this email so that we can proceed further with the merging.

{KS}
"""
emit(11, 'karthik-three-accounts', 'merge_confirmation_requested', 'en', E3, True,
     aws_headers('gmail', M_ADDR, d11, FORM, E3_SUBJ),
     part(new11, 'plain', 'utf-8', 'quoted-printable'), new11,
     ids=['AWS60184733', 'AWS71920045', 'AWS88310527'])

# 012 answer to a benefits question ("once the merge is complete")
d12u = T('2023-04-20 13:40:02')
d12 = T('2023-04-21 05:55:19')
user12 = """Hi Karthik,

Confirmed, please merge them into AWS-60184733.

One question: I have a 50% discount voucher from my SysOps exam, I think it shows on the nubeandina account. Will I lose it? Should I use it before you do the merge?

Thanks,
Mateo"""
new12 = f"""Dear Mateo,

Thank you for the confirmation and for your query.

Regarding the 50% discount voucher: the benefit which is currently showing in AWS-88310527 will be moving to AWS-60184733 once the merge is complete, so you need not to redeem it before. The expiry date of the voucher will remain same.

Your merging request is already submitted to our concerned team and it is under process. We will update you once it is done from our end.

{KS}
"""
q12 = gmail_hdr(d12u, 'Mateo Garcia', M_ADDR, -5) + '\n' + prefix(
    user12 + '\n\n' + gmail_hdr(d11, 'Amazon Web Services', FORM[1], -5) + '\n' + prefix(new11))
txt12 = new12 + '\n' + q12 + '\n'
emit(12, 'karthik-voucher-answer', 'support_reply', 'en', E3, True,
     aws_headers('gmail', M_ADDR, d12, FORM, E3_SUBJ),
     part(txt12, 'plain', 'utf-8', 'quoted-printable'), new12, ids=['AWS60184733', 'AWS88310527'])

# 013 completion, -----Original Message----- history
d13 = T('2023-04-24 07:31:50')
new13 = f"""Dear Mateo,

Hope you are doing well.

This is to inform you that the merging of your accounts AWS-71920045 and AWS-88310527 into AWS-60184733 has been done successfully. Now you can login with {M_ADDR} and all 4 certifications are available in the single account. Your 50% discount voucher is also showing under the benefits section.

Please check from your end and revert back to us in case of any discrepancy.

{KS}
"""
orig13 = (f"-----Original Message-----\nFrom: Amazon Web Services <{FORM[1]}>\nSent: {fmt(d12)}\nTo: {M_ADDR}\n"
          f"Subject: {E3_SUBJ}\n\n" + new12)
txt13 = new13 + '\n' + orig13
emit(13, 'karthik-done-successfully', 'merge_completed', 'en', E3, True,
     aws_headers('gmail', M_ADDR, d13, FORM, E3_SUBJ),
     alt(txt13, html_doc(t2h(new13) + '<div style="border-top:1px solid #ccc;margin-top:12px;padding-top:8px;color:#555">' + t2h(orig13) + '</div>'),
         cte='base64'), new13, ids=['AWS60184733', 'AWS71920045', 'AWS88310527'])

# ---------------------------------------------------------------- E4 Laura (10-digit case, 2020, corporate)
L_ADDR = 'laura.chen@northwind-logistics.com'
E4 = '7138820451'
E4_SUBJ = f"RE:[CASE {E4}] AWS Training and Certification Form Submission - Account Merge"

# 014 confirmation request; headers as saved from an on-prem Exchange mailbox, no Authentication-Results
d14 = T('2020-08-18 21:07:33')
new14 = f"""Hello Laura,

Thank you for contacting AWS Training and Certification.

We can certainly help you consolidate your certification accounts. Before we send the request to our Certification team, please review the following and let us know that it is correct:

Account to be retained: AWS 20457718 ({L_ADDR})
Account to be merged and closed: AWS 93011846 (lchen.cloud@yahoo.com)

Once the accounts are merged, the retained account will hold all certification and exam history. Merged accounts cannot be separated again.

Please respond to this email with your confirmation.

Thank you,
Brandon
AWS Training and Certification
"""
msgid14 = ses_id(d14)
hs14 = [
    ('Received', f"from NWL-EXMBX02.northwind.local (10.40.2.12) by NWL-EXMBX01.northwind.local\n (10.40.2.11) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.2106.2 via Mailbox\n Transport; {fmt(d14 + timedelta(seconds=9), -7)}"),
    ('Received', f"from NWL-EXEDGE01.northwind.local (10.40.1.5) by NWL-EXMBX02.northwind.local\n (10.40.2.12) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.2106.2; {fmt(d14 + timedelta(seconds=8), -7)}"),
    ('Received', f"from a8-57.smtp-out.amazonses.com (54.240.8.57) by NWL-EXEDGE01.northwind.local\n (10.40.1.5) with Microsoft SMTP Server id 15.1.2106.2; {fmt(d14 + timedelta(seconds=7), -7)}"),
    ('DKIM-Signature', dkim('amazon.com', AMZ_SEL2, int(d14.timestamp()))),
    ('DKIM-Signature', dkim('amazonses.com', SES_SEL, int(d14.timestamp()))),
    ('From', addr(*FORM)), ('To', L_ADDR), ('Subject', E4_SUBJ), ('Date', fmt(d14)),
    ('Message-ID', msgid14),
    ('Feedback-ID', '1.us-east-1.' + b64rand(33)[:43] + '=:AmazonSES'),
    ('X-SES-Outgoing', d14.strftime('%Y.%m.%d') + '-54.240.8.57'),
    ('Return-Path', ses_mailfrom(msgid14)),
    ('X-MS-Exchange-Organization-AuthSource', 'NWL-EXEDGE01.northwind.local'),
    ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
    ('X-MS-Exchange-Transport-EndToEndLatency', '00:00:02.1140352'),
    ('X-MS-Exchange-Processed-By-BccFoldering', '15.01.2106.002'),
]
emit(14, 'brandon-retained-merged-closed', 'merge_confirmation_requested', 'en', E4, None, hs14,
     part(new14, 'plain', 'us-ascii', '7bit'), new14, ids=['AWS20457718', 'AWS93011846'])

# 015 thanks for confirming; will take 3-5 business days (Outlook reply block)
d15u = T('2020-08-18 22:15:10')
d15 = T('2020-08-19 16:40:02')
user15 = "Hi Brandon,\n\nYes, that is correct. Please go ahead.\n\nThanks,\nLaura\n\nLaura Chen | Cloud Platform Lead\nNorthwind Logistics\nM +1 (425) 555-0143"
new15 = f"""Hello Laura,

Thank you for confirming the details. I have submitted your request to our Certification team to merge AWS 93011846 into AWS 20457718. Merges usually take 3 to 5 business days to process, and I will reach out as soon as I receive an update from them.

In the meantime, please do not schedule any new exams under AWS 93011846.

Thank you,
Brandon
AWS Training and Certification
"""
txt15 = (new15 + '\n________________________________\n' +
         outlook_block(f"Laura Chen <{L_ADDR}>", d15u, f"Amazon Web Services <{FORM[1]}>", 'RE: ' + E4_SUBJ, -7) +
         '\n' + user15 + '\n\n________________________________\n' +
         outlook_block(f"Amazon Web Services <{FORM[1]}>", d14, f"Laura Chen <{L_ADDR}>", E4_SUBJ, -7) + '\n' + new14)
hs15 = aws_headers('outlook', L_ADDR, d15, FORM, E4_SUBJ, sel=AMZ_SEL2)
emit(15, 'brandon-submitted-3-5-days', 'support_reply', 'en', E4, True, hs15,
     part(txt15, 'plain', 'us-ascii', '7bit'), new15, ids=['AWS20457718', 'AWS93011846'])

# ---------------------------------------------------------------- E5 Sam (console, Fastmail)
S_ADDR = 'sam.whitfield@fastmail.com'
S_OLD = 'swhitfield@harbourline.co.uk'
E5_OPEN = T('2025-09-15 16:05:12')
E5 = cid15(E5_OPEN, '00146')
E5_TITLE = 'Merge two AWS Certification accounts'

# 016 console: case opened
d16 = E5_OPEN + timedelta(seconds=23)
txt16 = f"""Thank you for contacting Amazon Web Services. We have opened case {E5} to address your issue.

The details of your case are as follows:

Case ID: {E5}
Subject: {E5_TITLE}
Severity: General guidance
Service: Certification
Category: Account merge

We will respond to your case as soon as possible. You can view your case and add correspondence at any time in the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={E5}%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
emit(16, 'console-new-case-sam', 'case_created', 'en', E5, True,
     aws_headers('fastmail', S_ADDR, d16, CONSOLE, f"Amazon Web Services: You have opened a new Support case: {E5}"),
     alt(txt16, html_doc(t2h(txt16))), txt16, ids=[])

# 017 new correspondence notice
d17 = T('2025-09-16 19:22:08')
txt17 = f"""Hello,

We have added a new correspondence to your support case {E5}: "{E5_TITLE}".

To read it and reply, sign in to the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={E5}%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Sincerely,
Amazon Web Services
"""
emit(17, 'console-correspondence-notice', 'support_reply', 'en', E5, True,
     aws_headers('fastmail', S_ADDR, d17, CONSOLE, f"[Case {E5}] New correspondence added"),
     part(txt17, 'plain', 'utf-8', '7bit'), txt17, ids=[])

# 018 confirmation request through the Support Center
d18 = T('2025-09-16 19:21:40')
new18 = f"""Hello Sam,

Thanks for your patience while I reviewed your profiles.

To make sure we move the right records, I have summarised the request below. Please read it carefully:

  Profile that will remain:               AWS81139470 ({S_ADDR})
  Profile that will be absorbed and closed: AWS26604318 ({S_OLD})

Your Cloud Practitioner certification and the exam history on AWS26604318 will be shown on AWS81139470 afterwards. Please note this is a one-way change.

As this address can't receive replies, please open the case in the Support Center and respond with "Yes, merge them" - or tell me what should be different. I will submit the request to the Certification team as soon as I see your reply.

Best regards,

Olivia R.
Amazon Web Services
"""
txt18 = new18 + console_footer(E5)
h18 = html_doc(t2h(new18).replace('<p>  Profile', '<p style="font-family:monospace">  Profile') + t2h(console_footer(E5)))
emit(18, 'olivia-summary-yes-merge-them', 'merge_confirmation_requested', 'en', E5, True,
     aws_headers('fastmail', S_ADDR, d18, CONSOLE, f"RE:[CASE {E5}] {E5_TITLE}"),
     alt(txt18, h18), new18, ids=['AWS26604318', 'AWS81139470'])

# 019 status update after consent
d19 = T('2025-09-18 15:03:27')
new19 = f"""Hello Sam,

A quick update on your request: the merge of AWS26604318 into AWS81139470 is now with our Certification Operations team and is in their queue. Requests like this usually take two to three business days.

There is nothing you need to do in the meantime - I will update this case as soon as I hear back from them.

Best regards,

Olivia R.
Amazon Web Services
"""
txt19 = new19 + console_footer(E5)
emit(19, 'olivia-in-the-queue', 'support_reply', 'en', E5, True,
     aws_headers('fastmail', S_ADDR, d19, CONSOLE, f"RE:[CASE {E5}] {E5_TITLE}"),
     alt(txt19, html_doc(t2h(txt19)), cte='base64'), new19, ids=['AWS26604318', 'AWS81139470'])

# 020 system closure + rating (no statement about the merge itself)
d20 = T('2025-09-25 16:10:44')
txt20 = f"""Hello,

Your AWS Support case {E5} "{E5_TITLE}" has been resolved. We haven't heard from you for a few days, so the case has been closed.

If you still need help with this issue, you can reopen the case from the Support Center within 14 days:
https://support.console.aws.amazon.com/support/home#/case/?displayId={E5}%26language=en

How would you rate your support experience?
Excellent | Good | Fair | Poor
https://support.console.aws.amazon.com/support/home#/case/?displayId={E5}%26language=en&rating=open

Thank you for using AWS Support.

Sincerely,
Amazon Web Services
"""
h20 = html_doc(f"""<p>Hello,</p><p>Your AWS Support case <b>{E5}</b> &ldquo;{E5_TITLE}&rdquo; has been resolved. We haven't heard from you for a few days, so the case has been closed.</p>
<p>If you still need help with this issue, you can <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId={E5}%26language=en">reopen the case</a> within 14 days.</p>
<p><b>How would you rate your support experience?</b></p>
<table><tr>{''.join(f'<td style="padding:4px"><a href="https://support.console.aws.amazon.com/support/home#/case/?displayId={E5}%26language=en&amp;rating={r}" style="border:1px solid #879596;padding:6px 12px;text-decoration:none;color:#0073bb">{r}</a></td>' for r in ('Excellent', 'Good', 'Fair', 'Poor'))}</tr></table>
<p>Thank you for using AWS Support.</p><p>Sincerely,<br>Amazon Web Services</p>""")
emit(20, 'console-case-closed-rate', 'survey', 'en', E5, True,
     aws_headers('fastmail', S_ADDR, d20, CONSOLE, f"Your AWS Support case {E5} has been resolved"),
     alt(txt20, h20), txt20, ids=[])

# 021 look-alike phishing about the merge (authentic for its own domain)
d21 = T('2025-09-17 03:44:19')
pf21 = 'bounce-8812@mail.aws-training-support.com'
txt21 = f"""AWS Training & Certification

Dear Candidate,

We received a request to merge the AWS Certification accounts registered to {S_ADDR} and {S_OLD}.

To protect your certifications, you must confirm this merge within 24 hours. Unconfirmed requests are cancelled and BOTH accounts may be temporarily suspended, including any active exam vouchers.

Confirm account merge: https://aws-training-support.com/certification/merge/confirm?u=c2FtLndoaXRmaWVsZA&t=8812

If you did not request this, sign in immediately to secure your account.

AWS Training & Certification Team
(c) 2025 Amazon Web Services
"""
h21 = html_doc(f"""<div style="background:#232f3e;padding:12px;color:#fff;font-weight:bold">AWS Training &amp; Certification</div>
<p>Dear Candidate,</p><p>We received a request to merge the AWS Certification accounts registered to <b>{S_ADDR}</b> and <b>{S_OLD}</b>.</p>
<p>To protect your certifications, you must confirm this merge <b>within 24 hours</b>. Unconfirmed requests are cancelled and BOTH accounts may be temporarily suspended, including any active exam vouchers.</p>
<p><a href="https://aws-training-support.com/certification/merge/confirm?u=c2FtLndoaXRmaWVsZA&amp;t=8812" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Confirm account merge</a></p>
<p style="font-size:12px">If you did not request this, sign in immediately to secure your account.</p><p>AWS Training &amp; Certification Team<br>&copy; 2025 Amazon Web Services</p>""")
hs21 = tr_fastmail(S_ADDR, d21, pf21, '45.141.87.203', 'mail.aws-training-support.com',
                   dkim_dom='aws-training-support.com', sel='default', from_dom='aws-training-support.com')
hs21 = [(k, re.sub(r'    dkim=pass \(1024-bit[^;]*;\n', '', v).replace("(amazonses.com: 45.141.87.203", "(aws-training-support.com: 45.141.87.203").replace("'ip4:54.240.0.0/18'", "'a'")) for k, v in hs21]
hs21 += [('DKIM-Signature', dkim('aws-training-support.com', 'default', int(d21.timestamp()), c='relaxed/relaxed')),
         ('From', '"AWS Training & Certification" <no-reply@aws-training-support.com>'),
         ('To', S_ADDR), ('Subject', 'Action required: confirm your certification account merge'),
         ('Date', fmt(d21)), ('Message-ID', f"<{rhex(24)}@aws-training-support.com>"),
         ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
emit(21, 'confirm-within-24-hours', 'merge_confirmation_requested', 'en', None, False, hs21,
     alt(txt21, h21, cte='quoted-printable'), txt21, ids=[])

# 022 spoofed amazon.com sender, provider says dmarc=fail; a forged pass lower down
d22 = T('2025-03-13 11:27:03')
fake22 = cid15(T('2025-03-13 08:51:41'), '00912')
pf22 = 'info@dentalcare-ruse.bg'
ar22 = ar_gmail(pf22, '185.222.58.91', [], spf='softfail', dmarc='fail')
ar22 = 'dkim=none;\n       ' + ar22 if False else ar22
hs22 = tr_gmail(P_ADDR, d22, pf22, '185.222.58.91', 'vps-58-91.hostingbg.net', ar22)
hs22 += [('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com; spf=pass; dmarc=pass header.from=amazon.com'),
         ('Received', f"from localhost (localhost [127.0.0.1]) by vps-58-91.hostingbg.net (Postfix) with ESMTPA id 4Z{ralnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}; {fmt(d22, 2)}"),
         ('From', 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>'),
         ('To', P_ADDR),
         ('Subject', f"RE:[CASE {fake22}] Final step: verify your account merge"),
         ('Date', fmt(d22)), ('Message-ID', f"<{rhex(16)}.{rhex(8)}@vps-58-91.hostingbg.net>"),
         ('X-Priority', '1 (Highest)')]
txt22 = f"""Hello,

Your request to merge the certification accounts linked to {P_ADDR} and {P_OLD} is ready to be processed (case {fake22}).

Before we move your certifications, we need you to verify that you own both accounts. Please sign in with BOTH accounts on the secure verification page below and confirm the merge:

https://aws-certmerge-verify.com/confirm?case={fake22}

If we do not receive your confirmation within 12 hours, the request will be cancelled and your certifications may be put on hold.

Regards,
AWS Training and Certification Customer Support
"""
emit(22, 'verify-both-accounts-spoofed', 'merge_confirmation_requested', 'en', fake22, False, hs22,
     part(txt22, 'plain', 'utf-8', 'quoted-printable'), txt22, ids=[])

# ---------------------------------------------------------------- English look-alikes / others
# 023 Seller Central case using the same subject style
d23 = T('2025-06-05 12:30:55')
SC = '5884881212'
txt23 = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We have reviewed your request to merge the listed child ASINs into a single variation family. The following child ASINs have now been merged under the parent ASIN B0C7XK2M4Q:

B0C7XJ9R1T - Color: Slate, Size: 1.5 m
B0C7XKD6PZ - Color: Slate, Size: 3 m
B0C7XL3M8W - Color: Sand, Size: 1.5 m

Please allow up to 24 hours for the changes to be reflected on the detail page. Reviews from the merged ASINs will be consolidated automatically.

Were we able to resolve your issue? Please let us know by selecting a link below:
Yes: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID={SC}&resolved=yes
No: https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID={SC}&resolved=no

We hope this helps.

Best regards,
Meera K.
Amazon.com Selling Partner Support
To view this case in Seller Central, visit: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={SC}
"""
hs23 = aws_headers('outlook', D_ADDR, d23, ('Amazon Selling Partner Support', 'sellersupport-noreply@amazon.com'),
                   f"RE:[CASE {SC}] Variation family - merge child ASINs under parent B0C7XK2M4Q", sel=AMZ_SEL2)
emit(23, 'seller-variation-family', 'unrelated', 'en', SC, True, hs23,
     alt(txt23, html_doc(t2h(txt23))), txt23, ids=[])

# 024 CertMetrics survey look-alike
d24 = T('2025-09-22 14:02:10')
txt24 = """Dear Sam Whitfield,

AWS Certification wants to hear from you.

You recently interacted with AWS Certification. Please take 3 minutes to tell us about your experience with the AWS Certification program and your AWS Certification Account.

Candidate ID: AWS81139470

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?s=9c41e3b0f7d24a6f

Your responses are anonymous and will be used to improve the AWS Certification experience.

Sincerely,
AWS Training and Certification

This email was sent by AWS Certification via CertMetrics. Please do not reply to this message.
"""
mf24 = 'bounce-0917@certmetrics.com'
hs24 = tr_fastmail(S_ADDR, d24, mf24, '52.27.11.190', 'mail2.certmetrics.com', dkim_dom='certmetrics.com', sel='k1',
                   from_dom='certmetrics.com')
hs24 = [(k, re.sub(r'    dkim=pass \(1024-bit[^;]*;\n', '', v).replace('(amazonses.com:', '(certmetrics.com:').replace("'ip4:54.240.0.0/18'", "'include:mailgun.org'")) for k, v in hs24]
hs24 += [('DKIM-Signature', dkim('certmetrics.com', 'k1', int(d24.timestamp()), c='relaxed/relaxed')),
         ('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', S_ADDR),
         ('Subject', 'AWS Certification wants to hear from you'), ('Date', fmt(d24)),
         ('Message-ID', f"<{R.randint(10**15, 10**16)}.{rhex(12)}@certmetrics.com>")]
emit(24, 'certmetrics-hear-from-you', 'unrelated', 'en', None, False, hs24,
     alt(txt24, html_doc(t2h(txt24))), txt24, ids=['AWS81139470'])

# 025 GitHub "merged" notification
d25 = T('2025-04-02 18:11:37')
txt25 = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nubeandina/infra-live/pull/412#event-17110292361
You are receiving this because you were mentioned.

Message ID: <nubeandina/infra-live/pull/412/issue_event/17110292361@github.com>
"""
h25 = html_doc('<p></p><p>Merged <a href="https://github.com/nubeandina/infra-live/pull/412" class="issue-link">#412</a> into main.</p>\n<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/nubeandina/infra-live/pull/412#event-17110292361">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>')
mf25 = f"noreply@github.com"
ar25 = ar_gmail(mf25, '192.30.252.201', [('github.com', 'pf2023', 'pass')], from_dom='github.com', p='REJECT')
hs25 = tr_gmail(M_ADDR, d25, mf25, '192.30.252.201', 'out-18.smtp.github.com', ar25)
hs25 += [('DKIM-Signature', dkim('github.com', 'pf2023', int(d25.timestamp()), c='relaxed/relaxed')),
         ('Date', d25.astimezone(timezone(timedelta(hours=-7))).strftime('%a, %d %b %Y %H:%M:%S -0700')),
         ('From', 'Diego Ramirez <notifications@github.com>'),
         ('Reply-To', 'nubeandina/infra-live <reply+AAQK3WZ7FQ3M6E4N2UHL5RF6BNY4SEVBNHHKHZ5P7Y@reply.github.com>'),
         ('To', 'nubeandina/infra-live <infra-live@noreply.github.com>'),
         ('Cc', f'Mateo Garcia <{M_ADDR}>, Mention <mention@noreply.github.com>'),
         ('Message-ID', '<nubeandina/infra-live/pull/412/issue_event/17110292361@github.com>'),
         ('In-Reply-To', '<nubeandina/infra-live/pull/412@github.com>'),
         ('References', '<nubeandina/infra-live/pull/412@github.com>'),
         ('Subject', 'Re: [nubeandina/infra-live] Merge duplicate AWS account modules into accounts/ (PR #412)'),
         ('List-ID', 'nubeandina/infra-live <infra-live.nubeandina.github.com>'),
         ('X-GitHub-Sender', 'dramirez-nube'), ('X-GitHub-Reason', 'mention'),
         ('X-GitHub-Recipient-Address', M_ADDR)]
emit(25, 'github-pr-412', 'unrelated', 'en', None, False, hs25,
     alt(txt25, h25, cte='7bit'), txt25, ids=[])

# 026 another AWS support case of the same user (billing / Organizations)
d26 = T('2025-07-08 20:14:52')
BILL = cid15(T('2025-07-07 16:58:03'), '00218')
new26 = f"""Hello Daniel,

Thank you for reaching out to AWS Billing and Accounts support.

I understand you would like to merge your two AWS accounts (123456789012 and 210987654321) so that you receive a single bill. AWS accounts themselves cannot be merged, but you can achieve a single bill by using AWS Organizations with consolidated billing:

1. Sign in to the account you want to use as the management account (for example 123456789012).
2. Open the AWS Organizations console and create an organization.
3. Invite 210987654321 to join, then accept the invitation from that account.

After the invitation is accepted, charges for both accounts will appear on one invoice from the next billing period onwards. Your Savings Plans and Reserved Instance discounts will be shared across the organization by default.

If you have any further questions, I'm happy to help.

Best regards,

Tomasz W.
Amazon Web Services
"""
txt26 = new26 + console_footer(BILL)
emit(26, 'billing-single-invoice', 'unrelated', 'en', BILL, True,
     aws_headers('outlook', D_ADDR, d26, CONSOLE, f"RE:[CASE {BILL}] Combine billing for my two AWS accounts"),
     alt(txt26, html_doc(t2h(txt26))), new26, ids=[])


def credly_headers(prov, to, d, subject, **kw):
    mf = f"bounces+{R.randint(1000000,9999999)}-{rhex(4)}-{to.replace('@','=')}@em.credly.com"
    ip = R.choice(['149.72.123.24', '149.72.154.87', '167.89.74.233'])
    helo = f"o{R.randint(1,9)}.ptr{R.randint(1000,9999)}.em.credly.com"
    t = int(d.timestamp())
    if prov == 'gmail':
        ar = ar_gmail(mf, ip, [('credly.com', 's1', 'pass'), ('sendgrid.net', 'smtpapi', 'pass')], from_dom='credly.com', p='REJECT')
        hs = tr_gmail(to, d, mf, ip, helo, ar)
    elif prov == 'outlook':
        ar = ar_outlook(ip, 'em.credly.com', [('credly.com', 'pass'), ('sendgrid.net', 'pass')], from_dom='credly.com')
        hs = tr_outlook(to, d, ip, helo, 'em.credly.com', ar)
    else:
        ar = ar_jp(kw['jp_host'], mf, [('credly.com', 's1', 'pass'), ('sendgrid.net', 'smtpapi', 'pass')], from_dom='credly.com')
        hs = tr_jp(to, d, mf, ip, helo, ar, kw['jp_mx'], kw['jp_inner'])
    hs += [('DKIM-Signature', dkim('credly.com', 's1', t, h='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to', c='relaxed/relaxed')),
           ('DKIM-Signature', dkim('sendgrid.net', 'smtpapi', t, h='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to', c='relaxed/relaxed')),
           ('Date', fmt(d)), ('From', kw.get('frm', 'AWS Training and Certification via Credly <admin@credly.com>')),
           ('To', to), ('Message-ID', f"<{ralnum(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}@geopod-ismtpd-{R.randint(1,40)}>"),
           ('Subject', hdr_text(subject)), ('X-SG-EID', b64rand(60)), ('X-Entity-ID', b64rand(16))]
    return hs


# 027 Credly badges after the merge (Daniel)
d27 = T('2025-06-11 09:02:44')
b1, b2 = ruuid(), ruuid()
txt27 = f"""Daniel, you have new badges from AWS Training and Certification

AWS Training and Certification has issued the following badges to {D_ADDR}:

- AWS Certified Cloud Practitioner
  Accept your badge: https://www.credly.com/earner/earned/badge/{b1}

- AWS Certified Solutions Architect - Associate
  Accept your badge: https://www.credly.com/earner/earned/badge/{b2}

Accept your badges to add them to your Credly profile and share them with your network.

Credly, Inc. | 1 Liberty Plaza, New York, NY 10006
You are receiving this email because an organization issued a badge to {D_ADDR}.
"""
h27 = html_doc(f"""<table width="560" align="center" style="background:#fff;padding:24px"><tr><td>
<h2>Daniel, you have new badges from AWS Training and Certification</h2>
<p>AWS Training and Certification has issued the following badges to {D_ADDR}:</p>
<table><tr><td><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="80"></td><td><b>AWS Certified Cloud Practitioner</b><br><a href="https://www.credly.com/earner/earned/badge/{b1}">Accept your badge</a></td></tr>
<tr><td><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="80"></td><td><b>AWS Certified Solutions Architect &ndash; Associate</b><br><a href="https://www.credly.com/earner/earned/badge/{b2}">Accept your badge</a></td></tr></table>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; 1 Liberty Plaza, New York, NY 10006</p></td></tr></table>""")
emit(27, 'credly-two-badges-daniel', 'credly_badge_issued', 'en', None, True,
     credly_headers('outlook', D_ADDR, d27, 'Daniel, you have new badges from AWS Training and Certification'),
     alt(txt27, h27), txt27, ids=[])

# 028 Credly self-service account merge code (not the AWS merge)
d28 = T('2025-03-16 07:45:20')
txt28 = f"""Hi Priya,

We received a request to merge another Credly account into the account that uses {P_ADDR}.

Your verification code is: 482913

Enter this code on the Complete Account Merge page to finish merging the accounts. The code expires in 30 minutes. Badges, connections and settings from the other account will be moved to this one.

If you did not request this, you can ignore this email - no changes will be made.

The Credly Team
"""
emit(28, 'credly-merge-code', 'unrelated', 'en', None, True,
     credly_headers('gmail', P_ADDR, d28, 'Your Credly account merge verification code',
                    frm='Credly <admin@credly.com>'),
     alt(txt28, html_doc(t2h(txt28).replace('482913', '<span style="font-size:24px;letter-spacing:4px"><b>482913</b></span>'))),
     txt28, ids=[])

# ---------------------------------------------------------------- E6 Hyun-woo (form case, 2026)
HW = 'hwpark.cloud@gmail.com'
HW_OLD = 'hyunwoo.park@seoulpay.co.kr'
E6_OPEN = T('2026-01-19 02:13:44')
E6 = cid15(E6_OPEN, '00733')
E6_SUBJ = f"RE: [CASE {E6}] [AWS Training and Certification Form Submission] - account-assistance"
AK = "Regards,\nAhmed K.\nAWS Training and Certification Customer Support"

# 029 asks for sign-in e-mails, ids in lower case
d29 = T('2026-01-20 11:48:06')
new29 = f"""Hello Hyun-woo,

Thank you for reaching out to AWS Training and Certification.

I have found two candidate profiles that appear to belong to you: aws45092271 and aws07763150. To make sure we combine the correct records, could you please send us the following:

1. The email address you use to sign in to each of the two profiles.
2. The notification email address on each profile, if it is different.
3. Which of the two profiles you would like to keep.

As soon as we have this information we will prepare the next step for you.

{AK}
"""
emit(29, 'ahmed-need-three-details', 'support_reply', 'en', E6, True,
     aws_headers('gmail', HW, d29, FORM, E6_SUBJ),
     alt(new29, html_doc(t2h(new29))), new29, ids=['AWS07763150', 'AWS45092271'])

# 030 answers an exam-timing question first, then asks for the go-ahead
d30u = T('2026-01-20 23:05:51')
d30 = T('2026-01-21 10:20:33')
user30 = f"""Hi Ahmed,

1. AWS45092271 -> {HW}, AWS07763150 -> {HW_OLD} (old company, I can still receive mail there until end of month)
2. same as login for both
3. please keep AWS45092271

Also I have Security Specialty exam booked on Feb 14 under the old one I think. Will that be a problem?

Thanks
Hyun-woo"""
new30 = f"""Hello Hyun-woo,

Thanks for sending the details so quickly. To answer your question first: your AWS Certified Security - Specialty appointment on 14 February will not be affected. It will simply show under the profile you keep, and your Pearson VUE confirmation stays valid.

Based on what you sent, this is the plan:

- keep: AWS45092271 (sign-in {HW})
- fold into it and then close: AWS07763150 (sign-in {HW_OLD})

Before I hand this to the team I need your explicit go-ahead, because once the records are combined we cannot undo it. Are you OK with the above? A one-line reply is enough.

{AK}
"""
q30 = gmail_hdr(d30u, 'Hyun-woo Park', HW, 9) + '\n' + prefix(
    user30 + '\n\n' + gmail_hdr(d29, 'Amazon Web Services', FORM[1], 9) + '\n' + prefix(new29))
txt30 = new30 + '\n' + q30 + '\n'
h30 = html_doc(t2h(new30) + '<div class="gmail_quote">' + H.escape(gmail_hdr(d30u, 'Hyun-woo Park', HW, 9)) +
               '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + t2h(user30) +
               '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + t2h(new29) +
               '</blockquote></blockquote></div>')
emit(30, 'ahmed-exam-then-plan', 'merge_confirmation_requested', 'en', E6, True,
     aws_headers('gmail', HW, d30, FORM, E6_SUBJ),
     alt(txt30, h30), new30, ids=['AWS07763150', 'AWS45092271'])

# =================================================================== Japanese
FORM_SIG_JA = "AWS トレーニングと認定 カスタマーサポート"
# ---------------------------------------------------------------- J1 田中 (form case, nifty)
TN = 'k.tanaka.0412@nifty.com'
TN_NAME = '田中 健一'
TN_OLD = 'kenichi.tanaka@hanamizuki-sys.co.jp'
J1_OPEN = T('2025-05-26 10:15:33')
J1 = cid15(J1_OPEN, '00264')
J1_SUBJ = f"[CASE {J1}] [AWS Training and Certification Form Submission] - account-assistance"
NIFTY = dict(jp_host='mx.nifty.com', jp_mx='mta-snd-e07.mail.nifty.com', jp_inner='mbox-e22.mail.nifty.com')

# 031 form acknowledgement in Japanese
d31 = J1_OPEN + timedelta(seconds=37)
txt31 = f"""{TN_NAME} 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース ID: {J1}
お問い合わせの種類: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)

担当者より、通常 24 時間以内に本メールアドレス宛てにご連絡いたします。
同じ内容でフォームを再度送信されますと別のケースとして登録され、ご回答が遅れる原因となりますので、ご遠慮ください。
追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。

{FORM_SIG_JA}

本メールは、AWS トレーニングと認定のお問い合わせフォームから送信されたリクエストに基づいてお送りしています。
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
emit(31, 'uketsuke-tanaka', 'case_created', 'ja', J1, True,
     aws_headers('jp', TN, d31, FORM, f"[CASE {J1}] お問い合わせを受け付けました - AWS トレーニングと認定", **NIFTY),
     alt(txt31, html_doc(t2h(txt31), 'ja'), cte='base64'), txt31, ids=[])

# 032 asks for sign-in e-mails and which to keep
d32 = T('2025-05-27 01:22:15')
new32 = f"""{TN_NAME} 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、誠にありがとうございます。
いただいた情報をもとにお調べしましたところ、田中様のお名前で以下の 2 つの認定アカウントが登録されていることを確認いたしました。

・AWS30518846
・AWS64472019

統合のお手続きを進めるにあたり、恐れ入りますが、以下の 2 点についてご教示いただけますでしょうか。

1. それぞれのアカウントにサインインされる際のメールアドレス
2. 統合後に残す(今後ご利用になる)アカウントはどちらか

ご返信をいただき次第、次のご案内をお送りいたします。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

佐藤
{FORM_SIG_JA}
"""
emit(32, 'sato-oshirase-kudasai', 'support_reply', 'ja', J1, True,
     aws_headers('jp', TN, d32, FORM, 'RE:' + J1_SUBJ, **NIFTY),
     alt(new32, html_doc(t2h(new32), 'ja'), cte='base64'), new32, ids=['AWS30518846', 'AWS64472019'])

# 033 confirmation request (QP, UTF-8)
d33 = T('2025-05-27 09:40:26')
new33 = f"""{TN_NAME} 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

ご返信いただき、ありがとうございます。いただいた内容をもとに、統合の内容を以下のとおり整理いたしました。

■ 統合元(統合後に無効となるアカウント)
　AWS64472019({TN_OLD})
■ 統合先(引き続きご利用いただくアカウント)
　AWS30518846({TN})

統合後は、AWS64472019 に登録されている認定資格および受験履歴がすべて AWS30518846 に移行され、AWS64472019 ではサインインできなくなります。
なお、一度実施した統合は元に戻すことができませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールにご返信のうえ、統合へのご同意の旨をお知らせいただけますでしょうか。
ご同意を確認でき次第、担当部署にて作業を開始いたします。

何卒よろしくお願い申し上げます。

佐藤
{FORM_SIG_JA}
"""
emit(33, 'sato-tougou-naiyou', 'merge_confirmation_requested', 'ja', J1, True,
     aws_headers('jp', TN, d33, FORM, 'RE:' + J1_SUBJ, **NIFTY),
     alt(new33, html_doc(t2h(new33), 'ja'), cte='quoted-printable'), new33, ids=['AWS30518846', 'AWS64472019'])

# 034 consent received, proceeding; Japanese quote header and nested "> >"
d34u = T('2025-05-27 23:02:40')
d34 = T('2025-05-28 02:15:09')
user34 = f"佐藤様\n\nお世話になっております。田中です。\nご確認いただいた内容で相違ございません。統合をお願いいたします。\n\n田中 健一"
new34 = f"""{TN_NAME} 様

お世話になっております。佐藤でございます。

ご確認のご連絡をいただき、誠にありがとうございます。
ご同意を承りましたので、これより AWS64472019 を AWS30518846 へ統合する手続きを進めさせていただきます。

作業が完了しましたら、改めて本メールアドレス宛てにご連絡いたします。
今しばらくお待ちくださいますよう、お願い申し上げます。

佐藤
{FORM_SIG_JA}
"""
q34 = ja_hdr(d34u, TN_NAME, TN) + '\n' + prefix(user34 + '\n\n' + ja_hdr(d33, 'Amazon Web Services', FORM[1]) + '\n' + prefix(new33))
txt34 = new34 + '\n' + q34 + '\n'
emit(34, 'sato-doui-uketamawari', 'support_reply', 'ja', J1, True,
     aws_headers('jp', TN, d34, FORM, 'RE:' + J1_SUBJ, **NIFTY),
     part(txt34, 'plain', 'utf-8', 'base64'), new34, ids=['AWS30518846', 'AWS64472019'])

# 035 completion, quoting the request
d35 = T('2025-05-29 06:48:51')
new35 = f"""{TN_NAME} 様

お世話になっております。佐藤でございます。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告いたします。

現在、AWS30518846 に、旧アカウント AWS64472019 の認定資格(AWS Certified Cloud Practitioner、AWS Certified Solutions Architect - Associate)および受験履歴が反映されております。今後は {TN} にてサインインしてください。

なお、Credly のデジタルバッジにつきましては、反映までに最大 2 営業日ほどかかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

佐藤
{FORM_SIG_JA}
"""
txt35 = new35 + '\n' + ja_hdr(d33, 'Amazon Web Services', FORM[1]) + '\n' + prefix(new33) + '\n'
h35 = html_doc(t2h(new35) + '<div>' + H.escape(ja_hdr(d33, 'Amazon Web Services', FORM[1])) +
               '</div><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + t2h(new33) + '</blockquote>', 'ja')
emit(35, 'sato-kanryou-houkoku', 'merge_completed', 'ja', J1, True,
     aws_headers('jp', TN, d35, FORM, 'RE:' + J1_SUBJ, **NIFTY),
     alt(txt35, h35, cte='base64'), new35, ids=['AWS30518846', 'AWS64472019'])

# 036 closure + survey (Japanese)
d36 = T('2025-05-29 06:52:03')
txt36 = f"""{TN_NAME} 様

ケース ID {J1} は解決済みとしてクローズされました。

今回のサポートについて、簡単なアンケートへのご協力をお願いいたします(所要時間は約 1 分です)。

問題は解決しましたか?
　はい: https://survey.aws-tc-support.amazon.com/r/{J1}?resolved=1&lang=ja
　いいえ: https://survey.aws-tc-support.amazon.com/r/{J1}?resolved=0&lang=ja

担当者の対応を 5 段階で評価してください:
https://survey.aws-tc-support.amazon.com/rate/{J1}?lang=ja

引き続きお困りの場合は、14 日以内に本メールへご返信いただくと、ケースが再開されます。

{FORM_SIG_JA}
"""
emit(36, 'anketo-tanaka', 'survey', 'ja', J1, True,
     aws_headers('jp', TN, d36, FORM, f"ケース {J1} は解決済みになりました - アンケートへのご協力のお願い", **NIFTY),
     alt(txt36, html_doc(t2h(txt36), 'ja')), txt36, ids=[])

# ---------------------------------------------------------------- J2 山本 (console, Gmail)
YM = 'misaki.yamamoto.88@gmail.com'
YM_NAME = '山本 美咲'
YM_OLD = 'm-yamamoto@tsubame-net.co.jp'
J2_OPEN = T('2025-08-04 01:30:20')
J2 = cid15(J2_OPEN, '00388')
J2_TITLE = '認定アカウントの統合について'

# 037 console case opened (Japanese)
d37 = J2_OPEN + timedelta(seconds=19)
txt37 = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {J2} をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: {J2}
件名: {J2_TITLE}
重要度: 一般的なガイダンス

できる限り早く対応いたします。サポートセンターでは、いつでもケースの確認や連絡の追加を行っていただけます:
https://support.console.aws.amazon.com/support/home#/case/?displayId={J2}%26language=ja

このメールアドレスは返信を受け付けておりません。ケースを更新するには、上記のリンクをご利用ください。

よろしくお願いいたします。
Amazon Web Services
"""
emit(37, 'console-case-open-yamamoto', 'case_created', 'ja', J2, True,
     aws_headers('gmail', YM, d37, CONSOLE, f"Amazon Web Services: 新しいサポートケースがオープンされました: {J2}"),
     alt(txt37, html_doc(t2h(txt37), 'ja')), txt37, ids=[])

# 038 confirmation request as a three-point checklist, ISO-2022-JP
d38 = T('2025-08-05 04:11:47')
new38 = f"""{YM_NAME} 様

いつもお世話になっております。アマゾン ウェブ サービス サポートの中村です。

お待たせいたしました。統合のお手続きに先立ち、以下の 3 点をご確認いただけますでしょうか。

1. 統合の方向
   AWS57036612 の認定情報を AWS11928364 へ移し、AWS57036612 は閉鎖いたします。
2. サインイン
   統合後は {YM} でのみサインインいただけます。
3. 取り消しについて
   統合は一度実施しますと取り消すことができません。

すべてご了承いただける場合は、サポートセンターの本ケースにて「同意します」とご返信ください。
内容に変更がある場合は、その旨をお知らせください。

よろしくお願いいたします。
中村
Amazon Web Services
"""
txt38 = new38 + console_footer(J2, 'ja')
emit(38, 'nakamura-3ten-kakunin', 'merge_confirmation_requested', 'ja', J2, True,
     aws_headers('gmail', YM, d38, CONSOLE, f"RE:[CASE {J2}] {J2_TITLE}", subj_charset='iso-2022-jp'),
     part(txt38, 'plain', 'iso-2022-jp', '7bit'), new38, ids=['AWS11928364', 'AWS57036612'])

# 039 status update after consent
d39 = T('2025-08-06 02:30:12')
new39 = f"""{YM_NAME} 様

中村です。ご同意のご返信をいただき、ありがとうございました。

現在、担当部署にて AWS57036612 から AWS11928364 への統合作業を進めております。完了まで 2〜3 営業日ほどお時間をいただく見込みです。

作業が完了しましたら本ケースにてご連絡いたしますので、それまでの間、山本様にてお手続きいただく必要はございません。

よろしくお願いいたします。
中村
Amazon Web Services
"""
txt39 = new39 + console_footer(J2, 'ja')
emit(39, 'nakamura-sagyouchuu', 'support_reply', 'ja', J2, True,
     aws_headers('gmail', YM, d39, CONSOLE, f"RE:[CASE {J2}] {J2_TITLE}"),
     alt(txt39, html_doc(t2h(txt39), 'ja'), cte='base64'), new39, ids=['AWS11928364', 'AWS57036612'])

# 040 answer about the 50% voucher
d40 = T('2025-08-06 08:05:55')
new40 = f"""{YM_NAME} 様

中村です。お問い合わせいただいた特典の件についてご回答いたします。

AWS57036612 でお持ちの 50% 割引バウチャー(次回の受験用)は、統合の完了後、AWS11928364 の「特典 (Benefits)」ページに表示されるようになります。有効期限に変更はございません。

統合作業の間は一時的に特典ページが表示されない場合がございますが、完了後に自動的に反映されますので、ご安心ください。作業のほうは引き続き担当部署にて進めております。

よろしくお願いいたします。
中村
Amazon Web Services
"""
txt40 = new40 + console_footer(J2, 'ja')
emit(40, 'nakamura-voucher-kaitou', 'support_reply', 'ja', J2, True,
     aws_headers('gmail', YM, d40, CONSOLE, f"RE:[CASE {J2}] {J2_TITLE}"),
     alt(txt40, html_doc(t2h(txt40), 'ja')), new40, ids=['AWS11928364', 'AWS57036612'])

# 041 completion
d41 = T('2025-08-08 05:40:31')
new41 = f"""{YM_NAME} 様

中村です。大変お待たせいたしました。

AWS57036612 と AWS11928364 の統合が本日完了いたしました。これまで AWS57036612 に記録されていた認定資格、受験履歴および特典は、すべて AWS11928364 でご確認いただけます。

サインインの際は {YM} をご利用ください。旧アカウントでのサインインはできなくなっております。

ご確認のうえ、表示に不足などがございましたら本ケースにてお知らせください。

よろしくお願いいたします。
中村
Amazon Web Services
"""
txt41 = new41 + console_footer(J2, 'ja')
emit(41, 'nakamura-honjitsu-kanryou', 'merge_completed', 'ja', J2, True,
     aws_headers('gmail', YM, d41, CONSOLE, f"RE:[CASE {J2}] {J2_TITLE}"),
     alt(txt41, html_doc(t2h(txt41), 'ja'), cte='base64'), new41, ids=['AWS11928364', 'AWS57036612'])

# 042 Credly badge, Japanese locale
d42 = T('2025-08-09 11:17:02')
bj = ruuid()
txt42 = f"""{YM_NAME}さん、AWS Training and Certification からバッジが発行されました

AWS Certified Developer - Associate
発行元: AWS Training and Certification

バッジを受け取る: https://www.credly.com/earner/earned/badge/{bj}

バッジを受け取ると、LinkedIn でのシェアやメール署名への追加ができるようになります。

Credly, Inc. | 1 Liberty Plaza, New York, NY 10006
このメールは、組織から {YM} 宛てにバッジが発行されたためお送りしています。
"""
h42 = html_doc(f"""<table width="560" align="center"><tr><td align="center">
<img src="https://images.credly.com/size/220x220/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="140" alt="AWS Certified Developer - Associate">
<h2>{YM_NAME}さん、AWS Training and Certification からバッジが発行されました</h2>
<p><b>AWS Certified Developer &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/{bj}" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">バッジを受け取る</a></p>
<p style="color:#666">バッジを受け取ると、LinkedIn でのシェアやメール署名への追加ができるようになります。</p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; 1 Liberty Plaza, New York, NY 10006</p></td></tr></table>""", 'ja')
emit(42, 'credly-badge-yamamoto', 'credly_badge_issued', 'ja', None, True,
     credly_headers('gmail', YM, d42, f"{YM_NAME}さん、AWS Training and Certification からバッジが発行されました"),
     alt(txt42, h42), txt42, ids=[])

# ---------------------------------------------------------------- J3 鈴木 (11-digit case, corporate gateway)
SZ = 'd-suzuki@kawase-seiki.co.jp'
SZ_NAME = '鈴木 大輔'
J3 = '13390561287'
J3_SUBJ = f"RE:[CASE {J3}] [AWS Training and Certification Form Submission] - account-assistance"
KAWASE = dict(jp_host='mgw01.kawase-seiki.co.jp', jp_mx='mgw01.kawase-seiki.co.jp', jp_inner='mbx02.kawase-seiki.co.jp',
              jp_style='opendkim')

wrong43 = f"""{SZ_NAME} 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの高橋でございます。

ご依頼いただいた認定アカウントの統合について、以下の内容で進めてよろしいでしょうか。

統合元: AWS48820157
統合先: AWS05539906

上記内容でよろしければ、本メールへのご返信にてお知らせください。

高橋
{FORM_SIG_JA}
"""
d43w = T('2022-11-22 06:10:33')
# 043 correction that asks for the confirmation again
d43 = T('2022-11-22 08:47:18')
new43 = f"""{SZ_NAME} 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの高橋でございます。

先ほどお送りしたメールにおいて、統合元と統合先の記載が逆になっておりました。
ご迷惑をおかけし、大変申し訳ございません。正しい内容は以下のとおりです。

【誤】AWS48820157 を AWS05539906 に統合
【正】AWS05539906 を AWS48820157 に統合(AWS48820157 を存続)

統合後は AWS48820157 に認定資格と受験履歴がまとめられ、AWS05539906 はご利用いただけなくなります。

恐れ入りますが、上記の正しい内容で統合を進めてよろしいか、改めてご確認のうえ本メールにご返信いただけますでしょうか。
先ほどのメールにすでにご返信いただいている場合も、お手数ですが再度ご確認をお願いいたします。

高橋
{FORM_SIG_JA}
"""
orig43 = (f"-----Original Message-----\nFrom: Amazon Web Services <{FORM[1]}>\nSent: {fmt(d43w)}\nTo: {SZ}\n"
          f"Subject: {J3_SUBJ}\n\n" + wrong43)
txt43 = new43 + '\n' + orig43
emit(43, 'takahashi-teisei-saikakunin', 'merge_confirmation_requested', 'ja', J3, True,
     aws_headers('jp', SZ, d43, FORM, f"RE:[CASE {J3}] 【訂正】アカウント統合内容のご確認", subj_charset='iso-2022-jp', **KAWASE),
     part(txt43, 'plain', 'iso-2022-jp', '7bit'), new43, ids=['AWS05539906', 'AWS48820157'])

# 044 correction of a typo after consent; no reply needed
d44 = T('2022-11-24 02:03:55')
new44 = f"""{SZ_NAME} 様

いつもお世話になっております。高橋でございます。

昨日お送りしたメールにて、ご登録のメールアドレスの表記に誤りがございました。失礼いたしました。
　誤: d-suzuki@kawase-seki.co.jp
　正: {SZ}

統合の内容(AWS05539906 → AWS48820157)には変更はございません。
すでにご同意をいただいておりますので、本メールへのご返信は不要です。引き続き担当部署にて作業を進めております。

高橋
{FORM_SIG_JA}
"""
emit(44, 'takahashi-hyouki-ayamari', 'support_reply', 'ja', J3, True,
     aws_headers('jp', SZ, d44, FORM, f"RE:[CASE {J3}] メールアドレス表記の訂正について", subj_charset='iso-2022-jp', **KAWASE),
     part(new44, 'plain', 'iso-2022-jp', '7bit'), new44, ids=['AWS05539906', 'AWS48820157'])

# 045 completion; exported with client-visible headers only (no Authentication-Results)
d45u = T('2022-11-22 23:58:02')
d45 = T('2022-11-25 07:12:40')
user45 = f"""高橋様

お世話になっております。川瀬精機の鈴木です。
訂正のご連絡ありがとうございます。
AWS05539906 を AWS48820157 に統合する内容で問題ございません。よろしくお願いいたします。

--
川瀬精機株式会社 情報システム部
鈴木 大輔
TEL: 052-000-1234"""
new45 = f"""{SZ_NAME} 様

いつもお世話になっております。高橋でございます。

お待たせいたしました。AWS05539906 の認定情報を AWS48820157 へ移行する作業が完了しましたので、お知らせいたします。
今後は {SZ} でサインインのうえ、認定資格の一覧をご確認ください。

ご不明な点がございましたら、本メールへご返信ください。

高橋
{FORM_SIG_JA}
"""
txt45 = (new45 + '\n' + outlook_block(f"鈴木 大輔 <{SZ}>", d45u, f"'Amazon Web Services' <{FORM[1]}>",
                                      f"RE: RE:[CASE {J3}] 【訂正】アカウント統合内容のご確認", 9, ja=True) + '\n' + user45 + '\n')
hs45 = [('Message-ID', ses_id(d45)), ('Date', fmt(d45)), ('From', addr(*FORM)), ('To', SZ),
        ('Subject', hdr_text(f"RE:[CASE {J3}] 【訂正】アカウント統合内容のご確認")),
        ('X-Unsent', '0')]
emit(45, 'takahashi-ikou-kanryou', 'merge_completed', 'ja', J3, None, hs45,
     part(txt45, 'plain', 'utf-8', 'base64'), new45, ids=['AWS05539906', 'AWS48820157'])

# ---------------------------------------------------------------- J4 小林 (form case, biglobe, three accounts)
KB = 'sho.kobayashi@biglobe.ne.jp'
KB_NAME = '小林 翔'
J4_OPEN = T('2025-12-08 06:48:10')
J4 = cid15(J4_OPEN, '00455')
J4_SUBJ = f"RE:[CASE {J4}] [AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ"
BIG = dict(jp_host='mx03.biglobe.ne.jp', jp_mx='mx03.biglobe.ne.jp', jp_inner='mbs11.biglobe.ne.jp')
KIM = f"木村\n{FORM_SIG_JA}"

# 046 confirmation request, HTML-only table with three accounts
d46 = T('2025-12-09 02:26:44')
rows46 = [('AWS72201458', KB, '存続(統合先)'),
          ('AWS39915027', 'sho.k@hokuriku-dx.jp', '統合元(統合後に閉鎖)'),
          ('AWS16648390', 'kobayashi.sho.1990@gmail.com', '統合元(統合後に閉鎖)')]
tbl46 = ''.join(f'<tr><td style="border:1px solid #aab7b8;padding:4px 8px">{a}</td><td style="border:1px solid #aab7b8;padding:4px 8px">{b}</td>'
                f'<td style="border:1px solid #aab7b8;padding:4px 8px">{c}</td></tr>' for a, b, c in rows46)
h46_new = f"""<div style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>{KB_NAME} 様</p>
<p>お世話になっております。AWS トレーニングと認定 カスタマーサポートの木村でございます。</p>
<p>お問い合わせいただいた件につきまして、小林様の認定アカウントが 3 件登録されていることを確認いたしました。<br>
統合後の状態は下表のとおりとなる予定です。</p>
<table style="border-collapse:collapse">
<tr style="background:#eaeded"><th style="border:1px solid #aab7b8;padding:4px 8px">アカウント ID</th><th style="border:1px solid #aab7b8;padding:4px 8px">サインイン用メールアドレス</th><th style="border:1px solid #aab7b8;padding:4px 8px">統合後</th></tr>
{tbl46}
</table>
<p>閉鎖されるアカウントの認定資格、受験履歴、特典はすべて AWS72201458 に引き継がれます。統合は取り消しができない操作となりますので、内容を十分にご確認ください。</p>
<p>上記の表の内容で問題ない場合は、「上記内容で統合を依頼します」と本メールにご返信いただけますでしょうか。<br>
存続させるアカウントを変更されたい場合は、ご希望のアカウント ID をお知らせください。</p>
<p>よろしくお願い申し上げます。</p>
<p>木村<br>{FORM_SIG_JA}</p>
</div>"""
emit(46, 'kimura-3ken-hyou', 'merge_confirmation_requested', 'ja', J4, True,
     aws_headers('jp', KB, d46, FORM, J4_SUBJ, **BIG),
     part(html_doc(h46_new, 'ja'), 'html', 'utf-8', 'base64'), strip_tags(h46_new),
     ids=['AWS16648390', 'AWS39915027', 'AWS72201458'])
REQ46 = re.sub(r'\n{3,}', '\n\n', '\n'.join(x.strip() for x in re.sub(r'[ \t]+', ' ', strip_tags(h46_new)).split('\n'))).strip()

# 047 answer about timing after consent
d47u = T('2025-12-09 12:31:20')
d47 = T('2025-12-10 01:05:37')
user47 = f"""木村様

お世話になっております。小林です。
上記内容で統合を依頼します。

1 点質問ですが、作業はどのくらいで終わりますか?
12 月 20 日に Machine Learning Engineer - Associate の試験を予約しているので、それまでに終わるか気になっています。

小林 翔"""
new47 = f"""{KB_NAME} 様

お世話になっております。木村でございます。

ご依頼のご連絡をいただき、ありがとうございます。AWS39915027 および AWS16648390 を AWS72201458 へ統合する作業を、担当部署に依頼いたしました。

ご質問の作業期間につきましては、ご同意をいただいてから通常 1〜3 営業日で完了いたします。
また、12 月 20 日の受験予約は統合後も有効で、AWS72201458 の予約一覧に表示されますので、予約を取り直していただく必要はございません。

完了しましたら、改めてご連絡いたします。

{KIM}
"""
q47 = ja_hdr(d47u, KB_NAME, KB) + '\n' + prefix(user47 + '\n\n' + ja_hdr(d46, 'Amazon Web Services', FORM[1]) + '\n' + prefix(REQ46))
txt47 = new47 + '\n' + q47 + '\n'
emit(47, 'kimura-kikan-kaitou', 'support_reply', 'ja', J4, True,
     aws_headers('jp', KB, d47, FORM, J4_SUBJ, **BIG),
     alt(txt47, html_doc(t2h(new47) + '<blockquote style="border-left:2px solid #ccc;padding-left:8px">' + t2h(q47) + '</blockquote>', 'ja'),
         cte='quoted-printable'), new47, ids=['AWS16648390', 'AWS39915027', 'AWS72201458'])

# 048 a question about something else (notification address), merge goes ahead regardless
d48 = T('2025-12-10 06:44:02')
new48 = f"""{KB_NAME} 様

お世話になっております。木村でございます。

統合作業を進める中で確認いたしましたところ、統合先の AWS72201458 について、試験結果などの通知先メールアドレスが旧勤務先のもの(sho.k@hokuriku-dx.jp)のままになっておりました。

統合後の通知を {KB} で受け取られるよう、通知先もあわせて変更をご希望でしょうか。
ご希望の場合は、本メールにその旨ご返信ください。なお、こちらのご回答の有無にかかわらず、AWS39915027 と AWS16648390 の統合作業はこのまま進めてまいります。

{KIM}
"""
emit(48, 'kimura-tsuuchisaki-henkou', 'support_reply', 'ja', J4, True,
     aws_headers('jp', KB, d48, FORM, J4_SUBJ, **BIG),
     alt(new48, html_doc(t2h(new48), 'ja'), cte='base64'), new48,
     ids=['AWS16648390', 'AWS39915027', 'AWS72201458'])

# 049 completion that also closes the case and asks for a rating
d49 = T('2025-12-11 08:20:19')
new49 = f"""{KB_NAME} 様

お世話になっております。木村でございます。

大変お待たせいたしました。AWS39915027 および AWS16648390 の AWS72201458 への統合が完了いたしました。あわせて、通知先メールアドレスも {KB} に変更しております。
認定資格の一覧、受験予約(12 月 20 日)、特典が AWS72201458 に表示されていることをご確認ください。

本件はこれをもちまして完了とさせていただき、ケースをクローズいたします。
よろしければ、今回の対応について以下のアンケートにご協力いただけますと幸いです。
https://survey.aws-tc-support.amazon.com/rate/{J4}?lang=ja

このたびはお問い合わせいただき、誠にありがとうございました。

{KIM}
"""
emit(49, 'kimura-kanryou-close', 'merge_completed', 'ja', J4, True,
     aws_headers('jp', KB, d49, FORM, J4_SUBJ, **BIG),
     alt(new49, html_doc(t2h(new49), 'ja'), cte='quoted-printable'), new49,
     ids=['AWS16648390', 'AWS39915027', 'AWS72201458'])

# 050 survey reminder
d50 = T('2025-12-15 00:00:41')
txt50 = f"""{KB_NAME} 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

ケース {J4} に関するアンケートへのご回答がまだのようでしたので、改めてご案内いたします。
いただいたご意見は、サービス品質の向上のために活用させていただきます。

▼ 問題は解決しましたか?
はい / いいえ : https://survey.aws-tc-support.amazon.com/r/{J4}?lang=ja

▼ 担当者の対応はいかがでしたか?(5 段階評価)
https://survey.aws-tc-support.amazon.com/rate/{J4}?lang=ja

アンケートの回答期限は 2025 年 12 月 29 日です。

{FORM_SIG_JA}
"""
emit(50, 'anketo-saisoku-kobayashi', 'survey', 'ja', J4, True,
     aws_headers('jp', KB, d50, FORM, f"【アンケートのお願い】ケース {J4} のサポートについて", **BIG),
     alt(txt50, html_doc(t2h(txt50), 'ja')), txt50, ids=[])


def ew(s, label, codec, per=14):
    """Hand-made B encoded words (e.g. Shift_JIS), folded."""
    chunks = [s[i:i + per] for i in range(0, len(s), per)]
    return '\n '.join(f"=?{label}?B?{base64.b64encode(c.encode(codec)).decode()}?=" for c in chunks)


# ---------------------------------------------------------------- Japanese look-alikes / others
# 051 Pearson VUE appointment (Japanese)
d51 = T('2025-12-08 13:22:10')
txt51 = f"""{KB_NAME} 様

AWS Certification 試験のご予約ありがとうございます。以下の内容でご予約を承りました。

試験: MLA-C01: AWS Certified Machine Learning Engineer - Associate
言語: 日本語
日時: 2025年12月20日(土) 10:00 JST
会場: OnVUE オンライン監視試験
登録 ID: 512884037
受験者 ID: AWS72201458

受験当日は、開始時刻の 30 分前からチェックインが可能です。有効な身分証明書をご用意ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに AWS Certification アカウントから行ってください。

Pearson VUE
https://home.pearsonvue.com/aws
※本メールは送信専用のアドレスから配信しています。
"""
mf51 = 'bounce-aws@email.pearsonvue.com'
ar51 = ar_jp(BIG['jp_host'], mf51, [('pearson.com', 'pvue1', 'pass')], from_dom='pearson.com')
hs51 = tr_jp(KB, d51, mf51, '159.112.240.18', 'mta18.email.pearsonvue.com', ar51, BIG['jp_mx'], BIG['jp_inner'])
hs51 += [('DKIM-Signature', dkim('pearson.com', 'pvue1', int(d51.timestamp()), c='relaxed/relaxed')),
         ('From', 'Pearson VUE <pearsonvueconfirmation@pearson.com>'), ('To', KB),
         ('Subject', hdr_text('Pearson VUE 試験予約の確認 - AWS Certified Machine Learning Engineer - Associate')),
         ('Date', fmt(d51)), ('Message-ID', f"<{R.randint(10**9, 10**10)}.{R.randint(1000,9999)}.{int(d51.timestamp())}@email.pearsonvue.com>")]
emit(51, 'pearson-yoyaku-kakunin', 'unrelated', 'ja', None, False, hs51,
     alt(txt51, html_doc(t2h(txt51), 'ja'), cte='quoted-printable'), txt51, ids=['AWS72201458'])

# 052 Credly expiry reminder (Japanese)
d52 = T('2025-10-02 09:10:55')
txt52 = f"""{YM_NAME}さん

AWS Training and Certification から発行された以下のバッジの有効期限が近づいています。

AWS Certified Cloud Practitioner
有効期限: 2025年11月1日

有効期限が切れると、バッジは Credly プロフィール上で「期限切れ」と表示されます。資格を維持するには、発行元の案内に従って再認定を行ってください。

バッジを表示: https://www.credly.com/badges/{ruuid()}

Credly, Inc. | 1 Liberty Plaza, New York, NY 10006
"""
emit(52, 'credly-kigen-chikai', 'unrelated', 'ja', None, True,
     credly_headers('gmail', YM, d52, 'バッジの有効期限が近づいています: AWS Certified Cloud Practitioner', frm='Credly <admin@credly.com>'),
     alt(txt52, html_doc(t2h(txt52), 'ja')), txt52, ids=[])

# ---------------------------------------------------------------- J5 伊藤 (ocn)
IT = 'mayu.ito@ocn.ne.jp'
IT_NAME = '伊藤 真由'
IT_SCH = 'ito.mayu@sakura-gakuen.ac.jp'
OCN = dict(jp_host='ocn.ad.jp', jp_mx='mfilter-s-12.ocn.ad.jp', jp_inner='mbox-d-07.ocn.ad.jp')
J5A = cid15(T('2025-10-20 03:05:51'), '00517')
J5B = cid15(T('2025-10-27 00:40:09'), '00831')

# 053 billing case (Japanese, console)
d53 = T('2025-09-03 05:18:40')
BILLJ = cid15(T('2025-09-02 08:44:17'), '00109')
new53 = f"""{IT_NAME} 様

AWS 請求およびアカウントサポートの岡田です。お問い合わせいただきありがとうございます。

2 つの AWS アカウント(111122223333 と 444455556666)の請求をひとつにまとめたいとのご要望を承りました。
恐れ入りますが、AWS アカウントそのものを統合することはできません。その代わりに、AWS Organizations の一括請求 (コンソリデーティッドビリング) 機能をご利用いただくことで、請求書を 1 つにまとめることが可能です。

手順の概要:
1. 管理アカウントとして使用するアカウントで AWS Organizations を有効にします。
2. もう一方のアカウントを組織に招待し、招待を承認します。

承認後の次の請求期間から、両アカウントの利用料金が 1 通の請求書にまとめられます。

ほかにご不明な点がございましたら、お気軽にお知らせください。

岡田
Amazon Web Services
"""
txt53 = new53 + console_footer(BILLJ, 'ja')
emit(53, 'seikyuu-matomeru', 'unrelated', 'ja', BILLJ, True,
     aws_headers('jp', IT, d53, CONSOLE, f"RE:[CASE {BILLJ}] 2つのAWSアカウントの請求をまとめたい", **OCN),
     alt(txt53, html_doc(t2h(txt53), 'ja'), cte='base64'), new53, ids=[])

# 054 phishing, not about the merge (payment), look-alike domain
d54 = T('2025-07-20 22:41:09')
WT = 'takuya.watanabe@so-net.ne.jp'
WT_NAME = '渡辺 拓也'
SONET = dict(jp_host='so-net.ne.jp', jp_mx='mx-snd-02.so-net.ne.jp', jp_inner='mbox-04.so-net.ne.jp')
mf54 = 'info@aws-amazon-jp.com'
ar54 = ar_jp(SONET['jp_host'], mf54, [('aws-amazon-jp.com', 'mail', 'none')], dmarc='none', from_dom='aws-amazon-jp.com', spf='pass')
hs54 = tr_jp(WT, d54, mf54, '103.151.44.16', 'mail.aws-amazon-jp.com', ar54, SONET['jp_mx'], SONET['jp_inner'])
txt54 = """【Amazon Web Services】お支払い方法の確認のお願い

いつも Amazon Web Services をご利用いただきありがとうございます。

お客様のアカウントに登録されているクレジットカードで、今月分のご請求のお支払いが確認できませんでした。
72 時間以内にお支払い情報を更新いただけない場合、アカウントおよびすべてのリソースが停止されます。

▼ お支払い情報の更新はこちら
https://aws-amazon-jp.com/billing/update?id=7731

※本メールは送信専用です。
Amazon Web Services Japan
"""
hs54 += [('From', f"{hdr_text('アマゾン ウェブ サービス', 'iso-2022-jp')} <info@aws-amazon-jp.com>"), ('To', WT),
         ('Subject', hdr_text('【重要】お支払い方法の確認のお願い (AWS アカウント停止のお知らせ)', 'iso-2022-jp')),
         ('Date', fmt(d54, 9)), ('Message-ID', f"<20250721074109.{rhex(10)}@aws-amazon-jp.com>"),
         ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5931')]
emit(54, 'shiharai-kakunin', 'unrelated', 'ja', None, False, hs54,
     part(txt54, 'plain', 'iso-2022-jp', '7bit'), txt54, ids=[])

# 055 phishing about the merge (Japanese), look-alike domain, fake case id
d55 = T('2025-10-22 10:02:37')
fake55 = cid15(T('2025-10-22 09:15:00'), '00101')
mf55 = 'support@aws-certification-jp.net'
ar55 = ar_jp(OCN['jp_host'], mf55, [('aws-certification-jp.net', 'default', 'none')], dmarc='none',
             from_dom='aws-certification-jp.net', spf='softfail')
hs55 = tr_jp(IT, d55, mf55, '91.215.152.77', 'aws-certification-jp.net', ar55, OCN['jp_mx'], OCN['jp_inner'])
txt55 = f"""{IT_NAME} 様

AWS トレーニングと認定です。
ケース番号 {fake55} にてご依頼いただいた認定アカウントの統合について、最終確認をお願いいたします。

統合対象: {IT} / {IT_SCH}

下記のページから両方のアカウントでサインインし、統合を承認してください。24 時間以内に承認が確認できない場合、ご依頼は取り消され、認定資格が一時的に無効となります。

▼ 統合を承認する
http://aws-certification-jp.net/merge/approve?case={fake55}

AWS トレーニングと認定 サポートチーム
"""
hs55 += [('From', f"{hdr_text('AWS トレーニングと認定')} <support@aws-certification-jp.net>"), ('To', IT),
         ('Subject', hdr_text(f"【要対応】認定アカウント統合の最終確認 (ケース {fake55})")),
         ('Date', fmt(d55, 9)), ('Message-ID', f"<{rhex(20)}@aws-certification-jp.net>")]
emit(55, 'tougou-saishuu-kakunin', 'merge_confirmation_requested', 'ja', fake55, False, hs55,
     alt(txt55, html_doc(t2h(txt55), 'ja'), cte='base64'), txt55, ids=[])

# 056 AWS newsletter (Japanese) mentioning account merges in passing
d56 = T('2025-11-12 01:00:05')
h56 = f"""<table width="600" align="center" style="font-family:Meiryo,sans-serif"><tr><td style="background:#232f3e;padding:16px;color:#fff"><b>AWS トレーニングと認定 ニュースレター 2025年11月号</b></td></tr>
<tr><td style="padding:16px">
<h3>新しい認定試験のお知らせ</h3>
<p>AWS Certified Generative AI Developer - Professional のベータ試験の受付を開始しました。</p>
<h3>よくあるご質問: 認定アカウントが複数ある場合</h3>
<p>転職などで認定アカウントが複数になってしまった場合は、お問い合わせフォームから統合をご依頼いただけます。統合後は、すべての認定資格を 1 つのアカウントで管理できます。</p>
<h3>AWS Skill Builder の新コース</h3>
<p>日本語字幕付きの新しいデジタルコースを 12 本追加しました。</p>
<p style="font-size:11px;color:#687078">このメールは、AWS からのお知らせの配信を希望された {KB} 宛てにお送りしています。<a href="https://pages.awscloud.com/communication-preferences.html">配信停止</a><br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table>"""
emit(56, 'newsletter-11gatsu', 'unrelated', 'ja', None, True,
     aws_headers('jp', KB, d56, ('AWS トレーニングと認定', 'aws-marketing-email-replies@amazon.com'),
                 'AWS トレーニングと認定 ニュースレター 2025年11月号: 新試験のお知らせ ほか', **BIG),
     part(html_doc(h56, 'ja'), 'html', 'utf-8', 'quoted-printable'), strip_tags(h56), ids=[])

# 057 duplicate case: handled in the first case, then a confirmation request
d57 = T('2025-10-27 06:33:12')
J5_SUBJ = f"RE:[CASE {J5A}] [AWS Training and Certification Form Submission] - account-assistance"
new57 = f"""{IT_NAME} 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの林でございます。

ご回答が遅くなり、大変申し訳ございません。
同じ内容で新たにケース {J5B} をご登録いただいておりますが、お手続きは先にいただいた本ケース {J5A} にてまとめて進めさせていただきます。ケース {J5B} へのご返信は不要です。

お調べしたところ、以下の 2 つのアカウントを確認いたしました。お申し出の内容に基づき、次のとおり統合いたします。

　AWS29180566({IT})→ 閉鎖し、認定情報を下記アカウントへ移行
　AWS83307741({IT_SCH})→ 存続

※統合後は元に戻すことができません。

この内容で差し支えないかご確認いただき、よろしければ本メールにその旨ご返信をお願いいたします。

林
{FORM_SIG_JA}
"""
emit(57, 'hayashi-juufuku-case', 'merge_confirmation_requested', 'ja', J5A, True,
     aws_headers('jp', IT, d57, FORM, J5_SUBJ, **OCN),
     alt(new57, html_doc(t2h(new57), 'ja'), cte='quoted-printable'), new57, ids=['AWS29180566', 'AWS83307741'])

# ---------------------------------------------------------------- J6 渡辺 (console, so-net)
J6_OPEN = T('2025-07-14 11:20:45')
J6 = cid15(J6_OPEN, '00692')
J6_TITLE = 'AWS認定アカウントが2つあります'

# 058 asks the reason for the merge (both accounts named, no direction)
d58 = T('2025-07-15 03:02:28')
new58 = f"""{WT_NAME} 様

アマゾン ウェブ サービス サポートの森でございます。お問い合わせいただきありがとうございます。

ご連絡いただいた内容をもとに確認いたしましたところ、AWS 66021893 と AWS 90847732 の 2 つのアカウントが渡辺様のお名前で登録されておりました。

お手続きを進めるにあたり、恐れ入りますが、アカウントが 2 つになった経緯(転職に伴うメールアドレスの変更など)と、統合をご希望される理由を簡単にお知らせいただけますでしょうか。

ご返信はサポートセンターの本ケースからお願いいたします。

森
Amazon Web Services
"""
txt58 = new58 + console_footer(J6, 'ja')
emit(58, 'mori-keii-riyuu', 'support_reply', 'ja', J6, True,
     aws_headers('jp', WT, d58, CONSOLE, f"RE:[CASE {J6}] {J6_TITLE}", **SONET),
     alt(txt58, html_doc(t2h(txt58), 'ja')), new58, ids=['AWS66021893', 'AWS90847732'])

# 059 confirmation request in Shift_JIS with CP932-only characters (circled digits) and a full-width id
d59 = T('2025-07-16 04:45:50')
new59 = f"""{WT_NAME} 様

森でございます。経緯についてご説明いただき、ありがとうございました。

いただいた内容から、以下のとおり統合を行う予定です。

①統合元：ＡＷＳ９０８４７７３２（旧勤務先 t-watanabe@minato-soft.co.jp）
②統合先：AWS66021893（{WT}）
③統合後、AWS90847732 の認定資格と受験履歴は AWS66021893 に移り、AWS90847732 は使用できなくなります。

統合は一度行うと元に戻せません。
上記①〜③の内容でよろしいか、サポートセンターの本ケースにて「はい」または「いいえ」でお知らせいただけますでしょうか。
ご回答を確認したうえで、担当部署へ依頼いたします。

森
Amazon Web Services
"""
txt59 = new59 + console_footer(J6, 'ja')
hs59 = aws_headers('jp', WT, d59, CONSOLE, 'x', **SONET)
hs59 = [(k, ew(f"RE:[CASE {J6}] {J6_TITLE}", 'Shift_JIS', 'cp932') if k == 'Subject' else v) for k, v in hs59]
emit(59, 'mori-maru-suuji', 'merge_confirmation_requested', 'ja', J6, True, hs59,
     part(txt59, 'plain', 'shift_jis', '8bit', codec='cp932'), new59, ids=['AWS66021893', 'AWS90847732'])

# 060 consent received, answers a Credly question, merge in progress
d60u = T('2025-10-27 12:15:44')
d60 = T('2025-10-28 02:50:31')
user60 = f"""林様

お世話になっております。伊藤です。
ご連絡の内容で問題ありません。よろしくお願いいたします。

ひとつ質問なのですが、Credly のバッジは今 {IT} の Credly アカウントに入っています。統合後はどうなりますか?

伊藤"""
new60 = f"""{IT_NAME} 様

お世話になっております。林でございます。

ご承諾のご連絡をいただき、ありがとうございます。AWS29180566 から AWS83307741 への統合は、担当部署にて作業を開始しております。

Credly のバッジについてのご質問にお答えいたします。
統合の完了後、認定資格のバッジは存続アカウント AWS83307741 のメールアドレス({IT_SCH})宛てに改めて発行されます。現在 {IT} の Credly アカウントにあるバッジは自動では移動しませんので、必要に応じて Credly の設定画面から 2 つの Credly アカウントをまとめてください。

作業完了の際には、あらためてご連絡いたします。

林
{FORM_SIG_JA}
"""
q60 = ja_hdr(d60u, IT_NAME, IT) + '\n' + prefix(user60 + '\n\n' + ja_hdr(d57, 'Amazon Web Services', FORM[1]) + '\n' + prefix(new57))
txt60 = new60 + '\n' + q60 + '\n'
emit(60, 'hayashi-credly-shitsumon', 'support_reply', 'ja', J5A, True,
     aws_headers('jp', IT, d60, FORM, J5_SUBJ, **OCN),
     alt(txt60, html_doc(t2h(new60) + '<blockquote style="border-left:2px solid #ccc;padding-left:8px">' + t2h(q60) + '</blockquote>', 'ja'),
         cte='base64'), new60, ids=['AWS29180566', 'AWS83307741'])

finish()
