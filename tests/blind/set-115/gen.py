#!/usr/bin/env python3
"""Generate blind test set 115: AWS Certification account-merge mail and look-alikes."""
import base64
import hashlib
import json
import os
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.policy import compat32
from email.generator import BytesGenerator
from email.utils import format_datetime, formataddr
from io import BytesIO
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(115)
PT = ZoneInfo('America/Los_Angeles')
JST = ZoneInfo('Asia/Tokyo')
UTC = timezone.utc

MAILS = []  # (slug, Message, label)


# ----------------------------------------------------------------- helpers
def T(s):
    """UTC datetime from 'YYYY-mm-dd HH:MM:SS'."""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)


def case15(s):
    """15-digit case id whose first 10 digits are the opening unix time."""
    return '%d%05d' % (int(T(s).timestamp()), R.randint(10000, 99999))


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))


def ralnum(n):
    a = 'abcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(R.choice(a) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128)))


def ses_msgid(d):
    ms = int(d.timestamp() * 1000)
    return '<0100%012x-%s-000000@email.amazonses.com>' % (ms, ruuid())


def ses_mailfrom(d):
    ms = int(d.timestamp() * 1000)
    return '0100%012x-%s-000000@email.amazonses.com' % (ms, ruuid())


def rfc(d, tz=UTC):
    return format_datetime(d.astimezone(tz))


def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable',
         declared=None, codec=None):
    """A single text/* part, encoded by hand so every CTE/charset is possible.
    declared: charset label written in the header (may be wrong on purpose)."""
    m = Message()
    data = text.encode(codec or charset) if isinstance(text, str) else text
    m['Content-Type'] = 'text/%s; charset="%s"' % (subtype, declared or charset)
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    elif cte == '8bit':
        payload = data.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def alt(*parts, subtype='alternative'):
    m = MIMEMultipart(subtype)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def dkim(domain, sel, d, hdrs='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s; t=%d; '
            'h=%s; bh=%s=; b=%s'
            % (sel, domain, int(d.timestamp()), hdrs, rb64(43), rb64(342)))


AMZ_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def ses_ip():
    return R.choice(['54.240.8.%d' % R.randint(10, 99), '54.240.48.%d' % R.randint(10, 120),
                     '54.240.11.%d' % R.randint(10, 99)])


def ip_host(ip):
    a, b, c, dd = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, dd)


# --- receiving-side trace headers -----------------------------------------
def gmail_trace(to, d, host, ip, mailfrom, ar, spf='pass'):
    r = d + timedelta(seconds=R.randint(1, 6))
    ar_full = 'mx.google.com;\n       ' + ar
    spf_txt = {'pass': 'pass (google.com: domain of %s designates %s as permitted sender)' % (mailfrom, ip),
               'fail': 'fail (google.com: domain of %s does not designate %s as permitted sender)' % (mailfrom, ip),
               'softfail': 'softfail (google.com: domain of transitioning %s does not designate %s as permitted sender)' % (mailfrom, ip),
               'neutral': 'neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s)' % (ip, mailfrom)}[spf]
    return [
        ('Delivered-To', to),
        ('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
         % (rhex(4), rhex(3), rhex(4), rhex(4), ralnum(10), rfc(r + timedelta(seconds=1), PT))),
        ('X-Google-Smtp-Source', 'AGHT+I' + rb64(66)),
        ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s'
         % (rhex(4), rhex(3), rhex(4), rhex(4), ralnum(22), R.randint(1, 9), R.randint(1000000000000, 9999999999999), rfc(r, PT))),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
         % (int(r.timestamp()), rb64(300))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=subject:to:from:date:message-id:mime-version:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s'
         % (rb64(43), rb64(43), rb64(300))),
        ('ARC-Authentication-Results', 'i=1; ' + ar_full),
        ('Return-Path', '<%s>' % mailfrom),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (host, host, ip, ralnum(22), R.randint(1, 9), R.randint(1000000000000, 9999999999999), to, rfc(r, PT))),
        ('Received-SPF', '%s client-ip=%s;' % (spf_txt, ip)),
        ('Authentication-Results', ar_full),
    ]


def o365_trace(d, host, ip, ar, tenant='namprd12', mailfrom_dom='email.amazonses.com', spf='Pass'):
    r = d + timedelta(seconds=R.randint(1, 5))
    if tenant.startswith('jpn'):
        b1 = 'TYCPR01MB%04d.%s.prod.outlook.com' % (R.randint(1000, 9999), tenant)
        b2 = 'OS%dPR01MB%04d.%s.prod.outlook.com' % (R.randint(0, 9), R.randint(1000, 9999), tenant)
        f1 = 'TYWP286CA%04d.%s.prod.outlook.com' % (R.randint(1, 9999), tenant)
        f2 = 'TY%dPEPF%08X.%s.prod.outlook.com' % (R.randint(1, 3), R.randint(0x1000, 0x1FFF), tenant)
    else:
        b1 = 'SA1PR%02dMB%04d.%s.prod.outlook.com' % (R.randint(10, 19), R.randint(1000, 9999), tenant)
        b2 = 'PH%sPR%02dMB%04d.%s.prod.outlook.com' % (R.randint(0, 8), R.randint(10, 19), R.randint(1000, 9999), tenant)
        f1 = 'BN%dPR%02dCA%04d.%s.prod.outlook.com' % (R.randint(1, 9), R.randint(1, 9), R.randint(100, 999), tenant)
        f2 = 'BN%sPEPF%08X.%s.prod.outlook.com' % (R.randint(1, 3), R.randint(0x44000, 0x44FFF), tenant)
    v6 = lambda: '2603:10b6:%x:%x::%x' % (R.randint(0x300, 0x8ff), R.randint(0x10, 0x3ff), R.randint(1, 0x30))
    stamp = rfc(r)
    return [
        ('Received', 'from %s (%s)\n by %s with HTTPS; %s' % (b1, v6(), b2, stamp)),
        ('Received', 'from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8398.%d;\n %s'
         % (f1, v6(), b1, v6(), R.randint(10, 40), stamp)),
        ('Received', 'from %s\n (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8398.%d via Frontend Transport; %s'
         % (f2, v6(), f1.replace('.%s.prod.outlook.com' % tenant, '.outlook.office365.com'), v6(), R.randint(10, 40), stamp)),
        ('Authentication-Results', ar),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s designates %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C'
         % (spf, mailfrom_dom, ip, ip, host) if spf == 'Pass' else
         '%s (protection.outlook.com: domain of %s does not designate\n %s as permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s;' % (spf, mailfrom_dom, ip, ip, host)),
        ('Received', 'from %s (%s) by\n %s (10.167.243.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8398.%d via Frontend Transport; %s'
         % (host, ip, f2.replace('.%s.prod.outlook.com' % tenant, '.mail.protection.outlook.com'), R.randint(2, 250), R.randint(10, 40), rfc(d + timedelta(seconds=1)))),
    ]


def o365_ar(ip, mailfrom_dom, dkim_d, from_dom, ok=True, dkim_ok=True):
    if ok:
        return ('spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100'
                % (ip, mailfrom_dom, dkim_d, from_dom))
    return ('spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail\n reason=000'
            % (ip, mailfrom_dom, 'pass (signature was verified)' if dkim_ok else 'none (message not signed)', dkim_d, from_dom))


def jp_trace(provider, to, d, host, ip, ar=None):
    """Japanese ISP style. ar=None -> no Authentication-Results at all."""
    r = d + timedelta(seconds=R.randint(2, 20))
    h = []
    if provider == 'nifty':
        n = R.randint(1, 40)
        h = [('Received', 'from mfilter-n%02d.nifty.com (mfilter-n%02d.nifty.com [10.128.%d.%d])\n\tby mx-n%02d.nifty.com with ESMTP id %s\n\tfor <%s>; %s'
              % (n, n, R.randint(1, 9), R.randint(1, 200), R.randint(1, 20), rhex(12).upper(), to, rfc(r, JST))),
             ('Received', 'from %s ([%s])\n\tby mfilter-n%02d.nifty.com with ESMTPS id %s\n\tfor <%s>; %s'
              % (host, ip, n, rhex(12).upper(), to, rfc(r - timedelta(seconds=1), JST)))]
        if ar:
            h.insert(1, ('Authentication-Results', 'mx.nifty.com; ' + ar))
    elif provider == 'biglobe':
        h = [('Received', 'from mail-mx%02d.biglobe.ne.jp (mail-mx%02d.biglobe.ne.jp [133.208.%d.%d])\n\tby mbox%02d.biglobe.ne.jp (Postfix) with ESMTP id 4%s\n\tfor <%s>; %s'
              % (R.randint(1, 9), R.randint(1, 9), R.randint(1, 250), R.randint(1, 250), R.randint(1, 30), ralnum(10).upper(), to, rfc(r, JST))),
             ('Received', 'from %s (%s [%s])\n\tby mail-mx%02d.biglobe.ne.jp (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s'
              % (host, host, ip, R.randint(1, 9), ralnum(10).upper(), to, rfc(r - timedelta(seconds=2), JST)))]
        if ar:
            h.insert(1, ('Authentication-Results', 'mail-mx.biglobe.ne.jp; ' + ar))
    elif provider == 'sonet':
        h = [('Received', 'from mx-s%02d.so-net.ne.jp (mx-s%02d.so-net.ne.jp [202.238.%d.%d])\n\tby mbox.so-net.ne.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
              % (R.randint(1, 9), R.randint(1, 9), R.randint(1, 250), R.randint(1, 250), ralnum(11).upper(), to, rfc(r, JST))),
             ('Received', 'from %s ([%s])\n\tby mx-s%02d.so-net.ne.jp with ESMTPS\n\tfor <%s>; %s'
              % (host, ip, R.randint(1, 9), to, rfc(r - timedelta(seconds=1), JST)))]
        if ar:
            h.insert(1, ('Authentication-Results', 'mx.so-net.ne.jp; ' + ar))
    return h


def gmail_ar_ses(mailfrom, ip, from_dom='amazon.com', sel=AMZ_SEL):
    return ('dkim=pass header.i=@%s header.s=%s header.b=%s;\n       dkim=pass header.i=@amazonses.com header.s=%s header.b=%s;\n'
            '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s'
            % (from_dom, sel, rb64(8), SES_SEL, rb64(8), mailfrom, ip, mailfrom, from_dom))


def ses_dkim_headers(d, from_dom='amazon.com', sel=AMZ_SEL):
    return [('DKIM-Signature', dkim(from_dom, sel, d)),
            ('DKIM-Signature', dkim('amazonses.com', SES_SEL, d,
                                    'From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'))]


def ses_feedback(d):
    return ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43).replace('/', 'x'))


def add(slug, body, headers, kind, case_id, account_ids, sender_verified, language):
    """Prepend headers (trace first) to body part and register the mail."""
    hdrs = []
    for k, v in headers:
        if v is None:
            continue
        hdrs.append((k, v))
    hdrs.append(('MIME-Version', '1.0'))
    body._headers = hdrs + body._headers
    label = {'kind': kind, 'case_id': case_id,
             'account_ids': sorted(set(account_ids)),
             'sender_verified': sender_verified, 'language': language}
    MAILS.append((slug, body, label))


