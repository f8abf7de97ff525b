#!/usr/bin/env python3
"""Generator for blind set 114: AWS Certification account merge mail (complicated account situations)."""
import base64
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.charset import Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
from io import BytesIO

OUT = os.path.dirname(os.path.abspath(__file__))
LABELS = {}
rnd = random.Random(114)

UTC = timezone.utc
JST = timezone(timedelta(hours=9), 'JST')


def D(s):
    """'2025-05-28 08:02:15' (UTC) -> aware datetime"""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=UTC)


def hexs(n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


def alnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(rnd.choice(chars) for _ in range(n))


def b64s(n):
    return base64.b64encode(bytes(rnd.getrandbits(8) for _ in range(n))).decode()


def case15(d, tail=None):
    """15-digit case id: unix time of opening + 5 digits"""
    return '%d%05d' % (int(d.timestamp()), tail if tail is not None else rnd.randint(100, 99999))


def pacific(d):
    # DST 2025: Mar 9 - Nov 2 ; 2026: Mar 8 - Nov 1 (10:00 UTC approx)
    y = d.year
    start = D('2025-03-09 10:00:00') if y == 2025 else D('2026-03-08 10:00:00')
    end = D('2025-11-02 09:00:00') if y == 2025 else D('2026-11-01 09:00:00')
    if start <= d < end:
        return d.astimezone(timezone(timedelta(hours=-7))), 'PDT'
    return d.astimezone(timezone(timedelta(hours=-8))), 'PST'


def fdate(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    return format_datetime(d)


def ses_msgid(d, region='email'):
    ms = int(d.timestamp() * 1000)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@%s.amazonses.com>' % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), region)


def ses_bounce(d):
    ms = int(d.timestamp() * 1000)
    return '0100%012x-%s-%s-%s-%s-%s-000000@amazonses.com' % (
        ms, hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def gmail_msgid():
    return '<CA%s%s@mail.gmail.com>' % (alnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-'),
                                        alnum(34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_='))


# ---------------------------------------------------------------- header encoding

def enc(value, charset='utf-8', name='Subject'):
    """Encode a non-ascii header value into (possibly several, folded) encoded-words."""
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76, header_name=name).encode()


def addr(name, address, charset='utf-8'):
    if not name:
        return address
    try:
        name.encode('ascii')
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


# ---------------------------------------------------------------- body parts

def tpart(text, subtype='plain', charset='utf-8', cte='qp', label=None, errors='strict'):
    m = Message()
    data = text.replace('\r\n', '\n').encode(charset, errors)
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
        ctev = 'base64'
    elif cte == 'qp':
        payload = quopri.encodestring(data).decode('ascii')
        ctev = 'quoted-printable'
    elif cte == '7bit':
        payload = data.decode('ascii')
        ctev = '7bit'
    elif cte == '8bit':
        payload = data.decode('ascii', 'surrogateescape')
        ctev = '8bit'
    else:
        raise ValueError(cte)
    cs = label if label is not None else charset
    if cs:
        m['Content-Type'] = 'text/%s; charset="%s"' % (subtype, cs)
    else:
        m['Content-Type'] = 'text/%s' % subtype
    m['Content-Transfer-Encoding'] = ctev
    m.set_payload(payload)
    return m


def multi(subtype, parts, boundary):
    m = MIMEMultipart(subtype, boundary=boundary)
    del m['MIME-Version']
    for p in parts:
        m.attach(p)
    return m


def alt(plain, html, boundary=None, **kw):
    pk = dict(kw)
    hk = dict(kw)
    return multi('alternative', [tpart(plain, 'plain', **pk), tpart(html, 'html', **hk)],
                 boundary or ('----=_Part_%d_%d.%d' % (rnd.randint(100000, 9999999), rnd.randint(10000000, 99999999), rnd.randint(1700000000000, 1790000000000))))


def gmail_boundary():
    return '000000000000' + hexs(16)


def body_bytes(body):
    bio = BytesIO()
    g = BytesGenerator(bio, mangle_from_=False, maxheaderlen=0)
    g.flatten(body)
    return bio.getvalue()


# ---------------------------------------------------------------- auth / transport

SENDERS = {
    'aws': dict(mailfrom='amazonses.com', host='a8-30.smtp-out.amazonses.com', ip='54.240.8.30',
                dkim=[('amazon.com', 'wgggaqlslavbyrsrs7hwr2zk2kjvffph'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                dmarc_from='amazon.com', policy='QUARANTINE'),
    'aws_jp': dict(mailfrom='amazonses.com', host='e226-2.smtp-out.us-west-2.amazonses.com', ip='54.240.27.2',
                   dkim=[('amazon.com', 'wgggaqlslavbyrsrs7hwr2zk2kjvffph'), ('amazonses.com', 'hsbnp7p3ensaochzwyq5wwmceodymuwv')],
                   dmarc_from='amazon.com', policy='QUARANTINE'),
    'signin': dict(mailfrom='amazonses.com', host='a11-91.smtp-out.amazonses.com', ip='54.240.11.91',
                   dkim=[('signin.aws', 'rh2gnbbwdxk2cpsvdbwjgjosr4lm5shv'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                   dmarc_from='signin.aws', policy='REJECT'),
    'credly': dict(mailfrom='em.credly.com', host='o11.ptr7813.credly.com', ip='167.89.101.44',
                   dkim=[('credly.com', 's1')], dmarc_from='credly.com', policy='REJECT'),
    'github': dict(mailfrom='github.com', host='out-26.smtp.github.com', ip='192.30.252.209',
                   dkim=[('github.com', 'pf2023')], dmarc_from='github.com', policy='REJECT'),
    'certmetrics': dict(mailfrom='mg.certmetrics.com', host='m228-12.mailgun.net', ip='159.135.228.12',
                        dkim=[('certmetrics.com', 'k1')], dmarc_from='certmetrics.com', policy='NONE'),
    'pearson': dict(mailfrom='pearson.com', host='mx0b-00221f01.pphosted.com', ip='148.163.155.71',
                    dkim=[('pearson.com', 'pps1')], dmarc_from='pearson.com', policy='REJECT'),
    'seller': dict(mailfrom='amazonses.com', host='a48-108.smtp-out.amazonses.com', ip='54.240.48.108',
                   dkim=[('amazon.com', 'wgggaqlslavbyrsrs7hwr2zk2kjvffph'), ('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono')],
                   dmarc_from='amazon.com', policy='QUARANTINE'),
    'gmailuser': dict(mailfrom='gmail.com', host='mail-sor-f41.google.com', ip='209.85.220.41',
                      dkim=[('gmail.com', '20230601')], dmarc_from='gmail.com', policy='NONE'),
}


def dkim_sig(domain, selector, d, headers='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    b = b64s(256)
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (selector, domain, int(d.timestamp()), headers, b64s(32), '\n\t '.join(lines)))


def auth_results(provider, s, header_from, spf='pass', dkim_res=None, dmarc='pass', mailfrom=None, ip=None, rp=None):
    """Return an Authentication-Results header value in the style of the receiving provider."""
    mailfrom = mailfrom or s['mailfrom']
    ip = ip or s['ip']
    dk = dkim_res if dkim_res is not None else [(dd, 'pass') for dd, _ in s['dkim']]
    pol = s['policy']
    if provider == 'gmail':
        parts = ['mx.google.com']
        for dd, r in dk:
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (r, dd, dict(s['dkim']).get(dd, 's1'), alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')))
        if spf == 'pass':
            parts.append('spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (rp or 'bounce@' + mailfrom, ip, mailfrom))
        else:
            parts.append('spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (spf, mailfrom, ip, mailfrom))
        parts.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (dmarc, pol, pol, 'NONE' if dmarc == 'pass' else pol, header_from))
        return ';\n       '.join(parts)
    if provider == 'outlook':
        dkr = dk[0] if dk else ('none', 'none')
        dkim_txt = 'dkim=pass (signature was verified) header.d=%s' % dkr[0] if dkr[1] == 'pass' else 'dkim=%s (signature did not verify) header.d=%s' % (dkr[1], dkr[0])
        act = 'none' if dmarc == 'pass' else ('quarantine' if pol == 'QUARANTINE' else 'oreject')
        comp = 'compauth=pass reason=100' if dmarc == 'pass' else 'compauth=fail reason=000'
        return ('spf=%s (sender IP is %s) smtp.mailfrom=%s; dkim=%s;dmarc=%s action=%s header.from=%s;%s'
                % (spf, ip, mailfrom, dkim_txt[5:], dmarc, act, header_from, comp))
    # Japanese providers / generic
    servid = {'nifty': 'mx.nifty.com', 'biglobe': 'mfilter-20-1.biglobe.ne.jp', 'ocn': 'mx.ocn.ne.jp',
              'so-net': 'mx-so-net.so-net.ne.jp', 'corp_jp': 'mx01.hikari-sys.co.jp'}[provider]
    parts = [servid, 'spf=%s smtp.mailfrom=%s' % (spf, mailfrom)]
    for dd, r in dk:
        parts.append('dkim=%s header.d=%s' % (r, dd))
    parts.append('dmarc=%s header.from=%s' % (dmarc, header_from))
    return ';\n\t'.join(parts)


def transport(provider, s, d, rcpt, header_from, spf='pass', dkim_res=None, dmarc='pass', return_path=None,
              forged_ar=None, ip=None, host=None, no_ar=False):
    """Headers added by the receiving side, top-down."""
    host = host or s['host']
    ip = ip or s['ip']
    rp = return_path or ('bounces+%s@%s' % (hexs(8), s['mailfrom']))
    h = []
    d1 = d + timedelta(seconds=rnd.randint(1, 4))
    if provider == 'gmail':
        pdt, tzn = pacific(d1)
        h.append(('Delivered-To', rcpt))
        h.append(('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s (%s)' % (
            hexs(4), hexs(3), hexs(4), hexs(3), 'o' + alnum(2, 'abcdefghij0123456789') + 'csp' + str(rnd.randint(100000, 9999999)) + 'mab',
            format_datetime(pdt), tzn)))
        h.append(('X-Google-Smtp-Source', 'AGHT+I' + alnum(60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '=='))
        h.append(('X-Received', 'by 2002:a05:6a00:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s (%s)' % (
            hexs(4), hexs(3), hexs(3), hexs(4), alnum(16, 'abcdef0123456789'), rnd.randint(1, 30), rnd.randint(1000000000000, 9999999999999), format_datetime(pdt), tzn)))
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (int(d1.timestamp()), b64s(96))))
        dk0 = dkim_res if dkim_res is not None else [(x, 'pass') for x, _ in s['dkim']]
        dktxt = ('dkim=%s header.i=@%s;\n       ' % (dk0[0][1], dk0[0][0])) if dk0 else ''
        h.append(('ARC-Authentication-Results', 'i=1; mx.google.com;\n       %sspf=%s smtp.mailfrom=%s;\n       dmarc=%s header.from=%s' % (
            dktxt, spf, s['mailfrom'], dmarc, header_from)))
        h.append(('Return-Path', '<%s>' % rp))
        h.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s (%s)' % (
            host, host, ip, alnum(20, 'abcdefghijklmnopqrstuvwxyz0123456789'), rnd.randint(1, 40), rnd.randint(1000, 9999), rcpt, format_datetime(pdt), tzn)))
        h.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;' % (
            spf, rp, 'designates' if spf == 'pass' else 'does not designate', ip, ip)))
        if not no_ar:
            h.append(('Authentication-Results', auth_results('gmail', s, header_from, spf, dkim_res, dmarc, ip=ip, rp=rp)))
    elif provider == 'outlook':
        srv = lambda: '%sPR%02dMB%d.namprd%02d.prod.outlook.com' % (rnd.choice(['SN7', 'BL1', 'MN2', 'DM6', 'CH3', 'PH7', 'SA1']), rnd.randint(10, 20), rnd.randint(1000, 9999), rnd.randint(1, 12))
        fe = lambda: '%sPEPF0000%s.namprd%02d.prod.outlook.com' % (rnd.choice(['SN1', 'BN2', 'CO1', 'DS1', 'SJ1']), alnum(4, '0123456789ABCDEF'), rnd.randint(1, 12))
        a, b_, c = srv(), srv(), srv()
        h.append(('Received', 'from %s (2603:10b6:%x:%x::%x)\n by %s with HTTPS; %s' % (a, rnd.randint(100, 999), rnd.randint(100, 999), rnd.randint(1, 30), b_, fdate(d1 + timedelta(seconds=2)))))
        h.append(('Received', 'from %s (2603:10b6:%x:%x::%x) by\n %s (2603:10b6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            c, rnd.randint(100, 999), rnd.randint(100, 999), rnd.randint(1, 30), a, rnd.randint(100, 999), rnd.randint(100, 999), rnd.randint(1, 30), rnd.randint(8000, 9500), rnd.randint(10, 40), fdate(d1 + timedelta(seconds=1)))))
        if not no_ar:
            h.append(('Authentication-Results', auth_results('outlook', s, header_from, spf, dkim_res, dmarc, ip=ip)))
        h.append(('Received-SPF', '%s (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (
            spf.capitalize(), s['mailfrom'], ip, ip, host)))
        h.append(('Received', 'from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
            host, ip, fe(), rnd.randint(10, 250), rnd.randint(8000, 9500), rnd.randint(10, 40), fdate(d1))))
        h.append(('X-MS-Exchange-Organization-ExpirationStartTime', d1.strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % rnd.randint(0, 9999)))
        h.append(('X-MS-Exchange-Organization-Network-Message-Id', '%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))))
        h.append(('X-MS-Exchange-Organization-AuthSource', fe()))
        h.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
        h.append(('X-MS-Exchange-Organization-SCL', '1'))
        h.append(('Return-Path', rp))
    elif provider == 'none':
        h.append(('Return-Path', '<%s>' % rp))
        h.append(('Received', 'from %s (%s [%s])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            host, host, ip, rcpt.split('@')[1], alnum(11, 'ABCDEF0123456789'), rcpt, fdate(d1))))
    else:  # japanese providers
        servid = {'nifty': 'mx.nifty.com', 'biglobe': 'mfilter-20-1.biglobe.ne.jp', 'ocn': 'mx.ocn.ne.jp',
                  'so-net': 'mx-so-net.so-net.ne.jp', 'corp_jp': 'mx01.hikari-sys.co.jp'}[provider]
        jd = d1.astimezone(JST)
        h.append(('Return-Path', '<%s>' % rp))
        h.append(('Delivered-To', rcpt))
        h.append(('Received', 'from %s (localhost [127.0.0.1])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s (JST)' % (
            servid, servid.replace('mx', 'mbox', 1) if servid.startswith('mx') else 'mbox.' + servid, alnum(12, 'ABCDEFGHIJKLMNOP0123456789'), rcpt, format_datetime(jd + timedelta(seconds=1)))))
        if not no_ar:
            h.append(('Authentication-Results', auth_results(provider, s, header_from, spf, dkim_res, dmarc, ip=ip)))
        h.append(('Received', 'from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s (JST)' % (
            host, host, ip, servid, alnum(14, 'abcdefghijklmnopqrstuvwxyz0123456789'), rcpt, format_datetime(jd))))
    if forged_ar:
        h.append(('Authentication-Results', forged_ar))
    return h


def build(num, slug, label, provider, sender, d, from_, to, subject, body, msgid=None, rcpt=None,
          header_from=None, spf='pass', dkim_res=None, dmarc='pass', extra=None, in_reply_to=None,
          references=None, cc=None, return_path=None, forged_ar=None, ip=None, host=None, dkim=True,
          subject_charset='utf-8', no_ar=False, sign_domain=None, trailer=None, pre=None):
    """Assemble one message; label = (kind, case_id, [ids], sender_verified, lang)."""
    s = SENDERS[sender] if isinstance(sender, str) else sender
    header_from = header_from or s.get('dmarc_from')
    rcpt = rcpt or to.split('<')[-1].rstrip('>').strip()
    hdrs = list(pre or [])
    if provider is not None:
        hdrs += transport(provider, s, d, rcpt, header_from, spf, dkim_res, dmarc, return_path, forged_ar, ip, host, no_ar)
    if dkim:
        for dd, sel in s['dkim'][:2]:
            hdrs.append(('DKIM-Signature', dkim_sig(dd, sel, d)))
    hdrs.append(('Date', fdate(d)))
    hdrs.append(('From', from_))
    hdrs.append(('To', to))
    if cc:
        hdrs.append(('Cc', cc))
    hdrs.append(('Message-ID', msgid or ses_msgid(d)))
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
    if references:
        hdrs.append(('References', references))
    hdrs.append(('Subject', enc(subject, subject_charset)))
    hdrs.append(('MIME-Version', '1.0'))
    for k, v in (extra or []):
        hdrs.append((k, v))
    raw = ''.join('%s: %s\n' % (k, v) for k, v in hdrs).encode('ascii')
    bb = body_bytes(body)
    if trailer:
        for k, v in trailer:
            raw_t = ('%s: %s\n' % (k, v)).encode('ascii')
            # insert after body's content headers
            i = bb.index(b'\n\n')
            bb = bb[:i + 1] + raw_t + bb[i + 1:]
    data = raw + bb
    fname = '%03d-%s.eml' % (num, slug)
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(data)
    kind, case_id, ids, sv, lang = label
    assert kind in ('case_created', 'merge_confirmation_requested', 'merge_completed', 'survey',
                    'credly_badge_issued', 'support_reply', 'unrelated'), kind
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)),
                     'sender_verified': sv, 'language': lang}
    return fname


def ses_extra(d):
    return [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % alnum(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
            ('X-SES-Outgoing', d.strftime('%Y.%m.%d') + '-54.240.8.30')]


AWS_FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
AWS_NOREPLY = '"Amazon Web Services" <no-reply-aws@amazon.com>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def html_wrap(inner, lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="viewport" content="width=device-width"></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n' % (lang, inner))


# =========================================================================== MAILS

# ---------------- Scenario A: Priya Raman, form desk, three profiles into one (en, Gmail)
PRIYA = 'Priya Raman <priya.raman.dev@gmail.com>'
A_OPEN = D('2025-10-21 14:03:11')
A_CASE = case15(A_OPEN, 417)
A_SUBJ = '[CASE %s] %s' % (A_CASE, FORM_SUBJ)

d = A_OPEN + timedelta(seconds=38)
txt = """Hello,

Thank you for reaching out to AWS Training and Certification. This message
confirms that your request has been logged with our team under reference
number %s. A member of our support staff will review the information
you submitted and respond, usually within 24 hours.

Please do not submit a second request for the same issue, as duplicate
requests can delay our response. If you need to add details, reply to this
e-mail and keep the reference number in the subject line.

A copy of your submission:

  Inquiry type:        AWS Training and Certification
  Inquiry detail:      Account Merge
  AWS candidate ID:    aws-10482739
  Name:                Priya Raman
  E-mail:              priya.raman.dev@gmail.com
  Country:             United States
  Description:         I ended up with three certification profiles over the
                       years. Besides the one above there is AWS 20913374
                       (created with my former work address) and AWS33018465
                       (created when I booked an exam through my Outlook
                       address). I would like everything combined into the
                       profile I use today, aws-10482739.

Kind regards,
AWS Training and Certification
""" % A_CASE
build(1, 'aws-tc-raman', ('case_created', A_CASE, ['AWS10482739', 'AWS20913374', 'AWS33018465'], True, 'en'),
      'gmail', 'aws', d, AWS_FORM, PRIYA, A_SUBJ, tpart(txt, cte='qp'), extra=ses_extra(d))

d = D('2025-10-22 16:47:52')
txt = """Hello Priya,

Thank you for contacting AWS Training and Certification.

I have reviewed the three candidate profiles referenced in your request:

- AWS10482739 - sign-in e-mail priya.raman.dev@gmail.com
- AWS20913374 - sign-in e-mail priya.raman@northwind-analytics.com
- AWS33018465 - sign-in e-mail priya.r@outlook.com

Before I can prepare the request, I need two things from you:

1. AWS10482739 currently has an exam appointment booked (Pearson VUE
   registration number 410-872-0336, scheduled for 4 November 2025). The
   appointment itself is not affected, but please confirm that you still
   want AWS10482739 to be the profile that remains active.

2. The 50% discount voucher issued to AWS20913374 (benefit order
   112-4820931-7734019) has not been used yet. Let me know whether you are
   aware of this voucher so that we can note it on the request.

Please reply to this e-mail with the above, keeping the case number in the
subject line, and I will continue from there.

Best regards,

Anjali P.
AWS Training and Certification Customer Support
"""
build(2, 'aws-tc-raman', ('support_reply', A_CASE, ['AWS10482739', 'AWS20913374', 'AWS33018465'], True, 'en'),
      'gmail', 'aws', d, AWS_FORM, PRIYA, 'RE:' + A_SUBJ, tpart(txt, cte='qp'), extra=ses_extra(d))

d = D('2025-10-23 15:12:07')
plain = """Hello Priya,

Thank you for the details. Based on your reply, this is what we will do:

Profile that stays active:
  AWS10482739   priya.raman.dev@gmail.com

Profiles whose certifications and exam history will be moved into it:
  AWS20913374   priya.raman@northwind-analytics.com
  AWS33018465   priya.r@outlook.com

After the transfer the two secondary profiles are closed. Please be aware
that this cannot be reversed: once the records have been combined we are
not able to split them again.

If the above is accurate, please reply to this e-mail stating that you
agree, and we will go ahead.

Best regards,

Anjali P.
AWS Training and Certification Customer Support
"""
html = html_wrap("""<p>Hello Priya,</p>
<p>Thank you for the details. Based on your reply, this is what we will do:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th>Role</th><th>Candidate ID</th><th>Sign-in e-mail</th></tr>
<tr><td>Stays active</td><td>AWS10482739</td><td>priya.raman.dev@gmail.com</td></tr>
<tr><td>Moved into the active profile, then closed</td><td>AWS20913374</td><td>priya.raman@northwind-analytics.com</td></tr>
<tr><td>Moved into the active profile, then closed</td><td>AWS33018465</td><td>priya.r@outlook.com</td></tr>
</table>
<p>Please be aware that this <b>cannot be reversed</b>: once the records have been combined we are not able to split them again.</p>
<p>If the above is accurate, please reply to this e-mail stating that you agree, and we will go ahead.</p>
<p>Best regards,<br><br>Anjali P.<br>AWS Training and Certification Customer Support</p>""")
build(3, 'aws-tc-raman', ('merge_confirmation_requested', A_CASE, ['AWS10482739', 'AWS20913374', 'AWS33018465'], True, 'en'),
      'gmail', 'aws', d, AWS_FORM, PRIYA, 'RE:' + A_SUBJ, alt(plain, html, cte='qp'), extra=ses_extra(d))

d = D('2025-10-24 09:31:40')
txt = """Hello Priya,

Thank you for confirming. I have handed your request over to our
certification records team and they will now proceed with it.

Once the work is finished I will write to you again; after that, please
allow up to 48 hours before your badges appear on Credly.

Best regards,

Anjali P.
AWS Training and Certification Customer Support

On Thu, Oct 23, 2025 at 10:02 PM Priya Raman <priya.raman.dev@gmail.com> wrote:
> Hi Anjali,
>
> Yes, that is all correct - please go ahead. Keep AWS10482739 and move the
> other two into it.
>
> Thanks,
> Priya
>
> On Thu, Oct 23, 2025 at 8:12 AM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
> > Hello Priya,
> >
> > Thank you for the details. Based on your reply, this is what we will do:
> >
> > Profile that stays active:
> >   AWS10482739   priya.raman.dev@gmail.com
> >
> > Profiles whose certifications and exam history will be moved into it:
> >   AWS20913374   priya.raman@northwind-analytics.com
> >   AWS33018465   priya.r@outlook.com
> >
> > After the transfer the two secondary profiles are closed. Please be aware
> > that this cannot be reversed.
"""
build(4, 'aws-tc-raman', ('support_reply', A_CASE, [], True, 'en'),
      'gmail', 'aws', d, AWS_FORM, PRIYA, 'RE:' + A_SUBJ, tpart(txt, cte='base64'), extra=ses_extra(d))

d = D('2025-10-25 02:18:33')
txt = """Hello Priya,

Good news: your certification history now lives in one place. Everything
that was held on the two older profiles - exams, certifications and the
unused voucher - is attached to AWS-10482739, and the older profiles have
been retired, so they will no longer let you sign in.

Please sign in to the AWS Certification portal with priya.raman.dev@gmail.com
and check that all of your certifications are listed. Credly badges can take
up to 48 hours to follow.

Best regards,

Anjali P.
AWS Training and Certification Customer Support

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, October 23, 2025 3:12 PM
To: priya.raman.dev@gmail.com
Subject: RE:[CASE %s] %s

Hello Priya,

Thank you for the details. Based on your reply, this is what we will do:

Profile that stays active:
  AWS10482739   priya.raman.dev@gmail.com

Profiles whose certifications and exam history will be moved into it:
  AWS20913374   priya.raman@northwind-analytics.com
  AWS33018465   priya.r@outlook.com

After the transfer the two secondary profiles are closed. Please be aware
that this cannot be reversed: once the records have been combined we are
not able to split them again.

If the above is accurate, please reply to this e-mail stating that you
agree, and we will go ahead.
""" % (A_CASE, FORM_SUBJ)
build(5, 'aws-tc-raman', ('merge_completed', A_CASE, ['AWS10482739'], True, 'en'),
      'gmail', 'aws', d, AWS_FORM, PRIYA, 'RE:' + A_SUBJ, tpart(txt, cte='qp'), extra=ses_extra(d))

d = D('2025-10-25 02:19:10')
plain = """Hello,

Your case %s has been marked as resolved.

Was your issue resolved?
YES: https://support.aws.amazon.com/feedback?displayId=%s&resolved=yes
NO:  https://support.aws.amazon.com/feedback?displayId=%s&resolved=no

How would you rate the support you received? Your answer takes one click
and goes directly to the team that handled your request.

If you still need help with this request, just reply to this e-mail within
14 days and the case will be reopened.

Thank you,
AWS Training and Certification
""" % (A_CASE, A_CASE, A_CASE)
html = html_wrap("""<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
<h2 style="font-size:20px">How did we do?</h2>
<p>Your case <b>%s</b> has been marked as resolved.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;resolved=yes" style="background:#ff9900;color:#000;padding:8px 24px;text-decoration:none">YES</a>
&nbsp; <a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;resolved=no" style="background:#232f3e;color:#fff;padding:8px 24px;text-decoration:none">NO</a></p>
<p>Rate your experience: <a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;rating=1">1</a> <a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;rating=2">2</a> <a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;rating=3">3</a> <a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;rating=4">4</a> <a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;rating=5">5</a></p>
<p style="color:#687078;font-size:12px">If you still need help with this request, reply to this e-mail within 14 days and the case will be reopened.</p>
</td></tr></table>""" % ((A_CASE,) * 8))
build(6, 'aws-tc-raman', ('survey', A_CASE, [], True, 'en'),
      'gmail', 'aws', d, AWS_FORM, PRIYA, 'Case %s: How did we do?' % A_CASE, alt(plain, html, cte='qp'), extra=ses_extra(d))

d = D('2025-10-26 11:40:02')
bid = '%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
plain = """Priya, your badge is ready to accept

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Accept your badge: https://www.credly.com/badges/%s/accept?utm_source=issued_badge_email&utm_medium=email

Once accepted, you can share it on LinkedIn, add it to your e-mail signature
and let employers verify it in one click.

Issued to: priya.raman.dev@gmail.com
Badge ID: %s

You are receiving this e-mail because Amazon Web Services Training and
Certification uses Credly to issue digital credentials.
Credly, Inc. - 13 E 37th St, 8th Floor, New York, NY 10016
Unsubscribe: https://www.credly.com/notification_preferences?token=%s
""" % (bid, bid, hexs(32))
html = html_wrap("""<div style="max-width:600px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="170" alt="badge">
<h1 style="font-size:22px">Priya, your badge is ready to accept</h1>
<p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><strong>AWS Certified Solutions Architect &ndash; Associate</strong></p>
<p><a href="https://www.credly.com/badges/%s/accept?utm_source=issued_badge_email&amp;utm_medium=email" style="background:#1a73e8;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#666">Badge ID: %s</p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; 13 E 37th St, 8th Floor, New York, NY 10016 &middot; <a href="https://www.credly.com/notification_preferences?token=%s">Unsubscribe</a></p>
</div>""" % (bid, bid, hexs(32)))
build(7, 'credly-raman', ('credly_badge_issued', None, [], True, 'en'),
      'gmail', 'credly', d, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', PRIYA,
      'Priya, your AWS Certified Solutions Architect - Associate badge is ready',
      alt(plain, html, boundary='--==_mimepart_' + hexs(14) + '_' + hexs(5), cte='qp'), msgid='<%s@credly.com>' % hexs(24),
      return_path='bounces+8213410-%s-priya.raman.dev=gmail.com@em.credly.com' % hexs(4))

d = D('2025-10-25 15:06:44')
fwd_date = 'Sat, Oct 25, 2025 at 4:18 AM'
txt = """Hi Daniel,

FYI - AWS support has finally combined my certification profiles. For the
partner portal and our APN tier count, please use AWS10482739 from now on;
the old Northwind one (AWS20913374) has been retired and won't resolve
anymore. Thanks!

Priya

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: %s
Subject: RE:[CASE %s] %s
To: <priya.raman.dev@gmail.com>


Hello Priya,

Good news: your certification history now lives in one place. Everything
that was held on the two older profiles - exams, certifications and the
unused voucher - is attached to AWS-10482739, and the older profiles have
been retired, so they will no longer let you sign in.

Please sign in to the AWS Certification portal with priya.raman.dev@gmail.com
and check that all of your certifications are listed. Credly badges can take
up to 48 hours to follow.

Best regards,

Anjali P.
AWS Training and Certification Customer Support
""" % (fwd_date, A_CASE, FORM_SUBJ)
gb = gmail_boundary()
htmlf = html_wrap('<div dir="ltr">' + txt.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('\n', '<br>\n') + '</div>')
build(8, 'mail-raman', ('unrelated', A_CASE, ['AWS10482739', 'AWS20913374'], False, 'en'),
      'outlook', 'gmailuser', d, PRIYA, 'Daniel Okafor <daniel.okafor@northwind-analytics.com>',
      'Fwd: RE:[CASE %s] %s' % (A_CASE, FORM_SUBJ),
      multi('alternative', [tpart(txt, cte='qp'), tpart(htmlf, 'html', cte='qp')], gb), msgid=gmail_msgid(),
      return_path='priya.raman.dev@gmail.com')

# ---------------- Scenario B: 佐藤 健太, console case (ja), four profiles, agent gets direction wrong
KENTA = addr('佐藤 健太', 'kenta.sato@nifty.com', 'iso-2022-jp')
B_OPEN = D('2025-06-10 01:22:47')
B_CASE = case15(B_OPEN, 9031)
B_SUBJ = '認定アカウントの統合（4アカウント）について'

d = B_OPEN + timedelta(seconds=21)
txt = """Amazon Web Services をご利用いただきありがとうございます。

お客様のお問い合わせに対応するため、新しいケース %s を作成しました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス

ケースの詳細の確認、情報の追加、返信は AWS サポートセンターから行ってください。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

担当者からの回答は、ケースに記録されると同時にこのアドレスにも通知されます。

※このメールアドレスは送信専用のため、ご返信いただいてもお答えできません。

Amazon Web Services

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
""" % (B_CASE, B_CASE, B_SUBJ, B_CASE)
build(9, 'aws-support-sato', ('case_created', B_CASE, [], True, 'ja'),
      'nifty', 'aws_jp', d, AWS_NOREPLY, KENTA,
      'Amazon Web Services: 新しいサポートケースを作成しました: %s' % B_CASE,
      tpart(txt, charset='iso-2022-jp', cte='7bit'), extra=ses_extra(d), subject_charset='iso-2022-jp')

d = D('2025-06-11 05:48:19')
plain = """佐藤 健太 様

AWS トレーニングと認定のサポートにお問い合わせいただき、ありがとうございます。
担当の中村と申します。

お客様のお名前で登録されている認定アカウントを確認いたしました。
以下の内容で統合を実施する予定です。

【統合後に残るアカウント】
　ＡＷＳ５５１２３０９８（サインイン: k-sato@hikari-sys.co.jp）

【統合元のアカウント（統合後はご利用いただけなくなります）】
　ＡＷＳ４００１１８７２（サインイン: kenta.sato@nifty.com）
　ＡＷＳ６１８７０２４５（サインイン: kenta.sato.1987@gmail.com）
　ＡＷＳ７２３０９９１６（パートナー向け SSO 経由で作成）

統合は一度実施すると元に戻すことができません。
上記の内容に相違がないか、サポートセンターのケース画面からご返信ください。
ご返信を確認後、手続きを開始いたします。

よろしくお願いいたします。

中村
Amazon Web Services

このやり取りを評価するには: https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja
""" % B_CASE
html = html_wrap("""<p>佐藤 健太 様</p>
<p>AWS トレーニングと認定のサポートにお問い合わせいただき、ありがとうございます。<br>担当の中村と申します。</p>
<p>お客様のお名前で登録されている認定アカウントを確認いたしました。<br>以下の内容で統合を実施する予定です。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>区分</th><th>認定アカウント ID</th><th>サインイン</th></tr>
<tr><td>統合後に残るアカウント</td><td>ＡＷＳ５５１２３０９８</td><td>k-sato@hikari-sys.co.jp</td></tr>
<tr><td>統合元</td><td>ＡＷＳ４００１１８７２</td><td>kenta.sato@nifty.com</td></tr>
<tr><td>統合元</td><td>ＡＷＳ６１８７０２４５</td><td>kenta.sato.1987@gmail.com</td></tr>
<tr><td>統合元</td><td>ＡＷＳ７２３０９９１６</td><td>パートナー向け SSO 経由で作成</td></tr>
</table>
<p>統合は一度実施すると<b>元に戻すことができません</b>。<br>上記の内容に相違がないか、サポートセンターのケース画面からご返信ください。<br>ご返信を確認後、手続きを開始いたします。</p>
<p>よろしくお願いいたします。</p>
<p>中村<br>Amazon Web Services</p>
<p style="font-size:11px;color:#687078">このやり取りを評価するには: <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">こちら</a></p>""" % B_CASE, 'ja')
build(10, 'aws-support-sato', ('merge_confirmation_requested', B_CASE, ['AWS40011872', 'AWS55123098', 'AWS61870245', 'AWS72309916'], True, 'ja'),
      'nifty', 'aws_jp', d, AWS_NOREPLY, KENTA, 'RE:[CASE %s] %s' % (B_CASE, B_SUBJ),
      alt(plain, html, cte='base64'), extra=ses_extra(d))

d = D('2025-06-11 07:03:00')
txt = """山本さん

お疲れさまです。佐藤です。

AWS 認定アカウントの統合をサポートに依頼している件（ケース %s）で、
残すアカウントが逆になっていたのでケース上で訂正を入れました。

  残す　　：AWS40011872（個人の nifty アドレス、SAP と DevOps Pro が入っている方）
  統合する：AWS55123098（会社アドレス）、AWS61870245（gmail）、aws-72309916（パートナー SSO）

AWS72309916 はパートナーネットワークの SSO で作られたものなので、
統合後はパートナーポータル側の紐付けが外れるかもしれません。
お手数ですが、統合が終わったらポータル上の認定資格の登録を
AWS40011872 に付け替えていただけますか。

内線 4417 / 携帯 090-3318-7720

佐藤
""" % B_CASE
build(11, 'mail-sato', ('unrelated', B_CASE, ['AWS40011872', 'AWS55123098', 'AWS61870245', 'AWS72309916'], None, 'ja'),
      None, {'dkim': [], 'mailfrom': 'hikari-sys.co.jp'}, d, addr('佐藤 健太', 'k-sato@hikari-sys.co.jp', 'iso-2022-jp'),
      addr('山本 彩', 'a-yamamoto@hikari-sys.co.jp', 'iso-2022-jp'),
      'AWS認定アカウント統合の件（パートナーポータル）', tpart(txt, charset='iso-2022-jp', cte='7bit'),
      msgid='<%s.%s@hikari-sys.co.jp>' % (d.strftime('%Y%m%d%H%M%S'), hexs(6)), subject_charset='iso-2022-jp',
      extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ja')], dkim=False)

d = D('2025-06-12 02:11:45')
txt = """佐藤 健太 様

ご返信いただき、ありがとうございます。担当の中村です。

前回のご案内で、残すアカウントと統合元のアカウントを取り違えておりました。
ご指摘いただいたとおり訂正いたします。大変失礼いたしました。

訂正後の内容は以下のとおりです。

■ 統合後に残るアカウント
　AWS40011872（kenta.sato@nifty.com）

■ 上記へ統合するアカウント
　AWS-55123098（k-sato@hikari-sys.co.jp）
　aws 61870245（kenta.sato.1987@gmail.com）
　ＡＷＳ７２３０９９１６（パートナー SSO）

なお、パートナー SSO 経由で作成された ＡＷＳ７２３０９９１６ については、
統合後にパートナーポータルとの連携が解除されます。

統合後は元に戻すことができないため、あらためて上記の内容でよろしいか
ケース画面よりご確認のご返信をお願いいたします。

中村
Amazon Web Services
"""
build(12, 'aws-support-sato', ('merge_confirmation_requested', B_CASE, ['AWS40011872', 'AWS55123098', 'AWS61870245', 'AWS72309916'], True, 'ja'),
      'nifty', 'aws_jp', d, AWS_NOREPLY, KENTA, 'RE:[CASE %s] %s' % (B_CASE, B_SUBJ),
      tpart(txt, charset='iso-2022-jp', cte='7bit'), extra=ses_extra(d))

d = D('2025-06-13 00:36:02')
txt = """佐藤 健太 様

ご確認いただきありがとうございます。担当の中村です。

いただいた内容に基づき、これより担当部署にて統合の手続きを進めてまいります。
作業が終わりましたら、本ケースにて改めてご連絡いたします。

作業中は統合元のアカウントでのサインインや試験の予約変更ができない場合があります。
恐れ入りますが、完了のご連絡まで今しばらくお待ちください。

中村
Amazon Web Services

---
2025/06/12 21:05 (JST) お客様からの返信:

中村様

訂正ありがとうございます。今回の内容で問題ありません。
AWS40011872 を残して、AWS55123098、AWS61870245、AWS72309916 を統合してください。

佐藤
"""
build(13, 'aws-support-sato', ('support_reply', B_CASE, [], True, 'ja'),
      'nifty', 'aws_jp', d, AWS_NOREPLY, KENTA, 'RE:[CASE %s] %s' % (B_CASE, B_SUBJ),
      tpart(txt, charset='utf-8', label='Shift_JIS', cte='base64'), extra=ses_extra(d))

d = D('2025-06-14 08:20:51')
txt = """佐藤 健太 様

お待たせいたしました。担当の中村です。

ご依頼いただいた認定アカウントの件、以下のとおり処理が完了いたしましたのでお知らせいたします。

　統合先（今後ご利用いただくアカウント）: AWS40011872
　統合済み（閉鎖）: AWS55123098 / AWS61870245 / AWS72309916

取得済みの認定資格、受験履歴、特典はすべて AWS40011872 に移行いたしました。
今後は kenta.sato@nifty.com でサインインしてください。

Credly のデジタルバッジは、反映まで最大で 5 営業日ほどかかる場合があります。
それ以降もバッジが表示されない場合は、本ケースにご返信ください。

中村
Amazon Web Services
"""
build(14, 'aws-support-sato', ('merge_completed', B_CASE, ['AWS40011872', 'AWS55123098', 'AWS61870245', 'AWS72309916'], True, 'ja'),
      'nifty', 'aws_jp', d, AWS_NOREPLY, KENTA, 'RE:[CASE %s] %s' % (B_CASE, B_SUBJ),
      tpart(txt, charset='cp932', label='Shift_JIS', cte='base64'), extra=ses_extra(d))

d = D('2025-06-16 03:00:12')
plain = """佐藤 健太 様

お問い合わせいただいたケース %s はクローズされました。

今回のサポートについて、簡単なアンケートにご協力いただけますでしょうか。
所要時間は 1 分ほどです。

問題は解決しましたか？
　はい: https://support.console.aws.amazon.com/support/feedback?displayId=%s&answer=yes&language=ja
　いいえ: https://support.console.aws.amazon.com/support/feedback?displayId=%s&answer=no&language=ja

ケースを再開する必要がある場合は、14 日以内にサポートセンターからご返信ください。

Amazon Web Services
""" % (B_CASE, B_CASE, B_CASE)
html = html_wrap("""<p>佐藤 健太 様</p>
<p>お問い合わせいただいたケース <b>%s</b> はクローズされました。</p>
<p>今回のサポートについて、簡単なアンケートにご協力いただけますでしょうか。所要時間は 1 分ほどです。</p>
<p><b>問題は解決しましたか？</b></p>
<p><a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;answer=yes&amp;language=ja">はい</a> ／ <a href="https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;answer=no&amp;language=ja">いいえ</a></p>
<p style="font-size:12px;color:#687078">ケースを再開する必要がある場合は、14 日以内にサポートセンターからご返信ください。</p>
<p>Amazon Web Services</p>""" % (B_CASE, B_CASE, B_CASE), 'ja')
build(15, 'aws-support-sato', ('survey', B_CASE, [], True, 'ja'),
      'nifty', 'aws_jp', d, AWS_NOREPLY, KENTA,
      'ケース %s はクローズされました - アンケートのお願い' % B_CASE,
      alt(plain, html, cte='qp'), extra=ses_extra(d), subject_charset='iso-2022-jp')

d = D('2025-06-17 22:14:38')
bid = '%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
plain = """健太さん、バッジを受け取る準備ができました

Amazon Web Services Training and Certification から次のバッジが発行されました。

AWS Certified DevOps Engineer – Professional

バッジを受け取る: https://www.credly.com/badges/%s/accept?locale=ja

このバッジは、以前お使いのアカウントから移行されたものです。受け取り後は LinkedIn などで共有できます。

バッジ ID: %s

Credly, Inc.
配信停止: https://www.credly.com/notification_preferences?token=%s
""" % (bid, bid, hexs(32))
html = html_wrap("""<div style="max-width:600px;margin:auto;text-align:center">
<h1 style="font-size:20px">健太さん、バッジを受け取る準備ができました</h1>
<p>Amazon Web Services Training and Certification から次のバッジが発行されました。</p>
<p><strong>AWS Certified DevOps Engineer – Professional</strong></p>
<p><a href="https://www.credly.com/badges/%s/accept?locale=ja" style="background:#1a73e8;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">バッジを受け取る</a></p>
<p>このバッジは、以前お使いのアカウントから移行されたものです。</p>
<p style="font-size:11px;color:#999">バッジ ID: %s<br>Credly, Inc. &middot; <a href="https://www.credly.com/notification_preferences?token=%s">配信停止</a></p>
</div>""" % (bid, bid, hexs(32)), 'ja')
build(16, 'credly-sato', ('credly_badge_issued', None, [], True, 'ja'),
      'nifty', 'credly', d, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', KENTA,
      '健太さん、AWS Certified DevOps Engineer – Professional バッジを受け取りましょう',
      alt(plain, html, boundary='--==_mimepart_' + hexs(14) + '_' + hexs(5), cte='base64'), msgid='<%s@credly.com>' % hexs(24))

# ---------------- Scenario C: Jan Kowalski, console case, two merges in one case (en, Office 365)
JAN = 'Jan Kowalski <jan.kowalski@contoso-consulting.com>'
C_OPEN = D('2026-01-13 08:41:09')
C_CASE = case15(C_OPEN, 2288)
C_SUBJ = 'Merge AWS Certification profiles (personal + Partner Central SSO)'
CONSOLE_FOOT = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
%s
Amazon Web Services
====================================================================
To see the case or reply, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

To see all of your cases, please visit: https://console.aws.amazon.com/support/home#/case/history
*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please follow the link above to respond from your AWS Support Center.
====================================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

d = C_OPEN + timedelta(seconds=12)
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: I have two certification profiles plus a third one that was
created automatically when I signed in through Partner Central. Please combine
everything into my main profile.

You can view your case and add correspondence in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please do not reply to this message. This e-mail address cannot accept incoming e-mail.

Thank you,
Amazon Web Services
""" % (C_CASE, C_CASE, C_SUBJ, C_CASE)
build(17, 'aws-support-kowalski', ('case_created', C_CASE, [], True, 'en'),
      'outlook', 'aws', d, AWS_NOREPLY, JAN, 'Amazon Web Services: You have opened a new Support case: %s' % C_CASE,
      tpart(txt, cte='qp'), extra=ses_extra(d))

d = D('2026-01-14 10:05:27')
txt = """Hello Jan,

Thank you for reaching out to AWS Training and Certification. My name is Tomasz and I will be helping you with this case.

I searched our records using the details in your case and found the following:

- Candidate ID AWS80245517, registered to jan.kowalski@contoso-consulting.com (this is the profile with your Security - Specialty and Solutions Architect - Professional certifications)
- Candidate ID AWS61338402, registered to jan.kowalski84@gmail.com

I could not find a profile for the third address you mentioned (jkowalski@contoso-consulting.onmicrosoft.com). Profiles that were created through a Partner Central single sign-on are sometimes stored under the partner organisation rather than under your own e-mail. To locate it, could you please send me:

1. The candidate ID shown on that profile's Certification Account page (it starts with AWS), or a screenshot of that page with the e-mail visible;
2. Your Partner Central organisation ID (for example 0015000000XYz12) - not your AWS account number;
3. Confirmation of which profile should remain as your main profile.

Please note that the 12-digit AWS account number 4821-9930-1174 in your case is your AWS billing account, and it is not used for certification.
""" + CONSOLE_FOOT % ('Tomasz W.', C_CASE)
build(18, 'aws-support-kowalski', ('support_reply', C_CASE, ['AWS61338402', 'AWS80245517'], True, 'en'),
      'outlook', 'aws', d, AWS_NOREPLY, JAN, 'RE:[CASE %s] %s' % (C_CASE, C_SUBJ),
      tpart(txt, cte='qp'), extra=ses_extra(d))

d = D('2026-01-15 13:27:50')
txt = """Hello Jan,

Thank you for the additional information and the screenshot. I have been able to locate the third profile: it is AWS79901246, linked to the Partner Central organisation of Contoso Consulting.

Because the SSO-linked profile has to be released by your Partner Central administrator first, I suggest we handle this in two steps within this case. The first step, which I can prepare now, is:

  Surviving profile: AWS80245517 (jan.kowalski@contoso-consulting.com)
  Profile to be merged into it: AWS61338402 (jan.kowalski84@gmail.com)

All exam history, certifications and benefits from AWS61338402 will be moved to AWS80245517, and AWS61338402 will be deactivated. This is a permanent change and cannot be undone.

Please reply on the case to confirm that the above is correct. The SSO profile AWS79901246 is not part of this first step; we will come back to it separately.
""" + CONSOLE_FOOT % ('Tomasz W.', C_CASE)
build(19, 'aws-support-kowalski', ('merge_confirmation_requested', C_CASE, ['AWS61338402', 'AWS79901246', 'AWS80245517'], True, 'en'),
      'outlook', 'aws', d, AWS_NOREPLY, JAN, 'RE:[CASE %s] %s' % (C_CASE, C_SUBJ),
      tpart(txt, cte='base64'), extra=ses_extra(d))

d = D('2026-01-16 19:44:03')
txt = """Hello Jan,

Step one is done. The certifications and exam history that were held under AWS61338402 now appear under AWS80245517, and the Gmail-based profile has been deactivated. Please sign in with jan.kowalski@contoso-consulting.com to check.

For the second step, your Partner Central administrator needs to remove the SSO link from profile AWS 7990 1246 (Partner Central > Users > Certifications > Unlink). Once that has been done, let us know on this case and I will send you the details of the second consolidation to confirm.
""" + CONSOLE_FOOT % ('Tomasz W.', C_CASE)
build(20, 'aws-support-kowalski', ('merge_completed', C_CASE, ['AWS61338402', 'AWS79901246', 'AWS80245517'], True, 'en'),
      'outlook', 'aws', d, AWS_NOREPLY, JAN, 'RE:[CASE %s] %s' % (C_CASE, C_SUBJ),
      tpart(txt, cte='qp'), extra=ses_extra(d))

d = D('2026-01-21 09:15:38')
txt = """Hello Jan,

Thank you for letting us know that your administrator has released the SSO link. I can confirm that profile aws79901246 is no longer tied to the Partner Central organisation.

Here is the second consolidation for this case:

  Surviving profile: aws80245517
  Profile to be merged into it: aws79901246 (formerly Partner Central SSO)

Please note that this action cannot be reversed. After it, any partner training completions recorded under aws79901246 will be shown under aws80245517.

Before I submit it, please confirm on the case that this is what you want.
""" + CONSOLE_FOOT % ('Marta K.', C_CASE)
build(21, 'aws-support-kowalski', ('merge_confirmation_requested', C_CASE, ['AWS79901246', 'AWS80245517'], True, 'en'),
      'outlook', 'aws', d, AWS_NOREPLY, JAN, 'RE:[CASE %s] %s' % (C_CASE, C_SUBJ),
      tpart(txt, cte='qp'), extra=ses_extra(d))

d = D('2026-01-22 16:02:11')
html = html_wrap("""<p>Hello Jan,</p>
<p>The second and final consolidation in this case has been carried out: the history of your former Partner Central profile has been moved, and you now have a single certification profile, <b>AWS 80245517</b>, that holds everything from all three.</p>
<p>Since both steps are complete, I will now close this case. If anything looks wrong, you can reopen it from the Support Center within 14 days.</p>
<p>We value your feedback. Please share your experience by rating this correspondence:</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en&amp;rate=1">&#9733;</a>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en&amp;rate=2">&#9733;</a>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en&amp;rate=3">&#9733;</a>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en&amp;rate=4">&#9733;</a>
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en&amp;rate=5">&#9733;</a></p>
<p>Best regards,<br>Marta K.<br>Amazon Web Services</p>
<hr>
<p style="font-size:11px;color:#687078">Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To respond to this case, please use the AWS Support Center.<br>
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc.</p>""" % ((C_CASE,) * 5))
build(22, 'aws-support-kowalski', ('merge_completed', C_CASE, ['AWS80245517'], True, 'en'),
      'outlook', 'aws', d, AWS_NOREPLY, JAN, 'RE:[CASE %s] %s' % (C_CASE, C_SUBJ),
      tpart(html, 'html', cte='qp'), extra=ses_extra(d))

d = D('2026-01-29 16:05:40')
txt = """Hello,

Case %s has been marked as resolved.

Case ID: %s
Subject: %s

Did we resolve your issue? Tell us in a few seconds:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&survey=true

If you need more help with this issue, you can reopen the case from the Support Center.

Thank you for using Amazon Web Services.
""" % (C_CASE, C_CASE, C_SUBJ, C_CASE)
build(23, 'aws-support-kowalski', ('survey', C_CASE, [], True, 'en'),
      'outlook', 'aws', d, AWS_NOREPLY, JAN, 'Amazon Web Services: Your Support case %s has been resolved' % C_CASE,
      tpart(txt, cte='7bit', charset='us-ascii'), extra=ses_extra(d))

# ---------------- Look-alikes (unrelated)
d = D('2025-08-19 17:26:40')
txt = """Hello,

This is a follow-up to your case 6127735409.

We have reviewed your request to combine the duplicate detail pages for your
product. The two ASINs below have now been merged, and all offers and reviews
are displayed on the surviving detail page:

  Surviving ASIN:  B0C7XK2M4Q
  Merged ASIN:     B0C7XJ9P1R

It may take up to 72 hours for the change to be reflected on the Amazon
website. Pending customer orders (for example 113-5560921-4470288) are not
affected.

Did we solve your problem? If yes, please click here:
https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=6127735409&rating=yes
If no, please click here:
https://sellercentral.amazon.com/cu/case-dashboard/feedback?caseID=6127735409&rating=no

Thank you for selling on Amazon,
Ravi
Amazon Selling Partner Support
"""
build(24, 'amazon-seller-support', ('unrelated', '6127735409', [], True, 'en'),
      'gmail', 'seller', d, '"Amazon Selling Partner Support" <sellersupport@amazon.com>',
      'Hoang Nguyen <orders@blue-lantern-goods.com>',
      'RE:[CASE 6127735409] Request to merge duplicate ASIN detail pages', tpart(txt, cte='qp'), extra=ses_extra(d))

d = D('2026-01-20 11:52:07')
txt = """Merged #412 into main.

@mpetrov merged commit 3f2a9c1 into main.

Merge duplicate candidate profiles in cert-tracker

When a consultant has more than one AWS Certification profile, the tracker
now keeps the profile with the most active certifications and folds the
other rows into it. Fixture added for the case seen last week
(AWS99990001 + AWS99990002 -> AWS99990001).

Closes #398

--
Reply to this email directly, view it on GitHub:
https://github.com/contoso-consulting/cert-tracker/pull/412#event-15820473316
You are receiving this because you were mentioned.

Message ID: <contoso-consulting/cert-tracker/pull/412/issue_event/15820473316@github.com>
"""
htmlg = html_wrap("""<p><b>Merged</b> <a href="https://github.com/contoso-consulting/cert-tracker/pull/412">#412</a> into main.</p>
<p><a href="https://github.com/mpetrov">@mpetrov</a> merged commit <a href="https://github.com/contoso-consulting/cert-tracker/commit/3f2a9c1">3f2a9c1</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/contoso-consulting/cert-tracker/pull/412#event-15820473316">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>""")
build(25, 'github-cert-tracker', ('unrelated', None, ['AWS99990001', 'AWS99990002'], False, 'en'),
      'outlook', 'github', d, '"Mila Petrova" <notifications@github.com>', JAN,
      'Re: [contoso-consulting/cert-tracker] Merge duplicate candidate profiles in cert-tracker (PR #412)',
      multi('alternative', [tpart(txt, cte='7bit', charset='UTF-8'), tpart(htmlg, 'html', cte='7bit', charset='UTF-8')],
            '--==_mimepart_%s_%s' % (hexs(13), hexs(6))),
      msgid='<contoso-consulting/cert-tracker/pull/412/issue_event/15820473316@github.com>',
      in_reply_to='<contoso-consulting/cert-tracker/pull/412@github.com>',
      references='<contoso-consulting/cert-tracker/pull/412@github.com>',
      extra=[('List-ID', 'contoso-consulting/cert-tracker <cert-tracker.contoso-consulting.github.com>'),
             ('X-GitHub-Reason', 'mention')])

MARCUS = 'Marcus Delgado <marcus.delgado@outlook.com>'
d = D('2026-02-20 18:31:56')
plain = """Hi Marcus,

You asked to merge two Credly accounts. To confirm that you own
m.delgado@alumni.uwashington.edu, enter this code on the Credly website:

    604 917

Complete Account Merge:
https://www.credly.com/users/account_merge/confirm?token=%s

The code expires in 30 minutes. If you did not request this, you can ignore
this e-mail; nothing will change.

The Credly Team
""" % hexs(40)
build(26, 'credly-delgado', ('unrelated', None, [], True, 'en'),
      'outlook', 'credly', d, '"Credly" <admin@credly.com>', MARCUS,
      'Your code to complete the account merge',
      tpart(plain, cte='qp'), msgid='<%s@credly.com>' % hexs(24))

d = D('2026-02-02 14:00:09')
plain = """Jan, your badge expires soon

Your badge AWS Certified Security - Specialty, issued by Amazon Web Services
Training and Certification, expires on April 3, 2026.

To keep it active, recertify before that date. Learn how:
https://www.credly.com/badges/%s?recertify=1

Badges that expire stay on your profile, but are marked as expired.

Credly, Inc. | Unsubscribe: https://www.credly.com/notification_preferences?token=%s
""" % ('%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12)), hexs(32))
build(27, 'credly-kowalski', ('unrelated', None, [], True, 'en'),
      'outlook', 'credly', d, '"Credly" <admin@credly.com>', JAN,
      'Reminder: your AWS Certified Security - Specialty badge expires in 60 days',
      tpart(plain, cte='qp'), msgid='<%s@credly.com>' % hexs(24))

d = D('2025-07-02 00:15:33')
txt = """佐藤 健太 様

AWS 認定の再認定、おめでとうございます。

以下の認定が更新されました。

　認定名: AWS Certified Solutions Architect – Professional
　受験者 ID: AWS40011872
　認定番号 (Validation Number): 4F2K9QW1XBR3MZ7L
　有効期限: 2028 年 6 月 30 日

認定の確認は AWS Certification アカウントからいつでも行えます:
https://www.aws.training/Certification

今後の AWS 認定プログラム改善のため、アンケートへのご協力をお願いする場合があります。

AWS Training and Certification
※このメールは送信専用アドレスから送信されています。
"""
build(28, 'certmetrics-sato', ('unrelated', None, ['AWS40011872'], False, 'ja'),
      'nifty', 'certmetrics', d, '"AWS Certification" <do-not-reply@certmetrics.com>', KENTA,
      'AWS 認定：再認定おめでとうございます', tpart(txt, charset='utf-8', cte='base64'),
      msgid='<%s.%s@certmetrics.com>' % (hexs(16), hexs(8)), subject_charset='utf-8')

MISAKI = addr('山田 美咲', 'misaki.yamada@biglobe.ne.jp', 'iso-2022-jp')
d = D('2025-09-03 06:40:12')
txt = """山田 美咲 様

ピアソン VUE をご利用いただきありがとうございます。
以下の内容で試験のご予約を承りました。

試験:            SAA-C03: AWS Certified Solutions Architect - Associate (日本語)
受験日時:        2025年9月20日(土) 13:30
会場:            ピアソン VUE 公認テストセンター 新宿西口
登録番号:        0000-413-982-115
受験者 ID:       AWS23587104
お支払い:        注文番号 0072-8841-3356

ご予約の変更・キャンセルは、受験日の 24 時間前までに行ってください。

ピアソン VUE カスタマーサービス: 0120-355-173（平日 9:00-18:00）

Pearson VUE
"""
build(29, 'pearson-vue-yamada', ('unrelated', None, ['AWS23587104'], False, 'ja'),
      'biglobe', 'pearson', d, '"Pearson VUE" <pearsonvuecustomerservice@pearson.com>', MISAKI,
      'ピアソン VUE 試験予約の確認 - AWS Certification', tpart(txt, charset='iso-2022-jp', cte='7bit'),
      msgid='<%s@pearson.com>' % hexs(20), subject_charset='iso-2022-jp')

d = D('2026-01-27 21:09:44')
C2_CASE = case15(D('2026-01-26 15:30:02'), 71)
txt = """Hello Jan,

Thank you for contacting AWS Billing and Accounts.

I understand that you would like to bring your company's second AWS account
(8830-1274-5519) under the same bill as your management account
(4821-9930-1174). AWS accounts themselves cannot be merged into one another,
but you can achieve consolidated billing by inviting 883012745519 to your
organization in AWS Organizations:

1. Sign in to the management account and open AWS Organizations.
2. Choose "Add an AWS account" > "Invite an existing AWS account".
3. Accept the invitation from the second account.

Once accepted, charges from both accounts will appear on a single invoice
starting with the next billing period. Your Savings Plans and Reserved
Instance discounts will be shared across the organization by default.
""" + CONSOLE_FOOT % ('Sofia R.', C2_CASE)
build(30, 'aws-support-kowalski', ('unrelated', C2_CASE, [], True, 'en'),
      'outlook', 'aws', d, AWS_NOREPLY, JAN,
      'RE:[CASE %s] Combine two AWS accounts into one bill' % C2_CASE, tpart(txt, cte='qp'), extra=ses_extra(d))

d = D('2025-11-04 22:51:30')
E_CASE = case15(d - timedelta(seconds=15), 380)
txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Normal
Correspondence: Service: EC2 Instances
Region: US East (Northern Virginia)
Primary Instance Type: All G and VT instances
Limit name: Instance Limit
New limit value: 64
------------
Use case description: Training runs for a certification lab environment.

You can view your case and add correspondence in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you,
Amazon Web Services
""" % (E_CASE, E_CASE, E_CASE)
build(31, 'aws-support-raman', ('unrelated', E_CASE, [], True, 'en'),
      'gmail', 'aws', d, AWS_NOREPLY, PRIYA, 'Amazon Web Services: You have opened a new Support case: %s' % E_CASE,
      tpart(txt, cte='7bit', charset='us-ascii'), extra=ses_extra(d))

# ---------------- colleague, phishing, codes, newsletter
SUZUKI = addr('鈴木 大輔', 'd-suzuki@mirai-soft.co.jp', 'iso-2022-jp')
MIRAI = dict(mailfrom='mirai-soft.co.jp', host='JPN01-TYC-obe.outbound.protection.outlook.com', ip='52.101.229.104',
             dkim=[('mirai-soft.co.jp', 'selector1')], dmarc_from='mirai-soft.co.jp', policy='NONE')
d = D('2025-09-25 01:48:22')
txt = """鈴木さん

ご確認ありがとうございます。

パートナー申請の書類には統合後に残る ID だけを書けばよいので、
AWS サポートから完了の連絡が来たら、その ID を教えてください。

参考までに、私の分は ＡＷＳ１３５７２４６８ で登録済みです
（社員番号 20481137 と一緒に管理表に入れています）。

締め切りは 10/10 です。よろしくお願いします。

田中

________________________________
差出人: 鈴木 大輔 <d-suzuki@mirai-soft.co.jp>
送信日時: 2025年9月24日 水曜日 18:12
宛先: 田中 徹 <t-tanaka@mirai-soft.co.jp>
件名: RE: AWS認定IDの確認のお願い

田中さん

認定アカウントが 3 つに分かれてしまっていて、いま AWS に統合を依頼しています。
統合前の ID は AWS66012457、AWS66012458、AWS70933120 です。
どれが残るかはサポートの回答待ちです。

鈴木
"""
build(32, 'mail-tanaka', ('unrelated', None, ['AWS13572468'], False, 'ja'),
      'outlook', MIRAI, d, addr('田中 徹', 't-tanaka@mirai-soft.co.jp', 'iso-2022-jp'), SUZUKI,
      'RE: AWS認定IDの確認のお願い', tpart(txt, charset='iso-2022-jp', cte='7bit'),
      msgid='<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>' % (rnd.randint(1000, 9999), alnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), rnd.randint(1000, 9999)),
      in_reply_to='<TYCPR01MB8822%s@TYCPR01MB8822.jpnprd01.prod.outlook.com>' % alnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
      subject_charset='iso-2022-jp', extra=[('Thread-Topic', enc('AWS認定IDの確認のお願い', 'iso-2022-jp')), ('Content-Language', 'ja-JP')])

OLIVIA = 'Olivia Chen <olivia.chen.cloud@gmail.com>'
PHISH1 = dict(mailfrom='aws-certification-benefits.com', host='mail.aws-certification-benefits.com', ip='185.244.26.91',
              dkim=[('aws-certification-benefits.com', 'default')], dmarc_from='aws-certification-benefits.com', policy='NONE')
d = D('2025-12-02 13:07:55')
html = html_wrap("""<div style="max-width:600px;margin:auto">
<img src="https://aws-certification-benefits.com/static/aws-logo.png" width="90" alt="aws">
<h2>Your 50%% exam voucher expires in 48 hours</h2>
<p>Dear Candidate (AWS 5561 0923),</p>
<p>Our records show that the exam discount benefit attached to your AWS Certification account has not been redeemed. Unredeemed benefits are permanently removed after <b>December 4, 2025</b>.</p>
<p><a href="https://aws-certification-benefits.com/claim?c=5561-0923&amp;t=%s" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Claim my voucher</a></p>
<p>You will be asked to sign in with your AWS Certification credentials to confirm your identity.</p>
<p style="font-size:11px;color:#888">AWS Training &amp; Certification Benefits Team</p>
</div>""" % hexs(24))
build(33, 'aws-certification-benefits-chen', ('unrelated', None, ['AWS55610923'], False, 'en'),
      'gmail', PHISH1, d, '"AWS Certification Benefits" <benefits@aws-certification-benefits.com>', OLIVIA,
      'Action required: your AWS Certification voucher expires in 48 hours', tpart(html, 'html', cte='base64'),
      msgid='<%s@aws-certification-benefits.com>' % hexs(18))

d = D('2026-02-19 23:10:31')
txt = """Hello,

Thank you for creating an AWS Builder ID. To verify your email address
(m.delgado@alumni.uwashington.edu), enter the following code:

Verification code: 582047

This code expires in 10 minutes.

If you did not request this code, you can ignore this message.

Amazon Web Services
"""
build(34, 'signin-aws-delgado', ('unrelated', None, [], True, 'en'),
      'outlook', 'signin', d, '"AWS Builder ID" <no-reply@signin.aws>', 'm.delgado@alumni.uwashington.edu',
      'Verify your AWS Builder ID email address', tpart(txt, cte='7bit', charset='us-ascii'), extra=ses_extra(d),
      rcpt='m.delgado@alumni.uwashington.edu')

d = D('2025-11-13 16:00:04')
plain = """AWS Training and Certification | November update

New this month
- AWS Certified Generative AI Developer - Professional (beta) is open for registration.
- 30 new courses in AWS Skill Builder, including hands-on labs for Amazon Bedrock.

Tip: one profile for all your certifications
If you have certified with more than one e-mail address, your certifications may
be split across several profiles. Sign in at aws.training/Certification to check
which of your credentials appear on your profile, and contact us through the
Training and Certification help page if something is missing.

Your benefits
Certified? Your 50%% discount on your next exam is available in the Benefits
section of your Certification account.

You are receiving this e-mail because you opted in to AWS Training and
Certification communications. Unsubscribe: https://pages.awscloud.com/unsubscribe.html?e=%s
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109
""" % hexs(20)
html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<h1 style="font-size:24px">November update</h1>
<h3>New this month</h3>
<ul><li>AWS Certified Generative AI Developer &ndash; Professional (beta) is open for registration.</li>
<li>30 new courses in AWS Skill Builder, including hands-on labs for Amazon Bedrock.</li></ul>
<h3>Tip: one profile for all your certifications</h3>
<p>If you have certified with more than one e-mail address, your certifications may be split across several profiles. <a href="https://aws.training/Certification">Check your profile</a>.</p>
<h3>Your benefits</h3>
<p>Certified? Your 50% discount on your next exam is available in the Benefits section of your Certification account.</p>
<p style="font-size:11px;color:#687078">You are receiving this e-mail because you opted in to AWS Training and Certification communications. <a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a><br>Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table>""")
build(35, 'aws-tc-news', ('unrelated', None, [], True, 'en'),
      'gmail', 'aws', d, '"AWS Training and Certification" <aws-training-certification@amazon.com>', PRIYA,
      'November update: new certification, 30 new courses, and a tip about your profile', alt(plain, html, cte='qp'),
      extra=ses_extra(d) + [('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html>')])

PHISH2 = dict(mailfrom='aws-certmerge-support.com', host='mta2.aws-certmerge-support.com', ip='45.137.21.160',
              dkim=[('aws-certmerge-support.com', 'mail')], dmarc_from='aws-certmerge-support.com', policy='NONE')
d = D('2025-10-22 03:41:17')
txt = """Hello Priya,

We are processing your AWS Certification account merge request (Case 176111920300552).

Please review the accounts below:

  Primary account:   aws-10482739
  Account to merge:  aws-20913374

IMPORTANT: The merge is permanent and cannot be reversed. To confirm the merge,
you must verify ownership of both accounts by signing in at the secure link
below within 24 hours, otherwise the request will be cancelled:

  https://aws-certmerge-support.com/verify?case=176111920300552

Regards,
AWS Certification Account Services
"""
build(36, 'aws-cert-support-raman', ('merge_confirmation_requested', '176111920300552', ['AWS10482739', 'AWS20913374'], False, 'en'),
      'gmail', PHISH2, d, '"AWS Certification Support" <accounts@aws-certmerge-support.com>', PRIYA,
      'Action needed: confirm your AWS Certification account merge', tpart(txt, cte='qp'),
      msgid='<%s@aws-certmerge-support.com>' % hexs(20))

SPOOF = dict(mailfrom='bulk-mx4.net', host='vps-21788.hostwindsdns.com', ip='142.11.206.73',
             dkim=[], dmarc_from='amazon.com', policy='QUARANTINE')
d = D('2026-03-09 08:55:40')
txt = """Dear Customer,

Your AWS Certification accounts AWS 55610923 and AWS-55610924 have been
successfully merged (Case #7734120956). All certifications are now held on
a single profile.

As part of the merge, your exam benefits have been temporarily suspended.
To reactivate them, verify your billing details within 24 hours:

http://aws-certification-verify.support/reactivate?id=7734120956

Amazon Web Services
Training and Certification
"""
build(37, 'aws-tc-chen', ('merge_completed', '7734120956', ['AWS55610923', 'AWS55610924'], False, 'en'),
      'gmail', SPOOF, d, '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>', OLIVIA,
      'RE:[CASE 7734120956] Your accounts have been merged', tpart(txt, cte='7bit', charset='us-ascii'),
      msgid='<%s@vps-21788.hostwindsdns.com>' % hexs(16), spf='pass', dkim_res=[], dmarc='fail',
      return_path='info@bulk-mx4.net',
      forged_ar='amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com',
      dkim=False)

PHISH3 = dict(mailfrom='credly-badges.net', host='smtp.credly-badges.net', ip='91.215.85.17',
              dkim=[('credly-badges.net', 'k1')], dmarc_from='credly-badges.net', policy='NONE')
d = D('2026-03-03 12:20:09')
html = html_wrap("""<div style="max-width:600px;margin:auto;text-align:center">
<h1 style="font-size:22px">Marcus, your badge has been transferred</h1>
<p>Following your recent AWS Certification account merge, Amazon Web Services Training and Certification has issued the following badge to your account:</p>
<p><strong>AWS Certified Developer &ndash; Associate</strong></p>
<p><a href="https://credly-badges.net/accept?b=%s" style="background:#1a73e8;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#999">Credly &middot; 13 E 37th St, New York, NY</p>
</div>""" % hexs(32))
build(38, 'credly-delgado', ('credly_badge_issued', None, [], False, 'en'),
      'outlook', PHISH3, d, '"Credly" <notifications@credly-badges.net>', MARCUS,
      'Marcus, your badge has been transferred - accept it now', tpart(html, 'html', cte='qp'),
      msgid='<%s@credly-badges.net>' % hexs(20))

# ---------------- Scenario E: 山田 美咲, form desk (ja), old employer address, 11-digit case id
E1_CASE = '12390487215'
E1_SUBJ = '[CASE %s] %s' % (E1_CASE, FORM_SUBJ)
d = D('2025-09-05 11:27:40')
plain = """山田 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。

お問い合わせを受け付けました（受付番号: %s）。
内容を確認のうえ、担当者より原則 24 時間以内にご連絡いたします。

同じ内容で重ねてお問い合わせいただくと、回答が遅れる場合がございます。
情報を追加される場合は、件名の受付番号を変えずにこのメールにご返信ください。

--- ご入力内容 ---
お問い合わせの種類: AWS Training and Certification
詳細: Account Merge
AWS 受験者 ID: AWS23587104
メールアドレス: misaki.yamada@biglobe.ne.jp
内容: 前職のメールアドレス（misaki.y@tohoku-denki.co.jp）で作成した認定アカウントがあり、
　　　現在のアカウントにまとめたいです。前職のアカウントの ID はわかりません。

AWS Training and Certification
""" % E1_CASE
html = html_wrap("""<p>山田 美咲 様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。</p>
<p>お問い合わせを受け付けました（受付番号: <b>%s</b>）。<br>内容を確認のうえ、担当者より原則 24 時間以内にご連絡いたします。</p>
<p>同じ内容で重ねてお問い合わせいただくと、回答が遅れる場合がございます。</p>
<table cellpadding="4" style="border:1px solid #ccc;font-size:13px">
<tr><td>お問い合わせの種類</td><td>AWS Training and Certification</td></tr>
<tr><td>詳細</td><td>Account Merge</td></tr>
<tr><td>AWS 受験者 ID</td><td>AWS23587104</td></tr>
<tr><td>メールアドレス</td><td>misaki.yamada@biglobe.ne.jp</td></tr>
</table>
<p>AWS Training and Certification</p>""" % E1_CASE, 'ja')
build(39, 'aws-tc-yamada', ('case_created', E1_CASE, ['AWS23587104'], True, 'ja'),
      'biglobe', 'aws', d, AWS_FORM, MISAKI, E1_SUBJ,
      multi('alternative', [tpart(plain, charset='iso-2022-jp', cte='7bit'), tpart(html, 'html', charset='utf-8', cte='qp')],
            '----=_Part_%d_%d.%d' % (rnd.randint(100000, 9999999), rnd.randint(10000000, 99999999), int(d.timestamp() * 1000))),
      extra=ses_extra(d))

d = D('2025-09-08 02:03:51')
txt = """山田 美咲 様

AWS トレーニングと認定サポートの森です。お問い合わせありがとうございます。

ご記載の前職のメールアドレス misaki.y@tohoku-denki.co.jp で登録された
受験者アカウントを確認いたしました。ID は AWS-91022638 です。

現在お使いのアカウント（AWS23587104）と合わせて、次の点をお知らせください。

1. どちらのアカウントを残すか
2. 残すアカウントの通知先メールアドレス（サインイン用と異なる場合）
3. アカウントをまとめる理由（例: 転職によるメールアドレスの変更）

なお、お問い合わせフォームに記載のお電話番号（03-5412-8870）には
当窓口からご連絡することはございませんので、本メールへのご返信でお願いいたします。

森
AWS Training and Certification Customer Support
"""
build(40, 'aws-tc-yamada', ('support_reply', E1_CASE, ['AWS23587104', 'AWS91022638'], True, 'ja'),
      'biglobe', 'aws', d, AWS_FORM, MISAKI, 'RE:' + E1_SUBJ, tpart(txt, cte='base64'), extra=ses_extra(d))

d = D('2025-09-09 04:47:09')
txt = """山田 美咲 様

ご返信ありがとうございます。森です。

残すアカウントは AWS23587104 で承知いたしました。
ただ、同アカウントには 2025年9月20日の試験予約（SAA-C03）がございますため、
試験結果がアカウントに反映されるまで作業を保留させていただきます。

結果の反映を確認でき次第、統合の内容をまとめてお送りしますので、
その内容をご確認いただいたうえで作業に進みます。今しばらくお待ちください。

森
AWS Training and Certification Customer Support

2025年9月8日(月) 21:14 山田 美咲 <misaki.yamada@biglobe.ne.jp>:
> 森様
>
> ご確認ありがとうございます。
> 1. 今のアカウント AWS23587104 を残したいです。
> 2. 通知先も misaki.yamada@biglobe.ne.jp でお願いします。
> 3. 転職でメールアドレスが変わったためです。
> 前職のアカウント（AWS91022638）は使えなくなって大丈夫です。
>
> 山田
>
> 2025年9月8日(月) 11:03 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> > 山田 美咲 様
> >
> > ご記載の前職のメールアドレス misaki.y@tohoku-denki.co.jp で登録された
> > 受験者アカウントを確認いたしました。ID は AWS-91022638 です。
"""
build(41, 'aws-tc-yamada', ('support_reply', E1_CASE, ['AWS23587104'], True, 'ja'),
      'biglobe', 'aws', d, AWS_FORM, MISAKI, 'RE:' + E1_SUBJ, tpart(txt, charset='iso-2022-jp', cte='7bit'), extra=ses_extra(d))

d = D('2025-09-26 06:30:27')
txt = """山田 美咲 様

森です。ご確認のご返信をいただき、ありがとうございました。

旧アカウントに登録されていた認定資格・受験履歴・特典は、すべて
ＡＷＳ２３５８７１０４ へ移行いたしました。旧アカウントは無効化しております。
9月20日の試験結果も引き続き同アカウントでご確認いただけます。

Credly のバッジは数日以内に misaki.yamada@biglobe.ne.jp 宛てに届きます。

森
AWS Training and Certification Customer Support

差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年9月24日 10:02
宛先: misaki.yamada@biglobe.ne.jp
件名: RE:[CASE %s] %s

山田 美咲 様

試験結果の反映を確認いたしました。以下の内容で統合を行います。

　残るアカウント: AWS23587104
　統合元（統合後に無効化）: AWS91022638

統合は取り消すことができません。よろしければ本メールにご返信ください。
""" % (E1_CASE, FORM_SUBJ)
build(42, 'aws-tc-yamada', ('merge_completed', E1_CASE, ['AWS23587104'], True, 'ja'),
      'biglobe', 'aws', d, AWS_FORM, MISAKI, 'RE:' + E1_SUBJ, tpart(txt, cte='base64'), extra=ses_extra(d))

d = D('2025-09-26 06:31:02')
txt = """山田 美咲 様

お問い合わせ（受付番号 %s）は解決済みとなりました。

今回の対応について、次の 2 つの質問にお答えください。

① 問題は解決しましたか？
　　はい: https://support.aws.amazon.com/feedback?displayId=%s&q1=yes&lang=ja
　　いいえ: https://support.aws.amazon.com/feedback?displayId=%s&q1=no&lang=ja

② 担当者の対応はいかがでしたか？（５段階）
　　https://support.aws.amazon.com/feedback?displayId=%s&q2=rate&lang=ja

ご回答は今後のサービス改善に活用させていただきます。

AWS Training and Certification
""" % (E1_CASE, E1_CASE, E1_CASE, E1_CASE)
build(43, 'aws-tc-yamada', ('survey', E1_CASE, [], True, 'ja'),
      'biglobe', 'aws', d, AWS_FORM, MISAKI, 'アンケートのお願い：受付番号 %s' % E1_CASE,
      tpart(txt, charset='cp932', label='Shift_JIS', cte='8bit'), extra=ses_extra(d), subject_charset='iso-2022-jp')

# ---------------- Scenario I: 高橋 由美, console case (ja), no reply from user
YUMI = addr('高橋 由美', 'yumi.takahashi@ocn.ne.jp', 'iso-2022-jp')
I_OPEN = D('2026-02-16 00:58:33')
I_CASE = case15(I_OPEN, 15)
I_SUBJ = '認定アカウントが2つあるので1つにしたい'
d = I_OPEN + timedelta(seconds=9)
txt = """Amazon Web Services をご利用いただきありがとうございます。

お問い合わせいただいた内容について、新しいケースを作成しました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス

ケースの状況確認や追加情報の送信は、サポートセンターから行えます。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

このメールには返信できません。

Amazon Web Services
""" % (I_CASE, I_SUBJ, I_CASE)
build(44, 'aws-support-takahashi', ('case_created', I_CASE, [], True, 'ja'),
      'ocn', 'aws_jp', d, AWS_NOREPLY, YUMI,
      'Amazon Web Services: 新しいサポートケース %s を作成しました' % I_CASE,
      tpart(txt, charset='cp932', label='Shift_JIS', cte='base64'), extra=ses_extra(d), subject_charset='iso-2022-jp')

d = D('2026-02-24 01:12:40')
txt = """高橋 由美 様

お世話になっております。AWS トレーニングと認定サポートの佐々木です。

2月17日に、ＡＷＳ３８８４０２７１（yumi.t.work@gmail.com）を
ＡＷＳ３８８４０２１７（yumi.takahashi@ocn.ne.jp）へまとめる内容をご案内いたしましたが、
その後ご返信を確認できておりません。

本件について引き続きサポートが必要でしょうか。
ご案内の内容でよろしければ、サポートセンターのケース画面からその旨ご返信ください。
すでに解決済みの場合や、お手続きが不要になった場合もお知らせいただけますと幸いです。

7 日以内にご返信がない場合、本ケースは自動的にクローズされます。

佐々木
Amazon Web Services
"""
build(45, 'aws-support-takahashi', ('support_reply', I_CASE, ['AWS38840217', 'AWS38840271'], True, 'ja'),
      'ocn', 'aws_jp', d, AWS_NOREPLY, YUMI, 'RE:[CASE %s] %s' % (I_CASE, I_SUBJ),
      tpart(txt, charset='iso-2022-jp', cte='7bit'), extra=ses_extra(d))

# ---------------- Scenario F: Marcus Delgado, form desk, plan changed by the user mid-case (en, Outlook.com)
F_OPEN = D('2026-02-10 17:22:05')
F_CASE = case15(F_OPEN, 60734)
F_SUBJ = '[CASE %s] %s' % (F_CASE, FORM_SUBJ)

d = D('2026-02-11 20:14:33')
txt = """Hello Marcus,

Thank you for contacting AWS Training and Certification.

I have located both profiles mentioned in your request. Please review the
proposed change carefully:

  Profile to keep:   AWS31177420  (marcus.delgado@outlook.com)
  Profile to close:  AWS48820157  (mdelgado@fabrikam-logistics.com)

All certifications, exam history and benefits on AWS48820157 will be moved
to AWS31177420. Afterwards AWS48820157 will no longer be accessible.

Please note that this process is irreversible. If the details above are
correct, reply to this e-mail with your confirmation and we will submit
the request.

Best regards,

Kevin L.
AWS Training and Certification Customer Support
"""
build(46, 'aws-tc-delgado', ('merge_confirmation_requested', F_CASE, ['AWS31177420', 'AWS48820157'], True, 'en'),
      'outlook', 'aws', d, AWS_FORM, MARCUS, 'RE:' + F_SUBJ, tpart(txt, cte='qp'), extra=ses_extra(d))

d = D('2026-02-12 22:40:18')
txt = """Hello Marcus,

Thank you for letting us know about the third profile before we went ahead;
I’ve put the request on hold so that all three can be handled together.

I searched for m.delgado@alumni.uwashington.edu but couldn’t match it to a
profile yet. The number you sent, 421 990 337, is a Pearson VUE registration
number from a 2019 exam, not a candidate ID, so it does not identify the
profile on our side.

Could you please sign in at https://www.aws.training/Certification with the
university address and send us the candidate ID shown under “Account
Information”? It starts with “AWS” followed by eight digits. Alternatively,
reply from the university mailbox so that we can verify you own it.

For reference, the two profiles already identified are AWS31177420 and
AWS48820157; nothing has been changed on either of them.

Best regards,

Kevin L.
AWS Training and Certification Customer Support
"""
build(47, 'aws-tc-delgado', ('support_reply', F_CASE, ['AWS31177420', 'AWS48820157'], True, 'en'),
      'outlook', 'aws', d, AWS_FORM, MARCUS, 'RE:' + F_SUBJ, tpart(txt, cte='qp', label='iso-8859-1'), extra=ses_extra(d))

d = D('2026-02-14 15:09:51')
txt = """Hello Marcus,

Thanks for sending the candidate ID from your university profile. I have
verified it and updated the request. Here is the revised plan, which
replaces the one I sent on February 11:

  Profile to keep:
    AWS 31177420   marcus.delgado@outlook.com

  Profiles to be merged into it and then closed:
    AWS 48820157   mdelgado@fabrikam-logistics.com
    AWS 52019983   m.delgado@alumni.uwashington.edu

Once the profiles are combined this cannot be undone. Please reply to
confirm that the revised plan is correct.

Best regards,

Kevin L.
AWS Training and Certification Customer Support

________________________________
From: Marcus Delgado <marcus.delgado@outlook.com>
Sent: Friday, February 13, 2026 6:47 PM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE %s] %s

Hi Kevin,

Found it - the university profile is AWS52019983 (I first thought it was
AWS52019938, sorry, typo in my notes). Screenshot attached.

Marcus

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, February 11, 2026 12:14 PM
To: Marcus Delgado <marcus.delgado@outlook.com>
Subject: RE:[CASE %s] %s

Hello Marcus,

  Profile to keep:   AWS31177420  (marcus.delgado@outlook.com)
  Profile to close:  AWS48820157  (mdelgado@fabrikam-logistics.com)
""" % (F_CASE, FORM_SUBJ, F_CASE, FORM_SUBJ)
build(48, 'aws-tc-delgado', ('merge_confirmation_requested', F_CASE, ['AWS31177420', 'AWS48820157', 'AWS52019983'], True, 'en'),
      'outlook', 'aws', d, AWS_FORM, MARCUS, 'RE:' + F_SUBJ, tpart(txt, cte='qp'), extra=ses_extra(d))

d = D('2026-02-17 03:55:12')
plain = """Hello Marcus,

All set. aws48820157 and aws52019983 have been folded into aws31177420;
your certifications from the Fabrikam and university profiles are now
listed there, and the two old profiles have been closed.

We have also asked Credly to transfer the badges from the old profiles.
Once that transfer is done, you will get an e-mail from Credly for each
badge; this usually takes 2-3 business days.

As this completes your request, I am closing the case. How did we do?
Rate this response: https://support.aws.amazon.com/feedback?displayId=%s

Best regards,

Kevin L.
AWS Training and Certification Customer Support
""" % F_CASE
html = html_wrap("""<p>Hello Marcus,</p>
<p>All set. aws48820157 and aws52019983 have been folded into <b>aws31177420</b>; your certifications from the Fabrikam and university profiles are now listed there, and the two old profiles have been closed.</p>
<p>We have also asked Credly to transfer the badges from the old profiles. Once that transfer is done, you will get an e-mail from Credly for each badge; this usually takes 2&ndash;3 business days.</p>
<p>As this completes your request, I am closing the case. <b>How did we do?</b> <a href="https://support.aws.amazon.com/feedback?displayId=%s">Rate this response</a></p>
<p>Best regards,<br><br>Kevin L.<br>AWS Training and Certification Customer Support</p>""" % F_CASE)
build(49, 'aws-tc-delgado', ('merge_completed', F_CASE, ['AWS31177420', 'AWS48820157', 'AWS52019983'], True, 'en'),
      'outlook', 'aws', d, AWS_FORM, MARCUS, 'RE:' + F_SUBJ, alt(plain, html, cte='qp'), extra=ses_extra(d))

d = D('2026-02-19 14:26:48')
bid = '%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
plain = """Marcus, a badge has been moved to your account

Amazon Web Services Training and Certification has transferred the following
badge to marcus.delgado@outlook.com:

AWS Certified Developer - Associate

Accept it to display it on your profile:
https://www.credly.com/badges/%s/accept

Previously issued to: mdelgado@fabrikam-logistics.com

Credly, Inc.
""" % bid
html = html_wrap("""<div style="max-width:600px;margin:auto;text-align:center">
<h1 style="font-size:22px">Marcus, a badge has been moved to your account</h1>
<p>Amazon Web Services Training and Certification has transferred the following badge to <b>marcus.delgado@outlook.com</b>:</p>
<p><strong>AWS Certified Developer &ndash; Associate</strong></p>
<p><a href="https://www.credly.com/badges/%s/accept" style="background:#1a73e8;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#666">Previously issued to: mdelgado@fabrikam-logistics.com</p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; <a href="https://www.credly.com/notification_preferences?token=%s">Unsubscribe</a></p>
</div>""" % (bid, hexs(32)))
build(50, 'credly-delgado', ('credly_badge_issued', None, [], True, 'en'),
      'outlook', 'credly', d, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', MARCUS,
      'A badge has been transferred to your Credly account',
      alt(plain, html, boundary='--==_mimepart_' + hexs(14) + '_' + hexs(5), cte='qp'), msgid='<%s@credly.com>' % hexs(24))

d = D('2026-01-24 09:02:19')
bid = '%s-%s-%s-%s-%s' % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
plain = """View this e-mail in a browser to accept your badge:
https://www.credly.com/badges/%s/accept

Credly, Inc.
""" % bid
html = html_wrap("""<div style="max-width:600px;margin:auto;text-align:center">
<h1 style="font-size:22px">Congratulations, Jan!</h1>
<p>Amazon Web Services Training and Certification issued you a new badge:</p>
<p><strong>AWS Partner: Accreditation (Technical)</strong></p>
<p>Earned on January 23, 2026. Your training history from your former Partner Central profile is now recognised on your main account.</p>
<p><a href="https://www.credly.com/badges/%s/accept" style="background:#1a73e8;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#666">Validation number: Q7HX2LM4RT9BK1WZ</p>
<p style="font-size:11px;color:#999">Credly, Inc. &middot; <a href="https://www.credly.com/notification_preferences?token=%s">Unsubscribe</a></p>
</div>""" % (bid, hexs(32)))
build(51, 'credly-kowalski', ('credly_badge_issued', None, [], True, 'en'),
      'outlook', 'credly', d, '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>', JAN,
      'Jan, you earned a new badge from Amazon Web Services Training and Certification',
      alt(plain, html, boundary='--==_mimepart_' + hexs(14) + '_' + hexs(5), cte='qp'), msgid='<%s@credly.com>' % hexs(24))

# ---------------- Scenario G: Olivia Chen, form desk, 10-digit case id, look-alike ids (en, Gmail)
G_CASE = '6398127745'
G_SUBJ = '[CASE %s] %s' % (G_CASE, FORM_SUBJ)
d = D('2025-12-08 04:19:26')
html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #eaeded"><tr><td style="padding:24px">
<p style="font-size:18px"><b>We&rsquo;ve got your message</b></p>
<p>Hi Olivia,</p>
<p>Thanks for writing to AWS Training and Certification. Your enquiry has been assigned case number <b>%s</b>, and someone from our team will be in touch, normally within one business day.</p>
<p>Please keep this number for your records and avoid sending the same request again &ndash; replying to this message is the quickest way to add anything.</p>
<table cellpadding="4" style="font-size:13px;background:#f7f7f7">
<tr><td>Topic</td><td>Account Merge</td></tr>
<tr><td>Candidate ID provided</td><td>AWS27460318</td></tr>
<tr><td>Contact</td><td>olivia.chen.cloud@gmail.com</td></tr>
</table>
<p>AWS Training and Certification</p>
</td></tr></table>""" % G_CASE)
build(52, 'aws-tc-chen', ('case_created', G_CASE, ['AWS27460318'], True, 'en'),
      'gmail', 'aws', d, AWS_FORM, OLIVIA, G_SUBJ, tpart(html, 'html', cte='base64'), extra=ses_extra(d))

d = D('2025-12-09 18:02:44')
plain = """Hello Olivia,

Thank you for your patience. I found two candidate profiles under your name.
Note that the two IDs differ only in their last two digits, so please check
them carefully:

  KEEP    AWS27460318  olivia.chen.cloud@gmail.com
          Credly account: olivia-chen.3f9c2a
          AWS Certified Cloud Practitioner (validation no. 8QK2MX4TLW1JZP7C)

  MERGE   AWS27460391  o.chen@lumen-health.org
          Credly account: olivia-chen.b7e011
          AWS Certified Data Engineer - Associate (validation no. ZT4R8WQ2NB6LYH3D)
          Exam registration 0000-418-220-731 (result received 12/02/2025)

When the profiles are combined, everything on AWS27460391 moves to
AWS27460318 and AWS27460391 is closed. This cannot be reversed.

Please reply to this e-mail to confirm that this is correct before we
continue.

Best regards,

Hannah S.
AWS Training and Certification Customer Support
"""
html = html_wrap("""<p>Hello Olivia,</p>
<p>Thank you for your patience. I found two candidate profiles under your name. Note that the two IDs differ only in their last two digits, so please check them carefully:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#232f3e;color:#fff"><th>Action</th><th>Candidate ID</th><th>E-mail</th><th>Credly account</th><th>Certifications</th></tr>
<tr><td><b>KEEP</b></td><td>AWS27460318</td><td>olivia.chen.cloud@gmail.com</td><td>olivia-chen.3f9c2a</td><td>AWS Certified Cloud Practitioner<br><small>validation no. 8QK2MX4TLW1JZP7C</small></td></tr>
<tr><td><b>MERGE</b></td><td>AWS27460391</td><td>o.chen@lumen-health.org</td><td>olivia-chen.b7e011</td><td>AWS Certified Data Engineer &ndash; Associate<br><small>validation no. ZT4R8WQ2NB6LYH3D<br>exam registration 0000-418-220-731</small></td></tr>
</table>
<p>When the profiles are combined, everything on AWS27460391 moves to AWS27460318 and AWS27460391 is closed. <b>This cannot be reversed.</b></p>
<p>Please reply to this e-mail to confirm that this is correct before we continue.</p>
<p>Best regards,<br><br>Hannah S.<br>AWS Training and Certification Customer Support</p>""")
build(53, 'aws-tc-chen', ('merge_confirmation_requested', G_CASE, ['AWS27460318', 'AWS27460391'], True, 'en'),
      'gmail', 'aws', d, AWS_FORM, OLIVIA, 'RE:' + G_SUBJ, alt(plain, html, cte='qp'), extra=ses_extra(d))

d = D('2025-12-10 17:36:15')
txt = """Hello Olivia,

Thank you for confirming. We will now proceed with your request. Please do
not sign in with AWS27460391 or book any exams on it in the meantime.

Once the merge is complete we will send you a confirmation, and your Credly
badges should follow within a few days after that.

Best regards,

Hannah S.
AWS Training and Certification Customer Support

On Tue, Dec 9, 2025 at 7:41 PM Olivia Chen <olivia.chen.cloud@gmail.com> wrote:

> Hi Hannah,
>
> Confirmed - keep AWS27460318 (gmail) and merge AWS27460391 into it.
>
> Olivia
>
> On Tue, Dec 9, 2025 at 10:02 AM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
> > Hello Olivia,
> >
> >   KEEP    AWS27460318  olivia.chen.cloud@gmail.com
> >   MERGE   AWS27460391  o.chen@lumen-health.org
> >
> > When the profiles are combined, everything on AWS27460391 moves to
> > AWS27460318 and AWS27460391 is closed. This cannot be reversed.
"""
build(54, 'aws-tc-chen', ('support_reply', G_CASE, ['AWS27460391'], True, 'en'),
      'gmail', 'aws', d, AWS_FORM, OLIVIA, 'RE:' + G_SUBJ, tpart(txt, cte='qp'), extra=ses_extra(d))

d = D('2025-12-13 08:00:51')
plain = """Your case %s has been closed.

Thank you for contacting AWS Training and Certification.
""" % G_CASE
html = html_wrap("""<table width="600" align="center"><tr><td>
<h2>How did we do?</h2>
<p>Hi Olivia, your case <b>%s</b> has been closed. We&rsquo;d love to hear about your experience.</p>
<p>Was your issue resolved?
<a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;resolved=yes">YES</a> |
<a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;resolved=no">NO</a></p>
<p>How satisfied are you with the support you received?</p>
<p><a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;csat=1">&#128542;</a> <a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;csat=3">&#128528;</a> <a href="https://support.aws.amazon.com/feedback?displayId=%s&amp;csat=5">&#128522;</a></p>
</td></tr></table>""" % ((G_CASE,) * 6))
build(55, 'aws-tc-chen', ('survey', G_CASE, [], True, 'en'),
      'gmail', 'aws', d, AWS_FORM, OLIVIA, 'Your case %s has been closed' % G_CASE,
      alt(plain, html, cte='qp'), extra=ses_extra(d))

# ---------------- Scenario H: 鈴木 大輔, form desk (ja), three profiles, O365
H_OPEN = D('2025-09-22 00:31:48')
H_CASE = case15(H_OPEN, 4406)
H_SUBJ = '[CASE %s] %s' % (H_CASE, FORM_SUBJ)
d = D('2025-09-29 07:45:02')
html = html_wrap("""<p>鈴木 大輔 様</p>
<p>AWS トレーニングと認定サポートの小林でございます。<br>お待たせしており申し訳ございません。</p>
<p>ご依頼いただいた 3 つの認定アカウントについて、以下の 2 件の統合を行う予定です。<br>いずれも統合先は同じアカウントです。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eaeded"><th>No.</th><th>統合元（統合後に無効）</th><th>統合先（残るアカウント）</th></tr>
<tr><td>1</td><td>ＡＷＳ６６０１２４５７<br><small>d-suzuki@mirai-soft.co.jp</small></td><td rowspan="2">ＡＷＳ７０９３３１２０<br><small>daisuke.suzuki.aws@gmail.com</small></td></tr>
<tr><td>2</td><td>ＡＷＳ６６０１２４５８<br><small>suzuki.d@mirai-soft.jp（旧ドメイン）</small></td></tr>
</table>
<p>統合後は、統合元のアカウントに戻すことはできません。<br>上記の内容でよろしければ、本メールにご返信のうえご承認ください。</p>
<p>※ お問い合わせフォームにご記入の社員番号（20270415）は統合作業には使用いたしません。</p>
<p>小林<br>AWS Training and Certification Customer Support</p>""", 'ja')
build(56, 'aws-tc-suzuki', ('merge_confirmation_requested', H_CASE, ['AWS66012457', 'AWS66012458', 'AWS70933120'], True, 'ja'),
      'outlook', 'aws', d, AWS_FORM, SUZUKI, 'RE:' + H_SUBJ, tpart(html, 'html', cte='base64'), extra=ses_extra(d))

d = D('2025-10-01 02:18:40')
txt = """鈴木 大輔 様

小林です。ご承認いただきありがとうございました。

ご指定の 2 つのアカウントの認定資格および受験履歴を
ＡＷＳ７０９３３１２０ に集約いたしました。
統合元の 2 アカウントは本日付で無効となっております。

今後は daisuke.suzuki.aws@gmail.com でサインインしてください。

小林
AWS Training and Certification Customer Support

> 小林様
>
> ご連絡ありがとうございます。内容に相違ありません。統合をお願いいたします。
>
> 鈴木
>
> > 鈴木 大輔 様
> >
> > ご依頼いただいた 3 つの認定アカウントについて、以下の 2 件の統合を行う予定です。
> >
> > 1. AWS66012457 → AWS70933120
> > 2. AWS66012458 → AWS70933120
> >
> > 統合後は、統合元のアカウントに戻すことはできません。
"""
build(57, 'aws-tc-suzuki', ('merge_completed', H_CASE, ['AWS70933120'], True, 'ja'),
      'outlook', 'aws', d, AWS_FORM, SUZUKI, 'RE:' + H_SUBJ, tpart(txt, charset='iso-2022-jp', cte='7bit'), extra=ses_extra(d))

d = D('2025-10-01 03:02:10')
txt = """田中さん

お疲れさまです。鈴木です。
AWS 認定アカウントの統合が終わりました。パートナー申請には AWS70933120 を記載してください。
（以前お伝えした AWS66012457 / AWS66012458 はもう使えません）

以下、AWS からのメールを転送します。

鈴木

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, October 1, 2025 11:18 AM
To: 鈴木 大輔 <d-suzuki@mirai-soft.co.jp>
Subject: RE:[CASE %s] %s

鈴木 大輔 様

小林です。ご承認いただきありがとうございました。

ご指定の 2 つのアカウントの認定資格および受験履歴を
ＡＷＳ７０９３３１２０ に集約いたしました。
統合元の 2 アカウントは本日付で無効となっております。
""" % (H_CASE, FORM_SUBJ)
build(58, 'mail-suzuki', ('unrelated', H_CASE, ['AWS66012457', 'AWS66012458', 'AWS70933120'], None, 'ja'),
      None, MIRAI, d, SUZUKI, addr('田中 徹', 't-tanaka@mirai-soft.co.jp', 'iso-2022-jp'),
      'FW: RE:[CASE %s] %s' % (H_CASE, FORM_SUBJ), tpart(txt, charset='utf-8', cte='base64'),
      msgid='<TYCPR01MB8822%s@TYCPR01MB8822.jpnprd01.prod.outlook.com>' % alnum(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
      no_ar=True, dkim=False, extra=[('Thread-Topic', 'RE:[CASE %s] %s' % (H_CASE, FORM_SUBJ)), ('Thread-Index', 'AQHcMnR2' + alnum(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') + '=='),
                                     ('Content-Language', 'ja-JP'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
                                     ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
                                     ('X-MS-Exchange-Organization-AuthSource', 'TYCPR01MB8822.jpnprd01.prod.outlook.com')],
      pre=[('Received', 'from TYCPR01MB8822.jpnprd01.prod.outlook.com ([fe80::5c1e:8a2f:b3d4:91e7]) by\n TYCPR01MB8822.jpnprd01.prod.outlook.com ([fe80::5c1e:8a2f:b3d4:91e7%5]) with mapi id\n 15.20.9160.015; ' + fdate(d + timedelta(seconds=1)))])

# ---------------- Scenario K: Ahmed Khan, partner SSO profile cannot survive, no Authentication-Results (own mail server)
AHMED = 'Ahmed Khan <ahmed.khan@kestrel-it.co.uk>'
K_CASE = '13418820077'
K_SUBJ = '[CASE %s] %s' % (K_CASE, FORM_SUBJ)
d = D('2026-03-04 10:41:29')
txt = """Hello Ahmed,

Thank you for your reply.

I have checked the two profiles:

  AWS 6120-4471  - created through the AWS Partner Network single sign-on of
                   Kestrel IT Ltd (partner ID 0015000000Qk8Lp)
  AWS 6120-4417  - ahmed.khan@kestrel-it.co.uk, holds your Solutions
                   Architect - Professional and Security - Specialty

You asked to keep AWS 6120-4471. Unfortunately a profile that is managed by a
partner organisation's SSO cannot be the one that remains: if the SSO link is
removed, or you leave the organisation, you would lose access to all of your
certifications. We would normally do it the other way round, keeping AWS
6120-4417 and moving the partner profile into it.

Could you let us know which of these you would prefer?

  a) keep AWS 6120-4417 and move AWS 6120-4471 into it; or
  b) ask your partner administrator to remove the SSO link from AWS 6120-4471
     first, after which it can be kept.

No changes have been made yet.

Best regards,

Priyanka D.
AWS Training and Certification Customer Support
"""
build(59, 'aws-tc-khan', ('support_reply', K_CASE, ['AWS61204417', 'AWS61204471'], None, 'en'),
      'none', 'aws', d, AWS_FORM, AHMED, 'RE:' + K_SUBJ, tpart(txt, cte='qp'), extra=ses_extra(d), no_ar=True)

d = D('2026-03-19 10:05:02')
txt = """Hello Ahmed,

We have not received a reply from you for a while, so we have closed case
%s. If you still need help, simply reply to this e-mail within 14 days
and the case will be reopened.

Please take a moment to let us know how we did:

  Was your issue resolved?  YES / NO
  https://support.aws.amazon.com/feedback?displayId=%s

Thank you,
AWS Training and Certification
""" % (K_CASE, K_CASE)
build(60, 'aws-tc-khan', ('survey', K_CASE, [], None, 'en'),
      'none', 'aws', d, AWS_FORM, AHMED, 'RE:' + K_SUBJ, tpart(txt, cte='7bit', charset='us-ascii'), extra=ses_extra(d), no_ar=True)

# === END MAILS ===


def finish():
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=2)
    print('wrote', len(LABELS), 'mails')


if __name__ == '__main__':
    finish()
