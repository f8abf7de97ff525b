#!/usr/bin/env python3
"""Generator for blind set 283: realistic AWS Certification account-merge mailbox.

Run:  python3 make_set.py      -> writes NNN-*.eml and labels.json in this folder.
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
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.generator import BytesGenerator
from email.utils import formataddr, format_datetime
from io import BytesIO

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(283)
LABELS = {}

UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
JST = dt.timezone(dt.timedelta(hours=9))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
CEST = dt.timezone(dt.timedelta(hours=2))
BST = dt.timezone(dt.timedelta(hours=1))

ID_RE = re.compile(r'(?i)(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)')

AWS_FAMILY = ('amazon.com', 'amazon.co.jp', 'amazonaws.com', 'aws.amazon.com')
CREDLY = ('credly.com', 'youracclaim.com')


def T(s, tz=UTC):
    """'2025-05-13 09:41:27' in tz -> aware datetime"""
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz)


def cid15(when, suffix):
    return '%d%05d' % (int(when.timestamp()), suffix)


def rhex(n):
    return ''.join(RNG.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(RNG.choice(a) for _ in range(n))


def ses_msgid(when, region=None):
    ms = int(when.timestamp() * 1000)
    dom = 'email.amazonses.com' if not region else '%s.amazonses.com' % region
    pre = '0100' if not region else '0106'
    return '<%s%012x-%s-000000@%s>' % (pre, ms, uuid.UUID(int=RNG.getrandbits(128)), dom)


def ses_return_path(when):
    ms = int(when.timestamp() * 1000)
    return '<0100%012x-%s-000000@amazonses.com>' % (ms, uuid.UUID(int=RNG.getrandbits(128)))


def dom_of(addr):
    return addr.rsplit('@', 1)[1].rstrip('>').lower()


def aligned(d, from_dom):
    d = d.lower()
    return from_dom == d or from_dom.endswith('.' + d) or d.endswith('.' + from_dom)


def org_domain(d):
    parts = d.split('.')
    if len(parts) >= 3 and parts[-2] in ('co', 'ne', 'or', 'ad'):
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def sender_verified(from_addr, auth):
    if auth is None:
        return None
    fd = dom_of(from_addr)
    genuine = any(fd == g or fd.endswith('.' + g) for g in AWS_FAMILY + CREDLY)
    if not genuine:
        return False
    if auth.get('dmarc') == 'fail':
        return False
    if auth.get('dmarc') == 'pass':
        return True
    for res, d in auth.get('dkim', []):
        if res == 'pass' and org_domain(d) == org_domain(fd):
            return True
    return False


# ---------------------------------------------------------------- bodies
CODECS = {'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'cp932', 'utf-8': 'utf-8',
          'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252'}


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', label=None):
    data = text.encode(CODECS.get(charset, charset))
    part = MIMENonMultipart('text', subtype)
    part.set_param('charset', label or charset)
    if cte == 'base64':
        payload = base64.encodebytes(data).decode('ascii')
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
    elif cte == '7bit':
        payload = data.decode('ascii')
    elif cte == '8bit':
        payload = data.decode('ascii', 'surrogateescape')
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part['Content-Transfer-Encoding'] = cte
    return part


def text_to_html(new, quoted='', style='aws'):
    def paras(t):
        out = []
        for block in t.strip('\n').split('\n\n'):
            lines = [htmlmod.escape(l) for l in block.split('\n')]
            out.append('<p>' + '<br>\n'.join(lines) + '</p>')
        return '\n'.join(out)
    body = paras(new)
    if quoted:
        q = '\n'.join(l[1:].lstrip() if l.startswith('>') else l for l in quoted.strip('\n').split('\n'))
        body += ('\n<div class="quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                 'padding-left:1ex">\n' + paras(q) + '\n</blockquote></div>')
    if style == 'aws':
        return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style>p{margin:0 0 12px 0}</style></head>\n<body style="font-family:Arial,Helvetica,sans-serif;'
                'font-size:14px;color:#16191f">\n' + body + '\n</body></html>\n')
    return '<html><body>\n' + body + '\n</body></html>\n'


# ---------------------------------------------------------------- routes / headers
SRC = {
    'ses': ('a8-30.smtp-out.amazonses.com', '54.240.8.30'),
    'ses2': ('a48-93.smtp-out.amazonses.com', '54.240.48.93'),
    'ses_tokyo': ('e234-56.smtp-out.ap-northeast-1.amazonses.com', '23.251.234.56'),
    'credly': ('o3.email.credly.com', '168.245.21.44'),
    'acclaim': ('o1.email.youracclaim.com', '167.89.70.12'),
    'certmetrics': ('mail-out2.certmetrics.com', '52.9.104.77'),
    'pearson': ('mx-out.pearsonvue.com', '159.182.8.21'),
    'github': ('out-21.smtp.github.com', '192.30.252.204'),
    'signin': ('a27-12.smtp-out.us-west-2.amazonses.com', '54.240.27.12'),
    'phish1': ('mail.credly-notify.com', '185.234.72.19'),
    'phish2': ('mx1.aws-certification-merge.com', '45.141.87.203'),
    'phish3': ('vps-88213.hostkey-cloud.net', '91.215.85.140'),
    'phish4': ('smtp.bulk-sender.biz', '193.42.33.117'),
    'biglobe_user': ('mtaout02.biglobe.ne.jp', '133.205.192.2'),
    'outlook_user': ('EUR05-DB8-obe.outbound.protection.outlook.com', '52.100.172.211'),
}


def us_pacific(t):
    y = t.year
    mar1 = dt.datetime(y, 3, 1, tzinfo=UTC)
    start = mar1 + dt.timedelta(days=(6 - mar1.weekday()) % 7 + 7, hours=10)
    nov1 = dt.datetime(y, 11, 1, tzinfo=UTC)
    end = nov1 + dt.timedelta(days=(6 - nov1.weekday()) % 7, hours=9)
    return PDT if start <= t < end else PST


def ar_gmail(a, ip, from_dom):
    bits = []
    for res, d in a.get('dkim', []):
        sel = (a.get('sel') or DEFAULT_SEL).get(d, 's1')
        bits.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (res, d, sel, rb64(8)))
    if 'spf' in a:
        res, mf = a['spf']
        verb = 'designates' if res == 'pass' else 'does not designate'
        bits.append('spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s'
                    % (res, mf, verb, ip, mf))
    if a.get('dmarc'):
        pol = a.get('policy', 'QUARANTINE')
        bits.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s'
                    % (a['dmarc'], pol, pol, 'NONE' if a['dmarc'] == 'pass' else pol, from_dom))
    return 'mx.google.com;\n       ' + ';\n       '.join(bits)


def ar_outlook(a, ip, from_dom):
    spfres, mf = a.get('spf', ('none', from_dom))
    s = 'spf=%s (sender IP is %s) smtp.mailfrom=%s; ' % (spfres, ip, mf)
    dk = a.get('dkim', [])
    if dk:
        res, d = dk[0]
        s += 'dkim=%s (%s) header.d=%s;' % (res, 'signature was verified' if res == 'pass' else 'body hash did not verify', d)
    else:
        s += 'dkim=none (message not signed) header.d=none;'
    dm = a.get('dmarc') or 'none'
    s += 'dmarc=%s action=%s header.from=%s;compauth=%s reason=%s' % (
        dm, 'none' if dm == 'pass' else 'quarantine', from_dom,
        'pass' if dm == 'pass' else 'fail', '100' if dm == 'pass' else '000')
    return s


def ar_jp(a, ip, from_dom, authserv):
    bits = []
    if 'spf' in a:
        bits.append('spf=%s smtp.mailfrom=%s' % a['spf'])
    for res, d in a.get('dkim', []):
        bits.append('dkim=%s header.i=@%s' % (res, d))
    if a.get('dmarc'):
        bits.append('dmarc=%s header.from=%s' % (a['dmarc'], from_dom))
    return authserv + ';\n\t' + ';\n\t'.join(bits)


DEFAULT_SEL = {'amazon.com': 'yg4mwqurec7fkhzutopddd3ytuaqrvuz', 'amazonses.com': '224i4yxa5dv7c2xz3womw6peuasteono',
               'credly.com': 's1', 'youracclaim.com': 's1', 'github.com': 'pf2023', 'certmetrics.com': 'k1',
               'pearson.com': 'selector1'}


def dkim_sig(d, when, sel='sel'):
    return ('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s; t=%d; '
            'h=Date:From:To:Subject:MIME-Version:Content-Type:Message-ID; bh=%s=; b=%s'
            % (sel, d, int(when.timestamp()), rb64(43), rb64(172)))


def route_headers(route, to_addr, when, src, auth, from_dom, mailfrom):
    """Return list of (name, value) trace headers, topmost first."""
    host, ip = SRC[src]
    arrive = when + dt.timedelta(seconds=RNG.randint(1, 9))
    H = []
    if route == 'gmail':
        loc = arrive.astimezone(us_pacific(arrive))
        H.append(('Delivered-To', to_addr))
        H.append(('Received', 'by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
                  % (rhex(4), rhex(3), rhex(3), rhex(4), rb64(10).replace('/', 'x').replace('+', 'y'),
                     format_datetime(loc))))
        H.append(('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)))
        H.append(('X-Received', 'by 2002:a17:90b:%s:b0:%s:%s:%s with SMTP id %s-%sa.%d.%d;\n        %s'
                  % (rhex(4), rhex(3), rhex(3), rhex(4), rb64(16).replace('/', 'x').replace('+', 'y'), rhex(8),
                     RNG.randint(1, 40), RNG.randint(1000000000000, 9999999999999), format_datetime(loc))))
        if auth is not None:
            H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                      % (int(arrive.timestamp()), rb64(120))))
            H.append(('ARC-Authentication-Results', 'i=1; ' + ar_gmail(auth, ip, from_dom)))
        H.append(('Return-Path', mailfrom))
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n'
                  '        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                  % (host, host, ip, rb64(20).replace('/', 'x').replace('+', 'y'), RNG.randint(1, 40),
                     RNG.randint(10**12, 10**13 - 1), to_addr, format_datetime(loc))))
        if auth is not None:
            spfres, mf = auth.get('spf', ('neutral', from_dom))
            H.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
                      % (spfres, mailfrom.strip('<>'), 'designates' if spfres == 'pass' else 'does not designate',
                         ip, ip)))
            H.append(('Authentication-Results', ar_gmail(auth, ip, from_dom)))
    elif route == 'outlook':
        H.append(('Received', 'from PH7PR11MB%d.namprd11.prod.outlook.com (2603:10b6:510:1f6::%x)\n by '
                  'SA1PR11MB%d.namprd11.prod.outlook.com with HTTPS; %s'
                  % (RNG.randint(1000, 9999), RNG.randint(1, 255), RNG.randint(1000, 9999),
                     format_datetime(arrive))))
        H.append(('Received', 'from BN9PR03CA0%d.namprd03.prod.outlook.com (2603:10b6:408:13e::%x)\n by '
                  'PH7PR11MB%d.namprd11.prod.outlook.com (2603:10b6:510:1f6::%x) with\n Microsoft SMTP Server '
                  '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8722.%d; %s'
                  % (RNG.randint(100, 999), RNG.randint(1, 255), RNG.randint(1000, 9999), RNG.randint(1, 255),
                     RNG.randint(10, 40), format_datetime(arrive))))
        if auth is not None:
            H.append(('Authentication-Results', ar_outlook(auth, ip, from_dom)))
            spfres, mf = auth.get('spf', ('none', from_dom))
            H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) '
                      'receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C'
                      % (spfres.capitalize(), mf, ip, ip, host)))
        H.append(('Received', 'from %s (%s) by\n BN2PEPF000044A9.mail.protection.outlook.com (10.167.243.%d) with '
                  'Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.%d via\n '
                  'Frontend Transport; %s' % (host, ip, RNG.randint(1, 250), RNG.randint(10, 40),
                                              format_datetime(arrive))))
        H.append(('Return-Path', mailfrom))
    elif route in ('nifty', 'biglobe', 'ocn', 'sakura'):
        loc = arrive.astimezone(JST)
        names = {'nifty': ('mta-rcv-1%02d.nifty.com' % RNG.randint(1, 30), 'nifty.com'),
                 'biglobe': ('mtain%02d.biglobe.ne.jp' % RNG.randint(1, 20), 'mx.biglobe.ne.jp'),
                 'ocn': ('mfilter%02d.ocn.ad.jp' % RNG.randint(1, 40), 'ocn.ad.jp'),
                 'sakura': ('www%d.sakura.ne.jp' % RNG.randint(1000, 9999), 'www.sakura.ne.jp')}
        rhost, authserv = names[route]
        H.append(('Return-Path', mailfrom))
        H.append(('Delivered-To', to_addr))
        H.append(('Received', 'from %s (%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s'
                  % (host, host, ip, rhost, rhex(12).upper(), to_addr, format_datetime(loc))))
        if auth is not None:
            H.append(('Authentication-Results', ar_jp(auth, ip, from_dom, authserv)))
    elif route == 'corp':
        # internal Exchange relay, no Authentication-Results kept
        loc = arrive.astimezone(CEST if 4 <= arrive.month <= 10 else dt.timezone(dt.timedelta(hours=1)))
        H.append(('Received', 'from EXCH-MBX02.corp.local (10.20.1.12) by EXCH-MBX01.corp.local\n (10.20.1.11) '
                  'with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id '
                  '15.1.2507.39; %s' % format_datetime(loc)))
        H.append(('Received', 'from mailgw01.corp.local (10.20.0.5) by EXCH-MBX02.corp.local\n (10.20.1.12) with '
                  'Microsoft SMTP Server id 15.1.2507.39 via Frontend\n Transport; %s' % format_datetime(loc)))
        H.append(('Received', 'from %s ([%s])\n  by mailgw01.corp.local with ESMTP; %s' % (host, ip, format_datetime(loc))))
        H.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
        H.append(('Return-Path', mailfrom))
    else:
        raise ValueError(route)
    return H


# ---------------------------------------------------------------- assembling one mail
def mail(num, slug, kind, lang, frm, to, subject, when, new, quoted='', *,
         case_id=None, route='gmail', src='ses', auth='aws', layout='alt',
         charset='utf-8', cte='quoted-printable', label_charset=None,
         html=None, html_charset='utf-8', html_cte='quoted-printable',
         subj_charset=None, name_charset='utf-8', msgid=None, mailfrom=None,
         dkim=None, forged_ar=None, extra=(), cc=None, in_reply_to=None, ids_expect=None,
         attach=None, rcpt=None):
    """frm/to: (name, addr). new: text of this mail itself (incl. signature/footer).
    quoted: quoted history (ids there are not labelled)."""
    fname = '%03d-%s.eml' % (num, slug)
    from_name, from_addr = frm
    from_dom = dom_of(from_addr)
    if auth == 'aws':
        auth = {'dkim': [('pass', 'amazon.com'), ('pass', 'amazonses.com')],
                'sel': {'amazon.com': 'yg4mwqurec7fkhzutopddd3ytuaqrvuz', 'amazonses.com': '224i4yxa5dv7c2xz3womw6peuasteono'},
                'spf': ('pass', 'amazonses.com'), 'dmarc': 'pass'}
    if mailfrom is None:
        mailfrom = ses_return_path(when) if src.startswith('ses') else '<bounces+%d@%s>' % (RNG.randint(10**6, 10**7), from_dom)

    plain = new.rstrip('\n') + '\n'
    if quoted:
        plain += '\n' + quoted.rstrip('\n') + '\n'

    if layout == 'plain':
        body = text_part(plain, 'plain', charset, cte, label_charset)
    elif layout == 'html':
        body = text_part(html or text_to_html(new, quoted), 'html', html_charset, html_cte)
    elif layout == 'alt':
        body = MIMEMultipart('alternative', boundary='----=_Part_%d_%d.%d' % (
            RNG.randint(10**6, 10**7), RNG.randint(10**8, 10**9), int(when.timestamp() * 1000)))
        body.attach(text_part(plain, 'plain', charset, cte, label_charset))
        body.attach(text_part(html or text_to_html(new, quoted), 'html', html_charset, html_cte))
    else:
        raise ValueError(layout)
    if attach:
        outer = MIMEMultipart('mixed', boundary='=_mixed_%s' % rhex(16))
        outer.attach(body)
        for a in attach:
            outer.attach(a)
        body = outer

    saved = []
    for h in ('MIME-Version', 'Content-Type', 'Content-Transfer-Encoding'):
        for v in body.get_all(h) or []:
            saved.append((h, v))
        del body[h]
    trace = route_headers(route, rcpt or to[1], when, src, auth, from_dom, mailfrom)
    hdrs = list(trace)
    if forged_ar:
        hdrs.append(('Authentication-Results', forged_ar))
    if auth is not None or dkim:
        for d in (dkim if dkim is not None else [x[1] for x in (auth or {}).get('dkim', []) if x[0] != 'none']):
            hdrs.append(('DKIM-Signature', dkim_sig(d, when, ((auth or {}).get('sel') or DEFAULT_SEL).get(d, 's1'))))
    for name, value in hdrs:
        body[name] = value
    # reorder: trace first, then our own
    fr = formataddr((from_name, from_addr), name_charset) if from_name else from_addr
    body['From'] = fr
    body['To'] = formataddr(to, 'utf-8') if to[0] else to[1]
    if cc:
        body['Cc'] = cc
    sc = subj_charset or ('utf-8' if any(ord(c) > 127 for c in subject) else None)
    body['Subject'] = Header(subject, sc, header_name='Subject') if sc else subject
    body['Date'] = format_datetime(when)
    body['Message-ID'] = msgid or (ses_msgid(when, 'ap-northeast-1' if src == 'ses_tokyo' else None)
                                   if src.startswith('ses') else
                                   '<%s@%s>' % (rhex(24), from_dom))
    if in_reply_to:
        body['In-Reply-To'] = in_reply_to
        body['References'] = in_reply_to
    if src.startswith('ses') and auth is not None and from_dom in ('amazon.com',):
        body['Feedback-ID'] = '::1.us-east-1.%s=:AmazonSES' % rb64(43)
        body['X-SES-Outgoing'] = '%s-%s' % (when.strftime('%Y.%m.%d'), SRC[src][1])
    for k, v in extra:
        body[k] = v
    body['MIME-Version'] = '1.0'
    for h, v in saved:
        if h != 'MIME-Version':
            body[h] = v
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(body)
    with open(os.path.join(HERE, fname), 'wb') as f:
        f.write(buf.getvalue())

    ids = sorted({'AWS' + m.group(1) for m in ID_RE.finditer(new)})
    if ids_expect is not None:
        assert sorted(ids_expect) == ids, (fname, ids, ids_expect)
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': ids,
                     'sender_verified': sender_verified(from_addr, auth), 'language': lang}


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


AWS_FORM = ('Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com')
AWS_NOREPLY = ('Amazon Web Services', 'no-reply-aws@amazon.com')

CONSOLE_FOOTER = """To see all the correspondence for this case, or to reply to it, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=en

