#!/usr/bin/env python3
"""Generator for blind test set 306: AWS Certification account-merge mailbox.

Emphasis: non-native / machine-translated English from agents of many first
languages, odd word order, wrong tenses, literal politeness formulas, plus
look-alikes.  Run: python3 make_set.py  -> writes NNN-*.eml and labels.json
"""
import base64
import datetime as dt
import hashlib
import html as htmlmod
import json
import os
import quopri
import random
import re
import uuid
from email.header import Header
from email.message import Message
from email.generator import BytesGenerator
from email.utils import format_datetime
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(306)
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7), 'PDT')
PST = dt.timezone(dt.timedelta(hours=-8), 'PST')
JST = dt.timezone(dt.timedelta(hours=9))
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
ICT = dt.timezone(dt.timedelta(hours=7))
WIB = dt.timezone(dt.timedelta(hours=7))
TRT = dt.timezone(dt.timedelta(hours=3))

LABELS = {}
FILES = []

# ----------------------------------------------------------------- helpers

def T(s):
    """UTC datetime from 'YYYY-mm-dd HH:MM:SS'."""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)


def case15(opened, tail):
    """15-digit case id: Unix time the case opened + 5 digits."""
    return '%d%05d' % (int(opened.timestamp()), tail)


def hexs(n):
    return ''.join(RND.choice('0123456789abcdef') for _ in range(n))


def b64s(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(RND.choice(a) for _ in range(n))


def ses_msgid(d, region=None):
    ms = int(d.timestamp() * 1000) - RND.randint(200, 1500)
    host = '%s.amazonses.com' % region if region else 'email.amazonses.com'
    return '<0100%012x-%s-000000@%s>' % (ms, uuid.UUID(int=RND.getrandbits(128)), host)


def ses_bounce(d):
    ms = int(d.timestamp() * 1000) - RND.randint(200, 1500)
    return '0100%012x-%s-000000@amazonses.com' % (ms, uuid.UUID(int=RND.getrandbits(128)))


def fold_b(s, width=72, first=0):
    """fold a base64 blob for a header tag value."""
    out, line = [], ''
    for ch in s:
        line += ch
        if len(line) >= width:
            out.append(line)
            line = ''
    if line:
        out.append(line)
    return '\n\t '.join(out)


def dkim(d, domain, selector, heads='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID'):
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '\ts=%s; d=%s; t=%d;\n'
            '\th=%s;\n'
            '\tbh=%s=;\n'
            '\tb=%s' % (selector, domain, int(d.timestamp()), heads, b64s(43),
                        fold_b(b64s(342) + '=')))


SES_SEL = {'us-east-1': '224i4yxa5dv7c2xz3womw6peuasteono',
           'us-west-2': '7v7vs6w47njt4pimodk5mmttbegzsi6n'}
AMZ_SEL = ['rjs2mdi2vzhbuflvv2tq7fhzyilyqj5u', 'wrx6ee3ul5qn2nsmtsqnhvdxxhdmp4fc',
           '6gbrjpgwjskckoa6a5zn6fwqkn67xbtw']


def ses_dkims(d, from_domain='amazon.com', region='us-east-1'):
    return [dkim(d, from_domain, RND.choice(AMZ_SEL)),
            dkim(d, 'amazonses.com', SES_SEL[region],
                 'From:To:Subject:MIME-Version:Content-Type:Date:Message-ID:Feedback-ID')]


def gmail_ts(d):
    pdt = dt.datetime(d.year, 3, 9, tzinfo=UTC) <= d < dt.datetime(d.year, 11, 2, tzinfo=UTC)
    tz = PDT if pdt else PST
    return format_datetime(d.astimezone(tz)) + (' (PDT)' if pdt else ' (PST)')


def encw(text, charset='utf-8', name='Subject'):
    """RFC 2047 encode (folded)."""
    return Header(text, charset, header_name=name).encode(maxlinelen=76)


def addr(name, email, charset='utf-8'):
    if name is None:
        return email
    try:
        name.encode('ascii')
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (encw(name, charset, 'From'), email)


# ---- Authentication-Results builders ------------------------------------

def ar_gmail(dkims=(), spf=None, dmarc=None, extra=''):
    """dkims: list of (domain, result, selector); spf: (result, mailfrom, ip);
    dmarc: (result, policy, from_domain)."""
    parts = []
    for dom, res, sel in dkims:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, b64s(8)))
    if spf:
        res, mf, ip = spf
        if res == 'pass':
            parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        elif res == 'softfail':
            parts.append('spf=softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        else:
            parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (res, mf, ip, mf))
    if dmarc:
        res, pol, fd = dmarc
        if pol:
            parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
                res, pol, pol, 'NONE' if res == 'pass' else ('QUARANTINE' if pol == 'QUARANTINE' else 'NONE'), fd))
        else:
            parts.append('dmarc=%s header.from=%s' % (res, fd))
    if extra:
        parts.append(extra)
    return 'Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(parts)


def ar_outlook(ip, mailfrom_dom, dkims, dmarc, from_dom, compauth='pass reason=100'):
    s = 'Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s;' % (ip, mailfrom_dom)
    for dom, res in dkims:
        s += ' dkim=%s (%s)\n header.d=%s;' % (res, 'signature was verified' if res == 'pass' else 'body hash did not verify', dom)
    s += 'dmarc=%s action=%s\n header.from=%s;compauth=%s' % (
        dmarc, 'none' if dmarc == 'pass' else 'quarantine', from_dom, compauth)
    return s


def ar_generic(authserv, parts):
    return 'Authentication-Results: %s;\n\t' % authserv + ';\n\t'.join(parts)


# ---- transport header blocks ---------------------------------------------

def ses_ip():
    return RND.choice(['54.240.8.%d', '54.240.9.%d', '54.240.11.%d', '54.240.27.%d',
                       '54.240.48.%d', '54.240.13.%d']) % RND.randint(10, 120)


def gmail_block(rcpt, d, src_host, src_ip, mailfrom, ar):
    d1 = d + dt.timedelta(seconds=RND.randint(1, 3))
    lines = [
        'Delivered-To: %s' % rcpt,
        'Received: by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %scsp%d%s;\n        %s' % (
            RND.randint(0x6000, 0x7fff), RND.randint(0x100, 0xfff), RND.randint(0x100, 0x7ff),
            RND.randint(0x100, 0xfff), RND.randint(0x1000, 0xffff), RND.choice(['k14', 'a9', 'x3', 'fq']),
            RND.randint(100000, 999999), RND.choice(['gdb', 'lqz', 'vmp', 'rhd']), gmail_ts(d1)),
        'X-Google-Smtp-Source: AGHT+I%s' % b64s(70),
        'X-Received: by 2002:a05:620a:%x:b0:7c5:%x:%x with SMTP id af79cd13be357-%da.%d.%d;\n        %s' % (
            RND.randint(0x1000, 0xffff), RND.randint(0x100, 0xfff), RND.randint(0x1000, 0xffff),
            RND.randint(7000000000, 7999999999), RND.randint(1, 99), RND.randint(1000000000000, 9999999999999),
            gmail_ts(d1)),
        'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
            int(d1.timestamp()), fold_b(b64s(340) + '==').replace('\n\t ', '\n         ')),
    ]
    if ar:
        lines.append('ARC-Authentication-Results: i=1; ' + ar.split(': ', 1)[1])
    lines += [
        'Return-Path: <%s>' % mailfrom,
        'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%d%s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            src_host, src_host, src_ip, hexs(13), hexs(11), RND.randint(100000, 999999), RND.choice(['d6', 'cf', 'qk', 'ba']),
            RND.randint(1, 400), d1.astimezone(PDT if '(PDT)' in gmail_ts(d1) else PST).strftime('%Y.%m.%d.%H.%M.%S'), rcpt, gmail_ts(d1)),
        'Received-SPF: pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (mailfrom, src_ip, src_ip),
    ]
    if ar:
        lines.append(ar)
    return lines


def outlook_block(rcpt, d, src_host, src_ip, mailfrom_dom, ar, tenant='EUR05'):
    d1 = d + dt.timedelta(seconds=RND.randint(1, 4))
    p = RND.choice(['AM0', 'DB8', 'PA6', 'VI1', 'AS8'])
    hop1 = '%sPR%02dMB%d.%sPRD%02d.PROD.OUTLOOK.COM' % (p, RND.randint(1, 9), RND.randint(1000, 9999), tenant, RND.randint(1, 9))
    hop2 = '%s.%s.prod.protection.outlook.com' % (RND.choice(['AM4PEPF000%05X' % RND.randint(0, 0xfff), 'DB5PEPF0000%04X' % RND.randint(0, 0xfff)]), tenant.lower())
    ts = d1.strftime('%a, %d %b %Y %H:%M:%S +0000')
    lines = [
        'Received: from %s (2603:10a6:20b:%x::%x) by\n %s with HTTPS; %s' % (
            hop1.replace('MB%s' % hop1.split('MB')[1][:4], 'MB%d' % RND.randint(1000, 9999), 1), RND.randint(0x100, 0x7ff), RND.randint(1, 30), hop1, d1.strftime('%a, %d %b %Y %H:%M:%S +0000')),
        'Received: from %s (2603:10a6:20b:%x::%x)\n by %s (2603:10a6:20b:%x::%x) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            hop2, RND.randint(0x100, 0x7ff), RND.randint(1, 30), hop1, RND.randint(0x100, 0x7ff), RND.randint(1, 30),
            RND.randint(8000, 8999), RND.randint(10, 40), ts),
        ar,
        'Received-SPF: Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (mailfrom_dom, src_ip, src_ip, src_host),
        'Received: from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
            src_host, src_ip, hop2, RND.randint(2, 250), RND.randint(8000, 8999), RND.randint(10, 40), ts),
    ]
    return [l for l in lines if l]


def jp_block(rcpt, d, src_host, src_ip, mx_host, ar):
    d1 = (d + dt.timedelta(seconds=RND.randint(1, 5))).astimezone(JST)
    qid = hexs(8).upper()
    lines = [
        'Return-Path: <%s>' % '{MAILFROM}',
        'Delivered-To: %s' % rcpt,
        'Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            src_host, src_host, src_ip, mx_host, qid, rcpt, format_datetime(d1) + ' (JST)'),
    ]
    if ar:
        lines.insert(2, ar)
    return lines


def ses_received(d, src_host, region='us-east-1'):
    return 'Received: from %s (%s [%s]) by\n\temail-smtp.%s.amazonaws.com (Amazon SES) with SMTP id %s\n\tfor <recipient>; %s' % (
        'ip-10-%d-%d-%d.ec2.internal' % (RND.randint(0, 255), RND.randint(0, 255), RND.randint(0, 255)),
        'ip-10-0-0-1', '10.%d.%d.%d' % (RND.randint(0, 255), RND.randint(0, 255), RND.randint(0, 255)),
        region, hexs(20), format_datetime(d))



def yahoo_block(rcpt, d, src_host, src_ip, mf_dom, ar):
    d1 = d + dt.timedelta(seconds=RND.randint(1, 3))
    ts = d1.strftime('%a, %d %b %Y %H:%M:%S +0000')
    return [
        'X-Apparently-To: %s; %s' % (rcpt, ts),
        'Return-Path: <{MAILFROM}>',
        'Received-SPF: pass (domain of %s designates %s as permitted sender)' % (mf_dom, src_ip),
        'X-YMailISG: %s' % b64s(60),
        'X-Originating-IP: [%s]' % src_ip,
        ar,
        'Received: from %s (EHLO %s)\n by 10.217.%d.%d with SMTPs\n (version=TLS1_2 cipher=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256);\n %s' % (
            src_ip, src_host, RND.randint(1, 250), RND.randint(1, 250), ts),
    ]


def ar_yahoo(dkims, mf_dom, dmarc, policy, from_dom):
    parts = ['dkim=%s header.i=@%s header.s=%s' % (r, dm, sl) for dm, r, sl in dkims]
    parts.append('spf=pass smtp.mailfrom=%s' % mf_dom)
    parts.append('dmarc=%s(p=%s) header.from=%s' % (dmarc, policy, from_dom))
    return 'Authentication-Results: atlas%d.free.mail.bf1.yahoo.com;\n ' % RND.randint(100, 400) + ';\n '.join(parts) + ';'


def ext_headers(rcpt, d, frm, subject, transport, src_host, src_ip, mailfrom, dkims, dmarc,
                from_domain, msgid, extra=(), spf='pass', to=None, ar_override=None, policy='REJECT',
                dkim_sigs=None, extra_top=()):
    """headers for a non-SES sender. dkims: [(domain, result, selector)]; dmarc: result or None."""
    mf_dom = mailfrom.split('@', 1)[1]
    if transport == 'gmail':
        ar = ar_override or ar_gmail(dkims, (spf, mailfrom, src_ip),
                                     (dmarc, policy if dmarc in ('pass', 'fail') else None, from_domain) if dmarc else None)
        hs = gmail_block(rcpt, d, src_host, src_ip, mailfrom, ar)
        if spf != 'pass':
            hs = [h.replace('Received-SPF: pass', 'Received-SPF: %s' % spf).replace('designates', 'does not designate') if h.startswith('Received-SPF') else h for h in hs]
    elif transport == 'outlook':
        ar = ar_override or ar_outlook(src_ip, mf_dom, [(dm, r) for dm, r, _ in dkims], dmarc or 'none', from_domain,
                                       'pass reason=100' if dmarc == 'pass' else 'fail reason=001')
        if spf != 'pass':
            ar = ar.replace('spf=pass', 'spf=%s' % spf)
        hs = outlook_block(rcpt, d, src_host, src_ip, mf_dom, ar)
    elif transport == 'yahoo':
        ar = ar_override or ar_yahoo(dkims, mf_dom, dmarc or 'none', policy, from_domain)
        hs = [h.replace('{MAILFROM}', mailfrom) for h in yahoo_block(rcpt, d, src_host, src_ip, mf_dom, ar)]
    elif transport == 'none':
        hs = ['Return-Path: <%s>' % mailfrom,
              'Received: from %s (%s [%s])\n\tby mail.example-isp.net with ESMTPS id %s\n\tfor <%s>; %s' % (
                  src_host, src_host, src_ip, hexs(10), rcpt, format_datetime(d))]
    else:
        _, mx, authserv = transport
        parts = ['spf=%s smtp.mailfrom=%s' % (spf, mailfrom)] + ['dkim=%s header.d=%s' % (r, dm) for dm, r, _ in dkims]
        if dmarc:
            parts.append('dmarc=%s header.from=%s' % (dmarc, from_domain))
        ar = ar_override or ar_generic(authserv, parts)
        hs = [h.replace('{MAILFROM}', mailfrom) for h in jp_block(rcpt, d, src_host, src_ip, mx, ar)]
    hs = list(extra_top) + hs
    if dkim_sigs is None:
        dkim_sigs = [dkim(d, dm, sl) for dm, r, sl in dkims]
    hs += dkim_sigs
    hs += ['Date: %s' % format_datetime(d), 'From: %s' % frm, 'To: %s' % (to or rcpt),
           'Subject: %s' % subject, 'Message-ID: %s' % msgid]
    hs += list(extra)
    return hs

