#!/usr/bin/env python3
"""Generator for blind set 272: eight whole merge cases with detours."""
import base64, quopri, json, os, re, random, unicodedata, datetime, uuid, hashlib
from zoneinfo import ZoneInfo
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.compat32.clone(max_line_length=0, linesep='\n')
R = random.Random(272)
UTC = datetime.timezone.utc
LA = ZoneInfo('America/Los_Angeles')
TOKYO = ZoneInfo('Asia/Tokyo')
DUB = ZoneInfo('Europe/Dublin')
LABELS = {}
ID_RE = re.compile(r'aws[\s\-_]?(\d{8})(?!\d)', re.I)

# ---------------------------------------------------------------- helpers
def dt(y, mo, d, h, mi, s=0):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=UTC)

def fmt(t, tz=UTC):
    return format_datetime(t.astimezone(tz))

def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))

def ses_id(t, region_prefix='0100'):
    ms = int(t.timestamp() * 1000)
    return '%s%012x-%s-000000' % (region_prefix, ms, uuid.UUID(int=R.getrandbits(128)))

def sjis_to_jis(b):
    """Convert cp932 bytes to ISO-2022-JP (CP50220 style, keeps NEC specials)."""
    out = bytearray(); mode = 'ascii'; i = 0
    while i < len(b):
        c = b[i]
        if c < 0x80:
            if mode != 'ascii':
                out += b'\x1b(B'; mode = 'ascii'
            out.append(c); i += 1; continue
        c2 = b[i + 1]; i += 2
        if mode != 'jis':
            out += b'\x1b$B'; mode = 'jis'
        if c >= 0xe0: c -= 0x40
        c = (c - 0x81) * 2 + 0x21
        if c2 >= 0x9f:
            c += 1; c2 = c2 - 0x9f + 0x21
        else:
            if c2 >= 0x80: c2 -= 1
            c2 = c2 - 0x40 + 0x21
        out += bytes([c, c2])
    if mode != 'ascii':
        out += b'\x1b(B'
    return bytes(out)

def encode_text(text, codec):
    if codec in ('iso-2022-jp', 'iso2022_jp'):
        try:
            return text.encode('iso2022_jp')
        except UnicodeEncodeError:
            return sjis_to_jis(text.encode('cp932'))
    if codec in ('shift_jis', 'shift-jis'):
        return text.encode('cp932')
    return text.encode(codec)

def tpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None, extra=None):
    """A text part; codec = codec really used for the bytes (to fake a wrong label)."""
    raw = encode_text(text, codec or charset)
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', charset)
    if extra:
        for k, v in extra.items():
            p.set_param(k, v)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    del p['MIME-Version']
    p['Content-Transfer-Encoding'] = cte
    return p

def alt(plain, html, boundary=None):
    m = MIMEMultipart('alternative')
    m.attach(plain); m.attach(html)
    del m['MIME-Version']
    if boundary: m.set_boundary(boundary)
    return m

def ew(s, charset='utf-8', name='Subject'):
    """Encoded-word header value, folded like a mailer would."""
    try:
        s.encode('ascii'); return s
    except UnicodeEncodeError:
        pass
    return Header(s, charset, header_name=name).encode(maxlinelen=76, linesep='\n')

def addr(name, email_addr, charset='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(maxlinelen=76), email_addr)

def fold_params(s):
    return s

def dkim(d, s, t, hdrs='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID', c='relaxed/simple', i=None):
    v = 'v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;%s\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s\n\t%s=' % (
        c, s, d, int(t.timestamp()), (' i=@%s;' % i) if i else '', hdrs, rb64(43), rb64(70), rb64(70), rb64(30))
    return v

def html_wrap(body, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body>\n%s\n</body></html>\n') % (lang, body)

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def p_html(text):
    """Plain text to simple HTML paragraphs."""
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>%s</p>' % esc(p).replace('\n', '<br>\n') for p in paras)

def quote_lines(text, prefix='> '):
    out = []
    for l in text.rstrip('\n').split('\n'):
        out.append((prefix + l) if l else prefix.rstrip())
    return '\n'.join(out) + '\n'

# ------------------------------------------------------------ transports
def gmail_trace(to, t, env_from, src_host, src_ip, auth, arc=True):
    """Headers Gmail adds on delivery (top first)."""
    t0 = t + datetime.timedelta(seconds=R.randint(2, 9))
    h = []
    h.append(('Delivered-To', to))
    h.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s' % (
        rhex(4), rhex(3), rhex(3), rhex(4), rb64(12).lower().replace('+', 'a').replace('/', 'b'), fmt(t0, LA) + ' (%s)' % t0.astimezone(LA).tzname())))
    h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)))
    h.append(('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s.%s.%s;\n        %s' % (
        rhex(4), rhex(3), rhex(4), rhex(16), R.randint(10, 99), R.randint(1, 9) * 1000000000 + R.randint(0, 999999999),
        fmt(t0, LA) + ' (%s)' % t0.astimezone(LA).tzname())))
    if arc:
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==' % (int(t0.timestamp()), rb64(70), rb64(60))))
        h.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s\n         %s==' % (rb64(43), rb64(43), rb64(70), rb64(60))))
        h.append(('ARC-Authentication-Results', 'i=1; mx.google.com;\n' + auth.split(';', 1)[1].lstrip('\n')))
    h.append(('Return-Path', '<%s>' % env_from))
    h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
        src_host, src_host, src_ip, rhex(16), R.randint(100, 999) + 6000, ''.join(R.choice('abcdefghijklmnop') for _ in range(4)) + ''.join(R.choice('0123456789') for _ in range(2)),
        R.randint(1, 99), to, fmt(t0, LA) + ' (%s)' % t0.astimezone(LA).tzname())))
    if 'spf=fail' in auth:
        h.append(('Received-SPF', 'fail (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;' % (env_from, src_ip, src_ip)))
    else:
        h.append(('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (env_from, src_ip, src_ip)))
    h.append(('Authentication-Results', auth))
    return h

def gmail_auth_aws(env_from, ip, sel_amz='rte02', sel_ses='224i4yxa5dv7c2xz3womw6peuasteono'):
    return ('mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=%s header.b=%s;\n'
            '       dkim=pass header.i=@amazonses.com header.s=%s header.b=%s;\n'
            '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com') % (
        sel_amz, rb64(8), sel_ses, rb64(8), env_from, ip, env_from)

def outlook_trace(to, t, src_host, src_ip, auth_line, mailfrom_dom, tenant='northwind-analytics.com', consumer=False):
    t0 = t + datetime.timedelta(seconds=R.randint(2, 9))
    srv = lambda p: '%s%s%s.namprd%02d.prod.outlook.com' % (p, rhex(2).upper(), 'MB' if p.endswith('PR') else 'PEPF', R.randint(2, 20))
    h = []
    h.append(('Received', 'from %s (2603:10b6:%s::%s)\n by %s with HTTPS; %s' % (
        srv('SA1PR'), rhex(3), rhex(2), srv('DM6PR'), fmt(t0 + datetime.timedelta(seconds=1)))))
    h.append(('Received', 'from %s (2603:10b6:%s:cafe::%s) by\n %s (2603:10b6:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
        srv('BN1PEPF'), rhex(3), rhex(2), srv('SA1PR'), rhex(3), rhex(2), R.randint(7000, 8999), R.randint(10, 40), fmt(t0))))
    h.append(('Authentication-Results', auth_line))
    h.append(('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (mailfrom_dom, src_ip, src_ip, src_host)))
    h.append(('Received', 'from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
        src_host, src_ip, srv('BN1PEPF'), R.randint(240, 250), R.randint(1, 254), R.randint(7000, 8999), R.randint(10, 40), fmt(t0 - datetime.timedelta(seconds=1)))))
    return h

def outlook_auth_aws(ip):
    return ('spf=pass (sender IP is %s)\n smtp.mailfrom=email.amazonses.com; dkim=pass (signature was verified)\n'
            ' header.d=amazon.com;dkim=pass (signature was verified)\n header.d=amazonses.com;dmarc=pass action=none\n'
            ' header.from=amazon.com;compauth=pass reason=100') % ip

def jp_trace(provider_host, authserv, to, t, src_host, src_ip, auth_body):
    t0 = t + datetime.timedelta(seconds=R.randint(2, 9))
    h = []
    h.append(('Return-Path', None))  # placeholder replaced by caller
    h.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s' % (
        src_host, src_host, src_ip, provider_host, rb64(10).replace('/', 'x').replace('+', 'y'), to, fmt(t0, TOKYO) + ' (JST)')))
    h.append(('Authentication-Results', '%s;\n\t%s' % (authserv, auth_body)))
    return [x for x in h if x[1] is not None]

def ses_hop():
    n = R.randint(1, 60)
    ip = '54.240.%d.%d' % (R.choice([8, 9, 10, 11, 27, 48]), n)
    host = 'a%s-%d.smtp-out.amazonses.com' % (ip.split('.')[2], n)
    return host, ip

# ---------------------------------------------------------------- assembly
def build(fname, trace, top, body, kind, case_id, ids, verified, lang, new_text, ses=None, extra_tail=None):
    """trace: list of (name, value) added by receiving side; top: message headers; body: MIME part."""
    ctype = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for k, v in trace + top:
        body[k] = v
    if not any(k.lower() == 'mime-version' for k, _ in top):
        body['MIME-Version'] = '1.0'
    for k, v in ctype:
        if k.lower() == 'mime-version':
            continue
        body[k] = v
    for k, v in (extra_tail or []):
        body[k] = v
    data = body.as_bytes(policy=POL)
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    auto = sorted({'AWS' + m for m in ID_RE.findall(unicodedata.normalize('NFKC', new_text))})
    if sorted(ids) != auto:
        raise SystemExit('%s: labelled ids %s but new text has %s' % (fname, ids, auto))
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(ids),
                     'sender_verified': verified, 'language': lang}

def aws_top(t, frm, to, subject, msgid=None, sel_amz='rte02', extra=None):
    h = [('DKIM-Signature', dkim('amazon.com', sel_amz, t, hdrs='From:To:Subject:MIME-Version:Content-Type:\n\tContent-Transfer-Encoding:Date:Message-ID')),
         ('DKIM-Signature', dkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', t, hdrs='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID'))]
    h += [('Date', fmt(t)), ('From', frm), ('To', to), ('Message-ID', '<%s@email.amazonses.com>' % (msgid or ses_id(t))),
          ('Subject', subject)]
    h += extra or []
    h += [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43)), ('X-SES-Outgoing', t.strftime('%Y.%m.%d') + '-' + '54.240.8.%d' % R.randint(1, 90))]
    return h

FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
FORM_ADDR = 'aws-cs-trainingcertification-form@amazon.com'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'

def aws_mail_gmail(fname, t, frm, to, subject, body, kind, case_id, ids, lang, new_text, **kw):
    host, ip = ses_hop()
    mid = ses_id(t)
    env = '%s@amazonses.com' % mid
    trace = gmail_trace(to, t, env, host, ip, gmail_auth_aws(env, ip))
    build(fname, trace, aws_top(t, frm, to, subject, msgid=mid), body, kind, case_id, ids, True, lang, new_text, **kw)
    return mid + '@email.amazonses.com'

def aws_mail_outlook(fname, t, frm, to, subject, body, kind, case_id, ids, lang, new_text, extra_top=None, **kw):
    host, ip = ses_hop()
    mid = ses_id(t)
    trace = outlook_trace(to, t, host, ip, outlook_auth_aws(ip), 'email.amazonses.com')
    trace = [('Return-Path', '%s@email.amazonses.com' % mid)] + trace
    top = aws_top(t, frm, to, subject, msgid=mid, extra=extra_top)
    tail = [('X-MS-Exchange-Organization-Network-Message-Id', str(uuid.UUID(int=R.getrandbits(128)))),
            ('X-MS-Exchange-Organization-AuthSource', 'BN1PEPF000%s.namprd04.prod.outlook.com' % rhex(5).upper()),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-Organization-SCL', '1'),
            ('X-Microsoft-Antispam', 'BCL:0;ARA:13230040|%d|%d;' % (R.randint(10000, 99999), R.randint(1000000, 9999999)))]
    build(fname, trace, top, body, kind, case_id, ids, True, lang, new_text, extra_tail=tail, **kw)
    return mid + '@email.amazonses.com'

def aws_mail_jp(fname, t, frm, to, subject, body, kind, case_id, ids, lang, new_text, provider_host, authserv, auth_fmt='std', verified=True, **kw):
    host, ip = ses_hop()
    mid = ses_id(t)
    env = '%s@amazonses.com' % mid
    if auth_fmt == 'std':
        ab = 'spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=amazon.com header.s=rte02;\n\tdkim=pass header.d=amazonses.com;\n\tdmarc=pass header.from=amazon.com' % env
    else:
        ab = auth_fmt
    trace = [('Return-Path', '<%s>' % env)] + jp_trace(provider_host, authserv, to, t, host, ip, ab)
    build(fname, trace, aws_top(t, frm, to, subject, msgid=mid), body, kind, case_id, ids, verified, lang, new_text, **kw)
    return mid + '@email.amazonses.com'

