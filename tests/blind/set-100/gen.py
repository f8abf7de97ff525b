#!/usr/bin/env python3
"""Generator for blind set-100: AWS Certification account-merge mail (and look-alikes)."""
import base64, datetime, hashlib, json, os, quopri, random, re
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr
from email.generator import BytesGenerator
from email import policy as _policy
import io

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(100100)
LABELS = {}
POL = _policy.compat32.clone(max_line_length=0, linesep='\n')

UTC = datetime.timezone.utc
def tz(h, m=0):
    return datetime.timezone(datetime.timedelta(hours=h, minutes=m))
JST, PDT, PST, IST, PHT, CET, CST_MX, CST_CN = tz(9), tz(-7), tz(-8), tz(5, 30), tz(8), tz(1), tz(-6), tz(8)


def dt(s, zone=UTC):
    return datetime.datetime.fromisoformat(s).replace(tzinfo=UTC).astimezone(zone)


def rfc(d):
    """RFC 5322 date; d is aware datetime."""
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (days[d.weekday()], d.day, mons[d.month - 1], d.year,
                                                       d.hour, d.minute, d.second, sign, mins // 60, mins % 60)


def case15(opened_utc, suffix):
    d = datetime.datetime.fromisoformat(opened_utc).replace(tzinfo=UTC)
    return '%d%05d' % (int(d.timestamp()), suffix)


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def ses_msgid(d):
    ms = int(d.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def ses_mailfrom(d):
    return ses_msgid(d)[1:-1]


# ---------------------------------------------------------------- encoded words
def ew(s, charset='utf-8', enc='B', chunk=14, lead=''):
    """Encode s as a sequence of encoded words split over folded lines."""
    pieces = [s[i:i + chunk] for i in range(0, len(s), chunk)]
    out = []
    for p in pieces:
        raw = p.encode(charset)
        if enc == 'B':
            out.append('=?%s?B?%s?=' % (charset.upper() if charset != 'iso-2022-jp' else 'ISO-2022-JP',
                                         base64.b64encode(raw).decode()))
        else:
            q = ''.join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ('_' if b == 32 else '=%02X' % b) for b in raw)
            out.append('=?%s?Q?%s?=' % (charset.upper(), q))
    return lead + '\n '.join(out)


def subj_mixed(prefix, jp, charset='utf-8', chunk=12):
    """ASCII prefix followed by encoded Japanese, folded."""
    return prefix + ew(jp, charset, chunk=chunk)


def addr(name, email, charset='utf-8'):
    if name is None:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return '%s <%s>' % (ew(name, charset, chunk=40), email)


# ---------------------------------------------------------------- bodies
def part(body, subtype='plain', charset='utf-8', cte='qp', label=None, extra_ct=''):
    m = Message()
    if not body.endswith('\n'):
        body += '\n'
    data = body.encode(charset)
    if cte == 'qp':
        payload = quopri.encodestring(data).decode('ascii')
        cten = 'quoted-printable'
    elif cte == 'b64':
        payload = base64.encodebytes(data).decode('ascii')
        cten = 'base64'
    elif cte == '7bit':
        payload = data.decode('ascii')
        cten = '7bit'
    elif cte == '8bit':
        payload = data.decode('ascii', 'surrogateescape')
        cten = '8bit'
    else:
        raise ValueError(cte)
    m['Content-Type'] = 'text/%s; charset="%s"%s' % (subtype, label or charset, extra_ct)
    m['Content-Transfer-Encoding'] = cten
    m.set_payload(payload)
    return m


def alt(*parts, sub='alternative', boundary=None):
    m = MIMEMultipart(sub, boundary=boundary or ('----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 12, 10 ** 13))))
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def html_wrap(inner, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (title, inner))


def p2html(text):
    """Plain paragraphs -> simple HTML."""
    import html as _h
    paras = text.strip('\n').split('\n\n')
    return '\n'.join('<p>%s</p>' % '<br>\n'.join(_h.escape(l) for l in para.split('\n')) for para in paras)


# ---------------------------------------------------------------- senders
SES_IPS = ['54.240.8.%d' % i for i in (21, 33, 47, 86, 92)] + ['54.240.48.%d' % i for i in (94, 110, 123)] + ['23.251.234.%d' % i for i in (5, 13, 27)]

AWS_FORM = dict(name='Amazon Web Services', email='aws-cs-trainingcertification-form@amazon.com', kind='ses', dom='amazon.com')
AWS_NOREPLY = dict(name='Amazon Web Services', email='no-reply-aws@amazon.com', kind='ses', dom='amazon.com')
CREDLY = dict(name='Amazon Web Services Training and Certification via Credly', email='admin@credly.com', kind='sendgrid', dom='credly.com')


def sender_envelope(s, d):
    k = s['kind']
    if k == 'ses':
        ip = R.choice(SES_IPS)
        host = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:4]) if ip.startswith('54.240') else 'e%s-%s.smtp-out.us-west-2.amazonses.com' % tuple(ip.split('.')[2:4])
        mf = ses_mailfrom(d)
        return dict(ip=ip, host=host, mailfrom=mf, mfdom='email.amazonses.com', msgid='<' + mf + '>')
    if k == 'sendgrid':
        ip = '167.89.%d.%d' % (R.randint(100, 120), R.randint(2, 250))
        host = 'o%d.ptr%d.%s' % (R.randint(1, 9), R.randint(1000, 9999), s['dom'])
        mf = 'bounces+%d-%s-user=example.com@em%d.%s' % (R.randint(1000000, 9999999), rhex(4), R.randint(1000, 9999), s['dom'])
        return dict(ip=ip, host=host, mailfrom=mf, mfdom=mf.split('@')[1], msgid='<%s.%s@geopod-ismtpd-%d>' % (rb64(15).replace('/', '_').replace('+', '-')[:22], rhex(4), R.randint(1, 40)))
    # generic
    ip = s.get('ip') or '%d.%d.%d.%d' % (R.randint(40, 210), R.randint(0, 255), R.randint(0, 255), R.randint(2, 250))
    host = s.get('host') or 'mail-%s.%s' % (rhex(6), s['dom'])
    mf = s.get('mailfrom') or s['email']
    return dict(ip=ip, host=host, mailfrom=mf, mfdom=mf.split('@')[1], msgid=s.get('msgid') or '<%s.%s@%s>' % (rhex(16), rhex(8), s['dom']))


def dkim_sig(domain, selector, hdrs='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', d=None):
    t = int(d.timestamp()) if d else 0
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s;\n\td=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s\n\t%s' % (
        selector, domain, t, hdrs, rb64(32), rb64(96)[:76], rb64(96)[:76]))


def auth_results(provider, env, from_dom, spf='pass', dkim=(('pass', None),), dmarc='pass', policy='QUARANTINE'):
    """Return Authentication-Results value in the style of the receiving provider.
    dkim: sequence of (result, domain) ; domain None means from_dom."""
    dk = [(r, dd or from_dom) for r, dd in dkim]
    if provider == 'gmail':
        lines = ['mx.google.com;']
        for r, dd in dk:
            lines.append('dkim=%s header.i=@%s header.s=%s header.b=%s;' % (r, dd, rhex(8), rb64(6)[:8]))
        lines.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;' % (
            spf, env['mailfrom'], 'designates' if spf == 'pass' else 'does not designate', env['ip'], env['mailfrom']))
        if dmarc is not None:
            lines.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, policy, policy, 'NONE' if dmarc == 'pass' else policy, from_dom))
        else:
            lines[-1] = lines[-1].rstrip(';')
        return '\n       '.join(lines)
    if provider == 'outlook':
        dkr = dk[0]
        s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s' % (
            spf, env['ip'], env['mfdom'], dkr[0], 'signature was verified' if dkr[0] == 'pass' else 'signature did not verify',
            dkr[1], dmarc, 'none' if dmarc == 'pass' else ('quarantine' if dmarc == 'fail' else 'none'), from_dom,
            'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000')
        return s
    if provider == 'yahoo':
        host = 'atlas%d.mail.%s.yahoo.com' % (R.randint(100, 400), R.choice(['bf1', 'ne1', 'gq1']))
        s = '%s;\n dkim=%s header.i=@%s header.s=%s;\n spf=%s smtp.mailfrom=%s;\n dmarc=%s(p=%s) header.from=%s;' % (
            host, dk[0][0], dk[0][1], rhex(10), spf, env['mfdom'], dmarc, policy, from_dom)
        return s
    # Japanese / other providers: authserv-id given directly
    parts = ['%s;' % provider, 'spf=%s smtp.mailfrom=%s;' % (spf, env['mailfrom'])]
    for r, dd in dk:
        parts.append('dkim=%s header.d=%s;' % (r, dd))
    if dmarc is not None:
        parts.append('dmarc=%s header.from=%s' % (dmarc, from_dom))
    return '\n\t'.join(parts).rstrip(';')


PROVIDERS = {
    'gmail': dict(by='mx.google.com', tz=PDT),
    'outlook': dict(by='%s.mail.protection.outlook.com', tz=UTC),
    'yahoo': dict(by='mta%d.am0.yahoodns.net', tz=UTC),
}