# ---- MIME parts -------------------------------------------------------------

def textpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None,
             codec=None, extra=''):
    label = label or charset
    raw = text.encode(codec or charset)
    p = Message()
    p['Content-Type'] = 'text/%s; charset="%s"%s' % (subtype, label, extra)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(payload)
    return p


def multipart(subtype, parts, boundary=None):
    m = Message()
    b = boundary or ('--==_mimepart_' + hexs(24) if RND.random() < 0.3 else '----=_Part_%d_%d.%d' % (
        RND.randint(100000, 9999999), RND.randint(100000000, 999999999), RND.randint(1700000000000, 1769999999999)))
    m['Content-Type'] = 'multipart/%s; \n\tboundary="%s"' % (subtype, b)
    for p in parts:
        m.attach(p)
    m.set_boundary(b)
    return m


def to_html(text, quoted=None, style='font-family:Arial,sans-serif;font-size:14px'):
    """simple HTML rendering of plain new text (+ optional quoted text)."""
    paras = [p for p in text.strip('\n').split('\n\n')]
    body = ''.join('<p>%s</p>\n' % htmlmod.escape(p).replace('\n', '<br>\n') for p in paras)
    if quoted:
        q = htmlmod.escape(quoted.strip('\n')).replace('\n', '<br>\n')
        body += '<div class="gmail_quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n%s\n</blockquote></div>\n' % q
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body>\n<div style="%s">\n%s</div>\n</body>\n</html>\n' % (style, body))


def strip_html(h):
    h = re.sub(r'(?is)<(script|style).*?</\1>', ' ', h)
    h = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>', '\n', h)
    h = re.sub(r'<[^>]+>', ' ', h)
    return htmlmod.unescape(h)


def serialize(m):
    bio = BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=0).flatten(m)
    return bio.getvalue()


ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)


def ids_in(text):
    return sorted({'AWS' + m.group(1) for m in ID_RE.finditer(text)})


def write(fname, kind, case_id, verified, lang, headers, body, new_text, ids=None):
    """headers: list of complete header strings (folded with \n + WSP).
    body: a Message (single part or multipart) without MIME-Version.
    new_text: the NEW text of the mail (labels' account ids come from it)."""
    hdr = '\n'.join(headers) + '\nMIME-Version: 1.0\n'
    raw = hdr.encode('ascii') + serialize(body)
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(raw)
    LABELS[fname] = {
        'kind': kind,
        'case_id': case_id,
        'account_ids': ids if ids is not None else ids_in(new_text),
        'sender_verified': verified,
        'language': lang,
    }
    FILES.append(fname)


# ---- common senders / footers --------------------------------------------

FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE = ('Amazon Web Services', 'no-reply-aws@amazon.com')


def console_footer(case_id, lang='en'):
    return ('\n\nWe value your feedback. Please share your experience by rating this and other '
            'correspondences in the AWS Support Center. You can rate a correspondence by selecting '
            'the stars in the top right corner of the correspondence.\n\n'
            'Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that '
            'answer customer questions about AWS services: https://repost.aws/knowledge-center/?nc1=f_dr\n\n'
            'To contact us again about this case, please return to the AWS Support Center using the '
            'following URL:\n\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s\n\n'
            '(If you are connecting by federation, log in before following the link.)\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
            'Please use the link above if you need to contact us again about this same issue.\n\n'
            '====================================================================\n'
            'Learn to use AWS Support Center : https://docs.aws.amazon.com/awssupport/latest/user/getting-started.html\n\n'
            'Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered '
            'trademark of Amazon.com, Inc. or its affiliates.' % (case_id, lang))


def form_footer(case_id):
    return ('\n\n---\nTo respond to this case, simply reply to this e-mail and keep the case number '
            '[CASE %s] in the subject line. Please do not open a new case for the same request.\n\n'
            'We value your feedback. Was this response helpful? Rate it here: '
            'https://support.aws.amazon.com/#/feedback?caseId=%s\n\n'
            'Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210' % (case_id, case_id))


def aws_headers(fname_hint, rcpt, d, frm, subject, transport='gmail', region='us-east-1',
                ar_override=None, extra_after=None, to=None, msgid=None, from_domain='amazon.com',
                ses_dkim=True):
    """headers of a genuine AWS SES mail as received by rcpt's provider."""
    ip = ses_ip()
    host = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:4]) if region == 'us-east-1' else \
        'a%s-%s.smtp-out.%s.amazonses.com' % (ip.split('.')[2], ip.split('.')[3], region)
    mf = ses_bounce(d)
    mf_dom = 'amazonses.com' if region == 'us-east-1' else '%s.amazonses.com' % region
    mf = mf.replace('@amazonses.com', '@' + mf_dom)
    sels = ses_dkims(d, from_domain, region)
    amz_sel = re.search(r's=(\w+)', sels[0]).group(1)
    if transport == 'gmail':
        ar = ar_override or ar_gmail(
            [(from_domain, 'pass', amz_sel), ('amazonses.com', 'pass', SES_SEL[region])],
            ('pass', mf, ip), ('pass', 'QUARANTINE', from_domain))
        hs = gmail_block(rcpt, d, host, ip, mf, ar)
    elif transport == 'outlook':
        ar = ar_override or ar_outlook(ip, mf_dom, [(from_domain, 'pass'), ('amazonses.com', 'pass')], 'pass', from_domain)
        hs = outlook_block(rcpt, d, host, ip, mf_dom, ar)
    elif transport == 'yahoo':
        ar = ar_override or ar_yahoo([(from_domain, 'pass', amz_sel), ('amazonses.com', 'pass', SES_SEL[region])],
                                     mf_dom, 'pass', 'QUARANTINE', from_domain)
        hs = [h.replace('{MAILFROM}', mf) for h in yahoo_block(rcpt, d, host, ip, mf_dom, ar)]
    elif transport == 'none':  # on-premises gateway that adds no Authentication-Results
        d1 = d + dt.timedelta(seconds=RND.randint(2, 6))
        gw = rcpt.split('@')[1]
        hs = ['Return-Path: <%s>' % mf,
              'Received: from mail01.%s (10.20.1.15) by EXCH02.%s (10.20.1.32) with Microsoft SMTP Server\n'
              ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s' % (
                  gw, gw, format_datetime(d1.astimezone(CEST))),
              'Received: from %s (%s [%s])\n\tby mail01.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                  host, host, ip, gw, hexs(11).upper(), rcpt, format_datetime(d1.astimezone(CEST))),
              'X-Virus-Scanned: amavisd-new at %s' % gw]
    else:  # ('jp', mx_host, authserv, style)
        _, mx, authserv, style = transport
        if ar_override is not None:
            ar = ar_override
        elif style == 'full':
            ar = ar_generic(authserv, ['spf=pass smtp.mailfrom=%s' % mf, 'dkim=pass header.i=@%s header.s=%s' % (from_domain, amz_sel),
                                       'dkim=pass header.i=@amazonses.com', 'dmarc=pass header.from=%s' % from_domain])
        else:  # dkim-only provider (no DMARC evaluation)
            ar = ar_generic(authserv, ['spf=pass smtp.mailfrom=%s' % mf, 'dkim=pass header.d=%s' % from_domain,
                                       'dkim=pass header.d=amazonses.com'])
        hs = [h.replace('{MAILFROM}', mf) for h in jp_block(rcpt, d, host, ip, mx, ar)]
    if ses_dkim:
        hs += sels
    hs += [
        'Date: %s' % format_datetime(d),
        'From: %s' % addr(*frm),
        'To: %s' % (to or rcpt),
        'Subject: %s' % subject,
        'Message-ID: %s' % (msgid or ses_msgid(d, None if region == 'us-east-1' else region)),
    ]
    if extra_after:
        hs += extra_after
    hs += ['Feedback-ID: ::1.%s.%s=:AmazonSES' % (region, b64s(43)),
           'X-SES-Outgoing: %s-%s' % (d.strftime('%Y.%m.%d'), ip)]
    return hs


def alt(plain, html, pcs='utf-8', pcte='quoted-printable', hcs='utf-8', hcte='quoted-printable', **kw):
    return multipart('alternative', [textpart(plain, 'plain', pcs, pcte, **kw), textpart(html, 'html', hcs, hcte)])


def gmail_quote(when, who, text):
    q = '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))
    return 'On %s %s wrote:\n%s' % (when, who, q)


def outlook_quote(frm, sent, to, subject, text):
    return ('________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (frm, sent, to, subject, text.strip('\n')))


def original_message(frm, sent, to, subject, text):
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (frm, sent, to, subject, text.strip('\n')))


def jp_quote(when, who, text):
    q = '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))
    return '%s %s:\n%s' % (when, who, q)


# =================================================================== MAILS

# ---------------------------------------------------------------- S1 (French agent, form desk)
S1_OPEN = T('2025-05-26 21:14:37')
S1_CASE = case15(S1_OPEN, 4412)
S1_USER = ('Marc Lefèvre', 'marc.lefevre.cloud@gmail.com')
S1_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % S1_CASE


def m001():
    d = S1_OPEN + dt.timedelta(seconds=41)
    new = ('Hello,\n\n'
           'Thank you for reaching out to AWS Training and Certification. This message is to let you know '
           'that your request has reached us and a case was created for it.\n\n'
           'Case number: %s\n'
           'Inquiry type: Certification\n'
           'Detail: Account Merge\n'
           'AWS candidate ID provided: AWS04417823\n\n'
           'A member of our team will review your request and get back to you, in principle within 24 hours '
           '(Monday to Friday). There is no need to submit the form again. If you want to add information, '
           'reply to this message and keep the case number in the subject line.\n\n'
           'Kind regards,\nAWS Training and Certification Customer Support' % S1_CASE)
    plain = new + form_footer(S1_CASE)
    hs = aws_headers('', S1_USER[1], d, FORM,
                     '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % S1_CASE)
    write('001-form-ack-account-merge.eml', 'case_created', S1_CASE, True, 'en', hs,
          alt(plain, to_html(plain)), new)


S1_CONFIRM = ('Bonjour Marc,\n\n'
              'Thank you for your message and for your patience.\n\n'
              'I have well received your demand concerning the fusion of your two certification accounts. '
              'After verification on our side, I can see the following accounts which are linked to your person:\n\n'
              '- AWS04417823 - marc.lefevre.cloud@gmail.com (this one will stay, it is the principal account)\n'
              '- AWS09921564 - m.lefevre@ancien-employeur.fr (this one will be merged inside the principal and closed after)\n\n'
              'Please note that this operation is definitive, it is not possible to go back after the accounts are merged. '
              'All your certifications, the exam history and the benefits will be transferred on AWS04417823.\n\n'
              'Could you please confirm me by return of this e-mail that the informations above are correct and that '
              'you agree that we proceed? Without your confirmation we cannot start.\n\n'
              'I stay at your entire disposal for any further question.\n\n'
              'Best regards,\n'
              'Amélie D.\n'
              'AWS Training and Certification Customer Support')


def m002():
    d = T('2025-05-28 09:31:12')
    plain = S1_CONFIRM + form_footer(S1_CASE)
    hs = aws_headers('', S1_USER[1], d, FORM, S1_SUBJ)
    # wrong charset label on the plain part: UTF-8 bytes declared as ISO-8859-1
    body = multipart('alternative', [
        textpart(plain, 'plain', 'utf-8', 'quoted-printable', label='iso-8859-1'),
        textpart(to_html(plain), 'html', 'utf-8', 'quoted-printable')])
    write('002-french-agent-please-confirm-fusion.eml', 'merge_confirmation_requested', S1_CASE, True, 'en',
          hs, body, S1_CONFIRM)


def m003():
    d = T('2025-05-29 14:05:40')
    new = ('Bonjour Marc,\n\n'
           'Thank you for your confirmation.\n\n'
           'I am happy to inform you that the fusion of your accounts is now effectuated. From now you can '
           'connect with marc.lefevre.cloud@gmail.com and all your certifications are visible under the '
           'candidate ID AWS-04417823. The old account is deactivated, you will not be able to connect on it anymore.\n\n'
           'Please take in consideration that the Credly badges can take until 48 hours to appear in the good '
           'account. If after this delay they are still not visible, do not hesitate to come back to us.\n\n'
           'I wish you a very good continuation.\n\n'
           'Cordially,\n'
           'Amélie D.\n'
           'AWS Training and Certification Customer Support')
    user_reply = ('Hello Amélie,\n\nThe details are correct. Please proceed with the merge.\n\nThanks,\nMarc\n\n' +
                  gmail_quote('Wed, May 28, 2025 at 11:31\u202fAM', 'Amazon Web Services <%s>' % FORM[1], S1_CONFIRM))
    hist = original_message('Marc Lefèvre <%s>' % S1_USER[1], 'Wednesday, May 28, 2025 2:47 PM',
                            FORM[1], S1_SUBJ, user_reply)
    plain = new + '\n\n' + hist + form_footer(S1_CASE)
    html = to_html(new + form_footer(S1_CASE), quoted=hist)
    hs = aws_headers('', S1_USER[1], d, FORM, S1_SUBJ)
    write('003-french-agent-fusion-effectuated.eml', 'merge_completed', S1_CASE, True, 'en', hs,
          alt(plain, html, pcte='base64', hcte='base64'), new)


def m004():
    d = T('2025-05-29 14:06:02')
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Support</title></head>\n'
            '<body style="margin:0;background:#f2f3f3">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="600" style="background:#ffffff;font-family:Amazon Ember,Arial,sans-serif;color:#16191f">\n'
            '<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="80"></td></tr>\n'
            '<tr><td style="padding:24px">\n'
            '<h2 style="font-size:20px">Your case has been closed</h2>\n'
            '<p>Hello,</p>\n'
            '<p>Case <b>%s</b> (AWS Training and Certification Form Submission - account-assistance) was marked as resolved by Amélie D.</p>\n'
            '<p>Was your issue resolved?</p>\n'
            '<p><a href="https://survey.aws.amazon.com/s/tc-csat?c=%s&amp;a=yes" style="background:#ff9900;color:#000;padding:8px 24px;text-decoration:none">YES</a>&nbsp;&nbsp;\n'
            '<a href="https://survey.aws.amazon.com/s/tc-csat?c=%s&amp;a=no" style="background:#d5dbdb;color:#000;padding:8px 24px;text-decoration:none">NO</a></p>\n'
            '<p>How would you rate the support you received? It takes less than a minute.</p>\n'
            '<p>If you need more help with this request, reply to the last correspondence within 14 days and the case will be reopened.</p>\n'
            '<p style="font-size:12px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. '
            'Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.</p>\n'
            '</td></tr></table></td></tr></table>\n</body></html>\n' % (S1_CASE, S1_CASE, S1_CASE))
    hs = aws_headers('', S1_USER[1], d, ('AWS Support', 'no-reply-aws@amazon.com'),
                     'Your case %s has been resolved - tell us how we did' % S1_CASE)
    write('004-case-closed-yes-no-survey.eml', 'survey', S1_CASE, True, 'en', hs,
          textpart(html, 'html', 'utf-8', 'quoted-printable'), strip_html(html))


