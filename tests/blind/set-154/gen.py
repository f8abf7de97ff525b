#!/usr/bin/env python3
"""Generator for blind set 154: AWS Certification account-merge mailbox (Japanese emphasis)."""
import base64, quopri, random, json, os, io, hashlib, html, re
import datetime as dt
from email.message import Message
from email.header import Header
from email.utils import format_datetime
from email import policy
from email.generator import BytesGenerator

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(154)
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9), 'JST')
LABELS = {}
SEQ = [0]
RAW = {}

# ---------------------------------------------------------------- helpers
def d(s, tz=UTC):
    """'2025-05-28 01:02:11' -> aware datetime (interpreted in tz)."""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)

def cid15(opened, suffix):
    return '%d%05d' % (int(opened.timestamp()), suffix)

def rfc(t, tz=None):
    if tz is not None:
        t = t.astimezone(tz)
    return format_datetime(t)

def pacific(t):
    # rough DST rule is enough for fixtures
    dst = 3 <= t.month <= 10 or (t.month == 11 and t.day < 3)
    tz = dt.timezone(dt.timedelta(hours=-7 if dst else -8))
    return format_datetime(t.astimezone(tz)) + (' (PDT)' if dst else ' (PST)')

def hexs(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))

def b64s(n):
    return ''.join(rnd.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(n))

def ses_id(t, region='email'):
    ms = int(t.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@%s.amazonses.com>' % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), region)

def dkim(domain, sel, t, h='From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    b = b64s(172)
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s\n\t%s=' %
            (sel, domain, int(t.timestamp()), h, b64s(43), b[:70], b[70:140], b[140:]))

def ew(s, charset='utf-8', name='Subject'):
    """encoded-word, folded over lines"""
    return Header(s, charset, header_name=name).encode(linesep='\n')

def addr(name, email, charset='utf-8'):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, charset, 'From'), email)

SES_IPS = ['54.240.8.31', '54.240.9.112', '54.240.48.89', '54.240.27.10', '54.240.11.76', '54.240.13.39']

def ses_host(ip):
    a, b_, c, dd = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, dd)

# ---------------------------------------------------------------- body parts
def part(text, subtype='plain', charset='utf-8', cte='base64', codec=None, label=None, crlf=True):
    """A single text part. codec = real encoding of the bytes, label = declared charset."""
    codec = codec or charset
    label = label if label is not None else charset
    p = Message()
    ct = 'text/%s' % subtype
    if label:
        ct += '; charset="%s"' % label if rnd.random() < 0.6 else '; charset=%s' % label
    p['Content-Type'] = ct
    p['Content-Transfer-Encoding'] = cte
    if not text.endswith('\n'):
        text += '\n'
    if cte == 'base64':
        raw = text.replace('\n', '\r\n').encode(codec)
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
    elif cte == 'quoted-printable':
        raw = text.encode(codec)
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
    elif cte == '7bit':
        raw = text.encode(codec)
        raw.decode('ascii')  # must be 7-bit clean
        p.set_payload(raw.decode('ascii'))
    elif cte == '8bit':
        key = '@@RAW%d@@' % len(RAW)
        RAW[key] = text.replace('\n', '\r\n').encode(codec)
        p.set_payload(key + '\n')
    else:
        raise ValueError(cte)
    return p

def multi(subtype, *parts, boundary=None):
    m = Message()
    bd = boundary or ('----=_Part_%d_%d.%d' % (rnd.randint(100000, 999999), rnd.randint(10**8, 10**9), rnd.randint(10**12, 10**13)))
    m['Content-Type'] = 'multipart/%s; \n\tboundary="%s"' % (subtype, bd)
    for p in parts:
        m.attach(p)
    m.set_boundary(bd)
    return m

def html_wrap(inner, title='', lang='en', charset='UTF-8', style='aws'):
    if style == 'aws':
        return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
                '<title>%s</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f;">\n'
                '<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
                '<table width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;">\n'
                '<tr><td style="background:#232f3e;padding:16px;"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="Amazon Web Services" width="90"></td></tr>\n'
                '<tr><td style="padding:24px;line-height:1.6;">\n%s\n</td></tr>\n'
                '</table></td></tr></table>\n</body></html>\n') % (lang, charset, html.escape(title), inner)
    return '<html><head><meta charset="%s"></head><body>\n%s\n</body></html>\n' % (charset, inner)

def _paras(lines):
    out, para = [], []
    def flush():
        if para:
            out.append('<p>' + '<br>\n'.join(html.escape(x) for x in para) + '</p>')
            para.clear()
    for line in lines:
        if line.strip() == '':
            flush()
        else:
            para.append(line)
    flush()
    return '\n'.join(out)

def _quoted(lines):
    """render lines that may contain '>' quoting as nested blockquotes"""
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith('>'):
            j = i
            inner = []
            while j < len(lines) and lines[j].startswith('>'):
                l = lines[j][1:]
                inner.append(l[1:] if l.startswith(' ') else l)
                j += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n%s\n</blockquote>' % _quoted(inner))
            i = j
        else:
            j = i
            while j < len(lines) and not lines[j].startswith('>'):
                j += 1
            out.append(_paras(lines[i:j]))
            i = j
    return '\n'.join(out)

def text2html(text, quote_at=None):
    """plain text -> simple html; from the line starting with quote_at on, wrap in a quote div."""
    lines = text.split('\n')
    if quote_at:
        for k, l in enumerate(lines):
            if l.startswith(quote_at):
                head, tail = lines[:k], lines[k:]
                return _paras(head) + '\n<div class="quote">\n<div class="attr">' + html.escape(tail[0]) + '</div>\n' + _quoted(tail[1:]) + '\n</div>'
    return _quoted(lines)

# ---------------------------------------------------------------- transport chains
def tr_gmail(to, t_recv, mailfrom, ip, helo, verdict, from_dom='amazon.com', dkim_doms=('amazon.com', 'amazonses.com'), spf='pass', dmarc='pass', policy_='p=QUARANTINE sp=QUARANTINE dis=NONE'):
    """returns list of (name, value) for the top of the message (Gmail receiving)."""
    gid = '%s.%d' % (b64s(4).replace('+', 'a').replace('/', 'b'), rnd.randint(1000000, 9999999))
    h = [('Delivered-To', to),
         ('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (hexs(4), hexs(3), hexs(3), hexs(4), b64s(3).replace('/', 'x').replace('+', 'y'), pacific(t_recv + dt.timedelta(seconds=1)))),
         ('X-Google-Smtp-Source', 'AGHT+I%s' % b64s(72)),
         ('X-Received', 'by 2002:a05:6a00:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (hexs(4), hexs(3), hexs(3), hexs(4), hexs(8), hexs(16), rnd.randint(10, 99), rnd.randint(10**12, 10**13), pacific(t_recv + dt.timedelta(seconds=1)))),
         ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==' % (int(t_recv.timestamp()), b64s(70), b64s(60))),
         ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:date:message-id:mime-version:subject:to:reply-to:from\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s==' % (b64s(43), b64s(43), b64s(80))),
         ]
    dk = ''.join(';\n       dkim=%s header.i=@%s header.s=%s header.b=%s' % (verdict.get(dd, 'pass'), dd, hexs(8), b64s(8)) for dd in dkim_doms)
    spfline = 'spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s' % (
        spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, mailfrom)
    ar = 'mx.google.com%s;\n       %s;\n       dmarc=%s (%s) header.from=%s' % (dk, spfline, dmarc, policy_, from_dom)
    h.append(('ARC-Authentication-Results', 'i=1; ' + ar))
    h += [('Return-Path', '<%s>' % mailfrom),
          ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
              helo, helo, ip, hexs(8), hexs(16), rnd.randint(1, 9), rnd.randint(1, 9), rnd.randint(10**9, 10**10), to, pacific(t_recv))),
          ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
              spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip)),
          ('Authentication-Results', ar)]
    return h

def tr_outlook(to, t_recv, mailfrom_dom, ip, helo, from_dom='amazon.com', dkim_res='pass', dkim_dom='amazon.com', spf='pass', dmarc='pass', compauth='pass reason=100'):
    host1 = 'SA1PR%02dMB%04d.namprd%02d.prod.outlook.com' % (rnd.randint(10, 19), rnd.randint(1000, 9999), rnd.randint(10, 19))
    host2 = 'SN1PEPF%08d.namprd%02d.prod.outlook.com' % (rnd.randint(1, 99999), rnd.randint(10, 19))
    dkimtxt = 'dkim=pass (signature was verified) header.d=%s' % dkim_dom if dkim_res == 'pass' else 'dkim=%s (signature did not verify) header.d=%s' % (dkim_res, dkim_dom)
    act = 'action=none' if dmarc == 'pass' else 'action=quarantine'
    h = [('Received', 'from %s (::1) by\n %s with HTTPS; %s' % (host2, host1, rfc(t_recv + dt.timedelta(seconds=2)))),
         ('Received', 'from BN9PR03CA%04d.namprd03.prod.outlook.com (2603:10b6:408:13e::%s)\n by %s (2603:10b6:806:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
             rnd.randint(1000, 9999), hexs(2), host1, hexs(3), hexs(2), rnd.randint(8000, 9200), rnd.randint(10, 40), rfc(t_recv + dt.timedelta(seconds=1)))),
         ('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s %s\n header.from=%s;compauth=%s' % (
             spf, ip, mailfrom_dom, dkimtxt, dmarc, act, from_dom, compauth)),
         ('Received-SPF', '%s (protection.outlook.com: domain of %s %s\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (spf.capitalize(), mailfrom_dom, 'designates' if spf == 'pass' else 'does not designate', ip, ip, helo)),
         ('Received', 'from %s (%s) by\n %s (10.167.243.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
             helo, ip, host2, rnd.randint(2, 250), rnd.randint(8000, 9200), rnd.randint(10, 40), rfc(t_recv))),
         ]
    return h

def tr_jp(provider, to, t_recv, mailfrom, ip, helo, from_dom='amazon.com', dkim_res='pass', dkim_dom='amazon.com', spf='pass', dmarc='pass', with_dmarc=True):
    """Japanese providers: nifty, biglobe, docomo, yahoo, sonet, iij (corporate), ocn."""
    jt = lambda x: rfc(x, JST)
    P = {
        'nifty': ('nifty.com', 'mta-snd-e%02d.mail.nifty.com' % rnd.randint(1, 12), 'mx-c%02d.nifty.com' % rnd.randint(1, 9)),
        'biglobe': ('biglobe.ne.jp', 'mail-mx%02d.biglobe.ne.jp' % rnd.randint(1, 9), 'mx.biglobe.ne.jp'),
        'docomo': ('mfsmax.docomo.ne.jp', 'mfsmax.docomo.ne.jp', 'mrs%02d.docomo.ne.jp' % rnd.randint(1, 30)),
        'yahoo': ('mx.mail.yahoo.co.jp', 'mta%03d.mail.kks.yahoo.co.jp' % rnd.randint(100, 999), 'mx.mail.yahoo.co.jp'),
        'sonet': ('so-net.ne.jp', 'mx%02d.so-net.ne.jp' % rnd.randint(1, 9), 'mail.so-net.ne.jp'),
        'iij': ('iij.ad.jp', 'mgw%d.sf.iij.ad.jp' % rnd.randint(1, 8), 'mx%d.iijmio-mail.jp' % rnd.randint(1, 4)),
        'ocn': ('ocn.ad.jp', 'mfilter%03d.ocn.ad.jp' % rnd.randint(1, 200), 'mx.ocn.ne.jp'),
    }[provider]
    authid, inner, outer = P
    parts = ['spf=%s smtp.mailfrom=%s' % (spf, mailfrom)]
    if dkim_res:
        parts.append('dkim=%s header.d=%s header.i=@%s' % (dkim_res, dkim_dom, dkim_dom))
    if with_dmarc:
        parts.append('dmarc=%s header.from=%s' % (dmarc, from_dom))
    ar = '%s;\n\t%s' % (authid, ';\n\t'.join(parts))
    qid = '%s%s' % (hexs(10).upper(), hexs(4).upper())
    h = [('Return-Path', '<%s>' % mailfrom),
         ('Received', 'from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (inner, outer, qid, to, jt(t_recv + dt.timedelta(seconds=2)))),
         ('Authentication-Results', ar),
         ('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (helo, helo, ip, inner, qid.lower(), to, jt(t_recv)))]
    return h

def aws_origin(t, from_, to, subject, reply_to=None, msgid=None, sign=True, extra=(), ip=None):
    h = []
    if sign:
        h.append(('DKIM-Signature', dkim('amazon.com', 'rjt4cl3vjmaxymmxhp2t6fxfdaqb2dsf', t)))
        h.append(('DKIM-Signature', dkim('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', t,
                                         'From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID')))
    h += [('Date', rfc(t)), ('From', from_)]
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('To', to), ('Message-ID', msgid or ses_id(t)), ('Subject', subject)]
    h += list(extra)
    h += [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % b64s(43).replace('/', 'Q')),
          ('X-SES-Outgoing', '%s-%s' % (t.strftime('%Y.%m.%d'), ip or '54.240.8.31'))]
    return h

# ---------------------------------------------------------------- writer
def norm_ids(ids):
    out = set()
    for i in ids:
        m = re.fullmatch(r'(?i)aws[\s\-]?(\d{8})', i)
        assert m, i
        out.add('AWS' + m.group(1))
    return sorted(out)

def emit(short, kind, top, origin, body, case_id=None, ids=(), verified=None, lang='ja'):
    SEQ[0] += 1
    fname = '%03d-%s.eml' % (SEQ[0], short)
    m = Message()
    for k, v in top:
        m[k] = v
    for k, v in origin:
        m[k] = v
    if 'MIME-Version' not in m:
        m['MIME-Version'] = '1.0'
    for k in ('Content-Type', 'Content-Transfer-Encoding'):
        if body[k] is not None:
            m[k] = body[k]
    if body.is_multipart():
        m.set_payload(body.get_payload())
        m.preamble = body.preamble
    else:
        m.set_payload(body.get_payload())
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.compat32.clone(linesep='\r\n', max_line_length=0), mangle_from_=False).flatten(m)
    data = buf.getvalue()
    for k, raw in RAW.items():
        kb = k.encode('ascii') + b'\r\n'
        if kb in data:
            data = data.replace(kb, raw if raw.endswith(b'\r\n') else raw + b'\r\n')
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    assert kind in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                    'credly_badge_issued', 'support_reply', 'unrelated'), kind
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': norm_ids(ids),
                     'sender_verified': verified, 'language': lang}
    return fname

