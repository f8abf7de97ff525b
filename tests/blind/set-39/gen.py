#!/usr/bin/env python3
"""Generate blind set 39: AWS Certification account-merge mail, long quoted threads."""
import base64, quopri, random, re, json, os, uuid, html, hashlib
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.generator import BytesGenerator
from email import policy as _policy
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(3907)
UTC = timezone.utc

def dt(s, tz='UTC'):
    """'2025-10-14 09:08:37' in tz -> aware datetime"""
    d = datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    return d.replace(tzinfo=UTC if tz == 'UTC' else ZoneInfo(tz))

def case15(d, suffix):
    return f"{int(d.timestamp())}{suffix:05d}"

def rfc(d, tz='UTC'):
    z = UTC if tz == 'UTC' else ZoneInfo(tz)
    return format_datetime(d.astimezone(z))

def rfc_tzname(d, tz):
    s = rfc(d, tz)
    return s + ' (' + d.astimezone(ZoneInfo(tz)).tzname() + ')'

def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def b64r(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()

def ses_mid(d, region=None):
    ms = int(d.timestamp() * 1000)
    pre = '0100' if region is None else '0101'
    dom = 'email.amazonses.com' if region is None else f'{region}.amazonses.com'
    return f"<{pre}{ms:012x}-{uuid.UUID(int=R.getrandbits(128))}-000000@{dom}>"

def ses_return_path(d, region='us-east-1'):
    ms = int(d.timestamp() * 1000)
    return f"<0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128))}-000000@{region}.amazonses.com>"

def dkim_sig(d, dom, sel, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    b = b64r(256)
    bl = [b[i:i+70] for i in range(0, len(b), 70)]
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={dom}; t={int(d.timestamp())};\n"
            f"\th={h};\n\tbh={b64r(32)};\n\tb=" + '\n\t'.join(bl))

def ses_ip():
    return f"54.240.{R.choice([8, 9, 11, 27, 48])}.{R.randint(10, 250)}"

# ---------------------------------------------------------------- providers
def recv_ses(ip, mx, d, to, tz):
    host = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    return host

def gmail_hdrs(to, d, envfrom, ip, helo, ar, extra_top_ar=None, arc=True):
    """ar: the Authentication-Results value after 'mx.google.com;'"""
    rd = d + timedelta(seconds=R.randint(2, 9))
    hs = [('Delivered-To', to),
          ('Received', f"by 2002:a05:{hexs(4)}:{hexs(4)}:b0:{hexs(3)}:{hexs(3)}:{hexs(4)} with SMTP id {R.choice('abcdefghjk')}{R.randint(10,99)}csp{R.randint(1000000,9999999)}{R.choice(['pxt','lqg','ryb','nkc'])};\n        {rfc_tzname(rd, 'America/Los_Angeles')}"),
          ('X-Google-Smtp-Source', b64r(60).rstrip('=')),
          ('X-Received', f"by 2002:a05:{hexs(4)}:{hexs(4)}:b0:{hexs(3)}:{hexs(4)}:{hexs(4)} with SMTP id {hexs(12)}-{hexs(10)}.{R.randint(100,999)}.{R.randint(1000000000000,9999999999999)};\n        {rfc_tzname(rd, 'America/Los_Angeles')}")]
    if arc:
        hs += [('ARC-Seal', f"i=1; a=rsa-sha256; t={int(rd.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={b64r(90)}"),
               ('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64r(32)};\n        fh=/{b64r(30)};\n        b={b64r(90)}"),
               ('ARC-Authentication-Results', "i=1; mx.google.com;\n       " + ar)]
    hs += [('Return-Path', envfrom),
           ('Received', f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {hexs(12)}-{hexs(10)}.{R.randint(100,999)}.{d.year}.{d.month:02d}.{d.day:02d}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfc_tzname(rd - timedelta(seconds=1), 'America/Los_Angeles')}"),
           ('Received-SPF', f"pass (google.com: domain of {envfrom.strip('<>')} designates {ip} as permitted sender) client-ip={ip};" if 'spf=pass' in ar else f"fail (google.com: domain of {envfrom.strip('<>')} does not designate {ip} as permitted sender) client-ip={ip};"),
           ('Authentication-Results', "mx.google.com;\n       " + ar)]
    if extra_top_ar:
        hs.insert(0, ('Authentication-Results', extra_top_ar))
    return hs

def gmail_ar_ses(from_dom='amazon.com', envfrom='', sel='224i4yxa5dv7c2xz3womw6peuasteono', ok=True):
    ed = envfrom.strip('<>').split('@')[1]
    if ok:
        return (f"dkim=pass header.i=@{from_dom} header.s={sel} header.b={b64r(6)[:8]};\n"
                f"       dkim=pass header.i=@amazonses.com header.s=6gbrjpgwjskckoa6a5zn6fwqkn67xbtw header.b={b64r(6)[:8]};\n"
                f"       spf=pass (google.com: domain of {envfrom.strip('<>')} designates {{IP}} as permitted sender) smtp.mailfrom={ed};\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={from_dom}")

def o365_hdrs(to, d, envfrom, ip, helo, ar, internal_tenant='northwind-consult.co.uk', consumer=False):
    rd = d + timedelta(seconds=R.randint(2, 12))
    srv = lambda: f"{R.choice(['LO2P265','CWLP265','LO4P265','AM9P195','DU0PR03'])}MB{R.randint(1000,9999)}.{R.choice(['GBRP265','eurprd03'])}.prod.outlook.com"
    edge = f"{R.choice(['AM3PEPF0000A78E','DU2PEPF00028D0B','AMS0EPF000001A5'])}.eurprd04.prod.outlook.com"
    s1, s2 = srv(), srv()
    hs = [('Received', f"from {s1} (2603:10a6:{hexs(3)}:{hexs(3)}::{R.randint(10,99)})\n by {s2} with HTTPS; {rfc(rd,'UTC')}"),
          ('Received', f"from {edge} (2603:10a6:{hexs(3)}:{hexs(3)}:cafe::{hexs(2)}) by\n {s1} (2603:10a6:{hexs(3)}:{hexs(3)}::{R.randint(10,99)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)}; {rfc(rd,'UTC')}"),
          ('Authentication-Results', ar),
          ('Received-SPF', (f"Pass (protection.outlook.com: domain of\n {envfrom.strip('<>').split('@')[1]} designates {ip} as permitted sender)\n receiver=protection.outlook.com; client-ip={ip}; helo={helo}; pr=C") if 'spf=pass' in ar else
                           (f"Fail (protection.outlook.com: domain of {envfrom.strip('<>').split('@')[1]} does not\n designate {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo};")),
          ('Received', f"from {helo} ({ip}) by\n {edge} (10.167.{R.randint(240,255)}.{R.randint(1,250)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000,9400)}.{R.randint(10,40)} via Frontend Transport; {rfc(rd - timedelta(seconds=1),'UTC')}"),
          ('Return-Path', envfrom)]
    return hs

def o365_tail(d):
    return [('X-MS-Exchange-Organization-ExpirationStartTime', d.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)'),
            ('X-MS-Exchange-Organization-Network-Message-Id', str(uuid.UUID(int=R.getrandbits(128)))),
            ('X-MS-Exchange-Organization-AuthSource', 'DU2PEPF00028D0B.eurprd04.prod.outlook.com'),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-Organization-SCL', '1')]

def icloud_hdrs(to, d, envfrom, ip, helo, dom, ok=True):
    rd = d + timedelta(seconds=R.randint(2, 9))
    dm = 'pass' if ok else 'fail'
    return [('Received', f"from ms-sdc-{R.randint(10,99)}-inbound.p{R.randint(10,99)}-mailstore.icloud.com by p{R.randint(10,99)}-mailstore-sdc{R.randint(100,999)}.icloud.com (Dovecot) with LMTP\n\tid {b64r(12)[:16]}; {rfc(rd,'UTC')}"),
            ('Authentication-Results', f"dmarc.icloud.com; dmarc={dm} header.from={dom}"),
            ('Authentication-Results', f"dkim-verifier.icloud.com;\n\tdkim=pass (1024-bit key) header.d={dom} header.i=@{dom} header.b={b64r(6)[:8]};\n\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.b={b64r(6)[:8]}"),
            ('Authentication-Results', f"spf.icloud.com; spf=pass (spf.icloud.com: domain of {envfrom.strip('<>')} designates {ip} as permitted sender) smtp.mailfrom={envfrom.strip('<>')}"),
            ('Received-SPF', f"pass (spf.icloud.com: domain of {envfrom.strip('<>')} designates {ip} as permitted sender) receiver=spf.icloud.com; client-ip={ip}; helo={helo}; envelope-from={envfrom.strip('<>')}"),
            ('Received', f"from {helo} (mx.icloud.com [17.57.{R.randint(150,160)}.{R.randint(1,250)}])\n\tby p{R.randint(10,99)}-mailgateway-sdc{R.randint(100,999)}.icloud.com (Postfix) with ESMTPS id {hexs(12).upper()}\n\tfor <{to}>; {rfc(rd - timedelta(seconds=1),'UTC')}"),
            ('Return-Path', envfrom),
            ('X-ICL-Out-Info', b64r(24))]

def fastmail_hdrs(to, d, envfrom, ip, helo, dom, ok=True):
    rd = d + timedelta(seconds=R.randint(2, 9))
    dm = 'pass policy.published-domain-policy=quarantine\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=quarantine,d=none,d.eval=none) policy.policy-from=p' if ok else 'fail'
    n = R.randint(1, 8)
    return [('Return-Path', envfrom),
            ('Received', f"from compute{R.randint(1,9)}.internal (compute{R.randint(1,9)}.nyi.internal [10.202.2.{R.randint(40,60)}])\n\t by sloti{R.randint(10,60)}n{R.randint(1,9)} (Cyrus 3.13.0-alpha0-{R.randint(1000,1300)}-g{hexs(8)}) with LMTPA;\n\t {rfc(rd,'America/New_York')}"),
            ('X-Cyrus-Session-Id', f"sloti{R.randint(10,60)}n{R.randint(1,9)}-{int(rd.timestamp())}-{R.randint(100000,999999)}-1-{R.randint(1000000000,9999999999)}"),
            ('Received', f"from mx{n}.messagingengine.com ([10.202.2.{R.randint(200,230)}])\n  by compute{R.randint(1,9)}.internal (LMTPProxy); {rfc(rd,'America/New_York')}"),
            ('Authentication-Results', f"mx{n}.messagingengine.com;\n    dkim=pass (1024-bit rsa key sha256) header.d={dom} header.i=@{dom}\n      header.b={b64r(6)[:8]} header.a=rsa-sha256 header.s={hexs(8)} x-bits=1024;\n    dmarc={dm}\n      header.from={dom};\n    iprev=pass smtp.remote-ip={ip} ({helo});\n    spf=pass smtp.mailfrom={envfrom.strip('<>')}\n      smtp.helo={helo}"),
            ('X-ME-Proxy-Cause', 'gggruggvucftvghtrhhoucdtuddrgeefhedrvdelgdekhecutefuodetggdotefrodftvfcurfhrohhfihhlvgemucfhrghs'),
            ('Received', f"from {helo} ({helo} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n\tby mx{n}.messagingengine.com (Postfix) with ESMTPS\n\tfor <{to}>; {rfc(rd - timedelta(seconds=1),'America/New_York')}")]

def nifty_hdrs(to, d, envfrom, ip, helo, dom, ok=True):
    rd = d + timedelta(seconds=R.randint(2, 9))
    return [('Return-Path', envfrom),
            ('Delivered-To', to),
            ('Received', f"from mfilter{R.randint(10,60)}.nifty.com by mailbox{R.randint(1,9)}.nifty.com with ESMTP\n          id <{int(rd.timestamp())}{R.randint(1000,9999)}.{hexs(6)}@mailbox.nifty.com>; {rfc(rd,'Asia/Tokyo')}"),
            ('Authentication-Results', f"mfilter.nifty.com; spf=pass smtp.mailfrom={envfrom.strip('<>')};\n dkim=pass header.i=@{dom} header.s={hexs(6)};\n dmarc={'pass' if ok else 'fail'} header.from={dom}"),
            ('Received', f"from {helo} ({helo} [{ip}])\n\tby mfilter{R.randint(10,60)}.nifty.com with ESMTP id {hexs(10).upper()}\n\tfor <{to}>; {rfc(rd - timedelta(seconds=1),'Asia/Tokyo')}")]

def yahoojp_hdrs(to, d, envfrom, ip, helo, dom, ok=True):
    rd = d + timedelta(seconds=R.randint(2, 9))
    h = f"mta{R.randint(5000,5200)}.mail.kks.yahoo.co.jp"
    return [('Return-Path', envfrom),
            ('Authentication-Results', f"{h}; spf=pass smtp.mailfrom={envfrom.strip('<>').split('@')[1]};\n\tdkim=pass header.d={dom} header.s={hexs(6)};\n\tdmarc={'pass' if ok else 'fail'} header.from={dom}"),
            ('Received', f"from {helo} ({ip})\n  by {h} with SMTP; {rfc(rd,'Asia/Tokyo')}"),
            ('X-YMailISG', b64r(45))]

def posteo_hdrs(to, d, envfrom, ip, helo, dom, ok=True):
    rd = d + timedelta(seconds=R.randint(2, 9))
    return [('Return-Path', envfrom),
            ('Delivered-To', to),
            ('Received', f"from proxy02.posteo.name ([127.0.0.1])\n\tby dovecot{R.randint(10,20)}.posteo.name (Dovecot) with LMTP id {b64r(12)[:16]}\n\tfor <{to}>; {rfc(rd,'Europe/Berlin')}"),
            ('Received', f"from proxy02.posteo.de ([127.0.0.1])\n\tby proxy02.posteo.name (Dovecot) with LMTP id {b64r(12)[:16]}\n\t; {rfc(rd,'Europe/Berlin')}"),
            ('Authentication-Results', f"posteo.de; dmarc={'pass' if ok else 'fail'} (p=quarantine dis=none) header.from={dom}"),
            ('Authentication-Results', f"posteo.de; dkim=pass (1024-bit key) header.d={dom} header.i=@{dom} header.b=\"{b64r(6)[:8]}\"; dkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com"),
            ('Authentication-Results', f"posteo.de; spf=pass smtp.mailfrom={envfrom.strip('<>').split('@')[1]}"),
            ('Received', f"from mx04.posteo.de (mx04.posteo.de [IPv6:2a05:bc0:1000::{R.randint(100,200)}])\n\tby proxy02.posteo.de (Postfix) with ESMTPS id 4d{b64r(6)[:6]}\n\tfor <{to}>; {rfc(rd - timedelta(seconds=1),'Europe/Berlin')}"),
            ('Received', f"from {helo} ({helo} [{ip}])\n\tby mx04.posteo.de (Postfix) with ESMTPS id 4d{b64r(6)[:6]}\n\tfor <{to}>; {rfc(rd - timedelta(seconds=2),'Europe/Berlin')}")]

def cpanel_hdrs(to, d, envfrom, ip, helo):
    rd = d + timedelta(seconds=R.randint(2, 9))
    return [('Return-Path', envfrom),
            ('Envelope-to', to),
            ('Delivery-date', rfc(rd, 'America/Sao_Paulo')),
            ('Received', f"from {helo} ([{ip}]:{R.randint(30000,60000)})\n\tby br{R.randint(100,999)}.hostgator.com.br with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96.2)\n\t(envelope-from {envfrom})\n\tid 1u{b64r(6)[:4]}-000{R.randint(1,9)}{b64r(3)[:2]}-{R.randint(1,5)}{R.choice('ABCDEF')}\n\tfor {to};\n\t{rfc(rd,'America/Sao_Paulo')}"),
            ('X-Spam-Status', 'No, score=-0.1'),
            ('X-Spam-Score', '-0'),
            ('X-Spam-Bar', '/'),
            ('X-Ham-Report', f"Spam detection software, running on the system \"br{R.randint(100,999)}.hostgator.com.br\",\n has NOT identified this incoming email as spam.")]

# ---------------------------------------------------------------- quoting
def pfx(text, p='> '):
    return '\n'.join((p + l) if l.strip() else p.rstrip() for l in text.rstrip('\n').split('\n'))

def q_gmail(when, name, addr, text):
    return f"On {when} {name} <{addr}> wrote:\n" + pfx(text)

def q_outlook(frm, sent, to, subj, text, cc=None):
    s = f"________________________________\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc: s += f"Cc: {cc}\n"
    return s + f"Subject: {subj}\n\n{text}"

def q_outlook_desktop(frm, sent, to, subj, text):
    return f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{text}"

def q_apple(when, name, addr, text):
    return f"> On {when}, {name} <{addr}> wrote:\n> \n" + pfx(text)

def q_tb(when, name, text):
    return f"On {when}, {name} wrote:\n" + pfx(text)

def q_ja(when, name, addr, text):
    return f"{when} {name} <{addr}>:\n" + pfx(text)

def q_fwd(frm, date, subj, to, text):
    return f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subj}\nTo: {to}\n\n{text}"

def q_orig(frm, sent, to, subj, text):
    return f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{text}"

# ---------------------------------------------------------------- MIME
def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None):
    raw = text.encode(codec or charset, 'strict')
    m = Message()
    m['Content-Type'] = f'text/{subtype}; charset="{label or charset}"'
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:  # 8bit
        payload = raw.decode('ascii', 'surrogateescape')
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(payload)
    return m

def alt(*parts):
    m = MIMEMultipart('alternative', boundary=f"----=_Part_{R.randint(100000,999999)}_{R.randint(100000000,999999999)}.{R.randint(1000000000000,9999999999999)}")
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m

def txt2html(top, hist=None, font='Arial, sans-serif'):
    def paras(t):
        out = []
        for block in re.split(r'\n\s*\n', t.strip('\n')):
            out.append('<p>' + html.escape(block).replace('\n', '<br>\n') + '</p>')
        return '\n'.join(out)
    h = f'<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family: {font}; font-size: 14px;">\n<div>\n{paras(top)}\n</div>\n'
    if hist:
        h += '<br>\n<div style="border-top: 1px solid #cccccc; padding-top: 8px;">\n<blockquote style="margin:0 0 0 .8ex; border-left:1px solid #ccc; padding-left:1ex">\n' + paras(hist) + '\n</blockquote>\n</div>\n'
    return h + '</body>\n</html>\n'

def join(top, hist, sep='\n\n'):
    return top.rstrip('\n') + sep + hist.rstrip('\n') + '\n' if hist else top.rstrip('\n') + '\n'

# ---------------------------------------------------------------- assembly
MAILS = []

def add(slug, kind, lang, case_id, sv, hdrs, top, hist, body, subject, frm, to, date, mid,
        extra=None, top_html=None, irt=None, refs=None, crlf=False, cc=None):
    m = body
    content = [(k, v) for k, v in m.items()]
    for k in list(m.keys()):
        del m[k]
    for k, v in hdrs:
        m[k] = v
    for k, v in (extra or []):
        if k.startswith('DKIM-Signature'):
            m['DKIM-Signature'] = v
    m['Date'] = date
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Message-ID'] = mid
    if irt:
        m['In-Reply-To'] = irt
    if refs:
        m['References'] = refs
    m['Subject'] = subject
    m['MIME-Version'] = '1.0'
    for k, v in content:
        m[k] = v
    for k, v in (extra or []):
        if not k.startswith('DKIM-Signature'):
            m[k] = v
    ids_src = (top or '') + '\n' + (re.sub(r'<[^>]+>', ' ', top_html) if top_html else '')
    ids = sorted({'AWS' + x for x in re.findall(r'(?i)\baws[ \-]?(\d{8})\b', ids_src)})
    MAILS.append(dict(slug=slug, msg=m, crlf=crlf,
                      label={"kind": kind, "case_id": case_id, "account_ids": ids,
                             "sender_verified": sv, "language": lang}))

# ---------------------------------------------------------------- common sender bits
FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'

def g_ar(ip, envfrom, from_dom='amazon.com', dkim_doms=('amazon.com', 'amazonses.com'), spf='pass', dmarc='pass', pol='QUARANTINE'):
    ef = envfrom.strip('<>')
    parts = []
    for dd in dkim_doms:
        parts.append(f"dkim=pass header.i=@{dd} header.s={hexs(8)} header.b={b64r(6)[:8]}")
    if not dkim_doms:
        parts.append("dkim=none")
    if spf == 'pass':
        parts.append(f"spf=pass (google.com: domain of {ef} designates {ip} as permitted sender) smtp.mailfrom={ef.split('@')[1]}")
    else:
        parts.append(f"spf={spf} (google.com: domain of {ef} does not designate {ip} as permitted sender) smtp.mailfrom={ef.split('@')[1]}")
    parts.append(f"dmarc={dmarc} (p={pol} sp={pol} dis={'NONE' if dmarc == 'pass' else pol}) header.from={from_dom}")
    return ';\n       '.join(parts)

def o_ar(ip, envfrom, from_dom='amazon.com', ok=True):
    ef = envfrom.strip('<>').split('@')[1]
    if ok:
        return (f"spf=pass (sender IP is {ip})\n smtp.mailfrom={ef}; dkim=pass (signature was verified)\n header.d={from_dom};dmarc=pass action=none\n header.from={from_dom};compauth=pass reason=100")
    return (f"spf=fail (sender IP is {ip})\n smtp.mailfrom={ef}; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from={from_dom};compauth=fail reason=000")

def aws_extra(d, ip, region='us-east-1', dom='amazon.com'):
    return [('DKIM-Signature', dkim_sig(d, dom, '224i4yxa5dv7c2xz3womw6peuasteono')),
            ('DKIM-Signature', dkim_sig(d, 'amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw', h='Date:From:To:Subject:MIME-Version:Content-Type:Message-ID:Feedback-ID')),
            ('Feedback-ID', f"::1.{region}.{b64r(33)[:44]}=:AmazonSES"),
            ('X-SES-Outgoing', d.strftime('%Y.%m.%d') + '-' + ip)]

def ses_env(d):
    ip = ses_ip()
    helo = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    return ip, helo, ses_return_path(d)

def console_footer(case, lang='en'):
    if lang == 'ja':
        return (f"\n\n本件について再度お問い合わせいただく場合は、以下の URL からサポートセンターにアクセスしてください。\n\n"
                f"https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja\n\n"
                "(フェデレーションで接続している場合は、リンクを開く前にログインしてください。)\n\n"
                "*このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんので、同じ件について再度ご連絡いただく場合は上記のリンクをご利用ください。\n\n"
                "Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。")
    return ("\n\n======================================================================\n"
            "To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en\n\n"
            "(If you are connecting by federation, log in before following the link.)\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.\n\n"
            "======================================================================\n"
            "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.")

RATE = ("We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. "
        "Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.")

def enc_subj(s, cs='utf-8'):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs, maxlinelen=76, header_name='Subject').encode()

