#!/usr/bin/env python3
"""Generator for blind set 291: AWS Certification account-merge mailbox (test data).

Each mail is described by a call to add(); the script writes NNN-slug.eml files and
labels.json into its own folder. account_ids are computed from the NEW text of each
mail only (never from the quoted history), so the label matches the text.
"""
import base64
import html as htmlmod
import json
import os
import quopri
import random
import re
import uuid
from datetime import datetime, timezone, timedelta
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(291)
MAILS = []
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
BST = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))

ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)')


def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


def dt(y, mo, d, h, mi, s=0, tz=UTC):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def case15(opened, tail):
    return '%d%05d' % (int(opened.timestamp()), tail)


# ---------------------------------------------------------------- random bits
def b64r(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def hexr(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ses_msgid(when, region='email.amazonses.com'):
    ms = int(when.timestamp() * 1000)
    return '<0100%012x-%s-000000@%s>' % (ms, ruuid(), region)


def ses_mailfrom(when):
    ms = int(when.timestamp() * 1000)
    return '0100%012x-%s-000000@amazonses.com' % (ms, ruuid())


def fold_b(sig, width=70, indent='\t '):
    return ('\n' + indent).join(sig[i:i + width] for i in range(0, len(sig), width))


def dkim_sig(domain, selector, when, headers='From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID', c='relaxed/simple'):
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n'
            '\ts=%s; d=%s; t=%d;\n'
            '\th=%s;\n'
            '\tbh=%s;\n'
            '\tb=%s\n') % (c, selector, domain, int(when.timestamp()), headers, b64r(32),
                           fold_b(b64r(256)))


AMZ_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def amazon_dkim(when):
    return dkim_sig('amazon.com', AMZ_SEL, when) + dkim_sig('amazonses.com', SES_SEL, when)


# ---------------------------------------------------------------- transport headers
def ses_ip():
    return '54.240.%d.%d' % (R.choice([8, 9, 27, 48]), R.randint(10, 250))


def gmail_trace(to, when, mailfrom, ip, helo, auth, extra_ar=''):
    """auth: text after 'mx.google.com;' already folded"""
    t1 = when + timedelta(seconds=R.randint(1, 4))
    fmt = lambda d: format_datetime(d.astimezone(timezone(timedelta(hours=-7))))
    gid = '%s%s' % (hexr(4), hexr(8))
    return (
        'Delivered-To: %s\n'
        'Received: by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n'
        '        %s\n'
        'X-Google-Smtp-Source: AGHT+I%s\n'
        'X-Received: by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id af79cd13be357-%s.%d.%d;\n'
        '        %s\n'
        'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n'
        '        d=google.com; s=arc-20240605;\n'
        '        b=%s\n'
        'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
        '        h=feedback-id:mime-version:subject:message-id:to:from:date\n'
        '         :dkim-signature:dkim-signature;\n'
        '        bh=%s;\n'
        '        fh=%s;\n'
        '        b=%s\n'
        'ARC-Authentication-Results: i=1; mx.google.com;\n%s\n'
        'Return-Path: <%s>\n'
        'Received: from %s (%s. [%s])\n'
        '        by mx.google.com with ESMTPS id %s\n'
        '        for <%s>\n'
        '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
        '        %s\n'
        'Received-SPF: %s\n'
        'Authentication-Results: mx.google.com;\n%s\n%s'
    ) % (to, hexr(4), hexr(3), hexr(2), hexr(2), gid, fmt(t1), b64r(60)[:70],
         hexr(4), hexr(3), hexr(2), hexr(10), int(t1.timestamp()), R.randint(100, 999),
         fmt(t1), int(t1.timestamp()), fold_b(b64r(200), 70, '        '), b64r(32),
         b64r(24), fold_b(b64r(200), 70, '        '), auth, mailfrom, helo, helo, ip,
         'af79cd13be357-' + hexr(10) + '.' + str(R.randint(100, 999)), to, fmt(when),
         'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip)
         if 'spf=pass' in auth else '%s (google.com: domain of %s%s does not designate %s as permitted sender) client-ip=%s;' % (
             re.search(r'spf=(\w+)', auth).group(1), 'transitioning ' if 'spf=softfail' in auth else '', mailfrom, ip, ip),
         auth, extra_ar)


def gauth(dkims, spf, mailfrom, ip, dmarc, hfrom, policy='QUARANTINE'):
    lines = []
    for res, dom, sel in dkims:
        lines.append('       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (res, dom, sel, b64r(6)[:8]))
    if spf == 'pass':
        lines.append('       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;' % (mailfrom, ip, mailfrom))
    else:
        lines.append('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;' % (spf, mailfrom, ip, mailfrom))
    lines.append('       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
        dmarc, policy, policy, 'NONE' if dmarc == 'pass' else 'QUARANTINE', hfrom))
    return '\n'.join(lines)


def amazon_gmail(to, when, mailfrom=None):
    mf = mailfrom or ses_mailfrom(when)
    ip = ses_ip()
    helo = 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 99)
    auth = gauth([('pass', 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', SES_SEL)],
                 'pass', mf, ip, 'pass', 'amazon.com')
    return gmail_trace(to, when, mf, ip, helo, auth) + amazon_dkim(when)


def outlook_trace(to, when, mailfrom, ip, helo, spf, dkim, dmarc, hfrom, compauth, tenant=False, dkim_d=None):
    fmt = lambda d: format_datetime(d.astimezone(UTC))
    t1 = when + timedelta(seconds=R.randint(1, 3))
    srv = R.choice(['SA1PR19MB', 'DM6PR02MB', 'BL1PR12MB', 'PH0PR11MB', 'AM9P193MB', 'TYCPR01MB'])
    h1 = '%s%04d.namprd%02d.prod.outlook.com' % (srv, R.randint(1000, 9999), R.randint(1, 20))
    h2 = 'BN%dPEPF0000%04d.namprd%02d.prod.outlook.com' % (R.randint(1, 9), R.randint(1000, 9999), R.randint(1, 20))
    dk = dkim_d or hfrom
    dkim_txt = {'pass': 'dkim=pass (signature was verified) header.d=%s' % dk,
                'fail': 'dkim=fail (body hash did not verify) header.d=%s' % dk,
                'none': 'dkim=none (message not signed) header.d=none'}[dkim]
    spf_txt = {'pass': 'spf=pass (sender IP is %s) smtp.mailfrom=%s' % (ip, mailfrom.split('@')[1]),
               'fail': 'spf=fail (sender IP is %s) smtp.mailfrom=%s' % (ip, mailfrom.split('@')[1]),
               'softfail': 'spf=softfail (sender IP is %s) smtp.mailfrom=%s' % (ip, mailfrom.split('@')[1])}[spf]
    dmarc_txt = 'dmarc=%s action=%s header.from=%s' % (dmarc, 'none' if dmarc in ('pass', 'none', 'bestguesspass') else 'quarantine', hfrom)
    return (
        'Received: from %s (::1) by %s with HTTPS; %s\n'
        'Received: from %s (2603:10b6:806:%s::%s) by %s\n'
        ' (2603:10b6:208:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n'
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s\n'
        'Authentication-Results: %s;\n %s;\n %s;compauth=%s reason=%s\n'
        'Received-SPF: %s (protection.outlook.com: domain of %s %s)\n'
        ' receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C\n'
        'Received: from %s (%s) by\n'
        ' %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n'
        ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s\n'
    ) % (h2, h1, fmt(t1), h2, hexr(3), hexr(2), h1, hexr(3), hexr(2), R.randint(8000, 8999),
         R.randint(10, 40), fmt(t1), spf_txt, dkim_txt, dmarc_txt, compauth,
         '100' if compauth == 'pass' else ('001' if dmarc == 'none' else '000'), 'Pass' if spf == 'pass' else spf.capitalize(),
         mailfrom.split('@')[1], 'designates %s as permitted sender' % ip if spf == 'pass' else 'does not designate %s as permitted sender' % ip,
         ip, helo, helo, ip, h2, R.randint(2, 250), R.randint(8000, 8999), R.randint(10, 40), fmt(when))


def amazon_outlook(to, when):
    mf = ses_mailfrom(when)
    ip = ses_ip()
    helo = 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 99)
    return outlook_trace(to, when, mf, ip, helo, 'pass', 'pass', 'pass', 'amazon.com', 'pass') + amazon_dkim(when)


def jp_trace(server, authserv, to, when, mailfrom, ip, helo, spf, dkim_d, dkim, dmarc, hfrom):
    fmt = lambda d: format_datetime(d.astimezone(JST))
    t1 = when + timedelta(seconds=R.randint(1, 5))
    qid = hexr(12).upper()
    ar = 'Authentication-Results: %s; spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tdmarc=%s header.from=%s' % (
        authserv, spf, mailfrom, dkim, dkim_d, AMZ_SEL if dkim_d == 'amazon.com' else 's1', dmarc, hfrom)
    return (
        'Return-Path: <%s>\n'
        'Delivered-To: %s\n'
        'Received: from %s (localhost [127.0.0.1])\n'
        '\tby %s (Postfix) with ESMTP id %s\n'
        '\tfor <%s>; %s\n'
        '%s\n'
        'Received: from %s (%s [%s])\n'
        '\tby %s (Postfix) with ESMTPS id %s\n'
        '\tfor <%s>; %s\n'
    ) % (mailfrom, to, server, server, qid, to, fmt(t1), ar, helo, helo, ip, server,
         hexr(12).upper(), to, fmt(when))


def amazon_jp(server, authserv, to, when):
    mf = ses_mailfrom(when)
    ip = ses_ip()
    helo = 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 99)
    return jp_trace(server, authserv, to, when, mf, ip, helo, 'pass', 'amazon.com', 'pass', 'pass', 'amazon.com') + amazon_dkim(when)


def corp_trace(to, when, helo, ip, relay='mail01.corp.internal'):
    fmt = lambda d: format_datetime(d)
    t1 = when + timedelta(seconds=R.randint(2, 9))
    return (
        'Received: from %s ([10.20.1.15]) by exch02.corp.internal with Microsoft SMTP Server\n'
        ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39;\n'
        ' %s\n'
        'Received: from %s (%s [%s])\n'
        '\tby %s with ESMTP id %s\n'
        '\tfor <%s>; %s\n'
    ) % (relay, fmt(t1), helo, helo, ip, relay, hexr(10), to, fmt(when))


# ---------------------------------------------------------------- MIME helpers
def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None):
    codec = codec or charset
    data = text.encode(codec)
    p = MIMENonMultipart('text', subtype)
    p.set_param('charset', charset)
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    else:
        payload = data.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    del p['MIME-Version']
    p['Content-Transfer-Encoding'] = cte
    return p


def auto_html(new, quoted='', qstyle='gmail', qhead=''):
    def para(t):
        return '<br>\n'.join(htmlmod.escape(l) for l in t.split('\n'))
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
         '<body><div style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color:#232f3e">\n%s\n</div>\n') % para(new)
    if quoted:
        if qstyle == 'gmail':
            h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>\n') % (
                htmlmod.escape(qhead), para(quoted))
        else:
            h += ('<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                  '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font></div>\n<div>%s</div>\n') % (
                para(qhead), para(quoted))
    h += '</body></html>\n'
    return h


def subj(s, charset=None, enc=None):
    if charset is None:
        return s
    c = Charset(charset)
    if enc == 'q':
        c.header_encoding = QP
    elif enc == 'b':
        c.header_encoding = BASE64
    return Header(s, c, header_name='Subject')


def name_addr(name, addr, charset=None):
    if charset is None:
        return '"%s" <%s>' % (name, addr) if any(ch in name for ch in ',.()') else '%s <%s>' % (name, addr)
    return '%s <%s>' % (Header(name, charset).encode(), addr)