# ---------------------------------------------------------------- S2 (German agent, console, Outlook)
S2_OPEN = T('2025-03-10 08:41:05')
S2_CASE = case15(S2_OPEN, 318)
S2_USER = ('Priya Raman', 'priya.raman@outlook.com')
S2_SUBJ = 'RE:[CASE %s] Merge two certification accounts' % S2_CASE


def m005():
    d = S2_OPEN + dt.timedelta(seconds=17)
    new = ('Dear Customer,\n\n'
           'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
           'The details of your case are as follows:\n\n'
           'Case ID: %s\n'
           'Subject: Merge two certification accounts\n'
           'Severity: General guidance\n'
           'Correspondence: Hello, I have two AWS Certification accounts, one is from my previous company email. '
           'Can you please merge AWS12873304 into AWS30561927? Thank you, Priya\n\n'
           'We will respond as soon as possible. You can view the case or add correspondence in the Support Center.' % (S2_CASE, S2_CASE))
    plain = new + console_footer(S2_CASE)
    hs = aws_headers('', S2_USER[1], d, CONSOLE,
                     'Amazon Web Services: You have opened a new Support case: %s' % S2_CASE, transport='outlook')
    write('005-console-new-support-case-opened.eml', 'case_created', S2_CASE, True, 'en', hs,
          alt(plain, to_html(plain), pcte='7bit'), new)


def m006():
    d = T('2025-03-11 10:12:44')
    new = ('Hello Priya,\n\n'
           'Thank you for contact us and for your patience.\n\n'
           'I have looked into your request. The account AWS30561927 I could find, but for the second ID which you '
           'have given us (AWS 12873304) I need please some more informations before we can go further:\n\n'
           '1. Which e-mail address you have used for the login to the old account?\n'
           '2. Is the notification e-mail of this account the same like the login e-mail?\n'
           '3. Please tell us also the reason for the merge (for example change of the employer).\n\n'
           'Please be so kind and answer directly in the Support Center, this mail address is not able to receive answers.\n\n'
           'With kind regards from Dublin,\n'
           'Jonas B.\n'
           'Amazon Web Services')
    plain = new + console_footer(S2_CASE)
    hs = aws_headers('', S2_USER[1], d, CONSOLE, S2_SUBJ, transport='outlook')
    write('006-german-agent-asks-login-emails.eml', 'support_reply', S2_CASE, True, 'en', hs,
          alt(plain, to_html(plain)), new)


def m007():
    d = T('2025-03-13 09:55:31')
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            '<p>Hello,</p>\n'
            '<p>A new correspondence was added to your support case <b>%s</b> &quot;Merge two certification accounts&quot;.</p>\n'
            '<p>To read it and to answer, please sign in to the AWS Support Center:<br>\n'
            '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en</a></p>\n'
            '<p>Amazon Web Services</p>\n'
            '<p style="font-size:11px;color:#777">Please do not reply to this message. This e-mail address cannot accept incoming e-mail.</p>\n'
            '</body></html>\n' % (S2_CASE, S2_CASE, S2_CASE))
    hs = aws_headers('', S2_USER[1], d, CONSOLE, '[Case %s] New correspondence added' % S2_CASE, transport='outlook')
    write('007-console-new-correspondence-notice.eml', 'support_reply', S2_CASE, True, 'en', hs,
          textpart(html, 'html', 'us-ascii', '7bit'), strip_html(html))


def m008():
    d = T('2025-03-13 09:54:58')
    new = ('Hello Priya,\n\n'
           'Many thanks for the informations, this was helpful.\n\n'
           'I could find now both of the accounts. Before we are doing the merge, I must ask you to confirm once more '
           'the following details, because a merge can not be made undone afterwards:\n\n'
           'Account which will stay (primary): AWS30561927 - priya.raman@outlook.com\n'
           'Account which will be merged into it and afterwards deleted: AWS12873304 - priya.r@techvance-consulting.com\n\n'
           'All certifications, the exam history and the benefits of the second account will be moved to the primary account.\n\n'
           'Are these details correct? If yes, please answer with "I confirm" in the Support Center. After we have got '
           'your confirmation the merge will be done normally within 2-3 working days.\n\n'
           'With kind regards,\n'
           'Jonas B.\n'
           'Amazon Web Services')
    plain = new + console_footer(S2_CASE)
    hs = aws_headers('', S2_USER[1], d, CONSOLE, S2_SUBJ, transport='outlook')
    write('008-german-agent-confirm-primary-account.eml', 'merge_confirmation_requested', S2_CASE, True, 'en', hs,
          alt(plain, to_html(plain), pcte='base64', hcte='base64'), new)


def m009():
    d = T('2025-03-14 15:20:09')
    new = ('Hello Priya,\n\n'
           'thank you for your confirmation.\n\n'
           'Hereby I can inform you that we have merged already your two accounts. Your certification profile with the '
           'candidate ID AWS30561927 contains now all of your certifications, also the ones which were before on the old '
           'account. The old account is not anymore active, please do not use it.\n\n'
           'Please check after 24 hours if everything is showing correct in your AWS Certification account and in Credly. '
           'If something is missing, you can reopen this case.\n\n'
           'I wish you still a nice week.\n\n'
           'With kind regards,\n'
           'Jonas B.\n'
           'Amazon Web Services')
    plain = new + console_footer(S2_CASE)
    hs = aws_headers('', S2_USER[1], d, CONSOLE, S2_SUBJ, transport='outlook')
    write('009-german-agent-merged-already.eml', 'merge_completed', S2_CASE, True, 'en', hs,
          alt(plain, to_html(plain)), new)



# ---------------------------------------------------------------- S3 (Vietnamese agent, form desk, 11-digit, 2022)
S3_CASE = '10683927411'
S3_USER = ('Rahul Mehta', 'rahul.mehta.dev@gmail.com')
S3_SUBJ = 'RE:[CASE 10683927411] [AWS Training and Certification Form Submission] - account-assistance'
S3_FORM = ('Inquiry Type: Certification\nDetail: Account Merge\nAWS Candidate ID: AWS55102938\n'
           'Description: Hi team, I have 2 certification accounts, one with my old office email and one with my '
           'gmail (AWS71846620). Please merge them so that all my certs are in one place. Thanks, Rahul')
S3_ASK = ('Dear Rahul,\n\n'
          'Greeting from AWS Training and Certification team. Hope you are doing well.\n\n'
          'Thank you for your patient while waiting our response. We are understand that you would like to combine '
          'two certification accounts into one. We have checked in our system and found 2 accounts are belong to you:\n\n'
          'AWS55102938 (email: rahul.mehta@infodyne-solutions.in)\n'
          'AWS71846620 (email: rahul.mehta.dev@gmail.com)\n\n'
          'However, please help us to let us know which one account you want to keep as main account? The other account '
          'will be close after. Also please help to provide the email which you are using to login the account you want to keep.\n\n'
          'We look forward to hear from you soon.\n\n'
          'Thank you and best regards,\n'
          'Lan N.\n'
          'AWS Training & Certification Customer Service')
S3_CONFIRM = ('Dear Rahul,\n\n'
              'Thank you for your response and provide the information.\n\n'
              'As per your request, we will be proceed to merge the account as below. Please kindly help to review and '
              'confirm to us the information is correct:\n\n'
              '- Main account (keep): AWS71846620 - rahul.mehta.dev@gmail.com\n'
              '- Account will be merged and deactivate: AWS55102938 - rahul.mehta@infodyne-solutions.in\n\n'
              'Please be noted that after the merge is done, it cannot revert back. All your certification and exam '
              'history in AWS55102938 will move to AWS71846620.\n\n'
              'Kindly reply "Yes, I confirm" to this email so we can process your request.\n\n'
              'Thank you and best regards,\n'
              'Lan N.\n'
              'AWS Training & Certification Customer Service')


def m010():
    d = T('2022-09-13 02:47:19')
    hist = original_message('Rahul Mehta <%s>' % S3_USER[1], 'Sunday, September 11, 2022 6:02 PM',
                            'AWS Training and Certification', '[AWS Training and Certification Form Submission] - account-assistance',
                            S3_FORM)
    plain = S3_ASK + '\n\n' + hist + form_footer(S3_CASE)
    hs = aws_headers('', S3_USER[1], d, FORM, S3_SUBJ)
    write('010-vietnamese-agent-which-account-keep.eml', 'support_reply', S3_CASE, True, 'en', hs,
          alt(plain, to_html(S3_ASK + form_footer(S3_CASE), hist)), S3_ASK)


def m011():
    d = T('2022-09-15 03:05:51')
    user = ('Hi Lan,\n\nThanks. I want to keep AWS71846620, login email is rahul.mehta.dev@gmail.com.\n\nRegards\nRahul')
    hist = outlook_quote('Rahul Mehta <%s>' % S3_USER[1], 'Wednesday, September 14, 2022 9:18 PM',
                         'Amazon Web Services <%s>' % FORM[1], S3_SUBJ, user + '\n\n' +
                         gmail_quote('Tue, Sep 13, 2022 at 8:17 AM', 'Amazon Web Services <%s>' % FORM[1], S3_ASK))
    plain = S3_CONFIRM + '\n\n' + hist + form_footer(S3_CASE)
    hs = aws_headers('', S3_USER[1], d, FORM, S3_SUBJ)
    write('011-vietnamese-agent-kindly-confirm-merge.eml', 'merge_confirmation_requested', S3_CASE, True, 'en', hs,
          alt(plain, to_html(S3_CONFIRM + form_footer(S3_CASE), hist)), S3_CONFIRM)


def m012():
    d = T('2022-09-16 03:10:27')
    new = ('Dear Rahul,\n\n'
           'Thank you for your confirm. We have received it and will proceed the merge account AWS55102938 into '
           'AWS71846620 for you now. Our team will inform you again by this email when it finish, normally it take 1-3 '
           'business day. In the meantime, please not to create new case for this same request.\n\n'
           'Thank you for your kind understanding.\n\n'
           'Best regards,\n'
           'Nguyễn Thị Lan\n'
           'AWS Training & Certification Customer Service')
    user = 'Yes, I confirm.\n\nRahul'
    hist = gmail_quote('Fri, Sep 16, 2022 at 7:41 AM', 'Rahul Mehta <%s>' % S3_USER[1],
                       user + '\n\n' + gmail_quote('Thu, Sep 15, 2022 at 8:35 AM', 'Amazon Web Services <%s>' % FORM[1], S3_CONFIRM))
    plain = new + '\n\n' + hist + form_footer(S3_CASE)
    hs = aws_headers('', S3_USER[1], d, FORM, S3_SUBJ)
    write('012-vietnamese-agent-thanks-for-confirm-will-proceed.eml', 'support_reply', S3_CASE, True, 'en', hs,
          alt(plain, to_html(new + form_footer(S3_CASE), hist), pcte='base64', hcte='base64'), new)


def m013():
    d = T('2022-09-19 08:22:03')
    new = ('Dear Rahul,\n\n'
           'Good day to you.\n\n'
           'We are pleased to inform that your accounts was merged successfully. Now you can login by '
           'rahul.mehta.dev@gmail.com and see all of your certification under AWS71846620. The other account was '
           'deactivated and not available for login anymore.\n\n'
           'If you have any further question, please do not hesitate to contact us again.\n\n'
           'Have a nice day!\n\n'
           'Best regards,\n'
           'Lan N.\n'
           'AWS Training & Certification Customer Service')
    plain = new + form_footer(S3_CASE)
    hs = aws_headers('', S3_USER[1], d, FORM, S3_SUBJ)
    write('013-vietnamese-agent-accounts-was-merged.eml', 'merge_completed', S3_CASE, True, 'en', hs,
          alt(plain, to_html(plain)), new)


# ---------------------------------------------------------------- S4 (Indonesian agent, form desk, 10-digit, 2020, Yahoo)
S4_CASE = '7120458836'
S4_USER = ('Dewi Anggraini', 'dewi.anggraini@yahoo.com')
S4_SUBJ = 'RE: [CASE 7120458836] AWS Training and Certification - Account Merge Request'
S4_CONFIRM = ('Dear Dewi,\n\n'
              'Thank you for contacting AWS Training and Certification.\n\n'
              'Regarding to your request, kindly be informed that we have found 2 (two) accounts under your name:\n'
              '1. AWS 00872315 - registered with dewi.anggraini@ptsinarmaju.co.id\n'
              '2. AWS 02219874 - registered with dewi.anggraini@yahoo.com\n\n'
              'We will merge the account no. 1 into the account no. 2, so the account AWS 02219874 will be the one who '
              'remain. Please kindly note that this process is permanent and can not be cancelled after it is done.\n\n'
              'Kindly please confirm back to us by replying this email if you are agree with above, so we can continue '
              'to process your request.\n\n'
              'Thank you for your kind attention and cooperation.\n\n'
              'Warm regards,\n'
              'Putri A.\n'
              'AWS Training and Certification Support')


