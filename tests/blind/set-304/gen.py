#!/usr/bin/env python3
"""Generator for blind set 304: eight users' AWS Certification account-merge
cases, start to end, plus look-alikes.  Run: python3 make_set.py"""
import base64, quopri, json, os, re, random, uuid, hashlib, html, io, glob
from datetime import datetime, timezone, timedelta
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(304028)
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
IST = timezone(timedelta(hours=5, minutes=30))
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
MAILS = []

FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rfc(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def la_tz(d):
    """US Pacific offset for Google/MS trace timestamps."""
    y = d.year
    starts = {2020: (3, 8), 2022: (3, 13), 2025: (3, 9)}
    ends = {2020: (11, 1), 2022: (11, 6), 2025: (11, 2)}
    s = datetime(y, *starts[y], 10, tzinfo=UTC)
    e = datetime(y, *ends[y], 9, tzinfo=UTC)
    if s <= d < e:
        return timezone(timedelta(hours=-7)), 'PDT'
    return timezone(timedelta(hours=-8)), 'PST'


def gtime(d):
    tz, name = la_tz(d)
    return rfc(d, tz) + f' ({name})'


def ts(d):
    return int(d.timestamp())


def cid15(d, suffix):
    return f'{ts(d)}{suffix}'


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def rsel(n=32):
    return ''.join(R.choice('abcdefghijklmnopqrstuvwxyz234567') for _ in range(n))


def fold(s, width=72, indent='\t'):
    """fold a long base64-ish value into lines"""
    out = [s[i:i + width] for i in range(0, len(s), width)]
    return ('\n' + indent).join(out)


def ses_id(d):
    ms = int(d.timestamp() * 1000)
    u = uuid.UUID(int=R.getrandbits(128), version=4)
    return f'0100{ms:012x}-{u}-000000'


SES_IPS = [('a8-31.smtp-out.amazonses.com', '54.240.8.31'),
           ('a8-50.smtp-out.amazonses.com', '54.240.8.50'),
           ('a9-28.smtp-out.amazonses.com', '54.240.9.28'),
           ('a48-108.smtp-out.amazonses.com', '54.240.48.108'),
           ('a8-83.smtp-out.amazonses.com', '54.240.8.83')]

AMZ_SEL = 'rte02'  # placeholder, overwritten per mail


def dkim(d, sel, when, hdrs, indent='\t'):
    bh = base64.b64encode(hashlib.sha256(os.urandom(8) if False else rhex(20).encode()).digest()).decode()
    b = rb64(256)
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            f'{indent}s={sel}; d={d}; t={ts(when)};\n'
            f'{indent}h={hdrs};\n'
            f'{indent}bh={bh};\n'
            f'{indent}b={fold(b, 70, indent)}')


# ---------------------------------------------------------------- MIME parts
CODEC = {'utf-8': 'utf-8', 'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932',
         'iso-8859-1': 'latin-1', 'us-ascii': 'ascii', 'windows-1252': 'cp1252',
         'cp932': 'cp932', 'windows-31j': 'cp932'}


def part(text, sub='plain', cs='utf-8', cte='quoted-printable', label=None,
         fmt_flowed=False, crlf=False):
    """text part; `label` = charset written in the header (may be wrong)."""
    data = text.encode(CODEC[cs])
    p = MIMENonMultipart('text', sub)
    p.set_param('charset', label or cs)
    if fmt_flowed:
        p.set_param('format', 'flowed')
    del p['MIME-Version']
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    else:
        payload = data.decode('ascii', 'surrogateescape')
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def alt(*parts, boundary=None, sub='alternative'):
    m = MIMEMultipart(sub, boundary=boundary)
    for p in parts:
        m.attach(p)
    return m


def html_doc(inner, style='font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222222;'):
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body>\n<div style="' + style + '">\n' + inner + '\n</div>\n</body>\n</html>\n')


def paras(text):
    """plain text -> simple html paragraphs"""
    out = []
    for block in re.split(r'\n\s*\n', text.strip('\n')):
        out.append('<p>' + '<br>\n'.join(html.escape(l) for l in block.split('\n')) + '</p>')
    return '\n'.join(out)


def quote_html(qtext):
    """quoted plain history ('> ' lines or header block) -> blockquote"""
    lines = []
    for l in qtext.strip('\n').split('\n'):
        lines.append(html.escape(re.sub(r'^> ?', '', l)))
    return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
            + '<br>\n'.join(lines) + '</blockquote>')


def qlines(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip('\n').split('\n'))


def b_java():
    return f'----=_Part_{R.randint(1000000, 9999999)}_{R.randint(100000000, 999999999)}.{R.randint(1700000000000, 1769999999999)}'


def b_gmail():
    return '000000000000' + rhex(12)


def b_ruby():
    return f'--==_mimepart_{rhex(13)}_{R.randint(10, 99)}{rhex(3)}'


def b_apple():
    return 'Apple-Mail-' + str(uuid.UUID(int=R.getrandbits(128), version=4)).upper()


def b_outlook(tag):
    return f'_000_{tag}_'


# ------------------------------------------------------------- header blocks
def subj(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(maxlinelen=76, linesep='\n')


def addr(name, a, cs='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def ar_gmail(auth):
    """auth: dict(dkim=[(res,domain,sel)], spf=(res,envfrom,ip), dmarc=(res,domain,policy) or None)"""
    items = []
    for res, d, sel in auth.get('dkim', []):
        items.append(f'dkim={res} header.i=@{d} header.s={sel} header.b={rb64(6)[:8]}')
    if auth.get('spf'):
        res, ef, ip = auth['spf']
        dom = ef.split('@')[-1]
        if res == 'pass':
            items.append(f'spf=pass (google.com: domain of {ef} designates {ip} as permitted sender) smtp.mailfrom={ef}')
        elif res == 'softfail':
            items.append(f'spf=softfail (google.com: domain of transitioning {ef} does not designate {ip} as permitted sender) smtp.mailfrom={ef}')
        else:
            items.append(f'spf={res} (google.com: domain of {ef} does not designate {ip} as permitted sender) smtp.mailfrom={ef}')
    if auth.get('dmarc'):
        res, d, pol = auth['dmarc']
        items.append(f'dmarc={res} (p={pol} sp={pol} dis={"NONE" if res == "pass" else pol}) header.from={d}')
    return 'mx.google.com;\n       ' + ';\n       '.join(items)


def gmail_in(rcpt, d, helo, ip, envfrom, auth, dkims, arc_year='20240605'):
    """Gmail-side trace headers, newest first. dkims: list of (domain, sel, hdrlist)."""
    t0 = d + timedelta(seconds=R.randint(1, 4))
    smtpid = rhex(4) + '.' + str(R.randint(10, 99)) + '.' + str(R.randint(2025, 2099)) + '.' + rhex(4)
    h = []
    h.append(('Delivered-To', rcpt))
    h.append(('Received', f'by 2002:a05:{R.randint(6000, 7999):x}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(3)} with SMTP id {rhex(2)}csp{R.randint(100000, 9999999)}{R.choice(["lqh", "pxb", "wrb", "ocb"])};\n        {gtime(t0 + timedelta(seconds=1))}'))
    h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:80]))
    h.append(('X-Received', f'by 2002:a05:{R.randint(6000, 7999):x}:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(3)} with SMTP id {rhex(16)}.{R.randint(10, 99)}.{R.randint(1000000000000, 9999999999999)};\n        {gtime(t0 + timedelta(seconds=1))}'))
    arc = ar_gmail(auth)
    h.append(('ARC-Seal', f'i=1; a=rsa-sha256; t={ts(t0)}; cv=none;\n        d=google.com; s=arc-{arc_year};\n        b={fold(rb64(256), 70, "        ")}'))
    h.append(('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-{arc_year};\n        h=feedback-id:date:message-id:mime-version:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b={fold(rb64(256), 70, "        ")}'))
    h.append(('ARC-Authentication-Results', 'i=1; ' + arc))
    h.append(('Return-Path', f'<{envfrom}>'))
    h.append(('Received', f'from {helo} ({helo}. [{ip}])\n        by mx.google.com with ESMTPS id {rhex(6)}{R.randint(100, 999)}{rhex(4)}.{R.randint(100, 999)}.{R.randint(2025, 2099)}.{rhex(5)}\n        for <{rcpt}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gtime(t0)}'))
    spf = auth.get('spf')
    if spf:
        res, ef, sip = spf
        if res == 'pass':
            h.append(('Received-SPF', f'pass (google.com: domain of {ef} designates {sip} as permitted sender) client-ip={sip};'))
        else:
            h.append(('Received-SPF', f'{res} (google.com: domain of {ef} does not designate {sip} as permitted sender) client-ip={sip};'))
    h.append(('Authentication-Results', arc))
    for dom, sel, hl in dkims:
        h.append(('DKIM-Signature', dkim(dom, sel, d, hl, indent='\t')))
    return h


def ar_ms(auth, ip):
    parts = []
    spf = auth.get('spf')
    if spf:
        res, ef, _ = spf
        parts.append(f'spf={res} (sender IP is {ip}) smtp.mailfrom={ef.split("@")[-1]}')
    for res, d, sel in auth.get('dkim', []):
        why = 'signature was verified' if res == 'pass' else 'signature did not verify'
        parts.append(f'dkim={res} ({why}) header.d={d}')
    if auth.get('dmarc'):
        res, d, pol = auth['dmarc']
        act = 'none' if res == 'pass' else pol.lower()
        parts.append(f'dmarc={res} action={act} header.from={d}')
        parts.append('compauth=pass reason=100' if res == 'pass' else 'compauth=fail reason=000')
    s = ';'.join(parts)
    # fold like Exchange does (about 78 chars, space-indented)
    words = s.replace(';', '; ').split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > 66:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines).replace('; ', ';')


def ms_in(rcpt, d, helo, ip, envfrom, auth, dkims, tenant='NAMP223', corp=False):
    """Outlook.com / Exchange Online trace headers (no authserv-id in A-R)."""
    t0 = d + timedelta(seconds=R.randint(1, 5))
    srv1 = f'{R.choice(["SA1P", "PH0P", "DM6P", "BL3P"])}{R.randint(100, 299)}MB{R.randint(1000, 9999):04d}.{tenant}.PROD.OUTLOOK.COM'
    srv2 = f'{R.choice(["SJ0P", "CO1P", "MW4P"])}{R.randint(100, 299)}MB{R.randint(1000, 9999):04d}.{tenant}.PROD.OUTLOOK.COM'
    fe = f'{R.choice(["BN2PEPF", "DS2PEPF", "SN1PEPF", "CH1PEPF"])}0000{R.randint(1000, 9999):04X}.namprd0{R.randint(2, 5)}.prod.outlook.com'
    fe2 = f'{R.choice(["BN9PR03CA", "MN2PR16CA", "CH2PR14CA"])}0{R.randint(100, 999)}.namprd0{R.randint(2, 5)}.prod.outlook.com'
    ver = R.choice(['15.20.8922.30', '15.20.8901.28', '15.20.9052.17', '15.20.8769.25'])
    if d.year == 2020:
        ver = '15.20.3109.22'
    tt = lambda dd: rfc(dd)
    h = []
    h.append(('Received', f'from {srv2} (::1) by\n {srv1} with HTTPS; {tt(t0 + timedelta(seconds=2))}'))
    h.append(('Received', f'from {fe2} (2603:10b6:408:{rhex(2)}::{rhex(2)})\n by {srv2} (2603:10b6:806:{rhex(3)}::{rhex(1)}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id {ver}; {tt(t0 + timedelta(seconds=1))}'))
    h.append(('Received', f'from {fe}\n (2603:10b6:408:{rhex(2)}:cafe::{rhex(2)}) by {fe2.split(".")[0]}.outlook.office365.com\n (2603:10b6:408:{rhex(2)}::{rhex(2)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id {ver} via Frontend Transport; {tt(t0 + timedelta(seconds=1))}'))
    h.append(('Authentication-Results', ar_ms(auth, ip)))
    spf = auth.get('spf')
    if spf:
        res, ef, sip = spf
        dom = ef.split('@')[-1]
        if res == 'pass':
            h.append(('Received-SPF', f'Pass (protection.outlook.com: domain of {dom} designates\n {sip} as permitted sender) receiver=protection.outlook.com;\n client-ip={sip}; helo={helo}; pr=C'))
        else:
            h.append(('Received-SPF', f'{res.capitalize()} (protection.outlook.com: domain of {dom} does not\n designate {sip} as permitted sender) receiver=protection.outlook.com;\n client-ip={sip}; helo={helo};'))
    h.append(('Received', f'from {helo} ({ip}) by\n {fe.replace(".namprd", ".mail.protection.outlook.com").split(".mail")[0]}.mail.protection.outlook.com (10.167.{R.randint(200, 250)}.{R.randint(10, 250)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id {ver}\n via Frontend Transport; {tt(t0)}'))
    h.append(('X-IncomingTopHeaderMarker', f'OriginalChecksum:{rhex(64).upper()};UpperCasedChecksum:{rhex(64).upper()};SizeAsReceived:{R.randint(3000, 9000)};Count:{R.randint(14, 22)}'))
    for dom, sel, hl in dkims:
        h.append(('DKIM-Signature', dkim(dom, sel, d, hl, indent=' ')))
    return h


