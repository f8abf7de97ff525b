#!/usr/bin/env python3
"""Generator for blind set 275: AWS Certification account-merge mailbox.

Emphasis: hard boundaries (done / planned / conditional / asked / denied),
answers without questions, look-ahead warnings, EN + JA, look-alikes.
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
from email import encoders
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
import io

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(275)
LABELS = {}
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
EDT = dt.timezone(dt.timedelta(hours=-4))
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
CET = dt.timezone(dt.timedelta(hours=2))
GMT1 = dt.timezone(dt.timedelta(hours=1))

ID_RE = re.compile(r'(?<![A-Za-z0-9])aws[ \-]?(\d{8})(?!\d)', re.I)


# ----------------------------------------------------------------- helpers
def hx(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def b64r(n):
    s = base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()
    return s


def fold_b64(s, first=60, width=70, indent='\t '):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(indent + s[:width])
        s = s[width:]
    return '\n'.join(out)


def when(y, mo, d, h, mi, s=0, tz=UTC):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def cid15(t, tail=None):
    """15-digit case id: Unix time of opening + 5 digits."""
    if tail is None:
        tail = '00' + str(R.randint(100, 999))
    return '%d%s' % (int(t.timestamp()), tail)


def ses_id(t, region='0100'):
    ms = int(t.timestamp() * 1000)
    return '<%s%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
        region, ms, hx(8), hx(4), hx(4), hx(4), hx(12))


def rfcdate(t):
    return format_datetime(t)


def enc_words(s, charset='utf-8', mode='B', maxlen=75):
    """RFC 2047 encoded words, each <= maxlen, folded over lines."""
    words, cur = [], ''
    def ew(x):
        b = x.encode(charset)
        if mode == 'B':
            return '=?%s?B?%s?=' % (charset, base64.b64encode(b).decode())
        q = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else ('_' if c == 32 else '=%02X' % c) for c in b)
        return '=?%s?Q?%s?=' % (charset, q)
    for ch in s:
        if cur and len(ew(cur + ch)) > maxlen:
            words.append(ew(cur))
            cur = ''
        cur += ch
    if cur:
        words.append(ew(cur))
    return '\n '.join(words)


def enc_subject(s, charset='utf-8', mode='B'):
    """Encoded-word subject if non-ASCII, folded over lines."""
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return enc_words(s, charset, mode)


def enc_name(name, addr, charset='utf-8'):
    try:
        name.encode('ascii')
        if any(c in name for c in ',.;:()'):
            return '"%s" <%s>' % (name, addr)
        return '%s <%s>' % (name, addr) if name else addr
    except UnicodeEncodeError:
        return '%s <%s>' % (Header(name, charset).encode(), addr)


def part(text, subtype='plain', charset='utf-8', cte='quoted-printable',
         label=None, codec=None):
    """A leaf text part with exact control of charset label and encoding."""
    codec = codec or charset
    raw = text.replace('\r\n', '\n').encode(codec)
    p = MIMENonMultipart('text', subtype)
    del p['MIME-Version']
    p.set_param('charset', label or charset)
    if cte == 'base64':
        body = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw).decode('ascii')
    elif cte in ('7bit', '8bit'):
        body = raw.decode('latin-1') if cte == '8bit' else raw.decode('ascii')
    else:
        raise ValueError(cte)
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(body)
    return p


def to_html(new, sig='', quoted='', style='gmail'):
    def paras(t):
        blocks = [b for b in t.strip('\n').split('\n\n')]
        return ''.join('<p>%s</p>\n' % htmlmod.escape(b).replace('\n', '<br>\n')
                       for b in blocks)
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
         '<div dir="ltr">', paras(new)]
    if sig:
        h.append('<div class="signature">%s</div>' % paras(sig))
    h.append('</div>')
    if quoted:
        q = quoted
        # strip leading '> ' for html rendering
        lines = q.split('\n')
        head = []
        while lines and not lines[0].startswith('>'):
            head.append(lines.pop(0))
            if len(head) > 8:
                break
        body = '\n'.join(l[2:] if l.startswith('> ') else l.lstrip('>') for l in lines)
        h.append('<br><div class="%s_quote">%s<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div>'
                 % (style, paras('\n'.join(head)), paras(body)))
    h.append('</body></html>')
    return '\n'.join(h)


def quote_lines(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))


def gmail_q(t, name, addr, text):
    s = t.strftime('%a, %b %-d, %Y at %-I:%M %p')
    return 'On %s %s <%s> wrote:\n%s' % (s, name, addr, quote_lines(text))


def outlook_q(frm, t, to, subj, text, cc=None):
    s = t.strftime('%A, %B %-d, %Y %-I:%M %p')
    h = '________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, s, to)
    if cc:
        h += 'Cc: %s\n' % cc
    return h + 'Subject: %s\n\n%s' % (subj, text)


def orig_q(frm, t, to, subj, text):
    s = t.strftime('%A, %B %-d, %Y %-I:%M %p')
    return ('-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (frm, s, to, subj, text))


WD_JA = '月火水木金土日'


def ja_q(t, name, addr, text):
    s = '%d年%d月%d日(%s) %d:%02d' % (t.year, t.month, t.day, WD_JA[t.weekday()], t.hour, t.minute)
    return '%s %s <%s>:\n%s' % (s, name, addr, quote_lines(text))


def ja_q2(t, name, addr, text):
    # Thunderbird/Becky style Japanese attribution
    s = '%d/%02d/%02d %d:%02d' % (t.year, t.month, t.day, t.hour, t.minute)
    return '%s に %s さんは書きました:\n%s' % (s, name, quote_lines(text))


# ----------------------------------------------------------- transport
def ar_text(host, dkim=None, spf=None, dmarc=None, style='gmail', from_dom='amazon.com',
            mailfrom='amazonses.com', ip='54.240.8.33', dkim_d=None):
    """Authentication-Results header value."""
    dkim_d = dkim_d or from_dom
    if style == 'gmail':
        parts = [host]
        if dkim and dkim != 'none':
            parts.append('dkim=%s header.i=@%s header.s=%s header.b=%s' % (dkim, dkim_d, sel_for(dkim_d), b64r(6)[:8]))
        if spf:
            parts.append('spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s'
                         % (spf, mailfrom, ip, mailfrom) if spf == 'pass' else
                         'spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s'
                         % (spf, mailfrom, ip, mailfrom))
        if dmarc:
            pol = 'p=QUARANTINE sp=QUARANTINE dis=NONE' if dmarc == 'pass' else 'p=QUARANTINE sp=QUARANTINE dis=QUARANTINE'
            parts.append('dmarc=%s (%s) header.from=%s' % (dmarc, pol, from_dom))
        return ';\n       '.join(parts)
    if style == 'outlook':
        bits = []
        if spf:
            bits.append('spf=%s (sender IP is %s) smtp.mailfrom=%s' % (spf, ip, mailfrom))
        if dkim:
            bits.append('dkim=%s (signature was verified) header.d=%s' % (dkim, dkim_d) if dkim == 'pass'
                        else 'dkim=none (message not signed) header.d=none' if dkim == 'none'
                        else 'dkim=%s (signature did not verify) header.d=%s' % (dkim, dkim_d))
        if dmarc:
            bits.append('dmarc=%s action=%s header.from=%s' % (dmarc, 'none' if dmarc == 'pass' else 'quarantine', from_dom))
        bits.append('compauth=%s reason=%s' % ('pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000'))
        return '; '.join(bits[:1]) + (';\n ' + ';'.join(bits[1:]) if len(bits) > 1 else '')
    # plain RFC 8601 (Japanese providers, corporate gateways)
    parts = [host]
    if spf:
        parts.append('spf=%s smtp.mailfrom=%s' % (spf, mailfrom))
    if dkim:
        parts.append('dkim=%s header.d=%s' % (dkim, dkim_d) if dkim != 'none' else 'dkim=none')
    if dmarc:
        parts.append('dmarc=%s header.from=%s' % (dmarc, from_dom))
    return '; '.join(parts[:2]) + (';\n\t' + ';\n\t'.join(parts[2:]) if len(parts) > 2 else '')


def sel_for(d):
    if d in ('amazon.com', 'amazon.co.jp', 'aws.amazon.com'):
        return 'pcikgrhrmdafp2ps6jbxcfpgshwzkikb' if d == 'amazon.com' else 'ug7nbtf4gccmlpwj322ax3p6ow6yfsug'
    if d.endswith('amazonses.com'):
        return 'shh3fegwg5fppqsuzphvschd53n6ihuv'
    return {'credly.com': 's1', 'sendgrid.info': 'smtpapi', 'github.com': 'pf2023', 'gmail.com': '20230601',
            'outlook.com': 'selector1', 'certmetrics.com': 'k1', 'pearson.com': 'selector2'}.get(d, 'default')


def dkim_sig(d, s, t, hdrs='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    return fold_b64(('v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=' % (
        s, d, int(t.timestamp()), hdrs, b64r(32))) + b64r(192), first=10 ** 6)


SES_IPS = ['54.240.8.33', '54.240.11.91', '54.240.27.14', '54.240.48.102', '23.251.226.7', '54.240.9.41']


def transport(route, to, t, from_dom='amazon.com', mailfrom=None, ip=None,
              auth=('pass', 'pass', 'pass'), dkim_doms=None, sender_host=None,
              forged_ar=None, no_ar=False, extra_top=None):
    """Return a list of (name, value) trace headers, top first."""
    ip = ip or R.choice(SES_IPS)
    mailfrom = mailfrom or ('%s%012x-%s@email.amazonses.com' % ('0100', int(t.timestamp() * 1000), hx(8)))
    mf_dom = mailfrom.split('@')[1]
    sender_host = sender_host or 'a%s.smtp-out.amazonses.com' % ip.split('.', 2)[2].replace('.', '-')
    dkim, spf, dmarc = auth
    arr = t + dt.timedelta(seconds=R.randint(1, 9))
    H = []
    if extra_top:
        H.extend(extra_top)
    if route == 'gmail':
        H.append(('Delivered-To', to))
        H.append(('Received', 'by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\n        %s'
                  % (hx(4), hx(3), hx(3), hx(4), hx(4) + 'csp' + hx(6), rfcdate(arr.astimezone(PDT)) + ' (PDT)')))
        H.append(('X-Google-Smtp-Source', 'AGHT+IF' + b64r(60)[:84]))
        H.append(('X-Received', 'by 2002:a05:6214:%s:b0:6f5:%s:%s with SMTP id %s.%d.%d;\n        %s'
                  % (hx(4), hx(3), hx(4), hx(12), R.randint(1, 9), int(arr.timestamp()), rfcdate(arr.astimezone(PDT)) + ' (PDT)')))
        if not no_ar:
            H.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s'
                      % (int(arr.timestamp()), b64r(60))))
            H.append(('ARC-Authentication-Results', 'i=1; ' + ar_text('mx.google.com', dkim, spf, dmarc, 'gmail', from_dom, mailfrom, ip, (dkim_doms or [from_dom])[0])))
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.%d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s'
                  % (sender_host, sender_host, ip, hx(12), R.randint(1, 9), int(arr.timestamp()), to, rfcdate(arr.astimezone(PDT)) + ' (PDT)')))
        if spf:
            H.append(('Received-SPF', '%s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;'
                      % (spf, mailfrom, 'designates' if spf == 'pass' else 'does not designate', ip, ip)))
        if not no_ar:
            H.append(('Authentication-Results', ar_text('mx.google.com', dkim, spf, dmarc, 'gmail', from_dom, mailfrom, ip, (dkim_doms or [from_dom])[0])))
    elif route == 'outlook':
        H.append(('Received', 'from DM6PR05MB%d.namprd05.prod.outlook.com (2603:10b6:5:%s::%s) by\n SA1PR05MB%d.namprd05.prod.outlook.com with HTTPS; %s'
                  % (R.randint(1000, 9999), hx(3), hx(2), R.randint(1000, 9999), rfcdate(arr))))
        H.append(('Received', 'from BN9PR03CA%04d.namprd03.prod.outlook.com (2603:10b6:408:%s::%s)\n by DM6PR05MB%d.namprd05.prod.outlook.com (2603:10b6:5:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
                  % (R.randint(0, 9999), hx(3), hx(2), R.randint(1000, 9999), hx(3), hx(2), R.randint(8000, 8900), R.randint(10, 40), rfcdate(arr))))
        if not no_ar:
            H.append(('Authentication-Results', ar_text(None, dkim, spf, dmarc, 'outlook', from_dom, mf_dom, ip, (dkim_doms or [from_dom])[0])))
        if spf:
            H.append(('Received-SPF', '%s (protection.outlook.com: domain of %s %s %s as permitted sender) receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C'
                      % ('Pass' if spf == 'pass' else spf.capitalize(), mf_dom, 'designates' if spf == 'pass' else 'does not designate', ip, ip, sender_host)))
        H.append(('Received', 'from %s (%s) by\n BN1PEPF0000%04d.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s'
                  % (sender_host, ip, R.randint(1000, 9999), R.randint(2, 250), R.randint(8000, 8900), R.randint(10, 40), rfcdate(arr))))
        H.append(('X-MS-Exchange-Organization-ExpirationStartTime', arr.strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % R.randint(0, 9999)))
        H.append(('X-MS-Exchange-Organization-Network-Message-Id', '%s-%s-%s-%s-%s' % (hx(8), hx(4), hx(4), hx(4), hx(12))))
        if not no_ar:
            H.append(('X-MS-Exchange-Organization-SCL', '1' if dmarc == 'pass' else '5'))
    elif route in ('nifty', 'biglobe', 'ocn', 'sonet', 'iij'):
        host = {'nifty': 'mx.nifty.com', 'biglobe': 'mta-snd.biglobe.ne.jp', 'ocn': 'mf-smf-ucb%03d.ocn.ad.jp' % R.randint(10, 60),
                'sonet': 'mx.so-net.ne.jp', 'iij': 'mbox.iij4u.or.jp'}[route]
        H.append(('Return-Path', '<%s>' % mailfrom))
        H.append(('Delivered-To', to))
        H.append(('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id 4b%s\n\tfor <%s>; %s'
                  % (sender_host, sender_host, ip, host, hx(9).upper(), to, rfcdate(arr.astimezone(JST)))))
        if not no_ar:
            H.append(('Authentication-Results', ar_text(host, dkim, spf, dmarc, 'plain', from_dom, mf_dom, ip, (dkim_doms or [from_dom])[0])))
        if spf:
            H.append(('Received-SPF', '%s (%s: domain of %s designates %s as permitted sender)' % (spf, host, mf_dom, ip)))
    elif route == 'corp':
        # corporate relay that strips auth results
        H.append(('Received', 'from mailgw01.corp.example-holdings.co.jp (mailgw01 [10.20.1.11])\n\tby mbx02.corp.example-holdings.co.jp (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                  % (hx(10).upper(), to, rfcdate(arr.astimezone(JST)))))
        H.append(('Received', 'from %s (%s [%s])\n\tby mailgw01.corp.example-holdings.co.jp with ESMTP; %s'
                  % (sender_host, sender_host, ip, rfcdate(arr.astimezone(JST)))))
        H.append(('X-Virus-Scanned', 'amavisd-new at example-holdings.co.jp'))
    else:
        raise ValueError(route)
    if forged_ar:
        # sender-inserted headers below the trusted one
        H.append(('Authentication-Results', forged_ar))
    for d in (dkim_doms if dkim_doms is not None else [from_dom, 'amazonses.com']):
        H.append(('DKIM-Signature', dkim_sig(d, sel_for(d), t)))
    return H


def build(fname, *, kind, case_id, lang, sv, ids, new, frm, to, subj, t,
          msgid=None, sig='', quoted='', html='alt', charset='utf-8', cte='quoted-printable',
          html_body=None, html_charset=None, html_cte=None, label=None, codec=None,
          subj_charset=None, route='gmail', auth=('pass', 'pass', 'pass'), from_dom=None,
          mailfrom=None, dkim_doms=None, sender_host=None, forged_ar=None, no_ar=False,
          extra=(), ip=None, reply_to=None, subj_mode='B', cc=None, qstyle='gmail', trace=None, new_for_ids=None):
    """Build one .eml and register its label."""
    fdom = from_dom or frm.rsplit('@', 1)[1].rstrip('>')
    text = new.strip('\n') + '\n'
    if sig:
        text += '\n' + sig.strip('\n') + '\n'
    if quoted:
        text += '\n' + quoted.strip('\n') + '\n'
    if html == 'only':
        root = part(html_body, 'html', html_charset or charset, html_cte or cte, label, codec)
    elif html == 'none':
        root = part(text, 'plain', charset, cte, label, codec)
    else:
        root = MIMEMultipart('alternative', boundary='----=_Part_%d_%d.%d' % (R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 8, 10 ** 9), int(t.timestamp() * 1000)))
        root.attach(part(text, 'plain', charset, cte, label, codec))
        hb = html_body or to_html(new, sig, quoted, qstyle)
        root.attach(part(hb, 'html', html_charset or charset, html_cte or cte, None if html_charset else label, codec if not html_charset else None))
    mime_hdrs = [(k, v) for k, v in root.items()]
    for k in list(root.keys()):
        del root[k]
    hdrs = trace if trace is not None else transport(route, re.sub(r'.*<|>.*', '', to), t, from_dom=fdom, mailfrom=mailfrom, ip=ip,
                                                     auth=auth, dkim_doms=dkim_doms, sender_host=sender_host,
                                                     forged_ar=forged_ar, no_ar=no_ar)
    for k, v in hdrs:
        root[k] = v
    root['From'] = frm
    if reply_to:
        root['Reply-To'] = reply_to
    root['To'] = to
    if cc:
        root['Cc'] = cc
    root['Subject'] = enc_subject(subj, subj_charset or ('utf-8' if lang == 'en' else (charset if charset in ('iso-2022-jp', 'shift_jis') else 'utf-8')), subj_mode)
    root['Date'] = rfcdate(t)
    root['Message-ID'] = msgid or ses_id(t)
    for k, v in extra:
        root[k] = v
    root['MIME-Version'] = '1.0'
    for k, v in mime_hdrs:
        if k != 'MIME-Version':
            root[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(root, linesep='\r\n')
    with open(os.path.join(OUT, fname), 'wb') as f:
        f.write(buf.getvalue())
    # label
    idsrc = new_for_ids if new_for_ids is not None else (new + '\n' + (sig or '') + ('\n' + html_body if html == 'only' and html_body else ''))
    found = sorted({'AWS' + m for m in ID_RE.findall(idsrc)})
    want = sorted({'AWS' + re.sub(r'\D', '', i)[-8:] for i in ids})
    assert found == want, (fname, found, want)
    LABELS[fname] = {'kind': kind, 'case_id': case_id, 'account_ids': want,
                     'sender_verified': sv, 'language': lang}


# ------------------------------------------------------------ constants
FORM = '"Amazon Web Services" <aws-cs-trainingcertification-form@amazon.com>'
CONSOLE = '"Amazon Web Services" <no-reply-aws@amazon.com>'
CREDLY = '"Amazon Web Services Training and Certification via Credly" <admin@credly.com>'
FORM_SUBJ = '[AWS Training and Certification Form Submission] - account-assistance'

CONSOLE_FOOTER = """We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Best regards,
Amazon Web Services