def gmail_sent_top(t, frm, to, subject, msgid, in_reply_to=None, tz=LA):
    h = [('MIME-Version', '1.0'), ('Date', fmt(t, tz)), ('Message-ID', '<%s@mail.gmail.com>' % msgid)]
    if in_reply_to:
        h += [('In-Reply-To', '<%s>' % in_reply_to), ('References', '<%s>' % in_reply_to)]
    h += [('Subject', subject), ('From', frm), ('To', to)]
    return h

def gmail_msgid():
    return 'CA' + rb64(40).replace('/', '_').replace('+', '-') + '=' + rb64(8).replace('/', '_').replace('+', '-')

def gmail_boundary():
    return '0000000000' + rhex(18)

def ses_boundary(t):
    return '----=_Part_%d_%d.%d' % (R.randint(100000, 9999999), R.randint(100000000, 2000000000), int(t.timestamp() * 1000))

def gmail_auth_generic(env_from, ip, dkims, dmarc, from_dom, spf='pass', policy_str='(p=REJECT sp=REJECT dis=NONE)'):
    lines = ['mx.google.com;']
    for d, sel in dkims:
        lines.append('       dkim=pass header.i=@%s header.s=%s header.b=%s;' % (d, sel, rb64(8)))
    if spf == 'pass':
        lines.append('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;' % (env_from, ip, env_from))
    else:
        lines.append('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (spf, env_from, ip, env_from))
    lines.append('       dmarc=%s %s header.from=%s' % (dmarc, policy_str, from_dom))
    return '\n'.join(lines)

def gmail_quote_header(t, who, tz=LA):
    l = t.astimezone(tz)
    return 'On %s, %s %d, %d at %d:%02d %s %s wrote:' % (
        l.strftime('%a'), l.strftime('%b'), l.day, l.year, (l.hour % 12) or 12, l.minute, 'AM' if l.hour < 12 else 'PM', who)

def gmail_html(new_html, quote_hdr=None, quoted_html=None):
    h = '<div dir="ltr">%s</div>' % new_html
    if quote_hdr:
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (
            esc(quote_hdr), quoted_html)
    return h + '\n'

def jp_gmail_quote_header(t, who):
    l = t.astimezone(TOKYO)
    wd = '月火水木金土日'[l.weekday()]
    return '%d年%d月%d日(%s) %d:%02d %s:' % (l.year, l.month, l.day, wd, l.hour, l.minute, who)

def aws_form_html(text):
    return html_wrap('<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</div>' % p_html(text))

# ================================================================ CASE 1
# Form desk, English. Daniel Okafor (Gmail). 15-digit case opened 2025-03-11 09:14:27 UTC.
C1 = '174168446700318'
D_ADDR = 'daniel.okafor88@gmail.com'
D_FROM = 'Daniel Okafor <daniel.okafor88@gmail.com>'
C1_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C1

def case1():
    # 001 acknowledgement
    t = dt(2025, 3, 11, 9, 14, 52)
    txt = """Hello Daniel,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request and a case has been created for it.

Case ID: 174168446700318
Inquiry type: Certification
Inquiry detail: Account Merge

A member of our team will respond within 24 hours. To add information to this case, reply to this email and keep the case ID in the subject line. Please do not open a new case for the same request, as this may delay our response.

A copy of your submission:

  Name: Daniel Okafor
  Email: daniel.okafor88@gmail.com
  Country: Ireland
  AWS candidate ID: AWS11930562
  Description: Hi, I have two certification accounts. The old one was created with my previous employer email and holds my SAA cert (candidate id aws04418273). Please merge it into my current account AWS11930562. Thanks

Sincerely,
AWS Training and Certification

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
"""
    body = alt(tpart(txt), tpart(aws_form_html(txt), 'html'), ses_boundary(t))
    aws_mail_gmail('001-form-ack-daniel.eml', t, FORM, D_ADDR,
                   '[CASE %s] AWS Training and Certification Form Submission - account-assistance' % C1,
                   body, 'case_created', C1, ['AWS04418273', 'AWS11930562'], 'en', txt)

    # 002 agent asks for details (old id not found)
    t2 = dt(2025, 3, 12, 13, 2, 11)
    txt2 = """Hello Daniel,

Greetings from AWS Training and Certification!

Thank you for reaching out to us regarding merging of your certification accounts. I have checked and I could locate the account AWS11930562 which is registered under daniel.okafor88@gmail.com.

However, I was unable to locate the second account with the candidate ID provided by you. Kindly help us with below details so that we can proceed further:

1. The e-mail address which you used to login to the older account (if you remember it)
2. The notification e-mail address on the older account, if different
3. Please confirm which account you would like to retain as the primary account

Once we receive the above information, we will be able to proceed further with your request.

Awaiting your response.

Regards,
Rahul S.
AWS Training and Certification
"""
    body = alt(tpart(txt2), tpart(aws_form_html(txt2), 'html'), ses_boundary(t2))
    aws_mail_gmail('002-form-agent-asks-login-daniel.eml', t2, FORM, D_ADDR, C1_SUBJ,
                   body, 'support_reply', C1, ['AWS11930562'], 'en', txt2)

    # 003 Daniel's reply (Sent, Gmail web)
    t3 = dt(2025, 3, 12, 16, 40, 3)
    new3 = """Hi Rahul,

Thanks for getting back to me so quickly. My mistake, I swapped two digits in the form. The old candidate ID is AWS-04418237 (just checked it on an old score report).

1. Login e-mail of the old account: daniel.okafor@brightlane-consulting.com
2. Notification e-mail is the same one. I no longer have access to that mailbox since I left the company, which is why I can't sign in there anymore.
3. Please keep AWS11930562 (daniel.okafor88@gmail.com) as the primary account.

Best,
Daniel
"""
    qh = gmail_quote_header(t2, 'Amazon Web Services <%s>' % FORM_ADDR, DUB)
    plain3 = new3 + '\n' + qh + '\n\n' + quote_lines(txt2)
    html3 = gmail_html(p_html(new3), qh, p_html(txt2))
    body = alt(tpart(plain3, cte='7bit', charset='UTF-8'), tpart(html3, 'html', charset='UTF-8', cte='quoted-printable'), gmail_boundary())
    top = gmail_sent_top(t3, D_FROM, '"Amazon Web Services" <%s>' % FORM_ADDR, 'Re: ' + C1_SUBJ, gmail_msgid(), tz=DUB)
    build('003-sent-daniel-gives-login-emails.eml', [], top, body, 'unrelated', C1,
          ['AWS04418237', 'AWS11930562'], None, 'en', new3)

    # 004 merge confirmation request, quoting Daniel in an Original Message block
    t4 = dt(2025, 3, 13, 10, 25, 40)
    new4 = """Hello Daniel,

Thank you for the information provided.

I have now located both accounts. Before we make any changes, please review the details below carefully:

Account to be merged (will be deactivated):
Candidate ID: AWS04418237
Email: daniel.okafor@brightlane-consulting.com

Account to be retained:
Candidate ID: AWS11930562
Email: daniel.okafor88@gmail.com

After the merge, all certification history, exam history and benefits from AWS04418237 will be moved to AWS11930562, and you will use daniel.okafor88@gmail.com to sign in. Please note that the merge cannot be reversed once it is completed.

If the above details are correct, kindly reply to this email with your confirmation and we will proceed accordingly.

Regards,
Rahul S.
AWS Training and Certification
"""
    hist4 = """
-----Original Message-----
From: daniel.okafor88@gmail.com
Sent: Wed Mar 12 16:40:03 UTC 2025
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE 174168446700318] [AWS Training and Certification Form Submission] - account-assistance

""" + new3
    txt4 = new4 + hist4
    body = alt(tpart(txt4), tpart(aws_form_html(txt4), 'html'), ses_boundary(t4))
    mid4 = aws_mail_gmail('004-form-merge-confirm-request-daniel.eml', t4, FORM, D_ADDR, C1_SUBJ,
                   body, 'merge_confirmation_requested', C1, ['AWS04418237', 'AWS11930562'], 'en', new4)

    # 005 Daniel confirms from iPhone Mail (Sent)
    t5 = dt(2025, 3, 13, 18, 5, 21)
    new5 = """Hi Rahul,

The details are correct. Please proceed with the merge.

Thanks a lot,
Daniel

Sent from my iPhone
"""
    l4 = t4.astimezone(DUB)
    qh5 = 'On %s %d, %d, at %d:%02d, Amazon Web Services <%s> wrote:' % (l4.strftime('%b'), l4.day, l4.year, l4.hour, l4.minute, FORM_ADDR)
    plain5 = new5 + '\n> ' + qh5 + '\n> \n' + quote_lines(txt4, '> ')
    body = tpart(plain5, charset='utf-8', cte='quoted-printable')
    top = [('Content-Type', None)]
    top = [('From', D_FROM), ('Mime-Version', '1.0 (1.0)'), ('Date', fmt(t5, DUB)),
           ('Subject', 'Re: ' + C1_SUBJ), ('Message-Id', '<%s@gmail.com>' % str(uuid.UUID(int=R.getrandbits(128))).upper()),
           ('References', '<%s>' % mid4), ('In-Reply-To', '<%s>' % mid4),
           ('To', '"Amazon Web Services" <%s>' % FORM_ADDR), ('X-Mailer', 'iPhone Mail (22D82)')]
    build('005-sent-daniel-confirms-iphone.eml', [], top, body, 'unrelated', C1, [], None, 'en', new5)

    # 006 thank you for confirming, will proceed
    t6 = dt(2025, 3, 14, 7, 48, 2)
    new6 = """Hello Daniel,

Thank you for confirming the details.

I have forwarded your request to our internal team to proceed with merging AWS04418237 into AWS11930562. Such requests are usually processed within 2-3 business days. Once the merge is complete, we will notify you through this case. Your Credly badges will be updated afterwards, which can take an additional 24-48 hours.

In the meantime, please do not schedule any new exam on the account AWS04418237.

Best regards,
Meera K.
AWS Training and Certification
"""
    body = alt(tpart(new6, cte='base64'), tpart(aws_form_html(new6), 'html', cte='base64'), ses_boundary(t6))
    aws_mail_gmail('006-form-thanks-will-proceed-daniel.eml', t6, FORM, D_ADDR, C1_SUBJ,
                   body, 'support_reply', C1, ['AWS04418237', 'AWS11930562'], 'en', new6)

    # 007 phishing from a look-alike domain, about the merge
    t7 = dt(2025, 3, 14, 11, 31, 9)
    ph = """<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<tr><td style="background:#232f3e;padding:16px"><img src="https://aws-certification-accounts.com/static/aws-logo.png" alt="aws" width="60"></td></tr>
<tr><td style="padding:24px">
<p>Dear Candidate,</p>
<p>We received a request to merge your AWS Certification profiles. To avoid interruption to your active certifications and exam vouchers, you must <b>confirm the merge within 24 hours</b> by signing in with your AWS credentials.</p>
<p style="text-align:center"><a href="https://aws-certification-accounts.com/merge/confirm?ref=MRG-7Q4K2" style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none;border-radius:3px">Confirm account merge</a></p>
<p>If the merge is not confirmed, both profiles will be suspended for security review and your certifications may be revoked.</p>
<p>Reference No.: MRG-7Q4K2</p>
<p>Regards,<br>AWS Certification Account Team</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#687078">&copy; 2025 Amazon Web Services, Inc. All rights reserved.</td></tr>
</table></td></tr></table>"""
    html7 = html_wrap(ph)
    body = tpart(html7, 'html', charset='utf-8', cte='quoted-printable')
    ip = '185.225.73.14'
    env = 'bounce-7731@mail.aws-certification-accounts.com'
    auth = gmail_auth_generic(env, ip, [('aws-certification-accounts.com', 'default')], 'pass', 'aws-certification-accounts.com', policy_str='(p=NONE sp=NONE dis=NONE)')
    trace = gmail_trace(D_ADDR, t7, env, 'mail.aws-certification-accounts.com', ip, auth)
    top = [('DKIM-Signature', dkim('aws-certification-accounts.com', 'default', t7)),
           ('Date', fmt(t7)), ('From', '"AWS Certification Support" <support@aws-certification-accounts.com>'),
           ('To', D_ADDR), ('Subject', 'Action required: confirm your certification account merge request'),
           ('Message-ID', '<%s@aws-certification-accounts.com>' % rhex(24)), ('X-Mailer', 'PHPMailer 6.8.1')]
    build('007-phish-lookalike-merge-confirm.eml', trace, top, body, 'merge_confirmation_requested', None, [], False, 'en', html7)

    # 008 merge completed
    t8 = dt(2025, 3, 15, 21, 10, 44)
    new8 = """Hello Daniel,

Good news! The merge of your accounts has been completed successfully.

Your certification records from AWS04418237 now appear under your active account AWS11930562. You can verify it by signing in to your AWS Certification Account with daniel.okafor88@gmail.com.

Please note:
- The account AWS04418237 has been deactivated and can no longer be used to sign in.
- Your benefits, including the 50% discount voucher for your next exam, have been moved as well.
- Credly will issue the badges to the e-mail address on your active account; please allow up to 48 hours.

If you have any further questions, simply reply to this email.

Best regards,
Meera K.
AWS Training and Certification
"""
    body = alt(tpart(new8, cte='base64'), tpart(aws_form_html(new8), 'html', cte='base64'), ses_boundary(t8))
    aws_mail_gmail('008-form-merge-completed-daniel.eml', t8, FORM, D_ADDR, C1_SUBJ,
                   body, 'merge_completed', C1, ['AWS04418237', 'AWS11930562'], 'en', new8)

    # 009 Credly badge (moved after merge)
    t9 = dt(2025, 3, 16, 3, 40, 17)
    ctxt = """Amazon Web Services Training and Certification has issued you a badge

Hi Daniel,

Your badge AWS Certified Solutions Architect – Associate is ready for you to accept. Claim it to share your achievement and let others verify your skills.

Accept your badge: https://www.credly.com/earner/earned/badge/8f3c2b1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b?utm_source=email

Issued by Amazon Web Services Training and Certification
Issue date: March 16, 2025

Credly, Inc. | 2 Penn Plaza, 23rd Floor, New York, NY 10121
Manage your email preferences: https://www.credly.com/notification_settings
"""
    chtml = html_wrap("""<table width="100%" style="background:#f7f7f7"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px;text-align:center"><img src="https://images.credly.com/size/220x220/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="140" alt="AWS Certified Solutions Architect – Associate"></td></tr>
<tr><td style="padding:0 32px"><h2 style="font-weight:600">Amazon Web Services Training and Certification has issued you a badge</h2>
<p>Hi Daniel,</p>
<p>Your badge <b>AWS Certified Solutions Architect – Associate</b> is ready for you to accept. Claim it to share your achievement and let others verify your skills.</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/8f3c2b1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b?utm_source=email" style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Issued by Amazon Web Services Training and Certification &middot; March 16, 2025</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">Credly, Inc. | 2 Penn Plaza, 23rd Floor, New York, NY 10121<br><a href="https://www.credly.com/notification_settings">Manage your email preferences</a></td></tr>
</table></td></tr></table>""")
    body = alt(tpart(ctxt), tpart(chtml, 'html'), '--==_mimepart_%s_%d' % (rhex(13), R.randint(100000, 999999)))
    env = 'bounces+1184623-%s-daniel.okafor88=gmail.com@em.credly.com' % rhex(4)
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    auth = gmail_auth_generic(env, ip, [('credly.com', 's1'), ('sendgrid.info', 'smtpapi')], 'pass', 'credly.com', policy_str='(p=QUARANTINE sp=QUARANTINE dis=NONE)')
    trace = gmail_trace(D_ADDR, t9, env, 'o%d.em.credly.com' % R.randint(1, 30), ip, auth)
    top = [('DKIM-Signature', dkim('credly.com', 's1', t9, hdrs='from:mime-version:subject:list-unsubscribe:\n\tcontent-type:to:cc:content-type:from:subject:to')),
           ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', t9, hdrs='from:mime-version:subject:list-unsubscribe:\n\tcontent-type:to:cc:content-type:from:subject:to')),
           ('Date', fmt(t9)), ('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'),
           ('Reply-To', 'no-reply@credly.com'), ('To', D_ADDR),
           ('Message-ID', '<%s_%s@web-%d.mail>' % (rhex(24), rhex(6), R.randint(1, 9))),
           ('Subject', ew('Daniel, your AWS Certified Solutions Architect – Associate badge is ready to accept')),
           ('List-Unsubscribe', '<https://www.credly.com/notification_settings>')]
    build('009-credly-badge-moved-daniel.eml', trace, top, body, 'credly_badge_issued', None, [], True, 'en', ctxt)

    # 010 closure + survey, HTML only, label says iso-8859-1 but bytes are UTF-8
    t10 = dt(2025, 3, 17, 21, 15, 3)
    shtml = html_wrap("""<div style="font-family:Arial,sans-serif;font-size:14px;color:#16191f;max-width:600px">
<p>Hello Daniel,</p>
<p>We’re reaching out because your case <b>174168446700318</b> – <i>account-assistance</i> – has been marked as resolved. If you need further help with this request, reply to this email within 14 days and the case will be reopened.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://aws-tc-survey.amazon.com/s?c=174168446700318&amp;r=1">YES</a> &nbsp;|&nbsp; <a href="https://aws-tc-survey.amazon.com/s?c=174168446700318&amp;r=0">NO</a></p>
<p>How would you rate the support you received from Meera? It takes less than a minute, and your feedback helps us improve.</p>
<p><a href="https://aws-tc-survey.amazon.com/s?c=174168446700318&amp;q=csat">Rate your experience</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
</div>""")
    body = tpart(shtml, 'html', charset='iso-8859-1', cte='quoted-printable', codec='utf-8')
    aws_mail_gmail('010-form-closure-survey-daniel.eml', t10, FORM, D_ADDR,
                   ew('Case 174168446700318 resolved – how did we do?'), body, 'survey', C1, [], 'en', shtml)


# ================================================================ CASE 2
# Form desk, English. Priya Raghunathan (Microsoft 365 / Outlook). 11-digit ids, 2023.
# First case got no answer, second case opened a week later; first closed as duplicate.
C2A = '12894033061'
C2B = '12963377821'
KOL = ZoneInfo('Asia/Kolkata')
P_ADDR = 'priya.raghunathan@northwind-analytics.com'
P_FROM = 'Priya Raghunathan <priya.raghunathan@northwind-analytics.com>'
C2B_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C2B
P_SIG = """Priya Raghunathan
Senior Data Engineer | Northwind Analytics
+91 80 4718 2290 | northwind-analytics.com

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient(s) and may contain confidential information. If you have received it in error, please notify the sender and delete it.
"""

def outlook_quote_block(frm, t, to, subject, tz):
    l = t.astimezone(tz)
    return 'From: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n' % (
        frm, l.strftime('%A'), l.strftime('%B'), l.day, l.year, (l.hour % 12) or 12, l.minute,
        'AM' if l.hour < 12 else 'PM', to, subject)

def outlook_sent_top(t, frm, to, subject, tz, topic, in_reply_to=None, prefix='PN3PR01MB'):
    tag = prefix + '%04d' % R.randint(1000, 9999)
    mid = '<%s%s@%s.INDPRD01.PROD.OUTLOOK.COM>' % (tag, rhex(24).upper(), tag)
    h = [('From', frm), ('To', to), ('Subject', subject), ('Thread-Topic', topic),
         ('Thread-Index', 'AQH' + rb64(30) + '=='), ('Date', fmt(t, tz)), ('Message-ID', mid)]
    if in_reply_to:
        h += [('References', '<%s>' % in_reply_to), ('In-Reply-To', '<%s>' % in_reply_to)]
    h += [('Accept-Language', 'en-US, en-IN'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''),
          ('X-MS-TNEF-Correlator', ''), ('msip_labels', '')]
    return h, '_000_%s%s_' % (tag, rhex(24).upper())

def outlook_html(new_text, hist_text):
    def paras(t):
        return '\n'.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l else '&nbsp;') for l in t.rstrip('\n').split('\n'))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">\n%s\n'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n%s\n</div></div></body></html>\n') % (
        paras(new_text), paras(hist_text))