def enc_name(name, addr, charset='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


def subj(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject')


# --------------------------------------------------------------- the mails
# (defined in parts below)


def ext_mail(d, to, frm, subject, provider, host, ip, mf, dkim_dom, from_dom=None,
             sel='s1', policy='REJECT', tenant='namprd12', msgid=None, dmarc='pass', spf='pass',
             dkim_ok=True, extra=()):
    """Headers for a mail from a non-SES sender (vendor, phisher, forum...)."""
    from_dom = from_dom or dkim_dom
    if provider == 'gmail':
        parts = []
        if dkim_ok:
            parts.append('dkim=pass header.i=@%s header.s=%s header.b=%s;' % (dkim_dom, sel, rb64(8)))
        else:
            parts.append('dkim=none;') if dkim_ok is None else parts.append('dkim=fail header.i=@%s header.s=%s header.b=%s;' % (dkim_dom, sel, rb64(8)))
        spf_t = {'pass': 'spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;' % (mf, ip, mf),
                 'softfail': 'spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (mf, ip, mf),
                 'fail': 'spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (mf, ip, mf)}[spf]
        parts.append(spf_t)
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, policy, policy, 'NONE' if dmarc == 'pass' else policy, from_dom))
        trace = gmail_trace(to, d, host, ip, mf, '\n       '.join(parts), spf=spf)
    elif provider == 'o365':
        if dmarc == 'pass':
            ar = o365_ar(ip, mf.split('@')[-1], dkim_dom, from_dom)
        else:
            ar = ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=fail\n reason=601'
                  % (spf, ip, mf.split('@')[-1], 'pass (signature was verified)' if dkim_ok else 'none (message not signed)', dkim_dom if dkim_ok else 'none', dmarc, from_dom))
        trace = [('Return-Path', mf)] + o365_trace(d, host, ip, ar, tenant=tenant, mailfrom_dom=mf.split('@')[-1],
                                                   spf='Pass' if spf == 'pass' else spf.capitalize())
    elif provider in ('nifty', 'biglobe', 'sonet'):
        ar = 'spf=%s smtp.mailfrom=%s; dkim=%s header.d=%s header.s=%s; dmarc=%s header.from=%s' % (
            spf, mf, 'pass' if dkim_ok else 'none', dkim_dom, sel, dmarc, from_dom)
        trace = [('Return-Path', '<%s>' % mf)] + jp_trace(provider, to, d, host, ip, ar)
    else:
        raise ValueError(provider)
    h = trace[:]
    if dkim_ok:
        h.append(('DKIM-Signature', dkim(dkim_dom, sel, d, 'from:to:subject:date:message-id:mime-version:content-type')))
    h += [('From', frm), ('To', to), ('Subject', subj(subject) if isinstance(subject, str) else subject),
          ('Date', rfc(d)), ('Message-ID', msgid or '<%s@%s>' % (ruuid(), from_dom))]
    return h + list(extra)


# ===================== Story A: Daniel Ortega, form case, Gmail, English
A_USER = 'daniel.ortega.cloud@gmail.com'
A_NAME = 'Daniel Ortega'
A_OPEN = '2025-09-16 14:22:31'
A_CASE = case15(A_OPEN)
A_KEEP, A_OLD = 'AWS04417829', 'AWS09126654'
FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORM_FROM = formataddr(('Amazon Web Services', FORM))
A_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE
TC_FOOTER = ('\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a '
             'registered trademark of Amazon.com, Inc. This message was produced and distributed '
             'by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')


def aws_mail(d, to, subject, frm=FORM_FROM, from_dom='amazon.com', provider='gmail',
             sel=AMZ_SEL, extra=(), tenant='namprd12'):
    """Headers for a genuine SES-sent AWS mail delivered to Gmail/O365."""
    ip = ses_ip()
    host = ip_host(ip)
    mf = ses_mailfrom(d)
    if provider == 'gmail':
        trace = gmail_trace(to, d, host, ip, mf, gmail_ar_ses(mf, ip, from_dom, sel))
    elif provider == 'o365':
        trace = o365_trace(d, host, ip, o365_ar(ip, 'email.amazonses.com', from_dom, from_dom), tenant=tenant)
        trace.insert(0, ('Return-Path', mf))
    else:
        raise ValueError(provider)
    return trace + ses_dkim_headers(d, from_dom, sel) + [
        ('From', frm), ('To', to), ('Subject', subj(subject) if isinstance(subject, str) else subject),
        ('Date', rfc(d)), ('Message-ID', ses_msgid(d)), ses_feedback(d),
        ('X-SES-Outgoing', '%s-%s' % (d.strftime('%Y.%m.%d'), ip)),
    ] + list(extra)


# A1 acknowledgement
d = T(A_OPEN) + timedelta(seconds=14)
txt = """Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your
submission and logged it under the case number below.

Case ID: {case}
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID provided: {keep}

One of our specialists will review your request and respond, in most cases
within 24 hours. To add information, simply reply to this e-mail and keep the
case ID in the subject line. Please do not submit a new form for the same
request; duplicate cases can delay our response.

Sincerely,
AWS Training and Certification Customer Support
""".format(case=A_CASE, keep=A_KEEP) + TC_FOOTER
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification.</p>
<p>This is an automated message to let you know that we have received your submission and logged it under the case number below.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Case ID</b></td><td>{case}</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Inquiry detail</b></td><td>Account Merge</td></tr>
<tr><td><b>AWS candidate ID provided</b></td><td>{keep}</td></tr>
</table>
<p>One of our specialists will review your request and respond, in most cases within 24 hours. To add information, simply reply to this e-mail and keep the case ID in the subject line. Please do not submit a new form for the same request; duplicate cases can delay our response.</p>
<p>Sincerely,<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>
""".format(case=A_CASE, keep=A_KEEP)
add('tc-form-ortega-a', alt(leaf(txt), leaf(html, 'html')),
    aws_mail(d, A_USER, A_SUBJ), 'case_created', A_CASE, [A_KEEP], True, 'en')

# A2 agent asks for more information
d = T('2025-09-17 18:40:12')
txt = """Hello Daniel,

Thank you for reaching out to AWS Training and Certification, my name is Rohan
and I'll be assisting you with this case.

I searched our records using the candidate ID you provided (aws04417829) and I
can see that profile, but I'm not able to locate a second one from the details
in your submission. To move forward I'll need a little more information:

1. The e-mail address you used to sign in to the other certification profile
   (and its candidate ID if you still have it - it is printed on your score
   report).
2. Which of the two profiles you'd like to continue using going forward.
3. The approximate date and name of the exam taken under the other profile.

As soon as I have these details I'll be glad to look into this further.

Best regards,
Rohan K.
AWS Training and Certification Customer Support
""" + TC_FOOTER
add('tc-form-ortega-b', leaf(txt), aws_mail(d, A_USER, 'RE:' + A_SUBJ),
    'support_reply', A_CASE, [A_KEEP], True, 'en')

# A3 confirmation request, user's reply quoted Gmail-style
d = T('2025-09-18 16:05:40')
A3_BODY = """Hello Daniel,

Thanks for the quick reply and for the details. I was able to find both
profiles. Before I submit anything, please double-check the summary below,
because once two profiles are combined we are not able to separate them again.

Profile that will remain active:
  Candidate ID: AWS04417829
  Login e-mail: daniel.ortega.cloud@gmail.com

Profile that will be folded into the one above and then deactivated:
  Candidate ID: AWS 09126654
  Login e-mail: d.ortega@northwind-logistics.com
  Certification on file: AWS Certified Cloud Practitioner (2022)

After the change, your exam history, certifications and any unused benefits
from AWS09126654 will show under AWS04417829, and you will no longer be able
to sign in with the northwind-logistics address.

If all of the above is correct, please reply to this e-mail stating that you
agree. If anything needs to change, tell me what and I'll update the request.

Best regards,
Rohan K.
AWS Training and Certification Customer Support
"""
txt = A3_BODY + """
On Thu, Sep 18, 2025 at 7:51 AM Daniel Ortega <daniel.ortega.cloud@gmail.com> wrote:
> Hi Rohan,
>
> The old profile was under my previous employer's address,
> d.ortega@northwind-logistics.com. I think the candidate ID was AWS09126654,
> I took Cloud Practitioner with it in 2022. I'd like to keep the one on my
> gmail (AWS04417829) since that's where my Solutions Architect cert is.
>
> Thanks,
> Daniel
>
"""
add('tc-form-ortega-c', leaf(txt), aws_mail(d, A_USER, 'RE:' + A_SUBJ),
    'merge_confirmation_requested', A_CASE, [A_KEEP, A_OLD], True, 'en')

# A4 "thank you for confirming, we will now proceed" - ids only in quoted part
d = T('2025-09-19 09:12:03')
quoted = '\n'.join(('> > ' + l).rstrip() for l in A3_BODY.splitlines())
txt = """Hello Daniel,

Thank you for confirming. I have now handed your request to our back-office
team, who will carry out the change. This usually takes between one and three
business days; I'll write to you again as soon as it's finished, and there is
nothing else you need to do in the meantime.

Please hold off on scheduling exams or redeeming vouchers until you hear back
from me.

Best regards,
Rohan K.
AWS Training and Certification Customer Support

On Thu, Sep 18, 2025 at 9:33 AM Daniel Ortega <daniel.ortega.cloud@gmail.com> wrote:
> Hi Rohan,
>
> The details are correct. Please proceed with the merge.
>
> Daniel
>
> On Thu, Sep 18, 2025 at 9:05 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quoted + '\n'
add('tc-form-ortega-d', leaf(txt), aws_mail(d, A_USER, 'RE:' + A_SUBJ),
    'support_reply', A_CASE, [], True, 'en')

# A5 completion, confirmation request quoted below in an Outlook-style block, base64
d = T('2025-09-20 21:48:19')
txt = """Hello Daniel,

I'm happy to let you know that the work on your profiles is finished.
Everything that was recorded under your former candidate ID now lives on
AWS04417829: both certifications, your full exam history and your unused 50%
exam discount. The old profile has been retired, so please sign in with
daniel.ortega.cloud@gmail.com from now on.

Your Credly badges should follow within 48 hours. If they haven't shown up by
then, just reply to this e-mail and we'll take care of it.

If you have a minute, we'd appreciate your feedback on how I handled your
request; you'll receive a short survey shortly.

Best regards,
Rohan K.
AWS Training and Certification Customer Support

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, September 18, 2025 4:05 PM
To: daniel.ortega.cloud@gmail.com
Subject: RE:{subj}

""".format(subj=A_SUBJ) + A3_BODY
add('tc-form-ortega-e', leaf(txt, cte='base64'), aws_mail(d, A_USER, 'RE:' + A_SUBJ),
    'merge_completed', A_CASE, [A_KEEP], True, 'en')

# A6 survey / closure without saying the work is done
d = T('2025-09-20 21:49:02')
txt = """Hello,

Your case {case} has been marked as resolved. If you still need help, reply to
this message within 14 days and the case will be reopened automatically.

Was your issue resolved?
  YES: https://survey.aws-tc-support.amazon.com/r/{tok}?a=1
  NO:  https://survey.aws-tc-support.amazon.com/r/{tok}?a=0

How would you rate the support you received?
  https://survey.aws-tc-support.amazon.com/rate/{tok}

Your feedback helps us improve AWS Training and Certification support.

AWS Training and Certification Customer Support
""".format(case=A_CASE, tok=rhex(24)) + TC_FOOTER
add('tc-form-ortega-f', leaf(txt, cte='7bit', charset='us-ascii'),
    aws_mail(d, A_USER, 'How did we do? ' + A_SUBJ), 'survey', A_CASE, [], True, 'en')


# --- Credly helpers
def credly_mail(d, to, to_name, subject, provider='gmail', frm=None):
    frm = frm or formataddr(('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'))
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    host = 'o%d.ptr%d.credly.com' % (R.randint(1, 9), R.randint(1000, 9999))
    mf = 'bounces+%d-%s-%s=%s@em.credly.com' % (R.randint(1000000, 9999999), rhex(4), to.split('@')[0], to.split('@')[1])
    if provider == 'gmail':
        ar = ('dkim=pass header.i=@credly.com header.s=s1 header.b=%s;\n       dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s;\n'
              '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom="%s";\n'
              '       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com' % (rb64(8), rb64(8), mf, ip, mf))
        trace = gmail_trace(to, d, host, ip, mf, ar)
    else:
        trace = [('Return-Path', mf)] + o365_trace(d, host, ip, o365_ar(ip, 'em.credly.com', 'credly.com', 'credly.com'),
                                                   mailfrom_dom='em.credly.com')
    return trace + [
        ('DKIM-Signature', dkim('credly.com', 's1', d, 'from:to:subject:mime-version:content-type:content-transfer-encoding:date')),
        ('Date', rfc(d)),
        ('From', frm),
        ('To', enc_name(to_name, to)),
        ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), R.randint(1, 40))),
        ('Subject', subj(subject)),
        ('X-SG-EID', rb64(64)),
    ]


