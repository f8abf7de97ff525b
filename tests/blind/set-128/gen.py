#!/usr/bin/env python3
"""Generator for blind set 128: whole AWS Certification account-merge cases, second round."""
import base64
import datetime as _dt
import hashlib
import json
import os
import quopri
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
LABELS = {}
WRITTEN = []

# ---------------------------------------------------------------- helpers

def h(seed, n=16, alphabet='hex'):
    d = hashlib.sha256(seed.encode()).digest()
    while len(d) < n * 2:
        d += hashlib.sha256(d).digest()
    if alphabet == 'hex':
        return d.hex()[:n]
    if alphabet == 'b64':
        return base64.b64encode(d).decode()[:n]
    if alphabet == 'alnum':
        s = base64.b32encode(d).decode().replace('=', '')
        return s[:n]
    if alphabet == 'dig':
        return ''.join(str(b % 10) for b in d)[:n]
    raise ValueError(alphabet)


def T(y, mo, d, hh, mi, ss=0, off=0):
    """aware datetime given in *local* time at offset hours."""
    return _dt.datetime(y, mo, d, hh, mi, ss, tzinfo=_dt.timezone(_dt.timedelta(hours=off)))


def fmt(dt, off=None, comment=None):
    if off is not None:
        dt = dt.astimezone(_dt.timezone(_dt.timedelta(hours=off)))
    s = format_datetime(dt)
    if comment:
        s += ' (%s)' % comment
    return s


def pacific(dt):
    # crude DST: 2nd Sunday March .. 1st Sunday Nov
    u = dt.astimezone(_dt.timezone.utc)
    y = u.year
    mar = _dt.datetime(y, 3, 8, 10, tzinfo=_dt.timezone.utc)
    while mar.weekday() != 6:
        mar += _dt.timedelta(days=1)
    nov = _dt.datetime(y, 11, 1, 9, tzinfo=_dt.timezone.utc)
    while nov.weekday() != 6:
        nov += _dt.timedelta(days=1)
    if mar <= u < nov:
        return fmt(u, -7, 'PDT')
    return fmt(u, -8, 'PST')


def later(dt, seconds):
    return dt + _dt.timedelta(seconds=seconds)


def enc_words(s, charset='utf-8', enc='B', maxlen=76):
    """RFC 2047 encode if needed; folded over lines."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        pass
    cs = Charset(charset)
    cs.header_encoding = QP if enc == 'Q' else BASE64
    return Header(s, cs, header_name='Subject').encode(maxlinelen=maxlen, linesep='\n')


def addr(name, email, charset='utf-8', enc='B', quote=True):
    if not name:
        return '<%s>' % email
    try:
        name.encode('ascii')
        if quote:
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    except UnicodeEncodeError:
        return '%s <%s>' % (enc_words(name, charset, enc), email)


def textpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None, codec=None,
             errors='strict', extra_params=None):
    codec = codec or charset
    raw = text.replace('\r\n', '\n').encode(codec, errors)
    p = MIMENonMultipart('text', subtype)
    if label is not False:
        p.set_param('charset', label or charset)
    for k, v in (extra_params or {}).items():
        p.set_param(k, v)
    if cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == '7bit':
        payload = raw.decode('ascii')
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    del p['MIME-Version']
    return p


def alternative(plain, html, boundary, **kw):
    m = MIMEMultipart('alternative')
    del m['MIME-Version']
    m.set_boundary(boundary)
    m.attach(plain)
    m.attach(html)
    return m


def mixed(parts, boundary, subtype='mixed'):
    m = MIMEMultipart(subtype)
    del m['MIME-Version']
    m.set_boundary(boundary)
    for p in parts:
        m.attach(p)
    return m


def quote(text, prefix='> '):
    out = []
    for line in text.split('\n'):
        if line.startswith('>'):
            out.append(prefix.rstrip() + ' ' + line)
        elif line == '':
            out.append(prefix.rstrip())
        else:
            out.append(prefix + line)
    return '\n'.join(out)


def strip_html(s):
    import re
    s = re.sub(r'(?is)<(script|style).*?</\1>', '', s)
    s = re.sub(r'(?i)<br\s*/?>', '\n', s)
    s = re.sub(r'(?i)</(p|div|tr|li|h\d)>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    return s


# ---------------------------------------------------------------- transport headers

SES_HOSTS = [('a8-30.smtp-out.amazonses.com', '54.240.8.30'),
             ('a8-61.smtp-out.amazonses.com', '54.240.8.61'),
             ('a48-93.smtp-out.amazonses.com', '54.240.48.93'),
             ('a9-112.smtp-out.amazonses.com', '54.240.9.112'),
             ('a27-18.smtp-out.us-west-2.amazonses.com', '54.240.27.18')]


def ses_id(dt, seed):
    ms = int(dt.timestamp() * 1000) + int(h(seed, 3, 'dig'))
    u = h(seed + 'u', 32)
    return '<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        ms, u[:8], u[8:12], u[12:16], u[16:20], u[20:32])


def ses_mailfrom(msgid):
    return msgid.strip('<>').replace('@email.amazonses.com', '@email.amazonses.com')


def dkim_sig(d, s, dt, seed, hdrs='Date:From:To:Message-ID:Subject:MIME-Version:Content-Type', c='relaxed/simple'):
    b = h(seed + d + 'b', 340, 'b64')
    bh = h(seed + d + 'bh', 43, 'b64') + '='
    bl = '\n\t'.join(b[i:i + 70] for i in range(0, len(b), 70))
    return ('v=1; a=rsa-sha256; q=dns/txt; c=%s;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (c, s, d, int(dt.timestamp()), hdrs, bh, bl))


AMZ_SEL = 'zgxrpkzydmzdjr6bxpnavwrqh4wnb7ux'
SES_SEL = 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
AMZ_SEL2 = 'rjbbvj2pjuqqgxpxbsowq6pavzwxwfbr'


def aws_sender_headers(dt, seed, msgid, with_ses_dkim=True, sel=AMZ_SEL):
    hs = [('DKIM-Signature', dkim_sig('amazon.com', sel, dt, seed))]
    if with_ses_dkim:
        hs.append(('DKIM-Signature', dkim_sig('amazonses.com', SES_SEL, dt, seed,
                                              'Date:From:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID')))
    return hs


def gmail_inbound(rcpt, dt, host, ip, mailfrom, auth_lines, arc=True, seed='x'):
    """auth_lines: list of result strings, already in Gmail syntax."""
    rid = h(seed + 'rid', 10, 'alnum').lower()
    ts = int(dt.timestamp())
    ar_body = ';\n       '.join(auth_lines)
    hs = [('Delivered-To', rcpt),
          ('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
           % (h(seed + '1', 4), h(seed + '2', 3), h(seed + '3', 4), h(seed + '4', 4), rid, pacific(later(dt, 2)))),
          ('X-Google-Smtp-Source', 'AGHT+I' + h(seed + 'gs', 62, 'b64')),
          ('X-Received', 'by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s.%d.%d;\n        %s'
           % (h(seed + '5', 4), h(seed + '6', 3), h(seed + '7', 4), h(seed + '8', 4), h(seed + 'xr', 12, 'alnum').lower(),
              int(h(seed, 2, 'dig')), ts % 1000000000, pacific(later(dt, 2))))]
    if arc:
        hs += [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                % (ts, h(seed + 'as', 120, 'b64'))),
               ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
                '        h=feedback-id:mime-version:subject:message-id:to:from:date\n'
                '         :dkim-signature:dkim-signature;\n        bh=%s=;\n        fh=%s=;\n        b=%s'
                % (h(seed + 'ab', 43, 'b64'), h(seed + 'af', 43, 'b64'), h(seed + 'am', 100, 'b64'))),
               ('ARC-Authentication-Results', 'i=1; mx.google.com;\n       ' + ar_body)]
    hs += [('Return-Path', '<%s>' % mailfrom),
           ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%s\n'
            '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
            % (host, host, ip, h(seed + 'es', 20, 'alnum').lower(), int(h(seed + 'q', 3, 'dig')), h(seed + 'r', 10, 'dig'),
               rcpt, pacific(later(dt, 1)))),
           ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
            % (mailfrom, ip, ip)),
           ('Authentication-Results', 'mx.google.com;\n       ' + ar_body)]
    return hs


def gmail_aws_auth(mailfrom, seed, ip, dmarc='pass', dkim_amz='pass', d='amazon.com'):
    lines = ['dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim_amz, d, AMZ_SEL, h(seed + 'hb', 8, 'b64')),
             'dkim=pass header.i=@amazonses.com header.s=%s header.b=%s' % (SES_SEL, h(seed + 'hb2', 8, 'b64')),
             'spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mailfrom, ip, mailfrom),
             'dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s' % (dmarc, d)]
    return lines


def o365_inbound(rcpt, dt, host, ip, mailfrom_domain, header_from, seed, dkim_d=None, result='pass',
                 tenant_host='PH0PR11MB4885.namprd11.prod.outlook.com', dkim_text='signature was verified',
                 compauth='pass reason=100', action='none'):
    dkim_d = dkim_d or header_from
    edge = 'BN2PEPF000044A%s.namprd04.prod.outlook.com' % h(seed, 1, 'dig')
    mid = 'SA1P222CA00%s.NAMP222.PROD.OUTLOOK.COM' % h(seed + 'm', 2, 'dig')
    d0 = fmt(later(dt, 3), 0)
    d1 = fmt(later(dt, 2), 0)
    d2 = fmt(later(dt, 1), 0)
    spf = 'pass' if result == 'pass' else 'pass'
    ar = ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (%s)\n header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s'
          % (spf, ip, mailfrom_domain, 'pass' if result == 'pass' else result, dkim_text, dkim_d,
             result, action, header_from, compauth))
    return [('Received', 'from %s (2603:10b6:a03:%s::%s)\n by %s with HTTPS; %s' % (mid, h(seed + 'a', 3), h(seed + 'b', 2), tenant_host, d0)),
            ('Received', 'from %s (2603:10b6:806:%s:cafe::%s) by\n %s (2603:10b6:a03:%s::%s) with Microsoft SMTP\n'
             ' Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8%s.%s; %s'
             % (edge, h(seed + 'c', 3), h(seed + 'd', 2), mid, h(seed + 'a', 3), h(seed + 'b', 2), h(seed + 'v', 3, 'dig'),
                int(h(seed + 'w', 2, 'dig')), d1)),
            ('Authentication-Results', ar),
            ('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n'
             ' client-ip=%s; helo=%s; pr=C' % (mailfrom_domain, ip, ip, host)),
            ('Received', 'from %s (%s) by\n %s (10.167.243.%d) with Microsoft SMTP Server (version=TLS1_3,\n'
             ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.8%s.%s via Frontend Transport; %s'
             % (host, ip, edge, int(h(seed + 'e', 2, 'dig')), h(seed + 'v', 3, 'dig'), int(h(seed + 'w', 2, 'dig')), d2))]


def o365_tail(dt, seed, scl=1):
    return [('X-MS-Exchange-Organization-SCL', str(scl)),
            ('X-MS-Exchange-CrossTenant-OriginalArrivalTime', '%s' % fmt(later(dt, 1), 0).split(', ', 1)[1].replace(' +0000', '.%s (UTC)' % h(seed + 'ms', 4, 'dig'))),
            ('X-MS-Exchange-CrossTenant-Network-Message-Id', '%s-%s-%s-%s-%s' % (h(seed + 'n', 8), h(seed + 'n1', 4), h(seed + 'n2', 4), h(seed + 'n3', 4), h(seed + 'n4', 12))),
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', 'PH0PR11MB4885')]


def nifty_inbound(rcpt, dt, host, ip, mailfrom, header_from, seed, dkim_d=None, result='pass'):
    dkim_d = dkim_d or header_from
    loc = fmt(dt, 9)
    return [('Return-Path', '<%s>' % mailfrom),
            ('Delivered-To', rcpt),
            ('Received', 'from mfilter-smtp-%02d.nifty.com (mfilter-smtp-%02d.nifty.com [10.0.34.%d])\n\tby mta-snd-e0%d.nifty.com (Postfix) with ESMTP id 4b%s\n\tfor <%s>; %s'
             % (int(h(seed, 1, 'dig')) + 1, int(h(seed, 1, 'dig')) + 1, int(h(seed + 'i', 2, 'dig')), int(h(seed + 'k', 1, 'dig')) % 4 + 1,
                h(seed + 'q', 10, 'alnum'), rcpt, fmt(later(dt, 3), 9))),
            ('Authentication-Results', 'nifty.com; spf=pass smtp.mailfrom=%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tdmarc=%s header.from=%s'
             % (mailfrom, 'pass' if result == 'pass' else result, dkim_d, AMZ_SEL if dkim_d == 'amazon.com' else 's1', result, header_from)),
            ('Received', 'from %s (%s [%s])\n\tby mfilter-smtp-%02d.nifty.com with ESMTPS id 4b%s;\n\t%s'
             % (host, host, ip, int(h(seed, 1, 'dig')) + 1, h(seed + 'r', 10, 'alnum'), fmt(later(dt, 1), 9)))]


CREDLY_HOSTS = [('o1.ptr4127.credly.com', '149.72.160.52'), ('o3.ptr9915.credly.com', '167.89.101.14')]


def credly_mailfrom(rcpt, seed):
    return 'bounces+2290181-%s-%s@em7340.credly.com' % (h(seed, 4), rcpt.replace('@', '='))


# ---------------------------------------------------------------- writer

def emit(fname, headers, body, kind, case_id, account_ids, verified, lang):
    assert fname not in LABELS, fname
    lines = []
    for k, v in headers:
        v.encode('ascii')
        lines.append('%s: %s' % (k, v))
    raw = ('\n'.join(lines) + '\n').encode('ascii')
    b = body.as_bytes()
    if not b.startswith(b'MIME-Version'):
        raw += b'MIME-Version: 1.0\n'
    raw += b
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(raw)
    LABELS[fname] = {'kind': kind, 'case_id': case_id,
                     'account_ids': sorted(set(account_ids)),
                     'sender_verified': verified, 'language': lang}
    WRITTEN.append(fname)


def aws_mail(fname, rcpt, provider, dt, subject, body, kind, case_id, ids, lang, frm=None, seed=None,
             to=None, extra=(), ses_host=0, subj_charset='utf-8', subj_enc='B', verified=True,
             dmarc='pass', sel=AMZ_SEL, feedback='1.us-east-1.' + 'Zk3mX9s0bq4pR2vT6yLwN8cJ1dHfA5uE7iGoK0nMxQs=:AmazonSES',
             o365_kw=None):
    seed = seed or fname
    frm = frm or addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
    msgid = ses_id(dt, seed)
    mailfrom = ses_mailfrom(msgid)
    host, ip = SES_HOSTS[ses_host]
    hs = []
    if provider == 'gmail':
        hs += gmail_inbound(rcpt, dt, host, ip, mailfrom, gmail_aws_auth(mailfrom, seed, ip, dmarc=dmarc), seed=seed)
    elif provider == 'o365':
        hs += o365_inbound(rcpt, dt, host, ip, 'email.amazonses.com', 'amazon.com', seed, result=dmarc, **(o365_kw or {}))
    elif provider == 'nifty':
        hs += nifty_inbound(rcpt, dt, host, ip, mailfrom, 'amazon.com', seed, result=dmarc)
    elif provider is None:
        pass
    hs += aws_sender_headers(dt, seed, msgid, sel=sel)
    hs += [('Date', fmt(dt, 0)), ('From', frm), ('To', to or rcpt),
           ('Message-ID', msgid), ('Subject', enc_words(subject, subj_charset, subj_enc))]
    hs += list(extra)
    hs += [('Feedback-ID', feedback), ('X-SES-Outgoing', '%s-%s' % (dt.strftime('%Y.%m.%d'), ip))]
    if provider == 'o365':
        hs += o365_tail(dt, seed)
    emit(fname, hs, body, kind, case_id, ids, verified, lang)
    return msgid


def credly_mail(fname, rcpt, provider, dt, subject, body, kind, ids=(), lang='en', seed=None,
                frm=None, verified=True, extra=()):
    seed = seed or fname
    frm = frm or addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')
    host, ip = CREDLY_HOSTS[int(h(seed, 1, 'dig')) % 2]
    mailfrom = credly_mailfrom(rcpt, seed)
    msgid = '<%s@geopod-ismtpd-%d>' % (h(seed + 'cm', 22, 'b64').replace('/', 'x').replace('+', 'y'), int(h(seed, 2, 'dig')))
    hs = []
    if provider == 'gmail':
        auth = ['dkim=pass header.i=@credly.com header.s=s1 header.b=%s' % h(seed + 'k', 8, 'b64'),
                'dkim=pass header.i=@sendgrid.info header.s=smtpapi header.b=%s' % h(seed + 'k2', 8, 'b64'),
                'spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom="%s"' % (mailfrom, ip, mailfrom),
                'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=credly.com']
        hs += gmail_inbound(rcpt, dt, host, ip, mailfrom, auth, seed=seed)
    elif provider == 'o365':
        hs += o365_inbound(rcpt, dt, host, ip, 'em7340.credly.com', 'credly.com', seed)
    elif provider == 'nifty':
        hs += nifty_inbound(rcpt, dt, host, ip, mailfrom, 'credly.com', seed)
    hs += [('DKIM-Signature', dkim_sig('credly.com', 's1', dt, seed, 'from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:x-feedback-id:to:content-type:cc:content-type:from:subject:to', 'relaxed/relaxed')),
           ('DKIM-Signature', dkim_sig('sendgrid.info', 'smtpapi', dt, seed, 'from:mime-version:subject:list-unsubscribe:to:content-type', 'relaxed/relaxed')),
           ('Date', fmt(dt, 0)), ('From', frm), ('Reply-To', 'support@credly.com'), ('To', rcpt),
           ('Message-ID', msgid), ('Subject', enc_words(subject)),
           ('List-Unsubscribe', '<https://www.credly.com/notification_settings?token=%s>' % h(seed + 'un', 24)),
           ('X-Feedback-ID', '2290181:SG')]
    hs += list(extra)
    if provider == 'o365':
        hs += o365_tail(dt, seed)
    emit(fname, hs, body, kind, None, list(ids), verified, lang)
    return msgid


FOOT_EN = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
           "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.")
FOOT_JA = ("アマゾン ウェブ サービス ジャパン合同会社\n〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア\n"
           "Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。")
FORM = 'aws-cs-trainingcertification-form@amazon.com'
NOREPLY = 'no-reply-aws@amazon.com'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'


def gmail_msgid(seed):
    return '<CA%s%s@mail.gmail.com>' % (h(seed + 'g1', 10, 'b64').replace('/', '_').replace('+', '-'),
                                          h(seed + 'g2', 30, 'b64').replace('/', '_').replace('+', '-'))


def user_sent(fname, dt, frm, to, subject, body, kind, case_id, ids, lang, seed=None, in_reply=None,
              refs=None, extra=(), msgid=None, cc=None, subj_charset='utf-8', subj_enc='B', pre=(), verified=None):
    """A copy of the user's own outgoing mail (Sent folder): no Authentication-Results unless pre supplies it."""
    seed = seed or fname
    hs = list(pre)
    hs += [('MIME-Version', '1.0'), ('Date', fmt(dt)), ('From', frm), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    hs += [('Subject', enc_words(subject, subj_charset, subj_enc)),
           ('Message-ID', msgid or gmail_msgid(seed))]
    if in_reply:
        hs.append(('In-Reply-To', in_reply))
        hs.append(('References', refs or in_reply))
    hs += list(extra)
    emit_nomime(fname, hs, body, kind, case_id, ids, verified, lang)


def emit_nomime(fname, hs, body, *a):
    # body generator adds its own MIME-Version when missing; we already put one in hs
    b = body.as_bytes()
    assert not b.startswith(b'MIME-Version')
    lines = []
    for k, v in hs:
        v.encode('ascii')
        lines.append('%s: %s' % (k, v))
    raw = ('\n'.join(lines) + '\n').encode('ascii') + b
    fname_, kind, case_id, ids, verified, lang = (fname,) + a
    assert fname not in LABELS, fname
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(raw)
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': sorted(set(ids)),
                     'sender_verified': verified, 'language': lang}
    WRITTEN.append(fname)


