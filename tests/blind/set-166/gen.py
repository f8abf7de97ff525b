#!/usr/bin/env python3
"""Generator for blind set 166: English-paraphrase round of AWS Certification
account-merge mailbox fixtures. Run: python3 make_set.py"""
import base64, datetime as dt, hashlib, json, os, quopri, random, re, uuid
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import format_datetime, formataddr

from email.policy import compat32
POL = compat32.clone(max_line_length=0)
OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(166)
LABELS = {}
N = [0]
for _f in os.listdir(OUT):
    if _f.endswith('.eml'):
        os.remove(os.path.join(OUT, _f))

# ---------------------------------------------------------------- helpers
def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))
UTC = dt.timezone.utc
PDT, PST, JST, CEST, BST, IST = tz(-7), tz(-8), tz(9), tz(2), tz(1), tz(5, 30)

def D(y, mo, d, h=0, mi=0, s=0, z=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=z)

def cid15(opened):
    return '%d%05d' % (int(opened.timestamp()), R.randrange(0, 99999))

def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def rb64(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()

def ses_id(when):
    ms = int(when.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))

def rfc(d):
    return format_datetime(d)

def pacific(d):
    u = d.astimezone(UTC)
    y = u.year
    # DST: second Sunday of March 10:00 UTC to first Sunday of November 09:00 UTC
    m1 = dt.datetime(y, 3, 8, 10, tzinfo=UTC); m1 += dt.timedelta(days=(6 - m1.weekday()) % 7)
    n1 = dt.datetime(y, 11, 1, 9, tzinfo=UTC); n1 += dt.timedelta(days=(6 - n1.weekday()) % 7)
    return u.astimezone(PDT if m1 <= u < n1 else PST)

def gdate(d):
    """Gmail's trace date format."""
    d = pacific(d)
    return d.strftime('%a, %d %b %Y %H:%M:%S %z') + (' (PDT)' if d.utcoffset() == dt.timedelta(hours=-7) else
                                                       ' (PST)' if d.utcoffset() == dt.timedelta(hours=-8) else '')

def dkim(d, s, when, h='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID'):
    body = ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (s, d, int(when.timestamp()), h, rb64(32), rb64(96)))
    return ('DKIM-Signature', body)

AMZ_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'

def ses_ip():
    return '54.240.%d.%d' % (R.choice([8, 9, 10, 11, 27, 48]), R.randrange(2, 250))

def leaf(text, subtype='plain', charset='utf-8', cte='qp', encode_as=None):
    raw = text.encode(encode_as or charset, errors='strict')
    m = MIMENonMultipart('text', subtype, charset=charset)
    del m['MIME-Version']
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == 'qp':
        cte = 'quoted-printable'
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    m['Content-Transfer-Encoding'] = cte
    return m

def alt(plain, html, charset='utf-8', cte='qp', hcte=None, encode_as=None):
    m = MIMEMultipart('alternative')
    if encode_as is None:
        html = html.replace('charset=utf-8', 'charset=' + charset)
    m.attach(leaf(plain, 'plain', charset, cte, encode_as))
    m.attach(leaf(html, 'html', charset, hcte or cte, encode_as))
    return m

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def to_html(new, quoted='', style='font-family:Arial,Helvetica,sans-serif;font-size:14px'):
    paras = ''.join('<p>%s</p>\n' % esc(p).replace('\n', '<br>\n') for p in new.strip().split('\n\n'))
    q = ''
    if quoted:
        q = ('<div class="quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote></div>\n'
             % esc(quoted).replace('\n', '<br>\n'))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="%s">\n%s</div>\n%s</body></html>\n' % (style, paras, q))

def subj(s, charset=None):
    if charset:
        return Header(s, charset, maxlinelen=76, header_name='Subject').encode()
    return s

# --- quoting styles
def q_gt(text, depth=1):
    pre = '>' * depth
    return '\n'.join((pre + ' ' + l) if l else pre for l in text.split('\n'))

def q_gmail(when, name, addr, text):
    h = when.strftime('%a, %b %-d, %Y at %-I:%M %p')
    return 'On %s %s <%s> wrote:\n%s' % (h, name, addr, q_gt(text))

def q_outlook(frm, when, to, subject, text, cc=None):
    h = '________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (
        frm, when.strftime('%A, %B %-d, %Y %-I:%M %p'), to)
    if cc:
        h += 'Cc: %s\n' % cc
    return h + 'Subject: %s\n\n%s' % (subject, text)

def q_orig(frm, when, to, subject, text):
    return '-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s' % (
        frm, when.strftime('%d %B %Y %H:%M'), to, subject, text)

JWD = '月火水木金土日'
def q_ja(when, name, addr, text):
    h = '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (when.year, when.month, when.day, JWD[when.weekday()],
                                            when.hour, when.minute, name, addr)
    return h + '\n' + q_gt(text)

# --- trace/auth header sets (list of (name, value), top first)
def gmail_trace(rcpt, when, from_dom, envelope, ip, helo, ar, dkims=(), extra_ar_below=None):
    t1 = when + dt.timedelta(seconds=R.randrange(1, 4))
    h = [('Delivered-To', rcpt),
         ('Received', 'by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s' % (
             rhex(4), rhex(3), rhex(4), rhex(4), rhex(3), R.randrange(100000, 999999), rhex(3), gdate(t1))),
         ('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:80]),
         ('X-Received', 'by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (
             rhex(4), rhex(3), rhex(4), rhex(12), rhex(20), R.randrange(10, 99), R.randrange(1700000000000, 1800000000000), gdate(t1))),
         ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
             int(when.timestamp()), rb64(120))),
         ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (
             rb64(32), rb64(32), rb64(120))),
         ('ARC-Authentication-Results', 'i=1; ' + ar),
         ('Return-Path', '<%s>' % envelope),
         ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
             helo, helo, ip, rhex(10), rhex(12), R.randrange(100, 999), when.year,
             when.strftime('%m.%d.%H.%M.%S'), rcpt, gdate(when))),
         ('Received-SPF', ('pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' if 'spf=pass' in ar
                           else 'neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s) client-ip=%s;' % (ip, envelope, ip) if False else
                           'neutral (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;') % (
             envelope, ip, ip)),
         ('Authentication-Results', ar)]
    h += list(dkims)
    if extra_ar_below:
        h += [('Authentication-Results', extra_ar_below)]
    return h

def gmail_ar(dkim_pass=(), spf='pass', envelope='', ip='', dmarc='pass', from_dom='amazon.com', p='QUARANTINE'):
    parts = ['mx.google.com']
    for d, s in dkim_pass:
        parts.append('dkim=pass header.i=@%s header.s=%s header.b=%s' % (d, s, rb64(6)[:8]))
    if spf == 'pass':
        parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (
            envelope, ip, envelope))
    else:
        parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (
            spf, envelope, ip, envelope))
    if dmarc:
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            dmarc, p, p, 'NONE' if dmarc == 'pass' else p, from_dom))
    return ';\n       '.join(parts)

def aws_gmail(rcpt, when, extra=()):
    """Genuine amazon.com mail via SES delivered to Gmail."""
    env = ses_id(when)[1:-1].replace('@email.amazonses.com', '') + '@email.amazonses.com'
    ip = ses_ip()
    helo = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:])
    ar = gmail_ar([('amazon.com', AMZ_SEL), ('amazonses.com', SES_SEL)], 'pass', env, ip, 'pass', 'amazon.com')
    return gmail_trace(rcpt, when, 'amazon.com', env, ip, helo, ar,
                       [dkim('amazon.com', AMZ_SEL, when), dkim('amazonses.com', SES_SEL, when,
                                                                 'From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID')])

def outlook_trace(rcpt, when, envelope_dom, ip, helo, ar, dkims=()):
    t = when + dt.timedelta(seconds=R.randrange(1, 5))
    srv = lambda p: '%s%s%s.namprd%02d.prod.outlook.com' % (p, R.choice(['PR', 'P2', 'PEPF']), rhex(4).upper(), R.randrange(1, 22))
    a, b, c = srv('DM6'), srv('BN9'), srv('CH2')
    fmt = lambda x: x.strftime('%a, %d %b %Y %H:%M:%S +0000')
    tu = t.astimezone(UTC)
    h = [('Received', 'from %s (2603:10b6:5:%s::%s) by\n %s with HTTPS; %s' % (a, rhex(3), rhex(2), c, fmt(tu))),
         ('Received', 'from %s (2603:10b6:408:%s::%s)\n by %s (2603:10b6:5:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
             b, rhex(3), rhex(2), a, rhex(3), rhex(2), R.randrange(8000, 9400), R.randrange(10, 40), fmt(tu))),
         ('Authentication-Results', ar),
         ('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C' % (
             envelope_dom, ip, ip, helo)),
         ('Received', 'from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
             helo, ip, b, R.randrange(2, 250), R.randrange(8000, 9400), R.randrange(10, 40), fmt(when.astimezone(UTC))))]
    h += list(dkims)
    return h

def outlook_ar(spf='pass', ip='', mailfrom='amazonses.com', dkim_res='pass', dkim_d='amazon.com',
               dmarc='pass', action='none', from_dom='amazon.com', compauth='pass reason=100'):
    spfnote = '(sender IP is %s)' % ip
    dk = 'dkim=%s (%s) header.d=%s' % (dkim_res, 'signature was verified' if dkim_res == 'pass' else
                                       'no signature' if dkim_res == 'none' else 'signature did not verify', dkim_d)
    return ('spf=%s %s\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s' % (
        spf, spfnote, mailfrom, dk, dmarc, action, from_dom, compauth))

def aws_outlook(rcpt, when):
    ip = ses_ip()
    helo = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:])
    ar = outlook_ar('pass', ip, 'email.amazonses.com', 'pass', 'amazon.com', 'pass', 'none', 'amazon.com')
    return outlook_trace(rcpt, when, 'email.amazonses.com', ip, helo, ar,
                         [dkim('amazon.com', AMZ_SEL, when), dkim('amazonses.com', SES_SEL, when)])

def jp_trace(provider, rcpt, when, envelope, ip, helo, ar, dkims=()):
    t = when.astimezone(JST) + dt.timedelta(seconds=R.randrange(1, 6))
    h = [('Return-Path', '<%s>' % envelope),
         ('Received', 'from mbox%02d.%s (mbox%02d.%s [10.%d.%d.%d])\n\tby pop%02d.%s with ESMTP id %s\n\tfor <%s>; %s' % (
             R.randrange(1, 30), provider, R.randrange(1, 30), provider, R.randrange(1, 250), R.randrange(1, 250),
             R.randrange(1, 250), R.randrange(1, 9), provider, rhex(10).upper(), rcpt, rfc(t))),
         ('Authentication-Results', ar),
         ('Received', 'from %s (%s [%s])\n\tby mx%02d.%s with ESMTP\n\tid <%s.%s@mx%02d.%s>; %s' % (
             helo, helo, ip, R.randrange(1, 20), provider, rhex(8), rhex(6), R.randrange(1, 20), provider,
             rfc(when.astimezone(JST))))]
    h += list(dkims)
    return h

def aws_jp(provider, rcpt, when, dmarc=True):
    env = ses_id(when)[1:-1]
    ip = ses_ip()
    helo = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:])
    ar = '%s; spf=pass smtp.mailfrom=email.amazonses.com;\n\tdkim=pass header.i=@amazon.com header.s=%s;\n\tdkim=pass header.i=@amazonses.com' % (
        provider, AMZ_SEL)
    if dmarc:
        ar += ';\n\tdmarc=pass header.from=amazon.com'
    return jp_trace(provider, rcpt, when, env, ip, helo, ar,
                    [dkim('amazon.com', AMZ_SEL, when), dkim('amazonses.com', SES_SEL, when)])

# ---------------------------------------------------------------- build/save
ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)

def ids_in(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})

def finish(body, headers, top_headers):
    """body: MIME part; headers: trace list (top first); top_headers: From/To/Subject..."""
    ct = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for k, v in headers:
        body[k] = v
    for k, v in top_headers:
        if v is not None:
            body[k] = v
    for k, v in ct:
        body[k] = v
    return body

