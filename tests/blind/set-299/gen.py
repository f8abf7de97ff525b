#!/usr/bin/env python3
"""Generator for blind set 299: AWS Certification account-merge mailbox.

Emphasis: done / planned / conditional / denied, asked vs told, who acts,
side notes about other matters, English and Japanese, look-alikes.

Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json in this folder.
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import random
import re
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(29999)
MAILS = []   # (filename, bytes, label)

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc


# ---------------------------------------------------------------- helpers
def utc(y, m, d, H, M, S=0):
    return dt.datetime(y, m, d, H, M, S, tzinfo=UTC)


def b64r(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def hexr(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def alnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(R.choice(chars) for _ in range(n))


def case15(t, tail=None):
    """15-digit case id: unix time the case opened + 5 digits."""
    if tail is None:
        tail = R.randint(0, 99999)
    return f"{int(t.timestamp())}{tail:05d}"


def rfcdate(t, tz=UTC):
    return format_datetime(t.astimezone(tz))


def pacific(t):
    off = -7 if 3 < t.month < 11 else -8
    return dt.timezone(dt.timedelta(hours=off), 'PDT' if off == -7 else 'PST')


def gdate(t):
    """Gmail style timestamp with zone comment."""
    tz = pacific(t)
    return format_datetime(t.astimezone(tz)) + f" ({tz.tzname(None)})"


def ses_msgid(t, region=None):
    ms = int(t.timestamp() * 1000)
    u = f"{hexr(8)}-{hexr(4)}-{hexr(4)}-{hexr(4)}-{hexr(12)}"
    dom = f"{region}.amazonses.com" if region else "email.amazonses.com"
    return f"<0100{ms:012x}-{u}-000000@{dom}>", f"0100{ms:012x}-{u}-000000@{'amazonses.com' if not region else region + '.amazonses.com'}"


def fold(s, width=76):
    """Fold a long header value at '; ' or spaces into continuation lines."""
    out, line = [], ''
    for tok in re.split(r'(?<=;) |(?<=,) | (?=[a-z]+=)', s):
        if line and len(line) + 1 + len(tok) > width:
            out.append(line)
            line = tok
        else:
            line = (line + ' ' + tok) if line else tok
    out.append(line)
    return '\n\t'.join(out)


def fold_b(s, width=70):
    return '\n\t'.join(s[i:i + width] for i in range(0, len(s), width))


def enc_subject(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76, header_name='Subject').encode(linesep='\n')


def enc_words(s, charset, enc='B', chunk=30):
    """Manual RFC 2047 encoded words in any charset (e.g. Shift_JIS), folded."""
    words, cur = [], ''
    for ch in s:
        if len((cur + ch).encode(charset)) > chunk:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == 'B':
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            q = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else ('_' if c == 32 else '=%02X' % c) for c in raw)
            out.append(f"=?{charset}?Q?{q}?=")
    return '\n '.join(out)


def enc_name(name, addr, charset='utf-8'):
    try:
        name.encode('ascii')
        if any(c in name for c in ',.()<>@;:'):
            return f'"{name}" <{addr}>'
        return f'{name} <{addr}>' if ' ' not in name else f'"{name}" <{addr}>'
    except UnicodeEncodeError:
        return Header(name, charset).encode() + f' <{addr}>'


def text(body, subtype='plain', charset='utf-8', cte='quoted-printable',
         label=None, quote_label=True, errors='strict'):
    raw = body.encode(charset, errors)
    m = Message()
    lab = label or charset
    m['Content-Type'] = f'text/{subtype}; charset="{lab}"' if quote_label else f'text/{subtype}; charset={lab}'
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        p = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        p = quopri.encodestring(raw).decode('ascii')
    else:
        p = raw.decode('ascii', 'surrogateescape')
    m.set_payload(p)
    return m


def multi(subtype, *parts, boundary=None):
    m = MIMEMultipart(subtype, boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def gmail_boundary():
    return '000000000000' + hexr(16)


def javamail_boundary():
    return f"----=_Part_{R.randint(100000, 9999999)}_{R.randint(10000000, 999999999)}.{R.randint(1700000000000, 1769999999999)}"


def outlook_boundary():
    return f"_000_{alnum(20)}{alnum(12)}namp_"


# ------------------------------------------------------------ trace headers
SES_IPS = ['54.240.8.%d' % i for i in (21, 30, 31, 49, 83, 95)] + ['54.240.27.%d' % i for i in (17, 42, 160)] + ['23.251.232.%d' % i for i in (5, 9)]


def ses_host(ip):
    a, b, c, d = ip.split('.')
    if ip.startswith('23.251'):
        return f"a{c}-{d}.smtp-out.us-west-2.amazonses.com"
    return f"a{c}-{d}.smtp-out.amazonses.com"


def dkim_sig(domain, selector, t, hlist='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date',
             canon='relaxed/simple'):
    v = (f"v=1; a=rsa-sha256; q=dns/txt; c={canon}; s={selector}; d={domain}; t={int(t.timestamp())}; "
         f"h={hlist}; bh={b64r(32)}; b=")
    return ('DKIM-Signature', fold(v) + '\n\t' + fold_b(b64r(256)))


AMZ_SEL = ['rjt5bcgxvmmvgzfvdxvqoyp3mxb2q5ow', 'zh4gjftm6etwoq6afzugpky45synznly', '7v7vs6w47njt4pimodk5mmttbegzsi6n']
SES_SEL = ['224i4yxa5dv7c2xz3womw6peuasteono', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw', 'hsbnp7p3ensaochzwyq5wwmceodymuwv']


def gmail_trace(rcpt, t, mailfrom, ip, helo, from_dom, dkims, spf='pass', dmarc='pass',
                dmarc_pol='p=QUARANTINE sp=QUARANTINE dis=NONE'):
    """Headers Gmail adds, top to bottom.  dkims: [(domain, selector, result)]."""
    rt = t + dt.timedelta(seconds=R.randint(1, 4))
    parts = []
    for d, s, r in dkims:
        parts.append(f"dkim={r} header.i=@{d} header.s={s} header.b={b64r(6)[:8]}")
    spf_txt = {
        'pass': f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}",
        'softfail': f"spf=softfail (google.com: domain of transitioning {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}",
        'fail': f"spf=fail (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}",
    }[spf]
    parts.append(spf_txt)
    if dmarc:
        parts.append(f"dmarc={dmarc} ({dmarc_pol}) header.from={from_dom}")
    ar = 'mx.google.com;\n       ' + ';\n       '.join(parts)
    gid = alnum(2, 'abcdefghijklmnopqrstuvwxyz') + ''.join(R.choice('0123456789') for _ in range(2))
    hdrs = [
        ('Delivered-To', rcpt),
        ('Received', f"by 2002:a05:{R.randint(6000, 7999)}:{hexr(3)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {alnum(3, 'abcdefghijklmnopqrstuvwxyz')}{R.randint(100, 999)}csp{R.randint(1000000, 9999999)};\n        {gdate(rt)}"),
        ('X-Google-Smtp-Source', fold_b(alnum(60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '=', 200)),
        ('X-Received', f"by 2002:a05:620a:{hexr(4)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {alnum(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{R.randint(10, 99)}.{int(rt.timestamp())}{R.randint(100, 999)};\n        {gdate(rt)}"),
        ('ARC-Seal', f"i=1; a=rsa-sha256; t={int(rt.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b(b64r(256), 60).replace(chr(10) + chr(9), chr(10) + '         ')}"),
        ('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64r(32)};\n        fh={b64r(32)};\n        b={fold_b(b64r(256), 60).replace(chr(10) + chr(9), chr(10) + '         ')}"),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', f"<{mailfrom}>"),
        ('Received', f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {alnum(20, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{R.randint(10, 999)}.{int(rt.timestamp()) % 100000}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(rt)}"),
        ('Received-SPF', spf_txt.replace('spf=', '', 1).split(' smtp.mailfrom')[0] + f" client-ip={ip};"),
        ('Authentication-Results', ar),
    ]
    return hdrs


def outlook_trace(rcpt, t, mailfrom_dom, ip, helo, from_dom, dkim_d, dkim='pass', spf='pass',
                  dmarc='pass', action='none', compauth='pass reason=100'):
    rt = t + dt.timedelta(seconds=R.randint(1, 5))
    srv = f"{alnum(2)}{R.randint(0, 9)}PR{R.randint(10, 19):02d}MB{R.randint(1000, 9999)}.namprd{R.randint(10, 22)}.prod.outlook.com"
    eop = f"{alnum(2)}{R.randint(1, 9)}PEPF000{R.randint(10000, 99999)}.namprd{R.randint(2, 5):02d}.prod.outlook.com"
    dkim_txt = {'pass': 'dkim=pass (signature was verified)', 'fail': 'dkim=fail (body hash did not verify)',
                'none': 'dkim=none (message not signed)'}[dkim]
    ar = (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; {dkim_txt}\n header.d={dkim_d};dmarc={dmarc} action={action}\n"
          f" header.from={from_dom};compauth={compauth}")
    spfr = {'pass': f"Pass (protection.outlook.com: domain of\n {mailfrom_dom} designates {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C",
            'fail': f"Fail (protection.outlook.com: domain of {mailfrom_dom} does not\n designate {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo};",
            'softfail': f"SoftFail (protection.outlook.com: domain of transitioning\n {mailfrom_dom} discourages use of {ip} as permitted sender)"}[spf]
    return [
        ('Received', f"from {srv.replace('MB', 'MB0')} (2603:10b6:{hexr(3)}:{hexr(3)}::{R.randint(10, 30)})\n by {srv} with HTTPS; {rfcdate(rt)}"),
        ('Received', f"from {eop.split('.')[0][:4]}P220CA00{R.randint(10, 99)}.NAMP220.PROD.OUTLOOK.COM\n (2603:10b6:{hexr(3)}:{hexr(2)}::{R.randint(10, 30)}) by {srv}\n (2603:10b6:{hexr(3)}:{hexr(3)}::{R.randint(5, 20)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 40)}; {rfcdate(rt)}"),
        ('Authentication-Results', ar),
        ('Received-SPF', spfr),
        ('Received', f"from {helo} ({ip}) by\n {eop} (10.167.{R.randint(240, 250)}.{R.randint(1, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9400)}.{R.randint(10, 40)} via Frontend\n Transport; {rfcdate(rt)}"),
    ]


def outlook_tail(t):
    return [
        ('X-MS-Exchange-Organization-ExpirationStartTime', f"{t.strftime('%d %b %Y %H:%M:%S.')}{R.randint(1000, 9999)} (UTC)"),
        ('X-MS-Exchange-Organization-Network-Message-Id', f"{hexr(8)}-{hexr(4)}-{hexr(4)}-{hexr(4)}-{hexr(12)}"),
        ('X-MS-PublicTrafficType', 'Email'),
        ('X-MS-Exchange-Organization-SCL', '1'),
        ('X-Microsoft-Antispam', 'BCL:0;ARA:13230040|8096899003|43022699015;'),
    ]


def jp_trace(provider, rcpt, t, mailfrom, ip, helo, ar_body, with_rp=True):
    """Japanese provider style: one delivery Received + Authentication-Results."""
    rt = t + dt.timedelta(seconds=R.randint(1, 6))
    hdrs = []
    if with_rp:
        hdrs.append(('Return-Path', f"<{mailfrom}>"))
    hdrs += [
        ('Delivered-To', rcpt),
        ('Received', f"from {helo} ({helo} [{ip}])\n\tby {provider} with ESMTPS id {alnum(14, '0123456789ABCDEF')}\n\tfor <{rcpt}>; {rfcdate(rt, JST)}"),
        ('Authentication-Results', f"{provider.split(' ')[0]};\n\t" + ar_body),
    ]
    return hdrs


def ses_env(t, region=None):
    """(Message-ID header value, envelope mailfrom) for SES mail."""
    return ses_msgid(t, region)


def aws_trace(kind, rcpt, t, from_dom='amazon.com', msg_env=None, dmarc='pass', amz_dkim='pass',
              jp_provider='mx.nifty.com', jp_style='full', region=None):
    """Common trace for genuine SES-sent amazon.com mail."""
    ip = R.choice(SES_IPS)
    LAST['ip'] = ip
    helo = ses_host(ip)
    mailfrom = msg_env
    if kind == 'gmail':
        dk = [(from_dom, R.choice(AMZ_SEL), amz_dkim), ('amazonses.com', R.choice(SES_SEL), 'pass')]
        return gmail_trace(rcpt, t, mailfrom, ip, helo, from_dom, dk, dmarc=dmarc)
    if kind == 'outlook':
        return outlook_trace(rcpt, t, mailfrom.split('@')[1], ip, helo, from_dom, from_dom, dkim=amz_dkim, dmarc=dmarc,
                             action='none' if dmarc == 'pass' else 'quarantine',
                             compauth='pass reason=100' if dmarc == 'pass' else 'fail reason=000')
    if kind == 'jp':
        if jp_style == 'full':
            ar = (f"spf=pass smtp.mailfrom={mailfrom};\n\tdkim={amz_dkim} header.d={from_dom} header.s={R.choice(AMZ_SEL)};\n\t"
                  f"dkim=pass header.d=amazonses.com;\n\tdmarc={dmarc} header.from={from_dom}")
        else:  # no dmarc, DKIM only (e.g. docomo)
            ar = f"spf=pass smtp.mailfrom={mailfrom.split('@')[1]};\n\tdkim={amz_dkim} header.i=@{from_dom}"
        return jp_trace(jp_provider, rcpt, t, mailfrom, ip, helo, ar)
    raise ValueError(kind)


LAST = {}


def ses_tail():
    t = LAST.get('t') or utc(2025, 1, 1, 0, 0)
    ip = LAST.get('ip') or '54.240.8.%d' % R.randint(1, 99)
    return [('Feedback-ID', f"::1.us-east-1.{b64r(30)[:43]}=:AmazonSES"),
            ('X-SES-Outgoing', f"{t.strftime('%Y.%m.%d')}-{ip}")]


# --------------------------------------------------------------- emitting
def render(hdrs, body, crlf=False):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=policy.compat32).flatten(body)
    head = ''.join(f"{n}: {v}\n" for n, v in hdrs).encode('ascii')
    data = head + buf.getvalue()
    if not data.endswith(b'\n'):
        data += b'\n'
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def add(name, kind, case_id, ids, verified, lang, hdrs, body, crlf=False):
    n = len(MAILS) + 1
    fname = f"{n:03d}-{name}.eml"
    label = {"kind": kind, "case_id": case_id, "account_ids": sorted(set(ids)),
             "sender_verified": verified, "language": lang}
    MAILS.append((fname, render(hdrs, body, crlf), label))


def run():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fname, data, label in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        labels[fname] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
    print(f"wrote {len(MAILS)} mails")


# ------------------------------------------------------------ common text
AWS_FOOTER_CONSOLE = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
{agent}
Amazon Web Services

===========================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update the case, please use the above link.

===========================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""

FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"


def aws_hdrs(frm, to, subject, t, msgid, extra=()):
    h = [('Date', rfcdate(t)), ('From', frm), ('To', to), ('Message-ID', msgid), ('Subject', subject)]
    h += list(extra)
    h.append(('MIME-Version', '1.0'))
    return h


def std_aws(trace_kind, rcpt, frm, to, subject, t, region=None, dmarc='pass', jp_provider='mx.nifty.com',
            jp_style='full', extra=(), no_auth=False):
    """Full header list for genuine SES mail from amazon.com."""
    mid, env = ses_env(t, region)
    LAST['t'] = t
    LAST['ip'] = None
    hdrs = []
    if not no_auth:
        hdrs += aws_trace(trace_kind, rcpt, t, msg_env=env, dmarc=dmarc, jp_provider=jp_provider,
                          jp_style=jp_style)
    hdrs.append(dkim_sig('amazon.com', R.choice(AMZ_SEL), t))
    hdrs.append(dkim_sig('amazonses.com', R.choice(SES_SEL), t, hlist='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'))
    hdrs += aws_hdrs(frm, to, subject, t, mid, extra)
    if trace_kind == 'outlook' and not no_auth:
        hdrs = hdrs[:5] + outlook_tail(t) + hdrs[5:]
    return hdrs, mid


def html_wrap(inner, title='Amazon Web Services'):
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title></head>
<body style="margin:0;padding:0;background-color:#f2f3f3;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f3;"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;">
<tr><td style="background-color:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:20px;color:#16191f;">
{inner}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>
"""