def ms_tail(d, corp=False):
    h = [('X-MS-Exchange-Organization-ExpirationStartTime', rfc(d).split(', ')[1][:-6].replace(' 2', ' 2', 1) if False else d.strftime('%d %b %Y %H:%M:%S.') + f'{R.randint(1000000, 9999999)} (UTC)'),
         ('X-MS-Exchange-Organization-Network-Message-Id', str(uuid.UUID(int=R.getrandbits(128), version=4))),
         ('X-MS-Exchange-Organization-AuthSource', f'{R.choice(["BN2PEPF", "DS2PEPF"])}0000{R.randint(1000, 9999):04X}.namprd04.prod.outlook.com'),
         ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
         ('X-MS-PublicTrafficType', 'Email'),
         ('X-MS-Exchange-Organization-SCL', '1'),
         ('X-Microsoft-Antispam', 'BCL:0;ARA:1444111002|29132699027|8062599003|461199028;')]
    if corp:
        h.append(('X-MS-Exchange-Transport-EndToEndLatency', f'00:00:0{R.randint(1, 9)}.{R.randint(1000000, 9999999)}'))
    return h


def jp_in(rcpt, d, helo, ip, envfrom, auth, dkims, mx='mxc01.biglobe.ne.jp', store='mail-store02.biglobe.ne.jp'):
    t0 = d + timedelta(seconds=R.randint(1, 6))
    qid = 'X' + ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789') for _ in range(10))
    items = []
    if auth.get('spf'):
        res, ef, _ = auth['spf']
        items.append(f'spf={res} smtp.mailfrom={ef}')
    for res, dd, sel in auth.get('dkim', []):
        items.append(f'dkim={res} header.d={dd} header.s={sel}')
    if auth.get('dmarc'):
        res, dd, pol = auth['dmarc']
        items.append(f'dmarc={res} header.from={dd}')
    arv = f'{mx}; ' + ';\n\t'.join(items)
    jt = lambda dd: rfc(dd, JST) + ' (JST)'
    h = [('Return-Path', f'<{envfrom}>'),
         ('Received', f'from {mx} ({mx} [{R.randint(100, 200)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 250)}])\n\tby {store} (Postfix) with ESMTP id 4{qid}\n\tfor <{rcpt}>; {jt(t0 + timedelta(seconds=1))}'),
         ('Authentication-Results', arv),
         ('Received', f'from {helo} ({helo} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id 4{qid[::-1]}\n\tfor <{rcpt}>; {jt(t0)}')]
    for dom, sel, hl in dkims:
        h.append(('DKIM-Signature', dkim(dom, sel, d, hl, indent='\t')))
    return h


def fastmail_in(rcpt, d, helo, ip, envfrom, auth, dkims):
    t0 = d + timedelta(seconds=R.randint(1, 4))
    items = []
    for res, dd, sel in auth.get('dkim', []):
        items.append(f'dkim={res} (2048-bit rsa key sha256) header.d={dd} header.i=@{dd} header.b={rb64(6)[:8]} header.a=rsa-sha256 header.s={sel} x-bits=2048')
    if auth.get('dmarc'):
        res, dd, pol = auth['dmarc']
        items.append(f'dmarc={res} policy.published-domain-policy={pol.lower()} policy.applied-disposition=none policy.evaluated-disposition=none (p={pol.lower()},d=none,d.eval=none) policy.policy-from=p header.from={dd}')
    if auth.get('spf'):
        res, ef, sip = auth['spf']
        items.append(f'spf={res} smtp.mailfrom={ef} smtp.helo={helo}')
    arv = 'mx6.messagingengine.com;\n    ' + ';\n    '.join(items)
    h = [('Return-Path', f'<{envfrom}>'),
         ('Received', f'from compute2.internal (compute2.nyi.internal [10.202.2.46])\n\t by sloti{R.randint(30000, 49999)} (Cyrus 3.13.0-alpha0-{rhex(7)}-fm-2025{R.randint(1000, 1231)}.001-g{rhex(8)}) with LMTPA;\n\t {rfc(t0 + timedelta(seconds=1))}'),
         ('X-Cyrus-Session-Id', f'sloti{R.randint(30000, 49999)}-{ts(t0)}-{R.randint(1000000, 9999999)}-{rhex(8)}'),
         ('Received', f'from mx6 ([10.202.2.205])\n  by compute2.internal (LMTPProxy); {rfc(t0)}'),
         ('Authentication-Results', arv),
         ('Received-SPF', f'{auth["spf"][0]}\n    ({helo}: Sender is authorized to use \'{envfrom}\' in \'mfrom\' identity (mechanism \'include:amazonses.com\' matched))\n    receiver=mx6.messagingengine.com;\n    identity=mailfrom;\n    envelope-from="{envfrom}";\n    helo={helo};\n    client-ip={ip}'),
         ('Received', f'from {helo} ({helo} [{ip}])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx6.messagingengine.com (Postfix) with ESMTPS\n\tfor <{rcpt}>; {rfc(t0)}')]
    for dom, sel, hl in dkims:
        h.append(('DKIM-Signature', dkim(dom, sel, d, hl, indent='\t')))
    return h


SES_H = 'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'
SES_H2 = 'Reply-To:To:From:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'


def aws_mail(name, *, rcpt, d, frm, subject, body, label, via='gmail', region='us-east-1',
             auth=None, extra_top=None, extra=None, to=None, subj_cs='utf-8', reply_to=None,
             dkim_ok=True, crlf=False):
    """A genuine AWS (amazon.com via SES) mail."""
    sid = ses_id(d)
    helo, ip = R.choice(SES_IPS)
    if region == 'us-west-2':
        n = R.randint(10, 60)
        helo, ip = f'a27-{n}.smtp-out.us-west-2.amazonses.com', f'54.240.27.{n}'
        envfrom = f'{sid}@us-west-2.amazonses.com'
    else:
        envfrom = f'{sid}@amazonses.com'
    amz_sel = label.get('_amzsel') or rsel()
    ses_sel = '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw' if region == 'us-east-1' else '7v7vs6w47njt4pimodk5mmttbegzsi6n'
    if auth is None:
        auth = dict(dkim=[('pass', 'amazon.com', amz_sel), ('pass', 'amazonses.com', ses_sel)],
                    spf=('pass', envfrom, ip), dmarc=('pass', 'amazon.com', 'QUARANTINE'))
    dk = [('amazon.com', amz_sel, SES_H), ('amazonses.com', ses_sel, SES_H2)]
    if via == 'gmail':
        h = gmail_in(rcpt, d, helo, ip, envfrom, auth, dk, arc_year='20240605' if d.year > 2023 else '20160816')
    elif via in ('outlook', 'exchange'):
        h = ms_in(rcpt, d, helo, ip, envfrom, auth, dk, tenant='NAMP223' if via == 'outlook' else 'EURP195')
    elif via == 'biglobe':
        h = jp_in(rcpt, d, helo, ip, envfrom, auth, dk)
    elif via == 'fastmail':
        h = fastmail_in(rcpt, d, helo, ip, envfrom, auth, dk)
    else:
        raise ValueError(via)
    if extra_top:
        h = extra_top + h
    h.append(('From', frm))
    if reply_to:
        h.append(('Reply-To', reply_to))
    h.append(('To', to or rcpt))
    h.append(('Subject', subj(subject, subj_cs)))
    h.append(('Message-ID', f'<{sid}@email.amazonses.com>'))
    h.append(('Date', rfc(d)))
    h.append(('Feedback-ID', f'::1.{region}.{rb64(30)[:43]}=:AmazonSES'))
    h.append(('X-SES-Outgoing', f'{d.strftime("%Y.%m.%d")}-{ip}'))
    if via in ('outlook', 'exchange'):
        h += ms_tail(d, corp=(via == 'exchange'))
    if extra:
        h += extra
    emit(name, h, body, label, crlf=crlf)
    return f'<{sid}@email.amazonses.com>'


def emit(name, hdrs, root, label, crlf=False):
    if any(k.lower() == 'mime-version' for k, _ in hdrs):
        del root['MIME-Version']
    elif 'MIME-Version' not in root:
        root['MIME-Version'] = '1.0'
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(root, linesep='\n')
    body = buf.getvalue()
    top = ''.join((f'{k}: {v}\n' if v != '' else f'{k}:\n') for k, v in hdrs)
    top.encode('ascii')  # headers must be 7-bit
    raw = top.encode('ascii') + body
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    lab = {k: v for k, v in label.items() if not k.startswith('_')}
    new = label.get('_new', '')
    ids = sorted(set('AWS' + m for m in re.findall(r'(?i)(?<![a-z0-9])aws[ \-]?(\d{8})(?!\d)', new)))
    out = {'kind': lab['kind'], 'case_id': lab.get('case_id'), 'account_ids': ids,
           'sender_verified': lab.get('sender_verified'), 'language': lab.get('language', 'en')}
    MAILS.append((name, raw, out))


def L(kind, case_id, new, sv, lang='en', **kw):
    d = dict(kind=kind, case_id=case_id, _new=new, sender_verified=sv, language=lang)
    d.update(kw)
    return d


def std_body(new, quoted='', sub_cs='utf-8', cte='quoted-printable', html_cte=None, boundary=None,
             html_inner=None, html_only=False, plain_only=False, label_cs=None, html_style=None):
    text = new.rstrip('\n') + '\n' + (('\n' + quoted.rstrip('\n') + '\n') if quoted else '')
    if html_inner is None:
        html_inner = paras(new) + (('\n' + quote_html(quoted)) if quoted else '')
    doc = html_doc(html_inner, html_style) if html_style else html_doc(html_inner)
    if sub_cs != 'utf-8':
        doc = doc.replace('charset=utf-8', f'charset={label_cs or sub_cs}')
    if plain_only:
        return part(text, 'plain', sub_cs, cte, label=label_cs)
    if html_only:
        return part(doc, 'html', sub_cs, html_cte or cte, label=label_cs)
    return alt(part(text, 'plain', sub_cs, cte, label=label_cs),
               part(doc, 'html', sub_cs, html_cte or cte, label=label_cs),
               boundary=boundary or b_java())


# ======================================================================
# helpers for user-side (Sent folder) mail
# ======================================================================
JWD = '月火水木金土日'


def gmail_msgid():
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return '<CA' + ''.join(R.choice(al) for _ in range(R.choice([38, 42, 45]))) + R.choice(['=', '+', '_']) + ''.join(R.choice(al) for _ in range(8)) + '@mail.gmail.com>'


def jp_gmail_attr(d, who):
    d = d.astimezone(JST)
    return f'{d.year}年{d.month}月{d.day}日({JWD[d.weekday()]}) {d.hour}:{d.minute:02d} {who}:'


def en_gmail_attr(d, who, tz):
    d = d.astimezone(tz)
    return f'On {d.strftime("%a, %b")} {d.day}, {d.year} at {d.strftime("%I:%M").lstrip("0")} {d.strftime("%p")} {who} wrote:'


def gmail_reply_html(new_html, attr, quoted_html):
    return ('<div dir="ltr">' + new_html + '</div><br><div class="gmail_quote gmail_quote_container">'
            '<div dir="ltr" class="gmail_attr">' + html.escape(attr) + '<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + quoted_html + '</blockquote></div>\n')


def credly_mail(name, *, rcpt, d, frm, subject, text, html_inner, label, via='gmail',
                domain='credly.com', auth=None):
    n = R.randint(1, 9)
    ip = f'149.72.{R.randint(100, 250)}.{R.randint(2, 250)}'
    helo = f'o{n}.email.{domain}'
    envfrom = f'bounces+{R.randint(1000000, 9999999)}-{rhex(4)}-{rcpt.replace("@", "=")}@em.{domain}'
    if auth is None:
        auth = dict(dkim=[('pass', domain, 's1'), ('pass', 'sendgrid.info', 'smtpapi')],
                    spf=('pass', envfrom, ip), dmarc=('pass', domain, 'NONE'))
    dk = [(domain, 's1', 'from:mime-version:subject:content-type:to:cc:content-type:from:subject:to'),
          ('sendgrid.info', 'smtpapi', 'from:mime-version:subject:content-type:to:cc:content-type:from:subject:to')]
    if via == 'gmail':
        h = gmail_in(rcpt, d, helo, ip, envfrom, auth, dk, arc_year='20240605' if d.year > 2023 else '20160816')
    elif via in ('outlook', 'exchange'):
        h = ms_in(rcpt, d, helo, ip, envfrom, auth, dk, tenant='NAMP223' if via == 'outlook' else 'EURP195')
    else:
        h = jp_in(rcpt, d, helo, ip, envfrom, auth, dk)
    h += [('Date', rfc(d)), ('From', frm), ('To', rcpt), ('Message-ID', f'<{rhex(13)}_{R.randint(10, 99)}{rhex(5)}@{domain.split(".")[0]}-production-worker-{rhex(9)}-{rhex(5)}.mail>'),
          ('Subject', subj(subject)), ('X-SG-EID', rb64(90)), ('X-Entity-ID', rb64(18))]
    if via in ('outlook', 'exchange'):
        h += ms_tail(d, corp=(via == 'exchange'))
    body = alt(part(text, 'plain', 'utf-8', 'quoted-printable'),
               part(html_doc(html_inner, 'font-family: Helvetica, Arial, sans-serif; color: #303030;'), 'html', 'utf-8', 'quoted-printable'),
               boundary=b_ruby())
    emit(name, h, body, label)


def other_mail(name, *, rcpt, d, helo, ip, envfrom, auth, dkims, hdrs, body, label, via='gmail', extra_top=None):
    """inbound mail from any sender"""
    if via == 'gmail':
        h = gmail_in(rcpt, d, helo, ip, envfrom, auth, dkims, arc_year='20240605' if d.year > 2023 else '20160816')
    elif via in ('outlook', 'exchange'):
        h = ms_in(rcpt, d, helo, ip, envfrom, auth, dkims, tenant='NAMP223' if via == 'outlook' else 'EURP195')
    elif via == 'fastmail':
        h = fastmail_in(rcpt, d, helo, ip, envfrom, auth, dkims)
    else:
        h = jp_in(rcpt, d, helo, ip, envfrom, auth, dkims)
    if extra_top:
        h = extra_top + h
    h += hdrs
    if via in ('outlook', 'exchange'):
        h += ms_tail(d, corp=(via == 'exchange'))
    emit(name, h, body, label)


def sent_mail(name, hdrs, body, label):
    emit(name, hdrs, body, label)


# ======================================================================
# MAILS
# ======================================================================
# ---------------------------------------------------------------- user A
# Kenji Watanabe, Gmail, Japanese form case + duplicate case opened by mistake
KEN = 'kenji.watanabe.dev@gmail.com'
KEN_NAME = '渡辺 健二'
A_OPEN = dt(2025, 5, 27, 23, 2, 14)
A_OPEN2 = dt(2025, 5, 27, 23, 6, 51)
X1 = cid15(A_OPEN, '00517')
X2 = cid15(A_OPEN2, '00529')
AWSF = addr('Amazon Web Services', FORM)
AWS_FOOT = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark\n'
            'of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc.,\n'
            '410 Terry Ave. North, Seattle, WA 98109-5210.')