def received_chain(provider, env, to_email, d):
    """List of (name,value) transport headers, topmost first."""
    h = []
    if provider == 'gmail':
        t = d.astimezone(PDT) if d.month in (4, 5, 6, 7, 8, 9, 10) else d.astimezone(PST)
        h.append(('Delivered-To', to_email))
        h.append(('Received', 'by 2002:a05:%s:%s with SMTP id %s;\n        %s' % (rhex(4), rhex(4), rhex(12), rfc(t + datetime.timedelta(seconds=1)))))
        h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:74]))
        h.append(('X-Received', 'by 2002:a17:90b:%s with SMTP id %s.%d.%d;\n        %s' % (rhex(4), rhex(12), R.randint(1, 9), R.randint(1000000000000, 9999999999999), rfc(t + datetime.timedelta(seconds=1)))))
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(d.timestamp()), rb64(120)[:70])))
        h.append(('__AR__', None))
        h.append(('Return-Path', '<%s>' % env['mailfrom']))
        h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            env['host'], env['host'], env['ip'], rhex(12), R.randint(100, 999), rhex(6), to_email, rfc(t))))
        h.append(('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (env['mailfrom'], env['ip'], env['ip'])))
        return h
    if provider == 'outlook':
        pre = R.choice(['TYCPR01', 'SY4PR01', 'MA0PR01', 'PH0PR19', 'SN7PR04', 'DB9PR02', 'AM6PR08'])
        t = d.astimezone(UTC)
        h.append(('Received', 'from %sMB%04d.%s.prod.outlook.com (2603:1096:%s::%s) by\n %sMB%04d.%s.prod.outlook.com with HTTPS; %s' % (
            pre[:-2], R.randint(1000, 9999), pre[:4].lower() + 'prd01', rhex(4), rhex(2), pre[:-2], R.randint(1000, 9999), pre[:4].lower() + 'prd01', rfc(t + datetime.timedelta(seconds=2)).replace('+0000', '+0000'))))
        h.append(('Received', 'from %s (2603:10a6:%s::%s)\n by %s (2603:10a6:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            pre[:-2] + 'CA%04d.' % R.randint(1, 9999) + 'namprd01.prod.outlook.com', rhex(3), rhex(2), pre + 'MB%04d.prod.outlook.com' % R.randint(1000, 9999),
            rhex(3), rhex(2), R.randint(8000, 9300), R.randint(10, 40), rfc(t + datetime.timedelta(seconds=1)))))
        h.append(('__AR__', None))
        h.append(('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (env['mfdom'], env['ip'], env['ip'], env['host'])))
        h.append(('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s' % (
            env['host'], env['ip'], pre[:-2] + 'EPF%08X' % R.randint(0, 2 ** 32 - 1), R.randint(1, 250), R.randint(1, 250), R.randint(8000, 9300), R.randint(10, 40), rfc(t))))
        h.append(('X-MS-Exchange-Organization-AuthSource', pre[:-2] + 'EPF%08X.' % R.randint(0, 2 ** 32 - 1) + 'namprd01.prod.outlook.com'))
        h.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
        return h
    if provider == 'yahoo':
        t = d.astimezone(UTC)
        h.append(('X-Apparently-To', '%s; %s' % (to_email, rfc(t))))
        h.append(('Return-Path', '<%s>' % env['mailfrom']))
        h.append(('Received-SPF', 'pass (domain of %s designates %s as permitted sender)' % (env['mfdom'], env['ip'])))
        h.append(('__AR__', None))
        h.append(('Received', 'from %s (EHLO %s)\n by %s with SMTP; %s' % (env['ip'], env['host'], 'mta%d.am0.yahoodns.net' % R.randint(1000, 5000), rfc(t))))
        return h
    # Japanese provider: provider string is authserv-id, e.g. mx.nifty.com
    zone = JST if provider.endswith('.jp') or 'nifty' in provider else CST_CN
    t = d.astimezone(zone)
    mta = {'mx.nifty.com': 'mta-snd%02d.nifty.com' % R.randint(1, 40),
           'biglobe.ne.jp': 'mfilter%03d.biglobe.ne.jp' % R.randint(1, 200),
           'mail.so-net.ne.jp': 'mx%d.so-net.ne.jp' % R.randint(1, 9),
           'ocn.ad.jp': 'mfgw%d.ocn.ad.jp' % R.randint(1, 30),
           'sakura.ne.jp': 'www%d.sakura.ne.jp' % R.randint(1000, 9999)}.get(provider, 'mx.' + provider)
    h.append(('Return-Path', '<%s>' % env['mailfrom']))
    h.append(('Delivered-To', to_email))
    h.append(('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
        mta, mta, rhex(10).upper(), to_email, rfc(t + datetime.timedelta(seconds=2)))))
    h.append(('__AR__', None))
    h.append(('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
        env['host'], env['host'], env['ip'], mta, rhex(12).upper(), to_email, rfc(t))))
    return h


def build(body, *, sender, to, subject, date, provider=None, to_email=None, auth=None, cc=None,
          in_reply_to=None, references=None, msgid=None, extra=(), ar_value=None, ar_extra_below=None,
          no_transport=False, dkim=True, reply_to=None, xmailer=None, pre_from=()):
    """Assemble a full message. sender: dict(name,email,kind,dom,...). to: display string."""
    env = sender_envelope(sender, date)
    hdrs = []
    to_email = to_email or re.findall(r'[\w.+-]+@[\w.-]+', to)[-1]
    if provider and not no_transport:
        for k, v in received_chain(provider, env, to_email, date):
            if k == '__AR__':
                if ar_value is not None:
                    hdrs.append(('Authentication-Results', ar_value))
                elif auth is not False:
                    a = auth or {}
                    hdrs.append(('Authentication-Results', auth_results(provider, env, sender['dom'], **a)))
                if ar_extra_below:
                    for x in ar_extra_below:
                        hdrs.append(x)
            else:
                hdrs.append((k, v))
    for x in pre_from:
        hdrs.append(x)
    if dkim and not no_transport:
        if sender['kind'] == 'ses':
            hdrs.append(('DKIM-Signature', dkim_sig(sender['dom'], R.choice(['rjt5sj4y6tecqfzxczhtrfssigiitpep', 'iuwrmtvigiqvh2b5vnbozimomzcp4kvp', 'kkohxjc2pgxj4wwhdhjbg3tyzyqbiejz']), d=date)))
            hdrs.append(('DKIM-Signature', dkim_sig('amazonses.com', R.choice(['224i4yxa5dv7c2xz3womw6peuasteono', 'hsbnp7p3ensaochzwyq5wwmceodymuwv']), hdrs='Subject:Message-ID:Date:Feedback-ID', d=date)))
        else:
            hdrs.append(('DKIM-Signature', dkim_sig(sender.get('dkim_dom', sender['dom']), sender.get('selector', 's1'), d=date)))
    hdrs.append(('From', addr(sender.get('name'), sender['email'], sender.get('charset', 'utf-8')) if 'from_raw' not in sender else sender['from_raw']))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs.append(('To', to))
    if cc:
        hdrs.append(('Cc', cc))
    hdrs.append(('Subject', subject))
    hdrs.append(('Date', rfc(date)))
    hdrs.append(('Message-ID', msgid or env['msgid']))
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
    if references:
        hdrs.append(('References', references))
    if xmailer:
        hdrs.append(('X-Mailer', xmailer))
    if sender['kind'] == 'ses' and not no_transport:
        hdrs.append(('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(33)[:44]))
        hdrs.append(('X-SES-Outgoing', '%s-%s' % (date.strftime('%Y.%m.%d'), env['ip'])))
    for x in extra:
        hdrs.append(x)
    content = body.items()
    for k in set(k for k, _ in content):
        del body[k]
    for k, v in hdrs:
        body[k] = v
    body['MIME-Version'] = '1.0'
    for k, v in content:
        if k.lower() == 'mime-version':
            continue
        body[k] = v
    return body


def save(n, slug, msg, kind, case_id, ids, sv, lang):
    name = '%03d-%s.eml' % (n, slug)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(msg)
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(buf.getvalue())
    LABELS[name] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)),
                    'sender_verified': sv, 'language': lang}


def q(text, mark='> '):
    """Quote text with a marker on each line (empty lines get bare marker)."""
    return '\n'.join((mark + l) if l else mark.rstrip() for l in text.strip('\n').split('\n'))


# ================================================================ MAILS
MAILS = []
def mail(f):
    MAILS.append(f)
    return f

# ---------------------------------------------------------------- thread T1: Rahul (India, Gmail), form case
T1_CASE = case15('2025-05-27 03:41:18', 471)
RAHUL = 'Rahul Verma <rahul.verma.dev@gmail.com>'
T1_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


@mail
def m001():
    d = dt('2025-05-27 03:41:52')
    body = f"""Hello,

Thank you for contacting AWS Training and Certification. This is an automated
message to let you know your request has reached us and has been logged under
case ID {T1_CASE}.

A member of our team will review it and get back to you, in principle within
24 hours. If you need to add information, simply reply to this e-mail and keep
the case ID in the subject line. Please do not submit another form for the same
request, as duplicate cases can delay our response.

Summary of your submission
--------------------------
Inquiry type:      AWS Training and Certification
Inquiry detail:    Account Merge
AWS candidate ID:  AWS40718235
Full name:         Rahul Verma
Contact e-mail:    rahul.verma.dev@gmail.com
Description:
i have 2 certification account, one was created with my previous company mail
id and other one with gmail. kindly merge both in one, i want to keep the gmail
one. my old company mail is not working now.

Regards,
AWS Training and Certification Customer Support
"""
    msg = build(part(body, cte='qp'), sender=AWS_FORM, to=RAHUL, provider='gmail',
                subject=f'[CASE {T1_CASE}] {T1_SUBJ}', date=d)
    save(1, 'form-request-logged', msg, 'case_created', T1_CASE, ['AWS40718235'], True, 'en')


@mail
def m002():
    d = dt('2025-05-28 06:12:09')
    body = f"""Dear Rahul,

Greetings of the day!

Thank you for reaching out to AWS Training and Certification. My name is
Priyanka and I will be assisting you on this request.

I have gone through the details shared by you. As per our records I could
locate one certification account under candidate ID AWS40718235 which is
registered with your Gmail ID. However, I was unable to find the second account
with the details mentioned in the form.

In order to proceed further, request you to kindly share the below details at
the earliest:

1) Candidate ID of the second account (it starts with "AWS" followed by 8 digits,
   you can find it on your old exam score report or certificate)
2) Login email ID and notification email ID of the second account
3) Kindly confirm which account you would like to retain as primary

Also, request you to please reply on this same email thread only and do not
raise a new case, as the same may delay the resolution.

Looking forward for your response.

Thanks & Regards,
Priyanka R.
AWS Training and Certification
Amazon Web Services
"""
    msg = build(part(body, cte='b64'), sender=AWS_FORM, to=RAHUL, provider='gmail',
                subject=f'RE:[CASE {T1_CASE}] {T1_SUBJ}', date=d)
    save(2, 'agent-needs-second-id', msg, 'support_reply', T1_CASE, ['AWS40718235'], True, 'en')


T1_CONFIRM = f"""Dear Rahul,

Thank you for the prompt revert with the requested details.

I have verified and found below two certification accounts associated with you:

Account 1 (Primary - will be retained): AWS40718235 - rahul.verma.dev@gmail.com
Account 2 (Secondary - will be merged): aws-39025514 - rahul.verma@infolinx-tech.com

Post merge, all the certification history, transcripts and exam benefits of
Account 2 will be moved into Account 1 and Account 2 will be deactivated.
Please note that this action is permanent and once done, it cannot be reverted
back.

Kindly reply to this email with your confirmation so that we can proceed with
the merge request.

Thanks & Regards,
Priyanka R.
AWS Training and Certification
"""

T1_USER_REPLY = """hi priyanka

thanks for reply. second account id i found in old score report mail, it is
AWS39025514 . login mail id is rahul.verma@infolinx-tech.com , notification
also same. please keep gmail one as primary.

thanks
rahul"""


@mail
def m003():
    d = dt('2025-05-29 04:47:31')
    body = T1_CONFIRM + "\n\nOn Wed, May 28, 2025 at 7:55 PM Rahul Verma <rahul.verma.dev@gmail.com> wrote:\n" + q(T1_USER_REPLY) + "\n"
    msg = build(part(body, cte='qp'), sender=AWS_FORM, to=RAHUL, provider='gmail',
                subject=f'RE:[CASE {T1_CASE}] {T1_SUBJ}', date=d)
    save(3, 'please-confirm-both-accounts', msg, 'merge_confirmation_requested', T1_CASE,
         ['AWS40718235', 'AWS39025514'], True, 'en')


@mail
def m004():
    d = dt('2025-05-29 11:03:15')
    new = """Dear Rahul,

Thank you for confirming the details.

I have now submitted your request to our internal team for further processing.
Generally it takes 2-3 business days, and you will be receiving one confirmation
email from our end as soon as the same is done. During this period kindly
avoid scheduling any new exam on either of the profile.

Appreciate your patience and co-operation.

Thanks & Regards,
Priyanka R.
AWS Training and Certification
"""
    user = "yes details are correct. please proceed with merge.\n\nrahul\n\nOn Thu, 29 May 2025 at 10:17, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + q(T1_CONFIRM)
    body = new + "\nOn Thu, May 29, 2025 at 4:12 PM Rahul Verma <rahul.verma.dev@gmail.com> wrote:\n" + q(user) + "\n"
    msg = build(part(body, cte='qp'), sender=AWS_FORM, to=RAHUL, provider='gmail',
                subject=f'RE:[CASE {T1_CASE}] {T1_SUBJ}', date=d)
    save(4, 'submitted-to-internal-team', msg, 'support_reply', T1_CASE, [], True, 'en')


@mail
def m005():
    d = dt('2025-05-31 05:20:44')
    body = f"""Dear Rahul,

Greetings!

I am happy to inform you that your request has been actioned successfully. The
certification records, transcript and benefits from candidate ID AWS39025514
are now available under your primary candidate ID AWS40718235, and the old
profile has been closed.

Kindly login to your AWS Certification account using your Gmail ID and verify
the same. With regards to the Credly badges, you shall receive a separate email
from Credly within 48 hours.

As your query has been resolved, I will be marking this case as resolved from
my end. If you are satisfied with my assistance, kindly take a moment to rate
my response in the survey you will be receiving shortly. Your feedback is very
valuable for us.

Have a great day ahead!

Thanks & Regards,
Priyanka R.
AWS Training and Certification
"""
    msg = build(part(body, cte='7bit'), sender=AWS_FORM, to=RAHUL, provider='gmail',
                subject=f'RE:[CASE {T1_CASE}] {T1_SUBJ}', date=d)
    save(5, 'request-actioned-successfully', msg, 'merge_completed', T1_CASE,
         ['AWS39025514', 'AWS40718235'], True, 'en')