def m014():
    d = T('2020-07-06 03:25:13')
    new = ('Greetings from AWS Training and Certification!\n\n'
           'Your request is logged in our system with the reference [CASE 7120458836]. One of our specialists will '
           'look at it and contact you back within 1 business day.\n\n'
           'Please keep the reference in the subject if you write us again about the same topic, so your message is '
           'attached to the same request.\n\n'
           'Regards,\n'
           'AWS Training and Certification')
    hs = aws_headers('', S4_USER[1], d, FORM, '[CASE 7120458836] AWS Training and Certification - We received your request',
                     transport='yahoo')
    write('014-2020-ack-request-is-logged.eml', 'case_created', S4_CASE, True, 'en', hs,
          textpart(new + form_footer(S4_CASE), 'plain', 'us-ascii', '7bit'), new)


def m015():
    d = T('2020-07-07 02:11:45')
    plain = S4_CONFIRM + form_footer(S4_CASE)
    hs = aws_headers('', S4_USER[1], d, FORM, S4_SUBJ, transport='yahoo')
    write('015-indonesian-agent-kindly-confirm-back.eml', 'merge_confirmation_requested', S4_CASE, True, 'en', hs,
          alt(plain, to_html(plain, style='font-family:Calibri,sans-serif;font-size:11pt')), S4_CONFIRM)


def m016():
    d = T('2020-07-09 06:40:30')
    new = ('Dear Dewi,\n\n'
           'Thank you for your confirmation.\n\n'
           'We would like to inform you that your request for merging the accounts has been done. All of your '
           'certification is now under the account AWS 02219874 and you can access it using dewi.anggraini@yahoo.com. '
           'Since your request has been completed, we will resolve this case now.\n\n'
           'If you are satisfied with our service, please kindly take a moment to give rating for this correspondence '
           'via the link below. Your feedback are very valuable for us.\n'
           'https://support.aws.amazon.com/#/feedback?caseId=7120458836\n\n'
           'Terima kasih / Thank you,\n'
           'Putri A.\n'
           'AWS Training and Certification Support')
    user = 'Dear Putri,\n\nYes I agree with above, please continue.\n\nBest regards,\nDewi'
    hist = ('On Tuesday, July 7, 2020, 09:40:02 PM GMT+7, Dewi Anggraini <dewi.anggraini@yahoo.com> wrote:\n\n' +
            user + '\n\n' + 'On Tuesday, July 7, 2020, 09:11:45 AM GMT+7, Amazon Web Services <%s> wrote:\n\n' % FORM[1] +
            S4_CONFIRM)
    plain = new + '\n\n\n' + hist
    hs = aws_headers('', S4_USER[1], d, FORM, S4_SUBJ, transport='yahoo')
    write('016-indonesian-agent-merge-done-case-resolved.eml', 'merge_completed', S4_CASE, True, 'en', hs,
          alt(plain, to_html(new, hist)), new)


def m017():
    d = T('2020-07-10 11:02:37')
    name = 'AWS Training and Certification via Acclaim'
    html = ('<!DOCTYPE html>\n<html><head><meta charset="UTF-8"><title>Acclaim</title></head>\n'
            '<body style="background-color:#f7f7f7;margin:0;padding:0">\n'
            '<table align="center" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">\n'
            '<tr><td style="padding:24px 32px"><img src="https://images.youracclaim.com/images/acclaim_logo.png" alt="Acclaim" width="120"></td></tr>\n'
            '<tr><td style="padding:0 32px">\n'
            '<p style="font-size:18px">Dewi Anggraini,</p>\n'
            '<p style="font-size:16px">AWS Training and Certification has issued you a new badge:</p>\n'
            '<p style="font-size:20px;font-weight:bold">AWS Certified Solutions Architect &#8211; Associate</p>\n'
            '<p><img src="https://images.youracclaim.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="badge"></p>\n'
            '<p>Your badge is ready to be accepted. This badge was previously issued to another e-mail address and was '
            're-issued to you after an update of your AWS Certification account.</p>\n'
            '<p><a href="https://www.youracclaim.com/earner/earned/badge/7f1c2a9e-3b7d-4e55-9a0c-52d1e8f4b6a3?accept=true" '
            'style="background:#0b6cc9;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>\n'
            '<p>Once accepted, you can share your badge on LinkedIn, Twitter and Facebook, or embed it in your e-mail signature.</p>\n'
            '</td></tr>\n'
            '<tr><td style="padding:24px 32px;font-size:11px;color:#888">You are receiving this e-mail because AWS Training and '
            'Certification issued you a badge through Acclaim. <a href="https://www.youracclaim.com/earner/settings/notifications">Notification settings</a><br>\n'
            'Credly, Inc. | 99 Wall Street, Suite 2010 | New York, NY 10005</td></tr>\n'
            '</table>\n</body></html>\n')
    mf = 'bounces+2734981-7c1e-dewi.anggraini=yahoo.com@em4012.youracclaim.com'
    hs = ext_headers(S4_USER[1], d, '"%s" <admin@youracclaim.com>' % name,
                     'AWS Training and Certification has issued you a badge', 'yahoo',
                     'o1.em4012.youracclaim.com', '167.89.%d.%d' % (RND.randint(1, 120), RND.randint(1, 250)), mf,
                     [('youracclaim.com', 'pass', 's1')], 'pass', 'youracclaim.com',
                     '<%s@ismtpd0006p1mdw1.sendgrid.net>' % b64s(22).replace('/', '_').replace('+', '-'),
                     extra=['X-SG-EID: %s' % b64s(64)], policy='NONE')
    write('017-acclaim-badge-reissued-ready-to-accept.eml', 'credly_badge_issued', None, True, 'en', hs,
          textpart(html, 'html', 'utf-8', 'quoted-printable'), strip_html(html))



# ---------------------------------------------------------------- S5 (Japanese, biglobe)
S5_OPEN = T('2025-05-27 23:02:10')
S5_CASE = case15(S5_OPEN, 2207)
S5_USER = ('佐藤 美咲', 'sato.misaki@biglobe.ne.jp')
S5_TR = ('jp', 'mx.biglobe.ne.jp', 'mta-snd.biglobe.ne.jp', 'full')
S5_FROM = ('アマゾン ウェブ サービス', FORM[1])
S5_CONFIRM = ('佐藤 美咲 様\n\n'
              'いつも AWS をご利用いただき、誠にありがとうございます。\n'
              'AWS トレーニングと認定 カスタマーサポートの山本でございます。\n\n'
              'この度はお問い合わせをいただき、ありがとうございます。\n\n'
              'ご依頼いただきました認定アカウントの統合につきまして、弊社にて確認いたしましたところ、\n'
              '下記の 2 つのアカウントが確認できました。\n\n'
              '① AWS61200457（ログイン用メールアドレス：sato.misaki@biglobe.ne.jp）\n'
              '　　※統合後も存続するアカウント\n'
              '② AWS83304129（ログイン用メールアドレス：m-sato@kaisha-example.co.jp）\n'
              '　　※①へ統合され、統合後はご利用いただけなくなります\n\n'
              '②のアカウントに登録されている認定資格、受験履歴および特典（受験料 50% 割引バウチャー等）は、\n'
              'すべて①のアカウントへ移行されます。\n'
              'なお、統合は一度実施いたしますと元に戻すことができませんので、あらかじめご了承くださいませ。\n\n'
              '上記の内容にお間違いがないかご確認のうえ、本メールにご返信いただけますでしょうか。\n'
              'ご確認が取れ次第、統合作業を進めさせていただきます。\n\n'
              'お手数をおかけいたしますが、何卒よろしくお願い申し上げます。\n\n'
              '山本\n'
              'AWS トレーニングと認定 カスタマーサポート')


def jsubj(prefix, jp, charset='iso-2022-jp'):
    return prefix + encw(jp, charset)


def m018():
    d = S5_OPEN + dt.timedelta(seconds=52)
    new = ('佐藤 美咲 様\n\n'
           'AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n'
           '以下の内容でお問い合わせを受け付けました。\n\n'
           'ケース ID：%s\n'
           'お問い合わせの種類：認定 (Certification)\n'
           '詳細：アカウントの統合 (Account Merge)\n\n'
           '担当者より、原則として 24 時間以内（土日祝日を除く）にご連絡いたします。\n'
           '本メールへご返信いただくことで、情報を追加することができます。\n'
           'その際は件名のケース ID を変更しないでください。\n'
           '同じ内容で新しいお問い合わせを作成されますと、ご回答が遅れる場合がございます。\n\n'
           '今後ともよろしくお願い申し上げます。\n\n'
           'AWS トレーニングと認定 カスタマーサポート\n'
           '※本メールは送信専用のシステムから自動で送信されています。' % S5_CASE)
    hs = aws_headers('', S5_USER[1], d, (S5_FROM[0], S5_FROM[1]),
                     jsubj('[CASE %s] ' % S5_CASE, 'お問い合わせを受け付けました（AWS トレーニングと認定）'),
                     transport=S5_TR, region='us-west-2')
    hs = [h.replace(addr(*S5_FROM), '%s <%s>' % (encw(S5_FROM[0], 'iso-2022-jp', 'From'), S5_FROM[1])) for h in hs]
    write('018-japanese-auto-ack-uketsuke.eml', 'case_created', S5_CASE, True, 'ja', hs,
          textpart(new, 'plain', 'iso-2022-jp', '7bit', label='ISO-2022-JP', codec='iso2022_jp'), new)


def m019():
    d = T('2025-05-29 00:40:06')
    html = to_html(S5_CONFIRM, style="font-family:'MS PGothic',Meiryo,sans-serif;font-size:13px").replace('charset=utf-8', 'charset=Shift_JIS')
    body = multipart('alternative', [
        textpart(S5_CONFIRM, 'plain', 'shift_jis', 'base64', label='Shift_JIS', codec='cp932'),
        textpart(html, 'html', 'shift_jis', 'base64', label='Shift_JIS', codec='cp932')])
    hs = aws_headers('', S5_USER[1], d, FORM,
                     'RE:[CASE %s] =?Shift_JIS?B?%s?=' % (S5_CASE, base64.b64encode('アカウント統合のご確認のお願い'.encode('cp932')).decode()),
                     transport=S5_TR, region='us-west-2')
    write('019-japanese-agent-togo-kakunin-sjis.eml', 'merge_confirmation_requested', S5_CASE, True, 'ja', hs,
          body, S5_CONFIRM)


def m020():
    d = T('2025-05-30 02:30:44')
    new = ('佐藤 美咲 様\n\n'
           'AWS トレーニングと認定 カスタマーサポートの山本でございます。\n'
           'ご確認いただき、誠にありがとうございました。\n\n'
           'ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、ご報告申し上げます。\n'
           '今後は AWS61200457 のアカウントにて、すべての認定資格をご確認いただけます。\n\n'
           'Credly のデジタルバッジにつきましては、反映まで最大 48 時間ほどかかる場合がございます。\n'
           '48 時間を過ぎても表示されない場合は、お手数ですが本メールにご返信くださいませ。\n\n'
           'その他ご不明な点がございましたら、お気軽にお問い合わせください。\n'
           '今後とも AWS をよろしくお願い申し上げます。\n\n'
           '山本\n'
           'AWS トレーニングと認定 カスタマーサポート')
    conf = S5_CONFIRM.replace('①', '(1)').replace('②', '(2)')
    user = '山本様\n\nご連絡ありがとうございます。\n内容に相違ございません。統合を進めてください。\nよろしくお願いいたします。\n\n佐藤'
    hist = jp_quote('2025年5月29日(木) 10:15', '佐藤 美咲 <%s>' % S5_USER[1],
                    user + '\n\n' + jp_quote('2025年5月29日(木) 9:40', 'Amazon Web Services <%s>' % FORM[1], conf))
    plain = new + '\n\n' + hist
    hs = aws_headers('', S5_USER[1], d, FORM, 'RE:[CASE %s] ' % S5_CASE +
                     encw('アカウント統合のご確認のお願い', 'iso-2022-jp'), transport=S5_TR, region='us-west-2')
    write('020-japanese-agent-togo-kanryo.eml', 'merge_completed', S5_CASE, True, 'ja', hs,
          textpart(plain, 'plain', 'iso-2022-jp', '7bit', label='ISO-2022-JP', codec='iso2022_jp'), new)


def m021():
    d = T('2025-05-30 02:31:20')
    new = ('佐藤 美咲 様\n\n'
           'ケース %s は解決済みとしてクローズされました。\n\n'
           'この度は AWS サポートをご利用いただき、ありがとうございました。\n'
           'サービス向上のため、簡単なアンケートにご協力をお願いいたします（所要時間 1 分程度）。\n\n'
           '問題は解決しましたか？\n'
           '　はい: https://survey.aws.amazon.com/s/tc-csat?c=%s&a=yes&l=ja\n'
           '　いいえ: https://survey.aws.amazon.com/s/tc-csat?c=%s&a=no&l=ja\n\n'
           '担当者の対応を 5 段階で評価していただけますと幸いです。\n'
           '14 日以内に本ケースへ返信された場合、ケースは再オープンされます。\n\n'
           'アマゾン ウェブ サービス' % (S5_CASE, S5_CASE, S5_CASE))
    html = to_html(new)
    hs = aws_headers('', S5_USER[1], d, ('AWS Support', 'no-reply-aws@amazon.com'),
                     encw('[ケース %s] アンケートご協力のお願い' % S5_CASE, 'utf-8'), transport=S5_TR, region='us-west-2')
    write('021-japanese-survey-case-closed.eml', 'survey', S5_CASE, True, 'ja', hs,
          alt(new, html, pcte='base64', hcte='base64'), new)


