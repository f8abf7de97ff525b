#!/usr/bin/env python3
"""Generator for blind set 257: AWS Certification account-merge mailbox (test data).

Emphasis: acknowledgements and the middle of the case (first replies asking for
details, status updates, escalations, hand-overs, chasers, new-correspondence and
reopen notices), English and Japanese, plus look-alikes.
"""
import base64
import datetime as dtm
import html as htmlmod
import json
import os
import quopri
import random
import re
from email.header import Header
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(25715)
UTC = dtm.timezone.utc
JST = dtm.timezone(dtm.timedelta(hours=9))
LABELS = {}
WRITTEN = []
NEWTEXT = {}

# ----------------------------------------------------------------- helpers


def T(s, tz=UTC):
    """'2025-05-27 13:48:05' -> aware datetime (UTC by default)."""
    return dtm.datetime.fromisoformat(s).replace(tzinfo=tz)


def case15(opened, suffix):
    return f"{int(opened.timestamp())}{suffix}"


def rhex(n):
    return ''.join(random.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    return base64.b64encode(random.randbytes(n)).decode()


def ralnum(n):
    return ''.join(random.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def fold_b64(s, first=8, width=70, indent='\t '):
    out, line = [], s[:width - first]
    rest = s[width - first:]
    out.append(line)
    while rest:
        out.append(indent + rest[:width])
        rest = rest[width:]
    return '\n'.join(out)


def pacific(d):
    # crude DST rule, good enough for headers
    if 3 < d.month < 11 or (d.month == 3 and d.day > 9) or (d.month == 11 and d.day < 3):
        return d.astimezone(dtm.timezone(dtm.timedelta(hours=-7))), 'PDT'
    return d.astimezone(dtm.timezone(dtm.timedelta(hours=-8))), 'PST'


def gdate(d):
    p, name = pacific(d)
    return f"{format_datetime(p)} ({name})"


def fdate(d, tz=UTC):
    return format_datetime(d.astimezone(tz))


def ses_ms(d):
    return f"0100{int(d.timestamp() * 1000):012x}"


def ses_msgid(d):
    return (f"<{ses_ms(d)}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000"
            f"@email.amazonses.com>")


def ses_bounce(d):
    return f"{ses_ms(d)}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000@amazonses.com"


SES_IPS = ['54.240.8.30', '54.240.8.81', '54.240.9.44', '54.240.48.101', '54.240.27.18',
           '54.240.11.215', '54.240.8.6', '54.240.9.113']


def ses_host(ip):
    a, b, c, d = ip.split('.')
    return f"a{c}-{d}.smtp-out.amazonses.com"


# ----------------------------------------------------------------- senders
# A sender profile describes how the mail left the sending side and what a
# receiving provider will conclude about it.

def amazon_sender(d, addr_domain='amazon.com'):
    ip = random.choice(SES_IPS)
    mf = ses_bounce(d)
    return dict(kind='aws', genuine=True, host=ses_host(ip), ip=ip, mailfrom=mf,
                from_domain=addr_domain, spf='pass', dmarc='pass',
                dkim=[(addr_domain, 'rvvgkcb5t2fwa3nr4jmwywmjsxngzp2h' if addr_domain == 'amazon.com'
                       else 'shh3fegwg5fppqsuzphvschd53n6ihuv'),
                      ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                policy='p=QUARANTINE sp=QUARANTINE dis=NONE', ses=True)


def generic_sender(domain, host, ip, mailfrom, genuine=False, dkim=None, spf='pass',
                   dmarc='pass', policy='p=REJECT sp=REJECT dis=NONE', ses=False):
    return dict(kind='other', genuine=genuine, host=host, ip=ip, mailfrom=mailfrom,
                from_domain=domain, spf=spf, dmarc=dmarc,
                dkim=dkim if dkim is not None else [(domain, 's1')], policy=policy, ses=ses)


def credly_sender(d, domain='credly.com'):
    ip = random.choice(['167.89.101.12', '149.72.154.231', '168.245.22.9'])
    return generic_sender(domain, f"o{random.randint(1, 9)}.ptr{random.randint(1000, 9999)}.em.{domain}", ip,
                          f"bounces+{random.randint(1000000, 9999999)}-{rhex(4)}@em.{domain}",
                          genuine=True, dkim=[(domain, 's1'), ('sendgrid.info', 'smtpapi')],
                          policy='p=NONE sp=NONE dis=NONE')


def dkim_headers(sender, d):
    out = []
    for dom, sel in sender['dkim']:
        hh = ('From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'
              if dom != 'amazonses.com' else 'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')
        out.append(('DKIM-Signature',
                    f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts={sel}; d={dom}; t={int(d.timestamp())};\n"
                    f"\th={hh};\n\tbh={rb64(32)};\n\tb={fold_b64(rb64(256), 3)}"))
    return out


# ----------------------------------------------------------------- providers

def ar_gmail(s, d):
    parts = []
    for dom, sel in s['dkim']:
        if s.get('dkim_fail'):
            parts.append(f"dkim=fail header.i=@{dom} header.s={sel} header.b={ralnum(8)}")
        else:
            parts.append(f"dkim=pass header.i=@{dom} header.s={sel} header.b={ralnum(8)}")
    if not s['dkim']:
        parts.append('dkim=neutral (no signatures)' if s['dmarc'] != 'pass' else '')
    spfword = {'pass': 'designates', 'softfail': 'does not designate', 'fail': 'does not designate',
               'neutral': 'neither permitted nor denied by best guess record for domain of'}[s['spf']]
    if s['spf'] == 'neutral':
        parts.append(f"spf=neutral (google.com: {s['ip']} is {spfword} {s['mailfrom']}) smtp.mailfrom={s['mailfrom']}")
    else:
        parts.append(f"spf={s['spf']} (google.com: domain of {s['mailfrom']} {spfword} {s['ip']} as permitted sender) "
                     f"smtp.mailfrom={s['mailfrom']}")
    parts.append(f"dmarc={s['dmarc']} ({s['policy']}) header.from={s['from_domain']}")
    parts = [p for p in parts if p]
    return 'mx.google.com;\n       ' + ';\n       '.join(parts)


def hdrs_gmail(to, s, d):
    r = d + dtm.timedelta(seconds=random.randint(1, 7))
    ar = ar_gmail(s, d)
    H = [('Delivered-To', to),
         ('Received', f"by 2002:a05:7300:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(5).lower()};\n        {gdate(r)}"),
         ('X-Google-Smtp-Source', fold_b64('AGHT+I' + rb64(70), 22)),
         ('X-Received', f"by 2002:a05:620a:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {ralnum(20).lower()}-{ralnum(6).lower()}.{random.randint(10, 99)}.{random.randint(1600000000000, 1800000000000)};\n        {gdate(r)}"),
         ('ARC-Seal', f"i=1; a=rsa-sha256; t={int(r.timestamp())}; cv=none;\n        d=google.com; s=arc-20240605;\n        b={fold_b64(rb64(256), 2, 60, '        ')}"),
         ('ARC-Message-Signature', f"i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh={rb64(32)};\n        fh={rb64(32)};\n        b={fold_b64(rb64(256), 2, 60, '        ')}"),
         ('ARC-Authentication-Results', 'i=1; ' + ar),
         ('Return-Path', f"<{s['mailfrom']}>"),
         ('Received', f"from {s['host']} ({s['host']}. [{s['ip']}])\n        by mx.google.com with ESMTPS id {ralnum(20).lower()}.{random.randint(100, 999)}.{random.randint(2025, 2026)}.{random.randint(10,99)}.{random.randint(1,9)}\n        for <{to}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        {gdate(r)}"),
         ('Received-SPF', f"{s['spf']} (google.com: domain of {s['mailfrom']} "
                          f"{'designates' if s['spf'] == 'pass' else 'does not designate'} {s['ip']} as permitted sender) client-ip={s['ip']};"),
         ('Authentication-Results', ar)]
    return H


def ms_host():
    a = random.choice(['SA1PR12MB', 'BN9PR03CA', 'PH0PR11MB', 'DM6PR04MB', 'CH3PR19MB', 'AM9PR07MB', 'DB9PR02MB'])
    return f"{a}{random.randint(1000, 9999)}.{'namprd' if a[0] != 'A' and a[0] != 'D' or a.startswith('DM') else 'eurprd'}{random.randint(10, 20):02d}.prod.outlook.com"


def hdrs_outlook(to, s, d, org=False):
    r = d + dtm.timedelta(seconds=random.randint(1, 9))
    h1, h2, fe = ms_host(), ms_host(), f"BN2PEPF0000{random.randint(4000, 4999)}{random.choice('ABCDEF')}{random.randint(0,9)}.namprd04.prod.outlook.com"
    dk = ';'.join(f"dkim={'pass (signature was verified)' if not s.get('dkim_fail') else 'fail (body hash did not verify)'}\n header.d={dom}" for dom, _ in s['dkim']) or 'dkim=none (message not signed)\n header.d=none'
    act = 'none' if s['dmarc'] == 'pass' else ('quarantine' if 'QUARANTINE' in s['policy'] else 'oreject' if 'REJECT' in s['policy'] else 'none')
    comp = 'pass reason=100' if s['dmarc'] == 'pass' else 'fail reason=000'
    mfdom = s['mailfrom'].split('@')[1]
    ar = (f"spf={s['spf']} (sender IP is {s['ip']})\n smtp.mailfrom={mfdom}; {dk};dmarc={s['dmarc']} action={act}\n"
          f" header.from={s['from_domain']};compauth={comp}")
    H = [('Received', f"from {h1} (2603:10b6:{rhex(3)}:{rhex(3)}::{random.randint(5, 20)}) by\n {h2} with HTTPS; {fdate(r)}"),
         ('Received', f"from {fe.split('.')[0].replace('PEPF', 'PR03CA')}.namprd03.prod.outlook.com (2603:10b6:408:110::{random.randint(10, 30)})\n by {h1} (2603:10b6:806:2b8::9) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.29;\n {fdate(r)}"),
         ('Received', f"from {fe.replace('.namprd04.prod.outlook.com', '.namprd04.prod.outlook.com')}\n (2603:10b6:408:110:cafe::{rhex(2)}) by {fe.split('.')[0].replace('PEPF', 'PR03CA')}.outlook.office365.com\n (2603:10b6:408:110::{random.randint(10, 30)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.31 via Frontend Transport; {fdate(r)}"),
         ('Authentication-Results', ar),
         ('Received-SPF', f"{s['spf'].capitalize()} (protection.outlook.com: domain of {mfdom}\n {'designates' if s['spf'] == 'pass' else 'does not designate'} {s['ip']} as permitted sender)\n receiver=protection.outlook.com; client-ip={s['ip']};\n helo={s['host']}; pr=C"),
         ('Received', f"from {s['host']} ({s['ip']}) by\n {fe.split('.')[0]}.mail.protection.outlook.com (10.167.243.{random.randint(2, 250)}) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.18\n via Frontend Transport; {fdate(r)}")]
    return H, [('X-MS-Exchange-Organization-ExpirationStartTime', f"{r.strftime('%d %b %Y %H:%M:%S.%f')[:-3]}0 (UTC)"),
               ('X-MS-Exchange-Organization-Network-Message-Id', f"{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"),
               ('X-MS-Exchange-Organization-MessageDirectionality', 'Incoming'),
               ('X-MS-Exchange-Organization-AuthSource', fe),
               ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
               ('X-MS-Exchange-Organization-SCL', '1' if s['dmarc'] == 'pass' else '5'),
               ('X-Microsoft-Antispam', 'BCL:0;ARA:13230040|29132699027|8096899003;'),
               ('X-MS-Exchange-Transport-EndToEndLatency', f"00:00:0{random.randint(1, 9)}.{random.randint(1000000, 9999999)}")]


JA_PROV = {
    'nifty': ('nifty.com', 'mta-rcv-{n}.nifty.com', 'mbox-{n}.nifty.com'),
    'biglobe': ('mail.biglobe.ne.jp', 'mtarcv{n}.biglobe.ne.jp', 'mlbox{n}.biglobe.ne.jp'),
    'docomo': ('mfsmax.docomo.ne.jp', 'mfsmax{n}.docomo.ne.jp', 'mfsmax{n}.docomo.ne.jp'),
    'ocn': ('ocn.ne.jp', 'mfilter{n}.ocn.ad.jp', 'md-mbox{n}.ocn.ad.jp'),
    'sakura': ('www{n}.sakura.ne.jp', 'www{n}.sakura.ne.jp', 'www{n}.sakura.ne.jp'),
}


def hdrs_ja(to, s, d, prov):
    r = d + dtm.timedelta(seconds=random.randint(1, 20))
    n = random.randint(10, 99)
    authid, rcv, box = (x.format(n=n) for x in JA_PROV[prov])
    dk = '; '.join(f"dkim={'pass' if not s.get('dkim_fail') else 'fail'} header.i=@{dom} header.s={sel}"
                   for dom, sel in s['dkim']) or 'dkim=none'
    ar = f"{authid}; spf={s['spf']} smtp.mailfrom={s['mailfrom']}; {dk}; dmarc={s['dmarc']} header.from={s['from_domain']}"
    ar = ar.replace('; ', ';\n\t')
    return [('Return-Path', f"<{s['mailfrom']}>"),
            ('Delivered-To', to),
            ('Received', f"from {rcv} (localhost [127.0.0.1])\n\tby {box} with LMTP id {ralnum(16)}\n\tfor <{to}>; {fdate(r, JST)}"),
            ('Authentication-Results', ar),
            ('Received', f"from {s['host']} ({s['host']} [{s['ip']}])\n\tby {rcv} (Postfix) with ESMTPS id 4{ralnum(10)}\n\tfor <{to}>; {fdate(r, JST)}")]


def hdrs_noauth(to, s, d, org='contoso-logistics.com'):
    """Corporate Exchange relay that does not stamp Authentication-Results."""
    r = d + dtm.timedelta(seconds=random.randint(2, 40))
    return [('Received', f"from EXCH-MBX02.corp.{org} (10.20.4.12) by EXCH-MBX01.corp.{org}\n (10.20.4.11) with Microsoft SMTP Server (TLS) id 15.1.1847.3; {fdate(r)}"),
            ('Received', f"from mailgw1.{org} (10.20.1.5) by EXCH-MBX02.corp.{org}\n (10.20.4.12) with Microsoft SMTP Server id 15.1.1847.3 via Frontend\n Transport; {fdate(r)}"),
            ('Received', f"from {s['host']} ([{s['ip']}])\n  by mailgw1.{org} with ESMTP; {fdate(r)}"),
            ('X-IronPort-AV', f"E=Sophos;i=\"5.{random.randint(50, 70)},{random.randint(1000000, 9999999)}\";\n   d=\"scan'208\";a=\"{random.randint(10000000, 99999999)}\"")]


# ----------------------------------------------------------------- bodies

def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None):
    codec = codec or charset
    raw = text.replace('\r\n', '\n').encode(codec, errors='strict')
    p = Message()
    lab = label or charset
    if subtype == 'plain' and random.random() < 0.3:
        p['Content-Type'] = f'text/plain; charset={lab}; format=flowed' if cte != 'base64' else f'text/plain; charset={lab}'
    else:
        p['Content-Type'] = f'text/{subtype}; charset="{lab}"' if random.random() < 0.5 else f'text/{subtype}; charset={lab}'
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:  # 8bit
        payload = raw.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    return p


def multipart(sub, parts, boundary=None):
    m = Message()
    b = boundary or random.choice([f"----=_Part_{random.randint(100000, 999999)}_{random.randint(100000000, 999999999)}.{random.randint(1600000000000, 1800000000000)}",
                                   f"000000000000{rhex(16)}",
                                   f"_000_{ralnum(40)}_",
                                   f"=_{rhex(32)}"])
    m['Content-Type'] = f'multipart/{sub}; boundary="{b}"'
    for p in parts:
        m.attach(p)
    return m


def esc(s):
    return htmlmod.escape(s, quote=False)


def paras_html(text):
    out = []
    for block in re.split(r'\n\s*\n', text.strip('\n')):
        out.append('<p>' + '<br>\n'.join(esc(l) for l in block.split('\n')) + '</p>')
    return '\n'.join(out)


def quote_html(q):
    return ('<div style="border-left:1px solid #ccc;padding-left:8px;color:#555">'
            + '<br>\n'.join(esc(l) for l in q.strip('\n').split('\n')) + '</div>')


def aws_html(new, quoted='', lang='en', footer=''):
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Amazon Web Services</title></head>
<body style="margin:0;padding:0;background:#f2f3f3;font-family:'Amazon Ember',Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#232f3e;padding:14px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" width="80" alt="Amazon Web Services"></td></tr>
<tr><td style="padding:24px">
{paras_html(new)}
{('<hr style="border:0;border-top:1px solid #d5dbdb">' + quote_html(quoted)) if quoted else ''}
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">{paras_html(footer) if footer else ''}
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table></body></html>
"""


def simple_html(new, quoted=''):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + paras_html(new) + '</div>'
            + (quote_html(quoted) if quoted else '') + '</body></html>\n')


# ----------------------------------------------------------------- assembly
ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])aws[\s\-_]?(\d{8})(?!\d)')


def norm_ids(text):
    return sorted({'AWS' + m.group(1) for m in ID_RE.finditer(text)})


def hval(v, charset=None):
    """Non-ASCII header value -> encoded-word Header (folds over lines)."""
    if charset is None:
        return v
    return Header(v, charset, header_name='Subject')


def addr(name, address, charset=None):
    if name is None:
        return address
    if charset:
        return f"{Header(name, charset).encode()} <{address}>"
    if re.search(r'[,.()<>@"]', name):
        return f'"{name}" <{address}>'
    return f"{name} <{address}>"


def mail(fname, *, kind, lang, case_id, sender, provider, to, frm, subject, date, new,
         quoted='', body=None, structure='alt', charset='utf-8', cte='quoted-printable',
         html_cte=None, label_charset=None, html=None, subj_charset=None, extra=(),
         trailing=(), reply_to=None, msgid=None, verified=None, ids=None, crlf=False,
         extra_top=()):
    """Build one .eml. `new` is the top (new) text, `quoted` the history below it."""
    text = new if not quoted else new.rstrip('\n') + '\n\n' + quoted
    codec = charset
    if body is None:
        if structure == 'plain':
            body = leaf(text, 'plain', charset, cte, label_charset, codec)
        elif structure == 'html':
            body = leaf(html or aws_html(new, quoted, lang), 'html', charset, html_cte or cte, label_charset, codec)
        else:
            h = html or aws_html(new, quoted, lang)
            body = multipart('alternative', [leaf(text, 'plain', charset, cte, label_charset, codec),
                                             leaf(h, 'html', charset, html_cte or cte, label_charset, codec)])
    # headers
    H = list(extra_top)
    tail = []
    if provider == 'gmail':
        H += hdrs_gmail(to if '<' not in to else to.split('<')[1].rstrip('>'), sender, date)
    elif provider in ('outlook', 'm365'):
        a, tail = hdrs_outlook(to, sender, date, provider == 'm365')
        H += a
    elif provider in JA_PROV:
        H += hdrs_ja(to.split('<')[-1].rstrip('>'), sender, date, provider)
    elif provider == 'none':
        H += hdrs_noauth(to, sender, date, sender.get('org', 'contoso-logistics.com'))
    H += list(extra)
    if sender.get('dkim') and not sender.get('nosig'):
        H += dkim_headers(sender, date)
    H += [('Date', fdate(date, sender.get('tz', UTC))), ('From', frm), ('To', to)]
    if reply_to:
        H.append(('Reply-To', reply_to))
    H.append(('Message-ID', msgid or (ses_msgid(date) if sender.get('ses') else f"<{ralnum(24)}@{sender['from_domain']}>")))
    H.append(('Subject', hval(subject, subj_charset)))
    top = Message()
    for k, v in H:
        top[k] = v
    top['MIME-Version'] = '1.0'
    for k, v in body.items():
        top[k] = v
    top.set_payload(body._payload)
    for k, v in trailing:
        top[k] = v
    if sender.get('ses'):
        top['Feedback-ID'] = f"::1.us-east-1.{rb64(30).replace('/', '').replace('+', '')[:38]}=:AmazonSES"
        top['X-SES-Outgoing'] = f"{date.strftime('%Y.%m.%d')}-{sender['ip']}"
    for k, v in tail:
        top[k] = v
    data = top.as_bytes(policy=compat32.clone(linesep='\r\n' if crlf else '\n', max_line_length=78))
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    if verified is None:
        if provider == 'none':
            verified = None
        else:
            verified = bool(sender['genuine'] and sender['dmarc'] == 'pass')
    auto_ids = norm_ids(new)
    if ids is not None:
        assert sorted(ids) == auto_ids, (fname, ids, auto_ids)
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': auto_ids,
                     'sender_verified': verified, 'language': lang}
    NEWTEXT[fname] = new
    WRITTEN.append(fname)


# ----------------------------------------------------------------- constants
FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORM_FROM = f'"Amazon Web Services" <{FORM}>'
NOREPLY_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

RATE_EN = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
AWS Training and Certification"""

# ================================================================= MAILS

# ---------------------------------------------------------------- case A
# Priya Raman, form desk, Gmail, 15-digit id, English (Indian agent)
A_OPEN = T('2025-05-27 13:48:05')
A_CASE = case15(A_OPEN, '00517')
A_TO = 'Priya Raman <priya.raman.dev@gmail.com>'
A_SUBJ = f'[CASE {A_CASE}] {FORM_SUBJ}'

d = A_OPEN + dtm.timedelta(seconds=41)
mail('001-form-ack-received-your-request.eml', kind='case_created', lang='en', case_id=A_CASE,
     sender=amazon_sender(d), provider='gmail', to=A_TO, frm=FORM_FROM, date=d,
     subject=A_SUBJ, structure='alt', cte='quoted-printable', ids=['AWS02958817', 'AWS04417382'],
     new=f"""Hello Priya,

Thanks for getting in touch with AWS Training and Certification.

This is an automated note to let you know that your message reached us and is now in our queue. A member of our Customer Support team will get back to you, in most cases within 24 hours (Monday to Friday, excluding public holidays).

Your reference number: {A_CASE}

Summary of what you sent us
Inquiry type: AWS Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS02958817
Details: I have two certification accounts, AWS02958817 (current) and aws 04417382 which I created with my previous employer's e-mail. Please combine them into one.

If you need to add anything, just reply to this e-mail and keep the reference number in the subject line. Please do not submit the form again for the same request, as duplicate requests can slow down our response.

Kind regards,
AWS Training and Certification Customer Support
""")

d = T('2025-05-28 16:20:37')
mail('002-form-first-reply-asks-login-emails.eml', kind='support_reply', lang='en', case_id=A_CASE,
     sender=amazon_sender(d), provider='gmail', to=A_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {A_CASE}] {FORM_SUBJ}', ids=['AWS02958817', 'AWS04417382'],
     new=f"""Hello Priya,

Greetings from AWS Training and Certification Customer Support! My name is Rohan and I will be assisting you with your request.

I understand that you would like to combine your two AWS Certification profiles into a single one. I will be happy to help you with this.

So that our Certification team can locate both profiles correctly, could you please share the following details:

1. The e-mail address you use to sign in to each profile (AWS02958817 and AWS04417382).
2. The notification e-mail address shown on each profile, if different from the sign-in address.
3. Which of the two profiles you would like to retain as your primary one.

You can simply reply to this e-mail with the above. There is no need to submit the form again.

Have a great day ahead!

Best regards,
Rohan P.
AWS Training and Certification Customer Support

{RATE_EN}""",
     quoted=f"""---------- Original submission ----------
Inquiry type: AWS Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS02958817
Details: I have two certification accounts, AWS02958817 (current) and aws 04417382 which I created with my previous employer's e-mail. Please combine them into one.""")

d = T('2025-05-31 03:14:52')
mail('003-form-chaser-still-need-details.eml', kind='support_reply', lang='en', case_id=A_CASE,
     sender=amazon_sender(d), provider='gmail', to=A_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {A_CASE}] {FORM_SUBJ}', ids=[], cte='base64',
     new=f"""Hello Priya,

I hope you are doing well.

I am just following up on my previous e-mail. To move forward with your request we still need the sign-in e-mail address of both certification profiles and your preference on which profile should be kept.

Whenever you have a moment, please reply to this e-mail with those details. If we do not hear back from you within the next 5 business days, this case will be marked as resolved automatically; you can always reply later and it will be reopened.

Thank you for your patience and cooperation.

Best regards,
Rohan P.
AWS Training and Certification Customer Support

{RATE_EN}""",
     quoted=f"""-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: Wed May 28 2025 16:20:37 GMT+0000
To: priya.raman.dev@gmail.com
Subject: RE:[CASE {A_CASE}] {FORM_SUBJ}

Hello Priya,

Greetings from AWS Training and Certification Customer Support! My name is Rohan and I will be assisting you with your request.

So that our Certification team can locate both profiles correctly, could you please share the following details:

1. The e-mail address you use to sign in to each profile (AWS02958817 and AWS04417382).
2. The notification e-mail address shown on each profile, if different from the sign-in address.
3. Which of the two profiles you would like to retain as your primary one.""")

