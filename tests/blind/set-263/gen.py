#!/usr/bin/env python3
"""Generator for blind set 263: end of the AWS Certification account-merge case.

Writes NNN-slug.eml files and labels.json into this folder.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import random
import re
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RND = random.Random(263)
LABELS = {}
COUNTER = [0]

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
CEST = dt.timezone(dt.timedelta(hours=2))
CET = dt.timezone(dt.timedelta(hours=1))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
BRT = dt.timezone(dt.timedelta(hours=-3))

ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])AWS[ \-]?(\d{8})(?!\d)')


# ----------------------------------------------------------------- helpers
def rhex(n):
    return ''.join(RND.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(RND.choice(alphabet) for _ in range(n))


def rdig(n):
    return ''.join(RND.choice('0123456789') for _ in range(n))


def fold_b64(s, width=70, indent='\t '):
    parts = [s[i:i + width] for i in range(0, len(s), width)]
    return ('\n' + indent).join(parts)


def case15(opened):
    """15-digit display id: Unix time of opening + 5 digits."""
    return '%d%s' % (int(opened.timestamp()), rdig(5))


def d(y, mo, da, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, da, h, mi, s, tzinfo=tz)


def fmt(t, tz=None):
    if tz is not None:
        t = t.astimezone(tz)
    return format_datetime(t)


def fmt_paren(t, tz, name):
    return '%s (%s)' % (format_datetime(t.astimezone(tz)), name)


def ses_id(t, region=None):
    ms = int(t.timestamp() * 1000)
    core = '0100%012x-%s-%s-%s-%s-%s-000000' % (ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    host = 'email.amazonses.com' if region is None else '%s.amazonses.com' % region
    return core, '<%s@%s>' % (core, host)


def enc_words(text, charset='utf-8', name='Subject'):
    """RFC 2047 encoded (and folded) header value."""
    return Header(text, charset, header_name=name).encode(maxlinelen=76)


def addr(name, email_addr, charset=None):
    if name is None:
        return email_addr
    if charset:
        return '%s <%s>' % (enc_words(name, charset, 'From'), email_addr)
    if re.search(r'[^A-Za-z0-9 ]', name):
        return '"%s" <%s>' % (name, email_addr)
    return '%s <%s>' % (name, email_addr)


CODECS = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8',
          'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252',
          'euc-jp': 'euc_jp'}


def part(text, subtype='plain', charset='utf-8', cte='qp', actual=None, params=None):
    """A single text part. `actual` = codec really used for the bytes (to fake a
    wrong charset label)."""
    codec = actual or CODECS[charset.lower()]
    data = text.replace('\r\n', '\n').encode(codec)
    p = MIMENonMultipart('text', subtype, charset=charset, **(params or {}))
    del p['MIME-Version']
    if cte == 'qp':
        payload = quopri.encodestring(data).decode('ascii')
        name = 'quoted-printable'
    elif cte == 'b64':
        payload = base64.encodebytes(data).decode('ascii')
        name = 'base64'
    elif cte == '7bit':
        payload = data.decode('ascii')
        name = '7bit'
    elif cte == '8bit':
        payload = data.decode('ascii', 'surrogateescape')
        name = '8bit'
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = name
    return p


def alt(*parts_, boundary=None, subtype='alternative'):
    m = MIMEMultipart(subtype, boundary=boundary)
    del m['MIME-Version']
    for p in parts_:
        m.attach(p)
    return m


def b_gmail():
    return '000000000000' + rhex(16)


def b_java():
    return '----=_Part_%d_%d.%d' % (RND.randint(100000, 9999999), RND.randint(100000000, 999999999),
                                    RND.randint(1700000000000, 1760000000000))


def b_outlook():
    return '_000_%sPROD_' % (''.join(RND.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(40)))


def b_sendgrid():
    return rhex(64)


def html_wrap(body_html, title='', lang='en'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><title>%s</title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n'
            '%s\n</body></html>\n') % (lang, title, body_html)


def txt2html(text):
    out = []
    for para in text.strip('\n').split('\n\n'):
        esc = (para.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
               .replace('\n', '<br>\n'))
        out.append('<p>%s</p>' % esc)
    return '\n'.join(out)


# ----------------------------------------------------------------- transports
SES_IPS = ['54.240.8.30', '54.240.11.86', '54.240.27.44', '54.240.48.112', '23.251.234.17',
           '54.240.9.45', '54.240.10.181', '54.240.13.71']


def dkim_sig(domain, selector, t, headers='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
             extra=''):
    ts = int(t.timestamp())
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n'
            '\ts=%s; d=%s; t=%d;\n'
            '\th=%s%s;\n'
            '\tbh=%s=;\n'
            '\tb=%s') % (selector, domain, ts, headers, extra, rb64(43), fold_b64(rb64(342), 66, '\t'))


LAST_IP = ['54.240.8.30']


def ses_sender(t, from_domain='amazon.com', region=None):
    """Sending-side headers of a genuine SES mail from amazon.com."""
    core, mid = ses_id(t, region)
    ret = '%s@%s' % (core, 'amazonses.com' if region is None else '%s.amazonses.com' % region)
    hdrs = [
        ('DKIM-Signature', dkim_sig(from_domain, 'rjqoa2yf5ipzjokewhxqtqjsqhuljbkb', t)),
        ('DKIM-Signature', dkim_sig('amazonses.com', '224i4yxa5dv7c2xz3womw6peuasteono', t,
                                    extra=':Feedback-ID')),
    ]
    return hdrs, mid, ret


def gmail_trace(to, t, ret_path, ip, helo, ar, arc_ar=None, delay=3):
    """Receiving-side trace of Gmail; returns header list (top first)."""
    rt = t + dt.timedelta(seconds=delay)
    tz_, tzn = (PDT, 'PDT') if 3 <= rt.month <= 10 else (PST, 'PST')
    stamp = fmt_paren(rt, tz_, tzn)
    gid = '2002:a05:%s:%s:b0:%s:%s:%s' % (rhex(4), rhex(4), rhex(3), rhex(4), rhex(4))
    return [
        ('Delivered-To', to),
        ('Received', 'by %s with SMTP id %scsp%d%s;\n        %s'
         % (gid, RND.choice(['bs', 'ls', 'fd', 'ip', 'y']), RND.randint(100000, 9999999),
            ''.join(RND.choice('abcdefghijklmnopqrstuvwxyz') for _ in range(3)), stamp)),
        ('X-Google-Smtp-Source', 'AGHT+I' + rb64(80)),
        ('X-Received', 'by 2002:a17:90b:%s:b0:%s:%s with SMTP id %s-%s.%d.%s;\n        %s'
         % (rhex(4), rhex(3), rhex(3), rb64(12).lower(), rhex(8), RND.randint(10, 99), rhex(4), stamp)),
        ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
         % (int(rt.timestamp()), fold_b64(rb64(340), 64, '         '))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
         '        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n'
         '        bh=%s=;\n        fh=%s=;\n        b=%s' % (rb64(43), rb64(43), fold_b64(rb64(340), 64, '         '))),
        ('ARC-Authentication-Results', 'i=1; mx.google.com;\n' + (arc_ar or ar)),
        ('Return-Path', '<%s>' % ret_path),
        ('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.%s\n'
         '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
         % (helo, helo, ip, rb64(12).lower(), rhex(8), RND.randint(100, 999), rdig(4) + '.' + rdig(2),
            to, stamp)),
        ('Received-SPF', ('pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
                          % (ret_path, ip, ip)) if 'spf=pass' in ar else
         ('softfail (google.com: domain of transitioning %s does not designate %s as permitted sender) '
          'client-ip=%s;' % (ret_path, ip, ip))),
        ('Authentication-Results', 'mx.google.com;\n' + ar),
    ]


def gmail_ar(dkim=(('amazon.com', 'rjqoa2yf', 'pass'), ('amazonses.com', '224i4yxa', 'pass')),
             ret_path='x@amazonses.com', ip='54.240.8.30', spf='pass', dmarc='pass',
             policy='QUARANTINE', from_dom='amazon.com'):
    lines = []
    for dom, sel, res in dkim:
        sel = {'rjqoa2yf': 'rjqoa2yf5ipzjokewhxqtqjsqhuljbkb',
               '224i4yxa': '224i4yxa5dv7c2xz3womw6peuasteono'}.get(sel, sel)
        lines.append('       dkim=%s header.i=@%s header.s=%s header.b=%s;' % (res, dom, sel, rb64(8)))
    if spf == 'pass':
        lines.append('       spf=pass (google.com: domain of %s designates %s as permitted sender) '
                     'smtp.mailfrom=%s;' % (ret_path, ip, ret_path))
    else:
        lines.append('       spf=%s (google.com: domain of %s does not designate %s as permitted sender) '
                     'smtp.mailfrom=%s;' % (spf, ret_path, ip, ret_path))
    lines.append('       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
                 % (dmarc, policy, policy, 'NONE' if dmarc == 'pass' else policy, from_dom))
    return '\n'.join(lines)


def outlook_trace(to, t, ret_dom, ip, helo, from_dom, dkim='pass', dkim_dom='amazon.com',
                  spf='pass', dmarc='pass', compauth='pass reason=100', delay=4):
    rt = (t + dt.timedelta(seconds=delay)).astimezone(UTC)
    stamp = format_datetime(rt).replace('-0000', '+0000')
    srv1 = 'PH0PR%02dMB%d.namprd%02d.prod.outlook.com' % (RND.randint(10, 22), RND.randint(1000, 9999),
                                                        RND.randint(10, 20))
    srv2 = 'SN1PEPF%08d.namprd%02d.prod.outlook.com' % (RND.randint(1, 400), RND.randint(10, 20))
    srv3 = 'BN%dPR%02dCA%04d.namprd%02d.prod.outlook.com' % (RND.randint(8, 9), RND.randint(10, 19),
                                                         RND.randint(1, 9999), RND.randint(10, 20))
    dk = ('dkim=pass (signature was verified)\n header.d=%s;' % dkim_dom if dkim == 'pass'
          else 'dkim=%s (signature did not verify)\n header.d=%s;' % (dkim, dkim_dom))
    ar = ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; %sdmarc=%s action=%s\n header.from=%s;compauth=%s'
          % (spf, ip, ret_dom, dk, dmarc, 'none' if dmarc == 'pass' else 'quarantine', from_dom, compauth))
    return [
        ('Received', 'from %s (2603:10b6:%s:%s::%s) by\n %s with HTTPS; %s'
         % (srv3, rhex(3), rhex(3), rhex(2), srv1, stamp)),
        ('Received', 'from %s (2603:10b6:%s:%s::%s)\n by %s (2603:10b6:%s:%s::%s) with Microsoft SMTP Server\n'
         ' (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
         % (srv2, rhex(3), rhex(3), rhex(2), srv1, rhex(3), rhex(3), rhex(2), RND.randint(8000, 9200),
            RND.randint(10, 40), stamp)),
        ('Authentication-Results', ar),
        ('Received-SPF', '%s (protection.outlook.com: domain of %s designates %s as permitted sender)\n'
         ' receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C'
         % (spf.capitalize(), ret_dom, ip, ip, helo)),
        ('Received', 'from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server (version=TLS1_3,\n'
         ' cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s'
         % (helo, ip, srv2, RND.randint(2, 250), RND.randint(8000, 9200), RND.randint(10, 40), stamp)),
        ('X-MS-Exchange-Organization-ExpirationStartTime', stamp[5:]),
        ('X-MS-PublicTrafficType', 'Email'),
        ('X-MS-Exchange-Organization-AuthSource', srv2),
        ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
    ]


def jp_trace(to, t, authserv, mx_host, ret_path, ip, helo, ar_body, delay=5):
    rt = (t + dt.timedelta(seconds=delay)).astimezone(JST)
    stamp = format_datetime(rt)
    return [
        ('Return-Path', '<%s>' % ret_path),
        ('Delivered-To', to),
        ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
         % (helo, helo, ip, mx_host, rhex(10).upper(), to, stamp)),
        ('Authentication-Results', '%s;\n\t%s' % (authserv, ar_body)),
    ]


def plain_trace(to, t, mx_host, ip, helo, tz=UTC):
    """A receiving server that adds no Authentication-Results."""
    rt = (t + dt.timedelta(seconds=6)).astimezone(tz)
    return [
        ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
         % (helo, helo, ip, mx_host, rhex(10).upper(), to, format_datetime(rt))),
    ]


# ----------------------------------------------------------------- output
def norm_ids(text):
    return sorted({'AWS' + m for m in ID_RE.findall(text)})


def emit(slug, kind, case_id, lang, verified, headers, body, new_text, ids=None, crlf=False):
    COUNTER[0] += 1
    name = '%03d-%s.eml' % (COUNTER[0], slug)
    head = ''.join('%s: %s\n' % (n, v) for n, v in headers)
    raw = head.encode('ascii') + body.as_bytes()
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(raw)
    LABELS[name] = {
        'kind': kind,
        'case_id': case_id,
        'account_ids': norm_ids(new_text) if ids is None else sorted(ids),
        'sender_verified': verified,
        'language': lang,
    }
    return name


def finish():
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(LABELS, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print('wrote %d mails' % len(LABELS))


# ----------------------------------------------------------------- common AWS text
CONSOLE_FOOTER = """We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.
"""


def console_tail(case_id, lang='en'):
    return ("""
