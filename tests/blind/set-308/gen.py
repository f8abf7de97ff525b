#!/usr/bin/env python3
"""Generator for blind set 308: AWS Certification account-merge mailbox (test data).

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json in this folder.
"""
import base64
import datetime as _dt
import hashlib
import html as _html
import json
import os
import quopri
import random
import re
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(308)
LABELS = {}
COUNTER = [0]
ID_RE = re.compile(r'(?i)\baws[ \-]?(\d{8})\b')

# ---------------------------------------------------------------- time helpers
TZS = {'+0000': 0, '-0700': -7, '-0800': -8, '+0900': 9, '+0100': 1, '+0530': 5.5,
       '-0400': -4, '-0500': -5, '+0200': 2, '+1000': 10, '+0800': 8}


def T(s):
    """'2025-05-27 08:14:06' (UTC) -> aware datetime."""
    return _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=_dt.timezone.utc)


def rfc(d, tz='+0000', paren=None):
    off = TZS[tz]
    loc = d.astimezone(_dt.timezone(_dt.timedelta(hours=off)))
    s = loc.strftime('%a, %d %b %Y %H:%M:%S ') + tz
    if paren:
        s += ' (%s)' % paren
    return s


def plus(d, **kw):
    return d + _dt.timedelta(**kw)


def case15(d, tail):
    return '%d%05d' % (int(d.timestamp()), tail)


# ---------------------------------------------------------------- random tokens
def rhex(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    raw = bytes(rng.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def ses_id(d, region=''):
    ms = int(d.timestamp() * 1000)
    pre = '0100' if not region else region
    return '%s%012x-%s-%s-%s-%s-000000' % (pre, ms, rhex(8), rhex(4), rhex(4), rhex(12))


def fold_b(b, first=10, width=70):
    out, s = [], b
    out.append(s[:first])
    s = s[first:]
    while s:
        out.append(s[:width])
        s = s[width:]
    return '\n\t '.join(out)


def dkim_sig(domain, selector, d, hlist='Subject:From:To:Date:MIME-Version:Content-Type:Message-ID'):
    t = int(d.timestamp())
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (selector, domain, t, hlist, rb64(32), fold_b(rb64(190))))


# ---------------------------------------------------------------- trace builders
SES_IPS = ['54.240.8.30', '54.240.9.112', '54.240.48.91', '54.240.27.17', '54.240.11.86', '54.240.4.3']


def ses_host(ip):
    a, b, c, d = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, d)


def gmail_trace(to, d, mailfrom, ip, helo, auth, delay_s=2, extra_after=None):
    """auth: text after 'mx.google.com;' e.g. 'dkim=pass ...; spf=pass ...; dmarc=pass ...'."""
    r = plus(d, seconds=delay_s)
    h = []
    h.append(('Delivered-To', to))
    h.append(('Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s'
              % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(6) + 'csp' + rhex(6), rfc(r, '-0700', 'PDT'))))
    h.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(66)[:88]))
    h.append(('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s;\n        %s'
              % (rhex(4), rhex(3), rhex(4), 'a' + rhex(10), rfc(r, '-0700', 'PDT'))))
    h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
              % (int(r.timestamp()), rb64(60))))
    h.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:date:message-id:subject:to:from:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s'
              % (rb64(32), rb64(32), rb64(60))))
    h.append(('ARC-Authentication-Results', 'i=1; mx.google.com;\n       ' + auth))
    h.append(('Return-Path', '<%s>' % mailfrom))
    h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
              % (helo, helo, ip, rhex(12), rng.randint(10, 99), rhex(2), to, rfc(r, '-0700', 'PDT'))))
    dom = mailfrom.split('@')[1]
    spf_res = re.search(r'spf=(\w+)', auth).group(1)
    h.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
              % (spf_res, mailfrom, 'designates' if spf_res == 'pass' else 'does not designate', ip, ip)))
    h.append(('Authentication-Results', 'mx.google.com;\n       ' + auth))
    if extra_after:
        h.extend(extra_after)
    return h


def g_auth(dkims, spf, mailfrom, ip, dmarc, from_dom, policy='QUARANTINE'):
    """dkims: list of (result, domain, selector)."""
    parts = []
    for res, dom, sel in dkims:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, rb64(6)[:8]))
    parts.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s'
                 % (spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mailfrom))
    if dmarc:
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
                     % (dmarc, policy, policy, 'NONE' if dmarc == 'pass' else policy, from_dom))
    return ';\n       '.join(parts)


def outlook_trace(d, ip, helo, mailfrom_dom, dkim_res, dkim_d, dmarc, from_dom, compauth='pass reason=100'):
    r = plus(d, seconds=3)
    prot = 'AM%dPEPF0000%s' % (rng.randint(1, 9), rhex(4).upper())
    mbx = 'DU%dPR%02dMB%04d' % (rng.randint(0, 9), rng.randint(1, 99), rng.randint(1000, 9999))
    h = []
    h.append(('Received', 'from %s.eurprd0%d.prod.outlook.com (2603:10a6:10:%s::%s)\n by %s.eurprd0%d.prod.outlook.com with HTTPS; %s'
              % (mbx, rng.randint(1, 9), rhex(3), rhex(2), mbx, rng.randint(1, 9), rfc(r, '+0000'))))
    h.append(('Received', 'from %s.namprd04.prod.outlook.com (2603:10b6:208:%s::%s)\n by %s.eurprd0%d.prod.outlook.com (2603:10a6:10:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
              % ('MN2PR' + rhex(4).upper(), rhex(3), rhex(2), mbx, rng.randint(1, 9), rhex(3), rhex(2), rng.randint(8000, 8999), rng.randint(10, 40), rfc(r, '+0000'))))
    ar = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s' % (
        'pass' if dmarc != 'fail' or dkim_res == 'pass' else 'fail', ip, mailfrom_dom, dkim_res,
        'signature was verified' if dkim_res == 'pass' else ('signature did not verify' if dkim_res == 'fail' else 'message not signed'),
        dkim_d, dmarc, 'none' if dmarc == 'pass' else ('quarantine' if dmarc == 'fail' else 'none'), from_dom, compauth)
    h.append(('Authentication-Results', ar))
    h.append(('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (mailfrom_dom, ip, ip, helo)))
    h.append(('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.16.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s'
              % (helo, ip, prot, rng.randint(2, 250), rng.randint(8000, 8999), rng.randint(10, 40), rfc(plus(d, seconds=1), '+0000'))))
    return h


def outlook_tail():
    return [('X-MS-Exchange-Organization-AuthSource', 'AM%dPEPF0000%s.eurprd04.prod.outlook.com' % (rng.randint(1, 9), rhex(4).upper())),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-Organization-SCL', '1')]


def generic_trace(authserv, rcpt_host, to, d, ip, helo, auth, tz='+0900', extra=None):
    r = plus(d, seconds=4)
    h = []
    h.append(('Return-Path', None))  # placeholder replaced by caller if needed
    h = []
    h.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
              % (helo, helo, ip, rcpt_host, rhex(10).upper(), to, rfc(r, tz))))
    if auth is not None:
        h.append(('Authentication-Results', '%s;\n\t%s' % (authserv, auth)) if authserv else ('Authentication-Results', auth))
    if extra:
        h.extend(extra)
    return h


def simple_auth(spf, mailfrom, dkim_res, dkim_d, dmarc, from_dom):
    s = 'spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s' % (spf, mailfrom, dkim_res, dkim_d)
    if dmarc:
        s += ';\n\tdmarc=%s header.from=%s' % (dmarc, from_dom)
    return s


# ---------------------------------------------------------------- text helpers
def q_gmail(when, name, addr, text):
    lines = ['On %s %s <%s> wrote:' % (when, name, addr), '']
    return '\n'.join(lines) + '\n' + '\n'.join(('> ' + l) if l.strip() else '>' for l in text.strip('\n').split('\n'))


def q_outlook(frm, sent, to, subject, text, cc=None):
    h = ['________________________________', 'From: %s' % frm, 'Sent: %s' % sent, 'To: %s' % to]
    if cc:
        h.append('Cc: %s' % cc)
    h.append('Subject: %s' % subject)
    return '\n'.join(h) + '\n\n' + text.strip('\n')


def q_original(frm, sent, to, subject, text):
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n' % (frm, sent, to, subject)) + text.strip('\n')


def q_jp(header, text):
    return header + '\n' + '\n'.join(('> ' + l) if l.strip() else '>' for l in text.strip('\n').split('\n'))


def q_gt(text):
    return '\n'.join(('> ' + l) if l.strip() else '>' for l in text.strip('\n').split('\n'))


def to_html(new, quoted=None, style='plain', font='Arial, sans-serif'):
    def paras(t):
        out = []
        for block in re.split(r'\n\s*\n', t.strip('\n')):
            out.append('<p>%s</p>' % _html.escape(block).replace('\n', '<br>\n'))
        return '\n'.join(out)
    body = '<div style="font-family:%s;font-size:14px;color:#16191f">\n%s\n</div>' % (font, paras(new))
    if quoted:
        body += ('\n<div class="quoted" style="border-left:2px solid #ccc;padding-left:8px;color:#555">\n%s\n</div>'
                 % paras(quoted))
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body>\n%s\n</body></html>\n' % body)


def strip_tags(h):
    h = re.sub(r'(?is)<(script|style).*?</\1>', ' ', h)
    h = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>', '\n', h)
    h = re.sub(r'<[^>]+>', ' ', h)
    return _html.unescape(h)


# ---------------------------------------------------------------- MIME helpers
PYCODEC = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'utf-8': 'utf-8', 'us-ascii': 'ascii',
           'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252', 'euc-jp': 'euc_jp'}


def tpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, fmt_flowed=False):
    data = text.encode(PYCODEC[charset])
    if cte == 'base64':
        data = text.replace('\n', '\r\n').encode(PYCODEC[charset])
    p = MIMENonMultipart('text', subtype)
    del p['MIME-Version']
    p.set_param('charset', label or charset)
    if fmt_flowed:
        p.set_param('format', 'flowed')
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    else:  # 8bit
        payload = data.decode('ascii', 'surrogateescape')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p


def enc_subject(s, charset='utf-8', force=False):
    try:
        s.encode('ascii')
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok and not force:
        return s
    return Header(s, charset, maxlinelen=76, header_name='Subject').encode()


def addr(name, email, charset='utf-8'):
    if not name:
        return email
    try:
        name.encode('ascii')
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


# ---------------------------------------------------------------- the builder
def mail(slug, *, kind, case_id, ids, verified, lang, frm, to, subject, date, msgid,
         new, quoted=None, sep='\n\n', html=None, html_only=False, text_only=False,
         charset='utf-8', cte='quoted-printable', html_cte=None, label_charset=None,
         subj_charset='utf-8', subj_force=False, trace=(), pre=(), post=(),
         cc=None, reply_to=None, in_reply_to=None, attach_html_quoted=True):
    """new/quoted are plain text.  ids: expected account ids in the NEW text (checked)."""
    COUNTER[0] += 1
    fname = '%03d-%s.eml' % (COUNTER[0], slug)
    text = new.strip('\n') + '\n'
    if quoted:
        text += sep + quoted.strip('\n') + '\n'
    if html is None and not text_only:
        html = to_html(new, quoted if attach_html_quoted else None)
    if html_only:
        msg = tpart(html, 'html', charset, html_cte or cte, label_charset)
    elif text_only:
        msg = tpart(text, 'plain', charset, cte, label_charset)
    else:
        msg = MIMEMultipart('alternative', boundary='----=_Part_%d_%d.%d' % (rng.randint(100000, 999999), rng.randint(10**8, 10**9), int(date.timestamp() * 1000)))
        msg.attach(tpart(text, 'plain', charset, cte, label_charset))
        msg.attach(tpart(html, 'html', charset, html_cte or cte, label_charset))
        del msg['MIME-Version']
    # header order: trace (top) , then pre, then message headers
    hdrs = list(trace) + list(pre)
    hdrs.append(('From', frm))
    hdrs.append(('To', to))
    if cc:
        hdrs.append(('Cc', cc))
    if reply_to:
        hdrs.append(('Reply-To', reply_to))
    hdrs.append(('Subject', enc_subject(subject, subj_charset, subj_force)))
    hdrs.append(('Date', rfc(date) if isinstance(date, _dt.datetime) else date))
    hdrs.append(('Message-ID', msgid))
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
        hdrs.append(('References', in_reply_to))
    hdrs.append(('MIME-Version', '1.0'))
    hdrs.extend(post)
    body = msg.as_bytes()
    # drop MIME-Version the library may have added to the body part header block
    head = ''.join('%s: %s\n' % (k, v) for k, v in hdrs)
    raw = head.encode('utf-8') + body
    raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(raw)
    # label + self-check of ids in the new text
    found = sorted({'AWS' + m for m in ID_RE.findall(new + '\n' + subject)})
    want = sorted({'AWS' + re.sub(r'\D', '', i) for i in ids})
    assert found == want, (fname, found, want)
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': want,
                     'sender_verified': verified, 'language': lang}
    return fname


# ---------------------------------------------------------------- common senders / footers
AWS_FORM = addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
AWS_NOREPLY = addr('Amazon Web Services', 'no-reply-aws@amazon.com')
CREDLY_AWS = addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')


def aws_hdrs(d, fid='aws-support'):
    return [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(30)[:43]),
            ('X-SES-Outgoing', d.strftime('%Y.%m.%d') + '-54.240.8.30')]


def aws_dkim(d):
    return [('DKIM-Signature', dkim_sig('amazon.com', 'rte02', d)),
            ('DKIM-Signature', dkim_sig('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', d, 'Subject:From:To:Date:MIME-Version:Content-Type:Message-ID:Feedback-ID'))]


def ses_bounce(d):
    return ses_id(d) + '@amazonses.com'