d = T('2025-06-02 09:11:08')
mail('004-form-confirm-merge-old-into-new.eml', kind='merge_confirmation_requested', lang='en', case_id=A_CASE,
     sender=amazon_sender(d), provider='gmail', to=A_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {A_CASE}] {FORM_SUBJ}', ids=['AWS02958817', 'AWS04417382'],
     new=f"""Hello Priya,

Thank you for sharing the requested details.

I have located both certification profiles:

  - AWS04417382 (sign-in: priya.raman@orbitalsoft-tech.com)
  - AWS02958817 (sign-in: priya.raman.dev@gmail.com)

As per your preference, AWS04417382 will be merged into AWS02958817. AWS02958817 will remain your active profile, and the certifications, exam history and benefits from AWS04417382 will be moved over to it.

Please note that a merge is permanent and cannot be reversed. After the merge you will no longer be able to sign in with the AWS04417382 profile.

Kindly reply to this e-mail confirming that the above is correct so that I can go ahead.

Best regards,
Rohan P.
AWS Training and Certification Customer Support

{RATE_EN}""",
     quoted=f"""-----Original Message-----
From: priya.raman.dev@gmail.com
Sent: Sun Jun 01 2025 18:22:40 GMT+0000
To: {FORM}
Subject: Re: RE:[CASE {A_CASE}] {FORM_SUBJ}

Hi Rohan,

Sorry for the delay, I was travelling.
Old profile AWS04417382 - login priya.raman@orbitalsoft-tech.com (I no longer have access to this mailbox)
New profile AWS02958817 - login priya.raman.dev@gmail.com, notification e-mail is the same.
I would like to keep the new one (AWS02958817).

Thanks,
Priya

On Sat, May 31, 2025 at 8:44 AM Amazon Web Services <{FORM}> wrote:
> Hello Priya,
>
> I hope you are doing well.
>
> I am just following up on my previous e-mail. To move forward with your
> request we still need the sign-in e-mail address of both certification
> profiles and your preference on which profile should be kept.
>""")

