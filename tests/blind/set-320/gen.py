#!/usr/bin/env python3
"""Generator for blind set 320: eight users' AWS Certification account-merge
cases, start to end, with detours, Sent replies and look-alikes."""
import base64, hashlib, html, io, json, os, quopri, random, re
import datetime as dt
from zoneinfo import ZoneInfo
from email.message import Message
from email.header import Header
from email.generator import BytesGenerator
from email import policy as _policy
from email.utils import format_datetime

OUT = '/work/blind/set-320'
UTC = dt.timezone.utc
JST = ZoneInfo('Asia/Tokyo')
PT = ZoneInfo('America/Los_Angeles')
LON = ZoneInfo('Europe/London')
ROME = ZoneInfo('Europe/Rome')
BERLIN = ZoneInfo('Europe/Berlin')
CAIRO = ZoneInfo('Africa/Cairo')
HCM = ZoneInfo('Asia/Ho_Chi_Minh')
TORONTO = ZoneInfo('America/Toronto')

MAILS = []          # (filename, bytes)
LABELS = {}
NEWTEXT = {}        # filename -> new text (for checks)
ACCT_RE = re.compile(r'\bAWS[\s\-]?(\d{8})\b', re.I)

# ---------------------------------------------------------------- helpers
def H(s, seed, n):
    out = b''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f'{seed}/{i}'.encode()).digest()
        i += 1
    return out[:n]

def b64(seed, n):
    return base64.b64encode(H(seed, seed, n)).decode()

def hexs(seed, n):
    return H(seed, seed, (n + 1) // 2).hex()[:n]

def utc(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)

def loc(t, tz):
    return t.astimezone(tz)

def rfc(t):
    return format_datetime(t)

def gdate(t):
    """Gmail Received-style date in Pacific time with zone name."""
    p = t.astimezone(PT)
    return format_datetime(p) + f' ({p.tzname()})'

def case15(t, suffix):
    return f'{int(t.timestamp())}{suffix:05d}'

def fold_blob(s, first=0, width=72):
    parts, i = [], 0
    w = width - first
    while i < len(s):
        parts.append(s[i:i + w]); i += w; w = width
    return '\n\t '.join(parts)

def dkim(d, s, t, h, seed, c='relaxed/simple'):
    bh = b64(seed + 'bh', 32)
    b = b64(seed + 'b', 256)
    return (f'v=1; a=rsa-sha256; q=dns/txt; c={c};\n\ts={s}; d={d}; t={int(t.timestamp())};\n'
            f'\th={h};\n\tbh={bh};\n\tb=' + fold_blob(b, 3))

SES_SEL = {'amazon.com': 'rjt56ha5kmwvbqdxcdx7x4dqhxaaq6bs',
           'amazonses.com': '224i4yxa5dv7c2xz3womw6peuasteono'}
SES_H = 'From:To:Subject:MIME-Version:Content-Type:Date:Message-ID'

def ses_msgid(t, seed, region='us-east-1'):
    ms = int(t.timestamp() * 1000) - 412
    u = hexs(seed + 'uuid', 32)
    core = f'0100{ms:012x}-{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}-000000'
    return f'<{core}@email.amazonses.com>', core

def ses_ip(seed):
    r = random.Random(seed)
    net = r.choice(['54.240.8', '54.240.9', '54.240.27', '54.240.48', '54.240.11'])
    last = r.randint(10, 250)
    ip = f'{net}.{last}'
    host = f'a{net.split(".")[2]}-{last}.smtp-out.amazonses.com'
    return ip, host

def aws_sender_headers(t, seed, from_, to, subject, region='us-east-1'):
    """Headers an SES-sent AWS mail carries from the sender side."""
    mid, core = ses_msgid(t, seed, region)
    hs = [('DKIM-Signature', dkim('amazon.com', SES_SEL['amazon.com'], t,
                                  SES_H, seed + 'd1')),
          ('DKIM-Signature', dkim('amazonses.com', SES_SEL['amazonses.com'], t,
                                  SES_H + ':Feedback-ID', seed + 'd2')),
          ('Date', rfc(t)),
          ('From', from_),
          ('To', to),
          ('Subject', subject),
          ('Message-ID', mid),
          ('Feedback-ID', f'::1.{region}.{b64(seed+"fb", 33)}=:AmazonSES'),
          ('X-SES-Outgoing', f'{t:%Y.%m.%d}-{ses_ip(seed)[0]}')]
    return hs, core

def gmail_hdrs(rcpt, t, envfrom, ip, helo, auth, seed):
    """Inbound Gmail trace headers (top of message)."""
    r = random.Random(seed)
    t1 = t + dt.timedelta(seconds=1)
    smtpid = f'{hexs(seed+"s", 6)}csp{r.randint(100000, 9999999)}'
    arcb = b64(seed + 'arc', 128)
    return [
        ('Delivered-To', rcpt),
        ('Received', f'by 2002:a05:7300:{hexs(seed+"a",4)}:b0:{hexs(seed+"b",3)}:{hexs(seed+"c",4)}:{hexs(seed+"e",4)} with SMTP id {smtpid};\n        {gdate(t1)}'),
        ('X-Google-Smtp-Source', 'AGHT+I' + b64(seed + 'xg', 60)[:74]),
        ('X-Received', f'by 2002:a05:620a:{hexs(seed+"f",4)}:b0:7c5:{hexs(seed+"g",4)}:{hexs(seed+"h",4)} with SMTP id af79cd13be357-{hexs(seed+"i",10)}mr{r.randint(1000000,99999999)}.{r.randint(10,99)}.{t1:%Y.%m.%d.%H.%M.%S};\n        {gdate(t1)}'),
        ('ARC-Seal', f'i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b=' + fold_blob(arcb, 10).replace('\n\t ', '\n         ')),
        ('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64(seed+"abh",32)};\n        fh={b64(seed+"fh",32)};\n        b=' + fold_blob(b64(seed + 'amb', 128), 10).replace('\n\t ', '\n         ')),
        ('ARC-Authentication-Results', 'i=1; mx.google.com;\n       ' + auth),
        ('Return-Path', f'<{envfrom}>'),
        ('Received', f'from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id af79cd13be357-{hexs(seed+"j",10)}si{r.randint(100000,9999999)}.{r.randint(100,999)}.{t:%Y.%m.%d.%H.%M.%S}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(t)}'),
        ('Received-SPF', f'pass (google.com: domain of {envfrom} designates {ip} as permitted sender) client-ip={ip};'),
        ('Authentication-Results', 'mx.google.com;\n       ' + auth),
    ]

def g_auth_aws(seed, envfrom, ip):
    return (f'dkim=pass header.i=@amazon.com header.s={SES_SEL["amazon.com"]} header.b={b64(seed+"d1b",256)[:8]};\n'
            f'       dkim=pass header.i=@amazonses.com header.s={SES_SEL["amazonses.com"]} header.b={b64(seed+"d2b",256)[:8]};\n'
            f'       spf=pass (google.com: domain of {envfrom} designates {ip} as permitted sender) smtp.mailfrom={envfrom};\n'
            f'       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com')

def outlook_hdrs(t, ip, helo, auth, spfdom, seed, consumer=True):
    r = random.Random(seed)
    fe = f'{r.choice(["DS3PEPF", "SN1PEPF", "CH1PEPF", "BN2PEPF"])}0000{r.randint(1000,9999)}{r.choice(["A", "B", "C"])}'
    be = f'{r.choice(["SA1PR", "DM6PR", "PH0PR", "MW4PR"])}{r.randint(10,19)}MB{r.randint(1000,9999)}'
    dom = 'namprd19.prod.outlook.com' if consumer else 'eurprd05.prod.outlook.com'
    t0, t1, t2 = t, t + dt.timedelta(seconds=1), t + dt.timedelta(seconds=2)
    return [
        ('Received', f'from {be}.{dom} (::1) by\n {be.replace("MB","MB0")}.{dom} with HTTPS; {rfc(t2)}'),
        ('Received', f'from {fe}.namprd03.prod.outlook.com (2603:10b6:806:{hexs(seed+"o",3)}::{r.randint(10,99)}) by\n {be}.{dom} (2603:10b6:{hexs(seed+"p",3)}:{hexs(seed+"q",3)}::{r.randint(10,30)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{r.randint(8000,8999)}.{r.randint(10,40)}; {rfc(t1)}'),
        ('Authentication-Results', auth),
        ('Received-SPF', f'Pass (protection.outlook.com: domain of {spfdom}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C'),
        ('Received', f'from {helo} ({ip}) by\n {fe}.mail.protection.outlook.com (10.167.{r.randint(10,250)}.{r.randint(2,250)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{r.randint(8000,8999)}.{r.randint(10,40)}\n via Frontend Transport; {rfc(t0)}'),
        ('X-MS-Exchange-Organization-ExpirationStartTime', f'{t0:%d %b %Y %H:%M:%S.%f}'[:-3] + ' (UTC)'),
        ('X-MS-Exchange-Organization-Network-Message-Id', f'{hexs(seed+"n1",8)}-{hexs(seed+"n2",4)}-{hexs(seed+"n3",4)}-{hexs(seed+"n4",4)}-08dd{hexs(seed+"n5",8)}'),
        ('X-MS-Exchange-Organization-AuthSource', f'{fe}.namprd03.prod.outlook.com'),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
    ]

def o_auth_aws(envdom, ip):
    return (f'spf=pass (sender IP is {ip})\n smtp.mailfrom={envdom}; dkim=pass (signature was verified)\n'
            f' header.d=amazon.com;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=pass action=none\n header.from=amazon.com;compauth=pass reason=100')

def biglobe_hdrs(rcpt, t, envfrom, ip, helo, auth, seed):
    r = random.Random(seed)
    tj = t.astimezone(JST)
    qid = f'{hexs(seed+"q",8).upper()}'
    sp = r.randint(10, 40)
    return [
        ('Return-Path', f'<{envfrom}>'),
        ('Delivered-To', rcpt),
        ('Received', f'from mh-spool{sp}.biglobe.ne.jp (mh-spool{sp}.biglobe.ne.jp [133.208.{r.randint(10,200)}.{r.randint(2,250)}])\n\tby mbox{r.randint(100,300)}.biglobe.ne.jp (Postfix) with ESMTP id {qid}\n\tfor <{rcpt}>; {rfc(tj + dt.timedelta(seconds=2))} (JST)'),
        ('Authentication-Results', 'biglobe.ne.jp;\n\t' + auth),
        ('Received', f'from {helo} ({helo} [{ip}])\n\tby mx{r.randint(10,40)}.biglobe.ne.jp with ESMTPS id 4b{hexs(seed+"m",10)};\n\t{rfc(tj)} (JST)'),
    ]

def bg_auth_aws(envfrom):
    return (f'spf=pass smtp.mailfrom={envfrom};\n\tdkim=pass header.d=amazon.com header.s={SES_SEL["amazon.com"]};\n'
            f'\tdkim=pass header.d=amazonses.com header.s={SES_SEL["amazonses.com"]};\n\tdmarc=pass (p=quarantine dis=none) header.from=amazon.com')

# ---------------------------------------------------------------- bodies
CODEC = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8',
         'iso-8859-1': 'cp1252', 'windows-1252': 'cp1252', 'us-ascii': 'ascii'}

def part(text, subtype='plain', charset='utf-8', cte='quoted-printable',
         declared=None, codec=None, fmt_flowed=False):
    raw = text.encode(codec or CODEC[charset.lower()])
    p = Message()
    ct = f'text/{subtype}; charset="{declared or charset}"'
    if fmt_flowed:
        ct += '; format=flowed'
    p['Content-Type'] = ct
    p['Content-Transfer-Encoding'] = cte
    if cte == 'quoted-printable':
        enc = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        enc = base64.encodebytes(raw).decode('ascii')
    else:
        enc = raw.decode('ascii', 'surrogateescape')
    p.set_payload(enc)
    return p

def multi(subtype, parts, boundary):
    m = Message()
    m['Content-Type'] = f'multipart/{subtype};\n\tboundary="{boundary}"'
    m.set_payload(parts)
    return m

def ew(s, charset='utf-8', prefix=''):
    h = Header(prefix, 'us-ascii') if prefix else Header()
    h.append(s, charset)
    return h.encode(maxlinelen=76, linesep='\n')

def t2h(text):
    """Plain text paragraphs to simple HTML."""
    out = []
    for para in text.strip('\n').split('\n\n'):
        lines = [html.escape(l) for l in para.split('\n')]
        out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    return '\n'.join(out)

def quote_lines(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.rstrip('\n').split('\n'))

def gmail_quote_html(attr, inner_html):
    return (f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f'{inner_html}</blockquote></div>')

def outlook_block(frm, sent, to, subject, cc=None):
    s = f'From: {frm}\nSent: {sent}\nTo: {to}\n'
    if cc:
        s += f'Cc: {cc}\n'
    return s + f'Subject: {subject}\n'

def outlook_quote_html(frm, sent, to, subject, inner_html):
    return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            f'<b>From:</b> {html.escape(frm)}<br><b>Sent:</b> {html.escape(sent)}<br><b>To:</b> {html.escape(to)}<br>'
            f'<b>Subject:</b> {html.escape(subject)}</font><div>&nbsp;</div></div>{inner_html}')

def aws_html(inner, lang='en'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n'
            '<body style="margin:0;padding:0;background-color:#f2f3f3;">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
            '<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">\n'
            '<tr><td style="background:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="120" height="48"></td></tr>\n'
            f'<tr><td style="padding:24px;line-height:1.5;">\n{inner}\n</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n')

