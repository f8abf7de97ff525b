#!/usr/bin/env python3
"""Generator for blind set 130: a mixed 2026 inbox around AWS Certification account merges."""
import base64, quopri, json, os, io, random, hashlib, datetime as dt
from email.generator import BytesGenerator
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(130)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')
PST = dt.timezone(dt.timedelta(hours=-8))
LABELS = {}
SEQ = [0]

def T(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)

def case_id(opened, tail=None):
    tail = tail if tail is not None else R.randint(100, 999)
    return '%d%05d' % (int(opened.timestamp()), tail)

def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()

def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def ses_mid(when):
    ms = int(when.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))

def part(text, sub='plain', label='utf-8', codec=None, cte='quoted-printable'):
    codec = codec or label
    raw = text.encode(codec)
    p = MIMENonMultipart('text', sub, charset=label)
    if cte == 'base64':
        body = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw).decode('ascii')
    else:
        body = raw.decode('ascii', 'surrogateescape')
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(body)
    return p

def flat(m):
    b = io.BytesIO()
    BytesGenerator(b, mangle_from_=False, maxheaderlen=0).flatten(m)
    return b.getvalue()

def sub(p):
    del p['MIME-Version']
    return p

def alt(*parts):
    m = MIMEMultipart('alternative')
    for p in parts:
        sub(p)
        m.attach(p)
    return m

def enc_subject(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode(maxlinelen=76)

def enc_addr(name, addr, charset='utf-8'):
    if not name:
        return addr
    try:
        name.encode('ascii')
        return '"%s" <%s>' % (name, addr) if any(c in name for c in ',.()') else '%s <%s>' % (name, addr)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), addr)

def dkim(d, s, when, hdrs='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s\n\t%s' % (
        s, d, int(when.timestamp()), hdrs, rb64(32), rb64(60), rb64(40)))

# ---------------------------------------------------------------- routing
SES_IPS = ['54.240.8.31', '54.240.48.97', '54.240.11.92', '54.240.27.18', '23.251.234.5', '54.240.9.43']

def ses_host(ip):
    a, b, c, d = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, d)

def route_headers(route, when, rcpt, sender_ip, sender_host, auth):
    """Return list of (name, value) trace headers, topmost first.
    auth: None (no Authentication-Results) or dict with keys
    spf, mailfrom, dkim, dkim_d, dmarc, hfrom, compauth(optional), extra_ar(list of raw AR values, lower)"""
    H = []
    if route == 'gmail':
        loc = when.astimezone(PST)
        H.append(('Delivered-To', rcpt))
        H.append(('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4), rhex(3), rhex(3), rhex(3), rhex(8), format_datetime(loc) + ' (PST)')))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(66)))
        H.append(('X-Received', 'by 2002:a17:90b:%s:b0:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4), rhex(3), rhex(4), rhex(12) + '.' + str(R.randint(10, 99)), format_datetime(loc) + ' (PST)')))
        H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(when.timestamp()), rb64(90))))
        if auth:
            ar = ['mx.google.com;']
            if auth.get('dkim'):
                ar.append('dkim=%s header.i=@%s header.s=%s header.b=%s;' % (auth['dkim'], auth['dkim_d'], auth.get('sel', rhex(8)), rb64(6)[:8]))
            if auth.get('spf'):
                verb = {'pass': 'designates', 'fail': 'does not designate', 'softfail': 'does not designate', 'neutral': 'is neither permitted nor denied by best guess record for'}[auth['spf']]
                dom = auth['mailfrom'].split('@')[-1]
                ar.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;' % (
                    auth['spf'], auth['mailfrom'], verb, sender_ip, auth['mailfrom']))
            if auth.get('dmarc'):
                pol = auth.get('pol', 'QUARANTINE')
                ar.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
                    auth['dmarc'], pol, pol, 'NONE' if auth['dmarc'] == 'pass' else pol, auth['hfrom']))
            H.append(('ARC-Authentication-Results', 'i=1; ' + '\n       '.join(ar)))
            H.append(('Return-Path', '<%s>' % auth['mailfrom']))
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2026.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            sender_host, sender_host, sender_ip, rhex(12), R.randint(100, 999), loc.month, loc.day, loc.hour, loc.minute, loc.second, rcpt, format_datetime(loc) + ' (PST)')))
        if auth:
            H.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
                auth.get('spf', 'none'), auth['mailfrom'], 'designates' if auth.get('spf') == 'pass' else 'does not designate', sender_ip, sender_ip)))
            H.append(('Authentication-Results', 'mx.google.com;\n       ' + '\n       '.join(ar[1:])))
    elif route == 'o365':
        loc = when
        H.append(('Received', 'from TYWPR01MB%d.jpnprd01.prod.outlook.com (2603:1096:400:%s::%d) by\n OS3PR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s' % (
            R.randint(1000, 9999), rhex(3), R.randint(1, 9), R.randint(1000, 9999), format_datetime(loc))))
        H.append(('Received', 'from TY2PEPF0000%s.apcprd03.prod.outlook.com (2603:1096:405:%s::%d) by\n TYWPR01MB%d.jpnprd01.prod.outlook.com (2603:1096:400:%s::%d) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8398.%d; %s' % (
            rhex(4).upper(), rhex(3), R.randint(1, 9), R.randint(1000, 9999), rhex(3), R.randint(1, 9), R.randint(10, 40), format_datetime(loc))))
        if auth:
            spf = auth.get('spf', 'none')
            spftxt = {'pass': 'sender IP is %s' % sender_ip, 'fail': 'sender IP is %s' % sender_ip,
                      'softfail': 'domain of transitioning %s discourages use of %s as permitted sender' % (auth['mailfrom'].split('@')[-1], sender_ip),
                      'none': "sender IP is %s) smtp.mailfrom=%s; dkim=none (message not signed" % (sender_ip, auth['mailfrom'].split('@')[-1])}[spf]
            dk = auth.get('dkim') or 'none'
            dktxt = 'signature was verified' if dk == 'pass' else ('signature did not verify' if dk == 'fail' else 'message not signed')
            ar = 'spf=%s (%s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s' % (
                spf, spftxt, auth['mailfrom'].split('@')[-1], dk, dktxt, auth.get('dkim_d', 'none'),
                auth['dmarc'], auth.get('action', 'quarantine' if auth['dmarc'] == 'fail' else 'none'), auth['hfrom'],
                auth.get('compauth', 'pass reason=100'))
            H.append(('Authentication-Results', ar))
            H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
                'Pass' if spf == 'pass' else spf.capitalize(), auth['mailfrom'].split('@')[-1], sender_ip, sender_ip, sender_host)))
        H.append(('Received', 'from %s (%s) by\n TY2PEPF0000%s.mail.protection.outlook.com (10.167.248.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8398.%d via\n Frontend Transport; %s' % (
            sender_host, sender_ip, rhex(4).upper(), R.randint(2, 250), R.randint(10, 40), format_datetime(loc))))
    elif route == 'biglobe':
        loc = when.astimezone(JST)
        H.append(('Received', 'from mail-m%02d.biglobe.ne.jp (mail-m%02d.biglobe.ne.jp [133.205.%d.%d])\n\tby mh-r%02d.biglobe.ne.jp with ESMTP id %s\n\tfor <%s>; %s' % (
            R.randint(1, 20), R.randint(1, 20), R.randint(1, 250), R.randint(1, 250), R.randint(1, 9), rhex(10).upper(), rcpt, format_datetime(loc))))
        if auth:
            dkp = ('dkim=%s header.d=%s header.s=%s' % (auth['dkim'], auth['dkim_d'], auth.get('sel', rhex(6)))) if auth.get('dkim') else 'dkim=none'
            ar = 'mx.biglobe.ne.jp;\n\tspf=%s smtp.mailfrom=%s;\n\t%s;\n\tdmarc=%s header.from=%s' % (
                auth.get('spf', 'none'), auth['mailfrom'], dkp, auth['dmarc'], auth['hfrom'])
            H.append(('Authentication-Results', ar))
        H.append(('Received', 'from %s (%s [%s])\n\tby mx-m%02d.biglobe.ne.jp with ESMTPS id %s\n\tfor <%s>; %s' % (
            sender_host, sender_host, sender_ip, R.randint(1, 20), rhex(12).upper(), rcpt, format_datetime(loc))))
    elif route == 'internal':
        loc = when
        H.append(('Received', 'from TYCPR01MB%d.jpnprd01.prod.outlook.com ([fe80::%s:%s:%s:%s]) by\n TYCPR01MB%d.jpnprd01.prod.outlook.com ([fe80::%s:%s:%s:%s%%6]) with mapi id\n 15.20.8398.%d; %s' % (
            R.randint(1000, 9999), rhex(4), rhex(4), rhex(4), rhex(4), R.randint(1000, 9999), rhex(4), rhex(4), rhex(4), rhex(4), R.randint(10, 40), format_datetime(loc))))
    if auth:
        for x in auth.get('extra_ar', []):
            H.append(('Authentication-Results', x))
    return H

def emit(slug, kind, cid, ids, verified, lang, body, frm, to, subject, date, route, auth,
         sender_ip=None, sender_host=None, mid=None, extra=(), dkims=(), subj_charset='utf-8', cc=None,
         in_reply_to=None, references=None):
    top = []
    rcpt = to.split('<')[-1].rstrip('>').strip() if '<' in to else to
    top += route_headers(route, date, rcpt, sender_ip or '0.0.0.0', sender_host or 'localhost', auth)
    for d_, s_ in dkims:
        top.append(('DKIM-Signature', dkim(d_, s_, date)))
    top.append(('From', frm))
    top.append(('To', to))
    if cc:
        top.append(('Cc', cc))
    top.append(('Subject', enc_subject(subject, subj_charset)))
    top.append(('Date', format_datetime(date)))
    top.append(('Message-ID', mid or '<%s@%s>' % (rhex(24), frm.split('@')[-1].rstrip('>'))))
    if in_reply_to:
        top.append(('In-Reply-To', in_reply_to))
    if references:
        top.append(('References', references))
    top += list(extra)
    saved = [(k, v) for k, v in body.items()]
    for k in set(k for k, _ in saved):
        del body[k]
    for k, v in top:
        body[k] = v
    if 'MIME-Version' not in [k for k, _ in saved]:
        body['MIME-Version'] = '1.0'
    for k, v in saved:
        body[k] = v
    PENDING.append((date, slug, flat(body), {'kind': kind, 'case_id': cid, 'account_ids': sorted(set(ids)),
                  'sender_verified': verified, 'language': lang}))
    return body['Message-ID']

PENDING = []

def finalize():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    PENDING.sort(key=lambda x: x[0])
    labels = {}
    for i, (date, slug, raw, lab) in enumerate(PENDING, 1):
        fn = '%03d-%s.eml' % (i, slug)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(raw)
        labels[fn] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(labels, f, indent=1, ensure_ascii=False)
    print(len(labels), 'mails written')

# common senders / recipients
FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
DANIEL = 'Daniel Okafor <daniel.okafor@kitaboshi-tech.co.jp>'
MORI_ADDR = 'haruka.mori@biglobe.ne.jp'
MORI = enc_addr('森 遥', MORI_ADDR)
WEI = 'Wei Chen <wei.chen.dev@gmail.com>'

def ses_auth(mailfrom_local=None, dmarc='pass', dkim_='pass', spf='pass', hfrom='amazon.com'):
    mf = (mailfrom_local or '0100019c%s-%s-000000' % (rhex(8), rhex(8))) + '@email.amazonses.com'
    return {'spf': spf, 'mailfrom': mf, 'dkim': dkim_, 'dkim_d': 'amazon.com', 'dmarc': dmarc, 'hfrom': hfrom,
            'sel': '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'}

