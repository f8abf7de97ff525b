#!/usr/bin/env python3
"""Generator for blind set 190: AWS Certification account-merge mailbox test data.
Emphasis: merge confirmation requests (indirect asks) and mails that resemble them."""
import base64, hashlib, json, os, random, re, quopri, uuid
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(190)
LABELS = {}
FILES = []

# ---------------------------------------------------------------- helpers
def rhex(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))

def rb64(n):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(RNG.choice(alphabet) for _ in range(n))

def dt(s, tz=0):
    """'2025-03-11 09:14:27' in UTC offset tz hours -> aware datetime"""
    d = datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    return d.replace(tzinfo=timezone(timedelta(hours=tz)))

def case15(opened, suffix):
    """15-digit case id: unix time of opening + 5 digits"""
    return '%d%05d' % (int(opened.timestamp()), suffix)

def ses_id(d):
    ms = int(d.timestamp() * 1000)
    return '<%016x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        0x0100000000000000 + ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))

def ses_bounce(d):
    ms = int(d.timestamp() * 1000)
    return '%016x-%s-%s-%s-%s-%s-000000@amazonses.com' % (
        0x0100000000000000 + ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))

def rfc(d):
    return format_datetime(d)

def pdt(d):
    """Date string in a US-Pacific-ish local zone, Gmail Received style"""
    z = d.astimezone(timezone(timedelta(hours=-7)))
    return z.strftime('%a, %d %b %Y %H:%M:%S -0700 (PDT)')

ACC_RE = re.compile(r'(?i)(?<![A-Za-z0-9])aws[\s\-]?(\d{8})(?!\d)')

def acc_ids(text):
    return sorted({'AWS' + m for m in ACC_RE.findall(text)})

# ---------------------------------------------------------------- MIME parts
def part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None):
    """A single text part with explicit charset / transfer encoding.
    label: charset written in the header (may deliberately differ)."""
    m = Message()
    raw = text.encode(charset)
    m['Content-Type'] = 'text/%s; charset="%s"' % (subtype, label or charset)
    if cte == 'quoted-printable':
        enc = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        b = base64.b64encode(raw).decode('ascii')
        enc = '\n'.join(b[i:i + 76] for i in range(0, len(b), 76)) + '\n'
    elif cte == '7bit':
        enc = raw.decode('ascii')
    else:
        raise ValueError(cte)
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(enc)
    return m

def alt(plain, html, charset='utf-8', cte='quoted-printable', hcte=None):
    mp = MIMEMultipart('alternative', boundary='----=_Part_%d_%d.%d' % (
        RNG.randint(100000, 999999), RNG.randint(100000000, 999999999), RNG.randint(10**12, 10**13)))
    del mp['MIME-Version']
    mp.attach(part(plain, 'plain', charset, cte))
    mp.attach(part(html, 'html', charset, hcte or cte))
    return mp

def html_of(text, brand='aws'):
    """Simple HTML rendering of a plain text body (agent templates)."""
    import html as H
    paras = text.split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + H.escape(p).replace('\n', '<br>\n') + '</p>')
    body = '\n'.join(out)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            + body + '\n</body></html>\n')

# ---------------------------------------------------------------- auth / transport headers
AMZ_SEL = 'rjt5pzqd7fctnz4cyvelfs4wpsh6drbp'
SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'

def dkim_sig(d, sel, t, headers='From:Reply-To:To:Subject:MIME-Version:Content-Type:Message-ID:Date'):
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '\ts=%s; d=%s; t=%d;\n'
            '\th=%s;\n'
            '\tbh=%s=;\n'
            '\tb=%s\n\t %s\n\t %s=' % (sel, d, t, headers, rb64(43), rb64(76), rb64(76), rb64(40)))

def ar_value(provider, v, mailfrom, ip):
    """v: dict with dkim=[(res, domain, sel)], spf=res, dmarc=(res, policy, fromdom) or None"""
    parts = []
    if provider in ('gmail', 'yahoo', 'jp', 'fastmail'):
        for res, dom, sel in v['dkim']:
            if res == 'none':
                parts.append('dkim=none')
            else:
                parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, rb64(8)))
        if provider == 'gmail':
            parts.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s' % (
                v['spf'], mailfrom, 'designates' if v['spf'] == 'pass' else 'does not designate', ip, mailfrom))
        else:
            parts.append('spf=%s smtp.mailfrom=%s' % (v['spf'], mailfrom.split('@')[-1] if provider == 'yahoo' else mailfrom))
        if v.get('dmarc'):
            res, pol, fd = v['dmarc']
            if provider == 'gmail':
                parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
                    res, pol, pol, 'NONE' if res == 'pass' else ('QUARANTINE' if pol == 'QUARANTINE' else 'NONE'), fd))
            else:
                parts.append('dmarc=%s header.from=%s' % (res, fd))
        return parts
    if provider == 'outlook':
        p = 'spf=%s (sender IP is %s) smtp.mailfrom=%s; ' % (v['spf'], ip, mailfrom.split('@')[-1])
        ds = []
        for res, dom, sel in v['dkim']:
            if res == 'pass':
                ds.append('dkim=pass (signature was verified) header.d=%s;' % dom)
            elif res == 'fail':
                ds.append('dkim=fail (body hash did not verify) header.d=%s;' % dom)
            else:
                ds.append('dkim=none (message not signed) header.d=none;')
        p += ds[0] if ds else 'dkim=none (message not signed) header.d=none;'
        if v.get('dmarc'):
            res, pol, fd = v['dmarc']
            act = 'none' if res == 'pass' else ('quarantine' if pol == 'QUARANTINE' else 'none')
            p += 'dmarc=%s action=%s header.from=%s;compauth=%s reason=%s' % (
                res, act, fd, 'pass' if res == 'pass' else 'fail', '100' if res == 'pass' else '000')
        return [p]
    raise ValueError(provider)

def fold_ar(authserv, parts, provider):
    if provider == 'outlook':
        return 'Authentication-Results: ' + parts[0]
    if provider == 'yahoo':
        return 'Authentication-Results: ' + authserv + ';\n ' + ';\n '.join(parts) + ';'
    return 'Authentication-Results: ' + authserv + ';\n       ' + ';\n       '.join(parts)

AUTHSERV = {'gmail': 'mx.google.com', 'yahoo': 'atlas-production.v2-mail-prod1-gq1.omega.yahoo.com',
            'fastmail': 'mx6.messagingengine.com'}

def transport(provider, to_addr, frm_addr, d, v, mailfrom, ip, relay_host, msgid,
              jp_authserv='mx.nifty.com', extra_dkim=(), forged_lower_ar=None, sign=True):
    """Return list of header lines (already folded) above From:.
    v None -> no Authentication-Results header at all."""
    H = []
    t = int(d.timestamp())
    rcv = d + timedelta(seconds=RNG.randint(1, 9))
    if provider == 'gmail':
        H.append('Delivered-To: %s' % to_addr)
        H.append('Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s' % (
            rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), rb64(3).lower().replace('/', 'q').replace('+', 'z'),
            RNG.randint(100000, 9999999), 'lbv', pdt(rcv)))
        H.append('X-Google-Smtp-Source: AGHT+I%s' % rb64(60))
        H.append('X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
            rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), rb64(18).replace('/', 'a').replace('+', 'b'),
            RNG.randint(1, 99), int(rcv.timestamp()) % 10**10, pdt(rcv)))
        if v is not None:
            arp = ar_value('gmail', v, mailfrom, ip)
            H.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==' % (
                int(rcv.timestamp()), rb64(70), rb64(60)))
            H.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s==' % (
                rb64(43), rb64(43), rb64(70)))
            H.append('ARC-Authentication-Results: i=1; mx.google.com;\n       ' + ';\n       '.join(arp))
        H.append('Return-Path: <%s>' % mailfrom)
        H.append('Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%ssi%d%s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            relay_host, relay_host, ip, RNG.choice(['af79cd13be357', 'd75a77b69052e', '6a1803df08f44', 'ada2fe7eead31']),
            rhex(11), RNG.randint(1000000, 9999999), RNG.choice(['qka', 'qtb', 'ejb', 'qvb']), RNG.randint(100, 999),
            d.astimezone(timezone(timedelta(hours=-7))).strftime('%Y.%m.%d.%H.%M.%S'), to_addr, pdt(d)))
        if v is not None:
            H.append('Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
                v['spf'], mailfrom, 'designates' if v['spf'] == 'pass' else 'does not designate', ip, ip))
            H.append(fold_ar('mx.google.com', arp, 'gmail'))
    elif provider == 'outlook':
        prot = 'EUR%02d-%s-obe.outbound.protection.outlook.com' % (RNG.randint(1, 5), RNG.choice(['AM6', 'DB8', 'HE1', 'VI1']))
        H.append('Received: from %s (2603:10a6:20b:%s::%s)\n by %s (2603:10a6:10:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            'AS9PR0%dCA00%02d.eurprd0%d.prod.outlook.com' % (RNG.randint(1, 9), RNG.randint(10, 99), RNG.randint(1, 9)),
            rhex(3), rhex(2), 'PAXP19%dMB%04d.EURP19%d.PROD.OUTLOOK.COM' % (RNG.randint(0, 9), RNG.randint(1000, 9999), RNG.randint(0, 9)),
            rhex(3), rhex(2), RNG.randint(8000, 8999), RNG.randint(10, 40), rfc(rcv.astimezone(timezone.utc)).replace('-0000', '+0000')))
        if v is not None:
            arp = ar_value('outlook', v, mailfrom, ip)
            H.append(fold_ar(None, arp, 'outlook'))
            H.append('Received-SPF: %s (protection.outlook.com: domain of %s\n %s %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
                'Pass' if v['spf'] == 'pass' else 'SoftFail', mailfrom.split('@')[-1],
                'designates' if v['spf'] == 'pass' else 'does not designate', ip, ip, relay_host))
        H.append('Received: from %s (%s) by\n %s (10.167.16.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s' % (
            relay_host, ip, prot, RNG.randint(2, 250), RNG.randint(8000, 8999), RNG.randint(10, 40),
            rfc(d.astimezone(timezone.utc)).replace('-0000', '+0000')))
        H.append('X-MS-Exchange-Organization-ExpirationStartTime: %s' % d.astimezone(timezone.utc).strftime('%d %b %Y %H:%M:%S.%f')[:-3] + ' (UTC)')
        H.append('X-MS-Exchange-Organization-Network-Message-Id: %s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)))
        H.append('X-MS-Exchange-Organization-AuthSource: %s' % prot)
        H.append('X-MS-Exchange-Organization-AuthAs: Anonymous')
        H.append('X-MS-Exchange-Organization-SCL: 1')
        H.append('Return-Path: %s' % mailfrom)
    elif provider == 'jp':
        H.append('Return-Path: <%s>' % mailfrom)
        H.append('Delivered-To: %s' % to_addr)
        H.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s' % (
            relay_host, relay_host, ip, jp_authserv.replace('mx.', 'mxin%02d.' % RNG.randint(1, 12)), rb64(10).replace('/', 'Q').replace('+', 'k'),
            to_addr, rfc(rcv.astimezone(timezone(timedelta(hours=9))))))
        if v is not None:
            arp = ar_value('jp', v, mailfrom, ip)
            H.append(fold_ar(jp_authserv, arp, 'jp'))
    elif provider in ('yahoo', 'fastmail'):
        H.append('Return-Path: <%s>' % mailfrom)
        if provider == 'fastmail':
            H.append('Received: from mx6.messagingengine.com (mx6.messagingengine.com [10.202.2.205])\n\t by sloti%d (Cyrus 3.11.0-alpha0-%s) with LMTPA;\n\t %s' % (
                RNG.randint(10, 60), rhex(10), rfc(rcv.astimezone(timezone(timedelta(hours=-4))))))
        H.append('Received: from %s (EHLO %s) (%s)\n by %s with ESMTPS; %s' % (
            relay_host, relay_host, ip,
            'mta4%d.mail.gq1.yahoo.com' % RNG.randint(10, 99) if provider == 'yahoo' else 'mx6.messagingengine.com',
            rfc(d.astimezone(timezone.utc)).replace('-0000', '+0000')))
        if v is not None:
            arp = ar_value(provider, v, mailfrom, ip)
            H.append(fold_ar(AUTHSERV[provider], arp, provider))
    elif provider == 'none':
        H.append('Return-Path: <%s>' % mailfrom)
        H.append('Received: from %s (%s [%s])\n\tby mail.%s with ESMTPS id %s\n\tfor <%s>; %s' % (
            relay_host, relay_host, ip, to_addr.split('@')[1], rhex(12).upper(), to_addr, rfc(rcv)))
    else:
        raise ValueError(provider)
    if forged_lower_ar:
        H.append('Authentication-Results: ' + forged_lower_ar)
    if sign:
        for sd, ssel in extra_dkim:
            H.append(dkim_sig(sd, ssel, t))
    return H