d = T('2025-06-03 05:37:21')
mail('005-form-thanks-for-confirming-will-proceed.eml', kind='support_reply', lang='en', case_id=A_CASE,
     sender=amazon_sender(d), provider='gmail', to=A_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {A_CASE}] {FORM_SUBJ}', ids=[], structure='html', cte='quoted-printable',
     new=f"""Hello Priya,

Thank you for confirming.

I have passed your request on to our Certification operations team, who will now carry out the merge of your two profiles. Once the merge is complete you will receive a separate e-mail from us, and your Credly badges should move to your remaining profile within a few business days after that.

No further action is needed from your side at this point. Please do not take any exam or schedule a new appointment until you hear back from us.

Best regards,
Rohan P.
AWS Training and Certification Customer Support

{RATE_EN}""",
     quoted=f"""-----Original Message-----
From: priya.raman.dev@gmail.com
Sent: Mon Jun 02 2025 14:02:13 GMT+0000
To: {FORM}
Subject: Re: RE:[CASE {A_CASE}] {FORM_SUBJ}

The details are correct. Please proceed with the merge.

Priya

On Mon, Jun 2, 2025 at 2:41 PM Amazon Web Services <{FORM}> wrote:
> Hello Priya,
>
> As per your preference, AWS04417382 will be merged into AWS02958817.
> AWS02958817 will remain your active profile.
>
> Kindly reply to this e-mail confirming that the above is correct so that I
> can go ahead.""")


# ---------------------------------------------------------------- case B
# 佐藤 健一, console case in Japanese, nifty, 15-digit id
B_OPEN = T('2025-11-10 01:12:40')
B_CASE = case15(B_OPEN, '00931')
B_TO = addr('佐藤 健一', 'k-sato.cloud@nifty.com', 'iso-2022-jp')
B_URL = f'https://console.aws.amazon.com/support/home#/case/?displayId={B_CASE}&language=ja'

d = B_OPEN + dtm.timedelta(seconds=9)
mail('006-console-ack-ja-uketsuke.eml', kind='case_created', lang='ja', case_id=B_CASE,
     sender=amazon_sender(d), provider='nifty', to=B_TO, frm=NOREPLY_FROM, date=d,
     subject=f'Amazon Web Services: お問い合わせを受け付けました（ケース ID: {B_CASE}）',
     subj_charset='iso-2022-jp', charset='iso-2022-jp', cte='7bit', ids=[],
     html=None, structure='plain',
     new=f"""佐藤 健一 様

Amazon Web Services へお問い合わせいただき、ありがとうございます。

以下の内容でお問い合わせを承りました。担当者が内容を確認のうえ、順次ご連絡いたします。

ケース ID: {B_CASE}
件名: 認定アカウントの統合について
重要度: 一般的なご質問
サービス: アカウントおよび請求

お問い合わせの状況確認や情報の追加は、AWS サポートセンターから行えます。
{B_URL}

※このメールアドレスは送信専用です。本メールにご返信いただいても対応いたしかねますので、ご了承ください。

Amazon Web Services
""")

d = T('2025-11-11 04:26:15')
mail('007-console-new-reply-notice-ja.eml', kind='support_reply', lang='ja', case_id=B_CASE,
     sender=amazon_sender(d), provider='nifty', to=B_TO, frm=NOREPLY_FROM, date=d,
     subject=f'[Case {B_CASE}] 新しい返信が追加されました', subj_charset='iso-2022-jp',
     charset='iso-2022-jp', cte='7bit', ids=[],
     new=f"""佐藤 健一 様

ケース {B_CASE}「認定アカウントの統合について」に、AWS サポートから新しい返信が追加されました。

返信内容を確認するには、AWS マネジメントコンソールにサインインし、サポートセンターの該当ケースを開いてください。
{B_URL}

このメールは送信専用アドレスから送られています。ご返信はサポートセンターからお願いいたします。

Amazon Web Services
""", html=aws_html(f"""佐藤 健一 様

ケース {B_CASE}「認定アカウントの統合について」に、AWS サポートから新しい返信が追加されました。

返信内容を確認するには、AWS マネジメントコンソールにサインインし、サポートセンターの該当ケースを開いてください。
{B_URL}

このメールは送信専用アドレスから送られています。ご返信はサポートセンターからお願いいたします。

Amazon Web Services""", lang='ja').replace('charset=utf-8', 'charset=iso-2022-jp'))

d = T('2025-11-11 04:26:13')
mail('008-console-agent-asks-details-ja-sjis.eml', kind='support_reply', lang='ja', case_id=B_CASE,
     sender=amazon_sender(d), provider='nifty', to=B_TO, frm=NOREPLY_FROM, date=d,
     subject=f'RE:[CASE {B_CASE}] 認定アカウントの統合について', subj_charset='shift_jis',
     charset='shift_jis', cte='base64', structure='plain', ids=['AWS01883920', 'AWS03376104'],
     new=f"""佐藤 健一 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS サポートの中村でございます。

このたびは、AWS 認定アカウントの統合についてお問い合わせいただき、ありがとうございます。

お知らせいただいた候補者 ID（AWS01883920、AWS 03376104）の 2 件を確認いたしました。統合のお手続きを進めるにあたり、以下の情報が必要となります。お手数をおかけいたしますが、ご教示いただけますでしょうか。

1. 各アカウントへのサインインにご利用のメールアドレス
2. 統合後に残すアカウント（存続アカウント）の候補者 ID
3. 統合をご希望される理由（例：転職により以前のメールアドレスが利用できなくなった等）

恐れ入りますが、ご返信は本メールではなく、AWS サポートセンターの該当ケースよりお願いいたします。
{B_URL}

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。

中村
Amazon Web Services

この回答はお役に立ちましたか？サポートセンターの本回答の右上にある星を選択して評価をお願いいたします。
""")

d = T('2025-11-12 08:51:02')
mail('009-console-escalated-to-cert-team-ja.eml', kind='support_reply', lang='ja', case_id=B_CASE,
     sender=amazon_sender(d), provider='nifty', to=B_TO, frm=NOREPLY_FROM, date=d,
     subject=f'RE:[CASE {B_CASE}] 認定アカウントの統合について', subj_charset='utf-8',
     charset='utf-8', cte='quoted-printable', ids=['AWS03376104'],
     new=f"""佐藤 健一 様

AWS サポートの中村でございます。
ご回答いただき、誠にありがとうございます。

いただいた情報をもとに、佐藤様がご指定の AWS03376104 を存続アカウントとする内容で、本件を AWS トレーニングと認定の専門チームへエスカレーションいたしました。

専門チームでの確認・作業には、通常 3～5 営業日ほどお時間を頂戴しております。進捗がございましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちいただけますと幸いです。

なお、お手続きの完了までの間は、新たな試験のご予約はお控えいただきますようお願いいたします。

引き続きどうぞよろしくお願いいたします。

中村
Amazon Web Services
""")

d = T('2025-11-17 02:03:44')
mail('010-console-merge-done-ja.eml', kind='merge_completed', lang='ja', case_id=B_CASE,
     sender=amazon_sender(d), provider='nifty', to=B_TO, frm=NOREPLY_FROM, date=d,
     subject=f'RE:[CASE {B_CASE}] 認定アカウントの統合について', subj_charset='utf-8',
     charset='utf-8', cte='base64', ids=['AWS01883920', 'AWS03376104'],
     new=f"""佐藤 健一 様

大変お待たせいたしました。AWS サポートの中村でございます。

専門チームより、AWS01883920 の認定資格および受験履歴を AWS03376104 へ統合する作業が完了したとの報告がございましたので、お知らせいたします。

今後は AWS03376104 のアカウントにサインインしてご利用ください。AWS01883920 にはサインインできなくなっております。
Credly のデジタルバッジにつきましては、数営業日以内に存続アカウント側へ移行される見込みです。

統合後のアカウントで、保有資格の一覧や 50% 割引バウチャー等の特典が正しく表示されているかご確認いただけますと幸いです。

このたびはご不便をおかけいたしました。今後とも Amazon Web Services をよろしくお願いいたします。

中村
Amazon Web Services
""")