To see all of your active cases, visit the Support Center: https://console.aws.amazon.com/support/home#/

This email address is not monitored. Please do not reply to this message."""

CONSOLE_FOOTER_JA = """このメッセージはお客様の AWS アカウントに関連付けられたメールアドレス宛に送信されています。このアドレスは送信専用のため、ご返信いただくことはできません。

ケースへの回答は AWS サポートセンターから行ってください:
https://console.aws.amazon.com/support/home#/

アマゾン ウェブ サービス"""

FORM_FOOTER = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""


# ================================================================ MAILS


# ---------------------------------------------------------------- batch 1
# Scenario A: Priya Raman, form desk, Gmail, 2025
PRIYA = 'Priya Raman <priya.raman.dev@gmail.com>'
PRIYA_A = 'priya.raman.dev@gmail.com'
tA = when(2025, 5, 27, 23, 2, 11)
CA = cid15(tA, '00417')
SA = 'RE:[CASE %s] %s' % (CA, FORM_SUBJ)
PRIYA_DESC = ("I have two certification accounts, one under my old employer email (p.raman@northwind-analytics.com). "
              "Please merge them into my personal one so I only have one transcript.")

build('001-form-ack-received-priya.eml', kind='case_created', case_id=CA, lang='en', sv=True,
      ids=['AWS04417823', 'AWS10952266'],
      frm=FORM, to=PRIYA, t=tA + dt.timedelta(seconds=24),
      subj='Thank you for contacting AWS Training and Certification [CASE %s]' % CA,
      new="""Hello Priya,

Thank you for contacting AWS Training and Certification. This message confirms that we have received your request and created case %s.

Summary of your submission
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS04417823
Other candidate ID(s): aws10952266
Description: %s

A member of our team will review your request and respond, in most cases within 24 hours. If we need more information, we will reply to this email.

To avoid delays, please do not submit another form for the same request. If you need to add details, reply to this email and keep the case number in the subject line.

Please note that no change will be made to your accounts until you have received a separate email from us describing the change.""" % (CA, PRIYA_DESC),
      sig="Regards,\nAWS Training and Certification Customer Support\n\n" + FORM_FOOTER,
      html='alt', cte='quoted-printable')

t2 = when(2025, 5, 28, 16, 40, 3)
build('002-agent-asks-which-to-keep-priya.eml', kind='support_reply', case_id=CA, lang='en', sv=True,
      ids=['AWS04417823', 'AWS10952266'],
      frm=FORM, to=PRIYA, t=t2, subj=SA,
      new="""Hi Priya,

Thank you for reaching out to AWS Training and Certification, my name is Jonah and I will be assisting you with this case.

I'd be glad to help you bring your certification history together under one profile. Before I can submit anything to our back-end team I need a couple of details from you:

1. The e-mail address you use to sign in to each account (AWS 04417823 and AWS 10952266).
2. Which of the two accounts you would like to keep. The other one will be closed once the process is done, so please pick the one whose e-mail you will keep access to.

As soon as I have this, I'll prepare the request and write back to you with a summary.""",
      sig="""Best regards,

Jonah M.
AWS Training and Certification Customer Support
Amazon Web Services""",
      quoted="""---------- Original message ----------
Inquiry type: Certification
Detail: Account Merge
AWS candidate ID: AWS04417823
Description: %s""" % PRIYA_DESC,
      html='alt', cte='quoted-printable')

tP1 = when(2025, 5, 28, 19, 12, 40)
PRIYA_R1 = """Hi Jonah,

Thanks! The old one, AWS04417823, uses p.raman@northwind-analytics.com (I no longer work there). The new one, AWS10952266, uses priya.raman.dev@gmail.com. Please keep AWS10952266.

Priya"""
t3 = when(2025, 5, 29, 14, 5, 51)
build('003-agent-asks-confirm-direction-priya.eml', kind='merge_confirmation_requested', case_id=CA, lang='en', sv=True,
      ids=['AWS04417823', 'AWS10952266'],
      frm=FORM, to=PRIYA, t=t3, subj=SA,
      new="""Hi Priya,

Thank you for the details. I have located both profiles, and this is what will happen:

  Account that will be merged and then closed: AWS04417823 (p.raman@northwind-analytics.com)
  Account that will remain active:             AWS10952266 (priya.raman.dev@gmail.com)

All certifications, exam history and benefits currently on AWS04417823 will be moved to AWS10952266. Please be aware that this cannot be reversed: once the two profiles are combined we are not able to separate them again.

If everything above is correct, please reply to this email with your confirmation and I will submit the merge right away. If anything is wrong, just let me know what should change.""",
      sig="""Best regards,

Jonah M.
AWS Training and Certification Customer Support
Amazon Web Services""",
      quoted=gmail_q(tP1.astimezone(PDT), 'Priya Raman', PRIYA_A, PRIYA_R1),
      html='alt', cte='quoted-printable')

tP2 = when(2025, 5, 29, 15, 30, 2)
PRIYA_R2 = "The details are correct. Please proceed with the merge.\n\nThanks,\nPriya"
t4 = when(2025, 5, 29, 21, 47, 19)
build('004-agent-thanks-will-proceed-priya.eml', kind='support_reply', case_id=CA, lang='en', sv=True,
      ids=['AWS10952266'],
      frm=FORM, to=PRIYA, t=t4, subj=SA,
      new="""Hi Priya,

Thank you for confirming. I have now passed the request to our certification operations team.

Once the merge is complete you will receive a confirmation email from me, and all of your certifications will be listed under AWS10952266. This normally takes two to three business days. There is nothing else you need to do in the meantime.""",
      sig="""Best regards,

Jonah M.
AWS Training and Certification Customer Support
Amazon Web Services""",
      quoted=gmail_q(tP2.astimezone(PDT), 'Priya Raman', PRIYA_A,
                     PRIYA_R2 + '\n\n' + 'On Thu, May 29, 2025 at 7:05 AM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:\n' +
                     quote_lines("""Hi Priya,

Thank you for the details. I have located both profiles, and this is what will happen:

  Account that will be merged and then closed: AWS04417823
  Account that will remain active:             AWS10952266

If everything above is correct, please reply to this email with your confirmation and I will submit the merge right away.""")),
      html='alt', cte='quoted-printable')