======================================================
To see all of the correspondence for this case, please visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s

* Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update your case, please use the link above.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""" % (case_id, lang))


FORM_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance'
FORM_FROM = addr('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
CONSOLE_FROM = addr('Amazon Web Services', 'no-reply-aws@amazon.com')


def aws_headers(from_, to, subject, t, mid, extra=()):
    h = [('From', from_), ('To', to), ('Subject', subject), ('Date', fmt(t)),
         ('Message-ID', mid)]
    h += list(extra)
    h += [('Feedback-ID', '::1.us-east-1.%s=:AmazonSES' % rb64(43)),
          ('X-SES-Outgoing', '%s-%s' % (t.strftime('%Y.%m.%d'), LAST_IP[0])),
          ('MIME-Version', '1.0')]
    return h


def ses_gmail(to, t, from_dom='amazon.com'):
    """(trace headers + dkim headers, message-id) for genuine AWS mail to Gmail."""
    dk, mid, ret = ses_sender(t, from_dom)
    ip = RND.choice(SES_IPS)
    LAST_IP[0] = ip
    helo = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:4])
    ar = gmail_ar(ret_path=ret, ip=ip, from_dom=from_dom)
    return gmail_trace(to, t, ret, ip, helo, ar) + dk, mid


def ses_outlook(to, t, from_dom='amazon.com'):
    dk, mid, ret = ses_sender(t, from_dom)
    ip = RND.choice(SES_IPS)
    LAST_IP[0] = ip
    helo = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:4])
    return outlook_trace(to, t, 'amazonses.com', ip, helo, from_dom) + dk, mid


def ses_jp(to, t, authserv, mx_host, from_dom='amazon.com', dmarc='pass'):
    dk, mid, ret = ses_sender(t, from_dom)
    ip = RND.choice(SES_IPS)
    LAST_IP[0] = ip
    helo = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:4])
    ar = ('spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s header.s=rjqoa2yf5ipzjokewhxqtqjsqhuljbkb;\n'
          '\tdkim=pass header.d=amazonses.com;\n\tdmarc=%s header.from=%s' % (ret, from_dom, dmarc, from_dom))
    return jp_trace(to, t, authserv, mx_host, ret, ip, helo, ar) + dk, mid


def ses_plain(to, t, mx_host, tz=UTC, from_dom='amazon.com'):
    dk, mid, ret = ses_sender(t, from_dom)
    ip = RND.choice(SES_IPS)
    LAST_IP[0] = ip
    helo = 'a%s-%s.smtp-out.amazonses.com' % tuple(ip.split('.')[2:4])
    return [('Return-Path', '<%s>' % ret)] + plain_trace(to, t, mx_host, ip, helo, tz) + dk, mid


# Credly (SendGrid) -------------------------------------------------------
CREDLY_IPS = ['149.72.164.51', '168.245.70.12', '167.89.32.114', '149.72.151.6']


def credly_sender(t, to, dom='credly.com'):
    ret = 'bounces+%d-%s-%s=%s@em%d.%s' % (RND.randint(1000000, 9999999), rhex(4),
                                          to.split('@')[0], to.split('@')[1], RND.randint(1000, 9999), dom)
    mid = '<%s@geopod-ismtpd-%d>' % (rb64(22).replace('+', '-').replace('/', '_'), RND.randint(1, 40))
    dk = [('DKIM-Signature', dkim_sig(dom, 's1', t, headers='from:mime-version:subject:to:content-type:'
                                                          'cc:content-type:from:subject:to'))]
    return dk, mid, ret


def credly_gmail(to, t, dom='credly.com', dmarc='pass', dkim='pass', spf='pass'):
    dk, mid, ret = credly_sender(t, to, dom)
    ip = RND.choice(CREDLY_IPS)
    helo = 'o%d.ptr%d.%s' % (RND.randint(1, 9), RND.randint(1000, 9999), 'em.' + dom)
    ar = gmail_ar(dkim=((dom, 's1', dkim), ('sendgrid.info', 'smtpapi', 'pass')), ret_path=ret, ip=ip,
                  spf=spf, dmarc=dmarc, policy='REJECT' if dom == 'credly.com' else 'NONE', from_dom=dom)
    return gmail_trace(to, t, ret, ip, helo, ar) + dk, mid


def credly_outlook(to, t, dom='credly.com'):
    dk, mid, ret = credly_sender(t, to, dom)
    ip = RND.choice(CREDLY_IPS)
    helo = 'o%d.ptr%d.em.%s' % (RND.randint(1, 9), RND.randint(1000, 9999), dom)
    return outlook_trace(to, t, ret.split('@')[1], ip, helo, dom, dkim_dom=dom) + dk, mid


def credly_jp(to, t, authserv, mx_host, dom='credly.com'):
    dk, mid, ret = credly_sender(t, to, dom)
    ip = RND.choice(CREDLY_IPS)
    helo = 'o%d.ptr%d.em.%s' % (RND.randint(1, 9), RND.randint(1000, 9999), dom)
    ar = ('spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=%s header.s=s1;\n\tdmarc=pass header.from=%s'
          % (ret, dom, dom))
    return jp_trace(to, t, authserv, mx_host, ret, ip, helo, ar) + dk, mid


# ================================================================== MAILS
# Personas ---------------------------------------------------------------
KENJI = ('Kenji Watanabe', 'k.watanabe.dev@gmail.com')
PRIYA = ('Priya Raman', 'priya.raman88@outlook.com')
MISAKI = ('佐藤 美咲', 'misaki.sato@biglobe.ne.jp')
TOMASZ = ('Tomasz Nowak', 'tomasz.nowak@kestrel-it.pl')
LUCAS = ('Lucas Ferreira', 'lucas.ferreira.cloud@gmail.com')
HIRO = ('田中 裕之', 'h-tanaka@nifty.com')
AISHA = ('Aisha Bello', 'aisha.bello.ng@gmail.com')
MARCO = ('Marco Rossi', 'marco.rossi.dev@gmail.com')
LAN = ('Nguyen Thi Lan', 'lan.nguyen.aws@gmail.com')
KENICHI = ('鈴木 健一', 'k-suzuki77@ybb.ne.jp')
RAHUL = ('Rahul Verma', 'rahulverma.cloud@gmail.com')


def to_addr(p, charset=None):
    return addr(p[0], p[1], charset)


# ---- batches are appended below; each is registered in BATCHES
BATCHES = []


def batch(fn):
    BATCHES.append(fn)
    return fn


# ---------------------------------------------------------------- batch 1
def two(new, quoted='', charset='utf-8', cte='qp', html_cte=None, boundary=None, title='', lang='en',
        html_new=None, html_quoted=None):
    """text/plain + text/html alternative of new text and quoted history."""
    plain = new + (('\n' + quoted) if quoted else '')
    h = html_new if html_new is not None else txt2html(new)
    if quoted:
        hq = html_quoted if html_quoted is not None else txt2html(quoted)
        h += ('\n<div style="border-top:1px solid #ccc;margin-top:16px;padding-top:8px;color:#555">\n%s\n</div>'
              % hq)
    return alt(part(plain, 'plain', charset, cte), part(html_wrap(h, title, lang), 'html', charset,
                                                         html_cte or cte), boundary=boundary)


def qt(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split('\n'))


FORM_SIG_NADIA = """Sincerely,
Nadia R.
AWS Training and Certification Customer Support
"""

K_OPEN = d(2025, 5, 26, 0, 14, 7)
K_CASE = case15(K_OPEN)
K_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % K_CASE

K_CONFIRM_REQ = """Hello Kenji,

Thank you for contacting AWS Training and Certification.

We have located the following AWS Certification accounts associated with you:

Account 1 (to be kept): AWS04417829 - k.watanabe.dev@gmail.com
Account 2 (to be merged): AWS10593372 - kenji.watanabe@nexwave-sol.co.jp

After the merge, all certifications, exam history and benefits from Account 2 will be moved to Account 1 and Account 2 will be deactivated. Please note that a merge cannot be reversed once it has been processed.

Please reply to this e-mail to confirm that the above details are correct and that you would like us to proceed.

Sincerely,
Nadia R.
AWS Training and Certification Customer Support"""


@batch
def b1():
    # 001 ---------------------------------------------------------------
    t = d(2025, 5, 29, 2, 41, 53)
    tr, mid = ses_gmail(KENJI[1], t)
    new = """Hello Kenji,

Thank you for your patience.

I'm happy to let you know that the merge of your AWS Certification accounts has been completed. Your certification history from AWS10593372 now sits under your primary account, AWS04417829, and the secondary account has been deactivated.

Please allow up to 48 hours for the change to show in your AWS Certification Account and in Credly. If your badges do not appear on your Credly profile after that, simply reply to this e-mail and we will look into it.

We appreciate your patience and thank you for choosing AWS Training and Certification.

""" + FORM_SIG_NADIA
    quoted = """-----Original Message-----
From: k.watanabe.dev@gmail.com
Sent: 2025-05-27 23:02:11 UTC
To: aws-cs-trainingcertification-form@amazon.com
Subject: Re: %s

The details are correct. Please proceed with the merge.

Thanks,
Kenji