def amazon_verdict():
    return {'dkim': [('pass', 'amazon.com', AMZ_SEL), ('pass', 'amazonses.com', SES_SEL)],
            'spf': 'pass', 'dmarc': ('pass', 'QUARANTINE', 'amazon.com')}

def domain_verdict(dom, sel='s1', res='pass', dmarc='pass', pol='REJECT', spf='pass'):
    return {'dkim': [(res, dom, sel)] if res else [('none', None, None)],
            'spf': spf, 'dmarc': (dmarc, pol, dom) if dmarc else None}

SES_IPS = ['54.240.8.%d' % i for i in (17, 33, 46, 59, 72, 91)] + ['54.240.48.%d' % i for i in (101, 115, 130)] + \
          ['54.240.27.%d' % i for i in (12, 24, 57)]

def ses_relay():
    ip = RNG.choice(SES_IPS)
    a, b, c, e = ip.split('.')
    return 'a%s-%s.smtp-out.amazonses.com' % (c, e), ip

# ---------------------------------------------------------------- assemble
def enc_subject(subj, mode=None):
    if mode is None:
        return subj
    if mode == 'b':
        from email.charset import Charset, BASE64
        cs = Charset('utf-8'); cs.header_encoding = BASE64
        return Header(subj, cs, maxlinelen=60, header_name='Subject').encode()
    if mode == 'q':
        from email.charset import Charset, QP
        cs = Charset('utf-8'); cs.header_encoding = QP
        return Header(subj, cs, maxlinelen=60, header_name='Subject').encode()
    raise ValueError(mode)

def fold_addr_hdr(name, value):
    return '%s: %s' % (name, value)

def build(fn, label, *, frm, to, subject, date, body, provider='gmail', verdict='amazon', mailfrom=None,
          relay=None, msgid=None, extra=(), subj_mode=None, dkim=None, forged_lower_ar=None,
          jp_authserv='mx.nifty.com', cc=None, reply_to=None, new_text=None, accounts=None, crlf=False):
    """label: dict(kind, case_id, language, sender_verified). accounts computed from new_text unless given."""
    from_addr = re.search(r'<([^>]+)>', frm).group(1) if '<' in frm else frm
    to_addr = re.search(r'<([^>]+)>', to).group(1) if '<' in to else to
    fdom = from_addr.split('@')[1]
    if verdict == 'amazon':
        v = amazon_verdict()
    else:
        v = verdict
    if relay is None:
        if fdom.endswith('amazon.com') or fdom.endswith('signin.aws'):
            relay = ses_relay()
        else:
            relay = ('mail-%s.%s' % (rhex(4), fdom), '%d.%d.%d.%d' % (RNG.randint(20, 220), RNG.randint(0, 255), RNG.randint(0, 255), RNG.randint(1, 254)))
    if mailfrom is None:
        mailfrom = ses_bounce(date) if relay[0].endswith('amazonses.com') else 'bounces+%d@%s' % (RNG.randint(10**6, 10**7), fdom)
    if msgid is None:
        msgid = ses_id(date) if relay[0].endswith('amazonses.com') else '<%s@%s>' % (uuid.UUID(int=RNG.getrandbits(128)), fdom)
    if dkim is None:
        if fdom == 'amazon.com':
            dkim = [('amazon.com', AMZ_SEL), ('amazonses.com', SES_SEL)]
        elif relay[0].endswith('amazonses.com'):
            dkim = [(fdom, 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'), ('amazonses.com', SES_SEL)]
        else:
            dkim = [(fdom, 's1')]
    H = transport(provider, to_addr, from_addr, date, v, mailfrom, relay[1], relay[0], msgid,
                  jp_authserv=jp_authserv, extra_dkim=dkim, forged_lower_ar=forged_lower_ar)
    H.append('From: %s' % frm)
    if reply_to:
        H.append('Reply-To: %s' % reply_to)
    H.append('To: %s' % to)
    if cc:
        H.append('Cc: %s' % cc)
    H.append('Subject: %s' % enc_subject(subject, subj_mode))
    H.append('MIME-Version: 1.0')
    H.append('Date: %s' % rfc(date))
    H.append('Message-ID: %s' % msgid)
    for e in extra:
        H.append(e)
    if relay[0].endswith('amazonses.com'):
        H.append('Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % rb64(40).replace('/', 'Z'))
        H.append('X-SES-Outgoing: %s-%s' % (date.astimezone(timezone.utc).strftime('%Y.%m.%d'), relay[1]))
    b = body.as_string()
    text = '\n'.join(H) + '\n' + b
    if not text.endswith('\n'):
        text += '\n'
    if crlf:
        text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    data = text.encode('ascii')
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(data)
    lab = dict(label)
    if accounts is None:
        accounts = acc_ids(new_text or '')
    lab['account_ids'] = accounts
    LABELS[fn] = {'kind': lab['kind'], 'case_id': lab.get('case_id'), 'account_ids': lab['account_ids'],
                  'sender_verified': lab['sender_verified'], 'language': lab.get('language', 'en')}
    FILES.append(fn)

def L(kind, case_id, verified=True, lang='en'):
    return {'kind': kind, 'case_id': case_id, 'sender_verified': verified, 'language': lang}

# ---------------------------------------------------------------- common texts
FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

def console_footer(cid, lang='en'):
    return ('\n\nWe value your feedback. Please share your experience by rating this and other correspondences '
            'in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right '
            'corner of the correspondence.\n')

def console_links(cid):
    return ('\n======================================================\n\n'
            'To see all correspondences and contact us regarding this case, visit\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n' % cid)


def html_q(new, quoted='', sig_style=True):
    """HTML with the new text as paragraphs and quoted history inside a blockquote."""
    import html as H
    def paras(t):
        return '\n'.join('<p>' + H.escape(p).replace('\n', '<br>\n') + '</p>' for p in t.strip('\n').split('\n\n'))
    out = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
           '<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n' + paras(new) + '\n</div>\n')
    if quoted:
        q = '\n'.join(l[2:] if l.startswith('> ') else (l[1:] if l.startswith('>') else l) for l in quoted.strip('\n').split('\n'))
        out += '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n' + paras(q) + '\n</blockquote>\n'
    return out + '</body></html>\n'

def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))

def gmail_hdr(d, name, addr):
    return 'On %s at %s, %s <%s> wrote:' % (d.strftime('%a, %b %-d, %Y'), d.strftime('%-I:%M %p'), name, addr)

# =====================================================================
# Scenario A: Priya Raman, form-desk case, Gmail
# =====================================================================
PRIYA_ADDR = 'priya.raman.dev@gmail.com'
PRIYA = 'Priya Raman <%s>' % PRIYA_ADDR
A_OPEN = dt('2025-03-11 09:14:27')
A_CASE = case15(A_OPEN, 431)
A_RE = 'RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ)

A_SUBMISSION = """Inquiry Type: AWS Training and Certification
Detail: Account Merge
AWS Candidate ID: AWS17750392
Notification email: priya.raman.dev@gmail.com
Description: Hello, I have two certification accounts. The first one was created
with my old work email when I took the Cloud Practitioner exam, and I created a
second one with my personal email for the Solutions Architect Associate. I would
like to have everything under one account please. Thank you!"""

t = """Hello,

Thank you for contacting AWS Training and Certification. We have received your
request and created case %s.

A member of our team will review the information you provided and respond to you,
in most cases within 24 hours. If you have more information to add, simply reply
to this email and keep the case number in the subject line. To avoid delays,
please do not submit a new form for the same request.

Sincerely,
AWS Training and Certification
https://aws.amazon.com/training/
""" % A_CASE
build('001-form-ack-priya.eml', L('case_created', A_CASE), frm=FORM_FROM, to=PRIYA,
      subject='[CASE %s] %s' % (A_CASE, FORM_SUBJ), date=A_OPEN + timedelta(seconds=14),
      body=alt(t, html_q(t)), new_text=t)

t = """Hello Priya,

Thank you for reaching out to AWS Training and Certification.

I understand you would like to bring your AWS Certification accounts together. I was
able to find the profile for candidate ID AWS17750392. To move forward I need a few
more details from you:

1. The email address you use to sign in to the other certification account (the one
   created with your previous employer's address, if I understood correctly).
2. The candidate ID of that account if you have it. It starts with "AWS" followed by
   8 digits and is shown on your score reports and in the Certification Account.
3. Which of the two accounts you would like to keep going forward.

Please reply to this email with the above and I'll take it from there.

Best regards,
Rahul M.
AWS Training and Certification
"""
q = """
-----Original Message-----
From: priya.raman.dev@gmail.com
Sent: 11/03/2025 09:14 UTC
Subject: account-assistance

""" + A_SUBMISSION
build('002-asks-which-account-priya.eml', L('support_reply', A_CASE), frm=FORM_FROM, to=PRIYA,
      subject=A_RE, date=dt('2025-03-12 06:48:03'), body=alt(t + q, html_q(t, q)), new_text=t)