# A7 Credly badge moved after the consolidation
d = T('2025-09-21 03:10:44')
tok = ruuid()
txt = """Hi Daniel,

Amazon Web Services Training and Certification has transferred a badge to
your Credly account:

  AWS Certified Cloud Practitioner

This badge was previously held on a different profile and now appears with
your other credentials. Accept it to add it to your public profile and share
it with your network.

Accept your badge: https://www.credly.com/earner/earned/badge/{tok}

Thanks,
The Credly Team
""".format(tok=tok)
html = """<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px"><img src="https://images.credly.com/email/credly-logo.png" alt="Credly" width="96"></td></tr>
<tr><td style="padding:0 24px"><h2 style="font-weight:400">Hi Daniel,</h2>
<p>Amazon Web Services Training and Certification has transferred a badge to your Credly account.</p>
<p style="font-size:18px"><b>AWS Certified Cloud Practitioner</b></p>
<p>This badge was previously held on a different profile and now appears with your other credentials. Accept it to add it to your public profile.</p>
<p><a href="https://www.credly.com/earner/earned/badge/{tok}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">Credly, Inc. 111 West 33rd St, New York, NY 10001 &middot; <a href="https://www.credly.com/notification_settings">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
""".format(tok=tok)
add('credly-ortega-a', alt(leaf(txt), leaf(html, 'html')),
    credly_mail(d, A_USER, A_NAME, 'Daniel, a badge has been added to your Credly account'),
    'credly_badge_issued', None, [], True, 'en')

# P1 phishing: spoofed amazon.com From, Gmail dmarc=fail on top, forged pass lower down
d = T('2025-09-24 11:02:41')
fake_case = case15('2025-09-23 20:17:05')
ip = '185.234.72.%d' % R.randint(10, 200)
host = 'srv%d.vps-hostline.net' % R.randint(100, 999)
mf = 'bounce@mailer-srv23.info'
ar = ('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
      '       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com' % (mf, ip, mf))
hdrs = gmail_trace(A_USER, d, host, ip, mf, ar) + [
    ('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazonses.com;\n dmarc=pass header.from=amazon.com'),
    ('From', FORM_FROM), ('To', A_USER),
    ('Subject', 'RE:[CASE %s] Final confirmation required - certification account consolidation' % fake_case),
    ('Date', rfc(d, ZoneInfo('Europe/Istanbul'))),
    ('Message-ID', '<%s@srv-mailer.local>' % rhex(20)),
    ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'),
]
html = """<html><body style="font-family:Arial;font-size:14px">
<img src="https://aws-certification-accounts.com/img/aws-logo.png" width="80"><br><br>
<p>Dear Candidate,</p>
<p>Our records show a pending consolidation request for the AWS Certification accounts registered to this e-mail address:</p>
<ul><li>Primary account: <b>AWS07350294</b></li><li>Account to be merged and closed: <b>AWS 01948265</b></li></ul>
<p>Because this operation is <b>irreversible</b>, we require your confirmation before proceeding. Please sign in and confirm within <b>24 hours</b>, otherwise the request will be cancelled and both accounts will be temporarily locked for security reasons.</p>
<p><a href="https://aws-certification-accounts.com/confirm?case={case}&amp;t={t}" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Confirm account merge</a></p>
<p>Case ID: {case}</p>
<p>Kind regards,<br>AWS Training &amp; Certification Support Team</p>
</body></html>
""".format(case=fake_case, t=rhex(32))
add('aws-case-ortega-g', leaf(html, 'html', cte='quoted-printable'), hdrs,
    'merge_confirmation_requested', fake_case, ['AWS07350294', 'AWS01948265'], False, 'en')


# ===================== Story B: 佐藤 健太, console case in Japanese, Office 365 (jpn tenant)
B_USER = 'kenta.sato@hikari-systems.co.jp'
B_NAME = '佐藤 健太'
B_OPEN = '2025-11-10 01:15:07'
B_CASE = case15(B_OPEN)
B_KEEP, B_OLD = 'AWS07781203', 'AWS02265918'
CONSOLE_FROM = formataddr(('Amazon Web Services', 'no-reply-aws@amazon.com'))
B_TITLE = 'AWS認定アカウントの統合について'
JTEN = 'jpnprd01'
CONSOLE_RATE_JA = """
このメッセージが役に立ったかどうかをお知らせください。
  役に立った: https://support.console.aws.amazon.com/support/feedback?displayId={case}&r=5&c={c}
  役に立たなかった: https://support.console.aws.amazon.com/support/feedback?displayId={case}&r=1&c={c}
"""

# B1 case opened
d = T(B_OPEN) + timedelta(seconds=9)
txt = """Amazon Web Services をご利用いただきありがとうございます。

お客様のお問い合わせに対応するため、新しいケースを作成しました。

ケース ID: {case}
件名: {title}
重要度: 一般的なガイダンス
サービス: トレーニングと認定

ケースの詳細の確認および返信の追加は、サポートセンターから行ってください。
https://support.console.aws.amazon.com/support/home#/case/?displayId={case}&language=ja

※ このメールアドレスは送信専用です。このメッセージに返信いただいても対応できませんのでご了承ください。

よろしくお願いいたします。
Amazon Web Services
""".format(case=B_CASE, title=B_TITLE)
add('console-sato-a', leaf(txt, cte='base64'),
    aws_mail(d, B_USER, 'Amazon Web Services: 新しいサポートケースを作成しました: %s' % B_CASE,
             frm=CONSOLE_FROM, provider='o365', tenant=JTEN),
    'case_created', B_CASE, [], True, 'ja')

# B2 agent asks for details
d = T('2025-11-11 02:30:55')
txt = """佐藤様

Amazon Web Services サポートにお問い合わせいただきありがとうございます。
トレーニングと認定チームの田中が担当いたします。

お知らせいただいた AWS07781203 および aws-02265918 の 2 つの認定アカウントについて確認いたしました。
お手続きを進めるにあたり、恐れ入りますが以下の点をお知らせください。

・それぞれのアカウントにサインインする際のメールアドレス
・今後ご利用になるアカウント（存続させるアカウント）はどちらか
・ご依頼の理由（例: 転職に伴うメールアドレスの変更 など）

ご返信はサポートセンターのケース画面からお願いいたします。

引き続きよろしくお願いいたします。

田中
Amazon Web Services
""" + CONSOLE_RATE_JA.format(case=B_CASE, c=rhex(16))
add('console-sato-b', leaf(txt, cte='base64'),
    aws_mail(d, B_USER, 'RE:[CASE %s] %s' % (B_CASE, B_TITLE), frm=CONSOLE_FROM, provider='o365', tenant=JTEN),
    'support_reply', B_CASE, [B_KEEP, B_OLD], True, 'ja')

# B3 confirmation request
d = T('2025-11-12 05:00:18')
B3_BODY = """佐藤様

ご回答いただきありがとうございます。

いただいた情報をもとに、以下の内容で手続きを行う予定です。
実施前に、内容に誤りがないかご確認ください。

■ 存続するアカウント
  AWS 認定 ID: AWS07781203
  メールアドレス: kenta.sato@hikari-systems.co.jp

■ 統合されるアカウント（実施後は無効になります）
  AWS 認定 ID: AWS02265918
  メールアドレス: kenta.sato.0714@gmail.com

実施すると、AWS02265918 に登録されている認定資格・受験履歴・特典はすべて
AWS07781203 に移され、この操作を取り消すことはできません。

上記の内容でよろしければ、サポートセンターから本ケースに「同意します」と
ご返信ください。ご返信を確認次第、作業を開始いたします。

田中
Amazon Web Services
"""
add('console-sato-c', leaf(B3_BODY + CONSOLE_RATE_JA.format(case=B_CASE, c=rhex(16)), cte='quoted-printable'),
    aws_mail(d, B_USER, 'RE:[CASE %s] %s' % (B_CASE, B_TITLE), frm=CONSOLE_FROM, provider='o365', tenant=JTEN),
    'merge_confirmation_requested', B_CASE, [B_KEEP, B_OLD], True, 'ja')

# B4 done
d = T('2025-11-14 08:20:41')
B4_BODY = """佐藤様

お待たせいたしました。
AWS02265918 に登録されていた認定資格および受験履歴を、AWS07781203 へ移行いたしました。
今後は kenta.sato@hikari-systems.co.jp でサインインしてください。旧アカウントは
ご利用いただけなくなっております。

Credly のデジタルバッジについては、反映まで最大 2 営業日ほどかかる場合があります。

その他ご不明な点がございましたら、本ケースからお気軽にお問い合わせください。

田中
Amazon Web Services
"""
add('console-sato-d', leaf(B4_BODY + CONSOLE_RATE_JA.format(case=B_CASE, c=rhex(16)), cte='base64'),
    aws_mail(d, B_USER, 'RE:[CASE %s] %s' % (B_CASE, B_TITLE), frm=CONSOLE_FROM, provider='o365', tenant=JTEN),
    'merge_completed', B_CASE, [B_KEEP, B_OLD], True, 'ja')

# B5 closure + questionnaire, does not itself say the work is done
d = T('2025-11-14 08:21:30')
txt = """お客様

サポートケース {case}（{title}）は解決済みとしてクローズされました。

今回のサポートについて、簡単なアンケートにご協力いただけますと幸いです（所要時間: 約 1 分）。
https://support.console.aws.amazon.com/support/survey?displayId={case}&locale=ja_JP

問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。
https://support.console.aws.amazon.com/support/home#/case/?displayId={case}

※ このメールアドレスは送信専用です。

Amazon Web Services
""".format(case=B_CASE, title=B_TITLE)
add('console-sato-e', leaf(txt, cte='base64'),
    aws_mail(d, B_USER, 'Amazon Web Services: ケース %s がクローズされました - アンケートへのご協力のお願い' % B_CASE,
             frm=CONSOLE_FROM, provider='o365', tenant=JTEN),
    'survey', B_CASE, [], True, 'ja')

# B6 Credly badge to Kenta (English, O365)
d = T('2025-11-15 23:47:10')
tok = ruuid()
txt = """Kenta,

Amazon Web Services Training and Certification issued you a new badge:
AWS Certified Developer - Associate

Claim it now to show off your skills:
https://www.credly.com/earner/earned/badge/{tok}

Once accepted, you can share it on LinkedIn or add it to your e-mail signature.

Credly, Inc. | 111 West 33rd Street, New York, NY 10001
Unsubscribe from these notifications: https://www.credly.com/notification_settings
""".format(tok=tok)
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<p><img src="https://images.credly.com/size/110x110/images/{img}/image.png" alt="AWS Certified Developer - Associate"></p>
<h1 style="font-size:22px;font-weight:400">Kenta, you've earned a badge!</h1>
<p>Amazon Web Services Training and Certification issued you the <b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p>Badges you accept are shown on your Credly profile and can be verified by anyone.</p>
<p><a href="https://www.credly.com/earner/earned/badge/{tok}" style="display:inline-block;background:#0f6fff;color:#fff;padding:12px 26px;border-radius:3px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly, Inc. | 111 West 33rd Street, New York, NY 10001 | <a href="https://www.credly.com/notification_settings">Unsubscribe</a></p>
</div></body></html>
""".format(tok=tok, img=ruuid())
add('credly-sato-a', alt(leaf(txt, cte='7bit', charset='us-ascii'), leaf(html, 'html')),
    credly_mail(d, B_USER, B_NAME, 'Kenta, claim your AWS Certified Developer - Associate badge', provider='o365'),
    'credly_badge_issued', None, [], True, 'en')


# ===================== Story C: Priya Raman, console case, Office 365, English
C_USER = 'priya.raman@brightwave-analytics.com'
C_NAME = 'Priya Raman'
C_OPEN = '2026-01-13 16:48:55'
C_CASE = case15(C_OPEN)
C_KEEP, C_OLD = 'AWS05530917', 'AWS05892140'
C_TITLE = 'Combine two AWS Certification profiles into one'
CONSOLE_RATE_EN = """
Was this response helpful? Click here to rate:
https://console.aws.amazon.com/support/home#/rate?displayId={case}&c={c}&r=5
"""

# C1 case opened (console), echoes the user's correspondence
d = T(C_OPEN) + timedelta(seconds=11)
txt = """Thank you for contacting Amazon Web Services. We have opened case {case} to address your issue.