def save(desc, msg, kind, case_id, new_text, verified, lang='en', ids=()):
    N[0] += 1
    fname = '%03d-%s.eml' % (N[0], desc)
    found = ids_in(new_text)
    exp = sorted({i.upper() for i in ids})
    assert found == exp, (fname, found, exp)
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': exp,
                     'sender_verified': verified, 'language': lang}
    with open(os.path.join(OUT, fname), 'wb') as f:
        if 'MIME-Version' not in msg:
            msg['MIME-Version'] = '1.0'
        f.write(msg.as_bytes(policy=POL))
    return fname

def std_top(frm, to, subject, when, msgid, extra=()):
    h = [('From', frm), ('To', to), ('Subject', subject), ('Date', rfc(when)), ('Message-ID', msgid)]
    h += list(extra)
    return h

AWS_FORM = formataddr(('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com'))
AWS_NOREPLY = formataddr(('Amazon Web Services', 'no-reply-aws@amazon.com'))
FEEDBACK = lambda: ('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(33)[:44])

# ================================================================ THREAD A
# Daniel Okafor, Gmail, form case. AWS04418822 (old, employer) -> AWS10935571 (keeps)
DAN = 'daniel.okafor.dev@gmail.com'
DAN_N = 'Daniel Okafor'
A_OPEN = D(2025, 5, 27, 22, 14, 4)
A_CID = cid15(A_OPEN)
A_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CID
A_FORM = """Inquiry type: Certification
Inquiry details: Account Merge
First name: Daniel
Last name: Okafor
Email: daniel.okafor.dev@gmail.com
AWS candidate ID: AWS10935571
Description: I have two certification accounts. The older one (aws-04418822) was created with my previous employer's e-mail. I would like everything moved into my personal account AWS10935571 please."""

def mail_A1():
    w = A_OPEN + dt.timedelta(seconds=38)
    new = """Hello Daniel,

This note is simply to let you know that your submission reached the AWS Training and Certification team. It has been logged under reference number %s and a member of our team will pick it up, normally within one business day.

If you need to add something, just reply to this message and keep the reference number in the subject line. Sending the form a second time creates a separate entry in our queue and can slow things down.

For your records, this is what you sent us:

%s

Kind regards,
AWS Training and Certification Customer Support

This message was generated automatically. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.""" % (A_CID, A_FORM)
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(AWS_FORM, DAN, '[CASE %s] We have your AWS Training and Certification request' % A_CID,
                  w, ses_id(w), [FEEDBACK()])
    save('form-ack-reference-logged', finish(body, aws_gmail(DAN, w), top), 'case_created', A_CID, new,
         True, ids=['AWS10935571', 'AWS04418822'])

def mail_A2():
    w = D(2025, 5, 28, 10, 31, 17)
    new = """Dear Daniel,

Greetings from AWS Training and Certification!

I have gone through your request regarding the two candidate profiles. To locate both of them correctly in our system, kindly provide the below details:

1. The e-mail address you use to sign in to each profile
2. The notification e-mail address shown on each profile (if it is different)
3. Your full name exactly as it appears on your certificates

Once I receive these, I will be able to take this forward. Please do revert on this same e-mail thread and do not raise a new request, as that may delay the resolution.

Have a nice day ahead!

Regards,
Ananya S.
AWS Training and Certification"""
    quoted = '---- Original Message ----\nFrom: %s <%s>\nSent: %s\n\n%s' % (DAN_N, DAN, rfc(A_OPEN), A_FORM)
    text = new + '\n\n' + quoted
    body = alt(text, to_html(new, quoted), 'utf-8', 'qp')
    top = std_top(AWS_FORM, DAN, A_SUBJ, w, ses_id(w), [FEEDBACK()])
    save('agent-asks-login-addresses', finish(body, aws_gmail(DAN, w), top), 'support_reply', A_CID, new, True)

A_DAN_REPLY = """Hi Ananya,

Here you go:
- Old profile: signs in with daniel.okafor@northwind-consulting.com (same for notifications, but I no longer have access to that mailbox)
- Personal profile: daniel.okafor.dev@gmail.com for both
- Name on certificates: Daniel Chukwuemeka Okafor

Thanks,
Daniel"""
A_AGENT1 = """Dear Daniel,

Greetings from AWS Training and Certification!

I have gone through your request regarding the two candidate profiles. To locate both of them correctly in our system, kindly provide the below details:
...
Regards,
Ananya S."""

def mail_A3():
    w = D(2025, 5, 29, 6, 12, 40)
    new = """Hi Daniel,

Thank you for sharing the details. I was able to find both profiles on our side:

Profile 1 - AWS 04418822 - daniel.okafor@northwind-consulting.com
Profile 2 - AWS 10935571 - daniel.okafor.dev@gmail.com

As you asked, Profile 2 is the one that will stay active. The exam history, certifications and benefits held on Profile 1 would be moved over to it, after which Profile 1 is closed for good. Please be aware that this cannot be reversed afterwards.

Could you kindly reply with your go-ahead, so that I can raise it with the concerned team? If anything above is not as you expect, just tell me what should change and I will correct it before anything is done.

Regards,
Ananya S.
AWS Training and Certification"""
    inner = q_gmail(D(2025, 5, 28, 10, 31, 17), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', A_AGENT1)
    quoted = q_gmail(D(2025, 5, 28, 19, 2, 0, PDT), DAN_N, DAN, A_DAN_REPLY + '\n\n' + inner)
    text = new + '\n\n' + quoted
    body = alt(text, to_html(new, quoted), 'utf-8', 'qp')
    top = std_top(AWS_FORM, DAN, A_SUBJ, w, ses_id(w), [FEEDBACK()])
    save('agent-lists-profiles-asks-go-ahead', finish(body, aws_gmail(DAN, w), top),
         'merge_confirmation_requested', A_CID, new, True, ids=['AWS04418822', 'AWS10935571'])

def mail_A4():
    w = D(2025, 5, 30, 4, 40, 2)
    new = """Hi Daniel,

Noted with thanks. I have passed your approval on to our back-office team and they will now carry out the consolidation of AWS04418822 into AWS10935571.

This normally takes between 1 and 3 working days. Kindly do not sit any exam or redeem a voucher on either profile in the meantime. As soon as it has been actioned I will write to you again on this thread.

Regards,
Ananya S.
AWS Training and Certification"""
    quoted = q_gmail(D(2025, 5, 29, 21, 55, 0, PDT), DAN_N, DAN,
                     "Hi Ananya,\n\nYes, that's all correct - please go ahead.\n\nDaniel")
    text = new + '\n\n' + quoted
    body = alt(text, to_html(new, quoted), 'utf-8', 'base64')
    top = std_top(AWS_FORM, DAN, A_SUBJ, w, ses_id(w), [FEEDBACK()])
    save('agent-noted-approval-will-action', finish(body, aws_gmail(DAN, w), top), 'support_reply', A_CID, new,
         True, ids=['AWS04418822', 'AWS10935571'])

def mail_A5():
    w = D(2025, 5, 31, 13, 2, 55)
    new = """Hello Daniel,

Good news: the work on your profiles has been finalised. From today, AWS10935571 holds your full certification history, including the AWS Certified Developer - Associate that was earned under the old profile. The other profile no longer exists, so please sign in only with daniel.okafor.dev@gmail.com from now on.

Your 50% discount voucher for your next exam is visible under Benefits. Credly badges can take up to three business days to show up in the Credly account linked to your personal address; if they have not arrived after that, please write back here.

Regards,
Ananya S.
AWS Training and Certification"""
    quoted = q_gmail(D(2025, 5, 29, 21, 55, 0, PDT), DAN_N, DAN,
                     "Hi Ananya,\n\nYes, that's all correct - please go ahead.\n\nDaniel\n\n" +
                     q_gmail(D(2025, 5, 29, 6, 12, 40), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
                             "Profile 1 - AWS 04418822 - daniel.okafor@northwind-consulting.com\nProfile 2 - AWS 10935571 - daniel.okafor.dev@gmail.com"))
    text = new + '\n\n' + quoted
    body = alt(text, to_html(new, quoted), 'utf-8', 'qp')
    top = std_top(AWS_FORM, DAN, A_SUBJ, w, ses_id(w), [FEEDBACK()])
    save('agent-profiles-finalised', finish(body, aws_gmail(DAN, w), top), 'merge_completed', A_CID, new,
         True, ids=['AWS10935571'])

def mail_A6():
    w = D(2025, 5, 31, 13, 6, 12)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Support</title></head>
<body style="margin:0;background:#f2f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<p>Hello Daniel,</p>
<p>Your case <b>%s</b> has now been set to <b>Resolved</b>. We hope everything is in order.</p>
<p>Would you spare a moment to tell us about your experience? Your answer goes directly to the team that handled your request.</p>
<p style="font-weight:bold">Did we take care of your request?</p>
<p><a href="https://aws.amazon.com/survey/csat?displayId=%s&amp;r=yes" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none">YES</a>
&nbsp; <a href="https://aws.amazon.com/survey/csat?displayId=%s&amp;r=no" style="background:#d5dbdb;color:#000;padding:8px 22px;text-decoration:none">NO</a></p>
<p>If something still needs attention, reply to this e-mail within 14 days and the case will be picked up again.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="font-size:11px;color:#687078;padding:16px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210.</td></tr>
</table></td></tr></table></body></html>""" % (A_CID, A_CID, A_CID)
    body = leaf(html, 'html', 'utf-8', 'base64')
    top = std_top(AWS_FORM, DAN, 'How did we do with case %s?' % A_CID, w, ses_id(w), [FEEDBACK()])
    save('resolved-did-we-take-care', finish(body, aws_gmail(DAN, w), top), 'survey', A_CID, html, True)

def credly_gmail(rcpt, when, frm_dom='credly.com'):
    env = 'bounces+%d-%s-%s=%s@em%d.%s' % (R.randrange(1000000, 9999999), rhex(4), rcpt.split('@')[0], rcpt.split('@')[1],
                                            R.randrange(1000, 9999), frm_dom)
    ip = '149.72.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
    helo = 'o%d.%s' % (R.randrange(1, 20), 'ptr%d.sendgrid.net' % R.randrange(1000, 9999))
    ar = gmail_ar([(frm_dom, 's1'), ('sendgrid.info', 'smtpapi')], 'pass', env, ip, 'pass', frm_dom, 'NONE')
    return gmail_trace(rcpt, when, frm_dom, env, ip, helo, ar,
                       [dkim(frm_dom, 's1', when), dkim('sendgrid.info', 'smtpapi', when)])

def mail_A7():
    w = D(2025, 6, 2, 17, 44, 9)
    name = 'AWS Certified Developer – Associate'
    plain = """Daniel, a new credential is waiting for you

Amazon Web Services Training and Certification has recognised your achievement with the %s badge. It now sits in your Credly wallet for daniel.okafor.dev@gmail.com.

Claim it to start sharing it on LinkedIn, in your e-mail signature or on your résumé:
https://www.credly.com/badges/%s/accept

Why am I receiving this? Your certification profile was updated and the badge was re-issued to the address on file.

Credly, Inc. | 2 Park Avenue, 16th Floor, New York, NY 10016
Unsubscribe: https://www.credly.com/notifications/unsubscribe""" % (name, uuid.UUID(int=R.getrandbits(128)))
    html = to_html(plain).replace('<p>https://www.credly.com/badges/', '<p><a style="background:#ff6b00;color:#fff;padding:10px 18px">Accept badge</a> https://www.credly.com/badges/')
    body = alt(plain, html, 'utf-8', 'qp')
    frm = formataddr(('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'))
    top = std_top(frm, DAN, 'A new credential is waiting for you, Daniel', w,
                  '<%s@geopod-ismtpd-%d>' % (rb64(16).replace('/', '').replace('+', '')[:22], R.randrange(1, 40)))
    save('credly-new-credential-waiting', finish(body, credly_gmail(DAN, w), top), 'credly_badge_issued', None,
         plain, True)

for f in (mail_A1, mail_A2, mail_A3, mail_A4, mail_A5, mail_A6, mail_A7):
    f()

# ---------------------------------------------------------------- write labels
def write_labels():
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)


# ================================================================ THREAD B
# Marta Fischer, outlook.com, console case. AWS02256140 (university) -> AWS09981327 (keeps)
MAR = 'marta.fischer@outlook.com'
B_OPEN = D(2025, 3, 11, 9, 5, 51)
B_CID = cid15(B_OPEN)
B_TITLE = 'Combine my two certification profiles'
B_LINK = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % B_CID

def mail_B1():
    w = B_OPEN + dt.timedelta(seconds=21)
    new = """Thank you for getting in touch with Amazon Web Services.

Case %s is now open for your request. An associate will look at it shortly, and you will receive an e-mail each time there is something new on the case.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, I passed two AWS exams while at university with one profile and two more later with another one. I'd like both put together so everything is on my current profile. Thank you, Marta

To see the case or add information, go to the Support Center:
%s

Please do not reply to this e-mail; this mailbox cannot accept incoming messages.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210""" % (B_CID, B_CID, B_TITLE, B_LINK)
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(AWS_NOREPLY, MAR, 'Amazon Web Services Support: case %s is open' % B_CID, w, ses_id(w), [FEEDBACK()])
    save('console-case-is-open', finish(body, aws_outlook(MAR, w), top), 'case_created', B_CID, new, True)

def mail_B2():
    w = D(2025, 3, 12, 2, 47, 9)
    new = """Hello,

There is an update on your support case %s.

Subject: %s

Someone from the AWS Support team has written back. Because this mailbox does not take replies, please read and answer it in the Support Center:
%s

Sincerely,
Amazon Web Services""" % (B_CID, B_TITLE, B_LINK)
    body = alt(new, to_html(new), 'utf-8', '7bit')
    top = std_top(AWS_NOREPLY, MAR, '[Case %s] There is an update on your case' % B_CID, w, ses_id(w), [FEEDBACK()])
    save('console-update-on-your-case', finish(body, aws_outlook(MAR, w), top), 'support_reply', B_CID, new, True)

def mail_B3():
    w = D(2025, 3, 12, 2, 46, 30)
    new = """Hi Marta,

Thank you for your patience while I looked into this.

I was able to locate both certification profiles under your name. Before I hand this to our Certification Operations team, please look over the details below:

  Profile to be retained:  AWS09981327  (marta.fischer@outlook.com)
  Profile to be absorbed:  AWS02256140  (m.fischer@stud.tu-darmstadt.de)

Everything on the second profile - exam history, active certifications, and any unused benefits - would be transferred into the first, and the second would then be permanently deactivated. This step is not reversible.

If the above is accurate, just reply "Approved" through the Support Center link below. If you would rather keep the other profile instead, let me know and I will adjust.

%s

Best regards,
Jerome D.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.""" % B_LINK
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(AWS_NOREPLY, MAR, 'RE:[CASE %s] %s' % (B_CID, B_TITLE), w, ses_id(w), [FEEDBACK()])
    save('console-agent-retained-absorbed-approve', finish(body, aws_outlook(MAR, w), top),
         'merge_confirmation_requested', B_CID, new, True, ids=['AWS09981327', 'AWS02256140'])

def mail_B4():
    w = D(2025, 3, 17, 3, 2, 44)
    new = """Hi Marta,

I'm following up on my message from March 12. I still need your reply on the profile details I sent before our team can move forward with your request.

Whenever you have a moment, please respond through the Support Center. If we do not hear back within the next 5 days, the case will close on its own, but you can reopen it at any time from the same page.

%s

Best regards,
Jerome D.
Amazon Web Services""" % B_LINK
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(AWS_NOREPLY, MAR, 'RE:[CASE %s] %s' % (B_CID, B_TITLE), w, ses_id(w), [FEEDBACK()])
    save('console-agent-still-need-your-reply', finish(body, aws_outlook(MAR, w), top), 'support_reply', B_CID, new, True)

def mail_B5():
    w = D(2025, 3, 19, 16, 20, 3)
    new = """Hi Marta,

Thanks for getting back to me. Everything is sorted now: the four certifications you earned are all listed under AWS09981327, and the university profile has been retired, so you will only need your outlook.com address to sign in from here on.

As this takes care of what you asked for, I'll be resolving the case on my side. Should anything look off - for example a missing badge on Credly - you can reopen it within 14 days from the Support Center.

It would mean a lot if you could rate this correspondence using the stars at the top right of the message in the Support Center. Your rating goes straight to my team lead.

%s

Best regards,
Jerome D.
Amazon Web Services""" % B_LINK
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(AWS_NOREPLY, MAR, 'RE:[CASE %s] %s' % (B_CID, B_TITLE), w, ses_id(w), [FEEDBACK()])
    save('console-sorted-resolving-rate-me', finish(body, aws_outlook(MAR, w), top), 'merge_completed', B_CID, new,
         True, ids=['AWS09981327'])

for f in (mail_B1, mail_B2, mail_B3, mail_B4, mail_B5):
    f()

# ================================================================ THREAD C (Japanese)
# 山本 拓也, nifty.com, form case in Japanese. AWS05570213 -> AWS11207468 (keeps)
YAM = 'takuya.yamamoto@nifty.com'
YAM_N = '山本 拓也'
C_OPEN = D(2025, 8, 18, 1, 33, 12)
C_CID = cid15(C_OPEN)
C_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_CID

def mail_C1():
    w = C_OPEN + dt.timedelta(seconds=44)
    new = """山本 拓也 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お送りいただいた内容を受け付けました。受付番号は %s です。

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名の受付番号を変更せずに本メールへご返信ください。
同じ内容で新たにお問い合わせをいただきますと、対応が遅れる場合がございます。

何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート""" % C_CID
    body = leaf(new, 'plain', 'iso-2022-jp', '7bit')
    top = std_top(AWS_FORM, YAM, subj('お問い合わせを受け付けました [CASE %s]' % C_CID, 'iso-2022-jp'), w, ses_id(w), [FEEDBACK()])
    save('ja-uketsuke-bangou', finish(body, aws_jp('nifty.com', YAM, w), top), 'case_created', C_CID, new, True, 'ja')

C_USER = """お世話になっております。
ご確認ありがとうございます。
旧アカウント（AWS05570213）は以前の勤務先のメールアドレスで登録したものです。
現在のアカウント AWS11207468 に統合をお願いいたします。

山本"""

def mail_C2():
    w = D(2025, 8, 19, 8, 5, 29)
    new = """山本 拓也 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

ご依頼の件、お調べいたしましたところ、以下の 2 つの認定アカウントを確認いたしました。

・引き継ぎ元（手続き後に閉鎖）：AWS-05570213
・引き継ぎ先（今後ご利用いただくアカウント）：AWS-11207468

引き継ぎ元の受験履歴および認定資格は、すべて引き継ぎ先へ移行いたします。
なお、本手続きは一度実施いたしますと取り消しができませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、その旨を本メールにご返信いただけますでしょうか。
ご返信を確認次第、手続きを開始いたします。

何卒よろしくお願い申し上げます。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート"""
    quoted = q_ja(D(2025, 8, 18, 10, 40, 0, JST), YAM_N, YAM, C_USER)
    text = new + '\n\n' + quoted
    body = alt(text, to_html(new, quoted), 'shift_jis', 'base64')
    top = std_top(AWS_FORM, YAM, C_SUBJ, w, ses_id(w), [FEEDBACK()])
    save('ja-hikitsugi-moto-saki-gohenshin', finish(body, aws_jp('nifty.com', YAM, w), top),
         'merge_confirmation_requested', C_CID, new, True, 'ja', ids=['AWS05570213', 'AWS11207468'])

def mail_C3():
    w = D(2025, 8, 21, 5, 58, 2)
    new = """山本 拓也 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

ご承諾いただきました件につきまして、本日、移行作業をすべて終えました。
これまでの受験履歴と認定資格は、AWS11207468 にてご確認いただけます。
旧アカウントは閉鎖済みのため、今後はログインいただけません。

Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。

その他ご不明な点がございましたら、お気軽にお申し付けください。

佐藤 美咲
AWS トレーニングと認定 カスタマーサポート"""
    prev = 'はい、記載の内容で問題ございません。\nよろしくお願いいたします。\n\n山本'
    quoted = q_ja(D(2025, 8, 19, 21, 2, 0, JST), YAM_N, YAM, prev + '\n\n' +
                  q_ja(D(2025, 8, 19, 17, 5, 0, JST), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
                       '・引き継ぎ元（手続き後に閉鎖）：AWS-05570213\n・引き継ぎ先（今後ご利用いただくアカウント）：AWS-11207468'))
    text = new + '\n\n' + quoted
    body = leaf(text, 'plain', 'iso-2022-jp', '7bit')
    top = std_top(AWS_FORM, YAM, subj(C_SUBJ), w, ses_id(w), [FEEDBACK()])
    save('ja-ikou-sagyou-oemashita', finish(body, aws_jp('nifty.com', YAM, w, dmarc=False), top),
         'merge_completed', C_CID, new, True, 'ja', ids=['AWS11207468'])

for f in (mail_C1, mail_C2, mail_C3):
    f()


# ================================================================ standalone confirmation requests
def yahoo_trace(rcpt, when, envelope, ip, helo, ar, dkims=()):
    h = [('Received', 'from %d.%d.%d.%d by atlas%d.free.mail.ne1.yahoo.com pod-id NONE with HTTP; %s' % (
            10, R.randrange(200, 250), R.randrange(1, 250), R.randrange(1, 250), R.randrange(100, 330),
            when.astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000'))),
         ('Return-Path', '<%s>' % envelope),
         ('Received', 'from %s (EHLO %s) (%s)\n by %d.mail.ne1.yahoo.com with SMTPs; %s' % (
             helo, helo, ip, R.randrange(100, 400),
             when.astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000'))),
         ('X-Originating-Ip', '[%s]' % ip),
         ('Received-SPF', 'pass (domain of %s designates %s as permitted sender)' % (envelope.split('@')[1], ip)),
         ('Authentication-Results', ar),
         ('X-Apparently-To', '%s; %s' % (rcpt, when.astimezone(UTC).strftime('%a, %d %b %Y %H:%M:%S +0000')))]
    return h + list(dkims)

def aws_yahoo(rcpt, when):
    env = ses_id(when)[1:-1]
    ip = ses_ip()
    helo = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:])
    ar = ('atlas-production.v2.mail.yahoo.com;\n dkim=pass header.i=@amazon.com header.s=%s;\n dkim=pass header.i=@amazonses.com header.s=%s;\n spf=pass smtp.mailfrom=email.amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;' % (AMZ_SEL, SES_SEL))
    return yahoo_trace(rcpt, when, env, ip, helo, ar,
                       [dkim('amazon.com', AMZ_SEL, when), dkim('amazonses.com', SES_SEL, when)])

def aws_noar(rcpt, when, host='mail.posteo.de'):
    env = ses_id(when)[1:-1]
    ip = ses_ip()
    helo = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:])
    return [('Return-Path', '<%s>' % env),
            ('X-Original-To', rcpt), ('Delivered-To', rcpt),
            ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s' % (
                helo, helo, ip, host, rhex(9).upper(), rcpt, rfc(when.astimezone(CEST if 4 <= when.month <= 10 else tz(1))))),
            dkim('amazon.com', AMZ_SEL, when), dkim('amazonses.com', SES_SEL, when)]