A_USER1_D = dt('2025-03-12 20:31:00', -4)
A_USER1 = """Hi Rahul,

Thanks for getting back to me. The other account is under
p.raman@northwind-analytics.com and I think the ID is AWS04418273 (from an old
score report). I'd like to keep the personal one, AWS17750392, since I no longer
have access to the work mailbox.

Thanks,
Priya"""
t = """Hello Priya,

Thank you for the details. I have located both profiles and prepared your request as
follows:

  Account that will remain active:   AWS17750392 (priya.raman.dev@gmail.com)
  Account to be merged and closed:   AWS04418273 (p.raman@northwind-analytics.com)

Once processed, all certifications, exam history and benefits from AWS04418273 will
appear under AWS17750392, and you will sign in with priya.raman.dev@gmail.com only.
Please keep in mind that a merge is permanent: the two accounts cannot be separated
again afterwards.

If everything above reflects what you want, a short reply to this message saying so
is all I need, and I will submit it to our Certification team right away.

Best regards,
Rahul M.
AWS Training and Certification
"""
q = "\n" + gmail_hdr(A_USER1_D, 'Priya Raman', PRIYA_ADDR) + "\n\n" + quote(A_USER1) + "\n>\n" + quote(quote("""Hello Priya,

Thank you for reaching out to AWS Training and Certification.

I understand you would like to bring your AWS Certification accounts together. I was
able to find the profile for candidate ID AWS17750392. To move forward I need a few
more details from you:
[...]""")) + "\n"
build('003-plan-reply-if-accurate-priya.eml', L('merge_confirmation_requested', A_CASE), frm=FORM_FROM, to=PRIYA,
      subject=A_RE, date=dt('2025-03-13 05:40:19'), body=alt(t + q, html_q(t, q)), new_text=t)

A_USER2_D = dt('2025-03-13 07:02:00', -4)
t = """Hello Priya,

Thank you for confirming. I have now passed your request to the team that handles
account merges: AWS04418273 will be combined into AWS17750392 as described in my
previous message. These requests usually take 3 to 5 business days, and I will
update you on this case as soon as it is done. There is nothing else you need to do
in the meantime.

While the request is being processed, please avoid scheduling new exams on either
account.

Best regards,
Rahul M.
AWS Training and Certification
"""
q = "\n" + gmail_hdr(A_USER2_D, 'Priya Raman', PRIYA_ADDR) + "\n\n" + quote(
    "The details are correct. Please proceed with the merge.\n\nPriya") + "\n"
build('004-thanks-for-confirming-priya.eml', L('support_reply', A_CASE), frm=FORM_FROM, to=PRIYA,
      subject=A_RE, date=dt('2025-03-13 11:25:51'), body=alt(t + q, html_q(t, q), cte='base64'), new_text=t)

t = """Hello Priya,

I'm happy to let you know that your certification accounts have been merged. Everything
that was on AWS04418273, including your AWS Certified Cloud Practitioner, now sits
under AWS17750392 together with your AWS Certified Solutions Architect - Associate.

From now on, please sign in to your AWS Certification Account with
priya.raman.dev@gmail.com. Your digital badges will be re-issued by Credly to the email
address of the remaining account; this can take up to 48 hours. If you hold an unused
50% discount voucher, you will find it under Benefits on the same account.

If anything looks wrong, just reply to this email.

Best regards,
Rahul M.
AWS Training and Certification
"""
build('005-merge-done-priya.eml', L('merge_completed', A_CASE), frm=FORM_FROM, to=PRIYA,
      subject=A_RE, date=dt('2025-03-15 14:03:37'), body=alt(t, html_q(t)), new_text=t)

t = """Hello,

Your recent case with AWS Training and Certification has been closed.

Case ID: %s
Subject: account-assistance

Was your issue resolved?
  YES  https://amazonawstc.qualtrics.com/jfe/form/SV_3kPz8dQ1VvG2aXb?caseId=%s&resolved=yes
  NO   https://amazonawstc.qualtrics.com/jfe/form/SV_3kPz8dQ1VvG2aXb?caseId=%s&resolved=no

It takes less than a minute and helps us improve the support we provide.

Thank you,
AWS Training and Certification
""" % (A_CASE, A_CASE, A_CASE)
h = """<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:16px">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="90"></td></tr>
<tr><td style="padding:24px;font-size:15px">
<p>Hello,</p><p>Your recent case with AWS Training and Certification has been closed.</p>
<p><b>Case ID:</b> %s<br><b>Subject:</b> account-assistance</p>
<p style="font-size:18px"><b>Was your issue resolved?</b></p>
<p><a href="https://amazonawstc.qualtrics.com/jfe/form/SV_3kPz8dQ1VvG2aXb?caseId=%s&amp;resolved=yes" style="background:#ff9900;color:#000;padding:10px 28px;text-decoration:none">YES</a>
&nbsp;&nbsp;<a href="https://amazonawstc.qualtrics.com/jfe/form/SV_3kPz8dQ1VvG2aXb?caseId=%s&amp;resolved=no" style="background:#d5dbdb;color:#000;padding:10px 28px;text-decoration:none">NO</a></p>
<p>It takes less than a minute and helps us improve the support we provide.</p>
<p>Thank you,<br>AWS Training and Certification</p></td></tr></table></body></html>
""" % (A_CASE, A_CASE, A_CASE)
build('006-survey-priya.eml', L('survey', A_CASE), frm=FORM_FROM, to=PRIYA,
      subject='Your AWS Training and Certification case %s has been closed' % A_CASE,
      date=dt('2025-03-15 14:05:02'), body=alt(t, h), new_text=t)

CREDLY_V = {'dkim': [('pass', 'credly.com', 's1'), ('pass', 'sendgrid.info', 'smtpapi')], 'spf': 'pass',
            'dmarc': ('pass', 'REJECT', 'credly.com')}

def credly_html(first, badge, issuer='Amazon Web Services Training and Certification', intro=None):
    intro = intro or '%s has issued you a new badge.' % issuer
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Credly</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="560" style="background:#ffffff;margin:24px 0"><tr><td style="padding:32px;text-align:center">
<img src="https://images.credly.com/images/credly-logo.png" width="96" alt="Credly">
<h1 style="font-size:22px;color:#222">Congratulations, %s!</h1>
<p style="font-size:16px;color:#444">%s</p>
<p style="font-size:18px;color:#222"><b>%s</b></p>
<p><a href="https://www.credly.com/badges/%s/accept?utm_medium=email" style="display:inline-block;background:#ff6b00;color:#fff;padding:12px 32px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:13px;color:#777">Share your achievement with your network and let employers verify your skills.</p>
</td></tr><tr><td style="padding:16px;font-size:11px;color:#999;text-align:center">
Credly, Inc. | 315 Park Ave South | New York, NY 10010<br>
<a href="https://www.credly.com/notification_preferences" style="color:#999">Manage email preferences</a>
</td></tr></table></td></tr></table></body></html>
""" % (first, intro, badge, str(uuid.UUID(int=RNG.getrandbits(128))))

t = """Congratulations, Priya!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Cloud Practitioner

Accept your badge:
https://www.credly.com/badges/accept?utm_source=email&utm_medium=badge_issued

Share your achievement with your network and let employers verify your skills.

--
Credly, Inc. | 315 Park Ave South | New York, NY 10010
Manage email preferences: https://www.credly.com/notification_preferences
"""
build('007-credly-badge-priya.eml', L('credly_badge_issued', None), frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>',
      to=PRIYA, subject='Priya, you have a new badge from Amazon Web Services Training and Certification',
      date=dt('2025-03-16 02:17:44'), body=alt(t, credly_html('Priya', 'AWS Certified Cloud Practitioner')),
      verdict=CREDLY_V, relay=('o1.ptr4417.credly.com', '167.89.101.%d' % RNG.randint(2, 250)),
      mailfrom='bounces+2217730-8a1c-priya.raman.dev=gmail.com@em.credly.com',
      dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')], new_text=t)

# =====================================================================
# Scenario B: Tomasz Wojcik, console support case (11 digits), Outlook.com
# =====================================================================
TOM_ADDR = 'tomasz.wojcik@outlook.com'
TOM = 'Tomasz Wojcik <%s>' % TOM_ADDR
B_OPEN = dt('2023-06-05 08:41:12')
B_CASE = '12937465021'
B_SUBJ = 'Merge two AWS Certification accounts'
B_RE = 'RE:[CASE %s] %s' % (B_CASE, B_SUBJ)

t = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hi, I have two AWS Certification accounts, one with my old company email
and one with my private outlook address. My Developer Associate cert is on the old one.
Can you please merge them into the private one? Thanks, Tomasz

We will respond to you as soon as possible. You can view the status of your case and
add correspondence in the AWS Support Center.

Best regards,
Amazon Web Services
""" % (B_CASE, B_CASE, B_SUBJ) + console_links(B_CASE)
build('008-console-case-opened-tomasz.eml', L('case_created', B_CASE), frm=NOREPLY, to=TOM_ADDR,
      subject='Amazon Web Services: You have opened a new Support case: %s' % B_CASE,
      date=B_OPEN + timedelta(seconds=21), body=part(t, cte='7bit', charset='us-ascii'), provider='outlook', new_text=t)

t = """Hello,

We've updated your support case %s. To see the new correspondence, sign in to the
AWS Support Center:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you for using Amazon Web Services.

Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (B_CASE, B_CASE)
build('009-new-correspondence-notice-tomasz.eml', L('support_reply', B_CASE), frm=NOREPLY, to=TOM_ADDR,
      subject='[Case %s] New correspondence added' % B_CASE, date=dt('2023-06-06 10:02:47'),
      body=alt(t, html_q(t)), provider='outlook', new_text=t)

t = """Hello Tomasz,

Thank you for your patience while I checked this with our Training and Certification team.

We found two Certification profiles that match the details you gave. Before the team can
combine them, please go through the short checklist below and answer each line with YES or
NO when you reply to this case in the Support Center:

  [ ] The profile to keep is AWS00927714 (tomasz.wojcik@outlook.com) ............ YES / NO
  [ ] The profile to be absorbed and then deactivated is AWS 03381550
      (t.wojcik@fabrikam-it.pl) ................................................. YES / NO
  [ ] I understand the merge cannot be reversed afterwards ....................... YES / NO

As soon as all three lines read YES, the request will be submitted on your behalf.
""" + console_footer(B_CASE) + """
Best regards,

Michal K.
Amazon Web Services
""" + console_links(B_CASE)
build('010-checklist-yes-no-tomasz.eml', L('merge_confirmation_requested', B_CASE), frm=NOREPLY, to=TOM_ADDR,
      subject=B_RE, date=dt('2023-06-06 10:02:41'), body=alt(t, html_q(t)), provider='outlook', new_text=t)

t = """Hello Tomasz,

A quick correction to my previous message: I wrote the sign-in email of the second profile
as t.wojcik@fabrikam-it.pl, but our records actually show t.wojcik@fabrikam.pl. The candidate
IDs were correct, so the YES answers you sent yesterday still stand and nothing needs to be
re-sent. The request has gone to the Certification team with AWS00927714 as the profile that
stays, and I will let you know here when they are finished.

