#!/usr/bin/env python3
"""Generator for blind set 220: seven users' AWS Certification account-merge
cases with detours, plus look-alikes.  Writes NNN-*.eml and labels.json."""
import base64, quopri, json, os, re, random, io, html as _html
from datetime import datetime, timezone, timedelta
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import format_datetime, formataddr
from email.generator import BytesGenerator
from email import policy as _pol

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(22020)
LABELS = {}
N = [0]

# ---------------------------------------------------------------- time
def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))
UTC = timezone.utc
JST = tz(9); GMT = tz(0); BST = tz(1); EST = tz(-5); EDT = tz(-4)
PST = tz(-8); PDT = tz(-7); IST = tz(5, 30); BRT = tz(-3); CET = tz(1); CEST = tz(2)

def T(s, zone=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=zone)

def cid15(d, tail):
    return '%d%05d' % (int(d.timestamp()), tail)

def rfc(d):
    return format_datetime(d)

# ---------------------------------------------------------------- random bits
def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def ralnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(chars) for _ in range(n))

def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()

def fold_b64(s, first=60, width=70, indent='\t '):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(s[:width]); s = s[width:]
    return ('\n' + indent).join(out)

def ses_id(d, region='0100'):
    ms = int(d.timestamp() * 1000) + R.randint(50, 900)
    return '%s%012x-%s-%s-%s-%s-%s-000000' % (region, ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))

def ses_mid(sid):
    return '<%s@email.amazonses.com>' % sid

SES_IPS = ['54.240.8.30', '54.240.8.52', '54.240.9.11', '54.240.9.64', '54.240.13.7',
           '54.240.48.91', '54.240.60.12', '54.240.8.86']

def ses_host(ip):
    a, b, c, d = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, d)

# ---------------------------------------------------------------- MIME parts
CODEC = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8',
         'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252',
         'euc-jp': 'euc_jp'}

def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable', declared=None,
          codec=None, extra_params=None, quoted=False):
    raw = text.encode(codec or CODEC[cs])
    p = MIMENonMultipart('text', sub)
    del p['MIME-Version']
    del p['Content-Type']
    lab = declared or (cs.upper() if cs in ('utf-8', 'iso-2022-jp', 'shift_jis', 'us-ascii') else cs)
    p['Content-Type'] = 'text/%s; charset=%s' % (sub, ('"%s"' if quoted else '%s') % lab)
    for k, v in (extra_params or {}).items():
        p.set_param(k, v, requote=quoted)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:  # 8bit
        payload = raw.decode('ascii', 'surrogateescape')
    if not payload.endswith('\n'):
        payload += '\n'
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p

def multi(sub, parts, boundary):
    m = MIMEMultipart(sub, boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m

def b_java():
    return '----=_Part_%d_%d.%d' % (R.randint(1000000, 9999999), R.randint(100000000, 999999999),
                                      R.randint(1700000000000, 1760000000000))
def b_gmail():
    return '000000000000' + rhex(16)
def b_outlook(tag='_000_'):
    return '%s%s%s_' % (tag, ralnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'namprd')
def b_apple():
    return 'Apple-Mail=_%s-%s-%s-%s-%s' % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(), rhex(12).upper())
def b_tb():
    return '------------' + ralnum(24, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')

# ---------------------------------------------------------------- header helpers
def enc_subj(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name='Subject', maxlinelen=76).encode()

def addr(name, a, cs='utf-8'):
    if name is None:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)

# ---------------------------------------------------------------- text helpers
def quote(text, prefix='> ', blank='>'):
    out = []
    for line in text.rstrip('\n').split('\n'):
        if line.strip() == '':
            out.append(blank)
        elif line.startswith('>'):
            out.append(prefix.rstrip(' ') + line if prefix.strip() == '>' and prefix != '> ' else prefix + line)
        else:
            out.append(prefix + line)
    return '\n'.join(out) + '\n'

def esc(s):
    return _html.escape(s, quote=False)

def t2h(text):
    """plain paragraphs -> simple html (divs / br)"""
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>%s</p>' % '<br>\n'.join(esc(l) for l in p.split('\n')) for p in paras)

def gmail_html(new, attr=None, quoted_html=None):
    body = '<div dir="ltr">' + '\n'.join(
        '<div>%s</div>' % (esc(l) if l.strip() else '<br>') for l in new.strip('\n').split('\n')) + '</div>'
    if attr:
        body += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 '%s</blockquote></div>' % (esc(attr), quoted_html))
    return body + '\n'

# ---------------------------------------------------------------- envelopes
def dkim(d, s, hdrs, t, bh_len=32, b_len=128, extra=''):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;%s\n\tbh=%s;\n\tb=%s'
            % (s, d, int(t.timestamp()), hdrs, extra, rb64(bh_len), fold_b64(rb64(b_len))))

AMZ_SEL = ['rjb2w5i6bbyvlfdkkwnjj2tmpdf5uknk', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug',
           'bh5zbqkpcjuzcdk4pamwm3kgj3lqbssj']
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'

def ses_block(d, frm_domain='amazon.com', sid=None, feedback=True, amz_sel=None):
    """the headers SES + amazon.com put on (DKIM)."""
    h = []
    h.append(('DKIM-Signature', dkim(frm_domain, amz_sel or R.choice(AMZ_SEL),
             'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', d)))
    h.append(('DKIM-Signature', dkim('amazonses.com', SES_SEL,
             'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID', d)))
    return h

def A(dkims, mailfrom, ip, host, hfrom, spf='pass', dmarc='pass', policy='QUARANTINE'):
    """auth spec; dkims = [(domain, selector, result)]"""
    return dict(dkims=dkims, mailfrom=mailfrom, ip=ip, host=host, hfrom=hfrom, spf=spf,
                dmarc=dmarc, policy=policy)

def A_aws(sid, ip=None, hfrom='amazon.com', sel=None):
    ip = ip or R.choice(SES_IPS)
    return A([(hfrom, sel or R.choice(AMZ_SEL), 'pass'), ('amazonses.com', SES_SEL, 'pass')],
             sid + '@email.amazonses.com', ip, ses_host(ip), hfrom)

def ar_gmail(a, ind='       '):
    out = []
    for d, sel, r in a['dkims']:
        out.append('%sdkim=%s header.i=@%s header.s=%s header.b=%s;' % (ind, r, d, sel, ralnum(8)))
    if a['spf'] == 'pass':
        out.append('%sspf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;'
                   % (ind, a['mailfrom'], a['ip'], a['mailfrom']))
    else:
        out.append('%sspf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;'
                   % (ind, a['spf'], a['mailfrom'], a['ip'], a['mailfrom']))
    p = a['policy']
    dis = 'NONE' if a['dmarc'] == 'pass' else p
    out.append('%sdmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (ind, a['dmarc'], p, p, dis, a['hfrom']))
    return '\n'.join(out)

def ar_outlook(a):
    d = a['dkims'][0] if a['dkims'] else None
    dk = ('dkim=pass (signature was verified)\n header.d=%s' % d[0]) if d and d[2] == 'pass' else \
         ('dkim=fail (signature did not verify)\n header.d=%s' % d[0]) if d else 'dkim=none (message not signed)\n header.d=none'
    spf = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s' % (a['spf'], a['ip'], a['mailfrom'].split('@')[-1])
    if a['dmarc'] == 'pass':
        dm = 'dmarc=pass action=none\n header.from=%s;compauth=pass reason=100' % a['hfrom']
    else:
        dm = 'dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=000' % a['hfrom']
    return '%s; %s;%s' % (spf, dk, dm)

def ar_generic(a, authserv, ind=' '):
    out = [authserv + ';']
    out.append('%sspf=%s smtp.mailfrom=%s;' % (ind, a['spf'], a['mailfrom']))
    for d, sel, r in a['dkims']:
        out.append('%sdkim=%s header.d=%s header.s=%s header.b=%s;' % (ind, r, d, sel, ralnum(8)))
    if not a['dkims']:
        out.append('%sdkim=none (no signatures found);' % ind)
    out.append('%sdmarc=%s (p=%s dis=%s) header.from=%s' % (ind, a['dmarc'], a['policy'].lower(),
               'none' if a['dmarc'] == 'pass' else a['policy'].lower(), a['hfrom']))
    return '\n'.join(out)

def ar_yahoo(a):
    out = ['atlas-production.v2.mail.%s.yahoo.com;' % R.choice(['gq1', 'bf1', 'ne1'])]
    for d, sel, r in a['dkims']:
        out.append(' dkim=%s header.i=@%s header.s=%s;' % (r, d, sel))
    out.append(' spf=%s smtp.mailfrom=%s;' % (a['spf'], a['mailfrom'].split('@')[-1]))
    out.append(' dmarc=%s(p=%s) header.from=%s;' % (a['dmarc'], a['policy'], a['hfrom']))
    return '\n'.join(out)

def ar_fastmail(a, n=None):
    ind = '    '
    out = ['mx%d.messagingengine.com;' % (n or R.randint(1, 8))]
    for d, sel, r in a['dkims']:
        out.append('%sdkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s\n%s header.b=%s header.a=rsa-sha256 header.s=%s\n%s x-bits=2048;'
                   % (ind, r, d, d, ind, ralnum(8), sel, ind))
    out.append('%sdmarc=%s policy.published-domain-policy=%s\n%s policy.applied-disposition=%s\n%s policy.evaluated-disposition=%s\n%s (p=%s,d=none,d.eval=none) policy.policy-from=p\n%s header.from=%s;'
               % (ind, a['dmarc'], a['policy'].lower(), ind, 'none' if a['dmarc'] == 'pass' else a['policy'].lower(),
                  ind, 'none' if a['dmarc'] == 'pass' else a['policy'].lower(), ind, a['policy'].lower(), ind, a['hfrom']))
    out.append('%siprev=pass smtp.remote-ip=%s (%s);' % (ind, a['ip'], a['host']))
    out.append('%sspf=%s smtp.mailfrom=%s\n%s smtp.helo=%s;' % (ind, a['spf'], a['mailfrom'], ind, a['host']))
    out.append('%sx-aligned-from=%s;' % (ind, 'pass (Address match)' if a['dmarc'] == 'pass' else 'fail'))
    out.append('%sx-me-sender=none;' % ind)
    out.append('%sx-return-mx=pass header.domain=%s policy.is_org=yes' % (ind, a['hfrom']))
    return '\n'.join(out)

def _pdt(d):
    """US Pacific local time string as Gmail writes it"""
    y = d.year
    # DST: second Sunday March .. first Sunday November (approx. by date)
    mar = datetime(y, 3, 8, 10, tzinfo=UTC); mar += timedelta(days=(6 - mar.weekday()) % 7)
    nov = datetime(y, 11, 1, 9, tzinfo=UTC); nov += timedelta(days=(6 - nov.weekday()) % 7)
    if mar <= d < nov:
        return rfc(d.astimezone(PDT)) + ' (PDT)'
    return rfc(d.astimezone(PST)) + ' (PST)'

def recv_gmail(to, a, d):
    d1 = d + timedelta(seconds=R.randint(1, 4))
    auth = ar_gmail(a)
    return [('Delivered-To', to),
            ('Received', 'by 2002:a05:7%03x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s' % (
                R.randint(0, 4095), R.randint(4096, 65535), R.randint(256, 4095), R.randint(256, 4095),
                R.randint(256, 4095), ralnum(6, 'abcdefghijklmnopqrstuvwxyz0123456789'), _pdt(d1))),
            ('X-Google-Smtp-Source', 'AGHT+I' + rb64(66)),
            ('X-Received', 'by 2002:a05:620a:%x:b0:%x:%x:%x with SMTP id af79cd13be357-%s%s.%d.%d;\n        %s' % (
                R.randint(4096, 65535), R.randint(256, 4095), R.randint(256, 4095), R.randint(256, 4095),
                rhex(10), ralnum(1, 'abcdef'), R.randint(1, 99), R.randint(10**12, 10**13 - 1), _pdt(d1))),
            ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
                int(d1.timestamp()), fold_b64(rb64(256), 60, 70, '        '))),
            ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (
                rb64(32), rb64(32), fold_b64(rb64(256), 60, 70, '        '))),
            ('ARC-Authentication-Results', 'i=1; mx.google.com;\n' + auth),
            ('Return-Path', '<%s>' % a['mailfrom']),
            ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
                a['host'], a['host'], a['ip'], 'af79cd13be357', rhex(10), R.randint(1, 9), R.randint(10**12, 10**13 - 1), to, _pdt(d))),
            ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
                a['spf'], a['mailfrom'], 'designates' if a['spf'] == 'pass' else 'does not designate', a['ip'], a['ip'])),
            ('Authentication-Results', 'mx.google.com;\n' + auth),
            ]

def _o(d):
    return rfc(d.astimezone(UTC)).replace('-0000', '+0000')

def recv_outlook(to, a, d, corp=None):
    """Exchange Online (outlook.com consumer or an O365 tenant)"""
    srv = R.choice(['SN1PEPF0002BA4F', 'BN2PEPF000044A8', 'CH1PEPF0000AD7C', 'DS3PEPF000099D6', 'SA2PEPF00001505'])
    srv2 = R.choice(['PH7PR11MB6747', 'SJ0PR19MB4528', 'DM6PR02MB5884', 'BL1PR12MB5045', 'MW4PR84MB1633'])
    srv3 = R.choice(['BN9PR03CA0712', 'CH2PR12CA0021', 'SA9PR13CA0052', 'MN2PR05CA0049'])
    region = 'namprd%02d' % R.randint(2, 19)
    if corp == 'jp':
        srv2 = R.choice(['TYCPR01MB8453', 'OS3PR01MB6280', 'TYWPR01MB9720']); region = 'jpnprd01'
        srv3 = R.choice(['TYAPR01CA0112', 'OS0P286CA0031']); srv = R.choice(['TY2PEPF0000AB85', 'OS1PEPF00001A3C'])
    d1 = d + timedelta(seconds=R.randint(1, 3))
    fe = 'apcprd' if corp == 'jp' else region
    h = [('Received', 'from %s.%s.prod.outlook.com (::1) by\n %s.%s.prod.outlook.com with HTTPS; %s' % (
            srv3, region, srv2, region, _o(d1))),
         ('Received', 'from %s.%s.prod.outlook.com (2603:10b6:408:%x::%x)\n by %s.%s.prod.outlook.com (2603:10b6:806:%x::%x) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            srv3, region, R.randint(256, 4095), R.randint(1, 99), srv2, region, R.randint(256, 4095), R.randint(1, 99),
            R.randint(7000, 9300), R.randint(10, 40), _o(d1))),
         ('Received', 'from %s.%s.prod.outlook.com\n (2603:10b6:408:ed:cafe::%x) by %s.outlook.office365.com\n (2603:10b6:408:%x::%x) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
            srv, region, R.randint(16, 255), srv3, R.randint(256, 4095), R.randint(1, 99), R.randint(7000, 9300),
            R.randint(10, 40), _o(d1))),
         ('Authentication-Results', ar_outlook(a)),
         ('Received-SPF', '%s (protection.outlook.com: domain of %s\n %s %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
            a['spf'].capitalize(), a['mailfrom'].split('@')[-1], 'designates' if a['spf'] == 'pass' else 'does not designate', a['ip'], a['ip'], a['host'])),
         ('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.242.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s' % (
            a['host'], a['ip'], srv, R.randint(2, 250), R.randint(7000, 9300), R.randint(10, 40), _o(d))),
         ]
    return h

