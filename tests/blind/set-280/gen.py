#!/usr/bin/env python3
"""Generator for blind set 280: eight users' AWS Certification account-merge
cases, start to end, with detours.  Writes NNN-*.eml and labels.json."""
import base64
import hashlib
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email import policy
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(280)
PAC = ZoneInfo('America/Los_Angeles')
JST = ZoneInfo('Asia/Tokyo')
UTC = timezone.utc
MAILS = []   # (filename, bytes, label)

CODECS = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis',
          'utf-8': 'utf-8', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1',
          'windows-1252': 'cp1252'}


# ---------------------------------------------------------------- utilities
def hx(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def b64r(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rng.choice(a) for _ in range(n))


def an(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
    return ''.join(rng.choice(a) for _ in range(n))


def dt(s, tz=UTC):
    """'2025-03-10 14:22:31' in tz -> aware datetime"""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def rfc(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def rfc_paren(d, tz):
    d = d.astimezone(tz)
    return format_datetime(d) + ' (' + d.tzname() + ')'


def case15(d, suffix):
    return '%d%05d' % (int(d.timestamp()), suffix)


def ses_id(d):
    ms = int(d.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, hx(8), hx(4), hx(4), hx(4), hx(12))


def ses_from(d):
    return ses_id(d)[1:-1]


def sig(n=344):
    """fake base64 signature folded like real DKIM b= values"""
    s = b64r(n)
    return '\n\t '.join(s[i:i + 70] for i in range(0, len(s), 70))


def ew(s, charset='utf-8', enc='B', name='Subject'):
    """encoded-word(s), folded as a mail client would"""
    cs = Charset(charset)
    if enc == 'Q':
        cs.header_encoding = QP
    elif enc == 'B':
        cs.header_encoding = BASE64
    return Header(s, cs, maxlinelen=76, header_name=name).encode()


def addr(name, email_, charset='utf-8', enc='B'):
    try:
        name.encode('ascii')
        if any(c in name for c in ',.;:()<>@[]'):
            return '"%s" <%s>' % (name, email_)
        return '%s <%s>' % (name, email_)
    except UnicodeEncodeError:
        return '%s <%s>' % (ew(name, charset, enc, 'From'), email_)


# ---------------------------------------------------------------- MIME parts
def part(text, subtype='plain', charset='utf-8', cte='quoted-printable',
         label=None, params=None):
    """A text part, encoded with the codec for `charset` but labelled
    `label` (for deliberately wrong labels)."""
    codec = CODECS[charset.lower()]
    raw = text.replace('\r\n', '\n').encode(codec)
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', label or charset)
    for k, v in (params or {}).items():
        p.set_param(k, v)
    del p['MIME-Version']
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
        if not payload.endswith('\n'):
            payload += '\n'
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def alt(*parts, boundary=None, subtype='alternative'):
    m = MIMEMultipart(subtype, boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def gmail_boundary():
    return '000000000000' + hx(16)


def ses_boundary():
    return '----=_Part_%d_%d.%d' % (rng.randint(100000, 999999),
                                     rng.randint(10000000, 99999999),
                                     rng.randint(1700000000000, 1760000000000))


def outlook_boundary(mid):
    return '_000_' + mid.strip('<>').replace('@', '').replace('.', '') + '_'


def text2html(text, style='font-family:Arial,sans-serif;font-size:14px'):
    esc = (text.replace('&', '&amp;').replace('<', '&lt;')
           .replace('>', '&gt;'))
    paras = esc.split('\n\n')
    body = ''.join('<p>%s</p>\n' % p.replace('\n', '<br>\n') for p in paras)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html;'
            ' charset=utf-8">\n</head>\n<body>\n<div style="%s">\n%s</div>\n'
            '</body>\n</html>\n' % (style, body))


# ---------------------------------------------------------------- trace headers
def gmail_trace(to, env_from, ip, helo, d, ar, tz=PAC):
    """Headers Gmail puts above the sender's own headers (incl. AR)."""
    rd = d + timedelta(seconds=rng.randint(1, 4))
    idx = 'a05:%s:%s:b0:%s' % (hx(4), hx(3), hx(3))
    return [
        ('Delivered-To', to),
        ('Received', 'by 2002:%s with SMTP id %s;\n        %s'
         % (idx, an(2).lower() + hx(6) + 'csp' + hx(6), rfc_paren(rd, tz))),
        ('X-Google-Smtp-Source', 'AGHT+I' + b64r(80)),
        ('X-Received', 'by 2002:a17:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n'
         '        %s' % (hx(3), hx(4), hx(3), hx(4), hx(16),
                         rng.randint(1, 99), rng.randint(10**11, 10**12),
                         rfc_paren(rd, tz))),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com;'
         ' s=%s;\n        b=%s' % (int(d.timestamp()), 'arc-20160816' if d.year < 2024 else 'arc-20240605', sig(160).replace('\n\t ', '\n         '))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; '
         'd=google.com; s=%s;\n        h=feedback-id:mime-version:'
         'subject:message-id:to:from:date:dkim-signature;\n        bh=%s=;\n'
         '        fh=%s=;\n        b=%s' % ('arc-20160816' if d.year < 2024 else 'arc-20240605', b64r(43), b64r(43), sig(120).replace('\n\t ', '\n         '))),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', '<%s>' % env_from),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS'
         ' id %s\n        for <%s>\n        (version=TLS1_3 cipher='
         'TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (helo, helo, ip, hx(16) + '.' + str(rng.randint(100, 999)), to,
            rfc_paren(d + timedelta(seconds=1), tz))),
        ('Received-SPF', 'pass (google.com: domain of %s designates %s as '
         'permitted sender) client-ip=%s;' % (env_from, ip, ip)),
        ('Authentication-Results', ar),
    ]


def gmail_ar(env_from, ip, dkim=(('amazon.com', 'pass'), ('amazonses.com', 'pass')),
             dmarc='pass', from_dom='amazon.com', spf='pass',
             pol='p=QUARANTINE sp=QUARANTINE dis=NONE'):
    parts = ['mx.google.com;']
    for dom, res in dkim:
        parts.append('       dkim=%s header.i=@%s header.s=%s header.b=%s;'
                     % (res, dom, an(8).lower(), b64r(8)))
    parts.append('       spf=%s (google.com: domain of %s designates %s as '
                 'permitted sender) smtp.mailfrom=%s;' % (spf, env_from, ip, env_from))
    parts.append('       dmarc=%s (%s) header.from=%s' % (dmarc, pol, from_dom))
    return '\n'.join(parts)


def ses_own(d, from_dom='amazon.com', subject_h='From:To:Subject:MIME-Version:'
            'Content-Type:Message-ID:Date'):
    """Sender-side headers of an SES mail: DKIM sigs, feedback id."""
    t = int(d.timestamp())
    return [
        ('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\t'
         's=sxjx3bhqk3p4ktnilwoyczqxfbe4ktyp; d=%s; t=%d;\n\th=%s;\n\t'
         'bh=%s=;\n\tb=%s' % (from_dom, t, subject_h, b64r(43), sig())),
        ('DKIM-Signature', 'v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\t'
         's=224i4yxa5dv7c2xz3womw6peuasteono; d=amazonses.com; t=%d;\n\t'
         'h=%s:Feedback-ID;\n\tbh=%s=;\n\tb=%s' % (t, subject_h, b64r(43), sig())),
    ]


def outlook_trace(to, env_dom, ip, helo, d, ar, mbx='SA1PR11MB8642',
                  fe='BN2PEPF000044A9'):
    rd = d + timedelta(seconds=rng.randint(1, 5))
    return [
        ('Received', 'from %s.namprd11.prod.outlook.com (%s) by\n %s.namprd11'
         '.prod.outlook.com with HTTPS; %s' % ('DM6PR11MB4123', '::1', mbx,
                                               rfc(rd))),
        ('Received', 'from BN9PR03CA0441.namprd03.prod.outlook.com\n (2603:10b6:'
         '408:113::26) by DM6PR11MB4123.namprd11.prod.outlook.com\n (2603:10b6:'
         '5:1d5::12) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_'
         'ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
         % (rng.randint(7000, 8999), rng.randint(10, 40), rfc(rd))),
        ('Received', 'from %s.namprd03.prod.outlook.com\n (2603:10b6:408:113:cafe'
         '::b1) by BN9PR03CA0441.outlook.office365.com\n (2603:10b6:408:113::26)'
         ' with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_'
         'SHA384) id 15.20.%d.%d via Frontend\n Transport; %s'
         % (fe, rng.randint(7000, 8999), rng.randint(10, 40), rfc(rd))),
        ('Authentication-Results', ar),
        ('Received-SPF', 'Pass (protection.outlook.com: domain of %s\n designates'
         ' %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s;'
         ' helo=%s; pr=C' % (env_dom, ip, ip, helo)),
        ('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.'
         '243.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256'
         '_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
         % (helo, ip, fe, rng.randint(2, 250), rng.randint(7000, 8999),
            rng.randint(10, 40), rfc(d))),
    ]


def outlook_ar(ip, env_dom='email.amazonses.com', dkim=(('amazon.com', 'pass'),
               ('amazonses.com', 'pass')), dmarc='pass', from_dom='amazon.com',
               spf='pass', action='none', compauth='pass reason=100'):
    s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; ' % (spf, ip, env_dom)
    s += ''.join('dkim=%s (signature was verified)\n header.d=%s;' % (r, dm)
                 for dm, r in dkim)
    s += 'dmarc=%s action=%s\n header.from=%s;compauth=%s' % (dmarc, action,
                                                             from_dom, compauth)
    return s


def outlook_ms_tail(d, from_org='amazon.com'):
    return [
        ('X-MS-Exchange-Organization-ExpirationStartTime', rfc(d).replace(' +0000', '')
         if False else d.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)'),
        ('X-MS-Exchange-Organization-Network-Message-Id', '%s-%s-%s-%s-%s'
         % (hx(8), hx(4), hx(4), hx(4), hx(12))),
        ('X-MS-Exchange-Organization-AuthSource', 'BN2PEPF000044A9.namprd11.prod.outlook.com'),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
        ('X-MS-Exchange-Organization-SCL', '1'),
        ('X-Microsoft-Antispam', 'BCL:0;ARA:13230040|4022899009|2066899003;'),
    ]


# ---------------------------------------------------------------- assembly
ID_RE = re.compile(r'\bAWS[ \-_]?(\d{8})\b', re.I)


def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


def emit(name, headers, body, kind, case_id, new_text, verified, lang,
         ids=None):
    """headers: list of (name, value); ('__MIME__', None) marks where the
    MIME headers go (default: end).  new_text: the NEW part of the mail
    (plain text), used to derive account ids unless ids is given."""
    mime = [(k, v) for k, v in body._headers]
    body._headers = []
    out = []
    placed = False
    has_mv = any(k.lower() == 'mime-version' for k, v in headers)
    for k, v in headers:
        if k == '__MIME__':
            if not has_mv:
                out.append(('MIME-Version', '1.0'))
            out.extend(mime)
            placed = True
        else:
            out.append((k, v))
    if not placed:
        if not has_mv:
            out.append(('MIME-Version', '1.0'))
        out.extend(mime)
    body._headers = out
    data = body.as_bytes(policy=policy.compat32.clone(max_line_length=0))
    n = len(MAILS) + 1
    fname = '%03d-%s.eml' % (n, name)
    label = {'kind': kind, 'case_id': case_id,
             'account_ids': ids if ids is not None else ids_in(new_text),
             'sender_verified': verified, 'language': lang}
    MAILS.append((fname, data, label))
    return fname


def write_all():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fname, data, label in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        labels[fname] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
    print('wrote', len(MAILS), 'mails')


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


# ================================================================ common senders
FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE = ('Amazon Web Services', 'no-reply-aws@amazon.com')


def ses_ip():
    return rng.choice(['54.240.8.%d', '54.240.9.%d', '54.240.48.%d',
                       '54.240.11.%d']) % rng.randint(2, 250)


def helo_of(ip):
    a, b, c, d_ = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, d_)


def aws_in(provider, to, d, subject, sender=FORM, reply_to=None,
           ar=None, tz=PAC, extra=None, dkim_from='amazon.com'):
    """Full header list of an AWS (SES) mail as found in `provider` mailbox.
    ar: None = genuine pass; otherwise a ready AR string."""
    ip = ses_ip()
    helo = helo_of(ip)
    env = ses_from(d)
    if provider == 'gmail':
        a = ar or gmail_ar(env, ip)
        h = gmail_trace(to, env, ip, helo, d, a, tz)
    elif provider == 'outlook':
        a = ar or outlook_ar(ip)
        h = outlook_trace(to, 'email.amazonses.com', ip, helo, d, a)
    else:
        h = provider(to, env, ip, helo, d, ar, 'amazon.com',
                     ('amazon.com', 'amazonses.com'))
    h += ses_own(d, dkim_from)
    h += [('Date', rfc(d)), ('From', addr(*sender))]
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('To', to), ('Message-ID', '<%s>' % env), ('Subject', subject),
          ('__MIME__', None),
          ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64r(43)),
          ('X-SES-Outgoing', '%s-%s' % (d.strftime('%Y.%m.%d'), ip))]
    if provider == 'outlook':
        h += outlook_ms_tail(d)
    h += extra or []
    return h


