#!/usr/bin/env python3
"""Generator for blind set 198: AWS Certification account-merge mailbox test data.

Emphasis: the confirmation request and its neighbours (EN/JA half and half).
Run:  python3 make_set.py   -> writes NNN-*.eml and labels.json next to this file.
"""
import base64, quopri, json, os, re, random, hashlib, html, glob, uuid
from io import BytesIO
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(198198)

UTC = timezone.utc
JST = timezone(timedelta(hours=9))
PDT = timezone(timedelta(hours=-7))
PST = timezone(timedelta(hours=-8))
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
BST = timezone(timedelta(hours=1))

MAILS = []   # dicts: date, slug, raw bytes, label


# ----------------------------------------------------------------- helpers
def dt(s, tz=UTC):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def rfc(d, tz=None, paren=None):
    if tz is not None:
        d = d.astimezone(tz)
    s = format_datetime(d)
    if paren:
        s += ' (%s)' % paren
    return s


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def b64s(n):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(al) for _ in range(n))


def case15(opened):
    """15-digit display id: unix time of opening + 5 digits."""
    return '%d%05d' % (int(opened.timestamp()), R.randrange(100000))


def ses_msgid(d, region='email'):
    ms = int(d.timestamp() * 1000) - R.randrange(200, 4000)
    return '<0100%012x-%s-000000@%s.amazonses.com>' % (ms, str(uuid.UUID(int=R.getrandbits(128))), region)


def ses_mailfrom(d):
    ms = int(d.timestamp() * 1000) - R.randrange(200, 4000)
    return '0100%012x-%s-000000@email.amazonses.com' % (ms, str(uuid.UUID(int=R.getrandbits(128))))


def ses_ip():
    return R.choice(['54.240.8.%d', '54.240.9.%d', '54.240.48.%d', '54.240.27.%d', '23.251.234.%d']) % R.randrange(10, 250)


def ses_helo(ip):
    a, b, c, d_ = ip.split('.')
    if a == '54':
        return 'a%s-%s.smtp-out.amazonses.com' % (c, d_)
    return 'e234-%s.smtp-out.amazonses.com' % d_


def fold_sig(prefix, b64, width=70):
    out = []
    while b64:
        out.append(b64[:width]); b64 = b64[width:]
    return prefix + '\n\t '.join(out)


def dkim_sig(d_dom, sel, d, heads='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID', c='relaxed/simple'):
    t = int(d.timestamp()) - R.randrange(1, 4)
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\t%s'
            % (c, sel, d_dom, t, heads, b64s(43), fold_sig('b=', b64s(342) + '=')))


AMZ_SEL = 'rte02ua7mqcy4sws3ujqnaedhcmfapev'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def amz_dkim(d):
    return [dkim_sig('amazon.com', AMZ_SEL, d), dkim_sig('amazonses.com', SES_SEL, d,
            heads='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID')]


# --- Authentication-Results in three provider styles
def ar_gmail(dkims, spf, dmarc):
    """dkims: [(result, domain, selector)], spf: (result, mailfrom, ip), dmarc: (result, p, fromdom)"""
    parts = []
    for res, dom, sel in dkims:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, b64s(8)))
    r, mf, ip = spf
    word = {'pass': 'designates %s as permitted sender' % ip,
            'softfail': 'domain of transitioning %s does not designate %s as permitted sender' % (mf, ip),
            'fail': 'domain of %s does not designate %s as permitted sender' % (mf, ip),
            'neutral': 'domain of %s is neither permitted nor denied by best guess record for domain of %s' % (mf, mf.split('@')[-1])}[r]
    if r == 'pass':
        parts.append('spf=pass (google.com: domain of %s %s) smtp.mailfrom=%s' % (mf, word, mf))
    else:
        parts.append('spf=%s (google.com: %s) smtp.mailfrom=%s' % (r, word, mf))
    if dmarc:
        res, p, fd = dmarc
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (res, p, p, 'NONE' if res == 'pass' else ('QUARANTINE' if p == 'QUARANTINE' else 'NONE'), fd))
    return 'mx.google.com;\n       ' + ';\n       '.join(parts)


def ar_outlook(dkims, spf, dmarc, compauth='pass reason=100'):
    r, mf, ip = spf
    s = 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s;' % (r, ip, mf.split('@')[-1])
    for res, dom, sel in dkims:
        s += ' dkim=%s (%s)\n header.d=%s;' % (res, 'signature was verified' if res == 'pass' else 'signature did not verify', dom)
    res, p, fd = dmarc
    act = 'none' if res == 'pass' else ('quarantine' if p.upper() == 'QUARANTINE' else 'none')
    s += 'dmarc=%s action=%s\n header.from=%s;compauth=%s' % (res, act, fd, compauth)
    return s


def ar_jp(authserv, dkims, spf, dmarc):
    r, mf, ip = spf
    parts = ['spf=%s smtp.mailfrom=%s' % (r, mf)]
    for res, dom, sel in dkims:
        parts.append('dkim=%s header.d=%s header.s=%s' % (res, dom, sel))
    if dmarc:
        res, p, fd = dmarc
        parts.append('dmarc=%s header.from=%s' % (res, fd))
    return authserv + '; ' + ';\n\t'.join(parts)


# --- trace blocks (top first)
def gmail_trace(rcpt, d, mailfrom, ip, helo, ar, dkims_raw, lower=()):
    d_in = d + timedelta(seconds=R.randrange(1, 6))
    g = '2002:a05:%s:%s:b0:%s:%s:%s' % (hexs(4), hexs(3), hexs(3), hexs(4), hexs(4))
    h = [
        'Delivered-To: %s' % rcpt,
        'Received: by %s with SMTP id %s;\n        %s' % (g, b64s(10).lower().replace('/', 'x').replace('+', 'y'), rfc(d_in, PDT, 'PDT')),
        'X-Google-Smtp-Source: AGHT+I%s' % b64s(58),
        'X-Received: by %s with SMTP id %s-%s.%d.%d;\n        %s' % (
            '2002:a17:90b:%s:b0:%s:%s:%s' % (hexs(4), hexs(3), hexs(3), hexs(4)),
            hexs(16), hexs(20), R.randrange(10), R.randrange(1700000000, 1760000000), rfc(d_in, PDT, 'PDT')),
        'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        %s' % (int(d_in.timestamp()), fold_sig('b=', b64s(340) + '==')),
        'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:date:message-id:subject:to:from\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        %s' % (b64s(43), b64s(43), fold_sig('b=', b64s(340) + '==')),
        'ARC-Authentication-Results: i=1; ' + ar,
        'Return-Path: <%s>' % mailfrom,
        'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            helo, helo, ip, b64s(20).lower().replace('/', 'q').replace('+', 'z'), R.randrange(100, 999), R.randrange(100), R.randrange(1700000000, 1760000000), rcpt, rfc(d_in, PDT, 'PDT')),
        'Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip)
        if ' spf=pass' in ar or ';\n       spf=pass' in ar else
        'Received-SPF: softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) client-ip=%s;' % (mailfrom, ip, ip),
        'Authentication-Results: ' + ar,
    ]
    h += list(lower)
    h += list(dkims_raw)
    return h


def outlook_trace(rcpt, d, mailfrom, ip, helo, ar, dkims_raw, tenant=False, lower=()):
    d_in = d + timedelta(seconds=R.randrange(1, 6))
    srv = lambda: '%s%02dMB%d.%s.prod.outlook.com' % (R.choice(['SN7PR', 'PH0PR', 'BY5PR', 'CH3PR', 'TYCPR', 'OS3PR', 'AM9PR']), R.randrange(1, 20), R.randrange(1000, 9999), R.choice(['namprd04', 'namprd11', 'jpnprd01', 'eurprd03']))
    edge = '%s.mail.protection.outlook.com' % R.choice(['BN2PEPF000044A9', 'SJ5PEPF000001F3', 'OS1PEPF0000D1D8', 'AMS0EPF0000019E'])
    fs = R.choice(['2603:10b6:806:%s::%d', '2603:1096:400:%s::%d']) % (hexs(3), R.randrange(10, 40))
    h = [
        'Received: from %s (%s) by\n %s with HTTPS; %s' % (srv(), fs, srv(), rfc(d_in)),
        'Received: from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            srv(), fs, srv(), fs, R.randrange(7000, 9000), R.randrange(10, 40), rfc(d_in)),
        'Received: from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
            edge.split('.')[0] + '.namprd05.prod.outlook.com', fs, srv(), fs, R.randrange(7000, 9000), R.randrange(10, 40), rfc(d_in)),
        'Authentication-Results: ' + ar,
        'Received-SPF: %s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
            'Pass' if ar.startswith('spf=pass') else 'SoftFail', mailfrom.split('@')[-1], ip, ip, helo),
        'Received: from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
            helo, ip, edge, R.randrange(2, 250), R.randrange(7000, 9000), R.randrange(10, 40), rfc(d_in)),
    ]
    h += list(lower)
    h += list(dkims_raw)
    h.append('Return-Path: %s' % mailfrom)
    return h


def jp_trace(rcpt, d, mailfrom, ip, helo, mx, ar, dkims_raw, lower=()):
    d_in = d + timedelta(seconds=R.randrange(1, 6))
    qid = hexs(10).upper()
    h = [
        'Return-Path: <%s>' % mailfrom,
        'Delivered-To: %s' % rcpt,
        'Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (mx, mx, qid, rcpt, rfc(d_in, JST, 'JST')),
    ]
    if ar:
        h.append('Authentication-Results: ' + ar)
    h.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (helo, helo, ip, mx, hexs(9).upper(), rcpt, rfc(d_in, JST, 'JST')))
    h += list(lower)
    h += list(dkims_raw)
    return h


def amazon_trace(style, rcpt, d, dmarc='pass', mx=None, tenant=False, dkim_amz='pass', lower=()):
    """Standard trace for a genuine amazon.com SES mail in one of the provider styles."""
    mf = ses_mailfrom(d)
    ip = ses_ip(); helo = ses_helo(ip)
    dk = [(dkim_amz, 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', SES_SEL)]
    if style == 'gmail':
        ar = ar_gmail(dk, ('pass', mf, ip), (dmarc, 'QUARANTINE', 'amazon.com'))
        return gmail_trace(rcpt, d, mf, ip, helo, ar, amz_dkim(d), lower)
    if style == 'outlook':
        ar = ar_outlook(dk, ('pass', mf, ip), (dmarc, 'QUARANTINE', 'amazon.com'))
        return outlook_trace(rcpt, d, mf, ip, helo, ar, amz_dkim(d), tenant, lower)
    if style == 'jp':
        ar = ar_jp(mx[1], dk, ('pass', mf, ip), (dmarc, 'quarantine', 'amazon.com'))
        return jp_trace(rcpt, d, mf, ip, helo, mx[0], ar, amz_dkim(d), lower)
    if style == 'jp-noar':
        return jp_trace(rcpt, d, mf, ip, helo, mx[0], None, amz_dkim(d), lower)
    raise ValueError(style)


# ----------------------------------------------------------------- MIME parts
def textpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', codec=None, quote_cs=False, extra=''):
    codec = codec or charset
    raw = text.replace('\r\n', '\n').encode(codec)
    p = Message()
    cs = '"%s"' % charset if quote_cs else charset
    p['Content-Type'] = 'text/%s; charset=%s%s' % (subtype, cs, extra)
    p['Content-Transfer-Encoding'] = cte
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    else:
        payload = raw.decode('ascii', 'surrogateescape')
    if not payload.endswith('\n'):
        payload += '\n'
    p.set_payload(payload)
    return p


def multipart(sub, parts, boundary):
    m = Message()
    m['Content-Type'] = 'multipart/%s;\n\tboundary="%s"' % (sub, boundary)
    for p in parts:
        m.attach(p)
    m.set_boundary(boundary)
    return m


def bnd(kind='java'):
    if kind == 'java':
        return '----=_Part_%d_%d.%d' % (R.randrange(100000, 9999999), R.randrange(100000000, 999999999), R.randrange(1700000000000, 1760000000000))
    if kind == 'gmail':
        return '0000000000%s' % hexs(16)
    if kind == 'outlook':
        return '_000_%s_' % (''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(40)))
    if kind == 'jp':
        return '=_%s' % ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(24))
    return '==%s==' % hexs(24)


def t2h(text):
    """plain text -> simple HTML paragraphs; lines starting with '>' become blockquotes."""
    out = []
    for para in text.strip('\n').split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '<br>\n'.join(html.escape(l.lstrip('>').lstrip(' ')) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(html.escape(l) for l in lines))
    return '\n'.join(out)


def aws_html(inner, lang='en', title='Amazon Web Services'):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
            '<title>%s</title>\n</head>\n<body style="margin:0;padding:0;background:#f2f3f3">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
            '<table width="640" cellpadding="24" cellspacing="0" border="0" style="background:#ffffff;font-family:\'Amazon Ember\',Arial,sans-serif;font-size:14px;color:#16191f">\n'
            '<tr><td style="background:#232f3e;color:#ffffff;font-size:18px">Amazon Web Services</td></tr>\n<tr><td>\n%s\n</td></tr>\n'
            '<tr><td style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. '
            'This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n') % (lang, html.escape(title), inner)


def hdr(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode(linesep='\n')


def addr(name, email_, cs='utf-8'):
    if not name:
        return email_
    try:
        name.encode('ascii')
        return formataddr((name, email_))
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(linesep='\n'), email_)


# ----------------------------------------------------------------- the mail
def norm_ids(ids):
    out = set()
    for i in ids:
        m = re.fullmatch(r'(?i)aws[\s\-]?(\d{8})', i.strip())
        assert m, i
        out.add('AWS' + m.group(1))
    return sorted(out)


def mail(slug, kind, case_id, ids, verified, lang, *, date, trace, frm, to, subject, body,
         msgid=None, subj_cs='utf-8', extra=(), cc=None, reply_to=None, to_cs='utf-8'):
    from email.utils import parseaddr

    def _a(x):
        try:
            x.encode('ascii'); return x
        except UnicodeEncodeError:
            return ', '.join(addr(*parseaddr(y.strip())) for y in x.split(',')) if x.count('@') > 1 else addr(*parseaddr(x))
    frm, to = _a(frm), _a(to)
    cc = _a(cc) if cc else cc
    reply_to = _a(reply_to) if reply_to else reply_to
    heads = list(trace)
    heads.append('From: %s' % frm)
    heads.append('To: %s' % to)
    if cc:
        heads.append('Cc: %s' % cc)
    if reply_to:
        heads.append('Reply-To: %s' % reply_to)
    heads.append('Subject: %s' % hdr(subject, subj_cs))
    heads.append('Date: %s' % date)
    heads.append('Message-ID: %s' % (msgid or '<%s@%s>' % (hexs(24), 'mail.example')))
    heads += list(extra)
    heads.append('MIME-Version: 1.0')
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    raw = ('\n'.join(heads) + '\n').encode('ascii') + buf.getvalue()
    MAILS.append(dict(slug=slug, raw=raw, label=dict(
        kind=kind, case_id=case_id, account_ids=norm_ids(ids), sender_verified=verified, language=lang)))


def ses_extra(d, feedback='1.us-east-1.%s:AmazonSES' % 'Xk4bSLu2WQdDwSgTTPSuBVRCVZ9ZqE3wzyHhM8WZ3Ao='):
    return ['Feedback-ID: %s' % feedback,
            'X-SES-Outgoing: %s-%s.%s' % (d.strftime('%Y.%m.%d'), ses_ip(), 'smtp-out.amazonses.com')]