a1 = f"""渡辺 健二 様

AWS トレーニングと認定 (AWS Training and Certification) にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせの受付を確認するための自動送信メールです。

ケース ID: {X1}
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 認定候補者 ID: AWS02857731
お問い合わせ内容: 認定アカウントが 2 つあるため統合をお願いします。もう一方は AWS11490268 です。

お問い合わせ内容を確認のうえ、担当者より通常 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名を変更せずにこのメールへご返信ください。
なお、同じ内容で新たにお問い合わせをいただきますと、別のケースとして登録され、ご回答が遅れる場合がございます。

今後ともよろしくお願いいたします。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
aws_mail('001-kenji-form-ack-ja.eml', rcpt=KEN, d=A_OPEN + timedelta(seconds=3), frm=AWSF,
         subject=f'【AWS トレーニングと認定】お問い合わせを受け付けました [CASE {X1}]',
         body=std_body(a1, cte='base64'),
         label=L('case_created', X1, a1, True, 'ja'))

a2 = f"""Hello Kenji Watanabe,

Thank you for contacting AWS Training and Certification Customer Support.

This is an automated confirmation that we have received your request. A support
case has been created for you:

    Case ID:        {X2}
    Inquiry type:   Certification
    Detail:         Account Merge
    Candidate ID:   AWS11490268

A member of our team will review your request and get back to you, usually
within 24 hours. If you have more information to add, simply reply to this
email and keep the case ID in the subject line.

Please don't submit a new form for the same request - duplicate cases can slow
down our response.

Sincerely,
AWS Training and Certification Customer Support
Amazon Web Services

{AWS_FOOT}
"""
aws_mail('002-kenji-second-form-ack-en.eml', rcpt=KEN, d=A_OPEN2 + timedelta(seconds=2), frm=AWSF,
         subject=f'We have received your request [CASE {X2}]',
         body=std_body(a2),
         label=L('case_created', X2, a2, True, 'en'))

a3 = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
お問い合わせいただき、誠にありがとうございます。

確認いたしましたところ、本ケース（ケース ID: {X2}）は、同日にお送りいただいた
ケース ID: {X1} と同じアカウント統合のご依頼でございました。
恐れ入りますが、二重の対応を避けるため、本件につきましては先にお受けした
ケース {X1} にて引き続き対応させていただきます。
本ケースはこのあとクローズさせていただきますので、今後のご連絡はケース {X1} の
メールへご返信くださいますようお願い申し上げます。

なお、アカウント統合のご依頼は現在担当部署にて確認を進めております。
準備が整い次第、ケース {X1} にて統合内容の確認をお送りいたしますので、
今しばらくお待ちくださいませ。

ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。

佐藤
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
aws_mail('003-kenji-duplicate-case-reply-ja.eml', rcpt=KEN, d=dt(2025, 5, 28, 5, 31, 40), frm=AWSF,
         subject=f'RE:[CASE {X2}] {FORM_SUBJ}',
         body=std_body(a3, sub_cs='iso-2022-jp', cte='7bit', plain_only=True),
         label=L('support_reply', X2, a3, True, 'ja'))

a4 = f"""Hello,

Your AWS Training and Certification case {X2} has been closed.

Was your issue resolved?
YES: https://amazonwebservices.qualtrics.com/jfe/form/SV_3KxTgk2nJ8bq1Pg?CaseId={X2}&Resolved=Yes
NO:  https://amazonwebservices.qualtrics.com/jfe/form/SV_3KxTgk2nJ8bq1Pg?CaseId={X2}&Resolved=No

How would you rate the support you received? It takes less than a minute, and
your feedback helps us improve.

If you still need help with this request, please reply to the most recent
email on your open case instead of creating a new one.

AWS Training and Certification Customer Support
"""
a4h = f"""<table width="600" cellpadding="0" cellspacing="0" border="0" align="center" style="border:1px solid #e1e4e8">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Your AWS Training and Certification case <b>{X2}</b> has been closed.</p>
<p style="font-size:16px;font-weight:bold">Was your issue resolved?</p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3KxTgk2nJ8bq1Pg?CaseId={X2}&amp;Resolved=Yes" style="background:#ff9900;color:#fff;padding:8px 22px;text-decoration:none;border-radius:3px">YES</a>
&nbsp;&nbsp;<a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_3KxTgk2nJ8bq1Pg?CaseId={X2}&amp;Resolved=No" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none;border-radius:3px">NO</a></p>
<p>How would you rate the support you received? It takes less than a minute, and your feedback helps us improve.</p>
<p style="color:#687078;font-size:12px">If you still need help with this request, please reply to the most recent email on your open case instead of creating a new one.</p>
<p>AWS Training and Certification Customer Support</p>
</td></tr></table>"""
aws_mail('004-kenji-duplicate-case-closed-survey.eml', rcpt=KEN, d=dt(2025, 5, 28, 5, 33, 2), frm=AWSF,
         subject=f'Your case {X2} has been closed',
         body=std_body(a4, html_inner=a4h, html_only=True),
         label=L('survey', X2, a4, True, 'en'))

a5 = f"""渡辺 健二 様

いつも AWS をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの中村と申します。

このたびはアカウント統合のご依頼をいただき、ありがとうございます。
お客様の情報を確認いたしましたところ、以下の 2 つの認定アカウントが見つかりました。

■ 統合元（統合後に閉鎖されるアカウント）
　AWS 認定候補者 ID: AWS11490268
　登録メールアドレス: k.watanabe@sorano-systems.co.jp

■ 統合先（統合後も引き続きご利用いただくアカウント）
　AWS 認定候補者 ID: AWS02857731
　登録メールアドレス: {KEN}

統合後は、統合元アカウントで取得された認定資格、受験履歴、および特典
（50% 割引バウチャー等）が統合先アカウントへ移行されます。
なお、一度統合したアカウントを元に戻すことはできませんので、あらかじめご了承ください。

上記の内容でお間違いがないか、ご確認いただけますでしょうか。
お手数ではございますが、本メールにご返信いただき、統合を進めてよろしいか
お知らせくださいませ。ご返信を確認次第、統合作業に着手いたします。

何卒よろしくお願い申し上げます。

中村
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
A5_D = dt(2025, 5, 29, 1, 14, 37)
A5_ID = aws_mail('005-kenji-merge-confirm-request-ja.eml', rcpt=KEN, d=A5_D, frm=AWSF,
                 subject=f'RE:[CASE {X1}] {FORM_SUBJ}',
                 body=std_body(a5, sub_cs='iso-2022-jp', cte='7bit', plain_only=True),
                 label=L('merge_confirmation_requested', X1, a5, True, 'ja'))

a6 = """中村様

ご連絡いただきありがとうございます。
記載いただいた内容で相違ございません。AWS02857731 を残す形で、統合を進めていただけますよう
お願いいたします。

The details are correct. Please proceed with the merge.

なお、統合元のメールアドレス（会社のアドレス）は退職済みのため受信できませんので、
今後のご連絡はこちらのアドレスにお願いいたします。

渡辺 健二
"""
A6_D = dt(2025, 5, 29, 21, 47, 3, JST)
attr = jp_gmail_attr(A5_D, f'Amazon Web Services <{FORM}>')
a6q = attr + '\n\n' + qlines(a5)
A6_ID = gmail_msgid()
sent_mail('006-kenji-sent-confirm-gmail-ja.eml', [
    ('MIME-Version', '1.0'), ('Date', rfc(A6_D)), ('References', A5_ID), ('In-Reply-To', A5_ID),
    ('Message-ID', A6_ID), ('Subject', subj(f'Re: RE:[CASE {X1}] {FORM_SUBJ}')),
    ('From', addr(KEN_NAME, KEN)), ('To', AWSF)],
    alt(part(a6 + '\n' + a6q + '\n', 'plain', 'utf-8', 'base64'),
        part(gmail_reply_html(paras(a6), attr, paras(a5)), 'html', 'utf-8', 'base64'), boundary=b_gmail()),
    L('unrelated', X1, a6, None, 'ja'))

a7 = f"""渡辺 健二 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。
ご確認のご返信をいただき、ありがとうございました。

ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。
今後は AWS 認定候補者 ID AWS02857731 にて、AWS Certification アカウントへサインインしてください。
統合元の AWS11490268 はご利用いただけなくなりました。

統合後、以下の点をご確認いただけますと幸いです。
・すべての認定資格が統合先アカウントに表示されていること
・50% 割引バウチャー等の特典が引き継がれていること
・Credly のデジタルバッジ（反映まで数日かかる場合がございます）

ご連絡先メールアドレスにつきましては、ご指示のとおり {KEN} に設定しております。

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

中村
Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
"""
a7q = f"""-------- 元のメッセージ --------
差出人: {KEN_NAME} <{KEN}>
送信日時: 2025/05/29 21:47
件名: Re: RE:[CASE {X1}] {FORM_SUBJ}

{a6}"""
aws_mail('007-kenji-merge-completed-ja.eml', rcpt=KEN, d=dt(2025, 5, 30, 6, 20, 11), frm=AWSF,
         subject=f'RE:[CASE {X1}] {FORM_SUBJ}',
         body=std_body(a7, a7q),
         label=L('merge_completed', X1, a7, True, 'ja'))

a8 = f"""渡辺 健二 様

ケース {X1} は解決済みとしてクローズされました。
AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

今回のお問い合わせで問題は解決しましたか？
［はい］ https://amazonwebservices.qualtrics.com/jfe/form/SV_8dQxZ1yLb3Tn0Wa?CaseId={X1}&lang=ja&r=1
［いいえ］ https://amazonwebservices.qualtrics.com/jfe/form/SV_8dQxZ1yLb3Tn0Wa?CaseId={X1}&lang=ja&r=0

担当者の対応を 5 段階で評価してください。
アンケートへのご回答は 1 分ほどで完了します。いただいたご意見は、サービス向上のために活用させていただきます。

※ このメールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。
"""
a8h = f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;color:#ffffff;padding:14px 20px;font-size:18px">AWS トレーニングと認定</td></tr>
<tr><td style="padding:20px">
<p>渡辺 健二 様</p>
<p>ケース <b>{X1}</b> は解決済みとしてクローズされました。<br>AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p style="font-weight:bold">今回のお問い合わせで問題は解決しましたか？</p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_8dQxZ1yLb3Tn0Wa?CaseId={X1}&amp;lang=ja&amp;r=1">はい</a> ｜ <a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_8dQxZ1yLb3Tn0Wa?CaseId={X1}&amp;lang=ja&amp;r=0">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください。<br>アンケートへのご回答は 1 分ほどで完了します。いただいたご意見は、サービス向上のために活用させていただきます。</p>
<p style="font-size:11px;color:#687078">※ このメールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</td></tr></table>"""
aws_mail('008-kenji-case-closed-survey-ja.eml', rcpt=KEN, d=dt(2025, 5, 30, 6, 21, 48), frm=addr('Amazon Web Services', NOREPLY),
         subject=f'ケース {X1} はクローズされました - アンケートへのご協力のお願い',
         body=std_body(a8, html_inner=a8h, html_only=True, cte='base64'),
         label=L('survey', X1, a8, True, 'ja'))

a9 = """Hi Kenji,

Amazon Web Services Training and Certification has issued you a new badge.

AWS Certified Solutions Architect – Associate
Issued by Amazon Web Services Training and Certification

Accept your badge:
https://www.credly.com/badges/6f1d2c0b-8a4e-4b7f-9d3a-2e5c71b0f944/accept?utm_source=email&utm_medium=notification

Why accept? Share your achievement on LinkedIn, add it to your email
signature, and let employers verify your skills in one click.

This badge has been re-issued to this email address following an update to
your AWS Certification profile. Badges from your previous profile will appear
here as well once they are transferred.

Questions? Visit https://support.credly.com