def finish():
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print('wrote', len(WRITTEN))


# ======================================================================
# U1  Emily Carter  (en, Gmail, form desk)   opened 2025-03-10 14:22:07Z
# ======================================================================
E_ADDR = 'emily.carter.dev@gmail.com'
E_FROM = addr('Emily Carter', E_ADDR, quote=False)
E_CASE = '174161652738215'
E_SUBJ = '[CASE %s] %s' % (E_CASE, FORM_SUBJ)
E_RE = 'RE:' + E_SUBJ
E_T0 = T(2025, 3, 10, 14, 22, 9)

e1 = """Hello,

We have received your message and it has been logged with our Training and Certification support team under the reference below.

Case number: %s
Inquiry type: Certification
Inquiry detail: Account Merge

What you told us:
"I have two certification profiles. The current one is AWS71530284 (emily.carter.dev@gmail.com). The old one was created with my former work address e.carter@brightwave-labs.com, I think the number is aws-48213970. I would like everything on the current one."

Requests are handled in the order they come in and we aim to get back to you within 24 hours. If you want to add something, reply to this message and keep the case number in the subject line. Please don't send the form again for the same question: a second request is handled separately and can slow things down.

Kind regards,
AWS Training and Certification Customer Support

%s
""" % (E_CASE, FOOT_EN)
m1 = aws_mail('001-ack-form-request-logged.eml', E_ADDR, 'gmail', E_T0, E_SUBJ,
              textpart(e1), 'case_created', E_CASE, ['AWS71530284', 'AWS48213970'], 'en')

e2_txt = """Hello Emily,

Thank you for reaching out to AWS Training and Certification.

I understand you have two certification profiles and would like to bring everything together under one of them. Before I hand this over to the team that consolidates profiles, I need a few details from you:

1. The e-mail address you use to sign in to each profile (AWS71530284 and the older one you mentioned).
2. The notification e-mail shown on each profile, if it is different from the sign-in address.
3. Which profile you would like to keep as your primary one from now on.

I could not find a profile under the number you gave for the older account, so please double-check it as well.

Best regards,
Daniel R.
Amazon Web Services
Training and Certification Customer Support
"""
e2_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Emily,</p>
<p>Thank you for reaching out to AWS Training and Certification.</p>
<p>I understand you have two certification profiles and would like to bring everything together under one of them. Before I hand this over to the team that consolidates profiles, I need a few details from you:</p>
<ol>
<li>The e-mail address you use to sign in to each profile (AWS71530284 and the older one you mentioned).</li>
<li>The notification e-mail shown on each profile, if it is different from the sign-in address.</li>
<li>Which profile you would like to keep as your primary one from now on.</li>
</ol>
<p>I could not find a profile under the number you gave for the older account, so please double-check it as well.</p>
<p>Best regards,<br>Daniel R.<br>Amazon Web Services<br>Training and Certification Customer Support</p>
<p style="font-size:11px;color:#687078">%s</p>
</body></html>
""" % FOOT_EN
E_T2 = T(2025, 3, 11, 17, 5, 33)
m2 = aws_mail('002-agent-needs-signin-details.eml', E_ADDR, 'gmail', E_T2, E_RE,
              alternative(textpart(e2_txt), textpart(e2_html, 'html'), '==_mimepart_e2_7cf1'),
              'support_reply', E_CASE, ['AWS71530284'], 'en', ses_host=1)

e3_new = """Hi Daniel,

Thanks for the quick reply. Here is what you asked for:

Profile 1: AWS71530284
  sign-in: emily.carter.dev@gmail.com, notifications go to the same address.
  This is the one I want to keep.

Profile 2: sorry, I had a typo in the form. It is AWS 48213907
  sign-in: e.carter@brightwave-labs.com (previous employer, I no longer have access to that mailbox)
  notifications: same work address

The old one has my Solutions Architect Associate from 2022, the new one has the Developer Associate I passed last month.

Thanks,
Emily
"""
e3 = e3_new + "\nOn Tue, Mar 11, 2025 at 10:05\u202fAM Amazon Web Services <%s> wrote:\n\n%s\n" % (FORM, quote(e2_txt))
E_T3 = T(2025, 3, 11, 19, 31, 2, -7)
user_sent('003-user-sends-profile-details.eml', E_T3, E_FROM, addr('Amazon Web Services', FORM), 'Re: ' + E_RE,
          textpart(e3, cte='quoted-printable'), 'unrelated', E_CASE, ['AWS71530284', 'AWS48213907'], 'en',
          in_reply=m2, pre=[('Received', 'by 2002:a05:7010:4a1c:b0:3f2:1d09:77aa with HTTP; %s' % pacific(E_T3))])

e4_new = """Hello Emily,

Thank you for the details, that helped. I have now located both profiles. Before anything is changed, please read the summary below carefully:

  Profile that stays active:            AWS71530284 (emily.carter.dev@gmail.com)
  Profile that will be folded into it:  AWS48213907 (e.carter@brightwave-labs.com)