def ms_tail(d, to_dom='outlook.com'):
    return [('Return-Path', None),
            ('X-MS-Exchange-Organization-ExpirationStartTime', '%02d %s %d %s.%04dZ' % (
                d.astimezone(UTC).day, d.astimezone(UTC).strftime('%b'), d.year, d.astimezone(UTC).strftime('%H:%M:%S'), R.randint(0, 9999))),
            ('X-MS-Exchange-Organization-Network-Message-Id', '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
            ('X-MS-Exchange-Organization-SCL', '1'),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-PublicTrafficType', 'Email'),
            ('X-Microsoft-Antispam', 'BCL:0;ARA:13230040|2066899003|4022899009|8096899003;'),
            ('X-MS-Exchange-Transport-EndToEndLatency', '00:00:0%d.%07d' % (R.randint(1, 9), R.randint(0, 9999999))),
            ]

def recv_nifty(to, a, d):
    d1 = d + timedelta(seconds=R.randint(1, 5))
    return [('Return-Path', '<%s>' % a['mailfrom']),
            ('Delivered-To', to),
            ('Received', 'from mfilter%02d.nifty.com by mta-snd%02d.nifty.com with ESMTP\n          id <%s.%s@mta-snd%02d.nifty.com>\n          for <%s>; %s' % (
                R.randint(1, 40), R.randint(1, 9), d1.astimezone(JST).strftime('%Y%m%d%H%M%S'), ralnum(16).lower(),
                R.randint(1, 9), to, rfc(d1.astimezone(JST)))),
            ('Authentication-Results', ar_generic(a, 'mfilter%02d.nifty.com' % R.randint(1, 40), ind='\t')),
            ('Received', 'from %s ([%s])\n\tby mfilter%02d.nifty.com (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s' % (
                a['host'], a['ip'], R.randint(1, 40), ralnum(11, 'BCDFGHJKLMNPQRSTVWXZbcdfghjkmnpqrstvwxz0123456789'),
                to, rfc(d1.astimezone(JST)))),
            ]

def recv_yahoo(to, a, d):
    d1 = d + timedelta(seconds=R.randint(1, 5))
    return [('X-Apparently-To', '%s; %s' % (to, d1.astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000'))),
            ('Return-Path', '<%s>' % a['mailfrom']),
            ('Received-SPF', '%s (domain of %s designates %s as permitted sender)' % (a['spf'], a['mailfrom'].split('@')[-1], a['ip'])),
            ('X-YMailISG', ralnum(60) + '\n ' + ralnum(60)),
            ('X-Originating-IP', '[%s]' % a['ip']),
            ('Authentication-Results', ar_yahoo(a)),
            ('Received', 'from 127.0.0.1  (EHLO %s) (%s)\n  by mta%d.am0.yahoodns.net with SMTPs; %s' % (
                a['host'], a['ip'], R.randint(1000, 9999), d1.astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000'))),
            ]

def recv_fastmail(to, a, d, forged_inner=None):
    d1 = d + timedelta(seconds=R.randint(1, 5))
    mx = R.randint(1, 8)
    mf = a['mailfrom']
    mech = ("mechanism 'include:amazonses.com' matched" if 'amazonses' in mf else
            "mechanism 'include:sendgrid.net' matched" if '.credly.com' in mf or 'sendgrid' in mf else
            "mechanism 'ip4:%s' matched" % a['ip'])
    h = [('Return-Path', '<%s>' % a['mailfrom']),
         ('Received', 'from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%d.nyi.internal (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s' % (
             R.randint(1, 9), R.randint(1, 9), R.randint(40, 50), R.randint(10, 60), rhex(10), rfc(d1.astimezone(EDT if 3 < d.month < 11 else EST)))),
         ('X-Cyrus-Session-Id', 'sloti%d-%d-%d-2-%d' % (R.randint(10, 60), int(d1.timestamp()), R.randint(100000, 999999), R.randint(10**17, 10**18))),
         ('X-Sieve', 'CMU Sieve 3.0'),
         ('X-Spam-known-sender', 'no'),
         ('X-Spam-sender-reputation', '%d (none)' % R.randint(400, 900)),
         ('X-Spam-score', '0.0'),
         ('Received-SPF', '%s\n    (%s: Sender is authorized to use \'%s\' in \'mfrom\' identity (%s))\n    receiver=mx%d.messagingengine.com;\n    identity=mailfrom;\n    envelope-from="%s";\n    helo=%s;\n    client-ip=%s' % (
             a['spf'], a['mailfrom'].split('@')[-1], a['mailfrom'], mech, mx, a['mailfrom'], a['host'], a['ip'])),
         ('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s' % (
             a['host'], a['host'], a['ip'], mx, to, rfc(d1.astimezone(EDT if 3 < d.month < 11 else EST)))),
         ('Authentication-Results', ar_fastmail(a, mx)),
         ]
    return h

RECV = {'gmail': recv_gmail, 'outlook': recv_outlook, 'nifty': recv_nifty, 'yahoo': recv_yahoo,
        'fastmail': recv_fastmail}

def aws_headers(prov, to_addr, to_hdr, d, from_hdr, subject, sid, subj_cs='utf-8',
                extra_top=(), extra_bottom=(), corp=None, a=None, dom='amazon.com'):
    """full header list for an SES-sent amazon.com mail as delivered to provider prov"""
    a = a or A_aws(sid, hfrom=dom)
    if prov == 'outlook':
        h = recv_outlook(to_addr, a, d, corp=corp)
    else:
        h = RECV[prov](to_addr, a, d)
    h += list(extra_top)
    h += ses_block(d, frm_domain=dom, amz_sel=a['dkims'][0][1])
    h += [('Date', rfc(d.astimezone(UTC)).replace('-0000', '+0000')),
          ('From', from_hdr),
          ('To', to_hdr),
          ('Message-ID', ses_mid(sid)),
          ('Subject', enc_subj(subject, subj_cs)),
          ('MIME-Version', '1.0'),
          ('__MIME__', None)]
    h += list(extra_bottom)
    h += [('X-SES-Outgoing', '%s-%s' % (d.astimezone(UTC).strftime('%Y.%m.%d'), a['ip'])),
          ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(33).rstrip('=')[:44])]
    if prov == 'outlook':
        h += [x for x in ms_tail(d) if x[1] is not None]
        h.insert(0, ('Return-Path', a['mailfrom']))
    return h

# ---------------------------------------------------------------- emit
IDRX = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)

def ids_in(text):
    return sorted({'AWS' + m for m in IDRX.findall(text)})

def emit(slug, headers, body, kind, case_id, new_text, sv, lang, crlf=False):
    N[0] += 1
    fname = '%03d-%s.eml' % (N[0], slug)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=_pol.compat32.clone(linesep='\n')).flatten(body)
    raw = buf.getvalue()
    bh, _, bb = raw.partition(b'\n\n')
    lines = []
    placed = False
    for n, v in headers:
        if n == '__MIME__':
            lines.append(bh.decode('ascii') + '\n'); placed = True
        else:
            lines.append('%s: %s\n' % (n, v))
    if not placed:
        lines.append(bh.decode('ascii') + '\n')
    data = ''.join(lines).encode('ascii') + b'\n' + bb
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': ids_in(new_text),
                     'sender_verified': sv, 'language': lang}
    return fname

def finish():
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
        f.write('\n')
    print('wrote %d mails' % len(LABELS))

# ---------------------------------------------------------------- common AWS text
AWS_FORM = 'aws-cs-trainingcertification-form@amazon.com'
AWS_NOREPLY = 'no-reply-aws@amazon.com'

def aws_form_footer(case):
    return ('\n\nWe value your feedback. Please share your experience by rating this correspondence '
            'using the link at the end of this email.\n\n'
            'To add further information to this case, simply reply to this email and keep the case ID '
            '[CASE %s] in the subject line.\n\n'
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
            'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
            'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n' % case)

def aws_html_wrap(inner, title='Amazon Web Services'):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
            '<title>%s</title></head>\n<body style="margin:0;padding:0;background-color:#f2f3f3;">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f3f3;"><tr><td align="center">\n'
            '<table width="640" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">\n'
            '<tr><td style="background-color:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="120" /></td></tr>\n'
            '<tr><td style="padding:24px;line-height:1.5;">\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">'
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
            'This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.'
            '</td></tr>\n</table></td></tr></table>\n</body></html>\n' % (title, inner))


# ====================================================================== CASES
ORDER = []
def case(f):
    ORDER.append(f)
    return f

# (appended below in sections)


