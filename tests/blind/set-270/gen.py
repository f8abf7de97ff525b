#!/usr/bin/env python3
"""Generate blind test set 270: AWS Certification account-merge mailbox.

Emphasis: look-alikes of the merge confirmation request (mails that name
accounts, warn that something is irreversible or ask for a yes about
something else) next to genuine confirmation requests worded many ways.
"""
import base64
import datetime as dt
import json
import os
import random
import re
import sys
from email import charset as ecs
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
import quopri
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(270270)

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
BST = dt.timezone(dt.timedelta(hours=1))
EDT = dt.timezone(dt.timedelta(hours=-4))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

MAILS = []   # (fname, raw bytes)
LABELS = {}


# ---------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def case15(opened):
    """15-digit case id: Unix time of opening + 5 digits."""
    return '%d%05d' % (int(opened.timestamp()), rng.randrange(100000))


def rfc(d, tz=UTC):
    return format_datetime(d.astimezone(tz))


def gtime(d):
    """Gmail-style time stamp with zone comment."""
    pac = PDT if 3 <= d.month <= 10 else PST
    name = 'PDT' if pac is PDT else 'PST'
    return format_datetime(d.astimezone(pac)) + ' (%s)' % name


def hexs(n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def b64s(n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


def alnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(chars) for _ in range(n))


def ses_msgid(d, region=None):
    ms = int(d.timestamp() * 1000)
    host = 'email.amazonses.com' if not region else '%s.amazonses.com' % region
    return '<0100%012x-%s-%s-%s-%s-%s-000000@%s>' % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), host)


def ses_bounce(d):
    return ses_msgid(d)[1:-1]


def wrap_b(s, width=70, indent='\t '):
    return ('\n' + indent).join(s[i:i + width] for i in range(0, len(s), width))


def dkim(d_dom, sel, when, h='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID', c='relaxed/simple'):
    b = b64s(190)
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=%s;\n'
            '\ts=%s; d=%s; t=%d;\n'
            '\th=%s;\n'
            '\tbh=%s;\n'
            '\tb=%s') % (c, sel, d_dom, int(when.timestamp()), h, b64s(32), wrap_b(b))


SES_SEL = '224i4yxa5dv7c2xz3womw6peuasteono'


def ses_dkims(when, from_dom='amazon.com'):
    sel = {'amazon.com': 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug',
           'marketing.aws.com': 'jwxnwcoxy3ulc7whkrnhohsdwgqykgm7'}.get(from_dom, 'x5dd6vkxopmyanauo4dz24w7e6nnyvta')
    return [dkim(from_dom, sel, when,
                 h='Content-Type:From:To:Subject:Message-ID:Content-Transfer-Encoding:Date:MIME-Version'),
            dkim('amazonses.com', SES_SEL, when,
                 h='Content-Type:From:To:Subject:Message-ID:Content-Transfer-Encoding:Date:MIME-Version:Feedback-ID')]


def ses_ip():
    return rng.choice(['54.240.8.%d', '54.240.11.%d', '54.240.27.%d', '54.240.48.%d', '23.251.242.%d']) % rng.randrange(2, 250)


def ses_host(ip):
    a, b, c, d = ip.split('.')
    if ip.startswith('23.251'):
        return 'e242-%s.smtp-out.amazonses.com' % d
    return 'a%s-%s.smtp-out.amazonses.com' % ({'8': '8', '11': '11', '27': '27', '48': '48'}[c], d)


def enc_subject(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name='Subject').encode(linesep='\n', maxlinelen=76)


def enc_name(name, addr, cs='utf-8'):
    try:
        name.encode('ascii')
        if any(ch in name for ch in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, addr)
        return '%s <%s>' % (name, addr)
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, cs).encode(), addr)


# --------------------------------------------------- receiving-side traces
def auth_gmail(dkims, spf, mailfrom, ip, dmarc, hfrom, policy='QUARANTINE', sp=None):
    parts = []
    for res, dom, sel in dkims:
        parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, dom, sel, alnum(8)))
    spf_txt = {'pass': 'google.com: domain of %s designates %s as permitted sender' % (mailfrom, ip),
               'fail': 'google.com: domain of %s does not designate %s as permitted sender' % (mailfrom, ip),
               'softfail': 'google.com: domain of transitioning %s does not designate %s as permitted sender' % (mailfrom, ip),
               'neutral': 'google.com: %s is neither permitted nor denied by best guess record for domain of %s' % (ip, mailfrom)}[spf]
    parts.append('spf=%s (%s) smtp.mailfrom=%s' % (spf, spf_txt, mailfrom))
    if dmarc:
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            dmarc, policy, sp or policy, 'NONE' if dmarc == 'pass' else policy, hfrom))
    return 'Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(parts)


def gmail_trace(to, when, sender_host, ip, mailfrom, auth, extra=None):
    """Headers added by Gmail, top first. `auth` is the Authentication-Results text."""
    t_rcv = when + dt.timedelta(seconds=rng.randrange(1, 4))
    arc_auth = auth.replace('Authentication-Results: mx.google.com;', 'ARC-Authentication-Results: i=1; mx.google.com;')
    h = [
        'Delivered-To: %s' % to,
        'Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
            hexs(4), hexs(3), hexs(3), hexs(3), hexs(3), alnum(9, 'abcdefghijklmnopqrstuvwxyz0123456789'), gtime(t_rcv)),
        'X-Google-Smtp-Source: %s' % alnum(60),
        'X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
            hexs(4), hexs(3), hexs(3), hexs(3), hexs(3), alnum(20, 'abcdefghijklmnopqrstuvwxyz0123456789'),
            rng.randrange(100, 999), rng.randrange(10 ** 12, 10 ** 13), gtime(t_rcv)),
        'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
            int(t_rcv.timestamp()), wrap_b(b64s(150), 66, '         ')),
        'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
        '        h=feedback-id:mime-version:date:message-id:subject:to:from\n         :dkim-signature:dkim-signature;\n'
        '        bh=%s;\n        fh=%s;\n        b=%s' % (b64s(32), b64s(32), wrap_b(b64s(150), 66, '         ')),
        arc_auth,
        'Return-Path: <%s>' % mailfrom,
        'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n'
        '        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (
            sender_host, sender_host, ip, hexs(16)[:2] + 'a1803df08f44-' + hexs(12), rng.randrange(100, 999),
            rng.randrange(10 ** 12, 10 ** 13), to, gtime(t_rcv)),
        'Received-SPF: %s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (
            'pass' if 'spf=pass' in auth else 'fail', mailfrom, ip, ip),
        auth,
    ]
    if extra:
        h += extra
    return h


def auth_outlook(spf, mailfrom_dom, ip, dkim_res, dkim_dom, dmarc, hfrom, compauth='pass', reason='100', action='none'):
    spf_t = {'pass': 'sender IP is %s' % ip, 'fail': 'sender IP is %s' % ip,
             'softfail': 'sender IP is %s' % ip, 'none': 'sender IP is %s' % ip}[spf]
    dk = {'pass': 'signature was verified', 'none': 'message not signed', 'fail': 'body hash did not verify'}[dkim_res]
    return ('Authentication-Results: spf=%s (%s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n'
            ' header.from=%s;compauth=%s reason=%s') % (spf, spf_t, mailfrom_dom, dkim_res, dk, dkim_dom, dmarc, action,
                                                        hfrom, compauth, reason)


def outlook_trace(to, when, sender_host, ip, auth, mailfrom_dom):
    t = when + dt.timedelta(seconds=rng.randrange(1, 5))
    pref = rng.choice(['DM6PR', 'SN7PR', 'CH3PR', 'BN8PR', 'PH0PR', 'SA1PR'])
    srv = '%s%02dMB%04d.namprd%02d.prod.outlook.com' % (pref, rng.randrange(10, 20), rng.randrange(1000, 9999), rng.randrange(10, 20))
    edge = '%s%02dCA%04d.namprd%02d.prod.outlook.com' % (rng.choice(['BN9P', 'CH0P', 'DS7P']), rng.randrange(10, 99), rng.randrange(1000, 9999), rng.randrange(10, 20))
    fe = '%s.namprd%02d.prod.outlook.com' % (rng.choice(['BN2PEPF0000%04d' % rng.randrange(4000, 9999), 'CH1PEPF0000%04d' % rng.randrange(1000, 9999)]), rng.randrange(3, 15))
    ts = format_datetime(t.astimezone(UTC)).replace('-0000', '+0000')
    return [
        'Received: from %s (2603:10b6:%s::%s) by\n %s with HTTPS; %s' % (edge, hexs(3), hexs(2), srv, ts),
        'Received: from %s (2603:10b6:%s:%s::%s)\n by %s (2603:10b6:%s:%s::%s) with Microsoft SMTP Server\n'
        ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            edge, hexs(3), hexs(3), hexs(2), srv, hexs(3), hexs(3), hexs(2), rng.randrange(8000, 9300), rng.randrange(10, 40), ts),
        'Received: from %s (2603:10b6:%s:%s:cafe::%s) by %s\n (2603:10b6:%s:%s::%s) with Microsoft SMTP Server (version=TLS1_3,\n'
        ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
            fe, hexs(3), hexs(3), hexs(2), edge, hexs(3), hexs(3), hexs(2), rng.randrange(8000, 9300), rng.randrange(10, 40), ts),
        auth,
        'Received-SPF: %s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
            'Pass' if 'spf=pass' in auth else 'Fail', mailfrom_dom, ip, ip, sender_host),
        'Received: from %s (%s) by\n %s (10.167.243.%d) with Microsoft SMTP Server (version=TLS1_3,\n'
        ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
            sender_host, ip, fe, rng.randrange(2, 250), rng.randrange(8000, 9300), rng.randrange(10, 40), ts),
    ]


def jp_trace(authserv, to, when, sender_host, ip, mailfrom, dkim_dom, dmarc, hfrom, spf='pass', dkim_res='pass',
             mta=None, local_tz=JST, sel=None):
    t = when + dt.timedelta(seconds=rng.randrange(1, 6))
    mta = mta or authserv
    auth = 'Authentication-Results: %s; spf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tdmarc=%s header.from=%s' % (
        authserv, spf, mailfrom, dkim_res, dkim_dom, sel or alnum(8).lower(), dmarc, hfrom)
    return [
        'Return-Path: <%s>' % mailfrom,
        'Delivered-To: %s' % to,
        'Received: from %s ([%s])\n\tby %s with ESMTP id <%s@%s>\n\tfor <%s>; %s' % (
            sender_host, ip, mta, hexs(20), mta, to, format_datetime(t.astimezone(local_tz))),
        auth,
    ]


def plain_html_alt(text, html, cs='utf-8', cte='qp', html_cte=None):
    alt = MIMEMultipart('alternative')
    for part in (textpart(text, 'plain', cs, cte), textpart(html, 'html', cs, html_cte or cte)):
        del part['MIME-Version']
        alt.attach(part)
    return alt


def textpart(text, subtype='plain', charset='utf-8', cte='qp', label=None, codec=None):
    """A text/* part whose bytes are `text` encoded with `codec` (default: charset),
    declared as `label` (default: charset) - lets a mail carry a wrong charset label."""
    data = text.encode(codec or charset)
    part = MIMENonMultipart('text', subtype, charset=label or charset)
    if cte == 'b64':
        part.set_payload(base64.encodebytes(data).decode('ascii'))
        part['Content-Transfer-Encoding'] = 'base64'
    elif cte == 'qp':
        part.set_payload(quopri.encodestring(data).decode('ascii'))
        part['Content-Transfer-Encoding'] = 'quoted-printable'
    else:
        try:
            part.set_payload(data.decode('ascii'))
            part['Content-Transfer-Encoding'] = '7bit'
        except UnicodeDecodeError:
            part.set_payload(data.decode('ascii', 'surrogateescape'))
            part['Content-Transfer-Encoding'] = '8bit'
    return part


def to_html(text, title='Amazon Web Services', logo=True, footer_note=None):
    esc = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    paras = []
    for block in esc.split('\n\n'):
        paras.append('<p style="margin:0 0 14px 0">%s</p>' % block.replace('\n', '<br>\n'))
    logo_html = ('<tr><td style="padding:18px 24px;background:#232f3e"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/'
                 'poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="Amazon Web Services" '
                 'width="120"></td></tr>') if logo else ''
    foot = '<tr><td style="padding:12px 24px;font-size:11px;color:#687078">%s</td></tr>' % footer_note if footer_note else ''
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="margin:0;padding:0;background:#f2f3f3">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '%s<tr><td style="padding:24px;background:#ffffff">\n%s\n</td></tr>\n%s</table>\n</body></html>\n') % (
        title, logo_html, '\n'.join(paras), foot)


def qlines(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.splitlines())


def quote_gmail(text, when_str, who):
    return 'On %s %s wrote:\n\n%s' % (when_str, who, qlines(text))


def quote_ja(text, when_str, who):
    return '%s %s:\n\n%s' % (when_str, who, qlines(text))


def quote_outlook(text, frm, sent, to, subject):
    return ('________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s' % (
        frm, sent, to, subject, text))


def quote_orig(text, frm, sent, to, subject):
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s' % (
        frm, sent, to, subject, text))


ID_RE = re.compile(r'aws[\s\-]?(\d{8})(?!\d)', re.I)


def norm_ids(ids):
    out = set()
    for i in ids:
        m = ID_RE.fullmatch(i.strip())
        assert m, i
        out.add('AWS' + m.group(1))
    return sorted(out)


def emit(slug, trace, hdrs, body, kind, case_id, ids, sv, lang):
    n = len(MAILS) + 1
    fname = '%03d-%s.eml' % (n, slug)
    lines = list(trace) + list(hdrs)
    head = '\n'.join(lines) + '\n'
    raw = head.encode('ascii') + body.as_bytes()
    MAILS.append((fname, raw))
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': norm_ids(ids),
                     'sender_verified': sv, 'language': lang}
    return fname


def msg_hdrs(date, frm, to, subject, msgid, extra=(), date_tz=UTC, cs='utf-8'):
    h = ['Date: %s' % rfc(date, date_tz), 'From: %s' % frm, 'To: %s' % to,
         'Subject: %s' % enc_subject(subject, cs), 'Message-ID: %s' % msgid]
    h += list(extra)
    return h


def ses_extra(when):
    return ['Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % alnum(43),
            'X-SES-Outgoing: %s' % when.strftime('%Y.%m.%d') + '-' + ses_ip()]