def gmail_aws(to, d, from_dom='amazon.com', dmarc='pass', dkim_ok=True):
    ip = rng.choice(SES_IPS)
    mf = ses_bounce(d)
    dk = [('pass' if dkim_ok else 'fail', from_dom, 'rte02'), ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')]
    return gmail_trace(to, d, mf, ip, ses_host(ip), g_auth(dk, 'pass', mf, ip, dmarc, from_dom))


def outlook_aws(d, dmarc='pass', dkim_res='pass', dkim_d='amazon.com', from_dom='amazon.com'):
    ip = rng.choice(SES_IPS)
    return outlook_trace(d, ip, ses_host(ip), 'amazonses.com', dkim_res, dkim_d, dmarc, from_dom)


def console_footer(case_id):
    return ('To see all of your cases, please visit the Support Center:\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
            'We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. '
            'You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n'
            'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.' % case_id)


def finish():
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False, sort_keys=True)
        f.write('\n')
    print('wrote %d mails' % len(LABELS))


# =============================================================== MAILS
for _fn in os.listdir(OUT):
    if _fn.endswith('.eml'):
        os.remove(os.path.join(OUT, _fn))


# ---------------------------------------------------------------- thread T1: Daniel Okafor, form desk, 2025-05 (Gmail)
DAN = 'd.okafor.cloud@gmail.com'
DAN_TO = addr('Daniel Okafor', DAN)
T1_OPEN = T('2025-05-27 08:14:06')
C1 = case15(T1_OPEN, 517)
T1_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C1
T1_FORM = ('Inquiry type: AWS Training and Certification\n'
           'Detail: Account Merge\n'
           'AWS candidate ID: AWS04417283\n'
           'Description: I have two certification accounts. The second one (aws09920315) was created with my old work '
           'e-mail daniel.okafor@ex-employer.com. Please combine them and keep AWS04417283.')

d = plus(T1_OPEN, seconds=35)
mail('form-ack-queue-promise', kind='case_created', case_id=C1, ids=[], verified=True, lang='en',
     frm=AWS_FORM, to=DAN, subject='We have your request [CASE %s]' % C1, date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=gmail_aws(DAN, d), pre=aws_dkim(d), post=aws_hdrs(d),
     new=('Hello Daniel,\n\n'
          'Your message reached the AWS Training and Certification team and now sits in our queue as case %s. '
          'Please keep this number handy: it is how we find your request if you write to us again.\n\n'
          'Someone from the team normally picks up new requests within one business day, and we will write to you '
          'at this address as soon as they do. There is no need to fill in the form a second time; a repeat '
          'submission joins the back of the line and can slow things down.\n\n'
          'If you would like to add anything, simply reply to this e-mail and keep the case number in the subject.\n\n'
          'Kind regards,\n'
          'AWS Training and Certification Customer Support' % C1))

d = T('2025-05-28 09:41:12')
mail('table-of-profiles-please-check', kind='merge_confirmation_requested', case_id=C1,
     ids=['AWS04417283', 'AWS09920315'], verified=True, lang='en',
     frm=AWS_FORM, to=DAN, subject=T1_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=gmail_aws(DAN, d), pre=aws_dkim(d), post=aws_hdrs(d),
     new=('Hi Daniel,\n\n'
          'Thanks for your patience. I went through both profiles you listed and wrote down what I intend to do. '
          'Please look over the table before I change anything:\n\n'
          '  Candidate ID  | Sign-in e-mail                 | After the change\n'
          '  --------------+--------------------------------+-----------------------------------------------\n'
          '  AWS04417283   | d.okafor.cloud@gmail.com       | stays; becomes your only profile\n'
          '  AWS09920315   | daniel.okafor@ex-employer.com  | exams and badges move across, then it is retired\n\n'
          'If every row is right, write back "looks good" (or anything along those lines) and I will carry it out. '
          'One thing to keep in mind: after two profiles are combined we cannot pull them apart again, so please take a '
          'second look at which one stays.\n\n'
          'Warm regards,\n'
          'Chinedu A.\n'
          'Amazon Web Services'),
     quoted=q_original('d.okafor.cloud@gmail.com', 'Tuesday, May 27, 2025 8:14 AM', 'aws-cs-trainingcertification-form@amazon.com',
                       '[AWS Training and Certification Form Submission] - account-assistance', T1_FORM))

d = T('2025-05-28 15:02:55')
T1_USER_OK = 'Hi Chinedu,\n\nYes, the table is correct. Please go ahead.\n\nThanks,\nDaniel'
mail('thanks-for-go-ahead-passed-on', kind='support_reply', case_id=C1, ids=[], verified=True, lang='en',
     frm=AWS_FORM, to=DAN, subject=T1_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=gmail_aws(DAN, d), pre=aws_dkim(d), post=aws_hdrs(d),
     new=('Hello Daniel,\n\n'
          'Got it, thank you for the quick go-ahead. I have handed your request to the team that makes changes to '
          'candidate profiles and they will take it from here. You do not need to do anything else right now; I will '
          'write again as soon as I hear back from them.\n\n'
          'Cheers,\n'
          'Chinedu A.\n'
          'Amazon Web Services'),
     quoted=q_gmail('Wed, May 28, 2025 at 10:44 AM', 'Daniel Okafor', DAN, T1_USER_OK + '\n\n' +
                    q_gmail('Wed, May 28, 2025 at 10:41 AM', 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
                            'Hi Daniel,\n\nPlease look over the table before I change anything:\n\n'
                            '  AWS04417283 | d.okafor.cloud@gmail.com | stays\n'
                            '  AWS09920315 | daniel.okafor@ex-employer.com | retired\n\n'
                            'Chinedu A.')))

d = T('2025-05-29 22:10:03')
mail('sign-in-shows-everything-now', kind='merge_completed', case_id=C1, ids=['AWS04417283'], verified=True, lang='en',
     frm=AWS_FORM, to=DAN, subject=T1_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=gmail_aws(DAN, d), pre=aws_dkim(d), post=aws_hdrs(d), cte='base64',
     new=('Hi Daniel,\n\n'
          'Good news from our side. The next time you sign in to your certification account with '
          'd.okafor.cloud@gmail.com you will find everything in one place: the Solutions Architect - Associate from 2021 '
          'as well as the Developer - Associate and SysOps exams you passed under your former employer\'s address. '
          'Your candidate ID from now on is AWS04417283; the other number will no longer let you in.\n\n'
          'Credly badges are handled by a separate system and can take up to 48 hours to appear on your Credly profile.\n\n'
          'Best,\n'
          'Chinedu A.\n'
          'Amazon Web Services'),
     quoted=q_gmail('Wed, May 28, 2025 at 10:44 AM', 'Daniel Okafor', DAN, T1_USER_OK))

d = T('2025-05-29 22:11:40')
SURVEY1_HTML = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Case closed</title></head>'
                '<body style="margin:0;background:#f2f3f3">'
                '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
                '<table width="600" style="background:#ffffff;font-family:Amazon Ember,Arial,sans-serif;color:#16191f">'
                '<tr><td style="padding:24px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" alt="AWS" width="80"></td></tr>'
                '<tr><td style="padding:0 24px 8px 24px"><h2 style="font-size:20px">We have marked case %s as resolved</h2>'
                '<p>Hello Daniel,</p><p>Our records show that your request no longer needs action from us, so the case has been set to resolved. '
                'Did we get it right?</p>'
                '<p><a href="https://survey.aws-training.amazon.com/r/?c=%s&amp;a=1" style="background:#ff9900;color:#000;padding:8px 18px;text-decoration:none">Yes, all sorted</a> &nbsp; '
                '<a href="https://survey.aws-training.amazon.com/r/?c=%s&amp;a=0" style="background:#d5dbdb;color:#000;padding:8px 18px;text-decoration:none">No, I still need help</a></p>'
                '<p>How would you rate the help you got from Chinedu?<br>'
                '<a href="https://survey.aws-training.amazon.com/r/?c=%s&amp;s=1">1</a> &middot; <a href="https://survey.aws-training.amazon.com/r/?c=%s&amp;s=2">2</a> &middot; '
                '<a href="https://survey.aws-training.amazon.com/r/?c=%s&amp;s=3">3</a> &middot; <a href="https://survey.aws-training.amazon.com/r/?c=%s&amp;s=4">4</a> &middot; '
                '<a href="https://survey.aws-training.amazon.com/r/?c=%s&amp;s=5">5</a></p>'
                '<p>If something is still not right, reply to this message within 14 days and the case will reopen automatically.</p>'
                '<p>AWS Training and Certification</p></td></tr>'
                '<tr><td style="padding:16px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210. '
                'This message was produced and distributed by Amazon Web Services, Inc. or its affiliates.</td></tr>'
                '</table></td></tr></table></body></html>\n') % ((C1,) * 8)
mail('resolved-did-we-get-it-right', kind='survey', case_id=C1, ids=[], verified=True, lang='en',
     frm=AWS_FORM, to=DAN, subject='Case %s: did we get it right?' % C1, date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=gmail_aws(DAN, d), pre=aws_dkim(d), post=aws_hdrs(d),
     new=strip_tags(SURVEY1_HTML), html=SURVEY1_HTML, html_only=True, cte='quoted-printable')

d = T('2025-05-31 03:27:19')
CRED1_TXT = ('Daniel, a new badge is waiting for you\n\n'
             'Amazon Web Services Training and Certification has sent you the AWS Certified Developer - Associate badge.\n\n'
             'Add it to your profile so colleagues and recruiters can verify your skills:\n'
             'Accept your badge: https://www.credly.com/earner/earned/badge/3f9c2e71-8a4d-4b1e-9d0a-6c1f2b7e5d48?utm_source=issued_email\n\n'
             'Why accept? Verified badges can be shared on LinkedIn and added to your e-mail signature.\n\n'
             'Credly, Inc. | 3 E 28th St, Floor 6, New York, NY 10016\n'
             'Unsubscribe from badge notifications: https://www.credly.com/notification_settings')