def finish():
    from email.utils import parsedate_to_datetime
    for f in glob.glob(os.path.join(OUT, '[0-9][0-9][0-9]-*.eml')):
        os.remove(f)
    order = sorted(MAILS, key=lambda m: parsedate_to_datetime(
        re.search(rb'\nDate: ([^\n]+)', m['raw']).group(1).decode()))
    labels = {}
    for i, m in enumerate(order, 1):
        fn = '%03d-%s.eml' % (i, m['slug'])
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(m['raw'])
        labels[fn] = m['label']
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote %d mails' % len(order))


AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'

# ======================================================================
# MAILS START HERE
# ======================================================================

# ---------------------------------------------------------------- Case B (en): Priya Raman, console case, outlook.com
B_TO = 'priya.raman@outlook.com'
B_OPEN = dt('2025-03-11 09:14:05')
B_CID = case15(B_OPEN)
B_SUBJ = 'Merge two AWS Certification accounts'
CONSOLE_FOOT = ('\n\nCheck out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: '
                'https://repost.aws/knowledge-center?sc_ichannel=ha&sc_icampaign=acq_awsblogsb&sc_icontent=support\n\n'
                'To contact us again about this case, please return to the AWS Support Center using the following URL:\n\n'
                'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s\n\n'
                '(If you are connecting by federation, log in before following the link.)\n\n'
                '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
                'Please use the link above if you need to contact us again about this same issue.\n\n'
                'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.')

d = B_OPEN + timedelta(seconds=22)
t = ('Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
     'The details of your case are as follows:\n\nCase ID: %s\nSubject: %s\nSeverity: General guidance\n'
     'Correspondence: Hello, I ended up with two Certification profiles, one from my previous employer and one personal. '
     'I would like to have everything under one profile please. Thanks, Priya\n\n'
     'Please allow up to 24 hours for a response from our team.' % (B_CID, B_CID, B_SUBJ)) + CONSOLE_FOOT % (B_CID, 'en')