Was this response helpful? Click here to rate:
https://console.aws.amazon.com/support/feedback?displayId={cid}&rating=5

*Please note: this e-mail was sent from an address that cannot accept incoming e-mail. To update an existing case, please use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""

CONSOLE_FOOTER_JA = """このケースのすべてのやり取りを確認したり、返信したりするには、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId={cid}&language=ja

この回答は役に立ちましたか？評価はこちら:
https://console.aws.amazon.com/support/feedback?displayId={cid}&language=ja

※このメールは送信専用アドレスから送信されています。ケースを更新する場合は、上記のリンクをご利用ください。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。
"""

FORM_FOOTER = """This email is in reference to case {cid}. To add information to this case, reply to this email and do not change the subject line.

Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210
"""

FORM_FOOTER_JA = """本メールはケース {cid} に関するものです。情報を追加される場合は、件名を変更せずに本メールにご返信ください。

Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210
"""


# ================================================================ MAILS
PARTS = []


def part(fn):
    PARTS.append(fn)
    return fn

# ---------------------------------------------------------------- part 1: Daniel, form case (EN)
DAN = ('Daniel Hughes', 'dan.hughes84@gmail.com')
DAN_W = ('Daniel Hughes', 'daniel.hughes@northwind-labs.com')
C1_OPEN = T('2025-05-13 09:41:27')
C1 = cid15(C1_OPEN, 574)
C1_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

M002 = """Hello Daniel,

Thank you for contacting AWS Training and Certification Support.

I have looked into your request and found two Certification accounts registered under your name:

- AWS04417283 - login email dan.hughes84@gmail.com
- AWS11820394 - login email daniel.hughes@northwind-labs.com

I could not find a third account with the other ID you mentioned, so it may have been a typo.

Before I can go any further, please let me know which of these two accounts you would like to keep as your primary account. The history of the other account will be moved to the one you choose, and you will sign in with the login email of the account you keep.

Best regards,
Hannah R.
AWS Training and Certification Customer Support
"""

M003 = """Hello Daniel,

Thanks for letting us know which account you'd like to keep.

Please review the details of the requested merge below:

Account to be merged (will be closed): AWS04417283 (dan.hughes84@gmail.com)
Account to be retained: AWS11820394 (daniel.hughes@northwind-labs.com)

After the merge, all certifications, exam history and benefits from the first account will appear under the retained account, and you will sign in with daniel.hughes@northwind-labs.com. Please be aware that this cannot be reversed once it has been done.

If the above is correct, please reply to this email confirming that you would like us to go ahead. We will not make any changes until we hear back from you.

Best regards,
Hannah R.
AWS Training and Certification Customer Support
"""