# ======================================================================
# Thread A: Priya Raman (Gmail) - form case
# ======================================================================
PR = ('Priya Raman', 'priya.raman84@gmail.com')
PR_TO = 'Priya Raman <priya.raman84@gmail.com>'
A_open = dt('2025-10-14 09:08:37')
A = case15(A_open, 481)
A_SUBJ = f"RE:[CASE {A}] [AWS Training and Certification Form Submission] - account-assistance"

P_SUB = """Hello,

I have two AWS Certification accounts and would like them combined into one.

Account 1: AWS04417823 - registered with priya.raman84@gmail.com (personal)
Account 2: AWS10938265 - registered with priya.r@tessaract-systems.com (previous
employer, I no longer have access to this mailbox)

My Cloud Practitioner (2022) is on account 2 and my Solutions Architect
Associate (2025) is on account 1.

Thanks,
Priya Raman"""

# --- A1 ack (case_created)
d = A_open + timedelta(seconds=12)
ip, helo, env = ses_env(d)
top = f"""Hello Priya,

Thank you for reaching out to AWS Training and Certification. This message confirms that we have your request and that it has been logged under case ID {A}.

Inquiry type: Certification
Detail: Account Merge
AWS candidate ID provided: AWS04417823

A member of our team will review the details and get back to you, usually within one business day. To keep everything in one place, please reply to this email rather than submitting the form again; a second submission creates a separate case and can slow things down.

Kind regards,
AWS Training and Certification Customer Support

This message was sent from a monitored address. Please keep the case ID in the subject line when you reply."""
add('ack-form-raman', 'case_created', 'en', A, True,
    gmail_hdrs(PR[1], d, env, ip, helo, g_ar(ip, env)), top, None,
    alt(leaf(join(top, None), cte='quoted-printable'), leaf(txt2html(top), 'html', cte='quoted-printable')),
    f"[CASE {A}] Thank you for contacting AWS Training and Certification", FORM, PR_TO, rfc(d), ses_mid(d),
    extra=aws_extra(d, ip), crlf=True)

# --- A41 which account to keep (support_reply)
d41 = dt('2025-10-15 14:20:11')
ip, helo, env = ses_env(d41)
top41 = """Hi Priya,

Thanks for getting in touch, and sorry for the wait.

I found both profiles you mentioned. Before I can set anything up I need one decision from you: which of the two should be the one you keep using going forward? Whatever you pick will hold all of your exam history afterwards, and the sign-in and notification email on that profile is the one we will use from then on.

A couple of things that might help you decide:
  - The profile tied to your old work address is the one with the Cloud Practitioner on it, but you mentioned you can't get into that inbox anymore.
  - Whichever one is kept, your certification numbers and dates don't change.

Just reply to this email with the candidate ID you'd like to keep and I'll take it from there.

Best,
Jenna M.
AWS Training and Certification Customer Support"""
hist41 = q_orig(f"{PR[0]} <{PR[1]}>", "Tuesday, October 14, 2025 9:08 AM (UTC)", FORM_ADDR,
                "[AWS Training and Certification Form Submission] - account-assistance", P_SUB)
add('raman-agent-first-reply', 'support_reply', 'en', A, True,
    gmail_hdrs(PR[1], d41, env, ip, helo, g_ar(ip, env)), top41, hist41,
    leaf(join(top41, hist41), cte='quoted-printable'),
    A_SUBJ, FORM, PR_TO, rfc(d41), ses_mid(d41), extra=aws_extra(d41, ip))

# --- A8 confirmation request with table
PR_KEEP = """Hi Jenna,

Please keep AWS04417823, the one with my gmail address. The old one can go.

Thank you!
Priya"""
pr_reply1 = PR_KEEP + "\n\n" + f"On Wed, 15 Oct 2025 at 19:50, Amazon Web Services <{FORM_ADDR}> wrote:\n" + pfx(join(top41, hist41))
d8 = dt('2025-10-16 10:05:40')
ip, helo, env = ses_env(d8)
top8 = """Hi Priya,

Perfect, thank you. Here is what I have lined up based on your answer:

  Candidate ID  | Email on file                  | After the merge
  --------------+--------------------------------+-----------------------------------
  AWS04417823   | priya.raman84@gmail.com        | Stays active (your primary)
  AWS10938265   | priya.r@tessaract-systems.com  | Folded into AWS04417823, then closed

Please look this over carefully. Once we run it, it can't be undone - we are not able to split the records back apart afterwards.

If everything above is right, just reply "Confirmed" (or tell me what needs to change) and I'll submit it to the team.

Best,
Jenna M.
AWS Training and Certification Customer Support"""
hist8 = q_orig(PR[1], "2025-10-15 17:41 (UTC)", FORM_ADDR, f"Re: {A_SUBJ}", pr_reply1)
add('raman-accounts-table', 'merge_confirmation_requested', 'en', A, True,
    gmail_hdrs(PR[1], d8, env, ip, helo, g_ar(ip, env)), top8, hist8,
    leaf(join(top8, hist8), cte='quoted-printable'),
    A_SUBJ, FORM, PR_TO, rfc(d8), ses_mid(d8), extra=aws_extra(d8, ip), crlf=True)

# --- A14 phishing look-alike (merge_confirmation_requested, false)
d14 = dt('2025-10-16 13:12:09')
PH_CASE = case15(dt('2025-10-16 12:40:02'), 17720)
pip = '198.54.117.212'
penv = '<bounce-7731@mail.aws-certification-center.com>'
top14 = f"""Dear Certification Candidate,

We received a request to merge the following AWS Certification accounts (Case {PH_CASE}):

    Primary account   : AWS04417823
    Secondary account : AWS10938265

To protect your certification history, the merge must be confirmed by the account owner within 24 hours. After confirmation the secondary account will be permanently combined with the primary account. This operation is irreversible.

Confirm the merge here:
https://aws-certification-center.com/merge/confirm?case={PH_CASE}&token=9f2c7a1e0b

If the request is not confirmed in time, both accounts may be temporarily suspended for security reasons and your exam vouchers could be lost.

Sincerely,
AWS Certification Account Services
Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA"""
hist14 = """----- Original request -----
Request type: Account Merge
Submitted by: Priya Raman
Status: Pending owner confirmation"""
h14 = txt2html(top14, hist14).replace(
    f"https://aws-certification-center.com/merge/confirm?case={PH_CASE}&amp;token=9f2c7a1e0b",
    f'<a href="https://aws-certification-center.com/merge/confirm?case={PH_CASE}&amp;token=9f2c7a1e0b" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">CONFIRM MERGE</a>')
