#!/usr/bin/env python3
"""Generate blind test set 155: one user's inbox over a month around two
AWS Certification account-merge cases (his own and a colleague's)."""
import base64, quopri, random, hashlib, json, os, re, io, html, uuid, datetime
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.generator import BytesGenerator
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(155)
UTC = datetime.timezone.utc
JST = datetime.timezone(datetime.timedelta(hours=9))

def ts(s, tz=UTC):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)

# ---------------------------------------------------------------- identities
DAN_G = 'd.okafor.dev@gmail.com'
DAN_W = 'daniel.okafor@kaisei-sys.co.jp'
DAN_N = 'd-okafor@nifty.com'
YUKI_W = 'y.tanabe@kaisei-sys.co.jp'
YUKI_G = 'yuki.tnb.0414@gmail.com'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'

# candidate ids
D_KEEP, D_OLD, D_2019 = 'AWS11873905', 'AWS04417382', 'AWS09920514'
Y_KEEP, Y_OLD = 'AWS07731264', 'AWS13390458'

# case ids (15-digit ids start with the unix time the case was opened)
def case15(opened, suffix):
    return str(int(opened.timestamp())) + suffix
C1_OPEN = ts('2025-05-13 00:47:31'); C1 = case15(C1_OPEN, '00627')   # Daniel, form
C2_OPEN = ts('2025-05-21 02:09:55'); C2 = case15(C2_OPEN, '01143')   # Daniel, console duplicate
C3_OPEN = ts('2025-05-26 01:22:10'); C3 = case15(C3_OPEN, '00918')   # Yuki, form (ja)
C5_OPEN = ts('2025-06-02 05:31:40'); C5 = case15(C5_OPEN, '02276')   # quota case (ja, unrelated)
C4 = '12871530491'    # 11-digit billing credit case from 2023, still being worked
C6 = '5891047726'     # Seller Central case (10 digits)
OLD_2019 = '5912330471'  # Daniel's 2019 support case, only mentioned in history

# ---------------------------------------------------------------- helpers
def rhex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))

def rb64(n):
    s = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()
    return s

def fold_b64(s, width=70, indent='\t '):
    parts = [s[i:i+width] for i in range(0, len(s), width)]
    return ('\n' + indent).join(parts)

def is_ascii(s):
    try:
        s.encode('ascii'); return True
    except UnicodeEncodeError:
        return False

def enc_h(s, charset='utf-8', name='Subject'):
    if is_ascii(s):
        return s
    return Header(s, charset, header_name=name, maxlinelen=76).encode(linesep='\n')

def addr(name, email, charset='utf-8'):
    if not name:
        return email
    if is_ascii(name):
        return formataddr((name, email))
    return '%s <%s>' % (Header(name, charset).encode(), email)

def rfcdate(d):
    return format_datetime(d)

def ses_msgid(d, region='us-west-2'):
    ms = int(d.timestamp() * 1000) + rng.randint(0, 999)
    u = str(uuid.UUID(int=rng.getrandbits(128)))
    host = 'email.amazonses.com' if region == 'us-east-1' else '%s.amazonses.com' % region
    return '<0100%012x-%s-000000@%s>' % (ms, u, host)

def ses_bounce(d, region='us-west-2'):
    ms = int(d.timestamp() * 1000) + rng.randint(0, 999)
    u = str(uuid.UUID(int=rng.getrandbits(128)))
    return '0100%012x-%s-000000@%s.amazonses.com' % (ms, u, region)

# ---------------------------------------------------------------- MIME parts
def text_part(text, subtype='plain', charset='utf-8', cte='qp', encode_as=None,
              extra_params=None):
    raw = text.encode(encode_as or charset)
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', charset)
    for k, v in (extra_params or {}).items():
        p.set_param(k, v)
    del p['MIME-Version']
    if cte == 'qp':
        payload = quopri.encodestring(raw).decode('ascii')
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    elif cte == 'b64':
        payload = base64.encodebytes(raw).decode('ascii')
        p['Content-Transfer-Encoding'] = 'base64'
    else:
        payload = raw.decode('ascii', 'surrogateescape')
        p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p

def alt(plain, htm, boundary=None, **kw):
    m = MIMEMultipart('alternative')
    del m['MIME-Version']
    pcte = kw.pop('pcte', kw.get('cte', 'qp'))
    hcte = kw.pop('hcte', kw.get('cte', 'qp'))
    kw.pop('cte', None)
    m.attach(text_part(plain, 'plain', cte=pcte, **kw))
    m.attach(text_part(htm, 'html', cte=hcte, **kw))
    if boundary:
        m.set_boundary(boundary)
    return m

def mixed(*parts, boundary=None, subtype='mixed'):
    m = MIMEMultipart(subtype)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m

def serialize(part):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(part)
    return buf.getvalue()

def gmail_boundary():
    return '000000000000' + rhex(16)

def ses_boundary():
    return '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13))

def outlook_boundary(host='TYCPR01MB8765'):
    return '_000_%s%sjpnprd01prod_' % (host, rhex(16).upper())

def esc(s):
    return html.escape(s, quote=False)

def to_html(text, font='Arial, sans-serif'):
    """paragraphs -> html; lines starting with '>' become blockquotes"""
    out = []
    for para in text.split('\n\n'):
        lines = para.split('\n')
        out.append('<p>' + '<br>\n'.join(esc(l) for l in lines) + '</p>')
    return '<div style="font-family:%s;font-size:14px">\n%s\n</div>' % (font, '\n'.join(out))

def html_doc(body, lang='en', head_extra=''):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8">\n<meta name="viewport" content="width=device-width">\n%s'
            '</head>\n<body>\n%s\n</body>\n</html>\n') % (lang, head_extra, body)

# ---------------------------------------------------------------- authentication
def dkim_sig(domain, selector, d, headers='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (selector, domain, int(d.timestamp()), headers, rb64(32), fold_b64(rb64(192))))

def gmail_ar(auth):
    """auth: dict(dkim=[(result, domain, selector)], spf=(result, mailfrom, ip), dmarc=(result, policy, from) or None)"""
    bits = []
    for res, dom, sel in auth.get('dkim', []):
        bits.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, rb64(6)[:8]))
    r, mf, ip = auth['spf']
    dom = mf.split('@')[-1]
    if r == 'pass':
        bits.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
    elif r == 'softfail':
        bits.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
    else:
        bits.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (r, mf, ip, mf))
    if auth.get('dmarc'):
        r, pol, hf = auth['dmarc']
        if pol:
            bits.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (r, pol, pol, 'NONE' if r == 'pass' else pol, hf))
        else:
            bits.append('dmarc=%s header.from=%s' % (r, hf))
    return 'mx.google.com;\n       ' + ';\n       '.join(bits)

def outlook_ar(auth):
    r, mf, ip = auth['spf']
    s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s;' % (r, ip, mf.split('@')[-1])
    if not auth.get('dkim'):
        s += ' dkim=none (message not signed)\n header.d=none;'
    for res, dom, sel in auth.get('dkim', []):
        s += ' dkim=%s (signature was verified)\n header.d=%s;' % (res, dom) if res == 'pass' else ' dkim=%s (body hash did not verify)\n header.d=%s;' % (res, dom)
    if auth.get('dmarc'):
        r, pol, hf = auth['dmarc']
        s += 'dmarc=%s action=%s\n header.from=%s;' % (r, 'none' if r == 'pass' else 'quarantine', hf)
    s += 'compauth=%s reason=%s' % (('pass', '100') if auth.get('dmarc', ('fail',))[0] == 'pass' else ('fail', '000'))
    return s

def nifty_ar(auth, host='mfilter-mxa02.nifty.com'):
    bits = []
    r, mf, ip = auth['spf']
    bits.append('spf=%s smtp.mailfrom=%s' % (r, mf))
    for res, dom, sel in auth.get('dkim', []):
        bits.append('dkim=%s header.d=%s header.s=%s' % (res, dom, sel))
    if auth.get('dmarc'):
        r, pol, hf = auth['dmarc']
        bits.append('dmarc=%s (p=%s) header.from=%s' % (r, (pol or 'none').lower(), hf))
    return host + ';\n\t' + ';\n\t'.join(bits)

def ses_auth(d, region='us-west-2', ip='54.240.27.20', fromdom='amazon.com'):
    bounce = ses_bounce(d, region)
    return dict(dkim=[('pass', fromdom, 'rte02' if fromdom == 'amazon.com' else 'amazon201209'),
                      ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                spf=('pass', bounce, ip), dmarc=('pass', 'QUARANTINE', fromdom),
                _ip=ip, _helo='a27-20.smtp-out.%s.amazonses.com' % region if region != 'us-east-1' else 'a8-30.smtp-out.amazonses.com')

# ---------------------------------------------------------------- trace blocks
def gmail_trace(to, d, auth, helo, ip):
    d1 = d + datetime.timedelta(seconds=rng.randint(1, 4))
    mf = auth['spf'][1]
    ar = gmail_ar(auth)
    h = [
        ('Delivered-To', to),
        ('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
         % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(2) + 'csp' + str(rng.randint(100000, 999999)), rfcdate(d1.astimezone(datetime.timezone(datetime.timedelta(hours=-7)))))),
        ('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:88]),
        ('X-Received', 'by 2002:a05:6a00:%s:b0:%s:%s:%s with SMTP id d2e1a72fcca58-%s.%d.%d;\n        %s'
         % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(12), rng.randint(10, 99), rng.randint(10**12, 10**13), rfcdate(d1.astimezone(datetime.timezone(datetime.timedelta(hours=-7)))))),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(d.timestamp()), fold_b64(rb64(256), 66, '         '))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (rb64(32), rb64(32), fold_b64(rb64(256), 66, '         '))),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', '<%s>' % mf),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (helo, helo, ip, 'd2e1a72fcca58-' + rhex(12), rng.randint(1, 99), rng.randint(1000, 9999), rng.randint(10, 99), to, rfcdate(d.astimezone(datetime.timezone(datetime.timedelta(hours=-7)))))),
        ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
         % (auth['spf'][0], mf, 'designates' if auth['spf'][0] == 'pass' else 'does not designate', ip, ip)),
        ('Authentication-Results', ar),
    ]
    return h

def outlook_trace(to, d, auth, helo, ip):
    d0 = d + datetime.timedelta(seconds=rng.randint(1, 3))
    h = [
        ('Received', 'from OS3PR01MB6543.jpnprd01.prod.outlook.com (2603:1096:604:3a::14) by\n TYCPR01MB8765.jpnprd01.prod.outlook.com with HTTPS; %s' % rfcdate(d0)),
        ('Received', 'from TY2PR02CA0012.apcprd02.prod.outlook.com (2603:1096:404:56::24)\n by OS3PR01MB6543.jpnprd01.prod.outlook.com (2603:1096:604:3a::14) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.21; %s' % rfcdate(d0)),
        ('Received', 'from TY2PEPF0000AB89.apcprd03.prod.outlook.com\n (2603:1096:404:56:cafe::7b) by TY2PR02CA0012.outlook.office365.com\n (2603:1096:404:56::24) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.21 via Frontend Transport; %s' % rfcdate(d0)),
        ('Authentication-Results', outlook_ar(auth)),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C'
         % (auth['spf'][0].capitalize(), auth['spf'][1].split('@')[-1], 'designates' if auth['spf'][0] == 'pass' else 'does not designate', ip, ip, helo)),
        ('Received', 'from %s (%s) by\n TY2PEPF0000AB89.mail.protection.outlook.com (10.167.244.24) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.21\n via Frontend Transport; %s' % (helo, ip, rfcdate(d))),
    ]
    return h

OUTLOOK_TAIL = [
    ('X-MS-Exchange-Organization-ExpirationStartTime', None),
    ('X-MS-Exchange-Organization-Network-Message-Id', None),
    ('X-MS-Exchange-Organization-AuthSource', 'TY2PEPF0000AB89.apcprd03.prod.outlook.com'),
    ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
    ('X-MS-Exchange-Organization-SCL', '1'),
    ('X-Forefront-Antispam-Report', 'CIP:54.240.27.20;CTRY:US;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:a27-20.smtp-out.us-west-2.amazonses.com;PTR:a27-20.smtp-out.us-west-2.amazonses.com;CAT:NONE;SFS:(13230040)(4022899009)(8096899003);DIR:INB;'),
]

def outlook_tail(d, lang='en'):
    out = []
    for k, v in OUTLOOK_TAIL:
        if k.endswith('ExpirationStartTime'):
            v = d.strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % rng.randint(0, 9999)
        if k.endswith('Network-Message-Id'):
            v = str(uuid.UUID(int=rng.getrandbits(128)))
        if k == 'X-Forefront-Antispam-Report':
            v = v.replace('LANG:en', 'LANG:' + lang)
        out.append((k, v))
    return out

def nifty_trace(to, d, auth, helo, ip):
    d0 = d.astimezone(JST)
    return [
        ('Return-Path', '<%s>' % auth['spf'][1]),
        ('Delivered-To', to),
        ('Received', 'from mfilter-mxa02.nifty.com (mfilter-mxa02.nifty.com [106.153.227.62])\n\tby mx.nifty.com (Postfix) with ESMTP id 4ZxQ%s\n\tfor <%s>; %s' % (rhex(6).upper(), to, rfcdate(d0 + datetime.timedelta(seconds=2)))),
        ('Authentication-Results', nifty_ar(auth)),
        ('Received', 'from %s ([%s])\n\tby mfilter-mxa02.nifty.com with ESMTP id %s\n\tfor <%s>; %s' % (helo, ip, rhex(10).upper(), to, rfcdate(d0))),
    ]

def internal_trace(d):
    d0 = d + datetime.timedelta(seconds=rng.randint(0, 2))
    return [
        ('Received', 'from TYCPR01MB8765.jpnprd01.prod.outlook.com (2603:1096:400:1a3::9) by\n OS3PR01MB6543.jpnprd01.prod.outlook.com with HTTPS; %s' % rfcdate(d0)),
        ('Received', 'from TYCPR01MB8765.jpnprd01.prod.outlook.com\n ([fe80::4c1b:9a02:77e1:2d4c]) by TYCPR01MB8765.jpnprd01.prod.outlook.com\n ([fe80::4c1b:9a02:77e1:2d4c%%6]) with mapi id 15.20.8769.021; %s' % rfcdate(d.astimezone(JST))),
    ]

INTERNAL_TAIL = [
    ('X-MS-Has-Attach', ''),
    ('X-MS-TNEF-Correlator', ''),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
    ('X-MS-Exchange-Organization-AuthMechanism', '04'),
    ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB8765.jpnprd01.prod.outlook.com'),
    ('X-MS-Exchange-Organization-SCL', '-1'),
]

# ---------------------------------------------------------------- assembling
ID_RE = re.compile(r'(?<![0-9A-Za-z])aws[ \-_]?(\d{8})(?![0-9])', re.I)

def ids_in(text):
    return sorted({'AWS' + m.group(1) for m in ID_RE.finditer(text)})

MAILS = []
LABELS = {}

def emit(name, headers, body, kind, case_id, new_text, sender_verified, language, crlf=False):
    head = ''.join('%s: %s\n' % (k, v) if v != '' else '%s: \n' % k for k, v in headers)
    if not any(k.lower() == 'mime-version' for k, _ in headers):
        head += 'MIME-Version: 1.0\n'
    data = head.encode('ascii') + serialize(body)
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    n = len(MAILS) + 1
    fname = '%03d-%s.eml' % (n, name)
    MAILS.append((fname, data))
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': ids_in(new_text),
                     'sender_verified': sender_verified, 'language': language}
    return fname