# common addresses
FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORM_FROM = 'Amazon Web Services <%s>' % FORM
NOREPLY = 'no-reply-aws@amazon.com'
NOREPLY_FROM = 'Amazon Web Services <%s>' % NOREPLY

def aws_mail_gmail(t, to, subject, body, from_=FORM_FROM, reply_to=FORM, delay=2, extra=()):
    ip = rnd.choice(SES_IPS)
    msgid = ses_id(t)
    mailfrom = msgid[1:-1].replace('@email.amazonses.com', '@email.amazonses.com')
    top = tr_gmail(to, t + dt.timedelta(seconds=delay), mailfrom, ip, ses_host(ip), {})
    origin = aws_origin(t, from_, to, subject, reply_to, msgid, extra=extra, ip=ip)
    return top, origin

def aws_mail_outlook(t, to, subject, from_=FORM_FROM, reply_to=FORM, delay=3, **kw):
    ip = rnd.choice(SES_IPS)
    msgid = ses_id(t)
    top = tr_outlook(to, t + dt.timedelta(seconds=delay), 'email.amazonses.com', ip, ses_host(ip), **kw)
    origin = aws_origin(t, from_, to, subject, reply_to, msgid, ip=ip)
    return top, origin

def aws_mail_jp(provider, t, to, subject, from_=FORM_FROM, reply_to=FORM, delay=4, **kw):
    ip = rnd.choice(SES_IPS)
    msgid = ses_id(t)
    top = tr_jp(provider, to, t + dt.timedelta(seconds=delay), msgid[1:-1], ip, ses_host(ip), **kw)
    origin = aws_origin(t, from_, to, subject, reply_to, msgid, ip=ip)
    return top, origin

def alt(plain, html_inner, charset='utf-8', cte_p='quoted-printable', cte_h='quoted-printable', title='', lang='en'):
    return multi('alternative',
                 part(plain, 'plain', charset, cte_p),
                 part(html_wrap(html_inner, title, lang, charset.upper()), 'html', charset, cte_h))


import atexit
def _finish():
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote %d mails' % len(LABELS))
atexit.register(_finish)
for _f in os.listdir(OUT):
    if _f.endswith('.eml'):
        os.remove(os.path.join(OUT, _f))

# ======================================================================
# Persona A: 田中 浩, Gmail, form case 15 digits, May 2025, 2 accounts
# ======================================================================
A_TO = 'h.tanaka.0721@gmail.com'
A_OPEN = d('2025-05-27 01:14:33')
A_CASE = cid15(A_OPEN, 412)
A_OLD, A_NEW = 'AWS03817264', 'AWS11945028'
A_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE

# 001 acknowledgement (form desk, English template)
t = A_OPEN + dt.timedelta(seconds=41)
plain = f"""Hello,

Thank you for contacting AWS Training and Certification.

This is an automated message to let you know that we have received your request and a case has been created for you.

    Case ID:         {A_CASE}
    Inquiry type:    Certification
    Inquiry detail:  Account Merge

A member of our team will review your request and respond, in most cases within 24 hours (Monday to Friday, excluding holidays).

To add information to this request, simply reply to this e-mail and keep the case number in the subject line. Please do not submit a new form for the same request: duplicate cases can delay our response.

Sincerely,
AWS Training and Certification Customer Support

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
inner = f"""<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification.</p>
<p>This is an automated message to let you know that we have received your request and a case has been created for you.</p>
<table cellpadding="4" style="border:1px solid #d5dbdb;border-collapse:collapse;">
<tr><td><b>Case ID</b></td><td>{A_CASE}</td></tr>
<tr><td><b>Inquiry type</b></td><td>Certification</td></tr>
<tr><td><b>Inquiry detail</b></td><td>Account Merge</td></tr></table>
<p>A member of our team will review your request and respond, in most cases within 24 hours (Monday to Friday, excluding holidays).</p>
<p>To add information to this request, simply reply to this e-mail and keep the case number in the subject line. Please do not submit a new form for the same request: duplicate cases can delay our response.</p>
<p>Sincerely,<br>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078;">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>"""
subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE
top, origin = aws_mail_gmail(t, A_TO, subj, None)
emit('form-ack-tanaka', 'case_created', top, origin, alt(plain, inner, title='AWS Training and Certification'),
     case_id=A_CASE, verified=True, lang='en')

# 002 confirmation request in Japanese, quoting the form submission
t_req = d('2025-05-28 01:02:11')
A_REQ_BODY = f"""田中 浩 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
カスタマーサポート担当の山口でございます。

認定アカウントの統合のご依頼につきまして、お調べいたしましたところ、田中様のお名前で下記 2 件のアカウントが確認できました。

　■ 統合元（統合後にご利用いただけなくなるアカウント）
　　AWS 候補者 ID：{A_OLD}
　　登録メールアドレス：tanaka.h@kitaura-denki.co.jp

　■ 統合先（統合後も残るアカウント）
　　AWS 候補者 ID：{A_NEW}
　　登録メールアドレス：h.tanaka.0721@gmail.com

統合後は、{A_OLD} で取得された認定資格および受験履歴がすべて {A_NEW} に移行されます。
なお、統合処理は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。

上記の内容でお間違いがなければ、本メールにそのままご返信いただき、統合の実施にご同意いただける旨をお知らせいただけますでしょうか。
ご返信を確認でき次第、手続きを進めさせていただきます。"""
A_SIG = """
山口
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""
plain = A_REQ_BODY + """

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。
""" + A_SIG + f"""

---------- 元のお問い合わせ内容 ----------
お名前: 田中 浩
メールアドレス: h.tanaka.0721@gmail.com
AWS 候補者 ID: {A_NEW}
お問い合わせの種類: Certification
詳細: Account Merge
内容:
以前勤務していた会社のメールアドレスで作成したアカウント（{A_OLD.lower()}）があります。
現在の個人アカウントに認定資格をまとめたいので、統合をお願いします。
"""
top, origin = aws_mail_gmail(t_req, A_TO, A_SUBJ, None)
emit('ja-confirm-request-tanaka', 'merge_confirmation_requested', top, origin,
     alt(plain, text2html(plain, '----------'), cte_p='base64', cte_h='base64', title='AWS', lang='ja'),
     case_id=A_CASE, ids=[A_OLD, A_NEW], verified=True)

# 003 thanks for consent (support_reply), quoting user's Gmail-JP reply with nested request
t = d('2025-05-28 23:51:40')
q_req = '\n'.join(('> > ' + l) if l else '> >' for l in A_REQ_BODY.split('\n'))
plain = f"""田中 様

ご返信いただき、ありがとうございます。
統合の実施についてご同意いただいたことを確認いたしました。これより担当部署にて作業を開始いたします。

作業には通常 1～3 営業日ほどお時間をいただいております。完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいませ。
また、作業が終わるまでの間は、新たな試験のご予約はお控えいただけますと幸いです。

引き続きよろしくお願いいたします。
{A_SIG}

2025年5月28日(水) 19:40 田中浩 <h.tanaka.0721@gmail.com>:
> 山口様
>
> ご連絡ありがとうございます。
> 記載いただいた内容で相違ありません。統合をお願いいたします。
>
> 田中
>
> 2025年5月28日(水) 10:02 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
{q_req}
"""
top, origin = aws_mail_gmail(t, A_TO, A_SUBJ, None)
emit('ja-consent-ack-tanaka', 'support_reply', top, origin,
     alt(plain, text2html(plain, '2025年5月28日(水) 19:40'), cte_p='quoted-printable', cte_h='base64', lang='ja'),
     case_id=A_CASE, ids=[], verified=True)

# 004 completion, quoting the request in Outlook "-----Original Message-----" style
t = d('2025-05-30 06:18:02')
q = A_REQ_BODY
plain = f"""田中 浩 様

いつもお世話になっております。AWS トレーニングと認定の山口です。

大変お待たせいたしました。ご依頼いただいておりました認定アカウントの統合作業が、本日すべて完了いたしました。
今後は h.tanaka.0721@gmail.com で AWS Certification アカウントにサインインしていただけます。以前のアカウントで取得された認定資格も、こちらでご確認いただけます。

Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。1 週間ほど経っても表示されない場合は、本メールにご返信ください。

以上、どうぞよろしくお願いいたします。
{A_SIG}

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, May 28, 2025 1:02 AM
To: h.tanaka.0721@gmail.com
Subject: {A_SUBJ}

{q}
"""
top, origin = aws_mail_gmail(t, A_TO, A_SUBJ, None)
emit('ja-merge-done-quotes-request', 'merge_completed', top, origin,
     alt(plain, text2html(plain, '-----Original Message-----'), cte_p='base64', cte_h='base64', lang='ja'),
     case_id=A_CASE, ids=[], verified=True)

# 005 closure survey (HTML-only English template)
t = d('2025-05-30 06:19:27')
inner = f"""<p>Hello,</p>
<p>We're writing to let you know that your case <b>{A_CASE}</b> has been resolved and is now closed.</p>
<p>Your feedback helps us improve. Please take a moment to tell us about your experience.</p>
<p style="font-size:16px;"><b>Was your issue resolved?</b></p>
<p><a href="https://survey.aws-tc-support.amazon.com/s/feedback?case={A_CASE}&amp;q1=yes" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none;border-radius:3px;">YES</a>&nbsp;&nbsp;
<a href="https://survey.aws-tc-support.amazon.com/s/feedback?case={A_CASE}&amp;q1=no" style="background:#eaeded;color:#000;padding:8px 22px;text-decoration:none;border-radius:3px;">NO</a></p>
<p>How would you rate the support you received from our agent?<br>
<a href="https://survey.aws-tc-support.amazon.com/s/feedback?case={A_CASE}&amp;r=5">Excellent</a> |
<a href="https://survey.aws-tc-support.amazon.com/s/feedback?case={A_CASE}&amp;r=4">Good</a> |
<a href="https://survey.aws-tc-support.amazon.com/s/feedback?case={A_CASE}&amp;r=3">Fair</a> |
<a href="https://survey.aws-tc-support.amazon.com/s/feedback?case={A_CASE}&amp;r=2">Poor</a></p>
<p>If your issue has not been resolved, reply to this message within 7 days and your case will be reopened.</p>
<p>Thank you,<br>AWS Training and Certification Customer Support</p>"""
subj = 'Your case %s has been closed - tell us how we did' % A_CASE
top, origin = aws_mail_gmail(t, A_TO, subj, None)
emit('survey-closed-tanaka', 'survey', top, origin,
     part(html_wrap(inner, 'Case closed'), 'html', 'utf-8', 'quoted-printable'),
     case_id=A_CASE, verified=True, lang='en')

# 006 Credly badge after the merge
def credly_mail(t, to, subject, plain, inner, auth='gmail', provider=None, from_name='Amazon Web Services Training and Certification via Credly',
                from_addr='admin@credly.com', dom='credly.com', verdict=None):
    ip = '167.89.%d.%d' % (rnd.randint(0, 120), rnd.randint(1, 250))
    mailfrom = 'bounces+%d-%s-%s=%s@em.%s' % (rnd.randint(1000000, 9999999), hexs(4), to.split('@')[0], to.split('@')[1], dom)
    helo = 'o%d.em.%s' % (rnd.randint(1, 40), dom)
    if auth == 'gmail':
        top = tr_gmail(to, t + dt.timedelta(seconds=3), mailfrom, ip, helo, verdict or {}, from_dom=dom,
                       dkim_doms=(dom, 'sendgrid.info'), policy_='p=NONE sp=NONE dis=NONE')
    elif auth == 'outlook':
        top = tr_outlook(to, t + dt.timedelta(seconds=3), 'em.' + dom, ip, helo, from_dom=dom, dkim_dom=dom)
    else:
        top = tr_jp(provider, to, t + dt.timedelta(seconds=3), mailfrom, ip, helo, from_dom=dom, dkim_dom=dom)
    origin = [('DKIM-Signature', dkim(dom, 's1', t, 'from:mime-version:subject:to:content-type:cc:content-type:from:subject:to')),
              ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', t, 'from:mime-version:subject:to:content-type')),
              ('Date', rfc(t)), ('From', '%s <%s>' % (from_name, from_addr)), ('Mime-Version', '1.0'),
              ('Message-ID', '<%s%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', '_').replace('+', '-'), '', rnd.randint(1, 40))),
              ('Subject', subject), ('To', to),
              ('X-SG-EID', b64s(60)), ('X-Entity-ID', b64s(22) + '==')]
    body = multi('alternative', part(plain, 'plain', 'utf-8', 'quoted-printable'),
                 part(html_wrap(inner, subject, style='plain'), 'html', 'utf-8', 'quoted-printable'))
    return top, origin, body

t = d('2025-05-31 14:22:09')
plain = """Hiroshi Tanaka,

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect – Associate

