#!/usr/bin/env python3
"""Generator for blind set 118: ordinary AWS Certification account-merge cases
(form desk, plain text + HTML template), 2025-2026, 9 users, about a third Japanese."""
import base64
import json
import os
import quopri
import random
import uuid
import datetime as dt
from email.message import Message
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime
from email.policy import compat32

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(11818)
MAILS = []
UTC = dt.timezone.utc

FORM = 'aws-cs-trainingcertification-form@amazon.com'
FORM_FROM = '"Amazon Web Services" <%s>' % FORM
NOREPLY = 'no-reply-aws@amazon.com'


# ---------------------------------------------------------------- helpers
def T(s):
    """'2025-02-11 14:03:17' interpreted as UTC -> aware datetime (UTC)."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=UTC)


def tz(d, hours, minutes=0):
    return d.astimezone(dt.timezone(dt.timedelta(hours=hours, minutes=minutes)))


def rfcdate(d, hours=0, minutes=0):
    return format_datetime(tz(d, hours, minutes))


def case15(d):
    return '%d%05d' % (int(d.timestamp()), R.randint(100, 99999))


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ses_id(d):
    ms = int(d.timestamp() * 1000)
    return '0100%012x-%s-000000' % (ms, ruuid())


def ses_mid(d):
    return '<%s@email.amazonses.com>' % ses_id(d)


def gmail_mid(d):
    return '<CA%s%s@mail.gmail.com>' % (rb64(20).replace('/', 'x').replace('+', 'P'),
                                      '=' + rb64(24).replace('/', 'Q').replace('+', 'k'))


def outlook_mid(prefix='TYCPR01MB'):
    return '<%s%d%s@%s%d.jpnprd01.prod.outlook.com>' % (
        prefix, R.randint(1000, 9999), rb64(10).upper().replace('/', 'A').replace('+', 'B'),
        prefix, R.randint(1000, 9999))


def hdr(s, cs='utf-8', enc=None):
    """Encoded-word header value (Header object, folded by the generator)."""
    c = Charset(cs)
    if enc == 'q':
        c.header_encoding = QP
    elif enc == 'b':
        c.header_encoding = BASE64
    return Header(s, c, header_name='Subject')


def fold(s):
    """Fold a long ASCII header value at whitespace, the way many MTAs do."""
    return Header(s, header_name='Subject').encode(maxlinelen=78)


def addr(name, email, cs='utf-8', enc=None):
    try:
        name.encode('ascii')
        if any(ch in name for ch in ',.()<>@;:'):
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        c = Charset(cs)
        if enc == 'q':
            c.header_encoding = QP
        elif enc == 'b':
            c.header_encoding = BASE64
        return '%s <%s>' % (Header(name, c).encode(), email)


# ---------------------------------------------------------------- MIME parts
def leaf(text, sub='plain', cs='utf-8', cte='quoted-printable', label=None, quote_cs=True):
    m = Message()
    raw = text.encode(cs)
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
    lab = label or cs
    m['Content-Type'] = ('text/%s; charset="%s"' if quote_cs else 'text/%s; charset=%s') % (sub, lab)
    m['Content-Transfer-Encoding'] = cte
    m.set_payload(payload)
    return m


def multi(parts, sub='alternative', boundary=None):
    m = Message()
    b = boundary or ('----=_Part_%d_%d.%d' % (R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 8, 10 ** 9),
                                             R.randint(10 ** 12, 10 ** 13)))
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (sub, b)
    for p in parts:
        m.attach(p)
    return m


def gboundary():
    return '000000000000' + rhex(16)


def oboundary():
    return '_000_%s_' % (rb64(34).replace('/', 'A').replace('+', 'Z'))


# ---------------------------------------------------------------- trace headers
SES_IPS = [('a8-83.smtp-out.amazonses.com', '54.240.8.83'),
           ('a8-31.smtp-out.amazonses.com', '54.240.8.31'),
           ('a48-95.smtp-out.amazonses.com', '54.240.48.95'),
           ('a9-112.smtp-out.amazonses.com', '54.240.9.112'),
           ('a11-67.smtp-out.amazonses.com', '54.240.11.67')]

CREDLY_IPS = [('o1.ptr4731.email.credly.com', '149.72.143.18'),
              ('o3.ptr9812.email.credly.com', '167.89.101.44')]


def dkim(d, domain, sel, headers='From:To:Subject:MIME-Version:Content-Type:Date:Message-ID'):
    t = int(d.timestamp())
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '\ts=%s; d=%s; t=%d;\n'
            '\th=%s;\n'
            '\tbh=%s=;\n'
            '\tb=%s\n\t%s\n\t%s=') % (sel, domain, t, headers, rb64(43), rb64(68), rb64(68), rb64(40))


def ses_dkim(d):
    return [dkim(d, 'amazon.com', 'yg4mwqurec7fkhzutopddd3ytuaqrvuz'),
            dkim(d, 'amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono',
                 'Subject:From:To:Date:Mime-Version:Content-Type:Message-ID:Feedback-ID')]


def ses_post(d):
    return [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43)),
            ('X-SES-Outgoing', '%s-%s' % (d.strftime('%Y.%m.%d'), '54.240.8.%d' % R.randint(10, 99)))]


def gmail_trace(to, d, mailfrom, helo, ip, ar_body, spf='pass', spf_text=None, tzh=-8,
                tzname='PST'):
    """Gmail style: Delivered-To, internal Received, ARC, Return-Path, Received, SPF, AR."""
    dl = tz(d + dt.timedelta(seconds=2), tzh)
    dstr = format_datetime(dl) + ' (%s)' % tzname
    mxid = '%s.%d.%s' % (rhex(12), R.randint(100, 999), dl.strftime('%Y.%m.%d.%H.%M.%S'))
    if spf_text is None:
        spf_text = ('google.com: domain of %s designates %s as permitted sender' % (mailfrom, ip)
                    if spf == 'pass' else
                    'google.com: domain of %s does not designate %s as permitted sender' % (mailfrom, ip))
    lines = [
        'Delivered-To: %s' % to,
        'Received: by 2002:a05:6a10:%s:b0:5c4:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4), rhex(4), rhex(4), rb64(12).replace('/', 'c').replace('+', 'q'), dstr),
        'X-Google-Smtp-Source: AGHT+I%s' % rb64(70),
        'X-Received: by 2002:a05:620a:%s:b0:7c5:%s:%s with SMTP id %s.%d.%d;\n        %s' % (
            rhex(4), rhex(4), rhex(4), rhex(12), R.randint(10 ** 6, 10 ** 7), R.randint(1000, 9999),
            dstr),
        'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n'
        '        b=%s\n         %s\n         %s==' % (int(d.timestamp()), rb64(66), rb64(66), rb64(40)),
        'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
        '        h=feedback-id:mime-version:subject:message-id:to:from:date\n'
        '         :dkim-signature:dkim-signature;\n        bh=%s=;\n'
        '        fh=%s=;\n        b=%s\n         %s==;\n        dara=google.com' % (
            rb64(43), rb64(43), rb64(66), rb64(40)),
        'ARC-Authentication-Results: i=1; mx.google.com;\n' + ar_body,
        'Return-Path: <%s>' % mailfrom,
        'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n'
        '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n'
        '        %s' % (helo, helo, ip, mxid, to, dstr),
        'Received-SPF: %s (%s) client-ip=%s;' % (spf, spf_text, ip),
        'Authentication-Results: mx.google.com;\n' + ar_body,
    ]
    return lines


def gmail_ar_ses(mailfrom, ip, sel='yg4mwqurec7fkhzutopddd3ytuaqrvuz', dom='amazon.com'):
    return ('       dkim=pass header.i=@%s header.s=%s header.b=%s;\n'
            '       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;\n'
            '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
            '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s') % (
        dom, sel, rb64(8), rb64(8), mailfrom, ip, mailfrom, dom)


def ses_envelope(d):
    sid = ses_id(d)
    return '%s@amazonses.com' % sid


def gmail_ses(to, d, tzh=-8, tzname='PST'):
    helo, ip = R.choice(SES_IPS)
    mf = ses_envelope(d)
    return gmail_trace(to, d, mf, helo, ip, gmail_ar_ses(mf, ip), tzh=tzh, tzname=tzname) + ses_dkim(d)


def o365_trace(to_host_prefix, d, ip, helo, mailfrom_dom, ar, region='namprd04', frontend='BN2PEPF0000',
               spf_line=None):
    """Office 365 / Outlook.com style trace (AR without authserv-id)."""
    def srv(p):
        return '%s%s.%s.prod.outlook.com' % (p, R.randint(1000, 9999), region)
    d1 = tz(d + dt.timedelta(seconds=3), 0)
    s_final = srv(to_host_prefix + 'MB')
    s_mid = srv(to_host_prefix[:2].replace('TY', 'OS') + 'PR0%dCA0' % R.randint(1, 9))
    fe = '%s%s.%s.prod.outlook.com' % (frontend, rhex(4).upper(), region)
    fe_prot = '%s%s.mail.protection.outlook.com' % (frontend, rhex(4).upper())
    fdate = format_datetime(d1).replace('-0000', '+0000')
    lines = [
        'Received: from %s (2603:10b6:%s::%s) by\n %s with HTTPS; %s' % (
            s_final, rhex(3), rhex(2), srv(to_host_prefix + 'MB'), fdate),
        'Received: from %s (2603:10b6:%s::%s) by\n %s (2603:10b6:%s::%s) with Microsoft SMTP Server\n'
        ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8%d.%d; %s' % (
            s_mid, rhex(3), rhex(1), s_final, rhex(3), rhex(2), R.randint(100, 999), R.randint(10, 40), fdate),
        'Received: from %s\n (2603:10b6:%s:cafe::%s) by %s\n (2603:10b6:%s::%s) with Microsoft SMTP Server'
        ' (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8%d.%d via Frontend Transport; %s' % (
            fe, rhex(3), rhex(2), s_mid, rhex(3), rhex(1), R.randint(100, 999), R.randint(10, 40), fdate),
        'Authentication-Results: ' + ar,
        spf_line or ('Received-SPF: Pass (protection.outlook.com: domain of %s\n designates %s as permitted sender)'
                     ' receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
                         mailfrom_dom, ip, ip, helo)),
        'Received: from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP Server (version=TLS1_3,\n'
        ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8%d.%d via Frontend Transport; %s' % (
            helo, ip, fe_prot, R.randint(200, 250), R.randint(10, 250), R.randint(100, 999),
            R.randint(10, 40), fdate),
    ]
    return lines


def o365_ses(to_prefix, d, region='namprd04'):
    helo, ip = R.choice(SES_IPS)
    ar = ('spf=pass (sender IP is %s)\n smtp.mailfrom=amazonses.com; dkim=pass (signature was verified)\n'
          ' header.d=amazon.com;dmarc=pass action=none\n header.from=amazon.com;compauth=pass reason=100') % ip
    return (o365_trace(to_prefix, d, ip, helo, 'amazonses.com', ar, region=region) +
            ['X-MS-Exchange-Organization-ExpirationStartTime: %s' % format_datetime(tz(d, 0)),
             'X-MS-Exchange-Organization-Network-Message-Id: %s' % ruuid(),
             'X-MS-Exchange-Organization-AuthSource: %s%s.%s.prod.outlook.com' % (
                 'BN2PEPF0000', rhex(4).upper(), region),
             'X-MS-Exchange-Organization-AuthAs: Anonymous'] + ses_dkim(d))


def add(num, slug, label, trace, headers, body, crlf=False, post=None):
    top = Message()
    for k, v in headers:
        if v is None:
            continue
        if isinstance(v, Header):
            v = v.encode(maxlinelen=76)
        top[k] = v
    top['MIME-Version'] = '1.0'
    if body.is_multipart():
        top['Content-Type'] = body['Content-Type']
        for p in body.get_payload():
            top.attach(p)
    else:
        top['Content-Type'] = body['Content-Type']
        top['Content-Transfer-Encoding'] = body['Content-Transfer-Encoding']
        top.set_payload(body._payload)  # raw (may carry 8bit bytes as surrogates)
    for k, v in (post or []):
        top[k] = v
    data = top.as_bytes(policy=compat32.clone(max_line_length=0))
    tr = ('\n'.join(trace) + '\n') if trace else ''
    data = tr.encode('ascii') + data
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    name = '%03d-%s.eml' % (num, slug)
    lab = dict(label)
    lab['account_ids'] = sorted(set(lab.get('account_ids', [])))
    MAILS.append((name, data, lab))


def L(kind, case, ids, sv, lang):
    return {'kind': kind, 'case_id': case, 'account_ids': ids, 'sender_verified': sv, 'language': lang}


def quote(text, mark='> '):
    return '\n'.join((mark + l) if l else mark.rstrip() for l in text.split('\n'))


def html_wrap(inner, title=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title>%s</title></head>\n<body style="margin:0;padding:0;background:#f2f3f3;">\n%s\n</body></html>\n'
            % (title, inner))


def form_html(body_html, banner='AWS Training &amp; Certification'):
    """The form desk HTML template."""
    return html_wrap(
        '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3;">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;'
        'font-family:Amazon Ember,Helvetica,Arial,sans-serif;font-size:14px;color:#16191f;">\n'
        '<tr><td style="background:#232f3e;padding:18px 24px;"><img src="https://d1.awsstatic.com/logos/'
        'aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png"'
        ' alt="AWS" width="60"><span style="color:#ffffff;font-size:16px;padding-left:12px;">%s</span></td></tr>\n'
        '<tr><td style="padding:24px;line-height:1.5;">\n%s\n</td></tr>\n'
        '<tr><td style="padding:16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">'
        'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of '
        'Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. '
        'North, Seattle, WA 98109-5210.</td></tr>\n</table></td></tr></table>' % (banner, body_html))


def credly_html(title, lines_html, button='Accept your badge', url=None):
    url = url or 'https://www.credly.com/earner/earned/badge/%s?utm_source=email' % ruuid()
    return html_wrap(
        '<table width="100%%" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial,sans-serif;">'
        '<tr><td align="center" style="padding:24px 0;"><img src="https://images.credly.com/images/credly-logo.png"'
        ' alt="Credly" width="110"></td></tr>\n<tr><td align="center">'
        '<table width="560" style="background:#ffffff;border-radius:6px;padding:32px;color:#30353d;font-size:15px;">'
        '<tr><td><h1 style="font-size:22px;">%s</h1>\n%s\n'
        '<p style="text-align:center;margin:28px 0;"><a href="%s" style="background:#ff6b00;color:#fff;'
        'padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold;">%s</a></p>\n'
        '</td></tr></table></td></tr>\n<tr><td align="center" style="font-size:11px;color:#8a8f98;padding:18px;">'
        'Credly, Inc. &middot; 1 Bridge Street, Suite 601, Irvington, NY 10533<br>'
        '<a href="https://www.credly.com/notification_settings">Manage email preferences</a></td></tr></table>'
        % (title, lines_html, url, button), title)


def credly_trace_gmail(to, d, tzh=-8, tzname='PST'):
    helo, ip = R.choice(CREDLY_IPS)
    mf = 'bounces+%d-%s-%s@email.credly.com' % (R.randint(10 ** 6, 10 ** 7), rhex(4), to.replace('@', '='))
    ar = ('       dkim=pass header.i=@credly.com header.s=s1 header.b=%s;\n'
          '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
          '       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=credly.com') % (rb64(8), mf, ip, mf)
    return gmail_trace(to, d, mf, helo, ip, ar, tzh=tzh, tzname=tzname) + [
        dkim(d, 'credly.com', 's1', 'content-type:from:mime-version:subject:to:cc:content-type:from:subject:to')]


def credly_mid(d):
    return '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'), R.randint(1, 40))


def write_all():
    labels = {}
    for name, data, lab in MAILS:
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
        labels[name] = lab
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    print('wrote', len(MAILS), 'mails')


# ================================================================ MAILS
# ---------------------------------------------------------------- User A: Emily Carter (Gmail, plain form desk)
A_TO = 'emily.carter.dev@gmail.com'
A_ME = 'Emily Carter <%s>' % A_TO
A_OPEN = T('2025-02-11 14:03:17')
A_CASE = case15(A_OPEN)
A_KEEP, A_OLD = 'AWS04417382', 'AWS01958604'
A_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE

d = A_OPEN + dt.timedelta(seconds=41)
txt = """Hello Emily,

