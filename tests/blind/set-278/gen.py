#!/usr/bin/env python3
"""Generate blind set 278: look-alikes of the merge confirmation request
(English and Japanese).  Writes NNN-*.eml and labels.json into this folder."""
import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import random
import uuid
from email import generator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(278)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))

LABELS = {}
COUNTER = [0]

B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def b64s(n):
    return ''.join(rnd.choice(B64) for _ in range(n))


def hexs(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def alnum(n):
    return ''.join(rnd.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def T(s, tz=UTC):
    """'2025-05-28 08:02:10' in UTC -> aware datetime in tz"""
    return dt.datetime.fromisoformat(s).replace(tzinfo=UTC).astimezone(tz)


def case15(opened, tail):
    return str(int(dt.datetime.fromisoformat(opened).replace(tzinfo=UTC).timestamp())) + tail


def rfc(d):
    return format_datetime(d)


def ses_id(d):
    ms = int(d.timestamp() * 1000)
    return '0100%012x-%s-000000' % (ms, uuid.UUID(int=rnd.getrandbits(128)))


def enc_header(value, charset='utf-8', name='Subject'):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name, maxlinelen=76).encode(linesep='\n')


def addr(name, address, charset='utf-8'):
    if name is None:
        return address
    try:
        name.encode('ascii')
        return formataddr((name, address))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), address)


# ---------------------------------------------------------------- MIME parts
def textpart(text, subtype='plain', charset='utf-8', cte='qp', label=None, extra_ct=''):
    """Build a text/* part.  `label` overrides the declared charset (to make a
    deliberately wrong charset label)."""
    if subtype == 'plain' and not text.endswith('\n'):
        text += '\n'
    raw = text.encode(charset)
    m = Message()
    m['Content-Type'] = 'text/%s; charset="%s"%s' % (subtype, label or charset, extra_ct)
    if cte == 'qp':
        payload = quopri.encodestring(raw).decode('ascii')
        m['Content-Transfer-Encoding'] = 'quoted-printable'
    elif cte == 'b64':
        payload = base64.encodebytes(raw).decode('ascii')
        m['Content-Transfer-Encoding'] = 'base64'
    elif cte == '7bit':
        payload = raw.decode('ascii')
        m['Content-Transfer-Encoding'] = '7bit'
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
        m['Content-Transfer-Encoding'] = '8bit'
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def multipart(sub, parts, boundary):
    m = Message()
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (sub, boundary)
    m.set_payload(list(parts))
    return m


def bnd_gmail():
    return '000000000000' + hexs(12)


def bnd_ses():
    return '----=_Part_%d_%d.%d' % (rnd.randint(100000, 9999999), rnd.randint(100000000, 2099999999),
                                    rnd.randint(1700000000000, 1760000000000))


def bnd_outlook():
    return '_000_%s%s_' % (alnum(8).upper(), 'PR03MB' + str(rnd.randint(1000, 9999)) + 'eurprd03')


def html_wrap(body_html, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><title>%s</title></head>\n<body style="font-family:Arial,Helvetica,'
            'sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (html.escape(title), body_html))


def text_to_html(text):
    """Plain text -> simple html; lines starting with '>' become blockquotes."""
    out = []
    quote_depth = 0
    for line in text.split('\n'):
        d = 0
        s = line
        while s.startswith('>'):
            d += 1
            s = s[1:].lstrip(' ') if s[1:2] == ' ' else s[1:]
        while quote_depth < d:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            quote_depth += 1
        while quote_depth > d:
            out.append('</blockquote>')
            quote_depth -= 1
        out.append((html.escape(s) if s else '') + '<br>')
    while quote_depth:
        out.append('</blockquote>')
        quote_depth -= 1
    return '<div dir="ltr">\n' + '\n'.join(out) + '\n</div>'


def alt(text, html_body=None, charset='utf-8', cte='qp', hcte=None, boundary=None, label=None):
    if html_body is None:
        html_body = html_wrap(text_to_html(text))
    return multipart('alternative', [textpart(text, 'plain', charset, cte, label),
                                     textpart(html_body, 'html', charset, hcte or cte, label)],
                     boundary or bnd_ses())


# ---------------------------------------------------------------- trace / auth
SES_IPS = ['54.240.8.33', '54.240.8.91', '54.240.9.112', '54.240.48.94', '54.240.13.40', '54.240.11.17',
           '23.251.224.7', '54.240.27.11']
SES_DKIM_SEL = 'lu5ljkthm6ydnzn3ysgaq5cf5goq4akb'  # d=amazon.com selector shape
SES_SELF_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def ses_helo(ip):
    a, b, c, d = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, d)


def dkim_sig(d_, sel, when, h='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s'
            % (sel, d_, int(when.timestamp()), h, b64s(43), b64s(86) + '\n\t' + b64s(86) + '\n\t' + b64s(170) + '='))


def ar_gmail(dkims, spf, mailfrom, ip, dmarc, hfrom, policy='QUARANTINE'):
    """dkims: list of (result, domain, selector)"""
    parts = []
    for r, d_, s in dkims:
        if r == 'none':
            continue
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (r, d_, s, b64s(8)))
    if not parts and any(r == 'none' for r, _, _ in dkims):
        parts.append('dkim=none')
    if spf == 'pass':
        parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                     % (mailfrom, ip, mailfrom))
    elif spf == 'softfail':
        parts.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted '
                     'sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom))
    else:
        parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                     % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        dis = 'NONE' if dmarc == 'pass' else policy
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, policy, policy, dis, hfrom))
    return 'mx.google.com;\n       ' + ';\n       '.join(parts)


def ar_outlook(dkims, spf, mfdomain, ip, dmarc, hfrom, compauth='pass reason=100'):
    parts = ['spf=%s (sender IP is %s)\n smtp.mailfrom=%s' % (spf, ip, mfdomain)]
    for r, d_, s in dkims:
        why = {'pass': 'signature was verified', 'fail': 'body hash did not verify',
               'none': 'message not signed'}[r]
        parts.append('dkim=%s (%s)\n header.d=%s' % (r, why, d_) if r != 'none' else 'dkim=none (message not signed)\n header.d=none')
    act = 'none' if dmarc == 'pass' else ('quarantine' if dmarc == 'fail' else 'none')
    parts.append('dmarc=%s action=%s\n header.from=%s' % (dmarc, act, hfrom))
    parts.append('compauth=%s' % compauth)
    return ';'.join(parts)


def ar_generic(host, dkims, spf, mailfrom, dmarc, hfrom, ip=None):
    parts = ['spf=%s smtp.mailfrom=%s' % (spf, mailfrom) + (' smtp.remote-ip=%s' % ip if ip else '')]
    for r, d_, s in dkims:
        parts.append('dkim=%s header.d=%s header.s=%s header.b=%s' % (r, d_, s, b64s(8)))
    if dmarc:
        parts.append('dmarc=%s header.from=%s' % (dmarc, hfrom))
    return host + ';\n\t' + ';\n\t'.join(parts)


def gmail_trace(rcpt, when, helo, ip, mailfrom, ar):
    t1 = when + dt.timedelta(seconds=rnd.randint(1, 4))
    t0 = t1 + dt.timedelta(seconds=1)
    pt = t0.astimezone(PDT if 3 <= t0.month <= 10 else PST)
    pt1 = t1.astimezone(PDT if 3 <= t1.month <= 10 else PST)
    sid = '%s%s.%d.%d' % (alnum(2), alnum(4), rnd.randint(1000000, 9999999), rnd.randint(1, 999))
    return [
        ('Delivered-To', rcpt),
        ('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
         % (hexs(4), hexs(3), hexs(3), hexs(3), hexs(4), alnum(3) + 'csp' + str(rnd.randint(100000, 999999)), rfc(pt))),
        ('X-Google-Smtp-Source', 'AGHT+I' + b64s(80)),
        ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s;\n        %s'
         % (hexs(4), hexs(3), hexs(4), alnum(12), rfc(pt))),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
         % (int(t0.timestamp()), b64s(70) + '\n         ' + b64s(70) + '=')),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        '
         'h=feedback-id:mime-version:date:message-id:subject:to:from:dkim-signature;\n        bh=%s=;\n        '
         'fh=%s=;\n        b=%s' % (b64s(43), b64s(43), b64s(70) + '\n         ' + b64s(70) + '=')),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', '<%s>' % mailfrom),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>\n        '
         '(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (helo, helo, ip, sid, rcpt, rfc(pt1))),
        ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
         % (mailfrom, ip, ip)),
        ('Authentication-Results', ar),
    ]


def outlook_trace(rcpt, when, helo, ip, mfdomain, ar, spfword='Pass'):
    t = when + dt.timedelta(seconds=rnd.randint(1, 5))
    host = lambda: '%s%s.namprd%02d.prod.outlook.com' % (rnd.choice(['CH3PR', 'SA1PR', 'DM6PR', 'BN8PR', 'MN2PR']),
                                                          str(rnd.randint(10, 19)) + 'MB' + str(rnd.randint(1000, 9999)),
                                                          rnd.randint(2, 22))
    h1, h2, h3 = host(), host(), host()
    rt = rfc(t).replace(' -0000', ' +0000')
    return [
        ('Received', 'from %s (2603:10b6:a03:%s::%s)\n by %s with HTTPS; %s' % (h1, hexs(3), hexs(2), h2, rt)),
        ('Received', 'from %s (2603:10b6:610:%s::%s)\n by %s (2603:10b6:a03:%s::%s) with Microsoft SMTP Server\n '
         '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
         % (h3, hexs(2), hexs(2), h1, hexs(3), hexs(2), rnd.randint(7000, 9300), rnd.randint(10, 40), rt)),
        ('Received', 'from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n '
         'cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
         % (helo, ip, h3.replace('PR', 'PEPF'), rnd.randint(2, 250), rnd.randint(7000, 9300), rnd.randint(10, 40), rt)),
        ('Authentication-Results', ar),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s designates %s as permitted sender)\n '
         'receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (spfword, mfdomain, ip, ip, helo)),
    ]


def generic_trace(host, rcpt, when, helo, ip, ar, tz=JST, mid_hop=None):
    t = (when + dt.timedelta(seconds=rnd.randint(1, 6))).astimezone(tz)
    out = []
    if mid_hop:
        out.append(('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                    % (mid_hop, mid_hop, alnum(11).upper(), rcpt, rfc(t + dt.timedelta(seconds=1)))))
    out.append(('Authentication-Results', ar))
    out.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                % (helo, helo, ip, host, alnum(10).upper(), rcpt, rfc(t))))
    return out