def case2():
    # 011 ack for first case, plain text only
    t = dt(2023, 6, 5, 14, 20, 37)
    txt = """Dear Priya,

Thank you for contacting AWS Training and Certification.

We have received your inquiry and created case 12894033061. Our team will review your request and respond within 24 hours. You can reply to this email to add details to your case.

Submitted information
---------------------
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS31102876
Message: I have two AWS certification accounts, AWS20581147 (personal, created 2019) and AWS31102876 (created by my employer for the DevOps Pro exam). Please merge them into one.

Thank you,
AWS Training and Certification
"""
    body = tpart(txt, cte='quoted-printable')
    aws_mail_outlook('011-form-ack-first-case-priya.eml', t, FORM, P_ADDR,
                     '[CASE %s] AWS Training and Certification Form Submission - account-assistance' % C2A,
                     body, 'case_created', C2A, ['AWS20581147', 'AWS31102876'], 'en', txt)

    # 012 ack for second case a week later (new template wording)
    t2 = dt(2023, 6, 12, 8, 2, 51)
    txt2 = """Dear Priya,

Thank you for contacting AWS Training and Certification.

We have received your inquiry and created case 12963377821. Our team will review your request and respond within 24 hours. You can reply to this email to add details to your case.

Submitted information
---------------------
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS 20581147
Message: Second request - I opened case 12894033061 last Monday but did not hear back. I need my two accounts merged (aws20581147 and aws31102876) before I book my next exam. Thanks.

Thank you,
AWS Training and Certification
"""
    body = alt(tpart(txt2), tpart(aws_form_html(txt2), 'html'), ses_boundary(t2))
    aws_mail_outlook('012-form-ack-second-case-priya.eml', t2, FORM, P_ADDR,
                     '[CASE %s] AWS Training and Certification Form Submission - account-assistance' % C2B,
                     body, 'case_created', C2B, ['AWS20581147', 'AWS31102876'], 'en', txt2)

    # 013 agent on case B: duplicate + asks which to keep
    t3 = dt(2023, 6, 13, 5, 45, 12)
    new3 = """Hi Priya,

Thanks for reaching out, and I'm sorry you had to wait on your earlier request.

I can see that you also submitted case 12894033061 for the same issue. To avoid duplicate replies I'll handle everything in this case and close the other one. In future, please reply to an existing case rather than opening a new one, as a new case joins the back of the queue.

I found both profiles, AWS20581147 and AWS31102876. Before I can set anything up, I need two things from you:

- Which of the two would you like to keep as your active account? The other one will be closed.
- The email address you use to sign in to each of them.

As soon as I have these I'll get things moving.

Kind regards,
Joanna
AWS Training and Certification
"""
    body = alt(tpart(new3), tpart(aws_form_html(new3), 'html'), ses_boundary(t3))
    mid3 = aws_mail_outlook('013-form-agent-duplicate-which-to-keep-priya.eml', t3, FORM, P_ADDR, C2B_SUBJ,
                            body, 'support_reply', C2B, ['AWS20581147', 'AWS31102876'], 'en', new3)

    # 014 closure of the duplicate case, with survey (HTML only)
    t4 = dt(2023, 6, 13, 5, 52, 40)
    h4 = html_wrap("""<table width="600" style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<tr><td style="padding:20px 0"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="80" alt="AWS"></td></tr>
<tr><td>
<p>Dear Priya,</p>
<p>Your case <b>12894033061</b> has been closed. It was resolved as a duplicate, and your request is being handled in case 12963377821.</p>
<p>We value your feedback. Please take a moment to tell us about your experience with this case.</p>
<p><b>Was your issue resolved?</b><br>
<a href="https://aws-tc-survey.amazon.com/feedback?caseId=12894033061&amp;answer=yes">Yes</a> &nbsp; <a href="https://aws-tc-survey.amazon.com/feedback?caseId=12894033061&amp;answer=no">No</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr></table>""")
    body = tpart(h4, 'html', cte='base64')
    aws_mail_outlook('014-form-duplicate-case-closed-survey-priya.eml', t4, FORM, P_ADDR,
                     'Your case %s has been closed' % C2A, body, 'survey', C2A, [], 'en', h4)

    # 015 Priya's reply (Sent, Outlook desktop)
    t5 = dt(2023, 6, 13, 9, 32, 5)
    new5 = """Hi Joanna,

Thanks, and no problem. Sorry for the second case, I wasn't sure the first one had gone through.

Please keep AWS20581147 - it's the older one and has my Cloud Practitioner and Solutions Architect history. Sign-in emails:
AWS20581147 - priya.r.1990@hotmail.com
AWS31102876 - priya.raghunathan@northwind-analytics.com

If possible I'd like to sign in with my work email afterwards, but if that's not possible the hotmail one is fine.

Thanks,
Priya

""" + P_SIG
    hist5 = outlook_quote_block('Amazon Web Services <%s>' % FORM_ADDR, t3, 'Priya Raghunathan <%s>' % P_ADDR, C2B_SUBJ, KOL) + '\n' + new3
    plain5 = new5 + '\n' + hist5
    top, bnd = outlook_sent_top(t5, P_FROM, '"Amazon Web Services" <%s>' % FORM_ADDR, 'RE: ' + C2B_SUBJ, KOL,
                                '[AWS Training and Certification Form Submission] - account-assistance', mid3)
    body = alt(tpart(plain5, charset='us-ascii'), tpart(outlook_html(new5, hist5), 'html', charset='us-ascii'), bnd)
    build('015-sent-priya-keep-older-account.eml', [], top, body, 'unrelated', C2B,
          ['AWS20581147', 'AWS31102876'], None, 'en', new5)

    # 016 confirmation request
    t6 = dt(2023, 6, 14, 4, 10, 30)
    new6 = """Hi Priya,

Thanks for getting back to me so quickly. Just so we're on the same page, this is what will happen:

  - AWS31102876 (priya.raghunathan@northwind-analytics.com) will be merged into AWS20581147 and then closed.
  - AWS20581147 remains your active account and will hold all of your certifications, exam history and benefits.
  - After the merge I can update the sign-in email of AWS20581147 to priya.raghunathan@northwind-analytics.com, as you requested.

Please be aware that a merge is permanent and we are not able to split the accounts again afterwards.

Could you reply to let me know you're happy for me to go ahead?

Kind regards,
Joanna
AWS Training and Certification
"""
    hist6 = '\n________________________________\n' + outlook_quote_block('priya.raghunathan@northwind-analytics.com', t5, FORM_ADDR, 'RE: ' + C2B_SUBJ, UTC) + '\n' + new5
    txt6 = new6 + hist6
    body = alt(tpart(txt6, cte='base64'), tpart(aws_form_html(txt6), 'html', cte='base64'), ses_boundary(t6))
    mid6 = aws_mail_outlook('016-form-merge-confirm-request-priya.eml', t6, FORM, P_ADDR, C2B_SUBJ,
                            body, 'merge_confirmation_requested', C2B, ['AWS20581147', 'AWS31102876'], 'en', new6)

    # 017 Priya confirms (Sent, Outlook), nested history
    t7 = dt(2023, 6, 14, 6, 3, 48)
    new7 = """Hi Joanna,

Confirmed - that's all correct, please go ahead.

Regards,
Priya

""" + P_SIG
    hist7 = outlook_quote_block('Amazon Web Services <%s>' % FORM_ADDR, t6, 'Priya Raghunathan <%s>' % P_ADDR, C2B_SUBJ, KOL) + '\n' + txt6
    plain7 = new7 + '\n' + hist7
    top, bnd = outlook_sent_top(t7, P_FROM, '"Amazon Web Services" <%s>' % FORM_ADDR, 'RE: ' + C2B_SUBJ, KOL,
                                '[AWS Training and Certification Form Submission] - account-assistance', mid6)
    body = alt(tpart(plain7, charset='us-ascii'), tpart(outlook_html(new7, hist7), 'html', charset='us-ascii'), bnd)
    build('017-sent-priya-confirms.eml', [], top, body, 'unrelated', C2B, [], None, 'en', new7)

    # 018 merge done + case resolved + survey in one mail
    t8 = dt(2023, 6, 15, 12, 30, 9)
    new8 = """Hi Priya,

I'm happy to let you know that your accounts have now been combined. Everything from AWS31102876 has been moved across to AWS20581147, which is now your only active account, and its sign-in email has been changed to priya.raghunathan@northwind-analytics.com. Your hotmail address will no longer work for signing in.

It can take up to 48 hours for your Credly badges to show up under the new email.

As everything has been taken care of, I'll mark this case as resolved. If you have a minute, I'd really appreciate it if you could let us know how I did using the survey link below.

Was your issue resolved? Yes: https://aws-tc-survey.amazon.com/feedback?caseId=12963377821&answer=yes  No: https://aws-tc-survey.amazon.com/feedback?caseId=12963377821&answer=no

Kind regards,
Joanna
AWS Training and Certification
"""
    body = alt(tpart(new8), tpart(aws_form_html(new8), 'html'), ses_boundary(t8))
    aws_mail_outlook('018-form-merge-done-and-resolved-priya.eml', t8, FORM, P_ADDR, C2B_SUBJ,
                     body, 'merge_completed', C2B, ['AWS20581147', 'AWS31102876'], 'en', new8)