Sorry for any confusion this may have caused.
""" + console_footer(B_CASE) + """
Best regards,

Michal K.
Amazon Web Services
""" + console_links(B_CASE)
build('011-correction-no-action-tomasz.eml', L('support_reply', B_CASE), frm=NOREPLY, to=TOM_ADDR,
      subject=B_RE, date=dt('2023-06-07 09:15:03'), body=alt(t, html_q(t), cte='base64'), provider='outlook', new_text=t)

t = """Hello Tomasz,

The Training and Certification team has finished consolidating your profiles. The AWS Certified
Developer - Associate and the exam history that used to be on AWS03381550 are now listed
under AWS00927714, and the old profile has been deactivated.

Please sign in with tomasz.wojcik@outlook.com from now on. Credly badges are re-issued
automatically to the remaining profile's email, which can take a couple of days.
""" + console_footer(B_CASE) + """
Best regards,

Michal K.
Amazon Web Services
""" + console_links(B_CASE)
build('012-console-merge-finished-tomasz.eml', L('merge_completed', B_CASE), frm=NOREPLY, to=TOM_ADDR,
      subject=B_RE, date=dt('2023-06-09 13:48:55'), body=alt(t, html_q(t)), provider='outlook', new_text=t)

# =====================================================================
# Scenario C: Kenji Watanabe, form case (15 digits), Japanese provider, English agent
# =====================================================================
KENJI_ADDR = 'k.watanabe@nifty.com'
KENJI = 'Kenji Watanabe <%s>' % KENJI_ADDR
C_OPEN = dt('2025-05-27 23:02:10')
C_CASE = case15(C_OPEN, 2887)
C_RE = 'RE:[CASE %s] %s' % (C_CASE, FORM_SUBJ)
C_SUB = """Inquiry Type: Certification
Detail: Account Merge
AWS Candidate ID: AWS30574116
Description: I have 2 certification account. Old account is AWS22019485 (I used
it for SAA in 2021). Please merge to one account."""

t = """Hello Kenji-san,

Thank you for contacting AWS Training and Certification.

I checked the two candidate IDs you mentioned, AWS30574116 and AWS22019485. In order to verify
that both profiles belong to you, could you please tell us the notification email address that
is registered on each of them? If you no longer remember the one on the older profile, the
email you used when booking the exam in 2021 is also fine.

We look forward to your reply.

Kind regards,
Sakura T.
AWS Training and Certification
"""
q = "\n-----Original Message-----\nFrom: k.watanabe@nifty.com\nSent: 28/05/2025 08:02 JST\nSubject: account-assistance\n\n" + C_SUB + "\n"
build('013-asks-notification-emails-kenji.eml', L('support_reply', C_CASE), frm=FORM_FROM, to=KENJI,
      subject=C_RE, date=dt('2025-05-28 07:31:40'), body=alt(t + q, html_q(t, q)), provider='jp', new_text=t)

C_U1 = """Hello Sakura-san,

Thank you for reply. AWS30574116 is k.watanabe@nifty.com and AWS22019485 is
kenji.w@ex-sunrise.co.jp (old company). I cannot login to old company mail now.

Best regards,
Kenji Watanabe"""
t = """Hello Kenji-san,

Thank you for sending the notification addresses; with them I was able to verify that both
profiles are yours. The plan would be to keep AWS30574116, the profile you are using today,
and to bring the certifications and exam records of AWS22019485 into it, after which
AWS22019485 will no longer be accessible; because this cannot be rolled back later, is this
the arrangement you would like us to carry out, or would you rather keep the older profile?
As soon as I have your answer I will hand the request to the team that performs it.

Kind regards,
Sakura T.
AWS Training and Certification
"""
q = "\n2025年5月29日(木) 9:15 渡辺健二 <k.watanabe@nifty.com>:\n" + quote(C_U1) + "\n"
build('014-question-inside-paragraph-kenji.eml', L('merge_confirmation_requested', C_CASE), frm=FORM_FROM, to=KENJI,
      subject=C_RE, date=dt('2025-05-29 06:12:09'), body=part(t + q, charset='iso-2022-jp', cte='7bit'),
      provider='jp', new_text=t)

t = """Hello Kenji-san,

Thank you for your reply and for confirming that AWS30574116 should be the one you keep.

Before we go ahead, could you please let us know whether you have an exam appointment
scheduled in the next 7 days, on either profile? Merges cannot be processed while an
appointment is pending with our test delivery partner, so if you do have one booked, we
will wait until the exam has been taken and the result has been posted.

Kind regards,
Sakura T.
AWS Training and Certification
"""
q = """
2025年5月29日(木) 19:40 渡辺健二 <k.watanabe@nifty.com>:
> Yes, please keep AWS30574116. I agree.
>
> 2025年5月29日(木) 15:12 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > Hello Kenji-san,
> >
> > Thank you for sending the notification addresses; with them I was able to verify that both
> > profiles are yours. The plan would be to keep AWS30574116, the profile you are using today,
> > and to bring the certifications and exam records of AWS22019485 into it, [...]
"""
build('015-asks-about-exam-booking-kenji.eml', L('support_reply', C_CASE), frm=FORM_FROM, to=KENJI,
      subject=C_RE, date=dt('2025-05-30 01:05:33'), body=part(t + q, charset='iso-2022-jp', cte='7bit'),
      provider='jp', new_text=t)

t = """Hello Kenji-san,

Thank you for letting us know there is no exam booked. Your request has now been handed over to
our Certification operations team and is currently being worked on. They expect to finish
within 3 to 5 business days; no further action is needed from you, and I will write to you on
this case when it is complete.

Kind regards,
Sakura T.
AWS Training and Certification
"""
q = """
差出人: 渡辺健二 <k.watanabe@nifty.com>
送信日時: 2025年5月30日 10:12
宛先: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
件名: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

No exam is booked now. I will take next exam in July.
""" % C_CASE
build('016-status-in-progress-kenji.eml', L('support_reply', C_CASE), frm=FORM_FROM, to=KENJI,
      subject=C_RE, date=dt('2025-05-30 08:47:18'), body=part(t + q, charset='shift_jis', cte='base64'),
      provider='jp', jp_authserv='mx.nifty.com', new_text=t)

t = """Hello Kenji-san,

I am pleased to inform you that the merge has been completed. AWS22019485 has been merged into
AWS30574116, and your AWS Certified Solutions Architect - Associate (2021) is now shown together
with your current certifications. Please use k.watanabe@nifty.com to sign in from now on.

As your request has been fulfilled, I will now resolve this case. You may receive a short survey
about your experience, and we would be grateful if you could take a moment to answer it.

Kind regards,
Sakura T.
AWS Training and Certification
"""
build('017-done-and-case-resolved-kenji.eml', L('merge_completed', C_CASE), frm=FORM_FROM, to=KENJI,
      subject=C_RE, date=dt('2025-06-03 04:20:06'), body=alt(t, html_q(t), cte='base64'),
      provider='jp', new_text=t)

# =====================================================================
# Scenario D: Maria Gonzalez, 2020 form case (10 digits), corporate Microsoft 365
# =====================================================================
MARIA_ADDR = 'maria.gonzalez@contoso-logistics.es'
MARIA = '"Gonzalez, Maria" <%s>' % MARIA_ADDR
D_CASE = '7034581926'
D_RE = 'RE:[CASE %s] %s' % (D_CASE, FORM_SUBJ)

t = """Greetings from AWS Training and Certification!

We have received your inquiry and a case has been opened for you.

Case number: %s

Our team is reviewing your request and will get back to you within 1 business day.
Please reply to this email (keeping the case number in the subject) if you wish to
add any information. Kindly do not raise a new request for the same issue.

Regards,
AWS Training and Certification Support
""" % D_CASE
build('018-ack-2020-maria.eml', L('case_created', D_CASE), frm=FORM_FROM, to=MARIA,
      subject='[CASE %s] Thank you for contacting AWS Training and Certification' % D_CASE,
      date=dt('2020-09-14 12:20:19'), body=alt(t, html_q(t)), provider='outlook', new_text=t)

D_CONF = """Dear Maria,

Greetings from AWS Training and Certification!

As per your request, please find below the accounts which will be merge:

Primary account (will be retain)        : AWS05399127 - maria.gonzalez@contoso-logistics.es
Secondary account (will merge in primary): aws05120984 - mgonzalez.cert@gmail.com

Please note that once the accounts are merge, same cannot be revert back. All the
certifications and exam history of secondary account will be transfer to the primary account.

Kindly revert back with your approval on the above so that we can proceed further with
the merge request.

Thanks and Regards,
Deepak R.
AWS Training and Certification
"""
build('019-kindly-revert-approval-maria.eml', L('merge_confirmation_requested', D_CASE), frm=FORM_FROM, to=MARIA,
      subject=D_RE, date=dt('2020-09-15 10:33:47'), body=alt(D_CONF, html_q(D_CONF)), provider='outlook', new_text=D_CONF)

t = """Dear Maria,

Greetings from AWS Training and Certification!

This is a gentle reminder regarding your case %s. We are yet to receive your response on
our previous email dated 15 September 2020. Request you to please go through the same and
revert at the earliest, so that we can take this forward.

Please note that if we do not hear from you within 3 business days, the case will be closed
automatically.

Thanks and Regards,
Deepak R.
AWS Training and Certification
""" % D_CASE
q = """
-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, September 15, 2020 10:33 AM
To: Gonzalez, Maria <maria.gonzalez@contoso-logistics.es>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % D_CASE + D_CONF
build('020-reminder-no-ids-maria.eml', L('support_reply', D_CASE), frm=FORM_FROM, to=MARIA,
      subject=D_RE, date=dt('2020-09-18 09:05:12'), body=alt(t + q, html_q(t, q)), provider='outlook',
      subj_mode='q', new_text=t)

t = """Dear Maria,

As we have not received a response from you, we are closing case %s for now. If you still
need assistance, simply reply to this email within 14 days and the case will be reopened.

Your feedback matters to us. How would you rate the support you received?

  Very satisfied     https://aws-tc-feedback.amazon.com/s?c=%s&r=5
  Satisfied          https://aws-tc-feedback.amazon.com/s?c=%s&r=4
  Neutral            https://aws-tc-feedback.amazon.com/s?c=%s&r=3
  Dissatisfied       https://aws-tc-feedback.amazon.com/s?c=%s&r=2
  Very dissatisfied  https://aws-tc-feedback.amazon.com/s?c=%s&r=1

Thanks and Regards,
AWS Training and Certification
""" % ((D_CASE,) * 6)
build('021-closed-no-response-rating-maria.eml', L('survey', D_CASE), frm=FORM_FROM, to=MARIA,
      subject=D_RE, date=dt('2020-09-23 11:40:00'), body=part(t, cte='quoted-printable'), provider='outlook', new_text=t)