This badge was previously held in another account and has been re-issued following the consolidation of your AWS Certification accounts. Claim it now to share your achievement, verify your skills and keep your profile up to date.

Accept your badge:
https://www.credly.com/badges/5f3c1e92-7a44-4a1b-9a3e-0d8c2b6f17a4/accept

Why accept?
- Share your badge on LinkedIn, X and other networks
- Let employers verify your skills in one click
- Discover jobs that match your new skills

Questions? Visit https://support.credly.com

Credly, Inc. | 100 N. Crescent Dr., Beverly Hills, CA 90210
You are receiving this email because Amazon Web Services Training and Certification issued you a badge through Credly.
Unsubscribe: https://www.credly.com/notification_settings
"""
inner = """<h2 style="font-family:Helvetica;">You've been issued a badge!</h2>
<p>Hiroshi Tanaka,</p>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="AWS Certified Solutions Architect – Associate"><br><b>AWS Certified Solutions Architect – Associate</b></p>
<p>This badge was previously held in another account and has been re-issued following the consolidation of your AWS Certification accounts.</p>
<p><a href="https://www.credly.com/badges/5f3c1e92-7a44-4a1b-9a3e-0d8c2b6f17a4/accept" style="background:#1e7ed4;color:#fff;padding:10px 24px;text-decoration:none;">Accept your badge</a></p>
<p style="font-size:11px;color:#777;">Credly, Inc. | 100 N. Crescent Dr., Beverly Hills, CA 90210<br>You are receiving this email because Amazon Web Services Training and Certification issued you a badge through Credly.</p>"""
top, origin, body = credly_mail(t, A_TO, 'Hiroshi, you have been issued a badge by Amazon Web Services Training and Certification', plain, inner)
emit('credly-reissued-after-merge', 'credly_badge_issued', top, origin, body, verified=True, lang='en')

# ======================================================================
# Persona B: 佐藤 美咲, nifty, console case (Japanese), Feb 2025, 3 accounts
# ======================================================================
B_TO = 'misaki-sato@nifty.com'
B_OPEN = d('2025-02-12 05:03:10')
B_CASE = cid15(B_OPEN, 721)
B1, B2, B3 = 'AWS02290417', 'AWS07731569', 'AWS10458832'
B_CASE_SUBJ = 'AWS 認定アカウントの統合について'
B_SUBJ = 'RE:[CASE %s] %s' % (B_CASE, B_CASE_SUBJ)
B_LINK = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja' % B_CASE
B_FOOT = f"""
ケースに返信するには、次のリンクからサポートセンターにアクセスしてください（このメールアドレスへの返信は受け付けておりません）。
{B_LINK}

このやり取りの評価をお願いします:
https://console.aws.amazon.com/support/feedback?displayId={B_CASE}&language=ja

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。このメッセージは Amazon Web Services, Inc.（410 Terry Ave. North, Seattle, WA 98109-5210）によって作成および配信されました。"""

def b_mail(t, subj, plain, short, kind, ids, quote_at=None, html_only=False):
    top, origin = aws_mail_jp('nifty', t, B_TO, ew(subj), from_=NOREPLY_FROM, reply_to=None)
    if html_only:
        body = part(html_wrap(text2html(plain, quote_at), 'Amazon Web Services', 'ja'), 'html', 'utf-8', 'quoted-printable')
    else:
        body = alt(plain, text2html(plain, quote_at), lang='ja')
    return emit(short, kind, top, origin, body, case_id=B_CASE, ids=ids, verified=True)

# 007 case opened (console, Japanese, HTML only)
t = B_OPEN + dt.timedelta(seconds=12)
plain = f"""Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース {B_CASE} をオープンしました。

ケース ID: {B_CASE}
件名: {B_CASE_SUBJ}
重要度: 一般的なガイダンス
ケースの作成者: misaki-sato@nifty.com

担当者より順次ご連絡いたします。ケースの詳細の確認や情報の追加は、サポートセンターから行えます。
{B_LINK}

同じご要望について新しいケースを作成すると、対応が遅れる場合がありますのでご注意ください。

よろしくお願いいたします。
Amazon Web Services

このメールアドレスへの返信は受け付けておりません。"""
b_mail(t, 'Amazon Web Services: 新しいサポートケースが作成されました: %s' % B_CASE, plain, 'ja-console-case-opened', 'case_created', [], html_only=True)

# 008 agent asks which account to keep
t = d('2025-02-13 01:47:55')
plain = f"""佐藤 様

Amazon Web Services サポートの木村です。
AWS 認定アカウントの統合についてお問い合わせいただき、ありがとうございます。

お知らせいただいた情報をもとに確認いたしましたところ、佐藤様のものと思われる認定アカウントが 3 件見つかりました（{B1}、{B2}、{B3}）。

統合後に残るアカウントは 1 つのみとなり、そのアカウントに登録されているメールアドレスで今後サインインしていただくことになります。
お手数ですが、3 件のうち、どのアカウントを残すことをご希望か、ご返信いただけますでしょうか。
特にご希望がない場合は、直近で認定を取得されている {B3} を残すことをおすすめいたします。

ご希望をお伺いした後、統合内容の最終確認のご案内をお送りいたします。

よろしくお願いいたします。

木村
Amazon Web Services
{B_FOOT}"""
b_mail(t, B_SUBJ, plain, 'ja-which-account-to-keep', 'support_reply', [B1, B2, B3])

# 009 agent asks for the registered e-mail addresses
t = d('2025-02-14 02:10:31')
plain = f"""佐藤 様

ご返信いただき、ありがとうございます。木村です。
{B3.lower()} を残すご希望、承知いたしました。

統合の前に、ご本人様確認のため、恐れ入りますが以下の 2 点をお知らせいただけますでしょうか。

　1. {B1} に登録されているメールアドレス
　2. {B2} に登録されているメールアドレス

（いずれも、以前サインインにご使用になっていたアドレスで構いません。ご不明な場合は「不明」とご記入ください。）

確認が取れ次第、次のステップについてご案内いたします。

木村
Amazon Web Services
{B_FOOT}"""
b_mail(t, B_SUBJ, plain, 'ja-asks-login-addresses', 'support_reply', [B1, B2, B3])

# 010 confirmation request, 3 accounts
t = d('2025-02-17 00:55:09')
plain = f"""佐藤 様

いつもお世話になっております。Amazon Web Services サポートの木村です。
メールアドレスをお知らせいただき、ありがとうございました。ご本人様確認が完了いたしました。

つきましては、以下の内容でアカウントの統合を実施してよろしいか、最終確認をお願いいたします。

【統合されるアカウント】
・{B1}（sato.misaki@tokai-sangyo.example.co.jp）
・{B2}（misaki.s.1990@gmail.com）

【統合後に残るアカウント】
・{B3}（misaki-sato@nifty.com）

※統合後、上記 2 件のアカウントの認定資格・受験履歴・特典はすべて {B3} に引き継がれます。
※統合を実施すると、元の状態に戻すことはできません。
※現在予約中の試験がある場合は、統合前にお知らせください。

内容にお間違いがなければ、サポートセンターから本ケースに「上記内容で統合に同意します」とご返信ください。
ご返信をいただくまで、統合作業は行いません。

木村
Amazon Web Services
{B_FOOT}"""
b_mail(t, B_SUBJ, plain, 'ja-confirm-three-accounts', 'merge_confirmation_requested', [B1, B2, B3])

# 011 chaser without restating anything (support_reply)
t = d('2025-02-21 03:30:00')
plain = f"""佐藤 様

Amazon Web Services サポートの木村です。

2 月 17 日にお送りしたご案内について、その後ご確認いただけましたでしょうか。
現在、佐藤様からのご返信をお待ちしている状態となっております。

お忙しいところ恐縮ですが、ご都合のよいときにサポートセンターからご返信いただけますと幸いです。
なお、7 日間ご返信がない場合、本ケースは自動的にクローズされますのでご了承ください（クローズ後もケースを再開していただくことは可能です）。

木村
Amazon Web Services
{B_FOOT}"""
b_mail(t, B_SUBJ, plain, 'ja-chaser-awaiting-reply', 'support_reply', [])

# 012 completion + closure in the same mail
t = d('2025-02-25 05:12:44')
plain = f"""佐藤 様

Amazon Web Services サポートの木村です。
ご同意のご返信をいただき、ありがとうございました。

本日、ご依頼のアカウント統合の手続きが完了いたしましたのでお知らせいたします。
{B1} および {B2} の認定資格は、すべて {B3} にて確認いただける状態となっております。今後は misaki-sato@nifty.com でサインインしてください。

ご依頼いただいた内容は以上で対応完了となりますので、本ケースはクローズとさせていただきます。
その他ご不明な点がございましたら、サポートセンターからケースを再開してご連絡ください。

このたびは Amazon Web Services をご利用いただき、ありがとうございました。

木村
Amazon Web Services
{B_FOOT}"""
b_mail(t, B_SUBJ, plain, 'ja-done-and-closing', 'merge_completed', [B1, B2, B3])

# 013 survey (Japanese, console)
t = d('2025-02-25 05:13:20')
plain = f"""Amazon Web Services サポートをご利用いただき、ありがとうございます。

ケース {B_CASE}「{B_CASE_SUBJ}」は解決済みとしてクローズされました。

今回のサポートについて、ご意見をお聞かせください。

問題は解決しましたか?
　はい: https://console.aws.amazon.com/support/feedback?displayId={B_CASE}&resolved=yes&language=ja
　いいえ: https://console.aws.amazon.com/support/feedback?displayId={B_CASE}&resolved=no&language=ja

担当者の対応を 5 段階で評価してください:
https://console.aws.amazon.com/support/feedback?displayId={B_CASE}&rating&language=ja

アンケートの所要時間は 1 分程度です。いただいたご意見は、サポート品質の向上のために活用させていただきます。

Amazon Web Services

このメールアドレスへの返信は受け付けておりません。"""
b_mail(t, 'Amazon Web Services: サポートケース %s は解決済みです - ご意見をお聞かせください' % B_CASE, plain, 'ja-console-survey', 'survey', [])

# ======================================================================
# Persona C: Raj Kumar, Outlook.com, form case 11 digits, Sep 2023
# ======================================================================
C_TO = 'raj.kumar.dev@outlook.com'
C_CASE = '13842960517'
C_OLD, C_NEW = 'AWS06128839', 'AWS09874410'
C_SUBJ = 'RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_CASE

# 014 ack, older wording
t = d('2023-09-14 16:21:07')
plain = f"""Greetings from AWS Training and Certification!

We received your request and opened case {C_CASE}. Our team will get back to you as soon as possible, typically within 1 business day.

Summary of your submission
--------------------------
Name: Raj Kumar
Email: raj.kumar.dev@outlook.com
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge

If you need to add anything, reply to this message. Replies to this address are added to your case automatically.

Thank you,
AWS Training and Certification
"""
inner = text2html(plain)
top, origin = aws_mail_outlook(t, C_TO, '[CASE %s] We received your request' % C_CASE)
emit('en-form-ack-11digit', 'case_created', top, origin, alt(plain, inner, cte_p='7bit', cte_h='quoted-printable'),
     case_id=C_CASE, verified=True, lang='en')

# 015 confirmation request, non-native English, ids as "aws 0xxxxxxx"
t_c_req = d('2023-09-15 10:42:19')
C_REQ = f"""Hello Raj,

Greetings from AWS Training and Certification!

Thank you for reaching out to us. This is Priya and I will be assisting you with your request.

As per your request, I have verified the details and I could see below accounts are registered in your name:

Account 1: aws 06128839 - raj.kumar@infotech-sol.example.com
Account 2: aws 09874410 - raj.kumar.dev@outlook.com

Account 1 will be merged into Account 2, and all your certifications, exam history and benefits will be available under Account 2 only. Post merge you will be able to login with raj.kumar.dev@outlook.com.
Kindly note that once the accounts are merged, the same cannot be reverted back.

Request you to please revert back on this email confirming the above details so that we can go ahead with the merge process.

