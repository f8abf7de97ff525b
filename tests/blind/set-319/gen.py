#!/usr/bin/env python3
"""Generator for blind set 319: end-of-case mail for AWS Certification account merges.

Run:  python3 make_set.py      (writes NNN-*.eml and labels.json next to this script)
"""
import base64
import datetime as dt
import io
import json
import os
import quopri
import random
import re
from email.generator import Generator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(31919)
LABELS = {}
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))


def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def hexr(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def b64r(n):
    return base64.b64encode(R.randbytes(n)).decode()


def alnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(chars) for _ in range(n))


def uuid_r():
    return f'{hexr(8)}-{hexr(4)}-{hexr(4)}-{hexr(4)}-{hexr(12)}'


def ses_core(when):
    ms = int(when.timestamp() * 1000)
    return f'0100{ms:012x}-{uuid_r()}-000000'


def cid15(opened):
    return f'{int(opened.timestamp())}{R.randint(0, 99999):05d}'


def rfc(when):
    return format_datetime(when)


def pac(when):
    """Gmail writes its Received stamps in Pacific time."""
    u = when.astimezone(UTC)
    off = -7 if 3 < u.month < 11 or (u.month == 3 and u.day > 9) or (u.month == 11 and u.day < 3) else -8
    p = u.astimezone(dt.timezone(dt.timedelta(hours=off)))
    return format_datetime(p) + (' (PDT)' if off == -7 else ' (PST)')


def subj(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name='Subject').encode(linesep='\n')


def addr(name, email, cs='utf-8'):
    if name is None:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return Header(name, cs).encode(linesep='\n') + f' <{email}>'


# --------------------------------------------------------------------------- MIME parts
def part(text, sub='plain', cs='utf-8', cte='quoted-printable', codec=None, quote_cs=True):
    m = Message()
    raw = text.encode(codec or cs)
    m['Content-Type'] = f'text/{sub}; charset="{cs}"' if quote_cs else f'text/{sub}; charset={cs}'
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        pl = base64.encodebytes(raw).decode()
    elif cte == 'quoted-printable':
        pl = quopri.encodestring(raw).decode()
    elif cte == '8bit':
        pl = raw.decode('utf-8')
    else:
        pl = raw.decode('ascii')
    m.set_payload(pl)
    return m


def alt(*parts, boundary=None):
    m = MIMEMultipart('alternative')
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m


def mixed(*parts, boundary=None, sub='mixed'):
    m = MIMEMultipart(sub)
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m


def gmail_boundary():
    return '000000000000' + hexr(16)


def ses_boundary():
    return f'----=_Part_{R.randint(100000, 9999999)}_{R.randint(100000000, 2099999999)}.{R.randint(1700000000000, 1780000000000)}'


def outlook_boundary():
    return f'_000_{alnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}PR01MB{R.randint(1000, 9999)}jpnprd01pr_'


# --------------------------------------------------------------------------- transport headers
SES_IPS = ['54.240.8.25', '54.240.8.97', '54.240.9.112', '54.240.48.91', '54.240.13.43', '23.251.234.8']


def ses_host(ip):
    a, b, c, d = ip.split('.')
    return f'a{c}-{d}.smtp-out.amazonses.com'


def dkim(d, s, when, h='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID'):
    t = int(when.timestamp())
    hl = h
    return ('DKIM-Signature',
            f'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={t};\n'
            f'\th={hl};\n\tbh={b64r(32)};\n\tb={b64r(96)}\n\t{b64r(60)}')


AMZ_SEL = 'rjt5zkhqbsrhgdsxwkbf6ee3ahpifocl'
SES_SEL = '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'
SELS = {'amazon.com': AMZ_SEL, 'amazonses.com': SES_SEL, 'credly.com': 's1', 'sendgrid.info': 'smtpapi',
        'youracclaim.com': 's1', 'certmetrics.com': 'k1', 'github.com': 'pf2023', 'pearsonvue.com': 'selector1'}


def ar_value(prov, dk, spf, mailfrom, ip, dmarc, from_dom, policy='QUARANTINE'):
    """dk: list of (domain, result).  dmarc: 'pass' | 'fail' | None (not reported)."""
    if prov == 'gmail':
        lines = ['mx.google.com;']
        for d, r in dk:
            lines.append(f'dkim={r} header.i=@{d} header.s={SELS.get(d, "s1")} header.b={alnum(8)};')
        spfdom = mailfrom.split('@')[-1]
        verb = 'designates' if spf == 'pass' else 'does not designate'
        lines.append(f'spf={spf} (google.com: domain of {mailfrom} {verb} {ip} as permitted sender) smtp.mailfrom={mailfrom}' + (';' if dmarc else ''))
        if dmarc:
            lines.append(f'dmarc={dmarc} (p={policy} sp={policy} dis={"NONE" if dmarc == "pass" else policy}) header.from={from_dom}')
        return '\n       '.join(lines)
    if prov == 'outlook':
        spfdom = mailfrom.split('@')[-1]
        s = f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={spfdom}; '
        for d, r in dk:
            s += f'dkim={r} ({"signature was verified" if r == "pass" else "signature did not verify"})\n header.d={d};'
        if dmarc == 'pass':
            s += f'dmarc=pass action=none\n header.from={from_dom};compauth=pass reason=100'
        elif dmarc == 'fail':
            s += f'dmarc=fail action=quarantine\n header.from={from_dom};compauth=fail reason=000'
        else:
            s += f'dmarc=bestguesspass action=none\n header.from={from_dom};compauth=pass reason=109'
        return s
    if prov == 'fastmail':
        ls = ['mx5.messagingengine.com;', 'arc=none (no signatures found);']
        for d, r in dk:
            ls.append(f'dkim={r} (1024-bit rsa key sha256) header.d={d} header.i=@{d} header.b={alnum(8)} header.a=rsa-sha256 header.s={SELS.get(d, "s1")} x-bits=1024;')
        if dmarc:
            ls.append(f'dmarc={dmarc} policy.published-domain-policy=quarantine policy.applied-disposition={"none" if dmarc == "pass" else "quarantine"} policy.evaluated-disposition={"none" if dmarc == "pass" else "quarantine"} policy.override-reason=none (p=quarantine,d=none,d.eval=none) policy.policy-from=p header.from={from_dom};')
        ls.append(f'iprev=pass smtp.remote-ip={ip} ({ses_host(ip) if "amazonses" in mailfrom else "mail." + mailfrom.split("@")[-1]});')
        ls.append(f'spf={spf} smtp.mailfrom={mailfrom} smtp.helo={ses_host(ip) if "amazonses" in mailfrom else "mail." + mailfrom.split("@")[-1]};')
        ls.append('x-me-sender=none; x-ptr=pass')
        return '\n    '.join(ls)
    # Japanese providers and generic: RFC 8601 style with authserv-id
    servid = {'nifty': 'mx.nifty.com', 'biglobe': 'biglobe.ne.jp', 'yahoojp': 'mta5012.mail.kks.yahoo.co.jp',
              'ocn': 'ocn.ne.jp', 'sakura': 'www3210.sakura.ne.jp', 'fastmail': 'mx5.messagingengine.com',
              'corp': 'mx1.hokuto-denki.co.jp'}[prov]
    parts = [servid]
    spfdom = mailfrom.split('@')[-1]
    parts.append(f'spf={spf} smtp.mailfrom={spfdom}')
    for d, r in dk:
        parts.append(f'dkim={r} header.d={d}' + (f' header.s={SELS.get(d, "s1")}' if prov in ('fastmail', 'yahoojp') else ''))
    if dmarc:
        parts.append(f'dmarc={dmarc} header.from={from_dom}')
    return ';\n\t'.join(parts)


def received_in(prov, when, rcpt, src_host, src_ip):
    """Receiving-side Received lines, newest first."""
    u = when.astimezone(UTC) + dt.timedelta(seconds=R.randint(1, 4))
    if prov == 'gmail':
        return [
            ('Received', f'by 2002:a05:6a10:{hexr(4)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {alnum(4).lower()}csp{R.randint(100000, 9999999)}pxb;\n        {pac(u + dt.timedelta(seconds=1))}'),
            ('X-Google-Smtp-Source', f'AGHT+I{alnum(60)}'),
            ('X-Received', f'by 2002:a05:620a:{hexr(4)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id af79cd13be357-{hexr(10)}mr{R.randint(10000000, 99999999)}85a.{R.randint(10, 99)}.{u.year}.{u.month:02d}.{u.day:02d}.{u.hour:02d}.{u.minute:02d}.{u.second:02d};\n        {pac(u + dt.timedelta(seconds=1))}'),
            ('ARC-Seal', f'i=1; a=rsa-sha256; t={int(u.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64r(120)}'),
            ('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64r(32)};\n        fh={b64r(32)};\n        b={b64r(120)}'),
            ('__ARC_AR__', ''),
            ('Return-Path', '__RP__'),
            ('Received', f'from {src_host} ({src_host}. [{src_ip}])\n        by mx.google.com with ESMTPS id {hexr(10)}si{R.randint(1000000, 9999999)}{alnum(3).lower()}.{R.randint(10, 999)}.{u.year}.{u.month:02d}.{u.day:02d}.{u.hour:02d}.{u.minute:02d}.{u.second:02d}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pac(u)}'),
            ('Received-SPF', '__SPF__'),
        ]
    if prov == 'outlook':
        fe = f'{alnum(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}{R.randint(1, 9)}EUR0{R.randint(1, 6)}FT0{R.randint(10, 99)}'
        return [
            ('Received', f'from {alnum(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}{R.randint(1, 9)}PR{R.randint(10, 99)}MB{R.randint(1000, 9999)}.eurprd0{R.randint(1, 9)}.prod.outlook.com\n (2603:10a6:{hexr(3)}:{hexr(2)}::{R.randint(10, 99)}) by {alnum(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}{R.randint(1, 9)}PR{R.randint(10, 99)}MB{R.randint(1000, 9999)}.eurprd0{R.randint(1, 9)}.prod.outlook.com with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 8999)}.{R.randint(10, 40)}; {rfc(u + dt.timedelta(seconds=2))}'),
            ('Received', f'from {fe}.eop-EUR0{R.randint(1, 6)}.prod.protection.outlook.com\n (2603:10a6:{hexr(3)}:{hexr(2)}:cafe::{hexr(2)}) by {alnum(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}P{R.randint(100, 999)}CA{R.randint(1000, 9999)}.outlook.office365.com\n (2603:10a6:{hexr(3)}:{hexr(2)}::{R.randint(10, 99)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 8999)}.{R.randint(10, 40)} via Frontend Transport; {rfc(u + dt.timedelta(seconds=1))}'),
            ('__AR__', ''),
            ('Received-SPF', '__SPF__'),
            ('Received', f'from {src_host} ({src_ip}) by\n {fe}.mail.protection.outlook.com (10.152.{R.randint(1, 250)}.{R.randint(1, 250)}) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 8999)}.{R.randint(10, 40)} via\n Frontend Transport; {rfc(u)}'),
        ]
    if prov == 'none':
        return [
            ('Received', f'from mail-gw2.{rcpt.split("@")[1]} (mail-gw2.{rcpt.split("@")[1]} [10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby mbox1.{rcpt.split("@")[1]} (Postfix) with ESMTP id {alnum(11, "0123456789ABCDEF")}\n\tfor <{rcpt}>; {rfc(u.astimezone(JST) if rcpt.endswith(".jp") else u)}'),
            ('Received', f'from {src_host} ({src_host} [{src_ip}])\n\tby mail-gw2.{rcpt.split("@")[1]} (Postfix) with ESMTPS id {alnum(11, "0123456789ABCDEF")}\n\tfor <{rcpt}>; {rfc(u.astimezone(JST) if rcpt.endswith(".jp") else u)}'),
        ]
    # Japanese / other RFC-8601 providers
    host = {'nifty': 'mx.nifty.com', 'biglobe': 'mfilter{0}.biglobe.ne.jp'.format(R.randint(10, 40)),
            'yahoojp': 'mta5012.mail.kks.yahoo.co.jp', 'ocn': 'mfgw{0}.ocn.ad.jp'.format(R.randint(1, 9)),
            'sakura': 'www3210.sakura.ne.jp', 'fastmail': 'mx5.messagingengine.com',
            'corp': 'mx1.hokuto-denki.co.jp'}[prov]
    tz = UTC if prov == 'fastmail' else JST
    return [
        ('Return-Path', '__RP__'),
        ('Delivered-To', rcpt),
        ('Received', f'from {src_host} ({src_host} [{src_ip}])\n\tby {host} with ESMTPS id {alnum(10)}\n\tfor <{rcpt}>; {rfc(u.astimezone(tz))}'),
        ('__AR__', ''),
    ]


def envelope(prov, when, rcpt, src_host, src_ip, mailfrom, dk, spf, dmarc, from_dom, extra_ar=None):
    """Build transport headers; dmarc may be 'pass'/'fail'/None.  prov 'none' -> no AR at all."""
    out = []
    if prov == 'gmail':
        out.append(('Delivered-To', rcpt))
    arv = None if prov == 'none' else ar_value(prov, dk, spf, mailfrom, src_ip, dmarc, from_dom)
    spfv = f'{spf} (google.com: domain of {mailfrom} designates {src_ip} as permitted sender) client-ip={src_ip};' if prov == 'gmail' else \
        f'{"Pass" if spf == "pass" else "Fail"} ({rcpt.split("@")[1] if prov == "outlook" else "protection.outlook.com"}: domain of {mailfrom.split("@")[-1]}\n designates {src_ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={src_ip};\n helo={src_host}; pr=C'
    for k, v in received_in(prov, when, rcpt, src_host, src_ip):
        if k == '__ARC_AR__':
            out.append(('ARC-Authentication-Results', 'i=1; ' + arv))
        elif k == '__AR__':
            out.append(('Authentication-Results', arv))
        elif k == 'Return-Path':
            out.append(('Return-Path', f'<{mailfrom}>'))
        elif k == 'Received-SPF':
            out.append(('Received-SPF', spfv))
        else:
            out.append((k, v))
    if prov == 'gmail':
        # Gmail puts its AR right after Received-SPF
        out.append(('Authentication-Results', arv))
    if extra_ar:
        out.append(('Authentication-Results', extra_ar))
    return out


def aws_env(prov, when, rcpt, dmarc='pass', dk=None, ip=None, spf='pass', from_dom='amazon.com', extra_ar=None):
    ip = ip or R.choice(SES_IPS)
    core = ses_core(when)
    mailfrom = f'{core}@amazonses.com'
    dk = dk if dk is not None else [('amazon.com', 'pass'), ('amazonses.com', 'pass')]
    env = envelope(prov, when, rcpt, ses_host(ip), ip, mailfrom, dk, spf, dmarc, from_dom, extra_ar)
    sigs = [dkim('amazon.com', AMZ_SEL, when), dkim('amazonses.com', SES_SEL, when, h='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID')]
    return env, sigs, f'<{core}@email.amazonses.com>', ip