# =====================================================================
# Scenario E: Olu Adeyemi, three accounts, form case (15 digits), Gmail, HTML templates
# =====================================================================
OLU_ADDR = 'olu.adeyemi@gmail.com'
OLU = 'Olu Adeyemi <%s>' % OLU_ADDR
E_OPEN = dt('2024-10-02 14:41:09')
E_CASE = case15(E_OPEN, 50716)
E_RE = 'RE:[CASE %s] %s' % (E_CASE, FORM_SUBJ)

def tc_html(inner, title='AWS Training and Certification'):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>%s</title></head>
<body style="margin:0;padding:0;background-color:#f2f3f3">
<table width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f3"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="background-color:#232f3e;padding:18px 24px"><img src="https://d1.awsstatic.com/training-and-certification/logos/aws-tc-logo-white.png" alt="AWS Training and Certification" height="28"></td></tr>
<tr><td style="padding:28px 32px;font-family:'Amazon Ember',Arial,sans-serif;font-size:15px;line-height:22px;color:#16191f">
%s
</td></tr>
<tr><td style="padding:16px 32px;font-family:Arial,sans-serif;font-size:11px;color:#687078;border-top:1px solid #eaeded">
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.<br>
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
</td></tr></table></td></tr></table></body></html>
""" % (title, inner)

inner = """<p>Hello,</p>
<p>Thanks for reaching out to AWS Training and Certification. Your request has been received and logged under case <b>%s</b>.</p>
<p>One of our specialists will look into it and get back to you, typically within 24 hours. If you need to add details, reply to this message; there is no need to submit the form again.</p>
<p>Best regards,<br>AWS Training and Certification</p>""" % E_CASE
build('022-html-only-ack-olu.eml', L('case_created', E_CASE), frm=FORM_FROM, to=OLU,
      subject='We received your request [CASE %s]' % E_CASE, date=E_OPEN + timedelta(seconds=9),
      body=part(tc_html(inner), 'html', cte='base64'), new_text=inner)

inner = """<p>Hello Olu,</p>
<p>Thank you for providing the candidate IDs. I reviewed the three Certification profiles and put together the request below.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d5dbdb;font-size:14px">
<tr style="background:#f2f3f3"><th align="left">Candidate ID</th><th align="left">Sign-in email</th><th align="left">After the request</th></tr>
<tr><td>AWS19688030</td><td>olu.adeyemi@gmail.com</td><td><b>Kept</b> &ndash; all records end up here</td></tr>
<tr><td>AWS12094416</td><td>o.adeyemi@lagoscloud.ng</td><td>Merged into AWS19688030, then closed</td></tr>
<tr><td>AWS11830275</td><td>oluwaseun.adeyemi@yahoo.com</td><td>Merged into AWS19688030, then closed</td></tr>
</table>
<p>Certifications, exam history and any unused benefits move to AWS19688030. Closed profiles cannot be reopened and the merge cannot be reversed.</p>
<p>If this is how you would like things set up, reply to this email with the word <b>Confirmed</b>. If anything in the table should be different, just tell me what to change.</p>
<p>Best regards,<br>Ngozi E.<br>AWS Training and Certification</p>"""
build('023-html-table-reply-confirmed-olu.eml', L('merge_confirmation_requested', E_CASE), frm=FORM_FROM, to=OLU,
      subject=E_RE, date=dt('2024-10-03 09:12:27'), body=part(tc_html(inner), 'html', cte='base64'), new_text=inner)

t = """Hello Olu,

Thank you for confirming.

While preparing the request, our team noticed that AWS11830275 is registered under a different
name (Oluwaseun A. Adeyemi) from the other two profiles. Profiles with different legal names
cannot be combined within the same request, so I have removed it from this case. We are
going ahead with AWS12094416 into AWS19688030 only, as agreed.

For AWS11830275: once this case has been closed, please submit a new request from
oluwaseun.adeyemi@yahoo.com and attach a copy of a government-issued ID showing both
versions of your name. Our team will then fold that profile into AWS19688030 as well; there is
no need to do anything about it before then.

Best regards,
Ngozi E.
AWS Training and Certification
"""
q = "\n" + gmail_hdr(dt('2024-10-03 11:02:00', 1), 'Olu Adeyemi', OLU_ADDR) + "\n\n" + quote("Confirmed.\n\nThanks,\nOlu") + "\n"
build('024-thanks-plus-future-case-plan-olu.eml', L('support_reply', E_CASE), frm=FORM_FROM, to=OLU,
      subject=E_RE, date=dt('2024-10-04 08:30:52'), body=alt(t + q, tc_html(html_q(t, q).split('<body>')[1].split('</body>')[0])),
      new_text=t)

inner = """<p>Hello Olu,</p>
<p>Good news &ndash; the work on your profiles is finished. AWS12094416 has been merged into <b>AWS19688030</b>, and your AWS Certified Developer &ndash; Associate and AWS Certified Cloud Practitioner now both appear on that profile.</p>
<p>As mentioned earlier, AWS11830275 is unchanged for now and will be handled in a separate request.</p>
<p>Please sign in with olu.adeyemi@gmail.com going forward. Your Credly badges will be transferred to that address within the next few days.</p>
<p>Best regards,<br>Ngozi E.<br>AWS Training and Certification</p>"""
plain = re.sub(r'<[^>]+>', '', inner.replace('</p>', '\n').replace('<br>', '\n')).replace('&ndash;', '-')
build('025-merge-finished-html-olu.eml', L('merge_completed', E_CASE), frm=FORM_FROM, to=OLU,
      subject=E_RE, date=dt('2024-10-07 16:09:31'), body=alt(plain, tc_html(inner), cte='base64'), new_text=plain)

t = """Congratulations, Olu!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Developer \u2013 Associate

This badge was transferred from another Credly account as part of an AWS Certification
account update. Accept your badge to add it to your profile:
https://www.credly.com/badges/accept?utm_source=email&utm_medium=badge_issued

--
Credly, Inc. | 315 Park Ave South | New York, NY 10010
"""
build('026-credly-badge-after-merge-olu.eml', L('credly_badge_issued', None),
      frm='"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', to=OLU,
      subject='Olu, your AWS Certified Developer \u2013 Associate badge from Amazon Web Services Training and Certification is ready',
      subj_mode='b', date=dt('2024-10-09 03:44:10'),
      body=alt(t, credly_html('Olu', 'AWS Certified Developer &ndash; Associate',
                              intro='This badge was transferred to this account as part of an AWS Certification account update.')),
      verdict=CREDLY_V, relay=('o2.ptr8810.credly.com', '167.89.115.%d' % RNG.randint(2, 250)),
      mailfrom='bounces+2217730-77f0-olu.adeyemi=gmail.com@em.credly.com',
      dkim=[('credly.com', 's1'), ('sendgrid.info', 'smtpapi')], new_text=t)

# =====================================================================
# Scenario F: Hannah Schmidt, form case (15 digits), Fastmail; swapped IDs then correction
# =====================================================================
HANNAH_ADDR = 'hannah@hschmidt.eu'
HANNAH = 'Hannah Schmidt <%s>' % HANNAH_ADDR
F_OPEN = dt('2025-01-20 07:55:31')
F_CASE = case15(F_OPEN, 13390)
F_RE = 'RE:[CASE %s] %s' % (F_CASE, FORM_SUBJ)

F_U1 = """Hi Ciaran,

The old one is from university, AWS08857312 (h.schmidt@stud.tu-example.de). The one I use now
is AWS26641093 with this address. I'd like to keep the current one obviously.

Cheers,
Hannah"""
t = """Hi Hannah,

Thanks for the quick reply and for the candidate IDs.

The summary below is what I'll submit to our Certification team, subject to your OK:

  - AWS26641093 (h.schmidt@stud.tu-example.de) will be merged into AWS08857312
  - AWS08857312 (hannah@hschmidt.eu) will remain as your only account
  - All certifications, transcripts and benefits will be moved to the remaining account
  - The merge is permanent and can't be undone

A reply along the lines of "agreed" is all it takes.

All the best,
Ciaran D.
AWS Training and Certification
"""
q = "\nOn Mon, 20 Jan 2025, at 21:14, Hannah Schmidt wrote:\n" + quote(F_U1) + "\n"
build('027-summary-subject-to-ok-hannah.eml', L('merge_confirmation_requested', F_CASE), frm=FORM_FROM, to=HANNAH,
      subject=F_RE, date=dt('2025-01-21 10:18:44'), body=alt(t + q, html_q(t, q)), provider='fastmail', new_text=t)

t = """Hi Hannah,

Apologies, I mixed up the two candidate IDs in my last message. Please disregard that summary;
the correct version is:

  - AWS08857312 (h.schmidt@stud.tu-example.de) will be merged into AWS26641093 and closed
  - AWS26641093 (hannah@hschmidt.eu) will remain as your only account
  - Everything else is as before: certifications, transcripts and benefits move over, and the
    merge is permanent

Nothing has been submitted yet. I'll only send the request through once you've replied to this
corrected version.

All the best,
Ciaran D.
AWS Training and Certification
"""
build('028-correction-re-asks-hannah.eml', L('merge_confirmation_requested', F_CASE), frm=FORM_FROM, to=HANNAH,
      subject=F_RE, date=dt('2025-01-21 10:51:02'), body=alt(t, html_q(t), cte='base64'), provider='fastmail', new_text=t)

F_U2 = """That's correct now, thanks. One thing though: I have the Security Specialty exam on
3 February. Could you wait until after that so nothing gets lost? I'll let you know.

Hannah"""
t = """Hi Hannah,

No problem at all. I've put the request on hold: the merge of AWS08857312 into AWS26641093 will
not be started until you tell us to go ahead. Your confirmation of the corrected summary is on
file, so once your exam result shows up in your account you only need to reply on this case
and we'll pick it up from there. You don't need to confirm the details again.

Good luck on the 3rd!

All the best,
Ciaran D.
AWS Training and Certification
"""
q = "\n> On 21 Jan 2025, at 12:02, Hannah Schmidt <hannah@hschmidt.eu> wrote:\n>\n" + quote(F_U2) + "\n"
build('029-hold-until-exam-hannah.eml', L('support_reply', F_CASE), frm=FORM_FROM, to=HANNAH,
      subject=F_RE, date=dt('2025-01-21 14:27:36'), body=alt(t + q, html_q(t, q)), provider='fastmail', new_text=t)

t = """Hi Hannah,

Thank you for contacting AWS Training and Certification. Your case %s has been resolved.

We'd like to know how we did. Please take a moment to rate your experience:
https://aws-tc-feedback.amazon.com/csat?case=%s

Was your issue resolved?   Yes | No
How satisfied are you with the support you received?   1  2  3  4  5

Your feedback helps us improve.