def aws_mail(to, when, frm, subject, body, provider='gmail', cs='utf-8', date_tz=UTC, jp=None, to_hdr=None,
             extra=(), jp_tz=JST):
    """Genuine AWS (SES, d=amazon.com) mail as received by `provider`."""
    ip = ses_ip()
    host = ses_host(ip)
    mf = ses_bounce(when)
    if provider == 'gmail':
        auth = auth_gmail([('pass', 'amazon.com', 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'),
                           ('pass', 'amazonses.com', SES_SEL)], 'pass', mf, ip, 'pass', 'amazon.com')
        trace = gmail_trace(to, when, host, ip, mf, auth)
    elif provider == 'outlook':
        auth = auth_outlook('pass', 'amazonses.com', ip, 'pass', 'amazon.com', 'pass', 'amazon.com')
        trace = outlook_trace(to, when, host, ip, auth, 'amazonses.com')
    else:  # japanese / other provider given as (authserv, mta)
        authserv, mta = jp
        trace = jp_trace(authserv, to, when, host, ip, mf, 'amazon.com', 'pass', 'amazon.com', mta=mta,
                         sel='ug7nbtf4gccmlpwj322ax3p6ow6yfsug', local_tz=jp_tz)
    trace += ses_dkims(when)
    hdrs = msg_hdrs(when, frm, to_hdr or to, subject, ses_msgid(when), extra=list(extra) + ses_extra(when),
                    date_tz=date_tz, cs=cs)
    return trace, hdrs


FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

AWS_SIG_FOOT = ('We value your feedback. Please share your experience by rating this correspondence '
                'using the link below.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
                'Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and '
                'distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.')


def console_footer(case_id, lang='en'):
    if lang == 'ja':
        return ('ケースの詳細の確認、またはご返信は、以下のサポートセンターからお願いいたします。\n'
                'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n'
                '※このメールアドレスは送信専用のため、ご返信いただいても対応いたしかねます。\n\n'
                'Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. の登録商標です。' % case_id)
    return ('To see the details of your case or to reply, please visit the Support Center:\n'
            'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
            '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. '
            'Please use the link above to respond to this case.\n\n'
            'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
            'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
            'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.' % case_id)


# ======================================================================
# Thread A: Daniel Okafor, form desk, 2025, Gmail
# ======================================================================
A_TO = 'd.okafor.dev@gmail.com'
A_OPEN = T(2025, 5, 26, 14, 12, 9)
A_CASE = case15(A_OPEN)
A_OLD, A_NEW = 'AWS04417893', 'AWS11820356'

A_FORM_TXT = ('Inquiry type: AWS Training and Certification\n'
              'Detail: Account Merge\n'
              'AWS candidate ID: AWS04417893\n'
              'Description: I have two certification accounts. The old one (AWS04417893, '
              'daniel.okafor@alumni.uwaterloo.ca) has my Cloud Practitioner. The new one '
              '(AWS11820356, d.okafor.dev@gmail.com) has SAA and DVA. Please merge them and keep '
              'the gmail one.')


def m001():
    when = A_OPEN + dt.timedelta(seconds=31)
    txt = ('Hello,\n\n'
           'Thank you for contacting AWS Training and Certification.\n\n'
           'This is an automated message to let you know that we have received your request and '
           'a case has been created for you.\n\n'
           'Case ID: %s\n'
           'Subject: [AWS Training and Certification Form Submission] - account-assistance\n\n'
           'A member of our team will review your request and get back to you, usually within 24 '
           'hours. If you need to add information, simply reply to this e-mail and keep the case ID '
           'in the subject line. Please do not open a new case for the same request, as this can '
           'delay our response.\n\n'
           'Case details\n'
           '  Inquiry type: AWS Training and Certification\n'
           '  Detail: Account Merge\n'
           '  AWS candidate ID: %s\n'
           '  Preferred language: English\n\n'
           'Sincerely,\nAWS Training and Certification Customer Service\n\n%s') % (A_CASE, A_OLD, AWS_SIG_FOOT)
    body = plain_html_alt(txt, to_html(txt), cte='b64')
    trace, hdrs = aws_mail(A_TO, when, FORM, '[CASE %s] We received your request - %s' % (A_CASE, FORM_SUBJ), body)
    emit('form-ack-case-received', trace, hdrs, body, 'case_created', A_CASE, [A_OLD], True, 'en')


A_CONF_TXT = ('Hello Daniel,\n\n'
              'Thank you for contacting AWS Training and Certification.\n\n'
              'I have reviewed the two certification accounts associated with your request:\n\n'
              '  Account 1: AWS04417893 - daniel.okafor@alumni.uwaterloo.ca (1 active certification)\n'
              '  Account 2: AWS11820356 - d.okafor.dev@gmail.com (2 active certifications)\n\n'
              'As requested, Account 1 will be merged into Account 2. After the merge, AWS11820356 '
              'will be your only active account, and all certification history, exam records and '
              'benefits will be available there. AWS04417893 will be deactivated.\n\n'
              'Please be aware that an account merge is permanent and cannot be reversed once it '
              'has been completed.\n\n'
              'If the above information is correct, please reply to this e-mail confirming that you '
              'would like us to proceed.\n\n'
              'Best regards,\n\nRohan S.\nAmazon Web Services\nTraining and Certification Customer Service')
A_CONF_DATE = T(2025, 5, 27, 16, 3, 52)


def m002():
    txt = A_CONF_TXT + '\n\n' + AWS_SIG_FOOT + '\n\n---------- Original request ----------\n' + A_FORM_TXT
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(A_TO, A_CONF_DATE, FORM, 'RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ), body)
    emit('form-agent-asks-confirm-merge', trace, hdrs, body, 'merge_confirmation_requested', A_CASE,
         [A_OLD, A_NEW], True, 'en')


A_USER_REPLY = ('The details are correct. Please proceed with the merge.\n\nThanks,\nDaniel\n\n' +
                quote_gmail(A_CONF_TXT, 'Tue, May 27, 2025 at 12:03\u202fPM', 'Amazon Web Services <\naws-cs-trainingcertification-form@amazon.com>'))


def m003():
    when = T(2025, 5, 28, 9, 41, 18)
    txt = ('Hello Daniel,\n\n'
           'Thank you for confirming. I have passed your request on to the team that handles '
           'certification records, and they will now go ahead with it.\n\n'
           'Once the merge is complete you will receive a separate e-mail from us. This usually '
           'takes two to three business days. There is no need to open a new case in the meantime; '
           'if you have any questions, just reply to this message.\n\n'
           'Best regards,\n\nRohan S.\nAmazon Web Services\nTraining and Certification Customer Service\n\n'
           + AWS_SIG_FOOT + '\n\n---------- Previous correspondence ----------\n\n'
           'From: d.okafor.dev@gmail.com\nSent: 2025-05-27 20:15 UTC\n\n' + A_USER_REPLY)
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(A_TO, when, FORM, 'RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ), body)
    emit('form-thanks-for-confirming-proceeding', trace, hdrs, body, 'support_reply', A_CASE, [], True, 'en')


def m004():
    when = T(2025, 5, 29, 22, 17, 4)
    txt = ('Hello Daniel,\n\n'
           'Good news: the two certification accounts have now been combined.\n\n'
           'Surviving account: AWS11820356 (d.okafor.dev@gmail.com)\n'
           'Retired account: AWS04417893\n\n'
           'Your AWS Certified Cloud Practitioner, AWS Certified Solutions Architect - Associate and '
           'AWS Certified Developer - Associate now all appear under AWS11820356. Please sign in to '
           'your AWS Certification Account and check that everything looks right, including any '
           'exam benefits such as your 50% discount voucher.\n\n'
           'Digital badges are re-issued by Credly within 24-72 hours. If a badge does not appear '
           'after that time, reply to this e-mail and we will look into it.\n\n'
           'Best regards,\n\nRohan S.\nAmazon Web Services\nTraining and Certification Customer Service\n\n'
           + AWS_SIG_FOOT)
    body = plain_html_alt(txt, to_html(txt), cte='b64')
    trace, hdrs = aws_mail(A_TO, when, FORM, 'RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ), body)
    emit('form-accounts-combined-done', trace, hdrs, body, 'merge_completed', A_CASE, [A_OLD, A_NEW], True, 'en')


def m005():
    when = T(2025, 5, 29, 22, 19, 40)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Your case has been resolved</title></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f;background:#f2f3f3">\n'
            '<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">\n'
            '<img src="https://d1.awsstatic.com/training-and-certification/tc-logo.png" alt="AWS Training and Certification" width="180">\n'
            '<h2 style="font-weight:normal">Your case has been resolved</h2>\n'
            '<p>Hello,</p>\n'
            '<p>Case <b>%s</b> - <i>[AWS Training and Certification Form Submission] - account-assistance</i> '
            'has been marked as resolved. If you still need help, reply to the last e-mail from our agent '
            'within 14 days and the case will be reopened.</p>\n'
            '<p><b>Was your issue resolved?</b></p>\n'
            '<p><a href="https://survey.tc.aws.dev/r/%s?a=yes" style="background:#ec7211;color:#fff;padding:8px 22px;text-decoration:none">YES</a>'
            '&nbsp;&nbsp;<a href="https://survey.tc.aws.dev/r/%s?a=no" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none">NO</a></p>\n'
            '<p>How would you rate the support you received from Rohan S.?<br>\n'
            '<a href="https://survey.tc.aws.dev/r/%s?s=1">1</a> &middot; <a href="https://survey.tc.aws.dev/r/%s?s=2">2</a> &middot; '
            '<a href="https://survey.tc.aws.dev/r/%s?s=3">3</a> &middot; <a href="https://survey.tc.aws.dev/r/%s?s=4">4</a> &middot; '
            '<a href="https://survey.tc.aws.dev/r/%s?s=5">5</a></p>\n'
            '<p style="font-size:11px;color:#687078">It takes less than a minute. Your answers help us improve.</p>\n'
            '<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>\n'
            '</div></body></html>\n') % ((A_CASE,) + (hexs(24),) * 7)
    body = textpart(html, 'html', 'utf-8', 'qp')
    trace, hdrs = aws_mail(A_TO, when, FORM, 'Your case %s has been resolved - how did we do?' % A_CASE, body)
    emit('form-case-resolved-yes-no-survey', trace, hdrs, body, 'survey', A_CASE, [], True, 'en')


def credly_mail(to, when, frm, subject, body, provider='gmail', legacy=False, jp=None, cs='utf-8'):
    dom = 'youracclaim.com' if legacy else 'credly.com'
    ip = '149.72.%d.%d' % (rng.randrange(100, 250), rng.randrange(2, 250))
    host = 'o%d.ptr%d.%s' % (rng.randrange(1, 9), rng.randrange(1000, 9999), 'email.' + dom)
    mf = 'bounces+%d-%s-%s=%s@em%d.%s' % (rng.randrange(10 ** 6, 10 ** 7), hexs(4), to.split('@')[0], to.split('@')[1],
                                          rng.randrange(1000, 9999), dom)
    if provider == 'gmail':
        auth = auth_gmail([('pass', dom, 's1'), ('pass', 'sendgrid.info', 'smtpapi')], 'pass', mf, ip, 'pass', dom,
                          policy='NONE')
        trace = gmail_trace(to, when, host, ip, mf, auth)
    elif provider == 'outlook':
        auth = auth_outlook('pass', 'em%d.%s' % (rng.randrange(1000, 9999), dom), ip, 'pass', dom, 'pass', dom)
        trace = outlook_trace(to, when, host, ip, auth, dom)
    else:
        authserv, mta = jp
        trace = jp_trace(authserv, to, when, host, ip, mf, dom, 'pass', dom, mta=mta, sel='s1')
    trace += [dkim(dom, 's1', when, h='content-type:from:mime-version:subject:x-feedback-id:to:cc:content-type:from:subject:to'),
              dkim('sendgrid.info', 'smtpapi', when, h='content-type:from:mime-version:subject:x-feedback-id:to:cc')]
    hdrs = msg_hdrs(when, frm, to, subject, '<%s@geopod-ismtpd-%d>' % (alnum(22), rng.randrange(1, 30)),
                    extra=['X-Feedback-ID: %d:SG' % rng.randrange(10 ** 6, 10 ** 7),
                           'X-SG-EID: %s' % wrap_b(alnum(120), 70, ' '),
                           'List-Unsubscribe: <https://www.credly.com/earner/settings/notifications>'], cs=cs)
    return trace, hdrs


CREDLY_AWS = 'Amazon Web Services Training and Certification via Credly <admin@credly.com>'


def m006():
    when = T(2025, 5, 30, 3, 48, 26)
    txt = ('Hi Daniel,\n\n'
           'Amazon Web Services Training and Certification has issued you a new badge:\n\n'
           'AWS Certified Cloud Practitioner\n\n'
           'Accept your badge to add it to your profile and share it with your network:\n'
           'https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s/accept\n\n'
           'Why accept your badge?\n'
           '- Show off your verified skills on LinkedIn, in e-mail signatures and on your resume\n'
           '- Let employers see exactly what you did to earn it\n\n'
           'Happy sharing,\nThe Credly Team\n\n'
           'Credly, Inc. | 1 Pennsylvania Plaza, Suite 2400, New York, NY 10119\n'
           'You are receiving this because a badge was issued to %s.') % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), A_TO)
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">'
            '<div style="max-width:560px;margin:auto"><img src="https://images.credly.com/size/340x340/images/'
            '00634f82-b07f-4bbd-a6bb-53de397fc3a6/image.png" width="140" alt="AWS Certified Cloud Practitioner">'
            '<p>Hi Daniel,</p><p>Amazon Web Services Training and Certification has issued you a new badge:</p>'
            '<h2>AWS Certified Cloud Practitioner</h2>'
            '<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#0c7af0;color:#fff;'
            'padding:10px 26px;border-radius:4px;text-decoration:none">Accept your badge</a></p>'
            '<p style="font-size:12px;color:#777">Credly, Inc. | 1 Pennsylvania Plaza, Suite 2400, New York, NY 10119</p>'
            '</div></body></html>')
    body = plain_html_alt(txt, html, cte='qp')
    trace, hdrs = credly_mail(A_TO, when, CREDLY_AWS,
                              'Daniel, you have been issued a new badge by Amazon Web Services Training and Certification',
                              body)
    emit('credly-badge-issued-after-merge', trace, hdrs, body, 'credly_badge_issued', None, [], True, 'en')