Thank you for reaching out to AWS Training and Certification.

This is an automated message to let you know that your request has been
logged with our support team under case ID %s.

A member of our team will review the details you submitted and reply to
this email address, usually within 24 hours. If you would like to add
anything, simply reply to this message and keep the case ID in the subject
line. Please don't submit the form again for the same request, as a second
case can delay our response.

Summary of your submission
--------------------------
Inquiry type:      Certification
Inquiry detail:    Account Merge
AWS candidate ID:  %s
Description:       I have two certification accounts, one created with my
                   previous employer's address (%s) and the one I
                   use now. I'd like everything kept under %s.

Kind regards,
AWS Training and Certification
https://aws.amazon.com/training/
""" % (A_CASE, A_KEEP, A_OLD, A_KEEP)
mid_a1 = ses_mid(d)
add(1, 'form-request-logged', L('case_created', A_CASE, [A_KEEP, A_OLD], True, 'en'),
    gmail_ses(A_TO, d),
    [('From', FORM_FROM), ('To', A_TO), ('Subject', fold(A_SUBJ)), ('Date', rfcdate(d)),
     ('Message-ID', mid_a1)],
    leaf(txt, cte='quoted-printable'), post=ses_post(d))

# 002 confirmation request
d = T('2025-02-12 14:41:09')
A_CONF = """Hello Emily,

Thank you for contacting AWS Training and Certification. My name is Ravi and
I'll be assisting you with this case.

I've located both certification profiles mentioned in your request:

  - %s (emily.carter.dev@gmail.com) – this profile will remain active
  - %s (e.carter@brightpath-consulting.com) – this profile will be folded
    into the one above and then closed

Once merged, your exam history, active certifications and any unused
benefits from %s will be listed under %s, and you will sign in
with emily.carter.dev@gmail.com only.

Please be aware that this cannot be reversed: after the profiles have been
combined we are unable to separate them again. Before I submit the request,
could you reply to this email and let me know that the details above are
correct?

Best regards,
Ravi
AWS Training and Certification Customer Support
""" % (A_KEEP, A_OLD, A_OLD, A_KEEP)
mid_a2 = ses_mid(d)
A_RE = 'RE:' + A_SUBJ
add(2, 'please-confirm-profiles', L('merge_confirmation_requested', A_CASE, [A_KEEP, A_OLD], True, 'en'),
    gmail_ses(A_TO, d),
    [('From', FORM_FROM), ('To', A_TO), ('Subject', A_RE), ('Date', rfcdate(d)), ('Message-ID', mid_a2)],
    leaf(A_CONF, cte='quoted-printable'), post=ses_post(d))

# 003 Emily's own reply (Sent folder, no Authentication-Results)
d = T('2025-02-12 23:20:41')
dq = tz(T('2025-02-12 14:41:09'), -5)
new = """Hi Ravi,

Yes, that's all correct. Please go ahead: keep %s and merge %s into it.

Thanks a lot,
Emily
""" % (A_KEEP, A_OLD)
attrib = 'On %s, %s %d, %d at %d:%02d %s Amazon Web Services <%s> wrote:' % (
    dq.strftime('%a'), dq.strftime('%b'), dq.day, dq.year, (dq.hour % 12) or 12, dq.minute,
    'AM' if dq.hour < 12 else 'PM', FORM)
plain = new + '\n' + attrib + '\n' + quote(A_CONF.rstrip('\n')) + '\n'
html = ('<div dir="ltr">Hi Ravi,<div><br></div><div>Yes, that&#39;s all correct. Please go ahead: keep %s and '
        'merge %s into it.</div><div><br></div><div>Thanks a lot,</div><div>Emily</div></div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        'padding-left:1ex">%s</blockquote></div>\n') % (
    A_KEEP, A_OLD, attrib.replace('<', '&lt;').replace('>', '&gt;'),
    A_CONF.replace('&', '&amp;').replace('\n', '<br>\n'))
add(3, 're-yes-go-ahead', L('unrelated', A_CASE, [A_KEEP, A_OLD], None, 'en'),
    [],
    [('From', A_ME), ('Date', rfcdate(d, -5)), ('Message-ID', gmail_mid(d)),
     ('Subject', fold('Re: ' + A_RE)), ('To', 'Amazon Web Services <%s>' % FORM),
     ('In-Reply-To', mid_a2), ('References', mid_a2)],
    multi([leaf(plain, cte='quoted-printable', quote_cs=False),
           leaf(html, 'html', cte='quoted-printable', quote_cs=False)], boundary=gboundary()))

# 004 thank you, will now proceed
d = T('2025-02-13 13:15:52')
txt = """Hello Emily,

Thanks for getting back to me so quickly and for confirming the details.

I have now handed your request to our certification operations team, who
will carry out the consolidation of %s into %s. This
normally takes one to three business days. I'll write to you again as soon
as it has been finalised, so there is nothing further you need to do in the
meantime.

Best regards,
Ravi
AWS Training and Certification Customer Support
""" % (A_OLD, A_KEEP)
add(4, 'thanks-handed-to-ops', L('support_reply', A_CASE, [A_KEEP, A_OLD], True, 'en'),
    gmail_ses(A_TO, d),
    [('From', FORM_FROM), ('To', A_TO), ('Subject', A_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cte='quoted-printable'), post=ses_post(d))

# 005 completion, previous message below without quote markers
d = T('2025-02-14 16:02:30')
txt = """Hello Emily,

Good news: the work on your request is finished. Your certification
records, exam history and benefits now all sit under %s, and the
second profile you asked about has been retired. From now on please sign in
to your AWS Certification account with emily.carter.dev@gmail.com.

If you use Credly, it can take up to 48 hours for your badges to show up
there. Should anything look wrong, just reply to this email within the next
7 days and I'll take another look.

Best regards,
Ravi
AWS Training and Certification Customer Support

________________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, February 12, 2025 2:41 PM UTC
To: emily.carter.dev@gmail.com
Subject: %s

%s""" % (A_KEEP, A_RE, A_CONF)
add(5, 'records-now-under-one-id', L('merge_completed', A_CASE, [A_KEEP], True, 'en'),
    gmail_ses(A_TO, d),
    [('From', FORM_FROM), ('To', A_TO), ('Subject', A_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cte='quoted-printable'), post=ses_post(d))

# 006 closure survey
d = T('2025-02-14 16:05:12')
plain = """Hello Emily,

Your case %s has been resolved.

We would love to hear about your experience with AWS Training and
Certification Customer Support. It takes less than two minutes.

Was your issue resolved?
YES: https://survey.training.aws/s/tc-support?case=%s&r=1
NO:  https://survey.training.aws/s/tc-support?case=%s&r=0

If you need more help with this request, reply to this email within 14
days and your case will be reopened.

Thank you,
AWS Training and Certification
""" % (A_CASE, A_CASE, A_CASE)
html = form_html(
    '<p>Hello Emily,</p><p>Your case <b>%s</b> has been resolved.</p>'
    '<p>We would love to hear about your experience with AWS Training and Certification Customer Support. '
    'It takes less than two minutes.</p><p style="font-size:16px;"><b>Was your issue resolved?</b></p>'
    '<p><a href="https://survey.training.aws/s/tc-support?case=%s&amp;r=1" style="background:#ec7211;color:#fff;'
    'padding:8px 22px;text-decoration:none;">YES</a>&nbsp;&nbsp;<a href="https://survey.training.aws/s/tc-support?'
    'case=%s&amp;r=0" style="background:#545b64;color:#fff;padding:8px 22px;text-decoration:none;">NO</a></p>'
    '<p>If you need more help with this request, reply to this email within 14 days and your case will be '
    'reopened.</p><p>Thank you,<br>AWS Training and Certification</p>' % (A_CASE, A_CASE, A_CASE))
add(6, 'how-did-we-do', L('survey', A_CASE, [], True, 'en'),
    gmail_ses(A_TO, d),
    [('From', FORM_FROM), ('To', A_TO),
     ('Subject', 'Your AWS Training and Certification case %s has been resolved' % A_CASE),
     ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    multi([leaf(plain), leaf(html, 'html')]), post=ses_post(d))

# 007 Credly badge
d = T('2025-02-15 02:17:44')
burl = 'https://www.credly.com/earner/earned/badge/%s' % ruuid()
plain = """Hi Emily,

AWS Training and Certification has issued you a badge: AWS Certified
Solutions Architect - Associate.

Accept your badge to add it to your Credly profile and share it with your
network:
%s

Questions? Visit https://support.credly.com

Credly, Inc.
""" % burl
html = credly_html('You earned a badge from AWS Training and Certification!',
                   '<p>Hi Emily,</p><p>AWS Training and Certification has issued you a badge: '
                   '<b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>'
                   '<p>Accept your badge to add it to your Credly profile and share it with your network.</p>',
                   url=burl)
add(7, 'credly-saa-issued', L('credly_badge_issued', None, [], True, 'en'),
    credly_trace_gmail(A_TO, d),
    [('From', 'AWS Training and Certification via Credly <admin@credly.com>'), ('To', A_TO),
     ('Subject', 'AWS Training and Certification issued you a new badge'),
     ('Date', rfcdate(d)), ('Message-ID', credly_mid(d))],
    multi([leaf(plain, cte='7bit', quote_cs=False), leaf(html, 'html', quote_cs=False)], boundary=rhex(60)))

# ---------------------------------------------------------------- User B: Daniel Okafor (Office 365, HTML template)
B_TO = 'd.okafor@northwind-logistics.com'
B_GM = 'daniel.okafor.dev@gmail.com'
B_ME = 'Daniel Okafor <%s>' % B_TO
B_OPEN = T('2025-04-07 15:22:40')
B_CASE = case15(B_OPEN)
B_KEEP, B_OLD, B_TYPO = 'AWS02766140', 'AWS05310927', 'AWS05310972'
B_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % B_CASE
B_RE = 'RE:' + B_SUBJ


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def para_html(txt):
    return ''.join('<p>%s</p>\n' % esc(p).replace('\n', '<br>') for p in txt.strip().split('\n\n'))


# 008 acknowledgement, HTML template, base64 both parts
d = B_OPEN + dt.timedelta(seconds=27)
plain = """Hello Daniel Okafor,

We've received your request and created case %s for it.

What happens next
An AWS Training and Certification specialist will review your request and
respond to %s. Most requests receive a first response within
24 hours.

Please don't create another case for this request. To add information,
reply to this email without changing the subject line.

Your request
Inquiry type: AWS Training and Certification
Inquiry detail: Account Merge
AWS candidate ID: %s
Message: Hi, I've ended up with two certification accounts. Main one is
%s; the other one (%s) has my Cloud Practitioner from 2021.
Please merge them.

Thank you,
AWS Training and Certification
""" % (B_CASE, B_TO, B_KEEP, B_KEEP, B_TYPO)
html = form_html(
    '<p>Hello Daniel Okafor,</p><p>We&#39;ve received your request and created case <b>%s</b> for it.</p>'
    '<h3 style="font-size:15px;margin:18px 0 4px;">What happens next</h3><p>An AWS Training and Certification '
    'specialist will review your request and respond to %s. Most requests receive a first response within '
    '24 hours.</p><p>Please don&#39;t create another case for this request. To add information, reply to this '
    'email without changing the subject line.</p>'
    '<table cellpadding="6" style="border-collapse:collapse;font-size:13px;background:#fafafa;">'
    '<tr><td style="color:#687078;">Inquiry type</td><td>AWS Training and Certification</td></tr>'
    '<tr><td style="color:#687078;">Inquiry detail</td><td>Account Merge</td></tr>'
    '<tr><td style="color:#687078;">AWS candidate ID</td><td>%s</td></tr>'
    '<tr><td style="color:#687078;vertical-align:top;">Message</td><td>Hi, I&#39;ve ended up with two '
    'certification accounts. Main one is %s; the other one (%s) has my Cloud Practitioner from 2021. Please '
    'merge them.</td></tr></table><p>Thank you,<br>AWS Training and Certification</p>'
    % (B_CASE, B_TO, B_KEEP, B_KEEP, B_TYPO))
add(8, 'we-received-your-request', L('case_created', B_CASE, [B_KEEP, B_TYPO], True, 'en'),
    o365_ses('CH3PR04', d),
    [('From', FORM_FROM), ('To', B_TO),
     ('Subject', 'We received your request - Case ID %s' % B_CASE),
     ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    multi([leaf(plain, cte='base64'), leaf(html, 'html', cte='base64')]),
    post=ses_post(d), crlf=True)

# 009 agent asks for more information (HTML template)
d = T('2025-04-09 16:12:05')
B_Q = """Hello Daniel,