@mail
def m006():
    d = dt('2025-05-31 05:24:02')
    text = f"""Amazon Web Services

Your case {T1_CASE} has been marked as resolved.

We would like to hear about your experience with AWS Training and
Certification Customer Support. The survey takes less than one minute.

Was your issue resolved?  YES  /  NO

How satisfied were you with the agent who handled your case?
https://survey.aws-tc.amazon.com/s/csat?case={T1_CASE}&lang=en

If you still need help, reply to this e-mail within 14 days and the case will be
re-opened automatically.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    html = html_wrap(f"""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:24px">
<h2 style="font-size:20px">How did we do?</h2>
<p>Your case <b>{T1_CASE}</b> has been marked as resolved. Tell us about your experience &mdash; it only takes a minute.</p>
<p>Was your issue resolved?</p>
<p><a href="https://survey.aws-tc.amazon.com/s/csat?case={T1_CASE}&amp;r=1" style="background:#ff9900;color:#000;padding:8px 24px;text-decoration:none">YES</a>
&nbsp; <a href="https://survey.aws-tc.amazon.com/s/csat?case={T1_CASE}&amp;r=0" style="background:#d5dbdb;color:#000;padding:8px 24px;text-decoration:none">NO</a></p>
<p style="font-size:12px;color:#687078">Need more help? Reply to this e-mail within 14 days to re-open the case.</p>
</td></tr></table>""", 'How did we do?')
    msg = build(alt(part(text, cte='qp'), part(html, 'html', cte='qp')), sender=AWS_FORM, to=RAHUL, provider='gmail',
                subject=f'How did we do? Your AWS Training and Certification case {T1_CASE}', date=d)
    save(6, 'how-did-we-do', msg, 'survey', T1_CASE, [], True, 'en')


@mail
def m007():
    d = dt('2025-06-01 14:08:27')
    text = """Rahul, your badge is ready

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Accept your badge to share it on LinkedIn, in your e-mail signature and
anywhere else you showcase your professional achievements.

Accept your badge:
https://www.credly.com/badges/3f6a0c1e-8b2d-4e71-9a55-0d2c7be41f9a/accept

Questions? Visit https://support.credly.com

Credly, Inc. | 13 W 36th St, Floor 8 | New York, NY 10018
Unsubscribe: https://www.credly.com/notification_preferences
"""
    html = html_wrap("""<div style="max-width:560px;margin:0 auto">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="AWS Certified Solutions Architect - Associate">
<h1 style="font-size:22px">Rahul, your badge is ready</h1>
<p><b>Amazon Web Services Training and Certification</b> has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p><a href="https://www.credly.com/badges/3f6a0c1e-8b2d-4e71-9a55-0d2c7be41f9a/accept" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. | 13 W 36th St, Floor 8 | New York, NY 10018</p>
</div>""")
    msg = build(alt(part(text, cte='7bit', charset='us-ascii'), part(html, 'html', cte='qp')), sender=CREDLY, to='rahul.verma.dev@gmail.com',
                provider='gmail', subject='Rahul, your badge from Amazon Web Services Training and Certification is ready', date=d)
    save(7, 'credly-badge-ready', msg, 'credly_badge_issued', None, [], True, 'en')


# ---------------------------------------------------------------- thread T2: Sato (nifty), console case in Japanese
T2_CASE = case15('2025-06-16 01:12:40', 226)
SATO = '%s <kenta.sato-0611@nifty.com>' % ew('佐藤 健太', 'iso-2022-jp', chunk=10)
T2_SUBJ_JA = '認定アカウントの統合について'


@mail
def m008():
    d = dt('2025-06-16 01:12:58')
    body = f"""こんにちは、

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お客様の問題に対処するため、ケース {T2_CASE} を開きました。

ケースの詳細:

ケース ID: {T2_CASE}
件名: {T2_SUBJ_JA}
重要度: 一般的なガイダンス
ケースの説明:
AWS認定のアカウントが2つあります(AWS52190847 と AWS60033718)。
以前の会社のメールアドレスで作ったものと、個人のメールアドレスで作ったものです。
個人の方 (AWS52190847) に統合していただけますでしょうか。

このケースに返信を追加する、またはケースの詳細を確認するには、サポートセンターにアクセスしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={T2_CASE}&language=ja

※このメールアドレスは返信を受け付けることができません。ケースへの返信はサポートセンターから行ってください。

よろしくお願いいたします。
アマゾン ウェブ サービス
"""
    msg = build(part(body, charset='iso-2022-jp', cte='7bit'), sender=AWS_NOREPLY, to=SATO, provider='mx.nifty.com',
                to_email='kenta.sato-0611@nifty.com',
                subject=ew('Amazon Web Services: 新しいサポートケースが開かれました: ' + T2_CASE, 'iso-2022-jp', chunk=16), date=d)
    save(8, 'console-case-opened-ja', msg, 'case_created', T2_CASE, ['AWS52190847', 'AWS60033718'], True, 'ja')


T2_CONFIRM = f"""佐藤 様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。

あなたのリクエストに従って、私たちは以下のアカウントを確認しました:

・保持されるアカウント(プライマリ): AWS 52190847 (ken.sato.personal@gmail.com)
・統合されるアカウント(セカンダリ): AWS 60033718 (k.sato@marutaka-denki.co.jp)

統合の後、セカンダリアカウントのすべての認定履歴、試験特典およびトランスクリプトはプライマリアカウントに移動され、セカンダリアカウントは無効化されます。このプロセスは一度実行されると元に戻すことはできませんので注意してください。

上記の情報が正しいことを確認するために、サポートセンターからこのケースに返信してください。私たちがあなたの確認を受け取った後、私たちは統合を進めます。

よろしくお願いします。

Haruto K.
アマゾン ウェブ サービス
"""


@mail
def m009():
    d = dt('2025-06-17 02:40:19')
    body = T2_CONFIRM + f"""
このやり取りを評価するには、以下のリンクをクリックしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={T2_CASE}&language=ja

※このメールアドレスは返信を受け付けることができません。
"""
    msg = build(part(body, charset='shift_jis', cte='b64'), sender=AWS_NOREPLY, to=SATO, provider='mx.nifty.com',
                to_email='kenta.sato-0611@nifty.com',
                subject=f'RE:[CASE {T2_CASE}] ' + ew(T2_SUBJ_JA, 'shift_jis', chunk=8), date=d)
    save(9, 'kakunin-onegai-sjis', msg, 'merge_confirmation_requested', T2_CASE,
         ['AWS52190847', 'AWS60033718'], True, 'ja')


@mail
def m010():
    d = dt('2025-06-18 00:55:03')
    body = f"""佐藤 様

ご確認いただき、誠にありがとうございます。

いただいたご回答をもとに、これより AWS52190847 をプライマリとする手続きを担当チームにて進めてまいります。
作業には通常 3～5 営業日ほどかかります。処理が終わりましたら、本ケースにて改めてご連絡いたしますので、それまでの間は新しい試験のご予約をお控えくださいますようお願いいたします。

ご不便をおかけしますが、今しばらくお待ちくださいませ。

Haruto K.
アマゾン ウェブ サービス

ケースへの返信はサポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={T2_CASE}&language=ja
"""
    msg = build(part(body, cte='qp'), sender=AWS_NOREPLY, to=SATO, provider='mx.nifty.com',
                to_email='kenta.sato-0611@nifty.com',
                subject=ew(f'RE:[CASE {T2_CASE}] {T2_SUBJ_JA}', 'utf-8', chunk=20), date=d)
    save(10, 'tetsuzuki-wo-susumemasu', msg, 'support_reply', T2_CASE, ['AWS52190847'], True, 'ja')


@mail
def m011():
    d = dt('2025-06-20 07:31:48')
    new = f"""佐藤 様

お待たせいたしました。

ご依頼いただいておりました件につきまして、旧アカウントに登録されていた認定資格、受験履歴および特典(次回受験 50% 割引バウチャーを含む)は、すべて AWS52190847 に移行いたしました。旧アカウントは本日付で無効となっております。

お手数ですが、個人のメールアドレスで AWS Certification アカウントにサインインし、内容をご確認ください。Credly のデジタルバッジにつきましては、数日以内に Credly から別途メールが届きます。

その他ご不明な点がございましたら、本ケースにてお知らせください。

Haruto K.
アマゾン ウェブ サービス

"""
    quoted = "----- 以前のやり取り -----\n\n2025/06/17 11:40 (JST) Amazon Web Services:\n" + q(T2_CONFIRM)
    body = new + quoted + "\n"
    msg = build(part(body, charset='iso-2022-jp', cte='7bit'), sender=AWS_NOREPLY, to=SATO, provider='mx.nifty.com',
                to_email='kenta.sato-0611@nifty.com',
                subject=ew(f'RE:[CASE {T2_CASE}] {T2_SUBJ_JA}', 'iso-2022-jp', chunk=14), date=d)
    save(11, 'ikou-itashimashita', msg, 'merge_completed', T2_CASE, ['AWS52190847'], True, 'ja')


@mail
def m012():
    d = dt('2025-06-03 09:44:10')
    gh = dict(name='Hiroshi Ono', email='notifications@github.com', kind='gen', dom='github.com',
              ip='192.30.252.%d' % R.randint(190, 210), host='out-%d.smtp.github.com' % R.randint(20, 28),
              mailfrom='noreply@github.com', selector='pf2023')
    text = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/infolinx/cert-tracker/pull/412#event-17923840112
You are receiving this because you were mentioned.

Message ID: <infolinx/cert-tracker/pull/412/issue_event/17923840112@github.com>
"""
    html = html_wrap("""<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/infolinx/cert-tracker/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/infolinx/cert-tracker/pull/412#event-17923840112">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>""")
    msg = build(alt(part(text, cte='7bit', charset='UTF-8'), part(html, 'html', cte='7bit', charset='UTF-8')), sender=gh, to='infolinx/cert-tracker <cert-tracker@noreply.github.com>',
                to_email='rahul.verma.dev@gmail.com', provider='gmail',
                cc='Rahul Verma <rahul.verma.dev@gmail.com>, Mention <mention@noreply.github.com>',
                subject='Re: [infolinx/cert-tracker] Merge duplicate certification accounts into one profile per engineer (PR #412)',
                in_reply_to='<infolinx/cert-tracker/pull/412@github.com>', references='<infolinx/cert-tracker/pull/412@github.com>',
                msgid='<infolinx/cert-tracker/pull/412/issue_event/17923840112@github.com>', date=d,
                extra=[('List-ID', 'infolinx/cert-tracker <cert-tracker.infolinx.github.com>'),
                       ('X-GitHub-Reason', 'mention')])
    save(12, 'github-pr-merged', msg, 'unrelated', None, [], False, 'en')


# ---------------------------------------------------------------- thread T3: Maria (Philippines, outlook.com), console case
T3_CASE = case15('2025-08-11 06:20:05', 918)
MARIA = 'Maria Santos <maria.santos.ph@outlook.com>'
T3_SUBJ = 'Request to merge my 2 AWS certification accounts'


@mail
def m013():
    d = dt('2025-08-11 06:20:31')
    body = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {T3_CASE} to address your issue.

The details of your case are as follows:

Case ID: {T3_CASE}
Subject: {T3_SUBJ}
Severity: General guidance
Correspondence: Good day! I would like to request to merge my 2 AWS certification accounts. My first account is AWS71840326 which I used when I take my Cloud Practitioner last 2022 (under my personal email). My second account is AWS27715590 which was created by my previous employer for my Developer Associate exam. I want to retain the first one since I cannot access anymore my old work email. Hoping for your kind assistance. Thank you and God bless.

To see all of the details for the case, including attachments, or to reply to this case, please visit the Support Center at the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId={T3_CASE}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Best regards,
Amazon Web Services
"""
    msg = build(part(body, cte='qp'), sender=AWS_NOREPLY, to=MARIA, provider='outlook',
                subject=f'Amazon Web Services: You have opened a new Support case: {T3_CASE}', date=d)
    save(13, 'console-new-support-case', msg, 'case_created', T3_CASE, ['AWS71840326', 'AWS27715590'], True, 'en')


@mail
def m014():
    d = dt('2025-08-13 02:15:40')
    inner = f"""<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Maria,</p>
<p>Thank you for patiently waiting and for the confirmation you have sent.</p>
<p>I would like to let you know that your request is now being worked on by our Certification Operations team. Rest assured that we are doing our best to have this resolved the soonest possible time. Kindly expect an update from us within 2-3 business days.</p>
<p>In the meantime, please refrain from scheduling an exam on either of your profiles so that nothing will be affected.</p>
<p>We truly appreciate your patience and understanding. Keep safe!</p>
<p>Best regards,<br>Jerome D.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px;color:#545b64">We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.</p>
<p style="font-size:12px">To see all of the details for the case, or to reply to this case, please visit the Support Center:<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId={T3_CASE}&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId={T3_CASE}&amp;language=en</a></p>
<p style="font-size:12px;color:#545b64">Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>
</div>"""
    msg = build(part(html_wrap(inner), 'html', cte='qp'), sender=AWS_NOREPLY, to=MARIA, provider='outlook',
                subject=f'[Case {T3_CASE}] New correspondence added', date=d)
    save(14, 'being-worked-on-html', msg, 'support_reply', T3_CASE, [], True, 'en')


@mail
def m015():
    d = dt('2025-08-12 01:48:12')
    text = f"""Hi Maria,