When this is done, the certifications, exam history and any benefits of AWS48213907 will be shown under AWS71530284, and AWS48213907 will no longer be usable. Please be aware that we are not able to undo this afterwards.

If everything above is correct, simply reply to this e-mail and tell us you would like us to go ahead. Nothing will be changed on either profile until we hear back from you.

Best regards,
Daniel R.
Amazon Web Services
Training and Certification Customer Support
"""
e4 = e4_new + """

--------------- Original Message ---------------
From: Emily Carter [%s]
Sent: 3/12/2025 2:31 AM
To: %s
Subject: Re: %s

%s
""" % (E_ADDR, FORM, E_RE, e3_new)
E_T4 = T(2025, 3, 12, 16, 40, 18)
m4 = aws_mail('004-agent-asks-go-ahead-before-merge.eml', E_ADDR, 'gmail', E_T4, E_RE,
              textpart(e4, cte='base64'), 'merge_confirmation_requested', E_CASE, ['AWS71530284', 'AWS48213907'], 'en',
              ses_host=2)

e5_new = """Hi Daniel,

Yes, that's all correct. Please go ahead.

Thanks again,
Emily
"""
e5 = e5_new + "\nOn Wed, Mar 12, 2025 at 9:40\u202fAM Amazon Web Services <%s> wrote:\n\n%s\n" % (FORM, quote(e4))
E_T5 = T(2025, 3, 12, 10, 2, 44, -7)
user_sent('005-user-says-go-ahead.eml', E_T5, E_FROM, addr('Amazon Web Services', FORM), 'Re: ' + E_RE,
          alternative(textpart(e5), textpart('<div dir="ltr">' + e5_new.replace('\n\n', '</div><div dir="ltr"><br></div><div dir="ltr">').replace('\n', '<br>') + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Mar 12, 2025 at 9:40\u202fAM Amazon Web Services &lt;%s&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' % FORM + e4.replace('&', '&amp;').replace('<', '&lt;').replace('\n', '<br>') + '</blockquote></div>\n', 'html'), '000000000000a1e3c20630218f44'),
          'unrelated', E_CASE, [], 'en', in_reply=m4)

# newsletter in between
n6_html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification</title></head>
<body style="margin:0;background:#f2f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:'Amazon Ember',Arial,sans-serif;color:#232f3e">
<tr><td style="padding:24px"><img src="https://d1.awsstatic.com/email/tc-header.png" alt="AWS Training and Certification" width="552"></td></tr>
<tr><td style="padding:0 24px"><h1 style="font-size:22px">Your March learning roundup</h1>
<p>Hi Emily,</p>
<p>Spring is a great time to build new skills. Here is what is new this month:</p>
<ul>
<li><b>Exam Prep Plans</b> for AWS Certified AI Practitioner and Machine Learning Engineer &ndash; Associate, now with official practice question sets.</li>
<li><b>Free digital courses</b> on AWS Skill Builder: generative AI foundations, cost optimization and serverless patterns.</li>
<li><b>Certification benefits</b>: certified individuals can use their 50%% discount voucher toward their next exam. Find it in the Benefits section of your Certification account.</li>
</ul>
<p><a href="https://aws.amazon.com/certification/?trk=em_tc_0325" style="background:#ff9900;color:#232f3e;padding:10px 18px;text-decoration:none;border-radius:4px">Explore certifications</a></p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#687078">You are receiving this message because you are subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/communication-preferences.html?trk=em_tc_0325">Manage preferences</a> | <a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a><br>%s</td></tr>
</table></td></tr></table></body></html>
""" % FOOT_EN
n6_txt = """Your March learning roundup

Hi Emily,

Spring is a great time to build new skills. Here is what is new this month:

* Exam Prep Plans for AWS Certified AI Practitioner and Machine Learning Engineer - Associate, now with official practice question sets.
* Free digital courses on AWS Skill Builder: generative AI foundations, cost optimization and serverless patterns.
* Certification benefits: certified individuals can use their 50%% discount voucher toward their next exam.

Explore certifications: https://aws.amazon.com/certification/?trk=em_tc_0325

Manage preferences: https://pages.awscloud.com/communication-preferences.html?trk=em_tc_0325
%s
""" % FOOT_EN
aws_mail('006-newsletter-march-roundup.eml', E_ADDR, 'gmail', T(2025, 3, 13, 15, 0, 4),
         'Your March learning roundup: new Exam Prep Plans and free courses',
         alternative(textpart(n6_txt), textpart(n6_html, 'html'), '----=_Part_4412087_1210417843.1741878004112'),
         'unrelated', None, [], 'en', frm=addr('AWS Training and Certification', 'aws-marketing-email-replies@amazon.com'),
         ses_host=4, extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html?e=%s>' % h('n6', 20)),
                            ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])

e7_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Emily,</p>
<p>Good news &ndash; everything that was recorded under <b>AWS48213907</b> now sits on <b>AWS71530284</b>. Your Solutions Architect &ndash; Associate and Developer &ndash; Associate certifications, your exam history and your benefits are all visible when you sign in with emily.carter.dev@gmail.com. The old profile has been retired and can no longer be signed in to.</p>
<p>A couple of things worth checking over the next few days:</p>
<ul>
<li>Your digital badges on Credly can take up to 3 business days to catch up.</li>
<li>If a benefit (for example an unused exam discount) is missing, just reply to this e-mail.</li>
</ul>
<p>Thank you for your patience.</p>
<p>Best regards,<br>Daniel R.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">Was this response helpful? Let us know by <a href="https://support.aws.amazon.com/survey?caseId=%s&amp;lang=en">rating this correspondence</a>.</p>
<p style="font-size:11px;color:#687078">%s</p>
</body></html>
""" % (E_CASE, FOOT_EN)
aws_mail('007-agent-records-now-on-kept-profile.eml', E_ADDR, 'gmail', T(2025, 3, 14, 9, 12, 50), E_RE,
         textpart(e7_html, 'html', cte='quoted-printable'), 'merge_completed', E_CASE, ['AWS71530284', 'AWS48213907'], 'en')

e8 = """Hello,

Your case %s has been marked as resolved.

How did we do? We'd love to hear about your experience with AWS Training and Certification Customer Support. The survey takes about two minutes:

  Was your issue resolved?   YES: https://survey.tc.aws.dev/r/%s?a=1
                             NO:  https://survey.tc.aws.dev/r/%s?a=0

If you need further help with this request, reply to this e-mail within 14 days and the case will be reopened.

Thank you,
AWS Training and Certification Customer Support
""" % (E_CASE, h('e8s', 18), h('e8s', 18))
aws_mail('008-case-resolved-how-did-we-do.eml', E_ADDR, 'gmail', T(2025, 3, 14, 9, 15, 3),
         'How did we do? [CASE %s]' % E_CASE, textpart(e8, cte='7bit', charset='us-ascii'),
         'survey', E_CASE, [], 'en', ses_host=3)

c9_html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;padding:32px">
<tr><td><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="110" alt="AWS Certified Solutions Architect - Associate"></td></tr>
<tr><td><h2 style="color:#222">Emily, you've been issued a badge</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge. Accept it to add it to your profile and share it with your network.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#0a7d8c;color:#fff;padding:12px 22px;border-radius:3px;text-decoration:none">Accept your badge</a></p>
<p style="color:#666;font-size:12px">Badges are verified by Credly. You received this e-mail because a badge was issued to emily.carter.dev@gmail.com.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999">Credly, Inc. &middot; 99 Wall Street, Suite 1011 &middot; New York, NY 10005<br><a href="https://www.credly.com/notification_settings">Notification settings</a></td></tr>
</table></td></tr></table></body></html>
""" % h('c9', 32)
c9_txt = """Emily, you've been issued a badge

Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge. Accept it to add it to your profile and share it with your network.

Accept your badge: https://www.credly.com/earner/earned/badge/%s

Credly, Inc. - 99 Wall Street, Suite 1011 - New York, NY 10005
""" % h('c9', 32)
credly_mail('009-credly-saa-badge-issued.eml', E_ADDR, 'gmail', T(2025, 3, 15, 3, 47, 12),
            'Emily, you have been issued a new badge from Amazon Web Services Training and Certification',
            alternative(textpart(c9_txt), textpart(c9_html, 'html'), '3f1b2c0d6e4a8b9d0c7e6f5a4b3c2d1e'),
            'credly_badge_issued')


# ======================================================================
# U2  田中 健太  (ja, nifty, console case)   opened 2025-06-02 01:35:41Z
# ======================================================================
K_ADDR = 'kenta.tanaka@nifty.com'
K_CASE = '174882814130946'
K_SUBJ = '認定アカウントの統合について'
K_T0 = T(2025, 6, 2, 1, 35, 44)
AWS_NAME = 'Amazon Web Services'

k10 = """Amazon Web Services をご利用いただきありがとうございます。

お客様のお問い合わせに対応するため、ケース %s を作成いたしました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
サービス: Training and Certification
カテゴリ: アカウント

担当者からの回答は、サポートセンターのケース詳細ページおよびこのメールアドレス宛の通知でお知らせします。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールアドレスは送信専用のため、ご返信いただいても対応できません。追加の情報はサポートセンターのケース画面からお送りください。

よろしくお願いいたします。
Amazon Web Services

%s
""" % (K_CASE, K_CASE, K_SUBJ, K_CASE, FOOT_JA)
aws_mail('010-console-case-opened-ja.eml', K_ADDR, 'nifty', K_T0,
         'Amazon Web Services: 新しいサポートケースを作成しました: %s' % K_CASE,
         textpart(k10, charset='iso-2022-jp', cte='7bit'), 'case_created', K_CASE, [], 'ja',
         frm=addr(AWS_NAME, NOREPLY), subj_charset='iso-2022-jp')

k11 = """田中 健太 様

AWS トレーニングと認定のサポートチームでございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定アカウントを一つにまとめたいとのご要望、承知いたしました。
お送りいただいた情報をもとに確認しましたところ、以下の二つのアカウントが見つかりました。

・AWS 30592716(サインイン用メールアドレス: k.tanaka@hokuto-sys.co.jp)
・AWS 82046153(サインイン用メールアドレス: kenta.tanaka@nifty.com)

お手続きを進めるにあたり、今後ご利用になるアカウント(残す側)はどちらになさいますか。
あわせて、k.tanaka@hokuto-sys.co.jp 宛のメールを現在も受信できるかどうかをお知らせください。

お手数ですが、サポートセンターの本ケースのページから「返信」にてご回答いただけますと幸いです。
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

何卒よろしくお願いいたします。

Amazon Web Services
トレーニングと認定 カスタマーサポート
小林

このやり取りについて評価をお願いします:
https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&rating=true
""" % (K_CASE, K_CASE)
aws_mail('011-console-agent-asks-which-to-keep-ja.eml', K_ADDR, 'nifty', T(2025, 6, 3, 2, 14, 7),
         'RE:[CASE %s] %s' % (K_CASE, K_SUBJ), textpart(k11, cte='base64'),
         'support_reply', K_CASE, ['AWS30592716', 'AWS82046153'], 'ja', frm=addr(AWS_NAME, NOREPLY), ses_host=1)

k12 = """田中 健太 様

ご返信いただきありがとうございます。
ご指定の内容で、下記のとおり統合の準備が整いました。

　残すアカウント　：AWS82046153(kenta.tanaka@nifty.com)
　統合するアカウント：AWS30592716(k.tanaka@hokuto-sys.co.jp)

統合を実行すると、AWS30592716 の認定資格・受験履歴・特典は AWS82046153 に引き継がれ、AWS30592716 は使用できなくなります。
この処理は実行後に取り消すことができません。

上記の内容でよろしければ、サポートセンターの本ケースから「上記の内容で統合してください」といった形でご承諾の旨をお知らせください。
ご承諾をいただくまでは、いずれのアカウントにも変更は加えません。

よろしくお願いいたします。

Amazon Web Services
トレーニングと認定 カスタマーサポート
小林
"""
aws_mail('012-console-agent-asks-approval-sjis.eml', K_ADDR, 'nifty', T(2025, 6, 4, 1, 2, 55),
         'RE:[CASE %s] %s' % (K_CASE, K_SUBJ), textpart(k12, charset='shift_jis', cte='base64'),
         'merge_confirmation_requested', K_CASE, ['AWS30592716', 'AWS82046153'], 'ja', frm=addr(AWS_NAME, NOREPLY),
         subj_charset='shift_jis')