Credly by Pearson
You are receiving this email because a badge was issued to kenji.watanabe.dev@gmail.com.
Manage email preferences: https://www.credly.com/earner/settings/notifications
"""
a9h = """<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" style="padding:24px"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="140" alt="AWS Certified Solutions Architect – Associate"></td></tr>
<tr><td style="padding:0 24px"><p>Hi Kenji,</p>
<p>Amazon Web Services Training and Certification has issued you a new badge.</p>
<p style="font-size:18px;font-weight:bold">AWS Certified Solutions Architect – Associate</p>
<p>Issued by Amazon Web Services Training and Certification</p>
<p align="center"><a href="https://www.credly.com/badges/6f1d2c0b-8a4e-4b7f-9d3a-2e5c71b0f944/accept?utm_source=email&amp;utm_medium=notification" style="background:#0a66c2;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p>Why accept? Share your achievement on LinkedIn, add it to your email signature, and let employers verify your skills in one click.</p>
<p style="color:#666">This badge has been re-issued to this email address following an update to your AWS Certification profile. Badges from your previous profile will appear here as well once they are transferred.</p>
<p style="font-size:11px;color:#999">Credly by Pearson<br>You are receiving this email because a badge was issued to kenji.watanabe.dev@gmail.com. <a href="https://www.credly.com/earner/settings/notifications">Manage email preferences</a></p>
</td></tr></table>"""
credly_mail('009-kenji-credly-badge-reissued.eml', rcpt=KEN, d=dt(2025, 5, 31, 2, 5, 19),
            frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
            subject='Kenji, your badge from Amazon Web Services Training and Certification is ready',
            text=a9, html_inner=a9h, label=L('credly_badge_issued', None, a9, True, 'en'))


# ---------------------------------------------------------------- user B
# Sarah Mitchell, Outlook.com / Outlook desktop; hand-over between agents
SAR = 'sarah.mitchell84@outlook.com'
B_OPEN = dt(2025, 7, 14, 15, 21, 7)
CB = cid15(B_OPEN, '00231')
EDT = timezone(timedelta(hours=-4))


def outlook_html(new, hdr_lines, quoted):
    ps = ''.join(f'<p class="MsoNormal">{html.escape(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>\n' for l in new.rstrip('\n').split('\n'))
    hb = '<br>\n'.join(f'<b>{html.escape(k)}:</b> {html.escape(v)}' for k, v in hdr_lines)
    qs = ''.join(f'<p class="MsoNormal">{html.escape(l) if l else "&nbsp;"}<o:p></o:p></p>\n' for l in quoted.rstrip('\n').split('\n'))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
            '.MsoChpDefault {mso-style-type:export-only;}\ndiv.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + ps + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
            '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">' + hb + '<o:p></o:p></span></p>\n</div>\n'
            + qs + '</div>\n</body>\n</html>\n')


def outlook_sent(name, *, d, frm, to, subject, new, hdr_lines, quoted, irt, label, lang='en-US', sep='________________________________'):
    tag = f'{R.choice(["SA1P223MB", "PH0P223MB", "DM6PR04MB"])}{R.randint(1000, 9999)}{rhex(12).upper()}'
    mid = f'<{tag}{rhex(14).upper()}@{tag[:13]}.NAMP223.PROD.OUTLOOK.COM>'
    qhdr = '\n'.join(f'{k}: {v}' for k, v in hdr_lines)
    text = new.rstrip('\n') + '\n\n' + sep + '\n' + qhdr + '\n\n' + quoted.rstrip('\n') + '\n'
    body = alt(part(text, 'plain', 'utf-8', 'quoted-printable'),
               part(outlook_html(new, hdr_lines, quoted), 'html', 'utf-8', 'quoted-printable'),
               boundary=b_outlook(tag + '.' + 'NAMP223PROD'))
    th = subject.split('RE: ', 1)[-1]
    hdrs = [('From', frm), ('To', to), ('Subject', subj(subject)), ('Thread-Topic', subj(th)),
            ('Thread-Index', 'AQHb' + rb64(27)[:32] + '=='), ('Date', rfc(d)), ('Message-ID', mid),
            ('References', irt), ('In-Reply-To', irt), ('Accept-Language', lang), ('Content-Language', lang),
            ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('msip_labels', ''), ('MIME-Version', '1.0')]
    sent_mail(name, hdrs, body, label)
    return mid


b1 = f"""Hello,

Thanks for reaching out to AWS Training and Certification Customer Support.

This is an automated message to let you know that we received your request
and opened case {CB} for it. Here is a copy of what you submitted:

  Name: Sarah Mitchell
  Email: {SAR}
  AWS candidate ID: AWS07734120
  Inquiry type: AWS Training and Certification
  Inquiry detail: Account Merge
  Description: I have a second certification account from my previous
  employer and would like both combined into one.

We aim to respond within 24 hours. If you need to add something, just reply
to this email - please don't open another case for the same question.

Regards,
AWS Training and Certification Customer Support
Amazon Web Services
"""
aws_mail('010-sarah-form-ack.eml', rcpt=SAR, d=B_OPEN + timedelta(seconds=4), frm=AWSF, via='outlook',
         subject=f'Case {CB} created: AWS Training and Certification Form Submission',
         body=std_body(b1, plain_only=True),
         label=L('case_created', CB, b1, True))

b2 = """Hello Sarah,

Thank you for contacting AWS Training and Certification. My name is Daniel and
I'll be assisting you with your request.

I was able to locate the certification account AWS07734120 from your
submission. However, I couldn't find a second profile under your name with the
details provided, so I need a bit more information before we can go any
further:

1. The email address you used to sign in to the second account (and, if you
   remember it, its candidate ID).
2. Which of the two accounts you would like to keep as your primary account
   going forward.
3. The name exactly as it appears on each profile, if it differs (for example
   a middle name or a previous surname).

Once I have these details I'll review both profiles and send you a summary to
confirm.

Best regards,
Daniel R.
Amazon Web Services
AWS Training and Certification Customer Support
"""
B2_D = dt(2025, 7, 15, 13, 42, 9)
B2_ID = aws_mail('011-sarah-agent-asks-login-emails.eml', rcpt=SAR, d=B2_D, frm=AWSF, via='outlook',
                 subject=f'RE:[CASE {CB}] {FORM_SUBJ}',
                 body=std_body(b2),
                 label=L('support_reply', CB, b2, True))

b3 = """Hi Daniel,

Thanks for getting back to me so quickly.