Thank you for your patience while we looked into your request, and I'm sorry
for the wait.

I could find the certification account %s registered to
d.okafor@northwind-logistics.com. However, I wasn't able to locate any account
under the second candidate ID you gave us, %s.

So that I can prepare the merge, could you please send me:

1. The correct candidate ID of the second account, if you have it (it is
   shown in the top right corner after you sign in to the certification
   portal).
2. The email address used to sign in to that second account, and the
   notification email on it if different.
3. A short confirmation of which account should remain as your primary
   account.

As soon as I have these details I'll get back to you.

Kind regards,
Chloe M.
AWS Training and Certification Customer Support""" % (B_KEEP, B_TYPO)
html = form_html(para_html(B_Q).replace('1. The correct', '</p><p>1. The correct'))
add(9, 'need-second-login-email', L('support_reply', B_CASE, [B_KEEP, B_TYPO], True, 'en'),
    o365_ses('CH3PR04', d),
    [('From', FORM_FROM), ('To', B_TO), ('Subject', B_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    multi([leaf(B_Q + '\n'), leaf(html, 'html')]), post=ses_post(d), crlf=True)

# 010 Daniel's answer, copy received in his Gmail (cc) -> authentic but not AWS
d = T('2025-04-09 18:47:33')
new = """Hi Chloe,

Sorry, that was a typo on my side. The second account is aws05310927.

- Sign-in email for aws05310927: daniel.okafor.dev@gmail.com (same as
  the notification email). I created it before I joined Northwind.
- Please keep %s (d.okafor@northwind-logistics.com) as the primary.

Thanks,
Daniel

Daniel Okafor | Cloud Platform Engineer
Northwind Logistics | +1 312 555 0148
""" % B_KEEP
blk = """________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, April 9, 2025 11:12 AM
To: Daniel Okafor <d.okafor@northwind-logistics.com>
Subject: %s

""" % B_RE
plain = new + '\n' + blk + B_Q + '\n'
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>\n'
        '<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
        'font-size: 12pt;">%s</div>\n<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" '
        'tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
        '<b>From:</b> Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt;<br><b>Sent:</b> '
        'Wednesday, April 9, 2025 11:12 AM<br><b>To:</b> Daniel Okafor &lt;d.okafor@northwind-logistics.com&gt;'
        '<br><b>Subject:</b> %s</font><div>&nbsp;</div></div><div>%s</div></body></html>\n') % (
    para_html(new), esc(B_RE), para_html(B_Q))
helo = 'NAM12-BN8-obe.outbound.protection.outlook.com'
ip = '40.107.%d.%d' % (R.randint(90, 250), R.randint(10, 250))
mf = B_TO
ar = ('       dkim=pass header.i=@northwind-logistics.com header.s=selector1 header.b=%s;\n'
      '       arc=pass (i=1 spf=pass spfdomain=northwind-logistics.com dkim=pass dkdomain=northwind-logistics.com'
      ' dmarc=pass fromdomain=northwind-logistics.com);\n'
      '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
      '       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=northwind-logistics.com') % (rb64(8), mf, ip, mf)
omid = '<CH3PR04MB%d%s@CH3PR04MB%d.namprd04.prod.outlook.com>' % (
    R.randint(1000, 9999), rb64(8).upper().replace('/', 'X').replace('+', 'Y'), R.randint(1000, 9999))
add(10, 're-typo-correct-id', L('unrelated', B_CASE, [B_KEEP, B_OLD], False, 'en'),
    gmail_trace(B_GM, d, mf, helo, ip, ar, tzh=-7, tzname='PDT') +
    [dkim(d, 'northwind-logistics.com', 'selector1',
          'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')],
    [('From', B_ME), ('To', '"Amazon Web Services" <%s>' % FORM), ('CC', 'Daniel Okafor <%s>' % B_GM),
     ('Subject', fold('Re: ' + B_RE)), ('Thread-Topic', fold(B_RE)),
     ('Thread-Index', 'AQHbqV' + rb64(26)), ('Date', rfcdate(d, -5)), ('Message-ID', omid),
     ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''),
     ('X-MS-TNEF-Correlator', '')],
    multi([leaf(plain, cte='quoted-printable', label='us-ascii' if False else 'utf-8'),
           leaf(html, 'html', cte='quoted-printable')], boundary=oboundary()), crlf=True)

# 011 confirmation request, HTML only
d = T('2025-04-10 14:30:48')
inner = ('<p>Hello Daniel,</p><p>Thank you for the correction, that helped. I have now found both accounts and '
         'would like you to double-check the details below before I go any further.</p>'
         '<table cellpadding="8" style="border-collapse:collapse;border:1px solid #d5dbdb;font-size:13px;">'
         '<tr style="background:#f2f3f3;"><th align="left">Role</th><th align="left">Candidate ID</th>'
         '<th align="left">Sign-in email</th></tr>'
         '<tr><td>Primary &ndash; stays active</td><td>%s</td><td>d.okafor@northwind-logistics.com</td></tr>'
         '<tr><td>Secondary &ndash; merged into primary, then deactivated</td><td>%s</td>'
         '<td>daniel.okafor.dev@gmail.com</td></tr></table>'
         '<p>Your AWS Certified Cloud Practitioner (2021) and its exam history will move to the primary account. '
         '<b>Please note that once accounts are combined, the change is permanent and cannot be undone.</b></p>'
         '<p>If everything above is correct, simply reply to this email confirming that you agree, and I will '
         'submit the request.</p><p>Kind regards,<br>Chloe M.<br>AWS Training and Certification Customer '
         'Support</p>') % (B_KEEP, B_OLD)
add(11, 'check-table-before-merge', L('merge_confirmation_requested', B_CASE, [B_KEEP, B_OLD], True, 'en'),
    o365_ses('CH3PR04', d),
    [('From', FORM_FROM), ('To', B_TO), ('Subject', B_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(form_html(inner), 'html'), post=ses_post(d), crlf=True)

# 012 completion + closure + rating, alternative parts differ
d = T('2025-04-11 19:05:16')
plain = """Hello Daniel,

The account merge you asked for is complete and this case has now been
closed.

To read this message in full and rate our support, please open it in an
HTML-capable email client.

AWS Training and Certification
"""
inner = ('<p>Hello Daniel,</p><p>Thank you for confirming. We&#39;ve finished combining your certification '
         'accounts: the Cloud Practitioner certification and exam history that were on %s are now shown on '
         '%s, and the secondary account can no longer be used to sign in.</p>'
         '<p>Your benefits, including any unused exam discount, have been carried over as well. Please allow '
         'up to 2 business days for the changes to reach Credly.</p>'
         '<p>As there&#39;s nothing else outstanding, we&#39;re closing case %s.</p>'
         '<p style="margin-top:24px;"><b>How would you rate your experience?</b><br>'
         '<a href="https://survey.training.aws/s/tc-support?case=%s&amp;r=5">Excellent</a> | '
         '<a href="https://survey.training.aws/s/tc-support?case=%s&amp;r=4">Good</a> | '
         '<a href="https://survey.training.aws/s/tc-support?case=%s&amp;r=3">Fair</a> | '
         '<a href="https://survey.training.aws/s/tc-support?case=%s&amp;r=1">Poor</a></p>'
         '<p>Kind regards,<br>Chloe M.<br>AWS Training and Certification Customer Support</p>'
         ) % (B_OLD, B_KEEP, B_CASE, B_CASE, B_CASE, B_CASE, B_CASE)
add(12, 'combined-and-closed', L('merge_completed', B_CASE, [B_KEEP, B_OLD], True, 'en'),
    o365_ses('CH3PR04', d),
    [('From', FORM_FROM), ('To', B_TO), ('Subject', B_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    multi([leaf(plain, cte='7bit', label='us-ascii'), leaf(form_html(inner), 'html')]),
    post=ses_post(d), crlf=True)


def o365_credly(prefix, d, region='namprd04'):
    helo, ip = R.choice(CREDLY_IPS)
    ar = ('spf=pass (sender IP is %s)\n smtp.mailfrom=email.credly.com; dkim=pass (signature was verified)\n'
          ' header.d=credly.com;dmarc=pass action=none header.from=credly.com;compauth=pass\n reason=100') % ip
    return o365_trace(prefix, d, ip, helo, 'email.credly.com', ar, region=region) + [
        dkim(d, 'credly.com', 's1', 'content-type:from:mime-version:subject:to:cc:content-type:from:subject:to')]


# 013 Credly: badge ready to accept
d = T('2025-04-12 03:41:29')
burl = 'https://www.credly.com/earner/earned/badge/%s' % ruuid()
html = credly_html('Your badge is waiting for you',
                   '<p>Hello Daniel,</p><p>AWS Training and Certification has issued you the '
                   '<b>AWS Certified Cloud Practitioner</b> badge. Accept it to show it on your Credly profile, '
                   'add it to LinkedIn or embed it in your email signature.</p>', url=burl)
plain = ('Hello Daniel,\n\nAWS Training and Certification has issued you the AWS Certified Cloud Practitioner '
         'badge.\n\nAccept your badge: %s\n\nCredly, Inc.\n') % burl
add(13, 'credly-ccp-ready', L('credly_badge_issued', None, [], True, 'en'),
    o365_credly('CH3PR04', d),
    [('From', 'AWS Training and Certification via Credly <admin@credly.com>'), ('To', B_TO),
     ('Subject', 'Daniel, accept your AWS Certified Cloud Practitioner badge'),
     ('Date', rfcdate(d)), ('Message-ID', credly_mid(d))],
    multi([leaf(plain, cte='7bit', quote_cs=False), leaf(html, 'html', quote_cs=False)], boundary=rhex(60)),
    crlf=True)

# 014 Credly expiry reminder (unrelated)
d = T('2025-06-02 13:02:10')
html = credly_html('Your badge expires soon',
                   '<p>Hi Daniel,</p><p>Your <b>AWS Certified Developer &ndash; Associate</b> badge issued by AWS '
                   'Training and Certification will expire on <b>July 14, 2025</b>.</p><p>To keep showing your '
                   'achievement, check the issuer&#39;s requirements for renewing this credential.</p>',
                   button='View recertification options',
                   url='https://www.credly.com/badges/%s/recertify' % ruuid())
add(14, 'credly-badge-expires-soon', L('unrelated', None, [], True, 'en'),
    o365_credly('CH3PR04', d),
    [('From', 'Credly <admin@credly.com>'), ('To', B_TO),
     ('Subject', 'Reminder: your AWS Certified Developer - Associate badge expires in 42 days'),
     ('Date', rfcdate(d)), ('Message-ID', credly_mid(d))],
    leaf(html, 'html', cte='quoted-printable'), crlf=True)

# ---------------------------------------------------------------- User C: 田中 健太 (Gmail, Japanese case)
C_TO = 'kenta.tanaka.0815@gmail.com'
C_NAME = '田中 健太'
C_OPEN = T('2025-05-26 23:10:05')
C_CASE = case15(C_OPEN)
C_KEEP, C_OLD = 'AWS03829175', 'AWS00671243'
C_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C_CASE
C_RE = 'RE:' + C_SUBJ
WD = '月火水木金土日'


def jdate(d):
    j = tz(d, 9)
    return '%d年%d月%d日(%s) %d:%02d' % (j.year, j.month, j.day, WD[j.weekday()], j.hour, j.minute)


# 015 acknowledgement in Japanese, ISO-2022-JP
d = C_OPEN + dt.timedelta(seconds=33)
txt = """田中 健太 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。

本メールは自動送信です。お問い合わせを受け付け、ケース番号 %s を
発行いたしました。

担当者が内容を確認のうえ、通常 24 時間以内に本メールアドレス宛てにご連絡
いたします。情報を追加される場合は、件名を変更せずに本メールへご返信くだ
さい。同じ内容で新たにお問い合わせいただくと、対応が遅れる場合がございま
す。

■お問い合わせ内容
お問い合わせの種類： 認定
詳細： アカウントの統合
AWS 受験者 ID： %s
内容： 前職の会社のメールアドレスで作成したアカウント（%s）があり
ます。%s に一本化したいです。

--
AWS トレーニングと認定
https://aws.amazon.com/jp/training/
""" % (C_CASE, C_KEEP, C_OLD, C_KEEP)
add(15, 'uketsuke-jidou-soushin', L('case_created', C_CASE, [C_KEEP, C_OLD], True, 'ja'),
    gmail_ses(C_TO, d, tzh=-7, tzname='PDT'),
    [('From', FORM_FROM), ('To', C_TO),
     ('Subject', hdr('[CASE %s] お問い合わせを受け付けました（AWS トレーニングと認定）' % C_CASE, 'iso-2022-jp')),
     ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cs='iso-2022-jp', cte='7bit'), post=ses_post(d))

# 016 confirmation request in Japanese, ISO-2022-JP
d = T('2025-05-27 23:02:14')
C_CONF = """田中 健太 様

AWS トレーニングと認定 カスタマーサポートの山本でございます。
このたびはお問い合わせいただき、ありがとうございます。

ご依頼のアカウント統合について、以下の内容で手続きを進める予定です。

  統合後に残るアカウント： %s（kenta.tanaka.0815@gmail.com）
  統合されるアカウント　： %s（k.tanaka@sakura-denki.co.jp）

統合されるアカウントの認定資格、受験履歴および特典は、統合後に残るアカ
ウントへ引き継がれます。なお、アカウントの統合は一度実施すると元に戻す
ことができませんので、あらかじめご了承ください。

