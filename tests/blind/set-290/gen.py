#!/usr/bin/env python3
"""Generator for blind set 290: AWS Certification account-merge mailbox (non-native English emphasis)."""
import base64, quopri, json, os, re, random, uuid, hashlib, html as htmlmod
import datetime as dt
import email
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import format_datetime
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(290)
MAILS = []          # (fname, bytes, label)
POL = policy.compat32.clone(max_line_length=0, linesep='\n')
UTC = dt.timezone.utc

def T(y, mo, d, h, mi, s=0, off=0):
    """datetime with offset hours (off)"""
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=off)))

def case15(when, tail=None):
    ts = int(when.timestamp())
    if tail is None:
        tail = '%05d' % rng.randint(0, 99999)
    return '%d%s' % (ts, tail)

def hexs(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))

def b64s(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rng.choice(a) for _ in range(n))

def alnum(n):
    return ''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))

def uid():
    return str(uuid.UUID(int=rng.getrandbits(128)))

def ses_msgid(when, region=None):
    ms = int(when.timestamp() * 1000)
    dom = ('%s.amazonses.com' % region) if region else 'email.amazonses.com'
    return '<0100%012x-%s-000000@%s>' % (ms, uid(), dom), '0100%012x-%s-000000@amazonses.com' % (ms, uid())

def fdate(when):
    return format_datetime(when)

def pdt(when):
    return format_datetime(when.astimezone(dt.timezone(dt.timedelta(hours=-7)))) + ' (PDT)'

# ---------------------------------------------------------------- body parts
CODEC = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8', 'us-ascii': 'ascii',
         'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252', 'euc-jp': 'euc_jp'}

def tpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None):
    data = text.encode(codec or CODEC[charset])
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', label or charset)
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    else:
        payload = data.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    del p['MIME-Version']
    return p

def alt(plain, html, charset='utf-8', cte='quoted-printable', hcte=None, **kw):
    m = MIMEMultipart('alternative', boundary=boundary())
    m.attach(tpart(plain, 'plain', charset, cte, **kw))
    m.attach(tpart(html, 'html', charset, hcte or cte, **kw))
    del m['MIME-Version']
    return m

def boundary():
    style = rng.choice(['ses', 'gmail', 'outlook', 'plain'])
    if style == 'ses':
        return '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999), rng.randint(10000000, 999999999), rng.randint(10**12, 10**13))
    if style == 'gmail':
        return '000000000000' + hexs(16)
    if style == 'outlook':
        return '_000_' + ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(40)) + '_'
    return '=_' + hexs(24)

def to_html(text, wrap=True):
    """turn plain text into simple html paragraphs"""
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(htmlmod.escape(l) for l in p.split('\n')) + '</p>')
    body = '\n'.join(out)
    if not wrap:
        return body
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            + body + '\n</body></html>\n')

# ---------------------------------------------------------------- transport headers
def ar_line(authserv, dkim=(), spf=None, dmarc=None, extra=''):
    items = []
    for res, d, sel in dkim:
        if res == 'none':
            items.append('dkim=none (message not signed)')
        else:
            items.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, sel, b64s(8)))
    if spf:
        res, mf, ip = spf
        if authserv == 'mx.google.com':
            dom = mf.split('@')[-1]
            verb = {'pass': 'designates %s as permitted sender' % ip, 'softfail': 'domain of transitioning %s does not designate %s as permitted sender' % (mf, ip),
                    'fail': 'domain of %s does not designate %s as permitted sender' % (mf, ip), 'neutral': '%s is neither permitted nor denied by best guess record for domain of %s' % (ip, mf)}[res]
            if res == 'pass':
                items.append('spf=pass (google.com: domain of %s %s) smtp.mailfrom=%s' % (mf, verb, mf))
            else:
                items.append('spf=%s (google.com: %s) smtp.mailfrom=%s' % (res, verb, mf))
        else:
            items.append('spf=%s smtp.mailfrom=%s' % (res, mf))
    if dmarc:
        res, fd, pol = dmarc
        if authserv == 'mx.google.com':
            items.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (res, pol, pol, 'NONE' if res == 'pass' else ('QUARANTINE' if pol == 'QUARANTINE' else 'NONE'), fd))
        else:
            items.append('dmarc=%s header.from=%s' % (res, fd))
    if extra:
        items.append(extra)
    return authserv + ';\n       ' + ';\n       '.join(items)

def ses_relay(region='us-east-1'):
    ip = rng.choice(['54.240.8.%d', '54.240.9.%d', '54.240.48.%d', '54.240.11.%d', '23.251.234.%d']) % rng.randint(2, 250)
    host = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:4]) if region == 'us-east-1' else 'a%s-%s.smtp-out.%s.amazonses.com' % (ip.split('.')[2], ip.split('.')[3], region)
    return host, ip

def dkim_sig(d, sel, when, h='From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s=' %
            (sel, d, int(when.timestamp()), h, b64s(43), b64s(70), b64s(100)))

def gmail_hdrs(rcpt, when, host, ip, mailfrom, ar):
    """topmost-first list of Gmail delivery headers (ar = full AR value)"""
    rec_t = when + dt.timedelta(seconds=rng.randint(1, 6))
    return [
        ('Delivered-To', rcpt),
        ('Received', 'by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (hexs(4), hexs(3), hexs(3), hexs(4), alnum(9), pdt(rec_t))),
        ('X-Google-Smtp-Source', 'AGHT+I' + b64s(60)),
        ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s' % (hexs(4), hexs(3), hexs(3), hexs(4), alnum(10), rng.randint(1, 9), rng.randint(10**12, 10**13), pdt(rec_t))),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(rec_t.timestamp()), b64s(76))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        b=%s' % (b64s(43), b64s(76))),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', '<%s>' % mailfrom),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' %
         (host, host, ip, alnum(26), rng.randint(1, 9), rng.randint(2025, 2026), rng.randint(1, 99), rcpt, pdt(when + dt.timedelta(seconds=1)))),
        ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip)),
        ('Authentication-Results', ar),
    ]

def outlook_hdrs(rcpt, when, host, ip, mailfrom, ar_items, compauth='pass reason=100'):
    """Outlook.com / M365: AR without authserv-id"""
    mailfrom_dom = mailfrom.split('@')[-1]
    srv = '%s%04d.namprd%02d.prod.outlook.com' % (rng.choice(['SN7PR', 'BY5PR', 'CH3PR', 'DM6PR', 'PH0PR']), rng.randint(1000, 9999), rng.randint(1, 20))
    edge = '%s.mail.protection.outlook.com' % rng.choice(['BN2PEPF000044A9', 'SA2PEPF00001508', 'CO1PEPF000042AB', 'DS3PEPF0000C37F'])
    t = when + dt.timedelta(seconds=rng.randint(1, 5))
    ar = '; '.join(ar_items) + ';compauth=' + compauth
    return [
        ('Received', 'from %s (::1) by\n %s with HTTPS; %s' % (srv, srv, format_datetime(t.astimezone(UTC)).replace('-0000', '+0000'))),
        ('Received', 'from %s (2603:10b6:%s::%s) by %s\n (2603:10b6:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' %
         (edge, hexs(3), hexs(2), srv, hexs(3), hexs(2), rng.randint(8000, 8999), rng.randint(10, 40), format_datetime(t.astimezone(UTC)).replace('-0000', '+0000'))),
        ('Authentication-Results', ar),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s designates %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C' %
         ('Pass', mailfrom_dom, ip, ip, host)),
        ('Received', 'from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' %
         (host, ip, edge, rng.randint(2, 250), rng.randint(8000, 8999), rng.randint(10, 40), format_datetime(when.astimezone(UTC)).replace('-0000', '+0000'))),
        ('Return-Path', mailfrom),
    ]

def jp_hdrs(rcpt, when, host, ip, mailfrom, ar, mx):
    t = when + dt.timedelta(seconds=rng.randint(1, 8))
    jst = dt.timezone(dt.timedelta(hours=9))
    return [
        ('Return-Path', '<%s>' % mailfrom),
        ('Delivered-To', rcpt),
        ('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (host, host, ip, mx, hexs(12).upper(), rcpt, format_datetime(t.astimezone(jst)))),
        ('Authentication-Results', ar),
    ]

def ses_sender_hdrs(when, sel_amzn='rjt5ebqegfi6kk5tz5byilrrnnh4wv7h', sel_ses='6gbrjpgwjskckoa6a5zn6fwqkn67xbtw', dom='amazon.com'):
    return [
        ('DKIM-Signature', dkim_sig(dom, sel_amzn, when)),
        ('DKIM-Signature', dkim_sig('amazonses.com', sel_ses, when, h='From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID')),
    ]

# ---------------------------------------------------------------- assembly
def build(fname, body, hdrs, label):
    """hdrs: ordered list of (name, value) placed above MIME headers."""
    ct = body['Content-Type']; cte = body['Content-Transfer-Encoding']
    for h in ('Content-Type', 'Content-Transfer-Encoding', 'MIME-Version'):
        del body[h]
    for k, v in hdrs:
        body[k] = v
    body['MIME-Version'] = '1.0'
    body['Content-Type'] = ct
    if cte:
        body['Content-Transfer-Encoding'] = cte
    data = body.as_bytes(policy=POL)
    assert fname not in [m[0] for m in MAILS], fname
    MAILS.append((fname, data, label))

def L(kind, case_id, ids, verified, lang='en'):
    return {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)), 'sender_verified': verified, 'language': lang}

def subj(*chunks):
    """chunks: str (ascii) or (str, charset) -> Header"""
    h = Header()
    for c in chunks:
        if isinstance(c, tuple):
            h.append(c[0], c[1])
        else:
            h.append(c, 'us-ascii')
    return h.encode(maxlinelen=76)

def aws_mail(fname, *, label, to, when, subject, body, frm='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
             provider='gmail', region='us-east-1', ar=None, extra=(), reply_to=None, jp_mx=None, feedback=True):
    """Genuine SES-sent AWS support mail."""
    mid, mailfrom = ses_msgid(when, region)
    host, ip = ses_relay(region)
    if provider == 'gmail':
        ar = ar or ar_line('mx.google.com', dkim=[('pass', 'amazon.com', 'rjt5ebqegfi6kk5tz5byilrrnnh4wv7h'), ('pass', 'amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw')],
                           spf=('pass', mailfrom, ip), dmarc=('pass', 'amazon.com', 'QUARANTINE'))
        top = gmail_hdrs(to, when, host, ip, mailfrom, ar)
    elif provider == 'outlook':
        ar = ar or ['spf=pass (sender IP is %s)\n smtp.mailfrom=amazonses.com' % ip, 'dkim=pass (signature was verified)\n header.d=amazon.com', 'dkim=pass (signature was verified)\n header.d=amazonses.com', 'dmarc=pass action=none\n header.from=amazon.com']
        top = outlook_hdrs(to, when, host, ip, mailfrom, ar)
    elif provider == 'jp':
        top = jp_hdrs(to, when, host, ip, mailfrom, ar, jp_mx)
    elif provider == 'none':
        top = [('Return-Path', '<%s>' % mailfrom),
               ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (host, host, ip, jp_mx or 'mail.example.net', hexs(10).upper(), to, fdate(when + dt.timedelta(seconds=3))))]
    hdrs = list(top) + ses_sender_hdrs(when) + [
        ('From', frm), ('To', to)]
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs += [('Subject', subject), ('Date', fdate(when)), ('Message-ID', mid)] + list(extra)
    if feedback:
        hdrs += [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, b64s(43))), ('X-SES-Outgoing', '%s-%s' % (when.strftime('%Y.%m.%d'), ip))]
    build(fname, body, hdrs, label)