# ---------------------------------------------------------------- AWS (SES) mail
def aws_auth(provider, when, rcpt, from_domain='amazon.com', outcome='pass', ip=None, host=None):
    """Return trace headers + DKIM signature headers for an SES-sent amazon.com mail.
    outcome: 'pass' | 'dkim-only' (generic provider with no dmarc) """
    ip = ip or rnd.choice(SES_IPS)
    helo = ses_helo(ip)
    mf = ses_id(when) + '@amazonses.com'
    dk = [('pass', from_domain, SES_DKIM_SEL), ('pass', 'amazonses.com', SES_SELF_SEL)]
    if provider == 'gmail':
        trace = gmail_trace(rcpt, when, helo, ip, mf, ar_gmail(dk, 'pass', mf, ip, 'pass', from_domain))
    elif provider == 'outlook':
        trace = outlook_trace(rcpt, when, helo, ip, 'amazonses.com',
                              ar_outlook(dk, 'pass', 'amazonses.com', ip, 'pass', from_domain))
        trace.insert(0, ('Return-Path', mf))
    else:
        dm = None if outcome == 'dkim-only' else 'pass'
        trace = [('Return-Path', '<%s>' % mf)] + generic_trace(host, rcpt, when, helo, ip,
                                                               ar_generic(host, dk, 'pass', mf, dm, from_domain, ip))
    sigs = [('DKIM-Signature', dkim_sig(from_domain, SES_DKIM_SEL, when)),
            ('DKIM-Signature', dkim_sig('amazonses.com', SES_SELF_SEL, when,
                                        'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'))]
    return trace + sigs


def ses_tail(when, region='us-east-1'):
    return [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, b64s(43))),
            ('X-SES-Outgoing', '%s-%s' % (when.strftime('%Y.%m.%d'), rnd.choice(SES_IPS)))]


def write(slug, label, headers, body):
    COUNTER[0] += 1
    name = '%03d-%s.eml' % (COUNTER[0], slug)
    buf = io.BytesIO()
    generator.BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body, linesep='\n')
    hdr = ''.join('%s: %s\n' % (k, v) for k, v in headers)
    data = hdr.encode('ascii') + buf.getvalue()
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)
    lab = dict(label)
    lab['account_ids'] = sorted(set(lab.get('account_ids', [])))
    LABELS[name] = {k: lab[k] for k in ('kind', 'case_id', 'account_ids', 'sender_verified', 'language')}
    return name


def L(kind, case_id, ids, sv, lang='en'):
    return {'kind': kind, 'case_id': case_id, 'account_ids': ids, 'sender_verified': sv, 'language': lang}


def std_headers(frm, to, subject, when, msgid, charset='utf-8', extra=()):
    h = [('From', frm), ('To', to), ('Subject', enc_header(subject, charset)),
         ('MIME-Version', '1.0'), ('Message-ID', '<%s>' % msgid), ('Date', rfc(when))]
    h.extend(extra)
    return h


FORM = addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
NOREPLY = addr('Amazon Web Services', 'no-reply-aws@amazon.com')


def aws_mail(slug, label, provider, rcpt, when, subject, body, frm=FORM, to=None, host=None,
             charset='utf-8', outcome='pass', extra=()):
    mid = ses_id(when) + '@email.amazonses.com'
    hdrs = aws_auth(provider, when, rcpt, outcome=outcome, host=host)
    hdrs += std_headers(frm, to or rcpt, subject, when, mid, charset, extra)
    hdrs += ses_tail(when)
    return write(slug, label, hdrs, body)


# ================================================================ MAILS
# ---------------------------------------------------------------- Thread A: Daniel (Gmail, form desk)
DAN = 'daniel.okafor@gmail.com'
DAN_TO = addr('Daniel Okafor', DAN)
CA = case15('2025-05-27 22:41:37', '00531')
SUBJ_A = '[AWS Training and Certification Form Submission] - account-assistance'
SIG_ROHIT = '\nBest regards,\n\nRohit S.\nAWS Training and Certification\nAmazon Web Services\n'

# 001 acknowledgement
w = T('2025-05-27 22:41:52')
txt = f"""Hello,

Thank you for contacting AWS Training and Certification. This is an automated
message to let you know that we have received your request and created case
{CA}.

Case ID: {CA}
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS01766530

A member of our team will review your request and respond, usually within
24 hours. To help us assist you faster, please do not open a new case for the
same request. If you need to add information, reply to this e-mail and keep the
case ID in the subject line.

Regards,
AWS Training and Certification

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
"""
aws_mail('form-acknowledgement', L('case_created', CA, ['AWS01766530'], True), 'gmail', DAN, w,
         f'[CASE {CA}] {SUBJ_A}', alt(txt), to=DAN_TO)

# 002 agent asks for missing information
w = T('2025-05-28 16:10:31')
txt = f"""Hello Daniel,

Thank you for reaching out to AWS Training and Certification. My name is Rohit and
I will be assisting you with this case.

I understand that you would like to bring your two certification profiles together.
I was able to locate the account AWS01766530 that you provided in the form. To
locate the second profile and to verify ownership, could you please share the
following:

1. The e-mail address you use to sign in to the other certification account
2. If available, the AWS candidate ID of that account (it starts with "AWS"
   followed by 8 digits)
3. Which of the two accounts you would like to keep as your primary account

As soon as we have this information, we will review both accounts and get back to
you with the next steps.
{SIG_ROHIT}"""
aws_mail('agent-asks-login-email', L('support_reply', CA, ['AWS01766530'], True), 'gmail', DAN, w,
         f'RE:[CASE {CA}] {SUBJ_A}', alt(txt), to=DAN_TO)

# 003 genuine confirmation request, quoted Gmail reply below
w = T('2025-05-29 14:22:08')
txt = f"""Hello Daniel,

Thank you for the details. I have located both certification accounts:

  - AWS02318847 - d.okafor@northwind-logistics.com
  - AWS01766530 - daniel.okafor@gmail.com

As requested, AWS02318847 will be merged into AWS01766530. After the merge,
AWS01766530 will remain your active account and the certifications, exam history
and digital badges held under AWS02318847 will be moved to it. AWS02318847 will be
deactivated and you will no longer be able to sign in with
d.okafor@northwind-logistics.com.

Please be aware that a merge cannot be reversed once it has been completed.

Could you please reply to this e-mail to confirm that the information above is
correct and that you would like us to go ahead?
{SIG_ROHIT}
On Wed, May 28, 2025 at 6:03 PM Daniel Okafor <daniel.okafor@gmail.com> wrote:
> Hi Rohit,
>
> The other account is under my old work address d.okafor@northwind-logistics.com,
> I think the ID was AWS02318847. Please keep the Gmail one (AWS01766530), I no
> longer have access to the work mailbox.
>
> Thanks,
> Daniel
"""
aws_mail('agent-asks-to-confirm-merge', L('merge_confirmation_requested', CA, ['AWS01766530', 'AWS02318847'], True),
         'gmail', DAN, w, f'RE:[CASE {CA}] {SUBJ_A}', alt(txt), to=DAN_TO)

# 004 thank you for confirming, we will proceed (ids only in quoted history)
w = T('2025-05-30 09:05:44')
txt = f"""Hello Daniel,

Thank you for confirming. I have now passed your request to our certification
operations team, who will carry it out. Once the merge is complete you will
receive a confirmation from us, and you can then sign in to review your
certifications. This normally takes one to two business days.

There is nothing else you need to do at this time.
{SIG_ROHIT}
On Thu, May 29, 2025 at 4:40 PM Daniel Okafor <daniel.okafor@gmail.com> wrote:
> Hi Rohit, the details are correct. Please proceed with the merge.
>
> On Thu, May 29, 2025 at 7:22 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Daniel,
> >
> > Thank you for the details. I have located both certification accounts:
> >
> >   - AWS02318847 - d.okafor@northwind-logistics.com
> >   - AWS01766530 - daniel.okafor@gmail.com
> >
> > As requested, AWS02318847 will be merged into AWS01766530. [...]
> > Could you please reply to this e-mail to confirm that the information above is
> > correct and that you would like us to go ahead?
"""
aws_mail('thanks-for-confirming-will-proceed', L('support_reply', CA, [], True), 'gmail', DAN, w,
         f'RE:[CASE {CA}] {SUBJ_A}', alt(txt), to=DAN_TO)

# 005 merge completed (also says the case will be resolved)
w = T('2025-05-31 03:47:19')
txt = f"""Hello Daniel,

Good news - your certification accounts have now been merged. Your active
account is AWS01766530, and all certifications that were held under AWS02318847
are now listed on it.

Please sign in at https://www.aws.training/Certification with
daniel.okafor@gmail.com and check that everything looks right, including your
benefits. Your Credly badges will be moved to the Credly account that uses
daniel.okafor@gmail.com; this can take up to 48 hours.

As the request has been fulfilled I will mark this case as resolved. If anything
is missing, simply reply to this e-mail within 14 days and the case will reopen.
{SIG_ROHIT}"""
aws_mail('merge-done-case-resolved', L('merge_completed', CA, ['AWS01766530', 'AWS02318847'], True), 'gmail', DAN, w,
         f'RE:[CASE {CA}] {SUBJ_A}', alt(txt), to=DAN_TO)

# 006 survey, HTML only
w = T('2025-05-31 03:48:02')
h = html_wrap(f"""<table width="600" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #e9ebed">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Your case <b>{CA}</b> has been resolved. We hope we were able to help.</p>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="https://survey.aws.training/s/cs?caseId={CA}&amp;r=yes" style="background:#ec7211;color:#fff;padding:8px 20px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://survey.aws.training/s/cs?caseId={CA}&amp;r=no" style="background:#545b64;color:#fff;padding:8px 20px;text-decoration:none">NO</a></p>
<p>How would you rate the support you received from Rohit? Your feedback takes less than a minute and helps us improve.</p>
<p><a href="https://survey.aws.training/s/cs?caseId={CA}">Rate your experience</a></p>
<p style="color:#687078;font-size:12px">This message was sent from an address that cannot accept incoming e-mail. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.</p>
</td></tr></table>""", 'AWS Training and Certification')
aws_mail('case-resolved-survey', L('survey', CA, [], True), 'gmail', DAN, w,
         f'How did we do? Your AWS Training and Certification case {CA}',
         textpart(h, 'html', 'utf-8', 'qp'), frm=addr('AWS Training and Certification', 'no-reply-aws@amazon.com'), to=DAN)

# 007 Credly badge issued after merge
CREDLY = addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')


def credly_mail(slug, label, provider, rcpt, when, subject, body, frm=CREDLY, domain='credly.com', host=None,
                dmarc='pass'):
    ip = '149.72.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
    helo = 'o%d.em%d.%s' % (rnd.randint(1, 9), rnd.randint(1000, 9999), domain)
    mf = 'bounces+%d-%s-%s@em%d.%s' % (rnd.randint(1000000, 9999999), hexs(4), rcpt.replace('@', '='),
                                        rnd.randint(1000, 9999), domain)
    dk = [('pass', domain, 's1'), ('pass', 'sendgrid.info', 'smtpapi')]
    if provider == 'gmail':
        tr = gmail_trace(rcpt, when, helo, ip, mf, ar_gmail(dk, 'pass', mf, ip, dmarc, domain, 'NONE'))
    elif provider == 'outlook':
        tr = outlook_trace(rcpt, when, helo, ip, 'em.' + domain, ar_outlook(dk, 'pass', 'em.' + domain, ip, dmarc, domain))
    else:
        tr = [('Return-Path', '<%s>' % mf)] + generic_trace(host, rcpt, when, helo, ip,
                                                            ar_generic(host, dk, 'pass', mf, dmarc, domain, ip))
    hdrs = tr + [('DKIM-Signature', dkim_sig(domain, 's1', when, 'from:mime-version:subject:to:content-type:cc:content-transfer-encoding'))]
    hdrs += std_headers(frm, rcpt, subject, when, '%s@geopod-ismtpd-%d' % (b64s(22).replace('+', '-').replace('/', '_'),
                                                                       rnd.randint(1, 40)))
    hdrs += [('X-SG-EID', b64s(120)), ('X-Entity-ID', b64s(22) + '==')]
    return write(slug, label, hdrs, body)