CRED_IP = '168.245.65.11'
mf = 'bounces+2283611-9a3c-%s=gmail.com@em.credly.com' % DAN.split('@')[0]
mail('credly-developer-badge-waiting', kind='credly_badge_issued', case_id=None, ids=[], verified=True, lang='en',
     frm=CREDLY_AWS, to=DAN, subject='Daniel, claim your AWS Certified Developer - Associate badge', date=d,
     msgid='<%s@ismtpd0012p1mdw1.sendgrid.net>' % rb64(16).replace('/', 'x').replace('+', 'y').rstrip('='),
     trace=gmail_trace(DAN, d, mf, CRED_IP, 'o1.em.credly.com',
                       g_auth([('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], 'pass', mf, CRED_IP, 'pass', 'credly.com', 'REJECT')),
     pre=[('DKIM-Signature', dkim_sig('credly.com', 's1', d))],
     new=CRED1_TXT, cte='quoted-printable')

# ---------------------------------------------------------------- thread T5: Olga Petrenko, 2020, 10-digit case (Yahoo)
OLGA = 'olga.petrenko@yahoo.com'
C5 = '7104982635'
d = T('2020-03-10 14:22:51')
mail('old-ack-24h-promise-no-auth-header', kind='case_created', case_id=C5, ids=[], verified=None, lang='en',
     frm=AWS_FORM, to=OLGA, subject='Amazon Web Services - we received your message (Case %s)' % C5, date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=[('Received', 'from mail-relay01.petrenko-home.lan (192.168.1.20) by\n\tmbox.petrenko-home.lan (Dovecot) with LMTP id %s\n\tfor <%s>; %s' % (rb64(9), OLGA, rfc(plus(d, seconds=40), '+0100'))),
            ('Received', 'from %s (%s [54.240.11.86])\n\tby mail-relay01.petrenko-home.lan (Postfix) with ESMTP id 48cN%s\n\tfor <%s>; %s' % (ses_host('54.240.11.86'), ses_host('54.240.11.86'), rhex(6).upper(), OLGA, rfc(plus(d, seconds=38), '+0100'))),
            ('X-Fetchmail-Source', 'imap.mail.yahoo.com'),
            ('Return-Path', '<%s>' % ses_bounce(d))],
     pre=aws_dkim(d), post=aws_hdrs(d), text_only=True, cte='7bit', charset='us-ascii',
     new=('Dear Olga,\n\n'
          'Thank you for writing to AWS Training and Certification. This note is just to let you know your message '
          'arrived safely and has been given the reference number %s.\n\n'
          'You will hear back from a real person on our team within 24 hours, usually sooner. If we need anything '
          'else from you, that person will ask.\n\n'
          'Regards,\n'
          'AWS Training and Certification Support\n\n'
          '--\n'
          'Please do not change the subject line when replying; it helps us match your reply to the right request.' % C5))


def yahoo_aws(to, d, dmarc='pass'):
    ip = rng.choice(SES_IPS)
    mf = ses_bounce(d)
    auth = ('atlas%d.free.mail.ne1.yahoo.com;\n dkim=pass header.i=@amazon.com header.s=rte02;\n dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono;\n'
            ' spf=pass smtp.mailfrom=amazonses.com;\n dmarc=%s(p=QUARANTINE) header.from=amazon.com;' % (rng.randint(100, 399), dmarc))
    return [('Received', 'from 10.197.39.%d\n by atlas%d.free.mail.ne1.yahoo.com with HTTP; %s' % (rng.randint(2, 250), rng.randint(100, 399), rfc(plus(d, seconds=5), '+0000'))),
            ('Return-Path', '<%s>' % mf),
            ('Received-SPF', 'pass (domain of amazonses.com designates %s as permitted sender)' % ip),
            ('Authentication-Results', auth),
            ('Received', 'from %s (EHLO %s) (%s)\n by 10.197.39.%d with SMTPs\n (version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256);\n %s' % (ses_host(ip), ses_host(ip), ip, rng.randint(2, 250), rfc(plus(d, seconds=4), '+0000')))]


d = T('2020-03-13 19:05:33')
T5_PLAN = ('Hello Olga,\n\nWe can combine your two profiles. AWS00319876 (olga.petrenko@yahoo.com) would remain and '
           'AWS00402231 (o.petrenko@globex-consulting.de) would be closed after its records are copied.\n'
           'Please reply to confirm.\n\nMarco\nAmazon Web Services')
mail('profiles-are-now-one-2020', kind='merge_completed', case_id=C5, ids=['AWS00319876', 'AWS00402231'], verified=True, lang='en',
     frm=AWS_FORM, to=OLGA, subject='RE: [CASE %s] Certification - Account Merge' % C5, date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d), trace=yahoo_aws(OLGA, d), pre=aws_dkim(d), post=aws_hdrs(d),
     charset='iso-8859-1', cte='quoted-printable',
     new=('Hello Olga,\n\n'
          'I\'m pleased to tell you that, as of today, you have a single certification profile. Everything that used to sit under '
          'AWS00402231 (your Cloud Practitioner result and the Solutions Architect \u2013 Associate) now appears on the transcript of '
          'AWS00319876. Please use olga.petrenko@yahoo.com to sign in from now on; the old login has been switched off.\n\n'
          'Your 50% exam discount and the practice-exam voucher were carried over too, so you will find them under Benefits.\n\n'
          'Have a lovely weekend,\n'
          'Marco\n'
          'Amazon Web Services').replace('\u2013', '-'),
     quoted=q_original('Olga Petrenko [mailto:olga.petrenko@yahoo.com]', 'Thursday, March 12, 2020 9:47 PM',
                       'aws-cs-trainingcertification-form@amazon.com', 'RE: [CASE %s] Certification - Account Merge' % C5,
                       'Hi Marco,\nthe details are correct, please proceed.\nOlga\n\n' + q_gt(T5_PLAN)))

d = T('2020-03-16 11:48:02')
mf = 'bounces+1914411-bc7e-olga.petrenko=yahoo.com@sendgrid.youracclaim.com'
ACC_HTML = ('<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f7">'
            '<table align="center" width="560" style="background:#fff;padding:30px">'
            '<tr><td><img src="https://images.youracclaim.com/images/acclaim-logo.png" alt="Acclaim" width="110"></td></tr>'
            '<tr><td><h1 style="font-size:22px;color:#1a1a1a">Olga, your hard work has been recognized</h1>'
            '<p>Amazon Web Services Training and Certification has awarded you the <b>AWS Certified Cloud Practitioner</b> badge.</p>'
            '<p><img src="https://images.youracclaim.com/size/340x340/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="120" alt="AWS Certified Cloud Practitioner"></p>'
            '<p>Claim it to share a verified record of your achievement with your network and potential employers.</p>'
            '<p><a href="https://www.youracclaim.com/badges/6e21c0a4-3f4d-4c22-9a8e-1f5b02d7c9aa/accept?utm_campaign=badge_issued" '
            'style="background:#2f5ee0;color:#fff;padding:12px 22px;text-decoration:none;border-radius:3px">Accept badge</a></p>'
            '<p style="font-size:12px;color:#888">Acclaim is operated by Credly, Inc. You are receiving this e-mail because an organization issued you a badge. '
            '<a href="https://www.youracclaim.com/notification_settings">Manage notifications</a></p>'
            '</td></tr></table></body></html>\n')
mail('acclaim-cloud-practitioner-recognized-2020', kind='credly_badge_issued', case_id=None, ids=[], verified=True, lang='en',
     frm=addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'), to=OLGA,
     subject='Olga, your hard work has been recognized', date=d,
     msgid='<%s@ismtpd0005p1iad2.sendgrid.net>' % rb64(16).replace('/', 'Q').replace('+', 'z').rstrip('='),
     trace=[('Received', 'from 10.197.37.%d\n by atlas%d.free.mail.bf1.yahoo.com with HTTP; %s' % (rng.randint(2, 250), rng.randint(100, 399), rfc(plus(d, seconds=6)))),
            ('Return-Path', '<%s>' % mf),
            ('Authentication-Results', 'atlas%d.free.mail.bf1.yahoo.com;\n dkim=pass header.i=@youracclaim.com header.s=s1;\n spf=pass smtp.mailfrom=sendgrid.youracclaim.com;\n dmarc=pass(p=NONE) header.from=youracclaim.com;' % rng.randint(100, 399)),
            ('Received', 'from o3.sendgrid.youracclaim.com (EHLO o3.sendgrid.youracclaim.com) (167.89.64.45)\n by 10.197.37.12 with SMTPs; %s' % rfc(plus(d, seconds=5)))],
     pre=[('DKIM-Signature', dkim_sig('youracclaim.com', 's1', d))],
     new=strip_tags(ACC_HTML), html=ACC_HTML,
     quoted=None, charset='utf-8', cte='base64')
# fix: the line above produced multipart with text from strip_tags; acceptable as a plain alternative

# ---------------------------------------------------------------- thread T2: Mei Lin Tan, console case, 2025-11 (Outlook.com)
MEI = 'meilin.tan@outlook.com'
T2_OPEN = T('2025-11-04 02:37:15')
C2 = case15(T2_OPEN, 814)
T2_TITLE = 'Consolidate three certification profiles into one'
T2_SUBJ = 'RE:[CASE %s] %s' % (C2, T2_TITLE)

d = plus(T2_OPEN, seconds=9)
mail('console-ack-position-in-queue', kind='case_created', case_id=C2, ids=[], verified=True, lang='en',
     frm=AWS_NOREPLY, to=MEI, subject='Amazon Web Services Support: case %s is in the queue' % C2, date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d), trace=outlook_aws(d), pre=aws_dkim(d), post=aws_hdrs(d) + outlook_tail(),
     new=('Hello,\n\n'
          'We have logged your request and it is now waiting for the next available Training and Certification specialist.\n\n'
          'Case ID: %s\n'
          'Subject: %s\n'
          'Severity: General guidance\n'
          'Place in queue: 6\n\n'
          'Requests like yours are usually picked up within a day. You can follow the case, add details or attach files at any time:\n'
          'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
          'Please note: this e-mail address cannot receive replies. To add information, use the link above.\n\n'
          'Thank you,\n'
          'Amazon Web Services\n\n'
          'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.'
          % (C2, T2_TITLE, C2)))

d = T('2025-11-05 06:12:48')
mail('which-of-three-to-carry-forward', kind='support_reply', case_id=C2,
     ids=['AWS66120458', 'AWS70034981', 'AWS27759016'], verified=True, lang='en',
     frm=AWS_NOREPLY, to=MEI, subject=T2_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=outlook_aws(d), pre=aws_dkim(d), post=aws_hdrs(d) + outlook_tail(),
     new=('Hello Mei Lin,\n\n'
          'Thank you for reaching out. I found three candidate records that appear to belong to you:\n\n'
          '- AWS66120458, created 2019, sign-in meilin.tan@outlook.com\n'
          '- aws70034981, created 2022, sign-in mtan@northwind-analytics.com\n'
          '- AWS-27759016, created 2024, sign-in meilin.tan.sg@gmail.com\n\n'
          'Before I prepare anything I need to know which one you would like to carry forward as your main record. Most people '
          'choose the one tied to an e-mail address they will still be able to open in a few years, but the choice is yours. '
          'Could you tell me which it should be, and confirm that all three are really yours?\n\n'
          'Best regards,\n'
          'Hyun-woo P.\n'
          'Amazon Web Services\n\n' + console_footer(C2)))

d = T('2025-11-05 21:30:02')
mail('new-message-waiting-on-case', kind='support_reply', case_id=C2, ids=[], verified=True, lang='en',
     frm=AWS_NOREPLY, to=MEI, subject='[Case %s] New correspondence added' % C2, date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d), trace=outlook_aws(d), pre=aws_dkim(d), post=aws_hdrs(d) + outlook_tail(),
     new=('Hello,\n\n'
          'There is a new message from AWS Support on case %s (%s).\n\n'
          'To read it and respond, sign in to the Support Center:\n'
          'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
          'This is an automated notification. Replies to this address are not monitored.\n\n'
          'Amazon Web Services' % (C2, T2_TITLE, C2)))

d = T('2025-11-05 21:29:40')
T2_TABLE_HTML = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">'
                 '<p>Hello Mei Lin,</p>'
                 '<p>Thanks for letting me know. Based on your answer, this is what I have lined up. Please go through each row and tell me '
                 'if anything looks wrong:</p>'
                 '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">'
                 '<tr style="background:#eaeded"><th>Candidate ID</th><th>Sign-in</th><th>Certifications</th><th>What happens</th></tr>'
                 '<tr><td>AWS66120458</td><td>meilin.tan@outlook.com</td><td>Cloud Practitioner (2019)</td><td><b>Kept</b> &ndash; receives everything below</td></tr>'
                 '<tr><td>AWS70034981</td><td>mtan@northwind-analytics.com</td><td>Solutions Architect &ndash; Associate</td><td>Records moved to AWS66120458, then deactivated</td></tr>'
                 '<tr><td>AWS27759016</td><td>meilin.tan.sg@gmail.com</td><td>Data Engineer &ndash; Associate</td><td>Records moved to AWS66120458, then deactivated</td></tr>'
                 '</table>'
                 '<p>After this is carried out it is permanent, so a careful look now saves trouble later. If the plan is right, '
                 'please answer in the Support Center with &ldquo;Approved&rdquo; and I will start straight away. '
                 'If you want a different record to stay, just say which.</p>'
                 '<p>Best regards,<br>Hyun-woo P.<br>Amazon Web Services</p>'
                 '<hr><p style="font-size:12px;color:#545b64">To see all of your cases, please visit the '
                 '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a>. '
                 'We value your feedback. Please rate this correspondence using the stars in the top right corner of the correspondence.</p>'
                 '<div style="color:#687078;border-top:1px solid #ccc;margin-top:12px;padding-top:8px">'
                 '<p>-- Previous correspondence --</p><p>Mei Lin Tan, 2025-11-05 13:02 UTC:<br>'
                 'Yes all three are mine. Please keep the first one (the outlook address).</p></div>'
                 '</body></html>\n') % C2
mail('three-row-plan-review-each-line', kind='merge_confirmation_requested', case_id=C2,
     ids=['AWS66120458', 'AWS70034981', 'AWS27759016'], verified=True, lang='en',
     frm=AWS_NOREPLY, to=MEI, subject=T2_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=outlook_aws(d), pre=aws_dkim(d), post=aws_hdrs(d) + outlook_tail(),
     new=strip_tags(T2_TABLE_HTML), html=T2_TABLE_HTML, html_only=True, cte='base64')

d = T('2025-11-07 04:55:31')
mail('backend-has-it-eta-update', kind='support_reply', case_id=C2, ids=['AWS66120458'], verified=True, lang='en',
     frm=AWS_NOREPLY, to=MEI, subject=T2_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=outlook_aws(d), pre=aws_dkim(d), post=aws_hdrs(d) + outlook_tail(),
     new=('Hello Mei Lin,\n\n'
          'Thank you for approving the plan. A quick update so you are not left wondering: the request is with our back-office '
          'team now. Jobs like this normally take three to five business days. Until it is finished, please keep signing in with '
          'AWS66120458 and do not book or cancel any exam appointments, because a change in the middle of the work can hold it up.\n\n'
          'I will be in touch as soon as there is something to report.\n\n'
          'Best regards,\n'
          'Hyun-woo P.\n'
          'Amazon Web Services\n\n' + console_footer(C2)))

d = T('2025-11-10 08:03:17')
mail('badges-already-on-credly-records-together', kind='merge_completed', case_id=C2, ids=['AWS66120458'], verified=True, lang='en',
     frm=AWS_NOREPLY, to=MEI, subject=T2_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=outlook_aws(d), pre=aws_dkim(d), post=aws_hdrs(d) + outlook_tail(), cte='base64',
     new=('Hello Mei Lin,\n\n'
          'If you open your Credly profile today you should notice something: the Solutions Architect and Data Engineer badges that '
          'used to live on your other two profiles are now sitting next to your Cloud Practitioner badge. That is because all three '
          'certification records now belong to AWS66120458, and the two other profiles have been deactivated.\n\n'
          'Please sign in with meilin.tan@outlook.com and check your transcript and benefits. If anything is missing, reply here within '
          'the next few days and I will look into it personally.\n\n'
          'Best regards,\n'
          'Hyun-woo P.\n'
          'Amazon Web Services\n\n' + console_footer(C2)))

d = T('2025-11-10 08:04:02')
RATE_HTML = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#fafafa">'
             '<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px">'
             '<p>Hello,</p><p>You recently received help from <b>Hyun-woo P.</b> on case %s (%s).</p>'
             '<p>How did we do? Pick a star &mdash; it takes a second and goes straight to the team lead.</p>'
             '<p style="font-size:28px">'
             '<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=1" style="text-decoration:none">&#9734;</a>'
             '<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=2" style="text-decoration:none">&#9734;</a>'
             '<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=3" style="text-decoration:none">&#9734;</a>'
             '<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=4" style="text-decoration:none">&#9734;</a>'
             '<a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=5" style="text-decoration:none">&#9734;</a></p>'
             '<p>Want to tell us more? There is room for a comment on the next page.</p>'
             '<p style="font-size:11px;color:#888">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. This e-mail address does not accept replies.</p>'
             '</div></body></html>\n') % (C2, T2_TITLE, C2, C2, C2, C2, C2)
mail('how-did-hyunwoo-do-stars', kind='survey', case_id=C2, ids=[], verified=True, lang='en',
     frm=AWS_NOREPLY, to=MEI, subject='How did we do on case %s?' % C2, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=outlook_aws(d), pre=aws_dkim(d), post=aws_hdrs(d) + outlook_tail(),
     new=strip_tags(RATE_HTML), html=RATE_HTML, html_only=True, cte='quoted-printable')