# ================================================================ CASE 3
# Form desk, Japanese. 佐藤 健太 (nifty, replies through Gmail "send as"). 15-digit case 2025-05.
C3 = '174830286500627'
K_ADDR = 'kenta.sato@nifty.com'
K_FROM_NAME = '佐藤 健太'
C3_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C3

def nifty(fname, t, subject, body, kind, ids, lang, new_text, frm=FORM):
    return aws_mail_jp(fname, t, frm, K_ADDR, subject, body, kind, C3, ids, lang, new_text,
                       'mta-rcv-w04.mail.nifty.com', 'nifty.com')

def outlook_ja_block(frm, t, to, subject):
    l = t.astimezone(TOKYO)
    return '差出人: %s\n送信日時: %d年%d月%d日 %d:%02d\n宛先: %s\n件名: %s\n' % (frm, l.year, l.month, l.day, l.hour, l.minute, to, subject)

def case3():
    # 019 Japanese acknowledgement
    t = dt(2025, 5, 26, 23, 41, 31)
    txt = """佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID: 174830286500627
お問い合わせの種類: 認定資格
詳細: アカウントの統合

担当者より、原則として 24 時間以内にご連絡いたします。本件について情報を追加される場合は、件名のケース ID を変更せずに本メールへご返信ください。同じ内容で新たにお問い合わせを作成されますと、対応が遅れる場合がございますのでご注意ください。

ご送信内容:
AWS 受験者 ID: AWS50382291
お問い合わせ内容: 学生時代に作成した認定アカウント（AWS27719304）と現在のアカウントを統合したいです。旧アカウントのメールアドレスは大学のもので、現在は使用できません。

AWS トレーニングと認定
"""
    body = alt(tpart(txt, cte='base64'), tpart(aws_form_html(txt).replace('lang="en"', 'lang="ja"'), 'html', cte='base64'), ses_boundary(t))
    nifty('019-form-ack-ja-sato.eml', t, '[CASE %s] AWS Training and Certification Form Submission - account-assistance' % C3,
          body, 'case_created', ['AWS27719304', 'AWS50382291'], 'ja', txt)

    # 020 confirmation request (keigo), plain ISO-2022-JP + UTF-8 HTML
    t2 = dt(2025, 5, 27, 23, 2, 14)
    txt2 = """佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートの田中でございます。
この度はお問い合わせいただき、誠にありがとうございます。

ご依頼いただきましたアカウント統合につきまして、以下の内容で手続きを進めさせていただく予定でございます。

【統合元（統合後に無効化されるアカウント）】
受験者 ID：AWS27719304
メールアドレス：ksato@st.kanto-kogyo.ac.jp

【統合先（統合後も引き続きご利用いただくアカウント）】
受験者 ID：AWS50382291
メールアドレス：kenta.sato@nifty.com

統合後は、統合元アカウントの認定資格、受験履歴および特典がすべて統合先アカウントへ移行されます。
なお、一度統合いたしますと元に戻すことはできませんので、あらかじめご了承くださいませ。

上記の内容にお間違いがないかご確認のうえ、本メールにご返信いただけますでしょうか。
ご返信を確認次第、手続きを進めさせていただきます。

何卒よろしくお願い申し上げます。

田中
AWS トレーニングと認定 カスタマーサポート
"""
    body = alt(tpart(txt2, charset='iso-2022-jp', cte='7bit'), tpart(aws_form_html(txt2).replace('lang="en"', 'lang="ja"'), 'html', cte='quoted-printable'), ses_boundary(t2))
    mid2 = nifty('020-form-merge-confirm-request-ja-sato.eml', t2, C3_SUBJ, body,
                 'merge_confirmation_requested', ['AWS27719304', 'AWS50382291'], 'ja', txt2)

    # 021 Sato confirms (Sent, Gmail with Japanese UI, send-as nifty)
    t3 = dt(2025, 5, 28, 0, 17, 40)
    new3 = """AWS トレーニングと認定
田中様

お世話になっております。佐藤です。
早速のご連絡ありがとうございます。

記載いただいた内容で相違ございません。
統合の手続きを進めていただけますよう、よろしくお願いいたします。

佐藤 健太
"""
    qh = jp_gmail_quote_header(t2, 'Amazon Web Services <%s>' % FORM_ADDR)
    plain3 = new3 + '\n' + qh + '\n\n' + quote_lines(txt2)
    html3 = gmail_html(p_html(new3), qh, p_html(txt2))
    body = alt(tpart(plain3, charset='UTF-8', cte='base64'), tpart(html3, 'html', charset='UTF-8', cte='base64'), gmail_boundary())
    top = gmail_sent_top(t3, addr(K_FROM_NAME, K_ADDR), '"Amazon Web Services" <%s>' % FORM_ADDR, 'Re: ' + C3_SUBJ, gmail_msgid(), mid2, tz=TOKYO)
    build('021-sent-sato-confirms-ja.eml', [], top, body, 'unrelated', C3, [], None, 'ja', new3)

    # 022 agent asks about an exam booked on the old account (question, not the merge confirmation)
    t4 = dt(2025, 5, 28, 6, 30, 55)
    txt4 = """佐藤 健太 様

お世話になっております。AWS トレーニングと認定の田中でございます。
ご確認いただき、誠にありがとうございます。

手続きを進めるにあたり、1 点確認させていただきたいことがございます。
統合元のアカウント（AWS27719304）にて、2025年6月14日の「AWS Certified Developer - Associate」試験のご予約（ピアソン VUE）を確認いたしました。
試験のご予約はアカウント統合の際に引き継ぐことができないため、このまま統合いたしますと、本予約は無効となってしまいます。

つきましては、以下のいずれをご希望かお知らせいただけますでしょうか。
① ご受験後に統合を行う
② ご予約をキャンセルいただき、統合後のアカウントで改めてご予約いただく

ご不便をおかけし大変恐縮ではございますが、ご返信をお待ちしております。

田中
AWS トレーニングと認定 カスタマーサポート
"""
    body = alt(tpart(txt4, cte='base64'), tpart(aws_form_html(txt4).replace('lang="en"', 'lang="ja"'), 'html', cte='base64'), ses_boundary(t4))
    nifty('022-form-agent-asks-about-exam-booking-ja.eml', t4, C3_SUBJ, body,
          'support_reply', ['AWS27719304'], 'ja', txt4)

    # 023 Sato answers from Outlook (Japanese UI), Shift_JIS, full-width id
    t5 = dt(2025, 5, 28, 9, 2, 6)
    new5 = """田中様

お世話になっております。佐藤です。
ご確認いただきありがとうございます。

試験の予約は、誤って旧アカウント（ＡＷＳ２７７１９３０４）で取ってしまったものです。
先ほどピアソン VUE のサイトでキャンセルいたしましたので、②でお願いいたします。
統合後に改めて予約いたします。

引き続きよろしくお願いいたします。

佐藤 健太
"""
    hist5 = '\n' + outlook_ja_block('Amazon Web Services <%s>' % FORM_ADDR, t4, K_ADDR, C3_SUBJ) + '\n' + txt4
    plain5 = new5 + '\n-----Original Message-----' + hist5
    body = tpart(plain5, charset='shift_jis', cte='base64')
    top = [('From', addr(K_FROM_NAME, K_ADDR, 'iso-2022-jp')), ('To', '"Amazon Web Services" <%s>' % FORM_ADDR),
           ('Subject', 'RE: ' + C3_SUBJ), ('Date', fmt(t5, TOKYO)),
           ('Message-ID', '<000001dbcfa1$%s$%s@nifty.com>' % (rhex(8), rhex(8))),
           ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AQH' + rb64(26) + '='), ('Content-Language', 'ja')]
    build('024-sent-sato-cancelled-exam-ja-sjis.eml', [], top, body, 'unrelated', C3, ['AWS27719304'], None, 'ja', new5)

    # 024 Pearson VUE cancellation confirmation (unrelated, authentic non-AWS sender)
    t6 = dt(2025, 5, 28, 8, 55, 12)
    txt6 = """佐藤 健太 様

以下の試験のご予約がキャンセルされました。

試験: AWS Certified Developer - Associate (DVA-C02)
試験日時: 2025年6月14日 13:00 JST
試験会場: オンライン (OnVUE)
受験者 ID: AWS27719304
登録 ID: 498172663

キャンセル料は発生しておりません。再度ご予約される場合は、AWS 認定アカウントからお手続きください。

本メールは送信専用アドレスから送信されています。

Pearson VUE
https://home.pearsonvue.com/aws
"""
    body = tpart(txt6, charset='iso-2022-jp', cte='7bit')
    host = 'mx%d.pearson.com' % R.randint(1, 4)
    ip = '159.182.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    trace = [('Return-Path', '<bounce@notifications.pearsonvue.com>')] + jp_trace(
        'mta-rcv-w04.mail.nifty.com', 'nifty.com', K_ADDR, t6, host, ip,
        'spf=pass smtp.mailfrom=notifications.pearsonvue.com;\n\tdkim=pass header.d=pearson.com header.s=s2048;\n\tdmarc=pass header.from=pearson.com')
    top = [('DKIM-Signature', dkim('pearson.com', 's2048', t6)), ('Date', fmt(t6)),
           ('From', '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>'), ('To', K_ADDR),
           ('Subject', ew('試験予約キャンセルのお知らせ - AWS Certified Developer - Associate', 'iso-2022-jp')),
           ('Message-ID', '<%s.%s@pearsonvue.com>' % (rhex(16), R.randint(10000, 99999)))]
    build('023-pearson-vue-cancellation-ja.eml', trace, top, body, 'unrelated', None, ['AWS27719304'], False, 'ja', txt6)

    # 025 merge completed (Japanese)
    t7 = dt(2025, 5, 30, 2, 15, 0)
    txt7 = """佐藤 健太 様

いつもお世話になっております。AWS トレーニングと認定の田中でございます。

大変お待たせいたしました。ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告申し上げます。
今後は、受験者 ID AWS50382291（kenta.sato@nifty.com）にてサインインいただけます。旧アカウントの認定資格および受験履歴は、すべて上記アカウントに反映されております。

Credly のバッジにつきましては、反映まで最大 48 時間ほどかかる場合がございます。
また、試験のご予約は統合後のアカウントにて改めてお手続きくださいますようお願いいたします。

その他ご不明な点がございましたら、お気軽に本メールへご返信ください。

田中
AWS トレーニングと認定 カスタマーサポート
"""
    body = alt(tpart(txt7, charset='iso-2022-jp', cte='7bit'), tpart(aws_form_html(txt7).replace('lang="en"', 'lang="ja"'), 'html', cte='base64'), ses_boundary(t7))
    nifty('025-form-merge-completed-ja-sato.eml', t7, C3_SUBJ, body, 'merge_completed', ['AWS50382291'], 'ja', txt7)

    # 026 closure survey (Japanese, HTML only, folded UTF-8 subject)
    t8 = dt(2025, 6, 2, 3, 0, 41)
    h8 = html_wrap("""<div style="font-family:'Hiragino Sans','Meiryo',sans-serif;font-size:14px;color:#16191f;max-width:600px">
<p>佐藤 健太 様</p>
<p>AWS トレーニングと認定をご利用いただき、ありがとうございます。<br>
お問い合わせいただいたケース（ケース ID: 174830286500627）は解決済みとしてクローズされました。本件について引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくとケースが再開されます。</p>
<p><b>お問い合わせは解決しましたか？</b></p>
<p><a href="https://aws-tc-survey.amazon.com/s?c=174830286500627&amp;r=1&amp;l=ja">はい</a> ｜ <a href="https://aws-tc-survey.amazon.com/s?c=174830286500627&amp;r=0&amp;l=ja">いいえ</a></p>
<p>担当者の対応について、1 分ほどのアンケートにご協力いただけますと幸いです。</p>
<p><a href="https://aws-tc-survey.amazon.com/s?c=174830286500627&amp;q=csat&amp;l=ja">アンケートに回答する</a></p>
<p>AWS トレーニングと認定</p>
</div>""", 'ja')
    body = tpart(h8, 'html', cte='quoted-printable')
    nifty('026-form-closure-survey-ja-sato.eml', t8, ew('【AWS トレーニングと認定】ケース 174830286500627 はクローズされました – サービス向上のためのアンケートのお願い'),
          body, 'survey', [], 'ja', h8)