Good day! Thank you for contacting AWS Training and Certification Support, my name is Jerome and I will be the one assisting you today.

Please view this correspondence in the AWS Support Center to see the full details:
https://console.aws.amazon.com/support/home#/case/?displayId={T3_CASE}&language=en

Best regards,
Jerome D.
Amazon Web Services
"""
    inner = f"""<p>Hi Maria,</p>
<p>Good day! Thank you for contacting AWS Training and Certification Support, my name is Jerome and I will be the one assisting you today.</p>
<p>Upon checking, I was able to locate the following accounts under your name:</p>
<ul>
<li><b>aws71840326</b> &ndash; maria.santos.ph@outlook.com <i>(to be retained)</i></li>
<li><b>aws27715590</b> &ndash; msantos@accentriq.com.ph <i>(to be merged and deactivated)</i></li>
</ul>
<p>Please be advised that once the accounts are merged, this can no longer be undone or reversed. All your certifications and exam history will be under the retained account.</p>
<p>Kindly confirm by replying through the Support Center if the above information is correct so we can proceed with your request.</p>
<p>Looking forward to your response.</p>
<p>Best regards,<br>Jerome D.<br>Amazon Web Services</p>
<p style="font-size:12px"><a href="https://console.aws.amazon.com/support/home#/case/?displayId={T3_CASE}&amp;language=en">View case in Support Center</a> &middot; This e-mail was sent from an address that cannot accept incoming e-mail.</p>"""
    msg = build(alt(part(text, cte='b64'), part(html_wrap(inner), 'html', cte='b64')), sender=AWS_NOREPLY, to=MARIA, provider='outlook',
                subject=f'RE:[CASE {T3_CASE}] {T3_SUBJ}', date=d)
    save(15, 'kindly-confirm-html-only-ids', msg, 'merge_confirmation_requested', T3_CASE,
         ['AWS71840326', 'AWS27715590'], True, 'en')


T3_DONE = f"""Hi Maria,

Good news! Your profile AWS27715590 has been successfully combined into AWS71840326. All of your certifications, exam history and the remaining 50% discount voucher are now consolidated under your personal email, and the old profile has been deactivated.

You may now log in to your AWS Certification Account to double check. For your Credly badges, you will be receiving a separate email from Credly once these are moved.

Since this has been resolved, we will now be closing this case. Thank you for your patience and have a blessed day!

Best regards,
Jerome D.
Amazon Web Services
"""


@mail
def m016():
    d = dt('2025-08-14 07:02:55')
    body = T3_DONE + f"""
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see all of the details for the case, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={T3_CASE}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    msg = build(part(body, cte='qp'), sender=AWS_NOREPLY, to=MARIA, provider='outlook',
                subject=f'RE:[CASE {T3_CASE}] {T3_SUBJ}', date=d)
    save(16, 'profiles-combined-closing', msg, 'merge_completed', T3_CASE, ['AWS27715590', 'AWS71840326'], True, 'en')


@mail
def m017():
    d = dt('2025-08-14 07:10:21')
    text = f"""Your case {T3_CASE} is closed.

Tell us about your experience: https://aws.amazon.com/support/feedback?caseId={T3_CASE}
"""
    inner = f"""<table width="600" align="center" style="border:1px solid #eaeded"><tr><td style="padding:24px">
<h2>Your feedback matters</h2>
<p>Hello,</p>
<p>Support case <b>{T3_CASE}</b> &ldquo;{T3_SUBJ}&rdquo; has been closed. If anything is still not right you can reopen it from the Support Center within 14 days.</p>
<p>How would you rate the support you received?</p>
<p style="font-size:22px">
<a href="https://aws.amazon.com/support/feedback?caseId={T3_CASE}&amp;score=1">&#9733;</a>
<a href="https://aws.amazon.com/support/feedback?caseId={T3_CASE}&amp;score=2">&#9733;</a>
<a href="https://aws.amazon.com/support/feedback?caseId={T3_CASE}&amp;score=3">&#9733;</a>
<a href="https://aws.amazon.com/support/feedback?caseId={T3_CASE}&amp;score=4">&#9733;</a>
<a href="https://aws.amazon.com/support/feedback?caseId={T3_CASE}&amp;score=5">&#9733;</a></p>
<p>Thank you for being an AWS customer.</p>
</td></tr></table>"""
    msg = build(alt(part(text, charset='us-ascii', cte='7bit'), part(html_wrap(inner, 'Your feedback matters'), 'html', cte='qp')),
                sender=AWS_NOREPLY, to=MARIA, provider='outlook',
                subject=f'Your feedback matters - Case {T3_CASE}', date=d)
    save(17, 'feedback-matters-stars', msg, 'survey', T3_CASE, [], True, 'en')


@mail
def m018():
    d = dt('2025-08-14 08:31:09', PHT)
    fwd = f"""Hi Sir Ramon,

FYI po, my AWS certs are now under one account only, AWS71840326. Kindly update it in our partner portal so the Developer Associate will still count for our APN tier. Thank you!

Regards,
Maria

________________________________
From: Amazon Web Services <no-reply-aws@amazon.com>
Sent: Thursday, August 14, 2025 3:02 PM
To: Maria Santos <maria.santos.ph@outlook.com>
Subject: RE:[CASE {T3_CASE}] {T3_SUBJ}

""" + T3_DONE
    maria = dict(name='Maria Santos', email='maria.santos.ph@outlook.com', kind='gen', dom='outlook.com',
                 ip='40.92.%d.%d' % (R.randint(1, 100), R.randint(2, 250)), host='SEYPR02CU001.outbound.protection.outlook.com',
                 msgid='<SEZPR06MB6%03d%s@SEZPR06MB6%03d.apcprd06.prod.outlook.com>' % (R.randint(100, 999), rhex(12).upper(), R.randint(100, 999)),
                 selector='selector1')
    msg = build(alt(part(fwd, cte='qp'), part(html_wrap(p2html(fwd)), 'html', cte='qp')), sender=maria,
                to='Ramon Villanueva <ramon.villanueva@accentriq.com.ph>', provider='outlook',
                subject=f'FW: RE:[CASE {T3_CASE}] {T3_SUBJ}', date=d, xmailer=None,
                extra=[('Thread-Topic', f'RE:[CASE {T3_CASE}] {T3_SUBJ}'), ('Thread-Index', 'AQH' + rb64(20)[:24])])
    save(18, 'fw-to-manager-partner-portal', msg, 'unrelated', T3_CASE, ['AWS71840326'], False, 'en')


@mail
def m019():
    d = dt('2025-08-16 19:44:03')
    inner = """<div style="max-width:600px;margin:0 auto;font-family:Helvetica,Arial,sans-serif">
<img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly">
<h1 style="font-size:22px;color:#222">Maria, your badges have a new home</h1>
<p>Following an update to your records with <b>Amazon Web Services Training and Certification</b>, the badges below have been transferred and issued to <b>maria.santos.ph@outlook.com</b>:</p>
<table cellpadding="8"><tr><td><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="64"></td><td>AWS Certified Cloud Practitioner</td></tr>
<tr><td><img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="64"></td><td>AWS Certified Developer &ndash; Associate</td></tr></table>
<p>Accept them to start sharing your achievements on LinkedIn, Facebook, and more.</p>
<p><a href="https://www.credly.com/earner/earned?utm_source=transfer_email" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:12px;color:#888">You received this e-mail because a badge was issued to you on Credly. Credly, Inc. | 13 W 36th St, Floor 8 | New York, NY 10018</p>
</div>"""
    msg = build(part(html_wrap(inner), 'html', cte='b64'), sender=dict(CREDLY), to='maria.santos.ph@outlook.com', provider='outlook',
                subject='Your badges from Amazon Web Services Training and Certification have been transferred', date=d)
    save(19, 'credly-badges-new-home', msg, 'credly_badge_issued', None, [], True, 'en')


@mail
def m020():
    d = dt('2026-02-02 15:00:12')
    text = """Hi Carlos,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on May 3, 2026.

To keep your badge active, complete the recertification requirements before the expiration date. Visit the AWS Certification page to learn how to recertify:
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/7c1d0b55-2f0e-4b7d-8a5b-6a3cde09e1b2

Credly, Inc. | 13 W 36th St, Floor 8 | New York, NY 10018
Manage notification preferences: https://www.credly.com/notification_preferences
"""
    msg = build(alt(part(text, cte='qp'), part(html_wrap(p2html(text)), 'html', cte='qp')), sender=dict(CREDLY, name='Credly'),
                to='carlos.mendoza.r@yahoo.com.mx', provider='yahoo',
                subject='Your AWS Certified Cloud Practitioner badge expires in 90 days', date=d)
    save(20, 'credly-expiry-90-days', msg, 'unrelated', None, [], True, 'en')


@mail
def m021():
    d = dt('2025-08-17 03:21:45')
    text = """Hi Maria,

We received a request to merge another Credly account into your account maria.santos.ph@outlook.com.

Your verification code is:

    482913

Enter this code on the account merge page, or select Complete Account Merge below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=Zk3p9QvX2

If you did not request this, you can ignore this e-mail; no changes will be made.

The Credly Team
"""
    msg = build(alt(part(text, cte='7bit', charset='us-ascii'), part(html_wrap(p2html(text)), 'html', cte='qp')),
                sender=dict(CREDLY, name='Credly'), to='maria.santos.ph@outlook.com', provider='outlook',
                subject='Your Credly account merge verification code', date=d)
    save(21, 'credly-own-merge-code', msg, 'unrelated', None, [], True, 'en')


# ---------------------------------------------------------------- thread T4: Takahashi (corporate, O365), form case in Japanese
T4_CASE = case15('2025-10-06 00:48:51', 355)
TAKA = '%s <yumi.takahashi@hoshino-sys.co.jp>' % ew('高橋 由美', 'utf-8', chunk=10)
TAKA_EMAIL = 'yumi.takahashi@hoshino-sys.co.jp'


@mail
def m022():
    d = dt('2025-10-06 00:49:20')
    inner = f"""<p>こんにちは、</p>
<p>AWS トレーニングと認定にお問い合わせいただきありがとうございます。これは、お客様のリクエストを受信し、ケース ID {T4_CASE} の下に記録したことをお知らせするための自動メッセージです。</p>
<p>私たちのチームのメンバーがそれをレビューし、原則として 24 時間以内にあなたに応答します。情報を追加する必要がある場合は、件名のケース ID を保持したままこのメールに返信してください。同じリクエストのために別のフォームを送信しないでください。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td>お問い合わせの種類</td><td>AWS トレーニングと認定</td></tr>
<tr><td>詳細</td><td>アカウントのマージ</td></tr>
<tr><td>AWS 候補者 ID</td><td>aws83326104</td></tr>
<tr><td>説明</td><td>転職前の会社で作成した認定アカウントと、現在のアカウントが重複しています。旧アカウントのIDはわかりませんが、旧メールアドレスは y-takahashi@kitamura-soft.co.jp です。現在のアカウントに一本化していただけますでしょうか。</td></tr>
</table>
<p>よろしくお願いします。<br>AWS トレーニングと認定 カスタマーサポート</p>"""
    msg = build(part(html_wrap(inner), 'html', cte='qp'), sender=AWS_FORM, to=TAKA, to_email=TAKA_EMAIL, provider='outlook',
                subject=f'[CASE {T4_CASE}] [AWS Training and Certification Form Submission] - account-assistance', date=d)
    save(22, 'form-uketsuke-mt-html', msg, 'case_created', T4_CASE, ['AWS83326104'], True, 'ja')