def m007():
    opened = T(2025, 6, 10, 18, 2, 44)
    cid = case15(opened)
    when = T(2025, 6, 11, 15, 27, 9)
    txt = ('Hello Daniel,\n\n'
           'Thank you for reaching out to AWS Training and Certification.\n\n'
           'You asked us to change the e-mail address on your certification account. Before I '
           'submit the change, please check the details:\n\n'
           '  Candidate ID: AWS11820356\n'
           '  Current e-mail: d.okafor.dev@gmail.com\n'
           '  New e-mail: daniel@okafor.io\n\n'
           'Please note that once the change is made you will sign in with the new address only, '
           'and all future exam and certification notices will go there. We are not able to undo '
           'this change from our side, so please make sure you have access to the new mailbox.\n\n'
           'If everything is correct, please reply "Yes" to this e-mail and I will take care of it.\n\n'
           'Kind regards,\n\nMarisol T.\nAmazon Web Services\nTraining and Certification Customer Service\n\n'
           + AWS_SIG_FOOT)
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(A_TO, when, FORM, 'RE:[CASE %s] %s' % (cid, FORM_SUBJ), body)
    emit('form-email-change-reply-yes', trace, hdrs, body, 'unrelated', cid, ['AWS11820356'], True, 'en')


def m008():
    when = T(2025, 6, 14, 11, 5, 37)
    txt = ('Hi Daniel,\n\n'
           'We received a request to merge two Credly accounts:\n\n'
           '  Merge from: daniel.okafor@alumni.uwaterloo.ca\n'
           '  Merge into: d.okafor.dev@gmail.com\n\n'
           'To confirm this request, enter the verification code below on the Account Merge page:\n\n'
           '    738 215\n\n'
           'Or click "Complete Account Merge":\n'
           'https://www.credly.com/users/merge/confirm?token=%s\n\n'
           'The code expires in 30 minutes. Once the accounts are merged, all badges move to '
           'd.okafor.dev@gmail.com and the other account is closed. This cannot be undone.\n\n'
           "If you didn't request this, you can ignore this e-mail.\n\n"
           'The Credly Team') % alnum(40)
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif"><div style="max-width:560px;margin:auto">'
            '<p>Hi Daniel,</p><p>We received a request to merge two Credly accounts:</p>'
            '<p>Merge from: <b>daniel.okafor@alumni.uwaterloo.ca</b><br>Merge into: <b>d.okafor.dev@gmail.com</b></p>'
            '<p>Verification code:</p><p style="font-size:28px;letter-spacing:6px">738 215</p>'
            '<p><a href="https://www.credly.com/users/merge/confirm" style="background:#0c7af0;color:#fff;padding:10px 24px;'
            'text-decoration:none">Complete Account Merge</a></p>'
            '<p>The code expires in 30 minutes. Once the accounts are merged, all badges move to d.okafor.dev@gmail.com '
            'and the other account is closed. This cannot be undone.</p>'
            "<p style=\"color:#777\">If you didn't request this, you can ignore this e-mail.</p></div></body></html>")
    body = plain_html_alt(txt, html, cte='7bit')
    trace, hdrs = credly_mail(A_TO, when, 'Credly <admin@credly.com>', 'Confirm your Credly account merge', body)
    emit('credly-self-service-merge-code', trace, hdrs, body, 'unrelated', None, [], True, 'en')


# ======================================================================
# Thread B: 佐藤 健太, console case in Japanese, 2025, nifty
# ======================================================================
B_TO = 'k-sato@nifty.com'
B_JP = ('nifty.com', 'mxr-w12.mail.nifty.com')
B_OPEN = T(2025, 3, 11, 1, 22, 35)
B_CASE = case15(B_OPEN)
B_OLD, B_NEW = 'AWS07731204', 'AWS09952617'
B_SUBJ = '認定アカウントの統合について'


def m009():
    when = B_OPEN + dt.timedelta(seconds=12)
    txt = ('Amazon Web Services にお問い合わせいただき、ありがとうございます。\n\n'
           'お客様のお問い合わせに対応するため、ケース %s をオープンしました。\n'
           '担当者が内容を確認のうえ、ご連絡いたします。\n\n'
           'ケース ID: %s\n'
           '件名: %s\n'
           '重要度: 一般的なガイダンス\n'
           'サービス: トレーニングと認定\n'
           'カテゴリ: 認定アカウント\n\n'
           '同じお問い合わせについて新しいケースを作成されますと、対応が遅れる場合がございます。'
           '追加の情報がございましたら、このケースにご返信ください。\n\n' % (B_CASE, B_CASE, B_SUBJ)
           + console_footer(B_CASE, 'ja'))
    body = textpart(txt, 'plain', 'iso-2022-jp', '7bit')
    trace, hdrs = aws_mail(B_TO, when, NOREPLY,
                           'Amazon Web Services: 新しいサポートケースをオープンしました: %s' % B_CASE, body,
                           provider='jp', jp=B_JP, cs='iso-2022-jp', date_tz=UTC)
    emit('console-ja-case-opened-iso2022jp', trace, hdrs, body, 'case_created', B_CASE, [], True, 'ja')


B_SIG = ('山口\nAmazon Web Services\nトレーニングと認定 カスタマーサービス')


def m010():
    when = T(2025, 3, 12, 2, 47, 10)
    txt = ('佐藤 健太 様\n\n'
           'Amazon Web Services にお問い合わせいただき、誠にありがとうございます。\n'
           'トレーニングと認定 カスタマーサービスの山口でございます。\n\n'
           'お問い合わせいただいた内容を確認いたしましたところ、佐藤様のお名前で以下の 2 件の'
           '認定アカウントが登録されておりました。\n\n'
           '・AWS07731204（2019 年作成、AWS Certified Cloud Practitioner 取得済み）\n'
           '・AWS09952617（2024 年作成、AWS Certified Solutions Architect - Associate 取得済み）\n\n'
           '統合のお手続きを進めるにあたり、恐れ入りますが、以下の 2 点についてご教示いただけますでしょうか。\n\n'
           '1. 統合後も引き続きご利用になるアカウント（存続させるアカウント）はどちらでしょうか。\n'
           '2. それぞれのアカウントへのサインインにご使用のメールアドレスをお知らせください。\n\n'
           'ご返信をいただき次第、統合内容を改めてご案内いたします。\n'
           'お手数をおかけいたしますが、何卒よろしくお願い申し上げます。\n\n' + B_SIG + '\n\n'
           + console_footer(B_CASE, 'ja'))
    body = textpart(txt, 'plain', 'utf-8', 'b64')
    trace, hdrs = aws_mail(B_TO, when, NOREPLY, 'RE:[CASE %s] %s' % (B_CASE, B_SUBJ), body,
                           provider='jp', jp=B_JP)
    emit('console-ja-which-account-to-keep', trace, hdrs, body, 'support_reply', B_CASE, [B_OLD, B_NEW], True, 'ja')


def m011():
    when = T(2025, 3, 13, 0, 58, 41)
    txt = ('佐藤 健太 様\n\n'
           'いつもお世話になっております。\n'
           'トレーニングと認定 カスタマーサービスの山口でございます。\n'
           'ご返信いただき、ありがとうございます。\n\n'
           'いただいた情報をもとに、以下の内容で認定アカウントの統合を行います。\n\n'
           '　統合元（統合後は無効となるアカウント）：AWS07731204\n'
           '　統合先（引き続きご利用いただくアカウント）：AWS09952617\n\n'
           '統合元のアカウントで取得された認定資格、試験履歴、特典（次回の試験の 50% 割引バウチャーなど）は、'
           'すべて統合先のアカウントへ移行されます。\n\n'
           'なお、統合の処理は一度実行いたしますと取り消すことができません。あらかじめご了承ください。\n\n'
           '上記の内容でお間違いがなければ、サポートセンターより本ケースに「上記の内容で統合をお願いします」と'
           'ご返信いただけますでしょうか。ご確認が取れ次第、お手続きを開始いたします。\n\n'
           '何卒よろしくお願い申し上げます。\n\n' + B_SIG + '\n\n' + console_footer(B_CASE, 'ja'))
    body = textpart(txt, 'plain', 'iso-2022-jp', '7bit')
    trace, hdrs = aws_mail(B_TO, when, NOREPLY, 'RE:[CASE %s] %s' % (B_CASE, B_SUBJ), body,
                           provider='jp', jp=B_JP, cs='iso-2022-jp')
    emit('console-ja-please-confirm-merge', trace, hdrs, body, 'merge_confirmation_requested', B_CASE,
         [B_OLD, B_NEW], True, 'ja')


def m012():
    when = T(2025, 3, 14, 8, 3, 19)
    txt = ('佐藤 健太 様\n\n'
           'いつもお世話になっております。\n'
           'トレーニングと認定 カスタマーサービスの山口でございます。\n\n'
           'ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告いたします。\n\n'
           '今後は AWS09952617 にて、すべての認定資格および試験履歴をご確認いただけます。'
           'なお、旧アカウントにはサインインできなくなりますのでご注意ください。\n\n'
           'Credly のデジタルバッジにつきましては、反映までに最大 72 時間ほどかかる場合がございます。'
           '期間を過ぎても反映されない場合は、お手数ですが本ケースにてお知らせください。\n\n'
           'このたびはご不便をおかけいたしました。今後とも AWS 認定をよろしくお願い申し上げます。\n\n'
           + B_SIG + '\n\n' + console_footer(B_CASE, 'ja'))
    html = to_html(txt, title='Amazon Web Services サポート')
    body = plain_html_alt(txt, html, cte='qp')
    trace, hdrs = aws_mail(B_TO, when, NOREPLY, 'RE:[CASE %s] %s' % (B_CASE, B_SUBJ), body,
                           provider='jp', jp=B_JP)
    emit('console-ja-merge-finished', trace, hdrs, body, 'merge_completed', B_CASE, [B_NEW], True, 'ja')


def third_party(to, when, frm, from_dom, subject, body, sender_host, ip, provider='gmail', msgid=None,
                dmarc='pass', spf='pass', dkim_res='pass', dkim_dom=None, policy='REJECT', jp=None, cs='utf-8',
                extra=(), date_tz=UTC, mailfrom=None):
    dkim_dom = dkim_dom or from_dom
    mf = mailfrom or 'bounce-%s@%s' % (alnum(10).lower(), from_dom)
    if provider == 'gmail':
        auth = auth_gmail([(dkim_res, dkim_dom, 'selector1')] if dkim_res != 'none' else [], spf, mf, ip, dmarc,
                          from_dom, policy=policy)
        trace = gmail_trace(to, when, sender_host, ip, mf, auth)
    elif provider == 'outlook':
        auth = auth_outlook(spf, mf.split('@')[1], ip, dkim_res, dkim_dom if dkim_res != 'none' else 'none', dmarc,
                            from_dom, compauth='pass' if dmarc == 'pass' else 'fail', reason='100' if dmarc == 'pass' else '000',
                            action='none' if dmarc == 'pass' else 'quarantine')
        trace = outlook_trace(to, when, sender_host, ip, auth, mf.split('@')[1])
    else:
        authserv, mta = jp
        trace = jp_trace(authserv, to, when, sender_host, ip, mf, dkim_dom, dmarc, from_dom, spf=spf,
                         dkim_res=dkim_res, mta=mta)
    if dkim_res != 'none':
        trace = trace + [dkim(dkim_dom, 'selector1', when, c='relaxed/relaxed')]
    hdrs = msg_hdrs(when, frm, to, subject, msgid or '<%s.%s@%s>' % (hexs(16), alnum(6), from_dom),
                    extra=extra, cs=cs, date_tz=date_tz)
    return trace, hdrs


def m013():
    when = T(2025, 6, 20, 13, 31, 2)
    txt = ('Dear Daniel Okafor,\n\n'
           'We received a request to cancel the following exam appointment:\n\n'
           'Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n'
           'Date and time: Thursday, July 3, 2025 at 9:00 AM Eastern Daylight Time\n'
           'Delivery: Online (OnVUE)\n'
           'Candidate ID: AWS11820356\n'
           'Registration number: 487219644\n\n'
           'To finish cancelling, please select "Confirm cancellation" below within 24 hours. '
           'Once confirmed, the cancellation is final and cannot be reversed: the seat is released '
           'and, to take the exam, you will have to schedule a new appointment, subject to availability. '
           'Any refund is handled according to the AWS Certification exam policies.\n\n'
           'Confirm cancellation: https://home.pearsonvue.com/aws/cancel/confirm?reg=487219644\n\n'
           "If you didn't make this request, you don't need to do anything and your appointment stays "
           'as scheduled.\n\n'
           'Sincerely,\nPearson VUE\n\n'
           'This e-mail was sent from a notification-only address that cannot accept incoming e-mail. '
           'Copyright © 2025 Pearson Education, Inc. or its affiliate(s). All rights reserved.')
    body = plain_html_alt(txt, to_html(txt, title='Pearson VUE', logo=False), cte='qp')
    trace, hdrs = third_party(A_TO, when, '"Pearson VUE" <pearsonvueconfirmation@pearson.com>', 'pearson.com',
                              'Confirm cancellation of your AWS Certification exam appointment', body,
                              'mail-dm6nam11on2081.outbound.protection.outlook.com', '40.107.223.81')
    emit('pearson-vue-confirm-exam-cancellation', trace, hdrs, body, 'unrelated', None, ['AWS11820356'], False, 'en')


# ======================================================================
# Thread C: Priya Raman, console case, 2023, outlook.com, non-native agent
# ======================================================================
C_TO = 'priya.raman@outlook.com'
C_CASE = '12074896351'
C_OLD, C_NEW = 'AWS13377450', 'AWS20519984'
C_SUBJ = 'Merge my two AWS certification accounts'


def m014():
    cid = '12392077413'
    when = T(2023, 3, 20, 6, 44, 51)
    txt = ('Dear Priya,\n\n'
           'Greetings from AWS Training and Certification!\n\n'
           'As per your request we will be updating the legal name on certification account '
           'AWS20519984 as below:\n\n'
           '   Current name : Priya R\n'
           '   New name     : Priya Raman Iyer\n\n'
           'Please note the name should match exactly with your government issued ID which you will '
           'present at the test center. Once updated, we will not be able to process another name change '
           'on this account for next 12 months and the change cannot be reverted.\n\n'
           'Kindly reply "Yes, please update" in Support Center so that we can proceed further.\n\n'
           'Thanks and regards,\nSanjana K\nAmazon Web Services\n\n' + console_footer(cid))
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(C_TO, when, NOREPLY, 'RE:[CASE %s] Legal name change on certification profile' % cid, body,
                           provider='outlook')
    emit('console-name-change-reply-yes', trace, hdrs, body, 'unrelated', cid, ['AWS20519984'], True, 'en')