t5 = when(2025, 5, 31, 9, 12, 33)
build('005-merge-done-priya.eml', kind='merge_completed', case_id=CA, lang='en', sv=True,
      ids=['AWS04417823', 'AWS10952266'],
      frm=FORM, to=PRIYA, t=t5, subj=SA,
      new="""Hi Priya,

Good news: the merge of your two certification accounts has been completed by our operations team.

AWS10952266 (priya.raman.dev@gmail.com) is now your only active account and holds all of your certifications and exam history. AWS-04417823 has been deactivated and can no longer be used to sign in.

Please sign in at https://www.aws.training/Certification and check that everything is listed as expected, including your 50% exam voucher. Credly badges are re-issued to the e-mail address of the surviving account, which can take up to 48 hours.

I will now set this case to resolved. If something looks wrong, reply to this email within the next 7 days and the case will reopen automatically.""",
      sig="""Best regards,

Jonah M.
AWS Training and Certification Customer Support
Amazon Web Services""",
      html='alt', cte='base64')

t6 = when(2025, 5, 31, 9, 14, 2)
SURVEY_HTML_A = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Your case has been resolved</title></head>
<body style="margin:0;padding:0;background:#f2f3f3;font-family:Amazon Ember,Arial,sans-serif;">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#232f3e;padding:16px 24px;"><img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" alt="AWS" width="60"></td></tr>
<tr><td style="padding:24px;color:#16191f;font-size:14px;line-height:20px;">
<p>Hello Priya,</p>
<p>Case <strong>%s</strong> has been marked as resolved by our Training and Certification support team.</p>
<p><strong>Was your issue resolved?</strong></p>
<p><a href="https://survey.aws-training.com/s/ts?c=%s&amp;a=yes" style="background:#ec7211;color:#fff;padding:8px 24px;text-decoration:none;border-radius:2px;">YES</a>
&nbsp;&nbsp;<a href="https://survey.aws-training.com/s/ts?c=%s&amp;a=no" style="background:#545b64;color:#fff;padding:8px 24px;text-decoration:none;border-radius:2px;">NO</a></p>
<p>Your answer takes one click and helps us improve. You may also rate Jonah's handling of your case on a scale of 1 to 5 on the next page.</p>
<p>If you need more help with this request, reply to the last email you received from our team within 7 days.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</td></tr>
<tr><td style="padding:16px 24px;color:#687078;font-size:11px;">%s</td></tr>
</table></td></tr></table></body></html>""" % (CA, CA, CA, FORM_FOOTER)
build('006-resolved-was-your-issue-resolved-priya.eml', kind='survey', case_id=CA, lang='en', sv=True,
      ids=[], frm='"AWS Training and Certification" <aws-cs-trainingcertification-form@amazon.com>', to=PRIYA, t=t6,
      subj='Your case %s has been resolved - tell us how we did' % CA,
      new='', html='only', html_body=SURVEY_HTML_A, cte='quoted-printable')

t7 = when(2025, 6, 1, 3, 20, 45)
CREDLY_HTML_A = """<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:32px">
<img src="https://images.credly.com/size/110x110/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" alt="badge" width="110">
<h2 style="color:#1c1c1c">Priya, Amazon Web Services Training and Certification has issued you a badge</h2>
<p>AWS Certified Solutions Architect &ndash; Associate</p>
<p>This badge was previously held on another Credly account. Following a change to your AWS Certification profile, it has now been issued to <b>priya.raman.dev@gmail.com</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/6b1f0d2e-93a4-4c1e-b7d2-55e1c0a9f3b8?utm_source=badge_issued" style="background:#0a66c2;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="color:#666;font-size:12px">Once accepted, you can share your badge on LinkedIn, add it to your email signature, or download a certificate.</p>
<hr><p style="color:#999;font-size:11px">Credly, Inc. &middot; 13 E 37th St, New York, NY 10016 &middot; <a href="https://www.credly.com/notification_settings">Notification settings</a></p>
</div></body></html>"""
CREDLY_TXT_A = """Priya, Amazon Web Services Training and Certification has issued you a badge

AWS Certified Solutions Architect - Associate

This badge was previously held on another Credly account. Following a change to your AWS Certification profile, it has now been issued to priya.raman.dev@gmail.com.

Accept your badge:
https://www.credly.com/earner/earned/badge/6b1f0d2e-93a4-4c1e-b7d2-55e1c0a9f3b8?utm_source=badge_issued

Once accepted, you can share your badge on LinkedIn, add it to your email signature, or download a certificate.

Credly, Inc. - 13 E 37th St, New York, NY 10016
Notification settings: https://www.credly.com/notification_settings"""
build('007-credly-badge-reissued-priya.eml', kind='credly_badge_issued', case_id=None, lang='en', sv=True,
      ids=[], frm=CREDLY, to=PRIYA, t=t7,
      subj='Priya, you have been issued a badge by Amazon Web Services Training and Certification',
      new=CREDLY_TXT_A, html='alt', html_body=CREDLY_HTML_A, cte='quoted-printable',
      mailfrom='bounces+4417823-ab12-priya.raman.dev=gmail.com@em.credly.com', ip='149.72.154.33',
      sender_host='o3.ptr6621.credly.com', dkim_doms=['credly.com', 'sendgrid.info'],
      msgid='<%s@geopod-ismtpd-%d>' % (b64r(16).replace('/', 'x').replace('+', 'y').rstrip('='), R.randint(1, 40)))


# ---------------------------------------------------------------- batch 2
# Scenario B: 渡辺健二, console case in Japanese, nifty
KENJI = enc_name('渡辺 健二', 'kenji.watanabe@nifty.com', 'iso-2022-jp')
tB = when(2025, 6, 10, 1, 15, 40)
CB = cid15(tB, '00862')
SUBJ_B = '認定アカウントの統合について'
CONSOLE_JA = '"Amazon Web Services" <no-reply-aws@amazon.com>'

build('008-console-case-opened-ja-kenji.eml', kind='case_created', case_id=CB, lang='ja', sv=True,
      ids=['AWS20038815', 'AWS20571904'],
      frm=CONSOLE_JA, to=KENJI, t=tB + dt.timedelta(seconds=31),
      subj='Amazon Web Services: 新しいサポートケースがオープンされました: %s' % CB,
      new="""お客様

アマゾン ウェブ サービス（AWS）にお問い合わせいただき、ありがとうございます。お客様のお問い合わせに対応するため、ケース %s を作成いたしました。

ケース ID: %s
件名: %s
重大度: 一般的なガイダンス
お問い合わせ内容:
AWS認定のアカウントが2つ存在しています（AWS20038815 と AWS20571904）。前職のメールアドレスで作成した方を、現在のアカウントへまとめていただきたいです。

担当者からの回答が追加されると、メールでお知らせいたします。ケースの詳細は次のリンクからご確認いただけます。
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja""" % (CB, CB, SUBJ_B, CB),
      sig=CONSOLE_FOOTER_JA, html='alt', charset='iso-2022-jp', cte='7bit',
      html_charset='utf-8', html_cte='base64', route='nifty')

t9 = when(2025, 6, 11, 0, 48, 12)
build('009-console-new-correspondence-ja-kenji.eml', kind='support_reply', case_id=CB, lang='ja', sv=True,
      ids=[], frm=CONSOLE_JA, to=KENJI, t=t9,
      subj='[Case %s] 新しい回答が追加されました' % CB,
      new="""お客様

ケース %s「%s」に、AWS サポートから新しい回答が追加されました。

回答内容を確認し、必要に応じて返信するには、AWS サポートセンターにサインインしてください:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja

担当者からの質問にご回答いただくまで、お手続きは保留となる場合があります。""" % (CB, SUBJ_B, CB),
      sig=CONSOLE_FOOTER_JA, html='none', charset='iso-2022-jp', cte='7bit', route='nifty')

t10 = when(2025, 6, 12, 2, 3, 55)
build('010-agent-confirm-request-keigo-kenji.eml', kind='merge_confirmation_requested', case_id=CB, lang='ja', sv=True,
      ids=['AWS20038815', 'AWS20571904'],
      frm=CONSOLE_JA, to=KENJI, t=t10,
      subj='RE:[CASE %s] %s' % (CB, SUBJ_B),
      new="""渡辺 健二 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。
先日はメールアドレスのご提供をいただき、誠にありがとうございました。

ご依頼いただいております認定アカウントの統合につきまして、以下の内容で手続きを進めさせていただく予定でございます。

　統合元（統合後に無効となるアカウント）：AWS20038815（k.watanabe@tsubasa-sys.co.jp）
　統合先（引き続きご利用いただくアカウント）：AWS20571904（kenji.watanabe@nifty.com）

統合元アカウントの認定資格、受験履歴、特典（受験料の 50% 割引など）はすべて統合先へ移行されます。
なお、統合の処理後に元の状態へ戻すことはできませんので、あらかじめご了承くださいませ。

上記の内容にお間違いがなければ、お手数ではございますが、サポートセンターのケース画面より「上記の内容で統合を希望します」とご返信くださいますようお願い申し上げます。
ご返信を確認次第、手続きを開始いたします。""",
      sig="""何卒よろしくお願い申し上げます。

山本
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート

""" + CONSOLE_FOOTER_JA, html='alt', charset='iso-2022-jp', cte='7bit', html_charset='utf-8', html_cte='quoted-printable',
      route='nifty')

t11 = when(2025, 6, 12, 6, 41, 20)
build('011-agent-ack-will-start-ja-kenji.eml', kind='support_reply', case_id=CB, lang='ja', sv=True,
      ids=['AWS20571904'],
      frm=CONSOLE_JA, to=KENJI, t=t11,
      subj='RE:[CASE %s] %s' % (CB, SUBJ_B),
      new="""渡辺 健二 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。

統合内容についてご確認いただき、誠にありがとうございます。承知いたしました。
これより担当部署にて統合作業を開始いたします。

作業が完了いたしましたら、改めて本ケースにてご連絡いたします。完了までには通常 2～3 営業日ほどお時間を頂戴しております。
作業中も AWS20571904 へのサインインは引き続き可能ですが、認定資格の一覧が一時的に正しく表示されない場合がございます。

恐れ入りますが、今しばらくお待ちくださいますようお願い申し上げます。""",
      sig="""山本
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート

""" + CONSOLE_FOOTER_JA, html='alt', charset='utf-8', cte='base64', route='nifty')

t12 = when(2025, 6, 14, 1, 30, 8)
build('012-agent-merge-finished-ja-kenji.eml', kind='merge_completed', case_id=CB, lang='ja', sv=True,
      ids=['AWS20038815', 'AWS20571904'],
      frm=CONSOLE_JA, to=KENJI, t=t12,
      subj='RE:[CASE %s] %s' % (CB, SUBJ_B),
      new="""渡辺 健二 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの山本でございます。
大変お待たせいたしました。

AWS20038815 の認定資格および受験履歴を AWS20571904 へ移行する作業が、本日完了いたしました。
AWS20038815 は無効化されておりますので、今後は AWS20571904（kenji.watanabe@nifty.com）のみをご利用ください。

Credly のデジタルバッジにつきましては、統合先のメールアドレス宛に 48 時間以内に改めて発行されます。
バッジが届かない場合や、認定資格の表示に不足がございましたら、本ケースよりお知らせください。

本件はこれにて解決とさせていただき、ケースをクローズいたします。""",
      sig="""この度は AWS をご利用いただき、誠にありがとうございます。

山本
アマゾン ウェブ サービス
AWS トレーニングと認定 カスタマーサポート

""" + CONSOLE_FOOTER_JA, html='alt', charset='iso-2022-jp', cte='7bit', html_charset='utf-8', html_cte='base64',
      route='nifty')

