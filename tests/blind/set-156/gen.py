#!/usr/bin/env python3
"""Generator for blind set 156: AWS Certification account-merge mailbox (paraphrase emphasis)."""
import base64, json, os, quopri, random, re, uuid, hashlib
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.generator import BytesGenerator
from email.header import Header
from email.utils import format_datetime, formataddr
import email.policy, io

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(156)
LABELS = {}
MAILS = []

def utc(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc)

def case15(dt, tail):
    return f"{int(dt.timestamp())}{tail:05d}"

def b64r(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()

def hexr(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))

def fold_b(prefix_len, s, width=72, indent='\t '):
    # fold a long base64-ish string over lines
    out, line = [], ''
    for i in range(0, len(s), width):
        out.append(s[i:i+width])
    return ('\n' + indent).join(out)

def ses_id(dt, region='email'):
    ms = int(dt.timestamp() * 1000) + rnd.randint(10, 900)
    return f"<0100{ms:012x}-{uuid.UUID(int=rnd.getrandbits(128))}-000000@{region}.amazonses.com>"

def ses_bounce(dt):
    ms = int(dt.timestamp() * 1000) + rnd.randint(10, 900)
    return f"0100{ms:012x}-{uuid.UUID(int=rnd.getrandbits(128))}-000000@amazonses.com"

def us_dst(dt):
    y = dt.year
    import calendar
    # second Sunday of March 10:00 UTC .. first Sunday of November 09:00 UTC
    m = [d for d in range(1, 15) if calendar.weekday(y, 3, d) == 6][1]
    n = [d for d in range(1, 8) if calendar.weekday(y, 11, d) == 6][0]
    return datetime(y, 3, m, 10, tzinfo=timezone.utc) <= dt < datetime(y, 11, n, 9, tzinfo=timezone.utc)

def pac(dt):
    return (-7, 'PDT') if us_dst(dt) else (-8, 'PST')

def rfcdate(dt, tz_hours=0, tzname=None):
    t = dt.astimezone(timezone(timedelta(hours=tz_hours)))
    s = t.strftime('%a, %d %b %Y %H:%M:%S ') + t.strftime('%z')
    if tzname:
        s += f' ({tzname})'
    return s

def dkim_sig(d, s, dt, h='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID'):
    b = b64r(256)
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={s}; d={d}; t={int(dt.timestamp())};\n"
            f"\th={h};\n\tbh={b64r(32)};\n\tb=" + fold_b(0, b, 64, '\t '))

SES_IPS = ['54.240.8.30', '54.240.8.93', '54.240.9.51', '54.240.48.112', '54.240.27.18', '23.251.226.4', '54.240.11.67']

def ses_host(ip):
    parts = ip.split('.')
    return f"a{parts[2]}-{parts[3]}.smtp-out.amazonses.com"

# ---------------------------------------------------------------- trace/auth builders
# each returns list of (name, value) header lines that go ABOVE the sender's own headers

def gmail_trace(to, dt, mailfrom, ip, helo, from_dom, dkim=(('amazon.com', 'pass'),), spf='pass', dmarc='pass', policy='QUARANTINE', arc=True):
    rcv = dt + timedelta(seconds=rnd.randint(1, 9))
    dk = ';\n       '.join(f"dkim={r} header.i=@{d} header.s={hexr(6) if d.endswith('amazonses.com') else 'sel'+hexr(3)} header.b={b64r(6)[:8]}" for d, r in dkim)
    spftext = (f"spf={spf} (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom}"
               if spf == 'pass' else f"spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom}")
    ar = f"mx.google.com;\n       {dk};\n       {spftext};\n       dmarc={dmarc} (p={policy} sp={policy} dis={'NONE' if dmarc=='pass' else 'QUARANTINE'}) header.from={from_dom}"
    h = [('Delivered-To', to),
         ('Received', f"by 2002:a05:{hexr(4)}:{hexr(4)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {hexr(3)}csp{rnd.randint(100000,9999999)};\n        {rfcdate(rcv, *pac(rcv))}"),
         ('X-Google-Smtp-Source', 'AGHT+I' + b64r(60)[:70]),
         ('X-Received', f"by 2002:a05:{hexr(4)}:{hexr(4)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {hexr(12)}.{rnd.randint(10,60)}.{int(rcv.timestamp())};\n        {rfcdate(rcv, *pac(rcv))}")]
    if arc:
        h += [('ARC-Seal', f"i=1; a=rsa-sha256; t={int(rcv.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b=" + fold_b(0, b64r(180), 64, '        ')),
              ('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64r(32)};\n        fh={b64r(32)};\n        b=" + fold_b(0, b64r(180), 64, '        ')),
              ('ARC-Authentication-Results', 'i=1; ' + ar)]
    h += [('Return-Path', f"<{mailfrom}>"),
          ('Received', f"from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {hexr(13)}-{hexr(9)}si{rnd.randint(10**6,10**7)}{hexr(3)}.{rnd.randint(10,500)}.{rcv.strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {rfcdate(rcv, *pac(rcv))}"),
          ('Received-SPF', f"{spf} (google.com: domain of {mailfrom} {'designates' if spf=='pass' else 'does not designate'} {ip} as permitted sender) client-ip={ip};"),
          ('Authentication-Results', ar)]
    return h

def outlook_trace(to, dt, mailfrom_dom, ip, helo, from_dom, dkim_d='amazon.com', dkim='pass', spf='pass', dmarc='pass', compauth='pass reason=100'):
    rcv = dt + timedelta(seconds=rnd.randint(1, 9))
    srv = lambda: f"{rnd.choice(['SN7PR19MB','PH0PR19MB','DM6PR08MB','CH3PR19MB','SA1PR19MB'])}{rnd.randint(1000,9999)}.namprd19.prod.outlook.com"
    d1, d2 = srv(), srv()
    fe = f"BN8NAM11FT{rnd.randint(10,99):03d}.eop-nam11.prod.protection.outlook.com"
    dk = f"dkim={dkim} (signature was verified)\n header.d={dkim_d}" if dkim == 'pass' else f"dkim={dkim} (signature did not verify)\n header.d={dkim_d}"
    action = 'none' if dmarc in ('pass', 'none') else 'quarantine'
    ar = (f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; {dk};dmarc={dmarc} action={action}\n header.from={from_dom};compauth={compauth}")
    return [('Received', f"from {d1} (2603:10b6:{hexr(3)}:{hexr(2)}::{hexr(2)}) by\n {d2} with HTTPS; {rfcdate(rcv)}"),
            ('Received', f"from BN9PR03CA{rnd.randint(1000,9999)}.namprd03.prod.outlook.com (2603:10b6:408:{hexr(3)}::{hexr(2)})\n by {d1} (2603:10b6:{hexr(3)}:{hexr(2)}::{hexr(2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rnd.randint(7000,8999)}.{rnd.randint(10,40)}; {rfcdate(rcv)}"),
            ('Received', f"from {fe}\n (2603:10b6:408:{hexr(3)}:cafe::{hexr(2)}) by BN9PR03CA{rnd.randint(1000,9999)}.outlook.office365.com\n (2603:10b6:408:{hexr(3)}::{hexr(2)}) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rnd.randint(7000,8999)}.{rnd.randint(10,40)} via Frontend\n Transport; {rfcdate(rcv)}"),
            ('Authentication-Results', ar),
            ('Received-SPF', f"{spf.capitalize()} (protection.outlook.com: domain of {mailfrom_dom}\n designates {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={helo}; pr=C"),
            ('Received', f"from {helo} ({ip}) by\n {fe.replace('eop-nam11.prod.protection','mail.protection')} (10.13.{rnd.randint(100,200)}.{rnd.randint(2,250)}) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.{rnd.randint(7000,8999)}.{rnd.randint(10,40)} via Frontend Transport; {rfcdate(rcv)}"),
            ('X-IncomingTopHeaderMarker', f"OriginalChecksum:{hexr(64).upper()};UpperCasedChecksum:{hexr(64).upper()};SizeAsReceived:{rnd.randint(3000,9000)};Count:{rnd.randint(12,20)}"),
            ('X-MS-Exchange-Organization-ExpirationStartTime', rcv.strftime('%d %b %Y %H:%M:%S.') + f"{rnd.randint(1000000,9999999)} (UTC)"),
            ('X-MS-Exchange-Organization-Network-Message-Id', str(uuid.UUID(int=rnd.getrandbits(128)))),
            ('X-MS-Exchange-Organization-SCL', '1' if dmarc == 'pass' else '5')]

def yahoo_trace(to, dt, mailfrom, ip, helo, from_dom, dkim_d='amazon.com', dkim='pass', spf='pass', dmarc='pass'):
    rcv = dt + timedelta(seconds=rnd.randint(1, 9))
    return [('Received', f"from {rnd.randint(10,99)}.{rnd.randint(100,255)}.{rnd.randint(2,250)}.{rnd.randint(2,250)} by atlas{rnd.randint(100,330)}.free.mail.bf1.yahoo.com with HTTP; {rfcdate(rcv)}"),
            ('X-Originating-Ip', f"[{ip}]"),
            ('Received-SPF', f"{spf} (domain of {mailfrom.split('@')[-1]} designates {ip} as permitted sender)"),
            ('Authentication-Results', f"atlas{rnd.randint(100,330)}.free.mail.bf1.yahoo.com;\n dkim={dkim} header.i=@{dkim_d} header.s={hexr(6)};\n spf={spf} smtp.mailfrom={mailfrom};\n dmarc={dmarc}(p=QUARANTINE) header.from={from_dom};"),
            ('X-Apparently-To', f"{to}; {rfcdate(rcv)}"),
            ('X-YMailISG', b64r(40)),
            ('Received', f"from {helo} (EHLO {helo}) ({ip})\n  by {rnd.randint(100,330)}.mta.mail.bf1.yahoo.com with SMTPS; {rfcdate(rcv)}")]

def fastmail_trace(to, dt, mailfrom, ip, helo, from_dom, dkim_d='amazon.com', dkim='pass', spf='pass', dmarc='pass'):
    rcv = dt + timedelta(seconds=rnd.randint(1, 9))
    mx = f"mx{rnd.randint(1,8)}.messagingengine.com"
    return [('Return-Path', f"<{mailfrom}>"),
            ('Received', f"from compute{rnd.randint(1,7)}.internal (compute{rnd.randint(1,7)}.nyi.internal [10.202.2.4{rnd.randint(1,9)}])\n\t by sloti{rnd.randint(10,60)}n{rnd.randint(1,9)} (Cyrus 3.11.0-alpha0-{rnd.randint(100,999)}-g{hexr(8)}) with LMTPA;\n\t {rfcdate(rcv, -4, None)}"),
            ('X-Cyrus-Session-Id', f"sloti{rnd.randint(10,60)}n{rnd.randint(1,9)}-{int(rcv.timestamp())}-{rnd.randint(1000000,9999999)}-2-{rnd.randint(10**18,10**19)}"),
            ('X-Delivered-to', to),
            ('Received', f"from {mx} ([10.202.2.{rnd.randint(160,199)}])\n  by compute{rnd.randint(1,7)}.internal (LMTPProxy); {rfcdate(rcv, -4)}"),
            ('Authentication-Results', f"{mx};\n    dkim=pass (2048-bit rsa key sha256) header.d={dkim_d} header.i=@{dkim_d}\n      header.b={b64r(6)[:8]} header.a=rsa-sha256 header.s=sel{hexr(3)} x-bits=2048;\n    dmarc={dmarc} policy.published-domain-policy=quarantine\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=quarantine,d=none,d.eval=none) policy.policy-from=p\n      header.from={from_dom};\n    iprev=pass smtp.remote-ip={ip} ({helo});\n    spf={spf} smtp.mailfrom={mailfrom}\n      smtp.helo={helo};\n    x-aligned-from=domain_pass (Domain match)"),
            ('X-ME-VSScore', '0'),
            ('X-ME-VSCategory', 'clean'),
            ('Received', f"from {helo} ({helo} [{ip}])\n    (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n     key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n    (No client certificate requested)\n    by {mx} (Postfix) with ESMTPS\n    for <{to}>; {rfcdate(rcv, -4)}")]

def nifty_trace(to, dt, mailfrom, ip, helo, from_dom, dkim_d='amazon.com', dkim='pass', spf='pass', dmarc='pass'):
    rcv = dt + timedelta(seconds=rnd.randint(1, 9))
    return [('Return-Path', f"<{mailfrom}>"),
            ('Delivered-To', to),
            ('Received', f"from mta-fwd-e{rnd.randint(10,30)}.mail.nifty.com by mx.nifty.com\n\twith LMTP id {b64r(9)}\n\t; {rfcdate(rcv, 9)}"),
            ('Authentication-Results', f"mx.nifty.com; spf={spf} smtp.mailfrom={mailfrom};\n\tdkim={dkim} header.d={dkim_d} header.i=@{dkim_d};\n\tdmarc={dmarc} (p=quarantine dis=none) header.from={from_dom}"),
            ('X-Nifty-SrcIP', f"[{ip}]"),
            ('Received', f"from {helo} ({helo} [{ip}])\n\tby mta-mx-e{rnd.randint(10,30)}.mail.nifty.com with ESMTP\n\tid <{rnd.randint(10**15,10**16)}.{hexr(8).upper()}.mta-mx-e{rnd.randint(10,30)}.mail.nifty.com>\n\tfor <{to}>; {rfcdate(rcv, 9)}")]

def corp_trace(to, dt, helo='a8-30.smtp-out.amazonses.com', ip='54.240.8.30', host='mail.brightwave-consulting.com'):
    """on-prem gateway that adds no Authentication-Results"""
    rcv = dt + timedelta(seconds=rnd.randint(2, 30))
    return [('Received', f"from BWC-EX02.brightwave.local (10.20.1.12) by BWC-EX01.brightwave.local\n (10.20.1.11) with Microsoft SMTP Server (TLS) id 15.1.1713.5; {rfcdate(rcv, 0)}"),
            ('Received', f"from {host} (10.20.0.25) by BWC-EX02.brightwave.local\n (10.20.1.12) with Microsoft SMTP Server id 15.1.1713.5 via Frontend Transport;\n {rfcdate(rcv, 0)}"),
            ('Received', f"from {helo} ([{ip}])\n  by {host} with ESMTP; {rfcdate(rcv, 0)}"),
            ('X-IronPort-AV', f"E=Sophos;i=\"5.63,{rnd.randint(100,999)},1559516400\";\n   d=\"scan'208,217\";a=\"{rnd.randint(1000000,9999999)}\""),
            ('X-MS-Exchange-Organization-AuthSource', 'BWC-EX02.brightwave.local'),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous')]

# ---------------------------------------------------------------- body builders
def enc_text(text, charset, cte, codec=None):
    codec = codec or charset
    raw = text.replace('\n', '\r\n').encode(codec) if cte in ('base64',) else text.encode(codec)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    if cte == 'base64':
        b = base64.b64encode(raw).decode('ascii')
        return '\n'.join(b[i:i+76] for i in range(0, len(b), 76)) + '\n'
    # 7bit / 8bit: keep bytes via surrogateescape
    return raw.decode('ascii', 'surrogateescape')

def textpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None, label=None, extra=None):
    p = Message()
    p['Content-Type'] = f'text/{subtype}; charset="{label or charset}"' if rnd.random() < 0.6 else f'text/{subtype}; charset={label or charset}'
    p['Content-Transfer-Encoding'] = cte
    for k, v in (extra or []):
        p[k] = v
    p.set_payload(enc_text(text, charset, cte, codec))
    return p

def alt(*parts, boundary=None):
    m = Message()
    b = boundary or ('----=_Part_' + f"{rnd.randint(100000,999999)}_{rnd.randint(10**8,10**9)}.{rnd.randint(10**12,10**13)}")
    m['Content-Type'] = f'multipart/alternative; \n\tboundary="{b}"'
    m.set_payload(list(parts))
    m.set_boundary(b)
    return m

def mixed(*parts):
    m = Message()
    b = '_' + hexr(24) + '_'
    m['Content-Type'] = f'multipart/mixed; boundary="{b}"'
    m.set_payload(list(parts))
    m.set_boundary(b)
    return m

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def to_html(text, quoted=None, style='font-family:Arial,Helvetica,sans-serif;font-size:14px'):
    paras = [p for p in text.strip('\n').split('\n\n')]
    body = ''.join(f'<p>{esc(p).replace(chr(10), "<br>")}</p>\n' for p in paras)
    q = ''
    if quoted:
        q = ('<div class="quote" style="border-left:2px solid #ccc;padding-left:8px;color:#555">'
             + esc(quoted).replace('\n', '<br>\n') + '</div>\n')
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div style="{style}">\n{body}{q}</div></body></html>\n'

def subj_hdr(s, charset='utf-8', enc=None):
    if all(ord(c) < 128 for c in s):
        return s
    h = Header(s, charset, maxlinelen=76, header_name='Subject')
    return h.encode(linesep='\n')

ID_RE = re.compile(r'(?i)\bAWS[\s\-]?(\d{8})\b')

def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})