def aws_mail(slug, kind, cid, ids, lang, body, frm, to, subject, date, route, verified=True, **kw):
    ip = R.choice(SES_IPS)
    auth = kw.pop('auth', ses_auth())
    return emit(slug, kind, cid, ids, verified, lang, body, frm, to, subject, date, route, auth,
                sender_ip=ip, sender_host=ses_host(ip), mid=ses_mid(date),
                dkims=[('amazon.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'), ('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')],
                extra=[('Feedback-ID', '::1.us-east-1.%s:AmazonSES' % rb64(30)[:43]), ('X-SES-Outgoing', '2026.%02d.%02d-%s' % (date.month, date.day, ses_host(ip).split('.')[0][1:].replace('-', '.')))] + list(kw.pop('extra', [])),
                **kw)

def html_wrap(inner, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (title, inner))

def p2h(text):
    out = []
    for para in text.strip().split('\n\n'):
        out.append('<p>' + para.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)

# ======================================================================
# MAILS
# ======================================================================
# ---------------------------------------------------------------- user A: Daniel Okafor, form desk, O365
A_OPEN = T(2026, 2, 3, 1, 12, 47)
A_CASE = case_id(A_OPEN, 412)
A_KEEP, A_OLD = 'AWS04418273', 'AWS09123866'
A_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

txt = """Hello,

Thank you for reaching out to AWS Training and Certification.

This is an automated message to let you know that your request has been logged with our team under case ID %s. A member of our support staff will review it and get back to you, in most cases within 24 hours.

There is no need to fill in the form again. If you would like to add anything, simply reply to this e-mail and keep the case ID in the subject line so that your message is attached to the same request.

Summary of your submission
--------------------------
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: aws-09123866
Name: Daniel Okafor
Description: Hi, I have two certification profiles. The older one (aws-09123866) was created with my previous employer's address, which I no longer have. My current one is AWS04418273. I'd like everything on a single profile, please.

Kind regards,
AWS Training and Certification Support

This e-mail was sent from an address that accepts replies. Please do not open a new request for the same issue.
""" % A_CASE
html = html_wrap(p2h(txt).replace('Summary of your submission<br>\n--------------------------<br>\n', '<b>Summary of your submission</b><br>\n'), 'AWS Training and Certification')
aws_mail('request-logged-training-cert', 'case_created', A_CASE, [A_KEEP, A_OLD], 'en',
         alt(part(txt), part(html, 'html')), FORM, DANIEL,
         '[CASE %s] %s' % (A_CASE, A_SUBJ), A_OPEN + dt.timedelta(seconds=3), 'o365')

txt = """Hello Daniel,

Thank you for contacting AWS Training and Certification.

I have looked into your request and found two certification profiles that appear to belong to you:

  - AWS04418273 - sign-in e-mail daniel.okafor@kitaboshi-tech.co.jp
  - AWS09123866 - sign-in e-mail d.okafor@hanabira-consult.com

Before I can take any further action, could you please help me with the following:

1. Which of the two profiles would you like to keep as your primary one going forward?
2. Do you still have access to the sign-in e-mail of that profile?
3. Is there a notification e-mail address on either profile that differs from the sign-in e-mail shown above?

Once I have your answers I will be able to prepare the next steps for you. Please simply reply to this message; there is no need to open another case.

Best regards,
Priya S.
Amazon Web Services
Training and Certification Customer Support
"""
aws_mail('re-case-which-profile', 'support_reply', A_CASE, [A_KEEP, A_OLD], 'en',
         part(txt, cte='base64'), FORM, DANIEL,
         'RE:[CASE %s] %s' % (A_CASE, A_SUBJ), T(2026, 2, 4, 3, 40, 12), 'o365')

A_CONF_TXT = """Hello Daniel,

Thank you for the details. Based on your reply, this is what I am going to do on your behalf:

  Profile that will remain active:  AWS04418273 (daniel.okafor@kitaboshi-tech.co.jp)
  Profile to be folded into it:     AWS09123866 (d.okafor@hanabira-consult.com)

All certifications, exam history, transcripts and benefits currently held on AWS09123866 will be moved over to AWS04418273, and AWS09123866 will then be deactivated. Please be aware that this is permanent: once the two profiles have been combined we are not able to separate them again.

To go ahead, please reply to this e-mail confirming that the information above is correct. I will not make any changes until I hear back from you.

Best regards,
Priya S.
Amazon Web Services
Training and Certification Customer Support
"""
A_CONF_DATE = T(2026, 2, 5, 2, 10, 33)
aws_mail('re-case-please-confirm-profiles', 'merge_confirmation_requested', A_CASE, [A_KEEP, A_OLD], 'en',
         alt(part(A_CONF_TXT), part(html_wrap(p2h(A_CONF_TXT)), 'html')), FORM, DANIEL,
         'RE:[CASE %s] %s' % (A_CASE, A_SUBJ), A_CONF_DATE, 'o365')

quoted_conf = A_CONF_TXT
txt = """Hello Daniel,

Thank you for confirming. I have now handed your request to our certification operations team, who will carry out the consolidation of the two profiles. You will hear from us again as soon as this has been done; it usually takes between one and three business days.

In the meantime, please do not schedule any new exams on AWS09123866.

Best regards,
Priya S.
Amazon Web Services
Training and Certification Customer Support

________________________________
From: Daniel Okafor <daniel.okafor@kitaboshi-tech.co.jp>
Sent: Thursday, February 5, 2026 11:48 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] %s

Hi Priya,

The details are correct. Please proceed with the merge.

Thanks,
Daniel

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, February 5, 2026 11:10 AM
To: Daniel Okafor <daniel.okafor@kitaboshi-tech.co.jp>
Subject: RE:[CASE %s] %s

%s""" % (A_CASE, A_SUBJ, A_CASE, A_SUBJ, quoted_conf)
aws_mail('re-case-thanks-proceeding', 'support_reply', A_CASE, [A_OLD], 'en',
         part(txt), FORM, DANIEL,
         'RE:[CASE %s] %s' % (A_CASE, A_SUBJ), T(2026, 2, 5, 23, 5, 51), 'o365')

txt = """Hello Daniel,

Good news: the certification records that were on AWS09123866 now sit on AWS04418273, and the older profile has been retired. You can sign in to your certification account with daniel.okafor@kitaboshi-tech.co.jp and you should see all of your certifications and exam history in one place. Your 50%% exam discount benefit has been carried over as well.

Please allow up to 48 hours for your digital badges on Credly to reflect the change. If anything looks wrong after that, just reply to this e-mail.

As this completes your request, I will now mark this case as resolved. You may receive a short survey about your experience; we would appreciate your feedback.

Best regards,
Priya S.
Amazon Web Services
Training and Certification Customer Support

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, February 5, 2026 11:10 AM
Subject: RE:[CASE %s] %s

> """ % (A_CASE, A_SUBJ) + A_CONF_TXT.replace('\n', '\n> ')
aws_mail('re-case-records-moved', 'merge_completed', A_CASE, [A_KEEP, A_OLD], 'en',
         part(txt, cte='quoted-printable'), FORM, DANIEL,
         'RE:[CASE %s] %s' % (A_CASE, A_SUBJ), T(2026, 2, 6, 8, 30, 2), 'o365')

txt = """How did we do?

Your AWS Training and Certification case %s has been resolved.

Was your issue resolved?
  YES: https://survey.aws-tc-support.amazon.com/s?c=%s&r=1
  NO:  https://survey.aws-tc-support.amazon.com/s?c=%s&r=0

It takes less than a minute and helps us improve the support we provide.

If you need more help with this issue, reply to this e-mail within 7 days and the case will be reopened.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""" % (A_CASE, A_CASE, A_CASE)
html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#232f3e">How did we do?</h2>
<p>Your AWS Training and Certification case <b>%s</b> has been resolved.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://survey.aws-tc-support.amazon.com/s?c=%s&amp;r=1" style="background:#ff9900;color:#fff;padding:8px 22px;text-decoration:none">YES</a>
&nbsp; <a href="https://survey.aws-tc-support.amazon.com/s?c=%s&amp;r=0" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p style="font-size:12px;color:#687078">If you need more help with this issue, reply to this e-mail within 7 days and the case will be reopened.</p>
</td></tr></table>""" % (A_CASE, A_CASE, A_CASE))
aws_mail('how-did-we-do', 'survey', A_CASE, [], 'en',
         alt(part(txt), part(html, 'html')), FORM, DANIEL,
         'How did we do? [CASE %s]' % A_CASE, T(2026, 2, 6, 8, 31, 40), 'o365')

def credly_auth():
    return {'spf': 'pass', 'mailfrom': 'bounces+%d-%s-%s=%s@em.credly.com' % (R.randint(1000000, 9999999), rhex(4), 'daniel.okafor', 'kitaboshi-tech.co.jp'),
            'dkim': 'pass', 'dkim_d': 'credly.com', 'dmarc': 'pass', 'hfrom': 'credly.com', 'sel': 's1', 'pol': 'REJECT'}

def credly_mail(slug, kind, lang, body, to, subject, date, route, verified=True, auth=None, frm=None, ids=()):
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    return emit(slug, kind, None, list(ids), verified, lang, body,
                frm or '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to, subject, date, route,
                auth or credly_auth(), sender_ip=ip, sender_host='o%d.em.credly.com' % R.randint(1, 40),
                mid='<%s@geopod-ismtpd-%d>' % (rb64(16).replace('/', 'x').replace('+', 'y').rstrip('='), R.randint(1, 40)),
                dkims=[('credly.com', 's1')], extra=[('X-SG-EID', rb64(40))])

txt = """Daniel, your badge is waiting

Amazon Web Services Training and Certification has issued you a badge following an update to your certification profile:

AWS Certified Developer - Associate

Accept your badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s

Once accepted, you can share it on LinkedIn, add it to your e-mail signature, or download a PDF certificate.

Questions about this badge? Contact Amazon Web Services Training and Certification directly.

Credly, Inc. | 100 Enterprise Way, Scotts Valley, CA 95066
Unsubscribe from badge notifications: https://www.credly.com/notifications
""" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
html = html_wrap("""<div style="max-width:560px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/340x340/images/%s/image.png" width="160" alt="AWS Certified Developer - Associate">
<h1 style="font-size:22px">Daniel, your badge is waiting</h1>
<p>Amazon Web Services Training and Certification has issued you a badge following an update to your certification profile:</p>
<p><b>AWS Certified Developer &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 100 Enterprise Way, Scotts Valley, CA 95066</p></div>""" % (rhex(36), rhex(36)))
credly_mail('credly-badge-waiting', 'credly_badge_issued', 'en', alt(part(txt), part(html, 'html')), DANIEL,
            'Daniel, your AWS Certified Developer - Associate badge is ready to accept', T(2026, 2, 7, 14, 3, 9), 'o365')
# ---------------------------------------------------------------- user B: 森 遥, console desk, Japanese, biglobe
B_OPEN = T(2026, 2, 9, 0, 47, 21)
B_CASE = case_id(B_OPEN, 8)
B_KEEP, B_OLD = 'AWS07730154', 'AWS02285619'
B_SUBJ = 'AWS認定アカウントの統合について'
CONSOLE_LINK = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja'

txt = """Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース %s を作成しました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
ケースの種類: アカウントおよび請求

