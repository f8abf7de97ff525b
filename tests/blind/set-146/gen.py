#!/usr/bin/env python3
"""Generator for blind set 146: whole AWS Certification account-merge cases,
end to end, for about ten users, plus look-alikes.  Writes NNN-*.eml and labels.json."""
import base64
import hashlib
import json
import os
import quopri
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.message import Message
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(146)

JST = timezone(timedelta(hours=9))
UTC = timezone.utc


def tz(h):
    return timezone(timedelta(hours=h))


# ---------------------------------------------------------------- helpers

def rhex(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(rnd.choice(a) for _ in range(n))


def ralnum(n, alpha='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rnd.choice(alpha) for _ in range(n))


def rfc_date(dt):
    return dt.strftime('%a, %d %b %Y %H:%M:%S %z')


def pacific(dt):
    """Gmail writes Received dates in Pacific time."""
    # crude DST: second Sunday of March .. first Sunday of November
    y = dt.year
    u = dt.astimezone(UTC)
    start = datetime(y, 3, 8, 10, tzinfo=UTC)
    start += timedelta(days=(6 - start.weekday()) % 7)
    end = datetime(y, 11, 1, 9, tzinfo=UTC)
    end += timedelta(days=(6 - end.weekday()) % 7)
    if start <= u < end:
        return u.astimezone(tz(-7)).strftime('%a, %d %b %Y %H:%M:%S -0700 (PDT)')
    return u.astimezone(tz(-8)).strftime('%a, %d %b %Y %H:%M:%S -0800 (PST)')


def case15(dt):
    """15-digit display id: unix time of opening + 5 digits."""
    return '%d%05d' % (int(dt.timestamp()), rnd.randint(100, 2999))


def ses_msgid(dt, region='0100'):
    ms = int(dt.timestamp() * 1000)
    return '<%s%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        region, ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def encode_subject(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name='Subject').encode(maxlinelen=76)


def addr(name, a, charset='utf-8'):
    if name is None:
        return a
    return formataddr((name, a), charset=charset)


def leaf(text, subtype='plain', charset='utf-8', cte='qp', codec=None, label=None,
         fmt_flowed=False):
    """A text leaf.  codec = real encoding used, label = charset written in the header
    (they differ for deliberately mislabelled parts)."""
    codec = codec or charset
    label = label or charset
    data = text.encode(codec)
    m = Message()
    ct = 'text/%s; charset="%s"' % (subtype, label) if rnd.random() < 0.5 else \
        'text/%s; charset=%s' % (subtype, label)
    if fmt_flowed:
        ct += '; format=flowed'
    m['Content-Type'] = ct
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'qp':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    else:
        raise ValueError(cte)
    m['Content-Transfer-Encoding'] = cte if cte != 'qp' else 'quoted-printable'
    m.set_payload(payload)
    return m


def multi(subtype, *parts):
    m = Message()
    b = '_%s_' % rhex(20) if rnd.random() < 0.5 else '----=_Part_%d_%d.%d' % (
        rnd.randint(10000, 99999), rnd.randint(100000000, 999999999), rnd.randint(10**12, 10**13))
    m['Content-Type'] = 'multipart/%s; boundary="%s"' % (subtype, b)
    for p in parts:
        m.attach(p)
    return m


def image_part(name, cid):
    m = Message()
    m['Content-Type'] = 'image/png; name="%s"' % name
    m['Content-Transfer-Encoding'] = 'base64'
    m['Content-ID'] = '<%s>' % cid
    m['Content-Disposition'] = 'inline; filename="%s"' % name
    png = base64.b64decode(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')
    m.set_payload(base64.encodebytes(png).decode('ascii'))
    return m


def html_wrap(inner, title='Amazon Web Services', footer=''):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><title>%s</title></head>\n<body style="margin:0;padding:0;'
            'background:#f2f3f3;font-family:Arial,Helvetica,sans-serif;">\n<table width="100%%" '
            'cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n<table width="600" '
            'cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">\n<tr><td style='
            '"background:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/'
            'aws-logo-white.png" alt="AWS" width="60"></td></tr>\n<tr><td style="padding:24px;'
            'font-size:14px;line-height:20px;color:#16191f;">\n%s\n</td></tr>\n<tr><td style="padding:'
            '16px 24px;font-size:11px;color:#687078;border-top:1px solid #eaeded;">%s</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % (title, inner, footer)


def text_to_html(t):
    out = []
    for para in t.strip('\n').split('\n\n'):
        esc = para.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
        out.append('<p>%s</p>' % esc.replace('\n', '<br>\n'))
    return '\n'.join(out)


# ---------------------------------------------------------------- quoting styles

def q(text, prefix='> '):
    lines = []
    for ln in text.rstrip('\n').split('\n'):
        if ln.startswith('>'):
            lines.append(('>' if prefix == '>' else '> ') + ln)
        elif ln == '':
            lines.append('>')
        else:
            lines.append(prefix + ln)
    return '\n'.join(lines) + '\n'


def gmail_quote(dt, name, a, text):
    h = dt.strftime('%a, %b %-d, %Y at %-I:%M %p')
    return 'On %s %s <%s> wrote:\n%s' % (h, name, a, q(text))


def ja_quote(dt, name, a, text):
    wd = '月火水木金土日'[dt.weekday()]
    return '%d年%d月%d日(%s) %d:%02d %s <%s>:\n%s' % (
        dt.year, dt.month, dt.day, wd, dt.hour, dt.minute, name, a, q(text))


def outlook_block(frm, dt, to, subject, text, sep=True, ja=False):
    head = '________________________________\n' if sep else ''
    if ja:
        return head + '差出人: %s\n送信日時: %s\n宛先: %s\n件名: %s\n\n%s' % (
            frm, '%d年%d月%d日 %d:%02d' % (dt.year, dt.month, dt.day, dt.hour, dt.minute),
            to, subject, text)
    return head + 'From: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s' % (
        frm, dt.strftime('%A, %B %-d, %Y %-I:%M %p'), to, subject, text)


def original_message(frm, dt, to, subject, text):
    return '-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s' % (
        frm, dt.strftime('%A, %B %d, %Y %I:%M %p'), to, subject, text)


# ---------------------------------------------------------------- transport / auth

SES_SELECTOR = '224i4yxa5dv7c2xz3womw6peuasteono'
AMZ_SELECTORS = ['zpkik46mrueu52d3326ufxxchortqmsv', 'wl4ubi3hjx7bbhxdsa2wrxsgfvh5ej7c',
                 'rlntogby6xjc7l46xfz4f2ijn5wnmbl5']


def dkim_sig(domain, selector, dt, headers='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    t = int(dt.timestamp())
    return ('DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s=;\n\tb=%s\n\t%s=') % (
        selector, domain, t, headers, rb64(43), rb64(64), rb64(100))


def ses_ip():
    a = rnd.choice([8, 9])
    b = rnd.randint(2, 250)
    return '54.240.%d.%d' % (a, b), 'a%d-%d.smtp-out.amazonses.com' % (a, b)


def sendgrid_ip():
    b, c = rnd.randint(0, 255), rnd.randint(1, 254)
    return '149.72.%d.%d' % (b, c), 'o%d.ptr%d.credly.com' % (rnd.randint(1, 9), rnd.randint(1000, 9999))


def auth_results(style, spf, spf_domain, dkims, dmarc, from_dom, ip, policy='QUARANTINE',
                 mailfrom=None):
    """Build an Authentication-Results header in the provider's style.
    dkims: list of (domain, result).  dmarc: 'pass'/'fail'/None."""
    if style == 'gmail':
        parts = []
        for d, r, sel in dkims:
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (
                r, d, sel, rb64(8)))
        mf = mailfrom or ('bounce@' + spf_domain)
        if spf == 'pass':
            parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) '
                         'smtp.mailfrom=%s' % (mf, ip, mf))
        else:
            parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted '
                         'sender) smtp.mailfrom=%s' % (spf, mf, ip, mf))
        if dmarc:
            dis = 'NONE' if dmarc == 'pass' else policy
            parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
                dmarc, policy, policy, dis, from_dom))
        return 'Authentication-Results: mx.google.com;\n       ' + ';\n       '.join(parts)
    if style == 'outlook':
        d0 = dkims[0][:2] if dkims else ('none', 'none')
        dk = 'dkim=%s (signature was verified) header.d=%s' % (d0[1], d0[0]) if d0[1] == 'pass' \
            else 'dkim=%s (no signature) header.d=none' % d0[1] if d0[1] == 'none' \
            else 'dkim=fail (body hash did not verify) header.d=%s' % d0[0]
        act = 'none' if dmarc in ('pass', 'none', None) else 'quarantine'
        comp = {'pass': 'pass reason=100', 'fail': 'fail reason=000'}.get(dmarc, 'softpass reason=201')
        return ('Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %s;dmarc=%s '
                'action=%s\n header.from=%s;compauth=%s') % (
            spf, ip, spf_domain, dk, dmarc or 'none', act, from_dom, comp)
    # Japanese providers / others: style is the authserv-id
    parts = ['spf=%s smtp.mailfrom=%s' % (spf, mailfrom or spf_domain)]
    for d, r, _sel in dkims:
        parts.append('dkim=%s header.d=%s' % (r, d))
    if dmarc:
        parts.append('dmarc=%s header.from=%s' % (dmarc, from_dom))
    return 'Authentication-Results: %s;\n\t%s' % (style, ';\n\t'.join(parts))


def trace(provider, rcpt, dt, sender='ses', dmarc='pass', spf='pass', dkim='pass',
          from_dom='amazon.com', forged_below=None, extra_top=None, ip=None, helo=None,
          mailfrom=None, sign_domain=None):
    """Return (trace_header_text, sender_side_header_text)."""
    if sender == 'ses':
        ip0, helo0 = ses_ip()
        mailfrom = mailfrom or ses_msgid(dt)[1:-len('@email.amazonses.com>')] + '@amazonses.com'
        spf_domain = 'amazonses.com'
        sign_domain = sign_domain or 'amazon.com'
        sel = rnd.choice(AMZ_SELECTORS)
        dkims = [(sign_domain, dkim, sel), ('amazonses.com', 'pass', SES_SELECTOR)]
        sender_side = [dkim_sig(sign_domain, sel, dt),
                       dkim_sig('amazonses.com', SES_SELECTOR, dt,
                                'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:Feedback-ID'),
                       'Feedback-ID: ::1.us-east-1.%s=:AmazonSES' % rb64(43),
                       'X-SES-Outgoing: %s-%s' % (dt.astimezone(UTC).strftime('%Y.%m.%d'), ip0)]
    elif sender == 'sendgrid':
        ip0, helo0 = sendgrid_ip()
        mailfrom = mailfrom or 'bounces+%d-%s-%s@em.credly.com' % (
            rnd.randint(1000000, 9999999), rhex(4), rcpt.replace('@', '='))
        spf_domain = 'em.credly.com'
        sign_domain = sign_domain or 'credly.com'
        dkims = [(sign_domain, dkim, 's1'), ('sendgrid.info', 'pass', 'smtpapi')]
        sender_side = [dkim_sig(sign_domain, 's1', dt), dkim_sig('sendgrid.info', 'smtpapi', dt)]
    else:  # generic: sender is dict
        ip0, helo0 = sender['ip'], sender['helo']
        mailfrom = mailfrom or sender['mailfrom']
        spf_domain = mailfrom.split('@')[1]
        sign_domain = sign_domain or sender.get('dkim')
        dkims = [(sign_domain, dkim, sender.get('sel', 's1'))] if sign_domain else []
        sender_side = [dkim_sig(sign_domain, sender.get('sel', 's1'), dt)] if sign_domain else []
    ip = ip or ip0
    helo = helo or helo0
    arr = dt + timedelta(seconds=rnd.randint(1, 4))
    lines = []
    if extra_top:
        lines.extend(extra_top)
    if provider in ('gmail', 'workspace'):
        gid = ralnum(20, 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')
        ar = auth_results('gmail', spf, spf_domain, dkims, dmarc, from_dom, ip, mailfrom=mailfrom)
        lines += [
            'Delivered-To: %s' % rcpt,
            'Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
                rhex(4), rhex(3), rhex(3), rhex(4), rhex(4), ralnum(8), pacific(arr)),
            'X-Google-Smtp-Source: AGHT+I%s' % rb64(60),
            'X-Received: by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (
                rhex(4), rhex(3), rhex(3), rhex(4), ralnum(12), rhex(8), rnd.randint(10, 99),
                rnd.randint(10**12, 10**13), pacific(arr)),
            'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n'
            '        b=%s' % (int(arr.timestamp()), rb64(70)),
            'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; '
            's=arc-20240605;\n        h=feedback-id:mime-version:subject:message-id:to:from:date\n'
            '        :dkim-signature:dkim-signature;\n        bh=%s=;\n        b=%s' % (
                rb64(43), rb64(70)),
            'ARC-Authentication-Results: i=1; mx.google.com;' + ar.split('mx.google.com;', 1)[1],
            'Return-Path: <%s>' % mailfrom,
            'Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%d\n'
            '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);'
            '\n        %s' % (helo, helo, ip, ralnum(12), rhex(8), rnd.randint(10, 99),
                               rnd.randint(10**12, 10**13), rcpt, pacific(arr)),
            'Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
                spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip),
            ar,
        ]
        if gid:
            pass
    elif provider == 'outlook':
        host = 'CH%dPR%02dMB%04d.namprd%02d.prod.outlook.com' % (
            rnd.randint(2, 3), rnd.randint(1, 20), rnd.randint(1000, 9999), rnd.randint(10, 20))
        edge = 'BN%dPEPF%08d.namprd%02d.prod.outlook.com' % (
            rnd.randint(1, 3), rnd.randint(1000, 99999), rnd.randint(10, 20))
        ar = auth_results('outlook', spf, spf_domain, dkims, dmarc, from_dom, ip, mailfrom=mailfrom)
        lines += [
            'Received: from %s (::1) by\n %s with HTTPS; %s' % (
                edge, host, arr.astimezone(UTC).strftime('%a, %-d %b %Y %H:%M:%S +0000')),
            'Received: from %s (2603:10b6:%s::%s) by\n %s (2603:10b6:%s::%s) with Microsoft SMTP '
            'Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; '
            '%s' % (edge, rhex(3), rhex(2), host, rhex(3), rhex(2), rnd.randint(7000, 8999),
                    rnd.randint(10, 40), arr.astimezone(UTC).strftime('%a, %-d %b %Y %H:%M:%S +0000')),
            ar,
            'Received-SPF: %s (protection.outlook.com: domain of %s %s %s as permitted sender)\n'
            ' receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (
                spf.capitalize(), spf_domain, 'designates' if spf == 'pass' else 'does not designate',
                ip, ip, helo),
            'Received: from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server\n'
            ' (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n'
            ' Transport; %s' % (helo, ip, edge, rnd.randint(2, 250), rnd.randint(7000, 8999),
                                rnd.randint(10, 40),
                                arr.astimezone(UTC).strftime('%a, %-d %b %Y %H:%M:%S +0000')),
            'X-MS-Exchange-Organization-ExpirationStartTime: %s' % arr.astimezone(UTC).strftime(
                '%d %b %Y %H:%M:%S.%f')[:-3] + 'Z',
            'X-MS-Exchange-Organization-Network-Message-Id: %s-%s-%s-%s-%s' % (
                rhex(8), rhex(4), rhex(4), rhex(4), rhex(12)),
            'X-MS-Exchange-Organization-SCL: 1',
            'X-MS-Exchange-Organization-AuthSource: %s' % edge,
            'X-MS-Exchange-Organization-AuthAs: Anonymous',
            'Return-Path: %s' % mailfrom,
        ]
    elif provider == 'selfhosted':
        lines += [
            'Return-Path: <%s>' % mailfrom,
            'Delivered-To: %s' % rcpt,
            'Received: from localhost (localhost [127.0.0.1])\n\tby mail.%s (Postfix) with ESMTP id %s'
            '\n\tfor <%s>; %s' % (rcpt.split('@')[1], rhex(10).upper(), rcpt,
                                  rfc_date(arr.astimezone(tz(1)))),
            'X-Virus-Scanned: Debian amavisd-new at mail.%s' % rcpt.split('@')[1],
            'Received: from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                helo, helo, ip, rcpt.split('@')[1], rhex(10).upper(), rcpt,
                rfc_date(arr.astimezone(tz(1)))),
        ]
    else:  # Japanese provider: provider = (authserv-id, mta host)
        authserv, mta = provider
        ar = auth_results(authserv, spf, spf_domain, dkims, dmarc, from_dom, ip, mailfrom=mailfrom)
        lines += [
            'Return-Path: <%s>' % mailfrom,
            'Delivered-To: %s' % rcpt,
            'Received: from %s ([%s])\n          by %s with ESMTP\n          id <%s.%s@%s>\n'
            '          for <%s>; %s' % (
                helo, ip, mta, rhex(16), rhex(8), mta, rcpt, rfc_date(arr.astimezone(JST))),
            ar,
        ]
    if forged_below:
        lines.append(forged_below)
    return '\n'.join(lines), '\n'.join(sender_side)