def write(name, kind, *, trace, headers, body, case_id, new_text, sender_verified, lang='en', crlf=False, ids=None):
    """headers: list of (name, value) for the sender's own header block (From, To, ...).
    body: a Message (MIME entity) - its own headers (Content-Type...) are appended."""
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    ent = buf.getvalue()
    lines = []
    for k, v in trace + headers:
        lines.append(f"{k}: {v}")
    hdr = ('\n'.join(lines) + '\n').encode('utf-8')
    raw = hdr + ent.replace(b'\r\n', b'\n')
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(raw)
    LABELS[name] = {"kind": kind, "case_id": case_id,
                    "account_ids": ids if ids is not None else ids_in(new_text),
                    "sender_verified": sender_verified, "language": lang}

def std_headers(frm, to, subject, dt, msgid, tz=0, extra=None, mime=True):
    h = [('From', frm), ('To', to), ('Subject', subject), ('Date', rfcdate(dt, tz)), ('Message-ID', msgid)]
    if mime:
        h.append(('MIME-Version', '1.0'))
    return h + (extra or [])

def ses_extra(dt):
    return [('Feedback-ID', f"::1.us-east-1.{b64r(30)[:43]}=:AmazonSES"),
            ('X-SES-Outgoing', dt.strftime('%Y.%m.%d') + f"-{rnd.choice(SES_IPS)}")]

AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'

def aws_gmail(to, dt, extra_dkim=True):
    ip = rnd.choice(SES_IPS)
    mf = ses_bounce(dt)
    dk = (('amazon.com', 'pass'), ('amazonses.com', 'pass')) if extra_dkim else (('amazon.com', 'pass'),)
    return gmail_trace(to, dt, mf, ip, ses_host(ip), 'amazon.com', dkim=dk), mf

def aws_dkim(dt):
    return [('DKIM-Signature', dkim_sig('amazon.com', rnd.choice(['ug7nbtf4gccmlpwj322ax3p6ow6yfsug', 'taugkwupjnrcfbqaeyfztecpwlqbeqco', 'rqxaxbydufhb3wqdv4wwjyrypdqnczqn'])[:32], dt)),
            ('DKIM-Signature', dkim_sig('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', dt, 'Date:From:To:Subject:MIME-Version:Content-Type:Message-ID:Feedback-ID'))]

# ================================================================ threads
# A: Priya Raman, form case, gmail
A_USER = 'priya.raman.dev@gmail.com'
A_OPEN = utc(2025, 3, 11, 14, 7, 52)
A_CASE = case15(A_OPEN, 417)
A_KEEP, A_OLD = 'AWS04418237', 'AWS09127765'
A_SUBJ = f"[CASE {A_CASE}] [AWS Training and Certification Form Submission] - account-assistance"

# B: Tomasz Wojcik, console case 2022, outlook
B_USER = 't.wojcik@outlook.com'
B_OPEN = utc(2022, 9, 14, 8, 41, 3)
B_CASE = '11042297315'
B_A, B_B = 'AWS02239184', 'AWS07781230'   # keep B_B
B_SUBJ = 'Two certification accounts - please combine'

# C: Sato Kenji, Japanese, nifty
C_USER = 'k-sato.0415@nifty.com'
C_OPEN = utc(2024, 11, 5, 1, 12, 40)
C_CASE = case15(C_OPEN, 9031)
C_A, C_B = 'AWS01992731', 'AWS05566120'   # keep C_B

# D: Maria Oyelaran, corporate 2019, no AR
D_USER = 'm.oyelaran@brightwave-consulting.com'
D_OPEN = utc(2019, 6, 17, 10, 3, 11)
D_CASE = '6219843307'
D_A, D_B = 'AWS03340981', 'AWS08812004'   # keep D_A

# E: Daniel Achterberg, console case 2025, gmail, lawyerly agent
E_USER = 'd.achterberg@gmail.com'
E_OPEN = utc(2025, 6, 2, 9, 26, 18)
E_CASE = case15(E_OPEN, 2257)
E_KEEP, E_OLD = 'AWS06657112', 'AWS02200458'
E_SUBJ = 'Consolidation of duplicate AWS Certification profiles'

# F: Aisha Khan, form case 2024, yahoo, three accounts
F_USER = 'aisha_khan88@yahoo.com'
F_OPEN = utc(2024, 8, 19, 16, 55, 2)
F_CASE = case15(F_OPEN, 611)
F_1, F_2, F_KEEP = 'AWS07120036', 'AWS07120391', 'AWS01148826'
F_SUBJ = f"[CASE {F_CASE}] [AWS Training and Certification Form Submission] - account-assistance"

# G: Lucas Ferreira, form case 2025, gmail, hurried agent
G_USER = 'lucas.ferreira.br@gmail.com'
G_OPEN = utc(2025, 9, 23, 12, 44, 9)
G_CASE = case15(G_OPEN, 78)
G_KEEP, G_OLD = 'AWS05081177', 'AWS09900312'
G_SUBJ = f"[CASE {G_CASE}] [AWS Training and Certification Form Submission] - account-assistance"

# H: Fabienne Morel, fastmail, two form cases (first unanswered)
H_USER = 'fab.morel@fastmail.com'
H_OPEN1 = utc(2025, 1, 8, 19, 2, 44)
H_CASE1 = case15(H_OPEN1, 1904)
H_OPEN2 = utc(2025, 1, 15, 7, 31, 20)
H_CASE2 = case15(H_OPEN2, 356)
H_A, H_B = 'AWS04471920', 'AWS08830155'  # keep H_B

import atexit
def _dump():
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(dict(sorted(LABELS.items())), f, indent=1, ensure_ascii=False)
    print(len(LABELS), 'mails written')
atexit.register(_dump)

FORM_FOOT = """
-----------------------------------------------------------------------------
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

def console_foot(case, lang='en', agent=None):
    sig = f"Best regards,\n{agent}\nAmazon Web Services" if agent else "Best regards,\nAmazon Web Services"
    return f"""
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

{sig}

======================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={case}&language={lang}

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
======================================================

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/

AWS Documentation:
https://docs.aws.amazon.com/

AWS Cost Management:
https://aws.amazon.com/aws-cost-management/

AWS Training:
http://aws.amazon.com/training/

AWS Managed Services:
https://aws.amazon.com/managed-services/
"""

# ---------------------------------------------------------------- 001 A case_created (form ack, paraphrased)
dt = A_OPEN + timedelta(seconds=41)
new = f"""Hello,

This is an automated note to let you know your message reached the AWS Training and Certification team. A member of our team will pick it up and get back to you, typically within one business day.

Your reference number is {A_CASE}. Please keep it handy: if you need to add anything, just reply to this e-mail and keep the reference in the subject line so everything stays together. There is no need to submit the form again.

While you wait, a lot of common questions are answered on our FAQ page:
https://aws.amazon.com/certification/faqs/

Kind regards,
AWS Training and Certification
"""
tr, mf = aws_gmail(A_USER, dt)
write('001-form-desk-receipt-reference.eml', 'case_created', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_FORM, A_USER, A_SUBJ, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + FORM_FOOT), textpart(to_html(new + FORM_FOOT), 'html')),
      case_id=A_CASE, new_text=new, sender_verified=True)

# ---------------------------------------------------------------- 002 B case_created (console, outlook)
dt = B_OPEN + timedelta(seconds=12)
new = f"""Dear Customer,

Thank you for reaching out. Case {B_CASE} is now open and is in the queue for our Training and Certification specialists.

Case ID: {B_CASE}
Subject: {B_SUBJ}
Severity: General guidance
Correspondence: Hi, I have two certification accounts, AWS 02239184 (old job) and AWS 07781230. Can they be made into one? Thanks, Tomasz

You will receive an e-mail when we update the case. You can also view the case, add correspondence, or close it from the Support Center.
""" + console_foot(B_CASE)
ip = rnd.choice(SES_IPS)
tr = outlook_trace(B_USER, dt, 'amazonses.com', ip, ses_host(ip), 'amazon.com')
write('002-console-new-case-two-accounts.eml', 'case_created', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_CONSOLE, B_USER, f"Amazon Web Services: You have opened a new Support case: {B_CASE}", dt, ses_id(dt)) + ses_extra(dt),
      body=textpart(new, cte='7bit', charset='us-ascii'),
      case_id=B_CASE, new_text=new, sender_verified=True)

# ---------------------------------------------------------------- 003 C case_created (ja, ISO-2022-JP)
dt = C_OPEN + timedelta(seconds=20)
new = f"""佐藤 健二 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース番号: {C_CASE}