t13 = when(2025, 6, 14, 1, 31, 40)
build('013-case-closed-rating-sjis-kenji.eml', kind='survey', case_id=CB, lang='ja', sv=True,
      ids=[], frm=CONSOLE_JA, to=KENJI, t=t13,
      subj='AWS サポート: ケース %s はクローズされました' % CB,
      new="""お客様

ケース %s「%s」は解決済みとしてクローズされました。

今回のサポートはいかがでしたか。以下のリンクから、担当者の対応について 5 段階でご評価ください（所要時間 1 分程度）。

　とても満足　https://console.aws.amazon.com/support/feedback?displayId=%s&rating=5
　満足　　　　https://console.aws.amazon.com/support/feedback?displayId=%s&rating=4
　ふつう　　　https://console.aws.amazon.com/support/feedback?displayId=%s&rating=3
　不満　　　　https://console.aws.amazon.com/support/feedback?displayId=%s&rating=2
　とても不満　https://console.aws.amazon.com/support/feedback?displayId=%s&rating=1

クローズ後 14 日以内であれば、サポートセンターからケースを再開できます。""" % ((CB, SUBJ_B) + (CB,) * 5),
      sig=CONSOLE_FOOTER_JA, html='none', charset='shift_jis', cte='base64', subj_charset='shift_jis', route='nifty')

# Scenario C: Daniel Okafor, form desk, Outlook.com, 2022, 11-digit case, non-native agent
DANIEL = 'Daniel Okafor <d.okafor@outlook.com>'
CC = '11049327715'
SC = 'RE:[CASE %s] %s' % (CC, FORM_SUBJ)
tC0 = when(2022, 9, 12, 8, 21, 0)
DANIEL_FORM = """Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS08812043
Description: I have 2 accounts, AWS09127730 was created by my company's training partner. I want all my certs in AWS08812043."""
RAMESH = """Thanks & Regards,
Ramesh K.
AWS Training & Certification Support
Amazon Web Services"""
tC1 = when(2022, 9, 13, 11, 2, 44)
C1_NEW = """Dear Daniel,

Greetings from AWS Training and Certification!

As per your request, we will be merging your below accounts:

Primary account (to be retained): AWS 08812043 - d.okafor@outlook.com
Secondary account (to be merged & deactivated): AWS 09127730 - daniel.okafor@brightpath-training.ng

Kindly note that post merge the secondary account cannot be restored and the login with its email will not work anymore.

Request you to kindly revert back on this email with your confirmation so that we can go ahead with the merge process."""
build('014-nonnative-agent-revert-confirmation-daniel.eml', kind='merge_confirmation_requested', case_id=CC, lang='en', sv=True,
      ids=['AWS08812043', 'AWS09127730'],
      frm=FORM, to=DANIEL, t=tC1, subj=SC, new=C1_NEW, sig=RAMESH,
      quoted=orig_q('d.okafor@outlook.com', tC0, 'aws-cs-trainingcertification-form@amazon.com',
                    FORM_SUBJ, DANIEL_FORM),
      html='alt', cte='quoted-printable', route='outlook', qstyle='outlook')

tC2 = when(2022, 9, 16, 10, 15, 9)
build('015-chaser-no-response-daniel.eml', kind='support_reply', case_id=CC, lang='en', sv=True,
      ids=[], frm=FORM, to=DANIEL, t=tC2, subj=SC,
      new="""Dear Daniel,

Hope you are doing well.

We have not received any response from your end on our previous email dated 13-Sep-2022. Request you to please reply to the same at the earliest so that we can take this forward.

Please note that if we do not hear back from you within 72 hours, this case will be auto-closed as per our process.""",
      sig=RAMESH,
      quoted=orig_q('Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', tC1, 'd.okafor@outlook.com', SC,
                    C1_NEW + '\n\n' + RAMESH),
      html='alt', cte='quoted-printable', route='outlook', qstyle='outlook')

tC3 = when(2022, 9, 20, 10, 30, 51)
CLOSE_TXT_C = """Dear Customer,

We haven't heard back from you, so we have closed case %s.

If you still need help with this request, please submit a new case through the AWS Training and Certification contact form and mention this case number.

How would you rate the support you received?
Very satisfied: https://pages.awscloud.com/TC-CSAT.html?case=%s&score=5
Satisfied: https://pages.awscloud.com/TC-CSAT.html?case=%s&score=4
Neutral: https://pages.awscloud.com/TC-CSAT.html?case=%s&score=3
Dissatisfied: https://pages.awscloud.com/TC-CSAT.html?case=%s&score=2
Very dissatisfied: https://pages.awscloud.com/TC-CSAT.html?case=%s&score=1

Thank you,
AWS Training and Certification""" % ((CC,) * 6)
build('016-auto-closed-no-reply-rating-daniel.eml', kind='survey', case_id=CC, lang='en', sv=True,
      ids=[], frm=FORM, to=DANIEL, t=tC3, subj='Case %s closed - AWS Training and Certification' % CC,
      new=CLOSE_TXT_C, sig=FORM_FOOTER, html='alt', cte='quoted-printable', route='outlook')

CC2 = '11112894320'
tC4 = when(2022, 10, 3, 7, 44, 26)
build('017-new-case-ack-echo-confirms-daniel.eml', kind='case_created', case_id=CC2, lang='en', sv=True,
      ids=['AWS08812043', 'AWS09127730'],
      frm=FORM, to=DANIEL, t=tC4, subj='[CASE %s] We have received your request' % CC2,
      new="""Hello,

We've received your request and opened case %s. Our team will get back to you as soon as possible, usually within one business day.

Your submission:
Inquiry type: AWS Training and Certification
Detail: Account Merge
AWS candidate ID: AWS08812043
Description: My earlier case %s was closed before I could answer. I confirm the merge of AWS09127730 into AWS08812043, please go ahead.

Please keep the case number in the subject line if you reply to this message.""" % (CC2, CC),
      sig="Thank you,\nAWS Training and Certification\n\n" + FORM_FOOTER,
      html='alt', cte='base64', route='outlook')

tC5 = when(2022, 10, 5, 13, 9, 2)
build('018-records-now-under-primary-no-word-merge-daniel.eml', kind='merge_completed', case_id=CC2, lang='en', sv=True,
      ids=['AWS08812043', 'AWS09127730'],
      frm=FORM, to=DANIEL, t=tC5, subj='RE:[CASE %s] We have received your request' % CC2,
      new="""Dear Daniel,

Thank you for your patience.

This is to inform you that all certification records from AWS09127730 are now available under AWS08812043, and the account AWS09127730 has been deactivated by our team. You can login with d.okafor@outlook.com and you will see all 3 certifications and the related exam history in one place.

Kindly let us know if any further assistance is required.""",
      sig=RAMESH, html='alt', cte='quoted-printable', route='outlook')


# ---------------------------------------------------------------- batch 3
# Scenario D: 2020, 10-digit case, corporate relay without Authentication-Results
MARIA = 'Maria Lopez <maria.lopez@example-holdings.co.jp>'
CD = '7124098135'
tD0 = when(2020, 2, 18, 6, 40, 11)
tD1 = when(2020, 2, 20, 17, 5, 33)
build('019-old-10digit-merged-corp-relay-maria.eml', kind='merge_completed', case_id=CD, lang='en', sv=None,
      ids=['AWS00731986'],
      frm='"Amazon Web Services" <aws-certification-support@amazon.com>', to=MARIA, t=tD1,
      subj='RE:[CASE %s] Certification account merge request' % CD,
      new="""Hello Maria,

I'm happy to let you know that your two certification accounts have been merged. Going forward, please use AWS00731986 to sign in to the AWS Certification Account; your Cloud Practitioner and SysOps Administrator certifications and all transcripts are now listed there.

Your badges on Acclaim will follow within a few days.""",
      sig="""Kind regards,
Sean
AWS Certification Support""",
      quoted=outlook_q('Maria Lopez <maria.lopez@example-holdings.co.jp>', tD0.astimezone(JST),
                       'aws-certification-support@amazon.com', 'RE:[CASE %s] Certification account merge request' % CD,
                       """Hi Sean,

Yes, that's right - please merge AWS00915542 into AWS00731986 and keep AWS00731986.

Best regards,
Maria Lopez
Cloud Infrastructure Team | Example Holdings Co., Ltd."""),
      html='alt', cte='quoted-printable', route='corp', no_ar=True, qstyle='outlook')

KEVIN = 'Kevin Liu <kevin.liu.cloud@gmail.com>'
tD2 = when(2020, 11, 4, 19, 12, 50)
ACCLAIM = '"Amazon Web Services Training and Certification via Acclaim" <admin@youracclaim.com>'
build('020-acclaim-2020-badge-issued-kevin.eml', kind='credly_badge_issued', case_id=None, lang='en', sv=True,
      ids=[], frm=ACCLAIM, to=KEVIN, t=tD2,
      subj='Kevin, you earned a badge from Amazon Web Services Training and Certification',
      new="""Congratulations, Kevin!

Amazon Web Services Training and Certification has issued you a new badge:

AWS Certified Developer - Associate

Accept your badge to start sharing it on social networks and in your email signature:
https://www.youracclaim.com/earner/earned/badge/2d94b0e7-1f8c-4a6e-9c33-08be5d1f7a42

Why accept? Accepting lets employers verify your achievement in real time.

Acclaim is the digital credential platform by Credly.
Manage email preferences: https://www.youracclaim.com/notification_settings""",
      html='alt', cte='quoted-printable',
      mailfrom='bounces+2119382-77aa-kevin.liu.cloud=gmail.com@em.youracclaim.com', ip='167.89.101.62',
      sender_host='o2.ptr3391.youracclaim.com', dkim_doms=['youracclaim.com', 'sendgrid.info'],
      msgid='<Hb7wq1lRTz2m3xN0Jr9p1A@ismtpd0007p1iad2.sendgrid.net>')

# Scenario E: 佐藤由美, form desk in Japanese, biglobe
YUMI = enc_name('佐藤 由美', 'yumi.sato@biglobe.ne.jp')
YUMI_A = 'yumi.sato@biglobe.ne.jp'
tE = when(2025, 7, 2, 4, 55, 13)
CE = cid15(tE, '00239')
SE = 'RE:[CASE %s] %s' % (CE, FORM_SUBJ)
YUMI_DESC = ('以前の会社で受験した際に作成したアカウント（AWS-27093318）があります。現在のアカウントへの統合は可能でしょうか。'
             'また、統合すると 50% 割引の特典は引き継がれますか。')
build('021-form-ack-ja-utf8-b64-yumi.eml', kind='case_created', case_id=CE, lang='ja', sv=True,
      ids=['AWS31840572', 'AWS27093318'],
      frm=FORM, to=YUMI, t=tE + dt.timedelta(seconds=19),
      subj='【受付完了】AWS トレーニングと認定へのお問い合わせ [CASE %s]' % CE,
      new="""佐藤 由美 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせの受付完了をお知らせする自動送信メールです。

ケース番号：%s
お問い合わせ種別：認定 ／ アカウントの統合
AWS 候補者 ID：AWS31840572
お問い合わせ内容：
%s

通常 24 時間以内に担当者よりご連絡いたします。
同じ内容で重複してお問い合わせいただきますと、回答が遅れる場合がございます。追加情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。""" % (CE, YUMI_DESC),
      sig="""AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社""",
      html='alt', charset='utf-8', cte='base64', route='biglobe')

tE1 = when(2025, 7, 3, 1, 22, 40)
E1_NEW = """佐藤 由美 様

お問い合わせいただきありがとうございます。AWS トレーニングと認定 カスタマーサポートの中村と申します。

アカウントの統合につきまして、お手続きの前に以下の 2 点をご教示いただけますでしょうか。

1. 各アカウントにサインインする際のメールアドレス
　（AWS31840572 と AWS27093318 のそれぞれ）
2. 統合後に残すアカウント（もう一方のアカウントは統合後にご利用いただけなくなります）

いただいた情報をもとに、統合内容をまとめたうえで改めてご連絡いたします。"""
NAKAMURA = """よろしくお願いいたします。

中村
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス"""
build('022-agent-asks-emails-and-keep-ja-yumi.eml', kind='support_reply', case_id=CE, lang='ja', sv=True,
      ids=['AWS31840572', 'AWS27093318'],
      frm=FORM, to=YUMI, t=tE1, subj=SE, new=E1_NEW, sig=NAKAMURA,
      quoted=orig_q('佐藤 由美 <yumi.sato@biglobe.ne.jp>', tE, 'aws-cs-trainingcertification-form@amazon.com', FORM_SUBJ,
                    'AWS 候補者 ID：AWS31840572\nお問い合わせ内容：' + YUMI_DESC),
      html='alt', charset='iso-2022-jp', cte='7bit', html_charset='utf-8', html_cte='quoted-printable', route='biglobe')