# ---------------------------------------------------------------- S6 (Turkish agent, form desk, 2024)
S6_OPEN = T('2024-11-18 06:33:52')
S6_CASE = case15(S6_OPEN, 7730)
S6_USER = ('Lucas Ferreira', 'lucas.ferreira.br@gmail.com')
S6_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % S6_CASE
S6_FIRST = ('Hello Lucas,\n\nThank you for contacting AWS Training and Certification.\n\n'
            'We see two accounts for your name, AWS20318846 and AWS47790152. For the second one please write us '
            'the e-mail address you are using for login, because it is not same like in the form.\n\n'
            'Kind regards,\nEmre Y.\nAWS Training and Certification')


def m022():
    d = T('2024-11-22 08:14:39')
    new = ('Hello Lucas,\n\n'
           'I hope this e-mail finds you well.\n\n'
           'We are writing you again regarding to your case about the certification accounts. On 19 November we have '
           'sent you a message and asked which e-mail address you are using for login to your second account, but until '
           'now we did not receive your answer yet.\n\n'
           'For we can continue your request, please reply to this e-mail with the login e-mail of the account '
           'aws47790152. If we do not hear back from you in 5 working days, the case will be closed automatically, but '
           'you can always reopen it by replying.\n\n'
           'Wishing you easy work and have a nice day.\n\n'
           'Kind regards,\n'
           'Emre Y.\n'
           'AWS Training and Certification')
    hist = original_message('Amazon Web Services <%s>' % FORM[1], 'Tuesday, November 19, 2024 10:02 AM',
                            S6_USER[1], S6_SUBJ, S6_FIRST)
    plain = new + '\n\n' + hist + form_footer(S6_CASE)
    hs = aws_headers('', S6_USER[1], d, FORM, S6_SUBJ)
    write('022-turkish-agent-chaser-no-answer-yet.eml', 'support_reply', S6_CASE, True, 'en', hs,
          alt(plain, to_html(new + form_footer(S6_CASE), hist)), new)


S6_CONFIRM = ('Hello Lucas,\n\n'
              'Thank you very much for your reply and the information what you sent.\n\n'
              'Now all is clear for us. Please find the summary of the request below and confirm us that it is correct:\n\n'
              'Account to remain: AWS20318846 (lucas.ferreira.br@gmail.com)\n'
              'Account to be merged in and closed: AWS47790152 (lferreira@sulnet-telecom.com.br)\n\n'
              'Attention please: after merge it is not possible to make it separate again. Once the merge is complete we '
              'will send you an e-mail and your Credly badges will be also moved to the remaining account.\n\n'
              'We are waiting your confirmation for start the process.\n\n'
              'Kind regards,\n'
              'Emre Y.\n'
              'AWS Training and Certification')


def m023():
    d = T('2024-11-25 07:48:10')
    user = ('Hi Emre, sorry for the late answer, I was traveling. The login for the second account is '
            'lferreira@sulnet-telecom.com.br (AWS47790152). I want to keep the gmail one.\n\nLucas')
    hist = gmail_quote('Sat, Nov 23, 2024 at 9:12\u202fPM', 'Lucas Ferreira <%s>' % S6_USER[1], user)
    plain = S6_CONFIRM + '\n\n' + hist + form_footer(S6_CASE)
    hs = aws_headers('', S6_USER[1], d, FORM, S6_SUBJ)
    write('023-turkish-agent-confirm-once-merge-complete.eml', 'merge_confirmation_requested', S6_CASE, True, 'en', hs,
          alt(plain, to_html(S6_CONFIRM + form_footer(S6_CASE), hist), pcte='quoted-printable', hcte='base64'), S6_CONFIRM)


def m024():
    d = T('2024-11-27 12:30:55')
    new = ('Hello Lucas,\n\n'
           'Good news for you! Your two accounts are now one, the process is finished from our side. From now you will '
           'see every certification under AWS20318846 and you can login with lucas.ferreira.br@gmail.com. The other '
           'profile is closed.\n\n'
           'The Credly badges can need 1-2 days for appear on the remaining account, please be patient for this.\n\n'
           'Thank you for choosing AWS and wish you easy work.\n\n'
           'Kind regards,\n'
           'Emre Y.\n'
           'AWS Training and Certification')
    user = 'Hello Emre,\n\nYes it is correct, please go ahead.\n\nThank you\nLucas'
    hist = gmail_quote('Mon, Nov 25, 2024 at 6:03\u202fPM', 'Lucas Ferreira <%s>' % S6_USER[1],
                       user + '\n\n' + gmail_quote('Mon, Nov 25, 2024 at 4:48\u202fAM', 'Amazon Web Services <%s>' % FORM[1], S6_CONFIRM))
    plain = new + '\n\n' + hist + form_footer(S6_CASE)
    hs = aws_headers('', S6_USER[1], d, FORM, S6_SUBJ)
    write('024-turkish-agent-two-accounts-are-now-one.eml', 'merge_completed', S6_CASE, True, 'en', hs,
          alt(plain, to_html(new + form_footer(S6_CASE), hist)), new)


# ---------------------------------------------------------------- S7 (Polish agent, console, 11-digit, 2023, Hotmail)
S7_CASE = '12447019385'
S7_USER = ('Ahmed Hassan', 'ahmed.hassan@hotmail.com')
S7_SUBJ = 'RE:[CASE 12447019385] Request to merge certification accounts'


def m025():
    d = T('2023-04-19 11:37:02')
    new = ('Dear Ahmed,\n\n'
           'I am writing to you with an update on your case. I kindly inform that your request for merging of the '
           'accounts AWS33012876 and AWS90415528 has been passed to our technical team and it is currently being '
           'processed by them. Unfortunately at this moment I am not able to give you the exact date of finishing, but '
           'usually it does not take longer than 3 working days.\n\n'
           'I kindly ask you for patience and not to log in on the account AWS33012876 until you will receive next '
           'information from us.\n\n'
           'I will come back to you as soon as I will receive any news.\n\n'
           'With respect,\n'
           'Katarzyna W.\n'
           'Amazon Web Services')
    plain = new + console_footer(S7_CASE)
    hs = aws_headers('', S7_USER[1], d, CONSOLE, S7_SUBJ, transport='outlook')
    write('025-polish-agent-passed-to-technical-team.eml', 'support_reply', S7_CASE, True, 'en', hs,
          alt(plain, to_html(plain)), new)


def m026():
    d = T('2023-04-21 09:03:48')
    new = ('Dear Ahmed,\n\n'
           'I am glad to inform you that the technical team has finished the work on your request and the accounts are '
           'from now on merged into one. All your certificates are available under the ID AWS90415528, the second '
           'account was closed.\n\n'
           'I kindly ask you to verify if the certifications and the exam voucher are visible for you. In case anything '
           'is missing, please write to me in this case.\n\n'
           'With respect,\n'
           'Katarzyna W.\n'
           'Amazon Web Services')
    plain = new + console_footer(S7_CASE)
    hs = aws_headers('', S7_USER[1], d, CONSOLE, S7_SUBJ, transport='outlook')
    write('026-polish-agent-accounts-from-now-on-merged.eml', 'merge_completed', S7_CASE, True, 'en', hs,
          alt(plain, to_html(plain), pcte='base64', hcte='quoted-printable'), new)


def m027():
    d = T('2023-04-24 13:20:11')
    new = ('Dear Ahmed,\n\n'
           'As your request was finished on Friday and I did not receive any further question from you, I am closing '
           'this case now.\n\n'
           'I will be very grateful if you could find a moment to rate my work by choosing the stars in the Support '
           'Center, or by answering the short question below:\n\n'
           'Was your issue resolved?  YES  /  NO\n'
           'https://console.aws.amazon.com/support/feedback?displayId=12447019385\n\n'
           'With respect,\n'
           'Katarzyna W.\n'
           'Amazon Web Services')
    plain = new + console_footer(S7_CASE)
    hs = aws_headers('', S7_USER[1], d, CONSOLE, 'Amazon Web Services: Your Support case 12447019385 has been resolved',
                     transport='outlook')
    write('027-polish-agent-closing-case-rate-my-work.eml', 'survey', S7_CASE, True, 'en', hs,
          alt(plain, to_html(plain)), new)



# ---------------------------------------------------------------- S8 (Thai agent, form desk, 2025)
S8_OPEN = T('2025-08-04 02:19:44')
S8_CASE = case15(S8_OPEN, 1180)
S8_USER = ('Budi Santoso', 'budi.santoso.id@gmail.com')
S8_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % S8_CASE
S8_CONFIRM = ('Dear Khun Budi,\n\n'
              'Thank you for contact AWS Training and Certification. I am Siriporn and I will be the one who take care '
              'your case.\n\n'
              'I have checked already and found that you are have 2 accounts as below:\n'
              '  \u2022 AWS-14482093 : budi.santoso.id@gmail.com\n'
              '  \u2022 AWS-68830417 : budi.s@majubersama-tech.co.id\n\n'
              'Your account AWS-68830417 will be merged to AWS-14482093, and AWS-14482093 is the account that will keep '
              'using after this. After merged, the account cannot be rollback to separate again.\n\n'
              'Could you please kindly confirm to me that above is correct? When I received your confirmation, I have '
              'merged your accounts within 1-2 business days.\n\n'
              'Thank you very much for your kind cooperation.\n\n'
              'Best regards,\n'
              'Siriporn K.\n'
              'AWS Training and Certification')


def m028():
    d = T('2025-08-05 04:02:17')
    plain = S8_CONFIRM + form_footer(S8_CASE)
    hs = aws_headers('', S8_USER[1], d, FORM, S8_SUBJ)
    write('028-thai-agent-when-i-received-confirmation-i-have-merged.eml', 'merge_confirmation_requested', S8_CASE,
          True, 'en', hs, alt(plain, to_html(plain)), S8_CONFIRM)


def m029():
    d = T('2025-08-06 03:44:50')
    new = ('Dear Khun Budi,\n\n'
           'Thank you for your confirmation, well noted.\n\n'
           'Before I am sending to the team for process, I have one more question which is not about the merge: in '
           'account AWS-68830417 there is one exam voucher 50% which is not used yet and it will be expired on 30 '
           'September 2025. Do you want that we transfer this voucher together, or you will use it before? Please let '
           'me know, because the voucher cannot be extend.\n\n'
           'Sorry for make you inconvenience and thank you for your understanding.\n\n'
           'Best regards,\n'
           'Siriporn K.\n'
           'AWS Training and Certification')
    user = 'Hi Siriporn,\n\nYes, this is correct. Please merge.\n\nRegards,\nBudi'
    hist = gmail_quote('Tue, Aug 5, 2025 at 2:15\u202fPM', 'Budi Santoso <%s>' % S8_USER[1],
                       user + '\n\n' + gmail_quote('Tue, Aug 5, 2025 at 11:02\u202fAM', 'Amazon Web Services <%s>' % FORM[1], S8_CONFIRM))
    plain = new + '\n\n' + hist + form_footer(S8_CASE)
    hs = aws_headers('', S8_USER[1], d, FORM, S8_SUBJ)
    write('029-thai-agent-question-about-voucher-not-merge.eml', 'support_reply', S8_CASE, True, 'en', hs,
          alt(plain, to_html(new + form_footer(S8_CASE), hist)), new)


def m030():
    d = T('2025-08-11 06:25:05')
    new = ('Dear Khun Budi,\n\n'
           'As I was informed you in my previous e-mail on 8 August, your request was finished and there is no more '
           'action need from your side. So this case is now resolved and closed.\n\n'
           'We are very happy if you can spend 1 minute to tell us about your experience with me. Please kindly answer '
           'the question: Was your issue resolved?\n\n'
           '   [ Yes ]  https://survey.aws.amazon.com/s/tc-csat?c=%s&a=yes\n'
           '   [ No ]   https://survey.aws.amazon.com/s/tc-csat?c=%s&a=no\n\n'
           'Your feedback is help us to improve our service.\n\n'
           'Best regards,\n'
           'Siriporn K.\n'
           'AWS Training and Certification' % (S8_CASE, S8_CASE))
    hs = aws_headers('', S8_USER[1], d, FORM, 'Case %s resolved - please rate your experience' % S8_CASE)
    write('030-thai-agent-case-resolved-please-rate.eml', 'survey', S8_CASE, True, 'en', hs,
          alt(new, to_html(new), pcte='base64'), new)


# ---------------------------------------------------------------- S9 (Japanese agent writing English, console, 2024)
S9_OPEN = T('2024-06-12 13:05:21')
S9_CASE = case15(S9_OPEN, 3391)
S9_USER = ('Olivia Chen', 'olivia.chen.tokyo@gmail.com')
S9_SUBJ = 'RE:[CASE %s] Please combine my 3 certification accounts' % S9_CASE


def m031():
    d = S9_OPEN + dt.timedelta(seconds=9)
    new = ('Dear Customer,\n\n'
           'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
           'The details of your case are as follows:\n\n'
           'Case ID: %s\n'
           'Subject: Please combine my 3 certification accounts\n'
           'Severity: General guidance\n'
           'Correspondence: Hello, over the years I created three certification profiles with different e-mails '
           '(personal, my previous job and a study address). I would like to have only one. Thank you!\n\n'
           'We will respond as soon as possible.' % (S9_CASE, S9_CASE))
    plain = new + console_footer(S9_CASE)
    hs = aws_headers('', S9_USER[1], d, CONSOLE,
                     'Amazon Web Services: You have opened a new Support case: %s' % S9_CASE, region='us-west-2')
    write('031-console-case-opened-three-profiles.eml', 'case_created', S9_CASE, True, 'en', hs,
          alt(plain, to_html(plain)), new)


def m032():
    d = T('2024-06-13 05:21:36')
    new = ('Hello Olivia-san,\n\n'
           'Thank you for your continuous support of AWS. This is Takahashi from AWS Training and Certification support.\n\n'
           'We are sorry for troubling you, but we could not confirm the account of ID aws81029946 with the information '
           'you sent. The notification e-mail address which is registered to this account seems to be different with '
           'the e-mail address in your inquiry.\n\n'
           'Therefore, we would like to ask you to tell us the following:\n'
           '- The login e-mail address of AWS81029946\n'
           '- The notification e-mail address of AWS81029946 (if you remember)\n\n'
           'We apologize for the inconvenience, and we appreciate your cooperation.\n\n'
           'Best regards,\n'
           'Hiroshi T.\n'
           'Amazon Web Services')
    plain = new + console_footer(S9_CASE)
    hs = aws_headers('', S9_USER[1], d, CONSOLE, S9_SUBJ, region='us-west-2')
    write('032-japanese-agent-english-sorry-for-troubling.eml', 'support_reply', S9_CASE, True, 'en', hs,
          alt(plain, to_html(plain)), new)