d = T('2025-11-11 17:20:45')
CRED2_HTML = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#222">'
              '<div style="max-width:600px;margin:auto">'
              '<img src="https://www.credly.com/assets/credly_logo.png" width="90" alt="Credly">'
              '<h2>Mei Lin, your badges have a new home</h2>'
              '<p>Following an update from Amazon Web Services Training and Certification, the badges below are now issued to this e-mail address:</p>'
              '<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Data Engineer &ndash; Associate</li></ul>'
              '<p>They are ready for you to accept. Until you do, they will not appear publicly on your profile.</p>'
              '<p><a href="https://www.credly.com/earner/earned?utm_source=reissue_email" style="background:#ff6b00;color:#fff;padding:10px 20px;text-decoration:none">Review and accept</a></p>'
              '<p style="font-size:12px;color:#777">Credly by Pearson &middot; 3 E 28th St, Floor 6, New York, NY 10016 &middot; '
              '<a href="https://www.credly.com/notification_settings">Notification settings</a></p>'
              '</div></body></html>\n')
mf = 'bounces+2283611-01f2-meilin.tan=outlook.com@em.credly.com'
mail('credly-badges-new-home-after-update', kind='credly_badge_issued', case_id=None, ids=[], verified=True, lang='en',
     frm=CREDLY_AWS, to=MEI, subject='Mei Lin, your badges have a new home', date=d,
     msgid='<%s@geopod-ismtpd-12>' % rb64(16).replace('/', 'A').replace('+', 'b').rstrip('='),
     trace=outlook_trace(d, '149.72.123.40', 'o2.em.credly.com', 'em.credly.com', 'pass', 'credly.com', 'pass', 'credly.com'),
     pre=[('DKIM-Signature', dkim_sig('credly.com', 's1', d))], post=outlook_tail(),
     new=strip_tags(CRED2_HTML), html=CRED2_HTML, cte='quoted-printable')


# ---------------------------------------------------------------- thread T3: Rahul Venkataraman, 11-digit case, 2022 (Fastmail)
RAHUL = 'rahul.v@fastmail.com'
C3 = '10384756291'
T3_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C3


def fastmail_generic(to, d, ip, helo, mf, dkims, dmarc, from_dom, policy='quarantine'):
    """dkims: list of (result, domain, selector)."""
    n = rng.randint(1, 8)
    parts = []
    for res, dom, sel in dkims:
        parts.append('dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s\n      header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048'
                     % (res, dom, dom, rb64(6)[:8], sel))
    if not dkims:
        parts.append('dkim=none (message not signed) header.d=none')
    parts.append('dmarc=%s policy.published-domain-policy=%s\n      policy.applied-disposition=none policy.evaluated-disposition=none\n      (p=%s,d=none,d.eval=none) policy.policy-from=p\n      header.from=%s'
                 % (dmarc, policy, policy, from_dom))
    parts.append('spf=pass smtp.mailfrom=%s\n      smtp.helo=%s' % (mf, helo))
    ar = 'mx%d.messagingengine.com;\n    ' % n + ';\n    '.join(parts)
    return [('Return-Path', '<%s>' % mf),
            ('Received', 'from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by sloti%d (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s'
             % (n, n, 40 + n, rng.randint(10, 99), rhex(7), rfc(plus(d, seconds=3), '-0400'))),
            ('X-Cyrus-Session-Id', 'sloti%d-%d-%s' % (rng.randint(10, 99), int(d.timestamp()), rhex(8))),
            ('Received', 'from mx%d ([10.202.2.%d])\n  by compute%d.internal (LMTPProxy); %s' % (n, 200 + n, n, rfc(plus(d, seconds=3), '-0400'))),
            ('Received', 'from mx%d.messagingengine.com (localhost [127.0.0.1])\n\tby mailmx.nyi.internal (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
             % (n, rhex(11).upper(), to, rfc(plus(d, seconds=2), '-0400'))),
            ('ARC-Authentication-Results', 'i=1; ' + ar),
            ('Authentication-Results', ar),
            ('X-ME-Authentication-Results', 'mx%d.messagingengine.com; x-aligned-from=%s' % (n, 'pass' if dmarc == 'pass' else 'fail')),
            ('Received', 'from %s (%s [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits))\n\t(No client certificate requested)\n\tby mx%d.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s'
             % (helo, helo, ip, n, to, rfc(plus(d, seconds=2), '-0400')))]


def fastmail_aws(to, d, dmarc='pass', dkim_res='pass', from_dom='amazon.com'):
    ip = rng.choice(SES_IPS)
    mf = ses_bounce(d)
    return fastmail_generic(to, d, ip, ses_host(ip), mf,
                            [(dkim_res, from_dom, 'rte02'), ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')], dmarc, from_dom)


d = T('2022-09-12 06:48:20')
ACK3_HTML = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">'
             '<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:14px">'
             '<span style="color:#fff;font-size:18px">AWS Training &amp; Certification</span></td></tr>'
             '<tr><td style="padding:20px">'
             '<p>Hi Rahul,</p>'
             '<p>Thanks for getting in touch. We have saved your request under reference <b>%s</b>.</p>'
             '<p>Right now you are <b>number 14</b> in line for our certification account team. We are receiving more messages than usual, '
             'so it may take us up to two business days to reach you &mdash; but we will reach you.</p>'
             '<p>Sending the form again will not move you up the line; it creates a new request and the first one can end up waiting longer.</p>'
             '<p>Thank you,<br>AWS Training &amp; Certification Support</p>'
             '</td></tr><tr><td style="padding:10px 20px;font-size:11px;color:#879196">Amazon Web Services, Inc. | 410 Terry Ave N | Seattle, WA 98109</td></tr>'
             '</table></body></html>\n') % C3
mail('you-are-number-14-in-line', kind='case_created', case_id=C3, ids=[], verified=True, lang='en',
     frm=AWS_FORM, to=RAHUL, subject='[CASE %s] Your request is in line' % C3, date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d), trace=fastmail_aws(RAHUL, d), pre=aws_dkim(d), post=aws_hdrs(d),
     new=strip_tags(ACK3_HTML), html=ACK3_HTML, html_only=True, cte='base64')

d = T('2022-09-14 11:02:57')
T3_PLAN = ('Dear Rahul,\n\n'
           'Greetings of the day!\n\n'
           'As per our verification, kindly find below the plan prepared for your profiles:\n\n'
           'Step 1 - All exam history of AWS 00877650 (rahul.venkat@infosys-mail.example) will be shifted to AWS 00581234 (rahul.v@fastmail.com).\n'
           'Step 2 - AWS 00877650 will be deactivated permanently. The profile AWS 00581234 will be the one you continue using.\n'
           'Step 3 - Your badges will be re-issued to the e-mail of the surviving profile.\n\n'
           'Kindly check the above plan carefully and revert back with your consent, so that we can process further. Please note '
           'the action is not reversible once done.\n\n'
           'Thanks & Regards,\n'
           'Sandeep K.\n'
           'Amazon Web Services')
mail('plan-in-three-steps-revert-with-consent', kind='merge_confirmation_requested', case_id=C3,
     ids=['AWS00877650', 'AWS00581234'], verified=True, lang='en',
     frm=AWS_FORM, to=RAHUL, subject=T3_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=fastmail_aws(RAHUL, d), pre=aws_dkim(d), post=aws_hdrs(d), charset='utf-8', cte='8bit',
     new=T3_PLAN)

d = T('2022-09-19 09:15:06')
mail('gentle-reminder-awaiting-revert', kind='support_reply', case_id=C3, ids=[], verified=True, lang='en',
     frm=AWS_FORM, to=RAHUL, subject=T3_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=fastmail_aws(RAHUL, d), pre=aws_dkim(d), post=aws_hdrs(d),
     new=('Dear Rahul,\n\n'
          'This is a gentle reminder regarding our previous e-mail. We are still awaiting your revert on the same.\n\n'
          'Request you to please go through the below mail and share your response at the earliest, so that we can move ahead.\n\n'
          'Thanks & Regards,\n'
          'Sandeep K.\n'
          'Amazon Web Services'),
     quoted='From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\nSent: 14 September 2022 11:02\nTo: rahul.v@fastmail.com\nSubject: %s\n\n%s' % (T3_SUBJ, T3_PLAN),
     sep='\n\n')

d = T('2022-09-22 13:41:29')
mail('transcript-reflecting-all-four', kind='merge_completed', case_id=C3, ids=['AWS00581234'], verified=True, lang='en',
     frm=AWS_FORM, to=RAHUL, subject=T3_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=fastmail_aws(RAHUL, d), pre=aws_dkim(d), post=aws_hdrs(d),
     new=('Dear Rahul,\n\n'
          'Glad to inform you that your request has been actioned successfully. The transcript under aws00581234 is now reflecting '
          'all four certifications, including the two which were earlier sitting on the other profile. The older profile is no '
          'longer accessible.\n\n'
          'Kindly log in once and verify from your end.\n\n'
          'Thanks & Regards,\n'
          'Sandeep K.\n'
          'Amazon Web Services'),
     quoted=q_gmail('Tue, 20 Sep 2022 at 08:12', 'Rahul Venkataraman', RAHUL,
                    'Hi Sandeep,\n\nSorry for the delay, I was travelling. The plan is fine, please proceed.\n\nRahul\n\n' +
                    q_gmail('Wed, 14 Sep 2022 at 16:32', 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', T3_PLAN)))

# ---------------------------------------------------------------- thread T4: Kenta Sato, Japanese, 2025-03 (So-net)
SATO = 'k.sato-1987@ab.so-net.ne.jp'
SATO_NAME = '佐藤 健太'
T4_OPEN = T('2025-03-18 01:05:44')
C4 = case15(T4_OPEN, 231)
T4_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C4


def sonet_aws(to, d, dmarc='pass'):
    ip = rng.choice(SES_IPS)
    mf = ses_bounce(d)
    return generic_trace('mx.so-net.ne.jp', 'mx%02d.so-net.ne.jp' % rng.randint(1, 20), to, d, ip, ses_host(ip),
                         simple_auth('pass', mf, 'pass', 'amazon.com', dmarc, 'amazon.com') + ' policy.dmarc=quarantine',
                         extra=[('Return-Path', '<%s>' % mf)])


d = plus(T4_OPEN, seconds=21)
mail('ja-ack-24h', kind='case_created', case_id=C4, ids=[], verified=True, lang='ja',
     frm=AWS_FORM, to=SATO, subject='[CASE %s] お問い合わせを受け付けました (AWS トレーニングと認定)' % C4, date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d), trace=sonet_aws(SATO, d), pre=aws_dkim(d), post=aws_hdrs(d),
     subj_charset='iso-2022-jp', charset='iso-2022-jp', cte='7bit', text_only=True,
     new=('佐藤 健太 様\n\n'
          'AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n'
          'お送りいただいた内容は、ケース番号 %s にて確かに承りました。\n\n'
          '担当者が内容を確認のうえ、原則として24時間以内にご連絡いたします。\n'
          '恐れ入りますが、同じ内容で改めてフォームを送信されますと、対応が遅れる場合がございますので、\n'
          'このままお待ちいただけますと幸いです。\n\n'
          '追加の情報がございましたら、本メールにそのままご返信ください。\n\n'
          'AWS トレーニングと認定 カスタマーサポート' % C4))

d = T('2025-03-19 00:31:10')
T4_PLAN_JA = ('佐藤 健太 様\n\n'
              'いつも AWS をご利用いただき、誠にありがとうございます。\n'
              'AWS トレーニングと認定 カスタマーサポートの山本でございます。\n\n'
              'お申し出いただいた認定アカウントにつきまして、下記のとおり作業を行う予定でございます。\n'
              '恐れ入りますが、内容に相違がないかご確認いただけますでしょうか。\n\n'
              '■ 今後ご利用いただくアカウント（残るアカウント）\n'
              '　AWS55017342（k.sato-1987@ab.so-net.ne.jp）\n'
              '■ 統合元のアカウント（作業後に無効化されます）\n'
              '　AWS 55098106（kenta.sato@fabrikam-jp.example）\n\n'
              'なお、本作業は一度実施いたしますと元に戻すことができません。\n'
              'ご確認のうえ、問題がなければ「上記内容で進めてください」とご返信くださいますようお願い申し上げます。\n\n'
              '何卒よろしくお願い申し上げます。\n\n'
              '山本\n'
              'Amazon Web Services')
mail('ja-please-check-surviving-account', kind='merge_confirmation_requested', case_id=C4,
     ids=['AWS55017342', 'AWS55098106'], verified=True, lang='ja',
     frm=AWS_FORM, to=SATO, subject=T4_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=sonet_aws(SATO, d), pre=aws_dkim(d), post=aws_hdrs(d),
     charset='shift_jis', cte='8bit', text_only=True, new=T4_PLAN_JA)

d = T('2025-03-20 07:58:36')
T4_USER_JA = ('山本様\n\nご連絡ありがとうございます。\n2つ目のアカウントの通知先メールアドレスは、以前の勤務先のもので、\n現在は受信できません。この場合でも作業は可能でしょうか。\n\n佐藤')
mail('en-agent-asks-notification-address', kind='support_reply', case_id=C4, ids=['AWS55098106'], verified=True, lang='en',
     frm=AWS_FORM, to=SATO, subject=T4_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=sonet_aws(SATO, d), pre=aws_dkim(d), post=aws_hdrs(d), charset='utf-8', cte='quoted-printable',
     new=('Hello Sato-san,\n\n'
          'My name is Grace and I am covering for my colleague Yamamoto, who is out of the office this week. I am sorry that I '
          'am writing in English.\n\n'
          'That is no problem: we can still go ahead even though the old mailbox no longer works. To be sure the second record '
          'really is yours, could you tell me the notification e-mail that is shown on AWS55098106, and roughly when and where '
          'you took the exam recorded on it (test centre or online)?\n\n'
          'As soon as I have this, I can continue with your request.\n\n'
          'Kind regards,\n'
          'Grace L.\n'
          'Amazon Web Services'),
     quoted=q_jp('2025年3月20日(木) 10:12 %s <%s>:' % (SATO_NAME, SATO), T4_USER_JA))

d = T('2025-03-24 02:20:14')
mail('ja-work-finished-sign-in-with-surviving', kind='merge_completed', case_id=C4, ids=['AWS55017342'], verified=True, lang='ja',
     frm=AWS_FORM, to=SATO, subject=T4_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=sonet_aws(SATO, d), pre=aws_dkim(d), post=aws_hdrs(d),
     charset='iso-2022-jp', cte='base64', text_only=True,
     new=('佐藤 健太 様\n\n'
          'お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの山本でございます。\n\n'
          'ご依頼いただいておりましたアカウントの一本化が完了いたしましたので、ご報告申し上げます。\n'
          '以前のアカウントに記録されていた認定資格および受験履歴は、すべて AWS55017342 に移行済みでございます。\n'
          '今後は k.sato-1987@ab.so-net.ne.jp にてサインインいただき、内容をご確認くださいませ。\n\n'
          'Credly のバッジにつきましては、反映までに数日を要する場合がございます。\n\n'
          '今後とも AWS をよろしくお願い申し上げます。\n\n'
          '山本\n'
          'Amazon Web Services'),
     quoted=q_jp('2025年3月21日(金) 9:40 %s <%s>:' % (SATO_NAME, SATO),
                 'Grace様\n\n通知先は kenta.sato@fabrikam-jp.example です。2023年にオンラインで受験しました。\n上記内容で進めてください。\n\n佐藤'))

d = T('2025-03-24 02:21:00')
SURV4_HTML = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"></head><body style="font-family:\'Hiragino Sans\',Meiryo,sans-serif">'
              '<div style="max-width:580px;margin:auto;padding:20px;border:1px solid #ddd">'
              '<p>佐藤 健太 様</p>'
              '<p>このたびはお問い合わせいただき、誠にありがとうございました。<br>'
              'ケース %s は、解決済みとしてクローズさせていただきました。</p>'
              '<p>今回のサポートはお役に立ちましたでしょうか。今後のサービス向上のため、1 分ほどのアンケートにご協力いただけますと幸いです。</p>'
              '<p><a href="https://survey.aws-training.amazon.com/ja/r/?c=%s&amp;a=1">はい、解決しました</a>　|　'
              '<a href="https://survey.aws-training.amazon.com/ja/r/?c=%s&amp;a=0">いいえ、解決していません</a></p>'
              '<p>14 日以内に本メールへご返信いただいた場合、ケースは自動的に再開されます。</p>'
              '<p>AWS トレーニングと認定</p></div></body></html>\n') % (C4, C4, C4)
mail('ja-closed-one-minute-questionnaire', kind='survey', case_id=C4, ids=[], verified=True, lang='ja',
     frm=AWS_FORM, to=SATO, subject='ケース %s のクローズとアンケートのお願い' % C4, date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d), trace=sonet_aws(SATO, d), pre=aws_dkim(d), post=aws_hdrs(d),
     subj_charset='utf-8', charset='utf-8', cte='base64', new=strip_tags(SURV4_HTML), html=SURV4_HTML)