AWS Training and Certification
""" % (F_CASE, F_CASE)
build('030-rate-your-experience-hannah.eml', L('survey', F_CASE), frm=FORM_FROM, to=HANNAH,
      subject='How did we do? Case %s' % F_CASE, date=dt('2025-02-07 18:02:19'),
      body=alt(t, html_q(t)), provider='fastmail', new_text=t)

# =====================================================================
# Scenario G: Li Wei, console case (15 digits), Yahoo
# =====================================================================
LI_ADDR = 'liwei.cloud@yahoo.com'
LI = 'Li Wei <%s>' % LI_ADDR
G_OPEN = dt('2024-07-08 03:20:44')
G_CASE = case15(G_OPEN, 918)
G_SUBJ = 'Two certification accounts - please combine'
G_RE = 'RE:[CASE %s] %s' % (G_CASE, G_SUBJ)

t = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: I found that I have two AWS Certification accounts. I passed SAA-C03 on one
of them and DVA-C02 on the other. Please combine them so I can see all my certifications in
one place.

We will respond to you as soon as possible.

Best regards,
Amazon Web Services
""" % (G_CASE, G_CASE, G_SUBJ) + console_links(G_CASE)
build('031-console-opened-li.eml', L('case_created', G_CASE), frm=NOREPLY, to=LI_ADDR,
      subject='Amazon Web Services: You have opened a new Support case: %s' % G_CASE,
      date=G_OPEN + timedelta(seconds=33), body=alt(t, html_q(t), cte='base64'), provider='yahoo', new_text=t)

t = """Hello Li,

Thanks for opening this case. I worked with the AWS Training and Certification team and we located
both profiles:

  AWS14420967 - signs in with liwei.cloud@yahoo.com - AWS Certified Solutions Architect - Associate
  AWS29937051 - signs in with wei.li@cn-techpartners.com - AWS Certified Developer - Associate

What will happen:
  * AWS29937051 is folded into AWS14420967; both certifications then show on AWS14420967
  * AWS29937051 is deactivated and can no longer be used to sign in
  * This step is final and cannot be reversed

What we still need from you before submitting:
  * Your OK on the direction above (AWS29937051 -> AWS14420967). If you would prefer the
    opposite direction, just say so.

Since this address cannot receive e-mail, please respond through the Support Center link below.
""" + console_footer(G_CASE) + """
Best regards,

Arjun P.
Amazon Web Services
""" + console_links(G_CASE)
build('032-what-we-need-your-ok-li.eml', L('merge_confirmation_requested', G_CASE), frm=NOREPLY, to=LI_ADDR,
      subject=G_RE, date=dt('2024-07-09 01:37:08'), body=alt(t, html_q(t)), provider='yahoo', new_text=t)

t = """Hello Li,

We have received your confirmation in the Support Center, thank you. Your request has been
passed to the AWS Training and Certification team, and the merge is now in their queue.

Once the merge is complete, we will update this case and you will be able to see both of your
certifications on one profile. In the meantime there is nothing more you need to do.
""" + console_footer(G_CASE) + """
Best regards,

Arjun P.
Amazon Web Services
""" + console_links(G_CASE)
build('033-received-your-confirmation-li.eml', L('support_reply', G_CASE), frm=NOREPLY, to=LI_ADDR,
      subject=G_RE, date=dt('2024-07-09 12:05:40'), body=alt(t, html_q(t)), provider='yahoo', new_text=t)

t = """Hello Li,

Your two certification profiles are now one. The Training and Certification team let me know this
morning that AWS29937051 has been folded into AWS14420967; your Developer - Associate and
Solutions Architect - Associate certifications are both listed there now.

Please sign in with liwei.cloud@yahoo.com from now on. If a Credly badge is missing after a few
days, reply here and we will ask the team to move it.
""" + console_footer(G_CASE) + """
Best regards,

Arjun P.
Amazon Web Services
""" + console_links(G_CASE)
build('034-profiles-are-now-one-li.eml', L('merge_completed', G_CASE), frm=NOREPLY, to=LI_ADDR,
      subject=G_RE, date=dt('2024-07-11 02:49:13'), body=alt(t, html_q(t), cte='base64'), provider='yahoo', new_text=t)

t = """Hello,

Your AWS Support case %s has been resolved.

Case ID: %s
Subject: %s

Was your issue resolved?
  Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
  No:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

If you need further help with this issue you can reopen the case within 14 days from the
AWS Support Center.

Thank you for using Amazon Web Services.

Amazon Web Services
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (G_CASE, G_CASE, G_SUBJ, G_CASE, G_CASE)
build('035-console-resolved-survey-li.eml', L('survey', G_CASE), frm=NOREPLY, to=LI_ADDR,
      subject='Amazon Web Services: Your Support case %s has been resolved' % G_CASE,
      date=dt('2024-07-11 02:50:01'), body=part(t, cte='quoted-printable'), provider='yahoo', new_text=t)

# =====================================================================
# Scenario H: Sam O'Connor, form case (15 digits), Gmail; duplicate case
# =====================================================================
SAM_ADDR = 'sam.oconnor.ie@gmail.com'
SAM = "Sam O'Connor <%s>" % SAM_ADDR
H_OPEN = dt('2025-08-19 16:05:48')
H_CASE = case15(H_OPEN, 70204)
H_RE = 'RE:[CASE %s] %s' % (H_CASE, FORM_SUBJ)
H_DUP_OPEN = dt('2025-08-21 07:12:30')
H_DUP = case15(H_DUP_OPEN, 40155)

t = """Hi Sam,

Thank you for getting in touch with AWS Training and Certification.

I was able to find two Certification profiles under your name: AWS07731904, which signs in
with sam.oconnor@brightwave-media.ie, and AWS33058120, which uses this Gmail address. They
can be combined, but only one of them can carry on afterwards.

Which of the two would you like to keep? As a rule of thumb we suggest keeping the profile
whose email address you will always have access to, but the choice is entirely yours. Once I
know, I will prepare the request.

Kind regards,
Fatima Z.
AWS Training and Certification
"""
build('036-which-profile-to-keep-sam.eml', L('support_reply', H_CASE), frm=FORM_FROM, to=SAM,
      subject=H_RE, date=dt('2025-08-20 09:22:16'), body=alt(t, html_q(t)), new_text=t)

H_U1 = """Hi Fatima,

Definitely the gmail one please, I'm leaving Brightwave at the end of the month.

Thanks
Sam

Sent from Outlook for iOS"""
t = """Hi Sam,

Thanks, I'll take it from your message that AWS33058120 (Gmail) is the profile to keep. I have
drafted the request as follows:

    From:  AWS07731904   sam.oconnor@brightwave-media.ie   (closed after the merge)
    Into:  AWS33058120   sam.oconnor.ie@gmail.com          (remains active)

Your AWS Certified Solutions Architect - Associate and the 50%% exam voucher currently sitting
on AWS07731904 will move across. As with every merge, this is a one-way step.

The request is ready on my side and goes out the moment you give me the word. Once the merge
is complete, I will email you here and Credly will re-issue your badge to the Gmail address.

Kind regards,
Fatima Z.
AWS Training and Certification
""".replace('%%', '%')
q = """
________________________________
From: Sam O'Connor <sam.oconnor.ie@gmail.com>
Sent: Wednesday, August 20, 2025 9:14:22 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

""" % H_CASE + H_U1 + "\n"
build('037-ready-when-you-give-the-word-sam.eml', L('merge_confirmation_requested', H_CASE), frm=FORM_FROM, to=SAM,
      subject=H_RE, date=dt('2025-08-21 06:40:58'), body=alt(t + q, html_q(t, q)), new_text=t)

t = """Hello,

Thank you for contacting AWS Training and Certification. We have received your request and
created case %s.

A member of our team will review the information you provided and respond to you, in most
cases within 24 hours. If you have more information to add, simply reply to this email and
keep the case number in the subject line. To avoid delays, please do not submit a new form
for the same request.

Sincerely,
AWS Training and Certification
https://aws.amazon.com/training/
""" % H_DUP
build('038-second-case-ack-sam.eml', L('case_created', H_DUP), frm=FORM_FROM, to=SAM,
      subject='[CASE %s] %s' % (H_DUP, FORM_SUBJ), date=H_DUP_OPEN + timedelta(seconds=11),
      body=alt(t, html_q(t)), new_text=t)

t = """Hi Sam,

Thank you for your message. This request is the same as the one we are already handling for you
under case %s, so to keep everything in one place I have merged this case with that one and
will close this one now. You don't need to do anything here.

Please continue the conversation on case %s, where my colleague Fatima is waiting for your
reply to her last email. Opening further cases for the same request can slow things down, so
we'd kindly ask you to reply there instead.

Kind regards,
Tomás R.
AWS Training and Certification
""" % (H_CASE, H_CASE)
build('039-duplicate-case-merged-into-other-sam.eml', L('support_reply', H_DUP), frm=FORM_FROM, to=SAM,
      subject='RE:[CASE %s] %s' % (H_DUP, FORM_SUBJ), date=dt('2025-08-21 09:03:27'),
      body=alt(t, html_q(t), cte='base64'), new_text=t)

t = """Hi Sam,

A quick update: the request is now with our certification operations team and is being worked
on. Based on their current queue I expect it to be finished by Friday, 29 August. There is
no action needed from you; I'll email you on this case as soon as I hear back.

Kind regards,
Fatima Z.
AWS Training and Certification
"""
q = """
On Thu, Aug 21, 2025 at 11:58 AM Sam O'Connor <sam.oconnor.ie@gmail.com> wrote:
> Yes that's all correct, go ahead. Sorry about the second case!
>
> On Thu, 21 Aug 2025 at 07:40, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hi Sam,
> >
> > Thanks, I'll take it from your message that AWS33058120 (Gmail) is the profile to keep. I have
> > drafted the request as follows:
> >
> >     From:  AWS07731904   sam.oconnor@brightwave-media.ie   (closed after the merge)
> >     Into:  AWS33058120   sam.oconnor.ie@gmail.com          (remains active)
> >
> > The request is ready on my side and goes out the moment you give me the word.
"""
build('040-update-in-the-queue-sam.eml', L('support_reply', H_CASE), frm=FORM_FROM, to=SAM,
      subject=H_RE, date=dt('2025-08-25 08:14:45'), body=alt(t + q, html_q(t, q)), new_text=t)

t = """Hi Sam,

Your certification profiles have now been combined. AWS07731904 no longer exists as a separate
profile; your AWS Certified Solutions Architect - Associate, your exam history and the 50%
discount voucher are all on AWS33058120 now.

Please sign in with sam.oconnor.ie@gmail.com from here on. Credly should re-issue your badge
to the same address within a day or two.

Kind regards,
Fatima Z.
AWS Training and Certification
"""
build('041-profiles-combined-voucher-sam.eml', L('merge_completed', H_CASE), frm=FORM_FROM, to=SAM,
      subject=H_RE, date=dt('2025-08-28 15:31:09'), body=alt(t, html_q(t)), new_text=t)

t = """Hi Sam,

Good question. The voucher is attached to your profile rather than to a particular exam, so
you'll find it in your Certification Account under Benefits > Exam Discount, on AWS33058120.
It can be used for any AWS Certification exam, and it is valid until 14 March 2026. When
you schedule the exam, enter the code at checkout with Pearson VUE.