def m015():
    when = T(2023, 2, 15, 10, 12, 30)
    txt = ('Dear Priya,\n\n'
           'Greetings from AWS Training and Certification!\n\n'
           'Thank you for providing the details. Kindly confirm us that you would like to merge your '
           'account AWS-13377450 in to the account AWS-20519984.\n\n'
           'Please be informed the process is irreversible. After merging, the account AWS-13377450 '
           'will not be accessible anymore and all the certifications will be reflecting under '
           'AWS-20519984 only.\n\n'
           'Awaiting for your confirmation to proceed further.\n\n'
           'Thanks and regards,\nSanjana K\nAmazon Web Services\n\n' + console_footer(C_CASE))
    body = plain_html_alt(txt, to_html(txt), cte='b64')
    trace, hdrs = aws_mail(C_TO, when, NOREPLY, 'RE:[CASE %s] %s' % (C_CASE, C_SUBJ), body, provider='outlook')
    emit('console-nonnative-kindly-confirm-merge', trace, hdrs, body, 'merge_confirmation_requested', C_CASE,
         [C_OLD, C_NEW], True, 'en')


def m016():
    when = T(2023, 2, 17, 5, 2, 11)
    txt = ('Dear Priya,\n\n'
           'Greetings from AWS Training and Certification!\n\n'
           'We are glad to inform you that the merge of your accounts is completed successfully. '
           'Now you can login with priya.raman@outlook.com and all your certifications are showing '
           'under AWS20519984.\n\n'
           'As your request is fulfilled, we are resolving this case from our end. If you need any '
           'further assistance please reply within 7 days and the case will be reopened automatically.\n\n'
           'Please take a moment to rate my correspondence, your feedback is very valuable for us.\n\n'
           'Thanks and regards,\nSanjana K\nAmazon Web Services\n\n'
           'Was this response helpful? Click here to rate:\n'
           'https://console.aws.amazon.com/support/feedback?eventId=%s&displayId=%s&language=en\n\n' % (hexs(32), C_CASE)
           + console_footer(C_CASE))
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(C_TO, when, NOREPLY, 'RE:[CASE %s] %s' % (C_CASE, C_SUBJ), body, provider='outlook')
    emit('console-merge-done-and-case-resolved', trace, hdrs, body, 'merge_completed', C_CASE, [C_NEW], True, 'en')


# ======================================================================
# Thread D: Keiko Tanaka-Moore, form desk, 2024, Gmail
# ======================================================================
D_TO = 'keiko.tm@gmail.com'
D_OPEN = T(2024, 9, 3, 7, 55, 21)
D_CASE = case15(D_OPEN)
D_OLD, D_NEW = 'AWS28811093', 'AWS30874412'


def m017():
    when = T(2024, 9, 10, 16, 20, 4)
    txt = ('Hello,\n\n'
           'Thank you for contacting Amazon Selling Partner Support.\n\n'
           'I understand that you would like to merge your two selling accounts:\n\n'
           '  - Keiko Paper Goods (Merchant Token A1Q7XK2M9ZP3LD)\n'
           '  - KTM Stationery (Merchant Token A3HV0T8RN2YW5C)\n\n'
           'Before I can send this request to our internal team, I need you to confirm the following:\n\n'
           '1. The account "KTM Stationery" will be permanently deactivated after the merge, and its '
           'listings, inventory and FBA shipments will be moved to "Keiko Paper Goods".\n'
           '2. Account health metrics and feedback from "KTM Stationery" will not be carried over.\n\n'
           'Please note that this action is irreversible. If you agree, reply to this e-mail with '
           '"I confirm" within 5 days. If we do not hear from you, this case will be closed.\n\n'
           'We value your feedback. Please rate my answer using the links below.\n\n'
           'Thank you,\nAnil\nAmazon Selling Partner Support\n\n'
           'Was this e-mail helpful? https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=9284417306\n')
    body = textpart(txt, 'plain', 'utf-8', '7bit')
    ip = '54.240.13.%d' % rng.randrange(2, 250)
    trace, hdrs = third_party(D_TO, when, 'Amazon Selling Partner Support <sellercentral-support@amazon.com>',
                              'amazon.com', 'RE:[CASE 9284417306] Merge two seller accounts', body,
                              'a13-%s.smtp-out.amazonses.com' % ip.split('.')[-1], ip,
                              msgid=ses_msgid(when), policy='QUARANTINE', mailfrom=ses_bounce(when))
    emit('seller-central-merge-seller-accounts', trace, hdrs, body, 'unrelated', '9284417306', [], True, 'en')


def m018():
    when = T(2023, 4, 2, 19, 9, 55)
    txt = ('Hello,\n\n'
           'The AWS account 7391-4402-1186 (owner: billing@northwind-analytics.com) has invited your AWS '
           'account 2840-5517-9023 to join its organization, "Northwind Analytics".\n\n'
           'If you accept the invitation:\n'
           '- Your account becomes a member account and the management account pays all charges '
           'incurred by your account (consolidated billing).\n'
           '- Administrators of the management account can apply policies that restrict what your '
           'account can do.\n\n'
           'To accept or decline, sign in to your account and open the AWS Organizations console:\n'
           'https://console.aws.amazon.com/organizations/v2/home/invitations\n\n'
           'This invitation expires in 15 days. If you do not recognize the organization, decline '
           'the invitation and contact AWS Support.\n\n'
           'Sincerely,\nAmazon Web Services\n\n'
           'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
           'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
           'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.')
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(C_TO, when, NOREPLY, 'AWS Organizations: your account is invited to join an organization',
                           body, provider='outlook')
    emit('aws-organizations-invitation', trace, hdrs, body, 'unrelated', None, [], True, 'en')


def m019():
    when = T(2024, 9, 4, 18, 36, 2)
    txt = ('Hi Keiko,\n\n'
           'Thanks for your patience while I looked into this.\n\n'
           "Here's what we would do on our side: everything currently recorded under candidate ID "
           'AWS28811093 (your AWS Certified Cloud Practitioner, the exam history from 2021 and the '
           'unused practice-exam benefit) would be moved over to AWS30874412. AWS30874412 stays your '
           'active profile and keeps your current login, keiko.tm@gmail.com. AWS28811093 would then be '
           'closed for good.\n\n'
           "Once this is run we can't split the records apart again, so I want to be sure it's what "
           'you want. Could you reply to this e-mail and let me know you are happy for us to go ahead?\n\n'
           'Cheers,\n\nBen W.\nAmazon Web Services\nTraining and Certification Customer Service\n\n' + AWS_SIG_FOOT)
    html = to_html(txt)
    body = plain_html_alt(txt, html, cte='qp')
    trace, hdrs = aws_mail(D_TO, when, FORM, 'RE:[CASE %s] %s' % (D_CASE, FORM_SUBJ), body)
    emit('form-paraphrased-ok-to-go-ahead', trace, hdrs, body, 'merge_confirmation_requested', D_CASE,
         [D_OLD, D_NEW], True, 'en')


D_USER_REPLY = ('Hi Ben,\n\nYes, that is all correct - please go ahead.\n\nOne more thing: my surname changed when I got '
                'married, so the old account may still say Keiko Tanaka.\n\nThanks!\nKeiko')


def m020():
    when = T(2024, 9, 5, 17, 2, 40)
    txt = ('Hi Keiko,\n\n'
           "Thanks for confirming, that's noted.\n\n"
           'About your name: the profile AWS30874412 currently shows "Keiko Tanaka". Would you like us '
           'to update it to "Keiko Tanaka-Moore" at the same time? A couple of things to keep in mind '
           'before you answer:\n\n'
           '- The name on your profile must match the ID you show at exams exactly.\n'
           "- Certificates already issued won't be regenerated automatically; new downloads will "
           'use the new name.\n'
           "- We can only change a legal name once per request, so please double-check the spelling.\n\n"
           'Just reply "yes" (with the exact spelling) or "no, keep it as is".\n\n'
           'Cheers,\n\nBen W.\nAmazon Web Services\nTraining and Certification Customer Service\n\n'
           + AWS_SIG_FOOT + '\n\n---------- Previous correspondence ----------\n\nFrom: keiko.tm@gmail.com\n'
           'Sent: 2024-09-05 01:12 UTC\n\n' + D_USER_REPLY)
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(D_TO, when, FORM, 'RE:[CASE %s] %s' % (D_CASE, FORM_SUBJ), body)
    emit('form-merge-case-asks-yes-about-name', trace, hdrs, body, 'support_reply', D_CASE, [D_NEW], True, 'en')


def m021():
    opened = T(2025, 4, 1, 23, 40, 12)
    cid = case15(opened)
    when = T(2025, 4, 2, 6, 15, 33)
    txt = ('佐藤 健太 様\n\n'
           'AWS トレーニングと認定 カスタマーサービスにお問い合わせいただき、ありがとうございます。\n'
           '担当の森でございます。\n\n'
           'ご依頼いただきました、認定アカウントのご登録メールアドレス変更につきまして、'
           '以下の内容でお手続きを行います。\n\n'
           '　認定アカウント：AWS09952617\n'
           '　変更前：k-sato@nifty.com\n'
           '　変更後：kenta.sato@hoshino-sys.co.jp\n\n'
           '変更後は、新しいメールアドレスでのみサインインいただけるようになり、試験や認定に関するご案内も'
           '新しいアドレスへ送信されます。恐れ入りますが、当窓口では変更を元に戻すことができかねますので、'
           '新しいメールアドレスで受信できることを事前にご確認ください。\n\n'
           '上記の内容でよろしければ、本メールに「はい」とご返信くださいませ。\n\n'
           '何卒よろしくお願いいたします。\n\n'
           '森\nAmazon Web Services\nトレーニングと認定 カスタマーサービス\n\n' + AWS_SIG_FOOT)
    body = plain_html_alt(txt, to_html(txt), cte='b64')
    trace, hdrs = aws_mail(B_TO, when, FORM, 'RE:[CASE %s] %s' % (cid, FORM_SUBJ), body, provider='jp', jp=B_JP)
    emit('form-ja-email-address-change-hai', trace, hdrs, body, 'unrelated', cid, ['AWS09952617'], True, 'ja')


def m022():
    opened = T(2025, 5, 28, 4, 1, 57)
    fake = case15(opened)
    when = T(2025, 5, 28, 11, 26, 8)
    txt = ('Dear AWS Certified professional,\n\n'
           'We have received a request to consolidate the AWS Certification accounts registered to this '
           'e-mail address.\n\n'
           '  Reference: Case %s\n'
           '  Account to be merged: aws04417893\n'
           '  Primary account: aws11820356\n\n'
           'For your security, the merge must be confirmed by the account holder. Please confirm the '
           'merge within 24 hours by verifying your candidate credentials through the secure link below. '
           'Unconfirmed requests are cancelled automatically and the certifications on both accounts may '
           'be suspended until the review is complete.\n\n'
           '  CONFIRM MERGE: https://aws-certification-desk.com/candidate/verify?ref=%s\n\n'
           'Please note: this operation cannot be reversed once confirmed.\n\n'
           'Regards,\nAWS Certification Support Team\nAmazon Web Services') % (fake, alnum(24))
    html = ('<html><body style="font-family:Arial;font-size:14px">'
            '<div style="background:#232f3e;padding:10px"><span style="color:#ff9900;font-size:22px;font-weight:bold">aws</span>'
            '<span style="color:#fff"> Certification</span></div>'
            '<p>Dear AWS Certified professional,</p>'
            '<p>We have received a request to consolidate the AWS Certification accounts registered to this e-mail address.</p>'
            '<p>Reference: Case %s<br>Account to be merged: aws04417893<br>Primary account: aws11820356</p>'
            '<p>For your security, the merge must be confirmed by the account holder within <b>24 hours</b>.</p>'
            '<p><a href="https://aws-certification-desk.com/candidate/verify" style="background:#ec7211;color:#fff;padding:10px 20px;'
            'text-decoration:none">CONFIRM MERGE</a></p>'
            '<p style="font-size:11px">Please note: this operation cannot be reversed once confirmed.</p>'
            '</body></html>') % fake
    body = plain_html_alt(txt, html, cte='qp')
    ip = '193.42.%d.%d' % (rng.randrange(1, 250), rng.randrange(2, 250))
    trace, hdrs = third_party(A_TO, when, '"AWS Certification Support" <case-update@aws-certification-desk.com>',
                              'aws-certification-desk.com',
                              'Action required: confirm your AWS Certification account merge (Case %s)' % fake, body,
                              'mail.aws-certification-desk.com', ip, policy='NONE')
    emit('phish-lookalike-domain-confirm-merge', trace, hdrs, body, 'merge_confirmation_requested', fake,
         ['AWS04417893', 'AWS11820356'], False, 'en')


def m023():
    when = T(2024, 1, 16, 3, 51, 27)
    fake = '13066241187'
    txt = ('Dear Customer,\n\n'
           'This is regarding your request to merge the AWS Certification accounts AWS13377450 and '
           'AWS20519984.\n\n'
           'Our records show the merge is still pending your confirmation. After the merge, AWS13377450 '
           'will be closed and all certifications will be transferred to AWS20519984. This action is '
           'permanent.\n\n'
           'To confirm, please sign in with your AWS credentials at the link below and select "Approve merge":\n'
           'https://support-aws-console.com/case/confirm?displayId=%s\n\n'
           'If no confirmation is received within 48 hours, the certifications on both accounts will be '
           'placed on hold.\n\n'
           'Best regards,\nAmazon Web Services\n\n' % fake
           + quote_orig('Hello,\n\nI have two AWS certification accounts (AWS13377450 and AWS20519984). Please merge '
                        'them and keep AWS20519984.\n\nThanks,\nPriya',
                        'Priya Raman <priya.raman@outlook.com>', 'Monday, January 15, 2024 9:12 PM',
                        'AWS Support', 'Merge my two AWS certification accounts'))
    body = plain_html_alt(txt, to_html(txt), cte='b64')
    ip = '45.141.%d.%d' % (rng.randrange(1, 250), rng.randrange(2, 250))
    trace, hdrs = third_party(C_TO, when, NOREPLY, 'amazon.com', 'RE:[CASE %s] Merge my two AWS certification accounts' % fake,
                              body, 'vps-%d.srv-notify.top' % rng.randrange(1000, 9999), ip, provider='outlook',
                              dmarc='fail', spf='pass', dkim_res='none', mailfrom='bounce@mailer.srv-notify.top')
    # sender-inserted header lower down, not trustworthy
    trace += ['Authentication-Results: amazon.com; spf=pass smtp.mailfrom=amazon.com;\n dkim=pass header.d=amazon.com;'
              ' dmarc=pass header.from=amazon.com',
              'Received: from [10.8.0.14] (unknown [10.8.0.14])\n\tby vps-mailer.srv-notify.top (Postfix) with ESMTPSA id 4TDq2b1Xk7z9sRw\n'
              '\tfor <%s>; %s' % (C_TO, rfc(when - dt.timedelta(seconds=40)))]
    emit('phish-spoofed-amazon-dmarc-fail-merge', trace, hdrs, body, 'merge_confirmation_requested', fake,
         ['AWS13377450', 'AWS20519984'], False, 'en')