# ---------------------------------------------------------------- assembling mails

AID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-_]?(\d{8})(?![0-9])', re.I)

MAILS = []


def ids_in(text):
    return sorted(set('AWS' + m for m in AID_RE.findall(text)))


def make(slug, kind, *, body, frm, to, subject, dt, trace_hdrs='', sender_hdrs='', msgid=None,
         case_id=None, lang='en', sv=None, new=None, extra=None, cc=None, reply_to=None,
         subject_charset='utf-8', from_charset='utf-8'):
    """body: Message (leaf/multipart).  new: the text of the NEW top part (for id labels)."""
    assert new is not None, slug
    top = Message()
    top['From'] = frm if isinstance(frm, str) else addr(frm[0], frm[1], from_charset)
    top['To'] = to
    if cc:
        top['Cc'] = cc
    if reply_to:
        top['Reply-To'] = reply_to
    top['Subject'] = encode_subject(subject, subject_charset)
    top['Date'] = rfc_date(dt)
    top['Message-ID'] = msgid or '<%s@%s>' % (rhex(24), 'mail.gmail.com')
    for k, v in (extra or []):
        top[k] = v
    top['MIME-Version'] = '1.0'
    for k, v in body.items():
        top[k] = v
    if body.is_multipart():
        for p in body.get_payload():
            top.attach(p)
    else:
        top.set_payload(body.get_payload())
    from email.policy import compat32
    raw = top.as_bytes(policy=compat32.clone(max_line_length=998))
    head = trace_hdrs.strip('\n')
    if sender_hdrs:
        head = head + '\n' + sender_hdrs.strip('\n') if head else sender_hdrs.strip('\n')
    if head:
        raw = head.encode('utf-8') + b'\n' + raw
    n = len(MAILS) + 1
    fname = '%03d-%s.eml' % (n, slug)
    label = {'kind': kind, 'case_id': case_id, 'account_ids': ids_in(new),
             'sender_verified': sv, 'language': lang}
    MAILS.append((fname, raw, label, new))
    return fname


def write_all():
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fname, raw, label, _ in MAILS:
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(raw)
        labels[fname] = label
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
    print('wrote', len(MAILS), 'mails')


# ---------------------------------------------------------------- common AWS texts

FORM_FROM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE_FROM = ('Amazon Web Services', 'no-reply-aws@amazon.com')
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def support_center_link(case_id, lang='en'):
    return ('https://support.console.aws.amazon.com/support/home#/case/?displayId=%s'
            '&language=%s' % (case_id, lang))


CONSOLE_FOOTER_EN = (
    'Was this response helpful? Click here to rate:\n'
    'https://console.aws.amazon.com/support/feedback?displayId={cid}&language=en&rating=5\n\n'
    'To contact us again about this case, please return to the AWS Support Center using the '
    'following URL:\n\n{link}\n\n'
    '*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n'
    'To respond to this case, please follow the link above to respond from your AWS Support '
    'Center.*\n\n'
    'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
    'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
    'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n')

FORM_FOOTER_EN = (
    '\n\nWe value your feedback. Please share your experience by rating this correspondence '
    'using the AWS Support Center link at the end of this correspondence.\n\n'
    'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered '
    'trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web '
    'Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n\n'
    'Reference: [{ref}]\n')


def form_ref():
    return 'ref:_%s._%s:ref' % (ralnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'),
                                ralnum(11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'))


# ================================================================= the mails

def body_of(text, html=None, html_only=False, charset='utf-8', cte='qp', hcte=None, codec=None,
            label=None, related=False):
    if html_only:
        return leaf(html, 'html', charset, hcte or cte, codec=codec, label=label)
    if html is None:
        return leaf(text, 'plain', charset, cte, codec=codec, label=label)
    alt = multi('alternative', leaf(text, 'plain', charset, cte, codec=codec, label=label),
                leaf(html, 'html', charset, hcte or cte, codec=codec, label=label))
    if related:
        return multi('related', alt, image_part('aws-logo.png', 'logo-%s@amazon.com' % rhex(8)))
    return alt


def aws(slug, kind, *, provider, rcpt, dt, subject, body, new, case_id, lang='en', sv=True,
        frm=FORM_FROM, dmarc='pass', dkim='pass', to=None, forged_below=None, extra=None,
        sign_domain=None, spf='pass'):
    tr, ss = trace(provider, rcpt, dt, 'ses', dmarc=dmarc, dkim=dkim, from_dom='amazon.com',
                   forged_below=forged_below, sign_domain=sign_domain, spf=spf)
    return make(slug, kind, body=body, frm=frm, to=to or rcpt, subject=subject, dt=dt,
                trace_hdrs=tr, sender_hdrs=ss, msgid=ses_msgid(dt), case_id=case_id, lang=lang,
                sv=sv, new=new, extra=extra)


def credly(slug, *, provider, rcpt, dt, subject, text, html, new, kind='credly_badge_issued',
           sv=True, frm=None, acclaim=False, dmarc='pass'):
    if acclaim:
        frm = frm or ('Amazon Web Services Training and Certification via Acclaim',
                      'admin@youracclaim.com')
        tr, ss = trace(provider, rcpt, dt, 'sendgrid', from_dom='youracclaim.com',
                       sign_domain='youracclaim.com', dmarc=dmarc,
                       mailfrom='bounces+%d-%s-%s@em.youracclaim.com' % (
                           rnd.randint(1000000, 9999999), rhex(4), rcpt.replace('@', '=')))
        mid = '<%s.%s@youracclaim.com>' % (rhex(16), rhex(6))
    else:
        frm = frm or ('AWS Training & Certification via Credly', 'admin@credly.com')
        tr, ss = trace(provider, rcpt, dt, 'sendgrid', from_dom='credly.com', dmarc=dmarc)
        mid = '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('/', '_').replace('+', '-'),
                                         rnd.randint(1, 40))
    body = multi('alternative', leaf(text, 'plain', 'utf-8', 'qp'),
                 leaf(html, 'html', 'utf-8', 'qp'))
    return make(slug, kind, body=body, frm=frm, to=rcpt, subject=subject, dt=dt, trace_hdrs=tr,
                sender_hdrs=ss, msgid=mid, case_id=None, lang='en', sv=sv, new=new,
                extra=[('X-SG-EID', rb64(60)), ('List-Unsubscribe',
                       '<https://www.credly.com/notification_settings/unsubscribe?token=%s>' % rhex(32))])


def credly_html(greeting, lines, button='Accept your badge', url='', badge=''):
    inner = ''.join('<p style="margin:0 0 14px 0;">%s</p>\n' % l for l in lines)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f5f5f5;'
            'font-family:Helvetica,Arial,sans-serif;">\n<table align="center" width="560" '
            'style="background:#fff;border-radius:4px;"><tr><td style="padding:32px;">\n'
            '<img src="https://images.credly.com/size/340x340/images/%s/image.png" width="120" '
            'alt="%s">\n<h2 style="color:#1d1d1d;">%s</h2>\n%s<p><a href="%s" style="background:'
            '#ff6b00;color:#fff;padding:12px 24px;border-radius:3px;text-decoration:none;">%s</a>'
            '</p>\n<p style="font-size:11px;color:#888;">Credly, Inc. &middot; 13355 Noel Rd, Ste '
            '1100, Dallas, TX 75240<br><a href="https://www.credly.com/notification_settings">'
            'Notification settings</a></p>\n</td></tr></table></body></html>\n') % (
        rhex(8) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(4) + '-' + rhex(12), badge, greeting,
        inner, url, button)


# ----------------------------------------------------------------- user A: Kenji Tanaka
# Japanese form-desk case, Gmail.  old AWS04417268 -> survivor AWS11883705.
A_RC = 'kenji.tanaka.dev@gmail.com'
A_OPEN = datetime(2025, 5, 27, 14, 2, 11, tzinfo=UTC)
A_CASE = case15(A_OPEN)
A_SUBJ = FORM_SUBJ
A_AGENT = '佐藤'

a1 = ('田中 健二 様\n\n'
      'AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。\n'
      'お問い合わせを受け付け、ケースを作成いたしました。\n\n'
      'ケース番号: %s\n'
      'お問い合わせの種類: 認定 (Certification)\n'
      'お問い合わせの詳細: アカウントの統合 (Account Merge)\n'
      'AWS 受験者 ID: AWS04417268\n\n'
      '担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。\n'
      '追加の情報がある場合は、このメールにそのままご返信ください。同じ内容で新しいお問い合わせを'
      '作成されますと、回答が遅れる原因となりますのでご遠慮ください。\n\n'
      '※本メールは送信専用のシステムから自動で送信されています。\n\n'
      'AWS トレーニングと認定 カスタマーサポート\n'
      'https://aws.amazon.com/jp/training/\n') % A_CASE
aws('kenji-form-ack-ja', 'case_created', provider='gmail', rcpt=A_RC, dt=A_OPEN + timedelta(seconds=9),
    subject='[CASE %s] %s' % (A_CASE, A_SUBJ),
    body=body_of(a1, charset='iso-2022-jp', cte='7bit'), new=a1, case_id=A_CASE, lang='ja')

a2_dt = datetime(2025, 5, 28, 9, 40, 3, tzinfo=UTC)
a2 = ('田中 健二 様\n\n'
      'AWS トレーニングと認定 カスタマーサポートの%sでございます。\n'
      'この度はお問い合わせいただき、誠にありがとうございます。\n\n'
      'アカウント統合のご依頼につきまして、お知らせいただいた受験者 ID（AWS04417268）のほかに、'
      '同じお名前・生年月日で登録されたアカウント（AWS11883705）を確認いたしました。\n\n'
      '手続きを進めるにあたり、恐れ入りますが以下の 2 点についてご返信いただけますでしょうか。\n\n'
      '1. それぞれのアカウントにサインインする際にご利用のメールアドレス\n'
      '2. 統合後に残すアカウント（今後ご利用になる受験者 ID）\n\n'
      'ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。\n\n'
      '%s\n'
      'AWS トレーニングと認定 カスタマーサポート\n') % (A_AGENT, A_AGENT)
a2_full = a2 + FORM_FOOTER_EN.format(ref=form_ref())
aws('kenji-agent-asks-which-account-ja', 'support_reply', provider='gmail', rcpt=A_RC, dt=a2_dt,
    subject='RE:[CASE %s] %s' % (A_CASE, A_SUBJ),
    body=body_of(a2_full, html_wrap(text_to_html(a2_full)), cte='base64'), new=a2,
    case_id=A_CASE, lang='ja')

# user's reply (not in the mailbox as a separate mail; appears quoted)
a_user1_dt = datetime(2025, 5, 28, 21, 15, tzinfo=JST)
a_user1 = ('佐藤様\n\n'
           'ご連絡ありがとうございます。\n\n'
           '1. AWS04417268: k.tanaka@old-corp.co.jp（前職の会社のアドレスで、現在は受信できません）\n'
           '   AWS11883705: kenji.tanaka.dev@gmail.com\n'
           '2. AWS11883705 のほうを残したいです。\n\n'
           'よろしくお願いいたします。\n田中\n')
