#!/usr/bin/env python3
"""Generator for blind set 195: AWS Certification account-merge mailbox, non-native English agents."""
import os, json, random, base64, quopri, hashlib, uuid, re
import datetime as dt
from email.message import Message
from email.header import Header
from email.utils import format_datetime
from email.generator import BytesGenerator
import email.policy

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(195)
POLICY = email.policy.compat32.clone(max_line_length=0)

MAILS = []   # (filename, Message, label)

# ---------------------------------------------------------------- helpers
def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))

UTC = tz(0); PDT = tz(-7); PST = tz(-8); JST = tz(9); CET = tz(1); CEST = tz(2)
IST = tz(5, 30); EDT = tz(-4); BRT = tz(-3); KST = tz(9); WAT = tz(1); EET = tz(2)

def D(y, mo, d, h, mi, s=0, z=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=z)

def rfc(d):
    return format_datetime(d)

def pacific(d):
    y = d.year
    # DST: second Sunday of March .. first Sunday of November (approx. at 10:00 UTC)
    m = dt.datetime(y, 3, 8, 10, tzinfo=UTC); m += dt.timedelta(days=(6 - m.weekday()) % 7)
    n = dt.datetime(y, 11, 1, 9, tzinfo=UTC); n += dt.timedelta(days=(6 - n.weekday()) % 7)
    return d.astimezone(PDT if m <= d.astimezone(UTC) < n else PST)

def gdate(d):
    # gmail trace style date: Tue, 11 Mar 2025 02:14:27 -0700 (PDT)
    d = pacific(d)
    s = format_datetime(d)
    names = {-7: 'PDT', -8: 'PST', 0: 'UTC', 9: 'JST', 1: 'CET', 2: 'CEST'}
    off = int(d.utcoffset().total_seconds() // 3600)
    return s + (' (%s)' % names[off] if off in names else '')

def case15(opened, suffix=None):
    ts = int(opened.timestamp())
    if suffix is None:
        suffix = rnd.randint(100, 99999)
    return '%d%05d' % (ts, suffix)

def rhex(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))

def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rnd.choice(a) for _ in range(n))

def ruuid():
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))

def ses_id(d, region=None):
    ms = int(d.timestamp() * 1000) - rnd.randint(300, 4000)
    pre = '0100' if region is None else '0102'
    host = 'email.amazonses.com' if region is None else '%s.amazonses.com' % region
    local = '%s%012x-%s-000000' % (pre, ms, ruuid())
    return local, host

def dkim_sig(domain, selector, d, headers='From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID'):
    t = int(d.timestamp())
    b = rb64(342) + '='
    bh = rb64(43) + '='
    folded_b = '\n\t'.join([b[i:i + 70] for i in range(0, len(b), 70)])
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (selector, domain, t, headers, bh, folded_b))

AMZ_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
SES_SEL = '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw'

def ses_ip():
    return '54.240.%d.%d' % (rnd.choice([8, 9, 10, 11, 48]), rnd.randint(10, 250))

def norm_ids(text):
    return sorted(set('AWS' + m for m in re.findall(r'(?i)\baws[\s\-]?(\d{8})\b', text)))

# ---------------------------------------------------------------- body parts
CODEC = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8', 'us-ascii': 'ascii',
         'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252', 'euc-jp': 'euc_jp'}

def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', raw=None, ctype_fmt=None, codec=None):
    m = Message()
    b = raw if raw is not None else text.encode(codec or CODEC.get(charset.lower(), charset))
    if ctype_fmt:
        m['Content-Type'] = ctype_fmt % charset
    else:
        m['Content-Type'] = 'text/%s; charset=%s' % (subtype, charset if rnd.random() < 0.5 else '"%s"' % charset)
    m['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(b).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(b).decode('ascii')
    elif cte == '7bit':
        payload = b.decode('ascii')
    else:  # 8bit
        payload = b.decode('ascii', 'surrogateescape')
    m.set_payload(payload)
    return m

def multi(subtype, parts, boundary=None):
    m = Message()
    if boundary is None:
        boundary = '----=_Part_%d_%d.%d' % (rnd.randint(100000, 999999), rnd.randint(100000000, 999999999), rnd.randint(10**12, 2 * 10**12))
    m['Content-Type'] = 'multipart/%s; \n\tboundary="%s"' % (subtype, boundary)
    m.set_payload(list(parts))
    return m

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def html_inner(text):
    out, buf, quote = [], [], []
    def flush():
        if buf:
            out.append('<p>' + '<br>\n'.join(esc(x) for x in buf) + '</p>')
            buf.clear()
    def flushq():
        if quote:
            inner = '\n'.join(re.sub(r'^> ?', '', q) for q in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + html_inner(inner) + '</blockquote>')
            quote.clear()
    for line in text.split('\n'):
        if line.startswith('>'):
            flush(); quote.append(line)
            continue
        flushq()
        if line.strip() == '':
            flush()
        else:
            buf.append(line)
    flush(); flushq()
    return '\n'.join(out)

def to_html(text, font='Arial, sans-serif', charset='utf-8'):
    """Plain text -> simple HTML; lines starting with '>' become blockquotes."""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body><div style="font-family:%s;font-size:14px">\n%s\n</div></body></html>' % (charset, font, html_inner(text)))

# ---------------------------------------------------------------- quoting styles
def qlines(text, prefix='> '):
    return '\n'.join((prefix + l) if not l.startswith('>') else ('>' + (' ' if prefix == '> ' else '') + l) for l in text.split('\n'))

def gmail_quote(d, name, addr, text):
    dd = d.strftime('%a, %b %-d, %Y at %-I:%M %p')
    return 'On %s %s <%s> wrote:\n%s' % (dd, name, addr, qlines(text))

def outlook_quote(d, name, addr, to, subject, text):
    dd = d.strftime('%A, %B %-d, %Y %-I:%M %p')
    return ('________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (name, addr, dd, to, subject, text))

def orig_quote(d, name, addr, to, subject, text):
    dd = d.strftime('%A, %B %-d, %Y %-I:%M %p')
    return ('-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (name, addr, dd, to, subject, text))

WD_JA = '月火水木金土日'
def jp_quote(d, name, addr, text):
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:\n%s' % (d.year, d.month, d.day, WD_JA[d.weekday()], d.hour, d.minute, name, addr, qlines(text))

# ---------------------------------------------------------------- authentication results
def ar_gmail(from_dom, dkims, spf, mailfrom, ip, dmarc, policy='QUARANTINE'):
    items = []
    for dom, res in dkims:
        items.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, rhex(8) if dom not in ('amazon.com', 'amazonses.com') else (AMZ_SEL if dom == 'amazon.com' else SES_SEL), rb64(8)))
    sd = mailfrom.split('@')[-1]
    if spf == 'pass':
        items.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom))
    elif spf == 'softfail':
        items.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom))
    else:
        items.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, mailfrom, ip, mailfrom))
    if dmarc:
        items.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, policy, policy, 'NONE' if dmarc == 'pass' else ('QUARANTINE' if policy == 'QUARANTINE' else 'NONE'), from_dom))
    return 'mx.google.com;\n       ' + ';\n       '.join(items)

def ar_outlook(from_dom, ip, mailfrom_dom, dkim, dkim_d, dmarc, compauth='pass reason=100'):
    dk = 'dkim=pass (signature was verified)\n header.d=%s' % dkim_d if dkim == 'pass' else 'dkim=%s (%s)\n header.d=%s' % (dkim, 'signature did not verify' if dkim == 'fail' else 'no signature', dkim_d)
    spf = 'pass' if mailfrom_dom.endswith('amazonses.com') or dmarc == 'pass' else 'fail'
    return ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s action=%s\n header.from=%s;compauth=%s'
            % (spf, ip, mailfrom_dom, dk, dmarc, 'none' if dmarc == 'pass' else 'oreject', from_dom, compauth))

# ---------------------------------------------------------------- assembly
def assemble(hdrs, body):
    """hdrs: ordered list of (name, value). body: Message with content headers."""
    content = body._headers
    body._headers = list(hdrs) + [('MIME-Version', '1.0')] + content
    return body

def gmail_trace(to, d, src_host, src_ip, mailfrom, ar, arc=True):
    gid = rhex(4)
    h = [('Delivered-To', to),
         ('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), rb64(12).replace('/', 'x').replace('+', 'y'), gdate(d + dt.timedelta(seconds=2)))),
         ('X-Google-Smtp-Source', 'AGHT+I' + rb64(80)),
         ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s;\n        %s' % (rhex(4), rhex(3), rhex(4), rb64(12).replace('/', 'q'), gdate(d + dt.timedelta(seconds=1))))]
    if arc:
        h += [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(d.timestamp()), rb64(180))),
              ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s==' % (rb64(43), rb64(43), rb64(120))),
              ('ARC-Authentication-Results', 'i=1; ' + ar)]
    h += [('Return-Path', '<%s>' % mailfrom),
          ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
           % (src_host, src_host, src_ip, rb64(12).replace('/', 'b'), rnd.randint(1, 99), d.year, d.strftime('%m.%d'), to, gdate(d))),
          ('Received-SPF', '%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % ('pass', mailfrom, src_ip, src_ip) if 'spf=pass' in ar else 'fail (google.com: domain of %s does not designate %s as permitted sender) client-ip=%s;' % (mailfrom, src_ip, src_ip)),
          ('Authentication-Results', ar)]
    return h