# ================================================================ CASE 4
# Form desk, Japanese agent. 山本 美咲 (Yahoo! JAPAN mail). 10-digit case, 2020. Acclaim era.
C4 = '7263549101'
M_ADDR = 'misaki.yamamoto@yahoo.co.jp'
M_NAME = '山本 美咲'
C4_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C4

def yahoo_trace(t, src_host, src_ip, from_dom, dkim_res='pass (ok)', extra=''):
    t0 = t + datetime.timedelta(seconds=R.randint(2, 9))
    mta = 'mta%d.mail.kks.yahoo.co.jp' % R.randint(5001, 5099)
    return [('Received', 'from %s (%s [%s])\n  by %s with ESMTPS\n  for <%s>; %s' % (
                src_host, src_host, src_ip, mta, M_ADDR, fmt(t0, TOKYO))),
            ('Authentication-Results', '%s  from=%s; domainkeys=neutral (no sig); dkim=%s header.i=@%s%s' % (
                mta, from_dom, dkim_res, from_dom, extra))]

def yahoo_aws(fname, t, subject, body, kind, ids, lang, new_text):
    host, ip = ses_hop()
    mid = ses_id(t)
    trace = [('Return-Path', '<%s@amazonses.com>' % mid)] + yahoo_trace(t, host, ip, 'amazon.com', extra='; dmarc=pass header.from=amazon.com')
    build(fname, trace, aws_top(t, FORM, M_ADDR, subject, msgid=mid, sel_amz='taugkxgxzqxrufn4nqkvhrmqlxswynvs'), body, kind, C4, ids, True, lang, new_text)
    return mid + '@email.amazonses.com'

def yahoo_sent_top(t, subject, in_reply_to):
    return [('Date', fmt(t, TOKYO)), ('From', addr(M_NAME, M_ADDR, 'iso-2022-jp')), ('Reply-To', M_ADDR),
            ('Subject', subject), ('To', '"Amazon Web Services" <%s>' % FORM_ADDR),
            ('Message-ID', '<%d.%d.%d@mail.yahoo.co.jp>' % (R.randint(10**6, 10**7), R.randint(10**8, 10**9), int(t.timestamp() * 1000))),
            ('In-Reply-To', '<%s>' % in_reply_to), ('X-Mailer', 'Yahoo! Mail for Web')]

def yahoo_quote(frm, t, subject, text):
    l = t.astimezone(TOKYO)
    wd = '月火水木金土日'[l.weekday()]
    hdr = '----- Original Message -----\nFrom: %s\nTo: %s\nDate: %04d/%02d/%02d %s %02d:%02d\nSubject: %s\n\n' % (
        frm, M_ADDR, l.year, l.month, l.day, wd, l.hour, l.minute, subject)
    return hdr + quote_lines(text)

def case4():
    # 027 acknowledgement (2020 English template)
    t = dt(2020, 10, 12, 1, 33, 58)
    txt = """Greetings from AWS Training and Certification,

We have received your inquiry and a case has been opened.

Case ID: 7263549101

An agent will review your case and get back to you as soon as possible, usually within one business day. If you would like to add information, simply reply to this message.

Your inquiry:
Candidate ID: AWS01596320
Description: 2つのアカウントを統合したいです。以前の会社で作成したアカウント AWS00731845 に Cloud Practitioner の認定があります。

Best regards,
AWS Training and Certification
"""
    body = tpart(txt, cte='quoted-printable')
    ack_mid = yahoo_aws('027-form-ack-2020-yamamoto.eml', t, '[CASE %s] AWS Training and Certification Form Submission - account-assistance' % C4,
                        body, 'case_created', ['AWS00731845', 'AWS01596320'], 'en', txt)

    # 028 agent asks which account to keep (Japanese), quoting the ack
    t2 = dt(2020, 10, 13, 2, 10, 22)
    new2 = """山本 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
担当の鈴木と申します。

お調べしましたところ、山本様は以下の 2 つの認定アカウントをお持ちであることを確認いたしました。

・AWS00731845
・AWS01596320

統合のお手続きを進めるにあたり、恐れ入りますが以下の点をお知らせいただけますでしょうか。

1. 統合後にご利用を希望されるアカウント（残すアカウント）
2. 各アカウントに登録されている通知先メールアドレス

ご返信をお待ちしております。
よろしくお願いいたします。

鈴木
AWS Training and Certification
"""
    txt2 = new2 + '\n' + quote_lines(txt)
    body = tpart(txt2, charset='iso-2022-jp', cte='7bit')
    mid2 = yahoo_aws('028-form-agent-asks-which-to-keep-ja.eml', t2, C4_SUBJ, body, 'support_reply',
                     ['AWS00731845', 'AWS01596320'], 'ja', new2)

    # 029 Misaki's answer (Sent, Yahoo web mail): labelled ISO-2022-JP, contains NEC special chars
    t3 = dt(2020, 10, 13, 12, 48, 9)
    new3 = """鈴木様

お世話になっております。山本です。
ご確認いただきありがとうございます。

①残すアカウント：AWS01596320
②通知先メールアドレス：
　・AWS00731845 … m-yamamoto@sakura-sys.co.jp（退職済みのため現在は受信できません）
　・AWS01596320 … misaki.yamamoto@yahoo.co.jp

お手数をおかけしますが、よろしくお願いいたします。

山本 美咲
"""
    plain3 = new3 + '\n' + yahoo_quote('Amazon Web Services <%s>' % FORM_ADDR, t2, C4_SUBJ, txt2)
    body = tpart(plain3, charset='iso-2022-jp', cte='7bit')
    build('029-sent-yamamoto-keep-account-yahoo.eml', [], yahoo_sent_top(t3, 'Re: ' + C4_SUBJ, mid2), body,
          'unrelated', C4, ['AWS00731845', 'AWS01596320'], None, 'ja', new3)

    # 030 confirmation request (Japanese)
    t4 = dt(2020, 10, 14, 1, 40, 3)
    new4 = """山本 美咲 様

いつもお世話になっております。AWS トレーニングと認定の鈴木でございます。
ご回答いただき、ありがとうございます。

いただいた情報をもとに、以下の内容でアカウントを統合させていただきます。

　統合元：AWS00731845（m-yamamoto@sakura-sys.co.jp）
　統合先：AWS01596320（misaki.yamamoto@yahoo.co.jp）

統合元アカウントの認定資格および受験履歴は統合先アカウントへ移行され、統合元アカウントはご利用いただけなくなります。
※統合は一度実施いたしますと取り消しができませんので、ご注意ください。

上記の内容でよろしければ、その旨を本メールにご返信いただけますでしょうか。
ご確認のほど、よろしくお願い申し上げます。

鈴木
AWS Training and Certification
"""
    l3 = t3.astimezone(TOKYO)
    txt4 = new4 + '\nOn %04d/%02d/%02d %02d:%02d, misaki.yamamoto@yahoo.co.jp wrote:\n' % (l3.year, l3.month, l3.day, l3.hour, l3.minute) + quote_lines(new3)
    body = alt(tpart(txt4, charset='iso-2022-jp', cte='7bit'), tpart(aws_form_html(txt4).replace('lang="en"', 'lang="ja"'), 'html', cte='base64'), ses_boundary(t4))
    mid4 = yahoo_aws('030-form-merge-confirm-request-ja-2020.eml', t4, C4_SUBJ, body, 'merge_confirmation_requested',
                     ['AWS00731845', 'AWS01596320'], 'ja', new4)

    # 031 Misaki confirms, mostly Japanese with the English sentence users often copy
    t5 = dt(2020, 10, 14, 3, 5, 47)
    new5 = """鈴木様

お世話になっております。山本です。

The details are correct. Please proceed with the merge.
上記の内容で問題ございません。統合をお願いいたします。

山本 美咲
"""
    plain5 = new5 + '\n' + yahoo_quote('Amazon Web Services <%s>' % FORM_ADDR, t4, C4_SUBJ, txt4)
    body = tpart(plain5, charset='iso-2022-jp', cte='7bit')
    build('031-sent-yamamoto-confirms-yahoo.eml', [], yahoo_sent_top(t5, 'Re: ' + C4_SUBJ, mid4), body,
          'unrelated', C4, [], None, 'ja', new5)

    # 032 merge completed (Japanese)
    t6 = dt(2020, 10, 16, 5, 20, 31)
    new6 = """山本 美咲 様

いつもお世話になっております。AWS トレーニングと認定の鈴木でございます。

お待たせいたしました。AWS00731845 の AWS01596320 への統合が本日完了いたしました。
今後は misaki.yamamoto@yahoo.co.jp にてサインインいただき、認定資格の情報をご確認ください。
デジタルバッジ（Acclaim）は、数日以内に新しいメールアドレス宛てに発行される予定です。

このたびはお問い合わせいただき、誠にありがとうございました。

鈴木
AWS Training and Certification
"""
    body = tpart(new6, charset='iso-2022-jp', cte='7bit')
    yahoo_aws('032-form-merge-completed-ja-2020.eml', t6, C4_SUBJ, body, 'merge_completed',
              ['AWS00731845', 'AWS01596320'], 'ja', new6)

    # 033 Acclaim (Credly) badge issued
    t7 = dt(2020, 10, 17, 9, 12, 40)
    ctxt = """Misaki, you've been issued a badge by Amazon Web Services Training and Certification

AWS Certified Cloud Practitioner

Accept your badge to start sharing it with your network.
Accept Badge: https://www.youracclaim.com/earner/earned/badge/3b9a71c2-55d0-4f1e-8a2b-6c7d8e9f0a1b

Questions? Visit our support center: https://support.youracclaim.com

Acclaim, a Credly service | 2 Penn Plaza, New York, NY 10121
Unsubscribe: https://www.youracclaim.com/notification_settings
"""
    chtml = html_wrap("""<table width="100%" bgcolor="#eeeeee"><tr><td align="center"><table width="580" bgcolor="#ffffff" style="font-family:Arial,sans-serif">
<tr><td style="padding:30px;text-align:center"><img src="https://images.youracclaim.com/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="120" alt="AWS Certified Cloud Practitioner"></td></tr>
<tr><td style="padding:0 40px 30px"><p style="font-size:20px">Misaki, you've been issued a badge by Amazon Web Services Training and Certification</p>
<p style="font-size:16px"><b>AWS Certified Cloud Practitioner</b></p>
<p>Accept your badge to start sharing it with your network.</p>
<p><a href="https://www.youracclaim.com/earner/earned/badge/3b9a71c2-55d0-4f1e-8a2b-6c7d8e9f0a1b" style="background:#1b6ac9;color:#fff;padding:12px 24px;text-decoration:none">Accept Badge</a></p></td></tr>
<tr><td style="font-size:11px;color:#888;padding:20px">Acclaim, a Credly service | 2 Penn Plaza, New York, NY 10121</td></tr></table></td></tr></table>""")
    body = alt(tpart(ctxt, cte='7bit', charset='us-ascii'), tpart(chtml, 'html', cte='quoted-printable'), '--==_mimepart_%s_%d' % (rhex(13), R.randint(100000, 999999)))
    ip = '167.89.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    trace = [('Return-Path', '<bounces+2738191-%s-misaki.yamamoto=yahoo.co.jp@sendgrid.net>' % rhex(4))] + yahoo_trace(t7, 'o%d.email.youracclaim.com' % R.randint(1, 9), ip, 'youracclaim.com', extra='; dmarc=pass header.from=youracclaim.com')
    top = [('DKIM-Signature', dkim('youracclaim.com', 's1', t7, hdrs='from:mime-version:subject:content-type:to')),
           ('Date', fmt(t7)), ('From', '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>'),
           ('To', M_ADDR), ('Message-ID', '<5f8a%s@web-3.mail>' % rhex(16)),
           ('Subject', "Misaki, you've been issued a badge by Amazon Web Services Training and Certification")]
    build('033-acclaim-badge-issued-2020.eml', trace, top, body, 'credly_badge_issued', None, [], True, 'en', ctxt)