Looking forward to hear from you.

Regards,
Priya S.
AWS Training and Certification Support"""
top, origin = aws_mail_outlook(t_c_req, C_TO, C_SUBJ)
emit('en-confirm-request-nonnative', 'merge_confirmation_requested', top, origin,
     alt(C_REQ, text2html(C_REQ), cte_p='quoted-printable', cte_h='quoted-printable'),
     case_id=C_CASE, ids=[C_OLD, C_NEW], verified=True, lang='en')

# 016 thanks for confirming, forwarded to team (support_reply), Outlook history blocks
t = d('2023-09-16 05:03:48')
plain = f"""Hello Raj,

Thank you for the confirmation.

I have forwarded your request to our concerned team for the merge. Usually it takes 3-5 business days to complete. Once the merge is complete, you will receive a confirmation on this same case.

Meanwhile please do not register for any exam using the old account.

Regards,
Priya S.
AWS Training and Certification Support

________________________________
From: Raj Kumar <raj.kumar.dev@outlook.com>
Sent: Friday, September 15, 2023 9:12 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: {C_SUBJ}

Hi Priya,

The details are correct. Please proceed with the merge.

Thanks & Regards,
Raj

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, September 15, 2023 4:12 PM
To: raj.kumar.dev@outlook.com
Subject: {C_SUBJ}

{C_REQ}
"""
top, origin = aws_mail_outlook(t, C_TO, C_SUBJ)
emit('en-thanks-forwarded-to-team', 'support_reply', top, origin,
     alt(plain, text2html(plain, '________________________________'), cte_p='quoted-printable', cte_h='base64'),
     case_id=C_CASE, ids=[], verified=True, lang='en')

# 017 completion; plain part labelled us-ascii but carries UTF-8 bytes (8bit)
t = d('2023-09-19 12:30:05')
plain = f"""Hello Raj,

Hope you are doing well.

This is to inform you that your AWS Certification accounts have been merged successfully. Your surviving account is {C_NEW} – you can now log in with raj.kumar.dev@outlook.com and you’ll find all your certifications and exam history there.

Your Credly badges will be moved to the same e-mail within 3–5 business days.

If you face any issue, please do revert on this email and we’ll be happy to help.

Regards,
Priya S.
AWS Training and Certification Support
"""
top, origin = aws_mail_outlook(t, C_TO, C_SUBJ)
body = multi('alternative', part(plain, 'plain', 'utf-8', '8bit', label='us-ascii'),
             part(html_wrap(text2html(plain)), 'html', 'utf-8', 'quoted-printable'))
emit('en-merge-success-wrong-charset', 'merge_completed', top, origin, body,
     case_id=C_CASE, ids=[C_NEW], verified=True, lang='en')

# 018 rating request
t = d('2023-09-19 12:31:40')
inner = f"""<p>Dear Raj Kumar,</p>
<p>Your case <b>{C_CASE}</b> has been marked as resolved.</p>
<p>Please take 30 seconds to rate your support experience. How satisfied are you with the support you received?</p>
<p><a href="https://aws-tc.qualtrics.example.com/jfe/form/SV_4Ns?caseId={C_CASE}&amp;s=1">&#9733;</a>
<a href="https://aws-tc.qualtrics.example.com/jfe/form/SV_4Ns?caseId={C_CASE}&amp;s=2">&#9733;&#9733;</a>
<a href="https://aws-tc.qualtrics.example.com/jfe/form/SV_4Ns?caseId={C_CASE}&amp;s=3">&#9733;&#9733;&#9733;</a>
<a href="https://aws-tc.qualtrics.example.com/jfe/form/SV_4Ns?caseId={C_CASE}&amp;s=4">&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://aws-tc.qualtrics.example.com/jfe/form/SV_4Ns?caseId={C_CASE}&amp;s=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p>Thank you for helping us improve.<br>AWS Training and Certification</p>"""
plain = f"""Dear Raj Kumar,

Your case {C_CASE} has been marked as resolved.

Please take 30 seconds to rate your support experience:
https://aws-tc.qualtrics.example.com/jfe/form/SV_4Ns?caseId={C_CASE}

Thank you for helping us improve.
AWS Training and Certification
"""
top, origin = aws_mail_outlook(t, C_TO, 'How did we do? Case %s' % C_CASE)
emit('en-rate-support-stars', 'survey', top, origin, alt(plain, inner, cte_p='7bit'),
     case_id=C_CASE, verified=True, lang='en')

# ======================================================================
# Persona D: 鈴木 健太, corporate mail behind IIJ gateway, 15 digits, Oct 2024
# ======================================================================
D_TO = 'k-suzuki@mirai-sys.example.co.jp'
D_OPEN = d('2024-10-08 02:30:11')
D_CASE = cid15(D_OPEN, 58)
D_KEEP, D_GONE = 'AWS05562193', 'AWS12018847'
D_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE
D_SIG = """
佐々木 由美
AWS トレーニングと認定 カスタマーサポート
Amazon Web Services"""

# 019 timing question: pending exam blocks the merge (support_reply)
t = d('2024-10-09 04:11:26')
plain = f"""鈴木 健太 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。担当の佐々木でございます。

アカウントの統合について確認を進めておりましたところ、統合元となる {D_GONE} にて、2024 年 10 月 19 日（土）に AWS Certified Developer - Associate (DVA-C02) の試験のご予約があることが確認できました。

恐れ入りますが、試験のご予約が残っているアカウントは統合の処理を行うことができません。つきましては、以下のいずれかをお選びいただけますでしょうか。

　A. 10 月 19 日に受験いただき、試験結果が確定した後（通常 5 営業日以内）に統合を進める
　B. 現在のご予約をキャンセルし、先に統合を進める（再予約は統合後のアカウントから行っていただきます）

なお、B の場合、キャンセル規定により受験料が返金されないことがございますので、ご注意ください。
ご希望をお知らせいただけましたら、それに合わせて手続きをご案内いたします。

よろしくお願いいたします。
{D_SIG}
"""
top, origin = aws_mail_jp('iij', t, D_TO, D_SUBJ)
emit('ja-pending-exam-timing-question', 'support_reply', top, origin,
     alt(plain, text2html(plain), cte_p='base64', cte_h='quoted-printable', lang='ja'),
     case_id=D_CASE, ids=[D_GONE], verified=True)

# 020 bilingual confirmation request (Japanese first)
t = d('2024-10-28 01:36:50')
plain = f"""鈴木 健太 様

お世話になっております。AWS トレーニングと認定の佐々木です。
10 月 19 日の試験結果が {D_GONE} に反映されたことを確認いたしました。合格おめでとうございます。

それでは、以下の内容で統合を行います。実施前に、内容に誤りがないかご確認ください。

　残るアカウント　　：{D_KEEP}（k-suzuki@mirai-sys.example.co.jp）
　統合されるアカウント：{D_GONE}（kenta.suzuki.aws@gmail.com）

統合後、{D_GONE} でサインインすることはできなくなります。また、一度行った統合を取り消すことはできません。
問題がなければ、本メールに「承認します」とご返信ください。

---------------------------------------------
(English follows)

Dear Kenta Suzuki,

We have confirmed that your exam result of October 19 is now reflected on {D_GONE}. Congratulations!

We are ready to merge your accounts as follows:
  Account to keep:   {D_KEEP} (k-suzuki@mirai-sys.example.co.jp)
  Account to merge:  {D_GONE} (kenta.suzuki.aws@gmail.com)

After the merge you will no longer be able to sign in with {D_GONE}, and the merge cannot be undone.
If everything is correct, please reply "I approve" to this e-mail.
{D_SIG}
"""
top, origin = aws_mail_jp('iij', t, D_TO, D_SUBJ)
emit('ja-en-bilingual-confirm-request', 'merge_confirmation_requested', top, origin,
     alt(plain, text2html(plain), cte_p='quoted-printable', cte_h='quoted-printable', lang='ja'),
     case_id=D_CASE, ids=[D_KEEP, D_GONE], verified=True)

# 021 status update after user chased, quoting user's Outlook-JP mail
t = d('2024-10-31 06:02:13')
plain = f"""鈴木 様

お問い合わせいただき、ありがとうございます。佐々木です。

ご承認のご連絡をいただいた後、10 月 29 日に統合の手続きを担当チームへ依頼しております。
現在、担当チームにて作業中のため、もう少々お時間をいただけますでしょうか。作業が終わり次第、本ケースにて改めてご連絡いたします。

お急ぎのところ恐れ入りますが、何卒よろしくお願いいたします。
{D_SIG}

________________________________
差出人: 鈴木 健太 <k-suzuki@mirai-sys.example.co.jp>
送信日時: 2024年10月31日 9:15
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: {D_SUBJ}

佐々木様

お世話になっております。鈴木です。
先日承認のご返信をいたしましたが、その後の状況はいかがでしょうか。
来月社内の資格報告があるため、進捗を教えていただけますと助かります。

――――――――――――――――
株式会社ミライシステムズ
クラウド推進部　鈴木 健太
TEL: 03-5555-0192
――――――――――――――――

________________________________
差出人: 鈴木 健太 <k-suzuki@mirai-sys.example.co.jp>
送信日時: 2024年10月28日 13:02
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: {D_SUBJ}

承認します。よろしくお願いいたします。
"""
top, origin = aws_mail_jp('iij', t, D_TO, D_SUBJ)
emit('ja-status-update-in-progress', 'support_reply', top, origin,
     alt(plain, text2html(plain, '________________________________'), cte_p='base64', cte_h='base64', lang='ja'),
     case_id=D_CASE, ids=[], verified=True)

# 022 completion by an English-writing agent, Japanese history below
t = d('2024-11-01 19:44:02')
plain = f"""Hello Kenta,

Thank you for your patience while we worked on this.

I'm happy to let you know that the consolidation of your two AWS Certification accounts is now finished. {D_KEEP} is your active account going forward; the certifications and exam history from the other account, including your new Developer - Associate certification, now appear there. Your 50% exam discount benefit has also been carried over.

Please allow up to 5 business days for your Credly badges to show under k-suzuki@mirai-sys.example.co.jp.

Best regards,
Daniel M.
AWS Training and Certification Customer Support

-----Original Message-----
From: k-suzuki@mirai-sys.example.co.jp
Sent: 2024-10-31 00:15 UTC
Subject: RE: {D_SUBJ}

佐々木様

お世話になっております。鈴木です。
先日承認のご返信をいたしましたが、その後の状況はいかがでしょうか。
"""
top, origin = aws_mail_jp('iij', t, D_TO, D_SUBJ)
emit('en-done-after-ja-thread', 'merge_completed', top, origin,
     alt(plain, text2html(plain, '-----Original Message-----'), cte_p='quoted-printable', cte_h='quoted-printable'),
     case_id=D_CASE, ids=[D_KEEP], verified=True, lang='en')

# ======================================================================
# Persona E: 山本 隆, biglobe, 10-digit case, July 2020, ISO-2022-JP
# ======================================================================
E_TO = 'yamamoto_t@biglobe.ne.jp'
E_CASE = '7193820465'
E_GONE, E_KEEP = 'AWS04417729', 'AWS08830215'
E_SUBJ_J = 'RE:[CASE %s] 【AWS認定】アカウント統合のご確認' % E_CASE

# 023 old-style confirmation request, ISO-2022-JP 7bit, ids as AWS-0xxxxxxx
t_e_req = d('2020-07-15 08:20:37')
E_REQ = f"""山本 隆 様

平素より AWS 認定をご利用いただき、誠にありがとうございます。
AWS トレーニングと認定 サポートチームでございます。

お問い合わせいただきました認定アカウントの名寄せ（統合）の件につき、下記のとおり手続きを行う予定です。

　統合元アカウント： AWS-04417729
　統合先アカウント： AWS-08830215 （統合後はこちらのみ有効となります）

統合元アカウントで取得された認定、受験履歴、および認定特典は、すべて統合先アカウントへ移されます。
統合の完了後に元へ戻すことはできませんので、十分ご確認ください。

上記にてご了承いただける場合は、お手数ですが本メールへの返信にて、その旨ご連絡くださいますようお願い申し上げます。

敬具

AWS トレーニングと認定 サポートチーム
Amazon Web Services"""
top, origin = aws_mail_jp('biglobe', t_e_req, E_TO, ew(E_SUBJ_J, 'iso-2022-jp'))
emit('ja-iso2022-old-confirm-request', 'merge_confirmation_requested', top, origin,
     part(E_REQ, 'plain', 'iso-2022-jp', '7bit'),
     case_id=E_CASE, ids=[E_GONE, E_KEEP], verified=True)