def outlook_trace(to, d, src_host, src_ip, ar, tenant='namprd'):
    p1 = 'SA1PR%02dMB%04d' % (rnd.randint(10, 19), rnd.randint(1000, 9999))
    p2 = 'BN%dPEPF%08d' % (rnd.randint(1, 9), rnd.randint(100, 99999))
    return [('Received', 'from %s.%s%02d.prod.outlook.com (2603:10b6:806:%s::%d) by\n %s.%s%02d.prod.outlook.com with HTTPS; %s'
             % (p2, tenant, rnd.randint(1, 20), rhex(3), rnd.randint(10, 30), p1, tenant, rnd.randint(1, 20), rfc(d + dt.timedelta(seconds=3)))),
            ('Received', 'from %s.%s%02d.prod.outlook.com (2603:10b6:208:%s::%d)\n by %s.outlook.office365.com (2603:10b6:806:%s::%d) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d via Frontend Transport; %s'
             % (p1[:4] + 'CA' + rhex(4).upper(), tenant, rnd.randint(1, 20), rhex(3), rnd.randint(10, 30), p2, rhex(3), rnd.randint(10, 30), rnd.randint(8000, 8999), rnd.randint(10, 40), rfc(d + dt.timedelta(seconds=2)))),
            ('Authentication-Results', ar),
            ('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % ('email.amazonses.com' if 'amazonses' in src_host else src_host.split('.', 1)[1], src_ip, src_ip, src_host) if 'spf=pass' in ar else 'Fail (protection.outlook.com: domain of %s does not designate\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s;' % (src_host.split('.', 1)[1], src_ip, src_ip, src_host)),
            ('Received', 'from %s (%s) by\n %s.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s'
             % (src_host, src_ip, p2, rnd.randint(2, 250), rnd.randint(8000, 8999), rnd.randint(10, 40), rfc(d + dt.timedelta(seconds=1))))]

def ses_headers(d, fromh, to, subj, region=None, extra_dkim=True, msgid=None, ip=None):
    local, host = ses_id(d, region)
    h = [('DKIM-Signature', dkim_sig('amazon.com', AMZ_SEL, d))]
    if extra_dkim:
        h.append(('DKIM-Signature', dkim_sig('amazonses.com', SES_SEL, d, 'From:To:Subject:MIME-Version:Content-Type:Content-Transfer-Encoding:Date:Message-ID:Feedback-ID')))
    h += [('From', fromh), ('To', to), ('Subject', subj), ('Date', rfc(d)),
          ('Message-ID', '<%s@%s>' % (local, msgid or host))]
    tail = [('Feedback-ID', '::1.%s.%s=:AmazonSES' % (region or 'us-east-1', rb64(43))),
            ('X-SES-Outgoing', '%s-%s' % (d.strftime('%Y.%m.%d'), ip or '54.240.8.%d' % rnd.randint(10, 99)))]
    return local, host, h, tail

def add(fname, msg, kind, case_id, account_ids, sender_verified, language, new_text=None):
    MAILS.append((fname, msg, {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(account_ids)),
                               'sender_verified': sender_verified, 'language': language}, new_text))

AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'

def aws_mail(to, d, subj, body, trace='gmail', fromh=AWS_FORM, region=None, ar=None, to_hdr=None, extra_hdrs=()):
    """A genuine SES-sent amazon.com mail with passing DKIM/DMARC unless ar given."""
    ip = ses_ip()
    local, host, h, tail = ses_headers(d, fromh, to_hdr or to, subj, region, ip=ip)
    src_host = 'a%s.smtp-out.amazonses.com' % ip.split('.', 2)[2].replace('.', '-')
    mf = '%s@%s' % (local, 'amazonses.com')
    from_dom = 'amazon.com'
    if trace == 'gmail':
        ar = ar or ar_gmail(from_dom, [('amazon.com', 'pass'), ('amazonses.com', 'pass')], 'pass', mf, ip, 'pass')
        tr = gmail_trace(to, d + dt.timedelta(seconds=rnd.randint(1, 9)), src_host, ip, mf, ar)
    elif trace == 'outlook':
        ar = ar or ar_outlook(from_dom, ip, 'email.amazonses.com', 'pass', 'amazon.com', 'pass')
        tr = outlook_trace(to, d + dt.timedelta(seconds=rnd.randint(1, 9)), src_host, ip, ar)
    elif trace == 'none':
        tr = [('Return-Path', '<%s>' % mf),
              ('Received', 'from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (src_host, src_host, ip, to.split('@')[1], rhex(10).upper(), to, rfc(d + dt.timedelta(seconds=4))))]
    else:  # callable(trace)
        tr = trace(to, d + dt.timedelta(seconds=rnd.randint(1, 9)), src_host, ip, mf)
    return assemble(tr + h + list(extra_hdrs), body), tail

def finish(msg, tail):
    # append SES tail headers after the content headers (as SES does)
    msg._headers.extend(tail)
    return msg

def write_all():
    labels = {}
    for fname, msg, lab, _ in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fp:
            BytesGenerator(fp, mangle_from_=False, policy=POLICY).flatten(msg)
        labels[fname] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fp:
        json.dump(labels, fp, indent=2, ensure_ascii=False)
    # cross-check account ids against declared new text
    for fname, msg, lab, new in MAILS:
        if new is not None and norm_ids(new) != lab['account_ids']:
            print('ID MISMATCH', fname, norm_ids(new), lab['account_ids'])
    print('wrote', len(MAILS))


def generic_trace(to, d, src_host, src_ip, mailfrom, ar, by='mx.example.net', extra_top=()):
    h = list(extra_top) + [('Return-Path', '<%s>' % mailfrom)]
    if ar is not None:
        h.append(('Authentication-Results', ar))
    h.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
              % (src_host, src_host, src_ip, by, rhex(10).upper(), to, rfc(d))))
    return h

def credly_mail(to, d, subj, body, trace='gmail', from_name='Amazon Web Services Training and Certification via Credly',
                from_addr='admin@credly.com', dom='credly.com', ar=None):
    ip = '149.72.%d.%d' % (rnd.randint(100, 250), rnd.randint(2, 250))
    src_host = '%s.outbound-mail.sendgrid.net' % ''.join(rnd.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(8))
    mf = 'bounces+%d-%s-%s@em.%s' % (rnd.randint(1000000, 9999999), rhex(4), to.replace('@', '='), dom)
    h = [('DKIM-Signature', dkim_sig(dom, 's1', d, 'from:mime-version:subject:list-unsubscribe:content-type:to:cc:content-type:from:subject:to')),
         ('DKIM-Signature', dkim_sig('sendgrid.info', 'smtpapi', d, 'from:mime-version:subject:list-unsubscribe:content-type:to:cc:content-type:from:subject:to:feedback-id')),
         ('Date', rfc(d)), ('From', '%s <%s>' % (from_name, from_addr)), ('Mime-Version', '1.0'),
         ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', 'Q').replace('+', 'k'), rnd.randint(1, 40))),
         ('Subject', subj), ('To', to),
         ('List-Unsubscribe', '<https://www.credly.com/notification_preferences?t=%s>' % rhex(24)),
         ('X-SG-EID', rb64(60)), ('X-Entity-ID', rb64(22) + '==')]
    if trace == 'gmail':
        ar = ar or ar_gmail(dom, [(dom, 'pass'), ('sendgrid.info', 'pass')], 'pass', mf, ip, 'pass', 'REJECT')
        tr = gmail_trace(to, d + dt.timedelta(seconds=rnd.randint(1, 9)), src_host, ip, mf, ar)
    elif trace == 'outlook':
        ar = ar or ar_outlook(dom, ip, 'em.' + dom, 'pass', dom, 'pass')
        tr = outlook_trace(to, d + dt.timedelta(seconds=rnd.randint(1, 9)), src_host, ip, ar)
    elif trace == 'none':
        tr = generic_trace(to, d, src_host, ip, mf, None)
    else:
        tr = trace(to, d + dt.timedelta(seconds=rnd.randint(1, 9)), src_host, ip, mf)
    body._headers = tr + h + body._headers
    return body

FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
AWS_SIG_FOOTER = ('\n\nWe value your feedback. Please share your experience by rating this and other correspondences '
                  'in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right '
                  'corner of the correspondence.\n\nAmazon Web Services, Inc. is an affiliate of Amazon.com, Inc. '
                  'Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.')

# =====================================================================================
# Thread A: form case, Indian agent, Gmail user
A_open = D(2025, 3, 11, 9, 14, 27)
A_case = case15(A_open, 412)
A_user, A_name = 'chinedu.okafor.ng@gmail.com', 'Chinedu Okafor'
A_keep, A_old = 'AWS04418236', 'AWS09912870'
A_subj = 'RE:[CASE %s] %s' % (A_case, FORM_SUBJ)

# 001 case created (form acknowledgement)
d = A_open + dt.timedelta(seconds=41)
txt = f"""Hello,

Thank you for contacting AWS Training and Certification.

This is an automatic message to let you know that we have received your request. A case was created with the reference number {A_case}. One of our Customer Support Associates will review your inquiry and will reply you as soon as possible, usually within 24 hours.

To add more information to this request, simply reply to this email. Please keep the case reference in the subject line so your reply is attached to the same case.

Kindly do not submit the form again for the same request. Duplicate cases can delay our response.

Regards,
AWS Training and Certification Customer Support
https://aws.amazon.com/training/

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210."""
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(A_user, d, '[CASE %s] %s' % (A_case, FORM_SUBJ), body)
add('001-form-ack-case-received.eml', finish(msg, tail), 'case_created', A_case, [], True, 'en', txt)

# 002 agent asks for login e-mails (support_reply)
d = D(2025, 3, 12, 5, 40, 12)
form_text = f"""Inquiry type: Certification
Inquiry detail: Account Merge
Name: Chinedu Okafor
Email: {A_user}
AWS candidate ID: {A_keep}
Description: Hello, I have 2 certification accounts. The second one was made with my previous employer email and has candidate id {A_old}, I passed Developer Associate there. Please merge it into my main account. Thanks"""
new = f"""Hello Chinedu,

Greetings of the day!

Thank you for reaching out to AWS Training and Certification. My name is Ankit and I will be assisting you on this case.

I understood from your query that you are having two certification accounts and you want them to be merged into single one. I will surely help you with this.

To proceed further, kindly provide below details:
1. Login email address of both the accounts.
2. Notification email address of both the accounts (if it is different from login email).
3. Which account you would like to retain as primary account.

As per our record the candidate ID {A_keep} is linked with the email id from which you have contacted us. Kindly revert back with above information at the earliest so that we can process your request.

Request you to not raise new case for the same issue as it may delay the resolution.

Thanks and Regards,
Ankit S.
AWS Training and Certification Customer Support"""
txt = new + "\n\n---------- Original Message ----------\nFrom: " + A_user + "\nSent: " + rfc(A_open) + "\nSubject: " + FORM_SUBJ + "\n\n" + form_text
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='base64')])
msg, tail = aws_mail(A_user, d, A_subj, body)
add('002-agent-asks-login-emails.eml', finish(msg, tail), 'support_reply', A_case, [A_keep], True, 'en', new)
A_002 = new

