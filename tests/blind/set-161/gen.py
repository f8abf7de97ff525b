#!/usr/bin/env python3
"""Generator for blind set 161: boundary-heavy AWS Certification account-merge mail.

Run:  python3 make_set.py      (writes NNN-*.eml and labels.json next to this file)
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import re
import uuid
from email.message import Message
from email.header import Header
from email.generator import BytesGenerator
from email.utils import format_datetime
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(161)
LABELS = {}
MAILS = []          # (filename, bytes)
ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
PDT = dt.timezone(dt.timedelta(hours=-7))
EDT = dt.timezone(dt.timedelta(hours=-4))
EST = dt.timezone(dt.timedelta(hours=-5))
BST = dt.timezone(dt.timedelta(hours=1))


def T(s, tz=UTC):
    """'2025-05-20 09:14:07' -> aware datetime in tz (the string is local time in tz)."""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def case15(opened, suffix):
    return '%d%s' % (int(opened.timestamp()), suffix)


# ---------------------------------------------------------------- cases
A_OPEN = T('2025-05-20 09:14:07')
CASE_A = case15(A_OPEN, '00517')          # Daniel Okafor, form desk, en
D_OPEN = T('2025-03-11 01:42:55')
CASE_D = case15(D_OPEN, '00963')          # Sato Kenta, form desk, ja
E_OPEN = T('2024-11-04 16:03:21')
CASE_E = case15(E_OPEN, '00248')          # Lena Fischer, 3 accounts, form
F_OPEN = T('2025-07-08 00:27:40')
CASE_F = case15(F_OPEN, '00731')          # Nakamura Yumi, console, ja
H_OPEN = T('2025-01-15 13:05:12')
CASE_H = case15(H_OPEN, '00084')          # Arjun Mehta, console, en
CASE_B = '13184529071'                    # Priya Raman, console 2023, Outlook
CASE_C = '6823451190'                     # Tomas Herrera, 2020, form
CASE_G = '12045987312'                    # Marco Bianchi, 2022, form


# ---------------------------------------------------------------- helpers
def rhex(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(RNG.choice(alphabet) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def ses_msgid(when, region_prefix='0100'):
    ms = int(when.timestamp() * 1000) + RNG.randint(0, 900)
    return '<%s%012x-%s-000000@email.amazonses.com>' % (region_prefix, ms, ruuid())


def gmail_msgid():
    return '<CA%s%s@mail.gmail.com>' % (rb64(20).replace('/', 'x').replace('+', 'Q'),
                                        rb64(28).replace('/', '_').replace('+', '-'))


def rfc(d):
    return format_datetime(d)


def ses_ip():
    return '54.240.%d.%d' % (RNG.choice([8, 27, 48, 11, 9]), RNG.randint(2, 250))


def dkim(d, s, h, when, extra=''):
    t = int(when.timestamp())
    bh = rb64(43) + '='
    b = rb64(342) + '=='
    folded_b = '\r\n\t'.join([b[i:i + 70] for i in range(0, len(b), 70)])
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts=%s; d=%s; t=%d;\r\n'
            '\th=%s;\r\n\tbh=%s;\r\n\tb=%s' % (s, d, t, h, bh, folded_b))


AMZ_H = 'From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:Message-ID'
SES_H = 'Subject:From:To:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID'


def ses_dkim_pair(when):
    return [('DKIM-Signature', dkim('amazon.com', RNG.choice(['rjs7tn2c7ouomq5pfsbo4mxsawodaiyi',
                                                              'xvvbkpwd3tqkw7dqgvokfhhdqtdbcwch',
                                                              'yg4mwqurec7fkhzutopddd3ytuaqrvuz']),
                                    AMZ_H, when)),
            ('DKIM-Signature', dkim('amazonses.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug',
                                    SES_H, when))]


# ----- trace header builders: return list of (name, value), topmost first
def trace_gmail(to, when, mailfrom_dom, ip, helo, auth, extra_lower=None, hop_minutes=0):
    """auth: dict(dkim=[(result, d)], spf=(result, domain), dmarc=(result, from_dom, policy))"""
    arrive = when + dt.timedelta(seconds=RNG.randint(1, 9), minutes=hop_minutes)
    parts = []
    for res, d in auth.get('dkim', []):
        sel = {'amazon.com': 'rjs7tn2c7ouomq5pfsbo4mxsawodaiyi', 'amazonses.com': 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug',
               'credly.com': 's1'}.get(d, 's1')
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, sel, rb64(8)))
    if 'spf' in auth:
        r, dom = auth['spf']
        parts.append('spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                     % (r, 'bounce@' + dom, ip, rb64(12).lower().replace('/', 'a').replace('+', 'b') + '@' + dom)
                     if r == 'pass' else
                     'spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                     % (r, dom, ip, 'noreply@' + dom))
    if 'dmarc' in auth:
        r, fd, pol = auth['dmarc']
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (r, pol, pol, 'NONE' if r == 'pass' else pol, fd))
    ar = 'mx.google.com;\r\n       ' + ';\r\n       '.join(parts)
    h = [
        ('Delivered-To', to),
        ('Received', 'by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\r\n        %s' % (
            rhex(4), rhex(3), rhex(3), rhex(4), rb64(8).replace('/', 'p').replace('+', 'k'), rfc(arrive + dt.timedelta(seconds=1)))),
        ('X-Google-Smtp-Source', 'AGHT+I' + rb64(70)),
        ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\r\n        %s' % (
            rhex(4), rhex(3), rhex(3), rhex(4), rhex(12), RNG.randint(1, 99), RNG.randint(10**12, 10**13), rfc(arrive))),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\r\n        d=google.com; s=arc-20240605;\r\n        b=%s'
         % (int(arrive.timestamp()), rb64(60))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\r\n'
         '        h=feedback-id:date:message-id:mime-version:subject:to:from\r\n        :dkim-signature:dkim-signature;\r\n'
         '        bh=%s=;\r\n        fh=%s=;\r\n        b=%s' % (rb64(43), rb64(43), rb64(60))),
        ('ARC-Authentication-Results', 'i=1; ' + ar),
        ('Return-Path', '<%s@%s>' % ('0100' + rhex(12) + '-' + ruuid() + '-000000', mailfrom_dom)),
        ('Received', 'from %s (%s. [%s])\r\n        by mx.google.com with ESMTPS id %s.%d.%d\r\n'
         '        for <%s>\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\r\n        %s'
         % (helo, helo, ip, rhex(12), RNG.randint(1, 99), RNG.randint(10**12, 10**13), to, rfc(arrive))),
        ('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
         % (auth.get('spf', ('neutral', mailfrom_dom))[0], mailfrom_dom,
            'designates' if auth.get('spf', ('neutral',))[0] == 'pass' else 'does not designate', ip, ip)),
        ('Authentication-Results', ar),
    ]
    if extra_lower:
        h.extend(extra_lower)
    return h


def trace_outlook(to, when, mailfrom_dom, ip, helo, dkim_res, dkim_d, dmarc_res, from_dom, compauth='pass'):
    arrive = when + dt.timedelta(seconds=RNG.randint(1, 9))
    srv = 'DM6PR%02dMB%04d' % (RNG.randint(1, 20), RNG.randint(1000, 9999))
    prd = RNG.randint(1, 20)
    edge = 'BN1PEPF%08d' % RNG.randint(1000, 99999)
    ar = ('spf=pass (sender IP is %s)\r\n smtp.mailfrom=%s; dkim=%s (%s)\r\n'
          ' header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s\r\n reason=%s'
          % (ip, mailfrom_dom, dkim_res, 'signature was verified' if dkim_res == 'pass' else 'message not signed',
             dkim_d, dmarc_res, from_dom, compauth, '100' if compauth == 'pass' else '000'))
    return [
        ('Received', 'from %s.namprd%02d.prod.outlook.com (2603:10b6:5:%s::%s) by\r\n %s.namprd%02d.prod.outlook.com'
         ' with HTTPS; %s' % (srv, prd, rhex(3), rhex(2), srv, prd, rfc(arrive))),
        ('Received', 'from %s.namprd03.prod.outlook.com (2603:10b6:208:%s::%s)\r\n by %s.outlook.office365.com'
         ' (2603:10b6:5:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)'
         ' id 15.20.%d.%d; %s' % (edge, rhex(3), rhex(2), srv, rhex(3), rhex(2), RNG.randint(7000, 8999),
                                   RNG.randint(10, 40), rfc(arrive))),
        ('Authentication-Results', ar),
        ('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\r\n %s as permitted sender)'
         ' receiver=protection.outlook.com; client-ip=%s;\r\n helo=%s; pr=C' % (mailfrom_dom, ip, ip, helo)),
        ('Received', 'from %s (%s) by\r\n %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\r\n'
         ' Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\r\n Transport; %s'
         % (helo, ip, edge, RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(7000, 8999), RNG.randint(10, 40),
            rfc(arrive))),
    ]


def trace_jp(to, when, mailfrom_dom, ip, helo, provider, dkim_res, dkim_d, dmarc_res, from_dom, spf_res='pass'):
    """Japanese ISP style: provider is e.g. 'mta-snd.nifty.com' / 'biglobe.ne.jp'."""
    arrive = when + dt.timedelta(seconds=RNG.randint(1, 9))
    ar = '%s;\r\n\tspf=%s smtp.mailfrom=%s;\r\n\tdkim=%s header.d=%s header.s=%s' % (
        provider, spf_res, mailfrom_dom, dkim_res, dkim_d,
        'rjs7tn2c7ouomq5pfsbo4mxsawodaiyi' if dkim_d == 'amazon.com' else 's1')
    if dmarc_res:
        ar += ';\r\n\tdmarc=%s header.from=%s' % (dmarc_res, from_dom)
    qid = rhex(10).upper()
    return [
        ('Return-Path', '<%s-%s-000000@%s>' % ('0100' + rhex(12), ruuid(), mailfrom_dom)),
        ('Delivered-To', to),
        ('Received', 'from mlsv%02d.%s (mlsv%02d [10.0.%d.%d])\r\n\tby pop%02d.%s (Postfix) with ESMTP id %s\r\n'
         '\tfor <%s>; %s' % (RNG.randint(1, 30), provider, RNG.randint(1, 30), RNG.randint(1, 9), RNG.randint(1, 250),
                              RNG.randint(1, 9), provider, qid, to, rfc(arrive.astimezone(JST)))),
        ('Authentication-Results', ar),
        ('Received', 'from %s (%s [%s])\r\n\tby mlsv%02d.%s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s'
         % (helo, helo, ip, RNG.randint(1, 30), provider, rhex(10).upper(), to, rfc(arrive.astimezone(JST)))),
    ]


def trace_plain(to, when, ip, helo, relay):
    """No Authentication-Results header at all (e.g. an old on-premise relay)."""
    arrive = when + dt.timedelta(seconds=RNG.randint(1, 9))
    return [
        ('Return-Path', '<bounce@%s>' % helo.split('.', 1)[1]),
        ('Received', 'from %s ([%s])\r\n\tby %s with ESMTP id %s\r\n\tfor <%s>; %s'
         % (helo, ip, relay, rhex(12), to, rfc(arrive))),
    ]


def amazon_ok():
    return dict(dkim=[('pass', 'amazon.com'), ('pass', 'amazonses.com')], spf=('pass', 'amazonses.com'),
                dmarc=('pass', 'amazon.com', 'QUARANTINE'))


def credly_ok():
    return dict(dkim=[('pass', 'credly.com'), ('pass', 'sendgrid.info')], spf=('pass', 'em.credly.com'),
                dmarc=('pass', 'credly.com', 'REJECT'))


# ----- MIME body helpers
def leaf(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, raw_bytes=None):
    m = Message()
    m['Content-Type'] = 'text/%s; charset="%s"' % (subtype, label or charset)
    data = raw_bytes if raw_bytes is not None else text.encode(charset)
    if cte == 'base64':
        enc = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        enc = quopri.encodestring(data).decode('ascii')
    elif cte in ('7bit', '8bit'):
        enc = data.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(enc)
    return m


def multi(subtype, *parts, boundary=None):
    m = Message()
    b = boundary or ('----=_Part_%d_%d.%d' % (RNG.randint(10**5, 10**6), RNG.randint(10**8, 10**9),
                                              RNG.randint(10**12, 10**13)))
    m['Content-Type'] = 'multipart/%s; \r\n\tboundary="%s"' % (subtype, b)
    for p in parts:
        m.attach(p)
    m.set_boundary(b)
    # remove duplicate header set_boundary may create
    return m


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def html_paras(text):
    out = []
    for block in text.strip('\n').split('\n\n'):
        out.append('<p>' + '<br>\n'.join(esc(l) for l in block.split('\n')) + '</p>')
    return '\n'.join(out)


def html_quote_gmail(attrib, quoted_text):
    return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(attrib), html_paras(quoted_text)))


def aws_html(body_text, quoted_text=None, lang='en', footer=None):
    q = ''
    if quoted_text:
        q = ('<hr style="border:none;border-top:1px solid #ccc">'
             '<div style="color:#555;font-size:12px">%s</div>' % html_paras(quoted_text))
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>Amazon Web Services</title></head>\n<body style="font-family:Arial,Helvetica,sans-serif;'
            'font-size:14px;color:#16191f">\n<table width="100%%" cellpadding="0" cellspacing="0" role="presentation">'
            '<tr><td style="padding:16px 24px;background:#232f3e"><img src="https://d1.awsstatic.com/logos/'
            'aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" '
            'alt="AWS" width="60"></td></tr>\n<tr><td style="padding:24px">\n%s\n%s\n</td></tr>\n'
            '<tr><td style="padding:12px 24px;font-size:11px;color:#687078">%s</td></tr></table>\n</body></html>\n'
            % (lang, html_paras(body_text), q, esc(footer or 'Amazon Web Services, Inc. is a subsidiary of '
                                                   'Amazon.com, Inc. Amazon.com is a registered trademark of '
                                                   'Amazon.com, Inc. This message was produced and distributed by '
                                                   'Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.')))


def quote_gt(text, depth=1):
    pre = '>' * depth
    return '\n'.join((pre + ' ' + l) if l else pre for l in text.split('\n'))


def q_gmail(when, name, addr, text):
    # Gmail: "On Tue, May 20, 2025 at 11:02 AM Name <addr> wrote:"
    h = when.strftime('%I').lstrip('0')
    attrib = 'On %s at %s:%s %s %s <%s> wrote:' % (when.strftime('%a, %b %-d, %Y'), h, when.strftime('%M'),
                                                   when.strftime('%p'), name, addr)
    return attrib, attrib + '\n' + quote_gt(text)


def q_outlook(name, addr, when, to, subject, text):
    return ('________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (name, addr, when.strftime('%A, %B %-d, %Y %-I:%M %p'), to, subject, text))


def q_original(name, addr, when, to, subject, text):
    return ('-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (name, addr, when.strftime('%a, %d %b %Y %H:%M:%S'), to, subject, text))


JP_WD = '月火水木金土日'


def q_jp(when, name, addr, text):
    attrib = '%d年%d月%d日(%s) %d:%02d %s <%s>:' % (when.year, when.month, when.day, JP_WD[when.weekday()],
                                                   when.hour, when.minute, name, addr)
    return attrib + '\n' + quote_gt(text)


def enc_subject(s, charset='utf-8'):
    return Header(s, charset, maxlinelen=76).encode(linesep='\r\n')


def enc_name(name, addr, charset='utf-8'):
    try:
        name.encode('ascii')
        return '"%s" <%s>' % (name, addr)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), addr)


# ----- assembling
def build(fname, label, trace, top, body, new_text):
    """trace: list of header pairs; top: list of (name, value) content headers; body: Message (payload/multipart)."""
    msg = Message()
    for k, v in trace:
        msg[k] = v
    for k, v in top:
        msg[k] = v
    msg['MIME-Version'] = '1.0'
    for k, v in body.items():
        msg[k] = v
    if body.is_multipart():
        for p in body.get_payload():
            msg.attach(p)
        msg.preamble = None
    else:
        msg.set_payload(body.get_payload())
    bio = BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=0).flatten(msg, linesep='\r\n')
    data = bio.getvalue()
    # check account ids of the new text match the label
    found = sorted({'AWS' + m for m in ID_RE.findall(new_text)})
    if found != sorted(label['account_ids']):
        raise SystemExit('%s: ids in new text %s != label %s' % (fname, found, label['account_ids']))
    MAILS.append((fname, data))
    LABELS[fname] = label


def L(kind, case_id, ids, verified, lang='en'):
    assert kind in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                    'credly_badge_issued', 'support_reply', 'unrelated'), kind
    return {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)), 'sender_verified': verified,
            'language': lang}


# ---------------------------------------------------------------- common bits
FORM_FROM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE_FROM = '"Amazon Web Services" <no-reply-aws@amazon.com>'
SES_HELO = 'a8-%d.smtp-out.amazonses.com'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

FEEDBACK_EN = ('We value your feedback. Please share your experience by rating this correspondence using the '
               'AWS Support Center link at the end of this correspondence. Each correspondence can also be rated '
               'by selecting the stars in top right corner of each correspondence within the AWS Support Center.')
LEGAL_EN = ('Amazon Web Services, Inc. and its affiliates are located at 410 Terry Ave. North, Seattle, WA 98109. '
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.')


def aws_common(frm, to, subject, when, reply_to=None):
    h = [('From', frm)]
    if reply_to:
        h.append(('Reply-To', reply_to))
    h += [('To', to), ('Subject', subject), ('Date', rfc(when)), ('Message-ID', ses_msgid(when)),
          ('Feedback-ID', '1.us-east-1.%s=:AmazonSES' % rb64(43))]
    return h


def aws_trace_gmail(to, when, auth=None, extra_lower=None):
    ip = ses_ip()
    return trace_gmail(to, when, 'amazonses.com', ip, SES_HELO % RNG.randint(10, 250),
                                                        auth or amazon_ok(), extra_lower)


def with_dkim(trace, when, sigs=None):
    return trace + (sigs if sigs is not None else ses_dkim_pair(when))


def alt(text, html, tcs='utf-8', tcte='quoted-printable', hcs='utf-8', hcte='quoted-printable'):
    return multi('alternative', leaf(text, 'plain', tcs, tcte), leaf(html, 'html', hcs, hcte))


# ==================================================================== MAILS
DANIEL = 'daniel.okafor.dev@gmail.com'
DANIEL_N = 'Daniel Okafor'


def m001():
    when = A_OPEN + dt.timedelta(seconds=14)
    subj = '[CASE %s] %s' % (CASE_A, FORM_SUBJ)
    text = ('Hello,\n\n'
            'Thank you for contacting AWS Training and Certification Customer Support. We have received your '
            'inquiry and opened case %s.\n\n'
            'A member of our team will respond to you by email, in most cases within 24 hours. To help us '
            'resolve your request quickly, please do not open a new case for the same request; reply to this '
            'email if you need to add information.\n\n'
            'Case ID: %s\nInquiry type: Certification\nDetail: Account Merge\n\n'
            'Best regards,\nAWS Training and Certification Customer Support\n\n%s' % (CASE_A, CASE_A, LEGAL_EN))
    body = alt(text, aws_html(text))
    tr = with_dkim(aws_trace_gmail(DANIEL, when), when)
    build('001-form-ack-plain.eml', L('case_created', CASE_A, [], True), tr,
          aws_common(FORM_FROM, DANIEL, subj, when), body, text)



def send_aws(fname, label, to, subj, when, new_text, quoted='', frm=FORM_FROM, trace=None, html='alt',
             charset='utf-8', cte='quoted-printable', reply_to=None, lang='en', extra_top=None, dkim_sigs=None):
    """Generic AWS-originated mail. trace: list of trace headers or None for a Gmail default."""
    full = new_text + (('\n\n' + quoted) if quoted else '')
    if trace is None:
        trace = aws_trace_gmail(to.split('<')[-1].strip('>'), when)
    trace = with_dkim(trace, when, dkim_sigs)
    if html == 'alt':
        body = multi('alternative', leaf(full, 'plain', charset, cte),
                     leaf(aws_html(new_text, quoted, lang), 'html', charset, cte))
    elif html == 'only':
        body = leaf(aws_html(new_text, quoted, lang), 'html', charset, cte)
    else:
        body = leaf(full, 'plain', charset, cte)
    top = aws_common(frm, to, subj, when, reply_to)
    if extra_top:
        top += extra_top
    build(fname, label, trace, top, body, new_text)


def sig(name, team='AWS Training and Certification Customer Support'):
    return 'Best regards,\n%s\n%s' % (name, team)


def orig_block(frm, when, to, subject, text, style='sf'):
    if style == 'sf':
        return ('--------------- Original Message ---------------\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
                % (frm, when.strftime('%-m/%-d/%Y %-I:%M %p') + ' (UTC)', to, subject, text))
    raise ValueError(style)


def reply_subj(case, base=FORM_SUBJ, style='RE:'):
    return '%s[CASE %s] %s' % (style, case, base)

# ---------------- Case A (Daniel Okafor, form desk, Gmail) ----------------
A_OLD, A_NEW = 'AWS04417823', 'AWS11290356'
A_T2 = T('2025-05-21 14:02:33')
A_T2_TEXT = ('Hello Daniel,\n\n'
             'Thank you for contacting AWS Training and Certification.\n\n'
             'I understand that you would like to merge two AWS Certification accounts. To locate both accounts '
             'in our system, could you please reply with the following:\n\n'
             '1. The email address you use to sign in to each account\n'
             '2. The notification email address listed on each account, if different\n'
             '3. Which of the two accounts you would like to keep as your primary account\n\n'
             'As soon as we have this information we will review the accounts and get back to you.\n\n'
             + sig('Ravi K.') + '\n\n' + FEEDBACK_EN)
A_U1 = T('2025-05-21 16:40:12', BST)
A_U1_TEXT = ('Hi Ravi,\n\nThanks for the quick reply.\n\n'
             'Account 1: daniel.okafor@oldcorp-systems.com (from my previous employer), candidate ID AWS04417832\n'
             'Account 2: daniel.okafor.dev@gmail.com, candidate ID AWS11290356\n\n'
             'The notification email is the same as the login on both. I would like to keep the Gmail one.\n\n'
             'Cheers,\nDaniel')


def m002():
    when = A_T2
    quoted = orig_block('daniel.okafor.dev@gmail.com', A_OPEN, 'aws-cs-trainingcertification-form@amazon.com',
                        FORM_SUBJ, 'Inquiry type: Certification\nDetail: Account Merge\n'
                        'Candidate ID: AWS11290356\nDescription: I have two certification accounts, one from my old '
                        'job. Please merge them.')
    send_aws('002-agent-asks-login-emails.eml', L('support_reply', CASE_A, [], True), DANIEL,
             reply_subj(CASE_A), when, A_T2_TEXT, quoted)


def m003():
    when = T('2025-05-22 10:15:48')
    new = ('Hello Daniel,\n\n'
           'Thank you for providing the sign-in email addresses for both accounts. That was exactly what we needed.\n\n'
           'I have located the two accounts. Please note that the candidate ID you gave for the first account has '
           'two digits swapped; the correct ID is shown below. Here is what we will do:\n\n'
           '- Account to be merged (will be deactivated): AWS04417823 - daniel.okafor@oldcorp-systems.com\n'
           '- Account that will remain (primary): AWS11290356 - daniel.okafor.dev@gmail.com\n\n'
           'All certifications, exam history and benefits from AWS04417823 will be moved to AWS11290356. '
           'Please be aware that a merge is permanent and cannot be reversed once it has been completed.\n\n'
           'Kindly reply to this email to confirm that the above is correct and that you would like us to go '
           'ahead. We will not make any changes until we hear back from you.\n\n'
           + sig('Marisol T.') + '\n\n' + FEEDBACK_EN)
    quoted = (orig_block('daniel.okafor.dev@gmail.com', A_U1.astimezone(UTC),
                         'aws-cs-trainingcertification-form@amazon.com', reply_subj(CASE_A), A_U1_TEXT)
              + '\n\n' + orig_block('aws-cs-trainingcertification-form@amazon.com', A_T2, DANIEL,
                                    reply_subj(CASE_A), A_T2_TEXT))
    send_aws('003-confirm-request-thanks-for-emails.eml', L('merge_confirmation_requested', CASE_A,
             [A_OLD, A_NEW], True), DANIEL, reply_subj(CASE_A), when, new, quoted)


A_U2 = T('2025-05-22 11:03:05', BST)
A_U2_TEXT = ('Hi Marisol,\n\nThe details are correct. Please proceed with the merge of AWS04417823 into '
             'AWS11290356.\n\nThanks,\nDaniel')


def m004():
    when = T('2025-05-22 18:30:02')
    new = ('Hello Daniel,\n\n'
           'Thank you for confirming. We will now proceed with your request.\n\n'
           'Once the merge is complete you will receive a follow-up email from us, and any Credly badges should '
           'appear on your primary account within a few days after that. There is nothing further you need to '
           'do in the meantime.\n\n'
           + sig('Marisol T.') + '\n\n' + FEEDBACK_EN)
    quoted = orig_block('daniel.okafor.dev@gmail.com', A_U2.astimezone(UTC),
                        'aws-cs-trainingcertification-form@amazon.com', reply_subj(CASE_A), A_U2_TEXT)
    send_aws('004-thanks-for-confirming-will-proceed.eml', L('support_reply', CASE_A, [], True), DANIEL,
             reply_subj(CASE_A), when, new, quoted, html='plain')


def m005():
    when = T('2025-05-23 20:11:40')
    new = ('Hi Daniel,\n\n'
           'I wanted to give you a quick update on case %s.\n\n'
           'Your request has been passed to our certification records team. As agreed, the history on AWS04417823 '
           'will be moved to AWS11290356, and AWS11290356 will be the account you keep using. This step usually '
           'takes one to three business days, so you may not hear from us again until early next week.\n\n'
           'No action is needed from you at this time.\n\n' % CASE_A
           + sig('Marisol T.') + '\n\n' + FEEDBACK_EN)
    send_aws('005-status-update-restates-plan.eml', L('support_reply', CASE_A, [A_OLD, A_NEW], True), DANIEL,
             reply_subj(CASE_A, style='RE: '), when, new, '', cte='base64')


def m006():
    when = T('2025-05-26 08:47:19')
    new = ('Hello Daniel,\n\n'
           'Good news: the two accounts have now been merged. Your certifications and exam history from '
           'AWS04417823 are now listed under AWS11290356, and the old account has been deactivated.\n\n'
           'Could you please sign in at https://www.aws.training/Certification and let us know whether you can see '
           'all of your certifications? Please also check that your 50% exam discount voucher is still shown '
           'under Benefits. If anything looks wrong, just reply to this email.\n\n'
           + sig('Marisol T.') + '\n\n' + FEEDBACK_EN)
    quoted = orig_block('daniel.okafor.dev@gmail.com', A_U2.astimezone(UTC),
                        'aws-cs-trainingcertification-form@amazon.com', reply_subj(CASE_A), A_U2_TEXT)
    send_aws('006-completion-that-asks-to-verify.eml', L('merge_completed', CASE_A, [A_OLD, A_NEW], True), DANIEL,
             reply_subj(CASE_A), when, new, quoted)


def m007():
    when = T('2025-05-29 09:30:55')
    new = ('Hello Daniel,\n\n'
           'We have not heard back from you since our last message, so I am going to mark this case as '
           'resolved now. For your records, the merge was completed on May 26 and your primary account is '
           'AWS11290356.\n\n'
           'If you need anything else, you can reply to this email within the next 14 days and the case will '
           'be reopened automatically.\n\n'
           'Was your issue resolved? Please take a moment to let us know how we did:\n'
           'https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&rating=yes  [YES]\n'
           'https://support.aws.amazon.com/#/contacts/feedback?caseId=%s&rating=no   [NO]\n\n'
           % (CASE_A, CASE_A) + sig('Marisol T.'))
    send_aws('007-agent-closure-mentions-merge-done.eml', L('survey', CASE_A, [A_NEW], True), DANIEL,
             reply_subj(CASE_A), when, new)


def m008():
    when = T('2025-05-29 09:31:40')
    subj = 'Your AWS Support case %s has been resolved' % CASE_A
    new = ('Hello,\n\n'
           'Your support case %s, "AWS Training and Certification Form Submission - account-assistance", has '
           'been resolved.\n\n'
           'How did we do?\n\n'
           'We would appreciate it if you could answer one quick question about your experience.\n\n'
           'Was your issue resolved?\n'
           '  YES: https://survey.aws-support.amazon.com/t/%s?r=1\n'
           '  NO:  https://survey.aws-support.amazon.com/t/%s?r=0\n\n'
           'This survey will only take a minute. Your answers help us improve AWS Training and Certification '
           'support.\n\n'
           'Sincerely,\nAmazon Web Services\n\n'
           'This email was sent from a notification-only address that cannot accept incoming email. Please do not '
           'reply to this message.' % (CASE_A, rhex(24), rhex(24)))
    send_aws('008-template-survey-was-issue-resolved.eml', L('survey', CASE_A, [], True), DANIEL, subj, when, new,
             frm='"AWS Support" <no-reply-aws@amazon.com>', html='only', cte='base64')


def credly_trace(to, when, auth=None, dom='credly.com'):
    ip = '149.72.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250))
    tr = trace_gmail(to, when, 'em.' + dom, ip, 'o%d.ptr%d.%s' % (RNG.randint(1, 9), RNG.randint(1000, 9999), dom),
                     auth or dict(dkim=[('pass', dom), ('pass', 'sendgrid.info')], spf=('pass', 'em.' + dom),
                                  dmarc=('pass', dom, 'REJECT')))
    sigs = [('DKIM-Signature', dkim(dom, 's1', 'content-transfer-encoding:content-type:from:mime-version:subject:'
                                    'x-feedback-id:to:cc:content-type:from:subject:to', when)),
            ('DKIM-Signature', dkim('sendgrid.info', 'smtpapi', 'content-transfer-encoding:content-type:from:'
                                    'mime-version:subject:x-feedback-id:to:cc', when))]
    return tr + sigs


def credly_html(title, lines, button=None, button_url=None):
    btn = ''
    if button:
        btn = ('<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:#1e8089;'
               'border-radius:4px;padding:12px 28px"><a href="%s" style="color:#ffffff;text-decoration:none;'
               'font-weight:bold">%s</a></td></tr></table>' % (button_url, esc(button)))
    return ('<!doctype html><html><head><meta charset="utf-8"><title>%s</title></head><body style="margin:0;'
            'background:#f4f4f4"><center><table width="600" style="background:#fff;font-family:Helvetica,Arial,'
            'sans-serif;color:#333"><tr><td style="padding:24px"><img src="https://images.credly.com/images/'
            'credly-logo.png" alt="Credly" width="90"></td></tr><tr><td style="padding:0 24px 24px">'
            '<h1 style="font-size:22px">%s</h1>%s%s</td></tr><tr><td style="padding:24px;font-size:11px;color:#888">'
            'Credly, Inc. | 2 Park Ave, Suite 1800, New York, NY 10016<br><a href="https://www.credly.com/'
            'notification_settings">Manage email preferences</a> | <a href="https://www.credly.com/privacy">Privacy'
            '</a></td></tr></table></center></body></html>' % (esc(title), esc(title), html_paras(lines), btn))


CREDLY_FROM_AWS = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'


def m009():
    when = T('2025-05-27 15:22:09')
    badge_url = 'https://www.credly.com/badges/%s/accept' % ruuid()
    subj = 'Your AWS Certified Solutions Architect - Associate badge is ready to accept'
    text = ('Hi Daniel,\n\n'
            'Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions '
            'Architect - Associate.\n\n'
            'This badge was previously held on another Credly account and has been re-issued to this email address '
            'following an update to your AWS Certification profile.\n\n'
            'Accept your badge: %s\n\n'
            'Once accepted, you can share it on LinkedIn, add it to your email signature, and let employers verify '
            'your skills.\n\nThe Credly Team' % badge_url)
    html = credly_html('Your badge is ready to accept', text.rsplit('\n\nAccept your badge', 1)[0],
                       'Accept your badge', badge_url)
    body = multi('alternative', leaf(text, 'plain', 'utf-8', 'quoted-printable'),
                 leaf(html, 'html', 'utf-8', 'quoted-printable'))
    top = [('From', CREDLY_FROM_AWS), ('To', DANIEL), ('Subject', subj), ('Date', rfc(when)),
           ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), RNG.randint(1, 40))),
           ('X-Feedback-ID', '2871911:SG')]
    build('009-credly-badge-reissued-after-merge.eml', L('credly_badge_issued', None, [], True),
          credly_trace(DANIEL, when), top, body, text)


# ---------------- Case D (Sato Kenta, form desk, Japanese, BIGLOBE) ----------------
SATO = 'kenta.sato.0412@biglobe.ne.jp'
D_OLD, D_NEW = 'AWS05512093', 'AWS09873310'
JP_FORM_SUBJ = 'AWS トレーニングと認定 お問い合わせフォーム - アカウントに関するお問い合わせ'


def jp_trace(to, when, provider='mail.biglobe.ne.jp', dkim_res='pass', dkim_d='amazon.com', dmarc_res='pass',
             from_dom='amazon.com', mailfrom='amazonses.com', ip=None, helo=None):
    return trace_jp(to, when, mailfrom, ip or ses_ip(), helo or (SES_HELO % RNG.randint(10, 250)), provider,
                    dkim_res, dkim_d, dmarc_res, from_dom)


def m010():
    when = D_OPEN + dt.timedelta(seconds=22)
    subj = enc_subject('[CASE %s] %s' % (CASE_D, JP_FORM_SUBJ), 'iso-2022-jp')
    new = ('佐藤 健太 様\n\n'
           'AWS トレーニングと認定 カスタマーサポートにお問い合わせいただき、誠にありがとうございます。\n'
           'お問い合わせを受け付け、ケース番号 %s を発行いたしました。\n\n'
           '担当者より、通常24時間以内にメールにてご連絡いたします。\n\n'
           'なお、アカウント統合のご依頼につきましては、対象のアカウントを特定するため、恐れ入りますが'
           '以下の情報を本メールへのご返信にてお知らせいただけますでしょうか。\n'
           '・統合を希望される各アカウントのサインイン用メールアドレス\n'
           '・各アカウントの AWS 認定候補者 ID (「AWS」から始まる番号)\n'
           '・統合後に引き続きご利用になるアカウント\n\n'
           '同じ内容で新たにケースを作成されますと、対応が遅れる場合がございます。追加のご連絡は本メールへの'
           'ご返信にてお願いいたします。\n\n'
           'AWS トレーニングと認定 カスタマーサポート\n'
           'Amazon Web Services' % CASE_D)
    send_aws('010-ja-ack-already-asks-for-details.eml', L('case_created', CASE_D, [], True, 'ja'),
             SATO, subj, when, new, html='plain', charset='iso-2022-jp', cte='7bit',
             trace=jp_trace(SATO, when), lang='ja')


D_U1 = T('2025-03-11 21:18:00', JST)
D_U1_TEXT = ('ご担当者様\n\nお世話になっております。佐藤です。\n'
             '旧アカウント: sato.kenta@old-company.co.jp (aws05512093)\n'
             '新アカウント: kenta.sato.0412@biglobe.ne.jp (AWS09873310)\n'
             '新アカウントを残したいです。\nよろしくお願いいたします。\n\n佐藤 健太')


def m011():
    when = T('2025-03-12 10:05:31', JST)
    subj = enc_subject('RE:[CASE %s] %s' % (CASE_D, JP_FORM_SUBJ), 'utf-8')
    new = ('佐藤 健太 様\n\n'
           'いつもお世話になっております。\n'
           'AWS トレーニングと認定 カスタマーサポートの山本でございます。\n\n'
           'この度は、サインイン用メールアドレスと候補者 ID をお知らせいただき、誠にありがとうございます。\n'
           '確認いたしましたところ、以下の2つのアカウントが見つかりました。\n\n'
           '統合元(統合後に無効となるアカウント): AWS05512093\n'
           '統合先(引き続きご利用いただくアカウント): AWS09873310\n\n'
           '統合元アカウントの認定資格、試験履歴および特典は、すべて統合先アカウントへ移行されます。'
           'なお、統合は一度実施いたしますと元に戻すことができませんので、あらかじめご了承ください。\n\n'
           '上記の内容でお間違いがなければ、本メールにご返信いただき、統合を進めてよろしいかご確認いただけます'
           'でしょうか。お客様からのご確認をいただくまで、作業は行いません。\n\n'
           '何卒よろしくお願い申し上げます。\n\n'
           '山本\nAWS トレーニングと認定 カスタマーサポート')
    quoted = q_jp(D_U1, '佐藤 健太', SATO, D_U1_TEXT)
    send_aws('011-ja-confirm-request-sjis.eml', L('merge_confirmation_requested', CASE_D, [D_OLD, D_NEW], True, 'ja'),
             SATO, subj, when.astimezone(UTC), new, quoted, html='plain', charset='shift_jis', cte='base64',
             trace=jp_trace(SATO, when), lang='ja')


def m012():
    when = T('2025-03-14 16:40:12', JST)
    subj = enc_subject('RE:[CASE %s] %s' % (CASE_D, JP_FORM_SUBJ), 'iso-2022-jp')
    new = ('佐藤 健太 様\n\n'
           'いつもお世話になっております。\n'
           'AWS トレーニングと認定 カスタマーサポートの山本でございます。\n\n'
           'お待たせいたしました。ご依頼いただいておりましたアカウントの統合作業が完了いたしましたので、'
           'ご報告申し上げます。今後は AWS09873310 のアカウントにて、すべての認定資格をご確認いただけます。\n\n'
           'Credly のデジタルバッジにつきましては、反映までに数日かかる場合がございます。\n\n'
           '本件はこれにてクローズとさせていただきます。後ほど満足度アンケートのメールが届きますので、'
           'ご協力いただけますと幸いです。\n\n'
           'このたびはご連絡いただき、誠にありがとうございました。\n\n'
           '山本\nAWS トレーニングと認定 カスタマーサポート')
    quoted = q_jp(T('2025-03-12 12:31:00', JST), '佐藤 健太', SATO,
                  '山本様\n\n内容に間違いありません。統合を進めてください。\nよろしくお願いいたします。\n\n佐藤')
    send_aws('012-ja-completion-and-closing.eml', L('merge_completed', CASE_D, [D_NEW], True, 'ja'),
             SATO, subj, when.astimezone(UTC), new, quoted, html='plain', charset='iso-2022-jp', cte='7bit',
             trace=jp_trace(SATO, when), lang='ja')


def m013():
    when = T('2025-03-14 16:45:03', JST)
    subj = enc_subject('AWS サポートケース %s は解決済みになりました' % CASE_D, 'utf-8')
    new = ('お客様\n\n'
           'サポートケース %s は解決済みとなりました。\n\n'
           '今回のサポートについて、簡単なアンケートへのご協力をお願いいたします。\n\n'
           'お問い合わせは解決しましたか?\n'
           '  はい: https://survey.aws-support.amazon.com/t/%s?r=1&lang=ja\n'
           '  いいえ: https://survey.aws-support.amazon.com/t/%s?r=0&lang=ja\n\n'
           'いただいたご意見は、今後のサービス向上のために活用させていただきます。\n\n'
           'このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。\n\n'
           'Amazon Web Services' % (CASE_D, rhex(24), rhex(24)))
    send_aws('013-ja-template-survey.eml', L('survey', CASE_D, [], True, 'ja'), SATO, subj, when.astimezone(UTC),
             new, frm='"AWS Support" <no-reply-aws@amazon.com>', html='alt', charset='utf-8', cte='base64',
             trace=jp_trace(SATO, when), lang='ja')


# ---------------- Case E (Lena Fischer, three accounts, Microsoft 365) ----------------
LENA = 'lena.fischer@fischer-cloudconsult.de'
E1, E2, E3 = 'AWS02288451', 'AWS06634019', 'AWS10057782'


def o365_trace(to, when, dkim_res='pass', dkim_d='amazon.com', dmarc_res='pass', from_dom='amazon.com',
               mailfrom='amazonses.com', compauth='pass', ip=None, helo=None):
    return trace_outlook(to, when, mailfrom, ip or ses_ip(), helo or (SES_HELO % RNG.randint(10, 250)), dkim_res,
                         dkim_d, dmarc_res, from_dom, compauth)


def m014():
    when = E_OPEN + dt.timedelta(seconds=9)
    subj = '[CASE %s] %s' % (CASE_E, FORM_SUBJ)
    new = ('Hello Lena,\n\n'
           'Thank you for your submission. Your case ID is %s. A copy of the information you provided is '
           'shown below for your reference.\n\n'
           'First name: Lena\nLast name: Fischer\nEmail: %s\nInquiry type: Certification\n'
           'Detail: Account Merge\nAWS candidate ID: AWS10057782\n'
           'Additional information: I have three candidate accounts (AWS02288451, AWS06634019 and the one above) '
           'because I certified through my university, a former employer and now my own company. I would like '
           'to end up with a single account. Please note I have an exam booked for 18 November.\n\n'
           'A member of the AWS Training and Certification team will review your request and respond, typically '
           'within 24 hours. If you need to add details, please reply to this email rather than submitting the '
           'form again.\n\n'
           'Thank you,\nAWS Training and Certification' % (CASE_E, LENA))
    send_aws('014-ack-html-only-echoes-form-ids.eml', L('case_created', CASE_E, [E1, E2, E3], True), LENA, subj,
             when, new, html='only', cte='base64', trace=o365_trace(LENA, when))


def m015():
    when = T('2024-11-05 11:26:50')
    new = ('Hello Lena,\n\n'
           'Thank you for the details you included in your form; they are very helpful.\n\n'
           'I was able to find AWS02288451 and AWS10057782 straight away. However, I could not find an account '
           'with the ID AWS06634019 under your name. Could you please send us the email address you used to sign in '
           'to that account, and let us know which of the three accounts you would like to keep? The account you '
           'keep will be the one where all of your certifications end up.\n\n'
           + sig('Jonas W.') + '\n\n' + FEEDBACK_EN)
    send_aws('015-agent-asks-which-to-keep.eml', L('support_reply', CASE_E, [E1, E2, E3], True), LENA,
             reply_subj(CASE_E), when, new, trace=o365_trace(LENA, when))


E_U1 = T('2024-11-05 14:02:00', CET)
E_U1_TEXT = ('Hello Jonas,\n\nthank you. The third account was created with l.fischer@tu-example.de (university '
             'address, I still have access). Please keep AWS10057782, which uses my company address.\n\n'
             'Best regards\nLena Fischer\nFischer Cloud Consulting GmbH')


def m016():
    when = T('2024-11-06 07:12:05')
    new = ('Dear Lena,\n\n'
           'Greetings from AWS Training and Certification!\n\n'
           'Many thanks for sharing the requested informations. I have checked all the three accounts and kindly '
           'find below the merge details for your review:\n\n'
           'Source accounts (these will be closed after the merge):\n'
           '  - AWS 06634019 (l.fischer@tu-example.de)\n'
           '  - aws-02288451 (lena.fischer@former-employer.example)\n'
           'Destination account (this account will remain):\n'
           '  - Aws10057782 (%s)\n\n'
           'Kindly note that the merge is irreversible. Request you to revert back on this email with your '
           'confirmation so that we can proceed further.\n\n'
           'Additionally one more query: in your form you have mentioned an exam scheduled on 18 November. Could '
           'you please let us know on which account this appointment is booked? If it is booked on one of the '
           'source accounts we would suggest to take the exam first.\n\n'
           'Thanks & Regards,\nNikhil\nAWS Training & Certification Support\n\n' % LENA + FEEDBACK_EN)
    quoted = q_outlook('Lena Fischer', LENA, E_U1, 'Amazon Web Services', reply_subj(CASE_E), E_U1_TEXT)
    send_aws('016-confirm-request-nonnative-plus-exam-question.eml',
             L('merge_confirmation_requested', CASE_E, [E1, E2, E3], True), LENA, reply_subj(CASE_E), when, new,
             quoted, html='plain', trace=o365_trace(LENA, when))


def m017():
    when = T('2024-11-09 06:30:14')
    new = ('Dear Lena,\n\n'
           'This is a follow-up on our previous email regarding your case %s.\n\n'
           'We have not yet received your response. Kindly reply to our last email at your earliest convenience so '
           'that we can move forward with your request. If we do not hear from you within 5 business days, the '
           'case will be closed automatically; you can still reopen it by replying.\n\n'
           'Thanks & Regards,\nNikhil\nAWS Training & Certification Support\n\n' % CASE_E + FEEDBACK_EN)
    send_aws('017-chaser-without-account-names.eml', L('support_reply', CASE_E, [], True), LENA,
             reply_subj(CASE_E), when, new, trace=o365_trace(LENA, when))


E_U2 = T('2024-11-09 18:44:00', CET)
E_U2_TEXT = ('Hello Nikhil,\n\nsorry for the delay, I was travelling. The exam on 18 November is booked on '
             'AWS10057782, so that should not be a problem.\n\nBest regards\nLena')


def m018():
    when = T('2024-11-11 08:03:27')
    new = ('Dear Lena,\n\n'
           'Thank you for your reply and for clarifying that your exam is booked on the destination account. '
           'That means the merge will not affect your appointment.\n\n'
           'However, we still need your explicit go-ahead before we can start. Kindly confirm that you want us to '
           'merge AWS02288451 and AWS06634019 into AWS10057782, with AWS10057782 as the surviving account. A simple '
           '"Yes, I confirm" in reply to this email is sufficient.\n\n'
           'Thanks & Regards,\nNikhil\nAWS Training & Certification Support\n\n' + FEEDBACK_EN)
    quoted = q_outlook('Lena Fischer', LENA, E_U2, 'Amazon Web Services', reply_subj(CASE_E), E_U2_TEXT)
    send_aws('018-confirm-request-after-thanks-for-answer.eml',
             L('merge_confirmation_requested', CASE_E, [E1, E2, E3], True), LENA, reply_subj(CASE_E), when, new,
             quoted, trace=o365_trace(LENA, when))


def m019():
    when = T('2024-11-11 16:20:45')
    new = ('Dear Lena,\n\n'
           'Thank you for the confirmation.\n\n'
           'I have raised the request with our internal team. As discussed, AWS02288451 and AWS06634019 will be '
           'merged into AWS10057782, which stays your active account. This normally takes 3-5 business days. You '
           'will get an email from us when it is done, and you do not need to do anything in the meantime.\n\n'
           'Thanks & Regards,\nNikhil\nAWS Training & Certification Support\n\n' + FEEDBACK_EN)
    quoted = q_outlook('Lena Fischer', LENA, T('2024-11-11 12:10:00', CET), 'Amazon Web Services',
                       reply_subj(CASE_E), 'Yes, I confirm.\n\nLena')
    send_aws('019-status-restates-plan-after-confirmation.eml', L('support_reply', CASE_E, [E1, E2, E3], True),
             LENA, reply_subj(CASE_E), when, new, quoted, trace=o365_trace(LENA, when))


def m020():
    when = T('2024-11-14 10:51:02')
    new = ('Dear Lena,\n\n'
           'We are pleased to inform you that the certification records from AWS02288451 and AWS06634019 have been '
           'consolidated into AWS10057782. The two other candidate profiles have been deactivated and can no '
           'longer be used to sign in. Your certifications, exam history and benefits are now all shown on your '
           'company account.\n\n'
           'Thanks & Regards,\nNikhil\nAWS Training & Certification Support\n\n' + FEEDBACK_EN)
    send_aws('020-completion-without-the-word-merge.eml', L('merge_completed', CASE_E, [E1, E2, E3], True), LENA,
             reply_subj(CASE_E), when, new, trace=o365_trace(LENA, when))


def m021():
    when = T('2024-11-14 10:58:30')
    subj = 'Case %s resolved - tell us about your experience' % CASE_E
    new = ('Hello,\n\n'
           'We have resolved your case %s.\n\n'
           'Resolution summary: The requested candidate accounts were merged successfully and the case has been '
           'closed.\n\n'
           'Please take a minute to rate the support you received. Was your issue resolved?\n'
           'Yes - https://survey.aws-support.amazon.com/t/%s?r=1\n'
           'No - https://survey.aws-support.amazon.com/t/%s?r=0\n\n'
           'If you need further help with this issue, you can reopen the case within 14 days by replying to the last '
           'correspondence.\n\n'
           'Thank you,\nAWS Training and Certification' % (CASE_E, rhex(24), rhex(24)))
    send_aws('021-template-closure-says-merged.eml', L('survey', CASE_E, [], True), LENA, subj, when, new,
             frm='"AWS Support" <no-reply-aws@amazon.com>', trace=o365_trace(LENA, when))


# ---------------- Case F (Nakamura Yumi, console, Japanese) ----------------
YUMI = 'yumi.nakamura@kaiun-systems.co.jp'
F_OLD, F_NEW = 'AWS03345671', 'AWS08812245'
F_SUBJ = '認定アカウントの統合について'
CONSOLE_FOOT_JA = ('このメールアドレスは返信を受け付けておりません。ケースへの返信は AWS サポートセンターから'
                   'お願いいたします。')


def f_trace(when, **kw):
    return jp_trace(YUMI, when, provider='sv3021.sakura.ne.jp', **kw)


def m022():
    when = F_OPEN + dt.timedelta(seconds=31)
    subj = enc_subject('Amazon Web Services: 新しいサポートケースがオープンされました: %s' % CASE_F, 'utf-8')
    new = ('こんにちは。\n\n'
           'アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、'
           'ケース %s をオープンしました。\n\n'
           'ケースの詳細は以下のとおりです。\n\n'
           'ケース ID: %s\n件名: %s\n重要度: 一般的なガイダンス\n'
           'やり取り: お世話になっております。転職に伴い AWS 認定の候補者 ID が2つになってしまったため、'
           '1つのアカウントにまとめていただきたく、ご相談いたします。\n\n'
           'AWS サポートセンターでこのケースを確認し、返信することができます:\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
           '%s\n\nよろしくお願いいたします。\nアマゾン ウェブ サービス'
           % (CASE_F, CASE_F, F_SUBJ, CASE_F, CONSOLE_FOOT_JA))
    send_aws('022-ja-console-case-opened.eml', L('case_created', CASE_F, [], True, 'ja'), YUMI, subj, when, new,
             frm=CONSOLE_FROM, html='alt', cte='base64', trace=f_trace(when), lang='ja')


def m023():
    when = T('2025-07-08 18:02:10', JST)
    subj = enc_subject('[Case %s] 新しいやり取りが追加されました' % CASE_F, 'iso-2022-jp')
    new = ('こんにちは。\n\n'
           'ケース %s に新しいやり取りが追加されました。\n\n'
           '内容を確認して返信するには、AWS サポートセンターにサインインしてください:\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
           '%s\n\nアマゾン ウェブ サービス' % (CASE_F, CASE_F, CONSOLE_FOOT_JA))
    send_aws('023-ja-new-correspondence-notice.eml', L('support_reply', CASE_F, [], True, 'ja'), YUMI, subj,
             when.astimezone(UTC), new, frm=CONSOLE_FROM, html='plain', charset='iso-2022-jp', cte='7bit',
             trace=f_trace(when), lang='ja')


def m024():
    when = T('2025-07-09 11:20:44', JST)
    subj = enc_subject('RE:[CASE %s] %s' % (CASE_F, F_SUBJ), 'utf-8')
    new = ('中村 由美 様\n\n'
           'お世話になっております。AWS トレーニングと認定サポートの小林と申します。\n\n'
           '先日はサインイン用メールアドレスをご共有いただき、ありがとうございました。お客様の2つのアカウントを'
           '確認いたしましたので、統合の内容を以下のとおりご案内いたします。\n\n'
           '・統合される(無効化される)アカウント: AWS03345671\n'
           '・統合後も残るアカウント: AWS08812245\n\n'
           '統合後は元に戻すことができません。恐れ入りますが、上記の内容で統合を実施してよろしいか、'
           'サポートセンターから本ケースにご返信いただけますでしょうか。\n\n'
           '引き続きよろしくお願いいたします。\n\n'
           '小林\nAmazon Web Services\n\n'
           'この回答はお役に立ちましたか? サポートセンターでこのやり取りを評価してください:\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n%s'
           % (CASE_F, CONSOLE_FOOT_JA))
    send_aws('024-ja-console-confirm-request-dkim-only.eml',
             L('merge_confirmation_requested', CASE_F, [F_OLD, F_NEW], True, 'ja'), YUMI, subj, when.astimezone(UTC),
             new, frm=CONSOLE_FROM, html='alt', cte='quoted-printable', trace=f_trace(when, dmarc_res=None), lang='ja')


def m025():
    when = T('2025-07-09 17:55:02', JST)
    subj = enc_subject('RE:[CASE %s] %s' % (CASE_F, F_SUBJ), 'iso-2022-jp')
    new = ('中村 由美 様\n\n'
           'お世話になっております。AWS トレーニングと認定サポートの小林でございます。\n\n'
           'ご確認いただき、誠にありがとうございます。これより統合作業を進めてまいります。\n'
           '担当チームへ AWS03345671 から AWS08812245 への統合を依頼いたしました。作業には通常2〜3営業日ほどかかります。'
           '完了いたしましたら、改めて本ケースにてご連絡いたします。\n\n'
           'それまでの間、お客様に行っていただく作業はございません。\n\n'
           '小林\nAmazon Web Services\n\n%s' % CONSOLE_FOOT_JA)
    send_aws('025-ja-thanks-will-proceed.eml', L('support_reply', CASE_F, [F_OLD, F_NEW], True, 'ja'), YUMI, subj,
             when.astimezone(UTC), new, frm=CONSOLE_FROM, html='plain', charset='iso-2022-jp', cte='7bit',
             trace=f_trace(when), lang='ja')


def m026():
    when = T('2025-07-11 10:12:37', JST)
    subj = enc_subject('[Case %s] 新しいやり取りが追加されました' % CASE_F, 'utf-8')
    new = ('こんにちは。\n\n'
           'ケース %s に新しいやり取りが追加されました。\n\n'
           '-----\n'
           '中村 由美 様\n\n'
           'お待たせいたしました。ご依頼のアカウント統合が完了いたしました。AWS03345671 の認定資格および試験履歴は、'
           'AWS08812245 に移行済みです。今後は AWS08812245 のアカウントでサインインしてください。\n\n'
           '小林\nAmazon Web Services\n'
           '-----\n\n'
           'AWS サポートセンターでこのケースを確認できます:\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n%s'
           % (CASE_F, CASE_F, CONSOLE_FOOT_JA))
    send_aws('026-ja-notice-carrying-completion-text.eml', L('merge_completed', CASE_F, [F_OLD, F_NEW], True, 'ja'),
             YUMI, subj, when.astimezone(UTC), new, frm=CONSOLE_FROM, html='alt', cte='base64',
             trace=f_trace(when), lang='ja')


# ---------------- Case H (Arjun Mehta, console, English, Gmail) ----------------
ARJUN = 'arjun.mehta.cloud@gmail.com'
H_OLD, H_NEW = 'AWS07120984', 'AWS01558832'
H_SUBJ = 'Merge two AWS Certification accounts'
CONSOLE_FOOT_EN = ('To see all correspondence for this case or to reply, please visit the Support Center:\n'
                   'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
                   'Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
                   'To respond to this case, please use the link above.')


def m027():
    when = H_OPEN + dt.timedelta(seconds=17)
    subj = 'Amazon Web Services: You have opened a new Support case: %s' % CASE_H
    new = ('Hello,\n\n'
           'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
           'The details of your case are as follows:\n\n'
           'Case ID: %s\nSubject: %s\nSeverity: General guidance\n'
           'Correspondence: Hi, I ended up with two certification accounts: AWS07120984 (old work email, no longer '
           'accessible) and AWS01558832 (personal gmail). Can you combine them and keep AWS01558832? Thanks, Arjun\n\n'
           'We will respond to your case as soon as possible.\n\n' % (CASE_H, CASE_H, H_SUBJ)
           + CONSOLE_FOOT_EN % CASE_H + '\n\nBest regards,\nAmazon Web Services')
    send_aws('027-console-case-opened-echoes-ids.eml', L('case_created', CASE_H, [H_OLD, H_NEW], True), ARJUN, subj,
             when, new, frm=CONSOLE_FROM)


def m028():
    when = T('2025-01-16 09:41:09')
    subj = 'RE:[CASE %s] %s' % (CASE_H, H_SUBJ)
    new = ('Hello Arjun,\n\n'
           'Thank you for your patience while we look into this.\n\n'
           "I have forwarded your request to the AWS Training and Certification team, which manages candidate "
           "accounts. They will verify ownership of both accounts before anything is changed. I'll update this case "
           "as soon as I hear back from them; there's nothing you need to do right now.\n\n"
           'Best regards,\nTomasz B.\nAmazon Web Services\n\n'
           'Was this response helpful? Click here to rate it:\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n' % CASE_H
           + CONSOLE_FOOT_EN % CASE_H)
    send_aws('028-console-we-are-working-on-it.eml', L('support_reply', CASE_H, [], True), ARJUN, subj, when, new,
             frm=CONSOLE_FROM)


def m029():
    when = T('2025-01-17 15:08:52')
    subj = 'RE:[CASE %s] %s' % (CASE_H, H_SUBJ)
    new = ('Hello Arjun,\n\n'
           'Thanks for waiting \u2014 the Training and Certification team has reviewed both profiles.\n\n'
           "Here\u2019s what will happen if you give us the go-ahead:\n"
           '\u2022 AWS07120984 (old work email) will be merged into AWS01558832 and then closed.\n'
           '\u2022 AWS01558832 (arjun.mehta.cloud@gmail.com) will remain your only account.\n\n'
           "Because this can\u2019t be undone afterwards, we need you to confirm in the Support Center that this is "
           "what you want. Simply reply on the case with \u201cConfirmed\u201d and we\u2019ll take it from there.\n\n"
           'Best regards,\nTomasz B.\nAmazon Web Services\n\n'
           'Was this response helpful? Click here to rate it:\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n' % CASE_H
           + CONSOLE_FOOT_EN % CASE_H)
    full = new
    # utf-8 bytes, but the part is (wrongly) labelled windows-1252 / iso-8859-1
    body = multi('alternative',
                 leaf(None, 'plain', cte='quoted-printable', label='iso-8859-1', raw_bytes=full.encode('utf-8')),
                 leaf(None, 'html', cte='quoted-printable', label='windows-1252',
                      raw_bytes=aws_html(new).encode('utf-8')))
    tr = with_dkim(aws_trace_gmail(ARJUN, when), when)
    build('029-console-confirm-request-wrong-charset-label.eml',
          L('merge_confirmation_requested', CASE_H, [H_OLD, H_NEW], True), tr,
          aws_common(CONSOLE_FROM, ARJUN, subj, when), body, new)


def m030():
    when = T('2025-01-20 11:26:33')
    subj = 'RE:[CASE %s] %s' % (CASE_H, H_SUBJ)
    new = ('Hello Arjun,\n\n'
           "I'm happy to let you know that the merge has been completed. Your exam history and certifications from "
           'AWS07120984 now show on AWS01558832, and the old profile has been closed.\n\n'
           "Since your request is fulfilled, I'll go ahead and mark this case as resolved. If you have a moment, "
           'we would appreciate it if you could rate this correspondence using the link below.\n\n'
           'Best regards,\nTomasz B.\nAmazon Web Services\n\n'
           'Was this response helpful? Click here to rate it:\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n' % CASE_H
           + CONSOLE_FOOT_EN % CASE_H)
    send_aws('030-console-completion-and-resolving.eml', L('merge_completed', CASE_H, [H_OLD, H_NEW], True), ARJUN,
             subj, when, new, frm=CONSOLE_FROM, cte='base64')


def m031():
    when = T('2025-01-20 11:40:02')
    subj = 'How did we do? Your feedback on AWS Support case %s' % CASE_H
    new = ('Hello,\n\n'
           'Your recent AWS Support case has been closed:\n\n'
           'Case ID: %s\nSubject: %s\n\n'
           'We want to make sure you received the help you needed. Please take a few seconds to tell us about your '
           'experience.\n\n'
           'How satisfied are you with the support you received?\n'
           '1 - Very dissatisfied | 2 | 3 | 4 | 5 - Very satisfied\n'
           'https://survey.aws-support.amazon.com/t/%s\n\n'
           'If your issue was not resolved, you can reopen the case from the Support Center.\n\n'
           'Thank you,\nAWS Support' % (CASE_H, H_SUBJ, rhex(32)))
    send_aws('031-console-rating-request.eml', L('survey', CASE_H, [], True), ARJUN, subj, when, new,
             frm='"AWS Support" <no-reply-aws@amazon.com>', html='only')


def credly_mail(fname, label, to, when, subj, text, html_title, html_lines, button=None, url=None,
                frm=CREDLY_FROM_AWS, trace=None, plain_only=False, cte='quoted-printable'):
    html = credly_html(html_title, html_lines, button, url)
    if plain_only:
        body = leaf(text, 'plain', 'utf-8', cte)
    else:
        body = multi('alternative', leaf(text, 'plain', 'utf-8', cte), leaf(html, 'html', 'utf-8', cte))
    top = [('From', frm), ('To', to), ('Subject', subj), ('Date', rfc(when)),
           ('Message-ID', '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), RNG.randint(1, 40))),
           ('X-Feedback-ID', '2871911:SG')]
    build(fname, label, trace or credly_trace(to.split('<')[-1].strip('>'), when), top, body, text)


def m032():
    when = T('2025-01-28 14:00:41')
    url = 'https://www.credly.com/badges/%s/accept' % ruuid()
    subj = 'Reminder: Accept your AWS Certified Developer - Associate badge'
    text = ('Hi Arjun,\n\n'
            'Just a reminder: Amazon Web Services Training and Certification issued you the AWS Certified Developer - '
            'Associate badge a week ago, and it is still waiting for you.\n\n'
            'Accept your badge: %s\n\n'
            'Accepting takes less than a minute and lets you share a verified record of your skills.\n\n'
            'The Credly Team' % url)
    credly_mail('032-credly-reminder-to-accept.eml', L('credly_badge_issued', None, [], True), ARJUN, when, subj, text,
                'Your badge is waiting', text.split('\n\nAccept your badge')[0], 'Accept your badge', url)


# ---------------- Case B (Priya Raman, form desk 2023, Outlook.com) ----------------
PRIYA = 'priya.raman88@outlook.com'
B_OLD, B_NEW = 'AWS00938127', 'AWS07761542'
B_OPEN = T('2023-09-12 06:40:18')


def m033():
    when = B_OPEN + dt.timedelta(seconds=6)
    subj = '[CASE %s] %s' % (CASE_B, FORM_SUBJ)
    new = ('Dear Customer,\n\n'
           'We have received your request (Case %s). Thank you for reaching out to AWS Training and '
           'Certification.\n\n'
           'Our support team aims to respond within one business day. You can reply to this message to add more '
           'information to your request.\n\n'
           'Please do not create additional cases for the same issue, as this may delay our response.\n\n'
           'Kind regards,\nAWS Training and Certification Customer Support' % CASE_B)
    send_aws('033-form-ack-2023-outlook.eml', L('case_created', CASE_B, [], True), PRIYA, subj, when, new,
             trace=o365_trace(PRIYA, when))


B_U1 = T('2023-09-13 09:12:00', IST)
B_U1_TEXT = ('Hello Team,\n\nPlease find the details below.\n\nOld account: AWS-00938127, login priya.r@infra-'
             'example.in\nNew account: AWS-07761542, login priya.raman88@outlook.com\n\nPlease keep the new one.\n\n'
             'Thanks and regards,\nPriya')


def m034():
    when = T('2023-09-13 13:47:26')
    new = ('Dear Priya,\n\n'
           'Thank you for the information you provided.\n\n'
           'Before we make any change, we require your confirmation of the following:\n\n'
           'Account to be merged: AWS00938127 (priya.r@infra-example.in)\n'
           'Surviving account: AWS07761542 (priya.raman88@outlook.com)\n\n'
           'After the merge, you will sign in only with priya.raman88@outlook.com and the account AWS00938127 '
           'will no longer be available. This action is permanent.\n\n'
           'Please respond with "I confirm" if you agree with the above.\n\n'
           + sig('Chiamaka O.') + '\n\n' + FEEDBACK_EN)
    quoted = q_original('Priya Raman', PRIYA, B_U1, 'Amazon Web Services', reply_subj(CASE_B), B_U1_TEXT)
    send_aws('034-confirm-request-original-message.eml', L('merge_confirmation_requested', CASE_B, [B_OLD, B_NEW],
             True), PRIYA, reply_subj(CASE_B), when, new, quoted, trace=o365_trace(PRIYA, when), html='plain',
             cte='base64')


def m035():
    when = T('2023-09-15 17:02:11')
    new = ('Dear Priya,\n\n'
           'Your accounts have been merged successfully. AWS07761542 now holds all your certifications and exam '
           'history.\n\n'
           'We will now close this case. We would be grateful if you could take a short survey about your experience '
           'with us: https://survey.aws-support.amazon.com/t/%s\n\n' % rhex(24)
           + sig('Chiamaka O.') + '\n\n' + FEEDBACK_EN)
    quoted = q_original('Priya Raman', PRIYA, T('2023-09-13 21:30:00', IST), 'Amazon Web Services',
                        reply_subj(CASE_B), 'I confirm.\n\nPriya\n\n' + q_original(
                            'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
                            T('2023-09-13 13:47:26'), PRIYA, reply_subj(CASE_B),
                            'Account to be merged: AWS00938127\nSurviving account: AWS07761542'))
    send_aws('035-completion-with-survey-link.eml', L('merge_completed', CASE_B, [B_NEW], True), PRIYA,
             reply_subj(CASE_B), when, new, quoted, trace=o365_trace(PRIYA, when))


def m036():
    when = T('2023-09-15 17:10:49')
    subj = 'Your case %s has been resolved' % CASE_B
    new = ('Hello,\n\n'
           'Case %s has been marked as resolved.\n\n'
           'Was your issue resolved?\n'
           '[ YES ] https://survey.aws-support.amazon.com/t/%s?r=1\n'
           '[ NO ]  https://survey.aws-support.amazon.com/t/%s?r=0\n\n'
           'Your feedback helps us improve.\n\nAmazon Web Services\n\n'
           'This is an automated message. Please do not reply.' % (CASE_B, rhex(24), rhex(24)))
    send_aws('036-template-was-issue-resolved-2023.eml', L('survey', CASE_B, [], True), PRIYA, subj, when, new,
             frm='"AWS Support" <no-reply-aws@amazon.com>', trace=o365_trace(PRIYA, when))


def m037():
    when = T('2023-09-18 08:31:00')
    url = 'https://www.credly.com/badges/%s/accept' % ruuid()
    subj = 'Amazon Web Services Training and Certification issued you a new badge'
    text = ('Hello Priya,\n\n'
            'Congratulations! Amazon Web Services Training and Certification has issued you a badge:\n\n'
            '    AWS Certified Cloud Practitioner\n\n'
            'Accept your badge to start sharing it: %s\n\n'
            'Your badge is a verified digital credential that represents your achievement.\n\n'
            'Credly' % url)
    tr = o365_trace(PRIYA, when, dkim_d='credly.com', from_dom='credly.com', mailfrom='em.credly.com',
                    ip='149.72.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)), helo='o1.ptr4211.credly.com')
    tr += [('DKIM-Signature', dkim('credly.com', 's1', 'from:subject:to:mime-version:content-type', when))]
    credly_mail('037-credly-new-badge-outlook.eml', L('credly_badge_issued', None, [], True), PRIYA, when, subj, text,
                'You have a new badge', text.split('\n\nAccept your badge')[0], 'Accept badge', url, trace=tr)


# ---------------- Case C (Tomas Herrera, 2020, corporate relay without Authentication-Results) ----------------
TOMAS = 'tomas.herrera@herrera-ingenieria.mx'
C_OLD, C_NEW = 'AWS00312876', 'AWS00651190'


def c_trace(when):
    return trace_plain(TOMAS, when, ses_ip(), SES_HELO % RNG.randint(10, 250), 'mail.herrera-ingenieria.mx')


def m038():
    when = T('2020-02-10 17:25:42')
    subj = '[CASE %s] %s' % (CASE_C, FORM_SUBJ)
    new = ('Hello,\n\n'
           'Thank you for contacting AWS Training and Certification. This is an automated confirmation that we have '
           'received your inquiry.\n\n'
           'Your case number is %s. Please keep this number for your reference.\n\n'
           'One of our Customer Support Specialists will reply to you within 1-2 business days.\n\n'
           'Regards,\nAWS Training and Certification' % CASE_C)
    send_aws('038-form-ack-2020-html-only-no-auth.eml', L('case_created', CASE_C, [], None), TOMAS, subj, when, new,
             html='only', cte='quoted-printable', trace=c_trace(when), dkim_sigs=ses_dkim_pair(when))


def m039():
    when = T('2020-02-13 15:04:27')
    inner = ('Tomas,\n\nWe found two accounts: AWS00312876 and AWS00651190. Please confirm you want AWS00312876 '
             'merged into AWS00651190.\n\nRegards,\nPriyanka\nAWS Training and Certification')
    user = ('Yes, please go ahead.\n\nSaludos,\nTomas Herrera\nHerrera Ingenieria S.A. de C.V.\n\n'
            + q_original('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com',
                         T('2020-02-11 19:10:03'), TOMAS, reply_subj(CASE_C), inner))
    quoted = quote_gt(q_original('Tomas Herrera', TOMAS, T('2020-02-12 09:15:31', EST.__class__(dt.timedelta(hours=-6))),
                                 'Amazon Web Services', reply_subj(CASE_C), quote_gt(user)))
    new = ('Hello Tomas,\n\n'
           'This is to let you know that we have completed the request. Your exam records now sit under one candidate '
           'ID, AWS00651190, and you should use that account from now on.\n\n'
           'Please allow up to 48 hours for the change to show in your certification profile.\n\n'
           'Regards,\nPriyanka\nAWS Training and Certification')
    send_aws('039-completion-2020-html-only-nested-quotes.eml', L('merge_completed', CASE_C, [C_NEW], None), TOMAS,
             reply_subj(CASE_C), when, new, quoted, html='only', cte='quoted-printable', trace=c_trace(when))


def m040():
    when = T('2020-02-17 20:44:05')
    url = 'https://www.youracclaim.com/badges/%s/accept' % ruuid()
    subj = "You've earned a badge from Amazon Web Services Training and Certification"
    text = ('Tomas,\n\n'
            "Congratulations! You've earned the AWS Certified SysOps Administrator - Associate badge from Amazon Web "
            'Services Training and Certification.\n\n'
            'Accept your badge: %s\n\n'
            'Acclaim is the platform that lets you share your verified achievements with employers and your network.\n\n'
            'Acclaim, a Credly service' % url)
    tr = trace_plain(TOMAS, when, '168.245.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)),
                     'o3.email.youracclaim.com', 'mail.herrera-ingenieria.mx')
    tr += [('DKIM-Signature', dkim('youracclaim.com', 's1', 'from:subject:to:mime-version:content-type', when))]
    credly_mail('040-acclaim-badge-2020-no-auth.eml', L('credly_badge_issued', None, [], None), TOMAS, when, subj,
                text, "You've earned a badge", text.split('\n\nAccept your badge')[0], 'Accept badge', url,
                frm='"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>', trace=tr)


# ---------------- Case G (Marco Bianchi, form desk 2022, Gmail in Italian) ----------------
MARCO = 'marco.bianchi.it@gmail.com'
G_OLD, G_NEW = 'AWS01175530', 'AWS04490218'
CASE_G2 = '12046311208'
IT_MESI = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic']
IT_GG = ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom']


def q_gmail_it(when, name, addr, text):
    attrib = 'Il giorno %s %d %s %d alle ore %02d:%02d %s <%s> ha scritto:' % (
        IT_GG[when.weekday()], when.day, IT_MESI[when.month - 1], when.year, when.hour, when.minute, name, addr)
    return attrib + '\n\n' + quote_gt(text)


def m041():
    when = T('2022-06-14 12:20:31')
    user = ('Hello,\n\nhere are the details you asked for: old account AWS01175530 (marco.bianchi@studio-example.it), '
            'new account AWS04490218 (this gmail). Please keep the new one.\n\nMarco\n\n'
            + q_gmail_it(T('2022-06-13 19:02:00', CEST), 'Amazon Web Services',
                         'aws-cs-trainingcertification-form@amazon.com',
                         'Hello Marco,\n\nCould you please send us the candidate IDs and login emails of both '
                         'accounts?\n\nBest regards,\nSiobhan\nAWS Training and Certification Customer Support'))
    quoted = orig_block(MARCO, T('2022-06-13 20:11:00', CEST).astimezone(UTC),
                        'aws-cs-trainingcertification-form@amazon.com', reply_subj(CASE_G), user)
    new = ('Hello Marco,\n\n'
           'Thank you for sending the account details so quickly.\n\n'
           'While reviewing the two profiles I noticed that the names do not match: one account is registered to '
           '"Marco Bianchi" and the other to "Marco A. Bianchi Rossi". For your security we can only combine profiles '
           'that clearly belong to the same person.\n\n'
           'Could you please tell us briefly why the names differ, and confirm your date of birth as shown on the ID '
           'you used at the test centre? Once we have this, we will get back to you with the next steps.\n\n'
           + sig('Siobhan D.') + '\n\n' + FEEDBACK_EN)
    send_aws('041-thanks-for-details-asks-about-name-mismatch.eml', L('support_reply', CASE_G, [], True), MARCO,
             reply_subj(CASE_G), when, new, quoted)


def m042():
    when = T('2022-06-16 08:55:12')
    new = ('Hello Marco,\n\n'
           'Thanks for explaining the name difference; that is all we needed.\n\n'
           'Here is the change we are ready to make:\n'
           '  Merge from: AWS01175530 (marco.bianchi@studio-example.it)\n'
           '  Merge into: AWS04490218 (marco.bianchi.it@gmail.com) - this account will be kept\n\n'
           'Please reply "confirm" to this email if this is correct. Once you confirm, the merge is usually finished '
           'within 3 business days and you will receive a confirmation from us when it is done. Note that it cannot be '
           'undone afterwards.\n\n'
           + sig('Siobhan D.') + '\n\n' + FEEDBACK_EN)
    quoted = orig_block(MARCO, T('2022-06-15 22:40:00', CEST).astimezone(UTC),
                        'aws-cs-trainingcertification-form@amazon.com', reply_subj(CASE_G),
                        'Hi Siobhan,\n\nI added my second surname when I renewed my passport. Date of birth '
                        '4 March 1990.\n\nMarco')
    send_aws('042-confirm-request-once-you-confirm.eml', L('merge_confirmation_requested', CASE_G, [G_OLD, G_NEW],
             True), MARCO, reply_subj(CASE_G), when, new, quoted, cte='base64')


def m043():
    when = T('2022-06-24 03:12:40')
    subj = 'Case %s closed - was your issue resolved?' % CASE_G
    new = ('Hello,\n\n'
           'We have not received a response from you regarding case %s, so the case has been closed.\n\n'
           'If you still need assistance, you can reopen this case within 14 days by replying to our last email.\n\n'
           'Before you go, was your issue resolved?\n'
           'Yes: https://survey.aws-support.amazon.com/t/%s?r=1\n'
           'No: https://survey.aws-support.amazon.com/t/%s?r=0\n\n'
           'Thank you for contacting AWS Training and Certification.' % (CASE_G, rhex(24), rhex(24)))
    send_aws('043-closed-for-inactivity-survey.eml', L('survey', CASE_G, [], True), MARCO, subj, when, new,
             frm='"AWS Support" <no-reply-aws@amazon.com>', html='only', cte='base64')


def m044():
    when = T('2022-06-27 10:31:05')
    subj = '[CASE %s] %s' % (CASE_G2, FORM_SUBJ)
    new = ('Hello,\n\n'
           'Thank you for contacting AWS Training and Certification. Your inquiry has been received and assigned case '
           'number %s.\n\n'
           'To help us resolve your account merge request faster, please reply to this email with:\n'
           '- the AWS candidate ID of each account (it starts with "AWS" followed by 8 digits)\n'
           '- the sign-in email address of each account\n'
           '- the account you want to keep\n'
           '- the number of any previous case about the same request\n\n'
           'We will respond within 24 hours.\n\n'
           'Best regards,\nAWS Training and Certification Customer Support' % CASE_G2)
    send_aws('044-second-case-ack-asking-for-info.eml', L('case_created', CASE_G2, [], True), MARCO, subj, when,
             new)


def m045():
    when = T('2022-06-29 16:18:52')
    new = ('Hello Marco,\n\n'
           'Thank you for referencing your earlier case %s and for the confirmation in your reply.\n\n'
           'The merge is now complete: AWS01175530 has been merged into AWS04490218, and all of your certifications '
           'are listed on AWS04490218.\n\n'
           'One more question: your Credly badges are still on the Credly profile linked to '
           'marco.bianchi@studio-example.it. Would you like us to move them to your Gmail address as well? If so, '
           'please reply and let us know.\n\n' % CASE_G + sig('Siobhan D.') + '\n\n' + FEEDBACK_EN)
    send_aws('045-completion-plus-credly-question.eml', L('merge_completed', CASE_G2, [G_OLD, G_NEW], True), MARCO,
             reply_subj(CASE_G2), when, new)


# ---------------- Phishing and spoofing ----------------
def plain_sender_mail(fname, label, to, frm, subj, when, text, html=None, trace=None, msgid=None, extra_top=None,
                      cte='quoted-printable', charset='utf-8', sigs=None):
    if html:
        body = multi('alternative', leaf(text, 'plain', charset, cte), leaf(html, 'html', charset, cte))
    else:
        body = leaf(text, 'plain', charset, cte)
    top = [('From', frm), ('To', to), ('Subject', subj), ('Date', rfc(when)),
           ('Message-ID', msgid or '<%s.%d@%s>' % (rhex(16), int(when.timestamp()), frm.split('@')[-1].strip('>')))]
    if extra_top:
        top += extra_top
    build(fname, label, (trace or []) + (sigs or []), top, body, text)


def m046():
    when = T('2025-05-24 02:13:50')
    dom = 'aws-trainingcertification-support.com'
    ip = '185.231.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250))
    tr = trace_gmail(DANIEL, when, dom, ip, 'mail.' + dom,
                     dict(dkim=[('pass', dom)], spf=('pass', dom), dmarc=('pass', dom, 'NONE')))
    text = ('Dear Candidate,\n\n'
            'We received a request to merge your AWS Certification accounts. Before we proceed we need you to confirm '
            'the following operation:\n\n'
            '   Secondary account: AWS04417823  ->  Primary account: AWS11290356\n\n'
            'To confirm the merge, sign in with your AWS Certification credentials within 24 hours:\n'
            'https://%s/certification/merge/confirm?ref=CERT-MRG-88213\n\n'
            'If you do not confirm in time, both accounts may be locked and your certifications suspended.\n\n'
            'AWS Training & Certification Support Team' % dom)
    html = aws_html(text)
    plain_sender_mail('046-phish-confirm-merge-lookalike-domain.eml',
                      L('merge_confirmation_requested', None, [A_OLD, A_NEW], False), DANIEL,
                      '"AWS Training & Certification" <support@%s>' % dom,
                      'Action required: confirm your AWS Certification account merge', when, text, html, tr,
                      sigs=[('DKIM-Signature', dkim(dom, 'default', 'from:to:subject:date:message-id', when))])


def m047():
    when = T('2024-11-06 21:40:09')
    ip = '45.88.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250))
    tr = o365_trace(LENA, when, dkim_res='none', dkim_d='amazon.com', dmarc_res='fail', from_dom='amazon.com',
                    mailfrom='mailer.fastsend-example.net', compauth='fail', ip=ip, helo='vps-2291.fastsend-example.net')
    tr.append(('Authentication-Results', 'mx.amazon.com;\r\n\tspf=pass smtp.mailfrom=amazon.com;\r\n'
               '\tdkim=pass header.d=amazon.com;\r\n\tdmarc=pass header.from=amazon.com'))
    text = ('Hello Lena,\n\n'
            'Following your request, we are ready to merge your AWS Certification accounts. Please confirm the '
            'merge of AWS02288451 and AWS06634019 into AWS10057782 by completing the short verification form below. '
            'You will be asked to sign in and confirm your payment card to validate your identity.\n\n'
            'https://aws-cert-verify.fastsend-example.net/confirm\n\n'
            'Thanks & Regards,\nAWS Training & Certification Support')
    plain_sender_mail('047-spoofed-amazon-from-dmarc-fail.eml',
                      L('merge_confirmation_requested', None, [E1, E2, E3], False), LENA,
                      '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>',
                      'Please confirm your account merge', when, text, None, tr,
                      msgid='<%s@vps-2291.fastsend-example.net>' % rhex(20))


def m048():
    when = T('2025-01-22 05:51:30')
    dom = 'arnazon-certification.com'
    ip = '91.215.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250))
    tr = trace_gmail(ARJUN, when, dom, ip, 'smtp.' + dom,
                     dict(dkim=[('pass', dom)], spf=('pass', dom), dmarc=('pass', dom, 'NONE')))
    text = ('Hello,\n\n'
            'Your AWS Certification account merge has been completed successfully. All certifications are now '
            'available on your primary account.\n\n'
            'Due to the merge, your login session was reset. To keep access to your certifications and benefits, '
            'please verify your account within 48 hours:\n'
            'https://portal.%s/verify-merge\n\n'
            'Amazon Web Services Certification' % dom)
    plain_sender_mail('048-phish-merge-completed-lookalike.eml', L('merge_completed', None, [], False), ARJUN,
                      '"AWS Certification" <no-reply@%s>' % dom, 'Your account merge is complete', when, text,
                      aws_html(text), tr, sigs=[('DKIM-Signature', dkim(dom, 'mail', 'from:to:subject:date', when))])


def m049():
    when = T('2025-06-02 13:07:19')
    dom = 'aws-certification-benefits.info'
    ip = '194.87.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250))
    tr = trace_gmail(DANIEL, when, dom, ip, 'mx1.' + dom,
                     dict(dkim=[('neutral', dom)], spf=('softfail', dom), dmarc=('fail', dom, 'NONE')))
    text = ('Dear AWS Certified professional,\n\n'
            'Your 50%% exam voucher expires TODAY. Claim it now or it will be lost:\n'
            'https://%s/claim?u=%s\n\n'
            'AWS Certification Benefits' % (dom, rhex(10)))
    plain_sender_mail('049-phish-voucher-not-about-merge.eml', L('unrelated', None, [], False), DANIEL,
                      '"AWS Certification Benefits" <benefits@%s>' % dom,
                      'Last chance: your 50% AWS exam voucher expires today', when, text, None, tr)


# ---------------- Credly: reminder vs expiry vs self-service merge ----------------
def m050():
    when = T('2024-03-02 16:00:12')
    subj = 'Your AWS Certified Cloud Practitioner badge has expired'
    text = ('Hi Priya,\n\n'
            'Your AWS Certified Cloud Practitioner badge issued by Amazon Web Services Training and Certification '
            'expired on March 1, 2024. Expired badges remain on your profile but are marked as expired.\n\n'
            'To earn an active badge again, check the recertification options offered by the issuer:\n'
            'https://aws.amazon.com/certification/recertification/\n\n'
            'The Credly Team')
    tr = o365_trace(PRIYA, when, dkim_d='credly.com', from_dom='credly.com', mailfrom='em.credly.com',
                    ip='149.72.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)), helo='o2.ptr8813.credly.com')
    tr += [('DKIM-Signature', dkim('credly.com', 's1', 'from:subject:to:mime-version:content-type', when))]
    credly_mail('050-credly-badge-expired.eml', L('unrelated', None, [], True), PRIYA, when, subj, text,
                'Your badge has expired', text, 'View badge', 'https://www.credly.com/earner/earned', trace=tr,
                frm='"Credly" <admin@credly.com>')


def m051():
    when = T('2025-05-30 19:14:55')
    code = '%06d' % RNG.randint(0, 999999)
    subj = 'Verify your Credly account merge'
    text = ('Hi Daniel,\n\n'
            'You asked to merge the Credly account registered to daniel.okafor@oldcorp-systems.com into your current '
            'account. Use this verification code to continue:\n\n'
            '    %s\n\n'
            'Or click the button below to finish the process:\n'
            'Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s\n\n'
            'All badges on the other account will be moved to this account. If you did not request this, you can '
            'ignore this email.\n\nThe Credly Team' % (code, rhex(40)))
    credly_mail('051-credly-self-service-merge-code.eml', L('unrelated', None, [], True), DANIEL, when, subj, text,
                'Complete your account merge', text.split('\n\nOr click')[0], 'Complete Account Merge',
                'https://www.credly.com/users/merge/confirm', frm='"Credly" <admin@credly.com>')


def m052():
    when = T('2024-12-02 15:30:00')
    url = 'https://www.credly.com/badges/%s/accept' % ruuid()
    subj = "Don't miss out: your badge from Amazon Web Services Training and Certification is still pending"
    text = ('Hi Lena,\n\n'
            'Your AWS Certified Solutions Architect - Professional badge is still waiting for you. Pending badge '
            'offers are withdrawn if they are not accepted, so accept yours before December 16, 2024.\n\n'
            'Accept your badge: %s\n\n'
            'The Credly Team' % url)
    tr = o365_trace(LENA, when, dkim_d='credly.com', from_dom='credly.com', mailfrom='em.credly.com',
                    ip='149.72.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)), helo='o7.ptr1922.credly.com')
    tr += [('DKIM-Signature', dkim('credly.com', 's1', 'from:subject:to:mime-version:content-type', when))]
    credly_mail('052-credly-pending-offer-deadline-reminder.eml', L('credly_badge_issued', None, [], True), LENA, when,
                subj, text, 'Your badge is still pending', text.split('\n\nAccept your badge')[0],
                'Accept your badge', url, trace=tr)


def m053():
    when = T('2025-04-14 12:02:33')
    subj = 'Reminder: your AWS Certified Developer - Associate badge expires in 90 days'
    text = ('Hi Arjun,\n\n'
            'Your AWS Certified Developer - Associate badge will expire on July 13, 2025. After that date it will be '
            'shown as expired on your Credly profile.\n\n'
            'Keep your credential current by recertifying before it expires:\n'
            'https://aws.amazon.com/certification/recertification/\n\n'
            'The Credly Team')
    credly_mail('053-credly-expiry-reminder-recertify.eml', L('unrelated', None, [], True), ARJUN, when, subj, text,
                'Your badge expires soon', text, 'Learn about recertification',
                'https://aws.amazon.com/certification/recertification/')


# ---------------- Other look-alikes ----------------
def m054():
    opened = T('2025-02-03 08:15:22')
    case = case15(opened, '00412')
    when = opened + dt.timedelta(seconds=11)
    subj = 'Amazon Web Services: You have opened a new Support case: %s' % case
    new = ('Hello,\n\n'
           'Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
           'The details of your case are as follows:\n\n'
           'Case ID: %s\nSubject: Unexpected charges after closing account 4821-0936-1174\nSeverity: General guidance\n'
           'Correspondence: I closed this account in December but I was still billed for January. Please review.\n\n'
           'We will respond to your case as soon as possible.\n\n' % (case, case) + CONSOLE_FOOT_EN % case
           + '\n\nBest regards,\nAmazon Web Services')
    send_aws('054-billing-case-opened.eml', L('unrelated', case, [], True), ARJUN, subj, when, new, frm=CONSOLE_FROM)


def m055():
    when = T('2022-08-03 19:44:10')
    case = '12177560934'
    subj = 'RE:[CASE %s] Limit Increase: EC2 Instances' % case
    new = ('Hello,\n\n'
           "I'm happy to let you know that we've approved and processed your service quota increase request. It can "
           'sometimes take up to 30 minutes for this to propagate and become available for use.\n\n'
           'Region: Europe (Milan)\nLimit name: Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances\n'
           'New limit value: 64\n\n'
           'Please let us know if we can help you further.\n\n'
           'Best regards,\nMihai C.\nAmazon Web Services\n\n'
           'We value your feedback. Please share your experience by rating this correspondence using the AWS Support '
           'Center link at the end of this correspondence.\n\n' + CONSOLE_FOOT_EN % case)
    send_aws('055-quota-increase-case-reply.eml', L('unrelated', case, [], True), MARCO, subj, when, new,
             frm=CONSOLE_FROM)


def m056():
    when = T('2022-09-19 11:03:45')
    case = '5884881212'
    subj = 'RE:[CASE %s] Merge two seller accounts' % case
    new = ('Hello,\n\n'
           'Thank you for contacting Amazon Seller Support.\n\n'
           'I understand that you would like to merge your two Seller Central accounts. Amazon does not merge '
           'separate selling accounts; however, you may link them through the Global Accounts feature or request '
           'that one account be closed after transferring your inventory.\n\n'
           'Please confirm which of the two merchant tokens you would like to keep active so that we can advise on the '
           'next steps.\n\n'
           'We hope this helps.\n\nThank you for selling on Amazon,\nRavindra\nAmazon Seller Support\n\n'
           'Was this email helpful? https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s' % case)
    send_aws('056-seller-central-merge-lookalike.eml', L('unrelated', case, [], True), MARCO, subj, when, new,
             frm='"Amazon Seller Support" <seller-notification@amazon.com>', html='plain',
             trace=aws_trace_gmail(MARCO, when, dict(dkim=[('pass', 'amazon.com'), ('pass', 'amazonses.com')],
                                                     spf=('pass', 'amazonses.com'),
                                                     dmarc=('pass', 'amazon.com', 'QUARANTINE'))),
             dkim_sigs=None)


def m057():
    when = T('2025-06-05 17:20:03')
    dom = 'certmetrics.com'
    tr = trace_gmail(DANIEL, when, dom, '52.3.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)), 'mta1.' + dom,
                     dict(dkim=[('pass', dom)], spf=('pass', dom), dmarc=('pass', dom, 'NONE')))
    text = ('Dear Daniel Okafor,\n\n'
            'AWS Certification wants to hear from you!\n\n'
            'As an AWS Certified individual, your feedback helps us shape the future of the AWS Certification program. '
            'Please take our 10-minute survey about your certification experience:\n'
            'https://www.certmetrics.com/amazon/candidate/survey.aspx?id=%s\n\n'
            'Your AWS Certification Account: AWS11290356\n\n'
            'Thank you,\nAWS Training and Certification\n\n'
            'This message was sent from an unmonitored mailbox. Please do not reply.' % rhex(16))
    plain_sender_mail('057-certmetrics-wants-to-hear-from-you.eml', L('unrelated', None, [A_NEW], False), DANIEL,
                      '"AWS Certification" <do-not-reply@certmetrics.com>',
                      'AWS Certification wants to hear from you', when, text, aws_html(text), tr,
                      sigs=[('DKIM-Signature', dkim(dom, 'k1', 'from:to:subject:date:message-id', when))])


def m058():
    when = T('2024-11-01 15:12:40')
    tr = o365_trace(LENA, when, dkim_d='pearson.com', from_dom='pearson.com', mailfrom='pearson.com',
                    ip='159.182.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250)), helo='mail-out3.pearson.com')
    text = ('Dear Lena Fischer,\n\n'
            'Thank you for scheduling your exam with Pearson VUE. This email confirms your appointment.\n\n'
            'Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n'
            'Date: Monday, November 18, 2024\nTime: 09:30 CET\n'
            'Location: Online (OnVUE)\n'
            'AWS Candidate ID: AWS10057782\n'
            'Registration ID: 487%06d\n\n'
            'Please run the system test before your exam and have a valid, government-issued ID ready.\n\n'
            'To reschedule or cancel, visit https://home.pearsonvue.com/aws at least 24 hours before your '
            'appointment.\n\nSincerely,\nPearson VUE' % RNG.randint(0, 999999))
    plain_sender_mail('058-pearson-vue-appointment.eml', L('unrelated', None, [E3], False), LENA,
                      '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>',
                      'Pearson VUE Confirmation of Booking', when, text, None, tr,
                      sigs=[('DKIM-Signature', dkim('pearson.com', 'selector1', 'from:to:subject:date', when))])


def m059():
    when = T('2024-05-06 14:33:19')
    tr = trace_plain(TOMAS, when, ses_ip(), SES_HELO % RNG.randint(10, 250), 'mail.herrera-ingenieria.mx')
    code = '%06d' % RNG.randint(0, 999999)
    text = ('Verify your AWS Builder ID email address\n\n'
            'Thank you for creating an AWS Builder ID. Use the following verification code to confirm your email '
            'address:\n\n%s\n\n'
            'This code expires in 30 minutes. If you did not request this code, you can safely ignore this email.\n\n'
            'Amazon Web Services' % code)
    html = aws_html(text)
    plain_sender_mail('059-builder-id-verification-code.eml', L('unrelated', None, [], None), TOMAS,
                      '"AWS Builder ID" <no-reply@signin.aws>', 'Verify your AWS Builder ID email address', when,
                      text, html, tr, msgid=ses_msgid(when),
                      sigs=[('DKIM-Signature', dkim('signin.aws', 'ce3ti2bmgqzkrdqowhhftwgcnfy7s5ky', AMZ_H, when))])


def m060():
    when = T('2025-06-10 10:02:51')
    tr = trace_gmail(DANIEL, when, 'github.com', '192.30.252.%d' % RNG.randint(190, 210),
                     'out-%d.smtp.github.com' % RNG.randint(20, 30),
                     dict(dkim=[('pass', 'github.com')], spf=('pass', 'github.com'),
                          dmarc=('pass', 'github.com', 'REJECT')))
    text = ('Merged #42 into main.\n\n'
            '--\nReply to this email directly, view it on GitHub:\n'
            'https://github.com/okafor-labs/cert-tracker/pull/42#event-%d\n'
            'You are receiving this because you authored the thread.\n\n'
            'Message ID: <okafor-labs/cert-tracker/pull/42/issue_event/%d@github.com>'
            % (RNG.randint(10**10, 10**11), RNG.randint(10**10, 10**11)))
    html = ('<p>Merged <a href="https://github.com/okafor-labs/cert-tracker/pull/42">#42</a> into main.</p>'
            '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com'
            '/okafor-labs/cert-tracker/pull/42">view it on GitHub</a>.<br>You are receiving this because you authored '
            'the thread.</p>')
    plain_sender_mail('060-github-pr-merged.eml', L('unrelated', None, [], False), DANIEL,
                      '"Priya Nandakumar" <notifications@github.com>',
                      'Re: [okafor-labs/cert-tracker] Merge duplicate certification accounts into one record (PR #42)',
                      when, text, html, tr, msgid='<okafor-labs/cert-tracker/pull/42/issue_event/%d@github.com>'
                      % RNG.randint(10**10, 10**11),
                      extra_top=[('Reply-To', 'okafor-labs/cert-tracker <reply+%s@reply.github.com>' % rhex(40).upper()),
                                 ('In-Reply-To', '<okafor-labs/cert-tracker/pull/42@github.com>'),
                                 ('References', '<okafor-labs/cert-tracker/pull/42@github.com>'),
                                 ('List-ID', 'okafor-labs/cert-tracker <cert-tracker.okafor-labs.github.com>'),
                                 ('X-GitHub-Reason', 'author')],
                      sigs=[('DKIM-Signature', dkim('github.com', 'pf2023', 'from:to:subject:date', when))])


if __name__ == '__main__':
    for name, fn in sorted((k, v) for k, v in list(globals().items()) if re.fullmatch(r'm\d{3}', k)):
        fn()
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fname, data in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, indent=1, ensure_ascii=False, sort_keys=True)
    print('wrote', len(MAILS), 'mails')