add('aws-cert-center-notice', 'merge_confirmation_requested', 'en', PH_CASE, False,
    gmail_hdrs(PR[1], d14, penv, pip, 'mail.aws-certification-center.com',
               g_ar(pip, penv, from_dom='aws-certification-center.com', dkim_doms=('aws-certification-center.com',), pol='NONE')),
    top14, hist14, alt(leaf(join(top14, hist14), cte='7bit', charset='us-ascii'), leaf(h14, 'html', cte='base64')),
    f"Action required: confirm your AWS Certification account merge (Case {PH_CASE})",
    '"AWS Certification" <support@aws-certification-center.com>', PR[1], rfc(d14, 'America/New_York'),
    f"<{hexs(16)}.{int(d14.timestamp())}@aws-certification-center.com>",
    extra=[('DKIM-Signature', dkim_sig(d14, 'aws-certification-center.com', 'default')), ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')])

# --- A18 completion that also asks to check
PR_CONF = """Confirmed. Please go ahead.

Priya

Sent from my Android"""
d_prconf = dt('2025-10-16 11:02:00')
pr_reply2 = PR_CONF + "\n\n" + f"On Thu, 16 Oct 2025, 15:35 Amazon Web Services, <{FORM_ADDR}> wrote:\n" + pfx(join(top8, hist8))
d18 = dt('2025-10-17 06:32:18')
ip, helo, env = ses_env(d18)
top18 = """Hi Priya,

Good news: everything from AWS10938265 has now been brought over to AWS04417823, and the older profile has been retired. Your Cloud Practitioner and Solutions Architect - Associate records are both showing under the gmail profile on our side.

Could you do a quick check for me? Sign in to your Certification Account with priya.raman84@gmail.com and make sure that:
  1. both certifications appear under "Certifications", and
  2. any exam benefits you had (like the 50% voucher) are listed under "Benefits".

Credly can take a day or two to catch up. If anything looks off, reply here and we'll look into it.

Best,
Jenna M.
AWS Training and Certification Customer Support"""
hist18 = q_orig(PR[1], "2025-10-16 11:02 (UTC)", FORM_ADDR, f"Re: {A_SUBJ}", pr_reply2)
add('raman-profiles-update', 'merge_completed', 'en', A, True,
    gmail_hdrs(PR[1], d18, env, ip, helo, g_ar(ip, env)), top18, hist18,
    leaf(join(top18, hist18), cte='quoted-printable'),
    A_SUBJ, FORM, PR_TO, rfc(d18), ses_mid(d18), extra=aws_extra(d18, ip))

# --- A28 survey, completion quoted underneath
d28 = dt('2025-10-17 06:40:02')
ip, helo, env = ses_env(d28)
top28 = f"""Hello Priya,

We're marking case {A} as resolved. If you still need help with this request, simply reply to this email within the next 14 days and the case will be reopened automatically.

Was your issue resolved?
  YES: https://survey.aws-tc-support.amazon.com/r?c={A}&a=1
  NO:  https://survey.aws-tc-support.amazon.com/r?c={A}&a=0

How would you rate the support you received? (1 = poor, 5 = excellent)
  1 | 2 | 3 | 4 | 5

Thank you for being an AWS Training and Certification customer.

--
AWS Training and Certification Customer Support"""
hist28 = "------------------- Last correspondence -------------------\n" + join(top18, None)
add('raman-case-status', 'survey', 'en', A, True,
    gmail_hdrs(PR[1], d28, env, ip, helo, g_ar(ip, env)), top28, hist28,
    alt(leaf(join(top28, hist28), cte='quoted-printable'), leaf(txt2html(top28, hist28), 'html', cte='base64')),
    f"Your case {A} has been resolved - tell us how we did", FORM, PR_TO, rfc(d28), ses_mid(d28), extra=aws_extra(d28, ip))

def credly_env(d, to):
    ip = f"{R.choice(['149.72', '167.89', '168.245'])}.{R.randint(1,250)}.{R.randint(1,250)}"
    helo = f"o{R.randint(1,20)}.em.credly.com"
    lp, dom = to.split('@')
    env = f"<bounces+{R.randint(10000000,40000000)}-{hexs(4)}-{lp}={dom}@em.credly.com>"
    return ip, helo, env

def credly_extra(d):
    return [('DKIM-Signature', dkim_sig(d, 'credly.com', 's1', h='content-type:from:mime-version:subject:list-unsubscribe:to:cc')),
            ('List-Unsubscribe', f"<https://www.credly.com/notification_preferences/unsubscribe?token={hexs(32)}>"),
            ('X-Entity-ID', b64r(15))]

def credly_mid(d):
    return f"<{hexs(24)}_{int(d.timestamp())}@geopod-ismtpd-{R.randint(1,30)}.mail>"

CREDLY_AWS = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'
CREDLY_FOOT = """You received this email because Amazon Web Services Training and Certification issued you a badge through Credly.
Manage your notification settings: https://www.credly.com/notification_preferences
Credly, 13 - 2nd Ave, Suite 100, New York, NY 10003
Privacy Policy: https://www.credly.com/privacy | Terms: https://www.credly.com/terms"""

def credly_html(title, paras_, button, link, foot=CREDLY_FOOT):
    ps = '\n'.join(f'<tr><td style="padding:6px 32px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333333">{p}</td></tr>' for p in paras_)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{title}</title></head>
<body style="margin:0;background:#f3f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 32px"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="96"></td></tr>
{ps}
<tr><td align="center" style="padding:24px"><a href="{link}" style="background:#ff6b00;color:#ffffff;padding:12px 28px;border-radius:4px;font-family:Helvetica,Arial,sans-serif;text-decoration:none;font-weight:bold">{button}</a></td></tr>
<tr><td style="padding:16px 32px;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#888888">{html.escape(foot).replace(chr(10), '<br>')}</td></tr>
</table></td></tr></table>
</body></html>
"""

# --- A35 Credly badge issued (after merge)
d35 = dt('2025-10-18 02:11:45')
ip, helo, env = credly_env(d35, PR[1])
badge_link = f"https://www.credly.com/earner/earned/badge/{uuid.UUID(int=R.getrandbits(128))}?notification=badge_issued"
top35 = f"""Congratulations, Priya!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Cloud Practitioner

Accept your badge to add it to your Credly profile and share it with your network. You can also download it, add it to your email signature or embed it on your website.

Accept your badge:
{badge_link}

{CREDLY_FOOT}"""
h35 = credly_html("You've earned a badge", ["Congratulations, Priya!", "Amazon Web Services Training and Certification has issued you a new badge:",
                   "<strong>AWS Certified Cloud Practitioner</strong>",
                   "Accept your badge to add it to your Credly profile and share it with your network."], "Accept your badge", badge_link)
add('credly-raman-ccp', 'credly_badge_issued', 'en', None, True,
    gmail_hdrs(PR[1], d35, env, ip, helo, g_ar(ip, env, from_dom='credly.com', dkim_doms=('credly.com', 'sendgrid.info'), pol='REJECT')),
    top35, None, alt(leaf(top35, cte='quoted-printable'), leaf(h35, 'html', cte='quoted-printable')),
    "Priya, you've been issued a badge from Amazon Web Services Training and Certification", CREDLY_AWS, PR[1], rfc(d35), credly_mid(d35),
    extra=credly_extra(d35))

# --- A52 badges missing -> agent raises Credly request (support_reply), completion quoted below
d_prfw = dt('2025-10-20 08:15:00')
pr_badge = f"""Hi Jenna,

Thanks for sorting this out. Everything shows up in the Certification Account, and the voucher is there too.

The Cloud Practitioner badge came through on Credly (forwarding the mail below), but my Solutions Architect - Associate badge is still sitting on the old Credly account under the tessaract address, which I can't log into. Can it be moved across as well?

Regards,
Priya

{q_fwd(CREDLY_AWS.replace('"', ''), 'Sat, 18 Oct 2025 at 07:41', "Priya, you've been issued a badge from Amazon Web Services Training and Certification", PR[1], top35.split(chr(10)+chr(10)+'You received')[0])}

On Fri, 17 Oct 2025 at 12:02, Amazon Web Services <{FORM_ADDR}> wrote:
{pfx(join(top18, hist18))}"""
d52 = dt('2025-10-21 11:02:33')
ip, helo, env = ses_env(d52)
top52 = """Hi Priya,

Thanks for the update, and glad the certification side looks right.

I've raised a request with our Credly team to move the Solutions Architect - Associate badge over to the Credly account that uses priya.raman84@gmail.com, so that all badges linked to AWS04417823 end up in one place. You don't need to do anything in the meantime; there's no need to accept anything on the old Credly account either.

These usually take 3-5 business days. I'll update this case as soon as I hear back from them.

Best,
Jenna M.
AWS Training and Certification Customer Support"""
hist52 = q_orig(PR[1], "2025-10-20 08:15 (UTC)", FORM_ADDR, f"Re: {A_SUBJ}", pr_badge)
add('raman-credly-followup', 'support_reply', 'en', A, True,
    gmail_hdrs(PR[1], d52, env, ip, helo, g_ar(ip, env)), top52, hist52,
    leaf(join(top52, hist52), cte='base64'),
    A_SUBJ, FORM, PR_TO, rfc(d52), ses_mid(d52), extra=aws_extra(d52, ip), crlf=True)

# ======================================================================
# Thread B: Daniel Okafor (Office 365) - console case, three accounts
# ======================================================================
DO = ('Daniel Okafor', 'daniel.okafor@northwind-consult.co.uk')
B0_open = dt('2025-05-21 09:01:40')
B0 = case15(B0_open, 302)
B_open = dt('2025-06-03 08:14:05')
B = case15(B_open, 917)
B_CSUBJ = "Certification account merge - 3 candidate IDs"

DO_CORR = f"""Hello,

I appear to have ended up with three separate certification profiles over the years. Please merge AWS07719406 and AWS11358742 into AWS02281950, which is the one I use today.

For reference, I raised this through the Training and Certification web form on 21 May and received the acknowledgement below, but nobody has been in touch since.

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 21 May 2025 10:02
To: Okafor, Daniel <daniel.okafor@northwind-consult.co.uk>
Subject: [CASE {B0}] Thank you for contacting AWS Training and Certification

Hello Daniel,

Thank you for reaching out to AWS Training and Certification. This message confirms that we have your request and that it has been logged under case ID {B0}. A member of our team will review the details and get back to you, usually within one business day.

Kind regards,
AWS Training and Certification Customer Support

Regards,
Daniel Okafor
Senior Consultant | Northwind Consulting"""

# --- B2 console ack (case_created)
d2 = B_open + timedelta(seconds=6)
ip, helo, env = ses_env(d2)
top2 = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {B} to address your issue.

The details of your case are as follows:

Case ID: {B}
Subject: {B_CSUBJ}
Severity: General guidance
Correspondence: {DO_CORR}

We will provide an update to this case as soon as possible. You can view the status of your case and add correspondence from the AWS Support Center."""
foot2 = console_footer(B)
add('okafor-console-open', 'case_created', 'en', B, True,
    o365_hdrs(DO[1], d2, env, ip, helo, o_ar(ip, env)) + o365_tail(d2), top2, None,
    leaf(join(top2 + foot2, None), cte='quoted-printable'),
    f"Amazon Web Services: You have opened a new Support case: {B}", CONSOLE, DO[1], rfc(d2), ses_mid(d2), extra=aws_extra(d2, ip))

# --- B42 agent asks for more information (support_reply)
d42 = dt('2025-06-04 13:37:22')
ip, helo, env = ses_env(d42)
top42 = """Hello,

Thank you for contacting AWS Training and Certification.

I have reviewed the three candidate IDs in your request. Two of them I was able to match to you without difficulty; the third one, AWS11358742, however, was registered with an e-mail address that I cannot verify against your details.

To proceed, could you please provide the following:

1. The e-mail address used to sign in to each of the three accounts;
2. The notification e-mail address for each account, if it differs from the sign-in address;
3. If AWS11358742 was set up on your behalf (for instance by a training provider or your employer), the name of that organisation.

As soon as I have this information, I will prepare the merge for your review.

""" + RATE + """

Best regards,
Eleanor W.
Amazon Web Services"""
hist42 = f"""---- Case history ----

On 2025-06-03 at 08:14 UTC, Daniel Okafor wrote:

{DO_CORR}"""
add('okafor-case-update-1', 'support_reply', 'en', B, True,
    o365_hdrs(DO[1], d42, env, ip, helo, o_ar(ip, env)) + o365_tail(d42), top42, hist42,
    leaf(join(top42 + console_footer(B), hist42), cte='quoted-printable'),
    f"RE:[CASE {B}] {B_CSUBJ}", CONSOLE, DO[1], rfc(d42), ses_mid(d42), extra=aws_extra(d42, ip))

# --- B9 formal confirmation request (list of three)
DO_INFO = """Hi Eleanor,

Thanks for picking this up. Details as requested:

- AWS02281950: sign-in and notifications daniel.okafor@northwind-consult.co.uk
- AWS07719406: sign-in and notifications d.okafor@hotmail.co.uk
- AWS11358742: created by Skyforge Learning Ltd when I attended their bootcamp in March 2023. It uses dokafor@skyforge-learning.co.uk, which still forwards to me, and I can receive a code there if you need to verify it.

Regards,
Daniel"""
d9 = dt('2025-06-06 09:20:14')
ip, helo, env = ses_env(d9)
top9 = """Dear Mr Okafor,

Thank you for your reply and for supplying the requested details, which I have now been able to verify.

Before I submit the request, I should be grateful if you would review the proposed arrangement below:

  - Surviving account: AWS02281950 (daniel.okafor@northwind-consult.co.uk)
  - To be absorbed into the surviving account: AWS07719406 (d.okafor@hotmail.co.uk)
  - To be absorbed into the surviving account: AWS11358742 (dokafor@skyforge-learning.co.uk)

Following the merge, all examination history, certifications and associated benefits from the two secondary accounts will be held under AWS02281950, and the secondary accounts will be deactivated. Please be aware that this action is permanent: it will not be possible to reverse it once it has been carried out.

As this case was opened via the Support Center, I would kindly ask you to indicate your agreement by replying to the case there, stating that the details above are correct and that you wish us to proceed.

""" + RATE + """

Yours sincerely,
Eleanor Whitcombe
Amazon Web Services"""
hist9 = f"""---- Case history ----

On 2025-06-05 at 09:55 UTC, Daniel Okafor wrote:

{DO_INFO}

On 2025-06-04 at 13:37 UTC, Amazon Web Services wrote:

{top42}

On 2025-06-03 at 08:14 UTC, Daniel Okafor wrote:

{DO_CORR}"""
add('okafor-case-update-2', 'merge_confirmation_requested', 'en', B, True,
    o365_hdrs(DO[1], d9, env, ip, helo, o_ar(ip, env)) + o365_tail(d9), top9, hist9,
    leaf(join(top9 + console_footer(B), hist9), cte='quoted-printable'),
    f"RE:[CASE {B}] {B_CSUBJ}", CONSOLE, DO[1], rfc(d9), ses_mid(d9), extra=aws_extra(d9, ip), crlf=True)

# --- B15 spoofed amazon.com (dmarc=fail topmost, forged pass lower)
d15 = dt('2025-06-06 15:48:51')
PH2 = case15(dt('2025-06-06 14:02:11'), 40318)
pip = '185.234.72.19'
penv = '<no-reply-aws@amazon.com>'
top15 = f"""Hello,

Your request to merge AWS Certification accounts is almost complete.

For security reasons we must verify that you are the owner of each account before the merge is executed. Please confirm that the following accounts should be merged:

AWS07719406  ->  AWS02281950
AWS11358742  ->  AWS02281950

Confirm the merge by signing in with your AWS Certification credentials:
https://aws-certmerge-portal.com/verify?case={PH2}&ref=okafor

Requests that are not confirmed within 12 hours are cancelled automatically, and the accounts involved may be locked pending review. This action cannot be undone once confirmed.

Best regards,
Amazon Web Services"""
hist15 = f"""---- Case history ----

On 2025-06-03 at 08:14 UTC, you wrote:

Please merge my certification profiles."""
forged = [('Authentication-Results', "mx.amazon.com; dkim=pass header.d=amazon.com;\n spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com"),
          ('Received', f"from vps-4471.hostingdc.net (unknown [{pip}]) by mx.amazon.com; {rfc(d15 - timedelta(minutes=1))}")]
add('okafor-merge-verify', 'merge_confirmation_requested', 'en', PH2, False,
    o365_hdrs(DO[1], d15, penv, pip, 'vps-4471.hostingdc.net', o_ar(pip, penv, ok=False)) + forged + o365_tail(d15),
    top15, hist15, leaf(join(top15 + console_footer(PH2), hist15), cte='quoted-printable', charset='iso-8859-1', codec='latin-1'),
    f"RE:[CASE {PH2}] {B_CSUBJ} - verification required", CONSOLE, DO[1], rfc(d15), f"<{hexs(20)}@vps-4471.hostingdc.net>")

# --- B19 completion + closure + rating (merge_completed)
DO_OK = """The details above are correct. Please proceed with the merge.

Daniel"""
d19 = dt('2025-06-09 10:03:27')
ip, helo, env = ses_env(d19)
top19 = """Dear Mr Okafor,

Thank you for confirming the details in the Support Center.

I am pleased to let you know that the consolidation has now been carried out. The examination history and certifications previously held under AWS07719406 and AWS11358742 are now recorded against AWS02281950, and the two former accounts have been deactivated. You may continue to sign in with daniel.okafor@northwind-consult.co.uk as before.

As the requested work is complete, I shall now resolve this case. Should you require any further assistance, you are welcome to reopen it from the Support Center within 14 days.

We would greatly value your feedback on this case; please take a moment to rate this correspondence using the link below.

Yours sincerely,
Eleanor Whitcombe
Amazon Web Services"""
hist19 = f"""---- Case history ----

On 2025-06-06 at 10:12 UTC, Daniel Okafor wrote:

{DO_OK}

On 2025-06-06 at 09:20 UTC, Amazon Web Services wrote:

{top9}

On 2025-06-05 at 09:55 UTC, Daniel Okafor wrote:

{DO_INFO}"""
add('okafor-case-update-3', 'merge_completed', 'en', B, True,
    o365_hdrs(DO[1], d19, env, ip, helo, o_ar(ip, env)) + o365_tail(d19), top19, hist19,
    leaf(join(top19 + console_footer(B), hist19), cte='quoted-printable'),
    f"RE:[CASE {B}] {B_CSUBJ}", CONSOLE, DO[1], rfc(d19), ses_mid(d19), extra=aws_extra(d19, ip))

# --- B53 billing case (unrelated)
BILL_open = dt('2025-06-30 16:22:10')
BILL = case15(BILL_open, 66)
d53 = dt('2025-07-02 11:45:09')
ip, helo, env = ses_env(d53)
top53 = """Hello Daniel,

Thank you for your patience while I looked into the charges on account 4839-2017-5562.

The increase you noticed on your June invoice comes from NAT Gateway data processing in eu-west-2 (about 3.1 TB processed between 12 and 27 June). The traffic originates from the private subnets of the VPC vpc-0c41e8a7d2f9b6613 and appears to be pulled from S3 in the same Region through the NAT Gateway rather than through a gateway VPC endpoint.

Adding an S3 gateway endpoint to the route tables of those subnets would remove the NAT processing charge for that traffic. Gateway endpoints for S3 have no additional cost.

As a one-time courtesy I have submitted a request for a partial credit for this usage. You will see the outcome on this case within 3 business days.

""" + RATE + """

Best regards,
Sipho N.
Amazon Web Services"""
DO_BILL = """Hello,

Our June bill for account 4839-2017-5562 is about 40% higher than usual, almost entirely under "EC2-Other". We haven't knowingly launched anything new. Can you help us understand where this comes from?

Thanks,
Daniel Okafor"""
hist53 = f"""---- Case history ----

On 2025-06-30 at 16:22 UTC, Daniel Okafor wrote:

{DO_BILL}"""
add('okafor-billing-case', 'unrelated', 'en', BILL, True,
    o365_hdrs(DO[1], d53, env, ip, helo, o_ar(ip, env)) + o365_tail(d53), top53, hist53,
    leaf(join(top53 + console_footer(BILL), hist53), cte='quoted-printable'),
    f"RE:[CASE {BILL}] Unexpected increase in EC2-Other charges (June)", CONSOLE, DO[1], rfc(d53), ses_mid(d53), extra=aws_extra(d53, ip))

# --- B59 colleague (internal, no Authentication-Results)
d59 = dt('2025-06-10 08:31:44', 'Europe/London')
HC = ('Cole, Harriet', 'harriet.cole@northwind-consult.co.uk')
top59 = """Hi Daniel,

Thanks, that's really helpful. So for the partner portal I should list you under AWS02281950 only and drop the other two? Partner Central still shows aws-07719406 against your name from when we registered you last year, so I'll swap it over this afternoon unless you shout.

Cheers,
Harriet

Harriet Cole
Partner Operations | Northwind Consulting
+44 20 7946 0418"""
do_to_h = """Hi Harriet,

Quick update on the cert IDs you asked about: AWS have now merged my certification accounts, so everything (SA Pro, Security Specialty and the old Developer cert) sits under AWS02281950. The hotmail one and the one Skyforge created for the bootcamp no longer exist.

Daniel"""
h_to_do = """Hi Daniel,

For the APN tier renewal I need each consultant's AWS certification ID. I've got two different ones on file for you (AWS07719406 and AWS11358742) - which is correct?

Thanks,
Harriet"""
hist59 = q_outlook_desktop("Okafor, Daniel <daniel.okafor@northwind-consult.co.uk>", "Monday, June 9, 2025 5:12 PM",
                           "Cole, Harriet <harriet.cole@northwind-consult.co.uk>", "RE: AWS partner portal - cert IDs",
                           do_to_h + "\n\n" + q_outlook_desktop("Cole, Harriet <harriet.cole@northwind-consult.co.uk>", "Monday, June 2, 2025 11:03 AM",
                                                                "Okafor, Daniel <daniel.okafor@northwind-consult.co.uk>", "AWS partner portal - cert IDs", h_to_do))
mid59 = f"<LO2P265MB{R.randint(1000,9999)}{hexs(12).upper()}@LO2P265MB{R.randint(1000,9999)}.GBRP265.PROD.OUTLOOK.COM>"
mid_prev = f"<LO4P265MB{R.randint(1000,9999)}{hexs(12).upper()}@LO4P265MB{R.randint(1000,9999)}.GBRP265.PROD.OUTLOOK.COM>"
int_hdrs = [('Received', f"from LO2P265MB5512.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2a8::11)\n by LO4P265MB3081.GBRP265.PROD.OUTLOOK.COM with HTTPS; {rfc(d59 + timedelta(seconds=2), 'UTC')}"),
            ('Received', f"from LO2P265MB5512.GBRP265.PROD.OUTLOOK.COM\n ([fe80::7c1d:94ff:fe3a:1b02]) by LO2P265MB5512.GBRP265.PROD.OUTLOOK.COM\n ([fe80::7c1d:94ff:fe3a:1b02%4]) with mapi id 15.20.8769.025; {rfc(d59 + timedelta(seconds=1), 'UTC')}"),
            ('Thread-Topic', 'AWS partner portal - cert IDs'),
            ('Thread-Index', 'AQHb1' + b64r(30)),
            ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
            ('X-MS-Exchange-Organization-AuthMechanism', '04'),
            ('X-MS-Exchange-Organization-AuthSource', 'LO2P265MB5512.GBRP265.PROD.OUTLOOK.COM'),
            ('Content-Language', 'en-GB')]
add('cole-partner-portal', 'unrelated', 'en', None, None, int_hdrs, top59, hist59,
    alt(leaf(join(top59, hist59), cte='quoted-printable'), leaf(txt2html(top59, hist59, font='Aptos, Calibri, sans-serif'), 'html', cte='quoted-printable')),
    "RE: AWS partner portal - cert IDs", f'"{HC[0]}" <{HC[1]}>', f'"Okafor, Daniel" <{DO[1]}>', rfc(d59, 'Europe/London'), mid59,
    irt=mid_prev, refs=mid_prev)

# ======================================================================
# Thread C: Tanaka Kenta (nifty) - Japanese form case
# ======================================================================
KT = ('田中 健太', 'kenta.tanaka.0412@nifty.com')
KT_TO = 'kenta.tanaka.0412@nifty.com'
C_open = dt('2025-05-26 23:02:40')
C = case15(C_open, 2271)
C_SUBJ = f"RE:[CASE {C}] [AWS Training and Certification Form Submission] - アカウント統合のご依頼"

def ja_from(addr):
    return Header('田中 健太', 'iso-2022-jp').encode() + f' <{addr}>'

# --- C3 ack (case_created, ISO-2022-JP)
d3 = C_open + timedelta(seconds=9)
ip, helo, env = ses_env(d3)
top3 = f"""田中 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース番号 {C} として登録いたしました。

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
同じ内容でフォームを再度送信されますと別のケースとして登録され、
ご回答が遅れる場合がございます。追加のご連絡は、このメールへの
ご返信にてお願いいたします。

お問い合わせ種別: 認定 (Certification)
詳細: アカウントの統合 (Account Merge)
受験者 ID: AWS05529147

AWS トレーニングと認定 カスタマーサポート"""
add('tanaka-uketsuke', 'case_created', 'ja', C, True,
    nifty_hdrs(KT_TO, d3, env, ip, helo, 'amazon.com'), top3, None,
    leaf(join(top3, None), charset='iso-2022-jp', cte='7bit'),
    enc_subj(f"[CASE {C}] お問い合わせを受け付けました - AWS トレーニングと認定", 'iso-2022-jp'),
    FORM, KT_TO, rfc(d3), ses_mid(d3), extra=aws_extra(d3, ip, region='ap-northeast-1'))

# --- C10 confirmation request (ja)
KT_ADD = """お世話になっております。田中です。

補足させてください。もう一方のアカウント (AWS09183306) は前職の
メールアドレス (k.tanaka@hoshimi-soft.co.jp) で登録したもので、
現在はそのアドレスでメールを受信できません。
今後は nifty のアドレスのアカウントを使いたいと考えています。

よろしくお願いいたします。
田中 健太"""
kt_add_full = KT_ADD + "\n\n" + q_ja("2025年5月27日(火) 8:02 Amazon Web Services", "", FORM_ADDR, join(top3, None)).replace("Services  <", "Services <")
d10 = dt('2025-05-28 01:15:09')
ip, helo, env = ses_env(d10)
top10 = """田中 健太 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。
お問い合わせいただいたアカウント統合の件につき、ご連絡いたします。

ご依頼内容を確認したところ、以下の 2 つの認定アカウントがございました。

  ・統合先 (今後ご利用いただくアカウント): AWS 05529147 (kenta.tanaka.0412@nifty.com)
  ・統合元 (統合後に無効となるアカウント): AWS 09183306 (k.tanaka@hoshimi-soft.co.jp)

統合後は、統合元アカウントの受験履歴および認定資格がすべて統合先アカウントに
移され、統合元アカウントはご利用いただけなくなります。
なお、統合は一度実施すると元に戻すことができませんので、ご注意ください。

上記の内容でお間違いがなければ、本メールにご返信いただき、
統合を進めてよいかお知らせいただけますでしょうか。
ご返信をいただき次第、手続きを開始いたします。

どうぞよろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート"""
hist10 = q_ja("2025年5月27日(火) 21:40", "田中 健太", KT[1], kt_add_full)
add('tanaka-kakunin-onegai', 'merge_confirmation_requested', 'ja', C, True,
    nifty_hdrs(KT_TO, d10, env, ip, helo, 'amazon.com'), top10, hist10,
    leaf(join(top10, hist10), charset='iso-2022-jp', cte='7bit'),
    enc_subj(C_SUBJ, 'iso-2022-jp'), FORM, KT_TO, rfc(d10), ses_mid(d10), extra=aws_extra(d10, ip, region='ap-northeast-1'), crlf=True)

# --- C43 thanks for confirming, will proceed (support_reply, ja)
KT_OK = """山口様

ご連絡ありがとうございます。
内容に相違ありません。統合を進めてください。

田中"""
kt_ok_full = KT_OK + "\n\n" + f"2025年5月28日(水) 10:15 Amazon Web Services <{FORM_ADDR}>:\n" + pfx(join(top10, hist10))
d43 = dt('2025-05-28 06:30:51')
ip, helo, env = ses_env(d43)
top43 = """田中 健太 様

ご確認いただき、ありがとうございます。
いただいたご返信をもとに、これより統合の手続きを担当部署へ依頼いたします。

作業が終わりましたら、改めてこちらからご連絡いたしますので、
今しばらくお待ちくださいますようお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサポート"""
hist43 = q_ja("2025年5月28日(水) 12:48", "田中 健太", KT[1], kt_ok_full)
add('tanaka-tetsuzuki', 'support_reply', 'ja', C, True,
    nifty_hdrs(KT_TO, d43, env, ip, helo, 'amazon.com'), top43, hist43,
    leaf(join(top43, hist43), charset='iso-2022-jp', cte='7bit'),
    enc_subj(C_SUBJ, 'iso-2022-jp'), FORM, KT_TO, rfc(d43), ses_mid(d43), extra=aws_extra(d43, ip, region='ap-northeast-1'))

# --- C20 completed (ja)
d20 = dt('2025-05-29 02:48:17')
ip, helo, env = ses_env(d20)
top20 = """田中 健太 様

お待たせいたしました。山口でございます。
ご依頼いただいておりましたアカウントの統合が完了いたしましたので、ご報告いたします。

AWS09183306 に記録されていた認定資格および受験履歴は、すべて AWS05529147 に
移行されております。今後は kenta.tanaka.0412@nifty.com で認定アカウントに
サインインしてください。

Credly のデジタルバッジは、反映までに 1〜2 日ほどかかる場合がございます。
ご不明な点がございましたら、本メールにご返信ください。

山口
AWS トレーニングと認定 カスタマーサポート"""
hist20 = "-------- 以前のやり取り --------\n" + f"差出人: Amazon Web Services <{FORM_ADDR}>\n送信日時: 2025年5月28日 15:30\n件名: {C_SUBJ}\n\n" + join(top43, hist43)
add('tanaka-houkoku', 'merge_completed', 'ja', C, True,
    nifty_hdrs(KT_TO, d20, env, ip, helo, 'amazon.com'), top20, hist20,
    leaf(join(top20, hist20), charset='iso-2022-jp', cte='7bit'),
    enc_subj(C_SUBJ, 'iso-2022-jp'), FORM, KT_TO, rfc(d20), ses_mid(d20), extra=aws_extra(d20, ip, region='ap-northeast-1'))

# --- C30 survey (ja, UTF-8 base64)
d30 = dt('2025-05-29 03:00:40')
ip, helo, env = ses_env(d30)
top30 = f"""田中 健太 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、
ありがとうございました。ケース {C} はクローズされました。

サポート品質の向上のため、簡単なアンケートにご協力ください (所要時間: 約 1 分)。

  問題は解決しましたか?
  はい   : https://survey.aws-tc-support.amazon.com/r?c={C}&a=1&l=ja
  いいえ : https://survey.aws-tc-support.amazon.com/r?c={C}&a=0&l=ja

クローズ後 14 日以内であれば、このメールにご返信いただくことでケースを再開できます。

AWS トレーニングと認定 カスタマーサポート"""
hist30 = "―――――― 最新のご連絡 ――――――\n" + join(top20, None)
add('tanaka-anketo', 'survey', 'ja', C, True,
    nifty_hdrs(KT_TO, d30, env, ip, helo, 'amazon.com'), top30, hist30,
    leaf(join(top30, hist30), cte='base64'),
    enc_subj(f"ケース {C} はクローズされました - アンケートへのご協力のお願い", 'utf-8'),
    FORM, KT_TO, rfc(d30), ses_mid(d30), extra=aws_extra(d30, ip, region='ap-northeast-1'))

# --- C38 Credly accept badge (en)
d38 = dt('2025-05-30 11:20:03')
ip, helo, env = credly_env(d38, KT_TO)
link38 = f"https://www.credly.com/badges/{uuid.UUID(int=R.getrandbits(128))}/accept?notification=pending"
top38 = f"""Kenta, your badge is ready to accept

Amazon Web Services Training and Certification has issued you the following badge:

  AWS Certified Developer - Associate
  Issued: May 29, 2025
  Expires: May 29, 2028

The badge is waiting for you. Accept it to display it on your Credly profile, share it on LinkedIn or add it to your resume.

Accept badge: {link38}

Questions? Visit https://support.credly.com

{CREDLY_FOOT}"""
h38 = credly_html("Your badge is ready", ["Kenta, your badge is ready to accept",
                  "Amazon Web Services Training and Certification has issued you the following badge:",
                  "<strong>AWS Certified Developer - Associate</strong><br>Issued: May 29, 2025<br>Expires: May 29, 2028",
                  "The badge is waiting for you. Accept it to display it on your Credly profile, share it on LinkedIn or add it to your resume."], "Accept badge", link38)
add('credly-tanaka-dva', 'credly_badge_issued', 'en', None, True,
    nifty_hdrs(KT_TO, d38, env, ip, helo, 'credly.com'), top38, None,
    alt(leaf(top38, cte='quoted-printable'), leaf(h38, 'html', cte='quoted-printable')),
    "Kenta, your AWS Certified Developer - Associate badge is waiting", CREDLY_AWS, KT_TO, rfc(d38), credly_mid(d38), extra=credly_extra(d38))

# ======================================================================
# Thread D: Marcus Lindqvist (iCloud / Apple Mail) - form case
# ======================================================================
ML = ('Marcus Lindqvist', 'marcus.lindqvist@icloud.com')
D_open = dt('2026-01-12 19:47:03')
D = case15(D_open, 55)
D_SUBJ = f"RE: [CASE {D}] [AWS Training and Certification Form Submission] - account-assistance"

# --- D5 ack, HTML only
d5 = D_open + timedelta(seconds=7)
ip, helo, env = ses_env(d5)
top5 = f"""Hi Marcus,

Your request has been logged.

Reference: {D}
Topic: Certification - Account Merge

Someone from the AWS Training and Certification team will be in touch, typically within 24 hours. You don't need to send anything else right now. If you want to add details, reply to this message and keep the reference in the subject so it lands on the same case.

AWS Training and Certification"""
h5 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#eaeded">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/training-and-certification/email/aws-tc-logo-white.png" alt="AWS Training and Certification" height="28"></td></tr>
<tr><td style="padding:24px">
<p>Hi Marcus,</p>
<p><strong>Your request has been logged.</strong></p>
<table cellpadding="4" style="font-size:14px;border-collapse:collapse">
<tr><td style="color:#545b64">Reference</td><td>{D}</td></tr>
<tr><td style="color:#545b64">Topic</td><td>Certification - Account Merge</td></tr>
</table>
<p>Someone from the AWS Training and Certification team will be in touch, typically within 24 hours. You don't need to send anything else right now. If you want to add details, reply to this message and keep the reference in the subject so it lands on the same case.</p>
<p>AWS Training and Certification</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
</table></td></tr></table>
</body></html>
"""
add('lindqvist-logged', 'case_created', 'en', D, True,
    icloud_hdrs(ML[1], d5, env, ip, helo, 'amazon.com'), None, None,
    leaf(h5, 'html', cte='quoted-printable'),
    f"[CASE {D}] We've received your request", FORM, ML[1], rfc(d5), ses_mid(d5),
    extra=aws_extra(d5, ip), top_html=h5)

# --- D16 terse confirmation request
ML_ADD = """Adding some info: the second ID is aws 08842210, I signed up with my uni address marcus.l@student.lu.se back in 2021. I'd like to keep AWS03390471 (this icloud address).

Thanks
Marcus

Sent from my iPhone"""
ack_plain5 = top5
ml_add_full = ML_ADD + "\n\n" + f"> On 12 Jan 2026, at 20:47, Amazon Web Services <{FORM_ADDR}> wrote:\n> \n" + pfx(ack_plain5)
d16 = dt('2026-01-13 16:02:44')
ip, helo, env = ses_env(d16)
top16 = """Marcus,

Please confirm the following before we proceed:

Keep: AWS03390471
Merge into it: AWS08842210

This can't be reversed once done. Reply "yes" to go ahead.

Kyle
AWS T&C Support"""
hist16 = q_apple("12 Jan 2026, at 21:03", ML[0], ML[1], ml_add_full)
add('lindqvist-kyle-1', 'merge_confirmation_requested', 'en', D, True,
    icloud_hdrs(ML[1], d16, env, ip, helo, 'amazon.com'), top16, hist16,
    leaf(join(top16, hist16), cte='quoted-printable'),
    D_SUBJ, FORM, ML[1], rfc(d16), ses_mid(d16), extra=aws_extra(d16, ip), crlf=True)

# --- D47 follow-up (support_reply)
d47 = dt('2026-01-16 16:10:05')
ip, helo, env = ses_env(d47)
top47 = """Hi Marcus,

Just checking in on this one. I sent you a note on Tuesday but haven't heard back yet.

Do you still need help with this request? If I don't hear from you in the next 3 business days I'll assume it's no longer needed and close the case. Replying to this email at any point will reopen it.

Kyle
AWS T&C Support"""
hist47 = "_____________________________________________\nSent: Tuesday, January 13, 2026 4:02 PM UTC\n\n" + join(top16, hist16)
add('lindqvist-kyle-2', 'support_reply', 'en', D, True,
    icloud_hdrs(ML[1], d47, env, ip, helo, 'amazon.com'), top47, hist47,
    leaf(join(top47, hist47), cte='quoted-printable'),
    D_SUBJ, FORM, ML[1], rfc(d47), ses_mid(d47), extra=aws_extra(d47, ip))

# --- D24 completed, HTML only
ML_YES = """Yes, go ahead. Sorry for the slow reply, I was travelling.

Marcus"""
d24 = dt('2026-01-19 09:30:12')
ip, helo, env = ses_env(d24)
top24_txt = """Hi Marcus,

Done on our end: your exam history from AWS08842210 is now part of AWS03390471, and the old ID has been switched off.

Nothing else needed from you. Keep signing in with marcus.lindqvist@icloud.com as usual.

Kyle
AWS T&C Support"""
hist24 = ML_YES + "\n\n" + f"> On 16 Jan 2026, at 17:10, Amazon Web Services <{FORM_ADDR}> wrote:\n> \n" + pfx(join(top47, hist47))
def bq(t):
    return '<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + \
           html.escape(t).replace('\n', '<br>\n') + '</blockquote>'
h24 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n'
       '<div style="font-family:Arial,sans-serif;font-size:14px">\n<p>Hi Marcus,</p>\n'
       '<p>Done on our end: your exam history from <b>AWS08842210</b> is now part of <b>AWS03390471</b>, and the old ID has been switched off.</p>\n'
       '<p>Nothing else needed from you. Keep signing in with marcus.lindqvist@icloud.com as usual.</p>\n<p>Kyle<br>AWS T&amp;C Support</p>\n</div>\n'
       '<hr style="border:none;border-top:1px solid #ddd">\n'
       f'<div><b>From:</b> {html.escape(ML[0])} &lt;{ML[1]}&gt;<br><b>Sent:</b> Saturday, January 17, 2026 9:22 AM UTC<br><b>Subject:</b> {html.escape(D_SUBJ)}<br><br>\n'
       + bq(hist24) + '\n</div>\n</body></html>\n')
add('lindqvist-kyle-3', 'merge_completed', 'en', D, True,
    icloud_hdrs(ML[1], d24, env, ip, helo, 'amazon.com'), None, None,
    leaf(h24, 'html', cte='base64'),
    D_SUBJ, FORM, ML[1], rfc(d24), ses_mid(d24), extra=aws_extra(d24, ip),
    top_html=h24.split('<hr')[0])

# --- D33 survey (with last correspondence = completion)
d33 = dt('2026-01-19 09:45:30')
ip, helo, env = ses_env(d33)
top33 = f"""Hi Marcus,

You recently contacted AWS Training and Certification support (case {D}). We'd love to hear about your experience - the survey takes about 2 minutes.

Start the survey: https://pulse.aws/survey/TC{hexs(10).upper()}?caseId={D}

Your answers go directly to the team that handled your request and help us improve.

Thank you,
AWS Training and Certification"""
hist33 = "Your most recent correspondence on this case:\n\n" + top24_txt
add('lindqvist-feedback', 'survey', 'en', D, True,
    icloud_hdrs(ML[1], d33, env, ip, helo, 'amazon.com'), top33, hist33,
    alt(leaf(join(top33, hist33), cte='quoted-printable'), leaf(txt2html(top33, hist33), 'html', cte='quoted-printable')),
    f"Tell us how we did on case {D}", '"AWS Training and Certification" <tc-support-feedback@amazon.com>', ML[1], rfc(d33), ses_mid(d33), extra=aws_extra(d33, ip))

# ======================================================================
# Thread E: Sato Misaki (Yahoo! JAPAN) - Japanese console case
# ======================================================================
MS = ('佐藤 美咲', 'misaki_sato_0318@yahoo.co.jp')
E_open = dt('2025-08-05 02:21:44')
E = case15(E_open, 5307)
E_CSUBJ = "認定アカウントの統合について"
MS_CORR = """お世話になります。
認定アカウントが 2 つあることに気づきました (AWS06675018 と AWS12004893)。
AWS06675018 に統合していただけますでしょうか。

ただ、AWS12004893 のほうに 50% 割引バウチャーが残っているので、
統合後も使えるのかが心配です。

佐藤"""

# --- E6 console ack (ja, Shift_JIS base64)
d6 = E_open + timedelta(seconds=5)
ip, helo, env = ses_env(d6)
top6 = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。
お問い合わせに対応するため、ケース {E} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {E}
件名: {E_CSUBJ}
重要度: 一般的なガイダンス
内容:
{MS_CORR}

ケースに更新があり次第、メールでお知らせします。"""
add('sato-case-open', 'case_created', 'ja', E, True,
    yahoojp_hdrs(MS[1], d6, env, ip, helo, 'amazon.com'), top6, None,
    leaf(join(top6 + console_footer(E, 'ja'), None), charset='shift_jis', cte='base64'),
    enc_subj(f"Amazon Web Services: 新しいサポートケースをオープンしました: {E}", 'shift_jis'),
    CONSOLE, MS[1], rfc(d6), ses_mid(d6), extra=aws_extra(d6, ip, region='ap-northeast-1'))

# --- E50 voucher answer + asks sign-in addresses (support_reply, ja)
d50 = dt('2025-08-06 05:40:19')
ip, helo, env = ses_env(d50)
top50 = """佐藤 美咲 様

お問い合わせいただきありがとうございます。
AWS トレーニングと認定サポートの木村です。

ご質問いただいた 50% 割引バウチャーについてご案内いたします。
統合を実施した場合でも、有効期限内の未使用バウチャーは統合先のアカウントに
引き継がれる予定です。統合後は、認定アカウントの「特典 (Benefits)」ページで
ご確認いただけます。

なお、統合の手続きに進む前に、ご本人確認のため、それぞれのアカウントの
サインイン用メールアドレスをお知らせいただけますでしょうか。

よろしくお願いいたします。

木村
Amazon Web Services"""
hist50 = f"""---- ケースの履歴 ----

2025-08-05 02:21 (UTC) お客様からのご連絡:

{MS_CORR}"""
add('sato-case-reply-1', 'support_reply', 'ja', E, True,
    yahoojp_hdrs(MS[1], d50, env, ip, helo, 'amazon.com'), top50, hist50,
    leaf(join(top50 + console_footer(E, 'ja'), hist50), cte='quoted-printable'),
    enc_subj(f"RE:[CASE {E}] {E_CSUBJ}", 'utf-8'), CONSOLE, MS[1], rfc(d50), ses_mid(d50), extra=aws_extra(d50, ip, region='ap-northeast-1'))

# --- E25 completed (ja, Shift_JIS 8bit)
MS_INFO = """木村様

ご回答ありがとうございます。安心しました。
サインイン用のメールアドレスは以下のとおりです。

AWS06675018: misaki_sato_0318@yahoo.co.jp
AWS12004893: m.sato@kaede-design.jp (旧勤務先)

統合の内容は最初にお伝えしたとおりで問題ありません。よろしくお願いします。

佐藤"""
d25 = dt('2025-08-08 03:12:55')
ip, helo, env = ses_env(d25)
top25 = """佐藤 美咲 様

お待たせいたしました。木村です。

AWS12004893 の認定資格、受験履歴および未使用の特典を、AWS06675018 へ
移行いたしました。旧アカウント (AWS12004893) は今後ご利用いただけません。

お手数ですが、サインイン後に「特典」ページで 50% 割引バウチャーが表示されて
いることをご確認ください。表示されていない場合は、サポートセンターから
このケースにご返信ください。

木村
Amazon Web Services"""
hist25 = f"""---- ケースの履歴 ----

2025-08-07 00:58 (UTC) お客様からのご連絡:

{MS_INFO}

2025-08-06 05:40 (UTC) Amazon Web Services からのご連絡:

{top50}

2025-08-05 02:21 (UTC) お客様からのご連絡:

{MS_CORR}"""
add('sato-case-reply-2', 'merge_completed', 'ja', E, True,
    yahoojp_hdrs(MS[1], d25, env, ip, helo, 'amazon.com'), top25, hist25,
    leaf(join(top25 + console_footer(E, 'ja'), hist25), charset='shift_jis', cte='8bit'),
    enc_subj(f"RE:[CASE {E}] {E_CSUBJ}", 'shift_jis'), CONSOLE, MS[1], rfc(d25), ses_mid(d25), extra=aws_extra(d25, ip, region='ap-northeast-1'), crlf=True)

# --- E60 AWS Japan newsletter (unrelated, ja)
d60 = dt('2026-01-08 01:00:12')
ip, helo, env = ses_env(d60)
top60 = """佐藤 美咲 様

いつも AWS をご利用いただきありがとうございます。
AWS トレーニングと認定より、2026 年 1 月のお知らせをお届けします。

■ 新しい認定試験のご案内
AWS Certified Generative AI Developer - Professional の本試験の受付を開始しました。
試験ガイドとサンプル問題は AWS Skill Builder でご覧いただけます。

■ 認定アカウントに関するヒント
受験履歴が複数の認定アカウントに分かれている場合は、お問い合わせフォームから
統合をご依頼いただけます。詳細は FAQ をご覧ください。

■ イベント
AWS Summit Japan 2026 の事前登録を受け付けています。

配信停止をご希望の場合は、こちらから手続きしてください:
https://pages.awscloud.com/communication-preferences.html

アマゾン ウェブ サービス ジャパン合同会社
東京都品川区上大崎 3-1-1 目黒セントラルスクエア"""
h60 = txt2html(top60, None, font="'Hiragino Kaku Gothic ProN', Meiryo, sans-serif")
add('aws-jp-newsletter-jan', 'unrelated', 'ja', None, True,
    yahoojp_hdrs(MS[1], d60, env, ip, helo, 'amazon.com'), top60, None,
    alt(leaf(top60, cte='base64'), leaf(h60, 'html', cte='base64')),
    enc_subj("【AWS トレーニングと認定】新しい認定試験のご案内と 1 月のイベント情報", 'utf-8'),
    '"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>', MS[1], rfc(d60), ses_mid(d60),
    extra=aws_extra(d60, ip) + [('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences.html>'), ('Precedence', 'bulk')])

# ======================================================================
# Thread F: Sofia Marquez (Outlook.com) - form case, non-native agent
# ======================================================================
SM = ('Sofia Marquez', 'sofia.mqz@outlook.com')
F_open = dt('2025-09-02 15:30:12')
F = case15(F_open, 73)
F_SUBJ = f"RE:[CASE {F}] [AWS Training and Certification Form Submission] - account-assistance"
SM_SUB = """Hi,

I found out I have two certification accounts. The one I use now is AWS07035562 (sofia.mqz@outlook.com). The other one is aws-01948837, I think it was created when my company bought a voucher for me in 2022 (email sofia.marquez@grupo-altavista.mx).

Can you join them so I only have the first one?

Thanks!
Sofía Márquez"""

# --- F11 confirmation request, prose with lower-case ids
d11 = dt('2025-09-03 20:11:37')
ip, helo, env = ses_env(d11)
top11 = """Hello Sofia,

Hope you are doing well. My name is Andrés and I will be helping you with your case today.

I was reviewing the information you sent us and I found the two accounts. According to what you explained, the account aws-01948837 will be merged into the account aws-07035562, this means the account aws-07035562 is the one that stay active and the other one will be closed after we move the certifications.

Please take in consideration that this process is not reversible, for that reason I need your confirmation before to continue. Could you please reply this email confirming that the information is correct?

I remain attentive to your response.

Kind regards,
Andrés R.
AWS Training and Certification"""
hist11 = q_outlook(f"{SM[0]} <{SM[1]}>", "Tuesday, September 2, 2025 9:30 AM", FORM_ADDR,
                   "[AWS Training and Certification Form Submission] - account-assistance", SM_SUB)
add('marquez-andres-1', 'merge_confirmation_requested', 'en', F, True,
    o365_hdrs(SM[1], d11, env, ip, helo, o_ar(ip, env)), top11, hist11,
    leaf(join(top11, hist11), cte='quoted-printable'),
    F_SUBJ, FORM, SM[1], rfc(d11), ses_mid(d11), extra=aws_extra(d11, ip))

# --- F44 thanks for confirming, will proceed
SM_YES = """Hi Andrés,

Yes that is correct, please go ahead.

Thank you!
Sofía"""
sm_yes_full = SM_YES + "\n\n" + q_outlook(f"Amazon Web Services <{FORM_ADDR}>", "Wednesday, September 3, 2025 2:11 PM",
                                          f"sofia.mqz@outlook.com <{SM[1]}>", F_SUBJ, join(top11, hist11))
d44 = dt('2025-09-04 16:02:58')
ip, helo, env = ses_env(d44)
top44 = """Hello Sofia,

Thank you very much for your confirmation. I already sent the request to our internal team and they will proceed with the merge of the accounts. Normally this takes between 24 and 72 hours.

I will write you again as soon as I have news from them.

Kind regards,
Andrés R.
AWS Training and Certification"""
hist44 = q_outlook(f"Sofia Marquez <{SM[1]}>", "Thursday, September 4, 2025 8:47 AM", FORM_ADDR, f"RE: {F_SUBJ}", sm_yes_full)
add('marquez-andres-2', 'support_reply', 'en', F, True,
    o365_hdrs(SM[1], d44, env, ip, helo, o_ar(ip, env)), top44, hist44,
    leaf(join(top44, hist44), cte='quoted-printable'),
    F_SUBJ, FORM, SM[1], rfc(d44), ses_mid(d44), extra=aws_extra(d44, ip), crlf=True)

# --- F21 completed (QP with accents)
d21 = dt('2025-09-05 18:44:02')
ip, helo, env = ses_env(d21)
top21 = """Hello Sofía,

I hope you are having a great day. I am writing to inform you that the merge process was finished successfully. Now all your certifications are in the account AWS07035562 and the account AWS01948837 is not active anymore.

Please remember to login with the email sofia.mqz@outlook.com. If you see some problem with your badges in Credly, you can reply this email and I will help you with gusto.

It was a pleasure to help you!

Kind regards,
Andrés R.
AWS Training and Certification"""
hist21 = q_outlook(f"Amazon Web Services <{FORM_ADDR}>", "Thursday, September 4, 2025 10:02 AM", f"sofia.mqz@outlook.com <{SM[1]}>", F_SUBJ, join(top44, hist44))
add('marquez-andres-3', 'merge_completed', 'en', F, True,
    o365_hdrs(SM[1], d21, env, ip, helo, o_ar(ip, env)), top21, hist21,
    leaf(join(top21, hist21), cte='quoted-printable'),
    F_SUBJ, FORM, SM[1], rfc(d21), ses_mid(d21), extra=aws_extra(d21, ip))

# --- F31 survey, HTML only base64
d31 = dt('2025-09-05 19:00:15')
ip, helo, env = ses_env(d31)
top31 = f"""Hello Sofia,

How did we do?

Your case {F} is now closed. Please take a moment to rate your experience with AWS Training and Certification Customer Support.

Rate us: https://survey.aws-tc-support.amazon.com/r?c={F}
"""
h31 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello Sofia,</p>
<h2 style="font-size:20px">How did we do?</h2>
<p>Your case {F} is now closed. Please take a moment to rate your experience with AWS Training and Certification Customer Support.</p>
<table role="presentation" cellpadding="0" cellspacing="6"><tr>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c={F}&amp;s=1" style="display:inline-block;padding:8px 14px;border:1px solid #879196;color:#232f3e;text-decoration:none">1</a></td>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c={F}&amp;s=2" style="display:inline-block;padding:8px 14px;border:1px solid #879196;color:#232f3e;text-decoration:none">2</a></td>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c={F}&amp;s=3" style="display:inline-block;padding:8px 14px;border:1px solid #879196;color:#232f3e;text-decoration:none">3</a></td>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c={F}&amp;s=4" style="display:inline-block;padding:8px 14px;border:1px solid #879196;color:#232f3e;text-decoration:none">4</a></td>
<td><a href="https://survey.aws-tc-support.amazon.com/r?c={F}&amp;s=5" style="display:inline-block;padding:8px 14px;border:1px solid #879196;color:#232f3e;text-decoration:none">5</a></td>
</tr></table>
<p style="font-size:12px;color:#687078">1 = Very dissatisfied, 5 = Very satisfied</p>
<hr>
<p style="font-size:12px;color:#687078">Previous messages</p>
{bq(join(top21, hist21))}
</body></html>
"""
add('marquez-rating', 'survey', 'en', F, True,
    o365_hdrs(SM[1], d31, env, ip, helo, o_ar(ip, env)), None, None,
    leaf(h31, 'html', cte='base64'),
    f"How did we do? Case {F}", FORM, SM[1], rfc(d31), ses_mid(d31), extra=aws_extra(d31, ip),
    top_html=h31.split('<hr>')[0])

# --- F54 Seller Central case (unrelated)
SELL = '6183920457'
d54 = dt('2025-09-22 17:05:48')
ip, helo, env = ses_env(d54)
top54 = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the two detail pages you reported for your product "Hand-painted Talavera planter, 6 inch". The duplicate listing (ASIN B0D4KX7Q2L) has been merged into the original detail page (ASIN B0C9XJ7Q2M). Your offer, inventory and reviews are now shown on B0C9XJ7Q2M. It may take up to 24 hours for the change to be visible on the website.

Please do not create new listings for products that already exist in the catalogue, as this may affect your listing privileges.

Was this response helpful? Please let us know by clicking one of the links below.
https://sellercentral.amazon.com.mx/cu/case-dashboard/view-case?caseID={SELL}&rating=yes

Regards,
Mauricio G.
Amazon Selling Partner Support"""
SM_SELL = """Hola,

My product appears twice in the catalogue with two different ASINs (B0D4KX7Q2L and B0C9XJ7Q2M). I think I created the second one by mistake. Can you please combine them? The reviews are on the first one.

Sofía Márquez - Casa Azul Artesanías"""
hist54 = f"""---------- Case history ----------
Case ID: {SELL}
Created: 2025-09-20 22:14 UTC

{SM_SELL}"""
add('sellercentral-listing', 'unrelated', 'en', SELL, True,
    o365_hdrs(SM[1], d54, env, ip, helo, o_ar(ip, env)), top54, hist54,
    leaf(join(top54, hist54), cte='quoted-printable'),
    f"RE:[CASE {SELL}] Duplicate detail pages - please merge", '"Amazon Seller Central" <seller-notification@amazon.com>', SM[1], rfc(d54), ses_mid(d54),
    extra=aws_extra(d54, ip))

# ======================================================================
# Thread G: Wei Zhang (Gmail via Thunderbird) - second case after no answer
# ======================================================================
WZ = ('Wei Zhang', 'wzhang.cloud@gmail.com')
G0_open = dt('2025-03-10 03:02:10')
G0 = case15(G0_open, 9186)
G_open = dt('2025-03-18 04:55:31')
G = case15(G_open, 424)
G_CSUBJ = "Merge certification accounts (no reply on previous form case)"
G0_ACK = f"""Hello Wei,

Thank you for reaching out to AWS Training and Certification. This message confirms that we have your request and that it has been logged under case ID {G0}. A member of our team will review the details and get back to you, usually within one business day.

Kind regards,
AWS Training and Certification Customer Support"""
WZ_CORR = f"""Hi,

I submitted the T&C contact form on 10 March asking to merge my two certification accounts, but have not had any reply at all. Re-raising it here.

Keep: AWS09920174 (wzhang.cloud@gmail.com)
Merge: AWS04561298 (wei.zhang@meridian-analytics.sg, old employer)

On 3/10/25 11:02 AM, Amazon Web Services wrote:
{pfx(G0_ACK)}

Regards,
Wei"""

# --- G4 console ack (case_created)
d4 = G_open + timedelta(seconds=6)
ip, helo, env = ses_env(d4)
top4 = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {G} to address your issue.

The details of your case are as follows:

Case ID: {G}
Subject: {G_CSUBJ}
Severity: General guidance
Correspondence: {WZ_CORR}

We will provide an update to this case as soon as possible."""
add('zhang-new-case', 'case_created', 'en', G, True,
    gmail_hdrs(WZ[1], d4, env, ip, helo, g_ar(ip, env)), top4, None,
    leaf(join(top4 + console_footer(G), None), cte='quoted-printable'),
    f"Amazon Web Services: You have opened a new Support case: {G}", CONSOLE, WZ[1], rfc(d4), ses_mid(d4), extra=aws_extra(d4, ip))

def wz_hist(entries):
    out = ["---- Case history ----"]
    for when, who, text in entries:
        out.append(f"\nOn {when}, {who} wrote:\n" + pfx(text))
    return '\n'.join(out)

# --- G12 confirmation request (Indian English)
d12 = dt('2025-03-19 07:30:48')
ip, helo, env = ses_env(d12)
top12 = f"""Hello Wei,

Greetings from AWS Training and Certification!

Thank you for your patience. I have gone through the case and as per your request please find the merge details below:

Primary account (will be retained): AWS09920174
Secondary account (will be merged and deactivated): AWS04561298

Kindly note that once the merge is done, the same cannot be reverted back. Request you to kindly confirm the above details by replying to this case from the Support Center so that we can go ahead and initiate the merge.

Also, kindly do not raise a new case for the same, as we have already closed the form case {G0} from our end as a duplicate.

""" + RATE + """

Thanks and regards,
Karthik S.
Amazon Web Services"""
hist12 = wz_hist([("2025-03-18 04:55 UTC", "Wei Zhang", WZ_CORR)])
add('zhang-case-reply-1', 'merge_confirmation_requested', 'en', G, True,
    gmail_hdrs(WZ[1], d12, env, ip, helo, g_ar(ip, env)), top12, hist12,
    leaf(join(top12 + console_footer(G), hist12), cte='quoted-printable'),
    f"RE:[CASE {G}] {G_CSUBJ}", CONSOLE, WZ[1], rfc(d12), ses_mid(d12), extra=aws_extra(d12, ip), crlf=True)

# --- G45 conditional future (support_reply)
WZ_OK = """Hi Karthik, confirmed - the details are correct, please proceed.
Wei"""
d45 = dt('2025-03-20 05:12:03')
ip, helo, env = ses_env(d45)
top45 = """Hello Wei,

Thank you for the confirmation.

Your merge request has been submitted to the concerned team. Once the merge is complete we will notify you on this case, and after that your Credly badges also will be moved to the email linked with AWS09920174. Kindly allow 2-3 business days for the same.

Request you to not create any new case in the meantime.

""" + RATE + """

Thanks and regards,
Karthik S.
Amazon Web Services"""
hist45 = wz_hist([("2025-03-19 09:12 UTC", "Wei Zhang", WZ_OK),
                  ("2025-03-19 07:30 UTC", "Amazon Web Services", top12),
                  ("2025-03-18 04:55 UTC", "Wei Zhang", WZ_CORR)])
add('zhang-case-reply-2', 'support_reply', 'en', G, True,
    gmail_hdrs(WZ[1], d45, env, ip, helo, g_ar(ip, env)), top45, hist45,
    leaf(join(top45 + console_footer(G), hist45), cte='quoted-printable'),
    f"RE:[CASE {G}] {G_CSUBJ}", CONSOLE, WZ[1], rfc(d45), ses_mid(d45), extra=aws_extra(d45, ip))

# --- G22 completed (Indian English, asks to check)
d22 = dt('2025-03-21 09:44:29')
ip, helo, env = ses_env(d22)
top22 = """Hello Wei,

Greetings of the day!

We are happy to inform you that your merge request has been actioned successfully. All the certifications and exam history from aws04561298 have been migrated to aws09920174 and the secondary account stands deactivated now.

Kindly login and verify the same at your end and revert back in case of any discrepancy.

""" + RATE + """

Thanks and regards,
Karthik S.
Amazon Web Services"""
hist22 = wz_hist([("2025-03-20 05:12 UTC", "Amazon Web Services", top45),
                  ("2025-03-19 09:12 UTC", "Wei Zhang", WZ_OK),
                  ("2025-03-19 07:30 UTC", "Amazon Web Services", top12)])
add('zhang-case-reply-3', 'merge_completed', 'en', G, True,
    gmail_hdrs(WZ[1], d22, env, ip, helo, g_ar(ip, env)), top22, hist22,
    leaf(join(top22 + console_footer(G), hist22), cte='base64'),
    f"RE:[CASE {G}] {G_CSUBJ}", CONSOLE, WZ[1], rfc(d22), ses_mid(d22), extra=aws_extra(d22, ip))

# --- G32 resolved notice + rating (survey)
d32 = dt('2025-03-24 09:50:11')
ip, helo, env = ses_env(d32)
top32 = f"""Hello,

Your AWS Support case {G} has been resolved, as there has been no further correspondence for 3 days.

If you need more help with this issue, you can reopen the case from the Support Center within 14 days.

Please take a moment to tell us about your experience with this case:
https://console.aws.amazon.com/support/home#/case/?displayId={G}&language=en&rateCase=true

Thank you for using Amazon Web Services."""
hist32 = wz_hist([("2025-03-21 09:44 UTC", "Amazon Web Services", top22),
                  ("2025-03-20 05:12 UTC", "Amazon Web Services", top45)])
add('zhang-case-resolved', 'survey', 'en', G, True,
    gmail_hdrs(WZ[1], d32, env, ip, helo, g_ar(ip, env)), top32, hist32,
    leaf(join(top32 + console_footer(G), hist32), cte='quoted-printable'),
    f"Amazon Web Services: Your Support case {G} has been resolved", CONSOLE, WZ[1], rfc(d32), ses_mid(d32), extra=aws_extra(d32, ip))

# --- G40 Credly look-alike phishing (credly_badge_issued, false)
d40 = dt('2025-03-24 02:33:19')
pip = '45.137.21.88'
penv = '<mailer@credly-notify.net>'
link40 = "https://credly-notify.net/claim/7f3a2c9e?u=wzhang.cloud%40gmail.com"
top40 = f"""Hi Wei,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Professional

Your badge was transferred after a recent account update. To keep it on your profile, claim your badge within 48 hours by signing in with your Credly or AWS credentials:

Claim your badge: {link40}

Unclaimed badges are removed from the issuer's records and cannot be recovered.

The Credly Team"""
h40 = credly_html("Claim your badge", ["Hi Wei,", "Amazon Web Services Training and Certification has issued you a badge:",
                  "<strong>AWS Certified Solutions Architect - Professional</strong>",
                  "Your badge was transferred after a recent account update. To keep it on your profile, claim your badge within 48 hours by signing in with your Credly or AWS credentials.",
                  "Unclaimed badges are removed from the issuer's records and cannot be recovered."], "Claim your badge", link40,
                  foot="Credly Inc. All rights reserved.")
add('credly-claim-notice', 'credly_badge_issued', 'en', None, False,
    gmail_hdrs(WZ[1], d40, penv, pip, 'mail.credly-notify.net',
               g_ar(pip, penv, from_dom='credly-notify.net', dkim_doms=('credly-notify.net',), pol='NONE')),
    top40, None, alt(leaf(top40, cte='7bit', charset='us-ascii'), leaf(h40, 'html', cte='base64')),
    "Action needed: claim your AWS badge", '"Credly" <badges@credly-notify.net>', WZ[1], rfc(d40), f"<{hexs(18)}@credly-notify.net>",
    extra=[('DKIM-Signature', dkim_sig(d40, 'credly-notify.net', 'mail'))])

# --- G56 GitHub "merged" notification (unrelated)
d56 = dt('2025-04-02 06:18:40')
gip = f"192.30.252.{R.randint(200,210)}"
genv = f"<noreply@github.com>"
top56 = """Merged #482 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/cloudkit-labs/terraform-aws-certs/pull/482#event-17043381926
You are receiving this because you authored the thread.

Message ID: <cloudkit-labs/terraform-aws-certs/pull/482/issue_event/17043381926@github.com>"""
hist56 = """> **lina-dev** commented on this pull request.
>
> LGTM. The account module refactor looks good; I merged the two duplicate
> provider blocks as discussed. Squashing now.
>
> > @@ -41,12 +41,6 @@ module "cert_accounts" {
> > -  provider = aws.legacy
> > +  provider = aws.primary"""
gh_mid = "<cloudkit-labs/terraform-aws-certs/pull/482/issue_event/17043381926@github.com>"
add('github-pr-482', 'unrelated', 'en', None, False,
    gmail_hdrs(WZ[1], d56, '<noreply@github.com>', gip, 'out-21.smtp.github.com',
               g_ar(gip, '<noreply@github.com>', from_dom='github.com', dkim_doms=('github.com',), pol='REJECT')),
    top56, hist56, alt(leaf(join(top56, hist56), cte='7bit', charset='us-ascii'), leaf(txt2html(top56, hist56), 'html', cte='quoted-printable')),
    "Re: [cloudkit-labs/terraform-aws-certs] Refactor cert account module (PR #482)", '"Li Na" <notifications@github.com>', '"cloudkit-labs/terraform-aws-certs" <terraform-aws-certs@noreply.github.com>',
    rfc(d56), gh_mid, irt="<cloudkit-labs/terraform-aws-certs/pull/482@github.com>", refs="<cloudkit-labs/terraform-aws-certs/pull/482@github.com>",
    cc='Wei Zhang <wzhang.cloud@gmail.com>, Author <author@noreply.github.com>',
    extra=[('DKIM-Signature', dkim_sig(d56, 'github.com', 'pf2023')), ('List-ID', 'cloudkit-labs/terraform-aws-certs <terraform-aws-certs.cloudkit-labs.github.com>'),
           ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'lina-dev')])

# ======================================================================
# Thread H: Ahmed Hassan (Fastmail) - chatty agent
# ======================================================================
AH = ('Ahmed Hassan', 'ahmed.hassan@fastmail.com')
H_open = dt('2025-11-24 12:06:50')
H = case15(H_open, 1208)
H_SUBJ = f"RE:[CASE {H}] [AWS Training and Certification Form Submission] - account-assistance"

# --- H7 ack, alternative parts that differ, base64
d7 = H_open + timedelta(seconds=8)
ip, helo, env = ses_env(d7)
top7 = f"""Hello Ahmed,

We've received your message and opened case {H} for you.

A specialist will respond by email, usually within one business day. Please reply to this email if you need to add anything.

AWS Training and Certification Customer Support"""
h7 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Ahmed,</p>
<p>We've received your message and opened case <strong>{H}</strong> for you.</p>
<p><strong>What happens next</strong></p>
<ul>
<li>A specialist reviews your request and replies by email, usually within one business day.</li>
<li>If we need more details (for example the email address on each of your accounts), we'll ask in that reply.</li>
<li>Please don't submit the form again for the same request; just reply to this email.</li>
</ul>
<p>AWS Training and Certification Customer Support</p>
</body></html>
"""
add('hassan-received', 'case_created', 'en', H, True,
    fastmail_hdrs(AH[1], d7, env, ip, helo, 'amazon.com'), top7, None,
    alt(leaf(top7, cte='base64'), leaf(h7, 'html', cte='base64')),
    f"We've received your request [CASE {H}]", FORM, AH[1], rfc(d7), ses_mid(d7), extra=aws_extra(d7, ip), top_html=h7)

# --- H13 chatty confirmation request, HTML table + plain differing
AH_DET = """Hi,

Some more details for my request:

- AWS08157730 - ahmed.hassan@fastmail.com - this is the one I use, has my SAA and Developer certs
- AWS02690045 - a.hassan@nilebyte.io - old job, has SysOps Administrator (2023)

I'd like to keep the first one. Both are in my name (Ahmed Mohamed Hassan).

Thanks,
Ahmed"""
ah_det_full = AH_DET + "\n\n" + f"On Mon, 24 Nov 2025, at 14:06, Amazon Web Services wrote:\n" + pfx(top7)
d13 = dt('2025-11-25 11:20:31')
ip, helo, env = ses_env(d13)
top13 = """Hi Ahmed!

Thanks so much for all the details, that made this super easy to track down :)

So here's the plan. Just want to make 100% sure we're on the same page before I hit the button:

 * AWS08157730 - your "home" account. It stays exactly as it is (same login: ahmed.hassan@fastmail.com)
 * AWS02690045 - everything on this one (your 2023 SysOps Admin cert + exam history) gets moved over to AWS08157730, and then this ID goes away

One thing I always flag: this is a one-way street. Once we've combined them we can't pull them apart again, so take a sec to double-check the IDs.

If that all looks good, just hit reply and say so and I'll get it going! And if you'd rather keep the other one as your main, no problem at all, just tell me.

Cheers,
Tasha
AWS Training & Certification Support"""
hist13 = f"----- Original Message -----\nFrom: {AH[0]} <{AH[1]}>\nDate: Mon, 24 Nov 2025 13:15:22 +0000\nSubject: Re: We've received your request [CASE {H}]\n\n" + ah_det_full
h13 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Hi Ahmed!</p>
<p>Thanks so much for all the details, that made this super easy to track down :)</p>
<p>So here's the plan. Just want to make 100% sure we're on the same page before I hit the button:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th>Candidate ID</th><th>Login email</th><th>What happens</th></tr>
<tr><td>AWS08157730</td><td>ahmed.hassan@fastmail.com</td><td>Stays as your main account - nothing changes</td></tr>
<tr><td>AWS02690045</td><td>a.hassan@nilebyte.io</td><td>SysOps Administrator cert + exam history move to AWS08157730, then this ID is closed</td></tr>
</table>
<p><b>Heads up:</b> this is a one-way street. Once we've combined them we can't pull them apart again, so please double-check the IDs above.</p>
<p>If that all looks good, just hit reply and say so and I'll get it going! Prefer the other one as your main? No problem, just tell me.</p>
<p>Cheers,<br>Tasha<br>AWS Training &amp; Certification Support</p>
<div style="border-top:1px solid #ccc;margin-top:16px;padding-top:8px;color:#555">
{bq(hist13)}
</div>
</body></html>
"""
add('hassan-tasha-1', 'merge_confirmation_requested', 'en', H, True,
    fastmail_hdrs(AH[1], d13, env, ip, helo, 'amazon.com'), top13, hist13,
    alt(leaf(join(top13, hist13), cte='quoted-printable'), leaf(h13, 'html', cte='quoted-printable')),
    H_SUBJ, FORM, AH[1], rfc(d13), ses_mid(d13), extra=aws_extra(d13, ip), top_html=h13.split('<div style="border-top')[0])

# --- H46 in progress (support_reply)
AH_YES = """Hi Tasha, looks good, please go ahead with that. Thanks!"""
AH_NEWS = """Hi again, any news on this? No rush, just want to book my next exam on the right account.

Ahmed"""
ah_yes_full = AH_YES + "\n\n" + "On Tue, 25 Nov 2025, at 13:20, Amazon Web Services wrote:\n" + pfx(join(top13, hist13))
ah_news_full = AH_NEWS + "\n\n" + "On Tue, 25 Nov 2025, at 14:02, Ahmed Hassan wrote:\n" + pfx(ah_yes_full)
d46 = dt('2025-11-27 10:00:14')
ip, helo, env = ses_env(d46)
top46 = """Hi Ahmed,

Totally fair question! Your request is with our certification operations team right now; it's in their queue and being worked on. Things are a bit slower this week (US holiday), so it might be early next week before it's through.

I'm keeping an eye on it and will ping you the minute it's done. Hold off on booking for a couple of days if you can, just so the exam lands on the right profile.

Cheers,
Tasha
AWS Training & Certification Support"""
hist46 = f"----- Original Message -----\nFrom: {AH[0]} <{AH[1]}>\nDate: Thu, 27 Nov 2025 07:40:09 +0000\nSubject: Re: {H_SUBJ}\n\n" + ah_news_full
add('hassan-tasha-2', 'support_reply', 'en', H, True,
    fastmail_hdrs(AH[1], d46, env, ip, helo, 'amazon.com'), top46, hist46,
    leaf(join(top46, hist46), cte='quoted-printable'),
    H_SUBJ, FORM, AH[1], rfc(d46), ses_mid(d46), extra=aws_extra(d46, ip), crlf=True)

# --- H23 terse completion with the confirmation request quoted below
d23 = dt('2025-12-01 17:22:05')
ip, helo, env = ses_env(d23)
top23 = """Hi Ahmed - all sorted! Your SysOps record and exam history now live under AWS08157730; AWS02690045 has been retired. Go ahead and book that exam.

Have a great week,
Tasha"""
hist23 = "> From: Tasha (AWS Training & Certification Support)\n> Sent: Thu, 27 Nov 2025 10:00 UTC\n>\n" + pfx(top46) + "\n>\n" + pfx("> From: Tasha (AWS Training & Certification Support)\n> Sent: Tue, 25 Nov 2025 11:20 UTC\n>\n" + pfx(top13))
add('hassan-tasha-3', 'merge_completed', 'en', H, True,
    fastmail_hdrs(AH[1], d23, env, ip, helo, 'amazon.com'), top23, hist23,
    leaf(join(top23, hist23), cte='7bit', charset='us-ascii'),
    H_SUBJ, FORM, AH[1], rfc(d23), ses_mid(d23), extra=aws_extra(d23, ip))

# --- H39 Credly, HTML only, two badges moved after merge
d39 = dt('2025-12-02 08:05:51')
ip, helo, env = credly_env(d39, AH[1])
link39 = "https://www.credly.com/earner/earned?notification=badges_transferred"
h39 = credly_html("Badges added to your account", [
    "Hi Ahmed,",
    "Good news! Following an update to your records with Amazon Web Services Training and Certification, the following badge has been issued to your Credly account (ahmed.hassan@fastmail.com):",
    "<strong>AWS Certified SysOps Administrator - Associate</strong><br>Issued by Amazon Web Services Training and Certification",
    "Accept the badge to make it visible on your profile. Your other badges are unchanged."], "Accept your badge", link39)
add('credly-hassan-sysops', 'credly_badge_issued', 'en', None, True,
    fastmail_hdrs(AH[1], d39, env, ip, helo, 'credly.com'), None, None,
    leaf(h39, 'html', cte='quoted-printable'),
    "A badge has been added to your Credly account", CREDLY_AWS, AH[1], rfc(d39), credly_mid(d39), extra=credly_extra(d39), top_html=h39)

# --- H57 Credly's own account-merge code (unrelated)
d57 = dt('2025-12-03 19:40:22')
ip, helo, env = credly_env(d57, AH[1])
top57 = """Hi Ahmed,

We received a request to merge the Credly account a.hassan@nilebyte.io into your Credly account ahmed.hassan@fastmail.com.

Your verification code is:

    481927

Enter this code on the merge page, or select Complete Account Merge below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=""" + hexs(40) + """

If you didn't request this, you can ignore this email; nothing will change.

The Credly Team"""
add('credly-account-merge-code', 'unrelated', 'en', None, True,
    fastmail_hdrs(AH[1], d57, env, ip, helo, 'credly.com'), top57, None,
    alt(leaf(top57, cte='quoted-printable'), leaf(txt2html(top57), 'html', cte='quoted-printable')),
    "Your Credly account merge verification code", '"Credly" <admin@credly.com>', AH[1], rfc(d57), credly_mid(d57),
    extra=credly_extra(d57)[:1])

# ======================================================================
# Thread I: Olena Kovalenko (Gmail) - Filipino-English agent
# ======================================================================
OK_ = ('Olena Kovalenko', 'olena.kovalenko.dev@gmail.com')
I_open = dt('2026-02-09 07:14:22')
I = case15(I_open, 36)
I_SUBJ = f"RE:[CASE {I}] [AWS Training and Certification Form Submission] - account-assistance"
OK_SUB = """Hello, please merge my accounts AWS10327754 and AWS06218893. I have certifications on both.
Olena Kovalenko"""

# --- I48 asks for more information (support_reply); history with no marker at all
d48 = dt('2026-02-10 12:40:07')
ip, helo, env = ses_env(d48)
top48 = """Hi Olena,

Good day!

Thank you for reaching out to AWS Training and Certification. In order for us to process your request, may we ask for the following information:

- the email address you use to log in to each account;
- the reason for the merge request; and
- which candidate ID you would like to keep as your main account.

Once we receive these, we will be glad to assist you further.

Have a nice day ahead!

Warm regards,
Kristine
AWS Training and Certification Customer Support"""
hist48 = f"""Case {I} | Submitted 09-Feb-2026 07:14 UTC | Olena Kovalenko | {OK_[1]}
Inquiry type: Certification | Detail: Account Merge

{OK_SUB}"""
add('kovalenko-kristine-1', 'support_reply', 'en', I, True,
    gmail_hdrs(OK_[1], d48, env, ip, helo, g_ar(ip, env)), top48, hist48,
    leaf(join(top48, hist48, sep='\n\n\n'), cte='quoted-printable'),
    I_SUBJ, FORM, OK_[1], rfc(d48), ses_mid(d48), extra=aws_extra(d48, ip))

# --- I17 restated confirmation request
OK_INFO = """Hi Kristine,

1) AWS10327754 - olena.kovalenko.dev@gmail.com
   AWS06218893 - olena.k@lvivsoft.ua (my previous company, the mailbox will be closed soon)
2) I changed job and want all my certifications in one place.
3) Please keep the gmail one.