@mail
def m023():
    d = dt('2025-10-06 05:33:02')
    body = f"""高橋 由美 様

AWS トレーニングと認定 カスタマーサポートの小林です。
お問い合わせいただき、ありがとうございます。

いただいた旧メールアドレス (y-takahashi@kitamura-soft.co.jp) で検索いたしましたが、該当するアカウントを特定することができませんでした。
恐れ入りますが、手続きを進めるにあたり、以下の情報をご返信いただけますでしょうか。

1. 旧アカウントで受験された試験名と、おおよその受験日
2. 旧アカウントのサインイン用メールアドレスと通知用メールアドレス(異なる場合はそれぞれ)
3. 旧アカウントのスコアレポートに記載の候補者 ID(お手元にあれば)
4. 最終的に残したいアカウント

なお、同じ内容で新しいお問い合わせを作成されますと対応が遅れる場合がございますので、本メールへのご返信にてお知らせください。

何卒よろしくお願い申し上げます。

小林 真理子
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services
"""
    msg = build(part(body, charset='iso-2022-jp', cte='7bit'), sender=AWS_FORM, to=TAKA, to_email=TAKA_EMAIL, provider='outlook',
                subject=f'RE:[CASE {T4_CASE}] [AWS Training and Certification Form Submission] - account-assistance', date=d)
    save(23, 'kyu-account-tokutei-dekizu', msg, 'support_reply', T4_CASE, [], True, 'ja')


@mail
def m024():
    d = dt('2025-09-22 13:07:44')
    ph = dict(name='AWS Certification Support', email='support@aws-certification-merge.com', kind='gen', dom='aws-certification-merge.com',
              ip='185.176.%d.%d' % (R.randint(1, 250), R.randint(2, 250)), host='mail.aws-certification-merge.com', selector='default')
    fake_case = case15('2025-09-22 12:58:03', 7)
    text = f"""Dear Candidate,

We have received request for merge of your AWS Certification accounts. Before we process, you must to confirm the accounts below are belong to you.

Case number: {fake_case}
Primary account (keep): AWS40718235
Secondary account (will be merged): AWS40718236

Merge is irreversible. After the merge, the secondary account and all its certifications will be permanently removed if not verified.

Please confirm within 24 hours by sign in with your AWS credentials:

https://aws-certification-merge.com/confirm?case={fake_case}&token=8c1f2e0a9b

If you not confirm, both accounts will be suspended for security reason.

Regards,
AWS Training & Certification Account Team
"""
    inner = p2html(text).replace(f'https://aws-certification-merge.com/confirm?case={fake_case}&amp;token=8c1f2e0a9b',
                                 f'<a href="https://aws-certification-merge.com/confirm?case={fake_case}&amp;token=8c1f2e0a9b" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">CONFIRM MERGE</a>')
    msg = build(alt(part(text, cte='qp'), part(html_wrap(inner), 'html', cte='qp')), sender=ph, to=RAHUL, provider='gmail',
                subject=f'Action required: confirm merge of your AWS Certification accounts [CASE {fake_case}]', date=d,
                auth=dict(spf='pass', dkim=(('pass', None),), dmarc='pass', policy='NONE'))
    save(24, 'confirm-merge-lookalike-domain', msg, 'merge_confirmation_requested', fake_case,
         ['AWS40718235', 'AWS40718236'], False, 'en')


# ---------------------------------------------------------------- thread T5: Piotr (Poland, Gmail), form case, Eastern European agent
T5_CASE = case15('2025-11-17 09:05:33', 640)
PIOTR = 'Piotr Nowak <piotr.nowak87@gmail.com>'
T5_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

T5_CONFIRM = f"""Hello Piotr,

Thank you for information you sent.

I have found two accounts on your name:

- AWS58302117 (login piotr.nowak87@gmail.com) - this account will stay
- AWS19467720 (login p.nowak@dataweave.pl) - this account will be merged into first one and closed

Please be aware, that this operation can not be undone. After merge is done, it is not possible to separate accounts again.

Please confirm by reply to this e-mail, that information above is correct and that you want we proceed.

Best regards,
Katarzyna W.
AWS Training and Certification
Amazon Web Services
"""


@mail
def m025():
    d = dt('2025-11-21 10:41:17')
    new = """Hello Piotr,

I have checked with responsible team and operation for your accounts is finished now. All certifications and exam history from account AWS 19467720 are moved to account AWS 58302117, old account is disabled and you cannot login to it anymore.

Please login with piotr.nowak87@gmail.com and check that everything is correct. Badges in Credly will be moved in next few days, if this will not happen please write to us on this same case.

Best regards,
Katarzyna W.
AWS Training and Certification
"""
    user = "Hello,\n\nyes, it is correct, please do it.\n\nPiotr\n\nOn Tue, 18 Nov 2025 at 11:02, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n" + q(T5_CONFIRM)
    body = new + "\nOn Thu, Nov 20, 2025 at 7:05 PM Piotr Nowak <piotr.nowak87@gmail.com> wrote:\n" + q(user) + "\n"
    msg = build(part(body, cte='qp'), sender=AWS_FORM, to=PIOTR, provider='gmail',
                subject=f'RE:[CASE {T5_CASE}] {T5_SUBJ}', date=d)
    save(25, 'operation-finished-nested-quote', msg, 'merge_completed', T5_CASE, ['AWS19467720', 'AWS58302117'], True, 'en')


@mail
def m026():
    d = dt('2025-11-18 10:02:36')
    msg = build(part(T5_CONFIRM, cte='b64'), sender=AWS_FORM, to=PIOTR, provider='gmail',
                subject=f'RE:[CASE {T5_CASE}] {T5_SUBJ}', date=d)
    save(26, 'cannot-be-undone-please-confirm', msg, 'merge_confirmation_requested', T5_CASE,
         ['AWS19467720', 'AWS58302117'], True, 'en')


@mail
def m027():
    d = dt('2025-11-20 12:15:08')
    body = f"""Hello Piotr,

We did not receive answer from you after our last message. Do you still need help with this case?

If yes, please reply to this e-mail. If we will not hear from you in next 72 hours, case will be closed automatically, but you can always write to us again.

Best regards,
Katarzyna W.
AWS Training and Certification

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 18.11.2025 11:02
To: piotr.nowak87@gmail.com
Subject: RE:[CASE {T5_CASE}] {T5_SUBJ}

""" + T5_CONFIRM
    msg = build(part(body, cte='7bit', charset='us-ascii'), sender=AWS_FORM, to=PIOTR, provider='gmail',
                subject=f'RE:[CASE {T5_CASE}] {T5_SUBJ}', date=d)
    save(27, 'do-you-still-need-help', msg, 'support_reply', T5_CASE, [], True, 'en')


@mail
def m028():
    d = dt('2025-11-23 10:45:00')
    text = f"""Hello,

Your AWS Training and Certification case {T5_CASE} has been resolved and is now closed.

If you feel your question was not fully answered, you can reply to this e-mail within 14 days and we will reopen it.

Please help us improve - answer two short questions about your experience:
https://survey.aws-tc.amazon.com/s/csat?case={T5_CASE}&lang=en

Thank you,
AWS Training and Certification Customer Support
"""
    msg = build(part(text, cte='qp'), sender=AWS_FORM, to=PIOTR, provider='gmail',
                subject=f'Case {T5_CASE} resolved - two questions for you', date=d)
    save(28, 'resolved-two-questions', msg, 'survey', T5_CASE, [], True, 'en')


# ---------------------------------------------------------------- thread T6: Carlos (Mexico, Yahoo), form case, Latin American agent
T6_CASE = case15('2026-01-19 15:22:10', 83)
CARLOS = 'Carlos Mendoza <carlos.mendoza.r@yahoo.com.mx>'
T6_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


@mail
def m029():
    d = dt('2026-01-19 15:22:41')
    body = f"""Hello Carlos Mendoza Ruíz,

We have received your message. Your request has the number {T6_CASE}.
Our Customer Support team answers requests in the order received, usually within 24 hours.

What you sent us:
  Inquiry type ..... AWS Training and Certification
  Sub-type ......... Account Merge
  AWS candidate ID . AWS91150273
  Message .......... Good afternoon. I have 2 acounts of certification, one is old from my before job. Please can you join them in one. Thanks, Carlos Mendoza Ruíz (Guadalajara, México)

Replying to this message adds information to the same request.

AWS Training and Certification Customer Support
"""
    # bytes are UTF-8 but the label says ISO-8859-1
    msg = build(part(body, charset='utf-8', label='iso-8859-1', cte='8bit'), sender=AWS_FORM, to=CARLOS, provider='yahoo',
                subject=f'[CASE {T6_CASE}] {T6_SUBJ}', date=d)
    save(29, 'request-has-the-number-wrong-charset', msg, 'case_created', T6_CASE, ['AWS91150273'], True, 'en')


@mail
def m030():
    d = dt('2026-01-20 16:05:22')
    body = f"""Dear Mr. Carlos,

I hope you are very well. My name is Andrés and it will be a pleasure for me to help you with your request.

I have reviewed the account AWS91150273 that you indicated in the form. In order to continue with the process of your request, I kindly ask you to provide me the following information:

  * The AWS candidate ID or the e-mail address of your other account (the one of your previous job)
  * The reason for which you wish to unify the accounts
  * Which of the two accounts you wish to conserve as principal

As soon as I receive this information I will be able to continue with the following steps. Please answer directly to this e-mail and do not open a new case, so we can keep all the information together.

I remain attentive to your comments.

Kind regards,

Andrés G.
AWS Training and Certification
Amazon Web Services
"""
    msg = build(alt(part(body, cte='qp'), part(html_wrap(p2html(body)), 'html', cte='qp')), sender=AWS_FORM, to=CARLOS, provider='yahoo',
                subject=f'RE:[CASE {T6_CASE}] {T6_SUBJ}', date=d)
    save(30, 'remain-attentive-more-info', msg, 'support_reply', T6_CASE, ['AWS91150273'], True, 'en')


@mail
def m031():
    d = dt('2026-01-21 17:40:09')
    body = f"""Dear Mr. Carlos,

Thank you very much for your prompt answer and for the information provided.

According to what you indicated, the process will be carried out in the following way:

  Account that will be conserved (principal):  AWS91150273 - carlos.mendoza.r@yahoo.com.mx
  Account that will be integrated to it:       aws 04418862 - cmendoza@grupoaltavista.mx

Once the process is done, all the certifications, history and benefits of the second account will pass to the principal account, and the second account will be deactivated. It is very important that you know that this action is definitive and it cannot be reverted.

For this reason, before proceeding I need your explicit confirmation. Please answer this e-mail indicating that you agree with the above.

I remain attentive.

Kind regards,

Andrés G.
AWS Training and Certification

________________________________
From: Carlos Mendoza <carlos.mendoza.r@yahoo.com.mx>
Sent: Tuesday, January 20, 2026 10:14 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE {T6_CASE}] {T6_SUBJ}

Hello Andres, thank for you help.
The reason is I make new account when I change of work and I not remember the first one password and email was from the company. The other account is AWS04418862 and email was cmendoza@grupoaltavista.mx (not exist anymore).
I want keep the AWS91150273 please because is my personal email.
Regards
Carlos
"""
    msg = build(part(body, cte='b64'), sender=AWS_FORM, to=CARLOS, provider='yahoo',
                subject=f'RE:[CASE {T6_CASE}] {T6_SUBJ}', date=d)
    save(31, 'explicit-confirmation-needed', msg, 'merge_confirmation_requested', T6_CASE,
         ['AWS04418862', 'AWS91150273'], True, 'en')


@mail
def m032():
    d = dt('2026-01-23 14:18:30')
    body = f"""Dear Mr. Carlos,

I hope you are having an excellent day.

It is a pleasure for me to inform you that the unification of your accounts was carried out successfully. From now on, all your certifications and your exam history are found in the account AWS91150273, and the account of your previous job no longer exists.

With this, I proceed to close your case. If you have a moment, I would greatly appreciate it if you could evaluate my attention in the short survey that will arrive to your e-mail; your opinion is very important for us.

It was a pleasure to help you. Greetings to Guadalajara!

Kind regards,

Andrés G.
AWS Training and Certification
Amazon Web Services
"""
    msg = build(part(body, cte='qp'), sender=AWS_FORM, to=CARLOS, provider='yahoo',
                subject=f'RE:[CASE {T6_CASE}] {T6_SUBJ}', date=d)
    save(32, 'unification-carried-out-closing', msg, 'merge_completed', T6_CASE, ['AWS91150273'], True, 'en')