上記の内容でお間違いないか、本メールにご返信のうえお知らせください。
ご確認が取れ次第、手続きを開始いたします。

よろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサポート
""" % (C_KEEP, C_OLD)
mid_c2 = ses_mid(d)
add(16, 'tougou-naiyou-kakunin', L('merge_confirmation_requested', C_CASE, [C_KEEP, C_OLD], True, 'ja'),
    gmail_ses(C_TO, d, tzh=-7, tzname='PDT'),
    [('From', FORM_FROM), ('To', C_TO), ('Subject', C_RE), ('Date', rfcdate(d)), ('Message-ID', mid_c2)],
    leaf(C_CONF, cs='iso-2022-jp', cte='7bit'), post=ses_post(d))

# 017 Tanaka's own reply (Sent, no AR), Japanese Gmail attribution
d = T('2025-05-28 03:35:50')
C_REPLY = """山本様

ご連絡ありがとうございます。
記載の内容で相違ございません。統合の手続きを進めてください。
The details are correct. Please proceed with the merge.

よろしくお願いいたします。
田中 健太
"""
att = '%s Amazon Web Services <%s>:' % (jdate(T('2025-05-27 23:02:14')), FORM)
plain = C_REPLY + '\n' + att + '\n' + quote(C_CONF.rstrip('\n')) + '\n'
html = ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
        'class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n') % (
    C_REPLY.replace('\n', '<br>\n'), att.replace('<', '&lt;').replace('>', '&gt;'), C_CONF.replace('\n', '<br>\n'))
mid_c3 = gmail_mid(d)
add(17, 're-soui-gozaimasen', L('unrelated', C_CASE, [], None, 'ja'),
    [],
    [('From', addr(C_NAME, C_TO, enc='b')), ('Date', rfcdate(d, 9)), ('Message-ID', mid_c3),
     ('Subject', fold('Re: ' + C_RE)), ('To', 'Amazon Web Services <%s>' % FORM),
     ('In-Reply-To', mid_c2), ('References', mid_c2)],
    multi([leaf(plain, cte='base64', quote_cs=False), leaf(html, 'html', cte='base64', quote_cs=False)],
          boundary=gboundary()))

# 018 completion in Japanese (base64 UTF-8), Tanaka's reply quoted with nested > >
d = T('2025-05-29 06:20:37')
new = """田中 健太 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの
山本です。

ご返信いただきありがとうございました。ご依頼のアカウント統合が完了しまし
たので、お知らせいたします。

今後は %s（kenta.tanaka.0815@gmail.com）で認定アカウントへサイン
インしてください。これまで別アカウントに登録されていた認定資格と受験履歴
は、すべてこちらに表示されます。

Credly のバッジは、反映まで最大 2 営業日ほどかかる場合がございます。
ご不明な点がございましたら、本メールへご返信ください。

山本
AWS トレーニングと認定 カスタマーサポート
""" % C_KEEP
att2 = '%s %s <%s>:' % (jdate(T('2025-05-28 03:35:50')), C_NAME, C_TO)
hist = C_REPLY + '\n' + att + '\n' + quote(C_CONF.rstrip('\n'))
txt = new + '\n' + att2 + '\n' + quote(hist) + '\n'
add(18, 'tougou-kanryou-oshirase', L('merge_completed', C_CASE, [C_KEEP], True, 'ja'),
    gmail_ses(C_TO, d, tzh=-7, tzname='PDT'),
    [('From', FORM_FROM), ('To', C_TO), ('Subject', C_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cte='base64'), post=ses_post(d))

# 019 survey in Japanese, UTF-8 encoded-word subject split over lines
d = T('2025-05-29 06:21:55')
plain = """田中 健太 様

お問い合わせ（ケース ID: %s）はクローズされました。

サービス向上のため、今回のサポートに関するアンケートにご協力をお願いいた
します。所要時間は 1 分ほどです。

問題は解決しましたか？
はい: https://survey.training.aws/s/tc-support?case=%s&r=1&lang=ja
いいえ: https://survey.training.aws/s/tc-support?case=%s&r=0&lang=ja

引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくと、
ケースが再開されます。

AWS トレーニングと認定
""" % (C_CASE, C_CASE, C_CASE)
html = form_html(
    '<p>田中 健太 様</p><p>お問い合わせ（ケース ID: %s）はクローズされました。</p>'
    '<p>サービス向上のため、今回のサポートに関するアンケートにご協力をお願いいたします。所要時間は 1 分ほどです。</p>'
    '<p><b>問題は解決しましたか？</b></p><p><a href="https://survey.training.aws/s/tc-support?case=%s&amp;r=1&amp;'
    'lang=ja">はい</a> &nbsp; <a href="https://survey.training.aws/s/tc-support?case=%s&amp;r=0&amp;lang=ja">いいえ</a>'
    '</p><p>引き続きサポートが必要な場合は、14 日以内に本メールへご返信いただくと、ケースが再開されます。</p>'
    '<p>AWS トレーニングと認定</p>' % (C_CASE, C_CASE, C_CASE), banner='AWS トレーニングと認定')
add(19, 'anketo-gokyouryoku', L('survey', C_CASE, [], True, 'ja'),
    gmail_ses(C_TO, d, tzh=-7, tzname='PDT'),
    [('From', FORM_FROM), ('To', C_TO),
     ('Subject', hdr('【AWS トレーニングと認定】アンケートご協力のお願い（ケース %s）' % C_CASE, 'utf-8', 'b')),
     ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    multi([leaf(plain, cte='base64'), leaf(html, 'html', cte='base64')]), post=ses_post(d))

# 020 Credly badge (English) to the Japanese user
d = T('2025-05-30 01:48:02')
burl = 'https://www.credly.com/earner/earned/badge/%s' % ruuid()
html = credly_html('Congratulations, Kenta!',
                   '<p>AWS Training and Certification has issued you a new badge: <b>AWS Certified SysOps '
                   'Administrator &ndash; Associate</b>.</p><p>Claim it now to display it on your profile and '
                   'let your network know about your achievement.</p>', url=burl)
plain = ('Congratulations, Kenta!\n\nAWS Training and Certification has issued you a new badge: AWS Certified '
         'SysOps Administrator - Associate.\n\nAccept your badge: %s\n') % burl
add(20, 'credly-sysops-badge', L('credly_badge_issued', None, [], True, 'en'),
    credly_trace_gmail(C_TO, d, tzh=-7, tzname='PDT'),
    [('From', 'AWS Training and Certification via Credly <admin@credly.com>'), ('To', C_TO),
     ('Subject', 'Congratulations, Kenta! You have earned a new badge'),
     ('Date', rfcdate(d)), ('Message-ID', credly_mid(d))],
    multi([leaf(plain, cte='7bit', quote_cs=False), leaf(html, 'html', quote_cs=False)], boundary=rhex(60)))

# 021 Pearson VUE appointment confirmation in Japanese (unrelated)
d = T('2025-06-10 11:04:19')
html = html_wrap(
    '<table width="600" align="center" style="font-family:Meiryo,Arial,sans-serif;font-size:14px;background:#fff;">'
    '<tr><td style="padding:20px;"><img src="https://home.pearsonvue.com/images/pvue-logo.png" alt="Pearson VUE"></td></tr>'
    '<tr><td style="padding:0 20px 20px;"><p>田中 健太 様</p><p>Pearson VUE をご利用いただきありがとうございます。'
    '以下の試験のご予約が確定しました。</p><table cellpadding="5" style="font-size:13px;">'
    '<tr><td>試験</td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>'
    '<tr><td>日時</td><td>2025年7月5日(土) 10:00 JST</td></tr>'
    '<tr><td>会場</td><td>オンライン監督（OnVUE）</td></tr>'
    '<tr><td>受験者 ID</td><td>%s</td></tr>'
    '<tr><td>登録 ID</td><td>%d</td></tr></table>'
    '<p>試験開始の 30 分前からチェックインできます。システムテストを事前に実施してください。</p>'
    '<p>Pearson VUE</p></td></tr></table>' % (C_KEEP, R.randint(400000000, 499999999)))
helo, ip = 'mail-pvue.pearson.com', '159.182.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
mf = 'bounce-pvue@pearson.com'
ar = ('       dkim=pass header.i=@pearson.com header.s=pvue2024 header.b=%s;\n'
      '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
      '       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=pearson.com') % (rb64(8), mf, ip, mf)
add(21, 'pearson-vue-yoyaku-kakutei', L('unrelated', None, [C_KEEP], False, 'ja'),
    gmail_trace(C_TO, d, mf, helo, ip, ar, tzh=-7, tzname='PDT') + [dkim(d, 'pearson.com', 'pvue2024')],
    [('From', 'Pearson VUE <pearsonvuecustomerservice@pearson.com>'), ('To', C_TO),
     ('Subject', hdr('Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Professional', 'utf-8', 'q')),
     ('Date', rfcdate(d)), ('Message-ID', '<%s.JavaMail.pvue@pvmail%02d>' % (rhex(20), R.randint(1, 20)))],
    leaf(html, 'html', cte='quoted-printable'))

# ---------------------------------------------------------------- User D: Priya Raman (Gmail, badges missing)
D_TO = 'priya.raman92@gmail.com'
D_ME = 'Priya Raman <%s>' % D_TO
D_OPEN = T('2025-08-18 10:47:51')
D_CASE = case15(D_OPEN)
D_KEEP, D_OLD = 'AWS06120458', 'AWS07733019'
D_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % D_CASE
D_RE = 'RE:' + D_SUBJ

# 022 acknowledgement, plain, slightly different template
d = D_OPEN + dt.timedelta(seconds=52)
txt = """Hello,

Your request has been received.

Case ID: %s
Subject: [AWS Training and Certification Form Submission] - account-assistance

Thank you for contacting AWS Training and Certification. Our team aims to
respond within one business day. To help us help you faster, please keep all
correspondence about this request in this email thread rather than opening a
new case.

The information you submitted:
  Name:                Priya Raman
  Email:               priya.raman92@gmail.com
  Inquiry type:        Certification
  Inquiry detail:      Account Merge
  AWS candidate ID:    %s
  Additional details:  I want to merge my old account aws-07733019 (old
                       company email) into this one. Both have
                       certifications.

This mailbox is monitored. You may reply to this message.

AWS Training and Certification
""" % (D_CASE, D_KEEP)
add(22, 'request-received-case-id', L('case_created', D_CASE, [D_KEEP, D_OLD], True, 'en'),
    gmail_ses(D_TO, d, tzh=-7, tzname='PDT'),
    [('From', FORM_FROM), ('To', D_TO), ('Subject', D_SUBJ), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cte='7bit', label='us-ascii', quote_cs=False), post=ses_post(d))

# 023 confirmation request, ids written with a space
d = T('2025-08-19 09:30:26')
D_CONF = """Hi Priya,

Greetings from AWS Training and Certification. This is Andrea, and I'm
following up on your request.

Before we action anything we need your explicit approval of the following:

  Surviving account:       AWS 06120458 (priya.raman92@gmail.com)
  Account to be absorbed:  AWS 07733019 (p.raman@infosphere-tech.in)

All certifications, exam appointments and history held on AWS 07733019 will
be transferred to AWS 06120458, and AWS 07733019 will be closed.

Important: this is a one-way operation. We cannot restore the absorbed
account afterwards.

Kindly reply to this email with "I confirm" (or let us know what should be
changed) so we can move forward.

Warm regards,
Andrea
AWS Training and Certification Customer Support
"""
add(23, 'explicit-approval-needed', L('merge_confirmation_requested', D_CASE, [D_KEEP, D_OLD], True, 'en'),
    gmail_ses(D_TO, d, tzh=-7, tzname='PDT'),
    [('From', FORM_FROM), ('To', D_TO), ('Subject', D_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(D_CONF, cte='quoted-printable'), post=ses_post(d))

# 024 completion; declared us-ascii but UTF-8 punctuation sent 8bit
d = T('2025-08-21 05:12:09')
D_DONE = """Hi Priya,

Thanks for your confirmation. We’ve completed the requested change: the
certifications, exam history and benefits from AWS 07733019 have been moved to
AWS 06120458, and the old profile is now inactive.

Please sign in with priya.raman92@gmail.com from now on. Your Credly badges
are handled by a separate system and should follow within a few days – if they
don’t, just let us know by replying here.

Warm regards,
Andrea
AWS Training and Certification Customer Support
"""
add(24, 'requested-change-completed', L('merge_completed', D_CASE, [D_KEEP, D_OLD], True, 'en'),
    gmail_ses(D_TO, d, tzh=-7, tzname='PDT'),
    [('From', FORM_FROM), ('To', D_TO), ('Subject', D_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(D_DONE, cte='8bit', label='us-ascii', quote_cs=False), post=ses_post(d))

# 025 survey; copy without any Authentication-Results header
d = T('2025-08-21 05:14:40')
txt = """Hello Priya,

We've marked your case %s as resolved.

How did we do? Tell us about your experience in a quick 3-question survey:
https://survey.training.aws/s/tc-support?case=%s

Your feedback helps us improve. If your issue isn't fully resolved, reply to
this email and we'll pick it up again.

AWS Training and Certification
""" % (D_CASE, D_CASE)
trace = ['X-Mozilla-Status: 0001', 'X-Mozilla-Status2: 00000000',
         'Return-Path: <%s>' % ses_envelope(d)] + ses_dkim(d)
add(25, 'case-marked-resolved', L('survey', D_CASE, [], None, 'en'),
    trace,
    [('From', FORM_FROM), ('To', D_TO), ('Subject', 'How did we do? Case %s' % D_CASE),
     ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cte='7bit', label='us-ascii', quote_cs=False), post=ses_post(d))

# 026 Credly's own account-merge code (unrelated)
d = T('2025-08-24 16:20:58')
html = credly_html('Confirm your account merge',
                   '<p>Hi Priya,</p><p>We received a request to merge the Credly account registered to '
                   '<b>p.raman@infosphere-tech.in</b> into your account <b>priya.raman92@gmail.com</b>.</p>'
                   '<p>Your verification code is:</p><p style="font-size:28px;letter-spacing:6px;text-align:center;">'
                   '418306</p><p>The code expires in 30 minutes. If you did not request this, you can ignore this '
                   'email.</p>', button='Complete Account Merge',
                   url='https://www.credly.com/users/merge/confirm?token=%s' % rhex(40))
add(26, 'credly-merge-code', L('unrelated', None, [], True, 'en'),
    credly_trace_gmail(D_TO, d, tzh=-7, tzname='PDT'),
    [('From', 'Credly <admin@credly.com>'), ('To', D_TO),
     ('Subject', 'Your Credly account merge verification code'),
     ('Date', rfcdate(d)), ('Message-ID', credly_mid(d))],
    leaf(html, 'html', cte='quoted-printable'))

# 027 Priya writes back: badges missing (her own mail, Sent copy)
d = T('2025-08-25 04:33:12')
new = """Hi Andrea,