Kind regards,
Fatima Z.
AWS Training and Certification
"""
q = """
-----Original Message-----
From: Sam O'Connor <sam.oconnor.ie@gmail.com>
Sent: Thursday, August 28, 2025 6:02 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Brilliant, thanks a lot! Quick one: where do I find the voucher now, and can I use it for the
DevOps Pro?
""" % H_CASE
build('042-voucher-question-answered-sam.eml', L('support_reply', H_CASE), frm=FORM_FROM, to=SAM,
      subject=H_RE, date=dt('2025-08-29 07:50:33'), body=alt(t + q, html_q(t, q)), new_text=t)

# =====================================================================
# Phishing and unrelated mail
# =====================================================================
DAN_ADDR = 'daniel.kim.dev@gmail.com'
DAN = 'Daniel Kim <%s>' % DAN_ADDR
PH1_CASE = '174900223411872'
t = """Dear Candidate,

We have received a request to merge your AWS Certification accounts listed below:

   Source account:       AWS41007652
   Destination account:  AWS41007625

To protect your certifications, the request must be validated by the account owner. If the
above corresponds to your request, we only need you to sign in through our secure
verification portal within 24 hours so the merge can be finalized:

   https://aws-certification-services.com/merge/verify?case=%s

Requests that are not validated in time are cancelled and the affected certifications may be
temporarily suspended.

Regards,
AWS Training & Certification Support Team
""" % PH1_CASE
build('043-phish-lookalike-merge-verify.eml', L('merge_confirmation_requested', PH1_CASE, verified=False),
      frm='"AWS Training & Certification" <support@aws-certification-services.com>', to=DAN,
      subject='RE:[CASE %s] Action required: AWS Certification account merge' % PH1_CASE,
      date=dt('2025-06-04 13:27:51'), body=alt(t, html_q(t)),
      verdict=domain_verdict('aws-certification-services.com', 'default', pol='NONE'),
      relay=('mail.aws-certification-services.com', '185.231.154.72'),
      mailfrom='bounce@aws-certification-services.com', dkim=[('aws-certification-services.com', 'default')],
      msgid='<20250604132751.7f3a91c2e0@aws-certification-services.com>', new_text=t)

PH2_CASE = '175200918803317'
t = """Hello,

Following your enquiry, your certification profiles AWS 41007625 and AWS 41007652 are scheduled
to be merged into a single account. Should this be in line with what you asked for, please
verify ownership of both profiles using the form below so that our team can release the
request. Unverified requests are cancelled after 48 hours.

   Verify and approve merge: https://amazon-com.support-verify.help/tc/%s

Thank you for choosing AWS Training and Certification.

Best regards,
AWS Training and Certification
""" % PH2_CASE
build('044-phish-spoofed-amazon-dmarc-fail.eml', L('merge_confirmation_requested', PH2_CASE, verified=False),
      frm=FORM_FROM, to=DAN, subject='RE:[CASE %s] %s' % (PH2_CASE, FORM_SUBJ),
      date=dt('2025-07-09 05:14:40'), body=alt(t, html_q(t), cte='base64'),
      verdict={'dkim': [('none', None, None)], 'spf': 'softfail', 'dmarc': ('fail', 'QUARANTINE', 'amazon.com')},
      relay=('vps-2b81d4.hosted-cloud.example.net', '45.137.21.88'), mailfrom='www-data@vps-2b81d4.hosted-cloud.example.net',
      dkim=[], msgid='<a91f0c22b6e1d8e0f4c3@vps-2b81d4.hosted-cloud.example.net>',
      forged_lower_ar='amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dmarc=pass header.from=amazon.com',
      new_text=t)

t = """Dear AWS Certified Professional,

Our records show that the payment for your AWS Certification maintenance fee could not be
processed. To avoid the suspension of your certifications and digital badges, please update
your billing information within 72 hours:

   https://aws-certif1cation.net/account/billing-update

After suspension, your certifications will no longer be verifiable by employers.

AWS Certification Billing Department
"""
build('045-phish-certification-fee.eml', L('unrelated', None, verified=False),
      frm='"AWS Certification" <no-reply@aws-certif1cation.net>', to=TOM_ADDR,
      subject='Final notice: your AWS Certification will be suspended',
      date=dt('2024-11-19 22:40:07'), body=alt(t, html_q(t)), provider='outlook',
      verdict={'dkim': [('none', None, None)], 'spf': 'pass', 'dmarc': ('none', 'NONE', 'aws-certif1cation.net')},
      relay=('mta1.aws-certif1cation.net', '91.215.85.19'), mailfrom='no-reply@aws-certif1cation.net', dkim=[],
      msgid='<e2b7f1a0-77c3-4c1b-9f0e-certif1cation@aws-certif1cation.net>', new_text=t)

SC_CASE = '5884881212'
t = """Hello from Amazon Seller Support,

Thank you for your patience while we looked into the duplicate detail pages you reported.

We have merged ASIN B0C7KX2M4Q into B0C7KX9T1R. The combined detail page will show all
offers within 24 hours, and the reviews from both pages will appear together.

If you have further questions, please reply to this case through Seller Central.

Was this response helpful? Please let us know by clicking one of the links below:
  Yes: https://sellercentral.amazon.com/cu/case-feedback?caseId=%s&r=1
  No:  https://sellercentral.amazon.com/cu/case-feedback?caseId=%s&r=0

Regards,
Leena
Amazon.com
https://sellercentral.amazon.com
""" % (SC_CASE, SC_CASE)
build('046-seller-central-asin-merged.eml', L('unrelated', SC_CASE),
      frm='"Amazon Seller Central" <seller-notification@amazon.com>', to=SAM,
      subject='RE:[CASE %s] Duplicate detail pages - request to merge ASINs' % SC_CASE,
      date=dt('2025-04-02 17:55:20'), body=alt(t, html_q(t)), new_text=t)

BILL_OPEN = dt('2025-02-18 11:31:56')
BILL_CASE = case15(BILL_OPEN, 66120)
t = """Hello Priya,

Thank you for contacting AWS Billing and Accounts.

I understand you would like to merge your two AWS accounts (4410 2287 3391 and 7715 0632 9904)
so that all usage is billed together. Please note that AWS accounts themselves cannot be merged
into one another. What you can do instead is create an organization in AWS Organizations from
the account you want to pay the bills, and invite the other account to join it. The invited
account keeps its own resources, but its charges are billed to the management account.

You can find the steps here:
https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_invites.html

I'll keep this case open for a few days in case you have any questions.
""" + console_footer(BILL_CASE) + """
Best regards,

Karen W.
Amazon Web Services
""" + console_links(BILL_CASE)
build('047-billing-case-aws-accounts-cannot-merge.eml', L('unrelated', BILL_CASE), frm=NOREPLY, to=PRIYA,
      subject='RE:[CASE %s] Merge two AWS accounts for billing' % BILL_CASE, date=dt('2025-02-19 04:12:09'),
      body=alt(t, html_q(t)), new_text=t)

Q_CASE = '11735180201'
t = """Hello,

We're happy to let you know that the Service Quota increase you requested for the account
9034 1176 5520 has been approved.

Region: EU (Frankfurt)
Service: Amazon Elastic Compute Cloud (Amazon EC2)
Quota name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
New quota value: 256

It can take up to 30 minutes for the new value to become effective.
""" + console_footer(Q_CASE) + """
Best regards,

Amazon Web Services
""" + console_links(Q_CASE)
build('048-quota-increase-approved.eml', L('unrelated', Q_CASE), frm=NOREPLY, to=HANNAH,
      subject='RE:[CASE %s] Quota Increase: EC2 On-Demand Standard instances' % Q_CASE, date=dt('2022-11-03 15:46:30'),
      body=alt(t, html_q(t)), provider='fastmail', new_text=t)

t = """AWS Certification wants to hear from you

Hello Kenji Watanabe,

Thank you for being an AWS Certified individual. We are constantly working to improve the
certification experience and would appreciate a few minutes of your time.

Candidate ID: AWS30574116

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?token=9f2c41b7e08a4d61a3b5c9d07e1f6a28

This survey closes on 30 June 2025.

AWS Training and Certification
This email was sent by CertMetrics on behalf of AWS Training and Certification.
"""
build('049-certmetrics-wants-to-hear.eml', L('unrelated', None, verified=False),
      frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=KENJI,
      subject='AWS Certification wants to hear from you', date=dt('2025-06-10 19:00:02'),
      body=alt(t, html_q(t)), provider='jp',
      verdict=domain_verdict('certmetrics.com', 'k1', pol='NONE'),
      relay=('mail.certmetrics.com', '198.2.131.%d' % RNG.randint(2, 250)),
      mailfrom='bounce-mc.us5_1234567.5512@mail.certmetrics.com', dkim=[('certmetrics.com', 'k1')], new_text=t)

t = """Dear Hannah Schmidt,

Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.

Exam: SCS-C02: AWS Certified Security - Specialty
Date: Monday, February 3, 2025
Time: 10:00 AM CET
Location: OnVUE online proctored
Registration number: 492188153
Candidate ID: AWS26641093

Please check in 30 minutes before your appointment and make sure your system has passed the
system test. Bring a valid, government-issued ID.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before
your appointment.

Sincerely,
Pearson VUE
"""
build('050-pearson-vue-appointment.eml', L('unrelated', None, verified=False),
      frm='"Pearson VUE" <pearsonvue-confirmation@pearson.com>', to=HANNAH,
      subject='Pearson VUE Confirmation of Booking', date=dt('2025-01-22 09:03:44'),
      body=alt(t, html_q(t), cte='base64'), provider='fastmail',
      verdict=domain_verdict('pearson.com', 'selector1', pol='REJECT'),
      relay=('mail-am6eur05on2071.outbound.protection.outlook.com', '40.107.22.71'),
      mailfrom='pearsonvue-confirmation@pearson.com', dkim=[('pearson.com', 'selector1')], new_text=t)

t = """Verify your AWS Builder ID email address

Hello,

To finish signing up for your AWS Builder ID, enter the following verification code:

Verification code: 482913

This code expires 30 minutes after it was sent.