@part
def part1():
    u = DAN
    mail(1, 'form-ack-request-received', 'case_created', 'en', AWS_FORM, u,
         '[CASE %s] %s' % (C1, C1_SUBJ), C1_OPEN + dt.timedelta(seconds=41),
         """Hello,

Thank you for contacting AWS Training and Certification. This is an automated message to let you know that we have received your request and a case has been created for it.

Case ID: %s
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID provided: AWS04417283

A member of our team will review your request and respond, in most cases within 24 hours. Please do not submit another request for the same issue, as duplicate requests can delay our response.

If you have additional information, reply to this email without changing the subject line.

Regards,
AWS Training and Certification Customer Support

""" % C1 + FORM_FOOTER.format(cid=C1), case_id=C1)

    orig = """-------- Original Message --------
From: dan.hughes84@gmail.com
Sent: 5/13/2025 9:41 AM
Subject: %s

Name: Daniel Hughes
AWS candidate ID: AWS04417283
Description: Hi, I have ended up with more than one certification account. AWS04417283 is my personal one (SAA) and AWS09912047 or AWS11820394 was created through my employer when I took the Developer exam. Please merge them all into one.""" % C1_SUBJ
    mail(2, 'which-account-to-keep', 'support_reply', 'en', AWS_FORM, u,
         'RE:[CASE %s] %s' % (C1, C1_SUBJ), T('2025-05-14 16:05:12'),
         M002 + '\n' + FORM_FOOTER.format(cid=C1), orig, case_id=C1)

    q3 = """Hi Hannah,

Please keep AWS11820394, the one with my work address. The gmail one can go.

Thanks,
Dan

On Wed, May 14, 2025 at 9:05 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(M002)
    mail(3, 'please-confirm-merge-details', 'merge_confirmation_requested', 'en', AWS_FORM, u,
         'RE:[CASE %s] %s' % (C1, C1_SUBJ), T('2025-05-15 11:22:48'),
         M003 + '\n' + FORM_FOOTER.format(cid=C1), quote(q3), case_id=C1,
         ids_expect=['AWS04417283', 'AWS11820394'])

    q4 = """The details are correct. Please proceed with the merge.

Dan

On Thu, May 15, 2025 at 4:22 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(M003)
    mail(4, 'thanks-for-confirming-will-proceed', 'support_reply', 'en', AWS_FORM, u,
         'RE:[CASE %s] %s' % (C1, C1_SUBJ), T('2025-05-15 19:40:03'),
         """Hello Daniel,

Thank you for confirming.

I have passed the merge of AWS04417283 into AWS11820394 to our certification operations team. You don't need to do anything else at this point; we will write to you again as soon as it has been completed, which usually takes 1-3 business days.

In the meantime please avoid scheduling a new exam on either account, as this can hold up the process.

Best regards,
Hannah R.
AWS Training and Certification Customer Support

""" + FORM_FOOTER.format(cid=C1), quote(q4), case_id=C1, cte='base64')

    mail(5, 'accounts-now-consolidated', 'merge_completed', 'en', AWS_FORM, u,
         'RE:[CASE %s] %s' % (C1, C1_SUBJ), T('2025-05-17 02:13:56'),
         """Hello Daniel,

Good news: your two Certification accounts are now one. AWS04417283 has been closed, and everything that was on it (your AWS Certified Solutions Architect - Associate certification, exam history and the 50% exam discount benefit) now sits under AWS11820394.

From now on, please sign in with daniel.hughes@northwind-labs.com. Your Credly badges will be re-issued to that address; this can take up to 48 hours. If they have not arrived by then, just reply to this email and we will follow up with Credly.

Thank you for your patience while we took care of this.

Best regards,
Tomasz W.
AWS Training and Certification Customer Support

""" + FORM_FOOTER.format(cid=C1), case_id=C1)

    survey_html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Your case has been resolved</title></head>
<body style="margin:0;padding:0;background:#f2f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f3f3"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Amazon Ember,Arial,sans-serif;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">We have resolved your case</h1>
<p>Hello,</p>
<p>Your AWS Training and Certification case <b>%s</b> (%s) has been marked as resolved.</p>
<p>We'd love to hear how we did. It only takes a minute.</p>
<p style="font-weight:bold">Was your issue resolved?</p>
<p><a href="https://survey.support.aws.a2z.com/s/tc?case=%s&amp;r=yes" style="background:#ec7211;color:#fff;padding:8px 24px;text-decoration:none;border-radius:2px">YES</a>
&nbsp;&nbsp;<a href="https://survey.support.aws.a2z.com/s/tc?case=%s&amp;r=no" style="background:#545b64;color:#fff;padding:8px 24px;text-decoration:none;border-radius:2px">NO</a></p>
<p>How would you rate the service provided by our agent?</p>
<p><a href="https://survey.support.aws.a2z.com/s/tc?case=%s&amp;rate=1">1</a> &middot; <a href="https://survey.support.aws.a2z.com/s/tc?case=%s&amp;rate=2">2</a> &middot; <a href="https://survey.support.aws.a2z.com/s/tc?case=%s&amp;rate=3">3</a> &middot; <a href="https://survey.support.aws.a2z.com/s/tc?case=%s&amp;rate=4">4</a> &middot; <a href="https://survey.support.aws.a2z.com/s/tc?case=%s&amp;rate=5">5</a></p>
<p style="font-size:12px;color:#545b64">If you still need help with this request, simply reply to the last message you received from us and your case will be reopened.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210<br>This message was sent to dan.hughes84@gmail.com.</td></tr>
</table></td></tr></table>
</body></html>
""" % ((C1, C1_SUBJ) + (C1,) * 7)
    mail(6, 'case-resolved-rate-us', 'survey', 'en', AWS_NOREPLY, u,
         'Your AWS Training and Certification case %s has been resolved' % C1, T('2025-05-17 02:14:31'),
         'We have resolved your case %s. Was your issue resolved? YES / NO. Rate our agent 1-5.' % C1,
         layout='html', html=survey_html, case_id=C1, src='ses2')

    credly_txt = """Congratulations, Daniel!

Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge to showcase it on LinkedIn, in your email signature and anywhere else you want to share your achievement:
https://www.credly.com/badges/7c1e2a90-5d3b-4f1e-9b57-2f0c6a4d81e3/accept

Why accept your badge?
- Show verified proof of your skills
- Find jobs that match your skills with Credly's talent network
- Track your learning journey in one place

Questions? Visit https://support.credly.com

You are receiving this email because Amazon Web Services Training and Certification uses Credly to issue digital credentials.
Credly, Inc. | 100 E. Pratt Street, Suite 2300 | Baltimore, MD 21202
Unsubscribe: https://www.credly.com/notification_settings
"""
    credly_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<table width="600" align="center" style="background:#fff;padding:32px">
<tr><td align="center"><img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="AWS Certified Solutions Architect - Associate" width="110"></td></tr>
<tr><td><h2 style="text-align:center">Congratulations, Daniel!</h2>
<p style="text-align:center">Amazon Web Services Training and Certification has issued you a badge:<br><b>AWS Certified Solutions Architect &ndash; Associate</b></p>
<p style="text-align:center"><a href="https://www.credly.com/badges/7c1e2a90-5d3b-4f1e-9b57-2f0c6a4d81e3/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none;font-weight:bold">Accept your badge</a></p>
<p style="font-size:13px;color:#555">Why accept your badge? Show verified proof of your skills, find jobs that match your skills, and track your learning journey in one place.</p>
</td></tr>
<tr><td style="font-size:11px;color:#999;text-align:center">You are receiving this email because Amazon Web Services Training and Certification uses Credly to issue digital credentials.<br>Credly, Inc. | 100 E. Pratt Street, Suite 2300 | Baltimore, MD 21202 &middot; <a href="https://www.credly.com/notification_settings">Unsubscribe</a></td></tr>
</table></body></html>
"""
    mail(7, 'credly-new-badge-accept', 'credly_badge_issued', 'en',
         ('Amazon Web Services Training and Certification via Credly', 'admin@credly.com'), DAN_W,
         'Amazon Web Services Training and Certification issued you a new badge', T('2025-05-17 21:48:09'),
         credly_txt, html=credly_html, route='outlook', src='credly',
         auth={'dkim': [('pass', 'credly.com')], 'spf': ('pass', 'em5812.credly.com'), 'dmarc': 'pass'},
         mailfrom='<bounces+2911834-ab12-daniel.hughes=northwind-labs.com@em5812.credly.com>')

# ---------------------------------------------------------------- part 2: Sato, console case (JA)
SATO = ('佐藤 健一', 'k.sato.cert@nifty.com')
C2_OPEN = T('2025-05-27 23:02:11')
C2 = cid15(C2_OPEN, 21)
C2_SUBJ = '認定アカウントの統合のお願い'
NIFTY_AUTH = {'dkim': [('pass', 'amazon.com'), ('pass', 'amazonses.com')],
              'sel': {'amazon.com': 'yg4mwqurec7fkhzutopddd3ytuaqrvuz', 'amazonses.com': '224i4yxa5dv7c2xz3womw6peuasteono'},
              'spf': ('pass', 'amazonses.com')}