# ================================================================ MAILS

def other_mail(fname, *, label, to, when, frm, subject, body, mailfrom, host, ip, msgid,
               provider='gmail', ar=None, dkim=None, extra=(), jp_mx=None, reply_to=None, top_extra=()):
    """Non-SES sender (Credly, phishers, CertMetrics, GitHub...). ar: full AR value (gmail/jp) or list (outlook); None -> no AR header"""
    if provider == 'gmail':
        top = gmail_hdrs(to, when, host, ip, mailfrom, ar)
        if ar is None:
            top = [h for h in top if h[0] not in ('Authentication-Results', 'ARC-Authentication-Results')]
    elif provider == 'outlook':
        top = outlook_hdrs(to, when, host, ip, mailfrom, ar)
    elif provider == 'jp':
        top = jp_hdrs(to, when, host, ip, mailfrom, ar, jp_mx)
    else:
        top = [('Return-Path', '<%s>' % mailfrom),
               ('Received', 'from %s (%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s' % (host, host, ip, jp_mx or 'mx1.example.net', hexs(10).upper(), to, fdate(when + dt.timedelta(seconds=3))))]
    hdrs = list(top) + list(top_extra)
    if dkim:
        d, sel = dkim
        hdrs.append(('DKIM-Signature', dkim_sig(d, sel, when)))
    hdrs += [('From', frm), ('To', to)]
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs += [('Subject', subject), ('Date', fdate(when)), ('Message-ID', msgid)] + list(extra)
    build(fname, body, hdrs, label)

def credly_mail(fname, *, label, to, when, subject, body, provider='gmail', ar=None, frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', dom='credly.com', extra=(), jp_mx=None):
    ip = '149.72.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
    host = 'o%d.ptr%d.%s' % (rng.randint(1, 9), rng.randint(1000, 9999), 'em.credly.com' if dom == 'credly.com' else dom)
    mailfrom = 'bounces+%d-%s-%s=%s@em.%s' % (rng.randint(1000000, 9999999), hexs(4), to.split('@')[0], to.split('@')[1], dom)
    if ar is None and provider == 'gmail':
        ar = ar_line('mx.google.com', dkim=[('pass', dom, 's1'), ('pass', 'sendgrid.info', 'smtpapi')], spf=('pass', mailfrom, ip), dmarc=('pass', dom, 'NONE'))
    if ar is None and provider == 'outlook':
        ar = ['spf=pass (sender IP is %s)\n smtp.mailfrom=em.%s' % (ip, dom), 'dkim=pass (signature was verified)\n header.d=%s' % dom, 'dmarc=pass action=none header.from=%s' % dom]
    if ar is None and provider == 'jp':
        ar = ar_line(jp_mx, dkim=[('pass', dom, 's1'), ('pass', 'sendgrid.info', 'smtpapi')], spf=('pass', mailfrom, ip), dmarc=('pass', dom, 'none'))
    msgid = '<%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', '_').replace('+', '-'), rng.randint(1, 40))
    other_mail(fname, label=label, to=to, when=when, frm=frm, subject=subject, body=body, mailfrom=mailfrom, host=host, ip=ip,
               msgid=msgid, provider=provider, ar=ar, dkim=(dom, 's1'), extra=extra, jp_mx=jp_mx)

AWS_FOOT_FORM = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. and its affiliates. All rights reserved. This email was sent from Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""

# ---------------------------------------------------------------- thread P: Priya Raman (gmail, form case, Indian-English agent)
P_TO = 'priya.raman@gmail.com'
P_OPEN = T(2025, 3, 11, 9, 14, 27)
P_CASE = case15(P_OPEN, '00418')
P_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % P_CASE

txt = """Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to confirm that we have received your request and a case was created under the ID %s.

A member of our team will respond to you, in principle within 24 hours. Please do not submit a new request for the same issue, as duplicate cases may delay our response. If you have additional information to share, reply to this email and keep the case ID in the subject line.

Summary of your submission
--------------------------
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS11873092
Description: I have 2 certification accounts, old one with my college mail (AWS04418327) and new one with gmail. Please merge into one.

Sincerely,
AWS Training and Certification
https://aws.amazon.com/training/
""" % P_CASE
html = to_html(txt).replace('https://aws.amazon.com/training/', '<a href="https://aws.amazon.com/training/">https://aws.amazon.com/training/</a>')
aws_mail('001-form-ack-priya.eml', label=L('case_created', P_CASE, ['AWS11873092', 'AWS04418327'], True),
         to=P_TO, when=P_OPEN + dt.timedelta(seconds=5),
         subject='[CASE %s] We received your request - AWS Training and Certification' % P_CASE,
         body=alt(txt, html))

txt = """Dear Priya,

Greetings from AWS Training and Certification!

Thank you for reaching out to us regarding merging of your Certification accounts. I have checked both the accounts from my end and found the below details:

Account 1 : AWS-04418327 - registered with priya.r@student.vit.ac.in - 1 certification (AWS Certified Cloud Practitioner)
Account 2 : AWS-11873092 - registered with priya.raman@gmail.com - 2 certifications (Solutions Architect - Associate, Developer - Associate)

As per process, the account AWS-04418327 will be merged into AWS-11873092 and AWS-11873092 will be remaining as your primary account. All the certifications, exam history and benefits will get shifted to the primary account only.

Kindly note that once the merge is done, same cannot be reverted back.

Request you to kindly revert back on this email with your confirmation so that we can proceed further with the needful.

Thanks & Regards,
Sandeep K.
AWS Training and Certification
Amazon Web Services

---------- Original message ----------
From: priya.raman@gmail.com
Date: 11-Mar-2025 09:14 UTC
Subject: [AWS Training and Certification Form Submission] - account-assistance

Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS11873092
Description: I have 2 certification accounts, old one with my college mail (AWS04418327, or maybe AWS04418372 I am not sure) and new one with gmail. Please merge into one.
""" + AWS_FOOT_FORM
aws_mail('002-confirm-request-indian-english.eml', label=L('merge_confirmation_requested', P_CASE, ['AWS04418327', 'AWS11873092'], True),
         to=P_TO, when=T(2025, 3, 12, 5, 41, 12), subject=P_SUBJ, body=alt(txt, to_html(txt)))

txt = """Dear Priya,

Thank you for the confirmation.

We have forwarded your request to the concerned team and the merging will be done within 3-5 working days. Once the merge will be completed, you will be receiving a confirmation email from our end, till then kindly bear with us.

Kindly do not create any new case for the same as this case is already under process.

Thanks & Regards,
Sandeep K.
AWS Training and Certification
Amazon Web Services

On Wed, Mar 12, 2025 at 11:20 AM Priya Raman <priya.raman@gmail.com> wrote:
> Hi Sandeep,
> The details are correct. Please proceed with the merge.
> Regards, Priya
>
> On Wed, Mar 12, 2025 at 11:11 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Dear Priya,
> > As per process, the account AWS-04418327 will be merged into AWS-11873092 and
> > AWS-11873092 will be remaining as your primary account.
> > Request you to kindly revert back on this email with your confirmation.
""" + AWS_FOOT_FORM
aws_mail('003-thanks-will-proceed.eml', label=L('support_reply', P_CASE, [], True),
         to=P_TO, when=T(2025, 3, 12, 10, 2, 48), subject=P_SUBJ, body=alt(txt, to_html(txt), cte='base64'))

txt = """Hello Priya,

We are writing you for inform that your case %s is now closed, as we consider that your request have been attended by our team.

Was your issue resolved?
YES: https://support.aws.amazon.com/feedback?caseId=%s&resolved=yes
NO:  https://support.aws.amazon.com/feedback?caseId=%s&resolved=no

Please take one minute to rate the attention received from our agent. Your opinion help us to improve.

If you need further assistance for the same subject, you can reply this email within 14 days and the case will be re-opened.

Best regards,
AWS Training and Certification
""" % (P_CASE, P_CASE, P_CASE)
html = """<html><body style="font-family:Arial;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dbdb"><tr><td style="background:#232f3e;padding:12px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" height="30"></td></tr>
<tr><td style="padding:20px">
<p>Hello Priya,</p>
<p>We are writing you for inform that your case <b>%s</b> is now closed, as we consider that your request have been attended by our team.</p>
<p style="font-size:16px"><b>Was your issue resolved?</b></p>
<p><a href="https://support.aws.amazon.com/feedback?caseId=%s&amp;resolved=yes" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none">YES</a>
&nbsp; <a href="https://support.aws.amazon.com/feedback?caseId=%s&amp;resolved=no" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>
<p>Please take one minute to rate the attention received from our agent. Your opinion help us to improve.</p>
<p>If you need further assistance for the same subject, you can reply this email within 14 days and the case will be re-opened.</p>
<p>Best regards,<br>AWS Training and Certification</p>
</td></tr></table></body></html>
""" % (P_CASE, P_CASE, P_CASE)
aws_mail('004-closure-rate-attention.eml', label=L('survey', P_CASE, [], True),
         to=P_TO, when=T(2025, 3, 17, 16, 30, 3), subject='Your case %s has been closed' % P_CASE,
         body=tpart(html, 'html', 'utf-8', 'quoted-printable'))

txt = """Hi Priya,

Good news! Your AWS certification accounts are now merged.

AWS Certified Cloud Practitioner, which was in your old profile, now is visible under your primary account together with your other certifications. The old account is deactivated and you will not be able to sign in with priya.r@student.vit.ac.in anymore.

Your digital badges will be move to the Credly account linked with priya.raman@gmail.com; this can take up to 2 business days. In case the badges are not appearing after that, please write us back in this same case.

Thanks & Regards,
Sandeep K.
AWS Training and Certification
Amazon Web Services
""" + AWS_FOOT_FORM
aws_mail('005-merged-good-news.eml', label=L('merge_completed', P_CASE, [], True),
         to=P_TO, when=T(2025, 3, 14, 7, 55, 40), subject=P_SUBJ, body=alt(txt, to_html(txt)))

html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Accept your badge</title></head>
<body style="margin:0;background:#f4f4f4">
<table align="center" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt="AWS Certified Cloud Practitioner"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Congratulations, Priya!</h1>
<p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Cloud Practitioner</b>.</p>
<p>Accept your badge to share it with your network and let employers know about your verified skills.</p>
<p><a href="https://www.credly.com/badges/7d4c1e2a-90b3-4f6e-bb1e-3a9c52d0e811/accept?utm_source=issued_badge_email" style="display:inline-block;background:#0b7dc1;color:#fff;padding:12px 26px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Badge ID: 7d4c1e2a90b34f6ebb1e3a9c52d0e811</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999">Credly, Inc. | 322 W. 32nd St., Suite 500 | Charlotte, NC 28202<br>
You are receiving this email because a badge was issued to priya.raman@gmail.com. <a href="https://www.credly.com/notification_settings">Notification settings</a></td></tr>
</table></body></html>
"""
txt = """Congratulations, Priya!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Cloud Practitioner.

Accept your badge to share it with your network and let employers know about your verified skills.