def add(slug, kind, case_id, verified, lang, *, frm, to, subject, date, trace, new,
        quoted='', qhead='', msgid=None, parts='alt', charset='utf-8', cte='quoted-printable',
        hcharset=None, hcte=None, html=None, qstyle='gmail', extra=(), codec=None,
        hcodec=None, reply_to=None, cc=None, text_override=None):
    """parts: 'alt' (text+html), 'plain', 'html' (html only), 'mixed' (alt + attachment)"""
    full = new + (('\n\n' + qhead + '\n' + quoted) if quoted else '')
    if text_override is not None:
        full = text_override
    hcharset = hcharset or charset
    hcte = hcte or cte
    if html is None:
        html = auto_html(new, quoted, qstyle, qhead)
    if parts == 'plain':
        msg = text_part(full, 'plain', charset, cte, codec)
    elif parts == 'html':
        msg = text_part(html, 'html', hcharset, hcte, hcodec)
    else:
        alt = MIMEMultipart('alternative', boundary='--==_mimepart_%s' % hexr(24) if R.random() < 0.5 else None)
        alt.attach(text_part(full, 'plain', charset, cte, codec))
        alt.attach(text_part(html, 'html', hcharset, hcte, hcodec))
        msg = alt
        if parts == 'mixed':
            msg = MIMEMultipart('mixed')
            msg.attach(alt)
    # top-level headers, in a natural order
    mime_headers = [(k, v) for k, v in msg._headers]
    msg._headers = []
    msg['Date'] = format_datetime(date)
    msg['From'] = frm
    if reply_to:
        msg['Reply-To'] = reply_to
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Message-ID'] = msgid or ses_msgid(date)
    msg['Subject'] = subject
    for k, v in extra:
        msg[k] = v
    for k, v in mime_headers:
        msg._headers.append((k, v))
    body = msg.as_bytes()
    head, sep, rest = body.partition(b'\n\n')
    head = re.sub(rb'(Message-ID|Feedback-ID|In-Reply-To|References): \n ', rb'\1: ', head)
    raw = trace.encode('utf-8') + head + sep + rest
    label = {'kind': kind, 'case_id': case_id, 'account_ids': ids_in(new),
             'sender_verified': verified, 'language': lang}
    MAILS.append((slug, raw, label))


# ---------------------------------------------------------------- common text
AWS_FOOTER = ('Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
              'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
              'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210')
FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
SES_EXTRA = lambda when: [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64r(33)[:44]),
                          ('X-SES-Outgoing', when.strftime('%Y.%m.%d') + '-' + ses_ip())]

# ==================================================================== MAILS

# ---------------------------------------------------------------- Story A (Gmail, form case)
A_TO = 'dokafor.cloud@gmail.com'
A_OPEN = dt(2025, 5, 12, 8, 41, 7)
A_CID = case15(A_OPEN, 812)
A_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CID

d = A_OPEN + timedelta(seconds=41)
add('form-ack-received', 'case_created', A_CID, True, 'en',
    frm=FORM_FROM, to=A_TO, subject=A_SUBJ, date=d, trace=amazon_gmail(A_TO, d), extra=SES_EXTRA(d),
    new='''Hello Daniel,

Thank you for reaching out to AWS Training and Certification. This is an automated message to let you know that we have received your request and a support case has been created for it.

Case ID: %s
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID provided: AWS04718263

A member of our support team will review your request and respond, in most cases within 24 hours. You can add information to this case by replying to this e-mail; please keep the case ID in the subject line. To help us serve you faster, please do not open a new case for the same request.

Sincerely,
AWS Training and Certification Customer Support

%s''' % (A_CID, AWS_FOOTER))

d = dt(2025, 5, 13, 14, 6, 52)
A_CONFIRM_TEXT = '''Hello Daniel,

Thank you for contacting AWS Training and Certification. My name is Teresa and I will be assisting you with your account merge request.

I located two certification accounts associated with you:

Account 1: AWS04718263 - daniel.okafor@contoso-consulting.com (AWS Certified Cloud Practitioner)
Account 2: AWS 81630457 - dokafor.cloud@gmail.com (AWS Certified Solutions Architect - Associate)

As requested, Account 1 (AWS04718263) will be merged into Account 2 (AWS81630457). Account 2 will remain active, and all certification history, exam transcripts and benefits will be consolidated there. The sign-in e-mail of the merged account will be dokafor.cloud@gmail.com.

Please be aware that this action is permanent and cannot be reversed once completed.

Before we proceed, please reply to this e-mail to confirm that the details above are correct.

Best regards,
Teresa M.
AWS Training and Certification Customer Support'''
add('form-agent-asks-confirm-merge', 'merge_confirmation_requested', A_CID, True, 'en',
    frm=FORM_FROM, to=A_TO, subject='RE:' + A_SUBJ, date=d, trace=amazon_gmail(A_TO, d), extra=SES_EXTRA(d),
    new=A_CONFIRM_TEXT)

d = dt(2025, 5, 14, 9, 30, 11)
add('thanks-for-confirming-will-proceed', 'support_reply', A_CID, True, 'en',
    frm=FORM_FROM, to=A_TO, subject='RE:' + A_SUBJ, date=d, trace=amazon_gmail(A_TO, d), extra=SES_EXTRA(d),
    new='''Hello Daniel,

Thank you for confirming the details. I have now passed your request to our certification operations team, who will carry out the merge of your two accounts. You will receive another e-mail from us as soon as the process has finished; this usually takes one to three business days.

In the meantime, please avoid scheduling a new exam on either account.

Best regards,
Teresa M.
AWS Training and Certification Customer Support''',
    qhead='---- Original message ----\nFrom: Daniel Okafor <dokafor.cloud@gmail.com>\nSent: Tue, 13 May 2025 19:02:44 +0100\nSubject: Re: RE:' + A_SUBJ,
    quoted='''Hi Teresa,

The details are correct. Please proceed with the merge of AWS04718263 into AWS81630457.

Thanks,
Daniel

''' + '\n'.join('> ' + l if l else '>' for l in A_CONFIRM_TEXT.split('\n')),
    qstyle='outlook')

d = dt(2025, 5, 15, 17, 22, 3)
add('merge-done-sign-in-gmail', 'merge_completed', A_CID, True, 'en',
    frm=FORM_FROM, to=A_TO, subject='RE:' + A_SUBJ, date=d, trace=amazon_gmail(A_TO, d), extra=SES_EXTRA(d),
    cte='base64',
    new='''Hello Daniel,

Good news: our operations team has finished consolidating your certification records. Everything that was on AWS04718263 now lives on AWS81630457, and that is the only account you will need from now on. Please sign in with dokafor.cloud@gmail.com; the old profile has been deactivated.

It can take up to 24 hours for all certifications to show in your profile. Credly badges are handled separately, so you should receive e-mails from Credly over the next few days.

If anything looks wrong, simply reply to this e-mail and we will take a look.

Best regards,
Teresa M.
AWS Training and Certification Customer Support''')

d = dt(2025, 5, 15, 17, 23, 40)
A_SURVEY_HTML = '''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Amazon Web Services</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Your case <b>%s</b> has been resolved and closed. We hope we were able to help you.</p>
<p>Please take a moment to tell us about your experience.</p>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="https://pulse.aws/survey/QWBT5ZKX?caseId=%s&amp;resolved=yes" style="background:#ff9900;color:#16191f;padding:8px 22px;text-decoration:none;border-radius:2px">YES</a>
&nbsp;&nbsp;<a href="https://pulse.aws/survey/QWBT5ZKX?caseId=%s&amp;resolved=no" style="background:#d5dbdb;color:#16191f;padding:8px 22px;text-decoration:none;border-radius:2px">NO</a></p>
<p>Your feedback helps us improve AWS Training and Certification support. If you need further help with this request, reply to this e-mail within 14 days and the case will be reopened.</p>
<p>Sincerely,<br>AWS Training and Certification Customer Support</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">%s</td></tr>
</table></td></tr></table></body></html>
''' % (A_CID, A_CID, A_CID, AWS_FOOTER)
add('case-closed-was-issue-resolved', 'survey', A_CID, True, 'en',
    frm=FORM_FROM, to=A_TO, subject='Your case %s has been resolved' % A_CID, date=d,
    trace=amazon_gmail(A_TO, d), extra=SES_EXTRA(d), parts='html', html=A_SURVEY_HTML, cte='base64',
    new='Your case %s has been resolved and closed. Was your issue resolved? YES NO' % A_CID)