def mail_CR4():
    rc = 'piotr.wasik.cloud@gmail.com'
    cid = '10944187231'
    w = D(2022, 9, 14, 7, 21, 40)
    new = """Hello Piotr,

Thank you for the information.

I checked with our team and it is possible to join your two candidate records. The plan is as follows:
- AWS00871542 will be joined into AWS09120330
- AWS09120330 stays as your only record, with the e-mail piotr.wasik.cloud@gmail.com

Before we start, please reply YES to this message if this is what you want. After the change it is not possible to split the records again.

Kind regards,
Tomasz
AWS Training & Certification Support"""
    u = """Hi,
the first account was made by my old company (AWS00871542), the second one I made myself. I want to keep my own one, AWS09120330.
Piotr"""
    a = """Hello Piotr,
To help you with this, please send us the candidate IDs of both accounts and tell us which e-mail you want to keep.
Regards,
Tomasz"""
    quoted = q_gmail(D(2022, 9, 13, 20, 5, 0, CEST), 'Piotr Wąsik', rc,
                     u + '\n\n' + q_gmail(D(2022, 9, 13, 9, 44, 0, UTC), 'Amazon Web Services',
                                          'aws-cs-trainingcertification-form@amazon.com', a))
    text = new + '\n\n' + quoted
    body = leaf(text, 'plain', 'utf-8', '8bit')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('agent-join-records-reply-yes', finish(body, aws_gmail(rc, w), top), 'merge_confirmation_requested', cid,
         new, True, ids=['AWS00871542', 'AWS09120330'])