If you didn't request this code, you can safely ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
"""
build('051-builder-id-code.eml', L('unrelated', None, verified=True),
      frm='"AWS" <no-reply@signin.aws>', to=LI_ADDR,
      subject='Verify your AWS Builder ID email address', date=dt('2024-07-07 22:58:12'),
      body=alt(t, html_q(t)), provider='yahoo',
      verdict={'dkim': [('pass', 'signin.aws', 'hkc3vbzgdhhnr5gs5roqqrxv7i5u2nse'), ('pass', 'amazonses.com', SES_SEL)],
               'spf': 'pass', 'dmarc': ('pass', 'REJECT', 'signin.aws')},
      dkim=[('signin.aws', 'hkc3vbzgdhhnr5gs5roqqrxv7i5u2nse'), ('amazonses.com', SES_SEL)], new_text=t)

t = """Merged #128 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightwave-media/infra-terraform/pull/128#event-14420967551
You are receiving this because you authored the thread.
"""
h = """<p>Merged <a href="https://github.com/brightwave-media/infra-terraform/pull/128" class="issue-link">#128</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/brightwave-media/infra-terraform/pull/128#event-14420967551">view it on GitHub</a>.<br />You are receiving this because you authored the thread.</p>
"""
build('052-github-pr-merged.eml', L('unrelated', None, verified=None),
      frm='Priyanka Nair <notifications@github.com>', to='brightwave-media/infra-terraform <infra-terraform@noreply.github.com>',
      cc="Sam O'Connor <sam.oconnor@brightwave-media.ie>, Author <author@noreply.github.com>",
      reply_to='brightwave-media/infra-terraform <reply+AAL2XK7Q3@reply.github.com>',
      subject='Re: [brightwave-media/infra-terraform] Merge duplicate account modules into aws-org (PR #128)',
      date=dt('2025-08-12 13:20:41'), body=alt(t, h), provider='none', verdict=None,
      relay=('out-21.smtp.github.com', '192.30.252.204'), mailfrom='noreply@github.com',
      dkim=[('github.com', 'pf2023')], msgid='<brightwave-media/infra-terraform/pull/128/issue_event/14420967551@github.com>',
      extra=('List-ID: brightwave-media/infra-terraform <infra-terraform.brightwave-media.github.com>',
             'X-GitHub-Reason: author'), new_text=t)

CREDLY_PLAIN_V = {'dkim': [('pass', 'credly.com', 's1')], 'spf': 'pass', 'dmarc': ('pass', 'REJECT', 'credly.com')}
t = """Hi Olu,

We received a request to merge another Credly account (oluwaseun.adeyemi@yahoo.com) into
your account olu.adeyemi@gmail.com.

Your verification code is: 728104

To finish, enter the code on the merge page or click the button below:

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=3c9d0e7f1a2b4c5d

All badges from the merged account will be moved to this account. If you did not make this
request, you can ignore this email.

The Credly Team
"""
build('053-credly-self-service-merge-code.eml', L('unrelated', None, verified=True),
      frm='"Credly" <admin@credly.com>', to=OLU, subject='Confirm your Credly account merge',
      date=dt('2024-10-12 10:21:37'), body=alt(t, html_q(t)), verdict=CREDLY_PLAIN_V,
      relay=('o3.ptr2210.credly.com', '167.89.100.%d' % RNG.randint(2, 250)),
      mailfrom='bounces+2217730-c01d-olu.adeyemi=gmail.com@em.credly.com', dkim=[('credly.com', 's1')], new_text=t)

t = """Hi Priya,

Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and
Certification, expires on April 14, 2025.

Keep your skills current: visit the issuer's site to learn how to renew this certification.
https://aws.amazon.com/certification/recertification/

View your badge: https://www.credly.com/earner/earned

The Credly Team
"""
build('054-credly-badge-expiring.eml', L('unrelated', None, verified=True),
      frm='"Credly" <admin@credly.com>', to=PRIYA, subject='Your badge expires in 30 days',
      date=dt('2025-03-15 12:00:31'), body=alt(t, html_q(t)), verdict=CREDLY_PLAIN_V,
      relay=('o1.ptr4417.credly.com', '167.89.101.%d' % RNG.randint(2, 250)),
      mailfrom='bounces+2217730-ee12-priya.raman.dev=gmail.com@em.credly.com', dkim=[('credly.com', 's1')], new_text=t)

inner = """<h2 style="font-size:22px;margin:0 0 12px">What's new in AWS Training and Certification &ndash; September</h2>
<p><b>New exam:</b> AWS Certified AI Practitioner is now generally available. Schedule your exam through your Certification Account.</p>
<p><b>One account for all your certifications.</b> Have you taken exams with more than one email address? Keeping everything in a single Certification Account makes it easier to share your achievements. Sign in and review your profile details today.</p>
<p><b>Skill Builder:</b> 20 new digital courses on generative AI, including hands-on labs.</p>
<p><a href="https://aws.amazon.com/training/" style="background:#ff9900;color:#16191f;padding:10px 20px;text-decoration:none">Explore training</a></p>
<p style="font-size:12px;color:#687078">You are receiving this email because you are subscribed to AWS Training and Certification updates. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p>"""
build('055-tc-newsletter.eml', L('unrelated', None, verified=True),
      frm='"AWS Training and Certification" <aws-training-certification@amazon.com>', to=TOM_ADDR,
      subject="What's new in AWS Training and Certification - September", date=dt('2024-09-17 16:00:05'),
      body=part(tc_html(inner), 'html', cte='quoted-printable'), provider='outlook', new_text=inner)

# =====================================================================
# Scenario K: Aisha Khan, 2022 form case (11 digits), self-hosted mailbox without Authentication-Results
# =====================================================================
AISHA_ADDR = 'aisha@khan-family.org.uk'
AISHA = 'Aisha Khan <%s>' % AISHA_ADDR
K_CASE = '10988234517'
K_RE = 'RE:[CASE %s] %s' % (K_CASE, FORM_SUBJ)

t = """Hello Aisha,

Thank you for your patience.

Per our records, the two Certification profiles below share your name and date of birth:

  AWS15502873 - registered with aisha.khan@lancaster-alumni.ac.uk - AWS Certified Cloud Practitioner
  AWS18840219 - registered with aisha@khan-family.org.uk - AWS Certified SysOps Administrator - Associate

We'd propose retaining AWS18840219, as it is linked to the email address you wrote to us from, and
moving the Cloud Practitioner certification and its history across from AWS15502873, which would
then be closed for good. Unless you see a problem with this, a reply of "Agree" lets us submit it;
if you would rather keep the other profile, tell us and we'll adjust the request.

Kind regards,
Gareth L.
AWS Training and Certification
"""
build('056-propose-reply-agree-aisha.eml', L('merge_confirmation_requested', K_CASE, verified=None), frm=FORM_FROM, to=AISHA,
      subject=K_RE, date=dt('2022-05-10 13:08:26', 0), body=alt(t, html_q(t)), provider='none', verdict=None, new_text=t)

t = """Hello Aisha,

Thank you, your agreement has been noted.

Regarding your question: the exam you have booked on 14 May is under AWS18840219, which is the
profile that stays, so it is not affected. To be on the safe side, we will run the merge of
AWS15502873 into AWS18840219 on 16 May, once your result has been recorded. You don't need to
contact us again before then; we'll update you here when it is done.

Kind regards,
Gareth L.
AWS Training and Certification
"""
q = """
-----Original Message-----
From: Aisha Khan <aisha@khan-family.org.uk>
Sent: 10 May 2022 17:45
To: 'Amazon Web Services' <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Agree.

One question: I have my SAA exam booked on 14 May. Will the merge affect it?

Aisha

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: 10 May 2022 14:08
To: Aisha Khan <aisha@khan-family.org.uk>
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Aisha,

Thank you for your patience.

Per our records, the two Certification profiles below share your name and date of birth:

  AWS15502873 - registered with aisha.khan@lancaster-alumni.ac.uk - AWS Certified Cloud Practitioner
  AWS18840219 - registered with aisha@khan-family.org.uk - AWS Certified SysOps Administrator - Associate
[...]
""" % (K_CASE, K_CASE)
build('057-merge-scheduled-after-exam-aisha.eml', L('support_reply', K_CASE, verified=None), frm=FORM_FROM, to=AISHA,
      subject=K_RE, date=dt('2022-05-11 09:30:14'), body=alt(t + q, html_q(t, q)), provider='none', verdict=None, new_text=t)

t = """Hello Aisha,

Congratulations on passing the Solutions Architect \u2013 Associate exam!

As planned, we\u2019ve now merged your profiles: AWS15502873 has been closed and its Cloud Practitioner
certification is listed under AWS18840219 alongside your two Associate-level certifications.
Please continue to sign in with aisha@khan-family.org.uk.

Kind regards,
Gareth L.
AWS Training and Certification
"""
build('058-merged-as-planned-wrong-charset-aisha.eml', L('merge_completed', K_CASE, verified=None), frm=FORM_FROM, to=AISHA,
      subject=K_RE, date=dt('2022-05-16 15:02:48'),
      body=part(t, charset='utf-8', cte='quoted-printable', label='iso-8859-1'),
      provider='none', verdict=None, new_text=t)

# =====================================================================
# Scenario L: Rohan Mehta, form case (15 digits), Google Workspace domain
# =====================================================================
ROHAN_ADDR = 'rohan@mehta.dev'
ROHAN = 'Rohan Mehta <%s>' % ROHAN_ADDR
L_OPEN = dt('2025-04-22 18:40:02')
L_CASE = case15(L_OPEN, 8841)
L_RE = 'RE:[CASE %s] %s' % (L_CASE, FORM_SUBJ)

t = """Hi Rohan,

Thanks for writing in. Based on your message, the plan is to merge AWS24470018 into AWS09916342,
so that AWS09916342 (rohan@mehta.dev) is the account you keep.

Before I can prepare that, I need one more piece of information: the email address you use to
sign in to AWS24470018. The address we have on file for it (r.mehta@oldmail-example.in)
is returning delivery errors, so I can't verify the profile through it. If you no longer know
which address it is, your full name and the city where you took your first exam will also do.

Best regards,
Yuki H.
AWS Training and Certification
"""
build('059-plan-stated-asks-login-email-rohan.eml', L('support_reply', L_CASE), frm=FORM_FROM, to=ROHAN,
      subject=L_RE, date=dt('2025-04-23 11:16:50'), body=alt(t, html_q(t)), new_text=t)

t = """Hi Rohan,

Thanks, that did it: rohan.mehta.1991@gmail.com matches AWS24470018, and I've updated our notes.

With that, the request reads:
  - AWS24470018 (rohan.mehta.1991@gmail.com) is merged into AWS09916342 and then closed;
  - AWS09916342 (rohan@mehta.dev) keeps all certifications, exam history and benefits;
  - the change is permanent.

If I've understood you correctly, a one-line reply is enough for us to start.

Best regards,
Yuki H.
AWS Training and Certification
"""
q = """
On Wed, Apr 23, 2025 at 10:02 PM Rohan Mehta <rohan@mehta.dev> wrote:
> Hi Yuki, it should be rohan.mehta.1991@gmail.com - I used it back in college.
>
> Rohan
>
> On Wed, Apr 23, 2025 at 4:46 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
>> Hi Rohan,
>>
>> Thanks for writing in. Based on your message, the plan is to merge AWS24470018 into AWS09916342,
>> so that AWS09916342 (rohan@mehta.dev) is the account you keep.
>> [...]
"""
build('060-request-reads-one-line-reply-rohan.eml', L('merge_confirmation_requested', L_CASE), frm=FORM_FROM, to=ROHAN,
      subject=L_RE, date=dt('2025-04-24 05:58:37'), body=alt(t + q, html_q(t, q), cte='base64'),
      subj_mode='b', new_text=t)

# ==== FINISH
def finish():
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(LABELS, f, indent=2, sort_keys=True, ensure_ascii=False)
    print('wrote %d mails' % len(FILES))

finish()