# Credly badge (Story A)
d = dt(2025, 5, 17, 3, 12, 55)
cred_mf = 'bounces+1198346-%s-%s=gmail.com@em.credly.com' % (hexr(4), A_TO.split('@')[0])
cred_ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(1, 250))
cred_auth = gauth([('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], 'pass', cred_mf, cred_ip, 'pass', 'credly.com', 'REJECT')
CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'
add('credly-accept-saa-badge', 'credly_badge_issued', None, True, 'en',
    frm=CREDLY_FROM, to=A_TO,
    subject='Daniel, accept your AWS Certified Solutions Architect - Associate badge',
    date=d, msgid='<%s@geopod-ismtpd-%d>' % (b64r(16).replace('/', 'x').replace('+', 'y').rstrip('='), R.randint(1, 40)),
    trace=gmail_trace(A_TO, d, cred_mf, cred_ip, 'o%d.em.credly.com' % R.randint(1, 9), cred_auth)
    + dkim_sig('credly.com', 's1', d, 'from:reply-to:subject:mime-version:content-type:to:cc', 'relaxed/relaxed'),
    new='''Daniel, your badge is waiting!

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge.

Accept your badge: https://www.credly.com/earner/earned/badge/%s

Once accepted, you can share your badge on LinkedIn, add it to your e-mail signature, and let employers verify your achievement in real time.

Issued to: Daniel Okafor
Issued by: Amazon Web Services Training and Certification

Questions? Visit https://support.credly.com

Credly, Inc. | 100 Congress Avenue, Suite 2000 | Austin, TX 78701
You are receiving this e-mail because a badge was issued to you.''' % ruuid())

# ---------------------------------------------------------------- Story C (Outlook.com, asks which to keep)
C_TO = 'priya.raman@outlook.com'
C_OPEN = dt(2025, 6, 2, 21, 5, 48)
C_CID = case15(C_OPEN, 377)
C_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_CID
d = dt(2025, 6, 4, 10, 44, 12)
add('which-account-to-keep', 'support_reply', C_CID, True, 'en',
    frm=FORM_FROM, to=C_TO, subject='RE: ' + C_SUBJ, date=d, trace=amazon_outlook(C_TO, d), extra=SES_EXTRA(d),
    new='''Hello Priya,

Thank you for contacting AWS Training and Certification, and apologies for the delay in getting back to you.

I can see two certification accounts under your name:
- AWS30582271, registered with p.raman@fabrikam.co.uk
- AWS-72219408, registered with priya.raman@outlook.com

Could you please let me know which of the two you would like to keep as your primary account? The other one would then be folded into it. Please also tell us which e-mail address you want to use to sign in going forward.

As soon as we have this information, we will send you a summary of the changes for your review before anything is done.

Kind regards,
Joao
AWS Training and Certification Customer Support''')

# ---------------------------------------------------------------- Story B (nifty, Japanese form case)
B_TO = 'kenta.sato@nifty.com'
B_OPEN = dt(2025, 5, 27, 23, 2, 19)   # 08:02 JST on 28 May
B_CID = case15(B_OPEN, 1466)
B_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % B_CID
d = B_OPEN + timedelta(seconds=37)
add('ja-form-ack-uketsuke', 'case_created', B_CID, True, 'ja',
    frm=FORM_FROM, to=B_TO,
    subject=subj('【受付完了】AWS トレーニングと認定へのお問い合わせ [CASE %s]' % B_CID, 'iso-2022-jp'),
    date=d, trace=amazon_jp('mwb-nifty-mfilter01.nifty.com', 'mx.nifty.com', B_TO, d), extra=SES_EXTRA(d),
    parts='plain', charset='iso-2022-jp', cte='7bit',
    new='''佐藤 健太 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

ケース ID: %s
お問い合わせの種類: 認定
詳細: アカウントの統合

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名のケース ID を変更せずに本メールへご返信ください。
同一の内容で新たにケースを作成されますと、対応が遅れる場合がございますので
あらかじめご了承ください。

AWS トレーニングと認定 カスタマーサポート
※本メールは送信専用アドレスから自動で送信されています。''' % B_CID)

d = dt(2025, 5, 29, 1, 15, 30)
B_CONFIRM_TEXT = '''佐藤 健太 様

いつも AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの山本でございます。

アカウント統合のご依頼につきまして、下記の内容にて手続きを進めさせていただく予定でございます。

① 統合元（統合後に無効となるアカウント）: AWS52874013（kenta.sato@nifty.com）
② 統合先（引き続きご利用いただくアカウント）: AWS 60193385（k.sato@tsubasa-sys.co.jp）

統合後は、①のアカウントで取得された認定資格および受験履歴がすべて②へ移行されます。
なお、統合処理は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

上記の内容にお間違いがなければ、本メールにご返信のうえ、統合の実施についてご承諾いただけますでしょうか。
ご返信を確認次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート'''
add('ja-confirm-merge-sjis-cp932', 'merge_confirmation_requested', B_CID, True, 'ja',
    frm=FORM_FROM, to=B_TO, subject='RE:' + B_SUBJ, date=d,
    trace=amazon_jp('mwb-nifty-mfilter02.nifty.com', 'mx.nifty.com', B_TO, d), extra=SES_EXTRA(d),
    parts='plain', charset='Shift_JIS', codec='cp932', cte='8bit', new=B_CONFIRM_TEXT)

# ---------------------------------------------------------------- Story B continued (Japanese)
def q(text, mark='> '):
    return '\n'.join((mark + l).rstrip() if l else mark.rstrip() for l in text.split('\n'))

B_USER_OK = '''山本様

ご連絡ありがとうございます。佐藤です。
記載いただいた内容で相違ございません。統合の手続きをお願いいたします。

佐藤 健太'''
d = dt(2025, 5, 29, 6, 3, 44)
add('ja-thanks-confirm-tetsuzuki-kaishi', 'support_reply', B_CID, True, 'ja',
    frm=FORM_FROM, to=B_TO, subject=subj('RE:' + B_SUBJ, 'iso-2022-jp'), date=d,
    trace=amazon_jp('mwb-nifty-mfilter01.nifty.com', 'mx.nifty.com', B_TO, d), extra=SES_EXTRA(d),
    parts='plain', charset='iso-2022-jp', cte='7bit',
    new='''佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
早速のご返信、誠にありがとうございます。

ご承諾いただきました内容にて、担当部署へ統合作業を依頼いたしました。
作業が完了いたしましたら、改めて本ケースにてご連絡いたします。
通常 1〜3 営業日ほどお時間を頂戴しておりますので、今しばらくお待ちいただけますと幸いです。

なお、作業完了までの間は、いずれのアカウントでも新たな試験のご予約はお控えくださいますようお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート''',
    qhead='2025年5月29日(木) 12:40 佐藤 健太 <kenta.sato@nifty.com>:',
    quoted=q(B_USER_OK))

d = dt(2025, 5, 30, 8, 47, 2)
B_DONE = '''佐藤 健太 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
お待たせいたしました。

ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告申し上げます。
今後は統合先アカウント AWS60193385（k.sato@tsubasa-sys.co.jp）にてサインインいただけます。
取得済みの認定資格が反映されるまで、最大 24 時間ほどかかる場合がございます。

Credly のデジタルバッジにつきましては、Credly より別途メールが送信されますので、そちらから受け取りの操作をお願いいたします。

このたびはお手数をおかけいたしました。今後とも AWS トレーニングと認定をよろしくお願い申し上げます。

山本
AWS トレーニングと認定 カスタマーサポート'''
B_Q = ('''-----Original Message-----
From: 佐藤 健太 <kenta.sato@nifty.com>
Sent: 2025/05/29 12:40
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:%s

''' % B_SUBJ) + B_USER_OK + '\n\n2025年5月29日(木) 10:15 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n' + q(B_CONFIRM_TEXT)
add('ja-togo-kanryo-base64', 'merge_completed', B_CID, True, 'ja',
    frm=FORM_FROM, to=B_TO, subject=subj('RE:' + B_SUBJ, 'utf-8', 'b'), date=d,
    trace=amazon_jp('mwb-nifty-mfilter03.nifty.com', 'mx.nifty.com', B_TO, d), extra=SES_EXTRA(d),
    cte='base64', new=B_DONE, qhead='', quoted=B_Q, qstyle='outlook',
    text_override=B_DONE + '\n\n' + B_Q)

d = dt(2025, 5, 30, 8, 49, 15)
B_SURVEY_HTML = '''<html><head><meta charset="utf-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;color:#16191f">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<p>お客様各位</p>
<p>ケース <b>%s</b> はクローズされました。</p>
<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。
サービス向上のため、今回の対応についてのアンケートにご協力をお願いいたします（所要時間 1 分程度）。</p>
<p><b>お問い合わせは解決しましたか？</b></p>
<p><a href="https://pulse.aws/survey/JP7QH2LM?caseId=%s&amp;r=1">はい</a> ／ <a href="https://pulse.aws/survey/JP7QH2LM?caseId=%s&amp;r=0">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください：
<a href="https://pulse.aws/survey/JP7QH2LM?caseId=%s&amp;s=1">1</a>
<a href="https://pulse.aws/survey/JP7QH2LM?caseId=%s&amp;s=2">2</a>
<a href="https://pulse.aws/survey/JP7QH2LM?caseId=%s&amp;s=3">3</a>
<a href="https://pulse.aws/survey/JP7QH2LM?caseId=%s&amp;s=4">4</a>
<a href="https://pulse.aws/survey/JP7QH2LM?caseId=%s&amp;s=5">5</a></p>
<p>引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくとケースが再開されます。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
<p style="font-size:11px;color:#687078">%s</p>
</td></tr></table></body></html>
''' % ((B_CID,) * 8 + (AWS_FOOTER,))
add('ja-case-closed-anketo', 'survey', B_CID, True, 'ja',
    frm=FORM_FROM, to=B_TO, subject=subj('ケース %s のクローズとアンケートのお願い' % B_CID, 'utf-8', 'q'), date=d,
    trace=amazon_jp('mwb-nifty-mfilter02.nifty.com', 'mx.nifty.com', B_TO, d), extra=SES_EXTRA(d),
    parts='html', html=B_SURVEY_HTML, cte='quoted-printable',
    new='ケース %s はクローズされました。アンケート' % B_CID)

d = dt(2025, 5, 31, 2, 30, 9)
cmf = 'bounces+1198346-%s-kenta.sato=nifty.com@em.credly.com' % hexr(4)
cip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(1, 250))
add('credly-badge-after-merge-nifty', 'credly_badge_issued', None, True, 'en',
    frm=CREDLY_FROM, to=B_TO,
    subject='Kenta, you earned a new badge: AWS Certified Developer - Associate',
    date=d, msgid='<%s@geopod-ismtpd-%d>' % (hexr(22), R.randint(1, 40)),
    trace=jp_trace('mwb-nifty-mfilter01.nifty.com', 'mx.nifty.com', B_TO, d, cmf, cip,
                   'o%d.em.credly.com' % R.randint(1, 9), 'pass', 'credly.com', 'pass', 'pass', 'credly.com')
    + dkim_sig('credly.com', 's1', d, 'from:reply-to:subject:mime-version:content-type:to:cc', 'relaxed/relaxed'),
    cte='base64', new='''Congratulations, Kenta!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Developer - Associate.

This badge was issued to your Credly account following an update to your AWS Certification profile. Claim it to start sharing your achievement.

Accept badge: https://www.credly.com/badges/%s/accept

Issued to: Kenta Sato (k.sato@tsubasa-sys.co.jp)
Issue date: May 30, 2025

Credly, Inc. 100 Congress Avenue, Suite 2000, Austin, TX 78701
Unsubscribe from badge notifications: https://www.credly.com/notification_preferences''' % ruuid())

# ---------------------------------------------------------------- Story C continued (non-native agent, Outlook)
C_USER = '''Hi Joao,

Thanks for getting back to me. Please keep AWS72219408 (priya.raman@outlook.com) - that's the one I use now. The fabrikam account is from my old job and I can't log in to it anymore.

Best,
Priya'''
C_OUTLOOK_HDR = '''From: Priya Raman <priya.raman@outlook.com>
Sent: Wednesday, June 4, 2025 8:12 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: ''' + C_SUBJ
d = dt(2025, 6, 5, 12, 9, 33)
add('nonnative-kindly-revert-confirmation', 'merge_confirmation_requested', C_CID, True, 'en',
    frm=FORM_FROM, to=C_TO, subject='RE: ' + C_SUBJ, date=d, trace=amazon_outlook(C_TO, d), extra=SES_EXTRA(d),
    new='''Dear Priya,

Greetings from AWS Training and Certification!

Thank you for sharing the required information. Kindly find below the details of the request as per our understanding:

Primary account (to be retained): AWS72219408 / priya.raman@outlook.com
Secondary account (to be merged and closed): aws30582271 / p.raman@fabrikam.co.uk

Post the merge, all certifications and exam history of secondary account will reflect in the primary account and the secondary account will not be accessible anymore. Please note the process is irreversible.

Kindly revert back on this same email with your confirmation so that we can proceed further with the request.

Thanks & Regards,
Joao
AWS Training and Certification Customer Support''',
    qhead=C_OUTLOOK_HDR, quoted=C_USER, qstyle='outlook')

d = dt(2025, 6, 6, 9, 2, 18)
add('as-per-confirmation-forwarded-to-team', 'support_reply', C_CID, True, 'en',
    frm=FORM_FROM, to=C_TO, subject='RE: ' + C_SUBJ, date=d, trace=amazon_outlook(C_TO, d), extra=SES_EXTRA(d),
    new='''Dear Priya,

Thank you for the confirmation.

As per your confirmation, we have forwarded the request to the concerned team. The merge of your accounts will be actioned within 3-5 business days and we will notify you once it is completed. You are not required to take any action at this stage.

Thanks & Regards,
Joao
AWS Training and Certification Customer Support''',
    qhead='From: Priya Raman <priya.raman@outlook.com>\nSent: Thursday, June 5, 2025 6:40 PM\nTo: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSubject: RE: ' + C_SUBJ,
    quoted='Yes, confirmed. Please go ahead with merging aws30582271 into AWS72219408.\n\nPriya', qstyle='outlook')

d = dt(2025, 6, 10, 15, 51, 40)
add('records-unified-no-merge-word', 'merge_completed', C_CID, True, 'en',
    frm=FORM_FROM, to=C_TO, subject='RE: ' + C_SUBJ, date=d, trace=amazon_outlook(C_TO, d), extra=SES_EXTRA(d),
    new='''Dear Priya,

Greetings from AWS Training and Certification!

This is to inform you that your certification records are now unified under the account AWS72219408. The profile previously registered with p.raman@fabrikam.co.uk has been retired and is no longer accessible; all of its certifications and exam history are now visible in your primary account.

Kindly sign in with priya.raman@outlook.com and verify your certifications. Do let us know in case of any discrepancy.

Thanks & Regards,
Joao
AWS Training and Certification Customer Support''')

d = dt(2025, 6, 10, 15, 55, 2)
C_RATE_HTML = '''<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<p>Dear Customer,</p>
<p>Thank you for contacting AWS Training and Certification regarding case %s.</p>
<p>How would you rate the support you received from Joao?</p>
<table cellpadding="6"><tr>
<td><a href="https://pulse.aws/survey/TC9R4ZPA?caseId=%s&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733; Excellent</a></td>
<td><a href="https://pulse.aws/survey/TC9R4ZPA?caseId=%s&amp;rating=4">&#9733;&#9733;&#9733;&#9733; Good</a></td>
<td><a href="https://pulse.aws/survey/TC9R4ZPA?caseId=%s&amp;rating=3">&#9733;&#9733;&#9733; Fair</a></td>
<td><a href="https://pulse.aws/survey/TC9R4ZPA?caseId=%s&amp;rating=2">&#9733;&#9733; Poor</a></td>
<td><a href="https://pulse.aws/survey/TC9R4ZPA?caseId=%s&amp;rating=1">&#9733; Very poor</a></td>
</tr></table>
<p>The survey takes less than a minute. Your answers are anonymous.</p>
<p style="font-size:11px;color:#687078">%s</p>
</body></html>
''' % ((C_CID,) * 6 + (AWS_FOOTER,))
add('rate-support-stars-html-only', 'survey', C_CID, True, 'en',
    frm=FORM_FROM, to=C_TO, subject='How did we do? Case %s' % C_CID, date=d,
    trace=amazon_outlook(C_TO, d), extra=SES_EXTRA(d), parts='html', html=C_RATE_HTML, cte='quoted-printable',
    new='How would you rate the support you received? case %s' % C_CID)

# ---------------------------------------------------------------- Story D (duplicate cases, O365 tenant)
D_TO = 'mike.chen@lumenfield.io'
D1_OPEN = dt(2025, 6, 9, 16, 20, 55)
D1 = case15(D1_OPEN, 3305)
D1_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D1
D2_OPEN = dt(2025, 6, 17, 13, 48, 2)
D2 = case15(D2_OPEN, 529)
D2_TITLE = 'Merge my two AWS Certification accounts'

d = D2_OPEN + timedelta(seconds=5)
D2_CORR = '''Hello, I submitted an account merge request through the Training and Certification contact form on June 9 (case %s) and have not heard back. I have two certification accounts: AWS-55120984 (old employer e-mail mike.chen@oldcastle-labs.com) and AWS-39017762 (mike.chen@lumenfield.io). Please merge the old one into AWS-39017762. Thank you, Mike''' % D1
add('console-second-case-opened', 'case_created', D2, True, 'en',
    frm=CONSOLE_FROM, to=D_TO, subject='Amazon Web Services: You have opened a new Support case: %s' % D2, date=d,
    trace=outlook_trace(D_TO, d, ses_mailfrom(d), ses_ip(), 'a8-41.smtp-out.amazonses.com', 'pass', 'pass', 'pass', 'amazon.com', 'pass') + amazon_dkim(d),
    extra=SES_EXTRA(d),
    new='''Dear Amazon Web Services Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: %s

We will reply to you via email and through the Support Center. Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

To update your case, please use the link below, and do not reply to this e-mail:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Sincerely,
Amazon Web Services

%s''' % (D2, D2, D2_TITLE, D2_CORR, D2, AWS_FOOTER))

d = dt(2025, 6, 18, 7, 12, 27)
add('duplicate-linked-work-continues-other-case', 'support_reply', D2, True, 'en',
    frm=CONSOLE_FROM, to=D_TO, subject='RE:[CASE %s] %s' % (D2, D2_TITLE), date=d,
    trace=amazon_outlook(D_TO, d), extra=SES_EXTRA(d),
    new='''Hello Mike,

Thank you for reaching out, and I'm sorry you had to wait for a response on your earlier request.

I checked and your first case, %s, is assigned to our Training and Certification team, who handle certification account merges. I have linked this case to it and added a note asking them to prioritise it. They will contact you on case %s to go over the two accounts with you; there is nothing else you need to send at this point.

To avoid duplicate handling, please continue the conversation on case %s rather than this one.

Best regards,
Anil K.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

To see all of the correspondence and to reply, please visit the AWS Support Center (do not reply to this e-mail):
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en''' % (D1, D1, D1, D2))

d = dt(2025, 6, 18, 9, 40, 51)
D1_CONFIRM = '''Hello Mike,

My apologies for the delay in responding to your request; we have had an unusually high volume of requests.

I have reviewed your certification profiles. Please review the merge below:

  Merging from: AWS55120984 (mike.chen@oldcastle-labs.com) - this profile will be closed
  Merging into: AWS39017762 (mike.chen@lumenfield.io) - this profile will remain

All certifications, exam history and unused benefits will be moved to AWS39017762. A merge cannot be undone once it has been completed.

If everything is correct, please reply "I confirm" to this e-mail, and we will take it from there.

Thank you,
Sofia
AWS Training and Certification Customer Support'''
add('after-delay-review-merge-from-into', 'merge_confirmation_requested', D1, True, 'en',
    frm=FORM_FROM, to=D_TO, subject='RE:' + D1_SUBJ, date=d,
    trace=amazon_outlook(D_TO, d), extra=SES_EXTRA(d), new=D1_CONFIRM, cte='base64')

d = dt(2025, 6, 18, 21, 4, 17)
D2_CLOSE_TEXT = '''Hello,

We have resolved your case %s (%s).

Reason: this case duplicates case %s. Your certification account merge request is still open and being handled under case %s, and our Training and Certification team will continue to correspond with you there.

If you feel that this case should not have been resolved, you can reopen it in the Support Center within 14 days.

How did we do? Please take a moment to rate your support experience:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&rate=true

Sincerely,
Amazon Web Services

%s''' % (D2, D2_TITLE, D1, D1, D2, AWS_FOOTER)
add('duplicate-case-resolved-merge-still-open', 'survey', D2, True, 'en',
    frm=CONSOLE_FROM, to=D_TO, subject='Amazon Web Services: Your Support case %s has been resolved' % D2, date=d,
    trace=amazon_outlook(D_TO, d), extra=SES_EXTRA(d), new=D2_CLOSE_TEXT)

d = dt(2025, 6, 20, 13, 33, 8)
add('merge-complete-and-closing-case', 'merge_completed', D1, True, 'en',
    frm=FORM_FROM, to=D_TO, subject='RE:' + D1_SUBJ, date=d,
    trace=amazon_outlook(D_TO, d), extra=SES_EXTRA(d),
    new='''Hello Mike,

Your accounts have been merged. AWS39017762 now holds all certifications and exam history that were on AWS55120984, and you can keep signing in with mike.chen@lumenfield.io.

As there is nothing further pending on this request, I will be closing this case. You will receive a short survey about your experience; we would appreciate your feedback.

Thank you,
Sofia
AWS Training and Certification Customer Support''',
    qhead='From: Mike Chen <mike.chen@lumenfield.io>\nSent: Wednesday, June 18, 2025 11:02 AM\nTo: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSubject: RE: ' + D1_SUBJ,
    quoted='I confirm.\n\nMike Chen | Lumenfield\n\n' + q(D1_CONFIRM), qstyle='outlook')

# ---------------------------------------------------------------- Story E (Japanese console case, biglobe)
E_TO = 'misaki-tanaka@kra.biglobe.ne.jp'
E_OPEN = dt(2025, 7, 7, 1, 33, 50)   # 10:33 JST
E_CID = case15(E_OPEN, 2271)
E_TITLE = '認定アカウントの統合について'
BGL = ('mtasv-in03.biglobe.ne.jp', 'biglobe.ne.jp')
CONSOLE_JA_FOOT = '''お問い合わせ内容の確認や返信は、AWS サポートセンターから行ってください（本メールには返信できません）。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja'''

d = E_OPEN + timedelta(seconds=6)
add('ja-console-case-sakusei', 'case_created', E_CID, True, 'ja',
    frm=CONSOLE_FROM, to=E_TO, subject=subj('Amazon Web Services: 新しいサポートケースが作成されました: %s' % E_CID, 'iso-2022-jp'),
    date=d, trace=amazon_jp(BGL[0], BGL[1], E_TO, d), extra=SES_EXTRA(d),
    charset='iso-2022-jp', cte='7bit', hcharset='utf-8', hcte='quoted-printable',
    new='''Amazon Web Services をご利用いただき、ありがとうございます。

お客様のお問い合わせに対応するため、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
内容: 認定アカウントが 2 つあります（aws20946618 と aws74405132）。以前の会社のメールアドレスで作成したものと、個人のメールアドレスで作成したものです。1 つにまとめたいのですが、どうすればよいでしょうか。

担当者より、メールおよびサポートセンターを通じてご連絡いたします。

%s

Amazon Web Services''' % (E_CID, E_CID, E_TITLE, CONSOLE_JA_FOOT % E_CID))

d = dt(2025, 7, 8, 2, 10, 5)
add('ja-console-login-mail-kakunin', 'support_reply', E_CID, True, 'ja',
    frm=CONSOLE_FROM, to=E_TO, subject=subj('RE:[CASE %s] %s' % (E_CID, E_TITLE), 'iso-2022-jp'),
    date=d, trace=amazon_jp(BGL[0], BGL[1], E_TO, d), extra=SES_EXTRA(d),
    charset='utf-8', cte='base64',
    new='''田中 美咲 様

Amazon Web Services サポートの中村と申します。
このたびはお問い合わせいただき、誠にありがとうございます。

認定アカウントの統合につきまして、ご本人様確認および対象アカウントの特定のため、お手数ではございますが以下の情報をお知らせいただけますでしょうか。

1. それぞれのアカウントにサインインする際のメールアドレス
2. それぞれのアカウントに登録されている通知先メールアドレス（サインイン用と異なる場合）
3. 統合後に引き続きご利用になりたいアカウント

いただいた情報をもとに統合内容を取りまとめ、実施前に改めてご確認のご連絡を差し上げます。

どうぞよろしくお願いいたします。

中村
Amazon Web Services

本ケースへのご返信は、サポートセンターからお願いいたします。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

今回の対応はいかがでしたか？サポートセンターで、このやり取りを星の数で評価いただけます。''' % E_CID)

d = dt(2025, 7, 9, 5, 26, 41)
add('ja-console-togo-naiyo-go-kakunin', 'merge_confirmation_requested', E_CID, True, 'ja',
    frm=CONSOLE_FROM, to=E_TO, subject=subj('RE:[CASE %s] %s' % (E_CID, E_TITLE), 'iso-2022-jp'),
    date=d, trace=amazon_jp(BGL[0], BGL[1], E_TO, d), extra=SES_EXTRA(d),
    charset='iso-2022-jp', cte='7bit', hcharset='iso-2022-jp', hcte='7bit',
    new='''田中 美咲 様

Amazon Web Services サポートの中村でございます。
情報のご提供、誠にありがとうございます。

いただいた内容をもとに、以下のとおり統合を実施させていただきたく存じます。

・統合されるアカウント: AWS-20946618（misaki.tanaka@hoshizora-tech.co.jp）
・存続するアカウント: AWS-74405132（misaki-tanaka@kra.biglobe.ne.jp）

統合後は AWS-74405132 のみご利用いただけるようになり、AWS-20946618 で取得された認定資格はすべて AWS-74405132 に引き継がれます。統合は取り消すことができません。

お手数ですが、上記の内容でよろしいか、サポートセンターよりご回答いただけますでしょうか。
ご承諾をいただいてから作業を開始いたします。

中村
Amazon Web Services

%s''' % (CONSOLE_JA_FOOT % E_CID))

d = dt(2025, 7, 11, 0, 58, 12)
add('ja-console-togo-zumi', 'merge_completed', E_CID, True, 'ja',
    frm=CONSOLE_FROM, to=E_TO, subject=subj('RE:[CASE %s] %s' % (E_CID, E_TITLE), 'utf-8', 'b'),
    date=d, trace=amazon_jp(BGL[0], BGL[1], E_TO, d), extra=SES_EXTRA(d),
    charset='utf-8', cte='quoted-printable',
    new='''田中 美咲 様

Amazon Web Services サポートの中村でございます。

お待たせいたしました。担当部署より、2 つの認定アカウントを 1 つにまとめる作業を終えたとの報告がございました。
今後は misaki-tanaka@kra.biglobe.ne.jp でサインインしていただくと、これまでに取得されたすべての認定資格をご確認いただけます。
以前のアカウントは無効化されておりますので、サインインすることはできません。

認定特典（次回試験の 50%% 割引バウチャーなど）も存続アカウントに引き継がれております。

ほかにご不明な点がございましたら、本ケースよりお気軽にお問い合わせください。

中村
Amazon Web Services

%s''' % (CONSOLE_JA_FOOT % E_CID))

d = dt(2025, 7, 14, 1, 0, 3)
add('ja-console-kaiketsu-hyoka', 'survey', E_CID, True, 'ja',
    frm=CONSOLE_FROM, to=E_TO, subject=subj('Amazon Web Services: サポートケース %s は解決済みです' % E_CID, 'iso-2022-jp'),
    date=d, trace=amazon_jp(BGL[0], BGL[1], E_TO, d), extra=SES_EXTRA(d),
    charset='iso-2022-jp', cte='7bit', hcharset='utf-8', hcte='base64',
    new='''Amazon Web Services をご利用いただき、ありがとうございます。

ケース %s（%s）は、3 日間お客様からのご返信がなかったため、解決済みとしてクローズいたしました。

引き続きサポートが必要な場合は、14 日以内であればサポートセンターからケースを再開いただけます。

今回のサポートについて、ご意見をお聞かせください。
お問い合わせは解決しましたか？  はい / いいえ
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&rate=true

Amazon Web Services''' % (E_CID, E_TITLE, E_CID))

# ---------------------------------------------------------------- Japanese: denied (OCN)
G_TO = 'd.suzuki0419@ocn.ne.jp'
G_OPEN = dt(2025, 8, 4, 6, 11, 29)
G_CID = case15(G_OPEN, 90)
G_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % G_CID
OCN = ('mf-smf-ucb040c1.ocn.ad.jp', 'ocn.ad.jp')
d = dt(2025, 8, 5, 8, 30, 0)
add('ja-togo-dekinai-shimei-fuicchi', 'support_reply', G_CID, True, 'ja',
    frm=FORM_FROM, to=G_TO, subject=G_SUBJ, date=d,
    trace=amazon_jp(OCN[0], OCN[1], G_TO, d), extra=SES_EXTRA(d),
    charset='utf-8', cte='base64',
    new='''鈴木 大輔 様

AWS トレーニングと認定 カスタマーサポートの小林でございます。
お問い合わせいただき、誠にありがとうございます。

ご依頼いただきました AWS 38861027 と AWS 15530948 の統合につきまして、社内で確認いたしましたところ、両アカウントに登録されているお名前（ローマ字表記）および生年月日が一致しておりませんでした。
誠に恐れ入りますが、ご本人様のアカウントであることが確認できない場合、統合を承ることはできかねます。
現時点では、いずれのアカウントにも変更は加えておりません。

お名前の表記ゆれ等によるものでしたら、ご本人様確認書類（パスポート等）の写しをご提出いただくことで、改めて確認させていただくことが可能です。

ご不便をおかけし申し訳ございませんが、何卒ご理解賜りますようお願い申し上げます。

小林
AWS トレーニングと認定 カスタマーサポート''')

# ---------------------------------------------------------------- Japanese: answer to a user's question (voucher), merge not yet done
H_TO = 'yuki.hayashi.dev@gmail.com'
H_OPEN = dt(2025, 8, 18, 4, 2, 45)
H_CID = case15(H_OPEN, 5127)
H_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % H_CID
H_USERQ = '''ご担当者様

統合の件、承知しました。1 点質問です。
AWS-47723160 の方に未使用の 50% 割引バウチャーが残っているのですが、
統合後も使えるのでしょうか？ 統合先は AWS-90281544 の予定です。

林 由紀'''
d = dt(2025, 8, 19, 3, 14, 58)
add('ja-voucher-question-answer-togo-mae', 'support_reply', H_CID, True, 'ja',
    frm=FORM_FROM, to=H_TO, subject=subj('RE:' + H_SUBJ, 'iso-2022-jp', 'b'), date=d,
    trace=amazon_gmail(H_TO, d), extra=SES_EXTRA(d),
    charset='iso-2022-jp', cte='7bit', hcharset='utf-8', hcte='quoted-printable',
    new='''林 由紀 様

AWS トレーニングと認定 カスタマーサポートの森でございます。
ご質問いただき、ありがとうございます。

未使用の 50% 割引バウチャーは、統合の際に統合先のアカウントへ自動的に移されますので、統合後も有効期限まではそのままご利用いただけます。
ただし、統合作業はまだ実施しておりません。先日お送りした統合内容のご案内について、ご確認のご返信をいただけましたら作業を開始いたします。

なお、作業中にバウチャーを使用して試験を予約されますと処理が失敗する場合がございますので、統合が完了するまではご予約をお控えください。

森
AWS トレーニングと認定 カスタマーサポート''',
    qhead='2025年8月19日(火) 9:41 林 由紀 <yuki.hayashi.dev@gmail.com>:', quoted=q(H_USERQ))

# ---------------------------------------------------------------- Japanese phishing about the merge (look-alike domain)
P_TO = 'ayaka.morita.0712@gmail.com'
d = dt(2025, 8, 21, 11, 3, 27)
pmf = 'info@aws-certification-jp.com'
pip = '185.231.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
pauth = gauth([('pass', 'aws-certification-jp.com', 'default')], 'pass', pmf, pip, 'pass', 'aws-certification-jp.com', 'NONE')
add('ja-phish-lookalike-togo-kakunin', 'merge_confirmation_requested', '174561230498811', False, 'ja',
    frm=name_addr('AWS 認定サポート', 'info@aws-certification-jp.com', 'utf-8'), to=P_TO,
    subject=subj('【重要】認定アカウント統合の最終確認（ケース番号 174561230498811）', 'utf-8', 'b'),
    date=d, msgid='<%s@aws-certification-jp.com>' % hexr(20),
    trace=gmail_trace(P_TO, d, pmf, pip, 'mail.aws-certification-jp.com', pauth)
    + dkim_sig('aws-certification-jp.com', 'default', d, 'from:to:subject:date:message-id', 'relaxed/relaxed'),
    charset='utf-8', cte='base64', parts='html', hcharset='utf-8', hcte='base64',
    html='''<html><body style="font-family:Meiryo,sans-serif">
<p>森田 様</p>
<p>AWS 認定アカウントの統合リクエストを受け付けました（ケース番号 174561230498811）。</p>
<p>以下のアカウントを統合いたします。<br>
統合元: AWS31174020<br>
統合先: AWS88342107</p>
<p>24 時間以内に下記リンクからサインインし、統合内容をご確認ください。確認が行われない場合、両方のアカウントの認定資格が無効になります。</p>
<p><a href="http://aws-certification-jp.com/merge/verify?id=174561230498811">統合内容を確認する</a></p>
<p>AWS トレーニングと認定</p>
</body></html>
''',
    new='統合元: AWS31174020 統合先: AWS88342107 24 時間以内に下記リンクからサインインし、統合内容をご確認ください。')

# ---------------------------------------------------------------- Japanese: unrelated AWS billing case (Organizations "consolidated billing")
I_TO = 'infra-admin@kitaura-denki.co.jp'
I_OPEN = dt(2025, 7, 22, 5, 40, 11)
I_CID = case15(I_OPEN, 8814)
d = dt(2025, 7, 23, 1, 2, 38)
add('ja-billing-case-ikkatsu-seikyu', 'unrelated', I_CID, True, 'ja',
    frm=CONSOLE_FROM, to=I_TO, subject=subj('RE:[CASE %s] 請求アカウントの統合（一括請求）について' % I_CID, 'iso-2022-jp'),
    date=d, trace=amazon_jp('mx01.kitaura-denki.co.jp', 'mx01.kitaura-denki.co.jp', I_TO, d), extra=SES_EXTRA(d),
    charset='iso-2022-jp', cte='7bit', hcharset='iso-2022-jp', hcte='7bit',
    new='''ご担当者様

AWS 請求およびアカウントサポートの佐々木でございます。

お問い合わせいただいた AWS アカウント 482913007651 と 903318245570 の請求の統合につきましては、AWS Organizations を作成し、一方のアカウントを管理アカウントとして、もう一方のアカウントを招待していただくことで、一括請求（コンソリデーティッドビリング）をご利用いただけます。
なお、AWS アカウント自体を 1 つに統合する機能はございませんので、あらかじめご了承ください。

手順はこちらをご参照ください。
https://docs.aws.amazon.com/ja_jp/organizations/latest/userguide/orgs_manage_accounts_invites.html

佐々木
Amazon Web Services

%s''' % (CONSOLE_JA_FOOT % I_CID))

# ---------------------------------------------------------------- Japanese: CertMetrics recertification (unrelated, authentic non-AWS)
d = dt(2025, 6, 24, 18, 20, 7)
cmmf = 'bounce-%s@mail.certmetrics.com' % hexr(8)
cmip = '198.2.%d.%d' % (R.randint(128, 190), R.randint(1, 250))
add('ja-certmetrics-saininte-omedeto', 'unrelated', None, False, 'ja',
    frm='AWS Certification <do-not-reply@certmetrics.com>', to=B_TO,
    subject=subj('再認定おめでとうございます: AWS Certified Developer - Associate', 'utf-8', 'b'),
    date=d, msgid='<%s.%s@mail.certmetrics.com>' % (hexr(16), hexr(8)),
    trace=jp_trace('mwb-nifty-mfilter03.nifty.com', 'mx.nifty.com', B_TO, d, cmmf, cmip, 'mail%d.certmetrics.com' % R.randint(1, 4),
                   'pass', 'certmetrics.com', 'pass', 'pass', 'certmetrics.com')
    + dkim_sig('certmetrics.com', 'k1', d, 'from:to:subject:date:message-id:mime-version:content-type', 'relaxed/relaxed'),
    charset='utf-8', cte='base64',
    new='''佐藤 健太 様

AWS Certified Developer - Associate の再認定、おめでとうございます。

認定の有効期限は 2028 年 6 月 24 日まで延長されました。
認定証のダウンロードや認定特典のご利用は、AWS Certification アカウント（CertMetrics）からご確認いただけます。
https://www.certmetrics.com/amazon/

今後とも AWS 認定をよろしくお願いいたします。

AWS Training and Certification
このメールは送信専用です。ご返信いただいてもお答えできません。''')

# ---------------------------------------------------------------- Japanese: chaser without naming accounts (OCN user, other case)
J_TO = 'h-ogawa@ymail.ne.jp'
J_OPEN = dt(2025, 9, 1, 2, 44, 0)
J_CID = case15(J_OPEN, 603)
d = dt(2025, 9, 5, 0, 31, 17)
add('ja-saisoku-go-henshin-onegai', 'support_reply', J_CID, True, 'ja',
    frm=FORM_FROM, to=J_TO,
    subject=subj('RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % J_CID, 'iso-2022-jp'),
    date=d, trace=amazon_jp('mx.ymail.ne.jp', 'mx.ymail.ne.jp', J_TO, d), extra=SES_EXTRA(d),
    parts='plain', charset='iso-2022-jp', cte='7bit',
    new='''小川 浩 様

AWS トレーニングと認定 カスタマーサポートの石井でございます。

9 月 2 日にお送りいたしました、アカウント統合内容のご確認に関するメールにつきまして、その後いかがでしょうか。
現時点でご返信を確認できておりませんため、統合作業は保留とさせていただいております。

お手数ではございますが、前回のメールをご確認のうえ、ご返信いただけますと幸いです。
なお、本メール送信から 7 日以内にご返信がない場合は、本ケースをクローズさせていただきますので、あらかじめご了承ください。

石井
AWS トレーニングと認定 カスタマーサポート''')

# ---------------------------------------------------------------- Japanese: Pearson VUE appointment (unrelated, Shift_JIS)
d = dt(2025, 9, 10, 3, 5, 44)
pvmf = 'bounce@pearsonvue.com'
pvip = '159.182.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
add('ja-pearson-vue-yoyaku-kakunin', 'unrelated', None, False, 'ja',
    frm='Pearson VUE <pearsonvueconfirmation@pearson.com>', to=E_TO,
    subject=subj('試験予約確認: AWS Certified Solutions Architect - Professional', 'iso-2022-jp'),
    date=d, msgid='<%s@pearson.com>' % ruuid(),
    trace=jp_trace(BGL[0], BGL[1], E_TO, d, 'bounce@pearson.com', pvip, 'mx-out.pearson.com',
                   'pass', 'pearson.com', 'pass', 'pass', 'pearson.com')
    + dkim_sig('pearson.com', 'selector1', d, 'from:to:subject:date:message-id', 'relaxed/relaxed'),
    parts='plain', charset='Shift_JIS', codec='cp932', cte='base64',
    new='''田中 美咲 様

Pearson VUE をご利用いただきありがとうございます。
以下の内容で試験のご予約が確定しました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
日時: 2025年10月4日(土) 13:00 JST
会場: オンライン (OnVUE)
登録 ID: 412886301

受験者 ID（AWS 認定）: AWS74405132

試験開始 30 分前からチェックインが可能です。システムテストを事前に実施してください。
予約の変更・キャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE''')

# ---------------------------------------------------------------- Credly look-alikes (genuine Credly, not badge issuance)
def credly_gmail(to, when, sel='s1'):
    mf = 'bounces+1198346-%s-%s=%s@em.credly.com' % (hexr(4), to.split('@')[0], to.split('@')[1])
    ip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(1, 250))
    auth = gauth([('pass', 'credly.com', sel), ('pass', 'sendgrid.info', 'smtpapi')], 'pass', mf, ip, 'pass', 'credly.com', 'REJECT')
    return (gmail_trace(to, when, mf, ip, 'o%d.em.credly.com' % R.randint(1, 9), auth)
            + dkim_sig('credly.com', sel, when, 'from:reply-to:subject:mime-version:content-type:to:cc', 'relaxed/relaxed'))


def credly_msgid():
    return '<%s@geopod-ismtpd-%d>' % (hexr(22), R.randint(1, 40))


d = dt(2025, 5, 20, 16, 41, 3)
add('credly-self-service-merge-code', 'unrelated', None, True, 'en',
    frm='Credly <admin@credly.com>', to=A_TO, subject='Confirm your Credly account merge', date=d,
    msgid=credly_msgid(), trace=credly_gmail(A_TO, d),
    new='''Hi Daniel,

We received a request to merge the Credly account daniel.okafor@contoso-consulting.com into your account dokafor.cloud@gmail.com.

Your verification code is: 583104

Enter this code on the merge page, or click the button below to finish:

Complete Account Merge
https://www.credly.com/users/account_merges/%s/complete

After the merge, all badges from both accounts will appear in a single profile. The code expires in 30 minutes. If you did not request this, you can ignore this e-mail and no changes will be made.

The Credly Team''' % ruuid())

d = dt(2025, 9, 2, 14, 0, 11)
add('credly-badge-expires-90-days', 'unrelated', None, True, 'en',
    frm=CREDLY_FROM, to=A_TO, subject='Your AWS Certified Cloud Practitioner badge expires in 90 days', date=d,
    msgid=credly_msgid(), trace=credly_gmail(A_TO, d), cte='base64',
    new='''Hi Daniel,

Your AWS Certified Cloud Practitioner badge, issued by Amazon Web Services Training and Certification, is set to expire on December 1, 2025.

To keep your badge active, recertify before the expiration date. Visit the AWS Certification site to see your recertification options.

View badge: https://www.credly.com/badges/%s

Credly, Inc. 100 Congress Avenue, Suite 2000, Austin, TX 78701''' % ruuid())

# ---------------------------------------------------------------- CertMetrics "wants to hear from you" (unrelated, not a case survey)
d = dt(2025, 6, 12, 19, 30, 44)
cm_mf = 'bounce-%s@mail.certmetrics.com' % hexr(8)
cm_ip = '198.2.%d.%d' % (R.randint(128, 190), R.randint(1, 250))
cm_auth = gauth([('pass', 'certmetrics.com', 'k1')], 'pass', cm_mf, cm_ip, 'pass', 'certmetrics.com', 'NONE')
add('certmetrics-wants-to-hear-from-you', 'unrelated', None, False, 'en',
    frm='AWS Certification <do-not-reply@certmetrics.com>', to=C_TO,
    subject='AWS Certification wants to hear from you', date=d,
    msgid='<%s.%s@mail.certmetrics.com>' % (hexr(16), hexr(8)),
    trace=gmail_trace(C_TO, d, cm_mf, cm_ip, 'mail2.certmetrics.com', cm_auth).replace('Delivered-To: %s\n' % C_TO, 'Delivered-To: %s\n' % C_TO)
    + dkim_sig('certmetrics.com', 'k1', d, 'from:to:subject:date:message-id', 'relaxed/relaxed'),
    new='''Hello Priya,

Thank you for being an AWS Certified individual. We would like to hear about your certification experience.

Please take our 5-minute survey: https://www.surveymonkey.com/r/AWSCertCandidate2025

Your responses are confidential and will be used to improve the AWS Certification program.

Thank you,
AWS Training and Certification

Please do not reply to this message; this mailbox is not monitored.''')

# ---------------------------------------------------------------- AWS Builder ID code (unrelated; genuine AWS domain)
d = dt(2025, 6, 3, 7, 55, 9)
bmf = ses_mailfrom(d).replace('@amazonses.com', '@us-east-1.amazonses.com')
bip = ses_ip()
bauth = gauth([('pass', 'signin.aws', 'wfzwlhlqvz3kwrt4ngbl6ylq4rmpk6wg'), ('pass', 'amazonses.com', SES_SEL)], 'pass', bmf, bip, 'pass', 'signin.aws', 'REJECT')
add('builder-id-verification-code', 'unrelated', None, True, 'en',
    frm='AWS <no-reply@signin.aws>', to=C_TO, subject='Verify your AWS Builder ID email address', date=d,
    trace=gmail_trace(C_TO, d, bmf, bip, 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 99), bauth)
    + dkim_sig('signin.aws', 'wfzwlhlqvz3kwrt4ngbl6ylq4rmpk6wg', d) + dkim_sig('amazonses.com', SES_SEL, d),
    parts='html', cte='quoted-printable',
    html='''<html><body style="font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<h2>Verify your AWS Builder ID email address</h2>
<p>Thank you for creating an AWS Builder ID. To finish signing up, enter the following verification code:</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px">271 904</p>
<p>This code expires in 10 minutes. If you did not request this code, you can safely ignore this e-mail.</p>
<p>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</body></html>
''', new='Verify your AWS Builder ID email address. Verification code 271 904')

# ---------------------------------------------------------------- GitHub "merged" (unrelated)
d = dt(2025, 6, 19, 22, 17, 36)
gh_mf = 'bounces+%d-%s-mike.chen=lumenfield.io@sgmail.github.com' % (R.randint(100000, 999999), hexr(4))
gh_ip = '192.254.%d.%d' % (R.randint(112, 127), R.randint(1, 250))
add('github-pr-merged-account-merge-branch', 'unrelated', None, False, 'en',
    frm='"Priyanka N." <notifications@github.com>', to='lumenfield/cert-portal <cert-portal@noreply.github.com>',
    cc='Mike Chen <mike.chen@lumenfield.io>, Review requested <review_requested@noreply.github.com>',
    subject='Re: [lumenfield/cert-portal] Merge duplicate candidate accounts on import (PR #412)', date=d,
    msgid='<lumenfield/cert-portal/pull/412/c%d@github.com>' % R.randint(2900000000, 2999999999),
    extra=[('In-Reply-To', '<lumenfield/cert-portal/pull/412@github.com>'),
           ('References', '<lumenfield/cert-portal/pull/412@github.com>'),
           ('List-ID', 'lumenfield/cert-portal <cert-portal.lumenfield.github.com>'),
           ('X-GitHub-Reason', 'review_requested')],
    trace=outlook_trace('mike.chen@lumenfield.io', d, gh_mf, gh_ip, 'o%d.sgmail.github.com' % R.randint(1, 9),
                        'pass', 'pass', 'pass', 'github.com', 'pass')
    + dkim_sig('github.com', 'pf2023', d, 'from:reply-to:to:cc:in-reply-to:references:subject:mime-version:content-type', 'relaxed/relaxed'),
    new='''Merged #412 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/lumenfield/cert-portal/pull/412#event-%d
You are receiving this because your review was requested.''' % R.randint(17000000000, 17999999999))

# ---------------------------------------------------------------- Seller Central case with merge wording (unrelated, 10-digit case)
SC_TO = A_TO
d = dt(2025, 7, 2, 11, 9, 20)
add('seller-central-case-merge-accounts', 'unrelated', '5884881212', True, 'en',
    frm='"Amazon Selling Partner Support" <seller-support@amazon.com>', to=SC_TO,
    subject='RE:[CASE 5884881212] Request to merge two seller accounts', date=d,
    msgid='<%s.%s.JavaMail.sellersupport@ip-10-%d-%d-%d.ec2.internal>' % (R.randint(10**8, 10**9), R.randint(10**6, 10**7), R.randint(0, 255), R.randint(0, 255), R.randint(0, 255)),
    trace=amazon_gmail(SC_TO, d, mailfrom='%s@bounces.amazon.com' % hexr(24)),
    new='''Hello,

Thank you for contacting Amazon Selling Partner Support.

I understand that you would like to merge your two Seller Central accounts into one. Please note that we are unable to merge selling accounts or transfer listings, reviews or feedback between them. If you no longer need the second account, you can close it from Settings > Account Info > Close Account.

Please let us know if there is anything else we can help with.

We value your feedback. Please rate your experience using the link below:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212

Thank you,
Rajesh
Amazon Selling Partner Support''')

# ---------------------------------------------------------------- other AWS case: service quota, with a side note about the cert merge (unrelated)
Q_TO = 'laura.brennan@northwind-analytics.com'
Q_OPEN = dt(2025, 7, 15, 18, 22, 31)
Q_CID = case15(Q_OPEN, 6190)
d = dt(2025, 7, 16, 2, 48, 55)
add('quota-case-side-note-cert-merge-form', 'unrelated', Q_CID, True, 'en',
    frm=CONSOLE_FROM, to=Q_TO,
    subject='RE:[CASE %s] Limit Increase: EC2 Instances' % Q_CID, date=d,
    trace=amazon_outlook(Q_TO, d), extra=SES_EXTRA(d),
    new='''Hello,

Thank you for your patience. We have approved and processed your service quota increase request for Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in US East (Northern Virginia). The new quota is 512 vCPUs. It can sometimes take up to 30 minutes for this to propagate and become available for use.

Regarding your side question: this case is handled by the Service Quotas team, and we do not have access to AWS Certification records, so we are not able to combine your two certification profiles from here. For that, please submit a request through the AWS Training and Certification contact form (Inquiry type: Certification, Detail: Account Merge).

Best regards,
Marcus T.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

To see all of the correspondence and to reply, please visit the AWS Support Center (do not reply to this e-mail):
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en''' % Q_CID)

# ---------------------------------------------------------------- phishing, not about the merge (unrelated)
d = dt(2025, 7, 28, 4, 12, 6)
ph_mf = 'billing@aws-accountnotice.net'
ph_ip = '45.146.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
add('phish-account-suspended-payment', 'unrelated', None, False, 'en',
    frm='"AWS Billing" <billing@aws-accountnotice.net>', to=Q_TO,
    subject='Action required: your AWS account will be suspended', date=d,
    msgid='<%s@aws-accountnotice.net>' % hexr(24),
    trace=outlook_trace(Q_TO, d, ph_mf, ph_ip, 'vps-%d.hostedservers.ru' % R.randint(1000, 9999),
                        'softfail', 'none', 'none', 'aws-accountnotice.net', 'fail'),
    parts='html', cte='base64',
    html='''<html><body style="font-family:Arial">
<p>Dear AWS Customer,</p>
<p>We were unable to process the payment for your AWS account 318824609912. To avoid suspension of your services, please update your billing information within 48 hours.</p>
<p><a href="http://aws-accountnotice.net/billing/update?acct=318824609912">Update payment method</a></p>
<p>Amazon Web Services Billing</p>
</body></html>
''', new='unable to process the payment for your AWS account 318824609912')

# ---------------------------------------------------------------- phishing about the merge: spoofed amazon.com, dmarc=fail on top, forged pass below
d = dt(2025, 6, 21, 9, 44, 2)
sp_to = 'dokafor.cloud@gmail.com'
sp_mf = 'support@mailer-cloudnotify.top'
sp_ip = '103.151.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
sp_auth = gauth([], 'softfail', sp_mf, sp_ip, 'fail', 'amazon.com')
sp_auth = sp_auth.replace('       spf=softfail (google.com: domain of %s does not designate' % sp_mf,
                          '       dkim=none;\n       spf=softfail (google.com: domain of transitioning %s does not designate' % sp_mf)
forged = ('Authentication-Results: mx.amazon.com;\n'
          '       dkim=pass header.i=@amazon.com header.s=%s;\n'
          '       spf=pass smtp.mailfrom=amazonses.com;\n'
          '       dmarc=pass header.from=amazon.com\n') % AMZ_SEL
SP_CID = '175045882101174'
add('spoof-merge-completed-dmarc-fail', 'merge_completed', SP_CID, False, 'en',
    frm=FORM_FROM, to=sp_to,
    subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % SP_CID,
    date=d, msgid='<%s@mailer-cloudnotify.top>' % hexr(20),
    trace=gmail_trace(sp_to, d, sp_mf, sp_ip, 'mx%d.mailer-cloudnotify.top' % R.randint(1, 9), sp_auth, forged),
    new='''Hello,

Your AWS Certification accounts AWS81630457 and AWS04718263 have been successfully merged.

To keep your certifications active on the merged profile, you must sign in and re-verify your identity within 24 hours:
https://aws-certmetrics-verify.com/login?case=%s

If you do not verify, the merged profile will be locked and your certifications may be revoked.

Best regards,
AWS Training and Certification Customer Support''' % SP_CID)

# ---------------------------------------------------------------- newsletter mentioning merges (unrelated)
d = dt(2025, 6, 26, 16, 0, 0)
add('newsletter-tip-duplicate-accounts', 'unrelated', None, True, 'en',
    frm='"AWS Training and Certification" <aws-marketing-email-replies@amazon.com>', to=C_TO,
    subject='Your June update: new exams, Skill Builder labs, and a certification tip', date=d,
    trace=amazon_gmail(C_TO, d, mailfrom='%s@bounce.marketing.aws' % hexr(20)),
    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html?id=%s>' % hexr(16)),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
           ('Precedence', 'bulk')],
    new='''AWS Training and Certification - June 2025

NEW: AWS Certified AI Practitioner exam guide updated
Prepare with the refreshed exam guide and free practice question set on AWS Skill Builder.

Hands-on: 25 new Skill Builder labs for generative AI on Amazon Bedrock.

Certification tip of the month
Do you have more than one AWS Certification account, for example one from a previous employer? Your certifications can be combined into a single account. Open a request with AWS Training and Certification Customer Support (Inquiry type: Certification, Detail: Account Merge) and our team will guide you through it.

Upcoming webinars
- July 8: Preparing for the Solutions Architect - Professional exam
- July 22: Building a learning plan for your team

Unsubscribe: https://pages.awscloud.com/unsubscribe.html
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210''')