# ---------------------------------------------------------------- Credly after merge (Priya)
d = T('2025-06-06 17:40:12')
CRED_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Credly</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/logo_credly.png" alt="Credly" width="90"></td></tr>
<tr><td style="padding:0 24px"><img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="170" alt="AWS Certified Developer - Associate"></td></tr>
<tr><td style="padding:24px;font-size:16px;color:#333">
<h2 style="font-weight:normal">Priya, your AWS Certified Developer &ndash; Associate badge is waiting for you</h2>
<p>Amazon Web Services Training and Certification has issued you a badge on Credly.</p>
<p>This badge was issued to your Credly account following an update to your AWS Certification profile. If you previously held this badge on another Credly account, it has now been moved here.</p>
<p style="text-align:center;padding:16px"><a href="https://www.credly.com/badges/7c1e5f0a-33b2-4d69-9a0c-2f5f3c6d9e11?source=email&amp;utm_campaign=badge_issued" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p>Once accepted, you can share your badge on LinkedIn, add it to your e-mail signature, or download it.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888">You are receiving this e-mail because a badge was issued to priya.raman.dev@gmail.com. <a href="https://www.credly.com/notification_settings">Manage notifications</a><br>Credly, Inc. &middot; 307 West 38th Street, Suite 1000, New York, NY 10018</td></tr>
</table></td></tr></table></body></html>
"""
mail('011-credly-badge-reissued-after-merge.eml', kind='credly_badge_issued', lang='en', case_id=None,
     sender=credly_sender(d), provider='gmail', to=A_TO,
     frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', date=d,
     subject='Priya, Amazon Web Services Training and Certification has issued you a badge',
     structure='html', html=CRED_HTML, cte='quoted-printable', ids=[],
     new=re.sub(r'<[^>]+>', ' ', CRED_HTML))

# ---------------------------------------------------------------- look-alike: quota case
G_TO = 'Tomasz Nowak <tomasz.nowak@northwind-analytics.eu>'
Q_OPEN = T('2026-02-19 12:30:51')
Q_CASE = case15(Q_OPEN, '01406')
d = Q_OPEN + dtm.timedelta(seconds=14)
mail('012-console-quota-increase-case-opened.eml', kind='unrelated', lang='en', case_id=Q_CASE,
     sender=amazon_sender(d), provider='m365', to=G_TO, frm=NOREPLY_FROM, date=d,
     subject=f'Amazon Web Services: You have opened a new Support case: {Q_CASE}', ids=[],
     new=f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {Q_CASE} to address your issue.

The details of your case are as follows:

Case ID: {Q_CASE}
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: Europe (Frankfurt)
Primary Instance Type: All G and VT instances
Limit name: Instance Limit
New limit value: 64
------------
Use case description: Training run for our analytics models in Q1; temporary capacity needed.

You can view and update the status of the case in the AWS Support Center. Please do not reply to this e-mail; replies to this address are not monitored.
https://console.aws.amazon.com/support/home#/case/?displayId={Q_CASE}%26language=en

Sincerely,
Amazon Web Services
""")