@part
def part2():
    u = SATO
    mail(8, 'ja-console-new-case-opened', 'case_created', 'ja', AWS_NOREPLY, u,
         'Amazon Web Services: 新しいサポートケースをオープンしました: %s' % C2, C2_OPEN + dt.timedelta(seconds=12),
         """アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。
お客様のお問い合わせに対応するため、ケース %s をオープンしました。

ケース ID: %s
件名: %s
重要度: 一般的なガイダンス
ケースの説明:
AWS認定のアカウントが2つあることに気づきました。AWS02298415 と AWS10673358 を1つにまとめていただきたいです。

担当者から回答があり次第、メールでお知らせします。

""" % (C2, C2, C2_SUBJ) + CONSOLE_FOOTER_JA.format(cid=C2),
         case_id=C2, route='nifty', auth=NIFTY_AUTH, charset='iso-2022-jp', cte='7bit',
         subj_charset='iso-2022-jp')

    mail(9, 'ja-new-correspondence-notice', 'support_reply', 'ja', AWS_NOREPLY, u,
         '[Case %s] New correspondence added' % C2, T('2025-05-28 06:47:30'),
         """お客様

ケース %s に新しい返信が追加されました。

返信の内容を確認するには、AWS サポートセンターにサインインしてください。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

※このメールは送信専用アドレスから送信されています。このメールに返信しないでください。

Amazon Web Services
""" % (C2, C2), case_id=C2, route='nifty', auth=NIFTY_AUTH, layout='plain', cte='base64')

    m10 = """佐藤 健一 様

AWS トレーニングと認定サポートの山本でございます。
この度はお問い合わせいただき、誠にありがとうございます。

アカウントの統合をご希望とのこと、承知いたしました。
手続きを進めるにあたり、恐れ入りますが以下の情報をお知らせいただけますでしょうか。

1. 各アカウント（AWS02298415 および AWS10673358）のサインインに使用しているメールアドレス
2. 各アカウントに登録されている通知用メールアドレス
3. 統合後に残すアカウントのご希望

いただいた情報をもとに確認のうえ、改めてご案内いたします。
お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

山本
Amazon Web Services トレーニングと認定カスタマーサポート

"""
    mail(10, 'ja-asks-login-and-notification-emails', 'support_reply', 'ja', AWS_NOREPLY, u,
         'RE:[CASE %s] %s' % (C2, C2_SUBJ), T('2025-05-28 06:47:02'),
         m10 + CONSOLE_FOOTER_JA.format(cid=C2), case_id=C2, route='nifty', auth=NIFTY_AUTH,
         layout='plain', charset='iso-2022-jp', cte='7bit', subj_charset='iso-2022-jp')

    m11 = """佐藤 健一 様

いつもお世話になっております。AWS トレーニングと認定サポートの山本でございます。
ご返信いただき、ありがとうございます。

ご提供いただいた情報をもとに確認いたしました結果、以下の内容で統合を行う予定でございます。

　統合元（統合後に閉鎖）：AWS-10673358（kenichi.sato@hokuto-sys.co.jp）
　統合先（存続）　　　　：AWS-02298415（k.sato.cert@nifty.com）

統合後は、統合元アカウントの認定資格、受験履歴および特典がすべて統合先アカウントへ移行されます。
なお、統合は一度実施いたしますと取り消すことができませんので、あらかじめご了承ください。

上記の内容にお間違いがなければ、サポートセンターより本ケースへ「統合に同意します」とご返信いただけますでしょうか。
ご確認をいただけるまで、統合作業は行いません。

何卒よろしくお願い申し上げます。

山本
Amazon Web Services トレーニングと認定カスタマーサポート

"""
    mail(11, 'ja-please-confirm-merge-direction', 'merge_confirmation_requested', 'ja', AWS_NOREPLY, u,
         'RE:[CASE %s] %s' % (C2, C2_SUBJ), T('2025-05-29 02:10:44'),
         m11 + CONSOLE_FOOTER_JA.format(cid=C2), case_id=C2, route='nifty', auth=NIFTY_AUTH,
         charset='shift_jis', cte='base64', html_cte='base64',
         ids_expect=['AWS02298415', 'AWS10673358'])

    mail(12, 'ja-thanks-will-start-procedure', 'support_reply', 'ja', AWS_NOREPLY, u,
         'RE:[CASE %s] %s' % (C2, C2_SUBJ), T('2025-05-29 07:31:15'),
         """佐藤 健一 様

AWS トレーニングと認定サポートの山本でございます。
統合内容についてご確認いただき、誠にありがとうございます。

これより、AWS10673358 から AWS02298415 への統合手続きを進めてまいります。
作業の完了までには、通常 2～3 営業日ほどお時間を頂戴しております。

①統合作業中は、いずれのアカウントでも新たな試験のご予約をお控えください。
②完了いたしましたら、改めて本ケースにてご連絡いたします。

引き続きよろしくお願い申し上げます。

山本
Amazon Web Services トレーニングと認定カスタマーサポート

""" + CONSOLE_FOOTER_JA.format(cid=C2), case_id=C2, route='nifty', auth=NIFTY_AUTH,
         layout='plain', charset='shift_jis', cte='base64', subj_charset='iso-2022-jp')

    m13 = """佐藤 健一 様

AWS トレーニングと認定サポートの中村でございます。
大変お待たせいたしました。

AWS10673358 から AWS02298415 へのアカウント統合作業が完了いたしましたので、ご報告申し上げます。
今後は AWS02298415（k.sato.cert@nifty.com）にてサインインいただけます。
旧アカウントで取得された認定資格も、認定アカウントの「Certifications」ページにてご確認いただけます。

なお、Credly のデジタルバッジにつきましては、反映までに最大で 48 時間ほどかかる場合がございます。
48 時間を過ぎても反映されない場合は、お手数ですが本ケースにてお知らせください。

今後とも AWS 認定をよろしくお願い申し上げます。

中村
Amazon Web Services トレーニングと認定カスタマーサポート

"""
    mail(13, 'ja-integration-work-finished', 'merge_completed', 'ja', AWS_NOREPLY, u,
         'RE:[CASE %s] %s' % (C2, C2_SUBJ), T('2025-05-31 04:55:20'),
         m13 + CONSOLE_FOOTER_JA.format(cid=C2), case_id=C2, route='nifty', auth=NIFTY_AUTH)

    s_html = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>ケースはクローズされました</title></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;color:#16191f;background:#f2f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#232f3e;padding:16px"><img src="https://d1.awsstatic.com/logos/aws-logo-white.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px">
<p>お客様</p>
<p>サポートケース <b>%s</b>「%s」はクローズされました。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いいたします。回答には 1 分ほどかかります。</p>
<p><b>問題は解決しましたか？</b></p>
<p><a href="https://survey.support.aws.a2z.com/s/ja?case=%s&amp;r=yes" style="background:#ec7211;color:#fff;padding:8px 20px;text-decoration:none">はい</a>
&nbsp;<a href="https://survey.support.aws.a2z.com/s/ja?case=%s&amp;r=no" style="background:#545b64;color:#fff;padding:8px 20px;text-decoration:none">いいえ</a></p>
<p>担当者の対応を 5 段階で評価してください：
<a href="https://survey.support.aws.a2z.com/s/ja?case=%s&amp;rate=1">1</a>
<a href="https://survey.support.aws.a2z.com/s/ja?case=%s&amp;rate=2">2</a>
<a href="https://survey.support.aws.a2z.com/s/ja?case=%s&amp;rate=3">3</a>
<a href="https://survey.support.aws.a2z.com/s/ja?case=%s&amp;rate=4">4</a>
<a href="https://survey.support.aws.a2z.com/s/ja?case=%s&amp;rate=5">5</a></p>
<p style="font-size:12px;color:#545b64">引き続きサポートが必要な場合は、14 日以内であればサポートセンターからケースを再開できます。</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#687078">Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。<br>このメールは送信専用アドレスから送信されています。</td></tr>
</table></body></html>
""" % ((C2, C2_SUBJ) + (C2,) * 7)
    mail(14, 'ja-case-closed-questionnaire', 'survey', 'ja', AWS_NOREPLY, u,
         'Amazon Web Services: サポートケース %s はクローズされました' % C2, T('2025-06-03 05:00:41'),
         'サポートケース %s はクローズされました。問題は解決しましたか？' % C2, layout='html', html=s_html,
         html_cte='base64', case_id=C2, route='nifty', auth=NIFTY_AUTH, src='ses2')

# ---------------------------------------------------------------- part 3: Priya (correction), Marco (denied, closed)
PRIYA = ('Priya Raman', 'priya.raman@outlook.com')
C3 = '12894406611'
C3_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'
OUTLOOK_AWS = {'dkim': [('pass', 'amazon.com')], 'spf': ('pass', 'amazonses.com'), 'dmarc': 'pass'}

M015 = """Hi Priya,

Thank you for your patience.

I have verified both accounts and I'm ready to submit the merge. Here is what will happen:

* AWS13389024 (priya.r@contoso-analytics.com) will be merged into AWS07730561 (priya.raman@outlook.com)
* AWS07730561 will remain your active Certification account

Please note that once the merge has been completed it cannot be undone, and the email address of the merged account will no longer be able to sign in.

Could you please reply and confirm that this is what you want? Once we receive your confirmation, we will proceed.

Kind regards,
Michael
AWS Training and Certification Support
"""

M016 = """Hi Priya,

Apologies for misunderstanding which account you wanted to keep, and thank you for correcting me.

Here is the updated plan:

* AWS07730561 (priya.raman@outlook.com) will be merged into AWS13389024 (priya.r@contoso-analytics.com)
* AWS13389024 will be your only Certification account afterwards, and you will sign in with priya.r@contoso-analytics.com

As before, this cannot be reversed. Please reply with your confirmation of the corrected details and I'll get it submitted straight away.

Kind regards,
Michael
AWS Training and Certification Support
"""

MARCO = ('Marco Bianchi', 'marco.bianchi@bianchi-consulting.it')
C4 = '7260418833'
C4_SUBJ = 'Merge of two certification profiles'

M019 = """Dear Marco,

Greetings from AWS Training and Certification!

We have reviewed your request to merge the candidate IDs AWS00581236 and AWS00977410. Unfortunately we are not able to merge these accounts at this time, as the legal name on the two profiles does not match (Marco Bianchi / Marco A. Bianchi Rossi) and the date of birth recorded on one of them is different.

For security reasons, merges are performed only when we can verify that both accounts belong to the same person. If you would like us to continue, kindly reply with a scanned copy of a government-issued photo ID showing your full legal name and date of birth. Only after the verification is successful we can proceed further with your request.

Please do not worry, no changes have been made to either account.

Regards,
Ravi Kumar
AWS Training and Certification Customer Service
"""


@part
def part3():
    u = PRIYA
    mail(15, 'confirm-old-account-survives', 'merge_confirmation_requested', 'en', AWS_FORM, u,
         'RE:[CASE %s] %s' % (C3, C3_SUBJ), T('2023-09-12 22:14:37'),
         M015 + '\n' + FORM_FOOTER.format(cid=C3), case_id=C3, route='outlook', auth=OUTLOOK_AWS)

    q16 = """No - I'd like to keep AWS13389024 since my company pays for exam vouchers through that one. Please merge the old one (AWS07730561) into it instead.

Thanks,
Priya

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, September 12, 2023 11:14 PM
To: priya.raman@outlook.com <priya.raman@outlook.com>
Subject: RE:[CASE %s] %s

%s""" % (C3, C3_SUBJ, M015)
    mail(16, 'corrected-direction-please-reconfirm', 'merge_confirmation_requested', 'en', AWS_FORM, u,
         'RE:[CASE %s] %s' % (C3, C3_SUBJ), T('2023-09-13 15:02:09'),
         M016 + '\n' + FORM_FOOTER.format(cid=C3), q16, case_id=C3, route='outlook', auth=OUTLOOK_AWS,
         cte='base64')

    q17 = """Confirmed, that's correct now. Thank you!

Priya

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, September 13, 2023 4:02 PM
To: priya.raman@outlook.com <priya.raman@outlook.com>
Subject: RE:[CASE %s] %s

%s""" % (C3, C3_SUBJ, M016)
    mail(17, 'done-after-correction', 'merge_completed', 'en', AWS_FORM, u,
         'RE:[CASE %s] %s' % (C3, C3_SUBJ), T('2023-09-15 09:48:51'),
         """Hi Priya,

Following your confirmation of the corrected details, I can let you know that aws07730561 has now been merged into aws13389024, exactly as you asked.

All four of your certifications, your exam history and your 50% discount voucher are now listed on the remaining account. Could you please sign in with priya.r@contoso-analytics.com and let me know if anything looks wrong? If everything is in order there is nothing else you need to do.

Kind regards,
Michael
AWS Training and Certification Support

""" + FORM_FOOTER.format(cid=C3), q17, case_id=C3, route='outlook', auth=OUTLOOK_AWS,
         ids_expect=['AWS07730561', 'AWS13389024'])

    mail(18, 'rate-your-support-experience', 'survey', 'en', AWS_NOREPLY, u,
         'How did we do? Your AWS Support case %s' % C3, T('2023-09-16 10:02:14'),
         """Hello,

Your case %s (%s) was recently resolved.

We'd appreciate it if you could take a moment to tell us about your experience. Your feedback helps us improve.

Was your issue resolved?
Yes: https://survey.support.aws.a2z.com/s/tc?case=%s&r=yes
No:  https://survey.support.aws.a2z.com/s/tc?case=%s&r=no

Thank you,
Amazon Web Services

This survey link will expire in 14 days. Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210
""" % (C3, C3_SUBJ, C3, C3), case_id=C3, route='outlook', auth=OUTLOOK_AWS, layout='plain', cte='7bit',
         charset='us-ascii', src='ses2')

    u = MARCO
    q19 = """-----Original Message-----
