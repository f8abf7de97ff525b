#!/usr/bin/env python3
"""Generator for blind set 182: AWS Certification account-merge mailbox (en/ja)."""
import os, json, base64, quopri, random, hashlib, uuid, glob
from datetime import datetime, timezone, timedelta
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import format_datetime, formataddr
from email import policy as _policy

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(182)
LABELS = {}
POL = _policy.compat32.clone(linesep='\n')
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

# ---------------------------------------------------------------- helpers
def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def rb64(n):
    s = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(s) for _ in range(n))

def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))

def cid15(dt, tail):
    """15-digit case id: unix time of opening + 5 digits."""
    return '%d%05d' % (int(dt.timestamp()), tail)

def ses_id(dt):
    ms = int(dt.timestamp() * 1000)
    return '0100%012x-%s-000000' % (ms, ruuid())

def rfc_date(dt):
    return format_datetime(dt)

def fold_b64(s, first=6, width=70):
    out, line = [], ''
    for i in range(0, len(s), width):
        out.append(s[i:i + width])
    return '\n\t '.join(out)

def enc_subject(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode(maxlinelen=76, linesep='\n')

def enc_addr(name, addr, charset='utf-8'):
    if name is None:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), addr)

def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None,
         errors='strict', extra=None):
    codec = codec or charset
    raw = text.encode(codec, errors)
    p = MIMENonMultipart('text', subtype)
    del p['MIME-Version']
    p.set_param('charset', charset)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    for k, v in (extra or []):
        p[k] = v
    return p

def alt(plain, html, boundary=None):
    m = MIMEMultipart('alternative')
    del m['MIME-Version']
    m.attach(plain)
    m.attach(html)
    if boundary:
        m.set_boundary(boundary)
    return m

def mixed(*parts, sub='mixed', boundary=None):
    m = MIMEMultipart(sub)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    if boundary:
        m.set_boundary(boundary)
    return m

def b_ses():
    return '----=_Part_%d_%d.%d' % (R.randint(1000000, 9999999), R.randint(100000000, 999999999),
                                   R.randint(1700000000000, 1760000000000))

def b_gmail():
    return '000000000000' + rhex(16)

def b_outlook():
    return '_000_%s%s_' % ('TYCPR01MB' if R.random() < .5 else 'SA1PR12MB', rhex(12).upper())

# ------------------------------------------------------- trace & auth headers
AWS_IPS = ['54.240.8.%d' % i for i in range(10, 90)] + ['54.240.27.%d' % i for i in range(20, 60)] + \
          ['23.251.234.%d' % i for i in range(2, 40)]

def aws_sender(dt, domain='amazon.com'):
    ip = R.choice(AWS_IPS)
    host = 'a%s-%s.smtp-out.amazonses.com' % (ip.split('.')[2], ip.split('.')[3])
    if ip.startswith('23.'):
        host = 'e%s-%s.smtp-out.us-west-2.amazonses.com' % (ip.split('.')[2], ip.split('.')[3])
    sid = ses_id(dt)
    CUR['dt'] = dt
    CUR['s'] = d = dict(ip=ip, host=host, mailfrom='%s@email.amazonses.com' % sid, msgid='<%s@email.amazonses.com>' % sid,
                from_domain=domain, dkim=[domain, 'amazonses.com'], mfdom='email.amazonses.com')
    return d

def credly_sender(dt):
    ip = '149.72.%d.%d' % (R.randint(100, 250), R.randint(2, 250))
    host = 'o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999))
    return dict(ip=ip, host=host, mailfrom='bounces+%d-%s-%s=%s@em%d.credly.com' % (
        R.randint(1000000, 9999999), rhex(4), 'user', 'x', R.randint(1000, 9999)),
        msgid='<%s@geopod-ismtpd-%d>' % (rb64(22).replace('+', 'x').replace('/', 'Q'), R.randint(1, 40)),
        from_domain='credly.com', dkim=['credly.com', 'sendgrid.info'], mfdom='em8321.credly.com')

def other_sender(dt, domain, ip, host, mfdom=None, dkim=None, msgid_dom=None):
    mfdom = mfdom or domain
    return dict(ip=ip, host=host, mailfrom='bounce-%s@%s' % (rhex(10), mfdom),
                msgid='<%s.%s@%s>' % (rhex(16), rhex(8), msgid_dom or domain),
                from_domain=domain, dkim=dkim if dkim is not None else [domain], mfdom=mfdom)

def dkim_sig(d, dt, sel=None):
    sel = sel or {'amazon.com': 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug', 'amazonses.com': '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw',
                  'credly.com': 's1', 'sendgrid.info': 'smtpapi'}.get(d, 's%d' % R.randint(1, 3))
    t = int(dt.timestamp())
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\t'
            'h=Date:From:To:Subject:MIME-Version:Content-Type:Message-ID:Feedback-ID;\n\t'
            'bh=%s=;\n\tb=%s') % (sel, d, t, rb64(43), fold_b64(rb64(342) + '=', width=64))

def verdict_str(kind, s, v):
    """v: dict spf, dkim: {domain: result}, dmarc: result"""
    spf = v.get('spf', 'pass')
    dm = v.get('dmarc', 'pass')
    fd = s['from_domain']
    if kind == 'gmail':
        lines = []
        for d, res in v['dkim'].items():
            lines.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, 'ug7nbtf4' if d == 'amazon.com' else 's1', rb64(8)))
        if spf == 'pass':
            lines.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (s['mailfrom'], s['ip'], s['mailfrom']))
        else:
            lines.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, s['mailfrom'], s['ip'], s['mailfrom']))
        pol = v.get('pol', 'QUARANTINE')
        lines.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dm, pol, pol, 'NONE' if dm == 'pass' else pol, fd))
        return 'mx.google.com;\n       ' + ';\n       '.join(lines)
    if kind == 'outlook':
        parts = ['spf=%s (sender IP is %s) smtp.mailfrom=%s' % (spf, s['ip'], s['mfdom'])]
        for d, res in v['dkim'].items():
            parts.append('dkim=%s (%s) header.d=%s' % (res, 'signature was verified' if res == 'pass' else 'signature did not verify', d))
        parts.append('dmarc=%s action=%s header.from=%s' % (dm, 'none' if dm == 'pass' else 'quarantine', fd))
        parts.append('compauth=%s reason=%s' % ('pass' if dm == 'pass' else 'fail', '100' if dm == 'pass' else '000'))
        return ';'.join(parts[:2]) + '\n ' + ';'.join(parts[2:])
    # japanese providers / generic: "authserv; spf=..; dkim=..; dmarc=.."
    parts = ['%s;' % kind, 'spf=%s smtp.mailfrom=%s;' % (spf, s['mailfrom'])]
    for d, res in v['dkim'].items():
        parts.append('dkim=%s header.d=%s;' % (res, d))
    parts.append('dmarc=%s header.from=%s' % (dm, fd))
    return '\n\t'.join(parts)

def trace(provider, s, dt, rcpt, v=None, forged=None, none_ar=False):
    """Return list of (name, value) trace headers placed above the sender headers."""
    v = v or {'spf': 'pass', 'dkim': {d: 'pass' for d in s['dkim']}, 'dmarc': 'pass'}
    arr = dt + timedelta(seconds=R.randint(1, 6))
    H = []
    if provider == 'gmail':
        H.append(('Delivered-To', rcpt))
        H.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4), rhex(3), rhex(3), rhex(4), rhex(3), rhex(5) + 'csp' + str(R.randint(100000, 999999)), rfc_date(arr.astimezone(PDT)))))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)))
        H.append(('X-Received', 'by 2002:a05:6214:%s:b0:6fa:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
            rhex(4), rhex(3), rhex(4), rhex(14), R.randint(1, 99), int(arr.timestamp() * 1000) + R.randint(0, 999), rfc_date(arr.astimezone(PDT)))))
        H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
            int(arr.timestamp()), fold_b64(rb64(342) + '==', width=64).replace('\n\t ', '\n         '))))
        H.append(('ARC-Authentication-Results', 'i=1; ' + verdict_str('gmail', s, v)))
        H.append(('Return-Path', '<%s>' % s['mailfrom']))
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            s['host'], s['host'], s['ip'], rhex(16), R.randint(1, 99), R.randint(1, 999), rcpt, rfc_date(arr.astimezone(PDT)))))
        H.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
            v.get('spf', 'pass'), s['mailfrom'], 'designates' if v.get('spf', 'pass') == 'pass' else 'does not designate', s['ip'], s['ip'])))
        if not none_ar:
            H.append(('Authentication-Results', verdict_str('gmail', s, v)))
    elif provider == 'outlook':
        tenant = R.choice(['TY3PR01MB', 'OS3PR01MB', 'PH7PR12MB', 'DM6PR08MB', 'AM9PR07MB'])
        H.append(('Received', 'from %s%s.%s.prod.outlook.com (2603:1096:%s::%s)\n by %s%s.%s.prod.outlook.com with HTTPS; %s' % (
            tenant, R.randint(1000, 9999), tenant[:5].lower() + 'p', rhex(3), rhex(2), tenant, R.randint(1000, 9999), tenant[:5].lower() + 'p', rfc_date(arr))))
        H.append(('Received', 'from %s (%s) by\n %s%s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s' % (
            s['host'], s['ip'], tenant[:4], 'EPF0000' + rhex(5).upper(), R.randint(1, 250), R.randint(1, 250), R.randint(8000, 8999), R.randint(10, 40), rfc_date(arr))))
        if not none_ar:
            H.append(('Authentication-Results', verdict_str('outlook', s, v)))
        H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s %s %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (
            'Pass' if v.get('spf', 'pass') == 'pass' else 'Fail', s['mfdom'], 'designates' if v.get('spf', 'pass') == 'pass' else 'does not designate', s['ip'], s['ip'], s['host'])))
    elif provider == 'plain':   # ISP without any Authentication-Results
        H.append(('Return-Path', '<%s>' % s['mailfrom']))
        mxn = R.randint(1, 9)
        H.append(('Received', 'from mx%02d.%s (mx%02d.%s [10.%d.%d.%d])\n\tby pop%02d.%s with ESMTP id %s\n\tfor <%s>; %s' % (
            mxn, rcpt.split('@')[1], mxn, rcpt.split('@')[1], R.randint(0, 255), R.randint(0, 255), R.randint(0, 255),
            R.randint(1, 9), rcpt.split('@')[1], rhex(10).upper(), rcpt, rfc_date(arr.astimezone(JST)))))
        H.append(('Received', 'from %s ([%s])\n\tby mx%02d.%s with ESMTP; %s' % (
            s['host'], s['ip'], mxn, rcpt.split('@')[1], rfc_date(arr.astimezone(JST)))))
    else:   # japanese provider, authserv-id = provider string
        host = provider
        H.append(('Return-Path', '<%s>' % s['mailfrom']))
        H.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s' % (
            s['host'], s['host'], s['ip'], 'mta%02d.' % R.randint(1, 20) + host, rhex(11).upper(), rcpt, rfc_date(arr.astimezone(JST)))))
        if not none_ar:
            H.append(('Authentication-Results', verdict_str(host, s, v)))
    if forged:
        H.append(('Authentication-Results', forged))
    return H

def sender_headers(s, dt, sign=True):
    H = []
    if sign:
        for d in s['dkim']:
            H.append(('DKIM-Signature', dkim_sig(d, dt)))
    return H

def write(fname, trace_h, sender_h, frm, to, subject, dt, msgid, body, extra=None, label=None,
          subj_charset='utf-8', xtra_after=None):
    H = list(trace_h) + list(sender_h)
    H.append(('From', frm))
    if to:
        H.append(('To', to))
    H.append(('Subject', enc_subject(subject, subj_charset)))
    H.append(('Date', rfc_date(dt)))
    H.append(('Message-ID', msgid))
    for k, v in (extra or []):
        H.append((k, v))
    H.append(('MIME-Version', '1.0'))
    head = ''.join('%s: %s\n' % (k, v) for k, v in H)
    data = head.encode('ascii') + body.as_bytes(policy=POL)
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    LABELS[fname] = label

def L(kind, case_id, ids, sv, lang):
    return {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)), 'sender_verified': sv, 'language': lang}

def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.split('\n'))