Accept your badge: https://www.credly.com/badges/7d4c1e2a-90b3-4f6e-bb1e-3a9c52d0e811/accept?utm_source=issued_badge_email

Credly, Inc. | 322 W. 32nd St., Suite 500 | Charlotte, NC 28202
"""
credly_mail('006-credly-badge-after-merge.eml', label=L('credly_badge_issued', None, [], True),
            to=P_TO, when=T(2025, 3, 15, 2, 12, 9), subject='Priya, you have a new badge from Amazon Web Services Training and Certification',
            body=alt(txt, html))

# ---------------------------------------------------------------- Credly self-service merge (unrelated)
txt = """Hi Priya,

We received a request to merge the Credly account registered with priya.r@student.vit.ac.in into your account priya.raman@gmail.com.

Your verification code is: 583 091

Enter this code on the merge page, or click the button below to finish.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=c1a8e0f4b27d4e6a9a35d6f0c7e2b918

This code expires in 30 minutes. If you did not request this merge, you can safely ignore this email; no change will be done to your accounts.

The Credly Team
"""
credly_mail('007-credly-own-merge-code.eml', label=L('unrelated', None, [], True),
            to=P_TO, when=T(2025, 3, 19, 11, 3, 51), subject='Your Credly account merge verification code',
            frm='"Credly" <admin@credly.com>', body=alt(txt, to_html(txt)))

# ---------------------------------------------------------------- phishing: confirm merge from look-alike
txt = """Dear Candidate,

We are detected that you are owner of two (2) AWS Certification account. For complete the merge of account AWS71203354 into the account AWS-71203355 you must to confirm your identity in the link below before 24 hours, otherwise the certifications of both account will be revoke and voucher lost.

CONFIRM MERGE NOW: https://aws-certification-desk.com/merge/confirm?c=AWS71203354

This is automatic mail, please not reply.

AWS Certification Verification Department
"""
html = to_html(txt).replace('https://aws-certification-desk.com/merge/confirm?c=AWS71203354',
                            '<a href="https://aws-certification-desk.com/merge/confirm?c=AWS71203354" style="background:#ff9900;padding:6px 14px;color:#000">https://aws-certification-desk.com/merge/confirm?c=AWS71203354</a>')
ip = '185.234.72.19'
mf = 'bounce@mail.aws-certification-desk.com'
other_mail('008-phish-confirm-merge-lookalike.eml', label=L('merge_confirmation_requested', None, ['AWS71203354', 'AWS71203355'], False),
           to='lukas.meyer.dev@gmail.com', when=T(2024, 11, 6, 3, 44, 2, 3), frm='"AWS Certification" <verify@aws-certification-desk.com>',
           subject='Action required: confirm your certification accounts merge', body=alt(txt, html, cte='base64'),
           mailfrom=mf, host='mail.aws-certification-desk.com', ip=ip, msgid='<%s@aws-certification-desk.com>' % hexs(20),
           ar=ar_line('mx.google.com', dkim=[('pass', 'aws-certification-desk.com', 'default')], spf=('pass', mf, ip), dmarc=('pass', 'aws-certification-desk.com', 'NONE')),
           dkim=('aws-certification-desk.com', 'default'), extra=[('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')])

# ---------------------------------------------------------------- thread L: Lukas Meyer (console case, outlook.com)
L_TO = 'lukas.meyer@outlook.com'
L_OPEN = T(2024, 11, 4, 13, 5, 10)
L_CASE = case15(L_OPEN, '04412')
txt = """Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge two certification accounts
Severity: General guidance
Correspondence: Hello, i have two certification accounts because I changed employer. Please merge AWS59130027 (old, lukas.meyer@fintegra.de) into aws61820449 (keep this). Thank you, Lukas

You can view or respond to this case in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, use the link above.
""" % (L_CASE, L_CASE, L_CASE)
aws_mail('009-console-case-opened.eml', label=L('case_created', L_CASE, ['AWS59130027', 'AWS61820449'], True),
         to=L_TO, when=L_OPEN + dt.timedelta(seconds=8), frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject='Amazon Web Services: You have opened a new Support case: %s' % L_CASE,
         body=alt(txt, to_html(txt)), provider='outlook')

txt = """Hello Lukas,

Thank you for contact us. My name is Dmitrii, I take your case.

I have checked in system and I see both accounts: AWS59130027 with e-mail lukas.meyer@fintegra.de and AWS61820449 with e-mail lukas.meyer@outlook.com. Please confirm me following information before I start procedure:

- Account which will stay (primary): AWS61820449
- Account which will be merged inside primary and after closed: AWS59130027
- All certifications, exam history and benefits from AWS59130027 will move to AWS61820449.

Is important to know that merge operation is not possible to make undone. When you give confirmation by reply in this case, I will send request to team.

Best regards,
Dmitrii S.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % L_CASE
aws_mail('010-console-confirm-russian-english.eml', label=L('merge_confirmation_requested', L_CASE, ['AWS59130027', 'AWS61820449'], True),
         to=L_TO, when=T(2024, 11, 5, 8, 17, 33), frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject='RE:[CASE %s] Merge two certification accounts' % L_CASE,
         body=alt(txt, to_html(txt)), provider='outlook')

# ---------------------------------------------------------------- thread K: Kenji Watanabe (nifty, Japanese form case)
K_TO = 'k-watanabe@nifty.com'
K_OPEN = T(2025, 5, 27, 23, 2, 40)
K_CASE = case15(K_OPEN, '07731')
JST = 9
def nifty_ar(mailfrom, ip, dmarc=True):
    return ar_line('mx.nifty.com', dkim=[('pass', 'amazon.com', 'rjt5ebqegfi6kk5tz5byilrrnnh4wv7h'), ('pass', 'amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw')],
                   spf=('pass', mailfrom, ip), dmarc=('pass', 'amazon.com', 'quarantine') if dmarc else None)

def aws_jp(fname, *, label, to, when, subject, body, mx='mx.nifty.com', arfun=None, frm='"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'):
    # AR built after we know mailfrom/ip -> emulate aws_mail with provider jp
    mid, mailfrom = ses_msgid(when)
    host, ip = ses_relay()
    ar = (arfun or nifty_ar)(mailfrom, ip)
    top = jp_hdrs(to, when, host, ip, mailfrom, ar, mx)
    hdrs = top + ses_sender_hdrs(when) + [('From', frm), ('To', to), ('Subject', subject), ('Date', fdate(when)), ('Message-ID', mid),
            ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64s(43)), ('X-SES-Outgoing', '%s-%s' % (when.strftime('%Y.%m.%d'), ip))]
    build(fname, body, hdrs, label)

txt = """渡辺 健二 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID: %s
お問い合わせの種類: 認定 (Certification)
お問い合わせの詳細: アカウントの統合 (Account Merge)

担当者より、原則として 24 時間以内にご連絡いたします。
同じ内容で新たにお問い合わせを作成されますと、回答が遅れる場合がございますので、ご了承ください。
追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。

今後ともよろしくお願いいたします。

アマゾン ウェブ サービス
AWS トレーニングと認定
""" % K_CASE
aws_jp('011-ja-form-ack-iso2022jp.eml', label=L('case_created', K_CASE, [], True, 'ja'), to=K_TO, when=K_OPEN + dt.timedelta(seconds=6),
       subject=subj('[CASE %s] ' % K_CASE, ('お問い合わせを受け付けました - AWS トレーニングと認定', 'iso-2022-jp')),
       body=tpart(txt, 'plain', 'iso-2022-jp', '7bit'))

txt = """渡辺 健二 様

AWS トレーニングと認定サポートの佐々木でございます。
この度はお問い合わせいただき、誠にありがとうございます。

ご依頼いただきました認定アカウントの統合につきまして、お調べいたしましたところ、下記 2 件のアカウントを確認いたしました。

【統合元（統合後に無効となるアカウント）】
AWS 候補者 ID：AWS 39920418
登録メールアドレス：kenji.watanabe@old-corp.co.jp

【統合先（今後ご利用いただくアカウント）】
AWS 候補者 ID：AWS 52210967
登録メールアドレス：k-watanabe@nifty.com

統合後は、統合元アカウントの認定資格、試験履歴および特典（50%% 割引バウチャー等）がすべて統合先アカウントへ移行されます。
なお、統合は一度実施いたしますと元に戻すことができませんので、あらかじめご了承くださいませ。

上記の内容にお間違いがなければ、お手数ではございますが、本メールにご返信いただき、統合を進めてよろしいかご確認いただけますでしょうか。
ご返信を確認次第、速やかに手続きを進めさせていただきます。

何卒よろしくお願い申し上げます。

佐々木
アマゾン ウェブ サービス
AWS トレーニングと認定

-------- 元のメッセージ --------
差出人: k-watanabe@nifty.com
件名: [AWS Training and Certification Form Submission] - account-assistance

以前の会社のメールアドレスで作成したアカウント（AWS39920418）と、個人のアカウント（AWS52210967）を一つにまとめたいです。
よろしくお願いします。
""" % ()
aws_jp('012-ja-confirm-request-sjis.eml', label=L('merge_confirmation_requested', K_CASE, ['AWS39920418', 'AWS52210967'], True, 'ja'), to=K_TO,
       when=T(2025, 5, 28, 17, 26, 5, JST),
       subject=subj('RE:[CASE %s] ' % K_CASE, ('認定アカウント統合のご確認のお願い', 'shift_jis')),
       body=alt(txt, to_html(txt).replace('charset=utf-8', 'charset=Shift_JIS'), 'shift_jis', 'base64'))

txt = """渡辺 健二 様

いつもお世話になっております。AWS トレーニングと認定サポートの佐々木でございます。

ご確認いただき、誠にありがとうございました。
先ほど、認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。

今後は AWS 候補者 ID「AWS52210967」（k-watanabe@nifty.com）にてサインインしていただけますと、すべての認定資格および試験履歴をご確認いただけます。
Credly のデジタルバッジにつきましては、反映までに最大 48 時間程度かかる場合がございます。

その他ご不明な点がございましたら、お気軽にお問い合わせくださいませ。

佐々木
アマゾン ウェブ サービス
AWS トレーニングと認定

2025年5月29日(木) 9:15 渡辺 健二 <k-watanabe@nifty.com>:
> 佐々木様
>
> ご連絡ありがとうございます。内容に相違ありません。統合を進めてください。
>
> 渡辺
>
> 2025年5月28日(水) 17:26 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 【統合元（統合後に無効となるアカウント）】
> > AWS 候補者 ID：AWS 39920418
> > 【統合先（今後ご利用いただくアカウント）】
> > AWS 候補者 ID：AWS 52210967
"""
aws_jp('013-ja-merge-completed.eml', label=L('merge_completed', K_CASE, ['AWS52210967'], True, 'ja'), to=K_TO,
       when=T(2025, 5, 29, 18, 40, 22, JST),
       subject=subj('RE:[CASE %s] ' % K_CASE, ('認定アカウント統合のご確認のお願い', 'iso-2022-jp')),
       body=tpart(txt, 'plain', 'iso-2022-jp', '7bit'))