1. The second account was created with my old work e-mail, s.mitchell@brightwave-analytics.com. I think the candidate ID is AWS-13398845 (it's on an old score report).
2. I'd like to keep my personal account, AWS07734120, since I no longer have access to the work mailbox.
3. Same name on both: Sarah J. Mitchell.

Let me know if you need anything else.

Thanks,
Sarah
"""
B3_D = dt(2025, 7, 15, 17, 5, 22)
B3_ID = outlook_sent('012-sarah-sent-details-outlook.eml', d=B3_D, frm=addr('Sarah Mitchell', SAR), to=AWSF,
                     subject=f'RE: RE:[CASE {CB}] {FORM_SUBJ}', new=b3,
                     hdr_lines=[('From', f'Amazon Web Services <{FORM}>'),
                                ('Sent', 'Tuesday, July 15, 2025 9:42 AM'),
                                ('To', f'{SAR} <{SAR}>'),
                                ('Subject', f'RE:[CASE {CB}] {FORM_SUBJ}')],
                     quoted=b2, irt=B2_ID, label=L('unrelated', CB, b3, None))

b4 = """Hello Sarah,

My name is Aisha and I'll be taking over your case from my colleague Daniel,
who is out of the office this week. Sorry for the wait.

I've read through the whole thread and I have everything I need for now -
thank you for the detailed answers. I've asked our certification operations
team to verify both profiles; as soon as they come back to me I'll send you a
summary of the two accounts for your review.

There's nothing you need to do at this point. I'll be in touch within 1-2
business days.

Kind regards,
Aisha K.
Amazon Web Services
AWS Training and Certification Customer Support
"""
b4q = f"""----- Original message -----
From: {SAR}
Sent: 2025-07-15 17:05 UTC
Subject: RE: RE:[CASE {CB}] {FORM_SUBJ}

{b3}"""
aws_mail('013-sarah-handover-to-new-agent.eml', rcpt=SAR, d=dt(2025, 7, 17, 14, 10, 55), frm=AWSF, via='outlook',
         subject=f'RE:[CASE {CB}] {FORM_SUBJ}',
         body=std_body(b4, b4q),
         label=L('support_reply', CB, b4, True))

b5 = """Hello Sarah,

Thank you for your patience. Our certification team has verified both
profiles, and we're ready to combine them. Please review the details below
carefully:

  Account to be merged (will be closed):
    Candidate ID: AWS13398845
    Email: s.mitchell@brightwave-analytics.com
    Certifications: AWS Certified Cloud Practitioner (2022)

  Account that will remain (surviving account):
    Candidate ID: AWS07734120
    Email: sarah.mitchell84@outlook.com
    Certifications: AWS Certified Solutions Architect – Associate (2024),
                    AWS Certified Data Engineer – Associate (2025)

After the merge, all certifications, exam history and benefits will be
available under AWS07734120 only. Please be aware that a merge is permanent
and can’t be reversed.

If everything above is correct, please reply to this email with “I confirm”
and we’ll take it from there. If anything looks wrong, just tell me what needs
to change.

Kind regards,
Aisha K.
Amazon Web Services
AWS Training and Certification Customer Support
"""
B5_D = dt(2025, 7, 18, 15, 33, 40)
B5_ID = aws_mail('014-sarah-merge-confirm-request-mislabeled-charset.eml', rcpt=SAR, d=B5_D, frm=AWSF, via='outlook',
                 subject=f'RE:[CASE {CB}] {FORM_SUBJ}',
                 body=part(b5, 'plain', 'utf-8', '8bit', label='iso-8859-1'),
                 label=L('merge_confirmation_requested', CB, b5, True))

b7 = """Hi Sarah,

Thank you for confirming. We will now proceed with the merge of your two
accounts.

Once the merge is complete, you'll receive a separate email from us and your
certifications will be visible when you sign in with
sarah.mitchell84@outlook.com. This usually takes 1-3 business days. In the
meantime, please avoid scheduling or rescheduling an exam on either account.

Kind regards,
Aisha K.
Amazon Web Services
AWS Training and Certification Customer Support
"""
b7q = f"""> I confirm. Please merge AWS13398845 into AWS07734120.
>
> Sarah
>
> -----Original Message-----
> From: Amazon Web Services <{FORM}>
> Sent: Friday, July 18, 2025 11:33 AM
> To: {SAR}
> Subject: RE:[CASE {CB}] {FORM_SUBJ}
>
{qlines(b5)}"""
aws_mail('015-sarah-thanks-for-confirming-will-proceed.eml', rcpt=SAR, d=dt(2025, 7, 19, 10, 2, 31), frm=AWSF, via='outlook',
         subject=f'RE:[CASE {CB}] {FORM_SUBJ}',
         body=std_body(b7, b7q),
         label=L('support_reply', CB, b7, True))

b8 = """Hello Sarah,

Good news: the work on your certification accounts is finished. Your former
profile (AWS13398845) has been folded into AWS07734120, and you can now see all
three certifications when you sign in at https://www.aws.training/Certification.

A couple of things worth checking:
- your Benefits page should show the 50% discount voucher from your most
  recent certification;
- your Credly badges may take up to 72 hours to appear on the Credly account
  linked to sarah.mitchell84@outlook.com.

If anything is missing, reply to this email and I'll look into it.

Kind regards,
Aisha K.
Amazon Web Services
AWS Training and Certification Customer Support
"""
aws_mail('016-sarah-profiles-combined.eml', rcpt=SAR, d=dt(2025, 7, 21, 18, 47, 3), frm=AWSF, via='outlook',
         subject=f'RE:[CASE {CB}] {FORM_SUBJ}',
         body=std_body(b8, boundary=b_java()),
         label=L('merge_completed', CB, b8, True))

b9 = f"""Dear Sarah,

We recently resolved your case {CB} with AWS Training and Certification
Customer Support and have now closed it.

Please take a moment to tell us how we did.

Did we resolve your issue?
  Yes: https://pages.awscloud.com/tc-feedback.html?caseId={CB}&resolved=1
  No:  https://pages.awscloud.com/tc-feedback.html?caseId={CB}&resolved=0

How satisfied are you with the help you received from Aisha K.?
  https://pages.awscloud.com/tc-feedback.html?caseId={CB}&rate=agent

If your issue was not resolved, you can reopen the case within 14 days by
replying to this email.

Thank you,
AWS Training and Certification Customer Support
"""
aws_mail('017-sarah-case-closed-rate-us.eml', rcpt=SAR, d=dt(2025, 7, 21, 18, 49, 30), frm=AWSF, via='outlook',
         subject=f'How did we do? Case {CB}',
         body=std_body(b9),
         label=L('survey', CB, b9, True))

u4 = """Hi Sarah,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services
Training and Certification, expires on October 3, 2025.

Once a badge expires it will still be visible on your profile, marked as
expired. To keep it current, follow the issuer's recertification
requirements:
https://aws.amazon.com/certification/recertification/

View your badge:
https://www.credly.com/badges/0b7ad9e2-41c3-4f7e-8a12-93c5f0d6e1a8

Credly by Pearson
Manage email preferences: https://www.credly.com/earner/settings/notifications
"""
u4h = paras(u4).replace('https://www.credly.com/badges/0b7ad9e2-41c3-4f7e-8a12-93c5f0d6e1a8', '<a href="https://www.credly.com/badges/0b7ad9e2-41c3-4f7e-8a12-93c5f0d6e1a8">View badge</a>')
credly_mail('018-sarah-credly-badge-expiring.eml', rcpt=SAR, d=dt(2025, 8, 4, 16, 0, 12), via='outlook',
            frm=addr('Credly', 'admin@credly.com'),
            subject='Your AWS Certified Cloud Practitioner badge expires in 60 days',
            text=u4, html_inner=u4h, label=L('unrelated', None, u4, True))


# ---------------------------------------------------------------- user C
# Priya Raman, Gmail + iPhone Mail; replies late (after auto-closure)
PRI = 'priya.raman.cloud@gmail.com'
C_OPEN = dt(2025, 9, 2, 4, 12, 55)
CC = cid15(C_OPEN, '00046')
AWSTC = addr('AWS Training and Certification', FORM)

c1 = f"""Hi Priya,

We've got your message!

Case ID: {CC}
Topic: AWS Training and Certification > Account Merge
Candidate ID provided: AWS10562284

What happens next
- One of our Customer Support specialists will review your request and reply
  to this address, normally within one business day.
- If you think of something else we should know, reply to this email. Please
  don't open a new case for the same request, as this can delay our answer.

Thank you for contacting AWS Training and Certification.

--
AWS Training and Certification Customer Support
https://aws.amazon.com/training/
"""
aws_mail('019-priya-form-ack.eml', rcpt=PRI, d=C_OPEN + timedelta(seconds=5), frm=AWSTC,
         subject=f'[CASE {CC}] We received your request - AWS Training and Certification',
         body=std_body(c1, cte='quoted-printable'),
         label=L('case_created', CC, c1, True))

c2 = """Hello Priya,

Thank you for reaching out to AWS Training and Certification, and for providing
the details of both of your profiles.

I have reviewed your request and we are ready to consolidate your two
certification profiles into one. Here is what will happen:

  • Profile to be retired: AWS04417795 (priya.r@students.vitp.ac.in)
  • Profile that stays active: AWS10562284 (priya.raman.cloud@gmail.com)

Your certification history, exam records and any active benefits on
AWS04417795 will be moved to AWS10562284. After that, AWS04417795 can no longer
be used to sign in. Please note that this action is permanent and cannot be
undone.

Could you please reply to this email to let us know that you'd like us to go
ahead? If you would rather keep the other profile instead, just tell us and we
will adjust.

Warm regards,
Jonathan M.
AWS Training and Certification Customer Support
Amazon Web Services
"""
C2_D = dt(2025, 9, 3, 9, 40, 18)
C2_ID = aws_mail('020-priya-consolidation-confirm-request.eml', rcpt=PRI, d=C2_D, frm=AWSTC,
                 subject=f'RE:[CASE {CC}] {FORM_SUBJ}',
                 body=std_body(c2),
                 label=L('merge_confirmation_requested', CC, c2, True))

c3 = f"""Hello Priya,

I'm following up on my message of 3 September regarding case {CC}.

We still need your go-ahead before we can consolidate your certification
profiles. If you have already replied, thank you, and please ignore this note.

If we don't hear back from you within 3 business days, this case will be
closed automatically. You can still reopen it afterwards simply by replying to
this email.

Warm regards,
Jonathan M.
AWS Training and Certification Customer Support
Amazon Web Services
"""
c3q = "---------- Previous message ----------\nOn 03/09/2025 09:40 UTC, AWS Training and Certification wrote:\n\n" + qlines(c2)
aws_mail('021-priya-chaser-still-need-confirmation.eml', rcpt=PRI, d=dt(2025, 9, 8, 10, 3, 44), frm=AWSTC,
         subject=f'RE:[CASE {CC}] {FORM_SUBJ}',
         body=std_body(c3, c3q),
         label=L('support_reply', CC, c3, True))

c4 = f"""Hello Priya,

We haven't received a response on case {CC}, so we have closed it for now.

If you still need help, simply reply to this email within 14 days and the case
will be reopened.

We'd love to hear about your experience. Was your issue resolved?
  Yes - https://amazonwebservices.qualtrics.com/jfe/form/SV_3KxTgk2nJ8bq1Pg?CaseId={CC}&Resolved=Yes
  No  - https://amazonwebservices.qualtrics.com/jfe/form/SV_3KxTgk2nJ8bq1Pg?CaseId={CC}&Resolved=No

Thank you for contacting AWS Training and Certification.
"""
aws_mail('022-priya-auto-closed-no-response-survey.eml', rcpt=PRI, d=dt(2025, 9, 12, 10, 5, 2), frm=AWSTC,
         subject=f'Case {CC} has been closed',
         body=std_body(c4, cte='base64'),
         label=L('survey', CC, c4, True))

c5 = """Hi Jonathan,

I'm so sorry for the very late reply — I was travelling for work and barely checked my personal mail. Yes, please go ahead: merge AWS04417795 into AWS10562284 and keep AWS10562284 as my active profile.

I just saw that the case was closed in the meantime, I hope replying here is still ok.

Thanks a lot,
Priya

Sent from my iPhone
"""
C5_D = dt(2025, 9, 22, 7, 18, 26, IST)
c5attr = f'On 3 Sep 2025, at 3:10\u202fPM, Amazon Web Services <{FORM}> wrote:'
c5q = qlines(c5attr + '\n\n' + c2)
c5html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
          + ''.join(f'<div dir="ltr">{html.escape(l) if l else "<br>"}</div>' for l in c5.rstrip('\n').split('\n'))
          + f'<div dir="ltr"><br><blockquote type="cite">{html.escape(c5attr)}<br><br></blockquote></div>'
          + '<blockquote type="cite"><div dir="ltr">' + '<br>'.join(html.escape(l) for l in c2.rstrip('\n').split('\n')) + '</div></blockquote></body></html>\n')
sent_mail('023-priya-sent-late-reply-iphone.eml', [
    ('From', addr('Priya Raman', PRI)), ('Mime-Version', '1.0 (1.0)'), ('Subject', f'Re: RE:[CASE {CC}] {FORM_SUBJ}'),
    ('Date', rfc(C5_D)), ('Message-Id', f'<{str(uuid.UUID(int=R.getrandbits(128), version=4)).upper()}@gmail.com>'),
    ('References', C2_ID), ('In-Reply-To', C2_ID), ('To', addr('Amazon Web Services', FORM)), ('X-Mailer', 'iPhone Mail (22G100)')],
    alt(part(c5 + '\n' + c5q + '\n', 'plain', 'utf-8', 'quoted-printable'), part(c5html, 'html', 'utf-8', 'quoted-printable'),
        boundary=b_apple()),
    L('unrelated', CC, c5, None))

c6 = f"""Hi Priya,

Welcome back, and no need to apologise! I've reopened case {CC} so we can
finish this off.

Thank you for confirming. I've passed the consolidation request to our
certification operations team and I'll update you as soon as it's done -
usually within 2 business days. You don't need to do anything else for now.

Warm regards,
Jonathan M.
AWS Training and Certification Customer Support
Amazon Web Services
"""
aws_mail('024-priya-case-reopened-will-proceed.eml', rcpt=PRI, d=dt(2025, 9, 22, 14, 30, 7), frm=AWSTC,
         subject=f'RE:[CASE {CC}] {FORM_SUBJ}',
         body=std_body(c6, qlines(c5)),
         label=L('support_reply', CC, c6, True))

c7 = """Hello Priya,

Your certification profiles have now been consolidated. AWS10562284 holds all
of your certifications, including the AWS Certified Cloud Practitioner you
earned with your university e-mail, and AWS04417795 has been deactivated.

Please sign in at https://www.aws.training/Certification to check that
everything looks right, including your exam benefits. Credly badges are
usually re-issued within a few days.

As your request has been fulfilled, I'm marking this case as resolved. You'll
receive a short survey about your experience - we'd really appreciate your
feedback. If anything is missing, reply to this email within 14 days and the
case will reopen.

Warm regards,
Jonathan M.
AWS Training and Certification Customer Support
Amazon Web Services
"""
aws_mail('025-priya-consolidated-and-case-resolved.eml', rcpt=PRI, d=dt(2025, 9, 24, 11, 12, 36), frm=AWSTC,
         subject=f'RE:[CASE {CC}] {FORM_SUBJ}',
         body=std_body(c7),
         label=L('merge_completed', CC, c7, True))

c8 = """Hi Priya,

Amazon Web Services Training and Certification has issued you 2 badges:

  - AWS Certified Cloud Practitioner
  - AWS Certified Solutions Architect – Associate

Accept your badges to start sharing them:
https://www.credly.com/earner/earned?accept=true&utm_source=email

Badges are digital credentials you can add to LinkedIn, your résumé or your
email signature. Anyone who clicks them sees verified details of what you
achieved.

Need help? https://support.credly.com

Credly by Pearson
This message was sent to priya.raman.cloud@gmail.com.
"""
c8h = """<table width="560" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<p>Hi Priya,</p>
<p>Amazon Web Services Training and Certification has issued you <b>2 badges</b>:</p>
<table><tr><td align="center" style="padding:8px"><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="90"><br>AWS Certified Cloud Practitioner</td>
<td align="center" style="padding:8px"><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="90"><br>AWS Certified Solutions Architect – Associate</td></tr></table>
<p align="center"><a href="https://www.credly.com/earner/earned?accept=true&amp;utm_source=email" style="background:#0a66c2;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept badges</a></p>
<p>Badges are digital credentials you can add to LinkedIn, your résumé or your email signature. Anyone who clicks them sees verified details of what you achieved.</p>
<p style="font-size:11px;color:#999">Credly by Pearson · This message was sent to priya.raman.cloud@gmail.com.</p>
</td></tr></table>"""
credly_mail('026-priya-credly-two-badges.eml', rcpt=PRI, d=dt(2025, 9, 24, 20, 40, 51),
            frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
            subject='Priya, you have 2 new badges from Amazon Web Services Training and Certification',
            text=c8, html_inner=c8h, label=L('credly_badge_issued', None, c8, True))

u5 = """Dear AWS Customer,

We were unable to process the payment for your AWS account (Account ID: 4813-2290-7765).
Your services will be SUSPENDED within 24 hours unless you update your billing information.

Update your payment method now:
https://aws-billing-console.secure-billing-update.top/signin?acct=481322907765

If you have already updated your payment details, please disregard this message.

Sincerely,
Amazon Web Services Billing Team
"""
u5h = """<table width="600" align="center" style="font-family:Arial;border:1px solid #ddd"><tr><td style="background:#232f3e;padding:12px"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" width="70"></td></tr>
<tr><td style="padding:20px"><p>Dear AWS Customer,</p>
<p>We were unable to process the payment for your AWS account (Account ID: 4813-2290-7765).<br>Your services will be <b style="color:#d13212">SUSPENDED within 24 hours</b> unless you update your billing information.</p>
<p><a href="https://aws-billing-console.secure-billing-update.top/signin?acct=481322907765" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Update payment method</a></p>
<p>If you have already updated your payment details, please disregard this message.</p>
<p>Sincerely,<br>Amazon Web Services Billing Team</p></td></tr></table>"""
U5_D = dt(2025, 9, 16, 3, 27, 40)
u5env = 'bounce-7731@mailer.secure-billing-update.top'
other_mail('027-priya-phish-billing-suspension.eml', rcpt=PRI, d=U5_D,
           helo='vps-2231.contaboserver.net', ip='89.117.52.214', envfrom=u5env,
           auth=dict(spf=('pass', u5env, '89.117.52.214'), dmarc=('fail', 'amazon.com', 'QUARANTINE')),
           dkims=[],
           hdrs=[('From', addr('Amazon Web Services', NOREPLY)), ('To', PRI),
                 ('Subject', 'Action required: AWS account payment failed - services will be suspended'),
                 ('Date', rfc(U5_D, timezone(timedelta(hours=3)))),
                 ('Message-ID', f'<{rhex(24)}@mailer.secure-billing-update.top>'),
                 ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')],
           body=std_body(u5, html_inner=u5h, html_only=True, cte='base64'),
           label=L('unrelated', None, u5, False))


# ---------------------------------------------------------------- user D
# Marco Bianchi, Fastmail, console support case, non-native English agent
MAR = 'marco.bianchi@fastmail.com'
D_OPEN = dt(2025, 10, 6, 8, 14, 33)
CD = cid15(D_OPEN, '00809')
Q_OPEN = dt(2025, 10, 2, 12, 40, 2)
CQ = cid15(Q_OPEN, '00377')
AWSN = addr('Amazon Web Services', NOREPLY)


def console_foot(cid):
    return f"""We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. and affiliates

===================================================

To contact us again about this case, please return to the AWS Support Center
using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming
e-mail. Please use the link above if you need to contact us again about this
same issue.

====================================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle,
WA 98109-5210
"""


u6 = f"""Hello,

Thank you for your patience. I'm pleased to inform you that we have approved
and processed your service quota increase request for the EU (Frankfurt)
region.

Service: EC2 Instances
Quota name: Running On-Demand G and VT instances
New quota value: 16 vCPUs

It can sometimes take up to 30 minutes for this to propagate and become
available for use. I hope this helps. Please let us know if we can be of
further assistance.

Best regards,
Sandra P.
Amazon Web Services

{console_foot(CQ)}"""
aws_mail('028-marco-other-case-quota-increase.eml', rcpt=MAR, d=dt(2025, 10, 2, 19, 2, 40), frm=AWSN, via='fastmail',
         subject=f'RE:[CASE {CQ}] Limit Increase: EC2 Instances',
         body=std_body(u6),
         label=L('unrelated', CQ, u6, True))

d1 = f"""Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case {CD} to
address your issue.

The details of your case are as follows:

Case ID: {CD}
Subject: Merge two AWS Certification accounts
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts because I
registered again when I changed company. Old one is aws13270046
(marco.bianchi@techvela.it), current one is AWS 09981253 (this email). I
would like to merge them and keep the current one. Thank you, Marco

We will get back to you as quickly as possible. If you'd like to view this
case or provide additional information, please follow the link below:

https://console.aws.amazon.com/support/home#/case/?displayId={CD}&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410
Terry Ave. North, Seattle, WA 98109-5210

*Please note: this e-mail was sent from an address that cannot accept
incoming e-mail. Please use the link above if you need to contact us again
about this same issue.
"""
aws_mail('029-marco-console-case-opened.eml', rcpt=MAR, d=D_OPEN + timedelta(seconds=6), frm=AWSN, via='fastmail',
         subject=f'Amazon Web Services: You have opened a new Support case: {CD}',
         body=std_body(d1, plain_only=True, cte='7bit'),
         label=L('case_created', CD, d1, True))

d2 = f"""Hello Marco,

Greetings from Amazon Web Services!

Thank you for your patience. I have checked both the AWS Certification
accounts mentioned by you i.e. AWS09981253 and AWS13270046.

Before I can take this ahead, I request you to kindly confirm one more thing:
both the profiles are having a different notification email address. Kindly
let us know on which email address you wish to receive the communications
from AWS Certification (exam reminders, benefits, recertification) going
forward. Also please confirm if you are still having access to the mailbox
marco.bianchi@techvela.it.

Kindly revert back to us by replying on this case from the Support Center.

Have a great day ahead!

Best regards,
Mohammed A.
Amazon Web Services

{console_foot(CD)}"""
aws_mail('030-marco-agent-asks-notification-address.eml', rcpt=MAR, d=dt(2025, 10, 7, 6, 51, 12), frm=AWSN, via='fastmail',
         subject=f'RE:[CASE {CD}] Merge two AWS Certification accounts',
         body=std_body(d2),
         label=L('support_reply', CD, d2, True))

d3 = f"""Hello Marco,

Thank you for the update.

As per your response, please find below the details of the merge for your
kind review:

Primary account (will be retained): AWS09981253
Notification email: marco.bianchi@fastmail.com

Secondary account (will be merged into primary and deactivated): AWS13270046
Email: marco.bianchi@techvela.it

Kindly note that once the accounts are merged, the same cannot be reverted
back. All the certifications and exam history of secondary account will be
moved to the primary account.

Request you to please confirm us on the Support Center that above details are
correct, so that we can proceed further.

Best regards,
Mohammed A.
Amazon Web Services

{console_foot(CD)}"""
aws_mail('031-marco-merge-details-please-confirm.eml', rcpt=MAR, d=dt(2025, 10, 8, 5, 17, 58), frm=AWSN, via='fastmail',
         subject=f'RE:[CASE {CD}] Merge two AWS Certification accounts',
         body=std_body(d3),
         label=L('merge_confirmation_requested', CD, d3, True))

d4 = f"""Hello Marco,

Thank you for confirming the details.

This is to inform you that the merging of your AWS Certification accounts has
been done successfully. Now all your certifications are showing under the
account AWS09981253 and you can login with marco.bianchi@fastmail.com. The
account AWS13270046 is no more active.

Please allow 24-48 hours for the Credly badges to reflect in your Credly
account.

I will be setting this case to resolved state. In case of any further query,
feel free to reopen the case from Support Center.

Best regards,
Mohammed A.
Amazon Web Services

{console_foot(CD)}"""
aws_mail('032-marco-merge-done-console.eml', rcpt=MAR, d=dt(2025, 10, 9, 7, 3, 21), frm=AWSN, via='fastmail',
         subject=f'RE:[CASE {CD}] Merge two AWS Certification accounts',
         body=std_body(d4, cte='base64'),
         label=L('merge_completed', CD, d4, True))

d5 = f"""Hello,

We've marked your support case {CD} "Merge two AWS Certification accounts" as
resolved.

If you have additional questions, you can reopen this case within 14 days from
the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CD}&language=en