The merge itself looks fine in the certification portal, thank you. However
my badges are still sitting on my old Credly account (the one registered with
p.raman@infosphere-tech.in, which was linked to aws-07733019) and nothing has
arrived on the Credly account for priya.raman92@gmail.com. It has been four
days now.

I tried Credly's own "merge accounts" option, but I no longer have access to
the old company mailbox, so I can't receive the code.

Could you please help get the badges moved?

Thanks,
Priya
"""
dq = tz(T('2025-08-21 05:12:09'), 5, 30)
att = 'On %s, %d %s %d at %d:%02d, Amazon Web Services <%s> wrote:' % (
    dq.strftime('%a'), dq.day, dq.strftime('%b'), dq.year, dq.hour, dq.minute, FORM)
plain = new + '\n' + att + '\n\n' + quote(D_DONE.rstrip('\n')) + '\n'
html = ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
        'padding-left:1ex">%s</blockquote></div>\n') % (
    new.replace('\n\n', '</div><div><br></div><div>').replace('\n', ' '),
    att.replace('<', '&lt;').replace('>', '&gt;'), D_DONE.replace('\n', '<br>\n'))
add(27, 're-badges-still-on-old-credly', L('unrelated', D_CASE, [D_OLD], None, 'en'),
    [],
    [('From', D_ME), ('Date', rfcdate(d, 5, 30)), ('Message-ID', gmail_mid(d)),
     ('Subject', fold('Re: ' + D_RE)), ('To', 'Amazon Web Services <%s>' % FORM)],
    multi([leaf(plain, cte='quoted-printable', quote_cs=False), leaf(html, 'html', cte='quoted-printable',
                                                                     quote_cs=False)], boundary=gboundary()))

# 028 agent: Credly team asked, conditional future
d = T('2025-08-26 11:58:40')
txt = """Hi Priya,

Thank you for letting us know, and sorry for the trouble with your badges.

Badges are stored by Credly, so the account merge on our side doesn't move
them automatically when the old Credly account uses a different email
address. I have now raised a request with our Credly team to transfer the
badges from the old Credly account to the email address on %s.

Once the transfer has gone through, you'll receive an email from Credly
asking you to accept each badge. This can take up to 5 business days. There
is no need to use Credly's own merge feature.

Warm regards,
Marcus
AWS Training and Certification Customer Support
""" % D_KEEP
add(28, 'raised-with-credly-team', L('support_reply', D_CASE, [D_KEEP], True, 'en'),
    gmail_ses(D_TO, d, tzh=-7, tzname='PDT'),
    [('From', FORM_FROM), ('To', D_TO), ('Subject', D_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cte='quoted-printable'), post=ses_post(d))

# 029 Credly: transferred badges ready to accept
d = T('2025-08-29 14:07:33')
html = credly_html('Your badges have arrived',
                   '<p>Hi Priya,</p><p>The following badges from <b>AWS Training and Certification</b> have been '
                   'transferred to your Credly account <b>priya.raman92@gmail.com</b>:</p><ul>'
                   '<li>AWS Certified Cloud Practitioner</li><li>AWS Certified Data Engineer &ndash; Associate</li>'
                   '</ul><p>Accept them to show them on your profile again.</p>', button='Accept your badges',
                   url='https://www.credly.com/earner/earned?utm_source=transfer')
add(29, 'credly-badges-transferred', L('credly_badge_issued', None, [], True, 'en'),
    credly_trace_gmail(D_TO, d, tzh=-7, tzname='PDT'),
    [('From', 'AWS Training and Certification via Credly <admin@credly.com>'), ('To', D_TO),
     ('Subject', 'Your AWS Training and Certification badges are ready to accept'),
     ('Date', rfcdate(d)), ('Message-ID', credly_mid(d))],
    leaf(html, 'html', cte='base64'))

# ---------------------------------------------------------------- User E: 佐藤 美咲 (BIGLOBE, wrong direction first)
E_TO = 'sato.misaki@mwb.biglobe.ne.jp'
E_NAME = '佐藤 美咲'
E_OPEN = T('2025-10-06 01:15:30')
E_CASE = case15(E_OPEN)
E_KEEP, E_OLD = 'AWS08145577', 'AWS02290316'
E_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % E_CASE
E_RE = 'RE:' + E_SUBJ


def jp_trace(to, d, mx='mxs06.biglobe.ne.jp', box='mbox-wb12.biglobe.ne.jp', authserv='mxs.biglobe.ne.jp',
             src=None, ar=None):
    helo, ip = src or R.choice(SES_IPS)
    j = d + dt.timedelta(seconds=4)
    mf = ses_envelope(d)
    ar = ar or ('%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdkim=pass header.i=@amazon.com header.s=yg4mwqurec7fkhzutopddd3ytuaqrvuz;'
                '\n\tdkim=pass header.i=@amazonses.com;\n\tdmarc=pass (p=quarantine dis=none) header.from=amazon.com'
                % (authserv, mf))
    return [
        'Return-Path: <%s>' % mf,
        'Received: from %s (%s [127.0.0.1])\n\tby %s (Postfix) with LMTP id %s\n\tfor <%s>; %s (JST)' % (
            mx, mx, box, rhex(10).upper(), to, rfcdate(j, 9)),
        'Authentication-Results: ' + ar,
        'Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4c%s\n\tfor <%s>; %s (JST)' % (
            helo, helo, ip, mx, rb64(8).replace('/', 'w').replace('+', 'z'), to, rfcdate(j, 9)),
    ] + ses_dkim(d)


# 030 acknowledgement in Japanese, HTML template
d = E_OPEN + dt.timedelta(seconds=29)
plain = """佐藤 美咲 様

お問い合わせいただきありがとうございます。以下のとおり受け付けました。

ケース ID: %s
お問い合わせの種類: 認定 / アカウントの統合
AWS 受験者 ID: %s

担当者より、通常 24 時間以内にご連絡いたします。追加でお伝えいただきたい
内容がある場合は、件名を変えずにこのメールへご返信ください。同じご依頼で
新しいケースを作成する必要はございません。

AWS トレーニングと認定
""" % (E_CASE, E_KEEP)
html = form_html(
    '<p>佐藤 美咲 様</p><p>お問い合わせいただきありがとうございます。以下のとおり受け付けました。</p>'
    '<table cellpadding="6" style="font-size:13px;background:#fafafa;"><tr><td>ケース ID</td><td><b>%s</b></td></tr>'
    '<tr><td>お問い合わせの種類</td><td>認定 / アカウントの統合</td></tr><tr><td>AWS 受験者 ID</td><td>%s</td></tr>'
    '</table><p>担当者より、通常 24 時間以内にご連絡いたします。追加でお伝えいただきたい内容がある場合は、件名を変えずに'
    'このメールへご返信ください。同じご依頼で新しいケースを作成する必要はございません。</p><p>AWS トレーニングと認定</p>'
    % (E_CASE, E_KEEP), banner='AWS トレーニングと認定')
add(30, 'uketsuke-kanryou-html', L('case_created', E_CASE, [E_KEEP], True, 'ja'),
    jp_trace(E_TO, d),
    [('From', FORM_FROM), ('To', E_TO),
     ('Subject', hdr('お問い合わせありがとうございます [CASE %s]' % E_CASE, 'utf-8', 'q')),
     ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    multi([leaf(plain, cte='quoted-printable'), leaf(html, 'html', cte='quoted-printable')]), post=ses_post(d))

# 031 confirmation request with the wrong direction
d = T('2025-10-07 02:40:11')
E_WRONG = """佐藤 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの小林です。

アカウントの統合について、以下の内容で処理を行う予定です。

【統合後に残るアカウント】
  %s（misaki.sato@tohoku-sys.co.jp）
【統合されるアカウント】
  %s（sato.misaki@mwb.biglobe.ne.jp）

統合されるアカウントの認定資格・受験履歴・特典は、すべて残るアカウントへ移
されます。統合の処理は取り消しができませんので、内容を十分にご確認ください。

問題がなければ、このメールにご返信いただき、ご了承の旨をお知らせください。

小林
AWS トレーニングと認定 カスタマーサポート
""" % (E_OLD, E_KEEP)
add(31, 'tougou-houkou-kakunin', L('merge_confirmation_requested', E_CASE, [E_KEEP, E_OLD], True, 'ja'),
    jp_trace(E_TO, d),
    [('From', FORM_FROM), ('To', E_TO), ('Subject', E_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(E_WRONG, cte='quoted-printable'), post=ses_post(d))

# 032 Sato's reply in Shift_JIS (own mail, no AR): direction is reversed
d = T('2025-10-07 05:02:47')
E_REPLY = """小林様

ご連絡ありがとうございます。佐藤です。

申し訳ありませんが、統合の向きが逆になっています。
残したいのは %s（個人のアドレス）の方で、%s（前職の
アドレス）をこちらに統合していただきたいです。前職のメールアドレスは既に
使えなくなっております。

お手数をおかけしますが、よろしくお願いいたします。

佐藤 美咲
""" % (E_KEEP, E_OLD)
jq = tz(T('2025-10-07 02:40:11'), 9)
att = 'On %s, Amazon Web Services wrote:' % jq.strftime('%Y/%m/%d %H:%M')
txt = E_REPLY + '\n' + att + '\n' + quote(E_WRONG.rstrip('\n')) + '\n'
mid_e3 = '<%s@mwb.biglobe.ne.jp>' % ruuid()
add(32, 're-houkou-ga-gyaku', L('unrelated', E_CASE, [E_KEEP, E_OLD], None, 'ja'),
    [],
    [('Message-ID', mid_e3), ('Date', rfcdate(d, 9)), ('MIME-Version', None),
     ('User-Agent', 'Mozilla Thunderbird'), ('Subject', fold('Re: ' + E_RE)),
     ('To', 'Amazon Web Services <%s>' % FORM), ('From', addr(E_NAME, E_TO, 'shift_jis', 'b')),
     ('Content-Language', 'ja')],
    leaf(txt, cs='shift_jis', cte='base64', label='Shift_JIS', quote_cs=False))

# 033 corrected confirmation request, quoting her reply (> and > >)
d = T('2025-10-08 00:55:32')
E_CONF2 = """佐藤 美咲 様

小林です。ご指摘いただきありがとうございます。こちらの確認不足により、
ご迷惑をおかけし大変失礼いたしました。

改めまして、以下の内容でよろしいでしょうか。

【統合後に残るアカウント】
  %s（sato.misaki@mwb.biglobe.ne.jp）
【統合されるアカウント】
  %s（misaki.sato@tohoku-sys.co.jp）

前回のご案内と同様、統合は一度行うと元に戻すことができません。
お手数ですが、この内容で問題ないかご返信にてお知らせください。

小林
AWS トレーニングと認定 カスタマーサポート
""" % (E_KEEP, E_OLD)
hist = E_REPLY + '\n' + att + '\n' + quote(E_WRONG.rstrip('\n'))
txt = E_CONF2 + '\n-----Original Message-----\n' + quote(hist) + '\n'
add(33, 'aratamete-naiyou-kakunin', L('merge_confirmation_requested', E_CASE, [E_KEEP, E_OLD], True, 'ja'),
    jp_trace(E_TO, d),
    [('From', FORM_FROM), ('To', E_TO), ('Subject', E_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cte='base64'), post=ses_post(d))

# 034 "thank you for confirming, we will now proceed" (ISO-2022-JP)
d = T('2025-10-08 09:10:04')
txt = """佐藤 美咲 様

小林です。ご確認いただき、ありがとうございます。

それでは、%s を %s へ統合する手続きをこれより進めてまいります。
処理には通常 1 から 3 営業日ほどかかります。完了いたしましたら、改めて本
メールにてご連絡いたしますので、今しばらくお待ちください。

小林
AWS トレーニングと認定 カスタマーサポート

> 小林様
>
> 佐藤です。ご確認ありがとうございます。
> 記載の内容で問題ございません。手続きを進めてください。
""" % (E_OLD, E_KEEP)
add(34, 'tetsuzuki-wo-susumemasu', L('support_reply', E_CASE, [E_KEEP, E_OLD], True, 'ja'),
    jp_trace(E_TO, d),
    [('From', FORM_FROM), ('To', E_TO), ('Subject', E_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cs='iso-2022-jp', cte='7bit'), post=ses_post(d))

# 035 completion; body is UTF-8 but labelled iso-8859-1
d = T('2025-10-10 03:30:51')
txt = """佐藤 美咲 様

お待たせいたしました。小林です。

%s に登録されていた認定資格および受験履歴を、%s へ移行
いたしました。旧アカウント（%s）は無効化されており、今後はサイン
インできません。

今後は sato.misaki@mwb.biglobe.ne.jp でサインインしてください。Credly の
バッジにつきましては、数日以内に Credly からメールが届きます。

その他ご不明な点がございましたら、お気軽にお問い合わせください。