# 003 agent asks confirmation (merge_confirmation_requested)
u_reply_d = D(2025, 3, 12, 10, 2, 55, tz(1))
u_reply = f"""Hi Ankit,

1. {A_keep} - login {A_user}
   {A_old} - login c.okafor@brightlane-tech.com
2. same as login for both
3. I want to keep the gmail one ({A_keep})

Thanks,
Chinedu

""" + gmail_quote(D(2025, 3, 12, 6, 40, 12, tz(1)), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', A_002)
d = D(2025, 3, 13, 6, 12, 40)
new = f"""Hello Chinedu,

Hope you are doing well.

Thank you for sharing the requested details. I have checked at my end and found below two accounts:

Account 1: AWS04418236 - Login: {A_user}
Account 2: AWS 09912870 - Login: c.okafor@brightlane-tech.com

As per your request, Account 2 (AWS09912870) will be merged in to Account 1 (AWS04418236) and Account 1 will be the surviving account. All the certifications, exam history and benefits from the Account 2 will be moved to the Account 1. After the merge you will not be able to login into Account 2.

Please note that once the merge is done, it can not be reversed.

Kindly reply to this email with your confirmation so that we can go ahead with the merge request.

Thanks and Regards,
Ankit S.
AWS Training and Certification Customer Support"""
txt = new + "\n\nOn 12-Mar-2025 09:02 UTC, " + A_user + " wrote:\n" + qlines(u_reply)
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(A_user, d, A_subj, body)
add('003-agent-asks-confirm-merge.eml', finish(msg, tail), 'merge_confirmation_requested', A_case, [A_keep, A_old], True, 'en', new)
A_003 = new

# 004 thanks for confirming, will proceed (support_reply)
u_conf = "The details are correct. Please proceed with the merge.\n\nChinedu\n\n" + gmail_quote(D(2025, 3, 13, 7, 12, 40, tz(1)), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', A_003)
d = D(2025, 3, 13, 14, 31, 5)
new = """Hello Chinedu,

Thank you for the confirmation.

I have forwarded your request to our internal team and we are now proceeding for merging of your accounts. Normally this process take 1 to 3 business days. You will be receiving an email from us once the merge will be completed, till then kindly do not schedule any new exam on any of the two accounts.

Appreciate your patience and co-operation.

Warm Regards,
Meera K.
AWS Training and Certification Customer Support"""
txt = new + "\n\nOn 13-Mar-2025 08:20 UTC, " + A_user + " wrote:\n" + qlines(u_conf)
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(A_user, d, A_subj, body)
add('004-thanks-for-confirming-proceeding.eml', finish(msg, tail), 'support_reply', A_case, [], True, 'en', new)

# 005 merge completed
d = D(2025, 3, 14, 10, 5, 33)
new = f"""Hello Chinedu,

Greetings!

I am glad to inform you that your accounts has been merged successfully. Now you can login with {A_user} and all of your certifications are showing under candidate ID {A_keep}.

Please allow 24 to 48 hours for the Credly badges to reflect on the email address of the surviving account. In case you do not receive the badges after this time, kindly let us know by replying on this same email.

If you have any other query, feel free to reach out. It was pleasure assisting you.

Thanks and Regards,
Ankit S.
AWS Training and Certification Customer Support"""
txt = new + "\n\nOn 13-Mar-2025 14:31 UTC, Amazon Web Services wrote:\n" + qlines("Hello Chinedu,\n\nThank you for the confirmation.\n\nI have forwarded your request to our internal team and we are now proceeding for merging of your accounts. [...]")
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(A_user, d, A_subj, body)
add('005-merge-done-successfully.eml', finish(msg, tail), 'merge_completed', A_case, [A_keep], True, 'en', new)

# 006 closure + survey (HTML only)
d = D(2025, 3, 14, 10, 6, 2)
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Case resolved</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px;background:#ffffff">
<p>Hello,</p>
<p>Your case <b>{A_case}</b> has been marked as resolved. If you need further help with this request, you can reply to the last email from our team within 14 days and the case will be reopened.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://survey.aws-tc.amazon.com/s/tc-support?caseId={A_case}&amp;resolved=yes" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://survey.aws-tc.amazon.com/s/tc-support?caseId={A_case}&amp;resolved=no" style="background:#d5dbdb;color:#000;padding:8px 20px;text-decoration:none">NO</a></p>
<p>It takes less than a minute and helps us to improve.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. This message was sent from a notification-only address that does not accept replies.</td></tr>
</table></body></html>"""
body = part(html, 'html', cte='quoted-printable')
msg, tail = aws_mail(A_user, d, 'Your case %s has been resolved' % A_case, body, fromh='"AWS Training and Certification" <no-reply-aws@amazon.com>')
add('006-case-resolved-was-issue-resolved.eml', finish(msg, tail), 'survey', A_case, [], True, 'en', re.sub('<[^>]+>', ' ', html))

# 007 Credly badge issued after merge
d = D(2025, 3, 15, 17, 22, 48)
txt = """Hi Chinedu,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer - Associate.

Accept your badge to share it on LinkedIn, add it to your email signature or to your resume, and let your professional network know about your achievement.

Accept your badge: https://www.credly.com/earner/earned/badge/8d1f2c3a-55b0-4b8e-9b7e-2f61c0a4e913

Questions? Visit our support site: https://support.credly.com

Credly, 2 Pennsylvania Plaza, 13th Floor, New York, NY 10121
Unsubscribe: https://www.credly.com/notification_preferences"""
html = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f7">
<table align="center" width="600" style="background:#fff"><tr><td style="padding:30px">
<img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" width="120" alt="AWS Certified Developer - Associate">
<h2 style="font-weight:normal">Hi Chinedu,</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge: <b>AWS Certified Developer - Associate</b>.</p>
<p>Accept your badge to share it on LinkedIn, add it to your email signature or to your resume, and let your professional network know about your achievement.</p>
<p><a href="https://www.credly.com/earner/earned/badge/8d1f2c3a-55b0-4b8e-9b7e-2f61c0a4e913" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, 2 Pennsylvania Plaza, 13th Floor, New York, NY 10121 &middot; <a href="https://www.credly.com/notification_preferences">Unsubscribe</a></p>
</td></tr></table></body></html>"""
body = multi('alternative', [part(txt, cte='7bit', charset='us-ascii'), part(html, 'html', cte='quoted-printable')],
             boundary=rhex(60))
msg = credly_mail(A_user, d, 'Amazon Web Services Training and Certification has issued you a new badge', body)
add('007-credly-developer-badge-issued.eml', msg, 'credly_badge_issued', None, [], True, 'en', txt)

# =====================================================================================
def jp_trace(provider):
    """Trace for Japanese providers. Returns a function(to, d, src_host, ip, mailfrom)."""
    def f(to, d, src_host, ip, mf, dmarc='pass', dkim_d='amazon.com', from_dom='amazon.com', spf='pass'):
        dj = d.astimezone(JST)
        if provider == 'yahoo':
            ar = ('mta%d.mail.kks.yahoo.co.jp  from=%s; domain=%s; dkim=pass (ok) header.d=%s;\n spf=%s smtp.mailfrom=%s; dmarc=%s (p=quarantine dis=none) header.from=%s'
                  % (rnd.randint(1000, 9999), from_dom, mf.split('@')[1], dkim_d, spf, mf.split('@')[1], dmarc, from_dom))
            return [('Received', 'from %s (%s [%s])\n by mta%d.mail.kks.yahoo.co.jp with ESMTPS; %s' % (src_host, src_host, ip, rnd.randint(1000, 9999), rfc(dj))),
                    ('X-YMailISG', rb64(60)),
                    ('X-YMail-JAS', rb64(40)),
                    ('Authentication-Results', ar),
                    ('Return-Path', '<%s>' % mf)]
        if provider == 'docomo':
            ar = 'mfsmax.docomo.ne.jp; spf=%s smtp.mailfrom=%s; dkim=pass header.d=%s; dmarc=%s header.from=%s' % (spf, mf.split('@')[1], dkim_d, dmarc, from_dom)
            return [('Return-Path', '<%s>' % mf),
                    ('Received', 'from mfsmax.docomo.ne.jp (md-mta%02d [10.160.8.%d])\n\tby mlmax.docomo.ne.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (rnd.randint(1, 20), rnd.randint(2, 200), rhex(10).upper(), to, rfc(dj + dt.timedelta(seconds=1)))),
                    ('Authentication-Results', ar),
                    ('Received', 'from %s (%s [%s])\n\tby mfsmax.docomo.ne.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (src_host, src_host, ip, rhex(10).upper(), to, rfc(dj)))]
        if provider == 'nifty':
            ar = 'mx.nifty.com;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=pass header.i=@%s;\n\tdmarc=%s header.from=%s' % (spf, mf.split('@')[1], dkim_d, dmarc, from_dom)
            return [('Return-Path', '<%s>' % mf),
                    ('Received', 'from mx%02d.nifty.com by dmail%02d.nifty.com with LMTP; %s' % (rnd.randint(1, 9), rnd.randint(1, 40), rfc(dj + dt.timedelta(seconds=1)))),
                    ('Authentication-Results', ar),
                    ('Received', 'from %s ([%s])\n\tby mx%02d.nifty.com with ESMTPS\n\tid %s for <%s>; %s' % (src_host, ip, rnd.randint(1, 9), rb64(20).replace('/', 'z'), to, rfc(dj)))]
        if provider == 'corp':  # company mail server running opendkim/opendmarc
            ar = ('mail.%s;\n\tdkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s;\n\tdkim=pass (1024-bit key) header.d=amazonses.com'
                  % (to.split('@')[1], dkim_d, dkim_d, AMZ_SEL, rb64(8)))
            return [('Return-Path', '<%s>' % mf),
                    ('Delivered-To', to),
                    ('Received', 'from mail.%s (localhost [127.0.0.1])\n\tby mail.%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (to.split('@')[1], to.split('@')[1], rhex(10).upper(), to, rfc(dj + dt.timedelta(seconds=2)))),
                    ('Authentication-Results', ar),
                    ('Received', 'from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (src_host, src_host, ip, to.split('@')[1], rhex(10).upper(), to, rfc(dj)))]
        raise ValueError(provider)
    return f

def jsubj(ascii_prefix, ja, charset='iso-2022-jp'):
    h = Header(ascii_prefix, 'us-ascii') if ascii_prefix else Header()
    h.append(ja, charset)
    return h.encode(maxlinelen=76)

# Thread B: console case opened in Japanese, Yahoo! JAPAN user, Japanese agent
B_open = D(2025, 5, 27, 14, 40, 3)       # 23:40 JST
B_case = case15(B_open, 2216)
B_user = 'yamamoto_yu1988@yahoo.co.jp'
B_keep, B_old = 'AWS02268419', 'AWS07731502'
B_title = 'AWS認定アカウントの統合について'
yj = jp_trace('yahoo')

# 008 case created, console, Japanese
d = B_open + dt.timedelta(seconds=12)
txt = f"""Amazon Web Services へのお問い合わせありがとうございます。

お客様の問題に対応するため、ケース {B_case} をオープンしました。

ケース ID: {B_case}
件名: {B_title}
重要度: 一般的なガイダンス
対応言語: 日本語

サポートセンターでケースの詳細を確認したり、返信を追加したりできます:
https://console.aws.amazon.com/support/home#/case/?displayId={B_case}&language=ja

※このメールは送信専用のアドレスから配信されています。このメールに返信されても対応できませんので、あらかじめご了承ください。

Amazon Web Services

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。"""
html = to_html(txt, 'Meiryo, sans-serif')
body = multi('alternative', [part(txt, charset='ISO-2022-JP', cte='7bit', codec='iso2022_jp'), part(html, 'html', cte='base64')])
msg, tail = aws_mail(B_user, d, jsubj('Amazon Web Services: ', '新しいサポートケースがオープンされました: ' + B_case), body, trace=yj, fromh=AWS_NOREPLY)
add('008-console-case-opened-ja.eml', finish(msg, tail), 'case_created', B_case, [], True, 'ja', txt)

# 009 confirmation request, Japanese keigo, Shift_JIS label with cp932-only characters (①②)
d = D(2025, 5, 28, 23, 2, 44)   # 8:02 JST next day+
new = f"""山本 様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

この度はアカウント統合のご依頼をいただき、ありがとうございます。お客様よりいただいた情報をもとに確認いたしましたところ、下記 2 つの認定アカウントが確認できました。

① 統合元（統合後にご利用いただけなくなるアカウント）: AWS{B_old[3:]}（ログイン: y.yamamoto@tsubasa-sier.co.jp）
② 統合先（存続するアカウント）: {B_keep}（ログイン: {B_user}）

統合を実施いたしますと、①のアカウントに紐づく認定資格、受験履歴、特典（次回受験 50% 割引バウチャー等）はすべて②のアカウントへ移行され、①のアカウントにはログインできなくなります。なお、統合後に元に戻すことはできませんので、あらかじめご了承くださいませ。

上記の内容にお間違いがなければ、サポートセンターより「上記の内容で統合を進めてください」とご返信いただけますでしょうか。お客様のご確認をいただき次第、統合作業を開始いたします。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。

佐藤
Amazon Web Services

ケースの詳細: https://console.aws.amazon.com/support/home#/case/?displayId={B_case}&language=ja

この対応に関するご意見をお聞かせください。サポートセンターの各対応の右上にある星を選択して評価いただけます。"""
body = part(new, charset='Shift_JIS', cte='base64', codec='cp932', ctype_fmt='text/plain; charset=%s')
msg, tail = aws_mail(B_user, d, jsubj('RE:[CASE %s] ' % B_case, B_title), body, trace=yj, fromh=AWS_NOREPLY)
add('009-ja-confirm-merge-request-sjis.eml', finish(msg, tail), 'merge_confirmation_requested', B_case, [B_keep, B_old], True, 'ja', new)

# 010 merge completed, Japanese, ISO-2022-JP base64, quoted customer reply in JP style
d = D(2025, 5, 30, 2, 15, 9)
cust = "佐藤様\n\nご確認ありがとうございます。上記の内容で統合を進めてください。\nよろしくお願いいたします。\n\n山本"
new = f"""山本 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。
今後は {B_keep} のアカウント（ログイン: {B_user}）にて、すべての認定資格および受験履歴をご確認いただけます。

Credly のデジタルバッジにつきましては、反映までに 1〜2 営業日ほどお時間を頂戴する場合がございます。恐れ入りますが、しばらくお待ちくださいますようお願い申し上げます。

その他ご不明な点がございましたら、お気軽にお問い合わせくださいませ。
今後とも Amazon Web Services をよろしくお願い申し上げます。

佐藤
Amazon Web Services"""
txt = new + "\n\n" + jp_quote(dt.datetime(2025, 5, 29, 8, 2, tzinfo=JST), '山本 悠', B_user, cust)
body = part(txt, charset='ISO-2022-JP', cte='base64', codec='iso2022_jp')
msg, tail = aws_mail(B_user, d, jsubj('RE:[CASE %s] ' % B_case, B_title), body, trace=yj, fromh=AWS_NOREPLY)
add('010-ja-merge-completed-iso2022jp.eml', finish(msg, tail), 'merge_completed', B_case, [B_keep], True, 'ja', new)

# 011 survey, Japanese, HTML only
d = D(2025, 6, 2, 3, 0, 41)
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>お客様</p>
<p>AWS サポートをご利用いただきありがとうございます。ケース <b>{B_case}</b>「{B_title}」はクローズされました。</p>
<p>今回のサポートについて、ご意見をお聞かせください。</p>
<p><b>問題は解決しましたか？</b><br>
<a href="https://console.aws.amazon.com/support/feedback?displayId={B_case}&amp;answer=yes&amp;language=ja">はい</a> ／
<a href="https://console.aws.amazon.com/support/feedback?displayId={B_case}&amp;answer=no&amp;language=ja">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください:
<a href="https://console.aws.amazon.com/support/feedback?displayId={B_case}&amp;rating=1">1</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={B_case}&amp;rating=2">2</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={B_case}&amp;rating=3">3</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={B_case}&amp;rating=4">4</a>
<a href="https://console.aws.amazon.com/support/feedback?displayId={B_case}&amp;rating=5">5</a></p>
<p>ケースを再度オープンする必要がある場合は、サポートセンターから返信してください。</p>
<p>Amazon Web Services</p>
<p style="font-size:11px;color:#888">このメールは送信専用アドレスから送信されています。</p>
</body></html>"""
body = part(html, 'html', cte='quoted-printable', charset='UTF-8')
msg, tail = aws_mail(B_user, d, jsubj('', 'ケース %s がクローズされました - ご意見をお聞かせください' % B_case, 'utf-8'), body, trace=yj, fromh=AWS_NOREPLY)
add('011-ja-case-closed-survey.eml', finish(msg, tail), 'survey', B_case, [], True, 'ja', re.sub('<[^>]+>', ' ', html))

# =====================================================================================
# Thread C: console case 2022 (11-digit id), Outlook.com user, Costa Rican agent
C_case = '10387462911'
C_user, C_first = 'mariam.haddad@outlook.com', 'Mariam'
C_keep, C_old = 'AWS55102938', 'AWS61723084'
C_title = 'Merge two certification accounts'

# 012 console case opened
d = D(2022, 8, 16, 15, 22, 51)
txt = f"""Thank you for contacting Amazon Web Services. We have opened case {C_case} to address your issue.

The details of your case are as follows:

Case ID: {C_case}
Subject: {C_title}
Severity: General guidance
Correspondence: Hello, I have two AWS certification accounts, one made with my personal email and one with my company email from before. I would like to have only one account with all my certifications. Can you help please?

Thank you,
Mariam

We will respond to your case as soon as possible. To view or update your case, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C_case}%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates."""
body = multi('alternative', [part(txt, cte='7bit', charset='UTF-8'), part(to_html(txt), 'html', cte='quoted-printable', charset='UTF-8')])
msg, tail = aws_mail(C_user, d, 'Amazon Web Services: You have opened a new Support case: %s' % C_case, body, trace='outlook', fromh=AWS_NOREPLY)
add('012-console-new-support-case-2022.eml', finish(msg, tail), 'case_created', C_case, [], True, 'en', txt)

# 013 new correspondence notice
d = D(2022, 8, 17, 19, 4, 18)
txt = f"""Hello,

We've updated your AWS Support case {C_case}. To view the new correspondence and reply, please sign in to the Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId={C_case}%26language=en

Case ID: {C_case}
Subject: {C_title}

This e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services"""
body = part(txt, cte='7bit', charset='UTF-8')
msg, tail = aws_mail(C_user, d, '[Case %s] New correspondence added' % C_case, body, trace='outlook', fromh=AWS_NOREPLY)
add('013-new-correspondence-added-notice.eml', finish(msg, tail), 'support_reply', C_case, [], True, 'en', txt)

# 014 confirmation request, Spanish-influenced English
d = D(2022, 8, 17, 19, 3, 55)
new = f"""Hello {C_first},

I hope this email finds you very well. My name is Andrés and I will be in charge of your case.

I have been reviewing the information that you provided us and I was able to locate both of the accounts that are associated to your person:

- Candidate ID AWS55102938, registered with the email {C_user}
- Candidate ID aws61723084, registered with the email mhaddad@nordvale-consulting.eu

According to what you indicated, the account that will remain actively is AWS55102938, and the account of your old company will be fusioned inside of it. With this process all the certifications, the transcript and the benefits will pass to the account that remains. It is important to mention that this process is not reversible, once it is realized we cannot return back the accounts to how they were before.

For this reason, I need that you confirm me by this same via that the information is correct and that you agree that we proceed with the unification.

I stay attentive to your answer.

Kind regards,

Andrés V.
Amazon Web Services"""
txt = new + AWS_SIG_FOOTER
body = multi('alternative', [part(txt, cte='quoted-printable', charset='UTF-8'), part(to_html(txt), 'html', cte='quoted-printable', charset='UTF-8')])
msg, tail = aws_mail(C_user, d, 'RE:[CASE %s] %s' % (C_case, C_title), body, trace='outlook', fromh=AWS_NOREPLY)
add('014-es-agent-asks-confirm-unification.eml', finish(msg, tail), 'merge_confirmation_requested', C_case, [C_keep, C_old], True, 'en', new)

# 015 merge completed + agent closes the case in the same message
d = D(2022, 8, 19, 16, 47, 30)
new = f"""Hello {C_first},

I hope you are having a nice day.

I am writing you to inform that the unification of the accounts was realized with success. From now on you can enter with the email {C_user} and you will find all your certifications in only one account (AWS55102938). The old account of your company was deactivated as part of the process.

Since your request was completed, I will proceed to close this case. If you need anything else, do not hesitate in contact us again, it will be a pleasure to help you.

Have a wonderful rest of the week!

Kind regards,

Andrés V.
Amazon Web Services"""
txt = new + AWS_SIG_FOOTER
body = multi('alternative', [part(txt, cte='quoted-printable', charset='UTF-8'), part(to_html(txt), 'html', cte='quoted-printable', charset='UTF-8')])
msg, tail = aws_mail(C_user, d, 'RE:[CASE %s] %s' % (C_case, C_title), body, trace='outlook', fromh=AWS_NOREPLY)
add('015-es-agent-unification-realized-closing.eml', finish(msg, tail), 'merge_completed', C_case, [C_keep], True, 'en', new)

# =====================================================================================
# Thread D: 2019 form case (10-digit id), self-hosted mailbox without Authentication-Results, Filipino agent
D_case = '6180934521'
D_user = 'rsantos@santos-family.net'
D_keep, D_old = 'AWS00981276', 'AWS00477315'
D_subj = '[CASE %s] [AWS Training and Certification Form Submission] - certification' % D_case

# 016 case created (2019, plain text only, no auth results)
d = D(2019, 10, 7, 2, 31, 16)
txt = f"""Hello,

Thank you for contacting AWS Training and Certification. Your inquiry has been received and assigned case ID {D_case}.

A member of our team will get back to you within 1 business day. If you need to add details to your inquiry, please reply to this email without changing the subject line.

Sincerely,
AWS Training and Certification"""
body = part(txt, charset='us-ascii', cte='7bit')
msg, tail = aws_mail(D_user, d, D_subj, body, trace='none', fromh=AWS_FORM)
add('016-2019-form-inquiry-received-noauth.eml', finish(msg, tail), 'case_created', D_case, [], None, 'en', txt)

# 017 merge completed 2019, Filipino agent, Outlook-style original message below
d = D(2019, 10, 9, 6, 12, 3)
prev_agent = f"""Hi Ramon,

Thank you for the information. To confirm, we will merge AWS00477315 (rsantos.ph@yahoo.com) into AWS00981276 ({D_user}). Kindly reply with "I confirm" so we can process.

Regards,
Jessa"""
cust = "I confirm. Please proceed.\n\nRamon Santos\n\n" + orig_quote(D(2019, 10, 8, 9, 40, z=tz(8)), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', D_user, 'RE: ' + D_subj, prev_agent)
new = f"""Hi Ramon,

Good day!

We are pleased to inform you that your two certification accounts have now been consolidated into one. You may now log in to your certification account using {D_user}, and your candidate ID moving forward is AWS00981276. All your previous exam records and certifications are already reflected there.

Should you have further concerns, please do not hesitate to contact us.

Thank you and have a great day ahead!

Jessa M.
AWS Training and Certification"""
txt = new + "\n\n-----Original Message-----\nFrom: Ramon Santos <" + D_user + ">\nSent: Tuesday, October 8, 2019 10:05 AM\nTo: aws-cs-trainingcertification-form@amazon.com\nSubject: RE: " + D_subj + "\n\n" + cust
body = part(txt, charset='us-ascii', cte='7bit')
msg, tail = aws_mail(D_user, d, 'RE:' + D_subj, body, trace='none', fromh=AWS_FORM)
add('017-2019-accounts-consolidated-noauth.eml', finish(msg, tail), 'merge_completed', D_case, [D_keep], None, 'en', new)

# =====================================================================================
# Thread E: form case Nov 2024, Vietnamese agents, Gmail user
E_open = D(2024, 11, 14, 3, 51, 22)
E_case = case15(E_open, 17)
E_user = 'piotr.kowalczyk.dev@gmail.com'
E_keep, E_old = 'AWS31840257', 'AWS31840916'
E_subj = 'RE:[CASE %s] %s' % (E_case, FORM_SUBJ)
AGENT_ADDR = 'aws-cs-trainingcertification-form@amazon.com'

# 018 asks which account to keep (support_reply) with "once the merge is complete"
d = D(2024, 11, 15, 2, 18, 40)
new = f"""Dear Mr. Kowalczyk,

Thank you for contact AWS Training and Certification support.

We have received your request about merge certification accounts. We found 2 account relate to your name: {E_keep} and AWS {E_old[3:]}. Before we proceed, please kindly let us know which account you want to keep as main account and which email you want use for login after merge.

Once the merge is complete, we will send you confirmation email and your Credly badges will be transfer to email of main account.

Thank you for your cooperation.

Best regards,
Thu Ha
AWS Training and Certification"""
form = f"""Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: {E_keep}
Description: Hi, I have accidentally created second certification account when I booked my SAA exam. Please merge. Piotr"""
txt = new + "\n\n> " + "\n> ".join(form.split("\n"))
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(E_user, d, E_subj, body)
add('018-vn-agent-which-account-to-keep.eml', finish(msg, tail), 'support_reply', E_case, [E_keep, E_old], True, 'en', new)
E_018 = new

# 019 confirmation request
d = D(2024, 11, 16, 4, 2, 11)
u = f"""Hello Thu Ha,

Please keep {E_keep} (piotr.kowalczyk.dev@gmail.com). The other one can be removed.

Regards
Piotr

""" + gmail_quote(D(2024, 11, 15, 3, 18, 40, CET), 'Amazon Web Services', AGENT_ADDR, E_018)
new = f"""Dear Mr. Kowalczyk,

Thank you for your reply.

Please help confirm the information below is correct:

- Account to be merged (will be deactivate after merge): AWS31840916
- Account to be kept (primary): AWS31840257
- Login email after merge: {E_user}

All certification and exam history of account AWS31840916 will be move to account AWS31840257. Please be noted this action can not undo after we perform it.

If all information is correct, please reply "I confirm" to this email so we can submit your request to our team.

Best regards,
Van Minh
AWS Training and Certification"""
txt = new + "\n\n" + gmail_quote(D(2024, 11, 15, 21, 7, 2, CET), 'Piotr Kowalczyk', E_user, u)
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(E_user, d, E_subj, body)
add('019-vn-agent-please-help-confirm.eml', finish(msg, tail), 'merge_confirmation_requested', E_case, [E_keep, E_old], True, 'en', new)
E_019 = new

# 020 chaser (support_reply); the quoted mail below is the confirmation request
d = D(2024, 11, 21, 5, 30, 0)
new = """Dear Mr. Kowalczyk,

We are following up about your case. We still not receive your response for our previous email. Kindly reply us at your earliest convenience so we can continue handle your request.

If we do not hear from you within 3 business days, this case will be closed automatically. You can always reply this email to reopen it.

Best regards,
Van Minh
AWS Training and Certification"""
txt = new + "\n\n---- On Sat, 16 Nov 2024 04:02:11 +0000 Amazon Web Services <" + AGENT_ADDR + "> wrote ----\n\n" + qlines(E_019)
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(E_user, d, E_subj, body)
add('020-vn-agent-chaser-no-response.eml', finish(msg, tail), 'support_reply', E_case, [], True, 'en', new)

# 021 merge completed
d = D(2024, 11, 26, 9, 44, 57)
cust = "I confirm.\nSorry for late answer, I was on holiday.\n\nPiotr"
new = f"""Dear Mr. Kowalczyk,

Good day to you.

We would like to inform that your accounts merging has been finished. Now account {E_keep} is having all of your certification from both account, and you can sign in with {E_user} as usual. The account AWS31840916 is no longer active.

Please allow 1-2 days for your badges appear in Credly. If any problem, just reply this email.

Wish you a nice day!

Best regards,
Thu Ha
AWS Training and Certification"""
txt = new + "\n\n" + gmail_quote(D(2024, 11, 25, 18, 12, 40, CET), 'Piotr Kowalczyk', E_user, cust)
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(E_user, d, E_subj, body)
add('021-vn-agent-merging-has-been-finished.eml', finish(msg, tail), 'merge_completed', E_case, [E_keep, E_old], True, 'en', new)

# =====================================================================================
# Thread F: form case Jan 2025, German agent, Microsoft 365 company mailbox
F_open = D(2025, 1, 20, 8, 5, 44)
F_case = case15(F_open, 3390)
F_user = 'julia.becker@hartmann-logistik.de'
F_keep, F_old = 'AWS27731845', 'AWS27730196'
F_subj = 'RE: [CASE %s] %s' % (F_case, FORM_SUBJ)

# 022 confirmation request, German-influenced formal English, ids with hyphen
d = D(2025, 1, 21, 10, 13, 27)
new = f"""Dear Mrs. Becker,

thank you very much for your inquiry and for the provided informations.

We have checked both certification accounts which are registered on your name. Hereby we kindly ask you for the confirmation of the following account merge:

Source account (will be closed after the merge): AWS-27730196, login: julia.becker@gmx.de
Target account (remains existing): AWS-27731845, login: {F_user}

All certifications, the exam history and the exam benefits of the source account will be transferred into the target account. Please note, that a merge can not be made undone afterwards.

We ask you to answer to this e-mail with your explicit consent. Only after we have received it, we can start with the processing.

With kind regards

Stefan W.
AWS Training and Certification Customer Support"""
txt = new
body = multi('alternative', [part(txt, cte='quoted-printable', charset='iso-8859-1'), part(to_html(txt, charset='iso-8859-1'), 'html', cte='quoted-printable', charset='iso-8859-1')])
msg, tail = aws_mail(F_user, d, F_subj, body, trace='outlook')
add('022-de-agent-asks-explicit-consent.eml', finish(msg, tail), 'merge_confirmation_requested', F_case, [F_keep, F_old], True, 'en', new)

# 023 closure notice with resolution summary (survey) - also says the merge was done
d = D(2025, 1, 23, 15, 2, 9)
txt = f"""Hello,

We are closing your case {F_case} because our team has resolved your request.

Resolution summary: Your certification accounts were merged as requested. Please sign in to your remaining account to verify your certifications.

How would you rate the support you received?
Excellent: https://survey.aws-tc.amazon.com/r?c={F_case}&s=5
Good: https://survey.aws-tc.amazon.com/r?c={F_case}&s=4
Average: https://survey.aws-tc.amazon.com/r?c={F_case}&s=3
Poor: https://survey.aws-tc.amazon.com/r?c={F_case}&s=2
Very poor: https://survey.aws-tc.amazon.com/r?c={F_case}&s=1

Your feedback helps us to improve AWS Training and Certification support.

Thank you,
AWS Training and Certification"""
body = multi('alternative', [part(txt, cte='7bit', charset='us-ascii'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(F_user, d, 'We have closed your case %s - tell us how we did' % F_case, body, trace='outlook', fromh='"AWS Training and Certification" <no-reply-aws@amazon.com>')
add('023-closure-notice-rate-support-merged.eml', finish(msg, tail), 'survey', F_case, [], True, 'en', txt)

# =====================================================================================
def proton_trace(to, d, src_host, ip, mf, dmarc='pass', from_dom='amazon.com', dkim='pass', dkim_d='amazon.com'):
    return [('Return-Path', '<%s>' % mf),
            ('X-Original-To', to),
            ('Delivered-To', to),
            ('Authentication-Results', 'mail.protonmail.ch; dmarc=%s (p=quarantine dis=none)\n header.from=%s' % (dmarc, from_dom)),
            ('Authentication-Results', 'mail.protonmail.ch; spf=pass smtp.mailfrom=%s' % mf.split('@')[1]),
            ('Authentication-Results', 'mail.protonmail.ch; arc=none smtp.remote-ip=%s' % ip),
            ('Authentication-Results', 'mail.protonmail.ch; dkim=%s (2048-bit key)\n header.d=%s header.i=@%s header.b="%s"' % (dkim, dkim_d, dkim_d, rb64(8))),
            ('Received', 'from %s (%s [%s]) (using TLSv1.3 with cipher\n TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits)\n server-digest SHA256) (No client certificate requested) by mailin%03d.protonmail.ch (Postfix)\n with ESMTPS id 4%s for <%s>; %s' % (src_host, src_host, ip, rnd.randint(1, 60), rb64(12).replace('/', 'x').replace('+', 'p'), to, rfc(d)))]

# Thread G: console case Aug 2024, Nigerian agents, Proton user
G_open = D(2024, 8, 5, 13, 9, 58)
G_case = case15(G_open, 60214)
G_user = 'tolu.adeyemi@proton.me'
G_keep, G_old = 'AWS83302417', 'AWS83302471'
G_title = 'Two certification profiles - merge request'

# 024 status update (support_reply)
d = D(2024, 8, 8, 11, 26, 3)
new = f"""Dear Adeyemi,

Compliments of the day.

Please be informed that your request has been escalated to the concerned team and it is still in progress. We sincerely apologise for the delay occasioned by the high volume of requests we are presently handling.

Kindly exercise patience with us, rest assured that we are on top of it and you will be duly notified as soon as the process is concluded. There is no need to open another case for this same request.

Do have a lovely day.

Best regards,
Oluwaseun A.
Amazon Web Services"""
txt = new + AWS_SIG_FOOTER
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(G_user, d, 'RE:[CASE %s] %s' % (G_case, G_title), body, trace=proton_trace, fromh=AWS_NOREPLY)
add('024-ng-agent-escalated-kindly-exercise-patience.eml', finish(msg, tail), 'support_reply', G_case, [], True, 'en', new)

# 025 merge completed, Nigerian English, no 'merge' word
d = D(2024, 8, 9, 15, 40, 44)
new = f"""Dear Adeyemi,

Trust this mail finds you well.

We wish to notify you that the consolidation of your two certification profiles has been effected successfully. All your certifications and exam records now reside on candidate ID AWS {G_keep[3:]}, while the former profile (AWS{G_old[3:]}) has been deactivated accordingly.

You may now sign in with your preferred e-mail address to confirm same. Should you observe any discrepancy, do not hesitate to revert.

Thank you for your understanding all through.

Warm regards,
Chiamaka O.
Amazon Web Services"""
txt = new + AWS_SIG_FOOTER
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(G_user, d, 'RE:[CASE %s] %s' % (G_case, G_title), body, trace=proton_trace, fromh=AWS_NOREPLY)
add('025-ng-agent-consolidation-effected.eml', finish(msg, tail), 'merge_completed', G_case, [G_keep, G_old], True, 'en', new)

# =====================================================================================
# Thread H: form case Jun 2025, Chinese agent, Gmail user, HTML-only mails
H_open = D(2025, 6, 10, 1, 33, 7)
H_case = case15(H_open, 88)
H_user = 'liang.zhiwei.cloud@gmail.com'
H_keep, H_old = 'AWS40020518', 'AWS40020573'
H_subj = 'RE:[CASE %s] %s' % (H_case, FORM_SUBJ)

# 026 confirmation request, Chinese-English, "combine"
d = D(2025, 6, 11, 3, 15, 40)
new = f"""Dear Zhiwei,

Thanks for your patient waiting.

According to your description, you want to combine the account AWS40020573 to account AWS40020518. Please kindly to double check below information:

Account will be combined (after combine it will be invalid): AWS40020573 / zhiwei.liang@cn-partnertech.com
Account will be kept: AWS40020518 / {H_user}

After combine, the exam records and certifications in AWS40020573 will all transfer to AWS40020518, and the account AWS40020573 can not recover any more. So please reply "Yes, I agree" to confirm, then we will arrange it for you as soon as possible.

If there is anything not correct, please also tell us.

Best Regards,
Wang Lei
AWS Training and Certification Customer Service"""
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Microsoft YaHei',Arial,sans-serif;font-size:14px">
<p>Dear Zhiwei,</p>
<p>Thanks for your patient waiting.</p>
<p>According to your description, you want to combine the account AWS40020573 to account AWS40020518. Please kindly to double check below information:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Account will be combined (after combine it will be invalid)</th><td>AWS40020573</td><td>zhiwei.liang@cn-partnertech.com</td></tr>
<tr><th>Account will be kept</th><td>AWS40020518</td><td>{H_user}</td></tr>
</table>
<p>After combine, the exam records and certifications in AWS40020573 will all transfer to AWS40020518, and the account AWS40020573 can not recover any more. So please reply &quot;Yes, I agree&quot; to confirm, then we will arrange it for you as soon as possible.</p>
<p>If there is anything not correct, please also tell us.</p>
<p>Best Regards,<br>Wang Lei<br>AWS Training and Certification Customer Service</p>
</div></body></html>"""
body = part(html, 'html', cte='base64')
msg, tail = aws_mail(H_user, d, H_subj, body)
add('026-cn-agent-combine-accounts-html-only.eml', finish(msg, tail), 'merge_confirmation_requested', H_case, [H_keep, H_old], True, 'en', new)

# 027 support_reply answering a question about the exam voucher (not the merge)
d = D(2025, 6, 16, 7, 48, 2)
cust = "Hi Wang Lei,\n\nThank you, I see all my certifications now. One more question: I had a 50% discount voucher from my SAA exam on the old account. Is it still available?\n\nThanks\nZhiwei"
new = f"""Dear Zhiwei,

Thanks for your reply.

About your question of the 50% discount voucher, I have checked in our system, the voucher from your previous exam is now showing in the Benefits page of account AWS40020518. It is valid until 2026-02-11. Please notice the voucher can only be used one time and can not be transfer to other person.

Hope this information is helpful for you. If you have other question please feel free to contact us.

Best Regards,
Wang Lei
AWS Training and Certification Customer Service"""
txt = new + "\n\n" + gmail_quote(D(2025, 6, 15, 22, 10, 0, tz(8)), 'Zhiwei Liang', H_user, cust)
html = to_html(txt, "'Microsoft YaHei',Arial,sans-serif")
body = part(html, 'html', cte='quoted-printable')
msg, tail = aws_mail(H_user, d, H_subj, body)
add('027-cn-agent-answers-voucher-question.eml', finish(msg, tail), 'support_reply', H_case, [H_keep], True, 'en', new)

# =====================================================================================
# Thread I: form case 2023 (11-digit id), Polish agent, user at @nifty (English)
I_case = '13592840671'
I_user = 'd.mueller-sato@nifty.com'
I_keep, I_old = 'AWS71550342', 'AWS71550899'
I_subj = '[CASE %s] %s' % (I_case, FORM_SUBJ)
nif = jp_trace('nifty')

# 028 case created: acknowledgement that echoes the submitted form (contains a candidate id)
d = D(2023, 4, 3, 0, 12, 35)
txt = f"""Hello,

Thank you for your submission. We have created case {I_case} for your inquiry and our team will contact you soon, in most cases within one business day.

Summary of your submission:
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: {I_keep}
Preferred language: English

Please do not reply with sensitive information such as passwords or credit card numbers.

Thank you,
AWS Training and Certification"""
body = multi('alternative', [part(txt, cte='7bit', charset='us-ascii'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(I_user, d, I_subj, body, trace=nif)
add('028-2023-form-submission-summary-ack.eml', finish(msg, tail), 'case_created', I_case, [I_keep], True, 'en', txt)

# 029 confirmation request, Polish-English
d = D(2023, 4, 4, 7, 55, 12)
new = f"""Good morning,

I am writing regarding your request for merging of accounts. I have found two accounts on your name:

1) AWS71550342 - login {I_user}
2) AWS71550899 - login daniel.mueller@tu-dresden.de (the university account)

The account AWS71550342 will stay as main one and the account AWS71550899 will be connected to it and then removed. All passed exams will be visible on main account.

Please, confirm that it is correct. The operation is irreversible, so I must be sure before I will start it.

Best regards,
Katarzyna
AWS Training and Certification"""
body = multi('alternative', [part(new, cte='quoted-printable'), part(to_html(new), 'html', cte='quoted-printable')])
msg, tail = aws_mail(I_user, d, 'RE:' + I_subj, body, trace=nif)
add('029-pl-agent-please-confirm-irreversible.eml', finish(msg, tail), 'merge_confirmation_requested', I_case, [I_keep, I_old], True, 'en', new)
I_029 = new

# 030 thanks for confirmation, will proceed (support_reply); quoted Outlook reply below with nested agent text
d = D(2023, 4, 5, 6, 3, 48)
cust = "Hello Katarzyna,\n\nYes, this is correct, please go ahead.\n\nBest,\nDaniel\n\n" + outlook_quote(D(2023, 4, 4, 16, 55, 12, JST), 'Amazon Web Services', AGENT_ADDR, I_user, 'RE:' + I_subj, I_029)
new = """Hello Daniel,

Thank you for confirmation. I have passed your request to the responsible team, the merging should be finished in 2-3 working days. I will write you when it is done.

Best regards,
Katarzyna
AWS Training and Certification"""
txt = new + "\n\n" + orig_quote(D(2023, 4, 4, 23, 40, 2, JST), 'Daniel Mueller-Sato', I_user, AGENT_ADDR, 'RE: RE:' + I_subj, cust)
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(I_user, d, 'RE:' + I_subj, body, trace=nif)
add('030-pl-agent-thank-you-for-confirmation.eml', finish(msg, tail), 'support_reply', I_case, [], True, 'en', new)

# =====================================================================================
# Thread J: form case Feb 2025, Brazilian agent, Hotmail user
J_open = D(2025, 2, 3, 18, 20, 14)
J_case = case15(J_open, 5123)
J_user = 'rafael.moura@hotmail.com'
J_keep, J_old = 'AWS66120094', 'AWS66210094'
J_subj = 'RE:[CASE %s] %s' % (J_case, FORM_SUBJ)

# 031 merge completed, Brazilian-Portuguese influenced English, Outlook-style quoted history
d = D(2025, 2, 6, 12, 31, 9)
prev = f"""Hello Rafael,

I found your two accounts: AWS66210094 (rafael@moura-tec.com.br) and AWS66120094 ({J_user}). The account AWS66120094 will be the principal. Can you confirm that we can make the merge? This action is definitive.

Att.,
Bruna S."""
cust = "Yes, I confirm. Thank you Bruna!\n\nRafael\n\n" + outlook_quote(D(2025, 2, 4, 14, 2, 0, BRT), 'Amazon Web Services', AGENT_ADDR, 'Rafael Moura <%s>' % J_user, J_subj, prev)
new = f"""Hello Rafael,

I hope you are well!

I inform that the merge of your accounts was concluded with success. Now the account {J_keep} concentrates all your certifications and the history of exams. The badges of Credly will be actualized in the next days in the email of this account.

Any doubt, I remain at disposal.

Att.,
Bruna S.
AWS Training and Certification"""
txt = new + "\n\n" + outlook_quote(D(2025, 2, 5, 9, 17, 0, BRT), 'Rafael Moura', J_user, AGENT_ADDR, J_subj, cust)
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt, 'Calibri, sans-serif'), 'html', cte='quoted-printable')])
msg, tail = aws_mail(J_user, d, J_subj, body, trace='outlook')
add('031-br-agent-merge-concluded-with-success.eml', finish(msg, tail), 'merge_completed', J_case, [J_keep], True, 'en', new)

# 032 Credly: two badges ready to accept after the merge
d = D(2025, 2, 7, 20, 5, 31)
txt = """Hello Rafael Moura,

Amazon Web Services Training and Certification has issued you 2 new badges:

- AWS Certified Cloud Practitioner
- AWS Certified Solutions Architect - Associate

Your badges are ready to accept. Claim them to showcase your verified skills on LinkedIn, your resume and your email signature.

Accept your badges: https://www.credly.com/earner/earned?utm_source=issued_badge_email

Not you? If you received this email by mistake, you can ignore it.

Credly, Inc. | 2 Pennsylvania Plaza, 13th Floor, New York, NY 10121
Manage notifications: https://www.credly.com/notification_preferences"""
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table align="center" width="600"><tr><td style="padding:28px">
<p>Hello Rafael Moura,</p>
<p>Amazon Web Services Training and Certification has issued you <b>2 new badges</b>:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Solutions Architect &ndash; Associate</li></ul>
<p>Your badges are ready to accept. Claim them to showcase your verified skills on LinkedIn, your resume and your email signature.</p>
<p><a href="https://www.credly.com/earner/earned?utm_source=issued_badge_email" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:11px;color:#888">Not you? If you received this email by mistake, you can ignore it.<br>Credly, Inc. | 2 Pennsylvania Plaza, 13th Floor, New York, NY 10121</p>
</td></tr></table></body></html>"""
body = multi('alternative', [part(txt, cte='quoted-printable'), part(html, 'html', cte='quoted-printable')], boundary=rhex(60))
msg = credly_mail(J_user, d, 'You have 2 new badges to accept from Amazon Web Services Training and Certification', body, trace='outlook')
add('032-credly-two-badges-ready-to-accept.eml', msg, 'credly_badge_issued', None, [], True, 'en', txt)

# 033 survey, HTML only
d = D(2025, 2, 6, 12, 35, 50)
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. We would love to hear about your recent experience with case <b>{J_case}</b>.</p>
<p>Please take 2 minutes to answer our short survey:</p>
<p><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_tcSupport?case={J_case}&amp;src=email">Start the survey</a></p>
<p>On a scale from 1 to 5, how satisfied are you with the support you received?</p>
<table><tr>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_tcSupport?case={J_case}&amp;q1=1">1</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_tcSupport?case={J_case}&amp;q1=2">2</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_tcSupport?case={J_case}&amp;q1=3">3</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_tcSupport?case={J_case}&amp;q1=4">4</a></td>
<td><a href="https://amazonwebservices.qualtrics.com/jfe/form/SV_tcSupport?case={J_case}&amp;q1=5">5</a></td>
</tr></table>
<p>Your case has been closed. If you still need help, reply to our last message and we will reopen it.</p>
<p>AWS Training and Certification</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. | 410 Terry Ave N. | Seattle, WA 98109 | <a href="https://aws.amazon.com/privacy/">Privacy</a></p>
</body></html>"""
body = part(html, 'html', cte='base64')
msg, tail = aws_mail(J_user, d, 'How did we do? Your feedback on case %s' % J_case, body, trace='outlook', fromh='"AWS Training and Certification" <aws-tc-survey@amazon.com>')
add('033-survey-how-did-we-do-html.eml', finish(msg, tail), 'survey', J_case, [], True, 'en', re.sub('<[^>]+>', ' ', html))

# =====================================================================================
# Thread K: form case May 2024, Korean agent, Gmail user
K_open = D(2024, 5, 20, 6, 44, 31)
K_case = case15(K_open, 731)
K_user = 'jiyoon.park.cloud@gmail.com'
K_keep, K_old = 'AWS12093385', 'AWS12093358'
K_subj = 'RE: [CASE %s] %s' % (K_case, FORM_SUBJ)

# 034 confirmation request, Korean-English, "integrate", ids lower case / spaced
d = D(2024, 5, 21, 1, 9, 12)
new = f"""Hello, Jiyoon.
This is Seo-yeon from AWS Training and Certification team.

Thank you for waiting. We checked your two accounts. Please confirm below contents.

- Remaining account : aws12093385 ({K_user})
- Account to be integrated : AWS 12093358 (jypark@hanbit-soft.co.kr)

After integration, the certification history of the integrated account is moved to the remaining account and integrated account is deleted. If integration is progressed, it is impossible to restore.

If you agree with above contents, please reply "Agree" to this mail. Then we will progress the integration.

Thank you.
Seo-yeon
AWS Training and Certification"""
body = multi('alternative', [part(new, cte='base64'), part(to_html(new, 'Malgun Gothic, sans-serif'), 'html', cte='base64')], boundary='=_%s' % rhex(28))
msg, tail = aws_mail(K_user, d, K_subj, body)
add('034-kr-agent-please-reply-agree.eml', finish(msg, tail), 'merge_confirmation_requested', K_case, [K_keep, K_old], True, 'en', new)

# 035 merge completed, Korean-English
d = D(2024, 5, 22, 4, 52, 6)
new = f"""Hello, Jiyoon.
This is Seo-yeon from AWS Training and Certification team.

Integration of account is completed. Now you can see all of certification in the account {K_keep}. Previous account is not usable anymore, so please login with {K_user}.

Credly badge can take 1~2 days to be reflected. Thank you for using AWS Certification.

Have a nice day.
Seo-yeon
AWS Training and Certification"""
cust = "Agree\n\nJiyoon Park"
txt = new + "\n\n" + gmail_quote(D(2024, 5, 21, 19, 30, 0, KST), 'Jiyoon Park', K_user, cust)
body = multi('alternative', [part(txt, cte='base64'), part(to_html(txt, 'Malgun Gothic, sans-serif'), 'html', cte='base64')], boundary='=_%s' % rhex(28))
msg, tail = aws_mail(K_user, d, K_subj, body)
add('035-kr-agent-integration-is-completed.eml', finish(msg, tail), 'merge_completed', K_case, [K_keep], True, 'en', new)

# =====================================================================================
# Thread L: form case Jul 2025, Egyptian agent, Gmail user
L_open = D(2025, 7, 2, 10, 57, 40)
L_case = case15(L_open, 40)
L_user = 'karim.elsayed.eg@gmail.com'
L_keep, L_old = 'AWS58819902', 'AWS58819920'
L_subj = 'RE:[CASE %s] %s' % (L_case, FORM_SUBJ)

# 036 asks for reason and notification e-mails (support_reply)
d = D(2025, 7, 3, 8, 21, 19)
new = """Dear Valued Customer,

Hope this email finds you well.

Kindly be informed that to be able to proceed with your request, we need from you to provide us with the following:

- The notification email address for each one of the two accounts.
- The reason for requesting the merge (for example: duplicate account created by mistake, change of employer, etc.).
- Which account of them you want to keep it.

Once we receive your reply, we will check the accounts and send you the details for your final confirmation.

Thank you for your cooperation and understanding.

Best Regards,
Mahmoud H.
AWS Training and Certification Support"""
form = f"""Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: {L_keep}
Description: please merge my accounts AWS58819902 and AWS58819920, I have the same name in both. Thanks, Karim"""
txt = new + "\n\n-----Original Message-----\nFrom: " + L_user + "\nSent: " + rfc(L_open) + "\n\n" + form
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(L_user, d, L_subj, body)
add('036-eg-agent-needs-notification-emails-and-reason.eml', finish(msg, tail), 'support_reply', L_case, [], True, 'en', new)
L_036 = new

# 037 confirmation request, Egyptian English
d = D(2025, 7, 4, 9, 3, 50)
cust = f"""Hello Mahmoud,

Notification email for both accounts is the same as login: {L_user} and karim.elsayed@deltanile-it.com
Reason: I created a new account when I changed my job.
Keep the gmail account please.

Regards,
Karim

""" + gmail_quote(D(2025, 7, 3, 11, 21, 19, EET), 'Amazon Web Services', AGENT_ADDR, L_036)
new = f"""Dear Karim,

Thanks a lot for your prompt response.

Kindly confirm that you want us to merge the account AWS-58819920 (karim.elsayed@deltanile-it.com) into the account AWS-58819902 ({L_user}), noting that the account AWS58819902 is the one that will be kept and the other account will be deactivated permanently.

Please note that this action cannot be reverted after being done, so kindly make sure from the details before confirming.

Awaiting your confirmation to proceed.

Best Regards,
Mahmoud H.
AWS Training and Certification Support"""
txt = new + "\n\n" + gmail_quote(D(2025, 7, 3, 22, 40, 11, EET), 'Karim Elsayed', L_user, cust)
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(L_user, d, L_subj, body)
add('037-eg-agent-kindly-confirm-merge.eml', finish(msg, tail), 'merge_confirmation_requested', L_case, [L_keep, L_old], True, 'en', new)

# =====================================================================================
# Thread M: form case Sep 2025 opened in Japanese, docomo user
M_open = D(2025, 9, 8, 1, 16, 52)     # 10:16 JST
M_case = case15(M_open, 9071)
M_user = 'haruka.ishii-0415@docomo.ne.jp'
M_keep, M_old = 'AWS05519347', 'AWS05519374'
dcm = jp_trace('docomo')

# 038 case created, Japanese form acknowledgement
d = M_open + dt.timedelta(seconds=25)
txt = f"""お客様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下のとおりお問い合わせを受け付けました。

ケース番号: {M_case}
お問い合わせの種類: 認定
詳細: アカウントの統合

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
追加の情報がございましたら、件名を変更せずにこのメールへご返信ください。
同じ内容で新たにお問い合わせいただきますと、回答が遅れる場合がございますのでご注意ください。

AWS トレーニングと認定 カスタマーサポート"""
body = multi('alternative', [part(txt, charset='ISO-2022-JP', cte='7bit', codec='iso2022_jp'),
                             part(to_html(txt, 'Meiryo, sans-serif'), 'html', cte='base64')])
msg, tail = aws_mail(M_user, d, jsubj('[CASE %s] ' % M_case, '【AWS トレーニングと認定】お問い合わせを受け付けました'), body, trace=dcm, fromh=AWS_FORM)
add('038-ja-form-inquiry-accepted.eml', finish(msg, tail), 'case_created', M_case, [], True, 'ja', txt)

# 039 status update, Japanese, Shift_JIS 8bit
d = D(2025, 9, 10, 5, 40, 8)
new = f"""石井 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの中村でございます。

統合内容のご確認をいただき、誠にありがとうございました。
現在、担当部署にて AWS {M_old[3:]} から {M_keep} への統合作業を進めております。作業完了までに 2〜3 営業日ほどお時間を頂戴する見込みでございます。

完了いたしましたら、改めて本メールにてご連絡申し上げます。
それまでの間、どちらのアカウントでも新たな試験のご予約はお控えいただけますと幸いです。

お手数をおかけいたしますが、今しばらくお待ちくださいますようお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサポート"""
cust = "中村様\n\n内容に間違いありません。統合をお願いいたします。\n\n石井 遥"
txt = new + "\n\n" + jp_quote(dt.datetime(2025, 9, 9, 21, 14, tzinfo=JST), '石井 遥', M_user, cust)
body = part(txt, charset='Shift_JIS', cte='8bit', codec='shift_jis')
msg, tail = aws_mail(M_user, d, jsubj('RE:[CASE %s] ' % M_case, '【AWS トレーニングと認定】お問い合わせを受け付けました'), body, trace=dcm, fromh=AWS_FORM)
add('039-ja-agent-merge-in-progress-sjis-8bit.eml', finish(msg, tail), 'support_reply', M_case, [M_keep, M_old], True, 'ja', new)

# 040 Credly badge to docomo address (HTML only)
d = D(2025, 9, 13, 6, 2, 17)
html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<table align="center" width="600"><tr><td style="padding:28px">
<p>Hi Haruka,</p>
<p>Great news! Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified AI Practitioner</b>.</p>
<p>Accept your badge to get credit for your achievement and share it with your network.</p>
<p><a href="https://www.credly.com/earner/earned/badge/4e0b7a12-9c3d-4f08-a1e5-77d2b6c4f001" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 2 Pennsylvania Plaza, 13th Floor, New York, NY 10121</p>
</td></tr></table></body></html>"""
body = part(html, 'html', cte='quoted-printable')
def dcm_credly(to, d, src_host, ip, mf):
    return dcm(to, d, src_host, ip, mf, dkim_d='credly.com', from_dom='credly.com')
msg = credly_mail(M_user, d, 'Haruka, you earned a badge from Amazon Web Services Training and Certification', body, trace=dcm_credly)
add('040-credly-ai-practitioner-badge-docomo.eml', msg, 'credly_badge_issued', None, [], True, 'en', re.sub('<[^>]+>', ' ', html))

# 041 Acclaim (older Credly) badge mail 2019
d = D(2019, 10, 10, 14, 20, 5)
txt = """Congratulations, Ramon!

Amazon Web Services Training and Certification has issued you a badge for AWS Certified SysOps Administrator - Associate. Accept your badge and share it with your professional network.

Accept badge: https://www.youracclaim.com/earner/earned/badge/0b6a9f3e-1d2c-4b8a-8f7e-3c5d2e1a9b40

Youracclaim, powered by Credly | 2 Pennsylvania Plaza, New York, NY"""
body = part(txt, charset='us-ascii', cte='7bit')
msg = credly_mail('ramon.santos.ph@gmail.com', d, 'Amazon Web Services Training and Certification sent you a badge!', body,
                  from_name='Amazon Web Services Training and Certification via Acclaim', from_addr='admin@youracclaim.com', dom='youracclaim.com')
add('041-acclaim-2019-badge-sysops.eml', msg, 'credly_badge_issued', None, [], True, 'en', txt)

# 042 Credly reminder: badge still waiting to be accepted (moved after merge) - Proton user
d = D(2024, 8, 16, 9, 0, 12)
txt = """Hi Tolu,

You have a badge waiting for you! Amazon Web Services Training and Certification issued you the badge "AWS Certified Solutions Architect - Associate" on August 10, 2024, and it has not been accepted yet.

Accept your badge: https://www.credly.com/earner/earned/badge/c31f8e20-6a7b-49d1-b0c2-5e9f4a7d2218

Accepted badges can be shared to LinkedIn and verified by employers in one click.

Credly | Manage email preferences: https://www.credly.com/notification_preferences"""
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')], boundary=rhex(60))
def pr_credly(to, d, src_host, ip, mf):
    return proton_trace(to, d, src_host, ip, mf, from_dom='credly.com', dkim_d='credly.com')
msg = credly_mail(G_user, d, 'Reminder: your badge from Amazon Web Services Training and Certification is waiting', body, trace=pr_credly)
add('042-credly-badge-waiting-to-be-accepted.eml', msg, 'credly_badge_issued', None, [], True, 'en', txt)

# =====================================================================================
# Unrelated look-alikes
# 043 Credly expiry reminder
d = D(2025, 4, 2, 13, 0, 44)
txt = """Hi Chinedu,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, will expire on July 1, 2025.

To keep your credential active, please follow the recertification requirements of the issuer. When your new badge is issued, it will appear in your Credly profile automatically.

View badge: https://www.credly.com/badges/6f0e2d11-8a9b-4c7d-9e3f-21ab54cd7788

Credly, Inc. | 2 Pennsylvania Plaza, 13th Floor, New York, NY 10121"""
body = multi('alternative', [part(txt, cte='7bit', charset='us-ascii'), part(to_html(txt), 'html', cte='quoted-printable')], boundary=rhex(60))
msg = credly_mail(A_user, d, 'Your AWS Certified Cloud Practitioner badge expires in 90 days', body, from_name='Credly')
add('043-credly-badge-expires-in-90-days.eml', msg, 'unrelated', None, [], True, 'en', txt)

# 044 Credly self-service account merge code
d = D(2025, 3, 16, 8, 41, 3)
txt = """Hello,

We received a request to merge another Credly account into the Credly account registered to chinedu.okafor.ng@gmail.com.

Your verification code is: 482913

Enter this code on the merge page, or click the button below to complete the account merge. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=9d2c7e51b0a84f63ae1d44c2f8b07e3a

If you did not request this, you can safely ignore this email. No changes will be made to your account.

The Credly Team"""
body = multi('alternative', [part(txt, cte='7bit', charset='us-ascii'), part(to_html(txt), 'html', cte='quoted-printable')], boundary=rhex(60))
msg = credly_mail(A_user, d, 'Your Credly account merge verification code', body, from_name='Credly')
add('044-credly-self-service-merge-code.eml', msg, 'unrelated', None, [], True, 'en', txt)

# 045 CertMetrics survey ("AWS Certification wants to hear from you")
def other_gmail(to, d, fromh, subj, body, src_host, ip, mf, from_dom, dkim_dom, dmarc='pass', policy='NONE', msgid_dom=None, extra=()):
    ar = ar_gmail(from_dom, [(dkim_dom, 'pass')], 'pass', mf, ip, dmarc, policy)
    tr = gmail_trace(to, d + dt.timedelta(seconds=3), src_host, ip, mf, ar)
    h = [('DKIM-Signature', dkim_sig(dkim_dom, 's%d' % rnd.randint(1, 3), d)),
         ('From', fromh), ('To', to), ('Subject', subj), ('Date', rfc(d)),
         ('Message-ID', '<%s@%s>' % (rhex(24), msgid_dom or from_dom))] + list(extra)
    return assemble(tr + h, body)

d = D(2024, 12, 3, 16, 5, 0)
txt = """Dear Piotr Kowalczyk,

AWS Certification wants to hear from you!

You recently completed an AWS Certification exam. Please take a few minutes to tell us about your experience with the exam registration, scheduling and delivery. Your feedback helps AWS Certification improve the program for all candidates.

Candidate ID: AWS31840257

Take the survey: https://www.certmetrics.com/amazon/survey/default.aspx?s=7f2a91c4

This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this email; this mailbox is not monitored."""
body = multi('alternative', [part(txt, cte='quoted-printable', charset='utf-8'), part(to_html(txt), 'html', cte='quoted-printable')], boundary='_=_swift_%d_%s_=_' % (int(d.timestamp()), rhex(32)))
msg = other_gmail(E_user, d, 'AWS Certification <do-not-reply@certmetrics.com>', 'AWS Certification wants to hear from you', body,
                  'mail%d.certmetrics.com' % rnd.randint(1, 4), '52.%d.%d.%d' % (rnd.randint(1, 200), rnd.randint(1, 250), rnd.randint(1, 250)),
                  'bounce@certmetrics.com', 'certmetrics.com', 'certmetrics.com')
add('045-certmetrics-wants-to-hear-from-you.eml', msg, 'unrelated', None, [E_keep], False, 'en', txt)

# 046 Pearson VUE appointment confirmation
d = D(2025, 8, 20, 22, 14, 37)
txt = f"""Dear Jiyoon Park,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Saturday, September 6, 2025 at 10:00 AM Korea Standard Time
Delivery method: OnVUE online proctored
Registration ID: 512384770
Candidate ID: AWS12093385

Please check in 30 minutes before your appointment. Make sure your computer passed the system test and that you have a valid government-issued ID.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your appointment.

Pearson VUE"""
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg = other_gmail(K_user, d, 'Pearson VUE <pearsonvueconfirmation@pearson.com>', 'Pearson VUE Confirmation of AWS Certified Solutions Architect - Professional exam appointment', body,
                  'mx0b-00%d.pphosted.com' % rnd.randint(100000, 999999), '148.163.%d.%d' % (rnd.randint(128, 159), rnd.randint(1, 250)),
                  'pearsonvueconfirmation@pearson.com', 'pearson.com', 'pearson.com', policy='REJECT')
add('046-pearson-vue-exam-appointment.eml', msg, 'unrelated', None, [K_keep], False, 'en', txt)

# 047 AWS Builder ID code, corporate relay without Authentication-Results
d = D(2025, 1, 20, 8, 2, 11)
txt = """Verify your AWS Builder ID email address

Thank you for signing up for AWS Builder ID. To verify your email address, please enter the following code:

Verification code: 730 284

This code expires in 10 minutes.

If you did not request this code, you can ignore this message.

Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or banking account number."""
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
local, host = ses_id(d)
hd = [('Received', 'from HL-EXCH02.hartmann-logistik.local (10.20.1.12) by HL-EXCH01.hartmann-logistik.local\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s' % rfc(d.astimezone(CET) + dt.timedelta(seconds=5))),
      ('Received', 'from a48-31.smtp-out.amazonses.com (54.240.48.31) by\n HL-EXCH02.hartmann-logistik.local (10.20.1.12) with Microsoft SMTP Server id\n 15.2.1544.14 via Frontend Transport; %s' % rfc(d.astimezone(CET) + dt.timedelta(seconds=3))),
      ('DKIM-Signature', dkim_sig('signin.aws', '224i4yxa5dv7c2xz3womw6peuasteono', d)),
      ('From', 'AWS <no-reply@signin.aws>'), ('To', F_user), ('Subject', 'Verify your AWS Builder ID email address'), ('Date', rfc(d)),
      ('Message-ID', '<%s@email.amazonses.com>' % local)]
msg = assemble(hd, body)
add('047-builder-id-verification-code-noauth.eml', msg, 'unrelated', None, [], None, 'en', txt)

# 048 GitHub "merged" notification
d = D(2025, 3, 12, 9, 27, 45)
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightlane-tech/infra-terraform/pull/412#event-16629041177
You are receiving this because you were mentioned.

Message ID: <brightlane-tech/infra-terraform/pull/412/issue_event/16629041177@github.com>"""
html = """<p></p>
<p>Merged <a class="issue-link js-issue-link" href="https://github.com/brightlane-tech/infra-terraform/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/brightlane-tech/infra-terraform/pull/412#event-16629041177">view it on GitHub</a>.<br />You are receiving this because you were mentioned.</p>"""
body = multi('alternative', [part(txt, cte='7bit', charset='UTF-8'), part(html, 'html', cte='7bit', charset='UTF-8')], boundary='--==_mimepart_%s_%d' % (rhex(13), rnd.randint(100, 999)))
msg = other_gmail(A_user, d, 'Amit Verma <notifications@github.com>', 'Re: [brightlane-tech/infra-terraform] Merge sandbox account module into org baseline (PR #412)', body,
                  'out-%d.smtp.github.com' % rnd.randint(20, 29), '192.30.252.%d' % rnd.randint(190, 210), 'noreply@github.com', 'github.com', 'github.com',
                  policy='REJECT', msgid_dom='github.com',
                  extra=[('Reply-To', 'brightlane-tech/infra-terraform <reply+ABCD7EFG2H3JK4LMN5PQRS@reply.github.com>'),
                         ('List-ID', 'brightlane-tech/infra-terraform <infra-terraform.brightlane-tech.github.com>'),
                         ('X-GitHub-Reason', 'mention')])
add('048-github-merged-pr-notification.eml', msg, 'unrelated', None, [], False, 'en', txt)

# 049 Amazon Seller Central case about merging listings (same RE:[CASE] style)
d = D(2025, 5, 6, 11, 22, 8)
sc_case = '9120455873'
txt = f"""Hello,

Greetings from Amazon Seller Support.

I am Ravi and I have reviewed your case regarding the merging of the variation family for ASIN B0CX7K2QLM and ASIN B0CX7M91TR.

I am glad to inform you that the listings has been merged successfully under the parent ASIN B0CX7K2QLM. Please allow up to 48 hours for the changes to reflect on the detail page.

Was this email helpful? If yes, please click on "Yes" in the box below; if not, click "No" and let us know how we can improve.

We value your feedback: https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID={sc_case}

Thank you for your patience and understanding.

Regards,
Ravi
Amazon Seller Support
https://sellercentral.amazon.com"""
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail('orders@brightlane-store.com', d, 'RE:[CASE %s] Merge variation family - listings' % sc_case, body,
                     fromh='"Amazon Seller Central" <seller-support-notification@amazon.com>', to_hdr='orders@brightlane-store.com')
add('049-seller-central-case-listings-merged.eml', finish(msg, tail), 'unrelated', sc_case, [], True, 'en', txt)

# 050 AWS console support case opened about billing (not certification)
X_open = D(2025, 4, 14, 7, 30, 2)
X_case = case15(X_open, 12006)
d = X_open + dt.timedelta(seconds=15)
txt = f"""Thank you for contacting Amazon Web Services. We have opened case {X_case} to address your issue.

The details of your case are as follows:

Case ID: {X_case}
Subject: Unexpected charges for NAT Gateway after account consolidation
Severity: General guidance
Correspondence: Hi, after moving my second AWS account under my organization last week I see NAT Gateway charges I do not understand. Can you please explain?

We will respond to your case as soon as possible. To view or update your case, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={X_case}%26language=en

This e-mail was sent from an address that cannot accept incoming e-mail.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc."""
body = multi('alternative', [part(txt, cte='7bit', charset='UTF-8'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(A_user, d, 'Amazon Web Services: You have opened a new Support case: %s' % X_case, body, fromh=AWS_NOREPLY)
add('050-billing-support-case-opened.eml', finish(msg, tail), 'unrelated', X_case, [], True, 'en', txt)

# 051 AWS billing agent reply about "merging" two AWS accounts (Organizations), non-native English
d = D(2025, 4, 15, 3, 12, 55)
new = f"""Hello,

Thank you for your patience while I was checking your case.

I would like to inform you that it is not possible to merge two AWS accounts in one account, each AWS account remain separate. However what you did, to invite the second account in your AWS Organization, is the correct way to have consolidated billing. The NAT Gateway charges you see are coming from the member account in region eu-central-1 and they are not related with the consolidation.

You can verify this in Cost Explorer, grouping by "Linked account" and "Usage type". If you do not need the NAT Gateway anymore, please delete it to stop the charges.

I hope that my explanation was clear. In case of any further question, please do not hesitate to reply.

Best regards,
Georgiana P.
Amazon Web Services"""
txt = new + AWS_SIG_FOOTER
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(A_user, d, 'RE:[CASE %s] Unexpected charges for NAT Gateway after account consolidation' % X_case, body, fromh=AWS_NOREPLY)
add('051-billing-agent-cannot-merge-aws-accounts.eml', finish(msg, tail), 'unrelated', X_case, [], True, 'en', new)

# 052 service quota case, Indian English
Q_case = '11822047395'
d = D(2022, 11, 2, 9, 50, 31)
new = """Hello,

Greetings from AWS Support!

This is regarding your request for increase the limit of Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances in ap-south-1 region. I am happy to inform that your request has been approved and the new limit of 64 vCPUs is now applied on your account.

Please allow 30 minutes for the new limit to reflect. Kindly let us know if any further assistance is required.

Best regards,
Sandeep R.
Amazon Web Services"""
txt = new + AWS_SIG_FOOTER
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(C_user, d, 'RE:[CASE %s] Limit Increase: EC2 Instances' % Q_case, body, trace='outlook', fromh=AWS_NOREPLY)
add('052-quota-increase-approved.eml', finish(msg, tail), 'unrelated', Q_case, [], True, 'en', new)

# 053 phishing not about the merge: "certification will be suspended"
d = D(2025, 6, 3, 17, 40, 2)
ip = '185.%d.%d.%d' % (rnd.randint(100, 250), rnd.randint(1, 250), rnd.randint(1, 250))
mf = 'info@aws-certifications-center.com'
txt = """Dear Certified Professional,

We have detected that your AWS Certification benefits is not verified since long time. Your certification status will be SUSPENDED in 24 hours if you do not update your billing informations.

To keep your certifications active please verify your account now:
https://aws-certifications-center.com/verify?id=8831

Regards,
AWS Certification Team"""
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')])
ar = ar_gmail('aws-certifications-center.com', [('aws-certifications-center.com', 'pass')], 'pass', mf, ip, 'pass', 'NONE')
tr = gmail_trace(H_user, d + dt.timedelta(seconds=2), 'mail.aws-certifications-center.com', ip, mf, ar)
hd = [('DKIM-Signature', dkim_sig('aws-certifications-center.com', 'default', d)),
      ('From', '"AWS Certification" <info@aws-certifications-center.com>'), ('To', H_user),
      ('Subject', 'Urgent: your AWS Certification will be suspended'), ('Date', rfc(d)),
      ('Message-ID', '<%s@aws-certifications-center.com>' % rhex(20))]
msg = assemble(tr + hd, body)
add('053-phish-certification-suspended.eml', msg, 'unrelated', None, [], False, 'en', txt)

# 054 AWS Training newsletter (genuine amazon.com)
d = D(2025, 7, 15, 16, 0, 9)
html = """<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#232f3e">AWS Training and Certification Monthly</h1>
<p>Hi there,</p>
<p>New in AWS Skill Builder this month: 12 new courses on generative AI, a refreshed Cloud Quest role for security specialists, and exam prep plans for the new AWS Certified Machine Learning Engineer - Associate.</p>
<p><a href="https://skillbuilder.aws/?trk=email_july">Start learning</a></p>
<p>Reminder: exam benefits are available in your Certification Account after you pass an exam.</p>
<p style="font-size:11px;color:#777">You are receiving this email because you subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a><br>Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>"""
body = part(html, 'html', cte='quoted-printable')
msg, tail = aws_mail(K_user, d, 'New this month: generative AI courses and exam prep plans', body,
                     fromh='"AWS Training and Certification" <aws-training-certification@amazon.com>',
                     extra_hdrs=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?e=%s>' % rhex(20))])
add('054-aws-training-newsletter.eml', finish(msg, tail), 'unrelated', None, [], True, 'en', re.sub('<[^>]+>', ' ', html))

# 055 GitLab merge request merged
d = D(2024, 11, 19, 12, 3, 44)
txt = """Merge request !57 was merged
Project: platform / certification-tracker
Branch: feature/merge-candidate-accounts -> main
Author: Piotr Kowalczyk

Merged by Anna Nowak

--
Reply to this email directly or view it on GitLab: https://gitlab.com/platform/certification-tracker/-/merge_requests/57
You're receiving this email because of your account on gitlab.com."""
body = multi('alternative', [part(txt, cte='quoted-printable'), part(to_html(txt), 'html', cte='quoted-printable')], boundary='--==_mimepart_%s_%d' % (rhex(13), rnd.randint(100, 999)))
msg = other_gmail(E_user, d, 'Anna Nowak <gitlab@mg.gitlab.com>', 'Re: platform/certification-tracker | Merge candidate accounts view (!57)', body,
                  'mg-%s.mailgun.net' % rhex(4), '159.135.%d.%d' % (rnd.randint(224, 239), rnd.randint(1, 250)),
                  'bounce+%s@mg.gitlab.com' % rhex(6), 'mg.gitlab.com', 'mg.gitlab.com', policy='REJECT')
add('055-gitlab-merge-request-merged.eml', msg, 'unrelated', None, [], False, 'en', txt)

# 056 phishing: merge confirmation from look-alike domain (authentic for its own domain)
d = D(2025, 3, 12, 18, 4, 51)
P1_case = case15(D(2025, 3, 11, 22, 40, 17), 90210)   # made-up case id used by the phisher
ip = '45.%d.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250))
mf = 'noreply@aws-certification-merge.com'
new = f"""Dear Candidate,

We have received request to merge your AWS Certification accounts. Before we make the merge, you must confirm the details:

Account to be merged: AWS09912870
Account to keep: AWS04418236

Please login and confirm the merge within 48 hours by clicking below link. If you do not confirm, your certifications in both accounts may be lost.

CONFIRM MERGE: https://aws-certification-merge.com/confirm?case={P1_case}

Thank you,
AWS Training & Certification Support Team
Case {P1_case}"""
body = multi('alternative', [part(new, cte='quoted-printable'), part(to_html(new), 'html', cte='quoted-printable')])
ar = ar_gmail('aws-certification-merge.com', [('aws-certification-merge.com', 'pass')], 'pass', mf, ip, 'pass', 'NONE')
tr = gmail_trace(A_user, d + dt.timedelta(seconds=2), 'mta1.aws-certification-merge.com', ip, mf, ar)
hd = [('DKIM-Signature', dkim_sig('aws-certification-merge.com', 'mail', d)),
      ('From', '"Amazon Web Services" <support@aws-certification-merge.com>'), ('To', A_user),
      ('Subject', 'RE:[CASE %s] Action required: confirm your account merge' % P1_case), ('Date', rfc(d)),
      ('Message-ID', '<%s.%s@aws-certification-merge.com>' % (rhex(16), rhex(8)))]
msg = assemble(tr + hd, body)
add('056-phish-lookalike-confirm-merge.eml', msg, 'merge_confirmation_requested', P1_case, [A_keep, A_old], False, 'en', new)

# 057 phishing: spoofed amazon.com "merge completed", dmarc=fail at top, forged pass header below
d = D(2024, 11, 27, 2, 15, 30)
P2_case = case15(D(2024, 11, 20, 6, 1, 9), 31337)   # made-up case id used by the spoofer
ip = '91.%d.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250), rnd.randint(1, 250))
mf = 'www-data@vps%d.hostingfast.example' % rnd.randint(100, 999)
new = f"""Dear Customer,

Your certification accounts merge is completed. Account AWS31840916 was merged to AWS31840257.

To see your certifications and to receive your Credly badges, you need to re-activate your account in 24 hours:
https://aws-amazon-certification.support-portal.example/reactivate?user=piotr

Kind Regards
AWS Training and Certification"""
body = part(new, cte='quoted-printable', charset='utf-8')
ar = ar_gmail('amazon.com', [], 'softfail', mf, ip, 'fail', 'QUARANTINE')
tr = gmail_trace(E_user, d + dt.timedelta(seconds=2), 'vps%d.hostingfast.example' % rnd.randint(100, 999), ip, mf, ar, arc=False)
hd = [('Authentication-Results', 'amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com'),
      ('Received', 'from localhost (localhost [127.0.0.1]) by %s (Postfix) with ESMTP; %s' % ('vps.hostingfast.example', rfc(d))),
      ('From', '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'), ('To', E_user),
      ('Subject', 'RE:[CASE %s] Your accounts merge is completed' % P2_case), ('Date', rfc(d)),
      ('Message-ID', '<%s@vps.hostingfast.example>' % rhex(20)), ('X-Mailer', 'PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)')]
msg = assemble(tr + hd, body)
add('057-phish-spoofed-merge-completed-dmarc-fail.eml', msg, 'merge_completed', P2_case, [E_keep, E_old], False, 'en', new)

# =====================================================================================
# Thread N: console case Oct 2025, Microsoft 365 user in Sweden, Turkish agent
N_open = D(2025, 10, 6, 12, 3, 40)
N_case = case15(N_open, 441)
N_user = 'lars.nyberg@nordkraft-energi.se'
N_keep, N_old = 'AWS90041126', 'AWS90041162'
N_title = 'Merge of my two certification accounts \u2013 old company e-mail'
def o365(to, d, src_host, ip, mf):
    ar = ar_outlook('amazon.com', ip, 'email.amazonses.com', 'pass', 'amazon.com', 'pass')
    return outlook_trace(to, d, src_host, ip, ar, tenant='eurprd')

# 058 case opened, HTML only, Case ID / Subject / Severity block
d = N_open + dt.timedelta(seconds=9)
html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:'Amazon Ember',Helvetica,Arial,sans-serif;font-size:14px;color:#16191f">
<div style="max-width:640px;margin:auto">
<p>Thank you for contacting Amazon Web Services. We have opened case {N_case} to address your issue.</p>
<table cellpadding="4" style="border:1px solid #d5dbdb">
<tr><td><b>Case ID</b></td><td>{N_case}</td></tr>
<tr><td><b>Subject</b></td><td>{esc(N_title)}</td></tr>
<tr><td><b>Severity</b></td><td>General guidance</td></tr>
</table>
<p>We will respond as soon as possible. You can view and update your case in the
<a href="https://support.console.aws.amazon.com/support/home#/case/?displayId={N_case}&amp;language=en">AWS Support Center</a>.</p>
<p style="color:#687078;font-size:12px">This e-mail was sent from an address that cannot accept incoming e-mail.<br>
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>
</div></body></html>"""
body = part(html, 'html', cte='quoted-printable', charset='UTF-8')
msg, tail = aws_mail(N_user, d, 'Amazon Web Services: You have opened a new Support case: %s' % N_case, body, trace=o365, fromh=AWS_NOREPLY)
add('058-console-case-opened-html-only.eml', finish(msg, tail), 'case_created', N_case, [], True, 'en', re.sub('<[^>]+>', ' ', html))

# 059 status update, Turkish agent; UTF-8 body mislabelled as iso-8859-1; folded UTF-8 encoded-word subject
d = D(2025, 10, 9, 13, 27, 18)
new = f"""Hello Lars,

I hope you are fine.

I want to give you an update about your request for the accounts AWS {N_old[3:]} and {N_keep}. We are still waiting the answer from our certification team, because the two accounts have different names in the profile and they must check it manually. I am sorry for the delay, your case is not forgotten.

As soon as I will take the answer from them, I will write you again. You don't need to do anything for now.

Thank you for your patience.

Best regards,
Ayşe Yılmaz
Amazon Web Services"""
txt = new + AWS_SIG_FOOTER
body = multi('alternative', [part(txt, charset='iso-8859-1', cte='quoted-printable', codec='utf-8'),
                             part(to_html(txt, charset='iso-8859-1'), 'html', charset='iso-8859-1', cte='quoted-printable', codec='utf-8')])
subj = Header('RE:[CASE %s] ' % N_case, 'us-ascii')
subj.append(N_title, 'utf-8')
msg, tail = aws_mail(N_user, d, subj.encode(maxlinelen=60), body, trace=o365, fromh=AWS_NOREPLY)
add('059-tr-agent-still-waiting-certification-team.eml', finish(msg, tail), 'support_reply', N_case, [N_keep, N_old], True, 'en', new)

# 060 closure notice: auto-resolved + rating request
d = D(2025, 10, 20, 0, 5, 2)
txt = f"""Hello,

Your support case {N_case} has been resolved. We have not received a reply from you in the last 7 days, so we assume your issue has been taken care of.

If your issue is not resolved, you can reopen the case from the Support Center within 14 days:
https://support.console.aws.amazon.com/support/home#/case/?displayId={N_case}&language=en

How satisfied were you with this case? Rate your experience (1 = very dissatisfied, 5 = very satisfied):
https://support.console.aws.amazon.com/support/feedback?displayId={N_case}

Thank you for using AWS Support.

Amazon Web Services"""
body = multi('alternative', [part(txt, cte='7bit', charset='us-ascii'), part(to_html(txt), 'html', cte='quoted-printable')])
msg, tail = aws_mail(N_user, d, 'Your AWS Support case %s has been resolved' % N_case, body, trace=o365, fromh=AWS_NOREPLY)
add('060-case-auto-resolved-rate-experience.eml', finish(msg, tail), 'survey', N_case, [], True, 'en', txt)

write_all()