From: marco.bianchi@bianchi-consulting.it
Sent: 03 August 2020 14:20
To: AWS Training and Certification
Subject: %s

Hello, I have two certification profiles, AWS00581236 (old, from my previous employer) and AWS00977410. I would like to have one only. Can you merge them? The second one should be kept.
Marco""" % C4_SUBJ
    mail(19, 'cannot-merge-name-mismatch', 'support_reply', 'en', AWS_FORM, u,
         'RE:[CASE %s] %s' % (C4, C4_SUBJ), T('2020-08-05 07:33:18'),
         M019 + '\n' + FORM_FOOTER.format(cid=C4), q19, case_id=C4, route='corp', auth=None,
         dkim=['amazon.com', 'amazonses.com'])

    mail(20, 'no-reply-case-will-close', 'support_reply', 'en', AWS_FORM, u,
         'RE:[CASE %s] %s' % (C4, C4_SUBJ), T('2020-08-12 08:05:40'),
         """Dear Marco,

We are following up on our e-mail of 5 August, in which we requested a copy of your photo ID to verify the ownership of both profiles.

As we haven’t heard back from you yet, we wanted to let you know that if we do not receive a reply within 5 calendar days, this case will be closed automatically. In that case no changes will be made to AWS00581236 or AWS00977410.

If you still wish to go ahead with the merge, simply reply to this e-mail with the requested document.

Regards,
Ravi Kumar
AWS Training and Certification Customer Service

""" + FORM_FOOTER.format(cid=C4), quote(M019), case_id=C4, route='corp', auth=None,
         dkim=['amazon.com', 'amazonses.com'], charset='utf-8', label_charset='iso-8859-1',
         cte='quoted-printable')

    mail(21, 'closed-without-merge-feedback', 'survey', 'en', AWS_NOREPLY, u,
         'Your case %s has been closed' % C4, T('2020-08-18 08:00:03'),
         """Dear Customer,

Your case %s ("%s") has been closed because we did not receive a response to our last correspondence.

Resolution: Account merge not performed - identity verification not completed.

If you still need assistance, you can submit a new request through the AWS Training and Certification contact form at any time.

We'd like to hear about your experience. Was your issue resolved?
  Yes  https://aws.amazon.com/support/survey/?case=%s&resolved=1
  No   https://aws.amazon.com/support/survey/?case=%s&resolved=0

Sincerely,
AWS Training and Certification Customer Service
""" % (C4, C4_SUBJ, C4, C4), case_id=C4, route='corp', auth=None, dkim=['amazon.com'], src='ses2')

# ---------------------------------------------------------------- part 4: Tanaka (JA form, asked again), Kevin (console, duplicate)
TANAKA = ('田中 美咲', 'misaki.tanaka@biglobe.ne.jp')
C5_OPEN = T('2025-02-17 01:15:40')
C5 = cid15(C5_OPEN, 318)
BIGLOBE_AUTH = {'dkim': [('pass', 'amazon.com'), ('pass', 'amazonses.com')], 'spf': ('pass', 'amazonses.com'),
                'dmarc': 'pass'}

M023 = """田中 美咲 様

AWS トレーニングと認定カスタマーサポートの小林と申します。
お問い合わせいただき、ありがとうございます。

ご依頼の内容を確認いたしました。以下のとおりアカウントの統合を実施する予定です。

■ 統合されるアカウント（統合後は使用できなくなります）：AWS03318870
■ 統合後も残るアカウント：AWS12004756

統合を実施した後は、元に戻すことはできません。
内容にお間違いがないか、本メールへのご返信にてご確認いただけますでしょうか。
ご確認いただけましたら、統合を実施いたします。

よろしくお願いいたします。

小林
AWS トレーニングと認定カスタマーサポート
"""

M024 = """田中 美咲 様

AWS トレーニングと認定カスタマーサポートの小林でございます。

2月18日にお送りしたメールにつきまして、まだご返信を確認できておりませんでしたので、再度ご連絡を差し上げました。

AWS03318870 を AWS12004756 に統合し、AWS12004756 を今後ご利用いただくアカウントとする内容でよろしいでしょうか。
お手数ですが、改めてご確認のうえ、本メールにご返信くださいますようお願いいたします。

なお、10 営業日以内にご返信をいただけない場合は、本ケースをクローズさせていただきますので、あらかじめご了承ください。

小林
AWS トレーニングと認定カスタマーサポート
"""

KEVIN = ('Kevin Osei', 'kevin.osei@gmail.com')
C6_OPEN = T('2025-03-10 14:02:55')
C6 = cid15(C6_OPEN, 802)
C7_OPEN = T('2025-03-11 08:47:19')
C7 = cid15(C7_OPEN, 117)


@part
def part4():
    u = TANAKA
    subj = '[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C5
    mail(22, 'ja-form-inquiry-accepted', 'case_created', 'ja', AWS_FORM, u, subj,
         C5_OPEN + dt.timedelta(seconds=37),
         """田中 美咲 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
本メールは自動送信です。お客様からのお問い合わせを受け付けました。

お問い合わせ番号（ケース ID）：%s

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
同じ内容で再度お問い合わせいただきますと、回答が遅れる場合がございますので、ご了承ください。

追加の情報がある場合は、件名を変更せずにこのメールにご返信ください。

AWS トレーニングと認定 カスタマーサポート

""" % C5 + FORM_FOOTER_JA.format(cid=C5), case_id=C5, route='biglobe', auth=BIGLOBE_AUTH,
         cte='base64', html_cte='base64')

    orig = """----- 元のメッセージ -----
差出人: misaki.tanaka@biglobe.ne.jp
送信日時: 2025/02/17 10:15
件名: [AWS Training and Certification Form Submission] - account-assistance

認定アカウントが2つあります。AWS03318870（以前の会社で作成）と AWS12004756 です。
AWS12004756 の方に一本化していただけますでしょうか。"""
    mail(23, 'ja-merge-plan-please-confirm', 'merge_confirmation_requested', 'ja', AWS_FORM, u, 'RE:' + subj,
         T('2025-02-18 03:20:05'), M023 + '\n' + FORM_FOOTER_JA.format(cid=C5), orig,
         case_id=C5, route='biglobe', auth=BIGLOBE_AUTH, charset='iso-2022-jp', cte='7bit', html_cte='base64')

    q24 = """----- 元のメッセージ -----
差出人: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025/02/18 12:20
件名: RE:%s

%s""" % (subj, M023)
    mail(24, 'ja-confirmation-requested-again', 'merge_confirmation_requested', 'ja', AWS_FORM, u, 'RE:' + subj,
         T('2025-02-21 02:00:33'), M024 + '\n' + FORM_FOOTER_JA.format(cid=C5), q24,
         case_id=C5, route='biglobe', auth=BIGLOBE_AUTH, charset='iso-2022-jp', cte='7bit', html_cte='base64',
         ids_expect=['AWS03318870', 'AWS12004756'])

    q25 = """内容に間違いありません。統合をお願いいたします。
ご連絡が遅くなり申し訳ありません。

田中

2025年2月21日(金) 11:00 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

""" + quote(M024)
    mail(25, 'ja-merge-finished-after-reminder', 'merge_completed', 'ja', AWS_FORM, u, 'RE:' + subj,
         T('2025-02-24 05:42:19'),
         """田中 美咲 様

小林でございます。ご確認のご返信をいただき、ありがとうございました。

ご依頼いただいておりましたアカウントの統合が完了いたしました。
AWS03318870 に登録されていた認定資格および受験履歴は、すべて AWS12004756 に移行済みです。

今後は AWS12004756 のメールアドレス（misaki.tanaka@biglobe.ne.jp）で認定アカウントにサインインしてください。
そのほかご不明な点がございましたら、お気軽にお問い合わせください。

小林
AWS トレーニングと認定カスタマーサポート

""" + FORM_FOOTER_JA.format(cid=C5), quote(q25), case_id=C5, route='biglobe', auth=BIGLOBE_AUTH,
         charset='utf-8', cte='quoted-printable', subj_charset='iso-2022-jp',
         ids_expect=['AWS03318870', 'AWS12004756'])

    u = KEVIN
    mail(26, 'console-you-opened-new-case', 'case_created', 'en', AWS_NOREPLY, u,
         'Amazon Web Services: You have opened a new Support case: %s' % C6, C6_OPEN + dt.timedelta(seconds=9),
         """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Merge two AWS Certification accounts
Severity: General guidance
Correspondence: Hi, I have two certification accounts, AWS08845120 and AWS05571239. Please combine them and keep AWS05571239 as the main one. Thanks, Kevin

We will respond to your case as soon as possible. You can view the status of your case in the AWS Support Center.

""" % (C6, C6) + CONSOLE_FOOTER.format(cid=C6), case_id=C6)

    mail(27, 'console-second-case-opened', 'case_created', 'en', AWS_NOREPLY, u,
         'Amazon Web Services: You have opened a new Support case: %s' % C7, C7_OPEN + dt.timedelta(seconds=8),
         """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Certification account merge - no response yet
Severity: General guidance
Correspondence: I opened a case yesterday about merging my certification accounts and have not heard anything. Is someone looking at it?

We will respond to your case as soon as possible. You can view the status of your case in the AWS Support Center.

""" % (C7, C7) + CONSOLE_FOOTER.format(cid=C7), case_id=C7, src='ses2')

    mail(28, 'duplicate-case-will-continue-elsewhere', 'support_reply', 'en', AWS_NOREPLY, u,
         'RE:[CASE %s] Certification account merge - no response yet' % C7, T('2025-03-11 13:15:27'),
         """Hello Kevin,

Thank you for reaching out.

I can see that you already have an open case (%s) for the same request, and it is currently with our certification team. To avoid duplicated effort, we will continue to work on your request in that case only, and I will be resolving this one shortly. There is no need for you to take any action here.

We understand that waiting can be frustrating, and we appreciate your patience.

Best regards,
Aisha
Amazon Web Services

""" % C6 + CONSOLE_FOOTER.format(cid=C7), case_id=C7)

    mail(29, 'forwarded-to-merge-team', 'support_reply', 'en', AWS_NOREPLY, u,
         'RE:[CASE %s] Merge two AWS Certification accounts' % C6, T('2025-03-11 13:21:02'),
         """Hello Kevin,

Thank you for your patience, and apologies for the delay in getting back to you.

I have forwarded your request to the team that handles certification account merges, with the details you provided: AWS08845120 is to be merged into AWS05571239, and AWS05571239 will be kept.

Once the merge has been completed, you will receive a confirmation from us in this case. If the team needs anything else from you in the meantime, we'll let you know here.

Best regards,
Aisha
Amazon Web Services

""" + CONSOLE_FOOTER.format(cid=C6), case_id=C6, cte='base64')

    mail(30, 'merged-and-case-resolved', 'merge_completed', 'en', AWS_NOREPLY, u,
         'RE:[CASE %s] Merge two AWS Certification accounts' % C6, T('2025-03-13 18:40:44'),
         """Hello Kevin,