担当者から回答があり次第、メールでお知らせします。ケースの詳細の確認や追加情報の送信は、AWS サポートセンターから行ってください。
%s

※このメールアドレスは送信専用のため、ご返信いただいても対応できません。

よろしくお願いいたします。
Amazon Web Services

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
""" % (B_CASE, B_CASE, B_SUBJ, CONSOLE_LINK % B_CASE)
aws_mail('aws-new-support-case-ja', 'case_created', B_CASE, [], 'ja',
         part(txt, label='iso-2022-jp', cte='7bit'), CONSOLE, MORI,
         'Amazon Web Services: 新しいサポートケースを作成しました: %s' % B_CASE, B_OPEN + dt.timedelta(seconds=5), 'biglobe',
         subj_charset='iso-2022-jp')

txt = """お客様

ケース %s (%s) に、AWS サポートから新しい返信が追加されました。

返信内容を確認し、必要に応じて回答するには、AWS サポートセンターにサインインしてください。
%s

このメールは自動送信されています。返信しないでください。

Amazon Web Services
""" % (B_CASE, B_SUBJ, CONSOLE_LINK % B_CASE)
aws_mail('case-new-correspondence-ja', 'support_reply', B_CASE, [], 'ja',
         part(txt, cte='base64'), CONSOLE, MORI,
         '[Case %s] 新しい返信が追加されました' % B_CASE, T(2026, 2, 10, 2, 15, 44), 'biglobe')

B_CONF_TXT = """森 遥 様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
AWS トレーニングと認定サポート担当の山本でございます。

ご提供いただいた情報をもとに確認いたしましたところ、以下の 2 つの認定アカウントがお客様ご本人のものであることを確認いたしました。

・今後ご利用いただくアカウント: AWS 07730154（サインイン用メールアドレス: haruka.mori@biglobe.ne.jp）
・統合元となるアカウント: aws-02285619（サインイン用メールアドレス: h.mori@minatomirai-soft.co.jp）

統合元アカウントに登録されている認定資格、受験履歴、特典は、すべて上記の「今後ご利用いただくアカウント」へ移され、統合元アカウントは無効となります。なお、この処理は一度実施すると取り消すことができませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、サポートセンターから本ケースに「内容に相違ありません。統合を進めてください」とご返信いただけますでしょうか。お客様からのご確認をいただくまで、処理は行いません。

何卒よろしくお願い申し上げます。

山本
Amazon Web Services
"""
B_CONF_DATE = T(2026, 2, 11, 1, 30, 18)
aws_mail('re-case-ninteiaccount-kakunin', 'merge_confirmation_requested', B_CASE, [B_KEEP, B_OLD], 'ja',
         alt(part(B_CONF_TXT), part(html_wrap(p2h(B_CONF_TXT)), 'html')), CONSOLE, MORI,
         'RE:[CASE %s] %s' % (B_CASE, B_SUBJ), B_CONF_DATE, 'biglobe')

txt = """森 遥 様

ご確認いただき、誠にありがとうございます。

いただいたご返信をもとに、AWS07730154 への統合作業を担当チームへ依頼いたしました。作業の流れは以下のとおりです。

①担当チームにて認定資格・受験履歴の移行作業を実施
②作業完了後、本ケースにて改めてご連絡
③Credly のデジタルバッジは、統合完了後 2 営業日ほどで反映

統合が完了しましたら、あらためてご連絡いたします。それまでの間、統合元アカウントでの試験予約はお控えください。

引き続きよろしくお願いいたします。

山本
Amazon Web Services

---------- 以前の対応履歴 ----------
2026/02/11 10:02 (JST) お客様からの返信:
山本様
ご連絡ありがとうございます。内容に相違ありません。aws-02285619 を AWS 07730154 に統合してください。
よろしくお願いいたします。
森
"""
aws_mail('re-case-irai-shimashita-sjis', 'support_reply', B_CASE, [B_KEEP], 'ja',
         part(txt, label='shift_jis', codec='cp932', cte='base64'), CONSOLE, MORI,
         'RE:[CASE %s] %s' % (B_CASE, B_SUBJ), T(2026, 2, 11, 23, 50, 6), 'biglobe')

txt = """森 遥 様

大変お待たせいたしました。

統合元アカウント aws-02285619 に登録されていた認定資格、受験履歴および特典を、AWS07730154 へ移行いたしました。統合元アカウントは無効化済みのため、今後は haruka.mori@biglobe.ne.jp でサインインしてご利用ください。

サインイン後、以下の点をご確認いただけますと幸いです。
・すべての認定資格が表示されていること
・次回受験用の 50%% 割引特典が表示されていること
・Credly のバッジ（反映まで最大 2 営業日かかる場合があります）

本件につきましては以上で対応完了となりますので、本ケースはクローズさせていただきます。後ほど、対応品質に関するアンケートのご案内が届きますので、ご協力いただけますと幸いです。

山本
Amazon Web Services

> 2026/02/11 10:02 (JST) お客様:
> 山本様
> ご連絡ありがとうございます。内容に相違ありません。aws-02285619 を AWS 07730154 に統合してください。
>
> > 2026/02/11 10:30 (JST) AWS:
> > ・今後ご利用いただくアカウント: AWS 07730154
> > ・統合元となるアカウント: aws-02285619
> > 上記の内容でお間違いがなければ、本ケースにご返信いただけますでしょうか。
""" % ()
aws_mail('re-case-iko-kanryo', 'merge_completed', B_CASE, [B_KEEP, B_OLD], 'ja',
         part(txt, cte='8bit'), CONSOLE, MORI,
         'RE:[CASE %s] %s' % (B_CASE, B_SUBJ), T(2026, 2, 12, 5, 20, 37), 'biglobe')

html = html_wrap("""<table width="600" align="center" style="border:1px solid #d5dbdb"><tr><td style="padding:24px">
<p style="font-size:18px;font-weight:bold">ケースがクローズされました</p>
<p>お問い合わせいただいたケース %s（%s）はクローズされました。</p>
<p>今回のサポートはいかがでしたか？ 今後のサービス向上のため、1 分程度のアンケートにご協力ください。</p>
<p>問題は解決しましたか？</p>
<p><a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=yes&amp;lang=ja">はい</a> ／
<a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;resolved=no&amp;lang=ja">いいえ</a></p>
<p>担当者の対応を評価する: <a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;rate=1">★</a><a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;rate=5">★★★★★</a></p>
<p style="font-size:12px;color:#687078">追加のご質問がある場合は、サポートセンターからケースを再度開くことができます。このメールには返信できません。</p>
</td></tr></table>""" % (B_CASE, B_SUBJ, B_CASE, B_CASE, B_CASE, B_CASE), 'AWS Support')
aws_mail('case-closed-survey-ja-html', 'survey', B_CASE, [], 'ja',
         part(html, 'html', cte='base64'), CONSOLE, MORI,
         '[Case %s] ケースがクローズされました - アンケートへのご協力のお願い' % B_CASE, T(2026, 2, 12, 5, 21, 3), 'biglobe')
# ---------------------------------------------------------------- user C: Wei Chen, form then console, Gmail
C_OPEN_X = T(2026, 2, 12, 14, 20, 9)
C_CASE_X = case_id(C_OPEN_X, 27031)
C_OPEN_Y = T(2026, 2, 19, 3, 5, 55)
C_CASE_Y = case_id(C_OPEN_Y, 4190)
C_KEEP, C_OLD = 'AWS11803472', 'AWS06637045'
C_SUBJ = 'Duplicate AWS Certification accounts'
def gmail_ses_auth():
    return ses_auth()

txt = """Hello,

Thank you for reaching out to AWS Training and Certification.

This is an automated message to let you know that your request has been logged with our team under case ID %s. A member of our support staff will review it and get back to you, in most cases within 24 hours.

There is no need to fill in the form again. If you would like to add anything, simply reply to this e-mail and keep the case ID in the subject line so that your message is attached to the same request.

Summary of your submission
--------------------------
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS11803472
Name: Wei Chen
Description: I passed Cloud Practitioner in 2023 on a profile I created with my university e-mail, and SAA last year on a new one. Could both be put under one candidate ID?

Kind regards,
AWS Training and Certification Support

This e-mail was sent from an address that accepts replies. Please do not open a new request for the same issue.
""" % C_CASE_X
html = html_wrap(p2h(txt).replace('Summary of your submission<br>\n--------------------------<br>\n', '<b>Summary of your submission</b><br>\n'), 'AWS Training and Certification')
aws_mail('request-logged-form-wei', 'case_created', C_CASE_X, [C_KEEP], 'en',
         alt(part(txt), part(html, 'html')), FORM, WEI,
         '[CASE %s] %s' % (C_CASE_X, A_SUBJ), C_OPEN_X + dt.timedelta(seconds=4), 'gmail')

txt = """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I opened a request through the Training and Certification form a week ago (case %s) and have not heard anything since. I have two certification accounts: aws11803472 (current, wei.chen.dev@gmail.com) and AWS 06637045 (old, registered with my university address w.chen@mail.tsukuba-u.example). I would like to keep the first one.

We will respond to your case as soon as we can. You can view your case and add correspondence in the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, use the link above.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""" % (C_CASE_Y, C_CASE_Y, C_SUBJ, C_CASE_X, C_CASE_Y)
aws_mail('aws-opened-new-support-case', 'case_created', C_CASE_Y, [C_KEEP, C_OLD], 'en',
         part(txt, cte='quoted-printable'), CONSOLE, WEI,
         'Amazon Web Services: You have opened a new Support case: %s' % C_CASE_Y, C_OPEN_Y + dt.timedelta(seconds=6), 'gmail')

txt = """Hello Wei,

Thank you for contacting AWS Training and Certification, and I’m sorry that your earlier request through the web form (case %s) didn’t receive an answer. I will take care of everything here and close the earlier case, so please keep all further correspondence on this case only.

To make sure I locate the right records, could you please reply with:

- the e-mail address you use to sign in to AWS11803472;
- the e-mail address the older profile was registered with, and whether you can still receive mail there;
- the approximate date of your Cloud Practitioner exam, so I can match it to the correct profile.

As soon as I have these details I can prepare the next step — there’s no need to send anything else for now.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Tomasz W.
Amazon Web Services

To see the full history of this case and to reply, please visit:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % (C_CASE_X, C_CASE_Y)
aws_mail('re-case-need-more-details', 'support_reply', C_CASE_Y, [C_KEEP], 'en',
         part(txt, label='iso-8859-1', codec='utf-8', cte='base64'), CONSOLE, WEI,
         'RE:[CASE %s] %s' % (C_CASE_Y, C_SUBJ), T(2026, 2, 20, 9, 12, 30), 'gmail')

txt = """Hello Wei,

I am following up on my previous message regarding your certification profiles. I have not yet received the information I asked for, so I am unable to continue with your request.

Are you still in need of assistance with this? If so, please reply through the Support Center with the details requested in my earlier correspondence. If we do not hear from you within the next 5 days, this case will be closed automatically; you can reopen it at any time.

Best regards,
Tomasz W.
Amazon Web Services

https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % C_CASE_Y
aws_mail('re-case-still-need-help', 'support_reply', C_CASE_Y, [], 'en',
         alt(part(txt), part(html_wrap(p2h(txt)), 'html')), CONSOLE, WEI,
         'RE:[CASE %s] %s' % (C_CASE_Y, C_SUBJ), T(2026, 2, 23, 10, 44, 2), 'gmail')

C_CONF = """Hello Wei,

Thanks for getting back to me with those details; they match our records.

