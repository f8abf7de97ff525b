#!/usr/bin/env python3
"""Generator for blind set 235: end of the AWS Certification account-merge case.

Writes NNN-*.eml and labels.json into the folder of this script.
"""
import base64
import datetime as dt
import html
import json
import os
import quopri
import random
import re
import uuid
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(235)
LABELS = {}
NEWTEXT = {}
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')

ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])AWS[\s\-_]?(\d{8})(?!\d)')


# ---------------------------------------------------------------- helpers
def T(y, mo, d, h=0, mi=0, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def cid15(opened, suffix):
    return f"{int(opened.timestamp())}{suffix:05d}"


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


B64A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def rb64(n):
    return ''.join(R.choice(B64A) for _ in range(n))


def ralnum(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(alphabet) for _ in range(n))


def la(d):
    """Gmail internal Received timestamps in Pacific time."""
    dst = 3 < d.month < 11 or (d.month == 3 and d.day > 9) or (d.month == 11 and d.day < 2)
    off = -7 if dst else -8
    z = dt.timezone(dt.timedelta(hours=off), 'PDT' if dst else 'PST')
    return format_datetime(d.astimezone(z)) + (' (PDT)' if dst else ' (PST)')


def fdate(d, tz=UTC):
    return format_datetime(d.astimezone(tz))


def ses_msgid(d, region='email'):
    ms = int(d.timestamp() * 1000)
    dom = 'email.amazonses.com' if region == 'email' else f'{region}.amazonses.com'
    return f"<0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128))}-000000@{dom}>"


def ses_mailfrom(d, region='email'):
    ms = int(d.timestamp() * 1000)
    dom = 'amazonses.com' if region == 'email' else f'{region}.amazonses.com'
    return f"0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128))}-000000@{dom}"


def fold_b64(s, width=70, indent='\t '):
    return ('\n' + indent).join(s[i:i + width] for i in range(0, len(s), width))


def dkim_sig(domain, selector, d, heads='Date:From:To:Subject:MIME-Version:Content-Type:Message-ID:Feedback-ID',
             c='relaxed/simple'):
    return (f"DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c={c};\n"
            f"\ts={selector}; d={domain}; t={int(d.timestamp())};\n"
            f"\th={heads};\n"
            f"\tbh={rb64(43)}=;\n"
            f"\tb={fold_b64(rb64(342) + '==')}\n")


AMZ_SEL = 'vrhsxa3w4cvnsrxmbo5omhxmgdxb6plh'
SES_SEL = {'email': '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw', 'us-west-2': 'hsbnp7p3ensaochzwyq5wwmceodymuwv',
           'us-east-1': '224i4yxa5dv7c2xz3womw6peuasteono'}
SES_IPS = ['54.240.8.33', '54.240.9.114', '54.240.27.18', '54.240.48.92', '54.240.13.57', '54.240.11.70',
           '23.251.234.5', '54.240.3.21']


def aws_dkim(d, region='email'):
    return dkim_sig('amazon.com', AMZ_SEL, d) + dkim_sig('amazonses.com', SES_SEL.get(region, SES_SEL['email']), d)


# --------------------------------------------------------- auth verdicts
class Auth:
    """What the receiving provider saw."""

    def __init__(self, ip, helo, mailfrom, dkim=(), spf='pass', dmarc=None, from_dom=None, policy='QUARANTINE',
                 none=False):
        self.ip, self.helo, self.mailfrom = ip, helo, mailfrom
        self.dkim = list(dkim)  # (domain, selector, result)
        self.spf, self.dmarc, self.from_dom, self.policy, self.none = spf, dmarc, from_dom, policy, none

    @property
    def mf_dom(self):
        return self.mailfrom.split('@')[-1]


def ses_auth(d, region='email', from_dom='amazon.com'):
    ip = R.choice(SES_IPS)
    a, b, c, e = ip.split('.')
    reg = 'us-west-2' if region == 'us-west-2' else ('us-east-1' if region == 'email' else region)
    helo = f"a{c}-{e}.smtp-out.{'' if region == 'email' else region + '.'}amazonses.com"
    return Auth(ip, helo, ses_mailfrom(d, region), dkim=[('amazon.com', AMZ_SEL, 'pass'),
                                                          ('amazonses.com', SES_SEL.get(region, SES_SEL['email']),
                                                           'pass')],
                dmarc='pass', from_dom=from_dom)


def credly_auth(d, dom='credly.com'):
    ip = f"149.72.{R.randint(100, 250)}.{R.randint(2, 250)}"
    mf = f"bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{{to}}@em{R.randint(1000, 9999)}.{dom}"
    return Auth(ip, f"o{R.randint(1, 20)}.ptr{R.randint(1000, 9999)}.em.{dom}", mf,
                dkim=[(dom, 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')], dmarc='pass', from_dom=dom,
                policy='NONE')


def gmail_ar_body(a, to):
    parts = []
    for dom, sel, res in a.dkim:
        parts.append(f"dkim={res} header.i=@{dom} header.s={sel} header.b={rb64(8)}")
    if a.spf == 'pass':
        parts.append(f"spf=pass (google.com: domain of {a.mailfrom} designates {a.ip} as permitted sender) "
                     f"smtp.mailfrom={a.mailfrom}")
    elif a.spf == 'softfail':
        parts.append(f"spf=softfail (google.com: domain of transitioning {a.mailfrom} does not designate {a.ip} "
                     f"as permitted sender) smtp.mailfrom={a.mailfrom}")
    else:
        parts.append(f"spf={a.spf} (google.com: domain of {a.mailfrom} does not designate {a.ip} as permitted "
                     f"sender) smtp.mailfrom={a.mailfrom}")
    if a.dmarc:
        dis = 'NONE' if a.dmarc == 'pass' else ('QUARANTINE' if a.policy != 'NONE' else 'NONE')
        parts.append(f"dmarc={a.dmarc} (p={a.policy} sp={a.policy} dis={dis}) header.from={a.from_dom}")
    return 'mx.google.com;\n       ' + ';\n       '.join(parts)


def trace_gmail(a, to, d):
    if a.none:
        raise ValueError
    mf = a.mailfrom.replace('{to}', to.replace('@', '='))
    a.mailfrom = mf
    d1 = d + dt.timedelta(seconds=R.randint(1, 4))
    ar = gmail_ar_body(a, to)
    sid = f"{rhex(4)}{R.randint(100000, 999999)}a{rhex(3)}.{R.randint(1, 999)}"
    return (f"Delivered-To: {to}\n"
            f"Received: by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {sid};\n"
            f"        {la(d1 + dt.timedelta(seconds=1))}\n"
            f"X-Google-Smtp-Source: AGHT+I{rb64(62)}\n"
            f"X-Received: by 2002:a05:{rhex(4)}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id "
            f"{rhex(6)}{R.randint(1000000, 9999999)}ra.{R.randint(10, 99)}.{R.randint(1000000000000, 9999999999999)};\n"
            f"        {la(d1)}\n"
            f"ARC-Seal: i=1; a=rsa-sha256; t={int(d1.timestamp())}; cv=none;\n"
            f"        d=google.com; s={'arc-20240605' if d.year >= 2024 else 'arc-20160816'};\n"
            f"        b={rb64(68)}\n         {rb64(68)}\n         {rb64(68)}==\n"
            f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s={'arc-20240605' if d.year >= 2024 else 'arc-20160816'};\n"
            f"        h=feedback-id:mime-version:subject:message-id:to:from:date\n"
            f"         :dkim-signature:dkim-signature;\n"
            f"        bh={rb64(43)}=;\n"
            f"        fh={rb64(43)}=;\n"
            f"        b={rb64(68)}\n         {rb64(68)}==\n"
            f"ARC-Authentication-Results: i=1; {ar}\n"
            f"Return-Path: <{mf}>\n"
            f"Received: from {a.helo} ({a.helo}. [{a.ip}])\n"
            f"        by mx.google.com with ESMTPS id {rhex(12)}.{R.randint(100, 999)}.{d.year}.{R.randint(10, 99)}\n"
            f"        for <{to}>\n"
            f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
            f"        {la(d)}\n"
            f"Received-SPF: {a.spf} (google.com: domain of {mf} "
            f"{'designates' if a.spf == 'pass' else 'does not designate'} {a.ip} as permitted sender) client-ip={a.ip};\n"
            f"Authentication-Results: {ar}\n")


def trace_outlook(a, to, d, tenant=False):
    mf = a.mailfrom.replace('{to}', to.replace('@', '='))
    mfd = mf.split('@')[-1]
    dk = a.dkim[0] if a.dkim else None
    if dk and dk[2] == 'pass':
        dkim = f"dkim=pass (signature was verified)\n header.d={dk[0]};"
    elif dk:
        dkim = f"dkim=fail (body hash did not verify)\n header.d={dk[0]};"
    else:
        dkim = "dkim=none (message not signed)\n header.d=none;"
    if a.dmarc == 'pass':
        dm = f"dmarc=pass action=none\n header.from={a.from_dom};compauth=pass reason=100"
    elif a.dmarc:
        dm = f"dmarc=fail action=quarantine\n header.from={a.from_dom};compauth=fail reason=000"
    else:
        dm = (f"dmarc=none action=none\n header.from={a.from_dom};compauth=fail reason=001" if a.spf != 'pass'
              else f"dmarc=none action=none\n header.from={a.from_dom};compauth=softpass reason=201")
    srv = f"{R.choice(['SA1PR', 'PH0PR', 'BN8PR', 'CH3PR', 'DM6PR', 'MW4PR'])}{R.randint(10, 19)}MB{R.randint(1000, 9999)}"
    fe = f"{R.choice(['SN1PEPF', 'DS3PEPF', 'BY1PEPF', 'CO1PEPF'])}000{R.randint(10000, 99999)}"
    d0 = d + dt.timedelta(seconds=R.randint(1, 3))
    z = format_datetime(d0.replace(microsecond=0))
    return (f"Received: from {srv}.namprd{R.randint(10, 19)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}::{R.randint(10, 99)})\n"
            f" by {srv[:-2]}{R.randint(10, 99)}.namprd{R.randint(10, 19)}.prod.outlook.com with HTTPS; {z}\n"
            f"Received: from {fe}.namprd{R.randint(10, 19)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(2)}::{rhex(2)}) by\n"
            f" {srv}.namprd{R.randint(10, 19)}.prod.outlook.com (2603:10b6:{rhex(3)}:{rhex(3)}::{R.randint(10, 99)}) with Microsoft SMTP\n"
            f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n"
            f" 15.20.{R.randint(8000, 8999)}.{R.randint(10, 40)}; {z}\n"
            f"Authentication-Results: spf={a.spf} (sender IP is {a.ip})\n"
            f" smtp.mailfrom={mfd}; {dkim}{dm}\n"
            f"Received-SPF: {a.spf.capitalize()} (protection.outlook.com: domain of {mfd} "
            f"{'designates' if a.spf == 'pass' else 'does not designate'} {a.ip} as permitted sender)\n"
            f" receiver=protection.outlook.com; client-ip={a.ip};\n"
            f" helo={a.helo}; pr=C\n"
            f"Received: from {a.helo} ({a.ip}) by\n"
            f" {fe}.mail.protection.outlook.com (10.167.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft SMTP Server\n"
            f" (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 8999)}.{R.randint(10, 40)} via Frontend\n"
            f" Transport; {format_datetime(d.replace(microsecond=0))}\n"
            f"X-MS-Exchange-Organization-ExpirationStartTime: {d.strftime('%d %b %Y %H:%M:%S')}.{R.randint(1000000, 9999999)}\n"
            f" (UTC)\n"
            f"X-MS-Exchange-Organization-Network-Message-Id:\n {uuid.UUID(int=R.getrandbits(128))}\n"
            f"X-MS-PublicTrafficType: Email\n"
            f"X-MS-Exchange-Organization-AuthSource:\n {fe}.namprd{R.randint(10, 19)}.prod.outlook.com\n"
            f"X-MS-Exchange-Organization-AuthAs: Anonymous\n"
            f"X-MS-Exchange-Organization-SCL: 1\n"
            f"Return-Path: {mf}\n")


def trace_jp(a, to, d, prov='nifty', dmarc_shown=True):
    mf = a.mailfrom.replace('{to}', to.replace('@', '='))
    names = {
        'nifty': ('mta-mx05.mail.nifty.com', 'mx.nifty.com', 'mbox-a12.mail.nifty.com'),
        'biglobe': ('mfilter-inbound-03.biglobe.ne.jp', 'biglobe.ne.jp', 'mbox08.biglobe.ne.jp'),
        'ocn': ('mfilter08.ocn.ad.jp', 'ocn.ad.jp', 'mbox03.ocn.ad.jp'),
        'docomo': ('mfsmax.docomo.ne.jp', 'mfsmax.docomo.ne.jp', 'mbox2.docomo.ne.jp'),
        'sakura': ('www3217.sakura.ne.jp', 'www3217.sakura.ne.jp', 'www3217.sakura.ne.jp'),
        'softbank': ('mx.softbank.ne.jp', 'mx.softbank.ne.jp', 'pop.softbank.ne.jp'),
    }[prov]
    parts = [f"spf={a.spf} smtp.mailfrom={mf}"]
    for dom, sel, res in a.dkim[:1]:
        parts.append(f"dkim={res} header.d={dom} header.s={sel} header.b={rb64(8)}")
    if dmarc_shown and a.dmarc:
        parts.append(f"dmarc={a.dmarc} header.from={a.from_dom}")
    ar = f"{names[1]};\n\t" + ';\n\t'.join(parts)
    return (f"Return-Path: <{mf}>\n"
            f"Delivered-To: {to}\n"
            f"Received: from {names[0]} (localhost [127.0.0.1])\n"
            f"\tby {names[2]} (Postfix) with ESMTP id 4Z{ralnum(9)}\n"
            f"\tfor <{to}>; {fdate(d + dt.timedelta(seconds=2), JST)} (JST)\n"
            f"Authentication-Results: {ar}\n"
            f"Received: from {a.helo} ([{a.ip}])\n"
            f"\tby {names[0]} with ESMTPS id {R.randint(10 ** 13, 10 ** 14 - 1)}\n"
            f"\tfor <{to}>; {fdate(d + dt.timedelta(seconds=1), JST)} (JST)\n")


def trace_corp(a, to, d, org='corp.example'):
    """Corporate on-prem relay without any Authentication-Results header."""
    mf = a.mailfrom.replace('{to}', to.replace('@', '='))
    return (f"Return-Path: <{mf}>\n"
            f"Received: from mailgw02.{org} (10.20.4.12) by EXMBX01.{org}\n"
            f" (10.20.4.31) with Microsoft SMTP Server (version=TLS1_2,\n"
            f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; {fdate(d + dt.timedelta(seconds=3))}\n"
            f"Received: from {a.helo} ([{a.ip}])\n"
            f"\tby mailgw02.{org} with ESMTP id {rhex(8).upper()};\n"
            f"\t{fdate(d + dt.timedelta(seconds=2))}\n"
            f"X-IronPort-AV: E=Sophos;i=\"6.08,{R.randint(100, 999)},{R.randint(1000000000, 1999999999)}\";\n"
            f"   d=\"scan'208\";a=\"{R.randint(10000000, 99999999)}\"\n")


def trace_yahoo(a, to, d):
    mf = a.mailfrom.replace('{to}', to.replace('@', '='))
    parts = [f"dkim={res} header.i=@{dom} header.s={sel}" for dom, sel, res in a.dkim]
    parts.append(f"spf={a.spf} smtp.mailfrom={mf.split('@')[-1]}")
    if a.dmarc:
        parts.append(f"dmarc={a.dmarc}(p={a.policy}) header.from={a.from_dom}")
    ar = f"atlas-production.v2.mail-mailhub-{rhex(8)}-{ralnum(5).lower()}.mail.yahoo.com;\n " + ';\n '.join(parts) + ';'
    return (f"Return-Path: <{mf}>\n"
            f"Received: from {R.randint(10, 250)}.{R.randint(10, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)} by atlas{R.randint(100, 400)}.free.mail.bf1.yahoo.com with HTTP; {fdate(d + dt.timedelta(seconds=2))}\n"
            f"X-Originating-Ip: [{a.ip}]\n"
            f"Received: from {a.ip} (EHLO {a.helo})\n"
            f" by {R.randint(100, 400)}.mail.bf2.yahoo.com with SMTP; {fdate(d + dt.timedelta(seconds=1))}\n"
            f"X-Apparently-To: {to}; {fdate(d + dt.timedelta(seconds=2))}\n"
            f"Authentication-Results: {ar}\n"
            f"X-YMailISG: {rb64(60).replace('+', '.').replace('/', '_')}\n")


TRACE = {'yahoo': trace_yahoo, 'gmail': trace_gmail, 'outlook': trace_outlook, 'jp': trace_jp, 'corp': trace_corp}


# --------------------------------------------------------------- bodies
def tpart(text, subtype='plain', charset='utf-8', cte='qp', label=None, codec=None):
    raw = text.encode(codec or charset)
    p = MIMENonMultipart('text', subtype, charset=label or charset)
    if cte == 'qp':
        payload = quopri.encodestring(raw).decode('ascii')
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    elif cte == 'b64':
        payload = base64.encodebytes(raw).decode('ascii')
        p['Content-Transfer-Encoding'] = 'base64'
    elif cte in ('7bit', '8bit'):
        payload = raw.decode('ascii', 'surrogateescape')
        p['Content-Transfer-Encoding'] = cte
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def alt(plain, htm, charset='utf-8', cte='qp', hcte=None, codec=None, label=None):
    m = MIMEMultipart('alternative')
    m.attach(tpart(plain, 'plain', charset, cte, label=label, codec=codec))
    m.attach(tpart(htm, 'html', charset, hcte or cte, label=label, codec=codec))
    return m


def to_html(text, font='Arial, Helvetica, sans-serif'):
    """Simple agent-console style HTML rendering of plain text; quoted lines become blockquotes."""
    out = []
    for para in text.split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines if l.strip()):
            inner = '\n'.join(re.sub(r'^> ?', '', l) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + to_html(inner, font) + '</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(html.escape(l) for l in lines) + '</p>')
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n' + '\n'.join(out) + '\n</div></body></html>\n')


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def gmail_quote(when, name, addr, text):
    w = when.strftime('%a, %b %-d, %Y at %-I:%M %p')
    return f"On {w} {name} <{addr}> wrote:\n" + quote(text)


def ja_quote(when, name, addr, text):
    wd = '月火水木金土日'[when.weekday()]
    return f"{when.year}年{when.month}月{when.day}日({wd}) {when.hour}:{when.minute:02d} {name} <{addr}>:\n" + quote(text)


def outlook_quote(frm, when, to, subject, text, sep=True):
    w = when.strftime('%A, %B %-d, %Y %-I:%M %p')
    head = '________________________________\n' if sep else ''
    return f"{head}From: {frm}\nSent: {w}\nTo: {to}\nSubject: {subject}\n\n{text}"


def orig_quote(frm, when, to, subject, text):
    w = when.strftime('%m/%d/%Y %I:%M %p')
    return f"-----Original Message-----\nFrom: {frm}\nSent: {w}\nTo: {to}\nSubject: {subject}\n\n{text}"


# --------------------------------------------------------------- emit
HEAD_ORDER = ['Date', 'From', 'Reply-To', 'To', 'Cc', 'Subject', 'Message-ID', 'In-Reply-To', 'References',
              'Thread-Topic', 'Thread-Index', 'Accept-Language', 'Content-Language', 'X-Mailer', 'MIME-Version',
              'Content-Type', 'Content-Transfer-Encoding']


def hdr(s, charset=None):
    if charset is None:
        try:
            s.encode('ascii')
            return s
        except UnicodeEncodeError:
            charset = 'utf-8'
    return Header(s, charset, header_name='Subject').encode(maxlinelen=76)


def addr(name, a, charset='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def set_boundaries(msg, style):
    for part in msg.walk():
        if not part.is_multipart():
            continue
        if style == 'javamail':
            b = f"----=_Part_{R.randint(100000, 9999999)}_{R.randint(100000000, 2147483647)}.{R.randint(1500000000000, 1760000000000)}"
        elif style == 'gmail':
            b = f"0000000000{rhex(16)}"
        elif style == 'outlook':
            b = f"_000_{ralnum(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}{R.randint(1000, 9999)}namp_"
        elif style == 'sendgrid':
            b = rhex(64)
        elif style == 'jp':
            b = f"--=_mimepart_{rhex(24)}_{R.randint(10000, 99999)}"
        else:
            b = f"=_{rhex(32)}"
        part.set_boundary(b)


def emit(num, slug, msg, *, date, frm, to, subject, msgid, label, new_text, provider='gmail', auth=None,
         dkim='', extra=(), trailer=(), prov_kw=None, top_extra='', bstyle='javamail'):
    """Assemble the final message.

    trace (provider headers) + dkim (sender signatures) + message headers + body.
    extra: headers placed after the standard ones (e.g. X-SES-Outgoing, Feedback-ID).
    trailer: raw header lines written right after DKIM (e.g. a forged Authentication-Results).
    """
    fname = f"{num:03d}-{slug}.eml"
    msg['Date'] = fdate(date) if isinstance(date, dt.datetime) else date
    msg['From'] = frm
    msg['To'] = to
    msg['Subject'] = subject
    msg['Message-ID'] = msgid
    for k, v in extra:
        msg[k] = v
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    order = {k.lower(): i for i, k in enumerate(HEAD_ORDER)}
    msg._headers.sort(key=lambda kv: order.get(kv[0].lower(), 50))
    msg._headers = [(k, v.encode(maxlinelen=76) if isinstance(v, Header) else v) for k, v in msg._headers]
    to_addr = re.search(r'[\w.+\-]+@[\w.\-]+', to).group(0)
    d = date if isinstance(date, dt.datetime) else None
    if auth is None or getattr(auth, 'none', False):
        trace = trace_corp(auth, to_addr, d, to_addr.split('@')[1]) if auth is not None else ''
    else:
        trace = TRACE[provider](auth, to_addr, d, **(prov_kw or {}))
    set_boundaries(msg, bstyle)
    body = msg.as_bytes(policy=compat32.clone(max_line_length=0))
    raw = (top_extra + trace + dkim + ''.join(trailer)).encode('ascii') + body
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(raw)
    ids = sorted(set('AWS' + m for m in ID_RE.findall(new_text)))
    if ids != sorted(label['account_ids']):
        raise SystemExit(f"{fname}: account ids in new text {ids} != label {label['account_ids']}")
    LABELS[fname] = label
    NEWTEXT[fname] = new_text
    return fname


def L(kind, case_id, ids, verified, lang='en'):
    return {'kind': kind, 'case_id': case_id, 'account_ids': sorted(ids), 'sender_verified': verified,
            'language': lang}


AWS_FORM = formataddr(('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com'))
AWS_CONSOLE = formataddr(('Amazon Web Services', 'no-reply-aws@amazon.com'))
CREDLY_FROM = formataddr(('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'))


def ses_extra(d, region='us-east-1'):
    ip = R.choice(SES_IPS)
    return [('Feedback-ID', f"::1.{region}.{rb64(43).replace('/', 'x').replace('+', 'y')}=:AmazonSES"),
            ('X-SES-Outgoing', f"{d.strftime('%Y.%m.%d')}-{ip}")]


CONSOLE_FOOTER = """To see all of your correspondence and attachments, please visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""

CONSOLE_RATE = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence."""

FORM_FOOTER = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210

Reference: [CASE {cid}]"""

MAILS = []


def mail(f):
    MAILS.append(f)
    return f


# ======================================================================
# P1 Emily Carter -- form desk case, 15-digit id
# ======================================================================
EM = 'emily.carter.dev@gmail.com'
EM_TO = formataddr(('Emily Carter', EM))
EM_OPEN = T(2025, 4, 14, 9, 12, 33)
EM_CID = cid15(EM_OPEN, 418)
EM_SUBJ = f"RE:[CASE {EM_CID}] [AWS Training and Certification Form Submission] - account-assistance"


@mail
def m001():
    d = EM_OPEN + dt.timedelta(seconds=41)
    plain = f"""Hello,

Thank you for contacting AWS Training and Certification. This message confirms that we have received your request and created case {EM_CID}.

A member of our team will review your request and respond, in most cases within 24 hours. To add information to this case, reply to this email and keep the case number in the subject line. Please do not open a new case for the same request, as this may delay our response.

Summary of your submission
Inquiry type: AWS Training and Certification
Category: Certification
Detail: Account Merge
AWS candidate ID: AWS10293847

Sincerely,
AWS Training and Certification Customer Support

{FORM_FOOTER.format(cid=EM_CID)}
"""
    htm = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="64"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. This message confirms that we have received your request and created case <b>{EM_CID}</b>.</p>
<p>A member of our team will review your request and respond, in most cases within 24 hours. To add information to this case, reply to this email and keep the case number in the subject line. Please do not open a new case for the same request, as this may delay our response.</p>
<table style="border-collapse:collapse;font-size:13px"><tr><td colspan="2"><b>Summary of your submission</b></td></tr>
<tr><td style="padding:2px 12px 2px 0">Inquiry type</td><td>AWS Training and Certification</td></tr>
<tr><td style="padding:2px 12px 2px 0">Category</td><td>Certification</td></tr>
<tr><td style="padding:2px 12px 2px 0">Detail</td><td>Account Merge</td></tr>
<tr><td style="padding:2px 12px 2px 0">AWS candidate ID</td><td>AWS10293847</td></tr></table>
<p>Sincerely,<br>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">{html.escape(FORM_FOOTER.format(cid=EM_CID)).replace(chr(10), '<br>')}</td></tr>
</table></td></tr></table></body></html>
"""
    msg = alt(plain, htm, cte='qp')
    subj = f"[CASE {EM_CID}] [AWS Training and Certification Form Submission] - account-assistance"
    return emit(1, 'form-ack-case-opened', msg, date=d, frm=AWS_FORM, to=EM, subject=subj, msgid=ses_msgid(d),
                label=L('case_created', EM_CID, ['AWS10293847'], True), new_text=plain, auth=ses_auth(d),
                dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m002():
    d = T(2025, 4, 16, 14, 5, 12)
    new = """Hello Emily,

Thank you for confirming the details.

We have now submitted the request to merge AWS56473829 into AWS10293847 to our certification records team. You don't need to do anything further at this stage. Once the merge is complete we will send you a confirmation to this email address, and your certification history from both profiles will be visible under the surviving account.

Please do not sign in to CertMetrics with the old login (e.carter@northwind-analytics.com) while the request is being processed.

Kind regards,
Priya S.
AWS Training and Certification Customer Support"""
    q_user = """The details are correct. Please proceed with the merge.

Thanks,
Emily"""
    q_agent = """Hello Emily,

Thank you for contacting AWS Training and Certification.

I found the following two certification profiles linked to you:

1) AWS10293847 - emily.carter.dev@gmail.com (to be kept)
2) AWS56473829 - e.carter@northwind-analytics.com (to be merged and deactivated)

Please note that a merge cannot be undone. Reply to this email to confirm that you would like us to proceed.

Kind regards,
Priya S."""
    hist = ("--------------- Original Message ---------------\n"
            f"From: Emily Carter [{EM}]\nSent: 4/16/2025 1:58 PM\nTo: aws-cs-trainingcertification-form@amazon.com\n"
            f"Subject: Re: {EM_SUBJ}\n\n{q_user}\n\n"
            + gmail_quote(T(2025, 4, 15, 17, 20), 'Amazon Web Services',
                          'aws-cs-trainingcertification-form@amazon.com', q_agent))
    plain = new + "\n\n" + FORM_FOOTER.format(cid=EM_CID) + "\n\n" + hist + "\n"
    msg = alt(plain, to_html(plain), cte='qp')
    return emit(2, 'thanks-for-confirming-will-proceed', msg, date=d, frm=AWS_FORM, to=EM, subject=EM_SUBJ,
                msgid=ses_msgid(d), label=L('support_reply', EM_CID, ['AWS10293847', 'AWS56473829'], True),
                new_text=new, auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m003():
    d = T(2025, 4, 17, 3, 41, 50)
    new = """Hi Emily,

Good news - this is done. Both profiles are now one, and you can keep signing in with emily.carter.dev@gmail.com as before. It can take up to 24 hours for every certification to show in the portal.

Regards,
Priya S.
AWS Training and Certification Customer Support"""
    prev = """Hello Emily,

Thank you for confirming the details.

We have now submitted the request to merge AWS56473829 into AWS10293847 to our certification records team. You don't need to do anything further at this stage. Once the merge is complete we will send you a confirmation to this email address."""
    plain = new + "\n\n" + FORM_FOOTER.format(cid=EM_CID) + "\n\n" + \
        outlook_quote('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', T(2025, 4, 16, 14, 5),
                      'Emily Carter <emily.carter.dev@gmail.com>', EM_SUBJ, prev) + "\n"
    msg = tpart(plain, 'plain', 'utf-8', 'b64')
    return emit(3, 'merge-done-short', msg, date=d, frm=AWS_FORM, to=EM, subject=EM_SUBJ, msgid=ses_msgid(d),
                label=L('merge_completed', EM_CID, [], True), new_text=new, auth=ses_auth(d), dkim=aws_dkim(d),
                extra=ses_extra(d))


def yes_no_html(cid, agent, intro, q='Was your issue resolved?'):
    tok = rhex(32)
    return f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#16191f;background:#fafafa">
<table width="600" align="center" style="background:#fff;border:1px solid #eaeded" cellpadding="20"><tr><td>
{intro}
<h3 style="margin:24px 0 8px">{q}</h3>
<a href="https://survey.aws-support.amazon.com/r/{tok}?case={cid}&amp;a=yes" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none;border-radius:2px">YES</a>
&nbsp;
<a href="https://survey.aws-support.amazon.com/r/{tok}?case={cid}&amp;a=no" style="background:#d5dbdb;color:#000;padding:8px 22px;text-decoration:none;border-radius:2px">NO</a>
<p style="margin-top:24px">How would you rate the support you received from {agent}?</p>
<p>{''.join(f'<a href="https://survey.aws-support.amazon.com/r/{tok}?case={cid}&amp;stars={i}" style="font-size:22px;color:#ff9900;text-decoration:none">&#9733;</a>' for i in range(1, 6))}</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210. Case reference: {cid}</p>
</td></tr></table></body></html>
""", tok


@mail
def m004():
    d = T(2025, 4, 17, 3, 44, 7)
    intro = (f"<p>Hello Emily,</p><p>Your case <b>{EM_CID}</b> has been resolved and is now closed. If you still need help "
             f"with this request, reply to the last message from our agent within 14 days and the case will be reopened "
             f"automatically.</p><p>We would appreciate a minute of your time to tell us about your experience.</p>")
    htm, tok = yes_no_html(EM_CID, 'Priya S.', intro)
    plain = f"""Hello Emily,

Your case {EM_CID} has been resolved and is now closed. If you still need help with this request, reply to the last message from our agent within 14 days and the case will be reopened automatically.

We would appreciate a minute of your time to tell us about your experience.

Was your issue resolved?
YES: https://survey.aws-support.amazon.com/r/{tok}?case={EM_CID}&a=yes
NO:  https://survey.aws-support.amazon.com/r/{tok}?case={EM_CID}&a=no

How would you rate the support you received from Priya S.? (1 = poor, 5 = excellent)
https://survey.aws-support.amazon.com/r/{tok}?case={EM_CID}

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
    msg = alt(plain, htm, cte='qp')
    subj = f"[CASE {EM_CID}] How did we do? Your AWS Training and Certification case is closed"
    return emit(4, 'closure-survey-yes-no', msg, date=d, frm=AWS_FORM, to=EM, subject=hdr(subj),
                msgid=ses_msgid(d), label=L('survey', EM_CID, [], True), new_text=plain, auth=ses_auth(d),
                dkim=aws_dkim(d), extra=ses_extra(d))


def credly_html(name, badge, issuer, url, body_lines, button='Accept your badge'):
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width"><title>Credly</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px 0">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:20px 32px;border-bottom:1px solid #eee"><img src="https://images.credly.com/images/credly-logo-email.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:32px">
<p style="font-size:16px">Hi {html.escape(name)},</p>
{''.join('<p style="font-size:15px;line-height:22px">' + l + '</p>' for l in body_lines)}
<p style="text-align:center;margin:28px 0"><img src="https://images.credly.com/size/340x340/images/{uuid.UUID(int=R.getrandbits(128))}/image.png" width="140" alt="{html.escape(badge)}"></p>
<p style="text-align:center;font-weight:bold;font-size:17px">{html.escape(badge)}</p>
<p style="text-align:center;color:#777">Issued by {html.escape(issuer)}</p>
<p style="text-align:center;margin:28px 0"><a href="{url}" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">{button}</a></p>
</td></tr>
<tr><td style="padding:20px 32px;font-size:12px;color:#999;border-top:1px solid #eee">You received this email because {html.escape(issuer)} issued you a badge through Credly.<br>
Credly, Inc. &middot; 100 S. Wacker Dr., Suite 1100 &middot; Chicago, IL 60606<br>
<a href="https://www.credly.com/notification_preferences" style="color:#999">Notification preferences</a> &middot; <a href="https://www.credly.com/privacy" style="color:#999">Privacy</a></td></tr>
</table></td></tr></table></body></html>
"""


def sendgrid_msgid():
    return f"<{ralnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>"


@mail
def m005():
    d = T(2025, 4, 18, 11, 20, 3)
    badge = 'AWS Certified Solutions Architect – Associate'
    bid = uuid.UUID(int=R.getrandbits(128))
    url = f"https://www.credly.com/badges/{bid}/accept?utm_source=earner_email&utm_medium=email"
    lines = ["Amazon Web Services Training and Certification has issued you a badge. Now that your certification "
             "profiles have been combined, your badge has been re-issued to this email address.",
             "Accept it to add it to your Credly profile and share it with your network."]
    htm = credly_html('Emily', badge, 'Amazon Web Services Training and Certification', url, lines)
    plain = f"""Hi Emily,

Amazon Web Services Training and Certification has issued you a badge. Now that your certification profiles have been combined, your badge has been re-issued to this email address.

Accept it to add it to your Credly profile and share it with your network.

{badge}
Issued by Amazon Web Services Training and Certification

Accept your badge: {url}

You received this email because Amazon Web Services Training and Certification issued you a badge through Credly.
Credly, Inc. - 100 S. Wacker Dr., Suite 1100 - Chicago, IL 60606
"""
    msg = alt(plain, htm, cte='qp')
    subj = hdr(f"Emily, you've been issued a new badge: {badge}")
    return emit(5, 'credly-badge-reissued', msg, date=d, frm=CREDLY_FROM, to=EM, subject=subj,
                msgid=sendgrid_msgid(), label=L('credly_badge_issued', None, [], True), new_text=plain,
                auth=credly_auth(d), dkim=dkim_sig('credly.com', 's1', d, 'from:to:subject:mime-version:content-type') +
                dkim_sig('sendgrid.info', 'smtpapi', d, 'from:to:subject:mime-version:content-type'),
                extra=[('X-SG-EID', rb64(60)), ('X-Entity-ID', rb64(22))], bstyle='sendgrid')


# ======================================================================
# P2 Kenji Sato -- console case opened in Japanese, nifty mailbox
# ======================================================================
KS = 'kenji.sato.0314@nifty.com'
KS_OPEN = T(2025, 5, 27, 23, 2, 10)
KS_CID = cid15(KS_OPEN, 215)
JA_CONSOLE_FOOTER = """AWS サポートセンターで本件のやり取りをすべてご確認いただけます:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお受けできませんので、お問い合わせは上記リンクからお願いいたします。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。本メッセージは Amazon Web Services, Inc.（410 Terry Ave. North, Seattle, WA 98109-5210）が作成・配信しています。"""


@mail
def m006():
    d = T(2025, 5, 29, 1, 16, 44)
    plain = f"""お客様

AWS サポートケース {KS_CID} に、AWS サポートからの新しい返信が追加されました。

ケース ID: {KS_CID}
件名: AWS認定アカウントの統合（2アカウント）
ステータス: お客様の対応待ち

返信の内容を確認するには、AWS サポートセンターにサインインしてください。

{JA_CONSOLE_FOOTER.format(cid=KS_CID)}
"""
    msg = alt(plain, to_html(plain, "'Meiryo','Hiragino Kaku Gothic ProN',sans-serif"), cte='b64')
    subj = hdr(f"[ケース {KS_CID}] 新しい返信が追加されました", 'utf-8')
    return emit(6, 'ja-new-correspondence-notice', msg, date=d, frm=AWS_CONSOLE, to=KS, subject=subj,
                msgid=ses_msgid(d), label=L('support_reply', KS_CID, [], True, 'ja'), new_text=plain,
                provider='jp', prov_kw={'prov': 'nifty'}, auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m007():
    d = T(2025, 5, 30, 6, 48, 2)
    new = f"""佐藤 健二 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS サポートの中村でございます。

お問い合わせいただいておりました AWS 認定アカウントの統合につきまして、本日作業が完了いたしましたので、ご報告申し上げます。

　統合元（無効化済み）: AWS-27182818（k.sato@kitamura-sys.co.jp）
　統合先（継続利用）　: aws03141592（{KS}）

今後は統合先アカウントのメールアドレスにて AWS Certification アカウントへサインインしていただけますようお願いいたします。これまでに取得された認定資格および受験履歴は、すべて統合先アカウントにてご確認いただけます。なお、画面への反映には最大で 24 時間ほどお時間をいただく場合がございます。

Credly のデジタルバッジにつきましては、数日以内に統合先のメールアドレス宛てに Credly 社より受け取りのご案内が届く見込みでございます。

その他ご不明な点がございましたら、お気軽にお申し付けください。
今後とも Amazon Web Services をよろしくお願い申し上げます。

中村
Amazon Web Services"""
    plain = new + "\n\n" + JA_CONSOLE_FOOTER.format(cid=KS_CID) + "\n"
    msg = tpart(plain, 'plain', 'iso-2022-jp', '7bit')
    subj = hdr(f"RE:[CASE {KS_CID}] AWS認定アカウントの統合（2アカウント）", 'iso-2022-jp')
    return emit(7, 'ja-merge-completed-keigo', msg, date=d, frm=AWS_CONSOLE, to=KS, subject=subj,
                msgid=ses_msgid(d), label=L('merge_completed', KS_CID, ['AWS03141592', 'AWS27182818'], True, 'ja'),
                new_text=new, provider='jp', prov_kw={'prov': 'nifty'}, auth=ses_auth(d), dkim=aws_dkim(d),
                extra=ses_extra(d))


@mail
def m008():
    d = T(2025, 5, 30, 6, 50, 31)
    tok = rhex(32)
    plain = f"""佐藤 健二 様

平素より Amazon Web Services をご利用いただき、ありがとうございます。

サポートケース {KS_CID}「AWS認定アカウントの統合（2アカウント）」は解決済みとしてクローズされました。

今回のサポートはいかがでしたでしょうか。今後のサービス向上のため、以下のアンケート（所要時間 1 分程度）にご協力いただけますと幸いです。

　問題は解決しましたか？
　はい　: https://survey.aws-support.amazon.com/ja/r/{tok}?a=1
　いいえ: https://survey.aws-support.amazon.com/ja/r/{tok}?a=0

追加のご質問がある場合は、14 日以内であれば AWS サポートセンターから本ケースを再開していただけます。

{JA_CONSOLE_FOOTER.format(cid=KS_CID)}
"""
    msg = tpart(plain, 'plain', 'iso-2022-jp', '7bit')
    subj = hdr(f"Amazon Web Services: サポートケース {KS_CID} は解決済みとしてクローズされました - アンケートへのご協力のお願い",
               'iso-2022-jp')
    return emit(8, 'ja-closure-survey-iso2022jp', msg, date=d, frm=AWS_CONSOLE, to=KS, subject=subj,
                msgid=ses_msgid(d), label=L('survey', KS_CID, [], True, 'ja'), new_text=plain,
                provider='jp', prov_kw={'prov': 'nifty'}, auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m009():
    d = T(2025, 6, 2, 15, 3, 29)
    b1 = 'AWS Certified Cloud Practitioner'
    b2 = 'AWS Certified Developer – Associate'
    u1 = f"https://www.credly.com/badges/{uuid.UUID(int=R.getrandbits(128))}/accept"
    u2 = f"https://www.credly.com/badges/{uuid.UUID(int=R.getrandbits(128))}/accept"
    plain = f"""Hi Kenji,

Good news: Amazon Web Services Training and Certification sent you 2 badges. Your existing badges were transferred to this email address after your certification account was updated.

{b1}
Accept: {u1}

{b2}
Accept: {u2}

Once accepted, your badges can be shared on LinkedIn, added to your email signature, or embedded on a website.

Questions? Visit https://support.credly.com

Credly, Inc. | 100 S. Wacker Dr., Suite 1100 | Chicago, IL 60606
You are receiving this email because a badge was issued to {KS}.
"""
    htm = credly_html('Kenji', b1 + ' + 1 more', 'Amazon Web Services Training and Certification', u1,
                      ["Good news: Amazon Web Services Training and Certification sent you <b>2 badges</b>. "
                       "Your existing badges were transferred to this email address after your certification account "
                       "was updated.",
                       f'<a href="{u1}">{b1}</a><br><a href="{u2}">{html.escape(b2)}</a>'],
                      button='View and accept your badges')
    msg = alt(plain, htm, cte='qp')
    subj = hdr("Your badges from Amazon Web Services Training and Certification are ready")
    return emit(9, 'credly-two-badges-transferred', msg, date=d, frm=CREDLY_FROM, to=KS, subject=subj,
                msgid=sendgrid_msgid(), label=L('credly_badge_issued', None, [], True, 'en'), new_text=plain,
                provider='jp', prov_kw={'prov': 'nifty'}, auth=credly_auth(d),
                dkim=dkim_sig('credly.com', 's1', d, 'from:to:subject:mime-version:content-type'),
                extra=[('X-SG-EID', rb64(60))], bstyle='sendgrid')


# ======================================================================
# P3 Rahul Mehta -- console case 2023, 11-digit id, three accounts, outlook.com
# ======================================================================
RM = 'rahul.mehta88@outlook.com'
RM_CID = '12987365401'
RM_SUBJ = f"RE:[CASE {RM_CID}] Merge my three AWS Certification accounts"


def console_body(greeting, body, agent, cid, rate=True):
    t = f"{greeting}\n\n{body}\n\nBest regards,\n\n{agent}\nAmazon Web Services\n\n"
    if rate:
        t += CONSOLE_RATE + "\n\n"
    return t + CONSOLE_FOOTER.format(cid=cid)


@mail
def m010():
    d = T(2023, 8, 22, 10, 31, 5)
    new = f"""Hello Rahul,

Thank you for your patience while we worked on this.

I have merged AWS88005678 into your primary account AWS88001234. The Solutions Architect - Associate and Cloud Practitioner certifications from that profile now show under AWS88001234, and the old login has been deactivated.

I was not able to merge the third profile, AWS71236540, yet. That profile is registered under the name "R. Mehta Kumar" with a date of birth that does not match your other two profiles. Before I can combine it, could you please reply with a short note confirming that this profile belongs to you and which name should appear on your certificates going forward? A scan of a government ID is not required."""
    plain = console_body(new.split('\n\n', 1)[0], new.split('\n\n', 1)[1], 'Martin G.', RM_CID)
    htm = to_html(plain, 'Arial, sans-serif')
    msg = alt(plain, htm, cte='qp')
    return emit(10, 'partial-merge-done-question-third-account', msg, date=d, frm=AWS_CONSOLE, to=RM,
                subject=RM_SUBJ, msgid=ses_msgid(d, 'us-west-2'),
                label=L('merge_completed', RM_CID, ['AWS71236540', 'AWS88001234', 'AWS88005678'], True),
                new_text=new, provider='outlook', auth=ses_auth(d, 'us-west-2'), dkim=aws_dkim(d, 'us-west-2'),
                extra=ses_extra(d, 'us-west-2'))


@mail
def m011():
    d = T(2023, 8, 28, 16, 2, 40)
    new = """Hello Rahul,

I'm following up on my previous message about the remaining certification profile. We haven't received a reply yet, so the third profile is still separate.

When you have a moment, please let us know through the Support Center whether that profile is yours and which name you would like to use. If we don't hear back within 5 business days this case may be resolved automatically, but you can reopen it at any time from the Support Center."""
    plain = console_body('Hello Rahul,', new.split('\n\n', 1)[1], 'Martin G.', RM_CID)
    msg = tpart(plain, 'plain', 'us-ascii', '7bit')
    return emit(11, 'chaser-third-profile-no-reply', msg, date=d, frm=AWS_CONSOLE, to=RM, subject=RM_SUBJ,
                msgid=ses_msgid(d, 'us-west-2'), label=L('support_reply', RM_CID, [], True), new_text=new,
                provider='outlook', auth=ses_auth(d, 'us-west-2'), dkim=aws_dkim(d, 'us-west-2'),
                extra=ses_extra(d, 'us-west-2'))


@mail
def m012():
    d = T(2023, 9, 1, 8, 12, 19)
    new = """Hello Rahul,

Thank you for confirming the profile and the name. I have now combined the remaining profile (AWS 71236540) with AWS 88001234 as well, and updated the name on the surviving account to "Rahul Mehta". All five of your certifications, including the Security - Specialty you earned in 2021, are now listed under one account.

Please allow a few hours for the transcript and the digital badges to refresh. If your Credly badges don't arrive within 3 business days, let us know on this case."""
    plain = console_body('Hello Rahul,', new.split('\n\n', 1)[1], 'Ana L.', RM_CID)
    msg = alt(plain, to_html(plain), cte='qp')
    return emit(12, 'second-part-merge-completed', msg, date=d, frm=AWS_CONSOLE, to=RM, subject=RM_SUBJ,
                msgid=ses_msgid(d, 'us-west-2'), label=L('merge_completed', RM_CID, ['AWS71236540', 'AWS88001234'], True),
                new_text=new, provider='outlook', auth=ses_auth(d, 'us-west-2'), dkim=aws_dkim(d, 'us-west-2'),
                extra=ses_extra(d, 'us-west-2'))


@mail
def m013():
    d = T(2023, 9, 4, 8, 15, 0)
    tok = rhex(40)
    plain = f"""Hello,

We haven't heard from you in a few days, so we've resolved your support case.

Case ID: {RM_CID}
Subject: Merge my three AWS Certification accounts
Severity: General guidance
Status: Resolved

If your issue isn't fully resolved, you can reopen the case in the AWS Support Center. Cases can be reopened for 14 days after they are resolved.

How satisfied were you with our support on this case? Tell us in a 2-minute survey:
https://amazonwebservices.qualtrics.com/jfe/form/SV_{ralnum(15)}?caseId={RM_CID}&t={tok}

Thank you for using Amazon Web Services.

{CONSOLE_FOOTER.format(cid=RM_CID)}
"""
    msg = alt(plain, to_html(plain), cte='qp')
    subj = f"Amazon Web Services Support: Case {RM_CID} has been resolved"
    return emit(13, 'console-case-resolved-csat', msg, date=d, frm=AWS_CONSOLE, to=RM, subject=subj,
                msgid=ses_msgid(d, 'us-west-2'), label=L('survey', RM_CID, [], True), new_text=plain,
                provider='outlook', auth=ses_auth(d, 'us-west-2'), dkim=aws_dkim(d, 'us-west-2'),
                extra=ses_extra(d, 'us-west-2'))


# ======================================================================
# P4 Sofia Rossi -- form desk, completion + closure, reopened, second completion (yahoo)
# ======================================================================
SR = 'sofia.rossi_dev@yahoo.com'
SR_OPEN = T(2025, 7, 8, 13, 45, 9)
SR_CID = cid15(SR_OPEN, 77)
SR_SUBJ = f"RE:[CASE {SR_CID}] [AWS Training and Certification Form Submission] - account-assistance"
FORM_FROM = 'aws-cs-trainingcertification-form@amazon.com'


def yahoo_quote(when, name, a, text):
    w = when.strftime('%A, %B %-d, %Y at %I:%M:%S %p') + ' GMT+2'
    return f"On {w}, {name} <{a}> wrote:\n\n" + quote(text)


@mail
def m014():
    d = T(2025, 7, 10, 9, 2, 55)
    new = """Dear Sofia,

Thank you for your patience.

I'm pleased to let you know that I have completed the merge of your two certification profiles. Profile AWS40506099 has been merged into AWS40506070, which is the account you will keep using. Your Cloud Practitioner and Solutions Architect - Associate certifications are both listed on AWS40506070 now, and your exam history has been carried over.

As your request has been fulfilled, I will mark this case as resolved. You may receive a short survey about your experience - any feedback is much appreciated. If anything looks wrong, simply reply to this email within 14 days and the case will reopen.

Warm regards,
Tomasz
AWS Training and Certification Customer Support"""
    plain = new + "\n\n" + FORM_FOOTER.format(cid=SR_CID) + "\n"
    msg = alt(plain, to_html(plain, 'Verdana, sans-serif'), cte='qp')
    return emit(14, 'merge-completed-and-case-resolved', msg, date=d, frm=AWS_FORM, to=SR, subject=SR_SUBJ,
                msgid=ses_msgid(d), label=L('merge_completed', SR_CID, ['AWS40506070', 'AWS40506099'], True),
                new_text=new, provider='yahoo', auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m015():
    d = T(2025, 7, 14, 18, 30, 12)
    plain = f"""Hello,

We received your reply to case {SR_CID}, so the case has been reopened and returned to our queue. A member of the AWS Training and Certification team will get back to you, usually within one business day.

There is no need to open a new case; any additional details can be added by replying to this email.

Sincerely,
AWS Training and Certification Customer Support

{FORM_FOOTER.format(cid=SR_CID)}
"""
    msg = tpart(plain, 'plain', 'utf-8', 'qp')
    subj = f"[CASE {SR_CID}] Your case has been reopened"
    return emit(15, 'case-reopened-notice', msg, date=d, frm=AWS_FORM, to=SR, subject=subj, msgid=ses_msgid(d),
                label=L('support_reply', SR_CID, [], True), new_text=plain, provider='yahoo', auth=ses_auth(d),
                dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m016():
    d = T(2025, 7, 15, 11, 7, 40)
    new = """Dear Sofia,

Thanks for getting back to us and sorry that the Developer - Associate certification is not showing. I have checked both profiles that were part of the merge and the certification was not on either of them, so it looks like it was recorded under a different profile.

I have asked our certification records team to search by your name and date of birth. I'll update you here as soon as I hear back, normally within 2-3 business days. In the meantime you don't need to do anything.

Warm regards,
Tomasz
AWS Training and Certification Customer Support"""
    user = """Hi Tomasz,

thanks, the merge worked but my Developer Associate (passed in 2021) is missing. The SAA and CCP are there. Can you check please?

Sofia"""
    plain = new + "\n\n" + FORM_FOOTER.format(cid=SR_CID) + "\n\n" + yahoo_quote(
        dt.datetime(2025, 7, 14, 20, 29, 51), 'Sofia Rossi', SR, user) + "\n"
    msg = alt(plain, to_html(plain, 'Verdana, sans-serif'), cte='qp')
    return emit(16, 'reopened-investigating-missing-cert', msg, date=d, frm=AWS_FORM, to=SR, subject=SR_SUBJ,
                msgid=ses_msgid(d), label=L('support_reply', SR_CID, [], True), new_text=new, provider='yahoo',
                auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m017():
    d = T(2025, 7, 17, 7, 55, 3)
    new = """Dear Sofia,

Our records team found the missing certification. The Developer - Associate exam was taken under a third profile, AWS-40511223, registered with s.rossi@studenti.unimi.it.

To bring it over, we would merge that profile into the account you kept:

  Merge from: AWS-40511223 (s.rossi@studenti.unimi.it) - will be closed
  Merge into: AWS-40506070 (sofia.rossi_dev@yahoo.com) - stays active

As with the first merge, this can't be reversed once done. Could you reply to this email to let us know you agree? We will go ahead only after we hear from you.

Warm regards,
Tomasz
AWS Training and Certification Customer Support"""
    prev = """Dear Sofia,

Thanks for getting back to us and sorry that the Developer - Associate certification is not showing. I have checked both profiles that were part of the merge and the certification was not on either of them, so it looks like it was recorded under a different profile."""
    plain = new + "\n\n" + FORM_FOOTER.format(cid=SR_CID) + "\n\n" + \
        orig_quote(f"Amazon Web Services <{FORM_FROM}>", T(2025, 7, 15, 11, 7), SR, SR_SUBJ, prev) + "\n"
    msg = alt(plain, to_html(plain, 'Verdana, sans-serif'), cte='qp')
    return emit(17, 'reopened-confirm-third-profile', msg, date=d, frm=AWS_FORM, to=SR, subject=SR_SUBJ,
                msgid=ses_msgid(d),
                label=L('merge_confirmation_requested', SR_CID, ['AWS40506070', 'AWS40511223'], True),
                new_text=new, provider='yahoo', auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m018():
    d = T(2025, 7, 18, 14, 21, 36)
    new = """Dear Sofia,

Done! The third profile has now been folded into your main account as well, so the Developer - Associate shows next to your other two certifications. Your certification benefits (including the 50% discount voucher for your next exam) are on the surviving account too.

The badge for the Developer certification will be re-sent by Credly to sofia.rossi_dev@yahoo.com within a few days.

Warm regards,
Tomasz
AWS Training and Certification Customer Support"""
    inner_agent = """Dear Sofia,

Our records team found the missing certification. The Developer - Associate exam was taken under a third profile, AWS-40511223, registered with s.rossi@studenti.unimi.it.

As with the first merge, this can't be reversed once done. Could you reply to this email to let us know you agree?"""
    user = "Yes, I agree, please merge it. Thank you so much!\n\nSofia\n\n" + yahoo_quote(
        dt.datetime(2025, 7, 17, 9, 55, 3), 'Amazon Web Services', FORM_FROM, inner_agent)
    hist = yahoo_quote(dt.datetime(2025, 7, 17, 10, 40, 12), 'Sofia Rossi', SR, user)
    plain = new + "\n\n" + FORM_FOOTER.format(cid=SR_CID) + "\n\n" + hist + "\n"
    msg = alt(plain, to_html(plain, 'Verdana, sans-serif'), cte='b64')
    return emit(18, 'reopened-second-merge-completed', msg, date=d, frm=AWS_FORM, to=SR, subject=SR_SUBJ,
                msgid=ses_msgid(d), label=L('merge_completed', SR_CID, [], True), new_text=new, provider='yahoo',
                auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m019():
    d = T(2025, 7, 18, 14, 25, 2)
    tok = rhex(32)
    stars = ''.join(
        f'<td align="center"><a href="https://pages.awscloud.com/csat?c={SR_CID}&amp;r={i}&amp;t={tok}" '
        f'style="display:block;width:44px;height:44px;line-height:44px;border:1px solid #aab7b8;border-radius:22px;'
        f'color:#16191f;text-decoration:none;font:bold 16px Arial">{i}</a></td>' for i in range(1, 6))
    htm = f"""<!doctype html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{{font-family:Arial,Helvetica,sans-serif}}</style></head>
<body bgcolor="#f2f3f3">
<table width="620" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td style="padding:18px 28px;background:#232f3e;color:#fff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:28px;font-size:14px;color:#16191f">
<p>Hi Sofia,</p>
<p>Our records show that your case <strong>{SR_CID}</strong> is now closed. We hope everything was sorted out to your satisfaction.</p>
<p><strong>On a scale from 1 (very dissatisfied) to 5 (very satisfied), how would you rate your overall experience with AWS Training and Certification Customer Support?</strong></p>
<table cellpadding="4"><tr>{stars}</tr></table>
<p style="color:#545b64;font-size:12px">Clicking a number records your answer and opens an optional comment box. The survey is anonymous and takes less than a minute.</p>
</td></tr>
<tr><td style="padding:18px 28px;font-size:11px;color:#879196">&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210<br>
<a href="https://aws.amazon.com/privacy/" style="color:#879196">Privacy</a> | This survey invitation relates only to the case above.</td></tr>
</table></body></html>
"""
    msg = tpart(htm, 'html', 'utf-8', 'qp')
    subj = "Tell us about your recent AWS Training and Certification support experience"
    return emit(19, 'second-closure-rating-html-only', msg, date=d, frm=AWS_FORM, to=SR, subject=subj,
                msgid=ses_msgid(d), label=L('survey', SR_CID, [], True), new_text=htm, provider='yahoo',
                auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


# ======================================================================
# P5 Misaki Tanaka -- form desk in Japanese, biglobe
# ======================================================================
MT = 'm-tanaka@kve.biglobe.ne.jp'
MT_OPEN = T(2025, 9, 3, 0, 31, 47)
MT_CID = cid15(MT_OPEN, 3021)
MT_SUBJ = f"RE:[CASE {MT_CID}] [AWS Training and Certification Form Submission] - account-assistance"
JA_FORM_SIG = """AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社"""


@mail
def m020():
    d = MT_OPEN + dt.timedelta(seconds=52)
    plain = f"""田中 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース番号 {MT_CID} を発行いたしました。

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。
同じ内容で新しいお問い合わせを作成されますと、対応が遅れる場合がございますのでご了承ください。

■ お問い合わせ内容
　種別　　: AWS Training and Certification
　カテゴリ: Certification
　詳細　　: Account Merge
　AWS 受験者 ID: AWS55512345

AWS トレーニングと認定 カスタマーサポート

{FORM_FOOTER.format(cid=MT_CID)}
"""
    msg = alt(plain, to_html(plain, "'Meiryo',sans-serif"), cte='qp')
    subj = hdr(f"[CASE {MT_CID}] お問い合わせを受け付けました [AWS Training and Certification Form Submission]",
               'utf-8')
    return emit(20, 'ja-form-ack-received', msg, date=d, frm=AWS_FORM, to=MT, subject=subj, msgid=ses_msgid(d),
                label=L('case_created', MT_CID, ['AWS55512345'], True, 'ja'), new_text=plain, provider='jp',
                prov_kw={'prov': 'biglobe', 'dmarc_shown': False}, auth=ses_auth(d), dkim=aws_dkim(d),
                extra=ses_extra(d))


@mail
def m021():
    d = T(2025, 9, 4, 2, 10, 18)
    new = """田中 美咲 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの小林でございます。

このたびはアカウント統合のご依頼をいただき、誠にありがとうございます。
お客様のお名前で、以下 2 つの認定アカウントを確認いたしました。

　① AWS55512345（m-tanaka@kve.biglobe.ne.jp）　… 今後ご利用いただくアカウント
　② AWS55567890（misaki.tanaka@fujimoto-tech.co.jp）… ①へ統合後、無効化されるアカウント

②の認定資格・受験履歴・特典はすべて①へ移行されます。
恐れ入りますが、統合後は元に戻すことができませんので、上記の内容でお間違いないか、本メールへのご返信にてご確認いただけますでしょうか。
ご確認をいただき次第、統合作業を開始いたします。

何卒よろしくお願い申し上げます。

小林
""" + JA_FORM_SIG
    plain = new + "\n\n" + FORM_FOOTER.format(cid=MT_CID) + "\n"
    # Labelled Shift_JIS although the circled digits only exist in CP932 (common in Japanese mail).
    msg = tpart(plain, 'plain', 'shift_jis', 'b64', label='Shift_JIS', codec='cp932')
    subj = hdr(MT_SUBJ)
    return emit(21, 'ja-confirm-request-sjis-cp932', msg, date=d, frm=AWS_FORM, to=MT, subject=subj,
                msgid=ses_msgid(d),
                label=L('merge_confirmation_requested', MT_CID, ['AWS55512345', 'AWS55567890'], True, 'ja'),
                new_text=new, provider='jp', prov_kw={'prov': 'biglobe', 'dmarc_shown': False}, auth=ses_auth(d),
                dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m022():
    d = T(2025, 9, 5, 7, 3, 9)
    new = """田中 美咲 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの小林でございます。

ご確認いただき、ありがとうございました。
ご依頼いただいておりましたアカウントの統合作業は、本日すべて完了いたしました。今後は m-tanaka@kve.biglobe.ne.jp のアカウントにサインインしていただくと、これまでに取得されたすべての認定資格をご確認いただけます。

本件につきましては、これをもちましてケースをクローズさせていただきます。
後ほど、対応品質に関するアンケートのご案内が届く場合がございます。お手数ですが、ご協力いただけますと幸いです。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

小林
""" + JA_FORM_SIG
    agent = """田中 美咲 様

お客様のお名前で、以下 2 つの認定アカウントを確認いたしました。
恐れ入りますが、統合後は元に戻すことができませんので、上記の内容でお間違いないか、本メールへのご返信にてご確認いただけますでしょうか。

小林"""
    user = ("小林様\n\nご連絡ありがとうございます。\n内容に間違いありません。統合をお願いいたします。\n"
            "The details are correct. Please proceed with the merge.\n\n田中 美咲\n\n"
            + ja_quote(dt.datetime(2025, 9, 4, 11, 10), 'Amazon Web Services', FORM_FROM, agent))
    hist = ja_quote(dt.datetime(2025, 9, 4, 21, 47), '田中美咲', MT, user)
    plain = new + "\n\n" + FORM_FOOTER.format(cid=MT_CID) + "\n\n" + hist + "\n"
    msg = tpart(plain, 'plain', 'iso-2022-jp', '7bit')
    subj = hdr(MT_SUBJ)
    return emit(22, 'ja-merge-done-and-closing', msg, date=d, frm=AWS_FORM, to=MT, subject=subj, msgid=ses_msgid(d),
                label=L('merge_completed', MT_CID, [], True, 'ja'), new_text=new, provider='jp',
                prov_kw={'prov': 'biglobe', 'dmarc_shown': False}, auth=ses_auth(d), dkim=aws_dkim(d),
                extra=ses_extra(d))


@mail
def m023():
    d = T(2025, 9, 6, 7, 0, 0)
    tok = rhex(32)
    htm = f"""<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN','Meiryo',sans-serif;color:#232f3e">
<div style="max-width:600px;margin:auto;border:1px solid #d5dbdb;padding:24px">
<p>田中 美咲 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。<br>
お問い合わせ（ケース番号：{MT_CID}）への対応は完了しております。</p>
<p>サービス品質向上のため、簡単なアンケートへのご協力をお願いいたします。回答は 1 分ほどで完了します。</p>
<p><b>Q. 今回のお問い合わせで、問題は解決しましたか？</b></p>
<p><a href="https://survey.aws-support.amazon.com/ja/r/{tok}?a=yes" style="padding:6px 20px;background:#ec7211;color:#fff;text-decoration:none">はい</a>
&nbsp;<a href="https://survey.aws-support.amazon.com/ja/r/{tok}?a=no" style="padding:6px 20px;background:#879196;color:#fff;text-decoration:none">いいえ</a></p>
<p><b>Q. 担当者（小林）の対応を 5 段階で評価してください。</b><br>
{' '.join(f'<a href="https://survey.aws-support.amazon.com/ja/r/{tok}?s={i}">{i}</a>' for i in range(1, 6))}</p>
<hr><p style="font-size:11px;color:#687078">本メールは送信専用です。ご返信いただいてもお答えできません。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</div></body></html>
"""
    msg = tpart(htm, 'html', 'utf-8', 'b64')
    subj = hdr("【AWS トレーニングと認定】サポート対応に関するアンケートのお願い", 'utf-8')
    return emit(23, 'ja-survey-html-only', msg, date=d, frm=AWS_FORM, to=MT, subject=subj, msgid=ses_msgid(d),
                label=L('survey', MT_CID, [], True, 'ja'), new_text=htm, provider='jp',
                prov_kw={'prov': 'biglobe', 'dmarc_shown': False}, auth=ses_auth(d), dkim=aws_dkim(d),
                extra=ses_extra(d))


# ======================================================================
# P6 Lucas Oliveira -- 2020, 10-digit case id, non-native agent, Acclaim-era badge
# ======================================================================
LO = 'lucas.oliveira.br@gmail.com'
LO_CID = '7129384756'
LO_SUBJ = f"RE:[CASE {LO_CID}] AWS Certification - Account merge"


@mail
def m024():
    d = T(2020, 6, 9, 19, 44, 10)
    new = """Greetings Lucas,

Hope you are doing well and safe.

I am glad to inform that your both accounts are now unified in the account AWS00998877, and the account aws00112233 was deactivated as it was requested by you. All your certifications and the exam history is showing on the unified account, kindly check at your convenience by login in the certification portal with lucas.oliveira.br@gmail.com.

Please be informed the digital badges will be send again by our badging partner and can take up to 5 working days. In case you don’t receive it after this time, kindly revert back to us.

Thank you for your understanding and have a nice day ahead.

Best Regards,
Ravi Kumar
AWS Training & Certification"""
    q = """Hi Ravi,

yes, correct, please can merge. I keep the gmail account.

Obrigado,
Lucas"""
    plain = new + "\n\n" + gmail_quote(dt.datetime(2020, 6, 8, 14, 2), 'Lucas Oliveira', LO, q) + "\n"
    # labelled us-ascii but the agent's tool sent UTF-8 apostrophes
    msg = tpart(plain, 'plain', 'utf-8', '8bit', label='us-ascii')
    return emit(24, 'merge-done-nonnative-2020', msg, date=d, frm=AWS_FORM, to=LO, subject=LO_SUBJ,
                msgid=ses_msgid(d), label=L('merge_completed', LO_CID, ['AWS00112233', 'AWS00998877'], True),
                new_text=new, auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m025():
    d = T(2020, 6, 11, 2, 17, 45)
    url = f"https://www.youracclaim.com/earner/earned/badge/{uuid.UUID(int=R.getrandbits(128))}"
    plain = f"""Lucas,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge to:
 * Share your achievement on LinkedIn, Twitter and Facebook
 * Add it to your email signature
 * Download a certificate

Accept your badge: {url}

Badge verification: https://www.youracclaim.com/badges/{uuid.UUID(int=R.getrandbits(128))}

Acclaim, powered by Credly | Pearson Education, Inc. 330 Hudson Street, New York, NY 10013
Unsubscribe from these messages: https://www.youracclaim.com/notification_preferences
"""
    htm = credly_html('Lucas', 'AWS Certified Solutions Architect - Associate',
                      'Amazon Web Services Training and Certification', url,
                      ['Amazon Web Services Training and Certification has issued you a badge.',
                       'Accept your badge to share your achievement on LinkedIn, Twitter and Facebook, add it to your '
                       'email signature, or download a certificate.']).replace(
        'credly.com/images', 'youracclaim.com/images').replace('Credly, Inc. &middot; 100 S. Wacker Dr., Suite 1100 &middot; Chicago, IL 60606',
                                                              'Acclaim &middot; Pearson Education, Inc. 330 Hudson Street, New York, NY 10013')
    msg = alt(plain, htm, cte='qp')
    frm = formataddr(('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'))
    subj = "Lucas, you've earned a badge from Amazon Web Services Training and Certification"
    return emit(25, 'acclaim-badge-issued-2020', msg, date=d, frm=frm, to=LO, subject=subj, msgid=sendgrid_msgid(),
                label=L('credly_badge_issued', None, [], True), new_text=plain, auth=credly_auth(d, 'youracclaim.com'),
                dkim=dkim_sig('youracclaim.com', 's1', d, 'from:to:subject:mime-version:content-type'),
                bstyle='sendgrid')


@mail
def m026():
    d = T(2020, 6, 9, 19, 50, 2)
    tok = rhex(24)
    plain = f"""Dear Customer,

Your case {LO_CID} has been closed.

Thank you for contacting AWS Training and Certification. Please take a moment to let us know how we did - it takes less than 1 minute.

Did we resolve your issue?   https://aws-tc.qualtrics.com/jfe/form/SV_{ralnum(15)}?case={LO_CID}&id={tok}

If you need further assistance regarding this issue, please reply to this email and mention your case number.

Regards,
AWS Training and Certification
"""
    msg = tpart(plain, 'plain', 'us-ascii', '7bit')
    subj = f"[CASE {LO_CID}] Case closed - please rate your experience"
    return emit(26, 'closed-rate-experience-2020', msg, date=d, frm=AWS_FORM, to=LO, subject=subj,
                msgid=ses_msgid(d), label=L('survey', LO_CID, [], True), new_text=plain, auth=ses_auth(d),
                dkim=aws_dkim(d), extra=ses_extra(d))


# ======================================================================
# P7 Yuki Watanabe -- Japanese console case, completion with a Credly question (OCN)
# ======================================================================
YW = 'yuki-watanabe@ocn.ne.jp'
YW_OPEN = T(2025, 10, 20, 5, 14, 22)
YW_CID = cid15(YW_OPEN, 90142)
YW_SUBJ = f"RE:[CASE {YW_CID}] 認定アカウント統合のお願い"


@mail
def m027():
    d = T(2025, 10, 22, 3, 38, 50)
    new = """渡辺 由紀 様

AWS サポートの森でございます。
お待たせいたしました。

ご依頼いただいておりました 2 つの認定アカウントの統合が完了いたしましたので、ご連絡いたします。旧アカウント（AWS 62009009）の認定資格はすべて、現在ご利用中のアカウント（AWS 62001001）へ移行済みでございます。

1 点、確認させていただきたいことがございます。
Credly につきましても、旧メールアドレス（yuki.w@sakuradenki.co.jp）でバッジを受け取られた Credly アカウントが別にお持ちのようです。こちらのバッジも現在のメールアドレスの Credly アカウントへまとめることをご希望でしょうか。ご希望の場合は、その旨を本ケースにてお知らせください。

よろしくお願いいたします。

森
Amazon Web Services"""
    plain = new + "\n\n" + JA_CONSOLE_FOOTER.format(cid=YW_CID) + "\n"
    msg = alt(plain, to_html(plain, "'Meiryo',sans-serif"), cte='qp')
    return emit(27, 'ja-merge-done-asks-about-credly', msg, date=d, frm=AWS_CONSOLE, to=YW, subject=hdr(YW_SUBJ),
                msgid=ses_msgid(d), label=L('merge_completed', YW_CID, ['AWS62001001', 'AWS62009009'], True, 'ja'),
                new_text=new, provider='jp', prov_kw={'prov': 'ocn'}, auth=ses_auth(d), dkim=aws_dkim(d),
                extra=ses_extra(d))


@mail
def m028():
    d = T(2025, 10, 23, 1, 5, 12)
    new = """渡辺 由紀 様

AWS サポートの森でございます。
ご返信いただき、ありがとうございます。

Credly アカウントの統合につきまして、Credly 社の担当チームへ依頼を送付いたしました。通常、数営業日ほどで処理が完了し、完了後は Credly より現在のメールアドレス宛てにバッジのご案内が届きます。

進捗がございましたら、改めて本ケースにてご連絡いたします。いましばらくお待ちくださいますようお願い申し上げます。

森
Amazon Web Services"""
    plain = new + "\n\n" + JA_CONSOLE_FOOTER.format(cid=YW_CID) + "\n"
    msg = tpart(plain, 'plain', 'utf-8', 'b64')
    return emit(28, 'ja-credly-consolidation-requested-wait', msg, date=d, frm=AWS_CONSOLE, to=YW,
                subject=hdr(YW_SUBJ), msgid=ses_msgid(d), label=L('support_reply', YW_CID, [], True, 'ja'),
                new_text=new, provider='jp', prov_kw={'prov': 'ocn'}, auth=ses_auth(d), dkim=aws_dkim(d),
                extra=ses_extra(d))


@mail
def m029():
    d = T(2025, 10, 27, 22, 41, 9)
    badge = 'AWS Certified AI Practitioner'
    url = f"https://www.credly.com/earner/earned/badge/{uuid.UUID(int=R.getrandbits(128))}?accept=true"
    plain = f"""Hello Yuki,

Your badge is ready to accept!

{badge}
Issued by: Amazon Web Services Training and Certification

This badge was moved from another Credly account at the request of the issuer. Accept it to display it on your profile.

Accept badge: {url}

Validation number: 7QK2M9X4P1ZT6RNB

Credly, Inc. | 100 S. Wacker Dr., Suite 1100 | Chicago, IL 60606
"""
    htm = credly_html('Yuki', badge, 'Amazon Web Services Training and Certification', url,
                      ['Your badge is ready to accept!',
                       'This badge was moved from another Credly account at the request of the issuer. '
                       'Accept it to display it on your profile.'], button='Accept badge')
    msg = alt(plain, htm, cte='qp')
    return emit(29, 'credly-badge-moved-ready-to-accept', msg, date=d, frm=CREDLY_FROM, to=YW,
                subject="Your badge is ready to accept", msgid=sendgrid_msgid(),
                label=L('credly_badge_issued', None, [], True, 'en'), new_text=plain, provider='jp',
                prov_kw={'prov': 'ocn'}, auth=credly_auth(d),
                dkim=dkim_sig('credly.com', 's1', d, 'from:to:subject:mime-version:content-type'),
                bstyle='sendgrid')


@mail
def m030():
    d = T(2025, 10, 29, 4, 0, 33)
    plain = f"""お客様

AWS サポートをご利用いただき、ありがとうございます。

以下のサポートケースは、一定期間お客様からのご返信がなかったため、解決済みとさせていただきました。

　ケース ID　: {YW_CID}
　件名　　　: 認定アカウント統合のお願い
　重要度　　: 一般的なガイダンス

本ケースに関するご意見をお聞かせください。AWS サポートセンターで各返信の右上にある星を選択して、対応を評価していただけます。

まだ問題が解決していない場合は、解決後 14 日以内であれば AWS サポートセンターからケースを再開できます。

{JA_CONSOLE_FOOTER.format(cid=YW_CID)}
"""
    msg = alt(plain, to_html(plain, "'Meiryo',sans-serif"), cte='b64')
    subj = hdr(f"Amazon Web Services: サポートケース {YW_CID} が解決済みになりました", 'utf-8')
    return emit(30, 'ja-console-resolved-rate-stars', msg, date=d, frm=AWS_CONSOLE, to=YW, subject=subj,
                msgid=ses_msgid(d), label=L('survey', YW_CID, [], True, 'ja'), new_text=plain, provider='jp',
                prov_kw={'prov': 'ocn'}, auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


# ======================================================================
# P8 Daniel Kim -- corporate mailbox without Authentication-Results (on-prem relay)
# ======================================================================
DK = 'daniel.kim@harborline-logistics.com'
DK_OPEN = T(2025, 3, 3, 16, 40, 5)
DK_CID = cid15(DK_OPEN, 6)
DK_SUBJ = f"RE:[CASE {DK_CID}] Combine two certification profiles (old employer email)"


def corp_auth(d):
    a = ses_auth(d)
    a.none = True
    return a


@mail
def m031():
    d = T(2025, 3, 5, 20, 12, 0)
    new = """Hi Daniel,

Thanks for the quick confirmation - that's all we needed. I've handed the request to the team that maintains certification records.

Once the merge is complete we will let you know on this case. Until then you may see both profiles in the portal, and the old one (dkim@meridianfreight.com) may still accept a sign-in - please don't schedule any exams from it in the meantime, as that could hold things up.

Best regards,

Joanna P.
Amazon Web Services"""
    plain = console_body('Hi Daniel,', new.split('\n\n', 1)[1], 'Joanna P.', DK_CID).replace(
        "Best regards,\n\nJoanna P.\nAmazon Web Services\n\nBest regards,\n\n", "Best regards,\n\n")
    msg = alt(plain, to_html(plain), cte='qp')
    return emit(31, 'once-merge-complete-we-will-tell-you', msg, date=d, frm=AWS_CONSOLE, to=DK, subject=DK_SUBJ,
                msgid=ses_msgid(d), label=L('support_reply', DK_CID, [], None), new_text=new, auth=corp_auth(d),
                dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m032():
    d = T(2025, 3, 6, 23, 58, 31)
    new = """Hi Daniel,

I'm happy to confirm that your certification profiles have been merged.

Summary of what was done:
- Surviving account: AWS12345670 (daniel.kim@harborline-logistics.com)
- Merged and closed: AWS76543210 (dkim@meridianfreight.com)
- Certifications now on the surviving account: AWS Certified SysOps Administrator - Associate (2022), AWS Certified DevOps Engineer - Professional (2024)
- Exam history, score reports and the active 50% exam discount benefit were moved as well.

A few things to check over the next few days:
1. Sign in at https://www.aws.training/certification with the surviving login and open "Certifications" - both certifications should be listed with their original validation numbers.
2. Under "Benefits", the discount voucher should show as available. If it does not, let us know here.
3. Credly will issue the badges to daniel.kim@harborline-logistics.com. If you had already accepted badges on a Credly account tied to the old address, they will not be removed automatically; you can delete duplicates from that Credly account yourself.
4. Any upcoming exam appointment booked under the old profile has to be rescheduled - there were none in your case.

Since everything on our side is finished, I'll set this case to resolved. If something doesn't look right, reopen it from the Support Center within 14 days.

Best regards,

Joanna P.
Amazon Web Services"""
    plain = new + "\n\n" + CONSOLE_RATE + "\n\n" + CONSOLE_FOOTER.format(cid=DK_CID) + "\n"
    msg = alt(plain, to_html(plain), cte='qp')
    return emit(32, 'merge-completed-long-checklist', msg, date=d, frm=AWS_CONSOLE, to=DK, subject=DK_SUBJ,
                msgid=ses_msgid(d), label=L('merge_completed', DK_CID, ['AWS12345670', 'AWS76543210'], None),
                new_text=new, auth=corp_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m033():
    d = T(2025, 3, 8, 9, 30, 0)
    badges = ['AWS Certified SysOps Administrator – Associate', 'AWS Certified DevOps Engineer – Professional',
              'AWS Certified Cloud Practitioner']
    urls = [f"https://www.credly.com/badges/{uuid.UUID(int=R.getrandbits(128))}/accept" for _ in badges]
    plain = "Hi Daniel,\n\nYou have 3 new badges from Amazon Web Services Training and Certification waiting for you.\n\n" + \
        '\n'.join(f"- {b}\n  {u}" for b, u in zip(badges, urls)) + \
        "\n\nAccept your badges to start sharing them.\n\nCredly, Inc. | 100 S. Wacker Dr., Suite 1100 | Chicago, IL 60606\n"
    htm = credly_html('Daniel', '3 new badges', 'Amazon Web Services Training and Certification', urls[0],
                      ['You have 3 new badges from Amazon Web Services Training and Certification waiting for you.',
                       '<br>'.join(f'<a href="{u}">{html.escape(b)}</a>' for b, u in zip(badges, urls))],
                      button='Accept your badges')
    msg = alt(plain, htm, cte='qp')
    return emit(33, 'credly-three-new-badges-corp', msg, date=d, frm=CREDLY_FROM, to=DK,
                subject="You have 3 new badges waiting", msgid=sendgrid_msgid(),
                label=L('credly_badge_issued', None, [], None), new_text=plain,
                auth=(lambda a: (setattr(a, 'none', True), a)[1])(credly_auth(d)),
                dkim=dkim_sig('credly.com', 's1', d, 'from:to:subject:mime-version:content-type'), bstyle='sendgrid')


# ======================================================================
# Look-alikes, phishing and unrelated mail
# ======================================================================
@mail
def m034():
    d = T(2025, 8, 12, 13, 2, 44)
    to = 'mark.jensen.cloud@gmail.com'
    dom = 'aws-certification-center.com'
    new = """Dear Candidate,

Your AWS Certification accounts AWS29384756 and AWS29384700 have been successfully merged into a single profile.

To protect your certifications, all merged profiles must be re-verified within 48 hours. Accounts that are not verified will be suspended and the associated certifications revoked.

Verify your merged account now:
https://aws-certification-center.com/verify?ref=MRG-55120&uid=AWS29384756

Thank you,
AWS Certification Account Services
Amazon Web Services, Inc."""
    htm = f"""<html><body style="font-family:Arial;background:#eee"><div style="background:#fff;max-width:560px;margin:auto;padding:24px">
<img src="https://{dom}/img/aws-logo.png" alt="aws" width="80"><h2 style="color:#232f3e">Account merge complete</h2>
<p>Dear Candidate,</p><p>Your AWS Certification accounts <b>AWS29384756</b> and <b>AWS29384700</b> have been successfully merged into a single profile.</p>
<p>To protect your certifications, all merged profiles must be <b>re-verified within 48 hours</b>. Accounts that are not verified will be suspended and the associated certifications revoked.</p>
<p><a href="https://{dom}/verify?ref=MRG-55120&amp;uid=AWS29384756" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Verify merged account</a></p>
<p>Thank you,<br>AWS Certification Account Services<br>Amazon Web Services, Inc.</p></div></body></html>
"""
    msg = alt(new + "\n", htm, cte='b64')
    ip = '185.212.44.19'
    a = Auth(ip, f'mail.{dom}', f'bounce@{dom}', dkim=[(dom, 'default', 'pass')], dmarc='pass', from_dom=dom,
             policy='NONE')
    return emit(34, 'phish-lookalike-merge-complete-verify', msg, date=d,
                frm=formataddr(('AWS Certification', f'no-reply@{dom}')), to=to,
                subject="Your AWS Certification account merge is complete - action required",
                msgid=f"<{rhex(16)}.{int(d.timestamp())}@{dom}>",
                label=L('merge_completed', None, ['AWS29384700', 'AWS29384756'], False), new_text=new + htm,
                auth=a, dkim=dkim_sig(dom, 'default', d, 'From:To:Subject:Date:Message-ID'), bstyle='other')


@mail
def m035():
    d = T(2025, 11, 3, 7, 19, 2)
    to = 'hannah.lee.aws@gmail.com'
    fake_cid = cid15(T(2025, 11, 1, 10, 0, 0), 311)
    new = f"""Hello,

We are processing the merge of your AWS Certification accounts:

  Source account: AWS83726199
  Target account: AWS83726150

Before we can complete the merge, you must confirm it by signing in with BOTH account passwords on the secure confirmation page below. If we do not receive your confirmation within 24 hours the request will be cancelled and both accounts will be locked for review.

Confirm merge: https://aws-cert-merge.support-verify.info/confirm?case={fake_cid}

Kind regards,
AWS Training and Certification Customer Support"""
    msg = alt(new + "\n", to_html(new), cte='qp')
    ip = '45.137.21.88'
    a = Auth(ip, 'vps-21-88.hostkey.example', 'mailer@bulk-notify.xyz', dkim=[('bulk-notify.xyz', 'default', 'pass')],
             dmarc='fail', from_dom='amazon.com')
    forged = ("Authentication-Results: mx.amazon.com;\n"
              "\tdkim=pass header.d=amazon.com header.s=vrhsxa3w4cvnsrxmbo5omhxmgdxb6plh;\n"
              "\tspf=pass smtp.mailfrom=amazon.com;\n"
              "\tdmarc=pass header.from=amazon.com\n")
    return emit(35, 'spoof-confirm-merge-dmarc-fail', msg, date=d, frm=AWS_FORM, to=to,
                subject=f"RE:[CASE {fake_cid}] Action required: confirm your account merge",
                msgid=f"<{rhex(24)}@bulk-notify.xyz>",
                label=L('merge_confirmation_requested', fake_cid, ['AWS83726150', 'AWS83726199'], False),
                new_text=new, auth=a, dkim=dkim_sig('bulk-notify.xyz', 'default', d, 'From:To:Subject:Date'),
                trailer=[forged], bstyle='other')


@mail
def m036():
    d = T(2025, 6, 19, 16, 44, 0)
    dom = 'credly-rewards.net'
    plain = """Hi there,

Congratulations! You have been awarded the "AWS Cloud Champion 2025" digital badge for being one of our most active learners.

As a badge holder you can claim a $200 exam credit. Claim your badge and credit before June 30:
https://credly-rewards.net/claim?b=ACC2025&src=email

Credly Rewards Team
"""
    msg = alt(plain, to_html(plain), cte='qp')
    a = Auth('91.210.107.33', f'smtp.{dom}', f'rewards@{dom}', dkim=[(dom, 'k1', 'pass')], dmarc='pass',
             from_dom=dom, policy='NONE')
    return emit(36, 'credly-lookalike-claim-reward-not-merge', msg, date=d,
                frm=formataddr(('Credly Badges', f'badges@{dom}')), to=EM,
                subject="You've been awarded a new badge + $200 exam credit",
                msgid=f"<{rhex(20)}@{dom}>", label=L('unrelated', None, [], False), new_text=plain, auth=a,
                dkim=dkim_sig(dom, 'k1', d, 'From:To:Subject:Date'), bstyle='other')


@mail
def m037():
    d = T(2025, 9, 10, 12, 8, 0)
    dom = 'credIy.com'
    to = 'rahul.mehta88@outlook.com'
    plain = """Hello,

Following the merge of your AWS Certification accounts, your digital badges have been transferred to your surviving account.

To keep the transferred badges valid you need to accept them again within 7 days. Badges that are not accepted will be revoked by the issuer.

Accept your transferred badges:
https://credly-badge-transfer.com/accept?token=9f8a7c6b5d4e3f2a1b0c9d8e7f6a5b4c

Credly Support
"""
    msg = alt(plain, to_html(plain), cte='qp')
    a = Auth('103.151.124.9', 'mx1.fastmailer.top', 'noreply@fastmailer.top', dkim=[], spf='softfail', dmarc=None,
             from_dom=dom)
    return emit(37, 'credly-lookalike-transferred-badges-after-merge', msg, date=d,
                frm=formataddr(('Credly', f'admin@{dom}')), to=to,
                subject="Action needed: accept your transferred badges",
                msgid=f"<{rhex(20)}@fastmailer.top>", label=L('credly_badge_issued', None, [], False),
                new_text=plain, provider='outlook', auth=a, bstyle='other')


@mail
def m038():
    d = T(2025, 4, 20, 8, 15, 40)
    plain = """Hi Emily,

We received a request to merge another Credly account (e.carter@northwind-analytics.com) into your account.

Your verification code is: 482913

Enter this code on the merge page, or click the button below to finish. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=3b7e1f0c9a8d4e6fb2c5a1d0e9f87c6b

If you did not request this, you can ignore this email and no changes will be made.

The Credly Team
"""
    htm = credly_html('Emily', 'Account merge verification', 'Credly', 'https://www.credly.com/users/account_merges/confirm?token=3b7e1f0c9a8d4e6fb2c5a1d0e9f87c6b',
                      ['We received a request to merge another Credly account (e.carter@northwind-analytics.com) into your account.',
                       'Your verification code is: <b style="font-size:22px;letter-spacing:3px">482913</b>',
                       'Enter this code on the merge page, or click the button below to finish. The code expires in 30 minutes.'],
                      button='Complete Account Merge')
    msg = alt(plain, htm, cte='qp')
    return emit(38, 'credly-self-service-merge-code', msg, date=d, frm=formataddr(('Credly', 'admin@credly.com')), to=EM,
                subject="Confirm your Credly account merge", msgid=sendgrid_msgid(),
                label=L('unrelated', None, [], True), new_text=plain, auth=credly_auth(d),
                dkim=dkim_sig('credly.com', 's1', d, 'from:to:subject:mime-version:content-type'), bstyle='sendgrid')


@mail
def m039():
    d = T(2025, 10, 2, 14, 0, 12)
    url = f"https://www.credly.com/badges/{uuid.UUID(int=R.getrandbits(128))}"
    plain = f"""Hi Kenji,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on November 1, 2025.

To keep your credential current, review the recertification requirements from the issuer. After the expiration date the badge will still appear on your profile, marked as expired.

View badge: {url}

Credly, Inc. | 100 S. Wacker Dr., Suite 1100 | Chicago, IL 60606
"""
    htm = credly_html('Kenji', 'AWS Certified Cloud Practitioner', 'Amazon Web Services Training and Certification', url,
                      ['Your badge <b>AWS Certified Cloud Practitioner</b> will expire on <b>November 1, 2025</b>.',
                       'To keep your credential current, review the recertification requirements from the issuer.'],
                      button='View badge')
    msg = alt(plain, htm, cte='qp')
    return emit(39, 'credly-badge-expiry-reminder', msg, date=d, frm=CREDLY_FROM, to=KS,
                subject="Your badge expires in 30 days", msgid=sendgrid_msgid(),
                label=L('unrelated', None, [], True), new_text=plain, provider='jp', prov_kw={'prov': 'nifty'},
                auth=credly_auth(d), dkim=dkim_sig('credly.com', 's1', d, 'from:to:subject:mime-version:content-type'),
                bstyle='sendgrid')


@mail
def m040():
    d = T(2025, 4, 22, 17, 30, 0)
    plain = """Dear Emily Carter,

AWS Certification wants to hear from you!

You recently interacted with AWS Certification. Please take 5 minutes to tell us about your experience so we can continue to improve our program.

Candidate ID: AWS10293847

Start the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=8841&t=a91f0e2c7d

Thank you,
AWS Certification

Please do not reply to this message. This mailbox is not monitored.
"""
    msg = tpart(plain, 'plain', 'utf-8', 'qp')
    dom = 'certmetrics.com'
    a = Auth('52.45.113.17', f'mail.{dom}', f'bounce@{dom}', dkim=[(dom, 'sel1', 'pass')], dmarc='pass',
             from_dom=dom, policy='NONE')
    return emit(40, 'certmetrics-wants-to-hear-from-you', msg, date=d,
                frm=formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')), to=EM,
                subject="AWS Certification wants to hear from you", msgid=f"<{uuid.UUID(int=R.getrandbits(128))}@certmetrics.com>",
                label=L('unrelated', None, ['AWS10293847'], False), new_text=plain, auth=a,
                dkim=dkim_sig(dom, 'sel1', d, 'From:To:Subject:Date'))


@mail
def m041():
    d = T(2025, 4, 25, 20, 10, 5)
    op = T(2025, 4, 21, 15, 33, 12)
    cid = cid15(op, 52)
    plain = f"""Hello,

We haven't heard back from you, so we've resolved your support case.

Case ID: {cid}
Subject: Unexpected NAT Gateway charges on April invoice
Severity: General guidance
Status: Resolved

If you still need help, you can reopen this case within 14 days in the AWS Support Center.

How would you rate your support experience? Take a short survey:
https://amazonwebservices.qualtrics.com/jfe/form/SV_{ralnum(15)}?caseId={cid}

Thank you for using Amazon Web Services.

{CONSOLE_FOOTER.format(cid=cid)}
"""
    msg = alt(plain, to_html(plain), cte='qp')
    return emit(41, 'other-aws-billing-case-resolved-survey', msg, date=d, frm=AWS_CONSOLE, to=EM,
                subject=f"Amazon Web Services Support: Case {cid} has been resolved", msgid=ses_msgid(d),
                label=L('unrelated', cid, [], True), new_text=plain, auth=ses_auth(d), dkim=aws_dkim(d),
                extra=ses_extra(d))


@mail
def m042():
    d = T(2025, 6, 5, 9, 47, 30)
    op = T(2025, 6, 4, 22, 1, 55)
    cid = cid15(op, 1893)
    new = f"""Hello,

Thank you for your patience. We have approved and processed your request: the quota "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in eu-central-1 has been increased to 256 vCPUs for account 4821-9930-1175.

The new value can take up to 30 minutes to appear in the Service Quotas console. Your request is now complete, so I'll resolve this case.

Best regards,

Stefan W.
Amazon Web Services"""
    plain = new + "\n\n" + CONSOLE_RATE + "\n\n" + CONSOLE_FOOTER.format(cid=cid) + "\n"
    msg = alt(plain, to_html(plain), cte='qp')
    return emit(42, 'other-aws-quota-increase-completed', msg, date=d, frm=AWS_CONSOLE, to=RM,
                subject=f"RE:[CASE {cid}] Limit Increase: EC2 Instances", msgid=ses_msgid(d, 'us-west-2'),
                label=L('unrelated', cid, [], True), new_text=new, provider='outlook', auth=ses_auth(d, 'us-west-2'),
                dkim=aws_dkim(d, 'us-west-2'), extra=ses_extra(d, 'us-west-2'))


@mail
def m043():
    d = T(2025, 5, 14, 10, 2, 9)
    plain = """Merged #128 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/harborline/cert-tracker/pull/128#event-17622349011
You are receiving this because you were mentioned.

Message ID: <harborline/cert-tracker/pull/128/issue_event/17622349011@github.com>
"""
    htm = ('<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/harborline/cert-tracker/pull/128">#128</a> '
           'into main.</p>\n\n<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this '
           'email directly, <a href="https://github.com/harborline/cert-tracker/pull/128#event-17622349011">view it on GitHub</a>.'
           '<br />You are receiving this because you were mentioned.</p>\n')
    msg = alt(plain, htm, cte='7bit')
    a = Auth('192.30.252.201', 'out-18.smtp.github.com', 'noreply@github.com', dkim=[('github.com', 'pf2023', 'pass')],
             dmarc='pass', from_dom='github.com', policy='REJECT')
    return emit(43, 'github-pr-merged-notification', msg, date=d,
                frm=formataddr(('Daniel Kim', 'notifications@github.com')), to='emily.carter.dev@gmail.com',
                subject="Re: [harborline/cert-tracker] Merge duplicate certification records into one table (PR #128)",
                msgid="<harborline/cert-tracker/pull/128/issue_event/17622349011@github.com>",
                label=L('unrelated', None, [], False), new_text=plain, auth=a,
                dkim=dkim_sig('github.com', 'pf2023', d, 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID'),
                extra=[('Reply-To', 'harborline/cert-tracker <reply+AB3KD7Q@reply.github.com>'),
                       ('In-Reply-To', '<harborline/cert-tracker/pull/128@github.com>'),
                       ('References', '<harborline/cert-tracker/pull/128@github.com>'),
                       ('List-ID', 'harborline/cert-tracker <cert-tracker.harborline.github.com>'),
                       ('X-GitHub-Reason', 'mention')], bstyle='other')


@mail
def m044():
    d = T(2025, 10, 24, 3, 11, 0)
    plain = """Merge request !57 was merged
Project: platform / iam-accounts
Branch: feature/merge-legacy-accounts into main
Author: Yuki Watanabe

Merge legacy IAM accounts into the consolidated organization

View it on GitLab: https://gitlab.com/platform/iam-accounts/-/merge_requests/57
You're receiving this email because of your account on gitlab.com.
"""
    msg = alt(plain, to_html(plain), cte='qp')
    a = Auth('192.237.158.143', 'mail-158-143.mg.gitlab.com', 'bounce+abc123@mg.gitlab.com',
             dkim=[('mg.gitlab.com', 'mailo', 'pass')], dmarc='pass', from_dom='gitlab.com', policy='NONE')
    return emit(44, 'gitlab-merge-request-merged', msg, date=d,
                frm=formataddr(('GitLab', 'gitlab@mg.gitlab.com')), to=YW,
                subject="Re: platform/iam-accounts | Merge legacy IAM accounts into the consolidated organization (!57)",
                msgid=f"<merge_request_{R.randint(100000000, 999999999)}@gitlab.com>",
                label=L('unrelated', None, [], False, 'en'), new_text=plain, provider='jp', prov_kw={'prov': 'ocn'},
                auth=a, dkim=dkim_sig('mg.gitlab.com', 'mailo', d, 'From:To:Subject:Date'), bstyle='other')


@mail
def m045():
    d = T(2025, 3, 20, 15, 5, 0)
    plain = """Dear Daniel Kim,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Candidate ID: AWS12345670
Registration ID: 512893477
Date and time: Thursday, April 10, 2025 at 9:00 AM America/Chicago
Location: OnVUE online proctored

Please check in 30 minutes before your appointment time and make sure you have a valid government-issued ID.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Pearson VUE
"""
    msg = tpart(plain, 'plain', 'utf-8', 'qp')
    a = Auth('162.253.128.40', 'mail40.pearsonvue.com', 'bounces@pearsonvue.com', none=True)
    return emit(45, 'pearson-vue-appointment-after-merge', msg, date=d,
                frm=formataddr(('Pearson VUE', 'pearsonvuecustomerservice@pearson.com')), to=DK,
                subject="Confirmation of your AWS Certification exam appointment",
                msgid=f"<{rhex(12)}.{R.randint(10000, 99999)}@pearsonvue.com>",
                label=L('unrelated', None, ['AWS12345670'], None), new_text=plain, auth=a)


@mail
def m046():
    d = T(2025, 5, 2, 6, 30, 0)
    cid = '5884881212'
    new = """Hello,

Thank you for contacting Amazon Seller Support.

I have merged the two detail pages you reported (ASIN B0C7KX2M4Q into B0C7KX1T9R). The combined listing now shows all offers, and the reviews have been carried over. It may take up to 24 hours for the change to be visible on the website.

Since the merge is complete, I will resolve this case.

Were you satisfied with my response? Please take a moment to rate it in Seller Central.

We appreciate your business.

Thank you,
Asha K.
Amazon.com"""
    msg = alt(new + "\n", to_html(new), cte='qp')
    return emit(46, 'seller-central-listing-merge-done', msg, date=d,
                frm=formataddr(('Amazon Seller Central', 'seller-notification@amazon.com')), to='shop@northwind-gear.com',
                subject=f"RE:[CASE {cid}] Merge duplicate detail pages", msgid=ses_msgid(d),
                label=L('unrelated', cid, [], True), new_text=new, provider='outlook', auth=ses_auth(d),
                dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m047():
    d = T(2025, 8, 20, 16, 0, 0)
    htm = """<html><body style="margin:0;background:#f2f3f3"><table width="640" align="center" style="background:#fff;font-family:Arial">
<tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:20px">AWS Training and Certification News - August 2025</td></tr>
<tr><td style="padding:20px">
<h3>New: AWS Certified Generative AI Developer - Professional (beta)</h3>
<p>Registration for the beta exam opens next month. Beta candidates save 50% on the exam fee.</p>
<h3>Keep your certification current</h3>
<p>Recertify before your certification expires to keep your benefits, including the 50% discount on your next exam and access to AWS Certified lounges at events.</p>
<h3>Free digital training</h3>
<p>Over 600 free courses on AWS Skill Builder. <a href="https://skillbuilder.aws/?trk=newsletter">Start learning</a></p>
<p style="font-size:11px;color:#687078">You are receiving this email because you subscribed to AWS Training and Certification communications.
<a href="https://pages.awscloud.com/communication-preferences.html">Unsubscribe</a><br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p></td></tr></table></body></html>
"""
    msg = tpart(htm, 'html', 'utf-8', 'qp')
    return emit(47, 'aws-tc-newsletter', msg, date=d,
                frm=formataddr(('AWS Training and Certification', 'aws-training-news@amazon.com')), to=SR,
                subject="New beta exam, recertification tips, and 600+ free courses", msgid=ses_msgid(d),
                label=L('unrelated', None, [], True), new_text=htm, provider='yahoo', auth=ses_auth(d),
                dkim=aws_dkim(d), extra=ses_extra(d) + [('List-Unsubscribe', '<https://pages.awscloud.com/unsub?u=8ab1>')])


@mail
def m048():
    d = T(2025, 7, 1, 3, 20, 0)
    op = T(2025, 6, 26, 8, 44, 0)
    cid = cid15(op, 48)
    plain = f"""お客様

AWS サポートをご利用いただき、ありがとうございます。

以下のサポートケースは解決済みとなりました。

　ケース ID　: {cid}
　件名　　　: 6月分請求書の消費税額について
　重要度　　: 一般的なガイダンス

今回のサポートについてのご意見をお聞かせください（所要時間 2 分程度）:
https://amazonwebservices.qualtrics.com/jfe/form/SV_{ralnum(15)}?caseId={cid}&lang=ja

{JA_CONSOLE_FOOTER.format(cid=cid)}
"""
    msg = tpart(plain, 'plain', 'iso-2022-jp', '7bit')
    subj = hdr(f"Amazon Web Services: サポートケース {cid} が解決済みになりました", 'iso-2022-jp')
    return emit(48, 'ja-other-billing-case-resolved-survey', msg, date=d, frm=AWS_CONSOLE, to=KS, subject=subj,
                msgid=ses_msgid(d), label=L('unrelated', cid, [], True, 'ja'), new_text=plain, provider='jp',
                prov_kw={'prov': 'nifty'}, auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


# ======================================================================
# P9 Olivia Brown -- new console case because Credly badges did not move
# ======================================================================
OB = 'olivia.brown.sec@gmail.com'
OB_OPEN = T(2025, 11, 10, 18, 22, 41)
OB_CID = cid15(OB_OPEN, 4410)
OB_PREV = cid15(T(2025, 10, 1, 12, 5, 9), 2201)
OB_TOPIC = 'Credly badges missing after certification account merge'
OB_SUBJ = f"RE:[CASE {OB_CID}] {OB_TOPIC}"


@mail
def m049():
    d = OB_OPEN + dt.timedelta(seconds=9)
    plain = f"""Thank you for contacting Amazon Web Services. We have opened case {OB_CID} to address your issue.

The details of your case are as follows:

Case ID: {OB_CID}
Subject: {OB_TOPIC}
Severity: General guidance
Correspondence: Hi, my certification accounts were merged last month and I now sign in with AWS61616161. My Security Specialty badge never showed up on Credly and the certification is not on my transcript either. Can you check?

You can view and respond to this case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={OB_CID}&language=en

Sincerely,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    msg = alt(plain, to_html(plain), cte='qp')
    return emit(49, 'console-new-case-credly-missing', msg, date=d, frm=AWS_CONSOLE, to=OB,
                subject=f"Amazon Web Services: You have opened a new Support case: {OB_CID}", msgid=ses_msgid(d),
                label=L('case_created', OB_CID, ['AWS61616161'], True), new_text=plain, auth=ses_auth(d),
                dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m050():
    d = T(2025, 11, 11, 21, 3, 17)
    new = f"""Hello Olivia,

Thank you for reaching out, and sorry for the trouble.

I looked into this. The merge we did last month under case {OB_PREV} combined AWS61616188 into AWS61616161, but your Security - Specialty certification sits on a third profile, aws-61616100, that was created with your university address and wasn't part of that request. That is why the badge and the certification did not follow.

I can merge that profile too:
  - AWS61616100 would be merged into AWS61616161 and then closed
  - AWS61616161 remains your only account

Because a merge can't be reversed, I need your go-ahead first. Please reply on this case confirming the above is correct."""
    plain = console_body('Hello Olivia,', new.split('\n\n', 1)[1], 'Kwame A.', OB_CID)
    msg = alt(plain, to_html(plain), cte='qp')
    return emit(50, 'confirm-third-profile-not-in-first-merge', msg, date=d, frm=AWS_CONSOLE, to=OB, subject=OB_SUBJ,
                msgid=ses_msgid(d),
                label=L('merge_confirmation_requested', OB_CID, ['AWS61616100', 'AWS61616161', 'AWS61616188'], True),
                new_text=new, auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m051():
    d = T(2025, 11, 13, 15, 40, 2)
    new = """Hello Olivia,

All set - the profile from your university days is now part of your main account, and the Security - Specialty certification appears on your transcript with its original date. I have also asked for the badge to be reissued, so Credly should email you within 1-2 business days.

Is there anything else I can help you with on this case? If not, no need to reply; the case will close on its own in a few days."""
    plain = console_body('Hello Olivia,', new.split('\n\n', 1)[1], 'Kwame A.', OB_CID)
    msg = tpart(plain, 'plain', 'utf-8', 'qp')
    return emit(51, 'all-set-no-ids-anything-else', msg, date=d, frm=AWS_CONSOLE, to=OB, subject=OB_SUBJ,
                msgid=ses_msgid(d), label=L('merge_completed', OB_CID, [], True), new_text=new, auth=ses_auth(d),
                dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m052():
    d = T(2025, 11, 14, 19, 12, 40)
    badge = 'AWS Certified Security – Specialty'
    url = f"https://www.credly.com/badges/{uuid.UUID(int=R.getrandbits(128))}/accept"
    plain = f"""Olivia, you earned a badge!

Amazon Web Services Training and Certification has issued you the {badge} badge.

Accept your badge: {url}

Why accept? Your badge is a verified, digital representation of your skills that you can share anywhere.

Credly, Inc. | 100 S. Wacker Dr., Suite 1100 | Chicago, IL 60606
"""
    htm = credly_html('Olivia', badge, 'Amazon Web Services Training and Certification', url,
                      [f'Amazon Web Services Training and Certification has issued you the <b>{html.escape(badge)}</b> badge.',
                       'Why accept? Your badge is a verified, digital representation of your skills that you can share anywhere.'])
    msg = alt(plain, htm, cte='b64', hcte='qp')
    return emit(52, 'credly-earned-badge-after-third-merge', msg, date=d, frm=CREDLY_FROM, to=OB,
                subject=hdr(f"Olivia, you earned a badge: {badge}"), msgid=sendgrid_msgid(),
                label=L('credly_badge_issued', None, [], True), new_text=plain, auth=credly_auth(d),
                dkim=dkim_sig('credly.com', 's1', d, 'from:to:subject:mime-version:content-type'), bstyle='sendgrid')


@mail
def m053():
    d = T(2025, 11, 17, 16, 0, 4)
    plain = f"""Hello,

Your AWS Support case {OB_CID} ("{OB_TOPIC}") was resolved.

Did we solve your problem?
  Yes, it's solved: https://console.aws.amazon.com/support/feedback?caseId={OB_CID}&solved=true
  No, I still need help: https://console.aws.amazon.com/support/feedback?caseId={OB_CID}&solved=false

Your answer helps us improve AWS Support. If you choose "No", you will be able to reopen the case.

{CONSOLE_FOOTER.format(cid=OB_CID)}
"""
    msg = alt(plain, to_html(plain), cte='qp')
    return emit(53, 'did-we-solve-your-problem', msg, date=d, frm=AWS_CONSOLE, to=OB,
                subject=f"How did we do on case {OB_CID}?", msgid=ses_msgid(d),
                label=L('survey', OB_CID, [], True), new_text=plain, auth=ses_auth(d), dkim=aws_dkim(d),
                extra=ses_extra(d))


# ======================================================================
# P10 Ahmed Hassan -- form desk, hotmail, Outlook-style history
# ======================================================================
AH = 'ahmed.hassan.it@hotmail.com'
AH_OPEN = T(2025, 2, 10, 7, 5, 30)
AH_CID = cid15(AH_OPEN, 19)
AH_SUBJ = f"RE:[CASE {AH_CID}] [AWS Training and Certification Form Submission] - account-assistance"


@mail
def m054():
    d = T(2025, 2, 13, 11, 26, 48)
    new = """Dear Ahmed,

Thank you for confirming.

I'm writing to let you know that the consolidation has been carried out: AWS90807011 no longer exists as a separate profile, and all of its records are now held under AWS90807060. You can continue to sign in with ahmed.hassan.it@hotmail.com.

Best wishes,
Lena
AWS Training and Certification Customer Support"""
    agent_q = """Dear Ahmed,

We located two profiles: AWS90807060 (ahmed.hassan.it@hotmail.com) and AWS90807011 (a.hassan@gulfnet-solutions.ae). We would keep AWS90807060 and merge AWS90807011 into it. Please note this can't be undone. Kindly reply to confirm.

> Hello, I have two certification accounts because I changed jobs.
> Please merge them into my personal one.
> Ahmed"""
    user = "Yes confirmed, please go ahead.\nAhmed\n\n" + gmail_quote(
        dt.datetime(2025, 2, 11, 9, 14), 'Amazon Web Services', FORM_FROM, agent_q)
    hist = gmail_quote(dt.datetime(2025, 2, 12, 22, 3), 'Ahmed Hassan', AH, user)
    plain = new + "\n\n" + FORM_FOOTER.format(cid=AH_CID) + "\n\n" + hist + "\n"
    msg = alt(plain, to_html(plain), cte='qp')
    return emit(54, 'consolidation-carried-out-nested-quotes', msg, date=d, frm=AWS_FORM, to=AH, subject=AH_SUBJ,
                msgid=ses_msgid(d), label=L('merge_completed', AH_CID, ['AWS90807011', 'AWS90807060'], True),
                new_text=new, provider='outlook', auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d),
                bstyle='javamail')


@mail
def m055():
    d = T(2025, 2, 14, 8, 2, 31)
    new = """Dear Ahmed,

Good question. The 50% discount benefit you earned on the old profile was moved along with your certifications, so you will find it under Benefits in your certification account. Please note that each voucher can only be used once and benefits from two profiles are not added together - you will see one active voucher, valid until 14 May 2025.

For the exam itself, you can apply the voucher code on the payment page when you schedule with Pearson VUE.

Best wishes,
Lena
AWS Training and Certification Customer Support"""
    user = """Hi Lena,

Thank you! One more question - I had an exam discount voucher on the old account. Can I still use it?

Regards,
Ahmed Hassan"""
    prev = """Dear Ahmed,

Thank you for confirming.

I'm writing to let you know that the consolidation has been carried out: AWS90807011 no longer exists as a separate profile, and all of its records are now held under AWS90807060."""
    hist = (outlook_quote('Ahmed Hassan <ahmed.hassan.it@hotmail.com>', T(2025, 2, 13, 16, 45),
                          'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', 'RE: ' + AH_SUBJ, user)
            + "\n\n" + outlook_quote('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                                     T(2025, 2, 13, 11, 26), 'ahmed.hassan.it@hotmail.com', AH_SUBJ, prev, sep=False))
    plain = new + "\n\n" + FORM_FOOTER.format(cid=AH_CID) + "\n\n" + hist + "\n"
    msg = alt(plain, to_html(plain), cte='qp')
    return emit(55, 'after-merge-voucher-question-answered', msg, date=d, frm=AWS_FORM, to=AH, subject=AH_SUBJ,
                msgid=ses_msgid(d), label=L('support_reply', AH_CID, [], True), new_text=new, provider='outlook',
                auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m056():
    d = T(2025, 2, 21, 8, 5, 0)
    new = f"""Hello Ahmed,

We have not heard from you for a few days, so your case {AH_CID} has now been closed.

We'd love to know how we did. Was your issue resolved?
Yes - https://survey.aws-support.amazon.com/r/{rhex(32)}?a=yes
No  - https://survey.aws-support.amazon.com/r/{rhex(32)}?a=no

Need more help? Reply to this email within 14 days to reopen the case.

AWS Training and Certification Customer Support"""
    last = """Dear Ahmed,

Thank you for confirming.

I'm writing to let you know that the consolidation has been carried out: AWS90807011 no longer exists as a separate profile, and all of its records are now held under AWS90807060. You can continue to sign in with ahmed.hassan.it@hotmail.com."""
    plain = new + "\n\n----- Last correspondence on this case -----\n" + quote(last) + "\n"
    msg = alt(plain, to_html(plain), cte='qp')
    return emit(56, 'closed-survey-quoting-completion', msg, date=d, frm=AWS_FORM, to=AH,
                subject=f"[CASE {AH_CID}] Your case has been closed", msgid=ses_msgid(d),
                label=L('survey', AH_CID, [], True), new_text=new, provider='outlook', auth=ses_auth(d),
                dkim=aws_dkim(d), extra=ses_extra(d))


# ======================================================================
# Misaki reopens; Kenji opens a new console case; Credly reminder
# ======================================================================
@mail
def m057():
    d = T(2025, 9, 9, 1, 44, 20)
    new = """田中 美咲 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの小林でございます。

ご連絡いただき、ありがとうございます。
統合後のアカウントに「AWS Certified Data Engineer – Associate」が表示されていないとのこと、ご不便をおかけしており大変申し訳ございません。

本ケースを再開のうえ、現在担当部署にて受験記録を確認しております。確認が取れ次第、改めてご連絡いたしますので、恐れ入りますが今しばらくお待ちいただけますでしょうか。

小林
""" + JA_FORM_SIG
    user = """小林様

先日は統合ありがとうございました。
ただ、統合後のアカウントで Data Engineer Associate の認定が見当たりません。旧アカウント（AWS55567890）で 2024 年に取得したものです。ご確認いただけますでしょうか。

田中"""
    plain = new + "\n\n" + FORM_FOOTER.format(cid=MT_CID) + "\n\n" + ja_quote(
        dt.datetime(2025, 9, 8, 22, 15), '田中美咲', MT, user) + "\n"
    msg = tpart(plain, 'plain', 'utf-8', '8bit')
    return emit(57, 'ja-reopened-checking-missing-cert', msg, date=d, frm=AWS_FORM, to=MT, subject=hdr(MT_SUBJ),
                msgid=ses_msgid(d), label=L('support_reply', MT_CID, [], True, 'ja'), new_text=new, provider='jp',
                prov_kw={'prov': 'biglobe', 'dmarc_shown': False}, auth=ses_auth(d), dkim=aws_dkim(d),
                extra=ses_extra(d))


@mail
def m058():
    d = T(2025, 9, 10, 6, 30, 55)
    new = """田中 美咲 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの小林でございます。

お待たせいたしました。確認いたしましたところ、統合元アカウント AWS55567890 の受験記録の一部が移行されていなかったことが判明いたしました。先ほど移行処理を改めて実施し、統合作業が完了いたしました。

現在は統合先アカウントにて「AWS Certified Data Engineer – Associate」を含むすべての認定資格をご確認いただけます。このたびはご迷惑をおかけし、誠に申し訳ございませんでした。

小林
""" + JA_FORM_SIG
    prev = """田中 美咲 様

本ケースを再開のうえ、現在担当部署にて受験記録を確認しております。確認が取れ次第、改めてご連絡いたします。

小林"""
    plain = new + "\n\n" + FORM_FOOTER.format(cid=MT_CID) + "\n\n" + \
        "-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n" \
        "Sent: 2025年9月9日 10:44\nTo: m-tanaka@kve.biglobe.ne.jp\nSubject: " + MT_SUBJ + "\n\n" + prev + "\n"
    msg = alt(plain, to_html(plain, "'Meiryo',sans-serif"), cte='qp')
    return emit(58, 'ja-second-completion-after-reopen', msg, date=d, frm=AWS_FORM, to=MT, subject=hdr(MT_SUBJ),
                msgid=ses_msgid(d), label=L('merge_completed', MT_CID, ['AWS55567890'], True, 'ja'), new_text=new,
                provider='jp', prov_kw={'prov': 'biglobe', 'dmarc_shown': False}, auth=ses_auth(d), dkim=aws_dkim(d),
                extra=ses_extra(d))


@mail
def m059():
    op = T(2025, 6, 9, 12, 30, 15)
    cid = cid15(op, 733)
    d = op + dt.timedelta(seconds=6)
    plain = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {cid} を作成しました。

ケースの詳細は以下のとおりです:

ケース ID: {cid}
件名: 統合後に Credly のバッジが旧アドレスに残っている
重要度: 一般的なガイダンス
内容: 先月アカウントを統合していただきました（統合先 AWS03141592）。Solutions Architect – Associate のバッジが旧メールアドレスの Credly アカウントに残ったままです。移行をお願いできますか。

AWS サポートセンターでこのケースを表示して返信できます:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

よろしくお願いいたします。
Amazon Web Services

※本メールは送信専用アドレスからお送りしています。ご返信いただいてもお受けできませんので、お問い合わせは上記リンクからお願いいたします。
"""
    msg = alt(plain, to_html(plain, "'Meiryo',sans-serif"), cte='b64')
    subj = hdr(f"Amazon Web Services: 新しいサポートケースを作成しました: {cid}", 'utf-8')
    return emit(59, 'ja-console-new-case-credly-badge', msg, date=d, frm=AWS_CONSOLE, to=KS, subject=subj,
                msgid=ses_msgid(d), label=L('case_created', cid, ['AWS03141592'], True, 'ja'), new_text=plain,
                provider='jp', prov_kw={'prov': 'nifty'}, auth=ses_auth(d), dkim=aws_dkim(d), extra=ses_extra(d))


@mail
def m060():
    d = T(2025, 11, 21, 19, 12, 40)
    badge = 'AWS Certified Security – Specialty'
    url = f"https://www.credly.com/badges/{uuid.UUID(int=R.getrandbits(128))}/accept"
    plain = f"""Hi Olivia,

Just a reminder: your {badge} badge from Amazon Web Services Training and Certification is still waiting for you. Accept it to make it visible on your Credly profile.

Accept your badge: {url}

Credly, Inc. | 100 S. Wacker Dr., Suite 1100 | Chicago, IL 60606
"""
    htm = credly_html('Olivia', badge, 'Amazon Web Services Training and Certification', url,
                      ['Just a reminder: your badge is still waiting for you. Accept it to make it visible on your Credly profile.'])
    msg = alt(plain, htm, cte='qp')
    return emit(60, 'credly-reminder-badge-waiting-to-accept', msg, date=d, frm=CREDLY_FROM, to=OB,
                subject=hdr(f"Reminder: your {badge} badge is waiting"), msgid=sendgrid_msgid(),
                label=L('credly_badge_issued', None, [], True), new_text=plain, auth=credly_auth(d),
                dkim=dkim_sig('credly.com', 's1', d, 'from:to:subject:mime-version:content-type'), bstyle='sendgrid')


# ======================================================================
if __name__ == '__main__':
    import glob
    for f in glob.glob(os.path.join(OUT, '*.eml')):
        os.remove(f)
    for m in MAILS:
        m()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
    print(f"wrote {len(LABELS)} mails")