How did we do? Please take a minute to rate your experience:
https://console.aws.amazon.com/support/home#/case/?displayId={CD}&language=en&feedback=true

Thank you for using AWS Support.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle,
WA 98109-5210
"""
aws_mail('033-marco-console-case-resolved-rate.eml', rcpt=MAR, d=dt(2025, 10, 9, 7, 4, 2), frm=AWSN, via='fastmail',
         subject=f'Amazon Web Services Support: Case {CD} has been resolved',
         body=std_body(d5),
         label=L('survey', CD, d5, True))


# ---------------------------------------------------------------- user E
# Yuki Tanaka, BIGLOBE, Japanese throughout; ISO-2022-JP / Shift_JIS
YUK = 'yuki-tanaka@kfa.biglobe.ne.jp'
YUK_NAME = '田中 由紀'
E_OPEN = dt(2025, 3, 11, 0, 35, 49)
CE = cid15(E_OPEN, '00152')

e1 = f"""田中 由紀 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お問い合わせを受け付けましたので、お知らせいたします。

ケース番号：{CE}
カテゴリ：認定 ／ アカウントの統合

内容を確認のうえ、担当者よりご連絡いたします。通常、1 営業日以内にご回答しております。
本メールにご返信いただくと、同じケースに情報を追加できます。
同じご用件で新たにお問い合わせいただく必要はございません。

※本メールは自動送信されています。

AWS トレーニングと認定 カスタマーサポート
"""
aws_mail('034-yuki-form-ack-iso2022jp.eml', rcpt=YUK, d=E_OPEN + timedelta(seconds=4), frm=AWSF, via='biglobe',
         subject=f'【AWS】お問い合わせありがとうございます（ケース番号：{CE}）', subj_cs='iso-2022-jp',
         body=std_body(e1, sub_cs='iso-2022-jp', cte='7bit', plain_only=True),
         label=L('case_created', CE, e1, True, 'ja'))

e2 = """田中 由紀 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
お問い合わせいただき、誠にありがとうございます。

アカウント統合のご依頼につきまして、お客様のお名前で以下の 2 件の認定アカウントを確認いたしました。

　・AWS05120937
　・AWS12604418

統合の手続きを進めるにあたり、恐れ入りますが以下の 2 点をご教示いただけますでしょうか。

1. 統合後に残すアカウント（上記のいずれか）
2. それぞれのアカウントのログインに使用しているメールアドレス

ご返信をいただき次第、統合内容をまとめたうえで改めてご確認のご連絡を差し上げます。
お手数をおかけいたしますが、どうぞよろしくお願いいたします。

小林
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
E2_D = dt(2025, 3, 12, 5, 5, 37)
E2_ID = aws_mail('035-yuki-agent-asks-which-account-sjis.eml', rcpt=YUK, d=E2_D, frm=AWSF, via='biglobe',
                 subject=f'RE:[CASE {CE}] {FORM_SUBJ}',
                 body=std_body(e2, sub_cs='shift_jis', cte='base64'),
                 label=L('support_reply', CE, e2, True, 'ja'))

e3 = """小林様

お世話になっております。田中です。
ご確認いただきありがとうございます。

1. 残すアカウント：AWS05120937
2. ログイン用メールアドレス
　　AWS05120937 … yuki-tanaka@kfa.biglobe.ne.jp
　　AWS12604418 … y.tanaka@nagisa-soft.co.jp（前職のアドレスです）

以上、よろしくお願いいたします。

田中 由紀
"""
e3q = f"""-----Original Message-----
差出人: Amazon Web Services <{FORM}>
送信日時: 2025年3月12日 14:05
宛先: {YUK}
件名: RE:[CASE {CE}] {FORM_SUBJ}

{e2}"""
E3_D = dt(2025, 3, 12, 20, 31, 9, JST)
E3_ID = f'<000001db9345$3f1a2b40$bd4e81c0$@kfa.biglobe.ne.jp>'
sent_mail('036-yuki-sent-reply-outlook-jis.eml', [
    ('From', addr(YUK_NAME, YUK, 'iso-2022-jp')), ('To', AWSF),
    ('References', E2_ID), ('In-Reply-To', E2_ID),
    ('Subject', f'RE: RE:[CASE {CE}] {FORM_SUBJ}'), ('Date', rfc(E3_D)), ('Message-ID', E3_ID),
    ('MIME-Version', '1.0'), ('X-Mailer', 'Microsoft Outlook 16.0'),
    ('Thread-Index', 'AQH' + rb64(30)[:34]), ('Content-Language', 'ja')],
    part(e3 + '\n' + e3q, 'plain', 'iso-2022-jp', '7bit'),
    L('unrelated', CE, e3, None, 'ja'))

e4 = """田中 由紀 様

小林でございます。ご返信いただき、ありがとうございます。

いただいた情報をもとに、以下のとおり統合内容をまとめました。お手数ですが、内容をご確認ください。

① 統合後も残るアカウント
　AWS-05120937（yuki-tanaka@kfa.biglobe.ne.jp）

② 統合されるアカウント（統合後はご利用いただけなくなります）
　AWS-12604418（y.tanaka@nagisa-soft.co.jp）

②のアカウントに紐づく認定資格・受験履歴は、すべて①のアカウントへ移行されます。
統合は一度実施すると取り消すことができませんので、ご注意ください。

上記の内容で統合を実施してよろしいでしょうか。
問題がなければ、このメールに「統合に同意します」とご返信くださいますようお願いいたします。

小林
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
e4q = "> 1. 残すアカウント：AWS05120937\n> 2. ログイン用メールアドレス\n> （以下省略）"
amzsel = rsel()
E4_D = dt(2025, 3, 13, 2, 48, 15)
aws_mail('037-yuki-merge-confirm-request-sjis-mislabel.eml', rcpt=YUK, d=E4_D, frm=AWSF, via='biglobe',
         subject=f'RE:[CASE {CE}] {FORM_SUBJ}',
         auth=dict(dkim=[('pass', 'amazon.com', amzsel)], spf=('pass', 'amazonses.com', '54.240.8.50')),
         body=std_body(e4, e4q, sub_cs='shift_jis', cte='base64', plain_only=True),
         label=L('merge_confirmation_requested', CE, e4, True, 'ja', _amzsel=amzsel))

e6 = """田中 由紀 様

いつもお世話になっております。小林でございます。

ご依頼いただいたアカウント統合の作業が完了いたしました。
今後は AWS05120937 のアカウント（yuki-tanaka@kfa.biglobe.ne.jp）でサインインしてください。

なお、Credly のバッジにつきましては、反映までに数日かかる場合がございます。
数日経過してもバッジが表示されない場合は、本メールにご返信ください。

このたびはご協力いただき、ありがとうございました。

小林
AWS トレーニングと認定 カスタマーサポート
"""
e6quoted = "統合に同意します。\nAWS12604418 を AWS05120937 に統合してください。\n\n田中 由紀"
e6h = (paras(e6) + '\n<hr style="border:none;border-top:1px solid #ccc">\n<p style="color:#555">差出人: 田中 由紀 &lt;yuki-tanaka@kfa.biglobe.ne.jp&gt;<br>送信日時: 2025年3月13日 19:02</p>\n'
       + quote_html(e6quoted))
aws_mail('038-yuki-merge-completed-html-only.eml', rcpt=YUK, d=dt(2025, 3, 14, 4, 26, 50), frm=AWSF, via='biglobe',
         subject=f'RE:[CASE {CE}] {FORM_SUBJ}',
         body=std_body(e6, html_inner=e6h, html_only=True, cte='quoted-printable'),
         label=L('merge_completed', CE, e6, True, 'ja'))

e7 = f"""田中 由紀 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース {CE} は解決済みとなりましたので、クローズいたしました。

サポートの品質向上のため、簡単なアンケートにご協力ください（所要時間：約 1 分）。
https://amazonwebservices.qualtrics.com/jfe/form/SV_8dQxZ1yLb3Tn0Wa?CaseId={CE}&lang=ja

・問題は解決しましたか？　はい／いいえ
・担当者の対応はいかがでしたか？　5 段階でご評価ください。

引き続き AWS をよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
"""
aws_mail('039-yuki-case-closed-survey-jis.eml', rcpt=YUK, d=dt(2025, 3, 14, 4, 28, 3), frm=AWSF, via='biglobe',
         subject=f'【アンケートのお願い】ケース {CE} のサポートはいかがでしたか', subj_cs='iso-2022-jp',
         body=std_body(e7, sub_cs='iso-2022-jp', cte='7bit', plain_only=True),
         label=L('survey', CE, e7, True, 'ja'))


# ---------------------------------------------------------------- user F
# David Okafor, Google Workspace (okafor.io), 2022 case with 11-digit id, Thunderbird
DAV = 'david@okafor.io'
F_OPEN = dt(2022, 11, 8, 16, 2, 44)
CF = '11084735261'

f1 = f"""Dear David Okafor,

Thank you for contacting AWS Training and Certification. This e-mail confirms
that we have received your inquiry. Your case number is {CF}.

A Customer Support representative will review your inquiry and respond within
1 business day. Please include your case number in any future correspondence
regarding this inquiry.

Best regards,
AWS Training and Certification
"""
aws_mail('040-david-form-ack-2022.eml', rcpt=DAV, d=F_OPEN + timedelta(seconds=3), frm=AWSF,
         subject=f'[CASE {CF}] {FORM_SUBJ}',
         body=std_body(f1, plain_only=True, cte='7bit'),
         label=L('case_created', CF, f1, True))

f2 = """Hi David,

Thanks for your patience while we looked into your request.

We found the following two certification accounts associated with you:

Account ID     Email                       Certifications
AWS08815502    david@okafor.io             SAA-C02, DVA-C01
AWS10094376    d.okafor@lumenfield.com     CLF-C01

We can merge AWS10094376 into AWS08815502. After the merge, AWS08815502 will be
your only account and all of your certifications and exam history will be
listed there; AWS10094376 will be closed. Please be aware that merges are
final.

Before we start, we need your written confirmation. Please respond to this
email confirming that the information above is accurate and that you would
like to proceed.