def m024():
    when = T(2024, 10, 2, 14, 8, 45)
    txt = ('Hello,\n\n'
           'Your 50%% exam discount voucher linked to candidate ID AWS30874412 will be forfeited on '
           'October 5, 2024 because your candidate profile could not be verified.\n\n'
           'To keep this benefit, confirm that you are the owner of the account by replying YES to this '
           'message, or verify online:\n'
           'https://aws-certmetrics-support.net/benefits/verify?id=%s\n\n'
           'Forfeited vouchers cannot be restored.\n\n'
           'AWS Training & Certification Benefits Team') % alnum(16)
    body = textpart(txt, 'plain', 'utf-8', '7bit')
    ip = '103.75.%d.%d' % (rng.randrange(1, 250), rng.randrange(2, 250))
    trace, hdrs = third_party(D_TO, when, '"AWS Training & Certification" <benefits@aws-certmetrics-support.net>',
                              'aws-certmetrics-support.net', 'Final notice: your exam voucher will be forfeited - reply YES',
                              body, 'smtp.aws-certmetrics-support.net', ip, spf='neutral', dkim_res='none', dmarc=None)
    emit('phish-voucher-forfeit-reply-yes', trace, hdrs, body, 'unrelated', None, ['AWS30874412'], False, 'en')


def m025():
    when = T(2024, 9, 20, 16, 0, 12)
    code = 'AWSCERT50-%s' % alnum(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    txt = ('Hello Keiko Tanaka-Moore,\n\n'
           'As an AWS Certified individual you are eligible for a 50%% discount on your next AWS '
           'Certification exam.\n\n'
           'Candidate: AWS30874412\n'
           'Voucher code: %s\n'
           'Valid until: September 20, 2025\n\n'
           'How to redeem: sign in to your AWS Certification Account, choose "Schedule new exam" and enter '
           'the code at checkout.\n\n'
           'Please note: vouchers are single-use and non-refundable, and cannot be transferred to another '
           'candidate account once issued.\n\n'
           'AWS Certification\n\n'
           'This message was sent by CertMetrics on behalf of AWS Certification. Please do not reply.') % code
    html = to_html(txt, title='AWS Certification')
    body = plain_html_alt(txt, html, cte='qp')
    ip = '167.89.%d.%d' % (rng.randrange(1, 250), rng.randrange(2, 250))
    trace, hdrs = third_party(D_TO, when, '"AWS Certification" <do-not-reply@certmetrics.com>', 'certmetrics.com',
                              'Your AWS Certification benefit: 50% discount voucher', body,
                              'o%d.ptr%d.certmetrics.com' % (rng.randrange(1, 9), rng.randrange(1000, 9999)), ip,
                              policy='NONE')
    emit('certmetrics-voucher-nontransferable', trace, hdrs, body, 'unrelated', None, ['AWS30874412'], False, 'en')


# ======================================================================
# Thread E: 山本 直樹, form desk in Japanese, three accounts, 2024, OCN
# ======================================================================
E_TO = 'n-yamamoto@ocn.ne.jp'
E_JP = ('ocn.ne.jp', 'mfgw11.ocn.ad.jp')
E_OPEN = T(2024, 11, 18, 4, 10, 3)
E_CASE = case15(E_OPEN)
E_IDS = ['AWS51120873', 'AWS49930217', 'AWS55287001']
E_SIG = '木村\nAmazon Web Services\nトレーニングと認定 カスタマーサービス'
E_CONF = ('山本 直樹 様\n\n'
          'AWS トレーニングと認定 カスタマーサービスの木村と申します。\n'
          'このたびはお問い合わせいただき、誠にありがとうございます。\n\n'
          'ご依頼の件につきまして、下記 3 件のアカウントを 1 つにまとめるお手続きとなります。\n\n'
          '■ 存続するアカウント\n'
          '　AWS55287001（naoki.yamamoto@hoshino-sys.co.jp）\n\n'
          '■ 存続アカウントへ統合され、閉鎖されるアカウント\n'
          '　AWS51120873（n-yamamoto@ocn.ne.jp）\n'
          '　AWS49930217（旧勤務先のメールアドレス）\n\n'
          '統合後は、閉鎖されたアカウントを再度ご利用いただくことはできません。'
          'また、本手続きは実行後に取り消すことができませんので、ご注意ください。\n\n'
          'お手数ではございますが、上記の内容にて進めてよろしいか、本メールへのご返信にて'
          'ご承認いただけますようお願い申し上げます。\n\n'
          '以上、よろしくお願いいたします。\n\n' + E_SIG)


def m026():
    when = T(2024, 11, 19, 6, 30, 45)
    txt = E_CONF + '\n\n' + AWS_SIG_FOOT
    body = textpart(txt, 'plain', 'shift_jis', 'b64')
    trace, hdrs = aws_mail(E_TO, when, FORM, 'RE:[CASE %s] %s' % (E_CASE, FORM_SUBJ), body, provider='jp', jp=E_JP)
    emit('form-ja-sjis-three-accounts-approve', trace, hdrs, body, 'merge_confirmation_requested', E_CASE,
         E_IDS, True, 'ja')


def m027():
    when = T(2024, 11, 20, 1, 5, 2)
    user = ('木村様\n\nお世話になっております。山本です。\n'
            'ご連絡ありがとうございます。記載の内容で問題ございません。統合をお願いいたします。\n\n山本 直樹\n\n'
            + quote_ja(E_CONF, '2024年11月19日(火) 15:30', 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>'))
    txt = ('山本 直樹 様\n\n'
           'いつもお世話になっております。木村でございます。\n\n'
           'ご承認いただき、ありがとうございます。\n'
           '本日、担当部署へ作業を依頼いたしました。完了までは通常 3〜5 営業日ほどお時間を頂戴しております。\n'
           '作業が完了いたしましたら、改めてご連絡を差し上げます。\n\n'
           'それまでの間、新たにケースを作成いただく必要はございません。ご不明な点がございましたら、'
           '本メールにご返信ください。\n\n'
           '引き続きよろしくお願いいたします。\n\n' + E_SIG + '\n\n' + AWS_SIG_FOOT + '\n\n'
           + quote_ja(user, '2024年11月19日(火) 21:14', '山本 直樹 <n-yamamoto@ocn.ne.jp>'))
    body = plain_html_alt(txt, to_html(txt), cte='b64')
    trace, hdrs = aws_mail(E_TO, when, FORM, 'RE:[CASE %s] %s' % (E_CASE, FORM_SUBJ), body, provider='jp', jp=E_JP)
    emit('form-ja-approved-work-requested', trace, hdrs, body, 'support_reply', E_CASE, [], True, 'ja')


def m028():
    when = T(2024, 11, 26, 9, 12, 50)
    html = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>ケースがクローズされました</title></head>\n'
            '<body style="font-family:\'Hiragino Kaku Gothic ProN\',Meiryo,sans-serif;font-size:14px;color:#16191f">\n'
            '<div style="max-width:600px;margin:0 auto;padding:24px;background:#fff">\n'
            '<p>山本 直樹 様</p>\n'
            '<p>ケース <b>%s</b> はクローズされました。</p>\n'
            '<p>AWS トレーニングと認定 カスタマーサービスをご利用いただき、ありがとうございました。'
            'サービス向上のため、簡単なアンケートへのご協力をお願いいたします（所要時間 1 分程度）。</p>\n'
            '<p><b>今回のお問い合わせは解決しましたか？</b></p>\n'
            '<p><a href="https://survey.tc.aws.dev/ja/r/%s?a=yes">はい</a>　／　'
            '<a href="https://survey.tc.aws.dev/ja/r/%s?a=no">いいえ</a></p>\n'
            '<p>担当者の対応を 5 段階で評価してください：'
            '<a href="https://survey.tc.aws.dev/ja/r/%s?s=5">とても満足</a> … '
            '<a href="https://survey.tc.aws.dev/ja/r/%s?s=1">とても不満</a></p>\n'
            '<p style="font-size:11px;color:#687078">引き続きお困りの場合は、14 日以内に担当者からの最後のメールへ'
            'ご返信いただくと、ケースが再開されます。</p>\n'
            '<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>\n'
            '</div></body></html>\n') % ((E_CASE,) + (hexs(24),) * 4)
    body = textpart(html, 'html', 'utf-8', 'qp')
    trace, hdrs = aws_mail(E_TO, when, FORM, '【AWS トレーニングと認定】ケース %s はクローズされました' % E_CASE, body,
                           provider='jp', jp=E_JP)
    emit('form-ja-case-closed-survey', trace, hdrs, body, 'survey', E_CASE, [], True, 'ja')


def m029():
    when = T(2024, 12, 2, 12, 41, 9)
    txt = ('山本 直樹 さん\n\n'
           '2 つの Credly アカウントを統合するリクエストを受け付けました。\n\n'
           '　統合元：n-yamamoto@ocn.ne.jp\n'
           '　統合先：naoki.yamamoto@hoshino-sys.co.jp\n\n'
           'リクエストを確認するには、アカウント統合ページで次の確認コードを入力してください。\n\n'
           '　　402 917\n\n'
           'または、「アカウントの統合を完了する」をクリックしてください。\n'
           'https://www.credly.com/users/merge/confirm?token=%s&locale=ja\n\n'
           'コードの有効期限は 30 分です。統合が完了すると、すべてのバッジが統合先のアカウントに移動し、'
           '統合元のアカウントは削除されます。この操作は元に戻せません。\n\n'
           'このリクエストに心当たりがない場合は、このメールを無視してください。\n\n'
           'Credly チーム') % alnum(40)
    body = plain_html_alt(txt, to_html(txt, title='Credly', logo=False), cte='b64')
    trace, hdrs = credly_mail(E_TO, when, 'Credly <admin@credly.com>', 'Credly アカウントの統合を確認してください', body,
                              provider='jp', jp=E_JP)
    emit('credly-ja-self-service-merge-code', trace, hdrs, body, 'unrelated', None, [], True, 'ja')


def m030():
    opened = T(2024, 11, 21, 2, 33, 40)
    cid = case15(opened)
    when = T(2024, 11, 21, 7, 58, 3)
    txt = ('山本 様\n\n'
           'Amazon Web Services 請求サポートの松田でございます。\n'
           'お問い合わせいただき、ありがとうございます。\n\n'
           'ご依頼のとおり、AWS アカウント 4829-1057-3316 のお支払い通貨を米ドル (USD) から日本円 (JPY) へ'
           '変更いたします。変更は次回の請求書から適用され、すでに発行済みの請求書を遡って変更することは'
           'できません。また、変更後に為替の差額を調整することもいたしかねます。\n\n'
           '上記をご了承のうえ、変更を進めてよろしければ、サポートセンターより本ケースに「はい」と'
           'ご返信ください。\n\n'
           'よろしくお願いいたします。\n\n'
           '松田\nAmazon Web Services\n\n' + console_footer(cid, 'ja'))
    body = textpart(txt, 'plain', 'iso-2022-jp', '7bit')
    trace, hdrs = aws_mail(E_TO, when, NOREPLY, 'RE:[CASE %s] 支払い通貨を日本円に変更したい' % cid, body,
                           provider='jp', jp=E_JP, cs='iso-2022-jp')
    emit('console-ja-billing-currency-change-hai', trace, hdrs, body, 'unrelated', cid, [], True, 'ja')


# ======================================================================
# Thread F: Marco Bianchi, console case, 2025, outlook (live.it)
# ======================================================================
F_TO = 'marco.bianchi87@live.it'
F_OPEN = T(2025, 2, 3, 9, 30, 17)
F_CASE = case15(F_OPEN)
F_OLD, F_NEW = 'AWS60044518', 'AWS62019375'
F_SUBJ = 'Two certification profiles - please combine'


def m031():
    when = T(2025, 2, 4, 13, 44, 6)
    html = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '<p>Hello Marco,</p>\n'
            '<p>Thank you for contacting AWS Support. My name is Lucia and I will be helping you with your '
            'certification profiles today.</p>\n'
            '<p>I located both profiles. Please review the table below carefully:</p>\n'
            '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">\n'
            '<tr style="background:#f2f3f3"><th></th><th>Candidate ID</th><th>Login e-mail</th><th>Certifications</th></tr>\n'
            '<tr><td><b>Profile to keep</b></td><td>AWS62019375</td><td>marco.bianchi87@live.it</td><td>SAA-C03, SOA-C02</td></tr>\n'
            '<tr><td><b>Profile to retire</b></td><td>AWS60044518</td><td>m.bianchi@studenti.unimi.it</td><td>CLF-C01 (expired)</td></tr>\n'
            '</table>\n'
            '<p>After the operation, the exam history of the retired profile will be visible under the profile '
            'to keep, and the retired profile will no longer be accessible. <b>This cannot be reversed.</b></p>\n'
            '<p>If the table is correct, please reply to this case in the Support Center with the word '
            '<b>Confirmed</b>. If anything needs to change (for example you would rather keep the other '
            'profile), just tell me and I will prepare it again.</p>\n'
            '<p>Best regards,<br>Lucia P.<br>Amazon Web Services</p>\n'
            '<hr>\n<p style="font-size:12px">To see the details of your case or to reply, please visit the '
            '<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">Support Center</a>.</p>\n'
            '<p style="font-size:12px">*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.</p>\n'
            '<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. '
            'Amazon.com is a registered trademark of Amazon.com, Inc.</p>\n'
            '</body></html>\n') % F_CASE
    body = textpart(html, 'html', 'utf-8', 'qp')
    trace, hdrs = aws_mail(F_TO, when, NOREPLY, 'RE:[CASE %s] %s' % (F_CASE, F_SUBJ), body, provider='outlook')
    emit('console-html-table-reply-confirmed', trace, hdrs, body, 'merge_confirmation_requested', F_CASE,
         [F_OLD, F_NEW], True, 'en')


def m032():
    when = T(2025, 2, 5, 10, 21, 55)
    txt = ('Dear AWS customer,\n\n'
           'New correspondence has been added to your support case.\n\n'
           'Case ID: %s\n'
           'Subject: %s\n'
           'Severity: General guidance\n\n'
           'To view the correspondence and respond, sign in to the Support Center:\n'
           'https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n'
           'Thank you for using Amazon Web Services.\n\n'
           '*Please note: this e-mail was sent from an address that cannot accept incoming e-mail.') % (F_CASE, F_SUBJ, F_CASE)
    body = plain_html_alt(txt, to_html(txt), cte='7bit')
    trace, hdrs = aws_mail(F_TO, when, NOREPLY, '[Case %s] New correspondence added' % F_CASE, body, provider='outlook')
    emit('console-new-correspondence-notice', trace, hdrs, body, 'support_reply', F_CASE, [], True, 'en')


def m033():
    when = T(2025, 2, 6, 16, 9, 31)
    txt = ('Hello Marco,\n\n'
           "I'm writing to let you know that the work on your certification profiles is finished. "
           'Everything that was recorded under AWS60044518 is now part of AWS62019375, and AWS60044518 '
           'has been deactivated. You can keep signing in with marco.bianchi87@live.it as before.\n\n'
           'Your expired CLF-C01 now shows in the exam history of AWS62019375. Active certifications '
           'and badges are not affected.\n\n'
           "If something doesn't look right, reply to this case within the next 7 days.\n\n"
           'Best regards,\nLucia P.\nAmazon Web Services\n\n' + console_footer(F_CASE))
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(F_TO, when, NOREPLY, 'RE:[CASE %s] %s' % (F_CASE, F_SUBJ), body, provider='outlook')
    emit('console-profiles-combined-finished', trace, hdrs, body, 'merge_completed', F_CASE, [F_OLD, F_NEW], True, 'en')


def m034():
    when = T(2025, 2, 7, 8, 14, 2)
    txt = ('Merged #42 into main.\n\n'
           '-- \n'
           'Reply to this email directly, view it on GitHub:\n'
           'https://github.com/mbianchi/aws-cert-tracker/pull/42#event-16238847190\n'
           'You are receiving this because you authored the thread.\n\n'
           'Message ID: <mbianchi/aws-cert-tracker/pull/42/issue_event/16238847190@github.com>')
    html = ('<p>Merged <a href="https://github.com/mbianchi/aws-cert-tracker/pull/42" class="issue-link">#42</a> into main.</p>\n'
            '<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
            '<a href="https://github.com/mbianchi/aws-cert-tracker/pull/42#event-16238847190">view it on GitHub</a>.<br />'
            'You are receiving this because you authored the thread.</p>')
    body = plain_html_alt(txt, html, cte='7bit')
    ip = '192.30.252.%d' % rng.randrange(190, 210)
    trace, hdrs = third_party(F_TO, when, 'Marco Bianchi <notifications@github.com>', 'github.com',
                              'Re: [mbianchi/aws-cert-tracker] Merge duplicate-account handling into the '
                              'certification view (PR #42)', body,
                              'out-%d.smtp.github.com' % rng.randrange(20, 30), ip, provider='outlook',
                              msgid='<mbianchi/aws-cert-tracker/pull/42/issue_event/16238847190@github.com>',
                              extra=['In-Reply-To: <mbianchi/aws-cert-tracker/pull/42@github.com>',
                                     'References: <mbianchi/aws-cert-tracker/pull/42@github.com>',
                                     'Reply-To: mbianchi/aws-cert-tracker <reply+ABCD%s@reply.github.com>' % alnum(20).upper(),
                                     'List-ID: mbianchi/aws-cert-tracker <aws-cert-tracker.mbianchi.github.com>',
                                     'X-GitHub-Reason: author'])
    emit('github-pr-merged-notification', trace, hdrs, body, 'unrelated', None, [], False, 'en')


# Thread I ids (Aisha Bello, corporate M365)
I_TO = 'aisha.bello@northwind-analytics.com'
I_OPEN = T(2024, 4, 8, 12, 5, 50)
I_CASE = case15(I_OPEN)
I_OLD, I_NEW = 'AWS83306127', 'AWS84451902'
I_SUBJ = 'Duplicate AWS Certification accounts'


def m035():
    when = T(2024, 4, 15, 9, 2, 11)
    txt = ('Hi Aisha,\n\n'
           'Quick one for the APN certification tracker. I see two candidate IDs against your name in the '
           'spreadsheet, AWS84451902 and AWS83306127. Which one should we register in Partner Central?\n\n'
           "Heads up: once we submit the list for this quarter it's locked and we can't swap IDs until "
           'July, so can you just reply "yes" if AWS84451902 is the right one?\n\n'
           'Thanks,\nGreg\n\n'
           'Greg Lindqvist | Partner Programs Manager\n'
           'Northwind Analytics | +1 (312) 555-0148\n\n'
           + quote_outlook('Hi Greg,\n\nFYI AWS support is sorting out my duplicate certification accounts, so one of my '
                           "candidate IDs will disappear soon. I'll let you know which one stays.\n\nAisha",
                           'Aisha Bello <aisha.bello@northwind-analytics.com>', 'Friday, April 12, 2024 4:55 PM',
                           'Greg Lindqvist <greg.lindqvist@northwind-analytics.com>', 'RE: APN cert tracker'))
    body = plain_html_alt(txt, '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">%s</div></body></html>'
                          % txt.replace('\n', '<br>\n'), cte='qp')
    t = when + dt.timedelta(seconds=1)
    trace = ['Received: from EXCH-MBX02.corp.northwind-analytics.com (10.20.4.12) by\n'
             ' EXCH-MBX01.corp.northwind-analytics.com (10.20.4.11) with Microsoft SMTP Server\n'
             ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n'
             ' 15.2.1544.4; %s' % rfc(t, EDT),
             'Received: from EXCH-MBX02.corp.northwind-analytics.com ([fe80::c4a1:2b7d:9e0f:11a3]) by\n'
             ' EXCH-MBX02.corp.northwind-analytics.com ([fe80::c4a1:2b7d:9e0f:11a3%%12]) with\n'
             ' mapi id 15.02.1544.004; %s' % rfc(t, EDT)]
    hdrs = msg_hdrs(when, 'Greg Lindqvist <greg.lindqvist@northwind-analytics.com>', I_TO,
                    'RE: APN cert tracker', '<%s@EXCH-MBX02.corp.northwind-analytics.com>' % hexs(32),
                    date_tz=EDT, extra=['Thread-Topic: APN cert tracker',
                                        'Thread-Index: AdqO%s==' % alnum(20),
                                        'Accept-Language: en-US', 'Content-Language: en-US',
                                        'X-MS-Exchange-Organization-AuthAs: Internal',
                                        'X-MS-Exchange-Organization-AuthSource: EXCH-MBX02.corp.northwind-analytics.com',
                                        'X-MS-Has-Attach:', 'X-MS-TNEF-Correlator:'])
    emit('internal-colleague-which-candidate-id', trace, hdrs, body, 'unrelated', None, [I_OLD, I_NEW], None, 'en')


def m036():
    when = T(2024, 9, 5, 1, 12, 7)
    conf_txt = ('Hi Keiko,\n\n'
                'Thanks for your patience while I looked into this.\n\n'
                "Here's what we would do on our side: everything currently recorded under candidate ID "
                'AWS28811093 (your AWS Certified Cloud Practitioner, the exam history from 2021 and the '
                'unused practice-exam benefit) would be moved over to AWS30874412. AWS30874412 stays your '
                'active profile and keeps your current login, keiko.tm@gmail.com. AWS28811093 would then be '
                'closed for good.\n\n'
                "Once this is run we can't split the records apart again, so I want to be sure it's what "
                'you want. Could you reply to this e-mail and let me know you are happy for us to go ahead?\n\n'
                'Cheers,\n\nBen W.\nAmazon Web Services\nTraining and Certification Customer Service')
    txt = D_USER_REPLY + '\n\n' + quote_gmail(conf_txt, 'Wed, Sep 4, 2024 at 7:36\u202fPM', 'Amazon Web Services <\naws-cs-trainingcertification-form@amazon.com>')
    html = ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Sep 4, 2024 at '
            '7:36\u202fPM Amazon Web Services &lt;<a href="mailto:aws-cs-trainingcertification-form@amazon.com">'
            'aws-cs-trainingcertification-form@amazon.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n') % (
        D_USER_REPLY.replace('\n', '<br>'), conf_txt.replace('\n', '<br>'))
    body = plain_html_alt(txt, html, cte='qp')
    hdrs = ['MIME-Version: 1.0'] + msg_hdrs(when, 'Keiko Tanaka-Moore <keiko.tm@gmail.com>',
                                           'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>',
                                           'Re: RE:[CASE %s] %s' % (D_CASE, FORM_SUBJ),
                                           '<CAF%s@mail.gmail.com>' % alnum(40), date_tz=PDT,
                                           extra=['In-Reply-To: %s' % ses_msgid(T(2024, 9, 4, 18, 36, 2))])
    del body['MIME-Version']
    emit('user-sent-reply-please-go-ahead', [], hdrs, body, 'unrelated', D_CASE, [], None, 'en')