# ---------------------------------------------------------------- assembly
def add(fname, headers, body, label, new, expect_ids, crlf=False):
    """headers: list of (name, value) in top-to-bottom order; body: Message part."""
    top = Message()
    for k, v in headers:
        top[k] = v
    top['MIME-Version'] = '1.0'
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    buf = io.BytesIO()
    pol = _policy.compat32.clone(linesep='\r\n' if crlf else '\n')
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=pol).flatten(top)
    data = buf.getvalue()
    ids = sorted({'AWS' + m for m in ACCT_RE.findall(new)})
    assert ids == sorted(expect_ids), (fname, ids, expect_ids)
    lab = dict(label)
    lab['account_ids'] = ids
    assert lab['kind'] in ('case_created', 'merge_confirmation_requested', 'merge_completed',
                           'survey', 'credly_badge_issued', 'support_reply', 'unrelated'), fname
    assert fname not in LABELS, fname
    MAILS.append((fname, data))
    LABELS[fname] = {'kind': lab['kind'], 'case_id': lab['case_id'],
                     'account_ids': ids, 'sender_verified': lab['sv'],
                     'language': lab['lang']}
    NEWTEXT[fname] = new

def L(kind, case_id, sv, lang='en'):
    return {'kind': kind, 'case_id': case_id, 'sv': sv, 'lang': lang}

def write_all():
    for f in os.listdir(OUT):
        if re.fullmatch(r'\d{3}-.*\.eml', f):
            os.remove(os.path.join(OUT, f))
    for fname, data in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(f'wrote {len(MAILS)} mails')

FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

def ses_env(seed, t):
    return f'{ses_msgid(t, seed + "env")[1]}@email.amazonses.com'

def aws_inbound(env, rcpt, t, seed, from_, subject, to=None):
    """Complete header list for an AWS (SES) mail arriving at a given mailbox type.
    env: 'gmail' | 'outlook' | 'm365' | 'biglobe' | 'selfhost'"""
    ip, helo = ses_ip(seed)
    envfrom = ses_env(seed, t)
    arr = t + dt.timedelta(seconds=random.Random(seed).randint(1, 4))
    if env == 'gmail':
        tr = gmail_hdrs(rcpt, arr, envfrom, ip, helo, g_auth_aws(seed, envfrom, ip), seed)
    elif env in ('outlook', 'm365'):
        tr = outlook_hdrs(arr, ip, helo, o_auth_aws('email.amazonses.com', ip),
                          'email.amazonses.com', seed, consumer=(env == 'outlook'))
    elif env == 'biglobe':
        tr = biglobe_hdrs(rcpt, arr, envfrom, ip, helo, bg_auth_aws(envfrom), seed)
    elif env == 'selfhost':
        ta = arr.astimezone(BERLIN)
        tr = [('Return-Path', f'<{envfrom}>'),
              ('Delivered-To', rcpt),
              ('Received', f'from localhost (localhost [127.0.0.1])\n\tby mail.weber-it.de (Postfix) with ESMTP id 48c{hexs(seed+"pf",7).upper()}\n\tfor <{rcpt}>; {rfc(ta + dt.timedelta(seconds=1))} (CET)'),
              ('X-Virus-Scanned', 'Debian amavisd-new at mail.weber-it.de'),
              ('Received-SPF', f'Pass (mailfrom) identity=mailfrom; client-ip={ip}; helo={helo}; envelope-from={envfrom}; receiver=<UNKNOWN>'),
              ('Received', f'from {helo} ({helo} [{ip}])\n\tby mail.weber-it.de (Postfix) with ESMTPS id 48c{hexs(seed+"pg",7).upper()}\n\tfor <{rcpt}>; {rfc(ta)} (CET)')]
    else:
        raise ValueError(env)
    sh, core = aws_sender_headers(t, seed, from_, to or rcpt, subject)
    return tr + sh

# ---------------------------------------------------------------- more senders
def credly_inbound(env, rcpt, t, seed, from_, subject, old=False, to=None):
    dom = 'youracclaim.com' if old else 'credly.com'
    r = random.Random(seed)
    ip = f'149.72.{r.randint(100,250)}.{r.randint(2,250)}'
    helo = f'o{r.randint(1,9)}.email.{dom}'
    envfrom = f'bounces+{r.randint(1000000,9999999)}-{hexs(seed+"bn",4)}-{rcpt.replace("@","=")}@em.{dom}'
    arr = t + dt.timedelta(seconds=r.randint(2, 9))
    if env == 'gmail':
        auth = (f'dkim=pass header.i=@{dom} header.s=s1 header.b={b64(seed+"cb",9)[:8]};\n'
                f'       dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b={b64(seed+"cc",9)[:8]};\n'
                f'       spf=pass (google.com: domain of {envfrom} designates {ip} as permitted sender) smtp.mailfrom="{envfrom}";\n'
                f'       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}')
        tr = gmail_hdrs(rcpt, arr, envfrom, ip, helo, auth, seed)
    elif env in ('outlook', 'm365'):
        auth = (f'spf=pass (sender IP is {ip})\n smtp.mailfrom=em.{dom}; dkim=pass (signature was verified)\n'
                f' header.d={dom};dkim=pass (signature was verified)\n header.d=sendgrid.info;dmarc=pass action=none\n header.from={dom};compauth=pass reason=100')
        tr = outlook_hdrs(arr, ip, helo, auth, f'em.{dom}', seed, consumer=(env == 'outlook'))
    elif env == 'biglobe':
        auth = (f'spf=pass smtp.mailfrom={envfrom};\n\tdkim=pass header.d={dom} header.s=s1;\n'
                f'\tdkim=pass header.d=sendgrid.info header.s=smtpapi;\n\tdmarc=pass (p=quarantine dis=none) header.from={dom}')
        tr = biglobe_hdrs(rcpt, arr, envfrom, ip, helo, auth, seed)
    elif env == 'selfhost':
        ta = arr.astimezone(BERLIN)
        tr = [('Return-Path', f'<{envfrom}>'),
              ('Delivered-To', rcpt),
              ('Received', f'from localhost (localhost [127.0.0.1])\n\tby mail.weber-it.de (Postfix) with ESMTP id 48c{hexs(seed+"pf",7).upper()}\n\tfor <{rcpt}>; {rfc(ta + dt.timedelta(seconds=1))} (CET)'),
              ('Received-SPF', f'Pass (mailfrom) identity=mailfrom; client-ip={ip}; helo={helo}; envelope-from={envfrom}; receiver=<UNKNOWN>'),
              ('Received', f'from {helo} ({helo} [{ip}])\n\tby mail.weber-it.de (Postfix) with ESMTPS id 48c{hexs(seed+"pg",7).upper()}\n\tfor <{rcpt}>; {rfc(ta)} (CET)')]
    sh = [('DKIM-Signature', dkim(dom, 's1', t, 'from:subject:mime-version:content-type:to:cc:content-type:from:subject:to', seed + 'k1', 'relaxed/relaxed')),
          ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', t, 'from:subject:mime-version:content-type:to:cc:content-type:from:subject:to', seed + 'k2', 'relaxed/relaxed')),
          ('Date', rfc(t)),
          ('From', from_),
          ('Subject', subject),
          ('Message-ID', f'<{b64(seed+"sg",16).rstrip("=").replace("+","-").replace("/","_")}@geopod-ismtpd-{r.randint(1,40)}>'),
          ('Reply-To', f'no-reply@{dom}'),
          ('To', to or rcpt),
          ('X-SG-EID', fold_blob(b64(seed + 'eid', 120), 12).replace('\n\t ', '\n ')),
          ('X-Entity-ID', b64(seed + 'ent', 16)[:22])]
    return tr + sh

def gmail_msgid(seed):
    return '<CA' + b64(seed + 'gm', 40).replace('/', '').replace('+', '')[:44] + '@mail.gmail.com>'

CREDLY_FOOT_T = ('Credly, Inc. | 100 Seventh Avenue, Suite 200, Chardon, OH 44024 | This email was sent to {addr}.\n'
                 'Manage email preferences: https://www.credly.com/earner/settings/notifications')

def credly_badge_mail(name, addr, badges, seed, intro=None):
    """text+html for a Credly 'badge issued' mail. badges: list of badge names."""
    ids = [hexs(seed + b, 8) + '-' + hexs(seed + b + '1', 4) + '-' + hexs(seed + b + '2', 4) + '-' + hexs(seed + b + '3', 4) + '-' + hexs(seed + b + '4', 12) for b in badges]
    intro = intro or f'Amazon Web Services Training and Certification has issued you a new badge.'
    lines = [f'Hi {name},', '', intro, '']
    hb = ''
    for b, i in zip(badges, ids):
        lines += [b, f'Accept your badge: https://www.credly.com/badges/{i}/accept', '']
        hb += (f'<tr><td align="center" style="padding:8px 24px;"><p style="font-size:18px;font-weight:bold;margin:0 0 8px 0;">{html.escape(b)}</p>'
               f'<a href="https://www.credly.com/badges/{i}/accept" style="display:inline-block;background:#ff6b00;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold;">Accept your badge</a></td></tr>\n')
    lines += ['Once accepted, you can share your badge on LinkedIn, add it to your email signature, and let employers verify your skills in real time.', '',
              'Questions? Visit our support center: https://support.credly.com', '',
              CREDLY_FOOT_T.format(addr=addr)]
    text = '\n'.join(lines) + '\n'
    h = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
         '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>Credly</title></head>\n'
         '<body style="margin:0;padding:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif;">\n'
         '<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f5f5f5;"><tr><td align="center">\n'
         '<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">\n'
         '<tr><td style="padding:24px;"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="100" /></td></tr>\n'
         f'<tr><td style="padding:0 24px 16px 24px;font-size:15px;">Hi {html.escape(name)},<br /><br />{html.escape(intro)}</td></tr>\n'
         + hb +
         '<tr><td style="padding:16px 24px;font-size:13px;color:#555;">Once accepted, you can share your badge on LinkedIn, add it to your email signature, and let employers verify your skills in real time.</td></tr>\n'
         f'<tr><td style="padding:16px 24px;font-size:11px;color:#888;">Credly, Inc. | 100 Seventh Avenue, Suite 200, Chardon, OH 44024<br />This email was sent to {html.escape(addr)}. '
         '<a href="https://www.credly.com/earner/settings/notifications">Manage email preferences</a></td></tr>\n'
         '</table></td></tr></table>\n'
         f'<img src="https://u{random.Random(seed).randint(1000000,9999999)}.ct.sendgrid.net/wf/open?upn={b64(seed+"upn",60).replace("/","").replace("+","")}" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;" />\n'
         '</body></html>\n')
    return text, h

def form_ack_text(cid, cand, detail='Account Merge'):
    return f'''Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to confirm that we have received your request. A case has been created for you:

Case ID: {cid}
Inquiry type: AWS Training and Certification
Inquiry detail: {detail}
AWS candidate ID: {cand}

A member of our Customer Support team will review your request and respond by e-mail, usually within 24 hours. To add information to this case, reply to this e-mail and keep the case ID in the subject line.

Please do not submit another form for the same request. Additional cases for the same issue are handled as duplicates and may delay our response.

While you wait, you may find an answer in our FAQ: https://aws.amazon.com/certification/faqs/

Thank you,
AWS Training and Certification Customer Support

This message was sent to you because you submitted a request through the AWS Training and Certification contact form.
'''

def java_boundary(seed, t):
    r = random.Random(seed)
    return f'----=_Part_{r.randint(100000,9999999)}_{r.randint(10000000,999999999)}.{int(t.timestamp()*1000)}'

def gmail_boundary(seed):
    return '000000000000' + hexs(seed + 'bd', 16)

# =====================================================================
# User A: Kenji Tanaka (Gmail, Japanese form case; badge only after asking)
# =====================================================================
K_ADDR = 'kenji.tanaka.dev@gmail.com'
K_FROM = '=?UTF-8?B?55Sw5LitIOWBpeS6jA==?= <kenji.tanaka.dev@gmail.com>'  # 田中 健二
K_OPEN = utc(2025, 5, 27, 13, 58, 12)
K_CID = case15(K_OPEN, 771)
K_SUBJ = f'RE:[CASE {K_CID}] {FORM_SUBJ}'

# 001 acknowledgement
t = K_OPEN + dt.timedelta(seconds=31)
txt = form_ack_text(K_CID, 'AWS09930261')
hs = aws_inbound('gmail', K_ADDR, t, 'k001', FORM, f'[CASE {K_CID}] {FORM_SUBJ}')
body = multi('alternative', [part(txt), part(aws_html(t2h(txt)), 'html')], java_boundary('k001', t))
add('001-kenji-form-case-acknowledgement.eml', hs, body, L('case_created', K_CID, True), txt, ['AWS09930261'])

# 002 confirmation request in Japanese (ISO-2022-JP text + UTF-8 html)
t2 = utc(2025, 5, 27, 23, 2, 9)
k002 = f'''田中 健二 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
この度はお問い合わせいただき、誠にありがとうございます。

ご依頼いただきました認定アカウントの統合につきまして、以下の内容で
手続きを行う予定でございます。

　統合元（統合後にご利用いただけなくなるアカウント）
　　AWS 認定候補者 ID : AWS04417825
　　登録メールアドレス : k.tanaka@hoshizora-sys.co.jp

　統合先（統合後も引き続きご利用いただくアカウント）
　　AWS 認定候補者 ID : AWS09930261
　　登録メールアドレス : kenji.tanaka.dev@gmail.com

統合後は、統合元アカウントで取得された認定資格、受験履歴および特典は
すべて統合先アカウントへ移行されます。
なお、統合は一度実施いたしますと元に戻すことができません。

上記の内容で相違がないか今一度ご確認のうえ、本メールへのご返信にて
統合を進めてよろしいかお知らせいただけますでしょうか。
ご返信を頂戴し次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

山本
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート

ケース ID: {K_CID}
'''
hs = aws_inbound('gmail', K_ADDR, t2, 'k002', FORM, K_SUBJ)
body = multi('alternative', [part(k002, charset='iso-2022-jp', cte='7bit'),
                             part(aws_html(t2h(k002), 'ja'), 'html', cte='base64')], java_boundary('k002', t2))
add('002-kenji-merge-details-please-reply-ja.eml', hs, body, L('merge_confirmation_requested', K_CID, True, 'ja'), k002,
    ['AWS04417825', 'AWS09930261'])