mail('support-case-opened-merge-two-profiles', 'case_created', B_CID, [], True, 'en',
     date=rfc(d), trace=amazon_trace('outlook', B_TO, d), frm=AWS_NOREPLY, to=B_TO,
     subject='Amazon Web Services: You have opened a new Support case: %s' % B_CID,
     body=multipart('alternative', [textpart(t), textpart(aws_html(t2h(t)), 'html')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# B2: confirmation request shaped as a table with a consent column
d = dt('2025-03-12 15:41:37')
rows = [('AWS31847265', 'p.raman@northwind-analytics.com', 'AWS Certified Cloud Practitioner (2022)', 'Closed; exam history and certification moved', ''),
        ('AWS31990042', 'priya.raman@outlook.com', 'AWS Certified Solutions Architect - Associate (2024)', 'Kept as your primary account', '')]
plain_tbl = ('+-------------+----------------------------------+------------------------------------------------------+----------------------------------------------+-----------------------+\n'
             '| Account ID  | Sign-in e-mail                   | Certifications on record                             | What happens                                 | Your consent (Yes/No) |\n'
             '+-------------+----------------------------------+------------------------------------------------------+----------------------------------------------+-----------------------+\n')
for r_ in rows:
    plain_tbl += '| %-11s | %-32s | %-52s | %-44s | %-21s |\n' % r_
plain_tbl += plain_tbl.split('\n')[0] + '\n'
t = ('Hello Priya,\n\nThank you for your patience while I looked into this.\n\n'
     'I found two Certification profiles under your name. Before anything is changed I need your agreement on each line of the table below. '
     'Please copy the table into your response in the Support Center and write "Yes" (or "No") in the last column for each row.\n\n'
     + plain_tbl +
     '\nImportant: combining two profiles is permanent. After the change, AWS31847265 can no longer be used to sign in, schedule exams or request benefits.\n\n'
     'As soon as I see "Yes" on both rows I will pass the request to our Certification operations team the same day.\n\n'
     'We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. '
     'You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n'
     'Best regards,\nNikhil S.\nAmazon Web Services') + CONSOLE_FOOT % (B_CID, 'en')
tbl_html = ('<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">\n'
            '<tr style="background:#eaeded"><th>Account ID</th><th>Sign-in e-mail</th><th>Certifications on record</th><th>What happens</th><th>Your consent (Yes/No)</th></tr>\n'
            + ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td style="background:#fff8e1">&nbsp;</td></tr>\n' % r_[:4] for r_ in rows) + '</table>')
h = aws_html(t2h(t.split('+---')[0]) + tbl_html + t2h(t.split('+\n', 1)[1] if False else t[t.rindex('-+\n') + 3:]))
mail('re-case-consent-table-two-profiles', 'merge_confirmation_requested', B_CID, ['AWS31847265', 'AWS31990042'], True, 'en',
     date=rfc(d), trace=amazon_trace('outlook', B_TO, d), frm=AWS_NOREPLY, to=B_TO,
     subject='RE:[CASE %s] %s' % (B_CID, B_SUBJ),
     body=multipart('alternative', [textpart(t), textpart(h, 'html')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# B3: thank you for confirming, we will proceed (support_reply)
d = dt('2025-03-13 08:03:12')
t = ('Hello Priya,\n\nThank you for filling in the table, I can see "Yes" on both rows.\n\n'
     'I have now submitted the request to fold AWS31847265 into AWS31990042. Our operations team normally completes this within 2 to 3 business days. '
     'Please do not schedule or reschedule an exam on either account in the meantime.\n\n'
     'Once the merge is complete I will update this case, and you should then be able to see all of your certifications when you sign in with priya.raman@outlook.com.\n\n'
     'We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.\n\n'
     'Best regards,\nNikhil S.\nAmazon Web Services') + CONSOLE_FOOT % (B_CID, 'en')
mail('re-case-thanks-consent-received-submitted', 'support_reply', B_CID, ['AWS31847265', 'AWS31990042'], True, 'en',
     date=rfc(d), trace=amazon_trace('outlook', B_TO, d), frm=AWS_NOREPLY, to=B_TO,
     subject='RE:[CASE %s] %s' % (B_CID, B_SUBJ),
     body=multipart('alternative', [textpart(t), textpart(aws_html(t2h(t)), 'html')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# B4: completion, avoiding the word "merge"
d = dt('2025-03-14 19:27:50')
t = ('Hello Priya,\n\nGood news: the two Certification profiles have now been combined.\n\n'
     'AWS31990042 is now your only candidate ID. Your AWS Certified Cloud Practitioner record, together with the exam history that was held under AWS31847265, '
     'now shows on this profile, and the old ID has been deactivated.\n\n'
     'Please allow up to 48 hours for the badges to show up in your Credly account. If they have not appeared after that, just let us know through this case.\n\n'
     'Best regards,\nNikhil S.\nAmazon Web Services') + CONSOLE_FOOT % (B_CID, 'en')
mail('re-case-profiles-combined', 'merge_completed', B_CID, ['AWS31990042', 'AWS31847265'], True, 'en',
     date=rfc(d), trace=amazon_trace('outlook', B_TO, d), frm=AWS_NOREPLY, to=B_TO,
     subject='RE:[CASE %s] %s' % (B_CID, B_SUBJ),
     body=multipart('alternative', [textpart(t, cte='base64'), textpart(aws_html(t2h(t)), 'html', cte='base64')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# B5: survey
d = dt('2025-03-14 19:31:02')
t = ('Hello,\n\nWe are reaching out to ask for your feedback on your recent AWS Support case %s: "%s".\n\n'
     'Was your issue resolved?\n\nYES: https://console.aws.amazon.com/support/feedback?caseId=%s&resolved=yes\n'
     'NO: https://console.aws.amazon.com/support/feedback?caseId=%s&resolved=no\n\n'
     'How would you rate the support you received? (1 = poor, 5 = excellent)\n'
     '1  2  3  4  5\n\nYour feedback helps us improve. This survey takes less than one minute.\n\n'
     'Thank you,\nAWS Support\n\nThis e-mail was sent from an address that cannot accept incoming e-mail.' % (B_CID, B_SUBJ, B_CID, B_CID))
h = aws_html('<p>Hello,</p><p>We are reaching out to ask for your feedback on your recent AWS Support case <b>%s</b>: &quot;%s&quot;.</p>'
             '<p style="font-size:16px"><b>Was your issue resolved?</b></p>'
             '<p><a href="https://console.aws.amazon.com/support/feedback?caseId=%s&amp;resolved=yes" style="background:#ff9900;color:#000;padding:8px 22px;text-decoration:none">YES</a> &nbsp; '
             '<a href="https://console.aws.amazon.com/support/feedback?caseId=%s&amp;resolved=no" style="background:#d5dbdb;color:#000;padding:8px 22px;text-decoration:none">NO</a></p>'
             '<p>How would you rate the support you received?</p><p>&#9733; &#9733; &#9733; &#9733; &#9733;</p>'
             '<p>Thank you,<br>AWS Support</p>' % (B_CID, B_SUBJ, B_CID, B_CID))
mail('aws-support-feedback-request', 'survey', B_CID, [], True, 'en',
     date=rfc(d), trace=amazon_trace('outlook', B_TO, d), frm='"AWS Support" <no-reply-aws@amazon.com>', to=B_TO,
     subject='How did we do? Your AWS Support case %s' % B_CID,
     body=multipart('alternative', [textpart(t), textpart(h, 'html')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# B6: Credly badge moved after merge
d = dt('2025-03-15 02:12:44')
CREDLY_FROM = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


def credly_trace(style, rcpt, d, mx=None):
    mf = 'bounces+%d-%s-%s=%s@em.credly.com' % (R.randrange(1000000, 9999999), hexs(4), rcpt.split('@')[0], rcpt.split('@')[1])
    ip = '149.72.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
    helo = 'o%d.em.credly.com' % R.randrange(1, 40)
    dk = [('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')]
    sigs = [dkim_sig('credly.com', 's1', d, heads='from:mime-version:subject:reply-to:list-unsubscribe:list-unsubscribe-post:content-type:to:cc:content-type:from:subject:to', c='relaxed/relaxed'),
            dkim_sig('sendgrid.info', 'smtpapi', d, heads='from:mime-version:subject:reply-to:list-unsubscribe:content-type:to:cc:content-type:from:subject:to', c='relaxed/relaxed')]
    if style == 'gmail':
        return gmail_trace(rcpt, d, mf, ip, helo, ar_gmail(dk, ('pass', mf, ip), ('pass', 'QUARANTINE', 'credly.com')), sigs)
    if style == 'outlook':
        return outlook_trace(rcpt, d, mf, ip, helo, ar_outlook(dk, ('pass', mf, ip), ('pass', 'QUARANTINE', 'credly.com')), sigs)
    return jp_trace(rcpt, d, mf, ip, helo, mx[0], ar_jp(mx[1], dk, ('pass', mf, ip), ('pass', 'quarantine', 'credly.com')), sigs)


t = ('Hi Priya,\n\nAmazon Web Services Training and Certification has issued you a badge:\n\n'
     'AWS Certified Cloud Practitioner\n\n'
     'Your certification record was recently moved to a different AWS Certification profile, so this badge has been re-issued to you. '
     'Accept it to display it on your Credly profile and share it with your network.\n\n'
     'Accept your badge: https://www.credly.com/earner/earned/badge/%s\n\n'
     'Validation number: K7QX2M9PLR4TZ8WA\n\n'
     'Questions? Visit https://support.credly.com\n\n'
     'Credly, Inc. | 50 Milk Street, Boston, MA 02109\nUnsubscribe: https://www.credly.com/notifications/unsubscribe/%s' % (str(uuid.UUID(int=R.getrandbits(128))), hexs(32)))
h = ('<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5"><div style="max-width:600px;margin:auto;background:#fff;padding:32px">'
     '<img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="96">'
     '<h2 style="color:#222">Hi Priya, you have a new badge</h2>'
     '<p>Amazon Web Services Training and Certification has issued you a badge:</p>'
     '<p style="font-size:18px"><b>AWS Certified Cloud Practitioner</b></p>'
     '<p>Your certification record was recently moved to a different AWS Certification profile, so this badge has been re-issued to you.</p>'
     '<p><a href="https://www.credly.com/earner/earned/badge/x" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>'
     '<p style="color:#888;font-size:12px">Validation number: K7QX2M9PLR4TZ8WA</p>'
     '<p style="color:#888;font-size:11px">Credly, Inc. | 50 Milk Street, Boston, MA 02109</p></div></body></html>')
mail('credly-badge-reissued-cloud-practitioner', 'credly_badge_issued', None, [], True, 'en',
     date=rfc(d), trace=credly_trace('outlook', B_TO, d), frm=CREDLY_FROM, to=B_TO,
     subject='Priya, your AWS Certified Cloud Practitioner badge is ready to accept',
     body=multipart('alternative', [textpart(t, cte='7bit', charset='us-ascii'), textpart(h, 'html', cte='quoted-printable')], bnd('sg')),
     msgid='<%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', '_').replace('+', '-'), R.randrange(1, 40)),
     extra=['Reply-To: Credly Support <support@credly.com>',
            'List-Unsubscribe: <https://www.credly.com/notifications/unsubscribe/%s>' % hexs(32),
            'X-SG-EID: %s' % b64s(60)])

# ---------------------------------------------------------------- Case A (ja): 鈴木 太郎, form case, Gmail
A_TO = 'taro.suzuki.0815@gmail.com'
A_OPEN = dt('2025-05-26 23:47:10')
A_CID = case15(A_OPEN)
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

d = A_OPEN + timedelta(seconds=41)
t = ('鈴木 太郎 様\n\n'
     'AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n'
     '以下の内容でお問い合わせを受け付けました。\n\n'
     'ケース番号：%s\n'
     'お問い合わせの種類：AWS Training and Certification\n'
     '詳細：Account Merge\n\n'
     '担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。\n'
     'なお、同一のご依頼で新たにお問い合わせを作成されますと、確認に時間を要する場合がございます。'
     '追加の情報がございましたら、本メールにそのままご返信ください。\n\n'
     '今後ともよろしくお願い申し上げます。\n\n'
     'AWS トレーニングと認定 カスタマーサポート\n'
     'Amazon Web Services\n' % A_CID)
mail('form-case-received-ja', 'case_created', A_CID, [], True, 'ja',
     date=rfc(d), trace=amazon_trace('gmail', A_TO, d), frm=AWS_FORM, to=A_TO,
     subject='[CASE %s] %s' % (A_CID, FORM_SUBJ),
     body=textpart(t, cte='quoted-printable'), msgid=ses_msgid(d), extra=ses_extra(d))

# A2: confirmation asked only in a 追伸 (PS)
d = dt('2025-05-27 23:02:18')
A_ORIG = ('お名前：鈴木 太郎\n'
          'メールアドレス：taro.suzuki.0815@gmail.com\n'
          'お問い合わせの種類：AWS Training and Certification\n'
          '詳細：Account Merge\n'
          'AWS 認定候補者 ID：AWS20593847\n'
          'お問い合わせ内容：\n'
          '転職前に会社のメールアドレスで作成した認定アカウント（AWS10482736）と、\n'
          '現在個人で使用しているアカウントがあります。1つにまとめたいです。\n'
          '個人のアカウントを残したいと考えています。')
t = ('鈴木 太郎 様\n\n'
     'お世話になっております。AWS トレーニングと認定 カスタマーサポートの山口でございます。\n\n'
     'このたびはお問い合わせいただき、ありがとうございます。\n'
     'ご記載いただいた情報をもとに調査いたしましたところ、鈴木様の認定アカウントとして以下の 2 件が登録されていることを確認いたしました。\n\n'
     '・AWS10482736（旧勤務先のメールアドレスでご登録、AWS Certified Cloud Practitioner 保有）\n'
     '・AWS20593847（個人のメールアドレスでご登録、AWS Certified Solutions Architect - Associate 保有）\n\n'
     'いずれのアカウントにも予約済みの試験はございませんでしたので、このまま手続きを進めることが可能でございます。\n\n'
     '引き続きどうぞよろしくお願いいたします。\n\n'
     '山口\n'
     'AWS トレーニングと認定 カスタマーサポート\n'
     'Amazon Web Services\n\n'
     '追伸\n'
     '手続きの前に一点だけ確認させてください。AWS10482736 を AWS20593847 に統合し、今後は AWS20593847 のみをご利用いただく形でお間違いないでしょうか。'
     '統合後は元に戻すことができかねますので、問題がなければ本メールに「上記の内容で統合を希望します」とご返信いただけますと幸いです。\n\n'
     '---------- お問い合わせ内容 ----------\n' + A_ORIG + '\n')
h = aws_html(t2h(t.split('追伸')[0]) + '<p style="border-top:1px dashed #aab7b8;padding-top:8px">追伸<br>' + html.escape(t.split('追伸\n')[1].split('\n\n')[0]) + '</p>'
             '<div style="color:#687078;font-size:12px">---------- お問い合わせ内容 ----------<br>' + html.escape(A_ORIG).replace('\n', '<br>') + '</div>', 'ja')
mail('re-form-case-ps-confirm-direction-ja', 'merge_confirmation_requested', A_CID, ['AWS10482736', 'AWS20593847'], True, 'ja',
     date=rfc(d), trace=amazon_trace('gmail', A_TO, d), frm=AWS_FORM, to=A_TO,
     subject='RE:[CASE %s] %s' % (A_CID, FORM_SUBJ),
     body=multipart('alternative', [textpart(t, cte='base64'), textpart(h, 'html', cte='base64')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# A3: user confirmed and asked about the voucher; agent answers, "once the merge is complete" (support_reply)
d = dt('2025-05-29 01:36:55')
t = ('鈴木 様\n\n'
     'ご返信いただき、ありがとうございます。山口でございます。\n'
     '統合のご意向、確かに承りました。\n\n'
     'お尋ねの 50%% 割引特典につきましては、統合完了後に存続するアカウント（AWS20593847）の「特典」ページへ引き継がれます。'
     '旧アカウントで未使用のまま残っている特典も、有効期限内であれば同様に移行されますのでご安心ください。\n\n'
     'なお、統合作業には通常 2〜3 営業日ほどお時間を頂戴しております。'
     '統合が完了いたしましたら、改めて本ケースにてご連絡いたします。\n\n'
     '山口\n'
     'AWS トレーニングと認定 カスタマーサポート\n\n'
     '-----Original Message-----\n'
     'From: 鈴木 太郎 <taro.suzuki.0815@gmail.com>\n'
     'Sent: Wednesday, May 28, 2025 9:41 AM\n'
     'To: aws-cs-trainingcertification-form@amazon.com\n'
     'Subject: Re: RE:[CASE %s] %s\n\n'
     '山口様\n\n'
     'ご確認ありがとうございます。上記の内容で統合を希望します。\n'
     'ひとつ質問ですが、AWS10482736 の方で取得した 50%% 割引の特典は統合後も使えますか？\n\n'
     '鈴木\n' % (A_CID, FORM_SUBJ))
mail('re-form-case-voucher-after-merge-ja', 'support_reply', A_CID, ['AWS20593847'], True, 'ja',
     date=rfc(d), trace=amazon_trace('gmail', A_TO, d), frm=AWS_FORM, to=A_TO,
     subject='RE:[CASE %s] %s' % (A_CID, FORM_SUBJ), subj_cs='iso-2022-jp',
     body=textpart(t, charset='iso-2022-jp', cte='7bit'),
     msgid=ses_msgid(d), extra=ses_extra(d))

# A4: survey, HTML-only
d = dt('2025-06-02 04:10:31')
h = aws_html('<p>鈴木 太郎 様</p>'
             '<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。'
             'ケース番号 <b>%s</b> はクローズされました。</p>'
             '<p>今後のサービス向上のため、簡単なアンケートにご協力ください（所要時間：約 1 分）。</p>'
             '<p style="font-size:16px"><b>お問い合わせの問題は解決しましたか？</b></p>'
             '<p><a href="https://survey.aws-tc.example.amazon.com/s/%s?case=%s&amp;a=1" style="background:#ff9900;color:#000;padding:8px 24px;text-decoration:none">はい</a>&nbsp;&nbsp;'
             '<a href="https://survey.aws-tc.example.amazon.com/s/%s?case=%s&amp;a=0" style="background:#d5dbdb;color:#000;padding:8px 24px;text-decoration:none">いいえ</a></p>'
             '<p>担当者の対応を 5 段階でご評価ください。<br>&#9734;&#9734;&#9734;&#9734;&#9734;</p>'
             '<p>※本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。</p>' % (A_CID, hexs(12), A_CID, hexs(12), A_CID), 'ja')
mail('form-case-closed-survey-ja', 'survey', A_CID, [], True, 'ja',
     date=rfc(d), trace=amazon_trace('gmail', A_TO, d), frm='"AWS トレーニングと認定" <aws-tc-survey@amazon.com>', to=A_TO,
     subject='【アンケートのお願い】ケース %s のサポートはいかがでしたか' % A_CID,
     body=textpart(h, 'html', cte='base64'), msgid=ses_msgid(d), extra=ses_extra(d))

# ---------------------------------------------------------------- Case G (ja): 森 遥, form case, nifty
G_TO = 'haruka.mori@nifty.com'
G_MX = ('mx.nifty.com', 'mx.nifty.com')
G_OPEN = dt('2025-07-08 02:30:12')
G_CID = case15(G_OPEN)

# G1: table with a consent column, ja
d = dt('2025-07-09 00:18:40')
G_TBL = ('┌────┬──────────────┬────────────────────────┬──────────────────┬──────────────┐\n'
         '│ No │ 認定アカウントID │ 登録メールアドレス          │ 統合後の扱い             │ ご同意（はい／いいえ）│\n'
         '├────┼──────────────┼────────────────────────┼──────────────────┼──────────────┤\n'
         '│ 1  │ AWS63019874  │ h.mori@kitaboshi-sys.co.jp │ 統合元（今後は利用不可）   │              │\n'
         '│ 2  │ AWS63350912  │ haruka.mori@nifty.com     │ 統合先（存続）           │              │\n'
         '└────┴──────────────┴────────────────────────┴──────────────────┴──────────────┘\n')
t = ('森 遥 様\n\n'
     'いつも AWS をご利用いただき、誠にありがとうございます。\n'
     'AWS トレーニングと認定 カスタマーサポートの長谷川でございます。\n\n'
     'アカウント統合のご依頼につきまして、登録情報を確認いたしました。\n'
     '作業を実施する前に、下表の内容についてご同意をいただく必要がございます。\n'
     'お手数ではございますが、表の右端「ご同意」欄に行ごとに「はい」または「いいえ」をご記入のうえ、本メールにご返信くださいますようお願いいたします。\n\n'
     + G_TBL +
     '\n※統合元のアカウントに紐づく認定資格・受験履歴・特典は、すべて統合先に移行されます。\n'
     '※一度統合したアカウントを分割することはできません。\n\n'
     'ご不明な点がございましたら、お気軽にお問い合わせください。\n\n'
     '長谷川\n'
     'AWS トレーニングと認定 カスタマーサポート\n'
     'Amazon Web Services\n')
tbl_h = ('<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;font-size:13px">'
         '<tr style="background:#eaeded"><th>No</th><th>認定アカウントID</th><th>登録メールアドレス</th><th>統合後の扱い</th><th>ご同意（はい／いいえ）</th></tr>'
         '<tr><td>1</td><td>AWS63019874</td><td>h.mori@kitaboshi-sys.co.jp</td><td>統合元（今後は利用不可）</td><td style="background:#fff8e1">&nbsp;</td></tr>'
         '<tr><td>2</td><td>AWS63350912</td><td>haruka.mori@nifty.com</td><td>統合先（存続）</td><td style="background:#fff8e1">&nbsp;</td></tr></table>')
h = aws_html(t2h(t.split('┌')[0]) + tbl_h + t2h(t.split('┘\n')[1]), 'ja')
mail('re-form-case-consent-table-ja', 'merge_confirmation_requested', G_CID, ['AWS63019874', 'AWS63350912'], True, 'ja',
     date=rfc(d), trace=amazon_trace('jp', G_TO, d, mx=G_MX), frm=AWS_FORM, to=G_TO,
     subject='RE:[CASE %s] %s' % (G_CID, FORM_SUBJ),
     body=multipart('alternative', [textpart(t, cte='quoted-printable'), textpart(h, 'html', cte='quoted-printable')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# G2: thanks for consent, proceeding now; quoted table (both ids) only in history, new text names survivor only
d = dt('2025-07-10 01:05:09')
q_tbl = '\n'.join('> > ' + l for l in G_TBL.replace('│              │\n', '│ はい         │\n').split('\n') if l)
t = ('森 様\n\n'
     'ご返信いただき、ありがとうございます。長谷川でございます。\n'
     '両方の行に「はい」とご記入いただいたことを確認いたしました。\n\n'
     'これより統合作業に着手いたします。作業完了までは 3 営業日ほどお時間をいただく見込みです。'
     '作業中は、存続する AWS63350912 へのログインは可能ですが、試験の予約・変更はお控えくださいますようお願いいたします。\n\n'
     '完了次第、改めてご連絡差し上げます。\n\n'
     '長谷川\n'
     'AWS トレーニングと認定 カスタマーサポート\n\n'
     '2025年7月9日(水) 18:44 森 遥 <haruka.mori@nifty.com>:\n'
     '> 長谷川様\n'
     '>\n'
     '> お世話になっております。森です。\n'
     '> 表に記入しましたので、よろしくお願いいたします。\n'
     '>\n'
     '> 2025年7月9日(水) 9:18 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n'
     '> > 森 遥 様\n'
     '> > （中略）\n' + q_tbl + '\n')
mail('re-form-case-consent-received-starting-ja', 'support_reply', G_CID, ['AWS63350912'], True, 'ja',
     date=rfc(d), trace=amazon_trace('jp', G_TO, d, mx=G_MX), frm=AWS_FORM, to=G_TO,
     subject='RE:[CASE %s] %s' % (G_CID, FORM_SUBJ),
     body=textpart(t, cte='base64'), msgid=ses_msgid(d), extra=ses_extra(d))

# G3: completion, ja, Shift_JIS-free ISO-2022-JP
d = dt('2025-07-14 06:47:21')
t = ('森 遥 様\n\n'
     'お待たせいたしました。AWS トレーニングと認定 カスタマーサポートの長谷川でございます。\n\n'
     'ご依頼いただいておりましたアカウント統合の作業が完了いたしました。\n'
     '旧アカウント AWS63019874 に登録されていた認定資格および受験履歴は、すべて AWS63350912 に移行済みでございます。\n\n'
     '今後は haruka.mori@nifty.com でサインインのうえ、以下の点をご確認いただけますと幸いです。\n'
     '・認定資格の一覧に、すべての資格が表示されていること\n'
     '・特典（試験の 50% 割引など）が表示されていること\n'
     '・Credly のデジタルバッジ（反映まで数日かかる場合がございます）\n\n'
     '長谷川\n'
     'AWS トレーニングと認定 カスタマーサポート\n')
mail('re-form-case-merge-done-ja', 'merge_completed', G_CID, ['AWS63019874', 'AWS63350912'], True, 'ja',
     date=rfc(d), trace=amazon_trace('jp', G_TO, d, mx=G_MX), frm=AWS_FORM, to=G_TO,
     subject='RE:[CASE %s] %s' % (G_CID, FORM_SUBJ),
     body=textpart(t, charset='iso-2022-jp', cte='7bit'), msgid=ses_msgid(d), extra=ses_extra(d))

# G4: Credly badge, Japanese locale
d = dt('2025-07-15 11:02:33')
t = ('森 遥 さん\n\n'
     'Amazon Web Services Training and Certification から新しいバッジが発行されました。\n\n'
     'AWS Certified Developer - Associate\n\n'
     'バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。\n\n'
     'バッジを受け取る： https://www.credly.com/earner/earned/badge/%s\n\n'
     'このメールは Credly から送信されています。\n'
     'Credly, Inc. | 50 Milk Street, Boston, MA 02109\n' % str(uuid.UUID(int=R.getrandbits(128))))
h = ('<html><body style="font-family:Helvetica,Arial,\'Hiragino Sans\',Meiryo,sans-serif"><div style="max-width:600px;margin:auto;padding:28px">'
     '<p>森 遥 さん</p><p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p>'
     '<p style="font-size:18px"><b>AWS Certified Developer - Associate</b></p>'
     '<p><a href="https://www.credly.com/earner/earned/badge/x" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none">バッジを受け取る</a></p>'
     '<p style="font-size:11px;color:#888">Credly, Inc. | 50 Milk Street, Boston, MA 02109</p></div></body></html>')
mail('credly-badge-developer-associate-ja', 'credly_badge_issued', None, [], True, 'ja',
     date=rfc(d), trace=credly_trace('jp', G_TO, d, mx=G_MX),
     frm=addr('Amazon Web Services Training and Certification（Credly 経由）', 'admin@credly.com'), to=G_TO,
     subject='森 遥 さん、バッジが発行されました：AWS Certified Developer - Associate',
     body=multipart('alternative', [textpart(t, cte='base64'), textpart(h, 'html', cte='base64')], bnd('sg')),
     msgid='<%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', '_').replace('+', '-'), R.randrange(1, 40)),
     extra=['Reply-To: Credly Support <support@credly.com>'])

# ---------------------------------------------------------------- Case C (ja): 渡辺 健二, console case 2022 (11 digits), biglobe
C_TO = 'k.watanabe@biglobe.ne.jp'
C_MX = ('mfilter-in.biglobe.ne.jp', 'biglobe.ne.jp')
C_CID = '10961538274'
C_SUBJ = '認定アカウントの統合について'
CONSOLE_FOOT_JA = ('\n\nこのケースに関して再度お問い合わせいただく場合は、次の URL から AWS サポートセンターにアクセスしてください。\n\n'
                   'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
                   '（フェデレーションを使用して接続している場合は、リンクを開く前にログインしてください。）\n\n'
                   '※このメールは受信できないアドレスから送信されています。同じ件について再度ご連絡いただく場合は、上記リンクをご利用ください。\n\n'
                   'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。')

d = dt('2022-09-05 03:12:48')
t = ('Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース %s をオープンしました。\n\n'
     'ケースの詳細は以下のとおりです。\n\n'
     'ケース ID: %s\n件名: %s\n重要度: 一般的なガイダンス\n'
     'お問い合わせ内容: 認定アカウントが複数あるようです。1 つにまとめていただけますか。\n\n'
     '担当者からの回答まで、今しばらくお待ちください。' % (C_CID, C_CID, C_SUBJ)) + CONSOLE_FOOT_JA % C_CID
mail('support-case-opened-11digit-ja', 'case_created', C_CID, [], True, 'ja',
     date=rfc(d), trace=amazon_trace('jp', C_TO, d, mx=C_MX), frm=AWS_NOREPLY, to=C_TO,
     subject='Amazon Web Services: 新しいサポートケースがオープンされました: %s' % C_CID,
     body=multipart('alternative', [textpart(t, cte='base64'), textpart(aws_html(t2h(t), 'ja'), 'html', cte='base64')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# C2: asks for login e-mails (support_reply)
d = dt('2022-09-06 01:40:05')
t = ('渡辺 健二 様\n\n'
     'AWS サポートの藤田と申します。お問い合わせいただき、ありがとうございます。\n\n'
     'ご記載いただいた AWS01188230 は確認できましたが、そのほかのアカウントを特定するための情報が不足しております。\n'
     'お手数をおかけいたしますが、以下についてサポートセンターからお知らせいただけますでしょうか。\n\n'
     '1. 統合したい各アカウントのサインイン用メールアドレス\n'
     '2. 各アカウントの通知用メールアドレス（サインイン用と異なる場合）\n'
     '3. 各アカウントに登録されている氏名（ローマ字表記）\n\n'
     '情報をいただき次第、調査を進めます。\n\n'
     'どうぞよろしくお願いいたします。\n\n'
     '藤田\n'
     'Amazon Web Services') + CONSOLE_FOOT_JA % C_CID
mail('re-case-need-login-emails-ja', 'support_reply', C_CID, ['AWS01188230'], True, 'ja',
     date=rfc(d), trace=amazon_trace('jp', C_TO, d, mx=C_MX), frm=AWS_NOREPLY, to=C_TO,
     subject='RE:[CASE %s] %s' % (C_CID, C_SUBJ), subj_cs='iso-2022-jp',
     body=textpart(t, charset='iso-2022-jp', cte='7bit'), msgid=ses_msgid(d), extra=ses_extra(d))

# C3: long explanation, the question comes last (confirmation), three accounts
d = dt('2022-09-07 06:55:31')
t = ('渡辺 健二 様\n\n'
     'AWS サポートの藤田でございます。\n'
     'サインイン用メールアドレスをお知らせいただき、ありがとうございました。\n\n'
     'いただいた情報をもとに確認いたしましたところ、渡辺様名義の認定アカウントが 3 件見つかりました。\n\n'
     '  AWS00417733（watanabe.k@tohoku-denki.co.jp／2019 年作成）\n'
     '  AWS00562198（k.watanabe@biglobe.ne.jp／2020 年作成）\n'
     '  AWS01188230（kenji.watanabe.aws@gmail.com／2022 年作成）\n\n'
     '手続きを行う前に、あらかじめご理解いただきたい点をご説明いたします。\n\n'
     '1. 統合の方向\n'
     '   統合は、「統合元」アカウントの情報を「統合先」アカウントへ移す形で行います。'
     '今回は、現在お使いの AWS01188230 を統合先とし、残りの 2 件を統合元とすることを想定しております。\n\n'
     '2. 移行される情報\n'
     '   認定資格、受験履歴、特典（次回受験の 50% 割引など）が統合先へ移行されます。'
     '統合元ですでに有効期限が切れている資格は、統合先でも失効として表示されます。\n\n'
     '3. 統合元のアカウント\n'
     '   統合元のアカウントは無効化され、以後サインインできなくなります。統合元のメールアドレス宛ての通知も停止いたします。\n\n'
     '4. Credly のデジタルバッジ\n'
     '   バッジは統合完了後、数日以内に統合先のメールアドレス宛てに再発行されます。\n\n'
     '5. 所要日数\n'
     '   ご同意をいただいてから、通常 3〜5 営業日で完了いたします。この間、試験の予約・変更はお控えください。\n\n'
     '6. 取り消し\n'
     '   一度統合したアカウントを元に戻すことはできません。\n\n'
     '長文となり恐縮ですが、以上をご確認いただいたうえで、AWS00417733 と AWS00562198 を AWS01188230 に統合することにご同意いただけますでしょうか。'
     'ご同意いただける場合は、サポートセンターから「同意します」とご返信ください。\n\n'
     '藤田\n'
     'Amazon Web Services') + CONSOLE_FOOT_JA % C_CID
mail('re-case-long-explanation-then-consent-ja', 'merge_confirmation_requested', C_CID, ['AWS00417733', 'AWS00562198', 'AWS01188230'], True, 'ja',
     date=rfc(d), trace=amazon_trace('jp', C_TO, d, mx=C_MX), frm=AWS_NOREPLY, to=C_TO,
     subject='RE:[CASE %s] %s' % (C_CID, C_SUBJ),
     body=multipart('alternative', [textpart(t, cte='quoted-printable'), textpart(aws_html(t2h(t), 'ja'), 'html', cte='quoted-printable')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# C4: status update naming accounts and direction, asks nothing
d = dt('2022-09-09 08:20:14')
t = ('渡辺 健二 様\n\n'
     'AWS サポートの藤田でございます。\n\n'
     '現在の状況をご報告いたします。\n'
     'ご同意いただいた AWS00417733・AWS00562198 → AWS01188230 の統合につきましては、'
     '9 月 7 日に認定チームへ依頼済みで、現在作業が進められております。\n\n'
     '作業完了の連絡が届き次第、本ケースにてお知らせいたします。恐れ入りますが、今しばらくお待ちください。\n\n'
     '藤田\n'
     'Amazon Web Services') + CONSOLE_FOOT_JA % C_CID
mail('re-case-status-in-progress-ja', 'support_reply', C_CID, ['AWS00417733', 'AWS00562198', 'AWS01188230'], True, 'ja',
     date=rfc(d), trace=amazon_trace('jp', C_TO, d, mx=C_MX), frm=AWS_NOREPLY, to=C_TO,
     subject='RE:[CASE %s] %s' % (C_CID, C_SUBJ),
     body=multipart('alternative', [textpart(t, cte='base64'), textpart(aws_html(t2h(t), 'ja'), 'html', cte='base64')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# C5: completion without the word 統合 in the key sentence + checklist
d = dt('2022-09-13 02:03:47')
t = ('渡辺 健二 様\n\n'
     'AWS サポートの藤田でございます。お待たせいたしました。\n\n'
     '認定チームより、3 件のアカウントを AWS01188230 に一本化する作業が完了したとの連絡がございました。'
     'AWS00417733 と AWS00562198 は無効化されております。\n\n'
     '恐れ入りますが、kenji.watanabe.aws@gmail.com でサインインのうえ、以下をご確認ください。\n'
     '　・保有資格がすべて表示されていること\n'
     '　・特典ページに 50% 割引が表示されていること\n'
     '　・Credly からバッジの受け取り案内が届いていること\n\n'
     '表示に問題がございましたら、本ケースを再オープンしてお知らせください。\n\n'
     '藤田\n'
     'Amazon Web Services') + CONSOLE_FOOT_JA % C_CID
mail('re-case-consolidated-checklist-ja', 'merge_completed', C_CID, ['AWS00417733', 'AWS00562198', 'AWS01188230'], True, 'ja',
     date=rfc(d), trace=amazon_trace('jp', C_TO, d, mx=C_MX), frm=AWS_NOREPLY, to=C_TO,
     subject='RE:[CASE %s] %s' % (C_CID, C_SUBJ),
     body=multipart('alternative', [textpart(t, cte='base64'), textpart(aws_html(t2h(t), 'ja'), 'html', cte='base64')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# ---------------------------------------------------------------- Case D (en): Marcus Lindqvist, 2020 form case (10 digits), Gmail
D_TO = 'marcus.lindqvist@gmail.com'
D_CID = '7351948260'

# D1: the question is only in the PS; non-native English; ids written with a space
d = dt('2020-10-14 06:31:09')
t = ('Dear Marcus,\n\nGreetings from AWS Training and Certification!\n\n'
     'Thanks for sharing the email addresses of both your accounts. I have checked from my end and I can see both profiles are created by you, '
     'one is with marcus@lindqvist-consulting.se and other one is with marcus.lindqvist@gmail.com. The older profile is having the '
     'AWS Certified SysOps Administrator - Associate and the newer one is having AWS Certified Developer - Associate.\n\n'
     'I also noticed that older profile is having one unused exam voucher, this will be carried to the new profile automatically so you need not worry about it.\n\n'
     'Have a nice day ahead!\n\n'
     'Regards,\nShreya\nAWS Training and Certification Customer Support\n\n'
     'PS: kindly revert back to us confirming that you would like us to merge AWS 55102938 into AWS 55847621 (the gmail profile will stay). '
     'Without your confirmation we are not able to raise the request to concerned team. Please note this action is permanent and can not be reversed.\n\n'
     '-----Original Message-----\n'
     'From: Marcus Lindqvist <marcus.lindqvist@gmail.com>\n'
     'Sent: 13 October 2020 21:04\n'
     'To: aws-cs-trainingcertification-form@amazon.com\n'
     'Subject: Re: RE:[CASE 7351948260] [AWS Training and Certification Form Submission] - account-assistance\n\n'
     'Hi,\n\nthe old one is marcus@lindqvist-consulting.se and the new one marcus.lindqvist@gmail.com.\n\nBR\nMarcus\n')
mail('re-form-case-ps-kindly-revert-confirm', 'merge_confirmation_requested', D_CID, ['AWS55102938', 'AWS55847621'], True, 'en',
     date=rfc(d), trace=amazon_trace('gmail', D_TO, d), frm=AWS_FORM, to=D_TO,
     subject='RE:[CASE %s] %s' % (D_CID, FORM_SUBJ),
     body=textpart(t, charset='us-ascii', cte='7bit'), msgid=ses_msgid(d), extra=ses_extra(d))

# D2: completion, non-native; charset label wrong (says iso-8859-1, bytes are UTF-8)
d = dt('2020-10-16 10:48:27')
t = ('Dear Marcus,\n\nGreetings!\n\n'
     'We are glad to inform you that merging process of your profiles is finished successfully. '
     'Now you can login with marcus.lindqvist@gmail.com and you will see all your certifications under AWS55847621 – including the SysOps Administrator one.\n\n'
     'The Credly badges will be transferred to your new profile in next 2–3 working days, we request you to wait till then.\n\n'
     'It’s been a pleasure assisting you. Stay safe!\n\n'
     'Regards,\nShreya\nAWS Training and Certification Customer Support\n\n'
     '-----Original Message-----\n'
     'From: Marcus Lindqvist <marcus.lindqvist@gmail.com>\n'
     'Sent: 14 October 2020 09:12\n'
     'To: aws-cs-trainingcertification-form@amazon.com\n'
     'Subject: Re: RE:[CASE 7351948260] [AWS Training and Certification Form Submission] - account-assistance\n\n'
     'Hi Shreya,\n\nYes, please go ahead and merge AWS 55102938 into AWS 55847621.\n\nThanks!\nMarcus\n')
mail('re-form-case-merging-finished-successfully', 'merge_completed', D_CID, ['AWS55847621'], True, 'en',
     date=rfc(d), trace=amazon_trace('gmail', D_TO, d), frm=AWS_FORM, to=D_TO,
     subject='RE:[CASE %s] %s' % (D_CID, FORM_SUBJ),
     body=textpart(t, charset='iso-8859-1', codec='utf-8', cte='quoted-printable'), msgid=ses_msgid(d), extra=ses_extra(d))

# ---------------------------------------------------------------- Case E (ja): 田中 由紀, corporate Microsoft 365, form case
E_TO = 'yuki.tanaka@sakura-fintech.co.jp'
E_OPEN = dt('2025-02-03 00:55:10')
E_CID = case15(E_OPEN)

# E0: standard request, but with a typo in one id (AWS72883150)
d = dt('2025-02-04 01:02:44')
E0 = ('田中 由紀 様\n\n'
      'いつもお世話になっております。\n'
      'AWS トレーニングと認定 カスタマーサポートの小野寺でございます。\n\n'
      'アカウント統合のご依頼を承りました。手続きを進めるにあたり、以下の内容をご確認ください。\n\n'
      '　統合元（今後ご利用いただけなくなるアカウント）：AWS72019384\n'
      '　統合先（今後ご利用いただくアカウント）　　　　：AWS72883150\n\n'
      '統合元に登録されている認定資格および受験履歴は、すべて統合先へ移行されます。'
      'なお、統合後に元の状態へ戻すことはできませんので、あらかじめご了承ください。\n\n'
      '上記の内容でよろしければ、本メールへのご返信にて「同意します」とお知らせください。\n\n'
      '何卒よろしくお願い申し上げます。\n\n'
      '小野寺\n'
      'AWS トレーニングと認定 カスタマーサポート\n'
      'Amazon Web Services\n')
mail('re-form-case-confirm-with-id-typo-ja', 'merge_confirmation_requested', E_CID, ['AWS72019384', 'AWS72883150'], True, 'ja',
     date=rfc(d), trace=amazon_trace('outlook', E_TO, d, tenant=True), frm=AWS_FORM, to=E_TO,
     subject='RE:[CASE %s] %s' % (E_CID, FORM_SUBJ),
     body=multipart('alternative', [textpart(E0, cte='base64'), textpart(aws_html(t2h(E0), 'ja'), 'html', cte='base64')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# E1: re-sent with a correction; quoted original carries the wrong id
d = dt('2025-02-04 01:39:20')
t = ('田中 由紀 様\n\n'
     '小野寺でございます。\n'
     '先ほどお送りしたメールにおきまして、統合先のアカウント ID に誤りがございました。'
     '大変失礼いたしました。訂正のうえ、再送いたします。\n\n'
     '　統合元：AWS72019384（変更なし）\n'
     '　統合先：AWS72883105（先のメールでは末尾の数字を取り違えて記載しておりました）\n\n'
     '訂正後の内容でお間違いがなければ、本メールへのご返信にて「同意します」とお知らせいただけますでしょうか。'
     '先のメールにすでにご返信済みの場合も、恐れ入りますが改めてご確認をお願いいたします。\n\n'
     'ご迷惑をおかけし、誠に申し訳ございません。\n\n'
     '小野寺\n'
     'AWS トレーニングと認定 カスタマーサポート\n\n'
     '-----Original Message-----\n'
     'From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
     'Sent: Tuesday, February 4, 2025 10:02 AM\n'
     'To: yuki.tanaka@sakura-fintech.co.jp\n'
     'Subject: RE:[CASE %s] %s\n\n' % (E_CID, FORM_SUBJ) + E0)
mail('re-form-case-corrected-resend-ja', 'merge_confirmation_requested', E_CID, ['AWS72019384', 'AWS72883105'], True, 'ja',
     date=rfc(d), trace=amazon_trace('outlook', E_TO, d, tenant=True), frm=AWS_FORM, to=E_TO,
     subject='【訂正・再送】RE:[CASE %s] %s' % (E_CID, FORM_SUBJ), subj_cs='iso-2022-jp',
     body=multipart('alternative', [textpart(t, charset='iso-2022-jp', cte='7bit'),
                                    textpart(aws_html(t2h(t), 'ja'), 'html', cte='quoted-printable')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# E2: names accounts and direction, but asks about the name spelling (support_reply)
d = dt('2025-02-05 02:16:58')
t = ('田中 由紀 様\n\n'
     '小野寺でございます。\n'
     '訂正後の内容にご同意いただき、ありがとうございます。\n\n'
     '統合作業の準備を進めておりましたところ、各アカウントのご登録氏名の表記が異なっていることが分かりました。\n\n'
     '　AWS72019384：Yuki Tanaka\n'
     '　AWS72883105：TANAKA YUKI\n\n'
     '統合後は AWS72883105 に登録されている氏名が認定証に記載されます。'
     'このまま「TANAKA YUKI」とするか、「Yuki Tanaka」に変更するか、ご希望をお知らせいただけますでしょうか。'
     '認定証の氏名は、本人確認書類（試験当日の身分証明書）と一致している必要がございます。\n\n'
     'ご回答をいただき次第、作業を開始いたします。\n\n'
     '小野寺\n'
     'AWS トレーニングと認定 カスタマーサポート\n')
mail('re-form-case-name-spelling-question-ja', 'support_reply', E_CID, ['AWS72019384', 'AWS72883105'], True, 'ja',
     date=rfc(d), trace=amazon_trace('outlook', E_TO, d, tenant=True), frm=AWS_FORM, to=E_TO,
     subject='RE:[CASE %s] %s' % (E_CID, FORM_SUBJ),
     body=textpart(t, cte='quoted-printable'), msgid=ses_msgid(d), extra=ses_extra(d))

# ---------------------------------------------------------------- Case F (en): Daniel Okafor, form case, Gmail
F_TO = 'daniel.okafor.dev@gmail.com'
F_OPEN = dt('2024-11-18 14:22:31')
F_CID = case15(F_OPEN)

# F1: long explanation, question at the very end (direction reversed by mistake)
d = dt('2024-11-19 15:14:06')
F1 = ('Hello Daniel,\n\n'
      'Thank you for reaching out to AWS Training and Certification, and for sending the details of both accounts.\n\n'
      'Before we go ahead, I would like to walk you through how an account merge works, as there are a few things people often do not expect.\n\n'
      'What moves across: all certifications (active and expired), exam history and score reports, benefits such as the 50% discount voucher, '
      'and your digital badges on Credly.\n\n'
      'What does not: the sign-in e-mail of the account being retired. After the merge you will only be able to sign in with the e-mail of the account that stays. '
      'Notification preferences on the retired account are also lost.\n\n'
      'Upcoming exams: if you have an exam booked on either account, please let me know, as a merge cannot be processed while an appointment is pending.\n\n'
      'Timing: once we have your go-ahead, the merge usually takes 2-4 business days. You will receive an e-mail when it is done.\n\n'
      'It is permanent: merged accounts cannot be split again.\n\n'
      'With all of that in mind, are you happy for us to merge AWS48775310 into AWS48201957, keeping AWS48201957 '
      '(daniel.okafor@alumni.uniben.edu.ng) as your account going forward?\n\n'
      'Kind regards,\nMegan\nAWS Training and Certification Support\n')
mail('re-form-case-long-walkthrough-then-question', 'merge_confirmation_requested', F_CID, ['AWS48775310', 'AWS48201957'], True, 'en',
     date=rfc(d), trace=amazon_trace('gmail', F_TO, d), frm=AWS_FORM, to=F_TO,
     subject='RE:[CASE %s] %s' % (F_CID, FORM_SUBJ),
     body=multipart('alternative', [textpart(F1), textpart(aws_html(t2h(F1)), 'html')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# F2: corrected and re-sent; the old (wrong) text is quoted Outlook-style below
d = dt('2024-11-19 16:02:40')
t = ('Hello Daniel,\n\n'
     'I am sorry, I got the direction the wrong way round in my last e-mail. In your form you asked to keep your current profile, '
     'so the corrected request is:\n\n'
     '    aws48201957  (daniel.okafor@alumni.uniben.edu.ng)  -> will be retired\n'
     '    aws48775310  (daniel.okafor.dev@gmail.com)         -> stays as your account\n\n'
     'Everything else in my previous message still applies. Please disregard the earlier question and reply to this e-mail with "Confirmed" '
     'if the corrected version is right.\n\n'
     'Apologies for the confusion.\n\n'
     'Kind regards,\nMegan\nAWS Training and Certification Support\n\n'
     '________________________________\n'
     'From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>\n'
     'Sent: Tuesday, November 19, 2024 3:14 PM\n'
     'To: daniel.okafor.dev@gmail.com\n'
     'Subject: RE:[CASE %s] %s\n\n' % (F_CID, FORM_SUBJ) + F1)
mail('re-form-case-corrected-direction-resend', 'merge_confirmation_requested', F_CID, ['AWS48201957', 'AWS48775310'], True, 'en',
     date=rfc(d), trace=amazon_trace('gmail', F_TO, d), frm=AWS_FORM, to=F_TO,
     subject='RE:[CASE %s] %s (corrected)' % (F_CID, FORM_SUBJ),
     body=textpart(t, cte='base64'), msgid=ses_msgid(d), extra=ses_extra(d))

# F3: status update, HTML only, names accounts and direction, asks nothing
d = dt('2024-11-22 18:40:12')
h = aws_html('<p>Hello Daniel,</p>'
             '<p>A quick update on your case: our back-office team has picked up the request to fold <b>AWS48201957</b> into <b>AWS48775310</b>. '
             'It is currently in their queue and I expect it to be completed by early next week.</p>'
             '<p>There is nothing you need to do right now. I will write again as soon as I hear back from them.</p>'
             '<p>Kind regards,<br>Megan<br>AWS Training and Certification Support</p>')
mail('re-form-case-queued-update-html', 'support_reply', F_CID, ['AWS48201957', 'AWS48775310'], True, 'en',
     date=rfc(d), trace=amazon_trace('gmail', F_TO, d), frm=AWS_FORM, to=F_TO,
     subject='RE:[CASE %s] %s' % (F_CID, FORM_SUBJ),
     body=textpart(h, 'html', cte='quoted-printable'), msgid=ses_msgid(d), extra=ses_extra(d))

# F4: a closure notice that also says the merge is done
d = dt('2024-11-26 09:05:33')
t = ('Hello Daniel,\n\n'
     'We are closing case %s because the work is finished: AWS48201957 has been merged into AWS48775310, '
     'and you can now sign in with daniel.okafor.dev@gmail.com to see all of your certifications in one place.\n\n'
     'Was your issue resolved?\n'
     'Yes: https://aws-tc-feedback.amazon.com/r/%s?y=1\n'
     'No:  https://aws-tc-feedback.amazon.com/r/%s?y=0\n\n'
     'If anything looks wrong, just reply to this e-mail within 14 days and the case will be reopened.\n\n'
     'Kind regards,\nAWS Training and Certification Support\n' % (F_CID, F_CID, F_CID))
h = aws_html('<p>Hello Daniel,</p><p>We are closing case <b>%s</b> because the work is finished: AWS48201957 has been merged into AWS48775310, '
             'and you can now sign in with daniel.okafor.dev@gmail.com to see all of your certifications in one place.</p>'
             '<p><b>Was your issue resolved?</b></p><p><a href="https://aws-tc-feedback.amazon.com/r/%s?y=1">Yes</a> | <a href="https://aws-tc-feedback.amazon.com/r/%s?y=0">No</a></p>'
             '<p>If anything looks wrong, just reply to this e-mail within 14 days and the case will be reopened.</p>'
             '<p>Kind regards,<br>AWS Training and Certification Support</p>' % (F_CID, F_CID, F_CID))
mail('form-case-closed-merge-finished-survey', 'merge_completed', F_CID, ['AWS48201957', 'AWS48775310'], True, 'en',
     date=rfc(d), trace=amazon_trace('gmail', F_TO, d), frm=AWS_FORM, to=F_TO,
     subject='[CASE %s] Your case has been closed' % F_CID,
     body=multipart('alternative', [textpart(t), textpart(h, 'html')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# ---------------------------------------------------------------- other provider traces
def fastmail_trace(rcpt, d):
    mf = ses_mailfrom(d); ip = ses_ip(); helo = ses_helo(ip)
    mx = 'mx%d.messagingengine.com' % R.randrange(1, 9)
    ar = ('%s;\n    dkim=pass (2048-bit rsa key sha256) header.d=amazon.com header.i=@amazon.com header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;\n'
          '    dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com header.i=@amazonses.com header.b=%s header.a=rsa-sha256 header.s=%s x-bits=1024;\n'
          '    dmarc=pass policy.published-domain-policy=quarantine policy.applied-disposition=none policy.evaluated-disposition=none (p=quarantine,d=none,d.eval=none) policy.policy-from=p header.from=amazon.com;\n'
          '    iprev=pass smtp.remote-ip=%s (%s);\n    spf=pass smtp.mailfrom=%s smtp.helo=%s') % (mx, b64s(8), AMZ_SEL, b64s(8), SES_SEL, ip, helo, mf, helo)
    d_in = d + timedelta(seconds=R.randrange(1, 5))
    return ['Return-Path: <%s>' % mf,
            'Received: from compute%d.internal (compute%d.nyi.internal [10.202.2.%d])\n\t by mailbox.nyi.internal (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s' % (
                R.randrange(1, 9), R.randrange(1, 9), R.randrange(40, 50), hexs(10), rfc(d_in, timezone(timedelta(hours=-4)))),
            'X-Cyrus-Session-Id: sloti%d-%s' % (R.randrange(10, 60), hexs(20)),
            'X-Sieve: CMU Sieve 3.0',
            'X-Spam-known-sender: no',
            'X-Spam-score: 0.0',
            'Authentication-Results: ' + ar,
            'X-ME-Authentication-Results: ' + ar.split(';', 1)[0] + '; dmarc=pass header.from=amazon.com',
            'Received: from %s ([%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (helo, ip, mx, hexs(11).upper(), rcpt, rfc(d_in, timezone(timedelta(hours=-4))))
            ] + amz_dkim(d)


def yahoo_trace(rcpt, d):
    mf = ses_mailfrom(d); ip = ses_ip(); helo = ses_helo(ip)
    srv = 'atlas%d.free.mail.bf1.yahoo.com' % R.randrange(100, 300)
    d_in = d + timedelta(seconds=R.randrange(1, 5))
    return ['X-Apparently-To: %s; %s' % (rcpt, rfc(d_in)),
            'Return-Path: <%s>' % mf,
            'Received-SPF: pass (domain of email.amazonses.com designates %s as permitted sender)' % ip,
            'Authentication-Results: %s;\n dkim=pass header.i=@amazon.com header.s=%s;\n dkim=pass header.i=@amazonses.com header.s=%s;\n spf=pass smtp.mailfrom=email.amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;' % (srv, AMZ_SEL, SES_SEL),
            'X-Originating-IP: [%s]' % ip,
            'Received: from %s (EHLO %s)\n by %s with SMTPs; %s' % (ip, helo, srv, rfc(d_in).replace('+0000', '+0000'))
            ] + amz_dkim(d)


# ---------------------------------------------------------------- Case H (en): Sofia Alvarez, console 2023 (11 digits), Google Workspace
H_TO = 'sofia@alvarez-cloudworks.mx'
H_CID = '12847730195'
H_SUBJ = 'Duplicate certification profile after exam registration'
d = dt('2023-04-18 17:22:09')
t = ('Hello Sofia,\n\nThank you for contacting AWS Support.\n\n'
     'I have reviewed your request and located both Certification profiles. The second profile appears to have been created when you registered for your exam with a different e-mail address.\n\n'
     '  1) AWS-27748810 - sofia@alvarez-cloudworks.mx - will remain active (primary)\n'
     '  2) AWS-27001563 - sofia.alvarez.mx@gmail.com - will be merged into 1) and deactivated\n\n'
     'Please be aware that this change is irreversible.\n\n'
     'Could you confirm that the above is correct? To do so, please reply "Yes, proceed" through the Support Center using the link at the bottom of this message; '
     'replies sent to this e-mail address are not received.\n\n'
     'We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.\n\n'
     'Best regards,\nJordan M.\nAmazon Web Services') + CONSOLE_FOOT % (H_CID, 'en')
mail('re-case-confirm-via-support-center-2023', 'merge_confirmation_requested', H_CID, ['AWS27748810', 'AWS27001563'], True, 'en',
     date=rfc(d), trace=amazon_trace('gmail', H_TO, d), frm=AWS_NOREPLY, to=H_TO,
     subject='RE:[CASE %s] %s' % (H_CID, H_SUBJ),
     body=multipart('alternative', [textpart(t), textpart(aws_html(t2h(t)), 'html')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

d = dt('2023-05-02 13:40:55')
t = ('Sofia, you earned a new badge!\n\n'
     'Amazon Web Services Training and Certification has issued you the following badge:\n\n'
     '  AWS Certified Security - Specialty\n\n'
     'Accept your badge to add it to your profile and share it.\n'
     'https://www.credly.com/badges/%s/accept\n\n'
     'Certification number: 3f9c27a1d54e4b0e8c61a7d2f0b93e48\n\n'
     'You are receiving this e-mail because you have an account on Credly.\n'
     'Credly, Inc., 50 Milk Street, Boston, MA 02109\n' % str(uuid.UUID(int=R.getrandbits(128))))
mail('credly-accept-security-specialty-badge', 'credly_badge_issued', None, [], True, 'en',
     date=rfc(d), trace=credly_trace('gmail', H_TO, d), frm=CREDLY_FROM, to=H_TO,
     subject='Accept your AWS Certified Security - Specialty badge',
     body=textpart(t, charset='utf-8', cte='7bit'),
     msgid='<%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', '_').replace('+', '-'), R.randrange(1, 40)),
     extra=['Reply-To: Credly Support <support@credly.com>'])

# ---------------------------------------------------------------- Case J (en): Emily Chen, form case, Fastmail
J_TO = 'emily.chen@fastmail.com'
J_OPEN = dt('2025-08-19 16:05:44')
J_CID = case15(J_OPEN)
# J1: answers the user's question first, then asks for confirmation
d = dt('2025-08-20 21:33:18')
t = ('Hi Emily,\n\n'
     'Thanks for getting back to me so quickly.\n\n'
     'To answer your question first: no, your certification dates will not change. Each certification keeps the date on which you originally earned it, '
     'and your expiry dates stay the same. The only thing that changes is the candidate ID the certifications are listed under.\n\n'
     'To proceed, please confirm the following by replying "Yes" to this e-mail:\n\n'
     '  - Merge AWS80417725 (emily.chen@oldcorp-mail.com) into AWS80933016 (emily.chen@fastmail.com)\n'
     '  - AWS80933016 remains your active account; AWS80417725 will be closed\n\n'
     'This cannot be reversed once completed.\n\n'
     'Thanks,\nCarlos R.\nAWS Training & Certification Customer Service\n\n'
     'On Tue, Aug 19, 2025 at 6:12 PM Emily Chen <emily.chen@fastmail.com> wrote:\n'
     '> Hi Carlos,\n'
     '>\n'
     '> The IDs are AWS80417725 (old job) and AWS80933016 (personal, the one I want to keep).\n'
     '> Quick question before you do anything: will the dates on my certifications change after this?\n'
     '> My SAA expires next March and I don\'t want to lose time.\n'
     '>\n'
     '> Emily\n')
mail('re-form-case-answer-then-confirm', 'merge_confirmation_requested', J_CID, ['AWS80417725', 'AWS80933016'], True, 'en',
     date=rfc(d), trace=fastmail_trace(J_TO, d), frm=AWS_FORM, to=J_TO,
     subject='RE:[CASE %s] %s' % (J_CID, FORM_SUBJ),
     body=multipart('alternative', [textpart(t), textpart(aws_html(t2h(t)), 'html')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# J2: exam appointment question answered; names accounts and direction, asks nothing
d = dt('2025-08-22 15:09:40')
t = ('Hi Emily,\n\n'
     'Thank you for letting me know about your exam appointment.\n\n'
     'Your Developer - Associate exam on 12 September is booked under AWS80933016, which is the account that stays, so the appointment itself is safe. '
     'However, our team cannot move AWS80417725 into AWS80933016 while an appointment is open on either account, '
     'so I have put the request on hold until your exam result is released. You do not need to do anything - I will restart it myself and keep you posted.\n\n'
     'Good luck with the exam!\n\n'
     'Thanks,\nCarlos R.\nAWS Training & Certification Customer Service\n\n'
     'On Thu, Aug 21, 2025 at 9:47 AM Emily Chen <emily.chen@fastmail.com> wrote:\n'
     '> Yes, please go ahead.\n'
     '> Oh, one more thing - I have an exam booked for September 12. Is that a problem?\n')
mail('re-form-case-exam-booked-on-hold', 'support_reply', J_CID, ['AWS80417725', 'AWS80933016'], True, 'en',
     date=rfc(d), trace=fastmail_trace(J_TO, d), frm=AWS_FORM, to=J_TO,
     subject='RE:[CASE %s] %s' % (J_CID, FORM_SUBJ),
     body=textpart(t, cte='quoted-printable'), msgid=ses_msgid(d), extra=ses_extra(d))

# ---------------------------------------------------------------- Case K (en): Thomas Becker, corporate M365, form case
K_TO = 't.becker@becker-it.de'
K_OPEN = dt('2025-01-20 08:12:03')
K_CID = case15(K_OPEN)
d = dt('2025-01-21 10:27:51')
t = ('Hello Thomas,\n\n'
     'Thank you for the additional details.\n\n'
     'Based on your message we will merge AWS-39015588 into AWS-39920417. After the merge, AWS-39920417 (t.becker@becker-it.de) will be your only account, '
     'and AWS-39015588 (thomas.becker84@web.de) will no longer be accessible.\n\n'
     'Could you please confirm this by replying "I confirm" to this e-mail? We can only start once we have your written confirmation, '
     'and the merge cannot be undone afterwards.\n\n'
     'Kind regards,\n'
     'Lena K.\n'
     'AWS Training and Certification Customer Support\n\n'
     'From: Thomas Becker <t.becker@becker-it.de>\n'
     'Sent: Monday, January 20, 2025 2:41 PM\n'
     'To: aws-cs-trainingcertification-form@amazon.com\n'
     'Subject: AW: RE:[CASE %s] %s\n\n'
     'Hello,\n\n'
     'my old account is AWS-39015588 from the time before I had my own company, I want to keep AWS-39920417.\n'
     'Both are mine, I have the CCP on the old one.\n\n'
     'Mit freundlichen Grüßen / Best regards\n'
     'Thomas Becker\n'
     'Becker IT-Beratung GmbH | Geschäftsführer\n' % (K_CID, FORM_SUBJ))
mail('re-form-case-please-confirm-i-confirm', 'merge_confirmation_requested', K_CID, ['AWS39015588', 'AWS39920417'], True, 'en',
     date=rfc(d), trace=amazon_trace('outlook', K_TO, d, tenant=True), frm=AWS_FORM, to=K_TO,
     subject='RE:[CASE %s] %s' % (K_CID, FORM_SUBJ),
     body=multipart('alternative', [textpart(t), textpart(aws_html(t2h(t)), 'html')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# K2: after confirmation; asks whether to involve Credly (support_reply)
d = dt('2025-01-22 09:14:37')
t = ('Hello Thomas,\n\n'
     'Thank you, we have your confirmation and the merge of AWS-39015588 into AWS-39920417 is now with our operations team.\n\n'
     'One separate question while this is in progress: I can see that your badges are held in two different Credly accounts '
     '(one under thomas.becker84@web.de and one under t.becker@becker-it.de). Our merge does not combine Credly accounts automatically. '
     'Would you like us to ask Credly to move the badges from the web.de Credly account as well? A simple "yes" or "no" is enough.\n\n'
     'Kind regards,\nLena K.\nAWS Training and Certification Customer Support\n')
mail('re-form-case-credly-side-question', 'support_reply', K_CID, ['AWS39015588', 'AWS39920417'], True, 'en',
     date=rfc(d), trace=amazon_trace('outlook', K_TO, d, tenant=True), frm=AWS_FORM, to=K_TO,
     subject='RE:[CASE %s] %s' % (K_CID, FORM_SUBJ),
     body=textpart(t, charset='us-ascii', cte='7bit'), msgid=ses_msgid(d), extra=ses_extra(d))

# ---------------------------------------------------------------- Case L (en): Aisha Karimi, form case, Yahoo
L_TO = 'aisha.karimi@yahoo.com'
L_OPEN = dt('2025-04-02 12:30:47')
L_CID = case15(L_OPEN)
d = dt('2025-04-03 14:02:26')
t = ('Hi Aisha,\n\n'
     'Thanks for contacting AWS Training and Certification.\n\n'
     'I found two profiles that belong to you:\n\n'
     '  Option A - keep AWS66120384 (aisha.karimi@yahoo.com), created 2021, holds AWS Certified Cloud Practitioner\n'
     '  Option B - keep AWS66907751 (a.karimi@brightpath.edu), created 2024, holds AWS Certified AI Practitioner\n\n'
     'Which one would you like to keep as your main account? Please reply with "A" or "B". '
     'The certifications from the other profile will be moved over either way.\n\n'
     'Best,\nHannah\nAWS Training and Certification\n')
mail('re-form-case-which-profile-to-keep', 'support_reply', L_CID, ['AWS66120384', 'AWS66907751'], True, 'en',
     date=rfc(d), trace=yahoo_trace(L_TO, d), frm=AWS_FORM, to=L_TO,
     subject='RE:[CASE %s] %s' % (L_CID, FORM_SUBJ),
     body=multipart('alternative', [textpart(t), textpart(aws_html(t2h(t)), 'html')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# L2: chaser without ids
d = dt('2025-04-08 13:15:02')
t = ('Hi Aisha,\n\n'
     'I am following up on my e-mail of April 4, as I have not heard back from you yet.\n\n'
     'Your request is on hold until you reply to that message. If it is easier, you can simply answer this e-mail.\n\n'
     'If we do not hear from you within 5 days, this case will be closed automatically; you are welcome to reopen it by replying at any time.\n\n'
     'Best,\nHannah\nAWS Training and Certification\n')
mail('re-form-case-follow-up-no-response', 'support_reply', L_CID, [], True, 'en',
     date=rfc(d), trace=yahoo_trace(L_TO, d), frm=AWS_FORM, to=L_TO,
     subject='RE:[CASE %s] %s' % (L_CID, FORM_SUBJ),
     body=textpart(t, cte='quoted-printable'), msgid=ses_msgid(d), extra=ses_extra(d))

# L3: second reminder that re-asks the confirmation with accounts and direction
d = dt('2025-04-11 12:48:59')
t = ('Hi Aisha,\n\n'
     'Second reminder: we still need your confirmation before we can go ahead.\n\n'
     'As you chose option B, we would merge AWS66120384 into AWS66907751, and AWS66907751 would remain your account. '
     'Please reply "I confirm" if this is still what you want. Nothing will be changed until we receive your reply.\n\n'
     'Best,\nHannah\nAWS Training and Certification\n\n'
     '-----Original Message-----\n'
     'From: aws-cs-trainingcertification-form@amazon.com\n'
     'Sent: Friday, April 4, 2025 10:21 AM\n'
     'To: aisha.karimi@yahoo.com\n'
     'Subject: RE:[CASE %s] %s\n\n'
     'Hi Aisha,\n\nThank you for choosing option B. Before we start, please confirm that we may merge AWS66120384 into AWS66907751.\n' % (L_CID, FORM_SUBJ))
mail('re-form-case-second-reminder-confirm', 'merge_confirmation_requested', L_CID, ['AWS66120384', 'AWS66907751'], True, 'en',
     date=rfc(d), trace=yahoo_trace(L_TO, d), frm=AWS_FORM, to=L_TO,
     subject='RE:[CASE %s] %s - reminder' % (L_CID, FORM_SUBJ),
     body=textpart(t, cte='base64'), msgid=ses_msgid(d), extra=ses_extra(d))

# ---------------------------------------------------------------- Case I (ja): 小林 亮, small company Postfix without Authentication-Results
I_TO = 'ryo.kobayashi@kobayashi-sekkei.jp'
I_MX = ('mail.kobayashi-sekkei.jp', None)
I_OPEN = dt('2024-06-10 05:20:33')
I_CID = case15(I_OPEN)
d = dt('2024-06-11 02:44:09')
t = ('小林 亮 様\n\n'
     'お世話になっております。AWS トレーニングと認定 カスタマーサポートの石井でございます。\n\n'
     'お問い合わせいただいた認定アカウントの統合につきまして、以下の内容で手続きを行う予定でございます。\n\n'
     '　① 統合元：AWS09837462（ryo.k@ks-design-old.jp）\n'
     '　② 統合先：AWS09911280（ryo.kobayashi@kobayashi-sekkei.jp）\n\n'
     '① に登録されている資格・受験履歴は ② に移行され、① は使用できなくなります。統合後の取り消しはできません。\n\n'
     '恐れ入りますが、上記の内容でお間違いないか、本メールへのご返信にてご確認いただけますでしょうか。\n\n'
     '石井\n'
     'AWS トレーニングと認定 カスタマーサポート\n'
     'Amazon Web Services\n')
mail('re-form-case-confirm-circled-numbers-sjis-ja', 'merge_confirmation_requested', I_CID, ['AWS09837462', 'AWS09911280'], None, 'ja',
     date=rfc(d), trace=amazon_trace('jp-noar', I_TO, d, mx=I_MX), frm=AWS_FORM, to=I_TO,
     subject='RE:[CASE %s] %s' % (I_CID, FORM_SUBJ),
     body=textpart(t, charset='Shift_JIS', codec='cp932', cte='base64'), msgid=ses_msgid(d), extra=ses_extra(d))

d = dt('2024-06-21 03:00:12')
t = ('小林 亮 様\n\n'
     'AWS トレーニングと認定 カスタマーサポートです。\n\n'
     '6 月 11 日にお送りしたご確認のお願いについて、一定期間ご返信が確認できなかったため、ケース %s をクローズいたしました。\n'
     '引き続きサポートが必要な場合は、本メールにご返信いただくことでケースを再開できます。\n\n'
     '今後のサービス向上のため、今回の対応についてのご評価をお願いいたします。\n'
     'https://aws-tc-feedback.amazon.com/jp/r/%s\n\n'
     'AWS トレーニングと認定 カスタマーサポート\n' % (I_CID, I_CID))
mail('form-case-auto-closed-no-reply-ja', 'survey', I_CID, [], None, 'ja',
     date=rfc(d), trace=amazon_trace('jp-noar', I_TO, d, mx=I_MX), frm=AWS_FORM, to=I_TO,
     subject='[CASE %s] ケースはクローズされました' % I_CID, subj_cs='iso-2022-jp',
     body=textpart(t, charset='iso-2022-jp', cte='7bit'), msgid=ses_msgid(d), extra=ses_extra(d))

# ---------------------------------------------------------------- Case M (ja): 佐藤 美咲, docomo, form case
M_TO = 'misaki.sato@docomo.ne.jp'
M_MX = ('mx.docomo.ne.jp', 'docomo.ne.jp')
M_OPEN = dt('2025-09-30 23:10:18')
M_CID = case15(M_OPEN)
M_CID2 = case15(dt('2025-10-06 11:02:57'))
d = dt('2025-10-02 05:31:44')
t = ('佐藤 美咲 様\n\n'
     'AWS トレーニングと認定 カスタマーサポートの松本でございます。\n'
     '詳細をお知らせいただき、ありがとうございます。\n\n'
     'いただいた内容を整理いたしますと、以下のとおりでございます。\n\n'
     '　・AWS51184420（学生時代に作成）… 統合元\n'
     '　・AWS51779036（現在ご利用中）… 統合先として存続\n\n'
     'なお、ご記載のありました AWS51184402 は佐藤様とは別のお客様のアカウントでございましたので、今回の対象からは除外しております。'
     '番号の入力誤りかと存じます。\n\n'
     '上記の 2 アカウントで統合を進めてよろしければ、本メールに「同意します」とだけご返信ください。'
     '内容に相違がある場合は、その旨お知らせください。\n\n'
     '松本\n'
     'AWS トレーニングと認定 カスタマーサポート\n\n'
     '2025年10月1日(水) 22:15 佐藤美咲 <misaki.sato@docomo.ne.jp>:\n'
     '> 松本様\n'
     '>\n'
     '> ご連絡ありがとうございます。\n'
     '> 古い方は AWS51184402、今使っているのは AWS51779036 です。\n'
     '> 今使っている方を残してください。\n'
     '>\n'
     '> 2025年10月1日(水) 17:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:\n'
     '> > 佐藤 美咲 様\n'
     '> >\n'
     '> > お問い合わせいただき、ありがとうございます。\n'
     '> > 統合をご希望の 2 つのアカウントの ID と、どちらを残されたいかをお知らせください。\n'
     '> >\n'
     '> > 松本\n')
mail('re-form-case-restated-one-id-excluded-ja', 'merge_confirmation_requested', M_CID, ['AWS51184420', 'AWS51779036', 'AWS51184402'], True, 'ja',
     date=rfc(d), trace=amazon_trace('jp', M_TO, d, mx=M_MX), frm=AWS_FORM, to=M_TO,
     subject='RE:[CASE %s] %s' % (M_CID, FORM_SUBJ),
     body=textpart(t, cte='quoted-printable'), msgid=ses_msgid(d), extra=ses_extra(d))

# M2: duplicate case opened by the user; reply on the ORIGINAL case (support_reply)
d = dt('2025-10-06 23:55:03')
t = ('佐藤 美咲 様\n\n'
     '松本でございます。\n\n'
     '本日、同じご依頼で新しいケース（%s）を作成いただいたことを確認いたしました。'
     'ご依頼が重複しておりますので、新しいケースはこちらでクローズし、引き続き本ケース（%s）にて対応させていただきます。\n\n'
     'ご同意いただいた AWS51184420 から AWS51779036 への統合は、現在担当部署にて手続き中でございます。'
     'ご心配をおかけしておりますが、完了までもう少々お待ちください。\n\n'
     '今後、追加のご連絡がございましたら、新しいケースを作成せず、本メールへご返信いただけますと幸いです。\n\n'
     '松本\n'
     'AWS トレーニングと認定 カスタマーサポート\n' % (M_CID2, M_CID))
mail('re-form-case-duplicate-case-continue-here-ja', 'support_reply', M_CID, ['AWS51184420', 'AWS51779036'], True, 'ja',
     date=rfc(d), trace=amazon_trace('jp', M_TO, d, mx=M_MX), frm=AWS_FORM, to=M_TO,
     subject='RE:[CASE %s] %s' % (M_CID, FORM_SUBJ),
     body=multipart('alternative', [textpart(t, cte='base64'), textpart(aws_html(t2h(t), 'ja'), 'html', cte='base64')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# ---------------------------------------------------------------- Case N (ja): 中村 大輔, console case in Japanese, outlook.jp, HTML-only
N_TO = 'nakamura.daisuke@outlook.jp'
N_OPEN = dt('2024-12-02 06:45:12')
N_CID = case15(N_OPEN)
N_SUBJ = 'AWS 認定アカウントが 2 つあるため統合希望'
d = N_OPEN + timedelta(seconds=30)
h = aws_html('<p>Amazon Web Services にお問い合わせいただき、ありがとうございます。お客様の問題に対応するため、ケース %s をオープンしました。</p>'
             '<table cellpadding="4" style="font-size:14px"><tr><td>ケース ID:</td><td>%s</td></tr><tr><td>件名:</td><td>%s</td></tr>'
             '<tr><td>重要度:</td><td>一般的なガイダンス</td></tr></table>'
             '<p>サポートセンターでケースを確認するには、<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">こちら</a>をクリックしてください。</p>'
             '<p style="font-size:12px;color:#687078">※このメールは受信できないアドレスから送信されています。</p>' % (N_CID, N_CID, html.escape(N_SUBJ), N_CID), 'ja')
mail('support-case-opened-html-only-ja', 'case_created', N_CID, [], True, 'ja',
     date=rfc(d), trace=amazon_trace('outlook', N_TO, d), frm=AWS_NOREPLY, to=N_TO,
     subject='Amazon Web Services: 新しいサポートケースがオープンされました: %s' % N_CID,
     body=textpart(h, 'html', cte='base64'), msgid=ses_msgid(d), extra=ses_extra(d))

d = dt('2024-12-03 04:12:39')
h = aws_html('<p>中村 大輔 様</p>'
             '<p>AWS サポートの森田でございます。お問い合わせいただき、ありがとうございます。</p>'
             '<p>ご依頼の件につき、統合の内容を以下にまとめました。</p>'
             '<div style="border:1px solid #d5dbdb;background:#f8f8f8;padding:12px;margin:12px 0">'
             '<p style="margin:0 0 6px 0"><b>統合内容の確認</b></p>'
             '<table cellpadding="4" style="font-size:14px">'
             '<tr><td>統合されるアカウント</td><td>aws34408192</td><td>（d.nakamura@former-corp.co.jp）</td></tr>'
             '<tr><td>残るアカウント</td><td>aws34871026</td><td>（nakamura.daisuke@outlook.jp）</td></tr>'
             '</table></div>'
             '<p>統合後の取り消しはできません。上記の内容にご承認いただける場合は、サポートセンターのケース画面から「承認」とご入力のうえご返信ください。'
             'ご承認をいただくまで、作業は行いません。</p>'
             '<p>よろしくお願いいたします。</p><p>森田<br>Amazon Web Services</p>'
             '<p style="font-size:12px">ケースへの返信は <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">'
             'サポートセンター</a> から行ってください。このメールに返信しても受信されません。</p>' % N_CID, 'ja')
mail('re-case-html-box-approve-ja', 'merge_confirmation_requested', N_CID, ['AWS34408192', 'AWS34871026'], True, 'ja',
     date=rfc(d), trace=amazon_trace('outlook', N_TO, d), frm=AWS_NOREPLY, to=N_TO,
     subject='RE:[CASE %s] %s' % (N_CID, N_SUBJ),
     body=textpart(h, 'html', cte='quoted-printable'), msgid=ses_msgid(d), extra=ses_extra(d))

d = dt('2024-12-05 01:07:51')
t = ('お客様\n\nケース %s に新しい返信が追加されました。\n\n'
     '件名: %s\n\n'
     '返信を確認するには、AWS サポートセンターにサインインしてください。\n'
     'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
     '※このメールは受信できないアドレスから送信されています。\n\nAmazon Web Services' % (N_CID, N_SUBJ, N_CID))
mail('case-new-correspondence-notice-ja', 'support_reply', N_CID, [], True, 'ja',
     date=rfc(d), trace=amazon_trace('outlook', N_TO, d), frm=AWS_NOREPLY, to=N_TO,
     subject='[Case %s] 新しい返信が追加されました' % N_CID,
     body=multipart('alternative', [textpart(t, cte='base64'), textpart(aws_html(t2h(t), 'ja'), 'html', cte='base64')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# ---------------------------------------------------------------- Case O (ja): 伊藤 健太, OCN, form case 2021 (11 digits)
O_TO = 'kenta.ito@ocn.ne.jp'
O_MX = ('mx-in.ocn.ne.jp', 'ocn.ne.jp')
O_CID = '10288475613'
d = dt('2021-11-16 07:26:30')
t = ('伊藤 健太 様\n\n'
     'AWS トレーニングと認定 カスタマーサポートの吉田でございます。\n\n'
     'AWS02218840 を AWS02904417 に統合するご依頼について確認いたしましたところ、'
     'AWS02904417 に 11 月 27 日（土）の試験予約が入っていることが分かりました。\n'
     '試験の予約があるアカウントは統合処理の対象にできない仕様となっておりますため、'
     '大変恐れ入りますが、受験後に改めて手続きを進めさせていただきます。\n\n'
     '試験が終わりましたら、本メールにご返信いただけますでしょうか。'
     '結果の確定を確認したうえで、こちらから改めてご連絡いたします。\n\n'
     '吉田\n'
     'AWS トレーニングと認定 カスタマーサポート\n')
mail('re-form-case-exam-pending-wait-ja', 'support_reply', O_CID, ['AWS02218840', 'AWS02904417'], True, 'ja',
     date=rfc(d), trace=amazon_trace('jp', O_TO, d, mx=O_MX), frm=AWS_FORM, to=O_TO,
     subject='RE:[CASE %s] %s' % (O_CID, FORM_SUBJ),
     body=textpart(t, charset='iso-2022-jp', cte='7bit'), msgid=ses_msgid(d), extra=ses_extra(d))

d = dt('2021-11-29 02:58:14')
t = ('伊藤 健太 様\n\n'
     '吉田でございます。受験のご報告をいただき、ありがとうございます。合格おめでとうございます。\n\n'
     '試験結果が AWS02904417 に反映されたことを確認いたしましたので、手続きを再開いたします。'
     'つきましては、以下の 2 点についてご返信をお願いいたします。\n\n'
     '　1) AWS02218840 を AWS02904417 に統合し、AWS02904417 を存続させる内容でよろしいか（ご同意の可否）\n'
     '　2) Credly のアカウントも 1 つにまとめることをご希望か（ご希望の場合、Credly 側への依頼も当方で行います）\n\n'
     '1) についてご同意いただけない限り、統合は行いませんのでご安心ください。\n\n'
     '吉田\n'
     'AWS トレーニングと認定 カスタマーサポート\n\n'
     '-----Original Message-----\n'
     'From: 伊藤健太 <kenta.ito@ocn.ne.jp>\n'
     'Sent: Saturday, November 27, 2021 6:40 PM\n'
     'To: aws-cs-trainingcertification-form@amazon.com\n'
     'Subject: Re: RE:[CASE %s] %s\n\n'
     '吉田様\n\n本日受験し、合格しました。統合の手続きをお願いいたします。\n\n伊藤\n' % (O_CID, FORM_SUBJ))
mail('re-form-case-consent-and-credly-two-questions-ja', 'merge_confirmation_requested', O_CID, ['AWS02218840', 'AWS02904417'], True, 'ja',
     date=rfc(d), trace=amazon_trace('jp', O_TO, d, mx=O_MX), frm=AWS_FORM, to=O_TO,
     subject='RE:[CASE %s] %s' % (O_CID, FORM_SUBJ),
     body=multipart('alternative', [textpart(t, cte='base64'), textpart(aws_html(t2h(t), 'ja'), 'html', cte='base64')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# ---------------------------------------------------------------- Case P (en): Ben Hargreaves, form case, Gmail
P_TO = 'ben.hargreaves.uk@gmail.com'
P_OPEN = dt('2025-06-16 10:02:55')
P_CID = case15(P_OPEN)
d = dt('2025-06-17 11:48:20')
t = ('Hi Ben,\n\n'
     'Thanks for your request. I have found both of your profiles and I am ready to set up the merge of AWS17702943 into AWS17450068.\n\n'
     'Before I do, one thing I need from you: the surviving profile currently has two notification addresses on file '
     '(ben.hargreaves.uk@gmail.com and ben@hargreaves-consulting.co.uk). Which of these should receive certification e-mails going forward? '
     'Only one can be kept.\n\n'
     'Cheers,\nTom W.\nAWS Training and Certification Customer Support\n')
mail('re-form-case-which-notification-address', 'support_reply', P_CID, ['AWS17702943', 'AWS17450068'], True, 'en',
     date=rfc(d), trace=amazon_trace('gmail', P_TO, d), frm=AWS_FORM, to=P_TO,
     subject='RE:[CASE %s] %s' % (P_CID, FORM_SUBJ),
     body=multipart('alternative', [textpart(t), textpart(aws_html(t2h(t)), 'html')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

d = dt('2025-06-20 08:30:09')
t = ('Hi Ben,\n\n'
     'My name is Grace and I will be looking after your case from today, as my colleague Tom is out of the office.\n\n'
     'I have read through the thread: you confirmed on Wednesday that AWS17702943 should be merged into AWS17450068, '
     'with ben.hargreaves.uk@gmail.com as the notification address, and the request is being processed by our operations team. '
     'There is nothing you need to do at this point.\n\n'
     'Kind regards,\nGrace\nAWS Training and Certification Customer Support\n\n'
     'On Wed, 18 Jun 2025 at 09:12, Ben Hargreaves <ben.hargreaves.uk@gmail.com> wrote:\n'
     '> Hi Tom, the gmail one please. And yes, go ahead with AWS17702943 -> AWS17450068.\n'
     '>\n'
     '> On Tue, 17 Jun 2025 at 12:48, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n'
     '> > Hi Ben,\n'
     '> > Thanks for your request. I have found both of your profiles ...\n')
mail('re-form-case-new-agent-handover', 'support_reply', P_CID, ['AWS17702943', 'AWS17450068'], True, 'en',
     date=rfc(d), trace=amazon_trace('gmail', P_TO, d), frm=AWS_FORM, to=P_TO,
     subject='RE:[CASE %s] %s' % (P_CID, FORM_SUBJ),
     body=textpart(t, cte='quoted-printable'), msgid=ses_msgid(d), extra=ses_extra(d))

d = dt('2025-06-25 16:20:44')
t = ('Hello Ben,\n\n'
     'Your recent case with AWS Training and Certification (case %s) has been marked as resolved.\n\n'
     'We would love to hear how we did. Please take a moment to rate your experience:\n\n'
     '  Very satisfied    https://aws-tc-feedback.amazon.com/r/%s?s=5\n'
     '  Satisfied         https://aws-tc-feedback.amazon.com/r/%s?s=4\n'
     '  Neutral           https://aws-tc-feedback.amazon.com/r/%s?s=3\n'
     '  Dissatisfied      https://aws-tc-feedback.amazon.com/r/%s?s=2\n\n'
     'Thank you,\nAWS Training and Certification\n' % ((P_CID,) * 5))
mail('form-case-resolved-rate-experience', 'survey', P_CID, [], True, 'en',
     date=rfc(d), trace=amazon_trace('gmail', P_TO, d), frm=AWS_FORM, to=P_TO,
     subject='[CASE %s] How did we do?' % P_CID,
     body=multipart('alternative', [textpart(t, charset='us-ascii', cte='7bit'), textpart(aws_html(t2h(t)), 'html')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# ---------------------------------------------------------------- Q (en): form auto-ack echoing the submission (ids in the echo)
Q_TO = 'rahul.nguyen@hotmail.com'
Q_OPEN = dt('2025-10-13 19:41:26')
Q_CID = case15(Q_OPEN)
d = Q_OPEN + timedelta(seconds=18)
t = ('Hello Rahul,\n\n'
     'Thank you for contacting AWS Training and Certification. This is an automatic message to let you know that we have received your request '
     'and created case %s.\n\n'
     'A member of our team will get back to you, usually within 24 hours. Please do not open another request for the same issue, '
     'as this may delay our response. If you need to add information, reply to this e-mail and keep the case number in the subject line.\n\n'
     'Summary of your submission\n'
     '--------------------------\n'
     'Inquiry type: Certification\n'
     'Detail: Account Merge\n'
     'AWS candidate ID: AWS88203617\n'
     'Other candidate ID(s): aws88210459\n'
     'Description: I registered twice by accident, please combine into the first one.\n\n'
     'Regards,\nAWS Training and Certification Customer Support\n' % Q_CID)
mail('form-submission-received-with-summary', 'case_created', Q_CID, ['AWS88203617', 'AWS88210459'], True, 'en',
     date=rfc(d), trace=amazon_trace('outlook', Q_TO, d), frm=AWS_FORM, to=Q_TO,
     subject='[CASE %s] %s' % (Q_CID, FORM_SUBJ),
     body=multipart('alternative', [textpart(t), textpart(aws_html(t2h(t)), 'html')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# ---------------------------------------------------------------- phishing about the merge
# en: look-alike domain, its own DMARC passes -> not verified
d = dt('2025-03-12 21:07:15')
mf = 'bounce-%s@mail.aws-certification-help.com' % hexs(8)
ip = '185.117.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250))
helo = 'mail.aws-certification-help.com'
ar = ar_gmail([('pass', 'aws-certification-help.com', 'default')], ('pass', mf, ip), ('pass', 'NONE', 'aws-certification-help.com'))
tr = outlook_trace(B_TO, d, mf, ip, helo,
                   ar_outlook([('pass', 'aws-certification-help.com', 'default')], ('pass', mf, ip), ('pass', 'none', 'aws-certification-help.com'), compauth='pass reason=100'),
                   [dkim_sig('aws-certification-help.com', 'default', d)])
t = ('Dear Candidate,\n\n'
     'We have received a request to merge your AWS Certification accounts. To protect your certifications, we need you to confirm this change.\n\n'
     '   Account to be merged:  AWS31847265\n'
     '   Account to be kept:    AWS31990042\n\n'
     'Please confirm the merge within 24 hours by signing in below. If we do not receive your confirmation, both accounts will be suspended '
     'and your certifications may be revoked.\n\n'
     'CONFIRM MERGE: https://aws-certification-help.com/merge/confirm?token=%s\n\n'
     'AWS Training & Certification Team\n' % hexs(32))
h = ('<html><body style="font-family:Arial"><img src="https://aws-certification-help.com/img/aws-logo.png" width="80">'
     '<p>Dear Candidate,</p><p>We have received a request to merge your AWS Certification accounts. To protect your certifications, we need you to confirm this change.</p>'
     '<table><tr><td>Account to be merged:</td><td><b>AWS31847265</b></td></tr><tr><td>Account to be kept:</td><td><b>AWS31990042</b></td></tr></table>'
     '<p>Please confirm the merge within 24 hours by signing in below. If we do not receive your confirmation, both accounts will be suspended and your certifications may be revoked.</p>'
     '<p><a href="https://aws-certification-help.com/merge/confirm" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">CONFIRM MERGE</a></p>'
     '<p>AWS Training &amp; Certification Team</p></body></html>')
mail('phish-lookalike-confirm-merge-24h', 'merge_confirmation_requested', None, ['AWS31847265', 'AWS31990042'], False, 'en',
     date=rfc(d), trace=tr, frm='"AWS Certification" <support@aws-certification-help.com>', to=B_TO,
     subject='Action required: confirm your AWS Certification account merge',
     body=multipart('alternative', [textpart(t), textpart(h, 'html')], bnd('x')),
     msgid='<%s@aws-certification-help.com>' % hexs(20))

# ja: spoofed amazon.com From; Gmail says dmarc=fail; a forged "pass" header sits lower down
d = dt('2025-05-28 12:44:02')
mf = 'info@srv%d.vps-kagoya-host.net' % R.randrange(100, 999)
ip = '45.%d.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250), R.randrange(1, 250))
helo = 'srv%d.vps-kagoya-host.net' % R.randrange(100, 999)
ar = ar_gmail([], ('softfail', mf, ip), ('fail', 'QUARANTINE', 'amazon.com'))
forged = ['Authentication-Results: amazon.com;\n       dkim=pass header.i=@amazon.com;\n       spf=pass smtp.mailfrom=amazon.com;\n       dmarc=pass header.from=amazon.com',
          'Received: from localhost (localhost [127.0.0.1])\n        by %s (Postfix) with ESMTPA id %s\n        for <%s>; %s' % (helo, hexs(10).upper(), A_TO, rfc(d, JST))]
tr = gmail_trace(A_TO, d, mf, ip, helo, ar, [], lower=forged)
t = ('鈴木 太郎 様\n\n'
     'いつも AWS をご利用いただきありがとうございます。\n\n'
     'お客様の AWS 認定アカウント統合のお手続きが最終段階となりました。'
     '本人確認のため、下記リンクより AWS アカウントにサインインし、統合内容（統合元：AWS10482736／統合先：AWS20593847）をご承認ください。\n\n'
     'https://aws-certmerge-jp.com/approve?id=%s\n\n'
     '48 時間以内にご承認いただけない場合、統合申請は取り消され、両アカウントの認定資格が一時的に無効となります。\n\n'
     'AWS トレーニングと認定 カスタマーサポート\n' % hexs(24))
mail('phish-spoofed-amazon-dmarc-fail-approve-ja', 'merge_confirmation_requested', None, ['AWS10482736', 'AWS20593847'], False, 'ja',
     date=rfc(d, JST), trace=tr, frm=AWS_FORM, to=A_TO,
     subject='【重要】AWS 認定アカウント統合の最終確認のお願い',
     body=multipart('alternative', [textpart(t, cte='base64'), textpart('<html><body>' + t2h(t) + '</body></html>', 'html', cte='base64')], bnd('x')),
     msgid='<%s.%s@srv.vps-kagoya-host.net>' % (hexs(12), hexs(6)))

# ---------------------------------------------------------------- unrelated look-alikes
def generic_trace(style, rcpt, d, from_dom, dk_dom, sel, ip, helo, mf, dmarc=('pass', 'REJECT'), mx=None, dkim_res='pass'):
    dk = [(dkim_res, dk_dom, sel)] if dk_dom else []
    sigs = [dkim_sig(dk_dom, sel, d, c='relaxed/relaxed')] if dk_dom else []
    dm = (dmarc[0], dmarc[1], from_dom) if dmarc else None
    if style == 'gmail':
        return gmail_trace(rcpt, d, mf, ip, helo, ar_gmail(dk, ('pass', mf, ip), dm), sigs)
    if style == 'outlook':
        return outlook_trace(rcpt, d, mf, ip, helo, ar_outlook(dk, ('pass', mf, ip), dm or ('none', 'none', from_dom)), sigs)
    return jp_trace(rcpt, d, mf, ip, helo, mx[0], ar_jp(mx[1], dk, ('pass', mf, ip), dm), sigs)


# Seller Central case (same RE:[CASE n] style, says "merged")
d = dt('2025-06-19 07:55:31')
t = ('Hello,\n\n'
     'Thank you for contacting Amazon Selling Partner Support.\n\n'
     'I have reviewed the two detail pages you reported for your product "Hargreaves Oak Chopping Board, Large". '
     'The duplicate page has been merged into ASIN B0C7K2LQ9X, and the offers from the duplicate listing now appear on that page. '
     'It may take up to 24 hours for the change to be visible to buyers.\n\n'
     'Was this answer helpful? Let us know in Seller Central > Case Log.\n\n'
     'We hope this information was useful. Thank you for selling with Amazon.\n\n'
     'Regards,\nAnkit P.\nAmazon Selling Partner Support\n\n'
     'To view or respond to this case, please visit: https://sellercentral.amazon.co.uk/cu/case-dashboard/view-case?caseID=5884881212\n')
mail('seller-central-case-duplicate-asin-merged', 'unrelated', '5884881212', [], True, 'en',
     date=rfc(d), trace=amazon_trace('gmail', P_TO, d), frm='"Amazon Seller Central" <seller-notification@amazon.com>', to=P_TO,
     subject='RE:[CASE 5884881212] Duplicate listing - request to merge detail pages',
     body=multipart('alternative', [textpart(t), textpart(aws_html(t2h(t), title='Amazon Seller Central'), 'html')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# CertMetrics survey-like mail
d = dt('2025-09-14 17:03:12')
ip = '52.%d.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250), R.randrange(1, 250))
mf = 'bounces+%s@certmetrics.com' % hexs(10)
t = ('Dear Emily Chen,\n\n'
     'AWS Certification wants to hear from you!\n\n'
     'You recently took the AWS Certified Developer - Associate exam. Please tell us about your experience in a short survey. '
     'It will take about 5 minutes and your answers will help us improve AWS Certification.\n\n'
     'Start the survey: https://www.certmetrics.com/amazon/survey/%s\n\n'
     'AWS Candidate ID: AWS80933016\n\n'
     'Thank you,\nAWS Certification\n\n'
     'Please do not reply to this e-mail; this mailbox is not monitored.\n' % hexs(32))
mail('certmetrics-wants-to-hear-from-you', 'unrelated', None, ['AWS80933016'], False, 'en',
     date=rfc(d), trace=generic_trace('gmail', 'emily.chen.personal@gmail.com', d, 'certmetrics.com', 'certmetrics.com', 'k1', ip, 'mail.certmetrics.com', mf, ('pass', 'NONE')),
     frm='"AWS Certification" <do-not-reply@certmetrics.com>', to='emily.chen.personal@gmail.com',
     subject='AWS Certification wants to hear from you',
     body=textpart(t, cte='quoted-printable'), msgid='<%s@certmetrics.com>' % str(uuid.UUID(int=R.getrandbits(128))))

# GitHub "merged" notification
d = dt('2024-11-27 13:21:40')
ip = '192.30.252.%d' % R.randrange(200, 210)
mf = 'noreply@github.com'
t = ('Merged #58 into main.\n\n'
     '--\nReply to this email directly, view it on GitHub:\nhttps://github.com/okafor-labs/cert-tracker/pull/58#event-%d\n'
     'You are receiving this because you authored the thread.\n\nMessage ID: <okafor-labs/cert-tracker/pull/58/issue_event/%d@github.com>\n' % (R.randrange(10**9, 10**10), R.randrange(10**9, 10**10)))
h = ('<p></p><p>Merged <a href="https://github.com/okafor-labs/cert-tracker/pull/58" class="issue-link">#58</a> into main.</p>'
     '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
     '<a href="https://github.com/okafor-labs/cert-tracker/pull/58#event-1">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>')
mail('github-pr-merged-duplicate-records', 'unrelated', None, [], False, 'en',
     date=rfc(d), trace=generic_trace('gmail', F_TO, d, 'github.com', 'github.com', 'pf2023', ip, 'out-%d.smtp.github.com' % R.randrange(10, 30), mf, ('pass', 'REJECT')),
     frm='"Daniel Okafor" <notifications@github.com>', to='okafor-labs/cert-tracker <cert-tracker@noreply.github.com>',
     cc='Daniel Okafor <daniel.okafor.dev@gmail.com>, Author <author@noreply.github.com>',
     subject='Re: [okafor-labs/cert-tracker] Merge duplicate candidate records into one profile (PR #58)',
     body=multipart('alternative', [textpart(t, cte='7bit'), textpart(h, 'html', cte='7bit')], '--==_mimepart_%s_%d' % (hexs(13), R.randrange(1000, 9999))),
     msgid='<okafor-labs/cert-tracker/pull/58/issue_event/%d@github.com>' % R.randrange(10**9, 10**10),
     extra=['In-Reply-To: <okafor-labs/cert-tracker/pull/58@github.com>', 'References: <okafor-labs/cert-tracker/pull/58@github.com>',
            'List-ID: okafor-labs/cert-tracker <cert-tracker.okafor-labs.github.com>', 'X-GitHub-Reason: author'])

# phishing that is NOT about the merge (voucher lure)
d = dt('2025-08-28 09:12:50')
ip = '103.%d.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250), R.randrange(1, 250))
mf = 'root@%s.static.hostpoint-vps.com' % ip.replace('.', '-')
t = ('Hello,\n\nAs a certified AWS professional you are eligible for a FREE exam voucher (100%% discount) for your next AWS Certification.\n\n'
     'This offer expires today. Verify your AWS Builder ID to claim it:\n'
     'https://aws-cert-benefits.net/claim?ref=%s\n\n'
     'AWS Training and Certification Benefits Team\n' % hexs(16))
mail('phish-free-voucher-verify-builder-id', 'unrelated', None, [], False, 'en',
     date=rfc(d), trace=generic_trace('gmail', J_TO.replace('fastmail.com', 'gmail.com'), d, 'aws-cert-benefits.net', None, None, ip, 'vps-%s.hostpoint-vps.com' % hexs(6), mf, None),
     frm='"AWS Certification Benefits" <benefits@aws-cert-benefits.net>', to=J_TO.replace('fastmail.com', 'gmail.com'),
     subject='Claim your free AWS exam voucher - expires today',
     body=textpart(t, charset='us-ascii', cte='7bit'), msgid='<%s@aws-cert-benefits.net>' % hexs(18))

# ja: billing case on the console (mentions consolidating accounts, not certification)
BILL_OPEN = dt('2025-02-17 04:33:20')
BILL_CID = case15(BILL_OPEN)
d = dt('2025-02-18 02:05:44')
t = ('中村 大輔 様\n\n'
     'AWS サポートの清水でございます。お問い合わせいただき、ありがとうございます。\n\n'
     '請求書の宛名変更のご依頼につきまして、請求情報ページの「請求先の連絡先」を更新いただくことで、次回発行分から反映されます。\n\n'
     'また、複数の AWS アカウントの請求を 1 つにまとめたいとのご要望については、AWS Organizations の一括請求（コンソリデーテッドビリング）をご利用いただくことで、'
     '管理アカウントに請求を統合できます。アカウント自体が統合されるわけではございませんのでご注意ください。\n\n'
     '清水\nAmazon Web Services') + CONSOLE_FOOT_JA % BILL_CID
mail('re-case-billing-consolidated-billing-ja', 'unrelated', BILL_CID, [], True, 'ja',
     date=rfc(d), trace=amazon_trace('outlook', N_TO, d), frm=AWS_NOREPLY, to=N_TO,
     subject='RE:[CASE %s] 請求書の宛名変更と請求の一本化について' % BILL_CID,
     body=multipart('alternative', [textpart(t, cte='base64'), textpart(aws_html(t2h(t), 'ja'), 'html', cte='base64')], bnd('java')),
     msgid=ses_msgid(d), extra=ses_extra(d))

# ja: Pearson VUE appointment (candidate id appears)
d = dt('2021-11-10 09:18:27')
ip = '159.%d.%d.%d' % (R.randrange(1, 250), R.randrange(1, 250), R.randrange(1, 250))
mf = 'bounce-%s@pearson.com' % hexs(8)
t = ('伊藤 健太 様\n\n'
     'ピアソン VUE をご利用いただき、ありがとうございます。\n'
     '以下の内容で試験のご予約を承りました。\n\n'
     '試験名：AWS Certified Solutions Architect - Professional（SAP-C01）日本語\n'
     '日時：2021年11月27日（土）13:00\n'
     '会場：テストセンター 東京・新宿\n'
     '受験者 ID：AWS02904417\n'
     '登録番号：%d\n\n'
     '当日は、有効な身分証明書を 2 点ご持参のうえ、開始時刻の 30 分前までにお越しください。\n'
     '予約の変更・キャンセルは、試験日の 24 時間前までに AWS 認定アカウントから行ってください。\n\n'
     'ピアソン VUE\n' % R.randrange(400000000, 499999999))
mail('pearson-vue-appointment-confirmation-ja', 'unrelated', None, ['AWS02904417'], False, 'ja',
     date=rfc(d), trace=generic_trace('jp', O_TO, d, 'pearson.com', 'pearson.com', 'selector1', ip, 'mail%d.pearson.com' % R.randrange(1, 9), mf, ('pass', 'reject'), mx=O_MX),
     frm='"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', to=O_TO,
     subject='ピアソン VUE 試験予約確認：AWS Certified Solutions Architect - Professional', subj_cs='iso-2022-jp',
     body=textpart(t, charset='iso-2022-jp', cte='7bit'), msgid='<%s@pearson.com>' % hexs(20))

# ja: Credly's own self-service account merge (code) - not the AWS merge
d = dt('2025-07-19 23:40:05')
t = ('森 遥 さん\n\n'
     'Credly アカウントの統合がリクエストされました。\n'
     '統合を完了するには、次の確認コードを入力するか、下のボタンをクリックしてください。\n\n'
     '確認コード：482913\n\n'
     'アカウントの統合を完了する（Complete Account Merge）： https://www.credly.com/users/merge/confirm?token=%s\n\n'
     'このリクエストに心当たりがない場合は、このメールを無視してください。コードの有効期限は 30 分です。\n\n'
     'Credly, Inc. | 50 Milk Street, Boston, MA 02109\n' % hexs(40))
mail('credly-self-service-account-merge-code-ja', 'unrelated', None, [], True, 'ja',
     date=rfc(d), trace=credly_trace('jp', G_TO, d, mx=G_MX), frm='Credly <admin@credly.com>', to=G_TO,
     subject='Credly アカウント統合の確認コード',
     body=textpart(t, cte='quoted-printable'),
     msgid='<%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', '_').replace('+', '-'), R.randrange(1, 40)))

# ja: internal mail from a colleague, Shift_JIS 8bit, no Authentication-Results at all
d = dt('2024-06-11 15:22:08', JST)
t = ('小林さん\n\n'
     'お疲れさまです。総務の西村です。\n\n'
     'AWS の認定アカウント統合の件、AWS からの確認メールに返信する前に一度ご相談させてください。\n'
     '旧アカウント（AWS09837462）の資格は会社の費用で取得したものなので、'
     '統合後も資格証明書を会社として出せるかどうかを確認しておきたいです。\n\n'
     '明日の午前中、15 分ほどお時間いただけますか？\n\n'
     '西村\n'
     '――――――――――――――\n'
     '小林設計事務所 総務部 西村 真理子\n'
     'TEL 03-5555-0142（内線 21）\n')
tr = ['Return-Path: <nishimura@kobayashi-sekkei.jp>',
      'Delivered-To: ryo.kobayashi@kobayashi-sekkei.jp',
      'Received: from [192.168.10.%d] (unknown [192.168.10.%d])\n\tby mail.kobayashi-sekkei.jp (Postfix) with ESMTPSA id %s\n\tfor <ryo.kobayashi@kobayashi-sekkei.jp>; %s' % (
          R.randrange(20, 90), R.randrange(20, 90), hexs(9).upper(), rfc(d, JST, 'JST'))]
mail('internal-colleague-asks-before-replying-ja', 'unrelated', None, ['AWS09837462'], None, 'ja',
     date=rfc(d), trace=tr, frm=addr('西村 真理子', 'nishimura@kobayashi-sekkei.jp', 'iso-2022-jp'),
     to=addr('小林 亮', 'ryo.kobayashi@kobayashi-sekkei.jp', 'iso-2022-jp'),
     subject='AWS認定アカウント統合の件（返信前にご相談）', subj_cs='iso-2022-jp',
     body=textpart(t, charset='Shift_JIS', codec='cp932', cte='8bit'),
     msgid='<%s@kobayashi-sekkei.jp>' % str(uuid.UUID(int=R.getrandbits(128))).upper(),
     extra=['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AQH%s' % b64s(20), 'Content-Language: ja'])


# ======================================================================
finish()