# ======================================================================
# Thread G: Wei Zhang, console case, 2020, Yahoo
# ======================================================================
G_TO = 'wei.zhang1990@yahoo.com'
G_JP = ('atlas212.free.mail.ne1.yahoo.com', 'atlas212.free.mail.ne1.yahoo.com')
G_CASE = '7125580931'
G_OLD, G_NEW = 'AWS00924816', 'AWS01587342'
G_SUBJ = 'Merge duplicate certification accounts'


def m037():
    when = T(2020, 7, 6, 15, 40, 2)
    txt = ('Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.\n\n'
           'The details of your case are as follows:\n\n'
           'Case ID: %s\n'
           'Subject: %s\n'
           'Severity: General guidance\n'
           'Correspondence: (your original message is available in the Support Center)\n\n'
           'We will get back to you as soon as possible.\n\n' % (G_CASE, G_CASE, G_SUBJ) + console_footer(G_CASE))
    body = textpart(txt, 'plain', 'utf-8', '7bit')
    trace, hdrs = aws_mail(G_TO, when, NOREPLY, 'Amazon Web Services: You have opened a new Support case: %s' % G_CASE,
                           body, provider='jp', jp=G_JP, jp_tz=UTC)
    emit('console-2020-case-opened', trace, hdrs, body, 'case_created', G_CASE, [], True, 'en')


G_CONF = ('Hello Wei,\n\n'
          'Thanks for contacting AWS Training and Certification.\n\n'
          'I could see two accounts under your name: AWS00924816 and AWS01587342. Could you please '
          'confirm if you want us to proceed with merging AWS00924816 to AWS01587342? Please note once '
          'merged it cannot be unmerge.\n\n'
          'Upon your confirmation we will proceed with the request.\n\n'
          'Best regards,\n\nMohammed A.\nAmazon Web Services')


def m038():
    when = T(2020, 7, 7, 11, 18, 26)
    txt = G_CONF + '\n\n' + console_footer(G_CASE)
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(G_TO, when, NOREPLY, 'RE:[CASE %s] %s' % (G_CASE, G_SUBJ), body, provider='jp', jp=G_JP,
                           jp_tz=UTC)
    emit('console-2020-could-you-confirm-merging', trace, hdrs, body, 'merge_confirmation_requested', G_CASE,
         [G_OLD, G_NEW], True, 'en')


def m039():
    when = T(2020, 7, 10, 11, 20, 44)
    txt = ('Hello Wei,\n\n'
           'I am following up on my previous correspondence regarding this case. We have not yet heard '
           'back from you, and we need your reply before we can move forward.\n\n'
           'If we do not receive a response within 7 days, this case will be automatically resolved. You '
           'can reopen it at any time by replying from the Support Center.\n\n'
           'Best regards,\n\nMohammed A.\nAmazon Web Services\n\n' + console_footer(G_CASE)
           + '\n\n-------- Previous correspondence --------\n\n' + qlines(G_CONF))
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(G_TO, when, NOREPLY, 'RE:[CASE %s] %s' % (G_CASE, G_SUBJ), body, provider='jp', jp=G_JP,
                           jp_tz=UTC)
    emit('console-2020-chaser-awaiting-reply', trace, hdrs, body, 'support_reply', G_CASE, [], True, 'en')


def m040():
    when = T(2020, 7, 13, 20, 1, 15)
    txt = ('Hello Wei,\n\n'
           'Thank you for your patience. Your accounts have been merged successfully and all your '
           'certifications are now in AWS01587342. Please use wei.zhang1990@yahoo.com to sign in to '
           'aws.training going forward.\n\n'
           'Your digital badges will be re-issued through Acclaim in the next few days.\n\n'
           'Best regards,\n\nMohammed A.\nAmazon Web Services\n\n' + console_footer(G_CASE))
    body = plain_html_alt(txt, to_html(txt), cte='b64')
    trace, hdrs = aws_mail(G_TO, when, NOREPLY, 'RE:[CASE %s] %s' % (G_CASE, G_SUBJ), body, provider='jp', jp=G_JP,
                           jp_tz=UTC)
    emit('console-2020-accounts-merged', trace, hdrs, body, 'merge_completed', G_CASE, [G_NEW], True, 'en')


def m041():
    when = T(2020, 7, 15, 2, 33, 48)
    txt = ('Wei,\n\n'
           'Amazon Web Services Training and Certification has issued you a badge: AWS Certified SysOps '
           'Administrator \u2013 Associate.\n\n'
           'Accept your badge: https://www.youracclaim.com/earner/earned/badge/%s-%s-%s-%s-%s\n\n'
           'Once accepted, you can share your badge on social networks, embed it in your e-mail '
           'signature and download a verified certificate.\n\n'
           'Acclaim | Credly, Inc.') % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
    body = plain_html_alt(txt, to_html(txt, title='Acclaim', logo=False), cte='qp')
    trace, hdrs = credly_mail(G_TO, when, 'Amazon Web Services Training and Certification via Acclaim <admin@youracclaim.com>',
                              'Wei, you\u2019ve been issued a badge: AWS Certified SysOps Administrator \u2013 Associate',
                              body, provider='jp', jp=G_JP, legacy=True)
    emit('acclaim-2020-badge-issued', trace, hdrs, body, 'credly_badge_issued', None, [], True, 'en')