html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>渡辺 健二 様</p>
<p>ケース %s はクローズされました。</p>
<p>この度は AWS トレーニングと認定をご利用いただき、ありがとうございました。<br>
今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。</p>
<p><b>問題は解決しましたか？</b></p>
<p><a href="https://support.aws.amazon.com/survey?caseId=%s&amp;lang=ja&amp;a=yes">はい</a> &nbsp;|&nbsp;
<a href="https://support.aws.amazon.com/survey?caseId=%s&amp;lang=ja&amp;a=no">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください：
<a href="https://support.aws.amazon.com/survey?caseId=%s&amp;r=1">1</a>
<a href="https://support.aws.amazon.com/survey?caseId=%s&amp;r=2">2</a>
<a href="https://support.aws.amazon.com/survey?caseId=%s&amp;r=3">3</a>
<a href="https://support.aws.amazon.com/survey?caseId=%s&amp;r=4">4</a>
<a href="https://support.aws.amazon.com/survey?caseId=%s&amp;r=5">5</a></p>
<p>※ 本メールは送信専用アドレスから送信されています。</p>
<p>アマゾン ウェブ サービス<br>AWS トレーニングと認定</p>
</body></html>
""" % ((K_CASE,) * 8)
aws_jp('014-ja-closure-survey-html.eml', label=L('survey', K_CASE, [], True, 'ja'), to=K_TO, when=T(2025, 5, 30, 9, 0, 12, JST),
       subject=subj(('ケースがクローズされました：', 'utf-8'), K_CASE), body=tpart(html, 'html', 'utf-8', 'base64'))

# ---------------------------------------------------------------- thread A: Ana Souza (hotmail / outlook)
A_TO = 'ana.souza84@hotmail.com'
A_OPEN = T(2024, 9, 18, 14, 22, 9)
A_CASE = case15(A_OPEN, '31190')
A_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE
txt = """Hello Ana,

I hope this e-mail finds you very well.

My name is Maria Fernanda and I will be attending your case. I have been reviewing the information that you sent us and I found in our system two profiles with your name: AWS 20917735 and AWS 33018426.

Before to proceed, please could you indicate me which one of the two accounts you desire to conserve as the principal one? Also I need that you confirm me the e-mail with which you make login in each account, because the e-mail of the form does not coincide with none of them.

I remain attentive to your answer.

Kind regards,
Maria Fernanda R.
Amazon Web Services
Training and Certification
""" + AWS_FOOT_FORM
aws_mail('015-which-account-spanish-calque.eml', label=L('support_reply', A_CASE, ['AWS20917735', 'AWS33018426'], True),
         to=A_TO, when=T(2024, 9, 19, 16, 3, 44), subject=A_SUBJ, body=alt(txt, to_html(txt)), provider='outlook')

txt = """Hi Ana,

I inform you that the unification of your certification profiles was realized with success.

From now on you must to use the account AWS33018426 (login ana.souza@techbr.com.br) to access your certifications. The old profile was deactivated and all the certifications, the exam historic and the voucher of 50%% already are appearing in the principal account.

The badges of Credly can delay until 48 hours to appear in the new account. If after this period they still not appear, please answer this e-mail.

Any doubt, we stay at your disposition.

Att.,
João P.
Amazon Web Services
Training and Certification

________________________________
From: Ana Souza <ana.souza84@hotmail.com>
Sent: Friday, September 20, 2024 10:12 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Maria Fernanda,
I want to keep AWS33018426 (ana.souza@techbr.com.br). The other one AWS20917735 I used ana.souza84@hotmail.com.
Thanks
Ana
""" % A_CASE
aws_mail('016-unification-realized-portuguese.eml', label=L('merge_completed', A_CASE, ['AWS33018426'], True),
         to=A_TO, when=T(2024, 9, 24, 12, 48, 30), subject=A_SUBJ, body=alt(txt, to_html(txt), 'windows-1252', 'quoted-printable'), provider='outlook')

# ---------------------------------------------------------------- Seller Central look-alike (unrelated)
txt = """Hello,

Thank you for contacting Amazon Seller Support.

I understand that you wish to merge your two seller accounts (the one registered in the Brazil marketplace and the one in the United States) in only one account. I am sorry, but is not possible to merge two Seller Central accounts. What you can do is to link the accounts under the Unified Account Settings, so you can manage both with the same login.

To do this, please follow the steps:
1. Go to Settings > Account Info > Unified Account
2. Select "Link an existing account"
3. Follow the instructions in the screen

Was this email helpful?
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=5884881212&helpful=yes
https://sellercentral.amazon.com/cu/contact-us/feedback?caseId=5884881212&helpful=no

We hope to see you again soon.

Regards,
Rohit
Amazon.com
"""
aws_mail('017-seller-central-case-lookalike.eml', label=L('unrelated', '5884881212', [], True),
         to='dokafor@okafor-trading.com', when=T(2025, 2, 3, 18, 22, 1), frm='"Amazon Seller Support" <seller-support@amazon.com>',
         subject='RE:[CASE 5884881212] Merge of accounts Brazil and US', body=alt(txt, to_html(txt)), provider='outlook')

# ---------------------------------------------------------------- thread L continued
txt = """Hello,

There is new correspondence on your AWS Support case.

Case ID: %s
Subject: Merge two certification accounts

To view the correspondence and respond, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
""" % (L_CASE, L_CASE)
aws_mail('018-console-new-correspondence-notice.eml', label=L('support_reply', L_CASE, [], True),
         to=L_TO, when=T(2024, 11, 7, 10, 3, 18), frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject='[Case %s] New correspondence added' % L_CASE, body=alt(txt, to_html(txt)), provider='outlook')

txt = """Hello Lukas,

I am glad to inform: merge of your accounts was finished yesterday and is done successful. Now in account AWS61820449 you can see all your certifications (4 pieces), also history of exams. Old account is closed and login with lukas.meyer@fintegra.de will not work more.

If Credly badges will not appear in 2 days, write in this case, we will ask Credly team.

Best regards,
Dmitrii S.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % L_CASE
aws_mail('019-console-merge-finished-wrong-tense.eml', label=L('merge_completed', L_CASE, ['AWS61820449'], True),
         to=L_TO, when=T(2024, 11, 7, 10, 3, 15), frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject='RE:[CASE %s] Merge two certification accounts' % L_CASE,
         body=alt(txt, to_html(txt), cte='base64'), provider='outlook')

# ---------------------------------------------------------------- thread M: Minh Tran (gmail, Filipino-English agent chaser)
M_TO = 'minh.tran.dev@gmail.com'
M_OPEN = T(2025, 1, 20, 2, 11, 45)
M_CASE = case15(M_OPEN, '00957')
M_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % M_CASE
txt = """Hi Minh,

Good day!

This is just a follow up on our previous email. We haven't heard back from you since 3 days already. May we know if you have already the chance to check which of the account you wish to retain, aws03381265 or aws07724410?

Kindly also provide the notification email address of each accounts so we can able to verify the ownership.

Once we received your response, we will be glad to assist you further. If we will not hear from you within 5 days, the case will be closed automatically, but you may still reopen it by replying here.

Thank you and have a great day ahead!

Warm regards,
Rizal D.
AWS Training and Certification
""" + AWS_FOOT_FORM
aws_mail('020-chaser-filipino-english.eml', label=L('support_reply', M_CASE, ['AWS03381265', 'AWS07724410'], True),
         to=M_TO, when=T(2025, 1, 24, 1, 30, 7), subject=M_SUBJ, body=alt(txt, to_html(txt)))

# ---------------------------------------------------------------- thread C: Chen Wei (console case, 11-digit id, M365)
C_TO = 'chen.wei@lumitech.sg'
C_CASE = '13472609181'
txt = """Hello,

We have received your request and opened the support case below. An AWS Support representative will contact you as soon as possible.

Case ID: %s
Subject: Request to merge duplicated AWS Certification accounts
Severity: General guidance
Service: Training and Certification
Category: Certification Account

To see the case details or add correspondence, please visit:
https://console.aws.amazon.com/support/home?region=ap-southeast-1#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This e-mail address cannot accept incoming e-mail. Please use the Support Center link above to respond.
""" % (C_CASE, C_CASE)
aws_mail('021-console-opened-11-digit.eml', label=L('case_created', C_CASE, [], True),
         to=C_TO, when=T(2023, 7, 3, 9, 41, 50, 8), frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject='Amazon Web Services: You have opened a new Support case: %s' % C_CASE,
         body=alt(txt, to_html(txt)), provider='outlook', region='ap-southeast-1')

txt = """Dear Customer,

Thanks for your patience. I am Li Na from AWS Training and Certification team, I will help to handle your case.

I have checked your two accounts in our system, please help to confirm below information:

  Source account (will be merged and closed): AWS-80452217  /  chen.wei@nus-alumni.edu.sg
  Target account (will be keep):             AWS-80459133  /  chen.wei@lumitech.sg

After merge, the certifications and exam records under AWS-80452217 will be transfer to AWS-80459133. Please kindly note the merge can not be rollback once it is done.

If above information is correct, please reply "Confirm" to us via Support Center, then we will arrange the merge for you asap.

Should you have any other question, please feel free to let me know.

Best Regards,
Li Na
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % C_CASE
aws_mail('022-console-confirm-chinese-english.eml', label=L('merge_confirmation_requested', C_CASE, ['AWS80452217', 'AWS80459133'], True),
         to=C_TO, when=T(2023, 7, 4, 10, 15, 2, 8), frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject='RE:[CASE %s] Request to merge duplicated AWS Certification accounts' % C_CASE,
         body=alt(txt, to_html(txt)), provider='outlook', region='ap-southeast-1')

txt = """Hello Chen Wei,

This is Ji-hoon from AWS Training and Certification. I take over this case from my colleague.

Your accounts merging has been finished successfully. Now please kindly checking that you can see all of the certifications when you sign in with chen.wei@lumitech.sg (AWS80459133).

Please be noted that digital badge in Credly will move separately, it may take some days.

Thank you for your patience and have a nice day.

Best regards,
Ji-hoon K.
Amazon Web Services

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % C_CASE
aws_mail('023-console-merging-finished-korean-english.eml', label=L('merge_completed', C_CASE, ['AWS80459133'], True),
         to=C_TO, when=T(2023, 7, 6, 14, 2, 29, 8), frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject='RE:[CASE %s] Request to merge duplicated AWS Certification accounts' % C_CASE,
         body=alt(txt, to_html(txt), cte='base64'), provider='outlook', region='ap-southeast-1')

# ---------------------------------------------------------------- old Acclaim-era badge mail (credly_badge_issued)
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="580" align="center"><tr><td>
<img src="https://acclaim-production-app.s3.amazonaws.com/images/a2d4d3bb-8f3b-4b13-9d4c-5b2b6f0f1e33/AWS-Certified-Solutions-Architect-Associate.png" width="120">
<h2>Chen, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p>Accept the badge to manage it and share it with your professional network.</p>
<p><a href="https://www.youracclaim.com/badges/5c0a7f8e-1d2b-4a6c-9e3f-8b7d6c5a4e21/accept" style="background:#2a7ab0;color:#fff;padding:10px 24px;text-decoration:none">Accept Badge</a></p>
<p style="color:#888;font-size:11px">Acclaim is operated by Credly, Inc. 1 Penn Plaza, New York, NY 10119</p>
</td></tr></table></body></html>
"""
credly_mail('024-acclaim-badge-earned-2020.eml', label=L('credly_badge_issued', None, [], True),
            to=C_TO, when=T(2020, 10, 13, 21, 7, 44, -4), subject="Chen, you've earned a badge from Amazon Web Services Training and Certification",
            frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', dom='youracclaim.com',
            provider='outlook', body=tpart(html, 'html', 'utf-8', 'quoted-printable'))

# ---------------------------------------------------------------- thread S: Sofia Rossi (gmail, German-English agent)
S_TO = 'sofia.rossi.it@gmail.com'
S_OPEN = T(2024, 6, 10, 19, 48, 3)
S_CASE = case15(S_OPEN, '12220')
txt = """Dear Ms. Rossi,