Thanks,
Olena"""
ok_info_full = OK_INFO + "\n\n" + q_gmail("Tue, Feb 10, 2026 at 2:40 PM", "Amazon Web Services", FORM_ADDR, join(top48, hist48, sep='\n\n\n'))
d17 = dt('2026-02-11 09:05:33')
ip, helo, env = ses_env(d17)
top17 = """Hi Olena,

Thank you for the information provided.

Just to make sure we got it correctly, please see below:

Account that will remain: AWS10327754 (olena.kovalenko.dev@gmail.com)
Account that will be merged and closed: AWS06218893 (olena.k@lvivsoft.ua)

Your DevOps Engineer - Professional certification which is currently on AWS06218893 will be moved to AWS10327754. Please be informed that after the merge, the action cannot be undone.

Kindly reply "I confirm" to this email so we can proceed with your request.

Warm regards,
Kristine
AWS Training and Certification Customer Support"""
hist17 = q_orig(OK_[1], "Tuesday, February 10, 2026 3:02 PM", FORM_ADDR, f"Re: {I_SUBJ}", ok_info_full)
add('kovalenko-kristine-2', 'merge_confirmation_requested', 'en', I, True,
    gmail_hdrs(OK_[1], d17, env, ip, helo, g_ar(ip, env)), top17, hist17,
    leaf(join(top17, hist17), cte='quoted-printable'),
    I_SUBJ, FORM, OK_[1], rfc(d17), ses_mid(d17), extra=aws_extra(d17, ip), crlf=True)

# --- I26 completed + Credly to follow separately
OK_YES = "I confirm.\n\nOlena"
ok_yes_full = OK_YES + "\n\n" + q_gmail("Wed, Feb 11, 2026 at 11:05 AM", "Amazon Web Services", FORM_ADDR, join(top17, hist17))
d26 = dt('2026-02-12 15:30:40')
ip, helo, env = ses_env(d26)
top26 = """Hi Olena,