k13_new = """自分用メモ(会社アドレスに転送)

旧アカウント AWS30592716 を AWS82046153 にまとめる最終確認が来た。
旧アカウント側に会社で取った SAA の 50% 割引バウチャーが残っているはずなので、
コンソールで承諾を返す前に総務の山本さんに引き継がれるか一応確認すること。

"""
k13 = k13_new + """---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: 2025年6月4日(水) 10:02
Subject: RE:[CASE %s] %s
To: <%s>


%s""" % (NOREPLY, K_CASE, K_SUBJ, K_ADDR, k12)
K13_T = T(2025, 6, 4, 12, 41, 9, 9)
hs13 = o365_inbound('k.tanaka@hokuto-sys.co.jp', K13_T, 'mta-snd-e03.nifty.com', '202.248.37.172', 'nifty.com', 'nifty.com',
                    '013', tenant_host='TYCP286MB2140.JPNP286.PROD.OUTLOOK.COM')
hs13 += [('DKIM-Signature', dkim_sig('nifty.com', 'default', K13_T, '013', 'Date:From:To:Subject:Message-Id')),
         ('MIME-Version', '1.0'), ('Date', fmt(K13_T)), ('From', addr('田中 健太', K_ADDR, 'iso-2022-jp')),
         ('To', 'k.tanaka@hokuto-sys.co.jp'),
         ('Subject', enc_words('Fwd: RE:[CASE %s] %s' % (K_CASE, K_SUBJ), 'iso-2022-jp')),
         ('Message-Id', '<20250604124109.7c3a1e0b9f4d2a61@nifty.com>'), ('X-Mailer', 'Becky! ver. 2.81.07')]
hs13 += o365_tail(K13_T, '013')
emit_nomime('013-user-forwards-approval-to-work-ja.eml', hs13, textpart(k13, charset='iso-2022-jp', cte='7bit'),
            'unrelated', K_CASE, ['AWS30592716', 'AWS82046153'], False, 'ja')

k14 = """<html><head><meta charset="utf-8"></head><body style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:14px;line-height:1.7">
<p>田中 健太 様</p>
<p>いつも AWS トレーニングと認定をご利用いただき、ありがとうございます。</p>
<p>ご承諾いただいた内容にて作業を行い、本日、<b>AWS30592716</b> に登録されていた認定資格および受験履歴を <b>AWS82046153</b> へ移行いたしました。<br>
今後は kenta.tanaka@nifty.com でサインインいただくと、すべての認定がご確認いただけます。旧アカウントはご利用いただけなくなっております。</p>
<p>なお、Credly のデジタルバッジへの反映には数日かかる場合がございます。1 週間ほど経ってもバッジが表示されない場合は、本ケースにてお知らせください。</p>
<p>このたびはご不便をおかけいたしました。今後ともよろしくお願いいたします。</p>
<p>Amazon Web Services<br>トレーニングと認定 カスタマーサポート<br>小林</p>
<hr>
<p style="font-size:12px">このやり取りについて評価をお願いします: <a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja&amp;rating=true">評価する</a></p>
<p style="font-size:11px;color:#687078">%s</p>
</body></html>
""" % (K_CASE, FOOT_JA.replace('\n', '<br>'))
aws_mail('014-console-agent-history-moved-html-ja.eml', K_ADDR, 'nifty', T(2025, 6, 5, 7, 30, 21),
         'RE:[CASE %s] %s' % (K_CASE, K_SUBJ), textpart(k14, 'html', cte='quoted-printable'),
         'merge_completed', K_CASE, ['AWS30592716', 'AWS82046153'], 'ja', frm=addr(AWS_NAME, NOREPLY), ses_host=2)

k15 = """お客様各位

ケース %s(%s)は解決済みとしてクローズされました。

AWS サポートの品質向上のため、簡単なアンケートへのご協力をお願いしております。
所要時間は 1 分ほどです。

　今回のお問い合わせで問題は解決しましたか?
　https://support.console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja&survey=csat

追加のご質問がある場合は、サポートセンターからケースを再オープンしてください。

Amazon Web Services
""" % (K_CASE, K_SUBJ, K_CASE)
aws_mail('015-console-case-closed-survey-ja.eml', K_ADDR, 'nifty', T(2025, 6, 5, 7, 41, 2),
         '[Case %s] ケースがクローズされました - アンケートのお願い' % K_CASE, textpart(k15, cte='base64'),
         'survey', K_CASE, [], 'ja', frm=addr(AWS_NAME, NOREPLY), ses_host=3, subj_enc='Q')

c16_txt = """Kenta, your badge is waiting for you

Amazon Web Services Training and Certification issued you a badge: AWS Certified Solutions Architect - Associate.

Claim it so employers and colleagues can verify your skills:
https://www.credly.com/earner/earned/badge/%s

If you already accepted this badge on another Credly account, you can merge your Credly accounts from Settings.
""" % h('c16', 32)
c16_html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<h2>Kenta, your badge is waiting for you</h2>
<p>Amazon Web Services Training and Certification issued you a badge: <strong>AWS Certified Solutions Architect &ndash; Associate</strong>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#0a7d8c;color:#fff;padding:10px 20px;text-decoration:none">Accept badge</a></p>
<p style="font-size:12px;color:#888">If you already accepted this badge on another Credly account, you can merge your Credly accounts from Settings.</p>
</body></html>
""" % h('c16', 32)
credly_mail('016-credly-badge-waiting.eml', K_ADDR, 'nifty', T(2025, 6, 6, 22, 15, 40),
            'Kenta, your AWS Certified Solutions Architect - Associate badge is waiting',
            alternative(textpart(c16_txt, cte='7bit', charset='us-ascii'), textpart(c16_html, 'html'), 'b16a0e9c51d2f3a7c4b86e2f190d5a3e'),
            'credly_badge_issued')

c17_html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p>Hi Kenta,</p>
<p>Just a reminder: you haven't accepted your <strong>AWS Certified Solutions Architect &ndash; Associate</strong> badge from Amazon Web Services Training and Certification yet. Accepting lets you display it on LinkedIn, in your e-mail signature and on your Credly profile.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s">Accept your badge</a></p>
<p style="font-size:12px;color:#888">You are receiving this reminder because a badge issued to kenta.tanaka@nifty.com is still pending.</p>
</body></html>
""" % h('c16', 32)
credly_mail('017-credly-reminder-pending-badge.eml', K_ADDR, 'nifty', T(2025, 6, 13, 22, 16, 3),
            'Reminder: your badge from Amazon Web Services Training and Certification is pending',
            textpart(c17_html, 'html', cte='base64'), 'credly_badge_issued')


# ======================================================================
# U3  Rahul Mehta  (en, Office 365 corporate, form desk)   opened 2025-09-15 19:48:13Z
# ======================================================================
R_ADDR = 'rahul.mehta@northwind-analytics.com'
R_FROM = addr('Rahul Mehta', R_ADDR, quote=False)
R_CASE = '175796569307724'
R_SUBJ = '[CASE %s] %s' % (R_CASE, FORM_SUBJ)
R_RE = 'RE:' + R_SUBJ
R_O365 = dict(tenant_host='DM6PR17MB3962.namprd17.prod.outlook.com')

r18_txt = """Hi Rahul,

Thanks for getting in touch with AWS Training and Certification. Your request is in our queue and has been given the reference number %s.

One of our specialists will look at it and reply to this address, normally within 24 hours. Volumes are higher than usual at the moment, so it may occasionally take a little longer.

Adding information? Just reply to this message. There is no need to fill in the form again.

AWS Training and Certification Customer Support
""" % R_CASE
r18_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Rahul,</p>
<p>Thanks for getting in touch with AWS Training and Certification. Your request is in our queue and has been given the reference number <b>%s</b>.</p>
<p>One of our specialists will look at it and reply to this address, normally within 24 hours. Volumes are higher than usual at the moment, so it may occasionally take a little longer.</p>
<p>Adding information? Just reply to this message. There is no need to fill in the form again.</p>
<p>AWS Training and Certification Customer Support</p>
<p style="font-size:11px;color:#777">%s</p></body></html>
""" % (R_CASE, FOOT_EN)
aws_mail('018-ack-request-in-queue.eml', R_ADDR, 'o365', T(2025, 9, 15, 19, 48, 16),
         'Thank you for contacting AWS Training and Certification [CASE %s]' % R_CASE,
         alternative(textpart(r18_txt), textpart(r18_html, 'html'), '----=_Part_118_2093384711.1757965696002'),
         'case_created', R_CASE, [], 'en', o365_kw=R_O365)

r19 = """Hello Rahul,

My apologies for the delay in getting back to you; we have had an unusually high number of requests over the past week.

From your message I understand that three certification profiles exist under your name and that you would like to end up with one. To prepare this I need:

- the sign-in e-mail address of each of the three profiles,
- the AWS candidate ID of each profile, if you have them to hand, and
- which profile you want to continue using.

A short note on why the extra profiles were created (for example an exam booked through an employer) also helps our team, but is optional.

Kind regards,
Mariana
Amazon Web Services
Training and Certification Customer Support
"""
R19_T = T(2025, 9, 23, 18, 2, 40)
m19 = aws_mail('019-agent-apologises-asks-three-profiles.eml', R_ADDR, 'o365', R19_T, R_RE,
               textpart(r19), 'support_reply', R_CASE, [], 'en', ses_host=1, o365_kw=R_O365)

r20_new = """Hi Mariana,

No problem, thanks for picking this up. Details below (copying my manager Jennifer since our training budget is tied to one of these):

1) aws-60428871 - rahul.mehta@northwind-analytics.com - created by our L&D team when they booked my Cloud Practitioner exam in 2023
2) AWS15987342 - rmehta.cloud@outlook.com - my personal one, Developer Associate
3) aws93310458 - r.mehta@northwind-analytics.com (old alias, still delivers to me) - SysOps Administrator Associate

Please keep number 3 (aws93310458) and bring the other two into it.

Regards,
Rahul Mehta
Senior Data Engineer | Northwind Analytics
"""
r20 = r20_new + """
________________________________
From: Amazon Web Services <%s>
Sent: Tuesday, September 23, 2025 2:02 PM
To: Rahul Mehta <%s>
Subject: %s

%s""" % (FORM, R_ADDR, R_RE, r19)
R20_T = T(2025, 9, 23, 15, 27, 51, -4)
hs20 = [('Received', 'from DM6PR17MB3962.namprd17.prod.outlook.com (2603:10b6:5:1b2::19) by\n CH3PR17MB6690.namprd17.prod.outlook.com with HTTPS; %s' % fmt(later(R20_T, 2), 0)),
        ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=northwind-analytics.com;'),
        ('Received', 'from DM6PR17MB3962.namprd17.prod.outlook.com\n ([fe80::8c1d:4e2a:77b0:a91%%4]) by DM6PR17MB3962.namprd17.prod.outlook.com\n ([fe80::8c1d:4e2a:77b0:a91%%4]) with mapi id 15.20.9137.018; %s' % fmt(later(R20_T, 1), 0)),
        ('From', R_FROM), ('To', addr('Amazon Web Services', FORM, quote=False)),
        ('CC', addr('Jennifer Alvarez', 'jennifer.alvarez@northwind-analytics.com', quote=False)),
        ('Subject', 'RE: ' + R_RE), ('Thread-Topic', R_RE), ('Thread-Index', 'AQHcLMk1' + h('r20ti', 24, 'b64')),
        ('Date', fmt(R20_T, 0)),
        ('Message-ID', '<DM6PR17MB3962%s@DM6PR17MB3962.namprd17.prod.outlook.com>' % h('r20', 14, 'alnum')),
        ('In-Reply-To', m19), ('References', m19), ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('MIME-Version', '1.0')]
r20_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">'
            + r20_new.replace('\n', '<br>\n') + '</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> Amazon Web Services &lt;'
            + FORM + '&gt;<br><b>Sent:</b> Tuesday, September 23, 2025 2:02 PM<br><b>To:</b> Rahul Mehta &lt;' + R_ADDR + '&gt;<br><b>Subject:</b> ' + R_RE
            + '</div><div>' + r19.replace('\n', '<br>\n') + '</div></body></html>\n')
emit_nomime('020-user-lists-three-profiles-cc-manager.eml', hs20,
            alternative(textpart(r20, charset='us-ascii'), textpart(r20_html, 'html', charset='us-ascii'),
                        '_000_DM6PR17MB3962' + h('r20b', 12, 'alnum') + '_'),
            'unrelated', R_CASE, ['AWS60428871', 'AWS15987342', 'AWS93310458'], False, 'en')

r21 = """Hello Rahul,

Thank you for the information. I've confirmed all three profiles on our side. Here is what our team would do:

    aws93310458   -> remains your profile (sign-in r.mehta@northwind-analytics.com)
    aws60428871   -> combined into aws93310458, then closed
    aws15987342   -> combined into aws93310458, then closed