# ================================================================ CASE 5
# Console case, English. Marco Rossi (Gmail, Italian UI). 15-digit case 2024-11.
C5 = '173193973000451'
ROME = ZoneInfo('Europe/Rome')
MR_ADDR = 'marco.rossi.dev@gmail.com'
C5_TITLE = 'Merge two AWS Certification accounts'

def console_html(text, lang='en'):
    return html_wrap("""<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:14px 24px"><img src="https://d2q66yyjeovezo.cloudfront.net/icon/aws-logo-white.png" alt="Amazon Web Services" width="54"></td></tr>
<tr><td style="padding:24px">
%s
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table></td></tr></table>""" % p_html(text), lang)

def case5():
    def send(fname, t, subject, body, kind, ids, new_text):
        return aws_mail_gmail(fname, t, CONSOLE, MR_ADDR, subject, body, kind, C5, ids, 'en', new_text)

    # 034 console: case opened
    t = dt(2024, 11, 18, 14, 22, 41)
    txt = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case 173193973000451 to address your issue.

The details of your case are as follows:

Case ID: 173193973000451
Subject: Merge two AWS Certification accounts
Severity: General guidance
Correspondence: Hello, I have 2 accounts for the certification, AWS08642219 and AWS14470385. I would like to keep only one, the second. Can you merge them please? Thanks

Please do not reply to this email as this email address does not accept replies.

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=173193973000451&language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Best regards,
Amazon Web Services
"""
    body = alt(tpart(txt), tpart(console_html(txt), 'html'), ses_boundary(t))
    send('034-console-case-opened-marco.eml', t, 'Amazon Web Services: You have opened a new Support case: %s' % C5,
         body, 'case_created', ['AWS08642219', 'AWS14470385'], txt)

    # 035 console: new correspondence notice (HTML only)
    t2 = dt(2024, 11, 18, 18, 40, 15)
    txt2 = """Hello,

AWS Support has added a new correspondence to your case 173193973000451: "Merge two AWS Certification accounts".

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=173193973000451&language=en

Please do not reply to this email. This email address does not accept replies.

Best regards,
Amazon Web Services
"""
    body = tpart(console_html(txt2), 'html', cte='base64')
    send('035-console-new-correspondence-notice-marco.eml', t2, '[Case %s] New correspondence added' % C5,
         body, 'support_reply', [], console_html(txt2))

    # 036 console: agent asks to confirm the merge (non-native English)
    t3 = dt(2024, 11, 19, 9, 5, 2)
    txt3 = """Hello Marco,

Thank you for contacting AWS Support. My name is Tiago and I will be assisting you today.

I understand you wish to unify your AWS Certification accounts into one. I was able to find both of them:

* AWS08642219 - marco.rossi@studio-rossi.it (created 2021)
* AWS14470385 - marco.rossi.dev@gmail.com (created 2023)

As per your request, the account AWS08642219 will be merged to AWS14470385, and AWS14470385 will be the one remaining. All your certifications (AWS Certified Cloud Practitioner, AWS Certified Developer - Associate) will be available in this account after the process.

Please take in consideration that after the merge is performed it is not possible to revert it.

Can you please confirm you agree with the above by replying to this case in the Support Center? As soon as we receive your confirmation we will proceed.

To see the case and reply, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=173193973000451&language=en

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Tiago M.
Amazon Web Services
"""
    body = alt(tpart(txt3), tpart(console_html(txt3), 'html'), ses_boundary(t3))
    mid3 = send('036-console-merge-confirm-request-marco.eml', t3, 'RE:[CASE %s] %s' % (C5, C5_TITLE),
                body, 'merge_confirmation_requested', ['AWS08642219', 'AWS14470385'], txt3)

    # 037 Marco answers by e-mail to the no-reply address (Sent, Gmail in Italian)
    t4 = dt(2024, 11, 19, 10, 12, 37)
    new4 = """Hello Tiago,

yes I confirm, please proceed with the merge of the two accounts, the one to keep is AWS14470385.
Thank you very much for the help!

Marco
"""
    l = t3.astimezone(ROME)
    giorni = ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom']
    mesi = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic']
    qh = 'Il giorno %s %d %s %d alle ore %02d:%02d Amazon Web Services <no-reply-aws@amazon.com> ha scritto:' % (
        giorni[l.weekday()], l.day, mesi[l.month - 1], l.year, l.hour, l.minute)
    plain4 = new4 + '\n' + qh + '\n\n' + quote_lines(txt3)
    html4 = gmail_html(p_html(new4), qh, p_html(txt3))
    body = alt(tpart(plain4, charset='UTF-8', cte='quoted-printable'), tpart(html4, 'html', charset='UTF-8', cte='quoted-printable'), gmail_boundary())
    top = gmail_sent_top(t4, 'Marco Rossi <%s>' % MR_ADDR, '"Amazon Web Services" <no-reply-aws@amazon.com>',
                         'Re: RE:[CASE %s] %s' % (C5, C5_TITLE), gmail_msgid(), mid3, tz=ROME)
    build('037-sent-marco-confirms-to-noreply.eml', [], top, body, 'unrelated', C5, ['AWS14470385'], None, 'en', new4)

    # 038 console: agent says the e-mail reply never arrived (no merge details, asks to use the console)
    t5 = dt(2024, 11, 20, 8, 31, 50)
    txt5 = """Hello Marco,

I hope you are doing well.

I am following up on this case because we did not receive yet your reply in the Support Center. In case you have replied to the notification email, please note that the address no-reply-aws@amazon.com is not monitored and your message does not reach us.

Kindly sign in to the Support Center, open this case and choose "Reply", so your answer is registered in the case. If we don't have news from you, the case will be automatically resolved after some days of inactivity.

https://console.aws.amazon.com/support/home#/case/?displayId=173193973000451&language=en

Best regards,
Tiago M.
Amazon Web Services
"""
    body = alt(tpart(txt5, cte='base64'), tpart(console_html(txt5), 'html', cte='base64'), ses_boundary(t5))
    send('038-console-reply-not-received-use-console-marco.eml', t5, 'RE:[CASE %s] %s' % (C5, C5_TITLE),
         body, 'support_reply', [], txt5)

    # 039 console: merge done
    t6 = dt(2024, 11, 21, 15, 47, 19)
    txt6 = """Hello Marco,

Thank you for your confirmation in the Support Center.

I am happy to inform you that the merge was performed with success. Now the account AWS14470385 contains the certifications and the exam history of both accounts, and the old account is not active anymore.

You can check it in your AWS Certification Account. Your Credly badges will be sent to marco.rossi.dev@gmail.com in the next 24-48 hours, if you don't receive them please let us know.

If you have any other question about this topic, don't hesitate to reply to this case.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Tiago M.
Amazon Web Services
"""
    body = alt(tpart(txt6), tpart(console_html(txt6), 'html'), ses_boundary(t6))
    send('039-console-merge-completed-marco.eml', t6, 'RE:[CASE %s] %s' % (C5, C5_TITLE),
         body, 'merge_completed', ['AWS14470385'], txt6)

    # 040 console: case resolved, rate it
    t7 = dt(2024, 11, 24, 16, 0, 4)
    txt7 = """Hello,

We haven't heard back from you on case 173193973000451 ("Merge two AWS Certification accounts"), so we have marked it as resolved. If you still need help, you can reopen the case from the AWS Support Center within 14 days.

How was your experience? Please take a moment to rate the support you received:
https://console.aws.amazon.com/support/home#/case/?displayId=173193973000451&language=en&feedback=true