def credly_in(provider, to, d, subject, ar=None, tz=PAC,
              sender=('Amazon Web Services Training and Certification via Credly',
                      'admin@credly.com')):
    ip = '149.72.%d.%d' % (rng.randint(100, 250), rng.randint(2, 250))
    helo = 'o%d.ptr%d.credly.com' % (rng.randint(1, 9), rng.randint(1000, 9999))
    env = 'bounces+%d-%s-%s@em.credly.com' % (rng.randint(1000000, 9999999),
                                             hx(4), to.replace('@', '='))
    if provider == 'gmail':
        a = ar or gmail_ar(env, ip, dkim=(('credly.com', 'pass'),
                                          ('sendgrid.info', 'pass')),
                           from_dom='credly.com',
                           pol='p=REJECT sp=REJECT dis=NONE')
        h = gmail_trace(to, env, ip, helo, d, a, tz)
    elif provider == 'outlook':
        a = ar or outlook_ar(ip, 'em.credly.com', dkim=(('credly.com', 'pass'),),
                             from_dom='credly.com')
        h = outlook_trace(to, 'em.credly.com', ip, helo, d, a)
    else:
        h = provider(to, env, ip, helo, d, ar, 'credly.com',
                     ('credly.com', 'sendgrid.info'))
    h += [('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=credly.com;'
           '\n\th=content-type:from:mime-version:subject:x-feedback-id:to:'
           'list-unsubscribe:\n\tcontent-type:from:subject:to;\n\ts=s1; bh=%s=;\n'
           '\tb=%s' % (b64r(43), sig(216))),
          ('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;\n\td=sendgrid.info;'
           '\n\th=content-type:from:mime-version:subject:x-feedback-id:to:'
           'list-unsubscribe:\n\tcontent-type:from:subject:to;\n\ts=smtpapi; '
           'bh=%s=;\n\tb=%s' % (b64r(43), sig(216))),
          ('Date', rfc(d)), ('From', addr(*sender)),
          ('Mime-Version', None), ('Subject', subject), ('To', to),
          ('Message-ID', '<%s@geopod-ismtpd-%d>' % (b64r(22).replace('+', 'x').replace('/', 'y'), rng.randint(1, 40))),
          ('X-Feedback-ID', '%d:SG' % rng.randint(1000000, 9999999)),
          ('List-Unsubscribe', '<https://www.credly.com/notification_settings>'),
          ('__MIME__', None)]
    return [x for x in h if x[1] is not None]


def other_in(provider, to, d, sender, subject, dom, ip, helo, env,
             own=(), tz=PAC, mid=None, dmarc='pass',
             pol='p=REJECT sp=REJECT dis=NONE'):
    """Authentic mail from a non-AWS sender (github, pearson...)."""
    if provider == 'gmail':
        a = gmail_ar(env, ip, dkim=((dom, 'pass'),), from_dom=dom, dmarc=dmarc,
                     pol=pol)
        h = gmail_trace(to, env, ip, helo, d, a, tz)
    elif provider == 'outlook':
        a = outlook_ar(ip, env.split('@')[1], dkim=((dom, 'pass'),), from_dom=dom,
                       dmarc=dmarc)
        h = outlook_trace(to, env.split('@')[1], ip, helo, d, a)
    else:
        h = provider(to, env, ip, helo, d, None, dom, (dom,))
    h += [('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\t'
           's=%s; t=%d;\n\th=Date:From:To:Subject:Message-ID:MIME-Version:'
           'Content-Type;\n\tbh=%s=;\n\tb=%s' % (dom, an(6).lower(),
                                               int(d.timestamp()), b64r(43),
                                               sig(216)))]
    h += list(own)
    h += [('Date', rfc(d)), ('From', sender), ('To', to),
          ('Message-ID', mid or '<%s.%s@%s>' % (hx(12), hx(8), dom)),
          ('Subject', subject), ('__MIME__', None)]
    return h


def gmail_sent(d, frm, to, subject, irt=None, refs=None, tz=PAC, cc=None,
               xtra=()):
    """Headers of a message as stored in Gmail's Sent folder (no trace)."""
    h = [('MIME-Version', None), ('Date', rfc(d, tz))]
    if refs:
        h.append(('References', refs))
    if irt:
        h.append(('In-Reply-To', irt))
    h += [('Message-ID', '<CA%s%s@mail.gmail.com>' % (
        rng.choice(['+', 'J', 'E', 'F', 'K']), b64r(40).replace('/', '_')
        .replace('+', '-') + '=' + an(8))),
          ('Subject', subject), ('From', frm), ('To', to)]
    if cc:
        h.append(('Cc', cc))
    h += list(xtra)
    h.append(('__MIME__', None))
    return [x for x in h if x[1] is not None]


# ================================================================ CASES
def case_a():
    """Daniel Okafor, Gmail, form desk, English, 15-digit id."""
    me = 'daniel.okafor87@gmail.com'
    me_h = 'Daniel Okafor <%s>' % me
    CHI = ZoneInfo('America/Chicago')
    d0 = dt('2025-03-10 14:22:31')
    cid = case15(d0, 3117)
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid
    form = 'aws-cs-trainingcertification-form@amazon.com'

    # 1 -- acknowledgement
    t = ("Hello,\n\n"
         "Thank you for contacting AWS Training and Certification Customer Support.\n\n"
         "This message confirms that we have received your request. A member of our team "
         "will review it and get back to you, usually within 24 hours. Your case ID is "
         "%s. If you need to add information, simply reply to this email and keep the "
         "case ID in the subject line. Please do not submit a new form for the same "
         "request, as this may delay our response.\n\n"
         "Summary of your submission\n"
         "Inquiry type: AWS Certification\n"
         "Inquiry detail: Account Merge\n"
         "First name: Daniel\n"
         "Last name: Okafor\n"
         "AWS candidate ID: AWS07731952\n"
         "Description: Hi, I have two certification accounts. An older one from my previous "
         "job (aws 04418826, login daniel.okafor@northwind-logistics.com) and my current one. "
         "I would like to have all my certifications in a single account.\n\n"
         "Regards,\n"
         "AWS Training and Certification Customer Support\n\n"
         "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a "
         "registered trademark of Amazon.com, Inc. This message was produced and distributed "
         "by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n") % cid
    body = alt(part(t), part(text2html(t), 'html'), boundary=ses_boundary())
    h = aws_in('gmail', me, d0 + timedelta(seconds=38),
               '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid)
    emit('form-ack-daniel', h, body, 'case_created', cid, t, True, 'en')

    # 2 -- agent asks which account to keep + login mails
    d1 = dt('2025-03-11 09:14:07')
    t2 = ("Hello Daniel,\n\n"
          "Thank you for reaching out to AWS Training and Certification.\n\n"
          "I'd be glad to help you bring your certification history together. Before I can "
          "pass the request to our certification team, I need a couple of details from you:\n\n"
          "1. The email address you use to sign in to each account. For the account you "
          "mentioned, AWS04418826, is daniel.okafor@northwind-logistics.com still the sign-in "
          "address, and do you still have access to that mailbox?\n"
          "2. Which of the two accounts you would like to keep as your primary account going "
          "forward. The other account will be closed once its history has been moved.\n\n"
          "Please reply to this email with the information above. There is no need to submit "
          "a new form.\n\n"
          "Best regards,\n\n"
          "Hannah W.\n"
          "AWS Training and Certification Customer Support\n")
    body = alt(part(t2), part(text2html(t2), 'html'), boundary=ses_boundary())
    h = aws_in('gmail', me, d1, subj)
    mid2 = [v for k, v in h if k == 'Message-ID'][0]
    emit('agent-asks-keep-and-logins', h, body, 'support_reply', cid, t2, True, 'en')

    # 3 -- Daniel's reply (Sent)
    d2 = dt('2025-03-11 22:40:12')
    t3 = ("Hi Hannah,\n\n"
          "Thanks for the quick reply.\n\n"
          "1. Yes, the old account AWS04418826 uses daniel.okafor@northwind-logistics.com. "
          "I left that company last year so I can't receive mail there anymore. My current "
          "account is AWS07731952 and I sign in with daniel.okafor87@gmail.com.\n"
          "2. I'd like to keep AWS07731952 (the gmail one).\n\n"
          "Best,\nDaniel\n")
    qh = 'On Tue, Mar 11, 2025 at 4:14\u202fAM Amazon Web Services <%s> wrote:' % form
    full3 = t3 + '\n' + qh + '\n' + quote(t2) + '\n'
    html3 = ('<div dir="ltr">' + t3.replace('\n', '<br>') + '</div><br><div class="gmail_quote">'
             '<div dir="ltr" class="gmail_attr">' + qh.replace('<', '&lt;').replace('>', '&gt;') +
             '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
             'border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
             t2.replace('\n', '<br>') + '</blockquote></div>\n')
    body = alt(part(full3, cte='quoted-printable'), part(html3, 'html'),
               boundary=gmail_boundary())
    h = gmail_sent(d2, me_h, 'Amazon Web Services <%s>' % form, 'Re: ' + subj,
                   irt=mid2, refs=mid2, tz=CHI)
    mid3 = [v for k, v in h if k == 'Message-ID'][0]
    emit('sent-daniel-keep-gmail-account', h, body, 'unrelated', cid, t3, None, 'en')

    # 4 -- confirmation request
    d3 = dt('2025-03-12 10:05:44')
    t4 = ("Hello Daniel,\n\n"
          "Thank you for the details. I have located both of your certification accounts and "
          "I'm ready to send the merge request to our certification team. Please review the "
          "summary below carefully:\n\n"
          "Account to be merged (will be closed)\n"
          "  Candidate ID: AWS04418826\n"
          "  Email: daniel.okafor@northwind-logistics.com\n\n"
          "Account to keep (all certifications and exam history will be moved here)\n"
          "  Candidate ID: AWS07731952\n"
          "  Email: daniel.okafor87@gmail.com\n\n"
          "Please note that a merge cannot be reversed once it has been carried out. "
          "Afterwards you will sign in with daniel.okafor87@gmail.com only.\n\n"
          "If everything above is correct, please reply to this email to confirm and we "
          "will take it from there.\n\n"
          "Kind regards,\n\n"
          "Joseph\n"
          "AWS Training and Certification Customer Support\n")
    q4 = ("\n-----Original Message-----\n"
          "From: daniel.okafor87@gmail.com\n"
          "Sent: 2025-03-11 22:40:12 UTC\n"
          "To: aws-cs-trainingcertification-form@amazon.com\n"
          "Subject: Re: %s\n\n" % subj) + t3
    full4 = t4 + q4
    body = alt(part(full4), part(text2html(full4), 'html'), boundary=ses_boundary())
    h = aws_in('gmail', me, d3, subj)
    mid4 = [v for k, v in h if k == 'Message-ID'][0]
    emit('agent-confirm-merge-request', h, body, 'merge_confirmation_requested', cid,
         t4, True, 'en')

    # 5 -- Daniel confirms (Sent)
    d4 = dt('2025-03-12 13:02:55')
    t5 = "The details are correct. Please proceed with the merge.\n\nThanks!\nDaniel\n"
    qh5 = 'On Wed, Mar 12, 2025 at 5:05\u202fAM Amazon Web Services <%s> wrote:' % form
    full5 = t5 + '\n' + qh5 + '\n' + quote(full4) + '\n'
    html5 = ('<div dir="ltr">' + t5.replace('\n', '<br>') + '</div><br><div class="gmail_quote">'
             '<div dir="ltr" class="gmail_attr">' + qh5.replace('<', '&lt;').replace('>', '&gt;') +
             '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
             'border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
             full4.replace('\n', '<br>') + '</blockquote></div>\n')
    body = alt(part(full5, cte='base64'), part(html5, 'html', cte='base64'),
               boundary=gmail_boundary())
    h = gmail_sent(d4, me_h, 'Amazon Web Services <%s>' % form, 'Re: ' + subj,
                   irt=mid4, refs=mid2 + ' ' + mid3 + ' ' + mid4, tz=CHI)
    emit('sent-daniel-details-correct', h, body, 'unrelated', cid, t5, None, 'en')

    # 6 -- thanks, we will proceed (wrong charset label: utf-8 bytes as latin-1)
    d5 = dt('2025-03-13 08:31:20')
    t6 = ("Hello Daniel,\n\n"
          "Thank you for confirming \u2014 that\u2019s all we needed.\n\n"
          "I\u2019ve submitted the request to our certification team. Once the merge is "
          "complete we will send you a separate email; this normally takes 2\u20133 business "
          "days. You don\u2019t need to do anything in the meantime, but please don\u2019t "
          "schedule any exams on the old account while the request is being processed.\n\n"
          "Best regards,\n\n"
          "Joseph\n"
          "AWS Training and Certification Customer Support\n")
    body = part(t6, charset='utf-8', label='iso-8859-1', cte='quoted-printable')
    h = aws_in('gmail', me, d5, subj)
    emit('agent-thanks-will-proceed-mislabelled', h, body, 'support_reply', cid, t6,
         True, 'en')

    # 7 -- merge completed
    d6 = dt('2025-03-14 16:47:02')
    t7 = ("Hello Daniel,\n\n"
          "Good news: our certification team has finished combining your accounts. All "
          "certifications, exam history and benefits previously held under AWS04418826 now "
          "live on your account AWS07731952, and the old account has been deactivated.\n\n"
          "A few things to check:\n"
          "- Sign in to your AWS Certification account with daniel.okafor87@gmail.com and make "
          "sure all of your certifications are listed.\n"
          "- Unused benefits, such as the 50% discount voucher for your next exam, should show "
          "under Benefits.\n"
          "- Your digital badges will be re-issued by Credly to the address on file. This can "
          "take up to 5 business days.\n\n"
          "If anything looks wrong, just reply to this email.\n\n"
          "Best regards,\n\n"
          "Priyanka S.\n"
          "AWS Training and Certification Customer Support\n")
    body = alt(part(t7), part(text2html(t7), 'html'), boundary=ses_boundary())
    h = aws_in('gmail', me, d6, subj)
    emit('agent-accounts-combined', h, body, 'merge_completed', cid, t7, True, 'en')

    # 8 -- survey (HTML only)
    d7 = dt('2025-03-15 16:50:13')
    html8 = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and '
             'Certification</title></head><body style="margin:0;background:#f2f3f3">'
             '<table width="600" align="center" cellpadding="0" cellspacing="0" '
             'style="background:#ffffff;font-family:Arial,sans-serif;color:#16191f">'
             '<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/'
             'logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>'
             '<tr><td style="padding:24px;font-size:14px;line-height:20px">'
             '<p>Hello Daniel,</p>'
             '<p>Your case <b>%s</b> has been marked as resolved. We hope we were able to '
             'help.</p><p>Was your issue resolved?</p>'
             '<p><a href="https://survey.training.aws/s/?case=%s&amp;r=1" style="background:#ec7211;'
             'color:#fff;padding:8px 18px;text-decoration:none">YES</a>&nbsp;&nbsp;'
             '<a href="https://survey.training.aws/s/?case=%s&amp;r=0" style="background:#545b64;'
             'color:#fff;padding:8px 18px;text-decoration:none">NO</a></p>'
             '<p>Your feedback takes less than a minute and helps us improve AWS Training and '
             'Certification support.</p><p>Thank you,<br>AWS Training and Certification</p>'
             '</td></tr><tr><td style="padding:16px;font-size:11px;color:#687078">'
             'If you need further help with this request, reply to this email within 14 days '
             'and your case will be reopened.<br>Amazon Web Services, Inc., 410 Terry Ave. North, '
             'Seattle, WA 98109</td></tr></table></body></html>\n') % (cid, cid, cid)
    body = part(html8, 'html', cte='quoted-printable')
    h = aws_in('gmail', me, d7, 'We\'d like your feedback on case %s' % cid)
    emit('case-resolved-feedback', h, body, 'survey', cid, html8, True, 'en')

    # 9 -- Credly badge
    d8 = dt('2025-03-18 21:12:40')
    bid = '%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12))
    t9 = ("Daniel,\n\n"
          "Amazon Web Services Training and Certification has issued you a badge: "
          "AWS Certified Solutions Architect \u2013 Associate.\n\n"
          "Accept your badge to add it to your profile and share it with your network:\n"
          "https://www.credly.com/earner/earned/badge/%s\n\n"
          "Why accept? Verified digital badges let employers and peers see exactly what you "
          "did to earn them.\n\n"
          "Questions? Visit https://support.credly.com\n\n"
          "Credly, Inc. | 10 Hudson Yards, New York, NY 10001\n"
          "You are receiving this email because a badge was issued to daniel.okafor87@gmail.com. "
          "Manage your notification settings: https://www.credly.com/notification_settings\n") % bid
    html9 = ('<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">'
             '<table width="560" align="center" style="background:#fff;padding:24px">'
             '<tr><td><img src="https://images.credly.com/size/220x220/images/%s/image.png" '
             'width="110" alt="AWS Certified Solutions Architect &ndash; Associate"></td></tr>'
             '<tr><td><h2>Daniel, you earned a new badge!</h2><p>Amazon Web Services Training '
             'and Certification has issued you a badge: <b>AWS Certified Solutions Architect '
             '&ndash; Associate</b>.</p><p><a href="https://www.credly.com/earner/earned/badge/%s"'
             ' style="background:#0a66c2;color:#fff;padding:12px 24px;border-radius:4px;'
             'text-decoration:none">Accept your badge</a></p></td></tr><tr><td style="font-size:'
             '11px;color:#777">Credly, Inc. | 10 Hudson Yards, New York, NY 10001<br>'
             '<a href="https://www.credly.com/notification_settings">Notification settings</a>'
             '</td></tr></table></body></html>\n') % (hx(8) + '-' + hx(4), bid)
    body = alt(part(t9), part(html9, 'html'), boundary=hx(28))
    subj9 = ew('Daniel, you\u2019ve been issued a badge: AWS Certified Solutions '
               'Architect \u2013 Associate', 'utf-8', 'Q')
    h = credly_in('gmail', me, d8, subj9)
    emit('credly-saa-issued', h, body, 'credly_badge_issued', None, t9, True, 'en')