@mail
def m033():
    d = dt('2026-01-26 18:02:55')
    cm = dict(name='AWS Certification', email='do-not-reply@certmetrics.com', kind='gen', dom='certmetrics.com',
              ip='52.45.%d.%d' % (R.randint(1, 250), R.randint(2, 250)), host='mta.certmetrics.com', selector='cm1')
    text = """AWS Certification wants to hear from you

Hello Carlos,

You recently contacted us or updated your AWS Certification Account. We would like to know how we are doing. This survey takes about 5 minutes.

AWS candidate ID: AWS91150273

Take the survey: https://www.certmetrics.com/amazon/survey/start.aspx?sid=4c2b1e7a

Thank you,
AWS Training and Certification

This message was sent from an unmonitored address. Please do not reply.
"""
    msg = build(alt(part(text, cte='7bit', charset='us-ascii'), part(html_wrap(p2html(text)), 'html', cte='qp')), sender=cm, to=CARLOS,
                provider='yahoo', subject='AWS Certification wants to hear from you', date=d)
    save(33, 'certmetrics-wants-to-hear', msg, 'unrelated', None, ['AWS91150273'], False, 'en')


@mail
def m034():
    d = dt('2026-02-10 03:12:40')
    pv = dict(name='Pearson VUE', email='pearsonvueconfirmation@pearson.com', kind='gen', dom='pearson.com',
              ip='159.182.%d.%d' % (R.randint(1, 250), R.randint(2, 250)), host='smtp-out.pearson.com', selector='pearson2048')
    text = """Dear Wei Li,

Thank you for scheduling your exam with Pearson VUE. This e-mail confirms your appointment.

Exam:                 SAP-C02: AWS Certified Solutions Architect - Professional
Candidate ID:         AWS66207391
Registration ID:      512873349
Appointment:          Saturday, March 14, 2026 at 9:30 AM China Standard Time
Location:             Online - OnVUE

Please check in 30 minutes before your appointment. Run the system test on the computer you will use for your exam:
https://home.pearsonvue.com/aws/onvue

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.

Pearson VUE
"""
    msg = build(part(text, cte='qp'), sender=pv, to='Wei Li <liwei.cloudops@163.com>', provider='163.com',
                subject='Pearson VUE Confirmation of Booking - AWS Certified Solutions Architect - Professional', date=d)
    save(34, 'pearson-vue-booking', msg, 'unrelated', None, ['AWS66207391'], False, 'en')


@mail
def m035():
    d = dt('2025-12-02 08:27:51')
    ec2case = case15('2025-12-01 22:10:05', 512)
    body = f"""Hello,

Thank you for contacting AWS Support. We are pleased to let you know that your request for an EC2 On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances vCPU quota increase in the EU (Frankfurt) region has been approved.

Approved value: 256 vCPUs
Region: eu-central-1

Please allow up to 30 minutes for the new limit to be reflected in the Service Quotas console. If you have any other questions, reply to this case from the Support Center.

Best regards,
Tomasz K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see all of the details for the case, or to reply to this case, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={ec2case}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
"""
    msg = build(part(body, cte='qp'), sender=AWS_NOREPLY, to=PIOTR, provider='gmail',
                subject=f'RE:[CASE {ec2case}] Limit Increase: EC2 Instances', date=d)
    save(35, 'ec2-vcpu-quota-approved', msg, 'unrelated', ec2case, [], True, 'en')


@mail
def m036():
    d = dt('2026-01-28 20:11:34')
    sc = dict(name='Amazon Selling Partner Support', email='seller-support-noreply@amazon.com', kind='ses', dom='amazon.com')
    body = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have good news: the variation family that you requested was merged successfully. The child ASINs B0CX81QW2L and B0CX83HH7T are now under the parent ASIN B0CX80ZR4M, and the old parent was removed from the catalog. The changes can take up to 24 hours to be visible in the detail page.

If you want, you can verify in Seller Central > Catalog > Manage All Inventory.

Was this answer helpful? If not, reply to this e-mail and a different associate will review it.

Thanks for selling with Amazon,
Mariana P.
Amazon.com.mx
https://sellercentral.amazon.com.mx
"""
    msg = build(part(body, cte='qp'), sender=sc, to=CARLOS, provider='yahoo',
                subject='RE:[CASE 7391045528] Solicitud de fusionar variaciones / Merge variation family', date=d)
    save(36, 'seller-central-variations-merged', msg, 'unrelated', '7391045528', [], True, 'en')


# ---------------------------------------------------------------- thread T7: Wei Li (China, 163.com), form case with 11-digit id
T7_CASE = '14820937516'
WEILI = 'Wei Li <liwei.cloudops@163.com>'
T7_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


@mail
def m037():
    d = dt('2026-02-09 02:31:15')
    body = f"""Thanks for writing to AWS Training and Certification.

Your case number is {T7_CASE}. Please keep this number for your reference.

We will respond as soon as possible, in most cases within one business day. You can add details to your request by replying to this message.

Your message:
---
Hello, I have two AWS certification account. My account ID is AWS66207391 and another one is AWS 30985126 (old company email). I want to put all certification in one account because I will take Professional exam soon. Thank you very much.
---

AWS Training and Certification Customer Support
"""
    msg = build(part(body, cte='qp'), sender=AWS_FORM, to=WEILI, no_transport=True,
                subject=f'[CASE {T7_CASE}] {T7_SUBJ}', date=d)
    save(37, 'your-case-number-no-auth', msg, 'case_created', T7_CASE, ['AWS30985126', 'AWS66207391'], None, 'en')


T7_CONFIRM = f"""Dear Wei Li,

Thanks for your patience.

Please kindly confirm below information is correct:

Keep account:      AWS66207391 (liwei.cloudops@163.com)
Account to merge:  AWS30985126 (li.wei@sinotechcloud.cn)

Please be noted that the merge operation is not reversible. After merge, you can only sign in with the keep account, and the other account cannot be recovered.

Kindly reply "confirm" to this email, then we will arrange the merge for you.

Sorry for any inconvenience caused.

Best Regards,
Zhang Y.
AWS Training and Certification
"""


@mail
def m038():
    d = dt('2026-02-10 06:48:30')
    msg = build(part(T7_CONFIRM, cte='qp'), sender=AWS_FORM, to=WEILI, provider='163.com',
                subject=f'RE:[CASE {T7_CASE}] {T7_SUBJ}', date=d)
    save(38, 'kindly-reply-confirm', msg, 'merge_confirmation_requested', T7_CASE, ['AWS30985126', 'AWS66207391'], True, 'en')


@mail
def m039():
    d = dt('2026-02-11 03:20:44')
    new = """Dear Wei Li,

Thanks for your confirmation.

We have submit the request to our backend team. Once the merge is completed, we will also request Credly team to transfer your badges to the keep account, and you will receive email from Credly directly. Estimate time is 3-5 working days.

For your question, your exam appointment on March 14 under AWS66207391 will not be affected, please don't worry.

Best Regards,
Zhang Y.
AWS Training and Certification

"""
    user = """Hi Zhang,

I confirm. Information is correct, please help merge.
Also my SAP exam is booked at March 14, this merge will effect it?

Thanks
Wei Li"""
    body = new + '------------------ Original ------------------\nFrom: "Wei Li" <liwei.cloudops@163.com>\nDate: Tue, Feb 10, 2026 08:12 PM\nTo: "Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>\nSubject: Re: RE:[CASE ' + T7_CASE + '] ' + T7_SUBJ + '\n\n' + user + '\n'
    msg = build(part(body, cte='b64'), sender=AWS_FORM, to=WEILI, provider='163.com',
                subject=f'RE:[CASE {T7_CASE}] {T7_SUBJ}', date=d)
    save(39, 'once-completed-credly-transfer', msg, 'support_reply', T7_CASE, ['AWS66207391'], True, 'en')


@mail
def m040():
    d = dt('2026-02-16 11:05:09')
    acc = dict(name='Amazon Web Services Training and Certification via Credly', email='admin@youracclaim.com', kind='sendgrid', dom='youracclaim.com')
    text = """You've earned a badge!

Accept your badge: https://www.youracclaim.com/badges/a9e2d4c0-71f3-4b8e-9d2a-5c61e0b7f834/accept
"""
    inner = """<div style="max-width:600px;margin:0 auto;font-family:Helvetica,Arial,sans-serif">
<h1 style="font-size:22px">Wei, you've earned a badge!</h1>
<p><b>Amazon Web Services Training and Certification</b> issued you the badge <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p>Claim it to verify your skills on LinkedIn and in your resume. Your badge is backed by verified data from the issuer.</p>
<p><a href="https://www.youracclaim.com/badges/a9e2d4c0-71f3-4b8e-9d2a-5c61e0b7f834/accept" style="display:inline-block;background:#0d9cae;color:#fff;padding:12px 28px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:12px;color:#777">Credly &middot; 13 W 36th St, Floor 8 &middot; New York, NY 10018 &middot; <a href="https://www.youracclaim.com/notification_preferences">Unsubscribe</a></p>
</div>"""
    msg = build(alt(part(text, cte='7bit', charset='us-ascii'), part(html_wrap(inner), 'html', cte='qp')), sender=acc,
                to='liwei.cloudops@163.com', provider='163.com', subject="You've earned a badge from Amazon Web Services Training and Certification", date=d)
    save(40, 'acclaim-earned-badge', msg, 'credly_badge_issued', None, [], True, 'en')


# ---------------------------------------------------------------- thread T9: Nguyen (lives in Japan, biglobe), English MT from Japanese
T9_CASE = case15('2026-04-13 05:10:02', 119)
MINH = 'Nguyen Van Minh <minh.nguyen.vn@biglobe.ne.jp>'


@mail
def m041():
    d = dt('2026-04-16 08:22:37')
    body = f"""Nguyen Van Minh Sama

Thank you for your always use of AWS Training and Certification.
This is Suzuki of the customer support.

About the matter that you have consulted, the integration processing of the account was completed.
The qualification and examination history which were in AWS 28810457 were transferred to AWS 71190635, and the AWS 28810457 cannot be used from now.

We are sorry for having kept you waiting for a long time.
Please confirm by signing in with the e-mail address of AWS 71190635.
As for the Credly badge, the notification will arrive from Credly separately.

If there is an unclear point, please contact us by replying this e-mail.
Thank you for your continued support.

Suzuki Takeshi
AWS Training and Certification Customer Support
Amazon Web Services Japan G.K.
"""
    msg = build(part(body, cte='qp'), sender=AWS_FORM, to=MINH, provider='biglobe.ne.jp',
                subject=f'RE:[CASE {T9_CASE}] [AWS Training and Certification Form Submission] - account-assistance', date=d)
    save(41, 'integration-processing-completed-mt', msg, 'merge_completed', T9_CASE, ['AWS28810457', 'AWS71190635'], True, 'en')


@mail
def m042():
    d = dt('2026-02-19 07:55:12')
    new = """Dear Wei Li,

Sorry for the late reply.

Regarding your question, the badge not show in new Credly because Credly account is separate system from AWS Certification account. We have raised the request to Credly team to move badges from your old Credly account (li.wei@sinotechcloud.cn) to liwei.cloudops@163.com.

Please kindly wait 3-5 business days. If still not show after that, please reply this email and let us know.

Best Regards,
Zhang Y.
AWS Training and Certification

"""
    user = """hi,
merge is done thank you, but why my badge not show in new credly? old credly still have 2 badge. please help check.
Wei Li"""
    body = new + q('在 2026-02-17 21:03:44，"Wei Li" <liwei.cloudops@163.com> 写道：\n' + q(user)) + '\n'
    msg = build(part(body, cte='b64'), sender=AWS_FORM, to=WEILI, provider='163.com',
                subject=f'RE:[CASE {T7_CASE}] {T7_SUBJ}', date=d)
    save(42, 'badge-not-show-raised-to-credly', msg, 'support_reply', T7_CASE, [], True, 'en')


@mail
def m043():
    d = dt('2025-10-10 03:00:05')
    inner = f"""<div style="max-width:600px;margin:0 auto;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>高橋 由美 様</p>