After this, your Cloud Practitioner, Developer - Associate and SysOps Administrator - Associate records, along with all exam appointments and benefits, would be available only under aws93310458. The two closed profiles cannot be restored later, and the sign-in addresses of those profiles would no longer give access to any certification record.

Could you please reply and confirm that you agree with the above? We won't start until we have your confirmation in writing.

Kind regards,
Mariana
Amazon Web Services
Training and Certification Customer Support
"""
R21_T = T(2025, 9, 24, 16, 55, 9)
m21 = aws_mail('021-agent-lays-out-plan-needs-written-ok.eml', R_ADDR, 'o365', R21_T, R_RE,
               textpart(r21, charset='us-ascii', cte='7bit'), 'merge_confirmation_requested', R_CASE,
               ['AWS60428871', 'AWS15987342', 'AWS93310458'], 'en', ses_host=0, o365_kw=R_O365)

r_conf = """Hi Mariana,

Confirmed, please proceed as described.

Thanks,
Rahul
"""
r22_new = """Hello Rahul,

Thank you for confirming. I have passed your request to the team that carries out profile consolidations, and they will start on it now. This usually takes one to three business days.

Once the work has been carried out you will receive a further e-mail from us on this case, and your Credly badges should follow shortly afterwards. There is nothing else you need to do in the meantime.

Kind regards,
Mariana
Amazon Web Services
"""
r22 = r22_new + "\nOn 9/24/2025 1:12 PM, Rahul Mehta wrote:\n" + quote(r_conf + "\nOn 9/24/2025 12:55 PM, Amazon Web Services wrote:\n" + quote(r21)) + "\n"
aws_mail('022-agent-thanks-now-proceeding.eml', R_ADDR, 'o365', T(2025, 9, 25, 9, 20, 47), R_RE,
         textpart(r22), 'support_reply', R_CASE, [], 'en', ses_host=2, o365_kw=R_O365)

r23_new = """Hello Rahul,

The consolidation of your certification profiles has been carried out. Everything that was held on aws60428871 and aws15987342 is now part of aws93310458, and those two profiles have been closed.

Please sign in at https://www.aws.training/certification with r.mehta@northwind-analytics.com and check that all three certifications and your benefits are listed. If something looks wrong, reply to this e-mail and I will look into it.

Kind regards,
Mariana
Amazon Web Services
"""
r23 = r23_new + """

--------------- Original Message ---------------
From: [%s]
Sent: 9/24/2025 4:55 PM
To: %s
Subject: %s

%s""" % (FORM, R_ADDR, R_RE, r21)
r23_html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in r23_new.strip().split('\n\n'))
            + '<br><div style="color:#555">--------------- Original Message ---------------<br>From: [%s]<br>Sent: 9/24/2025 4:55 PM<br>To: %s<br>Subject: %s<br><br>%s</div></body></html>\n'
            % (FORM, R_ADDR, R_RE, r21.replace('\n', '<br>')))
aws_mail('023-agent-profiles-consolidated.eml', R_ADDR, 'o365', T(2025, 9, 26, 21, 3, 12), R_RE,
         alternative(textpart(r23), textpart(r23_html, 'html', cte='base64'), '----=_Part_2281_901774523.1758920592330'),
         'merge_completed', R_CASE, ['AWS60428871', 'AWS15987342', 'AWS93310458'], 'en', ses_host=3, o365_kw=R_O365)

r24_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<p>Hello,</p>
<p>We have closed case <b>%s</b>. We hope we were able to help.</p>
<p>Please take a moment to tell us how we did. Your feedback goes directly to the team.</p>
<p>How satisfied are you with the support you received?</p>
<p>
<a href="https://survey.tc.aws.dev/csat/%s?score=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a><br>
<a href="https://survey.tc.aws.dev/csat/%s?score=4">&#9733;&#9733;&#9733;&#9733;</a><br>
<a href="https://survey.tc.aws.dev/csat/%s?score=3">&#9733;&#9733;&#9733;</a><br>
<a href="https://survey.tc.aws.dev/csat/%s?score=2">&#9733;&#9733;</a><br>
<a href="https://survey.tc.aws.dev/csat/%s?score=1">&#9733;</a>
</p>
<p>AWS Training and Certification Customer Support</p>
</td></tr></table></body></html>
""" % ((R_CASE,) + (h('r24', 20),) * 5)
aws_mail('024-case-closed-star-rating.eml', R_ADDR, 'o365', T(2025, 9, 26, 21, 10, 55),
         'Your case %s is now closed - tell us how we did' % R_CASE, textpart(r24_html, 'html'),
         'survey', R_CASE, [], 'en', ses_host=4, o365_kw=R_O365)

Q_CASE = '175835116200418'
r25 = """Hello,

Thank you for contacting AWS Support.

We have approved and processed your service quota increase request for the following:

Region: US East (Ohio)
Service: Amazon Elastic Compute Cloud (Amazon EC2)
Quota name: Running On-Demand G and VT instances
New limit: 64 vCPUs
AWS account: 4821-0937-5516

It can sometimes take up to 30 minutes for this to propagate and become available for use.

We hope this helps. Please let us know if you need anything else.

Best regards,
Trevor K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see the case and reply, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % Q_CASE
aws_mail('025-other-case-ec2-quota-approved.eml', R_ADDR, 'o365', T(2025, 9, 20, 6, 41, 30),
         'RE:[CASE %s] Limit Increase: EC2 Instances' % Q_CASE, textpart(r25, charset='us-ascii', cte='7bit'),
         'unrelated', Q_CASE, [], 'en', frm=addr(AWS_NAME, NOREPLY), ses_host=1, o365_kw=R_O365)

g26_txt = """Merged #412 into main.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/northwind-analytics/data-platform/pull/412#event-19982741503
You are receiving this because you were mentioned.

Message ID: <northwind-analytics/data-platform/pull/412/issue_event/19982741503@github.com>
"""
g26_html = """<p></p>
<p>Merged <a class="issue-link" href="https://github.com/northwind-analytics/data-platform/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br>Reply to this email directly, <a href="https://github.com/northwind-analytics/data-platform/pull/412#event-19982741503">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>
"""
G26_T = T(2025, 9, 25, 14, 8, 22)
hs26 = o365_inbound(R_ADDR, G26_T, 'out-22.smtp.github.com', '192.30.252.205', 'github.com', 'github.com', '026', **R_O365)
hs26 += [('DKIM-Signature', dkim_sig('github.com', 'pf2023', G26_T, '026', 'Date:From:Reply-To:To:Cc:In-Reply-To:References:Subject:List-ID:List-Archive:List-Post:List-Unsubscribe:From', 'relaxed/relaxed')),
         ('Date', fmt(G26_T, -7)), ('From', addr('Jennifer Alvarez', 'notifications@github.com', quote=False)),
         ('Reply-To', 'northwind-analytics/data-platform <reply+ABCD%s@reply.github.com>' % h('g26r', 30, 'alnum')),
         ('To', 'northwind-analytics/data-platform <data-platform@noreply.github.com>'),
         ('Cc', 'Rahul Mehta <%s>, Mention <mention@noreply.github.com>' % R_ADDR),
         ('Message-ID', '<northwind-analytics/data-platform/pull/412/issue_event/19982741503@github.com>'),
         ('In-Reply-To', '<northwind-analytics/data-platform/pull/412@github.com>'),
         ('References', '<northwind-analytics/data-platform/pull/412@github.com>'),
         ('Subject', 'Re: [northwind-analytics/data-platform] Merge duplicate customer accounts in dim_account\n (PR #412)'),
         ('Mime-Version', '1.0'), ('List-ID', 'northwind-analytics/data-platform <data-platform.northwind-analytics.github.com>'),
         ('X-GitHub-Reason', 'mention'), ('X-GitHub-Sender', 'jalvarez-nw')]
hs26 += o365_tail(G26_T, '026')
emit_nomime('026-github-pr-merged-notification.eml', hs26,
            alternative(textpart(g26_txt, cte='7bit', charset='UTF-8'), textpart(g26_html, 'html', cte='7bit', charset='UTF-8'), '--==_mimepart_68d54ad63b9e1_6f0a3c8199'),
            'unrelated', None, [], False, 'en')


# ======================================================================
# U4  佐藤 美咲  (ja, Gmail, form desk in Japanese, duplicate submission)  opened 2025-11-20 12:03:55Z
# ======================================================================
M_ADDR = 'misaki.sato.0312@gmail.com'
M_FROM = addr('佐藤美咲', M_ADDR)
M_CASE = '176364023581152'
M_DUP = '176364145026603'
M_SUBJ = '[CASE %s] %s' % (M_CASE, FORM_SUBJ)
M_RE = 'RE:' + M_SUBJ


def m_ack(case, echo):
    return """佐藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース番号: %s
お問い合わせの種類: 認定 / アカウントの統合

お問い合わせ内容:
%s

担当者より、原則として 24 時間以内にこのメールアドレス宛にご連絡いたします。
追加の情報がある場合は、件名のケース番号を変更せずにこのメールへご返信ください。
同じ内容でフォームを再度送信されますと別のケースとして扱われ、回答が遅れる場合がございます。

AWS トレーニングと認定 カスタマーサポート
""" % (case, echo)


m27 = m_ack(M_CASE, "認定アカウントが2つあります。AWS27764019(現在使用中、misaki.sato.0312@gmail.com)と、以前の勤務先で作成した aws05318826 です。2つを1つにまとめたいです。")
aws_mail('027-ack-ja-first-submission.eml', M_ADDR, 'gmail', T(2025, 11, 20, 12, 3, 58), M_SUBJ,
         textpart(m27, cte='base64'), 'case_created', M_CASE, ['AWS27764019', 'AWS05318826'], 'ja')

m28 = m_ack(M_DUP, "先ほども送信しましたが確認メールが見当たらないため再送します。アカウント AWS27764019 と AWS05318826 の統合をお願いします。")
aws_mail('028-ack-ja-second-submission.eml', M_ADDR, 'gmail', T(2025, 11, 20, 12, 24, 13),
         '[CASE %s] %s' % (M_DUP, FORM_SUBJ), textpart(m28, charset='iso-2022-jp', cte='7bit'),
         'case_created', M_DUP, ['AWS27764019', 'AWS05318826'], 'ja', ses_host=1)

m29 = """佐藤 美咲 様

AWS トレーニングと認定 カスタマーサポートの中村でございます。

同一の内容でお問い合わせを 2 件頂戴しておりましたので、今後のご案内は先に受け付けたケース %s にて一本化させていただきます。
本ケース(%s)はこちらでクローズいたしますので、ご返信は不要です。

引き続き、ケース %s からのご連絡をお待ちくださいますようお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
中村
""" % (M_CASE, M_DUP, M_CASE)
aws_mail('029-agent-ja-duplicate-will-use-first-case.eml', M_ADDR, 'gmail', T(2025, 11, 21, 8, 50, 31),
         'RE:[CASE %s] %s' % (M_DUP, FORM_SUBJ), textpart(m29), 'support_reply', M_DUP, [], 'ja', ses_host=2)

m30 = """<html><body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<p>お客様</p>
<p>ケース番号 %s はクローズされました。</p>
<p>今後のサービス向上のため、今回のサポートについてのご感想をお聞かせください。回答は 1 分程度で終わります。</p>
<table cellpadding="6"><tr>
<td><a href="https://survey.tc.aws.dev/r/%s?a=1&amp;lang=ja">はい、解決しました</a></td>
<td><a href="https://survey.tc.aws.dev/r/%s?a=0&amp;lang=ja">いいえ、解決していません</a></td>
</tr></table>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>
""" % (M_DUP, h('m30', 18), h('m30', 18))
aws_mail('030-ja-duplicate-case-closed-questionnaire.eml', M_ADDR, 'gmail', T(2025, 11, 21, 8, 52, 6),
         'アンケートのお願い [CASE %s]' % M_DUP, textpart(m30, 'html', cte='base64'), 'survey', M_DUP, [], 'ja', ses_host=3)

m31 = """佐藤 美咲 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの中村でございます。

アカウントの統合についてお問い合わせいただき、ありがとうございます。
手続きのため、恐れ入りますが以下の点をお知らせいただけますでしょうか。

1. 各アカウントにサインインする際のメールアドレス
2. 各アカウントに登録されている通知先メールアドレス(サインイン用と異なる場合)
3. 今後お使いになるアカウント(残す方)のご希望

なお、以前の勤務先で作成されたアカウントについて、当時の受験がご勤務先の手配によるものであったかどうかも、差し支えなければお教えください。