# ---------------------------------------------------------------- Credly badge for Story D (O365 tenant), html-only
d = dt(2025, 6, 23, 14, 26, 50)
cmf2 = 'bounces+1198346-%s-mike.chen=lumenfield.io@em.credly.com' % hexr(4)
cip2 = '167.89.%d.%d' % (R.randint(1, 120), R.randint(1, 250))
add('credly-badge-transferred-html-only', 'credly_badge_issued', None, True, 'en',
    frm=CREDLY_FROM, to=D_TO, subject='Your AWS Certified DevOps Engineer - Professional badge is ready', date=d,
    msgid=credly_msgid(),
    trace=outlook_trace(D_TO, d, cmf2, cip2, 'o7.em.credly.com', 'pass', 'pass', 'pass', 'credly.com', 'pass')
    + dkim_sig('credly.com', 's1', d, 'from:reply-to:subject:mime-version:content-type:to:cc', 'relaxed/relaxed'),
    parts='html', cte='quoted-printable',
    html='''<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="600" style="background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px;text-align:center"><img src="https://images.credly.com/images/%s/image.png" width="120" alt="AWS Certified DevOps Engineer - Professional"></td></tr>
<tr><td style="padding:0 32px;color:#333">
<h1 style="font-size:22px">Mike, your badge is ready to accept</h1>
<p>Amazon Web Services Training and Certification has issued the <b>AWS Certified DevOps Engineer - Professional</b> badge to this e-mail address. Because your AWS Certification accounts were recently combined, this badge was re-issued to your current e-mail.</p>
<p style="text-align:center;margin:28px 0"><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. &middot; 100 Congress Avenue, Suite 2000 &middot; Austin, TX 78701<br>
<a href="https://www.credly.com/notification_preferences">Notification preferences</a></p>
</td></tr></table></body></html>
''' % (ruuid(), ruuid()),
    new='Mike, your badge is ready to accept. Accept your badge')