# ---------------------------------------------------------------- look-alike: Seller Central
SC_CASE = '7201945563'
d = T('2025-09-03 21:07:33')
mail('013-seller-central-case-merge-seller-accounts.eml', kind='unrelated', lang='en', case_id=SC_CASE,
     sender=amazon_sender(d), provider='gmail', to='Daniel Okafor <okafor.daniel.k@gmail.com>',
     frm='"Amazon Selling Partner Support" <seller-notification@amazon.com>', date=d,
     subject=f'RE:[CASE {SC_CASE}] Request to merge two seller accounts', ids=[],
     new=f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand you would like to merge your two Seller Central accounts (Merchant Token A2X9QPL7KD31ZV and A1KK73ZNM0DQ4E) into one.

I have reviewed your request. Please note that we are unable to combine the sales history, feedback or ratings of two selling accounts. If you no longer need the second account, you can close it from Settings > Account Info > Close Account after all open orders and the reserve have been settled.

If you have additional questions, please reply to this message from the Case Log in Seller Central.

Was this response helpful? Please let us know by clicking Yes or No in the Case Log.

Thank you,
Nkechi A.
Amazon Selling Partner Support
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={SC_CASE}
""")


# ---------------------------------------------------------------- case D (2019, console, corporate relay without AR)
D_CASE = '6184522031'
D_TO = 'Jennifer Ortiz <jortiz@contoso-logistics.com>'
D_URL = f'https://console.aws.amazon.com/support/home#/case/?displayId={D_CASE}%26language=en'

d = T('2019-06-18 15:22:07')
mail('014-console-ack-2019-10digit-no-auth.eml', kind='case_created', lang='en', case_id=D_CASE,
     sender=amazon_sender(d), provider='none', to=D_TO, frm=NOREPLY_FROM, date=d,
     subject=f'Amazon Web Services: You have opened a new Support case: {D_CASE}',
     ids=['AWS00281734', 'AWS00930562'], structure='alt', cte='7bit', charset='us-ascii',
     new=f"""Dear Jennifer Ortiz,

Thank you for contacting Amazon Web Services. We have opened case {D_CASE} to address your issue.

The details of your case are as follows:

Case ID: {D_CASE}
Subject: Merge two certification accounts
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts, AWS00281734 (personal) and AWS-00930562 (work). Could you please merge them and keep the work one? Thanks.

You will be notified when there is activity on this case.

To see all your cases or update this case, visit: {D_URL}

Please do not reply to this message. Replies to this e-mail address are not monitored.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""")

d = T('2019-06-27 18:40:55')
mail('015-console-case-reopened-2019.eml', kind='support_reply', lang='en', case_id=D_CASE,
     sender=amazon_sender(d), provider='none', to=D_TO, frm=NOREPLY_FROM, date=d,
     subject=f'Amazon Web Services: Your Support case {D_CASE} has been reopened', ids=[],
     structure='alt', cte='quoted-printable',
     new=f"""Dear Jennifer Ortiz,

Support case {D_CASE} ("Merge two certification accounts") has been reopened because new correspondence was added to it.

An engineer will review the latest update and respond to you on the case. You do not need to open a new case for this request.

To view or update this case, visit: {D_URL}

Please do not reply to this message. Replies to this e-mail address are not monitored.

Sincerely,
Amazon Web Services
""")

d = T('2019-07-02 09:05:41')
mail('016-console-resolved-rate-2019.eml', kind='survey', lang='en', case_id=D_CASE,
     sender=amazon_sender(d), provider='none', to=D_TO, frm=NOREPLY_FROM, date=d,
     subject=f'Amazon Web Services: Support case {D_CASE} has been resolved', ids=[],
     structure='html', cte='quoted-printable',
     new=f"""Dear Jennifer Ortiz,

Your support case {D_CASE} ("Merge two certification accounts") has been marked as resolved.

We would like to hear about your experience. Was your issue resolved?

YES  |  NO

How would you rate the overall support you received on this case? Please take our short survey:
https://aws.qualtrics.com/jfe/form/SV_3aZBdLZvP9CkV5P?caseId={D_CASE}&lang=en

If you need further help with this issue, you can reopen the case from the AWS Support Center within 14 days: {D_URL}

Sincerely,
Amazon Web Services
""")

# ---------------------------------------------------------------- case C (2022, form desk, outlook.de, 11-digit id)
C_CASE = '10264378511'
C_TO = 'Marcus Feldmann <m.feldmann@outlook.de>'
C_SUBJ = f'[CASE {C_CASE}] {FORM_SUBJ}'

d = T('2022-05-09 07:58:30')
mail('017-form-ack-2022-weve-got-your-message.eml', kind='case_created', lang='en', case_id=C_CASE,
     sender=amazon_sender(d), provider='outlook', to=C_TO, frm=FORM_FROM, date=d,
     subject=C_SUBJ, ids=[], charset='iso-8859-1', cte='quoted-printable',
     new=f"""Hi there,

We've got your message - thank you for reaching out to AWS Training and Certification.

One of our support specialists will look into it and reply to this e-mail address, usually within one business day. In the meantime, you might find an answer in our FAQ: https://aws.amazon.com/certification/faqs/

Your case number is {C_CASE}. If you need to send us more information, simply reply to this e-mail; please keep the case number in the subject line so your reply is added to the right request.

Kind regards,
AWS Training and Certification Support
""")

d = T('2022-05-12 13:31:18')
mail('018-form-handover-new-agent.eml', kind='support_reply', lang='en', case_id=C_CASE,
     sender=amazon_sender(d), provider='outlook', to=C_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {C_CASE}] {FORM_SUBJ}', ids=[], charset='utf-8', cte='8bit',
     new=f"""Hi Marcus,

My name is Kenji and I'll be looking after your case from now on, as my colleague Maria is out of the office this week. Sorry for the short wait while we handed things over.

I've gone through the case history and I have everything I need from your last e-mail, including your wish to keep the account ending in …5519. I'm now checking both profiles with our Certification team and I'll come back to you with a summary for your review shortly.

In the meantime, please don't open a new request for this issue - just reply here if anything changes.

Thanks,
Kenji
AWS Training and Certification Support

{RATE_EN}""",
     quoted=f"""________________________________
From: Marcus Feldmann <m.feldmann@outlook.de>
Sent: Tuesday, May 10, 2022 9:14 PM
To: Amazon Web Services <{FORM}>
Subject: AW: RE:[CASE {C_CASE}] {FORM_SUBJ}

Hi Maria,

here are the details:
- AWS00725519 - login m.feldmann@outlook.de - keep this one please
- AWS01190462 - login marcus.feldmann@bremer-cloudwerk.de (old job)

Reason: I changed jobs and can't log in to the old one anymore.

Viele Grüße
Marcus

________________________________
From: Amazon Web Services <{FORM}>
Sent: Tuesday, May 10, 2022 11:02 AM
To: m.feldmann@outlook.de
Subject: RE:[CASE {C_CASE}] {FORM_SUBJ}

Hello Marcus,

Thank you for contacting AWS Training and Certification. To merge your accounts, please send us the candidate ID and login e-mail of both accounts and tell us which one you want to keep.

Best regards,
Maria
AWS Training and Certification Support""")

d = T('2022-05-13 10:47:02')
mail('019-form-confirm-before-merge-2022.eml', kind='merge_confirmation_requested', lang='en', case_id=C_CASE,
     sender=amazon_sender(d), provider='outlook', to=C_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {C_CASE}] {FORM_SUBJ}', ids=['AWS00725519', 'AWS01190462'], cte='quoted-printable',
     new=f"""Hi Marcus,

Thanks for your patience. Here is a summary of what we are going to do - please read it carefully:

Account that will be closed: AWS01190462 (marcus.feldmann@bremer-cloudwerk.de)
Account that will remain: AWS00725519 (m.feldmann@outlook.de)

All certifications, transcripts and exam history from AWS01190462 will be transferred to AWS00725519. Once this is done it cannot be undone, and you will not be able to log in to AWS01190462 any more.

Could you please reply and confirm that you agree with the above? As soon as we have your OK, we'll submit the request.

Thanks,
Kenji
AWS Training and Certification Support

{RATE_EN}""")

d = T('2022-05-16 08:12:55')
mail('020-form-status-update-working-on-it.eml', kind='support_reply', lang='en', case_id=C_CASE,
     sender=amazon_sender(d), provider='outlook', to=C_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {C_CASE}] {FORM_SUBJ}', ids=[], charset='utf-8', cte='8bit', label_charset='us-ascii',
     structure='plain',
     new=f"""Hi Marcus,

Just a quick update so you're not left wondering: we've received your confirmation and the request is now with our Certification back-office team. They're dealing with a higher volume than usual at the moment, so it may take 3–5 business days before it's finished.

You don't need to do anything else right now – I'll keep an eye on it and let you know as soon as I hear back from them.

Thanks,
Kenji
AWS Training and Certification Support""",
     quoted=f"""________________________________
From: Marcus Feldmann <m.feldmann@outlook.de>
Sent: Friday, May 13, 2022 6:40 PM
To: Amazon Web Services <{FORM}>
Subject: AW: RE:[CASE {C_CASE}] {FORM_SUBJ}

Hi Kenji,
yes, that's correct, please go ahead with merging AWS01190462 into AWS00725519.
Marcus""")

d = T('2022-05-19 15:03:27')
mail('021-form-merge-done-and-case-closed.eml', kind='merge_completed', lang='en', case_id=C_CASE,
     sender=amazon_sender(d), provider='outlook', to=C_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {C_CASE}] {FORM_SUBJ}', ids=['AWS00725519'], cte='base64',
     new=f"""Hi Marcus,

Good news - our Certification team has finished consolidating your profiles. Everything that was on your old account now sits under AWS00725519, and you can sign in with m.feldmann@outlook.de as usual. Your Credly badges may take up to 5 business days to follow.

Since your request has been fulfilled, I'll go ahead and close this case. If anything looks wrong, just reply to this e-mail within the next 14 days and the case will be reopened.

It was a pleasure helping you. If you have a minute, we'd love to hear how we did:
Was your issue resolved?  YES / NO

Thanks,
Kenji
AWS Training and Certification Support""")


# ---------------------------------------------------------------- look-alikes: CertMetrics, Pearson VUE, Builder ID
d = T('2025-06-09 14:00:05')
CM_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><img src="https://www.certmetrics.com/amazon/images/aws_logo_email.png" alt="AWS Certification"></p>
<p>Dear Priya Raman,</p>
<p>AWS Certification wants to hear from you! As an AWS Certified individual, your feedback helps us improve the certification experience.</p>
<p>Please take a few minutes to complete our candidate survey. The survey closes on June 30, 2025.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/default.aspx?s=ex7q2&amp;c=AWS02958817">Take the survey</a></p>
<p>Candidate ID: AWS02958817</p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#777">This e-mail was sent from a notification-only address that cannot accept incoming e-mail. Please do not reply to this message. Questions? Visit https://aws.amazon.com/certification/contact-us/</p>
</body></html>
"""
mail('022-certmetrics-wants-to-hear-from-you.eml', kind='unrelated', lang='en', case_id=None,
     sender=generic_sender('certmetrics.com', 'mail2.certmetrics.com', '64.79.155.201',
                           'bounce@certmetrics.com', genuine=False, dkim=[('certmetrics.com', 'selector1')],
                           policy='p=NONE sp=NONE dis=NONE'),
     provider='gmail', to=A_TO, frm='"AWS Certification" <do-not-reply@certmetrics.com>', date=d,
     subject='AWS Certification wants to hear from you', structure='html', html=CM_HTML,
     charset='utf-8', cte='7bit', ids=['AWS02958817'], new=re.sub(r'<[^>]+>', ' ', CM_HTML))

d = T('2022-06-01 16:44:12')
mail('023-pearson-vue-appointment-confirmation.eml', kind='unrelated', lang='en', case_id=None,
     sender=generic_sender('pearson.com', 'mx0a-00217f01.pphosted.com', '148.163.150.33',
                           'pearsonvueconfirmation@pearson.com', dkim=[('pearson.com', 'selector2')]),
     provider='outlook', to=C_TO, frm='"Pearson VUE" <pearsonvueconfirmation@pearson.com>', date=d,
     subject='Confirmation of your AWS Certified Solutions Architect - Professional exam appointment',
     ids=['AWS00725519'], cte='quoted-printable', html=None,
     new="""Dear Marcus Feldmann,

Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment.

Exam: SAP-C01: AWS Certified Solutions Architect - Professional
Language: English
Date and time: Thursday, June 23, 2022, 10:00 AM CEST
Delivery: OnVUE online proctored exam
Registration ID: 441872305
AWS candidate ID: AWS00725519

Please check in 30 minutes before your appointment time. Make sure you have run the system test on the computer you will use for the exam.

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
""")

d = T('2026-01-05 19:21:40')
mail('024-builder-id-verification-code.eml', kind='unrelated', lang='en', case_id=None,
     sender=generic_sender('signin.aws', ses_host('54.240.8.81'), '54.240.8.81', ses_bounce(d), genuine=True,
                           dkim=[('signin.aws', 'e4mgqjr3q7d3vb4wbcgxc6xjyqsqwz2y'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                           policy='p=QUARANTINE sp=QUARANTINE dis=NONE', ses=True),
     provider='outlook', to='Ravi Shankar <ravi.shankar88@hotmail.com>', frm='"AWS Builder ID" <no-reply@signin.aws>',
     date=d, subject='Verify your AWS Builder ID email address', ids=[], cte='quoted-printable',
     new="""Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: 618204

This code expires 10 minutes after it was sent.

If you did not request this code, you can safely ignore this e-mail. Someone may have typed your e-mail address by mistake.

Amazon Web Services will never e-mail you and ask you to disclose or verify your password, credit card or banking account number.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""")

# ---------------------------------------------------------------- phishing about the merge
d = T('2025-06-04 02:17:09')
PH_S = generic_sender('aws-certmerge-help.com', 'mail.aws-certmerge-help.com', '185.212.47.90',
                      'bounce@aws-certmerge-help.com', genuine=False, dkim=[('aws-certmerge-help.com', 'default')],
                      policy='p=NONE sp=NONE dis=NONE')
mail('025-phish-lookalike-confirm-merge.eml', kind='merge_confirmation_requested', lang='en', case_id=None,
     sender=PH_S, provider='gmail', to=A_TO, frm='"AWS Certification Support" <support@aws-certmerge-help.com>', date=d,
     subject='Action required: confirm your AWS Certification account merge', ids=['AWS02958817', 'AWS04417382'],
     verified=False, cte='quoted-printable',
     html=simple_html("""Dear Candidate,

We have received a request to merge your AWS Certification accounts:

Source account: AWS04417382
Destination account: AWS02958817

Before we can complete the merge, you must confirm the request and verify ownership of both accounts within 24 hours. Unconfirmed requests are cancelled and the certifications on the source account may be revoked.

CONFIRM MERGE: https://aws-certmerge-help.com/verify?token=9f2c1e7a

AWS Training & Certification Support Team"""),
     new="""Dear Candidate,

We have received a request to merge your AWS Certification accounts:

Source account: AWS04417382
Destination account: AWS02958817

Before we can complete the merge, you must confirm the request and verify ownership of both accounts within 24 hours. Unconfirmed requests are cancelled and the certifications on the source account may be revoked.

CONFIRM MERGE: https://aws-certmerge-help.com/verify?token=9f2c1e7a

AWS Training & Certification Support Team
""")

PF_OPEN = T('2025-10-06 19:27:44')
PF_CASE = case15(PF_OPEN, '00377')
d = PF_OPEN + dtm.timedelta(minutes=3)
PF_S = generic_sender('amazon.com', 'vps-21577.hostsrv-eu.net', '91.204.61.18', 'www-data@vps-21577.hostsrv-eu.net',
                      genuine=False, dkim=[], spf='softfail', dmarc='fail', policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE')
FORGED_AR = ('Authentication-Results', f"mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=rvvgkcb5t2fwa3nr4jmwywmjsxngzp2h;\n       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com")
mail('026-phish-spoofed-ack-merge-request-dmarc-fail.eml', kind='case_created', lang='en', case_id=PF_CASE,
     sender=PF_S, provider='gmail', to='Daniel Okafor <okafor.daniel.k@gmail.com>', frm=FORM_FROM, date=d,
     subject=f'[CASE {PF_CASE}] Your account merge request has been received', ids=['AWS05512890'],
     verified=False, extra=[('Received', f"from localhost (localhost [127.0.0.1])\n\tby vps-21577.hostsrv-eu.net (Postfix) with ESMTP id 7D1A2C0451;\n\t{fdate(d)}"), FORGED_AR, ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')],
     structure='html', cte='base64',
     new=f"""Hello,

Thank you for contacting AWS Training and Certification. Your request to merge certification account AWS05512890 has been received and assigned reference {PF_CASE}.

To prevent delays, our system requires you to re-validate your AWS sign-in before an agent can review your request. Please complete validation within 12 hours:

https://aws-training-cert.support-verify.co/login?case={PF_CASE}

If validation is not completed, your request will be cancelled and your certification status may be suspended.

Regards,
AWS Training and Certification
""")

# ---------------------------------------------------------------- case E (2026, form desk, hotmail, non-native agent)
E_OPEN = T('2026-01-13 08:02:51')
E_CASE = case15(E_OPEN, '00284')
E_TO = 'Ravi Shankar <ravi.shankar88@hotmail.com>'
E_SUBJ = f'[CASE {E_CASE}] {FORM_SUBJ}'

d = E_OPEN + dtm.timedelta(seconds=27)
mail('027-form-ack-request-logged-reference.eml', kind='case_created', lang='en', case_id=E_CASE,
     sender=amazon_sender(d), provider='outlook', to=E_TO, frm=FORM_FROM, date=d,
     subject=E_SUBJ, ids=[], cte='base64',
     new=f"""Dear Ravi,

Your request has been received and logged under reference number {E_CASE}.

Our AWS Training and Certification support team reviews requests in the order they arrive. You can expect to hear from us within 24 hours; during periods of high volume it may take a little longer.

Helpful tips while you wait:
- Reply to this e-mail if you want to add information. Keep [CASE {E_CASE}] in the subject.
- Submitting another form for the same issue creates a duplicate and may delay our reply.
- Many questions are answered at https://aws.amazon.com/certification/faqs/

Thank you for choosing AWS Training and Certification.

AWS Training and Certification Customer Support
""")

d = T('2026-01-14 11:38:19')
mail('028-form-first-reply-nonnative-asks-reason.eml', kind='support_reply', lang='en', case_id=E_CASE,
     sender=amazon_sender(d), provider='outlook', to=E_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {E_CASE}] {FORM_SUBJ}', ids=['AWS01577208', 'AWS02046673'], cte='quoted-printable',
     new=f"""Dear Ravi,

Greetings of the day!

Thank you for reaching out to AWS Training and Certification. I am Shreya and I will be assisting you on this case.

As per my understanding, you are having two certification accounts i.e. aws01577208 and AWS 02046673 and you are requesting to club them into single account.

In order to process the request, kindly provide below details:

a) Registered e-mail ID of both the accounts
b) Notification e-mail ID, if it is different
c) Reason for the request (for example, duplicate account created by mistake)
d) Which account you wish to keep as primary

Kindly revert on the same e-mail thread. Please do not raise new case for same concern.

Awaiting for your response.

Thanks & Regards,
Shreya
AWS Training and Certification Customer Support

{RATE_EN}""")

d = T('2026-01-17 06:55:48')
mail('029-form-chaser-awaiting-response.eml', kind='support_reply', lang='en', case_id=E_CASE,
     sender=amazon_sender(d), provider='outlook', to=E_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {E_CASE}] {FORM_SUBJ}', ids=[], cte='quoted-printable', structure='plain',
     new=f"""Dear Ravi,

Hope you are doing good.

This is a gentle reminder regarding the below e-mail. We are yet to receive the requested details from your end.

Kindly share the same at the earliest so that we can proceed further. Please note, if we do not hear back within 72 hours the case will be closed automatically.

Thanks & Regards,
Shreya
AWS Training and Certification Customer Support""",
     quoted=f"""-----Original Message-----
From: Amazon Web Services <{FORM}>
Sent: 14 January 2026 11:38
To: ravi.shankar88@hotmail.com
Subject: RE:[CASE {E_CASE}] {FORM_SUBJ}

Dear Ravi,

As per my understanding, you are having two certification accounts i.e. aws01577208 and AWS 02046673 and you are requesting to club them into single account.

In order to process the request, kindly provide below details:
a) Registered e-mail ID of both the accounts
b) Notification e-mail ID, if it is different
c) Reason for the request
d) Which account you wish to keep as primary""")

d = T('2026-01-20 07:01:12')
mail('030-form-closed-no-response-rate-us.eml', kind='survey', lang='en', case_id=E_CASE,
     sender=amazon_sender(d), provider='outlook', to=E_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {E_CASE}] {FORM_SUBJ}', ids=[], cte='quoted-printable',
     new=f"""Dear Ravi,

As we have not received a response from you, we are closing this case for now.

If you still need help, simply reply to this e-mail within the next 14 days and your case will be reopened automatically. After that, please submit a new request through the contact form.

How did we do?
Your opinion matters. Please take 30 seconds to tell us about your experience with case {E_CASE}:
Was your issue resolved?  YES: https://aws-tc-feedback.amazon.com/s?c={E_CASE}&r=1   NO: https://aws-tc-feedback.amazon.com/s?c={E_CASE}&r=0

Thanks & Regards,
AWS Training and Certification Customer Support""")

d = T('2026-01-21 15:09:30')
mail('031-form-case-reopened-after-reply.eml', kind='support_reply', lang='en', case_id=E_CASE,
     sender=amazon_sender(d), provider='outlook', to=E_TO, frm=FORM_FROM, date=d,
     subject=f'[CASE {E_CASE}] Your case has been reopened', ids=[], structure='html', cte='quoted-printable',
     new=f"""Hello Ravi,

We received your reply, so case {E_CASE} is open again and back in our queue.

A member of our team will review your message and respond within 24 hours. There is no need to submit a new request.

AWS Training and Certification Customer Support
""")

d = T('2026-01-22 09:47:03')
mail('032-form-details-received-checking-with-team.eml', kind='support_reply', lang='en', case_id=E_CASE,
     sender=amazon_sender(d), provider='outlook', to=E_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {E_CASE}] {FORM_SUBJ}', ids=[], cte='quoted-printable',
     new=f"""Dear Ravi,

Thank you for sharing the details.

I have checked the same and forwarded to our internal team for verification of both the accounts. Once they revert, I will share with you the summary for your confirmation. Kindly allow us 1-2 business days.

Appreciate your patience.

Thanks & Regards,
Shreya
AWS Training and Certification Customer Support

{RATE_EN}""",
     quoted=f"""From: Ravi Shankar <ravi.shankar88@hotmail.com>
Sent: Wednesday, January 21, 2026 8:38 PM
To: Amazon Web Services <{FORM}>
Subject: Re: RE:[CASE {E_CASE}] {FORM_SUBJ}

Hi Shreya, sorry I was on leave.
a) AWS01577208 - ravi.shankar88@hotmail.com ; AWS02046673 - ravi.s@infotrail-systems.in
b) same
c) created second account by mistake when booking exam through company voucher
d) keep AWS01577208
Regards, Ravi""")

d = T('2026-01-23 12:20:44')
mail('033-form-confirm-merge-nonnative-dash-ids.eml', kind='merge_confirmation_requested', lang='en', case_id=E_CASE,
     sender=amazon_sender(d), provider='outlook', to=E_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {E_CASE}] {FORM_SUBJ}', ids=['AWS01577208', 'AWS02046673'], cte='base64',
     new=f"""Dear Ravi,

Thank you for your patience.

Our team has verified both the accounts. Kindly confirm that below candidate ID AWS-02046673 to be merged in to AWS-01577208, which will remain as primary account. All the certifications and exam history of AWS-02046673 will be available in AWS-01577208 post merging.

Please be informed that merging is irreversible process and the account AWS-02046673 will be deactivated.

Kindly reply "Yes, I confirm" on this e-mail to proceed further.

Thanks & Regards,
Shreya
AWS Training and Certification Customer Support

{RATE_EN}""")


