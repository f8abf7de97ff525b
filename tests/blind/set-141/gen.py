#!/usr/bin/env python3
"""Generator for blind set 141: end-of-case mail for AWS Certification account merges."""
import base64, datetime as dt, hashlib, io, json, os, quopri, random, re, string
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(141)
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7), 'PDT')
PST = dt.timezone(dt.timedelta(hours=-8), 'PST')
MAILS = []

# ---------------------------------------------------------------- helpers
def rnd(n, alphabet=string.ascii_letters + string.digits):
    return ''.join(R.choice(alphabet) for _ in range(n))

def b64blob(n):
    return rnd(n, string.ascii_letters + string.digits + '+/')

def hexs(n):
    return rnd(n, '0123456789abcdef')

def d(y, mo, da, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, da, h, mi, s, tzinfo=tz)

def case15(opened):
    """15-digit display id: unix time of opening + 5 digits."""
    return '%d%05d' % (int(opened.timestamp()), R.randint(0, 99999))

def fmt(t, tz=None):
    return format_datetime(t.astimezone(tz) if tz else t)

def gtime(t):
    """Received-style date in Google's PDT/PST rendering."""
    tz = PDT if 3 <= t.month <= 10 else PST
    return format_datetime(t.astimezone(tz)) + ' (%s)' % tz.tzname(None)

def enc(s, charset='utf-8', maxlen=76):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=maxlen)

def addr(name, email_, charset='utf-8'):
    if not name:
        return email_
    try:
        name.encode('ascii')
        return '"%s" <%s>' % (name, email_) if any(c in name for c in ',.()') else '%s <%s>' % (name, email_)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), email_)

def ses_mid(t):
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        int(t.timestamp() * 1000), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))

def ses_return(t):
    return '0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com' % (
        int(t.timestamp() * 1000), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))

def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None):
    """A single text part; codec is the real byte encoding (may differ from the label)."""
    raw = text.replace('\n', '\r\n').encode(codec or charset, errors='strict')
    p = MIMENonMultipart('text', subtype, charset=charset)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii').replace('\n', '\r\n')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:  # 8bit
        payload = raw.decode('ascii', 'surrogateescape')
    p.set_payload(payload.replace('\r\n', '\n'))
    del p['MIME-Version']
    p['Content-Transfer-Encoding'] = cte
    return p

def alt(*parts):
    m = MIMEMultipart('alternative', boundary='----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(10**8, 10**9), R.randint(10**12, 10**13)))
    for p in parts:
        m.attach(p)
    return m

def mixed(*parts):
    m = MIMEMultipart('mixed', boundary='=_%s' % hexs(28))
    for p in parts:
        m.attach(p)
    return m

def html_wrap(inner, lang='en', title=''):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n') % (lang, title, inner)

def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))

# ------------------------------------------------------- transport headers
SES_IPS = ['54.240.8.%d' % i for i in (12, 31, 47, 88)] + ['54.240.48.%d' % i for i in (101, 117, 93)] + ['23.251.234.%d' % i for i in (4, 9, 15)]
AMZ_SEL = 'yg4mwqurec7fkhzutopddd3ytuaqrvuz'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'

def dkim(domain, sel, t, hdrs='From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date', c='relaxed/simple'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s=') % (
        c, sel, domain, int(t.timestamp()), hdrs, b64blob(43), b64blob(76), b64blob(95))

def ses_sending(t, from_domain='amazon.com', sel=AMZ_SEL):
    """DKIM headers added by SES for an amazon.com sender."""
    return [('DKIM-Signature', dkim(from_domain, sel, t)),
            ('DKIM-Signature', dkim('amazonses.com', SES_SEL, t, 'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'))]

def gmail_in(to, t, helo, ip, mailfrom, ar, rpath=None, gsel='arc-20240605'):
    """Headers Gmail prepends. ar is the body of the Authentication-Results header."""
    t_in = t + dt.timedelta(seconds=R.randint(1, 4))
    h = [('Delivered-To', to),
         ('Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s' % (
             R.randint(0x6000, 0x7fff), R.randint(0x100, 0xfff), R.randint(0x100, 0x3ff), R.randint(0x100, 0xfff), R.randint(0x10, 0xfff),
             rnd(2, 'abcdefghijklmnopqrstuvwxyz') + '%dcsp%d' % (R.randint(1, 99), R.randint(100000, 9999999)) + rnd(3, 'abcdefghijklmnopqrstuvwxyz'), gtime(t_in))),
         ('X-Google-Smtp-Source', 'AGHT+I' + b64blob(86)),
         ('X-Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s.%d.%d;\n        %s' % (
             R.randint(0x6000, 0x7fff), R.randint(0x100, 0xfff), R.randint(0x100, 0x3ff), R.randint(0x100, 0xfff), R.randint(0x10, 0xfff),
             hexs(16), R.randint(10, 999), int(t_in.timestamp() * 1000) % 10**13, gtime(t_in))),
         ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=%s;\n        b=%s\n         %s==' % (int(t_in.timestamp()), gsel, b64blob(70), b64blob(60))),
         ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=%s;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s==' % (gsel, b64blob(43), b64blob(43), b64blob(70))),
         ('ARC-Authentication-Results', 'i=1; mx.google.com;\n' + ar),
         ('Return-Path', '<%s>' % (rpath or mailfrom)),
         ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
             helo, helo, ip, 'd75a77b69052e-%s%s' % (hexs(9), rnd(2, 'abcdefghijklmnopqrstuvwxyz')), R.randint(100, 9999),
             t_in.astimezone(UTC).strftime('%Y.%m.%d.%H.%M.%S'), to, gtime(t_in))),
         ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip)),
         ('Authentication-Results', 'mx.google.com;\n' + ar)]
    return h