tE2 = when(2025, 7, 3, 3, 5, 17)
build('023-agent-answers-voucher-question-no-ask-ja-yumi.eml', kind='support_reply', case_id=CE, lang='ja', sv=True,
      ids=['AWS31840572'],
      frm=FORM, to=YUMI, t=tE2, subj=SE,
      new="""佐藤 由美 様

中村です。続けてのご連絡失礼いたします。
先の受付時にお寄せいただいたご質問について、回答が漏れておりましたのでお知らせいたします。

統合を行った場合、統合元アカウントでお持ちの未使用の特典（次回受験 50% 割引、模擬試験の無料受験など）は、有効期限を含めてそのまま統合先アカウントへ引き継がれます。
特典が失われることはございませんので、ご安心ください。

なお、統合のお手続きそのものにつきましては、先ほどのメールでお伺いした内容をもとに、別途ご案内いたします。
統合前でも、AWS31840572 で現在ご利用中の特典は通常どおりお使いいただけます。""",
      sig="""中村
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス""",
      html='alt', charset='utf-8', cte='quoted-printable', route='biglobe')

tEu = when(2025, 7, 3, 11, 48, 2)
YUMI_R = """中村様

ご連絡ありがとうございます。
1. AWS31840572：yumi.sato@biglobe.ne.jp
   AWS27093318：y-sato@kaede-soft.co.jp（退職済みのため受信できません）
2. AWS31840572 を残したいです。

よろしくお願いいたします。
佐藤"""
tE3 = when(2025, 7, 4, 0, 37, 9)
build('024-agent-confirm-request-nested-quote-ja-yumi.eml', kind='merge_confirmation_requested', case_id=CE, lang='ja', sv=True,
      ids=['AWS31840572', 'AWS27093318'],
      frm=FORM, to=YUMI, t=tE3, subj=SE,
      new="""佐藤 由美 様

ご回答いただき、ありがとうございます。中村です。
いただいた情報をもとに、以下のとおり統合を行う予定です。

■ 統合元（統合後に無効化）：AWS27093318（y-sato@kaede-soft.co.jp）
■ 統合先（今後ご利用いただくアカウント）：AWS31840572（yumi.sato@biglobe.ne.jp）

一度統合すると、アカウントを元の 2 つに分けることはできません。
お手数ですが、内容をご確認のうえ、問題がなければ「統合を進めてください」と本メールにご返信いただけますでしょうか。
ご返信をいただくまで、お手続きは行いませんのでご安心ください。""",
      sig=NAKAMURA,
      quoted=orig_q('佐藤 由美 <yumi.sato@biglobe.ne.jp>', tEu.astimezone(JST), 'aws-cs-trainingcertification-form@amazon.com', SE,
                    YUMI_R + '\n\n' + ja_q(tE1.astimezone(JST), 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', E1_NEW)),
      html='alt', charset='utf-8', cte='base64', route='biglobe')

tE4 = when(2025, 7, 7, 5, 14, 44)
build('025-agent-done-credly-later-ja-yumi.eml', kind='merge_completed', case_id=CE, lang='ja', sv=True,
      ids=['AWS31840572', 'AWS27093318'],
      frm=FORM, to=YUMI, t=tE4, subj=SE,
      new="""佐藤 由美 様

いつもお世話になっております。中村です。

お待たせいたしました。AWS27093318 から AWS31840572 へのアカウント統合の処理が完了しましたので、ご報告いたします。
AWS31840572 にサインインいただくと、両アカウントの認定資格と受験履歴がまとめて表示されます。

今後の流れとして、Credly のバッジは統合先のメールアドレス宛に順次発行されます。通常は数日以内ですが、最大で 2 週間ほどかかる場合がございます。発行されると Credly から「バッジを受け取る」ためのメールが届きます。

ほかにご不明な点がございましたら、お気軽にお知らせください。""",
      sig=NAKAMURA,
      html='alt', charset='iso-2022-jp', cte='7bit', html_charset='utf-8', html_cte='base64', route='biglobe')

tE5 = when(2025, 7, 9, 8, 2, 30)
CREDLY_JA_TXT = """佐藤 由美 さん

Amazon Web Services Training and Certification から新しいバッジが発行されました。

AWS Certified Cloud Practitioner

このバッジは、AWS 認定アカウントの変更に伴い、yumi.sato@biglobe.ne.jp 宛に発行されたものです。
以下のボタンからバッジを受け取り、LinkedIn などで共有しましょう。

バッジを受け取る:
https://www.credly.com/earner/earned/badge/91c2e7a0-4b3d-4f58-8e16-c7d0a2b95e13?locale=ja

Credly, Inc.
通知設定: https://www.credly.com/notification_settings"""
CREDLY_JA_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<div style="max-width:560px;margin:auto;padding:24px">
<p>佐藤 由美 さん</p>
<h2>Amazon Web Services Training and Certification から新しいバッジが発行されました</h2>
<p><b>AWS Certified Cloud Practitioner</b></p>
<p>このバッジは、AWS 認定アカウントの変更に伴い、yumi.sato@biglobe.ne.jp 宛に発行されたものです。</p>
<p><a href="https://www.credly.com/earner/earned/badge/91c2e7a0-4b3d-4f58-8e16-c7d0a2b95e13?locale=ja" style="background:#0a66c2;color:#fff;padding:10px 24px;text-decoration:none">バッジを受け取る</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. ・ <a href="https://www.credly.com/notification_settings">通知設定</a></p>
</div></body></html>"""
build('026-credly-badge-issued-ja-yumi.eml', kind='credly_badge_issued', case_id=None, lang='ja', sv=True,
      ids=[], frm=CREDLY, to=YUMI, t=tE5,
      subj='佐藤 由美 さん、Amazon Web Services Training and Certification からバッジが発行されました',
      new=CREDLY_JA_TXT, html='alt', html_body=CREDLY_JA_HTML, charset='utf-8', cte='base64',
      mailfrom='bounces+4417823-c9e0-yumi.sato=biglobe.ne.jp@em.credly.com', ip='149.72.154.40',
      sender_host='o3.ptr6621.credly.com', dkim_doms=['credly.com', 'sendgrid.info'], route='biglobe',
      msgid='<Qm8xT2lsZ3RvbmV4YW1w@geopod-ismtpd-21>')


# ---------------------------------------------------------------- batch 4
# Scenario F: Tom Becker, console case, Gmail
TOM = 'Tom Becker <tom.becker.ops@gmail.com>'
tF = when(2025, 8, 18, 13, 27, 5)
CF = cid15(tF, '00531')
SUBJ_F = 'Merge two AWS Certification accounts'
build('027-console-case-opened-tom.eml', kind='case_created', case_id=CF, lang='en', sv=True,
      ids=['AWS50219874', 'AWS48876120'],
      frm=CONSOLE, to=TOM, t=tF + dt.timedelta(seconds=12),
      subj='Amazon Web Services: You have opened a new Support case: %s' % CF,
      new="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: Hi, I have two certification accounts: AWS50219874 (current, tom.becker.ops@gmail.com) and aws 48876120 from my university days. I'd like everything on the first one. Thanks!

We will respond to you as soon as possible. You can view the status of your case and add correspondence here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en""" % (CF, CF, SUBJ_F, CF),
      sig=CONSOLE_FOOTER, html='alt', cte='quoted-printable')

tF1 = when(2025, 8, 19, 9, 3, 41)
build('028-console-new-correspondence-tom.eml', kind='support_reply', case_id=CF, lang='en', sv=True,
      ids=[], frm=CONSOLE, to=TOM, t=tF1,
      subj='[Case %s] New correspondence added' % CF,
      new="""Hello,

We've updated your support case %s: "%s".

To view the new correspondence and reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en""" % (CF, SUBJ_F, CF),
      sig=CONSOLE_FOOTER, html='alt', cte='7bit')

tF2 = when(2025, 8, 19, 9, 3, 38)
build('029-agent-cannot-yet-exam-scheduled-tom.eml', kind='support_reply', case_id=CF, lang='en', sv=True,
      ids=['AWS50219874', 'AWS48876120'],
      frm=CONSOLE, to=TOM, t=tF2,
      subj='RE:[CASE %s] %s' % (CF, SUBJ_F),
      new="""Hello Tom,

Thank you for contacting AWS Training and Certification support.

Before we go any further I need to let you know that AWS48876120 has an exam appointment booked for August 27. Profiles with a scheduled or in-progress exam can't be combined until the score report has been released, so at this point the merge has not been started and no change has been made to either account.

Once your result is posted to AWS48876120 (usually within five business days of the exam), I will send you a summary of the merge for review. You don't need to do anything in the meantime, and please keep this case open rather than creating a new one. Your appointment itself is not affected; you can sit the exam as planned and the result will be moved to AWS50219874 together with everything else.""",
      sig="""Best regards,

Alicia R.
Amazon Web Services

""" + CONSOLE_FOOTER, html='alt', cte='quoted-printable')

tF3 = when(2025, 9, 3, 15, 40, 12)
build('030-console-agent-confirm-via-support-center-tom.eml', kind='merge_confirmation_requested', case_id=CF, lang='en', sv=True,
      ids=['AWS50219874', 'AWS48876120'],
      frm=CONSOLE, to=TOM, t=tF3,
      subj='RE:[CASE %s] %s' % (CF, SUBJ_F),
      new="""Hello Tom,

Congratulations on passing the exam! The score report is now on AWS48876120, so we can move forward.

Here is the plan for your review:
- Source account (will be closed after the merge): AWS48876120
- Destination account (stays active): AWS50219874
- Everything on AWS48876120, including the new certification, will be moved to AWS50219874.

A merge is permanent and cannot be undone afterwards. Could you please confirm in the Support Center that this is what you want? Since this email address does not accept replies, please use the "Reply" button on the case page. I'll start as soon as I see your confirmation.""",
      sig="""Best regards,

Alicia R.
Amazon Web Services

""" + CONSOLE_FOOTER, html='alt', cte='base64')

tF4 = when(2025, 9, 5, 11, 2, 59)
build('031-agent-merged-and-resolving-tom.eml', kind='merge_completed', case_id=CF, lang='en', sv=True,
      ids=['AWS50219874'],
      frm=CONSOLE, to=TOM, t=tF4,
      subj='RE:[CASE %s] %s' % (CF, SUBJ_F),
      new="""Hello Tom,

Thanks for confirming. I've completed the merge, and AWS50219874 now lists all four of your certifications, the exam history from both profiles and your remaining exam benefits. The old profile is closed.

As everything is now done, I'm going to resolve this case. You'll get a short survey about this case shortly; I'd appreciate it if you could take a minute to fill it in.""",
      sig="""Best regards,

Alicia R.
Amazon Web Services

""" + CONSOLE_FOOTER, html='alt', cte='quoted-printable')

tF5 = when(2025, 9, 5, 11, 3, 30)
SURVEY_F_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<p>Hello,</p>
<p>Your support case <b>%s</b> &ndash; "%s" &ndash; has been resolved.</p>
<table cellpadding="4" style="border:1px solid #d5dbdb;font-size:13px">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Resolution summary</b></td><td>Certification profiles combined; AWS50219874 retained.</td></tr>
<tr><td><b>Status</b></td><td>Resolved</td></tr></table>
<p>How satisfied are you with the support you received?</p>
<p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;csat=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a> &nbsp;
<a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;csat=1">&#9733;</a></p>
<p>If your issue is not resolved, you can reopen the case from the Support Center within 14 days.</p>
<p style="font-size:11px;color:#687078">This email address is not monitored. Please do not reply to this message.</p>
</td></tr></table></body></html>""" % (CF, SUBJ_F, CF, CF, CF)
build('032-resolved-survey-with-summary-tom.eml', kind='survey', case_id=CF, lang='en', sv=True,
      ids=['AWS50219874'], frm=CONSOLE, to=TOM, t=tF5,
      subj='Your AWS Support case %s has been resolved' % CF,
      new='', html='only', html_body=SURVEY_F_HTML, cte='quoted-printable')

# Phishing about the merge
tG1 = when(2025, 6, 3, 2, 11, 47)
build('033-phish-lookalike-confirm-merge.eml', kind='merge_confirmation_requested', case_id=None, lang='en', sv=False,
      ids=['AWS10952266', 'AWS04417823'],
      frm='"AWS Certification" <support@aws-certifications-merge.com>', to=PRIYA, t=tG1,
      subj='Action required: confirm your AWS Certification account merge',
      new="""Dear Candidate,

We received a request to merge the certification account AWS04417823 into AWS10952266.

To protect your credentials, this merge must be confirmed by the account owner within 24 hours. If the merge is not confirmed, both accounts will be suspended and your certifications will be revoked.

Confirm the merge now:
http://aws-certifications-merge.com/verify?candidate=AWS10952266&token=8f1e2d9c0a

Thank you,
AWS Certification Security Team""",
      html='alt', cte='base64', from_dom='aws-certifications-merge.com',
      mailfrom='bounce@aws-certifications-merge.com', ip='194.87.31.150', sender_host='mail.aws-certifications-merge.com',
      dkim_doms=['aws-certifications-merge.com'], msgid='<20250603021147.7781AC0D12@mail.aws-certifications-merge.com>')

tG2 = when(2025, 7, 15, 22, 40, 3)
build('034-spoofed-amazon-dmarc-fail-confirm-merge.eml', kind='merge_confirmation_requested', case_id=None, lang='en', sv=False,
      ids=['AWS08812043', 'AWS09127730'],
      frm=FORM, to=DANIEL, t=tG2,
      subj='RE: [AWS Training and Certification] account-assistance - confirmation needed',
      new="""Dear Daniel,

Our records show two certification profiles under your name: AWS08812043 and AWS09127730.

To finish consolidating them, we need you to confirm that AWS09127730 should be merged into AWS08812043. Please sign in with your current password on the secure page below and press "Confirm merge":

https://aws-training-cert.support-verify.info/merge/confirm?ref=D0K4F

If you do not confirm within 48 hours, the request will be cancelled.

Regards,
AWS Training and Certification""",
      html='alt', cte='quoted-printable', route='outlook', auth=('none', 'pass', 'fail'),
      mailfrom='bounce@srv3.mailout-eu.net', ip='185.213.22.94', sender_host='srv3.mailout-eu.net', dkim_doms=[],
      forged_ar='mx.amazon.com; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com;\n\tdmarc=pass header.from=amazon.com',
      msgid='<a71c03f2e9b84d0c@srv3.mailout-eu.net>')


# ---------------------------------------------------------------- batch 5
# Look-alikes and unrelated mail
tH1 = when(2025, 6, 20, 4, 12, 9)
build('035-phish-account-suspended-billing.eml', kind='unrelated', case_id=None, lang='en', sv=False,
      ids=[], frm='"AWS Billing" <billing@aws-billing-notice.com>', to=TOM, t=tH1,
      subj='[Action Required] Your AWS account has been suspended',
      new="""Dear AWS Customer,

We were unable to charge the payment method on file for your AWS account. As a result, your account and all running services have been temporarily suspended.

To restore access and avoid permanent deletion of your resources, please update your billing information within 24 hours:

https://aws-billing-notice.com/console/billing/update?session=71ac9e

Amazon Web Services Billing Department""",
      html='alt', cte='base64', from_dom='aws-billing-notice.com',
      mailfrom='billing@aws-billing-notice.com', ip='45.137.21.9', sender_host='mx1.aws-billing-notice.com',
      auth=('pass', 'pass', 'pass'), dkim_doms=['aws-billing-notice.com'],
      msgid='<5f1d0a9be2c34a8f9e7b@aws-billing-notice.com>')

tH2 = when(2025, 7, 22, 16, 55, 0)
build('036-phish-credly-lookalike-badge.eml', kind='unrelated', case_id=None, lang='en', sv=False,
      ids=[], frm='"Credly Badges" <notify@credly-badges.net>', to=PRIYA, t=tH2,
      subj='You have earned a new badge - claim before it expires',
      new="""Hi there,

Great news! You have earned the badge "AWS Certified Security - Specialty".

Unclaimed badges are removed after 72 hours. Sign in with your email account password to claim your badge:

https://credly-badges.net/claim?b=AWS-SEC-2025&u=priya

The Credly Team""",
      html='alt', cte='quoted-printable', from_dom='credly-badges.net', route='gmail',
      mailfrom='notify@credly-badges.net', ip='91.215.85.14', sender_host='vps-2211.credly-badges.net',
      auth=('none', 'softfail', 'fail'), dkim_doms=[], msgid='<20250722165500.3C9A1@vps-2211.credly-badges.net>')

tH3 = when(2025, 6, 16, 12, 0, 21)
build('037-phish-ja-merged-cancel-link.eml', kind='merge_completed', case_id=None, lang='ja', sv=False,
      ids=['AWS20038815', 'AWS20571904'],
      frm=enc_name('AWS認定サポート', 'info@aws-nintei-support.jp', 'utf-8'), to=KENJI, t=tH3,
      subj='【重要】AWS認定アカウントの統合が完了しました',
      new="""お客様各位

いつもAWS認定をご利用頂きありがとうございます。

お客様のアカウント AWS20038815 は、アカウント AWS20571904 への統合が完了致しました。
統合に伴い、旧アカウントのログイン情報は無効となっております。

※本統合をお客様ご自身が申請されていない場合は、24時間以内に下記URLより取消手続きを行って下さい。
取消手続きが無い場合、認定資格は全て失効となります。

https://aws-nintei-support.jp/cancel/login.php?id=20571904

AWS認定サポートセンター""",
      html='none', charset='utf-8', cte='base64', route='nifty', from_dom='aws-nintei-support.jp',
      mailfrom='info@aws-nintei-support.jp', ip='103.151.44.18', sender_host='mail.aws-nintei-support.jp',
      auth=('none', 'pass', 'none'), dkim_doms=[], msgid='<1750075221.4481.ec2@aws-nintei-support.jp>')

CREDLY_PLAIN = '"Credly" <admin@credly.com>'
tH4 = when(2025, 8, 2, 10, 31, 5)
build('038-credly-selfservice-merge-code.eml', kind='unrelated', case_id=None, lang='en', sv=True,
      ids=[], frm=CREDLY_PLAIN, to=TOM, t=tH4,
      subj='Your Credly account merge verification code',
      new="""Hi Tom,

You asked to merge another Credly account into this one. Enter the code below on the merge page to verify that you own the email address tom.becker@uni-example.edu:

    583 204

Or select the button to finish:
Complete Account Merge: https://www.credly.com/account_merges/confirm?token=0c7b2e9a41d84f6e

Once the merge is complete, all badges from the other Credly account will appear in this account, and the other account will be closed. This code expires in 30 minutes.

If you didn't request this, you can ignore this email.

Credly, Inc. - 13 E 37th St, New York, NY 10016""",
      html='alt', cte='quoted-printable',
      mailfrom='bounces+4417823-0f1a-tom.becker.ops=gmail.com@em.credly.com', ip='149.72.154.33',
      sender_host='o3.ptr6621.credly.com', dkim_doms=['credly.com', 'sendgrid.info'],
      msgid='<VGhlQ29kZU1lcmdl@geopod-ismtpd-12>')

tH5 = when(2025, 9, 28, 14, 2, 40)
build('039-credly-badge-expiring-reminder.eml', kind='unrelated', case_id=None, lang='en', sv=True,
      ids=[], frm=CREDLY, to=DANIEL, t=tH5,
      subj='Your AWS Certified Developer - Associate badge expires in 60 days',
      new="""Hi Daniel,

Your badge AWS Certified Developer - Associate, issued by Amazon Web Services Training and Certification, will expire on November 27, 2025.

To keep your credential active, complete the recertification requirements before the expiration date. Once you recertify, a new badge will be issued to you automatically.

Learn about recertification: https://aws.amazon.com/certification/recertification/
View your badge: https://www.credly.com/badges/5d8e2c10-9af3-4b71-a0e4-3f6b7c21d908

Credly, Inc. - 13 E 37th St, New York, NY 10016
Notification settings: https://www.credly.com/notification_settings""",
      html='alt', cte='quoted-printable', route='outlook',
      mailfrom='bounces+4417823-77b2-d.okafor=outlook.com@em.credly.com', ip='149.72.154.41',
      sender_host='o3.ptr6621.credly.com', dkim_doms=['credly.com', 'sendgrid.info'],
      msgid='<RXhwaXJ5UmVtaW5k@geopod-ismtpd-33>')