<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。</p>
<p>お問い合わせいただいたケース(ケース ID: {T4_CASE})はクローズされました。</p>
<p>今後のサービス向上のため、今回の対応についてアンケートへのご協力をお願いいたします。所要時間は 1 分程度です。</p>
<p style="text-align:center"><a href="https://survey.aws-tc.amazon.com/s/csat?case={T4_CASE}&amp;lang=ja" style="background:#ff9900;color:#000;padding:10px 30px;text-decoration:none">アンケートに回答する</a></p>
<p>問題が解決していない場合は、14 日以内にこのメールへご返信いただくと、ケースが再開されます。</p>
<p style="font-size:12px;color:#687078">本メールは送信専用のシステムから送信されています。<br>Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</div>"""
    msg = build(part(html_wrap(inner, 'アンケートのお願い'), 'html', cte='b64'), sender=AWS_FORM, to=TAKA, to_email=TAKA_EMAIL, provider='outlook',
                subject=ew('【アンケートのお願い】AWS トレーニングと認定 カスタマーサポートのご対応について', 'utf-8', chunk=16), date=d)
    save(43, 'anketo-onegai-html', msg, 'survey', T4_CASE, [], True, 'ja')


@mail
def m044():
    d = dt('2025-10-10 02:41:19')
    body = f"""高橋 由美 様

AWS トレーニングと認定 カスタマーサポートの小林です。

ご確認いただいた内容のとおり、旧アカウントを現在のアカウント(AWS83326104)へ統合いたしました。
旧アカウントでお持ちだった AWS Certified Solutions Architect - Associate および受験履歴は、現在のアカウントからご確認いただけます。

以上をもちまして、本件はクローズとさせていただきます。
このあと、今回の対応に関するアンケートのご案内をお送りいたしますので、お時間がございましたらご協力いただけますと幸いです。

小林 真理子
AWS トレーニングと認定 カスタマーサポート

差出人: 高橋 由美 <yumi.takahashi@hoshino-sys.co.jp>
送信日時: 2025年10月9日 10:12
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: RE:[CASE {T4_CASE}] [AWS Training and Certification Form Submission] - account-assistance

小林様

ご連絡ありがとうございます。
ご提示いただいた内容で問題ございません。
旧アカウント AWS 20577419 を、現在のアカウント AWS83326104 に統合していただくことに同意します。

どうぞよろしくお願いいたします。

高橋
"""
    msg = build(part(body, charset='utf-8', cte='b64'), sender=AWS_FORM, to=TAKA, to_email=TAKA_EMAIL, provider='outlook',
                subject=f'RE:[CASE {T4_CASE}] [AWS Training and Certification Form Submission] - account-assistance', date=d)
    save(44, 'tougou-itashimashita-close', msg, 'merge_completed', T4_CASE, ['AWS83326104'], True, 'ja')


@mail
def m045():
    d = dt('2025-10-11 09:30:44')
    text = """高橋さん、バッジが発行されました

Amazon Web Services Training and Certification から次のバッジが発行されました:

AWS Certified Solutions Architect - Associate

バッジを受け取ると、LinkedIn やメール署名などで実績を共有できます。

バッジを受け取る:
https://www.credly.com/badges/6d02b7e1-3c5a-4f09-8e44-b91a7f2c0d35/accept?locale=ja

Credly, Inc. | 13 W 36th St, Floor 8 | New York, NY 10018
"""
    msg = build(alt(part(text, cte='b64'), part(html_wrap(p2html(text)), 'html', cte='b64')), sender=CREDLY, to=TAKA_EMAIL, provider='outlook',
                subject=ew('高橋さん、Amazon Web Services Training and Certification からバッジが発行されました', 'utf-8', chunk=18), date=d)
    save(45, 'credly-badge-hakkou-ja', msg, 'credly_badge_issued', None, [], True, 'ja')


@mail
def m046():
    d = dt('2025-10-08 01:15:40')
    boss = dict(name='森田 浩二', email='koji.morita@hoshino-sys.co.jp', kind='gen', dom='hoshino-sys.co.jp', charset='iso-2022-jp',
                ip='40.107.%d.%d' % (R.randint(1, 250), R.randint(2, 250)), host='JPN01-TYC-obe.outbound.protection.outlook.com',
                msgid='<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (R.randint(1000, 9999), rhex(10).upper(), R.randint(1000, 9999)),
                selector='selector1')
    body = """高橋さん

お疲れさまです。森田です。

AWS認定アカウントの統合の件、その後どうなりましたか?
パートナー登録の更新(APN)で認定者のIDを今月中に提出する必要があるので、
統合後のIDを教えてください。AWS83326104 で合っていますか?

サポートから返事が来ていれば、転送してもらえると助かります。

よろしくお願いします。

森田
"""
    msg = build(part(body, charset='iso-2022-jp', cte='7bit'), sender=boss, to=TAKA, to_email=TAKA_EMAIL, provider='outlook',
                subject=ew('AWS認定アカウント統合の件(APN更新)', 'iso-2022-jp', chunk=12), date=d,
                extra=[('Thread-Topic', ew('AWS認定アカウント統合の件(APN更新)', 'iso-2022-jp', chunk=40)),
                       ('Thread-Index', 'AdxA' + rb64(18)[:20]), ('Content-Language', 'ja-JP')])
    save(46, 'joushi-kara-id-kakunin', msg, 'unrelated', None, ['AWS83326104'], False, 'ja')


@mail
def m047():
    d = dt('2025-06-15 23:58:12')
    sg = dict(name='AWS', email='no-reply@signin.aws', kind='gen', dom='signin.aws',
              ip='54.240.%d.%d' % (R.randint(1, 60), R.randint(2, 250)), host='a%d-%d.smtp-out.amazonses.com' % (R.randint(1, 60), R.randint(2, 250)),
              mailfrom='0100019%s@email.amazonses.com' % rhex(20), selector='7v7vs6w47njt4pimodk5mmttbegzsi6n')
    body = """AWS Builder ID の確認

AWS Builder ID の作成を続行するには、次の確認コードを入力してください。

確認コード: 583920

このコードの有効期限は 30 分です。

AWS Builder ID の作成をリクエストしていない場合は、このメールを無視してください。

アマゾン ウェブ サービス
"""
    msg = build(alt(part(body, cte='qp'), part(html_wrap(p2html(body)), 'html', cte='qp')), sender=sg, to='kenta.sato-0611@nifty.com',
                provider='mx.nifty.com', subject=ew('AWS Builder ID の確認コード', 'utf-8', chunk=20), date=d)
    save(47, 'builder-id-kakunin-code', msg, 'unrelated', None, [], True, 'ja')


@mail
def m048():
    d = dt('2025-07-02 10:33:51')
    fake_case = case15('2025-07-02 10:20:40', 58)
    sp = dict(name='Amazon Web Services', email='no-reply-aws@amazon.com', kind='gen', dom='amazon.com',
              ip='91.215.%d.%d' % (R.randint(1, 250), R.randint(2, 250)), host='mx2.tokyo-mailsys.net',
              mailfrom='info@tokyo-mailsys.net', msgid='<%s@tokyo-mailsys.net>' % rhex(24))
    env_ip = sp['ip']
    body = f"""佐藤 健太 様

アマゾン ウェブ サービスをご利用いただきありがとうございます。

お客様のAWS認定アカウントの統合リクエストを受け付けました(ケース番号: {fake_case})。

・統合先アカウント: AWS52190847
・統合元アカウント: AWS60033718

統合を確定するため、24時間以内に下記のリンクから本人確認を完了してください。統合は一度実行すると取り消すことができません。
確認が行われない場合、セキュリティ上の理由により両方のアカウントが一時停止されます。

▼本人確認を行い統合を確定する
https://aws-certification.account-verify-jp.com/merge/confirm?id={fake_case}

アマゾン ウェブ サービス サポートチーム
"""
    ar_top = ('mx.nifty.com;\n\tspf=fail smtp.mailfrom=info@tokyo-mailsys.net;\n\tdkim=none;\n\tdmarc=fail header.from=amazon.com')
    forged = [('Authentication-Results', 'amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tdmarc=pass header.from=amazon.com')]
    msg = build(part(body, charset='utf-8', cte='b64'), sender=sp, to=SATO, to_email='kenta.sato-0611@nifty.com', provider='mx.nifty.com',
                subject=ew('【重要】AWS認定アカウント統合のご確認(24時間以内)', 'utf-8', chunk=14), date=d,
                ar_value=ar_top, pre_from=forged, dkim=False)
    save(48, 'tougou-kakunin-spoofed-dmarc-fail', msg, 'merge_confirmation_requested', fake_case,
         ['AWS52190847', 'AWS60033718'], False, 'ja')


# ---------------------------------------------------------------- thread T8: Yamamoto (Gmail), console case in Japanese
T8_CASE = case15('2026-03-09 02:31:44', 771)
YAMA_EMAIL = 'takuya.yamamoto.0925@gmail.com'
YAMA = '%s <%s>' % (ew('山本 拓也', 'utf-8', chunk=10), YAMA_EMAIL)
T8_SUBJ_JA = '認定アカウントが2つある件'


@mail
def m049():
    d = dt('2026-03-09 02:32:06')
    body = f"""こんにちは。

アマゾン ウェブ サービス(AWS)にお問い合わせいただき、ありがとうございます。ケース {T8_CASE} を作成いたしました。

ケース ID: {T8_CASE}
件名: {T8_SUBJ_JA}
重要度: 一般的なガイダンス
内容:
AWS認定のアカウントが重複しているようです。
aws47720951(個人のGmailで登録)と AWS-35518806(前職の会社メールで登録)の2つがあります。
個人の方にまとめたいのですが、可能でしょうか。

ケースの詳細の確認や返信は、サポートセンターから行うことができます:
https://console.aws.amazon.com/support/home#/case/?displayId={T8_CASE}&language=ja

このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。

アマゾン ウェブ サービス
"""
    msg = build(part(body, charset='shift_jis', cte='b64'), sender=AWS_NOREPLY, to=YAMA, to_email=YAMA_EMAIL, provider='gmail',
                subject=ew(f'Amazon Web Services: 新しいサポートケースを作成しました: {T8_CASE}', 'shift_jis', chunk=12), date=d)
    save(49, 'shinki-case-sakusei-sjis', msg, 'case_created', T8_CASE, ['AWS35518806', 'AWS47720951'], True, 'ja')


@mail
def m050():
    d = dt('2026-03-11 06:40:27')
    text = f"""山本 拓也 様

ご返信いただき、ありがとうございます。内容を承知いたしました。

ただいま担当部署にて作業を進めております。作業が完了しましたら、Credly のデジタルバッジも残していただくアカウント側へ移行されます。完了後、本ケースにて改めてご連絡いたしますので、今しばらくお待ちください。

渡辺 彩
アマゾン ウェブ サービス
"""
    inner = p2html(text) + f"""
<p style="font-size:12px;color:#545b64">※作業中は、いずれのアカウントでも新しい試験の予約を行わないでください。<br>
ケースの詳細はサポートセンターでご確認いただけます: <a href="https://console.aws.amazon.com/support/home#/case/?displayId={T8_CASE}&amp;language=ja">サポートセンター</a></p>"""
    msg = build(alt(part(text, cte='qp'), part(html_wrap(inner), 'html', cte='qp')), sender=AWS_NOREPLY, to=YAMA, to_email=YAMA_EMAIL, provider='gmail',
                subject=f'[Case {T8_CASE}] ' + ew('新しい返信が追加されました', 'utf-8', chunk=20), date=d)
    save(50, 'sagyou-chuu-kanryougo-credly', msg, 'support_reply', T8_CASE, [], True, 'ja')


T8_CONFIRM = f"""山本 拓也 様

お世話になっております。アマゾン ウェブ サービスの渡辺です。

ご希望に基づき、以下の内容で手続きを行います。

  存続するアカウント: AWS47720951(takuya.yamamoto.0925@gmail.com)
  統合されるアカウント: aws-35518806(t.yamamoto@sanwa-dx.co.jp)

統合後、統合されるアカウントの認定資格・受験履歴・特典はすべて存続するアカウントへ移り、統合されるアカウントはご利用いただけなくなります。
この操作は一度実施すると元に戻すことができません。

内容に誤りがないかご確認のうえ、サポートセンターから「この内容で進めてください」とご返信ください。ご返信をいただくまで、作業は行いません。

渡辺 彩
アマゾン ウェブ サービス
"""


@mail
def m051():
    d = dt('2026-03-12 09:15:02')
    new = """こんにちは 山本 拓也 様、

あなたのリクエストは正常に処理されました。あなたのアカウントは正常にマージされ、古いプロファイルは廃止されました。すべての認定とトランスクリプトは、現在、保持されたアカウントで利用可能です。

Credly バッジについては、Credly から別のメールが届きます。

私たちはあなたのビジネスに感謝します。