# ---------------------------------------------------------------- thread T6: Tomas Herrera, 2024 (Proton)
TOMAS = 'tomas.herrera@proton.me'
T6_OPEN = T('2024-10-08 16:20:33')
C6 = case15(T6_OPEN, 102)
T6_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C6


def proton_aws(to, d, dmarc='pass', dkim_res='pass', from_dom='amazon.com'):
    ip = rng.choice(SES_IPS)
    mf = ses_bounce(d)
    return [('Return-Path', '<%s>' % mf),
            ('X-Original-To', to),
            ('Delivered-To', to),
            ('Authentication-Results', 'mail.protonmail.ch; dmarc=%s (p=quarantine dis=none)\n header.from=%s' % (dmarc, from_dom)),
            ('Authentication-Results', 'mail.protonmail.ch; spf=pass smtp.mailfrom=amazonses.com'),
            ('Authentication-Results', 'mail.protonmail.ch; arc=none smtp.remote-ip=%s' % ip),
            ('Authentication-Results', 'mail.protonmail.ch;\n\tdkim=%s (2048-bit key) header.d=%s header.i=@%s\n header.b="%s"' % (dkim_res, from_dom, from_dom, rb64(6)[:8])),
            ('Received', 'from %s (%s [%s]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits)\n server-digest SHA256) (No client certificate requested) by mailin%03d.protonmail.ch\n (Postfix) with ESMTPS id 4Y%s for <%s>; %s'
             % (ses_host(ip), ses_host(ip), ip, rng.randint(1, 60), rhex(10).upper(), to, rfc(plus(d, seconds=2))))]


d = plus(T6_OPEN, seconds=48)
mail('ack-with-summary-of-what-you-sent', kind='case_created', case_id=C6, ids=['AWS81230045', 'AWS81230977'], verified=True, lang='en',
     frm=AWS_FORM, to=TOMAS, subject='Thanks, Tom\u00e1s \u2014 we will take it from here (Case %s)' % C6, date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d), trace=proton_aws(TOMAS, d), pre=aws_dkim(d), post=aws_hdrs(d),
     new=('Hi Tom\u00e1s,\n\n'
          'Thanks for writing in. Your request has been recorded as case %s, and a member of the certification '
          'accounts team will write back to you personally - you can count on hearing from us within one business day.\n\n'
          'Here is a summary of what you told us:\n'
          '  Topic: Certification > Account Merge\n'
          '  Candidate ID: AWS81230045\n'
          '  Other ID mentioned: AWS 81230977\n'
          '  Preferred language: English\n\n'
          'If any of this is wrong, reply to this message and we will update the case.\n\n'
          'AWS Training and Certification' % C6))

d = T('2024-10-09 19:47:05')
mail('arrangement-to-double-check', kind='merge_confirmation_requested', case_id=C6,
     ids=['AWS81230045', 'AWS81230977'], verified=True, lang='en',
     frm=AWS_FORM, to=TOMAS, subject=T6_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=proton_aws(TOMAS, d), pre=aws_dkim(d), post=aws_hdrs(d),
     new=('Hi Tomas,\n\n'
          'I have looked into both IDs. Here is the arrangement I would like you to double-check before anything is changed:\n\n'
          '  Primary (stays open):       AWS81230045  - tomas.herrera@proton.me\n'
          '  Secondary (folded into it): AWS81230977  - therrera@lumen-dev.example\n\n'
          'Everything on the secondary - exam results, the 50% voucher you have not used yet, and your badge records - would end up on '
          'the primary, and the secondary would be switched off for good. There is no way back from this step.\n\n'
          'Does that match what you had in mind? A short "yes, go ahead" is all I need.\n\n'
          'Best,\n'
          'Ignacio R.\n'
          'Amazon Web Services'))

d = T('2024-10-10 08:30:44')
mail('once-consolidation-complete-we-will', kind='support_reply', case_id=C6, ids=[], verified=True, lang='en',
     frm=AWS_FORM, to=TOMAS, subject=T6_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=proton_aws(TOMAS, d), pre=aws_dkim(d), post=aws_hdrs(d),
     new=('Hi Tomas,\n\n'
          'Perfect, thank you. Your request is now with the engineering team. Once the consolidation is complete we will send you a '
          'note, and your Credly badges will be re-issued to the address on your primary profile shortly after that.\n\n'
          'In the meantime nothing changes for you: both sign-ins keep working until the work is finished.\n\n'
          'Best,\n'
          'Ignacio R.\n'
          'Amazon Web Services'),
     quoted=('On Wednesday, October 9th, 2024 at 22:01, Tomas Herrera <tomas.herrera@proton.me> wrote:\n\n'
             + q_gt('Yes, go ahead. AWS81230045 should stay.\n\nTomas\n\nSent with Proton Mail secure email.')))

d = T('2024-10-14 15:12:09')
mail('wrapped-up-closing-case-after-combining', kind='merge_completed', case_id=C6, ids=['AWS81230045'], verified=True, lang='en',
     frm=AWS_FORM, to=TOMAS, subject=T6_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=proton_aws(TOMAS, d), pre=aws_dkim(d), post=aws_hdrs(d),
     charset='utf-8', label_charset='iso-8859-1', cte='8bit',   # deliberately wrong charset label
     new=('Hi Tom\u00e1s,\n\n'
          'The work on your profiles is finished \u2013 AWS81230045 now holds all of your exam results and the unused voucher, and the '
          'second sign-in has been retired. Since there is nothing left for us to do, I am closing this case.\n\n'
          'If you would like to tell us how I did, a short survey will follow in a separate e-mail. And if something looks off '
          'when you sign in, just reply here and the case will reopen.\n\n'
          'Best,\n'
          'Ignacio R.\n'
          'Amazon Web Services'))

d = T('2024-10-21 14:05:51')
CRED6_TXT = ('Hi Tomas,\n\n'
             'Just a friendly nudge: Amazon Web Services Training and Certification issued you the AWS Certified DevOps Engineer - '
             'Professional badge a few days ago, and it is still waiting for you.\n\n'
             'Accept it here: https://www.credly.com/badges/91d0e4c2-7b35-4f0e-a1c9-58e2d6b03f17/accept\n\n'
             'Once accepted, you can share it on LinkedIn, embed it in your resume, or download a printable certificate.\n\n'
             'The Credly Team\n'
             'You are receiving this because a badge was issued to tomas.herrera@proton.me. Manage notifications: https://www.credly.com/notification_settings')
mf = 'bounces+2283611-77aa-tomas.herrera=proton.me@em.credly.com'
mail('credly-nudge-devops-badge-still-waiting', kind='credly_badge_issued', case_id=None, ids=[], verified=True, lang='en',
     frm=CREDLY_AWS, to=TOMAS, subject='Reminder: your AWS Certified DevOps Engineer - Professional badge is still waiting', date=d,
     msgid='<%s@geopod-ismtpd-3>' % rb64(16).replace('/', 'c').replace('+', 'd').rstrip('='),
     trace=[('Return-Path', '<%s>' % mf), ('X-Original-To', TOMAS), ('Delivered-To', TOMAS),
            ('Authentication-Results', 'mail.protonmail.ch; dmarc=pass (p=reject dis=none)\n header.from=credly.com'),
            ('Authentication-Results', 'mail.protonmail.ch; spf=pass smtp.mailfrom=em.credly.com'),
            ('Authentication-Results', 'mail.protonmail.ch;\n\tdkim=pass (2048-bit key) header.d=credly.com header.i=@credly.com\n header.b="%s"' % rb64(6)[:8]),
            ('Received', 'from o4.em.credly.com (o4.em.credly.com [149.72.200.18]) by mailin012.protonmail.ch (Postfix) with ESMTPS id 4Y%s for <%s>; %s' % (rhex(10).upper(), TOMAS, rfc(plus(d, seconds=3))))],
     pre=[('DKIM-Signature', dkim_sig('credly.com', 's1', d))], new=CRED6_TXT, cte='7bit', charset='us-ascii')

# ---------------------------------------------------------------- thread T7: Aisha Bello, corporate (Mimecast -> Exchange Online), 2025-08
AISHA = 'aisha.bello@contoso-energy.co.uk'
T7_OPEN = T('2025-08-11 13:02:49')
C7 = case15(T7_OPEN, 660)
T7_SUBJ = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C7


def corp_aws(d, dmarc='pass', dkim_res='pass', from_dom='amazon.com', mimecast_dmarc=None):
    ip = rng.choice(SES_IPS)
    mf = ses_bounce(d)
    mc_ip = '207.211.30.%d' % rng.randint(40, 250)
    h = outlook_trace(d, mc_ip, 'eu-smtp-delivery-%d.mimecast.com' % rng.randint(100, 199), 'amazonses.com', dkim_res, from_dom, dmarc, from_dom)
    h += [('X-MC-Unique', '%s-%s' % (rb64(16)[:22], rng.randint(1, 9))),
          ('Authentication-Results', 'relay.mimecast.com;\n dkim=%s header.d=%s header.s=rte02 header.b=%s;\n dmarc=%s (policy=quarantine) header.from=%s;\n spf=pass (relay.mimecast.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
           % (dkim_res, from_dom, rb64(6)[:8], mimecast_dmarc or dmarc, from_dom, mf, ip, mf)),
          ('Received', 'from %s (%s [%s]) by relay.mimecast.com with ESMTP with STARTTLS\n (version=TLSv1.2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id uk-mta-%d-%s; %s'
           % (ses_host(ip), ses_host(ip), ip, rng.randint(1, 300), rb64(12)[:16], rfc(d, '+0100')))]
    return h


AISHA_SIG = 'Aisha Bello\nCloud Platform Lead | Contoso Energy\nM: +44 7700 900 418'
d = T('2025-08-12 10:26:37')
mail('need-sign-in-address-of-each-profile', kind='support_reply', case_id=C7, ids=['AWS47700218'], verified=True, lang='en',
     frm=AWS_FORM, to=AISHA, subject=T7_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=corp_aws(d), pre=aws_dkim(d), post=aws_hdrs(d) + outlook_tail(),
     new=('Hello Aisha,\n\n'
          'Thank you for your message. I can see AWS47700218 under the address you wrote from, but I am not able to find a second '
          'profile from the details in the form.\n\n'
          'Could you send me the e-mail address you used to sign in to the other profile, and the name exactly as it was printed on '
          'the exam score report? If you remember the year of that exam, that helps too.\n\n'
          'Kind regards,\n'
          'Lerato M.\n'
          'Amazon Web Services'))

d = T('2025-08-13 09:14:55')
T7_CONFIRM = ('Hello Aisha,\n\n'
              'Thank you, that was exactly what I needed. I found the second profile. Please read the summary below carefully:\n\n'
              'Profile that will remain: AWS47700218 (aisha.bello@contoso-energy.co.uk)\n'
              'Profile that will be absorbed and then closed: AWS47710093 (aisha.b@fastmail.co.uk)\n\n'
              'Both of your Specialty certifications would then sit under AWS47700218. This cannot be reversed, so please let me know '
              'that the summary is right before I proceed.\n\n'
              'Separately, and only if you want it: I can also change the notification e-mail on the remaining profile. Tell me if you '
              'would like that.\n\n'
              'Kind regards,\n'
              'Lerato M.\n'
              'Amazon Web Services')