def p2html(txt):
    """Very small plain->html conversion for alternatives."""
    out = []
    for para in txt.strip().split('\n\n'):
        para = para.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
        out.append('<p>' + para.replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


def gmail_quote(text_, who, t, tz=None):
    tz = tz or pacific(t)
    lt = t.astimezone(tz)
    hdr = lt.strftime('On %a, %b ') + str(lt.day) + lt.strftime(', %Y at ') + lt.strftime('%I:%M %p').lstrip('0') + f" {who} wrote:"
    return hdr + '\n\n' + '\n'.join(('> ' + l) if l else '>' for l in text_.strip('\n').split('\n'))


def jp_quote(text_, who, t):
    lt = t.astimezone(JST)
    wd = '月火水木金土日'[lt.weekday()]
    hdr = f"{lt.year}年{lt.month}月{lt.day}日({wd}) {lt.hour}:{lt.minute:02d} {who}:"
    return hdr + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text_.strip('\n').split('\n'))


def outlook_quote(text_, frm, t, to, subject, tz=UTC):
    lt = t.astimezone(tz)
    sent = lt.strftime('%A, %B ') + str(lt.day) + lt.strftime(', %Y ') + lt.strftime('%I:%M %p').lstrip('0')
    return (f"________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n" + text_.strip('\n'))


# ================================================================= MAILS
# ---------------------------------------------------------------- threads
# T1: English form case, Gmail user, two accounts, full happy path (2025-05)
T1_OPEN = utc(2025, 5, 26, 9, 14, 7)
T1 = case15(T1_OPEN, 48213)
T1_USER = 'daniel.okafor.dev@gmail.com'
T1_TO = f'Daniel Okafor <{T1_USER}>'
T1_SUBJ = f"RE:[CASE {T1}] {FORM_SUBJ}"

# ---- 001 form acknowledgement, echoes the form fields
t = T1_OPEN + dt.timedelta(seconds=41)
hdrs, mid = std_aws('gmail', T1_USER, FORM_FROM, T1_TO, f"[CASE {T1}] {FORM_SUBJ}", t)
hdrs += ses_tail()
body_txt = f"""Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request and created case {T1}.

A member of our team will review your submission and respond, in most cases within 24 hours. To help us resolve your request quickly, please do not submit a new case for the same question. If you need to add information, simply reply to this email and keep the case number in the subject line.

Summary of your submission
--------------------------
Inquiry type: Certification
Detail: Account Merge
Name: Daniel Okafor
Email: {T1_USER}
AWS candidate ID: AWS04417283
Description: Hi, I seem to have two certification accounts. The second one (aws11902655) was created when I booked my exam with my work email. Can they be combined into one?

Regards,
AWS Training and Certification
"""
body_html = html_wrap(p2html(body_txt))
body = multi('alternative', text(body_txt, cte='quoted-printable'), text(body_html, 'html', cte='quoted-printable'),
             boundary=javamail_boundary())
add('form-ack-case-opened', 'case_created', T1, ['AWS04417283', 'AWS11902655'], True, 'en', hdrs, body)

# ---- 002 agent asks which account to keep + login e-mails (asked, not told)
t = utc(2025, 5, 27, 7, 2, 51)
hdrs, mid = std_aws('gmail', T1_USER, FORM_FROM, T1_TO, T1_SUBJ, t)
hdrs += ses_tail()
body_txt = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I understand that you would like your certification accounts AWS04417283 and AWS11902655 to be combined. I will be glad to help with this.

Before I can submit the request, I need a couple of details from you:

1. Which of the two accounts would you like to keep as your primary account? The other account will be deactivated after the merge.
2. The email address you use to sign in to each of the two accounts.

Please reply to this email with the above information. Once we have it, we will review the accounts and get back to you with the next steps.

Kind regards,
Ayesha R.
AWS Training and Certification

--------------- Original Message ---------------
From: Daniel Okafor [{T1_USER}]
Sent: 5/26/2025 9:14 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: {FORM_SUBJ}

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS04417283
Description: Hi, I seem to have two certification accounts. The second one (aws11902655) was created when I booked my exam with my work email. Can they be combined into one?
"""
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('agent-asks-which-account-to-keep', 'support_reply', T1, ['AWS04417283', 'AWS11902655'], True, 'en', hdrs, body)

# ---- 003 confirmation request, quoting user's Gmail reply which quotes 002
t_user1 = utc(2025, 5, 27, 15, 40, 12)
user1 = f"""Hi Ayesha,

Thanks for the quick reply.

1. Please keep AWS04417283, that's the one with my SAA and DVA.
2. AWS04417283 -> {T1_USER}
   AWS11902655 -> d.okafor@brightlane-logistics.com (work address, I still have access)

Cheers,
Daniel