# ---------------------------------------------------------------- sent-mail headers
def gmail_mid():
    return '<CA%s%s@mail.gmail.com>' % (R.choice(['+', 'F', 'K', 'N', 'O']), ralnum(R.randint(46, 52), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=' ))

def gmail_sent(frm, to, d, subject, irt=None, refs=None, cc=None):
    h = [('MIME-Version', '1.0')]
    if refs:
        h.append(('References', refs))
    if irt:
        h.append(('In-Reply-To', irt))
    h += [('From', frm), ('Date', rfc(d)), ('Message-ID', gmail_mid()),
          ('Subject', enc_subj(subject)), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h.append(('__MIME__', None))
    return h

def gmail_attr(d, who):
    """Gmail attribution in English locale"""
    hr = d.strftime('%I').lstrip('0')
    return 'On %s, %s %d, %d at %s:%s %s %s wrote:' % (d.strftime('%a'), d.strftime('%b'), d.day, d.year, hr,
                                                      d.strftime('%M'), d.strftime('%p'), who)

def plain_form_reply(text):
    return text

# ====================================================================== CASE A
# Daniel Okafor, gmail, English form desk, 15-digit case; detour: user swaps direction
DAN = 'daniel.okafor84@gmail.com'
DAN_H = 'Daniel Okafor <%s>' % DAN
A_OPEN = T('2025-03-04 09:12:33')
CASE_A = cid15(A_OPEN, 612)          # 174107955300612
A_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_A
AWS_FORM_H = '"Amazon Web Services" <%s>' % AWS_FORM
A_SID = {}

@case
def case_a():
    # 1 ------------------------------------------------ acknowledgement
    d = A_OPEN + timedelta(seconds=19)
    sid = ses_id(d); A_SID[1] = sid
    txt = ('Hello,\n\n'
           'Thank you for contacting AWS Training and Certification. This is an automated message to let you '
           'know that we have received your request and opened case %s.\n\n'
           'A member of our team will review your inquiry and get back to you, in most cases within 24 hours. '
           'If you need to add information, reply to this email and keep the case number in the subject line. '
           'Please do not submit a new form for the same request, as this may delay our response.\n\n'
           'Summary of your submission\n'
           '---------------------------\n'
           'Inquiry type: Certification\n'
           'Inquiry detail: Account Merge\n'
           'AWS candidate ID: AWS04417829\n'
           'Contact email: %s\n\n'
           'Regards,\n'
           'AWS Training and Certification\n' % (CASE_A, DAN))
    htm = aws_html_wrap(
        '<p>Hello,</p><p>Thank you for contacting AWS Training and Certification. This is an automated message to let you know '
        'that we have received your request and opened case <b>%s</b>.</p>'
        '<p>A member of our team will review your inquiry and get back to you, in most cases within 24 hours. If you need to add '
        'information, reply to this email and keep the case number in the subject line. Please do not submit a new form for the '
        'same request, as this may delay our response.</p>'
        '<table cellpadding="4" style="font-size:13px;border:1px solid #eaeded;">'
        '<tr><td colspan="2"><b>Summary of your submission</b></td></tr>'
        '<tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Inquiry detail</td><td>Account Merge</td></tr>'
        '<tr><td>AWS candidate ID</td><td>AWS04417829</td></tr><tr><td>Contact email</td><td>%s</td></tr></table>'
        '<p>Regards,<br>AWS Training and Certification</p>' % (CASE_A, DAN))
    body = multi('alternative', [tpart(txt), tpart(htm, 'html')], b_java())
    h = aws_headers('gmail', DAN, DAN, d, AWS_FORM_H, A_SUBJ, sid)
    emit('form-ack-daniel', h, body, 'case_created', CASE_A, txt, True, 'en')

    # 2 ------------------------------------------------ confirmation request (keep work account)
    d = T('2025-03-05 14:27:40')
    sid = ses_id(d); A_SID[2] = sid
    A2 = ('Hello Daniel,\n\n'
          'Thank you for reaching out to AWS Training and Certification.\n\n'
          'I have reviewed your request and located two certification accounts that belong to you:\n\n'
          '1. AWS04417829 - login daniel.okafor@brightlane.io - 3 active certifications\n'
          '2. AWS11830562 - login daniel.okafor84@gmail.com - 1 active certification\n\n'
          'Since AWS04417829 is the older account and holds most of your certification history, we would merge '
          'AWS11830562 into AWS04417829. After the merge, AWS04417829 will remain as your active account and you '
          'would continue to sign in with daniel.okafor@brightlane.io. The other account will be deactivated.\n\n'
          'Please note that a merge is permanent and cannot be reversed once completed.\n\n'
          'Kindly reply to this email confirming that the above details are correct and that you would like us to '
          'proceed.\n\n'
          'Best regards,\n\n'
          'Ravindra S.\n'
          'AWS Training and Certification\n'
          'Amazon Web Services')
    txt = A2 + aws_form_footer(CASE_A)
    htm = aws_html_wrap(t2h(A2) + '<hr style="border:0;border-top:1px solid #eaeded;"><p style="font-size:12px;color:#687078;">'
                        'We value your feedback. Please share your experience by rating this correspondence:<br>'
                        '<a href="https://support.aws.amazon.com/#/case/?displayId=%s&amp;language=en&amp;rating=true">Rate this correspondence</a></p>' % CASE_A)
    body = multi('alternative', [tpart(txt), tpart(htm, 'html')], b_java())
    h = aws_headers('gmail', DAN, DAN, d, AWS_FORM_H, 'RE:' + A_SUBJ, sid)
    emit('reply-merge-into-work-account', h, body, 'merge_confirmation_requested', CASE_A, A2, True, 'en')

    # 3 ------------------------------------------------ SENT: user asks to swap direction
    d = T('2025-03-05 18:40:12', GMT)
    A3 = ('Hi Ravindra,\n\n'
          'Thanks for the quick reply, much appreciated.\n\n'
          'Could we do it the other way round though? I am leaving Brightlane at the end of the month and will lose '
          'access to that mailbox, so I would like the Gmail account (AWS11830562) to be the one that stays, and '
          'aws04417829 to be merged into it.\n\n'
          'Everything else in your list looks right.\n\n'
          'Cheers,\n'
          'Daniel\n')
    attr = gmail_attr(T('2025-03-05 14:27:40').astimezone(GMT), 'Amazon Web Services <%s>' % AWS_FORM)
    txt = A3 + '\n' + attr + '\n\n' + quote(A2 + aws_form_footer(CASE_A))
    htm = gmail_html(A3, attr, t2h(A2))
    body = multi('alternative', [tpart(txt, cte='quoted-printable', quoted=True),
                                 tpart(htm, 'html', cte='quoted-printable', quoted=True)], b_gmail())
    h = gmail_sent(DAN_H, '"Amazon Web Services" <%s>' % AWS_FORM, d, 'Re: RE:' + A_SUBJ,
                   irt=ses_mid(A_SID[2]), refs=ses_mid(A_SID[2]))
    emit('sent-daniel-please-reverse', h, body, 'unrelated', CASE_A, A3, None, 'en')

    # 4 ------------------------------------------------ revised confirmation request
    d = T('2025-03-06 10:05:02')
    sid = ses_id(d); A_SID[4] = sid
    A4 = ('Hello Daniel,\n\n'
          'Thank you for letting us know - no problem at all. I have updated your request as follows, please '
          'review:\n\n'
          'Account to be kept (primary): AWS11830562 (daniel.okafor84@gmail.com)\n'
          'Account to be merged and closed: AWS04417829 (daniel.okafor@brightlane.io)\n\n'
          'All certifications, exam history and benefits currently on AWS04417829 will be moved to AWS11830562. '
          'Once processed this cannot be undone, so please check the account numbers carefully.\n\n'
          'If everything above is correct, just reply "Confirmed" to this email and we will take care of the rest.\n\n'
          'Kind regards,\n'
          'Mei L.\n'
          'AWS Training & Certification Customer Support')
    hist = ('\n\n---------- Previous correspondence ----------\n'
            'From: %s\nSent: 3/5/2025 6:40 PM\n\n%s' % (DAN, A3))
    txt = A4 + hist + aws_form_footer(CASE_A)
    htm = aws_html_wrap(t2h(A4) + '<div style="border-top:1px solid #ccc;margin-top:16px;padding-top:8px;color:#555;">'
                        '<p><b>From:</b> %s<br><b>Sent:</b> 3/5/2025 6:40 PM</p>%s</div>' % (DAN, t2h(A3)))
    body = multi('alternative', [tpart(txt), tpart(htm, 'html')], b_java())
    h = aws_headers('gmail', DAN, DAN, d, AWS_FORM_H, 'RE:' + A_SUBJ, sid)
    emit('revised-direction-confirm-please', h, body, 'merge_confirmation_requested', CASE_A, A4, True, 'en')

    # 5 ------------------------------------------------ SENT: confirmed
    d = T('2025-03-06 12:31:55', GMT)
    A5 = ('Confirmed - AWS11830562 stays and AWS04417829 gets merged into it. Please go ahead.\n\n'
          'Thanks Mei!\n'
          'Daniel\n')
    attr = gmail_attr(T('2025-03-06 10:05:02').astimezone(GMT), 'Amazon Web Services <%s>' % AWS_FORM)
    txt = A5 + '\n' + attr + '\n\n' + quote(A4 + hist)
    htm = gmail_html(A5, attr, t2h(A4) + '<div>%s</div>' % t2h(A3))
    body = multi('alternative', [tpart(txt, cte='7bit', quoted=True), tpart(htm, 'html', quoted=True)], b_gmail())
    h = gmail_sent(DAN_H, '"Amazon Web Services" <%s>' % AWS_FORM, d, 'Re: RE:' + A_SUBJ,
                   irt=ses_mid(A_SID[4]), refs='%s\n %s' % (ses_mid(A_SID[2]), ses_mid(A_SID[4])))
    emit('sent-daniel-confirmed', h, body, 'unrelated', CASE_A, A5, None, 'en')

    # 6 ------------------------------------------------ thanks, will proceed
    d = T('2025-03-06 16:48:21')
    sid = ses_id(d)
    A6 = ('Hello Daniel,\n\n'
          'Thank you for confirming. We will now go ahead with the request.\n\n'
          'This usually takes between one and three business days. Once the merge is complete you will receive a '
          'confirmation from us, and you may need to sign in again to the AWS Certification account portal. No '
          'further action is needed from you at this time.\n\n'
          'Best regards,\n'
          'Mei L.\n'
          'AWS Training & Certification Customer Support')
    txt = A6 + aws_form_footer(CASE_A)
    htm = aws_html_wrap(t2h(A6))
    body = multi('alternative', [tpart(txt), tpart(htm, 'html')], b_java())
    h = aws_headers('gmail', DAN, DAN, d, AWS_FORM_H, 'RE:' + A_SUBJ, sid)
    emit('thanks-for-confirming-proceeding', h, body, 'support_reply', CASE_A, A6, True, 'en')

    # 7 ------------------------------------------------ completed (paraphrased)
    d = T('2025-03-07 21:10:44')
    sid = ses_id(d)
    A7 = ('Hello Daniel,\n\n'
          'Good news: your two AWS Certification profiles have now been combined into one. Everything that was '
          'held on the former account (the one registered to your Brightlane address) - certifications, exam '
          'history and your 50% exam voucher - now sits under AWS11830562, and you can sign in with '
          'daniel.okafor84@gmail.com as usual.\n\n'
          'Your digital badges will be re-issued to the email address on file; please allow up to 72 hours for '
          'them to arrive from Credly.\n\n'
          'Best regards,\n'
          'Mei L.\n'
          'AWS Training & Certification Customer Support')
    txt = A7 + aws_form_footer(CASE_A)
    htm = aws_html_wrap(t2h(A7))
    body = multi('alternative', [tpart(txt), tpart(htm, 'html')], b_java())
    h = aws_headers('gmail', DAN, DAN, d, AWS_FORM_H, 'RE:' + A_SUBJ, sid)
    emit('profiles-combined', h, body, 'merge_completed', CASE_A, A7, True, 'en')

    # 8 ------------------------------------------------ closure + survey (html only)
    d = T('2025-03-07 21:12:03')
    sid = ses_id(d)
    A8 = ('Hello,\n\nYour case %s has been marked as resolved.\n\n'
          'Was your issue resolved?\nYES / NO\n\n'
          'How would you rate the support you received from Mei L.?\n1 2 3 4 5\n\n'
          'Your feedback helps us improve AWS Training and Certification support. This survey takes less than a minute.\n'
          % CASE_A)
    inner = ('<p>Hello,</p><p>Your case <b>%s</b> has been marked as resolved.</p>'
             '<p style="font-size:16px;"><b>Was your issue resolved?</b></p>'
             '<p><a href="https://survey.aws-tc.amazon.com/s/%s?caseId=%s&amp;r=yes" style="background:#ff9900;color:#000;padding:8px 18px;text-decoration:none;">YES</a>&nbsp;&nbsp;'
             '<a href="https://survey.aws-tc.amazon.com/s/%s?caseId=%s&amp;r=no" style="background:#eaeded;color:#000;padding:8px 18px;text-decoration:none;">NO</a></p>'
             '<p>How would you rate the support you received from Mei L.?</p><p>'
             % (CASE_A, rhex(12), CASE_A, rhex(12), CASE_A))
    inner += ''.join('<a href="https://survey.aws-tc.amazon.com/r?caseId=%s&amp;score=%d" style="padding:4px 10px;border:1px solid #aab7b8;text-decoration:none;color:#16191f;">%d</a> ' % (CASE_A, i, i) for i in range(1, 6))
    inner += '</p><p style="font-size:12px;color:#687078;">Your feedback helps us improve AWS Training and Certification support. This survey takes less than a minute.</p>'
    body = tpart(aws_html_wrap(inner, 'How did we do?'), 'html', cte='quoted-printable')
    h = aws_headers('gmail', DAN, DAN, d, AWS_FORM_H, 'Your case %s has been resolved - how did we do?' % CASE_A, sid)
    emit('case-resolved-rate-us', h, body, 'survey', CASE_A, A8, True, 'en')


# ---------------------------------------------------------------- Credly
CREDLY_IPS = ['149.72.154.87', '149.72.123.24', '167.89.101.2', '149.72.40.115']

def credly_headers(prov, to, to_hdr, d, subject, from_name='Amazon Web Services Training and Certification via Credly',
                   from_addr='admin@credly.com', dom='credly.com'):
    ip = R.choice(CREDLY_IPS)
    host = 'o%d.ptr%d.%s' % (R.randint(1, 40), R.randint(1000, 9999), 'em.' + dom)
    mailfrom = 'bounces+%d-%s-%s@em%d.%s' % (R.randint(1000000, 9999999), rhex(4), to.replace('@', '='), R.randint(1000, 9999), dom)
    a = A([(dom, 's1', 'pass'), ('sendgrid.info', 'smtpapi', 'pass')], mailfrom, ip, host, dom, policy='NONE')
    if prov == 'outlook':
        h = recv_outlook(to, a, d); h.insert(0, ('Return-Path', mailfrom))
    else:
        h = RECV[prov](to, a, d)
    h += [('DKIM-Signature', dkim(dom, 's1', 'mime-version:subject:from:to:cc:content-type:from:subject:to:list-unsubscribe:list-unsubscribe-post', d)),
          ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', 'from:subject:to:cc:content-type:from:subject:to:list-unsubscribe:list-unsubscribe-post:x-feedback-id', d)),
          ('Content-Transfer-Encoding', None),
          ('Date', rfc(d.astimezone(UTC)).replace('-0000', '+0000')),
          ('From', addr(from_name, from_addr)),
          ('Mime-Version', '1.0'),
          ('To', to_hdr),
          ('Message-ID', '<%s@geopod-ismtpd-%d>' % (ralnum(22), R.randint(1, 40))),
          ('Subject', enc_subj(subject)),
          ('List-Unsubscribe', '<https://www.credly.com/notification_preferences/unsubscribe?token=%s>' % rhex(32)),
          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
          ('__MIME__', None),
          ('X-SG-EID', 'u001.' + ralnum(40)),
          ('X-SG-ID', 'u001.SdBcvi+Evd/bQef8eZF3BvTNk1fxK' + ralnum(40)),
          ('X-Feedback-ID', '%d:SG' % R.randint(1000000, 9999999)),
          ('X-Entity-ID', 'u001.' + ralnum(22))]
    return [x for x in h if x[1] is not None]

def credly_badge_html(first, badge, lead, button='Accept your badge', extra=''):
    bid = '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>Credly</title></head><body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif;">'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">'
            '<tr><td style="padding:24px;text-align:center;"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></td></tr>'
            '<tr><td style="padding:0 40px;font-size:16px;color:#333;line-height:24px;">'
            '<p>Hi %s,</p><p>%s</p>'
            '<p style="text-align:center;"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s"></p>'
            '<p style="text-align:center;font-size:20px;font-weight:bold;">%s</p>'
            '<p style="text-align:center;"><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold;">%s</a></p>'
            '%s'
            '<p style="font-size:13px;color:#777;">Accepting your badge lets you share it on LinkedIn, add it to your email signature, and more. '
            'Your badge was issued by Amazon Web Services Training and Certification.</p>'
            '</td></tr><tr><td style="padding:24px 40px;font-size:11px;color:#999;border-top:1px solid #eee;">'
            'Credly, Inc. | 1 Sansome Street, Suite 3500, San Francisco, CA 94104<br>'
            '<a href="https://www.credly.com/notification_preferences" style="color:#999;">Notification preferences</a> | '
            '<a href="https://www.credly.com/privacy" style="color:#999;">Privacy policy</a></td></tr></table></td></tr></table></body></html>\n'
            % (esc(first), lead, bid, esc(badge), esc(badge), bid, esc(button), extra))

# ====================================================================== CASE A (continued)
@case
def case_a_credly():
    d = T('2025-03-09 03:22:17')
    badge = 'AWS Certified Solutions Architect \u2013 Associate'
    lead = ('Amazon Web Services Training and Certification has issued you a badge. It was previously held on another '
            'account of yours and has now been moved to this email address.')
    txt = ('Hi Daniel,\n\n%s\n\n%s\n\nAccept your badge: https://www.credly.com/earner/earned/badge/...\n' % (lead, badge))
    body = multi('alternative', [tpart(txt, cte='quoted-printable'),
                                 tpart(credly_badge_html('Daniel', badge, lead), 'html', cte='quoted-printable')],
                 rhex(64))
    h = credly_headers('gmail', DAN, DAN, d, 'Daniel, accept your AWS Certified Solutions Architect \u2013 Associate badge')
    emit('credly-saa-badge-moved', h, body, 'credly_badge_issued', None, txt, True, 'en')


# ---------------------------------------------------------------- Thunderbird sent
def tb_sent(frm, to, d, subject, irt=None, refs=None, lang='ja', subj_cs='iso-2022-jp', ua=None):
    h = [('Message-ID', '<%s-%s-%s-%s-%s@%s>' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), frm.split('@')[-1].rstrip('>'))),
         ('Date', rfc(d)),
         ('MIME-Version', '1.0'),
         ('User-Agent', ua or 'Mozilla Thunderbird'),
         ('Subject', enc_subj(subject, subj_cs)),
         ('Content-Language', lang),
         ('To', to)]
    if refs:
        h.append(('References', refs))
    h.append(('From', frm))
    if irt:
        h.append(('In-Reply-To', irt))
    h.append(('__MIME__', None))
    return h