The certification team has finished working on your request: AWS08845120 has been merged into AWS05571239. Your certifications and exam history from both accounts now appear under AWS05571239, and you can sign in as usual with kevin.osei@gmail.com.

Since this completes your request, I'll go ahead and mark this case as resolved. If anything is missing, you can reopen the case within 14 days from the Support Center.

We value your feedback. Please share your experience by rating this correspondence using the link below.

Best regards,
Aisha
Amazon Web Services

""" + CONSOLE_FOOTER.format(cid=C6), case_id=C6, src='ses2')

# ---------------------------------------------------------------- part 5: Arjun, Daniel follow-up, Sofia, Lukas, Suzuki
ARJUN = ('Arjun Mehta', 'arjun.mehta91@gmail.com')
C8 = '11302957746'
C8_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

M032 = """Dear Arjun,

Greetings of the day!

This is with reference to your request for merging of the certification accounts. In order to proceed further, kindly share the below details:

1. Email id registered with candidate id AWS 12560093
2. Email id registered with candidate id AWS-06634178
3. Which candidate id you want to retain as primary

Request you to kindly revert with the above details at the earliest so that we can able to process your request.

Thanks & Regards,
Sneha
AWS Training & Certification Support
"""

M033 = """Dear Arjun,

This is a gentle reminder regarding our previous email.

We are still awaiting the registered email ids for both the candidate ids and your preference of the primary account. Without these details we will not be able to proceed with your request.

Kindly revert at the earliest.

Thanks & Regards,
Sneha
AWS Training & Certification Support
"""

SOFIA = ('Sofia Lindqvist', 'sofia.lindqvist@outlook.com')
C9 = '12077731405'
LUKAS = ('Lukas Becker', 'lukas.becker.dev@gmail.com')
C10_OPEN = T('2025-04-08 03:10:09')
C10 = cid15(C10_OPEN, 66)
SUZUKI = ('鈴木 大輔', 'd.suzuki@ocn.ne.jp')
C11_OPEN = T('2025-06-02 05:33:12')
C11 = cid15(C11_OPEN, 940)
OCN_AUTH = {'dkim': [('pass', 'amazon.com')], 'spf': ('pass', 'amazonses.com'), 'dmarc': 'pass'}


@part
def part5():
    u = ARJUN
    mail(31, 'form-we-got-your-message', 'case_created', 'en', AWS_FORM, u,
         '[CASE %s] %s' % (C8, C8_SUBJ), T('2022-11-16 06:31:50'),
         """Hi there,

We've got your message and have assigned it the reference number %s.

One of our Training and Certification specialists will get back to you, usually within one business day. There's no need to contact us again in the meantime; sending the same request twice can slow things down.

If you would like to add something, reply to this email and keep the subject line as it is.

Thanks,
AWS Training and Certification

""" % C8 + FORM_FOOTER.format(cid=C8), case_id=C8, layout='plain', cte='7bit', charset='us-ascii')

    orig = """-----Original Message-----
From: arjun.mehta91@gmail.com
Sent: Wednesday, November 16, 2022 6:31 AM
Subject: %s

I have 2 candidate IDs AWS12560093 and AWS06634178 (second one created by my company account). Please merge.""" % C8_SUBJ
    mail(32, 'kindly-share-registered-email-ids', 'support_reply', 'en', AWS_FORM, u,
         'RE:[CASE %s] %s' % (C8, C8_SUBJ), T('2022-11-17 09:12:40'),
         M032 + '\n' + FORM_FOOTER.format(cid=C8), orig, case_id=C8,
         ids_expect=['AWS06634178', 'AWS12560093'])

    mail(33, 'gentle-reminder-details-pending', 'support_reply', 'en', AWS_FORM, u,
         'RE:[CASE %s] %s' % (C8, C8_SUBJ), T('2022-11-21 10:03:15'),
         M033 + '\n' + FORM_FOOTER.format(cid=C8),
         'On Thu, Nov 17, 2022 at 9:12 AM, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n'
         + quote(M032), case_id=C8, cte='base64')

    q34 = """Hi Sneha,
Sorry for late reply. Details below:
AWS12560093 - arjun.mehta91@gmail.com
AWS06634178 - arjun.m@techvista.in
Please keep AWS12560093 as primary.
Regards
Arjun

On Mon, 21 Nov 2022 at 15:33, Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(M033) + '\n>\n> On Thu, Nov 17, 2022 at 9:12 AM, Amazon Web Services wrote:\n' + quote(quote(M032))
    mail(34, 'kindly-revert-with-consent', 'merge_confirmation_requested', 'en', AWS_FORM, u,
         'RE:[CASE %s] %s' % (C8, C8_SUBJ), T('2022-11-23 07:45:02'),
         """Dear Arjun,

Thank you for sharing the details. As per the information provided, please find below the merge details:

Source Candidate ID (will be deactivated) : aws06634178 (arjun.m@techvista.in)
Target Candidate ID (primary)             : AWS 12560093 (arjun.mehta91@gmail.com)

Please note that post merge the source candidate id will not be accessible and the action is irreversible.

Request you to kindly revert with your consent on the above so that we can proceed with the merge.

Thanks & Regards,
Sneha
AWS Training & Certification Support

""" + FORM_FOOTER.format(cid=C8), quote(q34), case_id=C8, ids_expect=['AWS06634178', 'AWS12560093'])

    h35 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Arjun,</p>
<p>Greetings from AWS Training &amp; Certification!</p>
<p>We are happy to inform you that your candidate IDs have been successfully combined as per your consent.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Primary Candidate ID</b></td><td>AWS12560093</td></tr>
<tr><td><b>Deactivated Candidate ID</b></td><td>AWS06634178</td></tr>
</table>
<p>All certifications which were mapped to the deactivated ID are now reflected under your primary ID. Kindly login with arjun.mehta91@gmail.com going forward.</p>
<p>Thanks &amp; Regards,<br>Sneha<br>AWS Training &amp; Certification Support</p>
<p style="font-size:9pt;color:#777">This email is in reference to case %s. To add information to this case, reply to this email and do not change the subject line.<br>
Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</div></body></html>
""" % C8
    mail(35, 'html-ids-successfully-combined', 'merge_completed', 'en', AWS_FORM, u,
         'RE:[CASE %s] %s' % (C8, C8_SUBJ), T('2022-11-25 11:20:39'),
         'candidate IDs have been successfully combined. Primary Candidate ID AWS12560093 '
         'Deactivated Candidate ID AWS06634178', layout='html', html=h35, html_cte='base64', case_id=C8)

    # Daniel: question about the voucher, answered after the completion
    M005q = """Hello Daniel,

Good news: your two Certification accounts are now one. AWS04417283 has been closed, and everything that was on it (your AWS Certified Solutions Architect - Associate certification, exam history and the 50% exam discount benefit) now sits under AWS11820394.

From now on, please sign in with daniel.hughes@northwind-labs.com."""
    q36 = """Thanks a lot! One more thing - will my 50%% voucher from the SAA exam still work? I can't see it anywhere on the new dashboard.

Dan

On Fri, May 16, 2025 at 7:13 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:

%s""" % quote(M005q)
    mail(36, 'answer-about-discount-voucher', 'support_reply', 'en', AWS_FORM, DAN,
         'RE:[CASE %s] %s' % (C1, C1_SUBJ), T('2025-05-19 14:27:10'),
         """Hello Daniel,

Thank you for your follow-up question.

The 50% discount benefit is still available to you. After signing in, open Benefits in the top menu and select "Exam Discount"; the code is generated when you click "Request". Please note that it keeps its original expiry date (12 February 2026) and can be used only once.

Let me know if you have any trouble generating the code.

Best regards,
Tomasz W.
AWS Training and Certification Customer Support

""" + FORM_FOOTER.format(cid=C1), quote(q36), case_id=C1)

    mail(37, 'merge-blocked-by-exam-appointment', 'support_reply', 'en', AWS_FORM, SOFIA,
         'RE:[CASE %s] Two certification accounts' % C9, T('2023-03-20 12:31:08'),
         """Hello Sofia,

Thank you for confirming the details.

Unfortunately, when we tried to process the merge of AWS09183326 into AWS14402268, our system stopped us because AWS09183326 has an exam appointment scheduled (AWS Certified Security - Specialty, 28 March 2023, Pearson VUE online). A merge can't be carried out while an account has an upcoming appointment.

You have two options:
1. Take the exam as scheduled. We can finish the merge once your result has been processed (usually within 5 business days).
2. Cancel the appointment and book it again under AWS14402268, then let us know, and we will go ahead.

Nothing has been changed on either account yet.

Kind regards,
Joanna
AWS Training and Certification Support

""" + FORM_FOOTER.format(cid=C9), case_id=C9, route='outlook', auth=OUTLOOK_AWS)

    mail(38, 'must-come-from-account-holder', 'support_reply', 'en', AWS_FORM, LUKAS,
         'RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C10,
         T('2025-04-09 10:52:31'),
         """Hello Lukas,

We received a request from your training coordinator, Ms. Weber, to merge the Certification accounts AWS13075521 and AWS04490876, which appear to belong to you.

For privacy reasons we can only make changes like this when the request comes from the account holder. If you would like to go ahead, please reply to this email yourself, from the email address registered on one of the two accounts, and let us know which account you would like to keep. We will then send you the details to review.

If you did not ask for this, you can ignore this email and no changes will be made.

Best regards,
Carlos M.
AWS Training and Certification Customer Support

""" + FORM_FOOTER.format(cid=C10), case_id=C10, cc='Julia Weber <j.weber@brightpath-learning.de>',
         cte='quoted-printable')

    mail(39, 'ja-console-case-was-opened', 'case_created', 'ja', AWS_NOREPLY, SUZUKI,
         'Amazon Web Services: 新しいサポートケースがオープンされました: %s' % C11, C11_OPEN + dt.timedelta(seconds=14),
         """Amazon Web Services にお問い合わせいただきありがとうございます。
お客様のお問い合わせについて、ケース %s を作成しました。

ケース ID：%s
件名：AWS認定アカウントが重複しています
重要度：一般的なガイダンス

サポート担当者からの回答は、このメールアドレスおよびサポートセンターでお知らせします。

""" % (C11, C11) + CONSOLE_FOOTER_JA.format(cid=C11), case_id=C11, route='ocn', auth=OCN_AUTH,
         src='ses_tokyo', charset='iso-2022-jp', cte='7bit', subj_charset='iso-2022-jp')

    mail(40, 'ja-cannot-merge-exam-reserved', 'support_reply', 'ja', AWS_NOREPLY, SUZUKI,
         'RE:[CASE %s] AWS認定アカウントが重複しています' % C11, T('2025-06-03 01:18:45'),
         """鈴木 大輔 様

AWS トレーニングと認定サポートの井上でございます。
AWS11576002 と AWS07049913 の統合についてご依頼いただき、ありがとうございます。

大変恐縮ではございますが、AWS07049913 には 6 月 14 日に受験予定の試験（AWS Certified Machine Learning Engineer - Associate）のご予約がございますため、現時点では統合を実施することができません。

試験を受験され、結果が反映されましたら（通常 5 営業日以内）、本ケースにてお知らせください。その時点で統合の内容を改めてご案内し、ご確認をお願いいたします。
なお、ご予約をキャンセルされる場合はその旨お知らせいただければ、キャンセルを確認したうえで手続きを進めます。