def mail_CR5():
    rc = 'adaeze.nwosu@contoso-analytics.com'
    opened = D(2025, 1, 20, 14, 2, 33)
    cid = cid15(opened)
    w = D(2025, 1, 22, 9, 17, 8)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{border:1px solid #aab7b8;padding:6px 10px}</style></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Adaeze,</p>
<p>Trust this meets you well.</p>
<p>Following our review, we found three certification profiles linked to you. Our proposal is to bring all of them together under one profile as shown:</p>
<table cellspacing="0">
<tr style="background:#eaeded"><td><b>Candidate ID</b></td><td><b>E-mail on file</b></td><td><b>After the change</b></td></tr>
<tr><td>AWS07715230</td><td>adaeze.nwosu@contoso-analytics.com</td><td>Kept &ndash; all records land here</td></tr>
<tr><td>AWS03390814</td><td>a.nwosu@unilag.edu.ng</td><td>Closed</td></tr>
<tr><td>AWS06002179</td><td>daezenwosu@yahoo.com</td><td>Closed</td></tr>
</table>
<p>Kindly note that closed profiles cannot be restored, and any exam appointment on them must be moved or cancelled before we start.</p>
<p>We will only go ahead when you write back to say the table above is right. If you want a different profile to be the one kept, please indicate so in your response.</p>
<p>Warm regards,<br>Oluwaseun A.<br>AWS Training and Certification Customer Support</p>
<p style="font-size:8pt;color:#777">Case ID: %s<br>Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>""" % cid
    body = leaf(html, 'html', 'utf-8', 'base64')
    top = std_top(AWS_FORM, 'Adaeze Nwosu <%s>' % rc, 'RE: [CASE %s] AWS Training and Certification Form Submission - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('agent-three-profiles-table-write-back', finish(body, aws_outlook(rc, w), top),
         'merge_confirmation_requested', cid, html, True, ids=['AWS07715230', 'AWS03390814', 'AWS06002179'])

def mail_CR6():
    # phishing, look-alike domain, about the merge
    rc = 'daniel.okafor.dev@gmail.com'
    w = D(2025, 6, 9, 3, 11, 52)
    fake_cid = '174938211000431'
    env = 'bounce-%s@mail.aws-certification-desk.com' % rhex(10)
    ip = '185.234.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
    helo = 'mail.aws-certification-desk.com'
    ar = gmail_ar([('aws-certification-desk.com', 'default')], 'pass', env, ip, 'pass', 'aws-certification-desk.com', 'NONE')
    tr = gmail_trace(rc, w, 'aws-certification-desk.com', env, ip, helo, ar, [dkim('aws-certification-desk.com', 'default', w)])
    new = """Dear Customer,

Our records show two AWS Certification profiles registered to you. To keep your certifications valid, the profile AWS04418822 must be combined with AWS10935571 within 48 hours.

Please verify that AWS10935571 should remain your primary profile by signing in below. If we do not receive your verification, both profiles may be suspended and your certifications revoked.

  >> Verify my profiles: https://aws-certification-desk.com/verify?case=%s

Reference: CASE %s

AWS Certification Team
Amazon Web Services""" % (fake_cid, fake_cid)
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top('"AWS Certification" <support@aws-certification-desk.com>', rc,
                  'Action required: verify your primary certification profile [CASE %s]' % fake_cid, w,
                  '<%s.%s@aws-certification-desk.com>' % (rhex(16), rhex(6)))
    save('lookalike-verify-primary-profile', finish(body, tr, top), 'merge_confirmation_requested', fake_cid, new,
         False, ids=['AWS04418822', 'AWS10935571'])

def mail_CR7():
    rc = 'sofia.ramirez.mx@yahoo.com'
    opened = D(2025, 10, 6, 17, 40, 5)
    cid = cid15(opened)
    w = D(2025, 10, 7, 19, 3, 31)
    new = """Hi Sofía,

Thanks for reaching out and for your patience – I know having your exams split across two places is frustrating.

Here's what I'm able to do for you: consolidate everything into the profile aws11630042 (sofia.ramirez.mx@yahoo.com). Your older profile, aws08254977, would be emptied into it and then switched off permanently, so there's no way back once it's done.

Could you write back and let me know this looks right to you? As soon as I have your OK, I'll get it started.

Have a great day!

Mariana G.
AWS Training and Certification"""
    quoted = """-----Original Message-----
From: Sofía Ramírez <sofia.ramirez.mx@yahoo.com>
Sent: 06 October 2025 17:39
To: AWS Training and Certification
Subject: account-assistance

Hola, I have 2 accounts. AWS08254977 is the old one from my job at the bank. Please make only one account. Thanks"""
    text = new + '\n\n' + quoted
    # utf-8 bytes, but labelled windows-1252 (wrong charset label)
    body = alt(text, to_html(new, quoted), 'windows-1252', 'qp', encode_as='utf-8')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('agent-consolidate-write-back-ok-wrong-charset', finish(body, aws_yahoo(rc, w), top),
         'merge_confirmation_requested', cid, new, True, ids=['AWS11630042', 'AWS08254977'])

def mail_CR8():
    rc = 'conor.byrne@outlook.ie'
    opened = D(2024, 11, 4, 10, 12, 45)
    cid = cid15(opened)
    w = D(2024, 11, 5, 11, 48, 13)
    new = """Hi Conor,

Thanks a million for the quick reply with the addresses.

I've had a look and here's where we've landed:
  * AWS 06684391 (conor.byrne@outlook.ie) - this one stays
  * AWS 02745518 (cbyrne@fintrack.io) - everything on it goes over to the one above, and then it's shut down for good

Can you drop me a line to say you're happy with that? Nothing happens until I hear back from you.

One other thing, unrelated to the above: you mentioned a voucher that wouldn't apply at checkout. Could you send me a screenshot of the error and the first four characters of the code? I'll look at that separately.

All the best,
Siobhán
AWS Training and Certification"""
    quoted = q_outlook('Conor Byrne <conor.byrne@outlook.ie>', D(2024, 11, 4, 19, 30), 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                       'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                       "Hi,\n\nLogin for the one I want to keep is conor.byrne@outlook.ie, the work one is cbyrne@fintrack.io.\nAlso my 50% voucher didn't work last week, not sure if related.\n\nConor")
    text = new + '\n\n' + quoted
    body = alt(text, to_html(new, quoted), 'utf-8', 'qp')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('agent-happy-with-that-plus-voucher-question', finish(body, aws_outlook(rc, w), top),
         'merge_confirmation_requested', cid, new, True, ids=['AWS06684391', 'AWS02745518'])

def mail_CR9():
    rc = 'j.hoffmann@posteo.de'
    cid = '6152730841'
    w = D(2019, 11, 26, 15, 4, 19)
    new = """Hello Jonas,

We have identified that the following candidate IDs belong to you:

AWS00412087 - registered 2016 - jonas.hoffmann@sap-partner.example
AWS00793315 - registered 2019 - j.hoffmann@posteo.de

We propose to keep AWS00793315 and retire AWS00412087, carrying over your Solutions Architect - Professional and SysOps Administrator - Associate history. Please respond to this e-mail stating that you agree, or tell us which ID you would prefer to keep. The change is permanent.

Best regards,
Lukas
AWS Certification Support"""
    body = leaf(new, 'plain', 'us-ascii', '7bit')
    top = std_top(formataddr(('AWS Certification', 'aws-certification@amazon.com')), rc,
                  'RE:[CASE %s] Duplicate candidate accounts' % cid, w, ses_id(w))
    save('2019-agent-propose-keep-retire-agree', finish(body, aws_noar(rc, w), top),
         'merge_confirmation_requested', cid, new, None, ids=['AWS00412087', 'AWS00793315'])

def mail_CR10():
    rc = 'ioana.petrescu@gmail.com'
    opened = D(2025, 4, 2, 6, 55, 18)
    cid = cid15(opened)
    w = D(2025, 4, 3, 12, 30, 44)
    new = """Dear Ioana,

Thank you for your patience. Both of your certification profiles have been located and I am ready to pass them to the team that unifies them.

Surviving profile: AWS-10218856
Profile that will be folded into it: AWS-05593320

Once this is carried out, AWS-05593320 will no longer be accessible and the action cannot be undone.

May I ask you to reply with "I agree" so I can submit the request? If the surviving profile should be the other one, simply say so in your reply.

Kind regards,
Ahmed M.
AWS Training and Certification"""
    body = alt(new, to_html(new, style='font-family:Verdana,sans-serif;font-size:13px'), 'utf-8', 'base64')
    top = std_top(AWS_FORM, rc, subj('RE:[CASE %s] [AWS Training and Certification Form Submission] – account-assistance' % cid, 'utf-8'),
                  w, ses_id(w), [FEEDBACK()])
    save('agent-surviving-folded-i-agree', finish(body, aws_gmail(rc, w), top),
         'merge_confirmation_requested', cid, new, True, ids=['AWS10218856', 'AWS05593320'])

for f in (mail_CR4, mail_CR5, mail_CR6, mail_CR7, mail_CR8, mail_CR9, mail_CR10):
    f()


# ================================================================ completions
def mail_MC4():
    rc = 'thabo.mokoena@gmail.com'
    opened = D(2025, 2, 3, 8, 19, 27)
    cid = cid15(opened)
    w = D(2025, 2, 6, 10, 44, 50)
    new = """Hi Thabo,

Just a quick note to let you know that your certification records now live under one profile: AWS10460917. The exams you wrote in 2021 and 2022 under the former profile are listed there alongside your newer ones, and the former profile has been switched off.

You can check this yourself at https://www.aws.training/Certification by signing in with thabo.mokoena@gmail.com.

Cheers,
Lindiwe N.
AWS Training and Certification Customer Support"""
    u = "Hi Lindiwe\n\nThe details are correct. Please proceed with the merge of AWS03318265 into AWS10460917.\n\nRegards\nThabo"
    quoted = q_gmail(D(2025, 2, 4, 21, 12, 0, tz(2)), 'Thabo Mokoena', rc, u)
    text = new + '\n\n' + quoted
    body = alt(text, to_html(new, quoted), 'utf-8', 'qp')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('agent-records-now-live-under-one', finish(body, aws_gmail(rc, w), top), 'merge_completed', cid, new,
         True, ids=['AWS10460917'])

def mail_MC5():
    rc = 'rahul.menon@hotmail.com'
    cid = '11021937764'
    w = D(2022, 12, 8, 5, 39, 2)
    new = """Dear Rahul,

Greetings of the day!

This is to inform you that the requested activity has been performed successfully. All certifications from candidate ID AWS00934412 have been moved to candidate ID AWS01188765, and the candidate ID AWS00934412 has been deactivated.

Request you to kindly login with rahul.menon@hotmail.com and verify the same. In case of any discrepancy please revert within 7 days.

Thanks & Regards,
Vikram P.
AWS Training and Certification"""
    quoted = q_orig('Rahul Menon <rahul.menon@hotmail.com>', D(2022, 12, 6, 18, 2), 'aws-cs-trainingcertification-form@amazon.com',
                    'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                    "Hello Vikram,\nYes, I confirm. Please merge AWS00934412 into AWS01188765.\nThanks,\nRahul")
    text = new + '\n\n' + quoted
    body = alt(text, to_html(new, quoted), 'utf-8', 'qp')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('2022-requested-activity-performed', finish(body, aws_outlook(rc, w), top), 'merge_completed', cid, new,
         True, ids=['AWS00934412', 'AWS01188765'])

def mail_MC6():
    # spoofed amazon.com, DMARC fails at Gmail; a forged "pass" AR lower down
    rc = 'thabo.mokoena@gmail.com'
    w = D(2025, 2, 11, 23, 8, 14)
    cid_fake = '173861756700912'
    env = 'postmaster@srv%d.hostpoint-vps.net' % R.randrange(10, 99)
    ip = '45.137.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
    helo = 'srv41.hostpoint-vps.net'
    ar = gmail_ar([], 'neutral', env, ip, 'fail', 'amazon.com', 'QUARANTINE')
    forged = 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com'
    tr = gmail_trace(rc, w, 'amazon.com', env, ip, helo, ar, [], extra_ar_below=forged)
    new = """Hello,

Your AWS Certification profiles have been successfully combined. To finish moving your digital badges and keep your exam benefits, you must sign in within 24 hours and re-enter your payment method on file:

https://aws-training-portal.support-verify.co/signin?ref=%s

If you do not complete this step your certifications will be marked inactive.

Thank you,
AWS Training and Certification""" % cid_fake
    body = alt(new, to_html(new), 'utf-8', 'base64')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] Your profiles have been combined - final step' % cid_fake, w,
                  '<%s@srv41.hostpoint-vps.net>' % rhex(24))
    save('spoof-combined-final-step-dmarc-fail', finish(body, tr, top), 'merge_completed', cid_fake, new, False)

def mail_MC7():
    rc = 'lan.nguyen.it@gmail.com'
    opened = D(2025, 7, 1, 2, 27, 36)
    cid = cid15(opened)
    w = D(2025, 7, 3, 4, 15, 22)
    new = """Dear Lan,

I'm happy to share that your two profiles are now one. You can sign in with lan.nguyen.it@gmail.com and find all three of your certifications under AWS 09874432.

A couple of things to keep in mind:
- Credly can take 2-5 business days to reflect the change. Your badges will show up in the Credly account that uses the same e-mail.
- The 50% discount from your last certification has carried over and is under Benefits.

Is there anything else I can help you with on this case?

Best regards,
Huong T.
AWS Training and Certification"""
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('agent-two-profiles-are-now-one', finish(body, aws_gmail(rc, w), top), 'merge_completed', cid, new,
         True, ids=['AWS09874432'])

def mail_MC8():
    rc = 'rafael.souza@outlook.com'
    opened = D(2024, 9, 16, 13, 0, 9)
    cid = cid15(opened)
    w = D(2024, 9, 18, 20, 36, 57)
    link = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % cid
    new = """Hello Rafael,

I hope you are doing well!

I am writing to let you know that your certification accounts were successfully unified. From now on AWS-08820154 is your single candidate ID, and the history from AWS-04031776 was incorporated into it. The old ID will not work anymore for sign-in or for scheduling exams.

I will leave this case open for 3 more days in case you notice anything strange. After that it will be resolved automatically.

%s

Best regards,
Rafael A. (yes, same name as you!)
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.""" % link
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(AWS_NOREPLY, rc, 'RE:[CASE %s] Two certification accounts - please unify' % cid, w, ses_id(w), [FEEDBACK()])
    save('console-accounts-successfully-unified', finish(body, aws_outlook(rc, w), top), 'merge_completed', cid, new,
         True, ids=['AWS08820154', 'AWS04031776'])

def mail_MC9():
    rc = 'm-kobayashi.dev@mail.biglobe.ne.jp'
    opened = D(2025, 9, 9, 23, 51, 40)
    cid = cid15(opened)
    w = D(2025, 9, 12, 1, 14, 31)
    new = """Dear Mr. Kobayashi,

Thank you for choosing to write to us in English.

Three updates in one message:

1) Your request is done. AWS11570028 now carries all of your certifications; the profile AWS07042296 has been closed and its history moved across.
2) Because nothing else is outstanding, this case is now closed.
3) We would be grateful for your opinion on how this was handled. It takes less than a minute: https://survey.aws.amazon.com/csat?case=%s