w = T('2025-05-31 19:20:44')
h = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:30px;text-align:center">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="120" alt="badge">
<h2 style="font-weight:normal">Daniel, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p>
<p>This badge was previously held on another account and has been issued to you again following an update to your certification record.</p>
<p><a href="https://www.credly.com/earner/earned/badge/6b1f5c0e-8a2d-4b7c-9e3f-1a2b3c4d5e6f?key=accept" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#666">Credly, a Pearson company &middot; 13000 Jamieson Ave, Suite 700, Washington, DC 20005<br>
<a href="https://www.credly.com/earner/settings/notifications">Manage e-mail preferences</a></p>
</td></tr></table>""")
txt = """Daniel, you've earned a badge!

Amazon Web Services Training and Certification has issued you the AWS Certified
Solutions Architect - Associate badge.

This badge was previously held on another account and has been issued to you
again following an update to your certification record.

Accept your badge: https://www.credly.com/earner/earned/badge/6b1f5c0e-8a2d-4b7c-9e3f-1a2b3c4d5e6f?key=accept

Credly, a Pearson company
"""
credly_mail('credly-badge-issued-after-merge', L('credly_badge_issued', None, [], True), 'gmail', DAN, w,
            "Daniel, you've earned a badge from Amazon Web Services Training and Certification",
            alt(txt, h, boundary=bnd_gmail()))

# 008 Credly's own self-service account merge (not the AWS merge)
w = T('2025-06-02 11:02:15')
txt = """Hi Daniel,

We received a request to merge the Credly account d.okafor@northwind-logistics.com
into your Credly account daniel.okafor@gmail.com.

To confirm that you own both accounts, enter this code on the merge page:

    583204

or click the button below.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=Q2hEb2thZm9yLTU4MzIwNA

Once the accounts are merged, all badges from d.okafor@northwind-logistics.com
will appear in your account and the other account will be closed. This can't be
undone. The code expires in 24 hours.

If you didn't request this, you can ignore this e-mail.

The Credly Team
"""
credly_mail('credly-self-service-account-merge-code', L('unrelated', None, [], True), 'gmail', DAN, w,
            'Confirm your Credly account merge', alt(txt, boundary=bnd_gmail()), frm=addr('Credly', 'admin@credly.com'))

# 009 Pearson VUE appointment confirmation with candidate id
w = T('2025-06-10 17:31:05')
txt = """Dear Daniel Okafor,

Thank you for scheduling your AWS Certified DevOps Engineer - Professional exam.
Please review the details of your appointment below and confirm they are correct.

Exam: DOP-C02: AWS Certified DevOps Engineer - Professional
Registration ID: 517340926
AWS candidate ID: AWS01766530
Date and time: Saturday, July 12, 2025 at 9:00 AM West Africa Time
Delivery: OnVUE online proctored

If any of these details are incorrect, please reschedule or cancel at least 24
hours before your appointment through your AWS Certification account.

Before exam day, run the system test at https://home.pearsonvue.com/aws/onvue

Sincerely,
Pearson VUE
"""
ip = '144.160.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
mf = 'bounce-%s@mail.pearsonvue.com' % alnum(12)
hdrs = gmail_trace(DAN, w, 'mta%d.mail.pearsonvue.com' % rnd.randint(1, 9), ip, mf,
                   ar_gmail([('pass', 'pearson.com', 'pvue1')], 'pass', mf, ip, 'pass', 'pearson.com', 'REJECT'))
hdrs += [('DKIM-Signature', dkim_sig('pearson.com', 'pvue1', w))]
hdrs += std_headers(addr('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), DAN,
                    'Confirmation of your AWS Certified DevOps Engineer - Professional exam appointment', w,
                    '%s.%s@mail.pearsonvue.com' % (hexs(16), rnd.randint(10000, 99999)))
write('pearson-vue-appointment', L('unrelated', None, ['AWS01766530'], False), hdrs,
      alt(txt, boundary=bnd_ses(), cte='qp'))

# ---------------------------------------------------------------- Thread B: Misaki Tanaka (nifty, ja, form desk)
MIS = 'misaki.tanaka@nifty.com'
MIS_TO = addr('田中 美咲', MIS)
NIFTY = 'mx-fs03.nifty.com'
CB = case15('2025-03-04 01:12:09', '01477')
SIG_NAKAMURA = '\n何卒よろしくお願い申し上げます。\n\n中村\nAWS トレーニングと認定 カスタマーサポート\nAmazon Web Services\n'

# 010 acknowledgement (ja)
w = T('2025-03-04 01:12:20')
txt = f"""※本メールはシステムより自動送信しています。

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース ID: {CB}
お問い合わせの種類: 認定
お問い合わせの詳細: アカウントの統合
AWS 受験者 ID: AWS03390218

担当者より、原則として 24 時間以内にご連絡いたします。
同じ内容で新たにお問い合わせいただきますと、回答が遅れる場合がございます。
情報を追加される場合は、件名のケース ID を変更せずに本メールへご返信ください。

AWS トレーニングと認定
"""
aws_mail('ja-form-acknowledgement', L('case_created', CB, ['AWS03390218'], True, 'ja'), 'jp', MIS, w,
         f'[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance',
         alt(txt, cte='b64'), to=MIS_TO, host=NIFTY)

# 011 agent asks which account to keep (ja) - not yet a confirmation
w = T('2025-03-05 02:30:51')
txt = f"""田中 美咲 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
担当の中村と申します。

お送りいただいた情報をもとに確認いたしましたところ、お客様名義の認定アカウントが
以下の 2 件見つかりました。

・AWS04471920（登録メールアドレス: m.tanaka@kirin-works.co.jp）
・AWS03390218（登録メールアドレス: misaki.tanaka@nifty.com）

お手数をおかけいたしますが、統合後にどちらのアカウントを引き続きご利用になるか
（存続させるアカウント）をお知らせいただけますでしょうか。
あわせて、上記の登録メールアドレスに誤りがないかご確認ください。

ご返信をいただき次第、手続きを進めさせていただきます。
{SIG_NAKAMURA}"""
aws_mail('ja-agent-asks-which-account-to-keep',
         L('support_reply', CB, ['AWS03390218', 'AWS04471920'], True, 'ja'), 'jp', MIS, w,
         f'RE:[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance',
         alt(txt, cte='b64'), to=MIS_TO, host=NIFTY)

# 012 genuine confirmation request (ja, keigo), Japanese quote header
w = T('2025-03-06 04:55:13')
txt = f"""田中 美咲 様

ご返信いただき、ありがとうございます。
ご指定の内容に基づき、以下のとおりアカウントの統合を行う予定です。

　統合元（統合後に無効となるアカウント）: AWS04471920
　統合先（引き続きご利用いただくアカウント）: AWS03390218

統合を実施いたしますと、AWS04471920 に登録されている認定資格、受験履歴および
デジタルバッジは AWS03390218 へ移行され、AWS04471920 ではサインインできなくなります。
なお、統合後に元の状態へ戻すことはできませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、統合を進めてよろしいか、本メールへのご返信にて
ご確認いただけますでしょうか。
{SIG_NAKAMURA}
2025年3月5日(水) 14:02 田中 美咲 <misaki.tanaka@nifty.com>:
> 中村様
>
> ご連絡ありがとうございます。
> nifty のアドレスのほう（AWS03390218）を残していただけますと助かります。
> 会社のアドレスは今後使わない予定です。
>
> 田中
"""
aws_mail('ja-agent-asks-to-confirm-merge',
         L('merge_confirmation_requested', CB, ['AWS03390218', 'AWS04471920'], True, 'ja'), 'jp', MIS, w,
         f'RE:[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance',
         alt(txt, cte='b64'), to=MIS_TO, host=NIFTY)

# 013 T&C desk asks a yes about the sign-in e-mail (not the merge)
w = T('2025-03-07 01:40:26')
txt = f"""田中 美咲 様

統合についてご確認いただき、ありがとうございます。現在、作業を進めております。

一点、統合とは別の件で確認させてください。
前回のご返信に「今後の連絡は会社のメールアドレスで受け取りたい」とのご記載が
ございましたが、存続アカウント AWS03390218 のサインイン用メールアドレスを
misaki.tanaka@nifty.com から m.tanaka@kirin-works.co.jp へ変更することを
ご希望でしょうか。

変更をご希望の場合は「変更を希望します」とご返信ください。
ご返信がない場合は、現在のメールアドレスのままとさせていただきます。

なお、統合そのものにつきましてはすでにご承諾をいただいておりますので、
追加のご対応は不要です。
{SIG_NAKAMURA}"""
aws_mail('ja-agent-asks-yes-signin-email-change', L('support_reply', CB, ['AWS03390218'], True, 'ja'), 'jp', MIS, w,
         f'RE:[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance',
         alt(txt, cte='b64'), to=MIS_TO, host=NIFTY)

# 014 merge completed (ja)
w = T('2025-03-08 06:12:40')
txt = f"""田中 美咲 様

大変お待たせいたしました。
アカウントの統合が完了いたしましたので、ご報告いたします。

　統合後のアカウント: AWS03390218
　サインイン用メールアドレス: misaki.tanaka@nifty.com（変更なし）

旧アカウントに登録されていた認定資格は、すべて上記アカウントに反映されております。
Credly のデジタルバッジにつきましては、反映までに最大 48 時間ほどかかる場合がございます。
お手数ですが、サインインのうえ認定資格および特典の内容をご確認ください。
{SIG_NAKAMURA}"""
aws_mail('ja-merge-completed', L('merge_completed', CB, ['AWS03390218'], True, 'ja'), 'jp', MIS, w,
         f'RE:[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance',
         alt(txt, cte='b64'), to=MIS_TO, host=NIFTY)

# 015 CertMetrics survey look-alike (not the case survey)
w = T('2025-03-20 15:03:11')
txt = """Hello Misaki,

AWS Certification wants to hear from you!

You recently earned or renewed an AWS Certification. Please take 5 minutes to
tell us about your experience preparing for and taking the exam. Your answers
help us improve AWS Certification for everyone.

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?sid=7Q2K9XD

Thank you,
AWS Training and Certification