mail('summary-remain-absorbed-plus-optional-question', kind='merge_confirmation_requested', case_id=C7,
     ids=['AWS47700218', 'AWS47710093'], verified=True, lang='en',
     frm=AWS_FORM, to=AISHA, subject=T7_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=corp_aws(d), pre=aws_dkim(d), post=aws_hdrs(d) + outlook_tail(),
     new=T7_CONFIRM,
     quoted=q_outlook('Aisha Bello <aisha.bello@contoso-energy.co.uk>', 'Tuesday, August 12, 2025 3:02 PM',
                      'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', T7_SUBJ,
                      'Hi Lerato,\n\nThe other one is aisha.b@fastmail.co.uk, name Aisha O. Bello, exam in 2021.\n\nThanks\n' + AISHA_SIG))

d = T('2025-08-14 08:40:12')
mail('before-we-proceed-exam-appointment-question', kind='support_reply', case_id=C7, ids=['AWS47710093'], verified=True, lang='en',
     frm=AWS_FORM, to=AISHA, subject=T7_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=corp_aws(d), pre=aws_dkim(d), post=aws_hdrs(d) + outlook_tail(), cte='base64',
     new=('Hello Aisha,\n\n'
          'Thank you for confirming. One thing came up while I was preparing the request: there is an exam appointment booked on '
          'AWS47710093 for Saturday, 16 August (Advanced Networking - Specialty, online proctored).\n\n'
          'Appointments do not travel with the records, so would you prefer to cancel it and book again afterwards, or should we '
          'wait until after the exam? Please let me know which you prefer.\n\n'
          'Kind regards,\n'
          'Lerato M.\n'
          'Amazon Web Services'),
     quoted=q_outlook('Aisha Bello <aisha.bello@contoso-energy.co.uk>', 'Wednesday, August 13, 2025 11:20 AM',
                      'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', T7_SUBJ,
                      'Hi Lerato,\n\nConfirmed, the summary is right. No need to change the notification e-mail.\n\nAisha\n\n'
                      + q_outlook('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', 'Wednesday, August 13, 2025 10:14 AM',
                                  'Aisha Bello <aisha.bello@contoso-energy.co.uk>', T7_SUBJ, T7_CONFIRM)))

d = T('2025-08-19 16:52:20')
mail('one-dashboard-both-specialties', kind='merge_completed', case_id=C7, ids=['AWS47700218'], verified=True, lang='en',
     frm=AWS_FORM, to=AISHA, subject=T7_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=corp_aws(d), pre=aws_dkim(d), post=aws_hdrs(d) + outlook_tail(),
     new=('Hello Aisha,\n\n'
          'Now that your exam is behind you, I went ahead as agreed. Try signing in with aisha.bello@contoso-energy.co.uk: you should '
          'land on a single dashboard that lists the Machine Learning and Security Specialty certifications together, along with '
          'Saturday\'s Advanced Networking result once it has been scored. The fastmail sign-in has been retired.\n\n'
          'From now on, AWS-47700218 is the only number you need to quote.\n\n'
          'Kind regards,\n'
          'Lerato M.\n'
          'Amazon Web Services'),
     quoted=q_outlook('Aisha Bello <aisha.bello@contoso-energy.co.uk>', 'Thursday, August 14, 2025 10:01 AM',
                      'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', T7_SUBJ,
                      'Hi Lerato,\n\nPlease wait until after the exam on the 16th, I would rather not rebook.\n\nAisha'))

d = T('2025-08-19 16:53:30')
mail('closed-hope-combining-went-smoothly', kind='survey', case_id=C7, ids=[], verified=True, lang='en',
     frm=AWS_FORM, to=AISHA, subject='Your case %s has been closed \u00b7 2 quick questions' % C7, date=d, subj_charset='iso-8859-1', subj_force=True,
     msgid='<%s@email.amazonses.com>' % ses_id(d), trace=corp_aws(d), pre=aws_dkim(d), post=aws_hdrs(d) + outlook_tail(),
     new=('Hello Aisha,\n\n'
          'Your case %s is now closed. We hope combining your certification profiles went smoothly.\n\n'
          'Two quick questions, under a minute:\n'
          '1. Did we resolve your request?  Yes: https://survey.aws-training.amazon.com/r/?c=%s&a=1   No: https://survey.aws-training.amazon.com/r/?c=%s&a=0\n'
          '2. How likely are you to recommend AWS Training and Certification support to a colleague? (0-10)\n'
          '   https://survey.aws-training.amazon.com/r/?c=%s&q=nps\n\n'
          'Replying to this e-mail within 14 days reopens the case.\n\n'
          'AWS Training and Certification' % (C7, C7, C7, C7)))

d = T('2025-08-21 07:33:02')
CRED7_HTML = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif">'
              '<table width="600" align="center"><tr><td>'
              '<p style="font-size:20px"><b>Aisha, you have a badge to collect</b></p>'
              '<p>Amazon Web Services Training and Certification just issued you <b>AWS Certified Advanced Networking &ndash; Specialty</b>.</p>'
              '<p><a href="https://www.credly.com/badges/0c7f5b9a-1e2d-4d7c-8b6f-2a9e4c3d1b07/accept" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>'
              '<p style="font-size:12px;color:#666">Earned on 16 Aug 2025. Credly by Pearson. '
              '<a href="https://www.credly.com/notification_settings">Manage e-mail preferences</a></p>'
              '</td></tr></table></body></html>\n')
mf = 'bounces+2283611-3c1d-aisha.bello=contoso-energy.co.uk@em.credly.com'
tr = outlook_trace(d, '207.211.30.77', 'eu-smtp-delivery-151.mimecast.com', 'em.credly.com', 'pass', 'credly.com', 'pass', 'credly.com')
tr += [('Authentication-Results', 'relay.mimecast.com;\n dkim=pass header.d=credly.com header.s=s1 header.b=%s;\n dmarc=pass (policy=reject) header.from=credly.com;\n spf=pass (relay.mimecast.com: domain of %s designates 149.72.123.40 as permitted sender) smtp.mailfrom=%s' % (rb64(6)[:8], mf, mf)),
       ('Received', 'from o2.em.credly.com (o2.em.credly.com [149.72.123.40]) by relay.mimecast.com with ESMTP id uk-mta-88-%s; %s' % (rb64(12)[:16], rfc(d, '+0100')))]
mail('credly-badge-to-collect-networking', kind='credly_badge_issued', case_id=None, ids=[], verified=True, lang='en',
     frm=CREDLY_AWS, to=AISHA, subject='Aisha, you have a badge to collect', date=d,
     msgid='<%s@geopod-ismtpd-7>' % rb64(16).replace('/', 'e').replace('+', 'f').rstrip('='),
     trace=tr, pre=[('DKIM-Signature', dkim_sig('credly.com', 's1', d))], post=outlook_tail(),
     new=strip_tags(CRED7_HTML), html=CRED7_HTML, html_only=True, cte='quoted-printable')


# ---------------------------------------------------------------- thread T8: Jonas Weber, 11-digit case, 2023 (GMX)
JONAS = 'jonas.weber@gmx.de'
C8 = '12874409316'
T8_SUBJ = 'RE:[CASE %s] Zwei Zertifizierungskonten / two certification accounts' % C8


def gmx_aws(to, d, auth):
    ip = rng.choice(SES_IPS)
    mf = ses_bounce(d)
    return [('Return-Path', '<%s>' % mf),
            ('Authentication-Results', 'gmx.net; %s' % auth),
            ('Received', 'from %s ([%s]) by mx-ha.gmx.net (mxgmx%03d\n [212.227.15.%d]) with ESMTPS (Nemesis) id 1M%s for <%s>;\n %s'
             % (ses_host(ip), ip, rng.randint(1, 120), rng.randint(9, 50), rb64(9)[:12], to, rfc(plus(d, seconds=2), '+0200'))),
            ('Envelope-To', '<%s>' % to)]


d = T('2023-06-06 12:18:44')
mail('one-login-old-one-redirects-dkim-only', kind='merge_completed', case_id=C8, ids=['AWS30561172', 'AWS30990458'], verified=True, lang='en',
     frm=AWS_FORM, to=JONAS, subject=T8_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=gmx_aws(JONAS, d, 'dkim=pass header.d=amazon.com header.s=rte02 header.b=%s' % rb64(6)[:8]),
     pre=aws_dkim(d), post=aws_hdrs(d), charset='windows-1252', cte='quoted-printable',
     new=('Hi Jonas,\n\n'
          'All set on our end! When you sign in now, you\u2019ll only see one profile \u2013 AWS30561172 \u2013 and it carries both the '
          'Solutions Architect Professional and the Security Specialty. If you try the old address, it just won\u2019t find an account any more; '
          'that\u2019s expected, AWS30990458 is gone for good.\n\n'
          'Danke for your patience!\n\n'
          'Keanu\n'
          'Amazon Web Services'),
     quoted=q_gmail('Mo., 5. Juni 2023 um 09:12 Uhr', 'Jonas Weber', JONAS,
                    'Hello,\nyes this is correct, please do it.\nBest regards\nJonas Weber'))

d = T('2023-06-09 07:02:13')
mail('credly-is-separate-raised-internally', kind='support_reply', case_id=C8, ids=[], verified=True, lang='en',
     frm=AWS_FORM, to=JONAS, subject=T8_SUBJ, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=gmx_aws(JONAS, d, 'dkim=pass header.d=amazon.com header.s=rte02 header.b=%s;\n dmarc=pass (p=quarantine) header.from=amazon.com' % rb64(6)[:8]),
     pre=aws_dkim(d), post=aws_hdrs(d),
     new=('Hi Jonas,\n\n'
          'Thanks for flagging the missing badges. Credly runs on its own system, so the badges do not follow automatically. '
          'I have asked our Credly contacts to move the two badges from your old Credly account (the one on jweber@example-gmbh.de) '
          'to jonas.weber@gmx.de. This usually takes three to five working days.\n\n'
          'Until then, please do not accept or delete anything on the old Credly account, as that can interrupt the transfer.\n\n'
          'Keanu\n'
          'Amazon Web Services'),
     quoted=q_gmail('Do., 8. Juni 2023 um 18:40 Uhr', 'Jonas Weber', JONAS,
                    'Hi Keanu,\nthanks, sign-in works. But on Credly I still only see one badge, the Security one is missing. '
                    'It was on my old account AWS30990458.\nJonas\n\n' + q_gt('Hi Jonas,\n\nAll set on our end! ...\n\nKeanu')))

d = T('2023-06-23 07:05:40')
mail('closed-after-no-word-rate-us', kind='survey', case_id=C8, ids=[], verified=True, lang='en',
     frm=AWS_FORM, to=JONAS, subject='[CASE %s] We are closing this case' % C8, date=d, msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=gmx_aws(JONAS, d, 'dkim=pass header.d=amazon.com header.s=rte02 header.b=%s;\n dmarc=pass (p=quarantine) header.from=amazon.com' % rb64(6)[:8]),
     pre=aws_dkim(d), post=aws_hdrs(d),
     new=('Hello Jonas,\n\n'
          'We have not heard from you since our last message on 9 June, so we have gone ahead and closed case %s. '
          'If anything is still open, simply reply within 14 days and it will come back to the same team.\n\n'
          'Would you spare a moment to tell us how we did? https://survey.aws-training.amazon.com/r/?c=%s\n\n'
          'AWS Training and Certification' % (C8, C8)))

# ---------------------------------------------------------------- phishing / spoofed look-alikes about the merge
d = T('2025-09-02 11:40:09')
P1_CASE = case15(plus(d, minutes=-3), 307)
mf = 'bounce-7731@mail.aws-certification-desk.com'
mail('lookalike-ack-verify-to-keep-place', kind='case_created', case_id=P1_CASE, ids=[], verified=False, lang='en',
     frm=addr('AWS Certification Support', 'support@aws-certification-desk.com'), to=DAN,
     subject='Case %s received - confirm your identity to keep your place in the queue' % P1_CASE, date=d,
     msgid='<%s.%d@aws-certification-desk.com>' % (rhex(16), int(d.timestamp())),
     trace=gmail_trace(DAN, d, mf, '185.234.72.19', 'mail.aws-certification-desk.com',
                       g_auth([('pass', 'aws-certification-desk.com', 'default')], 'pass', mf, '185.234.72.19', 'pass', 'aws-certification-desk.com', 'NONE')),
     pre=[('DKIM-Signature', dkim_sig('aws-certification-desk.com', 'default', d))],
     new=('Dear Candidate,\n\n'
          'We have received your request to merge your AWS Certification accounts. Your request is now in the queue with reference %s.\n\n'
          'Because of high demand, unverified requests are removed from the queue after 24 hours. To keep your place, please confirm your '
          'identity using the secure link below:\n\n'
          'https://aws-certification-desk.com/queue/verify?ref=%s\n\n'
          'Once verified, a specialist will contact you within 1 business day.\n\n'
          'AWS Training & Certification Support Team' % (P1_CASE, P1_CASE)))

d = T('2025-10-15 03:12:40')
P2_CASE = case15(plus(d, minutes=-1), 992)
forged = [('Authentication-Results', 'mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=rte02;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com'),
          ('Received', 'from localhost (unknown [103.152.118.40]) by srv1.hostpanel-cloud.net (Postfix) with ESMTPA id 9F2C11A0B7; %s' % rfc(d, '+0700' if False else '+0800'))]