def ses_tail(ip, when, region='us-east-1'):
    return [('Feedback-ID', f'::1.{region}.{b64r(33)[:44]}=:AmazonSES'),
            ('X-SES-Outgoing', f'{when.astimezone(UTC):%Y.%m.%d}-{ip}')]


CREDLY_IPS = ['149.72.154.232', '149.72.163.58', '167.89.101.192']


def credly_env(prov, when, rcpt, dmarc='pass', dom='credly.com', dk=None):
    ip = R.choice(CREDLY_IPS)
    mailfrom = f'bounces+{R.randint(1000000, 9999999)}-{hexr(4)}-{rcpt.replace("@", "=")}@em{R.randint(1000, 9999)}.{dom}'
    dk = dk if dk is not None else [(dom, 'pass'), ('sendgrid.info', 'pass')]
    host = f'o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.em.{dom}'
    env = envelope(prov, when, rcpt, host, ip, mailfrom, dk, 'pass', dmarc, dom)
    sigs = [dkim(dom, 's1', when, h='from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to'),
            dkim('sendgrid.info', 'smtpapi', when, h='from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to')]
    mid = f'<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>'
    return env, sigs, mid


# --------------------------------------------------------------------------- output
def norm_ids(ids):
    out = set()
    for i in ids:
        m = re.fullmatch(r'(?i)aws[\s\-]?(\d{8})', i.strip())
        assert m, i
        out.add('AWS' + m.group(1))
    return sorted(out)


def emit(name, head, body, kind, case_id, accts, sv, lang, crlf=False):
    if 'MIME-Version' in body:
        del body['MIME-Version']
    s = io.StringIO()
    Generator(s, mangle_from_=False, maxheaderlen=0).flatten(body)
    bodytxt = s.getvalue()
    hdr = ''
    has_mv = False
    for k, v in head:
        if k == 'MIME-Version':
            has_mv = True
        hdr += f'{k}: {v}\n'
    if not has_mv:
        hdr += 'MIME-Version: 1.0\n'
    txt = hdr + bodytxt
    if not txt.endswith('\n'):
        txt += '\n'
    if crlf:
        txt = txt.replace('\r\n', '\n').replace('\n', '\r\n')
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(txt.encode('utf-8'))
    LABELS[name] = {'kind': kind, 'case_id': case_id, 'account_ids': norm_ids(accts),
                    'sender_verified': sv, 'language': lang}


def html_wrap(inner, title='Amazon Web Services', lang='en'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<title>{title}</title>\n</head>\n<body style="margin:0;padding:0;background:#f2f3f3;font-family:Amazon Ember,Helvetica,Arial,sans-serif;">\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">\n'
            f'<tr><td style="background:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="90"></td></tr>\n'
            f'<tr><td style="padding:24px;font-size:14px;line-height:20px;color:#16191f;">\n{inner}\n</td></tr>\n'
            f'<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>\n'
            f'</table>\n</td></tr></table>\n</body>\n</html>\n')


def t2h(text):
    """Plain text -> simple HTML paragraphs (agent replies rendered by the ticket tool)."""
    import html as _h
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>' + _h.escape(p).replace('\n', '<br>\n') + '</p>' for p in paras)


FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE = ('Amazon Web Services', 'no-reply-aws@amazon.com')

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn

# =========================================================================== mails
# ---- personas / cases -------------------------------------------------------
KENJI = ('Kenji Watanabe', 'kenji.watanabe.dev@gmail.com')
A_OPEN = T(2025, 5, 27, 23, 14, 8)
A_CASE = cid15(A_OPEN)
A_OLD, A_KEEP = 'AWS04417829', 'AWS10293847'

MISAKI = ('田中 美咲', 'misaki.tanaka@nifty.com')
C_OPEN = T(2025, 6, 10, 2, 5, 33)
C_CASE = cid15(C_OPEN)
C_OLD, C_KEEP = 'AWS20938475', 'AWS18273645'

SOPHIE = ('Sophie Laurent', 'sophie.laurent@outlook.com')
B_OPEN = T(2025, 7, 14, 9, 12, 40)
B_CASE = cid15(B_OPEN)
B_OLD, B_KEEP = 'AWS27182818', 'AWS31415926'

RAJ = ('Raj Patel', 'raj.patel@northwind-analytics.com')
D_CASE = '13284756201'
D_OLD, D_KEEP = 'AWS09876543', 'AWS01928374'

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