def yj(to, env, ip, helo, d, ar=None, from_dom='amazon.com', doms=('amazon.com',)):
    """Yahoo! JAPAN mailbox trace."""
    host = 'mta%d.mail.kks.yahoo.co.jp' % rng.randint(5001, 5040)
    if ar is None:
        ar = ('%s;\n spf=pass smtp.mailfrom=%s;\n dkim=pass header.d=%s;\n'
              ' dmarc=pass header.from=%s' % (host, env.split('@')[1], doms[0], from_dom))
    return [
        ('Return-Path', '<%s>' % env),
        ('Authentication-Results', ar),
        ('Received', 'from %s (EHLO %s) (%s)\n  by %s with SMTPS; %s'
         % (ip, helo, ip, host, rfc(d + timedelta(seconds=2), JST))),
        ('X-Apparently-To', '%s; %s' % (to, rfc(d + timedelta(seconds=2), JST))),
        ('X-Originating-IP', '[%s]' % ip),
        ('X-YMailISG', b64r(60)),
    ]


def case_b():
    """Yuki Yamada, Yahoo! JAPAN, console desk, Japanese, 15-digit id."""
    me = 'yyamada_0412@yahoo.co.jp'
    d0 = dt('2025-05-27 23:02:10')
    cid = case15(d0, 20458)
    link = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % cid
    subj_jp = '認定アカウントの統合のお願い'

    # 10 -- case opened (ISO-2022-JP)
    t = ("Amazon Web Services をご利用いただき、ありがとうございます。\n\n"
         "お客様のお問い合わせに対応するため、ケース %s をオープンしました。\n\n"
         "ケース ID: %s\n"
         "件名: %s\n"
         "重要度: 一般的なガイダンス\n"
         "ケースの内容:\n"
         "お世話になっております。AWS 認定のアカウントが複数あるため、統合をお願いしたく"
         "ご連絡いたしました。\n"
         "現在利用しているアカウントは AWS16604419、学生時代に大学のメールアドレスで作成した"
         "アカウントは AWS11820374 です。\n"
         "よろしくお願いいたします。\n\n"
         "サポートセンターでケースを表示したり、このケースに返信したりするには、次のリンクを"
         "クリックしてください。\n%s\n\n"
         "注意: このメールアドレスは返信を受け付けていません。ケースへの返信はサポートセンター"
         "から行ってください。\n\n"
         "Amazon Web Services\n") % (cid, cid, subj_jp, link)
    html = text2html(t).replace('charset=utf-8', 'charset=iso-2022-jp')
    body = alt(part(t, charset='iso-2022-jp', cte='7bit'),
               part(html, 'html', charset='iso-2022-jp', cte='7bit'),
               boundary=ses_boundary())
    subj = ew('Amazon Web Services: 新しいサポートケースがオープンされました: %s' % cid,
              'iso-2022-jp')
    h = aws_in(yj, me, d0 + timedelta(seconds=21), subj, sender=CONSOLE)
    emit('console-case-opened-ja', h, body, 'case_created', cid, t, True, 'ja')

    # 11 -- new correspondence notice
    d1 = dt('2025-05-29 02:10:47')
    t2 = ("Amazon Web Services をご利用いただき、ありがとうございます。\n\n"
          "ケース %s に新しい返信が追加されました。\n\n"
          "返信の内容を確認するには、サポートセンターにサインインしてください。\n%s\n\n"
          "このメールは送信専用のアドレスから送信されています。\n\n"
          "Amazon Web Services\n") % (cid, link)
    body = part(t2, charset='utf-8', cte='base64')
    h = aws_in(yj, me, d1, ew('[ケース %s] 新しい返信が追加されました' % cid, 'utf-8'),
               sender=CONSOLE)
    emit('console-new-reply-notice-ja', h, body, 'support_reply', cid, t2, True, 'ja')

    # 12 -- agent asks about a third account
    d2 = d1 + timedelta(seconds=3)
    t3 = ("山田 由紀 様\n\n"
          "Amazon Web Services をご利用いただき、誠にありがとうございます。\n"
          "AWS トレーニングと認定カスタマーサポートの佐々木でございます。\n\n"
          "このたびは認定アカウントの統合についてお問い合わせいただき、ありがとうございます。\n\n"
          "ご申告いただいた 2 つのアカウント（AWS11820374、AWS16604419）を確認いたしましたところ、"
          "同じお名前とご住所で登録された別のアカウント AWS-20095561 も見つかりました。\n\n"
          "恐れ入りますが、以下の点についてご教示いただけますでしょうか。\n\n"
          "1. AWS-20095561 もお客様ご本人のアカウントでお間違いないでしょうか。また、統合の対象に"
          "含めてもよろしいでしょうか。\n"
          "2. 各アカウントのサインインに使用されているメールアドレス\n"
          "3. 統合後に残すアカウント（ご希望がございましたら）\n\n"
          "お手数をおかけいたしますが、サポートセンターのケースよりご返信いただけますと幸いです。\n\n"
          "何卒よろしくお願い申し上げます。\n\n"
          "佐々木\n"
          "Amazon Web Services\n\n"
          "お客様のご意見をお聞かせください。このやり取りについての評価は、以下のリンクから"
          "お願いいたします。\n"
          "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja"
          "&rating=1\n\n"
          "ケースにアクセスするには、次のリンクをクリックしてください。\n%s\n") % (cid, link)
    body = alt(part(t3, cte='base64'), part(text2html(t3), 'html', cte='base64'),
               boundary=ses_boundary())
    h = aws_in(yj, me, d2, 'RE:[CASE %s] %s' % (cid, ew(subj_jp, 'utf-8')), sender=CONSOLE)
    emit('agent-ja-asks-third-account', h, body, 'support_reply', cid, t3, True, 'ja')

    # 13 -- detour: Credly expiry reminder (genuine Credly, not a badge issue)
    d3 = dt('2025-05-30 14:05:09')
    t4 = ("Hi Yuki,\n\n"
          "Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training "
          "and Certification, will expire on July 29, 2025.\n\n"
          "To keep your badge active, check the issuer's recertification requirements:\n"
          "https://www.credly.com/org/amazon-web-services/badge/aws-certified-cloud-practitioner\n\n"
          "View your badge: https://www.credly.com/badges/%s\n\n"
          "Credly, Inc. | 10 Hudson Yards, New York, NY 10001\n"
          "Unsubscribe from expiration reminders: https://www.credly.com/notification_settings\n"
          ) % ('%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12)))
    body = alt(part(t4), part(text2html(t4), 'html'), boundary=hx(28))
    h = credly_in(yj, me, d3, 'Your AWS Certified Cloud Practitioner badge expires in 60 days',
                  sender=('Credly', 'admin@credly.com'))
    emit('credly-expiry-reminder', h, body, 'unrelated', None, t4, True, 'en')

    # 14 -- confirmation request (Shift_JIS, base64)
    d4 = dt('2025-06-01 01:31:55')
    t5 = ("山田 様\n\n"
          "いつもお世話になっております。\n"
          "AWS トレーニングと認定カスタマーサポートの佐々木でございます。\n\n"
          "ご回答いただき、誠にありがとうございます。いただいた情報をもとに、以下の内容で"
          "アカウント統合の手続きを進める予定でございます。\n\n"
          "■ 統合後も残るアカウント（統合先）\n"
          "　AWS16604419 ／ yyamada_0412@yahoo.co.jp\n"
          "■ 統合されるアカウント（統合元）\n"
          "　AWS11820374 ／ m19yy042@st.kitanosato-tech.ac.jp\n"
          "　AWS20095561 ／ yuki.y.0412@gmail.com\n\n"
          "統合元アカウントの認定資格、試験履歴および特典はすべて統合先アカウントへ移行され、"
          "統合元アカウントは無効となります。なお、統合は一度実施いたしますと元に戻すことが"
          "できませんので、あらかじめご了承ください。\n\n"
          "上記の内容でお間違いがなければ、サポートセンターのケースより「上記の内容で統合を"
          "お願いします」とご返信いただけますでしょうか。ご確認をいただき次第、手続きを開始"
          "いたします。\n\n"
          "よろしくお願い申し上げます。\n\n"
          "佐々木\n"
          "Amazon Web Services\n\n"
          "ケースにアクセスするには、次のリンクをクリックしてください。\n%s\n") % link
    body = part(t5, charset='shift_jis', cte='base64')
    h = aws_in(yj, me, d4, 'RE:[CASE %s] %s' % (cid, ew(subj_jp, 'iso-2022-jp')),
               sender=CONSOLE)
    emit('agent-ja-confirm-three-into-one', h, body, 'merge_confirmation_requested', cid,
         t5, True, 'ja')

    # 15 -- completed + closing (closure that also says done)
    d5 = dt('2025-06-03 06:12:30')
    t6 = ("山田 様\n\n"
          "お世話になっております。AWS トレーニングと認定カスタマーサポートの佐々木でございます。\n\n"
          "お待たせいたしました。ご依頼いただいておりましたアカウントの統合作業が完了いたしました"
          "ことをご報告いたします。AWS11820374 および AWS20095561 の認定資格と試験履歴は、"
          "すべて AWS16604419 に移行済みでございます。\n\n"
          "お手数ですが、yyamada_0412@yahoo.co.jp で AWS Certification アカウントにサインインし、"
          "認定資格と特典（次回の試験の 50%% 割引バウチャーなど）が表示されていることをご確認ください。"
          "Credly のデジタルバッジは、数日以内に改めて発行されます。\n\n"
          "本件はこれにて解決とさせていただき、ケースをクローズいたします。ご不明な点がございましたら、"
          "サポートセンターからケースを再開してください。\n\n"
          "このたびはご協力いただき、誠にありがとうございました。\n\n"
          "佐々木\n"
          "Amazon Web Services\n\n"
          "ケースにアクセスするには、次のリンクをクリックしてください。\n%s\n") % link
    body = alt(part(t6, cte='quoted-printable'), part(text2html(t6), 'html', cte='quoted-printable'),
               boundary=ses_boundary())
    h = aws_in(yj, me, d5, 'RE:[CASE %s] %s' % (cid, ew(subj_jp, 'utf-8')), sender=CONSOLE)
    emit('agent-ja-merge-done-closing', h, body, 'merge_completed', cid, t6, True, 'ja')

    # 16 -- survey (HTML only, utf-8 QP)
    d6 = d5 + timedelta(minutes=2, seconds=11)
    html7 = ('<html><head><meta charset="utf-8"></head><body style="font-family:\'Meiryo\','
             'sans-serif;font-size:14px">'
             '<p>Amazon Web Services をご利用いただき、ありがとうございます。</p>'
             '<p>サポートケース <b>%s</b>（%s）は解決済みとしてクローズされました。</p>'
             '<p>今回のサポートの対応について、ご意見をお聞かせください。<br>'
             '問題は解決しましたか？</p>'
             '<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;'
             'resolved=yes">はい</a> ｜ <a href="https://console.aws.amazon.com/support/'
             'feedback?displayId=%s&amp;resolved=no">いいえ</a></p>'
             '<p>アンケートへのご協力をお願いいたします（所要時間 1 分程度）。</p>'
             '<p>Amazon Web Services</p>'
             '<p style="font-size:11px;color:#777">このメールは送信専用です。ご返信いただいても'
             'お答えできません。</p></body></html>\n') % (cid, subj_jp, cid, cid)
    body = part(html7, 'html', cte='quoted-printable')
    h = aws_in(yj, me, d6, ew('ケース %s のアンケートにご協力ください' % cid, 'utf-8', 'Q'),
               sender=CONSOLE)
    emit('console-survey-ja', h, body, 'survey', cid, html7, True, 'ja')

    # 17 -- Credly re-issued badge
    d7 = dt('2025-06-05 10:44:18')
    bid = '%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12))
    t8 = ("Yuki,\n\n"
          "Your badge is ready to accept!\n\n"
          "Amazon Web Services Training and Certification has issued you the "
          "AWS Certified Developer - Associate badge.\n\n"
          "Accept badge: https://www.credly.com/earner/earned/badge/%s\n\n"
          "Once accepted, you can share your badge on LinkedIn, add it to your email "
          "signature or download a PDF certificate.\n\n"
          "Credly, Inc. | 10 Hudson Yards, New York, NY 10001\n"
          "https://www.credly.com/notification_settings\n") % bid
    html8 = text2html(t8).replace('Accept badge: ', '<a href="https://www.credly.com/earner/'
                                  'earned/badge/%s">Accept your badge</a><br>' % bid)
    body = alt(part(t8), part(html8, 'html'), boundary=hx(28))
    h = credly_in(yj, me, d7, 'Yuki, your AWS Certified Developer - Associate badge is ready')
    emit('credly-dva-ready', h, body, 'credly_badge_issued', None, t8, True, 'en')


def outlook_sent(d, frm, to, subject, irt=None, refs=None, tz=None, lang='en-GB',
                 topic=None):
    """Headers of an item in the Outlook.com Sent Items folder."""
    mid = '<%s%s@%s.eurprd08.prod.outlook.com>' % ('DB9PR08MB', hx(4).upper() + hx(11).upper()
                                                    , 'DB9PR08MB' + str(rng.randint(1000, 9999)))
    h = [('From', frm), ('To', to), ('Subject', subject),
         ('Thread-Topic', topic or subject.replace('RE: ', '', 1)),
         ('Thread-Index', 'A' + b64r(31) + '=='),
         ('Date', rfc(d, tz)), ('Message-ID', mid)]
    if refs:
        h.append(('References', refs))
    if irt:
        h.append(('In-Reply-To', irt))
    h += [('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang),
          ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
          ('x-ms-publictraffictype', 'Email'),
          ('x-ms-traffictypediagnostic', 'DB9PR08MB%d:EE_|AS8PR08MB%d:EE_' % (
              rng.randint(1000, 9999), rng.randint(1000, 9999))),
          ('__MIME__', None)]
    return h, mid


def mid_of(h):
    return [v for k, v in h if k == 'Message-ID'][0]


def case_c():
    """Priya Raman, outlook.com, form desk, 11-digit id (2023), non-native agent;
    detour: wrong survivor, correction, chaser."""
    me = 'priya.raman@outlook.com'
    me_h = 'Priya Raman <%s>' % me
    LON = ZoneInfo('Europe/London')
    form = 'aws-cs-trainingcertification-form@amazon.com'
    cid = '13017742961'
    subj = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid
    awsname = 'Amazon Web Services <%s>' % form

    # 18 -- ack, plain text only
    d0 = dt('2023-06-12 06:48:10')
    t = ("Greetings from AWS Training and Certification,\n\n"
         "We've received your inquiry and created case %s. Our support team will respond "
         "to you within 1 business day.\n\n"
         "To help us serve you better, please do not create a new case for this same issue. "
         "If you have additional information, reply directly to this message.\n\n"
         "Your inquiry:\n"
         "Category: Certification\n"
         "Sub-category: Account Merge\n"
         "Candidate ID: AWS09983106\n"
         "Comments: I have 2 accounts and would like them merged into one. Old one is "
         "AWS02275518.\n\n"
         "Thank you,\n"
         "AWS Training and Certification\n") % cid
    body = part(t, charset='us-ascii', cte='7bit')
    h = aws_in('outlook', me, d0, '[CASE %s] [AWS Training and Certification Form Submission]'
               ' - account-assistance' % cid)
    emit('form-ack-priya', h, body, 'case_created', cid, t, True, 'en')

    # 19 -- agent asks reason + login emails
    d1 = dt('2023-06-14 11:20:33')
    t2 = ("Dear Priya,\n\n"
          "Greetings of the day!\n\n"
          "Thank you for contacting AWS Training and Certification Support. My name is Karthik "
          "and I will be assisting you on this case.\n\n"
          "I understand that you wish to merge your two AWS Certification accounts. I will be "
          "glad to help you on this.\n\n"
          "In order to proceed further, kindly provide us below details:\n"
          "- Registered email address of both the accounts\n"
          "- Reason for the account merge request (for example: changed employer, duplicate "
          "account created by mistake)\n\n"
          "Please note that as per our policy we can able to merge only the accounts which are "
          "belonging to same candidate, with same first and last name.\n\n"
          "Awaiting for your response.\n\n"
          "Regards,\n"
          "Karthik R.\n"
          "AWS Training & Certification Support\n")
    body = alt(part(t2), part(text2html(t2), 'html'), boundary=ses_boundary())
    h = aws_in('outlook', me, d1, subj)
    m19 = mid_of(h)
    emit('agent-asks-reason-and-emails', h, body, 'support_reply', cid, t2, True, 'en')

    # 20 -- Priya's answer (Outlook Sent)
    d2 = dt('2023-06-14 18:05:41')
    t3 = ("Hi Karthik,\n\n"
          "Thanks for getting back to me.\n\n"
          "Account 1: AWS02275518 - registered with priya.raman@kestrelsoft.co.uk (my old work "
          "email, I left Kestrel in 2021)\n"
          "Account 2: AWS09983106 - registered with priya.raman@outlook.com\n\n"
          "Reason: I took my first exam through my employer and they created the account with "
          "my work email. When I took the SAA exam on my own I could not log in to the old one, "
          "so I created a new account.\n\n"
          "Kind regards,\nPriya\n")
    qh = ("________________________________\n"
          "From: Amazon Web Services <%s>\n"
          "Sent: Wednesday, June 14, 2023 12:20 PM\n"
          "To: priya.raman@outlook.com <priya.raman@outlook.com>\n"
          "Subject: %s\n\n") % (form, subj)
    full = t3 + '\n' + qh + t2
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii">'
            '</head><body><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
            'font-size: 12pt;">' + t3.replace('\n', '<br>\n') + '</div>'
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
            '<b>From:</b> Amazon Web Services &lt;' + form + '&gt;<br><b>Sent:</b> Wednesday, June 14, '
            '2023 12:20 PM<br><b>To:</b> priya.raman@outlook.com &lt;priya.raman@outlook.com&gt;<br>'
            '<b>Subject:</b> ' + subj + '</font><div>&nbsp;</div></div><div>' +
            t2.replace('\n', '<br>\n') + '</div></body></html>\n')
    h, m20 = outlook_sent(d2, me_h, awsname, 'RE: ' + subj, irt=m19, refs=m19, tz=LON)
    body = alt(part(full, charset='us-ascii', cte='quoted-printable'),
               part(html, 'html', charset='us-ascii', cte='quoted-printable'),
               boundary=outlook_boundary(m20))
    emit('sent-priya-emails-and-reason', h, body, 'unrelated', cid, t3, None, 'en')

    # 21 -- confirmation request with the wrong survivor
    d3 = dt('2023-06-15 09:02:17')
    t4 = ("Dear Priya,\n\n"
          "Thank you for the information.\n\n"
          "As per the details shared, please find below the merge details:\n\n"
          "Primary account (will be retained): AWS02275518 - priya.raman@kestrelsoft.co.uk\n"
          "Secondary account (will be merged and deactivated): AWS09983106 - "
          "priya.raman@outlook.com\n\n"
          "Kindly note that account merge is irreversible process, once done it cannot be "
          "undone. Post merge you will use the primary account credentials to login.\n\n"
          "Request you to please reply back with your confirmation on above so that we can "
          "proceed further.\n\n"
          "Regards,\n"
          "Karthik R.\n"
          "AWS Training & Certification Support\n")
    body = alt(part(t4), part(text2html(t4), 'html'), boundary=ses_boundary())
    h = aws_in('outlook', me, d3, subj)
    m21 = mid_of(h)
    emit('agent-confirm-wrong-survivor', h, body, 'merge_confirmation_requested', cid, t4,
         True, 'en')

    # 22 -- Priya corrects (Sent, Outlook desktop style quote header)
    d4 = dt('2023-06-15 09:47:02')
    t5 = ("Hi Karthik,\n\n"
          "Sorry, I think there is a mix-up. I'd like to keep AWS09983106 "
          "(priya.raman@outlook.com). I no longer have access to the Kestrel mailbox, so if that "
          "one is kept I won't be able to log in at all. Please merge AWS02275518 into "
          "AWS09983106 instead.\n\n"
          "Could you send me the updated details so I can confirm?\n\n"
          "Thanks,\nPriya\n")
    qh5 = ("From: Amazon Web Services <%s>\n"
           "Sent: Thursday, June 15, 2023 10:02 AM\n"
           "To: priya.raman@outlook.com\n"
           "Subject: %s\n\n") % (form, subj)
    full5 = t5 + '\n' + qh5 + t4
    html5 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
             '</head><body lang="EN-GB"><div class="WordSection1"><p class="MsoNormal">' +
             t5.replace('\n\n', '</p><p class="MsoNormal">').replace('\n', '<br>') +
             '</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             '<p class="MsoNormal"><b>From:</b> Amazon Web Services &lt;' + form + '&gt; <br><b>Sent:'
             '</b> Thursday, June 15, 2023 10:02 AM<br><b>To:</b> priya.raman@outlook.com<br>'
             '<b>Subject:</b> ' + subj + '</p></div><p class="MsoNormal">' +
             t4.replace('\n', '<br>') + '</p></div></body></html>\n')
    h, m22 = outlook_sent(d4, me_h, awsname, 'RE: ' + subj, irt=m21, refs=m19 + ' ' + m20 + ' ' + m21,
                          tz=LON)
    body = alt(part(full5, cte='quoted-printable'), part(html5, 'html', cte='quoted-printable'),
               boundary=outlook_boundary(m22))
    emit('sent-priya-wrong-direction-fix', h, body, 'unrelated', cid, t5, None, 'en')

    # 23 -- corrected confirmation request, with nested quote
    d5 = dt('2023-06-16 07:45:50')
    t6 = ("Dear Priya,\n\n"
          "Apologies for the confusion caused. Please find below the corrected details:\n\n"
          "Account to be retained: AWS09983106 (priya.raman@outlook.com)\n"
          "Account to be merged: AWS02275518 (priya.raman@kestrelsoft.co.uk)\n\n"
          "All the certifications and exam history from the merged account will be moved to the "
          "retained account. Kindly note that this action cannot be reversed.\n\n"
          "Please confirm if we can go ahead with the merge.\n\n"
          "Regards,\n"
          "Karthik R.\n"
          "AWS Training & Certification Support\n")
    q6 = ("\nOn 15/06/2023 09:47, Priya Raman wrote:\n" + quote(t5) + "\n>\n" +
          quote(qh5.rstrip('\n')) + "\n>\n" + quote(quote(t4)) + "\n")
    full6 = t6 + q6
    body = alt(part(full6), part(text2html(full6), 'html'), boundary=ses_boundary())
    h = aws_in('outlook', me, d5, subj)
    m23 = mid_of(h)
    emit('agent-confirm-corrected-direction', h, body, 'merge_confirmation_requested', cid,
         t6, True, 'en')

    # 24 -- chaser, quoting the confirmation request
    d6 = dt('2023-06-21 10:00:15')
    t7 = ("Dear Priya,\n\n"
          "This is a gentle reminder regarding your case %s.\n\n"
          "We have not yet received a response on the details shared in our previous email. As "
          "we need your explicit go-ahead before taking any action, request you to please "
          "respond at the earliest.\n\n"
          "If we do not hear back from you within 3 business days, the case will be "
          "auto-resolved. You can still reopen it by replying to this email.\n\n"
          "Regards,\n"
          "Karthik R.\n"
          "AWS Training & Certification Support\n") % cid
    full7 = t7 + "\n---- Original Message ----\nFrom: Amazon Web Services\nDate: 2023-06-16 07:45\n\n" + t6
    body = alt(part(full7), part(text2html(full7), 'html'), boundary=ses_boundary())
    h = aws_in('outlook', me, d6, subj)
    m24 = mid_of(h)
    emit('agent-reminder-no-response', h, body, 'support_reply', cid, t7, True, 'en')

    # 25 -- Priya confirms from Outlook for Android
    d7 = dt('2023-06-21 19:12:08')
    t8 = ("Hi Karthik, apologies for the delay, I was travelling. Yes, I confirm the details "
          "are correct - please go ahead and merge AWS-02275518 into AWS-09983106.\n\n"
          "Thanks\nPriya\n\n"
          "Get Outlook for Android<https://aka.ms/AAb9ysg>\n")
    qh8 = ("________________________________\n"
           "From: Amazon Web Services <%s>\n"
           "Sent: Wednesday, June 21, 2023 11:00:15 AM\n"
           "To: priya.raman@outlook.com <priya.raman@outlook.com>\n"
           "Subject: %s\n\n") % (form, subj)
    full8 = t8 + qh8 + full7
    html8 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
             '</head><body><div dir="auto">' + t8.replace('\n', '<br>') + '</div><hr>'
             '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Amazon Web Services &lt;' + form +
             '&gt;<br><b>Sent:</b> Wednesday, June 21, 2023 11:00:15 AM<br><b>To:</b> '
             'priya.raman@outlook.com<br><b>Subject:</b> ' + subj + '</div><div>' +
             full7.replace('\n', '<br>') + '</div></body></html>\n')
    h, m25 = outlook_sent(d7, me_h, awsname, 'Re: ' + subj, irt=m24,
                          refs=' '.join([m19, m20, m21, m22, m23, m24]), tz=LON)
    body = alt(part(full8, cte='base64'), part(html8, 'html', cte='base64'),
               boundary=outlook_boundary(m25))
    emit('sent-priya-confirms-from-phone', h, body, 'unrelated', cid, t8, None, 'en')

    # 26 -- completed
    d8 = dt('2023-06-23 13:30:41')
    t9 = ("Dear Priya,\n\n"
          "Thank you for your patience.\n\n"
          "We are pleased to inform you that the requested merge has been successfully "
          "processed. All your certifications are now available under candidate ID "
          "AWS09983106, and the account AWS02275518 has been deactivated and can no longer be "
          "accessed.\n\n"
          "Please allow 24-48 hours for the changes to be reflected in Credly. Your login "
          "remains priya.raman@outlook.com.\n\n"
          "Please let us know if you need any further assistance.\n\n"
          "Regards,\n"
          "Karthik R.\n"
          "AWS Training & Certification Support\n")
    body = alt(part(t9), part(text2html(t9), 'html'), boundary=ses_boundary())
    h = aws_in('outlook', me, d8, subj)
    emit('agent-merge-processed', h, body, 'merge_completed', cid, t9, True, 'en')