担当者より、原則として 24 時間以内にご連絡いたします。
追加の情報をお送りいただく場合は、件名のケース番号を変更せずに本メールへご返信ください。
同じ内容で新しくお問い合わせを作成されますと、ご案内が遅れる場合がございますので、ご了承ください。

※本メールは送信専用アドレスではございません。返信いただいた内容はケースに記録されます。

今後ともアマゾン ウェブ サービスをよろしくお願いいたします。

AWS トレーニングと認定
"""
ip = rnd.choice(SES_IPS); mf = ses_bounce(dt)
tr = nifty_trace(C_USER, dt, mf, ip, ses_host(ip), 'amazon.com')
subj = subj_hdr(f"[CASE {C_CASE}] お問い合わせを受け付けました - AWS トレーニングと認定", 'iso-2022-jp')
write('003-ja-acknowledgement-iso2022jp.eml', 'case_created', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_FORM, C_USER, subj, dt, ses_id(dt), tz=9) + ses_extra(dt),
      body=textpart(new, charset='iso-2022-jp', cte='7bit'),
      case_id=C_CASE, new_text=new, sender_verified=True, lang='ja')

# ---------------------------------------------------------------- 004 E case_created (console, gmail, html+plain)
dt = E_OPEN + timedelta(seconds=7)
new = f"""Hello,

We have opened case {E_CASE} to address your issue.

Case ID: {E_CASE}
Subject: {E_SUBJ}
Severity: General guidance
Correspondence: To whom it may concern, I hold two AWS Certification candidate profiles as a result of registering once with a former employer address. Candidate IDs: aws06657112 and aws02200458. I would like these to be combined under the first. Regards, D. Achterberg

Thank you for contacting Amazon Web Services. We will respond to you as soon as we can.
""" + console_foot(E_CASE)
tr, mf = aws_gmail(E_USER, dt)
write('004-console-case-opened-lowercase-ids.eml', 'case_created', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_CONSOLE, E_USER, f"Amazon Web Services: You have opened a new Support case: {E_CASE}", dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new), textpart(to_html(new), 'html')),
      case_id=E_CASE, new_text=new, sender_verified=True)

# ---------------------------------------------------------------- 005 F case_created (lawyerly template, yahoo)
dt = F_OPEN + timedelta(seconds=33)
new = f"""Dear Sir or Madam,

This automatically generated notice confirms that your submission to AWS Training and Certification has been recorded under reference {F_CASE}. Receipt of this notice does not constitute acceptance of, or agreement to, any request contained in your submission; each request is reviewed individually.

A representative will respond to the e-mail address associated with your submission. Response times may vary with volume but we aim to respond within 24 hours. To avoid delay, we ask that you do not submit a further request concerning the same matter. Additional information may be supplied by reply to this message, provided the reference in the subject line is retained.

Your submission:
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS01148826
Description: I have 3 accounts, AWS07120036 and AWS07120391 were created by mistake. Please keep AWS01148826.

AWS Training and Certification
""" + FORM_FOOT
ip = rnd.choice(SES_IPS); mf = ses_bounce(dt)
tr = yahoo_trace(F_USER, dt, mf, ip, ses_host(ip), 'amazon.com')
write('005-formal-receipt-notice-three-ids.eml', 'case_created', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_FORM, F_USER, F_SUBJ, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new, cte='base64'), textpart(to_html(new), 'html', cte='base64')),
      case_id=F_CASE, new_text=new, sender_verified=True)

# ---------------------------------------------------------------- 006 H1 case_created (first form case, fastmail)
dt = H_OPEN1 + timedelta(seconds=58)
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">
<p>Hi there,</p>
<p>Got it &mdash; your request is in our queue.</p>
<p>Reference: <strong>{H_CASE1}</strong></p>
<p>Someone from AWS Training and Certification will be in touch, usually within a day. If anything changes in the meantime, reply to this message and keep the reference in the subject.</p>
<p>Thanks,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>
"""
new = f"Got it, your request is in our queue. Reference: {H_CASE1}"
ip = rnd.choice(SES_IPS); mf = ses_bounce(dt)
tr = fastmail_trace(H_USER, dt, mf, ip, ses_host(ip), 'amazon.com')
write('006-html-only-request-queued.eml', 'case_created', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_FORM, H_USER, f"[CASE {H_CASE1}] [AWS Training and Certification Form Submission] - account-assistance", dt, ses_id(dt)) + ses_extra(dt),
      body=textpart(html, 'html', cte='quoted-printable'),
      case_id=H_CASE1, new_text=new, sender_verified=True)

# ---------------------------------------------------------------- 007 H2 case_created (second form case)
dt = H_OPEN2 + timedelta(seconds=19)
new = f"""Hello,

Thanks for getting in touch with AWS Training and Certification. We've logged your enquiry as {H_CASE2}.

What happens next: an agent reviews the details you sent and replies to this address. Most enquiries get a first response within 24 hours.

Please reply to this message (rather than using the form again) if you want to add details.

AWS Training and Certification
"""
ip = rnd.choice(SES_IPS); mf = ses_bounce(dt)
tr = fastmail_trace(H_USER, dt, mf, ip, ses_host(ip), 'amazon.com')
write('007-second-enquiry-logged.eml', 'case_created', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_FORM, H_USER, f"[CASE {H_CASE2}] [AWS Training and Certification Form Submission] - account-assistance", dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + FORM_FOOT, cte='7bit', charset='us-ascii'), textpart(to_html(new + FORM_FOOT), 'html')),
      case_id=H_CASE2, new_text=new, sender_verified=True)

def quote_gt(text, depth=1):
    p = '>' * depth
    return '\n'.join((p + ' ' + l) if l else p for l in text.split('\n'))

def credly_trace(to, dt, provider='gmail', dom='credly.com', dkim_d='credly.com', dmarc='pass'):
    ip = f"149.72.{rnd.randint(100,250)}.{rnd.randint(2,250)}"
    helo = f"o{rnd.randint(1,30)}.em.{dom}" if dom == 'credly.com' else f"o{rnd.randint(1,30)}.ptr{rnd.randint(1000,9999)}.{dom}"
    mf = f"bounces+{rnd.randint(1000000,9999999)}-{hexr(4)}-{to.replace('@','=')}@em.{dom}"
    if provider == 'gmail':
        return gmail_trace(to, dt, mf, ip, helo, dom, dkim=((dkim_d, 'pass' if dmarc == 'pass' else 'fail'), ('sendgrid.info', 'pass')), dmarc=dmarc, policy='REJECT' if dom == 'credly.com' else 'NONE')
    if provider == 'nifty':
        return nifty_trace(to, dt, mf, ip, helo, dom, dkim_d=dkim_d, dmarc=dmarc)
    if provider == 'fastmail':
        return fastmail_trace(to, dt, mf, ip, helo, dom, dkim_d=dkim_d, dmarc=dmarc)
    if provider == 'yahoo':
        return yahoo_trace(to, dt, mf, ip, helo, dom, dkim_d=dkim_d, dmarc=dmarc)

def credly_dkim(dt, d='credly.com'):
    return [('DKIM-Signature', dkim_sig(d, 's1', dt, 'content-type:from:mime-version:subject:to:cc:content-type:from:subject:to')),
            ('DKIM-Signature', dkim_sig('sendgrid.info', 'smtpapi', dt, 'content-type:from:mime-version:subject:to:cc:content-type:from:subject:to'))]

def credly_html(title, lines, button, url, foot_extra=''):
    ps = ''.join(f'<p style="margin:0 0 16px 0">{l}</p>\n' for l in lines)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{title}</title></head>
<body style="background-color:#f5f5f5;margin:0;padding:0">
<table align="center" border="0" cellpadding="0" cellspacing="0" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333333">
<tr><td style="padding:24px 32px"><img alt="Credly" height="28" src="https://images.credly.com/images/credly-logo-email.png" /></td></tr>
<tr><td style="padding:0 32px;font-size:16px;line-height:24px">
{ps}<table border="0" cellpadding="0" cellspacing="0"><tr><td bgcolor="#ff6b00" style="border-radius:3px">
<a href="{url}" style="display:inline-block;padding:12px 28px;color:#ffffff;text-decoration:none;font-weight:bold">{button}</a></td></tr></table>
</td></tr>
<tr><td style="padding:32px;font-size:12px;color:#888888;line-height:18px">{foot_extra}You are receiving this email because you have an account with Credly or an issuer has issued you a badge.
<a href="https://www.credly.com/notification_settings" style="color:#888888">Manage notification settings</a> | <a href="https://www.credly.com/privacy" style="color:#888888">Privacy Policy</a><br/>
Credly, 13625 Technology Drive, Eden Prairie, MN 55344</td></tr>
</table></body></html>
"""

def html_strip(h):
    return re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', h))

# ---------------------------------------------------------------- 008 A merge_confirmation_requested (non-native, avoids "confirm"/"merge")
dt = A_OPEN + timedelta(hours=22, minutes=13, seconds=5)
new = f"""Hello Priya,

Greetings from AWS Training and Certification!

I have gone through your request and located two candidate profiles registered in your name:

1) AWS-04418237 - registered with priya.raman.dev@gmail.com
   (AWS Certified Solutions Architect - Associate, AWS Certified Developer - Associate)
2) AWS-09127765 - registered with p.raman@oldcorp-solutions.in
   (AWS Certified Cloud Practitioner)

As per your request, all the exam history and certifications from AWS-09127765 will be brought across into AWS-04418237. After this, AWS-09127765 will be deactivated and you will sign in only with AWS-04418237 going forward. Kindly note this is permanent and the profiles cannot be separated again later.

Before I go ahead, kindly revert back on this same email giving your go-ahead that the above is in order.

Thanks and regards,
Arjun M.
AWS Training and Certification
"""
tr, mf = aws_gmail(A_USER, dt)
write('008-two-profiles-found-awaiting-go-ahead.eml', 'merge_confirmation_requested', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_FORM, A_USER, 'RE:' + A_SUBJ, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + FORM_FOOT), textpart(to_html(new + FORM_FOOT), 'html')),
      case_id=A_CASE, new_text=new, sender_verified=True)
A_MCR = new
A_MCR_DT = dt

# ---------------------------------------------------------------- 009 A support_reply (thanks for go-ahead; ids only in quoted history)
udt = A_MCR_DT + timedelta(hours=11, minutes=2)
user = "Yes, that's all correct. Please go ahead.\n\nThanks,\nPriya"
dt = udt + timedelta(hours=3, minutes=40)
new = """Hello Priya,

Thank you for the quick response.

I have now handed your request to our back-end team for processing. You will hear from us again once they have finished, it normally takes between 1 and 3 business days. Nothing further is needed from your side in the meantime.

Thanks and regards,
Arjun M.
AWS Training and Certification
"""
q = f"""
---- Original message ----
From: Priya Raman <{A_USER}>
Sent: {udt.strftime('%m/%d/%Y %I:%M %p')}
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:{A_SUBJ}

{user}

On {rfcdate(A_MCR_DT, 5.5)[:16]} at {A_MCR_DT.astimezone(timezone(timedelta(hours=5.5))).strftime('%H:%M')}, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
{quote_gt(A_MCR.strip())}
"""
tr, mf = aws_gmail(A_USER, dt)
write('009-handed-to-backend-after-yes.eml', 'support_reply', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_FORM, A_USER, 'RE:' + A_SUBJ, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + q), textpart(to_html(new, q), 'html')),
      case_id=A_CASE, new_text=new, sender_verified=True)

# ---------------------------------------------------------------- 010 A merge_completed (no "merge"/"complete")
dt = udt + timedelta(days=2, hours=1, minutes=17)
new = f"""Hi Priya,

Good news - your two profiles are now one.

Everything that used to sit under AWS09127765 (your Cloud Practitioner certification and its exam history) now shows under AWS04418237, together with your two Associate certifications. The old ID can no longer be used to sign in; please use priya.raman.dev@gmail.com from now on.

Any benefits attached to your certifications, such as the 50% exam discount, follow the certification and are available on AWS04418237. If something looks off when you sign in, just reply here.