The details of your case are as follows:

Case ID: {case}
Subject: {title}
Severity: General guidance
Correspondence: Hello, I have two AWS Certification accounts: AWS05530917 (current,
registered with my work e-mail) and AWS05892140 (created years ago with my university
address). I would like everything to be under AWS05530917 and the older one closed.
Thank you, Priya

To view and respond to this case, please visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.
To respond to this case, please follow the link above.

Sincerely,
Amazon Web Services
""".format(case=C_CASE, title=C_TITLE) + TC_FOOTER
add('console-raman-a', leaf(txt, cte='quoted-printable'),
    aws_mail(d, C_USER, 'Amazon Web Services: You have opened a new Support case: %s' % C_CASE,
             frm=CONSOLE_FROM, provider='o365'),
    'case_created', C_CASE, [C_KEEP, C_OLD], True, 'en')

# C2 "new correspondence added" notice
d = T('2026-01-14 19:03:10')
txt = """Hello,

A new correspondence has been added to your AWS Support case {case}.

Subject: {title}

To view the full correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={case}&language=en

Please do not reply to this e-mail. This address is not monitored.

Amazon Web Services
""".format(case=C_CASE, title=C_TITLE)
add('console-raman-b', leaf(txt, cte='7bit', charset='us-ascii'),
    aws_mail(d, C_USER, '[Case %s] New correspondence added' % C_CASE, frm=CONSOLE_FROM, provider='o365'),
    'support_reply', C_CASE, [], True, 'en')

# C3 confirmation request, HTML only
d = T('2026-01-14 19:03:40')
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Priya,</p>
<p>Thank you for contacting AWS Training and Certification. I was able to locate both profiles you referenced. Here is exactly what will happen if we go ahead:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;border-color:#d5dbdb">
<tr style="background:#f2f3f3"><th></th><th>Candidate ID</th><th>E-mail</th><th>Certifications</th></tr>
<tr><td>Kept</td><td>AWS 05530917</td><td>priya.raman@brightwave-analytics.com</td><td>Data Engineer &ndash; Associate; Solutions Architect &ndash; Associate</td></tr>
<tr><td>Absorbed, then closed</td><td>aws-05892140</td><td>praman@alumni.uic.edu</td><td>Cloud Practitioner</td></tr>
</table>
<p>Please be aware that <b>this cannot be undone</b> once completed: the second profile will stop working and everything on it will be attached to the first one.</p>
<p>Kindly let us know in Support Center that you would like us to go ahead with the above, and I will submit it right away.</p>
<p>Best regards,<br>Martina<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">Was this response helpful? <a href="https://console.aws.amazon.com/support/home#/rate?displayId={case}&amp;r=5">Click here to rate</a></p>
<p style="font-size:11px;color:#687078">To view or reply to this case, visit <a href="https://console.aws.amazon.com/support/home#/case/?displayId={case}&amp;language=en">AWS Support Center</a>. This e-mail address cannot receive replies.</p>
</body></html>
""".format(case=C_CASE)
add('console-raman-c', leaf(html, 'html', cte='quoted-printable'),
    aws_mail(d, C_USER, 'RE:[CASE %s] %s' % (C_CASE, C_TITLE), frm=CONSOLE_FROM, provider='o365'),
    'merge_confirmation_requested', C_CASE, [C_KEEP, C_OLD], True, 'en')

# C4 conditional "once the merge is complete we will ..."
d = T('2026-01-15 22:10:05')
txt = """Hello Priya,

Thank you for confirming in Support Center. I have submitted the request to our
certification operations team.

Once the merge is complete, we will also ask Credly to move the badge from your
old profile so that all three badges show on the Credly account linked to
AWS05530917. You don't need to open a separate case for this.

I'll update this case as soon as I hear back from the team, typically within
2 business days.

Best regards,
Martina
Amazon Web Services
""" + CONSOLE_RATE_EN.format(case=C_CASE, c=rhex(16))
add('console-raman-d', leaf(txt),
    aws_mail(d, C_USER, 'RE:[CASE %s] %s' % (C_CASE, C_TITLE), frm=CONSOLE_FROM, provider='o365'),
    'support_reply', C_CASE, [C_KEEP], True, 'en')

# C5 closure that also says the work is done; text and html parts differ
d = T('2026-01-17 14:30:22')
txt = """Hello Priya,

Good news: the two certification profiles are now one. AWS05530917 holds all of
your certifications and exam history, and AWS05892140 has been closed.

I am resolving this case. If anything looks off, you can reopen it from Support
Center within 14 days.

Best regards,
Martina
Amazon Web Services
"""
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Priya,</p>
<p>Good news: the two certification profiles are now one. Your candidate ID <b>AWS05530917</b> now holds all of your certifications and your complete exam history, and your former profile has been closed.</p>
<p>Your certification benefits, including the 50% discount on your next exam, are now associated with AWS05530917. We have also asked Credly to reissue the Cloud Practitioner badge to the Credly account that uses your work e-mail; this usually takes one to two business days.</p>
<p>I am resolving this case. If anything looks off, you can reopen it from Support Center within 14 days.</p>
<p>Best regards,<br>Martina<br>Amazon Web Services</p>
<table style="margin-top:18px"><tr><td style="font-size:12px">How would you rate this correspondence?&nbsp;</td>
<td><a href="https://console.aws.amazon.com/support/home#/rate?displayId={case}&amp;r=1">1</a> <a href="https://console.aws.amazon.com/support/home#/rate?displayId={case}&amp;r=2">2</a> <a href="https://console.aws.amazon.com/support/home#/rate?displayId={case}&amp;r=3">3</a> <a href="https://console.aws.amazon.com/support/home#/rate?displayId={case}&amp;r=4">4</a> <a href="https://console.aws.amazon.com/support/home#/rate?displayId={case}&amp;r=5">5</a></td></tr></table>
</body></html>
""".format(case=C_CASE)
add('console-raman-e', alt(leaf(txt), leaf(html, 'html', cte='base64')),
    aws_mail(d, C_USER, 'RE:[CASE %s] %s' % (C_CASE, C_TITLE), frm=CONSOLE_FROM, provider='o365'),
    'merge_completed', C_CASE, [C_KEEP, C_OLD], True, 'en')

# C6 survey invitation
d = T('2026-01-19 10:00:04')
txt = """Hello,

You recently contacted AWS Support about case {case} ("{title}").
We'd like to hear about your experience. The survey takes about 3 minutes.

Start the survey: https://aws-support-survey.amazon.com/s/{tok}

Thank you for helping us improve AWS Support.

Amazon Web Services
""".format(case=C_CASE, title=C_TITLE, tok=rhex(28))
html = """<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p><p>You recently contacted AWS Support about case {case} (&ldquo;{title}&rdquo;). We&rsquo;d like to hear about your experience. The survey takes about 3 minutes.</p>
<p><a href="https://aws-support-survey.amazon.com/s/{tok}" style="background:#ec7211;color:#fff;padding:10px 20px;text-decoration:none">Start the survey</a></p>
<p>Thank you for helping us improve AWS Support.</p><p>Amazon Web Services</p></body></html>
""".format(case=C_CASE, title=C_TITLE, tok=rhex(28))
add('console-raman-f', alt(leaf(txt), leaf(html, 'html')),
    aws_mail(d, C_USER, 'Tell us about your recent AWS Support experience', frm=formataddr(('AWS Support', 'no-reply-aws@amazon.com')),
             provider='o365'),
    'survey', C_CASE, [], True, 'en')

# U23 internal mail from manager, Exchange-internal, no Authentication-Results at all
d = T('2026-01-16 15:22:48')
v6 = '2603:10b6:806:%x::%x' % (R.randint(0x100, 0x3ff), R.randint(1, 30))
hdrs = [
    ('Received', 'from SA1PR12MB%04d.namprd12.prod.outlook.com (%s) by\n PH0PR12MB%04d.namprd12.prod.outlook.com with HTTPS; %s' % (R.randint(1000, 9999), v6, R.randint(1000, 9999), rfc(d + timedelta(seconds=2)))),
    ('Received', 'from SA1PR12MB%04d.namprd12.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by SA1PR12MB%04d.namprd12.prod.outlook.com\n ([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.8398.021; %s'
     % (R.randint(1000, 9999), rhex(4), rhex(4), rhex(4), rhex(4), R.randint(1000, 9999), rhex(4), rhex(4), rhex(4), rhex(4), rfc(d + timedelta(seconds=1)))),
    ('From', formataddr(('Greg Halvorsen', 'greg.halvorsen@brightwave-analytics.com'))),
    ('To', formataddr((C_NAME, C_USER))),
    ('Subject', 'cert profiles / partner tier renewal'),
    ('Thread-Topic', 'cert profiles / partner tier renewal'),
    ('Thread-Index', 'Ado' + rb64(29)),
    ('Date', rfc(d)),
    ('Message-ID', '<SA1PR12MB%04d%s@SA1PR12MB%04d.namprd12.prod.outlook.com>' % (R.randint(1000, 9999), rhex(12).upper(), R.randint(1000, 9999))),
    ('Accept-Language', 'en-US'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
    ('X-MS-Exchange-Organization-AuthSource', 'SA1PR12MB%04d.namprd12.prod.outlook.com' % R.randint(1000, 9999)),
    ('X-MS-Exchange-Organization-SCL', '-1'),
]
txt = """Priya - quick one.

The partner team says the Advanced tier renewal only counts certs tied to one
candidate ID per person, and the portal still shows your duplicate profile
(AWS05892140) next to the new one. Did AWS ever come back on case {case}? If
it's sorted, can you forward me whatever they sent so I can attach it to the
renewal ticket before Friday?

Thx,
Greg

Greg Halvorsen | Director, Cloud Practice
Brightwave Analytics
""".format(case=C_CASE)
html = '<html><body><div style="font-family:Calibri,Arial;font-size:11pt">' + \
    txt.replace('\n\n', '</p><p>').replace('\n', ' ').join(['<p>', '</p>']) + '</div></body></html>'
add('internal-halvorsen', alt(leaf(txt), leaf(html, 'html')), hdrs,
    'unrelated', C_CASE, [C_OLD], None, 'en')


# ===================== Story D: 山本 彩, form case in Japanese, Gmail
D_USER = 'aya.yamamoto.cloud@gmail.com'
D_NAME = '山本 彩'
D_OPEN = '2025-06-02 23:40:12'
D_CASE = case15(D_OPEN)
D_KEEP, D_OLD = 'AWS03318476', 'AWS03940021'
D_SUBJ = '[CASE %s] [AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ' % D_CASE
TC_SIG_JA = '\nAWS トレーニングと認定 カスタマーサポート\n'

# D1 acknowledgement
d = T(D_OPEN) + timedelta(seconds=17)
txt = """山本 彩 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

本メールは自動送信です。以下の内容でお問い合わせを受け付けました。

ケース番号: {case}
お問い合わせの種類: 認定
詳細: アカウントの統合
AWS 受験者 ID: {keep}

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
追加情報がある場合は、件名のケース番号を変更せずに本メールへご返信ください。
同じ内容で新たにフォームを送信されると、対応が遅れる場合がありますのでご注意ください。
""".format(case=D_CASE, keep=D_KEEP) + TC_SIG_JA
add('tc-form-yamamoto-a', leaf(txt, cte='base64'), aws_mail(d, D_USER, D_SUBJ),
    'case_created', D_CASE, [D_KEEP], True, 'ja')

# D2 follow-up asking whether help is still needed; earlier mail quoted
d = T('2025-06-09 01:00:30')
txt = """山本様