Here is a summary of the change you have requested. Please read it carefully.

  Candidate ID to be retained:  AWS11803472  (wei.chen.dev@gmail.com)
  Candidate ID to be absorbed:  AWS06637045  (w.chen@mail.tsukuba-u.example)

After the change, your AWS Certified Cloud Practitioner and AWS Certified Solutions Architect - Associate certifications, together with your full exam history, will appear under AWS11803472. AWS06637045 will be closed and can no longer be used to sign in or book exams.

This cannot be undone. If everything above is correct, please reply through the Support Center stating that you approve. If anything is wrong, tell me what needs to change and nothing will be done until we agree.

Best regards,
Tomasz W.
Amazon Web Services

https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % C_CASE_Y
aws_mail('re-case-approve-change', 'merge_confirmation_requested', C_CASE_Y, [C_KEEP, C_OLD], 'en',
         part(C_CONF, cte='base64'), CONSOLE, WEI,
         'RE:[CASE %s] %s' % (C_CASE_Y, C_SUBJ), T(2026, 2, 24, 8, 2, 41), 'gmail')

html = html_wrap("""<p>Hello Wei,</p>
<p>Thank you for your approval. Your certification history now lives under a single candidate ID: everything that was on <b>AWS06637045</b> has been transferred to <b>AWS11803472</b>, and the former ID has been closed.</p>
<p>Please sign in with <a href="mailto:wei.chen.dev@gmail.com">wei.chen.dev@gmail.com</a> and check that both certifications and your exam benefits are listed. Your Credly badges are handled separately; once they have been re-issued to your current Credly profile you will receive an e-mail from Credly.</p>
<p>Because your request is now complete, I am resolving this case. We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.</p>
<p>Best regards,<br>Tomasz W.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">To see the full history of this case, please visit: <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a></p>
<div style="color:#687078;font-size:12px;border-left:2px solid #ccc;padding-left:8px">
<p>On 2026-02-24 08:02 UTC, Amazon Web Services wrote:</p>
<p>Candidate ID to be retained: AWS11803472<br>Candidate ID to be absorbed: AWS06637045<br>This cannot be undone. If everything above is correct, please reply through the Support Center stating that you approve.</p>
</div>""" % C_CASE_Y, 'Amazon Web Services')
aws_mail('re-case-history-single-id-html', 'merge_completed', C_CASE_Y, [C_KEEP, C_OLD], 'en',
         part(html, 'html', cte='quoted-printable'), CONSOLE, WEI,
         'RE:[CASE %s] %s' % (C_CASE_Y, C_SUBJ), T(2026, 2, 26, 1, 17, 9), 'gmail')

txt = """Hello,

Your AWS Support case %s, "%s", has been resolved.

Was your issue resolved?
Yes: https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=1
No:  https://support.console.aws.amazon.com/support/feedback?displayId=%s&resolved=0

How would you rate the support you received? Select 1 (poor) to 5 (excellent) in the Support Center.

If you need further help, you can reopen this case within 14 days from the Support Center.

Amazon Web Services
""" % (C_CASE_Y, C_SUBJ, C_CASE_Y, C_CASE_Y)
aws_mail('support-case-resolved-rate', 'survey', C_CASE_Y, [], 'en',
         part(txt, label='us-ascii', cte='7bit'), CONSOLE, WEI,
         'Amazon Web Services: Your Support case %s has been resolved' % C_CASE_Y, T(2026, 2, 26, 1, 18, 0), 'gmail')

# Credly: text and html parts differ (text part is a stub)
txt = """You have a new badge from Amazon Web Services Training and Certification.

View this e-mail in your browser: https://www.credly.com/mail/view/%s

Credly, Inc. | 100 Enterprise Way, Scotts Valley, CA 95066
""" % rhex(32)
html = html_wrap("""<div style="max-width:560px;margin:auto">
<p style="text-align:center"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="150" alt="AWS Certified Cloud Practitioner"></p>
<h1 style="font-size:22px;text-align:center">Congratulations, Wei!</h1>
<p>Your <b>AWS Certified Cloud Practitioner</b> badge from Amazon Web Services Training and Certification has been moved to this Credly account following the consolidation of your certification records.</p>
<p>The badge keeps its original issue date (June 14, 2023) and expiry date.</p>
<p style="text-align:center"><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#888;text-align:center">You are receiving this e-mail because a badge was issued to wei.chen.dev@gmail.com.<br>Credly, Inc. | 100 Enterprise Way, Scotts Valley, CA 95066</p>
</div>""" % (rhex(36), rhex(36)))
ca = credly_auth(); ca['mailfrom'] = ca['mailfrom'].replace('daniel.okafor=kitaboshi-tech.co.jp', 'wei.chen.dev=gmail.com')
credly_mail('credly-moved-badge-alt', 'credly_badge_issued', 'en', alt(part(txt, label='us-ascii', cte='7bit'), part(html, 'html')), WEI,
            'Amazon Web Services Training and Certification sent you a badge', T(2026, 2, 27, 19, 41, 55), 'gmail', auth=ca)
# ---------------------------------------------------------------- phishing
def gen_auth(mailfrom, hfrom, dkim_d=None, spf='pass', dkim_='pass', dmarc='pass', pol='NONE', **kw):
    a = {'spf': spf, 'mailfrom': mailfrom, 'dkim': dkim_ if dkim_d else None, 'dkim_d': dkim_d or 'none',
         'dmarc': dmarc, 'hfrom': hfrom, 'pol': pol, 'sel': kw.pop('sel', 'default')}
    a.update(kw)
    return a

P1_CASE = case_id(T(2026, 2, 21, 15, 40, 2), 733)
txt = """AWS Training and Certification

ACTION REQUIRED - Case %s

Dear Candidate,

We have received a request to combine the certification profiles linked to your e-mail address into candidate ID aws11803472. For your security, this request must be verified by the account holder before it can be processed.

Please confirm the consolidation within 24 hours by signing in below. If you do not confirm, the request will be cancelled and your certifications may be temporarily suspended while we review the duplicate profiles.

Confirm now: https://aws-trainingcertification-support.com/case/confirm?id=%s&u=wei.chen.dev%%40gmail.com

Once confirmed, this change is irreversible.

AWS Training & Certification Support Team
""" % (P1_CASE, P1_CASE)
html = html_wrap("""<div style="background:#232f3e;padding:14px"><img src="https://aws-trainingcertification-support.com/img/aws-logo.png" alt="aws" height="30"></div>
<div style="padding:20px"><p style="color:#d13212;font-weight:bold">ACTION REQUIRED &ndash; Case %s</p>
<p>Dear Candidate,</p>
<p>We have received a request to combine the certification profiles linked to your e-mail address into candidate ID <b>aws11803472</b>. For your security, this request must be verified by the account holder before it can be processed.</p>
<p>Please confirm the consolidation <b>within 24 hours</b>. If you do not confirm, the request will be cancelled and your certifications may be temporarily suspended.</p>
<p><a href="https://aws-trainingcertification-support.com/case/confirm?id=%s" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">Confirm consolidation</a></p>
<p style="font-size:12px">Once confirmed, this change is irreversible.</p>
<p>AWS Training &amp; Certification Support Team</p></div>""" % (P1_CASE, P1_CASE))
emit('action-required-confirm-consolidation', 'merge_confirmation_requested', P1_CASE, ['AWS11803472'], False, 'en',
     alt(part(txt), part(html, 'html')), '"AWS Training & Certification" <case-update@aws-trainingcertification-support.com>', WEI,
     'ACTION REQUIRED: verify certification profile consolidation [Case %s]' % P1_CASE, T(2026, 2, 21, 16, 3, 27), 'gmail',
     gen_auth('bounce@mail.aws-trainingcertification-support.com', 'aws-trainingcertification-support.com', 'aws-trainingcertification-support.com', pol='NONE'),
     sender_ip='45.137.21.88', sender_host='mail.aws-trainingcertification-support.com',
     dkims=[('aws-trainingcertification-support.com', 'default')])

P2_CASE = '177104622900915'
txt = """Amazon Web Services をご利用いただきありがとうございます。

お客様よりご依頼いただいた AWS 認定アカウントの統合処理が完了いたしました。
ケース番号: %s

統合前のアカウントで保有されていた特典（次回試験 50%% 割引バウチャー等）を引き継ぐためには、本メール受信後 48 時間以内に以下のリンクからサインインし、本人確認を完了していただく必要がございます。

本人確認はこちら: https://aws-certification-jp.support-verify.net/ja/login?case=%s

期限内に確認が完了しない場合、特典は失効し、統合後のアカウントも一時的に利用できなくなります。

Amazon Web Services サポート
""" % (P2_CASE, P2_CASE)
forged = 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'
emit('ninteiaccount-tougou-kanryo-phish', 'merge_completed', P2_CASE, [], False, 'ja',
     part(txt, cte='base64'), CONSOLE, MORI,
     '【AWS】認定アカウント統合完了のお知らせ（本人確認のお願い）', T(2026, 2, 14, 22, 10, 45), 'biglobe',
     gen_auth('info@kt-shop-mailer.xyz', 'amazon.com', None, spf='fail', dmarc='fail', extra_ar=[forged]),
     sender_ip='103.153.78.12', sender_host='vps-78-12.kt-shop-mailer.xyz',
     mid='<20260215071045.%s@amazon.com>' % rhex(10))

txt = """Your badge has been transferred

Hi Daniel,

Following the recent consolidation of your AWS Certification accounts, Amazon Web Services Training and Certification has transferred the following badge to you:

  AWS Certified Solutions Architect - Professional

To keep this badge on your profile you must claim it within 72 hours. Sign in with your Credly or AWS credentials:

  https://credly-badges.net/claim/aws/8f3e1c?user=daniel.okafor

Unclaimed badges are removed automatically.

The Credly Team
"""
emit('badge-transferred-claim', 'credly_badge_issued', None, [], False, 'en',
     part(txt, cte='quoted-printable'), '"Credly" <notifications@credly-badges.net>', DANIEL,
     'Your AWS badge has been transferred - claim it now', T(2026, 2, 9, 11, 0, 14), 'o365',
     gen_auth('mailer@credly-badges.net', 'credly-badges.net', None, dmarc='none', compauth='fail reason=001'),
     sender_ip='91.215.85.141', sender_host='mx1.credly-badges.net')

txt = """AWS をご利用のお客様

お客様のアカウントに登録されているお支払い方法で、直近の請求のお支払いが確認できませんでした。

このままの状態が続いた場合、2026年2月20日をもってお客様の AWS アカウントおよび関連サービスは停止されます。

下記より、お支払い情報を更新してください。
https://aws-jp-billing.com/ja/payment/update?ref=MORI2286

※本メールは送信専用です。

アマゾン ウェブ サービス ジャパン合同会社
"""
emit('shiharai-joho-koushin', 'unrelated', None, [], False, 'ja',
     part(txt, label='iso-2022-jp', cte='7bit'), enc_addr('AWS サポート', 'support@aws-jp-billing.com', 'iso-2022-jp'), MORI,
     '【重要】AWSアカウントのお支払い情報の確認が必要です', T(2026, 2, 17, 23, 31, 8), 'biglobe',
     gen_auth('support@aws-jp-billing.com', 'aws-jp-billing.com', None, spf='softfail', dmarc='none'),
     sender_ip='194.26.29.57', sender_host='mail.aws-jp-billing.com', subj_charset='iso-2022-jp')