Best regards,
Amazon Web Services
"""
    body = tpart(console_html(txt7), 'html', cte='quoted-printable')
    send('040-console-case-resolved-rate-marco.eml', t7, 'Amazon Web Services: Your Support case %s has been resolved' % C5,
         body, 'survey', [], console_html(txt7))

# ================================================================ CASE 6
# Console case, English, 2022, 11-digit id. Tomasz Nowak (Outlook.com). Three accounts.
C6 = '10934582711'
WAR = ZoneInfo('Europe/Warsaw')
T_ADDR = 'tomasz.nowak@outlook.com'
C6_TITLE = 'Merge 3 certification accounts into one'

def outlook_auth_generic(ip, mailfrom, d, from_dom):
    return ('spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none\n'
            ' header.from=%s;compauth=pass reason=100') % (ip, mailfrom, d, from_dom)

def case6():
    def send(fname, t, subject, body, kind, ids, new_text):
        return aws_mail_outlook(fname, t, CONSOLE, T_ADDR, subject, body, kind, C6, ids, 'en', new_text)

    # 041 console: case opened (2022 template)
    t = dt(2022, 3, 21, 8, 47, 40)
    txt = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case 10934582711 to address your issue.

The details of your case are as follows:

Case ID: 10934582711
Subject: Merge 3 certification accounts into one
Severity: General guidance
Correspondence: Hi, over the years I ended up with three AWS Certification accounts: aws00924518 (university), aws03381764 (first job) and AWS 05517023 (current). Could you merge everything into the last one? Thank you, Tomasz

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=10934582711&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

To view your case, sign in to the AWS Support Center.

Best regards,
Amazon Web Services
"""
    body = alt(tpart(txt), tpart(console_html(txt), 'html'), ses_boundary(t))
    send('041-console-case-opened-tomasz.eml', t, 'Amazon Web Services: You have opened a new Support case: %s' % C6,
         body, 'case_created', ['AWS00924518', 'AWS03381764', 'AWS05517023'], txt)

    # 042 console: agent asks for sign-in e-mails / which to keep
    t2 = dt(2022, 3, 22, 6, 15, 33)
    txt2 = """Hello Tomasz,

Greetings from AWS Support!

I have gone through your case and I understand you want to consolidate your three certification accounts. I could locate the profiles AWS00924518, AWS03381764 and AWS05517023.

Kindly reply with below information in the Support Center so that I can validate the ownership of the accounts:

- The e-mail address used to sign in to each of the three accounts
- Which account you wish to keep active (from your message I understand it is AWS05517023, please confirm)

Please note that we cannot process the request until the ownership of all accounts is verified.

To see the case and reply, please use:
https://console.aws.amazon.com/support/home#/case/?displayId=10934582711&language=en

Thanks and regards,
Sanjay R.
Amazon Web Services
"""
    body = alt(tpart(txt2), tpart(console_html(txt2), 'html'), ses_boundary(t2))
    send('042-console-agent-asks-emails-tomasz.eml', t2, 'RE:[CASE %s] %s' % (C6, C6_TITLE),
         body, 'support_reply', ['AWS00924518', 'AWS03381764', 'AWS05517023'], txt2)

    # 043 Amazon Seller Central case (look-alike subject, "merged" listings)
    t3 = dt(2022, 3, 23, 11, 2, 8)
    txt3 = """Hello Tomasz,

Thank you for contacting Amazon Selling Partner Support. My name is Karolina.

I understand that two detail pages exist for the same product in your catalogue. I have reviewed both ASINs and confirmed they describe the same item, so the detail pages for ASIN B09K3QZ7LM and ASIN B09K4R1TNX have been merged. Your offer now appears under B09K3QZ7LM. It may take up to 48 hours for the change to be visible on amazon.de and amazon.pl.

If you need any further help, please reply to this email or visit the Contact Us page in Seller Central.

How did I do? If I have resolved your issue, please click the Yes button in the case log.

Thank you for selling on Amazon,
Karolina
Amazon Selling Partner Support
https://sellercentral.amazon.de
"""
    body = tpart(txt3, cte='quoted-printable')
    host, ip = ses_hop()
    mid = ses_id(t3)
    trace = [('Return-Path', '%s@email.amazonses.com' % mid)] + outlook_trace(T_ADDR, t3, host, ip, outlook_auth_generic(ip, 'amazonses.com', 'amazon.com', 'amazon.com'), 'amazonses.com')
    top = [('DKIM-Signature', dkim('amazon.com', 'rte02', t3)), ('Date', fmt(t3)),
           ('From', '"Amazon Selling Partner Support" <seller-support-noreply@amazon.com>'),
           ('To', T_ADDR), ('Message-ID', '<%s@email.amazonses.com>' % mid),
           ('Subject', 'RE:[CASE 9311620457] Duplicate detail pages for my product')]
    build('043-seller-central-case-listings-merged.eml', trace, top, body, 'unrelated', '9311620457', [], True, 'en', txt3)

    # 044 console: confirmation request for three accounts
    t4 = dt(2022, 3, 24, 7, 40, 51)
    txt4 = """Hello Tomasz,

Thank you for providing the requested information. I was able to validate all three accounts.

Please find below the summary of the merge that will be performed:

Accounts to be merged (will be deactivated):
  1. AWS00924518 - t.nowak@student.pwr-example.edu.pl
  2. AWS03381764 - tomasz.nowak@datacraft-example.pl

Account that will be retained:
  AWS05517023 - tomasz.nowak@outlook.com

All certifications, exam history and benefits will be available in AWS05517023 after the merge. Kindly note that this operation is permanent and cannot be reverted.

Please confirm by replying to this case in the Support Center that the above information is correct and you would like us to go ahead with the merge.

https://console.aws.amazon.com/support/home#/case/?displayId=10934582711&language=en

Thanks and regards,
Sanjay R.
Amazon Web Services
"""
    body = alt(tpart(txt4, cte='base64'), tpart(console_html(txt4), 'html', cte='base64'), ses_boundary(t4))
    send('044-console-merge-confirm-request-three-tomasz.eml', t4, 'RE:[CASE %s] %s' % (C6, C6_TITLE),
         body, 'merge_confirmation_requested', ['AWS00924518', 'AWS03381764', 'AWS05517023'], txt4)

    # 045 console: chaser, label windows-1252 but UTF-8 bytes
    t5 = dt(2022, 3, 28, 7, 5, 12)
    txt5 = """Hello Tomasz,

I’m following up on my previous correspondence, as we haven’t received your response yet.

We’re unable to move forward with your request until we hear back from you. If we don’t receive a reply within the next 7 days, this case will be automatically resolved. You can still reopen it within 14 days from the Support Center.

https://console.aws.amazon.com/support/home#/case/?displayId=10934582711&language=en

Thanks and regards,
Sanjay R.
Amazon Web Services
"""
    body = alt(tpart(txt5, charset='windows-1252', codec='utf-8'), tpart(console_html(txt5), 'html', charset='windows-1252', codec='utf-8'), ses_boundary(t5))
    send('045-console-chaser-awaiting-reply-tomasz.eml', t5, 'RE:[CASE %s] %s' % (C6, C6_TITLE),
         body, 'support_reply', [], txt5)

    # 046 console: merge completed
    t6 = dt(2022, 3, 31, 13, 22, 45)
    txt6 = """Hello Tomasz,

Thank you for your confirmation and patience.

This is to inform you that the accounts AWS00924518 and AWS03381764 have been successfully merged into AWS05517023. All your certifications are now listed under AWS05517023 and you can sign in with tomasz.nowak@outlook.com.

Please note that digital badges are managed by Credly. Badges from the merged accounts will be re-issued to your current e-mail address. If you also have separate Credly accounts, you can combine them from your Credly settings.

Thanks and regards,
Sanjay R.
Amazon Web Services
"""
    body = alt(tpart(txt6), tpart(console_html(txt6), 'html'), ses_boundary(t6))
    send('046-console-merge-completed-three-tomasz.eml', t6, 'RE:[CASE %s] %s' % (C6, C6_TITLE),
         body, 'merge_completed', ['AWS00924518', 'AWS03381764', 'AWS05517023'], txt6)

    # 047 Credly's own account merge (code) - not the AWS merge
    t7 = dt(2022, 4, 2, 18, 33, 5)
    txt7 = """Hi Tomasz,

We received a request to merge the Credly account registered to tomasz.nowak@datacraft-example.pl into your account tomasz.nowak@outlook.com.

Your verification code is: 618204

Enter this code on the merge page, or click the button below to finish.

Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=3c1f9b2a7d

This code expires in 30 minutes. If you did not request this, you can ignore this email.

Credly, Inc. | 2 Penn Plaza, 23rd Floor, New York, NY 10121
"""
    h7 = html_wrap(p_html(txt7).replace('Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=3c1f9b2a7d',
                                         '<a href="https://www.credly.com/users/account_merges/confirm?token=3c1f9b2a7d" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Complete Account Merge</a>'))
    body = alt(tpart(txt7), tpart(h7, 'html'), '--==_mimepart_%s_%d' % (rhex(13), R.randint(100000, 999999)))
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    trace = [('Return-Path', 'bounces+1184623-%s-tomasz.nowak=outlook.com@em.credly.com' % rhex(4))] + outlook_trace(
        T_ADDR, t7, 'o%d.em.credly.com' % R.randint(1, 30), ip, outlook_auth_generic(ip, 'em.credly.com', 'credly.com', 'credly.com'), 'em.credly.com')
    top = [('DKIM-Signature', dkim('credly.com', 's1', t7, hdrs='from:mime-version:subject:content-type:to')),
           ('Date', fmt(t7)), ('From', '"Credly" <admin@credly.com>'), ('To', T_ADDR),
           ('Message-ID', '<%s_%s@web-%d.mail>' % (rhex(24), rhex(6), R.randint(1, 9))),
           ('Subject', 'Confirm your Credly account merge')]
    build('047-credly-self-service-merge-code.eml', trace, top, body, 'unrelated', None, [], True, 'en', txt7)

    # 048 Credly badge issued after the merge
    t8 = dt(2022, 4, 3, 9, 14, 27)
    txt8 = """Tomasz, you earned a badge!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified SysOps Administrator – Associate

Accept your badge to add it to your profile and share it with your network.

Accept your badge: https://www.credly.com/earner/earned/badge/c6b1e0d2-9a3f-4b57-8e21-7f0a9d3c4e5b

Credly, Inc. | 2 Penn Plaza, 23rd Floor, New York, NY 10121
"""
    h8 = html_wrap("""<div style="font-family:Helvetica,Arial,sans-serif;max-width:560px;margin:auto;color:#333">
<h2>Tomasz, you earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><img src="https://images.credly.com/size/110x110/images/f0d3fbb9-bfa7-4017-9989-7bde8eaf42b1/image.png" width="110" alt=""><br><b>AWS Certified SysOps Administrator – Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/c6b1e0d2-9a3f-4b57-8e21-7f0a9d3c4e5b" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. | 2 Penn Plaza, 23rd Floor, New York, NY 10121</p></div>""")
    body = alt(tpart(txt8, cte='base64'), tpart(h8, 'html', cte='base64'), '--==_mimepart_%s_%d' % (rhex(13), R.randint(100000, 999999)))
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    trace = [('Return-Path', 'bounces+1184623-%s-tomasz.nowak=outlook.com@em.credly.com' % rhex(4))] + outlook_trace(
        T_ADDR, t8, 'o%d.em.credly.com' % R.randint(1, 30), ip, outlook_auth_generic(ip, 'em.credly.com', 'credly.com', 'credly.com'), 'em.credly.com')
    top = [('DKIM-Signature', dkim('credly.com', 's1', t8, hdrs='from:mime-version:subject:content-type:to')),
           ('Date', fmt(t8)), ('From', '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'), ('To', T_ADDR),
           ('Message-ID', '<%s_%s@web-%d.mail>' % (rhex(24), rhex(6), R.randint(1, 9))),
           ('Subject', ew('Tomasz, you earned a badge: AWS Certified SysOps Administrator – Associate'))]
    build('048-credly-badge-issued-tomasz.eml', trace, top, body, 'credly_badge_issued', None, [], True, 'en', txt8)

# ================================================================ CASE 7
# Console case, Japanese. 中村 翔太 (Gmail). 15-digit case 2025-08. Phishing detour.
C7 = '175427343300889'
SN_ADDR = 'shota.nakamura.0611@gmail.com'
C7_TITLE = '認定アカウントの統合をお願いします'

def case7():
    def send(fname, t, subject, body, kind, ids, new_text):
        return aws_mail_gmail(fname, t, CONSOLE, SN_ADDR, subject, body, kind, C7, ids, 'ja', new_text)

    # 049 console: case opened (Japanese)
    t = dt(2025, 8, 4, 2, 11, 2)
    txt = """Amazon Web Services をご利用のお客様

Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース 175427343300889 をオープンしました。

ケースの詳細は次のとおりです。

ケース ID: 175427343300889
件名: 認定アカウントの統合をお願いします
重要度: 一般的なガイダンス
内容: 認定アカウントが 2 つあります（AWS62038815、AWS70451196）。AWS70451196 のほうに統合していただけますでしょうか。よろしくお願いします。

このメールアドレスは返信を受け付けておりません。本ケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=175427343300889&language=ja

よろしくお願いいたします。
Amazon Web Services
"""
    body = alt(tpart(txt, cte='base64'), tpart(console_html(txt, 'ja'), 'html', cte='base64'), ses_boundary(t))
    send('049-console-case-opened-ja-nakamura.eml', t, ew('Amazon Web Services: 新しいサポートケースがオープンされました: %s' % C7),
         body, 'case_created', ['AWS62038815', 'AWS70451196'], txt)

    # 050 AWS Builder ID verification code (unrelated)
    t2 = dt(2025, 8, 4, 12, 40, 19)
    txt2 = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. Use the following verification code to verify your email address:

Verification code: 739 046