If you notice something missing later, simply reply to this message within 30 days and the case will reopen.

Sincerely,
Grace L.
AWS Training and Certification""" % cid
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('agent-three-updates-done-closed-survey', finish(body, aws_jp('biglobe.ne.jp', rc, w), top), 'merge_completed', cid,
         new, True, ids=['AWS11570028', 'AWS07042296'])

for f in (mail_MC4, mail_MC5, mail_MC6, mail_MC7, mail_MC8, mail_MC9):
    f()

# ================================================================ surveys / closure notices
def mail_S2():
    rc = 'piotr.wasik.cloud@gmail.com'
    cid = '10944187231'
    w = D(2022, 9, 17, 7, 2, 11)
    new = """Hello Piotr,

We are closing case %s today. We believe we have given you what you needed, but if something is still open, just reply to this message in the next 14 days and we will pick the case up again.

Please take 2 minutes to tell us about your experience:

Were you satisfied with the way we handled your case?
  Very satisfied:   https://aws.amazon.com/feedback/csat?case=%s&s=5
  Satisfied:        https://aws.amazon.com/feedback/csat?case=%s&s=4
  Neutral:          https://aws.amazon.com/feedback/csat?case=%s&s=3
  Dissatisfied:     https://aws.amazon.com/feedback/csat?case=%s&s=2
  Very dissatisfied: https://aws.amazon.com/feedback/csat?case=%s&s=1

Thank you,
AWS Training & Certification Support""" % ((cid,) * 6)
    body = leaf(new, 'plain', 'us-ascii', '7bit')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('2022-closing-case-five-point-scale', finish(body, aws_gmail(rc, w), top), 'survey', cid, new, True)

def mail_S3():
    rc = 'takuya.yamamoto@nifty.com'
    w = D(2025, 8, 22, 2, 0, 7)
    new = """山本 拓也 様

このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました。
お問い合わせ（受付番号：%s）への対応を終了させていただきました。

今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。
所要時間は 1 分程度です。

担当者の対応にご満足いただけましたか？
　はい　　：https://aws.amazon.com/survey/csat?displayId=%s&r=yes&lang=ja
　いいえ　：https://aws.amazon.com/survey/csat?displayId=%s&r=no&lang=ja

※本メールは送信専用アドレスからお送りしております。

AWS トレーニングと認定""" % (C_CID, C_CID, C_CID)
    body = alt(new, to_html(new), 'iso-2022-jp', '7bit')
    top = std_top(AWS_FORM, YAM, subj('アンケートご協力のお願い（受付番号：%s）' % C_CID, 'iso-2022-jp'), w, ses_id(w), [FEEDBACK()])
    save('ja-taiou-shuuryou-anketo', finish(body, aws_jp('nifty.com', YAM, w), top), 'survey', C_CID, new, True, 'ja')

def mail_S4():
    rc = 'rafael.souza@outlook.com'
    cid = LABELS[[k for k in LABELS if 'unified' in k][0]]['case_id']
    w = D(2024, 9, 22, 21, 0, 3)
    html = """<html><body style="font-family:Arial,sans-serif;color:#232f3e">
<div style="max-width:560px;margin:auto">
<h2 style="font-weight:normal">How would you rate the help you received?</h2>
<p>Hello,</p>
<p>Your recent support case <b>%s</b> &mdash; &ldquo;Two certification accounts - please unify&rdquo; &mdash; was resolved. Please take a moment to rate your overall experience with AWS Support.</p>
<table><tr>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=1">&#9733;</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=2">&#9733;&#9733;</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=3">&#9733;&#9733;&#9733;</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=4">&#9733;&#9733;&#9733;&#9733;</a></td>
<td><a href="https://console.aws.amazon.com/support/feedback?displayId=%s&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></td>
</tr></table>
<p style="font-size:12px;color:#545b64">This survey is sent once per resolved case. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109. Please do not reply; this address cannot receive e-mail.</p>
</div></body></html>""" % ((cid,) * 6)
    body = leaf(html, 'html', 'utf-8', 'qp')
    top = std_top(AWS_NOREPLY, rc, 'Tell us about your recent AWS Support experience', w, ses_id(w), [FEEDBACK()])
    save('console-rate-overall-experience-stars', finish(body, aws_outlook(rc, w), top), 'survey', cid, html, True)

def mail_S5():
    rc = 'adaeze.nwosu@contoso-analytics.com'
    cid = LABELS[[k for k in LABELS if 'three-profiles' in k][0]]['case_id']
    w = D(2025, 2, 5, 9, 30, 0)
    new = """Dear Adaeze,

We have not heard from you since our message of 22 January, so case %s has been closed for now.

Nothing has been changed on your profiles. If you still want us to go ahead, reply to this e-mail within 14 days and the case will reopen with everything you already sent us; after that, please use the contact form again.

How did we do? Rate your experience (1 = poor, 5 = excellent):
https://aws.amazon.com/survey/csat?displayId=%s

Warm regards,
AWS Training and Certification Customer Support""" % (cid, cid)
    body = alt(new, to_html(new), 'utf-8', 'base64')
    top = std_top(AWS_FORM, 'Adaeze Nwosu <%s>' % rc, 'Case %s closed - no response received' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('closed-no-response-nothing-changed', finish(body, aws_outlook(rc, w), top), 'survey', cid, new, True)

def mail_S6():
    rc = 'lan.nguyen.it@gmail.com'
    cid = LABELS[[k for k in LABELS if 'now-one' in k][0]]['case_id']
    w = D(2025, 7, 6, 4, 20, 0)
    new = """Hi Lan,

Since we haven't heard anything further, we're marking this case as resolved. A few reminders before we go:

- Your exam discount is valid for one use and expires on the date shown under Benefits.
- Certification transcripts can be downloaded any time from the Certification Account page.
- For exam scheduling questions, Pearson VUE support is the fastest route.

Your opinion helps us improve. Was your issue resolved?
YES: https://aws.amazon.com/survey/csat?displayId=%s&r=1
NO:  https://aws.amazon.com/survey/csat?displayId=%s&r=0

Thanks for being part of the AWS Certified community.

AWS Training and Certification""" % (cid, cid)
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('marking-resolved-reminders-yes-no', finish(body, aws_gmail(rc, w), top), 'survey', cid, new, True)

def mail_S7():
    rc = 'conor.byrne@outlook.ie'
    cid = LABELS[[k for k in LABELS if 'happy-with-that' in k][0]]['case_id']
    w = D(2024, 11, 12, 16, 45, 21)
    new = """Dear Conor,

Your opinion about case %s

Recently you were in touch with AWS Training and Certification Customer Support. We would like to understand how well we served you.

The questionnaire has four questions and is hosted by our survey partner:
https://amazonaws.qualtrics.com/jfe/form/SV_3kGvX0a8bQz?case=%s&ch=email

Responses are anonymous unless you choose to leave your contact details.

Regards,
AWS Training and Certification