On Tue, May 27, 2025 at 6:40 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
%s
""" % (K_SUBJ, qt(K_CONFIRM_REQ))
    body = two(new, quoted, cte='qp', boundary=b_java())
    hdr = tr + aws_headers(FORM_FROM, KENJI[1], K_SUBJ, t, mid)
    emit('merge-done-form-desk', 'merge_completed', K_CASE, 'en', True, hdr, body, new)

    # 002 survey (html only) ---------------------------------------------
    t = d(2025, 5, 29, 2, 42, 30)
    tr, mid = ses_gmail(KENJI[1], t)
    link = 'https://support.console.aws.amazon.com/support/feedback?displayId=%s&amp;r=' % K_CASE
    html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e1e4e8">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<p>Hello,</p>
<p>Your case <b>%s</b> (&quot;[AWS Training and Certification Form Submission] - account-assistance&quot;) has been closed by our team.</p>
<p>Your opinion helps us improve. Was your issue resolved?</p>
<p><a href="%syes" style="background:#ff9900;color:#16191f;padding:10px 28px;text-decoration:none;font-weight:bold">YES</a>
&nbsp;&nbsp;
<a href="%sno" style="background:#ffffff;color:#16191f;border:1px solid #16191f;padding:10px 28px;text-decoration:none;font-weight:bold">NO</a></p>
<p>How would you rate the support you received from Nadia R.?</p>
<p>%s</p>
<p style="color:#687078;font-size:12px">The survey takes less than two minutes. If you still need help with this request, reply to the latest correspondence within 14 days and the case will be reopened.</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210. This message was sent from a notification-only address that cannot accept incoming e-mail.</td></tr>
</table>""" % (K_CASE, link, link, ' '.join('<a href="%sstar%d">&#9733;%d</a>' % (link, i, i) for i in range(1, 6))),
        'AWS Support survey')
    body = part(html, 'html', 'utf-8', 'b64')
    hdr = tr + aws_headers(CONSOLE_FROM, KENJI[1],
                           'How did we do? Tell us about your recent support experience [Case %s]' % K_CASE, t, mid)
    emit('closed-rate-html-only', 'survey', K_CASE, 'en', True, hdr, body, html)

    # 003 Credly issued ---------------------------------------------------
    t = d(2025, 5, 30, 14, 5, 12)
    tr, mid = credly_gmail(KENJI[1], t)
    txt = """Kenji Watanabe,

Amazon Web Services Training and Certification has issued you a new badge: AWS Certified Solutions Architect - Associate.

Accept your badge to add it to your Credly profile, share it on LinkedIn and let your network know about your achievement.

Accept your badge: https://www.credly.com/badges/7d3f0a6e-2c41-4b8e-9a51-0fe2c8d41a77/accept

Badge details
Issued by: Amazon Web Services Training and Certification
Issue date: May 30, 2025

Questions? Visit https://support.credly.com

You are receiving this e-mail because a badge was issued to k.watanabe.dev@gmail.com.
Credly, Inc. | 345 Hudson Street, New York, NY 10014
"""
    html = html_wrap("""<div style="max-width:600px;margin:auto">
<img src="https://images.credly.com/images/credly-logo.png" alt="Credly" width="100">
<h2>Kenji Watanabe, you've been issued a new badge!</h2>
<p><b>Amazon Web Services Training and Certification</b> has issued you a new badge:</p>
<p><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="160" alt="badge"><br>
<b>AWS Certified Solutions Architect - Associate</b></p>
<p><a href="https://www.credly.com/badges/7d3f0a6e-2c41-4b8e-9a51-0fe2c8d41a77/accept" style="background:#ff6b00;color:#fff;padding:12px 30px;border-radius:4px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:12px;color:#777">Credly, Inc. | 345 Hudson Street, New York, NY 10014 | <a href="https://www.credly.com/notifications">Notification settings</a></p>
</div>""", 'Credly')
    body = alt(part(txt, 'plain', 'utf-8', 'qp'), part(html, 'html', 'utf-8', 'qp'), boundary=b_sendgrid())
    hdr = tr + [('From', addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')),
                ('Reply-To', 'support@credly.com'),
                ('To', KENJI[1]), ('Subject', 'Amazon Web Services Training and Certification has issued you a badge'),
                ('Date', fmt(t)), ('Message-ID', mid), ('MIME-Version', '1.0')]
    emit('credly-badge-issued', 'credly_badge_issued', None, 'en', True, hdr, body, txt)

    # 004 Credly accept reminder -----------------------------------------
    t = d(2025, 6, 6, 14, 7, 40)
    tr, mid = credly_gmail(KENJI[1], t)
    txt = """Hi Kenji,

Your AWS Certified Developer - Associate badge from Amazon Web Services Training and Certification is waiting for you.

This badge was moved to your profile after your AWS Certification accounts were combined, but it hasn't been accepted yet. Claim it now so it shows on your public profile.

Accept badge: https://www.credly.com/badges/a1c9e5b2-77d0-4f3a-8b6e-31d2f9c0e4d8/accept

The Credly Team
"""
    html = html_wrap(txt2html(txt).replace('https://www.credly.com/badges/a1c9e5b2-77d0-4f3a-8b6e-31d2f9c0e4d8/accept',
                                           '<a href="https://www.credly.com/badges/a1c9e5b2-77d0-4f3a-8b6e-31d2f9c0e4d8/accept">Accept badge</a>'),
                     'Credly')
    body = alt(part(txt, 'plain', 'utf-8', '7bit'), part(html, 'html', 'utf-8', 'qp'), boundary=b_sendgrid())
    hdr = tr + [('From', addr('Credly', 'admin@credly.com')), ('To', KENJI[1]),
                ('Subject', "Reminder: you haven't accepted your badge yet"),
                ('Date', fmt(t)), ('Message-ID', mid), ('MIME-Version', '1.0')]
    emit('credly-accept-reminder', 'credly_badge_issued', None, 'en', True, hdr, body, txt)


P_CASE = '12794630581'
P_SUBJ = 'RE:[CASE %s] Merge my three AWS Certification accounts' % P_CASE


def console_body(new, case_id, lang='en', charset='utf-8', cte='b64', quoted=''):
    text = new + '\n' + CONSOLE_FOOTER.rstrip('\n') + '\n' + console_tail(case_id, lang)
    return text


@batch
def b1b():
    # 005 partial completion ---------------------------------------------
    t = d(2023, 10, 18, 16, 22, 4)
    tr, mid = ses_outlook(PRIYA[1], t)
    new = """Hello Priya,

Thank you for your patience while we worked on this.

I have an update on the first part of your request: AWS02281904 has now been merged into AWS11460028, and the certifications that were on that profile (AWS Certified Cloud Practitioner and AWS Certified Developer - Associate) are showing on your primary account.

Unfortunately we were not able to merge the third account, AWS09917345, yet. The legal name on that profile ("P. Ramanathan") does not match the name on your primary account, so our Certification team needs to verify your identity before it can be combined. Could you please reply through the Support Center with a photo of a government-issued ID showing your full legal name? Please cover the ID number and photo; only the name is needed.

As soon as we receive it, we will finish the remaining part.

Best regards,
Arjun S.
Amazon Web Services
"""
    text = console_body(new, P_CASE)
    html = html_wrap(txt2html(text), P_SUBJ)
    body = alt(part(text, 'plain', 'utf-8', 'b64'), part(html, 'html', 'utf-8', 'b64'), boundary=b_java())
    hdr = tr + aws_headers(CONSOLE_FROM, PRIYA[1], P_SUBJ, t, mid)
    emit('partial-merge-third-account-pending', 'merge_completed', P_CASE, 'en', True, hdr, body, new, crlf=True)

    # 006 status update ---------------------------------------------------
    t = d(2023, 10, 20, 9, 3, 51)
    tr, mid = ses_outlook(PRIYA[1], t)
    new = """Hello Priya,

Thanks for sending the document so quickly.

I have passed it on to our Certification team together with a request to verify the name on AWS09917345. Verification usually takes 3 to 5 business days. I will keep this case open and write to you as soon as I hear back from them - there is nothing more you need to do in the meantime.

Best regards,
Arjun S.
Amazon Web Services
"""
    text = console_body(new, P_CASE)
    body = alt(part(text, 'plain', 'utf-8', 'b64'), part(html_wrap(txt2html(text)), 'html', 'utf-8', 'b64'),
               boundary=b_java())
    hdr = tr + aws_headers(CONSOLE_FROM, PRIYA[1], P_SUBJ, t, mid)
    emit('id-sent-to-cert-team-waiting', 'support_reply', P_CASE, 'en', True, hdr, body, new)

    # 007 completion without the word -----------------------------------
    t = d(2023, 10, 24, 18, 40, 17)
    tr, mid = ses_outlook(PRIYA[1], t)
    new = """Hello Priya,

Good news: the Certification team has verified your identity, and your former profile AWS 09917345 is now part of AWS11460028.

When you sign in to your AWS Certification Account you will see all five certifications on a single transcript, including the AWS Certified Solutions Architect - Associate that used to sit on the old profile. The old sign-in no longer works, so please use priya.raman88@outlook.com from now on.

Your Credly badges for those certifications should follow within a few days. Your 50% discount voucher for your next exam has been carried over as well.

Best regards,
Arjun S.
Amazon Web Services
"""
    text = console_body(new, P_CASE)
    body = alt(part(text, 'plain', 'utf-8', 'qp'), part(html_wrap(txt2html(text)), 'html', 'utf-8', 'qp'),
               boundary=b_java())
    hdr = tr + aws_headers(CONSOLE_FROM, PRIYA[1], P_SUBJ, t, mid)
    emit('old-profile-now-part-of-primary', 'merge_completed', P_CASE, 'en', True, hdr, body, new)

    # 008 resolved notice with survey -----------------------------------
    t = d(2023, 10, 27, 19, 0, 2)
    tr, mid = ses_outlook(PRIYA[1], t)
    text = """Hello,

We've marked your support case %s as resolved.

Subject: Merge my three AWS Certification accounts

If your issue isn't resolved, you can reopen the case within 14 days from the AWS Support Center: https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

How did we do?
We'd love to hear about your experience. Was your issue resolved?
Yes: https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes
No:  https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no

Thank you for using AWS Support.

Amazon Web Services
""" % (P_CASE, P_CASE, P_CASE, P_CASE)
    body = alt(part(text, 'plain', 'utf-8', '7bit'), part(html_wrap(txt2html(text)), 'html', 'utf-8', 'qp'),
               boundary=b_java())
    hdr = tr + aws_headers(CONSOLE_FROM, PRIYA[1],
                           'Amazon Web Services: Your support case %s has been resolved' % P_CASE, t, mid)
    emit('console-case-resolved-survey', 'survey', P_CASE, 'en', True, hdr, body, text)


# ---------------------------------------------------------------- batch 2 (Misaki, JA form desk; Tomasz)
M_OPEN = d(2025, 3, 10, 1, 31, 44)
M_CASE = case15(M_OPEN)
M_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % M_CASE
BIGLOBE = ('mx.biglobe.ne.jp', 'mx41.biglobe.ne.jp')

M_REQ = """佐藤 美咲 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
担当の山本でございます。

お客様のご依頼内容を確認いたしました。以下の 2 つの認定アカウントを統合いたします。

・存続させるアカウント：AWS07765120（misaki.sato@biglobe.ne.jp）
・統合元のアカウント：AWS03391846（m.sato@sakura-sys.co.jp）

統合後、AWS03391846 に登録されている認定資格および受験履歴はすべて AWS07765120 へ移行され、AWS03391846 は無効となります。一度実施した統合は元に戻すことができませんので、あらかじめご了承ください。

上記の内容でよろしければ、本メールにご返信のうえ、統合の実施についてご承諾いただけますでしょうか。

何卒よろしくお願い申し上げます。

山本 彩
AWS トレーニングと認定 カスタマーサポート
"""


@batch
def b2():
    # 009 form acknowledgement JA ------------------------------------------
    t = M_OPEN + dt.timedelta(seconds=41)
    tr, mid = ses_jp(MISAKI[1], t, *BIGLOBE)
    new = """佐藤 美咲 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを受け付けました。

ケース ID：%s
お問い合わせの種類：認定 ／ アカウントの統合
AWS 認定候補者 ID：AWS07765120

担当者より、原則として 24 時間以内にご連絡いたします。
同じ内容で新たにお問い合わせをいただきますと、かえって回答が遅れる場合がございます。追加の情報がございましたら、本メールにご返信ください。

今後ともよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
""" % M_CASE
    body = part(new, 'plain', 'iso-2022-jp', '7bit')
    subj = enc_words('【AWS トレーニングと認定】お問い合わせを受け付けました [CASE %s]' % M_CASE, 'iso-2022-jp')
    hdr = tr + aws_headers(FORM_FROM, to_addr(MISAKI, 'iso-2022-jp'), subj, t, mid)
    emit('ja-form-received-ack', 'case_created', M_CASE, 'ja', True, hdr, body, new)

    # 010 confirmation request JA (Shift_JIS base64, plain only) ------------
    t = d(2025, 3, 11, 4, 12, 9)
    tr, mid = ses_jp(MISAKI[1], t, *BIGLOBE)
    body = part(M_REQ, 'plain', 'shift_jis', 'b64')
    hdr = tr + aws_headers(FORM_FROM, to_addr(MISAKI, 'iso-2022-jp'), M_SUBJ, t, mid)
    emit('ja-please-confirm-merge', 'merge_confirmation_requested', M_CASE, 'ja', True, hdr, body, M_REQ)

    # 011 thanks for confirming, will proceed (JA) ----------------------
    t = d(2025, 3, 12, 0, 48, 30)
    tr, mid = ses_jp(MISAKI[1], t, *BIGLOBE)
    new = """佐藤 美咲 様

ご確認いただき、誠にありがとうございます。
いただいたご承諾をもとに、これより担当部署にて統合の手続きを進めてまいります。

作業が完了いたしましたら、改めて本ケースにてご連絡いたしますので、今しばらくお待ちくださいますようお願い申し上げます。

山本 彩
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = """2025年3月11日(火) 21:15 佐藤 美咲 <misaki.sato@biglobe.ne.jp>:
> 山本様
>
> ご連絡ありがとうございます。
> 記載いただいた内容で相違ございません。統合を進めてください。
>
> 佐藤
>
> 2025年3月11日(火) 13:12 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % qt(M_REQ, '> > ')
    body = two(new, quoted, cte='qp', boundary=b_java(), lang='ja')
    hdr = tr + aws_headers(FORM_FROM, to_addr(MISAKI, 'iso-2022-jp'), M_SUBJ, t, mid)
    emit('ja-thanks-for-confirming-proceeding', 'support_reply', M_CASE, 'ja', True, hdr, body, new)

    # 012 completion JA, ISO-2022-JP, folded encoded subject -------------------
    t = d(2025, 3, 13, 7, 5, 58)
    tr, mid = ses_jp(MISAKI[1], t, *BIGLOBE)
    new = """佐藤 美咲 様

大変お待たせいたしました。
ご依頼いただいておりました認定アカウントの統合作業が完了いたしましたので、ご報告申し上げます。

統合後のアカウント：AWS07765120

これまで AWS03391846 に登録されていた認定資格（AWS Certified Cloud Practitioner、AWS Certified SysOps Administrator - Associate）は、上記アカウントでご確認いただけます。今後は misaki.sato@biglobe.ne.jp にてサインインしてください。

なお、Credly のデジタルバッジが反映されるまでには最大 48 時間ほどかかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

山本 彩
AWS トレーニングと認定 カスタマーサポート
"""
    body = part(new, 'plain', 'iso-2022-jp', '7bit')
    subj = enc_words('RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance '
                     '【アカウント統合完了のご連絡】' % M_CASE, 'iso-2022-jp')
    hdr = tr + aws_headers(FORM_FROM, to_addr(MISAKI, 'iso-2022-jp'), subj, t, mid)
    emit('ja-merge-complete-iso2022', 'merge_completed', M_CASE, 'ja', True, hdr, body, new)

    # 013 agent-written closure + survey JA ----------------------------
    t = d(2025, 3, 15, 2, 30, 11)
    tr, mid = ses_jp(MISAKI[1], t, *BIGLOBE)
    new = """佐藤 美咲 様

ご返信いただき、ありがとうございます。
Credly のバッジについてもご確認いただけたとのこと、安心いたしました。

それでは、本ケースはこれにてクローズとさせていただきます。
今後の品質向上のため、下記リンクより今回の対応に関するアンケートにご協力いただけますと幸いです（所要時間 1 分程度）。

https://aws.amazon.com/jp/survey/tc-support?caseId=%s

この度は AWS トレーニングと認定をご利用いただき、誠にありがとうございました。

山本 彩
AWS トレーニングと認定 カスタマーサポート
""" % M_CASE
    quoted = """-----Original Message-----
From: 佐藤 美咲 <misaki.sato@biglobe.ne.jp>
Sent: Saturday, March 15, 2025 9:02 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: Re: %s

山本様

統合のご対応ありがとうございました。
Credly にもバッジが表示されていることを確認しました。

佐藤
""" % M_SUBJ
    body = two(new, quoted, cte='b64', boundary=b_java(), lang='ja')
    hdr = tr + aws_headers(FORM_FROM, to_addr(MISAKI, 'iso-2022-jp'), M_SUBJ, t, mid)
    emit('ja-agent-closes-case-survey', 'survey', M_CASE, 'ja', True, hdr, body, new)

    # 014 Credly JA --------------------------------------------------------
    t = d(2025, 3, 14, 3, 20, 45)
    tr, mid = credly_jp(MISAKI[1], t, *BIGLOBE)
    txt = """佐藤 美咲 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified SysOps Administrator - Associate

バッジを受け取ると、Credly のプロフィールに表示され、LinkedIn などで共有できるようになります。

バッジを受け取る：https://www.credly.com/badges/3e0b7c55-19af-4d52-b0e4-6a2f8d9c1e03/accept

Credly チーム
このメールは misaki.sato@biglobe.ne.jp 宛てに送信されました。通知設定の変更：https://www.credly.com/notifications
"""
    html = html_wrap(txt2html(txt), 'Credly', 'ja')
    body = alt(part(txt, 'plain', 'utf-8', 'b64'), part(html, 'html', 'utf-8', 'b64'), boundary=b_sendgrid())
    hdr = tr + [('From', addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')),
                ('To', MISAKI[1]),
                ('Subject', enc_words('Amazon Web Services Training and Certification からバッジが発行されました',
                                      'utf-8')),
                ('Date', fmt(t)), ('Message-ID', mid), ('MIME-Version', '1.0')]
    emit('ja-credly-badge-issued', 'credly_badge_issued', None, 'ja', True, hdr, body, txt)


T_CASE = '7186549301'
T_SUBJ = 'RE:[CASE %s] Request to merge two AWS Certification accounts' % T_CASE


@batch
def b2b():
    # 015 completion + unrelated question, O365 tenant ----------------------
    t = d(2020, 9, 16, 13, 27, 40)
    tr, mid = ses_outlook(TOMASZ[1], t)
    new = """Hello Tomasz,

Thank you for confirming the details.

Your two AWS Certification accounts have now been merged. Going forward please sign in with tomasz.nowak@kestrel-it.pl; your complete exam history and your AWS Certified Solutions Architect - Associate are available under AWS-00583921.

In your first message you also mentioned that your Pearson VUE appointment for the SysOps exam was booked under the old profile. Could you please send us the Pearson VUE registration number of that appointment? We would like to check that it was moved correctly, as appointments are sometimes left on the old record.

Kind regards,
Jessica M.
Amazon Web Services
"""
    quoted = """-----Original Message-----
From: Tomasz Nowak <tomasz.nowak@kestrel-it.pl>
Sent: Tuesday, September 15, 2020 9:12 AM
To: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Subject: RE: [CASE %s] Request to merge two AWS Certification accounts

Hi Jessica,

Yes, that's correct - please merge AWS05120447 into AWS00583921 and keep the company address as the login.

Best regards,
Tomasz Nowak
Cloud Architect | Kestrel IT Sp. z o.o.
ul. Grunwaldzka 472, 80-309 Gdansk

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, September 14, 2020 6:40 PM
To: Tomasz Nowak <tomasz.nowak@kestrel-it.pl>
Subject: [CASE %s] Request to merge two AWS Certification accounts

Hello Tomasz,

We can merge AWS05120447 into AWS00583921. Please reply to confirm; a merge cannot be undone.
""" % (T_CASE, T_CASE)
    plain = new + '\n' + quoted
    body = alt(part(plain, 'plain', 'us-ascii', '7bit'),
               part(html_wrap(txt2html(new) + '<hr>' + txt2html(quoted)), 'html', 'us-ascii', 'qp'),
               boundary=b_java())
    hdr = tr + aws_headers(FORM_FROM, TOMASZ[1], T_SUBJ, t, mid)
    emit('merged-plus-pearson-question', 'merge_completed', T_CASE, 'en', True, hdr, body, new)

    # 016 survey, no Authentication-Results (on-prem Postfix) ----------------
    t = d(2020, 9, 19, 14, 0, 9)
    tr, mid = ses_plain(TOMASZ[1], t, 'mx1.kestrel-it.pl', CEST)
    text = """Hello,

Your recent AWS Support case has been closed:

Case ID: %s
Subject: Request to merge two AWS Certification accounts

Please take a moment to rate your support experience. Your feedback is anonymous and helps us improve the service we provide.

Rate this case: https://console.aws.amazon.com/support/home?#/case/?displayId=%s&language=en&feedback=1

If you believe the case was closed in error, you can reopen it within 14 days.

Thank you,
Amazon Web Services
""" % (T_CASE, T_CASE)
    body = part(text, 'plain', 'us-ascii', '7bit')
    hdr = tr + aws_headers(CONSOLE_FROM, TOMASZ[1], 'Amazon Web Services Support: Please rate case %s' % T_CASE,
                           t, mid)
    emit('case-closed-rate-no-auth-results', 'survey', T_CASE, 'en', None, hdr, body, text)

    # 017 Acclaim (older Credly sender) ----------------------------------
    t = d(2020, 9, 18, 10, 11, 3)
    dk, mid2, ret = credly_sender(t, TOMASZ[1], 'youracclaim.com')
    tr = [('Return-Path', '<%s>' % ret)] + plain_trace(TOMASZ[1], t, 'mx1.kestrel-it.pl', '167.89.32.114',
                                                       'o3.ptr4471.youracclaim.com', CEST) + dk
    txt = """Tomasz,

Amazon Web Services Training and Certification has issued you the following badge:

AWS Certified SysOps Administrator - Associate

Accept your badge so you can manage and share it: https://www.youracclaim.com/badges/5f1d2c3b-8a7e-4c90-b6d1-2e4f7a9c0b18/accept

Your badge was previously issued to an account that has since been consolidated with this one, so it has been re-issued to you here.

Acclaim
Powered by Credly
"""
    body = alt(part(txt, 'plain', 'utf-8', 'qp'), part(html_wrap(txt2html(txt), 'Acclaim'), 'html', 'utf-8', 'qp'),
               boundary=b_sendgrid())
    hdr = tr + [('From', addr('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com')),
                ('To', TOMASZ[1]),
                ('Subject', 'Tomasz, Amazon Web Services Training and Certification has issued you a badge'),
                ('Date', fmt(t)), ('Message-ID', mid2), ('MIME-Version', '1.0')]
    emit('acclaim-badge-reissued-no-auth', 'credly_badge_issued', None, 'en', None, hdr, body, txt)


# ---------------------------------------------------------------- batch 3 (Lucas console; Hiro JA console)
L_OPEN = d(2024, 11, 4, 13, 2, 18)
L_CASE = case15(L_OPEN)
L_TOPIC = 'Merge two AWS Certification accounts (old employer e-mail)'
L_SUBJ = 'RE:[CASE %s] %s' % (L_CASE, L_TOPIC)


@batch
def b3():
    # 018 console case opened -------------------------------------------
    t = L_OPEN + dt.timedelta(seconds=12)
    tr, mid = ses_gmail(LUCAS[1], t)
    new = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hi, I have two AWS Certification accounts. aws08842210 is my personal one (lucas.ferreira.cloud@gmail.com) and AWS01275563 was created with my old employer's address (lucas.ferreira@tecnobras.com.br), which I can no longer access. Please merge them and keep the personal one. Thanks!

To see the details of this case and to update it, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you,
Amazon Web Services
""" % (L_CASE, L_CASE, L_TOPIC, L_CASE)
    body = alt(part(new, 'plain', 'utf-8', 'qp'), part(html_wrap(txt2html(new)), 'html', 'utf-8', 'qp'),
               boundary=b_java())
    hdr = tr + aws_headers(CONSOLE_FROM, LUCAS[1],
                           'Amazon Web Services: You have opened a new Support case: %s' % L_CASE, t, mid)
    emit('console-case-opened', 'case_created', L_CASE, 'en', True, hdr, body, new)

    # 019 working on it, "once the merge is complete" -------------------------
    t = d(2024, 11, 5, 17, 44, 2)
    tr, mid = ses_gmail(LUCAS[1], t)
    new = """Hello Lucas,

Thank you for confirming which account you would like to keep.

I have submitted your request to our Certification operations team, who carry out account merges. Once the merge is complete, we will update you on this case and your certifications will all appear under AWS08842210. This normally takes 3-5 business days.

There is no need to take the exams again or to contact Pearson VUE; your exam history is kept.

Best regards,
Mariana L.
Amazon Web Services
"""
    text = console_body(new, L_CASE)
    body = alt(part(text, 'plain', 'utf-8', 'qp'), part(html_wrap(txt2html(text)), 'html', 'utf-8', 'qp'),
               boundary=b_java())
    hdr = tr + aws_headers(CONSOLE_FROM, LUCAS[1], L_SUBJ, t, mid)
    emit('submitted-once-merge-is-complete', 'support_reply', L_CASE, 'en', True, hdr, body, new)

    # 020 new correspondence notice -----------------------------------------
    t = d(2024, 11, 8, 21, 16, 55)
    tr, mid = ses_gmail(LUCAS[1], t)
    new = """Hello,

A new correspondence has been added to your support case %s.

Subject: %s

To view the correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you,
Amazon Web Services

This e-mail was sent from an address that cannot accept incoming e-mail.
""" % (L_CASE, L_TOPIC, L_CASE)
    body = part(new, 'plain', 'us-ascii', '7bit')
    hdr = tr + aws_headers(CONSOLE_FROM, LUCAS[1], '[Case %s] New correspondence added' % L_CASE, t, mid)
    emit('new-correspondence-notice', 'support_reply', L_CASE, 'en', True, hdr, body, new)

    # 021 completion -------------------------------------------------------
    t = d(2024, 11, 8, 21, 17, 1)
    tr, mid = ses_gmail(LUCAS[1], t)
    new = """Hello Lucas,

Your request has been actioned: AWS01275563 was merged successfully into AWS08842210.

You can sign in at https://www.aws.training/Certification with lucas.ferreira.cloud@gmail.com to review your transcript. The AWS Certified Developer - Associate and AWS Certified Cloud Practitioner certifications earned under your old e-mail now appear there, together with their original validation numbers.

If anything looks wrong on the transcript, let us know within 14 days on this case.

Best regards,
Mariana L.
Amazon Web Services
"""
    text = console_body(new, L_CASE)
    body = alt(part(text, 'plain', 'utf-8', 'b64'), part(html_wrap(txt2html(text)), 'html', 'utf-8', 'b64'),
               boundary=b_java())
    hdr = tr + aws_headers(CONSOLE_FROM, LUCAS[1], L_SUBJ, t, mid)
    emit('actioned-merged-successfully', 'merge_completed', L_CASE, 'en', True, hdr, body, new)

    # 022 survey from feedback address ------------------------------------
    t = d(2024, 11, 12, 16, 3, 29)
    tr, mid = ses_gmail(LUCAS[1], t)
    new = """Hi Lucas,

Recently you worked with AWS Support on case %s ("%s").

We'd like to know how we did. Please answer three short questions - it takes about a minute.

Start the survey: https://survey.support.aws.a2z.com/s/csat?case=%s&lang=en

1. Overall, how satisfied are you with the support you received?
2. Did we resolve your issue?
3. How easy was it to get help?

Thank you for helping us improve,
AWS Support Customer Experience
""" % (L_CASE, L_TOPIC, L_CASE)
    html = html_wrap(txt2html(new).replace('https://survey.support.aws.a2z.com/s/csat?case=%s&amp;lang=en' % L_CASE,
                                           '<a href="https://survey.support.aws.a2z.com/s/csat?case=%s&amp;lang=en">'
                                           'Start the survey</a>' % L_CASE))
    body = alt(part(new, 'plain', 'utf-8', 'qp'), part(html, 'html', 'utf-8', 'qp'), boundary=b_java())
    hdr = tr + aws_headers(addr('AWS Support Feedback', 'aws-support-feedback@amazon.com'), LUCAS[1],
                           'Tell us about your recent AWS Support experience', t, mid)
    emit('csat-survey-invitation', 'survey', L_CASE, 'en', True, hdr, body, new)

    # 023 Credly badges transferred -------------------------------------
    t = d(2024, 11, 11, 12, 40, 6)
    tr, mid = credly_gmail(LUCAS[1], t)
    txt = """Hi Lucas,

At the request of Amazon Web Services Training and Certification, the following badges have been transferred to your Credly account (lucas.ferreira.cloud@gmail.com):

- AWS Certified Developer - Associate
- AWS Certified Cloud Practitioner

They were previously held by lucas.ferreira@tecnobras.com.br. To show them on your profile, please accept each badge:

View and accept your badges: https://www.credly.com/earner/earned

If you did not expect this change, contact support@credly.com.

Thanks,
The Credly Team
"""
    html = html_wrap(txt2html(txt), 'Credly')
    body = alt(part(txt, 'plain', 'utf-8', 'qp'), part(html, 'html', 'utf-8', 'qp'), boundary=b_sendgrid())
    hdr = tr + [('From', addr('Credly', 'admin@credly.com')), ('To', LUCAS[1]),
                ('Subject', 'Your badges have been transferred to your account'),
                ('Date', fmt(t)), ('Message-ID', mid), ('MIME-Version', '1.0')]
    emit('credly-badges-transferred', 'credly_badge_issued', None, 'en', True, hdr, body, txt)


H_CASE = '10452278931'
H_TOPIC = '認定アカウントの統合について'
NIFTY = ('mx.nifty.com', 'mx-e04.nifty.com')

JA_CONSOLE_FOOTER = """今回の対応についてご意見をお聞かせください。本メール下部の AWS サポートセンターのリンクから、このご返信の評価をお願いいたします。サポートセンターの各返信の右上にある星を選択して評価することもできます。
"""


def ja_console_body(new, case_id):
    return new + '\n' + JA_CONSOLE_FOOTER + """
======================================================
本ケースのすべてのやり取りは、AWS サポートセンターでご確認いただけます:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

* このメールは送信専用アドレスから送信されています。ケースを更新する場合は、上記のリンクをご利用ください。
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""" % case_id


@batch
def b3b():
    # 024 completion w/o the word, Shift_JIS label w/ CP932 chars -----------------
    t = d(2022, 6, 17, 6, 35, 20)
    tr, mid = ses_jp(HIRO[1], t, *NIFTY)
    new = """田中 裕之 様

お世話になっております。AWS サポートの小林でございます。

ご依頼の件につきまして、旧アカウント AWS12009375 に登録されていた認定履歴は、すべて AWS06630184 へ移行いたしました。

① 今後のサインインには h-tanaka@nifty.com をご利用ください。
② 旧アカウントでのサインインはできなくなっております。
③ 認定特典（次回受験 50％割引など）も AWS06630184 でご利用いただけます。

Credly のバッジにつきましては、反映まで数日～1 週間程度かかる場合がございます。

引き続きよろしくお願いいたします。

小林 直樹
Amazon Web Services
"""
    text = ja_console_body(new, H_CASE)
    body = part(text, 'plain', 'shift_jis', 'b64')
    subj = enc_words('RE:[CASE %s] %s' % (H_CASE, H_TOPIC), 'iso-2022-jp')
    hdr = tr + aws_headers(CONSOLE_FROM, HIRO[1], subj, t, mid)
    emit('ja-history-moved-sjis-cp932', 'merge_completed', H_CASE, 'ja', True, hdr, body, new)

    # 025 answer about voucher (after merge) ------------------------------------
    t = d(2022, 6, 20, 2, 11, 47)
    tr, mid = ses_jp(HIRO[1], t, *NIFTY)
    new = """田中 裕之 様

ご連絡いただき、ありがとうございます。AWS サポートの小林でございます。

お問い合わせいただきました 50% 割引バウチャーについて確認いたしました。
バウチャーは AWS06630184 の「特典」ページに表示されております。有効期限は 2023年5月31日 です。

試験のご予約時に、支払い画面でクーポンコードとしてご入力ください。

ほかにご不明な点がございましたら、サポートセンターからお知らせください。

小林 直樹
Amazon Web Services
"""
    text = ja_console_body(new, H_CASE)
    body = alt(part(text, 'plain', 'utf-8', 'b64'), part(html_wrap(txt2html(text), '', 'ja'), 'html', 'utf-8', 'b64'),
               boundary=b_java())
    subj = enc_words('RE:[CASE %s] %s' % (H_CASE, H_TOPIC), 'utf-8')
    hdr = tr + aws_headers(CONSOLE_FROM, HIRO[1], subj, t, mid)
    emit('ja-voucher-question-answer', 'support_reply', H_CASE, 'ja', True, hdr, body, new)

    # 026 automatic resolved + rating JA -------------------------------
    t = d(2022, 6, 24, 3, 0, 5)
    tr, mid = ses_jp(HIRO[1], t, *NIFTY)
    new = """お客様

AWS サポートケース %s は解決済みとしてクローズされました。

件名：%s

問題が解決していない場合は、14 日以内であればサポートセンターからケースを再開できます。

今回のサポートはいかがでしたか？
問題は解決しましたか？
　はい：https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=yes&language=ja
　いいえ：https://console.aws.amazon.com/support/feedback?displayId=%s&resolved=no&language=ja

AWS サポートをご利用いただき、ありがとうございました。

アマゾン ウェブ サービス
""" % (H_CASE, H_TOPIC, H_CASE, H_CASE)
    body = part(new, 'plain', 'iso-2022-jp', '7bit')
    subj = enc_words('アマゾン ウェブ サービス: サポートケース %s が解決しました' % H_CASE, 'iso-2022-jp')
    hdr = tr + aws_headers(CONSOLE_FROM, HIRO[1], subj, t, mid)
    emit('ja-case-resolved-rating', 'survey', H_CASE, 'ja', True, hdr, body, new)


# ---------------------------------------------------------------- batch 4 (Aisha reopened; Marco phishing)
A_OPEN = d(2025, 7, 21, 8, 50, 31)
A_CASE = case15(A_OPEN)
A_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % A_CASE

A_DONE_OLD = """Hello Aisha,

We're pleased to inform you that AWS03820966 has been merged into AWS09054418. All of your certifications are now on AWS09054418.

Kind regards,
Daniel K.
AWS Training and Certification Customer Support"""


@batch
def b4():
    # 027 case reopened notice -----------------------------------------------
    t = d(2025, 8, 2, 11, 4, 50)
    tr, mid = ses_gmail(AISHA[1], t)
    new = """Hello,

We received your reply to case %s, which had been resolved. The case has been reopened and is back in our queue. A member of our team will get back to you as soon as possible.

Case ID: %s
Status: Reopened

You do not need to open a new case for this request.

Amazon Web Services
""" % (A_CASE, A_CASE)
    body = alt(part(new, 'plain', 'utf-8', '7bit'), part(html_wrap(txt2html(new)), 'html', 'utf-8', 'qp'),
               boundary=b_java())
    hdr = tr + aws_headers(CONSOLE_FROM, AISHA[1], 'Amazon Web Services: Case %s has been reopened' % A_CASE, t, mid)
    emit('case-reopened-notice', 'support_reply', A_CASE, 'en', True, hdr, body, new)

    # 028 reopened: which account to keep --------------------------------------
    t = d(2025, 8, 3, 15, 27, 9)
    tr, mid = ses_gmail(AISHA[1], t)
    new = """Hello Aisha,

Thanks for getting back to us, and sorry to hear there was one more profile.

I found the account you mentioned, AWS11873302, registered with aisha.bello@unilag-alumni.edu.ng in 2019. Before we can go further, could you please tell us:

1. Which account you would like to keep: AWS09054418 (the one we merged into last week) or AWS11873302?
2. Whether you still have access to the e-mail address on AWS11873302?

Once we have your answers we'll prepare the next step for you.

Kind regards,
Daniel K.
AWS Training and Certification Customer Support
"""
    quoted = """On Sat, Aug 2, 2025 at 12:04 PM Aisha Bello <aisha.bello.ng@gmail.com> wrote:
> Hi Daniel,
>
> Thank you, the merge worked. But I just found that I also have an older
> certification account from 2019 (Cloud Practitioner) under my university
> e-mail. Can that one be added as well?
>
> Aisha
>
> On Fri, Jul 25, 2025 at 4:10 PM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
%s
""" % qt(A_DONE_OLD, '> > ')
    body = two(new, quoted, cte='qp', boundary=b_java())
    hdr = tr + aws_headers(FORM_FROM, AISHA[1], A_SUBJ, t, mid)
    emit('reopened-which-account-to-keep', 'support_reply', A_CASE, 'en', True, hdr, body, new)

    # 029 confirmation request on reopened case -----------------------------------
    t = d(2025, 8, 5, 10, 2, 44)
    tr, mid = ses_gmail(AISHA[1], t)
    new = """Hello Aisha,

Thank you for the information.

Based on your reply, this is what we will do:

  Surviving account: AWS09054418 (aisha.bello.ng@gmail.com)
  Account to be merged and closed: AWS 11873302 (aisha.bello@unilag-alumni.edu.ng)

Your 2019 AWS Certified Cloud Practitioner (expired) will be added to the history of the surviving account. Please be aware that this action is permanent and cannot be reversed.

Could you reply to this message confirming that you agree? We will not make any change until we hear from you.

Kind regards,
Daniel K.
AWS Training and Certification Customer Support
"""
    body = two(new, '', cte='b64', boundary=b_java())
    hdr = tr + aws_headers(FORM_FROM, AISHA[1], A_SUBJ, t, mid)
    emit('reopened-confirm-third-account', 'merge_confirmation_requested', A_CASE, 'en', True, hdr, body, new)

    # 030 done + closing in the same mail -----------------------------------
    t = d(2025, 8, 6, 19, 55, 13)
    tr, mid = ses_gmail(AISHA[1], t)
    new = """Hello Aisha,

Thank you for confirming. The merge has been carried out: your former account AWS11873302 is now part of AWS09054418, and the 2019 certification appears in your history.

As this completes your request, I will now close this case. You will shortly receive a short survey about your experience - we would be grateful if you could fill it in.

Kind regards,
Daniel K.
AWS Training and Certification Customer Support
"""
    quoted = """On Tue, Aug 5, 2025 at 11:30 AM Aisha Bello <aisha.bello.ng@gmail.com> wrote:
> Yes, I confirm. Please merge AWS11873302 into AWS09054418.
> Thanks, Aisha
"""
    body = two(new, quoted, cte='qp', boundary=b_java())
    hdr = tr + aws_headers(FORM_FROM, AISHA[1], A_SUBJ, t, mid)
    emit('carried-out-and-closing', 'merge_completed', A_CASE, 'en', True, hdr, body, new)


MA_OPEN = d(2025, 1, 13, 9, 41, 2)
MA_CASE = case15(MA_OPEN)
MA_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % MA_CASE
MA_REQ = """Hello Marco,

Thank you for reaching out to AWS Training and Certification.

We can merge the following accounts for you:
- AWS11158390 (marco.rossi@fincloud-italia.it) will be merged into
- AWS04902716 (marco.rossi.dev@gmail.com), which will remain active.

Please note this cannot be undone. Kindly reply to confirm that you would like us to proceed.

Best regards,
Chiara B.
AWS Training and Certification Customer Support"""


@batch
def b4b():
    # 031 phishing confirm request (look-alike domain) ---------------------------
    t = d(2025, 1, 14, 6, 12, 33)
    dom = 'aws-certification-services.com'
    ret = 'bounce-%s@mail.%s' % (rdig(6), dom)
    ip = '45.137.22.%d' % RND.randint(2, 250)
    ar = gmail_ar(dkim=((dom, 'mail', 'pass'),), ret_path=ret, ip=ip, dmarc='pass', policy='NONE', from_dom=dom)
    tr = gmail_trace(MARCO[1], t, ret, ip, 'mail.' + dom, ar)
    tr += [('DKIM-Signature', dkim_sig(dom, 'mail', t))]
    fake = case15(d(2025, 1, 13, 22, 5, 11))
    new = """Dear Certified Professional,

We have received a request to merge your AWS Certification accounts AWS04902716 and AWS11158390.

To prevent the loss of your certifications, you must confirm the merge and verify which account will remain active within 24 hours. Unconfirmed requests are cancelled and both accounts may be suspended.

CONFIRM MERGE: https://aws-certification-services.com/merge/confirm?case=%s

Reference: Case %s

AWS Training & Certification Team
""" % (fake, fake)
    html = html_wrap(txt2html(new).replace('https://aws-certification-services.com/merge/confirm?case=%s' % fake,
                                           '<a href="https://aws-certification-services.com/merge/confirm?case=%s" '
                                           'style="background:#ff9900;padding:8px 20px;color:#000">CONFIRM MERGE</a>'
                                           % fake))
    body = part(html, 'html', 'utf-8', 'qp')
    hdr = tr + [('From', addr('AWS Certification', 'no-reply@aws-certification-services.com')), ('To', MARCO[1]),
                ('Subject', 'Action required: confirm your AWS Certification account merge [Case %s]' % fake),
                ('Date', fmt(t)), ('Message-ID', '<%s@aws-certification-services.com>' % rhex(24)),
                ('MIME-Version', '1.0')]
    emit('phish-lookalike-confirm-merge', 'merge_confirmation_requested', fake, 'en', False, hdr, body, new)

    # 032 spoofed completion, dmarc=fail on top, forged pass below --------------
    t = d(2025, 1, 19, 22, 47, 5)
    ip = '193.42.33.%d' % RND.randint(2, 250)
    ret = 'www-data@vps%d.hostnet-eu.net' % RND.randint(1000, 9999)
    ar = gmail_ar(dkim=(), ret_path=ret, ip=ip, spf='softfail', dmarc='fail', from_dom='amazon.com')
    tr = gmail_trace(MARCO[1], t, ret, ip, 'vps%d.hostnet-eu.net' % RND.randint(1000, 9999), ar)
    forged = ('mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=rjqoa2yf5ipzjokewhxqtqjsqhuljbkb;\n'
              '       spf=pass smtp.mailfrom=amazonses.com;\n'
              '       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com')
    tr += [('Authentication-Results', forged)]
    fake2 = case15(d(2025, 1, 18, 7, 30, 2))
    new = """Hello Marco,

Your AWS Certification accounts AWS04902716 and AWS11158390 have been successfully merged.

To keep your certifications active and to receive your 50%% exam discount, sign in and verify your identity within 48 hours:

https://aws-certmetrics-verify.info/signin?case=%s

Best regards,
AWS Training and Certification Customer Support
""" % fake2
    body = alt(part(new, 'plain', 'utf-8', '8bit'), part(html_wrap(txt2html(new)), 'html', 'utf-8', 'b64'),
               boundary=b_gmail())
    hdr = tr + [('From', FORM_FROM), ('To', MARCO[1]), ('Subject', FORM_SUBJ % fake2), ('Date', fmt(t, CET)),
                ('Message-ID', '<%s.%s@vps.hostnet-eu.net>' % (rdig(10), rhex(8))), ('MIME-Version', '1.0')]
    emit('phish-spoofed-merge-done-dmarc-fail', 'merge_completed', fake2, 'en', False, hdr, body, new)

    # 033 genuine chaser --------------------------------------------------------
    t = d(2025, 1, 17, 10, 30, 0)
    tr, mid = ses_gmail(MARCO[1], t)
    new = """Hello Marco,

I'm following up on my message from 14 January, as we have not heard back from you yet.

We still need your reply to the e-mail below before we can continue with your request. If we don't hear from you within 5 business days, this case will be closed automatically; you can reopen it at any time by replying.

Best regards,
Chiara B.
AWS Training and Certification Customer Support
"""
    quoted = """-------- Original Message --------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Tue, 14 Jan 2025 11:05:12 +0000
To: marco.rossi.dev@gmail.com
Subject: %s

%s
""" % (MA_SUBJ, MA_REQ)
    body = two(new, quoted, cte='qp', boundary=b_java())
    hdr = tr + aws_headers(FORM_FROM, MARCO[1], MA_SUBJ, t, mid)
    emit('chaser-waiting-for-your-reply', 'support_reply', MA_CASE, 'en', True, hdr, body, new)

    # 034 thanks for confirming + unrelated question -------------------------------
    t = d(2025, 1, 20, 14, 8, 26)
    tr, mid = ses_gmail(MARCO[1], t)
    new = """Hello Marco,

Thank you for confirming. We will now proceed with the request and I will write again when it has gone through.

In the meantime, one question on a different topic: your profile shows the preferred name "Marco Rossi" but your Pearson VUE record says "Marco A. Rossi". Would you like us to align the name on your certificates with your ID? This is optional and does not affect the account change.

Also, please ignore any e-mail asking you to "verify" your certifications on a non-AWS website. We never send such links.

Best regards,
Chiara B.
AWS Training and Certification Customer Support
"""
    quoted = """On Mon, Jan 20, 2025 at 9:55 AM Marco Rossi <marco.rossi.dev@gmail.com> wrote:
> Hi Chiara, sorry for the delay. Yes, please go ahead and merge
> AWS11158390 into AWS04902716.
> Also I received a strange mail saying my accounts were already merged?
>
> Marco
>
> On Tue, Jan 14, 2025 at 12:05 PM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
%s
""" % qt(MA_REQ, '> > ')
    body = two(new, quoted, cte='b64', boundary=b_java())
    hdr = tr + aws_headers(FORM_FROM, MARCO[1], MA_SUBJ, t, mid)
    emit('will-proceed-plus-name-question', 'support_reply', MA_CASE, 'en', True, hdr, body, new)


# ---------------------------------------------------------------- batch 5 (unrelated look-alikes)
def other_gmail(to, t, dom, sel, ip, helo, ret, dmarc='pass', policy='NONE', extra_dkim=()):
    ar = gmail_ar(dkim=((dom, sel, 'pass'),) + tuple(extra_dkim), ret_path=ret, ip=ip, dmarc=dmarc, policy=policy,
                  from_dom=dom)
    return gmail_trace(to, t, ret, ip, helo, ar) + [('DKIM-Signature', dkim_sig(dom, sel, t))]


def simple_hdrs(from_, to, subj, t, mid, extra=()):
    return [('From', from_), ('To', to), ('Subject', subj), ('Date', fmt(t)), ('Message-ID', mid)] + \
        list(extra) + [('MIME-Version', '1.0')]


@batch
def b5():
    # 035 Credly expiry reminder ------------------------------------------------
    t = d(2025, 2, 3, 15, 0, 44)
    tr, mid = credly_gmail(MARCO[1], t)
    txt = """Hi Marco,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification, will expire on May 4, 2025.

To keep your credential current, review the recertification requirements from the issuer before the expiration date. Expired badges remain on your profile but are marked as expired.

View badge: https://www.credly.com/badges/98d2e1c4-3b7a-4f06-a5c9-6e1f0d2b7a34

The Credly Team
"""
    body = alt(part(txt, 'plain', 'utf-8', 'qp'), part(html_wrap(txt2html(txt), 'Credly'), 'html', 'utf-8', 'qp'),
               boundary=b_sendgrid())
    hdr = tr + simple_hdrs(addr('Credly', 'admin@credly.com'), MARCO[1], 'Your badge is expiring in 90 days', t, mid)
    emit('credly-badge-expiring', 'unrelated', None, 'en', True, hdr, body, txt)

    # 036 Credly self-service account merge code -------------------------------
    t = d(2024, 11, 10, 18, 22, 3)
    tr, mid = credly_gmail(LUCAS[1], t)
    txt = """Hi Lucas,

You asked to merge another Credly account (lucas.ferreira@tecnobras.com.br) into this one.

Your verification code is: 482913

Enter the code on the Account Merge page, or select the button below to finish. The code expires in 30 minutes.

Complete Account Merge: https://www.credly.com/users/merge/confirm?token=%s

If you did not request this, you can ignore this e-mail; no changes will be made.

The Credly Team
""" % rhex(32)
    body = alt(part(txt, 'plain', 'utf-8', '7bit'), part(html_wrap(txt2html(txt), 'Credly'), 'html', 'utf-8', 'qp'),
               boundary=b_sendgrid())
    hdr = tr + simple_hdrs(addr('Credly', 'admin@credly.com'), LUCAS[1], 'Credly account merge: your verification code',
                           t, mid)
    emit('credly-self-service-merge-code', 'unrelated', None, 'en', True, hdr, body, txt)

    # 037 Credly newsletter ---------------------------------------------------
    t = d(2025, 4, 8, 14, 30, 0)
    tr, mid = credly_gmail(KENJI[1], t)
    html = html_wrap("""<table width="640" align="center"><tr><td>
<h1 style="color:#ff6b00">Credly Insider - April 2025</h1>
<h3>Skills that hiring managers searched for most this quarter</h3>
<p>Cloud architecture, data engineering and generative AI lead the list. See how your badges compare.</p>
<h3>New: share badges straight to your r&eacute;sum&eacute;</h3>
<p>Export any badge you have accepted as a PDF with its verification link.</p>
<h3>Tip: keep all your badges in one place</h3>
<p>Have badges under an old work e-mail? Add that e-mail to your account under Settings &gt; Account so future badges land in one profile.</p>
<p><a href="https://www.credly.com/earner/dashboard">Go to my dashboard</a></p>
<p style="font-size:11px;color:#888">You received this newsletter because you have a Credly account. <a href="https://www.credly.com/unsubscribe?u=%s">Unsubscribe</a>. Credly, Inc., 345 Hudson Street, New York, NY 10014</p>
</td></tr></table>""" % rhex(20), 'Credly Insider')
    body = part(html, 'html', 'utf-8', 'qp')
    hdr = tr + simple_hdrs(addr('Credly', 'news@credly.com'), KENJI[1], 'Credly Insider: the most in-demand skills of Q1',
                           t, mid, [('List-Unsubscribe', '<https://www.credly.com/unsubscribe?u=%s>' % rhex(20))])
    emit('credly-newsletter', 'unrelated', None, 'en', True, hdr, body, html)

    # 038 Credly look-alike phishing (not about merge) -------------------------------
    t = d(2025, 6, 12, 3, 17, 40)
    dom = 'credly-wallet.net'
    ip = '91.215.85.%d' % RND.randint(2, 250)
    ret = 'info@%s' % dom
    tr = other_gmail(KENJI[1], t, dom, 'default', ip, 'mail.' + dom, ret)
    txt = """Dear badge holder,

Due to our new security policy, all Credly digital wallets must be re-verified. Your 3 badges from Amazon Web Services Training and Certification will be revoked on June 15, 2025 unless you verify ownership.

Verify my wallet: https://credly-wallet.net/verify?id=%s

Credly Security Team
""" % rhex(16)
    body = alt(part(txt, 'plain', 'utf-8', 'qp'), part(html_wrap(txt2html(txt)), 'html', 'utf-8', 'qp'),
               boundary=b_gmail())
    hdr = tr + simple_hdrs(addr('Credly Support', 'security@credly-wallet.net'), KENJI[1],
                           'Urgent: your badges will be revoked', t, '<%s@credly-wallet.net>' % rhex(20))
    emit('phish-credly-wallet-verify', 'unrelated', None, 'en', False, hdr, body, txt)

    # 039 CertMetrics "wants to hear from you" ------------------------------------
    t = d(2024, 11, 14, 20, 5, 12)
    dom = 'certmetrics.com'
    ip = '52.0.116.%d' % RND.randint(2, 250)
    ret = 'bounce+%s@%s' % (rhex(10), dom)
    tr = other_gmail(LUCAS[1], t, dom, 'cm1', ip, 'smtp.certmetrics.com', ret)
    txt = """Dear Lucas Ferreira,

AWS Certification wants to hear from you!

You recently interacted with the AWS Certification program. Please take 5 minutes to tell us about your experience with the AWS Certification Account and exam registration.

Candidate ID: AWS08842210

Take the survey: https://www.certmetrics.com/amazon/survey.aspx?sid=%s

Thank you,
AWS Certification

This is an automated message from do-not-reply@certmetrics.com. Please do not reply.
""" % rdig(7)
    body = alt(part(txt, 'plain', 'utf-8', 'qp'), part(html_wrap(txt2html(txt)), 'html', 'utf-8', 'qp'),
               boundary=b_java())
    hdr = tr + simple_hdrs(addr('AWS Certification', 'do-not-reply@certmetrics.com'), LUCAS[1],
                           'AWS Certification wants to hear from you', t, '<%s@certmetrics.com>' % rhex(24))
    emit('certmetrics-wants-to-hear-from-you', 'unrelated', None, 'en', False, hdr, body, txt)

    # 040 CertMetrics recertification congratulations ------------------------------
    t = d(2025, 6, 2, 9, 44, 1)
    ip = '52.0.116.%d' % RND.randint(2, 250)
    ret = 'bounce+%s@%s' % (rhex(10), dom)
    tr = other_gmail(KENJI[1], t, dom, 'cm1', ip, 'smtp.certmetrics.com', ret)
    txt = """Congratulations, Kenji Watanabe!

You have successfully recertified your AWS Certified Solutions Architect - Associate.

AWS Certification Candidate ID: AWS 04417829
Validation Number: 7QH2KXL1F2E41M3V
Expiration Date: Jun 02, 2028

Your digital badge will be issued through Credly within 5 business days. Your certificate is available in your AWS Certification Account under "Earned Certifications".

AWS Training and Certification
"""
    body = part(txt, 'plain', 'iso-8859-1', 'qp')
    hdr = tr + simple_hdrs(addr('AWS Certification', 'do-not-reply@certmetrics.com'), KENJI[1],
                           'Congratulations on recertifying: AWS Certified Solutions Architect - Associate',
                           t, '<%s@certmetrics.com>' % rhex(24))
    emit('certmetrics-recertified', 'unrelated', None, 'en', False, hdr, body, txt)


@batch
def b5b():
    # 041 other AWS case: billing, resolved with survey --------------------------------
    opened = d(2024, 11, 6, 7, 30, 5)
    bc = case15(opened)
    t = d(2024, 11, 9, 16, 12, 40)
    tr, mid = ses_gmail(LUCAS[1], t)
    new = """Hello Lucas,

Thank you for your patience. I have reviewed the charges of USD 38.41 for the NAT Gateway in sa-east-1 that you reported, and as a one-time courtesy I have applied a credit to your account. It will appear on your November invoice.

As the matter is resolved, I will mark this case as resolved. Please take a moment to rate this correspondence - your feedback helps us improve.

Best regards,
Rafael T.
Amazon Web Services
"""
    text = console_body(new, bc)
    body = alt(part(text, 'plain', 'utf-8', 'qp'), part(html_wrap(txt2html(text)), 'html', 'utf-8', 'qp'),
               boundary=b_java())
    hdr = tr + aws_headers(CONSOLE_FROM, LUCAS[1], 'RE:[CASE %s] Unexpected NAT Gateway charges' % bc, t, mid)
    emit('other-case-billing-credit-resolved', 'unrelated', bc, 'en', True, hdr, body, new)

    # 042 other AWS case opened: service quota -------------------------------------
    opened = d(2025, 5, 27, 5, 12, 33)
    qc = case15(opened)
    t = opened + dt.timedelta(seconds=9)
    tr, mid = ses_gmail(KENJI[1], t)
    new = """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Limit increase request 1
Service: EC2 Instances
Region: Asia Pacific (Tokyo)
Primary Instance Type: All G and VT instances
Limit name: Instance Limit
New limit value: 16

Use case description: GPU instances for a training workshop.

To see the details of this case and to update it, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Thank you,
Amazon Web Services
""" % (qc, qc, qc)
    body = part(new, 'plain', 'utf-8', 'qp')
    hdr = tr + aws_headers(CONSOLE_FROM, KENJI[1], 'Amazon Web Services: You have opened a new Support case: %s' % qc,
                           t, mid)
    emit('other-case-opened-ec2-limit', 'unrelated', qc, 'en', True, hdr, body, new)

    # 043 Seller Central case closed + rating ----------------------------------------
    t = d(2025, 2, 11, 8, 3, 19)
    tr, mid = ses_gmail(MARCO[1], t)
    sc = '5884881212'
    new = """Ciao,

Thank you for contacting Amazon Selling Partner Support.

We have merged the two listings you reported (ASIN B0CX7Q2LMN and B0CX7Q9TRS) into a single detail page. The variation family should be visible in the catalogue within 24 hours.

Did we resolve your issue? Please let us know by selecting one of the options below:
Yes: https://sellercentral.amazon.it/cu/case-dashboard/view-case?caseID=%s&rating=yes
No: https://sellercentral.amazon.it/cu/case-dashboard/view-case?caseID=%s&rating=no

Thank you for selling on Amazon.

Regards,
Giulia
Amazon.it Selling Partner Support
""" % (sc, sc)
    body = alt(part(new, 'plain', 'utf-8', 'qp'), part(html_wrap(txt2html(new)), 'html', 'utf-8', 'qp'),
               boundary=b_java())
    hdr = tr + aws_headers(addr('Amazon Selling Partner Support', 'seller-notification@amazon.com'), MARCO[1],
                           'RE:[CASE %s] Listings to be merged' % sc, t, mid)
    emit('seller-central-listings-merged', 'unrelated', sc, 'en', True, hdr, body, new)

    # 044 GitHub PR merged --------------------------------------------------------
    t = d(2025, 9, 3, 11, 20, 8)
    dom = 'github.com'
    ip = '192.30.252.%d' % RND.randint(200, 210)
    ret = 'noreply@github.com'
    tr = other_gmail(RAHUL[1], t, dom, 'pf2023', ip, 'out-%d.smtp.github.com' % RND.randint(20, 30), ret,
                     policy='REJECT')
    txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/rverma-labs/aws-cert-tracker/pull/412#event-%d
You are receiving this because you authored the thread.

Message ID: <rverma-labs/aws-cert-tracker/pull/412/issue_event/%d@github.com>
""" % (RND.randint(10 ** 9, 10 ** 10), RND.randint(10 ** 9, 10 ** 10))
    html = html_wrap('<p>Merged <a href="https://github.com/rverma-labs/aws-cert-tracker/pull/412">#412</a> '
                     'into main.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
                     '<a href="https://github.com/rverma-labs/aws-cert-tracker/pull/412">view it on GitHub</a>.</p>')
    body = alt(part(txt, 'plain', 'utf-8', '7bit'), part(html, 'html', 'utf-8', '7bit'),
               boundary='--==_mimepart_%s_%d' % (rhex(13), RND.randint(10000, 99999)))
    hdr = tr + simple_hdrs(addr('Sam Okafor', 'notifications@github.com'), addr('rverma-labs/aws-cert-tracker',
                           'aws-cert-tracker@noreply.github.com'),
                           'Re: [rverma-labs/aws-cert-tracker] Merge duplicate certification records (PR #412)',
                           t, '<rverma-labs/aws-cert-tracker/pull/412/issue_event/%d@github.com>' % RND.randint(10 ** 9, 10 ** 10),
                           [('Reply-To', 'rverma-labs/aws-cert-tracker <reply+%s@reply.github.com>' % rhex(40).upper()),
                            ('Cc', 'Rahul Verma <rahulverma.cloud@gmail.com>, Author <author@noreply.github.com>'),
                            ('List-ID', 'rverma-labs/aws-cert-tracker <aws-cert-tracker.rverma-labs.github.com>')])
    emit('github-pr-merged', 'unrelated', None, 'en', False, hdr, body, txt)

    # 045 Pearson VUE appointment (JA) --------------------------------------------
    t = d(2022, 7, 1, 5, 2, 11)
    dom = 'pearson.com'
    ip = '159.182.%d.%d' % (RND.randint(1, 250), RND.randint(1, 250))
    ret = 'pearsonvueconfirmation@pearson.com'
    ar = ('spf=pass smtp.mailfrom=%s;\n\tdkim=pass header.d=pearson.com header.s=pvue;\n\tdmarc=pass header.from=pearson.com'
          % ret)
    tr = jp_trace(HIRO[1], t, *NIFTY, ret, ip, 'mailout.pearson.com', ar) + [('DKIM-Signature', dkim_sig(dom, 'pvue', t))]
    txt = """田中 裕之 様

Pearson VUE をご利用いただきありがとうございます。
以下の試験のご予約を承りました。

試験：SAA-C03: AWS Certified Solutions Architect - Associate（日本語）
日時：2022年7月23日（土） 10:00 JST
会場：ピアソン VUE テストセンター 東京駅前
登録 ID：%s
AWS 認定候補者 ID：AWS06630184

試験当日は、有効な身分証明書を 2 点お持ちください。予約の変更・キャンセルは試験開始の 24 時間前まで可能です。

Pearson VUE
""" % rdig(9)
    body = part(txt, 'plain', 'iso-2022-jp', '7bit')
    hdr = tr + simple_hdrs(addr('Pearson VUE', 'pearsonvueconfirmation@pearson.com'), HIRO[1],
                           enc_words('Pearson VUE 試験予約確認のお知らせ - AWS Certification', 'iso-2022-jp'),
                           t, '<%s.JavaMail.pvue@pearson.com>' % rdig(12))
    emit('ja-pearson-vue-appointment', 'unrelated', None, 'ja', False, hdr, body, txt)

    # 046 AWS Builder ID code, no Authentication-Results ------------------------------
    t = d(2023, 11, 2, 8, 15, 0)
    dk, mid, ret = ses_sender(t, 'signin.aws')
    tr = [('Return-Path', '<%s>' % ret)] + plain_trace(TOMASZ[1], t, 'mx1.kestrel-it.pl', '54.240.8.30',
                                                       'a8-30.smtp-out.amazonses.com', CET) + dk[:1]
    txt = """Verify your AWS Builder ID e-mail address

Hello,

Thank you for signing up for an AWS Builder ID. To verify your e-mail address, enter this code:

Verification code: 731 506

This code expires in 30 minutes. If you didn't request this code, you can ignore this message.

Amazon Web Services
"""
    body = alt(part(txt, 'plain', 'utf-8', 'qp'), part(html_wrap(txt2html(txt)), 'html', 'utf-8', 'qp'),
               boundary=b_java())
    hdr = tr + simple_hdrs(addr('AWS Builder ID', 'no-reply@signin.aws'), TOMASZ[1],
                           'Verify your AWS Builder ID e-mail address', t, mid)
    emit('builder-id-code-no-auth', 'unrelated', None, 'en', None, hdr, body, txt)

    # 047 AWS T&C newsletter (mentions merge in a tip) ----------------------------------
    t = d(2025, 7, 15, 16, 0, 0)
    tr, mid = ses_gmail(AISHA[1], t)
    html = html_wrap("""<table width="640" align="center"><tr><td>
<h1>AWS Training and Certification - July update</h1>
<h3>New on AWS Skill Builder</h3>
<p>Try the new hands-on labs for Amazon Bedrock and the refreshed Exam Prep Plan for AWS Certified AI Practitioner.</p>
<h3>Certification tip</h3>
<p>Have you earned certifications under more than one e-mail address? You can ask our team to combine duplicate AWS Certification accounts through the Training and Certification contact form, so that all your credentials and benefits live in one place.</p>
<h3>Exam benefit reminder</h3>
<p>Current AWS Certification holders get 50% off their next exam. Find your voucher in the Benefits section of your AWS Certification Account.</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a></p>
</td></tr></table>""", 'AWS Training and Certification')
    body = part(html, 'html', 'utf-8', 'b64')
    hdr = tr + aws_headers(addr('AWS Training and Certification', 'aws-training-and-certification@amazon.com'),
                           AISHA[1], 'July update: new labs, exam prep and a certification tip', t, mid,
                           [('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>')])
    emit('aws-tc-newsletter-merge-tip', 'unrelated', None, 'en', True, hdr, body, html)


# ---------------------------------------------------------------- batch 6a (Credly after merge; Kenji follow-up)
@batch
def b6():
    # 048 Credly badge issued, Outlook ---------------------------------------------
    t = d(2023, 10, 26, 15, 12, 51)
    tr, mid = credly_outlook(PRIYA[1], t)
    txt = """Priya Raman,

Congratulations! Amazon Web Services Training and Certification has issued you a badge.

AWS Certified Solutions Architect - Associate
Issued to priya.raman88@outlook.com

Accept your badge to claim it, then share it with your professional network.

Accept Badge: https://www.credly.com/badges/c4a0e7d9-5b12-4e3f-9d68-a2b1f0e3c7d5/accept

Need help? https://support.credly.com
"""
    html = html_wrap(txt2html(txt), 'Credly')
    body = alt(part(txt, 'plain', 'utf-8', 'b64'), part(html, 'html', 'utf-8', 'b64'), boundary=b_sendgrid())
    hdr = tr + simple_hdrs(addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
                           PRIYA[1], 'Priya, you earned a badge from Amazon Web Services Training and Certification',
                           t, mid)
    emit('credly-badge-issued-outlook', 'credly_badge_issued', None, 'en', True, hdr, body, txt, crlf=True)

    # 049 look-alike Credly phishing ABOUT the merge -----------------------------------
    t = d(2025, 8, 7, 9, 41, 22)
    dom = 'credly-badges.com'
    ip = '103.97.176.%d' % RND.randint(2, 250)
    ret = 'mailer@%s' % dom
    tr = other_gmail(AISHA[1], t, dom, 'k1', ip, 'smtp.' + dom, ret)
    html = html_wrap("""<div style="max-width:560px;margin:auto;font-family:Arial">
<p>Hi Aisha,</p>
<p>Following the merge of your AWS Certification accounts, <b>3 badges</b> from Amazon Web Services Training and Certification have been moved to your Credly profile and are ready to accept.</p>
<p>Sign in with your AWS Certification password to accept them:</p>
<p><a href="https://credly-badges.com/accept?u=%s" style="background:#ff6b00;color:#fff;padding:10px 26px;text-decoration:none">Accept your badges</a></p>
<p>Badges not accepted within 72 hours will be returned to the issuer.</p>
<p>Credly</p></div>""" % rhex(16), 'Credly')
    body = part(html, 'html', 'utf-8', 'qp')
    hdr = tr + simple_hdrs(addr('Credly', 'badges@credly-badges.com'), AISHA[1],
                           'Your badges were moved after your account merge - accept now', t,
                           '<%s@credly-badges.com>' % rhex(20))
    emit('phish-credly-badges-moved-after-merge', 'credly_badge_issued', None, 'en', False, hdr, body, html)

    # 050 Kenji: badges missing, request raised with Credly ------------------------------
    t = d(2025, 6, 2, 4, 18, 37)
    tr, mid = ses_gmail(KENJI[1], t)
    new = """Hello Kenji,

Thank you for letting us know.

I checked your account and the certifications are all on AWS04417829 as expected, but the Credly badges for the two certifications you earned under your old work e-mail are still attached to a separate Credly profile. This can happen when the old profile was created with a different e-mail address.

I have raised a request with our Credly team to move those badges to the Credly profile registered with k.watanabe.dev@gmail.com. This usually takes up to 5 business days, and I will keep this case open until it is done.

""" + FORM_SIG_NADIA
    quoted = """On Sun, Jun 1, 2025 at 10:51 PM Kenji Watanabe <k.watanabe.dev@gmail.com> wrote:

> Hi Nadia,
>
> Thanks for the merge. The certifications are there now, but on Credly I
> only see one badge (SAA). The Developer and SysOps badges are missing.
>
> Kenji
>
> On Thu, May 29, 2025 at 11:41 AM Amazon Web Services <
> aws-cs-trainingcertification-form@amazon.com> wrote:
>
>> Hello Kenji,
>>
>> I'm happy to let you know that the merge of your AWS Certification
>> accounts has been completed. Your certification history from AWS10593372
>> now sits under your primary account, AWS04417829.
"""
    body = two(new, quoted, cte='qp', boundary=b_java())
    hdr = tr + aws_headers(FORM_FROM, KENJI[1], K_SUBJ, t, mid)
    emit('badges-missing-request-raised-credly', 'support_reply', K_CASE, 'en', True, hdr, body, new)

    # 051 Kenji: Credly profiles combined too -------------------------------------------
    t = d(2025, 6, 5, 23, 2, 4)
    tr, mid = ses_gmail(KENJI[1], t)
    new = """Hello Kenji,

Quick update – our Credly team has confirmed that your two Credly profiles have now been combined. All four of your AWS badges (Solutions Architect - Associate, Developer - Associate, SysOps Administrator - Associate and Cloud Practitioner) are now under the profile for k.watanabe.dev@gmail.com. Badges that were moved may show as "pending" until you accept them.

With this, everything requested on this case is done. If you’re missing anything, reply to this e-mail within 14 days.

""" + FORM_SIG_NADIA
    body = alt(part(new, 'plain', 'windows-1252', 'qp', actual='utf-8'),
               part(html_wrap(txt2html(new)), 'html', 'utf-8', 'qp'), boundary=b_java())
    hdr = tr + aws_headers(FORM_FROM, KENJI[1], K_SUBJ, t, mid)
    emit('credly-profiles-combined-too', 'merge_completed', K_CASE, 'en', True, hdr, body, new)


# ---------------------------------------------------------------- batch 6b (Lan duplicate; Kenichi JA; Rahul)
LAN_OPEN = d(2025, 9, 8, 2, 25, 50)
LAN_CASE = case15(LAN_OPEN)
LAN_DUP_OPEN = d(2025, 9, 15, 3, 3, 12)
LAN_DUP = case15(LAN_DUP_OPEN)


@batch
def b6b():
    # 052 form acknowledgement of a second (duplicate) case ---------------------------
    t = LAN_DUP_OPEN + dt.timedelta(seconds=37)
    tr, mid = ses_gmail(LAN[1], t)
    new = """Hello,

Thank you for contacting AWS Training and Certification. We've received your request and created case %s.

Inquiry type: Certification
Inquiry detail: Account Merge
AWS candidate ID: AWS10248866

A member of our support team will review your request and respond, typically within 24 hours. To help us assist you faster, please reply to this e-mail with any additional information rather than submitting a new request.

Thank you,
AWS Training and Certification Customer Support
""" % LAN_DUP
    html = html_wrap('<div style="max-width:600px">' + txt2html(new) + '</div>')
    body = part(html, 'html', 'utf-8', 'qp')
    hdr = tr + aws_headers(FORM_FROM, LAN[1],
                           '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % LAN_DUP,
                           t, mid)
    emit('form-ack-second-request', 'case_created', LAN_DUP, 'en', True, hdr, body, new)

    # 053 duplicate case folded into the original -----------------------------------
    t = d(2025, 9, 16, 1, 40, 19)
    tr, mid = ses_gmail(LAN[1], t)
    new = """Hello Lan,

Thank you for contacting AWS Training and Certification.

I can see that you had already submitted the same request on 8 September under case %s. I'm sorry that you did not receive a reply there - the notification address was missing from that form, so our answer could not reach you.

To keep everything in one place, I have merged this new case into your original case %s. Our team will continue working on your account request there, and you will get all further updates under that case number. Please do not open another case for this request.

Best regards,
Thanh H.
AWS Training and Certification Customer Support
""" % (LAN_CASE, LAN_CASE)
    body = two(new, '', cte='qp', boundary=b_java())
    hdr = tr + aws_headers(FORM_FROM, LAN[1], FORM_SUBJ % LAN_DUP, t, mid)
    emit('duplicate-case-folded-into-original', 'support_reply', LAN_DUP, 'en', True, hdr, body, new)

    # 054 completion on original case, non-native phrasing ------------------------------
    t = d(2025, 9, 18, 3, 55, 42)
    tr, mid = ses_gmail(LAN[1], t)
    new = """Dear Lan,

Greetings from AWS Training and Certification!

We are glad to inform that your request is done. Your account AWS10248866 has been merge to AWS05531207 and all your certification (AWS Certified Cloud Practitioner, AWS Certified Data Engineer - Associate) can be viewed now from AWS05531207.

Kindly use lan.nguyen.aws@gmail.com to sign in from now. The other login will not work anymore.

Have a nice day!

Best regards,
Thanh H.
AWS Training and Certification Customer Support
"""
    quoted = """On Wed, Sep 17, 2025, 09:12 Nguyen Thi Lan <lan.nguyen.aws@gmail.com> wrote:
> Dear Thanh,
> I confirm, please merge AWS10248866 into AWS05531207.
> Thank you very much.
> Lan
"""
    body = two(new, quoted, cte='b64', boundary=b_java())
    hdr = tr + aws_headers(FORM_FROM, LAN[1], FORM_SUBJ % LAN_CASE, t, mid)
    emit('request-is-done-non-native', 'merge_completed', LAN_CASE, 'en', True, hdr, body, new)

    # 055 survey html-only (original case) ------------------------------------
    t = d(2025, 9, 20, 4, 0, 3)
    tr, mid = ses_gmail(LAN[1], t)
    html = html_wrap("""<table width="600" align="center" style="border:1px solid #eaeded"><tr><td style="padding:24px">
<p>Hello,</p>
<p>We have closed case %s. Thank you for contacting AWS Training and Certification.</p>
<p><b>Was your issue resolved?</b></p>
<p><a href="https://aws.amazon.com/training/feedback?c=%s&amp;a=1">YES</a> &nbsp;|&nbsp; <a href="https://aws.amazon.com/training/feedback?c=%s&amp;a=0">NO</a></p>
<p>Please rate your support agent:</p>
<p>&#9734; &#9734; &#9734; &#9734; &#9734;</p>
</td></tr></table>""" % (LAN_CASE, LAN_CASE, LAN_CASE), 'Feedback')
    body = part(html, 'html', 'utf-8', 'qp')
    hdr = tr + aws_headers(FORM_FROM, LAN[1], 'Your case %s has been closed - was your issue resolved?' % LAN_CASE,
                           t, mid)
    emit('closed-was-issue-resolved-yes-no', 'survey', LAN_CASE, 'en', True, hdr, body, html)


KS_CASE = '11902443571'
KS_SUBJ = 'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % KS_CASE


@batch
def b6c():
    # 056 JA status update, no Authentication-Results -----------------------------------
    t = d(2023, 3, 14, 5, 20, 33)
    tr, mid = ses_plain(KENICHI[1], t, 'mx.ybb.ne.jp', JST)
    new = """鈴木 健一 様

いつもお世話になっております。
AWS トレーニングと認定 カスタマーサポートの中村でございます。

ご依頼いただいております認定アカウントの統合につきまして、現在、担当部署にて作業を進めております。
通常よりもお時間をいただいており、大変申し訳ございません。

進捗がございましたら、速やかにご連絡いたしますので、今しばらくお待ちいただけますと幸いです。

中村 恵
AWS トレーニングと認定 カスタマーサポート
"""
    quoted = """2023年3月10日(金) 18:22 鈴木 健一 <k-suzuki77@ybb.ne.jp>:
> 中村様
>
> 内容を確認しました。AWS01938475 を AWS06094421 に統合してください。
> よろしくお願いいたします。
>
> 鈴木
"""
    body = two(new, quoted, charset='iso-2022-jp', cte='7bit', html_cte='b64', boundary=b_java(), lang='ja')
    hdr = tr + aws_headers(FORM_FROM, to_addr(KENICHI, 'iso-2022-jp'), KS_SUBJ, t, mid)
    emit('ja-still-in-progress-no-auth', 'support_reply', KS_CASE, 'ja', None, hdr, body, new)

    # 057 JA completion + closure + unrelated question, no AR ---------------------------
    t = d(2023, 3, 16, 8, 2, 17)
    tr, mid = ses_plain(KENICHI[1], t, 'mx.ybb.ne.jp', JST)
    new = """鈴木 健一 様

お待たせいたしました。
AWS01938475 から AWS06094421 への統合作業が完了いたしました。今後は AWS06094421 にてすべての認定資格をご確認いただけます。

本件はこれにてクローズとさせていただきます。後日、サポート品質向上のためのアンケートをお送りいたします。

なお、別件となりますが、ご登録の通知用メールアドレスが会社のアドレスのままとなっております。個人のアドレスへの変更をご希望でしょうか。ご希望の場合は、本メールにご返信ください。

中村 恵
AWS トレーニングと認定 カスタマーサポート
"""
    body = part(new, 'plain', 'shift_jis', 'qp')
    subj = enc_words('RE:[CASE %s] 統合完了のご報告' % KS_CASE, 'shift_jis')
    hdr = tr + aws_headers(FORM_FROM, to_addr(KENICHI, 'iso-2022-jp'), subj, t, mid)
    emit('ja-done-closing-plus-address-question', 'merge_completed', KS_CASE, 'ja', None, hdr, body, new)


R_CASE = '12231476091'
R_TOPIC = 'Need to merge my 2 certification account'
R_SUBJ = 'RE:[CASE %s] %s' % (R_CASE, R_TOPIC)


@batch
def b6d():
    # 058 non-native completion ------------------------------------------------------
    t = d(2023, 5, 22, 10, 48, 3)
    tr, mid = ses_gmail(RAHUL[1], t)
    new = """Hello Rahul,

Greetings of the day!

Kindly be informed that your both accounts aws-02660781 and AWS-07319254 are now merged successfully as per your request, and AWS-07319254 is the active one. Your certifications and exam history is available under this account only.

Kindly revert back to us if your issue got resolved so that we can proceed to close the case.

Thanks and regards,
Pooja N.
Amazon Web Services
"""
    text = console_body(new, R_CASE)
    body = alt(part(text, 'plain', 'utf-8', 'qp'), part(html_wrap(txt2html(text)), 'html', 'utf-8', 'qp'),
               boundary=b_java())
    hdr = tr + aws_headers(CONSOLE_FROM, RAHUL[1], R_SUBJ, t, mid)
    emit('kindly-be-informed-merged', 'merge_completed', R_CASE, 'en', True, hdr, body, new)

    # 059 agent closure for no response --------------------------------------------
    t = d(2023, 5, 29, 11, 5, 40)
    tr, mid = ses_gmail(RAHUL[1], t)
    new = """Hello Rahul,

As we have not heard back from you since our last correspondence, we assume your concern has been addressed. I am therefore closing this case.

If you still need help, you can reopen the case from the Support Center within 14 days. Please also spare a minute to rate this correspondence using the link below; it helps us serve you better.

Thanks and regards,
Pooja N.
Amazon Web Services
"""
    text = console_body(new, R_CASE)
    body = alt(part(text, 'plain', 'utf-8', 'b64'), part(html_wrap(txt2html(text)), 'html', 'utf-8', 'b64'),
               boundary=b_java())
    hdr = tr + aws_headers(CONSOLE_FROM, RAHUL[1], R_SUBJ, t, mid)
    emit('agent-closing-no-response', 'survey', R_CASE, 'en', True, hdr, body, new)

    # 060 Credly html-only accept ------------------------------------------------
    t = d(2023, 5, 24, 13, 30, 9)
    tr, mid = credly_gmail(RAHUL[1], t)
    html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;text-align:center">
<img src="https://images.credly.com/images/credly-logo.png" width="90" alt="Credly">
<h2 style="font-weight:normal">Rahul, your badge is ready to accept</h2>
<img src="https://images.credly.com/size/340x340/images/2d84e428-9078-49b6-a804-13c15383d0de/image.png" width="150" alt="AWS Certified Solutions Architect &ndash; Professional">
<p><b>AWS Certified Solutions Architect &ndash; Professional</b><br>Issued by Amazon Web Services Training and Certification</p>
<p><a href="https://www.credly.com/badges/e71b3f02-9d4c-4a85-b6f0-58c2d1a9e4b7/accept" style="display:inline-block;background:#ff6b00;color:#ffffff;padding:12px 32px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:12px;color:#777">After you accept, you can share your badge on LinkedIn, add it to your e-mail signature or download a certificate.</p>
</td></tr></table>""", 'Credly')
    body = part(html, 'html', 'utf-8', 'qp')
    hdr = tr + simple_hdrs(addr('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'),
                           RAHUL[1], enc_words('Accept your badge: AWS Certified Solutions Architect \u2013 Professional',
                                               'utf-8'), t, mid)
    emit('credly-ready-to-accept-html-only', 'credly_badge_issued', None, 'en', True, hdr, body, html)


# @@MAILS@@


if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for fn in BATCHES:
        fn()
    finish()