# ---------------------------------------------------------------- look-alikes: other AWS desks, Seller Central, CertMetrics, Pearson VUE, sign-in
L1_CASE = case_id(T(2026, 2, 4, 22, 51, 30), 5512)
txt = """Hello,

Thank you for your patience while we worked on your request.

I am happy to let you know that your service quota increase request for "Running On-Demand G and VT instances" in the Asia Pacific (Tokyo) region has been approved and processed. The new limit of 32 vCPUs is now in effect for account 6283-1940-7765.

It can sometimes take up to 30 minutes for the new limit to appear in the Service Quotas console.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Rahul M.
Amazon Web Services

To see the full history of this case, please visit:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % L1_CASE
aws_mail('re-case-quota-increase-ec2', 'unrelated', L1_CASE, [], 'en',
         part(txt, cte='quoted-printable'), CONSOLE, WEI,
         'RE:[CASE %s] Limit Increase: EC2 Instances' % L1_CASE, T(2026, 2, 5, 6, 33, 17), 'gmail')

L2_CASE = case_id(T(2026, 2, 16, 5, 2, 48), 71)
txt = """森 様

アマゾン ウェブ サービスをご利用いただき、ありがとうございます。
請求およびアカウントサポートの佐々木でございます。

2026年1月分のご請求が二重に計上されていた件につきまして、確認の結果、重複していた請求額 USD 48.20 の返金処理が完了いたしました。お客様のカード会社の処理により、明細への反映まで 5〜10 営業日程度かかる場合がございます。

アカウント ID: 4418-2730-9915

本ケースにつきまして、ほかにご不明な点がございましたら、サポートセンターからお気軽にお問い合わせください。

私どもの対応がお役に立てましたら、本メール末尾のリンクより評価をいただけますと幸いです。

佐々木
Amazon Web Services

ケースの履歴を確認するには: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
""" % L2_CASE
aws_mail('re-case-seikyu-henkin', 'unrelated', L2_CASE, [], 'ja',
         alt(part(txt, cte='base64'), part(html_wrap(p2h(txt)), 'html', cte='base64')), CONSOLE, MORI,
         'RE:[CASE %s] 請求に関するお問い合わせ: 1月分の二重請求について' % L2_CASE, T(2026, 2, 17, 2, 40, 11), 'biglobe')

L3_CASE = case_id(T(2026, 2, 13, 7, 18, 3), 20664)
txt = """Hello Daniel,

Thanks for reaching out. I understand you would like to merge your two AWS accounts, 4821-7730-1154 and 9034-1187-2260, into one.

Unfortunately, it is not possible to combine two AWS accounts or move billing history from one account to another. What most customers in your situation do is:

1. Create an organization in AWS Organizations from the account you want to keep as the management account.
2. Invite the second account to join the organization. Consolidated billing then gives you a single bill for both accounts.
3. If you no longer need the second account after migrating its resources, close it from the Account page.

Please note that this has no effect on AWS Training and Certification profiles, which are managed separately.

I hope this helps. Let me know if you have any other questions.

Best regards,
Keiko T.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see the full history of this case, please visit:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % (L3_CASE,)
aws_mail('re-case-combine-aws-accounts-org', 'unrelated', L3_CASE, [], 'en',
         part(txt, cte='base64'), CONSOLE, DANIEL,
         'RE:[CASE %s] Merge two AWS accounts into one' % L3_CASE, T(2026, 2, 13, 23, 55, 40), 'o365')

L4_CASE = '6120937415'
txt = """Hello,

Thank you for contacting Amazon Seller Support.

We have completed the review of your request. The duplicate detail pages have now been merged: ASIN B0D7KQ2LMX has been merged into ASIN B0C9TW4F1R, and all offers from the duplicate page now appear on the remaining detail page. It may take up to 48 hours for the change to be visible to buyers.

If you have further questions about this case, please reply through Seller Central:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s

Was this helpful? Please rate your experience: https://sellercentral.amazon.com/cu/feedback?caseID=%s

Best regards,
Ana G.
Amazon Services
""" % (L4_CASE, L4_CASE)
aws_mail('re-case-seller-asin-merged', 'unrelated', L4_CASE, [], 'en',
         alt(part(txt), part(html_wrap(p2h(txt)), 'html')), '"Amazon Seller Central" <seller-notification@amazon.com>', DANIEL,
         'RE:[CASE %s] Detail page merge request' % L4_CASE, T(2026, 2, 10, 17, 24, 9), 'o365')

def cm_auth(local='bounce'):
    return gen_auth('%s@certmetrics.com' % local, 'certmetrics.com', 'certmetrics.com', pol='REJECT', sel='k1')

txt = """AWS Certification wants to hear from you!

Dear Wei Chen,

Thank you for being part of the AWS Certified community. We would like to learn about your experience with AWS Certification so we can continue to improve our program.

The survey takes about 10 minutes. Your responses are confidential.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?s=%s

Candidate ID: AWS11803472

Thank you,
AWS Training and Certification

This e-mail was sent by CertMetrics on behalf of AWS Training and Certification. Please do not reply to this message.
""" % rhex(20)
emit('aws-certification-hear-from-you', 'unrelated', None, ['AWS11803472'], False, 'en',
     alt(part(txt), part(html_wrap(p2h(txt)), 'html')), '"AWS Certification" <do-not-reply@certmetrics.com>', WEI,
     'AWS Certification wants to hear from you', T(2026, 2, 28, 16, 8, 51), 'gmail', cm_auth(),
     sender_ip='52.160.114.76', sender_host='mail.certmetrics.com', dkims=[('certmetrics.com', 'k1')])

txt = """Congratulations, Daniel!

You have successfully recertified AWS Certified Developer - Associate. Your certification is now valid until February 18, 2029.

Candidate ID: AWS 04418273
Validation number: 7QHZ8M1KB2E4SJ9X

Your digital badge will be available on Credly within 3 business days. You can download your certificate and review your benefits in your AWS Certification Account.

Thank you for your continued commitment to AWS Certification.

AWS Training and Certification

Please do not reply to this message. This e-mail was sent by CertMetrics on behalf of AWS Training and Certification.
"""
emit('recertification-congratulations', 'unrelated', None, ['AWS04418273'], False, 'en',
     part(txt, cte='quoted-printable'), '"AWS Certification" <do-not-reply@certmetrics.com>', DANIEL,
     'Congratulations on your AWS recertification', T(2026, 2, 18, 20, 2, 33), 'o365', cm_auth(),
     sender_ip='52.160.114.76', sender_host='mail.certmetrics.com', dkims=[('certmetrics.com', 'k1')])

txt = """Dear Wei Chen,

Thank you for scheduling your exam with Pearson VUE. This message confirms the details of your appointment.

Exam: AIF-C01: AWS Certified AI Practitioner
Delivery: OnVUE online proctored exam
Date: Friday, February 27, 2026
Time: 10:30 AM Japan Standard Time
Registration ID: 482917736
Candidate ID: aws11803472

Please check in 30 minutes before your appointment. Make sure you have run the system test on the computer you will use.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Sincerely,
Pearson VUE
"""
emit('pearson-vue-appointment-confirmation', 'unrelated', None, ['AWS11803472'], False, 'en',
     alt(part(txt), part(html_wrap(p2h(txt)), 'html')), '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', WEI,
     'Pearson VUE Confirmation of Booking - AIF-C01', T(2026, 2, 15, 3, 12, 0), 'gmail',
     gen_auth('bounces@email.pearson.com', 'pearson.com', 'pearson.com', pol='QUARANTINE'),
     sender_ip='192.28.147.41', sender_host='mta-192-28-147-41.pearson.com', dkims=[('pearson.com', 'pvsel1')])

txt = """森 遥 様

ピアソンVUEをご利用いただきありがとうございます。
以下のとおり、試験予約の変更を承りました。

試験名: SAA-C03: AWS Certified Solutions Architect - Associate（日本語）
受験方法: テストセンター
会場: ピアソンVUE 横浜テストセンター
変更後の日時: 2026年3月7日（土）13:00
登録番号: 483301952
受験者 ID: AWS07730154

当日は、有効な身分証明書を 2 点ご持参のうえ、開始時刻の 15 分前までにご来場ください。

予約の変更・キャンセルは、試験開始 24 時間前までに https://home.pearsonvue.com/aws から行ってください。

ピアソンVUE
"""
emit('pearson-vue-yoyaku-henkou', 'unrelated', None, ['AWS07730154'], False, 'ja',
     part(txt, label='shift_jis', codec='cp932', cte='base64'), enc_addr('ピアソンVUE', 'pearsonvuecustomerservice@pearson.com', 'iso-2022-jp'), MORI,
     '【ピアソンVUE】試験予約変更の確認 - SAA-C03', T(2026, 2, 19, 8, 45, 20), 'biglobe',
     gen_auth('bounces@email.pearson.com', 'pearson.com', 'pearson.com', pol='QUARANTINE'),
     sender_ip='192.28.147.44', sender_host='mta-192-28-147-44.pearson.com', dkims=[('pearson.com', 'pvsel1')], subj_charset='iso-2022-jp')

txt = """Verify your AWS Builder ID email address

Hello,

To finish creating your AWS Builder ID, enter the following verification code:

481926

This code expires in 10 minutes. If you did not try to create an AWS Builder ID, you can ignore this e-mail.

Amazon Web Services
"""
emit('builder-id-verification-code', 'unrelated', None, [], True, 'en',
     alt(part(txt), part(html_wrap(p2h(txt)), 'html')), '"AWS" <no-reply@signin.aws>', DANIEL,
     'Verify your AWS Builder ID email address', T(2026, 2, 3, 0, 55, 12), 'o365',
     gen_auth('0100019c%s@send.signin.aws' % rhex(20), 'signin.aws', 'signin.aws', pol='QUARANTINE', sel='s1'),
     sender_ip='54.240.27.99', sender_host='a27-99.smtp-out.amazonses.com', mid=ses_mid(T(2026, 2, 3, 0, 55, 12)),
     dkims=[('signin.aws', 's1'), ('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')])
# ---------------------------------------------------------------- look-alikes: Credly notices, re:Post, newsletters, forward
def cr_auth(user):
    a = credly_auth(); a['mailfrom'] = a['mailfrom'].replace('daniel.okafor=kitaboshi-tech.co.jp', user); return a

txt = """Hi Daniel,

Your badge AWS Certified Solutions Architect - Associate, issued by Amazon Web Services Training and Certification, will expire on May 21, 2026.

To keep your badge active, you may need to complete the issuer's renewal requirements before the expiration date. Visit the issuer's website for details on how to recertify.

View your badge: https://www.credly.com/badges/%s

Thank you,
The Credly Team
""" % rhex(36)
credly_mail('credly-badge-expires-soon', 'unrelated', 'en', alt(part(txt), part(html_wrap(p2h(txt)), 'html')), DANIEL,
            'Your AWS Certified Solutions Architect - Associate badge expires in 90 days', T(2026, 2, 20, 15, 0, 2), 'o365',
            frm='"Credly" <admin@credly.com>')

txt = """Complete your account merge

Hi Wei,

We received a request to merge the Credly account w.chen@mail.tsukuba-u.example into the account you are signed in with. To continue, enter this code on the merge page:

702114

Or click the link below to finish the merge:
https://www.credly.com/users/merge/confirm?token=%s

This code expires in 30 minutes. If you did not request this, you can safely ignore this e-mail; no changes will be made.

The Credly Team
""" % rhex(40)
credly_mail('credly-complete-account-merge-code', 'unrelated', 'en', alt(part(txt), part(html_wrap(p2h(txt)), 'html')), WEI,
            'Your Credly account merge code', T(2026, 2, 28, 2, 14, 47), 'gmail', frm='"Credly" <admin@credly.com>',
            auth=cr_auth('wei.chen.dev=gmail.com'))