You are receiving this e-mail because you contacted AWS Training and Certification. Amazon Web Services, Inc. | 410 Terry Ave N | Seattle, WA 98109""" % (cid, cid)
    body = leaf(new, 'plain', 'utf-8', 'base64')
    top = std_top(formataddr(('AWS Training and Certification', 'aws-tc-feedback@amazon.com')), rc,
                  'Your opinion about case %s' % cid, w, ses_id(w), [FEEDBACK()])
    save('questionnaire-four-questions', finish(body, aws_outlook(rc, w), top), 'survey', cid, new, True)

for f in (mail_S2, mail_S3, mail_S4, mail_S5, mail_S6, mail_S7):
    f()


# ================================================================ more acknowledgements
def lab(sub):
    return LABELS[[k for k in LABELS if sub in k][0]]['case_id']

def mail_CC4():
    rc = 'piotr.wasik.cloud@gmail.com'
    cid = '10944187231'
    w = D(2022, 9, 12, 18, 31, 2)
    html = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"></head>
<body style="margin:0;padding:0;background-color:#ffffff">
<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:20px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333333">
<img src="https://d1.awsstatic.com/training-and-certification/T%%26C-email-header.png" width="560" alt="AWS Training and Certification"><br><br>
Hi Piotr,<br><br>
Thanks for contacting us &mdash; your inquiry is now in our system.<br><br>
<table cellpadding="4" style="border-collapse:collapse;font-size:14px">
<tr><td style="color:#777">Ticket number</td><td><b>%s</b></td></tr>
<tr><td style="color:#777">Topic</td><td>Certification &rsaquo; Account Merge</td></tr>
<tr><td style="color:#777">Expected first response</td><td>within 24 hours</td></tr>
</table><br>
While you wait, you may find an answer in our <a href="https://aws.amazon.com/certification/faqs/">Certification FAQs</a>.<br><br>
To add details, reply to this e-mail and leave the ticket number in the subject.<br><br>
AWS Training &amp; Certification Support
</td></tr></table></body></html>""" % cid
    body = leaf(html, 'html', 'UTF-8', 'base64')
    top = std_top(AWS_FORM, rc, '[CASE %s] AWS Training and Certification Form Submission - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('2022-html-ticket-in-our-system', finish(body, aws_gmail(rc, w), top), 'case_created', cid, html, True)

def mail_CC5():
    rc = 'sofia.ramirez.mx@yahoo.com'
    cid = lab('wrong-charset')
    w = D(2025, 10, 6, 17, 40, 39)
    new = """Hello,

Many thanks for your enquiry. We have logged it with the reference %s.

One of our advisers will be in touch, usually within 24 hours (it can take a little longer at busy times). There is no need to send your enquiry again - replying to this message adds your note to the same reference.

With best wishes,
AWS Training and Certification""" % cid
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(AWS_FORM, rc, 'We have logged your enquiry - reference %s' % cid, w, ses_id(w), [FEEDBACK()])
    save('enquiry-logged-with-reference', finish(body, aws_yahoo(rc, w), top), 'case_created', cid, new, True)

def mail_CC6():
    rc = 'j.hoffmann@posteo.de'
    cid = '6152730841'
    w = D(2019, 11, 25, 8, 12, 54)
    new = """Dear Jonas Hoffmann,

This is an automated message to let you know that we have received your message and have opened case number %s for it.

Your message:
---
Subject: Duplicate candidate accounts
I seem to have two candidate accounts, AWS00412087 and AWS00793315. Can they be combined? I want to keep the newer one.
---

A member of the AWS Certification team will review it and respond by e-mail.

Best regards,
AWS Certification""" % cid
    body = leaf(new, 'plain', 'iso-8859-1', 'quoted-printable')
    top = std_top(formataddr(('AWS Certification', 'aws-certification@amazon.com')), rc,
                  'Case %s opened: Duplicate candidate accounts' % cid, w, ses_id(w))
    save('2019-automated-case-number-opened', finish(body, aws_noar(rc, w), top), 'case_created', cid, new, None,
         ids=['AWS00412087', 'AWS00793315'])

def mail_CC7():
    rc = 'rafael.souza@outlook.com'
    cid = lab('unified')
    w = D(2024, 9, 16, 13, 0, 33)
    link = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % cid
    new = """Hello,

We’ve received your request and a case has been created for you. An AWS Support representative will respond to you based on the severity you selected.

Case ID: %s
Subject: Two certification accounts - please unify
Severity: General guidance

You can view or update this case any time:
%s

Please don’t reply to this message – replies to this address aren’t monitored.

Sincerely,
Amazon Web Services""" % (cid, link)
    body = alt(new, to_html(new), 'windows-1252', 'qp')
    top = std_top(AWS_NOREPLY, rc, 'Amazon Web Services: New Support case: %s' % cid, w, ses_id(w), [FEEDBACK()])
    save('console-new-support-case-cp1252', finish(body, aws_outlook(rc, w), top), 'case_created', cid, new, True)

for f in (mail_CC4, mail_CC5, mail_CC6, mail_CC7):
    f()

# ================================================================ more support replies
def mail_SR5():
    rc = 'conor.byrne@outlook.ie'
    cid = lab('happy-with-that')
    w = D(2024, 11, 7, 14, 3, 10)
    new = """Hi Conor,

Just a quick update so you're not left wondering: your request is with our specialist team and they're working through it. Their current turnaround is 3 to 5 business days, so I'd expect to have news for you by the middle of next week.

The voucher screenshot you sent is with our payments team as well; I'll come back to you on that separately.

No action needed from you right now.

All the best,
Siobhán
AWS Training and Certification"""
    quoted = q_outlook('Conor Byrne <conor.byrne@outlook.ie>', D(2024, 11, 5, 20, 14), 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                       'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                       "Hi Siobhán,\n\nYes, happy with that - please go ahead and merge AWS 02745518 into AWS 06684391. Screenshot attached.\n\nConor")
    text = new + '\n\n' + quoted
    body = alt(text, to_html(new, quoted), 'utf-8', 'qp')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('agent-with-specialist-team-no-action-needed', finish(body, aws_outlook(rc, w), top), 'support_reply', cid, new, True)

def mail_SR6():
    rc = 'daniel.okafor.dev@gmail.com'
    dup_open = D(2025, 5, 29, 1, 2, 50)
    dup = cid15(dup_open)
    w = D(2025, 5, 29, 9, 40, 3)
    new = """Hello Daniel,

Thank you for writing in again. It looks like this request is about the same two certification profiles you already asked us about under case %s, which one of my colleagues is handling.

To avoid two teams working on the same thing, we will continue the conversation on that earlier case only. There is nothing more you need to do here, and please reply on the earlier thread with any further information.

Kind regards,
Bogdan
AWS Training and Certification""" % A_CID
    quoted = '---- Original Message ----\nFrom: Daniel Okafor <%s>\n\nHi, I sent a request two days ago about moving AWS04418822 into AWS10935571 and haven\'t heard back, is it being looked at?' % rc
    text = new + '\n\n' + quoted
    body = alt(text, to_html(new, quoted), 'utf-8', 'qp')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % dup,
                  w, ses_id(w), [FEEDBACK()])
    save('agent-same-request-continue-on-earlier-case', finish(body, aws_gmail(rc, w), top), 'support_reply', dup, new, True)

def mail_SR7():
    rc = 'aarav.shah91@gmail.com'
    opened = D(2025, 12, 1, 15, 22, 9)
    cid = cid15(opened)
    w = D(2025, 12, 2, 16, 5, 47)
    new = """Hello Aarav,

Thanks for your message. I found two certification profiles that match your details:

- AWS-11893021, created in 2025, notification e-mail aarav.shah91@gmail.com
- AWS-06627104, created in 2020, notification e-mail aarav.shah@infosys.example

Which of the two would you like to carry on using? The one you pick will hold everything afterwards, and the other will be closed. Also, please let me know a good e-mail to reach you at if it is not this one.

Thanks,
Kenji W.
AWS Training and Certification"""
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('agent-which-profile-to-carry-on-using', finish(body, aws_gmail(rc, w), top), 'support_reply', cid, new,
         True, ids=['AWS11893021', 'AWS06627104'])

def mail_SR8():
    rc = 'aarav.shah91@gmail.com'
    cid = lab('carry-on-using')
    w = D(2025, 12, 3, 18, 12, 30)
    new = """Hello Aarav,

Thank you for letting me know. I have submitted your request to our internal team with AWS-11893021 as the profile you keep.

Once the profiles have been combined you'll get a separate e-mail from us, and shortly after that Credly will re-send your badges to aarav.shah91@gmail.com. Until then, both profiles will continue to look the way they do today - that is expected.

Thanks,
Kenji W.
AWS Training and Certification"""
    quoted = q_gmail(D(2025, 12, 3, 8, 55, 0, IST), 'Aarav Shah', rc,
                     "Hi Kenji, keep the first one (AWS-11893021) please. This e-mail is fine.\nAarav")
    text = new + '\n\n' + quoted
    body = alt(text, to_html(new, quoted), 'utf-8', 'qp')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('agent-submitted-once-combined-you-will-get', finish(body, aws_gmail(rc, w), top), 'support_reply', cid, new,
         True, ids=['AWS11893021'])

def mail_SR9():
    rc = 'lan.nguyen.it@gmail.com'
    cid = lab('now-one')
    w = D(2025, 7, 2, 3, 1, 8)
    new = """Dear Lan,

Thank you for your follow-up question.

About the recertification deadline: your AWS Certified Solutions Architect - Associate is valid for three years from the date you passed. If you pass the Professional exam before then, the Associate is renewed automatically, so you will not need to sit it again.

On your other request, our team is still processing it, and I will update you in this same thread.

Best regards,
Huong T.
AWS Training and Certification"""
    quoted = """From: Lan Nguyen <lan.nguyen.it@gmail.com>
Date: Tuesday, July 1, 2025 at 10:12 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: [CASE %s]

> Hi, one more question while you work on it - does my SAA expire if I take SAP next year?
> Thanks, Lan""" % cid
    text = new + '\n\n' + quoted
    body = alt(text, to_html(new, quoted), 'utf-8', 'qp')
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('agent-answers-recert-deadline-still-processing', finish(body, aws_gmail(rc, w), top), 'support_reply', cid,
         new, True)

def mail_SR10():
    rc = 'megumi.suzuki@ocn.ne.jp'
    opened = D(2025, 6, 23, 4, 48, 30)
    cid = cid15(opened)
    w = D(2025, 6, 24, 2, 16, 5)
    new = """鈴木 恵 様

平素より AWS をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの田中でございます。

お問い合わせいただきました件につきまして、対象のアカウントを特定するため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. それぞれのアカウントにサインインする際のメールアドレス
2. 今後ご利用を希望されるアカウントの AWS 認定 ID（AWS から始まる番号）
3. 認定証に記載されているお名前（ローマ字）

いただいた情報をもとに、確認を進めさせていただきます。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

田中 健一
AWS トレーニングと認定 カスタマーサポート"""
    body = leaf(new, 'plain', 'utf-8', 'base64')
    ip = ses_ip()
    env = ses_id(w)[1:-1]
    ar = 'ocn.ne.jp; spf=pass smtp.mailfrom=email.amazonses.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com'
    tr = jp_trace('ocn.ne.jp', rc, w, env, ip, 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:]), ar,
                  [dkim('amazon.com', AMZ_SEL, w), dkim('amazonses.com', SES_SEL, w)])
    top = std_top(AWS_FORM, rc, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % cid,
                  w, ses_id(w), [FEEDBACK()])
    save('ja-kakunin-no-tame-jouhou-onegai', finish(body, tr, top), 'support_reply', cid, new, True, 'ja')

def mail_SR11():
    w = D(2025, 3, 24, 8, 30, 12)
    new = """Hi Marta,

Thanks for reopening the case and for the screenshot - you're right, the Cloud Practitioner badge is still sitting in the Credly account tied to your old university address.

Credly is a separate platform, so I've raised a request with their team to move that badge across to the Credly account for marta.fischer@outlook.com. They usually handle these within 5 business days and will e-mail you directly when it's done. You don't need to accept anything in the old account.

I'll keep the case open until you tell me the badge has arrived.

%s

Best regards,
Jerome D.
Amazon Web Services""" % B_LINK
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(AWS_NOREPLY, MAR, 'RE:[CASE %s] %s' % (B_CID, B_TITLE), w, ses_id(w), [FEEDBACK()])
    save('console-raised-with-credly-team', finish(body, aws_outlook(MAR, w), top), 'support_reply', B_CID, new, True)

for f in (mail_SR5, mail_SR6, mail_SR7, mail_SR8, mail_SR9, mail_SR10, mail_SR11):
    f()


# ================================================================ Credly
CREDLY_FROM = formataddr(('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'))

def credly_env(rc, dom='credly.com'):
    return 'bounces+%d-%s-%s=%s@em%d.%s' % (R.randrange(1000000, 9999999), rhex(4), rc.split('@')[0], rc.split('@')[1],
                                           R.randrange(1000, 9999), dom)

def credly_outlook(rc, when, dom='credly.com'):
    ip = '149.72.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
    helo = 'o%d.ptr%d.%s' % (R.randrange(1, 20), R.randrange(1000, 9999), dom)
    ar = outlook_ar('pass', ip, 'em%d.%s' % (R.randrange(1000, 9999), dom), 'pass', dom, 'pass', 'none', dom)
    return outlook_trace(rc, when, dom, ip, helo, ar, [dkim(dom, 's1', when)])