def case_d():
    """Marco Rossi, Google Workspace, console desk, English, 10-digit id (2020)."""
    me = 'marco.rossi@rossi-cloudlab.it'
    cid = '7293018841'
    link = 'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % cid
    csubj = 'Merge two AWS Certification accounts'
    foot = ("\n\nWe value your feedback. Please share your experience by rating this "
            "correspondence using the AWS Support Center link at the end of this "
            "correspondence. Each correspondence can also be rated by selecting the stars in "
            "top right corner of each correspondence within the AWS Support Center.\n\n"
            "Amazon Web Services, Inc. and affiliates\n\n"
            "====================================================\n\n"
            "To see all the correspondence for this case, please visit:\n%s\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming "
            "e-mail. Please use the link above if you need to contact us again about this same "
            "issue.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a "
            "registered trademark of Amazon.com, Inc. This message was produced and distributed "
            "by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n") % link

    # 27 -- case opened (HTML only)
    d0 = dt('2020-09-14 07:55:02')
    html = ('<html><body style="font-family:Arial;font-size:13px">'
            '<p>Thank you for contacting Amazon Web Services. We have opened case %s to address '
            'your issue.</p><p>The details of your case are as follows:</p>'
            '<p>Case ID: %s<br>Subject: %s<br>Severity: General guidance<br>'
            'Correspondence: Hello, I have two certification accounts, AWS00561273 (created by '
            'my former employer) and AWS03390847. Can you please merge them so that all my '
            'certifications are in one place? Thanks, Marco Rossi</p>'
            '<p>To view your case or to reply, please visit the Support Center:<br>'
            '<a href="%s">%s</a></p>'
            '<p>*Please note: this e-mail was sent from an address that cannot accept incoming '
            'e-mail. Please use the link above if you need to contact us again about this same '
            'issue.</p><p>Amazon Web Services</p></body></html>\n') % (cid, cid, csubj, link, link)
    body = part(html, 'html', cte='quoted-printable')
    h = aws_in('gmail', me, d0, 'Amazon Web Services: You have opened a new Support case: %s'
               % cid, sender=CONSOLE)
    emit('console-case-opened-marco', h, body, 'case_created', cid, html, True, 'en')

    # 28 -- confirmation request (console)
    d1 = dt('2020-09-15 10:12:45')
    t2 = ("Hello Marco,\n\n"
          "Thank you for contacting AWS Support. I understand you would like to combine your two "
          "certification profiles into one.\n\n"
          "I have verified that both profiles are under your name. Before I forward this to the "
          "Certification team, could you please confirm the following is what you want:\n\n"
          "- Keep: AWS03390847 (marco.rossi@rossi-cloudlab.it)\n"
          "- Fold into the above and close: AWS00561273 (m.rossi@datacorp-italia.it)\n\n"
          "Please be aware that this action is permanent. Kindly reply to this case through the "
          "Support Center with \"I confirm\" if the above is correct.\n\n"
          "Best regards,\n\n"
          "Emily D.\n"
          "Amazon Web Services") + foot
    body = alt(part(t2), part(text2html(t2), 'html'), boundary=ses_boundary())
    h = aws_in('gmail', me, d1, 'RE:[CASE %s] %s' % (cid, csubj), sender=CONSOLE)
    emit('console-agent-asks-i-confirm', h, body, 'merge_confirmation_requested', cid, t2,
         True, 'en')

    # 29 -- detour: GitHub merged PR
    d2 = dt('2020-09-15 16:20:11')
    t3 = ("Merged #482 into main.\n\n"
          "\u2014\n"
          "You are receiving this because you were mentioned.\n"
          "Reply to this email directly, view it on GitHub:\n"
          "https://github.com/rossi-cloudlab/terraform-modules/pull/482#event-%d\n") % rng.randint(3700000000, 3799999999)
    html3 = ('<p></p><p>Merged <a class="issue-link js-issue-link" href="https://github.com/'
             'rossi-cloudlab/terraform-modules/pull/482">#482</a> into main.</p>\n<p style="font-size'
             ':small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />You are receiving this '
             'because you were mentioned.<br />Reply to this email directly, <a href="https://github.'
             'com/rossi-cloudlab/terraform-modules/pull/482">view it on GitHub</a>.</p>\n')
    body = alt(part(t3, cte='7bit' if False else 'quoted-printable'), part(html3, 'html', cte='7bit'),
               boundary='--==_mimepart_%s_%d' % (hx(13), rng.randint(10000, 99999)))
    own = [('Reply-To', 'rossi-cloudlab/terraform-modules <reply+%s@reply.github.com>' % an(40)),
           ('In-Reply-To', '<rossi-cloudlab/terraform-modules/pull/482@github.com>'),
           ('References', '<rossi-cloudlab/terraform-modules/pull/482@github.com>'),
           ('List-ID', 'rossi-cloudlab/terraform-modules <terraform-modules.rossi-cloudlab.github.com>'),
           ('X-GitHub-Reason', 'mention')]
    h = other_in('gmail', me, d2, 'Luca Bianchi <notifications@github.com>',
                 'Re: [rossi-cloudlab/terraform-modules] Merge certification pipeline fixes (PR #482)',
                 'github.com', '192.30.252.%d' % rng.randint(190, 210),
                 'out-%d.smtp.github.com' % rng.randint(20, 28),
                 'noreply@github.com', own=own,
                 mid='<rossi-cloudlab/terraform-modules/pull/482/issue_event/%d@github.com>'
                 % rng.randint(3700000000, 3799999999))
    emit('github-pr-merged', h, body, 'unrelated', None, t3, False, 'en')

    # 30 -- thanks for confirming, forwarded
    d3 = dt('2020-09-16 08:40:19')
    t4 = ("Hello Marco,\n\n"
          "Thank you for confirming in the Support Center. I have now forwarded your request to "
          "our Certification team, who handle the profile merges.\n\n"
          "Once they complete it, I will update this case. It typically takes 3-5 business "
          "days, and I will keep an eye on it in the meantime.\n\n"
          "Best regards,\n\n"
          "Emily D.\n"
          "Amazon Web Services") + foot
    body = alt(part(t4), part(text2html(t4), 'html'), boundary=ses_boundary())
    h = aws_in('gmail', me, d3, 'RE:[CASE %s] %s' % (cid, csubj), sender=CONSOLE)
    emit('console-agent-forwarded-to-cert-team', h, body, 'support_reply', cid, t4, True, 'en')

    # 31 -- completed (also says resolving)
    d4 = dt('2020-09-18 14:05:37')
    t5 = ("Hello Marco,\n\n"
          "I have an update from the Certification team: your profiles have been consolidated. "
          "AWS03390847 now shows all four of your certifications, and AWS00561273 has been "
          "retired, so you will no longer be able to sign in to it.\n\n"
          "Since the request has been fulfilled, I will mark this case as resolved. If anything "
          "is missing, simply reply through the Support Center and the case will reopen.\n\n"
          "Best regards,\n\n"
          "Emily D.\n"
          "Amazon Web Services") + foot
    body = alt(part(t5, cte='base64'), part(text2html(t5), 'html', cte='base64'),
               boundary=ses_boundary())
    h = aws_in('gmail', me, d4, 'RE:[CASE %s] %s' % (cid, csubj), sender=CONSOLE)
    emit('console-agent-profiles-consolidated', h, body, 'merge_completed', cid, t5, True, 'en')

    # 32 -- resolved notice / survey
    d5 = dt('2020-09-21 14:06:02')
    t6 = ("Hello,\n\n"
          "We haven't heard back from you regarding case %s (%s), so we have closed it.\n\n"
          "How would you rate the support you received? Please take our short survey:\n"
          "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&survey=true\n\n"
          "If you still need help, you can reopen the case from the Support Center within 14 "
          "days.\n\n"
          "Thank you for using Amazon Web Services.\n\n"
          "Amazon Web Services\n") % (cid, csubj, cid)
    body = alt(part(t6, charset='us-ascii', cte='7bit'), part(text2html(t6), 'html'),
               boundary=ses_boundary())
    h = aws_in('gmail', me, d5, 'Amazon Web Services: Your Support case %s has been closed' % cid,
               sender=CONSOLE)
    emit('console-case-closed-survey', h, body, 'survey', cid, t6, True, 'en')