# ---------------------------------------------------------------- console "New correspondence added" notice (support_reply)
N_TO = 'ravi.shah@fastmail.com'
N_OPEN = dt(2025, 8, 11, 19, 5, 22)
N_CID = case15(N_OPEN, 442)
d = dt(2025, 8, 12, 15, 31, 4)
fm_auth_host = 'mx6.messagingengine.com'
nmf = ses_mailfrom(d)
nip = ses_ip()
fm_trace = ('Return-Path: <%s>\n'
            'Received: from compute2.internal (compute2.nyi.internal [10.202.2.46])\n'
            '\t by sloti43n12 (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n'
            '\t %s\n'
            'X-Cyrus-Session-Id: sloti43n12-%s\n'
            'Received: from mx6.messagingengine.com (localhost [127.0.0.1])\n'
            '\tby mailmx.nyi.internal (Postfix) with ESMTP id %s\n'
            '\tfor <%s>; %s\n'
            'Authentication-Results: mx6.messagingengine.com;\n'
            '    dkim=pass (1024-bit rsa key sha256) header.d=amazon.com header.i=@amazon.com header.b=%s header.a=rsa-sha256 header.s=%s x-bits=1024;\n'
            '    dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com header.i=@amazonses.com header.b=%s header.a=rsa-sha256 header.s=%s x-bits=1024;\n'
            '    dmarc=pass policy.published-domain-policy=quarantine\n'
            '      policy.published-subdomain-policy=quarantine\n'
            '      policy.applied-disposition=none policy.evaluated-disposition=none\n'
            '      (p=quarantine,sp=quarantine,d=none,d.eval=none) policy.policy-from=p\n'
            '      header.from=amazon.com;\n'
            '    spf=pass smtp.mailfrom=%s smtp.helo=a8-33.smtp-out.amazonses.com\n'
            'Received: from a8-33.smtp-out.amazonses.com (a8-33.smtp-out.amazonses.com [%s])\n'
            '\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))\n'
            '\tby mx6.messagingengine.com (Postfix) with ESMTPS\n'
            '\tfor <%s>; %s\n') % (nmf, hexr(10), format_datetime(d.astimezone(timezone(timedelta(hours=-4))) + timedelta(seconds=3)),
                                   R.randint(10**15, 10**16), hexr(10).upper(), N_TO, format_datetime(d.astimezone(timezone(timedelta(hours=-4))) + timedelta(seconds=2)),
                                   b64r(6)[:8], AMZ_SEL, b64r(6)[:8], SES_SEL, nmf, nip, N_TO,
                                   format_datetime(d.astimezone(timezone(timedelta(hours=-4)))))