def g_ar(dkims, mailfrom, ip, from_dom, dmarc='pass', pol='QUARANTINE', spf='pass'):
    lines = []
    for dom, sel in dkims:
        lines.append('       dkim=pass header.i=@%s header.s=%s header.b=%s;' % (dom, sel, b64blob(8)))
    if spf == 'pass':
        lines.append('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;' % (mailfrom, ip, mailfrom if '@' not in mailfrom or '+' not in mailfrom else '"%s"' % mailfrom))
    else:
        lines.append('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (spf, mailfrom, ip, mailfrom))
    lines.append('       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, pol, pol, 'NONE' if dmarc == 'pass' else pol, from_dom))
    return '\n'.join(lines)

def gmail_ses(to, t, from_dom='amazon.com'):
    ip = R.choice(SES_IPS)
    helo = 'a%s-%s.smtp-out.amazonses.com' % (ip.split('.')[2], ip.split('.')[3])
    mf = ses_return(t)
    ar = g_ar([(from_dom, AMZ_SEL), ('amazonses.com', SES_SEL)], mf, ip, from_dom)
    return gmail_in(to, t, helo, ip, mf, ar)

def o365_in(t, helo, ip, mfdom, ar, tenant='namprd11'):
    t1 = t + dt.timedelta(seconds=R.randint(1, 3))
    pref = tenant.replace('prd', 'PR').upper()[:5]
    a = '%s%dMB%d.%s.prod.outlook.com' % ('DM6PR' if 'nam' in tenant else 'TYCPR', R.randint(10, 99), R.randint(1000, 9999), tenant)
    b = '%sCA%04d.%s.prod.outlook.com' % ('BN9PR03' if 'nam' in tenant else 'TYWP286', R.randint(0, 9999), tenant.replace('11', '03'))
    c = '%sPEPF%08X.%s.prod.outlook.com' % ('BN2' if 'nam' in tenant else 'OS1', R.randint(0, 0xffffffff), tenant.replace('11', '04'))
    v = '15.20.%d.%d' % (R.randint(8600, 8900), R.randint(10, 40))
    ts = format_datetime(t1.astimezone(UTC)).replace('-0000', '+0000')
    return [
        ('Received', 'from %s (2603:10b6:%x:%x::%x) by\n %s with HTTPS; %s' % (a, R.randint(1, 0xfff), R.randint(1, 0xfff), R.randint(1, 0xff), a.replace('MB%s' % a.split('MB')[1].split('.')[0], 'MB%d' % R.randint(1000, 9999)), ts)),
        ('Received', 'from %s (2603:10b6:408:%x::%x) by %s\n (2603:10b6:5:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s' % (b, R.randint(1, 0xfff), R.randint(1, 0xff), a, R.randint(1, 0xfff), R.randint(1, 0xff), v, ts)),
        ('Received', 'from %s\n (2603:10b6:408:%x:cafe::%x) by %s\n (2603:10b6:408:%x::%x) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id %s via Frontend Transport; %s' % (c, R.randint(1, 0xfff), R.randint(1, 0xff), b.replace('.prod.outlook.com', '.outlook.office365.com'), R.randint(1, 0xfff), R.randint(1, 0xff), v, ts)),
        ('Authentication-Results', ar),
        ('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates %s as permitted sender)\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (mfdom, ip, ip, helo)),
        ('Received', 'from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id %s via Frontend Transport; %s' % (helo, ip, c.replace('.prod.outlook.com', '.mail.protection.outlook.com'), R.randint(200, 250), R.randint(1, 254), v, format_datetime(t.astimezone(UTC)).replace('-0000', '+0000'))),
    ]

def o_ar(ip, mfdom, d_dom, from_dom, dmarc='pass', spf='pass', dk='pass', comp='pass reason=100'):
    dks = '(signature was verified)' if dk == 'pass' else '(signature was not verified)' if dk == 'fail' else '(message not signed)'
    act = 'none' if dmarc == 'pass' else 'quarantine' if dmarc == 'fail' else 'none'
    spfc = '(sender IP is %s)' % ip
    return 'spf=%s %s\n smtp.mailfrom=%s; dkim=%s %s\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s' % (spf, spfc, mfdom, dk, dks, d_dom, dmarc, act, from_dom, comp)

def o365_ses(t, from_dom='amazon.com', tenant='namprd11'):
    ip = R.choice(SES_IPS)
    helo = 'a%s-%s.smtp-out.amazonses.com' % (ip.split('.')[2], ip.split('.')[3])
    return o365_in(t, helo, ip, 'amazonses.com', o_ar(ip, 'amazonses.com', from_dom, from_dom), tenant)

def o365_tail(internal=True):
    return [('X-MS-Exchange-Organization-AuthSource', 'BN2PEPF000044A7.namprd04.prod.outlook.com'),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-Organization-SCL', '1'),
            ('X-MS-Exchange-Organization-Network-Message-Id', '%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12)))]

def jp_in(provider, to, t, helo, ip, mailfrom, dkim_dom, from_dom, dmarc='pass', spf='pass', dk='pass'):
    """Japanese ISP / corporate gateway. provider: nifty | biglobe | corp:<host>"""
    tj = (t + dt.timedelta(seconds=R.randint(1, 5))).astimezone(JST)
    if provider == 'nifty':
        host, asid = 'mta-rcv-e%02d.mail.nifty.com' % R.randint(1, 20), 'mx.nifty.com'
        idpart = '<%s.%s.%s@%s>' % (tj.strftime('%Y%m%d%H%M%S'), R.randint(100, 999), rnd(4, string.ascii_uppercase), 'mta-rcv-e01.mail.nifty.com')
    elif provider == 'biglobe':
        host, asid = 'rcpt-mlgw%02d.mesh.ad.jp' % R.randint(1, 12), 'biglobe.ne.jp'
        idpart = '<%s%s@%s>' % (tj.strftime('%Y%m%d%H%M%S'), rnd(6, string.ascii_uppercase + string.digits), host)
    else:
        host = provider.split(':', 1)[1]
        asid = host
        idpart = '%s' % rnd(10, string.ascii_uppercase + string.digits)
    ar = '%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.i=@%s;\n\tdmarc=%s header.from=%s' % (asid, spf, mailfrom, dk, dkim_dom, dmarc, from_dom)
    h = []
    if provider.startswith('corp:'):
        h.append(('Received', 'from %s (localhost [127.0.0.1])\n\tby mbox01.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (host, '.'.join(host.split('.')[1:]), rnd(10, string.ascii_uppercase + string.digits), to, format_datetime(tj + dt.timedelta(seconds=1)))))
    h.append(('Authentication-Results', ar))
    h.append(('Received', 'from %s (%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s' % (helo, helo, ip, host, idpart, to, format_datetime(tj))))
    return h

def jp_ses(provider, to, t, from_dom='amazon.com'):
    ip = R.choice(SES_IPS)
    helo = 'a%s-%s.smtp-out.amazonses.com' % (ip.split('.')[2], ip.split('.')[3])
    return jp_in(provider, to, t, helo, ip, ses_return(t), from_dom, from_dom)

# Credly (SendGrid)
CREDLY_IPS = ['167.89.%d.%d' % (R.randint(10, 120), R.randint(1, 250)) for _ in range(4)]

def credly_rpath(to):
    lp, dom = to.split('@')
    return 'bounces+%d-%s-%s=%s@em.credly.com' % (R.randint(1000000, 9999999), hexs(4), lp, dom)

def credly_sending(t):
    return [('DKIM-Signature', dkim('credly.com', 's1', t, 'content-type:from:mime-version:subject:to:cc:content-type:from:subject:to', 'relaxed/relaxed')),
            ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', t, 'content-type:from:mime-version:subject:to:cc:content-type:from:subject:to:feedback-id', 'relaxed/relaxed'))]

def credly_mid():
    return '<%s@geopod-ismtpd-%d>' % (rnd(22, string.ascii_letters + string.digits + '_-'), R.randint(1, 30))

def gmail_credly(to, t):
    ip = R.choice(CREDLY_IPS)
    helo = 'o%d.email.credly.com' % R.randint(1, 9)
    rp = credly_rpath(to)
    ar = g_ar([('credly.com', 's1'), ('sendgrid.info', 'smtpapi')], rp, ip, 'credly.com', pol='REJECT')
    return gmail_in(to, t, helo, ip, rp, ar)

def o365_credly(t, tenant='namprd11'):
    ip = R.choice(CREDLY_IPS)
    helo = 'o%d.email.credly.com' % R.randint(1, 9)
    return o365_in(t, helo, ip, 'em.credly.com', o_ar(ip, 'em.credly.com', 'credly.com', 'credly.com'), tenant)

def jp_credly(provider, to, t):
    ip = R.choice(CREDLY_IPS)
    helo = 'o%d.email.credly.com' % R.randint(1, 9)
    return jp_in(provider, to, t, helo, ip, credly_rpath(to), 'credly.com', 'credly.com')

# ------------------------------------------------------------- builder
ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)

def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})

def add(slug, kind, lang, case_id, verified, headers, body, new_text, accounts=None):
    """headers: ordered list of (name, value); body: MIME tree; new_text: the decisive non-quoted text
    (used to derive account_ids unless accounts is given explicitly)."""
    acc = ids_in(new_text) if accounts is None else sorted(set(accounts))
    if accounts is not None:
        assert acc == ids_in(new_text), (slug, acc, ids_in(new_text))
    mid = dict((k.lower(), v) for k, v in headers).get('message-id')
    MAILS.append(dict(mid=mid, slug=slug, kind=kind, lang=lang, case_id=case_id, verified=verified,
                      headers=headers, body=body, accounts=acc))

def mid_of(slug):
    return [m['mid'] for m in MAILS if m['slug'] == slug][0]

def write_all():
    for f in os.listdir(OUT):
        if f.endswith('.eml') or f == 'labels.json':
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    R2 = random.Random(14141)
    R2.shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        body = m['body']
        content = [(k, v) for k, v in body.items()]
        for k in list(body.keys()):
            del body[k]
        for k, v in m['headers']:
            body[k] = v
        have = {k.lower() for k, _ in m['headers']}
        if 'mime-version' not in have:
            body['MIME-Version'] = '1.0'
        for k, v in content:
            if k.lower() == 'mime-version':
                continue
            body[k] = v
        name = '%03d-%s.eml' % (n, m['slug'])
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
        data = buf.getvalue().replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        labels[name] = {'kind': m['kind'], 'case_id': m['case_id'], 'account_ids': m['accounts'],
                        'sender_verified': m['verified'], 'language': m['lang']}
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print('wrote', len(MAILS), 'mails')

# ======================================================================
# People
DAN = ('Daniel Okafor', 'dokafor.cloud@gmail.com')
PRI = ('Priya Raman', 'priya.raman@northwind-analytics.com')
MAR = ('Marek Novak', 'marek.novak@outlook.com')
SATO = ('佐藤 健太', 'kenta.sato.aws@gmail.com')
YAMA = ('山本 彩', 'aya-yamamoto@nifty.com')
NAKA = ('中村 大輔', 'd-nakamura@kaisha-sys.co.jp')
KOBA = ('小林 真由美', 'mayumi.k@biglobe.ne.jp')

FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE = ('Amazon Web Services', 'no-reply-aws@amazon.com')
CREDLY_AWS = ('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

def aws_hdrs(t, frm, to, subject, subj_charset='utf-8', extra=()):
    h = ses_sending(t)
    h += [('Date', fmt(t)), ('From', addr(*frm)), ('Reply-To', frm[1]) if 'form' in frm[1] else ('X-Dummy', None),
          ('To', to), ('Message-ID', ses_mid(t)), ('Subject', enc(subject, subj_charset))]
    h = [x for x in h if x[1] is not None]
    h += list(extra)
    h.append(('Feedback-ID', '1.us-east-1.%s=:AmazonSES' % b64blob(43)))
    h.append(('X-SES-Outgoing', t.astimezone(UTC).strftime('%Y.%m.%d-') + R.choice(SES_IPS)))
    return h

# ======================================================================
# Daniel Okafor (Gmail), form case; keep AWS04817265, retire AWS11930584
D_OPEN = d(2025, 5, 26, 14, 3, 11)
D_CASE = case15(D_OPEN)
D_SUBJ = 'RE:[CASE %s] %s' % (D_CASE, FORM_SUBJ)

# 1 completion, plain wording without the word "merge" in the key sentence
t = d(2025, 5, 28, 9, 14, 2)
txt = """Hello Daniel,

Thank you for your patience while we worked on this for you.

I'm happy to confirm that everything held under candidate ID AWS11930584 now sits under AWS04817265, the profile you asked us to keep. Your exam history, both active certifications and the 50%% exam discount benefit are visible when you sign in to your AWS Certification Account with dokafor.cloud@gmail.com. The other profile has been retired and can no longer be used to sign in.

Please allow up to 48 hours for your digital badges to show up in Credly. If they are still missing after that, simply reply to this email and we will take a look.

We value your feedback. Please share your experience by rating this correspondence using the link below.

https://aws.amazon.com/training/feedback/?caseId=%s&lang=en_US

Best regards,

Marisol V.
Amazon Web Services
AWS Training and Certification
""" % D_CASE
add('records-now-under-kept-profile', 'merge_completed', 'en', D_CASE, True,
    gmail_ses(DAN[1], t) + aws_hdrs(t, FORM, DAN[1], D_SUBJ),
    part(txt, cte='quoted-printable'), txt)

# 2 survey after the completion: closure without saying done
t = d(2025, 5, 28, 9, 16, 40)
txt = """Hello,

Your case %s has been marked as resolved.

Was your issue resolved?
YES: https://support.aws.amazon.com/feedback?displayId=%s&resolved=yes
NO:  https://support.aws.amazon.com/feedback?displayId=%s&resolved=no

It only takes a minute, and your answers help us improve AWS Training and Certification support. If the case was closed before you were ready, reply to the case correspondence within 14 days and it will be reopened.

Sincerely,
Amazon Web Services
""" % (D_CASE, D_CASE, D_CASE)
html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" width="80" alt="AWS">
<h2 style="font-weight:normal">Your case has been resolved</h2>
<p>Case ID: <b>%s</b></p>
<p>Was your issue resolved?</p>
<p><a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;resolved=yes" style="background:#ff9900;color:#000;padding:8px 18px;text-decoration:none">YES</a>&nbsp;&nbsp;
<a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;resolved=no" style="background:#eaeded;color:#000;padding:8px 18px;text-decoration:none">NO</a></p>
<p style="color:#545b64;font-size:12px">If the case was closed before you were ready, reply to the case correspondence within 14 days and it will be reopened.</p>
</td></tr></table>""" % (D_CASE, D_CASE, D_CASE), title='Case resolved')
add('case-resolved-yes-no', 'survey', 'en', D_CASE, True,
    gmail_ses(DAN[1], t) + aws_hdrs(t, CONSOLE, DAN[1], 'Your AWS Support case %s has been resolved' % D_CASE),
    alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')), txt + html)

# 3 Credly badge issued (after the merge), Gmail
t = d(2025, 5, 29, 16, 2, 55)
txt = """Amazon Web Services Training and Certification has issued you a badge

Daniel, you've earned the AWS Certified Solutions Architect - Associate badge.

Accept your badge:
https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s?utm_source=issued_badge&utm_medium=email

Once accepted, you can share it on LinkedIn, add it to your email signature and verify it anytime.

Questions? Visit https://support.credly.com

Credly, Inc. | 1 Penn Plaza, New York, NY 10119
Unsubscribe from badge notifications: https://www.credly.com/notifications/unsubscribe?token=%s
""" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), rnd(32))
link = re.search(r'https://www.credly.com/earner/earned/badge/\S+', txt).group(0).replace('&', '&amp;')
html = html_wrap("""<div style="max-width:600px;margin:0 auto">
<div style="text-align:center;padding:20px"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></div>
<h1 style="font-size:22px;text-align:center">Daniel, you've earned the AWS Certified Solutions Architect &ndash; Associate badge.</h1>
<p style="text-align:center">Issued by <b>Amazon Web Services Training and Certification</b></p>
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="AWS Certified Solutions Architect - Associate"></p>
<p style="text-align:center"><a href="%s" style="background:#ff6b00;color:#fff;border-radius:4px;padding:12px 28px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:12px;color:#777;text-align:center">Credly, Inc. | 1 Penn Plaza, New York, NY 10119</p></div>""" % link)
add('credly-saa-accept', 'credly_badge_issued', 'en', None, True,
    gmail_credly(DAN[1], t) + credly_sending(t) + [
        ('Date', fmt(t)), ('From', addr(*CREDLY_AWS)), ('To', DAN[1]), ('Message-ID', credly_mid()),
        ('Subject', 'Daniel, you earned a badge from Amazon Web Services Training and Certification')],
    alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')), txt)

# 4 Daniel forwards the completion mail to his manager (unrelated: his own mail)
t = d(2025, 5, 28, 10, 2, 9)
orig = MAILS[0]
fwd_new = """Hi Sandra,

FYI - AWS finally sorted out my duplicate certification profiles, so the SAA and the Developer cert should both show under one account now. You can use the verification link from my Credly once the badges come through for the partner tier paperwork.

Thanks,
Dan
"""
fwd_q = """---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Wed, May 28, 2025 at 2:14 AM
Subject: %s
To: <dokafor.cloud@gmail.com>


""" % D_SUBJ
fwd_body = fwd_new + '\n' + fwd_q + re.sub(r'https://aws.amazon.com/training/feedback/\S+', '<https://aws.amazon.com/training/feedback/>', str(MAILS[0]['body'].get_payload(decode=True).decode('utf-8')).replace('\r\n', '\n'))
html = '<div dir="ltr">' + fwd_new.replace('\n\n', '</div><div dir="ltr"><br></div><div dir="ltr">').replace('\n', '<br>') + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + fwd_q.replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>') + '</div>' + fwd_body.split(fwd_q)[1].replace('\n', '<br>\n') + '</div>'
sandra = 'sandra.whitlock@brightloop.io'
ar = g_ar([('gmail.com', '20230601')], DAN[1], '209.85.220.41', 'gmail.com', pol='NONE')
add('fwd-to-manager', 'unrelated', 'en', D_CASE, False,
    [('Received', 'from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\n        by mx.brightloop.io (Postfix) with ESMTPS id 4b7XkQ1cz9z3HPKm\n        for <%s>; %s' % (sandra, fmt(t + dt.timedelta(seconds=2)))),
     ('Authentication-Results', 'mx.brightloop.io;\n\tdkim=pass (2048-bit key; unprotected) header.d=gmail.com header.i=@gmail.com header.b="%s";\n\tdmarc=pass (p=none dis=none) header.from=gmail.com' % b64blob(8)),
     ('DKIM-Signature', dkim('gmail.com', '20230601', t, 'mime-version:references:in-reply-to:from:date:message-id:subject:to', 'relaxed/relaxed')),
     ('MIME-Version', '1.0'),
     ('References', mid_of('records-now-under-kept-profile')),
     ('In-Reply-To', mid_of('records-now-under-kept-profile')),
     ('From', addr(*DAN)), ('Date', fmt(t, PDT)),
     ('Message-ID', '<CAH%s@mail.gmail.com>' % rnd(40)),
     ('Subject', 'Fwd: ' + D_SUBJ), ('To', 'Sandra Whitlock <%s>' % sandra)],
    alt(part(fwd_body, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')), fwd_new)

# 5 Credly expiry reminder (unrelated)
t = d(2026, 2, 14, 15, 30, 0)
txt = """Your badge is expiring soon

Hi Daniel,

Your AWS Certified Developer - Associate badge issued by Amazon Web Services Training and Certification expires on May 12, 2026.

To keep your badge active, complete the recertification requirements set by the issuer before the expiration date. After it expires, the badge will remain on your profile marked as expired.

View badge: https://www.credly.com/badges/%s-%s-%s-%s-%s

You are receiving this because you have badge expiration reminders turned on.
Manage notification settings: https://www.credly.com/earner/settings/notifications
Credly, Inc. | 1 Penn Plaza, New York, NY 10119
""" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
add('credly-expiring-dva', 'unrelated', 'en', None, True,
    gmail_credly(DAN[1], t) + credly_sending(t) + [
        ('Date', fmt(t)), ('From', 'Credly <admin@credly.com>'), ('To', DAN[1]), ('Message-ID', credly_mid()),
        ('Subject', 'Reminder: Your AWS Certified Developer - Associate badge expires in 90 days')],
    part(txt, cte='7bit', charset='us-ascii'), txt)

# ======================================================================
# Priya Raman (Office 365 tenant), console case; keep AWS20394857, merge AWS73310942
P_OPEN = d(2025, 7, 8, 13, 41, 27)
P_CASE = case15(P_OPEN)
P_SUBJ = 'Merge duplicate AWS Certification accounts'

def console_footer(case, lang='en'):
    if lang == 'en':
        return """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

(If you are connecting by federation, log in before following the link.)

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % case
    return """
お客様からのフィードバックをお待ちしております。AWS サポートセンターにて、このご連絡およびその他のご連絡を評価していただけますと幸いです。評価は、各ご連絡の右上にある星を選択して行うことができます。

本ケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターにアクセスしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja

（フェデレーションを使用して接続している場合は、リンクにアクセスする前にログインしてください。）

※このメールは送信専用アドレスから送信されています。同じ件について再度ご連絡いただく場合は、上記リンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
""" % case

PRI_TO = 'Priya Raman <priya.raman@northwind-analytics.com>'

# 6 confirmation request (ids with a space)
t = d(2025, 7, 9, 7, 58, 12)
new = """Hello Priya,

Thank you for reaching out to AWS Training and Certification.

I have located both certification profiles registered under your name:

  - AWS 20394857 (login: priya.raman@northwind-analytics.com) - 3 active certifications
  - AWS 73310942 (login: priya.r.dev@gmail.com) - 1 active certification, 1 expired

As requested, we would keep AWS 20394857 as your primary account and fold AWS 73310942 into it. After this is done, the Gmail-based profile will be deactivated and you will only be able to sign in with your Northwind address.

Please be aware this action is permanent and cannot be reversed once completed. Before we move ahead, kindly reply in the AWS Support Center confirming that the details above are accurate and that you would like us to go ahead.

Best regards,
Oliver T.
Amazon Web Services
"""
txt = new + console_footer(P_CASE)
add('console-two-profiles-please-confirm', 'merge_confirmation_requested', 'en', P_CASE, True,
    o365_ses(t) + aws_hdrs(t, CONSOLE, PRI_TO, 'RE:[CASE %s] %s' % (P_CASE, P_SUBJ)) + o365_tail(),
    part(txt, cte='quoted-printable'), new)

# 7 thank you for confirming, we will now proceed + conditional future
t = d(2025, 7, 9, 15, 22, 47)
new = """Hello Priya,

Thank you for confirming the details.

I have now passed the request to our certification operations team, who carry out the consolidation of AWS20394857 and AWS73310942. This normally takes 2 to 3 business days. Once the process is finished, I will update this case, and the badges currently held on the Gmail-based profile will be re-issued through Credly to priya.raman@northwind-analytics.com.

There is nothing further you need to do at this stage. Please do not schedule or sit an exam in the meantime, as a new exam record could be created against the old profile.

Best regards,
Oliver T.
Amazon Web Services
"""
txt = new + console_footer(P_CASE)
html = html_wrap('<div style="white-space:pre-wrap">' + txt.replace('&', '&amp;').replace('<', '&lt;') + '</div>')
add('console-confirmed-passed-to-ops', 'support_reply', 'en', P_CASE, True,
    o365_ses(t) + aws_hdrs(t, CONSOLE, PRI_TO, 'RE:[CASE %s] %s' % (P_CASE, P_SUBJ)) + o365_tail(),
    alt(part(txt, cte='base64'), part(html, 'html', cte='base64')), new)

# 8 "New correspondence added" notice
t = d(2025, 7, 11, 18, 5, 33)
txt = """Dear Amazon Web Services Customer,

A new correspondence has been added to your support case. Please sign in to the AWS Support Center to view it.

Case ID: %s
Subject: %s
Status: Pending customer action

https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.
""" % (P_CASE, P_SUBJ, P_CASE)
add('console-new-correspondence', 'support_reply', 'en', P_CASE, True,
    o365_ses(t) + aws_hdrs(t, CONSOLE, PRI_TO, '[Case %s] New correspondence added' % P_CASE) + o365_tail(),
    part(txt, cte='7bit', charset='us-ascii'), txt)

# 9 completion, multipart/alternative whose parts differ (text part trimmed)
t = d(2025, 7, 11, 18, 4, 58)
new_txt = """Hello Priya,

Good news: the two certification profiles have been combined. Your certification history from the Gmail-based profile now appears under AWS20394857, and the profile AWS73310942 has been closed.

Please sign in with priya.raman@northwind-analytics.com and check that you see all four certifications and your exam benefits. Credly badges can take up to 72 hours to be re-issued.

Because the case is now resolved, I will mark it as such. You can still reply within 14 days if anything looks wrong.

Best regards,
Oliver T.
Amazon Web Services
"""
txt = new_txt + console_footer(P_CASE)
html = html_wrap("""<p>Hello Priya,</p>
<p>Good news: the two certification profiles have been combined. Everything from your Gmail-based profile (<b>AWS73310942</b>) now appears under your primary profile <b>AWS20394857</b>. The Gmail-based profile has been closed and can no longer be used to sign in.</p>
<p>Please sign in to your <a href="https://www.aws.training/Certification">AWS Certification Account</a> with <b>priya.raman@northwind-analytics.com</b> and check that:</p>
<ul><li>all four certifications are listed,</li><li>your 50%% exam discount and practice exam benefits are available,</li><li>your Credly badges arrive (this can take up to 72 hours).</li></ul>
<p>Because the case is now resolved, I will mark it as such. You can still reply within 14 days if anything looks wrong.</p>
<p>Best regards,<br>Oliver T.<br>Amazon Web Services</p>
<hr><p style="font-size:12px;color:#545b64">To contact us again about this case, please return to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">AWS Support Center</a>.<br>*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>""" % P_CASE)
add('console-profiles-combined', 'merge_completed', 'en', P_CASE, True,
    o365_ses(t) + aws_hdrs(t, CONSOLE, PRI_TO, 'RE:[CASE %s] %s' % (P_CASE, P_SUBJ)) + o365_tail(),
    alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')), new_txt + html)

# 10 survey (HTML only) a few days later
t = d(2025, 7, 14, 16, 0, 9)
html = html_wrap("""<table role="presentation" width="100%%"><tr><td align="center">
<table role="presentation" width="560" style="border:1px solid #d5dbdb"><tr><td style="padding:28px">
<p style="font-size:18px">How did we do?</p>
<p>You recently worked with AWS Support on case <b>%s</b> (&ldquo;%s&rdquo;). We'd like to hear about your experience.</p>
<p>How satisfied were you with the support you received?</p>
<p>%s</p>
<p style="font-size:12px;color:#687078">This survey takes about two minutes. Responses are used to improve AWS Support and are handled according to the <a href="https://aws.amazon.com/privacy/">AWS Privacy Notice</a>.</p>
</td></tr></table></td></tr></table>""" % (P_CASE, P_SUBJ, ' '.join(
    '<a href="https://survey.support.aws.dev/r/%s?score=%d" style="display:inline-block;width:34px;height:34px;line-height:34px;border:1px solid #879596;text-align:center;text-decoration:none;color:#16191f">%d</a>' % (rnd(12), i, i) for i in range(1, 6))),
    title='AWS Support survey')
add('support-experience-1-to-5', 'survey', 'en', P_CASE, True,
    o365_ses(t) + aws_hdrs(t, ('AWS Support', 'no-reply-aws@amazon.com'), PRI_TO, 'Tell us about your recent AWS Support experience') + o365_tail(),
    part(html, 'html', cte='quoted-printable'), html)

# 11 other AWS case of the same user (quota increase) - look-alike "complete"
t = d(2025, 8, 4, 11, 47, 20)
q_open = d(2025, 8, 4, 9, 12, 3)
q_case = case15(q_open)
new = """Hello,

Thank you for your patience. Your request to raise the Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances quota in us-east-1 to 256 vCPUs has been approved and is now complete. The new value can take up to 30 minutes to appear in the Service Quotas console.

Best regards,
Sven K.
Amazon Web Services
"""
txt = new + console_footer(q_case)
add('console-ec2-quota-approved', 'unrelated', 'en', q_case, True,
    o365_ses(t) + aws_hdrs(t, CONSOLE, PRI_TO, 'RE:[CASE %s] Limit Increase: EC2 Instances' % q_case) + o365_tail(),
    part(txt, cte='quoted-printable'), new)

# 12 Credly re-issued badge after the merge (O365)
t = d(2025, 7, 12, 20, 31, 4)
burl = 'https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
txt = """Hi Priya,

Amazon Web Services Training and Certification has re-issued your AWS Certified Data Engineer - Associate badge to this email address (priya.raman@northwind-analytics.com).

The badge was previously associated with a different email address. Accept it to add it to your Credly profile and keep sharing it:

Accept badge: %s

If you already have a Credly account under another email, you can add this address to that account in Settings > Account > Email addresses.

Credly, Inc. | 1 Penn Plaza, New York, NY 10119
""" % burl
html = html_wrap("""<div style="max-width:600px;margin:auto;font-family:Helvetica,Arial,sans-serif">
<p style="text-align:center"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></p>
<h2 style="text-align:center;font-weight:600">Your badge has a new home</h2>
<p>Hi Priya,</p>
<p>Amazon Web Services Training and Certification has re-issued your <b>AWS Certified Data Engineer &ndash; Associate</b> badge to this email address.</p>
<p style="text-align:center"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 26px;border-radius:4px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. | 1 Penn Plaza, New York, NY 10119</p></div>""" % burl)
add('credly-dea-reissued', 'credly_badge_issued', 'en', None, True,
    o365_credly(t) + credly_sending(t) + [
        ('Date', fmt(t)), ('From', addr(*CREDLY_AWS)), ('To', PRI_TO), ('Message-ID', credly_mid()),
        ('Subject', 'Your AWS Certified Data Engineer - Associate badge has been re-issued')] + o365_tail(),
    alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')), txt)

# 13 GitHub "merged" notification (unrelated)
t = d(2025, 7, 10, 14, 26, 51)
txt = """Merged #482 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/northwind-analytics/cert-tracker/pull/482#event-18420934117
You are receiving this because you authored the thread.

Message ID: <northwind-analytics/cert-tracker/pull/482/issue_event/18420934117@github.com>
"""
gh_ip = '192.30.252.%d' % R.randint(200, 210)
add('github-pr-482-merged', 'unrelated', 'en', None, False,
    o365_in(t, 'out-%d.smtp.github.com' % R.randint(20, 28), gh_ip, 'github.com', o_ar(gh_ip, 'github.com', 'github.com', 'github.com')) +
    [('DKIM-Signature', dkim('github.com', 'pf2023', t, 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', 'relaxed/relaxed')),
     ('Date', fmt(t, PDT)), ('From', 'Jonas Weber <notifications@github.com>'),
     ('Reply-To', 'northwind-analytics/cert-tracker <reply+ABCDEF%s@reply.github.com>' % rnd(40, string.ascii_uppercase + string.digits)),
     ('To', 'northwind-analytics/cert-tracker <cert-tracker@noreply.github.com>'), ('Cc', PRI_TO + ', Author <author@noreply.github.com>'),
     ('Message-ID', '<northwind-analytics/cert-tracker/pull/482/issue_event/18420934117@github.com>'),
     ('In-Reply-To', '<northwind-analytics/cert-tracker/pull/482@github.com>'),
     ('References', '<northwind-analytics/cert-tracker/pull/482@github.com>'),
     ('Subject', 'Re: [northwind-analytics/cert-tracker] Merge duplicate candidate records in cert report (PR #482)'),
     ('List-ID', 'northwind-analytics/cert-tracker <cert-tracker.northwind-analytics.github.com>'),
     ('X-GitHub-Reason', 'author')] + o365_tail(),
    part(txt, cte='7bit', charset='UTF-8'), txt)

# ======================================================================
def yahoo_in(t, helo, ip, mfdom, dkims, from_dom, dmarc='pass', pol='QUARANTINE'):
    t1 = t + dt.timedelta(seconds=R.randint(1, 3))
    ar = 'atlas%d.free.mail.%s.yahoo.com;\n' % (R.randint(100, 400), R.choice(['bf1', 'gq1', 'ne1'])) + \
        ''.join(' dkim=pass header.i=@%s header.s=%s;\n' % (dd, s) for dd, s in dkims) + \
        ' spf=pass smtp.mailfrom=%s;\n dmarc=%s(p=%s) header.from=%s;' % (mfdom, dmarc, pol, from_dom)
    return [('X-Apparently-To', '%s; %s' % ('alex.chen.builds@yahoo.com', format_datetime(t1.astimezone(UTC)).replace('-0000', '+0000'))),
            ('Return-Path', '<%s>' % ses_return(t) if 'amazonses' in mfdom else '<%s>' % mfdom),
            ('Received-SPF', 'pass (domain of %s designates %s as permitted sender)' % (mfdom, ip)),
            ('X-YMailISG', b64blob(60)),
            ('X-Originating-IP', '[%s]' % ip),
            ('Authentication-Results', ar),
            ('Received', 'from %s (EHLO %s)\n by 10.217.%d.%d with SMTPs\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n %s' % (ip, helo, R.randint(100, 160), R.randint(1, 254), format_datetime(t1.astimezone(UTC)).replace('-0000', '+0000')))]

def yahoo_ses(t):
    ip = R.choice(SES_IPS)
    helo = 'a%s-%s.smtp-out.amazonses.com' % (ip.split('.')[2], ip.split('.')[3])
    return yahoo_in(t, helo, ip, 'amazonses.com', [('amazon.com', AMZ_SEL), ('amazonses.com', SES_SEL)], 'amazon.com')

# Marek Novak (outlook.com), form case, 11-digit id; never answered the agent
M_CASE = '13904518267'
MAR_TO = 'marek.novak@outlook.com'
M_FSUBJ = '[CASE %s] %s' % (M_CASE, FORM_SUBJ)

# 14 auto acknowledgement echoing the form
t = d(2025, 9, 2, 19, 48, 31)
txt = """Hello Marek,

Thank you for contacting AWS Training and Certification. This automated message lets you know that your inquiry has reached us and has been logged under reference %s.

A member of our team will get back to you, usually within 24 hours. To avoid delays, please don't submit another request about the same issue; if you need to add details, simply reply to this message.

A copy of your submission:
  Inquiry type: AWS Training and Certification
  Detail: Account Merge
  AWS candidate ID: aws-50918273
  Description: I have two certification accounts, aws-50918273 (old work email) and AWS 66120394 (personal email). Please combine them. I'd like to keep the personal one.

Regards,
AWS Training and Certification
""" % M_CASE
add('form-inquiry-logged', 'case_created', 'en', M_CASE, True,
    o365_ses(t, tenant='namprd04') + aws_hdrs(t, FORM, MAR_TO, 'We received your request - ' + M_FSUBJ) + o365_tail(),
    part(txt, cte='quoted-printable'), txt)

# 15 agent asks for more information
t = d(2025, 9, 4, 8, 12, 5)
txt = """Hello Marek,

Thank you for contacting AWS Training and Certification.

Before I can request the consolidation, I need to verify ownership of both profiles. Could you please reply with:

1. The email address you use to sign in to AWS66120394.
2. The email address on file for AWS50918273, if it differs from the one you are writing from.
3. Your full name exactly as it appears on your government ID.

Please note the profile kept will be AWS66120394, as you asked; the records of the other one will be moved into it.

Best regards,

Kavya R.
Amazon Web Services
AWS Training and Certification
"""
add('form-need-login-emails', 'support_reply', 'en', M_CASE, True,
    o365_ses(t, tenant='namprd04') + aws_hdrs(t, FORM, MAR_TO, 'RE:' + M_FSUBJ) + o365_tail(),
    part(txt, cte='quoted-printable'), txt)

# 16 follow-up: do you still need help?
t = d(2025, 9, 9, 8, 40, 44)
txt = """Hello Marek,

I'm following up on my message of September 4. We still need the sign-in email addresses for both of your certification profiles before we can go any further.

Are you still in need of assistance with this request? If we don't hear back from you within 5 business days, this case will be closed automatically. You can always reopen it by replying to this email.

Best regards,

Kavya R.
Amazon Web Services
AWS Training and Certification
"""
add('form-still-need-help', 'support_reply', 'en', M_CASE, True,
    o365_ses(t, tenant='namprd04') + aws_hdrs(t, FORM, MAR_TO, 'RE: ' + M_FSUBJ) + o365_tail(),
    part(txt, cte='base64'), txt)

# 17 closure after no reply, with rating request (survey)
t = d(2025, 9, 16, 9, 3, 17)
txt = """Hello Marek,

As we have not received a response to our previous messages, we are closing case %s.

If you still require help with your certification profiles, reply to this email within 14 days and the case will be reopened with your full history; there is no need to start a new request.

How would you rate the support you received?
Excellent  https://aws.amazon.com/training/feedback/?caseId=%s&r=5
Good       https://aws.amazon.com/training/feedback/?caseId=%s&r=4
Fair       https://aws.amazon.com/training/feedback/?caseId=%s&r=3
Poor       https://aws.amazon.com/training/feedback/?caseId=%s&r=1

Best regards,
AWS Training and Certification
""" % ((M_CASE,) * 5)
add('form-closed-no-response', 'survey', 'en', M_CASE, True,
    o365_ses(t, tenant='namprd04') + aws_hdrs(t, FORM, MAR_TO, 'RE:' + M_FSUBJ) + o365_tail(),
    part(txt, cte='quoted-printable'), txt)

# ======================================================================
# Alex Chen (Yahoo), form case
ALEX = ('Alex Chen', 'alex.chen.builds@yahoo.com')
A_OPEN = d(2025, 6, 16, 3, 27, 50)
A_CASE = case15(A_OPEN)
A_SUBJ = 'RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ)

# 18 completion, new text without ids, Outlook-style unmarked history below
t = d(2025, 6, 19, 22, 10, 36)
new = """Hi Alex,

All done - the consolidation went through this afternoon. From now on, please use the account you chose to keep; everything from the other one (exam history, the Cloud Practitioner and Developer certifications, and your remaining voucher) is attached to it.

If anything looks off when you sign in, just reply here.

Best regards,

Tomasz W.
Amazon Web Services
AWS Training and Certification
"""
hist = """
________________________________
From: Alex Chen <alex.chen.builds@yahoo.com>
Sent: Wednesday, June 18, 2025 11:52 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: %s

The details are correct. Please proceed with the merge.

Alex

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, June 18, 2025 7:31 AM
To: alex.chen.builds@yahoo.com
Subject: %s

Hi Alex,

We found the following certification accounts:

Account to keep: AWS31840267 (alex.chen.builds@yahoo.com)
Account to be merged: AWS92755013 (achen@lumenworks.com)

Please be aware that merging cannot be undone. Reply to this email to confirm you would like us to proceed.

Best regards,
Tomasz W.
Amazon Web Services
""" % (A_SUBJ, A_SUBJ)
txt = new + hist
add('form-all-done-history-below', 'merge_completed', 'en', A_CASE, True,
    yahoo_ses(t) + aws_hdrs(t, FORM, ALEX[1], A_SUBJ),
    part(txt, cte='quoted-printable'), new)

# 19 missing-badge follow-up: agent escalated to Credly team
t = d(2025, 6, 24, 17, 45, 2)
new = """Hi Alex,

Thank you for letting us know that your Credly badges did not appear after the update to your certification account.

I checked and the badges are still linked to achen@lumenworks.com on Credly. I have asked our digital badge team to re-issue them to alex.chen.builds@yahoo.com, which is the email on AWS31840267. This usually takes 3 to 5 business days. You will receive an email from Credly for each badge when it is ready to accept.

Best regards,

Tomasz W.
Amazon Web Services
AWS Training and Certification
"""
hist = """
-----Original Message-----
From: alex.chen.builds@yahoo.com
Sent: 2025-06-23 18:02 UTC
Subject: Re: %s

Hi Tomasz, thanks for the merge. My certifications show fine, but Credly still has no badges under my Yahoo address. The old account AWS92755013 had two badges. Can you check?
""" % A_SUBJ
txt = new + hist
add('form-badges-escalated', 'support_reply', 'en', A_CASE, True,
    yahoo_ses(t) + aws_hdrs(t, FORM, ALEX[1], A_SUBJ),
    part(txt, cte='quoted-printable'), new)

# 20 Credly: badges ready to accept (digest-like but an issuance)
t = d(2025, 6, 27, 13, 18, 44)
u1, u2 = ['https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12)) for _ in range(2)]
html = html_wrap("""<div style="max-width:600px;margin:auto">
<p style="text-align:center"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></p>
<h2 style="text-align:center">You have 2 badges waiting for you</h2>
<p>Hi Alex,</p>
<p>Amazon Web Services Training and Certification issued the following badges to <b>alex.chen.builds@yahoo.com</b>. Accept them to display them on your profile.</p>
<table width="100%%" cellpadding="8">
<tr><td><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="55" alt=""></td><td>AWS Certified Cloud Practitioner</td><td><a href="%s">Accept</a></td></tr>
<tr><td><img src="https://images.credly.com/size/110x110/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="55" alt=""></td><td>AWS Certified Developer &ndash; Associate</td><td><a href="%s">Accept</a></td></tr>
</table>
<p style="font-size:12px;color:#777">Credly, Inc. | 1 Penn Plaza, New York, NY 10119 &middot; <a href="https://www.credly.com/notifications/unsubscribe">Unsubscribe</a></p></div>""" % (u1, u2))
ip = R.choice(CREDLY_IPS)
add('credly-two-badges-waiting', 'credly_badge_issued', 'en', None, True,
    yahoo_in(t, 'o%d.email.credly.com' % R.randint(1, 9), ip, credly_rpath(ALEX[1]), [('credly.com', 's1'), ('sendgrid.info', 'smtpapi')], 'credly.com', pol='REJECT') +
    credly_sending(t) + [('Date', fmt(t)), ('From', 'Credly <admin@credly.com>'), ('To', ALEX[1]), ('Message-ID', credly_mid()),
                         ('Subject', 'Alex, you have 2 badges waiting to be accepted')],
    part(html, 'html', cte='base64'), html)

# ======================================================================
# 21 Credly's own account merge code (unrelated)
t = d(2025, 6, 25, 2, 11, 9)
code = '%06d' % R.randint(0, 999999)
txt = """Hi Alex,

Someone (hopefully you) asked to merge the Credly account registered to achen@lumenworks.com into the Credly account for alex.chen.builds@yahoo.com.

Your verification code is: %s %s

Enter the code on the Account Merge page, or select the link below to complete the merge:
https://www.credly.com/users/merge/confirm?token=%s

The code expires in 30 minutes. If you did not request this, you can ignore this email; nothing will change.

The Credly Team
""" % (code[:3], code[3:], rnd(40))
ip = R.choice(CREDLY_IPS)
add('credly-own-merge-code', 'unrelated', 'en', None, True,
    yahoo_in(t, 'o%d.email.credly.com' % R.randint(1, 9), ip, credly_rpath(ALEX[1]), [('credly.com', 's1'), ('sendgrid.info', 'smtpapi')], 'credly.com', pol='REJECT') +
    credly_sending(t) + [('Date', fmt(t)), ('From', 'Credly <admin@credly.com>'), ('To', ALEX[1]), ('Message-ID', credly_mid()),
                         ('Subject', 'Complete Account Merge: your Credly verification code')],
    part(txt, cte='7bit', charset='us-ascii'), txt)

# 22 Credly monthly digest (unrelated)
t = d(2025, 10, 1, 14, 0, 12)
html = html_wrap("""<div style="max-width:600px;margin:auto">
<p style="text-align:center"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></p>
<h2>Your September badge activity</h2>
<p>Hi Daniel, here is what happened with your badges last month.</p>
<table width="100%%" cellpadding="10" style="background:#f6f6f6"><tr>
<td align="center"><b style="font-size:24px">41</b><br>badge views</td>
<td align="center"><b style="font-size:24px">6</b><br>verifications</td>
<td align="center"><b style="font-size:24px">2</b><br>new followers</td></tr></table>
<p>Most viewed: <b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<h3>Skills in demand this month</h3>
<p>Generative AI &middot; Kubernetes &middot; Data Engineering &middot; Security Operations</p>
<p><a href="https://www.credly.com/earner/dashboard?utm_source=digest">See your dashboard</a></p>
<p style="font-size:11px;color:#888">You're receiving this monthly summary because you have a Credly account. <a href="https://www.credly.com/earner/settings/notifications">Email preferences</a><br>Credly, Inc. | 1 Penn Plaza, New York, NY 10119</p></div>""")
txt = """Your September badge activity

Hi Daniel, here is what happened with your badges last month.

41 badge views | 6 verifications | 2 new followers
Most viewed: AWS Certified Solutions Architect - Associate

See your dashboard: https://www.credly.com/earner/dashboard?utm_source=digest

Credly, Inc. | 1 Penn Plaza, New York, NY 10119
"""
add('credly-monthly-activity', 'unrelated', 'en', None, True,
    gmail_credly(DAN[1], t) + credly_sending(t) + [
        ('Date', fmt(t)), ('From', 'Credly <noreply@credly.com>'), ('To', DAN[1]), ('Message-ID', credly_mid()),
        ('Subject', 'Your badges were viewed 41 times in September'),
        ('List-Unsubscribe', '<https://www.credly.com/notifications/unsubscribe?t=%s>' % rnd(30))],
    alt(part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='quoted-printable')), txt)

# 23 Pearson VUE appointment (unrelated)
t = d(2025, 11, 3, 16, 22, 41)
txt = """Dear Daniel Okafor,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Thursday, December 4, 2025, 9:00 AM Pacific Standard Time
Delivery: OnVUE online proctored
Registration ID: 482917365
Candidate ID: AWS04817265

Check in up to 30 minutes before your appointment time. Run the system test on the computer you will use for the exam before exam day.

To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
pv_ip = '159.182.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
ar = g_ar([('pearson.com', 'selector1')], 'noreply@pearson.com', pv_ip, 'pearson.com', pol='REJECT')
add('pearson-vue-sapc02-booked', 'unrelated', 'en', None, False,
    gmail_in(DAN[1], t, 'mail%d.pearsonvue.com' % R.randint(1, 4), pv_ip, 'noreply@pearson.com', ar) +
    [('DKIM-Signature', dkim('pearson.com', 'selector1', t, 'From:To:Subject:Date:Message-ID', 'relaxed/relaxed')),
     ('Date', fmt(t)), ('From', 'Pearson VUE Confirmation <noreply@pearson.com>'), ('To', DAN[1]),
     ('Message-ID', '<%s.%s@pearsonvue.com>' % (R.randint(10**9, 10**10), rnd(8))),
     ('Subject', 'Pearson VUE Confirmation of Exam Appointment')],
    part(txt, cte='quoted-printable'), txt)

# 24 phishing completion from a look-alike domain (keeps content kind)
t = d(2025, 6, 3, 5, 41, 18)
ph_dom = 'aws-certification-accounts.com'
ph_ip = '185.222.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
html = html_wrap("""<div style="max-width:580px;margin:auto;border-top:4px solid #ff9900;padding:20px">
<p><img src="https://%s/img/aws.png" width="70" alt="aws"></p>
<p>Dear Candidate,</p>
<p>Your AWS Certification accounts have been successfully merged. Your certifications from AWS 11930584 are now available under AWS 04817265.</p>
<p>To finish the process and keep your certifications active, you must re-validate your candidate profile within <b>24 hours</b>. Profiles not validated will be suspended and exam results may be withheld.</p>
<p style="text-align:center"><a href="https://%s/validate?id=AWS04817265" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">Validate my profile</a></p>
<p>Thank you,<br>AWS Training &amp; Certification Team</p></div>""" % (ph_dom, ph_dom))
ar = g_ar([(ph_dom, 'default')], 'bounce@%s' % ph_dom, ph_ip, ph_dom, pol='NONE')
add('profile-merged-validate-24h', 'merge_completed', 'en', None, False,
    gmail_in(DAN[1], t, 'mail.%s' % ph_dom, ph_ip, 'bounce@%s' % ph_dom, ar) +
    [('DKIM-Signature', dkim(ph_dom, 'default', t, 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', 'relaxed/relaxed')),
     ('Date', fmt(t)), ('From', 'AWS Training and Certification <no-reply@%s>' % ph_dom), ('To', DAN[1]),
     ('Message-ID', '<%s@%s>' % (hexs(24), ph_dom)), ('Subject', 'Account merge completed - action required')],
    part(html, 'html', cte='base64'), html)

# 25 look-alike Credly badge mail (phishing)
t = d(2025, 7, 20, 9, 5, 1)
ph2 = 'credly-badges.net'
ph2_ip = '45.133.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
html = html_wrap("""<div style="max-width:600px;margin:auto;text-align:center">
<p><img src="https://%s/assets/logo.png" width="96" alt="Credly"></p>
<h2>Priya, your AWS badge is ready</h2>
<p>Amazon Web Services Training and Certification issued you the <b>AWS Certified Solutions Architect &ndash; Professional</b> badge following your recent account update.</p>
<p><a href="https://%s/accept?u=priya.raman%%40northwind-analytics.com" style="background:#ff6b00;color:#fff;padding:12px 26px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">To accept, sign in with your Microsoft 365 work account.</p></div>""" % (ph2, ph2))
add('badge-ready-sign-in-m365', 'credly_badge_issued', 'en', None, False,
    o365_in(t, 'mx1.%s' % ph2, ph2_ip, ph2, o_ar(ph2_ip, ph2, 'none', 'credly-badges.net', dmarc='none', spf='pass', dk='none', comp='fail reason=001')) +
    [('Date', fmt(t)), ('From', 'Credly <badges@%s>' % ph2), ('To', PRI_TO),
     ('Message-ID', '<%s@%s>' % (hexs(20), ph2)), ('Subject', 'You earned a badge from Amazon Web Services Training and Certification')] + o365_tail(),
    part(html, 'html', cte='quoted-printable'), html)

# 26 spoofed amazon.com confirmation request: topmost AR fails, a forged AR lower down says pass
t = d(2025, 8, 18, 23, 2, 40)
sp_ip = '103.151.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
mf = 'info@mailer-%s.top' % rnd(5, string.ascii_lowercase)
ar_top = '       dkim=none;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com' % (mf, sp_ip, mf)
new = """Hello,

We received a request to merge the following AWS Certification accounts:

    Primary account: AWS04817265
    Secondary account: AWS11930584

This operation is permanent. To confirm the merge and avoid loss of your certification history, please confirm your identity through the secure form below within 48 hours:

https://aws-certification-verify.help/confirm?case=%s

If we do not receive your confirmation the request will be cancelled and both accounts may be locked.

Best regards,
Amazon Web Services
AWS Training and Certification
""" % D_CASE
add('please-confirm-secure-form', 'merge_confirmation_requested', 'en', D_CASE, False,
    gmail_in(DAN[1], t, 'vps%d.hostnet-srv.com' % R.randint(100, 999), sp_ip, mf, ar_top) +
    [('Authentication-Results', 'mx.amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'),
     ('Received', 'from localhost (localhost [127.0.0.1]) by vps.hostnet-srv.com (Postfix) with ESMTP id 9C1F2E0A41; %s' % fmt(t)),
     ('Date', fmt(t)), ('From', addr(*FORM)), ('To', DAN[1]),
     ('Message-ID', '<%s.%s@vps.hostnet-srv.com>' % (t.strftime('%Y%m%d%H%M%S'), hexs(10))),
     ('Subject', 'RE:[CASE %s] Action needed: confirm account merge' % D_CASE), ('X-Mailer', 'PHPMailer 6.8.1')],
    part(new, cte='8bit'), new)

# 27 console case opened: Credly badges missing after the merge (Priya)
t = d(2025, 7, 16, 8, 30, 55)
b_open = t - dt.timedelta(seconds=3)
b_case = case15(b_open)
txt = """Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Credly badges missing after certification account merge
Severity: General guidance
Correspondence: Hi, my two certification profiles were merged last week under case %s. All certifications now show on aws20394857 but only one of my four Credly badges moved to priya.raman@northwind-analytics.com. The Data Engineer badge arrived, the others (SAA, SysOps, Security Specialty) did not. Could you re-issue them?

Please do not reply to this email. To add correspondence to your case, sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % (b_case, b_case, P_CASE, b_case)
add('console-opened-badges-missing', 'case_created', 'en', b_case, True,
    o365_ses(t) + aws_hdrs(t, CONSOLE, PRI_TO, 'Amazon Web Services: You have opened a new Support case: %s' % b_case) + o365_tail(),
    part(txt, cte='quoted-printable'), txt)

# 28 CertMetrics survey (look-alike of a survey, unrelated)
t = d(2025, 7, 22, 15, 12, 0)
html = html_wrap("""<table width="600" align="center"><tr><td>
<p><img src="https://www.certmetrics.com/amazon/images/aws-tc-logo.png" width="160" alt="AWS Training and Certification"></p>
<p>Hello Priya,</p>
<p>AWS Certification wants to hear from you. As an AWS Certified individual, your feedback on the certification program helps us improve exams, benefits and the overall candidate experience.</p>
<p>The survey takes about 10 minutes and closes on August 8, 2025.</p>
<p><a href="https://survey.certmetrics.com/s/aws-2025-q3?k=%s">Take the survey</a></p>
<p>Thank you,<br>AWS Training and Certification</p>
<p style="font-size:11px;color:#888">This message was sent to priya.raman@northwind-analytics.com. Please do not reply to this email.</p>
</td></tr></table>""" % rnd(20))
cm_ip = '52.4.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
add('certmetrics-program-feedback', 'unrelated', 'en', None, False,
    o365_in(t, 'mail.certmetrics.com', cm_ip, 'certmetrics.com', o_ar(cm_ip, 'certmetrics.com', 'certmetrics.com', 'certmetrics.com')) +
    [('DKIM-Signature', dkim('certmetrics.com', 'k1', t, 'From:To:Subject:Date:Message-ID', 'relaxed/relaxed')),
     ('Date', fmt(t)), ('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', PRI_TO),
     ('Message-ID', '<%s@certmetrics.com>' % hexs(32)), ('Subject', 'AWS Certification wants to hear from you')] + o365_tail(),
    part(html, 'html', cte='quoted-printable'), html)

# 29 AWS Builder ID verification code (authentic AWS, unrelated)
t = d(2025, 12, 1, 6, 4, 33)
code = '%06d' % R.randint(0, 999999)
txt = """AWS Builder ID

Verify your email address

Hello,

We received a request to sign in with your AWS Builder ID. Use the following verification code:

%s

This code expires in 10 minutes. If you didn't request this code, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % code
ip = R.choice(SES_IPS)
helo = 'a%s-%s.smtp-out.amazonses.com' % (ip.split('.')[2], ip.split('.')[3])
mf = ses_return(t).replace('@amazonses.com', '@mail.signin.aws')
ar = g_ar([('signin.aws', 'j4ldjbcu7xr5ftfhoxqyqeh7tjwfxkhh'), ('amazonses.com', SES_SEL)], mf, ip, 'signin.aws', pol='REJECT')
add('builder-id-code', 'unrelated', 'en', None, True,
    gmail_in(ALEX[1].replace('yahoo.com', 'gmail.com'), t, helo, ip, mf, ar) +
    [('DKIM-Signature', dkim('signin.aws', 'j4ldjbcu7xr5ftfhoxqyqeh7tjwfxkhh', t)),
     ('DKIM-Signature', dkim('amazonses.com', SES_SEL, t)),
     ('Date', fmt(t)), ('From', 'AWS <no-reply@signin.aws>'), ('To', ALEX[1].replace('yahoo.com', 'gmail.com')),
     ('Message-ID', ses_mid(t)), ('Subject', 'Verify your AWS Builder ID email address')],
    part(txt, cte='7bit', charset='us-ascii'), txt)

# ======================================================================
# Sofia Martins (self-hosted mailbox without Authentication-Results), 10-digit case
SOF = ('Sofia Martins', 'sofia@martins-lab.pt')
S_CASE = '9718264530'
S_SUBJ = 'RE:[CASE %s] %s' % (S_CASE, FORM_SUBJ)

def plain_in(to, t, helo, ip):
    t1 = t + dt.timedelta(seconds=R.randint(1, 4))
    return [('Return-Path', '<%s>' % ses_return(t)),
            ('X-Original-To', to), ('Delivered-To', to),
            ('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mail.martins-lab.pt (Postfix) with ESMTPS id 4cR%s\n\tfor <%s>; %s' % (
                helo, helo, ip, rnd(7, string.ascii_letters + string.digits), to, format_datetime(t1.astimezone(dt.timezone(dt.timedelta(hours=0 if t.month in (11, 12, 1, 2, 3) else 1)))))) ]

def plain_ses(to, t):
    ip = R.choice(SES_IPS)
    helo = 'a%s-%s.smtp-out.amazonses.com' % (ip.split('.')[2], ip.split('.')[3])
    return plain_in(to, t, helo, ip)

# 30 completion, HTML only, lower-case ids with dashes, no AR at all
t = d(2026, 1, 13, 11, 26, 8)
html = html_wrap("""<div style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Dear Sofia,</p>
<p>Thank you for your patience.</p>
<p>Your request has been actioned: candidate IDs <span>aws-80027519</span> and <span>aws-39182746</span> are now a single certification account. Please use <b>aws-39182746</b> from now on; the former ID is inactive and your transcript, certifications and exam vouchers have been carried across.</p>
<p>Should you notice anything missing in the next few days, please reply to this email and quote your case number.</p>
<p>Kind regards,</p>
<p>Ana P.<br>Amazon Web Services<br>AWS Training and Certification</p>
</div>""")
add('form-single-account-now-html', 'merge_completed', 'en', S_CASE, None,
    plain_ses(SOF[1], t) + aws_hdrs(t, FORM, SOF[1], S_SUBJ),
    part(html, 'html', cte='quoted-printable'), html)

# 31 closure that also says the merge is done + rating
t = d(2026, 1, 13, 11, 29, 51)
txt = """Hello Sofia,

We're closing case %s because your AWS Certification accounts have been successfully merged.

Was your issue resolved?
  Yes - https://aws.amazon.com/training/feedback/?caseId=%s&resolved=1
  No  - https://aws.amazon.com/training/feedback/?caseId=%s&resolved=0

Thank you for choosing AWS Training and Certification.
""" % (S_CASE, S_CASE, S_CASE)
add('form-closing-because-merged', 'merge_completed', 'en', S_CASE, None,
    plain_ses(SOF[1], t) + aws_hdrs(t, FORM, SOF[1], 'Case %s closed' % S_CASE),
    part(txt, cte='7bit', charset='us-ascii'), txt)

# ======================================================================
# 佐藤 健太 (Gmail), form case opened in Japanese; keep AWS52710386, retire AWS29840175
K_OPEN = d(2025, 5, 27, 23, 5, 42)
K_CASE = case15(K_OPEN)
K_SUBJ = 'RE:[CASE %s] %s' % (K_CASE, FORM_SUBJ)
SATO_TO = addr(*SATO, charset='iso-2022-jp')

# J1 completion, ISO-2022-JP
t = d(2025, 5, 30, 1, 47, 19)
txt = """佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告いたします。

AWS29840175 に登録されていた受験履歴および認定資格は、すべて AWS52710386 に移行されております。今後は kenta.sato.aws@gmail.com で AWS Certification Account にサインインしてください。旧アカウントは無効となっており、ご利用いただけません。

なお、Credly のデジタルバッジが反映されるまで、最大で 48 時間ほどかかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

今後ともよろしくお願い申し上げます。

Amazon Web Services
AWS トレーニングと認定
担当：森
"""
add('form-ja-tougou-kanryou-jis', 'merge_completed', 'ja', K_CASE, True,
    gmail_ses(SATO[1], t) + aws_hdrs(t, FORM, SATO_TO, K_SUBJ),
    part(txt, charset='iso-2022-jp', cte='7bit'), txt)

# J2 survey, UTF-8 subject split over encoded words
t = d(2025, 5, 30, 1, 50, 2)
txt = """佐藤 健太 様

お問い合わせいただいたケース %s は「解決済み」となりました。

今回のサポートで問題は解決しましたか？
はい：https://support.aws.amazon.com/feedback?displayId=%s&resolved=yes&lang=ja
いいえ：https://support.aws.amazon.com/feedback?displayId=%s&resolved=no&lang=ja

1 分ほどで終わるアンケートです。いただいたご意見は、サービス品質の向上のために活用させていただきます。
ケースがクローズされた後も、14 日以内であれば本メールへの返信でケースを再開できます。

Amazon Web Services
""" % (K_CASE, K_CASE, K_CASE)
add('case-kaiketsu-anketo', 'survey', 'ja', K_CASE, True,
    gmail_ses(SATO[1], t) + aws_hdrs(t, CONSOLE, SATO_TO, 'AWS サポートケース %s は解決済みになりました - ご意見をお聞かせください' % K_CASE, subj_charset='utf-8'),
    part(txt, cte='base64'), txt)

# J3 Credly badge issued in Japanese, base64, split UTF-8 subject
t = d(2025, 5, 31, 4, 12, 37)
burl = 'https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
txt = """佐藤さん、おめでとうございます。

Amazon Web Services Training and Certification から「AWS Certified Solutions Architect - Associate」のバッジが発行されました。

バッジを受け取る：
%s

受け取ったバッジは、LinkedIn やメールの署名で共有したり、いつでも第三者に検証してもらったりできます。

Credly, Inc. | 1 Penn Plaza, New York, NY 10119
""" % burl
html = html_wrap("""<div style="max-width:600px;margin:auto;text-align:center">
<p><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></p>
<h2>佐藤さん、おめでとうございます。</h2>
<p>Amazon Web Services Training and Certification から<br><b>AWS Certified Solutions Architect &ndash; Associate</b> のバッジが発行されました。</p>
<p><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 Penn Plaza, New York, NY 10119</p></div>""" % burl, lang='ja')
add('credly-ja-saa-uketoru', 'credly_badge_issued', 'ja', None, True,
    gmail_credly(SATO[1], t) + credly_sending(t) + [
        ('Date', fmt(t)), ('From', addr(*CREDLY_AWS)), ('To', SATO[1]), ('Message-ID', credly_mid()),
        ('Subject', enc('佐藤さん、Amazon Web Services Training and Certification からバッジが届いています', 'utf-8', 60))],
    alt(part(txt, cte='base64'), part(html, 'html', cte='base64')), txt)

# J4 missing-badge follow-up by the agent, user's Japanese quote below
t = d(2025, 6, 3, 2, 31, 5)
new = """佐藤 健太 様

ご連絡いただき、ありがとうございます。

Credly に一部のバッジが表示されていない件について確認いたしました。「AWS Certified Developer - Associate」のバッジが、旧アカウントのメールアドレス（k.sato@old-hanamura.co.jp）に紐づいたままとなっておりました。

現在、バッジ管理チームへ AWS52710386 のメールアドレス宛に再発行するよう依頼しております。反映までに 3 から 5 営業日ほどお時間をいただく見込みです。再発行されましたら、Credly から受け取りのご案内メールが届きます。

恐れ入りますが、今しばらくお待ちいただけますと幸いです。

Amazon Web Services
AWS トレーニングと認定
担当：森
"""
quoted = """
2025年6月2日(月) 21:14 佐藤 健太 <kenta.sato.aws@gmail.com>:
> 森様
>
> 統合のご対応ありがとうございました。
> 認定資格は AWS52710386 側にすべて表示されています。
> ただ、Credly ではソリューションアーキテクトのバッジしか届いておらず、
> 旧アカウント（AWS29840175）で取得したデベロッパーのバッジが見当たりません。
> 確認していただけますでしょうか。
>
> 佐藤
"""
txt = new + quoted
add('form-ja-badge-saihakkou-irai', 'support_reply', 'ja', K_CASE, True,
    gmail_ses(SATO[1], t) + aws_hdrs(t, FORM, SATO_TO, K_SUBJ),
    part(txt, cte='quoted-printable'), new)

# J5 Credly re-issue after the follow-up (Japanese, HTML only)
t = d(2025, 6, 6, 7, 55, 48)
burl = 'https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
html = html_wrap("""<div style="max-width:600px;margin:auto">
<p style="text-align:center"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></p>
<p>佐藤 健太 さん</p>
<p>Amazon Web Services Training and Certification が、<b>AWS Certified Developer &ndash; Associate</b> のバッジをこのメールアドレス（kenta.sato.aws@gmail.com）宛てに再発行しました。</p>
<p>このバッジは以前、別のメールアドレスに関連付けられていました。プロフィールに追加するには、バッジを承認してください。</p>
<p style="text-align:center"><a href="%s" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">バッジを承認する</a></p>
<p style="font-size:11px;color:#888">通知設定の変更：<a href="https://www.credly.com/earner/settings/notifications">こちら</a><br>Credly, Inc. | 1 Penn Plaza, New York, NY 10119</p></div>""" % burl, lang='ja')
add('credly-ja-dva-saihakkou', 'credly_badge_issued', 'ja', None, True,
    gmail_credly(SATO[1], t) + credly_sending(t) + [
        ('Date', fmt(t)), ('From', addr(*CREDLY_AWS)), ('To', SATO[1]), ('Message-ID', credly_mid()),
        ('Subject', enc('バッジが再発行されました：AWS Certified Developer - Associate', 'utf-8'))],
    part(html, 'html', cte='quoted-printable'), html)

# ======================================================================
# 山本 彩 (nifty), form case; keep AWS 61029384, merge AWS 07731659
Y_OPEN = d(2025, 10, 6, 1, 18, 26)
Y_CASE = case15(Y_OPEN)
Y_SUBJ = 'RE:[CASE %s] %s' % (Y_CASE, FORM_SUBJ)
YAMA_TO = addr(*YAMA, charset='iso-2022-jp')

# J6 confirmation request, ISO-2022-JP
t = d(2025, 10, 7, 0, 40, 11)
txt = """山本 彩 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お客様のお名前で登録されている認定アカウントを 2 件確認いたしました。以下の内容で統合を進めてよろしいでしょうか。

　存続するアカウント：AWS 61029384（aya-yamamoto@nifty.com）
　統合されるアカウント：AWS 07731659（a.yamamoto@tohoku-soft.co.jp）

統合後、AWS 07731659 に登録されている認定資格および受験履歴は AWS 61029384 に移り、AWS 07731659 ではサインインできなくなります。
一度実施した統合は取り消すことができませんので、内容に相違がないかご確認のうえ、本メールへのご返信にて実施のご了承をお知らせください。

よろしくお願いいたします。

Amazon Web Services
AWS トレーニングと認定
担当：鈴木
"""
add('form-ja-kakunin-onegai-jis', 'merge_confirmation_requested', 'ja', Y_CASE, True,
    jp_ses('nifty', YAMA[1], t) + aws_hdrs(t, FORM, YAMA_TO, Y_SUBJ),
    part(txt, charset='iso-2022-jp', cte='7bit'), txt)

# J7 thank you for confirming, will proceed (Shift_JIS, base64)
t = d(2025, 10, 7, 6, 2, 57)
new = """山本 彩 様

ご確認いただき、誠にありがとうございます。

いただいたご返信をもとに、これより AWS 07731659 から AWS 61029384 への統合作業を進めてまいります。
作業には通常 1 から 3 営業日ほどかかります。完了しましたら、改めて本ケースにてご連絡いたします。

作業期間中は、試験の予約や受験をお控えいただきますようお願いいたします。

Amazon Web Services
AWS トレーニングと認定
担当：鈴木
"""
quoted = """
-----Original Message-----
From: 山本 彩 <aya-yamamoto@nifty.com>
Sent: Tuesday, October 7, 2025 12:15 PM
Subject: Re: %s

鈴木様

内容に間違いありません。統合を進めてください。
よろしくお願いいたします。

山本
""" % Y_SUBJ
add('form-ja-kore-yori-sagyou-sjis', 'support_reply', 'ja', Y_CASE, True,
    jp_ses('nifty', YAMA[1], t) + aws_hdrs(t, FORM, YAMA_TO, Y_SUBJ),
    part(new + quoted, charset='shift_jis', cte='base64'), new)

# J8 completion, Shift_JIS 8bit
t = d(2025, 10, 8, 9, 33, 40)
txt = """山本 彩 様

いつもお世話になっております。AWS トレーニングと認定の鈴木でございます。

お待たせいたしました。AWS 07731659 に登録されていた認定資格、受験履歴および特典を、AWS 61029384 へ移行いたしました。
AWS 07731659 は無効化されておりますので、今後は aya-yamamoto@nifty.com でサインインのうえ、ご利用ください。

サインイン後、以下の点をご確認いただけますと幸いです。
・認定資格がすべて表示されていること
・次回試験の 50% 割引特典が表示されていること
・Credly のバッジ（反映まで数日かかる場合がございます）

引き続きよろしくお願いいたします。

Amazon Web Services
AWS トレーニングと認定
担当：鈴木
"""
add('form-ja-ikou-itashimashita-sjis', 'merge_completed', 'ja', Y_CASE, True,
    jp_ses('nifty', YAMA[1], t) + aws_hdrs(t, FORM, YAMA_TO, Y_SUBJ),
    part(txt, charset='shift_jis', cte='8bit'), txt)

# J9 survey, HTML only
t = d(2025, 10, 10, 0, 0, 30)
html = html_wrap("""<table width="600" align="center" style="border:1px solid #d5dbdb"><tr><td style="padding:24px">
<p>山本 彩 様</p>
<p>先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。</p>
<p>お問い合わせ（ケース ID：%s）における担当者の対応について、アンケートへのご協力をお願いいたします。所要時間は 2 分程度です。</p>
<p>担当者の対応にどの程度満足されましたか？</p>
<p>%s</p>
<p style="font-size:12px;color:#687078">このメールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。</p>
</td></tr></table>""" % (Y_CASE, '　'.join('<a href="https://survey.support.aws.dev/r/%s?lang=ja&amp;score=%d">%s</a>' % (rnd(12), i, s) for i, s in enumerate(['非常に不満', '不満', 'どちらでもない', '満足', '非常に満足'], 1))), lang='ja', title='アンケートのお願い')
add('ja-anketo-gokyouryoku', 'survey', 'ja', Y_CASE, True,
    jp_ses('nifty', YAMA[1], t) + aws_hdrs(t, ('AWS Support', 'no-reply-aws@amazon.com'), YAMA_TO, '【AWS サポート】アンケートご協力のお願い', subj_charset='iso-2022-jp'),
    part(html, 'html', cte='quoted-printable'), html)

# J10 Credly own account merge code (Japanese, unrelated)
t = d(2025, 10, 12, 11, 20, 3)
code = '%06d' % R.randint(0, 999999)
txt = """山本 彩 さん

a.yamamoto@tohoku-soft.co.jp の Credly アカウントを、aya-yamamoto@nifty.com の Credly アカウントに統合するリクエストを受け付けました。

確認コード：%s

アカウント統合ページでこのコードを入力するか、次のリンクから統合を完了してください。
https://www.credly.com/users/merge/confirm?token=%s&locale=ja

コードの有効期限は 30 分です。心当たりがない場合は、このメールを無視してください。アカウントは変更されません。

Credly チーム
""" % (code, rnd(40))
add('credly-ja-jibun-tougou-code', 'unrelated', 'ja', None, True,
    jp_credly('nifty', YAMA[1], t) + credly_sending(t) + [
        ('Date', fmt(t)), ('From', 'Credly <admin@credly.com>'), ('To', YAMA[1]), ('Message-ID', credly_mid()),
        ('Subject', enc('アカウント統合を完了してください - 確認コード', 'utf-8'))],
    part(txt, cte='quoted-printable'), txt)

# ======================================================================
# 中村 大輔 (corporate gateway), console case in Japanese; keep aws-48203917, merge aws-95120468
N_OPEN = d(2025, 11, 17, 4, 51, 9)
N_CASE = case15(N_OPEN)
N_CSUBJ = '認定アカウントの統合について'
NAKA_TO = addr(*NAKA)
NGW = 'corp:mgw01.kaisha-sys.co.jp'

# J11 console case opened (Japanese)
t = N_OPEN + dt.timedelta(seconds=4)
txt = """Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
通信内容: 認定アカウントが 2 つ存在しているため統合をお願いします。会社のメールアドレスで作成した aws-48203917 を残し、個人で作成した aws-95120468 を統合してください。

このメールには返信しないでください。ケースに通信内容を追加するには、AWS サポートセンターにサインインしてください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja

Amazon Web Services
""" % (N_CASE, N_CASE, N_CSUBJ, N_CASE)
add('console-ja-atarashii-case', 'case_created', 'ja', N_CASE, True,
    jp_ses(NGW, NAKA[1], t) + aws_hdrs(t, CONSOLE, NAKA_TO, 'Amazon Web Services: 新しいサポートケースを作成しました: %s' % N_CASE),
    part(txt, cte='base64'), txt)

# J12 agent asks for more information (which sign-in e-mail, reason)
t = d(2025, 11, 18, 2, 14, 50)
new = """中村 大輔 様

AWS トレーニングと認定サポートの田村でございます。お問い合わせいただき、ありがとうございます。

統合のご依頼を承るにあたり、本人確認のため、以下の情報をお知らせいただけますでしょうか。

1. aws-95120468 にサインインする際のメールアドレス
2. 両アカウントに登録されている氏名（ローマ字表記）
3. 統合をご希望される理由（例：会社のメールアドレス変更のため など）

ご回答をいただき次第、統合内容の確認のご連絡を差し上げます。
""" 
txt = new + console_footer(N_CASE, 'ja')
add('console-ja-jouhou-onegai', 'support_reply', 'ja', N_CASE, True,
    jp_ses(NGW, NAKA[1], t) + aws_hdrs(t, CONSOLE, NAKA_TO, 'RE:[CASE %s] %s' % (N_CASE, N_CSUBJ)),
    part(txt, cte='quoted-printable'), new)

# J13 thank you; conditional "once finished ..."
t = d(2025, 11, 19, 5, 3, 22)
new = """中村 大輔 様

統合のご了承をいただき、ありがとうございます。

担当部署にて aws-95120468 から aws-48203917 への統合処理を開始いたしました。処理が終わりましたら、このケースにてご報告いたします。また、統合後は Credly のバッジが aws-48203917 に登録されたメールアドレス宛てに再発行される予定です。

処理中は両アカウントとも一時的にサインインできない場合がございますが、あらかじめご了承ください。
"""
txt = new + console_footer(N_CASE, 'ja')
add('console-ja-shori-kaishi', 'support_reply', 'ja', N_CASE, True,
    jp_ses(NGW, NAKA[1], t) + aws_hdrs(t, CONSOLE, NAKA_TO, 'RE:[CASE %s] %s' % (N_CASE, N_CSUBJ)),
    part(txt, cte='base64'), new)

# J14 completion with a wrong charset label (UTF-8 bytes declared as ISO-8859-1)
t = d(2025, 11, 20, 8, 47, 6)
new = """中村 大輔 様

お待たせいたしました。

aws-95120468 の認定資格および受験履歴を aws-48203917 へ統合する処理が完了いたしました。aws-95120468 は閉鎖済みです。今後は aws-48203917 でサインインしてください。

Credly のバッジについては、会社のメールアドレス宛てに順次再発行されます。数日経っても届かない場合は、本ケースにてお知らせください。
"""
txt = new + console_footer(N_CASE, 'ja')
add('console-ja-kanryou-wrong-charset', 'merge_completed', 'ja', N_CASE, True,
    jp_ses(NGW, NAKA[1], t) + aws_hdrs(t, CONSOLE, NAKA_TO, 'RE:[CASE %s] %s' % (N_CASE, N_CSUBJ)),
    part(txt, charset='iso-8859-1', codec='utf-8', cte='8bit'), new)

# J15 closure that also says the work is finished + survey
t = d(2025, 11, 20, 8, 49, 31)
txt = """中村 大輔 様

アカウント統合のお手続きはすべて完了しておりますので、ケース %s をクローズいたしました。

今回のサポートはいかがでしたか？以下のリンクから評価をお寄せください。
https://support.aws.amazon.com/feedback?displayId=%s&lang=ja

クローズ後 14 日以内であれば、サポートセンターから返信することでケースを再開できます。

Amazon Web Services
""" % (N_CASE, N_CASE)
html = html_wrap("""<p>中村 大輔 様</p>
<p>アカウント統合のお手続きはすべて完了しておりますので、ケース <b>%s</b> をクローズいたしました。</p>
<p>今回のサポートはいかがでしたか？</p>
<p><a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;lang=ja" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none">評価する</a></p>
<p style="font-size:12px;color:#545b64">クローズ後 14 日以内であれば、サポートセンターから返信することでケースを再開できます。</p>""" % (N_CASE, N_CASE), lang='ja')
add('console-ja-close-tetsuzuki-zumi', 'merge_completed', 'ja', N_CASE, True,
    jp_ses(NGW, NAKA[1], t) + aws_hdrs(t, CONSOLE, NAKA_TO, 'ケース %s はクローズされました' % N_CASE),
    alt(part(txt, cte='base64'), part(html, 'html', cte='base64')), txt)

# J16 Nakamura forwards the completion to a colleague (internal, no AR)
t = d(2025, 11, 20, 9, 30, 12)
fnew = """高橋さん

お疲れさまです。中村です。
AWS 認定のアカウントが 1 つにまとまりましたので、社内のスキル管理台帳の ID を
更新しておいていただけますでしょうか。新しい ID は下の通りです。

よろしくお願いします。
"""
fq = """
-----Original Message-----
差出人: Amazon Web Services <no-reply-aws@amazon.com>
送信日時: 2025年11月20日 17:47
宛先: 中村 大輔 <d-nakamura@kaisha-sys.co.jp>
件名: RE:[CASE %s] %s

""" % (N_CASE, N_CSUBJ) + MAILS[-2]['body'].get_payload(decode=True).decode('utf-8').replace('\r\n', '\n').split('\nお客様からのフィードバック')[0]
colleague = 'y-takahashi@kaisha-sys.co.jp'
add('naka-fwd-takahashi', 'unrelated', 'ja', N_CASE, None,
    [('Received', 'from TYCPR01MB%d.jpnprd01.prod.outlook.com (2603:1096:400:%x::%x) by\n OS3PR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s' % (
        R.randint(1000, 9999), R.randint(1, 0xfff), R.randint(1, 0xff), R.randint(1000, 9999), format_datetime((t + dt.timedelta(seconds=1)).astimezone(UTC)).replace('-0000', '+0000'))),
     ('Received', 'from TYCPR01MB%d.jpnprd01.prod.outlook.com ([fe80::%x:%x:%x:%x]) by\n TYCPR01MB%d.jpnprd01.prod.outlook.com ([fe80::%x:%x:%x:%x%%4]) with mapi id\n 15.20.%d.%d; %s' % (
        R.randint(1000, 9999), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1000, 9999), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(8600, 8900), R.randint(10, 40), format_datetime(t.astimezone(UTC)).replace('-0000', '+0000'))),
     ('From', addr(*NAKA)), ('To', addr('高橋 由紀', colleague)),
     ('Subject', enc('FW: RE:[CASE %s] %s' % (N_CASE, N_CSUBJ))),
     ('Thread-Topic', enc('RE:[CASE %s] %s' % (N_CASE, N_CSUBJ))),
     ('Thread-Index', 'AQH' + b64blob(29)), ('Date', fmt(t, JST)),
     ('Message-ID', '<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (R.randint(1000, 9999), rnd(28, string.ascii_uppercase + string.digits), R.randint(1000, 9999))),
     ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP'),
     ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
     ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB%d.jpnprd01.prod.outlook.com' % R.randint(1000, 9999))],
    part(fnew + fq, charset='iso-2022-jp', cte='7bit'), fnew)

# J17 another console case of the same user (billing), closed - unrelated
t = d(2025, 12, 3, 6, 12, 44)
bl_case = case15(d(2025, 12, 1, 0, 30, 2))
new = """中村 大輔 様

請求に関するお問い合わせについて、11 月分の請求書の宛名を「株式会社カイシャシステム」へ変更する手続きが完了いたしました。次回以降の請求書から新しい宛名で発行されます。

本件はこれにて解決とさせていただき、ケースをクローズいたします。
"""
txt = new + console_footer(bl_case, 'ja')
add('console-ja-seikyuu-atena', 'unrelated', 'ja', bl_case, True,
    jp_ses(NGW, NAKA[1], t) + aws_hdrs(t, CONSOLE, NAKA_TO, 'RE:[CASE %s] 請求書の宛名変更について' % bl_case),
    part(txt, cte='quoted-printable'), new)

# ======================================================================
WD = '月火水木金土日'
def jpq(t, name, mail):
    tj = t.astimezone(JST)
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (tj.year, tj.month, tj.day, WD[tj.weekday()], tj.hour, tj.minute, name, mail)

# 渡辺 浩二 (corporate gateway): HTML-only keigo completion
WAT = ('渡辺 浩二', 'k-watanabe@fujimino-tech.jp')
W_OPEN = d(2025, 8, 25, 6, 3, 51)
W_CASE = case15(W_OPEN)
t = d(2025, 8, 28, 3, 20, 14)
html = html_wrap("""<div style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;line-height:1.7">
<p>渡辺 浩二 様</p>
<p>平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。</p>
<p>ご依頼いただいておりました認定アカウントの一本化につきまして、作業が完了いたしましたことをご報告申し上げます。</p>
<p>AWS 57731490 にて保持されていた認定資格および受験記録は、AWS 19046283 にて確認いただけるようになっております。<br>
AWS 57731490 は既に閉鎖されておりますため、今後のサインインには AWS 19046283 をご利用くださいますようお願い申し上げます。</p>
<p>ご不明な点がございましたら、本メールにご返信いただけますと幸いです。</p>
<p>今後とも AWS トレーニングと認定をよろしくお願い申し上げます。</p>
<p>Amazon Web Services<br>AWS トレーニングと認定<br>担当：川口</p></div>""", lang='ja')
add('form-ja-ipponka-html', 'merge_completed', 'ja', W_CASE, True,
    jp_ses('corp:mx01.fujimino-tech.jp', WAT[1], t) + aws_hdrs(t, FORM, addr(*WAT), 'RE:[CASE %s] %s' % (W_CASE, FORM_SUBJ)),
    part(html, 'html', cte='base64'), html)

# ======================================================================
# 小林 真由美 (biglobe), form case; keep AWS83016572, retire AWS35592018
KOB_OPEN = d(2025, 8, 18, 12, 9, 35)
KOB_CASE = case15(KOB_OPEN)
KOB_SUBJ = 'RE:[CASE %s] %s' % (KOB_CASE, FORM_SUBJ)
KOB_TO = addr(*KOBA)
t_req = d(2025, 8, 19, 9, 40, 3)
t_conf = d(2025, 8, 19, 23, 2, 48)

# J19 completion; the new part has no ids, the nested quote holds the confirmation request
t = d(2025, 8, 21, 1, 15, 27)
new = """小林 真由美 様

ご返信ありがとうございました。
ご了承いただいた内容のとおり、対応が完了いたしました。旧アカウントの認定資格・受験履歴は、すべてご指定いただいたアカウントへ引き継がれております。

なお、お問い合わせのあった 50% 割引バウチャーが表示されない件につきましては、恐れ入りますが、サインイン後の「Benefits」画面のスクリーンショットをお送りいただけますでしょうか。

AWS トレーニングと認定
担当：藤井
"""
quoted = '\n' + jpq(t_conf, KOBA[0], KOBA[1]) + '\n' + quote("""藤井様

内容に相違ありません。統合を進めてください。
それと、統合後に 50% 割引のバウチャーが使えるか気になっています。

小林

""" + jpq(t_req, 'Amazon Web Services', FORM[1]) + '\n' + quote("""小林 真由美 様

以下の 2 つのアカウントを確認いたしました。

・残すアカウント：AWS83016572
・統合するアカウント：AWS35592018

統合は元に戻すことができません。この内容で進めてよろしいか、ご返信にてお知らせください。

AWS トレーニングと認定
担当：藤井"""))
add('form-ja-taiou-kanryou-quoted', 'merge_completed', 'ja', KOB_CASE, True,
    jp_ses('biglobe', KOBA[1], t) + aws_hdrs(t, FORM, KOB_TO, KOB_SUBJ),
    part(new + quoted, cte='quoted-printable'), new)

# J20 follow-up asking whether help is still needed
t = d(2025, 8, 26, 2, 0, 41)
txt = """小林 真由美 様

AWS トレーニングと認定の藤井でございます。

先日お願いしておりました「Benefits」画面のスクリーンショットにつきまして、その後いかがでしょうか。
すでに割引バウチャーが表示されている場合は、その旨ご返信いただければ幸いです。

引き続きサポートが必要でしたら、本メールにご返信ください。5 営業日以内にご返信が確認できない場合、本ケースはクローズさせていただきます。

AWS トレーニングと認定
担当：藤井
"""
add('form-ja-sonogo-ikaga', 'support_reply', 'ja', KOB_CASE, True,
    jp_ses('biglobe', KOBA[1], t) + aws_hdrs(t, FORM, KOB_TO, KOB_SUBJ),
    part(txt, charset='iso-2022-jp', cte='7bit'), txt)

# J21 closure after no reply, with survey
t = d(2025, 9, 2, 2, 5, 3)
txt = """小林 真由美 様

前回のご連絡以降、ご返信が確認できなかったため、ケース %s をクローズいたしました。

追加のご質問がございましたら、14 日以内に本メールへご返信いただければ、同じケースで対応を再開いたします。新しいお問い合わせを作成していただく必要はございません。

今回の対応について、簡単なアンケートにご協力ください。
https://aws.amazon.com/training/feedback/?caseId=%s&lang=ja_JP

AWS トレーニングと認定
""" % (KOB_CASE, KOB_CASE)
add('form-ja-henshin-nashi-close', 'survey', 'ja', KOB_CASE, True,
    jp_ses('biglobe', KOBA[1], t) + aws_hdrs(t, FORM, KOB_TO, KOB_SUBJ),
    part(txt, cte='base64'), txt)

# J22 Credly: two badges to accept (Japanese)
t = d(2025, 8, 22, 10, 41, 16)
u1, u2 = ['https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12)) for _ in range(2)]
txt = """小林 真由美 さん

Amazon Web Services Training and Certification から、次のバッジが mayumi.k@biglobe.ne.jp 宛てに発行されました。

・AWS Certified Cloud Practitioner
  受け取る：%s
・AWS Certified SysOps Administrator - Associate
  受け取る：%s

バッジを受け取ると、プロフィールに表示され、SNS などで共有できるようになります。

Credly, Inc. | 1 Penn Plaza, New York, NY 10119
""" % (u1, u2)
add('credly-ja-2-badges', 'credly_badge_issued', 'ja', None, True,
    jp_credly('biglobe', KOBA[1], t) + credly_sending(t) + [
        ('Date', fmt(t)), ('From', addr(*CREDLY_AWS)), ('To', KOBA[1]), ('Message-ID', credly_mid()),
        ('Subject', enc('2 件のバッジが受け取りを待っています', 'utf-8'))],
    part(txt, cte='quoted-printable'), txt)

# J23 Credly expiry reminder (Japanese, unrelated)
t = d(2026, 3, 9, 23, 0, 5)
txt = """小林 真由美 さん

Amazon Web Services Training and Certification が発行した「AWS Certified Cloud Practitioner」のバッジは、2026年6月7日に有効期限が切れます。

バッジを有効な状態に保つには、有効期限までに発行元の再認定要件を満たしてください。期限が切れたバッジは、プロフィール上で「期限切れ」と表示されます。

バッジを表示：https://www.credly.com/badges/%s-%s-%s-%s-%s

通知設定の変更：https://www.credly.com/earner/settings/notifications
Credly, Inc. | 1 Penn Plaza, New York, NY 10119
""" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
add('credly-ja-yuukou-kigen', 'unrelated', 'ja', None, True,
    jp_credly('biglobe', KOBA[1], t) + credly_sending(t) + [
        ('Date', fmt(t)), ('From', 'Credly <admin@credly.com>'), ('To', KOBA[1]), ('Message-ID', credly_mid()),
        ('Subject', enc('リマインダー：バッジの有効期限が 90 日後に切れます', 'utf-8', 50))],
    part(txt, cte='base64'), txt)

# J24 Pearson VUE appointment (Japanese, unrelated)
t = d(2025, 9, 10, 4, 33, 20)
txt = """小林 真由美 様

ピアソン VUE で試験の予約が完了しました。この確認メールは大切に保管してください。

試験名：SOA-C03: AWS Certified CloudOps Engineer - Associate（日本語）
日時：2025年10月4日（土）13:30 日本標準時
会場：テストセンター 東京 新宿
登録 ID：571093846
受験者 ID：AWS83016572

試験開始の 30 分前までに会場へお越しください。有効な身分証明書を 2 点ご持参ください。

予約の変更・キャンセルは、試験の 24 時間前までに AWS Certification Account から行ってください。

ピアソン VUE
"""
pv_ip = '159.182.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
add('pearson-ja-yoyaku-kanryou', 'unrelated', 'ja', None, False,
    jp_in('biglobe', KOBA[1], t, 'mail%d.pearsonvue.com' % R.randint(1, 4), pv_ip, 'noreply@pearson.com', 'pearson.com', 'pearson.com') +
    [('DKIM-Signature', dkim('pearson.com', 'selector1', t, 'From:To:Subject:Date:Message-ID', 'relaxed/relaxed')),
     ('Date', fmt(t)), ('From', 'Pearson VUE <noreply@pearson.com>'), ('To', KOBA[1]),
     ('Message-ID', '<%s.%s@pearsonvue.com>' % (R.randint(10**9, 10**10), rnd(8))),
     ('Subject', enc('ピアソン VUE 試験予約確認', 'iso-2022-jp'))],
    part(txt, charset='iso-2022-jp', cte='7bit'), txt)

# ======================================================================
# J25 Seller Central case about merging seller accounts (look-alike, unrelated)
t = d(2025, 12, 9, 7, 44, 19)
sc_case = '6120937458'
txt = """小林 真由美 様

Amazon 出品サービスをご利用いただき、ありがとうございます。

お問い合わせいただいた、2 つの出品者アカウント（ショップ名「まゆみ雑貨店」「MAYUMI Select」）の統合につきまして、手続きが完了いたしました。今後は「まゆみ雑貨店」のアカウントから、すべての出品を管理いただけます。

本件のケースは解決済みとしてクローズいたします。今回のサポートがお役に立ったかどうか、下記のリンクからお知らせください。

https://sellercentral.amazon.co.jp/cu/case-dashboard/view-case?caseID=%s&rating=true

Amazon 出品サービス
セラーサポート
""" % sc_case
add('seller-central-shop-tougou', 'unrelated', 'ja', sc_case, True,
    jp_ses('biglobe', KOBA[1], t) + [x for x in aws_hdrs(t, ('Amazon Seller Central', 'seller-notification@amazon.com'), KOB_TO, 'RE:[CASE %s] 出品者アカウントの統合について' % sc_case) if x[0] != 'Reply-To'],
    part(txt, charset='iso-2022-jp', cte='7bit'), txt)

# J26 phishing confirmation request from a look-alike domain (Japanese)
t = d(2025, 10, 7, 3, 12, 44)
ph = 'aws-nintei-support.jp'
ph_ip = '91.215.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
html = html_wrap("""<div style="max-width:600px;margin:auto;font-size:14px">
<p><img src="https://%s/img/logo_aws.png" width="70" alt="aws"></p>
<p>山本 彩 様</p>
<p>AWS トレーニングと認定です。ご依頼いただいたアカウント統合について、以下の内容でよろしいかご確認ください。</p>
<p>残すアカウント：AWS61029384<br>統合されるアカウント：AWS07731659</p>
<p>統合は取り消しできません。<b>24 時間以内</b>に下のボタンからログインし、本人確認と統合の承認を行ってください。期限を過ぎると両方のアカウントが一時停止されます。</p>
<p style="text-align:center"><a href="https://%s/confirm/?c=%s" style="background:#ff9900;color:#000;padding:10px 26px;text-decoration:none">統合を承認する</a></p>
<p>AWS トレーニングと認定 サポートチーム</p></div>""" % (ph, ph, Y_CASE), lang='ja')
add('ja-tougou-shounin-24h', 'merge_confirmation_requested', 'ja', Y_CASE, False,
    jp_in('nifty', YAMA[1], t, 'mail.%s' % ph, ph_ip, 'info@%s' % ph, ph, ph) +
    [('DKIM-Signature', dkim(ph, 'default', t, 'From:To:Subject:Date:Message-ID', 'relaxed/relaxed')),
     ('Date', fmt(t, JST)), ('From', addr('AWS トレーニングと認定', 'info@%s' % ph)), ('To', YAMA[1]),
     ('Message-ID', '<%s@%s>' % (hexs(24), ph)),
     ('Subject', enc('【要対応】アカウント統合の最終確認（ケース %s）' % Y_CASE, 'utf-8'))],
    part(html, 'html', cte='base64'), html)

# J27 phishing not about the merge: spoofed amazon.co.jp, dmarc=fail (unrelated)
t = d(2026, 1, 22, 14, 8, 2)
sp_ip = '193.42.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
mf = 'apache@srv%d.cheap-vps.xyz' % R.randint(10, 99)
ar = '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.co.jp' % (mf, sp_ip, mf)
txt = """Amazon をご利用いただきありがとうございます。

お客様のアカウントで異常なサインインが検出されたため、アカウントを一時的に停止しました。
24 時間以内に以下のリンクからお支払い情報を更新しない場合、アカウントは永久に利用できなくなります。

https://amazon-co-jp.account-verify-center.info/ap/signin

Amazon カスタマーサービス
"""
add('amazon-jp-account-teishi', 'unrelated', 'ja', None, False,
    gmail_in(SATO[1], t, 'srv%d.cheap-vps.xyz' % R.randint(10, 99), sp_ip, mf, ar) +
    [('Date', fmt(t, JST)), ('From', addr('Amazon.co.jp', 'account-update@amazon.co.jp')), ('To', SATO[1]),
     ('Message-ID', '<%s@srv.cheap-vps.xyz>' % hexs(20)),
     ('Subject', enc('【重要】Amazon アカウントを一時停止しました', 'utf-8')), ('X-Mailer', 'PHPMailer 6.9.1')],
    part(txt, charset='shift_jis', cte='base64'), txt)

# J28 伊藤 美咲: console completion whose text part is only a stub; HTML part carries the content
ITO = ('伊藤 美咲', 'misaki-ito@ocn.ne.jp')
I_OPEN = d(2026, 2, 2, 0, 54, 13)
I_CASE = case15(I_OPEN)
t = d(2026, 2, 4, 6, 30, 52)
stub = """Amazon Web Services からのお知らせ

ケース %s に新しい返信があります。
このメールを HTML 形式で表示できない場合は、AWS サポートセンターで内容をご確認ください。

https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=ja
""" % (I_CASE, I_CASE)
html = html_wrap("""<p>伊藤 美咲 様</p>
<p>AWS サポートの西村です。</p>
<p>ご連絡が遅くなり申し訳ございません。認定アカウント AWS-26649013 の内容を AWS-70318254 へ取り込む処理が終わりました。AWS-26649013 はご利用いただけなくなっておりますので、今後は AWS-70318254 をお使いください。</p>
<p>Credly のバッジにつきましては、数日以内に AWS-70318254 のメールアドレス宛てに届く見込みです。</p>
<p>よろしくお願いいたします。</p>
<p>西村<br>Amazon Web Services</p>
<hr><p style="font-size:12px;color:#545b64">本ケースについて再度お問い合わせいただく場合は、<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">AWS サポートセンター</a>をご利用ください。<br>※このメールは送信専用アドレスから送信されています。</p>""" % I_CASE, lang='ja')
add('console-ja-torikomi-html-part', 'merge_completed', 'ja', I_CASE, True,
    jp_ses('corp:mx.ocn.ne.jp', ITO[1], t) + aws_hdrs(t, CONSOLE, addr(*ITO), 'RE:[CASE %s] %s' % (I_CASE, '認定アカウントが二重登録になっている件')),
    alt(part(stub, cte='base64'), part(html, 'html', cte='quoted-printable')), html)

# J29 Credly newsletter / digest in Japanese (unrelated)
t = d(2025, 12, 16, 1, 0, 0)
html = html_wrap("""<div style="max-width:600px;margin:auto">
<p style="text-align:center"><img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly"></p>
<h2>今月のおすすめスキルとバッジ</h2>
<p>佐藤さん、2025 年に最も多く獲得されたクラウド関連のバッジをご紹介します。</p>
<ol><li>AWS Certified Cloud Practitioner</li><li>Microsoft Certified: Azure Fundamentals</li><li>Google Cloud Digital Leader</li></ol>
<p>あなたのバッジは今月 17 回閲覧されました。プロフィールを最新の状態に保ちましょう。</p>
<p><a href="https://www.credly.com/earner/dashboard?utm_source=newsletter&amp;utm_medium=email&amp;locale=ja">ダッシュボードを見る</a></p>
<p style="font-size:11px;color:#888">このメールは Credly からのお知らせを受け取る設定になっているため送信されました。<a href="https://www.credly.com/earner/settings/notifications">配信停止</a><br>Credly, Inc. | 1 Penn Plaza, New York, NY 10119</p></div>""", lang='ja')
add('credly-ja-osusume-newsletter', 'unrelated', 'ja', None, True,
    gmail_credly(SATO[1], t) + credly_sending(t) + [
        ('Date', fmt(t)), ('From', 'Credly <noreply@credly.com>'), ('To', SATO[1]), ('Message-ID', credly_mid()),
        ('Subject', enc('今月のおすすめスキル：2025 年に最も獲得されたバッジ', 'utf-8', 60)),
        ('List-Unsubscribe', '<https://www.credly.com/notifications/unsubscribe?t=%s>' % rnd(30))],
    part(html, 'html', cte='base64'), html)

write_all()