def m033():
    d = T('2024-06-17 02:10:59')
    new = ('Hello Olivia-san,\n\n'
           'Thank you very much for your kind reply. We could confirm all of three accounts now.\n\n'
           'We will integrate the accounts as follows. Could you please check the contents and reply to us whether it is '
           'no problem?\n\n'
           '[Account to be kept]\n'
           'AWS27760041 / olivia.chen.tokyo@gmail.com\n\n'
           '[Accounts to be integrated to above and deleted]\n'
           'AWS27760318 / olivia.chen@nexora-systems.jp\n'
           'AWS81029946 / ochen.study@outlook.jp\n\n'
           'Please be careful that the integration can not be cancelled after it is executed. Once we receive your OK '
           'in the Support Center, we will proceed.\n\n'
           'Best regards,\n'
           'Hiroshi T.\n'
           'Amazon Web Services')
    plain = new + console_footer(S9_CASE)
    hs = aws_headers('', S9_USER[1], d, CONSOLE, S9_SUBJ, region='us-west-2')
    write('033-japanese-agent-english-integrate-three-accounts.eml', 'merge_confirmation_requested', S9_CASE, True,
          'en', hs, alt(plain, to_html(plain), pcte='base64', hcte='base64'), new)


def m034():
    d = T('2024-06-19 08:47:13')
    new = ('Hello Olivia-san,\n\n'
           'Thank you for waiting. The integration of your three accounts was completed today.\n\n'
           'Please login with olivia.chen.tokyo@gmail.com and confirm that all of your certifications are displayed in '
           'the account AWS27760041. The other two accounts were deleted as we informed.\n\n'
           'We are very sorry to have kept you waiting for long time. If you have any other question, please feel free '
           'to contact us.\n\n'
           'Best regards,\n'
           'Hiroshi T.\n'
           'Amazon Web Services')
    plain = new + console_footer(S9_CASE)
    hs = aws_headers('', S9_USER[1], d, CONSOLE, S9_SUBJ, region='us-west-2')
    write('034-japanese-agent-english-integration-completed.eml', 'merge_completed', S9_CASE, True, 'en', hs,
          alt(plain, to_html(plain)), new)


# ---------------------------------------------------------------- S10 (duplicate case, Indonesian agent)
S10_FIRST = case15(T('2025-02-03 10:27:09'), 5561)
S10_OPEN = T('2025-02-11 16:48:30')
S10_CASE = case15(S10_OPEN, 92)
S10_USER = ('Mehmet Kaya', 'mehmet.kaya.dev@gmail.com')


def m035():
    d = S10_OPEN + dt.timedelta(seconds=14)
    new = ('Dear Customer,\n\n'
           'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
           'The details of your case are as follows:\n\n'
           'Case ID: %s\n'
           'Subject: Certification account merge - no answer since one week\n'
           'Severity: General guidance\n'
           'Correspondence: Hello, I sent the form one week ago (case %s) but nobody answered me. Please merge '
           'aws39104472 to aws50917735, the second one is my main account. Thanks, Mehmet\n\n'
           'We will respond as soon as possible.' % (S10_CASE, S10_CASE, S10_FIRST))
    plain = new + console_footer(S10_CASE)
    hs = aws_headers('', S10_USER[1], d, CONSOLE,
                     'Amazon Web Services: You have opened a new Support case: %s' % S10_CASE)
    write('035-console-second-case-opened-duplicate.eml', 'case_created', S10_CASE, True, 'en', hs,
          alt(plain, to_html(plain), pcte='quoted-printable', hcte='base64'), new)


def m036():
    d = T('2025-02-12 07:05:42')
    new = ('Hello Mehmet,\n\n'
           'Thank you for reaching out to us and we are sorry for the delay on your previous case.\n\n'
           'Kindly be informed that we found your earlier request under case %s which is still open and currently '
           'under review by our team. To avoid duplication, we will continue handle your request for the accounts '
           'AWS39104472 and AWS50917735 in that case, and this case will be closed. Please kindly do not create another '
           'new case for the same request, as it can make the process become longer.\n\n'
           'You will receive the update from case %s soon.\n\n'
           'Thank you for your understanding.\n\n'
           'Best regards,\n'
           'Ayu L.\n'
           'Amazon Web Services' % (S10_FIRST, S10_FIRST))
    plain = new + console_footer(S10_CASE)
    hs = aws_headers('', S10_USER[1], d, CONSOLE,
                     'RE:[CASE %s] Certification account merge - no answer since one week' % S10_CASE)
    write('036-indonesian-agent-duplicate-case-continue-in-first.eml', 'support_reply', S10_CASE, True, 'en', hs,
          alt(plain, to_html(plain)), new)



# ---------------------------------------------------------------- Credly
def sg_msgid():
    return '<%s@geopod-ismtpd-%d>' % (b64s(22).replace('/', '_').replace('+', '-'), RND.randint(1, 40))


def credly_headers(rcpt, d, frm_name, subject, transport='gmail', frm_addr='admin@credly.com', dom='credly.com',
                   dmarc='pass', dkim_res='pass'):
    mf = 'bounces+%d-%s-%s@em%d.%s' % (RND.randint(1000000, 9999999), hexs(4), rcpt.replace('@', '='), RND.randint(1000, 9999), dom)
    ip = '149.72.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250))
    host = 'o%d.ptr%d.%s' % (RND.randint(1, 9), RND.randint(1000, 9999), dom)
    return ext_headers(rcpt, d, '"%s" <%s>' % (frm_name, frm_addr), subject, transport, host, ip, mf,
                       [(dom, dkim_res, 's1')], dmarc, dom, sg_msgid(), policy='QUARANTINE',
                       extra=['X-SG-EID: %s' % b64s(80), 'X-Entity-ID: %s' % b64s(24)])


def credly_html(greeting, lines, button, button_url, footer_reason):
    inner = ''.join('<p style="margin:0 0 14px 0">%s</p>\n' % l for l in lines)
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>Credly</title></head>\n'
            '<body style="margin:0;padding:0;background:#f3f3f3">\n'
            '<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">\n'
            '<table role="presentation" width="580" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#2d2d2d">\n'
            '<tr><td style="padding:28px 36px 8px"><img src="https://images.credly.com/images/credly-logo-orange.png" width="96" alt="Credly"></td></tr>\n'
            '<tr><td style="padding:8px 36px">\n<p style="font-size:20px;margin:0 0 18px 0">' + greeting + '</p>\n' + inner +
            '<p style="margin:22px 0"><a href="' + button_url + '" style="background:#ff6b00;color:#fff;padding:13px 30px;'
            'border-radius:3px;text-decoration:none;font-weight:bold">' + button + '</a></p>\n</td></tr>\n'
            '<tr><td style="padding:18px 36px;font-size:11px;color:#8a8a8a">' + footer_reason +
            '<br>Credly, Inc. &middot; 13 W 29th St, 2nd Floor &middot; New York, NY 10001<br>'
            '<a href="https://www.credly.com/earner/settings/notifications" style="color:#8a8a8a">Manage e-mail preferences</a> &middot; '
            '<a href="https://www.credly.com/privacy" style="color:#8a8a8a">Privacy</a></td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n')


def m037():
    d = T('2025-05-30 10:12:48')
    lines = ['AWS Training &amp; Certification has issued you the following badge:',
             '<b>AWS Certified Developer &ndash; Associate</b>',
             'This badge was moved to this Credly account because your AWS Certification accounts were merged. '
             'Accept it to add it to your profile and share it with your network.']
    html = credly_html('Marc Lef&egrave;vre,', lines, 'Accept your badge',
                       'https://www.credly.com/earner/earned/badge/5c9e0b7a-41f2-4d6e-b8a3-97de1c2f0a64?accept=true',
                       'You are receiving this e-mail because AWS Training &amp; Certification issued you a badge on Credly.')
    plain = strip_html(html)
    plain = re.sub(r'[ \t]+\n', '\n', re.sub(r'\n{3,}', '\n\n', plain)).strip() + '\n'
    plain = plain.replace('Accept your badge', 'Accept your badge: https://www.credly.com/earner/earned/badge/5c9e0b7a-41f2-4d6e-b8a3-97de1c2f0a64?accept=true', 1)
    hs = credly_headers(S1_USER[1], d, 'AWS Training & Certification via Credly', 'AWS Training & Certification sent you a new badge')
    write('037-credly-badge-moved-after-merge.eml', 'credly_badge_issued', None, True, 'en', hs,
          alt(plain, html), plain)


def m038():
    d = T('2025-03-15 19:40:02')
    lines = ['Congratulations on earning your badge from AWS Training &amp; Certification!',
             '<b>AWS Certified Cloud Practitioner</b>',
             'Your badge is ready. Claim it now to let employers and peers verify your achievement.']
    html = credly_html('Hi Priya,', lines, 'Accept your badge',
                       'https://www.credly.com/earner/earned/badge/a3f08c51-9d1b-4c77-8e02-6b5e4d1f7c90?accept=true',
                       'You received this message because your e-mail address is associated with a Credly account.')
    hs = credly_headers(S2_USER[1], d, 'AWS Training & Certification via Credly',
                        'Priya, your AWS Certified Cloud Practitioner badge is ready', transport='outlook')
    write('038-credly-badge-ready-outlook-html-only.eml', 'credly_badge_issued', None, True, 'en', hs,
          textpart(html, 'html', 'utf-8', 'base64'), strip_html(html))


def m039():
    d = T('2025-05-31 04:18:26')
    plain = ('Misaki Sato,\n\n'
             'AWS Training & Certification issued you 2 badges:\n\n'
             '  - AWS Certified Solutions Architect - Associate\n'
             '  - AWS Certified Machine Learning Engineer - Associate\n\n'
             'These badges were previously held by another AWS Certification account of yours and have now been '
             'issued to this account.\n\n'
             'Accept your badges: https://www.credly.com/earner/earned?accept=true\n\n'
             '--\n'
             'Credly, Inc. - 13 W 29th St, 2nd Floor - New York, NY 10001\n'
             'Manage e-mail preferences: https://www.credly.com/earner/settings/notifications\n')
    mf_rcpt = S5_USER[1]
    hs = credly_headers(mf_rcpt, d, 'AWS Training & Certification via Credly', 'You have 2 new badges from AWS Training & Certification',
                        transport=('jp', 'mx.biglobe.ne.jp', 'mta-snd.biglobe.ne.jp'))
    html = to_html(plain)
    write('039-credly-two-badges-reissued-biglobe.eml', 'credly_badge_issued', None, True, 'en', hs,
          alt(plain, html, pcs='us-ascii', pcte='7bit'), plain)


def m040():
    d = T('2024-11-29 16:55:31')
    new = ('Dear Lucas Ferreira,\n\n'
           'Congratulation! Following the merge of your AWS Certification accounts (AWS20318846), your Credly badges is '
           'transfered and waiting for you accept.\n\n'
           'For security reason, please login with your AWS Certification credential to claim your badges before 48 hour, '
           'otherwise the badges will be revoke and can not be restore.\n\n'
           'Accept your badge now: https://credly-badgeshare.com/claim/aws?uid=lf20318846\n\n'
           'Best wishes,\n'
           'Credly Badge Team')
    html = to_html(new).replace('https://credly-badgeshare.com/claim/aws?uid=lf20318846',
                                '<a href="https://credly-badgeshare.com/claim/aws?uid=lf20318846">https://www.credly.com/earner/earned/badge/accept</a>')
    ip = '185.%d.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250), RND.randint(1, 250))
    hs = ext_headers(S6_USER[1], d, '"Credly via AWS Training & Certification" <notify@credly-badgeshare.com>',
                     'Your AWS badges are transfered - accept within 48 hour', 'gmail', 'mail.credly-badgeshare.com', ip,
                     'bounce@credly-badgeshare.com', [('credly-badgeshare.com', 'pass', 'default')], 'pass',
                     'credly-badgeshare.com', '<%s@credly-badgeshare.com>' % hexs(24), policy='NONE')
    write('040-lookalike-credly-badges-transfered-48-hour.eml', 'credly_badge_issued', None, False, 'en', hs,
          alt(new, html), new)


def m041():
    d = T('2022-09-21 14:36:07')
    lines = ['Your badge from AWS Training &amp; Certification is waiting for you.',
             '<b>AWS Certified SysOps Administrator &ndash; Associate</b>',
             'It has been issued to the account of your updated AWS Certification profile. Accept the badge to show it '
             'on your Credly profile.']
    html = credly_html('Rahul Mehta,', lines, 'Accept Badge',
                       'https://www.credly.com/earner/earned/badge/0b7d5e2c-2f8a-4a41-9c6d-1e3b8f7a5d22?accept=true',
                       'You are receiving this e-mail because AWS Training &amp; Certification issued you a badge on Credly.')
    plain = re.sub(r'\n\s*\n+', '\n\n', strip_html(html)).strip() + '\n'
    hs = credly_headers(S3_USER[1], d, 'AWS Training & Certification via Credly', 'Your badge from AWS Training & Certification is waiting')
    write('041-credly-badge-waiting-2022.eml', 'credly_badge_issued', None, True, 'en', hs,
          alt(plain, html), plain)


# ---------------------------------------------------------------- unrelated look-alikes
def m042():
    d = T('2025-04-08 13:02:55')
    lines = ['Your badge <b>AWS Certified Solutions Architect &ndash; Associate</b> issued by AWS Training &amp; '
             'Certification will expire on July 7, 2025.',
             'To keep your badge active, complete the recertification requirements before the expiration date. '
             'Expired badges remain on your profile but are marked as expired.']
    html = credly_html('Hi Olivia,', lines, 'View Badge',
                       'https://www.credly.com/earner/earned/badge/9a2c4e61-7b3f-4d08-a5e9-3c1d2b0f8e47',
                       'You are receiving this e-mail because you have a badge that is about to expire.')
    hs = credly_headers(S9_USER[1], d, 'Credly', 'Your badge expires in 90 days')
    write('042-credly-badge-expires-in-90-days.eml', 'unrelated', None, True, 'en', hs,
          textpart(html, 'html', 'utf-8', 'quoted-printable'), strip_html(html))