def m042():
    when = T(2025, 7, 18, 14, 0, 3)
    txt = ('Hi Daniel,\n\n'
           'Your badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and '
           'Certification, expires on September 16, 2025.\n\n'
           'To keep your credential active, check the issuer\'s recertification requirements. Once you '
           'recertify, a new badge will be issued to your Credly account.\n\n'
           'View badge: https://www.credly.com/badges/%s-%s-%s-%s-%s\n\n'
           'The Credly Team') % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
    body = plain_html_alt(txt, to_html(txt, title='Credly', logo=False), cte='qp')
    trace, hdrs = credly_mail(A_TO, when, 'Credly <admin@credly.com>', 'Your AWS Certified Cloud Practitioner badge expires in 60 days',
                              body)
    emit('credly-badge-expiry-reminder', trace, hdrs, body, 'unrelated', None, [], True, 'en')


def m043():
    when = T(2024, 12, 9, 3, 22, 40)
    txt = ('山本 直樹 様\n\n'
           'ピアソンVUEをご利用いただき、ありがとうございます。\n'
           '下記の試験予約について、キャンセルのお申し込みを受け付けました。\n\n'
           '　試験名：AWS Certified Solutions Architect - Professional (SAP-C02) 日本語版\n'
           '　日時：2024年12月21日(土) 13:00\n'
           '　会場：テストセンター 東京・新宿\n'
           '　受験者 ID：AWS55287001\n'
           '　登録番号：512937406\n\n'
           '① キャンセルを確定するには、24 時間以内に下記のリンクから「キャンセルを確定する」を選択してください。\n'
           '② 確定後は取り消しができません。再度受験される場合は、改めてご予約が必要です。\n'
           '③ 返金は AWS 認定の試験ポリシーに基づき処理されます。\n\n'
           'キャンセルを確定する：https://home.pearsonvue.com/aws/cancel/confirm?reg=512937406&lang=ja\n\n'
           'お心当たりのない場合は、このメールを破棄してください。ご予約はそのまま有効です。\n\n'
           'ピアソンVUE カスタマーサービス\n'
           '※本メールは送信専用アドレスからお送りしています。')
    body = textpart(txt, 'plain', 'cp932', '8bit', label='Shift_JIS')
    trace, hdrs = third_party(E_TO, when, enc_name('ピアソンVUE', 'pearsonvueconfirmation@pearson.com', 'iso-2022-jp'),
                              'pearson.com', '試験予約のキャンセル確定のお願い（AWS 認定）', body,
                              'mail-tycjpn01on2072.outbound.protection.outlook.com', '40.107.114.%d' % rng.randrange(2, 250),
                              provider='jp', jp=E_JP, cs='iso-2022-jp')
    emit('pearson-vue-ja-confirm-cancel-cp932', trace, hdrs, body, 'unrelated', None, ['AWS55287001'], False, 'ja')


# ======================================================================
# Thread H: Tomas Herrera, form desk, 2025, Gmail
# ======================================================================
H_TO = 'tomas.herrera.dev@gmail.com'
H_OPEN = T(2025, 6, 2, 21, 47, 30)
H_CASE = case15(H_OPEN)
H_OLD, H_NEW = 'AWS70015589', 'AWS71830264'


def m044():
    when = T(2025, 6, 3, 19, 12, 4)
    txt = ('Hi Tomás,\n\n'
           'Thank you for reaching out to AWS Training and Certification.\n\n'
           'While reviewing your request I noticed that an exam appointment is booked under AWS70015589: '
           'AWS Certified DevOps Engineer - Professional (DOP-C02), June 19, 2025, online proctored. We are '
           'not able to combine the two profiles while an appointment is pending on the profile that would '
           'be retired.\n\n'
           'You have two options:\n'
           '  a) Keep the appointment, take the exam, and we complete your request after your result is '
           'posted (usually within 5 business days of the exam).\n'
           '  b) Cancel the appointment yourself in your AWS Certification Account and rebook it later '
           'under AWS71830264. Please note that cancellations made less than 24 hours before the exam '
           'are not refundable.\n\n'
           'Could you reply "yes, wait" if you prefer option a)? If you choose b), just let me know once '
           'the appointment has been cancelled.\n\n'
           'Kind regards,\n\nAkosua M.\nAmazon Web Services\nTraining and Certification Customer Service\n\n'
           + AWS_SIG_FOOT)
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(H_TO, when, FORM, 'RE:[CASE %s] %s' % (H_CASE, FORM_SUBJ), body)
    emit('form-pending-exam-blocks-merge-reply-yes', trace, hdrs, body, 'support_reply', H_CASE, [H_OLD, H_NEW], True, 'en')


def m045():
    when = T(2025, 6, 26, 15, 50, 37)
    txt = ('Hi Tomás,\n\n'
           'Congratulations on passing DOP-C02! Your result has been posted, so we can pick your request '
           'back up.\n\n'
           'Just to double-check before I hand it over: you want everything on AWS70015589 (including the '
           'new DevOps Engineer - Professional) moved to AWS71830264, and AWS70015589 shut down afterwards?\n\n'
           "If yes, reply to this e-mail and I'll get it done. Please bear in mind there's no way back once "
           "it's been processed.\n\n"
           'Kind regards,\n\nAkosua M.\nAmazon Web Services\nTraining and Certification Customer Service\n\n'
           + AWS_SIG_FOOT)
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(H_TO, when, FORM, 'RE:[CASE %s] %s' % (H_CASE, FORM_SUBJ), body)
    emit('form-just-double-checking-if-yes-reply', trace, hdrs, body, 'merge_confirmation_requested', H_CASE,
         [H_OLD, H_NEW], True, 'en')


def m046():
    when = T(2024, 4, 9, 14, 27, 3)
    txt = ('Hello Aisha,\n\n'
           'Thank you for contacting AWS Support.\n\n'
           'I was able to locate the certification account AWS84451902. However, the second candidate ID '
           'in your message (AWS8330612) has only seven digits and I could not find a match for it.\n\n'
           'So that I can identify both accounts, could you please send me:\n\n'
           '  1. The e-mail address you use to sign in to each certification account\n'
           '  2. The notification e-mail of each account, if it is different from the sign-in address\n'
           '  3. Which account you would like to keep\n\n'
           "As soon as I have these details I'll prepare the next steps for you.\n\n"
           'Best regards,\nDiego R.\nAmazon Web Services\n\n' + console_footer(I_CASE))
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(I_TO, when, NOREPLY, 'RE:[CASE %s] %s' % (I_CASE, I_SUBJ), body, provider='outlook')
    emit('console-asks-login-emails-bad-id', trace, hdrs, body, 'support_reply', I_CASE, [I_NEW], True, 'en')


def m047():
    when = T(2024, 4, 11, 9, 3, 55)
    txt = ('Hello Aisha,\n\n'
           'Thank you for the details - with your old work e-mail I found the second account, AWS83306127.\n\n'
           'Please review the plan below:\n\n'
           '  Primary account (will be kept): AWS84451902 - aisha.bello@northwind-analytics.com\n'
           '  Secondary account (will be merged and then closed): AWS83306127 - abello@contoso-retail.com\n\n'
           'The notification e-mail on the primary account will remain aisha.bello@northwind-analytics.com; '
           'if you would like a different one, mention it in your reply.\n\n'
           'Please confirm that you would like us to proceed with the merge as described above. Note that '
           'the merge is permanent - the secondary account cannot be restored afterwards.\n\n'
           'Best regards,\nDiego R.\nAmazon Web Services\n\n' + console_footer(I_CASE))
    body = plain_html_alt(txt, to_html(txt), cte='b64')
    trace, hdrs = aws_mail(I_TO, when, NOREPLY, 'RE:[CASE %s] %s' % (I_CASE, I_SUBJ), body, provider='outlook')
    emit('console-primary-secondary-please-confirm', trace, hdrs, body, 'merge_confirmation_requested', I_CASE,
         [I_OLD, I_NEW], True, 'en')


def m048():
    when = T(2025, 3, 2, 20, 5, 41)
    txt = ('Hello,\n\n'
           'This e-mail confirms that the AWS account 3107-6642-0958 associated with this e-mail address '
           'has been closed.\n\n'
           'For 90 days after closure (the post-closure period) you can sign in and reopen the account by '
           'contacting AWS Support. After the post-closure period, the account will be permanently closed '
           'and cannot be reopened, and any content remaining in it will be deleted.\n\n'
           'You may still receive a final bill for usage incurred before closure.\n\n'
           'If you did not close this account, please contact AWS Support immediately.\n\n'
           'Sincerely,\nAmazon Web Services\n\n'
           'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
           'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
           'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.')
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(F_TO, when, NOREPLY, 'Your AWS account has been closed', body, provider='outlook')
    emit('aws-account-closed-cannot-be-reopened', trace, hdrs, body, 'unrelated', None, [], True, 'en')


def m049():
    when = T(2025, 7, 9, 16, 0, 0)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>\n'
            '<body style="margin:0;background:#f2f3f3;font-family:Arial,sans-serif">\n'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">\n'
            '<tr><td style="background:#232f3e;padding:20px;color:#fff;font-size:20px">AWS Training and Certification</td></tr>\n'
            '<tr><td style="padding:24px;font-size:14px;color:#16191f">\n'
            '<h2>Bring it all together this summer</h2>\n'
            '<p>Hi Daniel,</p>\n'
            '<p>Consolidate what you know into one learning plan: AWS Skill Builder now lets you combine '
            'courses, labs and practice exams from different plans into a single view.</p>\n'
            '<ul><li>New: AWS Certified Machine Learning Engineer - Associate exam prep</li>\n'
            '<li>Retake offer: take an eligible exam by August 31 and get a free retake</li>\n'
            '<li>Already certified? Your 50%% discount benefit is waiting in your Certification Account</li></ul>\n'
            '<p><a href="https://skillbuilder.aws/?trk=%s" style="background:#ec7211;color:#fff;padding:10px 22px;'
            'text-decoration:none">Start learning</a></p>\n'
            '<p style="font-size:11px;color:#687078">You are receiving this e-mail because you subscribed to AWS '
            'Training and Certification updates. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a>.<br>'
            'Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>\n'
            '</td></tr></table></body></html>\n') % hexs(16)
    body = textpart(html, 'html', 'utf-8', 'qp')
    trace, hdrs = aws_mail(A_TO, when, '"AWS Training and Certification" <aws-training-noreply@amazon.com>',
                           'Daniel, bring it all together: one plan, new exam prep, free retake', body,
                           extra=['List-Unsubscribe: <https://pages.awscloud.com/unsubscribe?e=%s>' % hexs(20),
                                  'List-Unsubscribe-Post: List-Unsubscribe=One-Click'])
    emit('tc-newsletter-consolidate', trace, hdrs, body, 'unrelated', None, [], True, 'en')


# ======================================================================
# Thread J: 中村 彩, form desk in Japanese, 2025, Gmail
# ======================================================================
J_TO = 'aya.nakamura.0815@gmail.com'
J_OPEN = T(2025, 8, 4, 0, 48, 19)
J_CASE = case15(J_OPEN)
J_OLD, J_NEW = 'AWS88724106', 'AWS90017735'
J_SIG = '橋本\nAmazon Web Services\nトレーニングと認定 カスタマーサービス'
J_CONF = ('中村 彩 様\n\n'
          'お問い合わせいただきありがとうございます。\n'
          'AWS トレーニングと認定 カスタマーサービスの橋本でございます。\n\n'
          'ご依頼いただきました 2 つの認定アカウントの一本化につきまして、以下のとおりお手続きさせていただく予定です。\n\n'
          '・今後ご利用いただくアカウント：AWS 90017735（aya.nakamura.0815@gmail.com）\n'
          '・一本化に伴い閉鎖するアカウント：AWS 88724106（a.nakamura@kinoshita-tech.jp）\n\n'
          '閉鎖するアカウントの認定資格および受験履歴は、すべて今後ご利用いただくアカウントへ引き継がれます。\n'
          'なお、一本化の後に元の状態へ戻すことはできかねますので、あらかじめご了承ください。\n\n'
          'つきましては、上記の内容でお手続きを進めることにご承諾いただけますでしょうか。\n'
          '本メールにご返信いただけますと幸いです。\n\n'
          'どうぞよろしくお願いいたします。\n\n' + J_SIG)


def m050():
    when = T(2025, 8, 5, 9, 2, 14)
    txt = J_CONF + '\n\n' + AWS_SIG_FOOT
    body = plain_html_alt(txt, to_html(txt, title='Amazon Web Services'), cte='qp')
    trace, hdrs = aws_mail(J_TO, when, FORM, 'RE:[CASE %s] %s' % (J_CASE, FORM_SUBJ), body)
    emit('form-ja-hitotsu-ni-go-shodaku', trace, hdrs, body, 'merge_confirmation_requested', J_CASE,
         [J_OLD, J_NEW], True, 'ja')