# ====================================================================== CASE B
# Sato Misaki, nifty.com, Japanese form desk, 15-digit case; detour: support asks for the other ID
MIS = 'misaki.sato@nifty.com'
MIS_H = addr('佐藤 美咲', MIS, 'iso-2022-jp')
B_OPEN = T('2025-05-27 23:02:11')
CASE_B = cid15(B_OPEN, 347)
B_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_B
B_SID = {}
JP_SIG = '小林\nAWS トレーニングと認定 カスタマーサポート\nAmazon Web Services'

def jp_footer(case):
    return ('\n\n――――――――――――――――――――\n'
            '本メールにご返信いただく際は、件名のケース番号 [CASE %s] を変更しないでください。\n'
            'サポートの品質向上のため、本メール末尾のリンクより今回の対応についての評価にご協力ください。\n'
            'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。\n'
            'Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n' % case)

@case
def case_b():
    # ack (japanese subject, encoded-word, folded)
    d = B_OPEN + timedelta(seconds=24)
    sid = ses_id(d); B_SID[1] = sid
    t = ('お問い合わせいただきありがとうございます。\n'
         'AWS トレーニングと認定 カスタマーサポートです。\n\n'
         '本メールはシステムより自動送信しております。お問い合わせを受け付け、ケース番号 %s を発行いたしました。\n\n'
         '担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。追加の情報がございましたら、'
         '件名のケース番号を変更せずに本メールへご返信ください。\n\n'
         'なお、同じ内容のお問い合わせを重ねてお送りいただきますと、かえってご回答が遅れる場合がございます。'
         'あらかじめご了承ください。\n\n'
         'AWS トレーニングと認定 カスタマーサポート\n' % CASE_B)
    htm = aws_html_wrap(t2h(t), 'お問い合わせを受け付けました')
    body = multi('alternative', [tpart(t, cte='base64'), tpart(htm, 'html', cte='base64')], b_java())
    subj = '【AWS トレーニングと認定】お問い合わせを受け付けました（ケース番号：%s）' % CASE_B
    h = aws_headers('nifty', MIS, MIS, d, AWS_FORM_H, subj, sid)
    emit('ack-ja-uketsuke', h, body, 'case_created', CASE_B, t, True, 'ja')

    # support asks for the other candidate ID
    d = T('2025-05-28 06:15:40')
    sid = ses_id(d); B_SID[2] = sid
    B2 = ('佐藤 美咲 様\n\n'
          'AWS トレーニングと認定 カスタマーサポートの小林でございます。\n'
          'この度はアカウント統合のご依頼をいただき、誠にありがとうございます。\n\n'
          'お問い合わせフォームにご記入いただいた候補者 ID（AWS37720915）は確認できましたが、'
          '統合の対象となるもう一方のアカウントを特定することができませんでした。\n\n'
          '恐れ入りますが、以下の情報を本メールへのご返信にてお知らせいただけますでしょうか。\n\n'
          '1. もう一方のアカウントの AWS 候補者 ID（「AWS」から始まる 8 桁の番号）\n'
          '2. それぞれのアカウントのログイン用メールアドレス\n'
          '3. 統合後に残すアカウント（どちらのアカウントを今後ご利用になるか）\n\n'
          '候補者 ID は、AWS 認定アカウントにサインイン後、画面右上のプロフィールからご確認いただけます。\n\n'
          'お手数をおかけいたしますが、何卒よろしくお願い申し上げます。\n\n' + JP_SIG)
    txt = B2 + jp_footer(CASE_B)
    htm = aws_html_wrap(t2h(txt))
    body = multi('alternative', [tpart(txt, cte='base64'), tpart(htm, 'html', cte='base64')], b_java())
    h = aws_headers('nifty', MIS, MIS, d, AWS_FORM_H, 'RE:' + B_SUBJ, sid)
    emit('ja-asks-other-candidate-id', h, body, 'support_reply', CASE_B, B2, True, 'ja')

    # SENT (Thunderbird, ISO-2022-JP): gives ids
    d = T('2025-05-28 21:40:33', JST)
    B3 = ('小林様\n\n'
          'ご連絡ありがとうございます。佐藤です。\n'
          'ご依頼の件、以下のとおりお知らせいたします。\n\n'
          '1. もう一方の候補者ID：aws20518374\n'
          '   （2019年に前職の会社アドレスで登録したものです）\n'
          '2. ログインメールアドレス\n'
          '   ・aws20518374：m-sato@tohoku-densetsu.co.jp（現在は使用できません）\n'
          '   ・AWS37720915：misaki.sato@nifty.com\n'
          '3. 残したいアカウント：AWS37720915（現在のメールアドレスのもの）\n\n'
          'お手数をおかけしますが、どうぞよろしくお願いいたします。\n\n'
          '-- \n佐藤 美咲\nmisaki.sato@nifty.com\n')
    qd = T('2025-05-28 06:15:40').astimezone(JST)
    attr = '%s に Amazon Web Services さんは書きました:' % qd.strftime('%Y/%m/%d %H:%M')
    txt = B3 + '\n' + attr + '\n' + quote(B2)
    body = tpart(txt, cs='iso-2022-jp', cte='7bit', extra_params={'format': 'flowed', 'delsp': 'yes'})
    h = tb_sent(MIS_H, AWS_FORM_H, d, 'Re: RE:' + B_SUBJ, irt=ses_mid(B_SID[2]), refs=ses_mid(B_SID[2]))
    emit('sent-misaki-ids-tb-jis', h, body, 'unrelated', CASE_B, B3, None, 'ja')

    # confirmation request (ja)
    d = T('2025-05-29 02:30:09')
    sid = ses_id(d); B_SID[4] = sid
    B4 = ('佐藤 美咲 様\n\n'
          'AWS トレーニングと認定 カスタマーサポートの小林でございます。\n'
          'ご返信いただき、誠にありがとうございます。\n\n'
          'いただいた情報をもとに確認いたしましたところ、以下の 2 つのアカウントがお客様ご本人のものであることを確認いたしました。\n\n'
          '■ 統合後に残るアカウント（統合先）\n'
          '　AWS37720915（misaki.sato@nifty.com）\n'
          '■ 統合されるアカウント（統合元）\n'
          '　AWS20518374（m-sato@tohoku-densetsu.co.jp）\n\n'
          '統合により、AWS20518374 に登録されている認定資格、受験履歴および特典は AWS37720915 へ移行され、'
          'AWS20518374 はご利用いただけなくなります。なお、一度統合を実施いたしますと元に戻すことはできませんので、'
          'あらかじめご了承ください。\n\n'
          '上記の内容でお間違いがなければ、本メールにご返信いただき、統合の実施についてご承認いただけますでしょうか。'
          'ご返信を確認次第、手続きを進めさせていただきます。\n\n'
          '何卒よろしくお願い申し上げます。\n\n' + JP_SIG)
    hist = ('\n\n-----Original Message-----\nFrom: %s\nSent: 2025/05/28 12:40 (UTC)\n\n%s' % (MIS, B3))
    txt = B4 + hist + jp_footer(CASE_B)
    htm = aws_html_wrap(t2h(B4) + '<div style="color:#555;border-top:1px solid #ccc;margin-top:12px;">%s</div>' % t2h(hist))
    body = multi('alternative', [tpart(txt, cte='quoted-printable'), tpart(htm, 'html', cte='base64')], b_java())
    h = aws_headers('nifty', MIS, MIS, d, AWS_FORM_H, 'RE:' + B_SUBJ, sid)
    emit('ja-kakunin-onegai', h, body, 'merge_confirmation_requested', CASE_B, B4, True, 'ja')

    # SENT confirm (ja + english line), nested quote
    d = T('2025-05-29 12:05:47', JST)
    B5 = ('小林様\n\n'
          'ご確認いただきありがとうございます。\n'
          '記載の内容で間違いございません。統合を進めてください。\n\n'
          'The details are correct. Please proceed with the merge.\n\n'
          '佐藤\n')
    qd = T('2025-05-29 02:30:09').astimezone(JST)
    attr = '%s に Amazon Web Services さんは書きました:' % qd.strftime('%Y/%m/%d %H:%M')
    txt = B5 + '\n' + attr + '\n' + quote(B4 + hist)
    body = tpart(txt, cs='iso-2022-jp', cte='7bit', extra_params={'format': 'flowed', 'delsp': 'yes'})
    h = tb_sent(MIS_H, AWS_FORM_H, d, 'Re: RE:' + B_SUBJ, irt=ses_mid(B_SID[4]),
                refs='%s\n %s' % (ses_mid(B_SID[2]), ses_mid(B_SID[4])))
    emit('sent-misaki-shounin', h, body, 'unrelated', CASE_B, B5, None, 'ja')

    # completed (ja), utf-8 QP
    d = T('2025-05-30 08:42:51')
    sid = ses_id(d)
    B6 = ('佐藤 美咲 様\n\n'
          'AWS トレーニングと認定 カスタマーサポートの小林でございます。\n\n'
          '大変お待たせいたしました。ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告いたします。\n'
          '今後は AWS37720915（misaki.sato@nifty.com）にて認定アカウントへサインインしていただけます。\n\n'
          '旧アカウントでお持ちだった認定資格が統合後のアカウントに表示されていることを、念のためご確認ください。'
          'Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。\n\n'
          'このたびはお問い合わせいただき、誠にありがとうございました。\n\n' + JP_SIG)
    txt = B6 + jp_footer(CASE_B)
    htm = aws_html_wrap(t2h(txt))
    body = multi('alternative', [tpart(txt, cte='quoted-printable'), tpart(htm, 'html', cte='quoted-printable')], b_java())
    h = aws_headers('nifty', MIS, MIS, d, AWS_FORM_H, 'RE:' + B_SUBJ, sid)
    emit('ja-tougou-kanryou', h, body, 'merge_completed', CASE_B, B6, True, 'ja')

    # survey (ja), html only
    d = T('2025-05-30 08:44:02')
    sid = ses_id(d)
    B7 = ('ケース %s はクローズされました。\n'
          '問題は解決しましたか？ はい / いいえ\n'
          '担当者（小林）の対応を 5 段階で評価してください。\n'
          'アンケートへのご協力をお願いいたします。所要時間は 1 分程度です。\n' % CASE_B)
    inner = ('<p>AWS トレーニングと認定をご利用いただき、ありがとうございます。</p>'
             '<p>ケース <b>%s</b> はクローズされました。</p>'
             '<p><b>問題は解決しましたか？</b></p><p>'
             '<a href="https://survey.aws-tc.amazon.com/s/%s?caseId=%s&amp;lang=ja&amp;r=yes" style="background:#ff9900;color:#000;padding:8px 18px;text-decoration:none;">はい</a>&nbsp;'
             '<a href="https://survey.aws-tc.amazon.com/s/%s?caseId=%s&amp;lang=ja&amp;r=no" style="background:#eaeded;color:#000;padding:8px 18px;text-decoration:none;">いいえ</a></p>'
             '<p>担当者（小林）の対応を 5 段階で評価してください。</p>'
             '<p>アンケートへのご協力をお願いいたします。所要時間は 1 分程度です。</p>'
             % (CASE_B, rhex(12), CASE_B, rhex(12), CASE_B))
    body = tpart(aws_html_wrap(inner, 'アンケートのお願い'), 'html', cte='base64')
    h = aws_headers('nifty', MIS, MIS, d, AWS_FORM_H, 'ケース %s に関するアンケートのお願い' % CASE_B, sid)
    emit('ja-anketo', h, body, 'survey', CASE_B, B7, True, 'ja')


# ---------------------------------------------------------------- Outlook desktop sent
def outlook_mid(pfx='PH0PR11MB', region='namprd11'):
    srv = '%s%d' % (pfx, R.randint(1000, 9999))
    return '<%s%s%s@%s.%s.prod.outlook.com>' % (srv, ralnum(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), '', srv, region)

def outlook_sent(frm, to, d, subject, irt=None, refs=None, lang='en-US', topic=None, pfx='PH0PR11MB', region='namprd11',
                 subj_cs='utf-8'):
    h = [('From', frm), ('To', to), ('Subject', enc_subj(subject, subj_cs)),
         ('Thread-Topic', enc_subj(topic or subject, subj_cs)),
         ('Thread-Index', 'A' + rb64(30).rstrip('=') + '=='),
         ('Date', rfc(d)), ('Message-ID', outlook_mid(pfx, region))]
    if refs:
        h.append(('References', refs))
    if irt:
        h.append(('In-Reply-To', irt))
    h += [('Accept-Language', lang), ('Content-Language', lang), ('X-MS-Has-Attach', ''),
          ('X-MS-TNEF-Correlator', ''), ('msip_labels', ''), ('__MIME__', None), ('MIME-Version', '1.0')]
    return h

def ol_date(d):
    return '%s, %s %d, %d %d:%s %s' % (d.strftime('%A'), d.strftime('%B'), d.day, d.year,
                                        int(d.strftime('%I')), d.strftime('%M'), d.strftime('%p'))

def ol_block(frm, d, to, subject, cc=None):
    b = '________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, ol_date(d), to)
    if cc:
        b += 'Cc: %s\n' % cc
    return b + 'Subject: %s\n\n' % subject

def ol_block_desktop(frm, d, to, subject):
    return 'From: %s\nSent: %s\nTo: %s\nSubject: %s\n\n' % (frm, ol_date(d), to, subject)

def outlook_html(new, blocks):
    """blocks: list of (header_dict_text, body_text) for quoted history"""
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
           '/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
           'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
           '--></style></head><body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
           '<div class="WordSection1">']
    for l in new.rstrip('\n').split('\n'):
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l.strip() else '&nbsp;'))
    for hdr, body in blocks:
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                   '<p class="MsoNormal">%s<o:p></o:p></p></div>' % '<br>'.join(
                       '<b>%s</b>%s' % (esc(x.split(':', 1)[0] + ':'), esc(x.split(':', 1)[1])) for x in hdr.strip().split('\n') if ':' in x))
        for l in body.rstrip('\n').split('\n'):
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l.strip() else '&nbsp;'))
    out.append('</div></body></html>')
    return '\n'.join(out) + '\n'

def console_footer(case):
    return ('\n\nWe value your feedback. Please share your experience by rating this and other correspondences in '
            'the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner '
            'of the correspondence.\n\n'
            '%%s\n\n'
            'To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
            '(If you are connecting by federation, log in before following the link.)\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n'
            'To update your case, please use the URL above.\n' % case)

AWS_NR_H = '"Amazon Web Services" <%s>' % AWS_NOREPLY