This e-mail was sent by CertMetrics on behalf of AWS Certification. Please do not
reply to this message.
"""
ip = '52.128.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
mf = 'do-not-reply@certmetrics.com'
hdrs = [('Return-Path', '<%s>' % mf)] + generic_trace(
    NIFTY, MIS, w, 'mail%d.certmetrics.com' % rnd.randint(1, 4), ip,
    ar_generic(NIFTY, [('pass', 'certmetrics.com', 'k1')], 'pass', mf, 'pass', 'certmetrics.com', ip))
hdrs += [('DKIM-Signature', dkim_sig('certmetrics.com', 'k1', w))]
hdrs += std_headers(addr('AWS Certification', 'do-not-reply@certmetrics.com'), MIS,
                    'AWS Certification wants to hear from you', w, '%s@certmetrics.com' % uuid.UUID(int=rnd.getrandbits(128)))
write('certmetrics-wants-to-hear-from-you', L('unrelated', None, [], False), hdrs, textpart(txt, cte='7bit'))

# ---------------------------------------------------------------- Thread C: Priya Raman (Outlook, console, 11-digit)
PRI = 'priya.raman@outlook.com'
CC = '10482736591'
CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
{agent}
Amazon Web Services
===============================================================
To see all the correspondence on this case and reply, follow the link below:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To reply, use the link above.
===============================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

# 016 console case opened
w = T('2022-09-13 18:26:40')
txt = f"""Dear AWS customer,

Thank you for contacting Amazon Web Services. We have opened case {CC} to address your issue.

The details of your case are as follows:

Case ID: {CC}
Subject: Merge two AWS Certification accounts
Severity: General guidance
Correspondence: Hello, I took my first exam with my old employer's e-mail and my
second one with my personal e-mail, so now I have two certification profiles. Can
you combine them into the one on my personal address? Thanks, Priya

To view and respond to this case, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en

Sincerely,
Amazon Web Services

This email was sent from an address that cannot accept incoming email.
"""
aws_mail('console-case-opened', L('case_created', CC, [], True), 'outlook', PRI, w,
         f'Amazon Web Services: You have opened a new Support case: {CC}', alt(txt, cte='qp'), frm=NOREPLY)

# 017 new correspondence notice
w = T('2022-09-14 21:03:55')
txt = f"""Dear AWS customer,

We've updated your support case {CC}. To view the new correspondence and reply, sign
in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en

Please do not reply to this email. Replies to this address are not monitored.

Sincerely,
Amazon Web Services
"""
aws_mail('console-new-correspondence-notice', L('support_reply', CC, [], True), 'outlook', PRI, w,
         f'[Case {CC}] New correspondence added', alt(txt), frm=NOREPLY)

# 018 console agent reply: confirmation request worded as "consolidate / approve"
w = T('2022-09-14 21:03:58')
txt = f"""Hello Priya,

Thank you for your patience while I checked with our Training and Certification team.

I can confirm that both certification profiles belong to you. Before we consolidate them, I need your explicit approval of the following:

Profile to be retained: AWS01127745 (priya.raman@outlook.com)
Profile to be closed: AWS00982213 (praman@tessellate-analytics.io)

All certifications and exam records from AWS00982213 will be transferred to AWS01127745, after which AWS00982213 is closed. This operation is permanent and can't be rolled back.

If this is correct, please reply on this case with "I approve" and we will take it from there.
""" + CONSOLE_FOOT.format(agent='Martina G.', case=CC)
aws_mail('console-agent-asks-approval-consolidate',
         L('merge_confirmation_requested', CC, ['AWS00982213', 'AWS01127745'], True), 'outlook', PRI, w,
         f'RE:[CASE {CC}] Merge two AWS Certification accounts', alt(txt), frm=NOREPLY)

# 019 agent asks a yes about the legal name (not the merge)
w = T('2022-09-15 16:47:12')
txt = f"""Hello Priya,

Thanks for approving - I've noted that on the case.

One more point before the profiles are combined, which is about your name rather than the accounts themselves. The legal names on the two profiles are different: "Priya Raman" on AWS01127745 and "Priya R. Subramanian" on AWS00982213. The name on the retained profile is the one printed on your certificates, and it has to match your ID when you sit future exams.

Could you confirm that you'd like to keep "Priya Raman"? If you would rather use the other spelling, just tell us and attach a copy of a government-issued ID showing that name.
""" + CONSOLE_FOOT.format(agent='Martina G.', case=CC)
aws_mail('console-agent-asks-yes-about-legal-name',
         L('support_reply', CC, ['AWS00982213', 'AWS01127745'], True), 'outlook', PRI, w,
         f'RE:[CASE {CC}] Merge two AWS Certification accounts', alt(txt), frm=NOREPLY)

# 020 another console case: EC2 quota, agent asks for a yes
CQ = '10519034477'
w = T('2022-09-21 02:15:09')
txt = f"""Hello,

Thank you for contacting AWS about the On-Demand Standard instance quota.

I see you've requested an increase to 256 vCPUs in us-east-1 for account 274109381123. Before I submit this to the service team, could you please confirm that the increase should be applied to us-east-1 only, and not also to us-west-2 as mentioned in your description? Just reply "yes" if us-east-1 only is correct.
""" + CONSOLE_FOOT.format(agent='Kevin T.', case=CQ)
aws_mail('other-console-case-ec2-quota-confirm', L('unrelated', CQ, [], True), 'outlook', PRI, w,
         f'RE:[CASE {CQ}] Limit Increase: EC2 Instances', alt(txt), frm=NOREPLY)

# 021 AWS Organizations invitation (billing consolidation) - not the certification merge
w = T('2022-10-02 09:40:31')
h = html_wrap("""<table width="600" align="center"><tr><td style="padding:20px">
<h2>You have been invited to join an organization</h2>
<p>The AWS account <b>274109381123</b> (priya-lab) has been invited by <b>ops@tessellate-analytics.io</b> to join the organization <b>o-7xk2m9pq4d</b>.</p>
<p>If you accept, the management account of the organization will pay the charges of your account (consolidated billing), and may apply policies to it.</p>
<p><a href="https://console.aws.amazon.com/organizations/v2/home/invitations?handshakeId=h-3f9c2a81b7d44e0e">Accept or decline the invitation</a></p>
<p>The invitation expires on October 17, 2022.</p>
<p style="color:#687078;font-size:12px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109. This message was sent from an address that cannot accept replies.</p>
</td></tr></table>""", 'AWS Organizations')
aws_mail('aws-organizations-invitation', L('unrelated', None, [], True), 'outlook', PRI, w,
         'AWS Organizations: Your AWS account has been invited to join an organization',
         textpart(h, 'html', cte='qp'), frm=addr('AWS Organizations', 'no-reply-aws@amazon.com'))

# ---------------------------------------------------------------- Thread D: Ken Sato (corporate MTA, ISO-2022-JP)
KEN = 'k-sato@hanamaru-sys.co.jp'
KEN_TO = addr('佐藤 健', KEN, 'iso-2022-jp')
HANA = 'mx01.hanamaru-sys.co.jp'
CD = case15('2024-11-11 00:48:13', '00972')
SUBJ_D = f'RE:[CASE {CD}] [AWS Training and Certification Form Submission] - account-assistance'
SIG_KOBA = '\n引き続きよろしくお願い申し上げます。\n\n小林\nAWS トレーニングと認定 カスタマーサポート\n'


def jis(txt):
    return textpart(txt, 'plain', 'iso-2022-jp', '7bit')


# 022 genuine confirmation request (ja, ISO-2022-JP, ids written with a space)
w = T('2024-11-12 07:31:02')
txt = f"""佐藤 健 様

いつもお世話になっております。
AWS トレーニングと認定 サポートの小林でございます。

ご返信いただき、誠にありがとうございます。
ご提供いただいた情報をもとに、対象のアカウントを確認いたしました。

■ 統合後に残るアカウント
　AWS 05518273（k-sato@hanamaru-sys.co.jp）
■ 統合されるアカウント（統合後は閉鎖されます）
　AWS 02984410（ken.sato.1988@yahoo.co.jp）

統合処理が完了いたしますと、AWS 02984410 に紐づく認定および受験履歴はすべて
AWS 05518273 に引き継がれます。処理後に取り消すことはできかねますので、
ご留意くださいませ。

つきましては、上記の内容にて作業を進めさせていただいてもよろしいでしょうか。
差し支えなければ、本メールへのご返信にてご承諾のほどお願い申し上げます。
{SIG_KOBA}
2024年11月12日(火) 9:15 佐藤 健 <k-sato@hanamaru-sys.co.jp>:
> 小林様
>
> ご連絡ありがとうございます。
> 会社のアカウント（AWS05518273）を残していただき、
> 個人のアカウント（AWS02984410）をそちらにまとめていただけますでしょうか。
>
> 佐藤
"""
aws_mail('ja-iso2022jp-confirm-merge', L('merge_confirmation_requested', CD, ['AWS02984410', 'AWS05518273'], True, 'ja'),
         'jp', KEN, w, SUBJ_D, jis(txt), to=KEN_TO, host=HANA)

# 023 T&C desk asks a yes about moving the 50% voucher
w = T('2024-11-13 05:02:47')
txt = f"""佐藤 健 様

お世話になっております。小林でございます。
統合についてご承諾いただき、ありがとうございました。

作業にあたり、特典について一点ご確認させてください。
統合される AWS02984410 には、未使用の「次回の認定試験 50% 割引」特典
（有効期限：2025年3月8日）が残っております。
この特典は統合によって自動的には引き継がれないため、弊社にて
AWS05518273 へ付け替えることが可能です。

付け替えをご希望される場合は、その旨ご返信いただけますでしょうか。
ご希望されない場合、統合後は当該特典をご利用いただけなくなります。
{SIG_KOBA}"""
aws_mail('ja-agent-asks-yes-voucher-transfer', L('support_reply', CD, ['AWS02984410', 'AWS05518273'], True, 'ja'),
         'jp', KEN, w, SUBJ_D, jis(txt), to=KEN_TO, host=HANA, outcome='dkim-only')

# 024 thanks, we will now proceed (ja) - Japanese Outlook quote block
w = T('2024-11-14 00:20:33')
txt = f"""佐藤 健 様

お世話になっております。小林でございます。
ご返信いただき、ありがとうございます。特典の付け替えについても承知いたしました。

これより統合作業を開始いたします。
完了まで通常 1〜3 営業日ほどお時間を頂戴しております。
完了いたしましたら、改めてご連絡いたします。
{SIG_KOBA}
差出人: 佐藤 健 <k-sato@hanamaru-sys.co.jp>
送信日時: 2024年11月13日 18:20
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE:[CASE {CD}] [AWS Training and Certification Form Submission] - account-assistance

小林様

はい、特典の付け替えもお願いいたします。
統合の内容（AWS02984410 → AWS05518273）も問題ございません。

佐藤
"""
aws_mail('ja-thanks-will-start-merge', L('support_reply', CD, [], True, 'ja'),
         'jp', KEN, w, SUBJ_D, jis(txt), to=KEN_TO, host=HANA)

# 025 merge completed + closing the case (ja)
w = T('2024-11-15 08:45:10')
txt = f"""佐藤 健 様