def m043():
    d = T('2023-04-27 18:21:14')
    lines = ['We received a request to merge another Credly account into this one.',
             'Enter this code to verify that you own the other account:',
             '<span style="font-size:26px;letter-spacing:4px;font-weight:bold">614 208</span>',
             'The code expires in 30 minutes. If you did not request this, you can ignore this e-mail; nothing will change.']
    html = credly_html('Hello Ahmed,', lines, 'Complete Account Merge',
                       'https://www.credly.com/users/merge/confirm?token=%s' % hexs(32),
                       'This is a service message related to your Credly account.')
    hs = credly_headers(S7_USER[1], d, 'Credly', 'Verify your Credly account merge', transport='outlook')
    write('043-credly-self-service-account-merge-code.eml', 'unrelated', None, True, 'en', hs,
          textpart(html, 'html', 'utf-8', 'quoted-printable'), strip_html(html))


def m044():
    d = T('2025-06-03 15:44:09')
    new = ('Dear Marc Lefevre,\n\n'
           'AWS Certification wants to hear from you!\n\n'
           'You recently interacted with AWS Certification (Candidate ID: AWS04417823). Please take 5 minutes to tell us '
           'about your experience with the certification program, the exam registration process and the AWS '
           'Certification Account.\n\n'
           'Start the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?s=%s\n\n'
           'Thank you,\n'
           'AWS Certification\n\n'
           'This is an automated message sent by CertMetrics on behalf of AWS Certification. Please do not reply.' % hexs(16))
    ip = '13.110.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250))
    hs = ext_headers(S1_USER[1], d, 'AWS Certification <do-not-reply@certmetrics.com>',
                     'AWS Certification wants to hear from you', 'gmail', 'mail-out.certmetrics.com', ip,
                     'do-not-reply@certmetrics.com', [('certmetrics.com', 'pass', 'cm1')], 'pass', 'certmetrics.com',
                     '<%s@certmetrics.com>' % uuid.UUID(int=RND.getrandbits(128)), policy='NONE')
    write('044-certmetrics-wants-to-hear-from-you.eml', 'unrelated', None, False, 'en', hs,
          alt(new, to_html(new), pcs='us-ascii', pcte='7bit'), new)


def m045():
    d = T('2025-07-02 09:12:40')
    new = ('Dear Budi Santoso,\n\n'
           'Thank you for scheduling your AWS Certified Security - Specialty exam. This e-mail confirms your appointment.\n\n'
           'Registration ID: 487215903\n'
           'Exam: SCS-C02 AWS Certified Security - Specialty\n'
           'Date: Thursday, August 21, 2025\n'
           'Time: 10:00 AM WIB\n'
           'Delivery: OnVUE online proctored\n\n'
           'Please run the system test before your appointment and check in 30 minutes before the start time. You can '
           'reschedule or cancel until 24 hours before your appointment in your AWS Certification Account.\n\n'
           'Good luck on your exam!\n\n'
           'Pearson VUE\n'
           'This is an automated message. Please do not reply.')
    ip = '159.182.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250))
    hs = ext_headers(S8_USER[1], d, 'Pearson VUE <pearsonvuecustomerservice@pearson.com>',
                     'Pearson VUE Confirmation of Booking', 'gmail', 'mx-out.pearson.com', ip,
                     'bounces@notifications.pearson.com', [('pearson.com', 'pass', 'selector1')], 'pass', 'pearson.com',
                     '<%s.JavaMail.vue@pvueapp%02d>' % (RND.randint(10 ** 8, 10 ** 9), RND.randint(1, 20)), policy='REJECT')
    write('045-pearson-vue-booking-confirmation.eml', 'unrelated', None, False, 'en', hs,
          alt(new, to_html(new)), new)


def m046():
    d = T('2025-02-11 16:31:02')
    html = ('<html><body style="font-family:Arial,sans-serif;color:#16191f">\n'
            '<p><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked.png" width="70" alt="AWS"></p>\n'
            '<h2>Verify your AWS Builder ID email address</h2>\n'
            '<p>Thank you for creating an AWS Builder ID. Use the following verification code to continue:</p>\n'
            '<p style="font-size:28px;font-weight:bold;letter-spacing:3px">738215</p>\n'
            '<p>This code expires 10 minutes after it was sent. If you did not try to create an AWS Builder ID, you can '
            'ignore this message.</p>\n'
            '<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
            'Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by '
            'Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.</p>\n</body></html>\n')
    hs = aws_headers('', S10_USER[1], d, ('AWS', 'no-reply@signin.aws'), 'Verify your AWS Builder ID email address',
                     from_domain='signin.aws')
    write('046-aws-builder-id-verification-code.eml', 'unrelated', None, True, 'en', hs,
          textpart(html, 'html', 'utf-8', 'quoted-printable'), strip_html(html))



def m047():
    d = T('2025-01-22 10:51:37')
    new = ('Hello,\n\n'
           'Greetings from Amazon Selling Partner Support.\n\n'
           'Thank you for your patient. We have reviewed your request about merge your two seller accounts '
           '(Merchant Token A3K9QX2T7LMV4P and A1ZD0W8R5NHY6C) into one account. Kindly be informed that Amazon is not '
           'able to merge or combine the seller accounts, because each account has its own tax information and '
           'listing history. As alternative, you can close the account which you do not use anymore via Settings > '
           'Account Info > Close account, after all the orders is completed.\n\n'
           'We are hope this information is helpful for you. If you have more question, please do not hesitate to '
           'reply us in this case.\n\n'
           'Thank you for selling on Amazon.\n\n'
           'Best regards,\n'
           'Thanh H.\n'
           'Amazon Selling Partner Support\n\n'
           'Was this email helpful?\n'
           'https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212&feedback=1')
    hs = aws_headers('', S10_USER[1], d, ('Amazon Selling Partner Support', 'sellerpartnersupport@amazon.com'),
                     'RE:[CASE 5884881212] Merge two seller accounts into one')
    write('047-seller-central-case-merge-seller-accounts.eml', 'unrelated', '5884881212', True, 'en', hs,
          alt(new, to_html(new)), new)


BILL_OPEN = T('2025-04-22 19:55:12')
BILL_CASE = case15(BILL_OPEN, 6025)


def m048():
    d = BILL_OPEN + dt.timedelta(seconds=22)
    new = ('Dear Customer,\n\n'
           'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
           'The details of your case are as follows:\n\n'
           'Case ID: %s\n'
           'Subject: Merge billing of two AWS accounts / double charge in April\n'
           'Severity: General guidance\n'
           'Correspondence: Hi, we were charged twice for April on account 418273649051 and 772019384455. We want to '
           'merge the billing of both accounts under one payer. How do we do this?\n\n'
           'We will respond as soon as possible.' % (BILL_CASE, BILL_CASE))
    plain = new + console_footer(BILL_CASE)
    hs = aws_headers('', S9_USER[1], d, CONSOLE, 'Amazon Web Services: You have opened a new Support case: %s' % BILL_CASE)
    write('048-billing-case-opened-merge-payer-accounts.eml', 'unrelated', BILL_CASE, True, 'en', hs,
          alt(plain, to_html(plain)), new)


QUOTA_OPEN = T('2025-07-14 04:06:40')
QUOTA_CASE = case15(QUOTA_OPEN, 4310)


def m049():
    d = T('2025-07-14 09:27:18')
    new = ('Hello,\n\n'
           'Thank you for your patience while we are working on your request ka.\n\n'
           'I am pleased to inform that your service quota increase request for "Running On-Demand Standard (A, C, D, H, '
           'I, M, R, T, Z) instances" in Asia Pacific (Singapore) region is approved and already applied to your account. '
           'The new quota value is 256 vCPU. Please be noted it can take up to 30 minutes for the new value to '
           'display in the Service Quotas console.\n\n'
           'If you have any other question, please feel free to contact us back.\n\n'
           'Best regards,\n'
           'Pimchanok S.\n'
           'Amazon Web Services')
    plain = new + console_footer(QUOTA_CASE)
    hs = aws_headers('', S8_USER[1], d, CONSOLE,
                     'RE:[CASE %s] Limit Increase: EC2 Instances' % QUOTA_CASE, region='us-west-2')
    write('049-thai-agent-ec2-quota-increase-approved.eml', 'unrelated', QUOTA_CASE, True, 'en', hs,
          alt(plain, to_html(plain)), new)


def m050():
    d = T('2025-05-30 16:22:05')
    new = ('Merged #482 into main.\n\n'
           '\u2014\n'
           'Reply to this email directly, view it on GitHub:\n'
           'https://github.com/lefevre-labs/cert-tracker/pull/482#event-17650120934\n'
           'You are receiving this because you authored the thread.\n\n'
           'Message ID: <lefevre-labs/cert-tracker/pull/482/issue_event/17650120934@github.com>')
    html = ('<p></p>\n<p>Merged <a href="https://github.com/lefevre-labs/cert-tracker/pull/482" class="issue-link">#482</a> '
            'into main.</p>\n\n<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br>Reply to this '
            'email directly, <a href="https://github.com/lefevre-labs/cert-tracker/pull/482#event-17650120934">view it on '
            'GitHub</a>.<br>You are receiving this because you authored the thread.'
            '<img src="https://github.com/notifications/beacon/AB3XK2.gif" height="1" width="1" alt="" /></p>\n')
    ip = '192.30.252.%d' % RND.randint(190, 210)
    hs = ext_headers(S1_USER[1], d, 'Julien Moreau <notifications@github.com>',
                     'Re: [lefevre-labs/cert-tracker] Merge duplicate certification records into one profile (PR #482)',
                     'gmail', 'out-%d.smtp.github.com' % RND.randint(10, 30), ip, 'noreply@github.com',
                     [('github.com', 'pass', 'pf2023')], 'pass', 'github.com',
                     '<lefevre-labs/cert-tracker/pull/482/issue_event/17650120934@github.com>', policy='REJECT',
                     extra=['In-Reply-To: <lefevre-labs/cert-tracker/pull/482@github.com>',
                            'References: <lefevre-labs/cert-tracker/pull/482@github.com>',
                            'List-ID: lefevre-labs/cert-tracker <cert-tracker.lefevre-labs.github.com>',
                            'X-GitHub-Reason: author', 'X-GitHub-Sender: jmoreau-dev'])
    write('050-github-pr-merged-into-main.eml', 'unrelated', None, False, 'en', hs, alt(new, html, pcte='8bit', pcs='UTF-8'), new)


def m051():
    d = T('2024-11-26 11:48:59')
    new = ('Deniz Ayd\u0131n merged merge request !77 at Platform / identity-service\n\n'
           'Project: Platform / identity-service\n'
           'Branch: feature/account-merge -> main\n'
           'Title: Account merge: consolidate duplicate user profiles\n\n'
           'Merge request URL: https://gitlab.com/sulnet/platform/identity-service/-/merge_requests/77\n\n'
           '--\n'
           'Reply to this email directly or view it on GitLab: https://gitlab.com/sulnet/platform/identity-service/-/merge_requests/77\n'
           'You\'re receiving this email because of your account on gitlab.com.')
    ip = '198.61.254.%d' % RND.randint(10, 250)
    hs = ext_headers(S6_USER[1], d, '=?UTF-8?B?%s?= <gitlab@mg.gitlab.com>' % base64.b64encode('Deniz Aydın'.encode()).decode(),
                     'Re: Platform / identity-service | Account merge: consolidate duplicate user profiles (!77)',
                     'gmail', 'mg-out.gitlab.com', ip, 'bounce+%s@mg.gitlab.com' % hexs(10),
                     [('mg.gitlab.com', 'pass', 'mailo')], 'pass', 'mg.gitlab.com',
                     '<merge_request_%d@gitlab.com>' % RND.randint(300000000, 399999999), policy='REJECT',
                     extra=['X-GitLab-Project: identity-service', 'X-GitLab-MergeRequest-IID: 77',
                            'X-GitLab-NotificationReason: assigned', 'List-Id: sulnet/platform/identity-service <%d.identity-service.platform.sulnet.gitlab.com>' % RND.randint(10000000, 99999999)])
    write('051-gitlab-merge-request-account-merge-merged.eml', 'unrelated', None, False, 'en', hs,
          alt(new, to_html(new)), new)


def m052():
    d = T('2025-06-17 15:00:12')
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>\n'
            '<body style="margin:0;background:#eaeded">\n<table width="640" align="center" style="background:#fff;font-family:Arial,sans-serif;color:#16191f">\n'
            '<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:22px">AWS Training and Certification | June 2025</td></tr>\n'
            '<tr><td style="padding:24px">\n'
            '<h2>New exams, new skills</h2>\n'
            '<p>The AWS Certified AI Practitioner and AWS Certified Machine Learning Engineer &ndash; Associate exams are '
            'now generally available. Prepare with free digital courses on AWS Skill Builder.</p>\n'
            '<h3>Keep your certification current</h3>\n'
            '<p>Recertify before your certification expires to keep your digital badge active. Remember: your 50% '
            'discount voucher for your next exam is waiting in the Benefits section of your AWS Certification Account.</p>\n'
            '<h3>Tip of the month: one account for all your certifications</h3>\n'
            '<p>Do you have certifications under more than one e-mail address? Visit our FAQ to learn how to bring them '
            'together in a single AWS Certification Account.</p>\n'
            '<p><a href="https://aws.amazon.com/certification/?trk=newsletter">Explore AWS Certification</a></p>\n'
            '</td></tr>\n<tr><td style="padding:16px;font-size:11px;color:#687078">You received this e-mail because you '
            'subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/'
            'communication-preferences.html">Unsubscribe</a><br>Amazon Web Services, Inc., 410 Terry Avenue North, '
            'Seattle, WA 98109-5210</td></tr>\n</table>\n</body></html>\n')
    hs = aws_headers('', S3_USER[1], d, ('AWS Training and Certification', 'aws-training-certification@amazon.com'),
                     'June update: new AI exams and how to keep your certification active',
                     extra_after=['List-Unsubscribe: <https://pages.awscloud.com/communication-preferences.html>',
                                  'List-Unsubscribe-Post: List-Unsubscribe=One-Click'])
    write('052-aws-tc-newsletter-june.eml', 'unrelated', None, True, 'en', hs,
          textpart(html, 'html', 'utf-8', 'base64'), strip_html(html))