# ====================================================================== CASE C
# Marcus Lindqvist, outlook.com, console case (11 digits, 2023); detour: merge reported done, failed, redone
MARC = 'marcus.lindqvist@outlook.com'
CASE_C = '12873460291'
C_TOPIC = 'Merge two AWS Certification accounts'

@case
def case_c():
    # console ack
    d = T('2023-06-12 07:48:20')
    sid = ses_id(d)
    corr = ('Hello,\n'
            'I have two AWS Certification accounts and would like them merged into one. My main account is '
            'AWS55012398 (marcus.lindqvist@outlook.com). A second account, AWS60873214, was created by mistake '
            'when I booked my Developer Associate exam through my employer (m.lindqvist@nordvik-logistics.se).\n'
            'Please keep AWS55012398.\nThanks, Marcus')
    t = ('Dear AWS Customer,\n\n'
         'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
         'The details of your case are as follows:\n\n'
         'Case ID: %s\n'
         'Subject: %s\n'
         'Severity: General guidance\n'
         'Correspondence: %s\n\n'
         'We will respond to your case as soon as possible. You can view and update your case in the AWS Support '
         'Center:\n\nhttps://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
         '(If you are connecting by federation, log in before following the link.)\n\n'
         'Sincerely,\nAmazon Web Services\n\n'
         '*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n'
         'To update your case, please use the URL above.\n' % (CASE_C, CASE_C, C_TOPIC, corr, CASE_C))
    htm = aws_html_wrap(t2h(t))
    body = multi('alternative', [tpart(t, cte='quoted-printable'), tpart(htm, 'html', cte='quoted-printable')], b_java())
    h = aws_headers('outlook', MARC, MARC, d, AWS_NR_H,
                    'Amazon Web Services: You have opened a new Support case: %s' % CASE_C, sid)
    emit('console-case-opened-marcus', h, body, 'case_created', CASE_C, t, True, 'en')

    # confirmation request, html only
    d = T('2023-06-13 10:02:51')
    sid = ses_id(d)
    C2 = ('Hello Marcus,\n\n'
          'My name is Tomasz and I will be assisting you with your request today.\n\n'
          'I was able to locate both accounts. Before we go ahead, please verify the details below:\n\n'
          'Primary account (will be retained): AWS55012398 - marcus.lindqvist@outlook.com\n'
          'Secondary account (will be merged into the primary and then closed): AWS60873214 - m.lindqvist@nordvik-logistics.se\n\n'
          'After the merge, all certifications and exam records will appear under the primary account only. '
          'Please be aware that this operation is irreversible.\n\n'
          'If this is correct, please reply to this case in the Support Center with your confirmation and we '
          'will submit the request.\n\n'
          'Best regards,\n\nTomasz K.\nAmazon Web Services')
    t = C2 + (console_footer(CASE_C) % 'Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://repost.aws/knowledge-center?icmpid=support_email_category')
    body = tpart(aws_html_wrap(t2h(t)), 'html', cte='quoted-printable')
    h = aws_headers('outlook', MARC, MARC, d, AWS_NR_H, 'RE:[CASE %s] %s' % (CASE_C, C_TOPIC), sid)
    emit('console-please-verify-primary', h, body, 'merge_confirmation_requested', CASE_C, C2, True, 'en')

    # new correspondence notice (content-free)
    d = T('2023-06-13 16:20:05')
    sid = ses_id(d)
    t = ('Hello,\n\n'
         'Amazon Web Services has added a new correspondence to your support case %s.\n\n'
         'Case subject: %s\n\n'
         'To view the correspondence and respond, sign in to the AWS Support Center:\n'
         'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
         'Sincerely,\nAmazon Web Services\n\n'
         '*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n' % (CASE_C, C_TOPIC, CASE_C))
    body = multi('alternative', [tpart(t, cte='7bit', declared='us-ascii'), tpart(aws_html_wrap(t2h(t)), 'html', cte='quoted-printable')], b_java())
    h = aws_headers('outlook', MARC, MARC, d, AWS_NR_H, '[Case %s] New correspondence added' % CASE_C, sid)
    emit('console-new-correspondence', h, body, 'support_reply', CASE_C, t, True, 'en')

    # completed (first, later found incomplete)
    d = T('2023-06-15 08:31:40')
    sid = ses_id(d)
    C4 = ('Hello Marcus,\n\n'
          'Thank you for your confirmation.\n\n'
          'I am happy to let you know that the merge of AWS60873214 into AWS55012398 has been completed. Going '
          'forward please sign in with marcus.lindqvist@outlook.com; the secondary account is no longer active.\n\n'
          'It may take a few hours for all of your certifications to show in the portal.\n\n'
          'Best regards,\n\nTomasz K.\nAmazon Web Services')
    t = C4 + (console_footer(CASE_C) % '')
    body = tpart(aws_html_wrap(t2h(t)), 'html', cte='base64')
    h = aws_headers('outlook', MARC, MARC, d, AWS_NR_H, 'RE:[CASE %s] %s' % (CASE_C, C_TOPIC), sid)
    emit('console-merge-done-first-attempt', h, body, 'merge_completed', CASE_C, C4, True, 'en')

    # merge did not go through, re-running
    d = T('2023-06-19 12:14:27')
    sid = ses_id(d)
    C5 = ('Hello Marcus,\n\n'
          'Thank you for your patience, and for letting us know that your AWS Certified Developer - Associate '
          'is not showing on AWS55012398.\n\n'
          'I checked this with our back-end team. Unfortunately the merge I reported as completed on 15 June did '
          'not go through fully: the exam history from AWS60873214 was not carried over and that account is still '
          'active. I am sorry for the confusion this has caused.\n\n'
          'We have resubmitted the request with a higher priority. You do not need to do anything in the '
          'meantime - I will update this case as soon as the records are in place.\n\n'
          'Best regards,\n\nTomasz K.\nAmazon Web Services')
    t = C5 + (console_footer(CASE_C) % '')
    htm = aws_html_wrap(t2h(t))
    body = multi('alternative', [tpart(t), tpart(htm, 'html')], b_java())
    h = aws_headers('outlook', MARC, MARC, d, AWS_NR_H, 'RE:[CASE %s] %s' % (CASE_C, C_TOPIC), sid)
    emit('console-merge-failed-resubmitted', h, body, 'support_reply', CASE_C, C5, True, 'en')

    # completed for real
    d = T('2023-06-21 09:47:03')
    sid = ses_id(d)
    C6 = ('Hello Marcus,\n\n'
          'Quick update on your case: the second attempt went through this morning. I verified the result '
          'myself - AWS55012398 now lists all four of your certifications, including Developer - Associate, and '
          'AWS60873214 has been deactivated.\n\n'
          'Could you please sign out and back in to the certification portal and let me know in the case if '
          'anything still looks off? Otherwise no reply is needed.\n\n'
          'Best regards,\n\nTomasz K.\nAmazon Web Services')
    t = C6 + (console_footer(CASE_C) % '')
    body = tpart(aws_html_wrap(t2h(t)), 'html', cte='quoted-printable')
    h = aws_headers('outlook', MARC, MARC, d, AWS_NR_H, 'RE:[CASE %s] %s' % (CASE_C, C_TOPIC), sid)
    emit('console-second-attempt-went-through', h, body, 'merge_completed', CASE_C, C6, True, 'en')

    # resolved + rate
    d = T('2023-06-24 10:00:12')
    sid = ses_id(d)
    t = ('Dear AWS Customer,\n\n'
         'Your support case %s ("%s") has been resolved. If you need more help with this issue, you can reopen '
         'the case within 14 days from the AWS Support Center.\n\n'
         'How would you rate your experience with AWS Support on this case?\n'
         'Excellent | Good | Fair | Poor\n\n'
         'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
         'Sincerely,\nAmazon Web Services\n' % (CASE_C, C_TOPIC, CASE_C))
    inner = t2h(t).replace('Excellent | Good | Fair | Poor', ' '.join(
        '<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=%d" style="padding:6px 12px;border:1px solid #879596;text-decoration:none;color:#16191f;">%s</a>' % (CASE_C, 4 - i, w)
        for i, w in enumerate(['Excellent', 'Good', 'Fair', 'Poor'])))
    body = multi('alternative', [tpart(t, cte='7bit'), tpart(aws_html_wrap(inner), 'html', cte='quoted-printable')], b_java())
    h = aws_headers('outlook', MARC, MARC, d, AWS_NR_H, 'Amazon Web Services: Your support case %s has been resolved' % CASE_C, sid)
    emit('console-case-resolved-rate', h, body, 'survey', CASE_C, t, True, 'en')


# ====================================================================== CASE D
# Priya Raghunathan, corporate O365 (India), form desk, 10-digit case (2020); non-native agent;
# detour: asked which account to keep; badges arrive late (Acclaim)
PRI = 'priya.r@vantara-analytics.com'
PRI_H = 'Priya Raghunathan <%s>' % PRI
CASE_D = '7012458836'
D_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_D
D_SID = {}
SAI_SIG = ('Regards,\nSai Kiran\nAWS Training and Certification\nAmazon Web Services')

@case
def case_d():
    # ack
    d = T('2020-06-08 05:41:09')
    sid = ses_id(d); D_SID[1] = sid
    t = ('Hello,\n\n'
         'Thank you for contacting AWS Training and Certification Customer Support. Your request has been received '
         'and assigned case number %s.\n\n'
         'Our team will respond within 1 business day. Due to a high volume of requests, responses may take '
         'longer than usual.\n\n'
         'Thank you,\nAWS Training and Certification\n' % CASE_D)
    body = multi('alternative', [tpart(t, cte='7bit'), tpart(aws_html_wrap(t2h(t)), 'html')], b_java())
    h = aws_headers('outlook', PRI, PRI, d, AWS_FORM_H, D_SUBJ, sid)
    emit('form-ack-priya-2020', h, body, 'case_created', CASE_D, t, True, 'en')

    # asks which account to keep
    d = T('2020-06-09 11:26:44')
    sid = ses_id(d); D_SID[2] = sid
    D2 = ('Hello Priya,\n\n'
          'Greetings from AWS Training and Certification!\n\n'
          'We have received your request for merging of your certification accounts. In order to proceed further, '
          'kindly provide us below details:\n\n'
          '1. Email id registered on both the accounts\n'
          '2. Which account you would like to keep as primary account\n\n'
          'Once we receive the above details we will be able to assist you further on this.\n\n' + SAI_SIG)
    t = D2 + aws_form_footer(CASE_D)
    body = multi('alternative', [tpart(t), tpart(aws_html_wrap(t2h(t)), 'html')], b_java())
    h = aws_headers('outlook', PRI, PRI, d, AWS_FORM_H, 'RE:' + D_SUBJ, sid)
    emit('which-account-primary-kindly', h, body, 'support_reply', CASE_D, D2, True, 'en')

    # SENT (Outlook desktop): answers
    d = T('2020-06-09 18:02:37', IST)
    D3 = ('Hi Sai Kiran,\n\n'
          'Thanks for getting back. Please find the details below:\n\n'
          'AWS 08163549 - priya.r@vantara-analytics.com  (this one I want to keep as primary)\n'
          'AWS 09274410 - priya.raghunathan88@gmail.com\n\n'
          'The second one I created by mistake when I scheduled my Solutions Architect exam from home.\n\n'
          'Regards,\nPriya Raghunathan\nSenior Data Engineer | Vantara Analytics Pvt. Ltd.\n+91 80 4718 2290\n')
    blk = ol_block_desktop('Amazon Web Services <%s>' % AWS_FORM, T('2020-06-09 11:26:44').astimezone(IST), PRI,
                           'RE:' + D_SUBJ)
    txt = D3 + '\n' + blk + D2 + aws_form_footer(CASE_D)
    htm = outlook_html(D3, [(blk, D2)])
    body = multi('alternative', [tpart(txt, cte='quoted-printable', declared='us-ascii', codec='ascii', quoted=True),
                                 tpart(htm, 'html', cte='quoted-printable', quoted=True)], b_outlook())
    h = outlook_sent(PRI_H, '"Amazon Web Services" <%s>' % AWS_FORM, d, 'RE: RE:' + D_SUBJ,
                     irt=ses_mid(D_SID[2]), refs=ses_mid(D_SID[2]), lang='en-US')
    emit('sent-priya-keep-primary', h, body, 'unrelated', CASE_D, D3, None, 'en')

    # confirmation request
    d = T('2020-06-10 09:13:58')
    sid = ses_id(d); D_SID[4] = sid
    D4 = ('Hello Priya,\n\n'
          'Thank you for providing the details.\n\n'
          'As per your request, we will be merging the account AWS09274410 (priya.raghunathan88@gmail.com) into '
          'your primary account AWS08163549 (priya.r@vantara-analytics.com). All the certifications from '
          'AWS09274410 will be moved to AWS08163549.\n\n'
          'Please note that once the accounts are merged it cannot be reverted back.\n\n'
          'Kindly confirm us on the same so that we can proceed for merging.\n\n' + SAI_SIG)
    t = D4 + '\n\n-----Original Message-----\nFrom: %s\nSent: 6/9/2020 12:32 PM\n\n%s' % (PRI, D3) + aws_form_footer(CASE_D)
    body = multi('alternative', [tpart(t), tpart(aws_html_wrap(t2h(t)), 'html')], b_java())
    h = aws_headers('outlook', PRI, PRI, d, AWS_FORM_H, 'RE:' + D_SUBJ, sid)
    emit('kindly-confirm-merging', h, body, 'merge_confirmation_requested', CASE_D, D4, True, 'en')

    # SENT: confirm, "-----Original Message-----" style
    d = T('2020-06-10 15:47:12', IST)
    D5 = ('Hi Sai Kiran,\n\nYes, confirmed. Please go ahead with the merge.\n\nThanks,\nPriya\n')
    orig = ('-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: %s\nTo: %s\nSubject: RE:%s\n\n'
            % (AWS_FORM, ol_date(T('2020-06-10 09:13:58').astimezone(IST)), PRI, D_SUBJ))
    txt = D5 + '\n' + orig + t
    body = tpart(txt, cte='quoted-printable', declared='us-ascii', codec='ascii', quoted=True)
    h = outlook_sent(PRI_H, '"Amazon Web Services" <%s>' % AWS_FORM, d, 'RE: RE:' + D_SUBJ,
                     irt=ses_mid(D_SID[4]), refs='%s %s' % (ses_mid(D_SID[2]), ses_mid(D_SID[4])))
    emit('sent-priya-yes-confirmed', h, body, 'unrelated', CASE_D, D5, None, 'en')

    # completed + closure + rating in one mail
    d = T('2020-06-11 07:55:30')
    sid = ses_id(d); D_SID[6] = sid
    D6 = ('Hello Priya,\n\n'
          'Thank you for your confirmation.\n\n'
          'We have successfully merged your accounts. AWS08163549 is now your only certification account and '
          'all your certifications are reflecting there. You can login using priya.r@vantara-analytics.com.\n\n'
          'As your concern is resolved we are closing this case from our end. If you have any further queries '
          'please feel free to reach us.\n\n'
          'Please take a moment to rate our support using the link below, your feedback is valuable to us.\n\n'
          + SAI_SIG)
    t = D6 + aws_form_footer(CASE_D)
    body = multi('alternative', [tpart(t), tpart(aws_html_wrap(t2h(t) + '<p><a href="https://aws-tc.secure.force.com/survey?caseNumber=%s">Rate our support</a></p>' % CASE_D), 'html')], b_java())
    h = aws_headers('outlook', PRI, PRI, d, AWS_FORM_H, 'RE:' + D_SUBJ, sid)
    emit('merged-and-closing-case', h, body, 'merge_completed', CASE_D, D6, True, 'en')

    # SENT: badges missing (two weeks later)
    d = T('2020-06-24 10:18:40', IST)
    D7 = ('Hi Sai Kiran,\n\n'
          'The merge looks fine in the certification portal, thank you. However the two badges from the old '
          'account (Cloud Practitioner and Solutions Architect - Associate) are still sitting on Acclaim under my '
          'gmail id and have not appeared for priya.r@vantara-analytics.com. Could you please check?\n\n'
          'Regards,\nPriya\n')
    blk = ol_block_desktop('Amazon Web Services <%s>' % AWS_FORM, T('2020-06-11 07:55:30').astimezone(IST), PRI,
                           'RE:' + D_SUBJ)
    txt = D7 + '\n' + blk + D6 + aws_form_footer(CASE_D)
    htm = outlook_html(D7, [(blk, D6)])
    body = multi('alternative', [tpart(txt, cte='quoted-printable', quoted=True),
                                 tpart(htm, 'html', cte='quoted-printable', quoted=True)], b_outlook())
    h = outlook_sent(PRI_H, '"Amazon Web Services" <%s>' % AWS_FORM, d, 'RE: RE:' + D_SUBJ,
                     irt=ses_mid(D_SID[6]), refs=ses_mid(D_SID[6]))
    emit('sent-priya-badges-missing', h, body, 'unrelated', CASE_D, D7, None, 'en')

    # support: raised with Credly
    d = T('2020-06-25 08:40:05')
    sid = ses_id(d)
    D8 = ('Hello Priya,\n\n'
          'Thank you for writing back to us and sorry for the inconvenience caused.\n\n'
          'We have checked and found that your badges were not transferred to the new email id. We have raised a '
          'request with our badging partner to move the badges to priya.r@vantara-analytics.com. It will take 5-7 '
          'business days, you will receive an email from Acclaim once it is done.\n\n'
          'Request you to kindly wait for the same.\n\n' + SAI_SIG)
    t = D8 + aws_form_footer(CASE_D)
    body = multi('alternative', [tpart(t, cte='base64'), tpart(aws_html_wrap(t2h(t)), 'html', cte='base64')], b_java())
    h = aws_headers('outlook', PRI, PRI, d, AWS_FORM_H, 'RE:' + D_SUBJ, sid)
    emit('raised-badge-request-wait', h, body, 'support_reply', CASE_D, D8, True, 'en')

    # Acclaim badge (late)
    d = T('2020-07-02 16:03:11')
    badge = 'AWS Certified Cloud Practitioner'
    lead = 'Amazon Web Services Training and Certification has issued you a new badge.'
    txt = 'Hi Priya,\n\n%s\n\n%s\n\nAccept your badge\n' % (lead, badge)
    htm = credly_badge_html('Priya', badge, lead).replace('credly.com/earner', 'youracclaim.com/earner').replace(
        'Credly, Inc.', 'Credly, Inc. (Acclaim)')
    body = multi('alternative', [tpart(txt, cte='7bit'), tpart(htm, 'html')], rhex(64))
    h = credly_headers('outlook', PRI, PRI, d, 'Priya, you have earned a badge from Amazon Web Services Training and Certification',
                       from_addr='admin@youracclaim.com', dom='youracclaim.com')
    emit('acclaim-badge-ccp-late', h, body, 'credly_badge_issued', None, txt, True, 'en')