Thanks and regards,
Arjun M.
AWS Training and Certification
"""
tr, mf = aws_gmail(A_USER, dt)
write('010-two-profiles-now-one.eml', 'merge_completed', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_FORM, A_USER, 'RE:' + A_SUBJ, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + FORM_FOOT), textpart(to_html(new + FORM_FOOT), 'html')),
      case_id=A_CASE, new_text=new, sender_verified=True)
A_DONE_DT = dt

# ---------------------------------------------------------------- 011 A survey (closure + YES/NO)
dt = A_DONE_DT + timedelta(hours=1, minutes=3)
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>Your case <b>{A_CASE}</b> with AWS Training and Certification has been marked as resolved.</p>
<p>We&#39;d like to know how we did. It takes less than a minute.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<table cellpadding="0" cellspacing="0"><tr>
<td style="padding:8px 20px;background:#1d8102"><a href="https://amazonsurveys.aws.amazon.com/s/tc?caseId={A_CASE}&amp;r=yes&amp;t={hexr(32)}" style="color:#fff;text-decoration:none">YES</a></td>
<td width="12"></td>
<td style="padding:8px 20px;background:#d13212"><a href="https://amazonsurveys.aws.amazon.com/s/tc?caseId={A_CASE}&amp;r=no&amp;t={hexr(32)}" style="color:#fff;text-decoration:none">NO</a></td>
</tr></table>
<p>If your issue wasn&#39;t resolved, reply to this e-mail within 14 days and your case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>
"""
tr, mf = aws_gmail(A_USER, dt)
write('011-resolved-was-issue-resolved.eml', 'survey', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_FORM, A_USER, f"[CASE {A_CASE}] How did we do?", dt, ses_id(dt)) + ses_extra(dt),
      body=textpart(html, 'html', cte='quoted-printable'),
      case_id=A_CASE, new_text=html_strip(html), sender_verified=True)

# ---------------------------------------------------------------- 012 A credly_badge_issued
dt = A_DONE_DT + timedelta(hours=19, minutes=40)
lines = ["Hi Priya,",
         "Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Cloud Practitioner</b>.",
         "Accept it to add it to your Credly profile, share it on LinkedIn and let employers verify your achievement in one click."]
html = credly_html('You earned a badge', lines, 'Accept your badge', f"https://www.credly.com/earner/earned/badge/{uuid.UUID(int=rnd.getrandbits(128))}?utm_source=earned_badge_email")
plain = ("Hi Priya,\n\nAmazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud Practitioner.\n\n"
         "Accept your badge:\nhttps://www.credly.com/earner/earned/badge/" + str(uuid.UUID(int=rnd.getrandbits(128))) + "\n\nCredly, 13625 Technology Drive, Eden Prairie, MN 55344\n")
tr = credly_trace(A_USER, dt)
write('012-credly-cloud-practitioner-issued.eml', 'credly_badge_issued', trace=tr,
      headers=credly_dkim(dt) + std_headers('"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', A_USER,
                                           "Priya, you've earned a new badge from Amazon Web Services Training and Certification", dt,
                                           f"<{b64r(16).replace('/','').replace('+','')[:22]}@geopod-ismtpd-{rnd.randint(1,40)}>"),
      body=alt(textpart(plain, cte='7bit', charset='us-ascii'), textpart(html, 'html', cte='quoted-printable')),
      case_id=None, new_text=plain, sender_verified=True)

# ---------------------------------------------------------------- 013 A support_reply (Credly follow-up after completion)
udt = dt + timedelta(days=3, hours=2)
user = """Hi Arjun,

Thanks, the certifications all show up now. But on Credly I only got the Cloud Practitioner badge again - my two Associate badges are still on the Credly account under my old work email, and I can't log in there anymore. Can you move them?

Priya"""
dt = udt + timedelta(hours=20, minutes=5)
new = f"""Hello Priya,

Thanks for flagging this.

Credly keeps its own accounts, separate from your certification profile, so badges issued before the change stay where they were. I've raised a request with the Credly team to bring the badges on the Credly account registered to p.raman@oldcorp-solutions.in over to the one registered to priya.raman.dev@gmail.com, which is linked to AWS04418237.

Credly will contact you directly; please allow up to 5 business days. I'll keep this case open until you let me know the badges have arrived.

Thanks and regards,
Arjun M.
AWS Training and Certification
"""
q = f"""
-----Original Message-----
From: Priya Raman <{A_USER}>
Sent: {rfcdate(udt, 5.5)}
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:{A_SUBJ}

{user}
"""
tr, mf = aws_gmail(A_USER, dt)
write('013-badges-left-on-old-credly-raised.eml', 'support_reply', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_FORM, A_USER, 'RE:' + A_SUBJ, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + q + FORM_FOOT), textpart(to_html(new, q), 'html')),
      case_id=A_CASE, new_text=new, sender_verified=True)

def console_html(text, case):
    body = esc(text).replace('\n', '<br>\n')
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Arial,sans-serif;font-size:13px">
{body}
<br><a href="https://console.aws.amazon.com/support/home#/case/?displayId={case}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={case}&amp;language=en</a>
</div></body></html>
"""

def aws_outlook(to, dt):
    ip = rnd.choice(SES_IPS)
    return outlook_trace(to, dt, 'amazonses.com', ip, ses_host(ip), 'amazon.com')

B_RE = f"RE:[CASE {B_CASE}] {B_SUBJ}"

# ---------------------------------------------------------------- 014 B support_reply (hurried: which stays + login emails)
dt = B_OPEN + timedelta(hours=26, minutes=31)
new = """Hello,

Hi Tomasz - quick q before I can do anything with this: which one stays, AWS02239184 or aws07781230? The other one gets folded into it and closed.

Also need the login email for each of the two. Pls answer in the Support Center, not to this email (it bounces).

thx
"""
write('014-hurried-which-one-stays.eml', 'support_reply', trace=aws_outlook(B_USER, dt),
      headers=aws_dkim(dt) + std_headers(AWS_CONSOLE, B_USER, B_RE, dt, ses_id(dt)) + ses_extra(dt),
      body=textpart(new + console_foot(B_CASE, agent='Kevin'), cte='quoted-printable'),
      case_id=B_CASE, new_text=new, sender_verified=True, crlf=True)

# ---------------------------------------------------------------- 015 B merge_confirmation_requested (hurried)
dt = B_OPEN + timedelta(days=2, hours=3, minutes=2)
new = """Hello,

thx Tomasz. so the plan:

AWS02239184 -> AWS07781230

0778 is the one you keep, 0223 goes away after. can't be undone once it's run.

ok to go? just say yes on the case and i'll kick it off.
"""
write('015-hurried-plan-ok-to-go.eml', 'merge_confirmation_requested', trace=aws_outlook(B_USER, dt),
      headers=aws_dkim(dt) + std_headers(AWS_CONSOLE, B_USER, B_RE, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + console_foot(B_CASE, agent='Kevin'), cte='7bit', charset='us-ascii'), textpart(console_html(new + console_foot(B_CASE, agent='Kevin'), B_CASE), 'html')),
      case_id=B_CASE, new_text=new, sender_verified=True, crlf=True)

# ---------------------------------------------------------------- 016 B merge_completed (hurried, html only)
dt = B_OPEN + timedelta(days=3, hours=20, minutes=48)
new = """Hello,

that's gone through. Sign in with t.wojcik@outlook.com and you'll see all 3 certs sitting on AWS07781230. AWS02239184 doesn't exist anymore, don't try to log in with it.

shout if anything's missing
"""
write('016-hurried-gone-through-html.eml', 'merge_completed', trace=aws_outlook(B_USER, dt),
      headers=aws_dkim(dt) + std_headers(AWS_CONSOLE, B_USER, B_RE, dt, ses_id(dt)) + ses_extra(dt),
      body=textpart(console_html(new + console_foot(B_CASE, agent='Kevin'), B_CASE), 'html', cte='quoted-printable'),
      case_id=B_CASE, new_text=new, sender_verified=True)

# ---------------------------------------------------------------- 017 B survey (rating request, html only)
dt = B_OPEN + timedelta(days=4, hours=1, minutes=2)
stars = ''.join(f'<a href="https://console.aws.amazon.com/support/feedback?displayId={B_CASE}&amp;rating={i}" style="font-size:24px;color:#ff9900;text-decoration:none">&#9733;</a>' for i in range(1, 6))
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<h2 style="font-weight:normal">Tell us about your support experience</h2>
<p>Your support case <b>{B_CASE}</b> ({esc(B_SUBJ)}) was resolved on {dt.strftime('%B %d, %Y')}.</p>
<p>How would you rate the support you received?</p>
<p>{stars}</p>
<p>Your answers go straight to the team that handled your case and help us improve.</p>
<p>If you still need help, you can reopen the case from the <a href="https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}">AWS Support Center</a>.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. This message was sent from a notification-only address.</p>
</body></html>
"""
write('017-rate-support-experience-stars.eml', 'survey', trace=aws_outlook(B_USER, dt),
      headers=aws_dkim(dt) + std_headers(AWS_CONSOLE, B_USER, f"How was your experience with AWS Support? Case {B_CASE}", dt, ses_id(dt)) + ses_extra(dt),
      body=textpart(html, 'html', cte='base64'),
      case_id=B_CASE, new_text=html_strip(html), sender_verified=True)

# ---------------------------------------------------------------- thread C (Japanese)
C_SUBJ = f"RE:[CASE {C_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
def aws_nifty(dt):
    ip = rnd.choice(SES_IPS); mf = ses_bounce(dt)
    return nifty_trace(C_USER, dt, mf, ip, ses_host(ip), 'amazon.com')

# 018 C support_reply (ja, which to keep + login addresses)
dt = C_OPEN + timedelta(hours=20, minutes=41)
new = """佐藤 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
担当の山田でございます。

お送りいただいた情報をもとに確認いたしましたところ、佐藤様のお名前で以下の 2 つの受験者アカウントが登録されておりました。

・AWS01992731
・AWS05566120

お手続きを進めるにあたり、恐れ入りますが、以下の 2 点についてご教示いただけますでしょうか。

1. 今後ご利用になるアカウント（残すアカウント）はどちらでしょうか。
2. それぞれのアカウントにサインインする際のメールアドレスをお知らせください。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

山田
AWS トレーニングと認定
"""
C_Q1 = new; C_Q1_DT = dt
write('018-ja-which-account-remains.eml', 'support_reply', trace=aws_nifty(dt),
      headers=aws_dkim(dt) + std_headers(AWS_FORM, C_USER, C_SUBJ, dt, ses_id(dt), tz=9) + ses_extra(dt),
      body=textpart(new, charset='iso-2022-jp', cte='7bit'),
      case_id=C_CASE, new_text=new, sender_verified=True, lang='ja')

# 019 C merge_confirmation_requested (ja, Shift_JIS label, cp932 bytes)
udt = C_Q1_DT + timedelta(hours=13, minutes=5)
ud = udt.astimezone(timezone(timedelta(hours=9)))
user = """山田様

ご連絡ありがとうございます。
残したいのは AWS05566120 の方です。
サインイン用のメールアドレスは、AWS05566120 が k-sato.0415@nifty.com、AWS01992731 が kenji.sato@tokyo-systems.co.jp（前職）です。

よろしくお願いいたします。
佐藤"""
youbi = '月火水木金土日'[ud.weekday()]
q1d = C_Q1_DT.astimezone(timezone(timedelta(hours=9)))
dt = udt + timedelta(hours=5, minutes=12)
new = """佐藤 健二 様

ご返信いただき、誠にありがとうございます。

いただいた内容をもとに、下記のとおりお手続きを行う予定でございます。

① 統合元（お手続き後に閉鎖されるアカウント）: AWS01992731
② 統合先（今後ご利用いただくアカウント）: AWS05566120

お手続き後は、AWS01992731 に紐づく認定資格および受験履歴はすべて AWS05566120 に移行され、元の状態に戻すことはできませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールへその旨ご返信くださいますようお願い申し上げます。ご返信を確認次第、お手続きを進めさせていただきます。

山田
AWS トレーニングと認定
"""
q = f"""
-----Original Message-----
From: 佐藤 健二 <{C_USER}>
Sent: {ud.strftime('%Y/%m/%d %H:%M')}
Subject: {C_SUBJ}

{user}

{q1d.year}年{q1d.month}月{q1d.day}日({'月火水木金土日'[q1d.weekday()]}) {q1d.hour}:{q1d.minute:02d} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{quote_gt(C_Q1.strip())}
"""
write('019-ja-sjis-procedure-outline-reply-please.eml', 'merge_confirmation_requested', trace=aws_nifty(dt),
      headers=aws_dkim(dt) + std_headers(AWS_FORM, C_USER, C_SUBJ, dt, ses_id(dt), tz=9) + ses_extra(dt),
      body=textpart(new + q, charset='cp932', label='Shift_JIS', cte='8bit'),
      case_id=C_CASE, new_text=new, sender_verified=True, lang='ja')
C_MCR_DT = dt