def m053():
    d = T('2025-03-04 22:17:40')
    new = ('Dear Valued Candidate,\n\n'
           'We are detected unusual activity in your AWS Certification Account. For protect your certifications, your '
           'account access will be suspended within 24 hours unless you verify your identity.\n\n'
           'Please click the link below and complete the verification:\n'
           'https://aws-certiflcation-team.com/verify?ref=cand\n\n'
           'If you not verify, all your exam results and digital badges will be permanently removed.\n\n'
           'Sincerely,\n'
           'AWS Certification Security Team')
    ip = '45.%d.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250), RND.randint(1, 250))
    hs = ext_headers(S2_USER[1], d, '"AWS Certification" <security@aws-certiflcation-team.com>',
                     'Action required: your AWS Certification account will be suspended', 'outlook',
                     'vps%d.hostingcloud-eu.net' % RND.randint(100, 999), ip, 'security@aws-certiflcation-team.com',
                     [('aws-certiflcation-team.com', 'none', None)], 'none', 'aws-certiflcation-team.com',
                     '<%s@vps-host>' % hexs(20), dkim_sigs=[],
                     ar_override=('Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=aws-certiflcation-team.com; '
                                  'dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n '
                                  'header.from=aws-certiflcation-team.com;compauth=fail reason=001' % ip))
    write('053-phishing-certification-account-suspended.eml', 'unrelated', None, False, 'en', hs,
          alt(new, to_html(new).replace('https://aws-certiflcation-team.com/verify?ref=cand',
                                        '<a href="https://aws-certiflcation-team.com/verify?ref=cand">https://www.aws.training/Certification</a>')), new)



# ---------------------------------------------------------------- merge-flow phishing
def m054():
    d = T('2025-08-06 21:33:19')
    fake_case = '175451200304418'
    new = ('Dear Budi Santoso,\n\n'
           'Thank you for submit your request to AWS Training and Certification.\n\n'
           'We are ready for merging of your certification accounts as below:\n'
           '  Primary account: AWS14482093\n'
           '  Secondary account: AWS90017702\n\n'
           'Before we can proceed, you must confirm the merge by sign in to the secure AWS Certification portal with '
           'your current password within 24 hours. If not confirmed, the request will be cancel and both accounts will '
           'be locked for security reason.\n\n'
           'Confirm merge: https://aws-certification.amazon-aws-support.net/merge/confirm?case=%s\n\n'
           'Kind regards,\n'
           'AWS Training and Certification Team' % fake_case)
    ip = '103.%d.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250), RND.randint(1, 250))
    hs = ext_headers(S8_USER[1], d, '"AWS Training and Certification" <case-update@amazon-aws-support.net>',
                     'RE:[CASE %s] Action needed: confirm merge of your certification accounts' % fake_case, 'gmail',
                     'mail.amazon-aws-support.net', ip, 'case-update@amazon-aws-support.net',
                     [('amazon-aws-support.net', 'pass', 'mail')], 'pass', 'amazon-aws-support.net',
                     '<%s@amazon-aws-support.net>' % uuid.UUID(int=RND.getrandbits(128)), policy='NONE')
    html = to_html(new).replace('https://aws-certification.amazon-aws-support.net/merge/confirm?case=%s' % fake_case,
                                '<a href="https://aws-certification.amazon-aws-support.net/merge/confirm?case=%s">Confirm the merge</a>' % fake_case)
    write('054-lookalike-domain-confirm-merge-with-password.eml', 'merge_confirmation_requested', fake_case, False, 'en',
          hs, alt(new, html), new)


def m055():
    d = T('2025-06-02 03:41:58')
    fake_case = '174882771800271'
    new = ('Hello,\n\n'
           'We are inform you that the merge of your AWS Certification accounts has been completed successfully. Your '
           'certifications is now under candidate ID AWS61200457.\n\n'
           'To activate the merged account and keep your exam benefits, please sign in within 24 hours and re-enter '
           'your payment information for the verification:\n'
           'https://aws-cert-merge-activate.com/signin\n\n'
           'Best regards,\n'
           'Amazon Web Services')
    ip = '91.%d.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250), RND.randint(1, 250))
    origin = 'srv%d.cheap-vps-host.ru' % RND.randint(10, 99)
    forged = [
        'Received: from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            origin, hexs(10).upper(), S5_USER[1], format_datetime(d)),
        'Authentication-Results: amazon.com;\n\tdkim=pass header.d=amazon.com;\n\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com',
    ]
    # Japanese provider at the top: its verdict is the trusted one
    hs = ext_headers(S5_USER[1], d, 'Amazon Web Services <%s>' % FORM[1],
                     'RE:[CASE %s] Your accounts merge is completed' % fake_case,
                     ('jp', 'mx.biglobe.ne.jp', 'mta-snd.biglobe.ne.jp'), origin, ip, 'bounce@%s' % origin,
                     [], 'fail', 'amazon.com', '<%s@%s>' % (hexs(16), origin), spf='softfail',
                     ar_override=ar_generic('mta-snd.biglobe.ne.jp', ['spf=softfail smtp.mailfrom=bounce@%s' % origin,
                                                                        'dkim=none', 'dmarc=fail (p=QUARANTINE) header.from=amazon.com']),
                     dkim_sigs=forged)
    write('055-spoofed-amazon-merge-completed-dmarc-fail.eml', 'merge_completed', fake_case, False, 'en', hs,
          alt(new, to_html(new)), new)


def m056():
    d = T('2023-04-20 06:12:33')
    fake_case = '12447019399'
    new = ('Dear Ahmed Hassan,\n\n'
           'Regarding to your merge request for the candidate ID AWS 33012876, our verification team need to confirm '
           'your identity before proceeding the merge.\n\n'
           'Kindly reply this e-mail with following informations:\n'
           '1. The password of your AWS Certification account\n'
           '2. Photo of the front side of your national ID or passport\n'
           '3. The last 4 digits of the card used for exam payment\n\n'
           'Without these information we are not able to continue and your request will be closed.\n\n'
           'Thanks & Regards,\n'
           'AWS Certification Support Desk')
    ip = '102.%d.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250), RND.randint(1, 250))
    hs = ext_headers(S7_USER[1], d, '"AWS Certification Support" <support@aws-training-certification.help>',
                     'RE: [CASE %s] Identity verification required for your merge request' % fake_case, 'outlook',
                     'mail.aws-training-certification.help', ip, 'support@aws-training-certification.help',
                     [], 'none', 'aws-training-certification.help', '<%s@aws-training-certification.help>' % hexs(18),
                     dkim_sigs=[],
                     ar_override=('Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=aws-training-certification.help; '
                                  'dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n '
                                  'header.from=aws-training-certification.help;compauth=softpass reason=201' % ip))
    write('056-lookalike-support-asks-password-for-merge.eml', 'support_reply', fake_case, False, 'en', hs,
          textpart(new, 'plain', 'us-ascii', '7bit'), new)


# ---------------------------------------------------------------- S11 (Polish agent, form desk, O365 corporate)
S11_OPEN = T('2025-10-06 07:12:58')
S11_CASE = case15(S11_OPEN, 8804)
S11_USER = ('Sophie Wagner', 's.wagner@nordwerk-gmbh.de')
S11_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % S11_CASE


def m057():
    d = T('2025-10-08 08:26:41')
    new = ('Dear Ms. Wagner,\n\n'
           'Thank you for your patience and for the additional details you have provided.\n\n'
           'I kindly ask you to confirm the merging of the accounts listed below. According to the information in our '
           'system, the account which will be kept is AWS56021847 (s.wagner@nordwerk-gmbh.de), and the account '
           'AWS56021874 (sophie.wagner.privat@web.de) will be joined to it and afterwards deactivated.\n\n'
           'Please be aware that this operation is irreversible. I would be grateful for your reply with the '
           'confirmation; only then we will be able to start the procedure.\n\n'
           'Yours faithfully,\n'
           'Michał Z.\n'
           'AWS Training and Certification')
    agent1 = ('Dear Ms. Wagner,\n\nThank you for contacting us. Unfortunately the ID AWS56021848 from your form does not '
              'exist in our system. Could you please check the ID once again and send us also the login e-mail of the '
              'second account?\n\nYours faithfully,\nMichał Z.')
    user = ('Hello Michał,\n\nsorry, typo - the correct ID is AWS56021847 (company e-mail). The second one is my private '
            'account, login sophie.wagner.privat@web.de.\n\nBest regards\nSophie Wagner\n\n'
            'Nordwerk GmbH | Cloud Platform Team\nHafenstraße 12 | 20457 Hamburg')
    user_q = user + '\n\n' + '\n'.join('> ' + l if l else '>' for l in
                                       ('On Tue, 7 Oct 2025 11:02 Amazon Web Services wrote:\n' + agent1).split('\n'))
    hist = ('On Tue, 7 Oct 2025 at 16:40, Sophie Wagner <%s> wrote:\n' % S11_USER[1] +
            '\n'.join('> ' + l if l else '>' for l in user_q.split('\n')))
    plain = new + '\n\n' + hist + form_footer(S11_CASE)
    hs = aws_headers('', S11_USER[1], d, FORM, S11_SUBJ, transport='none')
    write('057-polish-agent-kindly-ask-confirm-nested-quotes.eml', 'merge_confirmation_requested', S11_CASE, None, 'en',
          hs, alt(plain, to_html(new + form_footer(S11_CASE), hist)), new)


# ---------------------------------------------------------------- S12 (Thai agent, OCN recipient)
S12_OPEN = T('2025-09-15 01:40:03')
S12_CASE = case15(S12_OPEN, 2976)
S12_USER = ('山田 太郎', 't-yamada@ab.ocn.ne.jp')
S12_TR = ('jp', 'mf-smf-ucb012.ocn.ad.jp', 'ocn.ad.jp', 'dkim')


def m058():
    d = T('2025-09-17 04:55:30')
    new = ('Dear Mr. Yamada,\n\n'
           'Thank you for your reply and confirmation.\n\n'
           'I would like to inform you that we are already done for merging your account. Now you can using the account '
           'AWS70264119 and all of your certificate are there. Your old account is not able to use anymore.\n\n'
           'If you found any problem, please do not hesitate to reply back this email.\n\n'
           'Thank you and have a good day.\n\n'
           'Best regards,\n'
           'Kanokwan P.\n'
           'AWS Training and Certification')
    agent = ('Dear Mr. Yamada,\n\nWe will merge account AWS38815206 into AWS70264119. Please confirm by reply this '
             'email.\n\nBest regards,\nKanokwan P.')
    user = 'Dear Kanokwan-san,\n\nI confirm. Please merge as you wrote.\n\nBest regards,\nTaro Yamada'
    hist = ('2025年9月16日(火) 10:05 山田 太郎 <%s>:\n' % S12_USER[1] +
            '\n'.join('> ' + l if l else '>' for l in (user + '\n\n2025年9月16日(火) 9:12 Amazon Web Services <%s>:\n' % FORM[1] +
                                                        '\n'.join('> ' + x if x else '>' for x in agent.split('\n'))).split('\n')))
    plain = new + '\n\n' + hist + form_footer(S12_CASE)
    hs = aws_headers('', S12_USER[1], d, FORM,
                     'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % S12_CASE,
                     transport=S12_TR)
    write('058-thai-agent-already-done-for-merging-ocn.eml', 'merge_completed', S12_CASE, True, 'en', hs,
          alt(plain, to_html(new + form_footer(S12_CASE), hist), pcte='base64', hcte='base64'), new)


def m059():
    d = T('2025-09-17 04:56:12')
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">\n'
            '<p>Hello,</p>\n'
            '<p>Your case <b>%s</b> has been resolved. We hope we were able to help you.</p>\n'
            '<p>How would you rate the support you received from Kanokwan P.?</p>\n'
            '<p style="font-size:22px">\n' % S12_CASE +
            ''.join('<a href="https://survey.aws.amazon.com/s/tc-csat?c=%s&amp;r=%d" style="text-decoration:none;color:#ff9900">&#9733;</a>\n' % (S12_CASE, i) for i in range(1, 6)) +
            '</p>\n<p>Was your issue resolved? <a href="https://survey.aws.amazon.com/s/tc-csat?c=%s&amp;a=yes">Yes</a> | '
            '<a href="https://survey.aws.amazon.com/s/tc-csat?c=%s&amp;a=no">No</a></p>\n'
            '<p>Your answers are anonymous and help us improve AWS Training and Certification support.</p>\n'
            '<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.</p>\n'
            '</body></html>\n' % (S12_CASE, S12_CASE))
    hs = aws_headers('', S12_USER[1], d, ('AWS Training and Certification', 'no-reply-aws@amazon.com'),
                     encw('Case %s resolved \u2013 how did we do? Rate your support experience' % S12_CASE, 'utf-8'),
                     transport=S12_TR)
    write('059-survey-stars-rating-ocn.eml', 'survey', S12_CASE, True, 'en', hs,
          textpart(html, 'html', 'utf-8', 'quoted-printable'), strip_html(html))


def m060():
    d = T('2025-03-18 07:30:26')
    new = ('Hello Priya,\n\n'
           'because we have not heard anything from you since 3 days, I am setting this case now to resolved. The '
           'request itself was done on 14 March like I have written you.\n\n'
           'Would you be so kind and give us a short feedback? It helps us very much.\n\n'
           'Was your issue resolved?\n'
           'YES: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes\n'
           'NO:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no\n\n'
           'With kind regards,\n'
           'Jonas B.\n'
           'Amazon Web Services' % (S2_CASE, S2_CASE))
    plain = new + console_footer(S2_CASE)
    hs = aws_headers('', S2_USER[1], d, CONSOLE, 'Amazon Web Services: Your Support case %s has been resolved' % S2_CASE,
                     transport='outlook')
    write('060-german-agent-setting-case-to-resolved-yes-no.eml', 'survey', S2_CASE, True, 'en', hs,
          alt(plain, to_html(plain)), new)


# =================================================================== main
MAIN_END = True
if __name__ == '__main__':
    for name in sorted(k for k in list(globals()) if re.fullmatch(r'm\d{3}', k)):
        globals()[name]()
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print('wrote', len(FILES), 'mails')