Good day!

We are pleased to let you know that your accounts have been successfully merged. AWS10327754 now holds your complete certification history, including the AWS Certified DevOps Engineer - Professional from your other account.

Your Credly badges will be transferred separately by the Credly team within 24 to 48 hours, and you will receive an email from Credly once they are in your account. If they do not show up after 48 hours, kindly reply to this email and we will check it for you.

Warm regards,
Kristine
AWS Training and Certification Customer Support"""
hist26 = q_orig(OK_[1], "Wednesday, February 11, 2026 10:30 AM", FORM_ADDR, f"Re: {I_SUBJ}", ok_yes_full)
add('kovalenko-kristine-3', 'merge_completed', 'en', I, True,
    gmail_hdrs(OK_[1], d26, env, ip, helo, g_ar(ip, env)), top26, hist26,
    alt(leaf(join(top26, hist26), cte='quoted-printable'), leaf(txt2html(top26, hist26), 'html', cte='quoted-printable')),
    I_SUBJ, FORM, OK_[1], rfc(d26), ses_mid(d26), extra=aws_extra(d26, ip))

# --- I36 Credly badges transferred
d36 = dt('2026-02-13 18:02:10')
ip, helo, env = credly_env(d36, OK_[1])
link36 = "https://www.credly.com/earner/earned?notification=transfer_complete"
top36 = f"""Hi Olena,