html = html_wrap("""<div style="max-width:600px;margin:auto">
<h1 style="color:#ff6b00">Your skills, verified.</h1>
<p>Hi Haruka,</p>
<p>Employers are looking for proof of skills more than ever. Our new <b>2026 Skills Report</b> shows that earners who share their badges get 6x more profile views.</p>
<ul><li>Share your badges to LinkedIn in one click</li>
<li>Discover new badges from issuers like Amazon Web Services, IBM and Google Cloud</li>
<li>Set up your public profile and let recruiters find you</li></ul>
<p><a href="https://info.credly.com/2026-skills-report" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Read the report</a></p>
<p style="font-size:11px;color:#888">You are receiving this e-mail because you have a Credly account. <a href="https://info.credly.com/unsubscribe">Unsubscribe</a><br>Credly, Inc. | 100 Enterprise Way, Scotts Valley, CA 95066</p>
</div>""")
credly_mail('credly-skills-report-newsletter', 'unrelated', 'en', part(html, 'html', cte='quoted-printable'), MORI,
            'Haruka, see what your badges can do in 2026', T(2026, 2, 24, 17, 30, 0), 'biglobe', frm='"Credly" <news@credly.com>',
            auth=cr_auth('haruka.mori=biglobe.ne.jp'))

txt = """AWS re:Post

あなたの質問に新しい回答が投稿されました。

質問: 認定アカウントが 2 つあります。統合する方法はありますか？

回答（AWS エキスパート）:
AWS トレーニングと認定のお問い合わせフォームから、問い合わせ種別「アカウントの統合」を選んで依頼してください。各アカウントの候補者 ID（AWS から始まる番号）とサインイン用メールアドレスを記載すると、やり取りがスムーズです。統合は取り消しできないので、どちらのアカウントを残すかを事前に決めておくことをおすすめします。

回答を表示: https://repost.aws/ja/questions/QU%s

このメールは、re:Post の通知設定に基づいて送信されています。通知設定の変更: https://repost.aws/ja/settings
""" % rhex(20).upper()
emit('repost-atarashii-kaitou', 'unrelated', None, [], True, 'ja',
     alt(part(txt), part(html_wrap(p2h(txt)), 'html')), '"AWS re:Post" <no-reply@repost.aws>', MORI,
     '[AWS re:Post] 質問に新しい回答があります: 認定アカウントが 2 つあります。統合する方法はありますか？', T(2026, 2, 6, 12, 27, 33), 'biglobe',
     gen_auth('0100019c%s@mail.repost.aws' % rhex(20), 'repost.aws', 'repost.aws', pol='QUARANTINE', sel='rp1'),
     sender_ip='54.240.48.110', sender_host='a48-110.smtp-out.amazonses.com', mid=ses_mid(T(2026, 2, 6, 12, 27, 33)),
     dkims=[('repost.aws', 'rp1'), ('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug')])

html = html_wrap("""<table width="640" align="center"><tr><td>
<p style="font-size:20px;font-weight:bold;color:#232f3e">AWS トレーニングと認定 ニュースレター 2026年3月号</p>
<p><b>■ 新しい認定試験のご案内</b><br>AWS Certified Generative AI Developer - Professional の日本語版試験が提供開始となりました。</p>
<p><b>■ 認定特典をご活用ください</b><br>AWS 認定を取得された方は、次回の認定試験を 50% 割引で受験いただけます。特典は AWS Certification Account の「Benefits」から確認できます。</p>
<p><b>■ よくあるご質問</b><br>Q. 認定アカウントを複数お持ちの場合は？<br>A. 異なるメールアドレスで複数のアカウントを作成された場合は、お問い合わせフォームからアカウントの統合をご依頼いただけます。</p>
<p><a href="https://aws.amazon.com/jp/training/">トレーニングを探す</a> | <a href="https://aws.amazon.com/jp/certification/">認定について詳しく</a></p>
<p style="font-size:11px;color:#687078">このメールは AWS からのお知らせの配信を希望された方にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>
</td></tr></table>""")
txt = """AWS トレーニングと認定 ニュースレター 2026年3月号

このメールを正しく表示できない場合は、ブラウザでご覧ください: https://pages.awscloud.com/jp-tc-newsletter-202603.html

配信停止: https://pages.awscloud.com/communication-preferences
"""
aws_mail('tc-newsletter-2026-03-ja', 'unrelated', None, [], 'ja',
         alt(part(txt, cte='base64'), part(html, 'html', cte='base64')), enc_addr('AWS トレーニングと認定', 'aws-marketing-email-replies@amazon.com'), MORI,
         'AWS トレーニングと認定 ニュースレター 2026年3月号：新試験と認定特典のご案内', T(2026, 2, 26, 1, 0, 0), 'biglobe')

# Mori forwards her completion mail to Daniel (her mail, not AWS's)
fwd_txt = """ダニエルさん

先日相談した認定アカウントの件、無事に統合してもらえました！
旧アカウント aws-02285619 の資格は全部 AWS07730154 の方に移っています。
問い合わせから 3 日くらいでした。参考までに AWS からのメールを転送します。

森

-------- 転送メッセージ --------
件名: RE:[CASE %s] %s
日付: Thu, 12 Feb 2026 14:20:37 +0900
差出人: Amazon Web Services <no-reply-aws@amazon.com>
宛先: 森 遥 <haruka.mori@biglobe.ne.jp>

森 遥 様

大変お待たせいたしました。

統合元アカウント aws-02285619 に登録されていた認定資格、受験履歴および特典を、AWS07730154 へ移行いたしました。統合元アカウントは無効化済みのため、今後は haruka.mori@biglobe.ne.jp でサインインしてご利用ください。

本件につきましては以上で対応完了となりますので、本ケースはクローズさせていただきます。

山本
Amazon Web Services
""" % (B_CASE, B_SUBJ)
emit('fwd-tougou-kanryo-mori', 'unrelated', B_CASE, [B_KEEP, B_OLD], False, 'ja',
     part(fwd_txt, label='iso-2022-jp', cte='7bit'), MORI, DANIEL,
     '転送: RE:[CASE %s] %s' % (B_CASE, B_SUBJ), T(2026, 2, 12, 7, 2, 10), 'o365',
     gen_auth('haruka.mori@biglobe.ne.jp', 'biglobe.ne.jp', 'biglobe.ne.jp', pol='NONE'),
     sender_ip='133.205.117.40', sender_host='mail-sd-m01.biglobe.ne.jp', dkims=[('biglobe.ne.jp', 'default')],
     subj_charset='iso-2022-jp', extra=[('User-Agent', 'BIGLOBE Mail/1.6')])

html = html_wrap("""<table width="600" align="center"><tr><td>
<p style="font-size:13px;color:#6a6f73">Udemy</p>
<h2>【最大85%OFF】AWS 認定ソリューションアーキテクト アソシエイト 試験対策講座</h2>
<p>森さん、こんにちは。</p>
<p>あなたにおすすめのコースがセール中です。模擬試験 6 回分付きの人気講座で、AWS 認定試験の合格を目指しましょう。</p>
<ul><li>【SAA-C03】AWS 認定ソリューションアーキテクト アソシエイト 模擬試験問題集（390 問）</li>
<li>これだけで OK！ AWS 認定クラウドプラクティショナー 完全対策</li></ul>
<p><a href="https://www.udemy.com/ja/courses/search/?q=aws%E8%AA%8D%E5%AE%9A">今すぐチェック</a></p>
<p style="font-size:11px">セールは 2026年2月22日 23:59 まで。配信停止は<a href="https://www.udemy.com/user/edit-notifications/">こちら</a></p>
</td></tr></table>""")
emit('udemy-aws-nintei-sale', 'unrelated', None, [], False, 'ja',
     part(html, 'html', cte='quoted-printable'), '"Udemy" <no-reply@e.udemymail.com>', MORI,
     '森さん、AWS認定試験対策講座が最大85%OFF - 本日から', T(2026, 2, 20, 10, 0, 5), 'biglobe',
     gen_auth('bounce-%s@e.udemymail.com' % rhex(10), 'e.udemymail.com', 'e.udemymail.com', pol='NONE', sel='sf1'),
     sender_ip='198.21.3.52', sender_host='o3.e.udemymail.com', dkims=[('e.udemymail.com', 'sf1')])

txt = """Congratulations, you are now AWS Certified!

Hello Wei Chen,

Congratulations on passing the AWS Certified AI Practitioner exam on February 27, 2026.

Your candidate ID: AWS11803472

You can view your score report and download your digital certificate from your AWS Certification Account at https://cp.certmetrics.com/amazon/. Your digital badge will arrive by e-mail from Credly, our badging partner, within 5 business days.

As an AWS Certified individual, you are eligible for a 50% discount on your next AWS Certification exam.

Best regards,
AWS Training and Certification
"""
aws_mail('now-aws-certified-ai-practitioner', 'unrelated', None, ['AWS11803472'], 'en',
         alt(part(txt), part(html_wrap(p2h(txt)), 'html')), '"AWS Training and Certification" <aws-certification-noreply@amazon.com>', WEI,
         'Congratulations, you are now AWS Certified', T(2026, 2, 28, 4, 31, 18), 'gmail')

txt = """Wei, you earned a new badge!

Amazon Web Services Training and Certification issued you a new badge:

AWS Certified AI Practitioner

Accept your badge to share it with your network: https://www.credly.com/earner/earned/badge/%s

Credly, Inc. | 100 Enterprise Way, Scotts Valley, CA 95066
""" % rhex(36)
credly_mail('credly-new-badge-ai-practitioner', 'credly_badge_issued', 'en',
            alt(part(txt), part(html_wrap(p2h(txt)), 'html')), WEI,
            'Wei, you earned a new badge from Amazon Web Services Training and Certification', T(2026, 3, 2, 9, 12, 40), 'gmail',
            auth=cr_auth('wei.chen.dev=gmail.com'))
# ---------------------------------------------------------------- unrelated mail using the same words
def gh_auth():
    return gen_auth('noreply@github.com', 'github.com', 'github.com', pol='REJECT', sel='pf2023')

txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitaboshi-tech/infra-terraform/pull/482#event-16203377182
You are receiving this because you were mentioned.

Message ID: <kitaboshi-tech/infra-terraform/pull/482/issue_event/16203377182@github.com>
"""
html = html_wrap("""<p>Merged <a href="https://github.com/kitaboshi-tech/infra-terraform/pull/482">#482</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kitaboshi-tech/infra-terraform/pull/482#event-16203377182">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>""")
emit('github-pr-482-merged', 'unrelated', None, [], False, 'en',
     alt(part(txt, cte='7bit', label='UTF-8'), part(html, 'html', cte='7bit', label='UTF-8')), '"Kenta Ishii" <notifications@github.com>',
     'kitaboshi-tech/infra-terraform <infra-terraform@noreply.github.com>',
     'Re: [kitaboshi-tech/infra-terraform] Merge account-baseline module for the sandbox accounts (PR #482)', T(2026, 2, 10, 6, 41, 22), 'o365',
     gh_auth(), sender_ip='192.30.252.206', sender_host='out-23.smtp.github.com', cc='Daniel Okafor <daniel.okafor@kitaboshi-tech.co.jp>, Mention <mention@noreply.github.com>',
     mid='<kitaboshi-tech/infra-terraform/pull/482/issue_event/16203377182@github.com>',
     in_reply_to='<kitaboshi-tech/infra-terraform/pull/482@github.com>', references='<kitaboshi-tech/infra-terraform/pull/482@github.com>',
     dkims=[('github.com', 'pf2023')], extra=[('List-ID', 'kitaboshi-tech/infra-terraform <infra-terraform.kitaboshi-tech.github.com>'), ('X-GitHub-Reason', 'mention')])