# ---------------------------------------------------------------- case F (2025, form desk, Japanese, biglobe)
F_OPEN = T('2025-08-18 05:31:09')
F_CASE = case15(F_OPEN, '01162')
F_TO = addr('田中 美咲', 'misaki.tanaka@biglobe.ne.jp', 'iso-2022-jp')
F_SUBJ = f'[CASE {F_CASE}] {FORM_SUBJ}'

d = F_OPEN + dtm.timedelta(seconds=33)
mail('034-form-ack-ja-jidou-soushin.eml', kind='case_created', lang='ja', case_id=F_CASE,
     sender=amazon_sender(d), provider='biglobe', to=F_TO, frm=FORM_FROM, date=d,
     subject=F_SUBJ, charset='iso-2022-jp', cte='7bit', structure='plain', ids=[],
     new=f"""田中 美咲 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。

本メールは、お問い合わせを受領したことをお知らせする自動送信メールです。
内容を確認のうえ、担当者より通常 24 時間以内（土日祝日を除く）にご連絡いたします。

お問い合わせ番号: {F_CASE}

追加の情報がございましたら、件名を変更せずに本メールへご返信ください。
同じ内容でフォームを再度送信されますと、回答までにお時間をいただく場合がございますので、ご注意ください。

AWS トレーニングと認定 カスタマーサポート
""")

d = T('2025-08-20 02:14:37')
mail('035-form-handover-ja-exam-question.eml', kind='support_reply', lang='ja', case_id=F_CASE,
     sender=amazon_sender(d), provider='biglobe', to=F_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {F_CASE}] {FORM_SUBJ}', charset='utf-8', cte='quoted-printable', ids=['AWS00648215'],
     new=f"""田中 美咲 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの山口と申します。
前任の小林に代わり、本件を引き継いで担当させていただくこととなりました。どうぞよろしくお願いいたします。

頂戴した情報を確認いたしましたところ、一点確認させていただきたい事項がございます。

AWS00648215 のアカウントにて、2025年9月5日に AWS Certified Machine Learning Engineer - Associate 試験のご予約がございます。こちらの試験は、予定どおり受験されるご予定でしょうか。それとも日程の変更をご希望でしょうか。

ご予約の状況によって、お手続きの進め方が異なりますため、お手数ですがご教示いただけますと幸いです。

何卒よろしくお願い申し上げます。

山口
AWS トレーニングと認定 カスタマーサポート""",
     quoted=f"""2025年8月19日(火) 10:02 田中 美咲 <misaki.tanaka@biglobe.ne.jp>:
> 小林様
>
> ご連絡ありがとうございます。
> 旧アカウント: AWS00648215（ログイン: m.tanaka@kanazawa-sysdev.co.jp）
> 新アカウント: AWS02231907（ログイン: misaki.tanaka@biglobe.ne.jp）
> 新アカウントを残したいです。
>
> 田中
>
> 2025年8月18日(月) 18:47 Amazon Web Services <{FORM}>:
> > 田中 美咲 様
> >
> > 統合をご希望の各アカウントの候補者 ID とログイン用メールアドレス、
> > および統合後に残すアカウントをお知らせください。""")

d = T('2025-08-21 06:40:21')
mail('036-form-confirm-merge-ja-iso2022.eml', kind='merge_confirmation_requested', lang='ja', case_id=F_CASE,
     sender=amazon_sender(d), provider='biglobe', to=F_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {F_CASE}] {FORM_SUBJ}', charset='iso-2022-jp', cte='7bit', structure='plain',
     ids=['AWS00648215', 'AWS02231907'],
     new=f"""田中 美咲 様

お世話になっております。AWS トレーニングと認定の山口でございます。
試験のご予約についてご回答いただき、ありがとうございました。

以下の内容でアカウントの統合を承ります。内容に誤りがないか、ご確認をお願いいたします。

　統合元（統合後に無効となるアカウント）: AWS00648215
　統合先（存続するアカウント）　　　　　: AWS02231907

統合元アカウントの認定資格、受験履歴、特典はすべて統合先アカウントへ移行されます。
なお、統合は一度実施すると元に戻すことができませんので、あらかじめご了承ください。

上記の内容でよろしければ、本メールにその旨ご返信くださいますようお願いいたします。
ご返信を確認次第、手続きを開始いたします。

山口
AWS トレーニングと認定 カスタマーサポート""",
     quoted=f"""-----Original Message-----
From: 田中 美咲 <misaki.tanaka@biglobe.ne.jp>
Sent: 2025/08/20 21:05
To: {FORM}
Subject: Re: RE:[CASE {F_CASE}] {FORM_SUBJ}

山口様

9月5日の試験は予定どおり新しいアカウントで受けたいので、
予約は AWS02231907 側に移していただけると助かります。

田中""")

d = T('2025-08-22 01:18:56')
mail('037-form-thanks-will-proceed-ja-cp932.eml', kind='support_reply', lang='ja', case_id=F_CASE,
     sender=amazon_sender(d), provider='biglobe', to=F_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {F_CASE}] {FORM_SUBJ}', charset='cp932', label_charset='shift_jis',
     cte='quoted-printable', structure='plain', ids=[],
     new=f"""田中 美咲 様

AWS トレーニングと認定の山口でございます。
ご確認いただき、誠にありがとうございます。

頂戴したご返信をもって、これより統合のお手続きを進めさせていただきます。
今後の流れは以下のとおりです。

①担当部署にてアカウントの統合作業を実施（２～３営業日程度）
②作業完了後、本ケースにて完了のご連絡
③Credly のバッジの移行（完了連絡から数日以内）

統合が完了するまでの間は、アカウント情報の変更はお控えくださいますようお願いいたします。
完了いたしましたら、改めてご連絡申し上げます。

山口
AWS トレーニングと認定 カスタマーサポート""")

d = T('2025-08-26 03:30:02')
mail('038-form-case-closed-survey-ja.eml', kind='survey', lang='ja', case_id=F_CASE,
     sender=amazon_sender(d), provider='biglobe', to=F_TO, frm=FORM_FROM, date=d,
     subject=f'[CASE {F_CASE}] お問い合わせはクローズされました - アンケートご協力のお願い',
     subj_charset='utf-8', charset='utf-8', cte='base64', structure='html', ids=[],
     new=f"""田中 美咲 様

お問い合わせ番号 {F_CASE} はクローズされました。
このたびは AWS トレーニングと認定をご利用いただき、ありがとうございました。

サービス向上のため、簡単なアンケートにご協力ください（所要時間：約1分）。

問題は解決しましたか？
はい / いいえ

担当者の対応を 5 段階で評価してください。
https://aws-tc-feedback.amazon.com/s?c={F_CASE}&lang=ja

クローズ後 14 日以内であれば、本メールにご返信いただくことでお問い合わせを再開できます。

AWS トレーニングと認定 カスタマーサポート""")

# ---------------------------------------------------------------- Credly mails
d = T('2019-07-05 20:11:36')
YA_HTML = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p><img src="https://www.youracclaim.com/assets/acclaim-logo-email.png" alt="Acclaim"></p>
<h2>Jennifer, you've been awarded a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <strong>AWS Certified SysOps Administrator &ndash; Associate</strong> badge.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/5d3f6a2e-8b41-4c9e-a0f1-77e2c9b0d815" style="background:#0078a7;color:#fff;padding:10px 24px;text-decoration:none">Accept your badge</a></p>
<p>Claim it now to share your achievement on LinkedIn, Twitter and more.</p>
<p style="font-size:11px;color:#999">Acclaim, powered by Credly &middot; 13355 Noel Rd, Suite 1100, Dallas, TX 75240</p>
</body></html>
"""
mail('039-acclaim-badge-awarded-2019.eml', kind='credly_badge_issued', lang='en', case_id=None,
     sender=credly_sender(d, 'youracclaim.com'), provider='none', to=D_TO,
     frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', date=d,
     subject='Jennifer, claim your AWS Certified SysOps Administrator - Associate badge', structure='alt',
     html=YA_HTML, cte='quoted-printable', ids=[],
     new="""Jennifer, you've been awarded a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified SysOps Administrator - Associate badge.

Accept your badge:
https://www.youracclaim.com/earner/earned/badge/5d3f6a2e-8b41-4c9e-a0f1-77e2c9b0d815

Claim it now to share your achievement on LinkedIn, Twitter and more.
""")

d = T('2025-10-14 13:05:50')
mail('040-credly-badge-expiring-reminder.eml', kind='unrelated', lang='en', case_id=None,
     sender=credly_sender(d), provider='gmail', to='Daniel Okafor <okafor.daniel.k@gmail.com>',
     frm='"Credly" <admin@credly.com>', date=d,
     subject='Your AWS Certified Cloud Practitioner badge expires in 30 days', cte='quoted-printable', ids=[],
     html=simple_html("""Hi Daniel,

Your AWS Certified Cloud Practitioner badge issued by Amazon Web Services Training and Certification will expire on November 13, 2025.

To keep your credential active, visit the issuer's website to learn about recertification options.

View badge: https://www.credly.com/badges/c3f09a12-7d44-4b1b-9d3e-5a0e8b27f6c4

The Credly Team"""),
     new="""Hi Daniel,

Your AWS Certified Cloud Practitioner badge issued by Amazon Web Services Training and Certification will expire on November 13, 2025.

To keep your credential active, visit the issuer's website to learn about recertification options.

View badge: https://www.credly.com/badges/c3f09a12-7d44-4b1b-9d3e-5a0e8b27f6c4

The Credly Team
""")

d = T('2025-11-18 22:41:09')
mail('041-credly-self-service-account-merge-code.eml', kind='unrelated', lang='en', case_id=None,
     sender=credly_sender(d), provider='nifty', to=B_TO,
     frm='"Credly" <admin@credly.com>', date=d,
     subject='Credly: complete your account merge', cte='quoted-printable', ids=[],
     new="""Hello,

We received a request to merge the Credly account registered to k.sato@tokai-infra.co.jp into your Credly account.

Your verification code is: 7QX4-K9PD

Enter this code on the merge page, or click the button below:

Complete Account Merge
https://www.credly.com/users/merge/confirm?token=2b7e0c51f48a9d63

After the merge, all badges from the secondary account will appear in your primary account and the secondary account will be closed. This code expires in 24 hours.

If you did not request this, please ignore this e-mail.