Your badges have moved.

At the request of Amazon Web Services Training and Certification, the following badges were transferred to your Credly account ({OK_[1]}):

  - AWS Certified DevOps Engineer - Professional
  - AWS Certified Developer - Associate

Accept them to show them on your profile: {link36}

{CREDLY_FOOT}"""
h36 = credly_html("Your badges have moved", ["Hi Olena,", "<strong>Your badges have moved.</strong>",
                  f"At the request of Amazon Web Services Training and Certification, the following badges were transferred to your Credly account ({OK_[1]}):",
                  "&bull; AWS Certified DevOps Engineer - Professional<br>&bull; AWS Certified Developer - Associate"], "Accept badges", link36)
add('credly-kovalenko-transfer', 'credly_badge_issued', 'en', None, True,
    gmail_hdrs(OK_[1], d36, env, ip, helo, g_ar(ip, env, from_dom='credly.com', dkim_doms=('credly.com', 'sendgrid.info'), pol='REJECT')),
    top36, None, alt(leaf(top36, cte='quoted-printable'), leaf(h36, 'html', cte='base64')),
    "Olena, 2 badges were transferred to your Credly account", CREDLY_AWS, OK_[1], rfc(d36), credly_mid(d36), extra=credly_extra(d36))

# --- I58 Credly expiry reminder (unrelated)
d58 = dt('2026-02-20 14:00:03')
ip, helo, env = credly_env(d58, OK_[1])
link58 = "https://aws.amazon.com/certification/recertification/"
top58 = """Hi Olena,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification, expires on May 21, 2026.