def credly_jp(provider, rc, when):
    ip = '149.72.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
    env = credly_env(rc)
    ar = '%s; spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@credly.com;\n\tdmarc=pass header.from=credly.com' % (provider, env.split('@')[1])
    return jp_trace(provider, rc, when, env, ip, 'o1.ptr%d.credly.com' % R.randrange(1000, 9999), ar, [dkim('credly.com', 's1', when)])

def credly_msgid():
    return '<%s@geopod-ismtpd-%d>' % (rb64(16).replace('/', '').replace('+', '')[:22], R.randrange(1, 40))

def badge_url():
    return 'https://www.credly.com/badges/%s' % uuid.UUID(int=R.getrandbits(128))

def mail_CB2():
    rc = 'j.hoffmann@posteo.de'
    w = D(2019, 12, 2, 14, 55, 30)
    new = """Congratulations, Jonas!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Professional

Claim your badge and share your achievement with your network.
%s/accept

Once accepted, your badge can be added to your LinkedIn profile, e-mail signature and more.

Acclaim | Youracclaim.com
Powered by Credly, 13 W 36th St, New York, NY 10018""" % badge_url().replace('www.credly.com', 'www.youracclaim.com')
    body = alt(new, to_html(new), 'utf-8', 'qp')
    ip = '167.89.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
    env = credly_env(rc, 'youracclaim.com')
    ar = 'mail.posteo.de; dkim=pass (1024-bit key) header.d=youracclaim.com header.i=@youracclaim.com header.b="%s";\n\tdmarc=pass (p=none dis=none) header.from=youracclaim.com' % rb64(6)[:8]
    tr = [('Return-Path', '<%s>' % env), ('Delivered-To', rc),
          ('Received', 'from mx03.posteo.de (mx03.posteo.de [89.146.220.%d])\n\tby mail.posteo.de (Postfix) with ESMTPS id 47R%s\n\tfor <%s>; %s' % (
              R.randrange(1, 250), rhex(6).upper(), rc, rfc(w.astimezone(tz(1))))),
          ('Authentication-Results', ar),
          ('Received', 'from o%d.ptr%d.youracclaim.com (o%d.ptr%d.youracclaim.com [%s])\n\tby mx03.posteo.de (Postfix) with ESMTPS id 47R%s\n\tfor <%s>; %s' % (
              3, 2214, 3, 2214, ip, rhex(6).upper(), rc, rfc(w.astimezone(tz(1))))),
          dkim('youracclaim.com', 's1', w)]
    frm = formataddr(('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'))
    top = std_top(frm, rc, 'Amazon Web Services Training and Certification has issued you a badge', w, credly_msgid())
    save('2019-acclaim-issued-you-a-badge', finish(body, tr, top), 'credly_badge_issued', None, new, True)

def mail_CB3():
    w = D(2025, 3, 31, 15, 2, 40)
    new = """Hi Marta,

Your AWS Certified Cloud Practitioner badge is ready and waiting for you.

It was sent to you by Amazon Web Services Training and Certification on March 28, 2025, but you haven't claimed it yet. Accept it to display it on your profile and share it with employers.

Accept your badge: %s/accept

You're receiving this e-mail because a badge was issued to marta.fischer@outlook.com.
Credly, Inc., 2 Park Avenue, 16th Floor, New York, NY 10016 | Manage e-mail preferences""" % badge_url()
    html = to_html(new)
    body = alt(new, html, 'utf-8', 'qp')
    top = std_top(CREDLY_FROM, MAR, 'Reminder: your badge is ready and waiting', w, credly_msgid())
    save('credly-badge-ready-and-waiting-reminder', finish(body, credly_outlook(MAR, w), top), 'credly_badge_issued', None,
         new, True)

def mail_CB4():
    rc = 'thabo.mokoena@gmail.com'
    w = D(2025, 2, 8, 12, 18, 6)
    names = ['AWS Certified Cloud Practitioner', 'AWS Certified Solutions Architect – Associate',
             'AWS Certified Developer – Associate']
    lines = '\n'.join('  • %s' % n for n in names)
    new = """Hello Thabo,

Good news! Three badges from Amazon Web Services Training and Certification have been moved to your Credly account (thabo.mokoena@gmail.com) following an update to your certification profile:

%s

They are already accepted and public, exactly as they were before. Nothing else is needed on your side. You can review them here:
https://www.credly.com/users/thabo-mokoena/badges

The Credly Team""" % lines
    body = alt(new, to_html(new), 'utf-8', 'base64')
    top = std_top(formataddr(('Credly', 'admin@credly.com')), rc, subj('Your badges have a new home on Credly ✔', 'utf-8'),
                  w, credly_msgid())
    save('credly-three-badges-moved-new-home', finish(body, credly_gmail(rc, w), top), 'credly_badge_issued', None,
         new, True)

def mail_CB5():
    w = D(2025, 8, 25, 9, 41, 14)
    new = """Takuya, you've earned it.

Amazon Web Services Training and Certification has recognised you with:
AWS Certified Data Engineer – Associate

Claim your badge to let people know what you can do.
%s/accept

Need help? https://support.credly.com
Credly, Inc., 2 Park Avenue, 16th Floor, New York, NY 10016""" % badge_url()
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(CREDLY_FROM, YAM, "Takuya, you've earned it", w, credly_msgid())
    save('credly-youve-earned-it-nifty', finish(body, credly_jp('nifty.com', YAM, w), top), 'credly_badge_issued', None,
         new, True)

def mail_CB6():
    rc = 'lan.nguyen.it@gmail.com'
    w = D(2025, 7, 7, 22, 3, 51)
    u = badge_url()
    html = """<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="background:#f5f5f5;margin:0">
<center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:30px 40px 0"><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt="badge"></td></tr>
<tr><td style="padding:20px 40px;font-size:22px;color:#242424">Lan, there's something new in your Credly wallet</td></tr>
<tr><td style="padding:0 40px;font-size:15px;color:#545454;line-height:22px">
Amazon Web Services Training and Certification just added <b>AWS Certified Security – Specialty</b> to your account. Take it for a spin: accept it, then share it with your network.</td></tr>
<tr><td style="padding:24px 40px"><a href="%s/accept" style="background:#ff6b00;color:#fff;text-decoration:none;padding:12px 26px;border-radius:3px;font-weight:bold">Accept badge</a></td></tr>
<tr><td style="padding:20px 40px;font-size:11px;color:#999">Credly, Inc. &middot; 2 Park Avenue, 16th Floor, New York, NY 10016 &middot; <a href="https://www.credly.com/notifications/unsubscribe">Unsubscribe</a></td></tr>
</table></center></body></html>""" % u
    body = leaf(html, 'html', 'utf-8', 'base64')
    top = std_top(CREDLY_FROM, rc, "Lan, there's something new in your Credly wallet", w, credly_msgid())
    save('credly-html-something-new-in-wallet', finish(body, credly_gmail(rc, w), top), 'credly_badge_issued', None,
         html, True)

for f in (mail_CB2, mail_CB3, mail_CB4, mail_CB5, mail_CB6):
    f()


# ================================================================ unrelated / look-alikes
def generic_gmail(rc, when, dom, sel, ip, helo, env, dmarc='pass', p='NONE', extra_dkim=()):
    ar = gmail_ar([(dom, sel)] + list(extra_dkim), 'pass', env, ip, dmarc, dom, p)
    return gmail_trace(rc, when, dom, env, ip, helo, ar, [dkim(dom, sel, when)])

def mail_U1():
    rc = 'thabo.mokoena@gmail.com'
    cid = '5884881212'
    w = D(2025, 2, 10, 6, 44, 2)
    new = """Hello,

Thank you for contacting Amazon Selling Partner Support.

We've finished reviewing the listing issue you reported for ASIN B0CX7Q2L9M. The two duplicate detail pages have now been combined into one, and your offer appears on the surviving page. It may take up to 24 hours for the change to show on the Amazon website.

We'd love to hear about your experience. Was this response helpful? Let us know in Seller Central under Case Log.

Best regards,
Shreya
Amazon Selling Partner Support
https://sellercentral.amazon.co.za/cu/case-dashboard/view-case?caseID=%s""" % cid
    body = alt(new, to_html(new), 'utf-8', 'qp')
    env = ses_id(w)[1:-1]
    ip = ses_ip()
    ar = gmail_ar([('amazon.com', 'rte02'), ('amazonses.com', SES_SEL)], 'pass', env, ip, 'pass', 'amazon.com', 'QUARANTINE')
    tr = gmail_trace(rc, w, 'amazon.com', env, ip, 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:]), ar,
                     [dkim('amazon.com', 'rte02', w)])
    top = std_top(formataddr(('Selling Partner Support', 'seller-support-notification@amazon.com')), rc,
                  'RE:[CASE %s] Duplicate detail pages for my listing' % cid, w, ses_id(w))
    save('seller-central-case-pages-combined', finish(body, tr, top), 'unrelated', cid, new, True)

def mail_U2():
    opened = D(2025, 4, 14, 19, 5, 44)
    cid = cid15(opened)
    w = D(2025, 4, 15, 9, 12, 0)
    link = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % cid
    new = """Hello Marta,

Thank you for contacting AWS Billing and Accounts.

I have reviewed the charges you asked about on your April invoice. They come from an Elastic IP address that was left allocated in eu-central-1 after the associated instance was terminated. As this was unintended and is a first occurrence, I have applied a one-time courtesy credit of USD 14.88 to your account; it will be visible on the Credits page within 24 hours.

To avoid similar charges, you may want to release unused Elastic IP addresses and set up an AWS Budgets alert.

%s

Best regards,
Karim B.
Amazon Web Services""" % link
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(AWS_NOREPLY, MAR, 'RE:[CASE %s] Unexpected charges on April invoice' % cid, w, ses_id(w), [FEEDBACK()])
    save('billing-case-courtesy-credit', finish(body, aws_outlook(MAR, w), top), 'unrelated', cid, new, True)

def mail_U3():
    rc = 'daniel.okafor.dev@gmail.com'
    opened = D(2025, 6, 3, 14, 20, 30)
    cid = cid15(opened)
    w = D(2025, 6, 4, 1, 51, 9)
    link = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=en' % cid
    new = """Hello,

We're happy to let you know that the service quota increase request you submitted has been approved and is now in effect.

Service: Amazon Elastic Compute Cloud (Amazon EC2)
Region: US East (N. Virginia)
Quota name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New quota value: 64

The change has been completed. If you need anything else, reply through the Support Center:
%s

Best regards,
Amazon Web Services""" % link
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(AWS_NOREPLY, rc, 'RE:[CASE %s] Quota increase: EC2 On-Demand Standard instances' % cid, w, ses_id(w), [FEEDBACK()])
    save('quota-increase-approved-completed', finish(body, aws_gmail(rc, w), top), 'unrelated', cid, new, True)

def mail_U4():
    rc = 'conor.byrne@outlook.ie'
    w = D(2024, 11, 20, 17, 0, 12)
    new = """Hello Conor,

AWS Certification wants to hear from you!

As a valued member of the AWS Certified community, your feedback helps us shape future exams and benefits. Please take our short annual survey (about 8 minutes):

https://www.certmetrics.com/amazon/survey/annual2024?cid=AWS06684391

Your candidate ID AWS06684391 is used only to avoid duplicate responses.

Thank you,
AWS Certification

This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this e-mail."""
    body = alt(new, to_html(new), 'utf-8', 'qp')
    ip = '52.165.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
    ar = outlook_ar('pass', ip, 'certmetrics.com', 'pass', 'certmetrics.com', 'pass', 'none', 'certmetrics.com')
    tr = outlook_trace(rc, w, 'certmetrics.com', ip, 'mail%d.certmetrics.com' % R.randrange(1, 9), ar, [dkim('certmetrics.com', 'cm1', w)])
    top = std_top(formataddr(('AWS Certification', 'do-not-reply@certmetrics.com')), rc,
                  'AWS Certification wants to hear from you', w, '<%s@certmetrics.com>' % uuid.UUID(int=R.getrandbits(128)))
    save('certmetrics-wants-to-hear-from-you', finish(body, tr, top), 'unrelated', None, new, False, ids=['AWS06684391'])