def biglobe(to, env, ip, helo, d, ar=None, from_dom='amazon.com', doms=('amazon.com',)):
    host = 'mtac%02d.biglobe.ne.jp' % rng.randint(1, 30)
    if ar is None:
        ar = ('biglobe.ne.jp; spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s'
              ' header.s=%s;\n\tdmarc=pass header.from=%s' % (env, doms[0], an(8).lower(),
                                                           from_dom))
    return [
        ('Return-Path', '<%s>' % env),
        ('Delivered-To', to),
        ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>;'
         ' %s' % (helo, helo, ip, host, an(10), to, rfc_paren(d + timedelta(seconds=2), JST))),
        ('Authentication-Results', ar),
        ('X-Biglobe-Sender', '<%s>' % env),
    ]


def case_e():
    """Kenji Sato, biglobe.ne.jp, form desk answered in Japanese, 15-digit id."""
    me = 'k-sato@biglobe.ne.jp'
    me_h = addr('佐藤 健二', me, 'iso-2022-jp')
    d0 = dt('2025-07-02 01:15:44')
    cid = case15(d0, 7720)
    form = 'aws-cs-trainingcertification-form@amazon.com'
    base = '[AWS Training and Certification Form Submission] - account-assistance'
    subj = 'RE:[CASE %s] %s' % (cid, base)

    # 33 -- ack in Japanese
    t = ("佐藤 健二 様\n\n"
         "AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\n\n"
         "お問い合わせを受け付けました。担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。\n"
         "ケース番号: %s\n\n"
         "追加の情報がある場合は、件名のケース番号を変更せずに、このメールにご返信ください。"
         "同じ内容で新しいフォームを送信されますと、回答が遅れる場合がございます。\n\n"
         "お問い合わせ内容\n"
         "お問い合わせの種類: 認定\n"
         "詳細: アカウントの統合\n"
         "AWS 候補者 ID: AWS15542068\n"
         "内容: AWS 認定のアカウントが 2 つあります。前職で作成したアカウント（AWS13907725）を、"
         "現在のアカウントにまとめていただけますでしょうか。\n\n"
         "AWS トレーニングと認定 カスタマーサポート\n") % cid
    body = alt(part(t, cte='quoted-printable'), part(text2html(t), 'html', cte='quoted-printable'),
               boundary=ses_boundary())
    h = aws_in(biglobe, me, d0 + timedelta(seconds=44), '[CASE %s] %s' % (cid, base))
    emit('form-ack-ja-kenji', h, body, 'case_created', cid, t, True, 'ja')

    # 34 -- agent asks (ISO-2022-JP 7bit)
    d1 = dt('2025-07-03 01:21:09')
    t2 = ("佐藤 健二 様\n\n"
          "いつもお世話になっております。\n"
          "AWS トレーニングと認定カスタマーサポートの高橋と申します。\n\n"
          "このたびは、AWS13907725 と AWS15542068 の統合についてお問い合わせいただき、"
          "誠にありがとうございます。\n\n"
          "手続きを進めるにあたり、恐れ入りますが以下の点をご教示いただけますでしょうか。\n\n"
          "1. 統合後に残したいアカウントはどちらでしょうか。\n"
          "2. 各アカウントに登録されているメールアドレスをお知らせください。\n"
          "3. 前職で作成されたアカウントのメールアドレスに、現在もアクセスは可能でしょうか。\n\n"
          "本メールにそのままご返信いただければ幸いです。\n\n"
          "何卒よろしくお願いいたします。\n\n"
          "高橋\n"
          "AWS トレーニングと認定 カスタマーサポート\n")
    body = part(t2, charset='iso-2022-jp', cte='7bit')
    h = aws_in(biglobe, me, d1, subj)
    m34 = mid_of(h)
    emit('agent-ja-which-to-keep', h, body, 'support_reply', cid, t2, True, 'ja')

    # 35 -- Kenji's answer, Gmail (Japanese UI) Sent copy
    d2 = dt('2025-07-03 12:48:30')
    t3 = ("高橋様\n\n"
          "ご連絡ありがとうございます。佐藤です。\n\n"
          "1. 残したいアカウント: AWS15542068（k-sato@biglobe.ne.jp）\n"
          "2. 統合したいアカウント: aws13907725（kenji.sato@hoshimi-sys.co.jp）\n"
          "3. 前職の会社のアドレスのため、現在は受信できません。\n\n"
          "お手数をおかけしますが、よろしくお願いいたします。\n\n"
          "佐藤 健二\n")
    qh = '2025年7月3日(木) 10:21 Amazon Web Services <%s>:' % form
    full3 = t3 + '\n' + qh + '\n\n' + quote(t2) + '\n'
    html3 = ('<div dir="ltr">' + t3.replace('\n', '<br>') + '</div><br><div class="gmail_quote '
             'gmail_quote_container"><div dir="ltr" class="gmail_attr">' +
             qh.replace('<', '&lt;').replace('>', '&gt;') + '<br></div><blockquote class="gmail_'
             'quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
             'padding-left:1ex">' + t2.replace('\n', '<br>') + '</blockquote></div>\n')
    body = alt(part(full3, cte='base64'), part(html3, 'html', cte='base64'),
               boundary=gmail_boundary())
    h = gmail_sent(d2, me_h, 'Amazon Web Services <%s>' % form, 'Re: ' + subj, irt=m34,
                   refs=m34, tz=JST)
    m35 = mid_of(h)
    emit('sent-kenji-answers-ja', h, body, 'unrelated', cid, t3, None, 'ja')

    # 36 -- detour: CertMetrics survey (not the case survey)
    d3 = dt('2025-07-03 16:00:02')
    t4 = ("AWS Certification wants to hear from you\n\n"
          "Dear Kenji Sato,\n\n"
          "Thank you for being an AWS Certified individual. We are always looking for ways to "
          "improve the AWS Certification program and would appreciate a few minutes of your "
          "time to complete a short survey about your recent exam experience.\n\n"
          "Candidate ID: AWS15542068\n\n"
          "Take the survey: https://www.certmetrics.com/amazon/survey/?id=%s\n\n"
          "This survey closes on July 31, 2025.\n\n"
          "Thank you,\nAWS Training and Certification\n\n"
          "This email was sent from an unmonitored address. Please do not reply.\n") % hx(32)
    body = alt(part(t4, charset='us-ascii', cte='7bit'), part(text2html(t4), 'html', cte='quoted-printable'),
               boundary='----=_NextPart_%s' % hx(24))
    h = other_in(biglobe, me, d3, 'AWS Certification <do-not-reply@certmetrics.com>',
                 'AWS Certification wants to hear from you', 'certmetrics.com',
                 '167.89.%d.%d' % (rng.randint(1, 99), rng.randint(2, 250)),
                 'o%d.sendgrid.certmetrics.com' % rng.randint(1, 9),
                 'bounces+%d@em.certmetrics.com' % rng.randint(100000, 999999))
    emit('certmetrics-wants-to-hear', h, body, 'unrelated', None, t4, False, 'en')

    # 37 -- confirmation request (Shift_JIS, QP), agent quotes user's reply
    d4 = dt('2025-07-04 02:02:51')
    t5 = ("佐藤 健二 様\n\n"
          "いつもお世話になっております。AWS トレーニングと認定カスタマーサポートの高橋でございます。\n\n"
          "ご返信いただき、ありがとうございます。以下の内容でアカウントの統合を承ります。\n\n"
          "【統合元（無効になるアカウント）】\n"
          "候補者ID：AWS 13907725\n"
          "メールアドレス：kenji.sato@hoshimi-sys.co.jp\n\n"
          "【統合先（存続するアカウント）】\n"
          "候補者ID：AWS 15542068\n"
          "メールアドレス：k-sato@biglobe.ne.jp\n\n"
          "統合の処理を行いますと、元に戻すことはできません。\n\n"
          "お手数ではございますが、上記の内容にお間違いがないか、本メールへのご返信にてお知らせ"
          "いただけますでしょうか。ご確認をいただけましたら、統合の手続きを進めさせていただきます。\n\n"
          "よろしくお願い申し上げます。\n\n"
          "高橋\n"
          "AWS トレーニングと認定 カスタマーサポート\n")
    q5 = ("\n-----Original Message-----\n"
          "From: k-sato@biglobe.ne.jp\n"
          "Sent: 2025-07-03 12:48:30 UTC\n"
          "To: aws-cs-trainingcertification-form@amazon.com\n"
          "Subject: Re: %s\n\n" % subj) + t3
    full5 = t5 + q5
    body = part(full5, charset='shift_jis', cte='quoted-printable')
    h = aws_in(biglobe, me, d4, subj)
    m37 = mid_of(h)
    emit('agent-ja-confirm-sjis', h, body, 'merge_confirmation_requested', cid, t5, True, 'ja')

    # 38 -- Kenji confirms from iPhone (ISO-2022-JP)
    d5 = dt('2025-07-04 04:10:12')
    t6 = ("高橋様\n\n"
          "内容に相違ございません。統合を進めてください。\n"
          "The details are correct. Please proceed with the merge.\n\n"
          "佐藤\n\n"
          "iPhoneから送信\n")
    qh6 = '2025/07/04 11:02、Amazon Web Services <%s>のメール:' % form
    full6 = t6 + '\n' + qh6 + '\n\n' + quote(full5) + '\n'
    body = part(full6, charset='iso-2022-jp', cte='7bit')
    h = [('Content-Type', None)] and []
    h = [('From', me_h), ('Mime-Version', '1.0 (1.0)'), ('Subject', 'Re: ' + subj),
         ('Date', rfc(d5, JST)),
         ('Message-Id', '<%s-%s-%s-%s-%s@biglobe.ne.jp>' % (hx(8).upper(), hx(4).upper(),
                                                         hx(4).upper(), hx(4).upper(),
                                                         hx(12).upper())),
         ('References', '%s %s %s' % (m34, m35, m37)), ('In-Reply-To', m37),
         ('To', 'Amazon Web Services <%s>' % form), ('X-Mailer', 'iPhone Mail (22F76)')]
    # Apple writes its own "Mime-Version: 1.0 (1.0)"; keep only the MIME headers of the part
    body._headers = [x for x in body._headers if x[0] != 'MIME-Version']
    data_h = h + [('__MIME__', None)]
    emit('sent-kenji-iphone-proceed', data_h, body, 'unrelated', cid, t6, None, 'ja')

    # 39 -- completed (UTF-8, 8bit)
    d6 = dt('2025-07-07 05:33:40')
    t7 = ("佐藤 健二 様\n\n"
          "いつもお世話になっております。AWS トレーニングと認定カスタマーサポートの高橋でございます。\n\n"
          "大変お待たせいたしました。AWS13907725 から AWS15542068 へのアカウント統合が完了"
          "いたしましたので、ご報告申し上げます。\n\n"
          "k-sato@biglobe.ne.jp で AWS Certification アカウントにサインインし、すべての認定資格が"
          "表示されていることをご確認ください。Credly のデジタルバッジにつきましては、反映まで"
          "数日かかる場合がございます。\n\n"
          "ほかにご不明な点がございましたら、お気軽に本メールにご返信ください。\n\n"
          "高橋\n"
          "AWS トレーニングと認定 カスタマーサポート\n")
    body = part(t7, charset='utf-8', cte='8bit')
    h = aws_in(biglobe, me, d6, subj)
    emit('agent-ja-merge-finished-8bit', h, body, 'merge_completed', cid, t7, True, 'ja')