mf = 'www-data@srv1.hostpanel-cloud.net'
mail('spoofed-amazon-ack-dmarc-fail', kind='case_created', case_id=P2_CASE, ids=[], verified=False, lang='en',
     frm=AWS_FORM, to='meilin.tan@gmail.com', subject='Amazon Web Services: Your account merge request %s is being processed' % P2_CASE, date=d,
     msgid='<%s@srv1.hostpanel-cloud.net>' % rhex(24),
     trace=gmail_trace(MEI.replace('outlook.com', 'gmail.com'), d, mf, '103.152.118.40', 'srv1.hostpanel-cloud.net',
                       g_auth([], 'neutral', mf, '103.152.118.40', 'fail', 'amazon.com'), extra_after=forged),
     new=('Hello,\n\n'
          'Thank you for contacting AWS Training and Certification. Your request (case %s) has been opened and assigned to a specialist.\n\n'
          'To avoid delays, log in with your candidate credentials to confirm the accounts you want combined:\n'
          'http://aws-training-portal.hostpanel-cloud.net/case/%s/login\n\n'
          'Requests not confirmed within 48 hours will be cancelled.\n\n'
          'Amazon Web Services' % (P2_CASE, P2_CASE)),
     text_only=True, charset='utf-8', cte='7bit')

d = T('2025-06-03 18:22:51')
mf = 'noreply@amazon-certifications-support.com'
mail('lookalike-approve-consolidation-or-revoked', kind='merge_confirmation_requested', case_id=C1,
     ids=['AWS04417283', 'AWS09920315'], verified=False, lang='en',
     frm=addr('Amazon Web Services', 'noreply@amazon-certifications-support.com'), to=DAN,
     subject='Action required: approve consolidation of your certification accounts [CASE %s]' % C1, date=d,
     msgid='<%s@amazon-certifications-support.com>' % rhex(20),
     trace=gmail_trace(DAN, d, mf, '45.89.127.201', 'mx1.amazon-certifications-support.com',
                       g_auth([('pass', 'amazon-certifications-support.com', 'mail')], 'pass', mf, '45.89.127.201', 'pass', 'amazon-certifications-support.com', 'NONE')),
     pre=[('DKIM-Signature', dkim_sig('amazon-certifications-support.com', 'mail', d))],
     new=('Dear Daniel Okafor,\n\n'
          'Our records show two certification profiles registered to you. The plan below has been prepared by our team:\n\n'
          '   Kept:     AWS04417283\n'
          '   Removed:  AWS09920315\n\n'
          'You must approve this plan within 24 hours. If we do not receive your approval, BOTH profiles and all of the '
          'certifications on them will be revoked.\n\n'
          'APPROVE NOW: https://amazon-certifications-support.com/approve?c=%s\n\n'
          'Amazon Web Services Training and Certification' % C1))

d = T('2025-11-12 06:41:18')
mf = 'mailer@mx.cert-mail-aws.info'
tr = outlook_trace(d, '91.215.85.44', 'mx.cert-mail-aws.info', 'cert-mail-aws.info', 'none', 'cert-mail-aws.info', 'fail', 'amazon.com', compauth='fail reason=000')
mail('spoofed-profiles-now-one-reactivate-voucher', kind='merge_completed', case_id=C2, ids=['AWS66120458'], verified=False, lang='en',
     frm=AWS_NOREPLY, to=MEI, subject='RE:[CASE %s] Your profiles are now one - reactivate your exam voucher' % C2, date=d,
     msgid='<%s@mx.cert-mail-aws.info>' % rhex(22), trace=tr, post=outlook_tail(),
     new=('Hello Mei Lin,\n\n'
          'Your certification profiles have been brought together under AWS66120458. Sign-ins for the other profiles no longer work.\n\n'
          'Important: the 50% exam voucher attached to the retired profiles is suspended until you re-enter your payment card at the '
          'link below. Vouchers not reactivated within 3 days are lost.\n\n'
          'https://cert-mail-aws.info/aws/benefits/reactivate?id=AWS66120458\n\n'
          'Best regards,\n'
          'Amazon Web Services'))


d = T('2025-06-02 09:10:27')
mf = 'feedback@amazon-survey-rewards.net'
P5_HTML = ('<html><body style="font-family:Arial;background:#fff">'
           '<div style="max-width:560px;margin:auto;border:1px solid #ff9900;padding:20px">'
           '<img src="https://amazon-survey-rewards.net/img/aws_logo.png" alt="aws" width="70">'
           '<h3>Tell us about your recent account merge (case %s)</h3>'
           '<p>Dear Customer, your support case was closed on 29 May 2025. As a thank-you for rating your support experience, '
           'you will receive a <b>$50 Amazon gift card</b>.</p>'
           '<p>Was your problem solved? &nbsp;<a href="https://amazon-survey-rewards.net/s/%s?r=yes">YES</a> &nbsp; '
           '<a href="https://amazon-survey-rewards.net/s/%s?r=no">NO</a></p>'
           '<p>To receive your reward, complete the survey and enter your card details for the $1.00 shipping fee.</p>'
           '<p style="font-size:10px;color:#999">Amazon Web Services Feedback Program</p></div></body></html>\n') % (C1, C1, C1)
mail('lookalike-rate-merge-case-gift-card', kind='survey', case_id=C1, ids=[], verified=False, lang='en',
     frm=addr('AWS Support Feedback', mf), to=DAN, subject='Rate case %s and claim your $50 reward' % C1, date=d,
     msgid='<%s@amazon-survey-rewards.net>' % rhex(26),
     trace=gmail_trace(DAN, d, 'bounce@amazon-survey-rewards.net', '194.58.112.174', 'smtp.amazon-survey-rewards.net',
                       g_auth([('pass', 'amazon-survey-rewards.net', 'k1')], 'pass', 'bounce@amazon-survey-rewards.net', '194.58.112.174', 'pass', 'amazon-survey-rewards.net', 'NONE')),
     pre=[('DKIM-Signature', dkim_sig('amazon-survey-rewards.net', 'k1', d))],
     new=strip_tags(P5_HTML), html=P5_HTML, html_only=True, charset='iso-8859-1', cte='quoted-printable')

d = T('2025-11-13 22:03:51')
mf = 'noreply@credly-notify.com'
P6_HTML = ('<html><body style="font-family:Helvetica,Arial">'
           '<p><img src="https://credly-notify.com/static/credly.png" width="90" alt="Credly"></p>'
           '<p><b>Your badges were moved after your account merge</b></p>'
           '<p>Hi Mei Lin,</p><p>Amazon Web Services Training and Certification has transferred 3 badges to your new profile. '
           'Badges must be accepted within 48 hours of a merge or they are returned to the issuer.</p>'
           '<p><a href="https://credly-notify.com/accept-all?u=meilin.tan%40outlook.com" style="background:#ff6b00;color:#fff;padding:10px 18px">Sign in and accept all</a></p>'
           '<p style="font-size:11px">Credly, Inc.</p></body></html>\n')
tr = outlook_trace(d, '5.188.206.14', 'mail.credly-notify.com', 'credly-notify.com', 'pass', 'credly-notify.com', 'pass', 'credly-notify.com', compauth='pass reason=109')
mail('lookalike-credly-badges-moved-accept-48h', kind='credly_badge_issued', case_id=None, ids=[], verified=False, lang='en',
     frm=addr('Credly', mf), to=MEI, subject='Your badges were moved after your account merge', date=d,
     msgid='<%s@credly-notify.com>' % rhex(18), trace=tr, post=outlook_tail(),
     pre=[('DKIM-Signature', dkim_sig('credly-notify.com', 'x', d))],
     new=strip_tags(P6_HTML), html=P6_HTML, html_only=True, cte='base64')

d = T('2025-03-22 05:44:10')
mf = 'info@mx3.amazon-tc-support.jp.net'
P7_TXT = ('Dear Kenta Sato,\n\n'
          'We are processing your request to combine AWS55017342 and AWS55098106. To finish, our system needs to verify you.\n\n'
          'Please reply to this e-mail with:\n'
          ' - the password you use to sign in to your certification account\n'
          ' - the 6-digit code we have just sent to your phone\n\n'
          'If we do not receive this within 12 hours, we will have to put your request on hold.\n\n'
          'Best regards,\n'
          'AWS Training and Certification')
mail('lookalike-reply-with-password-to-finish', kind='support_reply', case_id=C4, ids=['AWS55017342', 'AWS55098106'], verified=False, lang='en',
     frm=addr('AWS Training and Certification', 'aws-cs-trainingcertification-form@amazon-tc-support.jp.net'), to=SATO,
     reply_to='verify-desk@amazon-tc-support.jp.net',
     subject='RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C4, date=d,
     msgid='<%s@amazon-tc-support.jp.net>' % rhex(20),
     trace=generic_trace('mx.so-net.ne.jp', 'mx07.so-net.ne.jp', SATO, d, '80.94.95.181', 'mx3.amazon-tc-support.jp.net',
                         simple_auth('pass', mf, 'none', 'amazon-tc-support.jp.net', 'none', 'amazon-tc-support.jp.net'),
                         extra=[('Return-Path', '<%s>' % mf)]),
     new=P7_TXT, quoted=q_original(SATO_NAME + ' <' + SATO + '>', 'Friday, March 21, 2025 9:40 AM',
                                   'AWS Training and Certification', 'RE:[CASE %s]' % C4, '上記内容で進めてください。\n\n佐藤'),
     text_only=True, charset='utf-8', cte='base64')

d = T('2025-07-08 13:27:09')
mf = 'security@amazon-accounts-verify.com'
mail('lookalike-billing-suspended-update-card', kind='unrelated', case_id=None, ids=[], verified=False, lang='en',
     frm=addr('Amazon Web Services', mf), to=RAHUL, subject='Your AWS account has been suspended', date=d,
     msgid='<%s@amazon-accounts-verify.com>' % rhex(20),
     trace=fastmail_generic(RAHUL, d, '91.92.241.73', 'vps-2211.hostkey-nl.net', mf, [], 'none', 'amazon-accounts-verify.com', 'none'),
     new=('Dear AWS customer,\n\n'
          'We were unable to charge the payment method on file for your latest invoice. As a result your AWS account and all running '
          'resources have been suspended.\n\n'
          'To restore access, update your billing information within 24 hours:\n'
          'https://amazon-accounts-verify.com/billing/restore\n\n'
          'Amazon Web Services Billing'), text_only=True, charset='us-ascii', cte='7bit')

# ---------------------------------------------------------------- other look-alikes (unrelated)
d = T('2025-06-10 17:31:22')
mf = ses_bounce(d)
mail('seller-central-listing-merge-case', kind='unrelated', case_id='5884881212', ids=[], verified=True, lang='en',
     frm=addr('Amazon Seller Support', 'seller-support@amazon.com'), to=DAN,
     subject='RE:[CASE 5884881212] Request to merge duplicate ASINs into one detail page', date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d), trace=gmail_aws(DAN, d), pre=aws_dkim(d), post=aws_hdrs(d),
     new=('Hello,\n\n'
          'Thank you for your patience while we looked into your request.\n\n'
          'Before we can combine the two listings into a single detail page, please confirm which ASIN should remain as the parent. '
          'Once you reply, the duplicate ASIN will be merged into the one you choose and its reviews will be carried over.\n\n'
          'Please also make sure the brand name and model number match on both listings.\n\n'
          'We hope this helps. Thank you for selling with Amazon.\n\n'
          'Sunil\n'
          'Amazon Seller Support\n'
          'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212\n\n'
          'Was this e-mail helpful? Yes / No'))

d = T('2025-05-30 04:12:44')
C_BILL = case15(T('2025-05-29 20:41:10'), 441)
mail('billing-case-reply-consolidated-invoice', kind='unrelated', case_id=C_BILL, ids=[], verified=True, lang='en',
     frm=AWS_NOREPLY, to=DAN, subject='RE:[CASE %s] Charges after closing member account' % C_BILL, date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d), trace=gmail_aws(DAN, d), pre=aws_dkim(d), post=aws_hdrs(d),
     new=('Hello Daniel,\n\n'
          'Thank you for contacting AWS Billing and Accounts. I reviewed the charges you asked about: the $14.62 on the June invoice comes '
          'from an Elastic IP address that was still allocated in us-east-1 on the member account before it was closed.\n\n'
          'Because that account was part of your organization, its usage is combined into the consolidated bill of the management '
          'account. I have applied a one-time credit of $14.62, which will show on your next invoice.\n\n'
          'Could you confirm whether you would like me to check the remaining member accounts for unused resources as well?\n\n'
          'Best regards,\n'
          'Fatima Z.\n'
          'Amazon Web Services\n\n' + console_footer(C_BILL)))

d = T('2025-11-18 09:03:37')
C_QUOTA = case15(plus(d, seconds=-6), 63)
mail('quota-increase-case-opened', kind='unrelated', case_id=C_QUOTA, ids=[], verified=True, lang='en',
     frm=AWS_NOREPLY, to=MEI, subject='Amazon Web Services: You have opened a new Support case: %s' % C_QUOTA, date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d), trace=outlook_aws(d), pre=aws_dkim(d), post=aws_hdrs(d) + outlook_tail(),
     new=('Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
          'The details of your case are as follows:\n\n'
          'Case ID: %s\n'
          'Subject: Limit Increase: EC2 Instances\n'
          'Severity: Low\n'
          'Correspondence: Limit increase request 1\n'
          'Service: EC2 Instances\n'
          'Region: Asia Pacific (Singapore)\n'
          'Primary Instance Type: All G and VT Spot Instance Requests\n'
          'New limit value: 32\n\n'
          'We will get back to you as quickly as possible. This e-mail address cannot receive replies.\n\n'
          + console_footer(C_QUOTA)) % (C_QUOTA, C_QUOTA))

d = T('2025-06-12 15:00:05')
CM_HTML = ('<html><body style="font-family:Arial,sans-serif">'
           '<p>Dear Daniel Okafor,</p>'
           '<p>AWS Certification wants to hear from you! You recently earned a certification, and we would like to learn about your '
           'preparation and exam experience. The survey takes about 10 minutes.</p>'
           '<p>Candidate ID: AWS04417283</p>'
           '<p><a href="https://www.certmetrics.com/amazon/candidate/survey.aspx?s=7f3e9a21c0b84d6e9f2a5c7d1e0b3a64">Take the survey</a></p>'
           '<p>Thank you,<br>AWS Certification</p>'
           '<p style="font-size:11px;color:#777">This e-mail was sent by CertMetrics on behalf of AWS Certification. Please do not reply.</p>'
           '</body></html>\n')
