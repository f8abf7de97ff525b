#!/usr/bin/env python3
"""Generator for blind set 153: AWS Certification account-merge mailbox fixtures.

Writes NNN-*.eml and labels.json into this folder.
"""
import base64, quopri, random, json, re, os, io, hashlib, html
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.generator import BytesGenerator
from email.policy import compat32
from email.utils import format_datetime, formataddr
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(153)
MAILS = []
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
CEST = timezone(timedelta(hours=2))
IST = timezone(timedelta(hours=5, minutes=30))

# ---------------------------------------------------------------- helpers
def rhex(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))

def rb64(n):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rnd.choice(al) for _ in range(n))

def rdig(n):
    return ''.join(rnd.choice('0123456789') for _ in range(n))

def case15(dt):
    """15-digit display id: unix time of opening + 5 digits."""
    return str(int(dt.timestamp())) + rdig(5)

def ses_msgid(dt, region='email'):
    ms = int(dt.timestamp() * 1000)
    pre = '0100' if region == 'email' else '0101'
    u = '-'.join([rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)])
    return '<%s%012x-%s-000000@%s.amazonses.com>' % (pre, ms, u, region)

def d(dt):
    return format_datetime(dt)

def fold_b64(s, n=72):
    return '\n\t'.join(s[i:i+n] for i in range(0, len(s), n))

def enc_words(s, charset='utf-8', name='Subject'):
    """RFC 2047 encode, folded over lines."""
    return Header(s, charset, header_name=name, maxlinelen=76).encode()

def addr(name, email_, charset='utf-8'):
    if name and any(ord(c) > 127 for c in name):
        return '%s <%s>' % (Header(name, charset).encode(), email_)
    return formataddr((name, email_)) if name else email_

def textpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None, label=None):
    codec = codec or charset
    data = text.replace('\n', '\r\n').encode(codec)
    p = Message()
    p['Content-Type'] = 'text/%s; charset="%s"' % (subtype, label or charset) if label != 'bare' else 'text/%s; charset=%s' % (subtype, charset)
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    else:
        payload = data.decode('ascii', 'surrogateescape')
    p.set_payload(payload.replace('\r\n', '\n'))
    return p

def alt(*parts, boundary=None):
    m = MIMEMultipart('alternative')
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary or ('----=_Part_%d_%d.%d' % (rnd.randint(100000, 999999), rnd.randint(10000000, 99999999), rnd.randint(1700000000000, 1760000000000))))
    return m

def mixed(*parts, boundary=None):
    m = MIMEMultipart('mixed')
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary or ('_%s_' % rhex(24)))
    return m

def related(*parts, boundary=None):
    m = MIMEMultipart('related')
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary or ('_rel_%s' % rhex(20)))
    return m

def html_wrap(inner, title='Amazon Web Services'):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
            '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e;">\n%s\n</body></html>\n'
            % (title, inner))

def p2html(text):
    """plain paragraphs -> simple html"""
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + '<br />\n'.join(html.escape(l) for l in para.split('\n')) + '</p>')
    return '\n'.join(out)

def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))

ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[\s\-]?(\d{8})(?!\d)', re.I)

def ids_in(text):
    return sorted(set('AWS' + m.group(1) for m in ID_RE.finditer(text)))

def strip_html(s):
    s = re.sub(r'(?is)<(script|style).*?</\1>', ' ', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)

# ----------------------------------------------------------- trace headers
SES_IPS = ['54.240.8.%d', '54.240.48.%d', '54.240.27.%d', '54.240.4.%d', '23.251.224.%d', '54.240.11.%d']

def ses_host():
    ip = rnd.choice(SES_IPS) % rnd.randint(10, 250)
    a, b, c, e = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, e), ip

def dkim(d_, s, h='Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', dt=None):
    t = int(dt.timestamp()) if dt else 1748000000
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s'
            % (s, d_, t, h, rb64(43), fold_b64(rb64(342) + '=')))

AMZ_SEL = ['rjhqqp6x7g5iotz2yoqvrb5kqysmkxu4', 'yg4mwqurec7fkhzutopddd3ytuaqrvuz', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug']
SES_SEL = ['6gbrjpgwjskckoa6a5zn6fwqkn67xbtw', '224i4yxa5dv7c2xz3womw6peuasteono']

def trace(dt, to, prov='gmail', from_dom='amazon.com', dkim_d='amazon.com', ses=True,
          dkim_res='pass', spf_res='pass', dmarc_res='pass', dmarc_pol='QUARANTINE',
          mailfrom=None, ip=None, host=None, extra_dkim=True, forged_ar=None, sel=None):
    """Return list of (name, value) trace headers, newest first."""
    h = []
    if host is None:
        host, ip2 = ses_host()
        ip = ip or ip2
    if mailfrom is None:
        mailfrom = ses_msgid(dt)[1:].split('@')[0] + '@amazonses.com' if ses else 'bounce@' + from_dom
    mf_dom = mailfrom.split('@')[1]
    rcv = dt + timedelta(seconds=rnd.randint(1, 9))
    sel = sel or rnd.choice(AMZ_SEL)
    if prov == 'gmail':
        h.append(('Delivered-To', to))
        h.append(('Received', 'by 2002:a05:6a10:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (rhex(4), rhex(3), rhex(3), rhex(4), rb64(10).lower(), d(rcv.astimezone(PDT)))))
        h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)))
        h.append(('X-Received', 'by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id %s.%d.%d;\n        %s' % (rhex(4), rhex(3), rhex(4), rb64(10).lower(), rnd.randint(10, 99), rnd.randint(10**12, 10**13), d(rcv.astimezone(PDT)))))
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(rcv.timestamp()), rb64(60))))
        parts = []
        if dkim_res:
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim_res, dkim_d, sel[:8], rb64(8)))
            if extra_dkim and ses:
                parts.append('dkim=pass header.i=@amazonses.com header.s=%s header.b=%s' % (SES_SEL[0][:8], rb64(8)))
        parts.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s' % (
            spf_res, mailfrom, 'designates' if spf_res == 'pass' else 'does not designate', ip, mailfrom))
        if dmarc_res:
            parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
                dmarc_res, dmarc_pol, dmarc_pol, 'NONE' if dmarc_res == 'pass' else dmarc_pol, from_dom))
        h.append(('Authentication-Results', 'mx.google.com;\n       ' + ';\n       '.join(parts)))
        h.append(('Return-Path', '<%s>' % mailfrom))
        h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            host, host, ip, rb64(24).lower(), rnd.randint(100, 999), rcv.month, rcv.day, rcv.hour, rcv.minute, rcv.second, to, d(rcv.astimezone(PDT)))))
        h.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
            spf_res, mailfrom, 'designates' if spf_res == 'pass' else 'does not designate', ip, ip)))
    elif prov == 'outlook':
        h.append(('Received', 'from SA1PR19MB%d.namprd19.prod.outlook.com (2603:10b6:806:%s::%d)\n by PH0PR19MB%d.namprd19.prod.outlook.com with HTTPS; %s' % (
            rnd.randint(1000, 9999), rhex(3), rnd.randint(1, 20), rnd.randint(1000, 9999), d(rcv.astimezone(UTC)))))
        h.append(('Received', 'from BN9PR03CA%04d.namprd03.prod.outlook.com (2603:10b6:408:%s::%d)\n by SA1PR19MB%d.namprd19.prod.outlook.com (2603:10b6:806:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            rnd.randint(0, 9999), rhex(3), rnd.randint(1, 20), rnd.randint(1000, 9999), rhex(3), rnd.randint(1, 20), rnd.randint(7000, 8999), rnd.randint(10, 40), d(rcv.astimezone(UTC)))))
        parts = ['spf=%s (sender IP is %s)\n smtp.mailfrom=%s' % (spf_res, ip, mf_dom)]
        if dkim_res:
            parts.append(' dkim=%s (signature was verified)\n header.d=%s' % (dkim_res, dkim_d) if dkim_res == 'pass' else ' dkim=%s (signature did not verify)\n header.d=%s' % (dkim_res, dkim_d))
        if dmarc_res:
            parts.append('dmarc=%s action=%s\n header.from=%s' % (dmarc_res, 'none' if dmarc_res == 'pass' else 'quarantine', from_dom))
        parts.append('compauth=%s reason=%s' % ('pass' if dmarc_res == 'pass' else 'fail', '100' if dmarc_res == 'pass' else '000'))
        h.append(('Authentication-Results', ';'.join(parts)))
        h.append(('Received-SPF', '%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
            spf_res.capitalize(), mf_dom, 'designates' if spf_res == 'pass' else 'does not designate', ip, ip, host)))
        h.append(('Received', 'from %s (%s) by\n BN2PEPF000%05d.mail.protection.outlook.com (10.167.243.%d) with Microsoft\n SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s' % (
            host, ip, rnd.randint(0, 99999), rnd.randint(1, 250), rnd.randint(7000, 8999), rnd.randint(10, 40), d(rcv.astimezone(UTC)))))
    elif prov in ('nifty', 'biglobe', 'docomo', 'corpjp', 'ocn'):
        authserv = {'nifty': 'mx.nifty.com', 'biglobe': 'biglobe.ne.jp', 'docomo': 'mfsmax.docomo.ne.jp',
                    'corpjp': 'mx01.tokai-seiki.co.jp', 'ocn': 'mf-smf-ucb011.ocn.ad.jp'}[prov]
        parts = ['spf=%s smtp.mailfrom=%s' % (spf_res, mailfrom)]
        if dkim_res:
            parts.append('dkim=%s header.d=%s header.s=%s' % (dkim_res, dkim_d, sel[:12]))
        if dmarc_res:
            parts.append('dmarc=%s (p=%s) header.from=%s' % (dmarc_res, dmarc_pol.lower(), from_dom))
        h.append(('Return-Path', '<%s>' % mailfrom))
        h.append(('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            authserv, authserv, rhex(10).upper(), to, d(rcv.astimezone(JST)))))
        h.append(('Authentication-Results', '%s;\n\t' % authserv + ';\n\t'.join(parts)))
        h.append(('Received', 'from %s ([%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (
            host, ip, authserv, rb64(14), to, d(rcv.astimezone(JST)))))
    elif prov == 'yahoo':
        parts = []
        if dkim_res:
            parts.append('dkim=%s header.i=@%s header.s=%s' % (dkim_res, dkim_d, sel[:10]))
        parts.append('spf=%s smtp.mailfrom=%s' % (spf_res, mf_dom))
        if dmarc_res:
            parts.append('dmarc=%s(p=%s) header.from=%s' % (dmarc_res, dmarc_pol, from_dom))
        h.append(('Received', 'from 10.217.150.%d\n by atlas%d.free.mail.ne1.yahoo.com with HTTP; %s' % (rnd.randint(1, 250), rnd.randint(100, 330), d(rcv.astimezone(UTC)))))
        h.append(('Authentication-Results', 'atlas%d.free.mail.ne1.yahoo.com;\n ' % rnd.randint(100, 330) + ';\n '.join(parts) + ';'))
        h.append(('X-Apparently-To', '%s; %s' % (to, d(rcv.astimezone(UTC)))))
        h.append(('Received', 'from %s (EHLO %s) (%s)\n by mta%d.mail.ne1.yahoo.com with SMTPS; %s' % (host, host, ip, rnd.randint(1000, 9999), d(rcv.astimezone(UTC)))))
        h.append(('Return-Path', '<%s>' % mailfrom))
    elif prov == 'none':
        h.append(('Return-Path', '<%s>' % mailfrom))
        h.append(('Received', 'from mailgw2.intra.hallmarkfin.example (10.20.4.12)\n\tby exch01.intra.hallmarkfin.example (10.20.4.31) with Microsoft SMTP Server\n\tid 15.1.2507.39; %s' % d(rcv)))
        h.append(('Received', 'from %s ([%s]) by mailgw2.intra.hallmarkfin.example\n\twith ESMTP id %s; %s' % (host, ip, rhex(16).upper(), d(rcv))))
    if forged_ar:
        h.append(('Authentication-Results', forged_ar))
    if dkim_d and prov != 'none' or (dkim_d and prov == 'none'):
        h.append(('DKIM-Signature', dkim(dkim_d, sel, dt=dt)))
    if ses and extra_dkim:
        h.append(('DKIM-Signature', dkim('amazonses.com', SES_SEL[0], h='Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID', dt=dt)))
    return h

def ses_tail(dt=None, region='us-east-1'):
    dt = dt or datetime(2025, 6, 1, tzinfo=UTC)
    return [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region, rb64(43))),
            ('X-SES-Outgoing', '%04d.%02d.%02d-54.240.8.%d' % (dt.year, dt.month, dt.day, rnd.randint(1, 250)))]

# ------------------------------------------------------------------ output
def add(name, hdrs, body, kind, case_id, sv, lang, new_text, tail=()):
    """hdrs: list of (k,v) placed before MIME headers. new_text: the NEW part of the mail,
    used to compute account ids."""
    saved = list(body.items())
    for k in set(k for k, _ in saved):
        del body[k]
    for k, v in hdrs:
        body[k] = v
    body['MIME-Version'] = '1.0'
    for k, v in saved:
        if k.lower() != 'mime-version':
            body[k] = v
    for k, v in tail:
        body[k] = v
    n = len(MAILS) + 1
    fname = '%03d-%s.eml' % (n, name)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=compat32.clone(linesep='\r\n')).flatten(body)
    label = {'kind': kind, 'case_id': case_id, 'account_ids': ids_in(new_text),
             'sender_verified': sv, 'language': lang}
    MAILS.append((fname, buf.getvalue(), label))

# =================================================================== MAILS
# ---------------------------------------------------------------- scenario A
# Daniel Okafor, Gmail, form-desk case, 2025-05
FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORM_FROM = 'Amazon Web Services <%s>' % FORM
NOREPLY = 'no-reply-aws@amazon.com'
A_TO = 'daniel.okafor88@gmail.com'
A_OPEN = datetime(2025, 5, 27, 21, 47, 12, tzinfo=UTC)
A_CASE = case15(A_OPEN)
A_KEEP, A_OLD = 'AWS04417296', 'AWS01388520'
A_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE

def mail_a1():
    dt = A_OPEN + timedelta(seconds=41)
    new = """Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your
inquiry and created case %s for it. A member of our Training and
Certification Customer Service team will review the details you submitted
and respond to you at this email address. We aim to respond within 24 hours.

Please keep the case number for your records. If you need to add
information, reply to this email and keep the case number in the subject
line. Opening a new case for the same request may delay our response.

While you wait, you may find an answer in our FAQs:
https://aws.amazon.com/certification/faqs/

Thank you,
AWS Training and Certification Customer Service

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Avenue North, Seattle, WA 98109-5210.
""" % A_CASE
    htm = html_wrap(p2html(new))
    body = alt(textpart(new), textpart(htm, 'html'))
    hdrs = trace(dt, A_TO) + [
        ('Date', d(dt)), ('From', FORM_FROM), ('To', A_TO),
        ('Message-ID', ses_msgid(dt)), ('Subject', A_SUBJ)]
    add('form-ack-received', hdrs, body, 'case_created', A_CASE, True, 'en', new, ses_tail(dt))

def mail_a2():
    dt = datetime(2025, 5, 28, 15, 2, 55, tzinfo=UTC)
    new = """Hello Daniel,

Thank you for reaching out to AWS Training and Certification.

I have reviewed your request and located the following two Certification
accounts under your name:

  Account 1: %s - registered to daniel.okafor88@gmail.com
  Account 2: %s - registered to d.okafor@lumenbyte.io

As requested, account %s will be merged into account %s.
After the merge, %s will be your only active account: all of the
certifications, exam history and benefits from %s will be moved to it,
and %s will be deactivated.

Please be aware that a merge cannot be reversed once it has been completed.

Could you please reply to this email to confirm that the information above is
correct and that you would like us to go ahead? We will not make any change
until we hear back from you.

Kind regards,

Lucia M.
AWS Training and Certification Customer Service
""" % (A_KEEP, A_OLD, A_OLD, A_KEEP, A_KEEP, A_OLD, A_OLD)
    hist = """
---------- Original Message ----------
Inquiry Type: Certification
Detail: Account Merge
First Name: Daniel
Last Name: Okafor
Email: daniel.okafor88@gmail.com
AWS Candidate ID: %s
Description: Hi, I have two certification accounts. One was created by my
old employer's training portal (d.okafor@lumenbyte.io, id %s). Please
merge them and keep the gmail one. Thanks
""" % (A_KEEP, A_OLD)
    plain = new + hist
    htm = html_wrap(p2html(new) + '\n<hr />\n<div style="color:#555">' + p2html(hist) + '</div>')
    body = alt(textpart(plain), textpart(htm, 'html'))
    hdrs = trace(dt, A_TO) + [
        ('Date', d(dt)), ('From', FORM_FROM), ('To', A_TO),
        ('Message-ID', ses_msgid(dt)), ('Subject', 'RE:' + A_SUBJ)]
    add('form-agent-asks-confirm', hdrs, body, 'merge_confirmation_requested', A_CASE, True, 'en', new, ses_tail(dt))

def mail_a3():
    dt = datetime(2025, 5, 29, 17, 40, 3, tzinfo=UTC)
    new = """Hello Daniel,

Thank you for confirming the details.

I have now passed your request to our certification operations team so they
can proceed with the account merge. There is nothing further you need to do
at this time. Once the process has been finalized, you will receive a
separate email from us, and you should be able to see all of your
certifications under a single account.

Kind regards,

Lucia M.
AWS Training and Certification Customer Service
"""
    hist = """
On Thu, May 29, 2025 at 9:14 AM Daniel Okafor <daniel.okafor88@gmail.com> wrote:
> Hi Lucia,
>
> The details are correct. Please proceed with the merge.
>
> Thanks,
> Daniel
>
> On Wed, May 28, 2025 at 8:02 AM Amazon Web Services <%s> wrote:
> > Hello Daniel,
> >
> > I have reviewed your request and located the following two Certification
> > accounts under your name:
> >
> >   Account 1: %s - registered to daniel.okafor88@gmail.com
> >   Account 2: %s - registered to d.okafor@lumenbyte.io
> >
> > Please be aware that a merge cannot be reversed once it has been completed.
> > Could you please reply to this email to confirm?
""" % (FORM, A_KEEP, A_OLD)
    body = textpart(new + hist, cte='7bit', charset='us-ascii')
    hdrs = trace(dt, A_TO) + [
        ('Date', d(dt)), ('From', FORM_FROM), ('To', A_TO),
        ('Message-ID', ses_msgid(dt)), ('Subject', 'RE:' + A_SUBJ)]
    add('form-thanks-will-proceed', hdrs, body, 'support_reply', A_CASE, True, 'en', new, ses_tail(dt))

def mail_a4():
    dt = datetime(2025, 5, 30, 23, 11, 40, tzinfo=UTC)
    new = """Hello Daniel,

Good news: your two AWS Certification profiles have now been combined.

Everything that was previously held under %s, including your
certification history and any unused exam benefits, is now available on
%s. You can sign in at https://www.aws.training/Certification with
daniel.okafor88@gmail.com to review your certifications.

Please allow up to 48 hours for your digital badges to appear in your
Credly account. If something looks missing after that, just reply to this
email and we will take a look.

Kind regards,

Sven R.
AWS Training and Certification Customer Service

How did we do? Rate this response:
https://aws-tc.amazon.com/feedback?case=%s&rating=5 (Excellent)
https://aws-tc.amazon.com/feedback?case=%s&rating=1 (Poor)
""" % (A_OLD, A_KEEP, A_CASE, A_CASE)
    htm = html_wrap(p2html(new))
    body = alt(textpart(new), textpart(htm, 'html', cte='base64'))
    hdrs = trace(dt, A_TO) + [
        ('Date', d(dt)), ('From', FORM_FROM), ('To', A_TO),
        ('Message-ID', ses_msgid(dt)), ('Subject', 'RE:' + A_SUBJ)]
    add('form-profiles-combined', hdrs, body, 'merge_completed', A_CASE, True, 'en', new, ses_tail(dt))

def mail_a5():
    dt = datetime(2025, 5, 30, 23, 12, 6, tzinfo=UTC)
    inner = """<table width="600" cellpadding="0" cellspacing="0" border="0" align="center" style="border:1px solid #e1e4e8">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80" /></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Your case <strong>%s</strong> has been marked as resolved by our team.
If you still need help with this request, simply reply to this email within 14 days and the case will be reopened automatically.</p>
<p style="font-size:16px"><strong>Was your issue resolved?</strong></p>
<p><a href="https://aws-tc.amazon.com/survey?c=%s&amp;a=yes" style="background:#ff9900;color:#fff;padding:8px 24px;text-decoration:none">YES</a>
&nbsp;&nbsp;
<a href="https://aws-tc.amazon.com/survey?c=%s&amp;a=no" style="background:#545b64;color:#fff;padding:8px 24px;text-decoration:none">NO</a></p>
<p>Your feedback helps us improve AWS Training and Certification support. The survey takes less than a minute.</p>
<p>Thank you,<br />AWS Training and Certification Customer Service</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;padding:16px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</td></tr>
</table>""" % (A_CASE, A_CASE, A_CASE)
    htm = html_wrap(inner)
    body = textpart(htm, 'html', cte='base64')
    hdrs = trace(dt, A_TO) + [
        ('Date', d(dt)), ('From', FORM_FROM), ('To', A_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', 'Your case %s has been resolved - tell us how we did' % A_CASE)]
    add('form-resolved-yes-no', hdrs, body, 'survey', A_CASE, True, 'en', strip_html(htm), ses_tail(dt))

def credly_trace(dt, to, prov='gmail', legacy=False):
    dom = 'youracclaim.com' if legacy else 'credly.com'
    mf = 'bounces+%d-%s-%s@em%d.%s' % (rnd.randint(1000000, 9999999), rhex(4), to.replace('@', '='), rnd.randint(1000, 9999), dom)
    return trace(dt, to, prov=prov, from_dom=dom, dkim_d=dom, ses=False, mailfrom=mf,
                 host='o%d.ptr%d.%s' % (rnd.randint(1, 9), rnd.randint(1000, 9999), dom),
                 ip='167.89.%d.%d' % (rnd.randint(1, 120), rnd.randint(1, 250)), sel='s1', dmarc_pol='REJECT')

def mail_a6():
    dt = datetime(2025, 6, 1, 4, 18, 33, tzinfo=UTC)
    badge = rhex(8) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(12)
    inner = """<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td align="center" style="padding:24px 0"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="140" alt="AWS Certified Developer - Associate" /></td></tr>
<tr><td style="font-size:22px;font-weight:bold;text-align:center">Congratulations, Daniel!</td></tr>
<tr><td style="padding:16px 0;font-size:15px;line-height:22px">Amazon Web Services Training and Certification has issued you a new badge:
<strong>AWS Certified Developer &ndash; Associate</strong>. Accept it to start sharing your achievement and let employers see what you can do.</td></tr>
<tr><td align="center" style="padding:12px 0"><a href="https://www.credly.com/badges/%s/accept?utm_source=email&amp;utm_medium=badge_issued" style="background:#ff6b00;color:#ffffff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></td></tr>
<tr><td style="font-size:12px;color:#777;padding-top:28px">This badge was issued to daniel.okafor88@gmail.com. Questions about the badge? Contact the issuer.<br />
Credly, Inc. &middot; 13351 D Riverside Dr. #513 &middot; Sherman Oaks, CA 91423<br />
<a href="https://www.credly.com/notification_settings">Manage email preferences</a></td></tr>
</table></td></tr></table>""" % (rhex(8) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(12), badge)
    htm = html_wrap(inner, 'Credly')
    txt = """Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer - Associate.

Accept your badge: https://www.credly.com/badges/%s/accept

This badge was issued to daniel.okafor88@gmail.com.

Credly, Inc. - 13351 D Riverside Dr. #513 - Sherman Oaks, CA 91423
Manage email preferences: https://www.credly.com/notification_settings
""" % badge
    body = alt(textpart(txt), textpart(htm, 'html'))
    hdrs = credly_trace(dt, A_TO) + [
        ('Date', d(dt)),
        ('From', 'Amazon Web Services Training and Certification via Credly <admin@credly.com>'),
        ('Reply-To', 'noreply@credly.com'), ('To', A_TO),
        ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22), rnd.randint(1, 40))),
        ('Subject', 'Daniel, you earned a badge from Amazon Web Services Training and Certification!')]
    add('credly-badge-developer', hdrs, body, 'credly_badge_issued', None, True, 'en', txt)

for f in (mail_a1, mail_a2, mail_a3, mail_a4, mail_a5, mail_a6):
    f()

# ---------------------------------------------------------------- scenario B
# 佐藤 美咲, nifty, console case in Japanese, 2025-03
B_TO = 'misaki.sato@nifty.com'
B_OPEN = datetime(2025, 3, 10, 9, 31, 27, tzinfo=JST)
B_CASE = case15(B_OPEN)
B_OLD, B_KEEP = 'AWS07731452', 'AWS02286019'
B_SUBJ = '認定アカウントの統合について'
AWS_FROM = 'Amazon Web Services <%s>' % NOREPLY