a3_dt = datetime(2025, 5, 29, 2, 5, 44, tzinfo=UTC)
a3 = ('田中 健二 様\n\n'
      'ご返信いただき、ありがとうございます。\n'
      'いただいた情報をもとに、以下の内容でアカウントの統合を行う予定です。\n\n'
      '  統合元（統合後に無効となるアカウント）: AWS04417268（k.tanaka@old-corp.co.jp）\n'
      '  統合先（存続するアカウント）　　　　　: AWS11883705（kenji.tanaka.dev@gmail.com）\n\n'
      '統合後は、AWS04417268 に登録されている認定資格および受験履歴がすべて AWS11883705 に移行され、'
      'AWS04417268 ではサインインできなくなります。なお、一度統合したアカウントを元に戻すことは'
      'できませんので、あらかじめご了承ください。\n\n'
      '上記の内容でお間違いがなければ、このメールにご返信いただき、統合を進めてよい旨をお知らせ'
      'ください。ご承認をいただき次第、手続きを開始いたします。\n\n'
      '%s\nAWS トレーニングと認定 カスタマーサポート\n') % A_AGENT
a3_full = (a3 + '\n' + ja_quote(a_user1_dt, '田中健二', A_RC,
                                a_user1 + '\n' + ja_quote(a2_dt.astimezone(JST), 'Amazon Web Services',
                                                          FORM_FROM[1], a2)))
aws('kenji-agent-confirm-merge-ja', 'merge_confirmation_requested', provider='gmail', rcpt=A_RC,
    dt=a3_dt, subject='RE:[CASE %s] %s' % (A_CASE, A_SUBJ),
    body=body_of(a3_full + FORM_FOOTER_EN.format(ref=form_ref()), cte='base64'), new=a3,
    case_id=A_CASE, lang='ja')

a_user2_dt = datetime(2025, 5, 29, 13, 2, tzinfo=JST)
a_user2 = ('The details are correct. Please proceed with the merge.\n'
           '内容に相違ありません。統合をお願いいたします。\n\n田中\n')
a4_dt = datetime(2025, 5, 29, 7, 20, 31, tzinfo=UTC)
a4 = ('田中 健二 様\n\n'
      'ご確認いただき、ありがとうございます。\n'
      'ご承認いただきましたので、これより AWS04417268 から AWS11883705 への統合手続きを進めて'
      'まいります。\n\n'
      '手続きには通常 1～3 営業日ほどお時間をいただいております。完了いたしましたら、あらためて'
      'メールにてご連絡いたします。それまでの間、新たにケースを作成いただく必要はございません。\n\n'
      '引き続きよろしくお願いいたします。\n\n'
      '%s\nAWS トレーニングと認定 カスタマーサポート\n') % A_AGENT
a4_full = a4 + '\n' + ja_quote(a_user2_dt, '田中健二', A_RC,
                               a_user2 + '\n' + ja_quote(a3_dt.astimezone(JST), 'Amazon Web Services',
                                                         FORM_FROM[1], a3))
aws('kenji-agent-thanks-will-proceed-ja', 'support_reply', provider='gmail', rcpt=A_RC, dt=a4_dt,
    subject='RE:[CASE %s] %s' % (A_CASE, A_SUBJ),
    body=body_of(a4_full, html_wrap(text_to_html(a4_full)), cte='qp'), new=a4, case_id=A_CASE,
    lang='ja')

a5_dt = datetime(2025, 5, 30, 1, 12, 8, tzinfo=UTC)
a5 = ('田中 健二 様\n\n'
      'いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの%sです。\n\n'
      'お待たせいたしました。ご依頼いただいておりましたアカウントの統合が完了いたしました。\n'
      '旧アカウント AWS04417268 の認定資格および受験履歴は、すべて AWS11883705 に移行済みです。\n\n'
      '今後は kenji.tanaka.dev@gmail.com で AWS Certification アカウントにサインインしていただき、'
      '以下をご確認ください。\n'
      '・認定資格の一覧にすべての資格が表示されていること\n'
      '・特典（次回試験の 50%% 割引バウチャーなど）が引き継がれていること\n'
      '・Credly のデジタルバッジ（移行には数日かかる場合がございます）\n\n'
      'ご不明な点がございましたら、このメールにご返信ください。\n\n'
      '%s\nAWS トレーニングと認定 カスタマーサポート\n') % (A_AGENT, A_AGENT)
aws('kenji-merge-done-ja', 'merge_completed', provider='gmail', rcpt=A_RC, dt=a5_dt,
    subject='RE:[CASE %s] %s' % (A_CASE, A_SUBJ),
    body=body_of(a5 + FORM_FOOTER_EN.format(ref=form_ref()),
                 html_wrap(text_to_html(a5)), cte='base64'),
    new=a5, case_id=A_CASE, lang='ja')

a6_dt = a5_dt + timedelta(minutes=1, seconds=12)
a6 = ('田中 健二 様\n\n'
      'お問い合わせいただいたケース（ケース番号: %s）は解決済みとしてクローズされました。\n\n'
      '今後のサービス向上のため、簡単なアンケートにご協力いただけますと幸いです。\n'
      '今回のお問い合わせで問題は解決しましたか？\n\n'
      '  はい: https://survey.aws.amazon.com/s/tc?case=%s&resolved=yes\n'
      '  いいえ: https://survey.aws.amazon.com/s/tc?case=%s&resolved=no\n\n'
      '担当者の対応を 5 段階で評価していただくこともできます。所要時間は 1 分程度です。\n\n'
      'AWS トレーニングと認定\n') % (A_CASE, A_CASE, A_CASE)
a6_html = html_wrap(
    '<p>田中 健二 様</p><p>お問い合わせいただいたケース（ケース番号: %s）は解決済みとして'
    'クローズされました。</p><p style="font-size:16px;font-weight:bold;">今回のお問い合わせで問題は'
    '解決しましたか？</p><table><tr><td style="padding:8px 20px;background:#ec7211;"><a style="color:'
    '#fff;" href="https://survey.aws.amazon.com/s/tc?case=%s&amp;resolved=yes">はい</a></td><td '
    'style="padding:8px 20px;background:#545b64;"><a style="color:#fff;" href="https://survey.aws.'
    'amazon.com/s/tc?case=%s&amp;resolved=no">いいえ</a></td></tr></table><p>担当者の対応を 5 段階で'
    '評価していただくこともできます。</p>' % (A_CASE, A_CASE, A_CASE),
    footer='Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210')
aws('kenji-case-closed-survey-ja', 'survey', provider='gmail', rcpt=A_RC, dt=a6_dt,
    subject='[CASE %s] ケースはクローズされました。アンケートにご協力ください' % A_CASE,
    body=body_of(a6, a6_html, cte='base64'), new=a6, case_id=A_CASE, lang='ja')