{gmail_quote("Hello Daniel," + chr(10) + chr(10) + "I understand that you would like your certification accounts AWS04417283 and AWS11902655 to be combined." + chr(10) + "1. Which of the two accounts would you like to keep as your primary account?", 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', utc(2025, 5, 27, 7, 2, 51))}
"""
t = utc(2025, 5, 28, 6, 48, 3)
hdrs, mid = std_aws('gmail', T1_USER, FORM_FROM, T1_TO, T1_SUBJ, t)
hdrs += ses_tail()
body_txt = f"""Hello Daniel,

Thank you for providing the details.

Based on your reply, we will perform the following:

- Account to be merged (will be deactivated): AWS11902655 (d.okafor@brightlane-logistics.com)
- Account that will remain active: AWS04417283 ({T1_USER})

All certifications, exam history and benefits from AWS11902655 will be transferred to AWS04417283. Please note that once the merge is complete it cannot be reversed, and you will no longer be able to sign in to AWS11902655.

If the above is correct, please reply to this email confirming that you would like us to proceed with the merge. We will not make any changes until we receive your confirmation.

Kind regards,
Ayesha R.
AWS Training and Certification

--------------- Original Message ---------------
From: Daniel Okafor [{T1_USER}]
Sent: 5/27/2025 3:40 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: {T1_SUBJ}

{user1}"""
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('confirm-merge-direction-request', 'merge_confirmation_requested', T1, ['AWS04417283', 'AWS11902655'], True, 'en', hdrs, body)

# ---- 004 thanks for confirming, we will now proceed (planned, not done); ids only in quote
t_user2 = utc(2025, 5, 28, 8, 2, 30)
inner = gmail_quote("""Hello Daniel,

Based on your reply, we will perform the following:

- Account to be merged (will be deactivated): AWS11902655
- Account that will remain active: AWS04417283

If the above is correct, please reply to this email confirming that you would like us to proceed with the merge.""", 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', utc(2025, 5, 28, 6, 48, 3))
user2 = "The details are correct. Please proceed with the merge.\n\nDaniel\n\n" + inner
t = utc(2025, 5, 28, 11, 25, 44)
hdrs, mid = std_aws('gmail', T1_USER, FORM_FROM, T1_TO, T1_SUBJ, t)
hdrs += ses_tail()
body_txt = f"""Hello Daniel,

Thank you for confirming.

I have now submitted your request to our certification operations team, and they will proceed with the merge. This normally takes between one and three business days. I will keep the case open and let you know as soon as it has been completed, so there is nothing else you need to do for now.

In the meantime, please do not schedule any new exam on either account, as this can delay the process.

Kind regards,
Ayesha R.
AWS Training and Certification

--------------- Original Message ---------------
From: Daniel Okafor [{T1_USER}]
Sent: 5/28/2025 8:02 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: {T1_SUBJ}

""" + '\n'.join(('> ' + l) if l else '>' for l in user2.split('\n'))
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('thanks-for-confirming-will-proceed', 'support_reply', T1, [], True, 'en', hdrs, body)

# ---- 005 merge completed, with side note about voucher and Credly timing (base64)
t = utc(2025, 5, 30, 4, 11, 9)
hdrs, mid = std_aws('gmail', T1_USER, FORM_FROM, T1_TO, T1_SUBJ, t)
hdrs += ses_tail()
body_txt = f"""Hello Daniel,

Good news: our operations team has finished merging your accounts. AWS11902655 has been folded into AWS04417283, and your exam history and both certifications now appear under AWS04417283. Please sign in with {T1_USER} from now on.

Regarding the question in your earlier message about the 50% exam discount voucher: it was carried over and you can find it under Benefits in your certification account. It keeps its original expiration date.

Your Credly badges should be reissued to the surviving account automatically. Credly normally sends the emails within 48 hours; if they have not arrived by then, just reply here.

Thank you for your patience.

Kind regards,
Ayesha R.
AWS Training and Certification
"""
body = multi('alternative', text(body_txt, cte='base64'),
             text(html_wrap(p2html(body_txt)), 'html', cte='base64'), boundary=javamail_boundary())
add('merge-done-voucher-side-note', 'merge_completed', T1, ['AWS04417283', 'AWS11902655'], True, 'en', hdrs, body)

# ---- 006 closure + survey, HTML only
t = utc(2025, 5, 30, 4, 13, 55)
hdrs, mid = std_aws('gmail', T1_USER, FORM_FROM, T1_TO,
                    f"Your case {T1} has been resolved - tell us how we did", t)
hdrs += ses_tail()
inner = f"""<p style="font-size:18px;font-weight:bold;">How did we do?</p>
<p>Hello Daniel,</p>
<p>Your case <b>{T1}</b> ({FORM_SUBJ}) has been marked as <b>resolved</b>. We would appreciate a minute of your time to tell us about your experience.</p>
<p><b>Was your issue resolved?</b></p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding:8px 20px;background:#ec7211;"><a href="https://survey.aws-tc.amazon.com/s/csat?c={T1}&amp;r=yes" style="color:#fff;text-decoration:none;">YES</a></td>
<td width="12"></td>
<td style="padding:8px 20px;background:#545b64;"><a href="https://survey.aws-tc.amazon.com/s/csat?c={T1}&amp;r=no" style="color:#fff;text-decoration:none;">NO</a></td>
</tr></table>
<p>How would you rate the support you received from Ayesha R.?<br>
<a href="https://survey.aws-tc.amazon.com/s/csat?c={T1}&amp;s=1">1</a> &middot; <a href="https://survey.aws-tc.amazon.com/s/csat?c={T1}&amp;s=2">2</a> &middot; <a href="https://survey.aws-tc.amazon.com/s/csat?c={T1}&amp;s=3">3</a> &middot; <a href="https://survey.aws-tc.amazon.com/s/csat?c={T1}&amp;s=4">4</a> &middot; <a href="https://survey.aws-tc.amazon.com/s/csat?c={T1}&amp;s=5">5</a></p>
<p>If your issue was not resolved, simply reply to this email within 14 days and the case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification</p>"""
body = text(html_wrap(inner), 'html', cte='quoted-printable')
add('case-resolved-survey-html-only', 'survey', T1, [], True, 'en', hdrs, body)

# ---- 007 Credly badge issued after merge
t = utc(2025, 5, 31, 13, 7, 22)
cred_env = f"bounces+{R.randint(1000000, 9999999)}-{hexr(4)}-daniel.okafor.dev=gmail.com@em.credly.com"
hdrs = gmail_trace(T1_USER, t, cred_env, '149.72.154.%d' % R.randint(2, 250), 'o1.em.credly.com', 'credly.com',
                   [('credly.com', 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')], dmarc='pass',
                   dmarc_pol='p=REJECT sp=REJECT dis=NONE')
hdrs.append(dkim_sig('credly.com', 's1', t, hlist='from:subject:mime-version:content-type:to:cc:content-type:from:subject:to', canon='relaxed/relaxed'))
hdrs += [('Date', rfcdate(t)), ('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
         ('To', T1_USER), ('Message-ID', f"<{hexr(24)}_{R.randint(100000, 999999)}@credly-mailer-{R.randint(1, 9)}.mail>"),
         ('Subject', "Daniel, you've earned the AWS Certified Developer - Associate badge!"),
         ('X-SG-EID', b64r(60)[:80]),
         ('MIME-Version', '1.0')]
vnum = alnum(16)
body_txt = f"""Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/badges/{hexr(8)}-{hexr(4)}-{hexr(4)}-{hexr(4)}-{hexr(12)}/accept

Once you accept, you can share your badge on LinkedIn, add it to your email signature, or embed it on your website.

Badge verification number: {vnum}

Credly, Inc. | 13 E 37th St, New York, NY 10016
You are receiving this email because Amazon Web Services Training and Certification issued a badge to {T1_USER}.
Unsubscribe: https://www.credly.com/notification_settings
"""
html_ = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;">
<div style="max-width:560px;margin:auto;">
<img src="https://images.credly.com/images/logo-credly.png" width="90" alt="Credly">
<h2>Congratulations, Daniel!</h2>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p style="font-size:18px;"><b>AWS Certified Developer - Associate</b></p>
<p><a href="https://www.credly.com/badges/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;">Accept your badge</a></p>
<p style="font-size:12px;color:#888;">Badge verification number: {vnum}</p>
</div></body></html>"""
body = multi('alternative', text(body_txt, cte='quoted-printable'), text(html_, 'html', cte='quoted-printable'),
             boundary=hexr(32))
add('credly-badge-issued-after-merge', 'credly_badge_issued', None, [], True, 'en', hdrs, body)

# T2: Japanese console case, nifty mailbox (2025-03)
T2_OPEN = utc(2025, 3, 10, 1, 32, 18)
T2 = case15(T2_OPEN, 70214)
T2_USER = 'misaki.sato@nifty.com'
T2_TO = T2_USER
T2_SUBJ_CASE = 'AWS認定アカウントの統合について'
JA_CONSOLE_FOOTER = """今回の対応について、ぜひご評価をお寄せください。AWS サポートセンターの各やり取りの右上にある星を選択して評価いただけます。

===========================================================

本ケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

※このメールは送信専用アドレスから配信されています。ご返信いただいてもお答えできませんので、ケースの更新は上記リンクから行ってください。

===========================================================

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。"""

# ---- 008 console case opened (ja), ISO-2022-JP, encoded subject
t = T2_OPEN + dt.timedelta(seconds=9)
hdrs, mid = std_aws('jp', T2_USER, CONSOLE_FROM, T2_TO,
                    enc_subject(f"Amazon Web Services: 新しいサポートケースがオープンされました: {T2}", 'iso-2022-jp'), t)
hdrs += ses_tail()
body_txt = f"""Amazon Web Services へのお問い合わせありがとうございます。お客様の問題に対応するため、ケース {T2} をオープンしました。

ケース ID: {T2}
件名: {T2_SUBJ_CASE}
重要度: 一般的なガイダンス
お問い合わせ内容:
AWS認定のアカウントが2つ存在しているようです（AWS20583391 と AWS07761204）。
古い方の AWS07761204 は以前の勤務先のメールアドレスで登録したものです。
1つにまとめていただくことは可能でしょうか。

ケースの詳細の確認や更新は、AWS サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={T2}&language=ja

よろしくお願いいたします。
Amazon Web Services

※このメールは送信専用アドレスから配信されています。ご返信いただいてもお答えできません。
"""
body = text(body_txt, charset='iso-2022-jp', cte='7bit')
add('ja-console-case-opened', 'case_created', T2, ['AWS20583391', 'AWS07761204'], True, 'ja', hdrs, body)

# ---- 009 "new correspondence added" notice (ja), DKIM-only AR (no dmarc field)
t = utc(2025, 3, 11, 0, 47, 2)
hdrs, mid = std_aws('jp', T2_USER, CONSOLE_FROM, T2_TO,
                    enc_subject(f"[Case {T2}] 新しいやり取りが追加されました", 'utf-8'), t, jp_style='dkim')
hdrs += ses_tail()
body_txt = f"""お客様

AWS サポートケース {T2}「{T2_SUBJ_CASE}」に、サポート担当者からの新しいやり取りが追加されました。

内容を確認し、必要に応じてご返信いただくには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={T2}&language=ja

よろしくお願いいたします。
Amazon Web Services

※このメールは送信専用アドレスから配信されています。
"""
body = multi('alternative', text(body_txt, cte='base64'), text(html_wrap(p2html(body_txt)), 'html', cte='base64'),
             boundary=javamail_boundary())
add('ja-new-correspondence-notice', 'support_reply', T2, [], True, 'ja', hdrs, body)

# ---- 010 confirmation request (ja, keigo), Shift_JIS base64
t = utc(2025, 3, 11, 0, 46, 40)
hdrs, mid = std_aws('jp', T2_USER, CONSOLE_FROM, T2_TO,
                    f"RE:[CASE {T2}] " + enc_words(T2_SUBJ_CASE, 'Shift_JIS'), t)
hdrs += ses_tail()
body_txt = f"""佐藤 美咲 様

Amazon Web Services カスタマーサポートの山口でございます。
この度は AWS 認定アカウントの統合についてお問い合わせいただき、誠にありがとうございます。

お知らせいただいた内容をもとに確認いたしましたところ、以下のとおり統合を行うことが可能でございます。

　統合元（統合後に無効となるアカウント）: AWS07761204
　統合先（引き続きご利用いただくアカウント）: AWS20583391

統合元アカウントに登録されている認定資格、受験履歴および特典は、すべて統合先アカウントへ移行されます。
なお、統合処理は一度実施いたしますと元に戻すことができませんので、あらかじめご了承くださいますようお願い申し上げます。

上記の内容でお間違いがなければ、サポートセンターの本ケースより「上記内容で統合を希望します」とご返信いただけますでしょうか。
お客様からのご確認をいただくまで、統合作業は行いませんのでご安心ください。

何卒よろしくお願い申し上げます。

山口
Amazon Web Services

""" + JA_CONSOLE_FOOTER.format(case=T2)
body = text(body_txt, charset='shift_jis', cte='base64', label='Shift_JIS', quote_label=False)
add('ja-confirm-merge-keigo-sjis', 'merge_confirmation_requested', T2, ['AWS07761204', 'AWS20583391'], True, 'ja', hdrs, body)

# ---- 011 thanks, we will proceed (ja): planned, no ids
t = utc(2025, 3, 11, 6, 15, 33)
hdrs, mid = std_aws('jp', T2_USER, CONSOLE_FROM, T2_TO,
                    enc_subject(f"RE:[CASE {T2}] {T2_SUBJ_CASE}", 'iso-2022-jp'), t)
hdrs += ses_tail()
body_txt = f"""佐藤 美咲 様

いつもお世話になっております。Amazon Web Services の山口でございます。

統合内容についてご確認いただき、ありがとうございます。
いただいたご回答をもとに、これより担当部署にて統合作業を進めてまいります。
作業には通常 1～3 営業日ほどお時間をいただいております。完了いたしましたら、本ケースにて改めてご連絡申し上げます。

作業期間中は、いずれのアカウントでも新たな試験のご予約はお控えいただけますと幸いです。

引き続きよろしくお願い申し上げます。

山口
Amazon Web Services

""" + JA_CONSOLE_FOOTER.format(case=T2)
body = text(body_txt.replace('～', '〜'), charset='iso-2022-jp', cte='7bit')
add('ja-thanks-will-proceed', 'support_reply', T2, [], True, 'ja', hdrs, body)

# ---- 012 merge completed (ja) + side note on Pearson VUE reschedule (other matter)
t = utc(2025, 3, 13, 2, 3, 10)
hdrs, mid = std_aws('jp', T2_USER, CONSOLE_FROM, T2_TO,
                    enc_subject(f"RE:[CASE {T2}] {T2_SUBJ_CASE}", 'utf-8'), t)
hdrs += ses_tail()
body_txt = f"""佐藤 美咲 様

Amazon Web Services の山口でございます。
お待たせいたしました。ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告申し上げます。

AWS07761204 に登録されていた認定資格および受験履歴は、すべて AWS20583391 に移行済みでございます。今後は AWS20583391 のアカウントにサインインしてご利用ください。

なお、別途ご質問いただいておりました試験日程の変更につきましては、恐れ入りますが弊社では対応いたしかねますため、Pearson VUE のサイトからお手続きをお願いいたします。

ご不明な点がございましたら、お気軽にお問い合わせください。

山口
Amazon Web Services

""" + JA_CONSOLE_FOOTER.format(case=T2)
body = multi('alternative', text(body_txt, cte='quoted-printable', label='UTF-8', quote_label=False),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable', label='UTF-8', quote_label=False),
             boundary=javamail_boundary())
add('ja-merge-done-pearson-side-note', 'merge_completed', T2, ['AWS07761204', 'AWS20583391'], True, 'ja', hdrs, body)

# ---- 013 closure survey (ja)
t = utc(2025, 3, 13, 2, 5, 48)
hdrs, mid = std_aws('jp', T2_USER, CONSOLE_FROM, T2_TO,
                    enc_subject(f"Amazon Web Services: ケース {T2} は解決済みになりました - アンケートへのご協力のお願い", 'utf-8'), t)
hdrs += ses_tail()
body_txt = f"""AWS サポートをご利用いただき、ありがとうございます。

ケース {T2}（{T2_SUBJ_CASE}）は解決済みとしてクローズされました。
今後のサービス向上のため、簡単なアンケートにご協力いただけますと幸いです（所要時間 1 分程度）。

問題は解決しましたか？
　はい: https://survey.support.aws.amazon.com/s?c={T2}&r=1
　いいえ: https://survey.support.aws.amazon.com/s?c={T2}&r=0

担当者の対応を 5 段階で評価してください:
https://survey.support.aws.amazon.com/s?c={T2}&rate

ケースを再開する必要がある場合は、14 日以内に AWS サポートセンターからご返信ください。

Amazon Web Services
"""
body = multi('alternative', text(body_txt, cte='base64'), text(html_wrap(p2html(body_txt)), 'html', cte='base64'),
             boundary=javamail_boundary())
add('ja-case-closed-survey', 'survey', T2, [], True, 'ja', hdrs, body)

# T3: English console case, 11-digit id, Outlook.com mailbox (2022)
T3 = '10483920571'
T3_OPEN = utc(2022, 8, 15, 14, 20, 31)
T3_USER = 'priya.raman@outlook.com'
T3_CASE_SUBJ = 'Merge duplicate certification accounts'
T3_RE = f"RE:[CASE {T3}] {T3_CASE_SUBJ}"

# ---- 014 console case opened (en, 2022), ids written with a space in the echo
t = T3_OPEN + dt.timedelta(seconds=6)
hdrs, mid = std_aws('outlook', T3_USER, CONSOLE_FROM, T3_USER,
                    f"Amazon Web Services: You have opened a new Support case: {T3}", t)
hdrs += ses_tail()
body_txt = f"""Thank you for contacting Amazon Web Services. We have opened case {T3} to address your issue.

The details of your case are as follows:

Case ID: {T3}
Subject: {T3_CASE_SUBJ}
Severity: General guidance
Correspondence: Hello, I accidentally created a second AWS Certification account when I registered for the Security Specialty exam. My candidate IDs are AWS 00938155 (original) and AWS 01377420 (new). Could these be merged so that everything is on one account?

To see all the details of your case, or to update it, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={T3}&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update the case, please use the above link.
"""
body = text(body_txt, charset='us-ascii', cte='7bit', quote_label=False)
add('console-case-opened-2022', 'case_created', T3, ['AWS00938155', 'AWS01377420'], True, 'en', hdrs, body)

# ---- 015 confirmation request, non-native English agent
t = utc(2022, 8, 16, 9, 51, 17)
hdrs, mid = std_aws('outlook', T3_USER, CONSOLE_FROM, T3_USER, T3_RE, t)
hdrs += ses_tail()
body_txt = f"""Hello Priya,

Greetings from Amazon Web Services!

Thank you for reaching out to us regarding the duplicate certification accounts. I have verified both the profiles and I can see they are belonging to you.

As per our process, we can merge the account AWS01377420 in to the account AWS00938155. After the merge the account AWS00938155 will be kept as your main account and AWS01377420 will be deactivated. All the certification and exam history will be moved to AWS00938155.

Kindly note that this action cannot be reverted once it is done.

Could you please confirm us that you are agree with the above so that we can proceed further? Kindly respond to this case from the Support Center with your confirmation.

""" + AWS_FOOTER_CONSOLE.format(agent='Mohammed Irfan', case=T3)
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('confirm-merge-nonnative-agent', 'merge_confirmation_requested', T3, ['AWS00938155', 'AWS01377420'], True, 'en', hdrs, body)

# ---- 016 chaser: no confirmation received yet (support_reply), no ids
t = utc(2022, 8, 19, 10, 3, 44)
hdrs, mid = std_aws('outlook', T3_USER, CONSOLE_FROM, T3_USER, T3_RE, t)
hdrs += ses_tail()
body_txt = f"""Hello Priya,

I am following up on my previous correspondence on this case. We are still waiting for your reply on the details I shared, and we are not able to take any action on your accounts until we hear back from you.

If you need more time, no problem, just let us know. Please note that if we do not receive any response within the next 3 business days, the case will be resolved automatically. You can always reopen it from the Support Center.

""" + AWS_FOOTER_CONSOLE.format(agent='Mohammed Irfan', case=T3)
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('chaser-awaiting-reply', 'support_reply', T3, [], True, 'en', hdrs, body)

# ---- 017 merge done AND case being resolved in the same mail -> merge_completed
t = utc(2022, 8, 22, 12, 30, 5)
hdrs, mid = std_aws('outlook', T3_USER, CONSOLE_FROM, T3_USER, T3_RE, t)
hdrs += ses_tail()
body_txt = f"""Hello Priya,

Thank you for your confirmation.

I am happy to inform you that I have merged AWS01377420 into AWS00938155. Your certifications, including the AWS Certified Security - Specialty you passed last month, are now visible on AWS00938155. The account AWS01377420 is no longer active.

Since your request is now complete, I will mark this case as resolved. If you notice anything missing on your transcript, you can reopen the case within 14 days.

""" + AWS_FOOTER_CONSOLE.format(agent='Mohammed Irfan', case=T3)
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('merged-and-resolving-case', 'merge_completed', T3, ['AWS00938155', 'AWS01377420'], True, 'en', hdrs, body)

# ---- 018 closure survey (plain text only)
t = utc(2022, 8, 22, 12, 41, 0)
hdrs, mid = std_aws('outlook', T3_USER, CONSOLE_FROM, T3_USER,
                    f"Case {T3} resolved - How was your AWS Support experience?", t)
hdrs += ses_tail()
body_txt = f"""Hello,

Your support case {T3} ("{T3_CASE_SUBJ}") has been resolved.

We'd like to know how we did. Please take a minute to answer two short questions:

  Was your issue resolved?  https://aws.amazon.com/survey/support?caseId={T3}&q=resolved
  How would you rate your experience with AWS Support?  https://aws.amazon.com/survey/support?caseId={T3}&q=csat

The survey will be available for 14 days. Your feedback helps us improve.

If your issue has not been resolved, you can reopen the case from the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={T3}&language=en

Thank you for using AWS Support.

Amazon Web Services
"""
body = text(body_txt, cte='7bit', charset='us-ascii')
add('resolved-csat-plaintext', 'survey', T3, [], True, 'en', hdrs, body)

# T4: English console case from 2019, 10-digit id, ISP that adds no Authentication-Results
T4 = '6398127450'
T4_USER = 'marco.bellini@libero.it'
T4_RE = f"RE:[CASE {T4}] Two AWS certification profiles"


def libero_trace(t, env):
    ip = R.choice(SES_IPS)
    rt = t + dt.timedelta(seconds=R.randint(2, 9))
    return [
        ('Return-Path', f"<{env}>"),
        ('Received', f"from mx-in-{R.randint(1, 9):02d}.libero.it ([10.{R.randint(1, 200)}.{R.randint(1, 200)}.{R.randint(1, 200)}])\n\tby imapmail-{R.randint(10, 99)}.libero.it with LMTP id {alnum(10)}\n\tfor <{T4_USER}>; {rfcdate(rt, dt.timezone(dt.timedelta(hours=2)))}"),
        ('Received', f"from {ses_host(ip)} ([{ip}])\n\tby smtp-in.libero.it with ESMTPS\n\tid {alnum(16, 'abcdefghijklmnopqrstuvwxyz0123456789')}; {rfcdate(rt, dt.timezone(dt.timedelta(hours=2)))}"),
        ('X-Libero-Spam-Score', '0.1'),
    ]


# ---- 019 done, worded as "consolidated" (no AR header -> null)
t = utc(2019, 6, 4, 16, 12, 40)
mid, env = ses_env(t)
hdrs = libero_trace(t, env) + [dkim_sig('amazon.com', 'taugkk4mkgbxuxxqi4hy2ceu7vjivhqu', t)]
hdrs += aws_hdrs(CONSOLE_FROM, T4_USER, T4_RE, t, mid)
body_txt = f"""Hello Marco,

Thanks for your patience while we looked into this.

Your two certification profiles have now been consolidated. The transcript that used to sit under AWS00577031 is displayed on AWS00212874, and the old profile has been retired. Your next recertification date has not changed.

From now on please sign in to the certification portal with the email address on AWS00212874.

""" + AWS_FOOTER_CONSOLE.format(agent='Jonathan P.', case=T4)
body = text(body_txt, cte='quoted-printable', charset='UTF-8', quote_label=False)
add('2019-profiles-consolidated-no-auth', 'merge_completed', T4, ['AWS00212874', 'AWS00577031'], None, 'en', hdrs, body)

# ---- 020 2019: identity check asked, "once the merge is complete" planned wording
t = utc(2019, 5, 30, 9, 58, 12)
mid, env = ses_env(t)
hdrs = libero_trace(t, env) + [dkim_sig('amazon.com', 'taugkk4mkgbxuxxqi4hy2ceu7vjivhqu', t)]
hdrs += aws_hdrs(CONSOLE_FROM, T4_USER, T4_RE, t, mid)
body_txt = f"""Hello Marco,

Thank you for contacting AWS Support.

I had a look at both profiles. The name on AWS00577031 is "Marco A. Bellini" while the name on AWS00212874 is "Marco Bellini", so before we go further I need to verify that both belong to you. Could you please reply with:

- your date of birth as registered on the accounts, and
- the city where you took your most recent exam.

Once the merge is complete you will receive an updated transcript, but we cannot start the process until the verification above is done.

""" + AWS_FOOTER_CONSOLE.format(agent='Jonathan P.', case=T4)
body = text(body_txt, cte='quoted-printable', charset='UTF-8', quote_label=False)
add('2019-identity-check-before-merge', 'support_reply', T4, ['AWS00212874', 'AWS00577031'], None, 'en', hdrs, body)

# T5: Japanese form case, Gmail (Japanese UI) mailbox (2025-09)
T5_OPEN = utc(2025, 9, 15, 23, 48, 55)
T5 = case15(T5_OPEN, 3318)
T5_USER = 'kenichi.tanaka.0412@gmail.com'
T5_TO = enc_name('田中 健一', T5_USER)
T5_SUBJ = f"RE:[CASE {T5}] {FORM_SUBJ}"

# ---- 021 form acknowledgement in Japanese, HTML only, base64
t = T5_OPEN + dt.timedelta(seconds=37)
hdrs, mid = std_aws('gmail', T5_USER, FORM_FROM, T5_TO, f"[CASE {T5}] {FORM_SUBJ}", t)
hdrs += ses_tail()
inner = f"""<p>田中 健一 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。<br>
お問い合わせを受け付け、ケース番号 <b>{T5}</b> を発行いたしました。</p>
<p>内容を確認のうえ、通常 24 時間以内に担当者よりご連絡いたします。<br>
追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。同じ内容で新たにお問い合わせを作成されますと、対応が遅れる場合がございますのでご注意ください。</p>
<table style="border-collapse:collapse;font-size:13px;">
<tr><td style="padding:4px 12px;background:#f2f3f3;">お問い合わせの種類</td><td style="padding:4px 12px;">認定 / アカウントの統合</td></tr>
<tr><td style="padding:4px 12px;background:#f2f3f3;">AWS 候補者 ID</td><td style="padding:4px 12px;">AWS15520938</td></tr>
<tr><td style="padding:4px 12px;background:#f2f3f3;">メールアドレス</td><td style="padding:4px 12px;">{T5_USER}</td></tr>
</table>
<p>AWS トレーニングと認定</p>"""
body = text(html_wrap(inner), 'html', cte='base64')
add('ja-form-ack-html-only', 'case_created', T5, ['AWS15520938'], True, 'ja', hdrs, body)

# ---- 022 agent asks which to keep (ja); cp932 bytes labelled Shift_JIS (wrong label)
t = utc(2025, 9, 16, 23, 5, 12)
hdrs, mid = std_aws('gmail', T5_USER, FORM_FROM, T5_TO, T5_SUBJ, t)
hdrs += ses_tail()
body_022 = f"""田中 健一 様

AWS トレーニングと認定サポートの小林と申します。
お問い合わせいただき、ありがとうございます。

お調べしましたところ、田中様のお名前で AWS15520938 と AWS18833047 の 2 つの認定アカウントが確認できました。
統合の手続きを進めるにあたり、恐れ入りますが以下の点をお知らせいただけますでしょうか。

① 存続させるアカウント（統合後も引き続きご利用になるアカウント）はどちらになさいますか。
② それぞれのアカウントにサインインする際のメールアドレス

上記をご返信いただき次第、内容を確認のうえ改めてご案内いたします。
お手数をおかけいたしますが、よろしくお願いいたします。

小林
AWS トレーニングと認定
"""
body = text(body_022, charset='cp932', cte='base64', label='Shift_JIS', quote_label=False)
add('ja-asks-which-to-keep-cp932-mislabel', 'support_reply', T5, ['AWS15520938', 'AWS18833047'], True, 'ja', hdrs, body)

# ---- 023 confirmation request (ja) with side note on voucher; quotes user's Gmail-ja reply
t_u = utc(2025, 9, 17, 1, 15, 40)
user_reply = f"""小林様

ご連絡ありがとうございます。

① AWS15520938 を残したいです。
② AWS15520938: {T5_USER}
   AWS18833047: k-tanaka@example-sier.co.jp

あと、AWS18833047 の方に 50% 割引バウチャーが残っているはずですが、統合後も使えますか？

田中

{jp_quote(body_022, 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', utc(2025, 9, 16, 23, 5, 12))}
"""
t = utc(2025, 9, 17, 6, 40, 2)
hdrs, mid = std_aws('gmail', T5_USER, FORM_FROM, T5_TO, T5_SUBJ, t)
hdrs += ses_tail()
body_txt = f"""田中 健一 様

AWS トレーニングと認定サポートの小林でございます。
早速ご返信いただき、ありがとうございます。

いただいた内容をもとに、以下のとおり統合を実施したいと存じます。

　・AWS18833047（k-tanaka@example-sier.co.jp）の認定資格と受験履歴を AWS15520938 へ移行
　・移行後、AWS18833047 は無効化
　・AWS15520938（{T5_USER}）を引き続きご利用いただく

統合は一度行うと取り消しができません。上記の内容でよろしければ、本メールに「統合に同意します」とご返信ください。ご返信を確認してから作業を開始いたします。

なお、お尋ねの 50% 割引バウチャーにつきましては、統合後も有効期限まで AWS15520938 の特典ページからご利用いただけます。

よろしくお願いいたします。

小林
AWS トレーニングと認定

--------------- Original Message ---------------
From: 田中健一 [{T5_USER}]
Sent: 9/17/2025 1:15 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: {T5_SUBJ}

{user_reply}"""
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('ja-confirm-merge-voucher-side-note', 'merge_confirmation_requested', T5, ['AWS15520938', 'AWS18833047'], True, 'ja', hdrs, body)

# ---- 024 merge completed (ja), only the survivor id in the new text; nested quote holds both
agent_023_short = f"""田中 健一 様

　・AWS18833047 の認定資格と受験履歴を AWS15520938 へ移行
　・移行後、AWS18833047 は無効化

上記の内容でよろしければ、本メールに「統合に同意します」とご返信ください。"""
user_ok = "小林様\n\n統合に同意します。よろしくお願いします。\n\n田中\n\n" + jp_quote(agent_023_short, 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', utc(2025, 9, 17, 6, 40, 2))
t = utc(2025, 9, 19, 2, 22, 19)
hdrs, mid = std_aws('gmail', T5_USER, FORM_FROM, T5_TO,
                    enc_subject(f"RE:[CASE {T5}] {FORM_SUBJ} 【統合完了のお知らせ】", 'iso-2022-jp'), t)
hdrs += ses_tail()
body_txt = f"""田中 健一 様

AWS トレーニングと認定サポートの小林でございます。
大変お待たせいたしました。ご依頼のアカウント統合の処理が本日完了いたしました。

今後は AWS15520938 にサインインのうえ、認定資格・受験履歴・特典をご確認ください。

Credly のデジタルバッジにつきましては別途移行手続きを行っており、最大 5 営業日ほどで Credly から受け取りのご案内メールが届く予定です。届きましたら「Accept」を選択してバッジを受け取ってください。

今回のお問い合わせについて、ご不明な点がございましたら本メールにご返信ください。

小林
AWS トレーニングと認定

--------------- Original Message ---------------
From: 田中健一 [{T5_USER}]
Sent: 9/17/2025 8:03 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: {T5_SUBJ}

{user_ok}
"""
body = text(body_txt, charset='iso-2022-jp', cte='7bit')
add('ja-merge-done-credly-pending', 'merge_completed', T5, ['AWS15520938'], True, 'ja', hdrs, body)

# ---- 025 Credly: badges moved after merge (issued again, ready to accept)
t = utc(2025, 9, 22, 14, 2, 51)
cred_env = f"bounces+{R.randint(1000000, 9999999)}-{hexr(4)}-kenichi.tanaka.0412=gmail.com@em.credly.com"
hdrs = gmail_trace(T5_USER, t, cred_env, '149.72.%d.%d' % (R.randint(100, 200), R.randint(2, 250)), 'o2.em.credly.com', 'credly.com',
                   [('credly.com', 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')], dmarc='pass',
                   dmarc_pol='p=REJECT sp=REJECT dis=NONE')
hdrs.append(dkim_sig('credly.com', 's1', t, hlist='from:subject:mime-version:content-type:to', canon='relaxed/relaxed'))
hdrs += [('Date', rfcdate(t)), ('From', '"Credly" <admin@credly.com>'),
         ('To', T5_USER), ('Message-ID', f"<{hexr(24)}_{R.randint(100000, 999999)}@credly-mailer-{R.randint(1, 9)}.mail>"),
         ('Subject', "Your Amazon Web Services badges have been moved to this account - accept them now"),
         ('MIME-Version', '1.0')]
body_txt = f"""Hi Kenichi,

Amazon Web Services Training and Certification has updated your certification records, and the following badges have been issued to {T5_USER}:

  * AWS Certified Solutions Architect - Associate
  * AWS Certified Cloud Practitioner

Accept your badges: https://www.credly.com/earner/earned/pending

Badges that were previously issued to your other email address have been revoked by the issuer and replaced by the ones above.

Thanks,
The Credly Team
"""
html_ = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;">
<p>Hi Kenichi,</p>
<p>Amazon Web Services Training and Certification has updated your certification records, and the following badges have been issued to {T5_USER}:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned/pending" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none;">Accept your badges</a></p>
<p>Badges that were previously issued to your other email address have been revoked by the issuer and replaced by the ones above.</p>
<p>Thanks,<br>The Credly Team</p></body></html>"""
body = multi('alternative', text(body_txt, cte='7bit', charset='us-ascii'), text(html_, 'html', cte='quoted-printable'),
             boundary=hexr(32))
add('credly-badges-moved-accept', 'credly_badge_issued', None, [], True, 'en', hdrs, body)

# T6: English form case, three accounts, user on Microsoft 365 (2025-11);
#     duplicate second case, partial merge because of a pending exam
T6_OPEN = utc(2025, 11, 3, 8, 5, 12)
T6 = case15(T6_OPEN, 90071)
T6B_OPEN = utc(2025, 11, 4, 7, 55, 40)
T6B = case15(T6B_OPEN, 12450)
T6_USER = 'lena.hoffmann@kaltwerk-systems.de'
T6_TO = f'"Hoffmann, Lena" <{T6_USER}>'
T6_SUBJ = f"RE: [CASE {T6}] {FORM_SUBJ}"
AG6 = "Svetlana K.\nAWS Training and Certification Customer Support"

# ---- 026 acknowledgement of the duplicate (second) case
t = T6B_OPEN + dt.timedelta(seconds=52)
hdrs, mid = std_aws('outlook', T6_USER, FORM_FROM, T6_TO, f"[CASE {T6B}] {FORM_SUBJ}", t)
hdrs += ses_tail()
body_txt = f"""Hello,

Thank you for contacting AWS Training and Certification. We have received your request and opened case {T6B}. Our team will get back to you, usually within 24 hours.

If you have already contacted us about this issue, there is no need to submit the form again: replying to the earlier case email keeps all the information in one place and helps us respond faster.

Regards,
AWS Training and Certification
"""
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('duplicate-case-ack', 'case_created', T6B, [], True, 'en', hdrs, body)

# ---- 027 agent: two cases noticed, continuing here, asks login e-mail for one account
user_msg = f"""Hello,

Sorry, I think I opened a second case ({T6B}) by mistake because I did not see your first email.

To summarise, I have three certification accounts:
AWS22019384 - this is my main account, please keep this one
AWS09127756 - created by my previous employer's training portal
AWS13370045 - not sure where this one came from

Best regards
Lena Hoffmann
Senior Cloud Engineer | Kaltwerk Systems GmbH

{outlook_quote("Hello," + chr(10) + chr(10) + "Thank you for contacting AWS Training and Certification. We have received your request and opened case " + T6 + ".", 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', T6_OPEN + dt.timedelta(seconds=40), 'Hoffmann, Lena <' + T6_USER + '>', '[CASE ' + T6 + '] ' + FORM_SUBJ)}
"""
t = utc(2025, 11, 4, 13, 12, 9)
hdrs, mid = std_aws('outlook', T6_USER, FORM_FROM, T6_TO, T6_SUBJ, t)
hdrs += ses_tail()
body_txt = f"""Hello Lena,

Thank you for your message.

I see that the same request was submitted twice, under case {T6} and case {T6B}. To avoid confusion I have closed case {T6B}, and we will continue only on this case. Please do not open new cases for this request; just reply to this email.

I could find two of the accounts without problem. For AWS13370045 however the e-mail address on the profile does not match any address you have given us. Could you please tell us which e-mail address you used to sign in to AWS13370045? If you cannot remember, the name of the company or testing center where you took the exam is also helpful.

Best regards,
{AG6}

--------------- Original Message ---------------
From: Hoffmann, Lena [{T6_USER}]
Sent: 11/4/2025 8:58 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: [CASE {T6}] {FORM_SUBJ}

{user_msg}"""
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('two-cases-noticed-asks-login-email', 'support_reply', T6, ['AWS13370045'], True, 'en', hdrs, body)

# ---- 028 denied for one account (pending exam) + asks how to proceed (options, not a confirmation)
t = utc(2025, 11, 6, 10, 40, 55)
hdrs, mid = std_aws('outlook', T6_USER, FORM_FROM, T6_TO, T6_SUBJ, t)
hdrs += ses_tail()
body_txt = f"""Hello Lena,

Thank you for the additional information, with it we could locate all three accounts.

Unfortunately we are not able to merge AWS09127756 at this moment. There is an exam appointment scheduled on that account for 4 December 2025 (AWS Certified Machine Learning Engineer - Associate), and accounts with an open appointment cannot be merged. This is a system restriction and we cannot override it. After the exam has been taken and the score is released, the account can be merged normally.

AWS13370045 has no such restriction.

How would you like to go on? The two options are:

a) we handle AWS13370045 now and AWS09127756 later, after your exam; or
b) we wait and do both accounts together after your exam result is available.

Please let me know which option you prefer. Nothing will be changed on your accounts until you decide.

Best regards,
{AG6}
"""
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('cannot-merge-one-pending-exam-options', 'support_reply', T6, ['AWS09127756', 'AWS13370045'], True, 'en', hdrs, body)

# ---- 029 confirmation request for the partial merge, with conditional follow-up wording
t = utc(2025, 11, 7, 9, 2, 31)
hdrs, mid = std_aws('outlook', T6_USER, FORM_FROM, T6_TO, T6_SUBJ, t)
hdrs += ses_tail()
body_txt = f"""Hello Lena,

Thank you for choosing option a).

Before we submit anything, please review the following carefully:

    Source account: AWS13370045 - will be merged and then closed
    Target account: AWS22019384 - will remain, and will receive all certifications from the source account

This change is permanent and cannot be undone.

If this is correct, please reply with "I confirm" and we will process the merge. Once the merge is complete, I will let you know, and after your exam in December we will contact you again about AWS09127756 (we will ask for your confirmation separately at that time).

Best regards,
{AG6}
"""
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('confirm-partial-merge-source-target', 'merge_confirmation_requested', T6,
    ['AWS09127756', 'AWS13370045', 'AWS22019384'], True, 'en', hdrs, body)

# ---- 030 partial merge done (one of two), the other deferred; "-----Original Message-----" history
t = utc(2025, 11, 10, 15, 18, 2)
hdrs, mid = std_aws('outlook', T6_USER, FORM_FROM, T6_TO, T6_SUBJ, t)
hdrs += ses_tail()
body_txt = f"""Hello Lena,

Quick update: AWS13370045 has now been merged into AWS22019384. You should see the AWS Certified Cloud Practitioner from that account on your main transcript already.

As agreed, AWS09127756 is untouched for now. Please go ahead with your exam on 4 December; when your result is published, reply to this email and we will prepare the second merge with you.

Best regards,
{AG6}

-----Original Message-----
From: Hoffmann, Lena <{T6_USER}>
Sent: Friday, November 7, 2025 11:47 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: [CASE {T6}] {FORM_SUBJ}

I confirm.

Lena

> Source account: AWS13370045 - will be merged and then closed
> Target account: AWS22019384 - will remain
"""
body = text(body_txt, cte='quoted-printable')
add('partial-merge-done-second-deferred', 'merge_completed', T6,
    ['AWS09127756', 'AWS13370045', 'AWS22019384'], True, 'en', hdrs, body, crlf=True)

# ---- 031 closure + survey for the duplicate case
t = utc(2025, 11, 4, 13, 14, 30)
hdrs, mid = std_aws('outlook', T6_USER, FORM_FROM, T6_TO,
                    f"[CASE {T6B}] Your case has been closed - Was your issue resolved?", t)
hdrs += ses_tail()
body_txt = f"""Hello,

Case {T6B} has been closed.

(Note from the agent: this case was a duplicate; your request is being handled in case {T6}.)

We'd love to hear about your experience. Was your issue resolved?

   YES -> https://survey.aws-tc.amazon.com/s/csat?c={T6B}&r=yes
   NO  -> https://survey.aws-tc.amazon.com/s/csat?c={T6B}&r=no

On a scale of 1 to 5, how satisfied were you with the support you received?
   https://survey.aws-tc.amazon.com/s/csat?c={T6B}&s=rate

Thank you,
AWS Training and Certification
"""
body = text(body_txt, cte='7bit', charset='us-ascii')
add('duplicate-case-closed-survey', 'survey', T6B, [], True, 'en', hdrs, body)

# T7: English console case, Gmail (2024-08); phishing look-alikes around it; Credly follow-up
T7_OPEN = utc(2024, 8, 12, 18, 22, 5)
T7 = case15(T7_OPEN, 55102)
T7_USER = 'kwame.mensah.gh@gmail.com'
T7_TO = T7_USER
T7_CASE_SUBJ = 'Certification account merge request'
T7_RE = f"RE:[CASE {T7}] {T7_CASE_SUBJ}"
AG7 = 'Elena V.'

# ---- 032 console case opened
t = T7_OPEN + dt.timedelta(seconds=11)
hdrs, mid = std_aws('gmail', T7_USER, CONSOLE_FROM, T7_TO,
                    f"Amazon Web Services: You have opened a new Support case: {T7}", t)
hdrs += ses_tail()
body_txt = f"""Thank you for contacting Amazon Web Services. We have opened case {T7} to address your issue.

Case ID: {T7}
Subject: {T7_CASE_SUBJ}
Severity: General guidance
Correspondence: Hi team, I have two AWS Certification accounts: AWS-06650192 (personal, older) and AWS-19984410 (created through my employer last year). I would like everything to be on AWS-06650192. Thanks, Kwame

To see all the details of your case, or to update it, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={T7}&language=en

Best regards,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('console-case-opened-dashed-ids', 'case_created', T7, ['AWS06650192', 'AWS19984410'], True, 'en', hdrs, body)

# ---- 033 PHISHING look-alike domain asking to confirm the merge (reversed direction) -> false
t = utc(2024, 8, 13, 2, 41, 19)
ph_env = 'bounce-7731@mail.aws-certification-desk.com'
hdrs = gmail_trace(T7_USER, t, ph_env, '185.231.68.%d' % R.randint(2, 250), 'mail.aws-certification-desk.com',
                   'aws-certification-desk.com', [('aws-certification-desk.com', 'default', 'pass')], dmarc='pass',
                   dmarc_pol='p=NONE sp=NONE dis=NONE')
hdrs.append(dkim_sig('aws-certification-desk.com', 'default', t, canon='relaxed/relaxed'))
hdrs += [('Date', rfcdate(t)), ('From', '"AWS Certification Support" <support@aws-certification-desk.com>'),
         ('To', T7_USER), ('Message-ID', f"<{hexr(20)}@aws-certification-desk.com>"),
         ('Subject', f"Action required: confirm your account merge [Case 172348779100917]"),
         ('Reply-To', 'verify@aws-certification-desk.com'), ('MIME-Version', '1.0')]
body_txt = """Dear Candidate,

We received a request to merge your AWS Certification accounts (Case 172348779100917).

Account to merge: AWS06650192
Account to keep: AWS19984410

To complete the process you must confirm the merge and verify your identity within 24 hours. If you do not confirm, both accounts will be suspended and your certifications will be revoked.

Confirm merge: https://aws-certification-desk.com/merge/confirm?token=8f1c0b2e

Thank you,
AWS Certification Support Team
"""
body = multi('alternative', text(body_txt, cte='7bit', charset='us-ascii'),
             text(f"<html><body>{p2html(body_txt)}</body></html>", 'html', cte='7bit', charset='us-ascii'),
             boundary='=_NextPart_' + hexr(10))
add('phish-lookalike-confirm-merge', 'merge_confirmation_requested', '172348779100917',
    ['AWS06650192', 'AWS19984410'], False, 'en', hdrs, body)

# ---- 034 genuine confirmation request, HTML-only template
t = utc(2024, 8, 13, 16, 7, 45)
hdrs, mid = std_aws('gmail', T7_USER, CONSOLE_FROM, T7_TO, T7_RE, t)
hdrs += ses_tail()
inner = f"""<p>Hello Kwame,</p>
<p>Thank you for contacting AWS Training and Certification support. I have reviewed both profiles and I am ready to submit the merge on your behalf. Before I do, I'd like you to double-check what will happen:</p>
<table style="border:1px solid #d5dbdb;border-collapse:collapse;font-size:14px;">
<tr><td style="padding:6px 12px;border:1px solid #d5dbdb;"><b>Source account (will be closed)</b></td><td style="padding:6px 12px;border:1px solid #d5dbdb;">AWS19984410</td></tr>
<tr><td style="padding:6px 12px;border:1px solid #d5dbdb;"><b>Destination account (will remain)</b></td><td style="padding:6px 12px;border:1px solid #d5dbdb;">AWS06650192</td></tr>
</table>
<p>All certifications, exam history and benefits of the source account will move to the destination account. This cannot be reversed afterwards.</p>
<p>If everything looks right, please reply to this case in the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={T7}&amp;language=en">Support Center</a> with &quot;Yes, please merge&quot;. If you would rather keep AWS19984410 instead, just tell me and I will adjust the request.</p>
<p>We value your feedback. Please share your experience by rating this correspondence in the AWS Support Center.</p>
<p>Best regards,<br>{AG7}<br>Amazon Web Services</p>"""
body = text(html_wrap(inner), 'html', cte='quoted-printable')
add('confirm-merge-html-only-table', 'merge_confirmation_requested', T7, ['AWS06650192', 'AWS19984410'], True, 'en', hdrs, body)

# ---- 035 status update: escalated, explicitly NOT done yet
t = utc(2024, 8, 15, 9, 30, 12)
hdrs, mid = std_aws('gmail', T7_USER, CONSOLE_FROM, T7_TO, T7_RE, t)
hdrs += ses_tail()
body_txt = f"""Hello Kwame,

Thanks for your confirmation, and for your patience.

I wanted to give you a quick status update. Your request is with our certification operations team, who carry out the actual merge. I checked with them this morning: the merge has not been completed yet, as they are working through a backlog this week. Requests like yours typically take 3-5 business days from confirmation.

You don't need to do anything right now. I'll update this case as soon as the team tells me it's finished.

""" + AWS_FOOTER_CONSOLE.format(agent=AG7, case=T7)
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('status-update-not-yet-merged', 'support_reply', T7, [], True, 'en', hdrs, body)

# ---- 036 PHISHING spoofing amazon.com: "merged" + credential harvesting; top AR dmarc=fail,
#          a forged AR lower down claims pass -> false
t = utc(2024, 8, 16, 4, 12, 33)
ph_env = 'noreply@srv4.mailrelay-eu.top'
ip = '45.146.%d.%d' % (R.randint(1, 250), R.randint(2, 250))
hdrs = gmail_trace(T7_USER, t, ph_env, ip, 'srv4.mailrelay-eu.top', 'amazon.com', [], spf='pass', dmarc='fail',
                   dmarc_pol='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE')
hdrs += [('Received', f"from localhost (unknown [10.0.0.12])\n\tby srv4.mailrelay-eu.top (Postfix) with ESMTPA id 4F2A11C0B3\n\tfor <{T7_USER}>; {rfcdate(t)}"),
         ('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'),
         ('Date', rfcdate(t)), ('From', '"Amazon Web Services" <no-reply-aws@amazon.com>'), ('To', T7_USER),
         ('Message-ID', f"<{hexr(16)}.{R.randint(1000, 9999)}@srv4.mailrelay-eu.top>"),
         ('Subject', "Your AWS Certification accounts have been merged - verification required"),
         ('MIME-Version', '1.0')]
body_html = """<html><body style="font-family:Arial;">
<p>Hello,</p>
<p>Your AWS Certification accounts have been merged successfully. Your active candidate ID is now <b>AWS06650192</b>.</p>
<p>Due to a security update, you must re-validate your candidate profile within <b>48 hours</b>, otherwise the merged account will be locked and your certifications will not be visible to employers.</p>
<p><a href="http://aws-certmetrics-login.net/validate">Validate my profile</a></p>
<p>Amazon Web Services Training and Certification</p>
</body></html>"""
body = text(body_html, 'html', cte='base64')
add('phish-spoofed-merged-dmarc-fail', 'merge_completed', None, ['AWS06650192'], False, 'en', hdrs, body)

# ---- 037 genuine completion; who acts on Credly is left to the user (side note)
t = utc(2024, 8, 19, 20, 55, 8)
hdrs, mid = std_aws('gmail', T7_USER, CONSOLE_FROM, T7_TO, T7_RE, t)
hdrs += ses_tail()
body_txt = f"""Hello Kwame,

Good news - the operations team has finished the consolidation. Everything that was on your employer-created account now lives on AWS06650192, and the other account has been closed. Please use the email address of AWS06650192 to sign in from now on.

One thing to be aware of: badges on the Credly profile linked to the closed account are not moved automatically. If you want, we can ask Credly to transfer them; just let us know through the Support Center. Alternatively you can keep both Credly profiles, nothing else depends on it.

""" + AWS_FOOTER_CONSOLE.format(agent=AG7, case=T7)
body = multi('alternative', text(body_txt, cte='base64'),
             text(html_wrap(p2html(body_txt)), 'html', cte='base64'), boundary=javamail_boundary())
add('consolidation-finished-credly-optional', 'merge_completed', T7, ['AWS06650192'], True, 'en', hdrs, body)

# ---- 038 support will ask Credly (planned, someone else acts)
t = utc(2024, 8, 20, 15, 1, 40)
hdrs, mid = std_aws('gmail', T7_USER, CONSOLE_FROM, T7_TO, T7_RE, t)
hdrs += ses_tail()
body_txt = f"""Hello Kwame,

Thank you for letting us know that you'd like your badges moved as well.

I have passed the request to our Credly contact. They will reissue your badges to the Credly profile of your remaining account and you will get the usual emails from Credly when that happens; you will need to accept the badges there yourself. This is usually done within five business days.

I'll keep this case open until then. If the Credly emails have not arrived by 28 August, please update the case.

""" + AWS_FOOTER_CONSOLE.format(agent=AG7, case=T7)
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('credly-transfer-requested-will-follow', 'support_reply', T7, [], True, 'en', hdrs, body)

# Credly helpers for T7


def credly_hdrs(rcpt, t, subject, frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'):
    env = f"bounces+{R.randint(1000000, 9999999)}-{hexr(4)}-{rcpt.replace('@', '=')}@em.credly.com"
    h = gmail_trace(rcpt, t, env, '149.72.%d.%d' % (R.randint(100, 200), R.randint(2, 250)), f'o{R.randint(1, 9)}.em.credly.com',
                    'credly.com', [('credly.com', 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')], dmarc='pass',
                    dmarc_pol='p=REJECT sp=REJECT dis=NONE')
    h.append(dkim_sig('credly.com', 's1', t, hlist='from:subject:mime-version:content-type:to', canon='relaxed/relaxed'))
    h += [('Date', rfcdate(t)), ('From', frm), ('To', rcpt),
          ('Message-ID', f"<{hexr(24)}_{R.randint(100000, 999999)}@credly-mailer-{R.randint(1, 9)}.mail>"),
          ('Subject', subject), ('MIME-Version', '1.0')]
    return h


# ---- 039 Credly reminder: badges waiting to be accepted (counts as ready to accept)
t = utc(2024, 8, 26, 13, 30, 2)
hdrs = credly_hdrs(T7_USER, t, "Reminder: You have 2 badges waiting to be accepted")
body_txt = """Hi Kwame,

Amazon Web Services Training and Certification issued you 2 badges that you haven't accepted yet:

  - AWS Certified Solutions Architect - Professional
  - AWS Certified DevOps Engineer - Professional

Accept your badges to start sharing them: https://www.credly.com/earner/earned/pending

Credly, Inc.
"""
body = multi('alternative', text(body_txt, cte='7bit', charset='us-ascii'),
             text(f"<html><body>{p2html(body_txt)}</body></html>", 'html', cte='quoted-printable'), boundary=hexr(32))
add('credly-reminder-pending-badges', 'credly_badge_issued', None, [], True, 'en', hdrs, body)

# ---- 040 Credly badge expiry reminder -> unrelated (genuine Credly)
t = utc(2024, 9, 30, 13, 0, 41)
hdrs = credly_hdrs(T7_USER, t, "Your AWS Certified Cloud Practitioner badge expires in 30 days",
                   frm='"Credly" <admin@credly.com>')
body_txt = f"""Hi Kwame,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on October 30, 2024.

To keep your credential active, please review the recertification requirements from the issuer:
https://aws.amazon.com/certification/recertification/

Badge validation number: {alnum(16)}

You can manage your notification preferences at https://www.credly.com/notification_settings
"""
body = text(body_txt, cte='quoted-printable')
add('credly-badge-expiry-reminder', 'unrelated', None, [], True, 'en', hdrs, body)

# ---- 041 closure survey for T7, mentions merge only as the case subject
t = utc(2024, 8, 29, 3, 10, 15)
hdrs, mid = std_aws('gmail', T7_USER, CONSOLE_FROM, T7_TO,
                    f"Amazon Web Services: Your Support case {T7} has been resolved", t)
hdrs += ses_tail()
body_txt = f"""Hello,

Your AWS Support case {T7} ("{T7_CASE_SUBJ}") has been marked as resolved because no further correspondence was received.

How did we do? Tell us about your experience - it takes less than a minute:
https://console.aws.amazon.com/support/feedback?caseId={T7}

Was your issue resolved?  Yes: https://console.aws.amazon.com/support/feedback?caseId={T7}&resolved=yes   No: https://console.aws.amazon.com/support/feedback?caseId={T7}&resolved=no

If you need further assistance, you can reopen this case from the Support Center within 14 days.

Amazon Web Services
"""
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('console-case-resolved-feedback', 'survey', T7, [], True, 'en', hdrs, body)

# T8: Japanese console case, So-net mailbox (2024-12); ja phishing look-alike
T8_OPEN = utc(2024, 12, 2, 5, 40, 10)
T8 = case15(T8_OPEN, 8842)
T8_USER = 'yoko-suzuki@ab.so-net.ne.jp'
T8_TO = enc_name('鈴木 陽子', T8_USER, 'iso-2022-jp')
T8_CASE_SUBJ = '認定アカウント重複の件'
T8_RE = enc_subject(f"RE:[CASE {T8}] {T8_CASE_SUBJ}", 'iso-2022-jp')
SONET = 'mx.so-net.ne.jp (mx-ab{0}.so-net.ne.jp)'.format(R.randint(10, 40))

# ---- 042 console case opened (ja), HTML only
t = T8_OPEN + dt.timedelta(seconds=8)
hdrs, mid = std_aws('jp', T8_USER, CONSOLE_FROM, T8_TO,
                    enc_subject(f"Amazon Web Services: 新しいサポートケースがオープンされました: {T8}", 'utf-8'), t,
                    jp_provider=SONET)
hdrs += ses_tail()
inner = f"""<p>Amazon Web Services へのお問い合わせありがとうございます。お客様の問題に対応するため、ケース {T8} をオープンしました。</p>
<table style="font-size:13px;">
<tr><td><b>ケース ID:</b></td><td>{T8}</td></tr>
<tr><td><b>件名:</b></td><td>{T8_CASE_SUBJ}</td></tr>
<tr><td><b>重要度:</b></td><td>一般的なガイダンス</td></tr>
<tr><td valign="top"><b>お問い合わせ内容:</b></td><td>AWS認定のアカウントが重複して作成されてしまいました。1つにまとめたいのですが、手続きを教えてください。</td></tr>
</table>
<p>ケースの詳細の確認や更新は <a href="https://console.aws.amazon.com/support/home#/case/?displayId={T8}&amp;language=ja">AWS サポートセンター</a> から行ってください。</p>
<p>よろしくお願いいたします。<br>Amazon Web Services</p>"""
body = text(html_wrap(inner), 'html', cte='base64')
add('ja-console-opened-html-only', 'case_created', T8, [], True, 'ja', hdrs, body)

# ---- 043 agent asks for the sign-in e-mail of each account (ja)
t = utc(2024, 12, 3, 1, 18, 27)
hdrs, mid = std_aws('jp', T8_USER, CONSOLE_FROM, T8_TO, T8_RE, t, jp_provider=SONET)
hdrs += ses_tail()
body_txt = f"""鈴木 陽子 様

Amazon Web Services サポートの中村と申します。
お問い合わせいただき、誠にありがとうございます。

鈴木様のお名前で、AWS12098334 および AWS03391876 の 2 つの認定アカウントを確認いたしました。
お手続きを進めるため、恐れ入りますが、それぞれのアカウントにサインインする際にご利用のメールアドレスをお知らせいただけますでしょうか。
あわせて、統合後に引き続きご利用になるアカウントがどちらかもご教示いただけますと幸いです。

ご返信は、サポートセンターの本ケースよりお願いいたします。

中村
Amazon Web Services

""" + JA_CONSOLE_FOOTER.format(case=T8)
body = text(body_txt, charset='iso-2022-jp', cte='7bit')
add('ja-asks-login-emails', 'support_reply', T8, ['AWS03391876', 'AWS12098334'], True, 'ja', hdrs, body)

# ---- 044 PHISHING (ja) spoofing amazon.com, asks to confirm merge; So-net AR dmarc=fail -> false
t = utc(2024, 12, 4, 11, 2, 0)
ip = '103.%d.%d.%d' % (R.randint(10, 250), R.randint(1, 250), R.randint(2, 250))
hdrs = jp_trace(SONET, T8_USER, t, 'info@kyoto-shiten-mail.xyz', ip, 'mail.kyoto-shiten-mail.xyz',
                "spf=pass smtp.mailfrom=kyoto-shiten-mail.xyz;\n\tdkim=none;\n\tdmarc=fail (p=QUARANTINE) header.from=amazon.com")
hdrs += [('Date', rfcdate(t, JST)), ('From', enc_name('AWS認定 事務局', 'no-reply-aws@amazon.com', 'iso-2022-jp')),
         ('To', T8_USER), ('Message-ID', f"<{hexr(18)}@kyoto-shiten-mail.xyz>"),
         ('Subject', enc_subject('【重要】AWS認定アカウント統合のご確認（24時間以内に要対応）', 'iso-2022-jp')),
         ('X-Mailer', 'Microsoft Outlook 16.0'), ('MIME-Version', '1.0')]
body_txt = """鈴木 陽子 様

AWS認定アカウントの統合リクエストを受け付けました。

　統合元: AWS12098334
　統合先: AWS03391876

上記の内容で統合を実行してよろしいですか？
24時間以内に下記リンクよりログインし、統合をご承認ください。承認がない場合、両方のアカウントが停止されます。

https://aws-nintei-kakunin.com/login?id=3391876

AWS認定 事務局
"""
body = text(body_txt, charset='iso-2022-jp', cte='7bit')
add('ja-phish-confirm-merge-dmarc-fail', 'merge_confirmation_requested', None, ['AWS03391876', 'AWS12098334'], False, 'ja', hdrs, body)

# ---- 045 merge done (ja) + a question about another matter (voucher reissue)
t = utc(2024, 12, 6, 7, 45, 51)
hdrs, mid = std_aws('jp', T8_USER, CONSOLE_FROM, T8_TO, T8_RE, t, jp_provider=SONET)
hdrs += ses_tail()
body_txt = f"""鈴木 陽子 様

Amazon Web Services サポートの中村でございます。
お待たせいたしました。AWS03391876 を AWS12098334 へ統合いたしました。今後は AWS12098334 にサインインしてご利用ください。

なお、以前お伺いしていた受験バウチャーの再発行の件につきまして、統合後のアカウントに有効なバウチャーが表示されていない場合は再発行いたしますので、引き続き再発行が必要かどうかお知らせいただけますでしょうか。

中村
Amazon Web Services

""" + JA_CONSOLE_FOOTER.format(case=T8)
body = multi('alternative', text(body_txt, cte='quoted-printable', charset='utf-8'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('ja-merged-asks-about-voucher', 'merge_completed', T8, ['AWS03391876', 'AWS12098334'], True, 'ja', hdrs, body)

# ---- 046 closure survey (ja), Shift_JIS quoted-printable
t = utc(2024, 12, 10, 2, 0, 4)
hdrs, mid = std_aws('jp', T8_USER, CONSOLE_FROM, T8_TO,
                    enc_words(f"ケース {T8} のサポートについてご意見をお聞かせください", 'Shift_JIS', enc='Q', chunk=18), t, jp_provider=SONET)
hdrs += ses_tail()
body_txt = f"""鈴木 陽子 様

AWS サポートをご利用いただき、ありがとうございました。
ケース {T8}（{T8_CASE_SUBJ}）は解決済みとしてクローズされました。

今回のサポートについて、ご評価をお願いいたします。

■ 問題は解決しましたか？
　はい → https://survey.support.aws.amazon.com/s?c={T8}&r=1
　いいえ → https://survey.support.aws.amazon.com/s?c={T8}&r=0

■ 担当者の対応に満足しましたか？（5 段階）
　https://survey.support.aws.amazon.com/s?c={T8}&rate

ケースを再開される場合は、14 日以内にサポートセンターからご返信ください。

Amazon Web Services
"""
body = text(body_txt, charset='shift_jis', cte='quoted-printable', label='shift_jis')
add('ja-closed-rate-sjis-qp', 'survey', T8, [], True, 'ja', hdrs, body)

# ================================================ unrelated look-alikes
# ---- 047 billing case (other AWS case) with a merge side note -> unrelated
B1_OPEN = utc(2025, 5, 20, 17, 3, 44)
B1 = case15(B1_OPEN, 60937)
t = utc(2025, 5, 21, 8, 14, 20)
hdrs, mid = std_aws('gmail', T1_USER, CONSOLE_FROM, T1_USER, f"RE:[CASE {B1}] Unexpected EC2 charges in April", t)
hdrs += ses_tail()
body_txt = f"""Hello Daniel,

Thank you for contacting AWS Billing and Accounts support.

I reviewed the April invoice for your account. The charges come from two m5.xlarge instances in eu-west-1 that kept running after your lab ended. As this was unintentional, I have applied a one-time credit of USD 61.34 to your account; it will show on your next bill.

Regarding the other question in your message, about merging your AWS Certification accounts (candidate ID AWS04417283): certification accounts are not managed by Billing support, so I cannot do this from this case. Please submit the request through the AWS Training and Certification contact form (inquiry type "Certification", detail "Account Merge") and that team will take care of it.

""" + AWS_FOOTER_CONSOLE.format(agent='Tomasz W.', case=B1)
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('billing-case-with-merge-side-note', 'unrelated', B1, ['AWS04417283'], True, 'en', hdrs, body)

# ---- 048 quota-increase case opened (ja) -> unrelated
Q1_OPEN = utc(2025, 3, 12, 4, 55, 1)
Q1 = case15(Q1_OPEN, 41176)
t = Q1_OPEN + dt.timedelta(seconds=7)
hdrs, mid = std_aws('jp', T2_USER, CONSOLE_FROM, T2_TO,
                    enc_subject(f"Amazon Web Services: 新しいサポートケースがオープンされました: {Q1}", 'iso-2022-jp'), t)
hdrs += ses_tail()
body_txt = f"""Amazon Web Services へのお問い合わせありがとうございます。お客様の問題に対応するため、ケース {Q1} をオープンしました。

ケース ID: {Q1}
件名: サービスクォータの引き上げ: EC2 オンデマンドインスタンス (vCPU)
重要度: 一般的なガイダンス
お問い合わせ内容:
リージョン: アジアパシフィック (東京)
クォータ: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
新しい値: 256
ユースケース: 検証環境の負荷試験のため

ケースの詳細の確認や更新は、AWS サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={Q1}&language=ja

よろしくお願いいたします。
Amazon Web Services
"""
body = text(body_txt, charset='iso-2022-jp', cte='7bit')
add('ja-quota-case-opened', 'unrelated', Q1, [], True, 'ja', hdrs, body)

# ---- 049 Amazon Seller Central case: seller accounts merged -> unrelated
t = utc(2025, 6, 3, 22, 41, 9)
hdrs, mid = std_aws('outlook', T3_USER, '"Amazon Seller Support" <seller-notification@amazon.com>', T3_USER,
                    "RE:[CASE 5884881212] Request to merge two seller accounts", t)
hdrs += ses_tail()
body_txt = """Hello,

I am Karthik from Amazon Selling Partner Support.

I'm pleased to let you know that your request has been completed: the two Seller Central accounts registered to Raman Crafts have been merged, and your listings from the secondary account now appear under Merchant Token A2K9X0LQ7PZ3RT. The secondary account has been deactivated.

It can take up to 48 hours for inventory reports to reflect the change.

Was this answer helpful? Please let us know by clicking one of the links below:
Yes: https://sellercentral.amazon.com/cu/case-feedback?caseID=5884881212&r=yes
No: https://sellercentral.amazon.com/cu/case-feedback?caseID=5884881212&r=no

Thank you for selling on Amazon,
Karthik K.
Selling Partner Support
"""
body = text(body_txt, cte='quoted-printable')
add('seller-central-accounts-merged', 'unrelated', '5884881212', [], True, 'en', hdrs, body)

# ---- 050 CertMetrics survey mail (not AWS family) -> unrelated, false
t = utc(2024, 9, 3, 15, 20, 0)
env = f"bounce-{R.randint(10000, 99999)}@mail.certmetrics.com"
hdrs = gmail_trace(T7_USER, t, env, '167.89.%d.%d' % (R.randint(1, 250), R.randint(2, 250)), 'o12.mail.certmetrics.com',
                   'certmetrics.com', [('certmetrics.com', 's1', 'pass')], dmarc='pass', dmarc_pol='p=NONE sp=NONE dis=NONE')
hdrs.append(dkim_sig('certmetrics.com', 's1', t, canon='relaxed/relaxed'))
hdrs += [('Date', rfcdate(t)), ('From', '"AWS Certification" <do-not-reply@certmetrics.com>'), ('To', T7_USER),
         ('Message-ID', f"<{hexr(32)}@certmetrics.com>"), ('Subject', 'AWS Certification wants to hear from you'),
         ('MIME-Version', '1.0')]
body_txt = """Hello Kwame Mensah,

Thank you for being part of the AWS Certification community. We'd like to hear about your experience with your certification account, including any recent changes to your profile.

Candidate ID: AWS06650192

Take the 5-minute survey: https://www.certmetrics.com/amazon/survey/start.aspx?sid=7c1e

Your responses are anonymous and help us improve the program.

AWS Certification
This is an automated message; please do not reply.
"""
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(f"<html><body>{p2html(body_txt)}</body></html>", 'html', cte='quoted-printable'), boundary=hexr(28))
add('certmetrics-wants-to-hear-from-you', 'unrelated', None, ['AWS06650192'], False, 'en', hdrs, body)

# ---- 051 Pearson VUE appointment (the exam that blocks T6's second merge) -> unrelated, false
t = utc(2025, 11, 5, 16, 2, 37)
hdrs = outlook_trace(T6_USER, t, 'pearson.com', '159.182.%d.%d' % (R.randint(1, 250), R.randint(2, 250)),
                     'mx-out.pearson.com', 'pearson.com', 'pearson.com')
hdrs += outlook_tail(t)
hdrs.append(dkim_sig('pearson.com', 'pvue2022', t, canon='relaxed/relaxed'))
hdrs += [('Date', rfcdate(t)), ('From', '"Pearson VUE" <pearsonvue@pearson.com>'), ('To', T6_USER),
         ('Message-ID', f"<{R.randint(10**9, 10**10)}.{R.randint(1000, 9999)}.JavaMail.pvue@pvuemail>"),
         ('Subject', 'Confirmation of your AWS Certified Machine Learning Engineer - Associate exam appointment'),
         ('MIME-Version', '1.0')]
body_txt = """Dear Lena Hoffmann,

Thank you for scheduling your exam with Pearson VUE. Your appointment details are below.

Exam: MLA-C01: AWS Certified Machine Learning Engineer - Associate
Candidate ID: AWS09127756
Registration ID: 482917736
Date: Thursday, December 4, 2025
Time: 09:00 AM CET
Delivery: OnVUE online proctored

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before your appointment.

Pearson VUE
"""
body = multi('alternative', text(body_txt, cte='quoted-printable', charset='windows-1252'),
             text(f"<html><body>{p2html(body_txt)}</body></html>", 'html', cte='quoted-printable', charset='windows-1252'),
             boundary=outlook_boundary())
add('pearson-vue-appointment', 'unrelated', None, ['AWS09127756'], False, 'en', hdrs, body)

# ---- 052 GitHub "merged" PR notification -> unrelated, false
t = utc(2025, 4, 14, 11, 9, 51)
env = 'noreply@github.com'
hdrs = gmail_trace(T1_USER, t, env, '192.30.252.%d' % R.randint(190, 210), 'out-21.smtp.github.com', 'github.com',
                   [('github.com', 'pf2023', 'pass')], dmarc='pass', dmarc_pol='p=REJECT sp=REJECT dis=NONE')
hdrs.append(dkim_sig('github.com', 'pf2023', t, hlist='Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', canon='relaxed/relaxed'))
hdrs += [('Date', rfcdate(t)), ('From', '"Priyanka S." <notifications@github.com>'),
         ('Reply-To', 'brightlane/cert-tracker <reply+AAB7Q2X@reply.github.com>'), ('To', 'brightlane/cert-tracker <cert-tracker@noreply.github.com>'),
         ('Cc', 'Daniel Okafor <daniel.okafor.dev@gmail.com>, Author <author@noreply.github.com>'),
         ('Message-ID', '<brightlane/cert-tracker/pull/482/issue_event/17230011234@github.com>'),
         ('In-Reply-To', '<brightlane/cert-tracker/pull/482@github.com>'),
         ('References', '<brightlane/cert-tracker/pull/482@github.com>'),
         ('Subject', 'Re: [brightlane/cert-tracker] Merge duplicate AWS certification records into one profile (PR #482)'),
         ('List-ID', 'brightlane/cert-tracker <cert-tracker.brightlane.github.com>'),
         ('X-GitHub-Reason', 'author'), ('MIME-Version', '1.0')]
body_txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightlane/cert-tracker/pull/482#event-17230011234
You are receiving this because you authored the thread.
"""
body = multi('alternative', text(body_txt, cte='7bit', charset='UTF-8', quote_label=False),
             text('<p>Merged <a href="https://github.com/brightlane/cert-tracker/pull/482">#482</a> into main.</p>', 'html', cte='7bit',
                  charset='UTF-8', quote_label=False), boundary='--==_mimepart_' + hexr(13) + '_' + str(R.randint(100, 999)))
add('github-pr-merged-notification', 'unrelated', None, [], False, 'en', hdrs, body)

# ---- 053 Credly's own self-service account merge code -> unrelated (genuine Credly)
t = utc(2025, 9, 18, 10, 12, 45)
hdrs = credly_hdrs(T5_USER, t, "Your Credly account merge verification code", frm='"Credly" <admin@credly.com>')
body_txt = """Hi Kenichi,

We received a request to merge another Credly account into this one.

Your verification code is: 604 918

Enter the code on the merge page, or click the button below to continue:
Complete Account Merge: https://www.credly.com/users/merge/confirm

After the merge, badges, connections and settings from the other account will move to this account. If you did not request this, you can ignore this email.

The Credly Team
"""
body = multi('alternative', text(body_txt, cte='7bit', charset='us-ascii'),
             text(f"<html><body>{p2html(body_txt)}</body></html>", 'html', cte='quoted-printable'), boundary=hexr(32))
add('credly-self-service-merge-code', 'unrelated', None, [], True, 'en', hdrs, body)

# ---- 054 AWS account (not certification) merge question in another support case -> unrelated
O1 = '12650481339'
t = utc(2023, 2, 9, 19, 33, 2)
hdrs, mid = std_aws('outlook', T3_USER, CONSOLE_FROM, T3_USER,
                    f"RE:[CASE {O1}] Can two AWS accounts be merged into one?", t)
hdrs += ses_tail()
body_txt = f"""Hello Priya,

Thank you for contacting AWS Support.

To answer your question directly: it is not possible to merge two AWS accounts into a single account. Each AWS account is a separate container for resources and billing. What you can do instead is:

1. Create an organization in AWS Organizations from your main account and invite the second account as a member, so that you get a single consolidated bill.
2. Migrate resources (for example S3 data or AMIs) to the main account and then close the second account.

Please note this is different from AWS Certification accounts; duplicate certification profiles are handled by the Training and Certification team through their contact form.

""" + AWS_FOOTER_CONSOLE.format(agent='Ricardo M.', case=O1)
body = multi('alternative', text(body_txt, cte='quoted-printable'),
             text(html_wrap(p2html(body_txt)), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('aws-accounts-cannot-be-merged-organizations', 'unrelated', O1, [], True, 'en', hdrs, body)

# ---- 055 AWS Training & Certification newsletter with a merge tip -> unrelated
t = utc(2025, 7, 8, 16, 0, 12)
hdrs, mid = std_aws('gmail', T1_USER, '"AWS Training and Certification" <aws-training-and-certification@amazon.com>', T1_USER,
                    "What's new in AWS Certification - July 2025", t, extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html>')])
hdrs += ses_tail()
inner = """<h2>What's new in AWS Certification</h2>
<p><b>New exam guides published.</b> Updated exam guides for the Solutions Architect - Associate and Developer - Associate exams are now available.</p>
<p><b>Skill Builder:</b> 20 new hands-on labs on generative AI.</p>
<p><b>Tip of the month:</b> Have more than one certification account? Duplicate accounts can be merged: contact us through the Training and Certification contact form and choose &quot;Account Merge&quot;.</p>
<p><a href="https://aws.amazon.com/certification/">Explore AWS Certification</a></p>
<p style="font-size:11px;">You are receiving this email because you subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a></p>"""
body = multi('alternative', text("What's new in AWS Certification - July 2025\n\nNew exam guides published. Skill Builder: 20 new labs.\nTip: Have more than one certification account? Duplicate accounts can be merged: contact us through the Training and Certification contact form and choose \"Account Merge\".\n", cte='quoted-printable'),
             text(html_wrap(inner), 'html', cte='quoted-printable'), boundary=javamail_boundary())
add('tc-newsletter-merge-tip', 'unrelated', None, [], True, 'en', hdrs, body)

# ---- 056 Japanese colleague asking whether the merge is done -> unrelated, false
t = utc(2024, 12, 5, 0, 31, 19)
hdrs = outlook_trace('y.suzuki@hoshino-tech.co.jp', t, 'hoshino-tech.co.jp', '40.107.%d.%d' % (R.randint(1, 250), R.randint(2, 250)),
                     'JPN01-TYC-obe.outbound.protection.outlook.com', 'hoshino-tech.co.jp', 'hoshino-tech.co.jp')
hdrs.append(dkim_sig('hoshino-tech.co.jp', 'selector1', t, canon='relaxed/relaxed'))
hdrs += [('Date', rfcdate(t, JST)), ('From', enc_name('高橋 誠', 'm.takahashi@hoshino-tech.co.jp')),
         ('To', enc_name('鈴木 陽子', 'y.suzuki@hoshino-tech.co.jp')),
         ('Subject', enc_subject('RE: AWS認定の資格取得状況の報告について', 'utf-8')),
         ('Message-ID', f"<TYCP286MB{R.randint(1000, 9999)}{alnum(8)}@TYCP286MB{R.randint(1000, 9999)}.JPNP286.PROD.OUTLOOK.COM>"),
         ('Thread-Topic', enc_subject('AWS認定の資格取得状況の報告について', 'utf-8')), ('MIME-Version', '1.0')]
body_txt = """鈴木さん

お疲れさまです。高橋です。

先日話していた AWS 認定アカウントの統合は、もう終わりましたか？
期末の資格取得状況レポートに AWS12098334 の番号で載せてよいか確認したく、ご連絡しました。
まだであれば、古い方の番号でも構いません。

よろしくお願いします。

高橋

-----Original Message-----
From: 鈴木 陽子 <y.suzuki@hoshino-tech.co.jp>
Sent: Wednesday, December 4, 2024 6:12 PM
To: 高橋 誠 <m.takahashi@hoshino-tech.co.jp>
Subject: AWS認定の資格取得状況の報告について

高橋さん

AWS のサポートに認定アカウントの統合をお願いしています（AWS03391876 → AWS12098334）。
"""
body = multi('alternative', text(body_txt, cte='base64', charset='utf-8'),
             text(f"<html><body>{p2html(body_txt)}</body></html>", 'html', cte='base64'), boundary=outlook_boundary())
add('ja-colleague-asks-if-merge-done', 'unrelated', None, ['AWS12098334'], False, 'ja', hdrs, body)

# ---- 057 generic phishing, not about the merge (spoofed amazon.com, dmarc=fail) -> unrelated, false
t = utc(2025, 10, 1, 3, 55, 20)
hdrs = gmail_trace(T1_USER, t, 'postmaster@billing-notice.top', '91.92.%d.%d' % (R.randint(1, 250), R.randint(2, 250)),
                   'mta1.billing-notice.top', 'amazon.com', [('billing-notice.top', 'mail', 'pass')], spf='pass', dmarc='fail',
                   dmarc_pol='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE')
hdrs += [('Date', rfcdate(t)), ('From', '"AWS Billing" <billing@amazon.com>'), ('To', T1_USER),
         ('Message-ID', f"<{hexr(24)}@billing-notice.top>"), ('Subject', 'Your AWS account has been suspended - update payment information'),
         ('MIME-Version', '1.0')]
body_html = """<html><body style="font-family:Arial;font-size:14px;">
<p>Dear Customer,</p>
<p>We were unable to charge your payment method for the latest invoice. Your AWS account and all running services have been <b>suspended</b>.</p>
<p>To restore access, please update your payment information within 24 hours:</p>
<p><a href="https://aws-billing-restore.top/signin">Update payment method</a></p>
<p>Amazon Web Services Billing</p></body></html>"""
body = text(body_html, 'html', cte='quoted-printable', charset='utf-8')
add('phish-account-suspended-not-merge', 'unrelated', None, [], False, 'en', hdrs, body)

# ---- 058 PHISHING Credly look-alike: "badges transferred after your merge" -> credly kind, false
t = utc(2024, 8, 24, 9, 47, 3)
hdrs = gmail_trace(T7_USER, t, 'mailer@credly-badges.net', '193.29.%d.%d' % (R.randint(1, 250), R.randint(2, 250)),
                   'smtp.credly-badges.net', 'credly-badges.net', [('credly-badges.net', 'k1', 'pass')], dmarc='pass',
                   dmarc_pol='p=NONE sp=NONE dis=NONE')
hdrs.append(dkim_sig('credly-badges.net', 'k1', t, canon='relaxed/relaxed'))
hdrs += [('Date', rfcdate(t)), ('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly-badges.net>'),
         ('To', T7_USER), ('Message-ID', f"<{hexr(20)}@credly-badges.net>"),
         ('Subject', 'Kwame, your badges are ready - accept them after your account merge'), ('MIME-Version', '1.0')]
body_html = """<html><body style="font-family:Helvetica,Arial,sans-serif;">
<p>Hi Kwame,</p>
<p>Following the merge of your AWS Certification accounts, Amazon Web Services Training and Certification has issued your badges to your new profile:</p>
<ul><li>AWS Certified Solutions Architect - Professional</li><li>AWS Certified DevOps Engineer - Professional</li></ul>
<p>To accept your badges, sign in with your AWS Certification email and password:</p>
<p><a href="https://credly-badges.net/accept?u=kwame.mensah.gh" style="background:#ff6b00;color:#fff;padding:10px 20px;">Accept your badges</a></p>
<p>Credly, Inc.</p></body></html>"""
body = text(body_html, 'html', cte='base64')
add('phish-credly-lookalike-badges', 'credly_badge_issued', None, [], False, 'en', hdrs, body)

# ---- 059 Acclaim (Credly's old name) badge from 2019, mailbox without Authentication-Results -> null
t = utc(2019, 6, 6, 14, 21, 56)
env = f"bounces+{R.randint(1000000, 9999999)}-{hexr(4)}-marco.bellini=libero.it@sendgrid.youracclaim.com"
rt = t + dt.timedelta(seconds=5)
hdrs = [('Return-Path', f"<{env}>"),
        ('Received', f"from mx-in-04.libero.it ([10.{R.randint(1, 200)}.{R.randint(1, 200)}.{R.randint(1, 200)}])\n\tby imapmail-{R.randint(10, 99)}.libero.it with LMTP id {alnum(10)}\n\tfor <{T4_USER}>; {rfcdate(rt, dt.timezone(dt.timedelta(hours=2)))}"),
        ('Received', f"from o4.sendgrid.youracclaim.com ([167.89.{R.randint(1, 250)}.{R.randint(2, 250)}])\n\tby smtp-in.libero.it with ESMTPS\n\tid {alnum(16, 'abcdefghijklmnopqrstuvwxyz0123456789')}; {rfcdate(rt, dt.timezone(dt.timedelta(hours=2)))}"),
        dkim_sig('youracclaim.com', 's1', t, hlist='from:subject:mime-version:content-type:to', canon='relaxed/relaxed'),
        ('Date', rfcdate(t)), ('From', '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>'),
        ('To', T4_USER), ('Message-ID', f"<5cf9{hexr(20)}_{R.randint(1000, 9999)}@acclaim-mailer.mail>"),
        ('Subject', "Marco, you've been issued a badge from Amazon Web Services Training and Certification"),
        ('MIME-Version', '1.0')]
body_txt = f"""Hi Marco,

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified SysOps Administrator - Associate

Accept your badge now to share it on your social networks and with your professional contacts:
https://www.youracclaim.com/badges/{hexr(8)}-{hexr(4)}-{hexr(4)}-{hexr(4)}-{hexr(12)}/accept

Acclaim, powered by Credly
"""
body = text(body_txt, cte='quoted-printable', charset='UTF-8', quote_label=False)
add('2019-acclaim-badge-no-auth', 'credly_badge_issued', None, [], None, 'en', hdrs, body)

# ---- 060 denied (ja), 11-digit form case 2023, user reply from Outlook (Japanese UI) in history
T9 = '12211840376'
T9_USER = 'shota.yamamoto@outlook.jp'
t_u = utc(2023, 6, 5, 0, 12, 40)
user_msg = f"""ご担当者様

お世話になっております。山本です。
AWS08812345 と AWS16604479 の 2 つのアカウントを 1 つにまとめていただきたく、ご連絡いたしました。
残したいのは AWS16604479 です。

よろしくお願いいたします。
山本 翔太

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2023年6月2日 17:40
宛先: shota.yamamoto@outlook.jp <shota.yamamoto@outlook.jp>
件名: [CASE {T9}] {FORM_SUBJ}

AWS トレーニングと認定にお問い合わせいただきありがとうございます。ケース {T9} を作成しました。
"""
t = utc(2023, 6, 6, 3, 4, 26)
hdrs, mid = std_aws('outlook', T9_USER, FORM_FROM, enc_name('山本 翔太', T9_USER), f"RE:[CASE {T9}] {FORM_SUBJ}", t)
hdrs += ses_tail()
body_txt = f"""山本 翔太 様

AWS トレーニングと認定サポートの佐々木でございます。
お問い合わせいただき、ありがとうございます。

ご依頼いただいた 2 つのアカウントについて確認いたしましたが、誠に恐れ入りますが、AWS08812345 には山本様とは異なる氏名および生年月日が登録されているため、今回のご依頼では統合を行うことができません。
アカウントの統合は、同一のご本人様のアカウント同士でのみ承っております。

AWS08812345 が山本様ご本人のアカウントであるにもかかわらず登録情報に誤りがある場合は、まず登録情報の訂正が必要となります。その際は、公的な本人確認書類の氏名と一致する情報をお知らせいただけますでしょうか。訂正が完了した後であれば、改めて統合のご相談を承ります。

何卒ご理解賜りますようお願い申し上げます。

佐々木
AWS トレーニングと認定

--------------- Original Message ---------------
From: 山本 翔太 [{T9_USER}]
Sent: 6/5/2023 12:12 AM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: [CASE {T9}] {FORM_SUBJ}

{user_msg}"""
body = multi('alternative', text(body_txt, cte='base64', charset='utf-8'),
             text(html_wrap(p2html(body_txt)), 'html', cte='base64'), boundary=javamail_boundary())
add('ja-merge-refused-identity-mismatch', 'support_reply', T9, ['AWS08812345'], True, 'ja', hdrs, body)

# === END MAILS ===
if __name__ == '__main__':
    run()