何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
中村
"""
M31_T = T(2025, 11, 21, 9, 12, 40)
m31id = aws_mail('031-agent-ja-asks-addresses.eml', M_ADDR, 'gmail', M31_T, M_RE,
                 alternative(textpart(m31), textpart('<html><body><div style="font-size:14px">' + m31.replace('\n', '<br>\n') + '</div></body></html>\n', 'html'),
                             '=_a41b0e7f2c9d8e3a'),
                 'support_reply', M_CASE, [], 'ja')

m32_new = """中村様

ご連絡ありがとうございます。佐藤です。
ご質問の件、以下のとおりです。

1. サインイン用メールアドレス
　・AWS27764019:misaki.sato.0312@gmail.com
　・aws05318826:m-sato@kirameki-soft.jp(前職のアドレスで、現在は受信できません)
2. 通知先はどちらもサインイン用と同じです。
3. AWS27764019 を残したいです。

前職のアカウントでの受験(クラウドプラクティショナー)は会社のバウチャーを使ったものですが、費用は会社負担でした。

よろしくお願いいたします。
佐藤 美咲
"""
m32 = m32_new + "\n2025年11月21日(金) 18:12 Amazon Web Services <%s>:\n\n%s\n" % (FORM, quote(m31))
M32_T = T(2025, 11, 21, 21, 40, 7, 9)
m32id = gmail_msgid('032')
user_sent('032-user-ja-replies-with-addresses.eml', M32_T, M_FROM, addr('Amazon Web Services', FORM), 'Re: ' + M_RE,
          alternative(textpart(m32, cte='base64'),
                      textpart('<div dir="ltr">' + m32_new.replace('\n', '<br>') + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">2025年11月21日(金) 18:12 Amazon Web Services &lt;%s&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n' % (FORM, m31.replace('\n', '<br>')), 'html', cte='base64'),
                      '0000000000007f2b4e0643f1c0a2'),
          'unrelated', M_CASE, ['AWS27764019', 'AWS05318826'], 'ja', in_reply=m31id, msgid=m32id)

m33_new = """佐藤 美咲 様

ご回答いただき、ありがとうございます。
いただいた情報をもとに、以下の内容で統合の手配を進める予定です。
実施前に、内容に誤りがないかご確認をお願いいたします。

　■ 残るアカウント　　：AWS27764019(misaki.sato.0312@gmail.com)
　■ 統合されるアカウント：AWS05318826(m-sato@kirameki-soft.jp)

統合後は、AWS05318826 に紐づく認定資格、受験履歴、特典がすべて AWS27764019 に集約され、AWS05318826 にはサインインできなくなります。
一度実施した統合は、お客様のご都合であっても元に戻すことができません。

上記内容にてよろしければ、本メールへのご返信にてその旨お知らせください。
ご返信をいただいた時点で作業を開始いたします。

AWS トレーニングと認定 カスタマーサポート
中村
"""
m33 = m33_new + "\n\n--------------- Original Message ---------------\nFrom: 佐藤美咲 [%s]\nSent: 11/21/2025 12:40 PM\nTo: %s\nSubject: Re: %s\n\n%s" % (M_ADDR, FORM, M_RE, quote(m32_new))
M33_T = T(2025, 11, 24, 2, 31, 15)
m33id = aws_mail('033-agent-ja-final-check-before-merge-jis.eml', M_ADDR, 'gmail', M33_T,
                 M_RE + ' 【統合内容のご確認のお願い】', textpart(m33, charset='iso-2022-jp', cte='7bit'),
                 'merge_confirmation_requested', M_CASE, ['AWS27764019', 'AWS05318826'], 'ja', ses_host=4,
                 subj_charset='iso-2022-jp')

m34_new = """中村様

ご確認ありがとうございます。
内容に相違ございません。上記のとおり統合を進めていただけますでしょうか。

よろしくお願いいたします。
佐藤
"""
m34 = m34_new + "\n2025年11月24日(月) 11:31 Amazon Web Services <%s>:\n\n%s\n" % (FORM, quote(m33))
user_sent('034-user-ja-agrees.eml', T(2025, 11, 24, 12, 5, 48, 9), M_FROM, addr('Amazon Web Services', FORM),
          'Re: ' + M_RE + ' 【統合内容のご確認のお願い】', textpart(m34, cte='quoted-printable'),
          'unrelated', M_CASE, [], 'ja', in_reply=m33id, refs=m31id + ' ' + m32id + ' ' + m33id)

m35_txt = """佐藤 美咲 様

お待たせいたしました。
ご承諾いただいた内容に基づき、AWS05318826 に登録されていた認定資格と受験履歴を、AWS27764019 へ移行いたしました。
AWS05318826 は無効化されておりますので、今後は misaki.sato.0312@gmail.com で AWS27764019 にサインインしてご利用ください。

Credly のデジタルバッジは、数日以内に misaki.sato.0312@gmail.com 宛に改めて発行される見込みです。

今回のサポートについて、以下のアンケートにご協力いただけますと幸いです。
https://survey.tc.aws.dev/r/%s?lang=ja

AWS トレーニングと認定 カスタマーサポート
中村
""" % h('m35', 18)
m35_html = ('<html><body style="font-family:Meiryo,sans-serif;font-size:14px">'
            + ''.join('<p>%s</p>\n' % p.replace('\n', '<br>') for p in m35_txt.strip().split('\n\n'))
            + '</body></html>\n').replace('https://survey.tc.aws.dev/r/%s?lang=ja' % h('m35', 18),
                                          '<a href="https://survey.tc.aws.dev/r/%s?lang=ja">アンケートに回答する</a>' % h('m35', 18))
aws_mail('035-agent-ja-moved-and-questionnaire.eml', M_ADDR, 'gmail', T(2025, 11, 25, 6, 18, 44), M_RE,
         alternative(textpart(m35_txt, cte='base64'), textpart(m35_html, 'html', cte='quoted-printable'), '=_c7d5e2b18a90f3e6'),
         'merge_completed', M_CASE, ['AWS27764019', 'AWS05318826'], 'ja', ses_host=0)

c36_html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;background:#f7f7f7">
<table width="560" align="center" style="background:#fff;padding:28px"><tr><td>
<h2>Misaki, 2 badges have been added to your profile</h2>
<p>Following an update from <b>Amazon Web Services Training and Certification</b>, the badges below were transferred to the Credly account for misaki.sato.0312@gmail.com:</p>
<ul><li>AWS Certified Cloud Practitioner</li><li>AWS Certified Developer &ndash; Associate</li></ul>
<p>Your badges are ready. Accept them to show them on your public profile.</p>
<p><a href="https://www.credly.com/earner/earned?ref=%s" style="background:#0a7d8c;color:#fff;padding:10px 20px;text-decoration:none">View and accept badges</a></p>
</td></tr></table></body></html>
""" % h('c36', 16)
c36_txt = """Misaki, 2 badges have been added to your profile

Following an update from Amazon Web Services Training and Certification, the badges below were transferred to the Credly account for misaki.sato.0312@gmail.com:

- AWS Certified Cloud Practitioner
- AWS Certified Developer - Associate

Your badges are ready. Accept them to show them on your public profile:
https://www.credly.com/earner/earned?ref=%s
""" % h('c36', 16)
credly_mail('036-credly-two-badges-transferred.eml', M_ADDR, 'gmail', T(2025, 11, 27, 16, 2, 9),
            'Misaki, 2 badges have been added to your Credly profile',
            alternative(textpart(c36_txt), textpart(c36_html, 'html'), '7c2e9f10b84a3d6e5f1a0b9c8d7e6f5a'),
            'credly_badge_issued')

c37_html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p>Hi Misaki,</p>
<p>Your <b>AWS Certified Cloud Practitioner</b> badge issued by Amazon Web Services Training and Certification expires on <b>February 26, 2026</b>.</p>
<p>To keep your badge active, check the recertification requirements with the issuer before it expires. Expired badges remain on your profile but are marked as expired.</p>
<p><a href="https://www.credly.com/badges/%s">View badge</a> &middot; <a href="https://aws.amazon.com/certification/recertification/">Recertification options</a></p>
<p style="font-size:12px;color:#888">You can change which reminders you receive in your <a href="https://www.credly.com/notification_settings">notification settings</a>.</p>
</body></html>
""" % h('c37', 32)
credly_mail('037-credly-expiry-reminder.eml', M_ADDR, 'gmail', T(2025, 11, 28, 15, 0, 31),
            'Your AWS Certified Cloud Practitioner badge expires in 90 days', textpart(c37_html, 'html'),
            'unrelated', frm=addr('Credly', 'admin@credly.com'))


# ======================================================================
# U5  Marco Bianchi  (en, outlook.com, console case)   opened 2026-01-08 08:27:30Z
# ======================================================================
B_ADDR = 'marco.bianchi84@outlook.com'
B_CASE = '176786085019408'
B_SUBJ = 'Two certification accounts - please combine'
B_O365 = dict(tenant_host='AM9P194MB1370.EURP194.PROD.OUTLOOK.COM')
CONSOLE_TAIL = """
===================================================

To see all the replies, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

===================================================
"""

b38 = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: I passed the Solutions Architect Associate in 2021 under AWS86603125 with my university address. In 2025 I booked the Security Specialty with a new profile AWS44190372. Please combine them and keep AWS44190372.

We will respond within the time frame for your case severity. To update your case, or to view our response, please sign in to the Support Center.

Thank you,
Amazon Web Services
""" % (B_CASE, B_CASE, B_SUBJ) + CONSOLE_TAIL % B_CASE
aws_mail('038-console-case-opened.eml', B_ADDR, 'o365', T(2026, 1, 8, 8, 27, 33),
         'Amazon Web Services: You have opened a new Support case: %s' % B_CASE,
         textpart(b38, charset='UTF-8', cte='7bit'), 'case_created', B_CASE, ['AWS86603125', 'AWS44190372'], 'en',
         frm=addr(AWS_NAME, NOREPLY), o365_kw=B_O365)

b39 = """Hello,

A new correspondence has been added to your case.

Case ID: %s
Subject: %s

To see the correspondence and reply, please sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % (B_CASE, B_SUBJ, B_CASE)
aws_mail('039-console-new-correspondence-notice.eml', B_ADDR, 'o365', T(2026, 1, 9, 10, 4, 12),
         '[Case %s] New correspondence added' % B_CASE, textpart(b39, charset='UTF-8', cte='7bit'),
         'support_reply', B_CASE, [], 'en', frm=addr(AWS_NAME, NOREPLY), ses_host=2, o365_kw=B_O365)

b40 = """Hello Marco,

Thank you for contacting AWS Training and Certification support.

I was able to find both profiles. Based on your request, this is how they would be combined:

- aws-44190372 (marco.bianchi84@outlook.com) would be kept, and everything would end up here
- aws-86603125 (m.bianchi@studenti.unimib.it) would be folded into aws-44190372 and then deactivated

Kindly note that once this has been carried out, it is permanent: we have no way of separating the records again afterwards.

Before I submit this, please reply on this case in the Support Center confirming that the above is what you want.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Akshay P.
Amazon Web Services
""" + CONSOLE_TAIL % B_CASE
aws_mail('040-console-agent-wants-ok-before-combining.eml', B_ADDR, 'o365', T(2026, 1, 9, 10, 3, 58),
         'RE:[CASE %s] %s' % (B_CASE, B_SUBJ), textpart(b40),
         'merge_confirmation_requested', B_CASE, ['AWS44190372', 'AWS86603125'], 'en',
         frm=addr(AWS_NAME, NOREPLY), ses_host=1, o365_kw=B_O365)

b41 = """Hello Marco,

Thanks for your confirmation.

I'm happy to let you know that your two certification profiles are now one. Your Solutions Architect - Associate (2021) and Security - Specialty (2025) both appear under aws-44190372, and aws-86603125 has been deactivated.

As your request has been taken care of, I will now resolve this case. If anything else comes up, you can reopen it from the Support Center within 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Akshay P.
Amazon Web Services
""" + CONSOLE_TAIL % B_CASE
aws_mail('041-console-agent-one-profile-now-resolving.eml', B_ADDR, 'o365', T(2026, 1, 12, 14, 22, 5),
         'RE:[CASE %s] %s' % (B_CASE, B_SUBJ),
         alternative(textpart(b41, cte='quoted-printable'),
                     textpart('<html><body><pre style="font-family:Arial,sans-serif;white-space:pre-wrap">' + b41.replace('&', '&amp;').replace('<', '&lt;') + '</pre></body></html>\n', 'html', cte='quoted-printable'),
                     '----=_Part_88213_51207723.1768227725190'),
         'merge_completed', B_CASE, ['AWS44190372', 'AWS86603125'], 'en', frm=addr(AWS_NAME, NOREPLY), ses_host=3, o365_kw=B_O365)

b42_txt = """Hello,