小林
AWS トレーニングと認定 カスタマーサポート
""" % (E_OLD, E_KEEP, E_OLD)
add(35, 'ikou-itashimashita', L('merge_completed', E_CASE, [E_KEEP, E_OLD], True, 'ja'),
    jp_trace(E_TO, d),
    [('From', FORM_FROM), ('To', E_TO), ('Subject', E_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cs='utf-8', cte='base64', label='iso-8859-1'), post=ses_post(d))

# 036 closure survey in Japanese (ISO-2022-JP subject)
d = T('2025-10-10 03:32:19')
html = form_html(
    ('<p>佐藤 美咲 様</p><p>ケース %s をクローズいたしました。AWS トレーニングと認定をご利用いただきありがとうございます。</p>' % E_CASE) +
    '<p>今後のサポート改善のため、担当者の対応について 5 段階で評価をお願いいたします。</p>'
    '<p style="font-size:18px;">'
    + ' '.join('<a href="https://survey.training.aws/s/tc-support?case=%s&amp;r=%d&amp;lang=ja">%s</a>'
               % (E_CASE, i, '★' * i) for i in range(1, 6)) +
    '</p><p>ご回答は匿名で集計されます。</p><p>AWS トレーニングと認定</p>', banner='AWS トレーニングと認定')
add(36, 'close-no-oshirase-hyouka', L('survey', E_CASE, [], True, 'ja'),
    jp_trace(E_TO, d),
    [('From', FORM_FROM), ('To', E_TO),
     ('Subject', hdr('ケース %s のクローズのお知らせと評価のお願い' % E_CASE, 'iso-2022-jp')),
     ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(html, 'html', cte='quoted-printable'),
    post=ses_post(d))

# ---------------------------------------------------------------- User F: Lukas Becker (Outlook.com, no reply -> auto closure -> new console case)
F_TO = 'lukas.becker87@outlook.com'
F_OPEN = T('2025-11-03 08:30:12')
F_CASE = case15(F_OPEN)
F_KEEP, F_OLD = 'AWS01127764', 'AWS06649082'
F_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % F_CASE
F_RE = 'RE:' + F_SUBJ
EU = 'eurprd08'

# 037 acknowledgement (HTML template)
d = F_OPEN + dt.timedelta(seconds=38)
plain = """Hello Lukas Becker,

We've received your request and created case %s for it.

An AWS Training and Certification specialist will review your request and
respond to %s. Most requests receive a first response within
24 hours. Please don't create another case for this request; to add
information, reply to this email without changing the subject line.

Your request
Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS 01127764
Message: Please merge my old account AWS-06649082 (university email, no
longer active) into AWS 01127764.

Thank you,
AWS Training and Certification
""" % (F_CASE, F_TO)
html = form_html(
    '<p>Hello Lukas Becker,</p><p>We&#39;ve received your request and created case <b>%s</b> for it.</p>'
    '<p>An AWS Training and Certification specialist will review your request and respond to %s. Most requests '
    'receive a first response within 24 hours. Please don&#39;t create another case for this request; to add '
    'information, reply to this email without changing the subject line.</p>'
    '<table cellpadding="6" style="border-collapse:collapse;font-size:13px;background:#fafafa;">'
    '<tr><td style="color:#687078;">Inquiry type</td><td>Certification</td></tr>'
    '<tr><td style="color:#687078;">Inquiry detail</td><td>Account Merge</td></tr>'
    '<tr><td style="color:#687078;">AWS candidate ID</td><td>AWS 01127764</td></tr>'
    '<tr><td style="color:#687078;vertical-align:top;">Message</td><td>Please merge my old account AWS-06649082 '
    '(university email, no longer active) into AWS 01127764.</td></tr></table>'
    '<p>Thank you,<br>AWS Training and Certification</p>' % (F_CASE, F_TO))
add(37, 'case-created-for-request', L('case_created', F_CASE, [F_KEEP, F_OLD], True, 'en'),
    o365_ses('AS8PR08', d, region=EU),
    [('From', FORM_FROM), ('To', F_TO), ('Subject', fold(F_SUBJ)), ('Date', rfcdate(d)),
     ('Message-ID', ses_mid(d))],
    multi([leaf(plain), leaf(html, 'html')]), post=ses_post(d), crlf=True)

# 038 confirmation request (never answered)
d = T('2025-11-04 12:03:27')
F_CONF = """Hello Lukas,

Thank you for reaching out to AWS Training and Certification. I'm Jonas and
I'll be handling your case.

Here is what we are about to do, based on your request:

  * Account that will be kept: %s (lukas.becker87@outlook.com)
  * Account that will be merged into it: %s (l.becker@stud.tu-muenchen.de)

Everything attached to %s - certifications, exam history and
remaining benefits - will be available under %s afterwards.

Please keep in mind that a merge can't be reversed. We need your written
go-ahead before we start, so please reply to this email to confirm the
above.

Best regards,
Jonas
AWS Training and Certification Customer Support
""" % (F_KEEP, F_OLD, F_OLD, F_KEEP)
add(38, 'about-to-merge-need-go-ahead', L('merge_confirmation_requested', F_CASE, [F_KEEP, F_OLD], True, 'en'),
    o365_ses('AS8PR08', d, region=EU),
    [('From', FORM_FROM), ('To', F_TO), ('Subject', F_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(F_CONF, cte='quoted-printable'), post=ses_post(d), crlf=True)

# 039 follow-up: do you still need help? (previous mail below, no quote markers)
d = T('2025-11-11 10:20:45')
txt = """Hello Lukas,

I'm following up on my message from November 4th. We haven't received your
confirmation yet, so the request to merge %s into %s is
still on hold.

If you still need help, simply reply to this email with your confirmation
and I'll continue straight away. If we don't hear from you within 7 days,
this case will be closed automatically.

Best regards,
Jonas
AWS Training and Certification Customer Support

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tue, 4 Nov 2025 12:03:27 +0000
To: lukas.becker87@outlook.com
Subject: %s

%s""" % (F_OLD, F_KEEP, F_RE, F_CONF)
add(39, 'following-up-still-on-hold', L('support_reply', F_CASE, [F_KEEP, F_OLD], True, 'en'),
    o365_ses('AS8PR08', d, region=EU),
    [('From', FORM_FROM), ('To', F_TO), ('Subject', F_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cte='quoted-printable'), post=ses_post(d), crlf=True)

# 040 automatic closure with rating request
d = T('2025-11-18 10:25:02')
plain = """Hello Lukas,

As we haven't received a reply from you, case %s has now been
closed.

If you still need assistance, reply to this email within 14 days and the
case will be reopened automatically. After that, please submit a new
request through the contact form.

How would you rate the support you received?
https://survey.training.aws/s/tc-support?case=%s

AWS Training and Certification
""" % (F_CASE, F_CASE)
html = form_html(
    '<p>Hello Lukas,</p><p>As we haven&#39;t received a reply from you, case <b>%s</b> has now been closed.</p>'
    '<p>If you still need assistance, reply to this email within 14 days and the case will be reopened '
    'automatically. After that, please submit a new request through the contact form.</p>'
    '<p><b>How would you rate the support you received?</b><br><a href="https://survey.training.aws/s/tc-support?'
    'case=%s">Take the 1-minute survey</a></p><p>AWS Training and Certification</p>' % (F_CASE, F_CASE))
add(40, 'closed-no-reply-received', L('survey', F_CASE, [], True, 'en'),
    o365_ses('AS8PR08', d, region=EU),
    [('From', FORM_FROM), ('To', F_TO),
     ('Subject', 'Case %s closed - AWS Training and Certification' % F_CASE),
     ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    multi([leaf(plain, cte='7bit', label='us-ascii'), leaf(html, 'html')]), post=ses_post(d), crlf=True)

# 041 new case through the console
F_OPEN2 = T('2025-11-24 19:05:44')
F_CASE2 = case15(F_OPEN2)
F_CSUBJ = 'Certification account merge - follow-up on case %s' % F_CASE
d = F_OPEN2 + dt.timedelta(seconds=6)
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to
address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hello, my previous case %s about merging my two
certification accounts was closed while I was travelling and I could not
reopen it. I confirm that %s should be merged into %s.
Thank you, Lukas Becker

We will respond to your case as soon as possible. To view, update or reply
to your case, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept
incoming e-mail.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA
98109-5210
""" % (F_CASE2, F_CASE2, F_CSUBJ, F_CASE, F_OLD, F_KEEP, F_CASE2)
add(41, 'console-new-support-case', L('case_created', F_CASE2, [F_KEEP, F_OLD], True, 'en'),
    o365_ses('AS8PR08', d, region=EU),
    [('From', '"Amazon Web Services" <%s>' % NOREPLY), ('To', F_TO),
     ('Subject', 'Amazon Web Services: You have opened a new Support case: %s' % F_CASE2),
     ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cte='7bit', label='UTF-8', quote_cs=False), post=ses_post(d), crlf=True)

CONSOLE_FOOTER = """
We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by
selecting the stars in the top right corner of the correspondence.

Best regards,
%s
Amazon Web Services
===================================================================
To see the file or image attachments for this case, please visit:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming
e-mails. To respond to this case, please follow the link above.
===================================================================
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA
98109-5210
"""

# 042 console agent reply: confirm again on this case
d = T('2025-11-25 15:44:18')
txt = """Hello Lukas,

Thank you for contacting AWS Training and Certification, and for letting us
know about your earlier case. I'm sorry it was closed while you were away.

As the earlier case is closed, I need to record your approval on this case
before the change can be made. Please review the details:

Primary account (remains): %s
Secondary account (merged into the primary and deactivated): %s

Please be aware that merging certification accounts is permanent and cannot
be undone.

Could you please reply through the Support Center with "I confirm the merge"
if the information above is correct?
""" % (F_KEEP, F_OLD) + CONSOLE_FOOTER % ('Aisha B.', F_CASE2)
add(42, 'console-confirm-on-this-case', L('merge_confirmation_requested', F_CASE2, [F_KEEP, F_OLD], True, 'en'),
    o365_ses('AS8PR08', d, region=EU),
    [('From', '"Amazon Web Services" <%s>' % NOREPLY), ('To', F_TO),
     ('Subject', 'RE:[CASE %s] %s' % (F_CASE2, F_CSUBJ)), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cte='quoted-printable'), post=ses_post(d), crlf=True)

# 043 console agent reply: done
d = T('2025-11-27 09:12:55')
txt = """Hello Lukas,

Thank you for your confirmation.

The requested consolidation has been carried out. %s is no longer
active, and its certifications and exam history are now listed on
%s. You can verify this by signing in to your certification
account with lukas.becker87@outlook.com.

Credly badges linked to the old account will be re-issued to the email
address on your primary account within a few days.

If there is anything else, feel free to reply on this case.
""" % (F_OLD, F_KEEP) + CONSOLE_FOOTER % ('Aisha B.', F_CASE2)
add(43, 'console-consolidation-carried-out', L('merge_completed', F_CASE2, [F_KEEP, F_OLD], True, 'en'),
    o365_ses('AS8PR08', d, region=EU),
    [('From', '"Amazon Web Services" <%s>' % NOREPLY), ('To', F_TO),
     ('Subject', 'RE:[CASE %s] %s' % (F_CASE2, F_CSUBJ)), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cte='quoted-printable'), post=ses_post(d), crlf=True)

# 044 Credly: re-issued badge
d = T('2025-11-29 07:31:40')
burl = 'https://www.credly.com/earner/earned/badge/%s' % ruuid()
html = credly_html('A badge has been issued to you',
                   '<p>Hello Lukas,</p><p>AWS Training and Certification sent you the <b>AWS Certified Machine '
                   'Learning Engineer &ndash; Associate</b> badge. Accept it to add it to your profile.</p>',
                   url=burl)
add(44, 'credly-mla-badge-sent', L('credly_badge_issued', None, [], True, 'en'),
    o365_credly('AS8PR08', d, region=EU),
    [('From', 'AWS Training and Certification via Credly <admin@credly.com>'), ('To', F_TO),
     ('Subject', 'Lukas, AWS Training and Certification sent you a badge'),
     ('Date', rfcdate(d)), ('Message-ID', credly_mid(d))],
    leaf(html, 'html', cte='quoted-printable', quote_cs=False), crlf=True)

# ---------------------------------------------------------------- User G: 鈴木 大輔 (Office 365, Japanese company)
G_TO = 'd-suzuki@hokuto-systems.co.jp'
G_NAME = '鈴木 大輔'
G_COL = 'r-yamaguchi@hokuto-systems.co.jp'
G_COLNAME = '山口 里奈'
G_OPEN = T('2026-01-13 02:40:09')
G_CASE = case15(G_OPEN)
G_KEEP, G_OLD = 'AWS05581236', 'AWS09023417'
G_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % G_CASE
G_RE = 'RE:' + G_SUBJ
JP = 'jpnprd01'


def o365_internal(prefix, d):
    ar = ('dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n'
          ' header.from=hokuto-systems.co.jp;')
    s1 = '%sMB%d.%s.prod.outlook.com' % (prefix, R.randint(1000, 9999), JP)
    s2 = '%sMB%d.%s.prod.outlook.com' % (prefix, R.randint(1000, 9999), JP)
    fd = format_datetime(tz(d + dt.timedelta(seconds=1), 0)).replace('-0000', '+0000')
    return [
        'Received: from %s (::1) by\n %s with HTTPS; %s' % (s1, s1, fd),
        'Received: from %s (2603:1096:400:%s::%s) by\n %s (2603:1096:400:%s::%s) with Microsoft SMTP Server\n'
        ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9%d.%d; %s' % (
            s2, rhex(3), rhex(2), s1, rhex(3), rhex(2), R.randint(100, 999), R.randint(10, 40), fd),
        'Authentication-Results: ' + ar,
        'X-MS-Exchange-Organization-AuthSource: %s' % s2,
        'X-MS-Exchange-Organization-AuthAs: Internal',
        'X-MS-Exchange-Organization-AuthMechanism: 04',
    ]


# 045 acknowledgement, English template
d = G_OPEN + dt.timedelta(seconds=44)
txt = """Hello Daisuke,

Thank you for reaching out to AWS Training and Certification.

This is an automated message to let you know that your request has been
logged with our support team under case ID %s.

A member of our team will review the details you submitted and reply to
this email address, usually within 24 hours. If you would like to add
anything, simply reply to this message and keep the case ID in the subject
line. Please don't submit the form again for the same request, as a second
case can delay our response.

Summary of your submission
--------------------------
Inquiry type:      Certification
Inquiry detail:    Account Merge
AWS candidate ID:  %s
Description:       I have two certification accounts. Please merge
                   aws09023417 into %s.

Kind regards,
AWS Training and Certification
https://aws.amazon.com/training/
""" % (G_CASE, G_KEEP, G_KEEP)
add(45, 'request-logged-case-id', L('case_created', G_CASE, [G_KEEP, G_OLD], True, 'en'),
    o365_ses('TYCPR01', d, region=JP),
    [('From', FORM_FROM), ('To', G_TO), ('Subject', G_SUBJ), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cte='quoted-printable'), post=ses_post(d), crlf=True)