many thanks for your request.

We have checked the data which you have provided. Please confirm us that the account AWS01925566 (sofia.rossi@unimi.it) shall be merged into the account aws-05518804 (sofia.rossi.it@gmail.com). After the merge the account AWS01925566 will be deactivated and only the account AWS05518804 remains.

Please note, that this step can not be made undone. If you agree, please answer to this mail with a short confirmation. Before we have not received your confirmation, we will not start anything.

With kind regards

Jürgen H.
AWS Training and Certification
Amazon Web Services
Case-ID %s
""" % S_CASE + AWS_FOOT_FORM
aws_mail('025-confirm-german-english.eml', label=L('merge_confirmation_requested', S_CASE, ['AWS01925566', 'AWS05518804'], True),
         to=S_TO, when=T(2024, 6, 12, 7, 31, 40), subject='RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % S_CASE,
         body=alt(txt, to_html(txt)), region='eu-west-1')

txt = """Dear Sofia,

Thank you for your kind patience.

Kindly be informed that your request is still under processing with the concerned team, as there is a small mismatch in the first name between both profiles (“Sofia” and “Sophia”). The team is verifying it and we will update you at the earliest possible.

We apologize for the delay caused and we appreciate your understanding.

Best Regards,
Ahmed M.
AWS Training & Certification

On Wed, Jun 12, 2024 at 2:02 PM Sofia Rossi <sofia.rossi.it@gmail.com> wrote:
> Hello, yes I confirm, please merge AWS01925566 into AWS05518804.
> Thank you
> Sofia
""" + AWS_FOOT_FORM
aws_mail('026-still-processing-arabic-english-wrong-charset.eml', label=L('support_reply', S_CASE, [], True),
         to=S_TO, when=T(2024, 6, 14, 11, 5, 27), subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % S_CASE,
         body=tpart(txt, 'plain', 'utf-8', 'quoted-printable', label='iso-8859-1'), region='eu-west-1')

txt = """Hello Sofia,

We are closing this case because the merge of your accounts has been completed as requested, and all your certifications are now visible in AWS05518804.

Your feedback is important for us. How would you rate the support you received?

Excellent - https://survey.aws-support.amazon.com/s/tc?c=%s&r=5
Good - https://survey.aws-support.amazon.com/s/tc?c=%s&r=4
Fair - https://survey.aws-support.amazon.com/s/tc?c=%s&r=3
Poor - https://survey.aws-support.amazon.com/s/tc?c=%s&r=2

Was your issue resolved?  Yes / No

Thank you for contacting AWS Training and Certification.
""" % ((S_CASE,) * 4)
html = to_html(txt)
for r, w in ((5, 'Excellent'), (4, 'Good'), (3, 'Fair'), (2, 'Poor')):
    url = 'https://survey.aws-support.amazon.com/s/tc?c=%s&r=%d' % (S_CASE, r)
    html = html.replace('%s - %s' % (w, htmlmod.escape(url)), '<a href="%s">%s</a>' % (htmlmod.escape(url), w))
aws_mail('027-closure-also-says-merged.eml', label=L('survey', S_CASE, ['AWS05518804'], True),
         to=S_TO, when=T(2024, 6, 18, 9, 12, 0), subject='[CASE %s] Your case has been resolved - please tell us how we did' % S_CASE,
         body=alt(txt, html), region='eu-west-1')

# ---------------------------------------------------------------- CertMetrics (unrelated, authentic non-AWS -> false)
txt = """Dear Sofia Rossi,

AWS Certification wants to hear from you!

As an AWS Certified individual, your opinion matters. Please take 10 minutes to complete our annual AWS Certification survey and tell us about the value of your certification.

Candidate ID: AWS05518804

Take the survey: https://www.certmetrics.com/amazon/public/survey.aspx?t=8f0c2d9e7b6a4c13a1e5d2f3b4c5a697

Thank you,
AWS Training and Certification

This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this email.
"""
ip = '52.6.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
mf = 'bounces@mail.certmetrics.com'
other_mail('028-certmetrics-wants-to-hear.eml', label=L('unrelated', None, ['AWS05518804'], False),
           to=S_TO, when=T(2024, 8, 2, 15, 0, 4), frm='"AWS Certification" <do-not-reply@certmetrics.com>',
           subject='AWS Certification wants to hear from you', body=alt(txt, to_html(txt)),
           mailfrom=mf, host='mail.certmetrics.com', ip=ip, msgid='<%s@certmetrics.com>' % uid(),
           ar=ar_line('mx.google.com', dkim=[('pass', 'certmetrics.com', 'k1')], spf=('pass', mf, ip), dmarc=('pass', 'certmetrics.com', 'NONE')),
           dkim=('certmetrics.com', 'k1'))

# ---------------------------------------------------------------- thread F: Fatima Al-Sayed (outlook.com), question about exam appointment
F_TO = 'fatima.alsayed@outlook.com'
F_OPEN = T(2025, 4, 1, 6, 33, 21)
F_CASE = case15(F_OPEN, '55016')
txt = """Hello Fatima,

Thank you for contact with AWS Training and Certification.

Before we will proceed with your request, we noticed that in the account AWS42077815 there is an exam appointment scheduled with Pearson VUE on 12 April 2025 (AWS Certified Security - Specialty). Is not possible to move a scheduled appointment between accounts.

Could you kindly tell us if you prefer to take the exam first and after we continue, or you want to cancel/reschedule the appointment yourself from the Pearson VUE site? Please note that reschedule less than 24 hours before exam is not allowed.

We are waiting for your answer to continue.

Kind regards,
Mehmet Y.
AWS Training and Certification
Amazon Web Services
""" + AWS_FOOT_FORM
aws_mail('029-question-about-exam-appointment.eml', label=L('support_reply', F_CASE, ['AWS42077815'], True),
         to=F_TO, when=T(2025, 4, 2, 13, 9, 55), subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % F_CASE,
         body=alt(txt, to_html(txt)), provider='outlook', region='eu-west-1')

txt = """Dear Fatima Al-Sayed,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SCS-C02: AWS Certified Security - Specialty
Date: Saturday, April 12, 2025
Time: 10:00 AM Gulf Standard Time
Delivery: OnVUE online proctored
Registration ID: 512309877
Candidate ID: AWS42077815

Please check in 30 minutes before your appointment. Run the system test before exam day: https://home.pearsonvue.com/aws/onvue

To reschedule or cancel, sign in to your AWS Certification account at least 24 hours before the appointment.

Sincerely,
Pearson VUE
"""
ip = '159.182.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
mf = 'pearsonvuecustomerservice@pearson.com'
other_mail('030-pearson-vue-appointment.eml', label=L('unrelated', None, ['AWS42077815'], False),
           to=F_TO, when=T(2025, 3, 20, 17, 44, 12, -5), frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>',
           subject='Pearson VUE Confirmation of Booking', body=alt(txt, to_html(txt)),
           mailfrom=mf, host='mail-out.pearsonvue.com', ip=ip, msgid='<%d.%s@pearson.com>' % (rng.randint(10**9, 10**10), alnum(12)),
           provider='outlook',
           ar=['spf=pass (sender IP is %s)\n smtp.mailfrom=pearson.com' % ip, 'dkim=pass (signature was verified)\n header.d=pearson.com', 'dmarc=pass action=none\n header.from=pearson.com'],
           dkim=('pearson.com', 'selector1'))

# ---------------------------------------------------------------- AWS Builder ID code (unrelated, no AR header -> null)
txt = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. To verify your email address, enter the following code:

Verification code: 482913

This code expires 10 minutes after it was sent.

If you did not create an AWS Builder ID, you can ignore this message.

Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
"""
mid, mf = ses_msgid(T(2025, 1, 21, 8, 0, 33))
host, ip = ses_relay()
other_mail('031-builder-id-code-no-ar.eml', label=L('unrelated', None, [], None),
           to='minh.tran@saigon-devhouse.vn', when=T(2025, 1, 21, 8, 0, 33), frm='"AWS Builder ID" <no-reply@signin.aws>',
           subject='Verify your AWS Builder ID email address', body=alt(txt, to_html(txt)),
           mailfrom=mf, host=host, ip=ip, msgid=mid, provider='none', jp_mx='mail.saigon-devhouse.vn', dkim=('signin.aws', 'ffg4lguicsg4nzoznxlf5uvcgsbwxbxi'))

# ---------------------------------------------------------------- GitHub merged notification (unrelated)
txt = """Merged #412 into main.

@hoangvu-ng merged commit 9b3e1c7 into saigon-devhouse:main.

Fix account merge flow: normalise candidate IDs (strip dash and space) before the merge step

--
Reply to this email directly, view it on GitHub:
https://github.com/saigon-devhouse/cert-tracker/pull/412#event-15938271044
You are receiving this because you authored the thread.

Message ID: <saigon-devhouse/cert-tracker/pull/412/issue_event/15938271044@github.com>
"""
ip = '192.30.252.%d' % rng.randint(190, 210)
mf = 'noreply@github.com'
other_mail('032-github-pr-merged.eml', label=L('unrelated', None, [], False),
           to='minh.tran.dev@gmail.com', when=T(2025, 1, 22, 4, 12, 51), frm='"Hoang Vu" <notifications@github.com>',
           subject='Re: [saigon-devhouse/cert-tracker] Fix account merge flow for candidate IDs (PR #412)',
           body=alt(txt, to_html(txt)), mailfrom=mf, host='out-%d.smtp.github.com' % rng.randint(10, 30), ip=ip,
           msgid='<saigon-devhouse/cert-tracker/pull/412/issue_event/15938271044@github.com>',
           ar=ar_line('mx.google.com', dkim=[('pass', 'github.com', 'pf2023')], spf=('pass', mf, ip), dmarc=('pass', 'github.com', 'REJECT')),
           dkim=('github.com', 'pf2023'),
           extra=[('In-Reply-To', '<saigon-devhouse/cert-tracker/pull/412@github.com>'), ('References', '<saigon-devhouse/cert-tracker/pull/412@github.com>'),
                  ('List-ID', 'saigon-devhouse/cert-tracker <cert-tracker.saigon-devhouse.github.com>'), ('X-GitHub-Reason', 'author')])