現時点では、いずれのアカウントにも変更は加えておりません。

井上
Amazon Web Services トレーニングと認定カスタマーサポート

""" + CONSOLE_FOOTER_JA.format(cid=C11), case_id=C11, route='ocn', auth=OCN_AUTH, src='ses_tokyo',
         charset='utf-8', cte='base64', html_cte='base64')

# ---------------------------------------------------------------- part 6: survey, Credly family
CREDLY_AUTH = {'dkim': [('pass', 'credly.com')], 'spf': ('pass', 'em5812.credly.com'), 'dmarc': 'pass'}
CREDLY_FROM = ('Amazon Web Services Training and Certification via Credly', 'admin@credly.com')
CREDLY_FOOT = """You are receiving this email because Amazon Web Services Training and Certification uses Credly to issue digital credentials.
Credly, Inc. | 100 E. Pratt Street, Suite 2300 | Baltimore, MD 21202
Manage notifications: https://www.credly.com/notification_settings
"""


@part
def part6():
    mail(41, 'csat-tell-us-about-experience', 'survey', 'en',
         ('AWS Support', 'aws-support-survey@amazon.com'), SOFIA,
         'Tell us about your recent experience with AWS Training and Certification Support', T('2023-04-11 16:05:00'),
         """Hello Sofia,

Recently you contacted AWS Training and Certification Support about case %s ("Two certification accounts"). The case is now closed.

Would you take two minutes to tell us how we did? Your answers go directly to the team that manages our support service.

Overall, how satisfied were you with the support you received?
  Very satisfied       https://pulse.aws/survey/TC7Q2LJ1?case=%s&score=5
  Satisfied            https://pulse.aws/survey/TC7Q2LJ1?case=%s&score=4
  Neutral              https://pulse.aws/survey/TC7Q2LJ1?case=%s&score=3
  Dissatisfied         https://pulse.aws/survey/TC7Q2LJ1?case=%s&score=2
  Very dissatisfied    https://pulse.aws/survey/TC7Q2LJ1?case=%s&score=1

Thank you for helping us improve.

AWS Training and Certification
Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210
To opt out of survey emails, visit https://pulse.aws/optout
""" % ((C9,) * 6), case_id=C9, route='outlook', auth=OUTLOOK_AWS, src='ses2')

    mail(42, 'credly-reminder-badge-waiting', 'credly_badge_issued', 'en', CREDLY_FROM, KEVIN,
         'Reminder: your AWS Certified Cloud Practitioner badge is waiting', T('2025-03-17 15:02:31'),
         """Hi Kevin,

Your badge from Amazon Web Services Training and Certification is still waiting for you:

AWS Certified Cloud Practitioner
Issued: March 14, 2025

Accept your badge to add it to your Credly profile and share it on LinkedIn:
https://www.credly.com/badges/b4e1f1c2-88a0-4c7d-a1d5-0e9c2b7f6d31/accept

If you already have a Credly account under a different email address, sign in to it first and add this email address under Account Settings, so that all your badges are kept together.

""" + CREDLY_FOOT, route='gmail', src='credly', auth=CREDLY_AUTH,
         mailfrom='<bounces+2911834-77af-kevin.osei=gmail.com@em5812.credly.com>')

    mail(43, 'credly-badge-expires-in-90-days', 'unrelated', 'en',
         ('Credly', 'admin@credly.com'), DAN_W,
         'Your AWS Certified Developer - Associate badge expires in 90 days', T('2025-08-02 13:00:12'),
         """Hi Daniel,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification, expires on October 31, 2025.

To keep your credential active, check the issuer's recertification requirements:
https://aws.amazon.com/certification/recertification/

After the expiration date the badge will still appear on your profile, marked as expired.

View your badge: https://www.credly.com/badges/0d6e3b77-4f21-4b9e-8c1a-55d2e3f9a004

""" + CREDLY_FOOT, route='outlook', src='credly', auth=CREDLY_AUTH,
         mailfrom='<bounces+2911834-ab12-daniel.hughes=northwind-labs.com@em5812.credly.com>')

    mail(44, 'credly-own-account-merge-code', 'unrelated', 'en',
         ('Credly', 'admin@credly.com'), PRIYA,
         'Complete your Credly account merge', T('2023-09-18 20:41:55'),
         """Hi Priya,

We received a request to merge the Credly account registered to priya.raman@outlook.com into your Credly account registered to priya.r@contoso-analytics.com.

Your verification code is: 604 118

Enter this code on the merge screen, or click the button below to finish:
Complete Account Merge: https://www.credly.com/users/merge/confirm?token=9f3c0a7e51d24b6fb3e1c08a2d7756e4

The code expires in 30 minutes. If you did not request this, you can safely ignore this email and nothing will change.

The Credly Team
Credly, Inc. | 100 E. Pratt Street, Suite 2300 | Baltimore, MD 21202
""", route='outlook', src='credly', auth=CREDLY_AUTH, layout='plain',
         mailfrom='<bounces+2911834-c0de-priya.raman=outlook.com@em5812.credly.com>')

    mail(45, 'acclaim-2020-you-earned-badge', 'credly_badge_issued', 'en',
         ('Amazon Web Services Training and Certification via Acclaim', 'admin@youracclaim.com'), KEVIN,
         'Amazon Web Services Training and Certification sent you a badge', T('2020-06-22 17:44:08'),
         """Kevin, you've earned a badge!

Amazon Web Services Training and Certification has sent you the AWS Certified Cloud Practitioner badge.

Accept your badge: https://www.youracclaim.com/badges/61a7f0d2-3c44-4b0b-9d1e-7f5d8a2e9c10/accept

Once you accept, you can share your badge on social media, embed it in your website or add it to your email signature.

Acclaim | Credly, Inc. | 100 E. Pratt Street, Suite 2300 | Baltimore, MD 21202
""", route='gmail', src='acclaim',
         auth={'dkim': [('pass', 'youracclaim.com')], 'spf': ('pass', 'email.youracclaim.com'), 'dmarc': 'pass',
               'policy': 'NONE'},
         mailfrom='<bounces+1130882-aa01-kevin.osei=gmail.com@email.youracclaim.com>', cte='7bit', charset='us-ascii')

    ph_html = """<html><body style="font-family:Arial,sans-serif">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:24px">
<img src="http://credly-notify.com/assets/credly-logo.png" alt="Credly" width="90">
<h2>Your badges are ready</h2>
<p>Dear Certified Professional,</p>
<p>Following the recent merge of your AWS Certification accounts, <b>3 badges</b> are waiting to be moved to your Credly profile.</p>
<p>Accept your badges within <b>48 hours</b>, otherwise they will be revoked and must be re-earned.</p>
<p><a href="http://credly-notify.com/claim?u=priya.raman%40outlook.com&amp;t=8812" style="background:#ff6b00;color:#fff;padding:10px 24px;text-decoration:none">Accept your badges</a></p>
<p style="font-size:11px;color:#888">Credly Inc. Badge Services</p>
</div></body></html>
"""
    mail(46, 'lookalike-credly-badges-after-merge', 'credly_badge_issued', 'en',
         ('Credly Badges', 'notify@credly-notify.com'), PRIYA,
         'Action needed: accept your 3 AWS badges after account merge', T('2023-09-19 03:12:44'),
         """Dear Certified Professional,

Following the recent merge of your AWS Certification accounts, 3 badges are waiting to be moved to your Credly profile.

Accept your badges within 48 hours, otherwise they will be revoked and must be re-earned:
http://credly-notify.com/claim?u=priya.raman%40outlook.com&t=8812

Credly Inc. Badge Services
""", html=ph_html, route='outlook', src='phish1',
         auth={'dkim': [('pass', 'credly-notify.com')], 'spf': ('pass', 'credly-notify.com'), 'dmarc': 'pass'},
         mailfrom='<bounce@credly-notify.com>')

    mail(47, 'ja-credly-badge-issued', 'credly_badge_issued', 'ja', CREDLY_FROM, SATO,
         'Amazon Web Services Training and Certification からバッジが発行されました', T('2025-06-01 09:26:30'),
         """健一さん、おめでとうございます！

Amazon Web Services Training and Certification から、次のバッジが発行されました。

AWS Certified Solutions Architect - Professional

バッジを受け取ると、LinkedIn やメールの署名などで共有できます。
バッジを受け取る: https://www.credly.com/badges/e20a7c53-9b1f-4f0e-b6d4-3c7a1e5f8b92/accept

バッジを受け取る理由
・スキルを証明する信頼できる証拠になります
・スキルに合った求人を見つけられます

このメールは、Amazon Web Services Training and Certification が Credly を利用してデジタル認定証を発行しているため送信されています。
Credly, Inc. | 100 E. Pratt Street, Suite 2300 | Baltimore, MD 21202
""", route='nifty', src='credly', auth={'dkim': [('pass', 'credly.com')], 'spf': ('pass', 'em5812.credly.com')},
         mailfrom='<bounces+2911834-0b3c-k.sato.cert=nifty.com@em5812.credly.com>', cte='base64', html_cte='base64')

# ---------------------------------------------------------------- part 7: phishing, look-alikes, unrelated
@part
def part7():
    mail(48, 'lookalike-domain-confirm-merge', 'merge_confirmation_requested', 'en',
         ('AWS Certification Support', 'support@aws-certification-merge.com'), DAN,
         'Action required: confirm your AWS Certification account merge', T('2025-05-16 07:58:12'),
         """Dear Candidate,

We have received a request to merge your AWS Certification accounts. Before the merge can be processed, we need you to confirm it.

Account to be merged: AWS04417283
Action: merge into your primary Certification account

To confirm the merge and avoid losing your certifications, please sign in through the secure link below within 24 hours:
https://aws-certification-merge.com/confirm?ref=4417283

If you do not confirm, your certification records may be suspended.

Regards,
AWS Certification Support Team
""", route='gmail', src='phish2',
         auth={'dkim': [('pass', 'aws-certification-merge.com')], 'spf': ('pass', 'aws-certification-merge.com'),
               'dmarc': 'pass', 'policy': 'NONE'},
         mailfrom='<bounce@aws-certification-merge.com>')

    mail(49, 'spoofed-amazon-merge-done-dmarc-fail', 'merge_completed', 'en', AWS_NOREPLY, KEVIN,
         'Your AWS Certification accounts have been merged', T('2025-03-14 02:11:37'),
         """Hello,

Your AWS Certification accounts have been merged successfully. All certifications now appear on a single account.

If you did not request this change, sign in within 24 hours to reverse it, otherwise the change becomes permanent:
http://aws-cert-verify.co/signin?session=ab81f2

Thank you,
Amazon Web Services
""", route='gmail', src='phish3',
         auth={'spf': ('softfail', 'amazon.com'), 'dmarc': 'fail'}, dkim=[],
         mailfrom='<no-reply-aws@amazon.com>', msgid='<20250314021137.5A1F2C0042@vps-88213.hostkey-cloud.net>')

    mail(50, 'phish-billing-suspension', 'unrelated', 'en',
         ('Amazon Web Services', 'billing@amazon-aws-billing.com'), PRIYA,
         'Your AWS account has been suspended - update payment details', T('2023-10-02 05:44:19'),
         """Dear AWS customer,