# 046 agent asks for more information, Japanese HTML only
d = T('2026-01-14 05:15:37')
inner = ('<p>鈴木 大輔 様</p><p>AWS トレーニングと認定 カスタマーサポートの井上と申します。お問い合わせいただき、'
         'ありがとうございます。</p><p>いただいた受験者 ID のうち、%s のアカウントはご連絡いただいたメールアドレスとは'
         '別のアドレスで登録されております。ご本人確認のため、恐れ入りますが以下の情報をお知らせいただけますでしょうか。</p>'
         '<ol><li>各アカウントのサインインに使用しているメールアドレス</li><li>各アカウントの通知先メールアドレス（サインイン用と'
         '異なる場合）</li><li>統合後に残すアカウント（%s でよろしいか）</li><li>アカウントが 2 つになった経緯（簡単で'
         '構いません）</li></ol><p>情報を確認でき次第、統合内容のご案内をお送りいたします。</p>'
         '<p>よろしくお願いいたします。</p><p>井上<br>AWS トレーニングと認定 カスタマーサポート</p>') % (G_OLD, G_KEEP)
add(46, 'honnin-kakunin-onegai', L('support_reply', G_CASE, [G_KEEP, G_OLD], True, 'ja'),
    o365_ses('TYCPR01', d, region=JP),
    [('From', FORM_FROM), ('To', G_TO), ('Subject', G_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(form_html(inner, banner='AWS トレーニングと認定'), 'html', cte='quoted-printable'),
    post=ses_post(d), crlf=True)

# 047 colleague asks about it (internal, unrelated)
d = T('2026-01-14 06:31:20')
txt = """鈴木さん

お疲れさまです。山口です。

AWS 認定のアカウント統合の件、サポートから返事はありましたか？
会社で購入した受験バウチャー（50%割引の特典も含めて）が統合後のアカウント
で使えるかどうか、念のため確認しておいてもらえると助かります。

来月の SAA 受験の申し込みはそのあとで大丈夫です。

山口
"""
add(47, 'douryou-kara-kakunin', L('unrelated', None, [], False, 'ja'),
    o365_internal('TYCPR01', d),
    [('From', addr(G_COLNAME, G_COL, 'iso-2022-jp', 'b')), ('To', addr(G_NAME, G_TO, 'iso-2022-jp', 'b')),
     ('Subject', hdr('AWS認定アカウント統合の件', 'iso-2022-jp')),
     ('Thread-Topic', hdr('AWS認定アカウント統合の件', 'iso-2022-jp')), ('Thread-Index', 'AdxkT' + rb64(23)),
     ('Date', rfcdate(d, 9)), ('Message-ID', outlook_mid()), ('Accept-Language', 'ja-JP, en-US'),
     ('Content-Language', 'ja-JP')],
    multi([leaf(txt, cte='base64'),
           leaf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                '<div style="font-family:游ゴシック,sans-serif;font-size:11pt;">%s</div></body></html>\n'
                % txt.replace('\n', '<br>\n'), 'html', cte='base64')], boundary=oboundary()), crlf=True)

# 048 confirmation request, Japanese; Suzuki's answer quoted Outlook-style below
d = T('2026-01-15 04:02:50')
G_CONF = """鈴木 大輔 様

井上です。情報のご提供ありがとうございました。

いただいた内容をもとに確認した結果、以下のとおり統合を行います。

  ・残るアカウント：%s（d-suzuki@hokuto-systems.co.jp）
  ・統合されるアカウント：%s（daisuke.suzuki.aws@gmail.com）

統合されるアカウントでお持ちの認定資格、受験履歴、特典（受験料 50%% 割引
など）は、残るアカウントへ引き継がれます。

なお、統合後はアカウントを分割し直すことはできません。
上記の内容でよろしければ、このメールへの返信にてご承認ください。

井上
AWS トレーニングと認定 カスタマーサポート
""" % (G_KEEP, G_OLD)
G_INFO = """井上様

お世話になっております。ほくとシステムズの鈴木です。

1. サインイン用メールアドレス
   %s: d-suzuki@hokuto-systems.co.jp
   aws09023417: daisuke.suzuki.aws@gmail.com
2. 通知先も同じです。
3. %s を残してください。
4. 入社前に個人で受験したため、アカウントが分かれてしまいました。

よろしくお願いいたします。
鈴木
""" % (G_KEEP, G_KEEP)
blk = """
________________________________
差出人: %s <%s>
送信日時: 2026年1月14日 15:40
宛先: Amazon Web Services <%s>
件名: RE: %s

""" % (G_NAME, G_TO, FORM, G_RE)
txt = G_CONF + blk + G_INFO
add(48, 'shounin-no-onegai', L('merge_confirmation_requested', G_CASE, [G_KEEP, G_OLD], True, 'ja'),
    o365_ses('TYCPR01', d, region=JP),
    [('From', FORM_FROM), ('To', G_TO), ('Subject', G_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cte='base64'), post=ses_post(d), crlf=True)

# 049 completion + closure + questionnaire (Japanese HTML, quote of the request below)
d = T('2026-01-16 08:45:13')
G_DONE_TXT = """鈴木 大輔 様

井上です。ご承認いただきありがとうございました。

統合作業が完了いたしましたので、ご報告いたします。今後は %s
（d-suzuki@hokuto-systems.co.jp）にて認定アカウントをご利用ください。
受験料割引などの特典もこちらのアカウントからご確認いただけます。

本件はこれにてクローズとさせていただきます。
よろしければ、今回の対応についてアンケートへのご回答をお願いいたします。
https://survey.training.aws/s/tc-support?case=%s&lang=ja

井上
AWS トレーニングと認定 カスタマーサポート
""" % (G_KEEP, G_CASE)
html = form_html(
    para_html(G_DONE_TXT).replace('https://survey.training.aws/s/tc-support?case=%s&amp;lang=ja' % G_CASE,
                                  '<a href="https://survey.training.aws/s/tc-support?case=%s&amp;lang=ja">アンケートに回答する</a>'
                                  % G_CASE) +
    '<div style="border-left:2px solid #aab7b8;padding-left:10px;color:#545b64;margin-top:20px;">'
    '<p><b>差出人:</b> Amazon Web Services<br><b>送信日時:</b> 2026年1月15日 13:02<br><b>件名:</b> %s</p>%s</div>'
    % (esc(G_RE), para_html(G_CONF)), banner='AWS トレーニングと認定')
add(49, 'tougou-sagyou-kanryou', L('merge_completed', G_CASE, [G_KEEP], True, 'ja'),
    o365_ses('TYCPR01', d, region=JP),
    [('From', FORM_FROM), ('To', G_TO), ('Subject', G_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    multi([leaf(G_DONE_TXT, cte='base64'), leaf(html, 'html', cte='base64')]), post=ses_post(d), crlf=True)

# 050 Suzuki forwards the completion to his colleague (unrelated)
d = T('2026-01-16 09:10:42')
txt = """山口さん

お疲れさまです。鈴木です。
AWS 認定のアカウント統合が完了しました。サポートからの連絡を下記に転送します。
バウチャーの件は %s の方で確認をお願いします。

鈴木

________________________________
差出人: Amazon Web Services <%s>
送信日時: 2026年1月16日 17:45
宛先: %s <%s>
件名: %s

%s""" % (G_KEEP, FORM, G_NAME, G_TO, G_RE, G_DONE_TXT)
add(50, 'fw-tougou-kanryou-tenso', L('unrelated', G_CASE, [G_KEEP], False, 'ja'),
    o365_internal('TYCPR01', d),
    [('From', addr(G_NAME, G_TO, 'iso-2022-jp', 'b')), ('To', addr(G_COLNAME, G_COL, 'iso-2022-jp', 'b')),
     ('Subject', fold('FW: ' + G_RE)), ('Thread-Topic', fold(G_RE)), ('Thread-Index', 'AQHcZh' + rb64(22)),
     ('Date', rfcdate(d, 9)), ('Message-ID', outlook_mid()), ('Accept-Language', 'ja-JP, en-US'),
     ('Content-Language', 'ja-JP')],
    multi([leaf(txt, cte='base64'),
           leaf('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                '<div style="font-family:游ゴシック,sans-serif;font-size:11pt;">%s</div></body></html>\n'
                % esc(txt).replace('\n', '<br>\n'), 'html', cte='base64')], boundary=oboundary()), crlf=True)

# ---------------------------------------------------------------- User H: Sofia Martinez (Yahoo) incl. a spoofed request
H_TO = 'sofia.mtz.cloud@yahoo.com'
H_OPEN = T('2026-02-17 16:55:21')
H_CASE = case15(H_OPEN)
H_KEEP, H_OLD = 'AWS07391150', 'AWS03365821'
H_SUBJ = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % H_CASE
H_RE = 'RE:' + H_SUBJ


def yahoo_trace(to, d, helo, ip, ar_tail, mailfrom, spf=None):
    host = 'atlas%d.free.mail.bf1.yahoo.com' % R.randint(100, 330)
    y = d + dt.timedelta(seconds=2)
    inner = '10.217.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    return [
        'Received: from %s by %s with HTTP; %s' % (inner, host, format_datetime(tz(y, 0)).replace('-0000', '+0000')),
        'Return-Path: <%s>' % mailfrom,
        'Received: from %s (EHLO %s)\n by %s with SMTPs; %s' % (ip, helo, inner,
                                                                 format_datetime(tz(y, 0)).replace('-0000', '+0000')),
        'X-Originating-Ip: [%s]' % ip,
    ] + ([spf] if spf else []) + [
        'Authentication-Results: %s;\n' % host + ar_tail,
        'X-Apparently-To: %s; %s' % (to, format_datetime(tz(y, 0)).replace('-0000', '+0000')),
    ]


def yahoo_ses(to, d):
    helo, ip = R.choice(SES_IPS)
    mf = ses_envelope(d)
    ar = (' dkim=pass header.i=@amazon.com header.s=yg4mwqurec7fkhzutopddd3ytuaqrvuz;\n'
          ' dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono;\n'
          ' spf=pass smtp.mailfrom=amazonses.com;\n dmarc=pass(p=QUARANTINE) header.from=amazon.com;')
    return (yahoo_trace(to, d, helo, ip, ar, mf,
                        'Received-SPF: pass (domain of amazonses.com designates %s as permitted sender)' % ip)
            + ses_dkim(d))


# 051 acknowledgement, HTML only
d = H_OPEN + dt.timedelta(seconds=31)
inner = ('<p>Hello Sofia Martinez,</p><p>We&#39;ve received your request and created case <b>%s</b> for it.</p>'
         '<h3 style="font-size:15px;margin:18px 0 4px;">What happens next</h3><p>An AWS Training and Certification '
         'specialist will review your request and respond to %s. Most requests receive a first response within '
         '24 hours.</p><p>Please don&#39;t create another case for this request. To add information, reply to this '
         'email without changing the subject line.</p>'
         '<table cellpadding="6" style="border-collapse:collapse;font-size:13px;background:#fafafa;">'
         '<tr><td style="color:#687078;">Inquiry type</td><td>AWS Training and Certification</td></tr>'
         '<tr><td style="color:#687078;">Inquiry detail</td><td>Account Merge</td></tr>'
         '<tr><td style="color:#687078;">AWS candidate ID</td><td>%s</td></tr>'
         '<tr><td style="color:#687078;vertical-align:top;">Message</td><td>Hello! I passed the AI Practitioner '
         'exam on a second account by mistake (%s). Could you combine it with my main one?</td></tr></table>'
         '<p>Thank you,<br>AWS Training and Certification</p>') % (H_CASE, H_TO, H_KEEP, H_OLD.lower())
add(51, 'case-opened-html-only', L('case_created', H_CASE, [H_KEEP, H_OLD], True, 'en'),
    yahoo_ses(H_TO, d),
    [('From', FORM_FROM), ('To', H_TO), ('Subject', 'We received your request - Case ID %s' % H_CASE),
     ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(form_html(inner), 'html', cte='quoted-printable'), post=ses_post(d))

# 052 spoofed "confirm the merge" (DMARC fails at Yahoo; a forged pass lower down)
d = T('2026-02-18 07:12:40')
FAKE_CASE, FAKE_A, FAKE_B = '24871903561', 'AWS04829310', 'AWS09918273'
ip = '185.234.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
helo = 'vps-%s.hostkoala.net' % rhex(4)
ar = (' dkim=neutral (no sig);\n spf=fail smtp.mailfrom=amazon.com;\n'
      ' dmarc=fail(p=QUARANTINE) header.from=amazon.com;')
trace = (yahoo_trace(H_TO, d, helo, ip, ar, 'support@amazon.com',
                     'Received-SPF: fail (domain of amazon.com does not designate %s as permitted sender)' % ip) +
         ['Authentication-Results: amazon.com;\n dkim=pass header.d=amazon.com;\n spf=pass smtp.mailfrom=amazon.com;\n'
          ' dmarc=pass header.from=amazon.com',
          'Received: from localhost (localhost [127.0.0.1]) by %s (Postfix) with ESMTPSA id %s;\n %s' % (
              helo, rhex(10).upper(), rfcdate(d - dt.timedelta(seconds=5)))])
html = html_wrap(
    '<table width="600" align="center" style="font-family:Arial,sans-serif;font-size:14px;background:#fff;">'
    '<tr><td style="background:#232f3e;color:#fff;padding:14px;font-size:18px;">aws | Training &amp; Certification'
    '</td></tr><tr><td style="padding:20px;"><p>Dear Customer,</p><p>We are ready to merge your AWS Certification '
    'accounts <b>%s</b> and <b>%s</b> (case %s).</p><p>To prevent unauthorised changes, you must confirm this '
    'merge within <b>24 hours</b> by signing in with your AWS credentials. Unconfirmed requests are cancelled and '
    'the certifications on both accounts may be suspended.</p><p style="text-align:center;"><a href="https://'
    'aws-certmerge-verify.com/confirm?case=%s" style="background:#ff9900;color:#000;padding:10px 26px;'
    'text-decoration:none;font-weight:bold;">CONFIRM MERGE</a></p><p>This action cannot be undone.</p>'
    '<p>AWS Training and Certification Team</p></td></tr></table>' % (FAKE_A, FAKE_B, FAKE_CASE, FAKE_CASE))
add(52, 'confirm-within-24-hours', L('merge_confirmation_requested', FAKE_CASE, [FAKE_A, FAKE_B], False, 'en'),
    trace,
    [('From', FORM_FROM), ('To', H_TO), ('Reply-To', 'aws-merge-desk@aws-certmerge-verify.com'),
     ('Subject', 'RE:[CASE %s] Action required: confirm your account merge within 24 hours' % FAKE_CASE),
     ('Date', rfcdate(d)), ('Message-ID', '<%s@%s>' % (rhex(24), helo)), ('X-Mailer', 'PHPMailer 6.8.1')],
    leaf(html, 'html', cte='base64'))

# 053 genuine confirmation request
d = T('2026-02-18 14:10:05')
H_CONF = """Hi Sofia,

Thanks for contacting AWS Training and Certification. My name is Kevin.

I've reviewed both accounts. Here's the proposed change:

  Keep:   %s  (sofia.mtz.cloud@yahoo.com)
  Merge:  %s  (sofia.martinez.ai@yahoo.com)

The AWS Certified AI Practitioner certification and its exam record on
%s will be added to %s, after which %s will be
permanently closed. Please note that we won't be able to reverse this once
it's done.

Can you reply to confirm that this is what you'd like?

Thanks,
Kevin
AWS Training and Certification Customer Support
""" % (H_KEEP, H_OLD, H_OLD, H_KEEP, H_OLD)
add(53, 'proposed-change-reply-to-confirm', L('merge_confirmation_requested', H_CASE, [H_KEEP, H_OLD], True, 'en'),
    yahoo_ses(H_TO, d),
    [('From', FORM_FROM), ('To', H_TO), ('Subject', H_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(H_CONF, cte='quoted-printable'), post=ses_post(d))

# 054 after her confirmation: conditional future ("once the merge is complete ...")
d = T('2026-02-19 10:48:27')
txt = """Hi Sofia,

Thank you, I've got your confirmation, and sorry about the suspicious email
you mentioned. We never ask you to confirm through a link or to sign in with
your AWS credentials; confirmations only happen by replying to this thread.

Your request to bring %s into %s is now with the team that
processes merges. Once the merge is complete, we will send you a
confirmation email, and your Credly badge will be re-issued to your main
email address. There's no action needed from you at this time.

Thanks,
Kevin
AWS Training and Certification Customer Support
""" % (H_OLD, H_KEEP)
add(54, 'with-processing-team', L('support_reply', H_CASE, [H_KEEP, H_OLD], True, 'en'),
    yahoo_ses(H_TO, d),
    [('From', FORM_FROM), ('To', H_TO), ('Subject', H_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    leaf(txt, cte='quoted-printable'), post=ses_post(d))

# 055 completion with rating request; the request is quoted below
d = T('2026-02-20 21:03:58')
H_DONE = """Hi Sofia,

Good news: your certification accounts are now one. Your AI Practitioner
certification shows on %s, and the duplicate profile has been
closed.

If you have a minute, please tell us how we did:
https://survey.training.aws/s/tc-support?case=%s

Thanks,
Kevin
AWS Training and Certification Customer Support
""" % (H_KEEP, H_CASE)
plain = H_DONE + '\n---------- Previous message ----------\n' + quote(H_CONF.rstrip('\n')) + '\n'
html = form_html(para_html(H_DONE) + '<hr><blockquote style="border-left:2px solid #ccc;padding-left:8px;'
                 'color:#555;">%s</blockquote>' % para_html(H_CONF))
add(55, 'accounts-are-now-one', L('merge_completed', H_CASE, [H_KEEP], True, 'en'),
    yahoo_ses(H_TO, d),
    [('From', FORM_FROM), ('To', H_TO), ('Subject', H_RE), ('Date', rfcdate(d)), ('Message-ID', ses_mid(d))],
    multi([leaf(plain), leaf(html, 'html')]), post=ses_post(d))

# 056 Credly
d = T('2026-02-21 15:26:09')
burl = 'https://www.credly.com/earner/earned/badge/%s' % ruuid()
helo, ip = R.choice(CREDLY_IPS)
mf = 'bounces+%d-%s-sofia.mtz.cloud=yahoo.com@email.credly.com' % (R.randint(10 ** 6, 10 ** 7), rhex(4))
ar = (' dkim=pass header.i=@credly.com header.s=s1;\n spf=pass smtp.mailfrom=email.credly.com;\n'
      ' dmarc=pass(p=REJECT) header.from=credly.com;')
html = credly_html('Sofia, your new badge is here',
                   '<p>AWS Training and Certification has issued you the <b>AWS Certified AI Practitioner</b> '
                   'badge.</p><p>Accept it and share your achievement.</p>', url=burl)
add(56, 'credly-ai-practitioner', L('credly_badge_issued', None, [], True, 'en'),
    yahoo_trace(H_TO, d, helo, ip, ar, mf) + [dkim(d, 'credly.com', 's1')],
    [('From', 'AWS Training and Certification via Credly <admin@credly.com>'), ('To', H_TO),
     ('Subject', 'Sofia, AWS Training and Certification issued you a badge'),
     ('Date', rfcdate(d)), ('Message-ID', credly_mid(d))],
    multi([leaf('AWS Training and Certification has issued you the AWS Certified AI Practitioner badge.\n'
                'Accept your badge: %s\n' % burl, cte='7bit', quote_cs=False),
           leaf(html, 'html', quote_cs=False)], boundary=rhex(60)))

# ---------------------------------------------------------------- Other mail in the same mailboxes (unrelated)
# 057 CertMetrics exam feedback survey to Tanaka
d = T('2025-07-20 03:14:26')
helo, ip = 'mail-out2.certmetrics.com', '52.%d.%d.%d' % (R.randint(0, 250), R.randint(0, 250), R.randint(1, 250))
mf = 'bounce@certmetrics.com'
ar = ('       dkim=pass header.i=@certmetrics.com header.s=cm1 header.b=%s;\n'
      '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
      '       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=certmetrics.com') % (rb64(8), mf, ip, mf)
plain = """Dear Kenta Tanaka,

AWS Certification wants to hear from you!

Thank you for taking the AWS Certified Solutions Architect - Professional
exam. Please take a few minutes to tell us about your experience. Your
feedback helps us improve the exam and the candidate experience.

Take the survey: https://www.certmetrics.com/amazon/candidate/survey.aspx?t=%s

Candidate ID: %s

This email was sent from an unmonitored address. Please do not reply.

AWS Certification
""" % (rhex(24), C_KEEP)
add(57, 'certmetrics-wants-to-hear', L('unrelated', None, [C_KEEP], False, 'en'),
    gmail_trace(C_TO, d, mf, helo, ip, ar, tzh=-7, tzname='PDT') + [dkim(d, 'certmetrics.com', 'cm1')],
    [('From', 'AWS Certification <do-not-reply@certmetrics.com>'), ('To', C_TO),
     ('Subject', 'AWS Certification wants to hear from you'), ('Date', rfcdate(d)),
     ('Message-ID', '<%s@certmetrics.com>' % ruuid())],
    leaf(plain, cte='7bit', label='us-ascii', quote_cs=False))

# 058 Seller Central case about merging a variation family (unrelated, 10-digit case)
I_TO = 'tom.nguyen.shop@gmail.com'
d = T('2025-12-03 22:41:07')
SC_CASE = '6192037745'
helo, ip = 'smtp-fw-%d.amazon.com' % R.randint(10000, 99999), '72.21.%d.%d' % (R.randint(190, 220), R.randint(1, 250))
mf = 'bounces+%s@amazon.com' % rhex(12)
ar = ('       dkim=pass header.i=@amazon.com header.s=amazon201209 header.b=%s;\n'
      '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
      '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com') % (rb64(8), mf, ip, mf)
txt = """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your request and I'm happy to confirm that the child ASINs
B0CX4R2M7T and B0CX4QZ9L1 have been merged into the variation family under
parent ASIN B0CX4P8H2D. The merge is complete; please allow up to 24 hours
for the detail page to update.

If this resolves your issue, there is no need to reply. Otherwise, reply to
this case in Seller Central:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=%s

Was this email helpful?
Yes: https://sellercentral.amazon.com/cu/survey?caseID=%s&v=1
No:  https://sellercentral.amazon.com/cu/survey?caseID=%s&v=0

We value your business.

Kind regards,
Rhea S.
Amazon.com
""" % (SC_CASE, SC_CASE, SC_CASE)
add(58, 'seller-support-variation-merge', L('unrelated', SC_CASE, [], True, 'en'),
    gmail_trace(I_TO, d, mf, helo, ip, ar) + [dkim(d, 'amazon.com', 'amazon201209')],
    [('From', 'Amazon Seller Support <seller-notification@amazon.com>'), ('To', I_TO),
     ('Subject', 'RE:[CASE %s] Merge variation family - parent ASIN B0CX4P8H2D' % SC_CASE),
     ('Date', rfcdate(d)), ('Message-ID', '<%s.%d@email.amazon.com>' % (rhex(20), R.randint(10 ** 6, 10 ** 7)))],
    leaf(txt, cte='quoted-printable'))

# 059 GitHub pull-request merged notification to Emily (unrelated)
d = T('2025-03-05 17:52:31')
helo, ip = 'out-%d.smtp.github.com' % R.randint(20, 29), '192.30.252.%d' % R.randint(190, 210)
mf = 'noreply@github.com'
ar = ('       dkim=pass header.i=@github.com header.s=pf2023 header.b=%s;\n'
      '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
      '       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=github.com') % (rb64(8), mf, ip, mf)
pr = '<brightpath/cert-portal/pull/412@github.com>'
txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/brightpath/cert-portal/pull/412#event-%d
You are receiving this because you authored the thread.

Message ID: <brightpath/cert-portal/pull/412/issue_event/%d@github.com>
""" % (R.randint(10 ** 10, 10 ** 11), R.randint(10 ** 10, 10 ** 11))
html = ('<p></p><p>Merged <a class="issue-link" href="https://github.com/brightpath/cert-portal/pull/412">#412</a> '
        'into main.</p>\n<p style="font-size:small;color:#666;">&mdash;<br>Reply to this email directly, '
        '<a href="https://github.com/brightpath/cert-portal/pull/412">view it on GitHub</a>.<br>You are receiving '
        'this because you authored the thread.</p>\n')
add(59, 'github-pr-merged-account-dedupe', L('unrelated', None, [], False, 'en'),
    gmail_trace(A_TO, d, mf, helo, ip, ar) + [dkim(d, 'github.com', 'pf2023')],
    [('From', 'Jordan Lee <notifications@github.com>'), ('Reply-To', 'brightpath/cert-portal <reply+%s@reply.github.com>'
                                                          % rhex(40).upper()),
     ('To', 'brightpath/cert-portal <cert-portal@noreply.github.com>'),
     ('Cc', 'Emily Carter <%s>, Author <author@noreply.github.com>' % A_TO),
     ('Subject', 'Re: [brightpath/cert-portal] Merge duplicate certification accounts on login (PR #412)'),
     ('Date', rfcdate(d, -8)), ('Message-ID', '<brightpath/cert-portal/pull/412/issue_event/%d@github.com>'
                                 % R.randint(10 ** 10, 10 ** 11)),
     ('In-Reply-To', pr), ('References', pr), ('List-ID', 'brightpath/cert-portal <cert-portal.brightpath.github.com>'),
     ('X-GitHub-Reason', 'author')],
    multi([leaf(txt, cte='7bit', quote_cs=False), leaf(html, 'html', cte='7bit', quote_cs=False)],
          boundary='--==_mimepart_%s_%d' % (rhex(13), R.randint(1000, 9999))))

# 060 look-alike domain phishing, not about the merge (unrelated)
d = T('2025-09-09 08:27:15')
helo, ip = 'mail.aws-certification-rewards.net', '45.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
mf = 'bounce@aws-certification-rewards.net'
ar = ('       dkim=pass header.i=@aws-certification-rewards.net header.s=default header.b=%s;\n'
      '       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
      '       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=aws-certification-rewards.net') % (rb64(8), mf, ip, mf)
html = html_wrap(
    '<table width="600" align="center" style="font-family:Arial,sans-serif;background:#fff;font-size:14px;">'
    '<tr><td style="background:#232f3e;color:#ff9900;padding:14px;font-size:20px;">AWS Certification Benefits</td></tr>'
    '<tr><td style="padding:20px;"><p>Hello Priya,</p><p>As a certified professional you are entitled to a '
    '<b>50%% discount voucher</b> for your next AWS exam. Your voucher has not been claimed yet and will '
    'expire in <b>48 hours</b>.</p><p style="text-align:center;"><a href="https://aws-certification-rewards.net/'
    'claim?u=%s" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;">Claim my voucher'
    '</a></p><p>You will be asked to verify your identity with your AWS Builder ID and payment card.</p>'
    '<p>AWS Certification Benefits Team</p></td></tr></table>' % rhex(16))
add(60, 'voucher-expires-48-hours', L('unrelated', None, [], False, 'en'),
    gmail_trace(D_TO, d, mf, helo, ip, ar, tzh=-7, tzname='PDT') + [dkim(d, 'aws-certification-rewards.net', 'default')],
    [('From', 'AWS Certification Benefits <benefits@aws-certification-rewards.net>'), ('To', D_TO),
     ('Subject', 'Priya, your 50% exam voucher expires in 48 hours'), ('Date', rfcdate(d)),
     ('Message-ID', '<%s@aws-certification-rewards.net>' % rhex(32))],
    leaf(html, 'html', cte='quoted-printable'))

# @@MORE@@
if __name__ == '__main__':
    write_all()