# ---------------------------------------------------------------- Credly badge ready (HTML only, base64) for Ana
html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>Your badge is ready</title></head>
<body style="margin:0;padding:0;background-color:#eef1f4;">
<center><table border="0" cellpadding="0" cellspacing="0" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;">
<tr><td align="center" style="padding:30px 0 10px 0;"><img src="https://images.credly.com/size/220x220/images/e3c55a4b-8c2b-4e44-8f10-3d2bbd06c1f4/image.png" width="140" alt="AWS Certified Developer - Associate" /></td></tr>
<tr><td style="padding:0 40px;color:#2c2c2c;font-size:15px;line-height:22px;">
<h1 style="font-size:24px;font-weight:normal;">Ana, your badge is ready to accept</h1>
<p>Amazon Web Services Training and Certification issued you a badge for <strong>AWS Certified Developer &ndash; Associate</strong>. Your badge was moved to this Credly account following an update to your certification profile.</p>
<p style="text-align:center;padding:16px 0;"><a href="https://www.credly.com/badges/1b9e4d70-3c2f-4d8a-a6e5-f07c2b9d4e36/accept" style="background-color:#1f73b7;color:#ffffff;padding:14px 32px;border-radius:3px;text-decoration:none;font-weight:bold;">Accept your badge</a></p>
<p>Once accepted, you can share your badge on LinkedIn, add it to your email signature, or embed it on your website.</p>
</td></tr>
<tr><td style="padding:30px 40px;color:#8a8a8a;font-size:11px;">This email was sent to ana.souza@techbr.com.br. Credly, Inc. 322 W. 32nd St., Charlotte, NC 28202. <a href="https://www.credly.com/unsubscribe">Unsubscribe</a></td></tr>
</table></center></body></html>
"""
credly_mail('033-credly-badge-ready-html-only.eml', label=L('credly_badge_issued', None, [], True),
            to='ana.souza@techbr.com.br', when=T(2024, 9, 25, 3, 19, 40, -3), subject='Ana, your badge is ready to accept',
            provider='outlook', body=tpart(html, 'html', 'utf-8', 'base64'))

# ---------------------------------------------------------------- thread T: Tomasz Nowak (gmail), Polish + Italian agents
N_TO = 't.nowak.cloud@gmail.com'
N_OPEN = T(2025, 2, 17, 20, 3, 58)
N_CASE = case15(N_OPEN, '02784')
N_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % N_CASE
txt = """Good morning Mr. Nowak,

thank you for your message. I am Katarzyna and I will take care about your request.

I would like to ask you to confirm, that we should join the account AWS 61109834 (registered on tomasz.nowak@softhouse.pl) to your account AWS 61187720 (registered on t.nowak.cloud@gmail.com). The second one will stay as the main account and to it will go all certificates, exam history and the 50% discount voucher. The first account will be closed after this.

Please be aware that this operation is irreversible, it will be not possible to divide the accounts again.

If everything is correct, please write me back "I confirm" in answer to this e-mail. Without it we cannot start.

Best regards,
Katarzyna W.
AWS Training and Certification
Amazon Web Services
""" + AWS_FOOT_FORM
aws_mail('034-confirm-join-polish-english.eml', label=L('merge_confirmation_requested', N_CASE, ['AWS61109834', 'AWS61187720'], True),
         to=N_TO, when=T(2025, 2, 18, 8, 44, 10), subject=N_SUBJ, body=alt(txt, to_html(txt)), region='eu-central-1')

txt = """Dear Mr. Nowak,

your confirmation has been received, thank you.

The merge of accounts is planned for the next working day. When it will be complete, you will receive from us a separate e-mail, and only then you should login with the gmail address. Until this moment please do not change anything in the both profiles.

Best regards,
Katarzyna W.
AWS Training and Certification
Amazon Web Services

-----Original Message-----
From: Tomasz Nowak <t.nowak.cloud@gmail.com>
Sent: Tuesday, February 18, 2025 10:02 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

I confirm. Please join AWS61109834 to AWS61187720.

Tomasz
""" % N_CASE + AWS_FOOT_FORM
aws_mail('035-confirmation-received-will-notify.eml', label=L('support_reply', N_CASE, [], True),
         to=N_TO, when=T(2025, 2, 18, 12, 20, 31), subject=N_SUBJ, body=alt(txt, to_html(txt), cte='base64'), region='eu-central-1')

txt = """Dear Tomasz,

we are pleased to communicate you that we have proceeded with the fusion of your two certification profiles, and the operation is been concluded without problems.

In this moment the profile AWS61187720 contains all your certifications. The other profile is not anymore active. For the digital badges, Credly will send you an e-mail to accept them again in the new account, please control also the spam folder.

For any other necessity we remain at your complete disposal.

Cordiali saluti / Best regards,
Giulia R.
AWS Training and Certification
Amazon Web Services
""" + AWS_FOOT_FORM
aws_mail('036-fusion-concluded-italian-english.eml', label=L('merge_completed', N_CASE, ['AWS61187720'], True),
         to=N_TO, when=T(2025, 2, 19, 15, 57, 2), subject=N_SUBJ, body=alt(txt, to_html(txt)), region='eu-central-1')

# ---------------------------------------------------------------- thread M continued (Minh): reason question, duplicate case
txt = """Hi Minh,

Thank you for your response and for providing the login emails.

Before we can move forward, may we know the reason why there were two accounts created (for example: change of company, different email used by the test center, etc.)? This information is needed for our internal record only and it will not affect your certifications.

Also please confirm the full name as per your government ID, because in account AWS07724410 the name is "Tran Minh" and in the other one is "Minh Tran".

Looking forward for your reply.

Warm regards,
Rizal D.
AWS Training and Certification

On Sat, Jan 25, 2025 at 9:14 AM Minh Tran <minh.tran.dev@gmail.com> wrote:
> Hi Rizal, sorry for late. I want keep aws03381265 (minh.tran.dev@gmail.com).
> Old one aws07724410 was minh.tran@fpt-old.com.vn
""" + AWS_FOOT_FORM
aws_mail('037-asks-reason-and-name.eml', label=L('support_reply', M_CASE, ['AWS07724410'], True),
         to=M_TO, when=T(2025, 1, 27, 3, 48, 16), subject=M_SUBJ, body=alt(txt, to_html(txt)))

M2_OPEN = T(2025, 1, 26, 14, 30, 2)
M2_CASE = case15(M2_OPEN, '01146')
txt = """Dear Customer,

Your request has been successfully received by AWS Training and Certification.

Your case number is: %s

Our team will review your request and respond to you within 1 business day. To help us serve you faster, please avoid submitting multiple requests about the same issue.

Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: aws03381265

Thank you,
AWS Training and Certification
""" % M2_CASE
aws_mail('038-second-case-ack.eml', label=L('case_created', M2_CASE, ['AWS03381265'], True),
         to=M_TO, when=M2_OPEN + dt.timedelta(seconds=4), subject='Your request to AWS Training and Certification has been received [CASE %s]' % M2_CASE,
         body=alt(txt, to_html(txt), cte='base64'))

txt = """Hi Minh,

Thank you for reaching out again.

We noticed that this request is duplicate of the case %s which is already in progress with my colleague Rizal. To avoid confusion, we will close this new case and your request will be continued in the original case. Kindly reply only to the email of case %s.

We understand that you are waiting since some days and we apologize for this inconvenience.

Best regards,
Nguyen T.
AWS Training and Certification
""" % (M_CASE, M_CASE) + AWS_FOOT_FORM
aws_mail('039-duplicate-case-continue-in-original.eml', label=L('support_reply', M2_CASE, [], True),
         to=M_TO, when=T(2025, 1, 27, 5, 2, 40), subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % M2_CASE,
         body=alt(txt, to_html(txt)))

# ---------------------------------------------------------------- Chen: console rating request (survey)
txt = """Hello,

Your support case %s has been resolved and closed.

Subject: Request to merge duplicated AWS Certification accounts

We would like to know how was your experience with this case. Please take a moment to rate our support:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rate=true

If your problem still not solved, you can reopen the case from the Support Center within 14 days.

Sincerely,
Amazon Web Services
""" % (C_CASE, C_CASE)
aws_mail('040-console-resolved-rate-us.eml', label=L('survey', C_CASE, [], True),
         to=C_TO, when=T(2023, 7, 8, 9, 0, 1, 8), frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject='Amazon Web Services: Your Support case %s has been resolved' % C_CASE,
         body=alt(txt, to_html(txt)), provider='outlook', region='ap-southeast-1')

# ---------------------------------------------------------------- spoofed "case opened" (From amazon.com, dmarc=fail at Gmail, forged lower AR)
FAKE_CASE = case15(T(2025, 4, 14, 6, 2, 11), '38810')
txt = """Dear AWS Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request of merge your AWS Certification accounts.

Case ID: %s
Subject: Certification account merge - identity verification pending
Severity: Urgent

Important: for security reason the merge can only start after you verify the ownership of both accounts. Please sign in below within 48 hours, otherwise the case will be cancel and your certifications can be lost.

Verify and continue: https://console-aws.support-case-center.info/signin?displayId=%s

Sincerely,
Amazon Web Services
""" % (FAKE_CASE, FAKE_CASE, FAKE_CASE)
ip = '91.215.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
mf = 'noreply@amaz0n-cases.info'
ar = ('mx.google.com;\n       spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n'
      '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com' % (mf, ip, mf))
other_mail('041-spoofed-case-opened-dmarc-fail.eml', label=L('case_created', FAKE_CASE, [], False),
           to='fatima.alsayed.work@gmail.com', when=T(2025, 4, 14, 6, 9, 40), frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
           subject='Amazon Web Services: You have opened a new Support case: %s' % FAKE_CASE, body=alt(txt, to_html(txt)),
           mailfrom=mf, host='vps%d.hosted-by-srv.net' % rng.randint(1000, 9999), ip=ip, msgid='<%s@email.amazonses.com>' % uid(),
           ar=ar, top_extra=[('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com')])

# ---------------------------------------------------------------- thread Y: Yuki Sato (biglobe, console case in Japanese)
Y_TO = 'yuki.sato-77@biglobe.ne.jp'
Y_OPEN = T(2024, 12, 9, 1, 27, 36)
Y_CASE = case15(Y_OPEN, '90412')
def biglobe_ar(mailfrom, ip):
    # biglobe: no dmarc clause, aligned DKIM only
    return ar_line('biglobe.ne.jp', dkim=[('pass', 'amazon.com', 'rjt5ebqegfi6kk5tz5byilrrnnh4wv7h'), ('pass', 'amazonses.com', '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw')], spf=('pass', mailfrom, ip))
txt = """AWS をご利用いただきありがとうございます。

お問い合わせに対応するため、ケース %s を作成しました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: 認定アカウントが2つあるので統合したい
重要度: 一般的なガイダンス
内容: 試験を受けた際に別のメールアドレスでアカウントを作ってしまいました。AWS-70021385 と AWS-70315592 を一つにしていただけますか。

サポートセンターでケースの確認や返信ができます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

よろしくお願いいたします。
アマゾン ウェブ サービス

このメールは送信専用のアドレスから送信されています。ご返信いただいても対応できませんので、上記のリンクをご利用ください。
""" % (Y_CASE, Y_CASE, Y_CASE)
aws_jp('042-ja-console-case-opened-biglobe.eml', label=L('case_created', Y_CASE, ['AWS70021385', 'AWS70315592'], True, 'ja'), to=Y_TO,
       when=Y_OPEN + dt.timedelta(seconds=9), mx='mta-in.biglobe.ne.jp', arfun=biglobe_ar, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
       subject='Amazon Web Services: You have opened a new Support case: %s' % Y_CASE,
       body=alt(txt, to_html(txt), 'utf-8', 'quoted-printable'))

txt = """佐藤 由紀 様

AWS サポートの中村と申します。
お問い合わせいただき、ありがとうございます。

認定アカウントの統合に関しまして、ご本人確認のため、恐れ入りますが以下の情報をご教示いただけますでしょうか。