def m051():
    when = T(2025, 8, 6, 1, 37, 50)
    user = ('橋本様\n\nお世話になっております。中村です。\n'
            'ご案内いただいた内容で問題ありません。お手続きをお願いいたします。\n\n中村 彩\n\n'
            + quote_ja(J_CONF, '2025年8月5日(火) 18:02', 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>'))
    txt = ('中村 彩 様\n\n'
           'いつもお世話になっております。橋本でございます。\n\n'
           'ご承諾いただき、誠にありがとうございます。これよりお手続きを進めてまいります。\n'
           '完了いたしましたら、改めてご連絡いたしますので、今しばらくお待ちくださいませ。\n\n'
           'どうぞよろしくお願いいたします。\n\n' + J_SIG + '\n\n' + AWS_SIG_FOOT + '\n\n'
           + quote_ja(user, '2025年8月5日(火) 22:40', '中村 彩 <aya.nakamura.0815@gmail.com>'))
    body = plain_html_alt(txt, to_html(txt), cte='b64')
    trace, hdrs = aws_mail(J_TO, when, FORM, 'RE:[CASE %s] %s' % (J_CASE, FORM_SUBJ), body)
    emit('form-ja-thanks-proceeding-now', trace, hdrs, body, 'support_reply', J_CASE, [], True, 'ja')


def m052():
    when = T(2025, 8, 7, 5, 18, 33)
    txt = ('中村 彩 様\n\n'
           'いつもお世話になっております。橋本でございます。\n\n'
           'お待たせいたしました。認定アカウントの一本化のお手続きが完了いたしました。\n'
           '今後は AWS90017735 にサインインいただくと、これまでの認定資格と受験履歴をすべてご確認いただけます。\n\n'
           'お手数ですが、以下の点をご確認いただけますでしょうか。\n'
           '・認定資格の一覧に漏れがないこと\n'
           '・次回試験の 50% 割引などの特典が表示されていること\n'
           '・Credly のバッジ（反映まで数日かかる場合がございます）\n\n'
           'ご不明な点がございましたら、本メールにご返信ください。\n\n' + J_SIG + '\n\n' + AWS_SIG_FOOT)
    body = textpart(txt, 'plain', 'iso-2022-jp', '7bit')
    trace, hdrs = aws_mail(J_TO, when, FORM, 'RE:[CASE %s] %s' % (J_CASE, FORM_SUBJ), body)
    emit('form-ja-hitotsu-ni-kanryo', trace, hdrs, body, 'merge_completed', J_CASE, [J_NEW], True, 'ja')


def m053():
    when = T(2024, 4, 16, 10, 0, 26)
    txt = ('Hello,\n\n'
           'We have resolved your case %s, "%s".\n\n'
           'If you need further help with this issue, you can reopen the case from the Support Center '
           'within 14 days.\n\n'
           'How did we do? Please take a moment to rate the support you received:\n'
           'https://console.aws.amazon.com/support/feedback?displayId=%s&eventId=%s&rating=\n\n'
           'Thank you for using Amazon Web Services.\n\n' % (I_CASE, I_SUBJ, I_CASE, hexs(32)) + console_footer(I_CASE))
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(I_TO, when, NOREPLY, 'Amazon Web Services: Your support case %s has been resolved' % I_CASE,
                           body, provider='outlook')
    emit('console-case-resolved-rate-us', trace, hdrs, body, 'survey', I_CASE, [], True, 'en')


def m054():
    when = T(2025, 8, 8, 3, 11, 5)
    txt = ('中村 彩 さん\n\n'
           'Amazon Web Services Training and Certification から新しいバッジが発行されました。\n\n'
           'AWS Certified Solutions Architect - Associate\n\n'
           'バッジを受け取って、プロフィールに追加しましょう。\n'
           'https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s/accept?locale=ja\n\n'
           '受け取ったバッジは LinkedIn やメール署名で共有できます。\n\n'
           'Credly チーム') % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
    html = ('<html><body style="font-family:sans-serif"><p>中村 彩 さん</p>'
            '<p>Amazon Web Services Training and Certification から新しいバッジが発行されました。</p>'
            '<h2>AWS Certified Solutions Architect - Associate</h2>'
            '<p><a href="https://www.credly.com/earner/earned/badge/accept" style="background:#0c7af0;color:#fff;'
            'padding:10px 24px;text-decoration:none">バッジを受け取る</a></p></body></html>')
    body = plain_html_alt(txt, html, cte='b64')
    trace, hdrs = credly_mail(J_TO, when, CREDLY_AWS, '中村 彩 さん、新しいバッジが発行されました', body)
    emit('credly-ja-badge-issued', trace, hdrs, body, 'credly_badge_issued', None, [], True, 'ja')


def m055():
    opened = T(2025, 5, 20, 8, 14, 45)
    cid = case15(opened)
    when = T(2025, 5, 21, 13, 40, 22)
    txt = ('Hi Tomás,\n\n'
           'Thanks for contacting AWS Training and Certification.\n\n'
           'You asked us to move the unused 50% discount benefit from one certification account to '
           'the other:\n\n'
           '  From: AWS70015589 (benefit earned with SAA-C03, valid until Nov 30, 2025)\n'
           '  To:   AWS71830264\n\n'
           'A benefit can be moved only once, and once it has been moved it cannot be moved back to '
           'AWS70015589. The expiry date stays the same.\n\n'
           'Please reply YES to this e-mail to confirm and I will move it for you.\n\n'
           'Kind regards,\n\nGiulia F.\nAmazon Web Services\nTraining and Certification Customer Service\n\n'
           + AWS_SIG_FOOT)
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(H_TO, when, FORM, 'RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-benefits' % cid,
                           body)
    emit('form-voucher-benefit-move-reply-yes', trace, hdrs, body, 'unrelated', cid, [H_OLD, H_NEW], True, 'en')


def m056():
    when = J_OPEN + dt.timedelta(seconds=27)
    txt = ('AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。\n'
           '本メールはシステムより自動送信しております。\n\n'
           'お問い合わせを受け付け、以下のケースを作成いたしました。\n\n'
           'ケース ID：%s\n'
           'お問い合わせの種類：AWS Training and Certification\n'
           '詳細：Account Merge\n'
           'AWS 認定 ID：AWS88724106\n\n'
           '通常 24 時間以内に担当者よりご連絡いたします。追加の情報がございましたら、件名のケース ID を'
           '変更せずに本メールへご返信ください。同じ内容で新たにお問い合わせいただきますと、'
           'ご回答が遅れる場合がございます。\n\n'
           'AWS トレーニングと認定 カスタマーサービス\n\n' % J_CASE + AWS_SIG_FOOT)
    body = plain_html_alt(txt, to_html(txt), cte='b64')
    trace, hdrs = aws_mail(J_TO, when, FORM, '[CASE %s] お問い合わせを受け付けました - %s' % (J_CASE, FORM_SUBJ), body)
    emit('form-ja-auto-ack-case-created', trace, hdrs, body, 'case_created', J_CASE, [J_OLD], True, 'ja')


def m057():
    opened = T(2025, 4, 14, 7, 2, 9)
    cid = case15(opened)
    when = T(2025, 4, 14, 16, 45, 51)
    txt = ('Hello Marco,\n\n'
           'Thank you for your patience. The service team can approve your request to raise the '
           '"Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" quota to 256 vCPUs.\n\n'
           'Before we apply it, please confirm the following:\n'
           '  - Account: 3107-6642-0958\n'
           '  - Region: Europe (Milan) eu-south-1 only\n\n'
           'Please note that the new quota applies to this Region only; increases in other Regions need a '
           'separate request. Reply in the Support Center with "confirmed" and we will apply it.\n\n'
           'Best regards,\nKarim H.\nAmazon Web Services\n\n' + console_footer(cid))
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    trace, hdrs = aws_mail(F_TO, when, NOREPLY, 'RE:[CASE %s] Limit Increase: EC2 Instances' % cid, body, provider='outlook')
    emit('console-quota-increase-reply-confirmed', trace, hdrs, body, 'unrelated', cid, [], True, 'en')


# ======================================================================
# Thread K: Oleksandr Kovalenko, form desk, 2025, Fastmail, wrong charset label
# ======================================================================
K_TO = 'sasha.kovalenko@fastmail.com'
K_OPEN = T(2025, 10, 12, 19, 3, 40)
K_CASE = case15(K_OPEN)
K_IDS = ['AWS45502981', 'AWS41127063', 'AWS43390418']


def fastmail_trace(to, when, host, ip, mf, from_dom='amazon.com', sel='ug7nbtf4gccmlpwj322ax3p6ow6yfsug'):
    t = when + dt.timedelta(seconds=rng.randrange(1, 4))
    auth = ('Authentication-Results: mx4.messagingengine.com;\n'
            '    dkim=pass (1024-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s;\n'
            '    dkim=pass (1024-bit rsa key sha256) header.d=amazonses.com header.i=@amazonses.com header.b=%s header.a=rsa-sha256 header.s=%s;\n'
            '    dmarc=pass policy.published-domain-policy=quarantine\n'
            '      policy.applied-disposition=none policy.evaluated-disposition=none\n'
            '      (p=quarantine,d=none,d.eval=none) policy.policy-from=p\n'
            '      header.from=%s;\n'
            '    spf=pass smtp.mailfrom=%s smtp.helo=%s') % (from_dom, from_dom, alnum(8), sel, alnum(8), SES_SEL,
                                                            from_dom, mf, host)
    return [
        'Return-Path: <%s>' % mf,
        'Received: from compute2.internal (compute2.nyi.internal [10.202.2.46])\n'
        '\t by sloti48n12 (Cyrus 3.13.0-alpha0-1160-g9b0f7d2a1-fm-20251008.001-g9b0f7d2a) with LMTPA;\n'
        '\t %s' % rfc(t, EDT),
        'X-Cyrus-Session-Id: sloti48n12-%d-%d-2-%d' % (int(t.timestamp()), rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 18, 10 ** 19)),
        'X-Sieve: CMU Sieve 3.0',
        'X-Spam-known-sender: no',
        'X-Spam-score: 0.0',
        'X-Spam-hits: DKIM_SIGNED 0.1, DKIM_VALID -0.1, DKIM_VALID_AU -0.1, RCVD_IN_DNSWL_NONE -0.0001,\n'
        '  SPF_HELO_PASS -0.001, SPF_PASS -0.001, LANGUAGES en, BAYES_USED global, SA_VERSION 4.0.1',
        'X-Spam-source: IP=\'%s\', Host=\'%s\', Country=\'US\', FromHeader=\'com\', MailFrom=\'com\'' % (ip, host),
        'X-Spam-charsets: plain=\'iso-8859-1\', html=\'iso-8859-1\'',
        'X-Resolved-to: %s' % to,
        'X-Delivered-to: %s' % to,
        'X-Mail-from: %s' % mf,
        'Received: from mx4 ([10.202.2.203])\n  by compute2.internal (LMTPProxy); %s' % rfc(t, EDT),
        auth,
        'X-ME-VSCause: gggruggvucftvghtrhhoucdtuddrgeeffedrtdeggdduudejvdcutefuodetggdotefrodftvfcurf',
        'X-ME-VSScore: 0',
        'X-ME-VSCategory: clean',
        'Received-SPF: pass\n    (amazonses.com: %s is authorized to use \'%s\' in \'mfrom\' identity (mechanism \'ip4:54.240.0.0/18\' matched))\n'
        '    receiver=mx4.messagingengine.com;\n    identity=mailfrom;\n    envelope-from="%s";\n    helo=%s;\n    client-ip=%s' % (
            ip, mf, mf, host, ip),
        'Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
        '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
        '\t(No client certificate requested)\n\tby mx4.messagingengine.com (Postfix) with ESMTPS\n\tfor <%s>; %s' % (
            host, host, ip, to, rfc(t, EDT)),
    ]


def m058():
    when = T(2025, 10, 13, 22, 10, 5)
    txt = ('Hello Oleksandr,\n\n'
           'Thank you for your patience \u2013 I\u2019ve now located all three certification accounts linked to you.\n\n'
           'Here\u2019s how we\u2019d set things up:\n\n'
           '\u2022 AWS45502981 (sasha.kovalenko@fastmail.com) \u2013 stays, and becomes your only account\n'
           '\u2022 AWS41127063 (o.kovalenko@kpi.ua) \u2013 folded into AWS45502981, then closed\n'
           '\u2022 AWS43390418 (o.kovalenko@softline-lab.com.ua) \u2013 folded into AWS45502981, then closed\n\n'
           'Everything from the two closed accounts \u2014 certifications, exam history, benefits \u2014 will show on '
           'AWS45502981. We can\u2019t reverse this once it\u2019s been run.\n\n'
           'Reply \u201cI confirm\u201d (or tell us what to change) and we\u2019ll take it from there.\n\n'
           'Regards,\n\nHannah K.\nAmazon Web Services\nTraining and Certification Customer Service\n\n' + AWS_SIG_FOOT)
    alt = MIMEMultipart('alternative')
    for part in (textpart(txt, 'plain', 'utf-8', 'qp', label='iso-8859-1'),
                 textpart(to_html(txt).replace('charset=utf-8', 'charset=iso-8859-1'), 'html', 'utf-8', 'qp',
                          label='iso-8859-1')):
        del part['MIME-Version']
        alt.attach(part)
    ip = ses_ip()
    host = ses_host(ip)
    mf = ses_bounce(when)
    trace = fastmail_trace(K_TO, when, host, ip, mf) + ses_dkims(when)
    hdrs = msg_hdrs(when, FORM, K_TO, 'RE:[CASE %s] %s' % (K_CASE, FORM_SUBJ), ses_msgid(when), extra=ses_extra(when))
    emit('form-three-accounts-wrong-charset-label', trace, hdrs, alt, 'merge_confirmation_requested', K_CASE,
         K_IDS, True, 'en')


def m059():
    when = T(2025, 10, 20, 17, 31, 12)
    txt = ('Hello,\n\n'
           'Your case %s has been closed.\n\n'
           'We hope we were able to help. We would love to hear how it went \u2013 it takes about a minute:\n\n'
           'Was your issue resolved?\n'
           '  Yes: https://survey.tc.aws.dev/r/%s?a=yes\n'
           '  No:  https://survey.tc.aws.dev/r/%s?a=no\n\n'
           'Overall, how satisfied are you with AWS Training and Certification Customer Service? (1 = very '
           'dissatisfied, 5 = very satisfied)\n'
           '  https://survey.tc.aws.dev/r/%s\n\n'
           'If you still need help, reply to the last message from our team within 14 days and your case '
           'will be reopened.\n\n'
           'AWS Training and Certification Customer Service') % (K_CASE, hexs(24), hexs(24), hexs(24))
    body = plain_html_alt(txt, to_html(txt), cte='qp')
    ip = ses_ip()
    host = ses_host(ip)
    mf = ses_bounce(when)
    trace = fastmail_trace(K_TO, when, host, ip, mf) + ses_dkims(when)
    hdrs = msg_hdrs(when, FORM, K_TO, 'Case %s closed \u2013 tell us how we did' % K_CASE, ses_msgid(when),
                    extra=ses_extra(when))
    emit('form-case-closed-rate-us', trace, hdrs, body, 'survey', K_CASE, [], True, 'en')


def m060():
    when = T(2025, 6, 27, 2, 4, 44)
    txt = ('Hi Tomás,\n\n'
           'Your badge from Amazon Web Services Training and Certification is ready to accept:\n\n'
           'AWS Certified DevOps Engineer \u2013 Professional\n\n'
           'Accept badge: https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s/accept\n\n'
           'Add it to your profile, share it on LinkedIn, and let others verify your skills in one click.\n\n'
           'The Credly Team\n'
           'Credly, Inc. | 1 Pennsylvania Plaza, Suite 2400, New York, NY 10119') % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
    html = to_html(txt, title='Credly', logo=False)
    body = plain_html_alt(txt, html, cte='b64', html_cte='qp')
    trace, hdrs = credly_mail(H_TO, when, CREDLY_AWS,
                              'Tom\u00e1s, your AWS Certified DevOps Engineer \u2013 Professional badge is ready to accept', body)
    emit('credly-devops-pro-badge-ready', trace, hdrs, body, 'credly_badge_issued', None, [], True, 'en')


# ------------------------------------------------------------------ main
def main():
    for name in sorted(k for k in globals() if re.fullmatch(r'm\d{3}', k)):
        globals()[name]()
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fname, raw in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(raw)
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False, sort_keys=True)
    print('wrote %d mails' % len(MAILS))


if __name__ == '__main__':
    main()