We were unable to process the payment for your latest invoice – “INV-2023-0931”. As a result, your AWS account has been temporarily suspended and your running services will be terminated in 48 hours.

To restore access, please update your payment information here:
https://amazon-aws-billing.com/billing/update

AWS Billing Department
""", route='outlook', src='phish4', auth={'spf': ('fail', 'amazon-aws-billing.com')}, dkim=[],
         mailfrom='<billing@amazon-aws-billing.com>', charset='windows-1252', label_charset='iso-8859-1')

    mail(51, 'spoofed-confirm-with-forged-ar', 'merge_confirmation_requested', 'en', AWS_FORM, KEVIN,
         'Confirm the merge of your certification accounts', T('2025-03-12 21:30:55'),
         """Hello Kevin,

As requested, we are ready to merge AWS08845120 into AWS05571239.

Because this action cannot be undone, please confirm it by verifying your identity through the link below. Requests that are not confirmed within 12 hours will be cancelled.

Confirm merge: http://aws-support-center.help/merge/confirm?id=5571239

Best regards,
AWS Training and Certification
""", route='gmail', src='phish3',
         auth={'dkim': [('fail', 'amazon.com')], 'spf': ('pass', 'aws-support-center.help'), 'dmarc': 'fail',
               'policy': 'QUARANTINE'},
         forged_ar='mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=yg4mwqurec7fkhzutopddd3ytuaqrvuz;\n'
                   '       spf=pass smtp.mailfrom=amazonses.com;\n       dmarc=pass (p=QUARANTINE) header.from=amazon.com',
         mailfrom='<support@aws-support-center.help>', msgid='<a81c33f09e.20250312213055@aws-support-center.help>')

    mail(52, 'seller-central-asin-merge-case', 'unrelated', 'en',
         ('Amazon Seller Support', 'seller-notification@amazon.com'), DAN,
         'RE:[CASE 5884881212] Request to merge duplicate detail pages', T('2025-04-22 18:03:51'),
         """Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed your request to merge the detail pages for ASIN B08XK2L9QF and ASIN B08XK4M1TR. The two pages have now been merged into B08XK2L9QF, and the offers from the duplicate page have been moved across. It can take up to 24 hours for the change to show on the website.

To view or respond to this case, go to Seller Central > Help > Case Log:
https://sellercentral.amazon.com/cu/case-dashboard/view-case?caseID=5884881212

Was this answer helpful? Rate it in the Case Log.

We appreciate your business.
Ahmed
Amazon Selling Partner Support
""", case_id='5884881212', src='ses2')

    C12_OPEN = T('2025-03-12 09:14:30')
    C12 = cid15(C12_OPEN, 233)
    mail(53, 'quota-increase-case-opened', 'unrelated', 'en', AWS_NOREPLY, KEVIN,
         'Amazon Web Services: You have opened a new Support case: %s' % C12, C12_OPEN + dt.timedelta(seconds=6),
         """Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: US East (Northern Virginia)
Primary Instance Type: All G instances
Limit name: Instance Limit
New limit value: 64
Use case description: Need more GPU capacity for model training.

We will respond to your case as soon as possible. You can view the status of your case in the AWS Support Center.

""" % (C12, C12) + CONSOLE_FOOTER.format(cid=C12), case_id=C12)

    C13_OPEN = T('2025-06-05 02:40:18')
    C13 = cid15(C13_OPEN, 571)
    mail(54, 'ja-billing-consolidation-case', 'unrelated', 'ja', AWS_NOREPLY, SUZUKI,
         'RE:[CASE %s] 請求に関するお問い合わせ' % C13, T('2025-06-05 08:11:02'),
         """鈴木 大輔 様

AWS 請求サポートの佐々木でございます。
お問い合わせいただき、ありがとうございます。

2 つの AWS アカウント（1234-5678-9012 と 2109-8765-4321）の請求を 1 つにまとめたいとのご要望について回答いたします。
AWS アカウント自体を統合することはできませんが、AWS Organizations の一括請求（コンソリデーティッドビリング）機能をご利用いただくことで、請求を管理アカウントに統合することが可能です。

手順の詳細は以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/consolidated-billing.html

ほかにご不明な点がございましたら、お気軽にお問い合わせください。

佐々木
Amazon Web Services

""" + CONSOLE_FOOTER_JA.format(cid=C13), case_id=C13, route='ocn', auth=OCN_AUTH, src='ses_tokyo',
         charset='iso-2022-jp', cte='7bit', subj_charset='iso-2022-jp', html_cte='base64')

    mail(55, 'certmetrics-wants-to-hear-from-you', 'unrelated', 'en',
         ('AWS Certification', 'do-not-reply@certmetrics.com'), DAN_W,
         'AWS Certification wants to hear from you', T('2025-06-10 15:30:00'),
         """Hello Daniel Hughes,

AWS Certification Account: AWS11820394

Thank you for being an AWS Certified professional. We are always looking for ways to improve the certification experience, and we would like to hear from you.

Please take our short survey about your most recent exam experience (about 5 minutes):
https://www.certmetrics.com/amazon/survey/default.aspx?sid=8c19e7a4d2f64b3e

This survey is about the exam itself, not about any support request you may have made.

Sincerely,
AWS Training and Certification

Please do not reply to this email. This mailbox is not monitored.
""", route='outlook', src='certmetrics',
         auth={'dkim': [('pass', 'certmetrics.com')], 'spf': ('pass', 'certmetrics.com'), 'dmarc': 'pass'},
         mailfrom='<do-not-reply@certmetrics.com>', ids_expect=['AWS11820394'])

    mail(56, 'ja-pearson-vue-appointment', 'unrelated', 'ja',
         ('Pearson VUE', 'pearsonvuecustomerservice@pearson.com'), SUZUKI,
         'Pearson VUE 試験予約確認 - AWS Certified Machine Learning Engineer - Associate', T('2025-05-20 11:02:45'),
         """鈴木 大輔 様

Pearson VUE をご利用いただき、ありがとうございます。
以下の内容で試験のご予約を承りました。

試験名：AWS Certified Machine Learning Engineer - Associate (MLA-C01)
受験者 ID：AWS07049913
受験日時：2025年6月14日(土) 10:00
受験方法：OnVUE オンライン監督試験
登録番号：524117803

予約の変更またはキャンセルは、試験開始の 24 時間前までに行ってください。

Pearson VUE
""", route='ocn', src='pearson',
         auth={'dkim': [('pass', 'pearson.com')], 'spf': ('pass', 'pearson.com'), 'dmarc': 'pass'},
         mailfrom='<pearsonvuecustomerservice@pearson.com>', charset='shift_jis', cte='base64', html_cte='base64',
         ids_expect=['AWS07049913'])

    mail(57, 'builder-id-verification-code', 'unrelated', 'en',
         ('AWS', 'no-reply@signin.aws'), MARCO,
         'Verify your AWS Builder ID email address', T('2024-02-07 09:15:33'),
         """Hello,

To finish creating your AWS Builder ID, enter the following verification code:

Verification code: 583201

This code expires 30 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210
""", route='corp', src='signin', auth=None, dkim=['signin.aws', 'amazonses.com'])

    mail(58, 'github-pr-merged', 'unrelated', 'en',
         ('Daniel Hughes', 'notifications@github.com'), DAN,
         'Re: [northwind-labs/cert-tracker] Merge duplicate certification records (PR #128)', T('2025-05-21 08:44:19'),
         """Merged #128 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/northwind-labs/cert-tracker/pull/128#event-17650021984
You are receiving this because you authored the thread.

Message ID: <northwind-labs/cert-tracker/pull/128/issue_event/17650021984@github.com>
""", route='gmail', src='github',
         auth={'dkim': [('pass', 'github.com')], 'spf': ('pass', 'github.com'), 'dmarc': 'pass', 'policy': 'REJECT'},
         mailfrom='<noreply@github.com>', msgid='<northwind-labs/cert-tracker/pull/128/issue_event/17650021984@github.com>',
         extra=[('List-ID', 'northwind-labs/cert-tracker <cert-tracker.northwind-labs.github.com>'),
                ('X-GitHub-Reason', 'author')])

    nl_html = """<html><body style="font-family:Arial,sans-serif;background:#fafafa">
<table width="640" align="center" style="background:#fff">
<tr><td style="background:#232f3e;padding:16px;color:#fff;font-size:20px">AWS Training and Certification</td></tr>
<tr><td style="padding:24px">
<h2>What's new this month</h2>
<p><b>New exam:</b> AWS Certified Machine Learning Engineer &ndash; Associate is now generally available.</p>
<p><b>Free digital courses:</b> More than 600 free courses on AWS Skill Builder.</p>
<p><b>Tip:</b> Have more than one Certification account? Keep your achievements in one place. Contact us through the Training and Certification contact form and choose "Account Merge".</p>
<p><a href="https://aws.amazon.com/training/">Explore training</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:16px">You are receiving this because you subscribed to AWS Training and Certification updates. <a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a><br>Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109-5210</td></tr>
</table></body></html>
"""
    mail(59, 'training-newsletter-merge-tip', 'unrelated', 'en',
         ('AWS Training and Certification', 'aws-training-certification@amazon.com'), KEVIN,
         "What's new: ML Engineer exam, free courses, and a tip for multiple accounts", T('2025-02-26 17:00:00'),
         """What's new this month

New exam: AWS Certified Machine Learning Engineer - Associate is now generally available.
Free digital courses: More than 600 free courses on AWS Skill Builder.
Tip: Have more than one Certification account? Keep your achievements in one place. Contact us through the Training and Certification contact form and choose "Account Merge".

Explore training: https://aws.amazon.com/training/
""", html=nl_html, src='ses2', extra=[('List-Unsubscribe', '<https://pages.awscloud.com/unsubscribe.html>')])

    q60 = """2025年2月21日(金) 11:00 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:

""" + quote(M024)
    mail(60, 'ja-own-reply-bcc-copy', 'unrelated', 'ja', TANAKA, AWS_FORM,
         'RE:RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance' % C5,
         T('2025-02-24 08:04:51', JST),
         """内容に間違いありません。統合をお願いいたします。
ご連絡が遅くなり申し訳ありません。

田中
""", q60, case_id=C5, route='biglobe', src='biglobe_user',
         auth={'dkim': [('pass', 'biglobe.ne.jp')], 'spf': ('pass', 'biglobe.ne.jp'), 'dmarc': 'pass'},
         mailfrom='<misaki.tanaka@biglobe.ne.jp>', layout='plain', charset='iso-2022-jp', cte='7bit',
         msgid='<20250224080451.9C2E.MISAKI@biglobe.ne.jp>', subj_charset='iso-2022-jp', name_charset='iso-2022-jp',
         rcpt='misaki.tanaka@biglobe.ne.jp', in_reply_to=None,
         extra=[('X-Mailer', 'Becky! ver. 2.81.04 [ja]')])

# @@PARTS@@


def main():
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    for fn in PARTS:
        fn()
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False, sort_keys=True)
    print('wrote', len(LABELS), 'mails')


if __name__ == '__main__':
    main()
