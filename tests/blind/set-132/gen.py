#!/usr/bin/env python3
"""Generator for blind set 132: AWS Certification account-merge mail (middle/end of case)."""
import base64, quopri, json, os, random, uuid, hashlib, io, re
from datetime import datetime, timezone, timedelta
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.generator import BytesGenerator
from email.header import Header
from email.utils import format_datetime
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
rnd = random.Random(132)

MAILS = []  # (filename, bytes, label)


# ----------------------------------------------------------------- helpers
def dt(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def case15(opened, tail):
    return '%d%s' % (int(opened.timestamp()), tail)


def rfc(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def b64r(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def hexr(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def ses_msgid(d, region='email.amazonses.com'):
    ms = int(d.timestamp() * 1000)
    return '<0100%012x-%s-000000@%s>' % (ms, uuid.UUID(int=rnd.getrandbits(128)), region)


def ew(text, charset='utf-8', upper=True, maxlen=76):
    """Encoded-word header value, folded over lines."""
    s = Header(text, charset).encode(maxlinelen=maxlen, linesep='\n')
    if upper:
        s = re.sub(r'=\?([^?]+)\?([bq])\?', lambda m: '=?%s?%s?' % (m.group(1).upper(), m.group(2).upper()), s)
    return s


def addr(name, email, charset=None):
    if charset:
        return '%s <%s>' % (ew(name, charset), email)
    if any(c in name for c in ',.()<>@'):
        return '"%s" <%s>' % (name, email)
    return '%s <%s>' % (name, email)


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, pycodec=None):
    raw = text.encode(pycodec or charset)
    p = MIMENonMultipart('text', subtype)
    del p['MIME-Version']
    p.set_param('charset', label or charset)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p


def alt(*parts, boundary=None):
    if boundary is None:
        boundary = '----=_Part_%d_%d.%d' % (rnd.randint(100000, 9999999), rnd.randint(10**8, 2 * 10**9), rnd.randint(10**12, 2 * 10**12))
    m = MIMEMultipart('alternative', boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def dkim(domain, selector, d, headers='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    sig = b64r(128)
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s\n\t%s\n\t%s'
            % (selector, domain, int(d.timestamp()), headers, b64r(32), sig[:60], sig[60:130], sig[130:]))


# ---- sender side profiles
SES_IPS = ['54.240.8.33', '54.240.48.93', '54.240.27.18', '54.240.11.61', '54.240.9.104', '54.240.13.47']


def ses_sender(d, from_domain='amazon.com', region='us-east-1'):
    ip = rnd.choice(SES_IPS)
    host = 'a%s.smtp-out.amazonses.com' % ip.replace('.', '-')
    env = '0100%012x-%s-000000@email.amazonses.com' % (int(d.timestamp() * 1000), uuid.UUID(int=rnd.getrandbits(128)))
    return dict(ip=ip, host=host, helo=host, envfrom=env, mailfrom_dom='amazonses.com',
                dkim=[dkim(from_domain, 'rjt5xo5o6hbqg6czxbxoilsxanbmmmjc' if from_domain == 'amazon.com' else 'a3d7hbbp2itkytbgz7ekwk3yqx2gfxmq', d),
                      dkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', d,
                           'Subject:From:To:Date:Mime-Version:Content-Type:Message-Id:Feedback-Id')],
                dkim_d=[from_domain, 'amazonses.com'],
                extra=[('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, b64r(30).replace('/', 'x'))),
                       ('X-SES-Outgoing', d.strftime('%Y.%m.%d') + '-' + ip)])


def credly_sender(d, dom='credly.com'):
    ip = rnd.choice(['149.72.123.24', '167.89.101.77', '149.72.154.8'])
    return dict(ip=ip, host='o%d.ptr%d.credly.com' % (rnd.randint(1, 9), rnd.randint(1000, 9999)), helo='o1.ptr7790.credly.com',
                envfrom='bounces+1884213-%s@em4821.%s' % (hexr(4), dom), mailfrom_dom='em4821.' + dom,
                dkim=[dkim(dom, 's1', d, 'cc:content-transfer-encoding:content-type:date:from:mime-version:reply-to:subject:to'),
                      dkim('sendgrid.info', 'smtpapi', d, 'cc:content-transfer-encoding:content-type:date:from:mime-version:reply-to:subject:to')],
                dkim_d=[dom, 'sendgrid.info'], extra=[('X-SG-EID', b64r(48))])


def gmail_sender(d, email):
    n = rnd.choice([41, 65, 69, 73])
    return dict(ip='209.85.220.%d' % n, host='mail-sor-f%d.google.com' % n, helo='mail-sor-f%d.google.com' % n,
                envfrom=email, mailfrom_dom='gmail.com',
                dkim=[dkim('gmail.com', '20230601', d, 'to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to')],
                dkim_d=['gmail.com'], extra=[])


def generic_sender(d, email, ip, host, dkim_dom=None, sel='default'):
    dom = email.split('@')[1]
    return dict(ip=ip, host=host, helo=host, envfrom=email, mailfrom_dom=dom,
                dkim=[dkim(dkim_dom, sel, d)] if dkim_dom else [], dkim_d=[dkim_dom] if dkim_dom else [], extra=[])


# ---- receiving side: list of transport headers (top first)
def rx_gmail(d, to, s, from_dom, dmarc='pass', policy_='p=QUARANTINE sp=QUARANTINE dis=NONE', spf='pass', dkim_res=None, extra_ar=None):
    rcv = d + timedelta(seconds=rnd.randint(1, 6))
    pdt = rcv.astimezone(PDT if 3 <= rcv.month <= 10 else PST)
    dk = dkim_res or ['pass'] * len(s['dkim_d'])
    lines = []
    for res, dd in zip(dk, s['dkim_d']):
        lines.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dd, 'sel', b64r(6)[:8]))
    lines = [re.sub(r'header\.s=sel', 'header.s=' + re.search(r's=([^;]+);', k).group(1), l) for l, k in zip(lines, s['dkim'])]
    lines.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s' % (
        spf, s['envfrom'], 'designates' if spf == 'pass' else 'does not designate', s['ip'], s['envfrom']))
    if dmarc:
        lines.append('dmarc=%s (%s) header.from=%s' % (dmarc, policy_, from_dom))
    ar = 'mx.google.com;\n       ' + ';\n       '.join(lines)
    gid = hexr(4) + 'a' + hexr(6)
    h = [('Delivered-To', to),
         ('Received', 'by 2002:a05:7010:%s:b0:%s with SMTP id %s;\n        %s' % (hexr(4), hexr(3), b64r(9)[:12].lower(), rfc(pdt))),
         ('X-Google-Smtp-Source', 'AGHT+I' + b64r(60)),
         ('X-Received', 'by 2002:a05:6214:%s:b0:%s with SMTP id %s;\n        %s' % (hexr(4), hexr(3), b64r(9)[:12].lower(), rfc(pdt))),
         ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(rcv.timestamp()), b64r(80))),
         ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh=%s;\n        b=%s' % (b64r(32), b64r(80))),
         ('ARC-Authentication-Results', 'i=1; ' + ar),
         ('Return-Path', '<%s>' % s['envfrom']),
         ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
             s['helo'], s['host'], s['ip'], gid + '.' + hexr(3), to, rfc(pdt))),
         ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (spf, s['envfrom'], 'designates' if spf == 'pass' else 'does not designate', s['ip'], s['ip'])),
         ('Authentication-Results', ar)]
    if extra_ar:
        h.append(('Authentication-Results', extra_ar))
    return h


def rx_o365(d, to, s, from_dom, dmarc='pass', tenant_host='TY4PR01MB', compauth='pass reason=100', action='none', extra_ar=None, dkim_res='pass'):
    rcv = d + timedelta(seconds=rnd.randint(1, 8))
    srv = '%s%d.jpnprd01.prod.outlook.com' % (tenant_host, rnd.randint(10000, 16999)) if tenant_host.startswith('TY') else '%s%d.namprd%02d.prod.outlook.com' % (tenant_host, rnd.randint(1000, 9999), rnd.randint(2, 22))
    edge = 'SN1PEPF%08d.namprd05.prod.outlook.com' % rnd.randint(1000, 99999)
    if dmarc:
        ar = ('spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s'
              % (s['ip'], s['mailfrom_dom'], dkim_res, s['dkim_d'][0] if s['dkim_d'] else s['mailfrom_dom'], dmarc, action, from_dom, compauth))
    else:
        ar = 'spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=%s;compauth=%s' % (
            s['ip'], s['mailfrom_dom'], from_dom, compauth)
    h = [('Received', 'from %s (2603:1096:%s::%s) by\n %s with HTTPS; %s' % (edge.replace('SN1PEPF', 'SA1PR05CA'), hexr(3), hexr(2), srv, rfc(rcv + timedelta(seconds=2), UTC).replace('-0000', '+0000'))),
         ('Received', 'from %s (2603:10b6:806:%s:cafe::%s) by %s\n (2603:10b6:a03:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
             edge, hexr(3), hexr(2), srv, hexr(3), hexr(2), rnd.randint(8000, 9400), rnd.randint(10, 40), rfc(rcv + timedelta(seconds=1), UTC).replace('-0000', '+0000'))),
         ('Authentication-Results', ar),
         ('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (s['mailfrom_dom'], s['ip'], s['ip'], s['helo'])),
         ('Received', 'from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
             s['helo'], s['ip'], edge, rnd.randint(2, 250), rnd.randint(8000, 9400), rnd.randint(10, 40), rfc(rcv, UTC).replace('-0000', '+0000')))]
    if extra_ar:
        h.append(('Authentication-Results', extra_ar))
    h += [('X-MS-Exchange-Organization-ExpirationStartTime', rcv.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)'),
          ('X-MS-Exchange-Organization-Network-Message-Id', str(uuid.UUID(int=rnd.getrandbits(128)))),
          ('X-MS-Exchange-Organization-SCL', '1'),
          ('X-MS-Exchange-Organization-AuthSource', edge),
          ('X-MS-Exchange-Organization-AuthAs', 'Anonymous')]
    return h


def rx_jp(d, to, s, from_dom, authserv, mx_host, dmarc='pass', dkim_res='pass', extra_ar=None, style='plain'):
    rcv = (d + timedelta(seconds=rnd.randint(2, 12))).astimezone(JST)
    if style == 'yahoo':
        ar = ('%s  from=%s; domain=%s; dkim=%s header.d=%s; dmarc=%s header.from=%s; spf=pass smtp.mailfrom=%s'
              % (authserv, from_dom, s['mailfrom_dom'], dkim_res, s['dkim_d'][0] if s['dkim_d'] else 'none', dmarc, from_dom, s['mailfrom_dom']))
    else:
        ar = ('%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tdmarc=%s header.from=%s'
              % (authserv, s['envfrom'], dkim_res, s['dkim_d'][0] if s['dkim_d'] else 'none',
                 re.search(r's=([^;]+);', s['dkim'][0]).group(1) if s['dkim'] else 'none', dmarc, from_dom))
    h = [('Return-Path', '<%s>' % s['envfrom']),
         ('Delivered-To', to),
         ('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
             mx_host, mx_host.replace('mx', 'mbox', 1), hexr(10).upper(), to, rfc(rcv + timedelta(seconds=1)))),
         ('Authentication-Results', ar)]
    if extra_ar:
        h.append(('Authentication-Results', extra_ar))
    h += [('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
        s['helo'], s['host'], s['ip'], mx_host, hexr(10).upper(), to, rfc(rcv)))]
    return h


def sender_hdrs(s):
    return [('DKIM-Signature', k) for k in s['dkim']]


def assemble(body, transport, hdrs):
    ct = list(body.items())
    for k in list(body.keys()):
        del body[k]
    for k, v in transport + hdrs:
        body[k] = v
    body['MIME-Version'] = '1.0'
    for k, v in ct:
        if k != 'MIME-Version':
            body[k] = v
    b = io.BytesIO()
    BytesGenerator(b, mangle_from_=False, policy=policy.compat32.clone(max_line_length=None, linesep='\n')).flatten(body)
    return b.getvalue()


def add(slug, kind, lang, case_id, ids, verified, data):
    n = len(MAILS) + 1
    fn = '%03d-%s.eml' % (n, slug)
    MAILS.append((fn, data, dict(kind=kind, case_id=case_id, account_ids=sorted(set(ids)),
                                 sender_verified=verified, language=lang)))


def quote(text, mark='> '):
    return '\n'.join((mark + l) if l else mark.rstrip() for l in text.split('\n'))