# ====================================================================== CASE E
# Takahashi Kenichi, company O365 (Japan), console case in Japanese, 15-digit (2024);
# detour: name mismatch -> support asks for identity details
KEN = 'k-takahashi@kanto-seimitsu.co.jp'
E_OPEN = T('2024-11-18 01:47:05')
CASE_E = cid15(E_OPEN, 81)
E_TOPIC = '認定アカウントの統合について'
JA_CONSOLE_FOOT = ('\n\nお客様のご意見をお聞かせください。AWS サポートセンターで、このやり取りおよびその他のやり取りを評価してください。'
                   'やり取りの右上隅にある星を選択すると、評価することができます。\n\n'
                   'このケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。\n'
                   'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
                   '※このメールは送信専用アドレスから送信されています。ケースを更新するには、上記の URL をご利用ください。\n')
KEN_SIG = '\n\nよろしくお願いいたします。\n\n山口\nアマゾン ウェブ サービス\nトレーニングと認定 サポート'

@case
def case_e():
    d = E_OPEN + timedelta(seconds=31)
    sid = ses_id(d)
    corr = ('お世話になっております。AWS認定のアカウントが2つあるため統合をお願いします。\n'
            'AWS71240356（k-takahashi@kanto-seimitsu.co.jp）と AWS-68813027（個人のメールアドレスで作成）です。\n'
            '会社のアドレスのアカウントを残したいです。')
    t = ('アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、'
         'ケース %s を作成しました。\n\n'
         'ケースの詳細は次のとおりです。\n\n'
         'ケース ID: %s\n件名: %s\n重要度: 一般的なガイダンス\n通信内容:\n%s\n\n'
         'できるだけ早く回答いたします。AWS サポートセンターでケースの確認や更新を行うことができます。\n'
         'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
         'よろしくお願いいたします。\nアマゾン ウェブ サービス\n\n'
         '※このメールは送信専用アドレスから送信されています。ケースを更新するには、上記の URL をご利用ください。\n'
         % (CASE_E, CASE_E, E_TOPIC, corr, CASE_E))
    body = multi('alternative', [tpart(t, cte='base64'), tpart(aws_html_wrap(t2h(t)), 'html', cte='base64')], b_java())
    h = aws_headers('outlook', KEN, KEN, d, AWS_NR_H,
                    'アマゾン ウェブ サービス: 新しいサポートケースが作成されました: %s' % CASE_E, sid, corp='jp')
    emit('ja-console-case-opened', h, body, 'case_created', CASE_E, t, True, 'ja')

    # identity check
    d = T('2024-11-19 03:12:44')
    sid = ses_id(d)
    E2 = ('高橋 健一 様\n\n'
          'アマゾン ウェブ サービス トレーニングと認定 サポートの山口と申します。\n'
          'お問い合わせいただき、誠にありがとうございます。\n\n'
          'お知らせいただいた 2 つのアカウントを確認いたしましたところ、ご登録氏名が以下のとおり異なっておりました。\n\n'
          '・AWS71240356：高橋 健市\n'
          '・AWS68813027：Kenichi Takahashi\n\n'
          'アカウントの統合は、同一のご本人様のアカウント間でのみ承っております。恐れ入りますが、ご本人確認のため、'
          '以下の点をサポートセンターのケースにてご回答いただけますでしょうか。\n\n'
          '1. それぞれのアカウントで最後に受験された試験名と受験日（おおよそで結構です）\n'
          '2. 公的な身分証明書に記載されている氏名（漢字およびローマ字）\n\n'
          'なお、身分証明書の画像をお送りいただく必要はございません。\n'
          'ご不便をおかけいたしますが、ご協力のほどお願い申し上げます。' + KEN_SIG)
    t = E2 + JA_CONSOLE_FOOT % CASE_E
    body = multi('alternative', [tpart(t, cte='quoted-printable'), tpart(aws_html_wrap(t2h(t)), 'html', cte='base64')], b_java())
    h = aws_headers('outlook', KEN, KEN, d, AWS_NR_H, 'RE:[CASE %s] %s' % (CASE_E, E_TOPIC), sid, corp='jp')
    emit('ja-honnin-kakunin-shimei', h, body, 'support_reply', CASE_E, E2, True, 'ja')

    # confirmation request
    d = T('2024-11-20 05:40:19')
    sid = ses_id(d)
    E3 = ('高橋 健一 様\n\n'
          'いつもお世話になっております。山口でございます。\n'
          'ご回答いただき、ありがとうございます。ご本人様のアカウントであることを確認いたしました。'
          'また、AWS71240356 のご登録氏名の誤り（健市）につきましては、あわせて「高橋 健一」に修正いたします。\n\n'
          '以下の内容で統合を実施いたします。\n\n'
          '　残るアカウント：AWS71240356（k-takahashi@kanto-seimitsu.co.jp）\n'
          '　統合されるアカウント：AWS68813027\n\n'
          '統合後は AWS68813027 の認定資格および受験履歴が AWS71240356 に移行し、AWS68813027 は削除されます。'
          '一度実施した統合は取り消すことができません。\n\n'
          '上記の内容でよろしければ、サポートセンターのケースにて「承認します」とご返信ください。' + KEN_SIG)
    t = E3 + JA_CONSOLE_FOOT % CASE_E
    body = tpart(aws_html_wrap(t2h(t)), 'html', cte='base64')
    h = aws_headers('outlook', KEN, KEN, d, AWS_NR_H, 'RE:[CASE %s] %s' % (CASE_E, E_TOPIC), sid, corp='jp')
    emit('ja-shounin-onegai-console', h, body, 'merge_confirmation_requested', CASE_E, E3, True, 'ja')

    # thanks, starting (boundary)
    d = T('2024-11-21 00:58:33')
    sid = ses_id(d)
    E4 = ('高橋 健一 様\n\n'
          '山口でございます。ご承認いただき、ありがとうございます。\n\n'
          'それでは、統合の手続きを開始いたします。作業の完了までに 2～3 営業日ほどお時間をいただく見込みです。'
          '完了いたしましたら、本ケースにて改めてご連絡いたしますので、今しばらくお待ちください。' + KEN_SIG)
    t = E4 + JA_CONSOLE_FOOT % CASE_E
    body = multi('alternative', [tpart(t, cte='base64'), tpart(aws_html_wrap(t2h(t)), 'html', cte='base64')], b_java())
    h = aws_headers('outlook', KEN, KEN, d, AWS_NR_H, 'RE:[CASE %s] %s' % (CASE_E, E_TOPIC), sid, corp='jp')
    emit('ja-tetsuzuki-kaishi', h, body, 'support_reply', CASE_E, E4, True, 'ja')

    # completed
    d = T('2024-11-22 07:21:50')
    sid = ses_id(d)
    E5 = ('高橋 健一 様\n\n'
          '山口でございます。大変お待たせいたしました。\n\n'
          '2 つの認定アカウントを 1 つにまとめる作業が本日終わりましたので、ご報告いたします。'
          'これまで AWS68813027 に記録されていた認定資格（AWS Certified Cloud Practitioner）も、'
          '現在は AWS71240356 にてご確認いただけます。ご登録氏名も「高橋 健一」に修正済みです。\n\n'
          'お手数ですが、認定アカウントに再度サインインし、内容をご確認いただけますと幸いです。' + KEN_SIG)
    t = E5 + JA_CONSOLE_FOOT % CASE_E
    body = multi('alternative', [tpart(t, cte='quoted-printable'), tpart(aws_html_wrap(t2h(t)), 'html', cte='quoted-printable')], b_java())
    h = aws_headers('outlook', KEN, KEN, d, AWS_NR_H, 'RE:[CASE %s] %s' % (CASE_E, E_TOPIC), sid, corp='jp')
    emit('ja-matome-owarimashita', h, body, 'merge_completed', CASE_E, E5, True, 'ja')

    # SENT: forward to manager (Outlook JP, Shift_JIS), JP header block
    d = T('2024-11-22 17:05:26', JST)
    E6 = ('佐々木部長\n\n'
          'お疲れさまです。高橋です。\n'
          '先日ご相談したAWS認定アカウントの件、下記のとおり会社アドレスのアカウント（AWS71240356）に一本化されました。\n'
          '研修記録の更新をお願いいたします。\n\n'
          '高橋\n')
    blk = ('差出人: Amazon Web Services <%s>\n送信日時: 2024年11月22日 16:21\n宛先: 高橋 健一 <%s>\n件名: RE:[CASE %s] %s\n\n'
           % (AWS_NOREPLY, KEN, CASE_E, E_TOPIC))
    txt = E6 + '\n' + blk + E5 + JA_CONSOLE_FOOT % CASE_E
    txt = txt.replace('～', '〜')
    body = tpart(txt, cs='shift_jis', cte='base64', declared='shift_jis')
    h = outlook_sent(addr('高橋 健一', KEN, 'iso-2022-jp'), addr('佐々木 隆', 'ta-sasaki@kanto-seimitsu.co.jp', 'iso-2022-jp'), d,
                     'FW: RE:[CASE %s] %s' % (CASE_E, E_TOPIC), lang='ja-JP', pfx='TYCPR01MB', region='jpnprd01',
                     subj_cs='iso-2022-jp')
    emit('sent-ken-fw-to-bucho-sjis', h, body, 'unrelated', CASE_E, E6, None, 'ja')

    # resolved + survey
    d = T('2024-11-25 01:00:07')
    sid = ses_id(d)
    t = ('お客様のサポートケース %s（%s）は解決済みになりました。\n\n'
         'このケースで問題は解決しましたか？\nはい | いいえ\n\n'
         'AWS サポートのご対応について、簡単なアンケートにご協力ください。\n'
         'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
         '問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。\n\n'
         'よろしくお願いいたします。\nアマゾン ウェブ サービス\n' % (CASE_E, E_TOPIC, CASE_E))
    body = multi('alternative', [tpart(t, cte='base64'), tpart(aws_html_wrap(t2h(t)), 'html', cte='base64')], b_java())
    h = aws_headers('outlook', KEN, KEN, d, AWS_NR_H,
                    'アマゾン ウェブ サービス: サポートケース %s は解決済みです' % CASE_E, sid, corp='jp')
    emit('ja-console-kaiketsu-anketo', h, body, 'survey', CASE_E, t, True, 'ja')