def yahoo(to, env, ip, helo, d, ar=None, from_dom='amazon.com', doms=('amazon.com',)):
    host = 'atlas%d.free.mail.ne1.yahoo.com' % rng.randint(100, 330)
    if ar is None:
        ar = ('%s;\n dkim=pass header.i=@%s header.s=%s;\n spf=pass smtp.mailfrom=%s;\n'
              ' dmarc=pass(p=%s) header.from=%s;' % (
                  host, doms[0], an(10).lower(), env.split('@')[1],
                  'REJECT' if from_dom == 'credly.com' else 'QUARANTINE', from_dom))
    return [
        ('Return-Path', '<%s>' % env),
        ('Received', 'from 10.217.136.%d\n by %s with HTTP; %s' % (
            rng.randint(2, 250), host, rfc(d + timedelta(seconds=3)))),
        ('Received', 'from %s (EHLO %s)\n by 10.217.136.%d with SMTPs\n (version=TLS1_3'
         ' cipher=TLS_AES_128_GCM_SHA256);\n %s' % (ip, helo, rng.randint(2, 250),
                                                   rfc(d + timedelta(seconds=2)))),
        ('X-Originating-Ip', '[%s]' % ip),
        ('Received-SPF', 'pass (domain of %s designates %s as permitted sender)'
         % (env.split('@')[1], ip)),
        ('Authentication-Results', ar),
        ('X-Apparently-To', '%s; %s' % (to, rfc(d + timedelta(seconds=3)))),
        ('X-YMailISG', b64r(48)),
    ]