def html_wrap(inner, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width"></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (lang, inner))


def p2html(text):
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + para.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


AWS_NAME = 'Amazon Web Services'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'

# ================================================================= MAILS

# ---------------------------------------------------------------- thread 1: Priya Raman (en, outlook.com)
T1_OPEN = dt('2025-05-12 14:03:17')
T1 = case15(T1_OPEN, '00412')
PRIYA = 'priya.raman@outlook.com'
T1_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T1
SIG_HK = 'Best regards,\n\nHarish K.\nAmazon Web Services\nTraining and Certification Customer Support'

T1_FORM = """Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS04518823, AWS07731960
First name: Priya
Last name: Raman
Description: I have two certification accounts, one from my previous employer and one personal. I'd like all my certifications under one account."""

T1_M1 = """Hello Priya,

Thank you for reaching out to AWS Training and Certification.

I\u2019ve looked over the details you shared. To make sure the right profiles end up together, I need a little more information before I can go any further:

1. The sign-in e-mail address currently used for each of the candidate IDs you mentioned (AWS 04518823 and aws-07731960).
2. Which of the two profiles you would like to keep going forward. The profile you keep will hold your complete exam history.
3. The e-mail address where you\u2019d like to receive certification notifications from now on.

Please reply directly to this e-mail with the information above \u2014 there\u2019s no need to submit a new form, and doing so may delay things.

%s

To contact us again about this issue, please reply to this e-mail.

---------- Original submission ----------
%s
""" % (SIG_HK, T1_FORM)

d = dt('2025-05-13 09:41:26')
s = ses_sender(d)
body = part(T1_M1, cte='quoted-printable')
add('agent-needs-login-emails', 'support_reply', 'en', T1, ['AWS04518823', 'AWS07731960'], True,
    assemble(body, rx_o365(d, PRIYA, s, 'amazon.com', tenant_host='DM6PR'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', PRIYA), ('Subject', T1_SUBJ),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 002 confirmation request
T1_USER1 = """Hi Harish,

Thanks for getting back to me.

- AWS04518823 is registered with p.raman@contoso-retail.com (my old work address, I can still receive mail there for now)
- AWS07731960 is registered with priya.raman@outlook.com

Please keep AWS07731960. Notifications should go to priya.raman@outlook.com.

Thanks,
Priya"""

T1_M2 = """Hello Priya,

Thank you for sending those details over.

Before I hand this to the team, please review the following carefully. Once it has been processed this action can\u2019t be reversed, so I\u2019d like your explicit go-ahead first:

  \u2022 Profile that will remain active: AWS07731960 (priya.raman@outlook.com)
  \u2022 Profile that will be folded into it and then closed: AWS04518823 (p.raman@contoso-retail.com)

All exam history, certifications and benefits currently on AWS04518823 will be carried over to AWS07731960. Afterwards you will no longer be able to sign in with the AWS04518823 profile.

If everything above is accurate, simply reply to this message stating that you agree and I\u2019ll take it from there. If anything should be different, tell me what to change.

%s

________________________________
From: Priya Raman <priya.raman@outlook.com>
Sent: Tuesday, May 13, 2025 8:10 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: %s

%s
""" % (SIG_HK, T1_SUBJ, T1_USER1)

d = dt('2025-05-14 16:22:03')
s = ses_sender(d)
html = html_wrap(p2html(T1_M2))
body = alt(part(T1_M2, cte='base64'), part(html, 'html', cte='base64'))
add('please-confirm-which-stays', 'merge_confirmation_requested', 'en', T1, ['AWS04518823', 'AWS07731960'], True,
    assemble(body, rx_o365(d, PRIYA, s, 'amazon.com', tenant_host='DM6PR'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', PRIYA), ('Subject', T1_SUBJ),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 003 thanks for confirming, will proceed (no ids in new text)
T1_USER2 = """Hi Harish,

Yes, that's all correct, please go ahead.

Priya"""
T1_M3 = """Hi Priya,

Thanks for the quick reply. I\u2019ve passed your request on to our certification operations team, who will carry out the consolidation on their side. This normally takes between one and three business days.

As soon as they are finished you\u2019ll hear from us on this same case, and from then on you can sign in with the profile you chose to keep. Nothing else is needed from you in the meantime.

%s

________________________________
From: Priya Raman <priya.raman@outlook.com>
Sent: Wednesday, May 14, 2025 9:51 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: %s

%s

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, May 14, 2025 5:22 PM
To: priya.raman@outlook.com
Subject: %s

%s""" % (SIG_HK, T1_SUBJ, T1_USER2, T1_SUBJ, T1_M2.split('\n________________________________')[0])

d = dt('2025-05-15 08:05:50')
s = ses_sender(d)
body = part(T1_M3, cte='8bit')
add('handed-to-operations', 'support_reply', 'en', T1, [], True,
    assemble(body, rx_o365(d, PRIYA, s, 'amazon.com', tenant_host='DM6PR'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', PRIYA), ('Subject', T1_SUBJ),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 004 completion + closure
T1_M4 = """Hello Priya,

Good news \u2014 the work on your certification profiles is finished. Everything that was previously held under AWS04518823 (exam history, active certifications and any unused benefits) now sits under AWS07731960, and the former profile has been deactivated.

Please sign in with priya.raman@outlook.com from now on. Your digital badges may take up to 48 hours to show up in the Credly wallet linked to that address.

As this takes care of your request, I\u2019ll be marking this case as resolved. You may receive a short survey about your experience; we\u2019d appreciate any feedback.

%s
""" % SIG_HK
d = dt('2025-05-16 11:47:12')
s = ses_sender(d)
body = part(T1_M4, cte='quoted-printable')
add('profiles-now-one-case-resolved', 'merge_completed', 'en', T1, ['AWS04518823', 'AWS07731960'], True,
    assemble(body, rx_o365(d, PRIYA, s, 'amazon.com', tenant_host='DM6PR'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', PRIYA), ('Subject', T1_SUBJ),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 005 survey, html only
T1_SURVEY = """<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification Customer Support (Case ID: %s) has been marked as resolved.</p>
<p>Your opinion helps us improve. Could you take a minute to tell us about your experience?</p>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="https://survey.training.aws/s/cs?c=%s&amp;r=yes" style="background:#ff9900;color:#000;padding:8px 18px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://survey.training.aws/s/cs?c=%s&amp;r=no" style="background:#eaeded;color:#000;padding:8px 18px;text-decoration:none">NO</a></p>
<p>How would you rate the support you received?<br>
<a href="https://survey.training.aws/s/cs?c=%s&amp;s=1">1</a> &middot; <a href="https://survey.training.aws/s/cs?c=%s&amp;s=2">2</a> &middot; <a href="https://survey.training.aws/s/cs?c=%s&amp;s=3">3</a> &middot; <a href="https://survey.training.aws/s/cs?c=%s&amp;s=4">4</a> &middot; <a href="https://survey.training.aws/s/cs?c=%s&amp;s=5">5</a></p>
<p style="color:#687078;font-size:12px">If you need further help with this request, reply to the original case e-mail within 14 days and it will be reopened.</p>
</td></tr>
<tr><td style="padding:12px 24px;color:#687078;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>
</table>""" % ((T1,) * 8)
d = dt('2025-05-16 11:49:40')
s = ses_sender(d)
body = part(html_wrap(T1_SURVEY), 'html', cte='quoted-printable')
add('was-your-issue-resolved', 'survey', 'en', T1, [], True,
    assemble(body, rx_o365(d, PRIYA, s, 'amazon.com', tenant_host='DM6PR'),
             sender_hdrs(s) + [('From', addr('AWS Training and Certification', NOREPLY)), ('To', PRIYA),
                               ('Subject', 'Tell us about your recent support experience (Case %s)' % T1),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))


# ---------------------------------------------------------------- thread 2: 渡辺 健司 (ja, gmail)
T2_OPEN = dt('2025-06-02 01:15:40')
T2 = case15(T2_OPEN, '01288')
KENJI = 'kenji.watanabe.0822@gmail.com'
T2_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T2
SIG_MORI = """よろしくお願いいたします。

森
Amazon Web Services
トレーニングと認定 カスタマーサポート"""

T2_M1 = """渡辺 健司 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お送りいただいた2件の受験者アカウントについて、現在、担当チームにて登録内容の照合を進めております。
照合に通常よりお時間をいただいており、恐れ入りますが今しばらくお待ちいただけますでしょうか。

進捗がございましたら、本ケースにてあらためてご連絡いたします。同じ内容で新たにお問い合わせいただく必要はございません。

%s
""" % SIG_MORI
d = dt('2025-06-03 02:34:09')
s = ses_sender(d)
body = part(T2_M1, charset='iso-2022-jp', cte='7bit')
add('shougou-chuu-omachi-kudasai', 'support_reply', 'ja', T2, [], True,
    assemble(body, rx_gmail(d, KENJI, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', T2_SUBJ), ('From', addr(AWS_NAME, FORM)), ('To', KENJI),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 007 asks for more info, Shift_JIS 8bit
T2_M2 = """渡辺様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの森です。

照合の結果、以下2つのアカウントでご登録の氏名表記が一致しておりませんでした。

・aws 12093345 : WATANABE KENJI
・AWS19920418 : 渡辺 健治

同一のお客様のアカウントであることを確認させていただくため、お手数ですが以下の情報を本メールへのご返信にてお知らせください。

1. それぞれのアカウントにご登録のメールアドレス
2. 今後お使いになるアカウント（残す方のアカウント）
3. 認定証に表示する氏名のローマ字表記

いただいた情報をもとに、次の手順をご案内いたします。

%s
""" % SIG_MORI
d = dt('2025-06-04 07:58:31')
s = ses_sender(d)
body = part(T2_M2, charset='shift_jis', cte='8bit')
add('shimei-hyouki-kakunin', 'support_reply', 'ja', T2, ['AWS12093345', 'AWS19920418'], True,
    assemble(body, rx_gmail(d, KENJI, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', T2_SUBJ), ('From', addr(AWS_NAME, FORM)), ('To', KENJI),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 008 confirmation request, utf-8 base64, Japanese subject as split encoded-words
T2_M3 = """渡辺 健司 様

ご返信いただきありがとうございます。いただいた情報により、お二つのアカウントが同一のお客様のものであることを確認できました。

作業に入る前に、以下の内容に相違がないかご確認ください。
この作業は一度実施すると元に戻すことができないため、お客様から明示的なご了承をいただいてから進めさせていただきます。

  残すアカウント　　：AWS19920418（kenji.watanabe.0822@gmail.com）
  統合されるアカウント：AWS12093345（k-watanabe@shinwa-denki.co.jp）

AWS12093345 に記録されている受験履歴・認定資格・特典はすべて AWS19920418 に引き継がれ、以後 AWS12093345 ではサインインできなくなります。認定証のお名前は「Kenji Watanabe」と表示されます。

上記の内容でよろしければ、本メールに「上記の内容で進めてください」とご返信ください。
変更がある場合は、その旨をお知らせください。

%s
""" % SIG_MORI
d = dt('2025-06-06 01:14:22')
s = ses_sender(d)
body = part(T2_M3, cte='base64')
add('tougou-mae-saishuu-kakunin', 'merge_confirmation_requested', 'ja', T2, ['AWS12093345', 'AWS19920418'], True,
    assemble(body, rx_gmail(d, KENJI, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', ew('RE:[CASE %s] アカウント統合前の最終確認のお願い（AWS トレーニングと認定）' % T2, 'utf-8', maxlen=60)),
                               ('From', addr(AWS_NAME, FORM)), ('To', KENJI),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 009 completion with user's reply quoting the confirmation request (gmail ja quote)
T2_USER = """森様

ご確認ありがとうございます。
上記の内容で進めてください。

渡辺

2025年6月6日(金) 10:14 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

%s""" % quote(T2_M3.rstrip('\n'))
T2_M4 = """渡辺 健司 様

大変お待たせいたしました。
AWS12093345 に登録されていた受験履歴および認定資格を、AWS19920418 へ移行いたしました。旧アカウントは本日付で無効となっております。

今後は kenji.watanabe.0822@gmail.com でサインインいただき、「認定」のページに資格が表示されていることをご確認ください。
Credly のデジタルバッジは、数日以内にあらためて発行される予定です。

ご不明な点がございましたら、本メールにご返信ください。

%s

-----Original Message-----
From: 渡辺健司 <kenji.watanabe.0822@gmail.com>
Sent: 2025年6月6日 12:40
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] アカウント統合前の最終確認のお願い（AWS トレーニングと認定）

%s
""" % (SIG_MORI, T2, T2_USER)
d = dt('2025-06-09 05:20:47')
s = ses_sender(d)
body = part(T2_M4, cte='quoted-printable')
add('ikou-itashimashita', 'merge_completed', 'ja', T2, ['AWS12093345', 'AWS19920418'], True,
    assemble(body, rx_gmail(d, KENJI, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', ew('RE:[CASE %s] アカウント統合前の最終確認のお願い（AWS トレーニングと認定）' % T2, 'utf-8', maxlen=60)),
                               ('From', addr(AWS_NAME, FORM)), ('To', KENJI),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))


# 010 Credly badge issued (en) to Kenji
def credly_msgid(d):
    return '<%x%s_%s@credly-production-mailer-%s-%s.mail>' % (int(d.timestamp()), hexr(5), hexr(16), hexr(9), hexr(5))


def credly_badge_mail(name, badge, badge_id, issuer='Amazon Web Services Training and Certification', extra_html='', extra_txt='', intro=None):
    intro = intro or '%s has issued you a new badge. Accept it to add it to your profile and share it with your network.' % issuer
    txt = """Hi %s,

%s

%s
%s
Accept your badge: https://www.credly.com/earner/earned/badge/%s

Why accept? Verified badges let employers and peers see exactly what you did to earn them.

Questions? Visit https://support.credly.com

Credly, a Pearson company | 1 East 28th St, New York, NY 10016
Manage notification settings: https://www.credly.com/earner/settings/notifications
""" % (name, intro, badge, extra_txt, badge_id)
    html = """<table role="presentation" width="100%%" style="background:#f5f5f5"><tr><td align="center">
<table role="presentation" width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></td></tr>
<tr><td style="padding:0 24px"><p>Hi %s,</p><p>%s</p>
<p style="font-size:18px;font-weight:bold">%s</p>%s
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">Credly, a Pearson company &middot; 1 East 28th St, New York, NY 10016<br>
<a href="https://www.credly.com/earner/settings/notifications">Manage notification settings</a></td></tr>
</table></td></tr></table>""" % (name, intro, badge, extra_html, badge_id)
    return txt, html_wrap(html)


d = dt('2025-06-10 14:02:11')
s = credly_sender(d)
badge_id = str(uuid.UUID(int=rnd.getrandbits(128)))
txt, html = credly_badge_mail('Kenji', 'AWS Certified Developer \u2013 Associate', badge_id)
body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'), boundary='--==_mimepart_%s_%d' % (hexr(13), rnd.randint(10000, 99999)))
add('credly-new-badge-developer', 'credly_badge_issued', 'en', None, [], True,
    assemble(body, rx_gmail(d, KENJI, s, 'credly.com', policy_='p=REJECT sp=REJECT dis=NONE'),
             sender_hdrs(s) + [('Date', rfc(d)), ('From', addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')),
                               ('Reply-To', 'support@credly.com'), ('To', KENJI), ('Message-ID', credly_msgid(d)),
                               ('Subject', 'Amazon Web Services Training and Certification sent you a new badge')] + s['extra']))


# ---------------------------------------------------------------- thread 3: 佐藤 美咲 (ja, biglobe, console case)
T3_OPEN = dt('2025-07-22 06:30:12')
T3 = case15(T3_OPEN, '00377')
MISAKI = 'msato.1990@kfa.biglobe.ne.jp'
T3_TITLE = '認定アカウントの統合について'


def rx_biglobe(d, s, from_dom, **kw):
    return rx_jp(d, MISAKI, s, from_dom, 'mta-ib07.mail.biglobe.ne.jp', 'mx.kfa.biglobe.ne.jp', **kw)


T3_N1 = """お客様

AWS サポートケース %s に新しい返信が追加されました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス

返信の内容を確認し、回答するには、AWS サポートセンターでケースを開いてください。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールアドレスは送信専用のため、ご返信いただいてもお答えできません。

Amazon Web Services

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。
""" % (T3, T3, T3_TITLE, T3)
d = dt('2025-07-23 03:12:55')
s = ses_sender(d)
body = alt(part(T3_N1, cte='base64'), part(html_wrap(p2html(T3_N1).replace(
    'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja' % T3,
    '<a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">サポートセンターでケースを表示</a>' % T3), 'ja'), 'html', cte='base64'))
add('case-atarashii-henshin', 'support_reply', 'ja', T3, [], True,
    assemble(body, rx_biglobe(d, s, 'amazon.com'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, NOREPLY)), ('To', MISAKI),
                               ('Subject', ew('[Case %s] 新しい返信が追加されました' % T3, 'utf-8')),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 012 chaser from agent
T3_M2 = """佐藤 様

AWS サポートの高橋です。

7月23日にお送りした確認事項（今後お使いになる受験者 ID と、AWS20381157 と AWS22904436 それぞれのご登録メールアドレス）について、まだご返信を確認できておりませんでしたので、あらためてご連絡いたしました。

引き続きサポートが必要な場合は、サポートセンターから本ケースにご返信ください。
7日以内にご返信がない場合、本ケースはクローズさせていただきます。クローズ後であっても、ケースを再開いただくことは可能です。

よろしくお願いいたします。

高橋
Amazon Web Services

======================================
このやり取りについてのご意見をお聞かせください。評価はこちらから:
https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja
======================================
""" % T3
d = dt('2025-07-30 04:45:18')
s = ses_sender(d)
body = alt(part(T3_M2, cte='quoted-printable'), part(html_wrap(p2html(T3_M2), 'ja'), 'html', cte='quoted-printable'))
add('go-henshin-itadaite-orimasen', 'support_reply', 'ja', T3, ['AWS20381157', 'AWS22904436'], True,
    assemble(body, rx_biglobe(d, s, 'amazon.com'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, NOREPLY)), ('To', MISAKI),
                               ('Subject', ew('RE:[CASE %s] %s' % (T3, T3_TITLE), 'utf-8')),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 013 closure after no reply + survey (iso-2022-jp text, utf-8 html)
T3_M3 = """お客様

ケース %s（%s）について、一定期間ご返信をいただけなかったため、クローズいたしました。

引き続きお手伝いが必要な場合は、クローズから14日以内であれば、サポートセンターからケースを再開していただけます。

今後のサービス向上のため、今回のサポートに関する簡単なアンケートにご協力をお願いいたします（所要時間は1分ほどです）。
https://console.aws.amazon.com/support/survey?displayId=%s&language=ja

Amazon Web Services
""" % (T3, T3_TITLE, T3)
T3_M3_HTML = html_wrap("""<p>お客様</p>
<p>ケース %s（%s）について、一定期間ご返信をいただけなかったため、クローズいたしました。</p>
<p>引き続きお手伝いが必要な場合は、クローズから14日以内であれば、サポートセンターからケースを再開していただけます。</p>
<p>今後のサービス向上のため、今回のサポートに関する簡単なアンケートにご協力をお願いいたします。</p>
<p style="font-weight:bold">今回のサポートに満足されましたか？</p>
<p><a href="https://console.aws.amazon.com/support/survey?displayId=%s&amp;r=5&amp;language=ja">とても満足</a> ｜
<a href="https://console.aws.amazon.com/support/survey?displayId=%s&amp;r=3&amp;language=ja">どちらでもない</a> ｜
<a href="https://console.aws.amazon.com/support/survey?displayId=%s&amp;r=1&amp;language=ja">不満</a></p>
<p>Amazon Web Services</p>""" % (T3, T3_TITLE, T3, T3, T3), 'ja')
d = dt('2025-08-06 05:01:02')
s = ses_sender(d)
body = alt(part(T3_M3, charset='iso-2022-jp', cte='7bit'), part(T3_M3_HTML, 'html', cte='base64'))
add('henshin-nashi-close-anketo', 'survey', 'ja', T3, [], True,
    assemble(body, rx_biglobe(d, s, 'amazon.com'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, NOREPLY)), ('To', MISAKI),
                               ('Subject', ew('Amazon Web Services: ケース %s はクローズされました' % T3, 'iso-2022-jp')),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# ---------------------------------------------------------------- thread 4: Tomás Herrera (en, corporate O365)
T4_OPEN = dt('2025-09-03 13:20:05')
T4 = case15(T4_OPEN, '00951')
TOMAS = 'tomas.herrera@northwind-analytics.com'
T4_SUBJ = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T4
SIG_LM = 'Kind regards,\nLuc\u00eda M.\nAmazon Web Services \u2013 Training and Certification Support'

T4_M1 = """Hi Tom\u00e1s,

Following your go-ahead on Friday, our team has finished working on your candidate profiles. AWS03300917 is now your only active profile and it carries the full history from AWS08812456, which has been retired.

A few things worth checking when you have a moment:
- Sign in with tomas.herrera@northwind-analytics.com and confirm that all four certifications appear under "Certifications".
- The 50%% exam discount you earned with the Solutions Architect \u2013 Professional exam should now be listed under "Benefits".
- Credly badges are re-issued separately and can take up to five business days to arrive.

If anything looks off, just reply here and I'll take a look.

%s
""" % SIG_LM
d = dt('2025-09-08 15:33:40')
s = ses_sender(d)
body = part(T4_M1, cte='quoted-printable')
add('only-active-profile-now', 'merge_completed', 'en', T4, ['AWS03300917', 'AWS08812456'], True,
    assemble(body, rx_o365(d, TOMAS, s, 'amazon.com', tenant_host='PH0PR11MB'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', TOMAS), ('Subject', T4_SUBJ),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 015 agent chasing Credly, user's complaint quoted
T4_USER = """Hi Luc\u00eda,

It's been a week and my Credly wallet still only shows the Cloud Practitioner badge. The SA Pro, DevOps Engineer Pro and Security Specialty badges are still sitting on the Credly account tied to my old address (the one from AWS08812456). Is there anything I need to do on my end?

Thanks,
Tom\u00e1s"""
T4_M2 = """Hi Tom\u00e1s,

Thanks for letting me know, and sorry for the extra wait.

The certification records themselves are in the right place, so this is on the badge side. I've raised it with our Credly operations contact and asked them to move the three badges over to the Credly account that uses tomas.herrera@northwind-analytics.com. You don't need to start anything in Credly yourself \u2014 please don't use Credly's own account-combining tool in the meantime, as it can make the transfer harder to trace.

I'll come back to you as soon as they confirm.

%s

From: Tom\u00e1s Herrera <tomas.herrera@northwind-analytics.com>
Sent: Friday, September 12, 2025 10:02
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: %s

%s
""" % (SIG_LM, T4_SUBJ, T4_USER)
d = dt('2025-09-12 19:27:14')
s = ses_sender(d)
body = part(T4_M2, cte='quoted-printable')
add('raised-with-credly-team', 'support_reply', 'en', T4, [], True,
    assemble(body, rx_o365(d, TOMAS, s, 'amazon.com', tenant_host='PH0PR11MB'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', TOMAS), ('Subject', T4_SUBJ),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 016 Credly: badges transferred after the merge
d = dt('2025-09-15 17:05:29')
s = credly_sender(d)
bl = ['AWS Certified Solutions Architect \u2013 Professional', 'AWS Certified DevOps Engineer \u2013 Professional', 'AWS Certified Security \u2013 Specialty']
ids3 = [str(uuid.UUID(int=rnd.getrandbits(128))) for _ in bl]
txt = """Hi Tom\u00e1s,

Good news! At the request of Amazon Web Services Training and Certification, the following badges have been transferred to this Credly account:

%s

Each badge keeps its original issue date. Accept them to show them on your public profile:
%s

Questions? Visit https://support.credly.com

Credly, a Pearson company | 1 East 28th St, New York, NY 10016
""" % ('\n'.join('  * ' + b for b in bl), '\n'.join('  https://www.credly.com/earner/earned/badge/' + i for i in ids3))
html = html_wrap("""<table role="presentation" width="560" align="center" style="font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></td></tr>
<tr><td style="padding:0 24px"><p>Hi Tom&aacute;s,</p>
<p>Good news! At the request of Amazon Web Services Training and Certification, the following badges have been transferred to this Credly account:</p>
%s
<p>Each badge keeps its original issue date.</p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">Credly, a Pearson company &middot; 1 East 28th St, New York, NY 10016</td></tr></table>""" % '\n'.join(
    '<p><b>%s</b><br><a href="https://www.credly.com/earner/earned/badge/%s" style="color:#ff6b00">Accept your badge</a></p>' % (b, i) for b, i in zip(bl, ids3)))
body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'), boundary='--==_mimepart_%s_%d' % (hexr(13), rnd.randint(10000, 99999)))
add('credly-three-badges-transferred', 'credly_badge_issued', 'en', None, [], True,
    assemble(body, rx_o365(d, TOMAS, s, 'credly.com', tenant_host='PH0PR11MB'),
             sender_hdrs(s) + [('Date', rfc(d)), ('From', addr('Credly', 'admin@credly.com')), ('Reply-To', 'support@credly.com'),
                               ('To', TOMAS), ('Message-ID', credly_msgid(d)),
                               ('Subject', 'Your badges from Amazon Web Services Training and Certification have been moved')] + s['extra']))

# 017 agent follow-up: did the badges show up? will close otherwise
T4_M3 = """Hi Tom\u00e1s,

Just checking in. Our Credly contact tells me the three badges were moved to your current Credly account on 15 September.

Could you confirm they now show in your wallet? If I don't hear back from you within three business days, I'll assume everything is in order and close this case.

%s
""" % SIG_LM
d = dt('2025-09-16 14:10:03')
s = ses_sender(d)
body = part(T4_M3, cte='8bit')
add('checking-in-badges-visible', 'support_reply', 'en', T4, [], True,
    assemble(body, rx_o365(d, TOMAS, s, 'amazon.com', tenant_host='PH0PR11MB'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', TOMAS), ('Subject', T4_SUBJ),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 018 closure after no reply, rating request
T4_M4 = """Hello,

We haven't heard back from you regarding case %s, so we've gone ahead and closed it.

If you still need help with this request, reply to this e-mail within 14 days and the case will be reopened automatically. After that, please submit a new request through the Training and Certification contact form.

How did we do? Rate your experience in under a minute:
https://survey.training.aws/s/cs?c=%s

Thank you for being an AWS Training and Certification customer.

Amazon Web Services
""" % (T4, T4)
d = dt('2025-09-22 16:00:31')
s = ses_sender(d)
body = part(T4_M4, cte='base64')
add('closed-no-response-how-did-we-do', 'survey', 'en', T4, [], True,
    assemble(body, rx_o365(d, TOMAS, s, 'amazon.com', tenant_host='PH0PR11MB'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', TOMAS),
                               ('Subject', '[CASE %s] Your case has been closed' % T4),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))


# ---------------------------------------------------------------- thread 5: 中村 大輔 (ja, corporate O365 JP tenant)
T5_OPEN = dt('2025-10-14 02:05:33')
T5 = case15(T5_OPEN, '00136')
NAKAMURA = 'd.nakamura@kaiho-systems.co.jp'
T5_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T5
SIG_SSK = """よろしくお願いいたします。

佐々木
Amazon Web Services
トレーニングと認定 カスタマーサポート"""

T5_M1_TXT = """中村 大輔 様

AWS トレーニングと認定 カスタマーサポートの佐々木です。
ご依頼いただいた受験者アカウントの一本化について、作業前のご確認をお願いいたします。

  存続アカウント : AWS 21477093 (d.nakamura@kaiho-systems.co.jp)
  統合元アカウント: AWS 16620388 (daisuke.nakamura.1985@gmail.com)

統合元アカウントの受験履歴・認定資格・特典は存続アカウントへ移され、統合元アカウントは閉鎖されます。
実施後は元の状態に戻すことができませんのでご注意ください。

内容にお間違いがなければ、本メールに「同意します」とご返信ください。ご返信を確認したのち、作業を開始いたします。

%s
""" % SIG_SSK
T5_M1_HTML = html_wrap("""<p>中村 大輔 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの佐々木です。<br>
ご依頼いただいた受験者アカウントの一本化について、作業前のご確認をお願いいたします。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th style="background:#f2f3f3">存続アカウント</th><td>AWS21477093</td><td>d.nakamura@kaiho-systems.co.jp</td></tr>
<tr><th style="background:#f2f3f3">統合元アカウント</th><td>AWS16620388</td><td>daisuke.nakamura.1985@gmail.com</td></tr>
</table>
<p>統合元アカウントの受験履歴・認定資格・特典（次回受験の 50% 割引バウチャーを含みます）は存続アカウントへ移され、統合元アカウントは閉鎖されます。<br>
<b>実施後は元の状態に戻すことができません。</b></p>
<p>また、Credly のデジタルバッジは作業完了後に別途再発行されます。</p>
<p>内容にお間違いがなければ、本メールに「同意します」とご返信ください。ご返信を確認したのち、作業を開始いたします。</p>
<p>よろしくお願いいたします。</p>
<p>佐々木<br>Amazon Web Services<br>トレーニングと認定 カスタマーサポート</p>""", 'ja')
d = dt('2025-10-16 04:18:27')
s = ses_sender(d)
body = alt(part(T5_M1_TXT, cte='quoted-printable'), part(T5_M1_HTML, 'html', cte='base64'))
add('ipponka-sagyou-mae-kakunin', 'merge_confirmation_requested', 'ja', T5, ['AWS16620388', 'AWS21477093'], True,
    assemble(body, rx_o365(d, NAKAMURA, s, 'amazon.com', tenant_host='TYCPR01MB'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', NAKAMURA), ('Subject', T5_SUBJ),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 020 thank you, proceeding (no ids in new text; user's reply and the request below without quote marks)
T5_M2 = """中村様

ご確認いただき、ありがとうございます。
ご了承いただいた内容で、担当部署へ作業を依頼いたしました。作業が終わり次第、本ケースにてご連絡いたします。
通常、2～3営業日ほどお時間をいただいております。今しばらくお待ちください。

%s

差出人: 中村 大輔 <d.nakamura@kaiho-systems.co.jp>
送信日時: 2025年10月16日 14:22
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: %s

佐々木様

同意します。
よろしくお願いいたします。

中村

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年10月16日 13:18
宛先: d.nakamura@kaiho-systems.co.jp
件名: %s

%s""" % (SIG_SSK, T5_SUBJ, T5_SUBJ, T5_M1_TXT)
d = dt('2025-10-17 01:02:44')
s = ses_sender(d)
body = part(T5_M2, cte='base64')
add('sagyou-irai-itashimashita', 'support_reply', 'ja', T5, [], True,
    assemble(body, rx_o365(d, NAKAMURA, s, 'amazon.com', tenant_host='TYCPR01MB'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', NAKAMURA), ('Subject', T5_SUBJ),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 021 completion + closure + survey, ISO-2022-JP body and subject
T5_SUBJ_DONE = 'RE: [CASE %s] 【ご報告】受験者アカウント統合の件' % T5
T5_M3 = """中村 大輔 様

お待たせいたしました。
AWS 16620388 に登録されていた受験履歴と認定資格を AWS 21477093 へ統合する作業が完了いたしました。
AWS 16620388 は閉鎖済みのため、今後は d.nakamura@kaiho-systems.co.jp でサインインしてください。

Credly のバッジは、数日以内に同じメールアドレス宛てに届く予定です。

本件はこれにてクローズとさせていただきます。
今回の対応について、よろしければアンケートへのご協力をお願いいたします。
https://survey.training.aws/s/cs?c=%s&lang=ja

%s
""" % (T5, SIG_SSK)
d = dt('2025-10-20 08:44:10')
s = ses_sender(d)
T5_DONE_ID = ses_msgid(d)
body = part(T5_M3, charset='iso-2022-jp', cte='7bit')
add('tougou-kanryou-anketo', 'merge_completed', 'ja', T5, ['AWS16620388', 'AWS21477093'], True,
    assemble(body, rx_o365(d, NAKAMURA, s, 'amazon.com', tenant_host='TYCPR01MB'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', NAKAMURA),
                               ('Subject', ew(T5_SUBJ_DONE, 'iso-2022-jp', maxlen=64)),
                               ('Date', rfc(d)), ('Message-ID', T5_DONE_ID)] + s['extra']))

# 022 user forwards the completion to a colleague (internal mail, no Authentication-Results)
YAMADA = 'k.yamada@kaiho-systems.co.jp'
T5_FWD = """山田さん

お疲れさまです。中村です。
先日ご相談した AWS 認定のアカウントの件、AWS から完了の連絡が来ました。
資格管理台帳の受験者IDを AWS21477093 に更新していただけますでしょうか。

以下、AWS からのメールです。

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, October 20, 2025 5:44 PM
To: 中村 大輔 <d.nakamura@kaiho-systems.co.jp>
Subject: %s

%s""" % (T5_SUBJ_DONE, T5_M3)
d = dt('2025-10-20 09:31:05')
srv = 'TYCPR01MB%d.jpnprd01.prod.outlook.com' % rnd.randint(10000, 16999)
body = part(T5_FWD, cte='base64')
add('fw-kanryou-renraku-daichou', 'unrelated', 'ja', T5, ['AWS21477093'], None,
    assemble(body, [('Received', 'from %s (2603:1096:400:%s::%s) by\n %s with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9253.12 via\n Mailbox Transport; %s' % (srv, hexr(3), hexr(2), srv, rfc(d + timedelta(seconds=1)))),
                     ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
                     ('X-MS-Exchange-Organization-AuthMechanism', '04'),
                     ('X-MS-Exchange-Organization-SCL', '-1')],
             [('From', addr('中村 大輔', NAKAMURA, 'iso-2022-jp')), ('To', addr('山田 健一', YAMADA, 'iso-2022-jp')),
              ('Subject', ew('FW: ' + T5_SUBJ_DONE, 'utf-8', maxlen=60)),
              ('Thread-Topic', ew('FW: ' + T5_SUBJ_DONE, 'utf-8', maxlen=60)),
              ('Thread-Index', 'AQHcQa' + b64r(20)),
              ('Date', rfc(d, JST)), ('Message-ID', '<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (rnd.randint(10000, 16999), hexr(16).upper(), rnd.randint(10000, 16999))),
              ('References', T5_DONE_ID), ('In-Reply-To', T5_DONE_ID), ('Content-Language', 'ja-JP')]))

# ---------------------------------------------------------------- thread 6: Emily Carter (en, gmail, console case)
T6_OPEN = dt('2025-11-04 17:42:09')
T6 = case15(T6_OPEN, '00588')
EMILY = 'emily.carter.cloud@gmail.com'
T6_TITLE = 'Combine two certification profiles'
CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

%s
Amazon Web Services

====================================================================
Learn to use AWS Support Center: https://docs.aws.amazon.com/awssupport/latest/user/getting-started.html

To see all the replies, please visit the Support Center (correspondence can only be seen via the Support Center):
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To respond to this case, please follow the link above to respond from your AWS Support Center.
====================================================================

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/

AWS Documentation:
https://docs.aws.amazon.com/

AWS Training and Certification:
https://aws.amazon.com/training/

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

T6_C = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I have two certification profiles, one created with my university e-mail when I took Cloud Practitioner and one with my personal address for the Solutions Architect Associate. I'd like them combined so everything is in one place. Thanks!

We will respond to you as soon as possible. You can view your case and add correspondence at:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above.

Best regards,
Amazon Web Services
""" % (T6, T6, T6_TITLE, T6)
d = T6_OPEN + timedelta(seconds=6)
s = ses_sender(d)
body = part(T6_C, cte='7bit')
add('console-new-support-case', 'case_created', 'en', T6, [], True,
    assemble(body, rx_gmail(d, EMILY, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', 'Amazon Web Services: You have opened a new Support case: %s' % T6),
                               ('From', addr(AWS_NAME, NOREPLY)), ('To', EMILY),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 024 agent asks which profile to keep
T6_M1 = """Hello Emily,

Thank you for your patience. My name is Daniel and I'm with AWS Training and Certification support.

I located two candidate profiles associated with you:

- aws-05566120, registered to ecarter@stu.lakeview.edu
- AWS 09113478, registered to emily.carter.cloud@gmail.com

Before anything can be set in motion I need to know which of these you'd like to keep as your primary profile. Most customers keep the one tied to an address they'll have long-term access to, since that is where recertification reminders are sent. Please also let me know whether you still have access to the university mailbox.

Please reply through the Support Center with the candidate ID you want to keep.
""" + CONSOLE_FOOT % ('Best regards,\nDaniel R.', T6)
d = dt('2025-11-05 16:08:51')
s = ses_sender(d)
body = alt(part(T6_M1, cte='quoted-printable'), part(html_wrap(p2html(T6_M1)), 'html', cte='quoted-printable'))
add('which-profile-to-keep', 'support_reply', 'en', T6, ['AWS05566120', 'AWS09113478'], True,
    assemble(body, rx_gmail(d, EMILY, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', 'RE:[CASE %s] %s' % (T6, T6_TITLE)),
                               ('From', addr(AWS_NAME, NOREPLY)), ('To', EMILY),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 025 confirmation request, HTML only
T6_M2 = """<p>Hello Emily,</p>
<p>Thanks for letting me know you'd like to keep <b>AWS09113478</b>. Before I ask our team to act on it, please look over the summary below:</p>
<table cellpadding="6" style="border:1px solid #aab7b8;border-collapse:collapse">
<tr><td style="border:1px solid #aab7b8">Primary profile (kept)</td><td style="border:1px solid #aab7b8">AWS09113478 &ndash; emily.carter.cloud@gmail.com</td></tr>
<tr><td style="border:1px solid #aab7b8">Secondary profile (absorbed, then closed)</td><td style="border:1px solid #aab7b8">AWS05566120 &ndash; ecarter@stu.lakeview.edu</td></tr>
</table>
<p>This step is permanent: once the secondary profile has been absorbed, we are not able to split the two profiles apart again.</p>
<p>If the summary is right, please reply in the Support Center with &ldquo;I confirm&rdquo;. If not, tell me what needs to change and I&rsquo;ll update it.</p>
<p>We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.</p>
<p>Best regards,<br>Daniel R.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">To see all the replies, please visit the Support Center (correspondence can only be seen via the Support Center):<br>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a></p>
<p style="font-size:12px">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>""" % (T6, T6)
d = dt('2025-11-06 17:15:02')
s = ses_sender(d)
body = part(html_wrap(T6_M2), 'html', cte='quoted-printable')
add('summary-before-we-act', 'merge_confirmation_requested', 'en', T6, ['AWS05566120', 'AWS09113478'], True,
    assemble(body, rx_gmail(d, EMILY, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', 'RE:[CASE %s] %s' % (T6, T6_TITLE)),
                               ('From', addr(AWS_NAME, NOREPLY)), ('To', EMILY),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 026 completion without the word merge
T6_M3 = """Hello Emily,

Thanks for confirming. Our certification operations team has now consolidated your records: the exams and credentials from your secondary profile are listed under AWS09113478, and the duplicate profile is inactive. You can keep signing in with emily.carter.cloud@gmail.com as before.

Your Credly badges should be re-issued to the same address within the next few days.
""" + CONSOLE_FOOT % ('Best regards,\nDaniel R.', T6)
d = dt('2025-11-07 21:40:36')
s = ses_sender(d)
body = part(T6_M3, cte='quoted-printable')
add('records-consolidated-duplicate-inactive', 'merge_completed', 'en', T6, ['AWS09113478'], True,
    assemble(body, rx_gmail(d, EMILY, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', 'RE:[CASE %s] %s' % (T6, T6_TITLE)),
                               ('From', addr(AWS_NAME, NOREPLY)), ('To', EMILY),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 027 Credly badge issued after merge
d = dt('2025-11-09 02:13:48')
s = credly_sender(d)
bid = str(uuid.UUID(int=rnd.getrandbits(128)))
txt, html = credly_badge_mail('Emily', 'AWS Certified Cloud Practitioner', bid,
                              intro='Amazon Web Services Training and Certification has issued you a badge for AWS Certified Cloud Practitioner. Claim it now to add it to your Credly profile.',
                              extra_txt='Issued: November 9, 2025 | Expires: March 14, 2027\n',
                              extra_html='<p style="color:#777">Issued: November 9, 2025 &middot; Expires: March 14, 2027</p>')
body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'), boundary='--==_mimepart_%s_%d' % (hexr(13), rnd.randint(10000, 99999)))
add('claim-cloud-practitioner-badge', 'credly_badge_issued', 'en', None, [], True,
    assemble(body, rx_gmail(d, EMILY, s, 'credly.com', policy_='p=REJECT sp=REJECT dis=NONE'),
             sender_hdrs(s) + [('Date', rfc(d)), ('From', addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')),
                               ('Reply-To', 'support@credly.com'), ('To', EMILY), ('Message-ID', credly_msgid(d)),
                               ('Subject', 'Claim your AWS Certified Cloud Practitioner badge')] + s['extra']))

# 028 Credly expiry reminder (unrelated)
d = dt('2026-01-20 15:30:00')
s = credly_sender(d)
txt = """Hi Emily,

Your AWS Certified Solutions Architect \u2013 Associate badge from Amazon Web Services Training and Certification expires on April 21, 2026.

To keep your badge active, complete the recertification requirements before it expires. Once you recertify, Amazon Web Services Training and Certification will issue you an updated badge.

View badge: https://www.credly.com/badges/%s

Credly, a Pearson company | 1 East 28th St, New York, NY 10016
Unsubscribe from badge expiration reminders: https://www.credly.com/earner/settings/notifications
""" % uuid.UUID(int=rnd.getrandbits(128))
body = alt(part(txt, cte='quoted-printable'), part(html_wrap(p2html(txt)), 'html', cte='quoted-printable'), boundary='--==_mimepart_%s_%d' % (hexr(13), rnd.randint(10000, 99999)))
add('credly-badge-expires-in-90-days', 'unrelated', 'en', None, [], True,
    assemble(body, rx_gmail(d, EMILY, s, 'credly.com', policy_='p=REJECT sp=REJECT dis=NONE'),
             sender_hdrs(s) + [('Date', rfc(d)), ('From', addr('Credly', 'admin@credly.com')),
                               ('To', EMILY), ('Message-ID', credly_msgid(d)),
                               ('Subject', 'Your badge expires in 90 days')] + s['extra']))


# ---------------------------------------------------------------- thread 7: 山本 結衣 (ja, yahoo.co.jp, form case)
T7_OPEN = dt('2025-12-01 00:48:51')
T7 = case15(T7_OPEN, '00703')
YUI = 'yui_yamamoto88@yahoo.co.jp'


def rx_yahoo(d, s, from_dom, **kw):
    return rx_jp(d, YUI, s, from_dom, 'mta%d.mail.kks.yahoo.co.jp' % rnd.randint(5000, 5099), 'mx.mail.yahoo.co.jp', style='yahoo', **kw)


T7_C = """山本 結衣 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース番号：%s
お問い合わせの種類：認定
詳細：アカウント統合

担当者が内容を確認のうえ、原則として24時間以内にご連絡いたします。
追加の情報がございましたら、このメールにそのままご返信ください。
同じ内容で新たにフォームを送信されますと、回答が遅れる場合がございます。

Amazon Web Services
トレーニングと認定 カスタマーサポート
""" % T7
d = T7_OPEN + timedelta(seconds=14)
s = ses_sender(d)
body = part(T7_C, charset='shift_jis', cte='8bit', label='Shift_JIS')
add('uketsuke-shimashita', 'case_created', 'ja', T7, [], True,
    assemble(body, rx_yahoo(d, s, 'amazon.com'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', YUI),
                               ('Subject', '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T7),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 030 agent, 8 days later, asks for more info
T7_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T7
T7_M1 = """山本 結衣 様

AWS トレーニングと認定 カスタマーサポートの小川です。
ご連絡が大変遅くなり、申し訳ございません。現在お問い合わせが集中しており、ご返答までにお時間をいただいておりました。

いただいた受験者 ID（aws30418862 / aws27750134）について確認を進めるにあたり、以下をお知らせいただけますでしょうか。

・それぞれのアカウントにサインインする際のメールアドレス
・今後お使いになるアカウントの受験者 ID
・二つのアカウントができてしまった経緯（わかる範囲で結構です）

恐れ入りますが、本メールへのご返信でお送りください。
なお、同じ内容で別のお問い合わせを作成されますと、対応が重複しさらにお時間をいただくことになりますので、ご遠慮いただけますと幸いです。

よろしくお願いいたします。

小川
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
d = dt('2025-12-09 06:22:40')
s = ses_sender(d)
body = part(T7_M1, cte='quoted-printable')
add('osokunari-tsuika-jouhou', 'support_reply', 'ja', T7, ['AWS27750134', 'AWS30418862'], True,
    assemble(body, rx_yahoo(d, s, 'amazon.com'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', YUI), ('Subject', T7_SUBJ),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 031 phishing look-alike confirmation request
T7_PH = """山本 結衣 様

AWS トレーニングと認定です。
お客様からご依頼のあった認定アカウントの統合について、最終承認が完了しておりません。

統合対象：AWS30418862 ほか1件

下記のリンクから AWS 認定アカウントにサインインし、統合内容を承認してください。
https://aws-certification-jp.com/account/merge/approve?u=yui_yamamoto88

※48時間以内に承認が確認できない場合、両方のアカウントの認定資格が一時的に無効となります。
※統合は一度実施すると取り消すことができません。

AWS トレーニングと認定 サポートセンター
"""
d = dt('2025-12-10 11:03:57')
ph = generic_sender(d, 'support@aws-certification-jp.com', '103.152.118.44', 'vps-118-44.kagoya-host.example.net', 'aws-certification-jp.com')
body = alt(part(T7_PH, cte='base64'), part(html_wrap(p2html(T7_PH).replace(
    'https://aws-certification-jp.com/account/merge/approve?u=yui_yamamoto88',
    '<a href="https://aws-certification-jp.com/account/merge/approve?u=yui_yamamoto88" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">統合を承認する</a>'), 'ja'), 'html', cte='base64'))
add('tougou-shounin-onegai-lookalike', 'merge_confirmation_requested', 'ja', None, ['AWS30418862'], False,
    assemble(body, rx_yahoo(d, ph, 'aws-certification-jp.com'),
             sender_hdrs(ph) + [('From', addr('AWS トレーニングと認定', 'support@aws-certification-jp.com', 'utf-8')), ('To', YUI),
                                ('Subject', ew('【重要】認定アカウント統合の最終承認のお願い', 'utf-8')),
                                ('Date', rfc(d, JST)), ('Message-ID', '<%s.%d@aws-certification-jp.com>' % (hexr(20), int(d.timestamp())))]))

# 032 genuine completion, labelled Shift_JIS but containing cp932-only characters
T7_M2 = """山本 結衣 様

AWS トレーニングと認定 カスタマーサポートの小川です。
ご返信いただいた内容にもとづき作業を行い、AWS27750134 の受験履歴・認定資格をすべて AWS30418862 に移行いたしました。

① 今後は yui_yamamoto88@yahoo.co.jp でサインインしてください。
② 旧アカウント（AWS27750134）は利用できなくなっております。
③ Credly のバッジは1～3営業日ほどで新しいアカウント宛てに届きます。

なお、最近 AWS を装って「統合の承認」を求めるメールが確認されております。弊社からリンク先でのサインインや承認をお願いすることはございませんので、ご注意ください。

ほかにご不明な点がございましたら、本メールにご返信ください。

小川
Amazon Web Services
トレーニングと認定 カスタマーサポート
"""
d = dt('2025-12-12 02:50:19')
s = ses_sender(d)
body = part(T7_M2, charset='cp932', cte='8bit', label='Shift_JIS')
add('ikou-kanryou-sjis-cp932', 'merge_completed', 'ja', T7, ['AWS27750134', 'AWS30418862'], True,
    assemble(body, rx_yahoo(d, s, 'amazon.com'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', YUI), ('Subject', T7_SUBJ),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 033 survey, HTML only
T7_SV = """<div style="max-width:600px;margin:0 auto;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif">
<div style="background:#232f3e;color:#fff;padding:14px 20px;font-size:16px">AWS トレーニングと認定</div>
<div style="padding:20px">
<p>山本 結衣 様</p>
<p>先日はお問い合わせいただき、ありがとうございました。<br>
ケース %s は解決済みとなりました。</p>
<p>今後のサポート品質向上のため、1分程度のアンケートにご協力いただけますと幸いです。</p>
<p style="font-weight:bold">今回のお問い合わせは解決しましたか？</p>
<p><a href="https://survey.training.aws/s/cs?c=%s&amp;r=yes&amp;lang=ja" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none">はい</a>　
<a href="https://survey.training.aws/s/cs?c=%s&amp;r=no&amp;lang=ja" style="background:#eaeded;color:#000;padding:8px 22px;text-decoration:none">いいえ</a></p>
<p style="font-size:12px;color:#687078">このメールは送信専用アドレスから送信されています。</p>
</div></div>""" % (T7, T7, T7)
d = dt('2025-12-12 02:52:03')
s = ses_sender(d)
body = part(html_wrap(T7_SV, 'ja'), 'html', cte='base64')
add('anketo-go-kyouryoku', 'survey', 'ja', T7, [], True,
    assemble(body, rx_yahoo(d, s, 'amazon.com'),
             sender_hdrs(s) + [('From', addr('AWS トレーニングと認定', NOREPLY, 'utf-8')), ('To', YUI),
                               ('Subject', ew('アンケートのお願い：AWS トレーニングと認定 サポート（ケース %s）' % T7, 'utf-8', maxlen=70)),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# ---------------------------------------------------------------- thread 8: Marcus Lee (en, gmail)
T8_OPEN = dt('2026-01-12 20:11:37')
T8 = case15(T8_OPEN, '01045')
MARCUS = 'marcus.lee.sre@gmail.com'
T8_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T8
T8_M1 = """Hi Marcus,

A quick update on your request: it's still with our records team. One of the two profiles (AWS29018846) has an exam appointment on file, so they are checking with our testing partner before anything is moved, to make sure the booking isn't lost.

This usually adds two to three business days. There's nothing you need to do right now; I'll write again as soon as I have news.

Thanks for your patience,
Aisha B.
Amazon Web Services
Training and Certification Customer Support
"""
d = dt('2026-01-14 18:27:40')
s = ses_sender(d)
body = part(T8_M1, charset='us-ascii', cte='7bit')
add('still-with-records-team', 'support_reply', 'en', T8, ['AWS29018846'], True,
    assemble(body, rx_gmail(d, MARCUS, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', T8_SUBJ), ('From', addr(AWS_NAME, FORM)), ('To', MARCUS),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 035 spoofed amazon.com, dmarc=fail at the top, forged pass lower down
FAKE_CASE = '176827440900217'
T8_PH = """Hello,

We are ready to merge your AWS Certification accounts. Because this operation is permanent, we need you to confirm the accounts listed below before we continue.

  Account to keep: AWS33851207
  Account to be merged: (see secure portal)

To confirm, sign in with your AWS Certification credentials at the secure portal below within 24 hours:

  https://aws-training-verify.com/certmetrics/confirm?case=%s

If we do not receive your confirmation, the request will be cancelled and your certifications may be suspended until the duplicate is resolved.

Best regards,
AWS Training and Certification Support
""" % FAKE_CASE
d = dt('2026-01-15 07:44:12')
ph = generic_sender(d, 'bounce@mail-delivery-svc.top', '45.137.21.9', 'srv21-9.hostvds.example', None)
forged = 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'
rx = rx_gmail(d, MARCUS, ph, 'amazon.com', dmarc='fail', spf='softfail')
rx = [(k, v.replace('dkim=pass header.i=@None header.s=None header.b=', '')) for k, v in rx]
body = alt(part(T8_PH, cte='quoted-printable'), part(html_wrap(p2html(T8_PH)), 'html', cte='quoted-printable'))
add('confirm-within-24h-spoofed', 'merge_confirmation_requested', 'en', FAKE_CASE, ['AWS33851207'], False,
    assemble(body, rx,
             [('Authentication-Results', forged),
              ('Subject', 'RE:[CASE %s] Action required: confirm your AWS Certification account merge' % FAKE_CASE),
              ('From', addr(AWS_NAME, FORM)), ('Reply-To', 'cert-support@aws-training-verify.com'), ('To', MARCUS),
              ('Date', rfc(d)), ('Message-ID', '<%s@mail-delivery-svc.top>' % uuid.UUID(int=rnd.getrandbits(128)))]))

# 036 completion + rating; text/plain is a placeholder, html carries the content
T8_DONE_HTML = """<p>Hi Marcus,</p>
<p>Good news: the consolidation you approved has been carried out. <b>AWS29018846</b> has been folded into <b>AWS33851207</b>, including the exam appointment that was on file &mdash; it now appears under your remaining profile with the same date and test centre.</p>
<p>Please allow up to five business days for Credly to re-issue your badges to marcus.lee.sre@gmail.com.</p>
<p>Since everything is in place, this case will now be closed.</p>
<table style="margin-top:18px;border-top:1px solid #d5dbdb"><tr><td style="padding-top:12px">
<b>How did we do?</b><br>
<a href="https://survey.training.aws/s/cs?c=%s&amp;s=great">&#128512; Great</a> &nbsp;
<a href="https://survey.training.aws/s/cs?c=%s&amp;s=ok">&#128528; OK</a> &nbsp;
<a href="https://survey.training.aws/s/cs?c=%s&amp;s=poor">&#128542; Poor</a></td></tr></table>
<p>Thanks,<br>Aisha B.<br>Amazon Web Services<br>Training and Certification Customer Support</p>""" % (T8, T8, T8)
T8_DONE_TXT = """This message contains formatted content. If it does not display correctly, please view it in an HTML-capable e-mail client.

Case %s

Amazon Web Services
Training and Certification Customer Support
""" % T8
d = dt('2026-01-16 22:05:09')
s = ses_sender(d)
body = alt(part(T8_DONE_TXT, charset='us-ascii', cte='7bit'), part(html_wrap(T8_DONE_HTML), 'html', cte='quoted-printable'))
add('consolidation-carried-out-how-did-we-do', 'merge_completed', 'en', T8, ['AWS29018846', 'AWS33851207'], True,
    assemble(body, rx_gmail(d, MARCUS, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', T8_SUBJ), ('From', addr(AWS_NAME, FORM)), ('To', MARCUS),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 037 Credly badge, delivered to a small self-hosted mailbox without Authentication-Results
MARCUS2 = 'marcus@leefamily.net'
d = dt('2026-01-18 09:12:30')
s = credly_sender(d)
bid = str(uuid.UUID(int=rnd.getrandbits(128)))
txt, html = credly_badge_mail('Marcus', 'AWS Certified Machine Learning Engineer \u2013 Associate', bid,
                              intro='Following an update to your AWS Certification profile, Amazon Web Services Training and Certification has re-issued the badge below to this e-mail address. It is ready for you to accept.')
body = alt(part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable'), boundary='--==_mimepart_%s_%d' % (hexr(13), rnd.randint(10000, 99999)))
rcv = (d + timedelta(seconds=4))
add('badge-reissued-ready-to-accept', 'credly_badge_issued', 'en', None, [], None,
    assemble(body, [('Return-Path', '<%s>' % s['envfrom']),
                    ('X-Original-To', MARCUS2), ('Delivered-To', MARCUS2),
                    ('Received', 'from %s (%s [%s])\n\tby mail.leefamily.net (Postfix) with ESMTPS id 4dQ7%s\n\tfor <%s>; %s' % (
                        s['helo'], s['host'], s['ip'], hexr(6).upper(), MARCUS2, rfc(rcv)))],
             sender_hdrs(s) + [('Date', rfc(d)), ('From', addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')),
                               ('Reply-To', 'support@credly.com'), ('To', MARCUS2), ('Message-ID', credly_msgid(d)),
                               ('Subject', 'Your badge is ready: AWS Certified Machine Learning Engineer \u2013 Associate')] + s['extra']))


# ---------------------------------------------------------------- thread 9: 小林 翔太 (ja, nifty, console case, 11-digit id)
T9 = '12483920571'
SHOTA = 'shota.kobayashi@nifty.com'
T9_TITLE = 'AWS認定アカウントの統合とCredlyバッジ'


def rx_nifty(d, s, from_dom, **kw):
    return rx_jp(d, SHOTA, s, from_dom, 'mfilter-ib%02d.nifty.com' % rnd.randint(1, 40), 'mx.nifty.com', **kw)


T9_M1 = """小林 様

AWS サポートの藤田です。
お問い合わせいただいていた Credly バッジの件について、現時点の状況をご報告いたします。

CertMetrics 側の認定記録には問題がないことを確認いたしましたが、旧アカウント AWS38800214 に紐づいていた Credly のバッジ3件が、AWS41230985 のメールアドレス宛てにまだ移っておりませんでした。

そのため、現在 Credly 社にバッジの付け替えを依頼しており、先方からの回答を待っている状況です。
回答があり次第、本ケースにてお知らせいたします。お手数ですが、それまでの間、Credly 側でアカウント統合の操作は行わないようお願いいたします。
""" + """
このやり取りを評価するには、AWS サポートセンターで各返信の右上にある星を選択してください。

よろしくお願いいたします。
藤田
Amazon Web Services

====================================================================
すべての返信を確認するには、サポートセンターをご覧ください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールアドレスは送信専用です。ケースへの返信はサポートセンターから行ってください。
====================================================================
""" % T9
d = dt('2026-02-10 05:36:44')
s = ses_sender(d)
body = part(T9_M1, cte='base64')
add('credly-sha-ni-irai-chuu', 'support_reply', 'ja', T9, ['AWS38800214', 'AWS41230985'], True,
    assemble(body, rx_nifty(d, s, 'amazon.com'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, NOREPLY)), ('To', SHOTA),
                               ('Subject', ew('RE:[CASE %s] %s' % (T9, T9_TITLE), 'utf-8')),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 039 Credly in Japanese: badge issued
d = dt('2026-02-13 00:20:15')
s = credly_sender(d)
bid = str(uuid.UUID(int=rnd.getrandbits(128)))
T9_CR = """小林 翔太 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Data Engineer – Associate

バッジを受け取ると、Credly のプロフィールに表示され、SNS などで共有できるようになります。
バッジを受け取る: https://www.credly.com/earner/earned/badge/%s

ご不明な点は https://support.credly.com をご覧ください。

Credly, a Pearson company | 1 East 28th St, New York, NY 10016
通知設定の変更: https://www.credly.com/earner/settings/notifications
""" % bid
T9_CR_HTML = html_wrap("""<table role="presentation" width="560" align="center" style="font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly"></td></tr>
<tr><td style="padding:0 24px"><p>小林 翔太 さん</p>
<p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p>
<p style="font-size:18px;font-weight:bold">AWS Certified Data Engineer &ndash; Associate</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none">バッジを受け取る</a></p></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">Credly, a Pearson company &middot; 1 East 28th St, New York, NY 10016</td></tr></table>""" % bid, 'ja')
body = alt(part(T9_CR, cte='base64'), part(T9_CR_HTML, 'html', cte='base64'), boundary='--==_mimepart_%s_%d' % (hexr(13), rnd.randint(10000, 99999)))
add('credly-badge-hakkou-ja', 'credly_badge_issued', 'ja', None, [], True,
    assemble(body, rx_nifty(d, s, 'credly.com'),
             sender_hdrs(s) + [('Date', rfc(d)), ('From', addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')),
                               ('Reply-To', 'support@credly.com'), ('To', SHOTA), ('Message-ID', credly_msgid(d)),
                               ('Subject', ew('Amazon Web Services Training and Certification から新しいバッジが届いています', 'utf-8'))] + s['extra']))

# 040 closure (user said thanks) + rating, no statement about the merge
T9_M2 = """小林 様

ケース %s（%s）を解決済みとしてクローズいたしました。
ご利用いただき、ありがとうございました。

今回のサポートはいかがでしたか？ 以下のリンクから評価をお寄せください。
★★★★★ https://console.aws.amazon.com/support/feedback?displayId=%s&rating=5&language=ja
★★★☆☆ https://console.aws.amazon.com/support/feedback?displayId=%s&rating=3&language=ja
★☆☆☆☆ https://console.aws.amazon.com/support/feedback?displayId=%s&rating=1&language=ja

ケースを再開する必要がある場合は、サポートセンターからご返信ください。

Amazon Web Services
""" % (T9, T9_TITLE, T9, T9, T9)
d = dt('2026-02-16 03:05:51')
s = ses_sender(d)
body = part(T9_M2, cte='quoted-printable')
add('kaiketsu-zumi-hyouka', 'survey', 'ja', T9, [], True,
    assemble(body, rx_nifty(d, s, 'amazon.com'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, NOREPLY)), ('To', SHOTA),
                               ('Subject', ew('Amazon Web Services: ケース %s は解決済みです' % T9, 'utf-8')),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# ---------------------------------------------------------------- unrelated mail
# 041 AWS billing case (console) for Emily
BILL_OPEN = dt('2025-11-18 23:02:47')
BILL = case15(BILL_OPEN, '00264')
T_BILL = """Hello,

Thank you for your patience while I looked into the charges on your November bill.

The NAT Gateway charges (USD 61.38) came from a NAT Gateway in us-east-1 that was created by a CloudFormation stack on October 29 and was never deleted. As a one-time courtesy I have submitted a credit of USD 61.38 for approval; once approved it will appear on the Credits page of the Billing console within 3-5 business days.

To avoid further charges, please delete the stack or the NAT Gateway itself.
""" + CONSOLE_FOOT % ('Best regards,\nMateo G.', BILL)
d = dt('2025-11-20 17:49:26')
s = ses_sender(d)
body = part(T_BILL, cte='quoted-printable')
add('billing-nat-gateway-credit', 'unrelated', 'en', BILL, [], True,
    assemble(body, rx_gmail(d, EMILY, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', 'RE:[CASE %s] Unexpected NAT Gateway charges on my bill' % BILL),
                               ('From', addr(AWS_NAME, NOREPLY)), ('To', EMILY),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 042 Seller Central: variation merge done (look-alike)
SELLER = '7302158846'
T_SC = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have completed your request to merge the child ASINs B0CX4LQ7TR and B0CX4MN2KD into the existing variation family under parent ASIN B0CX4K9WZP. The updated detail page may take up to 48 hours to display on the website.

If you have additional questions, please reply to this case through Seller Central.

Were we able to resolve your issue? Please let us know by selecting "Yes" or "No" in Seller Central.

Thank you for selling with Amazon,
Jayden
Amazon.com
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s
""" % SELLER
d = dt('2025-10-02 21:14:08')
s = ses_sender(d)
body = part(T_SC, cte='7bit', charset='us-ascii')
add('seller-central-variation-merged', 'unrelated', 'en', SELLER, [], True,
    assemble(body, rx_o365(d, TOMAS, s, 'amazon.com', tenant_host='PH0PR11MB'),
             sender_hdrs(s) + [('From', addr('Amazon Seller Support', 'seller-notification@amazon.com')), ('To', TOMAS),
                               ('Subject', 'RE:[CASE %s] Variation merge request' % SELLER),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 043 GitHub merged notification
d = dt('2026-01-21 23:58:40')
gh = generic_sender(d, 'noreply@github.com', '192.30.252.%d' % rnd.randint(200, 212), 'out-%d.smtp.github.com' % rnd.randint(20, 28), 'github.com', 'pf2023')
T_GH = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lumen-ops/cert-tracker/pull/412#event-%d
You are receiving this because you authored the thread.

Message ID: <lumen-ops/cert-tracker/pull/412/issue_event/%d@github.com>
""" % (rnd.randint(10**10, 2 * 10**10), rnd.randint(10**10, 2 * 10**10))
body = alt(part(T_GH, cte='7bit', charset='UTF-8'), part(html_wrap('<p>Merged <a href="https://github.com/lumen-ops/cert-tracker/pull/412">#412</a> into main.</p><p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/lumen-ops/cert-tracker/pull/412">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>'), 'html', cte='7bit', charset='UTF-8'),
           boundary='--==_mimepart_%s_%d' % (hexr(13), rnd.randint(10000, 99999)))
add('github-pr-412-merged', 'unrelated', 'en', None, [], False,
    assemble(body, rx_gmail(d, MARCUS, gh, 'github.com', policy_='p=REJECT sp=REJECT dis=NONE'),
             sender_hdrs(gh) + [('Date', rfc(d, PST)), ('From', 'Marcus Lee <notifications@github.com>'),
                                ('Reply-To', 'lumen-ops/cert-tracker <reply+AB3XK%s@reply.github.com>' % hexr(20).upper()),
                                ('To', 'lumen-ops/cert-tracker <cert-tracker@noreply.github.com>'), ('Cc', 'Author <author@noreply.github.com>'),
                                ('Message-ID', '<lumen-ops/cert-tracker/pull/412/issue_event/%d@github.com>' % rnd.randint(10**10, 2 * 10**10)),
                                ('In-Reply-To', '<lumen-ops/cert-tracker/pull/412@github.com>'),
                                ('References', '<lumen-ops/cert-tracker/pull/412@github.com>'),
                                ('Subject', 'Re: [lumen-ops/cert-tracker] Merge duplicate candidate records before nightly sync (PR #412)'),
                                ('List-ID', 'lumen-ops/cert-tracker <cert-tracker.lumen-ops.github.com>'),
                                ('X-GitHub-Reason', 'author')]))

# 044 Credly's own account-merge code
d = dt('2025-09-10 12:41:17')
s = credly_sender(d)
T_CM = """Hi Tom\u00e1s,

We received a request to merge another Credly account into the account registered to tomas.herrera@northwind-analytics.com.

Your verification code is: 731 904

Enter this code on the merge page, then click "Complete Account Merge". The code expires in 30 minutes.

If you did not request this, you can ignore this e-mail; no changes will be made.

The Credly Team
"""
body = alt(part(T_CM, cte='quoted-printable'), part(html_wrap(p2html(T_CM)), 'html', cte='quoted-printable'), boundary='--==_mimepart_%s_%d' % (hexr(13), rnd.randint(10000, 99999)))
add('credly-account-merge-code', 'unrelated', 'en', None, [], True,
    assemble(body, rx_o365(d, TOMAS, s, 'credly.com', tenant_host='PH0PR11MB'),
             sender_hdrs(s) + [('Date', rfc(d)), ('From', addr('Credly', 'admin@credly.com')), ('To', TOMAS),
                               ('Message-ID', credly_msgid(d)), ('Subject', 'Your Credly account merge verification code')] + s['extra']))

# 045 Pearson VUE appointment (ja) with the candidate id
d = dt('2025-12-15 08:30:02')
pv = generic_sender(d, 'pearsonvuecustomerservice@pearson.com', '159.182.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250)), 'mail-out.pearson.com', 'pearson.com', 'pvue2024')
T_PV = """山本 結衣 様

Pearson VUE をご利用いただきありがとうございます。
以下の試験のご予約を承りました。

試験名：AWS Certified Solutions Architect - Professional (SAP-C02) 日本語版
受験者 ID：AWS30418862
日時：2026年1月17日（土）10:00
受験方法：OnVUE オンライン試験
登録 ID：48215077

試験開始30分前からチェックインが可能です。予約の変更・キャンセルは試験開始の24時間前までに行ってください。

Pearson VUE
"""
body = part(T_PV, charset='iso-2022-jp', cte='7bit')
add('pearson-vue-yoyaku-kakunin', 'unrelated', 'ja', None, ['AWS30418862'], False,
    assemble(body, rx_yahoo(d, pv, 'pearson.com'),
             sender_hdrs(pv) + [('From', addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com')), ('To', YUI),
                                ('Subject', ew('Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Professional', 'iso-2022-jp')),
                                ('Date', rfc(d)), ('Message-ID', '<%d.%s.JavaMail.pvue@mail-out.pearson.com>' % (rnd.randint(10**8, 10**9), hexr(8)))]))

# 046 EC2 quota case (ja) - quota raised, "完了" wording
Q_OPEN = dt('2025-11-25 01:40:12')
QCASE = case15(Q_OPEN, '00841')
T_Q = """中村 様

AWS サポートにお問い合わせいただき、ありがとうございます。

ご依頼いただいた アジアパシフィック (東京) リージョンの「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」の上限について、256 vCPU への引き上げが完了いたしました。
反映まで最大30分ほどかかる場合があります。Service Quotas コンソールで現在の値をご確認ください。

よろしくお願いいたします。
坂本
Amazon Web Services

====================================================================
すべての返信を確認するには、サポートセンターをご覧ください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
====================================================================
""" % QCASE
d = dt('2025-11-25 06:12:55')
s = ses_sender(d)
body = part(T_Q, cte='quoted-printable')
add('ec2-vcpu-jougen-hikiage', 'unrelated', 'ja', QCASE, [], True,
    assemble(body, rx_o365(d, NAKAMURA, s, 'amazon.com', tenant_host='TYCPR01MB'),
             sender_hdrs(s) + [('From', addr(AWS_NAME, NOREPLY)), ('To', NAKAMURA),
                               ('Subject', ew('RE:[CASE %s] 東京リージョン EC2 vCPU 上限緩和のお願い' % QCASE, 'utf-8')),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 047 user's own forward of the completion (yahoo -> gmail)
YUI_G = 'yui.yamamoto.work@gmail.com'
T_YF = """職場のPCからも見られるように転送。

----- Forwarded Message -----
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
宛先: yui_yamamoto88@yahoo.co.jp
送信日時: 2025年12月12日(金) 11:50
件名: %s

%s""" % (T7_SUBJ, T7_M2)
d = dt('2025-12-12 12:31:40')
yg = generic_sender(d, YUI, '182.22.12.%d' % rnd.randint(10, 250), 'sonic%d.mail.bbt.yahoo.co.jp' % rnd.randint(300, 330), 'yahoo.co.jp', 'yj20110701')
body = part(T_YF, cte='base64')
add('fwd-jibun-ate-kanryou', 'unrelated', 'ja', T7, [], False,
    assemble(body, rx_gmail(d, YUI_G, yg, 'yahoo.co.jp', policy_='p=NONE sp=NONE dis=NONE'),
             sender_hdrs(yg) + [('From', addr('山本 結衣', YUI, 'iso-2022-jp')), ('To', YUI_G),
                                ('Subject', 'Fwd: ' + T7_SUBJ), ('Date', rfc(d, JST)),
                                ('Message-ID', '<%d.%d.%d@mail.yahoo.co.jp>' % (rnd.randint(10**6, 10**7), rnd.randint(10**6, 10**7), int(d.timestamp() * 1000)))]))

# 048 AWS T&C newsletter
d = dt('2026-02-03 17:00:12')
s = ses_sender(d)
T_NL = """<table width="600" align="center" style="font-family:Arial,sans-serif">
<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:20px">AWS Training and Certification &mdash; February update</td></tr>
<tr><td style="padding:20px">
<h2>Bring your learning together</h2>
<p>New in AWS Skill Builder: combine courses, labs and practice exams into a single learning plan and track progress across teams.</p>
<h2>New exam: AWS Certified Generative AI Developer &ndash; Professional</h2>
<p>Registration is now open. Early adopters receive a limited-edition badge.</p>
<p><a href="https://aws.amazon.com/certification/">Explore certifications</a> | <a href="https://skillbuilder.aws/">Go to Skill Builder</a></p>
<p style="font-size:11px;color:#777">You are receiving this e-mail because you subscribed to AWS Training and Certification news. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a>.<br>
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p></td></tr></table>"""
body = part(html_wrap(T_NL), 'html', cte='quoted-printable')
add('tc-newsletter-february', 'unrelated', 'en', None, [], True,
    assemble(body, rx_gmail(d, MARCUS, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', 'Bring your learning together + a new Professional exam'),
                               ('From', addr('AWS Training and Certification', 'aws-training-news@amazon.com')), ('To', MARCUS),
                               ('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>'),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 049 look-alike phishing, not about the merge
d = dt('2025-06-20 04:17:33')
ph = generic_sender(d, 'alerts@aws-certmetrics-verify.com', '91.215.85.%d' % rnd.randint(2, 250), 'mail.aws-certmetrics-verify.com', 'aws-certmetrics-verify.com')
T_PH2 = """Dear Certified Professional,

Our records indicate that your AWS Certification status could not be verified during our annual compliance review. To avoid revocation of your credentials and digital badges, please verify your identity within 48 hours:

https://aws-certmetrics-verify.com/verify?ref=cx91f2

Failure to complete verification will result in the permanent removal of your certification history.

AWS Certification Compliance Team
"""
body = part(T_PH2, cte='quoted-printable', charset='us-ascii')
add('certification-revocation-notice-lookalike', 'unrelated', 'en', None, [], False,
    assemble(body, rx_o365(d, PRIYA, ph, 'aws-certmetrics-verify.com', tenant_host='DM6PR', dmarc='none', compauth='softpass reason=201', dkim_res='pass'),
             sender_hdrs(ph) + [('From', addr('AWS Certification', 'alerts@aws-certmetrics-verify.com')), ('To', PRIYA),
                                ('Subject', 'URGENT: Your AWS Certification will be revoked'),
                                ('Date', rfc(d)), ('Message-ID', '<%s@aws-certmetrics-verify.com>' % hexr(24))]))

# 050 AWS Builder ID verification code (ja)
d = dt('2026-02-11 10:03:27')
s = ses_sender(d, from_domain='signin.aws')
T_BID = """AWS Builder ID の確認コード

AWS Builder ID へのサインインを完了するには、次の確認コードを入力してください。

確認コード: 604918

このコードの有効期限は 10 分間です。このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
body = alt(part(T_BID, cte='base64'), part(html_wrap(p2html(T_BID), 'ja'), 'html', cte='base64'))
add('builder-id-kakunin-code', 'unrelated', 'ja', None, [], True,
    assemble(body, rx_nifty(d, s, 'signin.aws'),
             sender_hdrs(s) + [('From', addr('AWS Builder ID', 'no-reply@signin.aws')), ('To', SHOTA),
                               ('Subject', ew('AWS Builder ID の確認コード', 'utf-8')),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))


# ---------------------------------------------------------------- thread 10: Daniel Okafor (en, Google Workspace)
T10_OPEN = dt('2026-03-02 09:15:22')
T10 = case15(T10_OPEN, '00067')
DANIEL = 'daniel.okafor@brightlane.io'
T10_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T10
T10_C = """Hi Daniel,

This is an automated note to let you know that your request has been logged with AWS Training and Certification Customer Support.

Reference: %s
Topic: Certification > Account Merge

A member of our team will review it and get back to you, normally within one business day. If you have anything to add, simply reply to this e-mail. Please don't submit the form again for the same request, as that creates a separate case and can slow things down.

AWS Training and Certification Customer Support
""" % T10
d = T10_OPEN + timedelta(seconds=9)
s = ses_sender(d)
body = part(T10_C, charset='us-ascii', cte='7bit')
add('request-logged-auto-ack', 'case_created', 'en', T10, [], True,
    assemble(body, rx_gmail(d, DANIEL, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', "[CASE %s] We've received your request | AWS Training and Certification" % T10),
                               ('From', addr(AWS_NAME, FORM)), ('To', DANIEL),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 052 duplicate closed, asks which address
T10_M1 = """Hi Daniel,

Thanks for your patience. I noticed we also received a second form from you about the same two profiles, so I've closed that one as a duplicate and will handle everything on this case.

I've started looking at AWS45510392 and AWS 43307761. Both carry the same name and date of birth, so I don't expect any trouble matching them. One thing I need from you first: the profile that ends up being kept sends all notifications to its registered address. AWS45510392 uses daniel.okafor@brightlane.io and AWS 43307761 uses d.okafor.dev@gmail.com \u2014 which address should we keep?

Best,
Ren\u00e9e T.
Amazon Web Services \u2013 Training and Certification Customer Support
"""
d = dt('2026-03-03 15:55:31')
s = ses_sender(d)
body = part(T10_M1, cte='quoted-printable')
add('duplicate-closed-which-address', 'support_reply', 'en', T10, ['AWS43307761', 'AWS45510392'], True,
    assemble(body, rx_gmail(d, DANIEL, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', T10_SUBJ), ('From', addr(AWS_NAME, FORM)), ('To', DANIEL),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 053 terse completion; the confirmation request sits quoted below
T10_REQ = """Hi Daniel,

Before we proceed, please confirm the following. AWS43307761 (d.okafor.dev@gmail.com) will be merged into AWS45510392 (daniel.okafor@brightlane.io); AWS45510392 remains your profile and AWS43307761 is closed. This is permanent and can't be reverted.

Reply "confirm" to this message and we'll proceed.

Best,
Ren\u00e9e T."""
T10_M2 = """Hi Daniel,

All done. Your two candidate profiles are now one \u2014 please use AWS45510392 from here on. AWS43307761 can no longer be used to sign in; its exam history is listed under AWS45510392.

Best,
Ren\u00e9e T.

From: Daniel Okafor <daniel.okafor@brightlane.io>
Sent: Thursday, March 5, 2026 4:12 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: %s

Confirmed, go ahead. Keep AWS45510392.

Daniel

On Thu, Mar 5, 2026 at 9:40 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
%s
""" % (T10_SUBJ, quote(T10_REQ))
d = dt('2026-03-06 10:21:18')
s = ses_sender(d)
body = part(T10_M2, cte='quoted-printable')
add('all-done-profiles-now-one', 'merge_completed', 'en', T10, ['AWS43307761', 'AWS45510392'], True,
    assemble(body, rx_gmail(d, DANIEL, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', T10_SUBJ), ('From', addr(AWS_NAME, FORM)), ('To', DANIEL),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# ---------------------------------------------------------------- thread 11: Sofia Moreau (en, gmail) - wrong charset label
T11_OPEN = dt('2026-02-20 11:02:10')
T11 = case15(T11_OPEN, '01512')
SOFIA = 'sofia.moreau.aws@gmail.com'
T11_M1 = """Hello Sofia,

Thanks for the details. Here\u2019s what will happen once you give us the green light:

\u2013 Your certification profile AWS 47720158 (sofia.moreau.aws@gmail.com) stays as it is.
\u2013 Everything on aws47120664 \u2013 three exams and one active certification \u2013 moves over to it, and aws47120664 is then closed for good.

There\u2019s no way to undo this afterwards, so please take a moment to check it. If it all looks right, reply \u201cYes, proceed\u201d to this e-mail and we\u2019ll get started.

Kind regards,
Jo\u00e3o P.
Amazon Web Services
Training and Certification Customer Support
"""
d = dt('2026-02-23 13:47:05')
s = ses_sender(d)
body = part(T11_M1, charset='utf-8', cte='8bit', label='iso-8859-1')
add('green-light-needed-mislabelled-charset', 'merge_confirmation_requested', 'en', T11, ['AWS47120664', 'AWS47720158'], True,
    assemble(body, rx_gmail(d, SOFIA, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T11),
                               ('From', addr(AWS_NAME, FORM)), ('To', SOFIA),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# ---------------------------------------------------------------- thread 12: 伊藤 花子 (ja, small-company mailbox, no Authentication-Results)
T12_OPEN = dt('2026-03-10 00:31:09')
T12 = case15(T12_OPEN, '00923')
HANAKO = 'h.ito@ito-sekkei.jp'
T12_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % T12


def rx_plain(d, s):
    rcv = (d + timedelta(seconds=rnd.randint(2, 9))).astimezone(JST)
    return [('Return-Path', '<%s>' % s['envfrom']),
            ('X-Original-To', HANAKO), ('Delivered-To', HANAKO),
            ('Received', 'from %s (%s [%s])\n\tby mail.ito-sekkei.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                s['helo'], s['host'], s['ip'], hexr(10).upper(), HANAKO, rfc(rcv)))]


SIG_NSD = """西田
Amazon Web Services
トレーニングと認定 カスタマーサポート"""
T12_REQ1 = """伊藤 花子 様

AWS トレーニングと認定 カスタマーサポートの西田です。
アカウント統合の作業に先立ち、以下の内容をご確認ください。

　残すアカウント　　　：AWS49876120（hanako.ito.0403@docomo.ne.jp）
　統合されるアカウント：AWS50213388（h.ito@ito-sekkei.jp）

この作業は実施後に取り消すことができません。上記でよろしければ、本メールに「承諾します」とご返信ください。

%s""" % SIG_NSD
T12_REQ2 = """伊藤 花子 様

西田です。先ほどお送りしたメールで、残すアカウントと統合されるアカウントを逆に記載しておりました。大変失礼いたしました。
正しくは以下のとおりです。お手数ですが、あらためてご確認をお願いいたします。

　残すアカウント　　　：AWS50213388（h.ito@ito-sekkei.jp）
　統合されるアカウント：AWS49876120（hanako.ito.0403@docomo.ne.jp）

AWS49876120 の受験履歴・認定資格・特典はすべて AWS50213388 に引き継がれます。
この作業は実施後に取り消すことができません。上記でよろしければ、本メールに「承諾します」とご返信ください。

%s""" % SIG_NSD
T12_M_RE = T12_REQ2 + """

------ 以前のメッセージ ------
送信者: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
日時: 2026年3月11日 10:05
宛先: h.ito@ito-sekkei.jp
件名: %s

%s
""" % (T12_SUBJ, T12_REQ1)
d = dt('2026-03-11 01:48:36')
s = ses_sender(d)
body = part(T12_M_RE, charset='iso-2022-jp', cte='7bit')
add('teisei-aratamete-go-kakunin', 'merge_confirmation_requested', 'ja', T12, ['AWS49876120', 'AWS50213388'], None,
    assemble(body, rx_plain(d, s),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', HANAKO),
                               ('Subject', ew('%s【訂正】' % T12_SUBJ, 'iso-2022-jp', maxlen=70)),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 058 conditional: once the merge is done we'll handle Credly; nested quotes
T12_M2 = """伊藤様

ご承諾いただき、ありがとうございます。これより統合の手続きに入ります。
統合が完了しましたら、Credly のバッジについても新しいアカウントへの移行を申請いたします。完了のご連絡は本ケースにてお送りしますので、今しばらくお待ちください。

%s

2026年3月11日(水) 11:20 伊藤 花子 <h.ito@ito-sekkei.jp>:
> 西田様
>
> ご訂正ありがとうございます。
> 承諾します。よろしくお願いいたします。
>
> 伊藤
>
> 2026年3月11日(水) 10:48 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % (SIG_NSD, quote(quote(T12_REQ2), '> '))
d = dt('2026-03-11 04:02:10')
s = ses_sender(d)
body = part(T12_M2, cte='8bit')
add('tougou-kanryou-shidai-credly', 'support_reply', 'ja', T12, [], None,
    assemble(body, rx_plain(d, s),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', HANAKO), ('Subject', T12_SUBJ),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 055 survey, Shift_JIS quoted-printable
T12_SV = """伊藤 花子 様

ケース %s はクローズされました。

今回のサポート担当者の対応について、ご意見をお聞かせください。
問題は解決しましたか？

　はい　：https://survey.training.aws/s/cs?c=%s&r=yes&lang=ja
　いいえ：https://survey.training.aws/s/cs?c=%s&r=no&lang=ja

いただいたご意見は、サービス改善のために活用させていただきます。

AWS トレーニングと認定
""" % (T12, T12, T12)
d = dt('2026-03-13 06:15:44')
s = ses_sender(d)
body = part(T12_SV, charset='shift_jis', cte='quoted-printable')
add('mondai-wa-kaiketsu-shimashita-ka', 'survey', 'ja', T12, [], None,
    assemble(body, rx_plain(d, s),
             sender_hdrs(s) + [('From', addr('AWS トレーニングと認定', NOREPLY, 'iso-2022-jp')), ('To', HANAKO),
                               ('Subject', ew('ご意見をお聞かせください（ケース %s）' % T12, 'shift_jis')),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 056 completion, no Authentication-Results
T12_M3 = """伊藤 花子 様

お待たせいたしました。手続きが終わりましたのでご報告いたします。
AWS49876120 に記録されていた受験履歴と認定資格は、すべて AWS50213388 に引き継がれました。AWS49876120 は閉鎖済みです。

Credly のバッジについても移行を申請済みで、数日中に h.ito@ito-sekkei.jp 宛てにお知らせが届く予定です。

ほかにご不明な点がございましたら、本メールにご返信ください。

%s
""" % SIG_NSD
d = dt('2026-03-13 06:11:02')
s = ses_sender(d)
body = part(T12_M3, cte='8bit')
add('hikitsugi-owarimashita', 'merge_completed', 'ja', T12, ['AWS49876120', 'AWS50213388'], None,
    assemble(body, rx_plain(d, s),
             sender_hdrs(s) + [('From', addr(AWS_NAME, FORM)), ('To', HANAKO), ('Subject', T12_SUBJ),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))

# 057 Credly: two badges moved after the AWS consolidation (T10)
d = dt('2026-03-08 18:40:55')
s = credly_sender(d)
bl = ['AWS Certified SysOps Administrator \u2013 Associate', 'AWS Certified Advanced Networking \u2013 Specialty']
ids2 = [str(uuid.UUID(int=rnd.getrandbits(128))) for _ in bl]
txt = """Hi Daniel,

Amazon Web Services Training and Certification recently consolidated your certification records. As a result, 2 badges have been added to this Credly account:

%s

Your earlier public links will redirect to the badges in this account.

Credly, a Pearson company | 1 East 28th St, New York, NY 10016
""" % '\n'.join('  %s\n  Accept: https://www.credly.com/earner/earned/badge/%s\n' % (b, i) for b, i in zip(bl, ids2))
body = alt(part(txt, cte='quoted-printable'), part(html_wrap(p2html(txt)), 'html', cte='quoted-printable'), boundary='--==_mimepart_%s_%d' % (hexr(13), rnd.randint(10000, 99999)))
add('credly-two-badges-added', 'credly_badge_issued', 'en', None, [], True,
    assemble(body, rx_gmail(d, DANIEL, s, 'credly.com', policy_='p=REJECT sp=REJECT dis=NONE'),
             sender_hdrs(s) + [('Date', rfc(d)), ('From', addr('Credly', 'admin@credly.com')), ('Reply-To', 'support@credly.com'),
                               ('To', DANIEL), ('Message-ID', credly_msgid(d)),
                               ('Subject', '2 badges have been added to your Credly account')] + s['extra']))

# 060 survey reminder (T2)
T2_SR = """渡辺 健司 様

先日クローズいたしましたケース %s について、アンケートへのご回答をまだいただいておりません。
お忙しいところ恐縮ですが、1分ほどでご回答いただけますので、ご協力をお願いいたします。

アンケートに回答する：
https://survey.training.aws/s/cs?c=%s&lang=ja&rm=1

本メールは送信専用アドレスからお送りしています。

AWS トレーニングと認定
""" % (T2, T2)
d = dt('2025-06-16 00:05:31')
s = ses_sender(d)
body = alt(part(T2_SR, charset='iso-2022-jp', cte='7bit'),
           part(html_wrap(p2html(T2_SR).replace('https://survey.training.aws/s/cs?c=%s&amp;lang=ja&amp;rm=1' % T2,
                                                '<a href="https://survey.training.aws/s/cs?c=%s&amp;lang=ja&amp;rm=1">回答ページを開く</a>' % T2), 'ja'), 'html', cte='quoted-printable'))
add('anketo-remind', 'survey', 'ja', T2, [], True,
    assemble(body, rx_gmail(d, KENJI, s, 'amazon.com'),
             sender_hdrs(s) + [('Subject', ew('【リマインド】サポートに関するアンケートのお願い', 'iso-2022-jp')),
                               ('From', addr('AWS トレーニングと認定', NOREPLY, 'iso-2022-jp')), ('To', KENJI),
                               ('Date', rfc(d)), ('Message-ID', ses_msgid(d))] + s['extra']))


# ================================================================= MAIN
if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fn, data, lab in MAILS:
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(data)
        labels[fn] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(len(MAILS), 'mails written')