# 020 C merge_completed (ja, UTF-8 base64, encoded subject)
dt = C_MCR_DT + timedelta(days=1, hours=22, minutes=30)
new = """佐藤 健二 様

お待たせいたしました。

AWS01992731 に登録されていた認定資格および受験履歴を、AWS05566120 へ移行する作業が完了いたしました。
今後は AWS05566120（ご登録メールアドレス: k-sato.0415@nifty.com）でサインインしてください。旧アカウントはご利用いただけなくなりましたので、ご注意ください。

Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届く予定です。

その他ご不明な点がございましたら、本メールにご返信ください。
今後ともよろしくお願い申し上げます。

山田
AWS トレーニングと認定
"""
write('020-ja-utf8-transfer-finished.eml', 'merge_completed', trace=aws_nifty(dt),
      headers=aws_dkim(dt) + std_headers(AWS_FORM, C_USER, subj_hdr('RE:[CASE ' + C_CASE + '] お手続き完了のお知らせ（AWS トレーニングと認定）', 'utf-8'), dt, ses_id(dt), tz=9) + ses_extra(dt),
      body=alt(textpart(new, cte='base64'), textpart(to_html(new), 'html', cte='base64')),
      case_id=C_CASE, new_text=new, sender_verified=True, lang='ja')
C_DONE_DT = dt

# 021 C credly_badge_issued (moved after merge; English; nifty AR)
dt = C_DONE_DT + timedelta(days=2, hours=4, minutes=11)
lines = ["Hello Kenji,",
         "Following an update to your AWS Certification record, Amazon Web Services Training and Certification has re-issued the following badge to this email address:",
         "<b>AWS Certified SysOps Administrator &ndash; Associate</b>",
         "Your badge is ready. Accept it to display it on your Credly profile and share it with your network."]
html = credly_html('Your badge is ready', lines, 'Accept Badge', f"https://www.credly.com/earner/earned/badge/{uuid.UUID(int=rnd.getrandbits(128))}")
write('021-credly-reissued-after-record-update.eml', 'credly_badge_issued', trace=credly_trace(C_USER, dt, 'nifty'),
      headers=credly_dkim(dt) + std_headers('"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', C_USER,
                                           "Your badge from Amazon Web Services Training and Certification is ready to accept", dt,
                                           f"<{hexr(8)}-{hexr(4)}-{hexr(4)}@credly.com>"),
      body=textpart(html, 'html', cte='quoted-printable'),
      case_id=None, new_text=html_strip(html), sender_verified=True)

# ================================================================ thread D (2019, corporate gateway, no Authentication-Results)
D_SUBJ = f"RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance"
D_SIG = """Maria Oyelaran
Senior Cloud Consultant | Brightwave Consulting Ltd
T: +44 20 7946 0321 | M: +44 7700 900412
www.brightwave-consulting.com

This e-mail and any attachments are confidential and intended solely for the addressee."""

# 022 D support_reply (reason + notification e-mails + which to retain)
dt = D_OPEN + timedelta(days=1, hours=2, minutes=37)
new = """Dear Maria,

Thank you for contacting AWS Training and Certification.

So that we can look into your request regarding candidate IDs AWS03340981 and AWS08812004, please reply with the following:

- the e-mail address you use to sign in to each account;
- the notification e-mail address shown on each account, if different;
- the reason you hold two accounts (for example, a change of employer); and
- which of the two accounts you would like to retain.

Once we have these details we will be able to advise on next steps.

Kind regards,
Siobhan
AWS Training and Certification
"""
D_Q1 = new; D_Q1_DT = dt
write('022-formal-four-details-needed.eml', 'support_reply', trace=corp_trace(D_USER, dt),
      headers=aws_dkim(dt) + std_headers(AWS_FORM, '"Oyelaran, Maria" <' + D_USER + '>', D_SUBJ, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + FORM_FOOT, cte='quoted-printable'), textpart(to_html(new + FORM_FOOT), 'html')),
      case_id=D_CASE, new_text=new, sender_verified=None)

# 023 D merge_confirmation_requested (formal, Outlook-style quoted history)
udt = D_Q1_DT + timedelta(hours=5, minutes=9)
user = f"""Hi Siobhan,

Thanks for getting back to me. Details below:

AWS03340981 - sign-in m.oyelaran@brightwave-consulting.com, notifications to the same address.
AWS08812004 - sign-in maria.oyelaran@northgate-it.co.uk (previous employer, mailbox no longer exists), notifications to the same.

I created the second one by mistake when my former employer booked an exam for me. I'd like to keep AWS03340981.

Best regards,
{D_SIG}"""
dt = udt + timedelta(hours=19, minutes=51)
new = """Dear Maria,

Thank you for the information provided.

On the basis of the details you have supplied, we propose to proceed as follows: the certification and examination history currently associated with candidate ID AWS08812004 will be transferred to candidate ID AWS03340981, which will remain your active record. Candidate ID AWS08812004 will thereafter be closed and will no longer be accessible. Please note that this cannot be reversed.

We would be grateful if you would reply to this message indicating your agreement, whereupon we will action the request.

Kind regards,
Siobhan
AWS Training and Certification
"""
q = f"""
From: Oyelaran, Maria <{D_USER}>
Sent: {udt.strftime('%A, %B %d, %Y %I:%M %p').replace(' 0', ' ')}
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance

{user}

From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: {D_Q1_DT.strftime('%A, %B %d, %Y %I:%M %p').replace(' 0', ' ')}
To: Oyelaran, Maria <{D_USER}>
Subject: RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance

{D_Q1.strip()}
"""
write('023-formal-proposal-indicate-agreement.eml', 'merge_confirmation_requested', trace=corp_trace(D_USER, dt),
      headers=aws_dkim(dt) + std_headers(AWS_FORM, '"Oyelaran, Maria" <' + D_USER + '>', D_SUBJ, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + q, cte='quoted-printable'), textpart(to_html(new, q), 'html')),
      case_id=D_CASE, new_text=new, sender_verified=None)
D_MCR = new; D_MCR_DT = dt

# 024 D merge_completed (records consolidated)
udt = D_MCR_DT + timedelta(hours=2, minutes=14)
dt = udt + timedelta(days=1, hours=3, minutes=3)
new = """Dear Maria,

Further to your reply, we are pleased to let you know that your certification records have now been consolidated. Your active candidate ID is AWS03340981, and all certifications previously held under your other candidate ID now appear on it. Please sign in with m.oyelaran@brightwave-consulting.com.

If you notice anything missing, please reply to this e-mail within 14 days.

Kind regards,
Siobhan
AWS Training and Certification
"""
q = f"""
-----Original Message-----
From: Oyelaran, Maria [mailto:{D_USER}]
Sent: {udt.strftime('%d %B %Y %H:%M')}
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance

Hi Siobhan, yes, that is correct - please go ahead.

Thanks,
{D_SIG}

-----Original Message-----
From: Amazon Web Services [mailto:aws-cs-trainingcertification-form@amazon.com]
Sent: {D_MCR_DT.strftime('%d %B %Y %H:%M')}
To: Oyelaran, Maria
Subject: RE:[CASE {D_CASE}] [AWS Training and Certification Form Submission] - account-assistance

{D_MCR.strip()}
"""
write('024-records-now-consolidated.eml', 'merge_completed', trace=corp_trace(D_USER, dt),
      headers=aws_dkim(dt) + std_headers(AWS_FORM, '"Oyelaran, Maria" <' + D_USER + '>', D_SUBJ, dt, ses_id(dt)) + ses_extra(dt),
      body=textpart(new + q + FORM_FOOT, cte='quoted-printable'),
      case_id=D_CASE, new_text=new, sender_verified=None)
D_DONE_DT = dt

# 025 D credly_badge_issued (2019, Acclaim sender, no AR)
dt = D_DONE_DT + timedelta(days=2, hours=6, minutes=20)
lines = ["Maria,",
         "Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer &ndash; Associate</b> badge.",
         "Accept your badge to start sharing your achievement. Acclaim makes it easy to show off your verified skills on LinkedIn, in your e-mail signature and on your resume."]
html = credly_html('New badge', lines, 'Accept your badge', f"https://www.youracclaim.com/earner/earned/badge/{uuid.UUID(int=rnd.getrandbits(128))}").replace('Credly, 13625 Technology Drive', 'Acclaim, a Credly service, 13625 Technology Drive').replace('alt="Credly"', 'alt="Acclaim"')
plain = html_strip(html)
write('025-acclaim-badge-issued-2019-no-auth.eml', 'credly_badge_issued', trace=corp_trace(D_USER, dt, helo='o7.email.youracclaim.com', ip='167.89.12.44'),
      headers=[('DKIM-Signature', dkim_sig('youracclaim.com', 's1', dt, 'from:subject:to:mime-version:content-type'))]
              + std_headers('"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', D_USER,
                            'Amazon Web Services Training and Certification has issued you a badge', dt,
                            f"<5d0{hexr(21)}_{rnd.randint(1000,9999)}@acclaim-production-app{rnd.randint(1,9)}.mail>"),
      body=textpart(html, 'html', cte='quoted-printable'),
      case_id=None, new_text=plain, sender_verified=None)

# ================================================================ thread E (console, gmail, lawyerly)
E_RE = f"RE:[CASE {E_CASE}] {E_SUBJ}"
EL = 'Eleanor W.'

# 026 E support_reply (formal request for login e-mails)
dt = E_OPEN + timedelta(hours=23, minutes=12)
new = """Dear Mr. Achterberg,

Thank you for your correspondence regarding the above-referenced matter.

Before any action may be taken in respect of the candidate profiles identified in your request, we are required to satisfy ourselves that each profile is held by the same individual. Accordingly, we should be grateful if you would furnish the following:

(a) the e-mail address presently used to sign in to each of candidate ID AWS06657112 and candidate ID AWS02200458;
(b) your full name as it appears on each profile, should it differ between them; and
(c) the approximate date of the most recent examination taken under candidate ID AWS02200458.

Please be advised that no change will be made to either profile pending receipt of the foregoing. Kindly provide the requested information by way of reply in the AWS Support Center.
"""
tr, mf = aws_gmail(E_USER, dt)
write('026-formal-furnish-sign-in-addresses.eml', 'support_reply', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_CONSOLE, E_USER, E_RE, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + console_foot(E_CASE, agent=EL)), textpart(console_html(new + console_foot(E_CASE, agent=EL), E_CASE), 'html')),
      case_id=E_CASE, new_text=new, sender_verified=True)

# 027 E merge_confirmation_requested (formal, terms, no usual words)
dt = E_OPEN + timedelta(days=2, hours=20, minutes=4)
new = """Dear Mr. Achterberg,

We refer to your correspondence of 3 June 2025 and thank you for the information supplied, which has now been reviewed.

Subject to your express written authorisation, we propose to effect the following:

1. All certifications, examination records and associated entitlements presently held under candidate ID AWS02200458 (the "Secondary Profile") shall be transferred to candidate ID AWS06657112 (the "Primary Profile");
2. Upon such transfer, the Secondary Profile shall be permanently deactivated; and
3. The Primary Profile shall thereafter constitute your sole AWS Certification profile.

You are advised that the foregoing is irreversible and that Amazon Web Services will be unable to restore the Secondary Profile once the transfer has been effected.

Should you wish us to proceed on the terms set out above, we ask that you so indicate by way of reply in the AWS Support Center. Absent such indication, no action will be taken.
"""
tr, mf = aws_gmail(E_USER, dt)
write('027-formal-terms-subject-to-authorisation.eml', 'merge_confirmation_requested', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_CONSOLE, E_USER, E_RE, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + console_foot(E_CASE, agent=EL)), textpart(console_html(new + console_foot(E_CASE, agent=EL), E_CASE), 'html')),
      case_id=E_CASE, new_text=new, sender_verified=True)
E_MCR_DT = dt

# 028 E support_reply ("New correspondence added" notice)
dt = E_MCR_DT + timedelta(days=1, hours=18, minutes=30)
new = f"""Hello,

A new correspondence has been added to your AWS Support case {E_CASE}.

Case subject: {E_SUBJ}

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={E_CASE}&language=en

Thank you for using AWS Support.

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
tr, mf = aws_gmail(E_USER, dt)
write('028-new-correspondence-notice.eml', 'support_reply', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_CONSOLE, E_USER, f"[Case {E_CASE}] New correspondence added", dt, ses_id(dt)) + ses_extra(dt),
      body=textpart(new, cte='7bit', charset='us-ascii'),
      case_id=E_CASE, new_text=new, sender_verified=True)

# 029 E merge_completed (formal: transfer effected)
dt = dt + timedelta(seconds=2)
new = """Dear Mr. Achterberg,

We write further to your authorisation received on 5 June 2025.

We are pleased to advise that the transfer described in our earlier correspondence has been effected in full. All certifications and examination records formerly associated with candidate ID AWS02200458 are now held under candidate ID AWS06657112, and the former profile has been deactivated accordingly.

For the avoidance of doubt, any entitlements attaching to your certifications, including the examination discount benefit, are available through candidate ID AWS06657112 only. Digital badges previously issued through Credly will be reissued to the e-mail address associated with that profile; no further action is required on your part in this regard.
"""
tr, mf = aws_gmail(E_USER, dt)
write('029-formal-transfer-effected-in-full.eml', 'merge_completed', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_CONSOLE, E_USER, E_RE, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + console_foot(E_CASE, agent=EL), cte='base64'), textpart(console_html(new + console_foot(E_CASE, agent=EL), E_CASE), 'html', cte='base64')),
      case_id=E_CASE, new_text=new, sender_verified=True)
E_DONE_DT = dt

# 030 E survey (formal closure notice + questionnaire)
dt = E_DONE_DT + timedelta(days=3, minutes=5)
new = f"""Dear Customer,