1. 各アカウントにサインインする際にご使用のメールアドレス
2. 各アカウントに登録されている通知用メールアドレス（サインイン用と異なる場合）
3. 統合後に残すアカウント（今後お使いになるアカウント）の候補者 ID

お手数をおかけいたしますが、サポートセンターより本ケースにご返信くださいますようお願い申し上げます。
いただいた情報を確認後、統合内容の最終確認のご連絡を差し上げます。

引き続きよろしくお願いいたします。

中村
Amazon Web Services

本ケースの対応について評価をお願いいたします。サポートセンターの各回答の右上にある星を選択して評価できます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
""" % Y_CASE
aws_jp('043-ja-asks-notification-emails.eml', label=L('support_reply', Y_CASE, [], True, 'ja'), to=Y_TO,
       when=T(2024, 12, 10, 11, 5, 48, JST), mx='mta-in.biglobe.ne.jp', arfun=biglobe_ar, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
       subject=subj('RE:[CASE %s] ' % Y_CASE, ('認定アカウントが2つあるので統合したい', 'iso-2022-jp')),
       body=tpart(txt, 'plain', 'iso-2022-jp', '7bit'))

# ---------------------------------------------------------------- thread B: Aisha Bello (ISP mailbox without AR), French-English agent
B_TO = 'aisha.bello@kpnmail.nl'
B_OPEN = T(2024, 10, 2, 8, 51, 19)
B_CASE = case15(B_OPEN, '64003')
B_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % B_CASE
txt = """Hello,

Thank you for contacting AWS Training and Certification. We have received your request.

Case ID: %s

A member of our team will get back to you, in principle within 24 hours. Please do not open a second case for the same request.

AWS Training and Certification
""" % B_CASE
aws_mail('044-form-ack-no-auth-results.eml', label=L('case_created', B_CASE, [], None),
         to=B_TO, when=B_OPEN + dt.timedelta(seconds=3), subject='[CASE %s] Thank you for contacting AWS Training and Certification' % B_CASE,
         body=tpart(txt, 'plain', 'us-ascii', '7bit'), provider='none', region='eu-west-1', jp_mx='mx.kpnmail.nl')

txt = """Hello Mrs Bello,

I thank you for your request and for your patience.

After verification, we have found two certification accounts at your name. Could you please confirm us your agreement for the fusion of the account AWS-22904471 in the account AWS-22918850?

At the end of the operation, only the account AWS-22918850 (aisha.bello@kpnmail.nl) will subsist, and all your certifications and your exam history will be attached to it. Attention: this operation is definitive, we cannot come back in arrear.

Without your answer, we will not be able to realise the operation.

Cordially,
Jean-Baptiste L.
AWS Training and Certification
Amazon Web Services
""" + AWS_FOOT_FORM
aws_mail('045-confirm-fusion-french-english.eml', label=L('merge_confirmation_requested', B_CASE, ['AWS22904471', 'AWS22918850'], None),
         to=B_TO, when=T(2024, 10, 3, 9, 30, 44), subject=B_SUBJ, body=alt(txt, to_html(txt)), provider='none', region='eu-west-1', jp_mx='mx.kpnmail.nl')

# ---------------------------------------------------------------- thread F continued: Fatima
F_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % F_CASE
txt = """Hello Fatima,

Thank you for confirming that you will take the exam first. Good luck for the Security Specialty!

Now, that the exam is done and the result is in your account, we can continue. Please check below information and confirm that it is correct:

  - Account to keep: AWS42077815 (fatima.alsayed@outlook.com)
  - Account to be merged and then deactivated: AWS42160093 (f.alsayed@gulfbank-it.com)

After merge, all the certifications will be in AWS42077815. The merge is permanent, it cannot be reverse.

Please reply with "Yes, proceed" if all is correct.

Kind regards,
Mehmet Y.
AWS Training and Certification
Amazon Web Services

________________________________
From: Fatima Al-Sayed <fatima.alsayed@outlook.com>
Sent: Sunday, April 13, 2025 8:47 PM
To: Amazon Web Services
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Mehmet, I passed the exam yesterday :) Please continue with the merge now.
""" % F_CASE + AWS_FOOT_FORM
aws_mail('046-thanks-for-confirming-then-asks-confirm.eml', label=L('merge_confirmation_requested', F_CASE, ['AWS42077815', 'AWS42160093'], True),
         to=F_TO, when=T(2025, 4, 14, 10, 2, 3), subject=F_SUBJ, body=alt(txt, to_html(txt), cte='base64'), provider='outlook', region='eu-west-1')

txt = """Hello Fatima,

I want to inform you that the merge is completed yesterday evening. I am sorry that I write you only today.

Your account AWS42077815 has now the 3 certifications: Cloud Practitioner, Solutions Architect Associate and Security Specialty. Account of gulfbank e-mail is not active anymore.

If something is missing please tell me, I will check.

Kind regards,
Mehmet Y.
AWS Training and Certification
Amazon Web Services
""" + AWS_FOOT_FORM
aws_mail('047-merge-is-completed-yesterday-turkish.eml', label=L('merge_completed', F_CASE, ['AWS42077815'], True),
         to=F_TO, when=T(2025, 4, 16, 7, 41, 9), subject=F_SUBJ, body=alt(txt, to_html(txt)), provider='outlook', region='eu-west-1')

# ---------------------------------------------------------------- phishing "merge completed" from look-alike (Outlook, dmarc none)
txt = """Hello,

Your AWS Certification accounts merge is complete. Account AWS 42160093 was merged successfull into your main account.

To keep your certificates and the exam voucher active after the merge, you must to validate your profile and pay the administrative fee of 4,99 USD in the next 72 hours.

Validate profile: https://aws-training-certification.net/validate?ref=AWS42160093

AWS Training & Certification Team
"""
ip = '45.145.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
mf = 'info@aws-training-certification.net'
other_mail('048-phish-merge-complete-fee.eml', label=L('merge_completed', None, ['AWS42160093'], False),
           to=F_TO, when=T(2025, 4, 17, 2, 15, 33), frm='"AWS Training & Certification" <info@aws-training-certification.net>',
           subject='Merge completed - validate your profile', body=alt(txt, to_html(txt)),
           mailfrom=mf, host='mx.aws-training-certification.net', ip=ip, msgid='<%s@aws-training-certification.net>' % uid(),
           provider='outlook',
           ar=['spf=pass (sender IP is %s)\n smtp.mailfrom=aws-training-certification.net' % ip, 'dkim=none (message not signed)\n header.d=none', 'dmarc=none action=none\n header.from=aws-training-certification.net'],
           )

# ---------------------------------------------------------------- surveys
txt = """Hello Mrs Bello,

As we did not receive your reply since 7 days, we proceed to the closure of this case. If you still wish the fusion of your accounts, you can simply answer to this e-mail and the case will be re-opened automatically.

Your opinion is precious for us. Would you accept to evaluate the service you received?

Was your issue resolved?
Yes: https://support.aws.amazon.com/feedback?caseId=%s&resolved=yes
No: https://support.aws.amazon.com/feedback?caseId=%s&resolved=no

Cordially,
AWS Training and Certification
""" % (B_CASE, B_CASE)
aws_mail('049-closure-no-answer-french-english.eml', label=L('survey', B_CASE, [], None),
         to=B_TO, when=T(2024, 10, 11, 9, 0, 2), subject='[CASE %s] Closure of your case' % B_CASE,
         body=alt(txt, to_html(txt)), provider='none', region='eu-west-1', jp_mx='mx.kpnmail.nl')

html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;font-family:'Amazon Ember',Arial,sans-serif;background:#fafafa">
<div style="max-width:600px;margin:0 auto;background:#fff;border-top:4px solid #ff9900;padding:24px">
<p>Dear Tomasz,</p>
<p>Your case <strong>%s</strong> was marked as resolved and it is closed now.</p>
<p>We would be thankful if you spend one minute to say us how was the support from our team. Your answers are anonymous and help to make better our service.</p>
<table cellpadding="6"><tr><td colspan="2"><b>Was your issue resolved?</b></td></tr>
<tr><td><a href="https://support.aws.amazon.com/feedback?caseId=%s&amp;resolved=yes" style="display:block;background:#037f0c;color:#fff;padding:8px 20px;text-decoration:none">YES</a></td>
<td><a href="https://support.aws.amazon.com/feedback?caseId=%s&amp;resolved=no" style="display:block;background:#d13212;color:#fff;padding:8px 20px;text-decoration:none">NO</a></td></tr></table>
<p style="font-size:12px;color:#687078">Please do not answer to this message. If you need more help, open a new request on <a href="https://aws.amazon.com/contact-us/aws-training/">aws.amazon.com/contact-us/aws-training</a>.</p>
<p style="font-size:11px;color:#879596">&copy; 2025, Amazon Web Services, Inc. or its affiliates. All rights reserved.</p>
</div></body></html>
""" % (N_CASE, N_CASE, N_CASE)
aws_mail('050-closure-yes-no-html-only.eml', label=L('survey', N_CASE, [], True),
         to=N_TO, when=T(2025, 2, 21, 16, 0, 9), subject='Your AWS Training and Certification case %s is closed' % N_CASE,
         body=tpart(html, 'html', 'utf-8', 'quoted-printable'), region='eu-central-1')

# ---------------------------------------------------------------- Fatima: NPS-style rating request (survey)
txt = """Dear Fatima,

Recently you have been in contact with AWS Training and Certification support about case %s. We would like that you tell us your opinion.

On a scale from 0 to 10, how much probable is that you recommend our support to a friend or colleague?

0 - 1 - 2 - 3 - 4 - 5 - 6 - 7 - 8 - 9 - 10
https://survey.aws-support.amazon.com/s/nps?case=%s

The survey takes less than 2 minutes. Thank you in advance for your time!

AWS Training and Certification
""" % (F_CASE, F_CASE)
aws_mail('051-rating-request-nps.eml', label=L('survey', F_CASE, [], True),
         to=F_TO, when=T(2025, 4, 18, 12, 0, 0), frm='"AWS Training and Certification" <aws-tc-survey@amazon.com>',
         subject='How did we do? Share your feedback about case %s' % F_CASE, body=alt(txt, to_html(txt)), provider='outlook', region='eu-west-1')

# ---------------------------------------------------------------- Credly: Lukas (outlook) and Kenji (nifty)
txt = """Lukas,

Amazon Web Services Training and Certification has sent you a badge!

AWS Certified DevOps Engineer - Professional

Your badge is waiting for you. Claim it now to let your professional network know about your achievement.

Accept your badge:
https://www.credly.com/badges/0c6f2d18-77ab-4e39-9c02-5de1a8b3f470/accept

Questions? Visit https://support.credly.com

Credly, Inc. 322 W. 32nd St., Charlotte, NC 28202
"""
credly_mail('052-credly-sent-you-a-badge-outlook.eml', label=L('credly_badge_issued', None, [], True),
            to=L_TO, when=T(2024, 11, 8, 14, 22, 51, 1), subject='Amazon Web Services Training and Certification sent you a new badge',
            provider='outlook', body=alt(txt, to_html(txt)))