# ---------------------------------------------------------------- Yahoo sent
def yahoo_sent(frm, to, d, subject, irt=None, refs=None, mailer='WebService/1.1.23187 YMailNorrin'):
    h = [('Date', rfc(d.astimezone(UTC)).replace('-0000', '+0000') + ' (UTC)'),
         ('From', frm), ('To', to),
         ('Message-ID', '<%d.%d.%d@mail.yahoo.com>' % (R.randint(10**8, 10**9), R.randint(10**6, 10**7), int(d.timestamp() * 1000)))]
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', refs))
    h += [('Subject', enc_subj(subject)), ('MIME-Version', '1.0'), ('__MIME__', None), ('X-Mailer', mailer)]
    return h

def yahoo_attr(d, who):
    return 'On %s, %s %d, %d at %s:%s %s GMT-3, %s wrote:' % (
        d.strftime('%A'), d.strftime('%B'), d.day, d.year, d.strftime('%I'), d.strftime('%M:%S'), d.strftime('%p'), who)

def yahoo_html(new, attr, quoted):
    return ('<html><head></head><body><div class="ydp3f9e2c1yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            + ''.join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l.strip() else '<br>') for l in new.rstrip('\n').split('\n'))
            + '</div><div id="ydp%sreplySection" class="yahoo_quoted"><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
              '<div>%s</div><div><br></div><div><br></div><div>%s</div></div></div></body></html>\n' % (rhex(8), esc(attr), t2h(quoted)))

# ====================================================================== CASE F
# Lucas Ferreira, yahoo.com.br, form desk; first case never answered, second case a week later;
# detour: support asks for login e-mail, then a chaser before he confirms
LUC = 'lucas_ferreira@yahoo.com.br'
LUC_H = 'Lucas Ferreira <%s>' % LUC
F1_OPEN = T('2025-01-13 22:05:48')
F2_OPEN = T('2025-01-21 13:40:19')
CASE_F1 = cid15(F1_OPEN, 215)
CASE_F2 = cid15(F2_OPEN, 904)
F_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance'
F_SID = {}
JORGE = 'Best regards,\n\nJorge M.\nAWS Training and Certification Support'

@case
def case_f():
    for i, (op, cs) in enumerate([(F1_OPEN, CASE_F1), (F2_OPEN, CASE_F2)]):
        d = op + timedelta(seconds=22 + i * 9)
        sid = ses_id(d)
        t = ('Hello,\n\n'
             'We have received your inquiry, and case %s has been created for it.\n\n'
             'What happens next: an agent from AWS Training and Certification will review the details you '
             'submitted and contact you by email, typically within one business day.\n\n'
             'To share more details, reply to this email without changing the subject line.\n\n'
             'Thank you,\nAWS Training and Certification\n' % cs)
        htm = aws_html_wrap(t2h(t))
        body = multi('alternative', [tpart(t, cte='quoted-printable'), tpart(htm, 'html', cte='quoted-printable')], b_java())
        h = aws_headers('yahoo', LUC, LUC, d, AWS_FORM_H, F_SUBJ % cs, sid)
        emit('form-ack-lucas-%s' % ('first' if i == 0 else 'second-case'), h, body, 'case_created', cs, t, True, 'en')

    d = T('2025-01-22 09:55:12')
    sid = ses_id(d); F_SID[3] = sid
    F3 = ('Hello Lucas,\n\n'
          'Thank you for contacting AWS Training and Certification, and I am sorry you did not hear back on your '
          'first request. I can see case %s from January 13; our reply on it could not be delivered because no '
          'notification email address was saved with that submission. I have closed that case so that we can '
          'continue here.\n\n'
          'For future requests, please keep to a single case per issue, as opening additional cases for the same '
          'request can slow things down.\n\n'
          'Regarding your request, I was able to find the account AWS50298841 that you mentioned. To locate your '
          'second account, could you please send me the email address you used to sign in to it and, if you have '
          'it, its candidate ID?\n\n' % CASE_F1 + JORGE)
    t = F3 + aws_form_footer(CASE_F2)
    body = multi('alternative', [tpart(t), tpart(aws_html_wrap(t2h(t)), 'html')], b_java())
    h = aws_headers('yahoo', LUC, LUC, d, AWS_FORM_H, 'RE:' + F_SUBJ % CASE_F2, sid)
    emit('duplicate-case-closed-need-login-email', h, body, 'support_reply', CASE_F2, F3, True, 'en')

    # SENT yahoo web
    d = T('2025-01-22 13:20:44', BRT)
    F4 = ('Hi Jorge,\n\n'
          'Thank you for the answer. The other account I think is AWS42177360, it was created with my old job '
          'email lucas.ferreira@ortiz-engenharia.com.br. I dont have access to this email anymore.\n\n'
          'I want to keep AWS50298841 please.\n\n'
          'Obrigado!\nLucas Ferreira\n')
    attr = yahoo_attr(T('2025-01-22 09:55:12').astimezone(BRT), 'Amazon Web Services <%s>' % AWS_FORM)
    txt = F4 + '\n\n    ' + attr + '  \n\n' + '\n'.join(' ' + l for l in t.split('\n')) + '\n'
    body = multi('alternative', [tpart(txt, cte='quoted-printable'), tpart(yahoo_html(F4, attr, t), 'html', cte='quoted-printable')],
                 b_java())
    h = yahoo_sent(LUC_H, 'Amazon Web Services <%s>' % AWS_FORM, d, 'Re: RE:' + F_SUBJ % CASE_F2,
                   irt=ses_mid(F_SID[3]), refs=ses_mid(F_SID[3]))
    emit('sent-lucas-other-account', h, body, 'unrelated', CASE_F2, F4, None, 'en')

    # confirmation request
    d = T('2025-01-23 11:04:37')
    sid = ses_id(d); F_SID[5] = sid
    F5 = ('Hello Lucas,\n\n'
          'Thanks for the information. I found AWS42177360 and verified that it belongs to you. Here is what we '
          'will do:\n\n'
          '- AWS42177360 (lucas.ferreira@ortiz-engenharia.com.br) will be merged into AWS50298841\n'
          '- AWS50298841 (lucas_ferreira@yahoo.com.br) will be kept as your single account\n\n'
          'Your certifications and exam history will be moved over, and AWS42177360 will be closed. This cannot be '
          'undone afterwards.\n\n'
          'Could you please reply to confirm that this is correct?\n\n' + JORGE)
    t = F5 + aws_form_footer(CASE_F2)
    body = multi('alternative', [tpart(t), tpart(aws_html_wrap(t2h(t)), 'html')], b_java())
    h = aws_headers('yahoo', LUC, LUC, d, AWS_FORM_H, 'RE:' + F_SUBJ % CASE_F2, sid)
    emit('lucas-please-confirm-details', h, body, 'merge_confirmation_requested', CASE_F2, F5, True, 'en')

    # chaser
    d = T('2025-01-27 10:30:02')
    sid = ses_id(d); F_SID[6] = sid
    F6 = ('Hello Lucas,\n\n'
          'I am following up on my previous message, as I have not received a response yet.\n\n'
          'To move forward I only need your confirmation of the details I sent you on January 23. If I do not hear '
          'from you within 3 business days, this case will be closed automatically; you can reopen it at any time by '
          'replying to this email.\n\n' + JORGE)
    t = F6 + aws_form_footer(CASE_F2)
    body = multi('alternative', [tpart(t, cte='base64'), tpart(aws_html_wrap(t2h(t)), 'html', cte='base64')], b_java())
    h = aws_headers('yahoo', LUC, LUC, d, AWS_FORM_H, 'RE:' + F_SUBJ % CASE_F2, sid)
    emit('chaser-awaiting-your-reply', h, body, 'support_reply', CASE_F2, F6, True, 'en')

    # SENT yahoo android: confirm
    d = T('2025-01-27 21:14:09', BRT)
    F7 = ('Sorry for the delay, I was traveling. Yes I confirm, please do the merge as you wrote on Jan 23.\n\n'
          'Thanks\nLucas\n\nSent from Yahoo Mail for Android\n')
    qd = T('2025-01-27 10:30:02').astimezone(BRT)
    attr = 'On %s, %s %d, %d at %d:%s, Amazon Web Services<%s> wrote:' % (qd.strftime('%a'), qd.strftime('%b'), qd.day, qd.year,
                                                                          qd.hour, qd.strftime('%M'), AWS_FORM)
    txt = F7 + ' \n  ' + attr + '   ' + F6.replace('\n', ' ') + '\n'
    body = multi('alternative', [tpart(txt, cte='quoted-printable'), tpart(yahoo_html(F7, attr, F6), 'html', cte='quoted-printable')],
                 b_java())
    h = yahoo_sent(LUC_H, 'Amazon Web Services <%s>' % AWS_FORM, d, 'Re: RE:' + F_SUBJ % CASE_F2,
                   irt=ses_mid(F_SID[6]), refs='%s %s %s' % (ses_mid(F_SID[3]), ses_mid(F_SID[5]), ses_mid(F_SID[6])),
                   mailer='YMailNorrin')
    emit('sent-lucas-yes-android', h, body, 'unrelated', CASE_F2, F7, None, 'en')

    # completed
    d = T('2025-01-29 16:45:55')
    sid = ses_id(d)
    F8 = ('Hello Lucas,\n\n'
          'All done! Your old account AWS42177360 has been merged with AWS50298841, which is now the only account '
          'you need. Your Cloud Practitioner and Solutions Architect - Associate certifications, as well as your '
          'exam history, are now under AWS50298841.\n\n'
          'Badges on Credly will follow in the next days.\n\n' + JORGE)
    t = F8 + aws_form_footer(CASE_F2)
    body = multi('alternative', [tpart(t), tpart(aws_html_wrap(t2h(t)), 'html')], b_java())
    h = aws_headers('yahoo', LUC, LUC, d, AWS_FORM_H, 'RE:' + F_SUBJ % CASE_F2, sid)
    emit('all-done-lucas', h, body, 'merge_completed', CASE_F2, F8, True, 'en')

    # credly
    d = T('2025-01-31 12:09:40')
    badge = 'AWS Certified Solutions Architect \u2013 Associate'
    lead = 'Your badge from Amazon Web Services Training and Certification is ready for you to accept.'
    txt = 'Hi Lucas,\n\n%s\n\n%s\n\nAccept badge: https://www.credly.com/earner/earned/badge/\n' % (lead, badge)
    body = multi('alternative', [tpart(txt, cte='quoted-printable'), tpart(credly_badge_html('Lucas', badge, lead), 'html', cte='quoted-printable')],
                 rhex(64))
    h = credly_headers('yahoo', LUC, LUC, d, 'Your new badge is ready to accept')
    emit('credly-ready-to-accept-lucas', h, body, 'credly_badge_issued', None, txt, True, 'en')


# ---------------------------------------------------------------- Apple Mail sent
def apple_sent(frm, to, d, subject, irt=None, refs=None):
    h = [('From', frm), ('__MIME__', None),
         ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))'),
         ('Subject', enc_subj(subject)), ('Date', rfc(d))]
    if refs:
        h.append(('References', refs))
    h.append(('To', to))
    if irt:
        h.append(('In-Reply-To', irt))
    h += [('Message-Id', '<%s-%s-%s-%s-%s@fastmail.com>' % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(), rhex(12).upper())),
          ('X-Mailer', 'Apple Mail (2.3826.600.51.1.1)')]
    return h

# ====================================================================== CASE G
# Sophie Marchand, fastmail.com + Apple Mail, form desk, three accounts into one; a merge-themed phish
SOP = 'sophie.marchand@fastmail.com'
SOP_H = 'Sophie Marchand <%s>' % SOP
G_OPEN = T('2025-08-11 14:20:37')
CASE_G = cid15(G_OPEN, 158)
G_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % CASE_G
G_SID = {}
AMARA = 'Kind regards,\nAmara N.\nAWS Training and Certification | Customer Support'