tH6 = when(2025, 6, 25, 18, 22, 17)
CSELL = '6021457783'
build('040-seller-central-case-asin-merged.eml', kind='unrelated', case_id=CSELL, lang='en', sv=True,
      ids=[], frm='"Amazon Selling Partner Support" <sellersupport-noreply@amazon.com>', to=PRIYA, t=tH6,
      subj='RE:[CASE %s] Duplicate detail pages for ASIN B0C7K2M9QX' % CSELL,
      new="""Hello,

Thank you for contacting Amazon Selling Partner Support.

I have reviewed the two detail pages you reported and can confirm that they have now been merged. Your offer is listed under ASIN B0C7K2M9QX and the duplicate ASIN B0C7K2N1ZT has been retired. Changes can take up to 48 hours to appear on the website.

Was this helpful? Let us know by selecting Yes or No in Case Log.

Thank you for selling with Amazon,
Riya S.
Amazon Selling Partner Support""",
      html='alt', cte='quoted-printable')

tH7 = when(2025, 10, 6, 7, 15, 42)
CQ = cid15(tH7, '00974')
build('041-console-quota-case-opened.eml', kind='unrelated', case_id=CQ, lang='en', sv=True,
      ids=[], frm=CONSOLE, to=TOM, t=tH7 + dt.timedelta(seconds=9),
      subj='Amazon Web Services: You have opened a new Support case: %s' % CQ,
      new="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Limit Increase: EC2 Instances
Severity: Low
Correspondence: Service: EC2 Instances
Region: eu-central-1
Primary Instance Type: All Standard (A, C, D, H, I, M, R, T, Z) instances
Limit name: Instance Limit
New limit value: 256

We will respond to you as soon as possible. You can view the status of your case here:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en""" % (CQ, CQ, CQ),
      sig=CONSOLE_FOOTER, html='alt', cte='quoted-printable')

tH8 = when(2025, 11, 11, 2, 44, 18)
CBILL = cid15(when(2025, 11, 7, 23, 5, 49), '00318')
build('042-billing-case-orgs-consolidated-ja.eml', kind='unrelated', case_id=CBILL, lang='ja', sv=True,
      ids=[], frm=CONSOLE_JA, to=KENJI, t=tH8,
      subj='RE:[CASE %s] 請求の一本化（一括請求）について' % CBILL,
      new="""渡辺 様

AWS 請求とアカウントサポートの藤田でございます。

ご依頼いただいておりました 2 つの AWS アカウント（1234-5678-9012 および 2109-8765-4321）の請求の一本化につきまして、AWS Organizations への招待が承認され、一括請求への移行が完了いたしました。
翌月以降の請求書は管理アカウント 1234-5678-9012 に統合して発行されます。

なお、AWS 認定（トレーニングと認定）のアカウントは本件とは別の仕組みのため、今回の手続きによる影響はございません。

本件は解決済みとしてクローズさせていただきます。""",
      sig="""藤田
Amazon Web Services
AWS 請求とアカウントサポート

""" + CONSOLE_FOOTER_JA, html='alt', charset='iso-2022-jp', cte='7bit', html_charset='utf-8', html_cte='base64',
      route='nifty')

tH9 = when(2025, 8, 11, 16, 0, 2)
build('043-certmetrics-wants-to-hear-from-you.eml', kind='unrelated', case_id=None, lang='en', sv=False,
      ids=['AWS50219874'], frm='"AWS Certification" <do-not-reply@certmetrics.com>', to=TOM, t=tH9,
      subj='AWS Certification wants to hear from you',
      new="""Hello Tom,

Thank you for being an AWS Certified professional. AWS Certification wants to hear from you!

Please take our 5-minute survey about your certification experience. Your responses help us improve our exams and the benefits we offer.

Take the survey: https://www.certmetrics.com/amazon/survey.aspx?c=AWS50219874&s=2025Q3

Candidate ID: AWS50219874

Thank you,
AWS Training and Certification

You are receiving this email because you hold an active AWS Certification. Unsubscribe: https://www.certmetrics.com/amazon/unsubscribe.aspx""",
      html='alt', cte='quoted-printable', from_dom='certmetrics.com',
      mailfrom='bounce@mail.certmetrics.com', ip='168.245.43.11', sender_host='o1.mail.certmetrics.com',
      dkim_doms=['certmetrics.com'], msgid='<cm.2025081116000277.af31@certmetrics.com>')