Thank you,
Katarzyna W.
AWS Training and Certification Customer Support
"""
F2_D = dt(2022, 11, 9, 15, 18, 2)
f2h = ("<p>Hi David,</p><p>Thanks for your patience while we looked into your request.</p>"
       "<p>We found the following two certification accounts associated with you:</p>"
       "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\"><tr><th>Account ID</th><th>Email</th><th>Certifications</th></tr>"
       "<tr><td>AWS08815502</td><td>david@okafor.io</td><td>SAA-C02, DVA-C01</td></tr>"
       "<tr><td>AWS10094376</td><td>d.okafor@lumenfield.com</td><td>CLF-C01</td></tr></table>"
       "<p>We can merge AWS10094376 into AWS08815502. After the merge, AWS08815502 will be your only account and all of your certifications and exam history will be listed there; AWS10094376 will be closed. Please be aware that merges are final.</p>"
       "<p>Before we start, we need your written confirmation. Please respond to this email confirming that the information above is accurate and that you would like to proceed.</p>"
       "<p>Thank you,<br>Katarzyna W.<br>AWS Training and Certification Customer Support</p>")
F2_ID = aws_mail('041-david-merge-confirm-request-2022.eml', rcpt=DAV, d=F2_D, frm=AWSF,
                 subject=f'RE:[CASE {CF}] {FORM_SUBJ}',
                 body=std_body(f2, html_inner=f2h),
                 label=L('merge_confirmation_requested', CF, f2, True))

f3 = """Hi Katarzyna,

Confirmed - the information above is accurate, please go ahead and merge
AWS10094376 into AWS08815502.

One question while I have you: I passed SAA-C02 in March 2021, does the
merge change its expiry date?

Thanks,
David

-- 
David Okafor
Principal Consultant, Okafor Consulting
https://okafor.io
"""
PST = timezone(timedelta(hours=-8))
F3_D = dt(2022, 11, 9, 8, 47, 15, PST)
f3q = 'On 11/9/2022 7:18 AM, Amazon Web Services wrote:\n' + qlines(f2)
sent_mail('042-david-sent-confirm-thunderbird.eml', [
    ('Message-ID', f'<{uuid.UUID(int=R.getrandbits(128), version=4)}@okafor.io>'), ('Date', rfc(F3_D)),
    ('MIME-Version', '1.0'),
    ('User-Agent', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:102.0) Gecko/20100101\n Thunderbird/102.4.2'),
    ('Subject', f'Re: RE:[CASE {CF}] [AWS Training and Certification Form Submission] -\n account-assistance'),
    ('Content-Language', 'en-US'), ('To', addr('Amazon Web Services', FORM)),
    ('References', F2_ID), ('From', addr('David Okafor', DAV)), ('In-Reply-To', F2_ID)],
    part(f3 + '\n' + f3q + '\n', 'plain', 'utf-8', '7bit', fmt_flowed=True),
    L('unrelated', CF, f3, None))

f4 = """Hi David,

The merge has been completed. AWS08815502 now shows all three certifications,
and AWS10094376 has been closed.

To answer your question: no, merging does not change expiration dates. Each
certification keeps the expiration date it had before, so your SAA-C02 still
expires in March 2024.

Please allow up to 5 business days for your Credly badges to be moved.

Thank you,
Katarzyna W.
AWS Training and Certification Customer Support
"""
aws_mail('043-david-merge-completed-2022.eml', rcpt=DAV, d=dt(2022, 11, 10, 19, 55, 31), frm=AWSF,
         subject=f'RE:[CASE {CF}] {FORM_SUBJ}',
         body=std_body(f4, qlines(f3)),
         label=L('merge_completed', CF, f4, True))

f6 = """Hi David,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Cloud Practitioner.

Accept your badge to manage it and share it with your network:
https://www.credly.com/badges/3c8e5b72-19d4-4a6f-b0e1-7d2a94c3f5e6/accept

This badge was previously issued to another email address and has been moved
to this one at the request of the issuer.

Credly, Inc.
"""
f6h = """<table width="560" align="center"><tr><td style="padding:24px">
<p>Hi David,</p><p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Cloud Practitioner</b>.</p>
<p align="center"><a href="https://www.credly.com/badges/3c8e5b72-19d4-4a6f-b0e1-7d2a94c3f5e6/accept" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none">Accept Badge</a></p>
<p>This badge was previously issued to another email address and has been moved to this one at the request of the issuer.</p>
<p style="font-size:11px;color:#999">Credly, Inc.</p></td></tr></table>"""
credly_mail('044-david-credly-badge-moved-2022.eml', rcpt=DAV, d=dt(2022, 11, 14, 13, 8, 45),
            frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
            subject='You have a new badge from Amazon Web Services Training and Certification',
            text=f6, html_inner=f6h, label=L('credly_badge_issued', None, f6, True))

u7 = """Hello David,

AWS Certification wants to hear from you!

As an AWS Certified individual (Candidate ID: AWS08815502), you are invited to
take part in a short survey about your certification experience. Your input
helps us improve our exams and the benefits we offer to AWS Certified
individuals.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?sid=8f3c2a1e9d7b4c60a5e2f1d3b7c9e0a4

The survey takes about 10 minutes and closes on December 16, 2022.

Thank you,
AWS Training and Certification

This is an automated message sent via CertMetrics. Please do not reply.
"""
U7_D = dt(2022, 12, 1, 17, 30, 0)
u7env = 'bounce@certmetrics.com'
other_mail('045-david-certmetrics-survey-invite.eml', rcpt=DAV, d=U7_D,
           helo='mail2.certmetrics.com', ip='208.76.189.44', envfrom=u7env,
           auth=dict(dkim=[('pass', 'certmetrics.com', 'cm1')], spf=('pass', u7env, '208.76.189.44'),
                     dmarc=('pass', 'certmetrics.com', 'NONE')),
           dkims=[('certmetrics.com', 'cm1', 'from:to:subject:date:message-id:mime-version:content-type')],
           hdrs=[('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', DAV),
                 ('Subject', 'AWS Certification wants to hear from you'), ('Date', rfc(U7_D, timezone(timedelta(hours=-7)))),
                 ('Message-ID', f'<{uuid.UUID(int=R.getrandbits(128), version=4)}@certmetrics.com>')],
           body=std_body(u7, cte='quoted-printable', boundary=f'--boundary_{R.randint(10, 99)}_{uuid.UUID(int=R.getrandbits(128), version=4)}'),
           label=L('unrelated', None, u7, False))


# ---------------------------------------------------------------- user G
# Lena Hoffmann, company Exchange Online (nordlicht-it.de), 2020 case with 10-digit id
LEN = 'lena.hoffmann@nordlicht-it.de'
G_OPEN = dt(2020, 6, 15, 8, 12, 26)
CG = '7298534011'

u8 = """Dear Lena Hoffmann,

Thank you for scheduling your exam with Pearson VUE. This email confirms your
appointment.

Exam: SOA-C01: AWS Certified SysOps Administrator - Associate
Candidate ID: AWS01958836
Registration ID: 389442107
Date and time: Tuesday, June 9, 2020 at 10:00 AM Central European Summer Time
Delivery: Online (OnVUE)

Before your exam, please run the system test on the computer you will use:
https://home.pearsonvue.com/aws/onvue

If you need to reschedule or cancel, please do so at least 24 hours before
your appointment via your AWS Certification account.

Sincerely,
Pearson VUE

This email was sent by Pearson VUE on behalf of Amazon Web Services. Please do
not reply to this email.
"""
U8_D = dt(2020, 5, 20, 14, 22, 9)
u8env = 'bounces@pearsonvue.com'
other_mail('046-lena-pearson-vue-appointment-2020.eml', rcpt=LEN, d=U8_D, via='exchange',
           helo='mx2.pearsonvue.com', ip='159.182.92.17', envfrom=u8env,
           auth=dict(dkim=[('pass', 'pearson.com', 'pvue')], spf=('pass', u8env, '159.182.92.17'),
                     dmarc=('pass', 'pearson.com', 'REJECT')),
           dkims=[('pearson.com', 'pvue', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')],
           hdrs=[('From', addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com')), ('To', LEN),
                 ('Subject', 'Confirmation of your Amazon Web Services exam appointment'),
                 ('Date', rfc(U8_D, timezone(timedelta(hours=-5)))),
                 ('Message-ID', f'<{R.randint(100000000, 999999999)}.{R.randint(1000, 9999)}.{ts(U8_D)}@pvue-mailer03>')],
           body=std_body(u8, cte='quoted-printable'),
           label=L('unrelated', None, u8, False))

g1 = f"""Hello,

We have received your request and created case {CG}. An AWS Training and
Certification representative will contact you shortly.

Request summary
  Category: Certification - Account Merge
  Candidate ID: AWS01958836

You can add information to this case by replying to this message. Please do
not submit the web form again for the same request.

AWS Training & Certification
"""
aws_mail('047-lena-form-ack-2020.eml', rcpt=LEN, d=G_OPEN + timedelta(seconds=5), frm=AWSF, via='exchange',
         subject=f'[CASE {CG}] {FORM_SUBJ}',
         body=std_body(g1, cte='quoted-printable'),
         label=L('case_created', CG, g1, True))

g2 = """Dear Lena,

Thank you for contacting AWS Training and Certification.

I'm happy to help you with combining your certification accounts. I have
located the account AWS01958836 from your request. In order to process it I
need some additional information:

- Could you please tell me the reason why a second account was created?
- Please provide the e-mail address registered on each account.

Kind regards,
Tom B.
AWS Training and Certification
"""
aws_mail('048-lena-agent-asks-reason-2020.eml', rcpt=LEN, d=dt(2020, 6, 16, 9, 4, 50), frm=AWSF, via='exchange',
         subject=f'RE:[CASE {CG}] {FORM_SUBJ}',
         body=std_body(g2),
         label=L('support_reply', CG, g2, True))

g3 = """Dear Lena,

Thank you for the information.

Please confirm that you would like us to merge the following accounts:

Source account: AWS00714528 (lena.hoffmann@posteo.de) - this account will be
deactivated
Target account: AWS01958836 (lena.hoffmann@nordlicht-it.de) - this account
will be kept

Kindly note that after the merge the accounts cannot be separated again.

Please reply "Yes, please merge" to confirm.

Kind regards,
Tom B.
AWS Training and Certification
"""
g3q = f"""Von: Hoffmann, Lena <{LEN}>
Gesendet: Dienstag, 16. Juni 2020 15:22
An: Amazon Web Services <{FORM}>
Betreff: AW: RE:[CASE {CG}] {FORM_SUBJ}

Hello Tom,

the first account (AWS 00714528) I created in 2017 with my private mail
lena.hoffmann@posteo.de. When I changed to Nordlicht IT in 2019 I did not find
my login anymore and registered again with my company mail (AWS01958836).

I would like to keep the company account.

Best regards
Lena Hoffmann

Nordlicht IT GmbH | Cloud Services
Speicherstadt 12, 20457 Hamburg
"""
aws_mail('049-lena-merge-confirm-request-quoting-german-outlook.eml', rcpt=LEN, d=dt(2020, 6, 18, 11, 37, 6), frm=AWSF, via='exchange', crlf=True,
         subject=f'RE:[CASE {CG}] {FORM_SUBJ}',
         body=std_body(g3, g3q, cte='base64'),
         label=L('merge_confirmation_requested', CG, g3, True))

g5 = """Dear Lena,

I'm pleased to let you know that your accounts have been successfully merged.
You can now sign in with lena.hoffmann@nordlicht-it.de to access all your
certifications under AWS01958836.

Your Acclaim badges will be transferred to the e-mail address of the
surviving account in the next days.

Kind regards,
Tom B.
AWS Training and Certification
"""
g5q = """> Yes, please merge.
>
> Lena Hoffmann"""
aws_mail('050-lena-merge-completed-2020.eml', rcpt=LEN, d=dt(2020, 6, 22, 13, 15, 44), frm=AWSF, via='exchange',
         subject=f'RE:[CASE {CG}] {FORM_SUBJ}',
         body=std_body(g5, g5q),
         label=L('merge_completed', CG, g5, True))

g6 = """Lena, you've earned a badge!

Amazon Web Services Training and Certification has issued you the following
badge: AWS Certified Solutions Architect - Associate

Accept your badge:
https://www.youracclaim.com/badges/a4f0c9d2-6e1b-4c83-9f27-58b3d1e0c7a6/accept

Acclaim is a Credly service.
"""
g6h = """<table width="560" align="center"><tr><td style="padding:24px">
<p style="font-size:20px">Lena, you've earned a badge!</p>
<p>Amazon Web Services Training and Certification has issued you the following badge: <b>AWS Certified Solutions Architect - Associate</b></p>
<p align="center"><a href="https://www.youracclaim.com/badges/a4f0c9d2-6e1b-4c83-9f27-58b3d1e0c7a6/accept" style="background:#00a5cf;color:#fff;padding:12px 26px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Acclaim is a Credly service.</p></td></tr></table>"""
credly_mail('051-lena-acclaim-badge-issued-2020.eml', rcpt=LEN, d=dt(2020, 6, 24, 7, 41, 2), via='exchange',
            domain='youracclaim.com',
            frm=addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'),
            subject="Lena, you've earned a badge from Amazon Web Services Training and Certification",
            text=g6, html_inner=g6h, label=L('credly_badge_issued', None, g6, True))


# ---------------------------------------------------------------- user H
# Tomás Herrera, Gmail; merge phishing from a look-alike domain; nested quoting
TOM = 'tomas.herrera.mx@gmail.com'
H_OPEN = dt(2025, 11, 17, 16, 40, 27)
CH = cid15(H_OPEN, '00913')
MX = timezone(timedelta(hours=-6))