AWS トレーニングと認定の木村です。

6月4日にお送りしたメールについて、その後いかがでしょうか。
もう一方のアカウントのメールアドレスを確認でき次第、お手続きを進めることができます。

引き続きサポートが必要な場合は、本メールにご返信ください。
7日以内にご返信がない場合、本ケースはいったんクローズさせていただきます
（クローズ後もご返信いただければ再開できます）。

木村
AWS トレーニングと認定 カスタマーサポート

2025年6月4日(水) 10:12 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 山本様
>
> お問い合わせいただきありがとうございます。担当の木村です。
>
> ご連絡いただいた受験者 ID AWS03318476 のアカウントは確認できましたが、
> もう一方のアカウント（以前の勤務先で作成されたもの）が特定できませんでした。
> 当時ご登録のメールアドレス、またはスコアレポートに記載の受験者 ID を
> お知らせください。
>
> 木村
> AWS トレーニングと認定 カスタマーサポート
"""
add('tc-form-yamamoto-b', leaf(txt, cte='quoted-printable'), aws_mail(d, D_USER, 'RE:' + D_SUBJ),
    'support_reply', D_CASE, [], True, 'ja')

# D3 confirmation request
d = T('2025-06-10 04:30:44')
D3_BODY = """山本様

ご返信ありがとうございます。旧アカウントを確認できました。

お手続きを進める前に、以下の内容をご確認ください。

【残すアカウント】 AWS 03318476（aya.yamamoto.cloud@gmail.com）
【統合後に閉鎖するアカウント】 aws03940021（a-yamamoto@kitasoft.co.jp）

閉鎖するアカウントの認定資格（AWS Certified SysOps Administrator - Associate）と
受験履歴は、残すアカウントに引き継がれます。
なお、この手続きは一度行うと元に戻すことができません。

内容に問題がなければ、「上記内容で進めてください」と本メールにご返信ください。

木村
AWS トレーニングと認定 カスタマーサポート
"""
add('tc-form-yamamoto-c', leaf(D3_BODY, cte='quoted-printable'), aws_mail(d, D_USER, 'RE:' + D_SUBJ),
    'merge_confirmation_requested', D_CASE, [D_KEEP, D_OLD], True, 'ja')

# D4 done; confirmation request quoted two levels deep
d = T('2025-06-12 02:15:09')
nested = '\n'.join(('> > ' + l).rstrip() for l in D3_BODY.splitlines())
txt = """山本様

ご確認ありがとうございました。
本日、2 つのアカウントの統合作業が完了いたしました。今後は AWS03318476 でサインインしてください。
SysOps Administrator の認定と受験履歴も、こちらのアカウントでご確認いただけます。

Credly のバッジは数日以内に新しいアカウントへ反映される予定です。

今回の対応について、後ほどお送りするアンケートにご協力いただけますと幸いです。

木村
AWS トレーニングと認定 カスタマーサポート

2025年6月11日(水) 7:48 山本 彩 <aya.yamamoto.cloud@gmail.com>:
> 木村様
>
> ご確認ありがとうございます。上記内容で進めてください。
> The details are correct. Please proceed with the merge.
>
> 山本
>
> 2025年6月10日(火) 13:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
""" + nested + '\n'
add('tc-form-yamamoto-d', leaf(txt, cte='base64'), aws_mail(d, D_USER, 'RE:' + D_SUBJ),
    'merge_completed', D_CASE, [D_KEEP], True, 'ja')

# D5 Credly badge ready to accept
d = T('2025-06-12 09:02:37')
tok = ruuid()
txt = """Hi Aya,

Your badge from Amazon Web Services Training and Certification is ready:

AWS Certified SysOps Administrator - Associate

Accept it to display it on your Credly profile and share it:
https://www.credly.com/earner/earned/badge/{tok}

The Credly Team
""".format(tok=tok)
html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">
<table width="560" align="center" style="background:#fff;padding:24px"><tr><td>
<p>Hi Aya,</p>
<p>Your badge from Amazon Web Services Training and Certification is ready to accept:</p>
<p><b>AWS Certified SysOps Administrator &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/{tok}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept badge</a></p>
<p style="color:#888;font-size:11px">You are receiving this e-mail because a badge was issued to {user}.</p>
</td></tr></table></body></html>
""".format(tok=tok, user=D_USER)
add('credly-yamamoto-a', alt(leaf(txt, cte='7bit', charset='us-ascii'), leaf(html, 'html')),
    credly_mail(d, D_USER, D_NAME, 'Your AWS Certified SysOps Administrator - Associate badge is ready'),
    'credly_badge_issued', None, [], True, 'en')

# U27 colleague, internal on-prem mail server, Shift_JIS 8bit, no Authentication-Results
d = T('2025-06-05 06:41:19')
hdrs = [
    ('Return-Path', '<t-suzuki@minato-dx.co.jp>'),
    ('Received', 'from mail.minato-dx.co.jp (localhost [127.0.0.1])\n\tby mail.minato-dx.co.jp (Postfix) with ESMTP id 4bC%s\n\tfor <aya.yamamoto@minato-dx.co.jp>; %s'
     % (ralnum(8).upper(), rfc(d + timedelta(seconds=1), JST))),
    ('Received', 'from [192.168.10.57] (unknown [192.168.10.57])\n\tby mail.minato-dx.co.jp (Postfix) with ESMTPSA id 4bC%s\n\tfor <aya.yamamoto@minato-dx.co.jp>; %s'
     % (ralnum(8).upper(), rfc(d, JST))),
    ('From', enc_name('鈴木 拓也', 't-suzuki@minato-dx.co.jp', 'iso-2022-jp')),
    ('To', enc_name('山本 彩', 'aya.yamamoto@minato-dx.co.jp', 'iso-2022-jp')),
    ('Subject', Header('認定アカウントの件（パートナー申請）', 'iso-2022-jp')),
    ('Date', rfc(d, JST)),
    ('Message-ID', '<%s.%s@minato-dx.co.jp>' % (d.strftime('%Y%m%d%H%M%S'), rhex(8))),
    ('X-Mailer', 'Becky! ver. 2.81.06 [ja]'),
]
txt = """山本さん

お疲れさまです。鈴木です。

先日話していた AWS 認定アカウントの統合の件、ケース番号 {case} で
サポートとやり取り中と聞きました。

パートナー申請で山本さんの AWS03318476 の認定数をカウントしたいので、
統合が終わったら教えてもらえますか？
あと、統合後も 50% 割引の特典が残るかどうか、ついでに確認してもらえると助かります。

よろしくお願いします。

--
鈴木 拓也
ミナトDX株式会社 クラウド推進部
""".format(case=D_CASE)
add('internal-suzuki', leaf(txt, charset='shift_jis', cte='8bit'), hdrs,
    'unrelated', D_CASE, [D_KEEP], None, 'ja')


# ===================== Story E: Marcus Feld, form case, Outlook.com consumer
E_USER = 'marcus.feld@outlook.com'
E_NAME = 'Marcus Feld'
E_OPEN = '2026-03-03 20:05:44'
E_CASE = case15(E_OPEN)
E_KEEP, E_OLD = 'AWS06604412', 'AWS01187735'
E_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % E_CASE
ETEN = 'namprd04'

# E1 acknowledgement
d = T(E_OPEN) + timedelta(seconds=21)
txt = """Hello,

Your request has been logged with AWS Training and Certification Customer
Support. Please keep the reference below for your records.

Reference: {case}
Topic: Certification > Account Merge
Candidate ID entered: aws06604412

A support specialist will reach out by e-mail, usually within one business day.
Replies to this message are added to your request automatically. There is no
need to submit the form again.

Regards,
AWS Training and Certification Customer Support
""".format(case=E_CASE) + TC_FOOTER
add('tc-form-feld-a', leaf(txt), aws_mail(d, E_USER, E_SUBJ, provider='o365', tenant=ETEN),
    'case_created', E_CASE, [E_KEEP], True, 'en')

# E2 agent asks for reason + notification e-mails; user's original quoted Outlook-style
d = T('2026-03-05 15:20:10')
txt = """Hi Marcus,

Thank you for contacting AWS Training and Certification. I'm Leila and I'll be
looking after your request.

I can see a profile under {keep}. Before I can go any further, could you
please help me with the following:

- the notification e-mail address set on each of the two profiles (this can
  differ from the address you sign in with);
- the reason you'd like the profiles combined (for example, a change of
  employer or a duplicate created by mistake).

I'll pick this up again as soon as you reply.

Kind regards,
Leila M.
AWS Training and Certification Customer Support

-----Original Message-----
From: Marcus Feld <marcus.feld@outlook.com>
Sent: Tuesday, March 3, 2026 12:05 PM
To: AWS Training and Certification
Subject: AWS Training and Certification Form Submission - account-assistance

Hi, I ended up with two certification accounts, AWS06604412 and AWS01187735.
The second one was created when I booked the AI Practitioner exam through a
training partner. Can you put everything together on the first one?
Thanks, Marcus
""".format(keep=E_KEEP)
add('tc-form-feld-b', leaf(txt), aws_mail(d, E_USER, 'RE: ' + E_SUBJ, provider='o365', tenant=ETEN),
    'support_reply', E_CASE, [E_KEEP], True, 'en')

# E3 confirmation request, body is UTF-8 but labelled iso-8859-1
d = T('2026-03-06 17:45:31')
E3_BODY = """Hi Marcus,

Thanks for getting back to me \u2013 that\u2019s everything I need.

Here\u2019s what I\u2019m about to request, so please read it carefully:

\u2022 Stays active: AWS06604412 (marcus.feld@outlook.com)
\u2022 Gets combined into the above and switched off: AWS-01187735 (mfeld@trainwise-partners.com)

The AWS Certified AI Practitioner credential and its exam record will move to
AWS06604412. This is a one-way change \u2013 we can\u2019t split the profiles apart
again afterwards.

Could you reply with \u201cconfirmed\u201d if this is what you want? I won\u2019t make any
changes until I hear from you.

Kind regards,
Leila M.
AWS Training and Certification Customer Support
"""
add('tc-form-feld-c', leaf(E3_BODY, declared='iso-8859-1'),
    aws_mail(d, E_USER, 'RE: ' + E_SUBJ, provider='o365', tenant=ETEN),
    'merge_confirmation_requested', E_CASE, [E_KEEP, E_OLD], True, 'en')

# E4 completion with previous thread pasted below with no quote markers at all
d = T('2026-03-09 13:30:02')
txt = """Hi Marcus,

All set. Your AI Practitioner credential and its exam record are now on
AWS06604412 alongside your other certifications, and the duplicate profile
has been switched off. Signing in with marcus.feld@outlook.com will show
everything in one place.

Kind regards,
Leila M.
AWS Training and Certification Customer Support


""" + E3_BODY.replace('\u2013', '-').replace('\u2019', "'").replace('\u2022', '*').replace('\u201c', '"').replace('\u201d', '"')
add('tc-form-feld-d', leaf(txt, cte='quoted-printable'),
    aws_mail(d, E_USER, 'RE: ' + E_SUBJ, provider='o365', tenant=ETEN),
    'merge_completed', E_CASE, [E_KEEP], True, 'en')

# E5 closure survey, does not say what was done
d = T('2026-03-09 13:31:15')
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have closed your case <b>{case}</b>. We hope we were able to help.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://tc-survey.aws.amazon.com/c/{tok}?resolved=yes" style="padding:8px 22px;background:#1d8102;color:#fff;text-decoration:none">YES</a>
&nbsp;<a href="https://tc-survey.aws.amazon.com/c/{tok}?resolved=no" style="padding:8px 22px;background:#d13212;color:#fff;text-decoration:none">NO</a></p>
<p>Please also take a moment to rate the agent who handled your case. Your answers are anonymous.</p>
<p>AWS Training and Certification Customer Support</p>
</body></html>
""".format(case=E_CASE, tok=rhex(30))
txt = """Hello,