def aws_headers(d, frm, to, subject, msgid=None, cc=None, reply_to=None, subj_charset='utf-8', extra=()):
    h = [('Date', rfcdate(d)), ('From', frm)]
    if reply_to:
        h.append(('Reply-To', reply_to))
    h.append(('To', to))
    if cc:
        h.append(('Cc', cc))
    h += [('Message-ID', msgid or ses_msgid(d)), ('Subject', enc_h(subject, subj_charset)), ('MIME-Version', '1.0')]
    h += list(extra)
    h += [('X-SES-Outgoing', d.strftime('%Y.%m.%d') + '-54.240.27.20'),
          ('Feedback-ID', '::1.us-west-2.%s=:AmazonSES' % rb64(33)[:44])]
    return h

def aws_mail(name, mailbox, d, frm, to, subject, body, kind, case_id, new_text, language,
             cc=None, subj_charset='utf-8', crlf=False, region='us-west-2', extra=()):
    a = ses_auth(d, region)
    ip, helo = a['_ip'], a['_helo']
    if mailbox == 'G':
        tr = gmail_trace(to if '@' in to and '<' not in to else DAN_G, d, a, helo, ip)
    elif mailbox == 'N':
        tr = nifty_trace(DAN_N, d, a, helo, ip)
    else:
        tr = outlook_trace(DAN_W, d, a, helo, ip)
    dk = [('DKIM-Signature', dkim_sig('amazon.com', 'rte02', d)),
          ('DKIM-Signature', dkim_sig('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', d,
                                      'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID'))]
    hs = tr + dk + aws_headers(d, frm, to, subject, cc=cc, subj_charset=subj_charset, extra=extra)
    if mailbox == 'W':
        hs += outlook_tail(d, 'ja' if language == 'ja' else 'en')
    return emit(name, hs, body, kind, case_id, new_text, True, language, crlf)

AWS_FROM = '"Amazon Web Services" <%s>'