mf = 'do-not-reply@certmetrics.com'
mail('certmetrics-wants-to-hear-from-you', kind='unrelated', case_id=None, ids=['AWS04417283'], verified=False, lang='en',
     frm=addr('AWS Certification', mf), to=DAN, subject='AWS Certification wants to hear from you', date=d,
     msgid='<%s@certmetrics.com>' % rhex(20),
     trace=gmail_trace(DAN, d, mf, '52.34.17.90', 'smtp.certmetrics.com',
                       g_auth([('pass', 'certmetrics.com', 'selector1')], 'pass', mf, '52.34.17.90', 'pass', 'certmetrics.com', 'NONE')),
     pre=[('DKIM-Signature', dkim_sig('certmetrics.com', 'selector1', d))],
     new=strip_tags(CM_HTML), html=CM_HTML, cte='quoted-printable')

d = T('2022-10-03 16:20:00')
mf = 'pearsonvuecustomerservice@pearson.com'
mail('pearson-vue-appointment-confirmation', kind='unrelated', case_id=None, ids=['AWS00581234'], verified=False, lang='en',
     frm=addr('Pearson VUE', mf), to=RAHUL, subject='Confirmation of your AWS Certified Security - Specialty exam appointment', date=d,
     msgid='<%s@pearsonvue.com>' % rhex(24),
     trace=fastmail_generic(RAHUL, d, '159.182.62.40', 'mail-out3.pearson.com', 'bounces@pearsonvue.com', [('pass', 'pearson.com', 'pvue2019')], 'pass', 'pearson.com', 'reject'),
     pre=[('DKIM-Signature', dkim_sig('pearson.com', 'pvue2019', d))],
     new=('Dear Rahul Venkataraman,\n\n'
          'Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.\n\n'
          'Exam: SCS-C01: AWS Certified Security - Specialty\n'
          'Date and time: Saturday, October 22, 2022 at 10:00 AM India Standard Time\n'
          'Delivery: OnVUE online proctored\n'
          'Registration ID: 428915637\n'
          'Candidate ID: AWS00581234\n\n'
          'To reschedule or cancel, sign in at least 24 hours before your appointment through your AWS Certification account.\n\n'
          'Sincerely,\nPearson VUE'), text_only=True, charset='us-ascii', cte='7bit')


d = T('2022-09-16 10:02:31')
C3_DUP = '10391128457'
mail('duplicate-request-closed-rate-this', kind='survey', case_id=C3_DUP, ids=[], verified=True, lang='en',
     frm=AWS_FORM, to=RAHUL, subject='[CASE %s] Closed - duplicate of an open request' % C3_DUP, date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d), trace=fastmail_aws(RAHUL, d), pre=aws_dkim(d), post=aws_hdrs(d),
     new=('Dear Rahul,\n\n'
          'We noticed that this request (case %s) is about the same thing as case %s, which one of our colleagues is already '
          'working on with you. To keep everything in one conversation, we have closed case %s. Nothing has been lost: all '
          'follow-up will happen on case %s.\n\n'
          'How was your experience with this interaction? Tell us in one click: https://survey.aws-training.amazon.com/r/?c=%s\n\n'
          'Regards,\n'
          'AWS Training and Certification' % (C3_DUP, C3, C3_DUP, C3, C3_DUP)))

d = T('2025-09-30 18:45:12')
mf = ses_bounce(d)
ip = rng.choice(SES_IPS)
mail('builder-id-verification-code', kind='unrelated', case_id=None, ids=[], verified=True, lang='en',
     frm=addr('AWS', 'no-reply@signin.aws'), to=DAN, subject='Verify your AWS Builder ID email address', date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d),
     trace=gmail_trace(DAN, d, mf, ip, ses_host(ip),
                       g_auth([('pass', 'signin.aws', 'hq3nfqjgxk7d6h2kqgl5wrkvswy47uy6'), ('pass', 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')], 'pass', mf, ip, 'pass', 'signin.aws')),
     pre=[('DKIM-Signature', dkim_sig('signin.aws', 'hq3nfqjgxk7d6h2kqgl5wrkvswy47uy6', d))], post=aws_hdrs(d),
     new=('Hello,\n\n'
          'To finish creating your AWS Builder ID, enter the following verification code:\n\n'
          'Verification code: 482913\n\n'
          'This code expires in 10 minutes. If you did not request it, you can ignore this e-mail.\n\n'
          'Thanks,\n'
          'Amazon Web Services\n\n'
          'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.'))

d = T('2025-08-20 12:14:39')
tr = outlook_trace(d, '207.211.30.91', 'eu-smtp-delivery-151.mimecast.com', 'github.com', 'pass', 'github.com', 'pass', 'github.com')
tr += [('Authentication-Results', 'relay.mimecast.com;\n dkim=pass header.d=github.com header.s=pf2023 header.b=%s;\n dmarc=pass (policy=reject) header.from=github.com;\n spf=pass (relay.mimecast.com: domain of noreply@github.com designates 192.30.252.206 as permitted sender) smtp.mailfrom=noreply@github.com' % rb64(6)[:8]),
       ('Received', 'from out-23.smtp.github.com (out-23.smtp.github.com [192.30.252.206]) by relay.mimecast.com with ESMTP id uk-mta-201-%s; %s' % (rb64(12)[:16], rfc(d, '+0100')))]
GH_TXT = ('Merged #214 into main.\n\n'
          '--\n'
          'Reply to this email directly, view it on GitHub:\n'
          'https://github.com/contoso-energy/cert-tracker/pull/214#event-18733021456\n'
          'You are receiving this because you were mentioned.\n\n'
          'Message ID: <contoso-energy/cert-tracker/pull/214/issue_event/18733021456@github.com>')
mail('github-merged-accounts-table-pr', kind='unrelated', case_id=None, ids=[], verified=False, lang='en',
     frm=addr('Tom Nguyen', 'notifications@github.com'), to=addr('contoso-energy/cert-tracker', 'cert-tracker@noreply.github.com'),
     cc=addr('Aisha Bello', AISHA) + ', Mention <mention@noreply.github.com>',
     reply_to=addr('contoso-energy/cert-tracker', 'reply+AB3XK2Q7Z4@reply.github.com'),
     subject='Re: [contoso-energy/cert-tracker] Merge accounts table into candidates view (PR #214)', date=d,
     msgid='<contoso-energy/cert-tracker/pull/214/issue_event/18733021456@github.com>',
     in_reply_to='<contoso-energy/cert-tracker/pull/214@github.com>',
     trace=tr, pre=[('DKIM-Signature', dkim_sig('github.com', 'pf2023', d))],
     post=[('X-GitHub-Reason', 'mention'), ('List-ID', 'contoso-energy/cert-tracker <cert-tracker.contoso-energy.github.com>'),
           ('X-GitHub-Sender', 'tnguyen-contoso')] + outlook_tail(),
     new=GH_TXT, html=('<p>Merged <a class="issue-link" href="https://github.com/contoso-energy/cert-tracker/pull/214">#214</a> into main.</p>\n'
                       '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
                       '<a href="https://github.com/contoso-energy/cert-tracker/pull/214#event-18733021456">view it on GitHub</a>.<br>'
                       'You are receiving this because you were mentioned.</p>\n'), cte='7bit', charset='us-ascii')

d = T('2025-10-16 14:30:00')
mf = 'bounces+2283611-5d0e-d.okafor.cloud=gmail.com@em.credly.com'
EXP_HTML = ('<html><body style="font-family:Helvetica,Arial,sans-serif">'
            '<h2>Your badge expires in 90 days</h2>'
            '<p>Hi Daniel,</p>'
            '<p>Your <b>AWS Certified Cloud Practitioner</b> badge from Amazon Web Services Training and Certification expires on '
            '<b>January 14, 2026</b>. After that date it will be shown as expired on your profile.</p>'
            '<p>To keep it current, check the recertification requirements with the issuer.</p>'
            '<p><a href="https://www.credly.com/badges/5b3a9e17-0c4f-4a2b-8e6d-7f1c2d9a0b34">View badge</a></p>'
            '<p style="font-size:11px;color:#888">Credly by Pearson &middot; <a href="https://www.credly.com/notification_settings">Unsubscribe</a></p>'
            '</body></html>\n')
mail('credly-badge-expires-in-90-days', kind='unrelated', case_id=None, ids=[], verified=True, lang='en',
     frm=addr('Credly', 'admin@credly.com'), to=DAN, subject='Your AWS Certified Cloud Practitioner badge expires in 90 days', date=d,
     msgid='<%s@geopod-ismtpd-9>' % rb64(16).replace('/', 'g').replace('+', 'h').rstrip('='),
     trace=gmail_trace(DAN, d, mf, '149.72.123.40', 'o2.em.credly.com',
                       g_auth([('pass', 'credly.com', 's1')], 'pass', mf, '149.72.123.40', 'pass', 'credly.com', 'REJECT')),
     pre=[('DKIM-Signature', dkim_sig('credly.com', 's1', d))],
     new=strip_tags(EXP_HTML), html=EXP_HTML, cte='quoted-printable')

d = T('2023-06-15 19:22:08')
mf = 'bounces+2283611-aa10-jonas.weber=gmx.de@em.credly.com'
mail('credly-own-account-merge-code', kind='unrelated', case_id=None, ids=[], verified=True, lang='en',
     frm=addr('Credly', 'admin@credly.com'), to=JONAS, subject='Your Credly account merge code', date=d,
     msgid='<%s@geopod-ismtpd-1>' % rb64(16).replace('/', 'k').replace('+', 'm').rstrip('='),
     trace=[('Return-Path', '<%s>' % mf),
            ('Authentication-Results', 'gmx.net; dkim=pass header.d=credly.com header.s=s1 header.b=%s;\n spf=pass smtp.mailfrom=em.credly.com;\n dmarc=pass (p=reject) header.from=credly.com' % rb64(6)[:8]),
            ('Received', 'from o2.em.credly.com ([149.72.123.40]) by mx-ha.gmx.net (mxgmx017\n [212.227.15.9]) with ESMTPS (Nemesis) id 1Mq%s for <%s>;\n %s' % (rb64(9)[:10], JONAS, rfc(plus(d, seconds=2), '+0200')))],
     pre=[('DKIM-Signature', dkim_sig('credly.com', 's1', d))],
     new=('Hi Jonas,\n\n'
          'You asked to merge the Credly account jweber@example-gmbh.de into this one. Use this code to confirm that you own both:\n\n'
          '    583201\n\n'
          'Enter it on the Complete Account Merge page: https://www.credly.com/users/merge/confirm\n\n'
          'All badges from the other Credly account will appear here once the merge is finished. The code is valid for 30 minutes.\n\n'
          'If you did not start this, you can ignore this e-mail.\n\n'
          'The Credly Team'), cte='7bit', charset='us-ascii', text_only=True)

d = T('2025-09-04 15:48:26')
mail('organizations-invite-consolidated-billing', kind='unrelated', case_id=None, ids=[], verified=True, lang='en',
     frm=AWS_NOREPLY, to=AISHA, subject='AWS Organizations: your account has been invited to join an organization', date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d), trace=corp_aws(d), pre=aws_dkim(d), post=aws_hdrs(d) + outlook_tail(),
     new=('Hello,\n\n'
          'The AWS account 4417-2830-9912 (contoso-energy-sandbox) has been invited to join the organization o-8vq2xk4m1t, managed by '
          'account 7730-0921-5518 (contoso-energy-root).\n\n'
          'If you accept, this account\'s charges will be combined into the consolidated bill of the management account, and '
          'the organization\'s policies will apply to it.\n\n'
          'To review the invitation, sign in to the AWS Organizations console as the root user or an administrator of the invited account:\n'
          'https://console.aws.amazon.com/organizations/v2/home/accounts/invitations\n\n'
          'This invitation expires in 15 days.\n\n'
          'Sincerely,\n'
          'Amazon Web Services'))

d = T('2025-11-20 16:00:00')
NL_HTML = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Certification digest</title></head><body style="margin:0;background:#f2f3f3">'
           '<table width="640" align="center" style="background:#fff;font-family:Arial,sans-serif;color:#16191f">'
           '<tr><td style="background:#232f3e;padding:18px;color:#fff;font-size:20px">AWS Training &amp; Certification &middot; November digest</td></tr>'
           '<tr><td style="padding:20px">'
           '<h3>New: AWS Certified Generative AI Developer - Professional (beta)</h3>'
           '<p>Registration for the beta exam is open until 15 December. Beta candidates pay 50% of the standard fee.</p>'
           '<h3>Tip of the month: one profile for all your certifications</h3>'
           '<p>Passed exams under two different e-mail addresses? Open the Training &amp; Certification contact form, choose '
           '<i>Account Merge</i>, and our team will bring your records together. Have the candidate IDs of both profiles ready '
           '(they start with AWS followed by eight digits).</p>'
           '<h3>Free digital training</h3><p>Twelve new courses on AWS Skill Builder this month, including Amazon Bedrock fundamentals.</p>'
           '</td></tr>'
           '<tr><td style="padding:14px 20px;font-size:11px;color:#687078">You are receiving this e-mail because you subscribed to AWS Training and Certification updates. '
           '<a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a> | Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</td></tr>'
           '</table></body></html>\n')
mail('newsletter-digest-with-merge-tip', kind='unrelated', case_id=None, ids=[], verified=True, lang='en',
     frm=addr('AWS Training and Certification', 'aws-marketing-email-replies@amazon.com'), to=MEI,
     subject='Your November certification digest: new beta exam, merge tip and more', date=d,
     msgid='<%s@email.amazonses.com>' % ses_id(d), trace=outlook_aws(d), pre=aws_dkim(d),
     post=aws_hdrs(d) + [('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences?e=%s>' % rhex(32)),
                         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')] + outlook_tail(),
     new=strip_tags(NL_HTML), html=NL_HTML, cte='quoted-printable')


# === END MAILS ===

if __name__ == '__main__':
    finish()