We have closed your case {case}. We hope we were able to help.

Was your issue resolved? YES / NO
https://tc-survey.aws.amazon.com/c/{tok}

Please also take a moment to rate the agent who handled your case.

AWS Training and Certification Customer Support
""".format(case=E_CASE, tok=rhex(30))
add('tc-form-feld-e', alt(leaf(txt), leaf(html, 'html')),
    aws_mail(d, E_USER, 'Your case %s has been closed' % E_CASE, provider='o365', tenant=ETEN),
    'survey', E_CASE, [], True, 'en')

# E6 Credly badge
d = T('2026-03-10 02:14:50')
tok = ruuid()
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:600px;margin:0 auto;padding:20px">
<img src="https://images.credly.com/images/{img}/AWS-AIPractitioner-badge.png" width="120" alt="">
<h2 style="font-weight:500">Marcus, your badge is waiting.</h2>
<p>Amazon Web Services Training and Certification has issued you <b>AWS Certified AI Practitioner</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/{tok}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Accept Badge</a></p>
<p style="font-size:12px;color:#666">Accepting lets you share your achievement and lets employers verify it.</p>
</div></body></html>
""".format(tok=tok, img=ruuid())
add('credly-feld-a', leaf(html, 'html'),
    credly_mail(d, E_USER, E_NAME, 'Marcus, your AWS Certified AI Practitioner badge is waiting', provider='o365'),
    'credly_badge_issued', None, [], True, 'en')

# ===================== Story F: 中村 翔, form case, nifty, ISO-2022-JP, no Authentication-Results
F_USER = 'sho-nakamura@nifty.com'
F_OPEN = '2025-04-21 04:12:09'
F_CASE = case15(F_OPEN)
F_KEEP, F_OLD = 'AWS08123579', 'AWS08850326'
d = T('2025-04-24 06:30:55')
ip = ses_ip()
mf = ses_mailfrom(d)
hdrs = [('Return-Path', '<%s>' % mf)] + jp_trace('nifty', F_USER, d, ip_host(ip), ip, ar=None) + \
    ses_dkim_headers(d) + [
    ('From', FORM_FROM), ('To', F_USER),
    ('Subject', Header('RE:[CASE %s] [AWS トレーニングと認定 フォーム送信] - アカウントに関するお問い合わせ' % F_CASE, 'iso-2022-jp')),
    ('Date', rfc(d)), ('Message-ID', ses_msgid(d)), ses_feedback(d),
]
txt = """中村様

AWS トレーニングと認定の佐々木です。
お待たせいたしました。ご依頼いただいた認定アカウントの統合が完了しましたので
お知らせいたします。

統合先（継続してご利用いただくアカウント）: AWS08123579
統合元（閉鎖済み）: AWS08850326

AWS08850326 で取得された AWS Certified Solutions Architect - Professional の
認定は、今後 AWS08123579 の認定一覧に表示されます。

本件はこれにてクローズとさせていただきます。
ご不明な点がございましたら、本メールにご返信ください。

佐々木
AWS トレーニングと認定 カスタマーサポート
"""
add('tc-form-nakamura', leaf(txt, charset='iso-2022-jp', cte='7bit'), hdrs,
    'merge_completed', F_CASE, [F_KEEP, F_OLD], None, 'ja')


# ===================== Unrelated: other AWS / certification vendor mail
# U1 billing case (reopened older 11-digit case), Daniel, Gmail
d = T('2025-10-07 17:26:40')
U1_CASE = '12093357481'
txt = """Hello Daniel,

Thank you for your patience while I looked into this. I've reopened your case
{case} from 2023 since it concerns the same account.

I reviewed the charges on account 4821-7730-1956 for September. The increase
comes from NAT Gateway data processing in us-east-1 (about 1.9 TB), which
started on September 3rd. As a one-time courtesy I have applied a credit of
USD 142.36; it will appear on your next invoice.

You also asked whether the two AWS accounts you use for side projects can be
merged into one. AWS accounts themselves can't be combined, but you can invite
the second account into an AWS Organization with the first one as management
account. You would then receive a single consolidated bill and could move the
workloads over at your own pace.

Best regards,
Tomasz W.
Amazon Web Services
""".format(case=U1_CASE) + CONSOLE_RATE_EN.format(case=U1_CASE, c=rhex(16))
add('console-ortega-billing', leaf(txt),
    aws_mail(d, A_USER, 'RE:[CASE %s] Unexpected increase in monthly charges' % U1_CASE, frm=CONSOLE_FROM),
    'unrelated', U1_CASE, [], True, 'en')

# U2 EC2 quota case in Japanese, Kenta, O365
U2_CASE = case15('2025-12-01 05:44:18')
d = T('2025-12-01 23:12:04')
txt = """佐藤様

Amazon Web Services サポートの高橋です。

ご依頼いただいた東京リージョン (ap-northeast-1) の Running On-Demand Standard
(A, C, D, H, I, M, R, T, Z) インスタンスの上限について、256 vCPU への引き上げが
完了しました。設定の反映には最大 30 分ほどかかる場合があります。

現在の値は Service Quotas コンソールからご確認いただけます。
https://console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A

本ケースはこのまま解決済みとさせていただきます。

高橋
Amazon Web Services
""" + CONSOLE_RATE_JA.format(case=U2_CASE, c=rhex(16))
add('console-sato-quota', leaf(txt, cte='base64'),
    aws_mail(d, B_USER, 'RE:[CASE %s] EC2 vCPU 上限緩和のご依頼 (ap-northeast-1)' % U2_CASE, frm=CONSOLE_FROM,
             provider='o365', tenant=JTEN),
    'unrelated', U2_CASE, [], True, 'ja')

# U3 Seller Central case about merging listings, Marcus
d = T('2026-02-11 09:55:12')
U3_CASE = '5921437708'
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We have merged the detail pages you reported into a single listing. ASIN
B0C7QK4M2R is now the parent, and the duplicate page B0C7QJZ8TT has been
retired; its offers and reviews now appear on the parent ASIN. It can take up
to 24 hours for the change to show on the product detail page.

Was this response helpful? Rate it here:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={case}&rate=1

Thank you for selling on Amazon,
Gabriela
Amazon.com Selling Partner Support
""".format(case=U3_CASE)
add('seller-central-listing', leaf(txt),
    aws_mail(d, E_USER, 'RE:[CASE %s] Duplicate detail pages for the same product' % U3_CASE,
             frm=formataddr(('Amazon Selling Partner Support', 'sellercentral-support@amazon.com')),
             provider='o365', tenant=ETEN),
    'unrelated', U3_CASE, [], True, 'en')

# U4 Skill Builder digest, Priya
d = T('2026-02-02 16:00:07')
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<h2>Your week on AWS Skill Builder</h2>
<p>Hi Priya, here's what's new for your learning plan <b>Data Analytics</b>:</p>
<ul>
<li>Amazon Redshift Serverless Deep Dive (2h 10m) - new</li>
<li>Exam Prep Official Practice Question Set: AWS Certified Data Engineer - Associate (updated)</li>
<li>AWS Jam: Streaming Analytics with Amazon MSK (lab)</li>
</ul>
<p>You completed 62% of your plan. Keep going!</p>
<p><a href="https://skillbuilder.aws/learn/plan/{p}">Continue learning</a></p>
<p style="font-size:11px;color:#888">You're receiving this because you have an AWS Skill Builder account. <a href="https://skillbuilder.aws/preferences">Manage e-mail preferences</a>.<br>Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109</p>
</body></html>
""".format(p=rhex(10))
txt = """Your week on AWS Skill Builder

Hi Priya, here's what's new for your learning plan Data Analytics:

- Amazon Redshift Serverless Deep Dive (2h 10m) - new
- Exam Prep Official Practice Question Set: AWS Certified Data Engineer - Associate (updated)
- AWS Jam: Streaming Analytics with Amazon MSK (lab)

You completed 62% of your plan. Keep going!
https://skillbuilder.aws/learn/plan

Manage e-mail preferences: https://skillbuilder.aws/preferences
"""
add('skillbuilder-weekly', alt(leaf(txt), leaf(html, 'html')),
    aws_mail(d, C_USER, 'Your week on AWS Skill Builder: 3 new items in your plan',
             frm=formataddr(('AWS Skill Builder', 'no-reply@skillbuilder.aws')), from_dom='skillbuilder.aws',
             sel='sb1', provider='o365'),
    'unrelated', None, [], True, 'en')

# U5 re:Invent registration, HTML only, Daniel
d = T('2025-08-14 18:31:55')
html = """<html><body style="margin:0;font-family:'Amazon Ember',Arial,sans-serif">
<div style="background:#232f3e;color:#fff;padding:20px"><h1 style="margin:0">AWS re:Invent 2025</h1><p>December 1-5, 2025 | Las Vegas, NV</p></div>
<div style="padding:20px">
<p>Hi Daniel,</p>
<p>Your registration is confirmed. Registration ID: <b>RI25-{rid}</b></p>
<p>Pass type: Full Conference Pass</p>
<p><b>AWS Certified?</b> Stop by the AWS Certification Lounge at the Venetian to pick up exclusive swag and recharge. Make sure the e-mail on your re:Invent registration matches the one on your AWS Certification account, or show your digital badge at the entrance.</p>
<p>Session reservations open October 14. Build your agenda in the event portal.</p>
<p><a href="https://registration.awsevents.com/flow/awsevents/reinvent25/myagenda">Manage my registration</a></p>
</div>
<p style="font-size:11px;color:#888;padding:0 20px">Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109</p>
</body></html>
""".format(rid=R.randint(100000, 999999))
add('reinvent-registration', leaf(html, 'html', cte='base64'),
    aws_mail(d, A_USER, 'Your AWS re:Invent 2025 registration is confirmed',
             frm=formataddr(('AWS re:Invent', 'aws-reinvent@amazon.com'))),
    'unrelated', None, [], True, 'en')

# U6 CertMetrics result mail (authentic, but not AWS/Credly domain), Daniel
d = T('2025-07-03 02:18:44')
ip = '52.6.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
txt = """Dear Daniel Ortega,

Congratulations! You have successfully completed the AWS Certified Solutions
Architect - Associate exam and are now AWS Certified.

AWS Certification Account: AWS04417829
Certification: AWS Certified Solutions Architect - Associate
Validation number: 7N2KQ9X1LBE4Q2S1
Date achieved: July 1, 2025
Expiration: July 1, 2028

You can view your score report, download your certificate and access your
certification benefits in your AWS Certification Account:
https://www.aws.training/certification

A digital badge will be issued to you through Credly within 5 business days.

AWS Training and Certification
"""
add('certmetrics-ortega', leaf(txt),
    ext_mail(d, A_USER, formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')),
             'Congratulations, you are now AWS Certified!', 'gmail', 'mail%d.certmetrics.com' % R.randint(1, 9), ip,
             'bounce-%s@mail.certmetrics.com' % rhex(10), 'certmetrics.com', sel='cm2023', policy='NONE'),
    'unrelated', None, [A_KEEP], False, 'en')

# U7 Japanese score report notice from CertMetrics, Kenta
d = T('2025-10-20 07:03:29')
ip = '52.6.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
txt = """佐藤 健太 様

AWS Certified Developer - Associate 試験のスコアレポートが利用可能になりました。

AWS 認定アカウント: AWS07781203
試験日: 2025年10月18日

スコアレポートは AWS 認定アカウントにサインインし、[Exam History] から
ご確認いただけます。
https://www.aws.training/certification

本メールは送信専用アドレスから送信されています。

AWS トレーニングと認定
"""
add('certmetrics-sato', leaf(txt, cte='base64'),
    ext_mail(d, B_USER, formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')),
             'AWS 認定試験のスコアレポートをご確認いただけます', 'o365', 'mail%d.certmetrics.com' % R.randint(1, 9), ip,
             'bounce-%s@mail.certmetrics.com' % rhex(10), 'certmetrics.com', sel='cm2023', tenant=JTEN),
    'unrelated', None, [B_KEEP], False, 'ja')