def mail_U5():
    rc = 'aarav.shah91@gmail.com'
    w = D(2025, 12, 5, 11, 30, 40)
    new = """Dear Aarav Shah,

Thank you for scheduling your exam with Pearson VUE. Here are your appointment details:

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Candidate ID: AWS11893021
Registration ID: 482917335
Date: Saturday, December 20, 2025
Time: 10:00 AM India Standard Time
Delivery: OnVUE online proctored

Please check in 30 minutes before your appointment. Review the system requirements and run the system test before exam day.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Pearson VUE"""
    body = alt(new, to_html(new), 'utf-8', 'qp')
    ip = '159.182.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
    env = 'bounce@notifications.pearsonvue.com'
    tr = generic_gmail(rc, w, 'pearsonvue.com', 'pv2022', ip, 'mta%d.notifications.pearsonvue.com' % R.randrange(1, 9), env)
    top = std_top(formataddr(('Pearson VUE', 'pearsonvuecustomerservice@pearson.com')).replace('pearson.com', 'pearsonvue.com'), rc,
                  'Pearson VUE Confirmation of Booking', w, '<%s.%s@notifications.pearsonvue.com>' % (rhex(12), R.randrange(10000, 99999)))
    save('pearson-vue-booking-confirmation', finish(body, tr, top), 'unrelated', None, new, False, ids=['AWS11893021'])

def mail_U6():
    rc = 'piotr.wasik.cloud@gmail.com'
    w = D(2025, 5, 15, 12, 40, 3)
    new = """Merged #42 into main.

@kasia-dev merged commit 8f3c2e1 into cloudops-pl:main

feat(accounts): merge duplicate IAM Identity Center users into a single principal

—
Reply to this email directly, view it on GitHub:
https://github.com/cloudops-pl/landing-zone/pull/42#event-17788230411
You are receiving this because you authored the thread.

Message ID: <cloudops-pl/landing-zone/pull/42/issue_event/17788230411@github.com>"""
    body = alt(new, to_html(new), 'UTF-8', 'qp')
    ip = '192.30.252.%d' % R.randrange(190, 210)
    env = 'noreply@github.com'
    tr = generic_gmail(rc, w, 'github.com', 'pf2023', ip, 'out-%d.smtp.github.com' % R.randrange(20, 29), env, 'pass', 'REJECT')
    top = std_top('Katarzyna Nowak <notifications@github.com>', 'cloudops-pl/landing-zone <landing-zone@noreply.github.com>',
                  'Re: [cloudops-pl/landing-zone] feat(accounts): merge duplicate IAM Identity Center users (PR #42)', w,
                  '<cloudops-pl/landing-zone/pull/42/issue_event/17788230411@github.com>',
                  [('Cc', 'Piotr Wąsik <%s>, Author <author@noreply.github.com>' % rc),
                   ('In-Reply-To', '<cloudops-pl/landing-zone/pull/42@github.com>'),
                   ('References', '<cloudops-pl/landing-zone/pull/42@github.com>'),
                   ('List-ID', 'cloudops-pl/landing-zone <landing-zone.cloudops-pl.github.com>'),
                   ('X-GitHub-Reason', 'author')])
    # Cc contains non-ascii name -> encode
    top = [(k, v if k != 'Cc' else '=?utf-8?q?Piotr_W=C4=85sik?= <%s>, Author <author@noreply.github.com>' % rc) for k, v in top]
    save('github-pr-merged-into-main', finish(body, tr, top), 'unrelated', None, new, False)

def mail_U7():
    rc = 'marta.fischer@outlook.com'
    w = D(2025, 3, 26, 10, 14, 55)
    code = '%06d' % R.randrange(0, 999999)
    new = """Hi Marta,

We received a request to combine another Credly account (m.fischer@stud.tu-darmstadt.de) into this one.

Your verification code is: %s

Enter this code on the Account Settings page, or click Complete Account Merge below. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/account/merge/confirm?token=%s

If you didn't ask for this, you can ignore this e-mail; nothing will change.

The Credly Team""" % (code, rhex(40))
    body = alt(new, to_html(new), 'utf-8', 'qp')
    top = std_top(formataddr(('Credly', 'admin@credly.com')), rc, 'Your Credly account merge verification code', w, credly_msgid())
    save('credly-self-service-account-merge-code', finish(body, credly_outlook(rc, w), top), 'unrelated', None, new, True)

def mail_U8():
    rc = 'j.hoffmann@posteo.de'
    w = D(2022, 10, 3, 13, 0, 0)
    new = """Hi Jonas,

Heads up: your AWS Certified SysOps Administrator – Associate badge issued by Amazon Web Services Training and Certification expires in 60 days, on December 2, 2022.

To keep it current, follow the issuer's recertification requirements. Once you recertify, a new badge will be issued automatically.

View badge: %s

Credly, Inc. | 13 W 36th St, New York, NY 10018""" % badge_url()
    body = alt(new, to_html(new), 'utf-8', 'qp')
    ip = '149.72.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
    env = credly_env(rc)
    ar = 'mail.posteo.de; dkim=pass (2048-bit key) header.d=credly.com header.i=@credly.com header.b="%s";\n\tdmarc=pass (p=none dis=none) header.from=credly.com' % rb64(6)[:8]
    tr = [('Return-Path', '<%s>' % env), ('Delivered-To', rc),
          ('Received', 'from mx04.posteo.de (mx04.posteo.de [89.146.220.%d])\n\tby mail.posteo.de (Postfix) with ESMTPS id 4Mh%s\n\tfor <%s>; %s' % (
              R.randrange(1, 250), rhex(6).upper(), rc, rfc(w.astimezone(CEST)))),
          ('Authentication-Results', ar),
          ('Received', 'from o1.ptr5521.credly.com (o1.ptr5521.credly.com [%s])\n\tby mx04.posteo.de (Postfix) with ESMTPS id 4Mh%s\n\tfor <%s>; %s' % (
              ip, rhex(6).upper(), rc, rfc(w.astimezone(CEST)))),
          dkim('credly.com', 's1', w)]
    top = std_top(CREDLY_FROM, rc, 'Your badge expires in 60 days', w, credly_msgid())
    save('credly-badge-expires-in-60-days', finish(body, tr, top), 'unrelated', None, new, True)

def mail_U9():
    rc = 'sofia.ramirez.mx@yahoo.com'
    w = D(2025, 10, 14, 4, 27, 50)
    new = """Dear AWS customer,

We were unable to validate your payment information and your AWS account has been suspended. All running resources will be deleted in 24 hours.

To restore access, please update your billing details immediately:
https://aws-billing-restore.com/account/update?id=%s

AWS Billing Department
Amazon Web Services""" % rhex(20)
    body = leaf(new, 'plain', 'utf-8', '8bit')
    ip = '103.151.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
    env = 'info@mx.bestprice-deals.top'
    ar = ('atlas-production.v2.mail.yahoo.com;\n dkim=none;\n spf=softfail smtp.mailfrom=bestprice-deals.top;\n dmarc=fail(p=QUARANTINE) header.from=amazon.com;')
    tr = yahoo_trace(rc, w, env, ip, 'mx.bestprice-deals.top', ar)
    top = std_top('"Amazon Web Services" <billing@amazon.com>', rc, 'Your AWS account is suspended - update payment information', w,
                  '<%s@mx.bestprice-deals.top>' % rhex(20))
    save('phish-account-suspended-dmarc-fail', finish(body, tr, top), 'unrelated', None, new, False)

def mail_U10():
    rc = 'lan.nguyen.it@gmail.com'
    w = D(2025, 7, 15, 16, 0, 4)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#fafafa">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<h1 style="color:#232f3e;font-size:24px">What's new in AWS Training and Certification - July</h1>
<p>Hi Lan,</p>
<p><b>New exam:</b> AWS Certified AI Practitioner is now generally available. Registration is open through Pearson VUE.</p>
<p><b>Skill Builder:</b> 40 new digital courses and labs, including "Bringing Accounts Together with AWS Organizations" and a hands-on lab on consolidated billing.</p>
<p><b>Community:</b> Join the AWS Certified Global Community on LinkedIn for study groups in your region.</p>
<p><a href="https://aws.amazon.com/training/?trk=email_jul25">Explore what's new</a></p>
<p style="font-size:11px;color:#888">You are receiving this because you subscribed to AWS Training and Certification news. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a> &middot; Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109</p>
</td></tr></table></body></html>"""
    plain = """What's new in AWS Training and Certification - July

Hi Lan,

New exam: AWS Certified AI Practitioner is now generally available. Registration is open through Pearson VUE.

Skill Builder: 40 new digital courses and labs, including "Bringing Accounts Together with AWS Organizations" and a hands-on lab on consolidated billing.

Community: Join the AWS Certified Global Community on LinkedIn for study groups in your region.

Explore what's new: https://aws.amazon.com/training/?trk=email_jul25

You are receiving this because you subscribed to AWS Training and Certification news. Unsubscribe: https://pages.awscloud.com/communication-preferences"""
    body = alt(plain, html, 'utf-8', 'qp')
    ip = '199.15.212.%d' % R.randrange(1, 250)
    env = '%d-%s-%d.0@mktomail.amazon.com' % (R.randrange(100, 999), rhex(3).upper(), R.randrange(100000, 999999))
    ar = gmail_ar([('amazon.com', 'm1'), ('mktdns.com', 'm1')], 'pass', env, ip, 'pass', 'amazon.com', 'QUARANTINE')
    tr = gmail_trace(rc, w, 'amazon.com', env, ip, 'mail%d.mktomail.amazon.com' % R.randrange(100, 999), ar,
                     [dkim('amazon.com', 'm1', w), dkim('mktdns.com', 'm1', w)])
    top = std_top(formataddr(('AWS Training and Certification', 'aws-training@amazon.com')), rc,
                  "What's new in AWS Training and Certification - July", w,
                  '<%d.%s@mktomail.amazon.com>' % (R.randrange(10**8, 10**9), rhex(16)),
                  [('List-Unsubscribe', '<mailto:unsubscribe-%s@mktomail.amazon.com>' % rhex(12))])
    save('aws-tc-newsletter-july', finish(body, tr, top), 'unrelated', None, plain, True)

for f in (mail_U1, mail_U2, mail_U3, mail_U4, mail_U5, mail_U6, mail_U7, mail_U8, mail_U9, mail_U10):
    f()

# ==== END OF MAILS ====
write_labels()

import email, html
from email.header import decode_header, make_header
from email.utils import parsedate_to_datetime
D=OUT
L=json.load(open(os.path.join(D,'labels.json')))
files=sorted(f for f in os.listdir(D) if f.endswith('.eml'))
assert set(files)==set(L), set(files)^set(L)
from collections import Counter
print(Counter(v['kind'] for v in L.values()))
print(Counter(v['language'] for v in L.values()), Counter(str(v['sender_verified']) for v in L.values()))
ID2=re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)
for f in files:
    m=email.message_from_bytes(open(os.path.join(D,f),'rb').read())
    lab=L[f]
    sub=str(make_header(decode_header(m['Subject'])))
    txt=sub+'\n'
    for p in m.walk():
        if p.get_content_maintype()=='text':
            cs=p.get_content_charset() or 'us-ascii'
            t=p.get_payload(decode=True).decode(cs,'replace')
            if p.get_content_subtype()=='html': t=html.unescape(re.sub('<[^>]+>',' ',t))
            txt+=t+'\n'
    ids={'AWS'+x for x in ID2.findall(txt)}
    for i in lab['account_ids']:
        assert i in ids, (f,i)
    if lab['case_id']:
        assert lab['case_id'] in txt, (f, lab['case_id'])
        if len(lab['case_id'])==15:
            d=parsedate_to_datetime(m['Date']).timestamp()
            assert int(lab['case_id'][:10])<=d, (f,'case after date')
    ars=m.get_all('Authentication-Results') or []
    if not ars: assert lab['sender_verified'] is None, f
    extra=sorted(ids-set(lab['account_ids']))
    if 0: print(f"{f[:55]:55} {lab['kind'][:12]:12} {str(lab['case_id']):16} {str(lab['sender_verified']):5} {lab['language']} {lab['account_ids']} quoted-only:{extra} | {sub[:60]}")
print('all checks passed:', len(files), 'mails')
