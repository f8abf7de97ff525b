#!/usr/bin/env python3
"""Generator for blind set 274: non-native / machine-translated English AWS
Certification account-merge mailbox.  Run: python3 make_set.py"""
import os, json, random, base64, quopri, io, datetime, hashlib
from email.message import Message
from email.header import Header
from email.generator import BytesGenerator
from email.utils import formataddr, format_datetime
from email import policy as _pol

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(274)
LABELS = {}
UTC = datetime.timezone.utc
JST = datetime.timezone(datetime.timedelta(hours=9))
PDT = datetime.timezone(datetime.timedelta(hours=-7))
PST = datetime.timezone(datetime.timedelta(hours=-8))


def D(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def b64r(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def hexr(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def case15(dt):
    return '%d%05d' % (int(dt.timestamp()), rnd.randint(0, 99999))


def ses_id(dt, region='us-east-1'):
    ms = int(dt.timestamp() * 1000) - rnd.randint(200, 900)
    pre = '0100' if region == 'us-east-1' else '0102'
    dom = 'email.amazonses.com' if region == 'us-east-1' else region + '.amazonses.com'
    return '<%s%012x-%s-%s-%s-%s-%s-000000@%s>' % (
        pre, ms, hexr(8), hexr(4), hexr(4), hexr(4), hexr(12), dom)


def ses_mailfrom(msgid):
    return msgid.strip('<>')


def rfc(dt):
    return format_datetime(dt)


# ---------------------------------------------------------------- MIME leaves
def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable',
         codec=None, declared=None, fmt_flowed=False, errors='strict'):
    codec = codec or charset
    declared = declared if declared is not None else charset
    data = text.replace('\n', '\r\n').encode(codec, errors) if cte == 'base64' else text.encode(codec, errors)
    m = Message()
    ct = 'text/%s; charset="%s"' % (subtype, declared)
    if fmt_flowed:
        ct += '; format=flowed'
    m['Content-Type'] = ct
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    else:
        payload = data.decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    return m


def alt(*parts, boundary=None):
    m = Message()
    b = boundary or ('----=_Part_%d_%d.%d' % (rnd.randint(100000, 999999), rnd.randint(10**8, 10**9), rnd.randint(10**12, 10**13)))
    m['Content-Type'] = 'multipart/alternative; \n\tboundary="%s"' % b
    m.set_boundary(b) if False else None
    for p in parts:
        m.attach(p)
    m.set_param('boundary', b)
    return m


def mixed(*parts, boundary=None):
    m = Message()
    b = boundary or ('_%s_' % hexr(24))
    m['Content-Type'] = 'multipart/mixed'
    for p in parts:
        m.attach(p)
    m.set_param('boundary', b)
    return m


def related(*parts):
    m = Message()
    m['Content-Type'] = 'multipart/related'
    for p in parts:
        m.attach(p)
    m.set_param('boundary', '--=_rel_%s' % hexr(16))
    m.set_param('type', 'multipart/alternative')
    return m


def image_part(name, cid):
    m = Message()
    m['Content-Type'] = 'image/png; name="%s"' % name
    m['Content-Transfer-Encoding'] = 'base64'
    m['Content-ID'] = '<%s>' % cid
    m['Content-Disposition'] = 'inline; filename="%s"' % name
    png = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==')
    m.set_payload(base64.encodebytes(png).decode())
    return m


# ---------------------------------------------------------------- headers
def enc_hdr(s, charset='utf-8', name='Subject'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name, maxlinelen=76).encode(linesep='\n')


def qenc_subject(s, charset='utf-8'):
    """Q-encoded words, folded by hand"""
    raw = s.encode(charset)
    out, cur = [], ''
    for byte in raw:
        ch = chr(byte)
        if ch.isalnum() and byte < 128:
            t = ch
        elif ch == ' ':
            t = '_'
        else:
            t = '=%02X' % byte
        if len(cur) + len(t) > 40 and not (0x80 <= byte < 0xC0):
            out.append(cur)
            cur = ''
        cur += t
    out.append(cur)
    return '\n '.join('=?%s?Q?%s?=' % (charset.upper(), w) for w in out)


def addr(name, email, charset='utf-8'):
    if name is None:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), email)


def dkim_sig(domain, selector, t, hdrs='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', c='relaxed/simple'):
    b = b64r(192)
    b = '\n\t'.join([b[i:i + 70] for i in range(0, len(b), 70)])
    return ('v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (c, selector, domain, t, hdrs, b64r(32), b))


AMZ_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
SES_SEL = '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'
SES_SEL2 = '224i4yxa5dv7c2xz3womw6peuasteono'


def ar_gmail(dkim, spf, dmarc):
    """dkim: list of (res, domain, sel); spf: (res, mailfrom, ip); dmarc: (res, domain, p)"""
    parts = ['mx.google.com']
    for res, dom, sel in dkim:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, b64r(6)[:8]))
    sres, mf, ip = spf
    dom_of = mf
    if sres == 'pass':
        parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (dom_of, ip, mf))
    elif sres == 'softfail':
        parts.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (dom_of, ip, mf))
    else:
        parts.append('spf=%s (google.com: %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (sres, dom_of, ip, mf))
    if dmarc:
        dres, ddom, p = dmarc
        dis = 'NONE' if dres == 'pass' else p
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dres, p, p, dis, ddom))
    return ';\n       '.join(parts)


def ar_outlook(dkim, spf, dmarc, compauth='pass reason=100'):
    sres, mfdom, ip = spf
    s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; ' % (sres, ip, mfdom)
    for res, dom, sel in dkim:
        note = '(signature was verified)' if res == 'pass' else ('(body hash did not verify)' if res == 'fail' else '(message not signed)')
        s += 'dkim=%s %s\n header.d=%s;' % (res, note, dom)
    if not dkim:
        s += 'dkim=none (message not signed)\n header.d=none;'
    dres, ddom, act = dmarc
    s += 'dmarc=%s action=%s\n header.from=%s;compauth=%s' % (dres, act, ddom, compauth)
    return s


def ar_simple(authserv, dkim, spf, dmarc):
    sres, mf, ip = spf
    parts = [authserv, 'spf=%s smtp.mailfrom=%s' % (sres, mf)]
    for res, dom, sel in dkim:
        parts.append('dkim=%s header.i=@%s' % (res, dom))
    if dmarc:
        parts.append('dmarc=%s header.from=%s' % (dmarc[0], dmarc[1]))
    return ';\n\t'.join(parts)


def ses_ip():
    return '54.240.%d.%d' % (rnd.choice([8, 9, 27, 48]), rnd.randint(10, 250))


def gmail_trace(to, dt, mailfrom, ip, helo, ar, extra_arc=True):
    loc = dt.astimezone(PDT if 3 <= dt.month <= 10 else PST)
    ds = loc.strftime('%a, %d %b %Y %H:%M:%S %z') + (' (PDT)' if 3 <= dt.month <= 10 else ' (PST)')
    h = [('Delivered-To', to),
         ('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s'
          % (hexr(4), hexr(3), hexr(3), hexr(3), hexr(4), rnd.choice(['ab', 'ks', 'ne', 'kq']), rnd.randint(100000, 999999), rnd.choice(['pxb', 'lqh', 'rwi']), ds)),
         ('X-Google-Smtp-Source', 'AGHT+I' + b64r(60)[:86]),
         ('X-Received', 'by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id af79cd13be357-7c%s%s.%d.%d;\n        %s'
          % (hexr(4), hexr(3), hexr(4), hexr(7), rnd.choice(['a', 'b']), rnd.randint(100, 999), rnd.randint(1000000000000, 9999999999999), ds))]
    if extra_arc:
        h += [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(dt.timestamp()), b64r(100))),
              ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=subject:to:from:date:message-id:mime-version:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (b64r(32), b64r(32), b64r(90))),
              ('ARC-Authentication-Results', 'i=1; ' + ar)]
    h += [('Return-Path', '<%s>' % mailfrom),
          ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id af79cd13be357-7c%s%ssi%d.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
           % (helo, helo, ip, hexr(7), rnd.choice(['a', 'b']), rnd.randint(10**9, 10**10), rnd.randint(100, 999), loc.strftime('%Y.%m.%d.%H.%M.%S'), to, ds)),
          ('Received-SPF', ('pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' if 'spf=pass' in ar else
                            'softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;') % (mailfrom, ip, ip)),
          ('Authentication-Results', ar)]
    return h