# 024 completion, Becky!-style quote of the user's reply with nested request
t = d('2020-07-17 02:05:51')
qreq = '\n'.join(('> > ' + l) if l else '> >' for l in E_REQ.split('\n')[:14])
plain = f"""山本 隆 様

AWS トレーニングと認定 サポートチームでございます。
ご返信いただき、誠にありがとうございました。

ご依頼の手続きはすべて完了し、今後は AWS-08830215 のアカウントにて認定情報をご確認いただけるようになりました。
サインインの際は、yamamoto_t@biglobe.ne.jp をご利用ください。

今後とも AWS 認定をよろしくお願い申し上げます。

AWS トレーニングと認定 サポートチーム
Amazon Web Services

On Thu, 16 Jul 2020 21:03:44 +0900
山本 隆 <yamamoto_t@biglobe.ne.jp> wrote:

> ご担当者様
>
> ご連絡ありがとうございます。
> 了承いたしましたので、手続きをお願いいたします。
>
> 山本
>
{qreq}
"""
top, origin = aws_mail_jp('biglobe', t, E_TO, ew(E_SUBJ_J, 'iso-2022-jp'))
emit('ja-iso2022-done-becky-quote', 'merge_completed', top, origin,
     part(plain, 'plain', 'iso-2022-jp', '7bit'),
     case_id=E_CASE, ids=[E_KEEP], verified=True)

# ======================================================================
# Persona F: 中村 あゆみ, Yahoo! JAPAN mail, form case 15 digits, Aug 2025
# ======================================================================
F_TO = 'ayumi_n@yahoo.co.jp'
F_OPEN = d('2025-08-18 12:05:44')
F_CASE = cid15(F_OPEN, 3316)
F_GONE, F_KEEP = 'AWS09203318', 'AWS13377050'
F_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % F_CASE
F_SIG = """
AWS トレーニングと認定 カスタマーサポート
担当：小川"""

def f_mail(t, subj, body, short, kind, ids, lang='ja'):
    top, origin = aws_mail_jp('yahoo', t, F_TO, subj)
    return emit(short, kind, top, origin, body, case_id=F_CASE, ids=ids, verified=True, lang=lang)