To keep your credential active, review the recertification options offered by the issuer before the expiration date.

Learn how to recertify: """ + link58 + """

""" + CREDLY_FOOT
h58 = credly_html("Your badge expires soon", ["Hi Olena,", "Your badge <strong>AWS Certified Developer - Associate</strong>, issued by Amazon Web Services Training and Certification, expires on <strong>May 21, 2026</strong>.",
                  "To keep your credential active, review the recertification options offered by the issuer before the expiration date."], "Learn how to recertify", link58)
add('credly-expiry-dva', 'unrelated', 'en', None, True,
    gmail_hdrs(OK_[1], d58, env, ip, helo, g_ar(ip, env, from_dom='credly.com', dkim_doms=('credly.com', 'sendgrid.info'), pol='REJECT')),
    top58, None, alt(leaf(top58, cte='quoted-printable'), leaf(h58, 'html', cte='quoted-printable')),
    "Your AWS Certified Developer - Associate badge expires in 90 days", CREDLY_AWS, OK_[1], rfc(d58), credly_mid(d58), extra=credly_extra(d58))

# ======================================================================
# Thread J: Thomas Becker (Posteo) - console case, 11-digit id
# ======================================================================
TB = ('Thomas Becker', 'thomas.becker@posteo.de')
J = '13408815527'
J_CSUBJ = "Certification accounts merge"
TB_MSG = """Hello,