# U8 recertification reminder from amazon.com, Priya
d = T('2026-01-05 15:00:12')
txt = """Hi Priya,

Your AWS Certified Solutions Architect - Associate certification expires on
April 2, 2026.

Candidate ID: AWS05530917

To keep your certification active, pass the current version of the exam or
a higher-level exam before the expiration date. As a certification holder you
can use your 50% discount benefit for the recertification exam; find it under
Benefits in your AWS Certification Account.

Need to prepare? Try the free Exam Prep courses on AWS Skill Builder.

AWS Training and Certification
""" + TC_FOOTER
add('tc-notice-raman', leaf(txt),
    aws_mail(d, C_USER, 'Reminder: your AWS Certification expires in 90 days',
             frm=formataddr(('AWS Training and Certification', 'aws-training-certification@amazon.com')),
             provider='o365'),
    'unrelated', None, [C_KEEP], True, 'en')

# U9 Japanese benefits mail from amazon.com, Aya (FAQ mentions account merges)
d = T('2025-07-01 01:00:09')
txt = """山本 彩 様

AWS 認定をお持ちの方向けの特典のご案内です。

受験者 ID: AWS03318476

■ 次回の AWS 認定試験が 50% 割引になるバウチャー
■ AWS Certified Global Community への参加
■ AWS 主催イベントでの認定者ラウンジのご利用

特典は AWS 認定アカウントの [Benefits] からご利用いただけます。

よくあるご質問
Q. アカウントを統合した場合、特典はどうなりますか？
A. 統合後に存続するアカウントへ引き継がれます。詳しくは AWS 認定の FAQ をご覧ください。

AWS トレーニングと認定
"""
add('tc-notice-yamamoto', leaf(txt, cte='quoted-printable'),
    aws_mail(d, D_USER, 'AWS 認定保持者特典のご案内（50% 割引バウチャーほか）',
             frm=enc_name('AWS トレーニングと認定', 'aws-training-certification@amazon.com')),
    'unrelated', None, [D_KEEP], True, 'ja')

# U10 Pearson VUE appointment, Marcus
d = T('2026-03-20 14:41:07')
ip = '159.182.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
txt = """Dear Marcus Feld,

Thank you for scheduling your exam with Pearson VUE.

Candidate ID: AWS06604412
Registration number: 512983467
Exam: MLA-C01: AWS Certified Machine Learning Engineer - Associate
Appointment: Thursday, April 9, 2026 at 9:00 AM Central Daylight Time
Delivery: OnVUE online proctored
Language: English

Please run the system test on the computer you will use for the exam before
your appointment and have a valid, government-issued ID ready.

To reschedule or cancel, sign in to your AWS Certification Account at least
24 hours before your appointment.

Sincerely,
Pearson VUE
"""
add('pearson-appointment', leaf(txt, charset='us-ascii', cte='7bit'),
    ext_mail(d, E_USER, formataddr(('Pearson VUE', 'pearsonvueconfirmation@pearson.com')),
             'Pearson VUE Confirmation of Exam Appointment', 'o365', 'mx%d.pearson.com' % R.randint(1, 4), ip,
             'bounce@pearsonvue.com', 'pearson.com', sel='pv2024', tenant=ETEN, from_dom='pearson.com'),
    'unrelated', None, [E_KEEP], False, 'en')

# U11 PSI appointment in Japanese, Sho, nifty (with AR this time)
d = T('2025-05-10 03:12:45')
ip = '198.2.%d.%d' % (R.randint(128, 190), R.randint(1, 250))
txt = """中村 翔 様

PSI にて以下の試験予約を承りました。

受験者 ID: AWS08123579
試験名: AWS Certified Security - Specialty (SCS-C02)
受験日時: 2025年6月7日(土) 10:00（日本時間）
受験方法: オンライン監視

試験開始の 30 分前までに、PSI Secure Browser をインストールしたパソコンから
ログインしてください。本人確認書類（有効期限内のもの）が必要です。

PSI Services LLC
"""
add('psi-nakamura', leaf(txt, cte='base64'),
    ext_mail(d, F_USER, formataddr(('PSI Exams', 'no-reply@psiexams.com')),
             '【PSI】試験予約確認のお知らせ', 'nifty', 'mail%d.psiexams.com' % R.randint(1, 9), ip,
             'bounces@psiexams.com', 'psiexams.com', sel='k1'),
    'unrelated', None, [F_KEEP], False, 'ja')

# U25 Builder ID code, Japanese, Aya
d = T('2025-06-12 10:05:33')
txt = """AWS Builder ID の確認コード

次の確認コードを入力して、メールアドレスを確認してください。

確認コード: 583920

このコードの有効期限は 10 分です。このリクエストに心当たりがない場合は、
このメールを無視してください。

Amazon Web Services
"""
add('signin-yamamoto', leaf(txt, cte='base64'),
    aws_mail(d, D_USER, 'AWS Builder ID の確認コード',
             frm=formataddr(('AWS', 'no-reply@signin.aws')), from_dom='signin.aws', sel='signinaws'),
    'unrelated', None, [], True, 'ja')

# U26 CertMetrics questionnaire about certification (not about the case), Kenta
d = T('2025-10-27 00:30:00')
ip = '52.6.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
html = """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>佐藤 健太 様</p>
<p>先日は AWS 認定試験を受験いただきありがとうございました。</p>
<p>今後の認定プログラム改善のため、受験体験に関するアンケートへのご協力をお願いいたします。所要時間は約 5 分です。</p>
<p><a href="https://survey.certmetrics.com/aws/{t}">アンケートに回答する</a></p>
<p>AWS 認定チーム</p>
<p style="font-size:11px;color:#888">このメールは送信専用アドレスから送信されています。</p>
</body></html>
""".format(t=rhex(20))
add('certmetrics-sato-2', leaf(html, 'html', cte='base64'),
    ext_mail(d, B_USER, formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')),
             'AWS 認定についてご意見をお聞かせください', 'o365', 'mail%d.certmetrics.com' % R.randint(1, 9), ip,
             'bounce-%s@mail.certmetrics.com' % rhex(10), 'certmetrics.com', sel='cm2023', tenant=JTEN),
    'unrelated', None, [], False, 'ja')


# ===================== Unrelated: Credly non-badge mail, phishing, newsletters, dev tools, forwards
CREDLY_PLAIN = formataddr(('Credly', 'admin@credly.com'))

# U12 Credly digest: someone viewed your badge, Daniel
d = T('2025-10-02 13:20:41')
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:580px;margin:auto">
<h2 style="font-weight:400">Your badges were viewed 14 times this month</h2>
<p>Hi Daniel, people are noticing your achievements.</p>
<table cellpadding="6"><tr><td><b>AWS Certified Solutions Architect &ndash; Associate</b></td><td>11 views</td></tr>
<tr><td><b>AWS Certified Cloud Practitioner</b></td><td>3 views</td></tr></table>
<p>Someone from <b>a company in Austin, TX</b> viewed your AWS Certified Solutions Architect &ndash; Associate badge.</p>
<p><a href="https://www.credly.com/users/daniel-ortega.{u}/badges">See your profile</a> &middot; <a href="https://www.credly.com/notification_settings">Notification settings</a></p>
</div></body></html>
""".format(u=rhex(8))
add('credly-ortega-b', leaf(html, 'html'),
    credly_mail(d, A_USER, A_NAME, 'Daniel, your badges were viewed 14 times in September', frm=CREDLY_PLAIN),
    'unrelated', None, [], True, 'en')

# U13 Credly expiry reminder, Priya
d = T('2026-01-02 14:05:09')
txt = """Hi Priya,

Your AWS Certified Solutions Architect - Associate badge expires on April 2, 2026.

Once a badge expires it stays on your profile but is marked as expired. To keep
it current, renew the certification with Amazon Web Services Training and
Certification before the expiration date.

View badge: https://www.credly.com/badges/{tok}

The Credly Team
""".format(tok=ruuid())
add('credly-raman', leaf(txt, charset='us-ascii', cte='7bit'),
    credly_mail(d, C_USER, C_NAME, 'Your badge expires in 90 days', provider='o365', frm=CREDLY_PLAIN),
    'unrelated', None, [], True, 'en')

# U14 Credly's own self-service account merge code, Kenta
d = T('2025-11-17 03:44:27')
txt = """Hi Kenta,

We received a request to merge the Credly account registered to
kenta.sato.0714@gmail.com into your account.

Your verification code is: 731904

Enter this code on the merge page, or click the link below:
Complete Account Merge: https://www.credly.com/account_merges/{tok}/confirm

The code expires in 30 minutes. If you didn't request this, you can ignore
this e-mail; nothing will change.

The Credly Team
""".format(tok=rhex(32))
add('credly-sato-b', leaf(txt, charset='us-ascii', cte='7bit'),
    credly_mail(d, B_USER, B_NAME, 'Credly account merge verification code', provider='o365', frm=CREDLY_PLAIN),
    'unrelated', None, [], True, 'en')

# U15 phishing imitating AWS T&C, not about the merge, Marcus
d = T('2026-03-12 07:41:02')
ip = '45.141.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
html = """<html><body style="font-family:Arial;font-size:14px">
<p><img src="https://aws-certification-center.net/assets/logo.png" width="90"></p>
<p>Dear AWS Certified Professional,</p>
<p>We detected unusual activity connected to your recent exam session. To protect the integrity of the AWS Certification program your certification status has been placed <b>on hold</b>.</p>
<p>To avoid permanent revocation, verify your candidate profile within <b>48 hours</b>:</p>
<p><a href="https://aws-certification-center.net/verify?u=marcus.feld%40outlook.com">Verify my certification</a></p>
<p>Regards,<br>AWS Training &amp; Certification Compliance</p>
</body></html>
"""
add('aws-tc-feld', leaf(html, 'html'),
    ext_mail(d, E_USER, formataddr(('AWS Training & Certification', 'compliance@aws-certification-center.net')),
             'Action required: your AWS Certification is on hold', 'o365', 'mail.aws-certification-center.net', ip,
             'compliance@aws-certification-center.net', 'aws-certification-center.net', tenant=ETEN,
             dmarc='none', dkim_ok=False, spf='pass'),
    'unrelated', None, [], False, 'en')

# U16 Japanese Credly look-alike phishing about expiry, ISO-2022-JP, Aya
d = T('2025-07-15 11:17:52')
ip = '103.151.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
txt = """山本 彩 様

いつも Credly をご利用いただきありがとうございます。

お客様のデジタルバッジ「AWS Certified SysOps Administrator - Associate」の
表示期限が近づいています。期限を過ぎるとバッジは非公開となり、
再発行には手数料が必要となります。

下記リンクよりログインし、48 時間以内に更新手続きを行ってください。
https://credly-badge-jp.com/renew?id=8831

Credly サポートチーム
"""
add('credly-yamamoto-b', leaf(txt, charset='iso-2022-jp', cte='7bit'),
    ext_mail(d, D_USER, enc_name('Credly サポート', 'info@credly-badge-jp.com', 'iso-2022-jp'),
             Header('【Credly】デジタルバッジの有効期限が近づいています（要対応）', 'iso-2022-jp'), 'gmail',
             'mx1.credly-badge-jp.com', ip, 'info@credly-badge-jp.com', 'credly-badge-jp.com', policy='NONE'),
    'unrelated', None, [], False, 'ja')

# P2 Credly look-alike "badge issued" phishing, Daniel
d = T('2025-09-22 16:40:18')
ip = '91.215.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<p><img src="https://credly-badges.net/static/credly.png" width="90"></p>
<h2 style="font-weight:400">Congratulations, Daniel!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Solutions Architect &ndash; Professional</b>.</p>
<p>Sign in to accept your badge and add it to your profile.</p>
<p><a href="https://credly-badges.net/signin?next=accept&amp;b={b}" style="background:#ff6b00;color:#fff;padding:12px 24px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly Inc. All rights reserved.</p>
</div></body></html>
""".format(b=rhex(24))
add('credly-ortega-c', leaf(html, 'html', cte='base64'),
    ext_mail(d, A_USER, formataddr(('Credly', 'notifications@credly-badges.net')),
             'You have a new badge from Amazon Web Services Training and Certification', 'gmail',
             'smtp.credly-badges.net', ip, 'bounce@credly-badges.net', 'credly-badges.net', policy='NONE'),
    'credly_badge_issued', None, [], False, 'en')