@case
def case_g():
    d = G_OPEN + timedelta(seconds=27)
    sid = ses_id(d)
    t = ('Hi there,\n\n'
         'Thanks for getting in touch with AWS Training and Certification. Your request has been logged under case '
         'number %s and is now in our queue.\n\n'
         'We aim to respond within 24 hours. There is no need to submit the form again - if you would like to add '
         'anything, just reply to this message.\n\n'
         'AWS Training and Certification Customer Support\n' % CASE_G)
    body = tpart(aws_html_wrap(t2h(t)), 'html', cte='quoted-printable')
    h = aws_headers('fastmail', SOP, SOP, d, AWS_FORM_H, G_SUBJ, sid)
    emit('form-ack-sophie-html-only', h, body, 'case_created', CASE_G, t, True, 'en')

    d = T('2025-08-12 09:02:14')
    sid = ses_id(d); G_SID[2] = sid
    orig = ('Hello, I have three AWS Certification accounts because I took exams with different employers and once at '
            'my university. Please merge them into AWS44091276 (sophie.marchand@fastmail.com). The others are '
            'AWS-31250087 (s.marchand@lumenis-conseil.ca) and aws 31250940 (smarchand@etu.umontreal.ca). Merci!')
    G2 = ('Hi Sophie,\n\n'
          'Thank you for your patience. Please find below the summary of the merge we are going to perform:\n\n'
          'Surviving account: AWS44091276 - sophie.marchand@fastmail.com\n'
          'Accounts that will be merged into it:\n'
          '  * AWS-31250087 - s.marchand@lumenis-conseil.ca\n'
          '  * AWS 31250940 - smarchand@etu.umontreal.ca\n\n'
          'After the merge, only AWS44091276 will remain; the other two will be closed and their certifications, '
          'exam history and benefits transferred. Please note the action is permanent.\n\n'
          'Please, confirm by answering this email and we will proceed.\n\n' + AMARA)
    t = G2 + '\n\n----- Your original request -----\n' + quote(orig) + aws_form_footer(CASE_G)
    body = multi('alternative', [tpart(t), tpart(aws_html_wrap(t2h(G2) + '<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555;">%s</blockquote>' % esc(orig)), 'html')], b_java())
    h = aws_headers('fastmail', SOP, SOP, d, AWS_FORM_H, 'RE:' + G_SUBJ, sid)
    emit('three-into-one-please-confirm', h, body, 'merge_confirmation_requested', CASE_G, G2, True, 'en')
    G_SID['t2'] = t

    # phishing about the merge (look-alike domain, passes its own DMARC; wrong charset label)
    d = T('2025-08-12 17:44:51')
    ip = '185.234.72.19'
    a = A([('aws-certification-support.com', 'default', 'pass')], 'bounce@aws-certification-support.com', ip,
          'mail.aws-certification-support.com', 'aws-certification-support.com', policy='NONE')
    G3 = ('Dear Sophie Marchand,\n\n'
          'We are contacting you regarding your recent request to merge your AWS Certification accounts.\n\n'
          'Our records show that the consolidation of your certification profiles into your primary account is '
          'pending your approval. To prevent the suspension of your active certifications and digital badges, you '
          'must confirm the merge within 24 hours – it only takes a minute.\n\n'
          '>> Confirm Account Merge: https://aws-certification-support.com/tc/merge/confirm?ref=%s\n\n'
          'If you don’t confirm, your request will be cancelled and your certifications may be temporarily '
          'deactivated.\n\n'
          'AWS Training & Certification Team\n'
          '© 2025 Amazon Web Services, Inc. or its affiliates. All rights reserved.\n' % rhex(24))
    h = recv_fastmail(SOP, a, d) + [
        ('Received', 'from mail.aws-certification-support.com (localhost [127.0.0.1])\n\tby mail.aws-certification-support.com (Postfix) with ESMTPSA id 5C1A2E0F31\n\tfor <%s>; %s' % (SOP, rfc(d))),
        ('Authentication-Results', 'amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com'),
        ('DKIM-Signature', dkim('aws-certification-support.com', 'default', 'from:to:subject:date:message-id', d)),
        ('From', '"AWS Training & Certification" <no-reply@aws-certification-support.com>'),
        ('To', SOP),
        ('Subject', 'Action required: Confirm your AWS Certification account merge'),
        ('Date', rfc(d)),
        ('Message-ID', '<%s@aws-certification-support.com>' % rhex(20)),
        ('MIME-Version', '1.0'), ('__MIME__', None), ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    body = tpart(G3, cs='utf-8', cte='8bit', declared='iso-8859-1')
    emit('phish-confirm-merge-lookalike', h, body, 'merge_confirmation_requested', None, G3, False, 'en')

    # SENT apple mail: confirm + asks about the phish (nested > >)
    d = T('2025-08-12 20:31:07', EDT)
    G4 = ('Hi Amara,\n\n'
          'Yes, that is all correct - please go ahead and merge the two into AWS44091276.\n\n'
          'One question: a few hours ago I received an email from aws-certification-support.com asking me to click a '
          'link to "confirm the account merge" within 24 hours. I did not click it. I assume that one is not from '
          'you?\n\n'
          'Thanks,\nSophie\n')
    qd = T('2025-08-12 09:02:14').astimezone(EDT)
    attr = 'On %s %s %d, at %d:%s %s, Amazon Web Services <%s> wrote:' % (qd.strftime('%b'), '', qd.day, int(qd.strftime('%I')), qd.strftime('%M'), qd.strftime('%p'), AWS_FORM)
    attr = 'On Aug %d, %d, at %d:%s %s, Amazon Web Services <%s> wrote:' % (qd.day, qd.year, int(qd.strftime('%I')), qd.strftime('%M'), qd.strftime('%p'), AWS_FORM)
    txt = G4 + '\n' + quote(attr + '\n\n' + G_SID['t2'], blank='> ')
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           + ''.join('<div>%s</div>' % (esc(l) if l.strip() else '<br>') for l in G4.rstrip('\n').split('\n'))
           + '<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div></blockquote></div></body></html>\n'
           % (esc(attr), t2h(G_SID['t2'])))
    body = multi('alternative', [tpart(txt, cte='quoted-printable', declared='utf-8'), tpart(htm, 'html', cte='quoted-printable', declared='utf-8')], b_apple())
    h = apple_sent(SOP_H, 'Amazon Web Services <%s>' % AWS_FORM, d, 'Re: RE:' + G_SUBJ, irt=ses_mid(G_SID[2]), refs=ses_mid(G_SID[2]))
    emit('sent-sophie-apple-confirm-and-phish-q', h, body, 'unrelated', CASE_G, G4, None, 'en')

    # support: thanks for confirming + phish warning
    d = T('2025-08-13 08:15:40')
    sid = ses_id(d)
    G5 = ('Hi Sophie,\n\n'
          'Thank you for confirming - we will now proceed with the consolidation of your accounts and will let you '
          'know once it is finished.\n\n'
          'About the other email: you were right not to click. aws-certification-support.com is not an AWS domain '
          'and that message did not come from us. We never ask you to approve anything through an external link; '
          'everything about your request happens in this email thread. If you like, you can forward the message '
          'to stop-spoofing@amazon.com and then delete it.\n\n' + AMARA)
    t = G5 + aws_form_footer(CASE_G)
    body = multi('alternative', [tpart(t), tpart(aws_html_wrap(t2h(t)), 'html')], b_java())
    h = aws_headers('fastmail', SOP, SOP, d, AWS_FORM_H, 'RE:' + G_SUBJ, sid)
    emit('proceeding-and-phish-warning', h, body, 'support_reply', CASE_G, G5, True, 'en')

    # completed
    d = T('2025-08-14 19:02:26')
    sid = ses_id(d)
    G6 = ('Hi Sophie,\n\n'
          'Your certification records are now consolidated under AWS44091276. AWS31250087 and AWS31250940 have '
          'been deactivated, and all five of your certifications appear on the remaining account.\n\n'
          'Please allow a few days for your Credly badges to be moved to sophie.marchand@fastmail.com.\n\n' + AMARA)
    t = G6 + aws_form_footer(CASE_G)
    body = multi('alternative', [tpart(t, cte='base64'), tpart(aws_html_wrap(t2h(t)), 'html', cte='base64')], b_java())
    h = aws_headers('fastmail', SOP, SOP, d, AWS_FORM_H, 'RE:' + G_SUBJ, sid)
    emit('records-consolidated-sophie', h, body, 'merge_completed', CASE_G, G6, True, 'en')

    # credly, html only, badges moved
    d = T('2025-08-18 13:37:59')
    badge = 'AWS Certified DevOps Engineer \u2013 Professional'
    lead = ('Amazon Web Services Training and Certification has issued you a new badge. Because your AWS '
            'Certification accounts were merged, this badge is now issued to sophie.marchand@fastmail.com.')
    body = tpart(credly_badge_html('Sophie', badge, lead), 'html', cte='quoted-printable')
    h = credly_headers('fastmail', SOP, SOP, d, 'Amazon Web Services Training and Certification issued you a new badge')
    emit('credly-devops-pro-issued-after-merge', h, body, 'credly_badge_issued', None, lead + ' ' + badge, True, 'en')


# ====================================================================== LOOK-ALIKES / UNRELATED
@case
def unrelated():
    # Seller Central case that "merged" detail pages (Daniel, gmail)
    d = T('2025-04-02 15:33:08')
    sid = ses_id(d)
    t = ('Hello,\n\n'
         'Thank you for contacting Amazon Selling Partner Support.\n\n'
         'I understand that your product "Okafor Leatherworks Card Holder - Tan" was showing on two separate detail '
         'pages. I am happy to let you know that our catalog team has merged the duplicate ASIN B0D7KQ2M4X into '
         'B0C9XN1T7R. Your offer and existing reviews now appear on B0C9XN1T7R. Please allow up to 24 hours for the '
         'change to be visible to customers.\n\n'
         'Was this email helpful? Yes | No\n\n'
         'We hope this information is helpful. Please do not hesitate to contact us if you need further assistance.\n\n'
         'Thank you,\nRahul\nAmazon.com\nhttps://sellercentral.amazon.co.uk\n\n'
         'Case ID: 16230587741\n')
    body = multi('alternative', [tpart(t, cte='7bit'), tpart(aws_html_wrap(t2h(t), 'Seller Central'), 'html')], b_java())
    h = aws_headers('gmail', DAN, DAN, d, '"Amazon Selling Partner Support" <sellersupport-noreply@amazon.com>',
                    'RE:[CASE 16230587741] Duplicate detail page for my product', sid)
    emit('seller-central-asin-merged', h, body, 'unrelated', '16230587741', t, True, 'en')

    # AWS billing console case (Marcus, outlook)
    d = T('2023-07-04 13:26:44')
    sid = ses_id(d)
    t = ('Hello Marcus,\n\n'
         'Thank you for contacting AWS Billing and Account support.\n\n'
         'I reviewed the charges on your June invoice. The USD 14.62 relates to two Elastic IP addresses in '
         'eu-north-1 that were not associated with a running instance for most of the month. As a one-time '
         'exception I have applied a credit for this amount; it will appear on your July bill.\n\n'
         'Could you please confirm whether you have released those addresses, so that the charges do not occur again? '
         'You can check under EC2 > Network & Security > Elastic IPs.\n\n'
         'Best regards,\n\nAnneliese W.\nAmazon Web Services')
    t += console_footer('13012774580') % ''
    body = tpart(aws_html_wrap(t2h(t)), 'html', cte='quoted-printable')
    h = aws_headers('outlook', MARC, MARC, d, AWS_NR_H, 'RE:[CASE 13012774580] Unexpected charges on my June bill', sid)
    emit('aws-billing-case-elastic-ip', h, body, 'unrelated', '13012774580', t, True, 'en')

    # CertMetrics "wants to hear from you" (Lucas, yahoo) - mentions a candidate id
    d = T('2025-02-04 18:02:30')
    ip = '52.34.190.77'
    a = A([('certmetrics.com', 'cm2023', 'pass')], 'bounce-%s@mail.certmetrics.com' % rhex(10), ip,
          'mail-out%d.certmetrics.com' % R.randint(1, 4), 'certmetrics.com', policy='REJECT')
    t = ('Dear Lucas Ferreira,\n\n'
         'Candidate ID: AWS50298841\n\n'
         'AWS Certification wants to hear from you! As an AWS Certified individual, your feedback helps us improve '
         'our exams, benefits and the certification experience.\n\n'
         'The survey takes about 10 minutes. Your responses are confidential.\n\n'
         'Take the survey: https://www.certmetrics.com/amazon/survey/%s\n\n'
         'Thank you,\nAWS Certification\n\n'
         'This is an automated message from the AWS Certification account system. Please do not reply.\n' % rhex(16))
    h = recv_yahoo(LUC, a, d) + [
        ('DKIM-Signature', dkim('certmetrics.com', 'cm2023', 'from:to:subject:date:message-id:mime-version', d)),
        ('From', '"AWS Certification" <do-not-reply@certmetrics.com>'), ('To', LUC),
        ('Subject', 'AWS Certification wants to hear from you'), ('Date', rfc(d)),
        ('Message-ID', '<%s.%d@certmetrics.com>' % (rhex(16), int(d.timestamp()))),
        ('MIME-Version', '1.0'), ('__MIME__', None)]
    body = multi('alternative', [tpart(t, cte='quoted-printable', declared='us-ascii'),
                                 tpart('<html><body style="font-family:Arial">%s</body></html>\n' % t2h(t), 'html', cte='quoted-printable')],
                 '=_%s' % rhex(24))
    emit('certmetrics-wants-to-hear-from-you', h, body, 'unrelated', None, t, False, 'en')

    # Credly self-service account merge code (Sophie, fastmail)
    d = T('2025-08-20 10:14:22')
    t = ('Hi Sophie,\n\n'
         'We received a request to merge the Credly account registered to smarchand@etu.umontreal.ca into your '
         'Credly account.\n\n'
         'Your verification code is: 738215\n\n'
         'Enter this code on the merge screen, or select "Complete Account Merge" below. The code expires in 30 '
         'minutes. If you did not request this, you can ignore this email.\n\n'
         'Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s\n\n'
         'The Credly Team\n' % rhex(32))
    body = multi('alternative', [tpart(t, cte='quoted-printable'),
                                 tpart('<html><body style="font-family:Helvetica,Arial,sans-serif">%s<p><a href="https://www.credly.com/users/merge/confirm" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none;">Complete Account Merge</a></p></body></html>\n' % t2h(t), 'html', cte='quoted-printable')],
                 rhex(64))
    h = credly_headers('fastmail', SOP, SOP, d, 'Your Credly account merge verification code', from_name='Credly')
    emit('credly-selfservice-merge-code', h, body, 'unrelated', None, t, True, 'en')

    # Japanese phishing, spoofed amazon.com, dmarc=fail, forged lower AR (Misaki, nifty)
    d = T('2025-06-10 02:51:17')
    ip = '45.137.21.190'
    a = A([], 'info@amazon.com', ip, 'vps-21190.hostsailor.net', 'amazon.com', spf='softfail', dmarc='fail',
          policy='QUARANTINE')
    t = ('AWS認定をお持ちのお客様へ\n\n'
         'いつもAWSトレーニングと認定をご利用いただき誠にありがとうございます。\n'
         'お客様の認定資格の有効期限が近づいております。認定を維持するためには、以下のリンクより24時間以内に'
         'ご本人様確認を完了してください。\n\n'
         '▼ご本人様確認はこちら\nhttp://aws-certmetrics-jp.com/login?id=%s\n\n'
         '期限内に確認が完了しない場合、認定資格およびデジタルバッジは失効いたします。\n\n'
         'AWS トレーニングと認定 事務局\n' % rhex(12))
    h = recv_nifty(MIS, a, d) + [
        ('Received', 'from localhost (vps-21190.hostsailor.net [%s])\n\tby vps-21190.hostsailor.net (Postfix) with ESMTP id 8E2F1C03A1\n\tfor <%s>; %s' % (ip, MIS, rfc(d))),
        ('Authentication-Results', 'amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com'),
        ('From', addr('AWS トレーニングと認定', 'info@amazon.com', 'iso-2022-jp')),
        ('To', MIS),
        ('Subject', enc_subj('【重要】AWS認定資格の有効期限に関するご本人様確認のお願い', 'iso-2022-jp')),
        ('Date', rfc(d.astimezone(JST))),
        ('Message-ID', '<%s@vps-21190.hostsailor.net>' % rhex(24)),
        ('MIME-Version', '1.0'), ('__MIME__', None), ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512')]
    body = tpart(t, cte='base64')
    emit('phish-ja-cert-expiry-spoofed', h, body, 'unrelated', None, t, False, 'ja')

# ====================================================================== END
if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for f in ORDER:
        f()
    finish()