txt = """Wei Chen merged merge request !117 at wei-chen / cert-study-notes

Project: https://gitlab.com/wei-chen/cert-study-notes
Branch: feature/account-merge-notes -> main
Title: Add notes on merging duplicate certification accounts

Merge request URL: https://gitlab.com/wei-chen/cert-study-notes/-/merge_requests/117

--
You're receiving this email because of your account on gitlab.com. Unsubscribe from this thread · Manage all notifications · Help
"""
emit('gitlab-mr-117-merged', 'unrelated', None, [], False, 'en',
     alt(part(txt), part(html_wrap(p2h(txt)), 'html')), '"GitLab" <gitlab@mg.gitlab.com>', WEI,
     'Re: cert-study-notes | Add notes on merging duplicate certification accounts (!117)', T(2026, 2, 27, 12, 5, 31), 'gmail',
     gen_auth('bounce+%s@mg.gitlab.com' % rhex(8), 'mg.gitlab.com', 'mg.gitlab.com', pol='REJECT', sel='mailo'),
     sender_ip='69.72.35.190', sender_host='m35-190.mailgun.net', dkims=[('mg.gitlab.com', 'mailo')],
     mid='<merge_request_301188420@gitlab.com>', in_reply_to='<merge_request_301188420@gitlab.com>',
     extra=[('X-GitLab-Project', 'cert-study-notes'), ('X-GitLab-MergeRequest-IID', '117'), ('X-GitLab-NotificationReason', 'own_activity')])

txt = """Hi Daniel,

Test case C4812 was assigned to you by Yuki Hayashi.

Project: Customer Portal 3.2
Suite: Account management
Test case: C4812 - Merge duplicate customer accounts: confirmation dialog
Priority: High
Refs: PORTAL-1377

Steps (excerpt):
1. Sign in as an admin and open two customer accounts with the same e-mail address.
2. Click "Merge accounts" and choose which account to keep.
3. Verify that a confirmation dialog warns that the merge cannot be undone.
4. Confirm and verify that the secondary account is closed and its orders are moved.

Open test case: https://kitaboshi.testrail.io/index.php?/cases/view/4812

--
TestRail notification. You can change your notification settings in My Settings.
"""
emit('testrail-test-case-c4812-assigned', 'unrelated', None, [], False, 'en',
     part(txt, cte='quoted-printable'), '"TestRail" <notifications@testrail.io>', DANIEL,
     '[TestRail] Test case C4812 assigned to you: Merge duplicate customer accounts', T(2026, 2, 16, 1, 22, 8), 'o365',
     gen_auth('bounces@notify.testrail.io', 'testrail.io', 'testrail.io', pol='NONE', sel='tr1'),
     sender_ip='198.2.178.17', sender_host='mail178-17.suw21.mandrillapp.com', dkims=[('testrail.io', 'tr1')])

txt = """Daniel Okafor さん

林 由紀 さんが課題を更新しました。

[KITA-231] テストケース: 認定アカウント統合確認画面の表示確認

状態: 処理中 → 完了
担当者: Daniel Okafor
コメント:
統合確認画面（「この操作は取り消せません」の警告表示）のテストケースを全件実施しました。
重複アカウントを統合したあと、旧アカウントでログインできないことも確認済みです。
ケース 12 件中 12 件 OK です。

https://kitaboshi.backlog.jp/view/KITA-231

--
※このメールは Backlog から自動送信されています。
"""
emit('backlog-kita-231-test-case-kanryo', 'unrelated', None, [], False, 'ja',
     part(txt, label='iso-2022-jp', cte='7bit'), enc_addr('林 由紀 [Backlog]', 'no-reply@backlog.jp', 'iso-2022-jp'), DANIEL,
     '[KITA-231] テストケース: 認定アカウント統合確認画面の表示確認', T(2026, 2, 17, 6, 3, 44), 'o365',
     gen_auth('no-reply@backlog.jp', 'backlog.jp', 'backlog.jp', pol='QUARANTINE', sel='bl'),
     sender_ip='52.68.143.10', sender_host='mail-out.backlog.jp', dkims=[('backlog.jp', 'bl')], subj_charset='iso-2022-jp')

txt = """Daniel Okafor 様

株式会社キタボシテクノロジー 人事部です。

SmartHR 上で重複して登録されていた従業員アカウント（旧メールアドレス: d.okafor@kitaboshi-tech.jp）の統合が完了しました。
今後は daniel.okafor@kitaboshi-tech.co.jp でログインしてください。

雇用契約書、年末調整の書類など、旧アカウントに登録されていたデータはすべて引き継がれています。
内容に誤りがある場合は、人事部（内線 2140）までご連絡ください。

ログインはこちら: https://kitaboshi.smarthr.jp/

SmartHR
"""
emit('smarthr-account-tougou-oshirase', 'unrelated', None, [], False, 'ja',
     part(txt, cte='base64'), enc_addr('SmartHR', 'noreply@smarthr.jp'), DANIEL,
     '【SmartHR】従業員アカウント統合のお知らせ', T(2026, 2, 19, 0, 30, 0), 'o365',
     gen_auth('bounce@mail.smarthr.jp', 'smarthr.jp', 'smarthr.jp', pol='REJECT', sel='s2'),
     sender_ip='167.89.120.55', sender_host='o1.mail.smarthr.jp', dkims=[('smarthr.jp', 's2')])