tH10 = when(2025, 8, 13, 3, 8, 55)
build('044-pearson-vue-appointment-ja.eml', kind='unrelated', case_id=None, lang='ja', sv=False,
      ids=['AWS48876120'], frm='"Pearson VUE" <pearsonvueconfirmation@pearson.com>', to=KENJI, t=tH10,
      subj='Pearson VUE 試験予約確認 - AWS Certified Solutions Architect - Professional',
      new="""渡辺 健二 様

Pearson VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

試験: SAP-C02: AWS Certified Solutions Architect - Professional
受験者 ID: AWS48876120
登録 ID: 512837406
日時: 2025年8月27日(水) 13:30 JST
会場: 東京 ピアソン VUE 公認テストセンター（新宿）

受験日当日は、本人確認書類を 2 点ご持参のうえ、予約時刻の 30 分前までにお越しください。
予約の変更・キャンセルは、試験開始の 24 時間前までに AWS 認定アカウントから行ってください。

Pearson VUE""",
      html='alt', charset='utf-8', cte='base64', route='nifty', from_dom='pearson.com',
      mailfrom='bounce-pv@pearson.com', ip='159.182.1.37', sender_host='mail-a37.pearson.com',
      dkim_doms=['pearson.com'], msgid='<PV.512837406.20250813030855@pearson.com>')

tH11 = when(2025, 9, 1, 1, 33, 4)
build('045-builder-id-verification-code-corp.eml', kind='unrelated', case_id=None, lang='en', sv=None,
      ids=[], frm='"AWS" <no-reply@signin.aws>', to=MARIA, t=tH11,
      subj='Verify your AWS Builder ID email address',
      new="""Verify your email address

Thank you for creating an AWS Builder ID. To continue, enter the following verification code:

Verification code: 741 962

This code expires 30 minutes after it was sent.

If you did not request this code, you can ignore this message. Amazon Web Services will never ask you to disclose your password or verification code.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.""",
      html='alt', cte='base64', route='corp', no_ar=True, from_dom='signin.aws', dkim_doms=['signin.aws', 'amazonses.com'])

tH12 = when(2025, 9, 2, 12, 47, 33)
build('046-github-pr-merged-notification.eml', kind='unrelated', case_id=None, lang='en', sv=False,
      ids=[], frm='Alicia Moreno <notifications@github.com>', to=TOM, t=tH12,
      subj='Re: [acme-cloud/cert-tracker] Merge duplicate candidate accounts in roster (PR #412)',
      new="""Merged #412 into main.

@amoreno merged commit 4e9c1d2 into main.

- Deduplicate candidate IDs when a person has two certification profiles
- Keep the record with the most recent exam date

--
Reply to this email directly, view it on GitHub:
https://github.com/acme-cloud/cert-tracker/pull/412#event-14377210921
You are receiving this because you authored the thread.""",
      html='alt', cte='quoted-printable', from_dom='github.com',
      mailfrom='noreply@github.com', ip='192.30.252.201', sender_host='out-18.smtp.github.com',
      dkim_doms=['github.com'], msgid='<acme-cloud/cert-tracker/pull/412/issue_event/14377210921@github.com>',
      extra=[('List-ID', 'acme-cloud/cert-tracker <cert-tracker.acme-cloud.github.com>'),
             ('X-GitHub-Reason', 'author')])

tH13 = when(2025, 10, 14, 17, 0, 0)
NEWS_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>AWS Training and Certification - October update</title></head>
<body style="margin:0;background:#f2f3f3;font-family:Arial,sans-serif">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<h1 style="font-size:22px;color:#232f3e">What's new in AWS Training and Certification</h1>
<h3>New: AWS Certified Generative AI Developer - Professional (beta)</h3>
<p>Registration for the beta exam opens November 18. Beta candidates receive a 50% discount.</p>
<h3>Tip of the month: keep one certification account</h3>
<p>Changed jobs? Sign in with the email you'll keep for the long term. If you already have two certification accounts, you can ask our support team to merge them through the contact form &ndash; your certifications and benefits will be moved to the account you keep.</p>
<h3>Exam prep on AWS Skill Builder</h3>
<p>Try the new Official Practice Exams, free for all learners.</p>
<p><a href="https://aws.amazon.com/training/">Explore training</a></p>
<p style="font-size:11px;color:#687078">You are receiving this email because you subscribed to AWS Training and Certification communications. <a href="https://pages.awscloud.com/communication-preferences">Unsubscribe</a><br>Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109</p>
</td></tr></table></body></html>"""
build('047-tc-newsletter-merge-tip.eml', kind='unrelated', case_id=None, lang='en', sv=True,
      ids=[], frm='"AWS Training and Certification" <aws-training-news@amazon.com>', to=DANIEL, t=tH13,
      subj="What's new in AWS Training and Certification - October",
      new='', html='only', html_body=NEWS_HTML, cte='quoted-printable', route='outlook',
      extra=[('List-Unsubscribe', '<https://pages.awscloud.com/communication-preferences>'),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')])

tH14 = when(2025, 5, 26, 20, 14, 7)
build('048-colleague-says-support-merged-his.eml', kind='unrelated', case_id=None, lang='en', sv=False,
      ids=['AWS10952266'], frm='Marco Bianchi <marco.bianchi.cloud@gmail.com>', to=PRIYA, t=tH14,
      subj='Re: two AWS cert accounts?',
      new="""Hi Priya,

Yes, it's doable. AWS support merged my two accounts last month, it took them about three days after I confirmed. Just use the Training and Certification contact form, choose Account Merge and put your current ID (AWS10952266 I think?) in the candidate ID field.

One thing: ask them to move the Credly badges too, mine stayed on the old Credly profile until I wrote again.

Marco""",
      quoted=gmail_q(when(2025, 5, 26, 9, 2, 0, PDT), 'Priya Raman', PRIYA_A,
                     "Marco, didn't you have the same problem with two AWS certification logins? Did support actually merge them?\n\nP."),
      html='alt', cte='quoted-printable', from_dom='gmail.com',
      mailfrom='marco.bianchi.cloud@gmail.com', ip='209.85.220.41', sender_host='mail-sor-f41.google.com',
      dkim_doms=['gmail.com'], msgid='<CAH7x9Qm2Lk0dF=Ybq1pR8Ww4vT6ZnA2eS@mail.gmail.com>',
      extra=[('In-Reply-To', '<CAK1pR@mail.gmail.com>'), ('References', '<CAK1pR@mail.gmail.com>')])


# ---------------------------------------------------------------- batch 6
# Scenario H: Ahmed Siddiqui, three accounts, Outlook.com, form desk 2024
AHMED = 'Ahmed Siddiqui <ahmed.siddiqui@outlook.com>'
tI = when(2024, 11, 20, 10, 41, 37)
CI = cid15(tI, '00126')
SI = 'RE:[CASE %s] %s' % (CI, FORM_SUBJ)
build('049-form-ack-whats-next-three-accounts-ahmed.eml', kind='case_created', case_id=CI, lang='en', sv=True,
      ids=['AWS61209348', 'AWS63378015', 'AWS70042291'],
      frm=FORM, to=AHMED, t=tI + dt.timedelta(seconds=40),
      subj='[CASE %s] Your request has been received - AWS Training and Certification' % CI,
      new="""Hello Ahmed,

Your request has been received and case %s is now open.

What you told us
Detail: Account Merge
AWS candidate ID: AWS70042291
Details: I have 3 certification accounts over the years: AWS61209348 (old job), AWS-63378015 (created by a training partner) and AWS70042291 (personal). I would like a single account.

What happens next
1. A support specialist reviews your request, usually within 24 hours.
2. If a merge is possible, the specialist emails you the exact accounts involved and which one will remain. Please wait for that email before sending a confirmation; a confirmation sent now cannot be applied.
3. After you confirm, the merge is normally carried out within 1-3 business days.

Please do not open a new case for this request. To add information, reply to this email.""" % CI,
      sig="AWS Training and Certification Customer Support\n\n" + FORM_FOOTER,
      html='alt', cte='quoted-printable', route='outlook')

tI1 = when(2024, 11, 21, 14, 2, 11)
tIu = when(2024, 11, 21, 18, 40, 55)
tI2 = when(2024, 11, 22, 9, 17, 30)
I1_TXT = """Hello Ahmed,

Thank you for contacting us. I found all three profiles. Before we go ahead, which of them would you like to keep? The other two will be merged into it and closed.

Kind regards,
Hannah"""
AHMED_R = "Yes please merge them, keep the newest one.\n\nAhmed\n\nSent from Outlook for Android"
build('050-agent-clarifies-newest-confirm-again-ahmed.eml', kind='merge_confirmation_requested', case_id=CI, lang='en', sv=True,
      ids=['AWS61209348', 'AWS63378015', 'AWS70042291'],
      frm=FORM, to=AHMED, t=tI2, subj=SI,
      new="""Hello Ahmed,

Thank you for your reply. I want to be sure we do exactly what you expect, because this cannot be reversed.

"Newest" could mean the profile created most recently (AWS70042291) or the one with your most recent exam (AWS63378015, Solutions Architect - Associate in October 2024). As AWS70042291 uses your personal address, I understand you mean that one. The request would then be:

  AWS61209348  ->  merged into AWS70042291, then closed
  AWS63378015  ->  merged into AWS70042291, then closed
  AWS70042291  ->  kept, with all certifications from the three profiles

Could you reply with "Confirmed" if this is right, or tell me which profile to keep instead? Nothing will be changed until I hear from you.""",
      sig="Kind regards,\n\nHannah\nAWS Training and Certification Customer Support",
      quoted=orig_q('Ahmed Siddiqui <ahmed.siddiqui@outlook.com>', tIu, 'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', SI,
                    quote_lines(AHMED_R + '\n\n' + gmail_q(tI1, 'Amazon Web Services', 'aws-cs-trainingcertification-form@amazon.com', I1_TXT))),
      html='alt', cte='quoted-printable', route='outlook')

tI3 = when(2024, 11, 26, 16, 48, 2)
build('051-merged-plus-unrelated-address-question-ahmed.eml', kind='merge_completed', case_id=CI, lang='en', sv=True,
      ids=['AWS61209348', 'AWS63378015', 'AWS70042291'],
      frm=FORM, to=AHMED, t=tI3, subj=SI,
      new="""Hello Ahmed,

The merge is finished: AWS61209348 and AWS63378015 were merged into AWS70042291, which now shows all five of your certifications. The two old profiles are closed.

One question that is not about the merge: the mailing address on AWS70042291 is still your previous address in Karachi. Some certification benefits (for example the certification kit) are shipped there. Would you like me to send you the link to update it, or will you change it yourself under Profile > Personal information?""",
      sig="Kind regards,\n\nHannah\nAWS Training and Certification Customer Support",
      html='alt', cte='base64', route='outlook',
      forged_ar='mail-relay.amazon-int.net; dkim=fail (body hash did not verify) header.d=amazon.com;\n\tdmarc=fail header.from=amazon.com')

tI4 = when(2024, 11, 27, 10, 5, 41)
build('052-answers-recert-question-credly-team-ahmed.eml', kind='support_reply', case_id=CI, lang='en', sv=True,
      ids=[],
      frm=FORM, to=AHMED, t=tI4, subj=SI,
      new="""Hello Ahmed,

Thanks for your questions, here are the answers.

Recertification dates: they don't change. Every certification keeps the expiration date it had on its original profile, and the recertification discounts are still calculated from those dates.

Credly: you mentioned you already merged your two Credly accounts yourself. That only combines badges inside Credly; it has no effect on the certification records on our side, and it doesn't move badges that were issued to an email address Credly doesn't know. I have asked our Credly operations team to re-issue the missing badges to ahmed.siddiqui@outlook.com. They work directly with Credly and will take it from here, and you'll get the usual Credly email when the badges are available.

No action is needed from you.""",
      sig="Kind regards,\n\nHannah\nAWS Training and Certification Customer Support",
      quoted=outlook_q('Ahmed Siddiqui <ahmed.siddiqui@outlook.com>', tI3 + dt.timedelta(hours=5),
                       'Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>', SI,
                       """Hi Hannah,

Thanks a lot! I'll update the address myself. Two questions:
- Will the recertification dates change now that everything is on AWS70042291?
- I merged my two Credly accounts myself last week, but I still miss 2 badges. Can you check?

Ahmed"""),
      html='alt', cte='quoted-printable', route='outlook', qstyle='outlook')

tI5 = when(2024, 11, 29, 10, 0, 12)
build('053-how-did-we-do-rating-ahmed.eml', kind='survey', case_id=CI, lang='en', sv=True,
      ids=[], frm=FORM, to=AHMED, t=tI5,
      subj='How did we do? — Your AWS Training and Certification case %s' % CI, subj_mode='Q',
      new="""Hello Ahmed,