N_TITLE = 'Please merge certification accounts'
add('console-new-correspondence-added', 'support_reply', N_CID, True, 'en',
    frm=CONSOLE_FROM, to=N_TO, subject='[Case %s] New correspondence added' % N_CID, date=d,
    trace=fm_trace + amazon_dkim(d), extra=SES_EXTRA(d),
    new='''Dear Amazon Web Services Customer,

We have updated your case. To view the new correspondence and to reply, please sign in to the AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Case ID: %s
Subject: %s
Status: Pending Customer Action

Please note: this e-mail was sent from an address that cannot accept incoming e-mail.

Sincerely,
Amazon Web Services

%s''' % (N_CID, N_CID, N_TITLE, AWS_FOOTER))

# ---------------------------------------------------------------- status update answering "any news?" (support_reply, planned)
M_TO = 'tomasz.wojcik.aws@gmail.com'
M_OPEN = dt(2025, 7, 9, 7, 2, 48)
M_CID = case15(M_OPEN, 3051)
M_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % M_CID
d = dt(2025, 7, 16, 12, 20, 37)
add('status-update-expected-by-friday', 'support_reply', M_CID, True, 'en',
    frm=FORM_FROM, to=M_TO, subject='RE: ' + M_SUBJ, date=d, trace=amazon_gmail(M_TO, d), extra=SES_EXTRA(d),
    new='''Hi Tomasz,

Thanks for checking in, and sorry for the silence.

Your request is with our certification operations team right now. Nothing has been changed on your accounts yet; the merge is scheduled in their queue and I expect it to be finalised by the end of this week (Friday, July 18). As soon as they let me know it has gone through, I will write to you on this case.

Kind regards,
Hannah
AWS Training and Certification Customer Support''',
    qhead='On Tue, Jul 15, 2025 at 9:12 AM Tomasz Wojcik <tomasz.wojcik.aws@gmail.com> wrote:',
    quoted=q('''Hello,
it's been almost a week since I confirmed. Is there any news on merging AWS26604318 into AWS-93125570? I have an exam voucher I'd like to use soon.
Regards,
Tomasz

On Wed, Jul 10, 2025 at 4:01 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Tomasz,
>
> Please confirm that AWS26604318 should be merged into AWS93125570 (the account that will remain).
>
> Kind regards,
> Hannah'''))