def ext_mail(name, mailbox, d, frm, to, subject, body, kind, case_id, new_text, verified, language,
             auth=None, helo=None, ip=None, dkim=(), msgid=None, extra=(), subj_charset='utf-8',
             crlf=False, cc=None, extra_top=()):
    """non-AWS or spoofed mail. auth=None -> internal mail without Authentication-Results."""
    if auth is None:
        tr = internal_trace(d)
    elif mailbox == 'G':
        tr = gmail_trace(DAN_G, d, auth, helo, ip)
    elif mailbox == 'N':
        tr = nifty_trace(DAN_N, d, auth, helo, ip)
    else:
        tr = outlook_trace(DAN_W, d, auth, helo, ip)
    tr = list(extra_top) + tr
    dk = [('DKIM-Signature', dkim_sig(dm, sel, d)) for dm, sel in dkim]
    hs = tr + dk + [('From', frm), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    hs += [('Subject', enc_h(subject, subj_charset)), ('Date', rfcdate(d)),
           ('Message-ID', msgid or '<%s@%s>' % (rhex(24), frm.split('@')[-1].strip('>'))), ('MIME-Version', '1.0')]
    hs += list(extra)
    if auth is None:
        hs += INTERNAL_TAIL
    elif mailbox == 'W':
        hs += outlook_tail(d, 'ja' if language == 'ja' else 'en')
    return emit(name, hs, body, kind, case_id, new_text, verified, language, crlf)

def simple_auth(mailfrom, ip, dkim_domains, from_dom, dmarc='pass', policy='REJECT', spf='pass', dkim_res='pass'):
    return dict(dkim=[(dkim_res, dm, sel) for dm, sel in dkim_domains], spf=(spf, mailfrom, ip),
                dmarc=(dmarc, policy, from_dom) if dmarc else None)

# standard pieces of AWS T&C form-desk replies
FORM_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance'
TC_FOOTER = """
Was this response helpful? Let us know by clicking one of the links below:
https://aws-tc-feedback.amazon.com/survey?c={c}&r=yes
https://aws-tc-feedback.amazon.com/survey?c={c}&r=no

Please keep the case number [CASE {c}] in the subject line when replying,
so that your response reaches the correct team.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

def form_reply(new, quoted, c):
    return new.rstrip() + '\n' + TC_FOOTER.format(c=c) + '\n' + quoted

def form_html(new, quoted, c):
    q = esc(quoted).replace('\n', '<br>\n')
    return html_doc('%s\n<div style="font-family:Arial;font-size:12px;color:#555">%s</div>\n'
                    '<hr>\n<div style="font-family:Arial;font-size:13px;color:#333">%s</div>'
                    % (to_html(new), esc(TC_FOOTER.format(c=c)).replace('\n', '<br>\n'), q))

C1_SUBMISSION = """Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
First name: Daniel
Last name: Okafor
Email: d.okafor.dev@gmail.com
Country: Japan
AWS candidate ID: AWS11873905
Description: Hello, I have two AWS Certification accounts. My old one
AWS04417382 was created with my former employer's email
(daniel.okafor@brightwave-tech.com) which I no longer have access to.
Please merge it into AWS11873905 so all my certifications are in one place.
I asked support about this once in 2019 (case 5912330471) but I think it
was never done. Thanks, Daniel"""

# ====================================================================== mails
def m001():
    d = ts('2025-05-12 16:05:12')
    new = """AWS Training and Certification | May 2025

Hi Daniel,

Here's what's new this month.

* 25+ new free digital courses on AWS Skill Builder, including
  "Generative AI Developer Kit" and "Amazon Bedrock Getting Started".
* Exam prep plans: four-step plans for every AWS Certification, now with
  Official Pretests.
* AWS Jam Journey: hands-on challenges, now available in Japanese.

Certification tip of the month
Have more than one AWS Certification account? Your certifications, badges
and benefits should live in one place. Visit the FAQ on aws.amazon.com/certification
to learn how to keep your profile up to date.

Explore courses: https://skillbuilder.aws/?trk=em_may25
Find your prep plan: https://aws.amazon.com/certification/exam-prep/?trk=em_may25

You are receiving this email because you subscribed to AWS Training and Certification
communications. Unsubscribe: https://pages.awscloud.com/unsubscribe?e=ZC5va2Fmb3I%3D
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109
"""
    htm = html_doc("""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif">
<tr><td style="background:#232f3e;padding:20px"><img src="https://d1.awsstatic.com/email/tc/logo-white.png" alt="AWS Training and Certification" width="220"></td></tr>
<tr><td style="padding:24px;font-size:15px">
<h1 style="font-size:22px">What's new in May</h1>
<p>Hi Daniel,</p><p>Here's what's new this month.</p>
<ul><li>25+ new free digital courses on AWS Skill Builder, including &ldquo;Generative AI Developer Kit&rdquo; and &ldquo;Amazon Bedrock Getting Started&rdquo;.</li>
<li>Exam prep plans: four-step plans for every AWS Certification, now with Official Pretests.</li>
<li>AWS Jam Journey: hands-on challenges, now available in Japanese.</li></ul>
<h2 style="font-size:18px">Certification tip of the month</h2>
<p>Have more than one AWS Certification account? Your certifications, badges and benefits should live in one place. Visit the FAQ to learn how to keep your profile up to date.</p>
<p><a href="https://skillbuilder.aws/?trk=em_may25" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Explore courses</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">You are receiving this email because you subscribed to AWS Training and Certification communications.
<a href="https://pages.awscloud.com/unsubscribe?e=ZC5va2Fmb3I%3D">Unsubscribe</a><br>Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109</td></tr>
</table></td></tr></table>""")
    body = alt(new, htm, boundary=ses_boundary())
    a = ses_auth(d, 'us-east-1', '54.240.8.30')
    hs = gmail_trace(DAN_G, d, a, a['_helo'], a['_ip'])
    hs += [('DKIM-Signature', dkim_sig('amazon.com', 'rte02', d)),
           ('DKIM-Signature', dkim_sig('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', d))]
    hs += [('Date', rfcdate(d)), ('From', '"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>'),
           ('To', DAN_G), ('Message-ID', ses_msgid(d, 'us-east-1')),
           ('Subject', "What's new in May: 25+ free courses and exam prep plans"),
           ('MIME-Version', '1.0'), ('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?e=ZC5va2Fmb3I%3D>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('X-SES-Outgoing', '2025.05.12-54.240.8.30'),
           ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(33)[:44])]
    emit('aws-tc-newsletter-may', hs, body, 'unrelated', None, new, True, 'en')

def m002():
    d = ts('2025-05-12 07:41:09')
    new = """Merged #482 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/kaisei-sys/ingest-service/pull/482#event-17643209911
You are receiving this because you authored the thread.
"""
    htm = html_doc('<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/kaisei-sys/ingest-service/pull/482">#482</a> into main.</p>\n'
                   '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br>Reply to this email directly, '
                   '<a href="https://github.com/kaisei-sys/ingest-service/pull/482#event-17643209911">view it on GitHub</a>.<br>'
                   'You are receiving this because you authored the thread.</p>')
    body = alt(new, htm, boundary='--==_mimepart_682196a5%s_%d' % (rhex(5), rng.randint(1000, 9999)), cte='7bit', pcte='qp', hcte='qp')
    ip = '192.30.252.201'
    a = simple_auth('noreply@github.com', ip, [('github.com', 'pf2023')], 'github.com')
    ext_mail('github-pr-482-merged', 'G', d, '"Hiro Matsuda" <notifications@github.com>',
             'kaisei-sys/ingest-service <ingest-service@noreply.github.com>',
             'Re: [kaisei-sys/ingest-service] Merge account-sync worker into main (PR #482)', body,
             'unrelated', None, new, False, 'en', auth=a, helo='out-18.smtp.github.com', ip=ip,
             dkim=[('github.com', 'pf2023')], msgid='<kaisei-sys/ingest-service/pull/482/issue_event/17643209911@github.com>',
             cc='Daniel Okafor <dokafor-dev@noreply.github.com>, Author <author@noreply.github.com>',
             extra=[('Reply-To', 'kaisei-sys/ingest-service <reply+AAQ7%s@reply.github.com>' % rhex(40).upper()),
                    ('In-Reply-To', '<kaisei-sys/ingest-service/pull/482@github.com>'),
                    ('References', '<kaisei-sys/ingest-service/pull/482@github.com>'),
                    ('List-ID', 'kaisei-sys/ingest-service <ingest-service.kaisei-sys.github.com>'),
                    ('X-GitHub-Reason', 'author'), ('X-GitHub-Sender', 'hmatsuda-ks')])

def m003():
    d = ts('2025-05-13 00:47:58')
    new = """Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your
request and created case %s. A member of our Customer Support team will
review it and get back to you, usually within 24 hours.

To help us serve you quickly, please do not submit a new request about the
same issue. If you need to add information, reply to this email and keep the
case number in the subject line.

A copy of your submission is included below for your records.

%s

Sincerely,
AWS Training and Certification Customer Support
https://aws.amazon.com/training/support/
""" % (C1, C1_SUBMISSION)
    htm = html_doc(to_html(new))
    body = alt(new, htm, boundary=ses_boundary())
    aws_mail('form-ack-case-opened', 'G', d, AWS_FROM % FORM, DAN_G,
             '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C1,
             body, 'case_created', C1, new, 'en')


def sf_quote(frm, sent, to, subject, body):
    return ("---------------Original Message---------------\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n"
            % (frm, sent, to, subject, body))

def credly_auth(d):
    ip = '167.89.%d.%d' % (rng.randint(1, 120), rng.randint(2, 250))
    mf = 'bounces+2873641-%s-d.okafor.dev=gmail.com@em.credly.com' % rhex(4)
    return simple_auth(mf, ip, [('credly.com', 's1'), ('sendgrid.info', 'smtpapi')], 'credly.com', policy='QUARANTINE'), ip, 'o%d.em.credly.com' % rng.randint(1, 9)

def m004():
    d = ts('2025-05-13 15:30:02')
    new = """Dear Daniel Okafor,

AWS Certification wants to hear from you!

You recently took an AWS Certification exam. We would like to learn about
your experience, from scheduling through receiving your score report, so
we can keep improving the program.

The survey takes about 5 minutes:
https://www.certmetrics.com/amazon/survey/start.aspx?id=7F3C2A90D1&cid=AWS11873905

The survey closes on May 27, 2025.

Thank you,
AWS Certification

This email was sent from an unmonitored mailbox. Please do not reply.
To manage your email preferences, sign in to your AWS Certification Account.
"""
    body = text_part(new, charset='us-ascii', cte='7bit')
    ip = '13.111.%d.%d' % (rng.randint(1, 200), rng.randint(2, 250))
    a = simple_auth('bounce-1841_HTML-%d@bounce.certmetrics.com' % rng.randint(10**6, 10**7), ip,
                    [('certmetrics.com', 'scph0524')], 'certmetrics.com', policy='NONE')
    ext_mail('certmetrics-wants-to-hear', 'G', d, '"AWS Certification" <do-not-reply@certmetrics.com>', 'Daniel Okafor <%s>' % DAN_G,
             'AWS Certification wants to hear from you', body, 'unrelated', None, new, False, 'en',
             auth=a, helo='mta-s%d.certmetrics.com' % rng.randint(1, 9), ip=ip, dkim=[('certmetrics.com', 'scph0524')])

def m005():
    d = ts('2025-05-14 09:12:44', JST)
    new = """Hi Daniel,

For the AWS Partner tier renewal the alliance team needs the list of our
certified engineers, with the validation numbers, by 6/13 (Fri).
Could you fill in your row on the skills sheet?
https://kaiseisys.sharepoint.com/:x:/s/cloud-sol/EbQ2c1-skills-2025

I remember you said your certs are split over two certification accounts.
If that is not sorted out by then, just put both candidate IDs in the sheet
and we will deal with it later, no problem.

Thanks,
--
石井 健太 / Kenta Ishii
クラウドソリューション部 部長
Kaisei Systems K.K.
"""
    htm = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp">\n'
           '<style><!-- p.MsoNormal {margin:0mm;font-size:11.0pt;font-family:"Aptos",sans-serif;} --></style></head>\n<body lang="JA" link="#467886" vlink="#96607D">\n<div class="WordSection1">\n'
           + '\n'.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l else '&nbsp;') for l in new.split('\n'))
           + '\n</div>\n</body>\n</html>\n')
    body = alt(new, htm, boundary=outlook_boundary(), charset='iso-2022-jp', cte='7bit')
    ext_mail('manager-partner-cert-list', 'W', d, addr('石井 健太', 'k.ishii@kaisei-sys.co.jp', 'iso-2022-jp'),
             'Daniel Okafor <%s>' % DAN_W, 'Partner tier renewal: certified engineer list by 6/13', body,
             'unrelated', None, new, None, 'en', auth=None,
             msgid='<TYCPR01MB8765%s@TYCPR01MB8765.jpnprd01.prod.outlook.com>' % rhex(20).upper(),
             extra=[('Thread-Topic', 'Partner tier renewal: certified engineer list by 6/13'),
                    ('Thread-Index', 'Ab' + rb64(18)[:22]), ('Accept-Language', 'ja-JP, en-US'),
                    ('Content-Language', 'en-US')], crlf=True)

def m006():
    d = ts('2025-05-14 18:02:37')
    new = """Credly

Your badge is expiring soon

Hi Daniel,

Your AWS Certified Developer – Associate badge, issued by AWS Training and
Certification, will expire on July 12, 2025.

To keep your badge active, complete the recertification requirements set by
the issuer before the expiration date. Once the issuer recertifies you, a new
badge will be sent to you.

View badge: https://www.credly.com/badges/5a1f0c7e-93d2-4a4e-b0a7-0e1f8d4a2c19

Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750
Manage email preferences: https://www.credly.com/users/me/email_preferences
"""
    htm = html_doc("""<table role="presentation" width="100%" style="background:#f4f4f4"><tr><td align="center">
<table role="presentation" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#282828">
<tr><td style="padding:24px"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="110"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:24px">Your badge is expiring soon</h1>
<p>Hi Daniel,</p>
<p>Your <strong>AWS Certified Developer &ndash; Associate</strong> badge, issued by AWS Training and Certification, will expire on <strong>July 12, 2025</strong>.</p>
<p>To keep your badge active, complete the recertification requirements set by the issuer before the expiration date. Once the issuer recertifies you, a new badge will be sent to you.</p>
<p><a href="https://www.credly.com/badges/5a1f0c7e-93d2-4a4e-b0a7-0e1f8d4a2c19" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">View Badge</a></p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#777">Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750<br>
<a href="https://www.credly.com/users/me/email_preferences">Manage email preferences</a></td></tr></table></td></tr></table>""")
    body = text_part(htm, 'html', cte='qp')
    a, ip, helo = credly_auth(d)
    ext_mail('credly-badge-expiring', 'G', d, '"Credly" <admin@credly.com>', DAN_G,
             'Your AWS Certified Developer – Associate badge expires in 60 days', body,
             'unrelated', None, htm, True, 'en', auth=a, helo=helo, ip=ip,
             dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')],
             msgid='<%s@geopod-ismtpd-%d>' % (rb64(16).replace('/', '_').replace('+', '-').rstrip('='), rng.randint(1, 40)))

def m007():
    d = ts('2025-05-15 06:12:40')
    new = """Hello Daniel,

Greetings from AWS Training and Certification!

Thank you for reaching out to us regarding merging of your certification
accounts. I am happy to assist you on this.

I have checked our records and could see the below accounts in your name:

  - AWS11873905 (d.okafor.dev@gmail.com)
  - AWS04417382 (daniel.okafor@brightwave-tech.com)

Before we can take any action, kindly revert with the below details:

1. Which of the two accounts you wish to keep as your primary account. The
   other account will be deactivated and its records moved.
2. The e-mail address you use to sign in to each account (for example your
   AWS Builder ID or Amazon retail login).
3. Please also let us know if you have any other certification account
   apart from these two, so that all of them can be handled in one go.

Request you to reply on this same email thread and please do not raise a
new case for the same query, as it may delay the resolution.

Regards,
Prakash N.
AWS Training and Certification Customer Support
"""
    global C1_NEW_007
    C1_NEW_007 = new
    quoted = sf_quote('d.okafor.dev@gmail.com', '5/13/2025 12:47 AM', FORM,
                      '[AWS Training and Certification Form Submission] - account-assistance', C1_SUBMISSION)
    text = form_reply(new, quoted, C1)
    body = alt(text, form_html(new, quoted, C1), boundary=ses_boundary())
    aws_mail('c1-agent-asks-which-to-keep', 'G', d, AWS_FROM % FORM, DAN_G, FORM_SUBJ % C1,
             body, 'support_reply', C1, new, 'en')

def m008():
    d = ts('2025-05-15 21:48:15')
    new = """Hello,

This is Camila from Amazon Selling Partner Support. Thank you for your patience.

I have reviewed your case about the two detail pages for your "Washi Tape
Organizer - Walnut" listing. Our catalog team confirmed that ASIN B0CX4T7QZ2
and ASIN B0CX4TL9M1 describe the same product, and the two pages have now
been merged into B0CX4T7QZ2. Your offer and reviews now appear on the
surviving page; the merged ASIN will redirect within 24-48 hours.

If your inventory still shows as stranded after 48 hours, reply to this case
and we will take another look.

We value your feedback. Please rate my response using one of the links below.
Were you satisfied with this response? Yes / No

Camila R.
Amazon Selling Partner Support

To respond to this email, please click here:
https://sellercentral.amazon.com/cu/case-lobby?caseID=%s
""" % C6
    htm = html_doc(to_html(new))
    body = alt(new, htm, boundary=ses_boundary())
    aws_mail('seller-central-asin-merged', 'G', d, '"Amazon Services" <seller-notification@amazon.com>', DAN_G,
             'RE:[CASE %s] Duplicate detail page for Washi Tape Organizer' % C6, body,
             'unrelated', C6, new, 'en', region='us-east-1')

def m009():
    d = ts('2025-05-16 01:03:27')
    new = """Verify your AWS Builder ID email address

Hello,

To finish signing in or creating your AWS Builder ID, enter the following
verification code:

Verification code: 482913

This code expires 10 minutes after it was sent.

If you didn't try to sign in or create an AWS Builder ID, you can ignore this
email.

Amazon Web Services
"""
    htm = html_doc("""<div style="max-width:600px;margin:0 auto;font-family:'Amazon Ember',Helvetica,Arial,sans-serif;color:#16191f">
<div style="background:#232f3e;padding:16px"><img src="https://signin.aws/static/aws-logo.png" alt="AWS" width="60"></div>
<h2>Verify your AWS Builder ID email address</h2>
<p>Hello,</p><p>To finish signing in or creating your AWS Builder ID, enter the following verification code:</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px">482913</p>
<p>This code expires 10 minutes after it was sent.</p>
<p>If you didn't try to sign in or create an AWS Builder ID, you can ignore this email.</p>
<p style="font-size:12px;color:#5f6b7a">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109</p></div>""")
    body = alt(new, htm, boundary=ses_boundary())
    ip = '54.240.48.%d' % rng.randint(1, 250)
    a = simple_auth(ses_bounce(d, 'us-east-1'), ip, [('signin.aws', 'd3nqvk5u6z6tqgqrhmz4yrmtgzqlfs7q'),
                                                    ('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')], 'signin.aws', policy='REJECT')
    ext_mail('builder-id-verification-code', 'G', d, '"AWS" <no-reply@signin.aws>', DAN_G,
             'Verify your AWS Builder ID email address', body, 'unrelated', None, new, True, 'en',
             auth=a, helo='a48-%d.smtp-out.amazonses.com' % rng.randint(1, 250), ip=ip,
             dkim=[('signin.aws', 'd3nqvk5u6z6tqgqrhmz4yrmtgzqlfs7q'), ('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')],
             msgid=ses_msgid(d, 'us-east-1'))

def m010():
    d = ts('2025-05-16 13:00:06')
    new = """Last Week in AWS — Issue #418

Good morning!

This week AWS announced roughly forty things, three of which you’ll care
about. I’ve read them so you don’t have to.

From the Community
— “How we consolidated 140 AWS accounts into one Organization without
  crying (much)”. A genuinely useful write-up on merging billing families.
— A thread on why your certification badge still says “Associate” even
  though you passed the Professional exam last month. Spoiler: Credly.

AWS Announcements
— Amazon Q Developer now explains your bill. It’s very polite about it.
— AWS Service Quotas: automatic quota management is now generally available.

Tools
— cloud-nuke 0.40: now with fewer ways to delete production.

You’re receiving this because you subscribed at lastweekinaws.com.
Unsubscribe: https://www.lastweekinaws.com/unsubscribe/?e=d.okafor.dev%40gmail.com
"""
    # wrong charset label: UTF-8 bytes declared as ISO-8859-1
    body = text_part(new, charset='iso-8859-1', cte='qp', encode_as='utf-8')
    ip = '167.89.%d.%d' % (rng.randint(1, 120), rng.randint(2, 250))
    a = simple_auth('bounces+1188@mail.lastweekinaws.com', ip, [('lastweekinaws.com', 'ck2')], 'lastweekinaws.com', policy='NONE')
    ext_mail('newsletter-last-week-in-aws', 'G', d, '"Last Week in AWS" <newsletter@lastweekinaws.com>', DAN_G,
             'Last Week in AWS: Issue #418', body, 'unrelated', None, new, False, 'en',
             auth=a, helo='mail.lastweekinaws.com', ip=ip, dkim=[('lastweekinaws.com', 'ck2')],
             extra=[('List-Unsubscribe', '<https://www.lastweekinaws.com/unsubscribe/?e=d.okafor.dev%40gmail.com>')])


def gq(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.rstrip('\n').split('\n')) + '\n'

C1_NEW_007 = None  # filled by m007 for later quoting

def m011():
    d = ts('2025-05-19 02:26:51')
    new = """@dokafor-dev LGTM overall. Before we merge, can you confirm the migration
handles the case where both tenant accounts have the same billing email?
If so I'll approve and we can merge after the 14:00 deploy window.

In migrations/0042_merge_tenant_accounts.py
(https://github.com/kaisei-sys/ingest-service/pull/497#discussion_r2094471180):

> +    for dup in duplicates:
> +        merge_into(primary=dup.keep_id, secondary=dup.drop_id)

nit: log both ids here, it will make the support tickets easier.

—
Reply to this email directly, view it on GitHub:
https://github.com/kaisei-sys/ingest-service/pull/497#pullrequestreview-2847711203
You are receiving this because you were mentioned.
"""
    htm = html_doc('<p><a class="user-mention" href="https://github.com/dokafor-dev">@dokafor-dev</a> LGTM overall. Before we merge, can you confirm the migration handles the case where both tenant accounts have the same billing email?<br>If so I\'ll approve and we can merge after the 14:00 deploy window.</p>\n'
                   '<p>In <a href="https://github.com/kaisei-sys/ingest-service/pull/497#discussion_r2094471180">migrations/0042_merge_tenant_accounts.py</a>:</p>\n'
                   '<pre style="color:#555">&gt; +    for dup in duplicates:\n&gt; +        merge_into(primary=dup.keep_id, secondary=dup.drop_id)</pre>\n<p>nit: log both ids here, it will make the support tickets easier.</p>\n'
                   '<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/kaisei-sys/ingest-service/pull/497#pullrequestreview-2847711203">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>')
    body = alt(new, htm, boundary='--==_mimepart_682a96%s_%d' % (rhex(5), rng.randint(1000, 9999)))
    ip = '192.30.252.%d' % rng.randint(190, 210)
    a = simple_auth('noreply@github.com', ip, [('github.com', 'pf2023')], 'github.com')
    ext_mail('github-review-before-we-merge', 'G', d, '"Hiro Matsuda" <notifications@github.com>',
             'kaisei-sys/ingest-service <ingest-service@noreply.github.com>',
             'Re: [kaisei-sys/ingest-service] Add endpoint to merge duplicate tenant accounts (PR #497)', body,
             'unrelated', None, new, False, 'en', auth=a, helo='out-21.smtp.github.com', ip=ip,
             dkim=[('github.com', 'pf2023')], msgid='<kaisei-sys/ingest-service/pull/497/review/2847711203@github.com>',
             cc='Daniel Okafor <dokafor-dev@noreply.github.com>, Mention <mention@noreply.github.com>',
             extra=[('In-Reply-To', '<kaisei-sys/ingest-service/pull/497@github.com>'),
                    ('References', '<kaisei-sys/ingest-service/pull/497@github.com>'),
                    ('List-ID', 'kaisei-sys/ingest-service <ingest-service.kaisei-sys.github.com>'),
                    ('X-GitHub-Reason', 'mention')])

def m012():
    d = ts('2025-05-19 08:40:19')
    new = """Daniel Okafor,

Merge request !231 was merged
Project: infra / terraform-modules
Branch: feat/merge-duplicate-iam-roles → main
Merged by: Hiro Matsuda

https://gitlab.com/kaisei-sys/infra/terraform-modules/-/merge_requests/231

--
You're receiving this email because of your account on gitlab.com.
Unsubscribe from this thread · Manage all notifications · Help
"""
    htm = html_doc('<table style="font-family:GitLab Sans,Helvetica,Arial,sans-serif;font-size:14px;width:640px"><tr><td>'
                   '<p>Merge request <a href="https://gitlab.com/kaisei-sys/infra/terraform-modules/-/merge_requests/231">!231</a> was merged</p>'
                   '<p>Project: infra / terraform-modules<br>Branch: feat/merge-duplicate-iam-roles &rarr; main<br>Merged by: Hiro Matsuda</p>'
                   '</td></tr><tr><td style="font-size:12px;color:#737278">You\'re receiving this email because of your account on gitlab.com.</td></tr></table>')
    body = alt(new, htm, boundary='--==_mimepart_682aef43%s_%d' % (rhex(5), rng.randint(1000, 9999)))
    ip = '192.237.158.%d' % rng.randint(10, 250)
    a = simple_auth('bounce+a1b2c3.%s-daniel.okafor=kaisei-sys.co.jp@mg.gitlab.com' % rhex(6), ip,
                    [('mg.gitlab.com', 'mailo')], 'mg.gitlab.com', policy='NONE')
    ext_mail('gitlab-mr-231-merged', 'W', d, '"Hiro Matsuda (@hmatsuda)" <gitlab@mg.gitlab.com>', 'Daniel Okafor <%s>' % DAN_W,
             'Re: infra / terraform-modules | feat: merge duplicate IAM roles (!231)', body,
             'unrelated', None, new, False, 'en', auth=a, helo='mail-%d.mg.gitlab.com' % rng.randint(1, 9), ip=ip,
             dkim=[('mg.gitlab.com', 'mailo')],
             extra=[('X-GitLab-Project', 'terraform-modules'), ('X-GitLab-MergeRequest-IID', '231'),
                    ('X-GitLab-NotificationReason', 'author'),
                    ('List-Id', 'infra/terraform-modules <58213377.terraform-modules.kaisei-sys.gitlab.com>')])

def m013():
    d = ts('2025-05-20 11:57:03')
    new = """Dear AWS Certification Candidate,

We have received a request to merge your AWS Certification accounts.
Following our review, the accounts below have been identified:

    Account to be merged:   AWS04417382
    Primary account:        AWS11873905

IMPORTANT: Merging accounts is permanent and cannot be reversed. To protect
your certification history, you must confirm this request within 24 hours
by signing in with your AWS credentials:

    Confirm merge: https://aws-certification-services.com/merge/confirm?ref=MRG-448213

If the request is not confirmed in time, both accounts will be locked for
security reasons and your active certifications may be suspended.

Kind Regards,
AWS Certification Account Services Team
"""
    htm = html_doc("""<div style="font-family:Arial,sans-serif;font-size:14px;max-width:620px">
<img src="https://aws-certification-services.com/img/aws_logo.png" alt="aws" width="80">
<p>Dear AWS Certification Candidate,</p>
<p>We have received a request to merge your AWS Certification accounts. Following our review, the accounts below have been identified:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>Account to be merged</td><td><b>AWS04417382</b></td></tr>
<tr><td>Primary account</td><td><b>AWS11873905</b></td></tr></table>
<p><b>IMPORTANT:</b> Merging accounts is permanent and cannot be reversed. To protect your certification history, you must confirm this request within <b>24 hours</b> by signing in with your AWS credentials:</p>
<p><a href="https://aws-certification-services.com/merge/confirm?ref=MRG-448213" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Confirm merge</a></p>
<p>If the request is not confirmed in time, both accounts will be locked for security reasons and your active certifications may be suspended.</p>
<p>Kind Regards,<br>AWS Certification Account Services Team</p></div>""")
    body = alt(new, htm, boundary='b1_' + rhex(32), cte='b64')
    ip = '185.225.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
    a = simple_auth('support@aws-certification-services.com', ip, [('aws-certification-services.com', 'default')],
                    'aws-certification-services.com', policy=None)
    ext_mail('phish-confirm-merge-lookalike', 'G', d, '"AWS Certification" <support@aws-certification-services.com>', DAN_G,
             'Action Required: Confirm your AWS Certification account merge', body,
             'merge_confirmation_requested', None, new, False, 'en', auth=a, helo='mail.aws-certification-services.com', ip=ip,
             dkim=[('aws-certification-services.com', 'default')],
             extra=[('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')])

C2_SUBJECT = 'Follow-up: AWS Certification account merge request'
C2_DESC = """Hello, I submitted an account merge request through the Training and
Certification contact form on May 13 (case %s). I replied with the
information the agent asked for on May 15 but I have not heard anything
since. The accounts are AWS 04417382 (old) and AWS 11873905 (keep), and
possibly a third one from 2019. I have an exam booked in June and would like
the merge done before that. Thank you.""" % C1

CONSOLE_FOOTER = """
============================================================
To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

============================================================

AWS Support:
https://aws.amazon.com/premiumsupport/

AWS Documentation:
https://docs.aws.amazon.com/

AWS Cost Management:
https://aws.amazon.com/aws-cost-management/

AWS Training:
https://aws.amazon.com/training/

AWS Managed Services:
https://aws.amazon.com/managed-services/
"""

def m014():
    d = ts('2025-05-21 02:10:21')
    new = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: %s

We will be in touch soon.

Sincerely,
Amazon Web Services
""" % (C2, C2, C2_SUBJECT, C2_DESC)
    text = new + CONSOLE_FOOTER.format(c=C2)
    body = alt(text, html_doc(to_html(text)), boundary=ses_boundary())
    aws_mail('c2-console-case-opened', 'G', d, AWS_FROM % NOREPLY, DAN_G,
             'Amazon Web Services: You have opened a new Support case: %s' % C2, body,
             'case_created', C2, new, 'en', region='us-east-1')

def m015():
    d = ts('2025-05-21 04:31:12')
    dan_reply = """Hi Prakash,

Thanks for the quick reply.

1. Please keep AWS11873905 as the primary account.
2. Login e-mails: AWS11873905 - d.okafor.dev@gmail.com (Builder ID).
   AWS04417382 - I used to sign in with daniel.okafor@brightwave-tech.com,
   but that mailbox was closed when I left the company in 2022.
3. Yes, I think there is a third one. I took the Cloud Practitioner exam in
   2019 at a test centre in Tokyo and registered with my old nifty address
   (d-okafor@nifty.com). I don't remember the candidate ID.

Best,
Daniel

On Thu, May 15, 2025 at 3:12 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
"""
    new = """Hello Daniel,

My name is Mariana and I will be taking over your case from my colleague.
First of all, please accept my apologies for the delay in getting back to
you; we had an unusually high volume of requests this week.

Thank you for the details. Searching with your old nifty address I was able
to find a third profile, AWS09920514, created in 2019 with the Cloud
Practitioner exam.

Because that profile is linked to a different e-mail address, I need to
verify that it belongs to you before it can be included. I have just sent a
separate message to d-okafor@nifty.com. Could you reply to that message from
the nifty mailbox? As soon as I receive it I will send you a summary of the
accounts and the next steps.

Kind regards,
Mariana R.
AWS Training and Certification Customer Support
"""
    global C1_NEW_015
    C1_NEW_015 = new
    quoted = (sf_quote('d.okafor.dev@gmail.com', '5/15/2025 7:02 AM', FORM, FORM_SUBJ % C1,
                       dan_reply + gq(C1_NEW_007))
              + sf_quote(FORM, '5/15/2025 6:12 AM', 'd.okafor.dev@gmail.com', FORM_SUBJ % C1, C1_NEW_007)
              + sf_quote('d.okafor.dev@gmail.com', '5/13/2025 12:47 AM', FORM,
                         '[AWS Training and Certification Form Submission] - account-assistance', C1_SUBMISSION))
    text = form_reply(new, quoted, C1)
    body = alt(text, form_html(new, quoted, C1), boundary=ses_boundary())
    aws_mail('c1-agent-found-third-account', 'G', d, AWS_FROM % FORM, DAN_G, FORM_SUBJ % C1,
             body, 'support_reply', C1, new, 'en')

def m016():
    d = ts('2025-05-21 04:33:50')
    new = """Hello,

We are contacting you from AWS Training and Certification Customer Support
regarding case %s.

We have received a request from Daniel Okafor to consolidate AWS
Certification accounts. Our records show that the certification account
AWS09920514 is registered with this e-mail address.

To verify that you are the owner of this account, please reply to this
e-mail from this address and include:
  - your full name as shown on your exam score report, and
  - the approximate month and year of your last exam with this account.

If you did not make this request, you do not need to do anything and no
changes will be made to your account.

Kind regards,
Mariana R.
AWS Training and Certification Customer Support
""" % C1
    text = form_reply(new, '', C1)
    body = text_part(text, cte='qp')
    aws_mail('c1-ownership-check-to-old-address', 'N', d, AWS_FROM % FORM, DAN_N,
             'RE:[CASE %s] Verification of AWS Certification account ownership' % C1,
             body, 'support_reply', C1, new, 'en')

def m017():
    d = ts('2025-05-21 05:02:09')
    new = """Dear Customer,

New correspondence has been added to your AWS Support case %s.

Subject: %s

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please do not reply to this email. This email address cannot accept incoming email.

Sincerely,
Amazon Web Services
""" % (C2, C2_SUBJECT, C2)
    body = alt(new, html_doc(to_html(new)), boundary=ses_boundary())
    aws_mail('c2-new-correspondence-notice', 'G', d, AWS_FROM % NOREPLY, DAN_G,
             '[Case %s] New correspondence added' % C2, body, 'support_reply', C2, new, 'en', region='us-east-1')

def m018():
    d = ts('2025-05-21 05:02:11')
    new = """Hello Daniel,

Thank you for contacting AWS Support.

I understand that you are waiting for an update on the consolidation of your
AWS Certification accounts, and I am sorry it is taking longer than you
expected.

Requests about Certification accounts are handled by the AWS Training and
Certification team, not by AWS Support, so I am not able to make changes to
those accounts from this case. I did check, and your existing request with
that team (case %s) is active and an agent has replied to it earlier today.

To avoid duplicate work, please continue the conversation in case %s by
replying to their e-mail. I will mark this case as resolved; nothing else
is needed from you here.

We value your feedback. Please share your experience by rating this and
other correspondences in the AWS Support Center. You can rate a
correspondence by selecting the stars in the top right corner of the
correspondence.

Best regards,
Tomasz W.
Amazon Web Services
""" % (C1, C1)
    text = new + CONSOLE_FOOTER.format(c=C2)
    body = alt(text, html_doc(to_html(text)), boundary=ses_boundary())
    aws_mail('c2-agent-points-to-existing-case', 'G', d, AWS_FROM % NOREPLY, DAN_G,
             'RE:[CASE %s] %s' % (C2, C2_SUBJECT), body, 'support_reply', C2, new, 'en', region='us-east-1')

def m019():
    d = ts('2025-05-22 05:10:44')
    new = """Hello,

We'd like to hear about your recent experience with AWS Support.

Your case %s, "%s", has been resolved.
If you need further help with this issue, you can reopen the case from the
AWS Support Center within 14 days.

Was your issue resolved?
  Yes: https://support-survey.aws.amazon.com/s/?c=%s&resolved=yes
  No:  https://support-survey.aws.amazon.com/s/?c=%s&resolved=no

How satisfied were you with the support you received? (1-5 stars)
https://support-survey.aws.amazon.com/s/?c=%s

The survey takes less than 2 minutes. Your answers help us improve.

Thank you,
AWS Support
""" % (C2, C2_SUBJECT, C2, C2, C2)
    htm = html_doc("""<table width="600" align="center" style="font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:14px;color:#fff;font-size:18px">AWS Support</td></tr>
<tr><td style="padding:20px"><p>Hello,</p><p>We'd like to hear about your recent experience with AWS Support.</p>
<p>Your case <b>%s</b>, &ldquo;%s&rdquo;, has been resolved. If you need further help with this issue, you can reopen the case from the AWS Support Center within 14 days.</p>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="https://support-survey.aws.amazon.com/s/?c=%s&amp;resolved=yes" style="padding:8px 24px;background:#0972d3;color:#fff;text-decoration:none">Yes</a>
&nbsp; <a href="https://support-survey.aws.amazon.com/s/?c=%s&amp;resolved=no" style="padding:8px 24px;background:#0972d3;color:#fff;text-decoration:none">No</a></p>
<p>How satisfied were you with the support you received?</p>
<p style="font-size:26px;color:#ff9900">&#9733; &#9733; &#9733; &#9733; &#9733;</p>
<p>Thank you,<br>AWS Support</p></td></tr></table>""" % (C2, C2_SUBJECT, C2, C2))
    body = alt(new, htm, boundary=ses_boundary())
    aws_mail('c2-resolved-survey', 'G', d, '"AWS Support" <no-reply-aws@amazon.com>', DAN_G,
             'How did we do? Your AWS Support case %s has been resolved' % C2, body, 'survey', C2, new, 'en', region='us-east-1')

def m020():
    d = ts('2025-05-22 13:45:30')
    new = """Complete your account merge

Hi Daniel,

You asked to merge the Credly account daniel.okafor@brightwave-tech.com into
this account (d.okafor.dev@gmail.com). Use the code below on the merge page,
or click the button to finish.

Your verification code: 731904

Complete Account Merge:
https://www.credly.com/users/account_merges/confirm?token=3f9d0c2b8e1a47d6

After the merge, all badges from the other account will appear in this
account and the other account will be closed. The code expires in 24 hours.

If you did not request this, you can safely ignore this email.

The Credly Team
"""
    htm = html_doc("""<table role="presentation" width="600" align="center" style="font-family:Helvetica,Arial,sans-serif;color:#282828">
<tr><td style="padding:24px"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="110"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Complete your account merge</h1>
<p>Hi Daniel,</p><p>You asked to merge the Credly account <b>daniel.okafor@brightwave-tech.com</b> into this account (<b>d.okafor.dev@gmail.com</b>). Use the code below on the merge page, or click the button to finish.</p>
<p style="font-size:30px;letter-spacing:6px;font-weight:bold">731904</p>
<p><a href="https://www.credly.com/users/account_merges/confirm?token=3f9d0c2b8e1a47d6" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Complete Account Merge</a></p>
<p>After the merge, all badges from the other account will appear in this account and the other account will be closed. The code expires in 24 hours.</p>
<p style="color:#777;font-size:12px">If you did not request this, you can safely ignore this email.<br>The Credly Team</p></td></tr></table>""")
    body = alt(new, htm, boundary=rhex(28))
    a, ip, helo = credly_auth(d)
    ext_mail('credly-self-service-merge-code', 'G', d, '"Credly" <admin@credly.com>', DAN_G,
             'Complete your Credly account merge', body, 'unrelated', None, new, True, 'en',
             auth=a, helo=helo, ip=ip, dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')])


C1_NEW_015 = None
C1_NEW_022 = None

def m021():
    d = ts('2025-05-23 01:18:40')
    new = """Hello,

Thank you for your patience while we reviewed this case, which was reopened
at the request of your account manager.

I'm happy to confirm that the service credit for the EBS event in the Tokyo
Region (ap-northeast-1) in October 2023 has been approved. Because the two
payer accounts 4921-0387-6615 and 7703-1182-9046 were merged into a single
AWS Organization last year, the credit (USD 1,284.17) has been applied to the
management account 4921-0387-6615 and will appear on your May 2025 invoice
under "Credits".

No further action is required from your side. If you do not see the credit
on the invoice, please reply to this case through the Support Center.

We value your feedback. Please share your experience by rating this and
other correspondences in the AWS Support Center.

Best regards,
Haruka S.
Amazon Web Services
"""
    text = new + CONSOLE_FOOTER.format(c=C4)
    body = alt(text, html_doc(to_html(text)), boundary=ses_boundary())
    aws_mail('billing-case-credit-applied', 'W', d, AWS_FROM % NOREPLY, 'aws-billing@kaisei-sys.co.jp',
             'RE:[CASE %s] Service credit request - EBS event ap-northeast-1' % C4, body,
             'unrelated', C4, new, 'en', cc=DAN_W, region='us-east-1', crlf=True)

def m022():
    global C1_NEW_022
    d = ts('2025-05-23 06:47:05')
    nifty_reply = """Hello Mariana,

This is Daniel Okafor. Yes, the account registered with this address is mine.
Full name: Daniel Chukwuemeka Okafor
Last exam with that account: Cloud Practitioner, around October 2019.

Regards,
Daniel
"""
    new = """Hello Daniel,

Thank you for replying from the nifty address, the ownership check is now
complete.

Please review the summary below carefully before we go ahead:

Primary account (will stay active):
  AWS11873905 - d.okafor.dev@gmail.com

Accounts that will be merged into the primary account and then closed:
  AWS04417382 - daniel.okafor@brightwave-tech.com
  AWS09920514 - d-okafor@nifty.com

After the merge, the certifications, exam history and benefits of the two
accounts above will appear under AWS11873905, and you will sign in with
d.okafor.dev@gmail.com only. Please note that this action is permanent and
cannot be undone.

If everything above is correct, please reply to this e-mail to confirm that
you would like us to proceed. We will not make any change until we receive
your confirmation.

Kind regards,
Mariana R.
AWS Training and Certification Customer Support
"""
    C1_NEW_022 = new
    quoted = (sf_quote('d-okafor@nifty.com', '5/22/2025 11:20 PM', FORM,
                       'Re: RE:[CASE %s] Verification of AWS Certification account ownership' % C1, nifty_reply)
              + sf_quote(FORM, '5/21/2025 4:31 AM', 'd.okafor.dev@gmail.com', FORM_SUBJ % C1, C1_NEW_015)
              + sf_quote(FORM, '5/15/2025 6:12 AM', 'd.okafor.dev@gmail.com', FORM_SUBJ % C1, C1_NEW_007)
              + sf_quote('d.okafor.dev@gmail.com', '5/13/2025 12:47 AM', FORM,
                         '[AWS Training and Certification Form Submission] - account-assistance', C1_SUBMISSION))
    text = form_reply(new, quoted, C1)
    body = alt(text, form_html(new, quoted, C1), boundary=ses_boundary())
    aws_mail('c1-please-confirm-merge', 'G', d, AWS_FROM % FORM, DAN_G, FORM_SUBJ % C1,
             body, 'merge_confirmation_requested', C1, new, 'en')

def m023():
    d = ts('2025-05-24 07:00:12', JST)
    new = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　クラウド技術ウィークリー　2025年5月24日号（第212号）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

いつもご購読ありがとうございます。今週の注目記事をお届けします。

■今週のピックアップ
①【AWS】Amazon Q Developer の日本語対応が拡大
②【Azure】Entra ID の条件付きアクセス、新テンプレートを解説
③【体験記】AWS認定のアカウントが2つあったので統合してもらった話
　　フォームから問い合わせて、統合完了まで約1週間～10日でした。
　　残すアカウントの確認メールに返信するのを忘れずに、とのこと。

■イベント情報
・AWS Summit Japan 2025（6月25日～26日、幕張メッセ）
・JAWS-UG 東京 第58回（6月3日、オンライン）

■編集後記
梅雨入りが近づいてきましたね。傘の準備をお忘れなく。

──────────────────────────────
配信停止：https://cloud-tech-news.jp/unsubscribe?m=ZGFuaWVs
発行：クラウド技術ウィークリー編集部
──────────────────────────────
"""
    # labelled Shift_JIS but contains CP932-only characters (circled digits, wave dash)
    body = text_part(new, charset='Shift_JIS', cte='8bit', encode_as='cp932')
    ip = '153.127.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
    a = simple_auth('bounce@mail.cloud-tech-news.jp', ip, [('cloud-tech-news.jp', 'mail2024')], 'cloud-tech-news.jp', policy='NONE')
    ext_mail('jp-newsletter-shiftjis', 'W', d, addr('クラウド技術ウィークリー', 'weekly@cloud-tech-news.jp', 'iso-2022-jp'),
             DAN_W, 'クラウド技術ウィークリー 第212号：AWS認定アカウント統合の体験記 ほか', body,
             'unrelated', None, new, False, 'ja', auth=a, helo='mail.cloud-tech-news.jp', ip=ip,
             dkim=[('cloud-tech-news.jp', 'mail2024')], subj_charset='iso-2022-jp',
             extra=[('X-Mailer', 'Blastmail Sender 4.2')])

def m024():
    d = ts('2025-05-26 02:05:33')
    dan_confirm = """Hi Mariana,

The details are correct. Please proceed with the merge, keeping AWS11873905
as the primary account.

Thank you for your help!
Daniel
"""
    new = """Hi Daniel,

Thanks for confirming, and for your patience so far.

I've passed your request to our certification operations team and the
merge of AWS04417382 and AWS09920514 into AWS11873905 is now under way. It
normally takes 3 to 5 business days. Once the merge is complete we'll let
you know by e-mail - at that point it's a good idea to sign out of the
certification portal and sign back in so you see everything in one place.

In the meantime, please don't schedule or cancel any exams on the old
accounts.

Cheers,
Joel M.
AWS Training and Certification Customer Support
"""
    quoted = (sf_quote('d.okafor.dev@gmail.com', '5/23/2025 11:02 AM', FORM, FORM_SUBJ % C1,
                       dan_confirm + '\nOn Fri, May 23, 2025 at 3:47 PM Amazon Web Services <%s> wrote:\n' % FORM + gq(C1_NEW_022))
              + sf_quote(FORM, '5/23/2025 6:47 AM', 'd.okafor.dev@gmail.com', FORM_SUBJ % C1, C1_NEW_022)
              + sf_quote(FORM, '5/21/2025 4:31 AM', 'd.okafor.dev@gmail.com', FORM_SUBJ % C1, C1_NEW_015))
    text = form_reply(new, quoted, C1)
    body = alt(text, form_html(new, quoted, C1), boundary=ses_boundary())
    aws_mail('c1-thanks-for-confirming-proceeding', 'G', d, AWS_FROM % FORM, DAN_G, 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C1,
             body, 'support_reply', C1, new, 'en')

C3_SUBMISSION_JA = """お問い合わせの種類: AWS トレーニングと認定
詳細: アカウントの統合
姓: 田邉
名: 由紀
メールアドレス: y.tanabe@kaisei-sys.co.jp
AWS 受験者 ID: AWS07731264
内容: 認定アカウントが2つあることに気づきました。会社のメールアドレスで
作成した AWS13390458 を、個人のアカウント AWS07731264 に統合して
いただけますでしょうか。よろしくお願いいたします。"""

C3_ACK_JA = """田邉 由紀 様

AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、
誠にありがとうございます。

本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。
ケース番号 %s にてお問い合わせを承りました。担当者が内容を確認のうえ、
通常 24 時間以内にご連絡いたします。

同じ内容で新たにお問い合わせいただきますと、対応が遅れる場合がございます。
追加の情報がございましたら、件名のケース番号を変更せずに本メールへ
ご返信ください。

■ お問い合わせ内容
%s

AWS トレーニングと認定 カスタマーサポート
""" % (C3, C3_SUBMISSION_JA)

C3_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C3

def outlook_fw_header_ja(frm, sent, to, subject, cc=None):
    s = '________________________________\n差出人: %s\n送信日時: %s\n宛先: %s\n' % (frm, sent, to)
    if cc:
        s += 'CC: %s\n' % cc
    s += '件名: %s\n\n' % subject
    return s

def yuki_internal(name, d, subject, note, fw_text, kind, case_id, new_text, cte='b64', charset='utf-8'):
    text = note + '\n' + fw_text
    htm = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n'
           '<div style="font-family:游ゴシック,Yu Gothic,sans-serif;font-size:11pt">%s</div>\n'
           '<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr" style="font-size:11pt">%s</div>\n'
           '</body>\n</html>\n') % (charset, esc(note).replace('\n', '<br>\n'), esc(fw_text.replace('________________________________\n', '', 1)).replace('\n', '<br>\n'))
    body = alt(text, htm, boundary=outlook_boundary(), charset=charset, cte=cte)
    return ext_mail(name, 'W', d, addr('田邉 由紀', YUKI_W), addr('Daniel Okafor', DAN_W), subject, body,
                    kind, case_id, new_text, None, 'ja', auth=None,
                    msgid='<TYCPR01MB9921%s@TYCPR01MB9921.jpnprd01.prod.outlook.com>' % rhex(20).upper(),
                    extra=[('Thread-Topic', enc_h(subject[4:] if subject.startswith(('FW: ', 'RE: ')) else subject, name='Thread-Topic')),
                           ('Thread-Index', 'AQH' + rb64(30)[:38]), ('Accept-Language', 'ja-JP, en-US'),
                           ('Content-Language', 'ja-JP')])

def m025():
    d = ts('2025-05-26 10:41:27', JST)
    note = """ダニエルさん

お疲れさまです。田邉です。
先日ご相談した認定アカウントの統合、フォームから申請しました。
自動返信が届いたので、念のため転送します（ケース番号 %s）。
AWS07731264（個人のGmail）を残して、AWS13390458（会社アドレス）の方を
統合してもらう予定です。

よろしくお願いします。

田邉 由紀
Kaisei Systems K.K. クラウドソリューション部
""" % C3
    fw = outlook_fw_header_ja('Amazon Web Services <%s>' % FORM, '2025年5月26日 10:22', 'y.tanabe@kaisei-sys.co.jp <y.tanabe@kaisei-sys.co.jp>', C3_SUBJ) + C3_ACK_JA
    yuki_internal('yuki-fw-her-case-ack', d, 'FW: ' + C3_SUBJ, note, fw, 'case_created', C3, note + C3_ACK_JA)

def m026():
    d = ts('2025-05-27 04:19:55')
    new = """Dear Daniel Okafor,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: English
Date and time: Friday, June 20, 2025 at 10:00 AM JST
Location: Pearson Professional Centers - Tokyo Shinjuku, Japan
Registration ID: 512884931
Candidate ID: AWS11873905

Please arrive 15 minutes before your appointment and bring two forms of
valid identification. To reschedule or cancel, sign in to your AWS
Certification account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
    htm = html_doc(to_html(new, 'Verdana, sans-serif'))
    body = alt(new, htm, boundary='----=_NextPart_%s' % rhex(20))
    ip = '159.182.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
    a = simple_auth('bounces@pearson.com', ip, [('pearson.com', 'selector1')], 'pearson.com', policy='REJECT')
    ext_mail('pearson-vue-booking', 'G', d, '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', DAN_G,
             'Pearson VUE Confirmation of Booking', body, 'unrelated', None, new, False, 'en',
             auth=a, helo='mx-out.pearson.com', ip=ip, dkim=[('pearson.com', 'selector1')])

def m027():
    d = ts('2025-05-27 19:33:08')
    new = """Amazon Web Services

Dear Customer,

We were unable to process the payment for your AWS account. As a result,
access to some services has been temporarily restricted.

To avoid permanent suspension of your account and the deletion of your
resources, update your payment information within 48 hours:

https://aws-account-billing-update.com/console/billing?session=8a7f21

Thank you for using Amazon Web Services.

AWS Billing Team
"""
    body = text_part(html_doc(to_html(new)), 'html', charset='utf-8', cte='b64')
    ip = '45.137.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
    a = dict(dkim=[], spf=('pass', 'info@srv-mail-04.shop-kaizen.ru', ip), dmarc=('fail', 'QUARANTINE', 'amazon.com'))
    ext_mail('phish-billing-suspension', 'G', d, '"Amazon Web Services" <no-reply-aws@amazon.com>', DAN_G,
             'Action required: your AWS account has been suspended', body, 'unrelated', None, new, False, 'en',
             auth=a, helo='srv-mail-04.shop-kaizen.ru', ip=ip, dkim=[])

C3_NEW_028 = None

def m028():
    global C3_NEW_028
    d = ts('2025-05-28 11:05:42', JST)
    agent = """田邉 由紀 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

この度は認定アカウントの統合についてお問い合わせいただき、誠にありがとう
ございます。お客様のお名前で、以下の 2 つのアカウントを確認いたしました。

・AWS07731264（ご登録メールアドレス: yuki.tnb.0414@gmail.com）
・AWS13390458（ご登録メールアドレス: y.tanabe@kaisei-sys.co.jp）

手続きを進めるにあたり、恐れ入りますが以下の点についてご返信いただけます
でしょうか。

1. 各アカウントにサインインする際にご利用のメールアドレス
   （AWS Builder ID、または Amazon.com のアカウントなど）
2. 統合後に残すアカウント（お問い合わせ内容のとおり AWS07731264 で
   よろしいでしょうか）

なお、同じ内容で新しいケースを作成されますと対応が遅れる場合がございます
ので、本メールへのご返信にてお知らせいただけますと幸いです。

何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
    C3_NEW_028 = agent
    note = """ダニエルさん

AWSから返信が来ました（下に転送します）。
AWS07731264 と AWS13390458 それぞれのサインイン用メールアドレスを
聞かれているのですが、会社アドレスの方は Builder ID ではなく、
昔の Amazon アカウントでログインしていた気がします。
どう答えるのがよいでしょうか？ お手すきの際に教えてください。

田邉
"""
    quoted = sf_quote('y.tanabe@kaisei-sys.co.jp', '5/26/2025 1:22 AM', FORM,
                      '[AWS Training and Certification Form Submission] - account-assistance', C3_SUBMISSION_JA)
    fw = (outlook_fw_header_ja('Amazon Web Services <%s>' % FORM, '2025年5月28日 9:47', 'y.tanabe@kaisei-sys.co.jp <y.tanabe@kaisei-sys.co.jp>', 'RE:' + C3_SUBJ)
          + agent + '\n' + quoted)
    yuki_internal('yuki-fw-agent-asks-login-emails', d, 'FW: RE:' + C3_SUBJ, note, fw, 'support_reply', C3, note + agent,
                  cte='qp')

def m029():
    d = ts('2025-05-28 12:14:30')
    new = """Hiro Matsuda commented on your post

"Congrats on the Dev Associate renewal! Are you going for SA Pro next?"

Your post: "Three AWS certs, three different certification accounts. Finally
getting them consolidated. Lesson learned: always register with your personal
email..."

View comment: https://www.linkedin.com/feed/update/urn:li:activity:7331209845512/

This email was intended for Daniel Okafor (Cloud Engineer at Kaisei Systems)
You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""
    htm = html_doc(to_html(new, 'Helvetica Neue, Helvetica, Arial, sans-serif'))
    body = alt(new, htm, boundary='----=_Part_%d_%d.%d' % (rng.randint(10**6, 10**7), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13)))
    ip = '108.174.3.%d' % rng.randint(1, 250)
    a = simple_auth('s-%s@bounce.linkedin.com' % rhex(16), ip, [('linkedin.com', 'd2048-202308-05')], 'linkedin.com')
    ext_mail('linkedin-comment', 'G', d, '"Hiro Matsuda via LinkedIn" <notifications-noreply@linkedin.com>', 'Daniel Okafor <%s>' % DAN_G,
             'Hiro Matsuda commented on your post', body, 'unrelated', None, new, False, 'en',
             auth=a, helo='mailb-ad.linkedin.com', ip=ip, dkim=[('linkedin.com', 'd2048-202308-05')])

C1_NEW_030 = None

def m030():
    global C1_NEW_030
    d = ts('2025-05-29 03:15:27')
    dan_confirm = """Hi Mariana,

The details are correct. Please proceed with the merge, keeping AWS11873905
as the primary account.

Thank you for your help!
Daniel
"""
    new = """Hi Daniel,

Good news: your certification accounts have been consolidated.

Everything from AWS04417382 and AWS09920514 now sits under AWS11873905, and
the two old profiles have been closed. When you sign in with
d.okafor.dev@gmail.com you should see:

  - AWS Certified Cloud Practitioner (2019, expired)
  - AWS Certified Developer - Associate
  - AWS Certified Solutions Architect - Associate

Your exam history and your 50% discount benefit have been moved over as
well. Your upcoming SAP-C02 appointment on June 20 is not affected.

Credly will send you new badge e-mails for the active certifications within
about 48 hours; please accept them from the e-mail or from your Credly
wallet.

I'll keep this case open for a few more days in case anything looks wrong.

Cheers,
Joel M.
AWS Training and Certification Customer Support
"""
    C1_NEW_030 = new
    quoted = (sf_quote(FORM, '5/26/2025 2:05 AM', 'd.okafor.dev@gmail.com', 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C1,
                       'Hi Daniel,\n\nThanks for confirming, and for your patience so far.\n[...]\n')
              + sf_quote('d.okafor.dev@gmail.com', '5/23/2025 11:02 AM', FORM, FORM_SUBJ % C1, dan_confirm)
              + sf_quote(FORM, '5/23/2025 6:47 AM', 'd.okafor.dev@gmail.com', FORM_SUBJ % C1, C1_NEW_022)
              + sf_quote(FORM, '5/15/2025 6:12 AM', 'd.okafor.dev@gmail.com', FORM_SUBJ % C1, C1_NEW_007)
              + sf_quote('d.okafor.dev@gmail.com', '5/13/2025 12:47 AM', FORM,
                         '[AWS Training and Certification Form Submission] - account-assistance', C1_SUBMISSION))
    text = form_reply(new, quoted, C1)
    body = alt(text, form_html(new, quoted, C1), boundary=ses_boundary(), pcte='b64', hcte='qp')
    aws_mail('c1-accounts-consolidated', 'G', d, AWS_FROM % FORM, DAN_G, FORM_SUBJ % C1,
             body, 'merge_completed', C1, new, 'en')

def credly_badge_html(first, badge, issuer, url, intro):
    return html_doc("""<table role="presentation" width="100%%" style="background:#f4f4f4"><tr><td align="center">
<table role="presentation" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#282828">
<tr><td style="padding:24px"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="110"></td></tr>
<tr><td align="center" style="padding:0 24px"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="170" alt="%s">
<h1 style="font-size:24px">%s</h1>
<p style="font-size:16px">%s</p>
<p style="font-size:18px;font-weight:bold">%s</p>
<p><a href="%s" style="display:inline-block;background:#ff6b00;color:#fff;padding:14px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:14px;color:#555">Share your achievement on LinkedIn, add it to your email signature, and let employers verify your skills in one click.</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#777">Issued by %s through Credly.<br>Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750<br>
<a href="https://www.credly.com/users/me/email_preferences">Unsubscribe</a> &middot; <a href="https://www.credly.com/privacy">Privacy Policy</a></td></tr></table></td></tr></table>""" % (
        str(uuid.UUID(int=rng.getrandbits(128))), esc(badge), esc(intro % first), esc('%s has issued you a new badge:' % issuer), esc(badge), url, esc(issuer)))

def m031():
    d = ts('2025-05-29 12:02:48')
    badge = 'AWS Certified Solutions Architect – Associate'
    url = 'https://www.credly.com/earner/earned/badge/0d6f2c3a-7b14-4e9a-9a51-2f8e6c0b7d44?accept=true'
    new = """Congratulations, Daniel!

AWS Training and Certification has issued you a new badge:

%s

Accept your badge: %s

Share your achievement on LinkedIn, add it to your email signature, and let
employers verify your skills in one click.

Issued by AWS Training and Certification through Credly.
Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750
""" % (badge, url)
    htm = credly_badge_html('Daniel', badge, 'AWS Training and Certification', url, 'Congratulations, %s!')
    body = alt(new, htm, boundary=rhex(28))
    a, ip, helo = credly_auth(d)
    ext_mail('credly-badge-saa', 'G', d, '"AWS Training and Certification via Credly" <admin@credly.com>', DAN_G,
             'Congratulations! You earned a badge from AWS Training and Certification', body,
             'credly_badge_issued', None, new, True, 'en', auth=a, helo=helo, ip=ip,
             dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')])

def m032():
    d = ts('2025-05-30 00:40:12')
    badge = 'AWS Certified Developer – Associate'
    url = 'https://www.credly.com/earner/earned/badge/7a21e9d0-55c3-41b8-8d0e-c4b9f1e2a673?accept=true'
    htm = credly_badge_html('Daniel', badge, 'AWS Training and Certification', url, 'Your badge is ready, %s')
    body = text_part(htm, 'html', cte='b64')
    a, ip, helo = credly_auth(d)
    ext_mail('credly-badge-dva-html-only', 'G', d, '"AWS Training and Certification via Credly" <admin@credly.com>', DAN_G,
             'Daniel, claim your AWS Certified Developer – Associate badge', body,
             'credly_badge_issued', None, htm, True, 'en', auth=a, helo=helo, ip=ip,
             dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')])

YUKI_REPLY_0529 = """佐藤様

ご連絡いただきありがとうございます。田邉です。
ご質問の件、以下のとおり回答いたします。

1. サインイン用メールアドレス
   AWS07731264: yuki.tnb.0414@gmail.com（AWS Builder ID）
   AWS13390458: y.tanabe@kaisei-sys.co.jp（Amazon.com のアカウント）
2. 残すアカウントは AWS07731264 でお願いいたします。

なお、社内で認定資格を取りまとめている Daniel Okafor
（daniel.okafor@kaisei-sys.co.jp）を CC に追加しております。

よろしくお願いいたします。

田邉 由紀
"""

C3_NEW_033 = None

def m033():
    global C3_NEW_033
    d = ts('2025-05-30 02:10:06')
    new = """田邉 由紀 様
(CC: Daniel Okafor 様)

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

ご回答いただき、誠にありがとうございます。いただいた情報をもとに確認
いたしました結果、以下の内容にてお手続きを進める準備が整いました。

【統合先（今後ご利用いただくアカウント）】
　AWS07731264（サインイン: yuki.tnb.0414@gmail.com）

【統合元（統合後に無効化されるアカウント）】
　AWS13390458（サインイン: y.tanabe@kaisei-sys.co.jp）

統合後は、AWS13390458 の認定資格、受験履歴および特典がすべて
AWS07731264 に移行されます。一度実行いたしますと元に戻すことが
できませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールにご返信いただき、統合の実施に
ついてご承諾いただけますでしょうか。ご承諾をいただくまで、お手続きは
行いません。

何卒よろしくお願い申し上げます。

佐藤
AWS トレーニングと認定 カスタマーサポート
"""
    C3_NEW_033 = new
    quoted = (sf_quote('y.tanabe@kaisei-sys.co.jp', '5/29/2025 12:31 AM', FORM, 'RE:' + C3_SUBJ, YUKI_REPLY_0529)
              + sf_quote(FORM, '5/28/2025 12:47 AM', 'y.tanabe@kaisei-sys.co.jp', 'RE:' + C3_SUBJ, C3_NEW_028)
              + sf_quote('y.tanabe@kaisei-sys.co.jp', '5/26/2025 1:22 AM', FORM,
                         '[AWS Training and Certification Form Submission] - account-assistance', C3_SUBMISSION_JA))
    footer = """
このメールへのご返信の際は、件名のケース番号 [CASE %s] を変更しないでください。

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % C3
    text = new + footer + '\n' + quoted
    htm = html_doc('%s<div style="font-size:12px;color:#555">%s</div><hr>%s' % (
        to_html(new, 'Meiryo, sans-serif'), esc(footer).replace('\n', '<br>'), esc(quoted).replace('\n', '<br>\n')), lang='ja')
    m = MIMEMultipart('alternative'); del m['MIME-Version']
    m.attach(text_part(text, 'plain', charset='iso-2022-jp', cte='7bit'))
    m.attach(text_part(htm, 'html', charset='utf-8', cte='b64'))
    m.set_boundary(ses_boundary())
    aws_mail('c3-ja-please-confirm-merge-cc', 'W', d, AWS_FROM % FORM, 'y.tanabe@kaisei-sys.co.jp',
             'RE:' + C3_SUBJ, m, 'merge_confirmation_requested', C3, new, 'ja', cc=DAN_W)

def m034():
    d = ts('2025-05-30 08:02:55')
    new = """Hello,

We'd like to hear about your recent experience with AWS Support.

Your case %s, "Service credit request - EBS event ap-northeast-1", has been resolved.

Was your issue resolved?
  Yes: https://support-survey.aws.amazon.com/s/?c=%s&resolved=yes
  No:  https://support-survey.aws.amazon.com/s/?c=%s&resolved=no

How satisfied were you with the support you received? (1-5 stars)
https://support-survey.aws.amazon.com/s/?c=%s

Thank you,
AWS Support
""" % (C4, C4, C4, C4)
    body = alt(new, html_doc(to_html(new)), boundary=ses_boundary())
    aws_mail('billing-case-resolved-survey', 'W', d, '"AWS Support" <no-reply-aws@amazon.com>', 'aws-billing@kaisei-sys.co.jp',
             'How did we do? Your AWS Support case %s has been resolved' % C4, body, 'unrelated', C4, new, 'en',
             cc=DAN_W, region='us-east-1')

def m035():
    d = ts('2025-05-31 02:44:19')
    dan = """Hi Joel,

Thanks a lot, I can see all three certifications now.

One thing: on the Benefits page I don't see the 50% discount voucher from my
Developer Associate. Did it get lost in the merge? I'd like to use it for the
SA Pro exam.

Best,
Daniel

On Thu, May 29, 2025 at 12:15 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
"""
    new = """Hello Daniel,

Greetings from AWS Training and Certification!

I have checked the account AWS11873905 and can confirm the 50%% discount
benefit is available; it is listed under "Benefits" > "Exam discounts" and
it is valid until 12 July 2025. It can take up to 24 hours after a profile
update for the Benefits page to refresh, hence you may not have seen it yet.

Kindly note that the discount cannot be applied to an appointment that is
already scheduled. As per our records you have SAP-C02 booked on 20 June 2025
without the discount. Could you please let us know if you wish to use the
discount for this same exam? If yes, you will need to cancel and re-book the
appointment yourself (free of charge if done more than 24 hours before), and
apply the code at checkout.

Regards,
Prakash N.
AWS Training and Certification Customer Support
"""
    quoted = sf_quote('d.okafor.dev@gmail.com', '5/30/2025 11:58 PM', FORM, FORM_SUBJ % C1,
                      dan + gq(C1_NEW_030))
    quoted += sf_quote(FORM, '5/29/2025 3:15 AM', 'd.okafor.dev@gmail.com', FORM_SUBJ % C1, C1_NEW_030)
    new = new.replace('%%', '%')
    text = form_reply(new, quoted, C1)
    body = alt(text, form_html(new, quoted, C1), boundary=ses_boundary())
    aws_mail('c1-after-merge-voucher-question', 'G', d, AWS_FROM % FORM, DAN_G, FORM_SUBJ % C1,
             body, 'support_reply', C1, new, 'en')

def m036():
    d = ts('2025-06-01 22:10:40')
    new = """AWS Weekly Roundup

Hello,

Here are last week's launches and news from AWS:

- Amazon Aurora DSQL is now generally available in more Regions.
- AWS Lambda now supports Node.js 22 for Lambda@Edge.
- Amazon Q Developer adds agentic coding in the IDE, now in Japanese.
- AWS Organizations: consolidated billing reports now show merged
  cost-allocation tags across member accounts.

Read the full roundup on the AWS News Blog:
https://aws.amazon.com/blogs/aws/aws-weekly-roundup-june-2-2025/

You received this email because you subscribed to the AWS News Blog digest.
Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109
"""
    body = alt(new, html_doc(to_html(new)), boundary=ses_boundary())
    aws_mail('aws-weekly-roundup', 'G', d, '"AWS News Blog" <aws-news-blog@amazon.com>', DAN_G,
             'AWS Weekly Roundup: Aurora DSQL, Lambda, Amazon Q Developer and more (June 2, 2025)', body,
             'unrelated', None, new, 'en', region='us-east-1')

def m037():
    d = ts('2025-06-02 01:36:12')
    yuki_ok = """佐藤様

ご確認いただきありがとうございます。
上記の内容で問題ございませんので、統合をお願いいたします。

田邉 由紀
"""
    new = """田邉 由紀 様
(CC: Daniel Okafor 様)

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村でございます。

統合の実施についてご承諾いただき、誠にありがとうございます。
いただいたご返信をもって、担当部署にてお手続きを開始いたしました。

完了までには通常 3 営業日から 5 営業日ほどお時間をいただいております。
統合が完了いたしましたら、改めて本ケースにてご連絡いたしますので、
今しばらくお待ちいただけますと幸いです。

なお、お手続き中は受験予約の新規作成や変更をお控えください。

引き続きよろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = (outlook_fw_header_ja('田邉 由紀 <y.tanabe@kaisei-sys.co.jp>', '2025年5月30日 13:05',
                                   'Amazon Web Services <%s>' % FORM, 'RE:' + C3_SUBJ, cc='Daniel Okafor <%s>' % DAN_W)
              + yuki_ok + '\n' + outlook_fw_header_ja('Amazon Web Services <%s>' % FORM, '2025年5月30日 11:10',
                                   'y.tanabe@kaisei-sys.co.jp', 'RE:' + C3_SUBJ, cc=DAN_W)
              + C3_NEW_033)
    footer = "\nこのメールへのご返信の際は、件名のケース番号 [CASE %s] を変更しないでください。\n" % C3
    text = new + footer + '\n' + quoted
    body = alt(text, html_doc(to_html(new, 'Meiryo, sans-serif') + '<hr>' + esc(quoted).replace('\n', '<br>\n'), lang='ja'),
               boundary=ses_boundary(), cte='b64')
    aws_mail('c3-ja-thanks-proceeding-cc', 'W', d, AWS_FROM % FORM, 'y.tanabe@kaisei-sys.co.jp',
             'RE: RE:' + C3_SUBJ, body, 'support_reply', C3, new, 'ja', cc=DAN_W)

def m038():
    d = ts('2025-06-02 05:32:02')
    new = """Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース %s をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: サービスクォータの引き上げ: Amazon EC2 オンデマンドインスタンス (ap-northeast-1)
重要度: 一般的なガイダンス
内容: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances の上限を 256 vCPU から 512 vCPU へ引き上げをお願いします。6 月中旬の負荷試験で使用します。

担当者より追ってご連絡いたします。

よろしくお願いいたします。
Amazon Web Services
""" % (C5, C5)
    footer = """
============================================================
本ケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。
============================================================
""" % C5
    text = new + footer
    body = alt(text, html_doc(to_html(text, 'Meiryo, sans-serif'), lang='ja'), boundary=ses_boundary(), cte='b64')
    aws_mail('quota-case-opened-ja', 'W', d, AWS_FROM % NOREPLY, DAN_W,
             'Amazon Web Services: 新しいサポートケースをオープンしました: %s' % C5, body,
             'unrelated', C5, new, 'ja', region='us-east-1')

def m039():
    d = ts('2025-06-03 04:20:51')
    dan = """Hi,

Quick follow-up: the badges for Developer Associate and Solutions Architect
Associate arrived, thanks. But my old Cloud Practitioner badge is still on a
separate Credly account (the one with d-okafor@nifty.com), so my Credly
profile still shows two accounts. Is that something you can fix from your
side?

Thanks,
Daniel
"""
    new = """Hi Daniel,

Thank you for writing back, my name is Aiko and I am looking after your case
today.

The badges for Developer Associate and Solutions Architect Associate were
issued to the Credly account that uses d.okafor.dev@gmail.com, as expected.
The 2019 Cloud Practitioner badge was issued before the merge, so it is
still kept in the Credly account with d-okafor@nifty.com. This is not done
automatically as part of the certification account merge.

I have raised a request to our Credly administrators to transfer that badge
to your current Credly account. Usually this takes 2-3 business days, and
Credly will send you an e-mail when the badge is ready for you to accept.
Alternatively you can merge the two Credly accounts yourself from the Credly
account settings page.

There is nothing else you need to do for now. I will update you on this
case if we need more information.

Best regards,
Aiko T.
AWS Training and Certification Customer Support
"""
    quoted = sf_quote('d.okafor.dev@gmail.com', '6/2/2025 10:51 PM', FORM, FORM_SUBJ % C1, dan)
    quoted += sf_quote(FORM, '5/31/2025 2:44 AM', 'd.okafor.dev@gmail.com', FORM_SUBJ % C1,
                       'Hello Daniel,\n\nGreetings from AWS Training and Certification!\n\nI have checked the account AWS11873905 and can confirm the 50% discount\nbenefit is available; [...]\n')
    quoted += sf_quote(FORM, '5/29/2025 3:15 AM', 'd.okafor.dev@gmail.com', FORM_SUBJ % C1, C1_NEW_030)
    text = form_reply(new, quoted, C1)
    body = alt(text, form_html(new, quoted, C1), boundary=ses_boundary())
    aws_mail('c1-credly-badge-transfer-requested', 'G', d, AWS_FROM % FORM, DAN_G, FORM_SUBJ % C1,
             body, 'support_reply', C1, new, 'en')

def m040():
    d = ts('2025-06-03 09:14:27')
    new = """Dear Daniel Okafor,

This is a confirmation that the profile of your AWS Certification Account
AWS11873905 was updated on 05/29/2025.

The following information changed:
  - Login / e-mail address
  - Certification history

If you made or requested these changes, no action is needed. If you do not
recognize this activity, please contact AWS Training and Certification
Customer Support.

Sign in to your account: https://www.aws.training/Certification

Thank you,
AWS Certification

This email was sent from an unmonitored mailbox. Please do not reply.
"""
    body = text_part(new, charset='us-ascii', cte='7bit')
    ip = '13.111.%d.%d' % (rng.randint(1, 200), rng.randint(2, 250))
    a = simple_auth('bounce-1841_HTML-%d@bounce.certmetrics.com' % rng.randint(10**6, 10**7), ip,
                    [('certmetrics.com', 'scph0524')], 'certmetrics.com', policy='NONE')
    ext_mail('certmetrics-profile-updated', 'G', d, '"AWS Certification" <do-not-reply@certmetrics.com>', 'Daniel Okafor <%s>' % DAN_G,
             'Your AWS Certification Account profile was updated', body, 'unrelated', None, new, False, 'en',
             auth=a, helo='mta-s%d.certmetrics.com' % rng.randint(1, 9), ip=ip, dkim=[('certmetrics.com', 'scph0524')])

C3_NEW_041 = None

def m041():
    global C3_NEW_041
    d = ts('2025-06-04 06:25:18')
    new = """田邉 由紀 様
(CC: Daniel Okafor 様)

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村でございます。

大変お待たせいたしました。
ご依頼いただいておりました認定アカウントの統合作業が完了いたしました
ので、ご報告申し上げます。

　統合先: AWS07731264
　統合元: AWS13390458（本日付で無効化されました）

今後は yuki.tnb.0414@gmail.com にてサインインいただきますと、すべての
認定資格と受験履歴をご確認いただけます。Credly のデジタルバッジにつき
ましては、48 時間以内に Credly より別途メールが送信されます。

本件はこれにて完了となりますので、本ケースはクローズさせていただきます。
後日、対応品質に関するアンケートをお送りする場合がございます。ご協力
いただけますと幸いです。

このたびはご利用いただき、誠にありがとうございました。

中村
AWS トレーニングと認定 カスタマーサポート
"""
    C3_NEW_041 = new
    quoted = (sf_quote('y.tanabe@kaisei-sys.co.jp', '5/30/2025 4:05 AM', FORM, 'RE:' + C3_SUBJ,
                       '佐藤様\n\nご確認いただきありがとうございます。\n上記の内容で問題ございませんので、統合をお願いいたします。\n\n田邉 由紀\n')
              + sf_quote(FORM, '5/30/2025 2:10 AM', 'y.tanabe@kaisei-sys.co.jp', 'RE:' + C3_SUBJ, C3_NEW_033))
    footer = "\nこのメールへのご返信の際は、件名のケース番号 [CASE %s] を変更しないでください。\n" % C3
    text = new + footer + '\n' + quoted
    body = alt(text, html_doc(to_html(new, 'Meiryo, sans-serif') + '<hr>' + esc(quoted).replace('\n', '<br>\n'), lang='ja'),
               boundary=ses_boundary(), cte='b64')
    aws_mail('c3-ja-merge-done-case-closed', 'W', d, AWS_FROM % FORM, 'y.tanabe@kaisei-sys.co.jp',
             'RE:' + C3_SUBJ, body, 'merge_completed', C3, new, 'ja', cc=DAN_W)

def m042():
    d = ts('2025-06-04 15:48:03', JST)
    note = """ダニエルさん

CCで届いていると思いますが、無事に統合が完了しました！
いろいろ相談に乗っていただき、ありがとうございました。
スキルシートの受験者IDも更新しておきます。

来週どこかでランチご馳走させてください。

田邉
"""
    quoted = outlook_fw_header_ja('Amazon Web Services <%s>' % FORM, '2025年6月4日 15:25',
                                  'y.tanabe@kaisei-sys.co.jp <y.tanabe@kaisei-sys.co.jp>', 'RE:' + C3_SUBJ,
                                  cc='Daniel Okafor <%s>' % DAN_W) + C3_NEW_041
    text = note + '\n' + quoted
    htm = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp">\n</head>\n<body>\n'
           '<div style="font-family:游ゴシック,sans-serif;font-size:11pt">%s</div>\n<hr style="display:inline-block;width:98%%">\n'
           '<div id="divRplyFwdMsg" dir="ltr">%s</div>\n</body>\n</html>\n') % (esc(note).replace('\n', '<br>\n'), esc(quoted).replace('\n', '<br>\n'))
    body = alt(text, htm, boundary=outlook_boundary('TYCPR01MB9921'), charset='iso-2022-jp', cte='7bit')
    ext_mail('yuki-thanks-merge-done-reply', 'W', d, addr('田邉 由紀', YUKI_W, 'iso-2022-jp'), addr('Daniel Okafor', DAN_W),
             'RE: RE:' + C3_SUBJ, body, 'unrelated', C3, note, None, 'ja', auth=None,
             msgid='<TYCPR01MB9921%s@TYCPR01MB9921.jpnprd01.prod.outlook.com>' % rhex(20).upper(),
             extra=[('Thread-Topic', C3_SUBJ), ('Thread-Index', 'AQH' + rb64(36)[:46]),
                    ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP')], crlf=True)

def m043():
    d = ts('2025-06-05 02:31:40')
    badge = 'AWS Certified Cloud Practitioner'
    url = 'https://www.credly.com/earner/earned/badge/c3b0d9a1-2e7f-4c55-b8a6-19d04f7e6b2e?accept=true'
    new = """Hi Daniel,

A badge has been moved to your Credly account at the request of the issuer,
AWS Training and Certification:

%s (issued October 2019)

The badge was previously held in another Credly account. It is now ready for
you to accept in this account:
%s

Once accepted, it will appear on your public profile together with your
other badges.

The Credly Team
""" % (badge, url)
    htm = credly_badge_html('Daniel', badge, 'AWS Training and Certification', url, 'A badge was moved to your account, %s')
    body = alt(new, htm, boundary=rhex(28))
    a, ip, helo = credly_auth(d)
    ext_mail('credly-badge-transferred-clf', 'G', d, '"Credly" <admin@credly.com>', DAN_G,
             'A badge has been transferred to your Credly account', body,
             'credly_badge_issued', None, new, True, 'en', auth=a, helo=helo, ip=ip,
             dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')])

def m044():
    d = ts('2025-06-05 03:02:14')
    new = """Merged #512 into main.

Bumps boto3 (https://github.com/boto/boto3) from 1.38.14 to 1.38.27.

—
Reply to this email directly, view it on GitHub:
https://github.com/dokafor-dev/cert-tracker/pull/512#event-17811452031
You are receiving this because you are subscribed to this thread.
"""
    htm = html_doc('<p>Merged <a href="https://github.com/dokafor-dev/cert-tracker/pull/512">#512</a> into main.</p>'
                   '<p>Bumps <a href="https://github.com/boto/boto3">boto3</a> from 1.38.14 to 1.38.27.</p>'
                   '<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/dokafor-dev/cert-tracker/pull/512#event-17811452031">view it on GitHub</a>.</p>')
    body = alt(new, htm, boundary='--==_mimepart_684108%s_%d' % (rhex(5), rng.randint(1000, 9999)))
    ip = '192.30.252.%d' % rng.randint(190, 210)
    a = simple_auth('noreply@github.com', ip, [('github.com', 'pf2023')], 'github.com')
    ext_mail('github-dependabot-merged', 'G', d, '"dependabot[bot]" <notifications@github.com>',
             'dokafor-dev/cert-tracker <cert-tracker@noreply.github.com>',
             'Re: [dokafor-dev/cert-tracker] Bump boto3 from 1.38.14 to 1.38.27 (PR #512)', body,
             'unrelated', None, new, False, 'en', auth=a, helo='out-26.smtp.github.com', ip=ip,
             dkim=[('github.com', 'pf2023')], msgid='<dokafor-dev/cert-tracker/pull/512/issue_event/17811452031@github.com>',
             cc='State change <state_change@noreply.github.com>',
             extra=[('List-ID', 'dokafor-dev/cert-tracker <cert-tracker.dokafor-dev.github.com>'),
                    ('X-GitHub-Reason', 'subscribed')])

def m045():
    d = ts('2025-06-05 07:48:31')
    new = """岡フォー様 / Daniel Okafor 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
AWS サポートの小林です。

ご依頼いただいておりました東京リージョン (ap-northeast-1) の
「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」の
クォータにつきまして、512 vCPU への引き上げが承認されました。
新しい値が Service Quotas コンソールに反映されるまで、最大 30 分程度
かかる場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

本ケースはこれにて解決済みとさせていただきます。

よろしくお願いいたします。
小林
Amazon Web Services
"""
    new = new.replace('岡フォー様 / ', '')
    footer = """
============================================================
本ケースについて再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用アドレスから送信されています。
============================================================
""" % C5
    body = alt(new + footer, html_doc(to_html(new + footer, 'Meiryo, sans-serif'), lang='ja'), boundary=ses_boundary(), cte='qp')
    aws_mail('quota-case-approved-ja', 'W', d, AWS_FROM % NOREPLY, DAN_W,
             'RE:[CASE %s] サービスクォータの引き上げ: Amazon EC2 オンデマンドインスタンス (ap-northeast-1)' % C5, body,
             'unrelated', C5, new, 'ja', region='us-east-1')

def m046():
    d = ts('2025-06-06 09:30:55', JST)
    note = """ダニエルさん

アンケートが届きました。対応してくださった佐藤さん・中村さんには
高評価で回答しておこうと思います。一応共有です。

田邉
"""
    survey = """田邉 由紀 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、
誠にありがとうございました。

お問い合わせいただいたケース %s はクローズされました。

今後のサービス向上のため、簡単なアンケートにご協力いただけますでしょうか。
所要時間は 1 分程度です。

　問題は解決しましたか？
　　はい:   https://aws-tc-feedback.amazon.com/survey?c=%s&lang=ja&r=yes
　　いいえ: https://aws-tc-feedback.amazon.com/survey?c=%s&lang=ja&r=no

　担当者の対応を 5 段階で評価してください:
　　https://aws-tc-feedback.amazon.com/survey?c=%s&lang=ja

AWS トレーニングと認定 カスタマーサポート
""" % (C3, C3, C3, C3)
    fw = outlook_fw_header_ja('Amazon Web Services <%s>' % FORM, '2025年6月6日 8:12',
                              'y.tanabe@kaisei-sys.co.jp <y.tanabe@kaisei-sys.co.jp>',
                              'ケース %s に関するアンケートのお願い' % C3) + survey
    yuki_internal('yuki-fw-case-survey', d, 'FW: ケース %s に関するアンケートのお願い' % C3, note, fw, 'survey', C3, note + survey,
                  cte='b64')

def m047():
    d = ts('2025-06-06 17:22:09')
    new = """Hello,

Your AWS Certification accounts have been successfully merged.

All of your certifications, exam history and digital badges are now
available under a single AWS Certification account.

To keep your certification benefits (including exam discount vouchers)
active, you must verify your consolidated profile within 72 hours:

  Verify profile: https://aws-training-portal.verify-login.co/cert/profile?id=7731

Profiles that are not verified will be reviewed and benefits may be removed.

Best regards,
AWS Training and Certification Customer Support
"""
    htm = html_doc(to_html(new))
    body = alt(new, htm, boundary='=_%s' % rhex(20), cte='qp')
    ip = '193.29.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
    a = dict(dkim=[('pass', 'bulk-sender.info', 'k1')], spf=('pass', 'mailer@bulk-sender.info', ip),
             dmarc=('fail', 'QUARANTINE', 'amazon.com'))
    forged = [('Received', 'from smtp-out-2001.amazon.com (smtp-out-2001.amazon.com [52.95.48.10])\n\tby mail.amazon.com with ESMTPS id 9f2aa81\n\tfor <d.okafor.dev@gmail.com>; ' + rfcdate(d - datetime.timedelta(seconds=40)))]
    hs_extra = [('Authentication-Results', 'amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com')]
    ext_mail('phish-merge-done-dmarc-fail', 'G', d, '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', DAN_G,
             'Your AWS Certification accounts have been merged - action required', body,
             'merge_completed', None, new, False, 'en', auth=a, helo='mta3.bulk-sender.info', ip=ip,
             dkim=[('bulk-sender.info', 'k1')], msgid='<%s@bulk-sender.info>' % rhex(20),
             extra=forged + hs_extra)

def m048():
    d = ts('2025-06-07 00:05:47')
    new = """Hello from Amazon Selling Partner Support,

Your case %s ("Duplicate detail page for Washi Tape Organizer") was
closed because we have not heard from you in 7 days.

How would you rate the support you received?
  Excellent / Good / Fair / Poor
  https://sellercentral.amazon.com/cu/feedback?caseID=%s

If you still need help, you can reopen this case from the Case Log.

Thank you for selling with Amazon.
Amazon Selling Partner Support
""" % (C6, C6)
    body = alt(new, html_doc(to_html(new)), boundary=ses_boundary())
    aws_mail('seller-central-case-closed-rating', 'G', d, '"Amazon Services" <seller-notification@amazon.com>', DAN_G,
             'RE:[CASE %s] Please rate your experience' % C6, body, 'unrelated', C6, new, 'en', region='us-east-1')

def m049():
    d = ts('2025-06-07 01:00:33')
    new = """AWS メールマガジン 2025年6月号

いつも AWS をご利用いただき、ありがとうございます。

■ AWS Summit Japan 2025 まもなく開催
　6月25日(水)・26日(木) 幕張メッセにて開催します。基調講演、
　150 以上のセッション、AWS 認定者限定ラウンジもご用意しています。
　https://aws.amazon.com/jp/summits/japan/

■ 新しいトレーニングコンテンツ
　AWS Skill Builder に日本語の生成 AI 入門コースを追加しました。

■ AWS 認定の受験者向け情報
　複数の認定アカウントをお持ちの方は、お問い合わせフォームから
　アカウントの統合をご依頼いただけます。

配信停止: https://pages.awscloud.com/communication-preferences-jp
アマゾン ウェブ サービス ジャパン合同会社
"""
    body = text_part(new, charset='iso-2022-jp', cte='7bit')
    aws_mail('aws-japan-newsletter-iso2022jp', 'W', d, addr('アマゾン ウェブ サービス ジャパン', 'aws-jp-marketing@amazon.com', 'iso-2022-jp'),
             DAN_W, 'AWS メールマガジン 2025年6月号：AWS Summit Japan まもなく開催', body,
             'unrelated', None, new, 'ja', subj_charset='iso-2022-jp', region='us-east-1')

def m050():
    d = ts('2025-06-08 11:40:26')
    note = """Daniel,

Look, my badge finally moved over too! Forwarding so you can see what it
looks like when it works :) Thanks again for all the help.

Yuki
"""
    cred = """Congratulations, Yuki!

AWS Training and Certification has issued you a new badge:

AWS Certified Solutions Architect – Associate

Accept your badge: https://www.credly.com/earner/earned/badge/4b9e2f10-8c3d-4a7e-91b5-6d2c0a8f3e17?accept=true

Issued by AWS Training and Certification through Credly.
"""
    fwd = """---------- Forwarded message ---------
From: AWS Training and Certification via Credly <admin@credly.com>
Date: 2025年6月8日(日) 19:02
Subject: Congratulations! You earned a badge from AWS Training and Certification
To: <yuki.tnb.0414@gmail.com>

"""
    text = note + '\n' + fwd + cred
    htm = ('<div dir="ltr">%s<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
           '---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">AWS Training and Certification via Credly</strong> '
           '<span dir="auto">&lt;<a href="mailto:admin@credly.com">admin@credly.com</a>&gt;</span><br>Date: 2025年6月8日(日) 19:02<br>'
           'Subject: Congratulations! You earned a badge from AWS Training and Certification<br>To: &lt;<a href="mailto:yuki.tnb.0414@gmail.com">yuki.tnb.0414@gmail.com</a>&gt;<br></div><br><br>%s</div></div>\n'
           % (esc(note).replace('\n', '<br>'), esc(cred).replace('\n', '<br>')))
    body = alt(text, htm, boundary=gmail_boundary(), cte='qp')
    ip = '209.85.220.%d' % rng.randint(41, 73)
    a = simple_auth(YUKI_G, ip, [('gmail.com', '20230601')], 'gmail.com', policy='NONE')
    ext_mail('yuki-gmail-fw-credly-badge', 'G', d, 'Yuki Tanabe <%s>' % YUKI_G, 'Daniel Okafor <%s>' % DAN_G,
             'Fwd: Congratulations! You earned a badge from AWS Training and Certification', body,
             'credly_badge_issued', None, note + cred, False, 'en', auth=a, helo='mail-sor-f41.google.com', ip=ip,
             dkim=[('gmail.com', '20230601')], msgid='<CAJ%s@mail.gmail.com>' % rb64(40).replace('/', '_')[:52],
             extra=[('X-Gm-Features', 'AX0GCF' + rb64(30)[:40])])

def m051():
    d = ts('2025-06-08 21:07:45', JST)
    new = """ダニエルさん

バッジの件、教えていただいてありがとうございます！
Credly のほうは今朝無事に届きました（さっき転送したものです）。
スキルシートの受験者IDも aws07731264 に直しておきました。

それと、SAP の試験は 6/20 でしたよね。がんばってください！
ランチは水曜日あたりどうでしょう？

由紀
"""
    quoted_inner = """ダニエルさん

個人アドレスの方にも連絡しておきます。AWSから「統合が完了しました」と
連絡がありました！ AWS13390458 は無効化されて、AWS07731264 にまとまりました。

由紀
"""
    quoted_outer = """Yuki-san,

Great news, congratulations! One tip: check Credly in a day or two. My 2019
badge stayed on the old Credly account and I had to ask support (case
%s) to move it over.

Daniel

2025年6月4日(水) 18:02 Yuki Tanabe <yuki.tnb.0414@gmail.com>:
""" % C1 + gq(quoted_inner)
    text = new + '\n2025年6月4日(水) 21:15 Daniel Okafor <d.okafor.dev@gmail.com>:\n' + gq(quoted_outer)
    htm = ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
           '2025年6月4日(水) 21:15 Daniel Okafor &lt;<a href="mailto:d.okafor.dev@gmail.com">d.okafor.dev@gmail.com</a>&gt;:<br></div>'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s'
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></blockquote></div>\n'
           % (esc(new).replace('\n', '<br>'), esc(quoted_outer.split('2025年6月4日(水) 18:02')[0]).replace('\n', '<br>')
              + '2025年6月4日(水) 18:02 Yuki Tanabe &lt;yuki.tnb.0414@gmail.com&gt;:<br>', esc(quoted_inner).replace('\n', '<br>')))
    body = alt(text, htm, boundary=gmail_boundary(), cte='b64')
    ip = '209.85.220.%d' % rng.randint(41, 73)
    a = simple_auth(YUKI_G, ip, [('gmail.com', '20230601')], 'gmail.com', policy='NONE')
    ext_mail('yuki-gmail-reply-jp-quote', 'G', d, addr('田邉由紀', YUKI_G), 'Daniel Okafor <%s>' % DAN_G,
             'Re: 統合完了しました！', body, 'unrelated', None, new, False, 'ja', auth=a, helo='mail-sor-f41.google.com', ip=ip,
             dkim=[('gmail.com', '20230601')], msgid='<CAJ%s@mail.gmail.com>' % rb64(40).replace('/', '_')[:52],
             extra=[('In-Reply-To', '<CAF%s@mail.gmail.com>' % rb64(40).replace('/', '_')[:52])])

def m052():
    d = ts('2025-06-09 05:12:30')
    new = """Hello Daniel,

Greetings from AWS Training and Certification!

This is a gentle follow-up on our e-mail dated 31 May 2025. We have not yet
received your response on whether you would like to use the 50% exam
discount for your SAP-C02 appointment.

Kindly revert at the earliest so that we can assist you further. In case we
do not hear from you within 72 hours, we shall presume that no further
assistance is required and this case will be closed.

Regards,
Prakash N.
AWS Training and Certification Customer Support
"""
    quoted = sf_quote(FORM, '6/3/2025 4:20 AM', 'd.okafor.dev@gmail.com', FORM_SUBJ % C1,
                      'Hi Daniel,\n\nThank you for writing back, my name is Aiko and I am looking after your case\ntoday. [...]\n')
    quoted += sf_quote(FORM, '5/31/2025 2:44 AM', 'd.okafor.dev@gmail.com', FORM_SUBJ % C1,
                       """Hello Daniel,

Greetings from AWS Training and Certification!

I have checked the account AWS11873905 and can confirm the 50% discount
benefit is available; it is listed under "Benefits" > "Exam discounts" and
it is valid until 12 July 2025. [...]

Could you please let us know if you wish to use the discount for this same
exam?
""")
    text = form_reply(new, quoted, C1)
    body = alt(text, form_html(new, quoted, C1), boundary=ses_boundary())
    aws_mail('c1-chaser-awaiting-reply', 'G', d, AWS_FROM % FORM, DAN_G, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance - Follow up' % C1,
             body, 'support_reply', C1, new, 'en')

def m053():
    d = ts('2025-06-09 14:00:09')
    badge = 'AWS Certified Cloud Practitioner'
    url = 'https://www.credly.com/earner/earned/badge/c3b0d9a1-2e7f-4c55-b8a6-19d04f7e6b2e?accept=true'
    new = """Hi Daniel,

You have a badge waiting for you!

AWS Training and Certification issued you the badge "%s", but you
haven't accepted it yet. Accept it now to add it to your Credly profile and
share it with your network.

Accept your badge: %s

The Credly Team
""" % (badge, url)
    htm = credly_badge_html('Daniel', badge, 'AWS Training and Certification', url, "Don't forget your badge, %s")
    body = alt(new, htm, boundary=rhex(28))
    a, ip, helo = credly_auth(d)
    ext_mail('credly-pending-badge-reminder', 'G', d, '"AWS Training and Certification via Credly" <admin@credly.com>', DAN_G,
             'Reminder: your AWS Certified Cloud Practitioner badge is waiting', body,
             'credly_badge_issued', None, new, True, 'en', auth=a, helo=helo, ip=ip,
             dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')])

def m054():
    d = ts('2025-06-10 03:41:52')
    new = """Congratulations!

You have earned a new digital badge:
AWS Certified Solutions Architect – Professional

To claim your badge, sign in with your AWS or Amazon account within 48 hours:
https://credly-notifications.net/claim?badge=sap-c02&u=d.okafor.dev

Unclaimed badges are removed from the issuer's records.

Credly Team
"""
    body = text_part(html_doc(to_html(new, 'Helvetica, Arial, sans-serif')), 'html', cte='qp')
    ip = '91.215.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
    a = dict(dkim=[('pass', 'credly-notifications.net', 'mail')], spf=('pass', 'bounce@credly-notifications.net', ip),
             dmarc=('none', None, 'credly-notifications.net'))
    ext_mail('phish-credly-lookalike-badge', 'G', d, '"Credly" <badges@credly-notifications.net>', DAN_G,
             "You've earned a new badge! Claim it now", body, 'unrelated', None, new, False, 'en',
             auth=a, helo='mx1.credly-notifications.net', ip=ip, dkim=[('credly-notifications.net', 'mail')])

def m055():
    d = ts('2025-06-10 08:15:36')
    new = """Amazon.co.jp ご注文の発送のお知らせ

ダニエル オカフォー 様

ご注文いただいた商品を発送しました。

注文番号: 250-4417382-1187390
お届け予定: 6月11日(水)
配送業者: ヤマト運輸　お問い合わせ伝票番号: 4921-8830-2716

・AWS認定ソリューションアーキテクト－プロフェッショナル 試験対策問題集 (1 点)

お届け状況の確認: https://www.amazon.co.jp/gp/your-account/order-details?orderID=250-4417382-1187390

Amazon.co.jp をご利用いただき、ありがとうございます。
このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
"""
    htm = html_doc('<table width="640" style="font-family:Hiragino Kaku Gothic ProN,Meiryo,sans-serif">'
                   '<tr><td><img src="https://m.media-amazon.com/images/G/09/email/logo-amazon-co-jp.png" alt="amazon.co.jp"></td></tr>'
                   '<tr><td>%s</td></tr></table>' % to_html(new, 'Meiryo, sans-serif'), lang='ja')
    body = text_part(htm, 'html', cte='qp')
    ip = '54.240.%d.%d' % (rng.randint(1, 60), rng.randint(1, 250))
    a = simple_auth(ses_bounce(d, 'us-west-2').replace('us-west-2.amazonses.com', 'amazon.co.jp'), ip,
                    [('amazon.co.jp', 'rte02'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')], 'amazon.co.jp', policy='QUARANTINE')
    ext_mail('amazon-co-jp-shipped', 'G', d, '"Amazon.co.jp" <shipment-tracking@amazon.co.jp>', DAN_G,
             'Amazon.co.jp ご注文の商品を発送しました', body, 'unrelated', None, new, True, 'ja',
             auth=a, helo='a%d-%d.smtp-out.amazonses.com' % (rng.randint(1, 60), rng.randint(1, 250)), ip=ip,
             dkim=[('amazon.co.jp', 'rte02'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
             msgid=ses_msgid(d, 'us-west-2'))

def m056():
    d = ts('2025-06-10 16:30:00')
    new = """Credly Insights | June 2025

The skills employers searched for most in May:
 1. Generative AI
 2. Cloud security
 3. Kubernetes
 4. Data engineering

Your badges match 148 open roles on Credly's job board this month.
See matching jobs: https://www.credly.com/earner/jobs

Tip: Badges from the same issuer that ended up in different Credly accounts
can be combined in Settings > Account > Merge accounts.

Credly, 13809 Research Blvd, Suite 500, Austin, TX 78750
Unsubscribe: https://www.credly.com/users/me/email_preferences
"""
    htm = html_doc(to_html(new, 'Helvetica, Arial, sans-serif'))
    body = alt(new, htm, boundary=rhex(28))
    a, ip, helo = credly_auth(d)
    ext_mail('credly-insights-newsletter', 'G', d, '"Credly" <news@credly.com>', DAN_G,
             'Credly Insights: the skills employers want right now', body, 'unrelated', None, new, True, 'en',
             auth=a, helo=helo, ip=ip, dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')],
             extra=[('List-Unsubscribe', '<https://www.credly.com/users/me/email_preferences>')])

def m057():
    d = ts('2025-06-11 10:31:14', JST)
    new = """Thanks Daniel, perfect.
I've put AWS-11873905 in the sheet for you and will pass the list to the
alliance team today. Good luck with SA Pro!

Kenta
"""
    quoted = """From: Daniel Okafor <daniel.okafor@kaisei-sys.co.jp>
Sent: Wednesday, June 11, 2025 10:02 AM
To: 石井 健太 <k.ishii@kaisei-sys.co.jp>
Cc: 田邉 由紀 <y.tanabe@kaisei-sys.co.jp>
Subject: RE: Partner tier renewal: certified engineer list by 6/13

Kenta-san,

Done, my row is updated. My certification accounts were merged on 5/29
(AWS04417382 and AWS09920514 were folded into AWS11873905), so please use
the new validation numbers only. Yuki's merge is also complete
(AWS07731264).

Daniel

From: 石井 健太 <k.ishii@kaisei-sys.co.jp>
Sent: Wednesday, May 14, 2025 9:12 AM
To: Daniel Okafor <daniel.okafor@kaisei-sys.co.jp>
Subject: Partner tier renewal: certified engineer list by 6/13

Hi Daniel,

For the AWS Partner tier renewal the alliance team needs the list of our
certified engineers, with the validation numbers, by 6/13 (Fri).
[...]
"""
    text = new + '\n' + quoted
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div class="WordSection1">%s<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">%s</div></div></body></html>'
           % (to_html(new, 'Aptos, sans-serif'), esc(quoted).replace('\n', '<br>\n')))
    body = alt(text, htm, boundary=outlook_boundary(), cte='qp')
    ext_mail('manager-reply-thanks-outlook-quote', 'W', d, addr('石井 健太', 'k.ishii@kaisei-sys.co.jp'),
             'Daniel Okafor <%s>' % DAN_W, 'RE: Partner tier renewal: certified engineer list by 6/13', body,
             'unrelated', None, new, None, 'en', auth=None, cc=addr('田邉 由紀', YUKI_W),
             msgid='<TYCPR01MB8765%s@TYCPR01MB8765.jpnprd01.prod.outlook.com>' % rhex(20).upper(),
             extra=[('Thread-Topic', 'Partner tier renewal: certified engineer list by 6/13'),
                    ('Thread-Index', 'Ab' + rb64(40)[:50]), ('Accept-Language', 'ja-JP, en-US'),
                    ('Content-Language', 'en-US'), ('In-Reply-To', '<TYCPR01MB8765%s@TYCPR01MB8765.jpnprd01.prod.outlook.com>' % rhex(20).upper())])

def m058():
    d = ts('2025-06-11 04:52:20')
    new = """Dear Daniel Okafor,

Your exam appointment has been rescheduled.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Language: English
New date and time: Friday, June 27, 2025 at 1:30 PM JST
Location: Pearson Professional Centers - Tokyo Shinjuku, Japan
Registration ID: 512884931
Candidate ID: AWS 11873905
Discount applied: 50% AWS Certification exam discount

Please arrive 15 minutes before your appointment and bring two forms of
valid identification.

Sincerely,
Pearson VUE
"""
    htm = html_doc(to_html(new, 'Verdana, sans-serif'))
    body = alt(new, htm, boundary='----=_NextPart_%s' % rhex(20))
    ip = '159.182.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
    a = simple_auth('bounces@pearson.com', ip, [('pearson.com', 'selector1')], 'pearson.com', policy='REJECT')
    ext_mail('pearson-vue-reschedule', 'G', d, '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', DAN_G,
             'Pearson VUE Confirmation of Reschedule', body, 'unrelated', None, new, False, 'en',
             auth=a, helo='mx-out.pearson.com', ip=ip, dkim=[('pearson.com', 'selector1')])

def m059():
    d = ts('2025-06-11 06:00:41')
    new = """Daniel Okafor 様

AWS Summit Japan 2025 にご登録いただき、ありがとうございます。
ご登録が完了しましたので、お知らせいたします。

■ 開催日時: 2025年6月25日(水)・26日(木) 9:30～19:00
■ 会場: 幕張メッセ
■ 登録番号: SJ25-0481-7726

当日は、本メールに記載の QR コードを受付にてご提示ください。
AWS 認定をお持ちの方は、会場内の「AWS 認定者ラウンジ」をご利用いただけます。

AWS Summit Japan 事務局
アマゾン ウェブ サービス ジャパン合同会社
"""
    htm = html_doc(to_html(new, 'Meiryo, sans-serif') + '<p><img src="https://summit-japan.awsevents.com/qr/SJ25-0481-7726.png" alt="QR" width="160"></p>', lang='ja')
    body = alt(new, htm, boundary=ses_boundary(), cte='b64')
    aws_mail('aws-summit-japan-registration', 'W', d, addr('AWS Summit Japan 事務局', 'aws-summit-japan@amazon.com'), DAN_W,
             '【AWS Summit Japan 2025】ご登録完了のお知らせ', body, 'unrelated', None, new, 'ja', region='us-east-1')

def m060():
    d = ts('2025-06-12 05:30:12')
    htm = html_doc("""<table width="600" align="center" style="font-family:'Amazon Ember',Arial,sans-serif;color:#16191f;font-size:14px">
<tr><td style="background:#232f3e;padding:16px;color:#ffffff;font-size:18px">AWS Training and Certification</td></tr>
<tr><td style="padding:22px">
<p>Hello Daniel,</p>
<p>We have not received a reply to our last message, so your case <b>%s</b> is now closed.
If you still need help, simply reply to this e-mail within 7 days and the case will be reopened.</p>
<p>We would love to hear how we did.</p>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="https://aws-tc-feedback.amazon.com/survey?c=%s&amp;r=yes" style="padding:8px 26px;background:#ff9900;color:#000;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://aws-tc-feedback.amazon.com/survey?c=%s&amp;r=no" style="padding:8px 26px;background:#ff9900;color:#000;text-decoration:none">NO</a></p>
<p>How would you rate the agent who helped you?</p>
<p><a href="https://aws-tc-feedback.amazon.com/survey?c=%s&amp;stars=1">1</a> &middot;
<a href="https://aws-tc-feedback.amazon.com/survey?c=%s&amp;stars=2">2</a> &middot;
<a href="https://aws-tc-feedback.amazon.com/survey?c=%s&amp;stars=3">3</a> &middot;
<a href="https://aws-tc-feedback.amazon.com/survey?c=%s&amp;stars=4">4</a> &middot;
<a href="https://aws-tc-feedback.amazon.com/survey?c=%s&amp;stars=5">5</a></p>
<p>Thank you for choosing AWS Training and Certification.</p>
</td></tr>
<tr><td style="padding:14px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
410 Terry Ave. North, Seattle, WA 98109-5210</td></tr></table>""" % tuple([C1] * 8))
    body = text_part(htm, 'html', cte='qp')
    aws_mail('c1-closed-rate-us-html-only', 'G', d, AWS_FROM % FORM, DAN_G,
             'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance - Case closed' % C1,
             body, 'survey', C1, htm, 'en')

MAIL_FUNCS = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010,
              m011, m012, m013, m014, m015, m016, m017, m018, m019, m020,
              m021, m022, m023, m024, m025, m026, m027, m028, m029, m030,
              m031, m032, m033, m034, m035, m036, m037, m038, m039, m040,
              m041, m042, m043, m044, m045, m046, m047, m048, m049, m050,
              m051, m052, m053, m054, m055, m056, m057, m058, m059, m060]

def main():
    for f in MAIL_FUNCS:
        f()
    for fn in os.listdir(OUT):
        if fn.endswith('.eml'):
            os.remove(os.path.join(OUT, fn))
    for fname, data in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False)
    print('wrote', len(MAILS), 'mails')

if __name__ == '__main__':
    main()