Your AWS Support case %s has been resolved.

Subject: %s

How was your experience? Tell us in a short survey:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en&csat=true

Thank you for using AWS Support.
Amazon Web Services
""" % (B_CASE, B_SUBJ, B_CASE)
b42_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p><p>Your AWS Support case <b>%s</b> has been resolved.</p><p>Subject: %s</p>
<p><b>How was your experience?</b></p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en&amp;csat=5">Very satisfied</a> |
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en&amp;csat=3">Neutral</a> |
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en&amp;csat=1">Very dissatisfied</a></p>
<p>Thank you for using AWS Support.<br>Amazon Web Services</p></body></html>
""" % (B_CASE, B_SUBJ, B_CASE, B_CASE, B_CASE)
aws_mail('042-console-case-resolved-experience.eml', B_ADDR, 'o365', T(2026, 1, 12, 14, 30, 41),
         'Amazon Web Services: Your Support case %s has been resolved' % B_CASE,
         alternative(textpart(b42_txt, cte='7bit', charset='us-ascii'), textpart(b42_html, 'html'), '----=_Part_88240_1769113.1768228241502'),
         'survey', B_CASE, [], 'en', frm=addr(AWS_NAME, NOREPLY), ses_host=4, o365_kw=B_O365)

b43 = """Hello Marco,

Thank you for reopening the case, and I understand the badges still not appearing is frustrating.

The certification records themselves are complete on aws-44190372. The Credly badges are a separate step: the badges from the 2021 exam are still held by the Credly account registered to your university address. I have asked our team to move them to the Credly account for marco.bianchi84@outlook.com.

As soon as that transfer has gone through, Credly will e-mail you directly, and you can accept the badges there. Please allow up to five business days. I will keep this case open until then.

Best regards,
Akshay P.
Amazon Web Services
""" + CONSOLE_TAIL % B_CASE
aws_mail('043-console-agent-credly-transfer-pending.eml', B_ADDR, 'o365', T(2026, 1, 15, 11, 47, 30),
         'RE:[CASE %s] %s' % (B_CASE, B_SUBJ), textpart(b43, cte='base64'),
         'support_reply', B_CASE, ['AWS44190372'], 'en', frm=addr(AWS_NAME, NOREPLY), ses_host=0, o365_kw=B_O365)

c44_html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<table width="560" align="center"><tr><td style="padding:24px">
<img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="96" alt="">
<h2>Good news, Marco!</h2>
<p>Amazon Web Services Training and Certification has moved your badge <b>AWS Certified Solutions Architect &ndash; Associate</b> to this Credly account.</p>
<p>It's waiting for you to accept it.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#0a7d8c;color:#fff;padding:10px 20px;text-decoration:none">Accept badge</a></p>
</td></tr></table></body></html>
""" % h('c44', 32)
credly_mail('044-credly-badge-moved-to-account.eml', B_ADDR, 'o365', T(2026, 1, 19, 17, 33, 0),
            'Marco, your badge from Amazon Web Services Training and Certification has been moved to you',
            textpart(c44_html, 'html', cte='quoted-printable'), 'credly_badge_issued')

c45 = """Hi Marco,

We received a request to merge another Credly account into the account for marco.bianchi84@outlook.com.

Your verification code is: 604118

Enter this code on the merge screen, then select "Complete Account Merge". The code expires in 30 minutes.

If you did not request this, you can ignore this message. No changes will be made to your account.

The Credly Team
"""
credly_mail('045-credly-own-account-merge-code.eml', B_ADDR, 'o365', T(2026, 1, 16, 19, 5, 12),
            'Your Credly account merge verification code', textpart(c45, charset='us-ascii', cte='7bit'),
            'unrelated', frm=addr('Credly', 'admin@credly.com'))


# ======================================================================
# U6  鈴木 大輔  (ja, corporate Office 365, form desk)   opened 2026-02-17 05:51:02Z
# ======================================================================
D_ADDR = 'd-suzuki@minato-dx.co.jp'
D_FROM = addr('鈴木 大輔', D_ADDR)
D_CASE = '177130746215873'
D_SUBJ = '[CASE %s] %s' % (D_CASE, FORM_SUBJ)
D_RE = 'RE:' + D_SUBJ
D_O365 = dict(tenant_host='TYWP286MB3187.JPNP286.PROD.OUTLOOK.COM')

d46 = """Dear Daisuke Suzuki,

Your request has been logged with AWS Training and Certification Customer Support.

  Reference: %s
  Received:  February 17, 2026, 05:51 UTC
  Topic:     account-assistance / Account Merge

Our team will contact you at this address, usually within one business day. Replies to this message are added to your case automatically.

Please note that submitting a new form about the same matter opens a separate case and may delay our reply.

AWS Training and Certification Customer Support
""" % D_CASE
aws_mail('046-ack-request-logged-reference.eml', D_ADDR, 'o365', T(2026, 2, 17, 5, 51, 5), D_SUBJ,
         textpart(d46), 'case_created', D_CASE, [], 'en', o365_kw=D_O365)

d47 = """鈴木 大輔 様

AWS トレーニングと認定 カスタマーサポートの渡辺と申します。
お問い合わせいただきありがとうございます。

ご連絡いただいた認定アカウントについて確認したところ、鈴木様のお名前で以下の 2 つのアカウントが登録されておりました。

　AWS39025581(daisuke.suzuki.aws@gmail.com)
　AWS 57712094(d-suzuki@minato-dx.co.jp)

恐れ入りますが、手続きを進めるにあたり、以下をご返信にてお知らせください。
・今後ご利用になるアカウントはどちらか
・アカウントが重複して作成された経緯(わかる範囲で結構です)

以上、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
渡辺
"""
D47_T = T(2026, 2, 18, 1, 15, 22)
d47id = aws_mail('047-agent-ja-which-account-and-why.eml', D_ADDR, 'o365', D47_T, D_RE,
                 textpart(d47, cte='quoted-printable'), 'support_reply', D_CASE, ['AWS39025581', 'AWS57712094'], 'ja',
                 ses_host=1, o365_kw=D_O365)

d48_new = """渡辺様

お世話になっております。みなとDXの鈴木です。
ご確認いただきありがとうございます。

今後は会社アドレスで登録している AWS57712094 を使用したいと考えております。
AWS39025581 は、数年前に個人で受験した際に私用の Gmail で作成したものです。
今回会社の支援で受験するにあたり、誤って新しいアカウントを作成してしまいました。

お手数をおかけしますが、よろしくお願いいたします。

鈴木 大輔
株式会社みなとDX クラウド推進部
"""
d48 = d48_new + """
差出人: Amazon Web Services <%s>
送信日時: 2026年2月18日 10:15
宛先: 鈴木 大輔 <%s>
件名: %s

%s""" % (FORM, D_ADDR, D_RE, d47)
D48_T = T(2026, 2, 18, 11, 2, 37, 9)
d48id = '<TYWP286MB3187%s@TYWP286MB3187.JPNP286.PROD.OUTLOOK.COM>' % h('d48', 12, 'alnum')
hs48 = [('From', D_FROM), ('To', addr('Amazon Web Services', FORM, quote=False)),
        ('Subject', enc_words('RE: ' + D_RE)), ('Thread-Topic', enc_words(D_RE)),
        ('Thread-Index', 'AQHcoHx2' + h('d48ti', 24, 'b64')), ('Date', fmt(D48_T, 0)), ('Message-ID', d48id),
        ('In-Reply-To', d47id), ('References', d47id), ('Accept-Language', 'ja-JP, en-US'), ('Content-Language', 'ja-JP'),
        ('X-MS-Has-Attach', ''), ('MIME-Version', '1.0')]
emit_nomime('048-user-ja-keep-company-account.eml', hs48,
            alternative(textpart(d48, cte='base64', charset='iso-2022-jp', codec='iso-2022-jp'),
                        textpart('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:游ゴシック,sans-serif;font-size:11pt">'
                                 + d48_new.replace('\n', '<br>\n') + '</div><hr><div id="divRplyFwdMsg"><b>差出人:</b> Amazon Web Services &lt;%s&gt;<br><b>送信日時:</b> 2026年2月18日 10:15<br><b>宛先:</b> 鈴木 大輔 &lt;%s&gt;<br><b>件名:</b> %s</div><div>%s</div></body></html>\n'
                                 % (FORM, D_ADDR, D_RE, d47.replace('\n', '<br>\n')), 'html', cte='base64'),
                        '_000_TYWP286MB3187' + h('d48b', 12, 'alnum') + '_'),
            'unrelated', D_CASE, ['AWS57712094', 'AWS39025581'], None, 'ja')

d49_txt = """鈴木 大輔 様

ご返信ありがとうございます。
統合の実施前に、内容の最終確認をお願いしております。
対象アカウントと統合後の扱いは HTML 版の本文に記載しておりますので、ご確認のうえ、問題がなければ本メールにご返信ください。
なお、統合は実施後に取り消すことができませんのでご注意ください。

AWS トレーニングと認定 カスタマーサポート
渡辺
"""
d49_html = """<html><head><meta charset="utf-8"></head><body style="font-family:'Yu Gothic',Meiryo,sans-serif;font-size:14px">
<p>鈴木 大輔 様</p>
<p>ご返信ありがとうございます。<br>統合の実施前に、以下の内容に相違がないかご確認をお願いいたします。</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eaeded"><th>区分</th><th>アカウント ID</th><th>メールアドレス</th></tr>
<tr><td>残すアカウント</td><td>AWS57712094</td><td>d-suzuki@minato-dx.co.jp</td></tr>
<tr><td>統合元(統合後に無効化)</td><td>AWS39025581</td><td>daisuke.suzuki.aws@gmail.com</td></tr>
</table>
<p>統合後、AWS39025581 の認定資格・受験履歴・特典は AWS57712094 に引き継がれます。<br>
<b>統合は実施後に取り消すことができません。</b></p>
<p>上記でよろしければ、本メールにご返信のうえ、統合を進めてよい旨をお知らせください。ご返信をいただくまで作業は行いません。</p>
<p>AWS トレーニングと認定 カスタマーサポート<br>渡辺</p>
</body></html>
"""
aws_mail('049-agent-ja-table-confirm-before-merge.eml', D_ADDR, 'o365', T(2026, 2, 19, 0, 48, 10), D_RE,
         alternative(textpart(d49_txt, cte='base64'), textpart(d49_html, 'html', cte='base64'), '=_d49f0c2a7be13e55'),
         'merge_confirmation_requested', D_CASE, ['AWS39025581', 'AWS57712094'], 'ja', ses_host=2, o365_kw=D_O365)

d50_new = """鈴木 大輔 様

ご確認いただき、ありがとうございます。
いただいたご返信をもって、これより統合の作業に着手いたします。
作業が完了しましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちください。

AWS トレーニングと認定 カスタマーサポート
渡辺
"""
d50 = d50_new + """

--------------- Original Message ---------------
From: 鈴木 大輔 [%s]
Sent: 2/19/2026 2:20 AM
To: %s
Subject: RE: %s

渡辺様

お世話になっております。鈴木です。
内容を確認しました。問題ありませんので、統合をお願いいたします。

鈴木
""" % (D_ADDR, FORM, D_RE)
aws_mail('050-agent-ja-thanks-starting-work.eml', D_ADDR, 'o365', T(2026, 2, 19, 4, 7, 33), D_RE,
         textpart(d50, cte='quoted-printable'), 'support_reply', D_CASE, [], 'ja', ses_host=3, o365_kw=D_O365)

d51 = """鈴木 大輔 様

お待たせいたしました。
アカウントの統合が完了しましたのでお知らせいたします。

①残すアカウント：AWS57712094
②統合元アカウント：AWS39025581(無効化済み)

AWS39025581 の認定資格(ソリューションアーキテクト - アソシエイト)および受験履歴は、AWS57712094 でご確認いただけます。
Credly のバッジ反映には 1～3 営業日ほどかかる場合がございます。

ご不明な点がございましたら、本メールへご返信ください。