# ---------------------------------------------------------------- Yahoo user: conditional + a question not about the merge
def yahoo_amazon(to, when):
    mf = ses_mailfrom(when)
    ip = ses_ip()
    fmt = lambda x: format_datetime(x.astimezone(UTC))
    return ('Return-Path: <%s>\n'
            'Received: from 10.197.33.9\n'
            ' by atlas214.free.mail.ne1.yahoo.com pop.mail.yahoo.com with HTTP; %s\n'
            'X-Originating-Ip: [%s]\n'
            'Received-SPF: pass (domain of amazonses.com designates %s as permitted sender)\n'
            'Authentication-Results: atlas214.free.mail.ne1.yahoo.com;\n'
            ' dkim=pass header.i=@amazon.com header.s=%s;\n'
            ' dkim=pass header.i=@amazonses.com header.s=%s;\n'
            ' spf=pass smtp.mailfrom=amazonses.com;\n'
            ' dmarc=pass(p=QUARANTINE) header.from=amazon.com;\n'
            'X-Apparently-To: %s; %s\n'
            'Received: from %s (EHLO a8-%d.smtp-out.amazonses.com)\n'
            ' by 10.197.33.9 with SMTPs\n'
            ' (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n'
            ' %s\n') % (mf, fmt(when + timedelta(seconds=2)), ip, ip, AMZ_SEL, SES_SEL, to,
                        fmt(when + timedelta(seconds=2)), ip, R.randint(10, 99), fmt(when)) + amazon_dkim(when)


O_TO = 'elena.petrova84@yahoo.com'
O_OPEN = dt(2025, 8, 25, 13, 10, 2)
O_CID = case15(O_OPEN, 1985)
O_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % O_CID
d = dt(2025, 8, 26, 16, 44, 30)
add('once-merged-name-question-not-merge', 'support_reply', O_CID, True, 'en',
    frm=FORM_FROM, to=O_TO, subject='RE:' + O_SUBJ, date=d, trace=yahoo_amazon(O_TO, d), extra=SES_EXTRA(d),
    cte='base64',
    new='''Hello Elena,

Thank you for letting us know that you would like to keep AWS11902546.

Before I prepare the merge summary for you, I noticed that the two profiles show different names: AWS11902546 is registered as "Elena Petrova" and AWS-67781203 as "Jelena Petrova-Ivanova". Which spelling should appear on your certificates and digital badges going forward? Please note that the name must match the government-issued ID you present at the test centre.

Once the merge is complete, the name you choose will be applied to all certifications on the surviving account. No changes have been made to either account so far.

Best regards,
Oliver
AWS Training and Certification Customer Support''',
    qhead='On Monday, August 25, 2025 at 03:40:11 PM GMT+2, Elena Petrova <elena.petrova84@yahoo.com> wrote:',
    quoted=q('Hello, please keep AWS11902546, the other one (AWS67781203) is from university.\nThank you\nElena'))

# ---------------------------------------------------------------- Hotmail user: merge refused for now (exam scheduled), then case closed
P2_TO = 'carlos.mendez.dev@hotmail.com'
P2_OPEN = dt(2025, 8, 12, 20, 1, 9)
P2_CID = case15(P2_OPEN, 77)
P2_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % P2_CID
d = dt(2025, 8, 14, 11, 5, 41)
add('cannot-merge-exam-scheduled', 'support_reply', P2_CID, True, 'en',
    frm=FORM_FROM, to=P2_TO, subject='RE: ' + P2_SUBJ, date=d, trace=amazon_outlook(P2_TO, d), extra=SES_EXTRA(d),
    new='''Hello Carlos,

Thank you for your patience.

Unfortunately we are not able to merge AWS-41870236 and AWS-08265519 at this time. AWS-08265519 has an exam appointment scheduled for August 30, and accounts with an open appointment cannot be merged until the appointment has been taken or cancelled.

You have two options:
1. Take the exam as scheduled, then reply to this e-mail and we will pick up your request again; or
2. Cancel the appointment through Pearson VUE and let us know, and we will continue.

Your accounts have not been changed.

Regards,
Beatriz
AWS Training and Certification Customer Support''',
    qhead='From: Carlos Mendez <carlos.mendez.dev@hotmail.com>\nSent: Tuesday, August 12, 2025 10:01 PM\nTo: aws-cs-trainingcertification-form@amazon.com\nSubject: Account Merge',
    quoted='Hi, I have two accounts AWS41870236 and AWS08265519. Please merge them, keep AWS08265519. Thanks, Carlos', qstyle='outlook')

d = dt(2025, 8, 19, 9, 2, 16)
add('closed-user-no-longer-needs-merge', 'survey', P2_CID, True, 'en',
    frm=FORM_FROM, to=P2_TO, subject='Case %s closed - tell us about your experience' % P2_CID, date=d,
    trace=amazon_outlook(P2_TO, d), extra=SES_EXTRA(d),
    new='''Hello Carlos,

As you let us know that you no longer want your certification accounts combined, we have closed case %s. No changes were made to your accounts.

We would appreciate a minute of your time to rate the support you received:
https://pulse.aws/survey/TC9R4ZPA?caseId=%s

Was your issue resolved?
YES: https://pulse.aws/survey/TC9R4ZPA?caseId=%s&resolved=yes
NO: https://pulse.aws/survey/TC9R4ZPA?caseId=%s&resolved=no

If you change your mind, you are welcome to submit a new request at any time.

AWS Training and Certification Customer Support''' % (P2_CID, P2_CID, P2_CID, P2_CID))