The Credly Team
""")

# ---------------------------------------------------------------- GitHub look-alike
d = T('2026-03-05 16:12:27')
mail('042-github-pr-merged-account-merge-script.eml', kind='unrelated', lang='en', case_id=None,
     sender=generic_sender('github.com', 'out-21.smtp.github.com', '192.30.252.204',
                           f'noreply@github.com', dkim=[('github.com', 'pf2023')], policy='p=REJECT sp=REJECT dis=NONE'),
     provider='m365', to=G_TO, frm='Agnieszka Wrobel <notifications@github.com>', date=d,
     reply_to='northwind-analytics/cert-tracker <reply+AB3KQ7Z5XWPLR2M6@reply.github.com>',
     subject='Re: [northwind-analytics/cert-tracker] Merge duplicate candidate accounts in import (PR #42)',
     msgid='<northwind-analytics/cert-tracker/pull/42/issue_event/17350293412@github.com>',
     extra=[('List-ID', 'northwind-analytics/cert-tracker <cert-tracker.northwind-analytics.github.com>'),
            ('X-GitHub-Reason', 'author')],
     ids=['AWS12345678'], cte='7bit', charset='us-ascii', html=simple_html("""Merged #42 into main.

Merge duplicate candidate accounts in import: rows for the same person (e.g. test fixture AWS12345678) are now combined before upload.

Reply to this email directly, view it on GitHub: https://github.com/northwind-analytics/cert-tracker/pull/42#event-17350293412
You are receiving this because you authored the thread."""),
     new="""Merged #42 into main.

Merge duplicate candidate accounts in import: rows for the same person (e.g. test fixture AWS12345678) are now combined before upload.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-analytics/cert-tracker/pull/42#event-17350293412
You are receiving this because you authored the thread.

Message ID: <northwind-analytics/cert-tracker/pull/42/issue_event/17350293412@github.com>
""")

# ---------------------------------------------------------------- other AWS cases
BL_OPEN = T('2026-02-26 09:05:14')
BL_CASE = case15(BL_OPEN, '00720')
d = T('2026-02-27 14:22:38')
mail('043-console-billing-case-new-correspondence.eml', kind='unrelated', lang='en', case_id=BL_CASE,
     sender=amazon_sender(d), provider='m365', to=G_TO, frm=NOREPLY_FROM, date=d,
     subject=f'[Case {BL_CASE}] New correspondence added', ids=[], cte='quoted-printable',
     new=f"""Hello,

New correspondence has been added to your support case.

Case ID: {BL_CASE}
Subject: Duplicate charge on January invoice (EUINDE26-0418822)
Service: Billing

To view the correspondence and respond, sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId={BL_CASE}&language=en

This e-mail address cannot accept replies.

Amazon Web Services
""")

SB_OPEN = T('2025-09-24 02:15:33')
SB_CASE = case15(SB_OPEN, '00946')
d = SB_OPEN + dtm.timedelta(seconds=52)
mail('044-form-ack-skill-builder-refund-not-merge.eml', kind='unrelated', lang='en', case_id=SB_CASE,
     sender=amazon_sender(d), provider='gmail', to='Daniel Okafor <okafor.daniel.k@gmail.com>', frm=FORM_FROM, date=d,
     subject=f'[CASE {SB_CASE}] [AWS Training and Certification Form Submission] - skillbuilder-subscription',
     ids=[], cte='quoted-printable',
     new=f"""Hello Daniel,

Thanks for getting in touch with AWS Training and Certification.

This is an automated note to let you know that your message reached us and is now in our queue. A member of our Customer Support team will get back to you, in most cases within 24 hours.

Your reference number: {SB_CASE}

Summary of what you sent us
Inquiry type: AWS Skill Builder
Inquiry detail: Subscription and billing
Details: I was charged for the Individual annual subscription although I cancelled during the trial. Please refund.

If you need to add anything, just reply to this e-mail and keep the reference number in the subject line.

Kind regards,
AWS Training and Certification Customer Support
""")

JB_OPEN = T('2025-12-02 23:48:19')
JB_CASE = case15(JB_OPEN, '00058')
d = JB_OPEN + dtm.timedelta(seconds=11)
mail('045-console-ack-ja-billing-not-merge.eml', kind='unrelated', lang='ja', case_id=JB_CASE,
     sender=amazon_sender(d), provider='docomo', to=addr('鈴木 拓也', 'suzuki-takuya.0412@docomo.ne.jp', 'iso-2022-jp'),
     frm=NOREPLY_FROM, date=d,
     subject=f'Amazon Web Services: お問い合わせを受け付けました（ケース ID: {JB_CASE}）',
     subj_charset='iso-2022-jp', charset='iso-2022-jp', cte='7bit', structure='plain', ids=[],
     new=f"""鈴木 拓也 様

Amazon Web Services へお問い合わせいただき、ありがとうございます。

以下の内容でお問い合わせを承りました。担当者が内容を確認のうえ、順次ご連絡いたします。

ケース ID: {JB_CASE}
件名: 11月分の請求額について（請求書番号 JPINV25-3307761）
重要度: 一般的なご質問
サービス: 請求

お問い合わせの状況確認や情報の追加は、AWS サポートセンターから行えます。
https://console.aws.amazon.com/support/home#/case/?displayId={JB_CASE}&language=ja

※このメールアドレスは送信専用です。

Amazon Web Services
""")


# ---------------------------------------------------------------- more look-alikes
d = T('2025-07-08 04:12:55')
mail('046-amazon-co-jp-cs-account-integration-ja.eml', kind='unrelated', lang='ja', case_id=None,
     sender=generic_sender('amazon.co.jp', ses_host('54.240.48.101'), '54.240.48.101', ses_bounce(d), genuine=True,
                           dkim=[('amazon.co.jp', 'rmp3jcyhzdr6fodqyaxdmrttopcefroo'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                           policy='p=QUARANTINE sp=QUARANTINE dis=NONE', ses=True),
     provider='ocn', to=addr('高橋 由美', 'yumi.takahashi@kxa.biglobe.ne.jp', 'iso-2022-jp'),
     frm='"Amazon.co.jp" <cs-reply@amazon.co.jp>', date=d,
     subject='Amazon.co.jp カスタマーサービスからのご連絡', subj_charset='iso-2022-jp',
     charset='iso-2022-jp', cte='7bit', structure='plain', ids=[],
     new="""高橋 由美 様

Amazon.co.jp カスタマーサービスにお問い合わせいただき、ありがとうございます。

お客様がお持ちの2つの Amazon.co.jp アカウントを1つに統合されたいとのこと、承りました。

大変申し訳ございませんが、Amazon.co.jp では複数のアカウントを統合することはできかねます。注文履歴、Amazon ギフトカード残高、プライム会員資格を別のアカウントへ移行することもできません。

ご不要なアカウントは、「アカウントサービス」の「アカウントの閉鎖」から閉鎖のご依頼をいただけます。

ご期待に沿えず申し訳ございません。またのご利用をお待ちしております。

Amazon.co.jp カスタマーサービス
山下

今回の対応はお役に立ちましたか？
https://www.amazon.co.jp/gp/help/survey?ref=cs_reply_jp
""")

d = T('2025-03-14 17:26:40')
mail('047-microsoft-certification-profile-merge.eml', kind='unrelated', lang='en', case_id='2503140040001234',
     sender=generic_sender('microsoft.com', 'mail-bn8nam11on2105.outbound.protection.outlook.com', '40.107.236.105',
                           'msft-certsupport@microsoft.com', dkim=[('microsoft.com', 'selector2')],
                           policy='p=REJECT sp=REJECT dis=NONE'),
     provider='gmail', to=A_TO, frm='"Microsoft Credentials Support" <msft-certsupport@microsoft.com>', date=d,
     subject='Your request to merge certification profiles [TrackingID#2503140040001234]', ids=[],
     cte='quoted-printable',
     new="""Hello Priya,

Thank you for contacting Microsoft Credentials Support. My name is Carlos and I am the support engineer who will be handling your case.

I understand that you have two Microsoft Learn certification profiles (MCID 993112847 and MCID 1057724390) and would like them to be merged into one.

Before I can submit the merge request, I need you to confirm the following:
- The e-mail address of the Microsoft account you want to keep
- That you can sign in to both profiles

Please reply to this e-mail keeping the TrackingID in the subject line.

Best regards,
Carlos Mendez
Microsoft Credentials Support
Working hours: Monday - Friday, 8:00 AM - 5:00 PM (CST)
""")

d = T('2026-02-10 16:00:12')
NL_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#fff">
<table width="600" align="center"><tr><td style="background:#232f3e;padding:12px;color:#fff;font-size:18px">AWS Training &amp; Certification | February 2026</td></tr>
<tr><td style="padding:16px">
<h3>New on AWS Skill Builder</h3>
<p>Try the new AWS Certified Generative AI Developer &ndash; Professional exam prep plan, with practice questions and hands-on labs.</p>
<h3>Certification tip of the month</h3>
<p>Do you have more than one AWS Certification account? Sign in with the e-mail address you used for your first exam to keep all of your credentials in one place. If you need help, visit the AWS Certification FAQ.</p>
<h3>Upcoming events</h3>
<p>AWS Summit Amsterdam &ndash; April 2026. Register now.</p>
<p><a href="https://aws.amazon.com/training/">Explore AWS Training</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:12px">You received this e-mail because you subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></body></html>
"""
mail('048-aws-training-newsletter.eml', kind='unrelated', lang='en', case_id=None,
     sender=amazon_sender(d), provider='m365', to=G_TO,
     frm='"AWS Training and Certification" <aws-training-info@amazon.com>', date=d,
     subject='Your February update from AWS Training & Certification', structure='html', html=NL_HTML,
     cte='quoted-printable', ids=[], new=re.sub(r'<[^>]+>', ' ', NL_HTML),
     extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>, <mailto:unsubscribe-training@amazon.com>')])

d = T('2026-01-28 03:33:17')
mail('049-phish-account-suspended-payment.eml', kind='unrelated', lang='en', case_id=None,
     sender=generic_sender('aws-account-notice.com', 'mail.aws-account-notice.com', '45.133.216.7',
                           'bounce@aws-account-notice.com', dkim=[], spf='fail', dmarc='none', policy='p=NONE'),
     provider='outlook', to=E_TO, frm='"AWS Billing" <billing@aws-account-notice.com>', date=d,
     subject='Your AWS account has been suspended - update payment information', verified=False, ids=[],
     structure='html', cte='base64',
     new="""Dear AWS Customer,

We were unable to process the payment for your AWS account. As a result, your account and all running resources have been suspended.

To restore access, please update your payment information within 48 hours:
https://aws-account-notice.com/billing/restore

If no action is taken, your account will be permanently closed and all data will be deleted.

Sincerely,
AWS Billing Team
""")

PH2_CASE = case15(T('2026-01-29 18:10:03'), '00512')
d = T('2026-01-30 09:52:45')
PH2_S = generic_sender('amazon.com', 'smtp.mailer-relay77.ru', '194.58.112.40', 'noreply@mailer-relay77.ru',
                       genuine=False, dkim=[], spf='fail', dmarc='fail', policy='p=QUARANTINE sp=QUARANTINE dis=QUARANTINE')
mail('050-phish-merge-on-hold-verify-login.eml', kind='support_reply', lang='en', case_id=PH2_CASE,
     sender=PH2_S, provider='outlook', to=E_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {PH2_CASE}] Account merge on hold', verified=False, ids=['AWS01577208'],
     reply_to='aws-certification-team@proton.me', cte='quoted-printable',
     new=f"""Hello,

Your request to merge certification account AWS01577208 is currently ON HOLD because we could not verify your identity.

To continue, sign in to your AWS Certification account using the secure link below and re-enter your password and the card used to pay for your last exam:

https://aws-certification.account-merge-verify.com/signin

If we don't receive this information within 24 hours, the request will be cancelled and the accounts may be locked.

Thank you,
AWS Training and Certification Customer Support
""")

# ---------------------------------------------------------------- case G (2026, console, M365 corporate)
G_OPEN = T('2026-03-02 10:44:17')
G_CASE = case15(G_OPEN, '00655')
G_URL = f'https://support.console.aws.amazon.com/support/home#/case/?displayId={G_CASE}&language=en'