AWS トレーニングと認定 カスタマーサポート
渡辺
"""
aws_mail('051-agent-ja-done-sjis-label.eml', D_ADDR, 'o365', T(2026, 2, 20, 8, 55, 0), D_RE,
         textpart(d51, charset='shift_jis', codec='cp932', cte='base64'),
         'merge_completed', D_CASE, ['AWS57712094', 'AWS39025581'], 'ja', ses_host=4, o365_kw=D_O365,
         subj_charset='utf-8')

d52 = """<html><body style="font-family:Meiryo,sans-serif;font-size:14px">
<p>鈴木 大輔 様</p>
<p>このたびは AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>
ケース %s は完了としてクローズいたしました。</p>
<p>よりよいサポートのため、対応品質に関するアンケートへのご協力をお願いいたします。</p>
<p><a href="https://survey.tc.aws.dev/csat/%s?lang=ja">&gt;&gt; アンケートに回答する(約 1 分)</a></p>
<p>本ケースについてさらにご質問がある場合は、14 日以内にこのメールへご返信いただくとケースが再開されます。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>
""" % (D_CASE, h('d52', 20))
aws_mail('052-ja-closed-quality-questionnaire.eml', D_ADDR, 'o365', T(2026, 2, 20, 9, 1, 44),
         '【AWS トレーニングと認定】アンケートご協力のお願い(ケース番号: %s)' % D_CASE,
         textpart(d52, 'html', cte='base64'), 'survey', D_CASE, [], 'ja', ses_host=0, o365_kw=D_O365)

p53 = """鈴木 大輔 様

Pearson VUE をご利用いただきありがとうございます。
以下の試験の予約が完了しましたのでお知らせいたします。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
言語: 日本語
日時: 2026年3月14日(土) 13:30 JST
会場: オンライン監督試験(OnVUE)
候補者 ID: AWS57712094
登録 ID: 512803774

試験開始 30 分前からチェックインが可能です。事前にシステムテストを実施してください。
予約の変更・キャンセルは試験開始の 24 時間前までに行ってください。

Pearson VUE
"""
P53_T = T(2026, 2, 24, 3, 12, 8)
hs53 = o365_inbound(D_ADDR, P53_T, 'mail-dm6nam12on2071.outbound.protection.outlook.com', '40.107.243.71',
                    'pearson.com', 'pearson.com', '053', **D_O365)
hs53 += [('DKIM-Signature', dkim_sig('pearson.com', 'selector1', P53_T, '053', 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck', 'relaxed/relaxed')),
         ('From', addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com')), ('To', D_ADDR),
         ('Subject', enc_words('Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Professional', 'utf-8')),
         ('Date', fmt(P53_T, 0)), ('Message-ID', '<%s@DM6PR03MB5291.namprd03.prod.outlook.com>' % h('p53', 20).upper()),
         ('MIME-Version', '1.0')]
hs53 += o365_tail(P53_T, '053')
emit_nomime('053-pearson-vue-booking-ja.eml', hs53, textpart(p53, cte='base64'), 'unrelated', None, ['AWS57712094'], False, 'ja')


# ======================================================================
# U7  Sophie Dubois  (en, Gmail; replies from iCloud, form desk)   opened 2026-04-06 15:10:44Z
# ======================================================================
S_ADDR = 'sophie.dubois.cloud@gmail.com'
S_ICLOUD = 'sophie.dubois@icloud.com'
S_CASE = '177548824439160'
S_SUBJ = '[CASE %s] %s' % (S_CASE, FORM_SUBJ)
S_RE = 'RE:' + S_SUBJ

s54 = """Hi Sophie,

Thanks for writing to AWS Training and Certification. We've got your message, and a member of our team will be in touch shortly, usually within a day.

For your records, your case number is %s. If you reply to this e-mail, your reply goes straight into that case, so there's no need to send the form again.

Best,
AWS Training and Certification Customer Support

%s
""" % (S_CASE, FOOT_EN)
aws_mail('054-ack-weve-got-your-message.eml', S_ADDR, 'gmail', T(2026, 4, 6, 15, 10, 47),
         "We've got your message - AWS Training and Certification", textpart(s54),
         'case_created', S_CASE, [], 'en')

s55 = """Hello Sophie,

Thank you for your patience. I have reviewed your request and found the two certification profiles you described:

  - AWS 62874410, signed in with sophie.dubois.cloud@gmail.com: this one would be kept.
  - AWS 11460937, signed in with sdubois@lumen-conseil.fr: its certifications and exam history would be moved to AWS 62874410, after which it would be closed.

I'd like to make sure this matches what you want before we go ahead, because the change can't be rolled back once our team has made it. Could you reply to this e-mail and let me know that you're happy for us to proceed on this basis?

Kind regards,
Kelsey M.
Amazon Web Services
Training and Certification Customer Support
"""
S55_T = T(2026, 4, 8, 16, 2, 19)
s55_html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
            + ''.join('<p>%s</p>\n' % p.replace('\n', '<br>') for p in s55.strip().split('\n\n')) + '</body></html>\n')
s55id = aws_mail('055-agent-two-profiles-happy-to-proceed.eml', S_ADDR, 'gmail', S55_T, S_RE,
                 alternative(textpart(s55), textpart(s55_html, 'html'), '----=_Part_30917_1421874455.1775664139881'),
                 'merge_confirmation_requested', S_CASE, ['AWS62874410', 'AWS11460937'], 'en', ses_host=1)

s56_new = """Hello Kelsey,

Yes, that's exactly right: please merge AWS11460937 into AWS62874410 and keep the gmail one.

Thank you!
Sophie

Sent from my iPhone
"""
s56 = s56_new + "\nOn 8 Apr 2026, at 18:02, Amazon Web Services <%s> wrote:\n\n%s" % (FORM, s55)
S56_T = T(2026, 4, 8, 20, 15, 3, 2)
s56id = '<%s-%s-%s@icloud.com>' % (h('s56a', 8).upper(), h('s56b', 4).upper(), h('s56c', 12).upper())
auth56 = ['dkim=pass header.i=@icloud.com header.s=1a1hai header.b=%s' % h('s56k', 8, 'b64'),
          'spf=pass (google.com: domain of %s designates 17.58.63.179 as permitted sender) smtp.mailfrom=%s' % (S_ICLOUD, S_ICLOUD),
          'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=icloud.com']
hs56 = gmail_inbound(S_ADDR, later(S56_T, 3), 'pv50p00im-zteg10011501.me.com', '17.58.63.179', S_ICLOUD, auth56, seed='056')
hs56 += [('DKIM-Signature', dkim_sig('icloud.com', '1a1hai', S56_T, '056', 'Content-Type:Mime-Version:Subject:Message-Id:Date:To:From', 'relaxed/relaxed')),
         ('Content-Type', 'text/plain; charset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable'),
         ('Mime-Version', '1.0 (1.0)'), ('Subject', 'Re: ' + S_RE), ('Message-Id', s56id),
         ('Date', fmt(S56_T)), ('To', addr('Amazon Web Services', FORM, quote=False)), ('Cc', S_ADDR),
         ('From', addr('Sophie Dubois', S_ICLOUD, quote=False)), ('In-Reply-To', s55id), ('References', s55id),
         ('X-Mailer', 'iPhone Mail (22E252)')]
_p56 = quopri.encodestring(s56.encode('utf-8')).decode('ascii')
_lines = []
for k, v in hs56:
    _lines.append('%s: %s' % (k, v))
with open(os.path.join(OUT, '056-user-confirms-from-iphone.eml'), 'wb') as _f:
    _f.write(('\n'.join(_lines) + '\n\n' + _p56).encode('ascii'))
LABELS['056-user-confirms-from-iphone.eml'] = {'kind': 'unrelated', 'case_id': S_CASE, 'account_ids': sorted(['AWS11460937', 'AWS62874410']),
                                               'sender_verified': False, 'language': 'en'}
WRITTEN.append('056-user-confirms-from-iphone.eml')

s57 = """Thank you for your message.

I am out of the office from April 8 until April 13 with limited access to e-mail. Your case has not been closed: it remains with the AWS Training and Certification Customer Support team, and a colleague will pick up your reply in my absence.

There is no need to open a new case.

Kelsey M.
Amazon Web Services
"""
aws_mail('057-agent-out-of-office-autoreply.eml', S_ADDR, 'gmail', T(2026, 4, 8, 18, 15, 44),
         'Automatic reply: Re: ' + S_RE, textpart(s57, charset='us-ascii', cte='7bit'),
         'support_reply', S_CASE, [], 'en', ses_host=2, to=addr('Sophie Dubois', S_ICLOUD, quote=False),
         extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('In-Reply-To', s56id)])

s58 = """Hello Sophie,

I'm covering for my colleague Kelsey while she is away. I've read through your case: we have your written go-ahead, and the request to combine AWS11460937 with AWS62874410 has been passed to the team that performs the change. It is still in their queue at the moment.

You don't need to do anything further. We will write to you on this case when there is news, and please don't open a new case in the meantime, as that would only restart the queue.

Kind regards,
Tomasz W.
Amazon Web Services
Training and Certification Customer Support
"""
aws_mail('058-colleague-update-still-in-queue.eml', S_ADDR, 'gmail', T(2026, 4, 13, 10, 31, 2), S_RE,
         textpart(s58, cte='base64'), 'support_reply', S_CASE, ['AWS11460937', 'AWS62874410'], 'en', ses_host=3)

s59 = """Hello Sophie,

Thanks for bearing with us \u2014 I\u2019m back in the office and can confirm that our team has finished the work on your profiles.

\u2022 AWS62874410 now carries both of your certifications (\u201cCloud Practitioner\u201d and \u201cSolutions Architect \u2013 Associate\u201d) together with their exam history.
\u2022 AWS11460937 has been closed; sdubois@lumen-conseil.fr can no longer be used to sign in.

Your Credly badges should be re-issued to sophie.dubois.cloud@gmail.com within a few days. If they haven\u2019t appeared after a week, just reply here.

If you have a moment, we\u2019d appreciate your feedback on how we handled this request: https://survey.tc.aws.dev/r/%s

Kind regards,
Kelsey M.
Amazon Web Services
""" % h('s59', 18)
aws_mail('059-agent-profiles-done-charset-mislabel.eml', S_ADDR, 'gmail', T(2026, 4, 15, 13, 44, 27), S_RE,
         textpart(s59, charset='windows-1252', codec='utf-8', cte='quoted-printable'),
         'merge_completed', S_CASE, ['AWS62874410', 'AWS11460937'], 'en', ses_host=4)

# phishing look-alike
P_DOM = 'aws-certification-merge.com'
f60_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
<div style="background:#232f3e;padding:14px"><img src="https://%s/assets/aws-logo.png" alt="aws" height="28"></div>
<p>Dear Certified Professional,</p>
<p>Our records show that more than one AWS Certification account is registered under your name. As part of our 2026 account consolidation, these accounts will be merged into a single profile.</p>
<p><b>Before the merge can take place, you must confirm which account to keep.</b> Merges cannot be reversed. If you do not confirm within <b>24 hours</b>, your certifications and exam vouchers may be lost.</p>
<p style="text-align:center"><a href="https://%s/confirm?u=%s" style="background:#ff9900;color:#000;padding:12px 26px;text-decoration:none;font-weight:bold">Confirm account merge</a></p>
<p>Thank you,<br>AWS Training and Certification Support Team</p>
<p style="font-size:11px;color:#888">%s</p>
</body></html>
""" % (P_DOM, P_DOM, h('f60', 24), FOOT_EN)
F60_T = T(2026, 4, 9, 7, 12, 38)
mf60 = 'bounce-%s@mail.%s' % (h('f60m', 10), P_DOM)
auth60 = ['dkim=pass header.i=@%s header.s=default header.b=%s' % (P_DOM, h('f60k', 8, 'b64')),
          'spf=pass (google.com: domain of %s designates 185.225.73.41 as permitted sender) smtp.mailfrom=%s' % (mf60, mf60),
          'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s' % P_DOM]
hs60 = gmail_inbound(S_ADDR, F60_T, 'mail.%s' % P_DOM, '185.225.73.41', mf60, auth60, seed='060')
hs60 += [('Authentication-Results', 'amazon.com; spf=pass smtp.mailfrom=amazon.com; dkim=pass header.d=amazon.com;\n dmarc=pass header.from=amazon.com'),
         ('DKIM-Signature', dkim_sig(P_DOM, 'default', F60_T, '060', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type', 'relaxed/relaxed')),
         ('From', addr('AWS Training & Certification', 'no-reply@%s' % P_DOM)), ('To', S_ADDR),
         ('Subject', 'Action required: confirm your AWS Certification account merge'),
         ('Date', fmt(F60_T, 0)), ('Message-ID', '<%s@mail.%s>' % (h('f60id', 24), P_DOM)), ('MIME-Version', '1.0'),
         ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')]
emit_nomime('060-lookalike-confirm-merge-request.eml', hs60, textpart(f60_html, 'html', cte='quoted-printable'),
            'merge_confirmation_requested', None, [], False, 'en')


finish()