# 003 Kenji's reply (Sent, Gmail, Japanese quote header)
t3 = dt.datetime(2025, 5, 28, 9, 15, 44, tzinfo=JST)
k003_new = '''山本様

お世話になっております。田中です。
ご連絡いただきありがとうございます。

記載いただいた内容で相違ございません。
AWS04417825 を AWS09930261 に統合する形で進めていただけますよう
お願いいたします。

The details are correct. Please proceed with the merge.

よろしくお願いいたします。

田中 健二
'''
attr = f'2025年5月28日(水) 8:02 Amazon Web Services <{FORM_ADDR}>:'
k003 = k003_new + '\n' + attr + '\n\n' + quote_lines(k002) + '\n'
k003_html = ('<div dir="ltr">' + t2h(k003_new).replace('<p>', '<div>').replace('</p>', '</div><div><br></div>') + '</div><br>'
             + gmail_quote_html(attr, t2h(k002)))
k003_mid = gmail_msgid('k003')
hs = [('X-Gmail-Labels', 'Sent,Opened'), ('Date', rfc(t3)),
      ('References', ses_msgid(t2, 'k002')[0]), ('In-Reply-To', ses_msgid(t2, 'k002')[0]),
      ('Message-ID', k003_mid), ('Subject', 'Re: ' + K_SUBJ), ('From', K_FROM),
      ('To', f'Amazon Web Services <{FORM_ADDR}>')]
body = multi('alternative', [part(k003, cte='base64'), part(k003_html, 'html', cte='quoted-printable')], gmail_boundary('k003'))
add('003-kenji-sent-details-correct-ja.eml', hs, body, L('unrelated', K_CID, None, 'ja'), k003_new,
    ['AWS04417825', 'AWS09930261'])

# 004 agent: thanks, we will now proceed (no ids in new part; quoted history below)
t4 = utc(2025, 5, 28, 9, 20, 37)
k004_new = f'''田中 様

ご返信いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山本でございます。

統合の実施につきましてご承諾いただきましたので、これより担当部署にて
作業を開始いたします。
作業が終わりましたら、改めて本ケースにてご案内いたします。

通常、2〜3 営業日ほどお時間を頂戴しております。作業期間中は
いずれのアカウントにもサインインいただけない場合がございますので、
あらかじめご了承くださいますようお願いいたします。

引き続きよろしくお願い申し上げます。

山本
Amazon Web Services
'''
k004 = (k004_new + '\n-----Original Message-----\n'
        f'From: kenji.tanaka.dev@gmail.com\nSent: {loc(t3, UTC):%Y-%m-%d %H:%M:%S} UTC\nSubject: Re: {K_SUBJ}\n\n' + k003_new)
hs = aws_inbound('gmail', K_ADDR, t4, 'k004', FORM, K_SUBJ)
body = multi('alternative', [part(k004), part(aws_html(t2h(k004), 'ja'), 'html')], java_boundary('k004', t4))
add('004-kenji-agent-will-start-work-ja.eml', hs, body, L('support_reply', K_CID, True, 'ja'), k004_new, [])

# 005 completion, HTML only, base64 UTF-8
t5 = utc(2025, 5, 30, 2, 5, 51)
k005 = '''田中 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの山本でございます。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が終わりましたので、ご報告いたします。
今後は AWS09930261（kenji.tanaka.dev@gmail.com）にてサインインいただけます。
旧アカウント AWS04417825 はご利用いただけなくなっております。

お手数ではございますが、以下の点をご確認いただけますと幸いです。
・統合先アカウントに、これまでに取得された認定資格がすべて表示されていること
・受験特典（次回の試験に使用できる 50% 割引バウチャーなど）が引き継がれていること
・Credly のデジタルバッジ（バッジの移行には数日かかる場合がございます）

ご不明な点がございましたら、本メールにご返信ください。

山本
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
'''
hs = aws_inbound('gmail', K_ADDR, t5, 'k005', FORM, K_SUBJ)
body = part(aws_html(t2h(k005), 'ja'), 'html', cte='base64')
add('005-kenji-merge-finished-ja-html-only.eml', hs, body, L('merge_completed', K_CID, True, 'ja'), k005,
    ['AWS04417825', 'AWS09930261'])

# 006 closure + survey (English template)
t6 = utc(2025, 5, 30, 2, 6, 40)
k006 = f'''Hello,

Your AWS Training and Certification case {K_CID} has been resolved and closed.

Was your issue resolved?

YES: https://aws.qualtrics.com/jfe/form/SV_3KMd4tc0Y2Xq1aW?caseId={K_CID}&resolved=yes
NO: https://aws.qualtrics.com/jfe/form/SV_3KMd4tc0Y2Xq1aW?caseId={K_CID}&resolved=no

Your feedback takes less than a minute and helps us improve the support we provide. If you need more help with this request, simply reply to this e-mail within 14 days and your case will be reopened.

Thank you for choosing AWS Training and Certification.

AWS Training and Certification Customer Support
'''
k006h = aws_html(
    f'<p>Hello,</p><p>Your AWS Training and Certification case <b>{K_CID}</b> has been resolved and closed.</p>'
    '<p style="font-size:18px;font-weight:bold;">Was your issue resolved?</p>'
    f'<p><a href="https://aws.qualtrics.com/jfe/form/SV_3KMd4tc0Y2Xq1aW?caseId={K_CID}&amp;resolved=yes" style="background:#1d8102;color:#fff;padding:10px 24px;text-decoration:none;border-radius:2px;">YES</a>&nbsp;&nbsp;'
    f'<a href="https://aws.qualtrics.com/jfe/form/SV_3KMd4tc0Y2Xq1aW?caseId={K_CID}&amp;resolved=no" style="background:#d13212;color:#fff;padding:10px 24px;text-decoration:none;border-radius:2px;">NO</a></p>'
    '<p>Your feedback takes less than a minute and helps us improve the support we provide. If you need more help with this request, simply reply to this e-mail within 14 days and your case will be reopened.</p>'
    '<p>Thank you for choosing AWS Training and Certification.</p><p>AWS Training and Certification Customer Support</p>')
hs = aws_inbound('gmail', K_ADDR, t6, 'k006', FORM, f'Case {K_CID} closed - How did we do?')
body = multi('alternative', [part(k006, cte='7bit', charset='us-ascii'), part(k006h, 'html')], java_boundary('k006', t6))
add('006-kenji-case-closed-survey.eml', hs, body, L('survey', K_CID, True), k006, [])

# 007 Kenji asks about missing Credly badges (Sent, Gmail ja)
t7 = dt.datetime(2025, 6, 3, 21, 48, 5, tzinfo=JST)
k007_new = '''山本様

お世話になっております。田中です。
先日は統合のご対応をいただき、ありがとうございました。

AWS09930261 のアカウントで認定資格がすべて表示されていることは確認できました。
ただ、Credly のバッジが旧アカウント側（k.tanaka@hoshizora-sys.co.jp）に残ったままで、
統合から 4 日ほど経ちますが新しいメールアドレスには何も届いておりません。

Credly 側の統合も別途お願いする必要がございますでしょうか。
お手数をおかけしますが、ご確認いただけますと幸いです。

田中 健二
'''
attr7 = f'2025年5月30日(金) 11:05 Amazon Web Services <{FORM_ADDR}>:'
k007 = k007_new + '\n' + attr7 + '\n\n' + quote_lines(k005) + '\n'
hs = [('X-Gmail-Labels', 'Sent'), ('Date', rfc(t7)),
      ('Message-ID', gmail_msgid('k007')), ('Subject', 'Re: ' + K_SUBJ), ('From', K_FROM),
      ('To', f'Amazon Web Services <{FORM_ADDR}>')]
k007_html = ('<div dir="ltr">' + t2h(k007_new) + '</div><br>' + gmail_quote_html(attr7, t2h(k005)))
body = multi('alternative', [part(k007, cte='base64'), part(k007_html, 'html', cte='base64')], gmail_boundary('k007'))
add('007-kenji-sent-credly-badges-missing-ja.eml', hs, body, L('unrelated', K_CID, None, 'ja'), k007_new, ['AWS09930261'])

# 008 agent: Credly transfer requested (ISO-2022-JP, text only) - asks a non-merge question
t8 = utc(2025, 6, 4, 1, 31, 2)
k008 = f'''田中 様

ご連絡いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山本でございます。

Credly のバッジの件、ご不便をおかけしており申し訳ございません。
確認いたしましたところ、旧アカウントに紐づく Credly アカウントが
自動では引き継がれていなかったため、Credly の担当チームへバッジの移行を
依頼いたしました。

反映までに最大 5 営業日ほどかかる場合がございます。移行が済みましたら
Credly（admin@credly.com）より「Accept your badge」のご案内が
届きますので、メール内のボタンからバッジを受け取ってください。

なお、バッジの受け取りに kenji.tanaka.dev@gmail.com 以外のアドレスを
ご希望の場合は、お手数ですが本メールへのご返信にてお知らせください。

よろしくお願い申し上げます。

山本
Amazon Web Services
ケース ID: {K_CID}
'''
hs = aws_inbound('gmail', K_ADDR, t8, 'k008', FORM, K_SUBJ)
body = part(k008, charset='iso-2022-jp', cte='7bit')
add('008-kenji-agent-credly-transfer-requested-ja.eml', hs, body, L('support_reply', K_CID, True, 'ja'), k008, [])

# 009 Credly badge issued (moved after asking)
t9 = utc(2025, 6, 9, 6, 12, 44)
txt, h = credly_badge_mail('Kenji', K_ADDR, ['AWS Certified Solutions Architect – Associate', 'AWS Certified Cloud Practitioner'], 'k009',
                           intro='Amazon Web Services Training and Certification has issued you 2 badges. Accept them to start sharing your achievements.')