Notice of case resolution

Case ID: {E_CASE}
Subject: {E_SUBJ}
Status: Resolved

The above case has been resolved and is now closed. No further correspondence has been received on this case since our last reply. Should you consider that the matter has not been resolved to your satisfaction, you may reopen the case from the AWS Support Center within 14 days of this notice.

We would welcome your assessment of the service provided. A short questionnaire (approximately two minutes) is available here:
https://amazonsurveys.aws.amazon.com/s/support?displayId={E_CASE}&ref={hexr(24)}

Amazon Web Services
"""
tr, mf = aws_gmail(E_USER, dt)
write('030-formal-notice-of-resolution.eml', 'survey', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_CONSOLE, E_USER, f"Your AWS Support case {E_CASE} has been resolved", dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new), textpart(to_html(new), 'html')),
      case_id=E_CASE, new_text=new, sender_verified=True)

# 031 E credly_badge_issued (badges moved after consolidation)
dt = E_DONE_DT + timedelta(days=1, hours=2, minutes=44)
lines = ["Hi Daniel,",
         "Your AWS Certification profiles were recently combined, so Amazon Web Services Training and Certification has transferred the following badges to the Credly account for this e-mail address:",
         "&bull; AWS Certified Security &ndash; Specialty<br/>&bull; AWS Certified Solutions Architect &ndash; Professional",
         "They're waiting for you. Accept them to show them on your profile again."]
html = credly_html('Badges transferred', lines, 'Accept your badges', f"https://www.credly.com/earner/earned?utm_campaign=transfer&t={hexr(32)}")
plain = html_strip(html)
write('031-credly-badges-transferred.eml', 'credly_badge_issued', trace=credly_trace(E_USER, dt),
      headers=credly_dkim(dt) + std_headers('"Credly" <admin@credly.com>', E_USER,
                                           '2 badges from Amazon Web Services Training and Certification are waiting for you', dt,
                                           f"<{b64r(16).replace('/','').replace('+','')[:22]}@geopod-ismtpd-{rnd.randint(1,40)}>"),
      body=alt(textpart(plain, cte='7bit', charset='us-ascii'), textpart(html, 'html', cte='quoted-printable')),
      case_id=None, new_text=plain, sender_verified=True)

# ================================================================ thread F (yahoo, three profiles)
def aws_yahoo(dt):
    ip = rnd.choice(SES_IPS); mf = ses_bounce(dt)
    return yahoo_trace(F_USER, dt, mf, ip, ses_host(ip), 'amazon.com')
F_RE = 'RE:' + F_SUBJ
MO = "Mohammed R.\nAWS Training and Certification Customer Support"

# 032 F merge_confirmation_requested ("absorbed", "matches your expectations")
dt = F_OPEN + timedelta(days=1, hours=1, minutes=26)
new = f"""Dear Aisha,

Thank you for your patience.

Following our review, this is what we are able to do for you:

Account that stays: AWS01148826 (aisha_khan88@yahoo.com)
To be absorbed into it: AWS07120036 and AWS07120391

Once processed, you will only be able to sign in with AWS01148826; the other two will no longer be accessible, and this cannot be reversed afterwards.

Could you please respond with a short "yes" if this matches your expectations? We will not make any changes until we hear back from you.

Best regards,
{MO}
"""
write('032-three-profiles-absorbed-reply-yes.eml', 'merge_confirmation_requested', trace=aws_yahoo(dt),
      headers=aws_dkim(dt) + std_headers(AWS_FORM, F_USER, F_RE, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + FORM_FOOT), textpart(to_html(new + FORM_FOOT), 'html')),
      case_id=F_CASE, new_text=new, sender_verified=True)
F_MCR = new; F_MCR_DT = dt

# 033 F support_reply (status update; charset label wrong: iso-8859-1 on UTF-8 bytes; yahoo "> >" nesting)
udt = F_MCR_DT + timedelta(hours=3, minutes=44)
ud = udt.astimezone(timezone(timedelta(hours=-4)))
md = F_MCR_DT.astimezone(timezone(timedelta(hours=-4)))
user = f"""Yes, that's right. Thank you!

Aisha

Sent from Yahoo Mail for iPhone

On {md.strftime('%A, %B %d, %Y, %I:%M %p').replace(' 0', ' ')}, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

{quote_gt(F_MCR.strip())}"""
dt = udt + timedelta(days=2, hours=1, minutes=10)
new = f"""Hi Aisha,

Just a quick update — our specialist team has your request and is working through it. Because three profiles are involved, this one’s taking a little longer than usual; please allow another 3–5 business days.

There’s nothing you need to do right now. We’ll write again as soon as there’s news.

Best regards,
{MO}
"""
q = f"""
-----Original Message-----
From: Aisha Khan <{F_USER}>
Sent: {ud.strftime('%m/%d/%Y %I:%M %p')}
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: {F_RE}

{quote_gt(user)}
"""
write('033-status-update-taking-longer-wrong-charset.eml', 'support_reply', trace=aws_yahoo(dt),
      headers=aws_dkim(dt) + std_headers(AWS_FORM, F_USER, F_RE, dt, ses_id(dt)) + ses_extra(dt),
      body=textpart(new + q + FORM_FOOT, charset='utf-8', label='iso-8859-1', cte='8bit'),
      case_id=F_CASE, new_text=new, sender_verified=True)
F_UPD_DT = dt

# 034 F merge_completed (+ Credly note) -- "actioned", "folded into"
dt = F_UPD_DT + timedelta(days=2, hours=22, minutes=15)
new = f"""Dear Aisha,

Your request has been actioned. AWS07120036 and AWS07120391 have been folded into AWS01148826, which is now your only certification profile. All three certifications and your exam history appear there.

Credly badges issued to the two retired profiles will be reissued to aisha_khan88@yahoo.com over the next few days; you will receive an e-mail from Credly for each one.

Best regards,
{MO}
"""
write('034-actioned-folded-into-credly-to-follow.eml', 'merge_completed', trace=aws_yahoo(dt),
      headers=aws_dkim(dt) + std_headers(AWS_FORM, F_USER, F_RE, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + FORM_FOOT, cte='base64'), textpart(to_html(new + FORM_FOOT), 'html', cte='base64')),
      case_id=F_CASE, new_text=new, sender_verified=True)
F_DONE_DT = dt

# 035 F survey (automated closure that restates the outcome + rating)
dt = F_DONE_DT + timedelta(hours=2, minutes=1)
new = f"""Hello Aisha,

We've closed case {F_CASE}.

Resolution summary: candidate profiles combined; surviving candidate ID AWS01148826.

How satisfied were you with the help you received? Pick a number from 1 (not at all) to 5 (very):
1 https://amazonsurveys.aws.amazon.com/s/tc?c={F_CASE}&s=1
2 https://amazonsurveys.aws.amazon.com/s/tc?c={F_CASE}&s=2
3 https://amazonsurveys.aws.amazon.com/s/tc?c={F_CASE}&s=3
4 https://amazonsurveys.aws.amazon.com/s/tc?c={F_CASE}&s=4
5 https://amazonsurveys.aws.amazon.com/s/tc?c={F_CASE}&s=5

Still need help with this? Reply within 14 days and the case will be reopened automatically.

AWS Training and Certification
"""
write('035-closed-summary-plus-1-to-5-rating.eml', 'survey', trace=aws_yahoo(dt),
      headers=aws_dkim(dt) + std_headers(AWS_FORM, F_USER, f"[CASE {F_CASE}] Case closed - tell us how we did", dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + FORM_FOOT), textpart(to_html(new + FORM_FOOT), 'html')),
      case_id=F_CASE, new_text=new, sender_verified=True)

# ================================================================ thread G (gmail, hurried agent)
G_RE = 'RE:' + G_SUBJ
JO = "Jo\nAWS T&C Support"

# 036 G merge_confirmation_requested (plus a side question about the name)
dt = G_OPEN + timedelta(hours=21, minutes=5)
new = f"""Hi Lucas,

Found both. Plan is: AWS09900312 rolls into AWS05081177 (the one on this gmail). 0990... gets shut after that. Not reversible.

Also - name on AWS09900312 is "Lucas F. Souza", on the other one it's "Lucas Ferreira". Which spelling do you want on the one that stays? It has to match your ID for future exams.

Reply with ok + the name and I'll get it moving.

{JO}
"""
tr, mf = aws_gmail(G_USER, dt)
write('036-hurried-rolls-into-plus-name-question.eml', 'merge_confirmation_requested', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_FORM, G_USER, G_RE, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new), textpart(to_html(new), 'html')),
      case_id=G_CASE, new_text=new, sender_verified=True)
G_MCR = new; G_MCR_DT = dt

# 037 G support_reply ("once the merge is complete we will ...")
gm = G_MCR_DT.astimezone(timezone(timedelta(hours=-3)))
udt = G_MCR_DT + timedelta(hours=2, minutes=33)
user = f"""ok! Please use "Lucas Ferreira Souza" (full name as in my passport).

Obrigado,
Lucas

On {gm.strftime('%a, %b %d, %Y at %I:%M %p').replace(' 0', ' ')} Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
{quote_gt(G_MCR.strip())}"""
dt = udt + timedelta(hours=1, minutes=12)
new = f"""Hi Lucas,

thanks, got it - name will be Lucas Ferreira Souza.

Once the merge is complete we'll send you a note and your Credly badges get reissued. Nothing for you to do till then.

{JO}
"""
q = "\n" + quote_gt(user) + "\n"
tr, mf = aws_gmail(G_USER, dt)
write('037-hurried-got-it-note-when-complete.eml', 'support_reply', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_FORM, G_USER, G_RE, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + q), textpart(to_html(new, q), 'html')),
      case_id=G_CASE, new_text=new, sender_verified=True)
G_ACK_DT = dt

# 038 G merge_completed (never says merge)
dt = G_ACK_DT + timedelta(days=1, hours=4, minutes=47)
new = f"""Lucas - you're sorted.

One profile now: AWS05081177, name Lucas Ferreira Souza, all 4 certs on it. Old ID is dead, don't use it.

{JO}
"""
tr, mf = aws_gmail(G_USER, dt)
write('038-hurried-youre-sorted-one-profile.eml', 'merge_completed', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_FORM, G_USER, G_RE, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new, cte='7bit', charset='us-ascii'), textpart(to_html(new), 'html', cte='7bit', charset='us-ascii')),
      case_id=G_CASE, new_text=new, sender_verified=True)
G_DONE_DT = dt

# 039 G survey (hurried closure + one-question survey)
dt = G_DONE_DT + timedelta(days=1, minutes=9)
new = f"""Hi Lucas,

closing this one out since everything's in place on your side. If something crops up just reply within 14 days and it reopens.

Would appreciate it if you took the 1-question survey:
Was your issue resolved?
YES -> https://amazonsurveys.aws.amazon.com/s/tc?caseId={G_CASE}&a=1
NO  -> https://amazonsurveys.aws.amazon.com/s/tc?caseId={G_CASE}&a=0

{JO}
"""
tr, mf = aws_gmail(G_USER, dt)
write('039-hurried-closing-out-one-question.eml', 'survey', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_FORM, G_USER, G_RE, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new), textpart(to_html(new), 'html')),
      case_id=G_CASE, new_text=new, sender_verified=True)

# 040 G credly_badge_issued (ready to claim)
dt = G_DONE_DT + timedelta(days=1, hours=9, minutes=2)
lines = ["Lucas Ferreira Souza,",
         "Your badge is ready to claim: <b>AWS Certified Data Engineer &ndash; Associate</b>, issued by Amazon Web Services Training and Certification.",
         "Claim it now to verify your skills and share them with employers."]
html = credly_html('Claim your badge', lines, 'Claim badge', f"https://www.credly.com/earner/earned/badge/{uuid.UUID(int=rnd.getrandbits(128))}")
write('040-credly-ready-to-claim.eml', 'credly_badge_issued', trace=credly_trace(G_USER, dt),
      headers=credly_dkim(dt) + std_headers('"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', G_USER,
                                           subj_hdr('Lucas, claim your AWS Certified Data Engineer – Associate badge'), dt,
                                           f"<{b64r(16).replace('/','').replace('+','')[:22]}@geopod-ismtpd-{rnd.randint(1,40)}>"),
      body=textpart(html, 'html', cte='base64'),
      case_id=None, new_text=html_strip(html), sender_verified=True)

# ================================================================ thread H (fastmail, duplicate cases)
def aws_fm(dt):
    ip = rnd.choice(SES_IPS); mf = ses_bounce(dt)
    return fastmail_trace(H_USER, dt, mf, ip, ses_host(ip), 'amazon.com')
H_RE2 = f"RE:[CASE {H_CASE2}] [AWS Training and Certification Form Submission] - account-assistance"
SAM = "Samira\nAWS Training and Certification"

# 041 H survey (first case closed as duplicate, with rating link)
dt = H_OPEN2 + timedelta(days=1, hours=1, minutes=8)
new = f"""Hello,