d = G_OPEN + dtm.timedelta(seconds=6)
mail('051-console-ack-request-in-queue.eml', kind='case_created', lang='en', case_id=G_CASE,
     sender=amazon_sender(d), provider='m365', to=G_TO, frm=NOREPLY_FROM, date=d,
     subject=f'Amazon Web Services: We received your support request (Case ID {G_CASE})', ids=[],
     cte='quoted-printable',
     new=f"""Hello Tomasz,

Thanks for reaching out to AWS Support. Your request is in our queue and an agent will review it shortly.

Case ID: {G_CASE}
Subject: Two AWS Certification accounts - need them combined
Severity: General question
Category: Account > Training and Certification

Response times depend on your support plan. We will e-mail you when there is an update; you can also check progress or add details in the Support Center:
{G_URL}

This mailbox does not accept replies.

Sincerely,
Amazon Web Services
""")

d = T('2026-03-03 07:15:40')
mail('052-console-new-correspondence-en.eml', kind='support_reply', lang='en', case_id=G_CASE,
     sender=amazon_sender(d), provider='m365', to=G_TO, frm=NOREPLY_FROM, date=d,
     subject=f'[Case {G_CASE}] New correspondence added', ids=[], structure='html', cte='quoted-printable',
     new=f"""Hello,

New correspondence has been added to your support case.

Case ID: {G_CASE}
Subject: Two AWS Certification accounts - need them combined

To read the message and respond, sign in to the AWS Support Center:
{G_URL}

This e-mail address cannot accept replies.

Amazon Web Services
""")

d = T('2026-03-03 07:15:38')
mail('053-console-transferred-to-tc-team.eml', kind='support_reply', lang='en', case_id=G_CASE,
     sender=amazon_sender(d), provider='m365', to=G_TO, frm=NOREPLY_FROM, date=d,
     subject=f'RE:[CASE {G_CASE}] Two AWS Certification accounts - need them combined', ids=[],
     cte='quoted-printable',
     new=f"""Hello Tomasz,

Thank you for contacting AWS Support. My name is Ivana from the Account and Billing team.

Certification profiles are held in a separate system from your AWS account, so our team is not able to act on them directly. I have therefore transferred this case to our colleagues in AWS Training and Certification, who handle these requests. They will reply on this same case, so please keep an eye on your inbox and the Support Center. Their response time is usually 1-2 business days.

There is no need to open another case or to use the certification contact form in the meantime.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Ivana K.
Amazon Web Services
===================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:
{G_URL}
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above.
===================================================""")

d = T('2026-03-04 13:02:09')
mail('054-console-agent-asks-about-voucher.eml', kind='support_reply', lang='en', case_id=G_CASE,
     sender=amazon_sender(d), provider='m365', to=G_TO, frm=NOREPLY_FROM, date=d,
     subject=f'RE:[CASE {G_CASE}] Two AWS Certification accounts - need them combined', ids=['AWS01920033', 'AWS03501148'],
     cte='base64',
     new=f"""Hello Tomasz,

I'm Bongani from AWS Training and Certification and I've picked up your case from my colleague.

I found both of your profiles, AWS 01920033 and AWS 03501148. Before I go any further I have a quick question that isn't about the accounts themselves: there is an unused 50% exam discount voucher on AWS 01920033 that expires on 30 April 2026. Vouchers are not always carried over automatically, so would you prefer to use it before we continue, or should I ask our team to re-issue it on the other profile afterwards?

Also, please let me know which profile you'd like to keep, if you have a preference.

Best regards,
Bongani M.
AWS Training and Certification
===================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:
{G_URL}
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above.
===================================================""")

d = T('2026-03-05 09:40:51')
mail('055-console-please-confirm-merge-direction.eml', kind='merge_confirmation_requested', lang='en', case_id=G_CASE,
     sender=amazon_sender(d), provider='m365', to=G_TO, frm=NOREPLY_FROM, date=d,
     subject=f'RE:[CASE {G_CASE}] Two AWS Certification accounts - need them combined', ids=['AWS01920033', 'AWS03501148'],
     cte='quoted-printable',
     new=f"""Hello Tomasz,

Thanks for getting back to me. I've noted that the voucher should be re-issued afterwards.

Here is what will happen, based on your answer:
* Profile kept: AWS03501148 (tomasz.nowak@northwind-analytics.eu)
* Profile folded into it and then retired: AWS01920033 (t.nowak.cloud@gmail.com)

This can't be reversed once it's done. If this is right, please reply on this case with "Confirmed" and I'll submit it straight away. If anything should be different, just tell me.

Best regards,
Bongani M.
AWS Training and Certification
===================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:
{G_URL}
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, please follow the link above.
===================================================""")

d = T('2026-03-09 15:28:33')
mail('056-console-profiles-now-one.eml', kind='merge_completed', lang='en', case_id=G_CASE,
     sender=amazon_sender(d), provider='m365', to=G_TO, frm=NOREPLY_FROM, date=d,
     subject=f'RE:[CASE {G_CASE}] Two AWS Certification accounts - need them combined', ids=['AWS01920033', 'AWS03501148'],
     cte='quoted-printable',
     new=f"""Hello Tomasz,

All done: your two certification profiles are now one. Everything from AWS01920033 now shows under AWS03501148, and AWS01920033 has been retired. Please sign in with tomasz.nowak@northwind-analytics.eu from now on.

Our team has also re-issued the 50% discount voucher on AWS03501148 (valid until 30 April 2026) - you'll find it under Benefits. Your Credly badges should follow within a few business days.

I'll leave the case open for a couple of days in case you spot anything odd.

Best regards,
Bongani M.
AWS Training and Certification
===================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:
{G_URL}
===================================================""")

# ---------------------------------------------------------------- case H (Daniel, second request after the first went unanswered)
HA_OPEN = T('2025-10-20 11:05:37')
HA_CASE = case15(HA_OPEN, '00439')
HB_OPEN = T('2025-10-27 18:51:02')
HB_CASE = case15(HB_OPEN, '01015')
H_TO = 'Daniel Okafor <okafor.daniel.k@gmail.com>'

d = HB_OPEN + dtm.timedelta(seconds=38)
mail('057-form-ack-second-request-thanks-for-writing.eml', kind='case_created', lang='en', case_id=HB_CASE,
     sender=amazon_sender(d), provider='gmail', to=H_TO, frm=FORM_FROM, date=d,
     subject=f'[CASE {HB_CASE}] {FORM_SUBJ}', ids=[], structure='html', cte='quoted-printable',
     new=f"""Hi Daniel,

Thanks for writing to AWS Training and Certification - this message is just to let you know your inquiry landed safely with us.

Reference: {HB_CASE}

What happens next: a member of our support team will read your request and reply to this address, normally within one business day. If you have more to tell us, reply to this message and keep the reference in the subject.

AWS Training and Certification Customer Support
""")

d = T('2025-10-28 14:33:10')
mail('058-form-reply-links-earlier-request-asks-ids.eml', kind='support_reply', lang='en', case_id=HB_CASE,
     sender=amazon_sender(d), provider='gmail', to=H_TO, frm=FORM_FROM, date=d,
     subject=f'RE:[CASE {HB_CASE}] {FORM_SUBJ}', ids=['AWS05512890'], cte='quoted-printable',
     new=f"""Hi Daniel,

Thank you for your patience, and I'm sorry you didn't hear from us the first time. I found your earlier request ({HA_CASE}) from 20 October; it was submitted without a contact e-mail address, which is why our reply never reached you. I've closed that one as a duplicate and will take care of everything here.

You mentioned that you have a second certification account in addition to AWS05512890 but don't remember its candidate ID. Could you send me:

- the e-mail address you think you used for the second account, and
- roughly when and where you took the exam with it (e.g. "Cloud Practitioner, 2021, online")?

With that I can search for it and then set out the next steps for you.

Kind regards,
Hannah L.
AWS Training and Certification Customer Support

{RATE_EN}""",
     quoted=f"""---------- Original submission ----------
Inquiry type: AWS Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS05512890
Details: Second time asking - I sent this last week and got nothing. I have an older account from 2021 (maybe AWS03318467?) and want everything on AWS05512890.""")

# ---------------------------------------------------------------- JA form ack through a corporate relay (no Authentication-Results)
J_OPEN = T('2025-12-15 00:36:22')
J_CASE = case15(J_OPEN, '00803')
d = J_OPEN + dtm.timedelta(seconds=45)
J_S = amazon_sender(d)
J_S['org'] = 'fujimi-soft.co.jp'
mail('059-form-ack-ja-corporate-relay-no-auth.eml', kind='case_created', lang='ja', case_id=J_CASE,
     sender=J_S, provider='none', to=addr('山本 亮', 'r-yamamoto@fujimi-soft.co.jp', 'iso-2022-jp'), frm=FORM_FROM, date=d,
     subject=f'[CASE {J_CASE}] {FORM_SUBJ}', charset='shift_jis', cte='base64', ids=['AWS04082716'],
     new=f"""山本 亮 様

AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。

お送りいただいた内容は、確かに当窓口に届いております。担当者が順に確認し、原則として 24 時間以内にご返信いたします。

受付番号: {J_CASE}
お問い合わせの種類: AWS 認定
詳細: アカウントの統合
AWS 候補者 ID: AWS04082716

ご返信の際は、件名の受付番号を変更しないようお願いいたします。

AWS トレーニングと認定 カスタマーサポート
""")

d = T('2025-11-20 06:18:44')
CB_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://images.credly.com/images/logo_credly.png" width="90" alt="Credly">
<h2 style="font-weight:normal">Your badge is ready to accept</h2>
<p>Hi Kenichi,</p>
<p>Amazon Web Services Training and Certification has issued you a badge: <strong>AWS Certified Solutions Architect &ndash; Professional</strong>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/0e4b2c71-98d3-4f2a-b6e1-3c5d7a9f1e20" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept badge</a></p>
<p>Pending badges are not visible to others until you accept them.</p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; 307 West 38th Street, New York, NY 10018 &middot; <a href="https://www.credly.com/notification_settings">Notification settings</a></p>
</td></tr></table></body></html>
"""
mail('060-credly-badge-ready-to-accept.eml', kind='credly_badge_issued', lang='en', case_id=None,
     sender=credly_sender(d), provider='nifty', to=B_TO,
     frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', date=d,
     subject='Your AWS Certified Solutions Architect - Professional badge is ready to accept', structure='html',
     html=CB_HTML, cte='base64', ids=[], new=re.sub(r'<[^>]+>', ' ', CB_HTML))

# @@MORE@@

# ================================================================= finalize
import email as _email
from email.header import decode_header, make_header


def decoded_text(msg):
    out = []
    for h in ('Subject', 'From'):
        v = msg.get(h)
        if v:
            try:
                out.append(str(make_header(decode_header(v))))
            except Exception:
                out.append(str(v))
    for part in msg.walk():
        if part.get_content_maintype() != 'text':
            continue
        raw = part.get_payload(decode=True) or b''
        cs = part.get_content_charset() or 'us-ascii'
        try:
            out.append(raw.decode(cs, errors='replace'))
        except LookupError:
            out.append(raw.decode('utf-8', errors='replace'))
    return '\n'.join(out)


def check():
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    problems = []
    assert set(files) == set(LABELS), (set(files) ^ set(LABELS))
    for f in files:
        msg = _email.message_from_bytes(open(os.path.join(OUT, f), 'rb').read())
        txt = decoded_text(msg)
        lab = LABELS[f]
        digits = re.sub(r'\D', ' ', txt)
        if lab['case_id'] and lab['case_id'] not in txt:
            problems.append((f, 'case id missing', lab['case_id']))
        found = set(norm_ids(txt))
        for i in lab['account_ids']:
            if i not in found:
                problems.append((f, 'account id missing', i))
        if lab['case_id'] and len(lab['case_id']) == 15:
            opened = int(lab['case_id'][:10])
            sent = _email.utils.parsedate_to_datetime(msg['Date']).timestamp()
            if not (0 <= sent - opened < 90 * 86400):
                problems.append((f, 'case id time vs Date', sent - opened))
        if msg.defects:
            problems.append((f, 'defects', msg.defects))
    return problems


with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
    json.dump({k: LABELS[k] for k in sorted(LABELS)}, fh, ensure_ascii=False, indent=1)

if __name__ == '__main__':
    probs = check()
    from collections import Counter
    print(len(LABELS), 'mails', dict(Counter(v['kind'] for v in LABELS.values())))
    for p in probs:
        print('PROBLEM', p)