def case_f():
    """Sofia Martinez, yahoo.com, form desk, non-native agent; detours:
    duplicate case, merge-phishing spoof."""
    me = 'sofia.martinez.dev@yahoo.com'
    MAD = ZoneInfo('Europe/Madrid')
    form = 'aws-cs-trainingcertification-form@amazon.com'
    base = '[AWS Training and Certification Form Submission] - account-assistance'
    d0 = dt('2025-04-07 16:40:05')
    cid = case15(d0, 51209)
    d0b = dt('2025-04-09 09:12:50')
    cid2 = case15(d0b, 18874)
    subj = 'RE:[CASE %s] %s' % (cid, base)

    # 40 -- ack (HTML only)
    html = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;'
            'color:#232f3e"><p>Hello Sofia,</p>'
            '<p>Thanks for contacting AWS Training and Certification. We\'ve received your '
            'request and opened case <strong>%s</strong>.</p>'
            '<p>An agent will get back to you shortly &mdash; our goal is to respond within 24 '
            'hours. You can reply to this email to add details. To avoid delays, please don\'t '
            'submit the form again for the same issue.</p>'
            '<table style="font-size:13px;border:1px solid #d5dbdb" cellpadding="6">'
            '<tr><td><b>Inquiry</b></td><td>Certification &ndash; Account Merge</td></tr>'
            '<tr><td><b>AWS candidate ID</b></td><td>AWS10039264</td></tr>'
            '<tr><td><b>Message</b></td><td>Hello, I have one account from the university '
            '(smartinez@unimadrid-alumni.es) and one personal. Please merge them, I want to keep '
            'the personal one.</td></tr></table>'
            '<p>Sincerely,<br>AWS Training and Certification</p></body></html>\n') % cid
    body = part(html, 'html', cte='quoted-printable')
    h = aws_in(yahoo, me, d0 + timedelta(seconds=51), '[CASE %s] %s' % (cid, base))
    emit('form-ack-sofia-html', h, body, 'case_created', cid, html, True, 'en')

    # 41 -- agent on the duplicate case
    d1 = dt('2025-04-09 15:30:26')
    t2 = ("Hello Sofia,\n\n"
          "Thank you for writing to AWS Training and Certification.\n\n"
          "I can see that this request (case %s) is about the same account merge that you "
          "already asked us on case %s, submitted on April 7. There is no need to send the "
          "form again: I have added a note on your first case so the colleague who is working "
          "on it can see your message, and you will receive the answer there.\n\n"
          "Please continue the conversation in case %s only, this way we avoid double answers "
          "and the process goes faster.\n\n"
          "Thank you for your understanding.\n\n"
          "Kind regards,\n"
          "Mariela\n"
          "AWS Training and Certification\n") % (cid2, cid, cid)
    body = alt(part(t2), part(text2html(t2), 'html'), boundary=ses_boundary())
    h = aws_in(yahoo, me, d1, 'RE:[CASE %s] %s' % (cid2, base))
    emit('agent-duplicate-case-continue-first', h, body, 'support_reply', cid2, t2, True, 'en')

    # 42 -- phishing spoof about the merge; forged lower AR
    d2 = dt('2025-04-10 03:44:19')
    env = 'bounce-%d@mailer.certverify-notice.top' % rng.randint(1000, 9999)
    ip = '185.234.%d.%d' % (rng.randint(1, 250), rng.randint(2, 250))
    host = 'atlas%d.free.mail.ne1.yahoo.com' % rng.randint(100, 330)
    ar = ('%s;\n dkim=neutral (no sig);\n spf=fail smtp.mailfrom=mailer.certverify-notice.top;\n'
          ' dmarc=fail(p=QUARANTINE) header.from=amazon.com;' % host)
    t3 = ("Dear Candidate,\n\n"
          "We received a request to merge your AWS Certification accounts. Before the merge can "
          "be completed, we need you to confirm the accounts listed below:\n\n"
          "Primary account: sofia.martinez.dev@yahoo.com\n"
          "Linked account(s): 1 account pending verification\n\n"
          "To confirm the merge and keep your certifications, please sign in and verify your "
          "identity within 24 hours:\n\n"
          "Confirm merge: https://aws-certification-merge.support-verify.top/confirm?u=%s\n\n"
          "If you do not confirm, the accounts will be locked and your certification status "
          "may be revoked.\n\n"
          "AWS Training & Certification Team\n") % hx(20)
    html3 = text2html(t3).replace('Confirm merge: https://aws-certification-merge.support-'
                                  'verify.top/confirm?u=',
                                  '<a href="https://aws-certification-merge.support-verify.top/'
                                  'confirm?u=') 
    html3 = re.sub(r'(confirm\?u=[0-9a-f]+)', r'\1" style="background:#ff9900;color:#000;'
                   r'padding:10px 20px">CONFIRM MERGE</a>', html3, count=1)
    body = alt(part(t3), part(html3, 'html'), boundary='b1_%s' % hx(32))
    h = [('Return-Path', '<%s>' % env),
         ('Received', 'from 10.217.136.%d\n by %s with HTTP; %s' % (rng.randint(2, 250), host,
                                                                  rfc(d2 + timedelta(seconds=4)))),
         ('Received', 'from %s (EHLO vps-%d.hostingcheap.example)\n by 10.217.136.%d with SMTP;'
          '\n %s' % (ip, rng.randint(1000, 9999), rng.randint(2, 250), rfc(d2 + timedelta(seconds=3)))),
         ('X-Originating-Ip', '[%s]' % ip),
         ('Received-SPF', 'fail (domain of mailer.certverify-notice.top does not designate %s as '
          'permitted sender)' % ip),
         ('Authentication-Results', ar),
         ('X-Apparently-To', '%s; %s' % (me, rfc(d2 + timedelta(seconds=4)))),
         ('Received', 'from localhost (localhost [127.0.0.1])\n by vps.hostingcheap.example '
          '(Postfix) with ESMTPA id 7F3A2%s\n for <%s>; %s' % (an(5), me, rfc(d2))),
         ('Authentication-Results', 'mx.amazon.com;\n dkim=pass header.d=amazon.com;\n '
          'spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com'),
         ('From', '"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>'),
         ('Reply-To', 'aws-cert-merge@support-verify.top'),
         ('To', me), ('Subject', 'Action required: confirm your AWS Certification account merge'),
         ('Date', rfc(d2)), ('Message-ID', '<%s@vps.hostingcheap.example>' % hx(24)),
         ('X-Mailer', 'PHPMailer 6.8.0'), ('__MIME__', None)]
    emit('phish-spoofed-confirm-merge', h, body, 'merge_confirmation_requested', None, t3,
         False, 'en')

    # 43 -- real confirmation request on case 1 (non-native English)
    d3 = dt('2025-04-10 14:20:37')
    t4 = ("Hello Sofia,\n\n"
          "Thank you for your patience and sorry for the delay in answer you. My name is "
          "Andr\u00e9s from AWS Training and Certification.\n\n"
          "I have review both accounts and I can see they are belonging to you. Before to "
          "proceed, please confirm me that the next information is correct:\n\n"
          "* Account that will stay active: AWS10039264 - sofia.martinez.dev@yahoo.com\n"
          "* Account that will be merged into the active one and then deactivate: AWS08847120 "
          "- smartinez@unimadrid-alumni.es\n\n"
          "After the merge it is not possible to separate the accounts again. Also I saw that "
          "you have open a second case (%s) for the same request, no worries, we continue "
          "here.\n\n"
          "Please answer to this email with your confirmation.\n\n"
          "Best regards,\n"
          "Andr\u00e9s\n"
          "AWS Training and Certification\n") % cid2
    body = alt(part(t4, charset='iso-8859-1', cte='quoted-printable'),
               part(text2html(t4).replace('charset=utf-8', 'charset=iso-8859-1'), 'html',
                    charset='iso-8859-1', cte='quoted-printable'), boundary=ses_boundary())
    h = aws_in(yahoo, me, d3, subj)
    m43 = mid_of(h)
    emit('agent-confirm-non-native', h, body, 'merge_confirmation_requested', cid, t4, True, 'en')

    # 44 -- Sofia confirms, Yahoo Mail for iPhone (Sent)
    d4 = dt('2025-04-10 20:05:58')
    t5 = ("Hi Andr\u00e9s,\n\n"
          "Yes, everything is correct, please go ahead. Thank you!\n\n"
          "Sofia\n\n"
          "Sent from Yahoo Mail for iPhone\n")
    qh = ('On Thursday, April 10, 2025, 4:20 PM, Amazon Web Services <%s> wrote:' % form)
    full5 = t5 + '\n\n' + qh + '\n\n' + quote(t4) + '\n'
    html5 = ('<html><head></head><body><div class="ydp-wrapper"><div dir="ltr">' +
             t5.replace('\n', '<br>') + '</div><br><br><div class="yahoo_quoted">' +
             qh.replace('<', '&lt;').replace('>', '&gt;') + '<blockquote style="margin:0 0 20px 0;'
             'padding-left:1rem;border-left:1px solid #ccc">' + t4.replace('\n', '<br>') +
             '</blockquote></div></div></body></html>\n')
    body = alt(part(full5, cte='quoted-printable'), part(html5, 'html', cte='quoted-printable'),
               boundary='----=_Part_%d_%d.%d' % (rng.randint(100000, 999999),
                                                 rng.randint(100000000, 999999999),
                                                 int(d4.timestamp() * 1000)))
    h = [('Date', rfc(d4, MAD)),
         ('From', 'Sofia Mart\u00ednez <%s>' % me),
         ('To', 'Amazon Web Services <%s>' % form),
         ('Message-ID', '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(10**8, 10**9),
                                                      rng.randint(10**6, 10**7),
                                                      int(d4.timestamp() * 1000))),
         ('In-Reply-To', m43), ('References', m43),
         ('Subject', 'Re: ' + subj), ('__MIME__', None),
         ('X-Mailer', 'YahooMailIosMobile Raven/%d CFNetwork/1568.200.51 Darwin/24.1.0' %
          rng.randint(47000, 48000))]
    # From has a non-ASCII display name: encode it like Yahoo does
    h[1] = ('From', '%s <%s>' % (ew('Sofia Mart\u00ednez', 'utf-8', 'Q', 'From'), me))
    emit('sent-sofia-yahoo-go-ahead', h, body, 'unrelated', cid, t5, None, 'en')

    # 45 -- completed + closing
    d5 = dt('2025-04-14 12:02:09')
    t6 = ("Hello Sofia,\n\n"
          "I am happy to inform you that the merge of your accounts is finished. Now all your "
          "certifications and the exam history are in the account AWS10039264, and you can "
          "login with sofia.martinez.dev@yahoo.com as always.\n\n"
          "With this your request is complete, so I will proceed to close this case. You will "
          "receive a short survey, we appreciate if you can take some minutes to answer it.\n\n"
          "Best regards,\n"
          "Andr\u00e9s\n"
          "AWS Training and Certification\n")
    body = alt(part(t6), part(text2html(t6), 'html'), boundary=ses_boundary())
    h = aws_in(yahoo, me, d5, subj)
    emit('agent-merge-finished-closing', h, body, 'merge_completed', cid, t6, True, 'en')

    # 46 -- Credly badge issued after the merge
    d6 = dt('2025-04-16 18:27:53')
    bid = '%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12))
    t7 = ("Congratulations, Sofia!\n\n"
          "You've earned a badge from Amazon Web Services Training and Certification:\n"
          "AWS Certified AI Practitioner\n\n"
          "Accept your badge: https://www.credly.com/earner/earned/badge/%s\n\n"
          "Badge validation number: %s\n\n"
          "Credly, Inc. | 10 Hudson Yards, New York, NY 10001\n") % (bid, an(16))
    html7 = ('<html><body><table width="100%%"><tr><td align="center"><table width="540" '
             'style="font-family:Helvetica,Arial,sans-serif"><tr><td><h1 style="font-size:22px">'
             'Congratulations, Sofia!</h1><p>You\'ve earned a badge from Amazon Web Services '
             'Training and Certification:</p><p><b>AWS Certified AI Practitioner</b></p><p><a '
             'href="https://www.credly.com/earner/earned/badge/%s" style="display:inline-block;'
             'background:#0a66c2;color:#ffffff;padding:12px 28px;border-radius:24px;'
             'text-decoration:none">Accept your badge</a></p></td></tr></table></td></tr></table>'
             '</body></html>\n') % bid
    body = alt(part(t7), part(html7, 'html', cte='base64'), boundary=hx(28))
    h = credly_in(yahoo, me, d6, 'Congratulations, Sofia! You earned a badge from Amazon Web '
                  'Services Training and Certification')
    emit('credly-aip-earned', h, body, 'credly_badge_issued', None, t7, True, 'en')


NYC = ZoneInfo('America/New_York')


def fastmail(to, env, ip, helo, d, ar=None, from_dom='amazon.com', doms=('amazon.com',)):
    mx = 'mx%d.messagingengine.com' % rng.randint(1, 8)
    if ar is None:
        ar = ('%s;\n    dkim=pass (2048-bit rsa key sha256) header.d=%s header.i=@%s'
              ' header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;\n'
              '    dmarc=pass policy.published-domain-policy=%s'
              ' policy.applied-disposition=none policy.evaluated-disposition=none'
              ' (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s;\n'
              '    spf=pass smtp.mailfrom=%s smtp.helo=%s'
              % (mx, doms[0], doms[0], b64r(8), an(10).lower(),
                 'reject' if from_dom != 'amazon.com' else 'quarantine',
                 'reject' if from_dom != 'amazon.com' else 'quarantine', from_dom, env, helo))
    return [
        ('Return-Path', '<%s>' % env),
        ('Received', 'from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n'
         '\t by sloti%d.nyi.internal (Cyrus 3.13.0-alpha0-%s) with LMTPA;\n\t %s'
         % (3, 3, rng.randint(40, 49), rng.randint(40, 60), hx(8), rfc_paren(d + timedelta(seconds=3), NYC))),
        ('X-Cyrus-Session-Id', 'sloti%d-%d-%d-2-%d' % (rng.randint(40, 60), rng.randint(10**6, 10**7),
                                                     int(d.timestamp()), rng.randint(10**17, 10**18))),
        ('X-Sieve', 'CMU Sieve 3.0'),
        ('X-Spam-known-sender', 'no'),
        ('X-Spam-score', '0.0'),
        ('Received-SPF', 'pass\n    (%s: %s is authorized to use \'%s\' in \'mfrom\' identity'
         ' (mechanism \'ip4:%s/19\' matched))\n    receiver=%s;\n    identity=mailfrom;\n'
         '    envelope-from="%s";\n    helo=%s;\n    client-ip=%s'
         % (env.split('@')[1], ip, env, ip.rsplit('.', 1)[0] + '.0', mx, env, helo, ip)),
        ('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256'
         ' (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t'
         '(No client certificate requested)\n\tby %s (Postfix) with ESMTPS\n\tfor <%s>; %s'
         % (helo, helo, ip, mx, to, rfc_paren(d + timedelta(seconds=2), NYC))),
        ('ARC-Seal', 'i=1; a=rsa-sha256; cv=none; d=messagingengine.com; s=fm%d; t=%d;\n'
         '    b=%s' % (rng.randint(1, 3), int(d.timestamp()), sig(120).replace('\n\t ', '\n     '))),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Authentication-Results', ar),
        ('X-ME-Proxy-Cause', 'gggruggvucftvghtrhhoucdtuddrgeefgedrtddtgdduleeiiecutefuodetggdot'),
        ('X-ME-VSScore', '0'),
    ]


def case_g():
    """Wei Chen, Fastmail, console desk, English; detour: his billing case."""
    me = 'wei.chen@fastmail.com'
    db = dt('2025-08-18 02:10:33')
    bid = case15(db, 33190)
    d0 = dt('2025-08-19 05:30:12')
    cid = case15(d0, 58117)
    csubj = 'Certification - duplicate candidate IDs'
    link = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % cid
    foot = ("\n\nWe value your feedback. Please share your experience by rating this "
            "correspondence using the AWS Support Center link at the end of this "
            "correspondence. Each correspondence can also be rated by selecting the stars in "
            "top right corner of each correspondence within the AWS Support Center.\n\n"
            "Amazon Web Services, Inc. and affiliates\n\n"
            "====================================================\n\n"
            "To see all the correspondence for this case, please visit:\n%s\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming "
            "e-mail. Please use the link above if you need to contact us again about this same "
            "issue.\n") % link

    def opened(case, subject, severity, corr):
        lk = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % case
        return ("Thank you for contacting Amazon Web Services. We have opened case %s to "
                "address your issue.\n\n"
                "The details of your case are as follows:\n\n"
                "Case ID: %s\n"
                "Subject: %s\n"
                "Severity: %s\n"
                "Correspondence: %s\n\n"
                "To contact us again about this issue, please visit the Support Center: %s\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming "
                "e-mail. Please use the link above if you need to contact us again about this "
                "same issue.\n\n"
                "Amazon Web Services\n") % (case, case, subject, severity, corr, lk)

    # 47 -- detour: billing case opened
    t = opened(bid, 'Charged twice for July invoice', 'General guidance',
               "Hi, my card was charged twice for the July invoice of account 4821-0937-5512 "
               "(two charges of USD 38.62 on Aug 3). Can you refund one of them? Thanks, Wei")
    body = alt(part(t), part(text2html(t), 'html'), boundary=ses_boundary())
    h = aws_in(fastmail, me, db + timedelta(seconds=29),
               'Amazon Web Services: You have opened a new Support case: %s' % bid, sender=CONSOLE,
               tz=NYC)
    emit('billing-case-opened', h, body, 'unrelated', bid, t, True, 'en')

    # 48 -- merge case opened
    t2 = opened(cid, csubj, 'General guidance',
                "Hello, I passed two exams under two different candidate IDs, aws06612209 "
                "(registered with wei.chen@alumni.lakeshore-u.edu) and AWS12258734 (this email). "
                "Please combine them into AWS12258734. Also, unrelated: I have another case open "
                "about a double charge, is there any update?")
    body = alt(part(t2), part(text2html(t2), 'html'), boundary=ses_boundary())
    h = aws_in(fastmail, me, d0 + timedelta(seconds=33),
               'Amazon Web Services: You have opened a new Support case: %s' % cid, sender=CONSOLE)
    emit('console-case-opened-wei', h, body, 'case_created', cid, t2, True, 'en')

    # 49 -- new correspondence notice
    d1 = dt('2025-08-20 13:47:05')
    t3 = ("Hello,\n\n"
          "We've added a new correspondence to your support case %s (%s).\n\n"
          "To view the correspondence and reply, sign in to the AWS Support Center:\n%s\n\n"
          "Amazon Web Services\n\n"
          "This is an automated notification. Replies to this address are not monitored.\n"
          ) % (cid, csubj, link)
    body = alt(part(t3, charset='us-ascii', cte='7bit'), part(text2html(t3), 'html'),
               boundary=ses_boundary())
    h = aws_in(fastmail, me, d1, '[Case %s] New correspondence added' % cid, sender=CONSOLE)
    emit('console-new-correspondence-wei', h, body, 'support_reply', cid, t3, True, 'en')

    # 50 -- agent asks notification emails, answers the off-topic billing question
    d2 = d1 + timedelta(seconds=2)
    t4 = ("Hello Wei,\n\n"
          "Thanks for reaching out. I'm Daniela from the AWS Training and Certification team "
          "and I'll be looking after your request.\n\n"
          "About your other question: billing disputes are handled by a separate team, so I "
          "can't see or update case %s from here. A billing specialist will respond to you "
          "directly on that case.\n\n"
          "For the certification accounts, could you tell me:\n"
          "- the notification email address you'd like us to use for AWS06612209 and "
          "AWS12258734 after the merge (it can be different from the sign-in address), and\n"
          "- whether you still have access to wei.chen@alumni.lakeshore-u.edu?\n\n"
          "Once I have that, I'll prepare the merge details for you to review.\n\n"
          "Best regards,\n\n"
          "Daniela M.\n"
          "Amazon Web Services") % bid + foot
    body = alt(part(t4), part(text2html(t4), 'html'), boundary=ses_boundary())
    h = aws_in(fastmail, me, d2, 'RE:[CASE %s] %s' % (cid, csubj), sender=CONSOLE)
    emit('console-agent-asks-notification-email', h, body, 'support_reply', cid, t4, True, 'en')

    # 51 -- confirmation request
    d3 = dt('2025-08-21 15:02:44')
    t5 = ("Hello Wei,\n\n"
          "Thank you for the quick answer in the Support Center. Here is what I am going to "
          "submit to the certification team:\n\n"
          "Surviving candidate ID: AWS12258734\n"
          "Sign-in and notification email: wei.chen@fastmail.com\n\n"
          "Candidate ID to be absorbed and closed: AWS06612209\n"
          "(wei.chen@alumni.lakeshore-u.edu)\n\n"
          "Your exam history, certifications and any unused benefits will move to the "
          "surviving ID. This step is permanent and can't be undone afterwards.\n\n"
          "Could you reply on the case to let me know that this is right? I won't submit "
          "anything until I hear from you.\n\n"
          "Best regards,\n\n"
          "Daniela M.\n"
          "Amazon Web Services") + foot
    body = alt(part(t5, cte='base64'), part(text2html(t5), 'html', cte='base64'),
               boundary=ses_boundary())
    h = aws_in(fastmail, me, d3, 'RE:[CASE %s] %s' % (cid, csubj), sender=CONSOLE)
    emit('console-agent-review-before-submit', h, body, 'merge_confirmation_requested', cid, t5,
         True, 'en')

    # 52 -- completed
    d4 = dt('2025-08-25 19:18:27')
    t6 = ("Hello Wei,\n\n"
          "The certification team has finished the consolidation: both of your exams now show "
          "under AWS12258734, and AWS06612209 is closed.\n\n"
          "Please sign in to your certification account to double-check, and make sure the "
          "50% discount benefit from your last exam is listed under Benefits. Credly badges "
          "should follow within a few days; if they don't, just let me know on this case.\n\n"
          "Best regards,\n\n"
          "Daniela M.\n"
          "Amazon Web Services") + foot
    body = alt(part(t6), part(text2html(t6), 'html'), boundary=ses_boundary())
    h = aws_in(fastmail, me, d4, 'RE:[CASE %s] %s' % (cid, csubj), sender=CONSOLE)
    emit('console-agent-consolidation-finished', h, body, 'merge_completed', cid, t6, True, 'en')

    # 53 -- survey
    d5 = dt('2025-08-28 19:20:51')
    html = ('<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">'
            '<p>Hello,</p><p>Your support case <b>%s</b> (%s) has been resolved and closed.</p>'
            '<p>How would you rate your overall experience with AWS Support on this case?</p>'
            '<table><tr>%s</tr></table>'
            '<p>1 = Very dissatisfied, 5 = Very satisfied</p>'
            '<p>If your issue is not resolved, you can reopen this case from the '
            '<a href="%s">Support Center</a>.</p><p>Amazon Web Services</p>'
            '<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of '
            'Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210</p></body></html>\n'
            ) % (cid, csubj, ''.join('<td><a href="https://aws.amazon.com/support/survey?case=%s'
                                     '&amp;score=%d" style="padding:6px 12px;border:1px solid '
                                     '#879596">%d</a></td>' % (cid, i, i) for i in range(1, 6)),
                 link)
    body = part(html, 'html', cte='quoted-printable')
    h = aws_in(fastmail, me, d5, 'How was your AWS Support experience? Case %s' % cid,
               sender=CONSOLE)
    emit('console-rate-your-experience', h, body, 'survey', cid, html, True, 'en')