# 025 Japanese form acknowledgement
t = F_OPEN + dt.timedelta(seconds=37)
plain = f"""このメールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

　ケース番号：{F_CASE}
　お問い合わせの種類：認定
　詳細：アカウントの統合

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がある場合は、件名のケース番号を変更せずに、このメールへご返信ください。
同じ内容で新たにお問い合わせいただくと、ご回答が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサポート"""
f_mail(t, ew('[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % F_CASE),
       alt(plain, text2html(plain), cte_p='base64', cte_h='base64', lang='ja'), 'ja-form-ack-yahoo', 'case_created', [])

# 026 asks reason and preferred login address (support_reply)
t = d('2025-08-19 03:27:15')
plain = f"""中村 あゆみ 様

このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
担当の小川と申します。

ご申告いただいた {F_KEEP} のほかに、もう一方のアカウントの候補者 ID がご不明とのことでしたので、お名前と生年月日をもとにお調べしております。
手続きを進めるにあたり、恐れ入りますが以下についてご回答いただけますでしょうか。

　1. アカウントをまとめたい理由（例：転職や卒業によりメールアドレスが変わった、誤って二重に登録した など）
　2. もう一方のアカウントの作成時にご使用になった可能性のあるメールアドレス
　3. 手続き後、サインインにご使用になりたいメールアドレス

ご回答をいただき次第、該当アカウントを特定のうえ、改めてご案内いたします。

よろしくお願いいたします。
{F_SIG}"""
f_mail(t, F_SUBJ, alt(plain, text2html(plain), lang='ja'), 'ja-asks-reason-and-address', 'support_reply', [F_KEEP])

# 027 confirmation request without the words 統合/merge ("一本化")
t_f_req = d('2025-08-20 00:48:02')
F_REQ = f"""中村 あゆみ 様

いつもお世話になっております。AWS トレーニングと認定の小川です。
ご回答いただき、ありがとうございました。大学在学中に作成されたアカウントを特定いたしました。

お客様の 2 つの認定アカウントを 1 つにまとめる（一本化する）手続きについて、以下の内容でよろしいか、ご確認をお願いいたします。

　◆ 手続き後も残るアカウント：{F_KEEP}（ayumi_n@yahoo.co.jp）
　◆ 取り込まれて閉鎖されるアカウント：{F_GONE}（a.nakamura@st.example-u.ac.jp）

{F_GONE} の認定・受験記録は {F_KEEP} に引き継がれます。
この手続きは、実施後に取り消すことができません。

よろしければ、「この内容で進めてください」とご返信をお願いいたします。
ご返信をいただくまでは、手続きを保留とさせていただきます。
{F_SIG}"""
f_mail(t_f_req, F_SUBJ, alt(F_REQ, text2html(F_REQ), cte_p='quoted-printable', cte_h='base64', lang='ja'),
       'ja-ipponka-confirm-request', 'merge_confirmation_requested', [F_GONE, F_KEEP])

# 028 consent received + answers a question about the voucher (support_reply), Yahoo-style quote
t = d('2025-08-20 05:31:40')
qreq = '\n'.join('> ' + l for l in F_REQ.split('\n'))
plain = f"""中村 様

ご返信ありがとうございます。小川です。
手続きへのご了承、確かに承りました。担当部署へ依頼いたしましたので、完了までもうしばらくお待ちください。

なお、ご質問いただいた 50% 割引バウチャーにつきましては、有効期限内であれば手続き後も引き続きご利用いただけます。
現在お持ちのバウチャーの有効期限は 2026 年 3 月 31 日となっております。
{F_SIG}

----- Original Message -----
From: "ayumi_n@yahoo.co.jp" <ayumi_n@yahoo.co.jp>
To: "Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>
Date: 2025/08/20 水 11:02
Subject: Re: {F_SUBJ}

小川様

ご確認ありがとうございます。この内容で進めてください。
一点質問なのですが、旧アカウントで受け取った50%割引のバウチャーは、手続き後も使えますか？

中村

{qreq}
"""
f_mail(t, F_SUBJ, alt(plain, text2html(plain, '----- Original Message -----'), lang='ja'),
       'ja-consent-received-voucher-answer', 'support_reply', [])

# 029 completion quoting the request (ids only in quote)
t = d('2025-08-22 02:16:09')
plain = f"""中村 あゆみ 様

AWS トレーニングと認定の小川です。
お待たせいたしました。アカウント一本化の手続きが、本日完了いたしました。

今後は ayumi_n@yahoo.co.jp でサインインしていただくと、大学在学中に取得された認定も含め、すべての認定をご確認いただけます。
念のため、CertMetrics にサインインし、認定の一覧とバウチャーが表示されていることをご確認ください。
{F_SIG}

----- Original Message -----
From: "Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>
To: ayumi_n@yahoo.co.jp
Date: 2025/08/20 水 09:48
Subject: {F_SUBJ}

{qreq}
"""
f_mail(t, F_SUBJ, alt(plain, text2html(plain, '----- Original Message -----'), cte_p='base64', lang='ja'),
       'ja-ipponka-done-quotes-request', 'merge_completed', [])

# 030 Japanese survey for the form case
t = d('2025-08-22 02:17:30')
plain = f"""中村 あゆみ 様

AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース番号 {F_CASE} は対応完了となりました。

より良いサポートを提供するため、簡単なアンケートへのご協力をお願いいたします（所要時間：約 1 分）。

　Q1. 今回のお問い合わせは解決しましたか？
　　　はい → https://survey.aws-tc-support.amazon.com/s/ja?case={F_CASE}&q1=yes
　　　いいえ → https://survey.aws-tc-support.amazon.com/s/ja?case={F_CASE}&q1=no

　Q2. 担当者の対応はいかがでしたか？（5 段階評価）
　　　https://survey.aws-tc-support.amazon.com/s/ja?case={F_CASE}&q2

ご回答は今後のサービス改善のために活用させていただきます。

AWS トレーニングと認定 カスタマーサポート"""
f_mail(t, ew('ケース %s 対応完了のお知らせとアンケートのお願い' % F_CASE),
       alt(plain, text2html(plain), cte_p='quoted-printable', cte_h='quoted-printable', lang='ja'), 'ja-survey-form-case', 'survey', [])

# ======================================================================
# Persona G: Lena Fischer (lives in Japan, So-net mail, Thunderbird), Mar 2025
# ======================================================================
G_TO = 'lena.fischer@tb3.so-net.ne.jp'
G_OPEN = d('2025-03-04 07:12:55')
G_CASE = cid15(G_OPEN, 87)
G_GONE, G_KEEP = 'AWS07045512', 'AWS10982266'
G_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % G_CASE

# 031 native-English confirmation request, ids written AWS-0xxxxxxx
t_g_req = d('2025-03-05 17:58:21')
G_REQ = f"""Hi Lena,

Thanks for getting in touch, and sorry for the wait - we've had a busy couple of days.

I've found both of your Certification profiles. Before I submit anything, please double-check the plan below:

  * AWS-07045512 (lena.fischer@eu-consult.example.de) - this profile will be folded into the one below and closed
  * AWS-10982266 (lena.fischer@tb3.so-net.ne.jp) - this one stays, and you'll keep signing in with it

Everything attached to AWS-07045512 (your Cloud Practitioner and SysOps certifications, exam history, unused benefits) moves across. This is a one-way operation - we can't split the profiles again afterwards.

If that all looks right, just reply "I confirm" and I'll get it moving.

Cheers,
Tom
AWS Training and Certification Customer Support"""
top, origin = aws_mail_jp('sonet', t_g_req, G_TO, G_SUBJ)
emit('en-native-confirm-plan-i-confirm', 'merge_confirmation_requested', top, origin,
     alt(G_REQ, text2html(G_REQ), cte_p='quoted-printable', cte_h='quoted-printable'),
     case_id=G_CASE, ids=[G_GONE, G_KEEP], verified=True, lang='en')

# 032 "once the merge is complete" (support_reply), Thunderbird quote
t = d('2025-03-06 16:40:09')
qreq = '\n'.join(('>> ' + l) if l else '>>' for l in G_REQ.split('\n'))
plain = f"""Hi Lena,

Thanks - I've submitted the request to the team that handles profile merges.

To answer your question: yes, the 50% voucher that is currently sitting on AWS-07045512 will carry over. Once the merge is complete it will show up under Benefits on AWS-10982266, with the same expiry date. You don't need to do anything for that.

I'll update this case as soon as I hear back.

Cheers,
Tom
AWS Training and Certification Customer Support

On 3/6/25 10:14 AM, Lena Fischer wrote:
> Hi Tom,
>
> I confirm. One question though: I have a 50% voucher on the old
> profile that I haven't used yet. Will I lose it?
>
> Thanks,
> Lena
>
> On 3/6/25 2:58 AM, Amazon Web Services wrote:
{qreq}
"""
top, origin = aws_mail_jp('sonet', t, G_TO, G_SUBJ)
emit('en-once-merge-complete-voucher', 'support_reply', top, origin,
     alt(plain, text2html(plain, 'On 3/6/25 10:14 AM'), cte_p='quoted-printable', cte_h='quoted-printable'),
     case_id=G_CASE, ids=[G_GONE, G_KEEP], verified=True, lang='en')

# 033 completion
t = d('2025-03-08 09:03:37')
plain = f"""Hi Lena,

Good news: the merge went through. AWS-10982266 now holds everything, including the voucher, and the old profile is closed.

Your Credly badges may take a few days to follow. If they haven't turned up by the end of next week, reply here and I'll chase it.

Cheers,
Tom
AWS Training and Certification Customer Support
"""
top, origin = aws_mail_jp('sonet', t, G_TO, G_SUBJ)
emit('en-good-news-went-through', 'merge_completed', top, origin,
     alt(plain, text2html(plain), cte_p='7bit', cte_h='quoted-printable'),
     case_id=G_CASE, ids=[G_KEEP], verified=True, lang='en')

# ======================================================================
# Persona H: 小林 涼, docomo mail, console case (English UI), June 2025
# ======================================================================
H_TO = 'kobayashi.ryo-0808@docomo.ne.jp'
H_OPEN = d('2025-06-10 23:40:02')
H_CASE = cid15(H_OPEN, 5509)
H_GONE, H_KEEP = 'AWS09915873', 'AWS12604418'
H_CASE_SUBJ = '認定アカウントをまとめたい'
H_SUBJ = 'RE:[CASE %s] %s' % (H_CASE, H_CASE_SUBJ)
H_LINK = 'https://support.console.aws.amazon.com/support/home#/case/?displayId=%s' % H_CASE

# 034 English console "new case" notice
t = H_OPEN + dt.timedelta(seconds=9)
plain = f"""Thank you for contacting Amazon Web Services. We have opened case {H_CASE} to address your issue.

The details of your case are as follows:

Case ID: {H_CASE}
Subject: {H_CASE_SUBJ}
Severity: General guidance
Correspondence: AWS 認定のアカウントが2つあるので1つにまとめたいです。候補者IDはAWS12604418です。

You can view the case and reply via the Support Center:
{H_LINK}

Best regards,
Amazon Web Services

This email was sent from an address that cannot accept incoming email."""
top, origin = aws_mail_jp('docomo', t, H_TO, ew('Amazon Web Services: You have opened a new Support case: %s' % H_CASE),
                          from_=NOREPLY_FROM, reply_to=None)
emit('en-console-new-case-docomo', 'case_created', top, origin,
     alt(plain, text2html(plain), cte_p='base64', cte_h='base64'),
     case_id=H_CASE, ids=[H_KEEP], verified=True, lang='en')

# 035 asks for e-mail addresses and romanised name (support_reply)
t = d('2025-06-11 06:25:18')
plain = f"""小林 涼 様

Amazon Web Services サポートの高橋です。お問い合わせいただき、ありがとうございます。

お知らせいただいた {H_KEEP} のほかに、もう一方のアカウントを特定する必要がございます。
お手数をおかけいたしますが、以下の情報をサポートセンターからお知らせください。

　・もう一方のアカウントのサインイン用メールアドレス
　・各アカウントに登録されているお名前（ローマ字表記）
　・お分かりになる場合は、もう一方のアカウントの候補者 ID

ご回答をいただき次第、アカウントを確認し、今後の流れをご案内いたします。

よろしくお願いいたします。

高橋
Amazon Web Services

ケースへの返信はこちらから: {H_LINK}
"""
top, origin = aws_mail_jp('docomo', t, H_TO, ew(H_SUBJ), from_=NOREPLY_FROM, reply_to=None)
emit('ja-asks-other-address-romaji', 'support_reply', top, origin,
     alt(plain, text2html(plain), cte_p='base64', cte_h='base64', lang='ja'),
     case_id=H_CASE, ids=[H_KEEP], verified=True)

# 036 confirmation request, labelled Shift_JIS but CP932 bytes (circled digits), full-width ids
t = d('2025-06-12 07:02:44')
plain = f"""小林 涼 様

いつもお世話になっております。Amazon Web Services サポートの高橋です。
ご回答いただき、ありがとうございました。

以下の 2 件のアカウントについて、統合手続きの準備が整いました。実行前に内容のご確認をお願いいたします。

　① 統合元：ＡＷＳ０９９１５８７３（kobayashi.r@old-mail.example.jp）
　② 統合先：ＡＷＳ１２６０４４１８（kobayashi.ryo-0808@docomo.ne.jp）　※こちらが残ります

①の認定資格・受験履歴は②へ移行され、①のアカウントは閉鎖されます。統合後に元に戻すことはできません。

上記内容にてよろしければ、サポートセンターから「同意します」とご返信ください。
内容に相違がある場合は、その旨お知らせください。

高橋
Amazon Web Services

ケースへの返信はこちらから: {H_LINK}
"""
top, origin = aws_mail_jp('docomo', t, H_TO, ew(H_SUBJ, 'iso-2022-jp'), from_=NOREPLY_FROM, reply_to=None)
emit('ja-sjis-cp932-fullwidth-ids-confirm', 'merge_confirmation_requested', top, origin,
     part(plain, 'plain', 'shift_jis', 'base64', codec='cp932', label='Shift_JIS'),
     case_id=H_CASE, ids=[H_GONE, H_KEEP], verified=True)

# 037 Credly, Japanese-localised badge mail after the merge
t = d('2025-06-16 11:30:15')
plain = """小林 涼 さん

Amazon Web Services Training and Certification から、あなたにバッジが発行されました。

　AWS Certified Cloud Practitioner

このバッジは、AWS 認定アカウントの統合に伴い、新しいメールアドレス宛てに再発行されたものです。
下のリンクからバッジを受け取り、LinkedIn などで共有しましょう。

バッジを受け取る:
https://www.credly.com/badges/c2a4f0d1-8e77-4f0a-b5e3-7c1d9e62aa10/accept

ご不明な点は https://support.credly.com までお問い合わせください。

Credly, Inc.
このメールは、Amazon Web Services Training and Certification が Credly を通じてバッジを発行したため送信されています。"""
inner = """<p>小林 涼 さん</p>
<p>Amazon Web Services Training and Certification から、あなたにバッジが発行されました。</p>
<p><img src="https://images.credly.com/size/110x110/images/00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" alt="AWS Certified Cloud Practitioner"><br><b>AWS Certified Cloud Practitioner</b></p>
<p>このバッジは、AWS 認定アカウントの統合に伴い、新しいメールアドレス宛てに再発行されたものです。</p>
<p><a href="https://www.credly.com/badges/c2a4f0d1-8e77-4f0a-b5e3-7c1d9e62aa10/accept" style="background:#1e7ed4;color:#fff;padding:10px 24px;text-decoration:none;">バッジを受け取る</a></p>
<p style="font-size:11px;color:#777;">Credly, Inc.<br>このメールは、Amazon Web Services Training and Certification が Credly を通じてバッジを発行したため送信されています。</p>"""
top, origin, body = credly_mail(t, H_TO, ew('小林さん、Amazon Web Services Training and Certification からバッジが発行されました'),
                                plain, inner, auth='jp', provider='docomo')
emit('ja-credly-badge-reissued', 'credly_badge_issued', top, origin, body, verified=True)

# 038 (support_reply) after the completion: asks whether Credly should be merged too
t = d('2025-06-14 01:12:09')
plain = f"""小林 涼 様

Amazon Web Services サポートの高橋です。

先日の認定アカウントの件に関連して、一点確認させてください。Credly にも旧メールアドレス（kobayashi.r@old-mail.example.jp）で作成されたアカウントがあり、そちらに以前のバッジが残っているようです。

Credly 側のバッジも新しいメールアドレスへ移行することをご希望でしょうか。
ご希望の場合は、その旨ご返信ください。Credly チームへ依頼いたします（通常 3～5 営業日）。

高橋
Amazon Web Services

ケースへの返信はこちらから: {H_LINK}
"""
top, origin = aws_mail_jp('docomo', t, H_TO, ew(H_SUBJ), from_=NOREPLY_FROM, reply_to=None)
emit('ja-asks-credly-move-too', 'support_reply', top, origin,
     alt(plain, text2html(plain), cte_p='base64', cte_h='base64', lang='ja'),
     case_id=H_CASE, ids=[], verified=True)

# ======================================================================
# Persona I: 伊藤 和也, iCloud Mail (several AR headers), Nov 2025
# ======================================================================
I_TO = 'ito.kazuya@icloud.com'
I_OPEN = d('2025-11-04 00:31:27')
I_CASE = cid15(I_OPEN, 12)
I_CORP, I_PERS = 'AWS08172040', 'AWS13001296'
I_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % I_CASE
I_SIG = """
松本
AWS トレーニングと認定 カスタマーサポート"""

def tr_icloud(to, t_recv, mailfrom, ip, helo, from_dom='amazon.com', dkim_dom='amazon.com', dkim_res='pass', dmarc='pass', spf='pass'):
    host = 'p00-icloudmta-asmtp-us-west-2a-100-percent-%d.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-2a.k8s.cloud.apple.com' % rnd.randint(1, 20)
    return [('Received', 'from %s by\n p%02d-mailgateway-smtp-%s (mailgateway 2533B22)\n with SMTP id %s-%s-%s-%s-%s\n for %s; %s' % (
                 host, rnd.randint(33, 99), hexs(10), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), to, rfc(t_recv + dt.timedelta(seconds=1)))),
            ('Authentication-Results', 'bimi.icloud.com; bimi=skipped reason="insufficient dmarc"'),
            ('Authentication-Results', 'dmarc.icloud.com; dmarc=%s header.from=%s' % (dmarc, from_dom)),
            ('Authentication-Results', 'dkim-verifier.icloud.com;\n\tdkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=%s' % (dkim_res, dkim_dom, dkim_dom, b64s(8))),
            ('Authentication-Results', 'spf.icloud.com; spf=%s (spf.icloud.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (spf, mailfrom, ip, mailfrom)),
            ('Received-SPF', '%s (spf.icloud.com: domain of %s designates %s as permitted sender) receiver=spf.icloud.com; client-ip=%s; helo=%s; envelope-from=%s' % (spf, mailfrom, ip, ip, helo, mailfrom)),
            ('Received', 'from %s (%s [%s])\n by %s (Postfix) with ESMTPS id %s\n for <%s>; %s' % (helo, helo, ip, host, hexs(12).upper(), to, rfc(t_recv)))]

def i_mail(t, subj, body, short, kind, ids, lang='ja'):
    ip = rnd.choice(SES_IPS)
    msgid = ses_id(t)
    top = tr_icloud(I_TO, t + dt.timedelta(seconds=2), msgid[1:-1], ip, ses_host(ip))
    origin = aws_origin(t, FORM_FROM, I_TO, subj, FORM, msgid, ip=ip)
    return emit(short, kind, top, origin, body, case_id=I_CASE, ids=ids, verified=True, lang=lang)

# request that also asks about preferred timing (still a confirmation request)
t = d('2025-11-05 02:14:50')
I_REQ1 = f"""伊藤 和也 様

AWS トレーニングと認定の松本でございます。
お問い合わせいただいた認定アカウントの統合について、ご案内いたします。

下記のとおり統合を行います。

　・{I_CORP}（kazuya.ito@nishiki-tech.example.co.jp）→ 統合後に閉鎖
　・{I_PERS}（ito.kazuya@icloud.com）→ 統合後も存続

問題がなければ、本メールへ「承認します」とご返信ください。ご返信をいただくまで作業は行いません。
また、作業は平日のみ実施しております。実施日のご希望がございましたら、あわせてお知らせください。

統合は取り消しができませんので、ご注意ください。
{I_SIG}"""
i_mail(t, I_SUBJ, alt(I_REQ1, text2html(I_REQ1), cte_p='base64', cte_h='quoted-printable', lang='ja'),
       'ja-confirm-request-with-date-question', 'merge_confirmation_requested', [I_CORP, I_PERS])

# user answered ambiguously -> agent asks which one to keep (support_reply), Apple Mail JP quote
t = d('2025-11-06 01:40:12')
q1 = '\n'.join(('> ' + l) if l else '>' for l in I_REQ1.split('\n'))
plain = f"""伊藤 様

ご返信ありがとうございます。松本です。

いただいた内容を拝見したところ、「会社のアドレスの方を残したい」とのことでしたので、先にご案内した内容（{I_PERS} を存続）とは逆に、{I_CORP} を存続させるご希望と理解いたしました。

念のため確認させてください。統合後に残すアカウントは、{I_CORP} と {I_PERS} のどちらでしょうか。
なお、会社のメールアドレスは退職などでご利用いただけなくなる可能性がありますので、個人のアドレスで登録されたアカウントを残されることをおすすめしております。

ご希望を確認でき次第、改めて統合内容をご案内いたします。
{I_SIG}

2025/11/06 10:02、伊藤 和也 <ito.kazuya@icloud.com>のメール:

> 松本様
>
> ご連絡ありがとうございます。はい、お願いします。
> ただ、会社のアドレスの方を残したいです。
>
> iPhoneから送信
>
>> 2025/11/05 11:14、Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>のメール:
>>
{chr(10).join('>' + l for l in q1.split(chr(10)))}
"""
i_mail(t, I_SUBJ, alt(plain, text2html(plain, '2025/11/06 10:02'), cte_p='quoted-printable', cte_h='quoted-printable', lang='ja'),
       'ja-ambiguous-consent-which-to-keep', 'support_reply', [I_CORP, I_PERS])

# corrected confirmation request
t = d('2025-11-07 00:22:35')
plain = f"""伊藤 和也 様

松本です。ご希望をお知らせいただき、ありがとうございます。
会社のアドレスで登録されたアカウントを残すとのこと、承知いたしました。前回のご案内から内容を変更し、改めて確認させていただきます。

　存続するアカウント　：{I_CORP}（kazuya.ito@nishiki-tech.example.co.jp）
　閉鎖されるアカウント：{I_PERS}（ito.kazuya@icloud.com）

{I_PERS} で取得された認定資格は {I_CORP} に移行されます。統合後は kazuya.ito@nishiki-tech.example.co.jp でサインインしていただくことになります。

この内容で統合を実施してよろしいでしょうか。問題なければ、改めて「承認します」とご返信ください。
{I_SIG}"""
i_mail(t, I_SUBJ, alt(plain, text2html(plain), cte_p='base64', cte_h='base64', lang='ja'),
       'ja-corrected-confirm-request', 'merge_confirmation_requested', [I_CORP, I_PERS])

# completion
t = d('2025-11-10 05:55:01')
plain = f"""伊藤 和也 様

松本です。
お待たせいたしました。認定アカウントの統合が完了いたしました。

今後は kazuya.ito@nishiki-tech.example.co.jp（{I_CORP}）でサインインしてください。個人のアドレスで取得された認定も、こちらに表示されております。

ご不明な点がございましたら、本メールにご返信ください。
{I_SIG}

2025/11/07 12:40、伊藤 和也 <ito.kazuya@icloud.com>のメール:

> 承認します。よろしくお願いします。
>
> iPhoneから送信
"""
i_mail(t, I_SUBJ, alt(plain, text2html(plain, '2025/11/07 12:40'), cte_p='base64', cte_h='base64', lang='ja'),
       'ja-done-apple-mail-quote', 'merge_completed', [I_CORP])

# ======================================================================
# Phishing about the merge
# ======================================================================
# look-alike domain, Japanese, Shift_JIS 8bit, asks to "approve" via link
t = d('2025-05-29 22:47:10')
plain = """田中 浩 様

AWS 認定サポートセンターです。

お客様よりご依頼いただいた AWS 認定アカウントの統合について、以下の内容で手続きを行います。

　統合元：AWS03817264
　統合先：AWS11945028

セキュリティ保護のため、24 時間以内に下記リンクからサインインし、統合内容を承認してください。
期限内に承認が確認できない場合、両方のアカウントが一時的に停止されます。

▼統合内容を承認する
https://aws-certification-jp.com/merge/approve?token=9f8a7c6e5d4b

※本メールは送信専用です。

AWS 認定サポートセンター
Amazon Web Services Japan"""
mailfrom = 'bounce@aws-certification-jp.com'
ip = '45.137.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
top = tr_gmail(A_TO, t + dt.timedelta(seconds=5), mailfrom, ip, 'mail.aws-certification-jp.com', {},
               from_dom='aws-certification-jp.com', dkim_doms=('aws-certification-jp.com',), policy_='p=NONE sp=NONE dis=NONE')
origin = [('DKIM-Signature', dkim('aws-certification-jp.com', 'default', t, 'from:to:subject:date:message-id')),
          ('Date', rfc(t, JST)), ('From', addr('AWS 認定サポート', 'support@aws-certification-jp.com', 'iso-2022-jp')),
          ('To', A_TO), ('Subject', ew('【要対応】AWS認定アカウント統合の承認のお願い（24時間以内）', 'iso-2022-jp')),
          ('Message-ID', '<20250530074710.%s@aws-certification-jp.com>' % hexs(12)),
          ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'), ('MIME-Version', '1.0')]
emit('ja-phish-lookalike-approve-merge', 'merge_confirmation_requested', top, origin,
     part(plain, 'plain', 'shift_jis', '8bit'),
     case_id=None, ids=[A_OLD, A_NEW], verified=False)

# spoofed amazon.com From, provider says dmarc=fail; a forged "pass" header lower down
t = d('2025-09-02 13:05:44')
FAKE_CASE = '175680005500231'
plain = f"""Hello,

This is a follow-up on your AWS Certification account merge request (Case ID: {FAKE_CASE}).

We are ready to merge the following accounts:
   Source account: AWS06128839
   Target account: AWS09874410

To avoid losing your certifications, you must confirm this merge within 12 hours by verifying your identity here:
https://aws-tc-verify.support-case.online/confirm?case={FAKE_CASE}

If we do not receive your confirmation, the request will be cancelled and your certifications may be suspended.

Best regards,
AWS Training and Certification Customer Support"""
ip = '185.220.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
top = tr_outlook(C_TO, t + dt.timedelta(seconds=4), 'amazon.com', ip, 'vps-%d.hosted-srv.example.net' % rnd.randint(100, 999),
                 dkim_res='none', dkim_dom='none', spf='fail', dmarc='fail', compauth='fail reason=000')
top[2] = ('Authentication-Results', top[2][1].replace('dkim=none (signature did not verify) header.d=none', 'dkim=none (message not signed)\n header.d=none'))
origin = [('Authentication-Results', 'mx.amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com'),
          ('Date', rfc(t)), ('From', FORM_FROM), ('To', C_TO),
          ('Subject', 'RE:[CASE %s] Action required: confirm your account merge' % FAKE_CASE),
          ('Message-ID', '<%s@vps.hosted-srv.example.net>' % hexs(24)), ('MIME-Version', '1.0')]
emit('en-phish-spoofed-dmarc-fail-confirm', 'merge_confirmation_requested', top, origin,
     alt(plain, text2html(plain), cte_p='quoted-printable', cte_h='quoted-printable'),
     case_id=FAKE_CASE, ids=['AWS06128839', 'AWS09874410'], verified=False, lang='en')

# Credly look-alike about badges moved after the merge
t = d('2025-06-03 08:12:00')
plain = """Hi Hiroshi,

Following the merge of your AWS Certification accounts, Amazon Web Services Training and Certification has issued your badges to your new account:

  - AWS Certified Solutions Architect – Associate
  - AWS Certified Cloud Practitioner

Accept your badges within 48 hours to keep them active:
https://credly-badges-notify.com/accept?u=h.tanaka.0721

The Credly Team"""
mailfrom = 'no-reply@credly-badges-notify.com'
ip = '103.75.%d.%d' % (rnd.randint(1, 250), rnd.randint(1, 250))
top = tr_gmail(A_TO, t + dt.timedelta(seconds=6), mailfrom, ip, 'mx1.credly-badges-notify.com', {},
               from_dom='credly-badges-notify.com', dkim_doms=('credly-badges-notify.com',), policy_='p=NONE sp=NONE dis=NONE')
origin = [('DKIM-Signature', dkim('credly-badges-notify.com', 'mail', t, 'from:to:subject:date')),
          ('Date', rfc(t)), ('From', 'Credly <no-reply@credly-badges-notify.com>'), ('To', A_TO),
          ('Subject', 'Your AWS badges were moved after your account merge - accept now'),
          ('Message-ID', '<%s@credly-badges-notify.com>' % hexs(20)), ('MIME-Version', '1.0')]
emit('en-phish-credly-lookalike-badges', 'credly_badge_issued', top, origin,
     alt(plain, text2html(plain), cte_p='quoted-printable', cte_h='quoted-printable'),
     ids=[], verified=False, lang='en')

# ======================================================================
# Unrelated look-alikes
# ======================================================================
def generic(top_fn, t, to, from_, subject, body, short, kind='unrelated', verified=False, lang='en', case_id=None, ids=(),
            dom='example.com', sel='s1', msgid=None, extra=()):
    origin = [('DKIM-Signature', dkim(dom, sel, t, 'from:to:subject:date:message-id:mime-version:content-type')),
              ('Date', rfc(t)), ('From', from_), ('To', to), ('Subject', subject),
              ('Message-ID', msgid or '<%s.%s@%s>' % (hexs(16), hexs(6), dom))] + list(extra)
    return emit(short, kind, top_fn, origin, body, case_id=case_id, ids=ids, verified=verified, lang=lang)

# Seller Central (Japan) case, same RE:[CASE n] style
t = d('2025-08-25 04:40:18')
plain = """中村 あゆみ 様

Amazon.co.jp セラーサポートにお問い合わせいただき、ありがとうございます。

お問い合わせいただいた「ホーム&キッチン」カテゴリーの出品許可申請について、確認が完了いたしましたのでご連絡いたします。
提出いただいた請求書の内容を確認したところ、申請は承認されました。現在は該当カテゴリーで商品を出品いただけます。

ご不明な点がございましたら、セラーセントラルの「ケースログ」からこのケースに返信してください。

この回答は役に立ちましたか？
はい: https://sellercentral.amazon.co.jp/cu/case-dashboard/feedback?caseID=5884881290&r=1
いいえ: https://sellercentral.amazon.co.jp/cu/case-dashboard/feedback?caseID=5884881290&r=0

よろしくお願いいたします。

Amazon.co.jp セラーサポート
Hiroki S."""
ip = rnd.choice(SES_IPS)
msgid = ses_id(t, 'ap-northeast-1')
top = tr_jp('yahoo', F_TO, t + dt.timedelta(seconds=3), msgid[1:-1], ip, ses_host(ip), from_dom='amazon.co.jp', dkim_dom='amazon.co.jp')
generic(top, t, F_TO, ew('Amazon.co.jp セラーサポート', 'utf-8', 'From') + ' <seller-answers@amazon.co.jp>',
        ew('RE:[CASE 5884881290] 出品許可申請について'), alt(plain, text2html(plain), lang='ja'),
        'ja-seller-central-case', verified=True, lang='ja', case_id='5884881290', dom='amazon.co.jp', sel='ug7nbtf4gccmlpwj322ax3p6ow6yfsug', msgid=msgid)

# other AWS support case of the same user: service quota increase
Q_OPEN = d('2025-06-03 09:15:01')
Q_CASE = cid15(Q_OPEN, 1123)
t = d('2025-06-03 21:02:36')
plain = f"""田中 様

Amazon Web Services サポートの佐野です。

東京リージョン（ap-northeast-1）における「Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances」のクォータの引き上げリクエストについて、承認されましたのでお知らせいたします。
新しいクォータ値は 64 vCPU です。反映まで最大 30 分ほどかかる場合があります。

Service Quotas コンソールで現在の値をご確認いただけます。
https://console.aws.amazon.com/servicequotas/home?region=ap-northeast-1

本件は以上で解決済みとさせていただきます。

佐野
Amazon Web Services

ケースに返信するには: https://support.console.aws.amazon.com/support/home#/case/?displayId={Q_CASE}&language=ja
このやり取りの評価をお願いします。"""
top, origin = aws_mail_gmail(t, A_TO, ew('RE:[CASE %s] サービスクォータの引き上げ: EC2 オンデマンドインスタンス' % Q_CASE),
                             None, from_=NOREPLY_FROM, reply_to=None)
emit('ja-other-aws-case-quota', 'unrelated', top, origin, alt(plain, text2html(plain), lang='ja'),
     case_id=Q_CASE, verified=True)

# CertMetrics "wants to hear from you" (a survey, but not the support case's)
t = d('2025-06-20 15:00:12')
plain = """Dear Ryo Kobayashi,

AWS Certification wants to hear from you!

As a valued member of the AWS Certified community (Candidate ID: AWS12604418), you have been selected to take part in a short survey about your certification experience. It takes about 10 minutes.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?sid=7f3e2a

Your responses are confidential and will help us improve AWS Certification programs.

Thank you,
AWS Training and Certification

This e-mail was sent by CertMetrics on behalf of AWS Certification. Please do not reply to this message."""
ip = '52.%d.%d.%d' % (rnd.randint(0, 200), rnd.randint(0, 250), rnd.randint(1, 250))
top = tr_jp('docomo', H_TO, t + dt.timedelta(seconds=5), 'bounce@certmetrics.com', ip, 'mail.certmetrics.com',
            from_dom='certmetrics.com', dkim_dom='certmetrics.com')
generic(top, t, H_TO, 'AWS Certification <do-not-reply@certmetrics.com>', 'AWS Certification wants to hear from you',
        alt(plain, text2html(plain), cte_p='7bit'), 'en-certmetrics-wants-to-hear', verified=False,
        ids=['AWS12604418'], dom='certmetrics.com')

# Pearson VUE appointment confirmation, Japanese, ISO-2022-JP
t = d('2024-10-08 10:12:40')
plain = """鈴木 健太 様

ピアソンVUE をご利用いただき、ありがとうございます。
以下のとおり試験のご予約を承りました。

試験名：AWS Certified Developer - Associate (DVA-C02) - 日本語
受験日時：2024年10月19日（土）10:00
受験場所：オンライン監督試験（OnVUE）
登録 ID：482199310
受験者 ID：AWS12018847

受験当日は、開始時刻の 30 分前からチェックインが可能です。
ご予約の変更・キャンセルは、受験日の 24 時間前までにピアソンVUE のウェブサイトから行ってください。

ピアソンVUE カスタマーサービス
https://home.pearsonvue.com/aws"""
ip = '159.182.%d.%d' % (rnd.randint(0, 250), rnd.randint(1, 250))
top = tr_jp('iij', D_TO, t + dt.timedelta(seconds=4), 'bounces@pearsonvue.com', ip, 'smtp1.pearsonvue.com',
            from_dom='pearson.com', dkim_dom='pearson.com')
generic(top, t, D_TO, 'Pearson VUE <pearsonvueconfirmation@pearson.com>', ew('ピアソンVUE 試験予約確認 - AWS Certified Developer - Associate', 'iso-2022-jp'),
        part(plain, 'plain', 'iso-2022-jp', '7bit'), 'ja-pearson-vue-booking', verified=False, lang='ja',
        ids=['AWS12018847'], dom='pearson.com')

# AWS Builder ID verification code
t = d('2023-09-13 08:03:55')
plain = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. We want to make sure it's really you. Please enter the following verification code when prompted. If you don't want to create an AWS Builder ID, you can ignore this message.

Verification code
482913
(This code is valid for 10 minutes)

Amazon Web Services will never email you and ask you to disclose or verify your password, credit card, or banking account number."""
ip = rnd.choice(SES_IPS)
msgid = ses_id(t, 'us-west-2')
top = tr_outlook(C_TO, t + dt.timedelta(seconds=3), 'us-west-2.amazonses.com', ip, ses_host(ip), from_dom='signin.aws', dkim_dom='signin.aws')
generic(top, t, C_TO, 'AWS <no-reply@signin.aws>', 'Verify your AWS Builder ID email address',
        alt(plain, text2html(plain), cte_p='quoted-printable'), 'en-builder-id-code', verified=True,
        dom='signin.aws', msgid=msgid)

# GitHub "Merged" notification
t = d('2025-03-07 11:20:03')
plain = """Merged #7 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/lena-fischer/aws-study-notes/pull/7#event-16612094511
You are receiving this because you authored the thread.

Message ID: <lena-fischer/aws-study-notes/pull/7/issue_event/16612094511@github.com>"""
top = tr_jp('sonet', G_TO, t + dt.timedelta(seconds=2), 'noreply@github.com', '192.30.252.%d' % rnd.randint(190, 210), 'out-%d.smtp.github.com' % rnd.randint(20, 30),
            from_dom='github.com', dkim_dom='github.com')
generic(top, t, G_TO, 'Lena Fischer <notifications@github.com>', 'Re: [lena-fischer/aws-study-notes] Merge certification account notes (PR #7)',
        alt(plain, text2html(plain), cte_p='7bit', cte_h='7bit'), 'en-github-pr-merged', verified=False,
        dom='github.com', msgid='<lena-fischer/aws-study-notes/pull/7/issue_event/16612094511@github.com>',
        extra=[('In-Reply-To', '<lena-fischer/aws-study-notes/pull/7@github.com>'), ('List-ID', 'lena-fischer/aws-study-notes <aws-study-notes.lena-fischer.github.com>')])

# Credly's own self-service account merge code
t = d('2025-06-05 07:44:21')
plain = """Hi Hiroshi,

We received a request to merge the Credly account registered to tanaka.h@kitaura-denki.co.jp into your account h.tanaka.0721@gmail.com.

Your verification code is: 740392

Enter this code on the merge page, or click the button below to finish:
Complete Account Merge: https://www.credly.com/users/account_merges/confirm?code=740392

If you didn't request this, you can safely ignore this email. The code expires in 30 minutes.

The Credly Team"""
inner = text2html(plain).replace('Complete Account Merge: https://www.credly.com/users/account_merges/confirm?code=740392',
                                 '<a href="https://www.credly.com/users/account_merges/confirm?code=740392" style="background:#1e7ed4;color:#fff;padding:10px 24px;text-decoration:none;">Complete Account Merge</a>')
top, origin, body = credly_mail(t, A_TO, 'Confirm your Credly account merge', plain, inner, from_name='Credly')
emit('en-credly-self-merge-code', 'unrelated', top, origin, body, verified=True, lang='en')

# Credly badge expiry reminder
t = d('2025-09-15 16:05:50')
plain = """Hi Lena,

Your badge AWS Certified SysOps Administrator – Associate, issued by Amazon Web Services Training and Certification, will expire in 90 days (on December 14, 2025).

To keep your badge active, recertify before it expires. Learn how: https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/badges/8b1d55e0-2f7c-4d2b-9c4e-61f0a3f7e2b9

The Credly Team"""
top, origin, body = credly_mail(t, G_TO, 'Your AWS Certified SysOps Administrator – Associate badge expires soon', plain, text2html(plain),
                                auth='jp', provider='sonet', from_name='Credly')
emit('en-credly-expiry-reminder', 'unrelated', top, origin, body, verified=True, lang='en')

# AWS Japan newsletter, HTML only
t = d('2025-07-09 01:00:00')
inner = """<h1 style="font-size:20px;">AWS 最新情報 2025 年 7 月号</h1>
<p>いつも AWS をご利用いただき、ありがとうございます。今月の注目トピックをお届けします。</p>
<h2 style="font-size:16px;">AWS Summit Japan 2025 オンデマンド配信開始</h2>
<p>基調講演や 150 を超えるセッションを、いつでもご視聴いただけます。<a href="https://aws.amazon.com/jp/summits/japan/">視聴登録はこちら</a></p>
<h2 style="font-size:16px;">AWS 認定：新しい試験のお知らせ</h2>
<p>AWS Certified AI Practitioner の日本語版試験の提供を開始しました。認定アカウントから予約いただけます。</p>
<h2 style="font-size:16px;">無料オンラインセミナー</h2>
<p>「はじめての Amazon Bedrock」7 月 24 日（木）14:00～15:00</p>
<p style="font-size:11px;color:#687078;">このメールは、AWS からのお知らせの受信を希望されたお客様にお送りしています。配信停止は<a href="https://pages.awscloud.com/communication-preferences.html">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社　〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</p>"""
ip = rnd.choice(SES_IPS)
msgid = ses_id(t)
top = tr_jp('yahoo', F_TO, t + dt.timedelta(seconds=8), msgid[1:-1], ip, ses_host(ip))
origin = aws_origin(t, ew('アマゾン ウェブ サービス ジャパン', 'utf-8', 'From') + ' <aws-marketing-email-replies@amazon.com>',
                    F_TO, ew('【AWS】今月の注目トピック: AWS Summit Japan オンデマンド配信ほか'), None, msgid, ip=ip,
                    extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe?id=%s>' % hexs(16)), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])
emit('ja-aws-newsletter', 'unrelated', top, origin,
     part(html_wrap(inner, 'AWS 最新情報', 'ja'), 'html', 'utf-8', 'base64'), verified=True)

# Japanese phishing not about the merge (billing), Shift_JIS base64, no DMARC record
t = d('2025-06-18 03:33:09')
plain = """【Amazon Web Services】お支払い方法の確認のお願い

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。

お客様のアカウントに登録されているお支払い方法で、直近のご請求の決済ができませんでした。
サービスの停止を避けるため、48 時間以内に以下のページからお支払い情報を更新してください。

▼お支払い情報の更新
https://aws-account-security.net/billing/update?id=JP88214

※期限を過ぎますと、すべての AWS リソースが停止される場合がございます。

Amazon Web Services 請求チーム"""
ip = '103.%d.%d.%d' % (rnd.randint(0, 250), rnd.randint(0, 250), rnd.randint(1, 250))
top = tr_jp('docomo', H_TO, t + dt.timedelta(seconds=4), 'info@aws-account-security.net', ip, 'mail.aws-account-security.net',
            from_dom='aws-account-security.net', dkim_res=None, dmarc='none')
origin = [('Date', rfc(t, JST)), ('From', addr('Amazon Web Services', 'billing@aws-account-security.net')),
          ('To', H_TO), ('Subject', ew('【重要】お支払い方法の確認が必要です', 'iso-2022-jp')),
          ('Message-ID', '<%s@aws-account-security.net>' % hexs(18)), ('X-Mailer', 'Microsoft Outlook 16.0')]
emit('ja-phish-billing-not-merge', 'unrelated', top, origin,
     part(plain, 'plain', 'shift_jis', 'base64', codec='cp932', label='shift_jis'), verified=False)

# ======================================================================
# Persona J: 渡辺 聡, on-prem Exchange (no Authentication-Results), second case
# ======================================================================
J_TO = 's-watanabe@kanto-denshi.example.co.jp'
J1_OPEN = d('2025-04-01 02:10:45')
J1_CASE = cid15(J1_OPEN, 640)
J2_OPEN = d('2025-04-08 00:58:12')
J2_CASE = cid15(J2_OPEN, 1902)
J_GONE, J_KEEP = 'AWS06650291', 'AWS11002738'
J_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % J2_CASE

def tr_exchange(to, t_recv, ip, helo):
    jt = lambda x: rfc(x, JST)
    return [('Received', 'from EXCH02.kanto-denshi.local (10.20.1.12) by EXCH01.kanto-denshi.local\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; %s' % jt(t_recv + dt.timedelta(seconds=2))),
            ('Received', 'from mx.kanto-denshi.example.co.jp (10.20.0.5) by EXCH02.kanto-denshi.local\n (10.20.1.12) with Microsoft SMTP Server id 15.1.2507.39 via Frontend\n Transport; %s' % jt(t_recv + dt.timedelta(seconds=1))),
            ('Received', 'from %s (%s [%s])\n\tby mx.kanto-denshi.example.co.jp (Postfix) with ESMTPS id 4ZX%s\n\tfor <%s>; %s' % (helo, helo, ip, hexs(6).upper(), to, jt(t_recv))),
            ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
            ('X-MS-Exchange-Organization-AuthSource', 'EXCH02.kanto-denshi.local'),
            ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]

def j_mail(t, subj, body, short, kind, ids, case, lang='ja'):
    ip = rnd.choice(SES_IPS)
    msgid = ses_id(t)
    top = tr_exchange(J_TO, t + dt.timedelta(seconds=3), ip, ses_host(ip))
    origin = aws_origin(t, FORM_FROM, J_TO, subj, FORM, msgid, ip=ip)
    return emit(short, kind, top, origin, body, case_id=case, ids=ids, verified=None, lang=lang)

# acknowledgement of the second case
t = J2_OPEN + dt.timedelta(seconds=44)
plain = f"""このメールは、お問い合わせを受け付けたことをお知らせする自動送信メールです。

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

　ケース番号：{J2_CASE}
　お問い合わせの種類：認定
　詳細：アカウントの統合

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
追加の情報がある場合は、件名のケース番号を変更せずに、このメールへご返信ください。
同じ内容で新たにお問い合わせいただくと、ご回答が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサポート"""
j_mail(t, ew('[CASE %s] お問い合わせを受け付けました - AWS トレーニングと認定' % J2_CASE),
       alt(plain, text2html(plain), cte_p='base64', cte_h='base64', lang='ja'), 'ja-second-case-ack-no-auth', 'case_created', [], J2_CASE)

# confirmation request on the new case, mentioning the unanswered first case
t_j_req = d('2025-04-09 02:33:17')
J_REQ = f"""渡辺 聡 様

AWS トレーニングと認定 カスタマーサポートの森でございます。

はじめに、4 月 1 日にお問い合わせいただいたケース（{J1_CASE}）にご返信できておらず、大変申し訳ございませんでした。
同じご依頼のため、先のケースはこちらでクローズし、本ケースにて対応させていただきます。

さて、ご依頼のアカウント統合につきまして、以下の内容で実施する予定です。

　[1] {J_GONE}（s.watanabe.biz@gmail.com）
　　　→ 統合により閉鎖されます
　[2] {J_KEEP}（s-watanabe@kanto-denshi.example.co.jp）
　　　→ 統合後のアカウントとして残ります

統合は元に戻すことができないため、実施前にお客様のご意思を確認させていただいております。
内容をご確認のうえ、差し支えなければ「同意します」とご返信いただけますでしょうか。

何卒よろしくお願い申し上げます。

森
AWS トレーニングと認定 カスタマーサポート"""
j_mail(t_j_req, J_SUBJ, alt(J_REQ, text2html(J_REQ), cte_p='quoted-printable', cte_h='quoted-printable', lang='ja'),
       'ja-confirm-request-after-missed-case', 'merge_confirmation_requested', [J_GONE, J_KEEP], J2_CASE)

# consent acknowledged, but new question about the Credly address (support_reply), Outlook-JP quote
t = d('2025-04-10 01:05:48')
plain = f"""渡辺 様

森でございます。ご承諾のご返信をいただき、ありがとうございます。

統合の作業を担当部署へ依頼するにあたり、1 点だけ確認させてください。
Credly のデジタルバッジを受け取るメールアドレスは、統合後のサインイン用アドレス（s-watanabe@kanto-denshi.example.co.jp）と同じでよろしいでしょうか。
別のアドレスをご希望の場合は、そのアドレスをお知らせください。

森
AWS トレーニングと認定 カスタマーサポート

________________________________
差出人: 渡辺 聡 <s-watanabe@kanto-denshi.example.co.jp>
送信日時: 2025年4月9日 14:20
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: RE: {J_SUBJ}

森様

お世話になっております。渡辺です。
ご案内の内容で同意します。よろしくお願いいたします。

＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
関東電子株式会社　情報システム部
渡辺 聡
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿

________________________________
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年4月9日 11:33
宛先: s-watanabe@kanto-denshi.example.co.jp
件名: {J_SUBJ}

{J_REQ}
"""
j_mail(t, J_SUBJ, alt(plain, text2html(plain, '________________________________'), cte_p='base64', cte_h='base64', lang='ja'),
       'ja-consent-thanks-asks-credly-address', 'support_reply', [], J2_CASE)

# B: console "new correspondence" notice (support_reply)
t = d('2025-02-13 01:48:30')
plain = f"""Amazon Web Services サポートをご利用いただき、ありがとうございます。

ケース {B_CASE}「{B_CASE_SUBJ}」に、AWS サポートからの新しい返信が追加されました。

返信内容を確認するには、サポートセンターにサインインしてください。
{B_LINK}

Amazon Web Services

このメールアドレスへの返信は受け付けておりません。"""
b_mail(t, '[Case %s] New correspondence added' % B_CASE, plain, 'ja-console-new-correspondence', 'support_reply', [])

# E: Acclaim-era badge mail (2020)
t = d('2020-07-20 18:42:05')
plain = """Takashi Yamamoto,

Amazon Web Services Training and Certification has issued you a new badge.

AWS Certified Solutions Architect - Associate

Accept your badge to share it on social networks, add it to your resume and let employers verify your skills:
https://www.youracclaim.com/badges/1d0b6a7e-4c38-4b8e-8f2a-5a1f3e9c7b20/accept

Acclaim is operated by Credly, Inc.
Unsubscribe: https://www.youracclaim.com/notification_settings"""
top, origin, body = credly_mail(t, E_TO, "Takashi, you've been issued a badge by Amazon Web Services Training and Certification", plain, text2html(plain),
                                auth='jp', provider='biglobe',
                                from_name='Amazon Web Services Training and Certification via Acclaim', from_addr='admin@youracclaim.com', dom='youracclaim.com')
emit('en-acclaim-badge-2020', 'credly_badge_issued', top, origin, body, verified=True, lang='en')