@mail
def m001():
    when = T(2025, 5, 29, 16, 40, 12)
    env, sigs, mid, ip = aws_env('gmail', when, KENJI[1])
    text = f"""Hello Kenji,

Thank you for your patience while we worked on this.

I'm happy to let you know that the merge you requested has been completed. Your candidate account {A_OLD} has been merged into {A_KEEP}, which is now your only active AWS Certification account. Your exam history, active certifications and transcripts are all available under {A_KEEP}.

You can sign in as usual with kenji.watanabe.dev@gmail.com at https://www.aws.training/Certification to review everything.

Best regards,

Priya S.
AWS Training and Certification Customer Support
Amazon Web Services

-----Original Message-----
From: Kenji Watanabe <kenji.watanabe.dev@gmail.com>
Sent: 28/05/2025 22:03
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {A_CASE}] {FORM_SUBJ}

The details are correct. Please proceed with the merge.

Thanks,
Kenji

On Wed, May 28, 2025 at 6:51 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Kenji,
>
> We can merge the following accounts for you:
>
> Account to be merged (will be closed): {A_OLD} - k.watanabe@old-employer.co.jp
> Account that will remain: {A_KEEP} - kenji.watanabe.dev@gmail.com
>
> Please note that a merge cannot be reversed. Reply to this email to confirm.
>
> Best regards,
> Priya S.
"""
    html = html_wrap(t2h(text.split('-----Original Message-----')[0]) +
                     '<hr>\n<div style="color:#555">' + t2h('-----Original Message-----' + text.split('-----Original Message-----')[1]) + '</div>')
    body = alt(part(text), part(html, 'html'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', KENJI[1]),
        ('Subject', f'RE:[CASE {A_CASE}] {FORM_SUBJ}'),
        ('Date', rfc(when)), ('Message-ID', mid), ('MIME-Version', '1.0')] + ses_tail(ip, when)
    emit('001-form-merge-done-plain.eml', head, body, 'merge_completed', A_CASE, [A_OLD, A_KEEP], True, 'en')


@mail
def m002():
    when = T(2025, 5, 29, 16, 41, 3)
    env, sigs, mid, ip = aws_env('gmail', when, KENJI[1])
    text = f"""Amazon Web Services

Your case has been resolved

Hello,

We're reaching out to let you know that case {A_CASE} has been marked as resolved by our support team. If your issue has not been resolved, you can reply to the most recent correspondence within 14 days and the case will be reopened.

Was your issue resolved?

YES: https://support.aws.amazon.com/feedback?displayId={A_CASE}&resolved=yes&language=en
NO:  https://support.aws.amazon.com/feedback?displayId={A_CASE}&resolved=no&language=en

Your feedback helps us improve the support experience for everyone.

Sincerely,
Amazon Web Services

This email was sent from an address that cannot accept incoming email.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    inner = f"""<h2 style="font-size:20px;margin:0 0 16px 0;">Your case has been resolved</h2>
<p>Hello,</p>
<p>We're reaching out to let you know that case <b>{A_CASE}</b> has been marked as resolved by our support team. If your issue has not been resolved, you can reply to the most recent correspondence within 14 days and the case will be reopened.</p>
<p style="font-weight:bold;margin-top:24px;">Was your issue resolved?</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>
<td style="padding-right:12px;"><a href="https://support.aws.amazon.com/feedback?displayId={A_CASE}&amp;resolved=yes&amp;language=en" style="display:inline-block;background:#ec7211;color:#fff;padding:8px 28px;text-decoration:none;border-radius:2px;">YES</a></td>
<td><a href="https://support.aws.amazon.com/feedback?displayId={A_CASE}&amp;resolved=no&amp;language=en" style="display:inline-block;background:#ffffff;color:#16191f;border:1px solid #545b64;padding:8px 28px;text-decoration:none;border-radius:2px;">NO</a></td>
</tr></table>
<p>Your feedback helps us improve the support experience for everyone.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078;">This email was sent from an address that cannot accept incoming email.</p>"""
    body = alt(part(text), part(html_wrap(inner), 'html'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', KENJI[1]),
        ('Subject', f'Your AWS Support case {A_CASE} has been resolved'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('002-autoclose-resolved-yes-no.eml', head, body, 'survey', A_CASE, [], True, 'en')


def credly_html(title, lines_html, button, url, name):
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{title}</title></head>
<body style="margin:0;padding:0;background-color:#f5f5f5;">
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#f5f5f5"><tr><td align="center" style="padding:24px 0;">
<table width="560" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff" style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#333333;">
<tr><td style="padding:24px 32px 0 32px;"><img src="https://images.credly.com/images/credly-logo-orange.png" width="90" alt="Credly" /></td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:22px;">
<p>Hi {name},</p>
{lines_html}
<p style="text-align:center;padding:16px 0;"><a href="{url}" style="background-color:#ff6b00;color:#ffffff;padding:12px 32px;border-radius:4px;text-decoration:none;font-weight:bold;display:inline-block;">{button}</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;line-height:16px;color:#888888;border-top:1px solid #eeeeee;">
You are receiving this email because an organization issued you a badge through Credly.<br />
<a href="https://www.credly.com/notification_preferences" style="color:#888888;">Manage email preferences</a> &middot; <a href="https://www.credly.com/privacy" style="color:#888888;">Privacy Policy</a><br />
Credly, Inc., a Pearson company &middot; 1 Penn Plaza, New York, NY 10119
</td></tr></table></td></tr></table></body></html>
"""


CREDLY_FROM = ('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')


@mail
def m003():
    when = T(2025, 5, 30, 2, 17, 44)
    env, sigs, mid = credly_env('gmail', when, KENJI[1])
    badge = 'AWS Certified Solutions Architect – Associate'
    bid = uuid_r()
    url = f'https://www.credly.com/earner/earned/badge/{bid}?utm_campaign=earner_badge_issued&utm_medium=email&utm_source=earner_notifications'
    text = f"""Hi Kenji,

Amazon Web Services Training and Certification has issued you a new badge: {badge}.

Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website so others can verify your achievement.

Accept your badge:
{url}

Badges you accept are visible on your public Credly profile. You can change this at any time in your privacy settings.

Thanks,
The Credly Team

You are receiving this email because an organization issued you a badge through Credly.
Manage email preferences: https://www.credly.com/notification_preferences
Credly, Inc., a Pearson company - 1 Penn Plaza, New York, NY 10119
"""
    lines = f"""<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<p style="text-align:center;"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="{badge}" /><br /><b>{badge}</b></p>
<p>Accept your badge to share it on LinkedIn, add it to your email signature, or embed it on your website so others can verify your achievement.</p>"""
    body = alt(part(text, cte='quoted-printable'), part(credly_html('New badge', lines, 'Accept your badge', url, 'Kenji'), 'html', cte='quoted-printable'),
               boundary=hexr(60))
    head = env + sigs + [
        ('From', addr(*CREDLY_FROM)), ('To', KENJI[1]),
        ('Subject', subj(f'Kenji, you have been issued a new badge: {badge}')),
        ('Date', rfc(when)), ('Message-ID', mid),
        ('X-Feedback-ID', f'{R.randint(1000000, 9999999)}:SG'), ('X-SG-EID', b64r(120)), ('List-Unsubscribe', '<https://www.credly.com/notification_preferences>')]
    emit('003-credly-new-badge-saa.eml', head, body, 'credly_badge_issued', None, [], True, 'en')

CONSOLE_FOOTER_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence within the AWS Support Center.

Best regards,
Amazon Web Services

============================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

CONSOLE_FOOTER_JA = """お客様のご意見をお聞かせください。AWS サポートセンターにて、このやり取りおよびその他のやり取りの評価にご協力ください。評価は、AWS サポートセンターの各やり取りの右上にある星を選択して行えます。

よろしくお願いいたします。
Amazon Web Services

============================
本ケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

（フェデレーションで接続している場合は、リンクを開く前にログインしてください。）

※このメールは送信専用のアドレスから送信されています。本ケースについて再度お問い合わせいただく場合は、上記のリンクをご利用ください。
"""


@mail
def m004():
    when = T(2025, 6, 12, 5, 22, 51)
    env, sigs, mid, ip = aws_env('nifty', when, MISAKI[1])
    text = f"""田中 美咲 様

いつもアマゾン ウェブ サービスをご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山本でございます。

ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。

　・統合元（閉鎖済み）：{C_OLD}
　・統合先（今後ご利用いただくアカウント）：{C_KEEP}

これまでに取得された認定資格および受験履歴は、すべて {C_KEEP} にてご確認いただけます。
お手数ではございますが、AWS Certification アカウントへ再度サインインのうえ、内容に相違がないかご確認くださいますようお願い申し上げます。

なお、Credly のデジタルバッジにつきましては、反映までに 2〜3 営業日ほどお時間をいただく場合がございます。あらかじめご了承ください。

その他ご不明な点がございましたら、本ケースよりお気軽にお問い合わせください。

今後ともアマゾン ウェブ サービスをよろしくお願い申し上げます。

山本
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(case=C_CASE)
    html = html_wrap(t2h(text), lang='ja')
    body = alt(part(text, cs='ISO-2022-JP', cte='7bit', codec='iso2022_jp'), part(html, 'html', cte='base64'),
               boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', MISAKI[1]),
        ('Subject', subj(f'RE:[CASE {C_CASE}] 認定アカウントの統合のお願い', 'iso-2022-jp')),
        ('Date', rfc(when)), ('Message-ID', mid), ('MIME-Version', '1.0')] + ses_tail(ip, when, 'ap-northeast-1')
    emit('004-ja-console-merge-done-iso2022jp.eml', head, body, 'merge_completed', C_CASE, [C_OLD, C_KEEP], True, 'ja')


@mail
def m005():
    when = T(2025, 6, 13, 5, 30, 2)
    env, sigs, mid, ip = aws_env('nifty', when, MISAKI[1])
    yes = f'https://support.aws.amazon.com/feedback?displayId={C_CASE}&resolved=yes&language=ja'
    no = f'https://support.aws.amazon.com/feedback?displayId={C_CASE}&resolved=no&language=ja'
    text = f"""Amazon Web Services

ケースが解決済みになりました

お客様

サポートケース {C_CASE}（件名：認定アカウントの統合のお願い）は、サポート担当者により解決済みとしてマークされました。
問題が解決していない場合は、14 日以内に最新のやり取りへ返信していただくと、ケースが再度オープンされます。

問題は解決しましたか?

はい：{yes}
いいえ：{no}

いただいたご意見は、サポート品質の向上のために活用させていただきます。

Amazon Web Services

このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。
"""
    inner = f"""<h2 style="font-size:20px;margin:0 0 16px 0;">ケースが解決済みになりました</h2>
<p>お客様</p>
<p>サポートケース <b>{C_CASE}</b>（件名：認定アカウントの統合のお願い）は、サポート担当者により解決済みとしてマークされました。<br>
問題が解決していない場合は、14 日以内に最新のやり取りへ返信していただくと、ケースが再度オープンされます。</p>
<p style="font-weight:bold;">問題は解決しましたか?</p>
<p><a href="{yes.replace('&', '&amp;')}" style="background:#ec7211;color:#fff;padding:8px 28px;text-decoration:none;">はい</a>&nbsp;&nbsp;<a href="{no.replace('&', '&amp;')}" style="border:1px solid #545b64;color:#16191f;padding:8px 22px;text-decoration:none;">いいえ</a></p>
<p>いただいたご意見は、サポート品質の向上のために活用させていただきます。</p>
<p style="font-size:11px;color:#687078;">このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。</p>"""
    body = alt(part(text, cte='base64'), part(html_wrap(inner, lang='ja'), 'html', cte='base64'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', MISAKI[1]),
        ('Subject', subj(f'Amazon Web Services: サポートケース {C_CASE} が解決済みになりました')),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when, 'ap-northeast-1')
    emit('005-ja-autoclose-resolved-survey.eml', head, body, 'survey', C_CASE, [], True, 'ja')


B_SUBJ = 'Duplicate AWS Certification accounts - please merge'


@mail
def m006():
    when = T(2025, 7, 17, 13, 8, 19)
    env, sigs, mid, ip = aws_env('outlook', when, SOPHIE[1])
    text = f"""Hello Sophie,

Good news: the Certification team has finished processing your request. Your two candidate records are now one. Everything that was on {B_OLD} (including your AWS Certified Cloud Practitioner from 2022) now sits on {B_KEEP}, and {B_OLD} has been deactivated.

A few things to do next:

1. Sign out of aws.training and sign back in with sophie.laurent@outlook.com so the updated profile loads.
2. Under Certification > Achievements, check that all three certifications are listed with the correct dates.
3. Under Benefits, the 50% exam discount voucher from your Developer - Associate certification should now appear. If it does not show up within 48 hours, let us know on this case.
4. Your Credly badges will be re-issued to the e-mail address on {B_KEEP}. You should receive an e-mail from Credly for each badge; please accept them there.

If anything looks wrong, reply through the Support Center and we will take another look.

Best regards,
Tomasz W.
Amazon Web Services

""" + CONSOLE_FOOTER_EN.format(case=B_CASE)
    body = alt(part(text), part(html_wrap(t2h(text)), 'html'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', SOPHIE[1]),
        ('Subject', f'RE:[CASE {B_CASE}] {B_SUBJ}'),
        ('Date', rfc(when)), ('Message-ID', mid), ('MIME-Version', '1.0')] + ses_tail(ip, when, 'eu-west-1')
    emit('006-console-merge-done-next-steps.eml', head, body, 'merge_completed', B_CASE, [B_OLD, B_KEEP], True, 'en')


@mail
def m007():
    when = T(2025, 7, 15, 10, 44, 37)
    env, sigs, mid, ip = aws_env('outlook', when, SOPHIE[1])
    o, k = B_OLD.replace('AWS', 'AWS-'), B_KEEP.replace('AWS', 'AWS-')
    text = f"""Hello Sophie,

Thank you for confirming the details.

I have now submitted the request to our Certification operations team to merge {o} into {k}. Once the merge is complete you will receive an update on this case, and the certifications from the old record will show on {k}. This usually takes two to three business days.

There is nothing else you need to do for now. Please do not open a new case for the same request, as this may delay the process.

Best regards,
Tomasz W.
Amazon Web Services

""" + CONSOLE_FOOTER_EN.format(case=B_CASE)
    body = alt(part(text), part(html_wrap(t2h(text)), 'html'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', SOPHIE[1]),
        ('Subject', f'RE:[CASE {B_CASE}] {B_SUBJ}'),
        ('Date', rfc(when)), ('Message-ID', mid), ('MIME-Version', '1.0')] + ses_tail(ip, when, 'eu-west-1')
    emit('007-thanks-confirming-will-proceed.eml', head, body, 'support_reply', B_CASE, [B_OLD, B_KEEP], True, 'en')


@mail
def m008():
    when = T(2025, 7, 19, 18, 2, 40)
    env, sigs, mid = credly_env('outlook', when, SOPHIE[1])
    code = '482913'
    url = f'https://www.credly.com/users/account_merges/{uuid_r()}/confirm?token={alnum(32)}'
    text = f"""Hi Sophie,

We received a request to merge the Credly account registered to s.laurent@etu.univ-lyon.fr into your Credly account (sophie.laurent@outlook.com).

Your verification code is: {code}

Enter this code on the merge screen, or click the link below to finish:

Complete Account Merge
{url}

After the merge, all badges and your profile history from both accounts will appear on one Credly profile. This code expires in 30 minutes.

If you did not request this, you can ignore this e-mail - nothing will change.

The Credly Team
"""
    lines = f"""<p>We received a request to merge the Credly account registered to <b>s.laurent@etu.univ-lyon.fr</b> into your Credly account (sophie.laurent@outlook.com).</p>
<p style="font-size:13px;color:#666;">Your verification code is:</p>
<p style="font-size:32px;letter-spacing:6px;font-weight:bold;text-align:center;">{code}</p>
<p>After the merge, all badges and your profile history from both accounts will appear on one Credly profile. This code expires in 30 minutes.</p>
<p>If you did not request this, you can ignore this e-mail &ndash; nothing will change.</p>"""
    body = alt(part(text, cte='7bit', cs='us-ascii'), part(credly_html('Account merge', lines, 'Complete Account Merge', url, 'Sophie'), 'html'), boundary=hexr(60))
    head = env + sigs + [
        ('From', addr('Credly', 'admin@credly.com')), ('To', SOPHIE[1]),
        ('Subject', 'Your Credly account merge verification code'),
        ('Date', rfc(when)), ('Message-ID', mid), ('X-Feedback-ID', f'{R.randint(1000000, 9999999)}:SG')]
    emit('008-credly-selfservice-merge-code.eml', head, body, 'unrelated', None, [], True, 'en')


D_FROM_SUBJ = f'RE:[CASE {D_CASE}] {FORM_SUBJ}'


@mail
def m009():
    when = T(2023, 3, 10, 6, 17, 5)
    env, sigs, mid, ip = aws_env('outlook', when, RAJ[1])
    text = f"""Dear Raj,

Greetings from AWS Training and Certification!

As per your confirmation, we have successfully merged both of your account. Now all your certification are reflecting under candidate ID {D_KEEP} and you can login with raj.patel@northwind-analytics.com only.

Kindly login to your account and verify at your end. If any discrepancy found, please revert back on this same email and we will be happy to assist you further.

Thanks & Regards,
Ankit
AWS Training and Certification Support
Amazon Web Services

From: Raj Patel <raj.patel@northwind-analytics.com>
Sent: Thursday, March 9, 2023 11:26 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: {D_FROM_SUBJ}

Hi Ankit,

Yes, please go ahead and merge {D_OLD} into {D_KEEP}. I understand this cannot be undone.

Regards,
Raj Patel
Senior Data Engineer | Northwind Analytics
+44 20 7946 0321

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, March 8, 2023 7:02 PM
To: Raj Patel <raj.patel@northwind-analytics.com>
Subject: {D_FROM_SUBJ}

CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.

Dear Raj,

We have found two candidate accounts under your name:
{D_OLD} - raj.p@gmail.com
{D_KEEP} - raj.patel@northwind-analytics.com

Please confirm that {D_OLD} should be merged into {D_KEEP}. Kindly note that once merged the process cannot be reversed.

Thanks & Regards,
Ankit
"""
    top, hist = text.split('From: Raj Patel', 1)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            + t2h(top) + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
            + t2h('From: Raj Patel' + hist) + '</div></body></html>')
    body = alt(part(text, cte='base64'), part(html, 'html', cte='base64'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', RAJ[1]),
        ('Subject', '[EXTERNAL] ' + D_FROM_SUBJ),
        ('Date', rfc(when)), ('Message-ID', mid), ('MIME-Version', '1.0')] + ses_tail(ip, when) + [
        ('X-MS-Exchange-Organization-SCL', '1'), ('X-MS-Exchange-Organization-AuthAs', 'Anonymous')]
    emit('009-nonnative-merged-both-11digit.eml', head, body, 'merge_completed', D_CASE, [D_KEEP], True, 'en')


@mail
def m010():
    when = T(2023, 3, 11, 6, 20, 44)
    env, sigs, mid, ip = aws_env('outlook', when, RAJ[1])
    text = f"""Your case has been closed

Case ID: {D_CASE}
Subject: {FORM_SUBJ}
Category: Certification / Account Merge
Status: Closed

Resolution summary:
Candidate ID {D_OLD} was merged into {D_KEEP}. The merged candidate ID has been deactivated and all certifications are now associated with {D_KEEP}.

How satisfied were you with the support you received?
Very dissatisfied  1 - 2 - 3 - 4 - 5  Very satisfied
https://aws-tc-survey.amazon.com/s/{alnum(12)}?case={D_CASE}

If you still need help with this issue, reply to the last message from our team within 7 days and your case will be reopened automatically.

AWS Training and Certification
"""
    stars = ''.join(f'<a href="https://aws-tc-survey.amazon.com/s/r?case={D_CASE}&amp;score={i}" style="display:inline-block;width:36px;height:36px;line-height:36px;margin:0 4px;border:1px solid #879596;text-align:center;color:#16191f;text-decoration:none;">{i}</a>' for i in range(1, 6))
    inner = f"""<h2 style="font-size:20px;">Your case has been closed</h2>
<table style="font-size:14px;" cellpadding="3"><tr><td><b>Case ID</b></td><td>{D_CASE}</td></tr>
<tr><td><b>Subject</b></td><td>{FORM_SUBJ}</td></tr><tr><td><b>Category</b></td><td>Certification / Account Merge</td></tr><tr><td><b>Status</b></td><td>Closed</td></tr></table>
<p><b>Resolution summary:</b><br>Candidate ID {D_OLD} was merged into {D_KEEP}. The merged candidate ID has been deactivated and all certifications are now associated with {D_KEEP}.</p>
<p><b>How satisfied were you with the support you received?</b></p><p>Very dissatisfied {stars} Very satisfied</p>
<p>If you still need help with this issue, reply to the last message from our team within 7 days and your case will be reopened automatically.</p>"""
    body = alt(part(text, cte='quoted-printable'), part(html_wrap(inner), 'html', cte='quoted-printable'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr('AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon.com')), ('To', RAJ[1]),
        ('Subject', f'[EXTERNAL] Case {D_CASE} closed - tell us how we did'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('010-closure-summary-rating.eml', head, body, 'survey', D_CASE, [D_OLD, D_KEEP], True, 'en')

def other_env(prov, when, rcpt, host, ip, mailfrom, from_dom, dk=None, spf='pass', dmarc='pass', sel='default', extra_ar=None):
    dk = [(from_dom, 'pass')] if dk is None else dk
    env = envelope(prov, when, rcpt, host, ip, mailfrom, dk, spf, dmarc, from_dom, extra_ar)
    sigs = [dkim(from_dom, sel, when)] if any(d == from_dom for d, _ in dk) else []
    return env, sigs


@mail
def m011():
    when = T(2025, 6, 2, 3, 51, 27)
    dom = 'aws-certification-notice.com'
    env, sigs = other_env('gmail', when, KENJI[1], f'mail.{dom}', '185.234.72.19', f'bounce@{dom}', dom)
    text = f"""AWS Training & Certification

Account merge completed - action required

Dear Candidate,

Your AWS Certification accounts have been successfully merged into Candidate ID AWS00318842.

To keep your certifications active, you must verify the merged profile within 48 hours. Unverified profiles are suspended and the related Credly badges are revoked.

Verify merged account: https://{dom}/verify?cid=AWS00318842&t={alnum(24)}

Thank you,
AWS Training and Certification Team

(c) 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.
"""
    inner = f"""<h2 style="color:#232f3e;">Account merge completed &ndash; action required</h2>
<p>Dear Candidate,</p>
<p>Your AWS Certification accounts have been successfully merged into Candidate ID <b>AWS00318842</b>.</p>
<p>To keep your certifications active, you must verify the merged profile within <b>48 hours</b>. Unverified profiles are suspended and the related Credly badges are revoked.</p>
<p><a href="https://{dom}/verify?cid=AWS00318842" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold;">Verify merged account</a></p>
<p>Thank you,<br>AWS Training and Certification Team</p>"""
    body = alt(part(text, cte='7bit', cs='us-ascii'), part(html_wrap(inner), 'html'), boundary=f'b1_{hexr(32)}')
    head = env + sigs + [
        ('From', addr('AWS Training & Certification', f'no-reply@{dom}')), ('To', KENJI[1]),
        ('Subject', 'Your AWS Certification accounts have been merged - verification needed'),
        ('Date', rfc(when.astimezone(dt.timezone(dt.timedelta(hours=3))))),
        ('Message-ID', f'<{hexr(32)}@{dom}>'), ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    emit('011-lookalike-merge-completed-phish.eml', head, body, 'merge_completed', None, ['AWS00318842'], False, 'en')


@mail
def m012():
    when = T(2025, 6, 20, 21, 12, 9)
    opened = T(2025, 6, 18, 8, 30, 55)
    case = cid15(opened)
    env, sigs, mid, ip = aws_env('gmail', when, KENJI[1])
    text = f"""Amazon Web Services

Your case has been resolved

Hello,

We're reaching out to let you know that case {case} ("Service Quotas: Increase Running On-Demand G and VT instances in eu-central-1") has been marked as resolved by our support team. If your issue has not been resolved, you can reply to the most recent correspondence within 14 days and the case will be reopened.

Was your issue resolved?

YES: https://support.aws.amazon.com/feedback?displayId={case}&resolved=yes&language=en
NO:  https://support.aws.amazon.com/feedback?displayId={case}&resolved=no&language=en

Sincerely,
Amazon Web Services

This email was sent from an address that cannot accept incoming email.
"""
    inner = t2h(text.replace('Amazon Web Services\n\n', '', 1))
    body = alt(part(text), part(html_wrap(inner), 'html'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', KENJI[1]),
        ('Subject', f'Your AWS Support case {case} has been resolved'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('012-quota-case-resolved-other-case.eml', head, body, 'unrelated', case, [], True, 'en')


def credly_badge_mail(fname, when, prov, who, first, badge, issuer_msg=None, subject=None, html_only=False, cte='quoted-printable'):
    env, sigs, mid = credly_env(prov, when, who[1])
    url = f'https://www.credly.com/earner/earned/badge/{uuid_r()}?utm_campaign=earner_badge_issued&utm_medium=email&utm_source=earner_notifications'
    msg_t = f'\nMessage from the issuer:\n"{issuer_msg}"\n' if issuer_msg else ''
    msg_h = f'<p style="background:#f7f7f7;padding:12px;border-left:3px solid #ff6b00;"><i>Message from the issuer:</i><br />{issuer_msg}</p>' if issuer_msg else ''
    text = f"""Hi {first},

Congratulations! Amazon Web Services Training and Certification has issued you the {badge} badge.
{msg_t}
Accept your badge and share it with your network:
{url}

Why accept? Badges on Credly can be verified by employers, added to LinkedIn in one click, and shown on your public profile.

The Credly Team
"""
    lines = f"""<p>Congratulations! <b>Amazon Web Services Training and Certification</b> has issued you a badge.</p>
<p style="text-align:center;"><img src="https://images.credly.com/size/340x340/images/{uuid_r()}/image.png" width="170" alt="{badge}" /><br /><b>{badge}</b></p>
{msg_h}<p>Badges on Credly can be verified by employers, added to LinkedIn in one click, and shown on your public profile.</p>"""
    html = credly_html('Your new badge', lines, 'Accept Badge', url, first)
    if html_only:
        body = part(html, 'html', cte=cte)
    else:
        body = alt(part(text, cte=cte), part(html, 'html', cte=cte), boundary=hexr(60))
    head = env + sigs + [
        ('From', addr(*CREDLY_FROM)), ('To', who[1]),
        ('Subject', subj(subject or f'{first}, you earned a badge from Amazon Web Services Training and Certification')),
        ('Date', rfc(when)), ('Message-ID', mid), ('X-Feedback-ID', f'{R.randint(1000000, 9999999)}:SG'),
        ('List-Unsubscribe', '<https://www.credly.com/notification_preferences>')]
    emit(fname, head, body, 'credly_badge_issued', None, [], True, 'en')


@mail
def m013():
    credly_badge_mail('013-credly-reissued-after-consolidation-ccp.eml', T(2025, 7, 18, 4, 2, 31), 'outlook', SOPHIE, 'Sophie',
                      'AWS Certified Cloud Practitioner',
                      issuer_msg='This badge has been re-issued to your current e-mail address following the consolidation of your AWS Certification accounts. Your original certification date is unchanged.')


@mail
def m014():
    credly_badge_mail('014-credly-dva-html-only.eml', T(2025, 7, 18, 4, 2, 58), 'outlook', SOPHIE, 'Sophie',
                      'AWS Certified Developer – Associate', subject='Claim your AWS Certified Developer – Associate badge',
                      html_only=True, cte='base64')


LUCAS = ('Lucas Oliveira', 'lucas.oliveira@fastmail.com')
E_OPEN = T(2025, 8, 4, 19, 26, 47)
E_CASE = cid15(E_OPEN)
E_OLD, E_KEEP = 'AWS39920417', 'AWS40058123'


@mail
def m015():
    when = T(2025, 8, 6, 15, 3, 12)
    env, sigs, mid, ip = aws_env('fastmail', when, LUCAS[1])
    text = f"""Hi Lucas,

I've completed the merge of your certification accounts. {E_OLD.lower()} no longer exists as a separate account; its exam history and your AWS Certified SysOps Administrator - Associate now show under {E_KEEP.lower()}, together with everything that was already there.

Since your request has been fulfilled, I'll go ahead and close this case. If something doesn't look right after you sign in, simply reply to this e-mail and the case will reopen.

Kind regards,

Marta
AWS Training & Certification Support

-------- Original Message --------
From: Lucas Oliveira <lucas.oliveira@fastmail.com>
Date: Tue, Aug 5, 2025, 22:41
Subject: Re: RE:[CASE {E_CASE}] {FORM_SUBJ}

Hi Marta, yes that's right, please merge them. Thanks!
Lucas
"""
    top, hist = text.split('-------- Original Message --------')
    html = f"""<div dir="ltr">{t2h(top)}</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{t2h('-------- Original Message --------' + hist)}</blockquote>"""
    body = alt(part(text), part(html, 'html'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', LUCAS[1]),
        ('Subject', f'RE: [CASE {E_CASE}] {FORM_SUBJ}'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('015-merge-done-and-closing.eml', head, body, 'merge_completed', E_CASE, [E_OLD, E_KEEP], True, 'en')


@mail
def m016():
    when = T(2025, 8, 11, 9, 30, 0)
    env, sigs, mid, ip = aws_env('fastmail', when, LUCAS[1])
    text = f"""Hi Lucas,

As we haven't heard back from you, I'm now resolving this case. I hope everything looks good on your side.

If you need any further help, you can reply to this e-mail within the next 14 days and the case will be reopened automatically. After that, please submit a new request through the contact form.

You may receive a short survey about this case. We'd really appreciate your feedback.

Kind regards,

Marta
AWS Training & Certification Support

-------- Previous message --------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Wed, Aug 6, 2025, 15:03
Subject: RE: [CASE {E_CASE}] {FORM_SUBJ}

> Hi Lucas,
>
> I've completed the merge of your certification accounts. {E_OLD.lower()} no longer exists as a separate account; its exam history and your AWS Certified SysOps Administrator - Associate now show under {E_KEEP.lower()}.
>
> Kind regards,
> Marta
"""
    body = part(text, cte='quoted-printable')
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', LUCAS[1]),
        ('Subject', f'RE: [CASE {E_CASE}] {FORM_SUBJ}'),
        ('Date', rfc(when)), ('Message-ID', mid),
        ('Content-Language', 'en-US')] + ses_tail(ip, when)
    emit('016-agent-resolving-no-response.eml', head, body, 'survey', E_CASE, [], True, 'en')


DANIEL = ('Daniel Kim', 'dkim.cloud@gmail.com')
F_OPEN = T(2025, 10, 2, 14, 33, 10)
F_CASE = cid15(F_OPEN)
F_A, F_B = 'AWS45012398', 'AWS45012876'


@mail
def m017():
    when = F_OPEN + dt.timedelta(seconds=41)
    env, sigs, mid, ip = aws_env('gmail', when, DANIEL[1])
    text = f"""Thank you for contacting Amazon Web Services. We have opened case {F_CASE} to address your issue.

The details of your case are as follows:

Case ID: {F_CASE}
Subject: Merge two AWS Certification accounts (duplicate candidate IDs)
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts because I took my first exam with my university e-mail. Candidate IDs are aws45012398 (daniel.kim@student.sfsu.edu, no longer accessible) and AWS 45012876 (current). Please merge them and keep the second one.

Thanks,
Daniel

You will receive e-mail notifications when there is activity on your case. You can also view your case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={F_CASE}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
    body = alt(part(text), part(html_wrap(t2h(text)), 'html'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', DANIEL[1]),
        ('Subject', f'Amazon Web Services: You have opened a new Support case: {F_CASE}'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('017-console-case-opened.eml', head, body, 'case_created', F_CASE, [F_A, F_B], True, 'en')


ANA = ('Ana García', 'ana.garcia.cloud@gmail.com')
G_OPEN = T(2025, 9, 15, 7, 48, 22)
G_CASE = cid15(G_OPEN)
G_OLD, G_KEEP = 'AWS77120349', 'AWS80011452'


@mail
def m018():
    when = G_OPEN + dt.timedelta(seconds=73)
    env, sigs, mid, ip = aws_env('gmail', when, ANA[1])
    text = f"""Hello,

Thank you for reaching out to AWS Training and Certification. This is an automated message to let you know that we received your request and created case {G_CASE}.

Summary of your submission
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: {G_KEEP}
Description: Tengo dos cuentas / I have two accounts, please merge the old one into this one.

A member of our team will review your request and respond to you by e-mail, usually within 24 hours. To add information, reply to this e-mail and keep the case number in the subject line. Please do not submit a new request for the same issue, as this can delay our response.

Regards,
AWS Training and Certification Customer Support
"""
    body = alt(part(text, cte='quoted-printable'), part(html_wrap(t2h(text)), 'html', cte='quoted-printable'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', ANA[1]),
        ('Subject', f'[CASE {G_CASE}] {FORM_SUBJ}'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('018-form-request-received.eml', head, body, 'case_created', G_CASE, [G_KEEP], True, 'en')


@mail
def m019():
    when = T(2025, 9, 16, 11, 2, 48)
    env, sigs, mid, ip = aws_env('gmail', when, ANA[1])
    text = f"""Hello Ana,

Thank you for contacting AWS Training and Certification.

We located a second candidate profile under your name. Before we make any change, please review the details below:

  Profile to be merged and closed: {G_OLD} (ana.garcia@alumnos.upm.es)
  Profile that will remain active: {G_KEEP} (ana.garcia.cloud@gmail.com)

All certifications, exam history and benefits from {G_OLD} will be moved to {G_KEEP}. Please be aware that this action is permanent and cannot be undone.

If this is correct, simply reply to this message confirming that you want us to go ahead. If you would prefer to keep the other profile, let us know instead.

Best regards,

Daniela R.
AWS Training and Certification Customer Support

On Mon, Sep 15, 2025 at 9:47 AM Ana García <ana.garcia.cloud@gmail.com> wrote:
> Tengo dos cuentas / I have two accounts, please merge the old one into this one.
"""
    body = alt(part(text), part(html_wrap(t2h(text)), 'html'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', ANA[1]),
        ('Subject', f'RE:[CASE {G_CASE}] {FORM_SUBJ}'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('019-confirm-profiles-before-merge.eml', head, body, 'merge_confirmation_requested', G_CASE, [G_OLD, G_KEEP], True, 'en')


KENICHI = ('佐藤 健一', 'kenichi.sato@yahoo.co.jp')
H_OPEN = T(2025, 11, 5, 0, 31, 9)
H_CASE = cid15(H_OPEN)
H_OLD, H_KEEP = 'AWS66203918', 'AWS58820173'
H_SUBJ = 'AWS認定アカウントが2つあるため統合したい'


@mail
def m020():
    when = T(2025, 11, 6, 2, 14, 30)
    env, sigs, mid, ip = aws_env('yahoojp', when, KENICHI[1])
    text = f"""佐藤 健一 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
AWS トレーニングと認定サポート担当の小林と申します。

お調べしたところ、佐藤様名義の認定アカウントが 2 件確認できました。統合作業を進めるにあたり、以下の内容でよろしいかご確認をお願いいたします。

■ 統合元（統合後に無効となるアカウント）
　AWS 66203918（k.sato@kaisha-mail.co.jp）
■ 統合先（今後ご利用いただくアカウント）
　AWS 58820173（kenichi.sato@yahoo.co.jp）

統合元アカウントの認定資格・受験履歴・特典は、すべて統合先へ移行されます。
なお、一度統合したアカウントは元に戻すことができませんので、ご注意ください。

上記の内容で問題がなければ、AWS サポートセンターの本ケースより「上記内容で統合を希望します」とご返信ください。

何卒よろしくお願い申し上げます。

小林
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(case=H_CASE)
    body = alt(part(text, cte='quoted-printable'), part(html_wrap(t2h(text), lang='ja'), 'html', cte='quoted-printable'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', KENICHI[1]),
        ('Subject', subj(f'RE:[CASE {H_CASE}] {H_SUBJ}')),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when, 'ap-northeast-1')
    emit('020-ja-confirm-merge-direction.eml', head, body, 'merge_confirmation_requested', H_CASE, [H_OLD, H_KEEP], True, 'ja')

@mail
def m021():
    when = T(2025, 9, 17, 20, 5, 11)
    dom = 'amazon-certification-support.net'
    env, sigs = other_env('gmail', when, ANA[1], f'smtp1.{dom}', '45.88.104.201', f'support@{dom}', dom, sel='mail')
    text = f"""Hello,

We are contacting you about your pending AWS Certification account merge request.

Our records show two AWS Certification profiles linked to your name. To complete the merge, we need you to confirm which profile should be kept. Please sign in with your AWS Certification credentials through the secure link below and confirm the merge within 24 hours, otherwise the request will be cancelled and both profiles may be locked.

Confirm merge: https://{dom}/certification/merge/confirm?ref={alnum(16)}

Note: a merge cannot be reversed once confirmed.

Regards,
AWS Training and Certification Support
Amazon Web Services
"""
    body = alt(part(text, cte='quoted-printable'), part(html_wrap(t2h(text)), 'html', cte='quoted-printable'), boundary=f'=_{hexr(24)}')
    head = env + sigs + [
        ('From', addr('Amazon Web Services', f'aws-cs-trainingcertification-form@{dom}')), ('To', ANA[1]),
        ('Subject', 'Action required: confirm your AWS Certification account merge'),
        ('Date', rfc(when)), ('Message-ID', f'<{hexr(20)}.{R.randint(100000, 999999)}@{dom}>')]
    emit('021-lookalike-confirm-merge-phish.eml', head, body, 'merge_confirmation_requested', None, [], False, 'en')


@mail
def m022():
    when = T(2025, 10, 3, 16, 20, 4)
    env, sigs, mid, ip = aws_env('gmail', when, DANIEL[1])
    url = f'https://console.aws.amazon.com/support/home#/case/?displayId={F_CASE}&language=en'
    text = f"""Hello,

We've updated your AWS Support case with a new correspondence. To view the correspondence and respond, sign in to the AWS Support Center.

Case ID: {F_CASE}
Subject: Merge two AWS Certification accounts (duplicate candidate IDs)

View case: {url}

(If you are connecting by federation, log in before following the link.)

Sincerely,
Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.
"""
    body = alt(part(text), part(html_wrap(t2h(text)), 'html'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', DANIEL[1]),
        ('Subject', f'[Case {F_CASE}] New correspondence added'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('022-console-new-correspondence.eml', head, body, 'support_reply', F_CASE, [], True, 'en')


@mail
def m023():
    when = T(2025, 10, 6, 17, 45, 26)
    env, sigs, mid, ip = aws_env('gmail', when, DANIEL[1])
    text = f"""Hello Daniel,

Just a quick update on your request. Your confirmation has been received and the merge of {F_A} into {F_B} is currently being processed by our certification operations team. I don't have a completion date yet, but these requests normally take between 3 and 5 business days.

I'll keep this case open and will write to you as soon as the work is finished. In the meantime you can keep using {F_B} to sign in and schedule exams.

Best regards,
Jorge M.
Amazon Web Services

""" + CONSOLE_FOOTER_EN.format(case=F_CASE)
    body = alt(part(text), part(html_wrap(t2h(text)), 'html'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', DANIEL[1]),
        ('Subject', f'RE:[CASE {F_CASE}] Merge two AWS Certification accounts (duplicate candidate IDs)'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('023-status-update-processing.eml', head, body, 'support_reply', F_CASE, [F_A, F_B], True, 'en')


@mail
def m024():
    when = T(2025, 6, 2, 14, 9, 55)
    env, sigs, mid, ip = aws_env('gmail', when, KENJI[1])
    text = f"""Hello Kenji,

Thank you for letting us know.

The certification merge and the Credly badge transfer are handled separately. I have raised a request with our Credly team to move the badges from your previous Credly account (k.watanabe@old-employer.co.jp) to kenji.watanabe.dev@gmail.com. This can take 5 to 7 business days. You will get an e-mail from Credly for each badge once it has been issued to the new address, and you will need to accept them there.

I will keep this case open until the badges have been moved.

Best regards,

Priya S.
AWS Training and Certification Customer Support
Amazon Web Services

On Sat, May 31, 2025 at 10:12 AM Kenji Watanabe <kenji.watanabe.dev@gmail.com> wrote:
> Hi Priya,
>
> Thanks, the merge worked and I can see all my certifications under {A_KEEP}.
> However my Credly badges are still on my old Credly account. Could you move them?
>
> Kenji
>
> On Thu, May 29, 2025 at 6:40 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Kenji,
> >
> > I'm happy to let you know that the merge you requested has been completed. Your candidate account {A_OLD} has been merged into {A_KEEP}.
> >
> > Best regards,
> > Priya S.
"""
    body = alt(part(text), part(html_wrap(t2h(text)), 'html'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', KENJI[1]),
        ('Subject', f'RE:[CASE {A_CASE}] {FORM_SUBJ}'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('024-credly-transfer-requested.eml', head, body, 'support_reply', A_CASE, [], True, 'en')


@mail
def m025():
    when = T(2023, 3, 14, 9, 31, 40)
    env, sigs, mid, ip = aws_env('outlook', when, RAJ[1])
    text = f"""Dear Raj,

Thank you for writing back.

Regarding your query about the 50% exam discount: the benefit is linked to your active certification and after the merge it is available in your account {D_KEEP} under the "Benefits" tab. Please generate the voucher code from there and apply it at the time of scheduling with Pearson VUE. Kindly note that each voucher can be used only once and it is valid till the expiry date shown on the Benefits page.

Hope this helps. Do let us know if you need any further assistance.

Thanks & Regards,
Ankit
AWS Training and Certification Support

From: Raj Patel <raj.patel@northwind-analytics.com>
Sent: Monday, March 13, 2023 4:55 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: {D_FROM_SUBJ}

Hi Ankit, thanks, I can see everything now. One question: where do I find the 50% voucher I had on the old account?

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, March 10, 2023 6:17 AM
To: Raj Patel <raj.patel@northwind-analytics.com>
Subject: {D_FROM_SUBJ}

Dear Raj,

As per your confirmation, we have successfully merged both of your account {D_OLD} and {D_KEEP}. Now all your certification are reflecting under candidate ID {D_KEEP}.
"""
    top, hist = text.split('From: Raj Patel', 1)
    html = ('<html><body>' + t2h(top) + '<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">' + t2h('From: Raj Patel' + hist) + '</div></body></html>')
    body = alt(part(text, cte='base64'), part(html, 'html', cte='base64'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', RAJ[1]),
        ('Subject', '[EXTERNAL] ' + D_FROM_SUBJ),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('025-voucher-question-after-merge.eml', head, body, 'support_reply', D_CASE, [D_KEEP], True, 'en')


@mail
def m026():
    when = T(2025, 6, 9, 13, 0, 5)
    env, sigs = other_env('gmail', when, KENJI[1], 'mta-out2.certmetrics.com', '52.44.187.9', 'bounce@certmetrics.com', 'certmetrics.com', sel='k1')
    text = f"""AWS Certification wants to hear from you

Dear Kenji Watanabe,

Candidate ID: {A_KEEP}

Thank you for being part of the AWS Certification community. We are constantly working to improve your experience, and we'd like to hear about it. The survey takes about 5 minutes and your responses are confidential.

Take the survey: https://www.certmetrics.com/amazon/public/survey.aspx?id={alnum(20)}

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this message.
"""
    body = alt(part(text, cs='us-ascii', cte='7bit'), part(t2h(text), 'html', cs='us-ascii', cte='7bit'), boundary=f'--boundary_{R.randint(1000, 9999)}_{uuid_r()}')
    head = env + sigs + [
        ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', KENJI[1]),
        ('Subject', 'AWS Certification wants to hear from you'),
        ('Date', rfc(when)), ('Message-ID', f'<{uuid_r()}@certmetrics.com>')]
    emit('026-certmetrics-hear-from-you.eml', head, body, 'unrelated', None, [A_KEEP], False, 'en')


@mail
def m027():
    when = T(2025, 11, 20, 15, 30, 12)
    env, sigs, mid = credly_env('gmail', when, DANIEL[1])
    url = f'https://www.credly.com/earner/earned/badge/{uuid_r()}'
    text = f"""Hi Daniel,

Your AWS Certified Solutions Architect - Associate badge from Amazon Web Services Training and Certification will expire on February 18, 2026.

To keep your badge active, check with the issuer about how to renew or recertify before it expires. Once the badge expires it will stay on your profile, marked as expired.

View badge: {url}

The Credly Team
"""
    lines = """<p>Your <b>AWS Certified Solutions Architect - Associate</b> badge from Amazon Web Services Training and Certification will expire on <b>February 18, 2026</b>.</p>
<p>To keep your badge active, check with the issuer about how to renew or recertify before it expires. Once the badge expires it will stay on your profile, marked as expired.</p>"""
    body = alt(part(text), part(credly_html('Badge expiring', lines, 'View badge', url, 'Daniel'), 'html'), boundary=hexr(60))
    head = env + sigs + [
        ('From', addr(*CREDLY_FROM)), ('To', DANIEL[1]),
        ('Subject', 'Your badge is expiring in 90 days'),
        ('Date', rfc(when)), ('Message-ID', mid), ('X-Feedback-ID', f'{R.randint(1000000, 9999999)}:SG')]
    emit('027-credly-expiry-reminder.eml', head, body, 'unrelated', None, [], True, 'en')


@mail
def m028():
    when = T(2025, 8, 7, 8, 12, 33)
    env, sigs = other_env('fastmail', when, LUCAS[1], 'out-20.smtp.github.com', '192.30.252.203', f'noreply@github.com', 'github.com', sel='pf2023')
    text = """Merged #418 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lumen-data/infra-modules/pull/418#event-19203847561
You are receiving this because you authored the thread.
"""
    html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/lumen-data/infra-modules/pull/418">#418</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/lumen-data/infra-modules/pull/418#event-19203847561">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
    body = alt(part(text, cte='7bit', cs='UTF-8', quote_cs=False), part(html, 'html', cte='7bit', cs='UTF-8', quote_cs=False), boundary=f'--==_mimepart_{hexr(13)}_{R.randint(10, 99)}')
    head = env + sigs + [
        ('From', addr('Lucas Oliveira', 'notifications@github.com')), ('Reply-To', 'lumen-data/infra-modules <reply+ABC123@reply.github.com>'),
        ('To', 'lumen-data/infra-modules <infra-modules@noreply.github.com>'), ('Cc', 'Lucas Oliveira <lucas.oliveira@fastmail.com>, Author <author@noreply.github.com>'),
        ('Subject', 'Re: [lumen-data/infra-modules] Merge duplicate IAM account modules into one (PR #418)'),
        ('Date', rfc(when)), ('Message-ID', '<lumen-data/infra-modules/pull/418/issue_event/19203847561@github.com>'),
        ('In-Reply-To', '<lumen-data/infra-modules/pull/418@github.com>'), ('List-ID', 'lumen-data/infra-modules <infra-modules.lumen-data.github.com>'),
        ('X-GitHub-Reason', 'author')]
    emit('028-github-pr-merged.eml', head, body, 'unrelated', None, [], False, 'en')


@mail
def m029():
    when = T(2025, 6, 25, 22, 41, 9)
    env, sigs = other_env('gmail', when, KENJI[1], 'mailout3.pearsonvue.com', '159.182.48.13', 'PearsonVUEConfirmation@pearson.com', 'pearson.com', sel='selector1')
    text = f"""Pearson VUE Confirmation of Online Exam

Dear Kenji Watanabe,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Delivery: Online (OnVUE)
Date: Saturday, July 12, 2025
Time: 10:00 AM Japan Standard Time
Registration ID: 512984470
Candidate ID: {A_KEEP}

Before your exam, run the system test on the computer you will use, and check in 30 minutes before your appointment time.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
"""
    body = part(text, cte='quoted-printable', cs='iso-8859-1')
    head = env + sigs + [
        ('From', addr('Pearson VUE', 'PearsonVUEConfirmation@pearson.com')), ('To', KENJI[1]),
        ('Subject', 'Pearson VUE Confirmation of Online Exam - AWS Certified Solutions Architect - Professional'),
        ('Date', rfc(when)), ('Message-ID', f'<{R.randint(100000000, 999999999)}.{R.randint(1000, 9999)}.{R.randint(1700000000000, 1799999999999)}@pvueweb-mail>')]
    emit('029-pearson-vue-appointment.eml', head, body, 'unrelated', None, [A_KEEP], False, 'en')


TOM = ('Tom Becker', 'tom.becker@becker-it.de')


@mail
def m030():
    when = T(2025, 9, 3, 7, 1, 58)
    env = envelope('none', when, TOM[1], 'a8-55.smtp-out.amazonses.com', '54.240.8.55', 'x@amazonses.com', [], 'pass', None, 'signin.aws')
    text = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID creation process. We want to make sure it's really you. Please enter the following verification code when prompted. If you don't want to create an AWS Builder ID, you can ignore this message.

Verification code

571904

(This code expires 30 minutes after it was sent.)

Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or banking account number.
"""
    body = alt(part(text), part(html_wrap(t2h(text)), 'html'), boundary=ses_boundary())
    core = ses_core(when)
    head = [(k, v) for k, v in env] + [dkim('signin.aws', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', when), dkim('amazonses.com', SES_SEL, when),
        ('Return-Path', f'<{core}@amazonses.com>'),
        ('From', addr('AWS Builder ID', 'no-reply@signin.aws')), ('To', TOM[1]),
        ('Subject', 'Verify your AWS Builder ID email address'),
        ('Date', rfc(when)), ('Message-ID', f'<{core}@email.amazonses.com>')] + ses_tail('54.240.8.55', when)
    emit('030-builder-id-code.eml', head, body, 'unrelated', None, [], None, 'en')

@mail
def m031():
    when = T(2025, 8, 21, 11, 40, 7)
    env, sigs, mid, ip = aws_env('gmail', when, KENJI[1])
    text = """Hello,

Thank you for contacting Amazon Seller Support.

I understand that you had two detail pages for the same product and asked us to merge them. I am happy to inform you that the duplicate ASINs B0CX4R2T9L and B0CX4R7KQ2 have now been merged. Your offer is now listed on the surviving detail page B0CX4R2T9L. It may take up to 24 hours for the change to appear on the website.

Were we able to solve your problem? Please help us improve our service by selecting a rating below.

Good: https://sellercentral.amazon.co.jp/cu/case-dashboard/rate?caseID=5884881212&rating=good
Bad: https://sellercentral.amazon.co.jp/cu/case-dashboard/rate?caseID=5884881212&rating=bad

We hope to see you again soon.

Thank you,
Anjali M.
Amazon.co.jp Seller Support
"""
    body = alt(part(text, cte='quoted-printable'), part(t2h(text), 'html', cte='quoted-printable'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr('Amazon Seller Support', 'seller-notification@amazon.com')), ('To', KENJI[1]),
        ('Subject', 'RE:[CASE 5884881212] Duplicate listings - please merge ASINs'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when, 'us-west-2')
    emit('031-seller-central-asin-merge.eml', head, body, 'unrelated', '5884881212', [], True, 'en')


@mail
def m032():
    when = T(2025, 10, 14, 16, 0, 31)
    env, sigs, mid, ip = aws_env('outlook', when, SOPHIE[1])
    inner = """<h1 style="font-size:24px;">New ways to prepare for your next AWS Certification</h1>
<p>Hi Sophie,</p>
<p>This month: a new AWS Certified Generative AI Developer - Professional exam guide, free exam prep plans on AWS Skill Builder, and 50% off your next exam if you already hold an active AWS Certification.</p>
<ul><li><a href="https://aws.amazon.com/certification/">Explore AWS Certification</a></li>
<li><a href="https://skillbuilder.aws/">Start an exam prep plan on AWS Skill Builder</a></li>
<li><a href="https://aws.amazon.com/certification/faqs/">Certification FAQs: accounts, benefits and badges</a></li></ul>
<p>See you in class,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078;">You are receiving this e-mail because you subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a> or update your preferences.</p>"""
    text = """New ways to prepare for your next AWS Certification

Hi Sophie,

This month: a new AWS Certified Generative AI Developer - Professional exam guide, free exam prep plans on AWS Skill Builder, and 50% off your next exam if you already hold an active AWS Certification.

Explore AWS Certification: https://aws.amazon.com/certification/
Start an exam prep plan: https://skillbuilder.aws/
Certification FAQs - accounts, benefits and badges: https://aws.amazon.com/certification/faqs/

See you in class,
AWS Training and Certification

Unsubscribe: https://pages.awscloud.com/communication-preferences
"""
    body = alt(part(text), part(html_wrap(inner), 'html'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr('AWS Training and Certification', 'aws-training-certification@amazon.com')), ('To', SOPHIE[1]),
        ('Subject', 'Your October AWS Training and Certification update'),
        ('Date', rfc(when)), ('Message-ID', mid),
        ('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('Precedence', 'bulk')] + ses_tail(ip, when, 'us-west-2')
    emit('032-training-newsletter.eml', head, body, 'unrelated', None, [], True, 'en')


SAKURA = ('中村 さくら', 'sakura.nakamura@hokuto-denki.co.jp')
I_CASE = '11098734520'
I_OLD, I_KEEP = 'AWS02231188', 'AWS01177342'


def sjis_part(text, sub='plain', label='Shift_JIS', codec='cp932', cte='base64'):
    m = Message()
    raw = text.encode(codec)
    m['Content-Type'] = f'text/{sub}; charset={label}'
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(base64.encodebytes(raw).decode() if cte == 'base64' else quopri.encodestring(raw).decode())
    return m


@mail
def m033():
    when = T(2022, 11, 17, 8, 5, 40)
    env, sigs, mid, ip = aws_env('corp', when, SAKURA[1])
    text = f"""中村 さくら 様

平素よりAWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの森でございます。

先日ご確認いただきました内容にて、認定アカウントの統合処理が完了いたしました。

　①統合されたアカウント（閉鎖）：{I_OLD}
　②現在ご利用のアカウント：{I_KEEP}

②のアカウントにサインインいただくと、これまでの認定資格がすべて表示されるようになっております。

ご依頼いただいた件は以上で完了となりますので、本件はこれにてクローズとさせていただきます。
またご不明な点がございましたら、本メールへご返信いただくか、お問い合わせフォームより改めてご連絡ください。

今後とも何卒よろしくお願い申し上げます。

森
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
    body = sjis_part(text)
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', SAKURA[1]),
        ('Subject', subj(f'RE:[CASE {I_CASE}] 認定アカウント統合のご依頼について', 'iso-2022-jp')),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when, 'ap-northeast-1')
    emit('033-ja-sjis-merge-done-closing.eml', head, body, 'merge_completed', I_CASE, [I_OLD, I_KEEP], True, 'ja')


@mail
def m034():
    when = T(2025, 10, 8, 20, 2, 17)
    env, sigs, mid, ip = aws_env('gmail', when, DANIEL[1])
    inner = f"""<p>Hello Daniel,</p>
<p>Thank you for your patience. The certification operations team has finished the work on your request: candidate ID <b>{F_A}</b> has been merged into <b>{F_B}</b>. Your exam history and the AWS Certified Solutions Architect &ndash; Associate certification now appear on {F_B}.</p>
<p>Please note that the e-mail address daniel.kim@student.sfsu.edu has been removed from your profile, so please use dkim.cloud@gmail.com to sign in from now on.</p>
<p>Best regards,<br>Jorge M.<br>Amazon Web Services</p>
<hr>
<p>We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence within the AWS Support Center.</p>
<p>To contact us again about this case, please return to the AWS Support Center using the following URL:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={F_CASE}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={F_CASE}&amp;language=en</a></p>
<p>*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>"""
    body = part(html_wrap(inner), 'html', cte='base64')
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', DANIEL[1]),
        ('Subject', f'RE:[CASE {F_CASE}] Merge two AWS Certification accounts (duplicate candidate IDs)'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('034-html-only-merge-finished.eml', head, body, 'merge_completed', F_CASE, [F_A, F_B], True, 'en')


@mail
def m035():
    when = T(2025, 9, 18, 9, 26, 3)
    env, sigs, mid, ip = aws_env('gmail', when, ANA[1])
    text = f"""Hi Ana,

Thanks for confirming. Your two profiles have now been combined into one. From now on please use {G_KEEP} (ana.garcia.cloud@gmail.com) for everything related to AWS Certification; the profile registered with your university address is no longer active and you won't be able to sign in with it.

Your certifications, exam results and the 50% discount benefit are all visible on {G_KEEP}.

Have a great day,

Daniela R.
AWS Training and Certification Customer Support

On Wed, Sep 17, 2025 at 10:12 PM Ana García <ana.garcia.cloud@gmail.com> wrote:
> Hola Daniela,
> Yes, I confirm. Please merge {G_OLD} into {G_KEEP}.
> Thank you!
> Ana
>
> On Tue, Sep 16, 2025 at 1:02 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>> Hello Ana,
>> Profile to be merged and closed: {G_OLD} (ana.garcia@alumnos.upm.es)
>> Profile that will remain active: {G_KEEP} (ana.garcia.cloud@gmail.com)
"""
    top, hist = text.split('On Wed, Sep 17')
    html = f'<div dir="ltr">{t2h(top)}</div><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{t2h("On Wed, Sep 17" + hist)}</blockquote></div>'
    body = alt(part(text), part(html, 'html'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', ANA[1]),
        ('Subject', f'RE:[CASE {G_CASE}] {FORM_SUBJ}'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('035-profiles-combined-paraphrase.eml', head, body, 'merge_completed', G_CASE, [G_KEEP], True, 'en')


MARCO = ('Marco Rossi', 'marco.rossi83@gmail.com')
J_CASE = '6283019471'
J_OLD, J_KEEP = 'AWS00917733', 'AWS00451290'


@mail
def m036():
    when = T(2019, 7, 24, 17, 48, 2)
    env, sigs, mid, ip = aws_env('gmail', when, MARCO[1])
    text = f"""Hello Marco,

Thank you for contacting AWS Training and Certification.

The accounts have been merged as requested. AWS00917733 has been merged into AWS00451290 and your AWS Certified Developer - Associate and AWS Certified Solutions Architect - Associate certifications are now both listed under the account AWS00451290 in the AWS Certification Account.

Please allow 24 hours for the change to be reflected on your transcript.

Regards,
Ravi K.
AWS Training and Certification
"""
    body = part(text, cs='us-ascii', cte='7bit')
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', MARCO[1]),
        ('Subject', f'RE:[CASE {J_CASE}] {FORM_SUBJ}'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('036-2019-accounts-merged-10digit.eml', head, body, 'merge_completed', J_CASE, [J_OLD, J_KEEP], True, 'en')


@mail
def m037():
    when = T(2019, 7, 26, 3, 14, 40)
    env, sigs, mid = credly_env('gmail', when, MARCO[1], dom='youracclaim.com', dk=[('youracclaim.com', 'pass'), ('sendgrid.info', 'pass')])
    url = f'https://www.youracclaim.com/earner/earned/badge/{uuid_r()}'
    text = f"""Marco,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Developer - Associate.

Accept your badge to share it with your professional network and let employers verify your achievement.

Accept Badge: {url}

Acclaim
Acclaim is a service of Credly, Inc.
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;color:#333;"><table width="560" align="center"><tr><td>
<img src="https://www.youracclaim.com/assets/acclaim-logo.png" alt="Acclaim" width="110"><p>Marco,</p>
<p><b>Amazon Web Services Training and Certification</b> has issued you a badge: <b>AWS Certified Developer - Associate</b>.</p>
<p><a href="{url}" style="background:#0e7ad0;color:#fff;padding:10px 22px;text-decoration:none;">Accept Badge</a></p>
<p style="font-size:11px;color:#888;">Acclaim is a service of Credly, Inc.</p></td></tr></table></body></html>"""
    body = alt(part(text, cte='7bit', cs='us-ascii'), part(html, 'html', cte='7bit', cs='us-ascii'), boundary=hexr(40))
    head = env + sigs + [
        ('From', addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com')), ('To', MARCO[1]),
        ('Subject', 'Marco, you have been issued a badge from Amazon Web Services Training and Certification'),
        ('Date', rfc(when)), ('Message-ID', mid)]
    emit('037-acclaim-badge-2019.eml', head, body, 'credly_badge_issued', None, [], True, 'en')


@mail
def m038():
    when = T(2025, 10, 10, 20, 5, 0)
    env, sigs, mid, ip = aws_env('gmail', when, DANIEL[1])
    stars = ''.join(f'<td style="padding:0 6px;"><a href="https://support.aws.amazon.com/survey?displayId={F_CASE}&amp;rating={i}" style="font-size:28px;color:#ff9900;text-decoration:none;">&#9733;</a><br><span style="font-size:11px;color:#687078;">{i}</span></td>' for i in range(1, 6))
    inner = f"""<h2 style="font-size:20px;">How did we do?</h2>
<p>Hello,</p>
<p>Your support case <b>{F_CASE}</b> &ldquo;Merge two AWS Certification accounts (duplicate candidate IDs)&rdquo; was recently closed. Please take a moment to rate your overall experience with AWS Support.</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>{stars}</tr></table>
<p style="font-size:12px;color:#687078;">1 = very dissatisfied, 5 = very satisfied. Selecting a star opens a short, optional comment form.</p>
<p>Thank you for helping us improve.<br>AWS Support</p>"""
    body = part(html_wrap(inner), 'html', cte='quoted-printable')
    head = env + sigs + [
        ('From', addr('AWS Support', 'no-reply-aws@amazon.com')), ('To', DANIEL[1]),
        ('Subject', f'Rate your recent AWS Support experience (case {F_CASE})'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('038-rating-stars-html-only.eml', head, body, 'survey', F_CASE, [], True, 'en')


@mail
def m039():
    when = T(2025, 9, 25, 9, 30, 44)
    env, sigs, mid, ip = aws_env('gmail', when, ANA[1])
    text = f"""Hello,

A few days ago we asked for your feedback on case {G_CASE} ([AWS Training and Certification Form Submission] - account-assistance). If you haven't had a chance yet, it only takes a minute.

Was your issue resolved?  Yes / No
https://support.aws.amazon.com/feedback?displayId={G_CASE}&language=en

How likely are you to recommend AWS Training and Certification support to a colleague? (0-10)
https://support.aws.amazon.com/feedback?displayId={G_CASE}&nps=1&language=en

This is the last reminder we will send for this case.

Thank you,
AWS Training and Certification
"""
    body = part(text, cte='quoted-printable')
    head = env + sigs + [
        ('From', addr('AWS Training and Certification', 'no-reply-aws@amazon.com')), ('To', ANA[1]),
        ('Subject', f'Reminder: tell us about your support experience - case {G_CASE}'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when)
    emit('039-survey-reminder-text.eml', head, body, 'survey', G_CASE, [], True, 'en')


@mail
def m040():
    when = T(2025, 11, 12, 1, 0, 18)
    env, sigs, mid, ip = aws_env('yahoojp', when, KENICHI[1])
    text = f"""佐藤 健一 様

先日は AWS サポートをご利用いただき、誠にありがとうございました。

サポートケース {H_CASE}（{H_SUBJ}）への対応について、アンケートへのご協力をお願いいたします。所要時間は 1 分程度です。

▼今回のサポートの満足度をお聞かせください（5 段階）
https://support.aws.amazon.com/survey?displayId={H_CASE}&language=ja

▼問題は解決しましたか？
はい／いいえ：https://support.aws.amazon.com/feedback?displayId={H_CASE}&language=ja

いただいたご意見は、今後のサービス改善に活用させていただきます。

Amazon Web Services

※本メールは送信専用です。ご返信いただいてもお答えできません。
"""
    body = sjis_part(text, label='shift_jis', codec='shift_jis')
    head = env + sigs + [
        ('From', addr('アマゾン ウェブ サービス', 'no-reply-aws@amazon.com', 'iso-2022-jp')), ('To', KENICHI[1]),
        ('Subject', subj(f'【AWS サポート】アンケートご協力のお願い（ケース {H_CASE}）', 'iso-2022-jp')),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when, 'ap-northeast-1')
    emit('040-ja-sjis-survey-request.eml', head, body, 'survey', H_CASE, [], True, 'ja')

@mail
def m041():
    when = T(2025, 6, 4, 7, 12, 50)
    dom = 'aws-supportfeedback.com'
    env, sigs = other_env('gmail', when, KENJI[1], f'vps{R.randint(1000, 9999)}.hostinger-eu.net', '89.117.23.140', f'info@{dom}', dom, dk=[], dmarc=None)
    text = f"""Amazon Web Services

Your case about the AWS Certification account merge has been closed.

We'd love to hear how we did! Complete our 2-minute customer satisfaction survey about your recent account merge request and receive a complimentary $50 AWS Certification exam voucher as a thank-you.

Start survey: https://{dom}/csat/start?u={alnum(18)}

The offer is valid for 72 hours.

AWS Customer Experience Team
"""
    html = f"""<html><body style="font-family:Arial;"><div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px;">
<img src="https://{dom}/img/aws_logo.png" width="80"><h3>Your case about the AWS Certification account merge has been closed.</h3>
<p>We'd love to hear how we did! Complete our 2-minute customer satisfaction survey about your recent account merge request and receive a complimentary <b>$50 AWS Certification exam voucher</b> as a thank-you.</p>
<p><a href="https://{dom}/csat/start" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none;">Start survey</a></p>
<p style="font-size:11px;">The offer is valid for 72 hours.</p></div></body></html>"""
    body = alt(part(text, cs='us-ascii', cte='7bit'), part(html, 'html', cs='us-ascii', cte='7bit'), boundary=f'b1=_{alnum(30)}')
    head = env + sigs + [
        ('From', addr('AWS Customer Experience', f'survey@{dom}')), ('To', KENJI[1]),
        ('Subject', 'Rate your AWS Support experience and get a $50 exam voucher'),
        ('Date', rfc(when)), ('Message-ID', f'<{alnum(32)}@{dom}>'), ('X-Mailer', 'Sendy')]
    emit('041-lookalike-survey-voucher-phish.eml', head, body, 'survey', None, [], False, 'en')


@mail
def m042():
    when = T(2025, 7, 22, 2, 33, 45)
    env, sigs, mid, ip = aws_env('outlook', when, SOPHIE[1], dmarc='fail', dk=[('amazonses.com', 'pass')])
    sigs = [s for s in sigs if 'd=amazonses.com' in s[1]]
    text = """Hello,

Your AWS Certification accounts were merged successfully.

For your records, the merge summary and your updated certificate are attached to this message. Open the attachment and sign in to confirm that your certifications are displayed correctly. If you don't confirm within 3 days, the merged account will be locked for security reasons.

Best regards,
Amazon Web Services
"""
    att = Message()
    att['Content-Type'] = 'text/html; charset="utf-8"; name="Merge_Summary_AWS.html"'
    att['Content-Disposition'] = 'attachment; filename="Merge_Summary_AWS.html"'
    att['Content-Transfer-Encoding'] = 'base64'
    att.set_payload(base64.encodebytes(b'<html><body><form action="https://aws-cert-portal.info/login.php" method="post"><h3>AWS Sign-In</h3><input name="u"><input name="p" type="password"><button>Sign in</button></form></body></html>').decode())
    body = mixed(alt(part(text), part(html_wrap(t2h(text)), 'html'), boundary=f'--alt_{hexr(20)}'), att, boundary=f'--mix_{hexr(20)}')
    head = env + sigs + [
        ('From', addr('Amazon Web Services', 'no-reply-aws@amazon.com')), ('To', SOPHIE[1]),
        ('Subject', 'AWS Certification: account merge successful - review your certificate'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when, 'ap-south-1')
    emit('042-spoofed-merge-success-dmarc-fail.eml', head, body, 'merge_completed', None, [], False, 'en')


TAKUYA = ('鈴木 拓也', 'takuya.suzuki@ocn.ne.jp')
K_OPEN = T(2025, 5, 26, 13, 40, 2)
K_CASE = cid15(K_OPEN)
K_OLD, K_KEEP = 'AWS13579024', 'AWS24680135'


@mail
def m043():
    when = T(2025, 5, 29, 6, 48, 30)
    env, sigs, mid, ip = aws_env('ocn', when, TAKUYA[1])
    text = f"""鈴木 拓也 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
ご返信いただき、ありがとうございました。

ご確認いただいた内容のとおり、アカウントの統合が完了いたしました。
今後は {K_KEEP} にて、すべての認定資格をご確認いただけます。

サインイン後に認定資格が正しく表示されない場合は、ブラウザのキャッシュを削除のうえ、再度お試しください。

以上、よろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート

2025年5月28日(水) 8:02 鈴木 拓也 <takuya.suzuki@ocn.ne.jp>:
> 佐々木様
>
> ご連絡ありがとうございます。
> 記載の内容で問題ございません。統合をお願いいたします。
>
> 鈴木
>
> 2025年5月27日(火) 18:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 鈴木 拓也 様
> >
> > 以下の 2 つのアカウントを統合いたします。
> > 統合元：{K_OLD}
> > 統合先：{K_KEEP}
> > 統合後は元に戻せませんので、ご確認のうえご返信ください。
"""
    body = alt(part(text, cte='base64'), part(html_wrap(t2h(text), lang='ja'), 'html', cte='base64'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', TAKUYA[1]),
        ('Subject', subj(f'RE:[CASE {K_CASE}] [AWS Training and Certification Form Submission] - アカウントの統合')),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when, 'ap-northeast-1')
    emit('043-ja-merge-done-nested-quote.eml', head, body, 'merge_completed', K_CASE, [K_KEEP], True, 'ja')


OLIVER = ('Oliver Smith', 'oliver.smith@brightline-energy.co.uk')
L_OPEN = T(2025, 12, 1, 10, 5, 44)
L_CASE = cid15(L_OPEN)
L_OLD, L_KEEP = 'AWS12039485', 'AWS12039911'


@mail
def m044():
    when = T(2025, 12, 3, 15, 27, 9)
    env, sigs, mid, ip = aws_env('outlook', when, OLIVER[1])
    text = f"""Hello Oliver,

The merge is complete. Candidate ID AWS-{L_OLD[3:]} has been merged into aws{L_KEEP[3:]}, and both of your certifications (Security - Specialty and SysOps Administrator - Associate) now sit on the surviving account.

One thing to be aware of: Credly badges are not moved as part of this process. If you would like the badges from your previous Credly account moved as well, please reply with the e-mail address you used on that Credly account and we'll take care of it.

Kind regards,
Fiona
AWS Training and Certification Customer Support

-----Original Message-----
From: Oliver Smith <oliver.smith@brightline-energy.co.uk>
Sent: 02 December 2025 09:14
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: RE:[CASE {L_CASE}] {FORM_SUBJ}

Confirmed, please go ahead.

Oliver Smith | Cloud Platform Lead | Brightline Energy
"""
    body = alt(part(text, cte='quoted-printable'), part(t2h(text), 'html', cte='quoted-printable'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', OLIVER[1]),
        ('Subject', f'RE:[CASE {L_CASE}] {FORM_SUBJ}'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when, 'eu-west-1')
    emit('044-merge-complete-credly-not-moved.eml', head, body, 'merge_completed', L_CASE, [L_OLD, L_KEEP], True, 'en')


HANAKO = ('山田 花子', 'hanako.yamada@biglobe.ne.jp')
M_OPEN = T(2026, 1, 14, 3, 2, 55)
M_CASE = cid15(M_OPEN)
M_A, M_B = 'AWS70081234', 'AWS70095521'
M_SUBJ = '認定アカウントの統合について（受験用アカウントが重複）'


@mail
def m045():
    when = T(2026, 1, 21, 8, 40, 3)
    env, sigs, mid, ip = aws_env('biglobe', when, HANAKO[1], dmarc=None)
    inner = f"""<p>山田 花子 様</p>
<p>いつもお世話になっております。AWS トレーニングと認定サポートの高橋でございます。</p>
<p>お待たせいたしました。ご依頼のありました認定アカウントの統合処理が、本日完了いたしました。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px;">
<tr><th style="background:#f2f3f3;">統合前のアカウント（無効化済み）</th><td>{M_A}</td></tr>
<tr><th style="background:#f2f3f3;">統合後のアカウント</th><td>{M_B}</td></tr></table>
<p>統合後のアカウントにサインインし、認定資格および特典（次回試験 50% 割引など）が引き継がれていることをご確認ください。</p>
<p>Credly のバッジは、統合後のアカウントのメールアドレス宛てに改めて発行されます。</p>
<p>ご不明な点がございましたら、AWS サポートセンターの本ケースよりご連絡ください。</p>
<p>高橋<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#687078;">本ケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={M_CASE}&amp;language=ja">https://console.aws.amazon.com/support/home#/case/?displayId={M_CASE}&amp;language=ja</a><br>
※このメールは送信専用のアドレスから送信されています。</p>"""
    body = part(html_wrap(inner, lang='ja'), 'html', cte='base64')
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', HANAKO[1]),
        ('Subject', subj(f'RE:[CASE {M_CASE}] {M_SUBJ}')),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when, 'ap-northeast-1')
    emit('045-ja-html-only-merge-done-biglobe.eml', head, body, 'merge_completed', M_CASE, [M_A, M_B], True, 'ja')


@mail
def m046():
    when = M_OPEN + dt.timedelta(seconds=29)
    env, sigs, mid, ip = aws_env('biglobe', when, HANAKO[1], dmarc=None)
    text = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {M_CASE} をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID：{M_CASE}
件名：{M_SUBJ}
重要度：一般的なガイダンス
内容：
以前の会社のメールアドレスで作成したアカウントと、個人のメールアドレスで作成したアカウントがあります。個人のほうに統合してください。

ケースにアクティビティがあると、E メールで通知が届きます。AWS サポートセンターでケースを確認することもできます。
https://console.aws.amazon.com/support/home#/case/?displayId={M_CASE}&language=ja

※このメールは送信専用のアドレスから送信されています。
"""
    body = alt(part(text, cte='quoted-printable'), part(html_wrap(t2h(text), lang='ja'), 'html', cte='quoted-printable'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', HANAKO[1]),
        ('Subject', subj(f'Amazon Web Services: 新しいサポートケースがオープンされました: {M_CASE}')),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when, 'ap-northeast-1')
    emit('046-ja-console-case-opened.eml', head, body, 'case_created', M_CASE, [], True, 'ja')


@mail
def m047():
    when = T(2026, 1, 19, 4, 15, 22)
    env, sigs, mid, ip = aws_env('biglobe', when, HANAKO[1], dmarc=None)
    text = f"""山田 花子 様

AWS トレーニングと認定サポートの高橋でございます。

1 月 15 日にお送りしたご案内について、現時点でご返信を確認できておりませんので、念のため再度ご連絡いたしました。

山田様名義で次の 2 つのアカウントが登録されております。統合後にご利用を続けるアカウントをお知らせいただけますでしょうか。

　・{M_A}（hanako.yamada@old-corp.example.co.jp）
　・{M_B}（hanako.yamada@biglobe.ne.jp）

あわせて、それぞれのアカウントにサインインする際のメールアドレスに誤りがないかもご確認ください。

恐れ入りますが、7 日以内にご返信がない場合、本ケースは自動的にクローズされますのでご了承ください。

高橋
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(case=M_CASE)
    body = alt(part(text, cte='base64'), part(html_wrap(t2h(text), lang='ja'), 'html', cte='base64'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', HANAKO[1]),
        ('Subject', subj(f'RE:[CASE {M_CASE}] {M_SUBJ}')),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when, 'ap-northeast-1')
    emit('047-ja-chaser-which-account-to-keep.eml', head, body, 'support_reply', M_CASE, [M_A, M_B], True, 'ja')


@mail
def m048():
    credly_badge_mail('048-credly-security-specialty-b64.eml', T(2025, 12, 4, 6, 51, 12), 'outlook', OLIVER, 'Oliver',
                      'AWS Certified Security – Specialty',
                      issuer_msg='Your AWS Certification accounts were merged. This badge has been issued to the e-mail address on your remaining account.',
                      subject='Oliver, your AWS Certified Security – Specialty badge is ready to accept', cte='base64')


@mail
def m049():
    when = T(2025, 9, 26, 12, 0, 4)
    env, sigs, mid = credly_env('gmail', when, ANA[1])
    url = f'https://www.credly.com/earner/earned/badge/{uuid_r()}'
    text = f"""Hi Ana,

You still have a badge waiting for you! Amazon Web Services Training and Certification issued you the AWS Certified Cloud Practitioner badge on September 19, 2025, but you haven't accepted it yet.

Accept your badge: {url}

Once accepted, you can share it on LinkedIn and other networks.

The Credly Team
"""
    lines = """<p>You still have a badge waiting for you! <b>Amazon Web Services Training and Certification</b> issued you the <b>AWS Certified Cloud Practitioner</b> badge on September 19, 2025, but you haven't accepted it yet.</p>
<p>Once accepted, you can share it on LinkedIn and other networks.</p>"""
    body = alt(part(text), part(credly_html('Pending badge', lines, 'Accept your badge', url, 'Ana'), 'html'), boundary=hexr(60))
    head = env + sigs + [
        ('From', addr(*CREDLY_FROM)), ('To', ANA[1]),
        ('Subject', 'Reminder: accept your AWS Certified Cloud Practitioner badge'),
        ('Date', rfc(when)), ('Message-ID', mid), ('X-Feedback-ID', f'{R.randint(1000000, 9999999)}:SG')]
    emit('049-credly-accept-reminder.eml', head, body, 'credly_badge_issued', None, [], True, 'en')


@mail
def m050():
    when = T(2025, 7, 20, 5, 9, 31)
    dom = 'credly-badges.net'
    env, sigs = other_env('outlook', when, SOPHIE[1], f'mx.{dom}', '193.203.12.77', f'admin@{dom}', dom, sel='x')
    url = f'https://{dom}/accept?badge={alnum(16)}'
    text = f"""Hi Sophie,

Following the merge of your AWS Certification accounts, your badges have been moved to your new Credly profile.

Please accept your badges within 7 days, otherwise they will be removed:
{url}

The Credly Team
"""
    lines = f"""<p>Following the merge of your AWS Certification accounts, your badges have been moved to your new Credly profile.</p>
<p>Please accept your badges within <b>7 days</b>, otherwise they will be removed.</p>"""
    body = alt(part(text), part(credly_html('Accept badges', lines, 'Accept your badges', url, 'Sophie'), 'html'), boundary=hexr(32))
    head = env + sigs + [
        ('From', addr('Amazon Web Services Training and Certification via Credly', f'admin@{dom}')), ('To', SOPHIE[1]),
        ('Subject', 'Your badges were moved after your account merge - accept now'),
        ('Date', rfc(when)), ('Message-ID', f'<{alnum(20)}@{dom}>')]
    emit('050-lookalike-credly-moved-badges.eml', head, body, 'credly_badge_issued', None, [], False, 'en')

@mail
def m051():
    when = T(2025, 10, 28, 23, 4, 19)
    dom = 'credly-support.com'
    env, sigs = other_env('gmail', when, DANIEL[1], f'mail.{dom}', '103.151.226.40', f'noreply@{dom}', dom, dk=[(dom, 'pass')], dmarc='pass', sel='mail')
    text = f"""Credly

Your Credly account is scheduled for deactivation

Dear user,

We were unable to verify the e-mail address on your Credly account. To avoid losing access to your badges and transcript, verify your identity within 24 hours:

https://{dom}/account/verify?e={alnum(24)}

Credly Trust & Safety
"""
    body = alt(part(text, cte='7bit', cs='us-ascii'), part(t2h(text), 'html', cte='7bit', cs='us-ascii'), boundary=f'=_{alnum(20)}')
    head = env + sigs + [
        ('From', addr('Credly', f'noreply@{dom}')), ('To', DANIEL[1]),
        ('Subject', 'Action needed: your Credly account will be deactivated'),
        ('Date', rfc(when)), ('Message-ID', f'<{alnum(24)}@{dom}>')]
    emit('051-lookalike-credly-deactivation.eml', head, body, 'unrelated', None, [], False, 'en')


@mail
def m052():
    when = T(2025, 12, 9, 5, 51, 37)
    opened = T(2025, 12, 8, 10, 22, 6)
    case = cid15(opened)
    env, sigs, mid, ip = aws_env('yahoojp', when, KENICHI[1])
    text = f"""佐藤 健一 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
AWS 請求およびアカウントサポートの中島でございます。

AWS アカウント 4821-7730-9156 にて 11 月分として請求された Amazon EC2 の料金について確認いたしました。
ご説明のとおり、停止し忘れたインスタンスによる利用料金であることを確認いたしましたので、今回に限り 11 月分の EC2 利用料金 USD 63.42 をクレジットとして付与いたしました。

クレジットは [請求とコスト管理] コンソールの [クレジット] ページでご確認いただけます。
今後の予期しない請求を防ぐため、AWS Budgets でのアラート設定をおすすめいたします。

ご不明な点がございましたら、本ケースよりお知らせください。

中島
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(case=case)
    body = alt(part(text, cte='base64'), part(html_wrap(t2h(text), lang='ja'), 'html', cte='base64'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*CONSOLE)), ('To', KENICHI[1]),
        ('Subject', subj(f'RE:[CASE {case}] 11月分の請求について（身に覚えのない EC2 料金）')),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when, 'ap-northeast-1')
    emit('052-ja-billing-case-credit.eml', head, body, 'unrelated', case, [], True, 'ja')


@mail
def m053():
    when = T(2025, 11, 3, 14, 22, 10)
    env, sigs = other_env('outlook', when, SOPHIE[1], 'mta-out1.certmetrics.com', '52.44.187.12', 'bounce@certmetrics.com', 'certmetrics.com', sel='k1')
    text = f"""Congratulations on recertifying!

Dear Sophie Laurent,

Congratulations! You have successfully recertified your AWS Certified Developer - Associate certification.

Candidate ID: {B_KEEP}
Validation Number: 7K2QXW9RZ1BL4M8P
New expiration date: November 3, 2028

Your updated digital badge will be issued through Credly. You can download your certificate from your AWS Certification Account.

Regards,
AWS Training and Certification
"""
    body = alt(part(text, cte='quoted-printable'), part(t2h(text), 'html', cte='quoted-printable'), boundary=f'--boundary_{R.randint(1000, 9999)}_{uuid_r()}')
    head = env + sigs + [
        ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', SOPHIE[1]),
        ('Subject', 'Congratulations on your AWS Certification recertification'),
        ('Date', rfc(when)), ('Message-ID', f'<{uuid_r()}@certmetrics.com>')]
    emit('053-certmetrics-recertification.eml', head, body, 'unrelated', None, [B_KEEP], False, 'en')


EMILY = ('Emily Carter', 'emily.carter@icloud.com')
N_CASE = '12473390581'


@mail
def m054():
    when = T(2022, 4, 27, 18, 3, 44)
    ip = R.choice(SES_IPS)
    core = ses_core(when)
    mf = f'{core}@amazonses.com'
    u = when + dt.timedelta(seconds=2)
    env = [
        ('Return-Path', f'<{mf}>'),
        ('Received', f'from p00-icloudmta-asmtp-us-west-1a-60-percent-{R.randint(1, 12)} (p00-icloudmta-asmtp-us-west-1a-60-percent-{R.randint(1, 12)}.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-1a.k8s.cloud.apple.com. [172.17.{R.randint(1, 250)}.{R.randint(1, 250)}])\n\tby p{R.randint(100, 999)}-mailgateway-smtp-{hexr(10)}-{alnum(5).lower()} (mailgateway 2215B84)\n\twith SMTP id {uuid_r()}\n\tfor <{EMILY[1]}>; {format_datetime(u.astimezone(UTC)).replace("+0000", "GMT")}'),
        ('Authentication-Results', f'dmarc.icloud.com; dmarc=pass header.from=amazon.com'),
        ('Authentication-Results', f'dkim-verifier.icloud.com;\n\tdkim=pass (1024-bit key) header.d=amazon.com header.i=@amazon.com header.b={alnum(8)};\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b={alnum(8)}'),
        ('Authentication-Results', f'spf.icloud.com; spf=pass (spf.icloud.com: domain of {mf} designates {ip} as permitted sender) smtp.mailfrom={mf}'),
        ('Authentication-Results', 'bimi.icloud.com; bimi=skipped reason="insufficient dmarc"'),
        ('Received-SPF', f'pass (spf.icloud.com: domain of {mf} designates {ip} as permitted sender) receiver=spf.icloud.com; client-ip={ip}; helo={ses_host(ip)}; envelope-from={mf}'),
        ('Received', f'from {ses_host(ip)} (mx.icloud.com [{ip}])\n\tby p{R.randint(100, 999)}-mailgateway-smtp-{hexr(10)} (mailgateway 2215B84)\n\twith SMTP id {uuid_r()}\n\tfor <{EMILY[1]}>; {format_datetime(u.astimezone(UTC)).replace("+0000", "GMT")}'),
    ]
    sigs = [dkim('amazon.com', AMZ_SEL, when), dkim('amazonses.com', SES_SEL, when)]
    text = f"""Hello,

Your AWS Training and Certification case {N_CASE} has been resolved and is now closed.

Was your issue resolved?
YES - https://support.aws.amazon.com/feedback?displayId={N_CASE}&resolved=yes
NO  - https://support.aws.amazon.com/feedback?displayId={N_CASE}&resolved=no

If you need more help with this request, reply to the last message you received from us within 14 days. After that, please submit a new request at https://aws.amazon.com/contact-us/aws-training/.

Thank you for contacting AWS Training and Certification.
"""
    body = alt(part(text), part(html_wrap(t2h(text)), 'html'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', EMILY[1]),
        ('Subject', f'[CASE {N_CASE}] Your case has been resolved'),
        ('Date', rfc(when)), ('Message-ID', f'<{core}@email.amazonses.com>')] + ses_tail(ip, when)
    emit('054-icloud-form-case-resolved-11digit.eml', head, body, 'survey', N_CASE, [], True, 'en')


@mail
def m055():
    when = T(2025, 9, 29, 4, 41, 0)
    host, ip = 'srv-mail.kaufland-promo.shop', '77.83.199.54'
    forged = f'mx.google.com;\n       dkim=pass header.i=@amazon.com header.s={AMZ_SEL} header.b={alnum(8)};\n       spf=pass (google.com: domain of no-reply-aws@amazon.com designates 54.240.8.25 as permitted sender) smtp.mailfrom=no-reply-aws@amazon.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com'
    env = envelope('gmail', when, ANA[1], host, ip, 'no-reply-aws@amazon.com', [], 'fail', 'fail', 'amazon.com')
    # sender-side (forged) trace headers appear below the real ones
    env += [('Received', f'from localhost (localhost [127.0.0.1])\n\tby {host} (Postfix) with ESMTP id {alnum(10, "0123456789ABCDEF")}\n\tfor <{ANA[1]}>; {rfc(when)}'),
            ('Authentication-Results', forged)]
    text = f"""Your case has been resolved

Hello,

Your AWS Training and Certification case regarding your account merge has been marked as resolved.

Was your issue resolved? Please sign in to confirm and rate the support you received. Your AWS Certification account will remain restricted until the feedback is submitted.

YES: https://aws-support-center.kaufland-promo.shop/case/feedback?r=yes
NO:  https://aws-support-center.kaufland-promo.shop/case/feedback?r=no

Sincerely,
Amazon Web Services
"""
    body = alt(part(text), part(html_wrap(t2h(text)), 'html'), boundary=f'----=_Part_{R.randint(10000, 99999)}')
    head = env + [
        ('From', addr('Amazon Web Services', 'no-reply-aws@amazon.com')), ('To', ANA[1]),
        ('Subject', 'Your AWS Support case has been resolved'),
        ('Date', rfc(when)), ('Message-ID', f'<{hexr(16)}@{host}>')]
    emit('055-spoofed-resolved-forged-lower-ar.eml', head, body, 'survey', None, [], False, 'en')


P_OPEN = T(2025, 9, 1, 8, 13, 27)
P_CASE = cid15(P_OPEN)
P_OLD, P_KEEP = 'AWS52018840', 'AWS52174406'


@mail
def m056():
    when = T(2025, 9, 5, 12, 0, 9)
    core = ses_core(when)
    ip = R.choice(SES_IPS)
    env = envelope('none', when, TOM[1], ses_host(ip), ip, f'{core}@amazonses.com', [], 'pass', None, 'amazon.com')
    sigs = [dkim('amazon.com', AMZ_SEL, when), dkim('amazonses.com', SES_SEL, when)]
    text = f"""Your case is closed

Hello Tom,

We have closed case {P_CASE}. Here is a summary of what was done:

  Request:    Merge AWS Certification accounts
  Merged:     {P_OLD} -> {P_KEEP}
  Result:     Completed on September 4, 2025

Was your issue resolved?
Yes: https://support.aws.amazon.com/feedback?displayId={P_CASE}&resolved=yes&language=en
No:  https://support.aws.amazon.com/feedback?displayId={P_CASE}&resolved=no&language=en

If you still need help, reply to our last e-mail within 14 days and the case will be reopened.

AWS Training and Certification
"""
    body = alt(part(text), part(html_wrap(t2h(text)), 'html'), boundary=ses_boundary())
    head = env + [('Return-Path', f'<{core}@amazonses.com>')] + sigs + [
        ('From', addr(*FORM)), ('To', TOM[1]),
        ('Subject', f'Case {P_CASE} closed: summary and feedback'),
        ('Date', rfc(when)), ('Message-ID', f'<{core}@email.amazonses.com>')] + ses_tail(ip, when, 'eu-central-1')
    emit('056-closure-summary-no-ar.eml', head, body, 'survey', P_CASE, [P_OLD, P_KEEP], None, 'en')


@mail
def m057():
    when = T(2025, 9, 4, 16, 37, 51)
    core = ses_core(when)
    ip = R.choice(SES_IPS)
    env = envelope('none', when, TOM[1], ses_host(ip), ip, f'{core}@amazonses.com', [], 'pass', None, 'amazon.com')
    sigs = [dkim('amazon.com', AMZ_SEL, when), dkim('amazonses.com', SES_SEL, when)]
    text = f"""Hi Tom,

Good news \u2013 we\u2019ve finished merging your accounts. {P_OLD.replace('AWS', 'AWS ')} has been folded into {P_KEEP.replace('AWS', 'AWS ')}, so from now on you\u2019ll only see one certification profile.

Next steps:
- Sign in with tom.becker@becker-it.de and check your certifications and your exam voucher under Benefits.
- Your Credly badges will follow in the next few days; look out for e-mails from Credly and accept them.

We\u2019ll leave the case open for a few more days in case anything is missing.

Cheers,
Jonas
AWS Training and Certification Customer Support

________________________________
From: Tom Becker <tom.becker@becker-it.de>
Sent: Wednesday, September 3, 2025 10:21
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: AW: RE:[CASE {P_CASE}] {FORM_SUBJ}

Hello Jonas,
yes, please merge {P_OLD} into {P_KEEP}. Thank you!
Tom
"""
    m = Message()
    m['Content-Type'] = 'text/plain; charset=us-ascii'
    m['Content-Transfer-Encoding'] = '8bit'
    m.set_payload(text)
    head = env + [('Return-Path', f'<{core}@amazonses.com>')] + sigs + [
        ('From', addr(*FORM)), ('To', TOM[1]),
        ('Subject', f'RE:[CASE {P_CASE}] {FORM_SUBJ}'),
        ('Date', rfc(when)), ('Message-ID', f'<{core}@email.amazonses.com>')] + ses_tail(ip, when, 'eu-central-1')
    emit('057-merge-done-mislabelled-ascii-no-ar.eml', head, m, 'merge_completed', P_CASE, [P_OLD, P_KEEP], None, 'en')


@mail
def m058():
    when = T(2025, 11, 14, 9, 20, 45)
    env, sigs, mid = credly_env('yahoojp', when, KENICHI[1])
    url = f'https://www.credly.com/earner/earned/badge/{uuid_r()}'
    text = f"""Hi Kenichi,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Machine Learning Engineer \u2013 Associate.

Accept your badge: {url}

Your badge is now linked to kenichi.sato@yahoo.co.jp. If you had badges on another Credly account, you can add that e-mail address to this account under Settings > Email.

The Credly Team
"""
    body = part(text, cte='8bit')
    head = env + sigs + [
        ('From', addr(*CREDLY_FROM)), ('To', KENICHI[1]),
        ('Subject', 'Kenichi, you have a new badge from Amazon Web Services Training and Certification'),
        ('Date', rfc(when)), ('Message-ID', mid)]
    emit('058-credly-plain-8bit-ja-user.eml', head, body, 'credly_badge_issued', None, [], True, 'en')


@mail
def m059():
    when = T(2025, 12, 10, 11, 2, 0)
    env, sigs, mid, ip = aws_env('outlook', when, OLIVER[1])
    text = f"""Hello Oliver,

Thanks for letting us know that your Security - Specialty exam result is not showing on your profile.

I can see that your request from 3 December was processed, but the SCS-C02 exam record still appears to be attached to the old candidate ID {L_OLD}. I have asked our certification operations team to look into it and move the record across. I'll update you here as soon as I hear back from them, normally within 2-3 business days.

Apologies for the inconvenience.

Kind regards,
Fiona
AWS Training and Certification Customer Support

-----Original Message-----
From: Oliver Smith <oliver.smith@brightline-energy.co.uk>
Sent: 09 December 2025 17:40
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE: RE:[CASE {L_CASE}] {FORM_SUBJ}

Hi Fiona, the Security Specialty cert is missing on {L_KEEP}. Can you check?
"""
    body = alt(part(text, cte='quoted-printable'), part(t2h(text), 'html', cte='quoted-printable'), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr(*FORM)), ('To', OLIVER[1]),
        ('Subject', f'RE:[CASE {L_CASE}] {FORM_SUBJ}'),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when, 'eu-west-1')
    emit('059-missing-cert-investigating.eml', head, body, 'support_reply', L_CASE, [L_OLD], True, 'en')


@mail
def m060():
    when = T(2025, 6, 2, 0, 5, 12)
    env, sigs, mid, ip = aws_env('ocn', when, TAKUYA[1])
    inner = f"""<h2 style="font-size:20px;">お問い合わせはクローズされました</h2>
<p>鈴木 拓也 様</p>
<p>AWS トレーニングと認定へのお問い合わせ（ケース ID：{K_CASE}）は、対応が完了したためクローズされました。</p>
<table border="0" cellpadding="4" style="font-size:14px;background:#f7f8f8;">
<tr><td><b>ご依頼内容</b></td><td>認定アカウントの統合</td></tr>
<tr><td><b>対象アカウント</b></td><td>{K_OLD} → {K_KEEP}</td></tr>
<tr><td><b>対応結果</b></td><td>統合済み（2025年5月29日）</td></tr></table>
<p><b>今回の対応についてご評価ください。</b></p>
<p><a href="https://support.aws.amazon.com/feedback?displayId={K_CASE}&amp;resolved=yes&amp;language=ja" style="background:#ec7211;color:#fff;padding:8px 24px;text-decoration:none;">解決した</a>&nbsp;
<a href="https://support.aws.amazon.com/feedback?displayId={K_CASE}&amp;resolved=no&amp;language=ja" style="border:1px solid #545b64;color:#16191f;padding:8px 24px;text-decoration:none;">解決していない</a></p>
<p>引き続きサポートが必要な場合は、14 日以内に最後のメールへご返信ください。ケースが再度オープンされます。</p>
<p>AWS トレーニングと認定</p>"""
    text = f"""お問い合わせはクローズされました

鈴木 拓也 様

AWS トレーニングと認定へのお問い合わせ（ケース ID：{K_CASE}）は、対応が完了したためクローズされました。

ご依頼内容：認定アカウントの統合
対象アカウント：{K_OLD} → {K_KEEP}
対応結果：統合済み（2025年5月29日）

今回の対応についてご評価ください。
解決した：https://support.aws.amazon.com/feedback?displayId={K_CASE}&resolved=yes&language=ja
解決していない：https://support.aws.amazon.com/feedback?displayId={K_CASE}&resolved=no&language=ja

引き続きサポートが必要な場合は、14 日以内に最後のメールへご返信ください。ケースが再度オープンされます。

AWS トレーニングと認定
"""
    body = alt(part(text, cs='UTF-8', cte='quoted-printable', quote_cs=False), part(html_wrap(inner, lang='ja'), 'html', cs='UTF-8', cte='quoted-printable', quote_cs=False), boundary=ses_boundary())
    head = env + sigs + [
        ('From', addr('AWS トレーニングと認定', 'aws-cs-trainingcertification-form@amazon.com')), ('To', TAKUYA[1]),
        ('Subject', subj(f'[CASE {K_CASE}] お問い合わせクローズのお知らせとアンケートのお願い', 'iso-2022-jp')),
        ('Date', rfc(when)), ('Message-ID', mid)] + ses_tail(ip, when, 'ap-northeast-1')
    emit('060-ja-closure-with-merge-summary.eml', head, body, 'survey', K_CASE, [K_OLD, K_KEEP], True, 'ja')


if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fn in MAILS:
        fn()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
    print(len(LABELS), 'mails written')