def html_wrap(inner, lang='en', cs='utf-8'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=' + cs + '">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">\n%s\n</body></html>\n') % (lang, inner)

def text2html(t):
    import html as _h
    return '<br>\n'.join(_h.escape(l) for l in t.split('\n'))

AWS_FORM = 'aws-cs-trainingcertification-form@amazon.com'
AWS_NOREPLY = 'no-reply-aws@amazon.com'
FORM_NAME = 'Amazon Web Services'
def SES_EXTRA(dt=None, s=None):
    dt = dt or CUR['dt']
    s = s or CUR['s']
    return [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43).replace('/', 'x')),
            ('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), s['ip']))]
CUR = {}

EN_FOOTER_FORM = ("\n\nPlease do not change the subject line of this email when you reply, so that we can\n"
                  "track your correspondence with the case ID in the subject.\n\n"
                  "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered\n"
                  "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web\n"
                  "Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")
JA_FOOTER_FORM = ("\n\n※本メールにご返信いただく際は、件名を変更せずにお送りください。件名のケースIDにより\nお問い合わせ内容を管理しております。\n\n"
                  "アマゾン ウェブ サービス ジャパン合同会社\nAmazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。\n")

# =====================================================================
# Thread A (en, form desk, 15-digit)
A_OPEN = datetime(2025, 5, 27, 14, 6, 10, tzinfo=UTC)
A_CASE = cid15(A_OPEN, 1356)
A_USER = 'daniel.okafor.dev@gmail.com'
A_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
A_FORMTEXT = """Inquiry type: AWS Training and Certification
Detail: Account Merge
First name: Daniel
Last name: Okafor
Email: daniel.okafor.dev@gmail.com
AWS candidate ID: AWS11930265
Description: Hi, I have two certification accounts. The old one is AWS04417782 which I
created with my previous employer e-mail (d.okafor@brightlane-consulting.com). I no longer
have access to that mailbox. Please merge it into AWS11930265 (this gmail). Thanks!"""

def m001():
    dt = A_OPEN + timedelta(seconds=3)
    s = aws_sender(dt)
    plain = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your request and
created case {A_CASE} for it. A member of our Customer Support team will review it and
get back to you, usually within 24 hours.

To help us serve you quickly, please do not submit another form for the same request;
if you need to add information, simply reply to this e-mail and keep the case ID in
the subject line.

Kind regards,
AWS Training and Certification Customer Support
https://aws.amazon.com/training/
""" + EN_FOOTER_FORM
    html = html_wrap(f"""<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:24px">
<p>Hello Daniel,</p>
<p>Thank you for contacting AWS Training and Certification.</p>
<p>This is an automated message to let you know that we have received your request and created case <b>{A_CASE}</b> for it.
A member of our Customer Support team will review it and get back to you, usually within 24 hours.</p>
<p>To help us serve you quickly, please do not submit another form for the same request; if you need to add information,
simply reply to this e-mail and keep the case ID in the subject line.</p>
<p>Kind regards,<br>AWS Training and Certification Customer Support<br><a href="https://aws.amazon.com/training/">https://aws.amazon.com/training/</a></p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</td></tr></table>""")
    body = alt(part(plain), part(html, 'html'), b_ses())
    write('001-form-ack-case-opened.eml', trace('gmail', s, dt, A_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), A_USER, f'[CASE {A_CASE}] {A_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('case_created', A_CASE, [], True, 'en'))

def m002():
    dt = datetime(2025, 5, 28, 16, 12, 3, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Hello Daniel,

Thank you for contacting AWS Training and Certification Customer Support. My name is
Marisol and I will be assisting you with your case today.

I located both certification accounts mentioned in your request. Please review the
summary below carefully:

+-------------------+--------------+-------------------------------------+---------------------+
|                   | Candidate ID | E-mail on file                      | After the merge     |
+-------------------+--------------+-------------------------------------+---------------------+
| Account 1         | AWS04417782  | d.okafor@brightlane-consulting.com  | closed (merged)     |
| Account 2         | AWS11930265  | daniel.okafor.dev@gmail.com         | remains active      |
+-------------------+--------------+-------------------------------------+---------------------+
| Certifications    | AWS Certified Cloud Practitioner (2022), AWS Certified Solutions    |
|                   | Architect - Associate (2024) will be listed under AWS11930265        |
+-------------------+----------------------------------------------------------------------+
| Is this correct?  | Reply "Confirm" to this e-mail and we will submit the merge.        |
+-------------------+----------------------------------------------------------------------+

Please be aware that once two accounts are merged the action cannot be reversed, and
you will only be able to sign in with the e-mail address of the remaining account.

Best regards,

Marisol G.
AWS Training and Certification Customer Support

---------------- Original Message ----------------
From: Daniel Okafor [{A_USER}]
Sent: 5/27/2025 2:06 PM
To: {AWS_FORM}
Subject: {A_SUBJ}

{A_FORMTEXT}
""" + EN_FOOTER_FORM
    td = 'style="border:1px solid #aab7b8;padding:6px 10px"'
    html = html_wrap(f"""<p>Hello Daniel,</p>
<p>Thank you for contacting AWS Training and Certification Customer Support. My name is Marisol and I will be assisting you with your case today.</p>
<p>I located both certification accounts mentioned in your request. Please review the summary below carefully:</p>
<table style="border-collapse:collapse">
<tr><th {td}></th><th {td}>Candidate ID</th><th {td}>E-mail on file</th><th {td}>After the merge</th></tr>
<tr><td {td}>Account 1</td><td {td}>AWS04417782</td><td {td}>d.okafor@brightlane-consulting.com</td><td {td}>closed (merged)</td></tr>
<tr><td {td}>Account 2</td><td {td}>AWS11930265</td><td {td}>daniel.okafor.dev@gmail.com</td><td {td}>remains active</td></tr>
<tr><td {td}>Certifications</td><td {td} colspan="3">AWS Certified Cloud Practitioner (2022), AWS Certified Solutions Architect - Associate (2024) will be listed under AWS11930265</td></tr>
<tr><td {td}><b>Is this correct?</b></td><td {td} colspan="3"><b>Reply &quot;Confirm&quot; to this e-mail and we will submit the merge.</b></td></tr>
</table>
<p>Please be aware that once two accounts are merged the action cannot be reversed, and you will only be able to sign in with the e-mail address of the remaining account.</p>
<p>Best regards,<br><br>Marisol G.<br>AWS Training and Certification Customer Support</p>
<hr>
<p style="color:#555">---------------- Original Message ----------------<br>From: Daniel Okafor [{A_USER}]<br>Sent: 5/27/2025 2:06 PM<br>To: {AWS_FORM}<br>Subject: {A_SUBJ}</p>
<p style="color:#555">{text2html(A_FORMTEXT)}</p>""")
    body = alt(part(plain), part(html, 'html'), b_ses())
    write('002-table-with-confirm-row.eml', trace('gmail', s, dt, A_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), A_USER, f'RE:[CASE {A_CASE}] {A_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_confirmation_requested', A_CASE, ['AWS04417782', 'AWS11930265'], True, 'en'))

def m003():
    dt = datetime(2025, 5, 28, 23, 40, 51, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Hi Daniel,

Thank you for confirming. We will now proceed with merging AWS-04417782 into AWS-11930265.

Once the merge is complete we will send you a separate notification; this normally takes
one to three business days. There is nothing else you need to do in the meantime. Please
avoid scheduling a new exam on either account until you hear back from us.

Best regards,

Marisol G.
AWS Training and Certification Customer Support

---------------- Original Message ----------------
From: Daniel Okafor [{A_USER}]
Sent: 5/28/2025 9:31 PM
To: {AWS_FORM}
Subject: Re: RE:[CASE {A_CASE}] {A_SUBJ}

Hi Marisol,
The details are correct. Please proceed with the merge.
Thanks,
Daniel

On Wed, May 28, 2025 at 9:12 AM Amazon Web Services <{AWS_FORM}> wrote:
> Hello Daniel,
>
> I located both certification accounts mentioned in your request.
> | Account 1 | AWS04417782 | d.okafor@brightlane-consulting.com | closed (merged) |
> | Account 2 | AWS11930265 | daniel.okafor.dev@gmail.com        | remains active  |
> | Is this correct? | Reply "Confirm" to this e-mail and we will submit the merge. |
""" + EN_FOOTER_FORM
    body = part(plain, cte='quoted-printable')
    write('003-thanks-for-confirming-proceeding.eml', trace('gmail', s, dt, A_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), A_USER, f'RE:[CASE {A_CASE}] {A_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', A_CASE, ['AWS04417782', 'AWS11930265'], True, 'en'))

def m004():
    dt = datetime(2025, 5, 30, 10, 5, 44, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Hello Daniel,

Good news: our certification operations team has finalized your request. The history of
aws04417782 (Cloud Practitioner, Solutions Architect - Associate) now sits under
AWS11930265, and the old account has been deactivated.

Going forward, please sign in to the AWS Certification Account with
daniel.okafor.dev@gmail.com. If you hold an unused 50% discount benefit, you will find it
under Benefits on the surviving account.

Your Credly badges are updated separately. They normally arrive within 48 hours; if they
do not, reply to this e-mail and we will take care of it.

Best regards,

Marisol G.
AWS Training and Certification Customer Support
""" + EN_FOOTER_FORM
    html = html_wrap('<p>' + text2html(plain).replace('<br>\n<br>\n', '</p>\n<p>') + '</p>')
    body = alt(part(plain, cte='base64'), part(html, 'html', cte='base64'), b_ses())
    write('004-merge-finalized.eml', trace('gmail', s, dt, A_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), A_USER, f'RE:[CASE {A_CASE}] {A_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_completed', A_CASE, ['AWS04417782', 'AWS11930265'], True, 'en'))

def m005():
    dt = datetime(2025, 5, 30, 10, 6, 2, tzinfo=UTC)
    s = aws_sender(dt)
    html = html_wrap(f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>We have marked case <b>{A_CASE}</b> as resolved. We would love to hear about your experience.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="https://support.aws.amazon.com/survey?displayId={A_CASE}&amp;resolved=yes" style="background:#ff9900;color:#000;padding:8px 24px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://support.aws.amazon.com/survey?displayId={A_CASE}&amp;resolved=no" style="background:#eaeded;color:#000;padding:8px 24px;text-decoration:none">NO</a></p>
<p>How would you rate the support you received from our agent?</p>
<p><a href="https://support.aws.amazon.com/survey?displayId={A_CASE}&amp;r=5">Excellent</a> | <a href="https://support.aws.amazon.com/survey?displayId={A_CASE}&amp;r=4">Good</a> |
<a href="https://support.aws.amazon.com/survey?displayId={A_CASE}&amp;r=3">Fair</a> | <a href="https://support.aws.amazon.com/survey?displayId={A_CASE}&amp;r=2">Poor</a></p>
<p>If you need further help with this request, reply to this e-mail within 14 days and the case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr></table>""")
    body = part(html, 'html', cte='quoted-printable')
    write('005-resolved-survey-html-only.eml', trace('gmail', s, dt, A_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), A_USER, f'Your case {A_CASE} has been resolved - tell us how we did', dt, s['msgid'], body, SES_EXTRA(),
          L('survey', A_CASE, [], True, 'en'))

# Thread C (en, console, 11-digit)
C_CASE = '12204918376'
C_USER = 'priya.r@northfield-analytics.com'
C_SUBJ = 'Merge duplicate certification accounts'
CONSOLE_FOOT_EN = lambda c: f"""

To see the full case history and to reply, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

Was this response helpful? Rate it in the Support Center so we can keep improving.

We value your feedback. Please share your experience by rating this correspondence
using the AWS Support Center link above.

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To respond to this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

def m006():
    dt = datetime(2023, 3, 14, 17, 48, 20, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Hello Priya,

Thank you for reaching out to AWS Support.

I have searched our certification records and I can see two candidate profiles that
appear to belong to you:

  - AWS30158846, created 2019, registered to priya.raghu@gmail.com
  - AWS52207913, created 2022, registered to {C_USER}

Before I can raise the request with our certification team, could you let me know
which of these two you would like to keep as your main profile? The other one will be
folded into it, and all exam history will follow.

If you can also tell me whether you still have access to priya.raghu@gmail.com, that
would help, as we sometimes need to verify ownership of both addresses.

Best regards,

Tomasz W.
Amazon Web Services
""" + CONSOLE_FOOT_EN(C_CASE)
    body = alt(part(plain), part(html_wrap('<p>' + text2html(plain) + '</p>'), 'html'), b_ses())
    write('006-console-which-profile-to-keep.eml', trace('outlook', s, dt, C_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_NOREPLY), C_USER, f'RE:[CASE {C_CASE}] {C_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', C_CASE, ['AWS30158846', 'AWS52207913'], True, 'en'))

def m007():
    dt = datetime(2023, 3, 15, 15, 2, 9, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Hello Priya,

Thanks for getting back to me so quickly, and for letting me know you would like to
keep the profile linked to your work address.

About your question on the 50% discount benefit: benefits that are still valid are
carried over to the profile that remains, so the voucher you earned with the Developer -
Associate exam will not be lost. The same applies to your digital badges and to your
recertification dates; nothing needs to be done on your side for these.

Let me know if anything else is unclear.

Best regards,

Tomasz W.
Amazon Web Services

P.S. Before I hand this over to our certification team I need your explicit go-ahead
in writing. Could you reply "yes" if you agree that AWS30158846 is merged into AWS52207913,
and that AWS30158846 cannot be used to sign in afterwards?
""" + CONSOLE_FOOT_EN(C_CASE)
    body = alt(part(plain), part(html_wrap('<p>' + text2html(plain) + '</p>'), 'html'), b_ses())
    write('007-console-voucher-answer-yes-in-ps.eml', trace('outlook', s, dt, C_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_NOREPLY), C_USER, f'RE:[CASE {C_CASE}] {C_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_confirmation_requested', C_CASE, ['AWS30158846', 'AWS52207913'], True, 'en'))

# Thread E (en, form desk, 15-digit, three accounts)
E_OPEN = datetime(2024, 11, 18, 8, 41, 52, tzinfo=UTC)
E_CASE = cid15(E_OPEN, 427)
E_USER = 'lukas.brenner@outlook.com'

def m008():
    dt = datetime(2024, 11, 19, 11, 27, 45, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Dear Lukas,

Greetings from AWS Training and Certification!

We have reviewed your request. As per our records there are three accounts with your name
and date of birth:

AWS 08823164 - lukas.brenner@outlook.com - created 03/2021 (2 certifications)
AWS 61840027 - l.brenner@kaltwerk.de - created 11/2024 (no exam history)
AWS 61840391 - lukas.brenner+cert@outlook.com - created 11/2024 (1 exam appointment, cancelled)

To move forward we need two things from your side, please answer both in one reply:

1) Can you confirm that AWS 61840027 and AWS 61840391 shall both be merged into
   AWS 08823164, and that AWS 08823164 is the one staying?
2) Which e-mail address you want as sign-in for the staying account? At the moment it is
   lukas.brenner@outlook.com.

Kindly note the merge is permanent and can not be undo after processing.

Regards,
Ravi Shankar
AWS Training & Certification Support
""" + EN_FOOTER_FORM
    body = alt(part(plain, charset='us-ascii', cte='7bit'), part(html_wrap('<div>' + text2html(plain) + '</div>'), 'html', cte='quoted-printable'), b_ses())
    write('008-three-accounts-two-questions.eml', trace('outlook', s, dt, E_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), E_USER, f'RE:[CASE {E_CASE}] [AWS Training and Certification Form Submission] - account-assistance', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_confirmation_requested', E_CASE, ['AWS08823164', 'AWS61840027', 'AWS61840391'], True, 'en'))

def m009():
    dt = datetime(2024, 11, 19, 13, 5, 12, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Dear Lukas,

Please disregard my previous mail, I am sorry for the confusion. One of the candidate IDs
was mistyped and the second question was not needed, as the sign-in address stays as it
is unless you ask otherwise.

Corrected summary:

  merging from : AWS61840391 (lukas.brenner+cert@outlook.com)
  merging from : AWS61840027 (l.brenner@kaltwerk.de)
  merging into : AWS08823164 (lukas.brenner@outlook.com)  <-- remains

Can you please confirm once more that above is correct, then we will submit it to the
backend team.

Regards,
Ravi Shankar
AWS Training & Certification Support

-----Original Message-----
From: Amazon Web Services <{AWS_FORM}>
Sent: Tuesday, November 19, 2024 11:27 AM
To: {E_USER}
Subject: RE:[CASE {E_CASE}] [AWS Training and Certification Form Submission] - account-assistance

Dear Lukas,

AWS 08823164 - lukas.brenner@outlook.com - created 03/2021 (2 certifications)
AWS 61840027 - l.brenner@kaltwerk.de - created 11/2024 (no exam history)
AWS 61804391 - lukas.brenner+cert@outlook.com - created 11/2024

1) Can you confirm that AWS 61840027 and AWS 61804391 shall both be merged into
   AWS 08823164, and that AWS 08823164 is the one staying?
2) Which e-mail address you want as sign-in for the staying account?
""" + EN_FOOTER_FORM
    body = part(plain, charset='us-ascii', cte='7bit')
    write('009-corrected-summary-resent.eml', trace('outlook', s, dt, E_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), E_USER, f'RE:[CASE {E_CASE}] [AWS Training and Certification Form Submission] - account-assistance', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_confirmation_requested', E_CASE, ['AWS08823164', 'AWS61840027', 'AWS61840391'], True, 'en'))

# Thread G (en, form desk, 15-digit)
G_OPEN = datetime(2025, 2, 10, 19, 22, 7, tzinfo=UTC)
G_CASE = cid15(G_OPEN, 2291)
G_USER = 'ana.ferreira.cloud@gmail.com'

def m010():
    dt = datetime(2025, 2, 11, 21, 3, 30, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Hi Ana,

Thanks for your patience while I looked into this.

From your form I understand the plan is to merge AWS77120458 into AWS19036672, keeping
AWS19036672 as your account going forward. Before I can put that together, there is one
thing I'm missing: the e-mail address you gave for AWS77120458 (ana.ferreira@unisinos.edu)
doesn't match what we have on file for that account.

Could you tell me which e-mail address you use (or used) to sign in to AWS77120458? A
rough guess is fine - an old university or work address, for example. As soon as I have
it I'll send you a summary of the merge to look over.

Cheers,
Jordan
AWS Training and Certification Customer Support
""" + EN_FOOTER_FORM
    html = html_wrap('<div dir="ltr">' + text2html(plain) + '</div>')
    body = alt(part(plain), part(html, 'html'), b_ses())
    write('010-direction-stated-asks-login-email.eml', trace('gmail', s, dt, G_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), G_USER, f'RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - account-assistance', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', G_CASE, ['AWS19036672', 'AWS77120458'], True, 'en'))

def m011():
    dt = datetime(2025, 2, 13, 17, 40, 2, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Hi Ana,

A quick update on your case. Your request to merge AWS77120458 into AWS19036672 has been
handed over to our certification operations team, who carry out the actual change on the
candidate records. There is no action needed from you at this point.

This step usually takes 2-4 business days. Once the merge is complete we will let you
know in this same thread, and at that point you should sign in with the e-mail address
of AWS19036672 only.

Cheers,
Jordan
AWS Training and Certification Customer Support

On Wed, Feb 12, 2025 at 08:14 Ana Ferreira <{G_USER}> wrote:
> Hi Jordan, yes, everything in your summary is right, go ahead please.
> Ana
>
> > Summary: AWS77120458 (login ana.ferreira@unisinos.br) -> AWS19036672 (stays).
> > Please reply to confirm and we will submit the request.
""" + EN_FOOTER_FORM
    html = html_wrap('<div dir="ltr">' + text2html(plain) + '</div>')
    body = alt(part(plain), part(html, 'html'), b_ses())
    write('011-handed-to-ops-no-action-needed.eml', trace('gmail', s, dt, G_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), G_USER, f'RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - account-assistance', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', G_CASE, ['AWS19036672', 'AWS77120458'], True, 'en'))

# Thread H (en, form desk, non-native agent, hotmail)
H_OPEN = datetime(2025, 3, 10, 3, 15, 48, tzinfo=UTC)
H_CASE = cid15(H_OPEN, 30)
H_USER = 'megan.holloway@hotmail.com'
H_SUBJ = f'RE:[CASE {H_CASE}] [AWS Training and Certification Form Submission] - account-assistance'

def m012():
    dt = datetime(2025, 3, 11, 6, 50, 17, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Dear Megan,

Greetings of the day!

We have gone through your request and found below accounts in our system:

Source account (to be merged) : AWS55013872 / megan.h@trustline-fin.com
Target account (will be kept) : AWS40092116 / {H_USER}

Post merging, all the certifications, exam history and benefits of source account will be
available in the target account and source account will be deactivated permanently. This
activity is irreversible.

Kindly revert back with your go-ahead on the above so that we can process the same at the
earliest.

Thanks & Regards,
Nikhil
AWS Training and Certification
""" + EN_FOOTER_FORM
    html = html_wrap('<div style="font-family:Calibri,sans-serif">' + text2html(plain) + '</div>')
    body = alt(part(plain, cte='base64'), part(html, 'html', cte='base64'), b_ses())
    write('012-kindly-revert-with-go-ahead.eml', trace('outlook', s, dt, H_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), H_USER, H_SUBJ, dt, s['msgid'], body, SES_EXTRA(),
          L('merge_confirmation_requested', H_CASE, ['AWS40092116', 'AWS55013872'], True, 'en'))

def m013():
    dt = datetime(2025, 3, 13, 7, 2, 40, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Dear Megan,

This is a gentle reminder that we are yet to receive your response on our previous mail
dated 11-Mar-2025.

Please note that if we do not hear back from you within 3 business days, the case will be
auto-resolved. You can reopen it anytime by replying to this mail.

Thanks & Regards,
Nikhil
AWS Training and Certification
""" + EN_FOOTER_FORM
    body = part(plain, cte='quoted-printable')
    write('013-gentle-reminder-no-details.eml', trace('outlook', s, dt, H_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), H_USER, H_SUBJ, dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', H_CASE, [], True, 'en'))

def m014():
    dt = datetime(2025, 3, 14, 5, 31, 9, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Dear Megan,

Second reminder: we still need your approval before we can start.

   AWS55013872 (megan.h@trustline-fin.com)  --->  AWS40092116 ({H_USER})

Please reply "I agree" to this mail if the above merge direction is correct. In case you
want to keep AWS55013872 instead, kindly mention the same in your reply.

Thanks & Regards,
Nikhil
AWS Training and Certification

________________________________
From: Amazon Web Services <{AWS_FORM}>
Sent: Thursday, March 13, 2025 7:02 AM
To: {H_USER}
Subject: {H_SUBJ}

Dear Megan,

This is a gentle reminder that we are yet to receive your response on our previous mail
dated 11-Mar-2025.
""" + EN_FOOTER_FORM
    body = part(plain, cte='quoted-printable')
    write('014-second-reminder-restates-request.eml', trace('outlook', s, dt, H_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), H_USER, H_SUBJ, dt, s['msgid'], body, SES_EXTRA(),
          L('merge_confirmation_requested', H_CASE, ['AWS40092116', 'AWS55013872'], True, 'en'))

def m015():
    dt = datetime(2025, 3, 18, 9, 44, 0, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Dear Megan,

Thank you for your patience.

We are happy to inform that the merge activity is completed successfully. Now you can
login with {H_USER} and see all your certifications under AWS40092116. The other
account is no more accessible.

For the Credly badges, please allow 2-3 working days for it to reflect.

Is there anything else we can help you with? If not, we will go ahead and close the case.

Thanks & Regards,
Nikhil
AWS Training and Certification
""" + EN_FOOTER_FORM
    html = html_wrap('<div style="font-family:Calibri,sans-serif">' + text2html(plain) + '</div>')
    body = alt(part(plain), part(html, 'html'), b_ses())
    write('015-merge-activity-completed.eml', trace('outlook', s, dt, H_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), H_USER, H_SUBJ, dt, s['msgid'], body, SES_EXTRA(),
          L('merge_completed', H_CASE, ['AWS40092116'], True, 'en'))

# Thread I (en, console, 15-digit)
I_OPEN = datetime(2025, 8, 4, 22, 9, 31, tzinfo=UTC)
I_CASE = cid15(I_OPEN, 1178)
I_USER = 'sam.whitaker.aws@gmail.com'
I_SUBJ = 'Merge AWS83310475 into AWS26649018 (certification)'

def m016():
    dt = I_OPEN + timedelta(seconds=5)
    s = aws_sender(dt)
    plain = f"""Thank you for contacting Amazon Web Services. We have opened case {I_CASE} to address your issue.

The details of your case are as follows:

Case ID: {I_CASE}
Subject: {I_SUBJ}
Severity: General guidance
Correspondence: Hello, I passed SAA under an account I made by mistake (aws 83310475).
My main certification account is AWS26649018. Could you merge them please? Thanks, Sam

To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId={I_CASE}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please use the link above.

Thank you for using Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    body = part(plain, cte='quoted-printable')
    write('016-console-new-case-opened.eml', trace('gmail', s, dt, I_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_NOREPLY), I_USER, f'Amazon Web Services: You have opened a new Support case: {I_CASE}', dt, s['msgid'], body, SES_EXTRA(),
          L('case_created', I_CASE, ['AWS26649018', 'AWS83310475'], True, 'en'))

def m017():
    dt = datetime(2025, 8, 5, 16, 30, 12, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Hello,

We've added a new correspondence to your support case:

Case ID: {I_CASE}
Subject: {I_SUBJ}

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={I_CASE}&language=en

Please do not reply to this e-mail; replies to this address are not monitored.

Amazon Web Services
"""
    html = html_wrap(f"""<p>Hello,</p><p>We've added a new correspondence to your support case:</p>
<p><b>Case ID:</b> {I_CASE}<br><b>Subject:</b> {I_SUBJ}</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId={I_CASE}&amp;language=en">View your case in the AWS Support Center</a></p>
<p style="color:#687078;font-size:12px">Please do not reply to this e-mail; replies to this address are not monitored.</p>""")
    body = alt(part(plain), part(html, 'html'), b_ses())
    write('017-console-new-correspondence-notice.eml', trace('gmail', s, dt, I_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_NOREPLY), I_USER, f'[Case {I_CASE}] New correspondence added', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', I_CASE, ['AWS26649018', 'AWS83310475'], True, 'en'))

def m018():
    dt = datetime(2025, 8, 5, 16, 30, 40, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Hello Sam,

Thank you for contacting AWS Support regarding your certification profiles.

I have checked both records. AWS83310475 holds your AWS Certified Solutions Architect -
Associate result from July, and AWS26649018 holds your Cloud Practitioner from 2023. Our
certification team can move the newer profile into AWS26649018, which would then be the
only one you use.

One thing I noticed while reviewing: there is an upcoming exam appointment (AWS Certified
Developer - Associate, 3 September) booked under AWS83310475. Appointments are not moved
by the merge and would be cancelled. Would you prefer to sit that exam first, or to
reschedule it through Pearson VUE after everything is sorted? Let me know how you would
like to handle the appointment and I will plan accordingly.

Best regards,

Adaeze N.
Amazon Web Services
""" + CONSOLE_FOOT_EN(I_CASE)
    html = html_wrap('<p>' + text2html(plain) + '</p>')
    body = alt(part(plain), part(html, 'html'), b_ses())
    write('018-console-direction-named-asks-about-exam.eml', trace('gmail', s, dt, I_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_NOREPLY), I_USER, f'RE:[CASE {I_CASE}] {I_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', I_CASE, ['AWS26649018', 'AWS83310475'], True, 'en'))

def m019():
    dt = datetime(2025, 8, 12, 4, 0, 11, tzinfo=UTC)
    s = aws_sender(dt)
    html = html_wrap(f"""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<p>Hello,</p>
<p>Your support case <b>{I_CASE}</b> - <i>{I_SUBJ}</i> - has been resolved.</p>
<p><b>Resolution note from your agent:</b> The account merge was carried out on 11 August; your
certifications are now all listed on the surviving profile. No further action is needed.</p>
<p>If your issue isn't resolved, you can reopen this case within 14 days from the Support Center.</p>
<hr>
<p><b>How satisfied were you with the support you received?</b></p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={I_CASE}&amp;score=1">&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={I_CASE}&amp;score=2">&#9733;&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={I_CASE}&amp;score=3">&#9733;&#9733;&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={I_CASE}&amp;score=4">&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={I_CASE}&amp;score=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p style="color:#687078;font-size:11px">This e-mail was sent from an address that cannot accept incoming e-mail.<br>
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</td></tr></table>""")
    body = part(html, 'html', cte='base64')
    write('019-console-case-resolved-rating-stars.eml', trace('gmail', s, dt, I_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_NOREPLY), I_USER, f'Amazon Web Services: Your Support case {I_CASE} has been resolved', dt, s['msgid'], body, SES_EXTRA(),
          L('survey', I_CASE, ['AWS26649018', 'AWS83310475'], True, 'en'))

def m020():
    open_dt = datetime(2025, 8, 7, 2, 51, 40, tzinfo=UTC)
    case = cid15(open_dt, 512)
    dt = datetime(2025, 8, 7, 9, 15, 3, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Hello Sam,

Thank you for contacting AWS Support about the vCPU limit for Running On-Demand G and VT
instances.

To evaluate the request, could you please confirm the following?

  - The Region where the additional capacity is needed (the request mentions both
    us-east-1 and us-east-2)
  - The new limit value you need (currently 0 vCPU)
  - A short description of the workload

After we receive this information we will forward the request to the service team.

Best regards,

Karan P.
Amazon Web Services
""" + CONSOLE_FOOT_EN(case)
    body = alt(part(plain), part(html_wrap('<p>' + text2html(plain) + '</p>'), 'html'), b_ses())
    write('020-other-case-quota-increase.eml', trace('gmail', s, dt, I_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_NOREPLY), I_USER, f'RE:[CASE {case}] Limit Increase: EC2 Instances', dt, s['msgid'], body, SES_EXTRA(),
          L('unrelated', case, [], True, 'en'))

def m021():
    dt = datetime(2025, 6, 3, 20, 12, 55, tzinfo=UTC)
    s = aws_sender(dt)
    case = '6193027745'
    plain = f"""Hello,

Thank you for contacting Amazon Selling Partner Support.

We understand that you would like to merge your two seller accounts (store names
"Okafor Home Goods" and "BrightLane Essentials") so that both listings are managed from
one Seller Central login.

Before we can submit this request to the Account Health team, please confirm the
following by replying to this message:

1. The merchant token of the account that should remain: A2K7XQ1ZP0M3EV
2. The merchant token of the account that will be closed: A3RTB82LWQ9HFD
3. That you understand open orders on the closed account must be fulfilled first.

We hope this information helps. Was this email helpful? Yes / No

Thank you for selling on Amazon,
Karthik S.
Amazon.com
https://sellercentral.amazon.com
"""
    body = alt(part(plain), part(html_wrap('<p>' + text2html(plain) + '</p>'), 'html'), b_ses())
    write('021-seller-central-merge-two-stores.eml', trace('gmail', s, dt, A_USER), sender_headers(s, dt),
          enc_addr('Amazon Selling Partner Support', 'seller-support@amazon.com'), A_USER,
          f'RE:[CASE {case}] Merge two seller accounts under one login', dt, s['msgid'], body, SES_EXTRA(),
          L('unrelated', case, [], True, 'en'))

def m022():
    dt = datetime(2025, 6, 9, 1, 33, 19, tzinfo=UTC)
    s = other_sender(dt, 'aws-certify-portal.com', '185.243.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'mail.aws-certify-portal.com')
    v = {'spf': 'softfail', 'dkim': {'aws-certify-portal.com': 'pass'}, 'dmarc': 'pass', 'pol': 'NONE'}
    plain = """Dear Certified Professional,

Our records indicate that your AWS Certification profile has not been validated since the
update of our Candidate Agreement. To avoid suspension of your certifications and digital
badges, you must re-validate your identity within 48 hours.

    Validate now: https://aws-certify-portal.com/validate?ref=CX93821

If you do not complete this step, your AWS Certified status will be revoked and you will
need to retake all exams.

AWS Training & Certification Compliance Team
"""
    html = html_wrap('<div style="max-width:560px"><img src="https://aws-certify-portal.com/img/aws.png" width="80"><p>' + text2html(plain).replace('https://aws-certify-portal.com/validate?ref=CX93821', '<a href="https://aws-certify-portal.com/validate?ref=CX93821">VALIDATE MY CERTIFICATION</a>') + '</p></div>')
    body = alt(part(plain), part(html, 'html'), b_gmail())
    write('022-phish-revalidate-certification.eml', trace('gmail', s, dt, G_USER, v), sender_headers(s, dt),
          enc_addr('AWS Certification', 'compliance@aws-certify-portal.com'), G_USER,
          'Action required: your AWS Certification will be suspended in 48 hours', dt, s['msgid'], body, [],
          L('unrelated', None, [], False, 'en'))

def m023():
    dt = datetime(2025, 7, 21, 14, 48, 2, tzinfo=UTC)
    s = other_sender(dt, 'amazon.com', '45.134.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'vps-4471.hostnet-cloud.ru', mfdom='hostnet-cloud.ru', dkim=[])
    v = {'spf': 'fail', 'dkim': {}, 'dmarc': 'fail'}
    forged = 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'
    plain = """Hello,

We received a request to merge the following AWS Certification accounts:

    Account to be closed : AWS73301948
    Account to be kept   : AWS73301950

To protect your certifications, we need you to confirm this merge within 24 hours. If we
do not receive your confirmation, both accounts will be locked for security review.

    Confirm the merge: https://amazon-certification-support.com/merge/confirm?id=73301948

Thank you,
AWS Training and Certification Customer Support
"""
    html = html_wrap('<p>' + text2html(plain).replace('https://amazon-certification-support.com/merge/confirm?id=73301948', '<a href="https://amazon-certification-support.com/merge/confirm?id=73301948" style="background:#ff9900;padding:6px 14px;color:#000">CONFIRM MERGE</a>') + '</p>')
    body = alt(part(plain), part(html, 'html'), b_gmail())
    write('023-spoofed-confirm-merge-link.eml', trace('gmail', s, dt, I_USER, v, forged=forged), [],
          enc_addr(FORM_NAME, AWS_FORM), I_USER,
          'Action required: confirm your AWS Certification account merge', dt, s['msgid'], body, [],
          L('merge_confirmation_requested', None, ['AWS73301948', 'AWS73301950'], False, 'en'))

def m024():
    dt = datetime(2025, 5, 31, 2, 17, 44, tzinfo=UTC)
    s = credly_sender(dt)
    bid = rhex(8) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(12)
    plain = f"""Amazon Web Services Training and Certification has issued you a badge

Hi Daniel,

Amazon Web Services Training and Certification has issued you a new badge:
AWS Certified Solutions Architect - Associate

This badge was reissued to this address after your AWS Certification accounts were
consolidated. Accept your badge to add it to your profile and share it with your network.

Accept your badge: https://www.credly.com/badges/{bid}/accept

Questions? Visit https://support.credly.com

You are receiving this email because Amazon Web Services Training and Certification issued
a badge to {A_USER}.
Credly, Inc. | 2 Park Avenue, Suite 1900 | New York, NY 10016
Unsubscribe: https://www.credly.com/notifications/unsubscribe?token={rhex(32)}
"""
    html = html_wrap(f"""<table width="600" align="center"><tr><td style="text-align:center;padding:24px">
<img src="https://images.credly.com/size/340x340/images/{ruuid()}/image.png" width="170" alt="AWS Certified Solutions Architect - Associate">
<h2>Amazon Web Services Training and Certification has issued you a new badge</h2>
<p style="font-size:18px"><b>AWS Certified Solutions Architect - Associate</b></p>
<p>This badge was reissued to this address after your AWS Certification accounts were consolidated.</p>
<p><a href="https://www.credly.com/badges/{bid}/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 2 Park Avenue, Suite 1900 | New York, NY 10016</p>
</td></tr></table>""")
    body = alt(part(plain), part(html, 'html'), b_gmail())
    write('024-credly-badge-reissued-after-merge.eml', trace('gmail', s, dt, A_USER), sender_headers(s, dt),
          enc_addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), A_USER,
          'Daniel, you have been issued a badge: AWS Certified Solutions Architect - Associate', dt, s['msgid'], body,
          [('List-Unsubscribe', '<https://www.credly.com/notifications/unsubscribe?token=%s>' % rhex(32))],
          L('credly_badge_issued', None, [], True, 'en'))

def m025():
    dt = datetime(2025, 6, 2, 18, 3, 27, tzinfo=UTC)
    s = credly_sender(dt)
    code = '%06d' % R.randint(100000, 999999)
    plain = f"""Hi Daniel,

Someone (hopefully you) asked to merge the Credly account d.okafor@brightlane-consulting.com
into your Credly account {A_USER}. All badges from the other account will be moved
and the other account will be closed.

Your verification code: {code}

Complete Account Merge: https://www.credly.com/account_merges/{rhex(24)}/confirm?code={code}

This code expires in 30 minutes. If you did not request this, you can ignore this email.

The Credly Team
"""
    body = alt(part(plain), part(html_wrap('<p>' + text2html(plain) + '</p>'), 'html'), b_gmail())
    write('025-credly-self-service-merge-code.eml', trace('gmail', s, dt, A_USER), sender_headers(s, dt),
          enc_addr('Credly', 'admin@credly.com'), A_USER, 'Confirm your Credly account merge', dt, s['msgid'], body, [],
          L('unrelated', None, [], True, 'en'))

def m026():
    dt = datetime(2025, 6, 20, 15, 0, 9, tzinfo=UTC)
    s = other_sender(dt, 'certmetrics.com', '198.21.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'o1.mail.certmetrics.com', mfdom='mail.certmetrics.com', dkim=['certmetrics.com'])
    plain = """AWS Certification wants to hear from you

Hello Megan,

Thank you for being part of the AWS Certification community. We would like to learn more
about your experience preparing for and taking your recent AWS Certification exam.

The survey takes about 10 minutes. Your answers are confidential and are used only to
improve AWS Certification programs.

Take the survey: https://www.certmetrics.com/amazon/survey/launch.aspx?sid=8b1f3e2c

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Training and Certification.
Please do not reply to this e-mail.
"""
    body = alt(part(plain), part(html_wrap('<p>' + text2html(plain) + '</p>'), 'html'), b_gmail())
    write('026-certmetrics-hear-from-you.eml', trace('outlook', s, dt, H_USER), sender_headers(s, dt),
          enc_addr('AWS Certification', 'do-not-reply@certmetrics.com'), H_USER, 'AWS Certification wants to hear from you', dt, s['msgid'], body, [],
          L('unrelated', None, [], False, 'en'))

def m027():
    dt = datetime(2025, 8, 8, 12, 41, 7, tzinfo=UTC)
    s = other_sender(dt, 'github.com', '192.30.252.%d' % R.randint(190, 210), 'out-21.smtp.github.com', dkim=['github.com'], msgid_dom='github.com')
    plain = """Merged #214 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/whitaker-labs/cert-tracker/pull/214#event-18341192044
You are receiving this because you authored the thread.
"""
    html = html_wrap('<p>Merged <a href="https://github.com/whitaker-labs/cert-tracker/pull/214">#214</a> into main.</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/whitaker-labs/cert-tracker/pull/214#event-18341192044">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>')
    body = alt(part(plain, cte='7bit'), part(html, 'html', cte='7bit'), '--==_mimepart_%s_%d' % (rhex(13), R.randint(100000, 999999)))
    write('027-github-pr-merged.eml', trace('plain', s, dt, 'sam@whitaker-labs.net'), sender_headers(s, dt),
          enc_addr('Sam Whitaker', 'notifications@github.com'), 'whitaker-labs/cert-tracker <cert-tracker@noreply.github.com>',
          'Re: [whitaker-labs/cert-tracker] Merge duplicate account records into main account (PR #214)', dt,
          '<whitaker-labs/cert-tracker/pull/214/issue_event/18341192044@github.com>', body,
          [('In-Reply-To', '<whitaker-labs/cert-tracker/pull/214@github.com>'), ('List-ID', 'whitaker-labs/cert-tracker <cert-tracker.whitaker-labs.github.com>')],
          L('unrelated', None, [], None, 'en'))

def m028():
    dt = datetime(2025, 2, 17, 22, 18, 36, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Hi Ana,

All done! AWS77120458 no longer exists as a separate account - everything it held (your
Cloud Practitioner certification and the exam history) is now part of AWS19036672.

Since the request has been taken care of, I'm going to set this case to resolved. You'll
get a short survey about this case afterwards; if you have a minute, I'd really
appreciate your feedback.

Cheers,
Jordan
AWS Training and Certification Customer Support

On Thu, Feb 13, 2025 at 17:40 Amazon Web Services <{AWS_FORM}> wrote:
> Hi Ana,
>
> A quick update on your case. Your request to merge AWS77120458 into AWS19036672 has been
> handed over to our certification operations team, who carry out the actual change on the
> candidate records. There is no action needed from you at this point.
>
> On Wed, Feb 12, 2025 at 08:14 Ana Ferreira <{G_USER}> wrote:
> > Hi Jordan, yes, everything in your summary is right, go ahead please.
""" + EN_FOOTER_FORM
    html = html_wrap('<div dir="ltr">' + text2html(plain) + '</div>')
    body = alt(part(plain), part(html, 'html'), b_ses())
    write('028-all-done-closing-case.eml', trace('gmail', s, dt, G_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), G_USER, f'RE:[CASE {G_CASE}] [AWS Training and Certification Form Submission] - account-assistance', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_completed', G_CASE, ['AWS19036672', 'AWS77120458'], True, 'en'))

def m029():
    dt = datetime(2025, 2, 17, 22, 19, 50, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Hello,

Your recent case with AWS Training and Certification Customer Support has been closed.

Case ID: {G_CASE}

Please take a minute to tell us about your experience. Your feedback helps us improve the
support we give to learners and certified professionals.

  Was your issue resolved?  https://amazonmr.au1.qualtrics.com/jfe/form/SV_aws-tc?case={G_CASE}&q1=yes
                            https://amazonmr.au1.qualtrics.com/jfe/form/SV_aws-tc?case={G_CASE}&q1=no

  Overall, how satisfied are you with the service you received? (1-5)
  https://amazonmr.au1.qualtrics.com/jfe/form/SV_aws-tc?case={G_CASE}

Thank you for choosing AWS Training and Certification.
"""
    body = part(plain, charset='us-ascii', cte='7bit')
    write('029-case-closed-satisfaction-survey.eml', trace('gmail', s, dt, G_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), G_USER, f'How did we do? Case {G_CASE}', dt, s['msgid'], body, SES_EXTRA(),
          L('survey', G_CASE, [], True, 'en'))

def m030():
    open_dt = datetime(2024, 6, 2, 13, 37, 5, tzinfo=UTC)
    case = cid15(open_dt, 88)
    user = 'chen.wei.de@gmail.com'
    dt = datetime(2024, 6, 3, 18, 20, 40, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Hello Wei,

Thank you for contacting AWS Training and Certification.

Both accounts you listed are yours, and either can be kept. They differ as follows:

  Option A - keep AWS-92036118 (wei.chen@fraunhofer-partner.de)
             AWS-50114627 is merged into it. Your SysOps Administrator certification
             (expires 2026) and DevOps Engineer - Professional (expires 2027) end up here.
  Option B - keep AWS-50114627 ({user})
             AWS-92036118 is merged into it. Same certifications, but you will sign in
             with your Gmail address.

Most candidates choose the account whose e-mail they will keep long-term (usually a
personal address). Please reply with "A" or "B" and I will prepare the request.

Kind regards,
Sofia
AWS Training and Certification Customer Support

> Gesendet: Sonntag, 2. Juni 2024 um 15:37 Uhr
> Von: "Wei Chen" <{user}>
> An: {AWS_FORM}
> Betreff: [AWS Training and Certification Form Submission] - account-assistance
>
> Hello, I have two certification accounts, AWS92036118 and AWS50114627, please merge them.
""" + EN_FOOTER_FORM
    html = html_wrap('<p>' + text2html(plain) + '</p>')
    body = alt(part(plain, cte='base64'), part(html, 'html', cte='base64'), b_ses())
    write('030-option-a-or-b-choose-survivor.eml', trace('gmail', s, dt, user), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), user, f'RE:[CASE {case}] [AWS Training and Certification Form Submission] - account-assistance', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', case, ['AWS50114627', 'AWS92036118'], True, 'en'))

# =====================================================================
# Japanese threads
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
# J1 (form desk, 15-digit, nifty)
J1_OPEN = datetime(2025, 4, 14, 1, 22, 45, tzinfo=UTC)
J1_CASE = cid15(J1_OPEN, 4410)
J1_USER = 'misaki.tanaka@nifty.com'
J1_FORM = """お問い合わせ種別：AWS Training and Certification
詳細：Account Merge
氏名：田中 美咲
メールアドレス：misaki.tanaka@nifty.com
AWS 候補者 ID：AWS07735120
内容：以前の勤務先のメールアドレス（m.tanaka@kojima-sys.co.jp）で作成した認定アカウント
AWS20581934 があります。現在のアカウント AWS07735120 に統合していただきたく、
よろしくお願いいたします。"""

def m031():
    dt = J1_OPEN + timedelta(seconds=4)
    s = aws_sender(dt)
    plain = f"""田中 美咲 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールはシステムより自動送信しております。

お問い合わせを受け付け、以下のケースを作成いたしました。

　ケース ID：{J1_CASE}

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
同じ内容で新たにフォームを送信いただきますと、ご回答までにお時間をいただく場合が
ございます。追加の情報がございましたら、件名を変更せずに本メールへご返信ください。

今後ともよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
""" + JA_FOOTER_FORM
    body = part(plain, charset='iso-2022-jp', cte='7bit')
    write('031-ja-form-auto-acknowledgement.eml', trace('mx.nifty.com', s, dt, J1_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J1_USER, f'[CASE {J1_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('case_created', J1_CASE, [], True, 'ja'))

def m032():
    dt = datetime(2025, 4, 15, 2, 40, 18, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""田中 美咲 様

AWS トレーニングと認定 カスタマーサポートの佐々木でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

ご依頼いただいた認定アカウントの統合につきまして、お客様の登録情報を確認いたしました。
統合の内容は以下のとおりでございます。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■統合元（統合後はご利用いただけなくなるアカウント）
　候補者 ID　　　：AWS20581934
　メールアドレス：m.tanaka@kojima-sys.co.jp
　保有認定　　　：AWS Certified Cloud Practitioner

■統合先（統合後も引き続きご利用いただくアカウント）
　候補者 ID　　　：AWS07735120
　メールアドレス：misaki.tanaka@nifty.com
　保有認定　　　：AWS Certified Solutions Architect - Associate

■ご確認のお願い
　上記の内容でお間違いがなければ、本メールにご返信いただき、統合へのご同意を
　お知らせいただけますでしょうか。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

なお、統合は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

何卒よろしくお願い申し上げます。

佐々木
AWS トレーニングと認定 カスタマーサポート

--- 元のメッセージ ---
差出人: 田中 美咲 [{J1_USER}]
送信日時: 2025/04/14 10:22
宛先: {AWS_FORM}
件名: {FORM_SUBJ}

{J1_FORM}
""" + JA_FOOTER_FORM
    html = html_wrap('<div style="font-family:\'Meiryo\',sans-serif">' + text2html(plain) + '</div>', 'ja')
    body = alt(part(plain, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'), b_ses())
    write('032-ja-boxed-summary-consent-at-end.eml', trace('mx.nifty.com', s, dt, J1_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J1_USER, f'RE:[CASE {J1_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_confirmation_requested', J1_CASE, ['AWS07735120', 'AWS20581934'], True, 'ja'))

def m033():
    dt = datetime(2025, 4, 15, 6, 12, 55, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""田中 美咲 様

ご返信いただき、誠にありがとうございます。

ご同意をいただきましたので、AWS20581934 を AWS07735120 へ統合する手続きを
これより進めてまいります。

統合が完了いたしましたら、本ケースにて改めてご連絡いたします。
通常 1〜3 営業日ほどお時間をいただいております。それまでの間、お客様にて
ご対応いただくことはございません。

引き続きよろしくお願いいたします。

佐々木
AWS トレーニングと認定 カスタマーサポート

2025年4月15日(火) 14:02 田中 美咲 <{J1_USER}>:
> 佐々木様
>
> ご連絡ありがとうございます。
> 内容に相違ございません。統合をお願いいたします。
>
> 田中
>
> > ■統合元（統合後はご利用いただけなくなるアカウント）
> > 　候補者 ID　　　：AWS20581934
> > ■統合先（統合後も引き続きご利用いただくアカウント）
> > 　候補者 ID　　　：AWS07735120
> > 上記の内容でお間違いがなければ、本メールにご返信いただき、統合へのご同意を
> > お知らせいただけますでしょうか。
""" + JA_FOOTER_FORM
    body = part(plain, charset='iso-2022-jp', cte='7bit')
    write('033-ja-consent-received-proceeding.eml', trace('mx.nifty.com', s, dt, J1_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J1_USER, f'RE:[CASE {J1_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', J1_CASE, ['AWS07735120', 'AWS20581934'], True, 'ja'))

def m034():
    dt = datetime(2025, 4, 17, 8, 3, 31, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""田中 美咲 様

大変お待たせいたしました。
ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、
ご報告いたします。

統合後のアカウント：AWS07735120（misaki.tanaka@nifty.com）

これまで AWS20581934 に登録されていた認定資格および受験履歴は、すべて上記の
アカウントに移行されております。今後は misaki.tanaka@nifty.com にてサインインを
お願いいたします。

Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート
""" + JA_FOOTER_FORM
    html = html_wrap('<div>' + text2html(plain) + '</div>', 'ja', 'shift_jis')
    body = alt(part(plain, charset='shift_jis', cte='base64'), part(html, 'html', charset='shift_jis', cte='base64'), b_ses())
    write('034-ja-merge-work-finished-sjis.eml', trace('mx.nifty.com', s, dt, J1_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J1_USER, f'RE:[CASE {J1_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_completed', J1_CASE, ['AWS07735120', 'AWS20581934'], True, 'ja'))

def m035():
    dt = datetime(2025, 4, 17, 8, 4, 10, tzinfo=UTC)
    s = aws_sender(dt)
    html = html_wrap(f"""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:14px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<p>お客様</p>
<p>ケース <b>{J1_CASE}</b> を解決済みとしてクローズいたしました。</p>
<p>今回のサポートについて、簡単なアンケートにご協力いただけますと幸いです。</p>
<p style="font-size:16px"><b>問題は解決しましたか？</b></p>
<p><a href="https://support.aws.amazon.com/survey?displayId={J1_CASE}&amp;lang=ja&amp;resolved=yes" style="background:#ff9900;color:#000;padding:8px 24px;text-decoration:none">はい</a>
&nbsp;&nbsp;<a href="https://support.aws.amazon.com/survey?displayId={J1_CASE}&amp;lang=ja&amp;resolved=no" style="background:#eaeded;color:#000;padding:8px 24px;text-decoration:none">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください：
<a href="https://support.aws.amazon.com/survey?displayId={J1_CASE}&amp;r=5">5</a> <a href="https://support.aws.amazon.com/survey?displayId={J1_CASE}&amp;r=4">4</a>
<a href="https://support.aws.amazon.com/survey?displayId={J1_CASE}&amp;r=3">3</a> <a href="https://support.aws.amazon.com/survey?displayId={J1_CASE}&amp;r=2">2</a>
<a href="https://support.aws.amazon.com/survey?displayId={J1_CASE}&amp;r=1">1</a></p>
<p>追加のご質問がある場合は、14 日以内に本メールへご返信いただくとケースが再開されます。</p>
<p>AWS トレーニングと認定</p>
</td></tr></table>""", 'ja')
    body = part(html, 'html', cte='base64')
    write('035-ja-closed-questionnaire-html.eml', trace('mx.nifty.com', s, dt, J1_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J1_USER, f'ケース {J1_CASE} はクローズされました - アンケートへのご協力のお願い', dt, s['msgid'], body, SES_EXTRA(),
          L('survey', J1_CASE, [], True, 'ja'), subj_charset='iso-2022-jp')

# J2 (console, 11-digit, O365 company)
J2_CASE = '10582773019'
J2_USER = 'k-sato@shiomi-tech.co.jp'
J2_SUBJ = '認定アカウントの統合について'
CONSOLE_FOOT_JA = lambda c: f"""

ケースの詳細の確認およびご返信は、サポートセンターから行ってください。
https://console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={c}&language=ja

このメールは送信専用のアドレスから送信されています。ご返信いただいてもお受けできませんので
ご了承ください。

今回の対応はいかがでしたか？サポートセンターで評価をお寄せください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
"""

def m036():
    dt = datetime(2022, 10, 3, 0, 51, 2, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {J2_CASE} をオープンしました。

ケースの詳細は以下のとおりです。

ケース ID: {J2_CASE}
件名: {J2_SUBJ}
重要度: 一般的なガイダンス
お問い合わせ内容: 個人用と会社用で認定アカウントが2つあります。1つにまとめたいのですが可能でしょうか。

このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。
https://console.aws.amazon.com/support/home?region=ap-northeast-1#/case/?displayId={J2_CASE}&language=ja

※このメールは送信専用のアドレスから送信されています。このケースに返信するには、上記のリンクをご利用ください。

Amazon Web Services をご利用いただき、ありがとうございます。
"""
    body = part(plain, charset='utf-8', cte='base64')
    write('036-ja-console-case-opened.eml', trace('outlook', s, dt, J2_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_NOREPLY), J2_USER, f'Amazon Web Services: 新しいサポートケースがオープンされました: {J2_CASE}', dt, s['msgid'], body, SES_EXTRA(),
          L('case_created', J2_CASE, [], True, 'ja'))

def m037():
    dt = datetime(2022, 10, 4, 5, 17, 40, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""佐藤 様

AWS サポートの藤井です。お問い合わせいただきありがとうございます。

お客様のお名前で、次の 2 つの認定アカウントを確認いたしました。

　・AWS46620318（登録メールアドレス：kenta.sato.1988@gmail.com）
　・AWS38815290（登録メールアドレス：{J2_USER}）

2 つのアカウントを 1 つにまとめることは可能でございます。
つきましては、どちらのアカウントを今後もご利用になるご希望か、お知らせいただけます
でしょうか。残さない方のアカウントの認定資格・受験履歴は、残す方のアカウントへ
移行されます。

会社のメールアドレスはご退職などでご利用いただけなくなる可能性もございますため、
個人のメールアドレスのアカウントを残される方が多い傾向にございます。

よろしくお願いいたします。

藤井
Amazon Web Services
""" + CONSOLE_FOOT_JA(J2_CASE)
    body = alt(part(plain, cte='quoted-printable'), part(html_wrap(text2html(plain), 'ja'), 'html', cte='quoted-printable'), b_ses())
    write('037-ja-console-which-to-keep.eml', trace('outlook', s, dt, J2_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_NOREPLY), J2_USER, f'RE:[CASE {J2_CASE}] {J2_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', J2_CASE, ['AWS38815290', 'AWS46620318'], True, 'ja'), subj_charset='iso-2022-jp')

def m038():
    dt = datetime(2022, 10, 5, 7, 2, 28, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""佐藤 様

AWS サポートの藤井です。ご返信いただきありがとうございます。

個人のメールアドレスのアカウントを残されるとのこと、承知いたしました。

お問い合わせいただいた再認定の期限についてご案内いたします。
統合後も、各認定資格の有効期限は変わりません。AWS Certified Developer - Associate の
有効期限（2024 年 11 月）も、そのまま引き継がれます。また、受験時に付与された
50% 割引の特典についても、有効期限内のものは統合先のアカウントでご利用いただけます。

その他ご不明な点がございましたら、お気軽にお知らせください。

藤井
Amazon Web Services

追伸：統合の手続きを担当部署へ依頼する前に、念のため最終的なご意向を確認させて
ください。AWS38815290 を AWS46620318 に統合し、AWS38815290 は今後ご利用いただけなく
なるという内容でよろしければ、「はい」とだけでもサポートセンターからご返信いただけ
ますと幸いです。
""" + CONSOLE_FOOT_JA(J2_CASE)
    body = alt(part(plain, cte='quoted-printable'), part(html_wrap(text2html(plain), 'ja'), 'html', cte='quoted-printable'), b_ses())
    write('038-ja-console-recert-answer-ps-yes.eml', trace('outlook', s, dt, J2_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_NOREPLY), J2_USER, f'RE:[CASE {J2_CASE}] {J2_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_confirmation_requested', J2_CASE, ['AWS38815290', 'AWS46620318'], True, 'ja'), subj_charset='iso-2022-jp')

# J3 (form desk, 15-digit, biglobe)
J3_OPEN = datetime(2025, 1, 20, 12, 4, 33, tzinfo=UTC)
J3_CASE = cid15(J3_OPEN, 9027)
J3_USER = 'd-yamamoto@mvh.biglobe.ne.jp'

def m039():
    dt = datetime(2025, 1, 21, 4, 55, 10, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""山本 大輔 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの森と申します。

アカウント統合のご依頼につきまして、手続きを進めるにあたり、以下の 2 点について
ご回答をお願いできますでしょうか。

【1】統合の方向について
　AWS90071243（d.yamamoto@hoshino-denki.co.jp）を AWS62209481（{J3_USER}）へ
　統合し、AWS62209481 を残すという内容でお間違いないでしょうか。

【2】統合後のサインイン用メールアドレスについて
　統合後のアカウントのメールアドレスは、現在の {J3_USER} のままで
　よろしいでしょうか。別のアドレスへの変更をご希望の場合はお知らせください。

両方のご回答をいただけましたら、速やかに手続きを開始いたします。
なお、統合後に元の状態へ戻すことはできませんので、ご了承ください。

森
AWS トレーニングと認定 カスタマーサポート
""" + JA_FOOTER_FORM
    body = part(plain, charset='iso-2022-jp', cte='7bit')
    write('039-ja-two-numbered-questions.eml', trace('mfilter.biglobe.ne.jp', s, dt, J3_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J3_USER, f'RE:[CASE {J3_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_confirmation_requested', J3_CASE, ['AWS62209481', 'AWS90071243'], True, 'ja'))

def m040():
    dt = datetime(2025, 1, 21, 6, 30, 2, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""山本 大輔 様

カスタマーサポートの森でございます。

先ほどお送りしたメールにおきまして、統合元と統合先の記載が逆になっておりました。
ご依頼フォームの内容を再確認いたしましたところ、受験履歴の多い会社用アカウントを
残されるご希望でございました。ご迷惑をおかけし、誠に申し訳ございません。

正しい内容は以下のとおりでございます。

　統合元（削除）：AWS62209481（{J3_USER}）
　統合先（存続）：AWS90071243（d.yamamoto@hoshino-denki.co.jp）

恐れ入りますが、こちらの内容で手続きを進めてよろしいか、改めてご返信いただけます
でしょうか。なお、前回お伺いしたメールアドレスの件は、統合後に変更も可能ですので、
ご回答は不要でございます。

森
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
From: Amazon Web Services <{AWS_FORM}>
Sent: Tuesday, January 21, 2025 1:55 PM
To: {J3_USER}
Subject: RE:[CASE {J3_CASE}] {FORM_SUBJ}

【1】統合の方向について
　AWS90071243（d.yamamoto@hoshino-denki.co.jp）を AWS62209481（{J3_USER}）へ
　統合し、AWS62209481 を残すという内容でお間違いないでしょうか。
【2】統合後のサインイン用メールアドレスについて
""" + JA_FOOTER_FORM
    body = alt(part(plain, cte='base64'), part(html_wrap(text2html(plain), 'ja'), 'html', cte='base64'), b_ses())
    write('040-ja-direction-corrected-reask.eml', trace('mfilter.biglobe.ne.jp', s, dt, J3_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J3_USER, f'RE:[CASE {J3_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_confirmation_requested', J3_CASE, ['AWS62209481', 'AWS90071243'], True, 'ja'))

# J4 (form desk, 15-digit, OCN)
J4_OPEN = datetime(2024, 9, 9, 23, 48, 16, tzinfo=UTC)
J4_CASE = cid15(J4_OPEN, 613)
J4_USER = 'kobayashi.yuki@ocn.ne.jp'

def m041():
    dt = datetime(2024, 9, 11, 1, 20, 45, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""小林 由紀 様

AWS トレーニングと認定 カスタマーサポートでございます。
お問い合わせいただき、誠にありがとうございます。

フォームの内容より、AWS33480156 を AWS71902364 に統合し、AWS71902364 を引き続き
ご利用になりたいとのご希望であると理解しております。

しかしながら、フォームにご記入いただいた AWS33480156 のメールアドレス
（yuki.k@aoba-gakuen.ac.jp）が、弊社の記録と一致しておりませんでした。

お手数をおかけいたしますが、AWS33480156 にサインインする際にご使用の（またはご使用
だった）メールアドレスをお知らせいただけますでしょうか。
確認が取れ次第、統合内容をまとめたうえで、改めてご連絡を差し上げます。

何卒よろしくお願いいたします。

小野寺
AWS トレーニングと認定 カスタマーサポート
""" + JA_FOOTER_FORM
    body = part(plain, charset='iso-2022-jp', cte='7bit')
    write('041-ja-direction-understood-email-mismatch.eml', trace('ocn.ne.jp', s, dt, J4_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J4_USER, f'RE:[CASE {J4_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', J4_CASE, ['AWS33480156', 'AWS71902364'], True, 'ja'))

def m042():
    dt = datetime(2024, 9, 17, 5, 2, 9, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""小林 由紀 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの小野寺です。

現在、担当部署にて aws33480156 から aws71902364 への統合作業を進めております。
統合が完了次第、本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。

なお、本件についてお客様に追加でご対応いただくことはございません。

小野寺
AWS トレーニングと認定 カスタマーサポート

2024年9月13日(金) 9:41 小林由紀 <{J4_USER}>:
> 小野寺様
> サインインに使っていたのは yuki.kobayashi.0302@gmail.com でした。
> まとめていただいた内容で問題ありません。よろしくお願いします。
>
> > 統合元：AWS33480156（yuki.kobayashi.0302@gmail.com）
> > 統合先：AWS71902364（{J4_USER}）
> > 上記の内容でよろしいか、ご返信にてお知らせください。
""" + JA_FOOTER_FORM
    body = alt(part(plain, charset='utf-8', cte='quoted-printable'), part(html_wrap(text2html(plain), 'ja'), 'html', cte='quoted-printable'), b_ses())
    write('042-ja-in-progress-no-action.eml', trace('ocn.ne.jp', s, dt, J4_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J4_USER, f'RE:[CASE {J4_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', J4_CASE, ['AWS33480156', 'AWS71902364'], True, 'ja'))

def m043():
    dt = datetime(2024, 9, 12, 23, 30, 0, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""小林 由紀 様

AWS トレーニングと認定 カスタマーサポートの小野寺でございます。

9 月 11 日にお送りしたメールにつきまして、ご返信を確認できておりませんでしたので、
念のため再度ご連絡いたしました。

お手すきの際に、前回のメールをご確認のうえご返信いただけますと幸いです。
本日より 5 営業日以内にご返信がない場合、本ケースはいったんクローズとさせて
いただきますが、クローズ後も本メールへのご返信で再開が可能でございます。

小野寺
AWS トレーニングと認定 カスタマーサポート
""" + JA_FOOTER_FORM
    body = part(plain, charset='iso-2022-jp', cte='7bit')
    write('043-ja-follow-up-awaiting-reply.eml', trace('ocn.ne.jp', s, dt, J4_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J4_USER, f'RE:[CASE {J4_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', J4_CASE, [], True, 'ja'))

# J5 (console, 10-digit, 2020, ISP without Authentication-Results)
J5_CASE = '6842017395'
J5_USER = 'sho-ito@kcn.ne.jp'

def m044():
    dt = datetime(2020, 7, 8, 6, 14, 52, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""伊藤 様

AWS サポートの石川でございます。お問い合わせいただきありがとうございます。

アカウントの統合について、以下の内容で担当チームへ依頼を行う予定です。

　統合されるアカウント　：AWS 00418827（sho.ito@kt-works.jp）
　統合後に残るアカウント：AWS 02260419（{J5_USER}）

統合後は AWS 00418827 でのサインインはできなくなり、認定および試験の履歴は
すべて AWS 02260419 に表示されるようになります。統合を取り消すことはできません。

問題がなければ、その旨をサポートセンターよりご返信ください。ご返信を確認した時点で
手続きを開始いたします。

石川
Amazon Web Services
""" + CONSOLE_FOOT_JA(J5_CASE)
    body = part(plain, charset='shift_jis', cte='8bit')
    write('044-ja-console-2020-sjis-8bit-reply-if-ok.eml', trace('plain', s, dt, J5_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_NOREPLY), J5_USER, f'RE:[CASE {J5_CASE}] 認定アカウントの統合', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_confirmation_requested', J5_CASE, ['AWS00418827', 'AWS02260419'], None, 'ja'), subj_charset='iso-2022-jp')

# J6 (form desk, 15-digit, gmail)
J6_OPEN = datetime(2025, 7, 1, 8, 30, 4, tzinfo=UTC)
J6_CASE = cid15(J6_OPEN, 7751)
J6_USER = 'aya.nakamura.0714@gmail.com'

def m045():
    dt = datetime(2025, 7, 4, 2, 12, 33, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""中村 彩 様

AWS トレーニングと認定 カスタマーサポートの高橋でございます。

お待たせいたしました。AWS58840372 の AWS24417096 への統合が、本日完了いたしました。
統合先のアカウントにサインインいただき、認定資格の一覧をご確認ください。

ご依頼の件は以上で対応完了となりますので、本ケースはこれをもちましてクローズと
させていただきます。後ほどアンケートのご案内をお送りいたしますので、ご協力いただけ
ますと幸いです。

このたびはご利用いただき、誠にありがとうございました。

高橋
AWS トレーニングと認定 カスタマーサポート

2025年7月2日(水) 18:05 中村彩 <{J6_USER}>:
> 高橋様
> お世話になっております。バッジの件もあわせてお願いできれば助かります。
> Credly の登録アドレスは aya.n.works@gmail.com です。
""" + JA_FOOTER_FORM
    html = html_wrap('<div>' + text2html(plain) + '</div>', 'ja')
    body = alt(part(plain, cte='base64'), part(html, 'html', cte='base64'), b_ses())
    write('045-ja-merge-done-and-closing.eml', trace('gmail', s, dt, J6_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J6_USER, f'RE:[CASE {J6_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_completed', J6_CASE, ['AWS24417096', 'AWS58840372'], True, 'ja'))

def m046():
    dt = datetime(2025, 7, 4, 2, 14, 1, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""お客様

AWS トレーニングと認定をご利用いただき、ありがとうございます。

以下のケースはクローズされました。

　ケース ID：{J6_CASE}
　解決内容　：アカウント統合の完了

サービス向上のため、今回のサポートについてのアンケートにご協力をお願いいたします。
所要時間は 1 分程度です。

　アンケートに回答する：
　https://amazonmr.au1.qualtrics.com/jfe/form/SV_aws-tc-ja?case={J6_CASE}

クローズ後 14 日以内であれば、本メールにご返信いただくことでケースを再開できます。

AWS トレーニングと認定
"""
    body = part(plain, charset='iso-2022-jp', cte='7bit')
    write('046-ja-closure-notice-with-survey-link.eml', trace('gmail', s, dt, J6_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J6_USER, f'【AWS トレーニングと認定】ケースクローズのお知らせとアンケートのお願い（ケース {J6_CASE}）', dt, s['msgid'], body, SES_EXTRA(),
          L('survey', J6_CASE, [], True, 'ja'), subj_charset='iso-2022-jp')

def m047():
    dt = datetime(2025, 7, 2, 7, 40, 19, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""中村 彩 様

AWS トレーニングと認定 カスタマーサポートの高橋でございます。
ご確認のご返信をいただき、ありがとうございました。

AWS58840372 から AWS24417096 への統合については、担当部署にて手続きを開始して
おります。

一点お伺いしたいことがございます。Credly のデジタルバッジは認定アカウントとは別に
管理されているため、統合元のアカウントで発行されたバッジは自動では移行されない
場合がございます。Credly のバッジもあわせて 1 つのアカウントにまとめることを
ご希望でしょうか。ご希望の場合は、Credly にご登録のメールアドレスをお知らせください。

高橋
AWS トレーニングと認定 カスタマーサポート

2025年7月1日(火) 22:48 中村彩 <{J6_USER}>:
> ご連絡ありがとうございます。記載の内容で問題ございません。
> よろしくお願いいたします。
>
> 2025年7月1日(火) 19:10 Amazon Web Services <{AWS_FORM}>:
> > 統合元：AWS58840372 / 統合先：AWS24417096
> > 上記内容で統合を進めてよろしいでしょうか。
""" + JA_FOOTER_FORM
    body = alt(part(plain, cte='quoted-printable'), part(html_wrap(text2html(plain), 'ja'), 'html', cte='quoted-printable'), b_ses())
    write('047-ja-started-asks-about-credly.eml', trace('gmail', s, dt, J6_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J6_USER, f'RE:[CASE {J6_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', J6_CASE, ['AWS24417096', 'AWS58840372'], True, 'ja'))

# J7 (form desk, 15-digit, outlook.jp, three accounts)
J7_OPEN = datetime(2025, 9, 16, 4, 11, 59, tzinfo=UTC)
J7_CASE = cid15(J7_OPEN, 3085)
J7_USER = 'naoki.watanabe@outlook.jp'

def m048():
    dt = datetime(2025, 9, 17, 6, 25, 14, tzinfo=UTC)
    s = aws_sender(dt)
    td = 'style="border:1px solid #999;padding:6px 10px"'
    html = html_wrap(f"""<div style="font-family:Meiryo,'Yu Gothic',sans-serif">
<p>渡辺 直樹 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの岡田でございます。<br>
お問い合わせいただいたアカウント統合の件につきまして、統合内容を下表のとおり整理いたしました。</p>
<table style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th {td}>区分</th><th {td}>候補者 ID</th><th {td}>登録メールアドレス</th><th {td}>統合後</th></tr>
<tr><td {td}>統合元 1</td><td {td}>AWS-81127704</td><td {td}>n.watanabe@seiryo-bank.co.jp</td><td {td}>無効化</td></tr>
<tr><td {td}>統合元 2</td><td {td}>AWS-81127953</td><td {td}>naoki.w.0321@gmail.com</td><td {td}>無効化</td></tr>
<tr><td {td}>統合先</td><td {td}>AWS-05592318</td><td {td}>{J7_USER}</td><td {td}>存続</td></tr>
<tr><td {td}><b>ご確認事項</b></td><td {td} colspan="3"><b>上表の内容で統合を進めてよろしいでしょうか。差し支えなければ「同意します」とご返信ください。</b></td></tr>
</table>
<p>※統合の処理は取り消すことができません。<br>
※統合元のアカウントに予約済みの試験がある場合は、事前にキャンセルまたは日程変更をお願いいたします。</p>
<p>よろしくお願いいたします。</p>
<p>岡田<br>AWS トレーニングと認定 カスタマーサポート</p>
<p style="font-size:11px;color:#687078">※本メールにご返信いただく際は、件名を変更せずにお送りください。</p>
</div>""", 'ja')
    body = part(html, 'html', cte='base64')
    write('048-ja-html-table-consent-row.eml', trace('outlook', s, dt, J7_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J7_USER, f'RE:[CASE {J7_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_confirmation_requested', J7_CASE, ['AWS05592318', 'AWS81127704', 'AWS81127953'], True, 'ja'))

def m049():
    dt = datetime(2025, 9, 16, 9, 3, 47, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""渡辺 直樹 様

AWS トレーニングと認定 カスタマーサポートの岡田でございます。
お問い合わせいただき、誠にありがとうございます。

AWS81127704 および AWS81127953 を AWS05592318 に統合されたいとのご依頼、承りました。

手続きを進めるにあたり、弊社の確認手順上、1 点お伺いさせてください。
短期間に認定アカウントが複数作成されておりますが、差し支えなければ、その経緯
（例：サインインできなくなったため新規作成した、試験予約時に誤って作成した等）を
簡単にお知らせいただけますでしょうか。

ご回答をいただきましたのち、統合内容をまとめてご案内いたします。

岡田
AWS トレーニングと認定 カスタマーサポート
""" + JA_FOOTER_FORM
    body = part(plain, charset='utf-8', cte='base64')
    write('049-ja-asks-why-multiple-accounts.eml', trace('outlook', s, dt, J7_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J7_USER, f'RE:[CASE {J7_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', J7_CASE, ['AWS05592318', 'AWS81127704', 'AWS81127953'], True, 'ja'))

# J8 (form desk, 15-digit, gmail, wrong charset label)
J8_OPEN = datetime(2025, 10, 6, 0, 57, 21, tzinfo=UTC)
J8_CASE = cid15(J8_OPEN, 1402)
J8_USER = 'takuya.matsumoto.jp@gmail.com'

def m050():
    dt = datetime(2025, 10, 7, 3, 11, 8, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""松本 拓也 様

AWS トレーニングと認定 カスタマーサポートの西村でございます。
お問い合わせいただき、ありがとうございます。

統合の内容を以下のとおり確認いたしました。

① 統合元：AWS44091236（takuya.m@hikari-soft.co.jp）
② 統合先：AWS17760582（takuya.matsumoto@gmail.com）
③ 統合後：②のアカウントのみご利用いただけます（①は無効となります）

上記①～③の内容にお間違いがないか、ご確認のうえご返信をお願いいたします。
ご返信をいただき次第、統合の手続きを開始いたします。

西村
AWS トレーニングと認定 カスタマーサポート
""" + JA_FOOTER_FORM
    # labelled Shift_JIS, but encoded as CP932 (circled digits / fullwidth tilde)
    body = part(plain, charset='shift_jis', codec='cp932', cte='base64')
    write('050-ja-circled-numbers-cp932-labelled-sjis.eml', trace('gmail', s, dt, J8_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J8_USER, f'RE:[CASE {J8_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_confirmation_requested', J8_CASE, ['AWS17760582', 'AWS44091236'], True, 'ja'))

def m051():
    dt = datetime(2025, 9, 22, 8, 47, 30, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""渡辺 直樹 様

AWS トレーニングと認定 カスタマーサポートの岡田でございます。

お待たせいたしました。ご依頼のアカウント統合の処理が終了いたしました。
AWS81127704 と AWS81127953 は無効化され、認定資格・受験履歴・特典はすべて
AWS05592318 に集約されております。

今後は {J7_USER} でサインインのうえ、CertMetrics の「認定」画面にて
各資格が表示されていることをご確認ください。

本件について他にご不明点がなければ、数日後に本ケースをクローズいたします。

岡田
AWS トレーニングと認定 カスタマーサポート
""" + JA_FOOTER_FORM
    html = html_wrap(text2html(plain), 'ja')
    body = alt(part(plain, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'), b_ses())
    write('051-ja-processing-finished-three-into-one.eml', trace('outlook', s, dt, J7_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J7_USER, f'RE:[CASE {J7_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_completed', J7_CASE, ['AWS05592318', 'AWS81127704', 'AWS81127953'], True, 'ja'))

def m052():
    dt = datetime(2025, 9, 18, 0, 35, 5, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""渡辺 直樹 様

ご同意のご連絡をいただき、ありがとうございます。
AWS-81127704、AWS-81127953 の 2 件を AWS-05592318 へ統合する作業を手配いたしました。

作業の完了後、あらためてご連絡いたします。

岡田
AWS トレーニングと認定 カスタマーサポート

________________________________
差出人: 渡辺 直樹 <{J7_USER}>
送信日時: 2025年9月17日 21:14
宛先: Amazon Web Services <{AWS_FORM}>
件名: RE: RE:[CASE {J7_CASE}] {FORM_SUBJ}

岡田様

同意します。よろしくお願いいたします。

渡辺
"""
    body = part(plain, charset='iso-2022-jp', cte='7bit')
    write('052-ja-short-ack-arranged.eml', trace('outlook', s, dt, J7_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J7_USER, f'RE:[CASE {J7_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('support_reply', J7_CASE, ['AWS05592318', 'AWS81127704', 'AWS81127953'], True, 'ja'))

def m053():
    open_dt = datetime(2025, 3, 3, 6, 44, 12, tzinfo=UTC)
    case = cid15(open_dt, 2203)
    dt = datetime(2025, 3, 4, 2, 30, 57, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""佐藤 様

AWS 請求サポートの松井でございます。お問い合わせいただきありがとうございます。

ご質問いただいた、2 つの AWS アカウント（4123-5567-8890 と 9982-1104-3376）の請求を
1 つにまとめる方法についてご案内いたします。

AWS アカウント自体を統合（マージ）することはできませんが、AWS Organizations を
ご利用いただくことで、一括請求（コンソリデーティッドビリング）により請求を 1 つに
まとめることが可能です。

　1. 管理アカウント（4123-5567-8890）で AWS Organizations を有効化
　2. 9982-1104-3376 に招待を送信
　3. 9982-1104-3376 側で招待を承諾

なお、招待を承諾した月から一括請求の対象となります。手順についてご不明な点が
ございましたら、お気軽にお知らせください。

松井
Amazon Web Services
""" + CONSOLE_FOOT_JA(case)
    body = alt(part(plain, cte='base64'), part(html_wrap(text2html(plain), 'ja'), 'html', cte='base64'), b_ses())
    write('053-ja-billing-case-organizations.eml', trace('outlook', s, dt, J2_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_NOREPLY), J2_USER, f'RE:[CASE {case}] 複数アカウントの請求の統合について', dt, s['msgid'], body, SES_EXTRA(),
          L('unrelated', case, [], True, 'ja'), subj_charset='iso-2022-jp')

def m054():
    dt = datetime(2025, 6, 18, 10, 2, 44, tzinfo=UTC)
    s = other_sender(dt, 'pearson.com', '159.182.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'mail-out.pearson.com', dkim=['pearson.com'])
    plain = f"""松本 拓也 様

この度は、Pearson VUE で試験をご予約いただきありがとうございます。
以下の内容でご予約を承りました。

試験：AWS Certified Developer - Associate (DVA-C02) 日本語
日時：2025年7月5日(土) 13:30 JST
会場：オンライン試験（OnVUE）
登録 ID：AWS17760582
予約番号：{R.randint(100000000, 999999999)}

受験当日は、試験開始の 30 分前からチェックインが可能です。事前にシステムテストを
実施してください。

予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE
このメールは送信専用です。ご返信いただいてもお答えできません。
"""
    body = alt(part(plain, charset='utf-8', cte='quoted-printable'), part(html_wrap(text2html(plain), 'ja'), 'html', cte='quoted-printable'), b_gmail())
    write('054-ja-pearson-vue-appointment.eml', trace('gmail', s, dt, J8_USER), sender_headers(s, dt),
          enc_addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), J8_USER, '試験予約の確認 - AWS Certified Developer - Associate', dt, s['msgid'], body, [],
          L('unrelated', None, ['AWS17760582'], False, 'ja'))

def m055():
    dt = datetime(2025, 5, 12, 11, 19, 3, tzinfo=UTC)
    s = other_sender(dt, 'aws-nintei-support.jp', '103.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), 'smtp.aws-nintei-support.jp', dkim=[])
    v = {'spf': 'pass', 'dkim': {}, 'dmarc': 'none'}
    plain = """AWS 認定資格をお持ちのお客様

平素より AWS をご利用いただき、誠にありがとうございます。

このたび、認定資格の管理システム移行に伴い、すべての認定保持者の方に本人確認の
再登録をお願いしております。5 月 15 日までにお手続きがない場合、保有されている
認定資格およびデジタルバッジが一時的に無効となります。

▼本人確認の再登録はこちら
https://aws-nintei-support.jp/verify/login.php

ご不便をおかけいたしますが、ご理解とご協力をお願い申し上げます。

AWS 認定事務局
"""
    body = part(plain, charset='utf-8', cte='base64')
    write('055-ja-phish-reregister-identity.eml', trace('mx.nifty.com', s, dt, J1_USER, v), [],
          enc_addr('AWS 認定事務局', 'info@aws-nintei-support.jp'), J1_USER, '【重要】AWS認定資格 本人確認の再登録のお願い（期限：5月15日）', dt, s['msgid'], body, [],
          L('unrelated', None, [], False, 'ja'), subj_charset='utf-8')

def m056():
    dt = datetime(2025, 1, 28, 23, 3, 50, tzinfo=UTC)
    s = other_sender(dt, 'amazon-aws-certification.jp', '45.87.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'mx1.amazon-aws-certification.jp', dkim=['amazon-aws-certification.jp'])
    v = {'spf': 'pass', 'dkim': {'amazon-aws-certification.jp': 'pass'}, 'dmarc': 'pass'}
    plain = """お客様

AWS トレーニングと認定 カスタマーサポートでございます。

お客様の認定アカウントについて、以下の統合リクエストを受け付けました。

　統合元：AWS29930461
　統合先：AWS29930467

上記の統合にお心当たりがある場合は、24 時間以内に下記のページより統合の承認を
お願いいたします。承認が確認できない場合、不正利用防止のため両方のアカウントを
一時停止いたします。

　▼統合を承認する
　https://amazon-aws-certification.jp/merge/approve?token=8f2c1e

AWS トレーニングと認定 カスタマーサポート
"""
    html = html_wrap(text2html(plain).replace('https://amazon-aws-certification.jp/merge/approve?token=8f2c1e', '<a href="https://amazon-aws-certification.jp/merge/approve?token=8f2c1e">統合を承認する</a>'), 'ja')
    body = alt(part(plain, charset='utf-8', cte='base64'), part(html, 'html', charset='utf-8', cte='base64'), b_gmail())
    write('056-ja-lookalike-approve-merge.eml', trace('mfilter.biglobe.ne.jp', s, dt, J3_USER, v), sender_headers(s, dt),
          enc_addr('AWS トレーニングと認定', 'aws-cs-trainingcertification-form@amazon-aws-certification.jp', 'iso-2022-jp'), J3_USER,
          '【AWS】認定アカウント統合のご確認（24時間以内にご対応ください）', dt, s['msgid'], body, [],
          L('merge_confirmation_requested', None, ['AWS29930461', 'AWS29930467'], False, 'ja'), subj_charset='iso-2022-jp')

def m057():
    dt = datetime(2025, 8, 26, 0, 15, 22, tzinfo=UTC)
    s = other_sender(dt, 'certmetrics.com', '198.21.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'o2.mail.certmetrics.com', mfdom='mail.certmetrics.com', dkim=['certmetrics.com'])
    plain = """中村 彩 様

AWS Certified Solutions Architect - Associate の再認定、おめでとうございます。

新しい有効期限：2028年8月25日

認定の詳細およびデジタルバッジは、AWS Certification アカウントの「認定」から
ご確認いただけます。

今後とも AWS 認定をよろしくお願いいたします。

AWS トレーニングと認定

※本メールは送信専用アドレスから送信しています。
"""
    body = part(plain, charset='iso-2022-jp', cte='7bit')
    write('057-ja-certmetrics-recertified.eml', trace('gmail', s, dt, J6_USER), sender_headers(s, dt),
          enc_addr('AWS Certification', 'do-not-reply@certmetrics.com'), J6_USER, 'AWS 認定：再認定おめでとうございます', dt, s['msgid'], body, [],
          L('unrelated', None, [], False, 'ja'), subj_charset='iso-2022-jp')

def m058():
    dt = datetime(2025, 7, 5, 1, 48, 12, tzinfo=UTC)
    s = credly_sender(dt)
    bid = ruuid()
    plain = f"""中村 彩 さん

Amazon Web Services Training and Certification からバッジが発行されました。

AWS Certified Cloud Practitioner

このバッジは、AWS 認定アカウントの統合に伴い、こちらのメールアドレスに発行されました。
バッジを受け取って、プロフィールに追加しましょう。

バッジを受け取る：https://www.credly.com/badges/{bid}/accept

Credly, Inc. | 2 Park Avenue, Suite 1900 | New York, NY 10016
"""
    html = html_wrap(f"""<table width="600" align="center"><tr><td style="text-align:center;padding:24px">
<img src="https://images.credly.com/size/340x340/images/{ruuid()}/image.png" width="170" alt="AWS Certified Cloud Practitioner">
<h2>Amazon Web Services Training and Certification からバッジが発行されました</h2>
<p style="font-size:18px"><b>AWS Certified Cloud Practitioner</b></p>
<p>このバッジは、AWS 認定アカウントの統合に伴い、こちらのメールアドレスに発行されました。</p>
<p><a href="https://www.credly.com/badges/{bid}/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">バッジを受け取る</a></p>
</td></tr></table>""", 'ja')
    body = alt(part(plain, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'), b_gmail())
    write('058-ja-credly-badge-after-merge.eml', trace('gmail', s, dt, J6_USER), sender_headers(s, dt),
          enc_addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), J6_USER,
          '中村 彩さん、バッジが発行されました：AWS Certified Cloud Practitioner', dt, s['msgid'], body, [],
          L('credly_badge_issued', None, [], True, 'ja'))

def m059():
    dt = datetime(2025, 9, 30, 14, 0, 3, tzinfo=UTC)
    s = credly_sender(dt)
    plain = f"""渡辺 直樹 さん

お持ちのバッジ「AWS Certified SysOps Administrator - Associate」の有効期限が
2025年11月28日に切れます。

バッジの有効期限を延長するには、発行元の再認定の要件を満たしてください。

バッジを表示：https://www.credly.com/badges/{ruuid()}

Credly, Inc. | 2 Park Avenue, Suite 1900 | New York, NY 10016
配信停止：https://www.credly.com/notifications/unsubscribe?token={rhex(32)}
"""
    body = alt(part(plain, cte='base64'), part(html_wrap(text2html(plain), 'ja'), 'html', cte='base64'), b_gmail())
    write('059-ja-credly-badge-expiring.eml', trace('outlook', s, dt, J7_USER), sender_headers(s, dt),
          enc_addr('Credly', 'admin@credly.com'), J7_USER, 'バッジの有効期限が近づいています', dt, s['msgid'], body, [],
          L('unrelated', None, [], True, 'ja'))

def m060():
    dt = datetime(2025, 10, 7, 5, 48, 39, tzinfo=UTC)
    s = aws_sender(dt)
    plain = f"""松本 拓也 様

AWS トレーニングと認定 カスタマーサポートの西村でございます。

ご指摘いただき、誠にありがとうございます。先ほどのメールで統合先アカウントの
メールアドレスを誤って記載しておりました。大変失礼いたしました。
訂正のうえ、改めてお送りいたします。

　統合元：AWS44091236（takuya.m@hikari-soft.co.jp）
　統合先：AWS17760582（{J8_USER}）
　統合後：AWS17760582 のみご利用いただけます

お手数ですが、今回の内容で問題がなければ、その旨ご返信いただけますでしょうか。
ご返信をもって手続きを開始いたします。

西村
AWS トレーニングと認定 カスタマーサポート

2025年10月7日(火) 13:02 松本拓也 <{J8_USER}>:
> 西村様
>
> ご連絡ありがとうございます。
> ②のメールアドレスですが、takuya.matsumoto.jp@gmail.com の誤りではないでしょうか。
> （.jp が抜けています）
>
> 松本
>
> > ① 統合元：AWS44091236（takuya.m@hikari-soft.co.jp）
> > ② 統合先：AWS17760582（takuya.matsumoto@gmail.com）
> > 上記①～③の内容にお間違いがないか、ご確認のうえご返信をお願いいたします。
""" + JA_FOOTER_FORM
    html = html_wrap('<div>' + text2html(plain) + '</div>', 'ja')
    body = alt(part(plain, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'), b_ses())
    write('060-ja-address-corrected-resent.eml', trace('gmail', s, dt, J8_USER), sender_headers(s, dt),
          enc_addr(FORM_NAME, AWS_FORM), J8_USER, f'RE:[CASE {J8_CASE}] {FORM_SUBJ}', dt, s['msgid'], body, SES_EXTRA(),
          L('merge_confirmation_requested', J8_CASE, ['AWS17760582', 'AWS44091236'], True, 'ja'))

# ==== MAIN ====
if __name__ == '__main__':
    for f in glob.glob(os.path.join(OUT, '*.eml')):
        os.remove(f)
    for name in sorted(n for n in list(globals()) if n.startswith('m') and n[1:].isdigit()):
        globals()[name]()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print(len(LABELS), 'mails written')