Case {H_CASE1} has been closed.

Reason: this request is being handled under case {H_CASE2}. Please continue the conversation there.

How did we do on this case? Rate us: https://amazonsurveys.aws.amazon.com/s/tc?caseId={H_CASE1}

AWS Training and Certification
"""
write('041-first-case-closed-duplicate-rate-us.eml', 'survey', trace=aws_fm(dt),
      headers=aws_dkim(dt) + std_headers(AWS_FORM, H_USER, f"[CASE {H_CASE1}] Your case has been closed", dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + FORM_FOOT), textpart(to_html(new + FORM_FOOT), 'html')),
      case_id=H_CASE1, new_text=new, sender_verified=True)

# 042 H support_reply (cases merged, which account to keep)
dt = H_OPEN2 + timedelta(days=1, hours=1, minutes=2)
new = f"""Hi Fabienne,

I'm sorry your first request ({H_CASE1}) never got an answer - it was submitted without a notification address, so our replies had nowhere to go. I've merged that case into this one so everything is in one place; please use this case from now on.

To move forward I need two things from you:
1. Which of AWS04471920 and AWS08830155 you want to keep.
2. The e-mail address you sign in with on each.

{SAM}
"""
write('042-cases-merged-which-to-keep.eml', 'support_reply', trace=aws_fm(dt),
      headers=aws_dkim(dt) + std_headers(AWS_FORM, H_USER, H_RE2, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + FORM_FOOT), textpart(to_html(new + FORM_FOOT), 'html')),
      case_id=H_CASE2, new_text=new, sender_verified=True)
H_Q_DT = dt; H_Q = new

# 043 H merge_confirmation_requested ("if you give the word")
udt = H_Q_DT + timedelta(hours=9, minutes=30)
user = """Hi Samira,

Thanks! Keep AWS08830155 please (sign-in fab.morel@fastmail.com). The other one, AWS04471920, was on f.morel@lycee-voltaire.fr which I no longer have.

Fabienne"""
dt = udt + timedelta(hours=14, minutes=2)
new = f"""Hi Fabienne,

Thanks. Here is what happens if you give the word:

- AWS04471920 is retired, and everything on it (exams, certifications, benefits) moves to AWS08830155.
- AWS08830155 becomes your one and only profile.
- There is no way back once it's done.

A one-line reply saying "go ahead" is all I need.

{SAM}
"""
hd = udt.astimezone(timezone(timedelta(hours=1)))
qd = H_Q_DT.astimezone(timezone(timedelta(hours=1)))
q = f"""
On {hd.strftime('%a, %d %b %Y, at %H:%M')}, Fabienne Morel wrote:
{quote_gt(user)}
>
> On {qd.strftime('%a, %d %b %Y, at %H:%M')}, Amazon Web Services wrote:
{quote_gt(H_Q.strip(), 2)}
"""
write('043-give-the-word-one-line-reply.eml', 'merge_confirmation_requested', trace=aws_fm(dt),
      headers=aws_dkim(dt) + std_headers(AWS_FORM, H_USER, H_RE2, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + q, cte='quoted-printable'), textpart(to_html(new, q), 'html')),
      case_id=H_CASE2, new_text=new, sender_verified=True)
H_MCR_DT = dt

# 044 H merge_completed (done + resolving the case + survey mention)
dt = H_MCR_DT + timedelta(days=1, hours=6, minutes=40)
new = f"""Hi Fabienne,

This is done: AWS08830155 now carries your full certification history and AWS04471920 has been closed. Your 50% discount voucher from the Solutions Architect exam is still valid and shows under Benefits.

As there's nothing else outstanding I'm resolving the case. You'll get a short survey shortly - I'd be grateful for your feedback.

{SAM}
"""
write('044-done-and-resolving-case.eml', 'merge_completed', trace=aws_fm(dt),
      headers=aws_dkim(dt) + std_headers(AWS_FORM, H_USER, H_RE2, dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + FORM_FOOT), textpart(to_html(new + FORM_FOOT), 'html')),
      case_id=H_CASE2, new_text=new, sender_verified=True)

# ================================================================ phishing and look-alikes
def generic_dkim(d, dt, s='default'):
    return [('DKIM-Signature', dkim_sig(d, s, dt, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'))]

# 045 merge_confirmation_requested, look-alike domain with its own passing DMARC
dt = utc(2025, 3, 14, 2, 51, 40)
dom = 'aws-certification-center.com'
new = """Dear Candidate,

Our records show two certification profiles associated with your name:

  Profile 1: AWS04418237
  Profile 2: AWS09127765

As part of our profile clean-up programme, Profile 2 will be consolidated into Profile 1, which will remain active. Before we proceed, you must approve this change and verify your identity by signing in through our secure portal within 48 hours:

https://portal.aws-certification-center.com/approve?ref=CX-20931

If you do not respond, both profiles may be suspended and your certifications will no longer be verifiable.

AWS Training & Certification Team
"""
ip = '193.42.33.' + str(rnd.randint(2, 250))
tr = gmail_trace(A_USER, dt, f"bounce@mail.{dom}", ip, f"mail.{dom}", dom, dkim=((dom, 'pass'),), dmarc='pass', policy='NONE')
write('045-lookalike-domain-approve-consolidation.eml', 'merge_confirmation_requested', trace=tr,
      headers=generic_dkim(dom, dt) + std_headers(f'"AWS Training & Certification" <no-reply@{dom}>', A_USER,
                                                'Action required: approve your certification profile consolidation', dt, f"<{uuid.UUID(int=rnd.getrandbits(128))}@{dom}>"),
      body=alt(textpart(new, cte='quoted-printable'), textpart(to_html(new), 'html')),
      case_id=None, new_text=new, sender_verified=False)

# 046 merge_confirmation_requested, spoofed amazon.com, dmarc=fail on top, forged pass header below
dt = utc(2025, 6, 17, 1, 24, 16)
fake_case = '175012345600981'
new = f"""Dear Customer,

We are ready to merge candidate ID AWS02200458 into candidate ID AWS06657112. The profile AWS06657112 will be kept and AWS02200458 will be closed.

To confirm this request, click the secure link below and sign in with your AWS Certification username and password:

https://aws-certification.secure-caseportal.com/confirm?case={fake_case}

Requests that are not confirmed within 24 hours will be cancelled.

Best regards,
AWS Training and Certification
"""
ip = '45.155.204.' + str(rnd.randint(2, 250))
tr = gmail_trace(E_USER, dt, 'postmaster@vps-4471.hostgrid.net', ip, 'vps-4471.hostgrid.net', 'amazon.com', dkim=(), spf='softfail', dmarc='fail')
# gmail with no dkim result line: patch 'dkim=none'
tr = [(k, v.replace('mx.google.com;\n       ;', 'mx.google.com;\n       dkim=none;')) for k, v in tr]
forged = [('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'),
          ('X-Mailer', 'Microsoft Outlook 16.0')]
write('046-spoofed-amazon-dmarc-fail-forged-ar.eml', 'merge_confirmation_requested', trace=tr,
      headers=forged + std_headers(AWS_FORM, E_USER, f"RE:[CASE {fake_case}] [AWS Training and Certification Form Submission] - account-assistance", dt,
                                   f"<{hexr(16)}@vps-4471.hostgrid.net>"),
      body=textpart(to_html(new), 'html', cte='base64'),
      case_id=fake_case, new_text=new, sender_verified=False)

# 047 merge_completed, look-alike domain, Outlook compauth fail
dt = utc(2022, 9, 21, 15, 2, 9)
dom = 'amazon-certification-notice.net'
new = """Hello,

Your account merge has been completed. The certifications from AWS-02239184 are now combined into AWS-07781230.

To restore your exam benefits (including the 50% discount voucher) on the combined account, please re-enter your billing details within 72 hours:

https://benefits.amazon-certification-notice.net/restore

AWS Certification Support
"""
ip = '91.215.85.' + str(rnd.randint(2, 250))
tr = outlook_trace(B_USER, dt, dom, ip, f'mx.{dom}', dom, dkim_d=dom, dkim='none', dmarc='none', compauth='fail reason=451')
tr = [(k, v.replace('dkim=none (signature did not verify)\n header.d=' + dom, 'dkim=none (message not signed)\n header.d=none')) for k, v in tr]
write('047-lookalike-merge-done-restore-benefits.eml', 'merge_completed', trace=tr,
      headers=std_headers(f'"AWS Certification" <support@{dom}>', B_USER, 'Your account merge is complete - action needed to keep your benefits', dt,
                          f"<{hexr(12)}.{hexr(8)}@{dom}>"),
      body=alt(textpart(new), textpart(to_html(new), 'html')),
      case_id=None, new_text=new, sender_verified=False)

# 048 credly_badge_issued phishing (merge-related), look-alike Credly domain
dt = utc(2025, 9, 27, 11, 15, 50)
dom = 'credly-notifications.com'
lines = ["Hi Lucas,",
         "Following your recent AWS Certification account merge, your badges have been transferred to this email address and are ready to accept:",
         "<b>AWS Certified Solutions Architect &ndash; Associate</b><br/><b>AWS Certified Cloud Practitioner</b>",
         "Unaccepted badges are removed after 7 days."]
html = credly_html('Accept your badges', lines, 'Accept your badges', 'https://credly-notifications.com/accept?uid=58210')
tr = gmail_trace(G_USER, dt, f"bounce@{dom}", '194.87.71.' + str(rnd.randint(2, 250)), f"smtp.{dom}", dom, dkim=((dom, 'pass'),), dmarc='pass', policy='NONE')
write('048-fake-credly-transferred-badges.eml', 'credly_badge_issued', trace=tr,
      headers=generic_dkim(dom, dt) + std_headers(f'"Credly" <admin@{dom}>', G_USER, 'Your transferred badges are waiting - accept within 7 days', dt,
                                                f"<{uuid.UUID(int=rnd.getrandbits(128))}@{dom}>"),
      body=textpart(html, 'html', cte='quoted-printable'),
      case_id=None, new_text=html_strip(html), sender_verified=False)

# 049 support_reply phishing: asks for passwords to "continue the merge request"
dt = utc(2025, 1, 17, 8, 40, 12)
dom = 'aws-verify-team.com'
new = """Hello Fabienne,

To continue processing your merge request we must verify that you own both accounts. Please reply to this message with:

1. The password for each certification account
2. The 6-digit security code we just sent to your phone

Your request is on hold until we receive this information.

AWS Account Verification Team
"""
ip = '185.100.87.' + str(rnd.randint(2, 250))
tr = fastmail_trace(H_USER, dt, f"mailer@{dom}", ip, f"mail.{dom}", dom, dkim_d=dom, dmarc='pass')
write('049-lookalike-asks-passwords-for-merge.eml', 'support_reply', trace=tr,
      headers=generic_dkim(dom, dt) + std_headers(f'"AWS Training and Certification" <aws-cs-trainingcertification-form@{dom}>', H_USER,
                                                'Re: your account-assistance request - verification needed', dt, f"<{hexr(20)}@{dom}>"),
      body=textpart(new, cte='7bit', charset='us-ascii'),
      case_id=None, new_text=new, sender_verified=False)

# 050 unrelated phishing (recertification fee, not about the merge), dmarc fail spoofing amazon.com
dt = utc(2024, 9, 3, 6, 12, 33)
new = """Dear AWS Certified Professional,

Our records indicate that the recertification fee for your certification is overdue. To avoid revocation of your certification and removal of your digital badge, settle the outstanding amount of USD 75.00 within 3 days:

https://aws-recert-payments.com/pay?id=77120