お世話になっております。小林でございます。

大変お待たせいたしました。ご依頼いただいておりましたアカウントの統合が
完了いたしました。今後は AWS05518273（k-sato@hanamaru-sys.co.jp）にて
サインインしてください。50% 割引特典も同アカウントへ付け替え済みです。

ご依頼の件はすべて対応が完了いたしましたので、本ケースはこれにてクローズと
させていただきます。ご不明な点がございましたら、本メールにご返信ください。
{SIG_KOBA}"""
aws_mail('ja-merge-done-and-case-closed', L('merge_completed', CD, ['AWS05518273'], True, 'ja'),
         'jp', KEN, w, SUBJ_D, jis(txt), to=KEN_TO, host=HANA)

# 026 a different console case: billing contact change, asks for a yes (ja)
CBILL = case15('2024-12-02 05:33:18', '00441')
w = T('2024-12-03 02:11:45')
txt = f"""佐藤様

AWS サポートへお問い合わせいただき、ありがとうございます。
請求担当の山口でございます。

お問い合わせいただきました請求書の宛名および送付先住所の変更につきまして、
以下の内容で変更を行ってもよろしいでしょうか。

　AWS アカウント ID: 4417-2093-8856
　変更前の宛名: 佐藤 健
　変更後の宛名: 株式会社はなまるシステム 情報システム部
　適用開始: 2024年12月分のご請求より

よろしければ、サポートセンターから本ケースに「はい」とご返信ください。
なお、過去に発行済みの請求書の宛名は変更されませんので、ご了承ください。

今回のやり取りについて、AWS サポートセンターのリンクから評価をお寄せいただけますと幸いです。

よろしくお願いいたします。
山口
Amazon Web Services
===============================================================
このケースのすべてのやり取りを確認し、返信するには、以下のリンクをクリックしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={CBILL}&language=ja

※このメールは送信専用のアドレスから送信されています。
===============================================================
"""
aws_mail('ja-billing-case-asks-yes-invoice-name', L('unrelated', CBILL, [], True, 'ja'),
         'jp', KEN, w, f'RE:[CASE {CBILL}] 請求書の宛名変更について', alt(txt, cte='b64'), frm=NOREPLY, to=KEN,
         host=HANA)

# 027 Amazon Seller Central case about merging seller accounts (look-alike)
w = T('2024-12-05 14:22:37')
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that you would like to merge your two seller accounts. Please note that
Amazon does not combine seller accounts; instead we can close the secondary account
and you can move your listings with a flat file.

Before I submit the closure request, please confirm the following by replying to
this message:

Account to be closed: Hanamaru Trading (Merchant Token A2KX91QO0L4R7Z)
Account to be kept: Hanamaru Systems KK (Merchant Token A1P7VN3E6T2WQY)

Once closed, the account cannot be reopened.

We hope this helps.

Thank you for selling on Amazon,
Deepika R.
https://sellercentral.amazon.com

Was this email helpful? Yes | No
"""
ip = '52.95.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
helo = 'smtp-fw-%d.amazon.com' % rnd.randint(1000, 99999)
mf = '2024120514223750e9b6ac2eb74b2a9e2d3e8b6f0c1a9d-%s@bounces.amazon.com' % alnum(6)
hdrs = [('Return-Path', '<%s>' % mf)] + generic_trace(
    HANA, KEN, w, helo, ip,
    ar_generic(HANA, [('pass', 'amazon.com', 'rte02')], 'pass', mf, 'pass', 'amazon.com', ip))
hdrs += [('DKIM-Signature', dkim_sig('amazon.com', 'rte02', w))]
hdrs += std_headers(addr('Amazon Selling Partner Support', 'seller-notification@amazon.com'), KEN,
                    'RE:[CASE 8120374456] Request to merge two seller accounts', w,
                    '%s.%d@amazon.com' % (alnum(20), rnd.randint(1000, 9999)))
write('seller-central-case-merge-seller-accounts', L('unrelated', '8120374456', [], True), hdrs,
      alt(txt, boundary=bnd_ses()))

# ---------------------------------------------------------------- Thread E: Marco Bellini (Gmail, 2020, 10-digit)
MAR = 'marco.bellini@gmail.com'
CE = '7294018365'
SUBJ_E = f'RE:[CASE {CE}] Certification account merge'
SIG_SNEHA = '\nThanks and Regards,\nSneha\nAWS Training and Certification Support\n'

# 028 non-native confirmation request, lower-case ids, plain text 7bit
w = T('2020-02-18 10:03:27')
txt = f"""Dear Marco,

Greetings from AWS Training and Certification!

As per your request, we have checked and found below 2 accounts register in your name:

Account 1 - aws00561274 - marco.bellini@gmail.com
Account 2 - aws00698102 - m.bellini@studio-arcobaleno.it

We will be merging Account 2 to Account 1, so Account 1 will be your primary account
going forward and Account 2 will be deactivated post the merge. Kindly note the merge
activity is irreversible.

Request you to kindly confirm us the above details are correct so that we can do the
needful at the earliest.
{SIG_SNEHA}"""
aws_mail('nonnative-agent-confirm-us-details', L('merge_confirmation_requested', CE, ['AWS00561274', 'AWS00698102'], True),
         'gmail', MAR, w, SUBJ_E, textpart(txt, cte='7bit'), to=addr('Marco Bellini', MAR))

# 029 chaser (ids only in the Outlook-style quoted block)
w = T('2020-02-24 09:12:05')
txt = f"""Dear Marco,

This is a gentle reminder that we are still awaiting your response on our previous
email. Request you to please revert at the earliest so we can proceed further.

Please note that if we do not hear from you within 3 business days, this case will be
auto-resolved. You can always reply to this email to reopen it.
{SIG_SNEHA}
________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, February 18, 2020 10:03 AM
To: Marco Bellini <marco.bellini@gmail.com>
Subject: RE:[CASE {CE}] Certification account merge

Dear Marco,

Greetings from AWS Training and Certification!

As per your request, we have checked and found below 2 accounts register in your name:

Account 1 - aws00561274 - marco.bellini@gmail.com
Account 2 - aws00698102 - m.bellini@studio-arcobaleno.it

We will be merging Account 2 to Account 1 [...]
"""
aws_mail('chaser-awaiting-your-response', L('support_reply', CE, [], True), 'gmail', MAR, w, SUBJ_E,
         textpart(txt, cte='qp'), to=addr('Marco Bellini', MAR))

# 030 asks a yes about cancelling a booked exam (not the merge itself)
w = T('2020-02-25 08:40:51')
txt = f"""Dear Marco,

Thank you for your confirmation.

While preparing the request we noticed you have an exam scheduled under Account 2
(AWS00698102): AWS Certified Developer - Associate, on 03-Mar-2020 at Pearson VUE
test center Milano Centrale. Booked appointments can not be moved between accounts
and will be cancelled by the system.

Kindly confirm if you are ok that we cancel this appointment and issue you a
free exam voucher on your primary account, so you can book the exam again from
there. Your exam fee will not be charged twice.
{SIG_SNEHA}
-----Original Message-----
From: Marco Bellini <marco.bellini@gmail.com>
Sent: Monday, February 24, 2020 6:55 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE {CE}] Certification account merge

Hi Sneha, sorry for the delay. Yes the details are correct, please go ahead.
Marco
"""
aws_mail('nonnative-agent-asks-yes-cancel-exam', L('support_reply', CE, ['AWS00698102'], True), 'gmail', MAR, w,
         SUBJ_E, textpart(txt, cte='qp'), to=addr('Marco Bellini', MAR))

# 031 merge completed (2020, plain)
w = T('2020-02-27 13:27:14')
txt = f"""Dear Marco,

We are happy to inform you that your accounts has been merged successfully.

Please login with marco.bellini@gmail.com, your candidate ID is AWS00561274. All
your certifications are now showing under this account and the exam voucher is
available in the Benefits section.

Please let us know in case you face any issue.
{SIG_SNEHA}"""
aws_mail('nonnative-merge-successful', L('merge_completed', CE, ['AWS00561274'], True), 'gmail', MAR, w, SUBJ_E,
         textpart(txt, cte='7bit'), to=addr('Marco Bellini', MAR))

# 032 Acclaim (old Credly domain) badge
w = T('2020-02-28 16:05:09')
txt = """Marco, you have been issued a new badge!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Cloud Practitioner

Accept your badge to share it on LinkedIn, Twitter and Facebook and add it to your
e-mail signature.

Accept your badge: https://www.youracclaim.com/earner/earned/badge/2b7c9e11-0d4f-4c6a-8b3e-5f1a7d2c9e04

Acclaim by Credly
"""
credly_mail('acclaim-badge-issued', L('credly_badge_issued', None, [], True), 'gmail', MAR, w,
            'Marco, accept your AWS Certified Cloud Practitioner badge',
            alt(txt, boundary=bnd_gmail()), frm=addr('Amazon Web Services Training and Certification via Acclaim',
                                                     'admin@youracclaim.com'), domain='youracclaim.com')

# ---------------------------------------------------------------- Thread F: Aisha Karimova (Fastmail)
AIS = 'aisha.karimova@fastmail.com'
FM = 'mx3.messagingengine.com'
CF = case15('2025-08-19 13:05:44', '02219')
SUBJ_F = f'RE:[CASE {CF}] [AWS Training and Certification Form Submission] - account-assistance'

# 033 acknowledgement, different wording, no "case opened" phrase
w = T('2025-08-19 13:06:01')
txt = f"""Hi Aisha,

Thanks for getting in touch with AWS Training and Certification. We've logged your
request under reference {CF}, and someone from our support team will get back to you,
typically within one business day.

What you sent us
  Topic: Certification > Account Merge
  Candidate ID: AWS07731925
  Contact e-mail: aisha.karimova@fastmail.com

Please don't submit the form again for the same issue - a second request goes to the
back of the queue. If you'd like to add anything, just reply to this message.

AWS Training and Certification
"""
aws_mail('form-acknowledgement-reference-wording', L('case_created', CF, ['AWS07731925'], True), 'jp', AIS, w,
         f'We received your request [CASE {CF}]', alt(txt), to=addr('Aisha Karimova', AIS), host=FM)