h1 = f"""Hello Tomás Herrera,

Thank you for contacting AWS Training and Certification Customer Support.

We've received your request and created case {CH}.
A member of our team will reply to this email address, usually within 24 hours.

Your request:
  Inquiry type: Certification
  Inquiry detail: Account Merge
  AWS candidate ID: AWS12873390
  Message: Hello, I have 2 certification accounts, AWS12873390 and
  AWS06650124. I would like to keep the first one. Thanks!

To add details, reply to this email. Opening a new request for the same issue
may delay our response.

AWS Training and Certification Customer Support
Amazon Web Services
"""
aws_mail('052-tomas-form-ack.eml', rcpt=TOM, d=H_OPEN + timedelta(seconds=2), frm=AWSF,
         subject=f'[CASE {CH}] {FORM_SUBJ}',
         body=std_body(h1),
         label=L('case_created', CH, h1, True))

h2 = """Dear Candidate,

We have received a request to merge your AWS Certification accounts. To protect
your certifications, the merge must be confirmed by the account holder within
24 hours.

Accounts pending merge:
  AWS06650124  ->  AWS12873390

Confirm the merge:
https://aws-certificaton-verify.com/merge/confirm?token=eyJjYW5kIjoiQVdTMTI4NzMzOTAifQ

If you do not confirm in time, both accounts may be suspended and your
certifications invalidated.

AWS Certification Support Team
"""
h2h = """<table width="600" align="center" style="font-family:Arial;border:1px solid #e0e0e0"><tr><td style="background:#232f3e;padding:14px;color:#fff;font-size:18px">AWS Certification</td></tr>
<tr><td style="padding:22px"><p>Dear Candidate,</p>
<p>We have received a request to merge your AWS Certification accounts. To protect your certifications, the merge must be confirmed by the account holder <b>within 24 hours</b>.</p>
<p>Accounts pending merge:<br><b>AWS06650124 &rarr; AWS12873390</b></p>
<p><a href="https://aws-certificaton-verify.com/merge/confirm?token=eyJjYW5kIjoiQVdTMTI4NzMzOTAifQ" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none;font-weight:bold">Confirm the merge</a></p>
<p style="color:#b00">If you do not confirm in time, both accounts may be suspended and your certifications invalidated.</p>
<p>AWS Certification Support Team</p></td></tr></table>"""
H2_D = dt(2025, 11, 17, 22, 5, 31)
phenv = 'support@aws-certificaton-verify.com'
other_mail('053-tomas-phish-merge-confirm-lookalike.eml', rcpt=TOM, d=H2_D,
           helo='mail.aws-certificaton-verify.com', ip='185.243.115.72', envfrom=phenv,
           auth=dict(dkim=[('pass', 'aws-certificaton-verify.com', 'default')], spf=('pass', phenv, '185.243.115.72'),
                     dmarc=('pass', 'aws-certificaton-verify.com', 'NONE')),
           dkims=[('aws-certificaton-verify.com', 'default', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type')],
           hdrs=[('Authentication-Results', 'mx.google.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com'),
                 ('From', addr('AWS Certification Support', phenv)), ('To', TOM),
                 ('Subject', 'ACTION REQUIRED: Confirm your AWS Certification account merge'),
                 ('Date', rfc(H2_D)),
                 ('Message-ID', f'<{rhex(32)}@aws-certificaton-verify.com>'),
                 ('X-Mailer', 'Microsoft Outlook 16.0')],
           body=std_body(h2, html_inner=h2h, cte='quoted-printable', boundary=f'----=_NextPart_000_0001_{rhex(8).upper()}.{rhex(8).upper()}'),
           label=L('merge_confirmation_requested', None, h2, False))

h3 = """Hi Tomás,

Thanks for contacting AWS Training and Certification.

I've looked into the two certification accounts you mentioned and can merge
them for you. Here's the plan:

- Keep: AWS12873390 (tomas.herrera.mx@gmail.com)
- Merge in and close: AWS06650124 (therrera@grupo-altavista.mx)

Once merged, everything from AWS06650124 (certifications, exam history,
benefits) will appear under AWS12873390. This can't be undone afterwards.

Can you reply to confirm this is what you'd like? I'll start as soon as I hear
from you.

Best,
Lucía G.
AWS Training and Certification Customer Support
"""
h3q = """> Original request:
> Hello, I have 2 certification accounts, AWS12873390 and AWS06650124. I would
> like to keep the first one. Thanks!"""
H3_D = dt(2025, 11, 18, 15, 26, 12)
H3_ID = aws_mail('054-tomas-merge-confirm-request-genuine.eml', rcpt=TOM, d=H3_D, frm=AWSF,
                 subject=f'RE:[CASE {CH}] {FORM_SUBJ}',
                 body=std_body(h3, h3q),
                 label=L('merge_confirmation_requested', CH, h3, True))

h4 = """Hi Lucía,

Yes, that's correct, please go ahead.

Quick question: yesterday I got an email from "AWS Certification Support"
(aws-certificaton-verify.com) asking me to confirm the merge through a link
within 24 hours. I didn't click it. Is that from you?

Thanks,
Tomás
"""
h4attr = en_gmail_attr(H3_D, f'Amazon Web Services <{FORM}>', MX)
h4full = h3 + '\n' + h3q
H4_D = dt(2025, 11, 18, 10, 2, 47, MX)
H4_ID = gmail_msgid()
sent_mail('055-tomas-sent-confirm-gmail-nested-quote.eml', [
    ('MIME-Version', '1.0'), ('Date', rfc(H4_D)), ('References', H3_ID), ('In-Reply-To', H3_ID),
    ('Message-ID', H4_ID), ('Subject', f'Re: RE:[CASE {CH}] {FORM_SUBJ}'),
    ('From', addr('Tomás Herrera', TOM)), ('To', addr('Amazon Web Services', FORM))],
    alt(part(h4 + '\n' + h4attr + '\n\n' + qlines(h4full) + '\n', 'plain', 'utf-8', 'quoted-printable'),
        part(gmail_reply_html(paras(h4), h4attr, paras(h3) + quote_html(h3q)), 'html', 'utf-8', 'quoted-printable'),
        boundary=b_gmail()),
    L('unrelated', CH, h4, None))

h5 = """Hi Tomás,

All done! Your accounts have been merged, and AWS12873390 is now your only
certification account. Sign in with tomas.herrera.mx@gmail.com to see your
full history.

About the other email: it did not come from us. AWS Training and
Certification only contacts you about this case from an amazon.com address,
and we never ask you to confirm anything through an external link. You were
right not to click it. You can report it to stop-spoofing@amazon.com.

Best,
Lucía G.
AWS Training and Certification Customer Support
"""
h5q = 'On Tue, Nov 18, 2025 at 10:02 AM Tomás Herrera <tomas.herrera.mx@gmail.com> wrote:\n' + qlines(h4 + '\n' + h4attr + '\n\n' + qlines(h4full))
aws_mail('056-tomas-merge-done-and-phish-answer.eml', rcpt=TOM, d=dt(2025, 11, 19, 18, 44, 20), frm=AWSF,
         subject=f'RE:[CASE {CH}] {FORM_SUBJ}',
         body=std_body(h5, h5q),
         label=L('merge_completed', CH, h5, True))

h7 = """Hi Tomás,

Congratulations! Amazon Web Services Training and Certification has issued
you a badge: AWS Certified DevOps Engineer – Professional.

Claim it now so you can share it on LinkedIn and beyond:
https://www.credly.com/badges/91e7c3a0-5d2f-4b18-8c6e-f04a2b9d7e13/accept

Credly by Pearson
You're receiving this email because a badge was issued to tomas.herrera.mx@gmail.com.
"""
h7h = """<table width="560" align="center"><tr><td style="padding:24px">
<p>Hi Tomás,</p><p>Congratulations! Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified DevOps Engineer – Professional</b>.</p>
<p align="center"><a href="https://www.credly.com/badges/91e7c3a0-5d2f-4b18-8c6e-f04a2b9d7e13/accept" style="background:#0a66c2;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#999">Credly by Pearson · You're receiving this email because a badge was issued to tomas.herrera.mx@gmail.com.</p></td></tr></table>"""
credly_mail('057-tomas-credly-badge-accept.eml', rcpt=TOM, d=dt(2025, 11, 20, 21, 13, 8),
            frm=addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
            subject='Claim your AWS Certified DevOps Engineer – Professional badge',
            text=h7, html_inner=h7h, label=L('credly_badge_issued', None, h7, True))

# ---------------------------------------------------------------- look-alikes
u1 = """Hello,

Thank you for your patience.

I have reviewed the variation family you asked about. The child ASINs
B0DFX2K9QW and B0DFX31LMN have been merged under the parent ASIN B0DFWZ8R2T as
requested. Please allow up to 24 hours for the change to show on the detail
page.

Was this answer helpful? Please let us know by selecting Yes or No in the case
log in Seller Central.

Best regards,
Rosa M.
Amazon Selling Partner Support

To view or respond to this case, go to:
https://sellercentral.amazon.com.mx/cu/case-dashboard/view-case?caseID=6271938405
"""
aws_mail('058-tomas-seller-central-case-asin-merge.eml', rcpt=TOM, d=dt(2025, 11, 12, 2, 51, 33),
         frm=addr('Amazon Selling Partner Support', 'seller-support-noreply@amazon.com'),
         subject='RE:[CASE 6271938405] Merge variation family - parent ASIN B0DFWZ8R2T',
         body=std_body(u1),
         label=L('unrelated', '6271938405', u1, True))

u2 = """Merged #482 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/herrera-labs/infra-modules/pull/482#event-15522910345
You are receiving this because you authored the thread.
"""
u2h = ('<p>Merged <a class="issue-link js-issue-link" href="https://github.com/herrera-labs/infra-modules/pull/482">#482</a> into main.</p>\n'
       '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
       '<a href="https://github.com/herrera-labs/infra-modules/pull/482#event-15522910345">view it on GitHub</a>.<br />'
       'You are receiving this because you authored the thread.</p>')
U2_D = dt(2025, 11, 21, 17, 9, 55)
ghenv = f'noreply@github.com'
other_mail('059-tomas-github-pr-merged.eml', rcpt=TOM, d=U2_D,
           helo='out-21.smtp.github.com', ip='192.30.252.204', envfrom=ghenv,
           auth=dict(dkim=[('pass', 'github.com', 'pf2023')], spf=('pass', ghenv, '192.30.252.204'),
                     dmarc=('pass', 'github.com', 'REJECT')),
           dkims=[('github.com', 'pf2023', 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From')],
           hdrs=[('Date', rfc(U2_D, timezone(timedelta(hours=-8)))), ('From', addr('Lucas Ferreira', 'notifications@github.com')),
                 ('Reply-To', 'herrera-labs/infra-modules <reply+AB3K7QX2MZ5FVO6N3UWCQ2GHL4TKBEVBNHHKJ6X3DY@reply.github.com>'),
                 ('To', 'herrera-labs/infra-modules <infra-modules@noreply.github.com>'),
                 ('Cc', 'Tomás Herrera <tomas.herrera.mx@gmail.com>, Author <author@noreply.github.com>'.replace('Tomás', '=?UTF-8?Q?Tom=C3=A1s?=')),
                 ('Message-ID', '<herrera-labs/infra-modules/pull/482/issue_event/15522910345@github.com>'),
                 ('In-Reply-To', '<herrera-labs/infra-modules/pull/482@github.com>'),
                 ('References', '<herrera-labs/infra-modules/pull/482@github.com>'),
                 ('Subject', 'Re: [herrera-labs/infra-modules] Merge AWS account modules into a single\n workspace (PR #482)'),
                 ('List-ID', 'herrera-labs/infra-modules <infra-modules.herrera-labs.github.com>'),
                 ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'lferreira-dev')],
           body=std_body(u2, html_inner=u2h, cte='7bit' if False else 'quoted-printable', boundary=b_ruby()),
           label=L('unrelated', None, u2, False))

u3 = """Hi Kenji,

We received a request to merge the Credly account registered to
k.watanabe@sorano-systems.co.jp into your Credly account
kenji.watanabe.dev@gmail.com.

Your verification code is: 482913

Enter this code on the merge page, or use the button below. The code expires
in 30 minutes.

Complete Account Merge:
https://www.credly.com/users/account_merges/confirm?token=7d3f0e9a2c5b41e8

If you did not request this, you can ignore this email and no changes will be
made.

Credly by Pearson
"""
u3h = paras(u3).replace('https://www.credly.com/users/account_merges/confirm?token=7d3f0e9a2c5b41e8',
                        '<a href="https://www.credly.com/users/account_merges/confirm?token=7d3f0e9a2c5b41e8" style="background:#0a66c2;color:#fff;padding:10px 24px;text-decoration:none">Complete Account Merge</a>')
credly_mail('060-kenji-credly-self-service-merge-code.eml', rcpt=KEN, d=dt(2025, 6, 2, 11, 47, 16),
            frm=addr('Credly', 'admin@credly.com'),
            subject='Your Credly account merge verification code',
            text=u3, html_inner=u3h, label=L('unrelated', None, u3, True))


# === END MAILS ===


def main():
    for f in glob.glob(os.path.join(OUT, '*.eml')):
        os.remove(f)
    labels = {}
    for name, raw, lab in MAILS:
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(raw)
        labels[name] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False, sort_keys=True)
    print(len(MAILS), 'mails written')


if __name__ == '__main__':
    main()