txt = """Kenji, your badges have been updated

Because your AWS Certification profile changed, Amazon Web Services Training and Certification re-issued the following badges to this Credly account (k-watanabe@nifty.com):

  * AWS Certified Solutions Architect - Associate
  * AWS Certified SysOps Administrator - Associate

Please accept the badges to make them visible on your public profile:
https://www.credly.com/earner/earned?utm_campaign=badge_reissued

If you already accepted them, no further action is needed.

The Credly Team
"""
credly_mail('053-credly-badges-reissued-nifty.eml', label=L('credly_badge_issued', None, [], True),
            to=K_TO, when=T(2025, 5, 31, 4, 10, 27, -4), subject='Kenji, your badges are ready to accept',
            provider='jp', jp_mx='mx.nifty.com', body=alt(txt, to_html(txt), cte='base64'))

# ---------------------------------------------------------------- Lukas: Credly escalation (support_reply)
txt = """Hello Lukas,

Thank you for your message. I have checked and you are right, the Credly badges from old account were not moved together with certifications. This is happening sometimes because Credly is separate system.

I have raised request to Credly team for move 3 badges to your Credly profile with e-mail lukas.meyer@outlook.com. Usually they are doing this in 3-5 working days. You will get e-mail from Credly when badges will be there, you need to accept them.

I keep this case open until you confirm badges arrived.

Best regards,
Dmitrii S.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % L_CASE
aws_mail('054-console-credly-escalated.eml', label=L('support_reply', L_CASE, [], True),
         to=L_TO, when=T(2024, 11, 12, 9, 36, 14), frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject='RE:[CASE %s] Merge two certification accounts' % L_CASE, body=alt(txt, to_html(txt)), provider='outlook')

# ---------------------------------------------------------------- phishing support reply asking passwords (about the merge)
PH_CASE = case15(T(2024, 6, 20, 11, 0, 5), '77001')
txt = """Dear valued customer,

Regarding to your case %s about merge of AWS certification accounts AWS01925566 and AWS05518804.

For proceed with the merge our technical team need to verify the both accounts. Kindly send us in reply of this email the login e-mail and password of both accounts, and the last 4 digit of the card used for pay the exams.

If we not receive this information in 24 hours, the request will be rejected and you will need to pay again the exams.

Thanks and regards,
AWS Support Team
""" % PH_CASE
ip = '103.152.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
mf = 'support@aws-supportcenter.co'
other_mail('055-phish-asks-passwords-for-merge.eml', label=L('support_reply', PH_CASE, ['AWS01925566', 'AWS05518804'], False),
           to=S_TO, when=T(2024, 6, 20, 13, 47, 9), frm='"AWS Support" <support@aws-supportcenter.co>',
           subject='RE:[CASE %s] account merge - verification needed' % PH_CASE, body=tpart(txt, 'plain', 'utf-8', 'base64'),
           mailfrom=mf, host='smtp.aws-supportcenter.co', ip=ip, msgid='<%s@aws-supportcenter.co>' % hexs(24),
           ar=ar_line('mx.google.com', dkim=[('fail', 'aws-supportcenter.co', 'mail')], spf=('neutral', mf, ip), dmarc=('fail', 'aws-supportcenter.co', 'NONE')),
           dkim=('aws-supportcenter.co', 'mail'), reply_to='aws.support.team.verify@gmail.com')

# ---------------------------------------------------------------- phishing not about merge (unrelated)
txt = """AWS Notification - Your account is suspended

Dear Customer,

We was unable to process the payment for your AWS account. Because of this, your account and all the services has been temporary suspended.

To restore the access please update your billing information in the next 24 hours:
https://aws-amazon-billing.com/restore/account

If you not update, all your data will be deleted permanently.

Amazon Web Services Billing
"""
ip = '194.87.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
mf = 'billing@aws-amazon-billing.com'
other_mail('056-phish-billing-suspended.eml', label=L('unrelated', None, [], False),
           to=P_TO, when=T(2025, 3, 20, 22, 3, 17), frm='"Amazon Web Services" <billing@aws-amazon-billing.com>',
           subject='[Action Required] Your AWS account has been suspended', body=alt(txt, to_html(txt)),
           mailfrom=mf, host='mail.aws-amazon-billing.com', ip=ip, msgid='<%s@aws-amazon-billing.com>' % uid(),
           ar=ar_line('mx.google.com', dkim=[('pass', 'aws-amazon-billing.com', 'x')], spf=('pass', mf, ip), dmarc=('pass', 'aws-amazon-billing.com', 'NONE')),
           dkim=('aws-amazon-billing.com', 'x'))

# ---------------------------------------------------------------- Credly expiry reminder (unrelated, genuine Credly)
txt = """Hi Sofia,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on August 14, 2025.

To keep your badge active, you need to recertify before the expiration date. Visit the issuer's website to learn about recertification options.

View your badge: https://www.credly.com/badges/44d1a0ce-6b0e-4b2f-9a77-d6a1f0e3b258

The Credly Team
"""
credly_mail('057-credly-badge-expiring-reminder.eml', label=L('unrelated', None, [], True),
            to=S_TO, when=T(2025, 5, 16, 13, 0, 45, -4), subject='Your badge is expiring soon',
            frm='"Credly" <admin@credly.com>', body=alt(txt, to_html(txt)))

# ---------------------------------------------------------------- other AWS case: service quota (10-digit id, 2020) -> unrelated
Q_CASE = '7151234561'
txt = """Hello,

Thank you for your patience.

Kindly note that we have approved and processed your limit increase request for "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" in region EU (Frankfurt). The new limit is 64 vCPU. It can take up to 30 minutes until new limit is effective in your account.

Please do let us know in case of any further queries, we will be happy to assist.

Best regards,
Pradeep S.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % Q_CASE
aws_mail('058-other-case-quota-increase-2020.eml', label=L('unrelated', Q_CASE, [], True),
         to=L_TO, when=T(2020, 6, 23, 7, 2, 55), frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
         subject='RE:[CASE %s] Limit Increase: EC2 Instances' % Q_CASE, body=alt(txt, to_html(txt)), provider='outlook')

# ---------------------------------------------------------------- AWS newsletter mentioning merge (unrelated)
txt = """AWS Training and Certification - Monthly Update | May 2025

New on AWS Skill Builder
- 25 new free digital courses on generative AI
- AWS Cloud Quest: new Machine Learning role

Certification corner
- The AWS Certified AI Practitioner exam is now available in Japanese and Korean.
- Tip: Do you have more than one certification account? Contact us through the Training and Certification contact form and our team can help you to consolidate them.

Upcoming events
- AWS Summit Stockholm, June 4
- AWS re:Inforce, Philadelphia, June 16-18

You received this email because you are subscribed to AWS Training and Certification updates.
Unsubscribe: https://pages.awscloud.com/communication-preferences?sc_channel=em

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave North, Seattle, WA 98109.
"""
aws_mail('059-newsletter-mentions-consolidation.eml', label=L('unrelated', None, [], True),
         to=N_TO, when=T(2025, 5, 8, 16, 30, 0), frm='"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>',
         subject='May update: new courses, AI Practitioner in Japanese, and more', body=alt(txt, to_html(txt)),
         extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences?sc_channel=em>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')],
         region='us-west-2')

# ---------------------------------------------------------------- Japanese billing case (unrelated, ja, Shift_JIS 8bit, yahoo.co.jp)
H_TO = 'tanaka_hiroshi88@yahoo.co.jp'
H_CASE = case15(T(2025, 6, 2, 0, 41, 7), '52368')
txt = """田中 様

AWS 請求サポートの山本でございます。
お問い合わせいただき、誠にありがとうございます。

ご指摘いただきました 5 月分の請求につきまして、確認いたしましたところ、同一のクレジットカードにて二重に決済が行われていたことを確認いたしました。
大変ご迷惑をおかけし、申し訳ございません。

重複分の金額（USD 38.42）につきましては、本日付で返金の手続きを行いました。カード会社によって異なりますが、反映までに 5 から 10 営業日ほどかかる場合がございます。

その他ご不明な点がございましたら、本ケースにてお気軽にお問い合わせください。

山本
Amazon Web Services

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
""" % H_CASE
def yahoo_ar(mailfrom, ip):
    return ar_line('mta-in.mail.yahoo.co.jp', dkim=[('pass', 'amazon.com', 'rjt5ebqegfi6kk5tz5byilrrnnh4wv7h')], spf=('pass', mailfrom, ip), dmarc=('pass', 'amazon.com', 'quarantine'))
aws_jp('060-ja-billing-case-double-charge.eml', label=L('unrelated', H_CASE, [], True, 'ja'), to=H_TO,
       when=T(2025, 6, 3, 10, 12, 40, JST), mx='mta-in.mail.yahoo.co.jp', arfun=yahoo_ar, frm='"Amazon Web Services" <no-reply-aws@amazon.com>',
       subject=subj('RE:[CASE %s] ' % H_CASE, ('5月分の請求が二重になっています', 'iso-2022-jp')),
       body=tpart(txt, 'plain', 'shift_jis', '8bit'))

# ================================================================ FINISH
def decoded_text(msg):
    out = []
    for k in ('Subject',):
        v = msg.get(k)
        if v:
            try:
                out.append(str(email.header.make_header(email.header.decode_header(v))))
            except Exception:
                out.append(v)
    for part in msg.walk():
        if part.get_content_maintype() != 'text':
            continue
        data = part.get_payload(decode=True) or b''
        cs = part.get_content_charset() or 'us-ascii'
        try:
            t = data.decode(CODEC.get(cs, cs), errors='replace')
        except LookupError:
            t = data.decode('utf-8', errors='replace')
        if part.get_content_subtype() == 'html':
            t = htmlmod.unescape(re.sub(r'<[^>]+>', ' ', t))
        out.append(t)
    return '\n'.join(out)

def check():
    ok = True
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    labels = json.load(open(os.path.join(OUT, 'labels.json')))
    if set(files) != set(labels):
        print('MISMATCH files/labels', set(files) ^ set(labels)); ok = False
    for f in files:
        msg = email.message_from_bytes(open(os.path.join(OUT, f), 'rb').read())
        txt = decoded_text(msg)
        lab = labels[f]
        found = {'AWS' + m for m in re.findall(r'(?i)aws[ \-]?(\d{8})(?!\d)', txt)}
        for a in lab['account_ids']:
            if a not in found:
                print(f, 'account id not in text', a); ok = False
        if lab['case_id'] and lab['case_id'] not in txt:
            print(f, 'case id not in text', lab['case_id']); ok = False
        extra = found - set(lab['account_ids'])
        if extra:
            print('  note', f, 'ids in text but not labelled (quoted?):', sorted(extra))
        if lab['case_id'] and len(lab['case_id']) == 15:
            ts = int(lab['case_id'][:10])
            d = email.utils.parsedate_to_datetime(msg['Date'])
            if ts > d.timestamp():
                print(f, 'case opened after mail date'); ok = False
        if 'Authentication-Results' not in msg and lab['sender_verified'] is not None:
            print(f, 'no AR but verified not null'); ok = False
        if 'Authentication-Results' in msg and lab['sender_verified'] is None:
            print(f, 'AR present but verified null'); ok = False
    from collections import Counter
    print(Counter(l['kind'] for l in labels.values()))
    print(Counter(l['language'] for l in labels.values()), Counter(str(l['sender_verified']) for l in labels.values()))
    print('CHECK', 'OK' if ok else 'FAILED', len(files), 'files')

def finish():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fname, data, lab in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        labels[fname] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w') as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False, sort_keys=True)
    check()

if __name__ == '__main__':
    finish()