# 034 confirmation request, HTML only, table, ids written AWS-xxxxxxxx
w = T('2025-08-21 10:44:18')
h = html_wrap(f"""<p>Hi Aisha,</p>
<p>Thanks for your patience. We've matched both certification profiles to you. To move forward we need your go-ahead on the plan below.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb">
<tr style="background:#f2f3f3"><th align="left">Role</th><th align="left">Candidate ID</th><th align="left">Sign-in e-mail</th></tr>
<tr><td>Primary (stays active)</td><td>AWS-07731925</td><td>aisha.karimova@fastmail.com</td></tr>
<tr><td>Secondary (folded into primary, then closed)</td><td>AWS-06120488</td><td>aisha.k@ucl-alumni.org</td></tr>
</table>
<p>Everything on the secondary profile &ndash; certifications, transcript, exam history &ndash; will be carried over to the primary one. Keep in mind that once the records are combined we can't split them again.</p>
<p>If the table is accurate, please reply with <b>&ldquo;Confirmed&rdquo;</b> and we'll schedule it.</p>
<p>Kind regards,<br>Tomas<br>AWS Training and Certification Support</p>""")
aws_mail('html-table-asks-go-ahead', L('merge_confirmation_requested', CF, ['AWS06120488', 'AWS07731925'], True),
         'jp', AIS, w, SUBJ_F, textpart(h, 'html', cte='qp'), to=addr('Aisha Karimova', AIS), host=FM)

# 035 status update: once the merge is complete we will ...
w = T('2025-08-23 07:15:40')
txt = f"""Hi Aisha,

Quick update on your request: our back-office team has started working on your
profiles. This usually takes 3-5 business days. Once the merge is complete we will
confirm by e-mail, and Credly will then send you your badges on the account that
uses aisha.karimova@fastmail.com.

No action is needed from you in the meantime.

Kind regards,
Tomas
AWS Training and Certification Support
"""
aws_mail('status-update-working-on-it', L('support_reply', CF, [], True), 'jp', AIS, w, SUBJ_F,
         alt(txt), to=addr('Aisha Karimova', AIS), host=FM)

# 036 survey
w = T('2025-08-26 18:02:03')
txt = f"""Hi Aisha,

Your case {CF} has been closed.

How satisfied were you with the support you received? Rate us from 1 (very
dissatisfied) to 5 (very satisfied):

  https://survey.aws.training/s/cs?caseId={CF}&score=1
  https://survey.aws.training/s/cs?caseId={CF}&score=5

If your issue is not resolved, reply to this message within 14 days to reopen the case.

AWS Training and Certification
"""
aws_mail('case-closed-rate-us', L('survey', CF, [], True), 'jp', AIS, w,
         f'Your case {CF} has been closed - tell us how we did', alt(txt), to=AIS, host=FM, outcome='dkim-only')

# 037 Credly's own account merge, worded like a confirmation request
w = T('2025-08-27 09:31:12')
txt = """Hi Aisha,

Please confirm that you want to merge these Credly accounts:

  Primary account (kept): aisha.karimova@fastmail.com
  Secondary account (closed): aisha.k@ucl-alumni.org

All badges on the secondary account will be moved to the primary account. This action
can't be undone.

Complete Account Merge: https://www.credly.com/users/account_merge/confirm?token=YWlzaGEtNzE5MzA0

Verification code: 719304

If you didn't ask to merge accounts, please ignore this e-mail - nothing will change.

Credly Support
"""
credly_mail('credly-merge-accounts-confirm', L('unrelated', None, [], True), 'jp', AIS, w,
            'Please confirm your Credly account merge', alt(txt, boundary=bnd_gmail()),
            frm=addr('Credly', 'admin@credly.com'), host=FM)

# ---------------------------------------------------------------- Thread G: Ichiro Suzuki (biglobe, console, ja)
ICH = 'i.suzuki@biglobe.ne.jp'
BIG = 'mta-in02.biglobe.ne.jp'
CG = case15('2025-01-14 04:20:03', '00208')
JFOOT = """
今回のやり取りについて、本メール末尾の AWS サポートセンターのリンクから評価をお寄せください。

よろしくお願いいたします。
{agent}
Amazon Web Services
===============================================================
このケースのすべてのやり取りを確認し、返信するには、以下のリンクをクリックしてください:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

※このメールは送信専用のアドレスから送信されています。返信は上記リンクからお願いいたします。
===============================================================
"""

# 038 console case opened (ja), folded encoded-word subject
w = T('2025-01-14 04:20:09')
txt = f"""AWS をご利用いただき、ありがとうございます。

お客様の問題に対応するため、ケース {CG} を作成しました。
ケースの詳細は以下のとおりです。

ケース ID: {CG}
件名: 認定アカウントが 2 つあるので 1 つにまとめたい
重要度: 一般的なガイダンス
内容: 転職前のメールアドレスで作成した認定アカウントと、現在のアカウントがあります。
まとめることは可能でしょうか。

ケースの確認および返信は、AWS サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/case/?displayId={CG}&language=ja

Amazon Web Services

※このメールは送信専用のアドレスから送信されています。
"""
aws_mail('ja-console-case-opened', L('case_created', CG, [], True, 'ja'), 'jp', ICH, w,
         f'Amazon Web Services: 新しいサポートケース {CG} を作成しました', alt(txt, cte='b64'), frm=NOREPLY,
         host=BIG)

# 039 console confirmation request (ja), paraphrased (一本化 / 集約), lower-case ids
w = T('2025-01-15 06:03:36')
txt = f"""鈴木様

お問い合わせいただき、ありがとうございます。AWS サポートの渡辺です。

トレーニングと認定チームに確認いたしましたところ、以下 2 件の認定アカウントが
いずれも鈴木様のものであることを確認できました。

・aws01450937（i.suzuki@biglobe.ne.jp）… こちらに一本化します
・aws00873316（ichiro.suzuki@tohoku-denki.co.jp）… 一本化後に無効化します

ご希望どおり aws00873316 の認定情報を aws01450937 に集約する形で進めますが、
実施後に分割し直すことはできません。
内容にお間違いがなければ、サポートセンターから本ケースにご返信いただき、
ご了承の旨をお知らせいただけますでしょうか。
""" + JFOOT.format(agent='渡辺', case=CG)
aws_mail('ja-console-asks-approval-ichihonka',
         L('merge_confirmation_requested', CG, ['AWS00873316', 'AWS01450937'], True, 'ja'), 'jp', ICH, w,
         f'RE:[CASE {CG}] 認定アカウントが 2 つあるので 1 つにまとめたい', alt(txt, cte='b64'), frm=NOREPLY, host=BIG)

# 040 asks a yes about the romanised name (ja)
w = T('2025-01-16 02:48:11')
txt = f"""鈴木様

ご了承いただき、ありがとうございます。担当チームにて作業を進めております。

作業とは別に、一点だけご確認させてください。
存続アカウント aws01450937 のご登録氏名がカタカナ（スズキ イチロウ）となっております。
認定証および Credly のバッジにはご登録氏名がそのまま表示されるため、
ローマ字表記「ICHIRO SUZUKI」へ変更してもよろしいでしょうか。

変更をご希望の場合は「はい」とだけご返信いただければ結構です。
""" + JFOOT.format(agent='渡辺', case=CG)
aws_mail('ja-console-asks-yes-romanised-name', L('support_reply', CG, ['AWS01450937'], True, 'ja'), 'jp', ICH, w,
         f'RE:[CASE {CG}] 認定アカウントが 2 つあるので 1 つにまとめたい', alt(txt, cte='b64'), frm=NOREPLY, host=BIG)

# 041 survey (ja), HTML only, base64
w = T('2025-01-20 09:00:27')
h = html_wrap(f"""<p>AWS をご利用いただき、ありがとうございます。</p>
<p>ケース <b>{CG}</b> は解決済みとしてクローズされました。</p>
<p><b>この対応で問題は解決しましたか？</b></p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId={CG}&amp;resolved=yes">はい</a> ｜ <a href="https://console.aws.amazon.com/support/feedback?displayId={CG}&amp;resolved=no">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください。いただいたご意見はサービス向上に役立てさせていただきます。</p>
<p style="font-size:12px;color:#687078">※このメールは送信専用のアドレスから送信されています。</p>""", 'AWS サポート')
aws_mail('ja-case-closed-survey', L('survey', CG, [], True, 'ja'), 'jp', ICH, w,
         f'[Case {CG}] ケースがクローズされました - ご意見をお聞かせください', textpart(h, 'html', cte='b64'),
         frm=NOREPLY, host=BIG)

# 042 AWS Builder ID verification code (ja), no Authentication-Results at all
w = T('2025-01-22 11:14:50')
txt = """AWS Builder ID の確認

AWS Builder ID のサインインを続行するには、次の確認コードを入力してください。

確認コード: 482119

このコードの有効期限は 10 分です。
このリクエストに心当たりがない場合は、このメールを無視してください。

Amazon Web Services
"""
hdrs = [
    ('Received', 'from exch01.tohoku-denki.local (10.20.1.15) by exch02.tohoku-denki.local\n (10.20.1.16) with '
                 'Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.1.2507.39; '
     + rfc((w + dt.timedelta(seconds=6)).astimezone(JST))),
    ('Received', 'from a9-112.smtp-out.amazonses.com (54.240.9.112) by\n exch01.tohoku-denki.local (10.20.1.15) with '
                 'Microsoft SMTP Server id 15.1.2507.39; ' + rfc((w + dt.timedelta(seconds=4)).astimezone(JST))),
]
hdrs += std_headers(addr('AWS', 'no-reply@signin.aws'), 'ichiro.suzuki@tohoku-denki.co.jp',
                    'AWS Builder ID の確認コード', w, ses_id(w) + '@email.amazonses.com')
write('ja-builder-id-code-no-auth-results', L('unrelated', None, [], None, 'ja'), hdrs, alt(txt, cte='b64'))

# 043 AWS account root e-mail change verification (ja)
w = T('2025-01-25 03:27:44')
txt = """AWS をご利用いただき、ありがとうございます。

AWS アカウント（ID: 3390-1287-4456）のルートユーザーのメールアドレスを
i.suzuki@biglobe.ne.jp に変更するリクエストを受け付けました。

変更を確定するには、AWS マネジメントコンソールで次の確認コードを入力してください。

確認コード: 903512

このリクエストに心当たりがない場合は、直ちにパスワードを変更し、AWS サポートまでご連絡ください。

Amazon Web Services
"""
aws_mail('ja-aws-account-root-email-change', L('unrelated', None, [], True, 'ja'), 'jp', ICH, w,
         'AWS アカウントのメールアドレス変更の確認', alt(txt, cte='b64'), frm=NOREPLY, host=BIG)

# ---------------------------------------------------------------- Phishing and other look-alikes
# 044 phishing about the merge, look-alike domain (dmarc passes for the look-alike itself)
w = T('2025-05-30 13:52:40')
ip = '45.142.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
mf = 'bounce@mail.aws-certification-merge.com'
hdrs = gmail_trace(DAN, w, 'mail.aws-certification-merge.com', ip, mf,
                   ar_gmail([('pass', 'aws-certification-merge.com', 'default')], 'pass', mf, ip, 'pass',
                            'aws-certification-merge.com', 'NONE'))
hdrs += [('DKIM-Signature', dkim_sig('aws-certification-merge.com', 'default', w))]
hdrs += std_headers(addr('AWS Training & Certification', 'support@aws-certification-merge.com'), DAN,
                    'Action required: confirm your certification account merge', w,
                    '%s@aws-certification-merge.com' % uuid.UUID(int=rnd.getrandbits(128)))