# ---------------------------------------------------------------- Story M continued: answer to "is it done?" -> done
M_USER2 = '''Hi Hannah,
it's Monday and I still see my old candidate ID on the Pearson VUE side. Has the merge actually been done, or is it still pending?
Tomasz'''
d = dt(2025, 7, 21, 10, 15, 26)
add('answer-yes-it-was-completed-friday', 'merge_completed', M_CID, True, 'en',
    frm=FORM_FROM, to=M_TO, subject='RE: ' + M_SUBJ, date=d, trace=amazon_gmail(M_TO, d), extra=SES_EXTRA(d),
    new='''Hi Tomasz,

Yes, it has been done. The operations team finished the merge on Friday, July 18, and AWS93125570 is now your only certification account. I apologise for not letting you know on Friday as I promised.

The Pearson VUE profile is synchronised separately and can take up to 48 hours to show the surviving candidate ID. If the old ID is still there on Wednesday, please reply and I will raise it with them.

Kind regards,
Hannah
AWS Training and Certification Customer Support''',
    qhead='On Mon, Jul 21, 2025 at 8:03 AM Tomasz Wojcik <tomasz.wojcik.aws@gmail.com> wrote:',
    quoted=q(M_USER2 + '\n\nOn Wed, Jul 16, 2025 at 2:20 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n' +
             q('Hi Tomasz,\n\nYour request is with our certification operations team right now. Nothing has been changed on your accounts yet; the merge is scheduled in their queue.\n\nKind regards,\nHannah')))

# ---------------------------------------------------------------- answer to a question about validation numbers (support_reply)
S_TO = 'nadia.elkhoury@gmail.com'
S_OPEN = dt(2025, 9, 15, 8, 0, 41)
S_CID = case15(S_OPEN, 3318)
S_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % S_CID
d = dt(2025, 9, 16, 13, 37, 12)
add('answer-validation-numbers-merge-queued', 'support_reply', S_CID, True, 'en',
    frm=FORM_FROM, to=S_TO, subject='RE:' + S_SUBJ, date=d, trace=amazon_gmail(S_TO, d), extra=SES_EXTRA(d),
    new='''Hi Nadia,

Good question. Your certification validation numbers (for example 5QHK2T7LMBE41VZ9 for your Solutions Architect - Associate) will not change. Employers who already verified your certifications can keep using the same numbers.

What will change is the candidate ID under which the certifications are listed: after the merge everything will appear under aws58830124. Your request is already in the operations team's queue, so there is nothing you need to do; we will confirm here when it has been carried out.

Best,
Kwame
AWS Training and Certification Customer Support''',
    qhead='On Mon, Sep 15, 2025 at 11:20 PM Nadia El Khoury <nadia.elkhoury@gmail.com> wrote:',
    quoted=q('Thanks, I confirm: please merge AWS70419962 into AWS58830124.\nOne question: will my validation numbers change? I have them on my CV.\nNadia'))

# ---------------------------------------------------------------- Story L (2019, 10-digit case, corporate mailbox)
L_TO = 'sven.lindqvist@sandvik-tech.se'
L_CID = '6218835401'
L_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % L_CID
d = dt(2019, 8, 5, 13, 14, 2)
add('2019-form-ack-10digit-no-auth', 'case_created', L_CID, None, 'en',
    frm=FORM_FROM, to=L_TO, subject=L_SUBJ, date=d,
    trace=corp_trace(L_TO, d, 'a8-%d.smtp-out.amazonses.com' % R.randint(10, 99), ses_ip(), 'mailgw01.sandvik-tech.se') + amazon_dkim(d),
    parts='plain', cte='quoted-printable',
    new='''Hello,

We have received your inquiry and have created case %s. A member of the AWS Training and Certification team will get back to you within 1 business day.

If you need to add information to your request, please reply to this message and do not change the subject line.

Regards,
AWS Training and Certification

*** This is an automated message. ***''' % L_CID)

d = dt(2019, 8, 6, 15, 40, 51)
gw_ip = ses_ip()
gw_mf = ses_mailfrom(d)
L_AR = ('Received: from mailgw01.sandvik-tech.se ([10.14.2.8]) by exch02.corp.internal with Microsoft SMTP Server\n'
        ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.1713.5;\n %s\n'
        'Authentication-Results: mailgw01.sandvik-tech.se; spf=pass smtp.mailfrom=amazonses.com;\n'
        ' dkim=pass header.d=amazon.com header.s=%s; dmarc=pass (p=quarantine dis=none) header.from=amazon.com\n'
        'Received: from a8-61.smtp-out.amazonses.com (a8-61.smtp-out.amazonses.com [%s])\n'
        '\tby mailgw01.sandvik-tech.se with ESMTP id %s\n\tfor <%s>; %s\n') % (
    format_datetime(d + timedelta(seconds=4)), AMZ_SEL, gw_ip, hexr(10), L_TO, format_datetime(d))
add('2019-confirm-merge-plus-acclaim-question', 'merge_confirmation_requested', L_CID, True, 'en',
    frm=FORM_FROM, to=L_TO, subject='RE:' + L_SUBJ, date=d, trace=L_AR + amazon_dkim(d),
    parts='plain', cte='quoted-printable',
    new='''Hello Sven,

Thank you for contacting AWS Training and Certification.

I have found both of your certification accounts. Please review and confirm the following before we make any changes:

- AWS00731942 (sven.lindqvist@gmail.com) -> will be merged into the account below and then deactivated
- AWS00918657 (sven.lindqvist@sandvik-tech.se) -> will remain as your certification account

Please reply "confirmed" if this is correct. Kindly note that a merge cannot be reversed.

Additionally, could you let me know whether you have already accepted your badges on Acclaim with both e-mail addresses? This helps us tell you what to expect for your badges afterwards.

Regards,
Lars
AWS Training and Certification''')

d = dt(2019, 8, 9, 6, 2, 33)
add('2019-youracclaim-badge-no-auth', 'credly_badge_issued', None, None, 'en',
    frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', to=L_TO,
    subject='Sven, you have earned a badge from Amazon Web Services Training and Certification', date=d,
    msgid='<5d4d0a%s.%s@youracclaim.com>' % (hexr(10), hexr(6)),
    trace=corp_trace(L_TO, d, 'o%d.email.youracclaim.com' % R.randint(1, 9), '167.89.%d.%d' % (R.randint(1, 120), R.randint(1, 250)), 'mailgw01.sandvik-tech.se'),
    cte='quoted-printable',
    new='''Congratulations, Sven!

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified SysOps Administrator - Associate.

Accept your badge to manage it, share it on social media and let others verify it.

Accept badge: https://www.youracclaim.com/earner/earned/badge/%s

Acclaim, powered by Credly | 13 N. Calvert St, Baltimore, MD 21202''' % ruuid())

# ---------------------------------------------------------------- Story K (2022, 11-digit case): done + Credly handled separately
K_TO = 'farah.haddad@outlook.com'
K_CID = '11021377461'
K_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % K_CID
d = dt(2022, 10, 4, 18, 22, 7)
add('2022-merge-finished-credly-to-follow', 'merge_completed', K_CID, True, 'en',
    frm=FORM_FROM, to=K_TO, subject=K_SUBJ, date=d, trace=amazon_outlook(K_TO, d), extra=SES_EXTRA(d),
    new='''Hello Farah,

The merge of your certification accounts has been finished. AWS07712480 was merged into AWS-03349215, which is now your single AWS Certification account (sign-in: farah.haddad@outlook.com).

What happens next with your badges: we have also asked Credly to move the badges of the closed account to your current Credly profile. You do not need to do anything; Credly will e-mail you within about five business days, and you will then only have to accept the badges.

Best regards,
Marta
AWS Training and Certification Customer Support''')

d = dt(2022, 10, 13, 9, 11, 58)
add('2022-credly-you-must-merge-yourself', 'support_reply', K_CID, True, 'en',
    frm=FORM_FROM, to=K_TO, subject=K_SUBJ, date=d, trace=amazon_outlook(K_TO, d), extra=SES_EXTRA(d),
    new='''Hello Farah,

Thank you for following up about your badges.

I checked with Credly, and they were unable to move the badges automatically because your older badges were accepted on a separate Credly account that uses your former work e-mail. AWS cannot combine Credly accounts; this step has to be done by you in Credly. Sign in to Credly, open Account Settings, choose "Merge accounts" and follow the instructions; Credly will send a code to the other address.

If you no longer have access to the former work e-mail, please contact Credly support at https://support.credly.com and mention that the badges were issued by AWS Training and Certification.

Best regards,
Marta
AWS Training and Certification Customer Support''',
    qhead='From: Farah Haddad <farah.haddad@outlook.com>\nSent: Wednesday, October 12, 2022 9:30 PM\nTo: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSubject: ' + K_SUBJ,
    quoted='Hi Marta, it has been a week and I have not received anything from Credly. My badges from AWS07712480 are still on my old Credly profile. Can you check?\n\nFarah', qstyle='outlook')

# ---------------------------------------------------------------- 2023 11-digit: done, with a wrong charset label (UTF-8 bytes labelled ISO-8859-1)
W_TO = 'zoe.lambert.cloud@gmail.com'
W_CID = '12874400912'
d = dt(2023, 11, 28, 14, 3, 19)
add('2023-done-wrong-charset-latin1', 'merge_completed', W_CID, True, 'en',
    frm=FORM_FROM, to=W_TO, subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % W_CID,
    date=d, trace=amazon_gmail(W_TO, d), extra=SES_EXTRA(d),
    parts='plain', charset='iso-8859-1', codec='utf-8', cte='8bit',
    new='''Hello Zoë,

Thanks for your patience – we’ve now completed the merge you confirmed on Friday. Your certifications from AWS-62095537 have been moved to AWS-29940183, and the AWS-62095537 profile has been closed.

You’ll keep signing in with zoe.lambert.cloud@gmail.com. Please allow up to 24 hours for the “Certifications” page to refresh.

Kind regards,
Théo
AWS Training and Certification Customer Support''')

# ---------------------------------------------------------------- Credly badge after merge for Story E (biglobe)
d = dt(2025, 7, 12, 22, 45, 30)
emf = 'bounces+1198346-%s-misaki-tanaka=kra.biglobe.ne.jp@em.credly.com' % hexr(4)
eip = '167.89.%d.%d' % (R.randint(1, 120), R.randint(1, 250))
add('credly-badge-issued-biglobe', 'credly_badge_issued', None, True, 'en',
    frm=CREDLY_FROM, to=E_TO,
    subject=subj('Misaki, you earned the AWS Certified Solutions Architect – Associate badge!', 'utf-8', 'q'), date=d,
    msgid=credly_msgid(),
    trace=jp_trace(BGL[0], BGL[1], E_TO, d, emf, eip, 'o3.em.credly.com', 'pass', 'credly.com', 'pass', 'pass', 'credly.com')
    + dkim_sig('credly.com', 's1', d, 'from:reply-to:subject:mime-version:content-type:to:cc', 'relaxed/relaxed'),
    new='''Congratulations, Misaki!

Amazon Web Services Training and Certification issued you a new badge: AWS Certified Solutions Architect – Associate.

Claim your badge: https://www.credly.com/badges/%s/accept

Display it on LinkedIn, add it to your e-mail signature, and let employers verify it in real time.

Credly, Inc. · 100 Congress Avenue, Suite 2000 · Austin, TX 78701''' % ruuid())

# ---------------------------------------------------------------- English phishing about the merge (look-alike domain, passes its own DMARC)
d = dt(2025, 7, 14, 6, 30, 55)
lk_mf = 'notify@aws-certmerge.com'
lk_ip = '91.215.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
lk_auth = gauth([('pass', 'aws-certmerge.com', 'mail')], 'pass', lk_mf, lk_ip, 'pass', 'aws-certmerge.com', 'NONE')
add('lookalike-confirm-merge-click-link', 'merge_confirmation_requested', '175246391200731', False, 'en',
    frm='"AWS Training & Certification" <notify@aws-certmerge.com>', to=M_TO,
    subject='RE:[CASE 175246391200731] Account merge - confirmation required', date=d,
    msgid='<%s@aws-certmerge.com>' % hexr(24),
    trace=gmail_trace(M_TO, d, lk_mf, lk_ip, 'mail.aws-certmerge.com', lk_auth)
    + dkim_sig('aws-certmerge.com', 'mail', d, 'from:to:subject:date:message-id', 'relaxed/relaxed'),
    new='''Hello Tomasz,

We are ready to merge your AWS Certification accounts:

  AWS 26604318  ->  AWS 93125570 (primary)

To confirm the merge, sign in with your AWS Certification credentials using the secure link below. Requests not confirmed within 12 hours are cancelled and must be resubmitted.

https://aws-certmerge.com/confirm?ref=175246391200731

Thank you,
AWS Training & Certification Support Team''')

# ==== END MAILS


def write_all():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for i, (slug, raw, label) in enumerate(MAILS, 1):
        name = '%03d-%s.eml' % (i, slug)
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(raw)
        labels[name] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print('wrote', len(MAILS), 'mails')


if __name__ == '__main__':
    write_all()