# U17 newsletter that walks through the merge process, Daniel
d = T('2025-10-15 12:00:33')
ip = '167.89.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
txt = """Cloud Career Notes #87

I merged my two AWS Certification accounts. Here's the timeline.

If you have ever taken an AWS exam with a work e-mail and another with a
personal one, you probably have two candidate IDs (they look like AWS plus
eight digits). Here's how getting them combined went for me:

Day 0 - I filled in the Training and Certification contact form (Certification
> Account Merge) and got an automatic "we've received your request" e-mail.

Day 2 - an agent wrote back listing both accounts, which one would stay and
which would be closed, and warned that it can't be undone. They asked me to
reply to confirm, which I did ("The details are correct. Please proceed.").

Day 4 - a short e-mail said the merge was complete, followed a minute later by
a "How did we do?" survey.

Day 5 - nothing from Credly. I had to reply to the case to get the old badge
moved over. Check your 50% voucher too; mine carried over fine.

Tip: don't open a second case while you wait - it only slows things down.

Also in this issue: re:Invent session picks, and the new AI Practitioner exam
guide.

Unsubscribe: https://cloudcareernotes.substack.com/action/disable_email
"""
add('newsletter-cloud-career', alt(leaf(txt), leaf('<html><body>' + txt.replace('\n\n', '</p><p>').join(['<p>', '</p>']) + '</body></html>', 'html')),
    ext_mail(d, A_USER, formataddr(('Cloud Career Notes', 'cloudcareernotes@substack.com')),
             'I merged my two AWS Certification accounts. Here\'s the timeline.', 'gmail',
             'o%d.mail.substack.com' % R.randint(1, 9), ip, 'bounce-%s@mail.substack.com' % rhex(8),
             'substack.com', policy='NONE', sel='s1'),
    'unrelated', None, [], False, 'en')

# U18 Qiita weekly trend digest, Japanese, Aya
d = T('2025-06-20 23:00:12')
ip = '54.240.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
txt = """Qiita 週間トレンド

今週よく読まれた記事をお届けします。

1. AWS認定のアカウントが2つあったのでサポートに統合してもらった話
   フォームから申請 → 確認メールに返信 → 数日で統合完了。Credly は別途依頼が必要でした。
   https://qiita.com/cloud_taro/items/{a}

2. Terraform 1.12 の新機能まとめ
   https://qiita.com/iac_hanako/items/{b}

3. Bedrock AgentCore を触ってみた
   https://qiita.com/genai_jiro/items/{c}

配信設定の変更: https://qiita.com/settings/notifications
Increments株式会社
""".format(a=rhex(20), b=rhex(20), c=rhex(20))
html = '<html><body style="font-family:sans-serif">' + txt.replace('\n', '<br>\n') + '</body></html>'
add('qiita-weekly', alt(leaf(txt, cte='base64'), leaf(html, 'html', cte='base64')),
    ext_mail(d, D_USER, formataddr(('Qiita', 'noreply@qiita.com')), 'Qiita 週間トレンド - AWS認定のアカウントが2つあったので…ほか', 'gmail',
             'a%d-%d.smtp-out.amazonses.com' % (R.randint(1, 99), R.randint(1, 99)), ip,
             '%s@mail.qiita.com' % rhex(16), 'qiita.com', policy='NONE', sel='qiita1'),
    'unrelated', None, [], False, 'ja')

# U19 AWS re:Post digest (aws family sender), Priya
d = T('2026-01-20 17:00:55')
txt = """AWS re:Post - Weekly digest

Questions in topics you follow: AWS Training and Certification

Q: How do I merge two AWS Certification accounts?
   Accepted answer: Submit the Training and Certification contact form and choose
   Account Merge. Support will confirm which account is kept before doing it;
   the merge can't be reversed.
   https://repost.aws/questions/QU{q1}

Q: Exam voucher not visible after changing my e-mail address
   https://repost.aws/questions/QU{q2}

Q: Credly badge shows old name
   https://repost.aws/questions/QU{q3}

Manage your notification settings: https://repost.aws/settings/notifications
""".format(q1=ralnum(20), q2=ralnum(20), q3=ralnum(20))
add('repost-digest', leaf(txt),
    aws_mail(d, C_USER, 'AWS re:Post weekly digest: 3 new questions in topics you follow',
             frm=formataddr(('AWS re:Post', 'no-reply@repost.aws')), from_dom='repost.aws', sel='repost1', provider='o365'),
    'unrelated', None, [], True, 'en')

# U20 GitHub PR merged notification, Priya
d = T('2026-01-21 18:02:14')
ip = '192.30.252.%d' % R.randint(190, 210)
txt = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightwave/partner-cert-tracker/pull/482#event-{e}
You are receiving this because you were mentioned.

Message ID: <brightwave/partner-cert-tracker/pull/482/issue_event/{e}@github.com>
""".format(e=R.randint(15000000000, 16999999999))
html = '<p>Merged <a href="https://github.com/brightwave/partner-cert-tracker/pull/482">#482</a> into main.</p>' \
       '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/brightwave/partner-cert-tracker/pull/482">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>'
add('github-pr-482', alt(leaf(txt), leaf(html, 'html')),
    ext_mail(d, C_USER, formataddr(('Jordan Lee', 'notifications@github.com')),
             'Re: [brightwave/partner-cert-tracker] Merge duplicate candidate profiles in roster (PR #482)', 'o365',
             'out-%d.smtp.github.com' % R.randint(20, 29), ip, 'noreply@github.com', 'github.com', sel='pf2023',
             msgid='<brightwave/partner-cert-tracker/pull/482/issue_event/%d@github.com>' % R.randint(15000000000, 16999999999),
             extra=[('In-Reply-To', '<brightwave/partner-cert-tracker/pull/482@github.com>'),
                    ('References', '<brightwave/partner-cert-tracker/pull/482@github.com>'),
                    ('List-ID', 'brightwave/partner-cert-tracker <partner-cert-tracker.brightwave.github.com>'),
                    ('X-GitHub-Reason', 'mention')]),
    'unrelated', None, [], False, 'en')

# U21 GitLab merge request merged, Kenta
d = T('2025-11-18 06:33:48')
ip = '159.135.%d.%d' % (R.randint(224, 239), R.randint(1, 250))
txt = """Merge request !57 was merged

Project: hikari-systems / infra / cert-sync
Branch: feature/replace-retired-candidate-ids -> main
Author: Taro Yamada

Replace retired AWS candidate IDs in roster.csv after the account consolidation.

View it on GitLab: https://gitlab.com/hikari-systems/infra/cert-sync/-/merge_requests/57
You're receiving this email because of your activity on gitlab.com.
"""
add('gitlab-mr-57', leaf(txt),
    ext_mail(d, B_USER, formataddr(('Taro Yamada (@t.yamada)', 'gitlab@mg.gitlab.com')),
             'Re: cert-sync | Replace retired candidate IDs in roster (!57)', 'o365', 'mg-%s.mg.gitlab.com' % rhex(4), ip,
             'bounce+%s@mg.gitlab.com' % rhex(10), 'mg.gitlab.com', sel='mailo', tenant=JTEN,
             msgid='<merge_request_%d@gitlab.com>' % R.randint(300000000, 399999999),
             extra=[('X-GitLab-Project', 'cert-sync'), ('X-GitLab-MergeRequest-IID', '57'),
                    ('X-GitLab-NotificationReason', 'mentioned')]),
    'unrelated', None, [], False, 'en')

# U22 Kenta forwards the completion mail to his team (internal O365, Japanese Outlook forward)
d = T('2025-11-14 09:02:37')
ar = 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=hikari-systems.co.jp;'
fwd_head = """
________________________________
差出人: Amazon Web Services <no-reply-aws@amazon.com>
送信日時: 2025年11月14日 17:20
宛先: 佐藤 健太 <kenta.sato@hikari-systems.co.jp>
件名: RE:[CASE {case}] {title}

""".format(case=B_CASE, title=B_TITLE)
txt = """チームの皆さん

佐藤です。AWS 認定アカウントの統合が完了したとサポートから連絡がありました（下記）。
今後は AWS07781203 のみ有効で、AWS02265918 は使えなくなっています。
パートナーポータルの名簿と cert-sync の roster.csv の更新をお願いします。

佐藤
""" + fwd_head + B4_BODY
hdrs = [
    ('Received', 'from TYCPR01MB%04d.jpnprd01.prod.outlook.com (2603:1096:400:%x::%x) by\n OS3PR01MB%04d.jpnprd01.prod.outlook.com with HTTPS; %s'
     % (R.randint(1000, 9999), R.randint(0x100, 0x3ff), R.randint(1, 30), R.randint(1000, 9999), rfc(d + timedelta(seconds=1)))),
    ('Authentication-Results', ar),
    ('From', enc_name(B_NAME, B_USER)),
    ('To', 'cloud-team@hikari-systems.co.jp'),
    ('Subject', subj('FW: RE:[CASE %s] %s' % (B_CASE, B_TITLE))),
    ('Thread-Topic', subj('RE:[CASE %s] %s' % (B_CASE, B_TITLE))),
    ('Thread-Index', 'AQH' + rb64(30)),
    ('Date', rfc(d)),
    ('Message-ID', '<TYCPR01MB%04d%s@TYCPR01MB%04d.jpnprd01.prod.outlook.com>' % (R.randint(1000, 9999), rhex(12).upper(), R.randint(1000, 9999))),
    ('Accept-Language', 'ja-JP, en-US'),
    ('Content-Language', 'ja-JP'),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
]
add('fw-sato-team', leaf(txt, cte='base64'), hdrs,
    'unrelated', B_CASE, [B_KEEP, B_OLD], False, 'ja')

# U24 Daniel forwards the completion mail from Gmail to his manager (Google Workspace)
d = T('2025-09-22 15:11:06')
ip = '209.85.220.%d' % R.randint(41, 73)
mgr = 'sara.kim@lumenfield.io'
fwd = """Hi Sara,

Here's the confirmation from AWS that my two cert profiles are combined.
Everything is under AWS04417829 now, so please use that one for the partner
roster; the old AWS09126654 no longer exists.

Daniel

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Sat, Sep 20, 2025 at 2:48 PM
Subject: RE:{subj}
To: <daniel.ortega.cloud@gmail.com>


""".format(subj=A_SUBJ)
a5 = [m for m in MAILS if m[0] == 'tc-form-ortega-e'][0][1].get_payload(decode=True).decode('utf-8')
txt = fwd + a5
add('fwd-ortega-kim', alt(leaf(txt), leaf('<div dir="ltr">' + txt.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</div>', 'html')),
    ext_mail(d, mgr, formataddr((A_NAME, A_USER)), 'Fwd: RE:' + A_SUBJ, 'gmail', 'mail-sor-f%d.google.com' % R.randint(41, 73), ip,
             A_USER, 'gmail.com', sel='20230601', policy='NONE',
             msgid='<CAF%s@mail.gmail.com>' % rb64(40).replace('/', '_').replace('+', '-')),
    'unrelated', A_CASE, [A_KEEP, A_OLD], False, 'en')


# === END MAILS ===
def write_all():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(11515).shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        slug, msg, label = MAILS[i]
        name = '%03d-%s.eml' % (n, slug)
        buf = BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep='\n')).flatten(msg)
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(buf.getvalue())
        labels[name] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote', len(labels))


if __name__ == '__main__':
    write_all()