よろしくお願いします、
渡辺 彩
アマゾン ウェブ サービス

"""
    user = "渡辺様\n\n内容に相違ありません。この内容で進めてください。\nよろしくお願いいたします。\n\n山本\n\n2026年3月10日(火) 18:20 Amazon Web Services <no-reply-aws@amazon.com>:\n" + q(T8_CONFIRM)
    body = new + "2026年3月11日(水) 8:02 山本 拓也 <takuya.yamamoto.0925@gmail.com>:\n" + q(user) + "\n"
    msg = build(part(body, cte='qp'), sender=AWS_NOREPLY, to=YAMA, to_email=YAMA_EMAIL, provider='gmail',
                subject=f'RE:[CASE {T8_CASE}] ' + ew(T8_SUBJ_JA, 'utf-8', chunk=8), date=d)
    save(51, 'seijou-ni-merge-mt', msg, 'merge_completed', T8_CASE, [], True, 'ja')


@mail
def m052():
    d = dt('2026-03-19 09:20:40')
    body = f"""山本 拓也 様

サポートケース {T8_CASE}「{T8_SUBJ_JA}」は解決済みとしてクローズされました。

今回のサポートについて、ご意見をお聞かせください(所要時間:約１分)。
　①問題は解決しましたか？　はい／いいえ
　②担当者の対応はいかがでしたか？　５段階で評価

▼アンケートはこちら
https://aws.amazon.com/support/feedback?caseId={T8_CASE}&language=ja

引き続きサポートが必要な場合は、14 日以内にサポートセンターからケースを再開できます。

アマゾン ウェブ サービス
"""
    # cp932 bytes (circled digits, fullwidth forms) under a plain Shift_JIS label
    msg = build(part(body, charset='cp932', label='Shift_JIS', cte='b64'), sender=AWS_NOREPLY, to=YAMA, to_email=YAMA_EMAIL, provider='gmail',
                subject=ew(f'ケース {T8_CASE} はクローズされました - ご意見をお聞かせください', 'iso-2022-jp', chunk=14), date=d)
    save(52, 'close-goiken-cp932', msg, 'survey', T8_CASE, [], True, 'ja')


@mail
def m053():
    d = dt('2025-10-08 00:50:11')
    body = f"""高橋 由美 様

AWS トレーニングと認定 カスタマーサポートの小林です。

10 月 6 日にお願いしておりました旧アカウントに関する情報について、まだご返信を確認できておりません。
引き続きサポートが必要でしたら、お手数ですが本メールにご返信ください。

なお、本日から 5 日以内にご返信がない場合、本ケースは自動的にクローズされます。クローズ後も、あらためてお問い合わせいただくことは可能です。

小林 真理子
AWS トレーニングと認定 カスタマーサポート
"""
    msg = build(part(body, charset='iso-2022-jp', cte='7bit'), sender=AWS_FORM, to=TAKA, to_email=TAKA_EMAIL, provider='outlook',
                subject=f'RE:[CASE {T4_CASE}] [AWS Training and Certification Form Submission] - account-assistance', date=d)
    save(53, 'henshin-kakunin-dekite-orazu', msg, 'support_reply', T4_CASE, [], True, 'ja')


@mail
def m054():
    d = dt('2025-11-22 17:12:30')
    text = """Piotr, Amazon Web Services Training and Certification sent you 3 badges.

Open Credly to accept them: https://www.credly.com/earner/earned
"""
    inner = """<div style="max-width:600px;margin:0 auto;font-family:Helvetica,Arial,sans-serif">
<h1 style="font-size:22px">3 badges are waiting for you, Piotr</h1>
<p>Amazon Web Services Training and Certification issued the following badges to <b>piotr.nowak87@gmail.com</b>:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified SysOps Administrator &ndash; Associate</li><li>AWS Certified DevOps Engineer &ndash; Professional</li></ul>
<p><a href="https://www.credly.com/earner/earned" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept badges</a></p>
<p style="font-size:12px;color:#888">Credly, Inc. | 13 W 36th St, Floor 8 | New York, NY 10018</p>
</div>"""
    msg = build(alt(part(text, cte='b64'), part(html_wrap(inner), 'html', cte='b64')), sender=CREDLY, to=PIOTR, provider='gmail',
                subject='Piotr, you have 3 new badges to accept', date=d)
    save(54, 'credly-three-badges', msg, 'credly_badge_issued', None, [], True, 'en')


@mail
def m055():
    d = dt('2026-03-18 01:00:00')
    mk = dict(name='アマゾン ウェブ サービス ジャパン', email='aws-marketing-email-replies@amazon.com', kind='ses', dom='amazon.com')
    inner = """<table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:Meiryo,sans-serif">
<tr><td style="background:#232f3e;padding:16px;color:#fff;font-size:18px">AWS ジャパン ニュースレター 2026 年 3 月号</td></tr>
<tr><td style="padding:20px">
<h3>AWS 認定: 新しい試験とアカウントの管理について</h3>
<p>AWS 認定アカウントでは、受験履歴や特典をひとつのアカウントで管理できます。複数のアカウントをお持ちの場合は、AWS トレーニングと認定のお問い合わせフォームからご相談ください。</p>
<h3>AWS Summit Japan 2026 事前登録受付中</h3>
<p>6 月に幕張メッセで開催される AWS Summit Japan の事前登録を開始しました。</p>
<h3>新サービス・アップデート</h3>
<ul><li>Amazon Bedrock に新しい基盤モデルが追加されました</li><li>Amazon EC2 の新インスタンスタイプが東京リージョンで利用可能に</li></ul>
<p style="font-size:11px;color:#777">このメールの配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table>"""
    html = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n' + inner + '\n</body></html>\n'
    m = Message()
    m['Content-Type'] = 'text/html'
    m['Content-Transfer-Encoding'] = '8bit'
    m.set_payload(html.encode('utf-8').decode('ascii', 'surrogateescape'))
    msg = build(m, sender=mk, to=YAMA_EMAIL, provider='gmail',
                subject=ew('AWS ジャパン ニュースレター 2026年3月号: AWS Summit Japan 事前登録開始', 'utf-8', chunk=16), date=d,
                extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html>')])
    save(55, 'aws-japan-newsletter-nocharset', msg, 'unrelated', None, [], True, 'ja')


@mail
def m056():
    d = dt('2026-02-24 22:40:12')
    ph = dict(name='AWS Billing', email='billing@aws-accounts-billing.com', kind='gen', dom='aws-accounts-billing.com',
              ip='45.141.%d.%d' % (R.randint(1, 250), R.randint(2, 250)), host='smtp.aws-accounts-billing.com')
    body = """Dear Customer,

Your Amazon Web Services account has been suspended because we was unable to process the payment for your last invoice (USD 14.82).

To avoid permanent deletion of your resources, update your payment method within 48 hours:

https://aws-accounts-billing.com/billing/update?ref=INV-2026-0224

Thank you for choosing AWS.
Amazon Web Services Billing Team
"""
    msg = build(alt(part(body, cte='qp'), part(html_wrap(p2html(body)), 'html', cte='qp')), sender=ph, to=CARLOS, provider='yahoo',
                subject='Your AWS account has been suspended - payment required', date=d,
                auth=dict(spf='pass', dkim=(('none', None),), dmarc='none', policy='NONE'))
    save(56, 'lookalike-billing-suspended', msg, 'unrelated', None, [], False, 'en')


@mail
def m057():
    d = dt('2026-03-10 09:20:15')
    body = T8_CONFIRM + f"""
ケースの詳細の確認や返信は、サポートセンターから行うことができます:
https://console.aws.amazon.com/support/home#/case/?displayId={T8_CASE}&language=ja

このメールは送信専用アドレスから送信されています。
"""
    msg = build(part(body, cte='qp'), sender=AWS_NOREPLY, to=YAMA, to_email=YAMA_EMAIL, provider='gmail',
                subject=f'RE:[CASE {T8_CASE}] ' + ew(T8_SUBJ_JA, 'utf-8', chunk=8), date=d)
    save(57, 'sonzoku-account-kakunin', msg, 'merge_confirmation_requested', T8_CASE, ['AWS35518806', 'AWS47720951'], True, 'ja')


@mail
def m058():
    d = dt('2025-11-17 09:06:02')
    inner = f"""<table width="600" align="center" style="font-family:Arial,sans-serif;font-size:14px"><tr><td>
<p>Hello Piotr,</p>
<p>We've got your message. It is now in our queue as case <b>{T5_CASE}</b>, and someone from AWS Training and Certification will be in touch, usually within a day.</p>
<p>Want to add something? Just reply to this e-mail &mdash; please keep the case number in the subject. There is no need to fill the form again.</p>
<table cellpadding="4" style="border:1px solid #ddd;font-size:13px">
<tr><td><b>Topic</b></td><td>Certification &rsaquo; Account Merge</td></tr>
<tr><td><b>AWS candidate ID</b></td><td>AWS58302117</td></tr>
<tr><td><b>Your message</b></td><td>Hello, I have second account from my previous employer (p.nowak@dataweave.pl). I would like to have everything in one account. Thank you, Piotr</td></tr>
</table>
<p>AWS Training and Certification Customer Support</p>
</td></tr></table>"""
    msg = build(part(html_wrap(inner), 'html', cte='qp'), sender=AWS_FORM, to=PIOTR, provider='gmail',
                subject=f'[CASE {T5_CASE}] {T5_SUBJ}', date=d)
    save(58, 'in-our-queue-html', msg, 'case_created', T5_CASE, ['AWS58302117'], True, 'en')


@mail
def m059():
    d = dt('2025-12-05 04:30:18')
    c = case15('2025-12-02 07:44:29', 305)
    ana = 'Ana Kovacevic <ana.kovacevic@outlook.com>'
    body = f"""Hello Ana,

This is Minjun from AWS Training and Certification again.

We are glad to inform you that the requested process has been processed by our team. Now your certifications are available under AWS62039815 and the other account is no longer active. Please sign in with ana.kovacevic@outlook.com to check your certification list and benefits.

If you have other question, please feel free to reply us.

Best regards,
Minjun P.
AWS Training and Certification

----- Previous message -----
From: Amazon Web Services
Date: 2025-12-03 14:02 (UTC)
Subject: RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance

Hello Ana,

We are able to find two accounts. Please check below and reply to confirm.

- Remaining account: AWS62039815 (ana.kovacevic@outlook.com)
- Account to be merged: AWS14471092 (ana.kovacevic@infobip-partner.hr)

Please note merging cannot be reverted after it is done.

Best regards,
Minjun P.
AWS Training and Certification
"""
    msg = build(part(body, cte='qp'), sender=AWS_FORM, to=ana, provider='outlook',
                subject=f'RE:[CASE {c}] [AWS Training and Certification Form Submission] - account-assistance', date=d)
    save(59, 'processed-with-unmarked-quote', msg, 'merge_completed', c, ['AWS62039815'], True, 'en')


@mail
def m060():
    d = dt('2026-03-10 01:05:47')
    body = f"""山本 拓也 様

アマゾン ウェブ サービスの渡辺でございます。
お問い合わせいただき、ありがとうございます。

お知らせいただいた 2 つのアカウント(AWS47720951、AWS35518806)を確認いたしました。
お手続きにあたり、恐れ入りますが以下の点をお知らせいただけますでしょうか。

・今後お使いになるアカウント(残すアカウント)はどちらか
・前職のメールアドレス(t.yamamoto@sanwa-dx.co.jp)は現在も受信可能か

サポートセンターからご返信いただけましたら、内容を確認のうえ次のご案内をいたします。

渡辺 彩
アマゾン ウェブ サービス

ケースの詳細: https://console.aws.amazon.com/support/home#/case/?displayId={T8_CASE}&language=ja
"""
    msg = build(part(body, cte='b64'), sender=AWS_NOREPLY, to=YAMA, to_email=YAMA_EMAIL, provider='gmail',
                subject=f'RE:[CASE {T8_CASE}] ' + ew(T8_SUBJ_JA, 'utf-8', chunk=8), date=d)
    save(60, 'dochira-wo-nokosu', msg, 'support_reply', T8_CASE, ['AWS35518806', 'AWS47720951'], True, 'ja')


# ================================================================ RUNNER
def main():
    for f in MAILS:
        f()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False, sort_keys=True)
    print(len(LABELS), 'mails')


if __name__ == '__main__':
    main()