txt = """Dear Candidate,

Your request to merge your AWS Certification accounts is pending your confirmation.

Account to be merged: AWS02318847
Account to keep: AWS01766530

To avoid cancellation of the request, confirm the merge within 24 hours by signing in
with your AWS Certification credentials:

https://aws-certification-merge.com/confirm?ref=AWS01766530

If the merge is not confirmed, both accounts may be suspended for security review.

AWS Training & Certification Team
"""
write('phish-lookalike-domain-confirm-merge',
      L('merge_confirmation_requested', None, ['AWS01766530', 'AWS02318847'], False), hdrs,
      alt(txt, boundary=bnd_ses()))

# 045 spoofed amazon.com (ja): topmost AR dmarc=fail, a forged pass header lower down
w = T('2024-11-14 03:05:11')
ip = '185.225.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
helo = 'vps-81247.hostkey-cloud.net'
t = (w + dt.timedelta(seconds=3)).astimezone(JST)
hdrs = [
    ('Return-Path', '<aws-cs-trainingcertification-form@amazon.com>'),
    ('Authentication-Results', HANA + ';\n\tspf=fail smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com '
                               'smtp.remote-ip=' + ip + ';\n\tdkim=fail (signature verification failed) header.d=amazon.com '
                               'header.s=' + SES_DKIM_SEL + ';\n\tdmarc=fail (p=quarantine dis=quarantine) header.from=amazon.com'),
    ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
     % (helo, helo, ip, HANA, alnum(10).upper(), KEN, rfc(t))),
    ('Authentication-Results', 'mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=%s;\n       '
                               'spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) '
                               'header.from=amazon.com' % SES_DKIM_SEL),
    ('DKIM-Signature', dkim_sig('amazon.com', SES_DKIM_SEL, w)),
]
hdrs += std_headers(FORM, KEN_TO, f'RE:[CASE {CD}] アカウント統合の最終確認のお願い', w,
                    ses_id(w) + '@email.amazonses.com', 'iso-2022-jp')
txt = """佐藤 健 様

AWS トレーニングと認定です。
ご依頼のアカウント統合を実行するため、最終確認をお願いいたします。

統合元: AWS02984410
統合先: AWS05518273

下記のリンクから AWS 認定アカウントにサインインし、統合の確認を完了してください。
48時間以内に確認されない場合、リクエストはキャンセルされ、両方のアカウントが
一時的に停止されます。

統合を確認する: https://aws-training-certification.account-verify.co/confirm?id=AWS05518273

AWS トレーニングと認定
"""
write('ja-spoofed-amazon-dmarc-fail-confirm-merge',
      L('merge_confirmation_requested', CD, ['AWS02984410', 'AWS05518273'], False, 'ja'), hdrs,
      textpart(txt, 'plain', 'iso-2022-jp', '7bit'))

# 046 phishing not about the merge (Outlook, no DKIM, dmarc none)
w = T('2025-04-08 06:19:02')
ip = '91.215.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
helo = 'smtp.aws-certifications-verify.net'
hdrs = outlook_trace(PRI, w, helo, ip, 'aws-certifications-verify.net',
                     ar_outlook([('none', '', '')], 'pass', 'aws-certifications-verify.net', ip, 'none',
                                'aws-certifications-verify.net', 'softpass reason=201'))
hdrs += std_headers(addr('AWS Certification', 'certification-notice@aws-certifications-verify.net'), PRI,
                    'URGENT: your AWS Certification will be revoked', w,
                    '%s@aws-certifications-verify.net' % alnum(24))
txt = """Dear Certified Professional,

Our records show that the identity linked to your AWS candidate profile AWS01127745 has
not been verified. Under the updated AWS Certification Program Agreement, unverified
certifications will be revoked.

Verify your identity within 24 hours to keep your certifications active:
https://aws-certifications-verify.net/verify/AWS01127745

Thank you,
AWS Certification Compliance
"""
write('phish-certification-revoked-not-merge', L('unrelated', None, ['AWS01127745'], False), hdrs,
      alt(txt, boundary=bnd_outlook(), cte='qp'))

# 047 GitHub "merged" notification
w = T('2025-06-04 12:40:33')
ip = '192.30.252.%d' % rnd.randint(190, 210)
mf = 'noreply@github.com'
hdrs = gmail_trace(DAN, w, 'out-%d.smtp.github.com' % rnd.randint(20, 29), ip, mf,
                   ar_gmail([('pass', 'github.com', 'pf2023')], 'pass', mf, ip, 'pass', 'github.com', 'REJECT'))
hdrs += [('DKIM-Signature', dkim_sig('github.com', 'pf2023', w))]
hdrs += std_headers(addr('Chinedu Eze', 'notifications@github.com'),
                    'northwind/cert-tracker <cert-tracker@noreply.github.com>',
                    'Re: [northwind/cert-tracker] Merge duplicate candidate accounts in the report (PR #482)', w,
                    'northwind/cert-tracker/pull/482/issue_event/17744019233@github.com',
                    extra=[('Cc', 'Daniel Okafor <daniel.okafor@gmail.com>, Author <author@noreply.github.com>'),
                           ('In-Reply-To', '<northwind/cert-tracker/pull/482@github.com>'),
                           ('References', '<northwind/cert-tracker/pull/482@github.com>'),
                           ('List-ID', 'northwind/cert-tracker <cert-tracker.northwind.github.com>'),
                           ('X-GitHub-Reason', 'author')])
txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind/cert-tracker/pull/482#event-17744019233
You are receiving this because you authored the thread.
"""
write('github-pr-merged', L('unrelated', None, [], False), hdrs, alt(txt, boundary='--==_mimepart_' + hexs(13) + '_' + str(rnd.randint(1000, 9999)), cte='7bit'))

# 048 AWS Training newsletter (mentions merging as a tip)
w = T('2025-08-27 16:00:05')
txt = """AWS Training and Certification | August 2025

NEW: Exam prep plans for the AWS Certified AI Practitioner
Build a study plan in AWS Skill Builder with official practice questions and
hands-on labs.

Tip of the month: Do you have more than one certification account?
If you have taken exams with different e-mail addresses, you can ask our support
team to combine your accounts so all your credentials are in one place. Open the
AWS Training and Certification contact form and choose "Account Merge".

Upcoming: Free live sessions at AWS Skills Center Seattle.

Unsubscribe: https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
"""
aws_mail('aws-training-newsletter', L('unrelated', None, [], True), 'jp', AIS, w,
         'Your AWS Training and Certification update: AI Practitioner prep, account tips and more',
         alt(txt), frm=addr('AWS Training and Certification', 'aws-marketing-email-replies@amazon.com'), to=AIS, host=FM)

# 049 CertMetrics e-mail address changed notice
w = T('2025-08-28 08:12:49')
txt = """Dear Aisha Karimova,

The e-mail address on your AWS Certification account has been changed.

Candidate ID: AWS07731925
New e-mail address: aisha.karimova@fastmail.com

If you made this change, no further action is required. If you did not make this
change, please contact AWS Training and Certification immediately.

Regards,
AWS Certification

Please do not reply to this e-mail; this mailbox is not monitored.
"""
ip = '52.128.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
mf = 'do-not-reply@certmetrics.com'
hdrs = [('Return-Path', '<%s>' % mf)] + generic_trace(
    FM, AIS, w, 'mail2.certmetrics.com', ip,
    ar_generic(FM, [('pass', 'certmetrics.com', 'k1')], 'pass', mf, 'pass', 'certmetrics.com', ip), tz=UTC)
hdrs += [('DKIM-Signature', dkim_sig('certmetrics.com', 'k1', w))]
hdrs += std_headers(addr('AWS Certification', 'do-not-reply@certmetrics.com'), AIS,
                    'Your AWS Certification account e-mail address was changed', w,
                    '%s@certmetrics.com' % uuid.UUID(int=rnd.getrandbits(128)))
write('certmetrics-email-changed', L('unrelated', None, ['AWS07731925'], False), hdrs, textpart(txt, cte='qp'))

# 050 AWS billing case about "merging" two AWS accounts - a different case
TOM = 'tomasz.nowak.pl@gmail.com'
CT2 = case15('2025-09-09 15:40:02', '01093')
w = T('2025-09-10 09:21:57')
txt = f"""Hello Tomasz,

Thank you for contacting AWS Billing and Accounts.

I understand you would like to merge your two AWS accounts, 1184 2290 3375 and
5566 7788 9900, into one. AWS accounts themselves cannot be merged, but you have two
options:

1. Invite 556677889900 into an organization managed by 118422903375, so both accounts
   are billed together (consolidated billing).
2. Move your resources to 118422903375 and close 556677889900.

You mentioned you prefer option 2. Could you please confirm that you want us to close
account 556677889900 once you have moved your resources? Please note that after the
90-day post-closure period the closure is permanent and the account cannot be reopened.
""" + CONSOLE_FOOT.format(agent='Aleksandra W.', case=CT2)
aws_mail('billing-case-merge-aws-accounts-confirm-closure', L('unrelated', CT2, [], True), 'gmail', TOM, w,
         f'RE:[CASE {CT2}] Account and billing: merge two AWS accounts', alt(txt), frm=NOREPLY)

# 051 Credly badge expiry reminder
w = T('2023-01-09 15:30:00')
txt = """Hi Marco,

Your AWS Certified Cloud Practitioner badge from Amazon Web Services Training and
Certification expires in 30 days, on February 8, 2023.

To keep your badge active, recertify through AWS Certification before it expires.

View badge: https://www.credly.com/badges/2b7c9e11-0d4f-4c6a-8b3e-5f1a7d2c9e04

Credly
"""
credly_mail('credly-badge-expiry-reminder', L('unrelated', None, [], True), 'gmail', MAR, w,
            'Your AWS Certified Cloud Practitioner badge expires soon', alt(txt, boundary=bnd_gmail()),
            frm=addr('Credly', 'admin@credly.com'))

# ---------------------------------------------------------------- Thread W: James Whitfield (O365, 11-digit, British agent)
JAM = 'james.whitfield@brightmoor.co.uk'
CW = '12903847561'
SUBJ_W = f'RE:[CASE {CW}] [AWS Training and Certification Form Submission] - account-assistance'

# 052 confirmation request, British wording, Outlook quote with an extra id only in the quote
w = T('2023-03-15 09:48:26')
txt = f"""Hi James,

Many thanks for coming back to me with the details.