a7_dt = datetime(2025, 5, 30, 10, 55, 40, tzinfo=UTC)
a7_url = 'https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s' % (
    rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
a7 = ('Hi Kenji,\n\n'
      'Amazon Web Services Training and Certification has issued you a new badge:\n\n'
      '    AWS Certified Developer - Associate\n\n'
      'Accept your badge to add it to your Credly profile and share it on LinkedIn, in your '
      'e-mail signature, or anywhere you showcase your achievements.\n\n'
      'Accept your badge:\n%s\n\n'
      'Questions about this badge? Contact the issuer at '
      'https://aws.amazon.com/certification/contact-us/\n\n'
      'Credly, Inc. 13355 Noel Rd, Ste 1100, Dallas, TX 75240\n'
      'Manage notification settings: https://www.credly.com/notification_settings\n') % a7_url
credly('kenji-credly-badge-issued', provider='gmail', rcpt=A_RC, dt=a7_dt,
       subject='Kenji, you have been issued a new badge from Amazon Web Services Training and '
               'Certification',
       text=a7, html=credly_html('Hi Kenji, you have a new badge!', [
           'Amazon Web Services Training and Certification has issued you a new badge: '
           '<b>AWS Certified Developer &ndash; Associate</b>.',
           'Accept your badge to add it to your Credly profile and share it with your network.'],
           url=a7_url, badge='AWS Certified Developer - Associate'), new=a7)

# ----------------------------------------------------------------- user B: Sarah Miller
# 2022 console (Support Center) case, 11-digit id, Outlook.com mailbox.
B_RC = 'sarah.miller@outlook.com'
B_CASE = '11024386571'
B_SUBJ = 'Duplicate certification accounts - please merge'
B_LINK = support_center_link(B_CASE)


def console_footer(cid):
    return CONSOLE_FOOTER_EN.format(cid=cid, link=support_center_link(cid))


b1_dt = datetime(2022, 9, 12, 19, 31, 7, tzinfo=UTC)
b1_user = ('Hello, I have two AWS Certification accounts. AWS02934471 is my main one '
           '(sarah.miller@outlook.com). I accidentally created AWS-09112355 with my work email '
           's.miller@brightwave-analytics.com when I scheduled my last exam. Please merge them so '
           'that all my certifications are under AWS02934471.\n\nThanks,\nSarah Miller')
b1 = ('Dear Sarah Miller,\n\n'
      'Thank you for contacting Amazon Web Services. We have opened case %s to address your '
      'issue.\n\n'
      'The details of your case are as follows:\n\n'
      'Case ID: %s\nSubject: %s\nSeverity: General guidance\n'
      'Correspondence: %s\n\n'
      'We will respond to your case as soon as possible. You can view your case in the Support '
      'Center at:\n%s\n\n') % (B_CASE, B_CASE, B_SUBJ, b1_user, B_LINK)
b1_full = b1 + ('Please note: this e-mail was sent from an address that cannot accept incoming '
                'e-mails. To respond to this case, please use the link above.\n\n'
                'Sincerely,\nAmazon Web Services\n\nAmazon Web Services, Inc. is a subsidiary of '
                'Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This '
                'message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. '
                'North, Seattle, WA 98109-5210\n')
aws('sarah-console-case-opened', 'case_created', provider='outlook', rcpt=B_RC, dt=b1_dt,
    frm=CONSOLE_FROM, subject='Amazon Web Services: You have opened a new Support case: %s' % B_CASE,
    body=body_of(b1_full, html_wrap(text_to_html(b1_full)), cte='qp'), new=b1, case_id=B_CASE)

b2_dt = datetime(2022, 9, 13, 16, 48, 51, tzinfo=UTC)
b2 = ('Hello Sarah,\n\n'
      "Thanks for reaching out, and I'm sorry for the trouble with the duplicate profile.\n\n"
      'I located both Certification accounts under your name:\n\n'
      '- AWS02934471 - sarah.miller@outlook.com (3 active certifications, created 2019)\n'
      '- AWS09112355 - s.miller@brightwave-analytics.com (1 certification, created 2022)\n\n'
      'As you requested, AWS09112355 would be merged into AWS02934471. AWS02934471 stays '
      'active; AWS09112355 will be deactivated and you will no longer be able to sign in with '
      'it. Please be aware that this cannot be reversed once it has been completed.\n\n'
      'Before I submit this to our Certification team, could you please reply to this case in '
      'the Support Center confirming that the above is correct and that you would like us to go '
      'ahead?\n\n'
      'Best regards,\n\nRachel K.\nAmazon Web Services\n')
b2_full = b2 + '\n=====================================================\n\n' + console_footer(B_CASE)
aws('sarah-console-agent-confirm', 'merge_confirmation_requested', provider='outlook', rcpt=B_RC,
    dt=b2_dt, frm=CONSOLE_FROM, subject='RE:[CASE %s] %s' % (B_CASE, B_SUBJ),
    body=body_of(b2_full, html_wrap(text_to_html(b2_full)), cte='qp'), new=b2, case_id=B_CASE)

b3_dt = datetime(2022, 9, 14, 9, 2, 37, tzinfo=UTC)
b3 = ('Dear Customer,\n\n'
      'We have added a new correspondence to your AWS Support case %s.\n\n'
      'Subject: %s\n\n'
      'To view the correspondence and respond, please sign in to the AWS Support Center:\n%s\n\n'
      'Sincerely,\nAmazon Web Services\n') % (B_CASE, B_SUBJ, B_LINK)
aws('sarah-new-correspondence-notice', 'support_reply', provider='outlook', rcpt=B_RC, dt=b3_dt,
    frm=CONSOLE_FROM, subject='[Case %s] New correspondence added' % B_CASE,
    body=body_of(b3 + '\nThis e-mail was sent from an address that cannot accept incoming '
                 'e-mails.\n', cte='7bit', charset='us-ascii'), new=b3, case_id=B_CASE)

b4_dt = datetime(2022, 9, 15, 21, 14, 6, tzinfo=UTC)
b4 = ('Hi Sarah,\n\n'
      'Good news: the consolidation of your two Certification profiles is finished. Your exam '
      'history and all four certifications now show under AWS02934471, and the duplicate '
      'profile AWS09112355 has been retired.\n\n'
      'Please sign in at https://www.aws.training/Certification with sarah.miller@outlook.com and '
      'check that everything looks right. Your digital badges will be issued again by Credly to '
      'the e-mail address on the remaining account; this usually takes 2-3 business days.\n\n'
      "If anything looks off, just reply here and I'll take another look.\n\n"
      'Best regards,\n\nRachel K.\nAmazon Web Services\n')
b4_full = b4 + '\n=====================================================\n\n' + console_footer(B_CASE)
aws('sarah-console-profiles-consolidated', 'merge_completed', provider='outlook', rcpt=B_RC,
    dt=b4_dt, frm=CONSOLE_FROM, subject='RE:[CASE %s] %s' % (B_CASE, B_SUBJ),
    body=body_of(b4_full, html_wrap(text_to_html(b4_full)), cte='base64'), new=b4, case_id=B_CASE)

b5_dt = datetime(2022, 9, 18, 21, 30, 2, tzinfo=UTC)
b5 = ('Dear Sarah Miller,\n\n'
      'Your AWS Support case %s ("%s") has been resolved. If we have not heard from you, the '
      'case will remain resolved; you can reopen it at any time in the Support Center:\n%s\n\n'
      'How did we do? Please take a minute to tell us about your experience with this case.\n\n'
      'Was your issue resolved?\n'
      'YES: https://console.aws.amazon.com/support/survey?displayId=%s&resolved=1\n'
      'NO:  https://console.aws.amazon.com/support/survey?displayId=%s&resolved=0\n\n'
      'Sincerely,\nAmazon Web Services\n') % (B_CASE, B_SUBJ, B_LINK, B_CASE, B_CASE)
aws('sarah-case-resolved-survey', 'survey', provider='outlook', rcpt=B_RC, dt=b5_dt,
    frm=CONSOLE_FROM, subject='Your AWS Support case %s has been resolved' % B_CASE,
    body=body_of(b5, html_wrap(text_to_html(b5)), cte='qp'), new=b5, case_id=B_CASE)

b6_dt = datetime(2022, 9, 17, 14, 3, 29, tzinfo=UTC)
b6_url = 'https://www.credly.com/badges/%s-%s-%s-%s-%s/accept' % (
    rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
b6 = ('Sarah, you earned a badge!\n\n'
      'Amazon Web Services Training and Certification has issued you the badge '
      '"AWS Certified Machine Learning - Specialty".\n\n'
      'Claim it now and let your professional network know about your achievement.\n\n'
      'Accept Badge: %s\n\n'
      'Why should I accept my badge? Badges are a trusted, verified representation of your '
      'skills that you can share in one click.\n\n'
      'Credly, Inc. | 13355 Noel Rd, Ste 1100, Dallas, TX 75240\n'
      'Unsubscribe from these notifications: https://www.credly.com/notification_settings\n') % b6_url
credly('sarah-credly-ml-specialty-badge', provider='outlook', rcpt=B_RC, dt=b6_dt,
       subject="Sarah, you've earned a badge from Amazon Web Services Training and Certification!",
       text=b6, html=credly_html('Sarah, you earned a badge!', [
           'Amazon Web Services Training and Certification has issued you the badge '
           '&ldquo;AWS Certified Machine Learning &ndash; Specialty&rdquo;.',
           'Claim it now and let your professional network know about your achievement.'],
           button='Accept Badge', url=b6_url, badge='AWS Certified Machine Learning - Specialty'),
       new=b6)

# ----------------------------------------------------------------- user C: Priya Raman
# 2025 form desk, Google Workspace; opens a second case by mistake.
C_RC = 'priya@nimbuslabs.io'
C_OPEN_A = datetime(2025, 3, 10, 9, 14, 22, tzinfo=UTC)
C_CASE_A = case15(C_OPEN_A)
C_OPEN_B = datetime(2025, 3, 11, 16, 40, 5, tzinfo=UTC)
C_CASE_B = case15(C_OPEN_B)


def form_ack_en(name, cid, aid, detail='Account Merge', extra=''):
    return ('Hello %s,\n\n'
            'Thank you for contacting AWS Training and Certification. This is an automated '
            'message to let you know that we have received your inquiry and created case %s.\n\n'
            'Inquiry type: Certification\nInquiry detail: %s\nAWS candidate ID: %s\n%s\n'
            'A member of our team will review your request and respond, in most cases within 24 '
            'hours. To add information, simply reply to this e-mail and keep the case number in '
            'the subject line. Please do not open a new case for the same request, as this may '
            'delay our response.\n\n'
            'Regards,\nAWS Training and Certification Customer Support\n') % (
        name, cid, detail, aid, extra)


c1 = form_ack_en('Priya', C_CASE_A, 'AWS07356102')
aws('priya-form-ack-case-a', 'case_created', provider='workspace', rcpt=C_RC,
    dt=C_OPEN_A + timedelta(seconds=6), subject='[CASE %s] %s' % (C_CASE_A, FORM_SUBJ),
    body=body_of(c1, html_wrap(text_to_html(c1)), cte='qp'), new=c1, case_id=C_CASE_A)

c2 = form_ack_en('Priya', C_CASE_B, 'aws12094487')
aws('priya-form-ack-duplicate-case-b', 'case_created', provider='workspace', rcpt=C_RC,
    dt=C_OPEN_B + timedelta(seconds=11), subject='[CASE %s] %s' % (C_CASE_B, FORM_SUBJ),
    body=body_of(c2, html_wrap(text_to_html(c2)), cte='base64'), new=c2, case_id=C_CASE_B)

c3_dt = datetime(2025, 3, 12, 8, 55, 19, tzinfo=UTC)
c3 = ('Hi Priya,\n\n'
      'Thank you for getting in touch with AWS Training and Certification.\n\n'
      'I can see that you already have an open request for the same account consolidation '
      'under case %s, which was submitted on March 10 and is currently with our team. To make '
      'sure your request is handled once and that no conflicting changes are made, we will '
      'continue to assist you on that case and close this one.\n\n'
      'There is no need to resubmit anything. If you would like to add details, please reply to '
      'the e-mail thread for case %s instead of opening a new case.\n\n'
      'Kind regards,\nJoseph\nAWS Training and Certification\n') % (C_CASE_A, C_CASE_A)
aws('priya-agent-duplicate-case-notice', 'support_reply', provider='workspace', rcpt=C_RC,
    dt=c3_dt, subject='RE:[CASE %s] %s' % (C_CASE_B, FORM_SUBJ),
    body=body_of(c3 + FORM_FOOTER_EN.format(ref=form_ref()), cte='qp'), new=c3, case_id=C_CASE_B)

c4_dt = c3_dt + timedelta(minutes=3, seconds=40)
c4 = ('Hello,\n\n'
      'Your case %s has been closed.\n\n'
      'We would love to hear about your experience. Your feedback helps us improve AWS Training '
      'and Certification support.\n\n'
      'Was your issue resolved?   [ YES ]   [ NO ]\n\n'
      'How satisfied are you with the support you received? Rate us from 1 (very dissatisfied) '
      'to 5 (very satisfied):\nhttps://pulse.aws/survey/%s?case=%s\n\n'
      'Thank you,\nAWS Training and Certification\n') % (C_CASE_B, rhex(8).upper(), C_CASE_B)
c4_html = html_wrap(
    '<p>Hello,</p><p>Your case <b>%s</b> has been closed.</p><p>We would love to hear about your '
    'experience.</p><p><b>Was your issue resolved?</b></p><p><a href="https://pulse.aws/survey/'
    'tc?case=%s&amp;r=yes" style="padding:6px 18px;background:#ec7211;color:#fff;">YES</a> &nbsp;'
    '<a href="https://pulse.aws/survey/tc?case=%s&amp;r=no" style="padding:6px 18px;background:'
    '#545b64;color:#fff;">NO</a></p><p>Thank you,<br>AWS Training and Certification</p>' % (
        C_CASE_B, C_CASE_B, C_CASE_B))
aws('priya-duplicate-case-closed-survey', 'survey', provider='workspace', rcpt=C_RC, dt=c4_dt,
    subject='[CASE %s] Tell us about your support experience' % C_CASE_B,
    body=body_of(c4, c4_html, cte='qp'), new=c4, case_id=C_CASE_B)

c5_dt = datetime(2025, 3, 12, 13, 37, 2, tzinfo=UTC)
c5 = ('Dear Priya,\n\n'
      'Greetings of the day!\n\n'
      'This is with regards to your request for merging of your AWS Certification accounts. As '
      'per our verification, we have found below accounts registered under your name:\n\n'
      'Primary account (to be retained): AWS12094487 - priya@nimbuslabs.io\n'
      'Secondary account (to be merged and deactivated): AWS 07356102 - '
      'priya.raman88@yahoo.com\n\n'
      'Kindly confirm from your end that the above details are correct so that we can proceed '
      'further for the merging. Please note that once the accounts are merged, the same cannot '
      'be reverted back. Once the merge is complete, we will inform you through this case and '
      'all certifications will be reflecting in the primary account.\n\n'
      'Awaiting for your response.\n\n'
      'Thanks and regards,\nRavi Shankar\nAWS Training and Certification Support\n')
aws('priya-agent-kindly-confirm-merge', 'merge_confirmation_requested', provider='workspace',
    rcpt=C_RC, dt=c5_dt, subject='RE:[CASE %s] %s' % (C_CASE_A, FORM_SUBJ),
    body=body_of(c5 + FORM_FOOTER_EN.format(ref=form_ref()),
                 html_wrap(text_to_html(c5)), cte='base64'), new=c5, case_id=C_CASE_A)

c_user_dt = datetime(2025, 3, 12, 19, 2, tzinfo=tz(5.5))
c_user = 'Hi Ravi,\n\nYes, the details are correct. Please go ahead.\n\nThanks,\nPriya\n'
c6_dt = datetime(2025, 3, 14, 6, 48, 55, tzinfo=UTC)
c6 = ('Dear Priya,\n\n'
      'Thank you for your patience.\n\n'
      'We are pleased to inform you that your AWS Certification accounts have been merged '
      'successfully. All the certifications and exam history from the secondary account are now '
      'reflecting under AWS12094487, and you can login using priya@nimbuslabs.io. The Credly '
      'badges will be issued to the same e-mail address shortly.\n\n'
      'As your request has been completed, we are resolving this case now. If you have a '
      'minute, please rate your experience using the link below; your feedback is valuable to '
      'us.\nhttps://pulse.aws/survey/tc?case=%s\n\n'
      'Thanks and regards,\nRavi Shankar\nAWS Training and Certification Support\n') % C_CASE_A
c6_full = c6 + '\n' + gmail_quote(c_user_dt, 'Priya Raman', C_RC,
                                  c_user + '\n' + gmail_quote(c5_dt.astimezone(tz(5.5)),
                                                              'Amazon Web Services',
                                                              FORM_FROM[1], c5))
aws('priya-merged-and-case-resolved', 'merge_completed', provider='workspace', rcpt=C_RC,
    dt=c6_dt, subject='RE:[CASE %s] %s' % (C_CASE_A, FORM_SUBJ),
    body=body_of(c6_full, cte='qp'), new=c6, case_id=C_CASE_A)

c7_dt = datetime(2025, 3, 14, 18, 20, 11, tzinfo=UTC)
c7_url = 'https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s' % (
    rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
c7 = ('Hi Priya,\n\n'
      'Congratulations! Amazon Web Services Training and Certification has issued you a badge:\n'
      'AWS Certified Solutions Architect - Associate\n\n'
      'This badge was issued to priya@nimbuslabs.io. Accept it to display it on your Credly '
      'profile and share it with your network.\n\nAccept your badge: %s\n\n'
      'Badge ID: %s\n\n'
      'Credly, Inc. 13355 Noel Rd, Ste 1100, Dallas, TX 75240\n') % (c7_url, rhex(32))
credly('priya-credly-saa-badge', provider='workspace', rcpt=C_RC, dt=c7_dt,
       subject='Congratulations, Priya! You have a new badge waiting for you',
       text=c7, html=credly_html('Congratulations, Priya!', [
           'Amazon Web Services Training and Certification has issued you a badge: <b>AWS '
           'Certified Solutions Architect &ndash; Associate</b>.',
           'This badge was issued to priya@nimbuslabs.io.'], url=c7_url,
           badge='AWS Certified Solutions Architect - Associate'), new=c7)

# ----------------------------------------------------------------- user D: Marco Rossi
# 2025 form desk, Gmail.  First case never answered (no notification address), second case
# a week later; after the merge the Credly badges do not move, the case is reopened.
D_RC = 'marco.rossi.cloud@gmail.com'
D_OPEN1 = datetime(2025, 6, 2, 8, 11, 40, tzinfo=UTC)
D_CASE1 = case15(D_OPEN1)
D_OPEN2 = datetime(2025, 6, 9, 12, 30, 55, tzinfo=UTC)
D_CASE2 = case15(D_OPEN2)

d1 = ('Hello,\n\n'
      'We have received your request (case %s).\n\n'
      'Thank you for reaching out to AWS Training and Certification. Our Customer Support team '
      'will get back to you as soon as possible, usually within one business day.\n\n'
      'Summary of your submission\n'
      '--------------------------\n'
      'Inquiry type: AWS Training and Certification\n'
      'Inquiry detail: Account Merge\n'
      'AWS candidate ID: AWS05521983\n'
      'Notification e-mail: (not provided)\n\n'
      'Please keep this case number for future reference.\n\n'
      'AWS Training and Certification\n') % D_CASE1
aws('marco-form-ack-first-case', 'case_created', provider='gmail', rcpt=D_RC,
    dt=D_OPEN1 + timedelta(seconds=14), subject='[CASE %s] %s' % (D_CASE1, FORM_SUBJ),
    body=body_of(d1, cte='7bit', charset='us-ascii'), new=d1, case_id=D_CASE1)

d2_msg = ('I opened case %s on June 2 to merge my two certification accounts but never received '
          'any answer. Old account: AWS05521983 (university e-mail, no longer active). New '
          'account: AWS10764420 (this gmail). Please merge the old one into the new one.' % D_CASE1)
d2 = ('Hello,\n\n'
      'We have received your request (case %s).\n\n'
      'Thank you for reaching out to AWS Training and Certification. Our Customer Support team '
      'will get back to you as soon as possible, usually within one business day.\n\n'
      'Summary of your submission\n'
      '--------------------------\n'
      'Inquiry type: AWS Training and Certification\n'
      'Inquiry detail: Account Merge\n'
      'AWS candidate ID: AWS10764420\n'
      'Notification e-mail: marco.rossi.cloud@gmail.com\n'
      'Description: %s\n\n'
      'Please keep this case number for future reference.\n\n'
      'AWS Training and Certification\n') % (D_CASE2, d2_msg)
aws('marco-form-ack-second-case', 'case_created', provider='gmail', rcpt=D_RC,
    dt=D_OPEN2 + timedelta(seconds=8), subject='[CASE %s] %s' % (D_CASE2, FORM_SUBJ),
    body=body_of(d2, cte='qp'), new=d2, case_id=D_CASE2)

d3_dt = datetime(2025, 6, 10, 14, 5, 12, tzinfo=UTC)
d3 = ('Hello Marco,\n\n'
      'Thank you for contacting AWS Training and Certification, and I apologize that you did not '
      'hear back on your earlier request. Case %s was submitted without a notification e-mail '
      'address, so our reply could not be delivered. I have closed that case so that we can '
      'continue here.\n\n'
      'To locate both profiles and verify your ownership, please reply with the following:\n\n'
      '1. The e-mail address you use to sign in to each Certification account\n'
      '2. The notification e-mail address shown on each account, if different\n'
      '3. Which candidate ID you would like to keep going forward\n'
      '4. A short reason for the request (for example, a duplicate account created by '
      'mistake)\n\n'
      'As soon as we have this information we will review the accounts and follow up.\n\n'
      'Best regards,\nDaniela M.\nAWS Training and Certification Customer Support\n') % D_CASE1
aws('marco-agent-asks-login-emails', 'support_reply', provider='gmail', rcpt=D_RC, dt=d3_dt,
    subject='RE:[CASE %s] %s' % (D_CASE2, FORM_SUBJ),
    body=body_of(d3 + FORM_FOOTER_EN.format(ref=form_ref()),
                 html_wrap(text_to_html(d3)), cte='qp'), new=d3, case_id=D_CASE2)

d_user1_dt = datetime(2025, 6, 10, 22, 47, tzinfo=tz(2))
d_user1 = ('Hi Daniela,\n\nthanks for the quick answer, here the information:\n\n'
           '1. AWS05521983 -> marco.rossi@studenti.unimi.it (I cannot access this mailbox '
           'anymore)\n   AWS10764420 -> marco.rossi.cloud@gmail.com\n'
           '2. same as login\n3. I want to keep AWS10764420\n'
           '4. I created the second account by mistake when I booked the SAA exam\n\n'
           'Best,\nMarco\n')
d4_dt = datetime(2025, 6, 12, 9, 31, 47, tzinfo=UTC)
d4 = ('Hello Marco,\n\n'
      'Thank you for the information. I have reviewed both profiles and everything matches. '
      'Here is what we are going to do:\n\n'
      '  Account that will be closed:   AWS05521983 (marco.rossi@studenti.unimi.it)\n'
      '  Account that will remain:      AWS10764420 (marco.rossi.cloud@gmail.com)\n\n'
      'All certifications, exam history and benefits from AWS05521983 will be moved to '
      'AWS10764420. Please keep in mind that this action is permanent and cannot be undone.\n\n'
      'Could you please reply to this e-mail to let us know that you agree with the above? We '
      'will not make any changes until we hear from you.\n\n'
      'Best regards,\nDaniela M.\nAWS Training and Certification Customer Support\n')
d4_full = d4 + '\n' + gmail_quote(d_user1_dt, 'Marco Rossi', D_RC,
                                  d_user1 + '\n' + gmail_quote(d3_dt.astimezone(tz(2)),
                                                               'Amazon Web Services',
                                                               FORM_FROM[1], d3))
aws('marco-agent-confirm-before-merge', 'merge_confirmation_requested', provider='gmail',
    rcpt=D_RC, dt=d4_dt, subject='RE:[CASE %s] %s' % (D_CASE2, FORM_SUBJ),
    body=body_of(d4_full + FORM_FOOTER_EN.format(ref=form_ref()), cte='qp'), new=d4,
    case_id=D_CASE2)

d_user2_dt = datetime(2025, 6, 12, 12, 3, tzinfo=tz(2))
d_user2 = 'Hi,\nthe details are correct. Please proceed with the merge.\nThank you!\nMarco\n'
d5_dt = datetime(2025, 6, 13, 16, 2, 9, tzinfo=UTC)
d5 = ('Hello Marco,\n\n'
      'Your request has been completed: AWS05521983 has been folded into AWS10764420, and the old '
      'profile is no longer active. Your certifications and exam history are now available when '
      'you sign in with marco.rossi.cloud@gmail.com.\n\n'
      'Please allow up to 48 hours for everything to display correctly in your Certification '
      'account and on Credly.\n\n'
      'Best regards,\nDaniela M.\nAWS Training and Certification Customer Support\n')
d5_full = d5 + '\n' + gmail_quote(d_user2_dt, 'Marco Rossi', D_RC,
                                  d_user2 + '\n' + gmail_quote(d4_dt.astimezone(tz(2)),
                                                               'Amazon Web Services',
                                                               FORM_FROM[1], d4))
aws('marco-request-completed', 'merge_completed', provider='gmail', rcpt=D_RC, dt=d5_dt,
    subject='RE:[CASE %s] %s' % (D_CASE2, FORM_SUBJ),
    body=body_of(d5_full + FORM_FOOTER_EN.format(ref=form_ref()),
                 html_wrap(text_to_html(d5_full)), cte='base64'), new=d5, case_id=D_CASE2)

d6_dt = datetime(2025, 6, 13, 16, 5, 30, tzinfo=UTC)
d6 = ('Case %s: closed\n\n'
      'Hello Marco,\n\n'
      'We have closed your case. If you still need help, reply to this e-mail within 14 days '
      'and your case will be reopened automatically.\n\n'
      'Please rate your experience with AWS Training and Certification Customer Support:\n'
      '1 - Very poor  2 - Poor  3 - Average  4 - Good  5 - Excellent\n'
      'https://pulse.aws/survey/tc-cs?case=%s\n\n'
      'Thank you for helping us improve.\n') % (D_CASE2, D_CASE2)
aws('marco-case-closed-rate-us', 'survey', provider='gmail', rcpt=D_RC, dt=d6_dt,
    subject='[CASE %s] How did we do?' % D_CASE2,
    body=body_of(d6, html_wrap(text_to_html(d6)), cte='qp'), new=d6, case_id=D_CASE2)

d_user3_dt = datetime(2025, 6, 19, 18, 40, tzinfo=tz(2))
d_user3 = ('Hello,\n\nthe accounts are merged and I can see all my certifications, thank you. '
           'However my Credly badges (Cloud Practitioner and Solutions Architect Associate) are '
           'still on the old Credly account with the university e-mail, and I cannot log in '
           'there. Nothing arrived on this gmail. Can you please move the badges as well?\n\n'
           'Marco\n')
d7_dt = datetime(2025, 6, 20, 10, 17, 3, tzinfo=UTC)
d7 = ('Hello Marco,\n\n'
      'Thank you for letting us know, and sorry for the extra step. I have reopened this case.\n\n'
      'The badges were issued to your previous e-mail address before the accounts were combined, '
      'so they did not follow automatically. I have asked our Credly team to transfer them from '
      'the Credly profile registered to marco.rossi@studenti.unimi.it to '
      'marco.rossi.cloud@gmail.com.\n\n'
      'This usually takes 3-5 business days. When the transfer is done, Credly will send you an '
      'e-mail to the new address, and you will then be able to accept the badges there. I will '
      'keep this case open until then.\n\n'
      'Best regards,\nDaniela M.\nAWS Training and Certification Customer Support\n')
d7_full = d7 + '\n' + gmail_quote(d_user3_dt, 'Marco Rossi', D_RC,
                                  d_user3 + '\n' + gmail_quote(d5_dt.astimezone(tz(2)),
                                                               'Amazon Web Services',
                                                               FORM_FROM[1], d5))
aws('marco-case-reopened-badges-to-credly', 'support_reply', provider='gmail', rcpt=D_RC,
    dt=d7_dt, subject='RE:[CASE %s] %s' % (D_CASE2, FORM_SUBJ),
    body=body_of(d7_full + FORM_FOOTER_EN.format(ref=form_ref()), cte='qp'), new=d7,
    case_id=D_CASE2)

d8_dt = datetime(2025, 6, 24, 15, 42, 18, tzinfo=UTC)
d8_url = 'https://www.credly.com/earner/earned?ref=transfer&token=%s' % rhex(32)
d8 = ('Hi Marco,\n\n'
      'Good news! The following badges issued by Amazon Web Services Training and Certification '
      'have been moved to your Credly account (marco.rossi.cloud@gmail.com):\n\n'
      '  * AWS Certified Cloud Practitioner\n'
      '  * AWS Certified Solutions Architect - Associate\n\n'
      'Accept your badges to display them on your profile:\n%s\n\n'
      'Validation number: %s\n\n'
      'Credly, Inc. 13355 Noel Rd, Ste 1100, Dallas, TX 75240\n') % (
    d8_url, ralnum(16, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'))
credly('marco-credly-badges-moved', provider='gmail', rcpt=D_RC, dt=d8_dt,
       subject='Your badges from Amazon Web Services Training and Certification are ready to accept',
       text=d8, html=credly_html('Hi Marco, your badges are here', [
           'The following badges issued by Amazon Web Services Training and Certification have '
           'been moved to your Credly account:',
           '&bull; AWS Certified Cloud Practitioner<br>&bull; AWS Certified Solutions Architect '
           '&ndash; Associate'], button='Accept your badges', url=d8_url,
           badge='AWS Certified Cloud Practitioner'), new=d8)

# ----------------------------------------------------------------- user E: Anna Kowalska
# 2025 form desk, Outlook.com.  Does not answer the confirmation; chaser; then confirms.
E_RC = 'anna.kowalska@outlook.com'
E_OPEN = datetime(2025, 8, 6, 7, 52, 31, tzinfo=UTC)
E_CASE = case15(E_OPEN)

e1 = form_ack_en('Anna', E_CASE, 'AWS-13402258')
aws('anna-form-ack', 'case_created', provider='outlook', rcpt=E_RC, dt=E_OPEN + timedelta(seconds=5),
    subject='[CASE %s] %s' % (E_CASE, FORM_SUBJ),
    body=body_of(e1, html_wrap(text_to_html(e1)), cte='qp'), new=e1, case_id=E_CASE)

e2_dt = datetime(2025, 8, 7, 11, 26, 40, tzinfo=UTC)
e2 = ('Dear Anna,\n\n'
      'Thank you for contacting AWS Training and Certification.\n\n'
      'I have located the two Certification accounts you mentioned and would like to confirm the '
      'request with you before we make any changes:\n\n'
      '  Account to be retained:                    AWS03318076 (anna.kowalska@outlook.com)\n'
      '  Account to be merged into it and closed:   AWS13402258 (a.kowalska@polarisbank.pl)\n\n'
      'Your certifications, transcript and any unused benefits from AWS13402258 will be '
      'transferred to AWS03318076. A merge is permanent and cannot be reversed.\n\n'
      'Please reply to this e-mail to confirm that you would like us to proceed.\n\n'
      'Kind regards,\nOlivia\nAWS Training and Certification\n')
aws('anna-agent-merge-confirmation-request', 'merge_confirmation_requested', provider='outlook',
    rcpt=E_RC, dt=e2_dt, subject='RE:[CASE %s] %s' % (E_CASE, FORM_SUBJ),
    body=body_of(e2 + FORM_FOOTER_EN.format(ref=form_ref()),
                 html_wrap(text_to_html(e2)), cte='qp', related=True), new=e2, case_id=E_CASE)

e3_dt = datetime(2025, 8, 12, 9, 3, 15, tzinfo=UTC)
e3 = ('Dear Anna,\n\n'
      'I\u2019m following up on my previous message below, as we haven\u2019t received a response '
      'from you yet. We\u2019re unable to continue with your request until we hear back.\n\n'
      'If we don\u2019t receive a reply within 3 business days, this case will be closed '
      'automatically. You can still reply to this e-mail afterwards and the case will be '
      'reopened.\n\n'
      'Kind regards,\nOlivia\nAWS Training and Certification\n')
e3_full = e3 + '\n---------- Previous message ----------\nFrom: Amazon Web Services <%s>\nDate: %s\n' \
    'Subject: RE:[CASE %s] %s\n\n%s' % (FORM_FROM[1], rfc_date(e2_dt), E_CASE, FORM_SUBJ, e2)
# deliberately mislabelled: UTF-8 bytes declared as ISO-8859-1
aws('anna-agent-chaser-no-reply-yet', 'support_reply', provider='outlook', rcpt=E_RC, dt=e3_dt,
    subject='RE:[CASE %s] %s' % (E_CASE, FORM_SUBJ),
    body=body_of(e3_full + FORM_FOOTER_EN.format(ref=form_ref()), cte='qp', codec='utf-8',
                 label='iso-8859-1'), new=e3, case_id=E_CASE)

e_user_dt = datetime(2025, 8, 13, 20, 11, tzinfo=tz(2))
e_user = ('Hello Olivia,\n\nSorry for the late answer, I was on holiday. Yes, I confirm - '
          'AWS13402258 can be merged into AWS03318076.\n\nBest regards\nAnna Kowalska\n')
e4_dt = datetime(2025, 8, 14, 8, 44, 2, tzinfo=UTC)
e4 = ('Dear Anna,\n\n'
      'Thank you for confirming, and no worries at all. We will now proceed with merging '
      'AWS13402258 into AWS03318076.\n\n'
      'Once the merge is complete, you will receive a confirmation e-mail from us on this case. '
      'There is nothing else you need to do in the meantime.\n\n'
      'Kind regards,\nOlivia\nAWS Training and Certification\n')
e4_full = e4 + '\n' + outlook_block('Anna Kowalska <%s>' % E_RC, e_user_dt,
                                    'Amazon Web Services <%s>' % FORM_FROM[1],
                                    'Re: RE:[CASE %s] %s' % (E_CASE, FORM_SUBJ),
                                    e_user + '\n' + outlook_block(
                                        'Amazon Web Services <%s>' % FORM_FROM[1],
                                        e3_dt.astimezone(tz(2)), E_RC,
                                        'RE:[CASE %s] %s' % (E_CASE, FORM_SUBJ), e3))
aws('anna-agent-thanks-will-proceed', 'support_reply', provider='outlook', rcpt=E_RC, dt=e4_dt,
    subject='RE:[CASE %s] %s' % (E_CASE, FORM_SUBJ),
    body=body_of(e4_full + FORM_FOOTER_EN.format(ref=form_ref()),
                 html_wrap(text_to_html(e4_full)), cte='qp'), new=e4, case_id=E_CASE)

e5_dt = datetime(2025, 8, 18, 13, 9, 27, tzinfo=UTC)
e5_inner = ('<p>Dear Anna,</p>\n'
            '<p>We are writing to let you know that the work on your request is finished. Your '
            'Certification accounts have been combined, and <b>AWS03318076</b> is now your only '
            'active profile. The record previously held under AWS13402258 has been closed, and '
            'its certifications and transcript are now listed on AWS03318076.</p>\n'
            '<table cellpadding="6" style="border:1px solid #d5dbdb;border-collapse:collapse;">'
            '<tr><td style="background:#fafafa;">Case ID</td><td>%s</td></tr>'
            '<tr><td style="background:#fafafa;">Status</td><td>Completed</td></tr>'
            '<tr><td style="background:#fafafa;">Active candidate ID</td><td>AWS03318076</td></tr>'
            '</table>\n'
            '<p>Please sign in to your Certification account to review your certifications and '
            'benefits. Credly badges are re-issued automatically to the e-mail address on the '
            'active profile.</p>\n'
            '<p>Kind regards,<br>Olivia<br>AWS Training and Certification</p>') % E_CASE
e5_new = ('Dear Anna, We are writing to let you know that the work on your request is finished. '
          'Your Certification accounts have been combined, and AWS03318076 is now your only '
          'active profile. The record previously held under AWS13402258 has been closed. '
          'Case ID %s Status Completed Active candidate ID AWS03318076') % E_CASE
aws('anna-accounts-combined-html-only', 'merge_completed', provider='outlook', rcpt=E_RC,
    dt=e5_dt, subject='RE:[CASE %s] %s' % (E_CASE, FORM_SUBJ),
    body=body_of(None, html_wrap(e5_inner, footer='Amazon Web Services, Inc. is a subsidiary of '
                                 'Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210'),
                 html_only=True, cte='qp'), new=e5_new, case_id=E_CASE)

e6_dt = datetime(2025, 8, 19, 6, 30, 50, tzinfo=UTC)
e6_url = 'https://www.credly.com/badges/%s-%s-%s-%s-%s/accept' % (
    rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
e6 = ('Anna, your badge is ready!\n\n'
      'Amazon Web Services Training and Certification issued you the following badge:\n'
      'AWS Certified Security - Specialty\n\n'
      'Accept it here: %s\n\n'
      'Once accepted, you can share your badge on LinkedIn, add it to your e-mail signature, or '
      'download a certificate.\n\n'
      'Credly, Inc. 13355 Noel Rd, Ste 1100, Dallas, TX 75240\n') % e6_url
credly('anna-credly-security-badge', provider='outlook', rcpt=E_RC, dt=e6_dt,
       subject='Anna, accept your AWS Certified Security - Specialty badge',
       text=e6, html=credly_html('Anna, your badge is ready!', [
           'Amazon Web Services Training and Certification issued you the following badge: '
           '<b>AWS Certified Security &ndash; Specialty</b>.'], url=e6_url,
           badge='AWS Certified Security - Specialty'), new=e6)

# ----------------------------------------------------------------- user F: Yuki Sato
# 2025 console case in Japanese, @nifty mailbox (Japanese provider auth headers).
F_RC = 'yuki.sato@nifty.com'
F_PROV = ('mx.nifty.com', 'mta-snd-e07.mail.nifty.com')
F_OPEN = datetime(2025, 10, 20, 1, 15, 42, tzinfo=UTC)
F_CASE = case15(F_OPEN)
F_SUBJ = '認定アカウントの統合について'
F_LINK = support_center_link(F_CASE, 'ja')
F_FOOT = ('\n==============================\n\n'
          'この対応はお役に立ちましたか？ 評価はこちらから:\n'
          'https://console.aws.amazon.com/support/feedback?displayId=%s&language=ja\n\n'
          'このケースについて再度お問い合わせいただく場合は、以下の URL から AWS サポートセンターに'
          'アクセスしてください。\n%s\n\n'
          '※このメールは送信専用のアドレスから送信されています。ご返信いただいても対応できません'
          'ので、上記リンクからサポートセンターにてご返信ください。\n\n'
          'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n') % (F_CASE, F_LINK)


def nifty_aws(slug, kind, dt, subject, body, new, dmarc='pass', **kw):
    tr, ss = trace(F_PROV, F_RC, dt, 'ses', dmarc=dmarc, from_dom='amazon.com')
    return make(slug, kind, body=body, frm=CONSOLE_FROM, to=F_RC, subject=subject, dt=dt,
                trace_hdrs=tr, sender_hdrs=ss, msgid=ses_msgid(dt), case_id=F_CASE, lang='ja',
                sv=True, new=new, **kw)


f1 = ('佐藤 由紀 様\n\n'
      'アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のお問い合わせに'
      '対応するため、ケース %s を作成しました。\n\n'
      'ケースの詳細は以下のとおりです。\n\n'
      'ケース ID: %s\n件名: %s\n重要度: 一般的なガイダンス\n'
      'お問い合わせ内容: 認定アカウントが 2 つあります（AWS06690134 と AWS14277519）。'
      '受験の際に誤ってもう 1 つ作成してしまいました。AWS06690134 にまとめていただけますか。\n\n'
      'できるだけ早く回答いたします。ケースの状況はサポートセンターでご確認いただけます。\n%s\n\n'
      '※このメールアドレスは送信専用です。ご返信いただいても対応できませんので、上記のリンクから'
      'サポートセンターにアクセスしてください。\n\n'
      'アマゾン ウェブ サービス\n') % (F_CASE, F_CASE, F_SUBJ, F_LINK)
nifty_aws('yuki-console-case-opened-ja', 'case_created', F_OPEN + timedelta(seconds=4),
          'Amazon Web Services: 新しいサポートケースを作成しました: %s' % F_CASE,
          body_of(f1, charset='iso-2022-jp', cte='7bit'), f1, subject_charset='iso-2022-jp')

f2_dt = datetime(2025, 10, 21, 4, 22, 9, tzinfo=UTC)
f2 = ('佐藤 由紀 様\n\n'
      'お世話になっております。AWS サポートの山本でございます。\n\n'
      'このたびは、認定アカウントの統合についてお問い合わせいただきありがとうございます。\n'
      '現在、トレーニングと認定の専門チームにて、お知らせいただいた 2 つのアカウントの登録情報を'
      '確認しております。確認には数営業日を要する場合がございます。\n\n'
      '進捗がございましたら、本ケースにてあらためてご連絡いたします。恐れ入りますが、今しばらく'
      'お待ちくださいますようお願い申し上げます。\n\n'
      '山本\nアマゾン ウェブ サービス\n')
nifty_aws('yuki-agent-status-update-ja', 'support_reply', f2_dt, 'RE:[CASE %s] %s' % (F_CASE, F_SUBJ),
          body_of(f2 + F_FOOT, html_wrap(text_to_html(f2 + F_FOOT)), cte='base64'), f2)

f3_dt = datetime(2025, 10, 23, 7, 48, 33, tzinfo=UTC)
f3 = ('佐藤 由紀 様\n\n'
      'お待たせいたしました。AWS サポートの山本でございます。\n\n'
      '専門チームでの確認が完了いたしました。統合の手続きに進む前に、以下の内容についてお客様の'
      'ご確認をお願いいたします。\n\n'
      '【残すアカウント】 AWS06690134（yuki.sato@nifty.com）\n'
      '【統合されるアカウント】 AWS14277519（y-sato@hoshizora-soft.co.jp）\n\n'
      '統合いたしますと、AWS14277519 の認定資格・受験履歴は AWS06690134 に移され、AWS14277519 は'
      '利用できなくなります。この操作は取り消すことができません。\n\n'
      '上記の内容で問題がなければ、サポートセンターから本ケースにご返信いただき、ご承認の旨を'
      'お知らせください。内容に誤りがある場合も、その旨ご連絡ください。\n\n'
      '山本\nアマゾン ウェブ サービス\n')
nifty_aws('yuki-agent-please-approve-ja', 'merge_confirmation_requested', f3_dt,
          'RE:[CASE %s] %s' % (F_CASE, F_SUBJ),
          body_of(f3 + F_FOOT, html_wrap(text_to_html(f3 + F_FOOT)), cte='base64'), f3,
          dmarc=None)

f4_dt = datetime(2025, 10, 24, 2, 6, 51, tzinfo=UTC)
f4 = ('佐藤 由紀 様\n\n'
      'いつもお世話になっております。AWS サポートの山本でございます。\n\n'
      'ご承認いただいた内容にて、アカウントの統合手続きが完了いたしました。\n'
      'AWS14277519 に登録されていた認定資格および受験履歴は、AWS06690134 でご確認いただけます。'
      '今後は yuki.sato@nifty.com でサインインしてください。\n\n'
      'デジタルバッジは Credly から AWS06690134 に登録のメールアドレス宛てに順次発行されます。\n\n'
      '山本\nアマゾン ウェブ サービス\n')
nifty_aws('yuki-merge-finished-ja', 'merge_completed', f4_dt, 'RE:[CASE %s] %s' % (F_CASE, F_SUBJ),
          body_of(f4 + F_FOOT, charset='iso-2022-jp', cte='7bit'), f4)

f5_dt = datetime(2025, 10, 27, 2, 10, 5, tzinfo=UTC)
f5_inner = ('<p>佐藤 由紀 様</p>\n<p>AWS サポートケース <b>%s</b>（%s）は解決済みになりました。'
            '</p>\n<p>今回のサポートについてのご意見をお聞かせください。アンケートの所要時間は約 1 '
            '分です。</p>\n<p style="font-weight:bold;">問題は解決しましたか？</p>\n'
            '<p><a href="https://console.aws.amazon.com/support/survey?displayId=%s&amp;language=ja'
            '&amp;resolved=1" style="background:#ec7211;color:#fff;padding:8px 22px;">はい</a>&nbsp;'
            '<a href="https://console.aws.amazon.com/support/survey?displayId=%s&amp;language=ja'
            '&amp;resolved=0" style="background:#545b64;color:#fff;padding:8px 22px;">いいえ</a></p>'
            '\n<p>引き続きサポートが必要な場合は、サポートセンターからケースを再開できます。</p>\n'
            '<p>アマゾン ウェブ サービス</p>') % (F_CASE, F_SUBJ, F_CASE, F_CASE)
f5_new = 'AWS サポートケース %s は解決済みになりました。問題は解決しましたか？' % F_CASE
nifty_aws('yuki-case-resolved-survey-html-ja', 'survey', f5_dt,
          'AWS サポートケース %s は解決済みになりました' % F_CASE,
          body_of(None, html_wrap(f5_inner, title='AWS サポート'), html_only=True, cte='base64'),
          f5_new)

f6_dt = datetime(2025, 10, 25, 9, 14, 7, tzinfo=UTC)
f6_url = 'https://www.credly.com/earner/earned/badge/%s-%s-%s-%s-%s' % (
    rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
f6 = ('Hi Yuki,\n\n'
      'Amazon Web Services Training and Certification has issued you a new badge:\n'
      'AWS Certified SysOps Administrator - Associate\n\n'
      'Accept your badge: %s\n\n'
      'Credly, Inc. 13355 Noel Rd, Ste 1100, Dallas, TX 75240\n') % f6_url
credly('yuki-credly-sysops-badge', provider=F_PROV, rcpt=F_RC, dt=f6_dt,
       subject='Yuki, you have been issued a new badge from Amazon Web Services Training and '
               'Certification',
       text=f6, html=credly_html('Hi Yuki, you have a new badge!', [
           'Amazon Web Services Training and Certification has issued you a new badge: '
           '<b>AWS Certified SysOps Administrator &ndash; Associate</b>.'], url=f6_url,
           badge='AWS Certified SysOps Administrator - Associate'), new=f6)

# ----------------------------------------------------------------- user G: Lucas Silva
# 2020 form case, 10-digit id, Gmail; HTML-only templates; Acclaim-era badge mail.
G_RC = 'lucas.silva.dev@gmail.com'
G_CASE = '7028461935'
G_OPEN = datetime(2020, 11, 3, 13, 27, 50, tzinfo=UTC)

g1_inner = ('<p>Dear Lucas Silva,</p>\n'
            '<p>Thank you for contacting AWS Training and Certification. Your case has been '
            'created and assigned case ID <b>%s</b>.</p>\n'
            '<table cellpadding="4" style="font-size:13px;"><tr><td><b>Category</b></td><td>'
            'Certification &gt; Account Merge</td></tr><tr><td><b>AWS Candidate ID</b></td><td>'
            'AWS01937763</td></tr><tr><td><b>Preferred language</b></td><td>English</td></tr>'
            '</table>\n<p>We are experiencing a higher volume of requests than usual, and our '
            'response may take longer than 24 hours. Thank you for your patience.</p>\n'
            '<p>Sincerely,<br>AWS Training and Certification</p>') % G_CASE
g1_new = ('Dear Lucas Silva, Thank you for contacting AWS Training and Certification. Your case '
          'has been created and assigned case ID %s. Category Certification > Account Merge AWS '
          'Candidate ID AWS01937763') % G_CASE
aws('lucas-form-ack-html-only', 'case_created', provider='gmail', rcpt=G_RC,
    dt=G_OPEN + timedelta(seconds=7), subject='[CASE %s] %s' % (G_CASE, FORM_SUBJ),
    body=body_of(None, html_wrap(g1_inner), html_only=True, cte='qp'), new=g1_new, case_id=G_CASE)

g2_dt = datetime(2020, 11, 11, 18, 2, 14, tzinfo=UTC)
g2 = ('Hello Lucas,\n\n'
      'Hope you are doing well! First, sorry for the delay to answer you, we are having a big '
      'number of requests in this moment.\n\n'
      'I checked your request and I could find two accounts in our system with your name:\n\n'
      '>> aws00829415 - lucas.silva@fatecsp.br (account created in 2018)\n'
      '>> aws01937763 - lucas.silva.dev@gmail.com (account created in 2020)\n\n'
      'The idea is to join the aws00829415 inside the aws01937763, so the second one continue to '
      'exist and the first one will be deactivated after. Remember that after we do it, is not '
      'possible to come back.\n\n'
      'Can you please answer this email saying that you agree with this? Only after your OK we '
      'can start.\n\n'
      'Best regards,\nThiago R.\nAWS Training and Certification\n')
aws('lucas-agent-agree-with-join', 'merge_confirmation_requested', provider='gmail', rcpt=G_RC,
    dt=g2_dt, subject='RE:[CASE %s] %s' % (G_CASE, FORM_SUBJ),
    body=body_of(g2 + FORM_FOOTER_EN.format(ref=form_ref()),
                 html_wrap(text_to_html(g2)), cte='qp'), new=g2, case_id=G_CASE)

g3_dt = datetime(2020, 11, 13, 12, 40, 2, tzinfo=UTC)
g3_inner = ('<p>Hello Lucas,</p>\n'
            '<p>Thank you for your confirmation. The merge of your accounts was concluded with '
            'success. Now all your certifications are in the account <b>AWS01937763</b> and you '
            'can access with lucas.silva.dev@gmail.com. The old account AWS00829415 is not active '
            'anymore.</p>\n<p>If you see something wrong, please answer this email.</p>\n'
            '<p>Best regards,<br>Thiago R.<br>AWS Training and Certification</p>\n'
            '<hr><p style="font-size:11px;color:#687078;">Reference: [%s]</p>') % form_ref()
g3_new = ('Hello Lucas, Thank you for your confirmation. The merge of your accounts was concluded '
          'with success. Now all your certifications are in the account AWS01937763 and you can '
          'access with lucas.silva.dev@gmail.com. The old account AWS00829415 is not active '
          'anymore.')
aws('lucas-merge-concluded-html-only', 'merge_completed', provider='gmail', rcpt=G_RC, dt=g3_dt,
    subject='RE:[CASE %s] %s' % (G_CASE, FORM_SUBJ),
    body=body_of(None, html_wrap(g3_inner), html_only=True, cte='base64'), new=g3_new,
    case_id=G_CASE)

g4_dt = datetime(2020, 11, 14, 3, 11, 45, tzinfo=UTC)
g4_url = 'https://www.youracclaim.com/badges/%s-%s-%s-%s-%s/accept' % (
    rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
g4 = ('Lucas, you earned a badge!\n\n'
      'Amazon Web Services Training and Certification has issued you the badge '
      '"AWS Certified Cloud Practitioner".\n\n'
      'Accept your badge: %s\n\n'
      'Claim it, share it on social media and add it to your resume.\n\n'
      'Acclaim | Credly, Inc. | 1250 Broadway, 21st Floor, New York, NY 10001\n') % g4_url
credly('lucas-acclaim-ccp-badge', provider='gmail', rcpt=G_RC, dt=g4_dt, acclaim=True,
       subject="Lucas, you've earned a badge from Amazon Web Services Training and Certification",
       text=g4, html=credly_html('Lucas, you earned a badge!', [
           'Amazon Web Services Training and Certification has issued you the badge '
           '&ldquo;AWS Certified Cloud Practitioner&rdquo;.'], url=g4_url,
           badge='AWS Certified Cloud Practitioner'), new=g4)

# ----------------------------------------------------------------- user H: Tom O'Brien
# 2023 form case, 11-digit id, corporate Microsoft 365 mailbox; long Outlook threads, a side
# question about the exam voucher.
H_RC = 'tom.obrien@kestrelfreight.co.uk'
H_CASE = '12876301457'
H_OPEN = datetime(2023, 4, 17, 10, 2, 44, tzinfo=UTC)
H_SUBJ = 'RE:[CASE %s] %s' % (H_CASE, FORM_SUBJ)
H_SIG = ("Tom O'Brien\nSenior Cloud Engineer | Kestrel Freight Ltd\nT: +44 161 496 0734\n"
         "kestrelfreight.co.uk\n\nThis e-mail and any attachments are confidential and intended "
         "solely for the addressee. If you have received it in error, please notify the sender "
         "and delete it.\n")
H_AWS = 'Amazon Web Services <%s>' % FORM_FROM[1]
H_TOM = "O'Brien, Tom <%s>" % H_RC

h1 = ('Hello,\n\n'
      'Thank you for contacting AWS Training and Certification. We have received your request '
      'and a case has been created.\n\n'
      'Case ID: %s\nInquiry type: Certification\nInquiry detail: Account Merge\n'
      'AWS Candidate ID: AWS 11290846\n\n'
      'We aim to respond within 24 hours. If you need to add anything, reply to this e-mail '
      'rather than submitting the form again.\n\n'
      'AWS Training and Certification\n') % H_CASE
aws('tom-form-ack', 'case_created', provider='outlook', rcpt=H_RC, dt=H_OPEN + timedelta(seconds=10),
    subject='[CASE %s] %s' % (H_CASE, FORM_SUBJ),
    body=body_of(h1, html_wrap(text_to_html(h1)), cte='qp'), new=h1, case_id=H_CASE)

h_form = ("Name: Tom O'Brien\nE-mail: tom.obrien@kestrelfreight.co.uk\nAWS Candidate ID: "
          "AWS 11290846\nInquiry: I have two certification accounts, one from my previous "
          "employer (tobrien@harbourlogistics.ie). I would like them combined into one.\n")
h2_dt = datetime(2023, 4, 18, 8, 15, 20, tzinfo=UTC)
h2 = ("Hi Tom,\n\n"
      "Thanks for getting in touch. I was able to find a second Certification account, "
      "AWS08843307, registered with tobrien@harbourlogistics.ie, in addition to AWS11290846.\n\n"
      "Before we go any further, could you let me know:\n\n"
      "- which of the two candidate IDs you would like to keep, and\n"
      "- the e-mail address you would like to use to sign in after the change (if you keep "
      "AWS08843307, we can update its login e-mail, since you no longer have access to the "
      "Harbour Logistics mailbox).\n\n"
      "Many thanks,\nAoife\nAWS Training and Certification\n")
h2_full = h2 + '\n' + original_message(
    H_TOM, H_OPEN, 'aws-cs-trainingcertification-form@amazon.com',
    '[AWS Training and Certification Form Submission] - account-assistance', h_form)
aws('tom-agent-which-id-to-keep', 'support_reply', provider='outlook', rcpt=H_RC, dt=h2_dt,
    subject=H_SUBJ, body=body_of(h2_full + FORM_FOOTER_EN.format(ref=form_ref()), cte='qp'),
    new=h2, case_id=H_CASE)

h_tom1_dt = datetime(2023, 4, 18, 14, 52, tzinfo=tz(1))
h_tom1 = ("Hi Aoife,\n\n"
          "Thanks for the quick reply. Please keep AWS08843307 - it has my Professional and "
          "Specialty certs and the longer history. The login e-mail should become "
          "tom.obrien@kestrelfreight.co.uk.\n\n"
          "One more question: when I passed the Developer exam on the other account I got a 50% "
          "discount voucher that I haven't used yet. Will that still be available afterwards?\n\n"
          "Cheers,\n" + H_SIG)
h3_dt = datetime(2023, 4, 19, 9, 37, 5, tzinfo=UTC)
h3 = ("Hi Tom,\n\n"
      "Thank you, that's clear. To summarise the change we are about to make:\n\n"
      "* Surviving account: AWS08843307 - sign-in e-mail will be changed to "
      "tom.obrien@kestrelfreight.co.uk\n"
      "* Account to be merged in and then deactivated: AWS11290846\n\n"
      "Everything on AWS11290846 (the Developer - Associate certification and your exam "
      "history) will be moved onto AWS08843307. Please note that we can't split the accounts "
      "again afterwards.\n\n"
      "Could you reply to confirm you're happy for us to go ahead on that basis? On the voucher, "
      "I'm checking with the benefits team and will come back to you on that separately.\n\n"
      "Many thanks,\nAoife\nAWS Training and Certification\n")
h3_thread = outlook_block(H_TOM, h_tom1_dt, H_AWS, H_SUBJ, h_tom1 + '\n' + outlook_block(
    H_AWS, h2_dt.astimezone(tz(1)), H_TOM, H_SUBJ, h2 + '\n' + original_message(
        H_TOM, H_OPEN.astimezone(tz(1)), 'aws-cs-trainingcertification-form@amazon.com',
        '[AWS Training and Certification Form Submission] - account-assistance', h_form)))
h3_full = h3 + '\n' + h3_thread
aws('tom-agent-confirm-long-thread', 'merge_confirmation_requested', provider='outlook', rcpt=H_RC,
    dt=h3_dt, subject=H_SUBJ,
    body=body_of(h3_full + FORM_FOOTER_EN.format(ref=form_ref()),
                 html_wrap(text_to_html(h3_full)), cte='qp'), new=h3, case_id=H_CASE)

h_tom2_dt = datetime(2023, 4, 19, 11, 5, tzinfo=tz(1))
h_tom2 = "Confirmed - please go ahead as summarised below.\n\nThanks,\nTom\n"
h4_dt = datetime(2023, 4, 20, 15, 12, 48, tzinfo=UTC)
h4 = ("Hi Tom,\n\n"
      "Thanks for confirming. I've passed the request to our Certification operations team, "
      "who will carry out the change; I'll let you know here as soon as it has gone through.\n\n"
      "On your voucher question: unused benefits such as the 50% exam discount move with the "
      "certification they were earned for, so the voucher from your Developer - Associate exam "
      "will appear under Benefits on AWS08843307 once everything has been moved across. It keeps "
      "its original expiry date.\n\n"
      "Separately, could you please confirm how you'd like your name to appear on your "
      "certificates going forward? The two accounts currently show \"Tom O'Brien\" and "
      "\"Thomas O'Brien\".\n\n"
      "Many thanks,\nAoife\nAWS Training and Certification\n")
h4_full = h4 + '\n' + original_message(H_TOM, h_tom2_dt, H_AWS, H_SUBJ, h_tom2 + '\n' + q(
    h3 + '\n' + h3_thread))
aws('tom-agent-voucher-answer-name-question', 'support_reply', provider='outlook', rcpt=H_RC,
    dt=h4_dt, subject=H_SUBJ,
    body=body_of(h4_full + FORM_FOOTER_EN.format(ref=form_ref()), cte='base64'), new=h4,
    case_id=H_CASE)

h_tom3_dt = datetime(2023, 4, 20, 17, 40, tzinfo=tz(1))
h_tom3 = "Hi Aoife,\n\n\"Thomas O'Brien\" please.\n\nThanks again,\n" + H_SIG
h5_dt = datetime(2023, 4, 21, 12, 58, 30, tzinfo=UTC)
h5 = ("Hi Tom,\n\n"
      "All done. AWS11290846 has now been merged into AWS08843307, the sign-in e-mail is "
      "tom.obrien@kestrelfreight.co.uk and the name on the account reads Thomas O'Brien. You "
      "should see all of your certifications, and the Developer - Associate voucher, when you "
      "sign in.\n\n"
      "Many thanks,\nAoife\nAWS Training and Certification\n")
h5_full = h5 + '\n' + outlook_block(H_TOM, h_tom3_dt, H_AWS, H_SUBJ, h_tom3 + '\n' + outlook_block(
    H_AWS, h4_dt.astimezone(tz(1)), H_TOM, H_SUBJ, h4 + '\n' + original_message(
        H_TOM, h_tom2_dt, H_AWS, H_SUBJ, h_tom2 + '\n' + q(h3 + '\n' + h3_thread))))
aws('tom-all-done-long-history', 'merge_completed', provider='outlook', rcpt=H_RC, dt=h5_dt,
    subject=H_SUBJ, body=body_of(h5_full + FORM_FOOTER_EN.format(ref=form_ref()),
                                 html_wrap(text_to_html(h5_full)), cte='qp'),
    new=h5, case_id=H_CASE)

# ----------------------------------------------------------------- phishing about the merge
p1_dt = datetime(2025, 8, 13, 6, 2, 41, tzinfo=UTC)
p1 = ('Dear Candidate,\n\n'
      'We received a request to merge your AWS Certification accounts:\n\n'
      '    Source account:  AWS13402258\n'
      '    Target account:  AWS03318076\n\n'
      'For your security, this merge must be approved by the account owner. Please confirm the '
      'request within 24 hours by signing in with your AWS Certification credentials:\n\n'
      '    Confirm merge: https://aws-trainingcertification.com/merge/confirm?c=%s\n\n'
      'If the request is not confirmed in time, it will be cancelled and both accounts may be '
      'temporarily locked.\n\n'
      'AWS Training & Certification Team\n') % rhex(24)
p1_html = html_wrap(text_to_html(p1).replace(
    'https://aws-trainingcertification.com/merge/confirm', '<a href="https://aws-training'
    'certification.com/merge/confirm">Confirm merge</a> https://aws-trainingcertification.com/merge/confirm'))
p1_sender = {'ip': '45.137.22.118', 'helo': 'mail.aws-trainingcertification.com',
             'mailfrom': 'bounce@aws-trainingcertification.com', 'dkim': 'aws-trainingcertification.com'}
tr, ss = trace('outlook', E_RC, p1_dt, p1_sender, dmarc='pass',
               from_dom='aws-trainingcertification.com')
make('phish-lookalike-confirm-merge', 'merge_confirmation_requested', body=body_of(p1, p1_html, cte='qp'),
     frm=('AWS Training & Certification', 'no-reply@aws-trainingcertification.com'), to=E_RC,
     subject='Action required: approve your AWS Certification account merge', dt=p1_dt,
     trace_hdrs=tr, sender_hdrs=ss, msgid='<%s@aws-trainingcertification.com>' % rhex(20),
     case_id=None, sv=False, new=p1)

p2_dt = datetime(2025, 6, 14, 3, 51, 9, tzinfo=UTC)
p2 = ('Hello,\n\n'
      'Your AWS Certification accounts AWS05521983 and AWS10764420 have been successfully merged. '
      'All certifications are now stored under AWS10764420.\n\n'
      'Because of this change, your certification benefits and digital badges must be '
      're-validated. Please verify your identity within 48 hours, or the merged account will be '
      'suspended:\n\nhttps://aws-certmetrics-verify.top/login?session=%s\n\n'
      'Best regards,\nAmazon Web Services\n') % rhex(32)
p2_sender = {'ip': '185.234.72.19', 'helo': 'mail.cert-notify.top',
             'mailfrom': 'bounce@cert-notify.top'}
forged = ('Authentication-Results: amazon.com;\n\tdkim=pass header.d=amazon.com;\n'
          '\tspf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com')
tr, ss = trace('gmail', D_RC, p2_dt, p2_sender, dmarc='fail', from_dom='amazon.com',
               forged_below=forged)
make('phish-spoofed-merge-done-dmarc-fail', 'merge_completed', body=body_of(p2, cte='qp'),
     frm=FORM_FROM, to=D_RC, subject='Your AWS Certification accounts have been merged - action '
     'required', dt=p2_dt, trace_hdrs=tr, sender_hdrs=ss,
     msgid='<%s.%s@mail.cert-notify.top>' % (rhex(12), rhex(6)), case_id=None, sv=False, new=p2)

# ----------------------------------------------------------------- unrelated look-alikes
u1_dt = datetime(2025, 7, 2, 9, 18, 44, tzinfo=UTC)
u1 = ('Hello,\n\n'
      'I am Elena from Amazon Selling Partner Support, and I will be helping you with your '
      'request.\n\n'
      'I have reviewed the two detail pages you reported (ASIN B0C7XKQ2LM and ASIN B0C7XM91RT). '
      'Our catalog team has confirmed that they describe the same product, and a request to merge '
      'the duplicate detail pages has been submitted. Once the merge is complete, your offer will '
      'appear on ASIN B0C7XKQ2LM only. This can take up to 72 hours.\n\n'
      'Was this e-mail helpful? Please let us know by rating it below.\n\n'
      'We hope that you find this information useful. Please let us know if you need any other '
      'assistance by replying to this case in Seller Central.\n\n'
      'Thank you for selling on Amazon,\nElena M.\nAmazon.it\nhttps://sellercentral.amazon.it\n')
aws('seller-central-asin-merge-case', 'unrelated', provider='gmail', rcpt=D_RC, dt=u1_dt,
    frm=('Amazon Seller Central', 'seller-notification@amazon.com'),
    subject='RE:[CASE 6012873349] Duplicate listing - ASIN B0C7XM91RT',
    body=body_of(u1, html_wrap(text_to_html(u1), title='Amazon Seller Central'), cte='qp'),
    new=u1, case_id='6012873349')

u2_dt = datetime(2023, 5, 9, 14, 0, 37, tzinfo=UTC)
u2_case = '12901157736'
u2 = ('Dear Tom O\'Brien,\n\n'
      'Thank you for contacting Amazon Web Services. We have opened case %s to address your '
      'issue.\n\n'
      'The details of your case are as follows:\n\n'
      'Case ID: %s\nSubject: Limit Increase: EC2 Instances\nSeverity: Normal\n'
      'Correspondence: Service: EC2 Instances\nRegion: EU (London)\nPrimary Instance Type: All '
      'Standard (A, C, D, H, I, M, R, T, Z) instances\nLimit name: Instance Limit\nNew limit '
      'value: 256\n------------\nUse case description: Scaling out the freight tracking '
      'platform for peak season.\n\n'
      'We will respond to your case as soon as possible. You can view your case in the Support '
      'Center at:\n%s\n\n'
      'Sincerely,\nAmazon Web Services\n') % (u2_case, u2_case, support_center_link(u2_case))
aws('quota-increase-case-opened', 'unrelated', provider='outlook', rcpt=H_RC, dt=u2_dt,
    frm=CONSOLE_FROM, subject='Amazon Web Services: You have opened a new Support case: %s' % u2_case,
    body=body_of(u2, html_wrap(text_to_html(u2)), cte='qp'), new=u2, case_id=u2_case)

u3_dt = datetime(2025, 11, 4, 17, 30, 0, tzinfo=UTC)
u3 = ('Dear Yuki Sato,\n\n'
      'AWS Certification wants to hear from you!\n\n'
      'As an AWS Certified individual, your feedback helps shape the future of the AWS '
      'Certification program. Please take 10 minutes to complete our annual survey.\n\n'
      'Candidate ID: AWS06690134\n\n'
      'Take the survey: https://www.certmetrics.com/amazon/survey/%s\n\n'
      'Thank you,\nAWS Certification\n\n'
      'This is an automated message sent by CertMetrics on behalf of AWS Certification. Please '
      'do not reply.\n') % rhex(16)
u3_sender = {'ip': '52.119.46.201', 'helo': 'mail201.certmetrics.com',
             'mailfrom': 'bounce@mail.certmetrics.com', 'dkim': 'certmetrics.com'}
tr, ss = trace(F_PROV, F_RC, u3_dt, u3_sender, dmarc='pass', from_dom='certmetrics.com')
make('certmetrics-wants-to-hear-from-you', 'unrelated', body=body_of(u3, html_wrap(
    text_to_html(u3), title='AWS Certification'), cte='qp'),
     frm=('AWS Certification', 'do-not-reply@certmetrics.com'), to=F_RC,
     subject='AWS Certification wants to hear from you', dt=u3_dt, trace_hdrs=tr,
     sender_hdrs=ss, msgid='<%s@certmetrics.com>' % rhex(24), case_id=None, sv=False, new=u3)

u4_dt = datetime(2025, 4, 8, 3, 12, 55, tzinfo=UTC)
u4 = ('田中 健二 様\n\n'
      'ピアソンVUEをご利用いただき、ありがとうございます。\n'
      '以下の内容で試験のご予約を承りました。\n\n'
      '① 試験名: AWS Certified Developer - Associate (DVA-C02)\n'
      '② 日時: 2025年5月10日(土) 10:00 JST\n'
      '③ 会場: オンライン (OnVUE)\n'
      '④ 受験者 ID: AWS11883705\n'
      '⑤ 登録 ID: 482917355\n\n'
      '試験当日は、開始時刻の 30 分前からチェックインが可能です。本人確認書類をご用意ください。\n'
      '予約の変更・キャンセルは、試験開始の 24 時間前までにお手続きください。\n\n'
      'ピアソンVUE カスタマーサービス\n')
u4_sender = {'ip': '159.182.1.44', 'helo': 'mta4.pearsonvue.com',
             'mailfrom': 'bounce@pearsonvue.com', 'dkim': 'pearson.com'}
tr, ss = trace('gmail', A_RC, u4_dt, u4_sender, dmarc='pass', from_dom='pearson.com')
make('pearson-vue-booking-ja-sjis', 'unrelated',
     body=body_of(u4, charset='shift_jis', codec='cp932', cte='base64'),
     frm=('Pearson VUE', 'pearsonvue-confirmation@pearson.com'), to=A_RC,
     subject='【ピアソンVUE】試験予約確認のお知らせ', dt=u4_dt, trace_hdrs=tr, sender_hdrs=ss,
     msgid='<%s@pearsonvue.com>' % rhex(20), case_id=None, sv=False, new=u4, lang='ja',
     subject_charset='iso-2022-jp')

u5_dt = datetime(2025, 3, 20, 11, 4, 12, tzinfo=UTC)
u5_url = 'https://www.credly.com/users/account_merge/confirm?token=%s' % rhex(40)
u5 = ('Hi Priya,\n\n'
      'We received a request to merge the Credly account registered to priya.raman88@yahoo.com '
      'into your account.\n\n'
      'Your verification code is: 583042\n\n'
      'Enter the code on the merge page, or click the link below to finish:\n'
      'Complete Account Merge: %s\n\n'
      'After the merge, all badges from both accounts will appear on a single profile. If you did '
      'not request this, you can safely ignore this e-mail.\n\n'
      'The Credly Team\n') % u5_url
credly('credly-self-service-account-merge-code', kind='unrelated', provider='workspace',
       rcpt=C_RC, dt=u5_dt, frm=('Credly', 'admin@credly.com'),
       subject='Your Credly account merge verification code', text=u5,
       html=credly_html('Merge your Credly accounts', [
           'We received a request to merge the Credly account registered to '
           'priya.raman88@yahoo.com into your account.',
           'Your verification code is: <b style="font-size:20px;">583042</b>'],
           button='Complete Account Merge', url=u5_url), new=u5)

u6_dt = datetime(2023, 10, 14, 15, 0, 3, tzinfo=UTC)
u6 = ('Hi Lucas,\n\n'
      'Your badge "AWS Certified Cloud Practitioner" issued by Amazon Web Services Training and '
      'Certification will expire on November 13, 2023.\n\n'
      'To keep your credential current, visit the issuer\'s website for recertification '
      'options: https://aws.amazon.com/certification/recertification/\n\n'
      'View your badge: https://www.credly.com/badges/%s\n\n'
      'Credly, Inc. 13355 Noel Rd, Ste 1100, Dallas, TX 75240\n') % rhex(32)
credly('credly-badge-expiry-reminder', kind='unrelated', provider='gmail', rcpt=G_RC, dt=u6_dt,
       subject='Your AWS Certified Cloud Practitioner badge expires in 30 days', text=u6,
       html=credly_html('Your badge expires soon', [
           'Your badge &ldquo;AWS Certified Cloud Practitioner&rdquo; issued by Amazon Web '
           'Services Training and Certification will expire on November 13, 2023.'],
           button='View badge', url='https://www.credly.com/badges/'), new=u6)

u7_dt = datetime(2025, 6, 11, 19, 22, 5, tzinfo=UTC)
u7 = 'Merged #41 into main.\n\n--\nReply to this email directly, view it on GitHub:\n' \
     'https://github.com/mrossi-cloud/aws-cert-notes/pull/41#event-1812734409\n' \
     'You are receiving this because you authored the thread.\n'
u7_html = ('<p>Merged <a href="https://github.com/mrossi-cloud/aws-cert-notes/pull/41" class='
           '"issue-link">#41</a> into main.</p>\n<p style="font-size:small;color:#666;">&mdash;<br>'
           'Reply to this email directly, <a href="https://github.com/mrossi-cloud/aws-cert-notes/'
           'pull/41#event-1812734409">view it on GitHub</a>.<br>You are receiving this because you '
           'authored the thread.</p>\n')
u7_sender = {'ip': '192.30.252.205', 'helo': 'out-22.smtp.github.com',
             'mailfrom': 'noreply@github.com', 'dkim': 'github.com', 'sel': 'pf2023'}
tr, ss = trace('gmail', D_RC, u7_dt, u7_sender, dmarc='pass', from_dom='github.com')
make('github-pr-merged-notification', 'unrelated', body=body_of(u7, u7_html, cte='7bit',
                                                               charset='UTF-8'),
     frm=('Luca Bianchi', 'notifications@github.com'), to='mrossi-cloud/aws-cert-notes '
     '<aws-cert-notes@noreply.github.com>', cc='Marco Rossi <%s>, Author <author@noreply.github.com>' % D_RC,
     subject='Re: [mrossi-cloud/aws-cert-notes] Merge duplicate account notes into one page (PR #41)',
     dt=u7_dt, trace_hdrs=tr, sender_hdrs=ss,
     msgid='<mrossi-cloud/aws-cert-notes/pull/41/issue_event/1812734409@github.com>',
     extra=[('In-Reply-To', '<mrossi-cloud/aws-cert-notes/pull/41@github.com>'),
            ('References', '<mrossi-cloud/aws-cert-notes/pull/41@github.com>'),
            ('List-ID', 'mrossi-cloud/aws-cert-notes <aws-cert-notes.mrossi-cloud.github.com>'),
            ('X-GitHub-Reason', 'author')],
     case_id=None, sv=False, new=u7)

u8_dt = datetime(2023, 4, 16, 20, 41, 9, tzinfo=UTC)
u8_rc = 'tom@obrien.me.uk'
u8 = ('Verify your AWS Builder ID email address\n\n'
      'Hello,\n\n'
      'Thank you for creating an AWS Builder ID. To verify your email address, use the following '
      'verification code:\n\n'
      'Verification code: 318274\n\n'
      'This code expires 10 minutes after it was sent. If you did not request this code, you can '
      'ignore this message.\n\n'
      'Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n')
tr, ss = trace('selfhosted', u8_rc, u8_dt, 'ses', sign_domain='signin.aws')
make('builder-id-verification-code', 'unrelated', body=body_of(u8, html_wrap(text_to_html(u8)),
                                                               cte='qp'),
     frm=('AWS', 'no-reply@signin.aws'), to=u8_rc, subject='Verify your AWS Builder ID email address',
     dt=u8_dt, trace_hdrs=tr, sender_hdrs=ss, msgid=ses_msgid(u8_dt), case_id=None, sv=None,
     new=u8)

u9_dt = datetime(2022, 10, 5, 12, 14, 3, tzinfo=UTC)
u9 = ('Dear AWS Certified professional,\n\n'
      'Our records show that the 50%% exam discount voucher linked to candidate ID AWS02934471 '
      'expires today. To keep your benefit, claim it now and confirm your payment details:\n\n'
      'https://aws-certification-rewards.net/claim?cid=%s\n\n'
      'Unclaimed vouchers cannot be reissued.\n\n'
      'AWS Certification Benefits Team\n') % rhex(16)
u9_sender = {'ip': '91.243.44.170', 'helo': 'vps170.hostingbay.eu',
             'mailfrom': 'info@aws-certification-rewards.net'}
tr, ss = trace('outlook', B_RC, u9_dt, u9_sender, dmarc='none', dkim='none', spf='pass',
               from_dom='aws-certification-rewards.net')
make('phish-voucher-expires-not-merge', 'unrelated', body=body_of(u9, html_wrap(text_to_html(u9)),
                                                                  cte='base64'),
     frm=('AWS Certification', 'benefits@aws-certification-rewards.net'), to=B_RC,
     subject='Last day: your 50% exam voucher expires today', dt=u9_dt, trace_hdrs=tr,
     sender_hdrs=ss, msgid='<%s@vps170.hostingbay.eu>' % rhex(16), case_id=None, sv=False, new=u9)

# ---- END OF MAILS ----


if __name__ == '__main__':
    write_all()