txt = """社員各位

情報システム部です。

2月14日（土）に実施したメールアカウント移行作業は、予定どおり完了しました。
旧ドメイン（@kitaboshi-tech.jp）宛てのメールは、引き続き新アドレスに転送されます。

【受付番号】0214-IT-0087
【対象】全社員
【ご対応いただくこと】
・Outlook の再起動
・スマートフォンのメールアプリでアカウントを再設定（手順書: \\\\fs01\\it\\mail-migration.pdf）

不明な点はヘルプデスク（内線 1999）までお問い合わせください。

情報システム部 ヘルプデスク
"""
emit('jyoshisu-mail-ikou-kanryo', 'unrelated', None, [], None, 'ja',
     part(txt, label='shift_jis', codec='cp932', cte='8bit'), enc_addr('情報システム部 ヘルプデスク', 'helpdesk@kitaboshi-tech.co.jp'), 'all-staff@kitaboshi-tech.co.jp',
     '【完了】メールアカウント移行作業のお知らせ', T(2026, 2, 15, 23, 45, 0), 'internal', None,
     extra=[('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'ja-JP')])
txt = """Hi Daniel,

Quick one - you mentioned at lunch that AWS sorted out your two certification logins. I'm in the same boat: I have AWS 05518247 from my time at the old company and I think another one under my personal Gmail, but I can't remember that ID.

Did you go through the Training & Certification contact form or open a case from the console? And did they need both IDs up front, or can they find the second one from the e-mail address?

Thanks!
Sam

Sam Rivera | Cloud Platform Team
Kitaboshi Technology K.K.
"""
emit('colleague-how-did-you-merge', 'unrelated', None, ['AWS05518247'], None, 'en',
     part(txt, label='us-ascii', cte='7bit'), 'Sam Rivera <sam.rivera@kitaboshi-tech.co.jp>', DANIEL,
     'quick question about your AWS cert accounts', T(2026, 2, 9, 4, 12, 55), 'internal', None,
     mid='<TYCPR01MB8841%s@TYCPR01MB8841.jpnprd01.prod.outlook.com>' % rhex(12).upper(),
     extra=[('Thread-Topic', 'quick question about your AWS cert accounts'), ('Content-Language', 'en-US')])

txt = """ダニエルさん

ありがとうございます、助かります！
私も AWS 03391127（会社）と aws-08820461（個人）の 2 つがあるので、同じようにフォームから依頼してみます。
「Account Merge」を選べばいいんですね。

佐藤

2026年2月13日(金) 9:15 Daniel Okafor <daniel.okafor@kitaboshi-tech.co.jp>:
> 佐藤さん
>
> フォームは Training and Certification のお問い合わせページから出せます。
> 自分のときは、AWS からこんな返信が来て、2 日くらいで終わりました。
>
> > Good news: the certification records that were on AWS09123866 now sit on
> > AWS04418273, and the older profile has been retired.
>
> Daniel
>
> 2026年2月12日(木) 18:40 佐藤 翔太 <shota.sato@kitaboshi-tech.co.jp>:
> > ダニエルさん
> > 認定アカウントの統合ってどうやって頼みました？
"""
emit('re-nintei-account-tougou-sato', 'unrelated', None, ['AWS03391127', 'AWS08820461'], False, 'ja',
     part(txt, cte='quoted-printable'), enc_addr('佐藤 翔太', 'shota.sato@kitaboshi-tech.co.jp'), DANIEL,
     'Re: 認定アカウントの統合', T(2026, 2, 13, 1, 33, 20), 'o365',
     gen_auth('shota.sato@kitaboshi-tech.co.jp', 'kitaboshi-tech.co.jp', 'kitaboshi-tech.co.jp', pol='QUARANTINE', sel='selector1'),
     sender_ip='40.107.74.91', sender_host='TYVP286CU001.outbound.protection.outlook.com', dkims=[('kitaboshi-tech.co.jp', 'selector1')],
     in_reply_to='<TYCPR01MB7730%s@TYCPR01MB7730.jpnprd01.prod.outlook.com>' % rhex(12).upper(),
     references='<OS3PR01MB2291%s@OS3PR01MB2291.jpnprd01.prod.outlook.com> <TYCPR01MB7730%s@TYCPR01MB7730.jpnprd01.prod.outlook.com>' % (rhex(12).upper(), rhex(12).upper()))

txt = """Dear Wei Chen,

As requested, your two Everyday Savings accounts ending in 4471 and 9082 have been combined into a single account ending in 4471. Your combined balance and transaction history are available in online banking. The account ending in 9082 has been closed and any automatic transfers have been moved to the remaining account.

Reference number: 20260218-5531

If you did not request this change, please call us immediately at 1-800-555-0142.

Harbor Federal Credit Union
This is a service e-mail. Please do not reply.
"""
emit('bank-accounts-combined', 'unrelated', None, [], False, 'en',
     alt(part(txt), part(html_wrap(p2h(txt)), 'html')), '"Harbor Federal Credit Union" <alerts@harborfcu.org>', WEI,
     'Your accounts have been combined', T(2026, 2, 18, 21, 4, 40), 'gmail',
     gen_auth('alerts@harborfcu.org', 'harborfcu.org', 'harborfcu.org', pol='REJECT', sel='hf1'),
     sender_ip='208.75.123.160', sender_host='mail160.harborfcu.org', dkims=[('harborfcu.org', 'hf1')])

txt = """森 遥 様

いつも「すまいるポイント」をご利用いただき、ありがとうございます。

ご依頼いただいた会員アカウントの統合が完了しました。

統合元の会員番号: 3300-1182-5573
統合先の会員番号: 3300-0941-2268
移行したポイント: 2,184 ポイント

今後は統合先の会員番号でログインしてください。統合元のアカウントは利用できなくなります。
なお、一度統合したアカウントを元に戻すことはできません。

すまいるポイント事務局
https://www.smile-point.example.jp/
"""
emit('smile-point-kaiin-tougou-kanryo', 'unrelated', None, [], False, 'ja',
     part(txt, label='iso-2022-jp', cte='7bit'), enc_addr('すまいるポイント事務局', 'info@smile-point.example.jp', 'iso-2022-jp'), MORI,
     '【すまいるポイント】会員アカウント統合完了のお知らせ', T(2026, 2, 21, 3, 0, 12), 'biglobe',
     gen_auth('info@smile-point.example.jp', 'smile-point.example.jp', 'smile-point.example.jp', pol='NONE', sel='sp'),
     sender_ip='210.131.4.77', sender_host='mx77.smile-point.example.jp', dkims=[('smile-point.example.jp', 'sp')], subj_charset='iso-2022-jp')

txt = """##- Please type your reply above this line -##

Your request (1834412) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

Daniel Okafor, Feb 24, 2026, 10:18 JST

Hello, we have two Tessera organisations (kitaboshi-prod and kitaboshi-dev) and would like to merge them into one account so that billing and SSO are in one place. Is this possible without losing dashboards?

----------------------------------------------

This email is a service from Tessera Cloud Support.
[%s]
""" % rhex(6).upper() + '-' + rhex(5).upper()
emit('tessera-support-request-received', 'unrelated', '1834412', [], False, 'en',
     alt(part(txt), part(html_wrap(p2h(txt)), 'html')), '"Tessera Cloud Support" <support@tesseracloud.zendesk.com>', DANIEL,
     '[Tessera Cloud Support] Re: Merge two organisations into one account', T(2026, 2, 24, 1, 18, 30), 'o365',
     gen_auth('support@tesseracloud.zendesk.com', 'tesseracloud.zendesk.com', 'zendesk.com', pol='NONE', sel='zendesk1'),
     sender_ip='192.161.148.20', sender_host='outbyip20.pod17.iad1.zdsys.com', dkims=[('zendesk.com', 'zendesk1')])

cal = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Kenta Ishii:mailto:kenta.ishii@kitaboshi-tech.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Okafor:mailto:daniel.okafor@kitaboshi-tech.co.jp
DESCRIPTION;LANGUAGE=en-US:Review of the release/2026.03 merge into main. Please check the account-baseline changes before the meeting.\\n
SUMMARY;LANGUAGE=en-US:Release branch merge review
DTSTART;TZID=Tokyo Standard Time:20260218T150000
DTEND;TZID=Tokyo Standard Time:20260218T153000
UID:040000008200E00074C5B7101A82E008000000%s
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""" % rhex(40).upper()
txt = """Review of the release/2026.03 merge into main. Please check the account-baseline changes before the meeting.

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}
Meeting ID: 412 883 190 55
________________________________________________________________________________
""".replace('{id}', rhex(24))
m = alt(part(txt), part(html_wrap(p2h(txt)), 'html'))
c = part(cal, 'calendar', cte='base64'); c.set_param('method', 'REQUEST'); sub(c)
m.attach(c)
emit('invitation-release-merge-review', 'unrelated', None, [], None, 'en', m,
     'Kenta Ishii <kenta.ishii@kitaboshi-tech.co.jp>', DANIEL,
     'Release branch merge review', T(2026, 2, 16, 8, 2, 0), 'internal', None,
     extra=[('Thread-Topic', 'Release branch merge review'), ('X-MS-Exchange-Calendar-Series-Instance-Id', 'BAAAAIIA4AB0xbcQGoLgCAAAAA' + rhex(10))])
txt = """森です。

山田さん、ありがとうございます。
git merge --abort してから、rebase ではなく merge でやり直したらうまくいきました。
コンフリクトしていたのは README とアカウント設定の YAML だけでした。

2026年2月16日(月) 21:40 山田 太郎 <taro.yamada@example.ne.jp>:
> 山田です。
>
> main を取り込むときに conflict が出たなら、まず
>   git merge --abort
> で元に戻してから、もう一度 merge してみてください。
>
> 2026年2月16日(月) 20:05 森 遥 <haruka.mori@biglobe.ne.jp>:
> > 森です。
> > feature ブランチに main を merge しようとすると conflict が解消できません。
> > どなたか助けてください。
"""
emit('ml-re-git-merge-conflict', 'unrelated', None, [], False, 'ja',
     part(txt, label='iso-2022-jp', cte='7bit'), enc_addr('森 遥', MORI_ADDR, 'iso-2022-jp'), 'tech-ja@googlegroups.com',
     '[tech-ja:2291] Re: git merge で conflict が解消できません', T(2026, 2, 17, 11, 25, 3), 'biglobe',
     gen_auth('tech-ja+bncBD%s@googlegroups.com' % rhex(20).upper(), 'biglobe.ne.jp', 'biglobe.ne.jp', dmarc='pass', pol='NONE', sel='default'),
     sender_ip='209.85.219.71', sender_host='mail-qv1-f71.google.com', dkims=[('googlegroups.com', '20230601'), ('biglobe.ne.jp', 'default')],
     subj_charset='iso-2022-jp', in_reply_to='<CAF%s@mail.gmail.com>' % rhex(20),
     extra=[('List-ID', '<tech-ja.googlegroups.com>'), ('Mailing-list', 'list tech-ja@googlegroups.com; contact tech-ja+owners@googlegroups.com'), ('X-Original-Sender', MORI_ADDR)])

html = html_wrap("""<div style="max-width:620px;margin:auto;font-family:Georgia,serif">
<p style="color:#888">Cloud Cert Weekly &middot; Issue #112 &middot; February 25, 2026</p>
<h1>Two candidate IDs? How to get your AWS certifications under one roof</h1>
<p>Every week someone in our Discord discovers they have two AWS Certification profiles: one from university, one from work. Here is what readers who went through it told us.</p>
<h3>1. Find both candidate IDs</h3>
<p>Your candidate ID looks like <code>AWS12345678</code> and is shown on your score reports and in the CertMetrics portal.</p>
<h3>2. Use the Training &amp; Certification contact form</h3>
<p>Pick "Account Merge" as the detail. Expect an automatic acknowledgement first; an agent usually replies within a day or two and asks you to confirm which account survives.</p>
<h3>3. Check Credly afterwards</h3>
<p>Badges don't always follow. If yours stay on the old Credly account, reply on the same case rather than opening a new one.</p>
<p>Also this week: the new AIF-C01 blueprint, and why the 50% voucher isn't stackable.</p>
<p style="font-size:12px;color:#888"><a href="https://cloudcertweekly.substack.com/action/disable_email">Unsubscribe</a> &middot; Cloud Cert Weekly, 548 Market St PMB 72296, San Francisco, CA 94104</p>
</div>""")
txt = """Cloud Cert Weekly - Issue #112

Two candidate IDs? How to get your AWS certifications under one roof
Read online: https://cloudcertweekly.substack.com/p/two-candidate-ids

Also this week: the new AIF-C01 blueprint, and why the 50% voucher isn't stackable.
"""
emit('cloud-cert-weekly-112', 'unrelated', None, ['AWS12345678'], False, 'en',
     alt(part(txt), part(html, 'html')), '"Cloud Cert Weekly" <cloudcertweekly@substack.com>', WEI,
     'Two candidate IDs? How to get your AWS certifications under one roof', T(2026, 2, 25, 13, 0, 9), 'gmail',
     gen_auth('cloudcertweekly@substack.com', 'substack.com', 'substack.com', pol='NONE', sel='mg'),
     sender_ip='143.55.236.12', sender_host='m236-12.substack.com', dkims=[('substack.com', 'mg')],
     extra=[('List-Unsubscribe', '<https://cloudcertweekly.substack.com/action/disable_email>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])

txt = """Nice, congrats! Good to know it only took a few days once you actually got a human. I have the same mess with an old employer profile, so I'll try the console route you described instead of the form.

Arjun

On Thu, Feb 26, 2026 at 7:02 PM Wei Chen <wei.chen.dev@gmail.com> wrote:

> Finally sorted. After the form request went nowhere I opened a support
> case from the console and this came back this morning:
>
> > Your certification history now lives under a single candidate ID:
> > everything that was on AWS06637045 has been transferred to AWS11803472,
> > and the former ID has been closed.
>
> Still waiting for Credly to catch up.
>
> On Tue, Feb 24, 2026 at 9:30 PM Arjun Mehta <arjun.mehta.92@gmail.com>
> wrote:
>
>> Did AWS ever answer you about the duplicate accounts?
>>
"""
emit('re-finally-sorted-arjun', 'unrelated', None, [], False, 'en',
     part(txt, cte='quoted-printable'), 'Arjun Mehta <arjun.mehta.92@gmail.com>', WEI,
     'Re: AWS cert accounts', T(2026, 2, 26, 14, 48, 27), 'gmail',
     gen_auth('arjun.mehta.92@gmail.com', 'gmail.com', 'gmail.com', pol='NONE', sel='20230601'),
     sender_ip='209.85.220.41', sender_host='mail-sor-f41.google.com', dkims=[('gmail.com', '20230601')],
     mid='<CAGx%s@mail.gmail.com>' % rhex(30), in_reply_to='<CAKp%s@mail.gmail.com>' % rhex(30),
     references='<CAGx%s@mail.gmail.com> <CAKp%s@mail.gmail.com>' % (rhex(30), rhex(30)))

txt = """Hi Priya,

The details are correct. Please proceed with the merge.

Thanks,
Daniel

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, February 5, 2026 11:10 AM
To: Daniel Okafor <daniel.okafor@kitaboshi-tech.co.jp>
Subject: RE:[CASE %s] %s

""" % (A_CASE, A_SUBJ) + A_CONF_TXT
emit('re-case-details-correct-own-copy', 'unrelated', A_CASE, [], None, 'en',
     part(txt, cte='quoted-printable'), DANIEL, 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
     'RE:[CASE %s] %s' % (A_CASE, A_SUBJ), T(2026, 2, 5, 2, 48, 6), 'internal', None,
     cc=DANIEL, mid='<TYWPR01MB3359%s@TYWPR01MB3359.jpnprd01.prod.outlook.com>' % rhex(12).upper(),
     extra=[('Thread-Topic', 'RE:[CASE %s] %s' % (A_CASE, A_SUBJ)), ('Content-Language', 'en-US')])

txt = """Daniel Okafor さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #58「AWS 認定、取ったあとどうする？」
日時: 2026/03/05(木) 19:00〜21:00
会場: 目黒セントラルスクエア 21F（オンライン配信あり）
参加枠: 現地参加（受付番号: 7731）

タイムテーブル（抜粋）
19:10 全冠ホルダーが語る再認定の回し方
19:40 LT: 認定アカウントが 2 つあったので統合してもらった話
20:00 LT: Credly バッジを社内評価に使う

イベントページ: https://jawsug.connpass.com/event/38%s/

connpass
""" % str(R.randint(1000, 9999))
emit('connpass-jawsug-sanka-touroku', 'unrelated', None, [], False, 'ja',
     alt(part(txt, cte='base64'), part(html_wrap(p2h(txt)), 'html', cte='base64')), enc_addr('connpass', 'no-reply@connpass.com'), DANIEL,
     '【connpass】JAWS-UG 東京 #58「AWS 認定、取ったあとどうする？」への参加登録が完了しました', T(2026, 2, 22, 12, 3, 58), 'o365',
     gen_auth('no-reply@connpass.com', 'connpass.com', 'connpass.com', pol='NONE', sel='cp1'),
     sender_ip='54.240.62.32', sender_host='a62-32.smtp-out.amazonses.com', dkims=[('connpass.com', 'cp1')])
finalize()