I've had a look and can see both of your certification accounts:

  AWS02219864 – james.whitfield@brightmoor.co.uk (the one you'd like to keep)
  AWS03377120 – jwhitfield82@btinternet.com

What we'd do is fold AWS03377120 into AWS02219864, so that all of your certifications
sit under your Brightmoor login; the btinternet account would then be closed. I should
mention that this can't be undone afterwards.

Could you please confirm you're happy for us to go ahead on that basis? A quick reply
to this email is all we need.

Kind regards,

Eleanor
AWS Training & Certification

From: James Whitfield <james.whitfield@brightmoor.co.uk>
Sent: 14 March 2023 11:02
To: aws-cs-trainingcertification-form@amazon.com
Subject: {SUBJ_W}

Hi Eleanor,

My old personal account was jwhitfield82@btinternet.com, ID AWS03377120 I believe.
There is also an even older one, AWS01990452, from 2019 but I don't think anything is
on it.

Cheers,
James
"""
aws_mail('british-agent-happy-to-go-ahead',
         L('merge_confirmation_requested', CW, ['AWS02219864', 'AWS03377120'], True), 'outlook', JAM, w, SUBJ_W,
         alt(txt, cte='qp'), to=addr('James Whitfield', JAM))

# 053 asks a yes about reissuing a voucher (not the merge)
w = T('2023-03-16 10:05:12')
txt = f"""Hi James,

Thanks for confirming – that's all noted and the request is with our operations team.

Before they carry it out, there's one thing I wanted to check with you: there's an
unused 50% exam discount voucher sitting on AWS03377120 (it expires on 30 November
2023). Benefits don't move across automatically, so would you like us to reissue it
on AWS02219864? A simple yes is fine.

Kind regards,

Eleanor
AWS Training & Certification
"""
aws_mail('british-agent-asks-yes-reissue-voucher', L('support_reply', CW, ['AWS02219864', 'AWS03377120'], True),
         'outlook', JAM, w, SUBJ_W, alt(txt, cte='qp'), to=addr('James Whitfield', JAM))

# 054 confirmation request, UTF-8 bytes wrongly labelled iso-8859-1
CTM = case15('2024-06-17 08:31:55', '00317')
w = T('2024-06-18 03:12:09')
txt = f"""Hello Tomasz,

Good day! Thank you for your reply.

Please to confirm the merging of the following accounts, as per our verification they
are both registered under your name:

• Source account (will be deactivated): AWS-04411780 – tnowak@politechnika.krakow.example.pl
• Target account (to remain): AWS-04829153 – tomasz.nowak.pl@gmail.com

Once you’ve confirmed, we’ll proceed and you’ll be notified after it’s done. Kindly
note that this process is not reversible.

Looking forward for your response.

Warm regards,
Jomar
AWS T&C Support
"""
aws_mail('wrong-charset-label-please-to-confirm',
         L('merge_confirmation_requested', CTM, ['AWS04411780', 'AWS04829153'], True), 'gmail', TOM, w,
         f'RE:[CASE {CTM}] [AWS Training and Certification Form Submission] - account-assistance',
         alt(txt, cte='qp', label='iso-8859-1'), to=addr('Tomasz Nowak', TOM))

# ---------------------------------------------------------------- Thread Y: Koji Yamamoto (OCN, Shift_JIS)
YAM = 'yamamoto.h@ocn.ne.jp'
OCN = 'mfsmax.ocn.ad.jp'
CY = case15('2024-08-05 06:02:40', '00655')
SUBJ_Y = f'RE:[CASE {CY}] [AWS Training and Certification Form Submission] - account-assistance'

# 055 confirmation request (ja, Shift_JIS base64), -----Original Message----- quote
w = T('2024-08-06 04:30:18')
txt = f"""山本 浩二 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
担当の石井でございます。

ご依頼いただいておりました認定アカウントの件につきまして、
以下の 2 アカウントを確認いたしました。

【存続するアカウント】AWS06602381（yamamoto.h@ocn.ne.jp）
【統合により廃止となるアカウント】AWS05077419（koji.yamamoto@sakura-denshi.co.jp）

廃止となるアカウントの認定資格および受験履歴は、存続するアカウントへ移行いたします。
一度統合いたしますと、元に戻すことはできません。

お手数ではございますが、上記の内容でよろしければ「統合に同意します」と
本メールにご返信ください。ご返信を確認後、手続きを開始いたします。

石井
AWS トレーニングと認定

-----Original Message-----
From: 山本 浩二 <yamamoto.h@ocn.ne.jp>
Sent: Monday, August 5, 2024 3:02 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: 認定アカウントの統合について

お世話になります。
以前の勤務先のアドレスで取得した認定と、個人アドレスで取得した認定があります。
個人アドレスのアカウントにまとめていただけますでしょうか。
"""
aws_mail('ja-shiftjis-agree-to-merge-reply',
         L('merge_confirmation_requested', CY, ['AWS05077419', 'AWS06602381'], True, 'ja'), 'jp', YAM, w, SUBJ_Y,
         textpart(txt, 'plain', 'shift_jis', 'b64'), to=addr('山本 浩二', YAM, 'iso-2022-jp'), host=OCN)

# 056 asks a yes about cancelling a booked exam (ja, Shift_JIS 8bit)
w = T('2024-08-07 01:55:42')
txt = f"""山本 浩二 様

ご返信いただき、ありがとうございます。石井でございます。

統合の手続きに先立ち、試験のご予約について確認させてください。
AWS05077419 にて 2024年9月14日 に「AWS Certified Solutions Architect - Professional」
の試験をご予約いただいておりますが、試験のご予約は AWS06602381 へ移行することが
できません。

弊社にて当該予約をいったんキャンセルし、AWS06602381 から改めてご予約いただく形で
よろしいでしょうか。キャンセル料は発生いたしません。
よろしければ「はい」とご返信ください。

石井
AWS トレーニングと認定
"""
aws_mail('ja-shiftjis-asks-yes-cancel-exam-booking',
         L('support_reply', CY, ['AWS05077419', 'AWS06602381'], True, 'ja'), 'jp', YAM, w, SUBJ_Y,
         textpart(txt, 'plain', 'shift_jis', '8bit'), to=YAM, host=OCN)

# ---------------------------------------------------------------- Thread L: Lucas Ferreira (Gmail)
LUC = 'lucas.ferreira@gmail.com'
CL = case15('2025-10-02 19:14:27', '00761')
SUBJ_L = f'RE:[CASE {CL}] [AWS Training and Certification Form Submission] - account-assistance'

# 057 confirmation request + an unrelated name question, nested quotes
w = T('2025-10-03 18:27:30')
txt = f"""Hi Lucas,

Thanks for the extra details. Here is what I'm proposing:

- AWS08140277 (lucas.ferreira@gmail.com) will be your surviving account
- AWS07925531 (lferreira@vortexa-labs.com) will be merged into it and then deactivated

Two things I need from you before I submit this:

1) Your confirmation that the above is correct and that you'd like the merge to go
   ahead (it's permanent).
2) Not related to the merge: your profile lists your name as "Lucas F. Ferreira".
   Let me know if you'd like the middle initial removed from your certificates.

Cheers,
Sam
AWS Training and Certification

On Fri, Oct 3, 2025 at 10:12 AM Lucas Ferreira <lucas.ferreira@gmail.com> wrote:
> Hi Sam, the old one is lferreira@vortexa-labs.com, no idea what the ID was.
>
> On Fri, Oct 3, 2025 at 9:01 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Lucas,
> >
> > I could only find AWS08140277 under the details in your form. Could you share the
> > e-mail address of the second account?
> >
> > Cheers,
> > Sam
"""
aws_mail('confirm-merge-plus-name-question-nested-quote',
         L('merge_confirmation_requested', CL, ['AWS07925531', 'AWS08140277'], True), 'gmail', LUC, w, SUBJ_L,
         alt(txt, boundary=bnd_ses()), to=addr('Lucas Ferreira', LUC))

# 058 console confirmation request, paraphrased (retire / transfer), mixed id styles
HAN = 'h.schmidt@gmx.de'
GMX = 'mx-ha.gmx.net'
CH = '11230948576'
w = T('2021-06-09 14:17:44')
txt = f"""Hello Hannah,

Thanks for the information you provided. I have worked with our certification operations team and we are ready to act on your request, pending your go-ahead:

* Your candidate record aws02650913 (h.schmidt@gmx.de) would be retired.
* Its certifications and exam history would be transferred to AWS-03118426 (hannah.schmidt@lindenhof-consulting.de), which you will keep using.

Once this is done, the retired record cannot be restored. Can you reply on this case to let us know that we may go ahead?
""" + CONSOLE_FOOT.format(agent='Jakub P.', case=CH)
aws_mail('console-retire-and-transfer-go-ahead',
         L('merge_confirmation_requested', CH, ['AWS02650913', 'AWS03118426'], True), 'jp', HAN, w,
         f'RE:[CASE {CH}] Two certification profiles - please combine', alt(txt), frm=NOREPLY, to=HAN, host=GMX)

# 059 thanks + asks a yes about the sign-in e-mail (not the merge)
w = T('2025-10-04 16:02:51')
txt = f"""Hi Lucas,

Great, thanks for confirming - I've submitted the request and the team will pick it
up within 1-2 business days. I've also left the name as it is, as you asked.

One more thing: you mentioned you'll be moving away from Gmail to your own domain. If
you like, I can switch the sign-in e-mail on AWS 08140277 to lucas@ferreira.dev at the
same time. Do you want me to do that? Just reply yes or no.

Cheers,
Sam
AWS Training and Certification

On Sat, Oct 4, 2025 at 8:40 AM Lucas Ferreira <lucas.ferreira@gmail.com> wrote:
> Yes, that's correct, go ahead. Keep the name as is. I'm moving everything to
> lucas@ferreira.dev soon by the way.
"""
aws_mail('asks-yes-switch-signin-email', L('support_reply', CL, ['AWS08140277'], True), 'gmail', LUC, w, SUBJ_L,
         alt(txt, boundary=bnd_ses()), to=addr('Lucas Ferreira', LUC))

# 060 confirmation request (ja, katakana "マージ"), Gmail, base64
ITO = 'ito.sayaka.0412@gmail.com'
CI = case15('2025-06-23 02:10:55', '01802')
w = T('2025-06-24 05:41:06')
txt = f"""伊藤 さやか 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定の佐々木です。

ご依頼の件、以下の内容でアカウントのマージを行う準備が整いました。

マージ元: AWS-09034418（s.ito@minatomirai-bank.co.jp）
マージ先: AWS-08876102（ito.sayaka.0412@gmail.com）※こちらが残ります

マージ後はマージ元のアカウントをご利用いただけなくなり、元に戻すこともできません。
実行してよろしければ、その旨を本メールにご返信いただけますと幸いです。

佐々木
AWS トレーニングと認定

2025年6月23日(月) 11:10 伊藤 さやか <ito.sayaka.0412@gmail.com>:
> 佐々木様
>
> 前の職場のメールアドレス（s.ito@minatomirai-bank.co.jp）で作ったアカウントを、
> Gmail のアカウントにまとめたいです。よろしくお願いします。
"""
aws_mail('ja-katakana-merge-go-ahead',
         L('merge_confirmation_requested', CI, ['AWS08876102', 'AWS09034418'], True, 'ja'), 'gmail', ITO, w,
         f'RE:[CASE {CI}] [AWS Training and Certification Form Submission] - account-assistance',
         alt(txt, cte='b64'), to=addr('伊藤 さやか', ITO))

# === END MAILS ===

if __name__ == '__main__':
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print('wrote', len(LABELS), 'mails')