This code expires in 10 minutes. If you did not request this code, you can safely ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    body = alt(tpart(txt2), tpart(html_wrap(p_html(txt2)), 'html'), ses_boundary(t2))
    host, ip = ses_hop(); mid = ses_id(t2); env = '%s@us-east-1.amazonses.com' % mid
    auth = gmail_auth_generic(env, ip, [('signin.aws', 'u5dwjtgfm5ivmegfjhbquyltqpygqhrw'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')], 'pass', 'signin.aws', policy_str='(p=REJECT sp=REJECT dis=NONE)')
    trace = gmail_trace(SN_ADDR, t2, env, host, ip, auth)
    top = [('DKIM-Signature', dkim('signin.aws', 'u5dwjtgfm5ivmegfjhbquyltqpygqhrw', t2)), ('Date', fmt(t2)),
           ('From', 'AWS <no-reply@signin.aws>'), ('To', SN_ADDR), ('Message-ID', '<%s@email.amazonses.com>' % mid),
           ('Subject', 'Verify your AWS Builder ID email address')]
    build('050-builder-id-verification-code.eml', trace, top, body, 'unrelated', None, [], True, 'en', txt2)

    # 051 console: confirmation request (Japanese keigo)
    t3 = dt(2025, 8, 5, 5, 20, 44)
    txt3 = """中村 翔太 様

AWS サポートの小林でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定アカウントの統合につきまして、以下の内容で承りました。

■ 統合されるアカウント（統合後はご利用いただけなくなります）
　AWS62038815
■ 存続するアカウント
　AWS70451196

統合を実施いたしますと、元に戻すことはできかねます。
お手数ではございますが、上記の内容でお間違いがないか、サポートセンターの本ケースよりご返信いただけますでしょうか。ご同意いただけましたら、速やかに統合作業を進めてまいります。

なお、本メールのアドレスは送信専用のため、メールでご返信いただいても確認できかねます。あらかじめご了承ください。

https://console.aws.amazon.com/support/home#/case/?displayId=175427343300889&language=ja

引き続きよろしくお願いいたします。

小林
Amazon Web Services
"""
    body = alt(tpart(txt3, charset='iso-2022-jp', cte='7bit'), tpart(console_html(txt3, 'ja'), 'html', cte='quoted-printable'), ses_boundary(t3))
    send('051-console-merge-confirm-request-ja-nakamura.eml', t3, ew('RE:[CASE %s] %s' % (C7, C7_TITLE), 'iso-2022-jp'),
         body, 'merge_confirmation_requested', ['AWS62038815', 'AWS70451196'], txt3)

    # 052 console: merge done (Japanese)
    t4 = dt(2025, 8, 6, 9, 3, 27)
    txt4 = """中村 翔太 様

AWS サポートの小林でございます。
サポートセンターにてご同意のご連絡をいただき、ありがとうございました。

ご依頼の認定アカウントの統合作業が完了しましたので、お知らせいたします。
これまでの認定資格、試験の受験履歴および特典は、すべて AWS70451196 にてご確認いただけます。
Credly のデジタルバッジは、数日以内に登録メールアドレス宛てに改めて発行されます。

ご不明な点がございましたら、本ケースよりお気軽にお問い合わせください。

小林
Amazon Web Services
"""
    body = alt(tpart(txt4), tpart(console_html(txt4, 'ja'), 'html'), ses_boundary(t4))
    send('052-console-merge-completed-ja-nakamura.eml', t4, ew('RE:[CASE %s] %s' % (C7, C7_TITLE)),
         body, 'merge_completed', ['AWS70451196'], txt4)

    # 053 console: case resolved + rating (Japanese, HTML only)
    t5 = dt(2025, 8, 9, 9, 10, 2)
    txt5 = """お客様

ケース 175427343300889（「認定アカウントの統合をお願いします」）は解決済みとなりました。引き続きサポートが必要な場合は、14 日以内であれば AWS サポートセンターからケースを再開いただけます。

今回のサポートはいかがでしたか。以下のリンクから評価をお寄せください。
https://console.aws.amazon.com/support/home#/case/?displayId=175427343300889&language=ja&feedback=true

Amazon Web Services
"""
    body = tpart(console_html(txt5, 'ja'), 'html', cte='base64')
    send('054-console-case-resolved-rate-ja-nakamura.eml', t5, ew('Amazon Web Services: サポートケース %s は解決済みになりました' % C7),
         body, 'survey', [], console_html(txt5, 'ja'))

    # 054 spoofed "merge completed" with dmarc=fail at the top, forged pass below
    t6 = dt(2025, 8, 6, 22, 14, 50)
    h6 = html_wrap("""<div style="font-family:'Meiryo',sans-serif;font-size:14px;max-width:600px">
<p style="background:#232f3e;color:#fff;padding:10px">Amazon Web Services</p>
<p>お客様各位</p>
<p>お客様の AWS 認定アカウントの統合が完了しました。</p>
<p>統合後のアカウントで認定特典（次回試験 50% 割引バウチャー）を引き続きご利用いただくには、<b>72 時間以内</b>に下記リンクからサインインし、お支払い情報の再確認を行ってください。期限を過ぎると特典は失効いたします。</p>
<p><a href="https://aws-certification-benefit.jp-signin.top/verify">サインインして特典を確認する</a></p>
<p>※本メールは送信専用です。</p>
<p>Amazon Web Services トレーニングと認定</p></div>""", 'ja')
    body = tpart(h6, 'html', cte='base64')
    ip = '45.133.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    env = 'info@jp-signin.top'
    auth = ('mx.google.com;\n       spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com') % (env, ip, env)
    trace = gmail_trace(SN_ADDR, t6, env, 'vps-%d.jp-signin.top' % R.randint(100, 999), ip, auth)
    top = [('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'),
           ('Date', fmt(t6, TOKYO)), ('From', '"Amazon Web Services" <no-reply-aws@amazon.com>'), ('To', SN_ADDR),
           ('Subject', ew('【重要】AWS 認定アカウント統合完了のお知らせ（特典の再確認のお願い）')),
           ('Message-ID', '<%s@jp-signin.top>' % rhex(20))]
    build('053-phish-spoofed-merge-completed-ja.eml', trace, top, body, 'merge_completed', None, [], False, 'ja', h6)

# ================================================================ CASE 8
# Console case, Japanese. 高橋 由美 (company mail behind a Japanese gateway). 15-digit case 2024-09.
C8 = '172584394800742'
C8_BILL = '172612260200165'
Y_ADDR = 'y.takahashi@kaisha-tech.co.jp'
C8_TITLE = '認定アカウントの統合（2件）'
GW = 'mgw01.kaisha-tech.co.jp'

def case8():
    def send(fname, t, subject, body, kind, ids, new_text, case=C8):
        return aws_mail_jp(fname, t, CONSOLE, Y_ADDR, subject, body, kind, case, ids, 'ja', new_text, GW, GW)

    # 055 console: case opened (Japanese)
    t = dt(2024, 9, 9, 1, 6, 20)
    txt = """Amazon Web Services をご利用のお客様

Amazon Web Services にお問い合わせいただきありがとうございます。お客様の問題に対応するため、ケース 172584394800742 をオープンしました。

ケース ID: 172584394800742
件名: 認定アカウントの統合（2件）
重要度: 一般的なガイダンス
内容: 個人で取得した認定（受験者ID aws33820471）と、会社で受験した認定（受験者ID AWS41957036）のアカウントが分かれているため、統合をお願いしたいです。

このメールアドレスは返信を受け付けておりません。本ケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=172584394800742&language=ja

よろしくお願いいたします。
Amazon Web Services
"""
    body = alt(tpart(txt), tpart(console_html(txt, 'ja'), 'html'), ses_boundary(t))
    send('055-console-case-opened-ja-takahashi.eml', t, ew('Amazon Web Services: 新しいサポートケースがオープンされました: %s' % C8),
         body, 'case_created', ['AWS33820471', 'AWS41957036'], txt)

    # 056 console: agent asks which account to keep + sign-in e-mails
    t2 = dt(2024, 9, 10, 0, 45, 9)
    txt2 = """高橋 由美 様

AWS サポートの松本です。お問い合わせいただき、ありがとうございます。

認定アカウントの統合をご希望とのこと、承知いたしました。
ご記載いただいた AWS33820471 および AWS41957036 の 2 つのアカウントを確認いたしました。

手続きを進めるにあたり、以下の 2 点をサポートセンターの本ケースよりご回答いただけますでしょうか。
1. 統合後に残すアカウント
2. 各アカウントのサインインに使用しているメールアドレス

ご回答をいただき次第、統合の内容をご案内いたします。

https://console.aws.amazon.com/support/home#/case/?displayId=172584394800742&language=ja

よろしくお願いいたします。

松本
Amazon Web Services
"""
    body = alt(tpart(txt2, charset='iso-2022-jp', cte='7bit'), tpart(console_html(txt2, 'ja'), 'html', cte='base64'), ses_boundary(t2))
    send('056-console-agent-asks-which-to-keep-ja.eml', t2, ew('RE:[CASE %s] %s' % (C8, C8_TITLE), 'iso-2022-jp'),
         body, 'support_reply', ['AWS33820471', 'AWS41957036'], txt2)

    # 057 another console case of the same user: billing (unrelated)
    t3 = dt(2024, 9, 12, 8, 40, 33)
    txt3 = """高橋 由美 様

AWS 請求サポートの佐々木と申します。
お問い合わせいただきました、請求書に記載される宛名の変更について回答いたします。

請求書の宛名は、請求とコスト管理コンソールの［お支払い設定］＞［請求連絡先情報］から変更いただけます。変更内容は、次回以降に発行される請求書に反映されます。
なお、すでに発行済みの 2024 年 8 月分の請求書は再発行いたしかねますので、あらかじめご了承ください。

ほかにご不明な点がございましたら、サポートセンターの本ケースよりご返信ください。

https://console.aws.amazon.com/support/home#/case/?displayId=172612260200165&language=ja

佐々木
Amazon Web Services
"""
    body = alt(tpart(txt3), tpart(console_html(txt3, 'ja'), 'html'), ses_boundary(t3))
    send('058-console-billing-case-invoice-name-ja.eml', t3, ew('RE:[CASE %s] 請求書の宛名変更について' % C8_BILL),
         body, 'unrelated', [], txt3, case=C8_BILL)

    # 058 console: confirmation request
    t4 = dt(2024, 9, 11, 2, 30, 58)
    txt4 = """高橋 由美 様

AWS サポートの松本です。
ご回答いただき、ありがとうございます。

いただいた内容をもとに、以下のとおり統合を行う予定です。

　・AWS33820471（yumi.t.0302@docomo.ne.jp）→ 統合元（統合後は無効になります）
　・AWS41957036（y.takahashi@kaisha-tech.co.jp）→ 統合先（引き続きご利用いただけます）

統合後、個人で取得された認定資格も AWS41957036 に表示されるようになります。なお、統合は取り消すことができません。

こちらの内容で進めてよろしいか、サポートセンターの本ケースからご返信をお願いいたします。

https://console.aws.amazon.com/support/home#/case/?displayId=172584394800742&language=ja

松本
Amazon Web Services
"""
    body = alt(tpart(txt4, cte='quoted-printable'), tpart(console_html(txt4, 'ja'), 'html', cte='quoted-printable'), ses_boundary(t4))
    send('057-console-merge-confirm-request-ja-takahashi.eml', t4, ew('RE:[CASE %s] %s' % (C8, C8_TITLE)),
         body, 'merge_confirmation_requested', ['AWS33820471', 'AWS41957036'], txt4)

    # 059 console: merge completed
    t5 = dt(2024, 9, 13, 6, 12, 7)
    txt5 = """高橋 由美 様

AWS サポートの松本です。
サポートセンターにてご確認のご返信をいただき、ありがとうございました。

AWS33820471 から AWS41957036 への統合が完了いたしました。今後は y.takahashi@kaisha-tech.co.jp でサインインいただき、すべての認定資格をご確認いただけます。

なお、統合元アカウントでご利用いただいていた試験割引特典も、統合先アカウントに引き継がれております。

ほかにご不明な点がございましたら、本ケースよりお知らせください。

松本
Amazon Web Services
"""
    body = alt(tpart(txt5, charset='iso-2022-jp', cte='7bit'), tpart(console_html(txt5, 'ja'), 'html', cte='base64'), ses_boundary(t5))
    send('059-console-merge-completed-ja-takahashi.eml', t5, ew('RE:[CASE %s] %s' % (C8, C8_TITLE), 'iso-2022-jp'),
         body, 'merge_completed', ['AWS33820471', 'AWS41957036'], txt5)

    # 060 console: resolved + rating, delivered through an internal relay with no Authentication-Results
    t6 = dt(2024, 9, 16, 6, 20, 45)
    txt6 = """お客様

ケース 172584394800742（「認定アカウントの統合（2件）」）は解決済みとなりました。引き続きサポートが必要な場合は、14 日以内であれば AWS サポートセンターからケースを再開いただけます。

今回のサポートはいかがでしたか。サポートセンターで各回答の右上にある星を選択して、評価をお寄せください。
https://console.aws.amazon.com/support/home#/case/?displayId=172584394800742&language=ja&feedback=true

Amazon Web Services
"""
    body = tpart(console_html(txt6, 'ja'), 'html', cte='base64')
    host, ip = ses_hop(); mid = ses_id(t6)
    t0 = t6 + datetime.timedelta(seconds=4)
    trace = [('Return-Path', '<%s@amazonses.com>' % mid), ('Received', 'from relay02.kaisha-tech.local (relay02.kaisha-tech.local [10.20.1.12])\n\tby mbox01.kaisha-tech.local (Postfix) with ESMTP id 4X%s\n\tfor <%s>; %s' % (
                rb64(8).replace('/', 'q').replace('+', 'z'), Y_ADDR, fmt(t0 + datetime.timedelta(seconds=2), TOKYO) + ' (JST)')),
             ('Received', 'from %s (%s [%s])\n\tby relay02.kaisha-tech.local (Postfix) with ESMTPS id 4X%s\n\tfor <%s>; %s' % (
                host, host, ip, rb64(8).replace('/', 'q').replace('+', 'z'), Y_ADDR, fmt(t0, TOKYO) + ' (JST)'))]
    build('060-console-case-resolved-rate-ja-takahashi.eml', trace,
          aws_top(t6, CONSOLE, Y_ADDR, ew('Amazon Web Services: サポートケース %s は解決済みになりました' % C8), msgid=mid),
          body, 'survey', C8, [], None, 'ja', console_html(txt6, 'ja'))

if __name__ == '__main__':
    import sys
    for fn in [f for f in os.listdir(OUT) if f.endswith('.eml')]:
        os.remove(os.path.join(OUT, fn))
    for name in sorted(k for k in dict(globals()) if re.fullmatch(r'case\d+|extra\d*', k)):
        globals()[name]()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, indent=1, ensure_ascii=False)
    print(len(LABELS), 'mails')