subj = ew('Kenji, you have 2 new badges from Amazon Web Services Training and Certification – accept them now')
hs = credly_inbound('gmail', K_ADDR, t9, 'k009', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', subj)
body = multi('alternative', [part(txt), part(h, 'html')], hexs('k009bd', 40))
add('009-kenji-credly-two-badges-issued.eml', hs, body, L('credly_badge_issued', None, True), txt, [])

# 010 Credly expiry reminder (unrelated)
t10 = utc(2025, 6, 15, 14, 0, 3)
k010 = '''Hi Kenji,

Your badge AWS Certified Developer – Associate, issued by Amazon Web Services Training and Certification, will expire on September 13, 2025.

To keep your badge active, complete the recertification requirements before it expires. Once it expires, your badge will still be visible on your profile but will be marked as expired.

View badge: https://www.credly.com/badges/5c1e0a77-93d2-4b8e-9f0d-2a6c7be14f30
Learn how to recertify: https://aws.amazon.com/certification/recertification/

''' + CREDLY_FOOT_T.format(addr=K_ADDR) + '\n'
hs = credly_inbound('gmail', K_ADDR, t10, 'k010', '"Credly" <admin@credly.com>', 'Your badge expires in 90 days')
body = multi('alternative', [part(k010), part('<html><body style="font-family:Helvetica,Arial,sans-serif;">' + t2h(k010) + '</body></html>', 'html')], hexs('k010bd', 40))
add('010-kenji-credly-badge-expiry-reminder.eml', hs, body, L('unrelated', None, True), k010, [])

# =====================================================================
# User B: Priya Raman (Outlook.com; agent names the wrong account first)
# =====================================================================
P_ADDR = 'priya.raman@outlook.com'
P_FROM = 'Priya Raman <priya.raman@outlook.com>'
P_OPEN = utc(2025, 2, 10, 16, 40, 5)
P_CID = case15(P_OPEN, 3116)
P_SUBJ = f'RE:[CASE {P_CID}] {FORM_SUBJ}'

def outlook_sent_hdrs(t, seed, from_, to, subject, topic, in_reply=None, cc=None):
    r = random.Random(seed)
    be = f'{r.choice(["SA1PR", "DM6PR", "PH0PR"])}19MB{r.randint(1000,9999)}'
    hs = [('From', from_), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    hs += [('Subject', subject), ('Thread-Topic', topic),
           ('Thread-Index', 'AQHb' + b64(seed + 'ti', 30)[:36] + '=='),
           ('Date', rfc(t)),
           ('Message-ID', f'<{be}{hexs(seed+"mi",12).upper()}@{be}.namprd19.prod.outlook.com>')]
    if in_reply:
        hs += [('References', in_reply), ('In-Reply-To', in_reply)]
    hs += [('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
           ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('msip_labels', '')]
    return hs, f'_000_{be}{hexs(seed+"mi",12).upper()}{be}namp_'

# 011 acknowledgement (different template wording, HTML only)
t = P_OPEN + dt.timedelta(seconds=44)
p011 = f'''Hi there,

We've got your message and a support case has been opened for you.

Your case number is {P_CID}. Please keep it handy: if you need to send us anything else about this request, just reply to this e-mail.

What you told us
Topic: Certification - Account Merge
Candidate ID: aws12094477
Preferred language: English

What happens next
One of our Training and Certification specialists will get back to you, typically within one business day. There's no need to open another case in the meantime.

Thanks,
AWS Training and Certification
'''
hs = aws_inbound('outlook', P_ADDR, t, 'p011', FORM, f'[CASE {P_CID}] Thank you for contacting AWS Training and Certification', to=P_FROM)
add('011-priya-case-opened-ack-html-only.eml', hs, part(aws_html(t2h(p011)), 'html'), L('case_created', P_CID, True), p011, ['AWS12094477'])

# 012 confirmation request with a WRONG source id (AWS11873042 instead of AWS11873402)
t12 = utc(2025, 2, 11, 14, 7, 31)
p012 = f'''Hi Priya,

Thanks for reaching out, and sorry for the short wait.

I've located the two certification accounts in your request. Here's what the merge would look like:

  Source account (will be merged, then closed)
    Candidate ID: AWS11873042
    Login e-mail: priya.r@student.kingsbridge.ac.uk

  Destination account (stays active)
    Candidate ID: AWS12094477
    Login e-mail: priya.raman@outlook.com

Everything on the source account - certifications, exam history, any outstanding benefits - will move across to the destination account. Please be aware that this is a one-way change and cannot be undone after it has been processed.

Could you reply to this e-mail and let me know that the above is correct? As soon as I hear back from you I'll submit the request.

Kind regards,
Daniel
AWS Training and Certification Customer Support
Case {P_CID}
'''
hs = aws_inbound('outlook', P_ADDR, t12, 'p012', FORM, P_SUBJ, to=P_FROM)
body = multi('alternative', [part(p012), part(aws_html(t2h(p012)), 'html')], java_boundary('p012', t12))
add('012-priya-confirm-request-wrong-id.eml', hs, body, L('merge_confirmation_requested', P_CID, True), p012,
    ['AWS11873042', 'AWS12094477'])

# 013 Priya corrects the id (Sent, Outlook; cp1252 bytes labelled iso-8859-1)
t13 = utc(2025, 2, 11, 15, 22, 10)
p013_new = '''Hi Daniel,

Thanks for the quick response. One correction though – the first account number isn’t right. My old account is AWS-11873402 (you have …3042 at the end, it should be …3402). The login e-mail you have for it is correct.

Everything else looks fine. Sorry for the confusion!

Thanks,
Priya
'''
sent12 = f'{loc(t12, TORONTO):%A, %B %-d, %Y %-I:%M %p}'
blk = outlook_block(FORM.replace('"', ''), sent12, P_FROM, P_SUBJ)
p013 = p013_new + '\n________________________________\n' + blk + '\n' + p012
p013h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body dir="ltr">'
         '<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0);">'
         + t2h(p013_new) + '</div>' + outlook_quote_html(FORM.replace('"', ''), sent12, P_FROM, P_SUBJ, t2h(p012)) + '</body></html>')
hs, bnd = outlook_sent_hdrs(t13, 'p013', P_FROM, f'Amazon Web Services <{FORM_ADDR}>', 'RE: ' + P_SUBJ, P_SUBJ,
                            ses_msgid(t12, 'p012')[0])
body = multi('alternative', [part(p013, charset='iso-8859-1'), part(p013h, 'html', charset='iso-8859-1')], bnd)
add('013-priya-sent-wrong-account-number-correction.eml', hs, body, L('unrelated', P_CID, None), p013_new, ['AWS11873402'], crlf=True)

# 014 corrected confirmation request
t14 = utc(2025, 2, 12, 10, 31, 50)
p014_new = f'''Hi Priya,

Apologies for the typo on my side, and thank you for catching it before anything was processed.

Here are the corrected details:

  Account to be merged and retired: AWS11873402 (priya.r@student.kingsbridge.ac.uk)
  Account to keep: AWS12094477 (priya.raman@outlook.com)

As mentioned, the merge is permanent. If this now matches what you expect, a quick reply saying so is all I need and I'll pass it on to the team that carries out merges.

Kind regards,
Daniel
AWS Training and Certification Customer Support
'''
p014 = (p014_new + '\n-----Original Message-----\nFrom: priya.raman@outlook.com\n'
        f'Sent: {t13:%a %b %d %H:%M:%S UTC %Y}\nSubject: RE: {P_SUBJ}\n\n' + p013_new)
hs = aws_inbound('outlook', P_ADDR, t14, 'p014', FORM, P_SUBJ, to=P_FROM)
body = multi('alternative', [part(p014), part(aws_html(t2h(p014)), 'html')], java_boundary('p014', t14))
add('014-priya-corrected-confirm-request.eml', hs, body, L('merge_confirmation_requested', P_CID, True), p014_new,
    ['AWS11873402', 'AWS12094477'])

# 015 GitHub "Merged" notification (unrelated)
t15 = utc(2025, 2, 12, 21, 3, 27)
gh_ip = '192.30.252.203'
gh_auth = (f'spf=pass (sender IP is {gh_ip})\n smtp.mailfrom=github.com; dkim=pass (signature was verified)\n'
           ' header.d=github.com;dmarc=pass action=none header.from=github.com;compauth=pass\n reason=100')
p015 = '''Merged #42 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/priyaraman/cert-study-notes/pull/42#event-16254233811
You are receiving this because you authored the thread.

Message ID: <priyaraman/cert-study-notes/pull/42/issue_event/16254233811@github.com>
'''
hs = outlook_hdrs(t15 + dt.timedelta(seconds=2), gh_ip, 'out-20.smtp.github.com', gh_auth, 'github.com', 'p015')
hs += [('DKIM-Signature', dkim('github.com', 'pf2023', t15, 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', 'p015k', 'relaxed/relaxed')),
       ('Date', rfc(t15)), ('From', 'Sam Okafor <notifications@github.com>'),
       ('Reply-To', 'priyaraman/cert-study-notes <reply+AAKQ3F7ZPRWYD4S2XHN6G5F6FZYQLEVBNHHKJ6ZUWA@reply.github.com>'),
       ('To', 'priyaraman/cert-study-notes <cert-study-notes@noreply.github.com>'),
       ('Cc', 'Priya Raman <priya.raman@outlook.com>, Author <author@noreply.github.com>'),
       ('Message-ID', '<priyaraman/cert-study-notes/pull/42/issue_event/16254233811@github.com>'),
       ('In-Reply-To', '<priyaraman/cert-study-notes/pull/42@github.com>'),
       ('References', '<priyaraman/cert-study-notes/pull/42@github.com>'),
       ('Subject', 'Re: [priyaraman/cert-study-notes] Merge duplicate flashcard decks into one folder (PR #42)'),
       ('List-ID', 'priyaraman/cert-study-notes <cert-study-notes.priyaraman.github.com>'),
       ('List-Unsubscribe', '<mailto:unsub+AAKQ3F7ZPRWYD4S2XHN6G5F6FZYQLEVBNHHKJ6ZUWA@reply.github.com>, <https://github.com/notifications/unsubscribe/AAKQ3F5K2QJ7>'),
       ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'sokafor-dev'), ('X-GitHub-Recipient', 'priyaraman'),
       ('X-Auto-Response-Suppress', 'All')]
p015h = ('<p>Merged <a class="issue-link js-issue-link" href="https://github.com/priyaraman/cert-study-notes/pull/42">#42</a> into main.</p>\n'
         '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
         '<a href="https://github.com/priyaraman/cert-study-notes/pull/42#event-16254233811">view it on GitHub</a>.<br />'
         'You are receiving this because you authored the thread.</p>\n')
body = multi('alternative', [part(p015, cte='7bit' if False else 'quoted-printable'), part(p015h, 'html', cte='7bit', charset='UTF-8', codec='ascii')],
             '--==_mimepart_67ad0b2f6c1d2_2f3a1c4d8e' + '1')
add('015-priya-github-pr-merged-notification.eml', hs, body, L('unrelated', None, False), p015, [])

# 016 completion that also closes the case (quoting Priya's go-ahead)
t16 = utc(2025, 2, 13, 18, 44, 2)
p016_new = f'''Hi Priya,

Good news - your two certification profiles have now been combined. Everything that was on AWS11873402 now sits under AWS12094477, and you can keep signing in with priya.raman@outlook.com as before.

When you have a moment, please sign in and check that all of your certifications and your exam history appear, and that your 50% exam discount benefit is showing under Benefits. Credly badges are re-issued separately and can take a few business days to arrive.

As this request has been taken care of, I'm going to mark the case as resolved. You may receive a short survey about your experience - I'd really appreciate it if you could fill it in.

Kind regards,
Daniel
AWS Training and Certification Customer Support
'''
p016_q = '''Hi Daniel,

That's right now - please go ahead with the merge.

Thanks!
Priya
'''
p016 = (p016_new + '\n-----Original Message-----\nFrom: priya.raman@outlook.com\n'
        f'Sent: Wed Feb 12 16:02:41 UTC 2025\nSubject: RE: {P_SUBJ}\n\n' + p016_q)
hs = aws_inbound('outlook', P_ADDR, t16, 'p016', FORM, P_SUBJ, to=P_FROM)
body = multi('alternative', [part(p016), part(aws_html(t2h(p016)), 'html')], java_boundary('p016', t16))
add('016-priya-accounts-combined-case-resolved.eml', hs, body, L('merge_completed', P_CID, True), p016_new,
    ['AWS11873402', 'AWS12094477'])

# 017 rating request, HTML only
t17 = utc(2025, 2, 14, 19, 0, 12)
p017 = f'''Hi Priya,

Your recent case with AWS Training and Certification has been closed.

Case ID: {P_CID}
Handled by: Daniel

How satisfied were you with the support you received?

1 - Very dissatisfied | 2 | 3 | 4 | 5 - Very satisfied

Select a rating to open a short three-question survey. Your answers are anonymous and are used only to improve our service.

Thank you,
AWS Training and Certification
'''
stars = ''.join(f'<a href="https://aws.qualtrics.com/jfe/form/SV_3KMd4tc0Y2Xq1aW?caseId={P_CID}&amp;csat={i}" style="display:inline-block;width:40px;height:40px;line-height:40px;margin:0 4px;border:1px solid #879596;border-radius:20px;text-align:center;color:#16191f;text-decoration:none;">{i}</a>' for i in range(1, 6))
p017h = aws_html(f'<p>Hi Priya,</p><p>Your recent case with AWS Training and Certification has been closed.</p>'
                 f'<p>Case ID: {P_CID}<br>Handled by: Daniel</p><p><b>How satisfied were you with the support you received?</b></p>'
                 f'<p>{stars}</p><p style="font-size:12px;color:#545b64;">1 - Very dissatisfied &nbsp;&nbsp;&nbsp; 5 - Very satisfied</p>'
                 '<p>Select a rating to open a short three-question survey. Your answers are anonymous and are used only to improve our service.</p>'
                 '<p>Thank you,<br>AWS Training and Certification</p>')
hs = aws_inbound('outlook', P_ADDR, t17, 'p017', '"AWS Training and Certification" <no-reply-aws@amazon.com>',
                 'How did we do? Tell us about your recent support experience', to=P_FROM)
add('017-priya-satisfaction-rating-request.eml', hs, part(p017h, 'html', cte='base64'), L('survey', P_CID, True), p017, [], crlf=True)

# 018 Credly badge issued to the surviving address
t18 = utc(2025, 2, 17, 15, 33, 9)
txt, h = credly_badge_mail('Priya', P_ADDR, ['AWS Certified Developer – Associate'], 'p018',
                           intro='Your badge from Amazon Web Services Training and Certification has been issued to this email address. Claim it to add it to your Credly profile.')
hs = credly_inbound('outlook', P_ADDR, t18, 'p018', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                    ew("Priya, claim your AWS Certified Developer – Associate badge"))
body = multi('alternative', [part(txt), part(h, 'html')], hexs('p018bd', 40))
add('018-priya-credly-developer-badge.eml', hs, body, L('credly_badge_issued', None, True), txt, [])

# 019 Pearson VUE booking confirmation (unrelated)
t19 = utc(2025, 3, 1, 2, 17, 45)
pv_ip = '159.182.64.21'
pv_auth = (f'spf=pass (sender IP is {pv_ip})\n smtp.mailfrom=pearson.com; dkim=pass (signature was verified)\n'
           ' header.d=pearson.com;dmarc=pass action=none header.from=pearson.com;compauth=pass\n reason=100')
p019 = '''Dear Priya Raman,

Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: English
Appointment: Saturday, March 22, 2025, 9:00 AM Eastern Time
Delivery: Online proctored (OnVUE)
Registration ID: 489120773
AWS Candidate ID: AWS12094477

Before exam day, please run the system test on the computer you will use and review the OnVUE testing requirements. Check in opens 30 minutes before your appointment time.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
'''
hs = outlook_hdrs(t19 + dt.timedelta(seconds=3), pv_ip, 'mailout2.pearson.com', pv_auth, 'pearson.com', 'p019')
hs += [('DKIM-Signature', dkim('pearson.com', 'pvue2021', t19, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', 'p019k', 'relaxed/relaxed')),
       ('Date', rfc(t19)), ('From', 'Pearson VUE <pearsonvueconfirmation@pearson.com>'),
       ('To', P_ADDR), ('Subject', 'Pearson VUE Confirmation of Booking'),
       ('Message-ID', f'<{random.Random("p019").randint(10**9, 10**10)}.{int(t19.timestamp())}@pearsonvue.com>')]
body = multi('alternative', [part(p019, charset='us-ascii', cte='7bit'), part('<html><body style="font-family:Arial;font-size:13px;">' + t2h(p019) + '</body></html>', 'html', charset='us-ascii', cte='7bit')],
             '=_PV_' + hexs('p019b', 20))
add('019-priya-pearson-vue-booking-confirmation.eml', hs, body, L('unrelated', None, False), p019, ['AWS12094477'])

# =====================================================================
# User C: Marco Bianchi (Gmail; console case + duplicate form case)
# =====================================================================
M_ADDR = 'marco.bianchi78@gmail.com'
M_OPEN_A = utc(2025, 4, 3, 7, 12, 44)
M_A = case15(M_OPEN_A, 512)
M_OPEN_B = utc(2025, 4, 5, 10, 3, 19)
M_B = case15(M_OPEN_B, 2209)
M_CASE_SUBJ = 'Merge two AWS Certification accounts'
CONSOLE_FOOT = ('*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
                'Please use the link above if you need to contact us again about this same issue.\n\n'
                'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
                'This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')
RATE_FOOT = ('We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. '
             'You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n')

def console_url(cid):
    return f'https://support.console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en'

def survey_text_form(cid):
    return f'''Hello,

Your AWS Training and Certification case {cid} has been resolved and closed.

Was your issue resolved?

YES: https://aws.qualtrics.com/jfe/form/SV_3KMd4tc0Y2Xq1aW?caseId={cid}&resolved=yes
NO: https://aws.qualtrics.com/jfe/form/SV_3KMd4tc0Y2Xq1aW?caseId={cid}&resolved=no

Your feedback takes less than a minute and helps us improve the support we provide. If you need more help with this request, simply reply to this e-mail within 14 days and your case will be reopened.

Thank you for choosing AWS Training and Certification.

AWS Training and Certification Customer Support
'''

# 020 console case opened (echoes the user's own correspondence)
t = M_OPEN_A + dt.timedelta(seconds=22)
m020 = f'''Thank you for contacting Amazon Web Services. We have opened case {M_A} to address your issue.

The details of your case are as follows:

Case ID: {M_A}
Subject: {M_CASE_SUBJ}
Severity: General guidance
Correspondence: Hello, after changing employer I ended up with two AWS Certification accounts: AWS61120357 (old work e-mail marco.bianchi@techlabs-srl.it) and AWS63389024 (personal Gmail). Please merge them and keep AWS63389024 as the only account. Thank you, Marco Bianchi

We will respond to your case as soon as possible.

To contact us again about this case, please return to the Support Center using the following URL:

{console_url(M_A)}

(If you are connecting by federation, log in before following the link.)

''' + CONSOLE_FOOT
hs = aws_inbound('gmail', M_ADDR, t, 'm020', NOREPLY, f'Amazon Web Services: You have opened a new Support case: {M_A}')
add('020-marco-console-case-opened.eml', hs, part(m020, charset='UTF-8', cte='7bit', codec='ascii'),
    L('case_created', M_A, True), m020, ['AWS61120357', 'AWS63389024'])

# 021 second (duplicate) case via the form - acknowledgement
t = M_OPEN_B + dt.timedelta(seconds=35)
txt = form_ack_text(M_B, 'AWS63389024')
hs = aws_inbound('gmail', M_ADDR, t, 'm021', FORM, f'[CASE {M_B}] {FORM_SUBJ}')
body = multi('alternative', [part(txt), part(aws_html(t2h(txt)), 'html')], java_boundary('m021', t))
add('021-marco-duplicate-form-case-acknowledgement.eml', hs, body, L('case_created', M_B, True), txt, ['AWS63389024'])

# 022 agent on the duplicate: handled under the first case, closing this one
t22 = utc(2025, 4, 6, 8, 55, 10)
m022 = f'''Hello Marco,

Thank you for contacting AWS Training and Certification.

While reviewing your request I noticed that you already have an open case about the same account merge (case {M_A}), which you opened through the AWS Support Center on 3 April. To make sure nothing gets missed and no work is done twice, your request will continue to be handled there, and I have added a note to that case with the details you sent us through the form.

I will therefore close this case ({M_B}). You don't need to do anything further here - please keep an eye on case {M_A} for our next update. In future, we kindly ask that you avoid opening a second case for the same request, as this tends to slow things down rather than speed them up.

We're sorry it's taking a little longer than usual at the moment.

Best regards,
Chloe
AWS Training and Certification Customer Support
'''
hs = aws_inbound('gmail', M_ADDR, t22, 'm022', FORM, f'RE:[CASE {M_B}] {FORM_SUBJ}')
body = multi('alternative', [part(m022), part(aws_html(t2h(m022)), 'html')], java_boundary('m022', t22))
add('022-marco-duplicate-case-will-be-closed.eml', hs, body, L('support_reply', M_B, True), m022, [])

# 023 closure survey for the duplicate case
t23 = t22 + dt.timedelta(minutes=1, seconds=14)
txt = survey_text_form(M_B)
hs = aws_inbound('gmail', M_ADDR, t23, 'm023', FORM, f'Case {M_B} closed - How did we do?')
body = multi('alternative', [part(txt, cte='7bit', charset='us-ascii'), part(aws_html(t2h(txt)), 'html')], java_boundary('m023', t23))
add('023-marco-duplicate-case-closed-survey.eml', hs, body, L('survey', M_B, True), txt, [])

# 024 console: new correspondence added, with the agent's confirmation request
t24 = utc(2025, 4, 6, 13, 40, 27)
m024 = f'''Hello,

There is new correspondence on your AWS Support case.

Case ID: {M_A}
Subject: {M_CASE_SUBJ}

----------------------------------------
Hello Marco,

Thank you for your patience while we looked into this, and apologies that it took longer than usual.

I have located both of your AWS Certification accounts:

- AWS 61120357, registered to marco.bianchi@techlabs-srl.it - this account would be merged into the one below and then deactivated
- AWS 63389024, registered to marco.bianchi78@gmail.com - this account would remain as your single account

Please note that merging accounts is irreversible. Before I raise the request with our certification team, could you confirm here in the case that the above is correct and that you wish to go ahead?

Best regards,
Ravi K.
Amazon Web Services
----------------------------------------

To see the full case history or to reply, please sign in to the Support Center:
{console_url(M_A)}

''' + CONSOLE_FOOT
m024h = aws_html(t2h(m024).replace('<p>----------------------------------------</p>', '<hr>'))
hs = aws_inbound('gmail', M_ADDR, t24, 'm024', NOREPLY, f'[Case {M_A}] New correspondence added')
body = multi('alternative', [part(m024), part(m024h, 'html')], java_boundary('m024', t24))
add('024-marco-console-new-correspondence-confirm-merge.eml', hs, body, L('merge_confirmation_requested', M_A, True), m024,
    ['AWS61120357', 'AWS63389024'])

# 025 console reply: thanks for confirming, raised with the team (rating footer, not a survey)
t25 = utc(2025, 4, 7, 9, 12, 55)
m025 = f'''Hello Marco,

Thank you for confirming.

I have now raised the merge with our certification operations team. This usually takes 2-3 business days. I will keep this case open and update you here as soon as the merge has been completed, so there is no need to follow up in the meantime.

Best regards,
Ravi K.
Amazon Web Services

{RATE_FOOT}
To see the file or reply to this correspondence, please sign in to the Support Center:
{console_url(M_A)}

''' + CONSOLE_FOOT
hs = aws_inbound('gmail', M_ADDR, t25, 'm025', NOREPLY, f'RE:[CASE {M_A}] {M_CASE_SUBJ}')
body = multi('alternative', [part(m025), part(aws_html(t2h(m025)), 'html')], java_boundary('m025', t25))
add('025-marco-console-thanks-raised-with-team.eml', hs, body, L('support_reply', M_A, True), m025, [])

# 026 console reply: merge done, HTML only
t26 = utc(2025, 4, 9, 15, 20, 3)
m026 = f'''Hello Marco,

Good news: our certification operations team has let me know that your two accounts are now one. Your certifications, exam history and benefits are all available under AWS63389024, and AWS61120357 has been retired, so it can no longer be used to sign in.

Your Credly badges will be re-issued to marco.bianchi78@gmail.com; please allow a few days for the e-mails from Credly to arrive.

I'll leave this case open for a few more days in case anything looks off to you. If we don't hear from you, it will be resolved automatically.

Best regards,
Ravi K.
Amazon Web Services

{RATE_FOOT}
{console_url(M_A)}

''' + CONSOLE_FOOT
hs = aws_inbound('gmail', M_ADDR, t26, 'm026', NOREPLY, f'RE:[CASE {M_A}] {M_CASE_SUBJ}')
add('026-marco-console-accounts-now-one.eml', hs, part(aws_html(t2h(m026)), 'html'), L('merge_completed', M_A, True), m026,
    ['AWS61120357', 'AWS63389024'])

# 027 console case resolved + survey
t27 = utc(2025, 4, 12, 16, 0, 41)
m027 = f'''Hello,

We haven't heard back from you about case {M_A}, so we have marked it as resolved.

Case ID: {M_A}
Subject: {M_CASE_SUBJ}

If you still need help with this issue, you can reopen the case from the Support Center within 14 days:
{console_url(M_A)}

How did we do? Please take a moment to tell us about your experience. The survey takes about two minutes:
https://aws.qualtrics.com/jfe/form/SV_6PsRZ0w1hT8b5j4?displayId={M_A}&source=case-resolved

''' + CONSOLE_FOOT
hs = aws_inbound('gmail', M_ADDR, t27, 'm027', NOREPLY, f'Amazon Web Services Support: Case {M_A} has been resolved')
body = multi('alternative', [part(m027), part(aws_html(t2h(m027)), 'html')], java_boundary('m027', t27))
add('027-marco-console-case-resolved-survey.eml', hs, body, L('survey', M_A, True), m027, [])

# 028 Credly badge
t28 = utc(2025, 4, 10, 17, 45, 19)
txt, h = credly_badge_mail('Marco', M_ADDR, ['AWS Certified SysOps Administrator – Associate'], 'm028')
hs = credly_inbound('gmail', M_ADDR, t28, 'm028', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                    "Marco, you've earned a badge from Amazon Web Services Training and Certification")
body = multi('alternative', [part(txt), part(h, 'html')], hexs('m028bd', 40))
add('028-marco-credly-sysops-badge.eml', hs, body, L('credly_badge_issued', None, True), txt, [])

# 029 Amazon Seller Central case about merging seller accounts (unrelated look-alike)
t29 = utc(2025, 4, 15, 11, 8, 36)
m029 = '''Hello,

Thank you for contacting Amazon Selling Partner Support. My name is Giulia and I will be assisting you today.

I understand that you would like to merge your two Seller Central accounts (merchant tokens A2X9KQ41P0ZJ7M and A17LR3VVD8WQ2N), as both were registered for your business Bianchi Ricambi S.r.l.

Before I can forward this to the Account Health team, please confirm which of the two accounts should remain as the primary account, and that you have closed all open orders on the other account. Please note that inventory and reviews cannot be transferred between accounts.

You can reply to this message through the Case Log in Seller Central.

Was this e-mail helpful? Yes / No

Thank you for selling with Amazon,
Giulia M.
Amazon Selling Partner Support
https://sellercentral.amazon.it/cu/case-dashboard/view-case?caseID=5891407736
'''
hs = aws_inbound('gmail', M_ADDR, t29, 'm029', '"Amazon Seller Support" <seller-notification@amazon.com>',
                 'RE:[CASE 5891407736] Merge request for two Seller Central accounts')
body = multi('alternative', [part(m029), part('<html><body style="font-family:Arial,sans-serif;font-size:13px;">' + t2h(m029) + '</body></html>', 'html')],
             java_boundary('m029', t29))
add('029-marco-seller-central-case-merge-seller-accounts.eml', hs, body, L('unrelated', '5891407736', True), m029, [])

# =====================================================================
# User D: Sarah O'Connell (Microsoft 365 tenant; late first answer, chaser)
# =====================================================================
S_ADDR = 'sarah.oconnell@brightwave-analytics.com'
S_FROM = "Sarah O'Connell <sarah.oconnell@brightwave-analytics.com>"
S_OPEN = utc(2025, 9, 8, 8, 15, 33)
S_CID = case15(S_OPEN, 4410)
S_SUBJ = f'RE:[CASE {S_CID}] {FORM_SUBJ}'
DUB = ZoneInfo('Europe/Dublin')
S_SIG = '''Sarah O'Connell | Senior Data Engineer
Brightwave Analytics Ltd.
+353 1 555 0142

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Brightwave Analytics Ltd., registered in Ireland No. 614522.
'''

def m365_sent_hdrs(t, seed, from_, to, subject, topic, in_reply=None):
    r = random.Random(seed)
    be = f'AM9PR05MB{r.randint(1000,9999)}'
    mid = f'<{be}{hexs(seed+"mi",12).upper()}@{be}.eurprd05.prod.outlook.com>'
    hs = [('From', from_), ('To', to), ('Subject', subject), ('Thread-Topic', topic),
          ('Thread-Index', 'AdsZ' + b64(seed + 'ti', 30)[:36] + '=='),
          ('Date', rfc(t)), ('Message-ID', mid)]
    if in_reply:
        hs += [('References', in_reply), ('In-Reply-To', in_reply)]
    hs += [('Accept-Language', 'en-GB, en-US'), ('Content-Language', 'en-US'),
           ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
           ('msip_labels', 'MSIP_Label_3c1e6a7d-8d2f-4a5b-9e61-0c7f2b8d4e11_Enabled=True;MSIP_Label_3c1e6a7d-8d2f-4a5b-9e61-0c7f2b8d4e11_Name=Internal')]
    return hs, f'_000_{be}{hexs(seed+"mi",12).upper()}{be}eurp_'

# 030 acknowledgement
t = S_OPEN + dt.timedelta(seconds=40)
txt = form_ack_text(S_CID, 'AWS20567714')
hs = aws_inbound('m365', S_ADDR, t, 's030', FORM, f'[CASE {S_CID}] {FORM_SUBJ}', to=S_ADDR)
body = multi('alternative', [part(txt), part(aws_html(t2h(txt)), 'html')], java_boundary('s030', t))
add('030-sarah-form-case-acknowledgement.eml', hs, body, L('case_created', S_CID, True), txt, ['AWS20567714'])

# 031 Sarah's chaser after six days without an answer (Sent, Outlook desktop)
t31 = dt.datetime(2025, 9, 14, 19, 2, 17, tzinfo=DUB)
s031_new = f'''Hello,

I submitted this request on 8 September and haven't heard anything back yet, although the acknowledgement said to expect a response within 24 hours.

Could someone please let me know where things stand? For reference, my candidate IDs are AWS20567714 and aws 23348190. I have an exam booked for 2 October and would really like the accounts sorted out before then, so that the new certification ends up in the right place.

Many thanks,

''' + S_SIG
ack_sent = f'{loc(S_OPEN, DUB):%d %B %Y %H:%M}'
blk = outlook_block(f'Amazon Web Services <{FORM_ADDR}>', ack_sent, S_FROM, f'[CASE {S_CID}] {FORM_SUBJ}')
s031 = s031_new + '\nFrom: ' + blk[6:] + '\n' + form_ack_text(S_CID, 'AWS20567714')
s031h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head>'
         '<body lang="EN-IE" link="#467886" vlink="#96607D"><div class="WordSection1">'
         + t2h(s031_new).replace('<p>', '<p class="MsoNormal">') +
         '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Amazon Web Services &lt;' + FORM_ADDR + '&gt; <br>'
         f'<b>Sent:</b> {ack_sent}<br><b>To:</b> {html.escape(S_FROM)}<br><b>Subject:</b> [CASE {S_CID}] {FORM_SUBJ}</p></div>'
         + t2h(form_ack_text(S_CID, 'AWS20567714')).replace('<p>', '<p class="MsoNormal">') + '</div></body></html>')
hs, bnd = m365_sent_hdrs(t31, 's031', S_FROM, f'Amazon Web Services <{FORM_ADDR}>', f'RE: [CASE {S_CID}] {FORM_SUBJ}',
                         f'[CASE {S_CID}] {FORM_SUBJ}', ses_msgid(S_OPEN + dt.timedelta(seconds=40), 's030')[0])
body = multi('alternative', [part(s031), part(s031h, 'html')], bnd)
add('031-sarah-sent-chaser-no-answer-yet.eml', hs, body, L('unrelated', S_CID, None), s031_new, ['AWS20567714', 'AWS23348190'], crlf=True)

# 032 agent, eight days after the case was opened: apology + asks for information
t32 = utc(2025, 9, 16, 10, 5, 48)
s032_new = f'''Dear Sarah,

Thank you for contacting AWS Training and Certification, and please accept our apologies for the delay in getting back to you. We have been receiving a much higher volume of requests than usual, and we understand how frustrating the wait has been, particularly with an exam coming up.

I have looked at the two candidate IDs you provided (AWS20567714 and AWS23348190). So that we can prepare the request correctly, could you please reply with the following:

1. The e-mail address you use to sign in to each of the two accounts
2. Which of the two accounts you would like to keep as your primary account
3. A short description of why you have two accounts (for example, a change of employer)

As soon as we have this information we will get things moving. Your exam booking on 2 October will not be affected.

Kind regards,
Fatima
AWS Training and Certification Customer Support
'''
s032 = (s032_new + '\n-----Original Message-----\nFrom: sarah.oconnell@brightwave-analytics.com\n'
        f'Sent: {t31.astimezone(UTC):%a %b %d %H:%M:%S UTC %Y}\nSubject: RE: [CASE {S_CID}] {FORM_SUBJ}\n\n' + s031_new)
hs = aws_inbound('m365', S_ADDR, t32, 's032', FORM, S_SUBJ, to=S_ADDR)
body = multi('alternative', [part(s032), part(aws_html(t2h(s032)), 'html')], java_boundary('s032', t32))
add('032-sarah-apology-for-delay-asks-details.eml', hs, body, L('support_reply', S_CID, True), s032_new,
    ['AWS20567714', 'AWS23348190'])

# 033 confirmation request, quoting Sarah's answer in Outlook style
t33 = utc(2025, 9, 17, 9, 30, 2)
s033_new = f'''Dear Sarah,

Thank you for the information.

Based on your reply, please review the following carefully:

Account being retired: AWS23348190 (sarah.oconnell@brightwave-analytics.com)
Account being retained: AWS20567714 (sarah.oc.cloud@gmail.com)

All certifications, exam history and benefits from AWS23348190 will be transferred to AWS20567714, and you will sign in with sarah.oc.cloud@gmail.com from then on. Kindly note that the merge is permanent and cannot be reversed once it has been carried out.

If everything is in order, please respond to this e-mail with your approval and we will submit the request.

Kind regards,
Fatima
AWS Training and Certification Customer Support
'''
s033_q = '''Hi Fatima,

No problem, thanks for getting back to me.

1. AWS20567714 - sarah.oc.cloud@gmail.com (personal); AWS23348190 - sarah.oconnell@brightwave-analytics.com (work)
2. Please keep AWS20567714, the personal one, as I may not always be at this company.
3. I created the second account by mistake when my employer booked an exam for me using my work address.

Thanks,
Sarah
'''
s033 = (s033_new + '\n\nFrom: Sarah O\'Connell <sarah.oconnell@brightwave-analytics.com>\nSent: 16 September 2025 12:41\n'
        f'To: Amazon Web Services <{FORM_ADDR}>\nSubject: RE: {S_SUBJ}\n\n' + s033_q)
hs = aws_inbound('m365', S_ADDR, t33, 's033', FORM, S_SUBJ, to=S_ADDR)
body = multi('alternative', [part(s033), part(aws_html(t2h(s033)), 'html')], java_boundary('s033', t33))
add('033-sarah-please-review-and-approve-merge.eml', hs, body, L('merge_confirmation_requested', S_CID, True), s033_new,
    ['AWS20567714', 'AWS23348190'])

# 034 spoofed amazon.com phishing, not about the merge (dmarc=fail)
t34 = utc(2025, 9, 18, 6, 44, 10)
ph_ip = '45.137.21.88'
ph_auth = (f'spf=pass (sender IP is {ph_ip})\n smtp.mailfrom=cert-notify-mailer.top; dkim=none (message not signed)\n'
           ' header.d=none;dmarc=fail action=quarantine\n header.from=amazon.com;compauth=fail reason=000')
s034 = '''Dear AWS Certified Professional,

Our records show that your AWS Certification benefits (including your 50% exam discount voucher) have not been verified for the current period.

Candidate ID: AWS2056****
Status: Verification pending

To avoid losing your benefits, please verify your candidate profile within 48 hours:

https://aws-certmetrics-verify.top/benefits/login?ref=cand

After this period, unverified benefits will be permanently removed from your account and cannot be restored.

Regards,
AWS Training and Certification Benefits Team
'''
hs = outlook_hdrs(t34 + dt.timedelta(seconds=5), ph_ip, 'vps-21-88.hostcloudnet.top', ph_auth, 'cert-notify-mailer.top', 's034', consumer=False)
hs += [('X-MS-Exchange-Organization-SCL', '5'),
       ('Date', rfc(t34)), ('From', '"AWS Training and Certification" <no-reply-aws@amazon.com>'),
       ('To', S_ADDR), ('Subject', 'Action required: your AWS Certification benefits expire in 48 hours'),
       ('Message-ID', f'<{hexs("s034m", 24)}@vps-21-88.hostcloudnet.top>'),
       ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
body = multi('alternative', [part(s034, charset='us-ascii', cte='7bit'), part('<html><body><div style="font-family:Arial">' + t2h(s034) + '</div></body></html>', 'html', charset='us-ascii', cte='7bit')],
             'b1_' + hexs('s034b', 32))
add('034-sarah-phishing-benefits-expire-dmarc-fail.eml', hs, body, L('unrelated', None, False), s034, [])

# 035 short completion notice
t35 = utc(2025, 9, 19, 14, 10, 22)
s035 = '''Dear Sarah,

I'm writing to let you know that your certification records have now been consolidated under AWS20567714. The account AWS23348190 is no longer active, and from now on you should sign in using sarah.oc.cloud@gmail.com.

Your upcoming exam on 2 October has been moved to the retained account as well, so no further action is needed for it.

Kind regards,
Fatima
AWS Training and Certification Customer Support
'''
hs = aws_inbound('m365', S_ADDR, t35, 's035', FORM, S_SUBJ, to=S_ADDR)
body = multi('alternative', [part(s035), part(aws_html(t2h(s035)), 'html')], java_boundary('s035', t35))
add('035-sarah-records-consolidated.eml', hs, body, L('merge_completed', S_CID, True), s035, ['AWS20567714', 'AWS23348190'])

# 036 closure survey
t36 = t35 + dt.timedelta(minutes=2, seconds=5)
txt = survey_text_form(S_CID)
hs = aws_inbound('m365', S_ADDR, t36, 's036', FORM, f'Case {S_CID} closed - How did we do?', to=S_ADDR)
body = multi('alternative', [part(txt, cte='7bit', charset='us-ascii'), part(aws_html(t2h(txt)), 'html')], java_boundary('s036', t36))
add('036-sarah-case-closed-survey.eml', hs, body, L('survey', S_CID, True), txt, [])

# 037 CertMetrics survey invitation (unrelated, not AWS/Credly sender)
t37 = utc(2025, 9, 25, 16, 30, 0)
cm_ip = '208.75.123.177'
cm_auth = (f'spf=pass (sender IP is {cm_ip})\n smtp.mailfrom=certmetrics.com; dkim=pass (signature was verified)\n'
           ' header.d=certmetrics.com;dmarc=pass action=none\n header.from=certmetrics.com;compauth=pass reason=100')
s037 = '''Dear Sarah O'Connell,

Candidate ID: AWS20567714

AWS Certification wants to hear from you! We are conducting a brief survey about your experience with the AWS Certification program, including scheduling, exam delivery and your certification account.

The survey takes about 10 minutes to complete:
https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=7ab3e1c09f5d42d8b6e0a4c2d91f3e77

Your responses are confidential and will be reported only in aggregate.

Thank you,
AWS Certification

This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this e-mail.
'''
hs = outlook_hdrs(t37 + dt.timedelta(seconds=4), cm_ip, 'mail.certmetrics.com', cm_auth, 'certmetrics.com', 's037', consumer=False)
hs += [('DKIM-Signature', dkim('certmetrics.com', 'cm1', t37, 'From:To:Subject:Date:Message-ID', 's037k', 'relaxed/relaxed')),
       ('Date', rfc(t37)), ('From', 'AWS Certification <do-not-reply@certmetrics.com>'),
       ('To', S_ADDR), ('Subject', 'AWS Certification wants to hear from you'),
       ('Message-ID', f'<{hexs("s037m", 32)}@certmetrics.com>')]
add('037-sarah-certmetrics-wants-to-hear-from-you.eml', hs,
    part('<html><body style="font-family:Verdana,sans-serif;font-size:12px;">' + t2h(s037) + '</body></html>', 'html', charset='utf-8'),
    L('unrelated', None, False), s037, ['AWS20567714'])

# =====================================================================
# User E: Misaki Sato (BIGLOBE; Japanese form case; merge phishing mid-flow)
# =====================================================================
E_ADDR = 'misaki.sato@biglobe.ne.jp'
E_OPEN = utc(2025, 7, 14, 1, 20, 45)
E_CID = case15(E_OPEN, 1873)
E_SUBJ = f'RE:[CASE {E_CID}] {FORM_SUBJ}'

# 038 Japanese acknowledgement (ISO-2022-JP, folded encoded-word subject)
t = E_OPEN + dt.timedelta(seconds=28)
e038 = f'''佐藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

　ケース ID　　　: {E_CID}
　お問い合わせ種別: AWS Training and Certification
　詳細　　　　　: Account Merge（アカウントの統合）
　AWS 認定候補者 ID: AWS31275508

担当者より、原則として 24 時間以内にメールにてご連絡いたします。
追加の情報がございましたら、件名のケース ID を変更せずに本メールへ
ご返信ください。

同じ内容で新たにお問い合わせを作成されますと、重複したケースとして
扱われ、ご回答が遅れる場合がございます。あらかじめご了承ください。

※本メールはシステムより自動送信されています。

AWS トレーニングと認定 カスタマーサポート
'''
subj = ew('【AWS トレーニングと認定】お問い合わせを受け付けました', 'iso-2022-jp', prefix=f'[CASE {E_CID}] ')
hs = aws_inbound('biglobe', E_ADDR, t, 'e038', FORM, subj)
body = multi('alternative', [part(e038, charset='iso-2022-jp', cte='7bit'), part(aws_html(t2h(e038), 'ja'), 'html')], java_boundary('e038', t))
add('038-misaki-form-case-received-ja.eml', hs, body, L('case_created', E_CID, True, 'ja'), e038, ['AWS31275508'])

# 039 agent asks which account to keep and the login addresses (Shift_JIS, base64)
t39 = utc(2025, 7, 15, 2, 42, 18)
e039 = f'''佐藤 美咲 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの鈴木でございます。

このたびは認定アカウントの統合についてお問い合わせいただき、
誠にありがとうございます。

お知らせいただいた AWS31275508 のほかに、お名前とご住所が一致する
アカウント（AWS30018846）を確認いたしました。
手続きを進めるにあたり、恐れ入りますが以下の 2 点をお知らせいただけ
ますでしょうか。

　1. 統合後に残すアカウント（どちらの候補者 ID をご利用になりたいか）
　2. それぞれのアカウントへのサインインにご利用のメールアドレス

AWS30018846 に登録されているメールアドレスが、お問い合わせフォームに
ご記入いただいたアドレスと異なっておりますため、ご本人様確認の一環として
お伺いしております。

お手数をおかけいたしますが、本メールへのご返信にてご回答くださいますよう
お願い申し上げます。

鈴木
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
'''
hs = aws_inbound('biglobe', E_ADDR, t39, 'e039', FORM, E_SUBJ)
add('039-misaki-agent-asks-which-account-to-keep-sjis.eml', hs, part(e039, charset='Shift_JIS', cte='base64', codec='cp932'),
    L('support_reply', E_CID, True, 'ja'), e039, ['AWS30018846', 'AWS31275508'])

# 040 Misaki's answer (Sent, Thunderbird, ISO-2022-JP, format=flowed)
t40 = dt.datetime(2025, 7, 15, 14, 3, 26, tzinfo=JST)
e040_new = '''鈴木様

お世話になっております。佐藤です。
ご確認いただきありがとうございます。

1. 残したいアカウントは AWS31275508 です。
2. サインインに使っているメールアドレスは以下のとおりです。
　・AWS31275508：misaki.sato@biglobe.ne.jp
　・AWS30018846：m-sato@kitakaze-denki.co.jp（以前の勤務先のアドレスで、
　　現在は受信できません）

以前の勤務先で受験した際に作成したアカウントが残っていたようです。
お手数をおかけしますが、よろしくお願いいたします。

佐藤 美咲
'''
attr40 = f'{loc(t39, JST):%Y/%m/%d %H:%M} に Amazon Web Services さんは書きました:'
e040 = e040_new + '\n' + attr40 + '\n' + quote_lines(e039, '> ') + '\n'
hs = [('Message-ID', f'<{hexs("e040m",8)}-{hexs("e040n",4)}-{hexs("e040o",4)}-{hexs("e040p",4)}-{hexs("e040q",12)}@biglobe.ne.jp>'),
      ('Date', rfc(t40)),
      ('User-Agent', 'Mozilla Thunderbird'),
      ('Subject', 'Re: ' + E_SUBJ),
      ('To', f'Amazon Web Services <{FORM_ADDR}>'),
      ('References', ses_msgid(t39, 'e039')[0]), ('In-Reply-To', ses_msgid(t39, 'e039')[0]),
      ('Content-Language', 'ja'),
      ('From', ew('佐藤 美咲', 'iso-2022-jp') + ' <misaki.sato@biglobe.ne.jp>')]
add('040-misaki-sent-which-account-to-keep-ja.eml', hs, part(e040, charset='ISO-2022-JP', cte='7bit', codec='iso2022_jp'),
    L('unrelated', E_CID, None, 'ja'), e040_new, ['AWS30018846', 'AWS31275508'])

# 041 look-alike phishing about the merge (authentic for its own domain; forged lower A-R)
t41 = dt.datetime(2025, 7, 16, 8, 10, 55, tzinfo=JST)
e041 = '''佐藤 美咲 様

AWS 認定アカウント統合窓口です。

お客様よりご依頼いただいている認定アカウントの統合について、
最終確認のお願いをお送りしております。

　統合元：m-sato@kitakaze-denki.co.jp で登録されたアカウント
　統合先：misaki.sato@biglobe.ne.jp で登録されたアカウント

上記の内容で統合を実行するため、24 時間以内に下記の確認ページにて
ご本人様確認（AWS アカウントへのサインイン）を行い、統合内容を
承認してください。

　https://aws-certification-jp.com/merge/confirm?token=9f2c7a1be04d

期限内に承認が確認できない場合、不正利用防止のため両方のアカウントが
一時的に停止されますのでご注意ください。

AWS トレーニングと認定　アカウント統合窓口
'''
ph_ip2 = '103.153.77.12'
ph_env = 'bounce@aws-certification-jp.com'
ph_auth2 = ('spf=pass smtp.mailfrom=aws-certification-jp.com;\n\tdkim=pass header.d=aws-certification-jp.com header.s=default;\n'
            '\tdmarc=pass (p=none dis=none) header.from=aws-certification-jp.com')
hs = biglobe_hdrs(E_ADDR, t41.astimezone(UTC) + dt.timedelta(seconds=3), ph_env, ph_ip2, 'mail.aws-certification-jp.com', ph_auth2, 'e041')
hs += [('Authentication-Results', 'amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com'),
       ('Received', f'from [127.0.0.1] (unknown [10.0.0.5])\n\tby mail.aws-certification-jp.com (Postfix) with ESMTPA id 3F1A2C0B7E\n\tfor <{E_ADDR}>; {rfc(t41)}'),
       ('DKIM-Signature', dkim('aws-certification-jp.com', 'default', t41, 'From:To:Subject:Date:Message-ID', 'e041k', 'relaxed/relaxed')),
       ('Date', rfc(t41)),
       ('From', ew('AWS 認定サポート', 'utf-8') + ' <support@aws-certification-jp.com>'),
       ('To', E_ADDR),
       ('Subject', ew('【重要】アカウント統合の最終確認のお願い（24時間以内にご対応ください）', 'utf-8')),
       ('Message-ID', f'<{hexs("e041m", 20)}@aws-certification-jp.com>')]
body = multi('alternative', [part(e041, cte='base64'), part('<html><body>' + t2h(e041) + '</body></html>', 'html', cte='base64')], '=_' + hexs('e041b', 28))
add('041-misaki-phishing-merge-final-confirmation-ja.eml', hs, body, L('merge_confirmation_requested', None, False, 'ja'), e041, [])

# 042 genuine confirmation request (UTF-8 QP), quoting Misaki's answer
t42 = utc(2025, 7, 16, 3, 5, 12)
e042_new = f'''佐藤 美咲 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの鈴木でございます。

ご回答いただき、誠にありがとうございました。
いただいた情報をもとに、以下の内容で統合の準備が整いました。

　■ 統合後に残るアカウント
　　候補者 ID：AWS31275508（misaki.sato@biglobe.ne.jp）
　■ 統合される（ご利用いただけなくなる）アカウント
　　候補者 ID：AWS30018846（m-sato@kitakaze-denki.co.jp）

統合の実施後は元に戻すことができかねます。
上記の内容で進めてよろしいか、本メールへご返信いただけますと幸いです。
ご了承のご連絡を頂戴した時点で、統合の手続きを開始いたします。

なお、当窓口からお客様にリンク先でのサインインや個人情報の入力を
お願いすることはございません。不審なメールにはご注意ください。

鈴木
Amazon Web Services
'''
e042 = (e042_new + '\n-----Original Message-----\nFrom: misaki.sato@biglobe.ne.jp\n'
        f'Sent: {t40.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC\nSubject: Re: {E_SUBJ}\n\n' + e040_new)
hs = aws_inbound('biglobe', E_ADDR, t42, 'e042', FORM, E_SUBJ)
body = multi('alternative', [part(e042), part(aws_html(t2h(e042), 'ja'), 'html')], java_boundary('e042', t42))
add('042-misaki-genuine-merge-confirmation-ja.eml', hs, body, L('merge_confirmation_requested', E_CID, True, 'ja'), e042_new,
    ['AWS30018846', 'AWS31275508'])

# 043 completion that also closes the case (Shift_JIS 8bit)
t43 = utc(2025, 7, 18, 5, 30, 40)
e043 = f'''佐藤 美咲 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの鈴木でございます。

統合のご承諾をいただき、ありがとうございました。
ご依頼の統合処理が完了いたしましたので、ご報告申し上げます。

旧アカウント（AWS30018846）の認定資格および受験履歴は、すべて
AWS31275508 へ移行済みでございます。今後は misaki.sato@biglobe.ne.jp
にてサインインのうえ、認定資格の一覧をご確認ください。

本件はこれをもちましてクローズとさせていただきます。
後日、対応品質に関するアンケートのご案内をお送りする場合がございます。
ご協力いただけますと幸いです。

このたびはご利用いただき、誠にありがとうございました。

鈴木
Amazon Web Services
ケース ID：{E_CID}
'''
hs = aws_inbound('biglobe', E_ADDR, t43, 'e043', FORM, E_SUBJ)
add('043-misaki-merge-done-case-closed-sjis.eml', hs, part(e043, charset='Shift_JIS', cte='8bit', codec='cp932'),
    L('merge_completed', E_CID, True, 'ja'), e043, ['AWS30018846', 'AWS31275508'])

# 044 Credly badges
t44 = utc(2025, 7, 22, 0, 51, 7)
txt, h = credly_badge_mail('Misaki', E_ADDR, ['AWS Certified Cloud Practitioner', 'AWS Certified AI Practitioner'], 'e044')
hs = credly_inbound('biglobe', E_ADDR, t44, 'e044', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                    'Misaki, Amazon Web Services Training and Certification issued you 2 badges')
body = multi('alternative', [part(txt), part(h, 'html')], hexs('e044bd', 40))
add('044-misaki-credly-two-badges.eml', hs, body, L('credly_badge_issued', None, True), txt, [])

# =====================================================================
# User F: Ahmed Hassan (Gmail; 2022 console case, 11-digit ids; quota case)
# =====================================================================
A_ADDR = 'ahmed.hassan.eg@gmail.com'
A_CID = '11273468201'
A_QUOTA = '11281093376'
A_CASE_SUBJ = 'Certification accounts merge'
A_SIG = '''Best regards,
Mohammed S.
Amazon Web Services
'''

# 045 console case opened (2022 wording, no ids)
t45 = utc(2022, 11, 2, 9, 41, 37)
a045 = f'''Thank you for contacting Amazon Web Services. We have opened case {A_CID} to address your issue.

The details of your case are as follows:

Case ID: {A_CID}
Subject: {A_CASE_SUBJ}
Severity: Low
Correspondence: Hi, I have two certification accounts with different emails, one of them from my previous company. Can you merge them into one please? Regards, Ahmed

We will respond to your case as soon as possible.

To contact us again about this case, please return to the Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={A_CID}&language=en

(If you are connecting by federation, log in before following the link.)

''' + CONSOLE_FOOT
hs = aws_inbound('gmail', A_ADDR, t45, 'a045', NOREPLY, f'Amazon Web Services: New Support case: {A_CID}')
add('045-ahmed-2022-console-case-opened.eml', hs, part(a045, charset='UTF-8', cte='7bit', codec='ascii'),
    L('case_created', A_CID, True), a045, [])

# 046 another console case of the same user: EC2 limit increase (unrelated)
t46 = utc(2022, 11, 3, 13, 2, 9)
a046 = f'''Thank you for contacting Amazon Web Services. We have opened case {A_QUOTA} to address your issue.

The details of your case are as follows:

Case ID: {A_QUOTA}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: EU (Frankfurt)
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 64
------------
Use case description: Load testing of our booking platform ahead of a product launch on 20 November.

We will respond to your case as soon as possible.

To contact us again about this case, please return to the Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={A_QUOTA}&language=en

(If you are connecting by federation, log in before following the link.)

''' + CONSOLE_FOOT
hs = aws_inbound('gmail', A_ADDR, t46, 'a046', NOREPLY, f'Amazon Web Services: New Support case: {A_QUOTA}')
add('046-ahmed-2022-ec2-limit-increase-case-opened.eml', hs, part(a046, charset='UTF-8', cte='7bit', codec='ascii'),
    L('unrelated', A_QUOTA, True), a046, [])

# 047 confirmation request, non-native English
t47 = utc(2022, 11, 4, 6, 12, 40)
a047 = f'''Dear Ahmed,

Greetings from AWS Training and Certification!

Hope you are doing well. As per our verification, we have found below 2 certification accounts linked with your name:

1) AWS40982213 - ahmed.hassan.eg@gmail.com
2) AWS41550307 - a.hassan@nilecloud-solutions.com

As per your request, we will be merging the account AWS41550307 into AWS40982213, and AWS40982213 will be retained as your primary account. All certifications and exam history from second account will be moved to primary account.

Please be informed that once merged, the process can not be reverted.

Kindly revert back with your confirmation on the case so that we can go ahead for the merge.

{A_SIG}
{RATE_FOOT}
To see the file or reply to this correspondence, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={A_CID}&language=en

''' + CONSOLE_FOOT
hs = aws_inbound('gmail', A_ADDR, t47, 'a047', NOREPLY, f'RE:[CASE {A_CID}] {A_CASE_SUBJ}')
body = multi('alternative', [part(a047), part(aws_html(t2h(a047)), 'html')], java_boundary('a047', t47))
add('047-ahmed-kindly-revert-with-confirmation.eml', hs, body, L('merge_confirmation_requested', A_CID, True), a047,
    ['AWS40982213', 'AWS41550307'])

# 048 thanks for confirming, will proceed; "once the merge is complete..."
t48 = utc(2022, 11, 5, 7, 30, 14)
a048 = f'''Dear Ahmed,

Thank you for the confirmation.

We will now proceed with the merge of your certification accounts. Once the merge is complete, we will update you on this same case. Please allow us 3-5 business days for the same.

In meantime, please do not schedule any new exam from the second account.

{A_SIG}
{RATE_FOOT}
To see the file or reply to this correspondence, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={A_CID}&language=en

''' + CONSOLE_FOOT
hs = aws_inbound('gmail', A_ADDR, t48, 'a048', NOREPLY, f'RE:[CASE {A_CID}] {A_CASE_SUBJ}')
body = multi('alternative', [part(a048), part(aws_html(t2h(a048)), 'html')], java_boundary('a048', t48))
add('048-ahmed-thank-you-we-will-proceed.eml', hs, body, L('support_reply', A_CID, True), a048, [])

# 049 completed, non-native English, HTML only (base64)
t49 = utc(2022, 11, 8, 11, 4, 51)
a049 = f'''Dear Ahmed,

Greetings!

We are pleased to inform you that your certification accounts have been merged successfully. You can now login with ahmed.hassan.eg@gmail.com to access your certification account AWS40982213, all your certifications are showing there.

Please note the account AWS41550307 is deactivated now and can not be used anymore.

Please let us know if you need any further assistance, we will be happy to help.

{A_SIG}
{RATE_FOOT}
https://console.aws.amazon.com/support/home#/case/?displayId={A_CID}&language=en

''' + CONSOLE_FOOT
hs = aws_inbound('gmail', A_ADDR, t49, 'a049', NOREPLY, f'RE:[CASE {A_CID}] {A_CASE_SUBJ}')
add('049-ahmed-accounts-merged-successfully.eml', hs, part(aws_html(t2h(a049)), 'html', cte='base64'),
    L('merge_completed', A_CID, True), a049, ['AWS40982213', 'AWS41550307'])

# 050 case resolved survey (2022)
t50 = utc(2022, 11, 11, 12, 0, 7)
a050 = f'''Hello,

Your support case {A_CID} ({A_CASE_SUBJ}) has been resolved.

Was your issue resolved?
Yes: https://console.aws.amazon.com/support/feedback?displayId={A_CID}&resolved=true
No: https://console.aws.amazon.com/support/feedback?displayId={A_CID}&resolved=false

We'd also love to hear how we did. Please rate your overall experience with AWS Support for this case - it only takes a moment.

If your issue is not resolved, you can reopen this case from the Support Center.

Thank you for using AWS Support.

''' + CONSOLE_FOOT
hs = aws_inbound('gmail', A_ADDR, t50, 'a050', NOREPLY, f'Your AWS Support case {A_CID} has been resolved')
body = multi('alternative', [part(a050), part(aws_html(t2h(a050)), 'html')], java_boundary('a050', t50))
add('050-ahmed-case-resolved-was-issue-resolved.eml', hs, body, L('survey', A_CID, True), a050, [])

# =====================================================================
# User G: Lukas Weber (own Postfix server, no Authentication-Results; 2020)
# =====================================================================
W_ADDR = 'lukas@weber-it.de'
W_CID = '7039158826'
W_SUBJ = f'RE: [CASE {W_CID}] AWS Certification - Account merge request'
W_FROM_AWS = f'"AWS Training and Certification" <{FORM_ADDR}>'

# 051 confirmation request (2020), quoting the form submission
t51 = utc(2020, 3, 11, 16, 40, 12)
w051_new = '''Hi Lukas,

Thanks for getting in touch with AWS Training and Certification.

I've found both of the certification accounts you mentioned. Before we go ahead, could you please confirm that you would like AWS01193406 (lweber@nordlicht-it.de) merged into AWS00788231 (lukas@weber-it.de)?

AWS00788231 will be the account you use going forward; AWS01193406 will be closed. Please be aware this can't be undone once it's done.

Just reply to this email and we'll take care of the rest.

Cheers,
Megan
AWS Training and Certification
'''
w051_q = '''Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS00788231
Description: Hello, I have two certification accounts, AWS-01193406 from my former employer and AWS-00788231 (this e-mail). Please merge them into the second one. I passed the DevOps Professional exam on the old account. Thanks, Lukas Weber
'''
w051 = w051_new + '\n-----Original Message-----\nFrom: lukas@weber-it.de\nSent: Tue Mar 10 20:13:55 UTC 2020\nSubject: [AWS Training and Certification Form Submission] - account-assistance\n\n' + w051_q
hs = aws_inbound('selfhost', W_ADDR, t51, 'w051', W_FROM_AWS, W_SUBJ)
add('051-lukas-2020-please-confirm-merge.eml', hs, part(w051, charset='UTF-8', cte='7bit', codec='ascii'),
    L('merge_confirmation_requested', W_CID, None), w051_new, ['AWS00788231', 'AWS01193406'])

# 052 Lukas' reply (Sent, Thunderbird with German quote header)
t52 = dt.datetime(2020, 3, 12, 9, 14, 3, tzinfo=BERLIN)
w052_new = '''Hi Megan,

yes, that's correct - please go ahead and merge the old account into AWS00788231.

Thanks a lot,
Lukas

-- 
Lukas Weber
Weber IT-Beratung
Tel. +49 40 5553 2187
'''
attr52 = f'Am {loc(t51, BERLIN):%d.%m.%Y um %H:%M} schrieb AWS Training and Certification:'
w052 = w052_new + '\n' + attr52 + '\n' + quote_lines(w051) + '\n'
hs = [('Subject', 'Re: ' + W_SUBJ),
      ('To', W_FROM_AWS.replace('"', '')),
      ('References', ses_msgid(t51, 'w051')[0]),
      ('From', 'Lukas Weber <lukas@weber-it.de>'),
      ('Message-ID', f'<{hexs("w052a",8)}-{hexs("w052b",4)}-{hexs("w052c",4)}-{hexs("w052d",4)}-{hexs("w052e",12)}@weber-it.de>'),
      ('Date', rfc(t52)),
      ('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:68.0) Gecko/20100101\n Thunderbird/68.5.0'),
      ('In-Reply-To', ses_msgid(t51, 'w051')[0]),
      ('Content-Language', 'de-DE')]
add('052-lukas-sent-yes-go-ahead-thunderbird.eml', hs, part(w052, charset='utf-8', cte='8bit', fmt_flowed=True),
    L('unrelated', W_CID, None), w052_new, ['AWS00788231'])

# 053 completion, quoting with nested > >
t53 = utc(2020, 3, 13, 15, 2, 30)
w053_new = '''Hi Lukas,

All done! Your certifications, including the DevOps Engineer - Professional, now show up under a single account, and you can sign in at aws.training/certification with lukas@weber-it.de as usual.

Your Acclaim badges will follow in the next few days - keep an eye out for an email from Acclaim.

Cheers,
Megan
AWS Training and Certification
'''
attr53 = 'On Thu, Mar 12, 2020 at 8:14 AM, Lukas Weber <lukas@weber-it.de> wrote:'
w053 = w053_new + '\n' + attr53 + '\n' + quote_lines(w052) + '\n'
hs = aws_inbound('selfhost', W_ADDR, t53, 'w053', W_FROM_AWS, W_SUBJ)
body = multi('alternative', [part(w053), part(aws_html(t2h(w053_new) + '<blockquote style="border-left:2px solid #ccc;padding-left:8px;">' + t2h(w052) + '</blockquote>'), 'html')],
             java_boundary('w053', t53))
add('053-lukas-2020-all-done-nested-quotes.eml', hs, body, L('merge_completed', W_CID, None), w053_new, [])

# 054 Acclaim (older Credly) badge mail, no Authentication-Results
t54 = utc(2020, 3, 16, 18, 27, 55)
bid = 'b7e2c1d4-5a60-4f8e-9c3b-0d1e2f3a4b5c'
w054 = f'''Lukas,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified DevOps Engineer - Professional

Accept your badge: https://www.youracclaim.com/badges/{bid}/accept

Once you accept, you can share it on LinkedIn, Twitter and Facebook, embed it in your email signature, and showcase it on your Acclaim profile.

Need help? https://support.youracclaim.com

Acclaim | Credly, Inc. | 1 World Trade Center, Suite 8500, New York, NY 10007
You are receiving this email because a badge was issued to lukas@weber-it.de.
'''
hs = credly_inbound('selfhost', W_ADDR, t54, 'w054', '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>',
                    "Lukas, you've been issued a badge by Amazon Web Services Training and Certification", old=True)
body = multi('alternative', [part(w054, charset='us-ascii', cte='7bit'), part('<html><body style="font-family:Helvetica,Arial;">' + t2h(w054).replace(f'Accept your badge: https://www.youracclaim.com/badges/{bid}/accept', f'<a href="https://www.youracclaim.com/badges/{bid}/accept" style="background:#0a7ba5;color:#fff;padding:10px 20px;">Accept your badge</a>') + '</body></html>', 'html')],
             hexs('w054bd', 40))
add('054-lukas-2020-acclaim-badge-issued.eml', hs, body, L('credly_badge_issued', None, None), w054, [])

# =====================================================================
# User H: Nguyen Thi Lan (Gmail; three accounts; support chaser; Credly self-merge)
# =====================================================================
N_ADDR = 'lan.nguyen.cloud@gmail.com'
N_FROM = 'Lan Nguyen <lan.nguyen.cloud@gmail.com>'
N_OPEN = utc(2025, 10, 20, 3, 5, 10)
N_CID = case15(N_OPEN, 936)
N_SUBJ = f'RE:[CASE {N_CID}] {FORM_SUBJ}'

# 055 acknowledgement
t = N_OPEN + dt.timedelta(seconds=37)
txt = form_ack_text(N_CID, 'AWS57784402')
hs = aws_inbound('gmail', N_ADDR, t, 'n055', FORM, f'[CASE {N_CID}] {FORM_SUBJ}')
body = multi('alternative', [part(txt), part(aws_html(t2h(txt)), 'html')], java_boundary('n055', t))
add('055-lan-form-case-acknowledgement.eml', hs, body, L('case_created', N_CID, True), txt, ['AWS57784402'])

# 056 three-account confirmation request, HTML only with a table
t56 = utc(2025, 10, 21, 7, 48, 26)
rows = [('AWS52230918', 'lan.nguyen@fptsoft-partner.vn', 'Merged, then closed'),
        ('AWS55012874', 'ntlan.hcmus@student.edu.vn', 'Merged, then closed'),
        ('AWS57784402', 'lan.nguyen.cloud@gmail.com', 'Kept (primary account)')]
n056 = '''Hello Lan,

Thanks for your patience. We found three certification accounts that match the details you shared:

''' + '\n'.join(f'{a} | {e} | {s}' for a, e, s in rows) + '''

If we go ahead, the certifications, exam history and benefits of the first two accounts will be combined into AWS57784402, and the other two accounts will be closed. Please note that this can't be reversed later.

Could you please reply to this e-mail to let us know that you're happy for us to go ahead on this basis? If any of the above is not right, just tell us what should change.

Best regards,
Hannah
AWS Training and Certification Customer Support
'''
tbl = ('<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:13px;">'
       '<tr style="background:#f2f3f3;"><th align="left">Candidate ID</th><th align="left">Sign-in e-mail</th><th align="left">After the merge</th></tr>'
       + ''.join(f'<tr><td>{a}</td><td>{e}</td><td>{s}</td></tr>' for a, e, s in rows) + '</table>')
n056h = aws_html('<p>Hello Lan,</p><p>Thanks for your patience. We found three certification accounts that match the details you shared:</p>' + tbl +
                 '<p>If we go ahead, the certifications, exam history and benefits of the first two accounts will be combined into <b>AWS57784402</b>, and the other two accounts will be closed. Please note that this can\'t be reversed later.</p>'
                 '<p>Could you please reply to this e-mail to let us know that you\'re happy for us to go ahead on this basis? If any of the above is not right, just tell us what should change.</p>'
                 '<p>Best regards,<br>Hannah<br>AWS Training and Certification Customer Support</p>')
hs = aws_inbound('gmail', N_ADDR, t56, 'n056', FORM, N_SUBJ)
add('056-lan-three-accounts-reply-to-go-ahead-html.eml', hs, part(n056h, 'html'), L('merge_confirmation_requested', N_CID, True), n056,
    ['AWS52230918', 'AWS55012874', 'AWS57784402'])

# 057 support chaser (no ids in the new part; previous mail quoted Outlook-style)
t57 = utc(2025, 10, 24, 8, 0, 3)
n057_new = '''Hello Lan,

We're following up on our e-mail of 21 October about your request. We haven't received a reply from you yet, and we need to hear back from you before we can take any action on your accounts.

If we don't hear from you within 5 days, this case will be closed automatically. You can still reply to this e-mail afterwards and the case will be reopened.

Best regards,
Hannah
AWS Training and Certification Customer Support
'''
n057 = (n057_new + '\n________________________________\n' +
        outlook_block(f'Amazon Web Services <{FORM_ADDR}>', 'Tuesday, October 21, 2025 7:48 AM', N_ADDR, N_SUBJ) + '\n' + n056)
hs = aws_inbound('gmail', N_ADDR, t57, 'n057', FORM, N_SUBJ)
n056_inner = n056h.split('<tr><td style="padding:24px;line-height:1.5;">')[1].split('</td></tr>\n<tr><td style="padding:16px')[0]
body = multi('alternative', [part(n057), part(aws_html(t2h(n057_new) + '<hr>' + n056_inner), 'html')],
             java_boundary('n057', t57))
add('057-lan-support-following-up-no-reply-yet.eml', hs, body, L('support_reply', N_CID, True), n057_new, [])

# 058 completion: starts "thank you for confirming", says it is done; quotes Lan (Gmail style)
t58 = utc(2025, 10, 27, 10, 22, 48)
n058_new = '''Hello Lan,

Thank you for confirming, and no worries about the delay.

The consolidation is done: AWS52230918 and AWS55012874 have been merged into AWS57784402, which is now your only certification account. Please sign in with lan.nguyen.cloud@gmail.com and check that all five of your certifications are listed.

Badges on Credly are re-issued automatically and normally arrive within 3 business days. There is no need to merge anything on Credly yourself.

Best regards,
Hannah
AWS Training and Certification Customer Support
'''
n058_q = '''Hi Hannah,

So sorry for the late reply, I was travelling last week. Yes, the three accounts are correct - please merge AWS52230918 and AWS55012874 into AWS57784402.

Thank you!
Lan
'''
attr58 = f'On Sat, Oct 25, 2025 at 9:12 AM Lan Nguyen <{N_ADDR}> wrote:'
n058 = n058_new + '\n' + attr58 + '\n' + quote_lines(n058_q) + '\n'
hs = aws_inbound('gmail', N_ADDR, t58, 'n058', FORM, N_SUBJ)
body = multi('alternative', [part(n058), part(aws_html(t2h(n058_new) + gmail_quote_html(attr58, t2h(n058_q))), 'html')], java_boundary('n058', t58))
add('058-lan-consolidation-done.eml', hs, body, L('merge_completed', N_CID, True), n058_new,
    ['AWS52230918', 'AWS55012874', 'AWS57784402'])

# 059 Credly's own self-service account merge code (unrelated)
t59 = utc(2025, 10, 28, 2, 15, 31)
n059 = '''Hi Lan,

We received a request to merge another Credly account into your account (lan.nguyen.cloud@gmail.com).

Your verification code is: 583019

Enter this code on Credly, or click the button below to finish merging the accounts. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=c0e4a9d2b17f4e3a8d5c6b2a1f0e9d87

If you did not request this, you can ignore this e-mail and no changes will be made.

''' + CREDLY_FOOT_T.format(addr=N_ADDR) + '\n'
hs = credly_inbound('gmail', N_ADDR, t59, 'n059', '"Credly" <admin@credly.com>', 'Confirm your Credly account merge')
body = multi('alternative', [part(n059), part('<html><body style="font-family:Helvetica,Arial,sans-serif;">' + t2h(n059) + '</body></html>', 'html')], hexs('n059bd', 40))
add('059-lan-credly-self-service-account-merge-code.eml', hs, body, L('unrelated', None, True), n059, [])

# 060 Credly badges re-issued after the merge
t60 = utc(2025, 10, 29, 14, 9, 2)
txt, h = credly_badge_mail('Lan', N_ADDR, ['AWS Certified Solutions Architect – Associate', 'AWS Certified Data Engineer – Associate',
                                           'AWS Certified Machine Learning Engineer – Associate'], 'n060',
                           intro='Amazon Web Services Training and Certification has issued 3 badges to lan.nguyen.cloud@gmail.com. They are waiting for you to accept them.')
hs = credly_inbound('gmail', N_ADDR, t60, 'n060', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
                    ew('Lan, 3 badges from Amazon Web Services Training and Certification are ready to accept', 'utf-8'))
body = multi('alternative', [part(txt, cte='base64'), part(h, 'html', cte='base64')], hexs('n060bd', 40))
add('060-lan-credly-three-badges-ready.eml', hs, body, L('credly_badge_issued', None, True), txt, [])


if __name__ == "__main__":
    write_all()