def mail_b1():
    dt = B_OPEN + timedelta(seconds=12)
    new = """Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース %s を作成しました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
問い合わせタイプ: アカウントおよび請求
カテゴリ: AWS トレーニングと認定

担当者からの回答は、このメールアドレス宛てにお知らせします。
ケースの詳細の確認、または情報の追加を行うには、サポートセンターをご利用ください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用のアドレスからお送りしています。このメールにご返信いただいても対応いたしかねますので、あらかじめご了承ください。

今後ともよろしくお願いいたします。
Amazon Web Services
""" % (B_CASE, B_CASE, B_SUBJ, B_CASE)
    body = textpart(new, charset='iso-2022-jp', codec='iso2022_jp', cte='7bit')
    hdrs = trace(dt, B_TO, prov='nifty') + [
        ('Date', d(dt.astimezone(UTC))), ('From', AWS_FROM), ('To', B_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', enc_words('Amazon Web Services: 新しいサポートケースを作成しました: %s' % B_CASE, 'iso-2022-jp'))]
    add('console-ack-ja', hdrs, body, 'case_created', B_CASE, True, 'ja', new, ses_tail(dt))

def mail_b2():
    dt = datetime(2025, 3, 11, 14, 5, 51, tzinfo=JST)
    new = """Amazon Web Services サポートをご利用いただき、ありがとうございます。

ケース %s について、サポート担当者から新しい返信が追加されました。

返信の内容を確認し、必要に応じて回答するには、次のリンクからサポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

ケース ID: %s
件名: %s

※このメールアドレスは送信専用のため、返信を受け付けておりません。

Amazon Web Services
""" % (B_CASE, B_CASE, B_CASE, B_SUBJ)
    htm = html_wrap(p2html(new))
    body = alt(textpart(new, cte='base64'), textpart(htm, 'html', cte='base64'))
    hdrs = trace(dt, B_TO, prov='nifty') + [
        ('Date', d(dt.astimezone(UTC))), ('From', AWS_FROM), ('To', B_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', enc_words('[Case %s] 新しいやり取りが追加されました' % B_CASE, 'utf-8'))]
    add('console-new-correspondence-ja', hdrs, body, 'support_reply', B_CASE, True, 'ja', new, ses_tail(dt))

def mail_b3():
    dt = datetime(2025, 3, 11, 14, 5, 20, tzinfo=JST)
    new = """佐藤 美咲 様

Amazon Web Services サポートの田中でございます。
この度はお問い合わせいただき、誠にありがとうございます。

ご依頼いただきました認定アカウントの統合につきまして、お調べしたところ、お客様のお名前で以下の2つのアカウントが登録されていることを確認いたしました。

  統合元（統合後に無効となるアカウント）: AWS 07731452（misaki.sato@nifty.com）
  統合先（存続するアカウント）　　　　　: AWS 02286019（m.sato@kizuna-soft.co.jp）

統合後は、統合元アカウントに紐づく認定資格、受験履歴および特典（次回試験の割引バウチャー等）がすべて統合先アカウントへ移行されます。
なお、統合は一度実施いたしますと元に戻すことができませんので、あらかじめご了承くださいませ。

恐れ入りますが、上記の内容にお間違いがないか、サポートセンターの本ケースよりご返信にてお知らせいただけますでしょうか。
ご確認をいただけましたら、速やかに統合作業を開始いたします。

何卒よろしくお願い申し上げます。

田中
Amazon Web Services

このやり取りを評価してください:
https://console.aws.amazon.com/support/feedback?eventId=%s&language=ja
""" % rhex(12)
    new = new
    htm = html_wrap(p2html(new))
    body = alt(textpart(new, cte='base64'), textpart(htm, 'html', cte='quoted-printable'))
    hdrs = trace(dt, B_TO, prov='nifty') + [
        ('Date', d(dt.astimezone(UTC))), ('From', AWS_FROM), ('To', B_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', enc_words('RE:[CASE %s] %s' % (B_CASE, B_SUBJ), 'utf-8'))]
    add('console-confirm-ja', hdrs, body, 'merge_confirmation_requested', B_CASE, True, 'ja', new, ses_tail(dt))

def mail_b4():
    dt = datetime(2025, 3, 14, 18, 40, 2, tzinfo=JST)
    new = """佐藤 美咲 様

Amazon Web Services サポートをご利用いただき、ありがとうございます。

ケース %s（件名: %s）は、解決済みとしてクローズされました。

今回のサポートはいかがでしたか。サービス向上のため、1分程度のアンケートへのご協力をお願いいたします。

　問題は解決しましたか？
　　はい　: https://console.aws.amazon.com/support/survey?displayId=%s&resolved=yes
　　いいえ: https://console.aws.amazon.com/support/survey?displayId=%s&resolved=no

引き続きお困りの点がございましたら、クローズ後14日以内であればサポートセンターから本ケースを再開いただけます。

Amazon Web Services
""" % (B_CASE, B_SUBJ, B_CASE, B_CASE)
    body = textpart(new, charset='shift_jis', codec='cp932', cte='quoted-printable', label='Shift_JIS')
    hdrs = trace(dt, B_TO, prov='nifty') + [
        ('Date', d(dt.astimezone(UTC))), ('From', AWS_FROM), ('To', B_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', enc_words('Amazon Web Services: ケース %s がクローズされました' % B_CASE, 'shift_jis'))]
    add('console-closed-survey-ja', hdrs, body, 'survey', B_CASE, True, 'ja', new, ses_tail(dt))

# ---------------------------------------------------------------- scenario C
# 山本 拓也, corporate (Japan), form-desk case in Japanese, 2022-09, 11-digit id
C_TO = 't.yamamoto@tokai-seiki.co.jp'
C_CASE = '10864093271'
C_KEEP, C_OLD = 'AWS03391874', 'AWS05520983'
C_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_CASE

def mail_c0():
    dt = datetime(2022, 9, 12, 10, 22, 48, tzinfo=JST)
    new = """山本 拓也 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。

本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。
受付番号は %s です。

内容を確認のうえ、担当者より本メールアドレス宛てにご連絡いたします。通常、24時間以内のご返信を目安としております。

追加の情報がございましたら、件名を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせをいただきますと、ご回答までにお時間をいただく場合がございます。

AWS トレーニングと認定 カスタマーサービス
""" % C_CASE
    body = textpart(new, charset='iso-2022-jp', codec='iso2022_jp', cte='7bit')
    hdrs = trace(dt, C_TO, prov='corpjp') + [
        ('Date', d(dt.astimezone(UTC))), ('From', FORM_FROM), ('To', C_TO),
        ('Message-ID', ses_msgid(dt)), ('Subject', C_SUBJ)]
    add('form-ack-ja-2022', hdrs, body, 'case_created', C_CASE, True, 'ja', new, ses_tail(dt))

def mail_c1():
    dt = datetime(2022, 9, 13, 11, 9, 30, tzinfo=JST)
    new = """山本 拓也 様

お世話になっております。
AWS トレーニングと認定 カスタマーサービスの鈴木でございます。

お問い合わせいただきましたアカウント統合の件につきまして、お客様のお名前で下記2つの認定アカウントを確認いたしました。

　・AWS-03391874
　・AWS-05520983

統合の手続きを進めるにあたり、恐れ入りますが、以下の2点についてご教示いただけますでしょうか。

　1. どちらのアカウントを存続させるか（統合先とするアカウント）
　2. それぞれのアカウントのサインインに使用しているメールアドレス

ご返信をいただき次第、内容を確認のうえ改めてご連絡いたします。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

鈴木
AWS トレーニングと認定 カスタマーサービス
"""
    body = textpart(new, charset='iso-2022-jp', codec='iso2022_jp', cte='7bit')
    hdrs = trace(dt, C_TO, prov='corpjp') + [
        ('Date', d(dt.astimezone(UTC))), ('From', FORM_FROM), ('To', C_TO),
        ('Message-ID', ses_msgid(dt)), ('Subject', 'RE:' + C_SUBJ)]
    add('form-which-to-keep-ja', hdrs, body, 'support_reply', C_CASE, True, 'ja', new, ses_tail(dt))

def mail_c2():
    dt = datetime(2022, 9, 15, 16, 48, 12, tzinfo=JST)
    new = """山本 拓也 様

お世話になっております。
AWS トレーニングと認定 カスタマーサービスの鈴木でございます。

ご依頼いただきましたアカウントの統合作業が完了いたしましたので、ご報告申し上げます。

　①存続アカウント: AWS03391874
　②統合元アカウント（無効化済み）: AWS05520983

今後は AWS03391874 にサインインいただくことで、すべての認定資格をご確認いただけます。
なお、Credly のデジタルバッジへの反映には最大で48時間程度かかる場合がございます。

その他ご不明な点がございましたら、本メールへご返信ください。

鈴木
AWS トレーニングと認定 カスタマーサービス
"""
    hist = """
2022年9月14日(水) 8:02 山本 拓也 <t.yamamoto@tokai-seiki.co.jp>:
> 鈴木様
>
> ご連絡ありがとうございます。
> 存続させるアカウントは AWS03391874 でお願いいたします。
> サインイン用メールアドレスは以下のとおりです。
>   AWS03391874: t.yamamoto@tokai-seiki.co.jp
>   AWS05520983: takuya.yamamoto.1987@gmail.com
>
> 以上、よろしくお願いいたします。
> 山本
>
> > 2022年9月13日(火) 11:09 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 山本 拓也 様
> > お客様のお名前で下記2つの認定アカウントを確認いたしました。
> > 　・AWS-03391874
> > 　・AWS-05520983
"""
    # cp932-only characters (①②) under a plain "Shift_JIS" label, as many Japanese systems do
    body = textpart(new + hist, charset='shift_jis', codec='cp932', cte='base64', label='Shift_JIS')
    hdrs = trace(dt, C_TO, prov='corpjp') + [
        ('Date', d(dt.astimezone(UTC))), ('From', FORM_FROM), ('To', C_TO),
        ('Message-ID', ses_msgid(dt)), ('Subject', 'RE:' + C_SUBJ)]
    add('form-merge-done-ja', hdrs, body, 'merge_completed', C_CASE, True, 'ja', new, ses_tail(dt))

def mail_c3():
    dt = datetime(2022, 9, 20, 9, 0, 4, tzinfo=JST)
    new = """山本 拓也 様

AWS トレーニングと認定 カスタマーサービスです。

ケース %s につきまして、その後ご連絡がございませんでしたので、本ケースはクローズとさせていただきます。
（9月15日にご案内のとおり、認定アカウントの統合はすでに完了しております。）

今後のサービス向上のため、今回の対応についてアンケートへのご協力をお願いいたします。所要時間は1分程度です。

　▼アンケートに回答する
　https://aws-tc.amazon.com/survey/ja?c=%s

ご協力のほど、よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサービス
""" % (C_CASE, C_CASE)
    htm = html_wrap(p2html(new))
    body = alt(textpart(new, charset='iso-2022-jp', codec='iso2022_jp', cte='7bit'),
               textpart(htm, 'html', charset='utf-8', cte='quoted-printable'))
    hdrs = trace(dt, C_TO, prov='corpjp') + [
        ('Date', d(dt.astimezone(UTC))), ('From', FORM_FROM), ('To', C_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', enc_words('ケースクローズのお知らせとアンケートのお願い [CASE %s]' % C_CASE, 'iso-2022-jp'))]
    add('form-closed-also-done-ja', hdrs, body, 'survey', C_CASE, True, 'ja', new, ses_tail(dt))

for f in (mail_b1, mail_b2, mail_b3, mail_b4, mail_c0, mail_c1, mail_c2, mail_c3):
    f()


# ---------------------------------------------------------------- scenario D
# Priya Raman, Outlook.com, form-desk case 2024-11, no answer -> chaser -> closed -> new case
D_TO = 'priya.raman@outlook.com'
D_OPEN = datetime(2024, 11, 18, 6, 12, 40, tzinfo=UTC)
D_CASE = case15(D_OPEN)
D_KEEP, D_OLD = 'AWS06120458', 'AWS00938177'
D_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE

def mail_d1():
    dt = D_OPEN + timedelta(seconds=66)
    ref = 'ref:!00D5f0Bqv1.!500Vx0%s:ref' % rb64(9).replace('/', 'x').replace('+', 'Q')
    new = """Hi Priya,

We've got it! Thanks for getting in touch with AWS Training and Certification.
Your request has been logged under case number %s and is now in
the queue for our Customer Service team. You can expect to hear from one of
our specialists within 24 hours, usually sooner.

Here's a copy of what you sent us:

  Inquiry type:      AWS Training and Certification
  Inquiry detail:    Account Merge
  AWS candidate ID:  aws06120458
  Message:           I have two certification accounts, the other one is
                     AWS-00938177 from my previous job. I want one account
                     with all my certs please.

Need to add something? Just reply to this email. Please don't submit a new
form for the same request, as this creates a duplicate case and can slow
things down.

Thanks,
AWS Training and Certification

%s
""" % (D_CASE, ref)
    inner = """<div style="max-width:600px;margin:0 auto">
<div style="background:#232f3e;color:#fff;padding:14px 20px;font-size:18px">AWS Training and Certification</div>
<div style="padding:20px">
<p>Hi Priya,</p>
<p>We&#39;ve got it! Thanks for getting in touch with AWS Training and Certification.
Your request has been logged under case number <b>%s</b> and is now in the queue for our Customer Service team.
You can expect to hear from one of our specialists within 24 hours, usually sooner.</p>
<p>Here&#39;s a copy of what you sent us:</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td style="color:#687078">Inquiry type</td><td>AWS Training and Certification</td></tr>
<tr><td style="color:#687078">Inquiry detail</td><td>Account Merge</td></tr>
<tr><td style="color:#687078">AWS candidate ID</td><td>aws06120458</td></tr>
<tr><td style="color:#687078">Message</td><td>I have two certification accounts, the other one is AWS-00938177 from my previous job. I want one account with all my certs please.</td></tr>
</table>
<p>Need to add something? Just reply to this email. Please don&#39;t submit a new form for the same request, as this creates a duplicate case and can slow things down.</p>
<p>Thanks,<br />AWS Training and Certification</p>
</div>
<div style="color:#ffffff;font-size:1px">%s</div>
</div>""" % (D_CASE, ref)
    body = alt(textpart(new), textpart(html_wrap(inner), 'html'))
    hdrs = trace(dt, D_TO, prov='outlook') + [
        ('Date', d(dt)), ('From', FORM_FROM), ('To', D_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', "We've received your request [CASE %s]" % D_CASE)]
    add('form-ack-with-submission-copy', hdrs, body, 'case_created', D_CASE, True, 'en', new, ses_tail(dt))

D2_TEXT = """Dear Priya,

Greetings from AWS Training and Certification!

Thank you for writing to us. I understood that you are wanting to merge your
two certification accounts into single one.

With the candidate ID AWS06120458 you have shared, I was able to locate
one account, however I could not able to find the second account with the
details provided. Kindly provide us below information so that we can
locate it and proceed further:

1. The email address which you are using to login for both the accounts.
2. The notification email address of the both accounts, if it is different.
3. Which account you would like to retain as primary.

Once we receive the above information, we will check and update you at the
earliest.

Thanks and Regards,
Harish K
AWS Training and Certification Customer Support
"""

def mail_d2():
    dt = datetime(2024, 11, 19, 9, 50, 11, tzinfo=UTC)
    new = D2_TEXT
    htm = html_wrap(p2html(new))
    body = alt(textpart(new), textpart(htm, 'html'))
    hdrs = trace(dt, D_TO, prov='outlook') + [
        ('Date', d(dt)), ('From', FORM_FROM), ('To', D_TO),
        ('Message-ID', ses_msgid(dt)), ('Subject', 'RE: ' + D_SUBJ)]
    add('form-asks-login-emails', hdrs, body, 'support_reply', D_CASE, True, 'en', new, ses_tail(dt))

def mail_d3():
    dt = datetime(2024, 11, 22, 10, 3, 37, tzinfo=UTC)
    new = """Dear Priya,

This is a gentle follow-up on our previous email dated 19 November 2024.

We have not yet received the requested information from your end. Please
note that we require it to proceed further on your request. If we do not hear
from you within the next 3 business days, this case will be closed
automatically. You may reply to this same email thread at any time before
then.

Thanks and Regards,
Harish K
AWS Training and Certification Customer Support
"""
    hist = """
________________________________
From: Amazon Web Services <%s>
Sent: Tuesday, November 19, 2024 3:20 PM
To: priya.raman@outlook.com <priya.raman@outlook.com>
Subject: RE: %s

""" % (FORM, D_SUBJ) + D2_TEXT
    htm = html_wrap(p2html(new) + '\n<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">' + p2html(hist) + '</div>')
    body = alt(textpart(new + hist, cte='7bit', charset='us-ascii'), textpart(htm, 'html'))
    hdrs = trace(dt, D_TO, prov='outlook') + [
        ('Date', d(dt)), ('From', FORM_FROM), ('To', D_TO),
        ('Message-ID', ses_msgid(dt)), ('Subject', 'RE: ' + D_SUBJ)]
    add('form-chaser-no-response', hdrs, body, 'support_reply', D_CASE, True, 'en', new, ses_tail(dt))

def mail_d4():
    dt = datetime(2024, 11, 27, 10, 15, 2, tzinfo=UTC)
    new = """Hello,

We haven't heard back from you, so we've gone ahead and closed case
%s. If you still need help, you can reopen it by replying to this
message within the next 30 days.

We'd love to hear about your experience. Please take a moment to rate the
support you received:

  How satisfied were you with the handling of your case?
  [1] Very dissatisfied  [2]  [3]  [4]  [5] Very satisfied
  https://aws-tc.amazon.com/csat?case=%s

Thank you for choosing AWS Training and Certification.
""" % (D_CASE, D_CASE)
    inner = p2html(new).replace('[1] Very dissatisfied  [2]  [3]  [4]  [5] Very satisfied',
        ' '.join('<a href="https://aws-tc.amazon.com/csat?case=%s&amp;score=%d" style="display:inline-block;width:32px;height:32px;line-height:32px;text-align:center;border:1px solid #aab7b8;color:#232f3e;text-decoration:none">%d</a>' % (D_CASE, i, i) for i in range(1, 6)))
    body = alt(textpart(new, cte='quoted-printable'), textpart(html_wrap(inner), 'html', cte='base64'))
    hdrs = trace(dt, D_TO, prov='outlook') + [
        ('Date', d(dt)), ('From', FORM_FROM), ('To', D_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', 'Your case has been closed: [CASE %s]' % D_CASE)]
    add('form-closed-inactivity-rating', hdrs, body, 'survey', D_CASE, True, 'en', new, ses_tail(dt))

D_OPEN2 = datetime(2024, 12, 3, 4, 41, 9, tzinfo=UTC)
D_CASE2 = case15(D_OPEN2)
D_SUBJ2 = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE2

def mail_d5():
    dt = D_OPEN2 + timedelta(seconds=29)
    new = """Thank you for contacting AWS Training and Certification

Your inquiry has been received and assigned the following reference:

    Case ID:   %s
    Topic:     Account assistance
    Status:    Open - awaiting agent

What happens next?
One of our Customer Service associates will look into your request and
respond by email, typically within one business day. Responses are sent to
the email address you entered on the contact form, so please make sure it is
correct and that messages from amazon.com are not filtered as spam.

AWS Training and Certification
https://aws.amazon.com/training/
""" % D_CASE2
    htm = html_wrap(p2html(new))
    body = alt(textpart(new), textpart(htm, 'html'))
    frm = 'tc-notifications@support.aws.amazon.com'
    hdrs = trace(dt, D_TO, prov='outlook', from_dom='support.aws.amazon.com') + [
        ('Date', d(dt)), ('From', 'AWS Training and Certification <%s>' % frm),
        ('Reply-To', FORM), ('To', D_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', 'Thank you for contacting AWS Training and Certification [CASE %s]' % D_CASE2)]
    add('second-case-ack-subdomain', hdrs, body, 'case_created', D_CASE2, True, 'en', new, ses_tail(dt))

def mail_d6():
    dt = datetime(2024, 12, 4, 12, 27, 45, tzinfo=UTC)
    new = """Hello Priya,

Thank you for your patience, and apologies that your earlier request was
closed before we could complete it.

Based on the login emails you provided, I have found both of your
Certification accounts. Here is what we plan to do:

  - Surviving account (keep):   AWS06120458  (priya.raman@outlook.com)
  - Account to be merged in:    AWS00938177  (priya.r@quantivex.in)

All certifications, exam appointments history and benefits held on
AWS00938177 will be transferred to AWS06120458, after which AWS00938177
will no longer be accessible. Please note that this cannot be undone.

If everything above looks right, simply reply "Yes, please proceed" to this
email. If anything needs to change, let me know which account you would
prefer to keep.

Best regards,
Ana P.
AWS Training and Certification
"""
    hist = """
From: Priya Raman <priya.raman@outlook.com>
Sent: Tuesday, December 3, 2024 10:30 AM
To: Amazon Web Services <%s>
Subject: RE: %s

Hello,
The login emails are priya.raman@outlook.com and priya.r@quantivex.in.
I want to keep the outlook one. My earlier case %s was closed as I
missed your mail, sorry.
Regards
Priya

From: Amazon Web Services <%s>
Sent: Tuesday, December 3, 2024 10:11 AM
To: priya.raman@outlook.com
Subject: Thank you for contacting AWS Training and Certification [CASE %s]

Your inquiry has been received and assigned the following reference:
    Case ID:   %s
""" % (FORM, D_SUBJ2, D_CASE, FORM, D_CASE2, D_CASE2)
    htm = html_wrap(p2html(new) + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">' + p2html(hist) + '</div>')
    body = alt(textpart(new + hist), textpart(htm, 'html'))
    hdrs = trace(dt, D_TO, prov='outlook') + [
        ('Date', d(dt)), ('From', FORM_FROM), ('To', D_TO),
        ('Message-ID', ses_msgid(dt)), ('Subject', 'RE: ' + D_SUBJ2)]
    add('second-case-confirm-request', hdrs, body, 'merge_confirmation_requested', D_CASE2, True, 'en', new, ses_tail(dt))

# ---------------------------------------------------------------- scenario E
# Marco Bianchi, corporate Exchange (no Authentication-Results), 2019, 10-digit id
E_TO = 'marco.bianchi@hallmarkfin.eu'
E_CASE = '6512837490'
E_KEEP, E_OLD = 'AWS00288164', 'AWS00517733'

def mail_e1():
    dt = datetime(2019, 10, 7, 13, 58, 20, tzinfo=UTC)
    new = """Dear Marco Bianchi,

Thank you for contacting AWS Certification.

This email confirms that your request has been received. Your case ID is
%s. Please reference this number in any future correspondence.

A representative will contact you within 1 business day.

Sincerely,
AWS Certification Team

*** Please do not change the subject line of this email. ***
""" % E_CASE
    body = textpart(new, charset='iso-8859-1', cte='7bit', codec='latin-1')
    hdrs = trace(dt, E_TO, prov='none') + [
        ('Date', d(dt)), ('From', 'AWS Certification <aws-certification@amazon.com>'),
        ('To', 'Marco Bianchi <%s>' % E_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', 'AWS Certification - Case %s received' % E_CASE)]
    add('2019-ack-no-auth', hdrs, body, 'case_created', E_CASE, None, 'en', new, ses_tail(dt))

def mail_e2():
    dt = datetime(2019, 10, 9, 8, 31, 2, tzinfo=UTC)
    new = """Dear Marco,

Thank you for your patience.

The certification records held under AWS00517733 have now been moved to
AWS00288164, and the former account has been retired. Your AWS Certified
SysOps Administrator - Associate and AWS Certified Solutions Architect -
Associate are both listed under AWS00288164. You may log in at
https://www.aws.training/certification to verify.

Please let us know if you have any questions.

Sincerely,
Giulia
AWS Certification Team
"""
    hist = """
-----Original Message-----
From: Marco Bianchi [mailto:marco.bianchi@hallmarkfin.eu]
Sent: Tuesday, October 08, 2019 10:14 AM
To: AWS Certification <aws-certification@amazon.com>
Subject: RE: AWS Certification - Case %s received

Hello Giulia,
yes, I confirm: please keep AWS00288164 and move everything from AWS00517733.
Thank you
Marco

-----Original Message-----
From: AWS Certification [mailto:aws-certification@amazon.com]
Sent: Monday, October 07, 2019 5:40 PM
Subject: RE: AWS Certification - Case %s received

Dear Marco, we found two accounts (AWS00288164, AWS00517733). Please confirm
which one should remain.
""" % (E_CASE, E_CASE)
    # charset label says iso-8859-1 but the agent's client wrote UTF-8 curly quotes
    txt = (new + hist).replace("Thank you for your patience.", "Thank you for your patience \u2013 it\u2019s done.")
    body = textpart(txt, charset='utf-8', cte='quoted-printable', label='iso-8859-1')
    hdrs = trace(dt, E_TO, prov='none') + [
        ('Date', d(dt)), ('From', 'AWS Certification <aws-certification@amazon.com>'),
        ('To', 'Marco Bianchi <%s>' % E_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', 'RE: AWS Certification - Case %s received' % E_CASE)]
    add('2019-records-moved-wrong-charset', hdrs, body, 'merge_completed', E_CASE, None, 'en', new, ses_tail(dt))

def mail_e3():
    dt = datetime(2019, 10, 10, 2, 12, 55, tzinfo=UTC)
    badge = '-'.join([rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)])
    txt = """Marco Bianchi,

Amazon Web Services Training and Certification has issued you a badge: AWS Certified SysOps Administrator - Associate.

Your badge is waiting for you. Accept it to share your achievement on LinkedIn, Twitter and your email signature.

Accept Badge: https://www.youracclaim.com/badges/%s/accept

Want to learn more about your badge? https://www.youracclaim.com/support

Acclaim - Powered by Credly, Inc.
Unsubscribe: https://www.youracclaim.com/unsubscribe
""" % badge
    inner = """<table width="560" align="center" style="font-family:Helvetica,Arial,sans-serif"><tr><td>
<p style="font-size:20px">Marco Bianchi,</p>
<p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified SysOps Administrator - Associate</b>.</p>
<p>Your badge is waiting for you. Accept it to share your achievement on LinkedIn, Twitter and your email signature.</p>
<p><a href="https://www.youracclaim.com/badges/%s/accept" style="background:#00a1e0;color:#fff;padding:10px 24px;text-decoration:none">Accept Badge</a></p>
<p style="font-size:11px;color:#888">Acclaim &ndash; Powered by Credly, Inc. | <a href="https://www.youracclaim.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table>""" % badge
    body = alt(textpart(txt, cte='7bit', charset='us-ascii'), textpart(html_wrap(inner, 'Acclaim'), 'html'))
    hdrs = trace(dt, E_TO, prov='none', ses=False, dkim_d='youracclaim.com', from_dom='youracclaim.com',
                 mailfrom='bounces+2281044-ae11-marco.bianchi=hallmarkfin.eu@sg.youracclaim.com', sel='s1',
                 host='o3.ptr4418.youracclaim.com', ip='167.89.54.117') + [
        ('Date', d(dt)),
        ('From', 'Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>'),
        ('To', E_TO),
        ('Message-ID', '<%s@ismtpd0012p1las1.sendgrid.net>' % rb64(22)),
        ('Subject', 'Marco, your AWS Certified SysOps Administrator - Associate badge is ready to accept')]
    add('acclaim-badge-2019-no-auth', hdrs, body, 'credly_badge_issued', None, None, 'en', txt)

for f in (mail_d1, mail_d2, mail_d3, mail_d4, mail_d5, mail_d6, mail_e1, mail_e2, mail_e3):
    f()


# ---------------------------------------------------------------- scenario F
# Wei Zhang, Gmail, console case (English), three accounts, 2025-09
F_TO = 'wei.zhang.dev@gmail.com'
F_OPEN = datetime(2025, 9, 15, 2, 3, 44, tzinfo=UTC)
F_CASE = case15(F_OPEN)
F_KEEP, F_OLD1, F_OLD2 = 'AWS05873310', 'AWS08806142', 'AWS01275509'
F_SUBJ = 'Please combine my 3 AWS Certification accounts'
CONSOLE_FOOT = """
To see all the correspondence or to respond, please visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond, please visit the case in the AWS Support Center using the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""
RATE = """
We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.
"""

def console_mail(name, dt, subj, text, kind, case, new_for_ids=None, prov='gmail', to=F_TO, lang='en', enc='quoted-printable', html_too=True):
    full = text + CONSOLE_FOOT % case
    parts = [textpart(full, cte=enc)]
    if html_too:
        parts.append(textpart(html_wrap(p2html(full)), 'html', cte=enc))
    body = alt(*parts) if len(parts) > 1 else parts[0]
    hdrs = trace(dt, to, prov=prov) + [
        ('Date', d(dt)), ('From', AWS_FROM), ('To', to),
        ('Message-ID', ses_msgid(dt)), ('Subject', subj)]
    add(name, hdrs, body, kind, case, True, lang, new_for_ids or full, ses_tail(dt))

def mail_f1():
    dt = F_OPEN + timedelta(seconds=3)
    text = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: I passed exams while working for three different employers and now have three
certification accounts. Can you combine them please? I do not remember all the candidate ids.

Thank you for choosing Amazon Web Services.
""" % (F_CASE, F_CASE, F_SUBJ)
    console_mail('console-new-case-three-accounts', dt, 'Amazon Web Services: You have opened a new Support case: %s' % F_CASE,
                 text, 'case_created', F_CASE)

def mail_f2():
    dt = datetime(2025, 9, 16, 11, 26, 8, tzinfo=UTC)
    text = """Hello,

Thank you for contacting AWS Support. My name is Rohan and I will be assisting you on this case.

I have checked with our records and could find below 3 Certification accounts under your name:

1) AWS05873310 - wei.zhang.dev@gmail.com (most recent activity)
2) AWS08806142 - wzhang@corvantis.com
3) AWS 01275509 - wei.zhang@northbeam-labs.io

As per your request, we will merge the accounts AWS08806142 and AWS 01275509 into AWS05873310, which will be the primary account going forward. Your certifications and benefits from the other two accounts will be moved to the primary account and the other two accounts will be closed.

Kindly note that once the merge is done it can not be reverted.

Request you to please confirm the above by replying on this case in the Support Center, so that I can raise the request with the concerned team.
%s
Best regards,

Rohan S.
Amazon Web Services
""" % RATE
    console_mail('console-agent-three-accounts-confirm', dt, 'RE:[CASE %s] %s' % (F_CASE, F_SUBJ),
                 text, 'merge_confirmation_requested', F_CASE)

def mail_f3():
    dt = datetime(2025, 9, 17, 6, 44, 51, tzinfo=UTC)
    text = """Hello,

Thank you for the confirmation.

I have raised the request with our internal Certification team and it is in progress now. Usually this process takes 3-5 business days. Once the merge is complete we will update you on this case, and you will also receive the badges in Credly again for the primary account.

Meanwhile, please avoid scheduling any new exam on the accounts that are being closed.

I appreciate your patience and understanding.
%s
Best regards,

Rohan S.
Amazon Web Services
""" % RATE
    console_mail('console-in-progress-once-complete', dt, 'RE:[CASE %s] %s' % (F_CASE, F_SUBJ),
                 text, 'support_reply', F_CASE)

def mail_f4():
    dt = datetime(2025, 9, 19, 14, 2, 30, tzinfo=UTC)
    text = """Hello,

I hope you are doing well.

I am writing to inform you that our internal team has consolidated your Certification accounts. AWS08806142 and AWS01275509 have been closed, and all of your certifications are now showing under AWS05873310.

Please sign in to your Certification account with wei.zhang.dev@gmail.com and verify that everything is listed correctly. Your Credly badges will be reissued to the email address of the primary account within 2-3 business days.

If there is anything else I can help you with, please feel free to reach out.
%s
Best regards,

Rohan S.
Amazon Web Services
""" % RATE
    console_mail('console-consolidated-with-rating-footer', dt, 'RE:[CASE %s] %s' % (F_CASE, F_SUBJ),
                 text, 'merge_completed', F_CASE)

def mail_f5():
    dt = datetime(2025, 9, 22, 14, 5, 11, tzinfo=UTC)
    inner = """<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:'Amazon Ember',Arial,sans-serif">
<tr><td style="background:#232f3e;padding:18px"><span style="color:#fff;font-size:20px">AWS Support</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px">
<p>Hello,</p>
<p>We resolved your support case <b>%s</b> &ldquo;%s&rdquo;. We hope it went well.</p>
<p>Please take 2 minutes to tell us about your experience. Your answers go straight to the AWS Support leadership team.</p>
<p><b>Overall, how satisfied are you with the support you received on this case?</b></p>
<table cellpadding="6"><tr>%s</tr><tr><td colspan="3" style="font-size:11px;color:#687078">Very dissatisfied</td><td colspan="2" align="right" style="font-size:11px;color:#687078">Very satisfied</td></tr></table>
<p>If your issue isn&rsquo;t fully resolved, you can reopen the case from the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s">Support Center</a>.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">This survey is anonymous to the agent. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. <a href="https://aws.amazon.com/privacy/">Privacy</a></td></tr>
</table>""" % (F_CASE, F_SUBJ,
        ''.join('<td><a href="https://survey.support.aws.amazon.com/s/%s?score=%d" style="display:block;width:40px;height:40px;line-height:40px;text-align:center;background:#f2f3f3;color:#16191f;text-decoration:none;font-weight:bold">%d</a></td>' % (rhex(16), i, i) for i in range(1, 6)),
        F_CASE)
    htm = html_wrap(inner, 'AWS Support')
    body = textpart(htm, 'html', cte='quoted-printable')
    hdrs = trace(dt, F_TO) + [
        ('Date', d(dt)), ('From', 'AWS Support <aws-support-survey@amazon.com>'), ('To', F_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', 'How did we do? Your AWS Support case %s' % F_CASE)]
    add('console-csat-html-only', hdrs, body, 'survey', F_CASE, True, 'en', strip_html(htm), ses_tail(dt))

def mail_f6():
    dt = datetime(2025, 9, 21, 20, 37, 9, tzinfo=UTC)
    names = ['AWS Certified Solutions Architect - Professional', 'AWS Certified DevOps Engineer - Professional', 'AWS Certified Security - Specialty']
    rows = ''.join('<tr><td style="padding:8px 0"><img src="https://images.credly.com/size/110x110/images/%s/image.png" width="55" alt="" /></td><td style="padding:8px 12px;font-size:15px">%s</td><td><a href="https://www.credly.com/badges/%s/accept" style="color:#ff6b00">Accept</a></td></tr>' % (
        '-'.join([rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)]), n, '-'.join([rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)])) for n in names)
    inner = """<table width="560" align="center" style="font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td><p style="font-size:22px;font-weight:bold">Wei, you have 3 new badges</p>
<p>Amazon Web Services Training and Certification has issued the following badges to <b>wei.zhang.dev@gmail.com</b>. They were previously associated with another of your certification records and have been issued again to this email address.</p>
<table>%s</table>
<p><a href="https://www.credly.com/earner/earned?utm_campaign=badge_issued" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badges</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; <a href="https://www.credly.com/notification_settings">Email preferences</a> &middot; <a href="https://www.credly.com/privacy">Privacy</a></p>
</td></tr></table>""" % rows
    htm = html_wrap(inner, 'Credly')
    body = textpart(htm, 'html', cte='base64')
    hdrs = credly_trace(dt, F_TO) + [
        ('Date', d(dt)),
        ('From', 'Amazon Web Services Training and Certification via Credly <admin@credly.com>'),
        ('To', F_TO),
        ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22), rnd.randint(1, 40))),
        ('Subject', 'You have 3 new badges from Amazon Web Services Training and Certification')]
    add('credly-three-badges-reissued', hdrs, body, 'credly_badge_issued', None, True, 'en', strip_html(htm))

# ---------------------------------------------------------------- scenario G
# Fatima Al-Sayed, Yahoo, helpdesk-style (Zendesk-like) template, 2021, 11-digit id
G_TO = 'fatima.alsayed@yahoo.com'
G_CASE = '10145873206'
G_FROM = 'AWS Training & Certification Support <tc-support@amazon.com>'
ZD_LINE = '##- Please type your reply above this line -##'

def mail_g1():
    dt = datetime(2021, 6, 8, 9, 17, 3, tzinfo=UTC)
    new = """%s

Your request (%s) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

Fatima Al-Sayed, Jun 8, 2021, 09:16 UTC

Hello, I have two certification accounts (one from my old job email fatima.s@dunemark.ae) and would like to merge them into my current one. Thank you.

----------------------------------------------

This email is a service from AWS Training & Certification Support.
[%s-%s]
""" % (ZD_LINE, G_CASE, rb64(6).upper().replace('/', 'K').replace('+', 'Z'), rb64(6).upper().replace('/', 'J').replace('+', 'Q'))
    # The echoed request is part of this notification (not quoted reply history)
    inner = """<div style="color:#b5b5b5">%s</div>
<p dir="ltr">Your request (%s) has been received and is being reviewed by our support staff.</p>
<p dir="ltr">To add additional comments, reply to this email.</p>
<div style="margin-top:25px"><table width="100%%" cellpadding="0" cellspacing="0" border="0">
<tr><td width="100%%" style="padding:15px 0;border-top:1px dotted #c5c5c5">
<p style="font-size:15px;font-weight:bold;margin:0">Fatima Al-Sayed</p><p style="color:#bbbbbb;font-size:13px;margin:0">Jun 8, 2021, 09:16 UTC</p>
<p dir="ltr" style="color:#2b2e2f;font-size:14px;line-height:22px">Hello, I have two certification accounts (one from my old job email fatima.s@dunemark.ae) and would like to merge them into my current one. Thank you.</p>
</td></tr></table></div>
<p style="color:#aaaaaa;font-size:11px">This email is a service from AWS Training &amp; Certification Support.</p>""" % (ZD_LINE, G_CASE)
    body = alt(textpart(new, cte='quoted-printable'), textpart(html_wrap(inner), 'html', cte='quoted-printable'))
    hdrs = trace(dt, G_TO, prov='yahoo') + [
        ('Date', d(dt)), ('From', G_FROM), ('Reply-To', G_FROM), ('To', 'Fatima Al-Sayed <%s>' % G_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', '[AWS T&C Support] Re: Account merge request (#%s)' % G_CASE)]
    add('helpdesk-request-received', hdrs, body, 'case_created', G_CASE, True, 'en', new, ses_tail(dt))

def mail_g2():
    dt = datetime(2021, 6, 10, 15, 40, 27, tzinfo=UTC)
    new = """%s

Your request (#%s) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Kwame (AWS Training & Certification Support)

Jun 10, 2021, 15:40 UTC

Hi Fatima,

Just a quick status note: your request is with our certification records team, who handle account consolidations. They have not finished their review yet, and I will let you know as soon as I hear back. No action is needed from you in the meantime.

Kind regards,
Kwame
""" % (ZD_LINE, G_CASE)
    hist = """
----------------------------------------------

Kwame (AWS Training & Certification Support)

Jun 9, 2021, 11:02 UTC

Hi Fatima,

Thanks for the details. I can confirm that AWS07046621 will be kept and AWS02950316 merged into it. Could you reply "confirm" so we can go ahead?

----------------------------------------------

Fatima Al-Sayed

Jun 8, 2021, 09:16 UTC

Hello, I have two certification accounts (one from my old job email fatima.s@dunemark.ae) and would like to merge them into my current one. Thank you.

----------------------------------------------

This email is a service from AWS Training & Certification Support.
"""
    body = alt(textpart(new + hist, cte='quoted-printable'),
               textpart(html_wrap(p2html(new) + '<div style="color:#666">' + p2html(hist) + '</div>'), 'html', cte='base64'))
    hdrs = trace(dt, G_TO, prov='yahoo') + [
        ('Date', d(dt)), ('From', G_FROM), ('Reply-To', G_FROM), ('To', 'Fatima Al-Sayed <%s>' % G_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', '[AWS T&C Support] Re: Account merge request (#%s)' % G_CASE)]
    add('helpdesk-status-note', hdrs, body, 'support_reply', G_CASE, True, 'en', new, ses_tail(dt))

def mail_g3():
    dt = datetime(2021, 6, 15, 16, 0, 41, tzinfo=UTC)
    new = """Hello Fatima,

We'd love to hear what you think of our customer service. Please take a moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://awstcsupport.amazon.com/requests/%s/satisfaction/new/%s?locale=1&intention=16

Bad, I'm unsatisfied
https://awstcsupport.amazon.com/requests/%s/satisfaction/new/%s?locale=1&intention=4

Here's a reminder of what your request (#%s) was about:
----------------------------------------------
Kwame (AWS Training & Certification Support)
Jun 14, 2021, 10:12 UTC

Hi Fatima, your two accounts are now one; everything is under AWS07046621. I'll mark this request as solved.
----------------------------------------------
""" % (G_CASE, rb64(20).replace('/', 'x'), G_CASE, rb64(20).replace('/', 'x'), G_CASE)
    body = alt(textpart(new, cte='quoted-printable'), textpart(html_wrap(p2html(new)), 'html', cte='quoted-printable'))
    hdrs = trace(dt, G_TO, prov='yahoo') + [
        ('Date', d(dt)), ('From', G_FROM), ('To', 'Fatima Al-Sayed <%s>' % G_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', '[AWS T&C Support] Rate your support experience: Account merge request (#%s)' % G_CASE)]
    # the reminder block is a copy of an earlier comment: history, not this mail's own text
    own = new.split("Here's a reminder")[0]
    add('helpdesk-rate-your-experience', hdrs, body, 'survey', G_CASE, True, 'en', own, ses_tail(dt))

for f in (mail_f1, mail_f2, mail_f3, mail_f4, mail_f5, mail_f6, mail_g1, mail_g2, mail_g3):
    f()


# ---------------------------------------------------------------- unrelated look-alikes (1)
def ext_trace(dt, to, dom, prov='gmail', host=None, ip=None, mailfrom=None, sel='s1', **kw):
    return trace(dt, to, prov=prov, from_dom=dom, dkim_d=dom, ses=False,
                 mailfrom=mailfrom or 'bounce-%s@%s' % (rdig(6), dom),
                 host=host or 'mail%d.%s' % (rnd.randint(1, 9), dom),
                 ip=ip or '%d.%d.%d.%d' % (rnd.choice([198, 192, 149, 205]), rnd.randint(1, 254), rnd.randint(1, 254), rnd.randint(1, 254)),
                 sel=sel, dmarc_pol=kw.pop('dmarc_pol', 'NONE'), **kw)

def mail_u1():
    dt = datetime(2025, 6, 3, 16, 20, 0, tzinfo=UTC)
    new = """Dear Daniel Okafor,

AWS Certification wants to hear from you!

You recently took an AWS Certification exam. We would appreciate a few minutes
of your time to tell us about your experience, from registration through exam
day. Your feedback is anonymous and will help us improve the AWS Certification
program.

Take the survey: https://www.certmetrics.com/amazon/public/survey.aspx?t=%s

AWS Candidate ID: AWS04417296

Thank you,
AWS Certification

Please do not reply to this email. This mailbox is not monitored.
""" % rhex(32)
    body = alt(textpart(new, cte='7bit', charset='us-ascii'), textpart(html_wrap(p2html(new), 'AWS Certification'), 'html'))
    hdrs = ext_trace(dt, A_TO, 'certmetrics.com', host='smtp2.certmetrics.com', ip='40.107.22.118') + [
        ('Date', d(dt)), ('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', A_TO),
        ('Message-ID', '<%s@certmetrics.com>' % rhex(32)),
        ('Subject', 'AWS Certification wants to hear from you')]
    add('certmetrics-wants-to-hear', hdrs, body, 'unrelated', None, False, 'en', new)

def mail_u2():
    dt = datetime(2025, 4, 2, 1, 15, 30, tzinfo=UTC)
    valid = ''.join(rnd.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(16))
    new = """Dear Misaki Sato,

Congratulations! You have successfully recertified and maintained your AWS Certified
Solutions Architect - Associate certification.

Certification: AWS Certified Solutions Architect - Associate
Validation Number: %s
Validate at: https://aws.amazon.com/verification
Certification ID: %s
Candidate ID: AWS02286019
Expiration Date: Mar 30, 2028

Your digital badge will be available in Credly shortly. You can download your
certificate and access your benefits in your AWS Certification Account.

Best,
AWS Training and Certification
""" % (valid, rhex(32))
    body = textpart(new, cte='quoted-printable')
    hdrs = ext_trace(dt, B_TO, 'certmetrics.com', prov='nifty', host='smtp1.certmetrics.com', ip='40.107.21.92') + [
        ('Date', d(dt)), ('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', B_TO),
        ('Message-ID', '<%s@certmetrics.com>' % rhex(32)),
        ('Subject', 'Congratulations on recertifying your AWS Certification')]
    add('certmetrics-recertified', hdrs, body, 'unrelated', None, False, 'en', new)

def mail_u3():
    dt = datetime(2025, 10, 2, 3, 44, 10, tzinfo=UTC)
    reg = rdig(9)
    new = """Pearson VUE Confirmation of Booking

Dear Wei Zhang,

Thank you for scheduling your exam. This email confirms your appointment.

Exam:               SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID:    %s
Candidate ID:       AWS05873310
Date and time:      Saturday, October 18, 2025 at 9:00 AM Pacific Daylight Time
Delivery:           OnVUE online proctored exam
Language:           English

Before your exam, run the system test on the computer you will use:
https://home.pearsonvue.com/aws/onvue

To reschedule or cancel, sign in at https://home.pearsonvue.com/aws at least
24 hours before your appointment.

Sincerely,
Pearson VUE
""" % reg
    body = alt(textpart(new), textpart(html_wrap(p2html(new), 'Pearson VUE'), 'html'))
    hdrs = ext_trace(dt, F_TO, 'pearson.com', host='mx0b-00186d01.pphosted.com', ip='148.163.154.118', dmarc_pol='REJECT') + [
        ('Date', d(dt)), ('From', 'Pearson VUE <pearsonvueconfirmation@pearson.com>'), ('To', F_TO),
        ('Message-ID', '<%s.JavaMail.vue@pvprdapp%02d>' % (rdig(12), rnd.randint(1, 20))),
        ('Subject', 'Pearson VUE Confirmation of Booking, Registration ID %s' % reg)]
    add('pearson-vue-booking', hdrs, body, 'unrelated', None, False, 'en', new)

def mail_u4():
    dt = datetime(2022, 10, 3, 12, 30, 0, tzinfo=JST)
    new = """山本 拓也 様

この度は Pearson VUE をご利用いただき、誠にありがとうございます。
以下の内容で試験の予約を承りました。

試験名　　: AWS Certified Developer - Associate (DVA-C01) 日本語
登録番号　: %s
受験者ID　: AWS03391874
受験日時　: 2022年10月21日(金) 13:30
テストセンター: 名古屋駅前テストセンター

試験当日は、有効な身分証明書を2点ご持参のうえ、開始時刻の15分前までにお越しください。
予約の変更・キャンセルは、試験日の24時間前までにPearson VUEのウェブサイトから行ってください。

Pearson VUE
""" % rdig(9)
    body = textpart(new, charset='iso-2022-jp', codec='iso2022_jp', cte='7bit')
    hdrs = ext_trace(dt, C_TO, 'pearson.com', prov='corpjp', host='mx0a-00186d01.pphosted.com', ip='148.163.150.33') + [
        ('Date', d(dt)), ('From', 'Pearson VUE <donotreply@pearson.com>'), ('To', C_TO),
        ('Message-ID', '<%s.JavaMail.vue@pvprdapp%02d>' % (rdig(12), rnd.randint(1, 20))),
        ('Subject', enc_words('【Pearson VUE】試験予約確認のお知らせ', 'iso-2022-jp'))]
    add('pearson-vue-booking-ja', hdrs, body, 'unrelated', None, False, 'ja', new)

def mail_u5():
    dt = datetime(2025, 8, 4, 7, 2, 19, tzinfo=UTC)
    code = rdig(6)
    new = """Verify your AWS Builder ID email address

Hello,

Thank you for creating an AWS Builder ID. To finish signing up, enter the
following verification code:

Verification code: %s

This code expires 30 minutes after it was sent.

If you did not request this code, you can ignore this email.

Amazon Web Services
""" % code
    inner = """<div style="max-width:560px;margin:auto;font-family:Arial">
<h2 style="color:#232f3e">Verify your AWS Builder ID email address</h2>
<p>Hello,</p><p>Thank you for creating an AWS Builder ID. To finish signing up, enter the following verification code:</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px">%s</p>
<p>This code expires 30 minutes after it was sent.</p>
<p style="color:#687078;font-size:12px">If you did not request this code, you can ignore this email.</p></div>""" % code
    body = alt(textpart(new), textpart(html_wrap(inner), 'html'))
    hdrs = trace(dt, E_TO, prov='none', from_dom='signin.aws', dkim_d='signin.aws', extra_dkim=True) + [
        ('Date', d(dt)), ('From', 'AWS <no-reply@signin.aws>'), ('To', E_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', 'Verify your AWS Builder ID email address')]
    add('builder-id-code-no-auth', hdrs, body, 'unrelated', None, None, 'en', new, ses_tail(dt))

def mail_u6():
    dt = datetime(2025, 6, 12, 18, 7, 40, tzinfo=UTC)
    sc = '5884881212'
    new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that you would like the two detail pages for your product
(ASIN B0C7K2M9QX and ASIN B0C7K4TT1L) to be merged into a single listing.

I have submitted a merge request to our catalog team on your behalf. This
usually takes 48 to 72 hours. Once the listings have been merged, the
combined detail page will show all offers and reviews. If the merge is not
approved, you will receive a separate notification with the reason.

Was this email helpful? If yes, please click here:
https://sellercentral.amazon.com/cu/contact-us/feedback?caseID=%s&helpful=yes

We appreciate your business.

Thank you,
Rakesh
Amazon Selling Partner Support

Visit the Case Log to view the full history of this case:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s
""" % (sc, sc)
    body = alt(textpart(new), textpart(html_wrap(p2html(new), 'Seller Central'), 'html'))
    hdrs = trace(dt, A_TO) + [
        ('Date', d(dt)), ('From', 'Amazon Seller Central <seller-notification@amazon.com>'), ('To', A_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', 'RE:[CASE %s] Merge duplicate ASIN detail pages' % sc)]
    add('seller-central-merge-asins', hdrs, body, 'unrelated', sc, True, 'en', new, ses_tail(dt))

def mail_u7():
    open_ = datetime(2025, 9, 30, 21, 18, 2, tzinfo=UTC)
    cid = case15(open_)
    dt = open_ + timedelta(seconds=2)
    text = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Unexpected charges for NAT Gateway on September invoice
Severity: General guidance
Correspondence: Hello, my September bill shows USD 212 of NAT Gateway data processing in us-west-2 but I
deleted the VPC in August. Please check.

Thank you for choosing Amazon Web Services.
""" % (cid, cid)
    console_mail('console-new-case-billing', dt, 'Amazon Web Services: You have opened a new Support case: %s' % cid,
                 text, 'unrelated', cid)

def mail_u8():
    cid = case15(datetime(2025, 7, 8, 4, 50, 31, tzinfo=UTC))
    dt = datetime(2025, 7, 11, 17, 3, 22, tzinfo=UTC)
    subj = 'Service Quotas: Increase Lambda concurrent executions in eu-west-1'
    inner = """<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:'Amazon Ember',Arial,sans-serif">
<tr><td style="background:#232f3e;padding:18px"><span style="color:#fff;font-size:20px">AWS Support</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px">
<p>Hello,</p>
<p>We resolved your support case <b>%s</b> &ldquo;%s&rdquo;. We hope it went well.</p>
<p>Please take 2 minutes to tell us about your experience.</p>
<p><b>Overall, how satisfied are you with the support you received on this case?</b></p>
<p>%s</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109.</td></tr>
</table>""" % (cid, subj, ' '.join('<a href="https://survey.support.aws.amazon.com/s/%s?score=%d">%d</a>' % (rhex(16), i, i) for i in range(1, 6)))
    htm = html_wrap(inner, 'AWS Support')
    body = textpart(htm, 'html', cte='quoted-printable')
    hdrs = trace(dt, D_TO, prov='outlook') + [
        ('Date', d(dt)), ('From', 'AWS Support <aws-support-survey@amazon.com>'), ('To', D_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', 'How did we do? Your AWS Support case %s' % cid)]
    add('quota-case-csat', hdrs, body, 'unrelated', cid, True, 'en', strip_html(htm), ses_tail(dt))

def mail_u9():
    dt = datetime(2025, 6, 20, 10, 0, 12, tzinfo=UTC)
    code = rdig(6)
    new = """Hi Daniel,

We received a request to merge the Credly account registered to
d.okafor@lumenbyte.io into your account daniel.okafor88@gmail.com.

Your verification code is: %s

Enter this code on the merge page, or click the button below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

Once merged, all badges from both accounts will appear in one profile. If you
didn't request this, you can ignore this email and nothing will change.

The Credly Team
""" % (code, rhex(40))
    inner = p2html(new).replace('Complete Account Merge: https://www.credly.com/users/merge/confirm?token=',
                                '<a style="background:#ff6b00;color:#fff;padding:10px 22px;text-decoration:none" href="https://www.credly.com/users/merge/confirm?token=')
    inner = re.sub(r'(token=[0-9a-f]{40})', r'\1">Complete Account Merge</a>', inner)
    body = alt(textpart(new), textpart(html_wrap(inner, 'Credly'), 'html'))
    hdrs = credly_trace(dt, A_TO) + [
        ('Date', d(dt)), ('From', 'Credly <admin@credly.com>'), ('To', A_TO),
        ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22), rnd.randint(1, 40))),
        ('Subject', 'Your Credly account merge verification code')]
    add('credly-self-service-merge-code', hdrs, body, 'unrelated', None, True, 'en', new)

for f in (mail_u1, mail_u2, mail_u3, mail_u4, mail_u5, mail_u6, mail_u7, mail_u8, mail_u9):
    f()


# ---------------------------------------------------------------- unrelated look-alikes (2)
def mail_u10():
    dt = datetime(2025, 8, 14, 15, 30, 5, tzinfo=UTC)
    new = """Hi Priya,

Your AWS Certified Cloud Practitioner badge issued by Amazon Web Services
Training and Certification will expire on November 12, 2025.

To keep your badge active, complete the recertification requirements set by
the issuer before the expiration date. Once the issuer renews your
certification, an updated badge will be issued to you.

View badge: https://www.credly.com/badges/%s
Learn about recertification: https://aws.amazon.com/certification/recertification/

Credly, Inc.
Manage email preferences: https://www.credly.com/notification_settings
""" % '-'.join([rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)])
    body = alt(textpart(new), textpart(html_wrap(p2html(new), 'Credly'), 'html'))
    hdrs = credly_trace(dt, D_TO, prov='outlook') + [
        ('Date', d(dt)), ('From', 'Credly <admin@credly.com>'), ('To', D_TO),
        ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22), rnd.randint(1, 40))),
        ('Subject', 'Your AWS Certified Cloud Practitioner badge expires in 90 days')]
    add('credly-expiry-reminder', hdrs, body, 'unrelated', None, True, 'en', new)

def mail_u11():
    dt = datetime(2025, 7, 1, 13, 0, 0, tzinfo=UTC)
    new = """CloudPrep Academy Weekly - July 2025

Hi Wei,

THIS WEEK
* New SAA-C03 practice exam set (65 questions, updated for 2025)
* How to merge your AWS Certification accounts before booking your next exam
  (a 5-minute guide from a reader who did it last month)
* Flash sale: 30%% off all Professional-level courses with code SUMMER30

STUDY TIP
If you passed exams at different employers, check that all of your
certifications are under one candidate account before you recertify, so
your 50%% discount voucher is in the right place.

Happy studying,
The CloudPrep Academy team

You are receiving this because you subscribed at cloudprepacademy.com.
Unsubscribe: https://cloudprepacademy.com/u/%s
CloudPrep Academy Pte. Ltd., 71 Robinson Road, Singapore 068895
""" % rhex(20)
    body = alt(textpart(new), textpart(html_wrap(p2html(new), 'CloudPrep Academy'), 'html', cte='base64'))
    hdrs = ext_trace(dt, F_TO, 'cloudprepacademy.com', host='mail148-31.mcsv.net', ip='198.2.148.31', mailfrom='bounce-mc.us21_%s@mail148-31.mcsv.net' % rdig(8)) + [
        ('Date', d(dt)), ('From', 'CloudPrep Academy <news@cloudprepacademy.com>'), ('To', F_TO),
        ('Message-ID', '<%s@mcsv.net>' % rhex(24)),
        ('List-Unsubscribe', '<https://cloudprepacademy.com/u/%s>, <mailto:unsubscribe@cloudprepacademy.com>' % rhex(20)),
        ('Subject', 'Merge your cert accounts, new SAA-C03 practice set, and 30% off')]
    add('vendor-newsletter-merge-tip', hdrs, body, 'unrelated', None, False, 'en', new)

def mail_u12():
    dt = datetime(2025, 5, 29, 19, 12, 44, tzinfo=UTC)
    new = """Merged #412 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/lumenbyte/cert-tracker/pull/412#event-%s
You are receiving this because you authored the thread.

Message ID: <lumenbyte/cert-tracker/pull/412/issue_event/%s@github.com>
""" % (rdig(11), rdig(11))
    body = alt(textpart(new, cte='7bit', charset='UTF-8', label='bare'),
               textpart(html_wrap('<p>Merged <a href="https://github.com/lumenbyte/cert-tracker/pull/412">#412</a> into main.</p>', 'GitHub'), 'html', cte='7bit', charset='UTF-8', label='bare'))
    hdrs = ext_trace(dt, A_TO, 'github.com', host='out-21.smtp.github.com', ip='192.30.252.204', sel='pf2023', dmarc_pol='REJECT') + [
        ('Date', d(dt)), ('From', 'Sam Lindqvist <notifications@github.com>'),
        ('Reply-To', 'lumenbyte/cert-tracker <reply+%s@reply.github.com>' % rhex(40).upper()),
        ('To', 'lumenbyte/cert-tracker <cert-tracker@noreply.github.com>'),
        ('Cc', 'Daniel Okafor <%s>, Author <author@noreply.github.com>' % A_TO),
        ('Message-ID', '<lumenbyte/cert-tracker/pull/412/issue_event/%s@github.com>' % rdig(11)),
        ('In-Reply-To', '<lumenbyte/cert-tracker/pull/412@github.com>'),
        ('Subject', 'Re: [lumenbyte/cert-tracker] Merge candidate accounts by AWS ID before export (PR #412)')]
    add('github-pr-merged', hdrs, body, 'unrelated', None, False, 'en', new)

def mail_u13():
    dt = datetime(2025, 6, 9, 3, 21, 9, tzinfo=UTC)
    new = """Dear Candidate,

Our records show that your AWS Certification profile has not been verified
since your last exam. Unverified profiles lose access to exam benefits,
including the 50%% discount voucher, after 48 hours.

To keep your benefits, please verify your profile now:

    https://aws-certification-portal.verify-candidate.net/login?ref=%s

AWS Certification Security Team
(c) 2025 Amazon Web Services, Inc.
""" % rhex(10)
    inner = p2html(new).replace('https://aws-certification-portal.verify-candidate.net/login?ref=',
        '<a href="https://aws-certification-portal.verify-candidate.net/login?ref=').replace('\n\nAWS Cert', '\n\nAWS Cert')
    inner = re.sub(r'(ref=[0-9a-f]{10})', r'\1">Verify my profile</a>', inner)
    body = alt(textpart(new), textpart(html_wrap(inner), 'html'))
    hdrs = trace(dt, A_TO, from_dom='aws-certificaton-team.com', dkim_d='aws-certificaton-team.com', ses=False,
                 mailfrom='info@aws-certificaton-team.com', host='vps-4471.hostplanet.top', ip='185.222.58.71',
                 dmarc_res='pass', dmarc_pol='NONE', sel='default') + [
        ('Date', d(dt)), ('From', 'AWS Certification <security@aws-certificaton-team.com>'), ('To', A_TO),
        ('Message-ID', '<%s@aws-certificaton-team.com>' % rhex(20)),
        ('Subject', 'Action required: verify your AWS Certification profile within 48 hours')]
    add('phish-verify-profile-not-merge', hdrs, body, 'unrelated', None, False, 'en', new)

def mail_u14():
    open_ = datetime(2025, 4, 21, 10, 2, 40, tzinfo=JST)
    cid = case15(open_)
    dt = open_ + timedelta(seconds=4)
    new = """Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース %s を作成しました。

ケース ID: %s
件名: 4月分の請求書の支払い方法（請求書払い）への変更について
重要度: 一般的なガイダンス
問い合わせタイプ: アカウントおよび請求

ケースの詳細の確認、または情報の追加を行うには、サポートセンターをご利用ください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用のアドレスからお送りしています。

Amazon Web Services
""" % (cid, cid, cid)
    body = alt(textpart(new, charset='iso-2022-jp', codec='iso2022_jp', cte='7bit'),
               textpart(html_wrap(p2html(new)), 'html', cte='base64'))
    hdrs = trace(dt, 'keiri@tokai-seiki.co.jp', prov='corpjp') + [
        ('Date', d(dt.astimezone(UTC))), ('From', AWS_FROM), ('To', 'keiri@tokai-seiki.co.jp'),
        ('Cc', C_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', enc_words('Amazon Web Services: 新しいサポートケースを作成しました: %s' % cid, 'iso-2022-jp'))]
    add('console-new-case-billing-ja', hdrs, body, 'unrelated', cid, True, 'ja', new, ses_tail(dt))

def mail_u15():
    dt = datetime(2025, 9, 9, 16, 0, 0, tzinfo=UTC)
    inner = """<table width="600" align="center" style="font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:20px"><span style="color:#fff;font-size:18px">AWS Training and Certification</span></td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:24px">Your next certification starts here</h1>
<p>Hi there,</p>
<p>New this month on AWS Skill Builder: Exam Prep Plans for AWS Certified AI Practitioner and AWS Certified Machine Learning Engineer &ndash; Associate, with official practice exams and hands-on labs.</p>
<p><a href="https://skillbuilder.aws/exam-prep?trk=%s" style="background:#ff9900;color:#16191f;padding:10px 22px;text-decoration:none;font-weight:bold">Start your plan</a></p>
<p>Already certified? Remember that your certification benefits, including a 50%% discount on your next exam, are available in your AWS Certification Account.</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">You are receiving this email because you opted in to AWS Training and Certification communications. <a href="https://pages.awscloud.com/communication-preferences?trk=%s">Unsubscribe</a>.<br />Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave North, Seattle, WA 98109</td></tr>
</table>""" % (rhex(12), rhex(12))
    htm = html_wrap(inner, 'AWS Training and Certification')
    body = textpart(htm, 'html', cte='quoted-printable')
    hdrs = trace(dt, D_TO, prov='outlook') + [
        ('Date', d(dt)), ('From', 'AWS Training and Certification <aws-training-certification@amazon.com>'), ('To', D_TO),
        ('Message-ID', ses_msgid(dt)),
        ('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences?trk=%s>' % rhex(12)),
        ('Subject', 'New Exam Prep Plans on AWS Skill Builder')]
    add('aws-tc-newsletter', hdrs, body, 'unrelated', None, True, 'en', strip_html(htm), ses_tail(dt))

def mail_u16():
    dt = datetime(2025, 3, 5, 11, 12, 0, tzinfo=JST)
    new = """佐藤 美咲 様

このたびは「AWS 認定 ソリューションアーキテクト - プロフェッショナル 試験対策講座（オンライン・3日間）」にお申し込みいただき、誠にありがとうございます。
以下の内容でお申し込みを受け付けいたしました。

■受付番号　: CSK-20250305-0412
■講座名　　: AWS 認定 ソリューションアーキテクト - プロフェッショナル 試験対策講座
■開催日程　: 2025年4月8日(火)〜4月10日(木) 10:00〜17:00
■受講形態　: オンライン（Zoom）
■受講料　　: 187,000円（税込）

ご請求書は別途メールにてお送りいたします。
受講用URLは開催日の3営業日前までにご案内いたします。

※AWS 認定試験の受験申し込みは本講座には含まれません。試験のお申し込みおよびAWS 認定アカウントに関するお問い合わせは、AWS へ直接お願いいたします。

――――――――――――――――――――
クラウドスキル研修センター 受付事務局
E-mail: info@cloudskill-kenshu.jp
TEL: 03-5555-0184（平日 9:30〜17:30）
――――――――――――――――――――
"""
    body = textpart(new, charset='iso-2022-jp', codec='iso2022_jp', cte='7bit')
    hdrs = ext_trace(dt, B_TO, 'cloudskill-kenshu.jp', prov='nifty', host='sv8012.xserver.jp', ip='183.90.232.18') + [
        ('Date', d(dt)), ('From', addr('クラウドスキル研修センター', 'info@cloudskill-kenshu.jp', 'iso-2022-jp')), ('To', B_TO),
        ('Message-ID', '<%s@cloudskill-kenshu.jp>' % rhex(16)),
        ('X-Mailer', 'WPMailSMTP/Mailer/smtp 3.11.1'),
        ('Subject', enc_words('【受付完了】AWS 認定 試験対策講座のお申し込みありがとうございます', 'iso-2022-jp'))]
    add('training-vendor-registration-ja', hdrs, body, 'unrelated', None, False, 'ja', new)

def mail_u17():
    dt = datetime(2025, 9, 18, 8, 55, 13, tzinfo=UTC)
    new = """Kai Brenner merged merge request !58 at Platform / infra-modules

Project:Branches: platform/infra-modules:feature/merge-iam-accounts to platform/infra-modules:main
Author: Wei Zhang
Assignee: Kai Brenner

-- 
Reply to this email directly or view it on GitLab: https://gitlab.com/northbeam/platform/infra-modules/-/merge_requests/58
You're receiving this email because of your account on gitlab.com.
"""
    body = alt(textpart(new, cte='quoted-printable'), textpart(html_wrap(p2html(new), 'GitLab'), 'html', cte='quoted-printable'))
    hdrs = ext_trace(dt, F_TO, 'mg.gitlab.com', host='mail-198-61-254-24.mg.gitlab.com', ip='198.61.254.24', mailfrom='bounce+%s@mg.gitlab.com' % rhex(6)) + [
        ('Date', d(dt)), ('From', 'Kai Brenner <gitlab@mg.gitlab.com>'), ('To', F_TO),
        ('Message-ID', '<merge_request_%s@gitlab.com>' % rdig(9)),
        ('X-GitLab-Project', 'infra-modules'),
        ('Subject', 'Re: Platform / infra-modules | Merge IAM account modules (!58)')]
    add('gitlab-mr-merged', hdrs, body, 'unrelated', None, False, 'en', new)

for f in (mail_u10, mail_u11, mail_u12, mail_u13, mail_u14, mail_u15, mail_u16, mail_u17):
    f()


# ---------------------------------------------------------------- scenario H
# 高橋 健一, docomo, Japanese form-desk case, 2025-07
H_TO = 'ken1.takahashi@docomo.ne.jp'
H_OPEN = datetime(2025, 7, 2, 20, 15, 37, tzinfo=JST)
H_CASE = case15(H_OPEN)
H_KEEP, H_OLD = 'AWS09124407', 'AWS03650281'
H_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % H_CASE

def mail_h1():
    dt = H_OPEN + timedelta(seconds=50)
    inner = """<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;color:#16191f;border:1px solid #d5dbdb">
<tr><td style="background:#232f3e;padding:16px 24px;color:#ffffff;font-size:16px">AWS トレーニングと認定</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.8">
<p>高橋 健一 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。<br />
以下の内容でお問い合わせを承りました。</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px;width:100%%">
<tr><td style="background:#f2f3f3;width:35%%">ケース番号</td><td>%s</td></tr>
<tr><td style="background:#f2f3f3">お問い合わせの種類</td><td>認定</td></tr>
<tr><td style="background:#f2f3f3">詳細</td><td>アカウントの統合</td></tr>
<tr><td style="background:#f2f3f3">受付日時</td><td>2025年7月2日 20:15（日本時間）</td></tr>
</table>
<p>担当者が内容を確認し、原則として24時間以内にこのメールアドレス宛てにご連絡いたします。<br />
なお、土日祝日を挟む場合は、ご回答までにお時間をいただくことがございます。</p>
<p>追加のご連絡は、件名を変えずにこのメールへご返信ください。<br />
同じご依頼で新しいお問い合わせを作成されますと、対応が遅れる原因となりますのでご注意ください。</p>
<p>AWS トレーニングと認定 カスタマーサービス</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#687078">本メールは Amazon Web Services, Inc.（410 Terry Avenue North, Seattle, WA 98109-5210）より送信されています。</td></tr>
</table>""" % H_CASE
    htm = html_wrap(inner, 'AWS トレーニングと認定')
    body = textpart(htm, 'html', cte='base64')
    hdrs = trace(dt, H_TO, prov='docomo') + [
        ('Date', d(dt.astimezone(UTC))), ('From', FORM_FROM), ('To', H_TO),
        ('Message-ID', ses_msgid(dt)), ('Subject', H_SUBJ)]
    add('form-ack-ja-html-only', hdrs, body, 'case_created', H_CASE, True, 'ja', strip_html(htm), ses_tail(dt))

def mail_h2():
    dt = datetime(2025, 7, 3, 16, 41, 0, tzinfo=JST)
    new = """高橋 健一 様

お世話になっております。
AWS トレーニングと認定 カスタマーサービスの小林でございます。

ご連絡いただきありがとうございます。
ご指定の2つのアカウント（AWS09124407 および AWS03650281）を確認いたしましたが、登録されている氏名の表記が異なっております。

　AWS09124407: 高橋 健一
　AWS03650281: Kenichi Takahashi

統合後の認定証（PDF）および Credly バッジには、存続アカウントの氏名が表示されます。
恐れ入りますが、今後の認定証に表示する氏名として、漢字表記とローマ字表記のどちらをご希望か、お知らせいただけますでしょうか。
なお、ローマ字表記をご希望の場合、公的な身分証明書の表記と一致している必要がございます。

ご回答を確認次第、次のご案内をお送りいたします。
何卒よろしくお願い申し上げます。

小林
AWS トレーニングと認定 カスタマーサービス
"""
    hist = """
2025年7月3日(木) 9:12 高橋 健一 <ken1.takahashi@docomo.ne.jp>:
> ご担当者様
>
> お世話になっております。高橋です。
> 統合をお願いしたいアカウントは AWS09124407 と AWS03650281 の2つです。
> AWS09124407 のほうを残していただければと思います。
> よろしくお願いいたします。
"""
    body = textpart(new + hist, charset='iso-2022-jp', codec='iso2022_jp', cte='7bit')
    hdrs = trace(dt, H_TO, prov='docomo') + [
        ('Date', d(dt.astimezone(UTC))), ('From', FORM_FROM), ('To', H_TO),
        ('Message-ID', ses_msgid(dt)), ('Subject', 'RE:' + H_SUBJ)]
    add('form-name-spelling-question-ja', hdrs, body, 'support_reply', H_CASE, True, 'ja', new, ses_tail(dt))

def mail_h3():
    dt = datetime(2025, 7, 9, 10, 5, 33, tzinfo=JST)
    new = """高橋 健一 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。

ケース %s につきまして、対応を完了とさせていただきました。
今回の担当者の対応はいかがでしたでしょうか。今後の品質向上のため、以下のリンクより5段階でご評価をお願いいたします。

　とても満足　https://aws-tc.amazon.com/csat/ja?case=%s&s=5
　満足　　　　https://aws-tc.amazon.com/csat/ja?case=%s&s=4
　ふつう　　　https://aws-tc.amazon.com/csat/ja?case=%s&s=3
　不満　　　　https://aws-tc.amazon.com/csat/ja?case=%s&s=2
　とても不満　https://aws-tc.amazon.com/csat/ja?case=%s&s=1

※本アンケートは送信専用アドレスからお送りしております。
追加のご質問がございましたら、新しくお問い合わせいただく前に、本ケースのメールへご返信ください。

AWS トレーニングと認定 カスタマーサービス
""" % ((H_CASE,) * 6)
    body = alt(textpart(new, charset='shift_jis', codec='cp932', cte='base64', label='Shift_JIS'),
               textpart(html_wrap(p2html(new)), 'html', cte='quoted-printable'))
    hdrs = trace(dt, H_TO, prov='docomo') + [
        ('Date', d(dt.astimezone(UTC))), ('From', FORM_FROM), ('To', H_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', enc_words('【AWS トレーニングと認定】ご対応に関するアンケートのお願い（ケース %s）' % H_CASE, 'utf-8'))]
    add('form-rating-request-ja', hdrs, body, 'survey', H_CASE, True, 'ja', new, ses_tail(dt))

# ---------------------------------------------------------------- scenario I
# Oluwaseun Adeyemi, Gmail, form case 2023, 11-digit id
I_TO = 'seun.adeyemi@gmail.com'
I_CASE = '11872046513'

def mail_i1():
    dt = datetime(2023, 3, 14, 18, 22, 7, tzinfo=UTC)
    new = """Hi there,

We're on it! Your message reached AWS Training and Certification and has
been given reference number %s. A teammate will reply to this address,
usually by the next business day.

Helpful to know
  * Replying to this email adds your reply to the same request.
  * We will never ask for your password.
  * For exam appointment changes, please use your AWS Certification Account
    directly.

AWS Training and Certification
\xa9 2023, Amazon Web Services, Inc. or its affiliates. All rights reserved.
""" % I_CASE
    body = alt(textpart(new, charset='iso-8859-1', codec='latin-1', cte='quoted-printable'),
               textpart(html_wrap(p2html(new)), 'html', charset='iso-8859-1', codec='latin-1', cte='quoted-printable'))
    hdrs = trace(dt, I_TO) + [
        ('Date', d(dt)), ('From', FORM_FROM), ('To', I_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % I_CASE)]
    add('form-ack-were-on-it-2023', hdrs, body, 'case_created', I_CASE, True, 'en', new, ses_tail(dt))

def mail_i2():
    dt = datetime(2023, 3, 16, 13, 5, 49, tzinfo=UTC)
    new = """Hello Oluwaseun,

Thanks for your patience while I looked into this.

Requests to bring two certification profiles together are handled by our
Certification Operations specialists, so I have transferred your case to
them. They will continue from here under the same case number and will reach
out to you directly if anything else is needed. There is no need to open a
new request.

Separately, you mentioned that the voucher from your Cloud Practitioner exam
is not showing. Could you tell me roughly when you passed that exam and on
which of your two accounts? I'd like to check whether it has already expired.

Best,
Tomasz
AWS Training and Certification Customer Service
"""
    hist = """
On Tue, Mar 14, 2023 at 11:21 AM Oluwaseun Adeyemi <seun.adeyemi@gmail.com> wrote:

> Hello, I have AWS00713358 (seun.adeyemi@gmail.com) and AWS04529907
> (oadeyemi@brightlane.ng). Please put them together under the gmail one.
> Also my 50% voucher is not showing.
"""
    body = alt(textpart(new + hist), textpart(html_wrap(p2html(new) + '<div class="gmail_quote">' + p2html(hist) + '</div>'), 'html'))
    hdrs = trace(dt, I_TO) + [
        ('Date', d(dt)), ('From', FORM_FROM), ('To', I_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % I_CASE)]
    add('form-transferred-plus-voucher-question', hdrs, body, 'support_reply', I_CASE, True, 'en', new, ses_tail(dt))

# ---------------------------------------------------------------- more scenario A / D / F
def mail_a7():
    dt = datetime(2025, 6, 4, 16, 58, 12, tzinfo=UTC)
    new = """Hi Daniel,

Thanks for letting us know. I checked, and your Solutions Architect badge
is still attached to the Credly profile that belongs to the old email
address. I have asked our badging team to move it to the Credly profile for
daniel.okafor88@gmail.com. This normally takes 3-5 business days; you will
get an email from Credly when it is done.

Your certification record itself is fine: both certifications are listed on
AWS04417296.

Kind regards,

Sven R.
AWS Training and Certification Customer Service
"""
    hist = """
On Tue, Jun 3, 2025 at 10:40 PM Daniel Okafor <daniel.okafor88@gmail.com> wrote:
> Hi Sven, thanks. I got the Developer badge in Credly but the Solutions
> Architect one is missing.
>
> On Fri, May 30, 2025 at 4:11 PM Amazon Web Services <%s> wrote:
> > Good news: your two AWS Certification profiles have now been combined.
> > Everything that was previously held under %s, including your
> > certification history and any unused exam benefits, is now available on
> > %s.
""" % (FORM, A_OLD, A_KEEP)
    body = alt(textpart(new + hist), textpart(html_wrap(p2html(new) + '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' + p2html(hist) + '</blockquote>'), 'html'))
    hdrs = trace(dt, A_TO) + [
        ('Date', d(dt)), ('From', FORM_FROM), ('To', A_TO),
        ('Message-ID', ses_msgid(dt)), ('Subject', 'RE:' + A_SUBJ)]
    add('form-badge-missing-followup', hdrs, body, 'support_reply', A_CASE, True, 'en', new, ses_tail(dt))

def mail_a8():
    dt = datetime(2025, 6, 2, 14, 31, 0, tzinfo=UTC)
    sid = 'SV_' + rb64(15).replace('/', 'a').replace('+', 'b')
    new = """Hello Daniel,

You recently contacted AWS Training and Certification Customer Service
(case %s). We would like to know how we did.

This short survey has 3 questions and takes about a minute:
https://amazonexteu.qualtrics.com/jfe/form/%s?case=%s&Q_CHL=email

  1. How satisfied are you with the resolution of your case?
  2. How easy was it to get the help you needed?
  3. Anything else you'd like to tell us?

Thank you for your time.
AWS Training and Certification

Follow the link to opt out of future emails:
https://amazonexteu.qualtrics.com/CP/Register.php?OptOut=true&RID=%s
""" % (A_CASE, sid, A_CASE, rb64(12).replace('/', 'x'))
    body = alt(textpart(new), textpart(html_wrap(p2html(new)), 'html'))
    hdrs = ext_trace(dt, A_TO, 'qemailserver.com', host='smtp-out-eu.qemailserver.com', ip='139.60.152.21',
                     mailfrom='bounce-%s@qemailserver.com' % rhex(10), sel='qualtrics') + [
        ('Date', d(dt)), ('From', 'AWS Training and Certification <noreply@qemailserver.com>'),
        ('Reply-To', 'AWS Training and Certification <noreply@qemailserver.com>'), ('To', A_TO),
        ('Message-ID', '<%s@qemailserver.com>' % rhex(20)),
        ('Subject', 'Tell us about your recent support experience')]
    add('qualtrics-case-survey', hdrs, body, 'survey', A_CASE, False, 'en', new)

def mail_f7():
    dt = datetime(2025, 9, 26, 14, 5, 40, tzinfo=UTC)
    new = """Hello,

A few days ago we asked for your feedback on AWS Support case %s
("%s"). We haven't received your response yet, and we'd still
really like to hear from you.

Rate your experience (2 minutes):
https://survey.support.aws.amazon.com/s/%s

This is the only reminder we will send for this case.

AWS Support
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
""" % (F_CASE, F_SUBJ, rhex(16))
    body = textpart(new, cte='7bit', charset='us-ascii')
    hdrs = trace(dt, F_TO) + [
        ('Date', d(dt)), ('From', 'AWS Support <aws-support-survey@amazon.com>'), ('To', F_TO),
        ('Message-ID', ses_msgid(dt)),
        ('Subject', 'Reminder: tell us how we did on case %s' % F_CASE)]
    add('console-survey-reminder', hdrs, body, 'survey', F_CASE, True, 'en', new, ses_tail(dt))

def mail_d7():
    dt = datetime(2024, 12, 20, 9, 12, 14, tzinfo=UTC)
    badge = '-'.join([rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)])
    new = """Hi Priya,

Your badge from Amazon Web Services Training and Certification is ready and
waiting for you to accept it:

    AWS Certified Solutions Architect - Associate
    Issued to: priya.raman@outlook.com

This badge was issued again after your certification records were updated by
the issuer. Accept it to add it to your profile and share it with your
network.

Accept badge: https://www.credly.com/badges/%s/accept

Credly, Inc. - Manage email preferences: https://www.credly.com/notification_settings
""" % badge
    body = alt(textpart(new), textpart(html_wrap(p2html(new), 'Credly'), 'html'))
    hdrs = credly_trace(dt, D_TO, prov='outlook') + [
        ('Date', d(dt)),
        ('From', 'Amazon Web Services Training and Certification via Credly <admin@credly.com>'), ('To', D_TO),
        ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22), rnd.randint(1, 40))),
        ('Subject', 'Priya, your badge is waiting - accept it now')]
    add('credly-badge-waiting-after-update', hdrs, body, 'credly_badge_issued', None, True, 'en', new)

# ---------------------------------------------------------------- phishing about the merge
def mail_p1():
    dt = datetime(2025, 6, 6, 2, 44, 30, tzinfo=UTC)
    new = """Dear AWS Certification Candidate,

We received a request to merge the following AWS Certification accounts:

   Primary account:    AWS04417296
   Secondary account:  AWS01388520

Before we can continue, you must confirm which account should remain active.
Please sign in with your AWS Certification credentials and confirm the merge
within 24 hours:

   https://aws-tc-accounts.com/merge/confirm?session=%s

If the merge is not confirmed in time, both accounts will be temporarily
locked and your certifications may not be visible to employers.

Regards,
AWS Training & Certification Account Services
Reference: TC-MRG-88213
""" % rhex(24)
    inner = p2html(new).replace('https://aws-tc-accounts.com/merge/confirm?session=', '<a href="https://aws-tc-accounts.com/merge/confirm?session=')
    inner = re.sub(r'(session=[0-9a-f]{24})', r'\1">Confirm merge</a>', inner)
    body = alt(textpart(new), textpart(html_wrap(inner), 'html', cte='base64'))
    hdrs = trace(dt, A_TO, from_dom='aws-tc-accounts.com', dkim_d='aws-tc-accounts.com', ses=False,
                 mailfrom='noreply@aws-tc-accounts.com', host='mail.aws-tc-accounts.com', ip='45.153.241.90',
                 dmarc_pol='NONE', sel='mail') + [
        ('Date', d(dt)), ('From', 'AWS Training & Certification <accounts@aws-tc-accounts.com>'), ('To', A_TO),
        ('Message-ID', '<%s@aws-tc-accounts.com>' % rhex(20)),
        ('Subject', 'Action needed: confirm your AWS Certification account merge')]
    add('phish-lookalike-confirm-merge', hdrs, body, 'merge_confirmation_requested', None, False, 'en', new)

def mail_p2():
    dt = datetime(2025, 9, 24, 7, 9, 51, tzinfo=UTC)
    new = """Hello,

Your AWS Certification accounts AWS05873310 and AWS08806142 have been
successfully merged.

To make sure your digital badges and exam benefits were transferred
correctly, please sign in and review your profile. Accounts that are not
reviewed within 72 hours may lose the transferred benefits.

   Review my merged account: https://aws-amazon.certification-profile.info/signin

Best regards,
Amazon Web Services Training and Certification
"""
    forged = ('mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=rjhqqp6x header.b=Zx81Qa0L;\n'
              '       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com')
    body = alt(textpart(new), textpart(html_wrap(p2html(new)), 'html'))
    hdrs = trace(dt, F_TO, from_dom='amazon.com', dkim_d='amazon.com', ses=False, dkim_res='fail',
                 spf_res='softfail', dmarc_res='fail', mailfrom='support@mx-relay-77.online',
                 host='mx-relay-77.online', ip='91.219.237.14', forged_ar=forged, extra_dkim=False) + [
        ('Date', d(dt)), ('From', 'Amazon Web Services <no-reply-aws@amazon.com>'), ('To', F_TO),
        ('Message-ID', '<%s@mx-relay-77.online>' % rhex(18)),
        ('Subject', 'Your AWS Certification accounts have been merged')]
    add('phish-spoofed-merge-done-dmarc-fail', hdrs, body, 'merge_completed', None, False, 'en', new)

for f in (mail_h1, mail_h2, mail_h3, mail_i1, mail_i2, mail_a7, mail_a8, mail_f7, mail_d7, mail_p1, mail_p2):
    f()

# ===================================================================== WRITE
def write():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fname, data, label in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        labels[fname] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False)
    print('wrote', len(MAILS))

def decoded_text(msg):
    out = []
    for k, v in msg.items():
        if k.lower() in ('subject', 'from', 'to'):
            try:
                from email.header import decode_header, make_header
                out.append(str(make_header(decode_header(v))))
            except Exception:
                out.append(v)
    for part in msg.walk():
        if part.get_content_maintype() != 'text':
            continue
        raw = part.get_payload(decode=True) or b''
        cs = part.get_content_charset() or 'us-ascii'
        try:
            t = raw.decode(cs, errors='replace')
        except LookupError:
            t = raw.decode('utf-8', errors='replace')
        if part.get_content_subtype() == 'html':
            t = strip_html(t)
        out.append(t)
    return '\n'.join(out)

def check():
    import email
    labels = json.load(open(os.path.join(OUT, 'labels.json'), encoding='utf-8'))
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    assert set(files) == set(labels), 'label/file mismatch'
    bad = 0
    for f in files:
        msg = email.message_from_bytes(open(os.path.join(OUT, f), 'rb').read())
        t = decoded_text(msg)
        lab = labels[f]
        flat = re.sub(r'\s+', '', t)
        for a in lab['account_ids']:
            if not any(a == 'AWS' + m.group(1) for m in ID_RE.finditer(t)):
                print(f, 'missing id', a); bad += 1
        if lab['case_id'] and lab['case_id'] not in flat:
            print(f, 'missing case', lab['case_id']); bad += 1
        has_ar = any(k.lower() == 'authentication-results' for k in msg.keys())
        if (lab['sender_verified'] is None) != (not has_ar):
            print(f, 'sv/AR mismatch'); bad += 1
        if msg.defects:
            print(f, 'defects', msg.defects)
    from collections import Counter
    print(Counter(l['kind'] for l in labels.values()))
    print(Counter(l['language'] for l in labels.values()), Counter(str(l['sender_verified']) for l in labels.values()))
    print('problems:', bad)

if __name__ == '__main__':
    write()
    check()