as requested, here are the details once more:

Account to keep: AWS05810362 (thomas.becker@posteo.de)
Account to merge: AWS03027719 (t.becker@rheinwerk-it.de, no longer in use)

I confirm that both accounts belong to me and that I want them merged. I understand this cannot be undone.

Best regards
Thomas Becker"""

# --- J49 new correspondence notice (support_reply)
d49 = dt('2025-12-09 14:21:07')
ip, helo, env = ses_env(d49)
top49 = f"""Hello,

A new correspondence has been added to your AWS Support case {J}.

Case subject: {J_CSUBJ}
Case status: Pending customer action

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={J}&language=en

This email was sent from an address that cannot accept incoming email."""
hist49 = f"""--- Your last message on this case (2025-12-08 19:47 UTC) ---

{TB_MSG}"""
add('becker-notification', 'support_reply', 'en', J, True,
    posteo_hdrs(TB[1], d49, env, ip, helo, 'amazon.com'), top49, hist49,
    leaf(join(top49, hist49), cte='quoted-printable'),
    f"[Case {J}] New correspondence added", CONSOLE, TB[1], rfc(d49), ses_mid(d49), extra=aws_extra(d49, ip, region='eu-west-1'))

# --- J27 completed, UTF-8 bytes labelled iso-8859-1
d27 = dt('2025-12-11 08:55:19')
ip, helo, env = ses_env(d27)
top27 = f"""Hello Thomas,

thank you for your confirmation.

We have combined your two certification profiles: the exam results and certificates which were stored under AWS03027719 are transferred now to AWS05810362. The older profile is closed and can not be used for login anymore.

Please sign in with thomas.becker@posteo.de and check whether your „AWS Certified Security – Specialty“ is visible in the list. If something is missing, you can answer on this case in the Support Center.

""" + RATE + """

Best regards,
Jürgen K.
Amazon Web Services"""
AGENT_49 = """Hello Thomas,

thank you for the details. Before I forward this to the responsible team, can you please confirm in the case that AWS05810362 shall be the remaining profile and AWS03027719 shall be merged into it? After the merge it is not possible to separate the profiles again.

Best regards,
Jürgen K.
Amazon Web Services"""
hist27 = f"""---- Case history ----

On 2025-12-10 07:12 UTC, Thomas Becker wrote:
{TB_MSG.replace('as requested, here are the details once more', 'yes, this is correct, please go ahead')}

On 2025-12-09 14:21 UTC, Amazon Web Services wrote:
{AGENT_49}"""
add('becker-case-update', 'merge_completed', 'en', J, True,
    posteo_hdrs(TB[1], d27, env, ip, helo, 'amazon.com'), top27, hist27,
    leaf(join(top27 + console_footer(J), hist27), charset='utf-8', label='iso-8859-1', cte='8bit'),
    f"RE:[CASE {J}] {J_CSUBJ}", CONSOLE, TB[1], rfc(d27), ses_mid(d27), extra=aws_extra(d27, ip, region='eu-west-1'), crlf=True)

# --- J34 closure + rating (survey)
TB_THX = "Hello Jürgen,\n\nall certifications are visible now. Thank you for the quick help!\n\nThomas"
d34 = dt('2025-12-12 09:00:40')
ip, helo, env = ses_env(d34)
top34 = f"""Hello,

We have resolved your case {J}. If your issue persists or you have more questions about it, you can reopen the case from the Support Center within 14 days.

How would you rate the support you received on this case?
Excellent | Good | Fair | Poor
https://console.aws.amazon.com/support/home#/case/?displayId={J}&language=en&rateCase=true

Thank you,
Amazon Web Services"""
hist34 = f"""---- Case history ----

On 2025-12-11 18:03 UTC, Thomas Becker wrote:
{TB_THX}

On 2025-12-11 08:55 UTC, Amazon Web Services wrote:
{top27}"""
add('becker-case-closed', 'survey', 'en', J, True,
    posteo_hdrs(TB[1], d34, env, ip, helo, 'amazon.com'), top34, hist34,
    leaf(join(top34 + console_footer(J), hist34), cte='quoted-printable'),
    f"Amazon Web Services: Your Support case {J} has been resolved", CONSOLE, TB[1], rfc(d34), ses_mid(d34), extra=aws_extra(d34, ip, region='eu-west-1'))

# --- J55 CertMetrics survey (unrelated)
d55 = dt('2025-12-15 16:30:02')
cip = f"149.72.{R.randint(1,250)}.{R.randint(1,250)}"
cenv = f"<bounces+{R.randint(1000000,9999999)}-{hexs(4)}-thomas.becker=posteo.de@em.certmetrics.com>"
top55 = """Dear Thomas Becker,

Candidate ID: AWS05810362

AWS Certification wants to hear from you. As a recently certified individual, you are invited to share your feedback on your exam and certification experience. The survey takes about 10 minutes and your responses are confidential.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?t=""" + hexs(32) + """

Thank you for being part of the AWS Certified community.

AWS Certification
This is an automated message. Please do not reply."""
add('certmetrics-feedback', 'unrelated', 'en', None, False,
    posteo_hdrs(TB[1], d55, cenv, cip, f"o{R.randint(1,9)}.em.certmetrics.com", 'certmetrics.com'), top55, None,
    alt(leaf(top55, cte='7bit', charset='us-ascii'), leaf(txt2html(top55), 'html', cte='quoted-printable')),
    "AWS Certification wants to hear from you", '"AWS Certification" <do-not-reply@certmetrics.com>', TB[1], rfc(d55), f"<{hexs(22)}@geopod-ismtpd-{R.randint(1,20)}>",
    extra=[('DKIM-Signature', dkim_sig(d55, 'certmetrics.com', 's1'))])

# ======================================================================
# Thread K: Carlos Mendes (own domain on shared hosting, no Authentication-Results)
# ======================================================================
CM = ('Carlos Mendes', 'carlos@mendes-tech.com.br')
K_open = dt('2025-07-14 13:48:19')
K = case15(K_open, 610)
K_SUBJ = f"RE:[CASE {K}] [AWS Training and Certification Form Submission] - account-assistance"
CM_SUB = """Good afternoon,

I need to unify my two AWS certification accounts: AWS01175539 (carlos@mendes-tech.com.br) and AWS07302286 (carlos.silva@fatec-sp.edu.br, from my college). Please keep the first one.

Obrigado,
Carlos Eduardo Mendes"""

# --- K51 name mismatch (support_reply)
d51 = dt('2025-07-15 12:31:40')
ip, helo, env = ses_env(d51)
top51 = """Hi Carlos,

Thank you for contacting us.

I checked both accounts and noticed that the legal name is different on each of them: AWS01175539 is registered as "Carlos Eduardo Mendes", while AWS07302286 is registered as "Carlos E. M. Silva".

We can only combine profiles when the name on both matches exactly. Could you please update the name on one of the profiles (Profile > Personal information in your Certification Account) so that both are identical, and then reply to this email? As soon as the names match I will send you the summary of the merge for your approval.

Best regards,
Camila F.
AWS Training and Certification Customer Support"""
hist51 = q_orig(f"{CM[0]} <{CM[1]}>", "Monday, July 14, 2025 10:48 AM", FORM_ADDR, "[AWS Training and Certification Form Submission] - account-assistance", CM_SUB)
add('mendes-camila-1', 'support_reply', 'en', K, None,
    cpanel_hdrs(CM[1], d51, env, ip, helo), top51, hist51,
    leaf(join(top51, hist51), cte='quoted-printable'),
    K_SUBJ, FORM, CM[1], rfc(d51), ses_mid(d51), extra=aws_extra(d51, ip))

# --- K29 closed for no reply (survey)
d29 = dt('2025-07-25 12:35:02')
ip, helo, env = ses_env(d29)
top29 = f"""Hi Carlos,

As we have not received a reply from you in the last 7 days, we have closed case {K}.

If you still need assistance, just reply to this email within 14 days and the case will be reopened. After that, please submit a new request through the contact form.

How would you rate your experience with us?
https://survey.aws-tc-support.amazon.com/r?c={K}

Best regards,
AWS Training and Certification Customer Support"""
hist29 = q_orig("Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>", "Tuesday, July 15, 2025 12:31 PM", CM[1], K_SUBJ, join(top51, hist51))
add('mendes-case-closed', 'survey', 'en', K, None,
    cpanel_hdrs(CM[1], d29, env, ip, helo), top29, hist29,
    leaf(join(top29, hist29), cte='quoted-printable'),
    f"Case {K} closed", FORM, CM[1], rfc(d29), ses_mid(d29), extra=aws_extra(d29, ip))

# --- K37 Credly (older youracclaim sender), no AR at receiver
d37 = dt('2025-08-19 21:14:30')
ip, helo, env = credly_env(d37, CM[1])
link37 = f"https://www.youracclaim.com/badges/{uuid.UUID(int=R.getrandbits(128))}/accept"
top37 = f"""Carlos, you've earned a badge!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified AI Practitioner

Accept your badge and share your achievement:
{link37}

Credly (formerly Acclaim)
"""
add('acclaim-mendes-aif', 'credly_badge_issued', 'en', None, None,
    cpanel_hdrs(CM[1], d37, env.replace('em.credly.com', 'email.youracclaim.com'), ip, helo.replace('em.credly.com', 'email.youracclaim.com')), top37, None,
    alt(leaf(top37, cte='7bit', charset='us-ascii'), leaf(txt2html(top37), 'html', cte='quoted-printable')),
    "Carlos, you've earned a badge from Amazon Web Services Training and Certification",
    '"Amazon Web Services Training and Certification via Credly" <admin@youracclaim.com>', CM[1], rfc(d37), credly_mid(d37),
    extra=[('DKIM-Signature', dkim_sig(d37, 'youracclaim.com', 's1'))])

# ======================================================================
# write out
# ======================================================================
import io
PEOPLE = [('priya.raman84', 'raman'), ('daniel.okafor', 'okafor'), ('kenta.tanaka', 'tanaka'), ('marcus.lindqvist', 'lindqvist'),
          ('misaki_sato', 'sato'), ('sofia.mqz', 'marquez'), ('wzhang.cloud', 'zhang'), ('ahmed.hassan', 'hassan'),
          ('olena.kovalenko', 'kovalenko'), ('thomas.becker', 'becker'), ('carlos@mendes', 'mendes')]
def main():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.json':
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(39).shuffle(order)
    labels = {}
    seen = {}
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        rcpt = (m['msg']['To'] or '') + ' ' + (m['msg']['Cc'] or '')
        who = next(v for k, v in PEOPLE if k in rcpt)
        seen[who] = seen.get(who, 0) + 1
        name = f"{n:03d}-{who}-mail-{seen[who]:02d}.eml"
        pol = _policy.compat32.clone(linesep='\r\n' if m['crlf'] else '\n', max_line_length=0)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=pol).flatten(m['msg'])
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(buf.getvalue())
        labels[name] = m['label']
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
    print(len(labels), 'files')

main()
