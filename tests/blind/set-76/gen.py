#!/usr/bin/env python3
"""Generate blind test set 76: awkward mail structure around AWS Certification account merges."""
import os, re, json, random, base64, quopri, io, uuid, hashlib
import datetime as dt
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.generator import BytesGenerator
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(7676)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
LABELS = {}
ID_RE = re.compile(r'(?<![A-Za-z0-9])AWS[ \-]?(\d{8})(?!\d)', re.I)

def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)

def case15(t):
    return f"{int(t.timestamp())}{R.randint(0, 99999):05d}"

def pac(t):
    # Google/Yahoo Received stamps in Pacific time
    dst = dt.datetime(t.year, 3, 9, tzinfo=UTC) <= t < dt.datetime(t.year, 11, 2, tzinfo=UTC)
    off = -7 if dst else -8
    z = t.astimezone(dt.timezone(dt.timedelta(hours=off)))
    return format_datetime(z) + (' (PDT)' if dst else ' (PST)')

def rfc(t, tz=UTC):
    return format_datetime(t.astimezone(tz))

def b64r(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()

def hexr(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def fold_b(s, first=60, width=72):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(s[:width]); s = s[width:]
    return '\n\t '.join(out)

def dkim(d, sel, t, h='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID', i=None):
    v = f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={d}; t={int(t.timestamp())};\n\th={h};\n\tbh={b64r(32)};\n\tb=" + fold_b(b64r(192))
    return v

SES_SEL = 'rjtqtcmkrymbaxcqfgejfemgtpetcxte'
SES_AMZ_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'

def ses_mid(t):
    ms = int(t.timestamp() * 1000)
    return f"<0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128))}-000000@email.amazonses.com>"

def ses_mailfrom(t):
    ms = int(t.timestamp() * 1000)
    return f"0100{ms:012x}-{uuid.UUID(int=R.getrandbits(128))}-000000@email.amazonses.com"

def ses_ip():
    return f"54.240.{R.choice([8, 9, 48])}.{R.randint(10, 250)}"

def gmid():
    return '<CA' + ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-') for _ in range(44)) + '@mail.gmail.com>'

# ---------------------------------------------------------------- receivers

def ar_text(authserv, style, dkims, spf, mailfrom, ip, dmarc, hfrom, policy):
    if style == 'gmail':
        lines = [f"{authserv};"]
        for (d, sel, res) in dkims:
            lines.append(f"dkim={res} header.i=@{d} header.s={sel} header.b={b64r(6)[:8]};")
        dom = mailfrom.split('@')[-1]
        if spf == 'pass':
            lines.append(f"spf=pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) smtp.mailfrom={mailfrom};")
        else:
            lines.append(f"spf={spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) smtp.mailfrom={mailfrom};")
        lines.append(f"dmarc={dmarc} ({policy}) header.from={hfrom}")
        return '\n       '.join(lines)
    if style == 'outlook':
        d0 = dkims[0] if dkims else (hfrom, '', 'none')
        dk = f"dkim={d0[2]} (signature was verified) header.d={d0[0]}" if d0[2] == 'pass' else f"dkim={d0[2]} (signature did not verify) header.d={d0[0]}" if d0[2] == 'fail' else "dkim=none (message not signed) header.d=none"
        mfd = mailfrom.split('@')[-1]
        act = 'none' if dmarc == 'pass' else 'quarantine' if dmarc == 'fail' else 'none'
        comp = 'pass reason=100' if dmarc == 'pass' else 'fail reason=000' if dmarc == 'fail' else 'softpass reason=201'
        return f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mfd}; {dk};dmarc={dmarc}\n action={act} header.from={hfrom};compauth={comp}"
    if style == 'yahoo':
        parts = [f"{authserv};"]
        for (d, sel, res) in dkims:
            parts.append(f"dkim={res} header.i=@{d} header.s={sel};")
        parts.append(f"spf={spf} smtp.mailfrom={mailfrom.split('@')[-1]};")
        parts.append(f"dmarc={dmarc}({policy}) header.from={hfrom};")
        return '\n '.join(parts)
    if style == 'jp':
        parts = [f"{authserv};", f"spf={spf} smtp.mailfrom={mailfrom};"]
        for (d, sel, res) in dkims:
            parts.append(f"dkim={res} header.d={d} header.s={sel};")
        parts.append(f"dmarc={dmarc} ({policy}) header.from={hfrom}")
        return '\n\t'.join(parts)
    raise ValueError(style)

def recv_gmail(to, t, host, ip, mailfrom, dkims, dmarc, hfrom, policy='p=QUARANTINE sp=QUARANTINE dis=NONE', spf='pass', forged=None):
    gid = hexr(4) + hexr(8)
    h = []
    h.append(('Delivered-To', to))
    h.append(('Received', f"by 2002:a05:{hexr(4)}:{hexr(3)}:b0:{hexr(3)}:{hexr(4)}:{hexr(4)} with SMTP id {R.choice('abcdefghijklmnopqrstuvwxyz')}{R.randint(10,99)}csp{R.randint(100000,9999999)}{R.choice('ab')};\n        {pac(t + dt.timedelta(seconds=2))}"))
    h.append(('X-Google-Smtp-Source', b64r(45)[:60]))
    h.append(('X-Received', f"by 2002:a05:6214:{hexr(4)}:b0:{hexr(3)}:{hexr(3)}:{hexr(4)} with SMTP id {hexr(6)}-{hexr(4)}.{R.randint(10,99)}.{int(t.timestamp())};\n        {pac(t + dt.timedelta(seconds=2))}"))
    artext = ar_text('mx.google.com', 'gmail', dkims, spf, mailfrom, ip, dmarc, hfrom, policy)
    h.append(('ARC-Seal', f"i=1; a=rsa-sha256; t={int(t.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b=" + fold_b(b64r(180), 50, 64).replace('\n\t ', '\n         ')))
    h.append(('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={b64r(32)};\n        fh={b64r(24)}=;\n        b=" + fold_b(b64r(180), 50, 64).replace('\n\t ', '\n         ')))
    h.append(('ARC-Authentication-Results', 'i=1; ' + artext))
    h.append(('Return-Path', f"<{mailfrom}>"))
    h.append(('Received', f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id {hexr(6)}-{hexr(4)}.{R.randint(100,999)}.{t.year}.{t.month}.{R.randint(1,28)}.{R.randint(100000,999999)}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {pac(t + dt.timedelta(seconds=1))}"))
    if spf == 'pass':
        h.append(('Received-SPF', f"pass (google.com: domain of {mailfrom} designates {ip} as permitted sender) client-ip={ip};"))
    else:
        h.append(('Received-SPF', f"{spf} (google.com: domain of {mailfrom} does not designate {ip} as permitted sender) client-ip={ip};"))
    h.append(('Authentication-Results', artext))
    if forged:
        h.append(('Authentication-Results', forged))
    return h

def recv_outlook(to, t, host, ip, mailfrom, dkims, dmarc, hfrom, spf='pass', corp=None):
    srv = corp or 'outlook.com'
    a = R.choice(['SA1P223MB', 'PH7P223MB', 'DM6P223MB', 'TYCP286MB', 'OS3P286MB'])
    n1 = f"{a}{R.randint(1000,9999)}.NAMP223.PROD.OUTLOOK.COM" if 'P223' in a else f"{a}{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM"
    fe = f"{R.choice(['CY4PEPF','BN2PEPF','DS3PEPF','OSZPEPF'])}0000{hexr(4).upper()}.{R.choice(['namprd04','namprd05','jpnprd01'])}.prod.outlook.com"
    eop = f"{R.choice(['BN9PR03CA','MN2PR05CA','TYWP286CA'])}{R.randint(1000,9999)}.{R.choice(['namprd03','namprd05','jpnprd01'])}.prod.outlook.com"
    ver = f"15.20.{R.randint(8500,9300)}.{R.randint(10,40)}"
    h = []
    h.append(('Received', f"from {n1.split('.')[0]}.{n1.split('.',1)[1]} (::1) by\n {n1} with HTTPS; {rfc(t + dt.timedelta(seconds=3))}"))
    h.append(('Received', f"from {eop.upper()} (2603:10b6:{hexr(3)}:{hexr(2)}::{hexr(2)}) by\n {n1} (2603:10b6:{hexr(3)}:{hexr(3)}::{hexr(2)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver};\n {rfc(t + dt.timedelta(seconds=3))}"))
    h.append(('Received', f"from {fe.upper()}\n (2603:10b6:{hexr(3)}:{hexr(2)}:cafe::{hexr(2)}) by {eop.upper()}\n (2603:10b6:{hexr(3)}:{hexr(2)}::{hexr(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {rfc(t + dt.timedelta(seconds=2))}"))
    h.append(('Authentication-Results', ar_text('', 'outlook', dkims, spf, mailfrom, ip, dmarc, hfrom, '')))
    h.append(('Received-SPF', (f"Pass (protection.outlook.com: domain of {mailfrom.split('@')[-1]} designates\n {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={host}; pr=C" if spf == 'pass' else f"{spf.capitalize()} (protection.outlook.com: domain of {mailfrom.split('@')[-1]} does not\n designate {ip} as permitted sender) receiver=protection.outlook.com;\n client-ip={ip}; helo={host};")))
    h.append(('Received', f"from {host} ({ip}) by\n {fe.upper()} (10.167.{R.randint(200,250)}.{R.randint(2,250)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {rfc(t + dt.timedelta(seconds=1))}"))
    return h

def recv_yahoo(to, t, host, ip, mailfrom, dkims, dmarc, hfrom, policy='p=QUARANTINE', spf='pass'):
    h = []
    h.append(('Received', f"from {R.randint(10,30)}.{R.randint(1,250)}.{R.randint(1,250)}.{R.randint(1,250)} by atlas{R.randint(100,400)}.free.mail.bf1.yahoo.com with HTTP; {rfc(t + dt.timedelta(seconds=2))}"))
    h.append(('Received', f"from {ip} (EHLO {host})\n by 10.217.{R.randint(100,200)}.{R.randint(1,250)} with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n {rfc(t + dt.timedelta(seconds=1))}"))
    h.append(('X-Originating-Ip', f"[{ip}]"))
    h.append(('Authentication-Results', ar_text(f"atlas-production.v2-mail-prod1-bf1.omega.yahoo.com", 'yahoo', dkims, spf, mailfrom, ip, dmarc, hfrom, policy)))
    h.append(('X-Apparently-To', f"{to}; {rfc(t + dt.timedelta(seconds=1))}"))
    h.append(('Return-Path', f"<{mailfrom}>"))
    return h

def recv_jp(to, t, mx, host, ip, mailfrom, dkims, dmarc, hfrom, policy='p=quarantine dis=none', spf='pass'):
    qid = ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(11))
    h = []
    h.append(('Return-Path', f"<{mailfrom}>"))
    h.append(('Delivered-To', to))
    h.append(('Received', f"from {mx} (localhost [127.0.0.1])\n\tby mbox{R.randint(1,9)}.{mx.split('.',1)[1]} (Postfix) with ESMTP id {qid}\n\tfor <{to}>; {rfc(t + dt.timedelta(seconds=2), JST)}"))
    h.append(('Authentication-Results', ar_text(mx, 'jp', dkims, spf, mailfrom, ip, dmarc, hfrom, policy)))
    h.append(('Received', f"from {host} ({host} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id 4{qid[:9]}\n\tfor <{to}>; {rfc(t + dt.timedelta(seconds=1), JST)}"))
    return h

def recv_exchange_export(to, t, host, ip):
    # corporate Exchange mailbox exported without any Authentication-Results
    h = []
    h.append(('Received', f"from EXMBX{R.randint(1,4):02d}.corp.moreau-lab.fr (10.20.{R.randint(1,9)}.{R.randint(2,60)}) by\n EXMBX{R.randint(1,4):02d}.corp.moreau-lab.fr (10.20.{R.randint(1,9)}.{R.randint(2,60)}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14;\n {rfc(t + dt.timedelta(seconds=4), dt.timezone(dt.timedelta(hours=2)))}"))
    h.append(('Received', f"from mail-gw2.moreau-lab.fr (192.168.40.12) by EXMBX02.corp.moreau-lab.fr\n (10.20.3.22) with Microsoft SMTP Server id 15.2.1544.14 via Frontend\n Transport; {rfc(t + dt.timedelta(seconds=3), dt.timezone(dt.timedelta(hours=2)))}"))
    h.append(('Received', f"from {host} ({host} [{ip}])\n\tby mail-gw2.moreau-lab.fr with ESMTPS id 4bX{hexr(5)}\n\tfor <{to}>; {rfc(t + dt.timedelta(seconds=2), dt.timezone(dt.timedelta(hours=2)))}"))
    return h

# ---------------------------------------------------------------- senders

def aws_send(t, mailfrom=None):
    mf = mailfrom or ses_mailfrom(t)
    ip = ses_ip()
    host = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
    dk = [('amazon.com', SES_SEL, 'pass'), ('amazonses.com', SES_AMZ_SEL, 'pass')]
    sig = [('DKIM-Signature', dkim('amazon.com', SES_SEL, t)), ('DKIM-Signature', dkim('amazonses.com', SES_AMZ_SEL, t, h='Subject:From:To:Date:Mime-Version:Content-Type:Message-ID:Feedback-ID'))]
    trail = [('Feedback-ID', f"::1.us-east-1.{b64r(33)[:43]}=:AmazonSES"), ('X-SES-Outgoing', f"{t.strftime('%Y.%m.%d')}-{ip}")]
    return dict(mf=mf, ip=ip, host=host, dk=dk, sig=sig, trail=trail)

def credly_send(t, to):
    ip = f"149.72.{R.randint(100,250)}.{R.randint(2,250)}"
    host = f"o{R.randint(1,9)}.ptr{R.randint(1000,9999)}.em.credly.com"
    mf = f"bounces+{R.randint(1000000,9999999)}-{hexr(4)}-{to.replace('@','=')}@em.credly.com"
    dk = [('credly.com', 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')]
    sig = [('DKIM-Signature', dkim('credly.com', 's1', t, h='content-type:from:mime-version:subject:to:cc:content-type:from:subject:to'))]
    trail = [('X-SG-EID', b64r(60)[:80]), ('X-Entity-ID', b64r(16)[:22])]
    return dict(mf=mf, ip=ip, host=host, dk=dk, sig=sig, trail=trail)

def generic_send(t, domain, ip, host, sel='selector1', mf=None):
    mf = mf or f"bounce-{hexr(8)}@{domain}"
    dk = [(domain, sel, 'pass')]
    sig = [('DKIM-Signature', dkim(domain, sel, t))]
    return dict(mf=mf, ip=ip, host=host, dk=dk, sig=sig, trail=[])

# ---------------------------------------------------------------- bodies

CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'us-ascii': 'ascii',
         'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}

def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None, fmt=None):
    raw = text.encode(codec or CODEC[charset.lower()])
    p = MIMENonMultipart('text', subtype)
    del p['MIME-Version']
    p.set_param('charset', label or charset)
    if fmt:
        p.set_param('format', fmt)
    if cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p

def alt(*parts, boundary=None):
    m = MIMEMultipart('alternative', boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m

def ses_boundary(t):
    return f"----=_Part_{R.randint(1000000,9999999)}_{R.randint(10000000,99999999)}.{int(t.timestamp()*1000)}"

def gm_boundary():
    return '0000000000' + hexr(16)

def ol_boundary():
    return '_000_' + ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(40)) + '_'

def html_doc(inner, charset='utf-8', lang='en'):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n</head>\n<body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px;">\n{inner}\n</body>\n</html>\n')

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def p_html(text):
    """plain paragraphs -> html paragraphs"""
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + esc(para).replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)

def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.rstrip('\n').split('\n')) + '\n'

def hsubj(s, charset='utf-8', maxlen=None):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset).encode(linesep='\n', maxlinelen=maxlen or 76)

# ---------------------------------------------------------------- assembly

SLUGS = set()

def emit(num, slug, *, kind, lang, case_id, sv, body, recv, send_sig, top, trail=(), new_text, expect_ids=None):
    fn = f"{num:03d}-{slug}.eml"
    assert re.fullmatch(r'\d{3}-[a-z0-9\-]+\.eml', fn), fn
    assert fn not in SLUGS
    SLUGS.add(fn)
    content = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for k, v in list(recv) + list(send_sig) + list(top):
        if v is None:
            continue
        body[k] = v
    body['MIME-Version'] = '1.0'
    for k, v in content:
        if k.lower() == 'mime-version':
            continue
        body[k] = v
    for k, v in trail:
        body[k] = v
    ids = sorted({'AWS' + m.group(1) for m in ID_RE.finditer(new_text)})
    if expect_ids is not None:
        assert sorted(expect_ids) == ids, (fn, ids, expect_ids)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(buf.getvalue())
    LABELS[fn] = {'kind': kind, 'case_id': case_id, 'account_ids': ids, 'sender_verified': sv, 'language': lang}

# ================================================================ people & cases

FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWS_NAME = 'Amazon Web Services'

EMILY = 'emily.hartmann@outlook.com'
RAJ = 'raj.iyer.cloud@gmail.com'
KENJI = 'watanabe.kenji.dev@gmail.com'
MISAKI = 'msato0417@kyj.biglobe.ne.jp'
YAMA = 'd-yamamoto@nexus-sys.co.jp'
LUCAS = 'lucas.moreau@moreau-lab.fr'
AI = 'ai.nakamura.0312@gmail.com'
DANIEL = 'daniel.okafor@yahoo.com'
HANNAH = 'hannah.becker.ml@gmail.com'
SHO = 's-takahashi@vesta.ocn.ne.jp'

O_EMILY = T(2025, 6, 10, 9, 14, 37);   C_EMILY = case15(O_EMILY)
O_RAJ = T(2025, 9, 2, 14, 3, 11);      C_RAJ = case15(O_RAJ)
O_RAJ2 = T(2025, 9, 10, 3, 22, 2);     C_RAJ2 = case15(O_RAJ2)
O_RAJB = T(2026, 1, 20, 11, 12, 0);    C_RAJB = case15(O_RAJB)
O_KENJI = T(2025, 5, 26, 14, 47, 20);  C_KENJI = case15(O_KENJI)
O_MISAKI = T(2025, 11, 4, 1, 22, 40);  C_MISAKI = case15(O_MISAKI)
O_YAMA = T(2026, 2, 16, 1, 5, 33);     C_YAMA = case15(O_YAMA)
O_LUCAS1 = T(2025, 7, 21, 8, 2, 51);   C_LUCAS1 = case15(O_LUCAS1)
O_LUCAS = T(2025, 7, 28, 7, 55, 2);    C_LUCAS = case15(O_LUCAS)
O_AI = T(2025, 12, 8, 3, 15, 27);      C_AI = case15(O_AI)
O_AI2 = T(2025, 12, 9, 0, 40, 9);      C_AI2 = case15(O_AI2)
O_DANIEL = T(2025, 10, 14, 8, 41, 9);  C_DANIEL = case15(O_DANIEL)
O_HANNAH = T(2025, 8, 19, 16, 30, 44); C_HANNAH = case15(O_HANNAH)
C_SHO = '12648390251'        # 11-digit case from 2023, reopened
C_SELLER = '5884915307'      # Seller Central, 10 digits
C_PHISH_EN = '174998120600472'
C_PHISH_JA = '174836655109183'

FORM_SUBJ = 'RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance'

FORM_LEGAL_EN = """\
---------------------------------------------------------------------
Please keep the case number in the subject line when you reply so that
your message is added to the existing case. Opening a new case for the
same request may delay our response.

AWS Training and Certification Customer Support
https://aws.amazon.com/training/  |  https://aws.amazon.com/certification/

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,
is intended solely for the use of the individual to whom it is addressed
and may contain information that is confidential or otherwise protected
from disclosure. If you are not the intended recipient, please notify the
sender immediately and delete all copies of this message. Any review,
dissemination, distribution or copying of this message by anyone other
than the intended recipient is strictly prohibited.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com
is a registered trademark of Amazon.com, Inc. This message was produced
and distributed by Amazon Web Services, Inc., 410 Terry Avenue North,
Seattle, WA 98109-5210. To learn how AWS handles your personal data,
please review the AWS Privacy Notice at https://aws.amazon.com/privacy/.
AWS will never ask you to disclose your password, credit card details or
other sensitive account credentials by e-mail.
"""

def console_footer_en(cid):
    return f"""\
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

======================================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

======================================================================

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

def console_footer_ja(cid):
    return f"""\
お客様からのフィードバックをお待ちしております。AWS サポートセンターで、本件および他のご連絡についての評価をお寄せください。評価は、各連絡の右上にある星を選択して行うことができます。

よろしくお願いいたします。
アマゾン ウェブ サービス

======================================================================

本件について再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

（フェデレーションを使用して接続している場合は、リンクをクリックする前にサインインしてください。）

※本メールは送信専用のアドレスから送信されています。本メールにご返信いただいてもお受けすることができません。同じ件について再度ご連絡いただく場合は、上記のリンクをご利用ください。

======================================================================

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
"""

FORM_LEGAL_JA = """\
─────────────────────────────────
ご返信の際は、件名のケース番号を変更せずにお送りください。
同じ内容で新しいお問い合わせを作成されますと、ご案内が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサポート
https://aws.amazon.com/jp/training/

本メールおよび添付ファイルには機密情報が含まれている場合があります。
宛先に誤りがある場合は、お手数ですが送信者にご連絡のうえ、本メールを削除してください。
アマゾン ウェブ サービス ジャパン合同会社 / Amazon Web Services, Inc.
お客様の個人情報の取り扱いについては、AWS プライバシー規約
（https://aws.amazon.com/jp/privacy/）をご確認ください。
AWS がメールでパスワードやクレジットカード情報をお尋ねすることはありません。
─────────────────────────────────
"""

def aws_top(t, frm, to, subj, charset='utf-8', mid=None, name=AWS_NAME, extra=()):
    h = [('Date', rfc(t)), ('From', formataddr((name, frm)) if all(ord(c) < 128 for c in name) else None)]
    if h[1][1] is None:
        h[1] = ('From', f"{Header(name, 'utf-8').encode()} <{frm}>")
    h += [('To', to), ('Message-ID', mid or ses_mid(t)), ('Subject', hsubj(subj, charset))]
    h += list(extra)
    return h

def aws_mail(num, slug, t, to, subj, body, new_text, *, kind, lang, case_id, recv='gmail', frm=NOREPLY,
             charset='utf-8', extra=(), name=AWS_NAME, expect_ids=None, recv_kw=None, mid=None):
    s = aws_send(t)
    kw = recv_kw or {}
    if recv == 'gmail':
        rv = recv_gmail(to, t, s['host'], s['ip'], s['mf'], s['dk'], 'pass', 'amazon.com', **kw)
    elif recv == 'outlook':
        rv = recv_outlook(to, t, s['host'], s['ip'], s['mf'], s['dk'][:1], 'pass', 'amazon.com', **kw)
    elif recv == 'yahoo':
        rv = recv_yahoo(to, t, s['host'], s['ip'], s['mf'], s['dk'], 'pass', 'amazon.com')
    elif recv.startswith('jp:'):
        rv = recv_jp(to, t, recv[3:], s['host'], s['ip'], s['mf'], s['dk'], 'pass', 'amazon.com')
    elif recv == 'none':
        rv = recv_exchange_export(to, t, s['host'], s['ip'])
    else:
        raise ValueError(recv)
    sv = None if recv == 'none' else True
    emit(num, slug, kind=kind, lang=lang, case_id=case_id, sv=sv, body=body, recv=rv,
         send_sig=s['sig'], top=aws_top(t, frm, to, subj, charset, mid=mid, name=name, extra=extra),
         trail=s['trail'], new_text=new_text, expect_ids=expect_ids)

MAILS = []
def mail(f):
    MAILS.append(f)
    return f
# ================================================================ helpers for other senders

def credly_mail(num, slug, t, to, subj, body, new_text, *, kind, recv, lang='en', name='Amazon Web Services Training and Certification via Credly', frm='admin@credly.com', charset='utf-8', case_id=None):
    s = credly_send(t, to)
    if recv == 'gmail':
        rv = recv_gmail(to, t, s['host'], s['ip'], s['mf'], s['dk'], 'pass', 'credly.com', policy='p=NONE sp=NONE dis=NONE')
    elif recv == 'outlook':
        rv = recv_outlook(to, t, s['host'], s['ip'], s['mf'], s['dk'][:1], 'pass', 'credly.com')
    elif recv == 'yahoo':
        rv = recv_yahoo(to, t, s['host'], s['ip'], s['mf'], s['dk'], 'pass', 'credly.com', policy='p=NONE')
    elif recv.startswith('jp:'):
        rv = recv_jp(to, t, recv[3:], s['host'], s['ip'], s['mf'], s['dk'], 'pass', 'credly.com', policy='p=none dis=none')
    fromh = formataddr((name, frm)) if all(ord(c) < 128 for c in name) else f"{Header(name, 'utf-8').encode()} <{frm}>"
    top = [('Date', rfc(t)), ('From', fromh), ('To', to), ('Subject', hsubj(subj, charset)),
           ('Message-ID', '<' + b64r(16).rstrip('=').replace('/', 'Q').replace('+', 'x') + f"@geopod-ismtpd-{R.randint(1,40)}>"),
           ('List-Unsubscribe', f"<https://www.credly.com/notification_preferences?token={hexr(32)}>")]
    emit(num, slug, kind=kind, lang=lang, case_id=case_id, sv=True, body=body, recv=rv, send_sig=s['sig'], top=top,
         trail=s['trail'], new_text=new_text)

def alt_plain_html(text, html, t=None, charset='utf-8', cte='quoted-printable', hcte=None, boundary=None):
    return alt(part(text, 'plain', charset, cte), part(html, 'html', charset, hcte or cte), boundary=boundary or (ses_boundary(t) if t else gm_boundary()))

OL_DIV = '<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%" tabindex="-1"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'

BQ = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'

# ================================================================ Emily (outlook.com, form case, en)

EMILY_SUBMISSION = """\
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS 02958814
Name: Emily Hartmann
E-mail: emily.hartmann@outlook.com
Description: I have a second certification profile from my previous
employer (aws-09731165, registered under e.hartmann@norvale-consulting.com).
I'd like both combined into my personal one so all my certifications are
in one place.
"""

@mail
def emily_ack(num):
    t = O_EMILY + dt.timedelta(seconds=4)
    c = C_EMILY
    text = f"""\
Hello Emily,

Thanks for getting in touch with AWS Training and Certification. Your
request has been logged under reference number {c}.

One of our specialists will look into it and get back to you, usually
within 24 hours. There is no need to submit the form again: if you have
something to add, simply reply to this message and keep the reference
number in the subject line.

A copy of what you sent us:

  Inquiry type:      AWS Training and Certification
  Inquiry detail:    Account Merge
  AWS candidate ID:  AWS 02958814
  Name:              Emily Hartmann
  E-mail:            emily.hartmann@outlook.com
  Description:       I have a second certification profile from my
                     previous employer (aws-09731165, registered under
                     e.hartmann@norvale-consulting.com). I'd like both
                     combined into my personal one so all my
                     certifications are in one place.

Kind regards,
AWS Training and Certification Customer Support

""" + FORM_LEGAL_EN
    html = html_doc(f"""<p>Hello Emily,</p>
<p>Thanks for getting in touch with AWS Training and Certification. Your request has been logged under reference number <b>{c}</b>.</p>
<p>One of our specialists will look into it and get back to you, usually within 24 hours. There is no need to submit the form again: if you have something to add, simply reply to this message and keep the reference number in the subject line.</p>
<p>A copy of what you sent us:</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td><b>Inquiry type</b></td><td>AWS Training and Certification</td></tr>
<tr><td><b>Inquiry detail</b></td><td>Account Merge</td></tr>
<tr><td><b>AWS candidate ID</b></td><td>AWS 02958814</td></tr>
<tr><td><b>Name</b></td><td>Emily Hartmann</td></tr>
<tr><td><b>E-mail</b></td><td>emily.hartmann@outlook.com</td></tr>
<tr><td valign="top"><b>Description</b></td><td>I have a second certification profile from my previous employer (aws-09731165, registered under e.hartmann@norvale-consulting.com). I'd like both combined into my personal one so all my certifications are in one place.</td></tr>
</table>
<p>Kind regards,<br>AWS Training and Certification Customer Support</p>
<hr>
<div style="font-size:11px;color:#666">{p_html(FORM_LEGAL_EN.replace('-'*69, ''))}</div>""")
    body = alt_plain_html(text, html, t)
    aws_mail(num, 'form-ack-outlook-emily', t, EMILY, f"[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance",
             body, text, kind='case_created', lang='en', case_id=c, recv='outlook', frm=FORM,
             expect_ids=['AWS02958814', 'AWS09731165'])

def emily_41_text():
    return """\
Hello Emily,

Thank you for contacting AWS Training and Certification.

I've had a look at our records and I can see two certification profiles
that appear to belong to you:

  - AWS02958814 - emily.hartmann@outlook.com - 1 active certification
  - AWS09731165 - e.hartmann@norvale-consulting.com - 2 active certifications

Before I can take this further, could you let me know the following?

  1. Which of the two profiles you would like to keep as your main one.
  2. Whether you still have access to the mailbox
     e.hartmann@norvale-consulting.com (no problem if not).
  3. The e-mail address you would like to use for sign-in and
     notifications going forward.

Simply reply to this e-mail with the details, keeping the case number in
the subject.

Kind regards,

Priya N.
AWS Training and Certification Customer Support

""" + FORM_LEGAL_EN

@mail
def emily_ask(num):
    t = T(2025, 6, 11, 15, 40, 12)
    c = C_EMILY
    new = emily_41_text()
    q = f"""
-----Original Message-----
From: Emily Hartmann <emily.hartmann@outlook.com>
Sent: 2025-06-10 09:14:37 UTC
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

{EMILY_SUBMISSION}"""
    body = part(new + q, 'plain', 'utf-8', 'quoted-printable')
    aws_mail(num, 're-case-outlook-which-profile', t, EMILY, FORM_SUBJ.format(c=c), body, new,
             kind='support_reply', lang='en', case_id=c, recv='outlook', frm=FORM,
             expect_ids=['AWS02958814', 'AWS09731165'])

def emily_8_text():
    return """\
Hello Emily,

Thank you for the information. Based on your reply, this is what we are
planning:

  Profile that will remain:  AWS02958814 (sign-in: emily.hartmann@outlook.com)
  Profile to be folded in:   AWS09731165 (e.hartmann@norvale-consulting.com)

Everything currently recorded on AWS09731165 - exam history, the two
active certifications, digital badges and any unused benefits - will be
moved to AWS02958814, and AWS09731165 will then be permanently
deactivated. Please be aware that this cannot be undone once it has been
carried out.

If the above is correct, please reply to this e-mail to confirm and we
will go ahead. We won't make any changes until we hear back from you.

Kind regards,

Priya N.
AWS Training and Certification Customer Support

""" + FORM_LEGAL_EN

EMILY_REPLY1 = """\
Hi Priya,

Thanks for the quick reply!

1. Please keep AWS02958814, that's the one tied to my personal e-mail.
2. No, the Norvale mailbox was shut down when I left.
3. emily.hartmann@outlook.com

Best,
Emily
"""

def emily_thread_1(c):
    return f"""
-----Original Message-----
From: Emily Hartmann <emily.hartmann@outlook.com>
Sent: Wednesday, June 11, 2025 8:02 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

{EMILY_REPLY1}
________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, June 11, 2025 4:40 PM
To: emily.hartmann@outlook.com <emily.hartmann@outlook.com>
Subject: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

{emily_41_text()}
-----Original Message-----
From: Emily Hartmann <emily.hartmann@outlook.com>
Sent: 2025-06-10 09:14:37 UTC
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

{EMILY_SUBMISSION}"""

@mail
def emily_confirm(num):
    t = T(2025, 6, 12, 10, 5, 48)
    c = C_EMILY
    new = emily_8_text()
    body = part(new + emily_thread_1(c), 'plain', 'utf-8', 'quoted-printable')
    aws_mail(num, 're-case-outlook-long-thread', t, EMILY, FORM_SUBJ.format(c=c), body, new,
             kind='merge_confirmation_requested', lang='en', case_id=c, recv='outlook', frm=FORM,
             expect_ids=['AWS02958814', 'AWS09731165'])

EMILY_DONE = """\
Hello Emily,

Good news - we're all set on our side. The exam history, both
certifications and the badges that were held on AWS09731165 have been
transferred to AWS02958814, and the Norvale profile has been retired.
From now on please sign in with emily.hartmann@outlook.com only; the old
login will no longer work.

It can take up to 48 hours for Credly to reflect the change. If your
badges have not appeared by then, just reply here.

Kind regards,

Priya N.
AWS Training and Certification Customer Support
"""

def emily_thread_2(c):
    return f"""
-----Original Message-----
From: Emily Hartmann <emily.hartmann@outlook.com>
Sent: Thursday, June 12, 2025 1:17 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

The details are correct. Please proceed with the merge.

Emily

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, June 12, 2025 11:05 AM
To: emily.hartmann@outlook.com <emily.hartmann@outlook.com>
Subject: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

{emily_8_text()}""" + emily_thread_1(c)

@mail
def emily_done(num):
    t = T(2025, 6, 13, 14, 12, 3)
    c = C_EMILY
    new = EMILY_DONE + '\n' + FORM_LEGAL_EN
    q = emily_thread_2(c)
    text = new + q
    html = html_doc(p_html(EMILY_DONE) + f'\n<div style="font-size:11px;color:#666">{p_html(FORM_LEGAL_EN.replace("-"*69, ""))}</div>\n'
                    + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n<pre style="font-family:Consolas,monospace;font-size:12px">'
                    + esc(q) + '</pre></div>')
    body = alt_plain_html(text, html, t)
    aws_mail(num, 're-case-outlook-topposted', t, EMILY, FORM_SUBJ.format(c=c), body, new,
             kind='merge_completed', lang='en', case_id=c, recv='outlook', frm=FORM,
             expect_ids=['AWS02958814', 'AWS09731165'])

@mail
def emily_survey(num):
    t = T(2025, 6, 13, 14, 13, 40)
    c = C_EMILY
    yes = f"https://amazonexteu.qualtrics.com/jfe/form/SV_3Pq8cTrKmB4nGvA?caseid={c}&resolved=yes"
    no = f"https://amazonexteu.qualtrics.com/jfe/form/SV_3Pq8cTrKmB4nGvA?caseid={c}&resolved=no"
    text = f"""\
How did we do?

Your case {c} has been marked as resolved by our team.

Was your issue resolved?
YES: {yes}
NO:  {no}

Your answer takes one click and helps us improve AWS Training and
Certification support. If you select NO, we will reopen your case and
get back to you.

AWS Training and Certification Customer Support
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""
    html = html_doc(f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff;border:1px solid #e5e5e5">
<tr><td style="background:#232f3e;color:#ffffff;font-size:20px">How did we do?</td></tr>
<tr><td>
<p>Your case <b>{c}</b> has been marked as resolved by our team.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="{yes}" style="background:#ff9900;color:#000;padding:10px 28px;text-decoration:none;border-radius:3px">YES</a>
&nbsp;&nbsp;<a href="{no}" style="background:#eaeded;color:#000;padding:10px 28px;text-decoration:none;border-radius:3px">NO</a></p>
<p>Your answer takes one click and helps us improve AWS Training and Certification support. If you select NO, we will reopen your case and get back to you.</p>
</td></tr>
<tr><td style="font-size:11px;color:#879596">AWS Training and Certification Customer Support<br>Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table>""")
    body = alt_plain_html(text, html, t)
    aws_mail(num, 'how-did-we-do-outlook', t, EMILY, f"How did we do? [CASE {c}]", body, text + html,
             kind='survey', lang='en', case_id=c, recv='outlook', frm=FORM, name='AWS Training and Certification',
             expect_ids=[])

@mail
def emily_credly(num):
    t = T(2025, 6, 14, 2, 51, 19)
    u = uuid.UUID(int=R.getrandbits(128))
    text = f"""\
Amazon Web Services Training and Certification has issued you a badge.

Hi Emily,

Congratulations! You've been issued the following badge by Amazon Web
Services Training and Certification:

AWS Certified Data Engineer – Associate

Accept your badge to claim it, then share it with your network and let
employers know about your verified skills.

Accept badge: https://www.credly.com/badges/{u}/accept

Why accept? Accepting lets you manage who can see your badge, download
your certificate and add it to your professional profiles.

---
Credly, Inc. · 15 W 39th St, New York, NY 10018
Manage your notification settings: https://www.credly.com/notification_preferences
"""
    html = html_doc(f"""<div style="max-width:560px;margin:0 auto">
<img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="90">
<h2 style="font-weight:normal">Hi Emily,</h2>
<p>Congratulations! You've been issued the following badge by <b>Amazon Web Services Training and Certification</b>:</p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/{uuid.UUID(int=R.getrandbits(128))}/image.png" width="170" alt=""><br><b>AWS Certified Data Engineer – Associate</b></p>
<p style="text-align:center"><a href="https://www.credly.com/badges/{u}/accept" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p>Why accept? Accepting lets you manage who can see your badge, download your certificate and add it to your professional profiles.</p>
<p style="font-size:11px;color:#888">Credly, Inc. · 15 W 39th St, New York, NY 10018<br><a href="https://www.credly.com/notification_preferences">Manage your notification settings</a></p>
</div>""")
    body = alt_plain_html(text, html, boundary=hexr(32))
    credly_mail(num, 'credly-outlook-emily', t, EMILY, 'Emily, you have been issued a badge by Amazon Web Services Training and Certification',
                body, text, kind='credly_badge_issued', recv='outlook')

@mail
def emily_forward(num):
    t = T(2025, 6, 16, 8, 30, 55)
    c = C_EMILY
    to = 'marcus.wells@brightwell-analytics.com'
    new = """\
Hi Marcus,

FYI - AWS finally combined my two certification profiles (see below).
Everything, including the Associate certs I did while at Norvale, now
sits under AWS02958814. Could you update my candidate ID in the L&D
tracker so the renewal reminders go to the right place?

Thanks,
Emily

Emily Hartmann
Senior Data Engineer | Brightwell Analytics
"""
    fwd = f"""
________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, June 13, 2025 4:12 PM
To: emily.hartmann@outlook.com <emily.hartmann@outlook.com>
Subject: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

{EMILY_DONE}
{FORM_LEGAL_EN}{emily_thread_2(c)}"""
    text = new + fwd
    html = html_doc('<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">' + p_html(new) + '</div>\n'
                    + OL_DIV + '<b>From:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>Sent:</b> Friday, June 13, 2025 4:12 PM<br>'
                    + f'<b>To:</b> emily.hartmann@outlook.com &lt;emily.hartmann@outlook.com&gt;<br><b>Subject:</b> RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance</font><div>&nbsp;</div></div>\n'
                    + '<div>' + p_html(EMILY_DONE + '\n' + FORM_LEGAL_EN + emily_thread_2(c)) + '</div>')
    body = alt(part(text, 'plain', 'utf-8', 'quoted-printable'), part(html, 'html', 'utf-8', 'quoted-printable'), boundary=ol_boundary())
    ip = f"40.92.{R.randint(10,90)}.{R.randint(2,250)}"
    host = 'NAM12-DM6-obe.outbound.protection.outlook.com'
    s = generic_send(t, 'outlook.com', ip, host, sel='selector1', mf=EMILY)
    rv = recv_outlook(to, t, host, ip, EMILY, [('outlook.com', 'selector1', 'pass')], 'pass', 'outlook.com', corp=True)
    mid = f"<{R.choice(['SA1P223MB','PH7P223MB'])}{R.randint(1000,9999)}{hexr(24).upper()}@{R.choice(['SA1P223MB','PH7P223MB'])}{R.randint(1000,9999)}.NAMP223.PROD.OUTLOOK.COM>"
    top = [('From', 'Emily Hartmann <emily.hartmann@outlook.com>'), ('To', 'Marcus Wells <marcus.wells@brightwell-analytics.com>'),
           ('Subject', f"FW: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"),
           ('Thread-Topic', f"RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance"),
           ('Thread-Index', b64r(22)), ('Date', rfc(t, dt.timezone(dt.timedelta(hours=-4)))), ('Message-ID', mid),
           ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    emit(num, 'fw-to-manager-outlook', kind='unrelated', lang='en', case_id=c, sv=False, body=body, recv=rv, send_sig=s['sig'], top=top,
         new_text=new, expect_ids=['AWS02958814'])

@mail
def emily_phish(num):
    t = T(2025, 6, 15, 17, 3, 26)
    c = C_PHISH_EN
    dom = 'aws-certification-services.com'
    link = f"https://{dom}/merge/confirm?ref={hexr(24)}"
    html = html_doc(f"""<table width="100%" style="background:#f2f3f3"><tr><td align="center">
<table width="620" cellpadding="20" style="background:#fff">
<tr><td><img src="https://{dom}/assets/aws-logo.png" alt="aws" width="64"></td></tr>
<tr><td>
<p><b>Case {c}: confirm your certification profile merge</b></p>
<p>Dear Candidate,</p>
<p>Our records show that you hold two AWS Certification profiles: <b>AWS05162207</b> and <b>AWS08840531</b>. Duplicate profiles are being consolidated as part of the 2025 CertMetrics migration.</p>
<p>To keep your certifications valid you must confirm which profile should remain. The merge is final and cannot be undone, so please review the details carefully after signing in.</p>
<p style="text-align:center"><a href="{link}" style="background:#ec7211;color:#fff;padding:12px 34px;text-decoration:none;font-weight:bold">Confirm merge</a></p>
<p>If we do not receive your confirmation within 48 hours, both profiles will be suspended until the merge is completed.</p>
<p>Thank you,<br>AWS Certification Team</p>
</td></tr>
<tr><td style="font-size:10px;color:#879596">© 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</td></tr>
</table></td></tr></table>""")
    body = part(html, 'html', 'utf-8', 'quoted-printable')
    ip = f"185.{R.randint(100,220)}.{R.randint(1,250)}.{R.randint(2,250)}"
    host = f"mail.{dom}"
    s = generic_send(t, dom, ip, host, sel='default', mf=f"certification@{dom}")
    rv = recv_outlook(EMILY, t, host, ip, s['mf'], [(dom, 'default', 'pass')], 'pass', dom)
    top = [('Date', rfc(t)), ('From', f'AWS Certification Team <certification@{dom}>'), ('To', EMILY),
           ('Subject', f'Action required: confirm your certification profile merge (Case {c})'),
           ('Message-ID', f"<{hexr(20)}@{dom}>"), ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    emit(num, 'profile-merge-action-required', kind='merge_confirmation_requested', lang='en', case_id=c, sv=False, body=body,
         recv=rv, send_sig=s['sig'], top=top, new_text=html, expect_ids=['AWS05162207', 'AWS08840531'])
# ================================================================ Lucas (corporate Exchange export, no AR, en)

LUCAS_SUBMISSION = """\
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS01846627
Description: Second try - I sent this a week ago and heard nothing. I have
an older certification account from university (AWS12230598). Please merge
it into my current one.
"""

LEGAL_SHORT_EN = """\
--
AWS Training and Certification Customer Support
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
AWS Privacy Notice: https://aws.amazon.com/privacy/
"""

@mail
def lucas_ack(num):
    t = O_LUCAS + dt.timedelta(seconds=3)
    c = C_LUCAS
    text = f"""\
Hello,

We've received your message and created case {c} for it.

A member of the AWS Training and Certification team will review your
request and respond by e-mail, normally within 24 hours. To help us help
you faster, please don't submit the same request again; if you need to
add details, reply to this e-mail without changing the subject.

Thank you,
AWS Training and Certification Customer Support

""" + FORM_LEGAL_EN
    body = part(text, 'plain', 'us-ascii', '7bit')
    aws_mail(num, 'form-ack-exchange-export', t, LUCAS, f"[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance",
             body, text, kind='case_created', lang='en', case_id=c, recv='none', frm=FORM, expect_ids=[])

def lucas_15_text():
    return f"""\
Hello Lucas,

Thank you for your patience, and apologies that your first request (case
{C_LUCAS1}, opened on 21 July) went unanswered – the form was submitted
without a notification address, so our reply could not reach you. I’ve
linked that case to this one; please continue here.

From your description, I’ve prepared the following:

  • Keep:   aws01846627 – lucas.moreau@moreau-lab.fr
  • Merge:  aws12230598 – l.moreau@etu.univ-grenoble-alpes.fr
            (created during your studies)

After the merge, the certifications and exam history on aws12230598 will
appear under aws01846627, and aws12230598 will be closed. This is
permanent – we can’t split the accounts again later.

Could you reply with “Yes, proceed” if this is what you want? If you
would rather keep the university profile as the main one, just tell me
and I’ll swap the roles before anything is done.

Best regards,
Jonas W.
AWS Training and Certification Customer Support
"""

@mail
def lucas_confirm(num):
    t = T(2025, 7, 29, 13, 10, 27)
    c = C_LUCAS
    new = lucas_15_text() + '\n' + FORM_LEGAL_EN
    q = f"""
-----Original Message-----
From: Lucas Moreau <lucas.moreau@moreau-lab.fr>
Sent: Monday, 28 July 2025 09:55
To: aws-cs-trainingcertification-form@amazon.com
Subject: [AWS Training and Certification Form Submission] - account-assistance

{LUCAS_SUBMISSION}"""
    # UTF-8 bytes sent with an ISO-8859-1 label
    body = part(new + q, 'plain', 'utf-8', '8bit', label='iso-8859-1')
    aws_mail(num, 're-case-latin1-label', t, LUCAS, FORM_SUBJ.format(c=c), body, new,
             kind='merge_confirmation_requested', lang='en', case_id=c, recv='none', frm=FORM,
             expect_ids=['AWS01846627', 'AWS12230598'])

def lucas_45_text():
    return """\
Hello Lucas,

I'm following up on my message of 29 July about your certification
profiles. I haven't received a reply yet, so I wanted to check whether
you still need our help with this request.

If you do, simply answer this e-mail - the details from my previous
message are quoted below for reference. If we don't hear from you within
3 business days, we'll assume the matter is no longer needed and the case
will be closed. You can always reopen it by replying.

Best regards,
Jonas W.
AWS Training and Certification Customer Support
"""

@mail
def lucas_followup(num):
    t = T(2025, 8, 4, 7, 30, 2)
    c = C_LUCAS
    new = lucas_45_text()
    q = "\nOn Tue, 29 Jul 2025 at 13:10, AWS Training and Certification wrote:\n" + quote(lucas_15_text())
    body = part(new + q, 'plain', 'utf-8', 'quoted-printable')
    aws_mail(num, 're-case-still-need-help', t, LUCAS, FORM_SUBJ.format(c=c), body, new,
             kind='support_reply', lang='en', case_id=c, recv='none', frm=FORM, expect_ids=[])

@mail
def lucas_done(num):
    t = T(2025, 8, 6, 10, 45, 51)
    c = C_LUCAS
    inner = "On Mon, 4 Aug 2025 at 07:30, AWS Training and Certification wrote:\n" + quote(lucas_45_text()) + ">\n" + quote(quote(lucas_15_text()))
    top = """\
On Mon, 4 Aug 2025 at 18:20, Lucas Moreau <lucas.moreau@moreau-lab.fr> wrote:
""" + quote("""\
Hi Jonas,

Sorry, I was on holiday. Yes, proceed – keeping aws01846627 is correct.

Lucas

""" + inner)
    new = """
Hello Lucas,

No problem at all, and thank you for confirming. The work is finished:
the profile you created at university has been folded into aws01846627,
and everything that was recorded under it – your Cloud Practitioner
certification and the 2022 exam history – now shows on that account.
aws12230598 is closed and can no longer be used to sign in.

If anything looks wrong when you check your certification account, reply
to this e-mail and we'll take a look.

Best regards,
Jonas W.
""" + LEGAL_SHORT_EN
    # bottom-posted; UTF-8 content labelled windows-1252
    body = part(top + new, 'plain', 'utf-8', 'quoted-printable', label='windows-1252')
    aws_mail(num, 're-case-bottom-posted-cp1252', t, LUCAS, FORM_SUBJ.format(c=c), body, new,
             kind='merge_completed', lang='en', case_id=c, recv='none', frm=FORM,
             expect_ids=['AWS01846627', 'AWS12230598'])

@mail
def lucas_survey(num):
    t = T(2025, 8, 6, 10, 47, 13)
    c = C_LUCAS
    text = f"""\
Hello Lucas,

Your case {c} is now closed.

We'd love to hear about your experience with AWS Training and
Certification Customer Support. The survey has three questions and takes
about two minutes:

https://amazonexteu.qualtrics.com/jfe/form/SV_eLx2m0ZqVtYhF9c?case={c}&lang=en

Was your question answered?   Yes / No
How easy was it to get help?  1 (very difficult) - 5 (very easy)

If something is still outstanding, reply to this e-mail within 14 days
and the case will be reopened automatically.

Thank you,
AWS Training and Certification Customer Support
"""
    body = part(text, 'plain', 'utf-8', 'quoted-printable')
    aws_mail(num, 'case-closed-exchange-export', t, LUCAS, f"Your case {c} is now closed - tell us how we did",
             body, text, kind='survey', lang='en', case_id=c, recv='none', frm=FORM,
             name='AWS Training and Certification', expect_ids=[])

# ================================================================ Hannah (gmail, en)

@mail
def hannah_done(num):
    t = T(2025, 8, 21, 10, 15, 9)
    c = C_HANNAH
    msg = """\
Hi Hannah,

Done - aws 12648870 is now part of AWS07201933. Sign in with
hannah.becker.ml@gmail.com from here on.

Thanks,
Rosa
"""
    sig = """\

Rosa M. | AWS Training and Certification Customer Support
Amazon Web Services
Hours: Monday-Friday, 06:00-18:00 (UTC)
Help: https://support.aws.amazon.com/#/contacts/aws-training

Did you know? You can find answers to the most common certification
questions - rescheduling exams, benefits, digital badges and accessibility
accommodations - at https://aws.amazon.com/certification/faqs/ .

Accessibility: if you require a reasonable accommodation to communicate
with us, please reply and let us know which format works best for you.

""" + FORM_LEGAL_EN + """
This e-mail was sent in connection with a support request you submitted.
It is a service message and not a marketing communication, so you will
receive it regardless of your e-mail preferences. Amazon Web Services
will never ask for your password by e-mail. Report suspicious messages
to stop-spoofing@amazon.com.
"""
    q = """
On Wed, Aug 20, 2025 at 6:41 PM Hannah Becker <hannah.becker.ml@gmail.com> wrote:
> Yes, that's right - please go ahead.
>
> Hannah
>
> On Wed, Aug 20, 2025 at 11:02 AM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
>> Hi Hannah,
>>
>> Thank you for the details. We will combine AWS12648870 (registered
>> with h.becker@tu-dresden.de) into AWS07201933. Once merged, this
>> can't be reversed. Please reply to confirm that this is correct.
>>
>> Thanks,
>> Rosa
>>
"""
    new = msg + sig
    body = part(new + q, 'plain', 'utf-8', 'quoted-printable')
    aws_mail(num, 're-case-short-long-footer', t, HANNAH, FORM_SUBJ.format(c=c), body, new,
             kind='merge_completed', lang='en', case_id=c, recv='gmail', frm=FORM,
             expect_ids=['AWS07201933', 'AWS12648870'])

# ================================================================ Daniel (yahoo, console, en)

@mail
def daniel_notice(num):
    t = T(2025, 10, 15, 10, 2, 44)
    c = C_DANIEL
    text = f"""\
Hello,

A new correspondence has been added to your AWS Support case.

Case ID: {c}
Subject: Two certification accounts - please combine
Severity: General guidance

To read the correspondence and reply, sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept
incoming e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com
is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
    body = part(text, 'plain', 'utf-8', '7bit')
    aws_mail(num, 'console-notice-yahoo', t, DANIEL, f"[Case {c}] New correspondence added", body, text,
             kind='support_reply', lang='en', case_id=c, recv='yahoo', expect_ids=[])

@mail
def daniel_inline(num):
    t = T(2025, 10, 16, 21, 30, 18)
    c = C_DANIEL
    text = f"""\
Hello Daniel,

Thanks for the follow-up questions. I've answered each one below your
original text.

> 1. Has the merge of AWS 11873406 actually gone through? I can still
> sign in twice.

Yes - it was carried out yesterday (15 October). aws11873406 no longer
exists as a separate profile; its records are now under AWS03095512.
The second sign-in you are seeing is your AWS Builder ID, which is a
different thing and is not affected.

> 2. Will my SAA-C03 result from 2023 show up on the new account?

It already does. You'll find it in the exam history of AWS03095512,
together with the Cloud Practitioner certification that was on the other
profile.

> 3. What happens to the voucher I had on the old account?

The unused 50% discount was carried over and is visible under Benefits.

> 4. Do I need to do anything in Credly?

Usually not. Credly should e-mail you within a day or two; if the badges
haven't appeared by the end of the week, reply to this case.

Best regards,

Martina L.
Amazon Web Services

""" + console_footer_en(c)
    new = re.sub(r'(?m)^>.*\n', '', text)
    body = part(text, 'plain', 'utf-8', 'quoted-printable')
    aws_mail(num, 're-case-inline-answers-yahoo', t, DANIEL, f"RE:[CASE {c}] Two certification accounts - please combine",
             body, new, kind='merge_completed', lang='en', case_id=c, recv='yahoo',
             expect_ids=['AWS03095512', 'AWS11873406'])

@mail
def daniel_credly(num):
    t = T(2025, 10, 17, 15, 8, 37)
    u = uuid.UUID(int=R.getrandbits(128))
    html = html_doc(f"""<div style="background:#f7f7f7;padding:24px 0">
<table align="center" width="580" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:28px 32px 0 32px"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></td></tr>
<tr><td style="padding:24px 32px">
<h1 style="font-size:22px;font-weight:600;margin:0 0 12px 0">Daniel, your new badge is waiting</h1>
<p>Amazon Web Services Training and Certification issued you the badge <b>AWS Certified Solutions Architect – Professional</b>.</p>
<p>Accept it to add it to your Credly profile, share it on LinkedIn and let others verify your achievement.</p>
<p style="padding:12px 0"><a href="https://www.credly.com/badges/{u}/accept?utm_source=email&amp;utm_medium=badge_issued" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px;font-weight:600">Accept Badge</a></p>
<p style="font-size:13px;color:#555">Not sure what this is? Credly is the digital credential platform used by Amazon Web Services Training and Certification to recognise verified skills.</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999;border-top:1px solid #eee">Credly, Inc., 15 W 39th St, New York, NY 10018 · <a href="https://www.credly.com/notification_preferences" style="color:#999">Notification settings</a> · <a href="https://info.credly.com/privacy-policy" style="color:#999">Privacy Policy</a></td></tr>
</table></div>""")
    body = part(html, 'html', 'utf-8', 'quoted-printable')
    credly_mail(num, 'credly-html-only-yahoo', t, DANIEL, 'Daniel, your new badge from Amazon Web Services Training and Certification is waiting',
                body, html, kind='credly_badge_issued', recv='yahoo')
# ================================================================ Raj (gmail, console, en)

RAJ_SUBJ = 'Merge three AWS Certification accounts into one'

def console_html(text_new, cid, lang='en'):
    foot = console_footer_en(cid) if lang == 'en' else console_footer_ja(cid)
    return html_doc(p_html(text_new) + '\n<hr style="border:none;border-top:1px solid #d5dbdb">\n<div style="font-size:12px;color:#545b64">' + p_html(foot) + '</div>', lang=lang)

@mail
def raj_ack(num):
    t = O_RAJ + dt.timedelta(seconds=5)
    c = C_RAJ
    corr = """\
Hello,

Over the years I ended up with three separate AWS Certification
(CertMetrics) accounts: aws05510238 (current, raj.iyer.cloud@gmail.com),
AWS 07764120 (created with my university address) and AWS-13009871
(created through my previous employer's training portal). Could you
please merge the latter two into aws05510238? I'd like to keep my full
history and the 50% voucher.

Thanks,
Raj Iyer"""
    text = f"""\
Thank you for contacting Amazon Web Services. We have opened case {c} to address your issue.

The details of your case are as follows:

Case ID: {c}
Subject: {RAJ_SUBJ}
Severity: General guidance
Correspondence: {corr}

You'll receive an email notification when there are updates to your case. To view your case or add further correspondence, please visit the AWS Support Center.

""" + console_footer_en(c)
    html = html_doc(f"""<p>Thank you for contacting Amazon Web Services. We have opened case {c} to address your issue.</p>
<p>The details of your case are as follows:</p>
<p><b>Case ID:</b> {c}<br><b>Subject:</b> {RAJ_SUBJ}<br><b>Severity:</b> General guidance<br><b>Correspondence:</b></p>
<div style="padding-left:12px">{p_html(corr)}</div>
<p>You'll receive an email notification when there are updates to your case. To view your case or add further correspondence, please visit the AWS Support Center.</p>
<hr><div style="font-size:12px;color:#545b64">{p_html(console_footer_en(c))}</div>""")
    body = alt_plain_html(text, html, t)
    aws_mail(num, 'console-opened-gmail-raj', t, RAJ, f"Amazon Web Services: You have opened a new Support case: {c}",
             body, text, kind='case_created', lang='en', case_id=c, recv='gmail',
             expect_ids=['AWS05510238', 'AWS07764120', 'AWS13009871'])

RAJ_CONFIRM = """\
Hello Raj,

Thank you for your patience while I reviewed the three profiles you
listed.

I'm able to combine them as follows:

  * Primary profile (will be kept):  AWS-05510238  (raj.iyer.cloud@gmail.com)
  * Secondary profile (merged):      AWS-07764120  (r.iyer@alumni.uwaterloo.ca)
  * Secondary profile (merged):      AWS-13009871  (raj.iyer@kestrel-data.io)

When the merge runs, all certifications, exam results and benefits on the
secondary profiles are moved to the primary one, and the secondary
profiles are closed for good. There is no way to reverse this afterwards,
so I'd like you to double-check the list above.

If everything is accurate, please reply to this case in the Support
Center stating that you agree with the merge as described. If anything
needs to change - for example you'd prefer a different primary profile -
let me know instead and I'll update the plan.

Best regards,

Tomasz K.
Amazon Web Services
"""

@mail
def raj_confirm(num):
    t = T(2025, 9, 3, 16, 20, 33)
    c = C_RAJ
    text = RAJ_CONFIRM + '\n' + console_footer_en(c)
    body = alt(part(text, 'plain', 'utf-8', 'base64'), part(console_html(RAJ_CONFIRM, c), 'html', 'utf-8', 'base64'), boundary=ses_boundary(t))
    aws_mail(num, 're-case-console-base64', t, RAJ, f"RE:[CASE {c}] {RAJ_SUBJ}", body, text,
             kind='merge_confirmation_requested', lang='en', case_id=c, recv='gmail',
             expect_ids=['AWS05510238', 'AWS07764120', 'AWS13009871'])

@mail
def raj_proceeding(num):
    t = T(2025, 9, 4, 13, 5, 50)
    c = C_RAJ
    msg = """\
Hello Raj,

Thanks for confirming. I've handed the request over to our certification
operations team, and they will now carry out the merge of AWS07764120 and
AWS13009871 into AWS05510238.

Nothing else is needed from you at this stage. I'll update this case as
soon as the team lets me know it's finished - usually within one to three
business days. Until then, please keep using your current sign-in as
normal; you may still see the secondary profiles for a little while.

Best regards,

Tomasz K.
Amazon Web Services
"""
    text = msg + '\n' + console_footer_en(c)
    body = part(text, 'plain', 'utf-8', 'quoted-printable')
    aws_mail(num, 're-case-console-handed-over', t, RAJ, f"RE:[CASE {c}] {RAJ_SUBJ}", body, text,
             kind='support_reply', lang='en', case_id=c, recv='gmail',
             expect_ids=['AWS05510238', 'AWS07764120', 'AWS13009871'])

RAJ_DONE_TEXT = """\
Hello Raj,

The merge has been completed. Your two secondary certification profiles
no longer exist as separate accounts; everything they contained is now
part of your primary profile.

Please sign in to your AWS Certification account page to check that all
of your certifications are listed. Badges can take up to 48 hours to show
up in Credly.

Best regards,

Tomasz K.
Amazon Web Services
"""

@mail
def raj_done(num):
    t = T(2025, 9, 5, 18, 44, 7)
    c = C_RAJ
    text = RAJ_DONE_TEXT + '\n' + console_footer_en(c)
    html_new = f"""<p>Hello Raj,</p>
<p>The merge has been completed. Your two secondary certification profiles no longer exist as separate accounts; everything they contained is now part of your primary profile <b>AWS05510238</b>, which now lists:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Developer – Associate</li><li>AWS Certified Solutions Architect – Associate</li></ul>
<p>Please sign in to your AWS Certification account page to check that all of your certifications are listed. Badges can take up to 48 hours to show up in Credly.</p>
<p>Best regards,<br><br>Tomasz K.<br>Amazon Web Services</p>
<table cellpadding="10" style="border:1px solid #d5dbdb;margin-top:18px"><tr><td>
<b>How would you rate this response?</b><br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={c}&amp;rating=1">&#9733;</a>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={c}&amp;rating=2">&#9733;</a>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={c}&amp;rating=3">&#9733;</a>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={c}&amp;rating=4">&#9733;</a>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={c}&amp;rating=5">&#9733;</a>
</td></tr></table>"""
    html = html_doc(html_new + '\n<hr><div style="font-size:12px;color:#545b64">' + p_html(console_footer_en(c)) + '</div>')
    body = alt(part(text, 'plain', 'utf-8', 'base64'), part(html, 'html', 'utf-8', 'base64'), boundary=ses_boundary(t))
    aws_mail(num, 're-case-console-differing-parts', t, RAJ, f"RE:[CASE {c}] {RAJ_SUBJ}", body, text + html,
             kind='merge_completed', lang='en', case_id=c, recv='gmail', expect_ids=['AWS05510238'])

@mail
def raj_resolved(num):
    t = T(2025, 9, 8, 19, 0, 41)
    c = C_RAJ
    text = f"""\
Hello,

We're writing to let you know that your support case {c} ("{RAJ_SUBJ}") has been resolved.

If you have any additional questions about this case, you can reopen it within 14 days from the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

Tell us about your experience. How satisfied were you with the support you received on this case?
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en&csat=true

Thank you for using AWS Support.

Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
    body = part(text, 'plain', 'utf-8', 'quoted-printable')
    aws_mail(num, 'console-resolved-gmail', t, RAJ, f"Amazon Web Services: Your Support case {c} has been resolved",
             body, text, kind='survey', lang='en', case_id=c, recv='gmail', expect_ids=[])

@mail
def raj_badges_case(num):
    t = T(2025, 9, 11, 9, 15, 26)
    c = C_RAJ2
    msg = f"""\
Hello Raj,

Thank you for forwarding the completion notice from case {C_RAJ}; it made
this much quicker to check.

Your certification profile AWS05510238 itself looks fine. The badges,
however, were issued while
you were using raj.iyer@kestrel-data.io, and they are still held by the
Credly account registered to that address, which is why they did not
follow the merge automatically.

I've asked Credly to combine that Credly account with the one registered
to raj.iyer.cloud@gmail.com. Once they have done so, the badges should
appear on your profile and Credly will e-mail you. You don't need to
accept anything on the old Credly account in the meantime.

I'll keep this case open until the badges have moved.

Best regards,

Ana R.
Amazon Web Services
"""
    q = f"""
---------------------------------------------------------------
Your correspondence (10 Sep 2025, 03:22 UTC):

Hi, my certification accounts were merged last week (see below), but
Credly still only shows one badge. The other two seem to be stuck on my
old work Credly account. Can you help?

Raj

---------- Forwarded message ---------
From: Amazon Web Services <no-reply-aws@amazon.com>
Date: Fri, Sep 5, 2025 at 11:44 AM
Subject: RE:[CASE {C_RAJ}] {RAJ_SUBJ}
To: <raj.iyer.cloud@gmail.com>


{RAJ_DONE_TEXT}
Secondary profiles: AWS07764120, AWS13009871
Primary profile: AWS05510238
---------------------------------------------------------------
"""
    text = msg + q + '\n' + console_footer_en(c)
    body = part(text, 'plain', 'utf-8', 'quoted-printable')
    aws_mail(num, 're-case-forward-inside', t, RAJ, f"RE:[CASE {c}] Credly badges missing after certification account merge",
             body, msg + console_footer_en(c), kind='support_reply', lang='en', case_id=c, recv='gmail',
             expect_ids=['AWS05510238'])

@mail
def raj_credly_moved(num):
    t = T(2025, 9, 12, 20, 31, 2)
    text = """\
Hi Raj,

Good news: the badges below, issued by Amazon Web Services Training and
Certification, were transferred from another Credly account and are now
part of your profile.

  • AWS Certified Developer – Associate
  • AWS Certified Solutions Architect – Associate

Accept your badges to display them on your profile and share them with
your network:
https://www.credly.com/earner/earned?sort=-state_updated_at

Questions? Visit https://support.credly.com

Credly, Inc. · 15 W 39th St, New York, NY 10018
"""
    html = html_doc("""<div style="max-width:560px;margin:0 auto">
<p><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></p>
<p>Hi Raj,</p>
<p><b>Good news:</b> the badges below, issued by Amazon Web Services Training and Certification, were transferred from another Credly account and are now part of your profile.</p>
<ul><li>AWS Certified Developer – Associate</li><li>AWS Certified Solutions Architect – Associate</li></ul>
<p><a href="https://www.credly.com/earner/earned?sort=-state_updated_at" style="background:#ff6b00;color:#fff;padding:10px 26px;text-decoration:none;border-radius:4px">Accept your badges</a></p>
<p style="font-size:11px;color:#888">Questions? Visit <a href="https://support.credly.com">support.credly.com</a><br>Credly, Inc. · 15 W 39th St, New York, NY 10018</p></div>""")
    body = alt_plain_html(text, html, boundary=hexr(32))
    credly_mail(num, 'credly-transferred-gmail', t, RAJ, 'Your badges have been moved to your Credly account', body, text,
                kind='credly_badge_issued', recv='gmail')

@mail
def raj_billing(num):
    t = O_RAJB + dt.timedelta(seconds=4)
    c = C_RAJB
    text = f"""\
Thank you for contacting Amazon Web Services. We have opened case {c} to address your issue.

The details of your case are as follows:

Case ID: {c}
Subject: Unexpected NAT Gateway charges on December invoice
Severity: General guidance
Correspondence: Hi, my December bill shows about $310 of NAT Gateway processing charges in eu-west-1 for account 4417-2093-8856. I deleted the test VPC on Dec 3, so I don't understand where these come from. Can you check whether a refund is possible?

You'll receive an email notification when there are updates to your case. To view your case or add further correspondence, please visit the AWS Support Center.

""" + console_footer_en(c)
    body = part(text, 'plain', 'utf-8', 'quoted-printable')
    aws_mail(num, 'console-opened-billing', t, RAJ, f"Amazon Web Services: You have opened a new Support case: {c}",
             body, text, kind='unrelated', lang='en', case_id=c, recv='gmail', expect_ids=[])

def generic_gmail(num, slug, t, to, frm_name, frm_addr, subj, body, new_text, *, kind, lang, case_id, sv, domain, ip, host,
                  dkim_res='pass', spf='pass', dmarc='pass', policy='p=REJECT sp=REJECT dis=NONE', mf=None, sel='s1', extra=(), mid=None, forged=None):
    s = generic_send(t, domain, ip, host, sel=sel, mf=mf)
    dk = [(domain, sel, dkim_res)] if dkim_res else []
    rv = recv_gmail(to, t, host, ip, s['mf'], dk, dmarc, frm_addr.split('@')[-1], policy=policy, spf=spf, forged=forged)
    fromh = formataddr((frm_name, frm_addr)) if all(ord(ch) < 128 for ch in frm_name) else f"{Header(frm_name, 'utf-8').encode()} <{frm_addr}>"
    top = [('Date', rfc(t)), ('From', fromh), ('To', to), ('Subject', hsubj(subj)), ('Message-ID', mid or f"<{hexr(24)}@{domain}>")] + list(extra)
    emit(num, slug, kind=kind, lang=lang, case_id=case_id, sv=sv, body=body, recv=rv,
         send_sig=s['sig'] if dkim_res else [], top=top, new_text=new_text)

@mail
def raj_github(num):
    t = T(2025, 9, 9, 16, 48, 12)
    text = """\
Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kestrel-data/etl-pipeline/pull/412#event-19823374551
You are receiving this because you were mentioned.

Message ID: <kestrel-data/etl-pipeline/pull/412/issue_event/19823374551@github.com>
"""
    html = html_doc("""<p></p>
<p>Merged <a href="https://github.com/kestrel-data/etl-pipeline/pull/412" class="issue-link js-issue-link">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/kestrel-data/etl-pipeline/pull/412#event-19823374551">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/AB3X">unsubscribe</a>.<br />You are receiving this because you were mentioned.</p>""")
    body = alt(part(text, 'plain', 'UTF-8', '7bit'), part(html, 'html', 'UTF-8', '7bit'), boundary='--==_mimepart_' + hexr(13) + '_' + hexr(6) + str(R.randint(100, 999)))
    generic_gmail(num, 'github-pr-merged', t, RAJ, 'Priyanka Shah', 'notifications@github.com',
                  'Re: [kestrel-data/etl-pipeline] Merge duplicate account records before Credly sync (PR #412)',
                  body, text, kind='unrelated', lang='en', case_id=None, sv=False, domain='github.com',
                  ip=f"192.30.252.{R.randint(190,210)}", host=f"out-{R.randint(10,30)}.smtp.github.com", mf='noreply@github.com', sel='pf2023',
                  extra=[('Reply-To', 'kestrel-data/etl-pipeline <reply+AB3XK7@reply.github.com>'), ('Cc', 'Raj Iyer <raj.iyer.cloud@gmail.com>, Mention <mention@noreply.github.com>'),
                         ('In-Reply-To', '<kestrel-data/etl-pipeline/pull/412@github.com>'), ('References', '<kestrel-data/etl-pipeline/pull/412@github.com>'),
                         ('List-ID', 'kestrel-data/etl-pipeline <etl-pipeline.kestrel-data.github.com>'), ('X-GitHub-Reason', 'mention')],
                  mid='<kestrel-data/etl-pipeline/pull/412/issue_event/19823374551@github.com>')

@mail
def raj_credly_code(num):
    t = T(2025, 9, 10, 3, 5, 44)
    text = """\
Hi Raj,

We received a request to merge the Credly account registered to
raj.iyer@kestrel-data.io into your account.

Your verification code is: 583190

Enter this code on the merge page, or click the button below to finish:
Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=8e1d0c7b5a

This code expires in 30 minutes. If you did not request this, you can
ignore this e-mail - no changes will be made to your account.

The Credly Team
Credly, Inc. · 15 W 39th St, New York, NY 10018
"""
    html = html_doc("""<div style="max-width:540px;margin:0 auto"><p>Hi Raj,</p>
<p>We received a request to merge the Credly account registered to <b>raj.iyer@kestrel-data.io</b> into your account.</p>
<p>Your verification code is:</p><p style="font-size:28px;letter-spacing:6px;font-weight:bold">583190</p>
<p><a href="https://www.credly.com/users/account_merges/confirm?token=8e1d0c7b5a" style="background:#ff6b00;color:#fff;padding:10px 26px;text-decoration:none;border-radius:4px">Complete Account Merge</a></p>
<p>This code expires in 30 minutes. If you did not request this, you can ignore this e-mail - no changes will be made to your account.</p>
<p>The Credly Team</p></div>""")
    body = alt_plain_html(text, html, boundary=hexr(32))
    credly_mail(num, 'credly-verification-code', t, RAJ, 'Your Credly account merge verification code', body, text,
                kind='unrelated', recv='gmail', name='Credly')

@mail
def raj_credly_expiry(num):
    t = T(2026, 3, 2, 14, 0, 9)
    text = """\
Hi Raj,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services
Training and Certification, will expire on June 1, 2026.

To keep your badge active, complete the recertification requirements set
by the issuer before that date. Once renewed, a new badge will be issued
to your Credly account automatically.

Learn about recertification: https://aws.amazon.com/certification/recertification/
View your badge: https://www.credly.com/earner/earned

Credly, Inc. · 15 W 39th St, New York, NY 10018
Manage notification settings: https://www.credly.com/notification_preferences
"""
    body = part(text, 'plain', 'utf-8', 'quoted-printable')
    credly_mail(num, 'credly-reminder-gmail', t, RAJ, 'Your AWS Certified Cloud Practitioner badge expires in 90 days', body, text,
                kind='unrelated', recv='gmail', name='Credly')

@mail
def raj_credly_phish(num):
    t = T(2025, 9, 13, 4, 12, 55)
    dom = 'credly-notify.net'
    html = html_doc(f"""<div style="max-width:560px;margin:0 auto;font-family:Helvetica,Arial,sans-serif">
<p><img src="https://{dom}/static/credly.png" width="90" alt="Credly"></p>
<p>Hello,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Solutions Architect – Associate</b>.</p>
<p>Your badge is ready to accept. For security reasons, unclaimed badges are removed after <b>24 hours</b>. Sign in with your Credly e-mail and password to claim it.</p>
<p><a href="https://{dom}/badge/accept?id={hexr(20)}" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly Inc. All rights reserved.</p></div>""")
    body = part(html, 'html', 'utf-8', 'base64')
    generic_gmail(num, 'badge-ready-accept-24h', t, RAJ, 'Credly', f'badges@{dom}', 'Action needed: accept your AWS badge within 24 hours',
                  body, html, kind='credly_badge_issued', lang='en', case_id=None, sv=False, domain=dom,
                  ip=f"45.{R.randint(10,250)}.{R.randint(1,250)}.{R.randint(2,250)}", host=f"srv{R.randint(100,999)}.{dom}",
                  policy='p=NONE sp=NONE dis=NONE', sel='mail')

@mail
def raj_voucher_phish(num):
    t = T(2025, 10, 2, 6, 44, 3)
    dom = 'aws-certification-rewards.com'
    text = f"""\
Dear AWS Certified professional,

Your 50% exam discount voucher expires in 24 hours.

To keep it, verify your payment details so we can re-issue the benefit
to your AWS Certification account:

https://{dom}/benefits/renew?u=raj.iyer.cloud

Vouchers not renewed today will be permanently removed.

AWS Training and Certification
"""
    body = part(text, 'plain', 'utf-8', '7bit')
    generic_gmail(num, 'voucher-expiring-today', t, RAJ, 'AWS Training and Certification', f'no-reply@{dom}',
                  'Your AWS Certification voucher expires today', body, text, kind='unrelated', lang='en', case_id=None, sv=False,
                  domain=dom, ip=f"103.{R.randint(10,250)}.{R.randint(1,250)}.{R.randint(2,250)}", host=f"vps{R.randint(1000,9999)}.hostingcloud.top",
                  dkim_res=None, spf='softfail', dmarc='fail', policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE', mf=f"info@vps-mailer.top")
# ================================================================ Kenji (gmail, Japanese form case)

KENJI_DESC = """\
前職の会社で受験した際に作成された認定アカウント（AWS11290457）があり、
個人で作成したアカウントと分かれてしまっています。
個人のアカウントに統合していただけますでしょうか。
また、統合後も50%割引の受験バウチャーが使えるか教えてください。"""

def gm_ja_hdr(y, mo, d, wd, hh, mm, name, addr):
    return f"{y}年{mo}月{d}日({wd}) {hh}:{mm:02d} {name} <{addr}>:\n"

@mail
def kenji_ack(num):
    t = O_KENJI + dt.timedelta(seconds=6)
    c = C_KENJI
    text = f"""\
渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース番号: {c}

担当者が内容を確認のうえ、原則として 24 時間以内にメールでご連絡いたします。
追加の情報がある場合は、件名を変更せずに本メールへご返信ください。
同じ内容のお問い合わせを再度送信いただく必要はございません。

■ お問い合わせ内容
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS04718263
内容:
{KENJI_DESC}

AWS トレーニングと認定 カスタマーサポート

""" + FORM_LEGAL_JA
    body = part(text, 'plain', 'iso-2022-jp', '7bit')
    aws_mail(num, 'form-ack-iso2022jp', t, KENJI, f"【AWS トレーニングと認定】お問い合わせを受け付けました [CASE {c}]",
             body, text, kind='case_created', lang='ja', case_id=c, recv='gmail', frm=FORM, charset='iso-2022-jp',
             name='Amazon Web Services', expect_ids=['AWS04718263', 'AWS11290457'])

@mail
def kenji_inline(num):
    t = T(2025, 5, 27, 2, 10, 38)
    c = C_KENJI
    text = """\
渡辺 様

AWS トレーニングと認定 カスタマーサポートの中島です。
お問い合わせいただいた内容について、以下のとおり回答いたします。

> 前職の会社で受験した際に作成された認定アカウント（AWS11290457）があり、
> 個人で作成したアカウントと分かれてしまっています。

確認いたしました。2 つのアカウントとも渡辺様のものと判断しております。

> 個人のアカウントに統合していただけますでしょうか。

承知いたしました。統合後に残すアカウントとしては、ご指定のとおり AWS04718263 を想定しております。
統合の対象となるアカウントの詳細は、この後あらためてご案内いたしますので、その内容をご確認いただいてから作業を行います。現時点ではまだ統合は行っておりません。

> また、統合後も50%割引の受験バウチャーが使えるか教えてください。

未使用のバウチャーは統合後のアカウントに引き継がれます。ただし有効期限は変わりませんのでご注意ください。

引き続きよろしくお願いいたします。

中島
AWS トレーニングと認定 カスタマーサポート

""" + FORM_LEGAL_JA
    new = re.sub(r'(?m)^>.*\n', '', text)
    body = part(text, 'plain', 'utf-8', 'base64')
    aws_mail(num, 're-case-inline-ja', t, KENJI, FORM_SUBJ.format(c=c), body, new,
             kind='support_reply', lang='ja', case_id=c, recv='gmail', frm=FORM, expect_ids=['AWS04718263'])

KENJI_CONF_MID = ses_mid(T(2025, 5, 27, 7, 20, 15))

KENJI_CONFIRM = """\
渡辺 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの中島です。

お待たせいたしました。以下の内容で認定アカウントの統合を予定しております。

　統合後に残るアカウント: AWS04718263（watanabe.kenji.dev@gmail.com）
　統合されるアカウント　: AWS11290457（k.watanabe@hoshino-sys.co.jp）

統合を行うと、AWS11290457 の認定資格、受験履歴、特典はすべて AWS04718263 に移り、AWS11290457 は閉鎖されます。
一度実施した統合は取り消すことができませんので、内容に誤りがないかご確認ください。

上記の内容でよろしければ、本メールにその旨をご返信ください。
ご返信をいただくまでは、統合の作業は行いません。

よろしくお願いいたします。

中島
AWS トレーニングと認定 カスタマーサポート
"""

@mail
def kenji_confirm(num):
    t = T(2025, 5, 27, 7, 20, 15)
    c = C_KENJI
    text = KENJI_CONFIRM + '\n' + FORM_LEGAL_JA
    body = part(text, 'plain', 'iso-2022-jp', '7bit')
    aws_mail(num, 're-case-iso2022jp-confirm', t, KENJI, FORM_SUBJ.format(c=c), body, text, mid=KENJI_CONF_MID,
             kind='merge_confirmation_requested', lang='ja', case_id=c, recv='gmail', frm=FORM, charset='iso-2022-jp',
             expect_ids=['AWS04718263', 'AWS11290457'])

KENJI_REPLY = """\
中島様

ご連絡ありがとうございます。
記載の内容で相違ありません。統合を進めていただけますようお願いいたします。

渡辺 健二
"""

def kenji_reply_body():
    return gm_ja_hdr(2025, 5, 27, '火', 16, 20, 'Amazon Web Services', FORM) + quote(KENJI_CONFIRM + '\n' + FORM_LEGAL_JA) + '\n' + KENJI_REPLY

@mail
def kenji_own_reply(num):
    t = T(2025, 5, 27, 23, 2, 41)
    c = C_KENJI
    text = kenji_reply_body()
    qh = esc(gm_ja_hdr(2025, 5, 27, '火', 16, 20, 'Amazon Web Services', FORM).strip())
    html = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{qh}<br></div>{BQ}'
            + p_html(KENJI_CONFIRM + '\n' + FORM_LEGAL_JA) + '</blockquote></div>\n<div dir="ltr"><br>' + esc(KENJI_REPLY).replace('\n', '<br>\n') + '</div>\n')
    body = alt(part(text, 'plain', 'utf-8', 'base64'), part(html, 'html', 'utf-8', 'base64'), boundary=gm_boundary())
    top = [('Date', rfc(t, JST)), ('References', KENJI_CONF_MID), ('In-Reply-To', KENJI_CONF_MID), ('Message-ID', gmid()),
           ('Subject', hsubj(f"Re: {FORM_SUBJ.format(c=c)}")), ('From', 'Kenji Watanabe <watanabe.kenji.dev@gmail.com>'), ('To', f'Amazon Web Services <{FORM}>')]
    emit(num, 'sent-reply-bottom-posted-ja', kind='unrelated', lang='ja', case_id=c, sv=None, body=body, recv=[], send_sig=[],
         top=top, new_text=KENJI_REPLY, expect_ids=[])

KENJI_PROCEED = """\
渡辺 様

ご確認いただき、ありがとうございます。
いただいたご返信をもって、AWS11290457 を AWS04718263 へ統合する手続きを開始いたします。

作業には通常 1 から 3 営業日ほどかかります。完了しましたら、本ケースにて改めてご連絡いたします。
なお、Credly のデジタルバッジは、統合が完了してから新しいアカウントに反映されるまで数日かかる場合がございます。

今しばらくお待ちくださいませ。

中島
AWS トレーニングと認定 カスタマーサポート
"""

@mail
def kenji_proceeding(num):
    t = T(2025, 5, 28, 1, 35, 2)
    c = C_KENJI
    q = gm_ja_hdr(2025, 5, 28, '水', 8, 2, '渡辺健二', KENJI) + quote(kenji_reply_body())
    text = KENJI_PROCEED + '\n' + q
    body = part(text, 'plain', 'iso-2022-jp', '7bit')
    aws_mail(num, 're-case-nested-quote-ja', t, KENJI, FORM_SUBJ.format(c=c), body, KENJI_PROCEED,
             kind='support_reply', lang='ja', case_id=c, recv='gmail', frm=FORM, charset='iso-2022-jp',
             expect_ids=['AWS04718263', 'AWS11290457'])

KENJI_DONE = """\
渡辺 様

大変お待たせいたしました。
AWS11290457 に登録されていた認定資格、受験履歴および未使用の特典を、AWS04718263 へ移行いたしました。
AWS11290457 は閉鎖済みのため、今後は watanabe.kenji.dev@gmail.com でサインインしてご利用ください。

認定アカウントのページで、認定資格の一覧に不足がないかご確認いただけますと幸いです。

中島
AWS トレーニングと認定 カスタマーサポート
"""

@mail
def kenji_done(num):
    t = T(2025, 5, 29, 3, 10, 56)
    c = C_KENJI
    q = ('-----Original Message-----\nFrom: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: 2025-05-28 01:35 UTC\n\n'
         + quote(KENJI_PROCEED + '\n' + gm_ja_hdr(2025, 5, 28, '水', 8, 2, '渡辺健二', KENJI) + quote(kenji_reply_body())))
    text = KENJI_DONE + '\n' + FORM_LEGAL_JA + '\n' + q
    body = part(text, 'plain', 'iso-2022-jp', '7bit')
    aws_mail(num, 're-case-deep-nesting-ja', t, KENJI, FORM_SUBJ.format(c=c), body, KENJI_DONE + FORM_LEGAL_JA,
             kind='merge_completed', lang='ja', case_id=c, recv='gmail', frm=FORM, charset='iso-2022-jp',
             expect_ids=['AWS04718263', 'AWS11290457'])

@mail
def kenji_survey(num):
    t = T(2025, 5, 29, 3, 12, 30)
    c = C_KENJI
    link = f"https://amazonexteu.qualtrics.com/jfe/form/SV_3Pq8cTrKmB4nGvA?caseid={c}&lang=ja"
    text = f"""\
渡辺 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース {c} は解決済みとしてクローズいたしました。

今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします（所要時間: 約 2 分）。

問題は解決しましたか？
　はい: {link}&resolved=yes
　いいえ: {link}&resolved=no

「いいえ」を選択された場合は、ケースが再開され、担当者より改めてご連絡いたします。

AWS トレーニングと認定 カスタマーサポート
"""
    html = html_doc(f"""<div style="max-width:600px;margin:0 auto">
<p>渡辺 様</p>
<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>ケース <b>{c}</b> は解決済みとしてクローズいたしました。</p>
<p>今後のサービス向上のため、簡単なアンケートにご協力をお願いいたします（所要時間: 約 2 分）。</p>
<p><b>問題は解決しましたか？</b></p>
<p><a href="{link}&amp;resolved=yes" style="background:#ff9900;color:#000;padding:8px 24px;text-decoration:none">はい</a> &nbsp; <a href="{link}&amp;resolved=no" style="background:#eaeded;color:#000;padding:8px 24px;text-decoration:none">いいえ</a></p>
<p>「いいえ」を選択された場合は、ケースが再開され、担当者より改めてご連絡いたします。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p></div>""", lang='ja')
    body = alt(part(text, 'plain', 'utf-8', 'base64'), part(html, 'html', 'utf-8', 'base64'), boundary=ses_boundary(t))
    aws_mail(num, 'survey-ja-gmail', t, KENJI, f"【アンケートのお願い】ケース {c} のご対応について", body, text,
             kind='survey', lang='ja', case_id=c, recv='gmail', frm=FORM, name='AWS トレーニングと認定', expect_ids=[])

@mail
def kenji_credly(num):
    t = T(2025, 5, 30, 9, 41, 17)
    u = uuid.UUID(int=R.getrandbits(128))
    text = f"""\
渡辺 健二 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Solutions Architect – Associate

バッジを受け取ると、プロフィールに表示したり、LinkedIn などで共有したりできます。

バッジを受け取る: https://www.credly.com/badges/{u}/accept

Credly, Inc. · 15 W 39th St, New York, NY 10018
通知設定の変更: https://www.credly.com/notification_preferences
"""
    html = html_doc(f"""<div style="max-width:560px;margin:0 auto"><p><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></p>
<p>渡辺 健二 さん</p><p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p>
<p style="text-align:center"><b>AWS Certified Solutions Architect – Associate</b></p>
<p>バッジを受け取ると、プロフィールに表示したり、LinkedIn などで共有したりできます。</p>
<p style="text-align:center"><a href="https://www.credly.com/badges/{u}/accept" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. · 15 W 39th St, New York, NY 10018</p></div>""", lang='ja')
    body = alt_plain_html(text, html, boundary=hexr(32))
    credly_mail(num, 'credly-ja-gmail', t, KENJI, '渡辺 健二さん、Amazon Web Services Training and Certification からバッジが届いています',
                body, text, kind='credly_badge_issued', recv='gmail', lang='ja')

@mail
def kenji_phish(num):
    t = T(2025, 5, 27, 17, 30, 4)
    c = C_PHISH_JA
    text = f"""\
渡辺 健二 様

AWS トレーニングと認定です。お客様の認定アカウントの統合について、最終確認をお願いいたします。

ケース番号: {c}
統合先アカウント: AWS06631470
統合元アカウント: AWS02274918

セキュリティ保護のため、24 時間以内に下記のリンクからサインインし、統合を承認してください。
期限内に承認が確認できない場合、両方のアカウントの認定資格が一時的に無効となります。

▶ 統合を承認する
https://aws-certification-verify.com/ja/merge/approve?case={c}

※本メールは送信専用アドレスから送信しています。
AWS トレーニングと認定 カスタマーサポート
"""
    body = part(text, 'plain', 'utf-8', 'base64')
    ip = f"91.{R.randint(100,250)}.{R.randint(1,250)}.{R.randint(2,250)}"
    host = f"mx{R.randint(1,9)}.mail-secure-notice.top"
    mf = f"bounce-{hexr(6)}@mail-secure-notice.top"
    forged = ('mx.amazon.com; spf=pass smtp.mailfrom=amazon.com;\n       dkim=pass header.d=amazon.com;\n       dmarc=pass header.from=amazon.com')
    rv = recv_gmail(KENJI, t, host, ip, mf, [('amazon.com', SES_SEL, 'fail')], 'fail', 'amazon.com', spf='pass', forged=forged)
    top = [('Date', rfc(t, JST)), ('From', f"{Header('AWS トレーニングと認定', 'utf-8').encode()} <{FORM}>"), ('To', KENJI),
           ('Subject', hsubj('【重要】認定アカウント統合の最終確認のお願い（24時間以内にご対応ください）')),
           ('Message-ID', f"<{hexr(16)}.{hexr(8)}@mail-secure-notice.top>")]
    sig = [('DKIM-Signature', dkim('amazon.com', SES_SEL, t))]
    emit(num, 'merge-final-check-24h-ja', kind='merge_confirmation_requested', lang='ja', case_id=c, sv=False, body=body,
         recv=rv, send_sig=sig, top=top, new_text=text, expect_ids=['AWS02274918', 'AWS06631470'])
# ================================================================ Misaki (biglobe, Japanese form case)

MX_BIGLOBE = 'jp:mx-in02.biglobe.ne.jp'

@mail
def misaki_ack(num):
    t = O_MISAKI + dt.timedelta(seconds=5)
    c = C_MISAKI
    text = f"""\
佐藤 美咲 様

お問い合わせありがとうございます。
AWS トレーニングと認定 カスタマーサポートでは、お客様からのご依頼を下記のケース番号で承りました。

　ケース番号：{c}
　受付日時　：2025年11月4日 10:22（日本時間）

内容を確認のうえ、担当者より順次ご連絡いたします。通常は 24 時間以内にご案内しておりますが、混雑状況によってはお時間をいただく場合がございます。
恐れ入りますが、同じ内容で重複してお問い合わせをいただきませんよう、お願い申し上げます。

AWS トレーニングと認定 カスタマーサポート

""" + FORM_LEGAL_JA
    body = part(text, 'plain', 'shift_jis', 'base64', label='Shift_JIS')
    aws_mail(num, 'form-ack-sjis', t, MISAKI, f"[CASE {c}] お問い合わせを承りました - AWS トレーニングと認定",
             body, text, kind='case_created', lang='ja', case_id=c, recv=MX_BIGLOBE, frm=FORM, charset='iso-2022-jp', expect_ids=[])

MISAKI_44 = """\
佐藤 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの森です。

ご依頼いただいた AWS08823019 と AWS03377654 の統合について、現在、担当チームにて両アカウントの登録内容を確認しております。
確認が取れ次第、統合の内容について改めてご確認をお願いするメールをお送りいたしますので、今しばらくお待ちください。

なお、統合後にどちらのアカウントを残されるかについて、ご希望があればあわせてお知らせください。

森
AWS トレーニングと認定 カスタマーサポート
"""

@mail
def misaki_working(num):
    t = T(2025, 11, 5, 5, 40, 19)
    c = C_MISAKI
    text = MISAKI_44 + '\n' + FORM_LEGAL_JA
    # Shift_JIS bytes sent 8bit but labelled ISO-2022-JP
    body = part(text, 'plain', 'shift_jis', '8bit', label='ISO-2022-JP')
    aws_mail(num, 're-case-sjis-labelled-jis', t, MISAKI, FORM_SUBJ.format(c=c), body, text,
             kind='support_reply', lang='ja', case_id=c, recv=MX_BIGLOBE, frm=FORM, expect_ids=['AWS03377654', 'AWS08823019'])

MISAKI_CONFIRM = """\
佐藤 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの森です。
ご返信いただきありがとうございます。確認の結果、以下の内容で統合が可能です。

　■ 残すアカウント　　：AWS08823019
　■ 統合するアカウント：AWS03377654

統合後、AWS03377654 に記録されている認定資格・受験履歴は AWS08823019 に引き継がれ、AWS03377654 はご利用いただけなくなります。
統合は一度行うと元に戻すことができません。

お手数ですが、上記の内容で問題がないか、本メールへのご返信にてお知らせください。
ご確認のご連絡をいただいた後に作業を開始いたします。

森
AWS トレーニングと認定 カスタマーサポート
"""

def misaki_thread_1(c):
    return f"""
差出人: 佐藤 美咲 <msato0417@kyj.biglobe.ne.jp>
送信日時: 2025年11月5日 21:14
宛先: aws-cs-trainingcertification-form@amazon.com
件名: Re: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

森様

ご連絡ありがとうございます。
残したいのは、現在の勤務先で使っている AWS08823019 の方です。
AWS03377654 は学生時代に作ったもので、もう使っていません。

よろしくお願いいたします。
佐藤

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年11月5日 14:40
宛先: msato0417@kyj.biglobe.ne.jp
件名: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

{MISAKI_44}"""

@mail
def misaki_confirm(num):
    t = T(2025, 11, 6, 2, 15, 8)
    c = C_MISAKI
    new = MISAKI_CONFIRM + '\n' + FORM_LEGAL_JA
    body = part(new + misaki_thread_1(c), 'plain', 'shift_jis', 'base64', label='Shift_JIS')
    aws_mail(num, 're-case-sjis-unmarked-quote', t, MISAKI, FORM_SUBJ.format(c=c), body, new,
             kind='merge_confirmation_requested', lang='ja', case_id=c, recv=MX_BIGLOBE, frm=FORM,
             expect_ids=['AWS03377654', 'AWS08823019'])

MISAKI_DONE = """\
佐藤 様

お世話になっております。森です。
ご依頼いただいておりました認定アカウントの件、本日作業が完了いたしました。

AWS03377654 の認定資格および受験履歴は、すべて AWS08823019 へ移しております。今後は AWS08823019 のみをご利用ください。
Credly のバッジにつきましては、反映まで 1、2 日ほどかかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

森
AWS トレーニングと認定 カスタマーサポート
"""

@mail
def misaki_done(num):
    t = T(2025, 11, 7, 6, 30, 44)
    c = C_MISAKI
    q = f"""
-----Original Message-----
From: 佐藤 美咲 <msato0417@kyj.biglobe.ne.jp>
Sent: Thursday, November 6, 2025 8:03 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

森様

内容を確認しました。問題ありませんので、統合をお願いいたします。

佐藤

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, November 6, 2025 11:15 AM
To: msato0417@kyj.biglobe.ne.jp
Subject: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

{MISAKI_CONFIRM}""" + misaki_thread_1(c)
    new = MISAKI_DONE + '\n' + FORM_LEGAL_JA
    # UTF-8 bytes labelled Shift_JIS
    body = part(new + q, 'plain', 'utf-8', 'base64', label='Shift_JIS')
    aws_mail(num, 're-case-utf8-labelled-sjis', t, MISAKI, FORM_SUBJ.format(c=c), body, new,
             kind='merge_completed', lang='ja', case_id=c, recv=MX_BIGLOBE, frm=FORM,
             expect_ids=['AWS03377654', 'AWS08823019'])

@mail
def misaki_closed(num):
    t = T(2025, 11, 7, 6, 32, 10)
    c = C_MISAKI
    new = f"""\
佐藤 様

ケース {c} は解決済みとしてクローズされました。
このたびのサポートについて、ご意見をお聞かせください。いただいたご意見は、今後のサービス改善に活用させていただきます。

▼アンケートに回答する（所要時間: 約 1 分）
https://amazonexteu.qualtrics.com/jfe/form/SV_eLx2m0ZqVtYhF9c?case={c}&lang=ja

ケースを再開する必要がある場合は、14 日以内に本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
"""
    q = "\n--- これまでのやり取り ---\n" + quote(MISAKI_DONE)
    body = part(new + q, 'plain', 'iso-2022-jp', '7bit')
    aws_mail(num, 'case-closed-quoting-previous-ja', t, MISAKI, f"[CASE {c}] ケースがクローズされました - アンケートのお願い",
             body, new, kind='survey', lang='ja', case_id=c, recv=MX_BIGLOBE, frm=FORM, charset='iso-2022-jp',
             name='AWS トレーニングと認定', expect_ids=[])

@mail
def misaki_credly(num):
    t = T(2025, 11, 8, 12, 3, 51)
    u1, u2 = uuid.UUID(int=R.getrandbits(128)), uuid.UUID(int=R.getrandbits(128))
    text = f"""\
佐藤 美咲 さん

おめでとうございます！ Amazon Web Services Training and Certification から 2 件のバッジが発行されました。

・AWS Certified Cloud Practitioner
　受け取る: https://www.credly.com/badges/{u1}/accept
・AWS Certified Developer – Associate
　受け取る: https://www.credly.com/badges/{u2}/accept

バッジを受け取ると、認定を LinkedIn やメール署名で共有できます。

Credly, Inc. · 15 W 39th St, New York, NY 10018
"""
    html = html_doc(f"""<div style="max-width:560px;margin:0 auto"><p><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></p>
<p>佐藤 美咲 さん</p><p>おめでとうございます！ Amazon Web Services Training and Certification から 2 件のバッジが発行されました。</p>
<table width="100%"><tr><td align="center"><b>AWS Certified Cloud Practitioner</b><br><a href="https://www.credly.com/badges/{u1}/accept">バッジを受け取る</a></td>
<td align="center"><b>AWS Certified Developer – Associate</b><br><a href="https://www.credly.com/badges/{u2}/accept">バッジを受け取る</a></td></tr></table>
<p>バッジを受け取ると、認定を LinkedIn やメール署名で共有できます。</p>
<p style="font-size:11px;color:#888">Credly, Inc. · 15 W 39th St, New York, NY 10018</p></div>""", lang='ja')
    body = alt_plain_html(text, html, boundary=hexr(32))
    credly_mail(num, 'credly-two-badges-biglobe', t, MISAKI, '佐藤 美咲さん、2 件の新しいバッジが発行されました',
                body, text, kind='credly_badge_issued', recv=MX_BIGLOBE, lang='ja')

@mail
def misaki_pearson(num):
    t = T(2025, 11, 20, 4, 18, 33)
    text = """\
佐藤 美咲 様

ピアソンVUE をご利用いただき、ありがとうございます。
以下の試験のご予約が確定しました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
日時: 2025年12月6日（土） 13:00 JST
会場: オンライン試験（OnVUE）
AWS 受験者 ID: AWS08823019
登録 ID: 482913377

試験開始 30 分前からチェックインが可能です。身分証明書（有効期限内の顔写真付きのもの）をご用意ください。
予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。

ピアソンVUE カスタマーサービス
https://home.pearsonvue.com/aws
"""
    body = part(text, 'plain', 'utf-8', 'quoted-printable')
    ip = f"159.182.{R.randint(1,250)}.{R.randint(2,250)}"
    host = f"mailout{R.randint(1,6)}.pearson.com"
    s = generic_send(t, 'pearson.com', ip, host, sel='pvue2024', mf='pearsonvuecustomerservice@pearson.com')
    rv = recv_jp(MISAKI, t, 'mx-in02.biglobe.ne.jp', host, ip, s['mf'], s['dk'], 'pass', 'pearson.com', policy='p=reject dis=none')
    top = [('Date', rfc(t)), ('From', f"{Header('ピアソンVUE', 'utf-8').encode()} <pearsonvuecustomerservice@pearson.com>"), ('To', MISAKI),
           ('Subject', hsubj('試験予約確認 - AWS Certified Solutions Architect - Professional')), ('Message-ID', f"<{hexr(12)}.{R.randint(100000,999999)}@pearsonvue.com>")]
    emit(num, 'exam-appointment-ja', kind='unrelated', lang='ja', case_id=None, sv=False, body=body, recv=rv, send_sig=s['sig'],
         top=top, new_text=text, expect_ids=['AWS08823019'])
# ================================================================ Yamamoto (Office 365 tenant, HTML-only, ja)

YAMA_SIG = """\
──────────────────────────────
株式会社ネクサスシステムズ
クラウドインテグレーション事業部 第二技術部
山本 大輔（Daisuke Yamamoto）
〒105-0011 東京都港区芝公園 2-4-1 芝パークビル 8F
TEL: 03-5412-7700 / FAX: 03-5412-7701
E-mail: d-yamamoto@nexus-sys.co.jp
──────────────────────────────
【機密保持に関するお知らせ】
本メール（添付ファイルを含む）は、宛先として指定された方のみを対象としたものであり、機密情報を含む場合があります。
本メールを誤って受信された場合は、お手数ですが送信者までご連絡いただくとともに、本メールおよび複製を直ちに削除してください。
本メールの内容の全部または一部を、送信者の許可なく複製、転載、開示、利用することを固く禁じます。
当社は、電子メールの送受信に伴うウイルス感染、遅延、内容の改変等によって生じた損害について責任を負いかねます。
──────────────────────────────"""

YAMA_FORM = """\
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: AWS06120984
内容: 個人で取得した認定のアカウント（AWS06120984）と、会社の研修プログラムで作成されたアカウント（AWS10457732）があります。個人の方に一本化したいです。"""

def yama_html(new_html, quoted_html):
    return html_doc(f'<div style="font-family:メイリオ,Meiryo,sans-serif;font-size:10.5pt">{new_html}</div>\n{quoted_html}', lang='ja')

def bq(hdr, inner):
    return f'<div>{esc(hdr)}</div>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n{inner}\n</blockquote>'

YAMA_46 = """\
山本 様

AWS トレーニングと認定 カスタマーサポートの長谷川でございます。
お問い合わせいただき、ありがとうございます。

ご依頼の AWS06120984 および AWS10457732 の統合について確認を進めるため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. それぞれのアカウントに登録されている通知先メールアドレス
2. 現在サインインに使用されているメールアドレス
3. 統合後に残すアカウントのご希望
4. アカウントが分かれてしまった経緯（例: 会社の研修プログラムで別アカウントが作成された 等）

いただいた情報をもとに、統合の可否と手順をご案内いたします。

長谷川
AWS トレーニングと認定 カスタマーサポート"""

def yama_q46():
    return bq('2026年2月16日 10:05 山本 大輔 <d-yamamoto@nexus-sys.co.jp> のメッセージ:', p_html(YAMA_FORM))

@mail
def yama_ask(num):
    t = T(2026, 2, 17, 2, 30, 51)
    c = C_YAMA
    html = yama_html(p_html(YAMA_46) + '<hr>' + p_html(FORM_LEGAL_JA), yama_q46())
    body = part(html, 'html', 'utf-8', 'quoted-printable')
    aws_mail(num, 'html-only-o365-notification-addresses', t, YAMA, FORM_SUBJ.format(c=c), body, YAMA_46,
             kind='support_reply', lang='ja', case_id=c, recv='outlook', frm=FORM, expect_ids=['AWS06120984', 'AWS10457732'])

YAMA_ANS = """\
長谷川様

お世話になっております。ネクサスシステムズの山本です。
ご連絡ありがとうございます。以下のとおり回答いたします。

1. AWS06120984: daisuke.yamamoto.aws@gmail.com ／ AWS10457732: d-yamamoto@nexus-sys.co.jp
2. daisuke.yamamoto.aws@gmail.com
3. AWS06120984 を残したいです。
4. 2024年に会社の研修プログラムで受験した際、研修担当者が別のアカウントを作成したためです。

よろしくお願いいたします。"""

YAMA_12 = """\
山本 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの長谷川でございます。
詳細をお知らせいただき、ありがとうございました。

いただいた内容をもとに、以下のとおり統合を行う予定です。

統合後に残るアカウント: AWS06120984（daisuke.yamamoto.aws@gmail.com）
統合元のアカウント: AWS10457732（d-yamamoto@nexus-sys.co.jp）

統合元のアカウントにある認定資格、受験履歴、特典は、すべて統合後に残るアカウントへ移ります。統合元のアカウントは閉鎖され、この操作は取り消すことができません。

内容に相違がなければ、本メールにご返信のうえ、統合を進めてよいかお知らせください。ご返信を確認してから作業に着手いたします。

長谷川
AWS トレーニングと認定 カスタマーサポート"""

def yama_q12():
    return bq('2026年2月17日 18:22 山本 大輔 <d-yamamoto@nexus-sys.co.jp> のメッセージ:',
              p_html(YAMA_ANS) + '<p>' + esc(YAMA_SIG).replace('\n', '<br>\n') + '</p>\n'
              + bq('2026年2月17日 11:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> のメッセージ:', p_html(YAMA_46) + yama_q46()))

@mail
def yama_confirm(num):
    t = T(2026, 2, 18, 5, 10, 4)
    c = C_YAMA
    html = yama_html(p_html(YAMA_12) + '<hr>' + p_html(FORM_LEGAL_JA), yama_q12())
    body = part(html, 'html', 'utf-8', 'base64')
    aws_mail(num, 'html-only-o365-blockquotes', t, YAMA, FORM_SUBJ.format(c=c), body, YAMA_12 + FORM_LEGAL_JA,
             kind='merge_confirmation_requested', lang='ja', case_id=c, recv='outlook', frm=FORM,
             expect_ids=['AWS06120984', 'AWS10457732'])

YAMA_22 = """\
山本 様

お世話になっております。長谷川でございます。

ご依頼の作業はすべて完了し、認定資格と受験履歴は統合後のアカウントに集約されました。
今後は AWS06120984（daisuke.yamamoto.aws@gmail.com）でサインインしてご利用ください。会社のメールアドレスで作成されたアカウントにはサインインできなくなっております。

Credly のバッジは 48 時間以内に反映される見込みです。

長谷川
AWS トレーニングと認定 カスタマーサポート"""

@mail
def yama_done(num):
    t = T(2026, 2, 19, 4, 0, 37)
    c = C_YAMA
    quoted = bq('2026年2月18日 16:48 山本 大輔 <d-yamamoto@nexus-sys.co.jp> のメッセージ:',
                '<p>長谷川様</p><p>ご確認ありがとうございます。内容に問題ありませんので、統合を進めてください。</p><p>山本</p>\n<p>'
                + esc(YAMA_SIG).replace('\n', '<br>\n') + '</p>\n'
                + bq('2026年2月18日 14:10 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> のメッセージ:', p_html(YAMA_12) + yama_q12()))
    html = yama_html(p_html(YAMA_22) + '<hr>' + p_html(FORM_LEGAL_JA), quoted)
    body = part(html, 'html', 'utf-8', 'quoted-printable')
    aws_mail(num, 'html-only-o365-nested', t, YAMA, FORM_SUBJ.format(c=c), body, YAMA_22 + FORM_LEGAL_JA,
             kind='merge_completed', lang='ja', case_id=c, recv='outlook', frm=FORM, expect_ids=['AWS06120984'])

@mail
def yama_colleague(num):
    t = T(2026, 2, 19, 7, 20, 12)
    new = """\
山本さん

お疲れさまです。松田です。

AWS 認定のアカウント統合、完了の連絡が来たとのことでありがとうございます。
研修管理表の受験者 ID がまだ旧 ID（AWS10457732）のままになっているので、
残った方の ID を教えてもらえますか？ こちらで更新しておきます。

あと、バウチャーの残りがあれば来期の受験計画に入れたいので、あわせて教えてください。

よろしくお願いします。

──────────────────
株式会社ネクサスシステムズ
人事部 人材開発グループ
松田 彩（Aya Matsuda）
TEL: 03-5412-7730（内線 2241）
E-mail: a-matsuda@nexus-sys.co.jp
──────────────────
本メールおよび添付ファイルは、宛先に記載された方のみを対象とした機密情報を含む場合があります。
誤って受信された場合は、送信者にご連絡のうえ、直ちに削除してください。
許可なく本メールの内容の全部または一部を複製、転載、開示することを禁じます。
──────────────────
"""
    q = """
差出人: 山本 大輔 <d-yamamoto@nexus-sys.co.jp>
送信日時: 2026年2月19日 木曜日 14:02
宛先: 松田 彩 <a-matsuda@nexus-sys.co.jp>
件名: AWS認定アカウント統合の件

松田さん

お疲れさまです。山本です。
先日相談していた AWS 認定のアカウント統合ですが、本日 AWS から完了の連絡がありました。
研修で作ってもらった方のアカウントは使えなくなったので、管理表の更新をお願いできますでしょうか。

""" + YAMA_SIG + '\n'
    text = new + q
    html = html_doc('<div style="font-family:游ゴシック,sans-serif;font-size:11pt">' + p_html(new) + '</div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">'
                    + p_html(q) + '</div>', charset='iso-2022-jp', lang='ja')
    body = alt(part(text, 'plain', 'iso-2022-jp', '7bit'), part(html, 'html', 'iso-2022-jp', 'quoted-printable'), boundary=ol_boundary())
    rv = [('Received', f"from TYCP286MB{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:{hexr(3)}::{hexr(2)}) by\n TYCP286MB{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9094.17; {rfc(t + dt.timedelta(seconds=1))}"),
          ('Received', f"from TYCP286MB{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM\n ([fe80::{hexr(4)}:{hexr(4)}:{hexr(4)}:{hexr(4)}]) by TYCP286MB{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM\n ([fe80::{hexr(4)}:{hexr(4)}:{hexr(4)}:{hexr(4)}%5]) with mapi id 15.20.9094.017; {rfc(t)}")]
    mid = f"<TYCP286MB{R.randint(1000,9999)}{hexr(20).upper()}@TYCP286MB{R.randint(1000,9999)}.JPNP286.PROD.OUTLOOK.COM>"
    top = [('From', f"{Header('松田 彩', 'iso-2022-jp').encode()} <a-matsuda@nexus-sys.co.jp>"),
           ('To', f"{Header('山本 大輔', 'iso-2022-jp').encode()} <d-yamamoto@nexus-sys.co.jp>"),
           ('Subject', hsubj('RE: AWS認定アカウント統合の件', 'iso-2022-jp')), ('Thread-Topic', hsubj('AWS認定アカウント統合の件', 'iso-2022-jp')),
           ('Thread-Index', b64r(28)), ('Date', rfc(t)), ('Message-ID', mid), ('References', f"<TYCP286MB{R.randint(1000,9999)}{hexr(20).upper()}@TYCP286MB5518.JPNP286.PROD.OUTLOOK.COM>"),
           ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP'), ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
           ('X-MS-Exchange-Organization-AuthSource', 'TYCP286MB5518.JPNP286.PROD.OUTLOOK.COM'), ('X-MS-Has-Attach', '')]
    emit(num, 'internal-colleague-o365', kind='unrelated', lang='ja', case_id=None, sv=None, body=body, recv=rv, send_sig=[], top=top,
         new_text=new, expect_ids=['AWS10457732'])
# ================================================================ Ai (gmail, console, ja)

AI_SUBJ = '認定アカウントを1つにまとめたい'
AI_CORR = """\
旧姓（田村）で登録した認定アカウント（AWS-04402786）と、結婚後に作成したアカウント（aws09914350）の 2 つがあります。
結婚後に作成した方のアカウントにまとめていただくことは可能でしょうか。
旧姓のアカウントには Cloud Practitioner の認定があります。"""

def ai_ack_text(c):
    return f"""\
アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {c} を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: {c}
件名: {AI_SUBJ}
重要度: 一般的なガイダンス
内容: {AI_CORR}

ケースが更新されると、メールでお知らせします。ケースの確認や追加の連絡は、AWS サポートセンターから行ってください。
"""

@mail
def ai_ack(num):
    t = O_AI + dt.timedelta(seconds=5)
    c = C_AI
    txt = ai_ack_text(c)
    html = console_html(txt, c, lang='ja')
    body = part(html, 'html', 'utf-8', 'base64')
    aws_mail(num, 'console-opened-html-only-ja', t, AI, f"アマゾン ウェブ サービス: 新しいサポートケースが作成されました: {c}",
             body, txt, kind='case_created', lang='ja', case_id=c, recv='gmail', expect_ids=['AWS04402786', 'AWS09914350'])

@mail
def ai_duplicate(num):
    t = T(2025, 12, 9, 6, 12, 40)
    c = C_AI2
    msg = f"""\
中村 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。サポート担当の小林です。

転送いただいたメールを拝見しました。同じ内容のお問い合わせを、ケース {C_AI} にて昨日すでに承っております。
現在、担当者がそちらのケースで AWS04402786 と AWS09914350 の登録内容を確認しておりますので、以降のご案内はすべてケース {C_AI} にてお送りいたします。

お手数をおかけしますが、本ケースへのご返信は不要です。また、同じ内容で新たにケースを作成されますと、ご案内が遅れる原因となりますので、ご了承ください。

小林
アマゾン ウェブ サービス
"""
    q = f"""
---- お客様からのご連絡（2025/12/09 09:40 JST） ----
昨日問い合わせたのですが、まだ返事がないので再度送ります。
下記のケースです。

---------- Forwarded message ---------
From: Amazon Web Services <no-reply-aws@amazon.com>
Date: 2025年12月8日(月) 12:15
Subject: アマゾン ウェブ サービス: 新しいサポートケースが作成されました: {C_AI}
To: <ai.nakamura.0312@gmail.com>


{ai_ack_text(C_AI)}
"""
    text = msg + '\n' + console_footer_ja(c) + q
    body = part(text, 'plain', 'utf-8', 'quoted-printable')
    aws_mail(num, 're-case-duplicate-forward-inside', t, AI, f"RE:[CASE {c}] 認定アカウントの統合（再送）", body, msg + console_footer_ja(c),
             kind='support_reply', lang='ja', case_id=c, recv='gmail', expect_ids=['AWS04402786', 'AWS09914350'])

AI_CONFIRM = """\
中村 様

お待たせいたしました。アマゾン ウェブ サービスの小林です。

ご依頼の 2 つの認定アカウントについて確認が取れましたので、以下の内容で統合を行う予定です。

・残るアカウント: AWS09914350（ai.nakamura.0312@gmail.com）
・統合されるアカウント: AWS04402786（旧姓「田村」でご登録）

統合後は、AWS04402786 の認定資格と受験履歴が AWS09914350 に移り、AWS04402786 は閉鎖されます。この操作は元に戻せません。

内容に誤りがなければ、AWS サポートセンターから本ケースにご返信いただき、統合に同意する旨をお知らせください。ご同意をいただくまで作業は行いません。

小林
アマゾン ウェブ サービス
"""

EN_LEGAL_LONG = """\
This message and any attachments are intended only for the addressee and may contain information that is confidential or privileged. If you have received this message in error, please notify the sender and delete it. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210, USA. Amazon Web Services Japan G.K., Meguro Central Square, 3-1-1 Kamiosaki, Shinagawa-ku, Tokyo 141-0021. Information about how AWS processes personal data is available at https://aws.amazon.com/privacy/ . AWS will never ask you to disclose your password or payment information by e-mail, telephone or chat. To report a suspicious message, forward it to stop-spoofing@amazon.com.
"""

@mail
def ai_confirm(num):
    t = T(2025, 12, 10, 1, 30, 22)
    c = C_AI
    text = AI_CONFIRM + '\n' + console_footer_ja(c) + '\n' + EN_LEGAL_LONG
    html_new = f"""<p>中村 様</p>
<p>お待たせいたしました。アマゾン ウェブ サービスの小林です。</p>
<p>ご依頼の 2 つの認定アカウントについて確認が取れましたので、以下の内容で統合を行う予定です。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#d5dbdb">
<tr style="background:#f2f3f3"><th>区分</th><th>受験者 ID</th><th>登録メールアドレス</th><th>保有認定</th></tr>
<tr><td>残るアカウント</td><td>AWS09914350</td><td>ai.nakamura.0312@gmail.com</td><td>なし</td></tr>
<tr><td>統合されるアカウント</td><td>AWS04402786</td><td>a.tamura.work@gmail.com</td><td>AWS Certified Cloud Practitioner</td></tr>
</table>
<p>統合後は、統合されるアカウントの認定資格と受験履歴が残るアカウントに移り、統合されるアカウントは閉鎖されます。<b>この操作は元に戻せません。</b></p>
<p>内容に誤りがなければ、AWS サポートセンターから本ケースにご返信いただき、統合に同意する旨をお知らせください。ご同意をいただくまで作業は行いません。</p>
<p>小林<br>アマゾン ウェブ サービス</p>"""
    html = html_doc(html_new + '<hr><div style="font-size:12px;color:#545b64">' + p_html(console_footer_ja(c)) + '</div><div style="font-size:10px;color:#879596">' + p_html(EN_LEGAL_LONG) + '</div>', lang='ja')
    body = alt(part(text, 'plain', 'utf-8', 'quoted-printable'), part(html, 'html', 'utf-8', 'base64'), boundary=ses_boundary(t))
    aws_mail(num, 're-case-console-long-footer-ja', t, AI, f"RE:[CASE {c}] {AI_SUBJ}", body, text + html,
             kind='merge_confirmation_requested', lang='ja', case_id=c, recv='gmail', expect_ids=['AWS04402786', 'AWS09914350'])

@mail
def ai_forward(num):
    t = T(2025, 12, 10, 11, 5, 38)
    c = C_AI
    to = 'takuya.nakamura.jp@gmail.com'
    new = """\
たくちゃん

AWS の資格のアカウントの件、こんなメールが来たんだけど、これで合ってるか見てもらえる？
旧姓の方を今のアカウントにまとめる、でいいんだよね。

あい
"""
    fwd = f"""
---------- Forwarded message ---------
From: Amazon Web Services <no-reply-aws@amazon.com>
Date: 2025年12月10日(水) 10:30
Subject: RE:[CASE {c}] {AI_SUBJ}
To: <ai.nakamura.0312@gmail.com>


{AI_CONFIRM}
{console_footer_ja(c)}"""
    text = new + fwd
    html = ('<div dir="ltr">' + esc(new).replace('\n', '<br>') + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Amazon Web Services</strong> <span dir="auto">&lt;no-reply-aws@amazon.com&gt;</span><br>'
            + f'Date: 2025年12月10日(水) 10:30<br>Subject: RE:[CASE {c}] {AI_SUBJ}<br>To: &lt;ai.nakamura.0312@gmail.com&gt;<br></div><br><br>'
            + p_html(AI_CONFIRM + '\n' + console_footer_ja(c)) + '</div></div>\n')
    body = alt(part(text, 'plain', 'utf-8', 'base64'), part(html, 'html', 'utf-8', 'base64'), boundary=gm_boundary())
    ip = f"209.85.220.{R.randint(20,80)}"
    host = f"mail-sor-f{R.randint(20,80)}.google.com"
    s = generic_send(t, 'gmail.com', ip, host, sel='20230601', mf=AI)
    rv = recv_gmail(to, t, host, ip, AI, [('gmail.com', '20230601', 'pass')], 'pass', 'gmail.com', policy='p=NONE sp=QUARANTINE dis=NONE')
    top = [('MIME-Version', None), ('From', f"{Header('中村 愛', 'utf-8').encode()} <{AI}>"), ('Date', rfc(t, JST)), ('Message-ID', gmid()),
           ('Subject', hsubj(f"Fwd: RE:[CASE {c}] {AI_SUBJ}")), ('To', f"{Header('中村 拓也', 'utf-8').encode()} <{to}>")]
    emit(num, 'fwd-to-family-gmail-ja', kind='unrelated', lang='ja', case_id=c, sv=False, body=body, recv=rv, send_sig=s['sig'], top=top,
         new_text=new, expect_ids=[])

@mail
def ai_done(num):
    t = T(2025, 12, 12, 3, 0, 15)
    c = C_AI
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja&csat=true"
    msg = f"""\
中村 様

アマゾン ウェブ サービスの小林です。
ご同意いただいた内容のとおり、作業を終えました。旧姓でご登録のアカウントにあった Cloud Practitioner の認定と受験履歴は、AWS09914350 でご確認いただけます。旧姓のアカウントは本日付で閉鎖しております。

本件はこれをもって解決とさせていただき、ケースをクローズいたします。
よろしければ、今回の対応についてアンケートへのご回答をお願いいたします。
{link}

小林
アマゾン ウェブ サービス
"""
    text = msg + '\n' + console_footer_ja(c)
    html = console_html(msg, c, lang='ja')
    body = alt_plain_html(text, html, t)
    aws_mail(num, 're-case-closing-ja', t, AI, f"RE:[CASE {c}] {AI_SUBJ}", body, text,
             kind='merge_completed', lang='ja', case_id=c, recv='gmail', expect_ids=['AWS09914350'])

@mail
def ai_dup_closed(num):
    t = T(2025, 12, 10, 2, 0, 3)
    c = C_AI2
    link = f"https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja&csat=true"
    text = f"""\
このメールは HTML 形式で送信されています。正しく表示されない場合は、AWS サポートセンターでケース {c} をご確認ください。
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=ja
"""
    html = html_doc(f"""<div style="max-width:600px;margin:0 auto">
<p>お客様</p>
<p>AWS サポートをご利用いただき、ありがとうございます。<br>ケース <b>{c}</b>（件名: 認定アカウントの統合（再送））は解決済みとしてクローズされました。</p>
<p>今回のサポートはいかがでしたか？ 満足度を 5 段階でお知らせください。</p>
<p style="font-size:20px"><a href="{link}&amp;score=1">1</a> &nbsp; <a href="{link}&amp;score=2">2</a> &nbsp; <a href="{link}&amp;score=3">3</a> &nbsp; <a href="{link}&amp;score=4">4</a> &nbsp; <a href="{link}&amp;score=5">5</a></p>
<p>追加のご質問がある場合は、14 日以内であれば AWS サポートセンターからケースを再開できます。</p>
<p>アマゾン ウェブ サービス</p>
<p style="font-size:10px;color:#879596">Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。</p></div>""", lang='ja')
    body = alt_plain_html(text, html, t)
    aws_mail(num, 'console-case-closed-ja', t, AI, f"アマゾン ウェブ サービス: サポートケース {c} が解決されました", body, text + html,
             kind='survey', lang='ja', case_id=c, recv='gmail', expect_ids=[])

@mail
def ai_credly(num):
    t = T(2025, 12, 13, 8, 22, 46)
    u = uuid.UUID(int=R.getrandbits(128))
    text = f"""\
中村 愛 さん

Amazon Web Services Training and Certification があなたにバッジを発行しました。

AWS Certified Cloud Practitioner

下のリンクからバッジを受け取り、プロフィールに追加しましょう。
https://www.credly.com/badges/{u}/accept

Credly, Inc. · 15 W 39th St, New York, NY 10018
"""
    html = html_doc(f"""<div style="max-width:560px;margin:0 auto"><p><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></p>
<p>中村 愛 さん</p><p>Amazon Web Services Training and Certification があなたにバッジを発行しました。</p>
<p style="text-align:center"><b>AWS Certified Cloud Practitioner</b></p>
<p style="text-align:center"><a href="https://www.credly.com/badges/{u}/accept" style="background:#ff6b00;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. · 15 W 39th St, New York, NY 10018</p></div>""", lang='ja')
    body = alt(part(text, 'plain', 'utf-8', 'base64'), part(html, 'html', 'utf-8', 'base64'), boundary=hexr(32))
    credly_mail(num, 'credly-base64-ja', t, AI, '中村 愛さん、新しいバッジを受け取ってください', body, text,
                kind='credly_badge_issued', recv='gmail', lang='ja')

# ================================================================ Sho (OCN, ja)

MX_OCN = 'jp:mx-a.ocn.ne.jp'

@mail
def sho_done(num):
    t = T(2025, 4, 15, 5, 20, 31)
    c = C_SHO
    msg = """\
高橋 様

アマゾン ウェブ サービスの山口です。
再度ご連絡いただいていた件につきまして、対応が完了いたしましたのでお知らせいたします。

・認定アカウント: AWS02219846 に残っていた認定資格（AWS Certified SysOps Administrator – Associate）を AWS05873341 へ移しました。AWS02219846 は閉鎖済みです。
・Credly: 旧アカウントに紐づいていたバッジ 2 件を、s-takahashi@vesta.ocn.ne.jp で登録されている Credly アカウントへ移動しました。

以前のケースで統合を行った際、一部の認定資格が移行されていなかったことが原因でした。ご不便をおかけし、申し訳ございませんでした。

山口
アマゾン ウェブ サービス
"""
    text = msg + '\n' + console_footer_ja(c)
    body = part(text, 'plain', 'utf-8', 'base64')
    aws_mail(num, 're-case-11digit-ocn', t, SHO, f"RE:[CASE {c}] 認定アカウント統合後に SysOps の認定が表示されない件（再オープン）",
             body, text, kind='merge_completed', lang='ja', case_id=c, recv=MX_OCN, expect_ids=['AWS02219846', 'AWS05873341'])

@mail
def sho_seller(num):
    t = T(2025, 7, 3, 6, 48, 2)
    c = C_SELLER
    text = f"""\
高橋 翔 様

Amazon セラーセントラル テクニカルサポートです。
お問い合わせいただいた「出品用アカウントの統合」について回答いたします。

お客様がお持ちの 2 つの出品用アカウント（ストア名: 高橋商店 / TK Outdoor Supply）を 1 つにまとめることは、現在のポリシーではお受けしておりません。
不要になったアカウントについては、在庫と注文の処理が完了した後、セラーセントラルの「アカウント情報」から閉鎖の手続きを行ってください。

本回答で問題が解決しましたか？
はい: https://sellercentral.amazon.co.jp/cu/contact-us/survey?caseId={c}&r=yes
いいえ: https://sellercentral.amazon.co.jp/cu/contact-us/survey?caseId={c}&r=no

よろしくお願いいたします。
Amazon セラーセントラル テクニカルサポート
"""
    body = part(text, 'plain', 'iso-2022-jp', '7bit')
    aws_mail(num, 'seller-central-case-ja', t, SHO, f"RE:[CASE {c}] 出品用アカウントの統合について", body, text,
             kind='unrelated', lang='ja', case_id=c, recv=MX_OCN, frm='seller-notification@amazon.com', charset='iso-2022-jp',
             name='Amazon Seller Central', expect_ids=[])

@mail
def sho_certmetrics(num):
    t = T(2025, 6, 2, 1, 15, 40)
    text = """\
高橋 翔 様

AWS Certified Solutions Architect – Associate の再認定が完了しました。おめでとうございます。

受験者 ID: AWS05873341
認定の有効期限: 2028年5月31日

新しい認定証は AWS 認定アカウントからダウンロードできます。
デジタルバッジは Credly から別途メールでお知らせします。

AWS 認定についてのアンケートにもご協力ください:
https://www.certmetrics.com/amazon/survey/recert

AWS Training and Certification
※本メールは送信専用アドレスから送信されています。
"""
    html = html_doc(p_html(text), lang='ja')
    body = alt(part(text, 'plain', 'utf-8', 'quoted-printable'), part(html, 'html', 'utf-8', 'quoted-printable'), boundary='----=_NextPart_' + hexr(12))
    ip = f"52.{R.randint(0,120)}.{R.randint(1,250)}.{R.randint(2,250)}"
    host = f"mail{R.randint(1,4)}.certmetrics.com"
    s = generic_send(t, 'certmetrics.com', ip, host, sel='cm1', mf='do-not-reply@certmetrics.com')
    rv = recv_jp(SHO, t, 'mx-a.ocn.ne.jp', host, ip, s['mf'], s['dk'], 'pass', 'certmetrics.com', policy='p=none dis=none')
    top = [('Date', rfc(t)), ('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', SHO),
           ('Subject', hsubj('AWS 認定の再認定が完了しました')), ('Message-ID', f"<{uuid.UUID(int=R.getrandbits(128))}@certmetrics.com>")]
    emit(num, 'recert-notice-ja', kind='unrelated', lang='ja', case_id=None, sv=False, body=body, recv=rv, send_sig=s['sig'], top=top,
         new_text=text, expect_ids=['AWS05873341'])

# ================================================================ write

def main():
    order = list(range(len(MAILS)))
    R2 = random.Random(20260301)
    R2.shuffle(order)
    for num, idx in enumerate(order, 1):
        MAILS[idx](num)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=1)
    print(len(LABELS), 'mails written')

if __name__ == '__main__':
    main()