def becker(to, env, ip, helo, d, ar=None, from_dom='amazon.com', doms=('amazon.com',)):
    """Self-hosted Postfix + OpenDKIM + OpenDMARC (two AR headers, DMARC on top)."""
    hosts = 'mail.becker-it.de'
    CET = ZoneInfo('Europe/Berlin')
    dm = ar or ('%s; dmarc=pass (p=%s dis=none) header.from=%s'
                % (hosts, 'reject' if from_dom != 'amazon.com' else 'quarantine', from_dom))
    dk = ('%s;\n\tdkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s'
          ' header.a=rsa-sha256 header.s=%s header.b="%s";\n\tdkim-atps=neutral'
          % (hosts, doms[0], doms[0], an(10).lower(), b64r(8)))
    return [
        ('Return-Path', '<%s>' % env),
        ('X-Original-To', to),
        ('Delivered-To', to),
        ('Authentication-Results', dm),
        ('Authentication-Results', dk),
        ('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384'
         ' (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) '
         'server-digest SHA256)\n\t(No client certificate requested)\n\tby %s (Postfix) with '
         'ESMTPS id 4X%s\n\tfor <%s>; %s' % (helo, helo, ip, hosts, an(8), to,
                                             rfc_paren(d + timedelta(seconds=2), CET))),
        ('X-Virus-Scanned', 'amavisd-new at becker-it.de'),
    ]


def case_h():
    """Tom Becker, self-hosted (OpenDKIM/OpenDMARC), form desk; first case never
    answered, new case a week later."""
    me = 'tom@becker-it.de'
    CET = ZoneInfo('Europe/Berlin')
    form = 'aws-cs-trainingcertification-form@amazon.com'
    base = '[AWS Training and Certification Form Submission] - account-assistance'
    d0 = dt('2024-11-04 08:30:12')
    cid1 = case15(d0, 61123)
    d0b = dt('2024-11-11 19:05:33')
    cid2 = case15(d0b, 2604)
    subj2 = 'RE:[CASE %s] %s' % (cid2, base)

    def ack(case, descr, cand):
        return ("Hello,\n\n"
                "Thank you for contacting AWS Training and Certification Customer Support.\n\n"
                "This message confirms that we have received your request. A member of our "
                "team will review it and get back to you, usually within 24 hours. Your case "
                "ID is %s. If you need to add information, simply reply to this email and keep "
                "the case ID in the subject line. Please do not submit a new form for the same "
                "request, as this may delay our response.\n\n"
                "Summary of your submission\n"
                "Inquiry type: AWS Certification\n"
                "Inquiry detail: Account Merge\n"
                "First name: Tom\n"
                "Last name: Becker\n"
                "AWS candidate ID: %s\n"
                "Description: %s\n\n"
                "Regards,\n"
                "AWS Training and Certification Customer Support\n") % (case, cand, descr)

    # 54 -- ack case 1
    t = ack(cid1, "Please merge my old certification account AWS-05127790 (created with my "
                  "previous employer's address) into my current account.", 'AWS14480362')
    body = alt(part(t), part(text2html(t), 'html'), boundary=ses_boundary())
    h = aws_in(becker, me, d0 + timedelta(seconds=40), '[CASE %s] %s' % (cid1, base))
    emit('form-ack-tom-first-case', h, body, 'case_created', cid1, t, True, 'en')

    # 55 -- detour: Pearson VUE appointment confirmation
    d1 = dt('2024-11-06 10:12:38')
    t2 = ("Dear Tom Becker,\n\n"
          "Thank you for scheduling your exam with Pearson VUE. This email confirms your "
          "appointment.\n\n"
          "Exam: DOP-C02: AWS Certified DevOps Engineer - Professional\n"
          "Date: Thursday, December 5, 2024\n"
          "Time: 09:00 AM CET\n"
          "Delivery: OnVUE online proctored\n"
          "Registration ID: 4%08d\n"
          "AWS Candidate ID: AWS14480362\n\n"
          "Please check in 30 minutes before your appointment and run the system test on the "
          "computer you will use.\n\n"
          "To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours "
          "before your appointment.\n\n"
          "Sincerely,\nPearson VUE\n") % rng.randint(10**7, 10**8 - 1)
    body = alt(part(t2, charset='windows-1252', cte='quoted-printable'),
               part(text2html(t2).replace('utf-8', 'windows-1252'), 'html',
                    charset='windows-1252', cte='quoted-printable'),
               boundary='----=_Part_%d_%d' % (rng.randint(10**5, 10**6), rng.randint(10**8, 10**9)))
    h = other_in(becker, me, d1, 'Pearson VUE <pearsonvuecustomerservice@pearson.com>',
                 'Pearson VUE Confirmation of Booking', 'pearson.com',
                 '159.183.%d.%d' % (rng.randint(1, 250), rng.randint(2, 250)),
                 'mta-%d.pearson.com' % rng.randint(1, 9),
                 'bounce-%d@bounce.pearson.com' % rng.randint(10000, 99999))
    emit('pearson-vue-booking', h, body, 'unrelated', None, t2, False, 'en')

    # 56 -- ack case 2
    t3 = ack(cid2, "Second request - I submitted case %s on 4 November about merging "
                   "AWS05127790 into AWS14480362 and never got any answer. Please help, I have an "
                   "exam booked on 5 December and want it on the right account." % cid1,
             'AWS14480362')
    body = alt(part(t3), part(text2html(t3), 'html'), boundary=ses_boundary())
    h = aws_in(becker, me, d0b + timedelta(seconds=35), '[CASE %s] %s' % (cid2, base))
    emit('form-ack-tom-second-case', h, body, 'case_created', cid2, t3, True, 'en')

    # 57 -- confirmation request on case 2
    d2 = dt('2024-11-12 20:14:40')
    t4 = ("Hello Tom,\n\n"
          "Thank you for your patience, and I'm sorry that you did not hear from us on your "
          "first request. Our reply on case %s was sent to the notification address stored on "
          "your older account, which is your former work address, so it never reached you. I "
          "will continue here and have closed the earlier case.\n\n"
          "Here is what we would do:\n\n"
          "  Old account (to be merged and closed): AWS05127790\n"
          "  Current account (stays, receives all history): AWS14480362 - tom@becker-it.de\n\n"
          "Your exam appointment on 5 December is already booked under AWS14480362, so it will "
          "not be affected. Please keep in mind that a merge cannot be undone.\n\n"
          "Could you reply to this email and confirm that the details above are correct?\n\n"
          "Best regards,\n\n"
          "Lukas\n"
          "AWS Training and Certification Customer Support\n") % cid1
    body = alt(part(t4), part(text2html(t4), 'html'), boundary=ses_boundary())
    h = aws_in(becker, me, d2, subj2)
    m57 = mid_of(h)
    emit('agent-confirm-after-lost-reply', h, body, 'merge_confirmation_requested', cid2, t4,
         True, 'en')

    # 58 -- Tom confirms, Thunderbird (German UI) Sent copy
    d3 = dt('2024-11-12 21:40:05')
    t5 = ("Hello Lukas,\n\n"
          "thanks, that explains it. Yes, the details are correct - please go ahead.\n\n"
          "Best regards\n"
          "Tom Becker\n")
    qh = 'Am 12.11.24 um 21:14 schrieb Amazon Web Services:'
    full = t5 + '\n' + qh + '\n' + quote(t4) + '\n'
    body = part(full, charset='utf-8', cte='8bit', params={'format': 'flowed'})
    h = [('Message-ID', '<%s-%s-%s-%s-%s@becker-it.de>' % (hx(8), hx(4), hx(4), hx(4), hx(12))),
         ('Date', rfc(d3, CET)), ('__MIME__', None),
         ('User-Agent', 'Mozilla Thunderbird'),
         ('Subject', 'Re: ' + subj2), ('Content-Language', 'en-US'),
         ('To', 'Amazon Web Services <%s>' % form), ('References', m57),
         ('From', 'Tom Becker <%s>' % me), ('In-Reply-To', m57)]
    # Thunderbird puts Content-Type after In-Reply-To
    ct = [x for x in body._headers]
    body._headers = []
    for x in ct:
        h.append(x)
    h.insert(2, ('MIME-Version', '1.0'))
    emit('sent-tom-thunderbird-de-quote', h, body, 'unrelated', cid2, t5, None, 'en')

    # 59 -- completed
    d4 = dt('2024-11-14 10:20:16')
    t6 = ("Hello Tom,\n\n"
          "Quick update: the certification team has merged the old account into your current "
          "one. Everything that was on AWS05127790 is now part of AWS14480362, including your "
          "Cloud Practitioner and SysOps Administrator history.\n\n"
          "Your badges may stay on the Credly profile of your old email address. If so, you can "
          "combine the two Credly profiles yourself from Credly's account settings, or let me "
          "know and I'll ask the team to help.\n\n"
          "Best regards,\n\n"
          "Lukas\n"
          "AWS Training and Certification Customer Support\n")
    body = alt(part(t6, cte='base64'), part(text2html(t6), 'html', cte='base64'),
               boundary=ses_boundary())
    h = aws_in(becker, me, d4, subj2)
    emit('agent-old-account-now-part-of-current', h, body, 'merge_completed', cid2, t6, True, 'en')

    # 60 -- Credly self-service account merge code (not the AWS merge)
    d5 = dt('2024-11-15 17:03:29')
    code = rng.randint(100000, 999999)
    t7 = ("Hi Tom,\n\n"
          "You requested to merge another Credly account into this one.\n\n"
          "Your verification code is: %d\n\n"
          "Enter this code on Credly to continue, or click the link below:\n"
          "Complete Account Merge: https://www.credly.com/users/account_merges/confirm?token=%s\n\n"
          "All badges from t.becker@kranich-logistik.de will be moved to this account. The code "
          "expires in 30 minutes. If you did not request this, you can ignore this email.\n\n"
          "The Credly Team\n") % (code, hx(32))
    body = alt(part(t7), part(text2html(t7), 'html'), boundary=hx(28))
    h = credly_in(becker, me, d5, 'Your Credly account merge verification code',
                  sender=('Credly', 'admin@credly.com'))
    emit('credly-self-service-merge-code', h, body, 'unrelated', None, t7, True, 'en')


def build():
    case_a()
    case_b()
    case_c()
    case_d()
    case_e()
    case_f()
    case_g()
    case_h()


if __name__ == '__main__':
    build()
    write_all()