AWS Certification Program
"""
ip = '103.151.22.' + str(rnd.randint(2, 250))
tr = yahoo_trace(F_USER, dt, 'info@aws-recert-payments.com', ip, 'mail.aws-recert-payments.com', 'amazon.com', dkim_d='aws-recert-payments.com', dkim='pass', spf='pass', dmarc='fail')
write('050-phish-recert-fee-overdue.eml', 'unrelated', trace=tr,
      headers=generic_dkim('aws-recert-payments.com', dt) + std_headers('"AWS Certification" <certification@amazon.com>', F_USER, 'URGENT: Recertification fee overdue - certification will be revoked', dt,
                                                                       f"<{hexr(20)}@aws-recert-payments.com>"),
      body=alt(textpart(new), textpart(to_html(new), 'html')),
      case_id=None, new_text=new, sender_verified=False)

# ================================================================ unrelated
# 051 Credly expiry reminder (genuine Credly, not a badge issue)
dt = utc(2025, 8, 4, 15, 30, 2)
lines = ["Hi Priya,",
         "Your <b>AWS Certified Developer &ndash; Associate</b> badge from Amazon Web Services Training and Certification expires on November 2, 2025.",
         "To keep your badge, complete the recertification requirements set by the issuer before it expires. Once it expires it will remain on your profile marked as expired."]
html = credly_html('Badge expiring', lines, 'View badge', f"https://www.credly.com/badges/{uuid.UUID(int=rnd.getrandbits(128))}")
write('051-credly-badge-expires-in-90-days.eml', 'unrelated', trace=credly_trace(A_USER, dt),
      headers=credly_dkim(dt) + std_headers('"Credly" <admin@credly.com>', A_USER, 'Your AWS Certified Developer - Associate badge expires in 90 days', dt,
                                           f"<{b64r(16).replace('/','').replace('+','')[:22]}@geopod-ismtpd-{rnd.randint(1,40)}>"),
      body=textpart(html, 'html', cte='quoted-printable'),
      case_id=None, new_text=html_strip(html), sender_verified=True)

# 052 Credly self-service account merge code
dt = utc(2025, 6, 9, 18, 2, 47)
code = '483 917'
lines = ["Hi Daniel,",
         "We received a request to merge another Credly account into the account for this email address. Enter this code to verify you own this email address:",
         f"<span style=\"font-size:28px;letter-spacing:4px\"><b>{code}</b></span>",
         "The code expires in 30 minutes. Or click below to finish. If you didn't request this, you can ignore this email."]
html = credly_html('Account merge', lines, 'Complete Account Merge', f"https://www.credly.com/users/merge/confirm?token={hexr(40)}")
write('052-credly-self-service-merge-code.eml', 'unrelated', trace=credly_trace(E_USER, dt),
      headers=credly_dkim(dt) + std_headers('"Credly" <admin@credly.com>', E_USER, 'Your Credly account merge code', dt,
                                           f"<{b64r(16).replace('/','').replace('+','')[:22]}@geopod-ismtpd-{rnd.randint(1,40)}>"),
      body=textpart(html, 'html', cte='base64'),
      case_id=None, new_text=html_strip(html), sender_verified=True)

# 053 CertMetrics "wants to hear from you" (authentic, but not AWS/Credly); includes candidate id in its own text
dt = utc(2024, 9, 10, 13, 0, 5)
new = """Dear Aisha Khan,

AWS Certification wants to hear from you!

As an AWS Certified individual, your opinion matters. Please take 10 minutes to tell us about your certification experience and how it has affected your career.

Candidate ID: AWS01148826

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?sid=9f1c2e7a

Thank you,
AWS Certification

This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this message.
"""
dom = 'certmetrics.com'
ip = '168.245.' + str(rnd.randint(1, 250)) + '.' + str(rnd.randint(2, 250))
tr = yahoo_trace(F_USER, dt, 'bounces+8812@em.certmetrics.com', ip, 'o1.em.certmetrics.com', dom, dkim_d=dom)
write('053-certmetrics-wants-to-hear-from-you.eml', 'unrelated', trace=tr,
      headers=generic_dkim(dom, dt, 's1') + std_headers('"AWS Certification" <do-not-reply@certmetrics.com>', F_USER, 'AWS Certification wants to hear from you', dt,
                                                      f"<{hexr(22)}@ismtpd0{rnd.randint(1,9)}p1mdw1.sendgrid.net>"),
      body=alt(textpart(new), textpart(to_html(new), 'html')),
      case_id=None, new_text=new, sender_verified=False)

# 054 Pearson VUE appointment confirmation
dt = utc(2025, 10, 2, 20, 44, 31)
new = """Dear Lucas Ferreira Souza,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Tuesday, October 21, 2025, 9:00 AM America/Sao_Paulo
Delivery: OnVUE online proctored
Registration ID: 498217733
AWS Candidate ID: AWS05081177
Order Number: 0071-5582-1930

Please run the system test on the computer you will use on exam day. You may check in 30 minutes before your appointment.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
dom = 'pearson.com'
ip = '159.182.' + str(rnd.randint(1, 250)) + '.' + str(rnd.randint(2, 250))
tr = gmail_trace(G_USER, dt, 'bounce@pearson.com', ip, 'mailout.pearsonvue.com', dom, dkim=((dom, 'pass'),), policy='REJECT')
write('054-pearson-vue-appointment-confirmed.eml', 'unrelated', trace=tr,
      headers=generic_dkim(dom, dt, 'pvue') + std_headers('"Pearson VUE" <pearsonvueconfirmation@pearson.com>', G_USER, 'Pearson VUE Confirmation of Booking', dt,
                                                        f"<{rnd.randint(10**9,10**10)}.{rnd.randint(1000,9999)}.JavaMail.vue@pvuemail{rnd.randint(1,4)}>"),
      body=alt(textpart(new, cte='7bit', charset='us-ascii'), textpart(to_html(new), 'html')),
      case_id=None, new_text=new, sender_verified=False)

# 055 AWS Builder ID verification code (no Authentication-Results: corporate gateway)
dt = utc(2024, 2, 12, 9, 18, 40)
new = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign up process. We want to make sure it's really you. Please enter the following verification code when prompted. If you don't want to create an AWS Builder ID, you can ignore this message.

Verification code
604 218

(This code expires 10 minutes after it was sent.)

Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or banking account number.
"""
write('055-builder-id-verification-code.eml', 'unrelated', trace=corp_trace(D_USER, dt, helo='a9-44.smtp-out.amazonses.com', ip='54.240.9.44'),
      headers=[('DKIM-Signature', dkim_sig('signin.aws', 'ctcnb5fw6yfbvnuwcnqjbx4k2z2k5w6i', dt))] + aws_dkim(dt)[1:]
              + std_headers('"AWS Builder ID" <no-reply@signin.aws>', D_USER, 'Verify your AWS Builder ID email address', dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new), textpart(to_html(new), 'html')),
      case_id=None, new_text=new, sender_verified=None)

# 056 Amazon Seller Central case, same subject style, "merged" listings
dt = utc(2025, 10, 14, 16, 7, 21)
new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the two detail pages you reported (ASIN B0CK7TQ2LM and ASIN B0CK7V91RS) and confirmed they describe the same product. The duplicate pages have now been merged into ASIN B0CK7TQ2LM, and your offer has been moved to that page. It may take up to 24 hours for the change to appear on the website.

If you have additional questions about this case, reply through Seller Central > Help > Case Log.

We value your feedback. Please rate my response using one of the links below.
Were you satisfied with the help you received? https://sellercentral.amazon.com/cu/case-dashboard/survey?caseID=5884881212

Thanks,
Marisol
Amazon Selling Partner Support
"""
tr, mf = aws_gmail(G_USER, dt)
write('056-seller-central-case-listings-merged.eml', 'unrelated', trace=tr,
      headers=aws_dkim(dt) + std_headers('"Amazon Selling Partner Support" <seller-support-noreply@amazon.com>', G_USER, 'RE:[CASE 5884881212] Duplicate detail pages for my product', dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new), textpart(to_html(new), 'html')),
      case_id='5884881212', new_text=new, sender_verified=True)

# 057 AWS billing/Organizations case: accounts brought under consolidated billing (look-alike completion)
B2_OPEN = utc(2025, 7, 1, 7, 55, 30)
B2_CASE = case15(B2_OPEN, 3371)
dt = B2_OPEN + timedelta(days=1, hours=3, minutes=18)
new = """Hello Daniel,

Thank you for your patience.

I can confirm that the member account 4821-7730-5196 has now been moved into your organization. From the next billing period its charges will appear on the consolidated bill of your management account 9077-1243-6680, and any remaining credits have been transferred along with it.

Invoices issued to the member account before the move stay available in that account's Billing console.

Is there anything else I can help you with on this case? If not, you may mark it resolved.
"""
tr, mf = aws_gmail(E_USER, dt)
write('057-billing-case-member-account-consolidated.eml', 'unrelated', trace=tr,
      headers=aws_dkim(dt) + std_headers(AWS_CONSOLE, E_USER, f"RE:[CASE {B2_CASE}] Move account into organization - consolidated billing", dt, ses_id(dt)) + ses_extra(dt),
      body=alt(textpart(new + console_foot(B2_CASE, agent='Rahul')), textpart(console_html(new + console_foot(B2_CASE, agent='Rahul'), B2_CASE), 'html')),
      case_id=B2_CASE, new_text=new, sender_verified=True)

# 058 Service quota increase case (console, 11-digit, outlook)
Q_CASE = '12893344101'
dt = utc(2023, 3, 8, 22, 14, 5)
new = """Hello,

Thank you for contacting AWS Support.

We have approved and processed your request for the following quota increase:

Service: EC2 Instances
Region: eu-central-1
Quota name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New quota value: 256 vCPUs

It can take up to 30 minutes for the new quota to take effect. You can review your quotas in the Service Quotas console.
"""
write('058-quota-increase-approved.eml', 'unrelated', trace=aws_outlook(B_USER, dt),
      headers=aws_dkim(dt) + std_headers(AWS_CONSOLE, B_USER, f"RE:[CASE {Q_CASE}] Quota Increase: EC2 Instances", dt, ses_id(dt)) + ses_extra(dt),
      body=textpart(new + console_foot(Q_CASE, agent='Ines'), cte='quoted-printable'),
      case_id=Q_CASE, new_text=new, sender_verified=True)

# 059 GitHub pull request merged
dt = utc(2025, 3, 18, 10, 2, 55)
new = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/acme-cloud/infra-modules/pull/412#event-16722190443
You are receiving this because you were mentioned.

Message ID: <acme-cloud/infra-modules/pull/412/issue_event/16722190443@github.com>
"""
dom = 'github.com'
ip = '192.30.252.' + str(rnd.randint(190, 210))
tr = gmail_trace(A_USER, dt, f"noreply@{dom}", ip, f"out-{rnd.randint(10,30)}.smtp.github.com", dom, dkim=((dom, 'pass'),), policy='REJECT')
write('059-github-pr-merged-account-baseline.eml', 'unrelated', trace=tr,
      headers=generic_dkim(dom, dt, 'pf2023') + std_headers(formataddr(('Tomás Ruiz', 'notifications@github.com'), charset='utf-8'), 'acme-cloud/infra-modules <infra-modules@noreply.github.com>',
                                                          'Re: [acme-cloud/infra-modules] Merge account baseline into main (PR #412)', dt,
                                                          '<acme-cloud/infra-modules/pull/412/issue_event/16722190443@github.com>',
                                                          extra=[('Cc', 'Priya Raman <priya.raman.dev@gmail.com>, Mention <mention@noreply.github.com>'),
                                                                 ('In-Reply-To', '<acme-cloud/infra-modules/pull/412@github.com>'),
                                                                 ('References', '<acme-cloud/infra-modules/pull/412@github.com>'),
                                                                 ('List-ID', 'acme-cloud/infra-modules <infra-modules.acme-cloud.github.com>'),
                                                                 ('X-GitHub-Reason', 'mention')]),
      body=alt(textpart(new), textpart(to_html(new), 'html')),
      case_id=None, new_text=new, sender_verified=False)

# 060 AWS Training & Certification newsletter (genuine amazon.com, unrelated)
dt = utc(2025, 5, 20, 17, 0, 12)
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;background:#eaeded"><table width="640" align="center" style="background:#fff;font-family:Arial,sans-serif;color:#232f3e">
<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:22px">What's new in AWS Training and Certification</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">
<p>Hi Priya,</p>
<p><b>Prepare for AWS Certified AI Practitioner.</b> Our new exam prep plan in AWS Skill Builder combines practice questions, flashcards and an official pretest.</p>
<p><b>Two certification profiles?</b> Keep your achievements in one place - learn how to manage your AWS Certification account in our FAQ.</p>
<p><b>Save 50% on your next exam.</b> Certified? Find your voucher under Benefits in your AWS Certification account.</p>
<p><a href="https://aws.amazon.com/training/?trk=nl_may25" style="color:#0073bb">Explore training</a></p>
</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#687078">You are receiving this email because you subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a><br>Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109</td></tr>
</table></body></html>
"""
tr, mf = aws_gmail(A_USER, dt)
write('060-newsletter-training-and-certification.eml', 'unrelated', trace=tr,
      headers=aws_dkim(dt) + std_headers('"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>', A_USER,
                                        subj_hdr("What’s new: AI Practitioner exam prep, Skill Builder updates and your 50% exam benefit"), dt, ses_id(dt),
                                        extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>')]) + ses_extra(dt),
      body=textpart(html, 'html', cte='quoted-printable'),
      case_id=None, new_text=html_strip(html), sender_verified=True)