def outlook_trace(to, dt, mailfrom_dom, ip, helo, ar, spfres='Pass'):
    srv = 'BN%dPEPF0000%s.namprd%02d.prod.outlook.com' % (rnd.randint(1, 9), hexr(4).upper(), rnd.randint(2, 22))
    srv2 = 'SA%dPR%02dMB%d.namprd%02d.prod.outlook.com' % (rnd.randint(1, 3), rnd.randint(10, 20), rnd.randint(1000, 9999), rnd.randint(2, 22))
    ds = rfc(dt.astimezone(UTC))
    h = [('Received', 'from %s (::1) by %s with HTTPS; %s' % (srv, srv2, ds)),
         ('Received', 'from %s (2603:10b6:208:%s::%s)\n by %s (2603:10b6:806:%s::%s) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s'
          % ('BN9PR03CA0%d.namprd03.prod.outlook.com' % rnd.randint(100, 999), hexr(3), hexr(2), srv, hexr(3), hexr(2), rnd.randint(8000, 8999), rnd.randint(10, 40), ds)),
         ('Authentication-Results', ar),
         ('Received-SPF', '%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (spfres, mailfrom_dom, ip, ip, helo)),
         ('Received', 'from %s (%s) by\n %s (10.167.243.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
          % (helo, ip, srv, rnd.randint(2, 250), rnd.randint(8000, 8999), rnd.randint(10, 40), ds))]
    return h


def jp_trace(to, dt, mailfrom, ip, helo, ar, mx):
    ds = rfc(dt.astimezone(JST))
    return [('Return-Path', '<%s>' % mailfrom),
            ('Delivered-To', to),
            ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s' % (helo, helo, ip, mx, hexr(11).upper(), to, ds)),
            ('Authentication-Results', ar)]


def generic_trace(to, dt, mailfrom, ip, helo, ar, mx, tz=UTC):
    ds = rfc(dt.astimezone(tz))
    h = [('Return-Path', '<%s>' % mailfrom),
         ('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (helo, helo, ip, mx, hexr(16), to, ds))]
    if ar is not None:
        h.append(('Authentication-Results', ar))
    return h


# ---------------------------------------------------------------- writer
def serialize(hdrs, body, crlf=False):
    nl = '\r\n' if crlf else '\n'
    out = io.BytesIO()
    g = BytesGenerator(out, mangle_from_=False, maxheaderlen=0,
                       policy=_pol.compat32.clone(linesep=nl, max_line_length=0))
    g.flatten(body)
    lines = []
    for k, v in hdrs:
        lines.append('%s: %s' % (k, v.replace('\r\n', '\n').replace('\n', nl)))
    head = nl.join(lines) + nl
    return head.encode('ascii') + out.getvalue()


def emit(fn, hdrs, body, label, crlf=False):
    assert fn not in LABELS, fn
    raw = serialize(hdrs, body, crlf)
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(raw)
    lab = dict(label)
    lab['account_ids'] = sorted(set(a.upper().replace(' ', '').replace('-', '') for a in lab.get('account_ids', [])))
    LABELS[fn] = {k: lab[k] for k in ('kind', 'case_id', 'account_ids', 'sender_verified', 'language')}


def L(kind, case_id, ids, verified, lang='en'):
    return {'kind': kind, 'case_id': case_id, 'account_ids': ids, 'sender_verified': verified, 'language': lang}


# ------------------------------------------------------------ AWS mail helpers
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
AWSNAME = 'Amazon Web Services'


def aws_headers(provider, to, dt, subject, from_addr=FORM, from_name=AWSNAME,
                dmarc='pass', dkim_amz='pass', extra=None, msgid=None, region='us-east-1',
                authserv=None, to_hdr=None, reply_to=None):
    """Trace + auth + top headers for a genuine SES-sent amazon.com mail."""
    msgid = msgid or ses_id(dt, region)
    mf = ses_mailfrom(msgid).replace('@email.amazonses.com', '@email.amazonses.com')
    mf = mf.split('@')[0] + ('@email.amazonses.com' if region == 'us-east-1' else '@%s.amazonses.com' % region)
    ip = ses_ip()
    helo = 'a8-%d.smtp-out.amazonses.com' % rnd.randint(10, 99) if region == 'us-east-1' else 'a7-%d.smtp-out.%s.amazonses.com' % (rnd.randint(10, 99), region)
    t = int(dt.timestamp())
    dk = [(dkim_amz, 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', SES_SEL2)]
    if provider == 'gmail':
        ar = ar_gmail(dk, ('pass', mf, ip), (dmarc, 'amazon.com', 'QUARANTINE'))
        h = gmail_trace(to, dt, mf, ip, helo, ar)
    elif provider == 'outlook':
        ar = ar_outlook(dk, ('pass', 'email.amazonses.com', ip), (dmarc, 'amazon.com', 'none' if dmarc == 'pass' else 'quarantine'),
                        'pass reason=100' if dmarc == 'pass' else 'fail reason=000')
        h = outlook_trace(to, dt, 'email.amazonses.com', ip, helo, ar)
    elif provider == 'none':
        h = [('Return-Path', '<%s>' % mf),
             ('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (helo, helo, ip, authserv or 'mail.example.net', hexr(12), to, rfc(dt)))]
    else:  # japanese / other simple providers: provider is authserv-id, authserv is mx host
        ar = ar_simple(provider, dk, ('pass', mf, ip), (dmarc, 'amazon.com'))
        h = jp_trace(to, dt, mf, ip, helo, ar, authserv or ('mx.' + provider))
    h += [('DKIM-Signature', dkim_sig('amazon.com', AMZ_SEL, t)),
          ('DKIM-Signature', dkim_sig('amazonses.com', SES_SEL2, t, 'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID'))]
    h += [('Date', rfc(dt)), ('From', addr(from_name, from_addr))]
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('To', to_hdr or to), ('Message-ID', msgid), ('Subject', subject), ('MIME-Version', '1.0')]
    h += [('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), ip)),
          ('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, b64r(33)[:44]))]
    if extra:
        h += extra
    return h


def aws_html(inner_html, lang='en', title='Amazon Web Services'):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s"><head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0"/>\n<title>%s</title>\n'
            '<style type="text/css">body{margin:0;padding:0;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f}'
            ' a{color:#0073bb} .hdr{background:#232f3e;padding:12px 20px} .foot{font-size:11px;color:#687078}</style>\n</head>\n'
            '<body>\n<table width="100%%" cellpadding="0" cellspacing="0" border="0" role="presentation"><tr><td align="center">\n'
            '<table width="640" cellpadding="0" cellspacing="0" border="0" role="presentation" style="max-width:640px">\n'
            '<tr><td class="hdr"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" width="120" style="display:block;border:0"/></td></tr>\n'
            '<tr><td style="padding:24px 20px 8px 20px;line-height:1.5">\n%s\n</td></tr>\n'
            '<tr><td class="foot" style="padding:16px 20px;border-top:1px solid #eaeded">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
            'This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % (lang, title, inner_html)


def p(text):
    """very small text->html paragraphs"""
    import html as _h
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + _h.escape(para).replace('\n', '<br/>\n') + '</p>')
    return '\n'.join(out)


def qt(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip('\n').split('\n'))


CONSOLE_FOOT = ('\nWe value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. '
                'Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.\n\n'
                'Best regards,\n%s\nAmazon Web Services\n============================================\n\n'
                'To see the file or image attachments that were included in this correspondence, please use the link below:\n'
                'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
                '* Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
                'To respond to this case, please follow the link above to respond from your AWS Support Center.\n\n'
                '============================================\n\n'
                'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n')


def form_foot(agent, team='AWS Training and Certification Customer Support'):
    return ('\nBest regards,\n%s\n%s\n\n'
            'We value your feedback. Please share your experience by rating this correspondence using the link below.\n'
            'https://aws.amazon.com/training/support/feedback/?c=%s\n\n'
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
            'This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n') % (agent, team, hexr(32))


def form_subject(case, tail='account-assistance', re='RE:'):
    return '%s[CASE %s] [AWS Training and Certification Form Submission] - %s' % (re, case, tail)


# ============================================================================
# People and cases
# ============================================================================
T1 = dict(name='Takeshi Kobayashi', mail='t.kobayashi.dev@gmail.com', keep='AWS04417825', old='AWS11382960')
T1['open'] = D(2025, 5, 27, 14, 14, 37)
T1['case'] = case15(T1['open'])

T2 = dict(name='Chen Mei Lin', mail='meilin.chen88@outlook.com', keep='AWS20918374', old='AWS20933105')
T2['open'] = D(2025, 3, 11, 2, 41, 9)
T2['case'] = case15(T2['open'])

T3 = dict(name='佐藤 裕子', latin='Yuko Sato', mail='yuko-sato@nifty.com', keep='AWS07716240', old='AWS15520394')
T3['open'] = D(2025, 8, 4, 0, 52, 48)
T3['case'] = case15(T3['open'])

T4 = dict(name='Park Ji-hoon', mail='jihoon.park@naver.com', keep='AWS09126658', old='AWS12904471')
T4['open'] = D(2024, 11, 19, 6, 3, 55)
T4['case'] = case15(T4['open'])

T5 = dict(name='Rahul Verma', mail='rahul.verma.cloud@outlook.com', keep='AWS01827364', old='AWS08845120')
T5['case'] = '10934715082'   # 11 digits, 2022

T6 = dict(name='Ana Beatriz Souza', mail='anabsouza.ti@gmail.com', keep='AWS13370912', old='AWS05561283')
T6['open'] = D(2024, 9, 2, 18, 22, 4)
T6['case'] = case15(T6['open'])

T7 = dict(name='Dmitri Volkov', mail='d.volkov@fastmail.com', keep='AWS00672419', old='AWS00981156')
T7['case'] = '7093318264'    # 10 digits, 2020


# ============================================================================
# 001-010
# ============================================================================
def m001():
    dt = T1['open'] + datetime.timedelta(seconds=41)
    c = T1['case']
    txt = ('Hello,\n\n'
           'Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your inquiry and a case has been created for you.\n\n'
           'Case ID: %s\n'
           'Inquiry type: Certification\n'
           'Inquiry detail: Account Merge\n\n'
           'A member of our Customer Support team will review your request and respond within 24 hours. '
           'If you need to add more information, please reply to this email and keep the case number in the subject line. '
           'Please do not submit a new case for the same request, as this can delay our response.\n\n'
           'In the meantime you can find answers to many common questions in our FAQ: https://aws.amazon.com/certification/faqs/\n\n'
           'Thank you,\nAWS Training and Certification Customer Support\n') % c
    html = aws_html(p(txt))
    body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'))
    h = aws_headers('gmail', T1['mail'], dt, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c)
    emit('001-form-ack-case-received.eml', h, body, L('case_created', c, [], True))


def m002():
    dt = D(2022, 10, 18, 9, 47, 12)
    c = T5['case']
    txt = ('Dear Rahul,\n\n'
           'Greetings from AWS Training and Certification!\n\n'
           'This is with reference to your query regarding merging of your certification profiles. '
           'As per the process, to take this forward we will be needing few more details from your end.\n\n'
           'Kindly provide us the below information:\n'
           '1. The login email ID associated to each of the certification account.\n'
           '2. The notification email ID (if it is different from login email ID).\n'
           '3. Your full name as it appears in your government ID.\n\n'
           'Kindly revert back with the above details at the earliest so that we can proceed further on your request. '
           'Request you to please do not raise a new case for the same, you can simply reply on this same email.\n\n'
           'Have a nice day ahead!\n'
           + form_foot('Sai Krishna') +
           '\n-----Original Message-----\n'
           'From: Rahul Verma\n'
           'Sent: 17/10/2022 21:05\n'
           'Inquiry Type: Certification\n'
           'Inquiry Detail: Account Merge\n'
           'Description: Hello team, I am having two certmetrics account. One is AWS01827364 created with my personal mail and another one AWS08845120 '
           'created with my previous employer mail id which I cant access now. Please merge both into one. Thanks, Rahul\n')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,Arial;font-size:11pt">' + p(txt.split('-----Original Message-----')[0]) +
            '</div><hr><div style="color:#555">' + p('-----Original Message-----' + txt.split('-----Original Message-----')[1]) + '</div></body></html>')
    body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='base64'))
    h = aws_headers('outlook', T5['mail'], dt, form_subject(c))
    emit('002-indian-agent-asks-login-emails.eml', h, body, L('support_reply', c, [], True))


def m003():
    dt = D(2025, 5, 20, 16, 5, 33)
    to = T1['mail']
    mf = 'bounces+4471023-9c1e-%s=gmail.com@em.certmetrics.com' % to.split('@')[0]
    ip = '149.72.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    ar = ar_gmail([('pass', 'certmetrics.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], ('pass', mf, ip), ('pass', 'certmetrics.com', 'NONE'))
    h = gmail_trace(to, dt, mf, ip, 'o%d.ptr%d.em.certmetrics.com' % (rnd.randint(1, 9), rnd.randint(1000, 9999)), ar)
    h += [('DKIM-Signature', dkim_sig('certmetrics.com', 's1', int(dt.timestamp()))),
          ('Date', rfc(dt)), ('From', addr('AWS Certification', 'do-not-reply@certmetrics.com')), ('To', to),
          ('Message-ID', '<%s@geopod-ismtpd-%d>' % (b64r(16).replace('/', 'x').replace('+', 'y').rstrip('='), rnd.randint(1, 40))),
          ('Subject', 'AWS Certification wants to hear from you'), ('MIME-Version', '1.0')]
    txt = ('Dear Takeshi Kobayashi,\n\n'
           'Thank you for taking an AWS Certification exam. We want to hear about your experience!\n\n'
           'Please take 5 minutes to complete a short survey about your exam registration, testing and score reporting experience. '
           'Your feedback helps us improve the AWS Certification program.\n\n'
           'Take the survey: https://www.certmetrics.com/amazon/survey/?sid=%s\n\n'
           'Candidate ID: AWS04417825\n'
           'Exam: AWS Certified Solutions Architect - Associate (SAA-C03)\n\n'
           'Sincerely,\nAWS Training and Certification\n\n'
           'Please do not reply to this message. This mailbox is not monitored.\n') % hexr(32)
    html = ('<html><body style="font-family:Arial"><table width="600"><tr><td>' + p(txt) + '</td></tr></table></body></html>')
    body = alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(html, 'html', charset='us-ascii', cte='7bit'))
    emit('003-certmetrics-exam-survey.eml', h, body, L('unrelated', None, ['AWS04417825'], False))


def m004():
    dt = T2['open'] + datetime.timedelta(seconds=28)
    c = T2['case']
    inner = ('<p>Hello,</p>\n'
             '<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>\n'
             '<p>The details of your case are as follows:</p>\n'
             '<table cellpadding="4" style="border-collapse:collapse;font-size:14px">'
             '<tr><td><b>Case ID:</b></td><td>%s</td></tr>'
             '<tr><td><b>Subject:</b></td><td>Merge of my two certification accounts</td></tr>'
             '<tr><td><b>Severity:</b></td><td>General guidance</td></tr>'
             '<tr><td><b>Correspondence:</b></td><td>Dear support, I have 2 certification account because I changed my email when I changed job. '
             'Could you help to combine them into one account? Thank you very much.</td></tr></table>\n'
             '<p>We will notify you by e-mail when there is new correspondence on your case. You can also view the case and add comments in the '
             '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>\n'
             '<p>Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To add correspondence, please use the link above.</p>\n'
             '<p>Sincerely,<br/>Amazon Web Services</p>') % (c, c, c)
    body = leaf(aws_html(inner), 'html', cte='quoted-printable')
    h = aws_headers('outlook', T2['mail'], dt, 'Amazon Web Services: You have opened a new Support case: %s' % c, from_addr=NOREPLY)
    emit('004-console-case-opened-html-only.eml', h, body, L('case_created', c, [], True), crlf=True)


def m005():
    dt = T3['open'] + datetime.timedelta(seconds=55)
    c = T3['case']
    txt = ('佐藤 裕子 様\n\n'
           'AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n'
           '本メールは自動送信されております。\n\n'
           'お客様のお問い合わせを以下のケース番号にて受け付けいたしました。\n\n'
           '　ケース番号：%s\n'
           '　お問い合わせの種類：認定\n'
           '　お問い合わせの詳細：アカウントの統合\n\n'
           '担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。\n'
           '追加の情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。\n'
           'なお、同じ内容で新しいケースを作成されますと、ご回答が遅れる場合がございますのでご了承ください。\n\n'
           '今後ともよろしくお願い申し上げます。\n\n'
           'AWS トレーニングと認定 カスタマーサポート\n') % c
    body = leaf(txt, charset='iso-2022-jp', cte='7bit', declared='ISO-2022-JP')
    subj = enc_hdr('[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % c, 'iso-2022-jp')
    h = aws_headers('mx.nifty.com', T3['mail'], dt, subj, authserv='mta-snd-e04.mail.nifty.com')
    emit('005-ja-form-ack-iso2022jp.eml', h, body, L('case_created', c, [], True, 'ja'))


def m006():
    dt = T2['open'] + datetime.timedelta(hours=20, minutes=13)
    c = T2['case']
    txt = ('Hello Mei Lin,\n\n'
           'Thanks you for contacting with AWS Training and Certification, my name is Jiaxin, I am very glad to serve you.\n\n'
           'About your request of merging the certification accounts, according to the information you provided, we have searched in our system and found the following two accounts under your name:\n\n'
           '  - AWS20918374 (registered email: meilin.chen88@outlook.com)\n'
           '  - AWS20933105 (registered email: m.chen@hzdatatech.cn)\n\n'
           'Before we can carry out the merge operation, please tell us which account you wish to retain as the main account. '
           'The exam records and certifications of the other account will be transferred into the main account, and the other account will be closed after.\n\n'
           'In addition, please kindly confirm the above two email are both belong to you.\n\n'
           'Look forward to your reply, thank you for your understanding and support!\n'
           + CONSOLE_FOOT % ('Jiaxin W.', c))
    html = aws_html(p(txt))
    body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'))
    h = aws_headers('outlook', T2['mail'], dt, 'RE:[CASE %s] Merge of my two certification accounts' % c, from_addr=NOREPLY)
    emit('006-chinese-mt-which-account-to-keep.eml', h, body, L('support_reply', c, ['AWS20918374', 'AWS20933105'], True), crlf=True)


def m007():
    dt = D(2025, 5, 28, 8, 2, 12)
    c = T1['case']
    txt = ('Hello Takeshi,\n\n'
           'Greetings of the day!\n\n'
           'Thank you for reaching out to AWS Training and Certification. I have gone through your request and verified the details in our records. '
           'Please find below the accounts which will be merged:\n\n'
           'Primary account (will be retained): AWS04417825 - t.kobayashi.dev@gmail.com\n'
           'Secondary account (will be merged into primary and deactivated): AWS 11382960 - takeshi.kobayashi@kansai-sysint.co.jp\n\n'
           'Post merging, all the certifications, exam history and benefits of the secondary account will be reflecting in the primary account. '
           'Kindly note that once the merge is done the same cannot be reverted back.\n\n'
           'Request you to kindly reply to this email confirming that above details are correct, so that we can proceed with the merge. '
           'Awaiting for your confirmation.\n'
           + form_foot('Pooja S.') +
           '\n-----Original Message-----\n'
           'Inquiry Type: Certification\nInquiry Detail: Account Merge\nAWS candidate ID: AWS04417825\n'
           'Description: I have two certification account. Old one was created by company mail and I cannot login anymore. Please merge to this account.\n')
    html = aws_html(p(txt))
    body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'))
    h = aws_headers('gmail', T1['mail'], dt, form_subject(T1['case']))
    emit('007-indian-agent-confirm-merge-direction.eml', h, body, L('merge_confirmation_requested', c, ['AWS04417825', 'AWS11382960'], True))


def m008():
    dt = D(2025, 5, 29, 3, 17, 40)
    to = T1['mail']
    dom = 'aws-trainingcertification.com'
    mf = 'bounce-%s@mail.%s' % (hexr(10), dom)
    ip = '185.%d.%d.%d' % (rnd.randint(100, 250), rnd.randint(1, 250), rnd.randint(1, 250))
    ar = ar_gmail([('pass', dom, 'default')], ('pass', mf, ip), ('pass', dom, 'NONE'))
    h = gmail_trace(to, dt, mf, ip, 'mail.%s' % dom, ar)
    h += [('DKIM-Signature', dkim_sig(dom, 'default', int(dt.timestamp()))),
          ('Date', rfc(dt)), ('From', addr('AWS Training & Certification', 'certification-support@' + dom)),
          ('To', to), ('Message-ID', '<%s@%s>' % (hexr(20), dom)),
          ('Subject', 'Action required: Confirm your AWS Certification account merge'), ('MIME-Version', '1.0'),
          ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')]
    txt = ('Dear Candidate,\n\n'
           'We has received your request for merge your AWS Certification accounts. Reference No: CERT-MRG-2025-88123\n\n'
           'To avoid the lost of your certifications and exam vouchers, kindly confirm the merge of account AWS04417825 into account AWS11382960 '
           'by click the below button and login with your AWS Certification credentials within 24 hours. '
           'Otherwise the request will be cancel and both accounts will be suspend for security reason.\n\n'
           'CONFIRM MERGE: https://aws-trainingcertification.com/merge/confirm?u=%s\n\n'
           'Regards,\nAWS Certification Account Team\n') % hexr(24)
    html = ('<html><body style="font-family:Arial;font-size:14px"><div style="background:#232f3e;padding:10px;color:#fff"><b>aws</b> Training and Certification</div>'
            '<p>Dear Candidate,</p><p>We has received your request for merge your AWS Certification accounts. Reference No: CERT-MRG-2025-88123</p>'
            '<p>To avoid the lost of your certifications and exam vouchers, kindly confirm the merge of account <b>AWS04417825</b> into account <b>AWS11382960</b> '
            'by click the below button and login with your AWS Certification credentials within 24 hours. Otherwise the request will be cancel and both accounts will be suspend for security reason.</p>'
            '<p><a href="https://aws-trainingcertification.com/merge/confirm?u=%s" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">CONFIRM MERGE</a></p>'
            '<p>Regards,<br>AWS Certification Account Team</p></body></html>') % hexr(24)
    body = alt(leaf(txt, cte='base64'), leaf(html, 'html', cte='base64'))
    emit('008-lookalike-domain-confirm-merge-phish.eml', h, body, L('merge_confirmation_requested', None, ['AWS04417825', 'AWS11382960'], False))


def m009():
    dt = T4['open'] + datetime.timedelta(seconds=37)
    c = T4['case']
    txt = ('Hello,\n\n'
           'Thank you for contacting AWS Training and Certification. We have received your request and created case %s.\n\n'
           'Summary of your submission\n'
           '--------------------------\n'
           'Inquiry type: Certification\n'
           'Inquiry detail: Account Merge\n'
           'AWS candidate ID: AWS09126658\n'
           'Preferred language: English\n\n'
           'Our team will get back to you within 24 hours. Please reply to this email if you have additional information, and do not open a new case for the same issue.\n\n'
           'Thank you,\nAWS Training and Certification Customer Support\n') % c
    html = aws_html(p(txt))
    body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'))
    h = aws_headers('mx.naver.com', T4['mail'], dt, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c, authserv='mx3.mail.naver.com')
    emit('009-form-ack-with-submission-summary.eml', h, body, L('case_created', c, ['AWS09126658'], True))


def m010():
    dt = D(2022, 10, 19, 11, 30, 2)
    c = T5['case']
    txt = ('Dear Rahul,\n\n'
           'Thank you for revert with the requested details.\n\n'
           'We would like to inform you that we were able to locate both the certification accounts. Please find the details as below:\n\n'
           'Account to be retained : AWS01827364 (rahul.verma.cloud@outlook.com)\n'
           'Account to be merged   : aws08845120 (rahul.verma@zentrix-solutions.in)\n\n'
           'Once the merge is done, the account aws08845120 will be deactivated and all the certifications will be moved to AWS01827364. '
           'Please be informed that the merge is a permanent action and cannot be undone.\n\n'
           'Kindly confirm us by replying to this email if the above information is correct and we are good to proceed with merge. '
           'Post your confirmation the merge will be completed in 2-3 business days.\n'
           + form_foot('Sai Krishna') +
           '\n-----Original Message-----\n'
           'From: Rahul Verma <rahul.verma.cloud@outlook.com>\n'
           'Sent: Tuesday, October 18, 2022 8:14 PM\n'
           'To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
           'Subject: RE:[CASE 10934715082] [AWS Training and Certification Form Submission] - account-assistance\n\n'
           'Hi Sai,\nLogin email for 1st account is rahul.verma.cloud@outlook.com and 2nd is rahul.verma@zentrix-solutions.in. Both notification mail is same as login.\n'
           'Regards\nRahul\n')
    body = leaf(txt, charset='utf-8', cte='8bit')
    h = aws_headers('outlook', T5['mail'], dt, form_subject(c))
    emit('010-indian-agent-confirm-retained-account.eml', h, body, L('merge_confirmation_requested', c, ['AWS01827364', 'AWS08845120'], True))


T7['mail'] = 'dmitri@volkov.pro'


# ============================================================================
# 011-020
# ============================================================================
def m011():
    dt = D(2025, 8, 5, 2, 18, 9)
    c = T3['case']
    txt = ('佐藤 裕子 様\n\n'
           'AWS トレーニングと認定 カスタマーサポートの山口でございます。\n'
           'このたびはお問い合わせいただき、誠にありがとうございます。\n\n'
           'アカウントの統合につきまして、お客様よりご提示いただいた受験者 ID AWS07716240 のほかに、'
           '統合をご希望のもう一方のアカウントを特定させていただく必要がございます。\n'
           'お手数をおかけいたしますが、以下の情報をご教示いただけますでしょうか。\n\n'
           '① 統合をご希望のアカウントのログイン用メールアドレス\n'
           '② 各アカウントの通知先メールアドレス（ログイン用と異なる場合）\n'
           '③ 統合後に残すことをご希望のアカウント\n\n'
           '恐れ入りますが、本メールにご返信いただけますと幸いです。\n'
           'ご不明な点がございましたら、お気軽にお問い合わせくださいませ。\n\n'
           '何卒よろしくお願い申し上げます。\n\n'
           '山口 美咲\nAWS トレーニングと認定 カスタマーサポート\n\n'
           '2025年8月4日(月) 10:21 佐藤 裕子 <yuko-sato@nifty.com>:\n'
           '> お世話になっております。\n'
           '> 以前の勤務先のメールアドレスで作成した認定アカウントがあり、\n'
           '> 現在のアカウント（AWS07716240）に統合していただきたく存じます。\n'
           '> もう一つのアカウントは AWS15520394 だったと思います。\n'
           '> よろしくお願いいたします。\n'
           '>\n'
           '> 2025年8月4日(月) 9:53 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n'
           '> > 佐藤 裕子 様\n'
           '> >\n'
           '> > AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n'
           '> > お客様のお問い合わせを以下のケース番号にて受け付けいたしました。\n'
           '> > \u3000ケース番号：%s\n' % c)
    # cp932 bytes (circled digits) under a plain Shift_JIS label
    body = leaf(txt, charset='cp932', declared='Shift_JIS', cte='base64')
    subj = qenc_subject('RE:[CASE %s] 【AWS トレーニングと認定】アカウント統合について' % c)
    h = aws_headers('mx.nifty.com', T3['mail'], dt, subj, authserv='mta-snd-e07.mail.nifty.com')
    emit('011-ja-agent-asks-login-address.eml', h, body, L('support_reply', c, ['AWS07716240'], True, 'ja'))


def m012():
    dt = D(2025, 6, 3, 12, 40, 51)
    c = '5884881212'
    to = T1['mail']
    txt = ('Hello,\n\n'
           'Thank you for contact Amazon Selling Partner Support.\n\n'
           'I understand you want that the two detail pages for your product are merge as one. I have checked and the merge request for ASIN B0C7KX29QF and B0C7KX31TZ '
           'has been submitted to our catalog team. The variation family will be merge within 24 to 48 hours, after this you will see only one detail page.\n\n'
           'If after 48 hours the pages are still not merged, please reply to this case and we will check again.\n\n'
           'We hope this information was helpful.\n\n'
           'Were we helpful? Please rate this case:\nhttps://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%s\n\n'
           'Thank you for selling on Amazon,\nAlejandro R.\nAmazon.com\nhttps://sellercentral.amazon.co.jp\n') % c
    html = '<html><body><font face="Verdana" size="2">' + p(txt) + '</font></body></html>'
    body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'))
    msgid = '<%s.%s@email.amazon.com>' % (rnd.randint(10**14, 10**15), hexr(8))
    mf = '2025%s@bounces.amazon.com' % hexr(20)
    ip = '54.240.13.%d' % rnd.randint(1, 250)
    ar = ar_gmail([('pass', 'amazon.com', 'rte02'), ('pass', 'amazonses.com', SES_SEL)], ('pass', mf, ip), ('pass', 'amazon.com', 'QUARANTINE'))
    h = gmail_trace(to, dt, mf, ip, 'a13-%d.smtp-out.amazonses.com' % rnd.randint(10, 99), ar)
    h += [('DKIM-Signature', dkim_sig('amazon.com', 'rte02', int(dt.timestamp()))),
          ('Date', rfc(dt)), ('From', addr('Amazon Selling Partner Support', 'seller-support-noreply@amazon.com')), ('To', to),
          ('Message-ID', msgid), ('Subject', 'RE:[CASE %s] Merge duplicate detail pages' % c), ('MIME-Version', '1.0'),
          ('Bounces-to', mf)]
    emit('012-seller-central-case-merge-asin.eml', h, body, L('unrelated', c, [], True))


def m013():
    dt = D(2024, 9, 3, 17, 55, 20)
    c = T6['case']
    txt = ('Hello Ana,\n\n'
           'I hope you are well.\n\n'
           'Thank you for contact the AWS Training and Certification team. My name is Thiago and I will be helping you with your solicitation.\n\n'
           'I verified in our system that exists two accounts in your name: AWS13370912 and AWS05561283. '
           'For continue with the merge of the accounts, I need that you confirm me which one of them you desire to maintain as principal, '
           'because the other one will be inactivated after the process.\n\n'
           'Also, please inform me the e-mail of login of each one of the accounts, this is necessary for the security of the process.\n\n'
           'I stay attentive to your reply.\n'
           + form_foot('Thiago M.'))
    html = aws_html(p(txt))
    body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'))
    h = aws_headers('gmail', T6['mail'], dt, form_subject(c, re='RE: '))
    emit('013-brazilian-agent-which-account-principal.eml', h, body, L('support_reply', c, ['AWS13370912', 'AWS05561283'], True))


def m014():
    dt = D(2025, 3, 13, 1, 22, 45)
    c = T2['case']
    txt = ('Dear Customer,\n\n'
           'Thank you for your patience waiting.\n\n'
           'According to your reply, the account merger information is as follows:\n\n'
           'Reserved account (main account): AWS20918374\n'
           'Account to be merged: AWS20933105\n\n'
           'After merging, the certification records and exam history of AWS20933105 will be merged into AWS20918374, and AWS20933105 will no longer be able to log in. '
           'Please note that this operation cannot be revoked after it is executed.\n\n'
           'Please confirm whether the above information is correct. After receiving your confirmation reply, we will submit the merger application to the back-end team at the first time.\n\n'
           'Wish you a happy life!\n'
           + CONSOLE_FOOT % ('Jiaxin W.', c))
    html = aws_html(p(txt))
    body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'))
    h = aws_headers('outlook', T2['mail'], dt, 'RE:[CASE %s] Merge of my two certification accounts' % c, from_addr=NOREPLY)
    emit('014-chinese-mt-confirm-reserved-account.eml', h, body, L('merge_confirmation_requested', c, ['AWS20918374', 'AWS20933105'], True), crlf=True)


def m015():
    dt = D(2025, 5, 28, 23, 40, 7)
    c = T1['case']
    quoted7 = ('Hello Takeshi,\n\nGreetings of the day!\n\n'
               'Thank you for reaching out to AWS Training and Certification. I have gone through your request and verified the details in our records. '
               'Please find below the accounts which will be merged:\n\n'
               'Primary account (will be retained): AWS04417825 - t.kobayashi.dev@gmail.com\n'
               'Secondary account (will be merged into primary and deactivated): AWS 11382960 - takeshi.kobayashi@kansai-sysint.co.jp\n\n'
               'Kindly note that once the merge is done the same cannot be reverted back.\n\n'
               'Request you to kindly reply to this email confirming that above details are correct, so that we can proceed with the merge.\n\n'
               'Best regards,\nPooja S.\nAWS Training and Certification Customer Support\n')
    user = ('The details are correct. Please proceed with the merge.\n\nTakeshi Kobayashi\n\n'
            'On Wed, May 28, 2025 at 5:02 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n' + qt(quoted7))
    txt = ('Dear Kobayashi-sama,\n\n'
           'Thank you very much for your confirmation.\n\n'
           'We will proceed the merge work of the account from now. The work usually takes about 1 to 3 business days, '
           'so we will contact you again when it is completed. '
           'We apologize for the inconvenience, but please wait for a while.\n\n'
           'In addition, during the work, please refrain from logging in to the old account.\n'
           + form_foot('Haruto I.') +
           '\n-----Original Message-----\n' + user)
    html = aws_html(p(txt.split('\n-----Original Message-----')[0])) .replace('</td></tr>\n<tr><td class="foot"',
            '<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">' + p('-----Original Message-----\n' + user) + '</blockquote></td></tr>\n<tr><td class="foot"', 1)
    body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'))
    h = aws_headers('gmail', T1['mail'], dt, form_subject(c))
    emit('015-jp-mt-thanks-for-confirmation-proceeding.eml', h, body, L('support_reply', c, [], True))


def m016():
    dt = D(2024, 11, 20, 23, 9, 31)
    c = T4['case']
    txt = ('Hello, customer.\n\n'
           'This is AWS Training and Certification customer support center. Thank you for waiting.\n\n'
           'We checked the 2 accounts of customer. The account to be integrated is as follows.\n\n'
           ' - Account to remain: AWS09126658\n'
           ' - Account to be deleted after integration: AWS-12904471\n\n'
           'After the integration, all certification history of AWS-12904471 is moved to AWS09126658, and it is impossible to return to the original state. '
           'If the above contents are correct, please reply to this mail with writing "agree". '
           'If there is a wrong content, please let us know what is the correct contents.\n\n'
           'Thank you.\n'
           + form_foot('Seo-yeon K.'))
    html = aws_html(p(txt))
    body = alt(leaf(txt, cte='base64'), leaf(html, 'html', cte='base64'))
    h = aws_headers('mx.naver.com', T4['mail'], dt, form_subject(c), authserv='mx2.mail.naver.com')
    emit('016-korean-mt-confirm-remain-and-delete.eml', h, body, L('merge_confirmation_requested', c, ['AWS09126658', 'AWS12904471'], True))


def m017():
    dt = D(2020, 7, 14, 15, 26, 3)
    c = T7['case']
    txt = ('Hello Dmitri,\n\n'
           'Thank you for patience.\n\n'
           'I am happy to inform that merge of your accounts is completed. Account AWS00981156 was merged in account AWS00672419, '
           'all your certifications and exam history now are located in account AWS00672419. '
           'Old account is not active anymore, for login please use email dmitri@volkov.pro .\n\n'
           'Digital badges in Credly (Acclaim) can need up to 48 hours for appear in new account.\n\n'
           'If you will have other questions, please let us know.\n'
           + form_foot('Olga T.', 'AWS Training and Certification'))
    body = leaf(txt, charset='us-ascii', cte='7bit')
    h = aws_headers('none', T7['mail'], dt, form_subject(c), authserv='mx.volkov.pro')
    h.insert(1, ('X-Spam-Status', 'No, score=-0.1 required=5.0 tests=HTML_MESSAGE,SPF_HELO_NONE autolearn=ham\n\tautolearn_force=no version=3.4.2'))
    emit('017-russian-agent-merge-completed-2020-no-auth.eml', h, body, L('merge_completed', c, ['AWS00672419', 'AWS00981156'], None))


def m018():
    dt = D(2022, 10, 21, 7, 12, 40)
    c = T5['case']
    txt = ('Dear Rahul,\n\n'
           'Thank you for your confirmation and patience.\n\n'
           'We are glad to inform you that your certification accounts have been merged successfully. '
           'You can now login with rahul.verma.cloud@outlook.com to view all your certifications under the candidate ID AWS01827364.\n\n'
           'As the requested action has been completed, we are going ahead and resolving this case from our end. '
           'In case of any further queries, please feel free to reach out to us by submitting a new request.\n\n'
           'We would really appreciate if you could take few minutes to rate your experience with us.\n'
           'Was your issue resolved?  YES: https://aws.amazon.com/training/support/feedback/?r=yes&c=%s   NO: https://aws.amazon.com/training/support/feedback/?r=no&c=%s\n\n'
           'Stay safe and have a wonderful day!\n'
           + form_foot('Sai Krishna')) % (c, c)
    html = aws_html(p(txt))
    body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'))
    h = aws_headers('outlook', T5['mail'], dt, form_subject(c))
    emit('018-indian-agent-merged-and-resolving-case.eml', h, body, L('merge_completed', c, ['AWS01827364'], True))


def m019():
    dt = D(2025, 6, 1, 4, 51, 18)
    to = T1['mail']
    mf = 'noreply@github.com'
    ip = '192.30.252.%d' % rnd.randint(200, 210)
    ar = ar_gmail([('pass', 'github.com', 'pf2023')], ('pass', mf, ip), ('pass', 'github.com', 'REJECT'))
    h = gmail_trace(to, dt, mf, ip, 'out-%d.smtp.github.com' % rnd.randint(10, 30), ar)
    h += [('DKIM-Signature', dkim_sig('github.com', 'pf2023', int(dt.timestamp()))),
          ('Date', dt.astimezone(PDT).strftime('%a, %d %b %Y %H:%M:%S -0700')),
          ('From', addr('Kenta Mori', 'notifications@github.com')),
          ('Reply-To', 'kansai-sysint/cert-study-notes <reply+ABCD%s@reply.github.com>' % hexr(24).upper()),
          ('To', 'kansai-sysint/cert-study-notes <cert-study-notes@noreply.github.com>'),
          ('Cc', 'Takeshi Kobayashi <t.kobayashi.dev@gmail.com>, Author <author@noreply.github.com>'),
          ('Message-ID', '<kansai-sysint/cert-study-notes/pull/14/issue_event/%d@github.com>' % rnd.randint(10**10, 10**11)),
          ('In-Reply-To', '<kansai-sysint/cert-study-notes/pull/14@github.com>'),
          ('References', '<kansai-sysint/cert-study-notes/pull/14@github.com>'),
          ('Subject', 'Re: [kansai-sysint/cert-study-notes] Merge account-merge-howto into main (PR #14)'),
          ('MIME-Version', '1.0'),
          ('List-ID', 'kansai-sysint/cert-study-notes <cert-study-notes.kansai-sysint.github.com>'),
          ('X-GitHub-Reason', 'author')]
    txt = ('Merged #14 into main.\n\n-- \nReply to this email directly, view it on GitHub:\n'
           'https://github.com/kansai-sysint/cert-study-notes/pull/14#event-%d\n'
           'You are receiving this because you authored the thread.\n\nMessage ID: <kansai-sysint/cert-study-notes/pull/14/issue_event/%d@github.com>\n') % (rnd.randint(10**10, 10**11), rnd.randint(10**10, 10**11))
    html = ('<p></p>\n<p>Merged <a class="issue-link js-issue-link" href="https://github.com/kansai-sysint/cert-study-notes/pull/14">#14</a> into main.</p>\n\n'
            '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
            '<a href="https://github.com/kansai-sysint/cert-study-notes/pull/14">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>\n')
    body = alt(leaf(txt, cte='7bit', charset='UTF-8'), leaf(html, 'html', cte='7bit', charset='UTF-8'))
    emit('019-github-pr-merged-notification.eml', h, body, L('unrelated', None, [], False))


def m020():
    dt = D(2025, 8, 6, 5, 3, 58)
    c = T3['case']
    txt = ('佐藤 裕子 様\n\n'
           'いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。\n'
           'カスタマーサポートの山口でございます。\n\n'
           'ご返信いただきありがとうございました。ご提供いただいた情報をもとに確認いたしましたところ、'
           '以下の 2 つのアカウントが確認できました。\n\n'
           '　■ 統合後に残るアカウント（統合先）：AWS07716240（yuko-sato@nifty.com）\n'
           '　■ 統合されるアカウント（統合元）：AWS15520394（y.sato@minato-denki.co.jp）\n\n'
           '統合後、統合元アカウントの認定資格および受験履歴はすべて統合先アカウントへ移行され、'
           '統合元アカウントはご利用いただけなくなります。\n'
           'また、一度統合したアカウントを元に戻すことはできませんので、あらかじめご了承ください。\n\n'
           '上記の内容でお間違いがなければ、本メールにご返信のうえ、統合にご同意いただける旨をお知らせいただけますでしょうか。\n'
           'ご確認をいただき次第、統合作業を開始させていただきます。\n\n'
           '何卒よろしくお願い申し上げます。\n\n'
           '山口 美咲\nAWS トレーニングと認定 カスタマーサポート\n')
    html = aws_html(p(txt), lang='ja')
    body = alt(leaf(txt, charset='iso-2022-jp', cte='7bit', declared='ISO-2022-JP'), leaf(html, 'html', charset='utf-8', cte='quoted-printable'))
    subj = enc_hdr('RE:[CASE %s] 【AWS トレーニングと認定】アカウント統合について' % c, 'utf-8')
    h = aws_headers('mx.nifty.com', T3['mail'], dt, subj, authserv='mta-snd-e02.mail.nifty.com')
    emit('020-ja-agent-confirm-merge-target.eml', h, body, L('merge_confirmation_requested', c, ['AWS07716240', 'AWS15520394'], True, 'ja'))


ALL = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010,
       m011, m012, m013, m014, m015, m016, m017, m018, m019, m020]

T8 = dict(name='Nguyen Van Minh', mail='minh.nguyenvan91@yahoo.com', keep='AWS16604412', old='AWS16619870')
T8['open'] = D(2025, 1, 6, 3, 15, 2)
T8['case'] = case15(T8['open'])
T9 = dict(name='Fatima Al-Sayed', mail='fatima.alsayed@hotmail.com', a='AWS03351187', b='AWS14420968')
T9['case'] = '12481059934'   # 11 digits, 2023
T10 = dict(name='Jürgen Hoffmann', mail='j.hoffmann@gmx.de', keep='AWS19046237', old='AWS08812634')
T10['open'] = D(2025, 2, 17, 9, 40, 11)
T10['case'] = case15(T10['open'])


# ============================================================================
# 021-030
# ============================================================================
def m021():
    dt = D(2025, 1, 10, 8, 31, 50)
    c = T8['case']
    txt = ('Dear Minh,\n\n'
           'Thank you for your following up.\n\n'
           'I would like to update that your request merge the account AWS16619870 to account AWS16604412 is still in processing by our internal team. '
           'Because the volume of request is very high in this time, it may take more 3-5 working days to finish. '
           'I will keep follow the progress and inform to you as soon as have the result.\n\n'
           'Sorry for this inconvenience and thank you so much for your patient.\n'
           + form_foot('Linh P.'))
    html = aws_html(p(txt))
    body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'))
    h = aws_headers('atlas-production.v2.mail.yahoo.com', T8['mail'], dt, form_subject(c), authserv='mta4062.mail.gq1.yahoo.com')
    emit('021-vietnamese-agent-still-in-processing.eml', h, body, L('support_reply', c, ['AWS16604412', 'AWS16619870'], True))


def m022():
    dt = D(2025, 3, 14, 2, 5, 17)
    c = T2['case']
    txt = ('Dear Customer,\n\n'
           'Thank you for your confirmation.\n\n'
           'We have submitted the merge request of your two accounts to the relevant team for processing. '
           'Once the merge is complete, we will notify you by email at the first time. '
           'The processing generally needs 1-3 working days, please be patient to wait.\n\n'
           'If you have any other questions during this period, welcome to contact us at any time.\n'
           + CONSOLE_FOOT % ('Jiaxin W.', c))
    body = leaf(aws_html(p(txt)), 'html', cte='base64')
    h = aws_headers('outlook', T2['mail'], dt, 'RE:[CASE %s] Merge of my two certification accounts' % c, from_addr=NOREPLY)
    emit('022-chinese-mt-submitted-to-team-once-complete.eml', h, body, L('support_reply', c, [], True), crlf=True)


def m023():
    dt = D(2025, 5, 30, 6, 48, 22)
    c = T1['case']
    txt = ('Hi Takeshi,\n\n'
           'Good day!\n\n'
           "I'm glad to inform you that the merging of your accounts has been successfully done. "
           'Your certifications under aws11382960 are now reflected under your account AWS04417825, and you may now login using t.kobayashi.dev@gmail.com.\n\n'
           'Kindly allow 24-48 hours for your Credly badges to be transferred as well. '
           'Should you have further concerns, please don\'t hesitate to reach out to us.\n\n'
           'Thank you and keep safe!\n'
           + form_foot('Maricel D.'))
    html = aws_html(p(txt))
    body = alt(leaf(txt, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable'))
    h = aws_headers('gmail', T1['mail'], dt, form_subject(c))
    emit('023-filipino-agent-merging-successfully-done.eml', h, body, L('merge_completed', c, ['AWS04417825', 'AWS11382960'], True))


def m024():
    dt = D(2024, 9, 4, 13, 20, 45)
    c = T6['case']
    prev = ('Hello Ana,\n\nI hope you are well.\n\n'
            'I verified in our system that exists two accounts in your name: AWS13370912 and AWS05561283. '
            'For continue with the merge of the accounts, I need that you confirm me which one of them you desire to maintain as principal.\n\n'
            'Best regards,\nThiago M.\nAWS Training and Certification Customer Support')
    user = ('Hi Thiago,\nI want to keep the AWS13370912, login ana.b.souza.ti@gmail.com. The other login is ana.souza@fatec-alunos.com.br (I dont have access anymore).\n'
            'Thanks!\nAna\n\n'
            'Em ter., 3 de set. de 2024 às 14:55, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> escreveu:\n' + qt(prev))
    txt = ('Hello Ana,\n\n'
           'Thank you for the return.\n\n'
           'Conform your answer, the account AWS13370912 will be the principal and the account AWS05561283 will be merged to her. '
           'I need that you confirm for me that this information is correct, because after the merge is done is not possible to revert.\n\n'
           'Once the merge is complete we will send you one e-mail of confirmation and you will can see all your certifications in the principal account.\n\n'
           'I stay at your disposal.\n'
           + form_foot('Thiago M.') +
           '\n-----Original Message-----\nFrom: Ana Beatriz Souza <anabsouza.ti@gmail.com>\nSent: 04/09/2024 10:02\n\n' + user)
    body = alt(leaf(txt, cte='quoted-printable'), leaf(aws_html(p(txt)), 'html', cte='quoted-printable'))
    h = aws_headers('gmail', T6['mail'], dt, form_subject(c, re='RE: '))
    emit('024-brazilian-agent-confirm-principal-once-complete.eml', h, body, L('merge_confirmation_requested', c, ['AWS05561283', 'AWS13370912'], True))


def m025():
    dt = D(2024, 11, 26, 0, 44, 3)
    c = T4['case']
    prev = ('Hello, customer.\n\nThis is AWS Training and Certification customer support center. Thank you for waiting.\n\n'
            'We checked the 2 accounts of customer. The account to be integrated is as follows.\n\n'
            ' - Account to remain: AWS09126658\n - Account to be deleted after integration: AWS-12904471\n\n'
            'If the above contents are correct, please reply to this mail with writing "agree".')
    txt = ('Hello, customer.\n\n'
           'This is AWS Training and Certification customer support center.\n\n'
           'We sent the mail for the confirmation about account integration on November 21, but we did not receive the reply from customer yet. '
           'For proceeding the integration, the agreement of customer is necessarily needed.\n\n'
           'Please check the below previous mail and reply. If we do not receive the reply within 3 business days, this case can be closed automatically. '
           '(Even if the case is closed, you can reply to this mail to reopen.)\n\n'
           'Thank you.\n'
           + form_foot('Seo-yeon K.') +
           '\n________________________________\n'
           'From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
           'Sent: Thursday, November 21, 2024 8:09 AM\n'
           'To: jihoon.park@naver.com\n'
           'Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n' % c + prev + '\n')
    body = alt(leaf(txt, cte='base64'), leaf(aws_html(p(txt)), 'html', cte='base64'))
    h = aws_headers('mx.naver.com', T4['mail'], dt, form_subject(c), authserv='mx1.mail.naver.com')
    emit('025-korean-mt-chaser-no-reply-yet.eml', h, body, L('support_reply', c, [], True))


def m026():
    opened = D(2025, 6, 9, 5, 12, 44)
    c = case15(opened)
    dt = D(2025, 6, 10, 1, 7, 30)
    txt = ('Hello,\n\n'
           'Thank you for contacting AWS Support. This is Sato from the AWS Billing and Accounts team.\n\n'
           'I have confirmed the contents of your inquiry. The charge of USD 3.72 on the invoice of May for the account 4471-2089-3316 is the fee of the public IPv4 address '
           'which was allocated to the stopped EC2 instance. We apologize for the trouble, but since the resource was existing, it is not possible to refund this charge.\n\n'
           'Also, about your question whether it is possible to merge the two AWS accounts into one: unfortunately, it is not possible to merge AWS accounts. '
           'Instead, you can invite the other account to the AWS Organizations and use the consolidated billing, so the invoice will become one.\n'
           'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_invites.html\n\n'
           'We hope this answer is useful for you.\n'
           + CONSOLE_FOOT % ('Sato K.', c))
    body = alt(leaf(txt, cte='quoted-printable'), leaf(aws_html(p(txt)), 'html', cte='quoted-printable'))
    h = aws_headers('gmail', T1['mail'], dt, 'RE:[CASE %s] Question about May invoice and merging accounts' % c, from_addr=NOREPLY)
    emit('026-other-aws-billing-case-jp-mt.eml', h, body, L('unrelated', c, [], True))


def m027():
    dt = D(2023, 4, 12, 10, 3, 19)
    c = T9['case']
    txt = ('Dear Fatima,\n\n'
           'Hope this email finds you well.\n\n'
           'Kindly be informed that we are still waiting your response regarding which account you would like to keep it as primary between the two accounts '
           'AWS03351187 and AWS14420968. Please to provide us with your confirmation in order we can process your request of merging.\n\n'
           'Noting that if we did not receive any response within 5 business days, the case will be closed automatically. '
           'You can always reply on this email to re-open it.\n\n'
           'Thank you for your cooperation.\n'
           + form_foot('Omar H.'))
    body = alt(leaf(txt, charset='windows-1256', cte='quoted-printable', declared='windows-1256'), leaf(aws_html(p(txt)), 'html', cte='quoted-printable'))
    h = aws_headers('outlook', T9['mail'], dt, form_subject(c, re='RE: '), region='eu-west-1')
    emit('027-arabic-agent-chaser-which-primary.eml', h, body, L('support_reply', c, ['AWS03351187', 'AWS14420968'], True))


def m028():
    dt = D(2025, 2, 18, 14, 2, 37)
    c = T10['case']
    txt = ('Hello Mr. Hoffmann,\n\n'
           'thank you for your message and the informations.\n\n'
           'Before we can execute the merge, we need that you confirm us following:\n\n'
           '- The account AWS-19046237 (j.hoffmann@gmx.de) shall remain.\n'
           '- The account AWS-08812634 (juergen.hoffmann@stadtwerke-nordheim.de) shall be merged into it.\n\n'
           'After the merge the second account is not usable anymore, and the merge can not be made undone. '
           'Please answer to this e-mail with your confirmation, then we go on.\n\n'
           'With kind regards\n'
           'Matthias B.\nAWS Training and Certification Customer Support\n\n'
           'Amazon Web Services EMEA SARL, 38 Avenue John F. Kennedy, L-1855 Luxembourg\n')
    body = alt(leaf(txt, charset='iso-8859-1', cte='quoted-printable'), leaf(aws_html(p(txt)), 'html', charset='iso-8859-1', cte='quoted-printable'))
    h = aws_headers('gmx.net', T10['mail'], dt, form_subject(c), authserv='mx-ha.gmx.net', region='eu-west-1',
                    to_hdr=addr(T10['name'], T10['mail'], 'iso-8859-1'))
    emit('028-german-agent-confirm-us-following.eml', h, body, L('merge_confirmation_requested', c, ['AWS08812634', 'AWS19046237'], True))


def m029():
    dt = D(2025, 5, 31, 7, 0, 4)
    c = T1['case']
    inner = ('<p>Hello,</p>\n'
             '<p>Your case <b>%s</b> regarding <i>account-assistance</i> has been resolved and closed by our Customer Support team.</p>\n'
             '<p>We would love to hear about your experience. It takes less than a minute.</p>\n'
             '<p style="font-size:16px"><b>Was your issue resolved?</b></p>\n'
             '<table role="presentation" cellspacing="0" cellpadding="0"><tr>'
             '<td style="background:#1d8102;padding:10px 28px"><a href="https://aws.amazon.com/training/support/survey/?c=%s&amp;a=yes" style="color:#fff;text-decoration:none">YES</a></td>'
             '<td width="12"></td>'
             '<td style="background:#d13212;padding:10px 28px"><a href="https://aws.amazon.com/training/support/survey/?c=%s&amp;a=no" style="color:#fff;text-decoration:none">NO</a></td>'
             '</tr></table>\n'
             '<p>If you still need help, reply to this email within 14 days and your case will be reopened.</p>\n'
             '<p>Thank you,<br/>AWS Training and Certification</p>') % (c, c, c)
    body = leaf(aws_html(inner), 'html', cte='quoted-printable')
    h = aws_headers('gmail', T1['mail'], dt, '[CASE %s] How did we do? Your case has been closed' % c)
    emit('029-form-case-closed-was-issue-resolved.eml', h, body, L('survey', c, [], True))


def m030():
    dt = D(2025, 3, 15, 9, 14, 2)
    c = T2['case']
    txt = ('Dear Customer,\n\n'
           'Thank you for your long time waiting.\n\n'
           'Your account merger has been completed processing. Now the certifications and exam records of the account AWS20933105 have been all merged into the account AWS20918374, '
           'you can use the email meilin.chen88@outlook.com to log in and view.\n\n'
           'If the Credly badge is not displayed in time, please wait 1-2 working days for the synchronization.\n\n'
           'Thank you again for your support to AWS!\n'
           + CONSOLE_FOOT % ('Jiaxin W.', c))
    body = alt(leaf(txt, cte='quoted-printable'), leaf(aws_html(p(txt)), 'html', cte='quoted-printable'))
    h = aws_headers('outlook', T2['mail'], dt, '[Case %s] New correspondence added: Merge of my two certification accounts' % c, from_addr=NOREPLY)
    emit('030-chinese-mt-merger-completed-processing.eml', h, body, L('merge_completed', c, ['AWS20918374', 'AWS20933105'], True), crlf=True)


ALL += [m021, m022, m023, m024, m025, m026, m027, m028, m029, m030]

T11 = dict(name='Lucía Fernández', mail='lucia.fdez.cloud@hotmail.es', keep='AWS10239487', old='AWS06657301')
T11['open'] = D(2025, 4, 22, 16, 8, 30)
T11['case'] = case15(T11['open'])


def credly_headers(to, dt, subject, provider='gmail', from_name='Amazon Web Services Training and Certification via Credly',
                   from_addr='admin@credly.com', dom='credly.com', authserv=None, dmarc='pass'):
    mf = 'bounces+%d-%s-%s=%s@em.%s' % (rnd.randint(1000000, 9999999), hexr(4), to.split('@')[0], to.split('@')[1], dom)
    ip = '167.89.%d.%d' % (rnd.randint(1, 120), rnd.randint(1, 250))
    helo = 'o%d.ptr%d.em.%s' % (rnd.randint(1, 9), rnd.randint(1000, 9999), dom)
    dk = [('pass', dom, 's1'), ('pass', 'sendgrid.info', 'smtpapi')]
    if provider == 'gmail':
        ar = ar_gmail(dk, ('pass', mf, ip), (dmarc, dom, 'NONE'))
        h = gmail_trace(to, dt, mf, ip, helo, ar)
    elif provider == 'outlook':
        ar = ar_outlook(dk, ('pass', 'em.' + dom, ip), (dmarc, dom, 'none'))
        h = outlook_trace(to, dt, 'em.' + dom, ip, helo, ar)
    else:
        ar = ar_simple(provider, dk, ('pass', mf, ip), (dmarc, dom))
        h = jp_trace(to, dt, mf, ip, helo, ar, authserv or provider)
    h += [('DKIM-Signature', dkim_sig(dom, 's1', int(dt.timestamp()), 'from:subject:mime-version:content-type:to:cc:content-type:from:subject:to')),
          ('Date', rfc(dt)), ('From', addr(from_name, from_addr)), ('To', to),
          ('Message-ID', '<%s@%s.mail>' % (hexr(24), 'credly' if dom == 'credly.com' else 'acclaim')),
          ('Subject', subject), ('Mime-Version', '1.0'),
          ('X-SG-EID', b64r(60)), ('X-Entity-ID', b64r(16))]
    return h


def credly_html(inner):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>'
            '<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">\n'
            '<table align="center" width="600" style="background:#fff" cellpadding="0" cellspacing="0">'
            '<tr><td style="padding:20px"><img src="https://www.credly.com/assets/credly_logo_orange.png" alt="Credly" width="90"></td></tr>\n'
            '<tr><td style="padding:0 30px 20px 30px;font-size:15px;color:#333;line-height:1.5">\n%s\n</td></tr>\n'
            '<tr><td style="padding:20px 30px;font-size:11px;color:#888;border-top:1px solid #eee">'
            'Credly, Inc. | 100 Canal Pointe Blvd, Suite 114, Princeton, NJ 08540<br>'
            '<a href="https://www.credly.com/earner/settings/notifications">Manage email preferences</a> | '
            '<a href="https://www.credly.com/privacy">Privacy Policy</a></td></tr></table></body></html>\n') % inner


# ============================================================================
# 031-040
# ============================================================================
def m031():
    dt = D(2025, 8, 8, 1, 37, 12)
    c = T3['case']
    txt = ('佐藤 裕子 様\n\n'
           'いつも大変お世話になっております。\n'
           'AWS トレーニングと認定 カスタマーサポートの山口でございます。\n\n'
           'ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告申し上げます。\n\n'
           '　統合元：AWS15520394\n'
           '　統合先：AWS07716240\n\n'
           '統合元アカウントで取得された認定資格および受験履歴は、すべて統合先アカウントに移行されております。'
           '今後は yuko-sato@nifty.com にてサインインのうえ、ご確認いただけますと幸いです。\n'
           'なお、Credly のデジタルバッジの反映には、最大で 48 時間程度かかる場合がございます。\n\n'
           'その他ご不明な点がございましたら、お気軽にお申し付けください。\n'
           '今後とも AWS トレーニングと認定をよろしくお願い申し上げます。\n\n'
           '山口 美咲\nAWS トレーニングと認定 カスタマーサポート\n')
    body = alt(leaf(txt, charset='iso-2022-jp', cte='7bit', declared='ISO-2022-JP'), leaf(aws_html(p(txt), lang='ja'), 'html', charset='utf-8', cte='base64'))
    subj = enc_hdr('RE:[CASE %s] 【AWS トレーニングと認定】アカウント統合について' % c, 'iso-2022-jp')
    h = aws_headers('mx.nifty.com', T3['mail'], dt, subj, authserv='mta-snd-e01.mail.nifty.com')
    emit('031-ja-agent-merge-completed-report.eml', h, body, L('merge_completed', c, ['AWS07716240', 'AWS15520394'], True, 'ja'))


def m032():
    dt = D(2024, 9, 5, 2, 51, 9)
    to = T6['mail']
    mf = 'www-data@srv%d.hostinger-vps.net' % rnd.randint(100, 999)
    ip = '45.%d.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250))
    ar = ar_gmail([], ('softfail', mf, ip), ('fail', 'amazon.com', 'QUARANTINE'))
    ar = ar.replace('mx.google.com;\n       spf', 'mx.google.com;\n       dkim=none (no signature);\n       spf', 1) if False else ar
    h = gmail_trace(to, dt, mf, ip, 'srv%d.hostinger-vps.net' % rnd.randint(100, 999), ar, extra_arc=False)
    h += [('Authentication-Results', 'amazon.com;\n\tdkim=pass header.d=amazon.com header.s=%s;\n\tspf=pass smtp.mailfrom=email.amazonses.com;\n\tdmarc=pass header.from=amazon.com' % AMZ_SEL),
          ('Received', 'from localhost (localhost [127.0.0.1])\n\tby srv-mail (Postfix) with ESMTP id 8C1F2A0123\n\tfor <%s>; %s' % (to, rfc(dt))),
          ('Date', rfc(dt)), ('From', addr('Amazon Web Services', FORM)), ('To', to),
          ('Message-ID', ses_id(dt)),
          ('Subject', 'RE: Your request of account merge - identity verification needed (Ref: MRG-77120)'), ('MIME-Version', '1.0'),
          ('X-Mailer', 'Microsoft Outlook 16.0')]
    txt = ('Dear Ana Beatriz,\n\n'
           'For continue the merge of your AWS Certification accounts AWS13370912 and AWS05561283, our security team need to verify your identity first.\n\n'
           'Please reply this email with below information within 48 hours:\n'
           ' - password of both accounts (for validate the ownership)\n'
           ' - a photo of your document (RG or CNH, front and back)\n\n'
           'Or you can verify online here: https://aws-certification-verify.support-cases.net/merge?ref=MRG-77120\n\n'
           'If we not receive the information, the merge will be cancelled and the certifications can be lost.\n\n'
           'Best regards,\nThiago M.\nAWS Training and Certification Customer Support\n')
    body = leaf(txt, charset='utf-8', cte='quoted-printable')
    emit('032-spoofed-amazon-dmarc-fail-asks-password.eml', h, body, L('support_reply', None, ['AWS05561283', 'AWS13370912'], False))


def m033():
    dt = D(2025, 5, 31, 19, 22, 48)
    to = T1['mail']
    inner = ('<p style="font-size:20px;font-weight:bold">Takeshi, your badge is waiting for you!</p>\n'
             '<p>Amazon Web Services Training and Certification has issued you a badge for <b>AWS Certified Developer &ndash; Associate</b>.</p>\n'
             '<p><img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="170" alt="AWS Certified Developer - Associate"></p>\n'
             '<p>This badge was previously held on another account and has been re-issued to this account following an update to your AWS Certification profile.</p>\n'
             '<p><a href="https://www.credly.com/badges/%s-%s-%s-%s-%s/accept" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept your badge</a></p>\n'
             '<p>Once accepted, you can share your badge on LinkedIn, X and other social networks, and add it to your email signature.</p>')
    inner = inner % (hexr(8), hexr(4), hexr(4), hexr(4), hexr(12))
    txt = ('Takeshi, your badge is waiting for you!\n\n'
           'Amazon Web Services Training and Certification has issued you a badge for AWS Certified Developer - Associate.\n\n'
           'This badge was previously held on another account and has been re-issued to this account following an update to your AWS Certification profile.\n\n'
           'Accept your badge: https://www.credly.com/badges/%s/accept\n\n'
           'Credly, Inc. | 100 Canal Pointe Blvd, Suite 114, Princeton, NJ 08540\n') % hexr(32)
    body = alt(leaf(txt, cte='quoted-printable'), leaf(credly_html(inner), 'html', cte='quoted-printable'))
    h = credly_headers(to, dt, 'Takeshi, accept your AWS Certified Developer - Associate badge')
    emit('033-credly-badge-reissued-after-profile-update.eml', h, body, L('credly_badge_issued', None, [], True))


def m034():
    dt = D(2025, 4, 23, 15, 46, 8)
    c = T11['case']
    txt = ('Hello Lucía,\n\n'
           'Thank you for write us.\n\n'
           'I have revised the information that you sent and I can confirm that the two accounts exist in our system:\n\n'
           '   AWS10239487 (actual, lucia.fdez.cloud@hotmail.es)\n'
           '   AWS06657301 (antigua, lfernandez@consultora-iberia.es)\n\n'
           'The process will be realized in this form: the account AWS06657301 will be unified inside the account AWS10239487, '
           'which will be the account that stays active. Is important to remember that this process is irreversible, '
           'after the unification it is not possible to separate the accounts again.\n\n'
           'Please, can you confirm us if you are agree with this so we can proceed?\n\n'
           'I remain attentive to your comments.\n\n'
           'Kind regards,\n'
           'Daniela V.\n'
           'AWS Training and Certification Customer Support\n')
    body = alt(leaf(txt, charset='iso-8859-1', cte='quoted-printable'), leaf(aws_html(p(txt)), 'html', charset='utf-8', cte='quoted-printable'))
    h = aws_headers('outlook', T11['mail'], dt, form_subject(c), to_hdr=addr(T11['name'], T11['mail']))
    emit('034-spanish-agent-unified-inside-confirm.eml', h, body, L('merge_confirmation_requested', c, ['AWS06657301', 'AWS10239487'], True))


def m035():
    dt = D(2024, 11, 28, 4, 25, 51)
    c = T4['case']
    txt = ('Hello, customer.\n\n'
           'Thank you for your agreement.\n\n'
           'The account integration work has been finished. Now the certification of AWS12904471 is moved to AWS09126658, '
           'please login with jihoon.park@naver.com and check it.\n\n'
           'And, we have one question. Do you want to integrate also the Credly badge account? '
           'Currently the badges of old account is remained in the Credly account of the old email. '
           'If you want, please tell us the email address of the Credly account.\n\n'
           'Thank you.\n'
           + form_foot('Seo-yeon K.') +
           '\n\n-----Original Message-----\n'
           'From: "박지훈"<jihoon.park@naver.com>\n'
           'To: "Amazon Web Services"<aws-cs-trainingcertification-form@amazon.com>;\n'
           'Cc:\n'
           'Sent: 2024-11-27 (수) 09:12:33 (GMT+09:00)\n'
           'Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n'
           'agree. 동의합니다. AWS09126658 로 남겨 주세요.\n' % c)
    body = alt(leaf(txt, cte='base64'), leaf(aws_html(p(txt)), 'html', cte='base64'))
    h = aws_headers('mx.naver.com', T4['mail'], dt, form_subject(c), authserv='mx2.mail.naver.com')
    emit('035-korean-mt-integration-finished-credly-question.eml', h, body, L('merge_completed', c, ['AWS09126658', 'AWS12904471'], True))


def m036():
    dt = D(2024, 10, 2, 21, 3, 40)
    to = T6['mail']
    mf = 'bounce-%d@pearson.com' % rnd.randint(10**6, 10**7)
    ip = '159.182.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    ar = ar_gmail([('pass', 'pearson.com', 'selector1')], ('pass', mf, ip), ('pass', 'pearson.com', 'REJECT'))
    h = gmail_trace(to, dt, mf, ip, 'mx-out%d.pearson.com' % rnd.randint(1, 9), ar)
    h += [('DKIM-Signature', dkim_sig('pearson.com', 'selector1', int(dt.timestamp()))),
          ('Date', rfc(dt)), ('From', addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com')), ('To', to),
          ('Message-ID', '<%d.%d.JavaMail.vue@pvue-mail%d>' % (rnd.randint(10**6, 10**7), rnd.randint(10**12, 10**13), rnd.randint(1, 9))),
          ('Subject', 'Pearson VUE Confirmation of Booking'), ('MIME-Version', '1.0')]
    txt = ('Dear Ana Beatriz Souza,\n\n'
           'Thank you for scheduling your AWS Certification exam. Please keep this confirmation for your records.\n\n'
           'Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n'
           'Language: English\n'
           'Appointment: Friday, October 18, 2024 at 10:00 AM America/Sao_Paulo\n'
           'Location: OnVUE online proctored\n'
           'Registration ID: 481127390\n'
           'Candidate ID: AWS13370912\n\n'
           'Important: run the system test before your appointment: https://home.pearsonvue.com/aws/onvue\n\n'
           'To reschedule or cancel, sign in at https://www.aws.training/certification at least 24 hours before your appointment.\n\n'
           'Sincerely,\nPearson VUE\n')
    body = alt(leaf(txt, charset='ISO-8859-1', cte='quoted-printable'), leaf('<html><body>' + p(txt) + '</body></html>', 'html', charset='ISO-8859-1', cte='quoted-printable'))
    emit('036-pearson-vue-booking-confirmation.eml', h, body, L('unrelated', None, ['AWS13370912'], False))


def m037():
    dt = D(2025, 3, 22, 9, 20, 0)
    c = T2['case']
    inner = ('<p>Hello,</p>\n'
             '<p>We are contacting you to let you know that your AWS Support case <b>%s</b>, "Merge of my two certification accounts", has been resolved.</p>\n'
             '<p>If you feel your issue has not been resolved, you can reopen the case in the '
             '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>\n'
             '<p><b>How did we do?</b> Please take a moment to rate your support experience:</p>\n'
             '<p style="font-size:22px;letter-spacing:6px">'
             + ''.join('<a href="https://console.aws.amazon.com/support/feedback?caseId=%s&amp;rating=%d" style="text-decoration:none;color:#ff9900">&#9733;</a>' % (c, i) for i in range(1, 6)) +
             '</p>\n<p>Sincerely,<br/>Amazon Web Services</p>') % (c, c)
    body = leaf(aws_html(inner), 'html', cte='quoted-printable')
    h = aws_headers('outlook', T2['mail'], dt, 'Amazon Web Services: Your support case %s has been resolved' % c, from_addr=NOREPLY)
    emit('037-console-case-resolved-rate-stars.eml', h, body, L('survey', c, [], True), crlf=True)


def m038():
    dt = D(2025, 8, 11, 2, 0, 33)
    c = T3['case']
    inner = ('<p>佐藤 裕子 様</p>\n'
             '<p>AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。</p>\n'
             '<p>お問い合わせいただいておりましたケース（ケース番号：%s）は、解決済みとしてクローズさせていただきました。</p>\n'
             '<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間は 1 分程度です）。</p>\n'
             '<p><b>お問い合わせの問題は解決しましたか？</b></p>\n'
             '<p><a href="https://aws.amazon.com/training/support/survey/?c=%s&amp;a=yes&amp;l=ja">はい</a>　｜　'
             '<a href="https://aws.amazon.com/training/support/survey/?c=%s&amp;a=no&amp;l=ja">いいえ</a></p>\n'
             '<p>引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくと、ケースが再開されます。</p>\n'
             '<p>AWS トレーニングと認定</p>') % (c, c, c)
    body = leaf(aws_html(inner, lang='ja'), 'html', charset='utf-8', cte='base64')
    subj = enc_hdr('[CASE %s] ケースクローズのお知らせとアンケートのお願い' % c, 'utf-8')
    h = aws_headers('mx.nifty.com', T3['mail'], dt, subj, authserv='mta-snd-e05.mail.nifty.com')
    emit('038-ja-case-closed-survey.eml', h, body, L('survey', c, [], True, 'ja'))


def m039():
    dt = D(2025, 1, 14, 4, 2, 26)
    c = T8['case']
    txt = ('Dear Minh,\n\n'
           'Thank you for waiting long time.\n\n'
           'I am pleased to inform that our team has already merge your account AWS16619870 into AWS16604412 yesterday. '
           'From now you only need use the account AWS16604412 for login and all your certifications was moved into it, '
           'include the 50% exam voucher benefit.\n\n'
           'Please kindly check and let me know if anything is not correct.\n\n'
           'Have a nice day!\n'
           + form_foot('Phạm Thùy Linh'))
    # UTF-8 bytes sent under a wrong iso-8859-1 label
    body = alt(leaf(txt, charset='utf-8', declared='iso-8859-1', cte='8bit'), leaf(aws_html(p(txt)), 'html', cte='quoted-printable'))
    h = aws_headers('atlas-production.v2.mail.yahoo.com', T8['mail'], dt, form_subject(c), authserv='mta4031.mail.gq1.yahoo.com')
    emit('039-vietnamese-agent-already-merge-yesterday.eml', h, body, L('merge_completed', c, ['AWS16604412', 'AWS16619870'], True))


def m040():
    dt = D(2020, 7, 15, 18, 40, 11)
    to = T7['mail']
    h = credly_headers(to, dt, 'Dmitri, you have been issued a badge by Amazon Web Services Training and Certification', provider='mx.volkov.pro',
                       from_name='Amazon Web Services Training and Certification via Acclaim', from_addr='admin@youracclaim.com', dom='youracclaim.com',
                       authserv='mx.volkov.pro')
    inner = ('<p style="font-size:20px">Congratulations, Dmitri!</p>\n'
             '<p>You have been issued the <b>AWS Certified SysOps Administrator &ndash; Associate</b> badge by Amazon Web Services Training and Certification.</p>\n'
             '<p><a href="https://www.youracclaim.com/badges/%s/accept" style="background:#0a7ab8;color:#fff;padding:10px 20px;text-decoration:none">Accept Badge</a></p>\n'
             '<p>Acclaim is the digital credential platform of Credly.</p>') % hexr(32)
    body = leaf(credly_html(inner).replace('Credly, Inc. | 100 Canal Pointe Blvd', 'Acclaim by Credly | 100 Canal Pointe Blvd'), 'html', cte='quoted-printable')
    emit('040-acclaim-badge-issued-2020.eml', h, body, L('credly_badge_issued', None, [], True))


ALL += [m031, m032, m033, m034, m035, m036, m037, m038, m039, m040]

T12 = dict(name='王浩', latin='Wang Hao', mail='wanghao_cloud@163.com', keep='AWS17730261', old='AWS11094873', third='AWS18802945')
T12['open'] = D(2025, 7, 1, 8, 26, 17)
T12['case'] = case15(T12['open'])
T12['dup'] = case15(D(2025, 7, 3, 1, 55, 40))
T13 = dict(name='Kemal Yılmaz', mail='kemal.yilmaz@yilmazmuhendislik.com.tr', keep='AWS14587722', old='AWS02239610')
T13['open'] = D(2024, 3, 5, 7, 30, 2)
T13['case'] = case15(T13['open'])


# ============================================================================
# 041-050
# ============================================================================
def m041():
    dt = D(2025, 7, 3, 6, 12, 48)
    c = T12['case']
    txt = ('Dear Mr. Wang,\n\n'
           'Thank you for contacting AWS Training and Certification.\n\n'
           'We noticed that you have submitted a new case %s for the same request of account merging. '
           'In order to avoid the repeated processing, we have closed the case %s and will continue to follow up your request in this case. '
           'Please do not submit the new case again, otherwise the processing time will become longer.\n\n'
           'At present, your request is being verified by the relevant team, please wait patiently. '
           'We will contact you by this email as soon as there is progress.\n\n'
           'Thank you for your understanding and cooperation!\n'
           + form_foot('Yufei Z.')) % (T12['dup'], T12['dup'])
    body = alt(leaf(txt, cte='quoted-printable'), leaf(aws_html(p(txt)), 'html', cte='quoted-printable'))
    h = aws_headers('mx.163.com', T12['mail'], dt, form_subject(c), authserv='m16-mx.163.com')
    emit('041-chinese-mt-duplicate-case-closed-continue-here.eml', h, body, L('support_reply', c, [], True))


def m042():
    dt = D(2023, 4, 20, 11, 45, 2)
    c = T9['case']
    txt = ('Dear Fatima,\n\n'
           'Greetings from AWS Training and Certification.\n\n'
           'As we did not receive any response from your side since long time regarding your merge request, we are proceeding to close this case for now. '
           'Kindly note that you can reopen it anytime simply by replying on this email and we will be more than happy to assist you.\n\n'
           'Your feedback is very important for us. Please take a moment to rate the service you received:\n'
           '  Was your issue resolved?  Yes  https://aws.amazon.com/training/support/feedback/?c=%s&r=1\n'
           '                            No   https://aws.amazon.com/training/support/feedback/?c=%s&r=0\n\n'
           'Wishing you a blessed day.\n\n'
           'Best regards,\nOmar H.\nAWS Training and Certification Customer Support\n') % (c, c)
    body = alt(leaf(txt, cte='quoted-printable'), leaf(aws_html(p(txt)), 'html', cte='quoted-printable'))
    h = aws_headers('outlook', T9['mail'], dt, form_subject(c, re='RE: '), region='eu-west-1')
    emit('042-arabic-agent-closing-no-response-rate.eml', h, body, L('survey', c, [], True))


def m043():
    dt = D(2024, 11, 29, 1, 4, 19)
    to = T4['mail']
    h = credly_headers(to, dt, 'Complete your Credly account merge', provider='mx.naver.com', from_name='Credly', from_addr='no-reply@credly.com',
                       authserv='mx3.mail.naver.com')
    inner = ('<p>Hi Ji-hoon,</p>\n'
             '<p>We received a request to merge the Credly account registered to <b>jihoon.park@samhwa-ict.co.kr</b> into your account <b>jihoon.park@naver.com</b>.</p>\n'
             '<p>Your verification code is:</p>\n<p style="font-size:28px;letter-spacing:6px;font-weight:bold">482913</p>\n'
             '<p>Enter this code on the merge page, or click the button below. The code expires in 30 minutes.</p>\n'
             '<p><a href="https://www.credly.com/users/account_merge/confirm?token=%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Complete Account Merge</a></p>\n'
             '<p>If you did not request this, you can ignore this email.</p>') % hexr(40)
    txt = ('Hi Ji-hoon,\n\nWe received a request to merge the Credly account registered to jihoon.park@samhwa-ict.co.kr into your account jihoon.park@naver.com.\n\n'
           'Your verification code is: 482913\n\nComplete Account Merge: https://www.credly.com/users/account_merge/confirm?token=%s\n\n'
           'The code expires in 30 minutes. If you did not request this, you can ignore this email.\n') % hexr(40)
    body = alt(leaf(txt, cte='7bit', charset='us-ascii'), leaf(credly_html(inner), 'html', cte='quoted-printable'))
    emit('043-credly-self-service-merge-code.eml', h, body, L('unrelated', None, [], True))


def m044():
    dt = T13['open'] + datetime.timedelta(seconds=52)
    c = T13['case']
    txt = ('Dear Customer,\n\n'
           'Your request is received with the case number %s. '
           'Our Training and Certification support team will come back to you in 24 hours at the latest.\n\n'
           'Please not open a new case for the same subject, you can add more information by replying to this e-mail.\n\n'
           'Kind regards,\nAWS Training and Certification\n') % c
    body = alt(leaf(txt, charset='us-ascii', cte='7bit'), leaf(aws_html(p(txt)), 'html', cte='quoted-printable'))
    h = aws_headers('none', T13['mail'], dt, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c,
                    authserv='mail.yilmazmuhendislik.com.tr', region='eu-west-1')
    h.insert(1, ('X-Virus-Scanned', 'ClamAV using ClamSMTP'))
    emit('044-form-ack-plain-no-auth-results.eml', h, body, L('case_created', c, [], None))


def m045():
    dt = D(2025, 4, 25, 10, 11, 54)
    c = T11['case']
    txt = ('Hello Lucía,\n\n'
           'I am pleased to inform you that the unification of your accounts was realized with success. '
           'Since this moment all your certifications and the history of exams are visible in the account AWS10239487 and the account AWS06657301 was deactivated.\n\n'
           'Remember that you must to enter with the email lucia.fdez.cloud@hotmail.es from now.\n\n'
           'It was a pleasure to help you. I remain attentive for anything more you need.\n\n'
           'Kind regards,\n'
           'Daniela V.\n'
           'AWS Training and Certification Customer Support\n\n'
           '-----Mensaje original-----\n'
           'De: Lucía Fernández <lucia.fdez.cloud@hotmail.es>\n'
           'Enviado: miércoles, 23 de abril de 2025 19:02\n'
           'Para: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
           'Asunto: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance\n\n'
           'Yes, I confirm. Please merge AWS06657301 to AWS10239487. Thank you!\n') % c
    body = alt(leaf(txt, charset='windows-1252', cte='quoted-printable'), leaf(aws_html(p(txt)), 'html', cte='quoted-printable'))
    h = aws_headers('outlook', T11['mail'], dt, form_subject(c), to_hdr=addr(T11['name'], T11['mail']))
    emit('045-spanish-agent-unification-realized.eml', h, body, L('merge_completed', c, ['AWS06657301', 'AWS10239487'], True))


def m046():
    dt = D(2024, 9, 6, 12, 30, 41)
    c = T6['case']
    to = T6['mail']
    grp = 'certificacoes@tecnosul.com.br'
    mf = 'certificacoes+bncBDN3T%s@tecnosul.com.br' % b64r(30).replace('/', 'A').replace('+', 'B')[:30]
    ip = '209.85.220.%d' % rnd.randint(40, 80)
    ar = ar_gmail([('pass', 'tecnosul.com.br', 'google'), ('neutral', 'amazon.com', AMZ_SEL)], ('pass', mf, ip), ('pass', 'tecnosul.com.br', 'NONE'))
    ar = ar.replace('dkim=neutral header.i=@amazon.com', 'dkim=neutral (body hash did not verify) header.i=@amazon.com')
    ar = ar.replace('\n       spf=', '\n       arc=pass (i=1 spf=pass spfdomain=email.amazonses.com dkim=pass dkdomain=amazon.com dkim=pass dkdomain=amazonses.com dmarc=pass fromdomain=amazon.com);\n       spf=', 1)
    h = gmail_trace(to, dt, mf, ip, 'mail-sor-f%d.google.com' % rnd.randint(40, 80), ar)
    h += [('DKIM-Signature', dkim_sig('tecnosul.com.br', 'google', int(dt.timestamp()), 'sender:list-unsubscribe:list-archive:list-help:list-post:list-id:mailing-list:precedence:reply-to:subject:to:from:date:message-id')),
          ('DKIM-Signature', dkim_sig('amazon.com', AMZ_SEL, int(dt.timestamp()) - 3)),
          ('Date', rfc(dt)),
          ('From', "'Amazon Web Services' via certificacoes <%s>" % grp),
          ('To', 'Ana Beatriz Souza <certificacoes@tecnosul.com.br>'),
          ('Message-ID', ses_id(dt)),
          ('Subject', '[certificacoes] ' + form_subject(c, re='RE: ')),
          ('MIME-Version', '1.0'),
          ('X-Original-Sender', FORM),
          ('X-Original-Authentication-Results', 'mx.google.com;       dkim=pass header.i=@amazon.com header.s=%s;       spf=pass smtp.mailfrom=email.amazonses.com;       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com' % AMZ_SEL),
          ('X-Original-From', 'Amazon Web Services <%s>' % FORM),
          ('Reply-To', 'Amazon Web Services <%s>' % FORM),
          ('Precedence', 'list'),
          ('Mailing-list', 'list certificacoes@tecnosul.com.br; contact certificacoes+owners@tecnosul.com.br'),
          ('List-ID', '<certificacoes.tecnosul.com.br>')]
    txt = ('Hello Ana,\n\n'
           'Thank you for the confirmation.\n\n'
           'I inform you that the merge of the accounts was finalized today. The account AWS05561283 was incorporated to the principal account AWS13370912, '
           'and now all the certifications appear in only one place. The old account was inactivated.\n\n'
           'If the badges of Credly not appear in 2 days, please contact us again.\n\n'
           'Was a pleasure to help you!\n'
           + form_foot('Thiago M.') +
           '\n-- \nVocê recebeu essa mensagem porque está inscrito no grupo "certificacoes" dos Grupos do Google.\n'
           'Para cancelar inscrição nesse grupo e parar de receber e-mails dele, envie um e-mail para certificacoes+unsubscribe@tecnosul.com.br.\n')
    body = leaf(txt, charset='UTF-8', cte='quoted-printable')
    emit('046-brazilian-agent-merge-finalized-via-google-group.eml', h, body, L('merge_completed', c, ['AWS05561283', 'AWS13370912'], False))


def m047():
    opened = D(2025, 3, 18, 22, 4, 9)
    c = case15(opened)
    dt = opened + datetime.timedelta(seconds=33)
    inner = ('<p>Hello,</p>\n'
             '<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.</p>\n'
             '<p>The details of your case are as follows:</p>\n'
             '<table cellpadding="4" style="font-size:14px">'
             '<tr><td><b>Case ID:</b></td><td>%s</td></tr>'
             '<tr><td><b>Subject:</b></td><td>Limit Increase: EC2 Instances</td></tr>'
             '<tr><td><b>Severity:</b></td><td>Low</td></tr>'
             '<tr><td><b>Correspondence:</b></td><td>Limit increase request 1<br/>Service: EC2 Instances<br/>Region: Asia Pacific (Tokyo)<br/>'
             'Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances<br/>Limit name: Instance Limit<br/>New limit value: 64<br/>'
             'Use case description: We need to merge two workload into one cluster for load test.</td></tr></table>\n'
             '<p>We will notify you by e-mail when there is new correspondence on your case. You can also view the case in the '
             '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.</p>\n'
             '<p>Sincerely,<br/>Amazon Web Services</p>') % (c, c, c)
    body = leaf(aws_html(inner), 'html', cte='quoted-printable')
    h = aws_headers('outlook', T2['mail'], dt, 'Amazon Web Services: You have opened a new Support case: %s' % c, from_addr=NOREPLY)
    emit('047-console-quota-increase-case-opened.eml', h, body, L('unrelated', c, [], True), crlf=True)


def m048():
    dt = D(2024, 11, 30, 10, 8, 2)
    to = T4['mail']
    h = credly_headers(to, dt, 'Ji-hoon, you have earned a badge from Amazon Web Services Training and Certification', provider='mx.naver.com',
                       authserv='mx1.mail.naver.com')
    inner = ('<p style="font-size:20px;font-weight:bold">Congratulations, Ji-hoon!</p>\n'
             '<p>You have earned the <b>AWS Certified Cloud Practitioner</b> badge from Amazon Web Services Training and Certification.</p>\n'
             '<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p>\n'
             '<p>Showcase your achievement on social media and let your network know.</p>') % hexr(32)
    body = leaf(credly_html(inner), 'html', cte='base64')
    emit('048-credly-earned-badge-accept.eml', h, body, L('credly_badge_issued', None, [], True))


def m049():
    dt = D(2025, 8, 9, 6, 15, 44)
    to = T3['mail']
    subj = enc_hdr('佐藤 裕子さん、Amazon Web Services Training and Certification からバッジが発行されました', 'utf-8')
    h = credly_headers(to, dt, subj, provider='mx.nifty.com', authserv='mta-snd-e03.mail.nifty.com')
    inner = ('<p style="font-size:20px;font-weight:bold">おめでとうございます、佐藤 裕子さん！</p>\n'
             '<p>Amazon Web Services Training and Certification から <b>AWS Certified Solutions Architect &ndash; Associate</b> のバッジが発行されました。</p>\n'
             '<p><a href="https://www.credly.com/badges/%s/accept?locale=ja" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">バッジを受け取る</a></p>\n'
             '<p>バッジを受け取ると、LinkedIn などのソーシャルメディアで共有できます。</p>') % hexr(32)
    txt = ('おめでとうございます、佐藤 裕子さん！\n\n'
           'Amazon Web Services Training and Certification から AWS Certified Solutions Architect - Associate のバッジが発行されました。\n\n'
           'バッジを受け取る: https://www.credly.com/badges/%s/accept?locale=ja\n') % hexr(32)
    body = alt(leaf(txt, cte='base64'), leaf(credly_html(inner), 'html', cte='base64'))
    emit('049-ja-credly-badge-issued.eml', h, body, L('credly_badge_issued', None, [], True, 'ja'))


def m050():
    dt = D(2025, 4, 26, 3, 33, 0)
    to = T11['mail']
    dom = 'aws-support-survey.com'
    mf = 'survey@' + dom
    ip = '91.%d.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250))
    ar = ar_outlook([('pass', dom, 'k1')], ('pass', dom, ip), ('pass', dom, 'none'))
    h = outlook_trace(to, dt, dom, ip, 'mail.' + dom, ar)
    h += [('DKIM-Signature', dkim_sig(dom, 'k1', int(dt.timestamp()))),
          ('Date', rfc(dt)), ('From', addr('AWS Support Feedback', 'feedback@' + dom)), ('To', to),
          ('Message-ID', '<%s@%s>' % (hexr(16), dom)),
          ('Subject', 'Your account merge case is closed - rate our agent and receive USD 50 AWS credit'), ('MIME-Version', '1.0')]
    inner = ('<p>Dear customer,</p><p>Your case about the merge of your AWS Certification accounts has been closed. '
             'We kindly ask you to rate the service of our agent. As thank you, you will receive a USD 50 AWS Promotional Credit.</p>'
             '<p>To receive the credit you must login with your AWS account and verify the payment card.</p>'
             '<p><a href="https://%s/r/%s">Rate now &#9733;&#9733;&#9733;&#9733;&#9733;</a></p><p>AWS Customer Experience Team</p>') % (dom, hexr(12))
    body = leaf('<html><body style="font-family:Arial">' + inner + '</body></html>', 'html', cte='quoted-printable')
    emit('050-lookalike-survey-merge-case-credit-phish.eml', h, body, L('survey', None, [], False))


ALL += [m041, m042, m043, m044, m045, m046, m047, m048, m049, m050]


# ============================================================================
# 051-060
# ============================================================================
def m051():
    dt = D(2025, 2, 16, 22, 1, 37)
    to = T10['mail']
    dom = 'signin.aws'
    mf = ses_mailfrom(ses_id(dt)).split('@')[0] + '@mail.signin.aws'
    ip = ses_ip()
    ar = ar_simple('gmx.net', [('pass', dom, 'a1'), ('pass', 'amazonses.com', SES_SEL2)], ('pass', mf, ip), ('pass', dom))
    h = jp_trace(to, dt, mf, ip, 'a8-%d.smtp-out.amazonses.com' % rnd.randint(10, 99), ar, 'mx-ha.gmx.net')
    h += [('DKIM-Signature', dkim_sig(dom, 'a1', int(dt.timestamp()))),
          ('DKIM-Signature', dkim_sig('amazonses.com', SES_SEL2, int(dt.timestamp()))),
          ('Date', rfc(dt)), ('From', addr('AWS', 'no-reply@signin.aws')), ('To', to), ('Message-ID', ses_id(dt)),
          ('Subject', 'Verify your AWS Builder ID email address'), ('MIME-Version', '1.0')]
    txt = ('Hello,\n\nTo finish creating your AWS Builder ID, enter the following verification code:\n\n'
           'Verification code: 718204\n\nThis code expires 10 minutes after it was sent.\n\n'
           'If you did not try to create an AWS Builder ID, you can ignore this email.\n\nThanks,\nAmazon Web Services\n')
    body = alt(leaf(txt, cte='7bit', charset='UTF-8'), leaf(aws_html(p(txt)), 'html', cte='quoted-printable'))
    emit('051-aws-builder-id-verification-code.eml', h, body, L('unrelated', None, [], True))


def m052():
    c = T12['dup']
    dt = D(2025, 7, 3, 1, 56, 21)
    txt = ('Hello,\n\n'
           'Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your inquiry and a case has been created for you.\n\n'
           'Case ID: %s\n'
           'Inquiry type: Certification\n'
           'Inquiry detail: Account Merge\n\n'
           'A member of our Customer Support team will review your request and respond within 24 hours. '
           'Please do not submit a new case for the same request, as this can delay our response.\n\n'
           'Thank you,\nAWS Training and Certification Customer Support\n') % c
    body = alt(leaf(txt, cte='quoted-printable'), leaf(aws_html(p(txt)), 'html', cte='quoted-printable'))
    h = aws_headers('mx.163.com', T12['mail'], dt, '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % c,
                    authserv='m16-mx.163.com', to_hdr=addr(T12['name'], T12['mail'], 'gb2312'))
    emit('052-form-ack-second-case-same-request.eml', h, body, L('case_created', c, [], True))


def m053():
    dt = D(2025, 6, 2, 11, 9, 28)
    to = T1['mail']
    dom = 'credly-notify.com'
    mf = 'mailer@' + dom
    ip = '103.%d.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250))
    ar = ar_gmail([('pass', dom, 'mail')], ('pass', mf, ip), ('pass', dom, 'NONE'))
    h = gmail_trace(to, dt, mf, ip, 'smtp.' + dom, ar)
    h += [('DKIM-Signature', dkim_sig(dom, 'mail', int(dt.timestamp()))),
          ('Date', rfc(dt)), ('From', addr('Credly Badges', 'badges@' + dom)), ('To', to),
          ('Message-ID', '<%s@%s>' % (hexr(18), dom)),
          ('Subject', 'Your AWS badges was transferred after account merge - accept now'), ('MIME-Version', '1.0')]
    inner = ('<p>Hello Takeshi,</p>'
             '<p>Following the merge of your AWS Certification accounts, your 3 badges from account AWS11382960 was transferred to your merged Credly profile.</p>'
             '<p>Please accept them in 7 days, otherwise they will be revoke and you need to pass the exams again.</p>'
             '<p><a href="https://%s/accept?id=%s" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badges</a></p>'
             '<p>Credly Team</p>') % (dom, hexr(16))
    body = leaf(credly_html(inner), 'html', cte='base64')
    emit('053-lookalike-credly-badges-transferred-phish.eml', h, body, L('credly_badge_issued', None, ['AWS11382960'], False))


def m054():
    dt = D(2025, 2, 3, 15, 0, 12)
    to = T8['mail']
    h = credly_headers(to, dt, 'Your AWS Certified Cloud Practitioner badge expires in 30 days', provider='atlas-production.v2.mail.yahoo.com',
                       authserv='mta4018.mail.gq1.yahoo.com')
    inner = ('<p>Hi Minh,</p>\n<p>Your <b>AWS Certified Cloud Practitioner</b> badge issued by Amazon Web Services Training and Certification will expire on <b>March 5, 2025</b>.</p>\n'
             '<p>To keep your badge active, visit the issuer to learn about recertification options.</p>\n'
             '<p><a href="https://aws.amazon.com/certification/recertification/">Learn about recertification</a></p>')
    body = leaf(credly_html(inner), 'html', cte='quoted-printable')
    emit('054-credly-badge-expiry-reminder.eml', h, body, L('unrelated', None, [], True))


def m055():
    dt = D(2025, 7, 4, 3, 27, 5)
    c = T12['case']
    txt = ('Dear Mr. Wang,\n\n'
           'Thank you for your patience waiting.\n\n'
           'After verification, we found three certification accounts under your name:\n'
           '1. AWS17730261 (wanghao_cloud@163.com)\n'
           '2. AWS11094873 (wang.hao@sz-cloudtech.cn)\n'
           '3. AWS18802945 (hao.wang@mails.szu.edu.cn)\n\n'
           'According to your request, we will merge account 2 and account 3 into account 1, the main account AWS17730261 will be retained, '
           'the other two accounts will be closed after merging. '
           'Special reminder: the merge operation is irreversible, once completed it cannot be split again.\n\n'
           'Please reply this email to confirm whether the above information is correct, we will arrange the merge immediately after receive your confirmation.\n\n'
           '祝好！\n'
           '张宇飞 Yufei Z.\n'
           'AWS Training and Certification Customer Support\n')
    body = alt(leaf(txt, charset='gbk', cte='base64', declared='GBK'), leaf(aws_html(p(txt)), 'html', cte='base64'))
    h = aws_headers('mx.163.com', T12['mail'], dt, form_subject(c), authserv='m16-mx.163.com')
    emit('055-chinese-mt-confirm-three-accounts.eml', h, body, L('merge_confirmation_requested', c, ['AWS11094873', 'AWS17730261', 'AWS18802945'], True))


def m056():
    dt = D(2024, 3, 6, 11, 14, 26)
    c = T13['case']
    txt = ('Dear Kemal Bey,\n\n'
           'Thank you for your patience.\n\n'
           'For being able to process your merge request, we are needing some additional informations from you:\n\n'
           '1) What is the reason of the merge request? (for example, changing of company, second account opened by mistake)\n'
           '2) The notification e-mail addresses of both accounts aws14587722 and aws02239610\n'
           '3) Which account you are wanting to keep as the main one?\n\n'
           'As soon as we get these informations we will continue with your request. Waiting your answer.\n\n'
           'Best regards,\n'
           'Elif K.\nAWS Training and Certification Customer Support\n')
    body = alt(leaf(txt, charset='iso-8859-9', cte='quoted-printable'), leaf(aws_html(p(txt)), 'html', cte='quoted-printable'))
    h = aws_headers('mail.yilmazmuhendislik.com.tr', T13['mail'], dt, form_subject(c), authserv='mail.yilmazmuhendislik.com.tr', region='eu-west-1')
    emit('056-turkish-agent-asks-reason-and-notification-emails.eml', h, body, L('support_reply', c, ['AWS02239610', 'AWS14587722'], True))


def m057():
    dt = D(2025, 7, 9, 14, 41, 50)
    to = T12['mail']
    h = credly_headers(to, dt, enc_hdr('王浩, you have earned a badge from Amazon Web Services Training and Certification', 'utf-8'),
                       provider='mx.163.com', authserv='m16-mx.163.com')
    inner = ('<p style="font-size:20px;font-weight:bold">Congratulations, 王浩!</p>\n'
             '<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Data Engineer &ndash; Associate</b> badge.</p>\n'
             '<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p>\n'
             '<p>Tip: you can add more email addresses to your Credly profile so that all your badges arrive in one place.</p>') % hexr(32)
    txt = ('Congratulations, 王浩!\n\nAmazon Web Services Training and Certification has issued you the AWS Certified Data Engineer - Associate badge.\n\n'
           'Accept your badge: https://www.credly.com/badges/%s/accept\n') % hexr(32)
    body = alt(leaf(txt, cte='quoted-printable'), leaf(credly_html(inner), 'html', cte='quoted-printable'))
    emit('057-credly-badge-issued-cjk-name.eml', h, body, L('credly_badge_issued', None, [], True))


def m058():
    dt = D(2025, 2, 11, 19, 52, 33)
    to = T8['mail']
    mf = 'admin@cert-fee-notice.top'
    ip = '43.%d.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250))
    ar = ('atlas-production.v2.mail.yahoo.com;\n dkim=unknown;\n spf=none smtp.mailfrom=cert-fee-notice.top;\n dmarc=fail(p=QUARANTINE) header.from=amazon.com;')
    h = generic_trace(to, dt, mf, ip, 'mail.cert-fee-notice.top', ar, 'atlas%d.free.mail.gq1.yahoo.com' % rnd.randint(100, 300))
    h += [('Date', rfc(dt)), ('From', addr('AWS Certification', 'certification@amazon.com')), ('To', to),
          ('Message-ID', '<%s@cert-fee-notice.top>' % hexr(20)),
          ('Subject', enc_hdr('【Urgent】Your AWS Certification will be revoked - unpaid exam fee', 'utf-8')), ('MIME-Version', '1.0')]
    txt = ('Dear AWS Certified candidate,\n\n'
           'System detected that the exam fee of your last exam was not paid successfully (candidate ID: AWS16604412). '
           'According to the certification agreement, if the payment is not completed within 48 hours, your certification will be revoked and the badge will be invalid.\n\n'
           'Please click the following link to complete the payment of USD 150:\nhttp://cert-fee-notice.top/pay?c=AWS16604412\n\n'
           'AWS Certification Department\n')
    body = leaf(txt, charset='utf-8', cte='base64')
    emit('058-spoofed-cert-revoked-fee-phish.eml', h, body, L('unrelated', None, ['AWS16604412'], False))


def m059():
    dt = D(2025, 2, 17, 12, 5, 10)
    to = T10['mail']
    dom = 'amazon-aws-support.net'
    mf = 'noreply@' + dom
    ip = '193.%d.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250))
    ar = ar_simple('gmx.net', [('pass', dom, 'x')], ('pass', mf, ip), ('pass', dom))
    h = jp_trace(to, dt, mf, ip, 'mail.' + dom, ar, 'mx-ha.gmx.net')
    h += [('DKIM-Signature', dkim_sig(dom, 'x', int(dt.timestamp()))),
          ('Date', rfc(dt)), ('From', addr('Amazon Web Services Support', 'noreply@' + dom)), ('To', to),
          ('Message-ID', '<%s@%s>' % (hexr(20), dom)),
          ('Subject', 'Your account merge request is registered - Request MRG-2025-55102'), ('MIME-Version', '1.0')]
    txt = ('Dear Customer,\n\n'
           'Your account merge request was successful registered under the request number MRG-2025-55102.\n\n'
           'For the start of processing you must login and verify your both AWS Certification accounts in the next 24 hours:\n'
           'https://amazon-aws-support.net/certification/merge/verify?r=MRG-2025-55102\n\n'
           'Without verification the request will be deleted automatically.\n\n'
           'Your AWS Support Team\n')
    body = alt(leaf(txt, charset='iso-8859-1', cte='quoted-printable'), leaf('<html><body>' + p(txt) + '</body></html>', 'html', charset='iso-8859-1', cte='quoted-printable'))
    emit('059-lookalike-merge-request-registered-phish.eml', h, body, L('case_created', None, [], False))


def m060():
    dt = D(2025, 1, 16, 2, 30, 15)
    c = T8['case']
    txt = ('Dear Minh,\n\n'
           'Thank you for confirm that everything is OK now. Since your issue was solved, I will close this case today.\n\n'
           'I would be very grateful if you can spend 1 minute for evaluate my support, your evaluation help me a lot to improve:\n'
           'https://aws.amazon.com/training/support/feedback/?c=%s&agent=linhp\n\n'
           'Was your issue resolved?   [ YES ]   [ NO ]\n\n'
           'Wish you success in the next exams!\n'
           + form_foot('Linh P.')) % c
    body = alt(leaf(txt, cte='quoted-printable'), leaf(aws_html(p(txt)), 'html', cte='quoted-printable'))
    h = aws_headers('atlas-production.v2.mail.yahoo.com', T8['mail'], dt, form_subject(c), authserv='mta4044.mail.gq1.yahoo.com')
    emit('060-vietnamese-agent-closing-please-evaluate.eml', h, body, L('survey', c, [], True))


ALL += [m051, m052, m053, m054, m055, m056, m057, m058, m059, m060]

# ---------------------------------------------------------------- main
if __name__ == '__main__':
    for _f in ALL:
        _f()
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print('wrote', len(LABELS))