Your case %s was recently closed. We'd love to hear about your experience with Hannah, who handled it.

How likely are you to recommend AWS Training and Certification support to a colleague?

0  1  2  3  4  5  6  7  8  9  10
https://survey.aws-training.com/nps?case=%s

This survey is about the service you received. It takes less than two minutes and your answers are anonymous.

AWS Training and Certification""" % (CI, CI),
      sig=FORM_FOOTER, html='alt', cte='quoted-printable', route='outlook')

tI6 = when(2024, 11, 30, 1, 26, 59)
CREDLY_MOVED = """Hi Ahmed,

Good news: 2 badges from Amazon Web Services Training and Certification have been added to your Credly account (ahmed.siddiqui@outlook.com).

- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate

These badges were previously issued to another email address and have been transferred at the request of the issuer. Accept them to display them on your profile:

https://www.credly.com/earner/earned?utm_source=transfer_notification

Credly, Inc. - 13 E 37th St, New York, NY 10016
Notification settings: https://www.credly.com/notification_settings"""
build('054-credly-two-badges-transferred-ahmed.eml', kind='credly_badge_issued', case_id=None, lang='en', sv=True,
      ids=[], frm=CREDLY_PLAIN, to=AHMED, t=tI6,
      subj='2 badges have been added to your Credly account',
      new=CREDLY_MOVED, html='alt', cte='quoted-printable', route='outlook',
      mailfrom='bounces+4417823-1c2d-ahmed.siddiqui=outlook.com@em.credly.com', ip='149.72.154.39',
      sender_host='o3.ptr6621.credly.com', dkim_doms=['credly.com', 'sendgrid.info'],
      msgid='<VHJhbnNmZXJOb3Rp@geopod-ismtpd-7>')

# Scenario J: 高橋 翔, form desk in Japanese, university forwarder -> so-net
SHO = enc_name('高橋 翔', 'sho.takahashi@so-net.ne.jp', 'iso-2022-jp')
tJ = when(2025, 10, 20, 6, 3, 27)
CJ = cid15(tJ, '00758')
SJ = 'RE:[CASE %s] %s' % (CJ, FORM_SUBJ)
build('055-form-ack-ja-forwarded-dkim-broken-sho.eml', kind='case_created', case_id=CJ, lang='ja', sv=False,
      ids=['AWS67391520', 'AWS55120478'],
      frm=FORM, to='t-sho@cs.example-u.ac.jp', t=tJ + dt.timedelta(seconds=22),
      subj='【受付完了】AWS トレーニングと認定へのお問い合わせ [CASE %s]' % CJ,
      new="""高橋 翔 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
本メールは、お問い合わせの受付完了をお知らせする自動送信メールです。

ケース番号：%s
お問い合わせ種別：認定 ／ アカウントの統合
AWS 候補者 ID：AWS67391520
お問い合わせ内容：
大学のメールアドレスで作成したアカウント（aws55120478）と、個人のアカウントがあります。卒業前に個人のアカウントへ一本化したいです。

通常 24 時間以内に担当者よりご連絡いたします。
追加情報がございましたら、件名のケース番号を変更せずに本メールへご返信ください。""" % CJ,
      sig="""AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス ジャパン合同会社

----
[example-u.ac.jp] このメールは学外から転送されました。""",
      html='none', charset='iso-2022-jp', cte='7bit', route='sonet', auth=('fail', 'fail', 'fail'),
      ip='133.11.204.18', sender_host='mx-fwd.example-u.ac.jp',
      mailfrom='SRS0=x7Qa=RQ=email.amazonses.com=0100019a00c1a2b3@example-u.ac.jp')

tJu = when(2025, 10, 21, 3, 50, 10)
tJ1 = when(2025, 10, 21, 8, 12, 47)
build('056-agent-proposes-reverse-direction-ja-sho.eml', kind='merge_confirmation_requested', case_id=CJ, lang='ja', sv=True,
      ids=['AWS67391520', 'AWS55120478'],
      frm=FORM, to=SHO, t=tJ1, subj=SJ,
      new="""高橋 翔 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの井上でございます。

ご依頼の件、両アカウントを確認いたしました。
お客様は AWS67391520 を残すことをご希望ですが、認定資格と受験特典はすべて AWS55120478 に登録されております。
このため、以下のとおり「AWS55120478 を残し、サインイン用メールアドレスを個人のアドレスへ変更する」形での統合をご提案いたします。

　・統合先（残るアカウント）：AWS55120478
　　→ サインイン用メールアドレスを sho.takahashi@so-net.ne.jp に変更
　・統合元（統合後に無効化）：AWS67391520

統合後は元に戻すことができません。
上記の内容でよろしいか、本メールへのご返信にてご確認をお願いできますでしょうか。
当初のご希望どおり AWS67391520 を残す形をご希望の場合も、その旨お知らせください。""",
      sig="""何卒よろしくお願いいたします。

井上
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス""",
      quoted=ja_q(tJu.astimezone(JST), '高橋 翔', 'sho.takahashi@so-net.ne.jp',
                  'お世話になっております。\n個人のアカウント AWS67391520 を残したいです。\n大学のアカウントは来年3月でメールが使えなくなります。\n\n高橋'),
      html='alt', charset='iso-2022-jp', cte='7bit', html_charset='utf-8', html_cte='base64', route='sonet')

tJ2 = when(2025, 10, 22, 1, 30, 5)
build('057-agent-will-do-today-warning-no-ask-ja-sho.eml', kind='support_reply', case_id=CJ, lang='ja', sv=True,
      ids=['AWS67391520', 'AWS55120478'],
      frm=FORM, to=SHO, t=tJ2, subj=SJ,
      new="""高橋 翔 様

井上でございます。ご確認いただき、ありがとうございます。
いただいたご返信の内容にて承りました。

統合作業は本日中に実施する予定です。作業にあたり、以下の 2 点にご注意ください。

① 作業後は AWS67391520 ではサインインできなくなります。
② AWS55120478 のサインイン用メールアドレスは sho.takahashi@so-net.ne.jp に変更いたしますので、以降は大学のメールアドレスではサインインいただけません。

作業が終わりましたら、改めて本メールにてご報告いたします。""",
      sig="""井上
AWS トレーニングと認定 カスタマーサポート
アマゾン ウェブ サービス""",
      quoted=ja_q2(when(2025, 10, 21, 22, 14, 0, JST), '高橋 翔', '',
                   '井上様\n\nご提案の内容で問題ありません。よろしくお願いいたします。\n\n高橋'),
      html='alt', charset='shift_jis', codec='cp932', cte='base64', route='sonet')

tJ3 = when(2025, 10, 24, 2, 0, 31)
SURVEY_JA_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;color:#16191f">
<table width="600" align="center"><tr><td style="padding:24px">
<p>高橋 翔 様</p>
<p>ケース <b>%s</b> は解決済みとしてクローズされました。</p>
<p>今回のお問い合わせで、お客様の問題は解決しましたか？</p>
<p><a href="https://survey.aws-training.com/s/ts?c=%s&amp;a=yes&amp;l=ja">はい</a> ／ <a href="https://survey.aws-training.com/s/ts?c=%s&amp;a=no&amp;l=ja">いいえ</a></p>
<p>担当者の対応についても、1～5 の 5 段階でご評価いただけますと幸いです。いただいたご意見はサービス向上のために活用させていただきます。</p>
<p>追加のご質問がある場合は、7 日以内に担当者からの最後のメールへご返信ください。</p>
<p>AWS トレーニングと認定</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p>
</td></tr></table></body></html>""" % (CJ, CJ, CJ)
build('058-closed-survey-ja-html-only-sho.eml', kind='survey', case_id=CJ, lang='ja', sv=True,
      ids=[], frm=FORM, to=SHO, t=tJ3,
      subj='アンケートご協力のお願い：ケース %s' % CJ,
      new='', html='only', html_body=SURVEY_JA_HTML, cte='quoted-printable', route='sonet')

tJ4 = when(2025, 10, 30, 9, 45, 18)
build('059-credly-reminder-accept-pending-badge-sho.eml', kind='credly_badge_issued', case_id=None, lang='en', sv=True,
      ids=[], frm=CREDLY, to=SHO, t=tJ4,
      subj='Reminder: your AWS Certified Machine Learning Engineer - Associate badge is waiting',
      new="""Hi Sho,

Amazon Web Services Training and Certification issued you a badge a few days ago, and it's still waiting for you.

AWS Certified Machine Learning Engineer - Associate

Accept your badge:
https://www.credly.com/earner/earned/badge/c3a1f9d2-6e47-4b0a-9d85-1e2f7b6a04c3?utm_source=reminder

Credly, Inc. - 13 E 37th St, New York, NY 10016
Notification settings: https://www.credly.com/notification_settings""",
      html='alt', cte='quoted-printable', route='sonet',
      mailfrom='bounces+4417823-9a0e-sho.takahashi=so-net.ne.jp@em.credly.com', ip='149.72.154.35',
      sender_host='o3.ptr6621.credly.com', dkim_doms=['credly.com', 'sendgrid.info'],
      msgid='<UmVtaW5kZXJCYWRn@geopod-ismtpd-29>')

# Scenario K: Chen Jing, 2023, 11-digit case, merge refused
CHEN = 'Chen Jing <chen.jing.sre@gmail.com>'
CK = '12684012953'
tK = when(2023, 6, 14, 8, 26, 40)
build('060-agent-refuses-merge-names-differ-chen.eml', kind='support_reply', case_id=CK, lang='en', sv=True,
      ids=['AWS38021175', 'AWS38450962'],
      frm=FORM, to=CHEN, t=tK, subj='RE:[CASE %s] %s' % (CK, FORM_SUBJ),
      new="""Dear Jing,

Thank you for your patience while we reviewed your request — I’m sorry it took longer than usual.

Unfortunately we are not able to merge AWS38021175 and AWS38450962. The legal name and date of birth on AWS38450962 do not match the ones on AWS38021175, and for security reasons certification records can only be combined when both profiles clearly belong to the same candidate. No change has been made; both accounts remain as they were.

If the second account was opened by someone else with your email address, you can change the email on AWS38021175 under Profile > Account settings so the two no longer overlap. This case will be closed in 5 days.""",
      sig="""Best regards,
Lin
AWS Training & Certification Customer Service""",
      quoted=gmail_q(when(2023, 6, 12, 21, 3, 0, dt.timezone(dt.timedelta(hours=8))), 'Chen Jing', 'chen.jing.sre@gmail.com',
                     'Hi, please merge AWS38450962 into AWS38021175. Both are mine I think, one was created when I booked an exam at a test center.\n\nJing'),
      html='alt', cte='quoted-printable', label='iso-8859-1', codec='utf-8')




def sanity_check():
    import email, collections
    from email.header import decode_header, make_header
    D = OUT
    L = json.load(open(os.path.join(D, 'labels.json')))
    files = sorted(f for f in os.listdir(D) if f.endswith('.eml'))
    bad = 0
    assert set(files) == set(L), (set(files) ^ set(L))
    for f in files:
        raw = open(os.path.join(D, f), 'rb').read()
        m = email.message_from_bytes(raw)
        txt = []
        for h in ('Subject', 'From', 'To'):
            v = m.get(h)
            if v:
                txt.append(str(make_header(decode_header(v))))
        for p in m.walk():
            if p.get_content_maintype() == 'text':
                b = p.get_payload(decode=True)
                cs = p.get_content_charset() or 'us-ascii'
                for c in (cs, 'cp932', 'utf-8'):
                    try:
                        txt.append(b.decode(c)); break
                    except Exception:
                        pass
                else:
                    txt.append(b.decode('utf-8', 'replace'))
        T = '\n'.join(txt)
        norm = {'AWS' + x for x in re.findall(r'(?i)aws[ \-]?(\d{8})(?!\d)', T)}
        lab = L[f]
        for i in lab['account_ids']:
            if i not in norm:
                print('MISSING ID', f, i); bad += 1
        if lab['case_id'] and lab['case_id'] not in T:
            print('MISSING CASE', f, lab['case_id']); bad += 1
        if lab['language'] == 'ja' and not re.search('[\u3040-\u30ff]', T):
            print('NO JA TEXT', f); bad += 1
        if m.defects:
            print('DEFECTS', f, m.defects)
    print(collections.Counter(v['kind'] for v in L.values()))
    print('bad', bad, 'files', len(files))
    return bad


# ============================================================== TRAILER
if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.endswith('.eml') and f not in LABELS:
            os.remove(os.path.join(OUT, f))
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(len(LABELS), 'mails')
    sanity_check()
